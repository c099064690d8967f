import{J as lc,K as xa,M as ka,A as B,b as p,N as Jl,O as Li,Q as nc,R as rc,S as Zs,a as me,c as ge,d as re,m as v,T as Yl,D as N,G as be,U as ac,V as oc,E as Z,W as wr,X as cc,Y as uc,Z as dc,_ as pc,$ as fc,C as hc,h as mc,a0 as gc,j as Ae,a1 as Kl,a2 as bc,i as yc,a3 as $c,P as vc,B as _c,y as jt,a4 as fn,a5 as xr,a6 as Qs,a7 as wc,s as Ye,a8 as xc,a9 as Zl,aa as Xs,ab as kc,ac as hn,ad as Sc,ae as Tc,af as Ec,v as ll,w as pi,u as ti,x as nl,ag as Sa,ah as Ta,o as Ds,ai as Ea,F as je,aj as kr,ak as Sr,al as ja,z as Ql,am as Tr,p as jc,n as Ac,r as Lc,t as Dc,q as Cc,L as Mc,g as Pc,f as Er,e as zc,H as Rc,k as Ic,an as Fc,ao as Oc,ap as Nc,aq as Vc}from"./chunks/shared-Cbtm70vD.js";const{I:Uc}=lc,jr=e=>e,Ar=()=>document.createComment(""),ws=(e,t,i)=>{const s=e._$AA.parentNode,l=t===void 0?e._$AB:t._$AA;if(i===void 0){const a=s.insertBefore(Ar(),l),o=s.insertBefore(Ar(),l);i=new Uc(a,o,e,e.options)}else{const a=i._$AB.nextSibling,o=i._$AM,f=o!==e;if(f){let d;i._$AQ?.(e),i._$AM=e,i._$AP!==void 0&&(d=e._$AU)!==o._$AU&&i._$AP(d)}if(a!==l||f){let d=i._$AA;for(;d!==a;){const m=jr(d).nextSibling;jr(s).insertBefore(d,l),d=m}}}return i},Ti=(e,t,i=e)=>(e._$AI(t,i),e),Hc={},Aa=(e,t=Hc)=>e._$AH=t,Bc=e=>e._$AH,Fl=e=>{e._$AR(),e._$AA.remove()};const Wc=xa(class extends ka{constructor(){super(...arguments),this.key=B}render(e,t){return this.key=e,t}update(e,[t,i]){return t!==this.key&&(Aa(e),this.key=t),i}});function Hs(e,t,i,s=!1){return e.map(l=>{const a=l.key===null||l.key===void 0?"":String(l.key),o=l.label||a||p("common.unknown"),f=Number(l[t]??0);let d,m;t==="success_rate"?(d=Jl(l.success_rate,i),m=p("common.n_jobs",{count:l.jobs,n:Li(l.jobs,i)})):t==="filament_g"?(d=nc(f,i,0),m=p("common.n_jobs",{count:l.jobs,n:Li(l.jobs,i)})):t==="hours"?d=rc(f,"hours",i,1):d=Li(f,i);const $={key:a,label:o,value:f,display:d};if(m&&($.note=m),s){const g=Zs(a)??Zs(l.label);g&&($.colour=g)}return $})}const Gc=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Lr=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],mn=Gc.filter(e=>e!=="in_progress"),qc=["last_start","prints","success_rate","filename","print_duration","filament"];var Jc=Object.defineProperty,gn=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Jc(t,i,l),l};const Mn=class Mn extends me{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return v`<div class="empty muted">${p("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(i=>i.value),0);return v`<ul aria-label=${this.label}>
      ${this.items.map(i=>{const s=t>0?Math.max(0,Math.min(100,i.value/t*100)):0,l=Yl({width:`${s}%`,...i.colour?{background:i.colour}:{}});return v`<li data-key=${i.key} data-value=${String(i.value)}>
          <span class="name"
            >${i.colour?v`<span class="swatch" style=${Yl({background:i.colour})}></span>`:""}
            <span>${i.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${i.colour?"bar coloured":"bar"} style=${l}></span></span>
          <span class="value">${i.display}${i.note?v`<span class="note">${i.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Mn.styles=[ge,re`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      li {
        display: grid;
        grid-template-columns: minmax(80px, 32%) 1fr auto;
        gap: 8px;
        align-items: center;
        font-size: 0.9em;
      }
      .name {
        overflow-wrap: anywhere;
        display: flex;
        gap: 6px;
        align-items: center;
      }
      .track {
        display: block;
        height: 14px;
        border-radius: 7px;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.15));
        overflow: hidden;
      }
      .bar {
        display: block;
        height: 100%;
        border-radius: 7px;
        background: var(--pl-chart-color, var(--primary-color, #03a9f4));
        min-width: 2px;
      }
      .bar.coloured {
        border: 1px solid var(--divider-color, #999);
      }
      .value {
        text-align: right;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .note {
        color: var(--pl-muted);
        font-size: 0.85em;
        margin-left: 4px;
      }
      .empty {
        padding: 24px 0;
        text-align: center;
      }
    `];let ss=Mn;gn([N()],ss.prototype,"label");gn([N({attribute:!1})],ss.prototype,"items");gn([N({type:Number})],ss.prototype,"max");be("pl-bars",ss);const Yc=!0,Rt="u-",Kc="uplot",Zc=Rt+"hz",Qc=Rt+"vt",Xc=Rt+"title",tu=Rt+"wrap",eu=Rt+"under",iu=Rt+"over",su=Rt+"axis",Ai=Rt+"off",lu=Rt+"select",nu=Rt+"cursor-x",ru=Rt+"cursor-y",au=Rt+"cursor-pt",ou=Rt+"legend",cu=Rt+"live",uu=Rt+"inline",du=Rt+"series",pu=Rt+"marker",Dr=Rt+"label",fu=Rt+"value",Ss="width",Ts="height",xs="top",Cr="bottom",ts="left",Ol="right",bn="#000",Mr=bn+"0",Nl="mousemove",Pr="mousedown",Vl="mouseup",zr="mouseenter",Rr="mouseleave",Ir="dblclick",hu="resize",mu="scroll",Fr="change",tl="dppxchange",yn="--",cs=typeof window<"u",Xl=cs?document:null,is=cs?window:null,gu=cs?navigator:null;let ut,Bs;function tn(){let e=devicePixelRatio;ut!=e&&(ut=e,Bs&&sn(Fr,Bs,tn),Bs=matchMedia(`(min-resolution: ${ut-.001}dppx) and (max-resolution: ${ut+.001}dppx)`),Di(Fr,Bs,tn),is.dispatchEvent(new CustomEvent(tl)))}function pe(e,t){if(t!=null){let i=e.classList;!i.contains(t)&&i.add(t)}}function en(e,t){let i=e.classList;i.contains(t)&&i.remove(t)}function _t(e,t,i){e.style[t]=i+"px"}function Re(e,t,i,s){let l=Xl.createElement(e);return t!=null&&pe(l,t),i?.insertBefore(l,s),l}function Te(e,t){return Re("div",e,t)}const Or=new WeakMap;function Je(e,t,i,s,l){let a="translate("+t+"px,"+i+"px)",o=Or.get(e);a!=o&&(e.style.transform=a,Or.set(e,a),t<0||i<0||t>s||i>l?pe(e,Ai):en(e,Ai))}const Nr=new WeakMap;function Vr(e,t,i){let s=t+i,l=Nr.get(e);s!=l&&(Nr.set(e,s),e.style.background=t,e.style.borderColor=i)}const Ur=new WeakMap;function Hr(e,t,i,s){let l=t+""+i,a=Ur.get(e);l!=a&&(Ur.set(e,l),e.style.height=i+"px",e.style.width=t+"px",e.style.marginLeft=s?-t/2+"px":0,e.style.marginTop=s?-i/2+"px":0)}const $n={passive:!0},bu={...$n,capture:!0};function Di(e,t,i,s){t.addEventListener(e,i,s?bu:$n)}function sn(e,t,i,s){t.removeEventListener(e,i,$n)}cs&&tn();function Ie(e,t,i,s){let l;i=i||0,s=s||t.length-1;let a=s<=2147483647;for(;s-i>1;)l=a?i+s>>1:fe((i+s)/2),t[l]<e?i=l:s=l;return e-t[i]<=t[s]-e?i:s}function La(e){return(i,s,l)=>{let a=-1,o=-1;for(let f=s;f<=l;f++)if(e(i[f])){a=f;break}for(let f=l;f>=s;f--)if(e(i[f])){o=f;break}return[a,o]}}const Da=e=>e!=null,Ca=e=>e!=null&&e>0,rl=La(Da),yu=La(Ca);function $u(e,t,i,s=0,l=!1){let a=l?yu:rl,o=l?Ca:Da;[t,i]=a(e,t,i);let f=e[t],d=e[t];if(t>-1)if(s==1)f=e[t],d=e[i];else if(s==-1)f=e[i],d=e[t];else for(let m=t;m<=i;m++){let $=e[m];o($)&&($<f?f=$:$>d&&(d=$))}return[f??mt,d??-mt]}function al(e,t,i,s){let l=Gr(e),a=Gr(t);e==t&&(l==-1?(e*=i,t/=i):(e/=i,t*=i));let o=i==10?ei:Ma,f=l==1?fe:Ee,d=a==1?Ee:fe,m=f(o(zt(e))),$=d(o(zt(t))),g=ls(i,m),y=ls(i,$);return i==10&&(m<0&&(g=gt(g,-m)),$<0&&(y=gt(y,-$))),s||i==2?(e=g*l,t=y*a):(e=Ia(e,g),t=ol(t,y)),[e,t]}function vn(e,t,i,s){let l=al(e,t,i,s);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}const _n=.1,Br={mode:3,pad:_n},js={pad:0,soft:null,mode:0},vu={min:js,max:js};function el(e,t,i,s){return cl(i)?Wr(e,t,i):(js.pad=i,js.soft=s?0:null,js.mode=s?3:0,Wr(e,t,vu))}function ot(e,t){return e??t}function _u(e,t,i){for(t=ot(t,0),i=ot(i,e.length-1);t<=i;){if(e[t]!=null)return!0;t++}return!1}function Wr(e,t,i){let s=i.min,l=i.max,a=ot(s.pad,0),o=ot(l.pad,0),f=ot(s.hard,-mt),d=ot(l.hard,mt),m=ot(s.soft,mt),$=ot(l.soft,-mt),g=ot(s.mode,0),y=ot(l.mode,0),S=t-e,E=ei(S),D=te(zt(e),zt(t)),z=ei(D),U=zt(z-E);(S<1e-24||U>10)&&(S=0,(e==0||t==0)&&(S=1e-24,g==2&&m!=mt&&(a=0),y==2&&$!=-mt&&(o=0)));let w=S||D||1e3,A=ei(w),k=ls(10,fe(A)),G=w*(S==0?e==0?.1:1:a),P=gt(Ia(e-G,k/10),24),tt=e>=m&&(g==1||g==3&&P<=m||g==2&&P>=m)?m:mt,K=te(f,P<tt&&e>=tt?tt:Fe(tt,P)),st=w*(S==0?t==0?.1:1:o),Y=gt(ol(t+st,k/10),24),j=t<=$&&(y==1||y==3&&Y>=$||y==2&&Y<=$)?$:-mt,X=Fe(d,Y>j&&t<=j?j:te(j,Y));return K==X&&K==0&&(X=100),[K,X]}const wu=new Intl.NumberFormat(cs?gu.language:"en-US"),wn=e=>wu.format(e),ye=Math,Ks=ye.PI,zt=ye.abs,fe=ye.floor,Pt=ye.round,Ee=ye.ceil,Fe=ye.min,te=ye.max,ls=ye.pow,Gr=ye.sign,ei=ye.log10,Ma=ye.log2,xu=(e,t=1)=>ye.sinh(e)*t,Ul=(e,t=1)=>ye.asinh(e/t),mt=1/0;function qr(e){return(ei((e^e>>31)-(e>>31))|0)+1}function ln(e,t,i){return Fe(te(e,t),i)}function Pa(e){return typeof e=="function"}function lt(e){return Pa(e)?e:()=>e}const ku=()=>{},za=e=>e,Ra=(e,t)=>t,Su=e=>null,Jr=e=>!0,Yr=(e,t)=>e==t,Tu=/\.\d*?(?=9{6,}|0{6,})/gm,Ci=e=>{if(Oa(e)||fi.has(e))return e;const t=`${e}`,i=t.match(Tu);if(i==null)return e;let s=i[0].length-1;if(t.indexOf("e-")!=-1){let[l,a]=t.split("e");return+`${Ci(l)}e${a}`}return gt(e,s)};function Ei(e,t){return Ci(gt(Ci(e/t))*t)}function ol(e,t){return Ci(Ee(Ci(e/t))*t)}function Ia(e,t){return Ci(fe(Ci(e/t))*t)}function gt(e,t=0){if(Oa(e))return e;let i=10**t,s=e*i*(1+Number.EPSILON);return Pt(s)/i}const fi=new Map;function Fa(e){return((""+e).split(".")[1]||"").length}function Ls(e,t,i,s){let l=[],a=s.map(Fa);for(let o=t;o<i;o++){let f=zt(o),d=gt(ls(e,o),f);for(let m=0;m<s.length;m++){let $=e==10?+`${s[m]}e${o}`:s[m]*d,g=(o>=0?0:f)+(o>=a[m]?0:a[m]),y=e==10?$:gt($,g);l.push(y),fi.set(y,g)}}return l}const As={},xn=[],ns=[null,null],di=Array.isArray,Oa=Number.isInteger,Eu=e=>e===void 0;function Kr(e){return typeof e=="string"}function cl(e){let t=!1;if(e!=null){let i=e.constructor;t=i==null||i==Object}return t}function ju(e){return e!=null&&typeof e=="object"}const Au=Object.getPrototypeOf(Uint8Array),Na="__proto__";function rs(e,t=cl){let i;if(di(e)){let s=e.find(l=>l!=null);if(di(s)||t(s)){i=Array(e.length);for(let l=0;l<e.length;l++)i[l]=rs(e[l],t)}else i=e.slice()}else if(e instanceof Au)i=e.slice();else if(t(e)){i={};for(let s in e)s!=Na&&(i[s]=rs(e[s],t))}else i=e;return i}function Lt(e){let t=arguments;for(let i=1;i<t.length;i++){let s=t[i];for(let l in s)l!=Na&&(cl(e[l])?Lt(e[l],rs(s[l])):e[l]=rs(s[l]))}return e}const Lu=0,Du=1,Cu=2;function Mu(e,t,i){for(let s=0,l,a=-1;s<t.length;s++){let o=t[s];if(o>a){for(l=o-1;l>=0&&e[l]==null;)e[l--]=null;for(l=o+1;l<i&&e[l]==null;)e[a=l++]=null}}}function Pu(e,t){if(Iu(e)){let o=e[0].slice();for(let f=1;f<e.length;f++)o.push(...e[f].slice(1));return Fu(o[0])||(o=Ru(o)),o}let i=new Set;for(let o=0;o<e.length;o++){let d=e[o][0],m=d.length;for(let $=0;$<m;$++)i.add(d[$])}let s=[Array.from(i).sort((o,f)=>o-f)],l=s[0].length,a=new Map;for(let o=0;o<l;o++)a.set(s[0][o],o);for(let o=0;o<e.length;o++){let f=e[o],d=f[0];for(let m=1;m<f.length;m++){let $=f[m],g=Array(l).fill(void 0),y=t?t[o][m]:Du,S=[];for(let E=0;E<$.length;E++){let D=$[E],z=a.get(d[E]);D===null?y!=Lu&&(g[z]=D,y==Cu&&S.push(z)):g[z]=D}Mu(g,S,l),s.push(g)}}return s}const zu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ru(e){let t=e[0],i=t.length,s=Array(i);for(let a=0;a<s.length;a++)s[a]=a;s.sort((a,o)=>t[a]-t[o]);let l=[];for(let a=0;a<e.length;a++){let o=e[a],f=Array(i);for(let d=0;d<i;d++)f[d]=o[s[d]];l.push(f)}return l}function Iu(e){let t=e[0][0],i=t.length;for(let s=1;s<e.length;s++){let l=e[s][0];if(l.length!=i)return!1;if(l!=t){for(let a=0;a<i;a++)if(l[a]!=t[a])return!1}}return!0}function Fu(e,t=100){const i=e.length;if(i<=1)return!0;let s=0,l=i-1;for(;s<=l&&e[s]==null;)s++;for(;l>=s&&e[l]==null;)l--;if(l<=s)return!0;const a=te(1,fe((l-s+1)/t));for(let o=e[s],f=s+a;f<=l;f+=a){const d=e[f];if(d!=null){if(d<=o)return!1;o=d}}return!0}const Va=["January","February","March","April","May","June","July","August","September","October","November","December"],Ua=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ha(e){return e.slice(0,3)}const Ou=Ua.map(Ha),Nu=Va.map(Ha),Vu={MMMM:Va,MMM:Nu,WWWW:Ua,WWW:Ou};function ks(e){return(e<10?"0":"")+e}function Uu(e){return(e<10?"00":e<100?"0":"")+e}const Hu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>ks(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>ks(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>ks(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>ks(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>ks(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Uu(e.getMilliseconds())};function kn(e,t){t=t||Vu;let i=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(e);)i.push(l[0][0]=="{"?Hu[l[1]]:l[0]);return a=>{let o="";for(let f=0;f<i.length;f++)o+=typeof i[f]=="string"?i[f]:i[f](a,t);return o}}const Bu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Wu(e,t){let i;return t=="UTC"||t=="Etc/UTC"?i=new Date(+e+e.getTimezoneOffset()*6e4):t==Bu?i=e:(i=new Date(e.toLocaleString("en-US",{timeZone:t})),i.setMilliseconds(e.getMilliseconds())),i}const Ba=e=>e%1==0,il=[1,2,2.5,5],Gu=Ls(10,-32,0,il),Wa=Ls(10,0,32,il),qu=Wa.filter(Ba),ji=Gu.concat(Wa),Sn=`
`,Ga="{YYYY}",Zr=Sn+Ga,qa="{M}/{D}",Es=Sn+qa,Ws=Es+"/{YY}",Ja="{aa}",Ju="{h}:{mm}",es=Ju+Ja,Qr=Sn+es,Xr=":{ss}",pt=null;function Ya(e){let t=e*1e3,i=t*60,s=i*60,l=s*24,a=l*30,o=l*365,d=(e==1?Ls(10,0,3,il).filter(Ba):Ls(10,-3,0,il)).concat([t,t*5,t*10,t*15,t*30,i,i*5,i*10,i*15,i*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]);const m=[[o,Ga,pt,pt,pt,pt,pt,pt,1],[l*28,"{MMM}",Zr,pt,pt,pt,pt,pt,1],[l,qa,Zr,pt,pt,pt,pt,pt,1],[s,"{h}"+Ja,Ws,pt,Es,pt,pt,pt,1],[i,es,Ws,pt,Es,pt,pt,pt,1],[t,Xr,Ws+" "+es,pt,Es+" "+es,pt,Qr,pt,1],[e,Xr+".{fff}",Ws+" "+es,pt,Es+" "+es,pt,Qr,pt,1]];function $(g){return(y,S,E,D,z,U)=>{let w=[],A=z>=o,k=z>=a&&z<o,G=g(E),P=gt(G*e,3),tt=Hl(G.getFullYear(),A?0:G.getMonth(),k||A?1:G.getDate()),K=gt(tt*e,3);if(k||A){let st=k?z/a:0,Y=A?z/o:0,j=P==K?P:gt(Hl(tt.getFullYear()+Y,tt.getMonth()+st,1)*e,3),X=new Date(Pt(j/e)),I=X.getFullYear(),q=X.getMonth();for(let H=0;j<=D;H++){let nt=Hl(I+Y*H,q+st*H,1),V=nt-g(gt(nt*e,3));j=gt((+nt+V)*e,3),j<=D&&w.push(j)}}else{let st=z>=l?l:z,Y=fe(E)-fe(P),j=K+Y+ol(P-K,st);w.push(j);let X=g(j),I=X.getHours()+X.getMinutes()/i+X.getSeconds()/s,q=z/s,H=y.axes[S]._space,nt=U/H;for(;j=gt(j+z,e==1?0:3),!(j>D);)if(q>1){let V=fe(gt(I+q,6))%24,rt=g(j).getHours()-V;rt>1&&(rt=-1),j-=rt*s,I=(I+q)%24;let ft=w[w.length-1];gt((j-ft)/z,3)*nt>=.7&&w.push(j)}else w.push(j)}return w}}return[d,m,$]}const[Yu,Ku,Zu]=Ya(1),[Qu,Xu,td]=Ya(.001);Ls(2,-53,53,[1]);function ta(e,t){return e.map(i=>i.map((s,l)=>l==0||l==8||s==null?s:t(l==1||i[8]==0?s:i[1]+s)))}function ea(e,t){return(i,s,l,a,o)=>{let f=t.find(E=>o>=E[0])||t[t.length-1],d,m,$,g,y,S;return s.map(E=>{let D=e(E),z=D.getFullYear(),U=D.getMonth(),w=D.getDate(),A=D.getHours(),k=D.getMinutes(),G=D.getSeconds(),P=z!=d&&f[2]||U!=m&&f[3]||w!=$&&f[4]||A!=g&&f[5]||k!=y&&f[6]||G!=S&&f[7]||f[1];return d=z,m=U,$=w,g=A,y=k,S=G,P(D)})}}function ed(e,t){let i=kn(t);return(s,l,a,o,f)=>l.map(d=>i(e(d)))}function Hl(e,t,i){return new Date(e,t,i)}function ia(e,t){return t(e)}const id="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function sa(e,t){return(i,s,l,a)=>a==null?yn:t(e(s))}function sd(e,t){let i=e.series[t];return i.width?i.stroke(e,t):i.points.width?i.points.stroke(e,t):null}function ld(e,t){return e.series[t].fill(e,t)}const nd={show:!0,live:!0,isolate:!1,mount:ku,markers:{show:!0,width:2,stroke:sd,fill:ld,dash:"solid"},idx:null,idxs:null,values:[]};function rd(e,t){let i=e.cursor.points,s=Te(),l=i.size(e,t);_t(s,Ss,l),_t(s,Ts,l);let a=l/-2;_t(s,"marginLeft",a),_t(s,"marginTop",a);let o=i.width(e,t,l);return o&&_t(s,"borderWidth",o),s}function ad(e,t){let i=e.series[t].points;return i._fill||i._stroke}function od(e,t){let i=e.series[t].points;return i._stroke||i._fill}function cd(e,t){return e.series[t].points.size}const Bl=[0,0];function ud(e,t,i){return Bl[0]=t,Bl[1]=i,Bl}function Gs(e,t,i,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&i(l)}}function Wl(e,t,i,s=!0){return l=>{(!s||l.target==t)&&i(l)}}const dd={show:!0,x:!0,y:!0,lock:!1,move:ud,points:{one:!1,show:rd,size:cd,width:0,stroke:od,fill:ad},bind:{mousedown:Gs,mouseup:Gs,click:Gs,dblclick:Gs,mousemove:Wl,mouseleave:Wl,mouseenter:Wl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,i,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ka={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Tn=Lt({},Ka,{filter:Ra}),Za=Lt({},Tn,{size:10}),Qa=Lt({},Ka,{show:!1}),En='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Xa="bold "+En,to=1.5,la={show:!0,scale:"x",stroke:bn,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Xa,side:2,grid:Tn,ticks:Za,border:Qa,font:En,lineGap:to,rotate:0},pd="Value",fd="Time",na={show:!0,scale:"x",auto:!1,sorted:1,min:mt,max:-mt,idxs:[]};function hd(e,t,i,s,l){return t.map(a=>a==null?"":wn(a))}function md(e,t,i,s,l,a,o){let f=[],d=fi.get(l)||0;i=o?i:gt(ol(i,l),d);for(let m=i;m<=s;m=gt(m+l,d))f.push(Object.is(m,-0)?0:m);return f}function nn(e,t,i,s,l,a,o){const f=[],d=e.scales[e.axes[t].scale].log,m=d==10?ei:Ma,$=fe(m(i));l=ls(d,$),d==10&&(l=ji[Ie(l,ji)]);let g=i,y=l*d;d==10&&(y=ji[Ie(y,ji)]);do f.push(g),g=g+l,d==10&&!fi.has(g)&&(g=gt(g,fi.get(l))),g>=y&&(l=g,y=l*d,d==10&&(y=ji[Ie(y,ji)]));while(g<=s);return f}function gd(e,t,i,s,l,a,o){let d=e.scales[e.axes[t].scale].asinh,m=s>d?nn(e,t,te(d,i),s,l):[d],$=s>=0&&i<=0?[0]:[];return(i<-d?nn(e,t,te(d,-s),-i,l):[d]).reverse().map(y=>-y).concat($,m)}const eo=/./,bd=/[12357]/,yd=/[125]/,ra=/1/,rn=(e,t,i,s)=>e.map((l,a)=>t==4&&l==0||a%s==0&&i.test(l.toExponential()[l<0?1:0])?l:null);function $d(e,t,i,s,l){let a=e.axes[i],o=a.scale,f=e.scales[o],d=e.valToPos,m=a._space,$=d(10,o),g=d(9,o)-$>=m?eo:d(7,o)-$>=m?bd:d(5,o)-$>=m?yd:ra;if(g==ra){let y=zt(d(1,o)-$);if(y<m)return rn(t.slice().reverse(),f.distr,g,Ee(m/y)).reverse()}return rn(t,f.distr,g,1)}function vd(e,t,i,s,l){let a=e.axes[i],o=a.scale,f=a._space,d=e.valToPos,m=zt(d(1,o)-d(2,o));return m<f?rn(t.slice().reverse(),3,eo,Ee(f/m)).reverse():t}function _d(e,t,i,s){return s==null?yn:t==null?"":wn(t)}const aa={show:!0,scale:"y",stroke:bn,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Xa,side:3,grid:Tn,ticks:Za,border:Qa,font:En,lineGap:to,rotate:0};function wd(e,t){let i=3+(e||1)*2;return gt(i*t,3)}function xd(e,t){let{scale:i,idxs:s}=e.series[0],l=e._data[0],a=e.valToPos(l[s[0]],i,!0),o=e.valToPos(l[s[1]],i,!0),f=zt(o-a),d=e.series[t],m=f/(d.points.space*ut);return s[1]-s[0]<=m}const oa={scale:null,auto:!0,sorted:0,min:mt,max:-mt},io=(e,t,i,s,l)=>l,ca={show:!0,auto:!0,sorted:0,gaps:io,alpha:1,facets:[Lt({},oa,{scale:"x"}),Lt({},oa,{scale:"y"})]},ua={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:io,alpha:1,points:{show:xd,filter:null},values:null,min:mt,max:-mt,idxs:[],path:null,clip:null};function kd(e,t,i,s,l){return i/10}const so={time:Yc,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Sd=Lt({},so,{time:!1,ori:1}),da={};function lo(e,t){let i=da[e];return i||(i={key:e,plots:[],sub(s){i.plots.push(s)},unsub(s){i.plots=i.plots.filter(l=>l!=s)},pub(s,l,a,o,f,d,m){for(let $=0;$<i.plots.length;$++)i.plots[$]!=l&&i.plots[$].pub(s,l,a,o,f,d,m)}},e!=null&&(da[e]=i)),i}const as=1,an=2;function Pi(e,t,i){const s=e.mode,l=e.series[t],a=s==2?e._data[t]:e._data,o=e.scales,f=e.bbox;let d=a[0],m=s==2?a[1]:a[t],$=s==2?o[l.facets[0].scale]:o[e.series[0].scale],g=s==2?o[l.facets[1].scale]:o[l.scale],y=f.left,S=f.top,E=f.width,D=f.height,z=e.valToPosH,U=e.valToPosV;return $.ori==0?i(l,d,m,$,g,z,U,y,S,E,D,dl,us,fl,ro,oo):i(l,d,m,$,g,U,z,S,y,D,E,pl,ds,Ln,ao,co)}function jn(e,t){let i=0,s=0,l=ot(e.bands,xn);for(let a=0;a<l.length;a++){let o=l[a];o.series[0]==t?i=o.dir:o.series[1]==t&&(o.dir==1?s|=1:s|=2)}return[i,s==1?-1:s==2?1:s==3?2:0]}function Td(e,t,i,s,l){let a=e.mode,o=e.series[t],f=a==2?o.facets[1].scale:o.scale,d=e.scales[f];return l==-1?d.min:l==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function ii(e,t,i,s,l,a){return Pi(e,t,(o,f,d,m,$,g,y,S,E,D,z)=>{let U=o.pxRound;const w=m.dir*(m.ori==0?1:-1),A=m.ori==0?us:ds;let k,G;w==1?(k=i,G=s):(k=s,G=i);let P=U(g(f[k],m,D,S)),tt=U(y(d[k],$,z,E)),K=U(g(f[G],m,D,S)),st=U(y(a==1?$.max:$.min,$,z,E)),Y=new Path2D(l);return A(Y,K,st),A(Y,P,st),A(Y,P,tt),Y})}function ul(e,t,i,s,l,a){let o=null;if(e.length>0){o=new Path2D;const f=t==0?fl:Ln;let d=i;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let S=y[0]-d;S>0&&f(o,d,s,S,s+a),d=y[1]}}let m=i+l-d,$=10;m>0&&f(o,d,s-$/2,m,s+a+$)}return o}function Ed(e,t,i){let s=e[e.length-1];s&&s[0]==t?s[1]=i:e.push([t,i])}function An(e,t,i,s,l,a,o){let f=[],d=e.length;for(let m=l==1?i:s;m>=i&&m<=s;m+=l)if(t[m]===null){let g=m,y=m;if(l==1)for(;++m<=s&&t[m]===null;)y=m;else for(;--m>=i&&t[m]===null;)y=m;let S=a(e[g]),E=y==g?S:a(e[y]),D=g-l;S=o<=0&&D>=0&&D<d?a(e[D]):S;let U=y+l;E=o>=0&&U>=0&&U<d?a(e[U]):E,E>=S&&f.push([S,E])}return f}function pa(e){return e==0?za:e==1?Pt:t=>Ei(t,e)}function no(e){let t=e==0?dl:pl,i=e==0?(l,a,o,f,d,m)=>{l.arcTo(a,o,f,d,m)}:(l,a,o,f,d,m)=>{l.arcTo(o,a,d,f,m)},s=e==0?(l,a,o,f,d)=>{l.rect(a,o,f,d)}:(l,a,o,f,d)=>{l.rect(o,a,d,f)};return(l,a,o,f,d,m=0,$=0)=>{m==0&&$==0?s(l,a,o,f,d):(m=Fe(m,f/2,d/2),$=Fe($,f/2,d/2),t(l,a+m,o),i(l,a+f,o,a+f,o+d,m),i(l,a+f,o+d,a,o+d,$),i(l,a,o+d,a,o,$),i(l,a,o,a+f,o,m),l.closePath())}}const dl=(e,t,i)=>{e.moveTo(t,i)},pl=(e,t,i)=>{e.moveTo(i,t)},us=(e,t,i)=>{e.lineTo(t,i)},ds=(e,t,i)=>{e.lineTo(i,t)},fl=no(0),Ln=no(1),ro=(e,t,i,s,l,a)=>{e.arc(t,i,s,l,a)},ao=(e,t,i,s,l,a)=>{e.arc(i,t,s,l,a)},oo=(e,t,i,s,l,a,o)=>{e.bezierCurveTo(t,i,s,l,a,o)},co=(e,t,i,s,l,a,o)=>{e.bezierCurveTo(i,t,l,s,o,a)};function uo(e){return(t,i,s,l,a)=>Pi(t,i,(o,f,d,m,$,g,y,S,E,D,z)=>{let{pxRound:U,points:w}=o,A,k;m.ori==0?(A=dl,k=ro):(A=pl,k=ao);const G=gt(w.width*ut,3);let P=(w.size-w.width)/2*ut,tt=gt(P*2,3),K=new Path2D,st=new Path2D,{left:Y,top:j,width:X,height:I}=t.bbox;fl(st,Y-tt,j-tt,X+tt*2,I+tt*2);const q=H=>{if(d[H]!=null){let nt=U(g(f[H],m,D,S)),V=U(y(d[H],$,z,E));A(K,nt+P,V),k(K,nt,V,P,0,Ks*2)}};if(a)a.forEach(q);else for(let H=s;H<=l;H++)q(H);return{stroke:G>0?K:null,fill:K,clip:st,flags:as|an}})}function po(e){return(t,i,s,l,a,o)=>{s!=l&&(a!=s&&o!=s&&e(t,i,s),a!=l&&o!=l&&e(t,i,l),e(t,i,o))}}const jd=po(us),Ad=po(ds);function fo(e){const t=ot(e?.alignGaps,0);return(i,s,l,a)=>Pi(i,s,(o,f,d,m,$,g,y,S,E,D,z)=>{[l,a]=rl(d,l,a);let U=o.pxRound,w=I=>U(g(I,m,D,S)),A=I=>U(y(I,$,z,E)),k,G;m.ori==0?(k=us,G=jd):(k=ds,G=Ad);const P=m.dir*(m.ori==0?1:-1),tt={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:as},K=tt.stroke;let st=!1;if(a-l>=D*4){let I=F=>i.posToVal(F,m.key,!0),q=null,H=null,nt,V,ie,wt=w(f[P==1?l:a]),rt=w(f[l]),ft=w(f[a]),et=I(P==1?rt+1:ft-1);for(let F=P==1?l:a;F>=l&&F<=a;F+=P){let Ct=f[F],xt=(P==1?Ct<et:Ct>et)?wt:w(Ct),dt=d[F];xt==wt?dt!=null?(V=dt,q==null?(k(K,xt,A(V)),nt=q=H=V):V<q?q=V:V>H&&(H=V)):dt===null&&(st=!0):(q!=null&&G(K,wt,A(q),A(H),A(nt),A(V)),dt!=null?(V=dt,k(K,xt,A(V)),q=H=nt=V):(q=H=null,dt===null&&(st=!0)),wt=xt,et=I(wt+P))}q!=null&&q!=H&&ie!=wt&&G(K,wt,A(q),A(H),A(nt),A(V))}else for(let I=P==1?l:a;I>=l&&I<=a;I+=P){let q=d[I];q===null?st=!0:q!=null&&k(K,w(f[I]),A(q))}let[j,X]=jn(i,s);if(o.fill!=null||j!=0){let I=tt.fill=new Path2D(K),q=o.fillTo(i,s,o.min,o.max,j),H=A(q),nt=w(f[l]),V=w(f[a]);P==-1&&([V,nt]=[nt,V]),k(I,V,H),k(I,nt,H)}if(!o.spanGaps){let I=[];st&&I.push(...An(f,d,l,a,P,w,t)),tt.gaps=I=o.gaps(i,s,l,a,I),tt.clip=ul(I,m.ori,S,E,D,z)}return X!=0&&(tt.band=X==2?[ii(i,s,l,a,K,-1),ii(i,s,l,a,K,1)]:ii(i,s,l,a,K,X)),tt})}function Ld(e){const t=ot(e.align,1),i=ot(e.ascDesc,!1),s=ot(e.alignGaps,0),l=ot(e.extend,!1);return(a,o,f,d)=>Pi(a,o,(m,$,g,y,S,E,D,z,U,w,A)=>{[f,d]=rl(g,f,d);let k=m.pxRound,{left:G,width:P}=a.bbox,tt=rt=>k(E(rt,y,w,z)),K=rt=>k(D(rt,S,A,U)),st=y.ori==0?us:ds;const Y={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:as},j=Y.stroke,X=y.dir*(y.ori==0?1:-1);let I=K(g[X==1?f:d]),q=tt($[X==1?f:d]),H=q,nt=q;l&&t==-1&&(nt=G,st(j,nt,I)),st(j,q,I);for(let rt=X==1?f:d;rt>=f&&rt<=d;rt+=X){let ft=g[rt];if(ft==null)continue;let et=tt($[rt]),F=K(ft);t==1?st(j,et,I):st(j,H,F),st(j,et,F),I=F,H=et}let V=H;l&&t==1&&(V=G+P,st(j,V,I));let[ie,wt]=jn(a,o);if(m.fill!=null||ie!=0){let rt=Y.fill=new Path2D(j),ft=m.fillTo(a,o,m.min,m.max,ie),et=K(ft);st(rt,V,et),st(rt,nt,et)}if(!m.spanGaps){let rt=[];rt.push(...An($,g,f,d,X,tt,s));let ft=m.width*ut/2,et=i||t==1?ft:-ft,F=i||t==-1?-ft:ft;rt.forEach(Ct=>{Ct[0]+=et,Ct[1]+=F}),Y.gaps=rt=m.gaps(a,o,f,d,rt),Y.clip=ul(rt,y.ori,z,U,w,A)}return wt!=0&&(Y.band=wt==2?[ii(a,o,f,d,j,-1),ii(a,o,f,d,j,1)]:ii(a,o,f,d,j,wt)),Y})}function fa(e,t,i,s,l,a,o=mt){if(e.length>1){let f=null;for(let d=0,m=1/0;d<e.length;d++)if(t[d]!==void 0){if(f!=null){let $=zt(e[d]-e[f]);$<m&&(m=$,o=zt(i(e[d],s,l,a)-i(e[f],s,l,a)))}f=d}}return o}function Dd(e){e=e||As;const t=ot(e.size,[.6,mt,1]),i=e.align||0,s=e.gap||0;let l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;const a=lt(l),o=1-t[0],f=ot(t[1],mt),d=ot(t[2],1),m=ot(e.disp,As),$=ot(e.each,S=>{}),{fill:g,stroke:y}=m;return(S,E,D,z)=>Pi(S,E,(U,w,A,k,G,P,tt,K,st,Y,j)=>{let X=U.pxRound,I=i,q=s*ut,H=f*ut,nt=d*ut,V,ie;k.ori==0?[V,ie]=a(S,E):[ie,V]=a(S,E);const wt=k.dir*(k.ori==0?1:-1);let rt=k.ori==0?fl:Ln,ft=k.ori==0?$:(M,bt,Mt,Fi,yi,Ue,$i)=>{$(M,bt,Mt,yi,Fi,$i,Ue)},et=ot(S.bands,xn).find(M=>M.series[0]==E),F=et!=null?et.dir:0,Ct=U.fillTo(S,E,U.min,U.max,F),Yt=X(tt(Ct,G,j,st)),xt,dt,De,ae=Y,St=X(U.width*ut),Ve=!1,Ze=null,ve=null,ni=null,zi=null;g!=null&&(St==0||y!=null)&&(Ve=!0,Ze=g.values(S,E,D,z),ve=new Map,new Set(Ze).forEach(M=>{M!=null&&ve.set(M,new Path2D)}),St>0&&(ni=y.values(S,E,D,z),zi=new Map,new Set(ni).forEach(M=>{M!=null&&zi.set(M,new Path2D)})));let{x0:Ri,size:hs}=m;if(Ri!=null&&hs!=null){I=1,w=Ri.values(S,E,D,z),Ri.unit==2&&(w=w.map(Mt=>S.posToVal(K+Mt*Y,k.key,!0)));let M=hs.values(S,E,D,z);hs.unit==2?dt=M[0]*Y:dt=P(M[0],k,Y,K)-P(0,k,Y,K),ae=fa(w,A,P,k,Y,K,ae),De=ae-dt+q}else ae=fa(w,A,P,k,Y,K,ae),De=ae*o+q,dt=ae-De;De<1&&(De=0),St>=dt/2&&(St=0),De<5&&(X=za);let Ms=De>0,gi=ae-De-(Ms?St:0);dt=X(ln(gi,nt,H)),xt=(I==0?dt/2:I==wt?0:dt)-I*wt*((I==0?q/2:0)+(Ms?St/2:0));const Kt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Ii=Ve?null:new Path2D;let Qe=null;if(et!=null)Qe=S.data[et.series[1]];else{let{y0:M,y1:bt}=m;M!=null&&bt!=null&&(A=bt.values(S,E,D,z),Qe=M.values(S,E,D,z))}let bi=V*dt,Q=ie*dt;for(let M=wt==1?D:z;M>=D&&M<=z;M+=wt){let bt=A[M];if(bt==null)continue;if(Qe!=null){let se=Qe[M]??0;if(bt-se==0)continue;Yt=tt(se,G,j,st)}let Mt=k.distr!=2||m!=null?w[M]:M,Fi=P(Mt,k,Y,K),yi=tt(ot(bt,Ct),G,j,st),Ue=X(Fi-xt),$i=X(te(yi,Yt)),oe=X(Fe(yi,Yt)),_e=$i-oe;if(bt!=null){let se=bt<0?Q:bi,Ce=bt<0?bi:Q;Ve?(St>0&&ni[M]!=null&&rt(zi.get(ni[M]),Ue,oe+fe(St/2),dt,te(0,_e-St),se,Ce),Ze[M]!=null&&rt(ve.get(Ze[M]),Ue,oe+fe(St/2),dt,te(0,_e-St),se,Ce)):rt(Ii,Ue,oe+fe(St/2),dt,te(0,_e-St),se,Ce),ft(S,E,M,Ue-St/2,oe,dt+St,_e)}}return St>0?Kt.stroke=Ve?zi:Ii:Ve||(Kt._fill=U.width==0?U._fill:U._stroke??U._fill,Kt.width=0),Kt.fill=Ve?ve:Ii,Kt})}function Cd(e,t){const i=ot(t?.alignGaps,0);return(s,l,a,o)=>Pi(s,l,(f,d,m,$,g,y,S,E,D,z,U)=>{[a,o]=rl(m,a,o);let w=f.pxRound,A=V=>w(y(V,$,z,E)),k=V=>w(S(V,g,U,D)),G,P,tt;$.ori==0?(G=dl,tt=us,P=oo):(G=pl,tt=ds,P=co);const K=$.dir*($.ori==0?1:-1);let st=A(d[K==1?a:o]),Y=st,j=[],X=[];for(let V=K==1?a:o;V>=a&&V<=o;V+=K)if(m[V]!=null){let wt=d[V],rt=A(wt);j.push(Y=rt),X.push(k(m[V]))}const I={stroke:e(j,X,G,tt,P,w),fill:null,clip:null,band:null,gaps:null,flags:as},q=I.stroke;let[H,nt]=jn(s,l);if(f.fill!=null||H!=0){let V=I.fill=new Path2D(q),ie=f.fillTo(s,l,f.min,f.max,H),wt=k(ie);tt(V,Y,wt),tt(V,st,wt)}if(!f.spanGaps){let V=[];V.push(...An(d,m,a,o,K,A,i)),I.gaps=V=f.gaps(s,l,a,o,V),I.clip=ul(V,$.ori,E,D,z,U)}return nt!=0&&(I.band=nt==2?[ii(s,l,a,o,q,-1),ii(s,l,a,o,q,1)]:ii(s,l,a,o,q,nt)),I})}function Md(e){return Cd(Pd,e)}function Pd(e,t,i,s,l,a){const o=e.length;if(o<2)return null;const f=new Path2D;if(i(f,e[0],t[0]),o==2)s(f,e[1],t[1]);else{let d=Array(o),m=Array(o-1),$=Array(o-1),g=Array(o-1);for(let y=0;y<o-1;y++)$[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],m[y]=$[y]/g[y];d[0]=m[0];for(let y=1;y<o-1;y++)m[y]===0||m[y-1]===0||m[y-1]>0!=m[y]>0?d[y]=0:(d[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/m[y-1]+(g[y]+2*g[y-1])/m[y]),isFinite(d[y])||(d[y]=0));d[o-1]=m[o-2];for(let y=0;y<o-1;y++)l(f,e[y]+g[y]/3,t[y]+d[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-d[y+1]*g[y]/3,e[y+1],t[y+1])}return f}const on=new Set;function ha(){for(let e of on)e.syncRect(!0)}cs&&(Di(hu,is,ha),Di(mu,is,ha,!0),Di(tl,is,()=>{Wt.pxRatio=ut}));const zd=fo(),Rd=uo();function ma(e,t,i,s){return(s?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,o)=>cn(a,o,t,i))}function Id(e,t){return e.map((i,s)=>s==0?{}:Lt({},t,i))}function cn(e,t,i,s){return Lt({},t==0?i:s,e)}function ho(e,t,i){return t==null?ns:[t,i]}const Fd=ho;function Od(e,t,i){return t==null?ns:el(t,i,_n,!0)}function mo(e,t,i,s){return t==null?ns:al(t,i,e.scales[s].log,!1)}const Nd=mo;function go(e,t,i,s){return t==null?ns:vn(t,i,e.scales[s].log,!1)}const Vd=go;function Ud(e,t,i,s,l){let a=te(qr(e),qr(t)),o=t-e,f=Ie(l/s*o,i);do{let d=i[f],m=s*d/o;if(m>=l&&a+(d<5?fi.get(d):0)<=17)return[d,m]}while(++f<i.length);return[0,0]}function ga(e){let t,i;return e=e.replace(/(\d+)px/,(s,l)=>(t=Pt((i=+l)*ut))+"px"),[e,t,i]}function Hd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let i=gt(t[2]*ut,1);t[0]=t[0].replace(/[0-9.]+px/,i+"px"),t[1]=i})}function Wt(e,t,i){const s={mode:ot(e.mode,1)},l=s.mode;function a(n,r,c,u){let h=r.valToPct(n);return u+c*(r.dir==-1?1-h:h)}function o(n,r,c,u){let h=r.valToPct(n);return u+c*(r.dir==-1?h:1-h)}function f(n,r,c,u){return r.ori==0?a(n,r,c,u):o(n,r,c,u)}s.valToPosH=a,s.valToPosV=o;let d=!1;s.status=0;const m=s.root=Te(Kc);if(e.id!=null&&(m.id=e.id),pe(m,e.class),e.title){let n=Te(Xc,m);n.textContent=e.title}const $=Re("canvas"),g=s.ctx=$.getContext("2d"),y=Te(tu,m);Di("click",y,n=>{n.target===E&&(yt!=Yi||kt!=Ki)&&Bt.click(s,n)},!0);const S=s.under=Te(eu,y);y.appendChild($);const E=s.over=Te(iu,y);e=rs(e);const D=+ot(e.pxAlign,1),z=pa(D);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(s,e)||e)});const U=e.ms||.001,w=s.series=l==1?ma(e.series||[],na,ua,!1):Id(e.series||[null],ca),A=s.axes=ma(e.axes||[],la,aa,!0),k=s.scales={},G=s.bands=e.bands||[];G.forEach(n=>{n.fill=lt(n.fill||null),n.dir=ot(n.dir,-1)});const P=l==2?w[1].facets[0].scale:w[0].scale,tt={axes:Ho,series:Fo},K=(e.drawOrder||["axes","series"]).map(n=>tt[n]);function st(n){const r=n.distr==3?c=>ei(c>0?c:n.clamp(s,c,n.min,n.max,n.key)):n.distr==4?c=>Ul(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=r(c),{_min:h,_max:b}=n,_=b-h;return(u-h)/_}}function Y(n){let r=k[n];if(r==null){let c=(e.scales||As)[n]||As;if(c.from!=null){Y(c.from);let u=Lt({},k[c.from],c,{key:n});u.valToPct=st(u),k[n]=u}else{r=k[n]=Lt({},n==P?so:Sd,c),r.key=n;let u=r.time,h=r.range,b=di(h);if((n!=P||l==2&&!u)&&(b&&(h[0]==null||h[1]==null)&&(h={min:h[0]==null?Br:{mode:1,hard:h[0],soft:h[0]},max:h[1]==null?Br:{mode:1,hard:h[1],soft:h[1]}},b=!1),!b&&cl(h))){let _=h;h=(x,T,L)=>T==null?ns:el(T,L,_)}r.range=lt(h||(u?Fd:n==P?r.distr==3?Nd:r.distr==4?Vd:ho:r.distr==3?mo:r.distr==4?go:Od)),r.auto=lt(b?!1:r.auto),r.clamp=lt(r.clamp||kd),r._min=r._max=null,r.valToPct=st(r)}}}Y("x"),Y("y"),l==1&&w.forEach(n=>{Y(n.scale)}),A.forEach(n=>{Y(n.scale)});for(let n in e.scales)Y(n);const j=k[P],X=j.distr;let I,q;j.ori==0?(pe(m,Zc),I=a,q=o):(pe(m,Qc),I=o,q=a);const H={};for(let n in k){let r=k[n];(r.min!=null||r.max!=null)&&(H[n]={min:r.min,max:r.max},r.min=r.max=null)}const nt=e.tzDate||(n=>new Date(Pt(n/U))),V=e.fmtDate||kn,ie=U==1?Zu(nt):td(nt),wt=ea(nt,ta(U==1?Ku:Xu,V)),rt=sa(nt,ia(id,V)),ft=[],et=s.legend=Lt({},nd,e.legend),F=s.cursor=Lt({},dd,{drag:{y:l==2}},e.cursor),Ct=et.show,Yt=F.show,xt=et.markers;et.idxs=ft,xt.width=lt(xt.width),xt.dash=lt(xt.dash),xt.stroke=lt(xt.stroke),xt.fill=lt(xt.fill);let dt,De,ae,St=[],Ve=[],Ze,ve=!1,ni={};if(et.live){const n=w[1]?w[1].values:null;ve=n!=null,Ze=ve?n(s,1,0):{_:0};for(let r in Ze)ni[r]=yn}if(Ct)if(dt=Re("table",ou,m),ae=Re("tbody",null,dt),et.mount(s,dt),ve){De=Re("thead",null,dt,ae);let n=Re("tr",null,De);Re("th",null,n);for(var zi in Ze)Re("th",Dr,n).textContent=zi}else pe(dt,uu),et.live&&pe(dt,cu);const Ri={show:!0},hs={show:!1};function Ms(n,r){if(r==0&&(ve||!et.live||l==2))return ns;let c=[],u=Re("tr",du,ae,ae.childNodes[r]);pe(u,n.class),n.show||pe(u,Ai);let h=Re("th",null,u);if(xt.show){let x=Te(pu,h);if(r>0){let T=xt.width(s,r);T&&(x.style.border=T+"px "+xt.dash(s,r)+" "+xt.stroke(s,r)),x.style.background=xt.fill(s,r)}}let b=Te(Dr,h);n.label instanceof HTMLElement?b.appendChild(n.label):b.textContent=n.label,r>0&&(xt.show||(b.style.color=n.width>0?xt.stroke(s,r):xt.fill(s,r)),Kt("click",h,x=>{if(F._lock)return;_i(x);let T=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=et.isolate){let L=w.some((C,R)=>R>0&&R!=T&&C.show);w.forEach((C,R)=>{R>0&&Be(R,L?R==T?Ri:hs:Ri,!0,At.setSeries)})}else Be(T,{show:!n.show},!0,At.setSeries)},!1),Ni&&Kt(zr,h,x=>{F._lock||(_i(x),Be(w.indexOf(n),Qi,!0,At.setSeries))},!1));for(var _ in Ze){let x=Re("td",fu,u);x.textContent="--",c.push(x)}return[u,c]}const gi=new Map;function Kt(n,r,c,u=!0){const h=gi.get(r)||{},b=F.bind[n](s,r,c,u);b&&(Di(n,r,h[n]=b),gi.set(r,h))}function Ii(n,r,c){const u=gi.get(r)||{};for(let h in u)(n==null||h==n)&&(sn(h,r,u[h]),delete u[h]);n==null&&gi.delete(r)}let Qe=0,bi=0,Q=0,M=0,bt=0,Mt=0,Fi=bt,yi=Mt,Ue=Q,$i=M,oe=0,_e=0,se=0,Ce=0;s.bbox={};let ml=!1,Ps=!1,Oi=!1,vi=!1,zs=!1,we=!1;function gl(n,r,c){(c||n!=s.width||r!=s.height)&&Gn(n,r),Wi(!1),Oi=!0,Ps=!0,Gi()}function Gn(n,r){s.width=Qe=Q=n,s.height=bi=M=r,bt=Mt=0,Do(),Co();let c=s.bbox;oe=c.left=Ei(bt*ut,.5),_e=c.top=Ei(Mt*ut,.5),se=c.width=Ei(Q*ut,.5),Ce=c.height=Ei(M*ut,.5)}const jo=3;function Ao(){let n=!1,r=0;for(;!n;){r++;let c=Vo(r),u=Uo(r);n=r==jo||c&&u,n||(Gn(s.width,s.height),Ps=!0)}}function Lo({width:n,height:r}){gl(n,r)}s.setSize=Lo;function Do(){let n=!1,r=!1,c=!1,u=!1;A.forEach((h,b)=>{if(h.show&&h._show){let{side:_,_size:x}=h,T=_%2,L=h.label!=null?h.labelSize:0,C=x+L;C>0&&(T?(Q-=C,_==3?(bt+=C,u=!0):c=!0):(M-=C,_==0?(Mt+=C,n=!0):r=!0))}}),wi[0]=n,wi[1]=c,wi[2]=r,wi[3]=u,Q-=ri[1]+ri[3],bt+=ri[3],M-=ri[2]+ri[0],Mt+=ri[0]}function Co(){let n=bt+Q,r=Mt+M,c=bt,u=Mt;function h(b,_){switch(b){case 1:return n+=_,n-_;case 2:return r+=_,r-_;case 3:return c-=_,c+_;case 0:return u-=_,u+_}}A.forEach((b,_)=>{if(b.show&&b._show){let x=b.side;b._pos=h(x,b._size),b.label!=null&&(b._lpos=h(x,b.labelSize))}})}if(F.dataIdx==null){let n=F.hover,r=n.skip=new Set(n.skip??[]);r.add(void 0);let c=n.prox=lt(n.prox),u=n.bias??=0;F.dataIdx=(h,b,_,x)=>{if(b==0)return _;let T=_,L=c(h,b,_,x)??mt,C=L>=0&&L<mt,R=j.ori==0?Q:M,J=F.left,ct=t[0],at=t[b];if(r.has(at[_])){T=null;let it=null,W=null,O;if(u==0||u==-1)for(O=_;it==null&&O-- >0;)r.has(at[O])||(it=O);if(u==0||u==1)for(O=_;W==null&&O++<at.length;)r.has(at[O])||(W=O);if(it!=null||W!=null)if(C){let vt=it==null?-1/0:I(ct[it],j,R,0),Tt=W==null?1/0:I(ct[W],j,R,0),Ut=J-vt,ht=Tt-J;Ut<=ht?Ut<=L&&(T=it):ht<=L&&(T=W)}else T=W==null?it:it==null?W:_-it<=W-_?it:W}else C&&zt(J-I(ct[_],j,R,0))>L&&(T=null);return T}}const _i=n=>{F.event=n};F.idxs=ft,F._lock=!1;let qt=F.points;qt.show=lt(qt.show),qt.size=lt(qt.size),qt.stroke=lt(qt.stroke),qt.width=lt(qt.width),qt.fill=lt(qt.fill);const He=s.focus=Lt({},e.focus||{alpha:.3},F.focus),Ni=He.prox>=0,Vi=Ni&&qt.one;let xe=[],Ui=[],Hi=[];function qn(n,r){let c=qt.show(s,r);if(c instanceof HTMLElement)return pe(c,au),pe(c,n.class),Je(c,-10,-10,Q,M),E.insertBefore(c,xe[r]),c}function Jn(n,r){if(l==1||r>0){let c=l==1&&k[n.scale].time,u=n.value;n.value=c?Kr(u)?sa(nt,ia(u,V)):u||rt:u||_d,n.label=n.label||(c?fd:pd)}if(Vi||r>0){n.width=n.width==null?1:n.width,n.paths=n.paths||zd||Su,n.fillTo=lt(n.fillTo||Td),n.pxAlign=+ot(n.pxAlign,D),n.pxRound=pa(n.pxAlign),n.stroke=lt(n.stroke||null),n.fill=lt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=wd(te(1,n.width),1),u=n.points=Lt({},{size:c,width:te(1,c*.2),stroke:n.stroke,space:c*2,paths:Rd,_stroke:null,_fill:null},n.points);u.show=lt(u.show),u.filter=lt(u.filter),u.fill=lt(u.fill),u.stroke=lt(u.stroke),u.paths=lt(u.paths),u.pxAlign=n.pxAlign}if(Ct){let c=Ms(n,r);St.splice(r,0,c[0]),Ve.splice(r,0,c[1]),et.values.push(null)}if(Yt){ft.splice(r,0,null);let c=null;Vi?r==0&&(c=qn(n,r)):r>0&&(c=qn(n,r)),xe.splice(r,0,c),Ui.splice(r,0,0),Hi.splice(r,0,0)}Vt("addSeries",r)}function Mo(n,r){r=r??w.length,n=l==1?cn(n,r,na,ua):cn(n,r,{},ca),w.splice(r,0,n),Jn(w[r],r)}s.addSeries=Mo;function Po(n){if(w.splice(n,1),Ct){et.values.splice(n,1),Ve.splice(n,1);let r=St.splice(n,1)[0];Ii(null,r.firstChild),r.remove()}Yt&&(ft.splice(n,1),xe.splice(n,1)[0].remove(),Ui.splice(n,1),Hi.splice(n,1)),Vt("delSeries",n)}s.delSeries=Po;const wi=[!1,!1,!1,!1];function zo(n,r){if(n._show=n.show,n.show){let c=n.side%2,u=k[n.scale];u==null&&(n.scale=c?w[1].scale:P,u=k[n.scale]);let h=u.time;n.size=lt(n.size),n.space=lt(n.space),n.rotate=lt(n.rotate),di(n.incrs)&&n.incrs.forEach(_=>{!fi.has(_)&&fi.set(_,Fa(_))}),n.incrs=lt(n.incrs||(u.distr==2?qu:h?U==1?Yu:Qu:ji)),n.splits=lt(n.splits||(h&&u.distr==1?ie:u.distr==3?nn:u.distr==4?gd:md)),n.stroke=lt(n.stroke),n.grid.stroke=lt(n.grid.stroke),n.ticks.stroke=lt(n.ticks.stroke),n.border.stroke=lt(n.border.stroke);let b=n.values;n.values=di(b)&&!di(b[0])?lt(b):h?di(b)?ea(nt,ta(b,V)):Kr(b)?ed(nt,b):b||wt:b||hd,n.filter=lt(n.filter||(u.distr>=3&&u.log==10?$d:u.distr==3&&u.log==2?vd:Ra)),n.font=ga(n.font),n.labelFont=ga(n.labelFont),n._size=n.size(s,null,r,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(wi[r]=!0,n._el=Te(su,y))}}function ms(n,r,c,u){let[h,b,_,x]=c,T=r%2,L=0;return T==0&&(x||b)&&(L=r==0&&!h||r==2&&!_?Pt(la.size/3):0),T==1&&(h||_)&&(L=r==1&&!b||r==3&&!x?Pt(aa.size/2):0),L}const Yn=s.padding=(e.padding||[ms,ms,ms,ms]).map(n=>lt(ot(n,ms))),ri=s._padding=Yn.map((n,r)=>n(s,r,wi,0));let Ht,It=null,Ft=null;const Rs=l==1?w[0].idxs:null;let Me=null,gs=!1;function Kn(n,r){if(t=n??[],s.data=s._data=t,l==2){Ht=0;for(let c=1;c<w.length;c++)Ht+=t[c][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),Me=t[0],Ht=Me.length;let c=t;if(X==2){c=t.slice();let u=c[0]=Array(Ht);for(let h=0;h<Ht;h++)u[h]=h}s._data=t=c}if(Wi(!0),Vt("setData"),X==2&&(Oi=!0),r!==!1){let c=j;c.auto(s,gs)?bl():oi(P,c.min,c.max),vi=vi||F.left>=0,we=!0,Gi()}}s.setData=Kn;function bl(){gs=!0;let n,r;l==1&&(Ht>0?(It=Rs[0]=0,Ft=Rs[1]=Ht-1,n=t[0][It],r=t[0][Ft],X==2?(n=It,r=Ft):n==r&&(X==3?[n,r]=al(n,n,j.log,!1):X==4?[n,r]=vn(n,n,j.log,!1):j.time?r=n+Pt(86400/U):[n,r]=el(n,r,_n,!0))):(It=Rs[0]=n=null,Ft=Rs[1]=r=null)),oi(P,n,r)}let Is,Bi,yl,$l,vl,_l,wl,xl,kl,le;function Zn(n,r,c,u,h,b){n??=Mr,c??=xn,u??="butt",h??=Mr,b??="round",n!=Is&&(g.strokeStyle=Is=n),h!=Bi&&(g.fillStyle=Bi=h),r!=yl&&(g.lineWidth=yl=r),b!=vl&&(g.lineJoin=vl=b),u!=_l&&(g.lineCap=_l=u),c!=$l&&g.setLineDash($l=c)}function Qn(n,r,c,u){r!=Bi&&(g.fillStyle=Bi=r),n!=wl&&(g.font=wl=n),c!=xl&&(g.textAlign=xl=c),u!=kl&&(g.textBaseline=kl=u)}function Sl(n,r,c,u,h=0){if(u.length>0&&n.auto(s,gs)&&(r==null||r.min==null)){let b=ot(It,0),_=ot(Ft,u.length-1),x=c.min==null?$u(u,b,_,h,n.distr==3):[c.min,c.max];n.min=Fe(n.min,c.min=x[0]),n.max=te(n.max,c.max=x[1])}}const Xn={min:null,max:null};function Ro(){for(let u in k){let h=k[u];H[u]==null&&(h.min==null||H[P]!=null&&h.auto(s,gs))&&(H[u]=Xn)}for(let u in k){let h=k[u];H[u]==null&&h.from!=null&&H[h.from]!=null&&(H[u]=Xn)}H[P]!=null&&Wi(!0);let n={};for(let u in H){let h=H[u];if(h!=null){let b=n[u]=rs(k[u],ju);if(h.min!=null)Lt(b,h);else if(u!=P||l==2)if(Ht==0&&b.from==null){let _=b.range(s,null,null,u);b.min=_[0],b.max=_[1]}else b.min=mt,b.max=-mt}}if(Ht>0){w.forEach((u,h)=>{if(l==1){let b=u.scale,_=H[b];if(_==null)return;let x=n[b];if(h==0){let T=x.range(s,x.min,x.max,b);x.min=T[0],x.max=T[1],It=Ie(x.min,t[0]),Ft=Ie(x.max,t[0]),Ft-It>1&&(t[0][It]<x.min&&It++,t[0][Ft]>x.max&&Ft--),u.min=Me[It],u.max=Me[Ft]}else u.show&&u.auto&&Sl(x,_,u,t[h],u.sorted);u.idxs[0]=It,u.idxs[1]=Ft}else if(h>0&&u.show&&u.auto){let[b,_]=u.facets,x=b.scale,T=_.scale,[L,C]=t[h],R=n[x],J=n[T];R!=null&&Sl(R,H[x],b,L,b.sorted),J!=null&&Sl(J,H[T],_,C,_.sorted),u.min=_.min,u.max=_.max}});for(let u in n){let h=n[u],b=H[u];if(h.from==null&&(b==null||b.min==null)){let _=h.range(s,h.min==mt?null:h.min,h.max==-mt?null:h.max,u);h.min=_[0],h.max=_[1]}}}for(let u in n){let h=n[u];if(h.from!=null){let b=n[h.from];if(b.min==null)h.min=h.max=null;else{let _=h.range(s,b.min,b.max,u);h.min=_[0],h.max=_[1]}}}let r={},c=!1;for(let u in n){let h=n[u],b=k[u];if(b.min!=h.min||b.max!=h.max){b.min=h.min,b.max=h.max;let _=b.distr;b._min=_==3?ei(b.min):_==4?Ul(b.min,b.asinh):_==100?b.fwd(b.min):b.min,b._max=_==3?ei(b.max):_==4?Ul(b.max,b.asinh):_==100?b.fwd(b.max):b.max,r[u]=c=!0}}if(c){w.forEach((u,h)=>{l==2?h>0&&r.y&&(u._paths=null):r[u.scale]&&(u._paths=null)});for(let u in r)Oi=!0,Vt("setScale",u);Yt&&F.left>=0&&(vi=we=!0)}for(let u in H)H[u]=null}function Io(n){let r=ln(It-1,0,Ht-1),c=ln(Ft+1,0,Ht-1);for(;n[r]==null&&r>0;)r--;for(;n[c]==null&&c<Ht-1;)c++;return[r,c]}function Fo(){if(Ht>0){let n=w.some(r=>r._focus)&&le!=He.alpha;n&&(g.globalAlpha=le=He.alpha),w.forEach((r,c)=>{if(c>0&&r.show&&(tr(c,!1),tr(c,!0),r._paths==null)){let u=le;le!=r.alpha&&(g.globalAlpha=le=r.alpha);let h=l==2?[0,t[c][0].length-1]:Io(t[c]);r._paths=r.paths(s,c,h[0],h[1]),le!=u&&(g.globalAlpha=le=u)}}),w.forEach((r,c)=>{if(c>0&&r.show){let u=le;le!=r.alpha&&(g.globalAlpha=le=r.alpha),r._paths!=null&&er(c,!1);{let h=r._paths!=null?r._paths.gaps:null,b=r.points.show(s,c,It,Ft,h),_=r.points.filter(s,c,b,h);(b||_)&&(r.points._paths=r.points.paths(s,c,It,Ft,_),er(c,!0))}le!=u&&(g.globalAlpha=le=u),Vt("drawSeries",c)}}),n&&(g.globalAlpha=le=1)}}function tr(n,r){let c=r?w[n].points:w[n];c._stroke=c.stroke(s,n),c._fill=c.fill(s,n)}function er(n,r){let c=r?w[n].points:w[n],{stroke:u,fill:h,clip:b,flags:_,_stroke:x=c._stroke,_fill:T=c._fill,_width:L=c.width}=c._paths;L=gt(L*ut,3);let C=null,R=L%2/2;r&&T==null&&(T=L>0?"#fff":x);let J=c.pxAlign==1&&R>0;if(J&&g.translate(R,R),!r){let ct=oe-L/2,at=_e-L/2,it=se+L,W=Ce+L;C=new Path2D,C.rect(ct,at,it,W)}r?Tl(x,L,c.dash,c.cap,T,u,h,_,b):Oo(n,x,L,c.dash,c.cap,T,u,h,_,C,b),J&&g.translate(-R,-R)}function Oo(n,r,c,u,h,b,_,x,T,L,C){let R=!1;T!=0&&G.forEach((J,ct)=>{if(J.series[0]==n){let at=w[J.series[1]],it=t[J.series[1]],W=(at._paths||As).band;di(W)&&(W=J.dir==1?W[0]:W[1]);let O,vt=null;at.show&&W&&_u(it,It,Ft)?(vt=J.fill(s,ct)||b,O=at._paths.clip):W=null,Tl(r,c,u,h,vt,_,x,T,L,C,O,W),R=!0}}),R||Tl(r,c,u,h,b,_,x,T,L,C)}const ir=as|an;function Tl(n,r,c,u,h,b,_,x,T,L,C,R){Zn(n,r,c,u,h),(T||L||R)&&(g.save(),T&&g.clip(T),L&&g.clip(L)),R?(x&ir)==ir?(g.clip(R),C&&g.clip(C),Os(h,_),Fs(n,b,r)):x&an?(Os(h,_),g.clip(R),Fs(n,b,r)):x&as&&(g.save(),g.clip(R),C&&g.clip(C),Os(h,_),g.restore(),Fs(n,b,r)):(Os(h,_),Fs(n,b,r)),(T||L||R)&&g.restore()}function Fs(n,r,c){c>0&&(r instanceof Map?r.forEach((u,h)=>{g.strokeStyle=Is=h,g.stroke(u)}):r!=null&&n&&g.stroke(r))}function Os(n,r){r instanceof Map?r.forEach((c,u)=>{g.fillStyle=Bi=u,g.fill(c)}):r!=null&&n&&g.fill(r)}function No(n,r,c,u){let h=A[n],b;if(u<=0)b=[0,0];else{let _=h._space=h.space(s,n,r,c,u),x=h._incrs=h.incrs(s,n,r,c,u,_);b=Ud(r,c,x,u,_)}return h._found=b}function El(n,r,c,u,h,b,_,x,T,L){let C=_%2/2;D==1&&g.translate(C,C),Zn(x,_,T,L,x),g.beginPath();let R,J,ct,at,it=h+(u==0||u==3?-b:b);c==0?(J=h,at=it):(R=h,ct=it);for(let W=0;W<n.length;W++)r[W]!=null&&(c==0?R=ct=n[W]:J=at=n[W],g.moveTo(R,J),g.lineTo(ct,at));g.stroke(),D==1&&g.translate(-C,-C)}function Vo(n){let r=!0;return A.forEach((c,u)=>{if(!c.show)return;let h=k[c.scale];if(h.min==null){c._show&&(r=!1,c._show=!1,Wi(!1));return}else c._show||(r=!1,c._show=!0,Wi(!1));let b=c.side,_=b%2,{min:x,max:T}=h,[L,C]=No(u,x,T,_==0?Q:M);if(C==0)return;let R=h.distr==2,J=c._splits=c.splits(s,u,x,T,L,C,R),ct=h.distr==2?J.map(O=>Me[O]):J,at=h.distr==2?Me[J[1]]-Me[J[0]]:L,it=c._values=c.values(s,c.filter(s,ct,u,C,at),u,C,at);c._rotate=b==2?c.rotate(s,it,u,C):0;let W=c._size;c._size=Ee(c.size(s,it,u,n)),W!=null&&c._size!=W&&(r=!1)}),r}function Uo(n){let r=!0;return Yn.forEach((c,u)=>{let h=c(s,u,wi,n);h!=ri[u]&&(r=!1),ri[u]=h}),r}function Ho(){for(let n=0;n<A.length;n++){let r=A[n];if(!r.show||!r._show)continue;let c=r.side,u=c%2,h,b,_=r.stroke(s,n),x=c==0||c==3?-1:1,[T,L]=r._found;if(r.label!=null){let Qt=r.labelGap*x,de=Pt((r._lpos+Qt)*ut);Qn(r.labelFont[0],_,"center",c==2?xs:Cr),g.save(),u==1?(h=b=0,g.translate(de,Pt(_e+Ce/2)),g.rotate((c==3?-Ks:Ks)/2)):(h=Pt(oe+se/2),b=de);let Si=Pa(r.label)?r.label(s,n,T,L):r.label;g.fillText(Si,h,b),g.restore()}if(L==0)continue;let C=k[r.scale],R=u==0?se:Ce,J=u==0?oe:_e,ct=r._splits,at=C.distr==2?ct.map(Qt=>Me[Qt]):ct,it=C.distr==2?Me[ct[1]]-Me[ct[0]]:T,W=r.ticks,O=r.border,vt=W.show?W.size:0,Tt=Pt(vt*ut),Ut=Pt((r.alignTo==2?r._size-vt-r.gap:r.gap)*ut),ht=r._rotate*-Ks/180,Et=z(r._pos*ut),ce=(Tt+Ut)*x,Zt=Et+ce;b=u==0?Zt:0,h=u==1?Zt:0;let ke=r.font[0],Pe=r.align==1?ts:r.align==2?Ol:ht>0?ts:ht<0?Ol:u==0?"center":c==3?Ol:ts,Ge=ht||u==1?"middle":c==2?xs:Cr;Qn(ke,_,Pe,Ge);let ue=r.font[1]*r.lineGap,Se=ct.map(Qt=>z(f(Qt,C,R,J))),ze=r._values;for(let Qt=0;Qt<ze.length;Qt++){let de=ze[Qt];if(de!=null){u==0?h=Se[Qt]:b=Se[Qt],de=""+de;let Si=de.indexOf(`
`)==-1?[de]:de.split(/\n/gm);for(let Xt=0;Xt<Si.length;Xt++){let _r=Si[Xt];ht?(g.save(),g.translate(h,b+Xt*ue),g.rotate(ht),g.fillText(_r,0,0),g.restore()):g.fillText(_r,h,b+Xt*ue)}}}W.show&&El(Se,W.filter(s,at,n,L,it),u,c,Et,Tt,gt(W.width*ut,3),W.stroke(s,n),W.dash,W.cap);let qe=r.grid;qe.show&&El(Se,qe.filter(s,at,n,L,it),u,u==0?2:1,u==0?_e:oe,u==0?Ce:se,gt(qe.width*ut,3),qe.stroke(s,n),qe.dash,qe.cap),O.show&&El([Et],[1],u==0?1:0,u==0?1:2,u==1?_e:oe,u==1?Ce:se,gt(O.width*ut,3),O.stroke(s,n),O.dash,O.cap)}Vt("drawAxes")}function Wi(n){w.forEach((r,c)=>{c>0&&(r._paths=null,n&&(l==1?(r.min=null,r.max=null):r.facets.forEach(u=>{u.min=null,u.max=null})))})}let Ns=!1,jl=!1,bs=[];function Bo(){jl=!1;for(let n=0;n<bs.length;n++)Vt(...bs[n]);bs.length=0}function Gi(){Ns||(zu(sr),Ns=!0)}function Wo(n,r=!1){Ns=!0,jl=r,n(s),sr(),r&&bs.length>0&&queueMicrotask(Bo)}s.batch=Wo;function sr(){if(ml&&(Ro(),ml=!1),Oi&&(Ao(),Oi=!1),Ps){if(_t(S,ts,bt),_t(S,xs,Mt),_t(S,Ss,Q),_t(S,Ts,M),_t(E,ts,bt),_t(E,xs,Mt),_t(E,Ss,Q),_t(E,Ts,M),_t(y,Ss,Qe),_t(y,Ts,bi),$.width=Pt(Qe*ut),$.height=Pt(bi*ut),A.forEach(({_el:n,_show:r,_size:c,_pos:u,side:h})=>{if(n!=null)if(r){let b=h===3||h===0?c:0,_=h%2==1;_t(n,_?"left":"top",u-b),_t(n,_?"width":"height",c),_t(n,_?"top":"left",_?Mt:bt),_t(n,_?"height":"width",_?M:Q),en(n,Ai)}else pe(n,Ai)}),Is=Bi=yl=vl=_l=wl=xl=kl=$l=null,le=1,vs(!0),bt!=Fi||Mt!=yi||Q!=Ue||M!=$i){Wi(!1);let n=Q/Ue,r=M/$i;if(Yt&&!vi&&F.left>=0){F.left*=n,F.top*=r,qi&&Je(qi,Pt(F.left),0,Q,M),Ji&&Je(Ji,0,Pt(F.top),Q,M);for(let c=0;c<xe.length;c++){let u=xe[c];u!=null&&(Ui[c]*=n,Hi[c]*=r,Je(u,Ee(Ui[c]),Ee(Hi[c]),Q,M))}}if($t.show&&!zs&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=r,$t.height*=r;for(let c in Pl)_t(Zi,c,$t[c])}Fi=bt,yi=Mt,Ue=Q,$i=M}Vt("setSize"),Ps=!1}Qe>0&&bi>0&&(g.clearRect(0,0,$.width,$.height),Vt("drawClear"),K.forEach(n=>n()),Vt("draw")),$t.show&&zs&&(Vs($t),zs=!1),Yt&&vi&&(ki(null,!0,!1),vi=!1),et.show&&et.live&&we&&(Cl(),we=!1),d||(d=!0,s.status=1,Vt("ready")),gs=!1,Ns=!1}s.redraw=(n,r)=>{Oi=r||!1,n!==!1?oi(P,j.min,j.max):Gi()};function Al(n,r){let c=k[n];if(c.from==null){if(Ht==0){let u=c.range(s,r.min,r.max,n);r.min=u[0],r.max=u[1]}if(r.min>r.max){let u=r.min;r.min=r.max,r.max=u}if(Ht>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;n==P&&c.distr==2&&Ht>0&&(r.min=Ie(r.min,t[0]),r.max=Ie(r.max,t[0]),r.min==r.max&&r.max++),H[n]=r,ml=!0,Gi()}}s.setScale=Al;let Ll,Dl,qi,Ji,lr,nr,Yi,Ki,rr,ar,yt,kt,ai=!1;const Bt=F.drag;let Ot=Bt.x,Nt=Bt.y;Yt&&(F.x&&(Ll=Te(nu,E)),F.y&&(Dl=Te(ru,E)),j.ori==0?(qi=Ll,Ji=Dl):(qi=Dl,Ji=Ll),yt=F.left,kt=F.top);const $t=s.select=Lt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Zi=$t.show?Te(lu,$t.over?E:S):null;function Vs(n,r){if($t.show){for(let c in n)$t[c]=n[c],c in Pl&&_t(Zi,c,n[c]);r!==!1&&Vt("setSelect")}}s.setSelect=Vs;function Go(n){if(w[n].show)Ct&&en(St[n],Ai);else if(Ct&&pe(St[n],Ai),Yt){let c=Vi?xe[0]:xe[n];c!=null&&Je(c,-10,-10,Q,M)}}function oi(n,r,c){Al(n,{min:r,max:c})}function Be(n,r,c,u){r.focus!=null&&Zo(n),r.show!=null&&w.forEach((h,b)=>{b>0&&(n==b||n==null)&&(h.show=r.show,Go(b),l==2?(oi(h.facets[0].scale,null,null),oi(h.facets[1].scale,null,null)):oi(h.scale,null,null),Gi())}),c!==!1&&Vt("setSeries",n,r),u&&_s("setSeries",s,n,r)}s.setSeries=Be;function qo(n,r){Lt(G[n],r)}function Jo(n,r){n.fill=lt(n.fill||null),n.dir=ot(n.dir,-1),r=r??G.length,G.splice(r,0,n)}function Yo(n){n==null?G.length=0:G.splice(n,1)}s.addBand=Jo,s.setBand=qo,s.delBand=Yo;function Ko(n,r){w[n].alpha=r,Yt&&xe[n]!=null&&(xe[n].style.opacity=r),Ct&&St[n]&&(St[n].style.opacity=r)}let Xe,ci,xi;const Qi={focus:!0};function Zo(n){if(n!=xi){let r=n==null,c=He.alpha!=1;w.forEach((u,h)=>{if(l==1||h>0){let b=r||h==0||h==n;u._focus=r?null:b,c&&Ko(h,b?1:He.alpha)}}),xi=n,c&&Gi()}}Ct&&Ni&&Kt(Rr,dt,n=>{F._lock||(_i(n),xi!=null&&Be(null,Qi,!0,At.setSeries))});function We(n,r,c){let u=k[r];c&&(n=n/ut-(u.ori==1?Mt:bt));let h=Q;u.ori==1&&(h=M,n=h-n),u.dir==-1&&(n=h-n);let b=u._min,_=u._max,x=n/h,T=b+(_-b)*x,L=u.distr;return L==3?ls(10,T):L==4?xu(T,u.asinh):L==100?u.bwd(T):T}function Qo(n,r){let c=We(n,P,r);return Ie(c,t[0],It,Ft)}s.valToIdx=n=>Ie(n,t[0]),s.posToIdx=Qo,s.posToVal=We,s.valToPos=(n,r,c)=>k[r].ori==0?a(n,k[r],c?se:Q,c?oe:0):o(n,k[r],c?Ce:M,c?_e:0),s.setCursor=(n,r,c)=>{yt=n.left,kt=n.top,ki(null,r,c)};function or(n,r){_t(Zi,ts,$t.left=n),_t(Zi,Ss,$t.width=r)}function cr(n,r){_t(Zi,xs,$t.top=n),_t(Zi,Ts,$t.height=r)}let ys=j.ori==0?or:cr,$s=j.ori==1?or:cr;function Xo(){if(Ct&&et.live)for(let n=l==2?1:0;n<w.length;n++){if(n==0&&ve)continue;let r=et.values[n],c=0;for(let u in r)Ve[n][c++].firstChild.nodeValue=r[u]}}function Cl(n,r){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ft[u]=c}):Eu(n.idx)||ft.fill(n.idx),et.idx=ft[0]),Ct&&et.live){for(let c=0;c<w.length;c++)(c>0||l==1&&!ve)&&tc(c,ft[c]);Xo()}we=!1,r!==!1&&Vt("setLegend")}s.setLegend=Cl;function tc(n,r){let c=w[n],u=n==0&&X==2?Me:t[n],h;ve?h=c.values(s,n,r)??ni:(h=c.value(s,r==null?null:u[r],n,r),h=h==null?ni:{_:h}),et.values[n]=h}function ki(n,r,c){rr=yt,ar=kt,[yt,kt]=F.move(s,yt,kt),F.left=yt,F.top=kt,Yt&&(qi&&Je(qi,Pt(yt),0,Q,M),Ji&&Je(Ji,0,Pt(kt),Q,M));let u,h=It>Ft;Xe=mt,ci=null;let b=j.ori==0?Q:M,_=j.ori==1?Q:M;if(yt<0||Ht==0||h){u=F.idx=null;for(let x=0;x<w.length;x++){let T=xe[x];T!=null&&Je(T,-10,-10,Q,M)}Ni&&Be(null,Qi,!0,n==null&&At.setSeries),et.live&&(ft.fill(u),we=!0)}else{let x,T,L;l==1&&(x=j.ori==0?yt:kt,T=We(x,P),u=F.idx=Ie(T,t[0],It,Ft),L=I(t[0][u],j,b,0));let C=-10,R=-10,J=0,ct=0,at=!0,it="",W="";for(let O=l==2?1:0;O<w.length;O++){let vt=w[O],Tt=ft[O],Ut=Tt==null?null:l==1?t[O][Tt]:t[O][1][Tt],ht=F.dataIdx(s,O,u,T),Et=ht==null?null:l==1?t[O][ht]:t[O][1][ht];if(we=we||Et!=Ut||ht!=Tt,ft[O]=ht,O>0&&vt.show){let ce=ht==null?-10:ht==u?L:I(l==1?t[0][ht]:t[O][0][ht],j,b,0),Zt=Et==null?-10:q(Et,l==1?k[vt.scale]:k[vt.facets[1].scale],_,0);if(Ni&&Et!=null){let ke=j.ori==1?yt:kt,Pe=zt(He.dist(s,O,ht,Zt,ke));if(Pe<Xe){let Ge=He.bias;if(Ge!=0){let ue=We(ke,vt.scale),Se=Et>=0?1:-1,ze=ue>=0?1:-1;ze==Se&&(ze==1?Ge==1?Et>=ue:Et<=ue:Ge==1?Et<=ue:Et>=ue)&&(Xe=Pe,ci=O)}else Xe=Pe,ci=O}}if(we||Vi){let ke,Pe;j.ori==0?(ke=ce,Pe=Zt):(ke=Zt,Pe=ce);let Ge,ue,Se,ze,qe,Qt,de=!0,Si=qt.bbox;if(Si!=null){de=!1;let Xt=Si(s,O);Se=Xt.left,ze=Xt.top,Ge=Xt.width,ue=Xt.height}else Se=ke,ze=Pe,Ge=ue=qt.size(s,O);if(Qt=qt.fill(s,O),qe=qt.stroke(s,O),Vi)O==ci&&Xe<=He.prox&&(C=Se,R=ze,J=Ge,ct=ue,at=de,it=Qt,W=qe);else{let Xt=xe[O];Xt!=null&&(Ui[O]=Se,Hi[O]=ze,Hr(Xt,Ge,ue,de),Vr(Xt,Qt,qe),Je(Xt,Ee(Se),Ee(ze),Q,M))}}}}if(Vi){let O=He.prox,vt=xi==null?Xe<=O:Xe>O||ci!=xi;if(we||vt){let Tt=xe[0];Tt!=null&&(Ui[0]=C,Hi[0]=R,Hr(Tt,J,ct,at),Vr(Tt,it,W),Je(Tt,Ee(C),Ee(R),Q,M))}}}if($t.show&&ai)if(n!=null){let[x,T]=At.scales,[L,C]=At.match,[R,J]=n.cursor.sync.scales,ct=n.cursor.drag;if(Ot=ct._x,Nt=ct._y,Ot||Nt){let{left:at,top:it,width:W,height:O}=n.select,vt=n.scales[R].ori,Tt=n.posToVal,Ut,ht,Et,ce,Zt,ke=x!=null&&L(x,R),Pe=T!=null&&C(T,J);ke&&Ot?(vt==0?(Ut=at,ht=W):(Ut=it,ht=O),Et=k[x],ce=I(Tt(Ut,R),Et,b,0),Zt=I(Tt(Ut+ht,R),Et,b,0),ys(Fe(ce,Zt),zt(Zt-ce))):ys(0,b),Pe&&Nt?(vt==1?(Ut=at,ht=W):(Ut=it,ht=O),Et=k[T],ce=q(Tt(Ut,J),Et,_,0),Zt=q(Tt(Ut+ht,J),Et,_,0),$s(Fe(ce,Zt),zt(Zt-ce))):$s(0,_)}else zl()}else{let x=zt(rr-lr),T=zt(ar-nr);if(j.ori==1){let J=x;x=T,T=J}Ot=Bt.x&&x>=Bt.dist,Nt=Bt.y&&T>=Bt.dist;let L=Bt.uni;L!=null?Ot&&Nt&&(Ot=x>=L,Nt=T>=L,!Ot&&!Nt&&(T>x?Nt=!0:Ot=!0)):Bt.x&&Bt.y&&(Ot||Nt)&&(Ot=Nt=!0);let C,R;Ot&&(j.ori==0?(C=Yi,R=yt):(C=Ki,R=kt),ys(Fe(C,R),zt(R-C)),Nt||$s(0,_)),Nt&&(j.ori==1?(C=Yi,R=yt):(C=Ki,R=kt),$s(Fe(C,R),zt(R-C)),Ot||ys(0,b)),!Ot&&!Nt&&(ys(0,0),$s(0,0))}if(Bt._x=Ot,Bt._y=Nt,n==null){if(c){if(vr!=null){let[x,T]=At.scales;At.values[0]=x!=null?We(j.ori==0?yt:kt,x):null,At.values[1]=T!=null?We(j.ori==1?yt:kt,T):null}_s(Nl,s,yt,kt,Q,M,u)}if(Ni){let x=c&&At.setSeries,T=He.prox;xi==null?Xe<=T&&Be(ci,Qi,!0,x):Xe>T?Be(null,Qi,!0,x):ci!=xi&&Be(ci,Qi,!0,x)}}we&&(et.idx=u,Cl()),r!==!1&&Vt("setCursor")}let ui=null;Object.defineProperty(s,"rect",{get(){return ui==null&&vs(!1),ui}});function vs(n=!1){n?ui=null:(ui=E.getBoundingClientRect(),Vt("syncRect",ui))}function ur(n,r,c,u,h,b,_){F._lock||ai&&n!=null&&n.movementX==0&&n.movementY==0||(Ml(n,r,c,u,h,b,_,!1,n!=null),n!=null?ki(null,!0,!0):ki(r,!0,!1))}function Ml(n,r,c,u,h,b,_,x,T){if(ui==null&&vs(!1),_i(n),n!=null)c=n.clientX-ui.left,u=n.clientY-ui.top;else{if(c<0||u<0){yt=-10,kt=-10;return}let[L,C]=At.scales,R=r.cursor.sync,[J,ct]=R.values,[at,it]=R.scales,[W,O]=At.match,vt=r.axes[0].side%2==1,Tt=j.ori==0?Q:M,Ut=j.ori==1?Q:M,ht=vt?b:h,Et=vt?h:b,ce=vt?u:c,Zt=vt?c:u;if(at!=null?c=W(L,at)?f(J,k[L],Tt,0):-10:c=Tt*(ce/ht),it!=null?u=O(C,it)?f(ct,k[C],Ut,0):-10:u=Ut*(Zt/Et),j.ori==1){let ke=c;c=u,u=ke}}T&&(r==null||r.cursor.event.type==Nl)&&((c<=1||c>=Q-1)&&(c=Ei(c,Q)),(u<=1||u>=M-1)&&(u=Ei(u,M))),x?(lr=c,nr=u,[Yi,Ki]=F.move(s,c,u)):(yt=c,kt=u)}const Pl={width:0,height:0,left:0,top:0};function zl(){Vs(Pl,!1)}let dr,pr,fr,hr;function mr(n,r,c,u,h,b,_){ai=!0,Ot=Nt=Bt._x=Bt._y=!1,Ml(n,r,c,u,h,b,_,!0,!1),n!=null&&(Kt(Vl,Xl,gr,!1),_s(Pr,s,Yi,Ki,Q,M,null));let{left:x,top:T,width:L,height:C}=$t;dr=x,pr=T,fr=L,hr=C}function gr(n,r,c,u,h,b,_){ai=Bt._x=Bt._y=!1,Ml(n,r,c,u,h,b,_,!1,!0);let{left:x,top:T,width:L,height:C}=$t,R=L>0||C>0,J=dr!=x||pr!=T||fr!=L||hr!=C;if(R&&J&&Vs($t),Bt.setScale&&R&&J){let ct=x,at=L,it=T,W=C;if(j.ori==1&&(ct=T,at=C,it=x,W=L),Ot&&oi(P,We(ct,P),We(ct+at,P)),Nt)for(let O in k){let vt=k[O];O!=P&&vt.from==null&&vt.min!=mt&&oi(O,We(it+W,O),We(it,O))}zl()}else F.lock&&(F._lock=!F._lock,ki(r,!0,n!=null));n!=null&&(Ii(Vl,Xl),_s(Vl,s,yt,kt,Q,M,null))}function ec(n,r,c,u,h,b,_){if(F._lock)return;_i(n);let x=ai;if(ai){let T=!0,L=!0,C=10,R,J;j.ori==0?(R=Ot,J=Nt):(R=Nt,J=Ot),R&&J&&(T=yt<=C||yt>=Q-C,L=kt<=C||kt>=M-C),R&&T&&(yt=yt<Yi?0:Q),J&&L&&(kt=kt<Ki?0:M),ki(null,!0,!0),ai=!1}yt=-10,kt=-10,ft.fill(null),ki(null,!0,!0),x&&(ai=x)}function br(n,r,c,u,h,b,_){F._lock||(_i(n),bl(),zl(),n!=null&&_s(Ir,s,yt,kt,Q,M,null))}function yr(){A.forEach(Hd),gl(s.width,s.height,!0)}Di(tl,is,yr);const Xi={};Xi.mousedown=mr,Xi.mousemove=ur,Xi.mouseup=gr,Xi.dblclick=br,Xi.setSeries=(n,r,c,u)=>{let h=At.match[2];c=h(s,r,c),c!=-1&&Be(c,u,!0,!1)},Yt&&(Kt(Pr,E,mr),Kt(Nl,E,ur),Kt(zr,E,n=>{_i(n),vs(!1)}),Kt(Rr,E,ec),Kt(Ir,E,br),on.add(s),s.syncRect=vs);const Us=s.hooks=e.hooks||{};function Vt(n,r,c){jl?bs.push([n,r,c]):n in Us&&Us[n].forEach(u=>{u.call(null,s,r,c)})}(e.plugins||[]).forEach(n=>{for(let r in n.hooks)Us[r]=(Us[r]||[]).concat(n.hooks[r])});const $r=(n,r,c)=>c,At=Lt({key:null,setSeries:!1,filters:{pub:Jr,sub:Jr},scales:[P,w[1]?w[1].scale:null],match:[Yr,Yr,$r],values:[null,null]},F.sync);At.match.length==2&&At.match.push($r),F.sync=At;const vr=At.key,Rl=lo(vr);function _s(n,r,c,u,h,b,_){At.filters.pub(n,r,c,u,h,b,_)&&Rl.pub(n,r,c,u,h,b,_)}Rl.sub(s);function ic(n,r,c,u,h,b,_){At.filters.sub(n,r,c,u,h,b,_)&&Xi[n](null,r,c,u,h,b,_)}s.pub=ic;function sc(){Rl.unsub(s),on.delete(s),gi.clear(),sn(tl,is,yr),m.remove(),dt?.remove(),Vt("destroy")}s.destroy=sc;function Il(){Vt("init",e,t),Kn(t||e.data,!1),H[P]?Al(P,H[P]):bl(),zs=$t.show&&($t.width>0||$t.height>0),vi=we=!0,gl(e.width,e.height)}return w.forEach(Jn),A.forEach(zo),i?i instanceof HTMLElement?(i.appendChild(m),Il()):i(s,Il):Il(),s}Wt.assign=Lt;Wt.fmtNum=wn;Wt.rangeNum=el;Wt.rangeLog=al;Wt.rangeAsinh=vn;Wt.orient=Pi;Wt.pxRatio=ut;Wt.join=Pu;Wt.fmtDate=kn,Wt.tzDate=Wu;Wt.sync=lo;{Wt.addGap=Ed,Wt.clipGaps=ul;let e=Wt.paths={points:uo};e.linear=fo,e.stepped=Ld,e.bars=Dd,e.spline=Md}const Bd='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var Wd=Object.defineProperty,$e=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Wd(t,i,l),l};const Pn=class Pn extends me{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return v`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?v`<div class="empty muted">${p("common.no_data")}</div>`:v`<div class="plot" aria-hidden="true"></div>
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?p("chart.period"):p("chart.range")}</th>
            <th scope="col">${this.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${this.ys.map((i,s)=>v`<tr data-key=${this.labels[s]??String(this.xs[s])} data-value=${String(i)}>
                <th scope="row">${this.labels[s]??String(this.xs[s])}</th>
                <td>${this.formatValue(i)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const t=this.ys.reduce((i,s)=>i+s,0);return p("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const i=getComputedStyle(this),s=i.getPropertyValue("--pl-chart-color").trim()||i.getPropertyValue("--primary-color").trim()||"#03a9f4",l=i.getPropertyValue("--secondary-text-color").trim()||"#727272",a=i.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",o=`12px ${i.fontFamily||"sans-serif"}`,f=Math.max(Math.floor(t.clientWidth),200),d=this.labels,m=this.xs,$=this.formatValue,g=this.kind==="time",y=this.bucket,S=this.locale,E=g?uc(y)/2:.5,D={stroke:l,font:o,grid:{stroke:a,width:1},ticks:{stroke:a,width:1}},z=w=>g?wr(m[w]??0,y,S):d[w]??"",U={width:f,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,A,k)=>[A-E,k+E]},y:{range:(w,A,k)=>[0,k>0?k*1.1:1]}},axes:[g?{...D,splits:w=>cc(m,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,A)=>A.map(k=>wr(k,y,S))}:{...D,splits:()=>d.map((w,A)=>A),values:(w,A)=>A.map(k=>d[k]??""),gap:4},{...D,size:48,values:(w,A)=>A.map(k=>$(k))}],series:[{},{label:this.unit,stroke:s,fill:s,width:0,paths:Wt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const A=w.cursor.idx,k=A==null?void 0:this.ys[A];this.readout=k===void 0||A===null||A===void 0?"":`${z(A)}: ${$(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Wt(U,[this.xs,this.ys],t)}};Pn.styles=[ge,ac(Bd),re`
      :host {
        display: block;
        position: relative;
        min-width: 0;
      }
      .plot {
        width: 100%;
        min-height: 40px;
      }
      .empty {
        padding: 24px 0;
        text-align: center;
      }
      .uplot {
        font-family: inherit;
        width: 100% !important;
      }
      .readout {
        font-size: 0.85em;
        color: var(--secondary-text-color);
        text-align: center;
        min-height: 1.4em;
        margin-top: 4px;
      }
      .u-select {
        background: rgba(127, 127, 127, 0.15);
      }
    `];let Jt=Pn;$e([N()],Jt.prototype,"kind");$e([N()],Jt.prototype,"label");$e([N()],Jt.prototype,"unit");$e([N({attribute:!1})],Jt.prototype,"xs");$e([N({attribute:!1})],Jt.prototype,"ys");$e([N({attribute:!1})],Jt.prototype,"labels");$e([N()],Jt.prototype,"bucket");$e([N()],Jt.prototype,"locale");$e([N({attribute:!1})],Jt.prototype,"formatValue");$e([N({type:Boolean})],Jt.prototype,"dark");$e([N({type:Number})],Jt.prototype,"height");$e([oc(".plot")],Jt.prototype,"plotEl");$e([Z()],Jt.prototype,"readout");be("pl-chart",Jt);var Gd=Object.defineProperty,Cs=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Gd(t,i,l),l};const zn=class zn extends me{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=dc(this.matrix),i=Array.from({length:24},(d,m)=>m),s=pc(this.locale),l=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),a=d=>{const m=l.formatToParts(new Date(Date.UTC(2024,0,1,d))),$=Number(m.find(y=>y.type==="hour")?.value??d),g=m.find(y=>y.type==="dayPeriod")?.value;return g?`${$}${g.charAt(0).toLowerCase()}`:String($)},o=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),f=d=>o.format(new Date(Date.UTC(2024,0,1,d)));return v`<table aria-label=${this.label||p("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${i.map(d=>v`<th scope="col" abbr=${f(d)}>${d%3===0?a(d):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${fc(this.firstWeekday).map(d=>v`<tr data-weekday=${d}>
              <th scope="row">${s[d]}</th>
              ${i.map(m=>{const $=this.matrix[d]?.[m]??0,g=p("heatmap.cell",{day:s[d],from:f(m),to:f((m+1)%24),count:$});return v`<td title=${g} data-weekday=${d} data-hour=${m} data-value=${$}>
                  ${$>0?v`<span class="shade" style=${Yl({opacity:String(.15+.85*($/t))})}></span>`:""}
                  <span class="sr-only">${$}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};zn.styles=[ge,re`
      :host {
        display: block;
        overflow-x: auto;
      }
      table {
        border-collapse: separate;
        border-spacing: 2px;
        width: 100%;
        table-layout: fixed;
        min-width: 420px;
        font-size: 0.75em;
      }
      th {
        font-weight: normal;
        color: var(--pl-muted);
      }
      th[scope="row"] {
        text-align: right;
        padding-right: 6px;
        white-space: nowrap;
      }
      /* The fixed table layout takes the column widths from the first row: this cell sizes the
         weekday column. */
      td.corner {
        width: 3.2em;
        background: none;
      }
      thead th {
        text-align: center;
      }
      td {
        height: 18px;
        border-radius: 3px;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
        position: relative;
        padding: 0;
      }
      td .shade {
        position: absolute;
        inset: 0;
        border-radius: 3px;
        background: var(--pl-chart-color, var(--primary-color, #03a9f4));
      }
      .legend {
        display: flex;
        gap: 6px;
        align-items: center;
        justify-content: flex-end;
        margin-top: 6px;
        font-size: 0.8em;
      }
      .scale {
        width: 100px;
        height: 10px;
        border-radius: 5px;
        background: linear-gradient(
          to right,
          var(--secondary-background-color, rgba(127, 127, 127, 0.12)),
          var(--pl-chart-color, var(--primary-color, #03a9f4))
        );
      }
    `];let hi=zn;Cs([N()],hi.prototype,"label");Cs([N({attribute:!1})],hi.prototype,"matrix");Cs([N({type:Number})],hi.prototype,"firstWeekday");Cs([N()],hi.prototype,"locale");Cs([N({attribute:!1})],hi.prototype,"hour12");be("pl-heatmap",hi);var qd=Object.defineProperty,Dn=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&qd(t,i,l),l};const Rn=class Rn extends me{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?v`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(i=>p(i)).map(i=>v`<li class="card loading"><span class="label">${i}</span><span class="value">…</span></li>`)}
      </ul>`:v`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${hc(this.summary,t).map(i=>v`<li class="card" data-kpi=${i.id}>
          <span class="label">${i.label}</span>
          <span class="value">${i.value}</span>
          ${i.sub?v`<span class="sub">${i.sub}</span>`:""}
        </li>`)}
    </ul>`}};Rn.styles=[ge,re`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
        gap: 12px;
      }
      li {
        padding: 12px 16px;
        display: flex;
        flex-direction: column;
        gap: 2px;
        min-height: 86px;
      }
      .label {
        font-size: 0.85em;
        color: var(--pl-muted);
      }
      .value {
        font-size: 1.6em;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .sub {
        font-size: 0.8em;
        color: var(--pl-muted);
      }
      .loading .value {
        opacity: 0.4;
      }
      @media (max-width: 600px) {
        ul {
          grid-template-columns: repeat(2, 1fr);
          gap: 8px;
        }
        li {
          padding: 10px 12px;
        }
        .value {
          font-size: 1.3em;
        }
      }
    `];let os=Rn;Dn([N({attribute:!1})],os.prototype,"summary");Dn([N({attribute:!1})],os.prototype,"options");Dn([N({type:Boolean})],os.prototype,"loading");be("pl-kpis",os);var Jd=Object.defineProperty,Ne=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Jd(t,i,l),l};function un(e){const t=e?.points??[],[i,s]=wc(t),l=[...t].sort((a,o)=>a.bucket<o.bucket?-1:1).map(a=>a.bucket);return{xs:i,ys:s,labels:l}}const ba=un(void 0),Yd=[],Kd=Kl.map((e,t)=>t),In=class In extends me{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=ba,this.hoursSeries=ba,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const i=t.get("data");(!i||i.jobs!==this.data.jobs)&&(this.jobsSeries=un(this.data.jobs)),(!i||i.hours!==this.data.hours)&&(this.hoursSeries=un(this.data.hours))}if(t.has("options")){const i=this.options;i&&(this.formatInt=s=>Li(s,i),this.formatHours=s=>Li(s,i,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return mc(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const i=++this.token,s=this.scope(),l=this.bucket;this.loading=!0,this.error="";const a=()=>i===this.token,o=$=>{a()&&(this.data={...this.data,...$})},f=[t.summary(s).then($=>o({summary:$})),t.timeseries(s,l,"jobs").then($=>o({jobs:$})),t.timeseries(s,l,"hours").then($=>o({hours:$})),t.breakdown(s,"filament_type").then($=>o({filamentType:$})),t.breakdown(s,"filament_colour").then($=>o({filamentColour:$})),t.breakdown(s,"printer").then($=>o({printer:$})),t.breakdown(s,"status").then($=>o({status:$})),this.histogram(t,s).then($=>o({histogram:$})),t.breakdown(s,"weekday_hour").then($=>o({heatmap:gc($.rows)}))],d=await Promise.allSettled(f);if(!a())return;const m=d.find($=>$.status==="rejected");m&&(this.error=Ae(m.reason)),this.loading=!1}async histogram(t,i){return(await Promise.all(Kl.map(l=>t.listJobs({...i,statuses:[...mn],min_duration:l.min,...l.max!==void 0?{max_duration:l.max}:{},limit:1})))).map(l=>l.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=Kl.map(i=>bc(i,t))),this.binLabelsCache}change(t,i){t==="period"&&yc(i)?(this.period=i,this.bucket=$c(i)):t==="printer"?this.printer=i:t==="bucket"&&(i==="day"||i==="week"||i==="month"||i==="year")&&(this.bucket=i),this.load()}render(){const t=this.options;if(!t)return B;const i=this.data,s=this.jobsSeries,l=this.hoursSeries,a=this.formatInt,o=this.formatHours,f=i.jobs?.bucket??this.bucket;return v`
      <div class="selectors" role="group" aria-label=${p("analytics.selection")}>
        <label
          >${p("analytics.period")}
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${vc.map(d=>v`<option value=${d.id} ?selected=${d.id===this.period}>${_c(d.id)}</option>`)}
          </select>
        </label>
        <label
          >${p("common.printer")}
          <select name="printer" @change=${d=>this.change("printer",d.target.value)}>
            <option value="" ?selected=${!this.printer}>${p("common.all_printers")}</option>
            ${this.printers.map(d=>v`<option value=${d.id} ?selected=${d.id===this.printer}>${d.name}</option>`)}
          </select>
        </label>
        <label
          >${p("analytics.group_by")}
          <select name="bucket" @change=${d=>this.change("bucket",d.target.value)}>
            ${["day","week","month","year"].map(d=>v`<option value=${d} ?selected=${d===this.bucket}>${p(`bucket.${d}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${jt(fn)} ${p("common.refresh")}</button>
      </div>
      ${this.error?v`<div class="error-banner" role="alert">
            <span>${p("analytics.load_error",{error:this.error})}</span>
          </div>`:B}
      ${f!==this.bucket?v`<p class="bucket-note" role="status">
            ${p("analytics.bucket_note",{shown:p(`bucket_per.${f}`),bucket:p(`bucket_many.${this.bucket}`)})}
          </p>`:B}
      <pl-kpis .summary=${i.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${p(`analytics.jobs_per.${f}`)}</h2>
          <pl-chart
            label=${p(`analytics.jobs_per.${f}`)}
            unit=${p("analytics.unit_jobs")}
            .xs=${s.xs}
            .ys=${s.ys}
            .labels=${s.labels}
            .bucket=${f}
            .locale=${t.dateLocale}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${p(`analytics.hours_per.${f}`)}</h2>
          <pl-chart
            label=${p(`analytics.hours_per.${f}`)}
            unit=${p("analytics.unit_hours")}
            .xs=${l.xs}
            .ys=${l.ys}
            .labels=${l.labels}
            .bucket=${f}
            .locale=${t.dateLocale}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${p("analytics.filament_type")}</h2>
          <pl-bars
            label=${p("analytics.filament_type_label")}
            .items=${Hs(xr(i.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${p("analytics.filament_colour")}</h2>
          <pl-bars
            label=${p("analytics.filament_colour_label")}
            .items=${Hs(xr(i.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="printer">
          <h2>${p("analytics.success_printer")}</h2>
          <pl-bars label=${p("analytics.success_printer")} .max=${100} .items=${Hs(i.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${p("analytics.outcome")}</h2>
          <pl-bars
            label=${p("analytics.outcome")}
            .items=${Hs((i.status?.rows??[]).map(d=>({...d,label:Qs(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${p("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${p("analytics.duration_label")}
            unit=${p("analytics.unit_jobs")}
            .xs=${Kd}
            .ys=${i.histogram??Yd}
            .labels=${this.binLabels(t)}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${p("analytics.heatmap")}</h2>
          <pl-heatmap
            .matrix=${i.heatmap??[]}
            .firstWeekday=${t.firstWeekday}
            .locale=${t.dateLocale}
            .hour12=${t.hour12}
          ></pl-heatmap>
        </section>
      </div>
    `}};In.styles=[ge,re`
      :host {
        display: block;
      }
      .selectors {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: end;
        margin-bottom: 16px;
      }
      .selectors label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        font-size: 0.85em;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
        gap: 16px;
        margin-top: 16px;
      }
      .panel {
        padding: 12px 16px 16px;
        min-width: 0;
      }
      .panel.full {
        grid-column: 1 / -1;
      }
      h2 {
        margin: 0 0 12px;
        font-size: 1rem;
        font-weight: 500;
      }
    `];let ne=In;Ne([N({attribute:!1})],ne.prototype,"api");Ne([N({attribute:!1})],ne.prototype,"options");Ne([N({attribute:!1})],ne.prototype,"printers");Ne([N({type:Boolean})],ne.prototype,"dark");Ne([N({type:Boolean})],ne.prototype,"active");Ne([Z()],ne.prototype,"period");Ne([Z()],ne.prototype,"printer");Ne([Z()],ne.prototype,"bucket");Ne([Z()],ne.prototype,"data");Ne([Z()],ne.prototype,"loading");Ne([Z()],ne.prototype,"error");be("pl-analytics-view",ne);let Cn,Gl;function bo(){return Cn}function yo(e){return Gl??=e.limits().then(t=>Cn=t).catch(()=>{Gl=void 0}),Gl}function $o(e,t,i,s=Cn){const l=s?.numbers[e];return l?t<l.min||t>l.max?p("form.range",{field:i,min:String(l.min),max:String(l.max)}):"":t<0?p("form.positive",{field:i}):""}const Zd=4e3;class Qd{constructor(t,i){this.host=t,this.list=i,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},Zd),this.changed()}async save(t,i){const s=this.host.api;if(!s)return!1;if(!Object.keys(i).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const l=await s.updateJob(t.id,i);return this.list.applyJob(l),this.notify(p("jobs.saved",{file:Ye(t.filename)})),!0}catch(l){return this.editError=Ae(l),this.notify(p("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,i){await this.save(t,i)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const i=this.confirmJobs.map(s=>s.id);this.deleting=!0,this.deleteError="",this.changed();try{const s=await t.deleteJobs(i),l=new Set(i);l.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(l,s),this.notify(p("jobs.deleted",{count:s}))}catch(s){this.deleteError=Ae(s)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const i=this.host.api;if(i){this.addBusy=!0,this.addError="",this.changed();try{const s=await i.createJob(t);this.adding=!1,this.notify(p("jobs.added",{file:Ye(s.filename)})),await this.list.reload()}catch(s){this.addError=Ae(s),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(xc(s))}finally{this.addBusy=!1,this.changed()}}}}const ya={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:""},vo=[{value:"",get label(){return p("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(e=>({value:e,get label(){return e==="failed"?p("filter.failed_any"):Qs(e)},statuses:e==="failed"?[...Lr]:[e]})),...Lr.map(e=>({value:`only:${e}`,get label(){return`— ${Qs(e)}`},statuses:[e]}))];function Xd(e,t){const i={};e.printer&&(i.printer_ids=[e.printer]);const s=vo.find(o=>o.value===e.status)?.statuses??[];s.length&&(i.statuses=[...s]);const l=e.since?Zl(e.since,"00:00",t):void 0;if(l&&(i.since=l),e.until){const o=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(o.getTime())){o.setUTCDate(o.getUTCDate()+1);const f=Zl(o.toISOString().slice(0,10),"00:00",t);f&&(i.until=f)}}e.q.trim()&&(i.q=e.q.trim()),e.filament.trim()&&(i.filament_type=e.filament.trim());const a=Xs(e.tags);return a.length&&(i.tags=a),i}function tp(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),t}const dn=e=>e.target.value;function ep(e){const{list:t,changes:i,admin:s}=e,l=t.activeFilters;return v`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${p("jobs.search")}
      aria-label=${p("jobs.search")}
      .value=${t.filters.q}
      @input=${a=>t.setFilter("q",dn(a),!0)}
    />
    <button class="btn" aria-expanded=${e.showFilters?"true":"false"} aria-controls="filters" @click=${e.toggleFilters}>
      ${jt(kc)} ${l?p("jobs.filters_n",{n:l}):p("jobs.filters")}
    </button>
    <span class="spacer"></span>
    ${s&&t.selected.size?v`<button class="btn danger" @click=${()=>i.askDelete(t.selectedJobs)}>
          ${jt(hn)} ${p("jobs.delete_n",{n:t.selected.size})}
        </button>`:B}
    ${s?v`<button class="btn primary" @click=${()=>i.openAdd()} ?disabled=${!e.printers.length}>
          ${jt(Sc)} ${p("jobs.add")}
        </button>`:B}
  </div>`}function ip(e,t){const i=e.filters,s=a=>o=>e.setFilter(a,dn(o)),l=a=>o=>e.setFilter(a,dn(o),!0);return v`<div class="filters card" id="filters">
    <label
      >${p("common.printer")}
      <select name="printer" @change=${s("printer")}>
        <option value="" ?selected=${!i.printer}>${p("common.all_printers")}</option>
        ${t.map(a=>v`<option value=${a.id} ?selected=${a.id===i.printer}>${a.name}</option>`)}
      </select>
    </label>
    <label
      >${p("column.status")}
      <select name="status" @change=${s("status")}>
        ${vo.map(a=>v`<option value=${a.value} ?selected=${a.value===i.status}>${a.label}</option>`)}
      </select>
    </label>
    <label>${p("jobs.from")} <input name="since" type="date" .value=${i.since} @change=${s("since")} /></label>
    <label>${p("jobs.to")} <input name="until" type="date" .value=${i.until} @change=${s("until")} /></label>
    <label
      >${p("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${i.filament} @input=${l("filament")} />
      <datalist id="filament-types">${e.filamentTypes.map(a=>v`<option value=${a}></option>`)}</datalist>
    </label>
    <label
      >${p("jobs.tags_filter")}
      <input name="tags" .value=${i.tags} @input=${l("tags")} />
    </label>
    <button class="btn clear" @click=${()=>e.clearFilters()}>${p("jobs.clear_filters")}</button>
  </div>`}const sp=[25,50,100,200],lp=300,np=1500,rp=["filename","printer","status"];class ap{constructor(t,i,s){this.host=t,this.timeZone=i,this.listHeld=s,this.filters={...ya},this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.selected=new Set,this.filamentTypes=[],this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return Xd(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const i=++this.listToken;this.loading=!0,this.error="",this.changed();try{const s=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(i!==this.listToken)return;this.jobs=s.jobs,this.total=s.total,this.nextCursor=s.next_cursor,this.loaded=!0}catch(s){i===this.listToken&&(this.error=Ae(s))}finally{i===this.listToken&&(this.loading=!1),this.changed()}}async loadSummary(){const t=this.host.api;if(!t)return;const i=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const s=await t.summary(tp(this.params()));i===this.summaryToken&&(this.summary=s)}catch(s){i===this.summaryToken&&(this.error||=Ae(s))}finally{i===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const i=await t.breakdown({},"filament_type");this.filamentTypes=i.rows.map(s=>s.label??(s.key===null?"":String(s.key))).filter(s=>s).sort((s,l)=>s.localeCompare(l)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const i=this.pendingList;this.pendingList=!1,i&&!this.listHeld()&&this.loadPage(),this.loadSummary()},np)}setFilter(t,i,s=!1){this.filters={...this.filters,[t]:i},this.changed(),clearTimeout(this.searchTimer),s?this.searchTimer=setTimeout(()=>{this.reload()},lp):this.reload()}clearFilters(){this.filters={...ya},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,i])=>t!=="q"&&i).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=rp.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(i=>i.id===t.id)?(this.jobs=this.jobs.map(i=>i.id===t.id?{...i,...op(t)}:i),this.changed(),!0):!1}dropJob(t){this.jobs.some(i=>i.id===t)&&(this.jobs=this.jobs.filter(i=>i.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,i){this.jobs=this.jobs.filter(s=>!t.has(s.id)),this.total=Math.max(this.total-i,0),this.selected=new Set([...this.selected].filter(s=>!t.has(s))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,i){const s=new Set(this.selected);i?s.add(t):s.delete(t),this.selected=s,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(i=>i.id)):new Set,this.changed()}}function op(e){const{details:t,events:i,metadata:s,...l}=e;return l}const cp=re`
  :host {
    display: block;
  }
  section {
    margin-bottom: 16px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin: 16px 0 8px;
  }
  .toolbar .search {
    flex: 1 1 220px;
    min-width: 160px;
  }
  .toolbar .spacer {
    flex: 1;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(170px, 1fr));
    gap: 8px 12px;
    padding: 12px;
    margin-bottom: 8px;
  }
  .filters label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 0.85em;
  }
  .filters .clear {
    align-self: end;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.92em;
  }
  th,
  td {
    text-align: left;
    padding: 6px 8px;
    border-bottom: var(--pl-border);
    vertical-align: middle;
  }
  thead th {
    font-weight: 500;
    color: var(--pl-muted);
    white-space: nowrap;
    position: sticky;
    top: 0;
    background: var(--pl-surface);
    z-index: 1;
  }
  th button.sort {
    border: none;
    background: none;
    padding: 4px 0;
    cursor: pointer;
    font-weight: 500;
    color: inherit;
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  th[aria-sort] button.sort {
    color: var(--primary-text-color);
  }
  tbody tr:hover {
    background: rgba(127, 127, 127, 0.06);
  }
  tbody tr.selected {
    background: rgba(3, 169, 244, 0.08);
  }
  .file {
    border: none;
    background: none;
    padding: 0;
    color: var(--primary-color);
    cursor: pointer;
    text-align: left;
    min-width: 12ch;
    max-width: 320px;
    overflow-wrap: break-word;
    word-break: break-word;
    font: inherit;
  }
  .file:hover {
    text-decoration: underline;
  }
  .notes {
    max-width: 220px;
    min-width: 10ch;
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow-wrap: anywhere;
  }
  td.notes {
    display: table-cell;
  }
  td.notes > span {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .num {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  td.actions {
    white-space: nowrap;
    text-align: right;
  }
  .editor-row td {
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.06));
    padding: 12px;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 8px;
    padding: 8px 0;
    flex-wrap: wrap;
  }
  .pager label {
    font-size: 0.85em;
    display: flex;
    gap: 6px;
    align-items: center;
  }
  .empty {
    padding: 32px;
    text-align: center;
  }
  .message {
    position: fixed;
    bottom: 16px;
    left: 50%;
    transform: translateX(-50%);
    background: var(--primary-text-color, #333);
    color: var(--primary-background-color, #fff);
    padding: 10px 16px;
    border-radius: 8px;
    z-index: 10;
    max-width: 90vw;
  }
  ul.cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  ul.cards li {
    padding: 10px 12px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  ul.cards .head {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    align-items: flex-start;
  }
  ul.cards .line {
    font-size: 0.85em;
    color: var(--pl-muted);
  }
  ul.cards .row-actions {
    display: flex;
    gap: 4px;
    justify-content: flex-end;
    align-items: center;
  }
  .confirm-list {
    margin: 8px 0;
    padding-left: 20px;
    max-height: 200px;
    overflow: auto;
    overflow-wrap: anywhere;
  }
  .loading-bar {
    height: 3px;
    background: linear-gradient(90deg, transparent, var(--primary-color, #03a9f4), transparent);
    background-size: 200% 100%;
    animation: slide 1.2s linear infinite;
  }
  @keyframes slide {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .loading-bar {
      animation: none;
    }
  }
`;const $a=(e,t,i)=>{const s=new Map;for(let l=t;l<=i;l++)s.set(e[l],l);return s},_o=xa(class extends ka{constructor(e){if(super(e),e.type!==Tc.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,i){let s;i===void 0?i=t:t!==void 0&&(s=t);const l=[],a=[];let o=0;for(const f of e)l[o]=s?s(f,o):o,a[o]=i(f,o),o++;return{values:a,keys:l}}render(e,t,i){return this.dt(e,t,i).values}update(e,[t,i,s]){const l=Bc(e),{values:a,keys:o}=this.dt(t,i,s);if(!Array.isArray(l))return this.ut=o,a;const f=this.ut??=[],d=[];let m,$,g=0,y=l.length-1,S=0,E=a.length-1;for(;g<=y&&S<=E;)if(l[g]===null)g++;else if(l[y]===null)y--;else if(f[g]===o[S])d[S]=Ti(l[g],a[S]),g++,S++;else if(f[y]===o[E])d[E]=Ti(l[y],a[E]),y--,E--;else if(f[g]===o[E])d[E]=Ti(l[g],a[E]),ws(e,d[E+1],l[g]),g++,E--;else if(f[y]===o[S])d[S]=Ti(l[y],a[S]),ws(e,l[g],l[y]),y--,S++;else if(m===void 0&&(m=$a(o,S,E),$=$a(f,g,y)),m.has(f[g]))if(m.has(f[y])){const D=$.get(o[S]),z=D!==void 0?l[D]:null;if(z===null){const U=ws(e,l[g]);Ti(U,a[S]),d[S]=U}else d[S]=Ti(z,a[S]),ws(e,l[g],z),l[D]=null;S++}else Fl(l[y]),y--;else Fl(l[g]),g++;for(;S<=E;){const D=ws(e,d[E+1]);Ti(D,a[S]),d[S++]=D}for(;g<=y;){const D=l[g++];D!==null&&Fl(D)}return this.ut=o,Aa(e,d),Ec}}),va=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function up(e){const{list:t,changes:i,admin:s}=e,l=va.length+(s?2:0);return v`<div class="table-wrap">
    <table aria-label=${p("jobs.print_jobs")} aria-busy=${t.loading?"true":"false"} aria-rowcount=${t.total+1}>
      <thead>
        <tr>
          ${s?v`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${p("jobs.select_all")}
                  .checked=${t.allSelected}
                  @change=${a=>t.toggleAll(a.target.checked)}
                />
              </th>`:B}
          ${va.map(a=>dp(t,a))}
          ${s?v`<th scope="col"><span class="sr-only">${p("jobs.actions")}</span></th>`:B}
        </tr>
      </thead>
      <tbody>
        ${_o(t.jobs,a=>a.id,a=>v`${pp(e,a)}
          ${i.editingId===a.id?v`<tr class="editor-row">
                <td colspan=${l}>${ko(i,a)}</td>
              </tr>`:B}`)}
        ${t.loaded&&!t.jobs.length?v`<tr>
              <td class="empty muted" colspan=${l}>${p("jobs.no_match")}</td>
            </tr>`:B}
      </tbody>
    </table>
  </div>`}function dp(e,t){const i=t.sort&&t.sort===e.sort,s=i?e.order==="asc"?"ascending":"descending":void 0;return v`<th scope="col" aria-sort=${s??B}>
    ${t.sort?v`<button class="sort" @click=${()=>e.sortBy(t.sort)}>
          ${p(t.label)}<span aria-hidden="true">${i?e.order==="asc"?"▲":"▼":""}</span>
        </button>`:p(t.label)}
  </th>`}function pp(e,t){const{list:i,changes:s,admin:l,options:a}=e,o=Zs(t.filament_colour);return v`<tr data-job-id=${t.id} class=${i.selected.has(t.id)?"selected":""}>
    ${l?v`<td>
          <input
            type="checkbox"
            aria-label=${p("jobs.select",{file:Ye(t.filename)})}
            .checked=${i.selected.has(t.id)}
            @change=${f=>i.toggleSelected(t.id,f.target.checked)}
          />
        </td>`:B}
    <td>${wo(s,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${ll(t.status)}</td>
    <td class="num" data-col="start" title=${pi(t.start,a)}>${pi(t.start,a,!1)}</td>
    <td class="num" data-col="print_duration">${ti(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${o?v`<span class="swatch" style=${`background:${o}`}></span>`:B}
      ${nl(t.filament_weight_g,t.filament_used_mm,a)}
      <span class="muted">${t.filament_type??""}</span>
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${t.rating}
        .subject=${Ye(t.filename)}
        ?readonly=${!l}
        ?disabled=${s.savingId===t.id}
        @value-changed=${f=>s.save(t,{rating:f.detail.value})}
      ></pl-rating>
    </td>
    <td data-col="tags">${t.tags.map(f=>v`<span class="tag">${f}</span>`)}</td>
    <td class="notes" data-col="notes" title=${t.notes??""}>
      <span>${t.failure_reason?v`<strong class="status-error">${t.failure_reason}</strong> `:B}${t.notes??""}</span>
    </td>
    ${l?v`<td class="actions">${xo(s,t)}</td>`:B}
  </tr>`}function wo(e,t){return v`<button class="file" data-col="filename" @click=${()=>e.showJob(t.id)} aria-haspopup="dialog">
    ${Ds(t.filename)}
  </button>`}function xo(e,t){return v`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${p("jobs.edit",{file:Ye(t.filename)})}
      aria-expanded=${e.editingId===t.id?"true":"false"}
      @click=${()=>e.toggleEditor(t)}
    >
      ${jt(Ea)}
    </button>
    <button class="icon-btn" aria-label=${p("jobs.delete",{file:Ye(t.filename)})} @click=${()=>e.askDelete([t])}>
      ${jt(hn)}
    </button>`}function ko(e,t){return v`<pl-job-editor
    .job=${t}
    .busy=${e.savingId===t.id}
    .error=${e.editError}
    @save=${i=>e.saveEditor(t,i.detail.changes)}
    @cancel=${()=>e.closeEditor(t.id)}
  ></pl-job-editor>`}function fp(e){const{list:t,changes:i,admin:s,options:l}=e;return t.loaded&&!t.jobs.length?v`<div class="empty muted">${p("jobs.no_match")}</div>`:v`<ul class="cards" aria-label=${p("jobs.print_jobs")}>
    ${_o(t.jobs,a=>a.id,a=>v`<li class="card" data-job-id=${a.id}>
        <div class="head">${wo(i,a)} ${ll(a.status)}</div>
        <div class="line">
          ${a.printer_name} · ${pi(a.start,l)} · ${ti(a.print_duration)} ·
          ${nl(a.filament_weight_g,a.filament_used_mm,l)}
        </div>
        ${a.tags.length?v`<div>${a.tags.map(o=>v`<span class="tag">${o}</span>`)}</div>`:B}
        ${a.notes?v`<div class="notes" data-col="notes">${a.notes}</div>`:B}
        <div class="row-actions">
          <pl-rating
            .value=${a.rating}
            .subject=${Ye(a.filename)}
            ?readonly=${!s}
            @value-changed=${o=>i.save(a,{rating:o.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${s?xo(i,a):B}
        </div>
        ${i.editingId===a.id?ko(i,a):B}
      </li>`)}
  </ul>`}function hp(e){const t=e.page*e.limit+(e.jobs.length?1:0),i=e.page*e.limit+e.jobs.length;return v`<nav class="pager" aria-label=${p("jobs.pages")}>
    <label
      >${p("jobs.rows_per_page")}
      <select @change=${s=>e.setLimit(Number(s.target.value))}>
        ${sp.map(s=>v`<option value=${s} ?selected=${s===e.limit}>${s}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${e.total}>${p("jobs.range",{first:t,last:i,total:e.total})}</span>
    <button class="icon-btn" aria-label=${p("jobs.previous_page")} ?disabled=${e.page===0||e.loading} @click=${()=>e.prevPage()}>
      ${jt(Sa)}
    </button>
    <button class="icon-btn" aria-label=${p("jobs.next_page")} ?disabled=${!e.nextCursor||e.loading} @click=${()=>e.nextPage()}>
      ${jt(Ta)}
    </button>
  </nav>`}const _a=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function qs(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function mp(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(e).filter(([l,a])=>!t.has(l)&&a!==null&&a!==""),s=l=>{const a=_a.indexOf(l);return a<0?_a.length:a};return i.sort(([l],[a])=>s(l)-s(a)||l.localeCompare(a))}function pn(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function gp(e,t){const i={},s=t.notes?.trim()?t.notes:null;(e.notes||null)!==s&&(i.notes=s??""),(e.rating??null)!==t.rating&&(i.rating=t.rating);const l=t.tags;(l.length!==e.tags.length||l.some((o,f)=>o!==e.tags[f]))&&(i.tags=l);const a=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==a&&(i.failure_reason=a),(e.cost??null)!==t.cost&&(i.cost=t.cost),i}function bp(e,t,i=bo(),s=new Date){const l={};e.printer_id||(l.printer_id=p("form.choose_printer"));const a=e.filename.trim();a||(l.filename=p("form.enter_filename")),mn.includes(e.status)||(l.status=p("form.choose_status"));const o=Zl(e.start_date,e.start_time||"00:00",t);if(!o)l.start=p("form.enter_start");else if(i){const w=Date.parse(o);w>s.getTime()+i.job_time.future_tolerance*1e3?l.start=p("form.start_future"):w<Date.parse(i.job_time.earliest)&&(l.start=p("form.start_before",{date:i.job_time.earliest.slice(0,10)}))}const f=(w,A,k)=>{if(!w.trim())return;const G=Number(w);if(!Number.isFinite(G)||G<0){l[A]=p("form.positive",{field:k});return}return G},d=f(e.hours,"duration",p("form.hours"))??0,m=f(e.minutes,"duration",p("form.minutes"))??0,$=f(e.filament_g,"filament_g",p("form.filament_weight")),g=f(e.filament_m,"filament_m",p("form.filament_length")),y=f(e.cost,"cost",p("kpi.cost")),S=(w,A,k,G)=>{const P=A===void 0||l[k]?"":$o(w,A,G,i);P&&(l[k]=P)};S("print_duration",d*3600+m*60,"duration",p("form.print_time_s")),S("filament_weight_g",$,"filament_g",p("form.filament_weight")),S("filament_used_mm",g===void 0?void 0:g*1e3,"filament_m",p("form.filament_length_mm")),S("cost",y,"cost",p("kpi.cost"));const E=i?.tags.max_length;if(E&&Xs(e.tags).some(w=>w.length>E)&&(l.tags=p("form.tag_length",{count:E})),Object.keys(l).length||!o)return{errors:l};const D=Math.round(d*3600+m*60),z={printer_id:e.printer_id,filename:a,status:e.status,start:o,print_duration:D};D>0&&(z.end=new Date(Date.parse(o)+D*1e3).toISOString()),$!==void 0&&(z.filament_weight_g=$),g!==void 0&&(z.filament_used_mm=g*1e3),e.filament_type.trim()&&(z.filament_type=e.filament_type.trim()),y!==void 0&&(z.cost=y);const U=Xs(e.tags);return U.length&&(z.tags=U),e.notes.trim()&&(z.notes=e.notes),e.failure_reason.trim()&&(z.failure_reason=e.failure_reason.trim()),e.rating&&(z.rating=e.rating),{job:z,errors:l}}const So=re`
  form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(var(--pl-form-column, 200px), 1fr));
    gap: 12px;
  }
  label,
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 0.9em;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .actions {
    grid-column: 1 / -1;
    display: flex;
    gap: 8px;
    justify-content: flex-end;
    align-items: center;
    flex-wrap: wrap;
  }
  .form-error {
    color: var(--pl-error);
    margin-right: auto;
  }
`;function To(e){return v`<input
    name="cost"
    type="number"
    min="0"
    max=${bo()?.numbers.cost?.max??B}
    step="0.01"
    inputmode="decimal"
    .value=${e.value}
    @input=${e.onInput}
    aria-invalid=${e.invalid===void 0?B:e.invalid?"true":"false"}
    aria-describedby=${e.describedBy??B}
  />`}function Eo(e,t,i,s){return v`<div class="actions">
    ${t?v`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>je(e,"cancel")}>${p("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${i}>${s}</button>
  </div>`}var yp=Object.defineProperty,hl=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&yp(t,i,l),l};const Fn=class Fn extends me{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const s=this.value?p("rating.rated",{n:this.value}):p("rating.none");return v`<span role="img" aria-label=${s} title=${s}
        >${[1,2,3,4,5].map(l=>v`<span class=${l<=t?"":"empty"}>${jt(l<=t?kr:Sr)}</span>`)}</span
      >`}const i=this.subject?p("rating.of",{subject:this.subject}):p("rating.rating");return v`<span role="group" aria-label=${i}
      >${[1,2,3,4,5].map(s=>v`<button
            type="button"
            class=${s<=t?"":"empty"}
            aria-label=${p("rating.stars",{count:s})}
            aria-pressed=${s===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(s)}
          >
            ${jt(s<=t?kr:Sr)}
          </button>`)}</span
    >`}choose(t){const i=t===this.value?null:t;this.value=i,je(this,"value-changed",{value:i})}};Fn.styles=[ge,re`
      :host {
        display: inline-flex;
        color: var(--pl-rating-color, #f9a825);
        white-space: nowrap;
      }
      button {
        border: none;
        background: none;
        padding: 0;
        width: 22px;
        height: 26px;
        cursor: pointer;
        color: inherit;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        border-radius: 4px;
      }
      button[disabled] {
        cursor: default;
        opacity: 0.6;
      }
      svg.icon {
        width: 18px;
        height: 18px;
      }
      .empty {
        color: var(--disabled-text-color, #bdbdbd);
      }
    `];let Mi=Fn;hl([N({type:Number})],Mi.prototype,"value");hl([N({type:Boolean})],Mi.prototype,"readonly");hl([N({type:Boolean})],Mi.prototype,"disabled");hl([N()],Mi.prototype,"subject");be("pl-rating",Mi);var $p=Object.defineProperty,mi=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&$p(t,i,l),l};const On=class On extends me{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return v``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return v`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >${p("column.notes")}
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${i=>this.notes=i.target.value}
        ></textarea>
      </label>
      <div class="field">
        <span id="rating-label">${p("rating.rating")}</span>
        <pl-rating
          .value=${this.rating}
          .subject=${Ye(this.job.filename)}
          @value-changed=${i=>this.rating=i.detail.value}
        ></pl-rating>
      </div>
      <label
        >${p("form.tags")}
        <input
          name="tags"
          .value=${this.tags}
          @input=${i=>this.tags=i.target.value}
        />
      </label>
      <label
        >${t?p("detail.failure_reason"):p("form.failure_reason_failed")}
        <input
          name="failure_reason"
          .value=${this.reason}
          @input=${i=>this.reason=i.target.value}
        />
      </label>
      <label
        >${p("kpi.cost")}
        ${To({value:this.cost,onInput:i=>this.cost=i.target.value})}
      </label>
      ${Eo(this,this.error,this.busy,p("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),je(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const i=this.cost.trim(),s=i===""?null:Number(i);if(s!==null&&(!Number.isFinite(s)||s<0)){this.error=p("form.positive",{field:p("kpi.cost")});return}const l=s===null?"":$o("cost",s,p("kpi.cost"));if(l){this.error=l;return}const a=gp(this.job,{notes:this.notes,rating:this.rating,tags:Xs(this.tags),failure_reason:this.reason,cost:s});je(this,"save",{changes:a})}};On.styles=[ge,So,re`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let Oe=On;mi([N({attribute:!1})],Oe.prototype,"job");mi([N({type:Boolean})],Oe.prototype,"busy");mi([N()],Oe.prototype,"error");mi([Z()],Oe.prototype,"notes");mi([Z()],Oe.prototype,"rating");mi([Z()],Oe.prototype,"tags");mi([Z()],Oe.prototype,"reason");mi([Z()],Oe.prototype,"cost");be("pl-job-editor",Oe);var vp=Object.defineProperty,Le=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&vp(t,i,l),l};const Nn=class Nn extends me{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&yo(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const s=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=s,s.has_thumbnail){this.thumbnailState="loading";try{const l=await t.thumbnail(s.id);if(i!==this.loadToken)return;l?(this.thumbnailUrl=URL.createObjectURL(l),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(s){i===this.loadToken&&(this.error=Ae(s))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return v`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${p("common.retry")}</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return v`<p class="muted" aria-busy="true">${p("common.loading")}</p>`;const s=Zs(t.filament_colour);return v`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?v`<img src=${this.thumbnailUrl??""} alt=${p("detail.thumbnail_of",{file:Ye(t.filename)})} />`:v`<span class="muted"
                >${this.thumbnailState==="loading"?p("common.loading"):this.thumbnailState==="error"?p("detail.thumbnail_unavailable"):p("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${Ds(t.filename)}</div>
          <p>${ll(t.status)} <span class="muted">${wa("source",t.source)}</span></p>
          <dl>
            <dt>${p("common.printer")}</dt>
            <dd>${t.printer_name}</dd>
            <dt>${p("detail.job_id")}</dt>
            <dd class="job-id">
              <code>${t.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label=${p("detail.copy_id")}
                title=${p("detail.copy_id_title")}
                @click=${()=>{this.copyId(t.id)}}
              >
                ${this.copied?p("detail.copied"):p("detail.copy")}
              </button>
            </dd>
            <dt>${p("column.started")}</dt>
            <dd>${pi(t.start,i)}</dd>
            <dt>${p("detail.ended")}</dt>
            <dd>${pi(t.end,i)}</dd>
            <dt>${p("kpi.print_time")}</dt>
            <dd>
              ${ti(t.print_duration)}
              ${t.estimated_time?v`<span class="muted">(${p("detail.estimated",{time:ti(t.estimated_time)})})</span>`:B}
            </dd>
            <dt>${p("detail.total_time")}</dt>
            <dd>${ti(t.total_duration)}</dd>
            ${t.pause_count?v`<dt>${p("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${ti(t.paused_duration)})</dd>`:B}
            <dt>${p("kpi.filament")}</dt>
            <dd>
              ${s?v`<span class="swatch" style=${`background:${s}`}></span>`:B}
              ${nl(t.filament_weight_g,t.filament_used_mm,i)}
              ${t.filament_type??""}
              <span class="muted">${Li(t.filament_used_mm/1e3,i,2)} m</span>
            </dd>
            <dt>${p("kpi.cost")}</dt>
            <dd>${ja(t.cost,i)}</dd>
            ${t.error_message?v`<dt>${p("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:B}
          </dl>
        </div>
      </div>

      <h3>${p("detail.notes_rating")}</h3>
      ${this.editing?v`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:v`<dl>
              <dt>${p("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${p("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(l=>v`<span class="tag">${l}</span>`):"—"}</dd>
              <dt>${p("detail.failure_reason")}</dt>
              <dd>${t.failure_reason||"—"}</dd>
              <dt>${p("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${t.file_id?v`<div class="actions">
                  <button class="btn" @click=${()=>je(this,"show-file",{fileId:t.file_id})}>
                    ${p("files.open_record")}
                  </button>
                  ${this.admin?v`<button
                        class="btn"
                        @click=${()=>je(this,"print-again",{filename:t.filename,printerId:t.printer_id})}
                      >
                        ${jt(Ql)} ${p("reprint.action")}
                      </button>`:B}
                </div>`:B}
            ${this.admin?v`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${jt(Ea)} ${p("common.edit")}</button>
                  <button class="btn danger" @click=${()=>je(this,"delete-jobs",{jobs:[t]})}>
                    ${jt(hn)} ${p("common.delete")}
                  </button>
                </div>`:B}`}

      <h3>${p("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${p("detail.timeline")}</h3>
      ${t.events.length?v`<ol class="timeline">
            ${t.events.map(l=>v`<li>
                <strong>${wa("event",l.type)}</strong>
                <span class="muted">${pi(l.at,i)}</span>
                ${l.data&&Object.keys(l.data).length?v`<div class="muted">
                      ${Object.entries(l.data).map(([a,o])=>v`<span>${pn(a)}: ${qs(o)}</span> `)}
                    </div>`:B}
              </li>`)}
          </ol>`:v`<p class="muted">${p("detail.no_events")}</p>`}

      <h3>${p("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?v`<details>
            <summary>${p("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([l,a])=>v`<tr>
                    <th scope="row">${l}</th>
                    <td><pre>${qs(a)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:v`<p class="muted">${p("detail.no_metadata")}</p>`}
    `}renderDetails(t){const i=mp(t.details);return i.length?v`<table>
      <tbody>
        ${i.map(([s,l])=>v`<tr>
            <th scope="row">${pn(s)}</th>
            <td>${typeof l=="object"?v`<pre>${qs(l)}</pre>`:qs(l)}</td>
          </tr>`)}
      </tbody>
    </table>`:v`<p class="muted">${p("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const i=this.renderRoot.querySelector(".job-id code"),s=document.createRange();i&&s.selectNodeContents(i);const l=window.getSelection();l?.removeAllRanges(),l?.addRange(s),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const s=await this.api.updateJob(this.job.id,i);this.job={...this.job,...s},this.editing=!1,je(this,"job-updated",{job:s})}catch(s){this.saveError=Ae(s)}finally{this.saving=!1}}};Nn.styles=[ge,re`
      :host {
        display: block;
      }
      .top {
        display: grid;
        grid-template-columns: 180px 1fr;
        gap: 16px;
        align-items: start;
      }
      .thumb {
        width: 180px;
        height: 180px;
        border-radius: 8px;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
        display: flex;
        align-items: center;
        justify-content: center;
        overflow: hidden;
      }
      .thumb img {
        max-width: 100%;
        max-height: 100%;
        object-fit: contain;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 16px;
        margin: 0;
      }
      dt {
        color: var(--pl-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      h3 {
        margin: 20px 0 8px;
        font-size: 1rem;
        font-weight: 500;
      }
      .actions {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
        margin-top: 12px;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9em;
      }
      th,
      td {
        text-align: left;
        padding: 4px 8px 4px 0;
        border-bottom: var(--pl-border);
        vertical-align: top;
        overflow-wrap: anywhere;
      }
      th {
        color: var(--pl-muted);
        font-weight: normal;
        width: 40%;
      }
      ol.timeline {
        list-style: none;
        margin: 0;
        padding: 0 0 0 14px;
        border-left: 2px solid var(--divider-color, #ddd);
      }
      ol.timeline li {
        position: relative;
        padding: 0 0 10px 8px;
      }
      ol.timeline li::before {
        content: "";
        position: absolute;
        left: -21px;
        top: 5px;
        width: 10px;
        height: 10px;
        border-radius: 50%;
        background: var(--primary-color, #03a9f4);
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-size: 0.85em;
        margin: 0;
      }
      dd.notes {
        white-space: pre-wrap;
      }
      details summary {
        cursor: pointer;
        padding: 4px 0;
      }
      .job-id code {
        font-size: 0.85em;
        overflow-wrap: anywhere;
        user-select: all;
      }
      .job-id .copy {
        margin-left: 6px;
        font-size: 0.8em;
        padding: 2px 6px;
      }
      .filename {
        font-size: 1.1em;
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      @media (max-width: 600px) {
        .top {
          grid-template-columns: 1fr;
        }
        .thumb {
          width: 100%;
          height: 200px;
        }
      }
    `];let ee=Nn;Le([N({attribute:!1})],ee.prototype,"api");Le([N({attribute:!1})],ee.prototype,"options");Le([N()],ee.prototype,"jobId");Le([N({type:Boolean})],ee.prototype,"admin");Le([Z()],ee.prototype,"job");Le([Z()],ee.prototype,"error");Le([Z()],ee.prototype,"editing");Le([Z()],ee.prototype,"saving");Le([Z()],ee.prototype,"saveError");Le([Z()],ee.prototype,"thumbnailUrl");Le([Z()],ee.prototype,"thumbnailState");Le([Z()],ee.prototype,"copied");be("pl-job-detail",ee);function wa(e,t){const i=`${e}.${t}`,s=p(i);return s===i?pn(t):s}var _p=Object.defineProperty,ps=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&_p(t,i,l),l};const Vn=class Vn extends me{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:Tr(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const i={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},s={};for(const[l,a]of Object.entries(t)){const o=i[l]??l;s[o]??=`${l}: ${a}`}this.errors=s}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return i=>{this.values={...this.values,[t]:i.target.value}}}field(t){return this.errors[t]?v`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,i=s=>this.errors[s]?`err-${s}`:"";return v`<form @submit=${this.onSubmit} novalidate>
      <label
        >${p("common.printer")}
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${i("printer_id")}>
          ${this.printers.map(s=>v`<option value=${s.id} ?selected=${s.id===t.printer_id}>${s.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >${p("column.status")}
        <select name="status" @change=${this.set("status")}>
          ${mn.map(s=>v`<option value=${s} ?selected=${s===t.status}>${Qs(s)}</option>`)}
        </select>
        ${this.field("status")}
      </label>
      <label class="wide"
        >${p("form.filename")}
        <input
          name="filename"
          required
          .value=${t.filename}
          @input=${this.set("filename")}
          aria-invalid=${this.errors.filename?"true":"false"}
          aria-describedby=${i("filename")}
        />
        ${this.field("filename")}
      </label>
      <label
        >${p("form.start")}
        <span class="pair">
          <input
            name="start_date"
            type="date"
            aria-label=${p("form.start_date")}
            max=${Tr(new Date,this.timeZone)}
            .value=${t.start_date}
            @input=${this.set("start_date")}
            aria-invalid=${this.errors.start?"true":"false"}
            aria-describedby=${i("start")}
          />
          <input name="start_time" type="time" aria-label=${p("form.start_time")} .value=${t.start_time} @input=${this.set("start_time")} />
        </span>
        ${this.field("start")}
      </label>
      <label
        >${p("kpi.print_time")}
        <span class="pair">
          <input name="hours" type="number" min="0" placeholder=${p("form.hours_symbol")} aria-label=${p("form.hours")} .value=${t.hours} @input=${this.set("hours")} />
          <input
            name="minutes"
            type="number"
            min="0"
            max="59"
            placeholder=${p("form.minutes_symbol")}
            aria-label=${p("form.minutes")}
            .value=${t.minutes}
            @input=${this.set("minutes")}
          />
        </span>
        ${this.field("duration")}
      </label>
      <label
        >${p("form.filament_g")}
        <input name="filament_g" type="number" min="0" step="0.1" .value=${t.filament_g} @input=${this.set("filament_g")} />
        ${this.field("filament_g")}
      </label>
      <label
        >${p("form.filament_m")}
        <input name="filament_m" type="number" min="0" step="0.01" .value=${t.filament_m} @input=${this.set("filament_m")} />
        ${this.field("filament_m")}
      </label>
      <label
        >${p("jobs.filament_type")}
        <input name="filament_type" placeholder="PLA" .value=${t.filament_type} @input=${this.set("filament_type")} />
      </label>
      <label
        >${p("kpi.cost")}
        ${To({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:i("cost")})}
        ${this.field("cost")}
      </label>
      <label
        >${p("form.tags")}
        <input name="tags" .value=${t.tags} @input=${this.set("tags")} aria-describedby=${i("tags")} />
        ${this.field("tags")}
      </label>
      <label
        >${p("detail.failure_reason")}
        <input name="failure_reason" .value=${t.failure_reason} @input=${this.set("failure_reason")} />
      </label>
      <div>
        <span style="font-size:0.9em">${p("rating.rating")}</span><br />
        <pl-rating
          .value=${t.rating}
          @value-changed=${s=>this.values={...this.values,rating:s.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >${p("column.notes")}
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      ${Eo(this,this.error,this.busy,p("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:i,errors:s}=bp(this.values,this.timeZone);this.errors=s,i?je(this,"create",{job:i}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Vn.styles=[ge,So,re`
      .pair {
        display: flex;
        gap: 8px;
      }
      .pair input {
        width: 100%;
      }
      .err {
        color: var(--pl-error);
        font-size: 0.85em;
      }
    `];let si=Vn;ps([N({attribute:!1})],si.prototype,"printers");ps([N()],si.prototype,"timeZone");ps([N({type:Boolean})],si.prototype,"busy");ps([N()],si.prototype,"error");ps([Z()],si.prototype,"values");ps([Z()],si.prototype,"errors");be("pl-job-form",si);var wp=Object.defineProperty,fs=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&wp(t,i,l),l};const ql=20,Un=class Un extends me{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.list=new ap(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new Qd(this,this.list)}willUpdate(t){t.has("api")&&this.api&&(this.list.reload(),this.list.loadFilamentTypes(),yo(this.api))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const i=this.list.applyJob(t.job);this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(i||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:i}=this,s=this.options?{list:t,changes:i,admin:this.admin,options:this.options}:void 0;return v`
      <section aria-label=${p("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${ep({list:t,changes:i,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?ip(t,this.printers):B}
      ${t.error?v`<div class="error-banner" role="alert">
            <span>${p("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${jt(fn)} ${p("common.retry")}</button>
          </div>`:B}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?v`<div class="loading-bar" role="progressbar" aria-label=${p("jobs.loading")}></div>`:B}
        ${s?this.narrow?fp(s):up(s):B} ${hp(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${i.message?"message":"sr-only"}>${i.message}</div>
    `}renderDialogs(){const t=this.changes,i=t.confirmJobs.length;return v`
      <pl-dialog .heading=${p("jobs.delete_heading",{count:i})} .open=${i>0} @closed=${()=>t.cancelDelete()}>
        <p>${p("jobs.delete_text",{count:i})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,ql).map(s=>v`<li>${Ds(s.filename)} <span class="muted">(${s.printer_name})</span></li>`)}
          ${i>ql?v`<li class="muted">${p("jobs.and_more",{n:i-ql})}</li>`:B}
        </ul>
        ${t.deleteError?v`<p class="status-error" role="alert">${t.deleteError}</p>`:B}
        <button slot="actions" class="btn" @click=${()=>t.cancelDelete()}>${p("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${t.deleting} @click=${()=>t.confirmDelete()}>
          ${p("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${p("jobs.details")} wide .open=${!!t.detailId} @closed=${()=>t.closeJob()}>
        ${t.detailId?v`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${t.detailId}
              .admin=${this.admin}
              @job-updated=${s=>this.list.applyJob(s.detail.job)}
              @delete-jobs=${s=>t.askDelete(s.detail.jobs)}
            ></pl-job-detail>`:B}
      </pl-dialog>
      <pl-dialog heading=${p("jobs.add_heading")} .open=${t.adding} @closed=${()=>t.closeAdd()}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.options?.timeZone}
          .busy=${t.addBusy}
          .error=${t.addError}
          @create=${s=>t.create(s.detail.job)}
          @cancel=${()=>t.closeAdd()}
        ></pl-job-form>
      </pl-dialog>
    `}};Un.styles=[ge,cp];let li=Un;fs([N({attribute:!1})],li.prototype,"api");fs([N({attribute:!1})],li.prototype,"options");fs([N({attribute:!1})],li.prototype,"printers");fs([N({type:Boolean})],li.prototype,"admin");fs([N({type:Boolean,reflect:!0})],li.prototype,"narrow");fs([Z()],li.prototype,"showFilters");be("pl-jobs-view",li);var xp=Object.defineProperty,Gt=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&xp(t,i,l),l};const Js=25,kp=300,Hn=class Hn extends me{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.active=!1,this.files=[],this.total=0,this.offset=0,this.q="",this.printerId="",this.sort="last_start",this.order="desc",this.loading=!1,this.error="",this.thumbnails={},this.recordError="",this.loadToken=0,this.loaded=!1}willUpdate(t){(t.has("active")||t.has("api"))&&this.active&&this.api&&!this.loaded&&(this.loaded=!0,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer);for(const t of Object.values(this.thumbnails))URL.revokeObjectURL(t)}refresh(){this.loaded&&this.load()}async showFile(t){if(this.api){this.recordError="";try{this.record=await this.api.getFile(t)}catch(i){this.record=void 0,this.recordError=Ae(i)}}}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.loading=!0;try{const s=await t.listFiles({printer_id:this.printerId||void 0,q:this.q||void 0,sort:this.sort,order:this.order,limit:Js,offset:this.offset});if(i!==this.loadToken)return;this.files=s.files,this.total=s.total,this.error="",this.loadThumbnails(s.files)}catch(s){i===this.loadToken&&(this.error=Ae(s))}finally{i===this.loadToken&&(this.loading=!1)}}async loadThumbnails(t){const i=this.api;if(i)for(const s of t){const l=s.thumbnail_job_id;if(!(!l||this.thumbnails[l]))try{const a=await i.thumbnail(l);a&&(this.thumbnails={...this.thumbnails,[l]:URL.createObjectURL(a)})}catch{}}}change(t){t(),this.offset=0,this.load()}onSearch(t){clearTimeout(this.searchTimer),this.searchTimer=setTimeout(()=>this.change(()=>this.q=t.trim()),kp)}printAgain(t){je(this,"print-again",{filename:t.filename,printerId:t.printers[0]?.printer_id??""})}renderStats(t){const i=this.options;return i?v`<td class="num">${Li(t.prints,i)}</td>
      <td class="num">${Jl(t.success_rate===null?null:t.success_rate*100,i)}</td>
      <td>${ll(t.last_status)}<br /><span class="muted">${pi(t.last_start,i,!1)}</span></td>
      <td class="num">${ti(t.mean_print_duration)}</td>
      <td class="num">${nl(null,t.mean_filament_mm,i)}</td>
      <td class="num">${ja(t.cost,i)}</td>
      <td class="num">
        ${t.estimate_ratio===null?"—":Jl(t.estimate_ratio*100,i)}
      </td>`:B}renderRow(t){const i=t.thumbnail_job_id?this.thumbnails[t.thumbnail_job_id]:void 0;return v`<tr data-file=${t.id}>
      <td>${i?v`<img class="thumb" src=${i} alt="" />`:v`<span class="thumb"></span>`}</td>
      <td>
        <button class="file" aria-haspopup="dialog" @click=${()=>this.showFile(t.id)}>${Ds(t.filename)}</button>
        ${t.versions>1?v`<span class="chip version">${p("files.version",{n:t.version,count:t.versions})}</span>`:B}
        <div class="printers">
          ${t.printers.map(s=>`${s.printer_name??s.printer_id} (${s.prints})`).join(", ")}
        </div>
      </td>
      ${this.renderStats(t.stats)}
      ${this.admin?v`<td>
            <button class="btn" @click=${()=>this.printAgain(t)}>${jt(Ql)} ${p("reprint.action")}</button>
          </td>`:B}
    </tr>`}renderRecord(){const t=this.record,i=this.options;if(!t||!i)return B;const s=t.file;return v`<h3>${p("files.per_printer")}</h3>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>${p("common.printer")}</th>
              ${this.statHeaders()}
            </tr>
          </thead>
          <tbody>
            ${[...s.printers,s.stats].map(l=>v`<tr>
                <td>${l.printer_id===null?v`<strong>${p("files.farm")}</strong>`:l.printer_name}</td>
                ${this.renderStats(l)}
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${t.versions.length>1?v`<h3>${p("files.versions")}</h3>
            <ul>
              ${t.versions.map(l=>v`<li>
                  ${p("files.version",{n:l.version,count:l.versions})}:
                  ${p("common.n_jobs",{count:l.stats.prints,n:l.stats.prints})},
                  ${pi(l.stats.first_start,i,!1)}
                  ${l.id===s.id?v`<span class="muted">(${p("files.this_version")})</span>`:B}
                </li>`)}
            </ul>`:B}
      ${this.admin?v`<button slot="actions" class="btn primary" @click=${()=>this.printAgain(s)}>
            ${jt(Ql)} ${p("reprint.action")}
          </button>`:B}`}statHeaders(){const t=(i,s=!0)=>v`<th class=${s?"num":""}>${p(i)}</th>`;return v`${t("files.prints")}${t("files.success_rate")}${t("files.last_result",!1)}${t("files.mean_time")}${t("files.mean_filament")}${t("files.cost")}${t("files.estimate")}`}render(){if(!this.options)return B;const t=Math.min(this.offset+Js,this.total);return v`
      <div class="toolbar" role="search">
        <label
          >${p("files.search")}
          <input type="search" .value=${this.q} @input=${i=>this.onSearch(i.target.value)}
        /></label>
        <label
          >${p("common.printer")}
          <select @change=${i=>this.change(()=>this.printerId=i.target.value)}>
            <option value="" ?selected=${!this.printerId}>${p("common.all_printers")}</option>
            ${this.printers.map(i=>v`<option value=${i.id} ?selected=${i.id===this.printerId}>${i.name}</option>`)}
          </select></label
        >
        <label
          >${p("files.sort")}
          <select @change=${i=>this.change(()=>this.sort=i.target.value)}>
            ${qc.map(i=>v`<option value=${i} ?selected=${i===this.sort}>${p(`files.sort.${i}`)}</option>`)}
          </select></label
        >
        <label
          >${p("files.order")}
          <select
            @change=${i=>this.change(()=>this.order=i.target.value)}
          >
            <option value="desc" ?selected=${this.order==="desc"}>${p("files.order.desc")}</option>
            <option value="asc" ?selected=${this.order==="asc"}>${p("files.order.asc")}</option>
          </select></label
        >
        <button class="icon-btn" aria-label=${p("common.refresh")} @click=${()=>this.load()}>${jt(fn)}</button>
      </div>
      ${this.error?v`<div class="error-banner" role="alert">
            <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${p("common.retry")}</button>
          </div>`:B}
      <div class="card table-wrap" aria-busy=${this.loading?"true":"false"}>
        <table>
          <thead>
            <tr>
              <th><span class="sr-only">${p("files.thumbnail")}</span></th>
              <th>${p("files.file")}</th>
              ${this.statHeaders()}
              ${this.admin?v`<th><span class="sr-only">${p("reprint.action")}</span></th>`:B}
            </tr>
          </thead>
          <tbody>
            ${this.files.map(i=>this.renderRow(i))}
          </tbody>
        </table>
        ${!this.loading&&!this.files.length?v`<p class="muted">${p("files.none")}</p>`:B}
      </div>
      <div class="pager">
        <span class="muted">${p("files.range",{from:this.total?this.offset+1:0,to:t,total:this.total})}</span>
        <button
          class="icon-btn"
          aria-label=${p("files.previous")}
          ?disabled=${this.offset===0}
          @click=${()=>{this.offset=Math.max(0,this.offset-Js),this.load()}}
        >
          ${jt(Sa)}
        </button>
        <button
          class="icon-btn"
          aria-label=${p("files.next")}
          ?disabled=${t>=this.total}
          @click=${()=>{this.offset+=Js,this.load()}}
        >
          ${jt(Ta)}
        </button>
      </div>
      <pl-dialog
        wide
        .heading=${this.record?this.record.file.filename:p("files.record")}
        .open=${!!this.record||!!this.recordError}
        @closed=${()=>{this.record=void 0,this.recordError=""}}
      >
        ${this.recordError?v`<p class="status-error" role="alert">${this.recordError}</p>`:this.renderRecord()}
      </pl-dialog>
    `}};Hn.styles=[ge,re`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: end;
        margin-bottom: 12px;
      }
      .toolbar label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        font-size: 0.85em;
        color: var(--pl-muted);
      }
      .table-wrap {
        overflow-x: auto;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.92em;
      }
      th,
      td {
        text-align: left;
        padding: 6px 8px;
        border-bottom: var(--pl-border);
        vertical-align: middle;
      }
      th {
        font-weight: 500;
        color: var(--pl-muted);
        white-space: nowrap;
      }
      td.num,
      th.num {
        text-align: right;
        white-space: nowrap;
      }
      .thumb {
        width: 40px;
        height: 40px;
        object-fit: contain;
        border-radius: 4px;
        background: var(--secondary-background-color, #eee);
        display: block;
      }
      button.file {
        border: none;
        background: none;
        padding: 0;
        cursor: pointer;
        text-align: left;
        color: var(--primary-color, #03a9f4);
      }
      .version {
        font-size: 0.8em;
        margin-left: 6px;
      }
      .pager {
        display: flex;
        align-items: center;
        justify-content: flex-end;
        gap: 8px;
        margin-top: 8px;
      }
      .printers {
        font-size: 0.85em;
        color: var(--pl-muted);
      }
    `];let Dt=Hn;Gt([N({attribute:!1})],Dt.prototype,"api");Gt([N({attribute:!1})],Dt.prototype,"options");Gt([N({attribute:!1})],Dt.prototype,"printers");Gt([N({type:Boolean})],Dt.prototype,"admin");Gt([N({type:Boolean})],Dt.prototype,"active");Gt([Z()],Dt.prototype,"files");Gt([Z()],Dt.prototype,"total");Gt([Z()],Dt.prototype,"offset");Gt([Z()],Dt.prototype,"q");Gt([Z()],Dt.prototype,"printerId");Gt([Z()],Dt.prototype,"sort");Gt([Z()],Dt.prototype,"order");Gt([Z()],Dt.prototype,"loading");Gt([Z()],Dt.prototype,"error");Gt([Z()],Dt.prototype,"thumbnails");Gt([Z()],Dt.prototype,"record");Gt([Z()],Dt.prototype,"recordError");be("pl-files-view",Dt);var Sp=Object.defineProperty,Tp=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Sp(t,i,l),l};const Bn=class Bn extends me{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?v`<ul aria-label=${p("common.printers")}>
      ${this.printers.map(t=>{const i=t.current_job,s=t.online&&!!i&&(t.print_state==="printing"||t.print_state==="paused"),l=Ac(t),a=Lc(t);return v`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${s?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${l}</span>
          </div>
          ${i?v`<button class="file" title=${Ye(i.filename)} @click=${()=>je(this,"show-job",{jobId:i.id})}>
                  ${Ds(i.filename)}
                </button>
                ${Dc(i)}
                <div class="meta">
                  <span>${Cc(i)} %</span>
                  <span>${p("live.elapsed",{time:ti(i.print_duration)})}</span>
                  <span>${a!==null?p("live.left",{time:ti(a)}):""}</span>
                </div>`:v`<span class="muted">${p("live.no_job")}</span>`}
        </li>`})}
    </ul>`:v``}};Bn.styles=[ge,jc,re`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 2px;
        display: flex;
        gap: 12px;
        overflow-x: auto;
        scroll-snap-type: x proximity;
      }
      li {
        flex: 0 0 min(300px, 85vw);
        scroll-snap-align: start;
        padding: 10px 14px;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      .top {
        display: flex;
        gap: 8px;
        align-items: center;
        justify-content: space-between;
      }
      .name {
        font-weight: 500;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .dot {
        width: 10px;
        height: 10px;
        border-radius: 50%;
        display: inline-block;
        margin-right: 6px;
        background: var(--disabled-text-color, #bdbdbd);
      }
      .dot.online {
        background: var(--pl-ok);
      }
      .dot.printing {
        background: var(--pl-active);
      }
      .file {
        border: none;
        background: none;
        padding: 0;
        text-align: left;
        cursor: pointer;
        color: var(--primary-text-color);
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        text-decoration: underline dotted;
      }
      .meta {
        display: flex;
        justify-content: space-between;
        font-size: 0.8em;
        color: var(--pl-muted);
        gap: 8px;
      }
    `];let sl=Bn;Tp([N({attribute:!1})],sl.prototype,"printers");be("pl-live-strip",sl);var Ep=Object.defineProperty,Ke=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Ep(t,i,l),l};const Ys=["jobs","files","analytics"],jp="Print Log",Wn=class Wn extends me{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.reprint={filename:"",printerId:""},this.live=new Mc}willUpdate(t){if(t.has("hass")&&this.hass){const i=this.hass.connection;i!==this.connection&&(this.connection=i,this.api=new Pc(this.hass),this.resubscribe(),this.loadPrinters());const s=t.get("hass");if(!this.options||!s||s.locale!==this.hass.locale||s.config!==this.hass.config){const l=Er(this.hass);l.language===this.language?this.options=l:l.language===zc()?(this.options=l,this.language=l.language):this.switchLanguage(l)}}}async switchLanguage(t){const i=await Rc(t.language,t.numberLocale);this.hass&&Er(this.hass).language!==t.language||(this.options={...t,language:i},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,i=>this.onLiveEvent(i),i=>console.warn("print_logger: live updates unavailable:",Ae(i)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Ae(t)}}onLiveEvent(t){this.printers=Ic(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t),t.type!=="printer"&&(t.type!=="job_changed"||t.job.status!=="in_progress")&&this.renderRoot.querySelector("pl-files-view")?.refresh()}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const i=Ys.indexOf(this.view),s=t.key==="ArrowLeft"?Ys.length-1:1,l=Ys[(i+s)%Ys.length]??"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"analytics":l),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return B;const t=!!this.hass.user?.is_admin,i=(s,l,a)=>v`<button
        role="tab"
        id=${`tab-${s}`}
        aria-selected=${this.view===s?"true":"false"}
        aria-controls=${`view-${s}`}
        aria-label=${l}
        tabindex=${this.view===s?0:-1}
        @click=${()=>this.select(s)}
      >
        ${jt(a)}<span class="label">${l}</span>
      </button>`;return v`
      <header>
        ${this.narrow?v`<button class="icon-btn" aria-label=${p("panel.open_sidebar")} @click=${()=>je(this,"hass-toggle-menu")}>
              ${jt(Fc)}
            </button>`:B}
        <h1>${this.panel?.title&&this.panel.title!==jp?this.panel.title:p("panel.title")}</h1>
        <div role="tablist" aria-label=${p("panel.views")} @keydown=${this.onTabKey}>
          ${i("jobs",p("panel.jobs"),Oc)} ${i("files",p("panel.files"),Nc)}
          ${i("analytics",p("panel.analytics"),Vc)}
        </div>
      </header>
      ${Wc(this.language,v`<main
        @print-again=${s=>{this.reprint={filename:s.detail.filename,printerId:s.detail.printerId}}}
        @show-file=${s=>{this.select("files"),this.renderRoot.querySelector("pl-files-view")?.showFile(s.detail.fileId)}}
      >
        ${this.printersError?v`<div class="error-banner" role="alert">
              <span>${p("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${p("common.retry")}</button>
            </div>`:B}
        <pl-live-strip
          .printers=${this.printers}
          @show-job=${s=>{this.select("jobs"),this.renderRoot.querySelector("pl-jobs-view")?.showJob(s.detail.jobId)}}
        ></pl-live-strip>
        <div id="view-jobs" role="tabpanel" aria-labelledby="tab-jobs" ?hidden=${this.view!=="jobs"}>
          <pl-jobs-view
            .api=${this.api}
            .options=${this.options}
            .printers=${this.printers}
            .admin=${t}
            .narrow=${this.narrow}
          ></pl-jobs-view>
        </div>
        <div id="view-files" role="tabpanel" aria-labelledby="tab-files" ?hidden=${this.view!=="files"}>
          <pl-files-view
            .api=${this.api}
            .options=${this.options}
            .printers=${this.printers}
            .admin=${t}
            .active=${this.view==="files"}
          ></pl-files-view>
        </div>
        <div id="view-analytics" role="tabpanel" aria-labelledby="tab-analytics" ?hidden=${this.view!=="analytics"}>
          <pl-analytics-view
            .api=${this.api}
            .options=${this.options}
            .printers=${this.printers}
            .dark=${!!this.hass.themes?.darkMode}
            .active=${this.view==="analytics"}
          ></pl-analytics-view>
        </div>
        ${t?v`<pl-reprint-dialog
              .api=${this.api}
              .printers=${this.printers}
              .filename=${this.reprint.filename}
              .printerId=${this.reprint.printerId}
              @reprint-closed=${()=>this.reprint={filename:"",printerId:""}}
            ></pl-reprint-dialog>`:B}
      </main>`)}
    `}};Wn.styles=[ge,re`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--primary-background-color, #fafafa);
      }
      header {
        position: sticky;
        top: 0;
        z-index: 4;
        display: flex;
        align-items: center;
        gap: 4px;
        height: var(--header-height, 56px);
        padding: 0 12px;
        background: var(--app-header-background-color, var(--primary-color, #03a9f4));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-bottom: var(--app-header-border-bottom, none);
      }
      h1 {
        margin: 0 12px 0 4px;
        font-size: 20px;
        font-weight: 400;
        flex: 1;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      [role="tablist"] {
        display: flex;
        gap: 4px;
        height: 100%;
      }
      [role="tab"] {
        border: none;
        background: none;
        color: inherit;
        cursor: pointer;
        padding: 0 14px;
        height: 100%;
        display: inline-flex;
        align-items: center;
        gap: 6px;
        border-bottom: 2px solid transparent;
        opacity: 0.8;
        font-size: 14px;
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
      [role="tab"][aria-selected="true"] {
        border-bottom-color: currentColor;
        opacity: 1;
      }
      [role="tab"]:focus-visible {
        outline-color: currentColor;
        outline-offset: -4px;
      }
      main {
        padding: 16px;
        max-width: 1600px;
        margin: 0 auto;
      }
      :host([narrow]) main {
        padding: 8px;
      }
      :host([narrow]) [role="tab"] .label {
        display: none;
      }
      pl-live-strip {
        margin-bottom: 16px;
      }
      .error-banner {
        margin-bottom: 12px;
      }
    `];let he=Wn;Ke([N({attribute:!1})],he.prototype,"hass");Ke([N({type:Boolean,reflect:!0})],he.prototype,"narrow");Ke([N({attribute:!1})],he.prototype,"panel");Ke([Z()],he.prototype,"view");Ke([Z()],he.prototype,"printers");Ke([Z()],he.prototype,"printersError");Ke([Z()],he.prototype,"api");Ke([Z()],he.prototype,"options");Ke([Z()],he.prototype,"reprint");Ke([Z()],he.prototype,"language");be("print-logger-panel",he);
/**
 * @license
 * Copyright 2020 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
