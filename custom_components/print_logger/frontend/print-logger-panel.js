import{F as Bo,G as ya,H as $a,A as et,b as h,I as Wo,J as tl,K as Go,M as qo,N as Zl,k as w,a as fe,c as he,d as me,o as Jl,y as B,C as ge,O as Yo,z as O,Q as gr,R as Zo,S as Jo,T as Ko,U as Qo,V as Xo,x as tc,p as ec,W as ic,h as Ze,X as Bs,Y as lc,i as sc,Z as nc,P as rc,w as ac,_ as br,$ as Kl,a0 as oc,a1 as cc,a2 as uc,a3 as Ws,a4 as Ql,B as He,s as ze,n as Ll,t as Gs,u as el,q as ui,v as qs,a5 as dc,a6 as yr,a7 as pc,m as fc,r as hc,L as mc,g as gc,f as $r,e as bc,D as yc,j as $c}from"./chunks/shared-Cx3T2PKX.js";const vc=(e,t,i)=>(i.configurable=!0,i.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,i),i);function va(e,t){return(i,l,s)=>{const a=o=>o.renderRoot?.querySelector(e)??null;return vc(i,l,{get(){return a(this)}})}}const{I:wc}=Bo,vr=e=>e,wr=()=>document.createComment(""),wl=(e,t,i)=>{const l=e._$AA.parentNode,s=t===void 0?e._$AB:t._$AA;if(i===void 0){const a=l.insertBefore(wr(),s),o=l.insertBefore(wr(),s);i=new wc(a,o,e,e.options)}else{const a=i._$AB.nextSibling,o=i._$AM,p=o!==e;if(p){let d;i._$AQ?.(e),i._$AM=e,i._$AP!==void 0&&(d=e._$AU)!==o._$AU&&i._$AP(d)}if(a!==s||p){let d=i._$AA;for(;d!==a;){const m=vr(d).nextSibling;vr(l).insertBefore(d,s),d=m}}}return i},Si=(e,t,i=e)=>(e._$AI(t,i),e),_c={},wa=(e,t=_c)=>e._$AH=t,xc=e=>e._$AH,zs=e=>{e._$AR(),e._$AA.remove()};const kc=ya(class extends $a{constructor(){super(...arguments),this.key=et}render(e,t){return this.key=e,t}update(e,[t,i]){return t!==this.key&&(wa(e),this.key=t),i}});function Ul(e,t,i,l=!1){return e.map(s=>{const a=s.key===null||s.key===void 0?"":String(s.key),o=s.label||a||h("common.unknown"),p=Number(s[t]??0);let d,m;t==="success_rate"?(d=Wo(s.success_rate,i),m=h("common.n_jobs",{count:s.jobs,n:tl(s.jobs,i)})):t==="filament_g"?(d=Go(p,i,0),m=h("common.n_jobs",{count:s.jobs,n:tl(s.jobs,i)})):t==="hours"?d=qo(p,"hours",i,1):d=tl(p,i);const $={key:a,label:o,value:p,display:d};if(m&&($.note=m),l){const g=Zl(a)??Zl(s.label);g&&($.colour=g)}return $})}var Sc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Tc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Lc="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",Ec="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",Ys="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",jc="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",Ac="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",_a="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",Mc="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",xa="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",_r="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",xr="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",Cc="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z";function qt(e,t){return t?w`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:w`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const Dc=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],kr=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],on=Dc.filter(e=>e!=="in_progress");var Pc=Object.defineProperty,cn=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Pc(t,i,s),s};const Ln=class Ln extends fe{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return w`<div class="empty muted">${h("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(i=>i.value),0);return w`<ul aria-label=${this.label}>
      ${this.items.map(i=>{const l=t>0?Math.max(0,Math.min(100,i.value/t*100)):0,s=Jl({width:`${l}%`,...i.colour?{background:i.colour}:{}});return w`<li data-key=${i.key} data-value=${String(i.value)}>
          <span class="name"
            >${i.colour?w`<span class="swatch" style=${Jl({background:i.colour})}></span>`:""}
            <span>${i.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${i.colour?"bar coloured":"bar"} style=${s}></span></span>
          <span class="value">${i.display}${i.note?w`<span class="note">${i.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Ln.styles=[he,me`
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
    `];let ll=Ln;cn([B()],ll.prototype,"label");cn([B({attribute:!1})],ll.prototype,"items");cn([B({type:Number})],ll.prototype,"max");ge("pl-bars",ll);const zc=!0,Vt="u-",Vc="uplot",Rc=Vt+"hz",Hc=Vt+"vt",Ic=Vt+"title",Oc=Vt+"wrap",Fc=Vt+"under",Nc=Vt+"over",Uc=Vt+"axis",Ei=Vt+"off",Bc=Vt+"select",Wc=Vt+"cursor-x",Gc=Vt+"cursor-y",qc=Vt+"cursor-pt",Yc=Vt+"legend",Zc=Vt+"live",Jc=Vt+"inline",Kc=Vt+"series",Qc=Vt+"marker",Sr=Vt+"label",Xc=Vt+"value",kl="width",Sl="height",_l="top",Tr="bottom",Qi="left",Vs="right",un="#000",Lr=un+"0",Rs="mousemove",Er="mousedown",Hs="mouseup",jr="mouseenter",Ar="mouseleave",Mr="dblclick",tu="resize",eu="scroll",Cr="change",Xl="dppxchange",dn="--",cl=typeof window<"u",Zs=cl?document:null,il=cl?window:null,iu=cl?navigator:null;let pt,Bl;function Js(){let e=devicePixelRatio;pt!=e&&(pt=e,Bl&&Qs(Cr,Bl,Js),Bl=matchMedia(`(min-resolution: ${pt-.001}dppx) and (max-resolution: ${pt+.001}dppx)`),ji(Cr,Bl,Js),il.dispatchEvent(new CustomEvent(Xl)))}function de(e,t){if(t!=null){let i=e.classList;!i.contains(t)&&i.add(t)}}function Ks(e,t){let i=e.classList;i.contains(t)&&i.remove(t)}function xt(e,t,i){e.style[t]=i+"px"}function Pe(e,t,i,l){let s=Zs.createElement(e);return t!=null&&de(s,t),i?.insertBefore(s,l),s}function Se(e,t){return Pe("div",e,t)}const Dr=new WeakMap;function Ye(e,t,i,l,s){let a="translate("+t+"px,"+i+"px)",o=Dr.get(e);a!=o&&(e.style.transform=a,Dr.set(e,a),t<0||i<0||t>l||i>s?de(e,Ei):Ks(e,Ei))}const Pr=new WeakMap;function zr(e,t,i){let l=t+i,s=Pr.get(e);l!=s&&(Pr.set(e,l),e.style.background=t,e.style.borderColor=i)}const Vr=new WeakMap;function Rr(e,t,i,l){let s=t+""+i,a=Vr.get(e);s!=a&&(Vr.set(e,s),e.style.height=i+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-i/2+"px":0)}const pn={passive:!0},lu={...pn,capture:!0};function ji(e,t,i,l){t.addEventListener(e,i,l?lu:pn)}function Qs(e,t,i,l){t.removeEventListener(e,i,pn)}cl&&Js();function Ve(e,t,i,l){let s;i=i||0,l=l||t.length-1;let a=l<=2147483647;for(;l-i>1;)s=a?i+l>>1:pe((i+l)/2),t[s]<e?i=s:l=s;return e-t[i]<=t[l]-e?i:l}function ka(e){return(i,l,s)=>{let a=-1,o=-1;for(let p=l;p<=s;p++)if(e(i[p])){a=p;break}for(let p=s;p>=l;p--)if(e(i[p])){o=p;break}return[a,o]}}const Sa=e=>e!=null,Ta=e=>e!=null&&e>0,ls=ka(Sa),su=ka(Ta);function nu(e,t,i,l=0,s=!1){let a=s?su:ls,o=s?Ta:Sa;[t,i]=a(e,t,i);let p=e[t],d=e[t];if(t>-1)if(l==1)p=e[t],d=e[i];else if(l==-1)p=e[i],d=e[t];else for(let m=t;m<=i;m++){let $=e[m];o($)&&($<p?p=$:$>d&&(d=$))}return[p??bt,d??-bt]}function ss(e,t,i,l){let s=Or(e),a=Or(t);e==t&&(s==-1?(e*=i,t/=i):(e/=i,t*=i));let o=i==10?Xe:La,p=s==1?pe:Te,d=a==1?Te:pe,m=p(o(zt(e))),$=d(o(zt(t))),g=sl(i,m),y=sl(i,$);return i==10&&(m<0&&(g=yt(g,-m)),$<0&&(y=yt(y,-$))),l||i==2?(e=g*s,t=y*a):(e=Ma(e,g),t=ns(t,y)),[e,t]}function fn(e,t,i,l){let s=ss(e,t,i,l);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}const hn=.1,Hr={mode:3,pad:hn},El={pad:0,soft:null,mode:0},ru={min:El,max:El};function ts(e,t,i,l){return rs(i)?Ir(e,t,i):(El.pad=i,El.soft=l?0:null,El.mode=l?3:0,Ir(e,t,ru))}function ut(e,t){return e??t}function au(e,t,i){for(t=ut(t,0),i=ut(i,e.length-1);t<=i;){if(e[t]!=null)return!0;t++}return!1}function Ir(e,t,i){let l=i.min,s=i.max,a=ut(l.pad,0),o=ut(s.pad,0),p=ut(l.hard,-bt),d=ut(s.hard,bt),m=ut(l.soft,bt),$=ut(s.soft,-bt),g=ut(l.mode,0),y=ut(s.mode,0),S=t-e,L=Xe(S),M=te(zt(e),zt(t)),z=Xe(M),N=zt(z-L);(S<1e-24||N>10)&&(S=0,(e==0||t==0)&&(S=1e-24,g==2&&m!=bt&&(a=0),y==2&&$!=-bt&&(o=0)));let _=S||M||1e3,j=Xe(_),k=sl(10,pe(j)),G=_*(S==0?e==0?.1:1:a),P=yt(Ma(e-G,k/10),24),X=e>=m&&(g==1||g==3&&P<=m||g==2&&P>=m)?m:bt,J=te(p,P<X&&e>=X?X:Re(X,P)),lt=_*(S==0?t==0?.1:1:o),Z=yt(ns(t+lt,k/10),24),E=t<=$&&(y==1||y==3&&Z>=$||y==2&&Z<=$)?$:-bt,Q=Re(d,Z>E&&t<=E?E:te(E,Z));return J==Q&&J==0&&(Q=100),[J,Q]}const ou=new Intl.NumberFormat(cl?iu.language:"en-US"),mn=e=>ou.format(e),be=Math,Yl=be.PI,zt=be.abs,pe=be.floor,Pt=be.round,Te=be.ceil,Re=be.min,te=be.max,sl=be.pow,Or=be.sign,Xe=be.log10,La=be.log2,cu=(e,t=1)=>be.sinh(e)*t,Is=(e,t=1)=>be.asinh(e/t),bt=1/0;function Fr(e){return(Xe((e^e>>31)-(e>>31))|0)+1}function Xs(e,t,i){return Re(te(e,t),i)}function Ea(e){return typeof e=="function"}function st(e){return Ea(e)?e:()=>e}const uu=()=>{},ja=e=>e,Aa=(e,t)=>t,du=e=>null,Nr=e=>!0,Ur=(e,t)=>e==t,pu=/\.\d*?(?=9{6,}|0{6,})/gm,Ai=e=>{if(Da(e)||di.has(e))return e;const t=`${e}`,i=t.match(pu);if(i==null)return e;let l=i[0].length-1;if(t.indexOf("e-")!=-1){let[s,a]=t.split("e");return+`${Ai(s)}e${a}`}return yt(e,l)};function Ti(e,t){return Ai(yt(Ai(e/t))*t)}function ns(e,t){return Ai(Te(Ai(e/t))*t)}function Ma(e,t){return Ai(pe(Ai(e/t))*t)}function yt(e,t=0){if(Da(e))return e;let i=10**t,l=e*i*(1+Number.EPSILON);return Pt(l)/i}const di=new Map;function Ca(e){return((""+e).split(".")[1]||"").length}function Al(e,t,i,l){let s=[],a=l.map(Ca);for(let o=t;o<i;o++){let p=zt(o),d=yt(sl(e,o),p);for(let m=0;m<l.length;m++){let $=e==10?+`${l[m]}e${o}`:l[m]*d,g=(o>=0?0:p)+(o>=a[m]?0:a[m]),y=e==10?$:yt($,g);s.push(y),di.set(y,g)}}return s}const jl={},gn=[],nl=[null,null],ci=Array.isArray,Da=Number.isInteger,fu=e=>e===void 0;function Br(e){return typeof e=="string"}function rs(e){let t=!1;if(e!=null){let i=e.constructor;t=i==null||i==Object}return t}function hu(e){return e!=null&&typeof e=="object"}const mu=Object.getPrototypeOf(Uint8Array),Pa="__proto__";function rl(e,t=rs){let i;if(ci(e)){let l=e.find(s=>s!=null);if(ci(l)||t(l)){i=Array(e.length);for(let s=0;s<e.length;s++)i[s]=rl(e[s],t)}else i=e.slice()}else if(e instanceof mu)i=e.slice();else if(t(e)){i={};for(let l in e)l!=Pa&&(i[l]=rl(e[l],t))}else i=e;return i}function Mt(e){let t=arguments;for(let i=1;i<t.length;i++){let l=t[i];for(let s in l)s!=Pa&&(rs(e[s])?Mt(e[s],rl(l[s])):e[s]=rl(l[s]))}return e}const gu=0,bu=1,yu=2;function $u(e,t,i){for(let l=0,s,a=-1;l<t.length;l++){let o=t[l];if(o>a){for(s=o-1;s>=0&&e[s]==null;)e[s--]=null;for(s=o+1;s<i&&e[s]==null;)e[a=s++]=null}}}function vu(e,t){if(xu(e)){let o=e[0].slice();for(let p=1;p<e.length;p++)o.push(...e[p].slice(1));return ku(o[0])||(o=_u(o)),o}let i=new Set;for(let o=0;o<e.length;o++){let d=e[o][0],m=d.length;for(let $=0;$<m;$++)i.add(d[$])}let l=[Array.from(i).sort((o,p)=>o-p)],s=l[0].length,a=new Map;for(let o=0;o<s;o++)a.set(l[0][o],o);for(let o=0;o<e.length;o++){let p=e[o],d=p[0];for(let m=1;m<p.length;m++){let $=p[m],g=Array(s).fill(void 0),y=t?t[o][m]:bu,S=[];for(let L=0;L<$.length;L++){let M=$[L],z=a.get(d[L]);M===null?y!=gu&&(g[z]=M,y==yu&&S.push(z)):g[z]=M}$u(g,S,s),l.push(g)}}return l}const wu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function _u(e){let t=e[0],i=t.length,l=Array(i);for(let a=0;a<l.length;a++)l[a]=a;l.sort((a,o)=>t[a]-t[o]);let s=[];for(let a=0;a<e.length;a++){let o=e[a],p=Array(i);for(let d=0;d<i;d++)p[d]=o[l[d]];s.push(p)}return s}function xu(e){let t=e[0][0],i=t.length;for(let l=1;l<e.length;l++){let s=e[l][0];if(s.length!=i)return!1;if(s!=t){for(let a=0;a<i;a++)if(s[a]!=t[a])return!1}}return!0}function ku(e,t=100){const i=e.length;if(i<=1)return!0;let l=0,s=i-1;for(;l<=s&&e[l]==null;)l++;for(;s>=l&&e[s]==null;)s--;if(s<=l)return!0;const a=te(1,pe((s-l+1)/t));for(let o=e[l],p=l+a;p<=s;p+=a){const d=e[p];if(d!=null){if(d<=o)return!1;o=d}}return!0}const za=["January","February","March","April","May","June","July","August","September","October","November","December"],Va=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ra(e){return e.slice(0,3)}const Su=Va.map(Ra),Tu=za.map(Ra),Lu={MMMM:za,MMM:Tu,WWWW:Va,WWW:Su};function xl(e){return(e<10?"0":"")+e}function Eu(e){return(e<10?"00":e<100?"0":"")+e}const ju={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>xl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>xl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>xl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>xl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>xl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Eu(e.getMilliseconds())};function bn(e,t){t=t||Lu;let i=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(e);)i.push(s[0][0]=="{"?ju[s[1]]:s[0]);return a=>{let o="";for(let p=0;p<i.length;p++)o+=typeof i[p]=="string"?i[p]:i[p](a,t);return o}}const Au=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Mu(e,t){let i;return t=="UTC"||t=="Etc/UTC"?i=new Date(+e+e.getTimezoneOffset()*6e4):t==Au?i=e:(i=new Date(e.toLocaleString("en-US",{timeZone:t})),i.setMilliseconds(e.getMilliseconds())),i}const Ha=e=>e%1==0,es=[1,2,2.5,5],Cu=Al(10,-32,0,es),Ia=Al(10,0,32,es),Du=Ia.filter(Ha),Li=Cu.concat(Ia),yn=`
`,Oa="{YYYY}",Wr=yn+Oa,Fa="{M}/{D}",Tl=yn+Fa,Wl=Tl+"/{YY}",Na="{aa}",Pu="{h}:{mm}",Xi=Pu+Na,Gr=yn+Xi,qr=":{ss}",ht=null;function Ua(e){let t=e*1e3,i=t*60,l=i*60,s=l*24,a=s*30,o=s*365,d=(e==1?Al(10,0,3,es).filter(Ha):Al(10,-3,0,es)).concat([t,t*5,t*10,t*15,t*30,i,i*5,i*10,i*15,i*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]);const m=[[o,Oa,ht,ht,ht,ht,ht,ht,1],[s*28,"{MMM}",Wr,ht,ht,ht,ht,ht,1],[s,Fa,Wr,ht,ht,ht,ht,ht,1],[l,"{h}"+Na,Wl,ht,Tl,ht,ht,ht,1],[i,Xi,Wl,ht,Tl,ht,ht,ht,1],[t,qr,Wl+" "+Xi,ht,Tl+" "+Xi,ht,Gr,ht,1],[e,qr+".{fff}",Wl+" "+Xi,ht,Tl+" "+Xi,ht,Gr,ht,1]];function $(g){return(y,S,L,M,z,N)=>{let _=[],j=z>=o,k=z>=a&&z<o,G=g(L),P=yt(G*e,3),X=Os(G.getFullYear(),j?0:G.getMonth(),k||j?1:G.getDate()),J=yt(X*e,3);if(k||j){let lt=k?z/a:0,Z=j?z/o:0,E=P==J?P:yt(Os(X.getFullYear()+Z,X.getMonth()+lt,1)*e,3),Q=new Date(Pt(E/e)),R=Q.getFullYear(),q=Q.getMonth();for(let U=0;E<=M;U++){let rt=Os(R+Z*U,q+lt*U,1),F=rt-g(yt(rt*e,3));E=yt((+rt+F)*e,3),E<=M&&_.push(E)}}else{let lt=z>=s?s:z,Z=pe(L)-pe(P),E=J+Z+ns(P-J,lt);_.push(E);let Q=g(E),R=Q.getHours()+Q.getMinutes()/i+Q.getSeconds()/l,q=z/l,U=y.axes[S]._space,rt=N/U;for(;E=yt(E+z,e==1?0:3),!(E>M);)if(q>1){let F=pe(yt(R+q,6))%24,ot=g(E).getHours()-F;ot>1&&(ot=-1),E-=ot*l,R=(R+q)%24;let mt=_[_.length-1];yt((E-mt)/z,3)*rt>=.7&&_.push(E)}else _.push(E)}return _}}return[d,m,$]}const[zu,Vu,Ru]=Ua(1),[Hu,Iu,Ou]=Ua(.001);Al(2,-53,53,[1]);function Yr(e,t){return e.map(i=>i.map((l,s)=>s==0||s==8||l==null?l:t(s==1||i[8]==0?l:i[1]+l)))}function Zr(e,t){return(i,l,s,a,o)=>{let p=t.find(L=>o>=L[0])||t[t.length-1],d,m,$,g,y,S;return l.map(L=>{let M=e(L),z=M.getFullYear(),N=M.getMonth(),_=M.getDate(),j=M.getHours(),k=M.getMinutes(),G=M.getSeconds(),P=z!=d&&p[2]||N!=m&&p[3]||_!=$&&p[4]||j!=g&&p[5]||k!=y&&p[6]||G!=S&&p[7]||p[1];return d=z,m=N,$=_,g=j,y=k,S=G,P(M)})}}function Fu(e,t){let i=bn(t);return(l,s,a,o,p)=>s.map(d=>i(e(d)))}function Os(e,t,i){return new Date(e,t,i)}function Jr(e,t){return t(e)}const Nu="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Kr(e,t){return(i,l,s,a)=>a==null?dn:t(e(l))}function Uu(e,t){let i=e.series[t];return i.width?i.stroke(e,t):i.points.width?i.points.stroke(e,t):null}function Bu(e,t){return e.series[t].fill(e,t)}const Wu={show:!0,live:!0,isolate:!1,mount:uu,markers:{show:!0,width:2,stroke:Uu,fill:Bu,dash:"solid"},idx:null,idxs:null,values:[]};function Gu(e,t){let i=e.cursor.points,l=Se(),s=i.size(e,t);xt(l,kl,s),xt(l,Sl,s);let a=s/-2;xt(l,"marginLeft",a),xt(l,"marginTop",a);let o=i.width(e,t,s);return o&&xt(l,"borderWidth",o),l}function qu(e,t){let i=e.series[t].points;return i._fill||i._stroke}function Yu(e,t){let i=e.series[t].points;return i._stroke||i._fill}function Zu(e,t){return e.series[t].points.size}const Fs=[0,0];function Ju(e,t,i){return Fs[0]=t,Fs[1]=i,Fs}function Gl(e,t,i,l=!0){return s=>{s.button==0&&(!l||s.target==t)&&i(s)}}function Ns(e,t,i,l=!0){return s=>{(!l||s.target==t)&&i(s)}}const Ku={show:!0,x:!0,y:!0,lock:!1,move:Ju,points:{one:!1,show:Gu,size:Zu,width:0,stroke:Yu,fill:qu},bind:{mousedown:Gl,mouseup:Gl,click:Gl,dblclick:Gl,mousemove:Ns,mouseleave:Ns,mouseenter:Ns},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,i,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ba={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},$n=Mt({},Ba,{filter:Aa}),Wa=Mt({},$n,{size:10}),Ga=Mt({},Ba,{show:!1}),vn='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',qa="bold "+vn,Ya=1.5,Qr={show:!0,scale:"x",stroke:un,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:qa,side:2,grid:$n,ticks:Wa,border:Ga,font:vn,lineGap:Ya,rotate:0},Qu="Value",Xu="Time",Xr={show:!0,scale:"x",auto:!1,sorted:1,min:bt,max:-bt,idxs:[]};function td(e,t,i,l,s){return t.map(a=>a==null?"":mn(a))}function ed(e,t,i,l,s,a,o){let p=[],d=di.get(s)||0;i=o?i:yt(ns(i,s),d);for(let m=i;m<=l;m=yt(m+s,d))p.push(Object.is(m,-0)?0:m);return p}function tn(e,t,i,l,s,a,o){const p=[],d=e.scales[e.axes[t].scale].log,m=d==10?Xe:La,$=pe(m(i));s=sl(d,$),d==10&&(s=Li[Ve(s,Li)]);let g=i,y=s*d;d==10&&(y=Li[Ve(y,Li)]);do p.push(g),g=g+s,d==10&&!di.has(g)&&(g=yt(g,di.get(s))),g>=y&&(s=g,y=s*d,d==10&&(y=Li[Ve(y,Li)]));while(g<=l);return p}function id(e,t,i,l,s,a,o){let d=e.scales[e.axes[t].scale].asinh,m=l>d?tn(e,t,te(d,i),l,s):[d],$=l>=0&&i<=0?[0]:[];return(i<-d?tn(e,t,te(d,-l),-i,s):[d]).reverse().map(y=>-y).concat($,m)}const Za=/./,ld=/[12357]/,sd=/[125]/,ta=/1/,en=(e,t,i,l)=>e.map((s,a)=>t==4&&s==0||a%l==0&&i.test(s.toExponential()[s<0?1:0])?s:null);function nd(e,t,i,l,s){let a=e.axes[i],o=a.scale,p=e.scales[o],d=e.valToPos,m=a._space,$=d(10,o),g=d(9,o)-$>=m?Za:d(7,o)-$>=m?ld:d(5,o)-$>=m?sd:ta;if(g==ta){let y=zt(d(1,o)-$);if(y<m)return en(t.slice().reverse(),p.distr,g,Te(m/y)).reverse()}return en(t,p.distr,g,1)}function rd(e,t,i,l,s){let a=e.axes[i],o=a.scale,p=a._space,d=e.valToPos,m=zt(d(1,o)-d(2,o));return m<p?en(t.slice().reverse(),3,Za,Te(p/m)).reverse():t}function ad(e,t,i,l){return l==null?dn:t==null?"":mn(t)}const ea={show:!0,scale:"y",stroke:un,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:qa,side:3,grid:$n,ticks:Wa,border:Ga,font:vn,lineGap:Ya,rotate:0};function od(e,t){let i=3+(e||1)*2;return yt(i*t,3)}function cd(e,t){let{scale:i,idxs:l}=e.series[0],s=e._data[0],a=e.valToPos(s[l[0]],i,!0),o=e.valToPos(s[l[1]],i,!0),p=zt(o-a),d=e.series[t],m=p/(d.points.space*pt);return l[1]-l[0]<=m}const ia={scale:null,auto:!0,sorted:0,min:bt,max:-bt},Ja=(e,t,i,l,s)=>s,la={show:!0,auto:!0,sorted:0,gaps:Ja,alpha:1,facets:[Mt({},ia,{scale:"x"}),Mt({},ia,{scale:"y"})]},sa={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ja,alpha:1,points:{show:cd,filter:null},values:null,min:bt,max:-bt,idxs:[],path:null,clip:null};function ud(e,t,i,l,s){return i/10}const Ka={time:zc,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},dd=Mt({},Ka,{time:!1,ori:1}),na={};function Qa(e,t){let i=na[e];return i||(i={key:e,plots:[],sub(l){i.plots.push(l)},unsub(l){i.plots=i.plots.filter(s=>s!=l)},pub(l,s,a,o,p,d,m){for(let $=0;$<i.plots.length;$++)i.plots[$]!=s&&i.plots[$].pub(l,s,a,o,p,d,m)}},e!=null&&(na[e]=i)),i}const al=1,ln=2;function Ci(e,t,i){const l=e.mode,s=e.series[t],a=l==2?e._data[t]:e._data,o=e.scales,p=e.bbox;let d=a[0],m=l==2?a[1]:a[t],$=l==2?o[s.facets[0].scale]:o[e.series[0].scale],g=l==2?o[s.facets[1].scale]:o[s.scale],y=p.left,S=p.top,L=p.width,M=p.height,z=e.valToPosH,N=e.valToPosV;return $.ori==0?i(s,d,m,$,g,z,N,y,S,L,M,os,ul,us,to,io):i(s,d,m,$,g,N,z,S,y,M,L,cs,dl,xn,eo,lo)}function wn(e,t){let i=0,l=0,s=ut(e.bands,gn);for(let a=0;a<s.length;a++){let o=s[a];o.series[0]==t?i=o.dir:o.series[1]==t&&(o.dir==1?l|=1:l|=2)}return[i,l==1?-1:l==2?1:l==3?2:0]}function pd(e,t,i,l,s){let a=e.mode,o=e.series[t],p=a==2?o.facets[1].scale:o.scale,d=e.scales[p];return s==-1?d.min:s==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function ti(e,t,i,l,s,a){return Ci(e,t,(o,p,d,m,$,g,y,S,L,M,z)=>{let N=o.pxRound;const _=m.dir*(m.ori==0?1:-1),j=m.ori==0?ul:dl;let k,G;_==1?(k=i,G=l):(k=l,G=i);let P=N(g(p[k],m,M,S)),X=N(y(d[k],$,z,L)),J=N(g(p[G],m,M,S)),lt=N(y(a==1?$.max:$.min,$,z,L)),Z=new Path2D(s);return j(Z,J,lt),j(Z,P,lt),j(Z,P,X),Z})}function as(e,t,i,l,s,a){let o=null;if(e.length>0){o=new Path2D;const p=t==0?us:xn;let d=i;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let S=y[0]-d;S>0&&p(o,d,l,S,l+a),d=y[1]}}let m=i+s-d,$=10;m>0&&p(o,d,l-$/2,m,l+a+$)}return o}function fd(e,t,i){let l=e[e.length-1];l&&l[0]==t?l[1]=i:e.push([t,i])}function _n(e,t,i,l,s,a,o){let p=[],d=e.length;for(let m=s==1?i:l;m>=i&&m<=l;m+=s)if(t[m]===null){let g=m,y=m;if(s==1)for(;++m<=l&&t[m]===null;)y=m;else for(;--m>=i&&t[m]===null;)y=m;let S=a(e[g]),L=y==g?S:a(e[y]),M=g-s;S=o<=0&&M>=0&&M<d?a(e[M]):S;let N=y+s;L=o>=0&&N>=0&&N<d?a(e[N]):L,L>=S&&p.push([S,L])}return p}function ra(e){return e==0?ja:e==1?Pt:t=>Ti(t,e)}function Xa(e){let t=e==0?os:cs,i=e==0?(s,a,o,p,d,m)=>{s.arcTo(a,o,p,d,m)}:(s,a,o,p,d,m)=>{s.arcTo(o,a,d,p,m)},l=e==0?(s,a,o,p,d)=>{s.rect(a,o,p,d)}:(s,a,o,p,d)=>{s.rect(o,a,d,p)};return(s,a,o,p,d,m=0,$=0)=>{m==0&&$==0?l(s,a,o,p,d):(m=Re(m,p/2,d/2),$=Re($,p/2,d/2),t(s,a+m,o),i(s,a+p,o,a+p,o+d,m),i(s,a+p,o+d,a,o+d,$),i(s,a,o+d,a,o,$),i(s,a,o,a+p,o,m),s.closePath())}}const os=(e,t,i)=>{e.moveTo(t,i)},cs=(e,t,i)=>{e.moveTo(i,t)},ul=(e,t,i)=>{e.lineTo(t,i)},dl=(e,t,i)=>{e.lineTo(i,t)},us=Xa(0),xn=Xa(1),to=(e,t,i,l,s,a)=>{e.arc(t,i,l,s,a)},eo=(e,t,i,l,s,a)=>{e.arc(i,t,l,s,a)},io=(e,t,i,l,s,a,o)=>{e.bezierCurveTo(t,i,l,s,a,o)},lo=(e,t,i,l,s,a,o)=>{e.bezierCurveTo(i,t,s,l,o,a)};function so(e){return(t,i,l,s,a)=>Ci(t,i,(o,p,d,m,$,g,y,S,L,M,z)=>{let{pxRound:N,points:_}=o,j,k;m.ori==0?(j=os,k=to):(j=cs,k=eo);const G=yt(_.width*pt,3);let P=(_.size-_.width)/2*pt,X=yt(P*2,3),J=new Path2D,lt=new Path2D,{left:Z,top:E,width:Q,height:R}=t.bbox;us(lt,Z-X,E-X,Q+X*2,R+X*2);const q=U=>{if(d[U]!=null){let rt=N(g(p[U],m,M,S)),F=N(y(d[U],$,z,L));j(J,rt+P,F),k(J,rt,F,P,0,Yl*2)}};if(a)a.forEach(q);else for(let U=l;U<=s;U++)q(U);return{stroke:G>0?J:null,fill:J,clip:lt,flags:al|ln}})}function no(e){return(t,i,l,s,a,o)=>{l!=s&&(a!=l&&o!=l&&e(t,i,l),a!=s&&o!=s&&e(t,i,s),e(t,i,o))}}const hd=no(ul),md=no(dl);function ro(e){const t=ut(e?.alignGaps,0);return(i,l,s,a)=>Ci(i,l,(o,p,d,m,$,g,y,S,L,M,z)=>{[s,a]=ls(d,s,a);let N=o.pxRound,_=R=>N(g(R,m,M,S)),j=R=>N(y(R,$,z,L)),k,G;m.ori==0?(k=ul,G=hd):(k=dl,G=md);const P=m.dir*(m.ori==0?1:-1),X={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:al},J=X.stroke;let lt=!1;if(a-s>=M*4){let R=H=>i.posToVal(H,m.key,!0),q=null,U=null,rt,F,ie,kt=_(p[P==1?s:a]),ot=_(p[s]),mt=_(p[a]),tt=R(P==1?ot+1:mt-1);for(let H=P==1?s:a;H>=s&&H<=a;H+=P){let Ct=p[H],St=(P==1?Ct<tt:Ct>tt)?kt:_(Ct),ft=d[H];St==kt?ft!=null?(F=ft,q==null?(k(J,St,j(F)),rt=q=U=F):F<q?q=F:F>U&&(U=F)):ft===null&&(lt=!0):(q!=null&&G(J,kt,j(q),j(U),j(rt),j(F)),ft!=null?(F=ft,k(J,St,j(F)),q=U=rt=F):(q=U=null,ft===null&&(lt=!0)),kt=St,tt=R(kt+P))}q!=null&&q!=U&&ie!=kt&&G(J,kt,j(q),j(U),j(rt),j(F))}else for(let R=P==1?s:a;R>=s&&R<=a;R+=P){let q=d[R];q===null?lt=!0:q!=null&&k(J,_(p[R]),j(q))}let[E,Q]=wn(i,l);if(o.fill!=null||E!=0){let R=X.fill=new Path2D(J),q=o.fillTo(i,l,o.min,o.max,E),U=j(q),rt=_(p[s]),F=_(p[a]);P==-1&&([F,rt]=[rt,F]),k(R,F,U),k(R,rt,U)}if(!o.spanGaps){let R=[];lt&&R.push(..._n(p,d,s,a,P,_,t)),X.gaps=R=o.gaps(i,l,s,a,R),X.clip=as(R,m.ori,S,L,M,z)}return Q!=0&&(X.band=Q==2?[ti(i,l,s,a,J,-1),ti(i,l,s,a,J,1)]:ti(i,l,s,a,J,Q)),X})}function gd(e){const t=ut(e.align,1),i=ut(e.ascDesc,!1),l=ut(e.alignGaps,0),s=ut(e.extend,!1);return(a,o,p,d)=>Ci(a,o,(m,$,g,y,S,L,M,z,N,_,j)=>{[p,d]=ls(g,p,d);let k=m.pxRound,{left:G,width:P}=a.bbox,X=ot=>k(L(ot,y,_,z)),J=ot=>k(M(ot,S,j,N)),lt=y.ori==0?ul:dl;const Z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:al},E=Z.stroke,Q=y.dir*(y.ori==0?1:-1);let R=J(g[Q==1?p:d]),q=X($[Q==1?p:d]),U=q,rt=q;s&&t==-1&&(rt=G,lt(E,rt,R)),lt(E,q,R);for(let ot=Q==1?p:d;ot>=p&&ot<=d;ot+=Q){let mt=g[ot];if(mt==null)continue;let tt=X($[ot]),H=J(mt);t==1?lt(E,tt,R):lt(E,U,H),lt(E,tt,H),R=H,U=tt}let F=U;s&&t==1&&(F=G+P,lt(E,F,R));let[ie,kt]=wn(a,o);if(m.fill!=null||ie!=0){let ot=Z.fill=new Path2D(E),mt=m.fillTo(a,o,m.min,m.max,ie),tt=J(mt);lt(ot,F,tt),lt(ot,rt,tt)}if(!m.spanGaps){let ot=[];ot.push(..._n($,g,p,d,Q,X,l));let mt=m.width*pt/2,tt=i||t==1?mt:-mt,H=i||t==-1?-mt:mt;ot.forEach(Ct=>{Ct[0]+=tt,Ct[1]+=H}),Z.gaps=ot=m.gaps(a,o,p,d,ot),Z.clip=as(ot,y.ori,z,N,_,j)}return kt!=0&&(Z.band=kt==2?[ti(a,o,p,d,E,-1),ti(a,o,p,d,E,1)]:ti(a,o,p,d,E,kt)),Z})}function aa(e,t,i,l,s,a,o=bt){if(e.length>1){let p=null;for(let d=0,m=1/0;d<e.length;d++)if(t[d]!==void 0){if(p!=null){let $=zt(e[d]-e[p]);$<m&&(m=$,o=zt(i(e[d],l,s,a)-i(e[p],l,s,a)))}p=d}}return o}function bd(e){e=e||jl;const t=ut(e.size,[.6,bt,1]),i=e.align||0,l=e.gap||0;let s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;const a=st(s),o=1-t[0],p=ut(t[1],bt),d=ut(t[2],1),m=ut(e.disp,jl),$=ut(e.each,S=>{}),{fill:g,stroke:y}=m;return(S,L,M,z)=>Ci(S,L,(N,_,j,k,G,P,X,J,lt,Z,E)=>{let Q=N.pxRound,R=i,q=l*pt,U=p*pt,rt=d*pt,F,ie;k.ori==0?[F,ie]=a(S,L):[ie,F]=a(S,L);const kt=k.dir*(k.ori==0?1:-1);let ot=k.ori==0?us:xn,mt=k.ori==0?$:(D,$t,Dt,Vi,bi,Ne,yi)=>{$(D,$t,Dt,bi,Vi,yi,Ne)},tt=ut(S.bands,gn).find(D=>D.series[0]==L),H=tt!=null?tt.dir:0,Ct=N.fillTo(S,L,N.min,N.max,H),Zt=Q(X(Ct,G,E,lt)),St,ft,je,re=Z,Lt=Q(N.width*pt),Fe=!1,Je=null,$e=null,li=null,Di=null;g!=null&&(Lt==0||y!=null)&&(Fe=!0,Je=g.values(S,L,M,z),$e=new Map,new Set(Je).forEach(D=>{D!=null&&$e.set(D,new Path2D)}),Lt>0&&(li=y.values(S,L,M,z),Di=new Map,new Set(li).forEach(D=>{D!=null&&Di.set(D,new Path2D)})));let{x0:Pi,size:fl}=m;if(Pi!=null&&fl!=null){R=1,_=Pi.values(S,L,M,z),Pi.unit==2&&(_=_.map(Dt=>S.posToVal(J+Dt*Z,k.key,!0)));let D=fl.values(S,L,M,z);fl.unit==2?ft=D[0]*Z:ft=P(D[0],k,Z,J)-P(0,k,Z,J),re=aa(_,j,P,k,Z,J,re),je=re-ft+q}else re=aa(_,j,P,k,Z,J,re),je=re*o+q,ft=re-je;je<1&&(je=0),Lt>=ft/2&&(Lt=0),je<5&&(Q=ja);let Dl=je>0,mi=re-je-(Dl?Lt:0);ft=Q(Xs(mi,rt,U)),St=(R==0?ft/2:R==kt?0:ft)-R*kt*((R==0?q/2:0)+(Dl?Lt/2:0));const Jt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},zi=Fe?null:new Path2D;let Ke=null;if(tt!=null)Ke=S.data[tt.series[1]];else{let{y0:D,y1:$t}=m;D!=null&&$t!=null&&(j=$t.values(S,L,M,z),Ke=D.values(S,L,M,z))}let gi=F*ft,K=ie*ft;for(let D=kt==1?M:z;D>=M&&D<=z;D+=kt){let $t=j[D];if($t==null)continue;if(Ke!=null){let le=Ke[D]??0;if($t-le==0)continue;Zt=X(le,G,E,lt)}let Dt=k.distr!=2||m!=null?_[D]:D,Vi=P(Dt,k,Z,J),bi=X(ut($t,Ct),G,E,lt),Ne=Q(Vi-St),yi=Q(te(bi,Zt)),ae=Q(Re(bi,Zt)),ve=yi-ae;if($t!=null){let le=$t<0?K:gi,Ae=$t<0?gi:K;Fe?(Lt>0&&li[D]!=null&&ot(Di.get(li[D]),Ne,ae+pe(Lt/2),ft,te(0,ve-Lt),le,Ae),Je[D]!=null&&ot($e.get(Je[D]),Ne,ae+pe(Lt/2),ft,te(0,ve-Lt),le,Ae)):ot(zi,Ne,ae+pe(Lt/2),ft,te(0,ve-Lt),le,Ae),mt(S,L,D,Ne-Lt/2,ae,ft+Lt,ve)}}return Lt>0?Jt.stroke=Fe?Di:zi:Fe||(Jt._fill=N.width==0?N._fill:N._stroke??N._fill,Jt.width=0),Jt.fill=Fe?$e:zi,Jt})}function yd(e,t){const i=ut(t?.alignGaps,0);return(l,s,a,o)=>Ci(l,s,(p,d,m,$,g,y,S,L,M,z,N)=>{[a,o]=ls(m,a,o);let _=p.pxRound,j=F=>_(y(F,$,z,L)),k=F=>_(S(F,g,N,M)),G,P,X;$.ori==0?(G=os,X=ul,P=io):(G=cs,X=dl,P=lo);const J=$.dir*($.ori==0?1:-1);let lt=j(d[J==1?a:o]),Z=lt,E=[],Q=[];for(let F=J==1?a:o;F>=a&&F<=o;F+=J)if(m[F]!=null){let kt=d[F],ot=j(kt);E.push(Z=ot),Q.push(k(m[F]))}const R={stroke:e(E,Q,G,X,P,_),fill:null,clip:null,band:null,gaps:null,flags:al},q=R.stroke;let[U,rt]=wn(l,s);if(p.fill!=null||U!=0){let F=R.fill=new Path2D(q),ie=p.fillTo(l,s,p.min,p.max,U),kt=k(ie);X(F,Z,kt),X(F,lt,kt)}if(!p.spanGaps){let F=[];F.push(..._n(d,m,a,o,J,j,i)),R.gaps=F=p.gaps(l,s,a,o,F),R.clip=as(F,$.ori,L,M,z,N)}return rt!=0&&(R.band=rt==2?[ti(l,s,a,o,q,-1),ti(l,s,a,o,q,1)]:ti(l,s,a,o,q,rt)),R})}function $d(e){return yd(vd,e)}function vd(e,t,i,l,s,a){const o=e.length;if(o<2)return null;const p=new Path2D;if(i(p,e[0],t[0]),o==2)l(p,e[1],t[1]);else{let d=Array(o),m=Array(o-1),$=Array(o-1),g=Array(o-1);for(let y=0;y<o-1;y++)$[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],m[y]=$[y]/g[y];d[0]=m[0];for(let y=1;y<o-1;y++)m[y]===0||m[y-1]===0||m[y-1]>0!=m[y]>0?d[y]=0:(d[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/m[y-1]+(g[y]+2*g[y-1])/m[y]),isFinite(d[y])||(d[y]=0));d[o-1]=m[o-2];for(let y=0;y<o-1;y++)s(p,e[y]+g[y]/3,t[y]+d[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-d[y+1]*g[y]/3,e[y+1],t[y+1])}return p}const sn=new Set;function oa(){for(let e of sn)e.syncRect(!0)}cl&&(ji(tu,il,oa),ji(eu,il,oa,!0),ji(Xl,il,()=>{Wt.pxRatio=pt}));const wd=ro(),_d=so();function ca(e,t,i,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,o)=>nn(a,o,t,i))}function xd(e,t){return e.map((i,l)=>l==0?{}:Mt({},t,i))}function nn(e,t,i,l){return Mt({},t==0?i:l,e)}function ao(e,t,i){return t==null?nl:[t,i]}const kd=ao;function Sd(e,t,i){return t==null?nl:ts(t,i,hn,!0)}function oo(e,t,i,l){return t==null?nl:ss(t,i,e.scales[l].log,!1)}const Td=oo;function co(e,t,i,l){return t==null?nl:fn(t,i,e.scales[l].log,!1)}const Ld=co;function Ed(e,t,i,l,s){let a=te(Fr(e),Fr(t)),o=t-e,p=Ve(s/l*o,i);do{let d=i[p],m=l*d/o;if(m>=s&&a+(d<5?di.get(d):0)<=17)return[d,m]}while(++p<i.length);return[0,0]}function ua(e){let t,i;return e=e.replace(/(\d+)px/,(l,s)=>(t=Pt((i=+s)*pt))+"px"),[e,t,i]}function jd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let i=yt(t[2]*pt,1);t[0]=t[0].replace(/[0-9.]+px/,i+"px"),t[1]=i})}function Wt(e,t,i){const l={mode:ut(e.mode,1)},s=l.mode;function a(n,r,c,u){let f=r.valToPct(n);return u+c*(r.dir==-1?1-f:f)}function o(n,r,c,u){let f=r.valToPct(n);return u+c*(r.dir==-1?f:1-f)}function p(n,r,c,u){return r.ori==0?a(n,r,c,u):o(n,r,c,u)}l.valToPosH=a,l.valToPosV=o;let d=!1;l.status=0;const m=l.root=Se(Vc);if(e.id!=null&&(m.id=e.id),de(m,e.class),e.title){let n=Se(Ic,m);n.textContent=e.title}const $=Pe("canvas"),g=l.ctx=$.getContext("2d"),y=Se(Oc,m);ji("click",y,n=>{n.target===L&&(vt!=qi||Tt!=Yi)&&Bt.click(l,n)},!0);const S=l.under=Se(Fc,y);y.appendChild($);const L=l.over=Se(Nc,y);e=rl(e);const M=+ut(e.pxAlign,1),z=ra(M);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(l,e)||e)});const N=e.ms||.001,_=l.series=s==1?ca(e.series||[],Xr,sa,!1):xd(e.series||[null],la),j=l.axes=ca(e.axes||[],Qr,ea,!0),k=l.scales={},G=l.bands=e.bands||[];G.forEach(n=>{n.fill=st(n.fill||null),n.dir=ut(n.dir,-1)});const P=s==2?_[1].facets[0].scale:_[0].scale,X={axes:jo,series:ko},J=(e.drawOrder||["axes","series"]).map(n=>X[n]);function lt(n){const r=n.distr==3?c=>Xe(c>0?c:n.clamp(l,c,n.min,n.max,n.key)):n.distr==4?c=>Is(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=r(c),{_min:f,_max:b}=n,v=b-f;return(u-f)/v}}function Z(n){let r=k[n];if(r==null){let c=(e.scales||jl)[n]||jl;if(c.from!=null){Z(c.from);let u=Mt({},k[c.from],c,{key:n});u.valToPct=lt(u),k[n]=u}else{r=k[n]=Mt({},n==P?Ka:dd,c),r.key=n;let u=r.time,f=r.range,b=ci(f);if((n!=P||s==2&&!u)&&(b&&(f[0]==null||f[1]==null)&&(f={min:f[0]==null?Hr:{mode:1,hard:f[0],soft:f[0]},max:f[1]==null?Hr:{mode:1,hard:f[1],soft:f[1]}},b=!1),!b&&rs(f))){let v=f;f=(x,T,A)=>T==null?nl:ts(T,A,v)}r.range=st(f||(u?kd:n==P?r.distr==3?Td:r.distr==4?Ld:ao:r.distr==3?oo:r.distr==4?co:Sd)),r.auto=st(b?!1:r.auto),r.clamp=st(r.clamp||ud),r._min=r._max=null,r.valToPct=lt(r)}}}Z("x"),Z("y"),s==1&&_.forEach(n=>{Z(n.scale)}),j.forEach(n=>{Z(n.scale)});for(let n in e.scales)Z(n);const E=k[P],Q=E.distr;let R,q;E.ori==0?(de(m,Rc),R=a,q=o):(de(m,Hc),R=o,q=a);const U={};for(let n in k){let r=k[n];(r.min!=null||r.max!=null)&&(U[n]={min:r.min,max:r.max},r.min=r.max=null)}const rt=e.tzDate||(n=>new Date(Pt(n/N))),F=e.fmtDate||bn,ie=N==1?Ru(rt):Ou(rt),kt=Zr(rt,Yr(N==1?Vu:Iu,F)),ot=Kr(rt,Jr(Nu,F)),mt=[],tt=l.legend=Mt({},Wu,e.legend),H=l.cursor=Mt({},Ku,{drag:{y:s==2}},e.cursor),Ct=tt.show,Zt=H.show,St=tt.markers;tt.idxs=mt,St.width=st(St.width),St.dash=st(St.dash),St.stroke=st(St.stroke),St.fill=st(St.fill);let ft,je,re,Lt=[],Fe=[],Je,$e=!1,li={};if(tt.live){const n=_[1]?_[1].values:null;$e=n!=null,Je=$e?n(l,1,0):{_:0};for(let r in Je)li[r]=dn}if(Ct)if(ft=Pe("table",Yc,m),re=Pe("tbody",null,ft),tt.mount(l,ft),$e){je=Pe("thead",null,ft,re);let n=Pe("tr",null,je);Pe("th",null,n);for(var Di in Je)Pe("th",Sr,n).textContent=Di}else de(ft,Jc),tt.live&&de(ft,Zc);const Pi={show:!0},fl={show:!1};function Dl(n,r){if(r==0&&($e||!tt.live||s==2))return nl;let c=[],u=Pe("tr",Kc,re,re.childNodes[r]);de(u,n.class),n.show||de(u,Ei);let f=Pe("th",null,u);if(St.show){let x=Se(Qc,f);if(r>0){let T=St.width(l,r);T&&(x.style.border=T+"px "+St.dash(l,r)+" "+St.stroke(l,r)),x.style.background=St.fill(l,r)}}let b=Se(Sr,f);n.label instanceof HTMLElement?b.appendChild(n.label):b.textContent=n.label,r>0&&(St.show||(b.style.color=n.width>0?St.stroke(l,r):St.fill(l,r)),Jt("click",f,x=>{if(H._lock)return;vi(x);let T=_.indexOf(n);if((x.ctrlKey||x.metaKey)!=tt.isolate){let A=_.some((C,V)=>V>0&&V!=T&&C.show);_.forEach((C,V)=>{V>0&&Be(V,A?V==T?Pi:fl:Pi,!0,At.setSeries)})}else Be(T,{show:!n.show},!0,At.setSeries)},!1),Hi&&Jt(jr,f,x=>{H._lock||(vi(x),Be(_.indexOf(n),Ji,!0,At.setSeries))},!1));for(var v in Je){let x=Pe("td",Xc,u);x.textContent="--",c.push(x)}return[u,c]}const mi=new Map;function Jt(n,r,c,u=!0){const f=mi.get(r)||{},b=H.bind[n](l,r,c,u);b&&(ji(n,r,f[n]=b),mi.set(r,f))}function zi(n,r,c){const u=mi.get(r)||{};for(let f in u)(n==null||f==n)&&(Qs(f,r,u[f]),delete u[f]);n==null&&mi.delete(r)}let Ke=0,gi=0,K=0,D=0,$t=0,Dt=0,Vi=$t,bi=Dt,Ne=K,yi=D,ae=0,ve=0,le=0,Ae=0;l.bbox={};let ps=!1,Pl=!1,Ri=!1,$i=!1,zl=!1,we=!1;function fs(n,r,c){(c||n!=l.width||r!=l.height)&&On(n,r),Ui(!1),Ri=!0,Pl=!0,Bi()}function On(n,r){l.width=Ke=K=n,l.height=gi=D=r,$t=Dt=0,bo(),yo();let c=l.bbox;ae=c.left=Ti($t*pt,.5),ve=c.top=Ti(Dt*pt,.5),le=c.width=Ti(K*pt,.5),Ae=c.height=Ti(D*pt,.5)}const ho=3;function mo(){let n=!1,r=0;for(;!n;){r++;let c=Lo(r),u=Eo(r);n=r==ho||c&&u,n||(On(l.width,l.height),Pl=!0)}}function go({width:n,height:r}){fs(n,r)}l.setSize=go;function bo(){let n=!1,r=!1,c=!1,u=!1;j.forEach((f,b)=>{if(f.show&&f._show){let{side:v,_size:x}=f,T=v%2,A=f.label!=null?f.labelSize:0,C=x+A;C>0&&(T?(K-=C,v==3?($t+=C,u=!0):c=!0):(D-=C,v==0?(Dt+=C,n=!0):r=!0))}}),wi[0]=n,wi[1]=c,wi[2]=r,wi[3]=u,K-=si[1]+si[3],$t+=si[3],D-=si[2]+si[0],Dt+=si[0]}function yo(){let n=$t+K,r=Dt+D,c=$t,u=Dt;function f(b,v){switch(b){case 1:return n+=v,n-v;case 2:return r+=v,r-v;case 3:return c-=v,c+v;case 0:return u-=v,u+v}}j.forEach((b,v)=>{if(b.show&&b._show){let x=b.side;b._pos=f(x,b._size),b.label!=null&&(b._lpos=f(x,b.labelSize))}})}if(H.dataIdx==null){let n=H.hover,r=n.skip=new Set(n.skip??[]);r.add(void 0);let c=n.prox=st(n.prox),u=n.bias??=0;H.dataIdx=(f,b,v,x)=>{if(b==0)return v;let T=v,A=c(f,b,v,x)??bt,C=A>=0&&A<bt,V=E.ori==0?K:D,Y=H.left,dt=t[0],ct=t[b];if(r.has(ct[v])){T=null;let it=null,W=null,I;if(u==0||u==-1)for(I=v;it==null&&I-- >0;)r.has(ct[I])||(it=I);if(u==0||u==1)for(I=v;W==null&&I++<ct.length;)r.has(ct[I])||(W=I);if(it!=null||W!=null)if(C){let _t=it==null?-1/0:R(dt[it],E,V,0),Et=W==null?1/0:R(dt[W],E,V,0),Nt=Y-_t,gt=Et-Y;Nt<=gt?Nt<=A&&(T=it):gt<=A&&(T=W)}else T=W==null?it:it==null?W:v-it<=W-v?it:W}else C&&zt(Y-R(dt[v],E,V,0))>A&&(T=null);return T}}const vi=n=>{H.event=n};H.idxs=mt,H._lock=!1;let Gt=H.points;Gt.show=st(Gt.show),Gt.size=st(Gt.size),Gt.stroke=st(Gt.stroke),Gt.width=st(Gt.width),Gt.fill=st(Gt.fill);const Ue=l.focus=Mt({},e.focus||{alpha:.3},H.focus),Hi=Ue.prox>=0,Ii=Hi&&Gt.one;let _e=[],Oi=[],Fi=[];function Fn(n,r){let c=Gt.show(l,r);if(c instanceof HTMLElement)return de(c,qc),de(c,n.class),Ye(c,-10,-10,K,D),L.insertBefore(c,_e[r]),c}function Nn(n,r){if(s==1||r>0){let c=s==1&&k[n.scale].time,u=n.value;n.value=c?Br(u)?Kr(rt,Jr(u,F)):u||ot:u||ad,n.label=n.label||(c?Xu:Qu)}if(Ii||r>0){n.width=n.width==null?1:n.width,n.paths=n.paths||wd||du,n.fillTo=st(n.fillTo||pd),n.pxAlign=+ut(n.pxAlign,M),n.pxRound=ra(n.pxAlign),n.stroke=st(n.stroke||null),n.fill=st(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=od(te(1,n.width),1),u=n.points=Mt({},{size:c,width:te(1,c*.2),stroke:n.stroke,space:c*2,paths:_d,_stroke:null,_fill:null},n.points);u.show=st(u.show),u.filter=st(u.filter),u.fill=st(u.fill),u.stroke=st(u.stroke),u.paths=st(u.paths),u.pxAlign=n.pxAlign}if(Ct){let c=Dl(n,r);Lt.splice(r,0,c[0]),Fe.splice(r,0,c[1]),tt.values.push(null)}if(Zt){mt.splice(r,0,null);let c=null;Ii?r==0&&(c=Fn(n,r)):r>0&&(c=Fn(n,r)),_e.splice(r,0,c),Oi.splice(r,0,0),Fi.splice(r,0,0)}Ft("addSeries",r)}function $o(n,r){r=r??_.length,n=s==1?nn(n,r,Xr,sa):nn(n,r,{},la),_.splice(r,0,n),Nn(_[r],r)}l.addSeries=$o;function vo(n){if(_.splice(n,1),Ct){tt.values.splice(n,1),Fe.splice(n,1);let r=Lt.splice(n,1)[0];zi(null,r.firstChild),r.remove()}Zt&&(mt.splice(n,1),_e.splice(n,1)[0].remove(),Oi.splice(n,1),Fi.splice(n,1)),Ft("delSeries",n)}l.delSeries=vo;const wi=[!1,!1,!1,!1];function wo(n,r){if(n._show=n.show,n.show){let c=n.side%2,u=k[n.scale];u==null&&(n.scale=c?_[1].scale:P,u=k[n.scale]);let f=u.time;n.size=st(n.size),n.space=st(n.space),n.rotate=st(n.rotate),ci(n.incrs)&&n.incrs.forEach(v=>{!di.has(v)&&di.set(v,Ca(v))}),n.incrs=st(n.incrs||(u.distr==2?Du:f?N==1?zu:Hu:Li)),n.splits=st(n.splits||(f&&u.distr==1?ie:u.distr==3?tn:u.distr==4?id:ed)),n.stroke=st(n.stroke),n.grid.stroke=st(n.grid.stroke),n.ticks.stroke=st(n.ticks.stroke),n.border.stroke=st(n.border.stroke);let b=n.values;n.values=ci(b)&&!ci(b[0])?st(b):f?ci(b)?Zr(rt,Yr(b,F)):Br(b)?Fu(rt,b):b||kt:b||td,n.filter=st(n.filter||(u.distr>=3&&u.log==10?nd:u.distr==3&&u.log==2?rd:Aa)),n.font=ua(n.font),n.labelFont=ua(n.labelFont),n._size=n.size(l,null,r,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(wi[r]=!0,n._el=Se(Uc,y))}}function hl(n,r,c,u){let[f,b,v,x]=c,T=r%2,A=0;return T==0&&(x||b)&&(A=r==0&&!f||r==2&&!v?Pt(Qr.size/3):0),T==1&&(f||v)&&(A=r==1&&!b||r==3&&!x?Pt(ea.size/2):0),A}const Un=l.padding=(e.padding||[hl,hl,hl,hl]).map(n=>st(ut(n,hl))),si=l._padding=Un.map((n,r)=>n(l,r,wi,0));let Ut,Rt=null,Ht=null;const Vl=s==1?_[0].idxs:null;let Me=null,ml=!1;function Bn(n,r){if(t=n??[],l.data=l._data=t,s==2){Ut=0;for(let c=1;c<_.length;c++)Ut+=t[c][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),Me=t[0],Ut=Me.length;let c=t;if(Q==2){c=t.slice();let u=c[0]=Array(Ut);for(let f=0;f<Ut;f++)u[f]=f}l._data=t=c}if(Ui(!0),Ft("setData"),Q==2&&(Ri=!0),r!==!1){let c=E;c.auto(l,ml)?hs():ri(P,c.min,c.max),$i=$i||H.left>=0,we=!0,Bi()}}l.setData=Bn;function hs(){ml=!0;let n,r;s==1&&(Ut>0?(Rt=Vl[0]=0,Ht=Vl[1]=Ut-1,n=t[0][Rt],r=t[0][Ht],Q==2?(n=Rt,r=Ht):n==r&&(Q==3?[n,r]=ss(n,n,E.log,!1):Q==4?[n,r]=fn(n,n,E.log,!1):E.time?r=n+Pt(86400/N):[n,r]=ts(n,r,hn,!0))):(Rt=Vl[0]=n=null,Ht=Vl[1]=r=null)),ri(P,n,r)}let Rl,Ni,ms,gs,bs,ys,$s,vs,ws,se;function Wn(n,r,c,u,f,b){n??=Lr,c??=gn,u??="butt",f??=Lr,b??="round",n!=Rl&&(g.strokeStyle=Rl=n),f!=Ni&&(g.fillStyle=Ni=f),r!=ms&&(g.lineWidth=ms=r),b!=bs&&(g.lineJoin=bs=b),u!=ys&&(g.lineCap=ys=u),c!=gs&&g.setLineDash(gs=c)}function Gn(n,r,c,u){r!=Ni&&(g.fillStyle=Ni=r),n!=$s&&(g.font=$s=n),c!=vs&&(g.textAlign=vs=c),u!=ws&&(g.textBaseline=ws=u)}function _s(n,r,c,u,f=0){if(u.length>0&&n.auto(l,ml)&&(r==null||r.min==null)){let b=ut(Rt,0),v=ut(Ht,u.length-1),x=c.min==null?nu(u,b,v,f,n.distr==3):[c.min,c.max];n.min=Re(n.min,c.min=x[0]),n.max=te(n.max,c.max=x[1])}}const qn={min:null,max:null};function _o(){for(let u in k){let f=k[u];U[u]==null&&(f.min==null||U[P]!=null&&f.auto(l,ml))&&(U[u]=qn)}for(let u in k){let f=k[u];U[u]==null&&f.from!=null&&U[f.from]!=null&&(U[u]=qn)}U[P]!=null&&Ui(!0);let n={};for(let u in U){let f=U[u];if(f!=null){let b=n[u]=rl(k[u],hu);if(f.min!=null)Mt(b,f);else if(u!=P||s==2)if(Ut==0&&b.from==null){let v=b.range(l,null,null,u);b.min=v[0],b.max=v[1]}else b.min=bt,b.max=-bt}}if(Ut>0){_.forEach((u,f)=>{if(s==1){let b=u.scale,v=U[b];if(v==null)return;let x=n[b];if(f==0){let T=x.range(l,x.min,x.max,b);x.min=T[0],x.max=T[1],Rt=Ve(x.min,t[0]),Ht=Ve(x.max,t[0]),Ht-Rt>1&&(t[0][Rt]<x.min&&Rt++,t[0][Ht]>x.max&&Ht--),u.min=Me[Rt],u.max=Me[Ht]}else u.show&&u.auto&&_s(x,v,u,t[f],u.sorted);u.idxs[0]=Rt,u.idxs[1]=Ht}else if(f>0&&u.show&&u.auto){let[b,v]=u.facets,x=b.scale,T=v.scale,[A,C]=t[f],V=n[x],Y=n[T];V!=null&&_s(V,U[x],b,A,b.sorted),Y!=null&&_s(Y,U[T],v,C,v.sorted),u.min=v.min,u.max=v.max}});for(let u in n){let f=n[u],b=U[u];if(f.from==null&&(b==null||b.min==null)){let v=f.range(l,f.min==bt?null:f.min,f.max==-bt?null:f.max,u);f.min=v[0],f.max=v[1]}}}for(let u in n){let f=n[u];if(f.from!=null){let b=n[f.from];if(b.min==null)f.min=f.max=null;else{let v=f.range(l,b.min,b.max,u);f.min=v[0],f.max=v[1]}}}let r={},c=!1;for(let u in n){let f=n[u],b=k[u];if(b.min!=f.min||b.max!=f.max){b.min=f.min,b.max=f.max;let v=b.distr;b._min=v==3?Xe(b.min):v==4?Is(b.min,b.asinh):v==100?b.fwd(b.min):b.min,b._max=v==3?Xe(b.max):v==4?Is(b.max,b.asinh):v==100?b.fwd(b.max):b.max,r[u]=c=!0}}if(c){_.forEach((u,f)=>{s==2?f>0&&r.y&&(u._paths=null):r[u.scale]&&(u._paths=null)});for(let u in r)Ri=!0,Ft("setScale",u);Zt&&H.left>=0&&($i=we=!0)}for(let u in U)U[u]=null}function xo(n){let r=Xs(Rt-1,0,Ut-1),c=Xs(Ht+1,0,Ut-1);for(;n[r]==null&&r>0;)r--;for(;n[c]==null&&c<Ut-1;)c++;return[r,c]}function ko(){if(Ut>0){let n=_.some(r=>r._focus)&&se!=Ue.alpha;n&&(g.globalAlpha=se=Ue.alpha),_.forEach((r,c)=>{if(c>0&&r.show&&(Yn(c,!1),Yn(c,!0),r._paths==null)){let u=se;se!=r.alpha&&(g.globalAlpha=se=r.alpha);let f=s==2?[0,t[c][0].length-1]:xo(t[c]);r._paths=r.paths(l,c,f[0],f[1]),se!=u&&(g.globalAlpha=se=u)}}),_.forEach((r,c)=>{if(c>0&&r.show){let u=se;se!=r.alpha&&(g.globalAlpha=se=r.alpha),r._paths!=null&&Zn(c,!1);{let f=r._paths!=null?r._paths.gaps:null,b=r.points.show(l,c,Rt,Ht,f),v=r.points.filter(l,c,b,f);(b||v)&&(r.points._paths=r.points.paths(l,c,Rt,Ht,v),Zn(c,!0))}se!=u&&(g.globalAlpha=se=u),Ft("drawSeries",c)}}),n&&(g.globalAlpha=se=1)}}function Yn(n,r){let c=r?_[n].points:_[n];c._stroke=c.stroke(l,n),c._fill=c.fill(l,n)}function Zn(n,r){let c=r?_[n].points:_[n],{stroke:u,fill:f,clip:b,flags:v,_stroke:x=c._stroke,_fill:T=c._fill,_width:A=c.width}=c._paths;A=yt(A*pt,3);let C=null,V=A%2/2;r&&T==null&&(T=A>0?"#fff":x);let Y=c.pxAlign==1&&V>0;if(Y&&g.translate(V,V),!r){let dt=ae-A/2,ct=ve-A/2,it=le+A,W=Ae+A;C=new Path2D,C.rect(dt,ct,it,W)}r?xs(x,A,c.dash,c.cap,T,u,f,v,b):So(n,x,A,c.dash,c.cap,T,u,f,v,C,b),Y&&g.translate(-V,-V)}function So(n,r,c,u,f,b,v,x,T,A,C){let V=!1;T!=0&&G.forEach((Y,dt)=>{if(Y.series[0]==n){let ct=_[Y.series[1]],it=t[Y.series[1]],W=(ct._paths||jl).band;ci(W)&&(W=Y.dir==1?W[0]:W[1]);let I,_t=null;ct.show&&W&&au(it,Rt,Ht)?(_t=Y.fill(l,dt)||b,I=ct._paths.clip):W=null,xs(r,c,u,f,_t,v,x,T,A,C,I,W),V=!0}}),V||xs(r,c,u,f,b,v,x,T,A,C)}const Jn=al|ln;function xs(n,r,c,u,f,b,v,x,T,A,C,V){Wn(n,r,c,u,f),(T||A||V)&&(g.save(),T&&g.clip(T),A&&g.clip(A)),V?(x&Jn)==Jn?(g.clip(V),C&&g.clip(C),Il(f,v),Hl(n,b,r)):x&ln?(Il(f,v),g.clip(V),Hl(n,b,r)):x&al&&(g.save(),g.clip(V),C&&g.clip(C),Il(f,v),g.restore(),Hl(n,b,r)):(Il(f,v),Hl(n,b,r)),(T||A||V)&&g.restore()}function Hl(n,r,c){c>0&&(r instanceof Map?r.forEach((u,f)=>{g.strokeStyle=Rl=f,g.stroke(u)}):r!=null&&n&&g.stroke(r))}function Il(n,r){r instanceof Map?r.forEach((c,u)=>{g.fillStyle=Ni=u,g.fill(c)}):r!=null&&n&&g.fill(r)}function To(n,r,c,u){let f=j[n],b;if(u<=0)b=[0,0];else{let v=f._space=f.space(l,n,r,c,u),x=f._incrs=f.incrs(l,n,r,c,u,v);b=Ed(r,c,x,u,v)}return f._found=b}function ks(n,r,c,u,f,b,v,x,T,A){let C=v%2/2;M==1&&g.translate(C,C),Wn(x,v,T,A,x),g.beginPath();let V,Y,dt,ct,it=f+(u==0||u==3?-b:b);c==0?(Y=f,ct=it):(V=f,dt=it);for(let W=0;W<n.length;W++)r[W]!=null&&(c==0?V=dt=n[W]:Y=ct=n[W],g.moveTo(V,Y),g.lineTo(dt,ct));g.stroke(),M==1&&g.translate(-C,-C)}function Lo(n){let r=!0;return j.forEach((c,u)=>{if(!c.show)return;let f=k[c.scale];if(f.min==null){c._show&&(r=!1,c._show=!1,Ui(!1));return}else c._show||(r=!1,c._show=!0,Ui(!1));let b=c.side,v=b%2,{min:x,max:T}=f,[A,C]=To(u,x,T,v==0?K:D);if(C==0)return;let V=f.distr==2,Y=c._splits=c.splits(l,u,x,T,A,C,V),dt=f.distr==2?Y.map(I=>Me[I]):Y,ct=f.distr==2?Me[Y[1]]-Me[Y[0]]:A,it=c._values=c.values(l,c.filter(l,dt,u,C,ct),u,C,ct);c._rotate=b==2?c.rotate(l,it,u,C):0;let W=c._size;c._size=Te(c.size(l,it,u,n)),W!=null&&c._size!=W&&(r=!1)}),r}function Eo(n){let r=!0;return Un.forEach((c,u)=>{let f=c(l,u,wi,n);f!=si[u]&&(r=!1),si[u]=f}),r}function jo(){for(let n=0;n<j.length;n++){let r=j[n];if(!r.show||!r._show)continue;let c=r.side,u=c%2,f,b,v=r.stroke(l,n),x=c==0||c==3?-1:1,[T,A]=r._found;if(r.label!=null){let Qt=r.labelGap*x,ue=Pt((r._lpos+Qt)*pt);Gn(r.labelFont[0],v,"center",c==2?_l:Tr),g.save(),u==1?(f=b=0,g.translate(ue,Pt(ve+Ae/2)),g.rotate((c==3?-Yl:Yl)/2)):(f=Pt(ae+le/2),b=ue);let ki=Ea(r.label)?r.label(l,n,T,A):r.label;g.fillText(ki,f,b),g.restore()}if(A==0)continue;let C=k[r.scale],V=u==0?le:Ae,Y=u==0?ae:ve,dt=r._splits,ct=C.distr==2?dt.map(Qt=>Me[Qt]):dt,it=C.distr==2?Me[dt[1]]-Me[dt[0]]:T,W=r.ticks,I=r.border,_t=W.show?W.size:0,Et=Pt(_t*pt),Nt=Pt((r.alignTo==2?r._size-_t-r.gap:r.gap)*pt),gt=r._rotate*-Yl/180,jt=z(r._pos*pt),oe=(Et+Nt)*x,Kt=jt+oe;b=u==0?Kt:0,f=u==1?Kt:0;let xe=r.font[0],Ce=r.align==1?Qi:r.align==2?Vs:gt>0?Qi:gt<0?Vs:u==0?"center":c==3?Vs:Qi,Ge=gt||u==1?"middle":c==2?_l:Tr;Gn(xe,v,Ce,Ge);let ce=r.font[1]*r.lineGap,ke=dt.map(Qt=>z(p(Qt,C,V,Y))),De=r._values;for(let Qt=0;Qt<De.length;Qt++){let ue=De[Qt];if(ue!=null){u==0?f=ke[Qt]:b=ke[Qt],ue=""+ue;let ki=ue.indexOf(`
`)==-1?[ue]:ue.split(/\n/gm);for(let Xt=0;Xt<ki.length;Xt++){let mr=ki[Xt];gt?(g.save(),g.translate(f,b+Xt*ce),g.rotate(gt),g.fillText(mr,0,0),g.restore()):g.fillText(mr,f,b+Xt*ce)}}}W.show&&ks(ke,W.filter(l,ct,n,A,it),u,c,jt,Et,yt(W.width*pt,3),W.stroke(l,n),W.dash,W.cap);let qe=r.grid;qe.show&&ks(ke,qe.filter(l,ct,n,A,it),u,u==0?2:1,u==0?ve:ae,u==0?Ae:le,yt(qe.width*pt,3),qe.stroke(l,n),qe.dash,qe.cap),I.show&&ks([jt],[1],u==0?1:0,u==0?1:2,u==1?ve:ae,u==1?Ae:le,yt(I.width*pt,3),I.stroke(l,n),I.dash,I.cap)}Ft("drawAxes")}function Ui(n){_.forEach((r,c)=>{c>0&&(r._paths=null,n&&(s==1?(r.min=null,r.max=null):r.facets.forEach(u=>{u.min=null,u.max=null})))})}let Ol=!1,Ss=!1,gl=[];function Ao(){Ss=!1;for(let n=0;n<gl.length;n++)Ft(...gl[n]);gl.length=0}function Bi(){Ol||(wu(Kn),Ol=!0)}function Mo(n,r=!1){Ol=!0,Ss=r,n(l),Kn(),r&&gl.length>0&&queueMicrotask(Ao)}l.batch=Mo;function Kn(){if(ps&&(_o(),ps=!1),Ri&&(mo(),Ri=!1),Pl){if(xt(S,Qi,$t),xt(S,_l,Dt),xt(S,kl,K),xt(S,Sl,D),xt(L,Qi,$t),xt(L,_l,Dt),xt(L,kl,K),xt(L,Sl,D),xt(y,kl,Ke),xt(y,Sl,gi),$.width=Pt(Ke*pt),$.height=Pt(gi*pt),j.forEach(({_el:n,_show:r,_size:c,_pos:u,side:f})=>{if(n!=null)if(r){let b=f===3||f===0?c:0,v=f%2==1;xt(n,v?"left":"top",u-b),xt(n,v?"width":"height",c),xt(n,v?"top":"left",v?Dt:$t),xt(n,v?"height":"width",v?D:K),Ks(n,Ei)}else de(n,Ei)}),Rl=Ni=ms=bs=ys=$s=vs=ws=gs=null,se=1,$l(!0),$t!=Vi||Dt!=bi||K!=Ne||D!=yi){Ui(!1);let n=K/Ne,r=D/yi;if(Zt&&!$i&&H.left>=0){H.left*=n,H.top*=r,Wi&&Ye(Wi,Pt(H.left),0,K,D),Gi&&Ye(Gi,0,Pt(H.top),K,D);for(let c=0;c<_e.length;c++){let u=_e[c];u!=null&&(Oi[c]*=n,Fi[c]*=r,Ye(u,Te(Oi[c]),Te(Fi[c]),K,D))}}if(wt.show&&!zl&&wt.left>=0&&wt.width>0){wt.left*=n,wt.width*=n,wt.top*=r,wt.height*=r;for(let c in Ms)xt(Zi,c,wt[c])}Vi=$t,bi=Dt,Ne=K,yi=D}Ft("setSize"),Pl=!1}Ke>0&&gi>0&&(g.clearRect(0,0,$.width,$.height),Ft("drawClear"),J.forEach(n=>n()),Ft("draw")),wt.show&&zl&&(Fl(wt),zl=!1),Zt&&$i&&(xi(null,!0,!1),$i=!1),tt.show&&tt.live&&we&&(js(),we=!1),d||(d=!0,l.status=1,Ft("ready")),ml=!1,Ol=!1}l.redraw=(n,r)=>{Ri=r||!1,n!==!1?ri(P,E.min,E.max):Bi()};function Ts(n,r){let c=k[n];if(c.from==null){if(Ut==0){let u=c.range(l,r.min,r.max,n);r.min=u[0],r.max=u[1]}if(r.min>r.max){let u=r.min;r.min=r.max,r.max=u}if(Ut>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;n==P&&c.distr==2&&Ut>0&&(r.min=Ve(r.min,t[0]),r.max=Ve(r.max,t[0]),r.min==r.max&&r.max++),U[n]=r,ps=!0,Bi()}}l.setScale=Ts;let Ls,Es,Wi,Gi,Qn,Xn,qi,Yi,tr,er,vt,Tt,ni=!1;const Bt=H.drag;let It=Bt.x,Ot=Bt.y;Zt&&(H.x&&(Ls=Se(Wc,L)),H.y&&(Es=Se(Gc,L)),E.ori==0?(Wi=Ls,Gi=Es):(Wi=Es,Gi=Ls),vt=H.left,Tt=H.top);const wt=l.select=Mt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Zi=wt.show?Se(Bc,wt.over?L:S):null;function Fl(n,r){if(wt.show){for(let c in n)wt[c]=n[c],c in Ms&&xt(Zi,c,n[c]);r!==!1&&Ft("setSelect")}}l.setSelect=Fl;function Co(n){if(_[n].show)Ct&&Ks(Lt[n],Ei);else if(Ct&&de(Lt[n],Ei),Zt){let c=Ii?_e[0]:_e[n];c!=null&&Ye(c,-10,-10,K,D)}}function ri(n,r,c){Ts(n,{min:r,max:c})}function Be(n,r,c,u){r.focus!=null&&Ro(n),r.show!=null&&_.forEach((f,b)=>{b>0&&(n==b||n==null)&&(f.show=r.show,Co(b),s==2?(ri(f.facets[0].scale,null,null),ri(f.facets[1].scale,null,null)):ri(f.scale,null,null),Bi())}),c!==!1&&Ft("setSeries",n,r),u&&vl("setSeries",l,n,r)}l.setSeries=Be;function Do(n,r){Mt(G[n],r)}function Po(n,r){n.fill=st(n.fill||null),n.dir=ut(n.dir,-1),r=r??G.length,G.splice(r,0,n)}function zo(n){n==null?G.length=0:G.splice(n,1)}l.addBand=Po,l.setBand=Do,l.delBand=zo;function Vo(n,r){_[n].alpha=r,Zt&&_e[n]!=null&&(_e[n].style.opacity=r),Ct&&Lt[n]&&(Lt[n].style.opacity=r)}let Qe,ai,_i;const Ji={focus:!0};function Ro(n){if(n!=_i){let r=n==null,c=Ue.alpha!=1;_.forEach((u,f)=>{if(s==1||f>0){let b=r||f==0||f==n;u._focus=r?null:b,c&&Vo(f,b?1:Ue.alpha)}}),_i=n,c&&Bi()}}Ct&&Hi&&Jt(Ar,ft,n=>{H._lock||(vi(n),_i!=null&&Be(null,Ji,!0,At.setSeries))});function We(n,r,c){let u=k[r];c&&(n=n/pt-(u.ori==1?Dt:$t));let f=K;u.ori==1&&(f=D,n=f-n),u.dir==-1&&(n=f-n);let b=u._min,v=u._max,x=n/f,T=b+(v-b)*x,A=u.distr;return A==3?sl(10,T):A==4?cu(T,u.asinh):A==100?u.bwd(T):T}function Ho(n,r){let c=We(n,P,r);return Ve(c,t[0],Rt,Ht)}l.valToIdx=n=>Ve(n,t[0]),l.posToIdx=Ho,l.posToVal=We,l.valToPos=(n,r,c)=>k[r].ori==0?a(n,k[r],c?le:K,c?ae:0):o(n,k[r],c?Ae:D,c?ve:0),l.setCursor=(n,r,c)=>{vt=n.left,Tt=n.top,xi(null,r,c)};function ir(n,r){xt(Zi,Qi,wt.left=n),xt(Zi,kl,wt.width=r)}function lr(n,r){xt(Zi,_l,wt.top=n),xt(Zi,Sl,wt.height=r)}let bl=E.ori==0?ir:lr,yl=E.ori==1?ir:lr;function Io(){if(Ct&&tt.live)for(let n=s==2?1:0;n<_.length;n++){if(n==0&&$e)continue;let r=tt.values[n],c=0;for(let u in r)Fe[n][c++].firstChild.nodeValue=r[u]}}function js(n,r){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{mt[u]=c}):fu(n.idx)||mt.fill(n.idx),tt.idx=mt[0]),Ct&&tt.live){for(let c=0;c<_.length;c++)(c>0||s==1&&!$e)&&Oo(c,mt[c]);Io()}we=!1,r!==!1&&Ft("setLegend")}l.setLegend=js;function Oo(n,r){let c=_[n],u=n==0&&Q==2?Me:t[n],f;$e?f=c.values(l,n,r)??li:(f=c.value(l,r==null?null:u[r],n,r),f=f==null?li:{_:f}),tt.values[n]=f}function xi(n,r,c){tr=vt,er=Tt,[vt,Tt]=H.move(l,vt,Tt),H.left=vt,H.top=Tt,Zt&&(Wi&&Ye(Wi,Pt(vt),0,K,D),Gi&&Ye(Gi,0,Pt(Tt),K,D));let u,f=Rt>Ht;Qe=bt,ai=null;let b=E.ori==0?K:D,v=E.ori==1?K:D;if(vt<0||Ut==0||f){u=H.idx=null;for(let x=0;x<_.length;x++){let T=_e[x];T!=null&&Ye(T,-10,-10,K,D)}Hi&&Be(null,Ji,!0,n==null&&At.setSeries),tt.live&&(mt.fill(u),we=!0)}else{let x,T,A;s==1&&(x=E.ori==0?vt:Tt,T=We(x,P),u=H.idx=Ve(T,t[0],Rt,Ht),A=R(t[0][u],E,b,0));let C=-10,V=-10,Y=0,dt=0,ct=!0,it="",W="";for(let I=s==2?1:0;I<_.length;I++){let _t=_[I],Et=mt[I],Nt=Et==null?null:s==1?t[I][Et]:t[I][1][Et],gt=H.dataIdx(l,I,u,T),jt=gt==null?null:s==1?t[I][gt]:t[I][1][gt];if(we=we||jt!=Nt||gt!=Et,mt[I]=gt,I>0&&_t.show){let oe=gt==null?-10:gt==u?A:R(s==1?t[0][gt]:t[I][0][gt],E,b,0),Kt=jt==null?-10:q(jt,s==1?k[_t.scale]:k[_t.facets[1].scale],v,0);if(Hi&&jt!=null){let xe=E.ori==1?vt:Tt,Ce=zt(Ue.dist(l,I,gt,Kt,xe));if(Ce<Qe){let Ge=Ue.bias;if(Ge!=0){let ce=We(xe,_t.scale),ke=jt>=0?1:-1,De=ce>=0?1:-1;De==ke&&(De==1?Ge==1?jt>=ce:jt<=ce:Ge==1?jt<=ce:jt>=ce)&&(Qe=Ce,ai=I)}else Qe=Ce,ai=I}}if(we||Ii){let xe,Ce;E.ori==0?(xe=oe,Ce=Kt):(xe=Kt,Ce=oe);let Ge,ce,ke,De,qe,Qt,ue=!0,ki=Gt.bbox;if(ki!=null){ue=!1;let Xt=ki(l,I);ke=Xt.left,De=Xt.top,Ge=Xt.width,ce=Xt.height}else ke=xe,De=Ce,Ge=ce=Gt.size(l,I);if(Qt=Gt.fill(l,I),qe=Gt.stroke(l,I),Ii)I==ai&&Qe<=Ue.prox&&(C=ke,V=De,Y=Ge,dt=ce,ct=ue,it=Qt,W=qe);else{let Xt=_e[I];Xt!=null&&(Oi[I]=ke,Fi[I]=De,Rr(Xt,Ge,ce,ue),zr(Xt,Qt,qe),Ye(Xt,Te(ke),Te(De),K,D))}}}}if(Ii){let I=Ue.prox,_t=_i==null?Qe<=I:Qe>I||ai!=_i;if(we||_t){let Et=_e[0];Et!=null&&(Oi[0]=C,Fi[0]=V,Rr(Et,Y,dt,ct),zr(Et,it,W),Ye(Et,Te(C),Te(V),K,D))}}}if(wt.show&&ni)if(n!=null){let[x,T]=At.scales,[A,C]=At.match,[V,Y]=n.cursor.sync.scales,dt=n.cursor.drag;if(It=dt._x,Ot=dt._y,It||Ot){let{left:ct,top:it,width:W,height:I}=n.select,_t=n.scales[V].ori,Et=n.posToVal,Nt,gt,jt,oe,Kt,xe=x!=null&&A(x,V),Ce=T!=null&&C(T,Y);xe&&It?(_t==0?(Nt=ct,gt=W):(Nt=it,gt=I),jt=k[x],oe=R(Et(Nt,V),jt,b,0),Kt=R(Et(Nt+gt,V),jt,b,0),bl(Re(oe,Kt),zt(Kt-oe))):bl(0,b),Ce&&Ot?(_t==1?(Nt=ct,gt=W):(Nt=it,gt=I),jt=k[T],oe=q(Et(Nt,Y),jt,v,0),Kt=q(Et(Nt+gt,Y),jt,v,0),yl(Re(oe,Kt),zt(Kt-oe))):yl(0,v)}else Cs()}else{let x=zt(tr-Qn),T=zt(er-Xn);if(E.ori==1){let Y=x;x=T,T=Y}It=Bt.x&&x>=Bt.dist,Ot=Bt.y&&T>=Bt.dist;let A=Bt.uni;A!=null?It&&Ot&&(It=x>=A,Ot=T>=A,!It&&!Ot&&(T>x?Ot=!0:It=!0)):Bt.x&&Bt.y&&(It||Ot)&&(It=Ot=!0);let C,V;It&&(E.ori==0?(C=qi,V=vt):(C=Yi,V=Tt),bl(Re(C,V),zt(V-C)),Ot||yl(0,v)),Ot&&(E.ori==1?(C=qi,V=vt):(C=Yi,V=Tt),yl(Re(C,V),zt(V-C)),It||bl(0,b)),!It&&!Ot&&(bl(0,0),yl(0,0))}if(Bt._x=It,Bt._y=Ot,n==null){if(c){if(hr!=null){let[x,T]=At.scales;At.values[0]=x!=null?We(E.ori==0?vt:Tt,x):null,At.values[1]=T!=null?We(E.ori==1?vt:Tt,T):null}vl(Rs,l,vt,Tt,K,D,u)}if(Hi){let x=c&&At.setSeries,T=Ue.prox;_i==null?Qe<=T&&Be(ai,Ji,!0,x):Qe>T?Be(null,Ji,!0,x):ai!=_i&&Be(ai,Ji,!0,x)}}we&&(tt.idx=u,js()),r!==!1&&Ft("setCursor")}let oi=null;Object.defineProperty(l,"rect",{get(){return oi==null&&$l(!1),oi}});function $l(n=!1){n?oi=null:(oi=L.getBoundingClientRect(),Ft("syncRect",oi))}function sr(n,r,c,u,f,b,v){H._lock||ni&&n!=null&&n.movementX==0&&n.movementY==0||(As(n,r,c,u,f,b,v,!1,n!=null),n!=null?xi(null,!0,!0):xi(r,!0,!1))}function As(n,r,c,u,f,b,v,x,T){if(oi==null&&$l(!1),vi(n),n!=null)c=n.clientX-oi.left,u=n.clientY-oi.top;else{if(c<0||u<0){vt=-10,Tt=-10;return}let[A,C]=At.scales,V=r.cursor.sync,[Y,dt]=V.values,[ct,it]=V.scales,[W,I]=At.match,_t=r.axes[0].side%2==1,Et=E.ori==0?K:D,Nt=E.ori==1?K:D,gt=_t?b:f,jt=_t?f:b,oe=_t?u:c,Kt=_t?c:u;if(ct!=null?c=W(A,ct)?p(Y,k[A],Et,0):-10:c=Et*(oe/gt),it!=null?u=I(C,it)?p(dt,k[C],Nt,0):-10:u=Nt*(Kt/jt),E.ori==1){let xe=c;c=u,u=xe}}T&&(r==null||r.cursor.event.type==Rs)&&((c<=1||c>=K-1)&&(c=Ti(c,K)),(u<=1||u>=D-1)&&(u=Ti(u,D))),x?(Qn=c,Xn=u,[qi,Yi]=H.move(l,c,u)):(vt=c,Tt=u)}const Ms={width:0,height:0,left:0,top:0};function Cs(){Fl(Ms,!1)}let nr,rr,ar,or;function cr(n,r,c,u,f,b,v){ni=!0,It=Ot=Bt._x=Bt._y=!1,As(n,r,c,u,f,b,v,!0,!1),n!=null&&(Jt(Hs,Zs,ur,!1),vl(Er,l,qi,Yi,K,D,null));let{left:x,top:T,width:A,height:C}=wt;nr=x,rr=T,ar=A,or=C}function ur(n,r,c,u,f,b,v){ni=Bt._x=Bt._y=!1,As(n,r,c,u,f,b,v,!1,!0);let{left:x,top:T,width:A,height:C}=wt,V=A>0||C>0,Y=nr!=x||rr!=T||ar!=A||or!=C;if(V&&Y&&Fl(wt),Bt.setScale&&V&&Y){let dt=x,ct=A,it=T,W=C;if(E.ori==1&&(dt=T,ct=C,it=x,W=A),It&&ri(P,We(dt,P),We(dt+ct,P)),Ot)for(let I in k){let _t=k[I];I!=P&&_t.from==null&&_t.min!=bt&&ri(I,We(it+W,I),We(it,I))}Cs()}else H.lock&&(H._lock=!H._lock,xi(r,!0,n!=null));n!=null&&(zi(Hs,Zs),vl(Hs,l,vt,Tt,K,D,null))}function Fo(n,r,c,u,f,b,v){if(H._lock)return;vi(n);let x=ni;if(ni){let T=!0,A=!0,C=10,V,Y;E.ori==0?(V=It,Y=Ot):(V=Ot,Y=It),V&&Y&&(T=vt<=C||vt>=K-C,A=Tt<=C||Tt>=D-C),V&&T&&(vt=vt<qi?0:K),Y&&A&&(Tt=Tt<Yi?0:D),xi(null,!0,!0),ni=!1}vt=-10,Tt=-10,mt.fill(null),xi(null,!0,!0),x&&(ni=x)}function dr(n,r,c,u,f,b,v){H._lock||(vi(n),hs(),Cs(),n!=null&&vl(Mr,l,vt,Tt,K,D,null))}function pr(){j.forEach(jd),fs(l.width,l.height,!0)}ji(Xl,il,pr);const Ki={};Ki.mousedown=cr,Ki.mousemove=sr,Ki.mouseup=ur,Ki.dblclick=dr,Ki.setSeries=(n,r,c,u)=>{let f=At.match[2];c=f(l,r,c),c!=-1&&Be(c,u,!0,!1)},Zt&&(Jt(Er,L,cr),Jt(Rs,L,sr),Jt(jr,L,n=>{vi(n),$l(!1)}),Jt(Ar,L,Fo),Jt(Mr,L,dr),sn.add(l),l.syncRect=$l);const Nl=l.hooks=e.hooks||{};function Ft(n,r,c){Ss?gl.push([n,r,c]):n in Nl&&Nl[n].forEach(u=>{u.call(null,l,r,c)})}(e.plugins||[]).forEach(n=>{for(let r in n.hooks)Nl[r]=(Nl[r]||[]).concat(n.hooks[r])});const fr=(n,r,c)=>c,At=Mt({key:null,setSeries:!1,filters:{pub:Nr,sub:Nr},scales:[P,_[1]?_[1].scale:null],match:[Ur,Ur,fr],values:[null,null]},H.sync);At.match.length==2&&At.match.push(fr),H.sync=At;const hr=At.key,Ds=Qa(hr);function vl(n,r,c,u,f,b,v){At.filters.pub(n,r,c,u,f,b,v)&&Ds.pub(n,r,c,u,f,b,v)}Ds.sub(l);function No(n,r,c,u,f,b,v){At.filters.sub(n,r,c,u,f,b,v)&&Ki[n](null,r,c,u,f,b,v)}l.pub=No;function Uo(){Ds.unsub(l),sn.delete(l),mi.clear(),Qs(Xl,il,pr),m.remove(),ft?.remove(),Ft("destroy")}l.destroy=Uo;function Ps(){Ft("init",e,t),Bn(t||e.data,!1),U[P]?Ts(P,U[P]):hs(),zl=wt.show&&(wt.width>0||wt.height>0),$i=we=!0,fs(e.width,e.height)}return _.forEach(Nn),j.forEach(wo),i?i instanceof HTMLElement?(i.appendChild(m),Ps()):i(l,Ps):Ps(),l}Wt.assign=Mt;Wt.fmtNum=mn;Wt.rangeNum=ts;Wt.rangeLog=ss;Wt.rangeAsinh=fn;Wt.orient=Ci;Wt.pxRatio=pt;Wt.join=vu;Wt.fmtDate=bn,Wt.tzDate=Mu;Wt.sync=Qa;{Wt.addGap=fd,Wt.clipGaps=as;let e=Wt.paths={points:so};e.linear=ro,e.stepped=gd,e.bars=bd,e.spline=$d}const Ad='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var Md=Object.defineProperty,ye=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Md(t,i,s),s};const En=class En extends fe{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return w`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?w`<div class="empty muted">${h("common.no_data")}</div>`:w`<div class="plot" aria-hidden="true"></div>
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?h("chart.period"):h("chart.range")}</th>
            <th scope="col">${this.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${this.ys.map((i,l)=>w`<tr data-key=${this.labels[l]??String(this.xs[l])} data-value=${String(i)}>
                <th scope="row">${this.labels[l]??String(this.xs[l])}</th>
                <td>${this.formatValue(i)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const t=this.ys.reduce((i,l)=>i+l,0);return h("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const i=getComputedStyle(this),l=i.getPropertyValue("--pl-chart-color").trim()||i.getPropertyValue("--primary-color").trim()||"#03a9f4",s=i.getPropertyValue("--secondary-text-color").trim()||"#727272",a=i.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",o=`12px ${i.fontFamily||"sans-serif"}`,p=Math.max(Math.floor(t.clientWidth),200),d=this.labels,m=this.xs,$=this.formatValue,g=this.kind==="time",y=this.bucket,S=this.locale,L=g?Jo(y)/2:.5,M={stroke:s,font:o,grid:{stroke:a,width:1},ticks:{stroke:a,width:1}},z=_=>g?gr(m[_]??0,y,S):d[_]??"",N={width:p,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(_,j,k)=>[j-L,k+L]},y:{range:(_,j,k)=>[0,k>0?k*1.1:1]}},axes:[g?{...M,splits:_=>Zo(m,Math.max(Math.floor(_.bbox.width/devicePixelRatio/70),2)),values:(_,j)=>j.map(k=>gr(k,y,S))}:{...M,splits:()=>d.map((_,j)=>j),values:(_,j)=>j.map(k=>d[k]??""),gap:4},{...M,size:48,values:(_,j)=>j.map(k=>$(k))}],series:[{},{label:this.unit,stroke:l,fill:l,width:0,paths:Wt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[_=>{const j=_.cursor.idx,k=j==null?void 0:this.ys[j];this.readout=k===void 0||j===null||j===void 0?"":`${z(j)}: ${$(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Wt(N,[this.xs,this.ys],t)}};En.styles=[he,Yo(Ad),me`
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
    `];let Yt=En;ye([B()],Yt.prototype,"kind");ye([B()],Yt.prototype,"label");ye([B()],Yt.prototype,"unit");ye([B({attribute:!1})],Yt.prototype,"xs");ye([B({attribute:!1})],Yt.prototype,"ys");ye([B({attribute:!1})],Yt.prototype,"labels");ye([B()],Yt.prototype,"bucket");ye([B()],Yt.prototype,"locale");ye([B({attribute:!1})],Yt.prototype,"formatValue");ye([B({type:Boolean})],Yt.prototype,"dark");ye([B({type:Number})],Yt.prototype,"height");ye([va(".plot")],Yt.prototype,"plotEl");ye([O()],Yt.prototype,"readout");ge("pl-chart",Yt);var Cd=Object.defineProperty,Ml=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Cd(t,i,s),s};const jn=class jn extends fe{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=Ko(this.matrix),i=Array.from({length:24},(d,m)=>m),l=Qo(this.locale),s=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),a=d=>{const m=s.formatToParts(new Date(Date.UTC(2024,0,1,d))),$=Number(m.find(y=>y.type==="hour")?.value??d),g=m.find(y=>y.type==="dayPeriod")?.value;return g?`${$}${g.charAt(0).toLowerCase()}`:String($)},o=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),p=d=>o.format(new Date(Date.UTC(2024,0,1,d)));return w`<table aria-label=${this.label||h("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${i.map(d=>w`<th scope="col" abbr=${p(d)}>${d%3===0?a(d):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Xo(this.firstWeekday).map(d=>w`<tr data-weekday=${d}>
              <th scope="row">${l[d]}</th>
              ${i.map(m=>{const $=this.matrix[d]?.[m]??0,g=h("heatmap.cell",{day:l[d],from:p(m),to:p((m+1)%24),count:$});return w`<td title=${g} data-weekday=${d} data-hour=${m} data-value=${$}>
                  ${$>0?w`<span class="shade" style=${Jl({opacity:String(.15+.85*($/t))})}></span>`:""}
                  <span class="sr-only">${$}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};jn.styles=[he,me`
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
    `];let pi=jn;Ml([B()],pi.prototype,"label");Ml([B({attribute:!1})],pi.prototype,"matrix");Ml([B({type:Number})],pi.prototype,"firstWeekday");Ml([B()],pi.prototype,"locale");Ml([B({attribute:!1})],pi.prototype,"hour12");ge("pl-heatmap",pi);var Dd=Object.defineProperty,kn=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Dd(t,i,s),s};const An=class An extends fe{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?w`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(i=>h(i)).map(i=>w`<li class="card loading"><span class="label">${i}</span><span class="value">…</span></li>`)}
      </ul>`:w`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${tc(this.summary,t).map(i=>w`<li class="card" data-kpi=${i.id}>
          <span class="label">${i.label}</span>
          <span class="value">${i.value}</span>
          ${i.sub?w`<span class="sub">${i.sub}</span>`:""}
        </li>`)}
    </ul>`}};An.styles=[he,me`
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
    `];let ol=An;kn([B({attribute:!1})],ol.prototype,"summary");kn([B({attribute:!1})],ol.prototype,"options");kn([B({type:Boolean})],ol.prototype,"loading");ge("pl-kpis",ol);var Pd=Object.defineProperty,Oe=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Pd(t,i,s),s};function rn(e){const t=e?.points??[],[i,l]=oc(t),s=[...t].sort((a,o)=>a.bucket<o.bucket?-1:1).map(a=>a.bucket);return{xs:i,ys:l,labels:s}}const da=rn(void 0),zd=[],Vd=Bs.map((e,t)=>t),Mn=class Mn extends fe{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=da,this.hoursSeries=da,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const i=t.get("data");(!i||i.jobs!==this.data.jobs)&&(this.jobsSeries=rn(this.data.jobs)),(!i||i.hours!==this.data.hours)&&(this.hoursSeries=rn(this.data.hours))}if(t.has("options")){const i=this.options;i&&(this.formatInt=l=>tl(l,i),this.formatHours=l=>tl(l,i,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return ec(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const i=++this.token,l=this.scope(),s=this.bucket;this.loading=!0,this.error="";const a=()=>i===this.token,o=$=>{a()&&(this.data={...this.data,...$})},p=[t.summary(l).then($=>o({summary:$})),t.timeseries(l,s,"jobs").then($=>o({jobs:$})),t.timeseries(l,s,"hours").then($=>o({hours:$})),t.breakdown(l,"filament_type").then($=>o({filamentType:$})),t.breakdown(l,"filament_colour").then($=>o({filamentColour:$})),t.breakdown(l,"printer").then($=>o({printer:$})),t.breakdown(l,"status").then($=>o({status:$})),this.histogram(t,l).then($=>o({histogram:$})),t.breakdown(l,"weekday_hour").then($=>o({heatmap:ic($.rows)}))],d=await Promise.allSettled(p);if(!a())return;const m=d.find($=>$.status==="rejected");m&&(this.error=Ze(m.reason)),this.loading=!1}async histogram(t,i){return(await Promise.all(Bs.map(s=>t.listJobs({...i,statuses:[...on],min_duration:s.min,...s.max!==void 0?{max_duration:s.max}:{},limit:1})))).map(s=>s.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=Bs.map(i=>lc(i,t))),this.binLabelsCache}change(t,i){t==="period"&&sc(i)?(this.period=i,this.bucket=nc(i)):t==="printer"?this.printer=i:t==="bucket"&&(i==="day"||i==="week"||i==="month"||i==="year")&&(this.bucket=i),this.load()}render(){const t=this.options;if(!t)return et;const i=this.data,l=this.jobsSeries,s=this.hoursSeries,a=this.formatInt,o=this.formatHours,p=i.jobs?.bucket??this.bucket;return w`
      <div class="selectors" role="group" aria-label=${h("analytics.selection")}>
        <label
          >${h("analytics.period")}
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${rc.map(d=>w`<option value=${d.id} ?selected=${d.id===this.period}>${ac(d.id)}</option>`)}
          </select>
        </label>
        <label
          >${h("common.printer")}
          <select name="printer" @change=${d=>this.change("printer",d.target.value)}>
            <option value="" ?selected=${!this.printer}>${h("common.all_printers")}</option>
            ${this.printers.map(d=>w`<option value=${d.id} ?selected=${d.id===this.printer}>${d.name}</option>`)}
          </select>
        </label>
        <label
          >${h("analytics.group_by")}
          <select name="bucket" @change=${d=>this.change("bucket",d.target.value)}>
            ${["day","week","month","year"].map(d=>w`<option value=${d} ?selected=${d===this.bucket}>${h(`bucket.${d}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${qt(xa)} ${h("common.refresh")}</button>
      </div>
      ${this.error?w`<div class="error-banner" role="alert">
            <span>${h("analytics.load_error",{error:this.error})}</span>
          </div>`:et}
      ${p!==this.bucket?w`<p class="bucket-note" role="status">
            ${h("analytics.bucket_note",{shown:h(`bucket_per.${p}`),bucket:h(`bucket_many.${this.bucket}`)})}
          </p>`:et}
      <pl-kpis .summary=${i.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${h(`analytics.jobs_per.${p}`)}</h2>
          <pl-chart
            label=${h(`analytics.jobs_per.${p}`)}
            unit=${h("analytics.unit_jobs")}
            .xs=${l.xs}
            .ys=${l.ys}
            .labels=${l.labels}
            .bucket=${p}
            .locale=${t.dateLocale}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${h(`analytics.hours_per.${p}`)}</h2>
          <pl-chart
            label=${h(`analytics.hours_per.${p}`)}
            unit=${h("analytics.unit_hours")}
            .xs=${s.xs}
            .ys=${s.ys}
            .labels=${s.labels}
            .bucket=${p}
            .locale=${t.dateLocale}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${h("analytics.filament_type")}</h2>
          <pl-bars
            label=${h("analytics.filament_type_label")}
            .items=${Ul(br(i.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${h("analytics.filament_colour")}</h2>
          <pl-bars
            label=${h("analytics.filament_colour_label")}
            .items=${Ul(br(i.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="printer">
          <h2>${h("analytics.success_printer")}</h2>
          <pl-bars label=${h("analytics.success_printer")} .max=${100} .items=${Ul(i.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${h("analytics.outcome")}</h2>
          <pl-bars
            label=${h("analytics.outcome")}
            .items=${Ul((i.status?.rows??[]).map(d=>({...d,label:Kl(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${h("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${h("analytics.duration_label")}
            unit=${h("analytics.unit_jobs")}
            .xs=${Vd}
            .ys=${i.histogram??zd}
            .labels=${this.binLabels(t)}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${h("analytics.heatmap")}</h2>
          <pl-heatmap
            .matrix=${i.heatmap??[]}
            .firstWeekday=${t.firstWeekday}
            .locale=${t.dateLocale}
            .hour12=${t.hour12}
          ></pl-heatmap>
        </section>
      </div>
    `}};Mn.styles=[he,me`
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
    `];let ne=Mn;Oe([B({attribute:!1})],ne.prototype,"api");Oe([B({attribute:!1})],ne.prototype,"options");Oe([B({attribute:!1})],ne.prototype,"printers");Oe([B({type:Boolean})],ne.prototype,"dark");Oe([B({type:Boolean})],ne.prototype,"active");Oe([O()],ne.prototype,"period");Oe([O()],ne.prototype,"printer");Oe([O()],ne.prototype,"bucket");Oe([O()],ne.prototype,"data");Oe([O()],ne.prototype,"loading");Oe([O()],ne.prototype,"error");ge("pl-analytics-view",ne);const pa=(e,t,i)=>{const l=new Map;for(let s=t;s<=i;s++)l.set(e[s],s);return l},fa=ya(class extends $a{constructor(e){if(super(e),e.type!==cc.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,i){let l;i===void 0?i=t:t!==void 0&&(l=t);const s=[],a=[];let o=0;for(const p of e)s[o]=l?l(p,o):o,a[o]=i(p,o),o++;return{values:a,keys:s}}render(e,t,i){return this.dt(e,t,i).values}update(e,[t,i,l]){const s=xc(e),{values:a,keys:o}=this.dt(t,i,l);if(!Array.isArray(s))return this.ut=o,a;const p=this.ut??=[],d=[];let m,$,g=0,y=s.length-1,S=0,L=a.length-1;for(;g<=y&&S<=L;)if(s[g]===null)g++;else if(s[y]===null)y--;else if(p[g]===o[S])d[S]=Si(s[g],a[S]),g++,S++;else if(p[y]===o[L])d[L]=Si(s[y],a[L]),y--,L--;else if(p[g]===o[L])d[L]=Si(s[g],a[L]),wl(e,d[L+1],s[g]),g++,L--;else if(p[y]===o[S])d[S]=Si(s[y],a[S]),wl(e,s[g],s[y]),y--,S++;else if(m===void 0&&(m=pa(o,S,L),$=pa(p,g,y)),m.has(p[g]))if(m.has(p[y])){const M=$.get(o[S]),z=M!==void 0?s[M]:null;if(z===null){const N=wl(e,s[g]);Si(N,a[S]),d[S]=N}else d[S]=Si(z,a[S]),wl(e,s[g],z),s[M]=null;S++}else zs(s[y]),y--;else zs(s[g]),g++;for(;S<=L;){const M=wl(e,d[L+1]);Si(M,a[S]),d[S++]=M}for(;g<=y;){const M=s[g++];M!==null&&zs(M)}return this.ut=o,wa(e,d),uc}});let Sn,Us;function Tn(){return Sn}function uo(e){return Us??=e.limits().then(t=>Sn=t).catch(()=>{Us=void 0}),Us}function po(e,t,i,l=Sn){const s=l?.numbers[e];return s?t<s.min||t>s.max?h("form.range",{field:i,min:String(s.min),max:String(s.max)}):"":t<0?h("form.positive",{field:i}):""}const ha={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:""},fo=[{value:"",get label(){return h("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(e=>({value:e,get label(){return e==="failed"?h("filter.failed_any"):Kl(e)},statuses:e==="failed"?[...kr]:[e]})),...kr.map(e=>({value:`only:${e}`,get label(){return`— ${Kl(e)}`},statuses:[e]}))];function Rd(e,t){const i={};e.printer&&(i.printer_ids=[e.printer]);const l=fo.find(o=>o.value===e.status)?.statuses??[];l.length&&(i.statuses=[...l]);const s=e.since?Ws(e.since,"00:00",t):void 0;if(s&&(i.since=s),e.until){const o=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(o.getTime())){o.setUTCDate(o.getUTCDate()+1);const p=Ws(o.toISOString().slice(0,10),"00:00",t);p&&(i.until=p)}}e.q.trim()&&(i.q=e.q.trim()),e.filament.trim()&&(i.filament_type=e.filament.trim());const a=Ql(e.tags);return a.length&&(i.tags=a),i}function Hd(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),t}var Id=Object.defineProperty,Cl=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Id(t,i,s),s};const Cn=class Cn extends fe{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return w`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${h("common.close")} @click=${this.close}>${qt(Ec)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=Od(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,He(this,"closed")}};Cn.styles=[he,me`
      dialog {
        border: none;
        padding: 0;
        border-radius: var(--ha-dialog-border-radius, 16px);
        background: var(--mdc-theme-surface, var(--card-background-color, #fff));
        color: var(--primary-text-color);
        width: min(560px, calc(100vw - 24px));
        max-height: calc(100vh - 48px);
        box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
      }
      dialog.wide {
        width: min(960px, calc(100vw - 24px));
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.45);
      }
      .frame {
        display: flex;
        flex-direction: column;
        max-height: calc(100vh - 48px);
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 12px 8px 8px 20px;
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.25rem;
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      .content {
        padding: 0 20px 12px;
        overflow: auto;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        flex-wrap: wrap;
        gap: 8px;
        padding: 12px 20px 16px;
        border-top: var(--pl-border);
      }
      footer:not(.has-actions) {
        display: none;
      }
      @media (max-width: 600px) {
        dialog,
        dialog.wide {
          width: 100vw;
          max-width: 100vw;
          height: 100%;
          max-height: 100%;
          border-radius: 0;
        }
        .frame {
          max-height: 100%;
          height: 100%;
        }
        .content {
          flex: 1;
        }
      }
    `];let fi=Cn;Cl([B()],fi.prototype,"heading");Cl([B({type:Boolean,reflect:!0})],fi.prototype,"open");Cl([B({type:Boolean})],fi.prototype,"wide");Cl([va("dialog")],fi.prototype,"dialog");Cl([O()],fi.prototype,"hasActions");function Od(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}ge("pl-dialog",fi);const ma=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function ql(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function Fd(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(e).filter(([s,a])=>!t.has(s)&&a!==null&&a!==""),l=s=>{const a=ma.indexOf(s);return a<0?ma.length:a};return i.sort(([s],[a])=>l(s)-l(a)||s.localeCompare(a))}function an(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function Nd(e,t){const i={},l=t.notes?.trim()?t.notes:null;(e.notes||null)!==l&&(i.notes=l??""),(e.rating??null)!==t.rating&&(i.rating=t.rating);const s=t.tags;(s.length!==e.tags.length||s.some((o,p)=>o!==e.tags[p]))&&(i.tags=s);const a=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==a&&(i.failure_reason=a),(e.cost??null)!==t.cost&&(i.cost=t.cost),i}function Ud(e,t,i=Tn(),l=new Date){const s={};e.printer_id||(s.printer_id=h("form.choose_printer"));const a=e.filename.trim();a||(s.filename=h("form.enter_filename")),on.includes(e.status)||(s.status=h("form.choose_status"));const o=Ws(e.start_date,e.start_time||"00:00",t);if(!o)s.start=h("form.enter_start");else if(i){const _=Date.parse(o);_>l.getTime()+i.job_time.future_tolerance*1e3?s.start=h("form.start_future"):_<Date.parse(i.job_time.earliest)&&(s.start=h("form.start_before",{date:i.job_time.earliest.slice(0,10)}))}const p=(_,j,k)=>{if(!_.trim())return;const G=Number(_);if(!Number.isFinite(G)||G<0){s[j]=h("form.positive",{field:k});return}return G},d=p(e.hours,"duration",h("form.hours"))??0,m=p(e.minutes,"duration",h("form.minutes"))??0,$=p(e.filament_g,"filament_g",h("form.filament_weight")),g=p(e.filament_m,"filament_m",h("form.filament_length")),y=p(e.cost,"cost",h("kpi.cost")),S=(_,j,k,G)=>{const P=j===void 0||s[k]?"":po(_,j,G,i);P&&(s[k]=P)};S("print_duration",d*3600+m*60,"duration",h("form.print_time_s")),S("filament_weight_g",$,"filament_g",h("form.filament_weight")),S("filament_used_mm",g===void 0?void 0:g*1e3,"filament_m",h("form.filament_length_mm")),S("cost",y,"cost",h("kpi.cost"));const L=i?.tags.max_length;if(L&&Ql(e.tags).some(_=>_.length>L)&&(s.tags=h("form.tag_length",{count:L})),Object.keys(s).length||!o)return{errors:s};const M=Math.round(d*3600+m*60),z={printer_id:e.printer_id,filename:a,status:e.status,start:o,print_duration:M};M>0&&(z.end=new Date(Date.parse(o)+M*1e3).toISOString()),$!==void 0&&(z.filament_weight_g=$),g!==void 0&&(z.filament_used_mm=g*1e3),e.filament_type.trim()&&(z.filament_type=e.filament_type.trim()),y!==void 0&&(z.cost=y);const N=Ql(e.tags);return N.length&&(z.tags=N),e.notes.trim()&&(z.notes=e.notes),e.failure_reason.trim()&&(z.failure_reason=e.failure_reason.trim()),e.rating&&(z.rating=e.rating),{job:z,errors:s}}var Bd=Object.defineProperty,ds=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Bd(t,i,s),s};const Dn=class Dn extends fe{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const l=this.value?h("rating.rated",{n:this.value}):h("rating.none");return w`<span role="img" aria-label=${l} title=${l}
        >${[1,2,3,4,5].map(s=>w`<span class=${s<=t?"":"empty"}>${qt(s<=t?_r:xr)}</span>`)}</span
      >`}const i=this.subject?h("rating.of",{subject:this.subject}):h("rating.rating");return w`<span role="group" aria-label=${i}
      >${[1,2,3,4,5].map(l=>w`<button
            type="button"
            class=${l<=t?"":"empty"}
            aria-label=${h("rating.stars",{count:l})}
            aria-pressed=${l===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(l)}
          >
            ${qt(l<=t?_r:xr)}
          </button>`)}</span
    >`}choose(t){const i=t===this.value?null:t;this.value=i,He(this,"value-changed",{value:i})}};Dn.styles=[he,me`
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
    `];let Mi=Dn;ds([B({type:Number})],Mi.prototype,"value");ds([B({type:Boolean})],Mi.prototype,"readonly");ds([B({type:Boolean})],Mi.prototype,"disabled");ds([B()],Mi.prototype,"subject");ge("pl-rating",Mi);var Wd=Object.defineProperty,hi=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Wd(t,i,s),s};const Pn=class Pn extends fe{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return w``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return w`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >${h("column.notes")}
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${i=>this.notes=i.target.value}
        ></textarea>
      </label>
      <div class="rating-field">
        <span id="rating-label">${h("rating.rating")}</span>
        <pl-rating
          .value=${this.rating}
          .subject=${ze(this.job.filename)}
          @value-changed=${i=>this.rating=i.detail.value}
        ></pl-rating>
      </div>
      <label
        >${h("form.tags")}
        <input
          name="tags"
          .value=${this.tags}
          @input=${i=>this.tags=i.target.value}
        />
      </label>
      <label
        >${t?h("detail.failure_reason"):h("form.failure_reason_failed")}
        <input
          name="failure_reason"
          .value=${this.reason}
          @input=${i=>this.reason=i.target.value}
        />
      </label>
      <label
        >${h("kpi.cost")}
        <input
          name="cost"
          type="number"
          min="0"
          max=${Tn()?.numbers.cost?.max??et}
          step="0.01"
          inputmode="decimal"
          .value=${this.cost}
          @input=${i=>this.cost=i.target.value}
        />
      </label>
      <div class="actions">
        ${this.error?w`<span class="error" role="alert">${this.error}</span>`:""}
        <button type="button" class="btn" @click=${()=>He(this,"cancel")}>${h("common.cancel")}</button>
        <button type="submit" class="btn primary" ?disabled=${this.busy}>${h("common.save")}</button>
      </div>
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),He(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const i=this.cost.trim(),l=i===""?null:Number(i);if(l!==null&&(!Number.isFinite(l)||l<0)){this.error=h("form.positive",{field:h("kpi.cost")});return}const s=l===null?"":po("cost",l,h("kpi.cost"));if(s){this.error=s;return}const a=Nd(this.job,{notes:this.notes,rating:this.rating,tags:Ql(this.tags),failure_reason:this.reason,cost:l});He(this,"save",{changes:a})}};Pn.styles=[he,me`
      :host {
        display: block;
      }
      form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
        gap: 12px;
        align-items: start;
      }
      label {
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
      .error {
        color: var(--pl-error);
        margin-right: auto;
      }
      .rating-field {
        display: flex;
        flex-direction: column;
        gap: 4px;
        font-size: 0.9em;
      }
    `];let Ie=Pn;hi([B({attribute:!1})],Ie.prototype,"job");hi([B({type:Boolean})],Ie.prototype,"busy");hi([B()],Ie.prototype,"error");hi([O()],Ie.prototype,"notes");hi([O()],Ie.prototype,"rating");hi([O()],Ie.prototype,"tags");hi([O()],Ie.prototype,"reason");hi([O()],Ie.prototype,"cost");ge("pl-job-editor",Ie);var Gd=Object.defineProperty,Ee=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Gd(t,i,s),s};const zn=class zn extends fe{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&uo(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const l=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=l,l.has_thumbnail){this.thumbnailState="loading";try{const s=await t.thumbnail(l.id);if(i!==this.loadToken)return;s?(this.thumbnailUrl=URL.createObjectURL(s),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(l){i===this.loadToken&&(this.error=Ze(l))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return w`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${h("common.retry")}</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return w`<p class="muted" aria-busy="true">${h("common.loading")}</p>`;const l=Zl(t.filament_colour);return w`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?w`<img src=${this.thumbnailUrl??""} alt=${h("detail.thumbnail_of",{file:ze(t.filename)})} />`:w`<span class="muted"
                >${this.thumbnailState==="loading"?h("common.loading"):this.thumbnailState==="error"?h("detail.thumbnail_unavailable"):h("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${Ll(t.filename)}</div>
          <p>${Gs(t.status)} <span class="muted">${ga("source",t.source)}</span></p>
          <dl>
            <dt>${h("common.printer")}</dt>
            <dd>${t.printer_name}</dd>
            <dt>${h("detail.job_id")}</dt>
            <dd class="job-id">
              <code>${t.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label=${h("detail.copy_id")}
                title=${h("detail.copy_id_title")}
                @click=${()=>{this.copyId(t.id)}}
              >
                ${this.copied?h("detail.copied"):h("detail.copy")}
              </button>
            </dd>
            <dt>${h("column.started")}</dt>
            <dd>${el(t.start,i)}</dd>
            <dt>${h("detail.ended")}</dt>
            <dd>${el(t.end,i)}</dd>
            <dt>${h("kpi.print_time")}</dt>
            <dd>
              ${ui(t.print_duration)}
              ${t.estimated_time?w`<span class="muted">(${h("detail.estimated",{time:ui(t.estimated_time)})})</span>`:et}
            </dd>
            <dt>${h("detail.total_time")}</dt>
            <dd>${ui(t.total_duration)}</dd>
            ${t.pause_count?w`<dt>${h("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${ui(t.paused_duration)})</dd>`:et}
            <dt>${h("kpi.filament")}</dt>
            <dd>
              ${l?w`<span class="swatch" style=${`background:${l}`}></span>`:et}
              ${qs(t.filament_weight_g,t.filament_used_mm,i)}
              ${t.filament_type??""}
              <span class="muted">${tl(t.filament_used_mm/1e3,i,2)} m</span>
            </dd>
            <dt>${h("kpi.cost")}</dt>
            <dd>${dc(t.cost,i)}</dd>
            ${t.error_message?w`<dt>${h("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:et}
          </dl>
        </div>
      </div>

      <h3>${h("detail.notes_rating")}</h3>
      ${this.editing?w`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:w`<dl>
              <dt>${h("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${h("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(s=>w`<span class="tag">${s}</span>`):"—"}</dd>
              <dt>${h("detail.failure_reason")}</dt>
              <dd>${t.failure_reason||"—"}</dd>
              <dt>${h("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${this.admin?w`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${qt(_a)} ${h("common.edit")}</button>
                  <button class="btn danger" @click=${()=>He(this,"delete-jobs",{jobs:[t]})}>
                    ${qt(Ys)} ${h("common.delete")}
                  </button>
                </div>`:et}`}

      <h3>${h("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${h("detail.timeline")}</h3>
      ${t.events.length?w`<ol class="timeline">
            ${t.events.map(s=>w`<li>
                <strong>${ga("event",s.type)}</strong>
                <span class="muted">${el(s.at,i)}</span>
                ${s.data&&Object.keys(s.data).length?w`<div class="muted">
                      ${Object.entries(s.data).map(([a,o])=>w`<span>${an(a)}: ${ql(o)}</span> `)}
                    </div>`:et}
              </li>`)}
          </ol>`:w`<p class="muted">${h("detail.no_events")}</p>`}

      <h3>${h("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?w`<details>
            <summary>${h("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([s,a])=>w`<tr>
                    <th scope="row">${s}</th>
                    <td><pre>${ql(a)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:w`<p class="muted">${h("detail.no_metadata")}</p>`}
    `}renderDetails(t){const i=Fd(t.details);return i.length?w`<table>
      <tbody>
        ${i.map(([l,s])=>w`<tr>
            <th scope="row">${an(l)}</th>
            <td>${typeof s=="object"?w`<pre>${ql(s)}</pre>`:ql(s)}</td>
          </tr>`)}
      </tbody>
    </table>`:w`<p class="muted">${h("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const i=this.renderRoot.querySelector(".job-id code"),l=document.createRange();i&&l.selectNodeContents(i);const s=window.getSelection();s?.removeAllRanges(),s?.addRange(l),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const l=await this.api.updateJob(this.job.id,i);this.job={...this.job,...l},this.editing=!1,He(this,"job-updated",{job:l})}catch(l){this.saveError=Ze(l)}finally{this.saving=!1}}};zn.styles=[he,me`
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
    `];let ee=zn;Ee([B({attribute:!1})],ee.prototype,"api");Ee([B({attribute:!1})],ee.prototype,"options");Ee([B()],ee.prototype,"jobId");Ee([B({type:Boolean})],ee.prototype,"admin");Ee([O()],ee.prototype,"job");Ee([O()],ee.prototype,"error");Ee([O()],ee.prototype,"editing");Ee([O()],ee.prototype,"saving");Ee([O()],ee.prototype,"saveError");Ee([O()],ee.prototype,"thumbnailUrl");Ee([O()],ee.prototype,"thumbnailState");Ee([O()],ee.prototype,"copied");ge("pl-job-detail",ee);function ga(e,t){const i=`${e}.${t}`,l=h(i);return l===i?an(t):l}var qd=Object.defineProperty,pl=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&qd(t,i,s),s};const Vn=class Vn extends fe{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:yr(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const i={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},l={};for(const[s,a]of Object.entries(t)){const o=i[s]??s;l[o]??=`${s}: ${a}`}this.errors=l}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return i=>{this.values={...this.values,[t]:i.target.value}}}field(t){return this.errors[t]?w`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,i=l=>this.errors[l]?`err-${l}`:"";return w`<form @submit=${this.onSubmit} novalidate>
      <label
        >${h("common.printer")}
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${i("printer_id")}>
          ${this.printers.map(l=>w`<option value=${l.id} ?selected=${l.id===t.printer_id}>${l.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >${h("column.status")}
        <select name="status" @change=${this.set("status")}>
          ${on.map(l=>w`<option value=${l} ?selected=${l===t.status}>${Kl(l)}</option>`)}
        </select>
        ${this.field("status")}
      </label>
      <label class="wide"
        >${h("form.filename")}
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
        >${h("form.start")}
        <span class="pair">
          <input
            name="start_date"
            type="date"
            aria-label=${h("form.start_date")}
            max=${yr(new Date,this.timeZone)}
            .value=${t.start_date}
            @input=${this.set("start_date")}
            aria-invalid=${this.errors.start?"true":"false"}
            aria-describedby=${i("start")}
          />
          <input name="start_time" type="time" aria-label=${h("form.start_time")} .value=${t.start_time} @input=${this.set("start_time")} />
        </span>
        ${this.field("start")}
      </label>
      <label
        >${h("kpi.print_time")}
        <span class="pair">
          <input name="hours" type="number" min="0" placeholder=${h("form.hours_symbol")} aria-label=${h("form.hours")} .value=${t.hours} @input=${this.set("hours")} />
          <input
            name="minutes"
            type="number"
            min="0"
            max="59"
            placeholder=${h("form.minutes_symbol")}
            aria-label=${h("form.minutes")}
            .value=${t.minutes}
            @input=${this.set("minutes")}
          />
        </span>
        ${this.field("duration")}
      </label>
      <label
        >${h("form.filament_g")}
        <input name="filament_g" type="number" min="0" step="0.1" .value=${t.filament_g} @input=${this.set("filament_g")} />
        ${this.field("filament_g")}
      </label>
      <label
        >${h("form.filament_m")}
        <input name="filament_m" type="number" min="0" step="0.01" .value=${t.filament_m} @input=${this.set("filament_m")} />
        ${this.field("filament_m")}
      </label>
      <label
        >${h("jobs.filament_type")}
        <input name="filament_type" placeholder="PLA" .value=${t.filament_type} @input=${this.set("filament_type")} />
      </label>
      <label
        >${h("kpi.cost")}
        <input
          name="cost"
          type="number"
          min="0"
          max=${Tn()?.numbers.cost?.max??et}
          step="0.01"
          .value=${t.cost}
          @input=${this.set("cost")}
          aria-invalid=${this.errors.cost?"true":"false"}
          aria-describedby=${i("cost")}
        />
        ${this.field("cost")}
      </label>
      <label
        >${h("form.tags")}
        <input name="tags" .value=${t.tags} @input=${this.set("tags")} aria-describedby=${i("tags")} />
        ${this.field("tags")}
      </label>
      <label
        >${h("detail.failure_reason")}
        <input name="failure_reason" .value=${t.failure_reason} @input=${this.set("failure_reason")} />
      </label>
      <div>
        <span style="font-size:0.9em">${h("rating.rating")}</span><br />
        <pl-rating
          .value=${t.rating}
          @value-changed=${l=>this.values={...this.values,rating:l.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >${h("column.notes")}
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      <div class="actions">
        ${this.error?w`<span class="form-error" role="alert">${this.error}</span>`:""}
        <button type="button" class="btn" @click=${()=>He(this,"cancel")}>${h("common.cancel")}</button>
        <button type="submit" class="btn primary" ?disabled=${this.busy}>${h("jobs.add")}</button>
      </div>
    </form>`}onSubmit(t){t.preventDefault();const{job:i,errors:l}=Ud(this.values,this.timeZone);this.errors=l,i?He(this,"create",{job:i}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Vn.styles=[he,me`
      form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
        gap: 12px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
        font-size: 0.9em;
      }
      .wide {
        grid-column: 1 / -1;
      }
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
      .actions {
        grid-column: 1 / -1;
        display: flex;
        justify-content: flex-end;
        gap: 8px;
        flex-wrap: wrap;
        align-items: center;
      }
      .form-error {
        color: var(--pl-error);
        margin-right: auto;
      }
    `];let ei=Vn;pl([B({attribute:!1})],ei.prototype,"printers");pl([B()],ei.prototype,"timeZone");pl([B({type:Boolean})],ei.prototype,"busy");pl([B()],ei.prototype,"error");pl([O()],ei.prototype,"values");pl([O()],ei.prototype,"errors");ge("pl-job-form",ei);var Yd=Object.defineProperty,at=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Yd(t,i,s),s};const ba=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}],Zd=[25,50,100,200],Rn=class Rn extends fe{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.filters={...ha},this.showFilters=!1,this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.editError="",this.selected=new Set,this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",this.filamentTypes=[],this.listToken=0,this.summaryToken=0,this.pendingList=!1}willUpdate(t){t.has("api")&&this.api&&(this.reload(),this.loadFilamentTypes(),uo(this.api))}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer),clearTimeout(this.messageTimer)}get tz(){return this.options?.timeZone}params(){return Rd(this.filters,this.tz)}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.api;if(!t)return;const i=++this.listToken;this.loading=!0,this.error="";try{const l=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(i!==this.listToken)return;this.jobs=l.jobs,this.total=l.total,this.nextCursor=l.next_cursor,this.loaded=!0}catch(l){i===this.listToken&&(this.error=Ze(l))}finally{i===this.listToken&&(this.loading=!1)}}async loadSummary(){const t=this.api;if(!t)return;const i=++this.summaryToken;this.summaryLoading=!0;try{const l=await t.summary(Hd(this.params()));i===this.summaryToken&&(this.summary=l)}catch(l){i===this.summaryToken&&(this.error||=Ze(l))}finally{i===this.summaryToken&&(this.summaryLoading=!1)}}async loadFilamentTypes(){if(this.api)try{const t=await this.api.breakdown({},"filament_type");this.filamentTypes=t.rows.map(i=>i.label??(i.key===null?"":String(i.key))).filter(i=>i).sort((i,l)=>i.localeCompare(l))}catch{}}handleLiveEvent(t){if(t.type==="job_changed"){const i=this.jobs.findIndex(l=>l.id===t.job.id);i>=0&&(this.jobs=this.jobs.map(l=>l.id===t.job.id?{...l,...t.job}:l)),this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.scheduleRefresh(i>=0||this.page!==0)}else t.type==="job_deleted"?(this.jobs.some(i=>i.id===t.job_id)&&(this.jobs=this.jobs.filter(i=>i.id!==t.job_id),this.total=Math.max(this.total-1,0)),this.detailId===t.job_id&&(this.detailId=""),this.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.scheduleRefresh()}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const i=this.pendingList;this.pendingList=!1,i&&!this.editingId&&this.loadPage(),this.loadSummary()},1500)}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>this.message="",4e3)}setFilter(t,i,l=!1){this.filters={...this.filters,[t]:i},clearTimeout(this.searchTimer),l?this.searchTimer=setTimeout(()=>{this.reload()},300):this.reload()}clearFilters(){this.filters={...ha},this.reload()}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=t==="filename"||t==="printer"||t==="status"?"asc":"desc"),this.cursors=[null],this.page=0,this.loadPage()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.loadPage())}async saveChanges(t,i){if(!this.api)return!1;if(!Object.keys(i).length)return!0;this.savingId=t.id,this.editError="";try{const l=await this.api.updateJob(t.id,i);return this.applyUpdated(l),this.notify(h("jobs.saved",{file:ze(t.filename)})),!0}catch(l){return this.editError=Ze(l),this.notify(h("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0}}applyUpdated(t){this.jobs=this.jobs.map(i=>i.id===t.id?{...i,...Jd(t)}:i)}async onEditorSave(t,i){await this.saveChanges(t,i.detail.changes)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}askDelete(t){this.deleteError="",this.confirmJobs=t}async confirmDelete(){if(!this.api||!this.confirmJobs.length)return;const t=this.confirmJobs.map(i=>i.id);this.deleting=!0,this.deleteError="";try{const i=await this.api.deleteJobs(t),l=new Set(t);this.jobs=this.jobs.filter(s=>!l.has(s.id)),this.total=Math.max(this.total-i,0),this.selected=new Set([...this.selected].filter(s=>!l.has(s))),l.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.notify(h("jobs.deleted",{count:i})),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}catch(i){this.deleteError=Ze(i)}finally{this.deleting=!1}}openAdd(){this.addError="",this.adding=!0,this.renderRoot.querySelector("pl-job-form")?.reset()}async createJob(t){if(this.api){this.addBusy=!0,this.addError="";try{const i=await this.api.createJob(t.detail.job);this.adding=!1,this.notify(h("jobs.added",{file:ze(i.filename)})),await this.reload()}catch(i){this.addError=Ze(i),this.renderRoot.querySelector("pl-job-form")?.showErrors(pc(i))}finally{this.addBusy=!1}}}toggleSelected(t,i){const l=new Set(this.selected);i?l.add(t):l.delete(t),this.selected=l}toggleAll(t){this.selected=t?new Set(this.jobs.map(i=>i.id)):new Set}showJob(t){this.detailId=t}render(){const t=this.options;return w`
      <section aria-label=${h("jobs.key_figures")}>
        <pl-kpis .summary=${this.summary} .options=${t} .loading=${this.summaryLoading}></pl-kpis>
      </section>
      ${this.renderToolbar()} ${this.showFilters?this.renderFilters():et}
      ${this.error?w`<div class="error-banner" role="alert">
            <span>${h("jobs.load_error",{error:this.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${qt(xa)} ${h("common.retry")}</button>
          </div>`:et}
      <div class=${this.narrow?"":"card"}>
        ${this.loading?w`<div class="loading-bar" role="progressbar" aria-label=${h("jobs.loading")}></div>`:et}
        ${this.narrow?this.renderCards():this.renderTable()} ${this.renderPager()}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${this.message?"message":"sr-only"}>${this.message}</div>
    `}renderToolbar(){const t=Object.entries(this.filters).filter(([i,l])=>i!=="q"&&l).length;return w`<div class="toolbar" role="search">
      <input
        class="search"
        type="search"
        placeholder=${h("jobs.search")}
        aria-label=${h("jobs.search")}
        .value=${this.filters.q}
        @input=${i=>this.setFilter("q",i.target.value,!0)}
      />
      <button
        class="btn"
        aria-expanded=${this.showFilters?"true":"false"}
        aria-controls="filters"
        @click=${()=>this.showFilters=!this.showFilters}
      >
        ${qt(jc)} ${t?h("jobs.filters_n",{n:t}):h("jobs.filters")}
      </button>
      <span class="spacer"></span>
      ${this.admin&&this.selected.size?w`<button
            class="btn danger"
            @click=${()=>this.askDelete(this.jobs.filter(i=>this.selected.has(i.id)))}
          >
            ${qt(Ys)} ${h("jobs.delete_n",{n:this.selected.size})}
          </button>`:et}
      ${this.admin?w`<button class="btn primary" @click=${this.openAdd} ?disabled=${!this.printers.length}>
            ${qt(Mc)} ${h("jobs.add")}
          </button>`:et}
    </div>`}renderFilters(){const t=this.filters,i=l=>s=>this.setFilter(l,s.target.value);return w`<div class="filters card" id="filters">
      <label
        >${h("common.printer")}
        <select name="printer" @change=${i("printer")}>
          <option value="" ?selected=${!t.printer}>${h("common.all_printers")}</option>
          ${this.printers.map(l=>w`<option value=${l.id} ?selected=${l.id===t.printer}>${l.name}</option>`)}
        </select>
      </label>
      <label
        >${h("column.status")}
        <select name="status" @change=${i("status")}>
          ${fo.map(l=>w`<option value=${l.value} ?selected=${l.value===t.status}>${l.label}</option>`)}
        </select>
      </label>
      <label>${h("jobs.from")} <input name="since" type="date" .value=${t.since} @change=${i("since")} /></label>
      <label>${h("jobs.to")} <input name="until" type="date" .value=${t.until} @change=${i("until")} /></label>
      <label
        >${h("jobs.filament_type")}
        <input
          name="filament"
          list="filament-types"
          .value=${t.filament}
          @input=${l=>this.setFilter("filament",l.target.value,!0)}
        />
        <datalist id="filament-types">${this.filamentTypes.map(l=>w`<option value=${l}></option>`)}</datalist>
      </label>
      <label
        >${h("jobs.tags_filter")}
        <input
          name="tags"
          .value=${t.tags}
          @input=${l=>this.setFilter("tags",l.target.value,!0)}
        />
      </label>
      <button class="btn clear" @click=${this.clearFilters}>${h("jobs.clear_filters")}</button>
    </div>`}renderTable(){const t=this.options;if(!t)return et;const i=this.jobs.length>0&&this.jobs.every(s=>this.selected.has(s.id)),l=ba.length+(this.admin?2:0);return w`<div class="table-wrap">
      <table aria-label=${h("jobs.print_jobs")} aria-busy=${this.loading?"true":"false"} aria-rowcount=${this.total+1}>
        <thead>
          <tr>
            ${this.admin?w`<th scope="col">
                  <input
                    type="checkbox"
                    aria-label=${h("jobs.select_all")}
                    .checked=${i}
                    @change=${s=>this.toggleAll(s.target.checked)}
                  />
                </th>`:et}
            ${ba.map(s=>{const a=s.sort&&s.sort===this.sort,o=a?this.order==="asc"?"ascending":"descending":void 0;return w`<th scope="col" aria-sort=${o??et}>
                ${s.sort?w`<button class="sort" @click=${()=>this.sortBy(s.sort)}>
                      ${h(s.label)}<span aria-hidden="true">${a?this.order==="asc"?"▲":"▼":""}</span>
                    </button>`:h(s.label)}
              </th>`})}
            ${this.admin?w`<th scope="col"><span class="sr-only">${h("jobs.actions")}</span></th>`:et}
          </tr>
        </thead>
        <tbody>
          ${fa(this.jobs,s=>s.id,s=>w`${this.renderRow(s,t)}
            ${this.editingId===s.id?w`<tr class="editor-row">
                  <td colspan=${l}>${this.renderEditor(s)}</td>
                </tr>`:et}`)}
          ${this.loaded&&!this.jobs.length?w`<tr>
                <td class="empty muted" colspan=${l}>${h("jobs.no_match")}</td>
              </tr>`:et}
        </tbody>
      </table>
    </div>`}renderRow(t,i){const l=Zl(t.filament_colour);return w`<tr data-job-id=${t.id} class=${this.selected.has(t.id)?"selected":""}>
      ${this.admin?w`<td>
            <input
              type="checkbox"
              aria-label=${h("jobs.select",{file:ze(t.filename)})}
              .checked=${this.selected.has(t.id)}
              @change=${s=>this.toggleSelected(t.id,s.target.checked)}
            />
          </td>`:et}
      <td>
        <button class="file" data-col="filename" @click=${()=>this.showJob(t.id)} aria-haspopup="dialog">
          ${Ll(t.filename)}
        </button>
      </td>
      <td data-col="printer">${t.printer_name}</td>
      <td data-col="status">${Gs(t.status)}</td>
      <td class="num" data-col="start" title=${el(t.start,i)}>${el(t.start,i,!1)}</td>
      <td class="num" data-col="print_duration">${ui(t.print_duration)}</td>
      <td class="num" data-col="filament">
        ${l?w`<span class="swatch" style=${`background:${l}`}></span>`:et}
        ${qs(t.filament_weight_g,t.filament_used_mm,i)}
        <span class="muted">${t.filament_type??""}</span>
      </td>
      <td data-col="rating">
        <pl-rating
          .value=${t.rating}
          .subject=${ze(t.filename)}
          ?readonly=${!this.admin}
          ?disabled=${this.savingId===t.id}
          @value-changed=${s=>this.saveChanges(t,{rating:s.detail.value})}
        ></pl-rating>
      </td>
      <td data-col="tags">${t.tags.map(s=>w`<span class="tag">${s}</span>`)}</td>
      <td class="notes" data-col="notes" title=${t.notes??""}>
        <span>${t.failure_reason?w`<strong class="status-error">${t.failure_reason}</strong> `:et}${t.notes??""}</span>
      </td>
      ${this.admin?w`<td class="actions">${this.renderActions(t)}</td>`:et}
    </tr>`}renderActions(t){return w`<button
        class="icon-btn"
        data-edit=${t.id}
        aria-label=${h("jobs.edit",{file:ze(t.filename)})}
        aria-expanded=${this.editingId===t.id?"true":"false"}
        @click=${()=>this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}
      >
        ${qt(_a)}
      </button>
      <button class="icon-btn" aria-label=${h("jobs.delete",{file:ze(t.filename)})} @click=${()=>this.askDelete([t])}>
        ${qt(Ys)}
      </button>`}renderEditor(t){return w`<pl-job-editor
      .job=${t}
      .busy=${this.savingId===t.id}
      .error=${this.editError}
      @save=${i=>this.onEditorSave(t,i)}
      @cancel=${()=>this.closeEditor(t.id)}
    ></pl-job-editor>`}renderCards(){const t=this.options;return t?this.loaded&&!this.jobs.length?w`<div class="empty muted">${h("jobs.no_match")}</div>`:w`<ul class="cards" aria-label=${h("jobs.print_jobs")}>
      ${fa(this.jobs,i=>i.id,i=>w`<li class="card" data-job-id=${i.id}>
          <div class="head">
            <button class="file" data-col="filename" @click=${()=>this.showJob(i.id)} aria-haspopup="dialog">
              ${Ll(i.filename)}
            </button>
            ${Gs(i.status)}
          </div>
          <div class="line">
            ${i.printer_name} · ${el(i.start,t)} · ${ui(i.print_duration)} ·
            ${qs(i.filament_weight_g,i.filament_used_mm,t)}
          </div>
          ${i.tags.length?w`<div>${i.tags.map(l=>w`<span class="tag">${l}</span>`)}</div>`:et}
          ${i.notes?w`<div class="notes" data-col="notes">${i.notes}</div>`:et}
          <div class="row-actions">
            <pl-rating
              .value=${i.rating}
              .subject=${ze(i.filename)}
              ?readonly=${!this.admin}
              @value-changed=${l=>this.saveChanges(i,{rating:l.detail.value})}
            ></pl-rating>
            <span style="flex:1"></span>
            ${this.admin?this.renderActions(i):et}
          </div>
          ${this.editingId===i.id?this.renderEditor(i):et}
        </li>`)}
    </ul>`:et}renderPager(){const t=this.page*this.limit+(this.jobs.length?1:0),i=this.page*this.limit+this.jobs.length;return w`<nav class="pager" aria-label=${h("jobs.pages")}>
      <label
        >${h("jobs.rows_per_page")}
        <select
          @change=${l=>{this.limit=Number(l.target.value),this.reload()}}
        >
          ${Zd.map(l=>w`<option value=${l} ?selected=${l===this.limit}>${l}</option>`)}
        </select>
      </label>
      <span class="muted" data-total=${this.total}>${h("jobs.range",{first:t,last:i,total:this.total})}</span>
      <button class="icon-btn" aria-label=${h("jobs.previous_page")} ?disabled=${this.page===0||this.loading} @click=${this.prevPage}>
        ${qt(Tc)}
      </button>
      <button class="icon-btn" aria-label=${h("jobs.next_page")} ?disabled=${!this.nextCursor||this.loading} @click=${this.nextPage}>
        ${qt(Lc)}
      </button>
    </nav>`}renderDialogs(){const t=this.confirmJobs.length;return w`
      <pl-dialog
        .heading=${h("jobs.delete_heading",{count:t})}
        .open=${t>0}
        @closed=${()=>this.confirmJobs=[]}
      >
        <p>${h("jobs.delete_text",{count:t})}</p>
        <ul class="confirm-list">
          ${this.confirmJobs.slice(0,20).map(i=>w`<li>${Ll(i.filename)} <span class="muted">(${i.printer_name})</span></li>`)}
          ${t>20?w`<li class="muted">${h("jobs.and_more",{n:t-20})}</li>`:et}
        </ul>
        ${this.deleteError?w`<p class="status-error" role="alert">${this.deleteError}</p>`:et}
        <button slot="actions" class="btn" @click=${()=>this.confirmJobs=[]}>${h("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${this.deleting} @click=${this.confirmDelete}>
          ${h("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${h("jobs.details")} wide .open=${!!this.detailId} @closed=${()=>this.detailId=""}>
        ${this.detailId?w`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${this.detailId}
              .admin=${this.admin}
              @job-updated=${i=>this.applyUpdated(i.detail.job)}
              @delete-jobs=${i=>this.askDelete(i.detail.jobs)}
            ></pl-job-detail>`:et}
      </pl-dialog>
      <pl-dialog heading=${h("jobs.add_heading")} .open=${this.adding} @closed=${()=>this.adding=!1}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.tz}
          .busy=${this.addBusy}
          .error=${this.addError}
          @create=${this.createJob}
          @cancel=${()=>this.adding=!1}
        ></pl-job-form>
      </pl-dialog>
    `}};Rn.styles=[he,me`
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
    `];let nt=Rn;at([B({attribute:!1})],nt.prototype,"api");at([B({attribute:!1})],nt.prototype,"options");at([B({attribute:!1})],nt.prototype,"printers");at([B({type:Boolean})],nt.prototype,"admin");at([B({type:Boolean,reflect:!0})],nt.prototype,"narrow");at([O()],nt.prototype,"filters");at([O()],nt.prototype,"showFilters");at([O()],nt.prototype,"sort");at([O()],nt.prototype,"order");at([O()],nt.prototype,"limit");at([O()],nt.prototype,"cursors");at([O()],nt.prototype,"page");at([O()],nt.prototype,"jobs");at([O()],nt.prototype,"total");at([O()],nt.prototype,"nextCursor");at([O()],nt.prototype,"loading");at([O()],nt.prototype,"loaded");at([O()],nt.prototype,"error");at([O()],nt.prototype,"summary");at([O()],nt.prototype,"summaryLoading");at([O()],nt.prototype,"editingId");at([O()],nt.prototype,"savingId");at([O()],nt.prototype,"editError");at([O()],nt.prototype,"selected");at([O()],nt.prototype,"confirmJobs");at([O()],nt.prototype,"deleting");at([O()],nt.prototype,"deleteError");at([O()],nt.prototype,"detailId");at([O()],nt.prototype,"adding");at([O()],nt.prototype,"addBusy");at([O()],nt.prototype,"addError");at([O()],nt.prototype,"message");at([O()],nt.prototype,"filamentTypes");function Jd(e){const{details:t,events:i,metadata:l,...s}=e;return s}ge("pl-jobs-view",nt);var Kd=Object.defineProperty,Qd=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Kd(t,i,s),s};const Hn=class Hn extends fe{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?w`<ul aria-label=${h("common.printers")}>
      ${this.printers.map(t=>{const i=t.current_job,l=t.online&&!!i&&(t.print_state==="printing"||t.print_state==="paused"),s=fc(t),a=hc(t);return w`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${l?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${s}</span>
          </div>
          ${i?w`<button class="file" title=${ze(i.filename)} @click=${()=>He(this,"show-job",{jobId:i.id})}>
                  ${Ll(i.filename)}
                </button>
                <div
                  class="progress"
                  role="progressbar"
                  aria-label=${h("live.progress_of",{file:ze(i.filename)})}
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(i.progress*100)}
                >
                  <div style=${Jl({width:`${Math.round(i.progress*1e3)/10}%`})}></div>
                </div>
                <div class="meta">
                  <span>${Math.round(i.progress*100)} %</span>
                  <span>${h("live.elapsed",{time:ui(i.print_duration)})}</span>
                  <span>${a!==null?h("live.left",{time:ui(a)}):""}</span>
                </div>`:w`<span class="muted">${h("live.no_job")}</span>`}
        </li>`})}
    </ul>`:w``}};Hn.styles=[he,me`
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
    `];let is=Hn;Qd([B({attribute:!1})],is.prototype,"printers");ge("pl-live-strip",is);var Xd=Object.defineProperty,ii=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Xd(t,i,s),s};const tp="Print Log",In=class In extends fe{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new mc}willUpdate(t){if(t.has("hass")&&this.hass){const i=this.hass.connection;i!==this.connection&&(this.connection=i,this.api=new gc(this.hass),this.resubscribe(),this.loadPrinters());const l=t.get("hass");if(!this.options||!l||l.locale!==this.hass.locale||l.config!==this.hass.config){const s=$r(this.hass);s.language===this.language?this.options=s:s.language===bc()?(this.options=s,this.language=s.language):this.switchLanguage(s)}}}async switchLanguage(t){const i=await yc(t.language,t.numberLocale);this.hass&&$r(this.hass).language!==t.language||(this.options={...t,language:i},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,i=>this.onLiveEvent(i),i=>console.warn("print_logger: live updates unavailable:",Ze(i)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Ze(t)}}onLiveEvent(t){this.printers=$c(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const i=this.view==="jobs"?"analytics":"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"analytics":i),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return et;const t=!!this.hass.user?.is_admin,i=(l,s,a)=>w`<button
        role="tab"
        id=${`tab-${l}`}
        aria-selected=${this.view===l?"true":"false"}
        aria-controls=${`view-${l}`}
        aria-label=${s}
        tabindex=${this.view===l?0:-1}
        @click=${()=>this.select(l)}
      >
        ${qt(a)}<span class="label">${s}</span>
      </button>`;return w`
      <header>
        ${this.narrow?w`<button class="icon-btn" aria-label=${h("panel.open_sidebar")} @click=${()=>He(this,"hass-toggle-menu")}>
              ${qt(Ac)}
            </button>`:et}
        <h1>${this.panel?.title&&this.panel.title!==tp?this.panel.title:h("panel.title")}</h1>
        <div role="tablist" aria-label=${h("panel.views")} @keydown=${this.onTabKey}>
          ${i("jobs",h("panel.jobs"),Cc)} ${i("analytics",h("panel.analytics"),Sc)}
        </div>
      </header>
      ${kc(this.language,w`<main>
        ${this.printersError?w`<div class="error-banner" role="alert">
              <span>${h("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${h("common.retry")}</button>
            </div>`:et}
        <pl-live-strip
          .printers=${this.printers}
          @show-job=${l=>{this.select("jobs"),this.renderRoot.querySelector("pl-jobs-view")?.showJob(l.detail.jobId)}}
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
        <div id="view-analytics" role="tabpanel" aria-labelledby="tab-analytics" ?hidden=${this.view!=="analytics"}>
          <pl-analytics-view
            .api=${this.api}
            .options=${this.options}
            .printers=${this.printers}
            .dark=${!!this.hass.themes?.darkMode}
            .active=${this.view==="analytics"}
          ></pl-analytics-view>
        </div>
      </main>`)}
    `}};In.styles=[he,me`
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
    `];let Le=In;ii([B({attribute:!1})],Le.prototype,"hass");ii([B({type:Boolean,reflect:!0})],Le.prototype,"narrow");ii([B({attribute:!1})],Le.prototype,"panel");ii([O()],Le.prototype,"view");ii([O()],Le.prototype,"printers");ii([O()],Le.prototype,"printersError");ii([O()],Le.prototype,"api");ii([O()],Le.prototype,"options");ii([O()],Le.prototype,"language");ge("print-logger-panel",Le);
/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
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
