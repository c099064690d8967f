import{K as lc,M as va,N as wa,A as K,b as f,O as ic,Q as Xl,w as _a,R as sc,H as qi,m as v,a as pe,c as fe,d as se,S as Ws,D as B,G as he,T as nc,E as pt,U as $o,V as oc,W as ac,X as rc,Y as cc,Z as uc,C as dc,h as pc,_ as fc,j as We,$ as Gs,a0 as hc,i as mc,a1 as gc,P as bc,B as yc,a2 as vo,a3 as xa,a4 as Ps,a5 as Yi,a6 as $c,o as Ge,a7 as vc,a8 as Js,a9 as Zi,aa as wc,ab as _c,x as rn,y as ti,v as cl,z as cn,q as es,ac as xc,F as Je,s as ka,ad as kc,ae as wo,p as Sc,n as Tc,r as Lc,u as Ec,t as jc,L as Ac,g as Cc,f as _o,e as Mc,I as Dc,k as Pc}from"./chunks/shared-xKlsLr3P.js";const zc=(e,t,l)=>(l.configurable=!0,l.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,l),l);function Sa(e,t){return(l,i,s)=>{const o=r=>r.renderRoot?.querySelector(e)??null;return zc(l,i,{get(){return o(this)}})}}const{I:Vc}=lc,xo=e=>e,ko=()=>document.createComment(""),wi=(e,t,l)=>{const i=e._$AA.parentNode,s=t===void 0?e._$AB:t._$AA;if(l===void 0){const o=i.insertBefore(ko(),s),r=i.insertBefore(ko(),s);l=new Vc(o,r,e,e.options)}else{const o=l._$AB.nextSibling,r=l._$AM,p=r!==e;if(p){let d;l._$AQ?.(e),l._$AM=e,l._$AP!==void 0&&(d=e._$AU)!==r._$AU&&l._$AP(d)}if(o!==s||p){let d=l._$AA;for(;d!==o;){const m=xo(d).nextSibling;xo(i).insertBefore(d,s),d=m}}}return l},kl=(e,t,l=e)=>(e._$AI(t,l),e),Rc={},Ta=(e,t=Rc)=>e._$AH=t,Hc=e=>e._$AH,zs=e=>{e._$AR(),e._$AA.remove()};const Ic=va(class extends wa{constructor(){super(...arguments),this.key=K}render(e,t){return this.key=e,t}update(e,[t,l]){return t!==this.key&&(Ta(e),this.key=t),l}});function Ni(e,t,l,i=!1){return e.map(s=>{const o=s.key===null||s.key===void 0?"":String(s.key),r=s.label||o||f("common.unknown"),p=Number(s[t]??0);let d,m;t==="success_rate"?(d=ic(s.success_rate,l),m=f("common.n_jobs",{count:s.jobs,n:Xl(s.jobs,l)})):t==="filament_g"?(d=_a(p,l,0),m=f("common.n_jobs",{count:s.jobs,n:Xl(s.jobs,l)})):t==="hours"?d=sc(p,"hours",l,1):d=Xl(p,l);const $={key:o,label:r,value:p,display:d};if(m&&($.note=m),i){const g=qi(o)??qi(s.label);g&&($.colour=g)}return $})}var Oc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Fc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Nc="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",Bc="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",un="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",Uc="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",Wc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",La="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",Gc="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",Ea="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",So="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",To="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",Jc="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z";function Wt(e,t){return t?v`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:v`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const qc=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Lo=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],dn=qc.filter(e=>e!=="in_progress");var Yc=Object.defineProperty,pn=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Yc(t,l,s),s};const jn=class jn extends pe{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return v`<div class="empty muted">${f("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(l=>l.value),0);return v`<ul aria-label=${this.label}>
      ${this.items.map(l=>{const i=t>0?Math.max(0,Math.min(100,l.value/t*100)):0,s=Ws({width:`${i}%`,...l.colour?{background:l.colour}:{}});return v`<li data-key=${l.key} data-value=${String(l.value)}>
          <span class="name"
            >${l.colour?v`<span class="swatch" style=${Ws({background:l.colour})}></span>`:""}
            <span>${l.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${l.colour?"bar coloured":"bar"} style=${s}></span></span>
          <span class="value">${l.display}${l.note?v`<span class="note">${l.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};jn.styles=[fe,se`
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
    `];let li=jn;pn([B()],li.prototype,"label");pn([B({attribute:!1})],li.prototype,"items");pn([B({type:Number})],li.prototype,"max");he("pl-bars",li);const Zc=!0,Pt="u-",Kc="uplot",Qc=Pt+"hz",Xc=Pt+"vt",tu=Pt+"title",eu=Pt+"wrap",lu=Pt+"under",iu=Pt+"over",su=Pt+"axis",Ll=Pt+"off",nu=Pt+"select",ou=Pt+"cursor-x",au=Pt+"cursor-y",ru=Pt+"cursor-pt",cu=Pt+"legend",uu=Pt+"live",du=Pt+"inline",pu=Pt+"series",fu=Pt+"marker",Eo=Pt+"label",hu=Pt+"value",ki="width",Si="height",_i="top",jo="bottom",Kl="left",Vs="right",fn="#000",Ao=fn+"0",Rs="mousemove",Co="mousedown",Hs="mouseup",Mo="mouseenter",Do="mouseleave",Po="dblclick",mu="resize",gu="scroll",zo="change",Ki="dppxchange",hn="--",ri=typeof window<"u",qs=ri?document:null,ei=ri?window:null,bu=ri?navigator:null;let ct,Bi;function Ys(){let e=devicePixelRatio;ct!=e&&(ct=e,Bi&&Ks(zo,Bi,Ys),Bi=matchMedia(`(min-resolution: ${ct-.001}dppx) and (max-resolution: ${ct+.001}dppx)`),El(zo,Bi,Ys),ei.dispatchEvent(new CustomEvent(Ki)))}function ue(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function Zs(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function wt(e,t,l){e.style[t]=l+"px"}function Me(e,t,l,i){let s=qs.createElement(e);return t!=null&&ue(s,t),l?.insertBefore(s,i),s}function xe(e,t){return Me("div",e,t)}const Vo=new WeakMap;function Ue(e,t,l,i,s){let o="translate("+t+"px,"+l+"px)",r=Vo.get(e);o!=r&&(e.style.transform=o,Vo.set(e,o),t<0||l<0||t>i||l>s?ue(e,Ll):Zs(e,Ll))}const Ro=new WeakMap;function Ho(e,t,l){let i=t+l,s=Ro.get(e);i!=s&&(Ro.set(e,i),e.style.background=t,e.style.borderColor=l)}const Io=new WeakMap;function Oo(e,t,l,i){let s=t+""+l,o=Io.get(e);s!=o&&(Io.set(e,s),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=i?-t/2+"px":0,e.style.marginTop=i?-l/2+"px":0)}const mn={passive:!0},yu={...mn,capture:!0};function El(e,t,l,i){t.addEventListener(e,l,i?yu:mn)}function Ks(e,t,l,i){t.removeEventListener(e,l,mn)}ri&&Ys();function De(e,t,l,i){let s;l=l||0,i=i||t.length-1;let o=i<=2147483647;for(;i-l>1;)s=o?l+i>>1:de((l+i)/2),t[s]<e?l=s:i=s;return e-t[l]<=t[i]-e?l:i}function ja(e){return(l,i,s)=>{let o=-1,r=-1;for(let p=i;p<=s;p++)if(e(l[p])){o=p;break}for(let p=s;p>=i;p--)if(e(l[p])){r=p;break}return[o,r]}}const Aa=e=>e!=null,Ca=e=>e!=null&&e>0,ls=ja(Aa),$u=ja(Ca);function vu(e,t,l,i=0,s=!1){let o=s?$u:ls,r=s?Ca:Aa;[t,l]=o(e,t,l);let p=e[t],d=e[t];if(t>-1)if(i==1)p=e[t],d=e[l];else if(i==-1)p=e[l],d=e[t];else for(let m=t;m<=l;m++){let $=e[m];r($)&&($<p?p=$:$>d&&(d=$))}return[p??mt,d??-mt]}function is(e,t,l,i){let s=Bo(e),o=Bo(t);e==t&&(s==-1?(e*=l,t/=l):(e/=l,t*=l));let r=l==10?Ke:Ma,p=s==1?de:ke,d=o==1?ke:de,m=p(r(Dt(e))),$=d(r(Dt(t))),g=ii(l,m),y=ii(l,$);return l==10&&(m<0&&(g=gt(g,-m)),$<0&&(y=gt(y,-$))),i||l==2?(e=g*s,t=y*o):(e=Va(e,g),t=ss(t,y)),[e,t]}function gn(e,t,l,i){let s=is(e,t,l,i);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}const bn=.1,Fo={mode:3,pad:bn},Li={pad:0,soft:null,mode:0},wu={min:Li,max:Li};function Qi(e,t,l,i){return ns(l)?No(e,t,l):(Li.pad=l,Li.soft=i?0:null,Li.mode=i?3:0,No(e,t,wu))}function at(e,t){return e??t}function _u(e,t,l){for(t=at(t,0),l=at(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function No(e,t,l){let i=l.min,s=l.max,o=at(i.pad,0),r=at(s.pad,0),p=at(i.hard,-mt),d=at(s.hard,mt),m=at(i.soft,mt),$=at(s.soft,-mt),g=at(i.mode,0),y=at(s.mode,0),S=t-e,L=Ke(S),C=Qt(Dt(e),Dt(t)),z=Ke(C),F=Dt(z-L);(S<1e-24||F>10)&&(S=0,(e==0||t==0)&&(S=1e-24,g==2&&m!=mt&&(o=0),y==2&&$!=-mt&&(r=0)));let _=S||C||1e3,j=Ke(_),k=ii(10,de(j)),W=_*(S==0?e==0?.1:1:o),P=gt(Va(e-W,k/10),24),X=e>=m&&(g==1||g==3&&P<=m||g==2&&P>=m)?m:mt,Y=Qt(p,P<X&&e>=X?X:Pe(X,P)),lt=_*(S==0?t==0?.1:1:r),q=gt(ss(t+lt,k/10),24),E=t<=$&&(y==1||y==3&&q>=$||y==2&&q<=$)?$:-mt,Q=Pe(d,q>E&&t<=E?E:Qt(E,q));return Y==Q&&Y==0&&(Q=100),[Y,Q]}const xu=new Intl.NumberFormat(ri?bu.language:"en-US"),yn=e=>xu.format(e),me=Math,Ji=me.PI,Dt=me.abs,de=me.floor,Mt=me.round,ke=me.ceil,Pe=me.min,Qt=me.max,ii=me.pow,Bo=me.sign,Ke=me.log10,Ma=me.log2,ku=(e,t=1)=>me.sinh(e)*t,Is=(e,t=1)=>me.asinh(e/t),mt=1/0;function Uo(e){return(Ke((e^e>>31)-(e>>31))|0)+1}function Qs(e,t,l){return Pe(Qt(e,t),l)}function Da(e){return typeof e=="function"}function it(e){return Da(e)?e:()=>e}const Su=()=>{},Pa=e=>e,za=(e,t)=>t,Tu=e=>null,Wo=e=>!0,Go=(e,t)=>e==t,Lu=/\.\d*?(?=9{6,}|0{6,})/gm,jl=e=>{if(Ha(e)||ul.has(e))return e;const t=`${e}`,l=t.match(Lu);if(l==null)return e;let i=l[0].length-1;if(t.indexOf("e-")!=-1){let[s,o]=t.split("e");return+`${jl(s)}e${o}`}return gt(e,i)};function Sl(e,t){return jl(gt(jl(e/t))*t)}function ss(e,t){return jl(ke(jl(e/t))*t)}function Va(e,t){return jl(de(jl(e/t))*t)}function gt(e,t=0){if(Ha(e))return e;let l=10**t,i=e*l*(1+Number.EPSILON);return Mt(i)/l}const ul=new Map;function Ra(e){return((""+e).split(".")[1]||"").length}function ji(e,t,l,i){let s=[],o=i.map(Ra);for(let r=t;r<l;r++){let p=Dt(r),d=gt(ii(e,r),p);for(let m=0;m<i.length;m++){let $=e==10?+`${i[m]}e${r}`:i[m]*d,g=(r>=0?0:p)+(r>=o[m]?0:o[m]),y=e==10?$:gt($,g);s.push(y),ul.set(y,g)}}return s}const Ei={},$n=[],si=[null,null],rl=Array.isArray,Ha=Number.isInteger,Eu=e=>e===void 0;function Jo(e){return typeof e=="string"}function ns(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function ju(e){return e!=null&&typeof e=="object"}const Au=Object.getPrototypeOf(Uint8Array),Ia="__proto__";function ni(e,t=ns){let l;if(rl(e)){let i=e.find(s=>s!=null);if(rl(i)||t(i)){l=Array(e.length);for(let s=0;s<e.length;s++)l[s]=ni(e[s],t)}else l=e.slice()}else if(e instanceof Au)l=e.slice();else if(t(e)){l={};for(let i in e)i!=Ia&&(l[i]=ni(e[i],t))}else l=e;return l}function jt(e){let t=arguments;for(let l=1;l<t.length;l++){let i=t[l];for(let s in i)s!=Ia&&(ns(e[s])?jt(e[s],ni(i[s])):e[s]=ni(i[s]))}return e}const Cu=0,Mu=1,Du=2;function Pu(e,t,l){for(let i=0,s,o=-1;i<t.length;i++){let r=t[i];if(r>o){for(s=r-1;s>=0&&e[s]==null;)e[s--]=null;for(s=r+1;s<l&&e[s]==null;)e[o=s++]=null}}}function zu(e,t){if(Hu(e)){let r=e[0].slice();for(let p=1;p<e.length;p++)r.push(...e[p].slice(1));return Iu(r[0])||(r=Ru(r)),r}let l=new Set;for(let r=0;r<e.length;r++){let d=e[r][0],m=d.length;for(let $=0;$<m;$++)l.add(d[$])}let i=[Array.from(l).sort((r,p)=>r-p)],s=i[0].length,o=new Map;for(let r=0;r<s;r++)o.set(i[0][r],r);for(let r=0;r<e.length;r++){let p=e[r],d=p[0];for(let m=1;m<p.length;m++){let $=p[m],g=Array(s).fill(void 0),y=t?t[r][m]:Mu,S=[];for(let L=0;L<$.length;L++){let C=$[L],z=o.get(d[L]);C===null?y!=Cu&&(g[z]=C,y==Du&&S.push(z)):g[z]=C}Pu(g,S,s),i.push(g)}}return i}const Vu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ru(e){let t=e[0],l=t.length,i=Array(l);for(let o=0;o<i.length;o++)i[o]=o;i.sort((o,r)=>t[o]-t[r]);let s=[];for(let o=0;o<e.length;o++){let r=e[o],p=Array(l);for(let d=0;d<l;d++)p[d]=r[i[d]];s.push(p)}return s}function Hu(e){let t=e[0][0],l=t.length;for(let i=1;i<e.length;i++){let s=e[i][0];if(s.length!=l)return!1;if(s!=t){for(let o=0;o<l;o++)if(s[o]!=t[o])return!1}}return!0}function Iu(e,t=100){const l=e.length;if(l<=1)return!0;let i=0,s=l-1;for(;i<=s&&e[i]==null;)i++;for(;s>=i&&e[s]==null;)s--;if(s<=i)return!0;const o=Qt(1,de((s-i+1)/t));for(let r=e[i],p=i+o;p<=s;p+=o){const d=e[p];if(d!=null){if(d<=r)return!1;r=d}}return!0}const Oa=["January","February","March","April","May","June","July","August","September","October","November","December"],Fa=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Na(e){return e.slice(0,3)}const Ou=Fa.map(Na),Fu=Oa.map(Na),Nu={MMMM:Oa,MMM:Fu,WWWW:Fa,WWW:Ou};function xi(e){return(e<10?"0":"")+e}function Bu(e){return(e<10?"00":e<100?"0":"")+e}const Uu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>xi(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>xi(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>xi(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>xi(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>xi(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Bu(e.getMilliseconds())};function vn(e,t){t=t||Nu;let l=[],i=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=i.exec(e);)l.push(s[0][0]=="{"?Uu[s[1]]:s[0]);return o=>{let r="";for(let p=0;p<l.length;p++)r+=typeof l[p]=="string"?l[p]:l[p](o,t);return r}}const Wu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Gu(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==Wu?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}const Ba=e=>e%1==0,Xi=[1,2,2.5,5],Ju=ji(10,-32,0,Xi),Ua=ji(10,0,32,Xi),qu=Ua.filter(Ba),Tl=Ju.concat(Ua),wn=`
`,Wa="{YYYY}",qo=wn+Wa,Ga="{M}/{D}",Ti=wn+Ga,Ui=Ti+"/{YY}",Ja="{aa}",Yu="{h}:{mm}",Ql=Yu+Ja,Yo=wn+Ql,Zo=":{ss}",dt=null;function qa(e){let t=e*1e3,l=t*60,i=l*60,s=i*24,o=s*30,r=s*365,d=(e==1?ji(10,0,3,Xi).filter(Ba):ji(10,-3,0,Xi)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,i,i*2,i*3,i*4,i*6,i*8,i*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,o,o*2,o*3,o*4,o*6,r,r*2,r*5,r*10,r*25,r*50,r*100]);const m=[[r,Wa,dt,dt,dt,dt,dt,dt,1],[s*28,"{MMM}",qo,dt,dt,dt,dt,dt,1],[s,Ga,qo,dt,dt,dt,dt,dt,1],[i,"{h}"+Ja,Ui,dt,Ti,dt,dt,dt,1],[l,Ql,Ui,dt,Ti,dt,dt,dt,1],[t,Zo,Ui+" "+Ql,dt,Ti+" "+Ql,dt,Yo,dt,1],[e,Zo+".{fff}",Ui+" "+Ql,dt,Ti+" "+Ql,dt,Yo,dt,1]];function $(g){return(y,S,L,C,z,F)=>{let _=[],j=z>=r,k=z>=o&&z<r,W=g(L),P=gt(W*e,3),X=Os(W.getFullYear(),j?0:W.getMonth(),k||j?1:W.getDate()),Y=gt(X*e,3);if(k||j){let lt=k?z/o:0,q=j?z/r:0,E=P==Y?P:gt(Os(X.getFullYear()+q,X.getMonth()+lt,1)*e,3),Q=new Date(Mt(E/e)),R=Q.getFullYear(),G=Q.getMonth();for(let N=0;E<=C;N++){let st=Os(R+q*N,G+lt*N,1),O=st-g(gt(st*e,3));E=gt((+st+O)*e,3),E<=C&&_.push(E)}}else{let lt=z>=s?s:z,q=de(L)-de(P),E=Y+q+ss(P-Y,lt);_.push(E);let Q=g(E),R=Q.getHours()+Q.getMinutes()/l+Q.getSeconds()/i,G=z/i,N=y.axes[S]._space,st=F/N;for(;E=gt(E+z,e==1?0:3),!(E>C);)if(G>1){let O=de(gt(R+G,6))%24,nt=g(E).getHours()-O;nt>1&&(nt=-1),E-=nt*i,R=(R+G)%24;let ft=_[_.length-1];gt((E-ft)/z,3)*st>=.7&&_.push(E)}else _.push(E)}return _}}return[d,m,$]}const[Zu,Ku,Qu]=qa(1),[Xu,td,ed]=qa(.001);ji(2,-53,53,[1]);function Ko(e,t){return e.map(l=>l.map((i,s)=>s==0||s==8||i==null?i:t(s==1||l[8]==0?i:l[1]+i)))}function Qo(e,t){return(l,i,s,o,r)=>{let p=t.find(L=>r>=L[0])||t[t.length-1],d,m,$,g,y,S;return i.map(L=>{let C=e(L),z=C.getFullYear(),F=C.getMonth(),_=C.getDate(),j=C.getHours(),k=C.getMinutes(),W=C.getSeconds(),P=z!=d&&p[2]||F!=m&&p[3]||_!=$&&p[4]||j!=g&&p[5]||k!=y&&p[6]||W!=S&&p[7]||p[1];return d=z,m=F,$=_,g=j,y=k,S=W,P(C)})}}function ld(e,t){let l=vn(t);return(i,s,o,r,p)=>s.map(d=>l(e(d)))}function Os(e,t,l){return new Date(e,t,l)}function Xo(e,t){return t(e)}const id="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ta(e,t){return(l,i,s,o)=>o==null?hn:t(e(i))}function sd(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function nd(e,t){return e.series[t].fill(e,t)}const od={show:!0,live:!0,isolate:!1,mount:Su,markers:{show:!0,width:2,stroke:sd,fill:nd,dash:"solid"},idx:null,idxs:null,values:[]};function ad(e,t){let l=e.cursor.points,i=xe(),s=l.size(e,t);wt(i,ki,s),wt(i,Si,s);let o=s/-2;wt(i,"marginLeft",o),wt(i,"marginTop",o);let r=l.width(e,t,s);return r&&wt(i,"borderWidth",r),i}function rd(e,t){let l=e.series[t].points;return l._fill||l._stroke}function cd(e,t){let l=e.series[t].points;return l._stroke||l._fill}function ud(e,t){return e.series[t].points.size}const Fs=[0,0];function dd(e,t,l){return Fs[0]=t,Fs[1]=l,Fs}function Wi(e,t,l,i=!0){return s=>{s.button==0&&(!i||s.target==t)&&l(s)}}function Ns(e,t,l,i=!0){return s=>{(!i||s.target==t)&&l(s)}}const pd={show:!0,x:!0,y:!0,lock:!1,move:dd,points:{one:!1,show:ad,size:ud,width:0,stroke:cd,fill:rd},bind:{mousedown:Wi,mouseup:Wi,click:Wi,dblclick:Wi,mousemove:Ns,mouseleave:Ns,mouseenter:Ns},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,i,s)=>i-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ya={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},_n=jt({},Ya,{filter:za}),Za=jt({},_n,{size:10}),Ka=jt({},Ya,{show:!1}),xn='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Qa="bold "+xn,Xa=1.5,ea={show:!0,scale:"x",stroke:fn,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Qa,side:2,grid:_n,ticks:Za,border:Ka,font:xn,lineGap:Xa,rotate:0},fd="Value",hd="Time",la={show:!0,scale:"x",auto:!1,sorted:1,min:mt,max:-mt,idxs:[]};function md(e,t,l,i,s){return t.map(o=>o==null?"":yn(o))}function gd(e,t,l,i,s,o,r){let p=[],d=ul.get(s)||0;l=r?l:gt(ss(l,s),d);for(let m=l;m<=i;m=gt(m+s,d))p.push(Object.is(m,-0)?0:m);return p}function Xs(e,t,l,i,s,o,r){const p=[],d=e.scales[e.axes[t].scale].log,m=d==10?Ke:Ma,$=de(m(l));s=ii(d,$),d==10&&(s=Tl[De(s,Tl)]);let g=l,y=s*d;d==10&&(y=Tl[De(y,Tl)]);do p.push(g),g=g+s,d==10&&!ul.has(g)&&(g=gt(g,ul.get(s))),g>=y&&(s=g,y=s*d,d==10&&(y=Tl[De(y,Tl)]));while(g<=i);return p}function bd(e,t,l,i,s,o,r){let d=e.scales[e.axes[t].scale].asinh,m=i>d?Xs(e,t,Qt(d,l),i,s):[d],$=i>=0&&l<=0?[0]:[];return(l<-d?Xs(e,t,Qt(d,-i),-l,s):[d]).reverse().map(y=>-y).concat($,m)}const tr=/./,yd=/[12357]/,$d=/[125]/,ia=/1/,tn=(e,t,l,i)=>e.map((s,o)=>t==4&&s==0||o%i==0&&l.test(s.toExponential()[s<0?1:0])?s:null);function vd(e,t,l,i,s){let o=e.axes[l],r=o.scale,p=e.scales[r],d=e.valToPos,m=o._space,$=d(10,r),g=d(9,r)-$>=m?tr:d(7,r)-$>=m?yd:d(5,r)-$>=m?$d:ia;if(g==ia){let y=Dt(d(1,r)-$);if(y<m)return tn(t.slice().reverse(),p.distr,g,ke(m/y)).reverse()}return tn(t,p.distr,g,1)}function wd(e,t,l,i,s){let o=e.axes[l],r=o.scale,p=o._space,d=e.valToPos,m=Dt(d(1,r)-d(2,r));return m<p?tn(t.slice().reverse(),3,tr,ke(p/m)).reverse():t}function _d(e,t,l,i){return i==null?hn:t==null?"":yn(t)}const sa={show:!0,scale:"y",stroke:fn,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Qa,side:3,grid:_n,ticks:Za,border:Ka,font:xn,lineGap:Xa,rotate:0};function xd(e,t){let l=3+(e||1)*2;return gt(l*t,3)}function kd(e,t){let{scale:l,idxs:i}=e.series[0],s=e._data[0],o=e.valToPos(s[i[0]],l,!0),r=e.valToPos(s[i[1]],l,!0),p=Dt(r-o),d=e.series[t],m=p/(d.points.space*ct);return i[1]-i[0]<=m}const na={scale:null,auto:!0,sorted:0,min:mt,max:-mt},er=(e,t,l,i,s)=>s,oa={show:!0,auto:!0,sorted:0,gaps:er,alpha:1,facets:[jt({},na,{scale:"x"}),jt({},na,{scale:"y"})]},aa={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:er,alpha:1,points:{show:kd,filter:null},values:null,min:mt,max:-mt,idxs:[],path:null,clip:null};function Sd(e,t,l,i,s){return l/10}const lr={time:Zc,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Td=jt({},lr,{time:!1,ori:1}),ra={};function ir(e,t){let l=ra[e];return l||(l={key:e,plots:[],sub(i){l.plots.push(i)},unsub(i){l.plots=l.plots.filter(s=>s!=i)},pub(i,s,o,r,p,d,m){for(let $=0;$<l.plots.length;$++)l.plots[$]!=s&&l.plots[$].pub(i,s,o,r,p,d,m)}},e!=null&&(ra[e]=l)),l}const oi=1,en=2;function Cl(e,t,l){const i=e.mode,s=e.series[t],o=i==2?e._data[t]:e._data,r=e.scales,p=e.bbox;let d=o[0],m=i==2?o[1]:o[t],$=i==2?r[s.facets[0].scale]:r[e.series[0].scale],g=i==2?r[s.facets[1].scale]:r[s.scale],y=p.left,S=p.top,L=p.width,C=p.height,z=e.valToPosH,F=e.valToPosV;return $.ori==0?l(s,d,m,$,g,z,F,y,S,L,C,as,ci,cs,nr,ar):l(s,d,m,$,g,F,z,S,y,C,L,rs,ui,Tn,or,rr)}function kn(e,t){let l=0,i=0,s=at(e.bands,$n);for(let o=0;o<s.length;o++){let r=s[o];r.series[0]==t?l=r.dir:r.series[1]==t&&(r.dir==1?i|=1:i|=2)}return[l,i==1?-1:i==2?1:i==3?2:0]}function Ld(e,t,l,i,s){let o=e.mode,r=e.series[t],p=o==2?r.facets[1].scale:r.scale,d=e.scales[p];return s==-1?d.min:s==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function Qe(e,t,l,i,s,o){return Cl(e,t,(r,p,d,m,$,g,y,S,L,C,z)=>{let F=r.pxRound;const _=m.dir*(m.ori==0?1:-1),j=m.ori==0?ci:ui;let k,W;_==1?(k=l,W=i):(k=i,W=l);let P=F(g(p[k],m,C,S)),X=F(y(d[k],$,z,L)),Y=F(g(p[W],m,C,S)),lt=F(y(o==1?$.max:$.min,$,z,L)),q=new Path2D(s);return j(q,Y,lt),j(q,P,lt),j(q,P,X),q})}function os(e,t,l,i,s,o){let r=null;if(e.length>0){r=new Path2D;const p=t==0?cs:Tn;let d=l;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let S=y[0]-d;S>0&&p(r,d,i,S,i+o),d=y[1]}}let m=l+s-d,$=10;m>0&&p(r,d,i-$/2,m,i+o+$)}return r}function Ed(e,t,l){let i=e[e.length-1];i&&i[0]==t?i[1]=l:e.push([t,l])}function Sn(e,t,l,i,s,o,r){let p=[],d=e.length;for(let m=s==1?l:i;m>=l&&m<=i;m+=s)if(t[m]===null){let g=m,y=m;if(s==1)for(;++m<=i&&t[m]===null;)y=m;else for(;--m>=l&&t[m]===null;)y=m;let S=o(e[g]),L=y==g?S:o(e[y]),C=g-s;S=r<=0&&C>=0&&C<d?o(e[C]):S;let F=y+s;L=r>=0&&F>=0&&F<d?o(e[F]):L,L>=S&&p.push([S,L])}return p}function ca(e){return e==0?Pa:e==1?Mt:t=>Sl(t,e)}function sr(e){let t=e==0?as:rs,l=e==0?(s,o,r,p,d,m)=>{s.arcTo(o,r,p,d,m)}:(s,o,r,p,d,m)=>{s.arcTo(r,o,d,p,m)},i=e==0?(s,o,r,p,d)=>{s.rect(o,r,p,d)}:(s,o,r,p,d)=>{s.rect(r,o,d,p)};return(s,o,r,p,d,m=0,$=0)=>{m==0&&$==0?i(s,o,r,p,d):(m=Pe(m,p/2,d/2),$=Pe($,p/2,d/2),t(s,o+m,r),l(s,o+p,r,o+p,r+d,m),l(s,o+p,r+d,o,r+d,$),l(s,o,r+d,o,r,$),l(s,o,r,o+p,r,m),s.closePath())}}const as=(e,t,l)=>{e.moveTo(t,l)},rs=(e,t,l)=>{e.moveTo(l,t)},ci=(e,t,l)=>{e.lineTo(t,l)},ui=(e,t,l)=>{e.lineTo(l,t)},cs=sr(0),Tn=sr(1),nr=(e,t,l,i,s,o)=>{e.arc(t,l,i,s,o)},or=(e,t,l,i,s,o)=>{e.arc(l,t,i,s,o)},ar=(e,t,l,i,s,o,r)=>{e.bezierCurveTo(t,l,i,s,o,r)},rr=(e,t,l,i,s,o,r)=>{e.bezierCurveTo(l,t,s,i,r,o)};function cr(e){return(t,l,i,s,o)=>Cl(t,l,(r,p,d,m,$,g,y,S,L,C,z)=>{let{pxRound:F,points:_}=r,j,k;m.ori==0?(j=as,k=nr):(j=rs,k=or);const W=gt(_.width*ct,3);let P=(_.size-_.width)/2*ct,X=gt(P*2,3),Y=new Path2D,lt=new Path2D,{left:q,top:E,width:Q,height:R}=t.bbox;cs(lt,q-X,E-X,Q+X*2,R+X*2);const G=N=>{if(d[N]!=null){let st=F(g(p[N],m,C,S)),O=F(y(d[N],$,z,L));j(Y,st+P,O),k(Y,st,O,P,0,Ji*2)}};if(o)o.forEach(G);else for(let N=i;N<=s;N++)G(N);return{stroke:W>0?Y:null,fill:Y,clip:lt,flags:oi|en}})}function ur(e){return(t,l,i,s,o,r)=>{i!=s&&(o!=i&&r!=i&&e(t,l,i),o!=s&&r!=s&&e(t,l,s),e(t,l,r))}}const jd=ur(ci),Ad=ur(ui);function dr(e){const t=at(e?.alignGaps,0);return(l,i,s,o)=>Cl(l,i,(r,p,d,m,$,g,y,S,L,C,z)=>{[s,o]=ls(d,s,o);let F=r.pxRound,_=R=>F(g(R,m,C,S)),j=R=>F(y(R,$,z,L)),k,W;m.ori==0?(k=ci,W=jd):(k=ui,W=Ad);const P=m.dir*(m.ori==0?1:-1),X={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:oi},Y=X.stroke;let lt=!1;if(o-s>=C*4){let R=H=>l.posToVal(H,m.key,!0),G=null,N=null,st,O,te,_t=_(p[P==1?s:o]),nt=_(p[s]),ft=_(p[o]),tt=R(P==1?nt+1:ft-1);for(let H=P==1?s:o;H>=s&&H<=o;H+=P){let At=p[H],xt=(P==1?At<tt:At>tt)?_t:_(At),ut=d[H];xt==_t?ut!=null?(O=ut,G==null?(k(Y,xt,j(O)),st=G=N=O):O<G?G=O:O>N&&(N=O)):ut===null&&(lt=!0):(G!=null&&W(Y,_t,j(G),j(N),j(st),j(O)),ut!=null?(O=ut,k(Y,xt,j(O)),G=N=st=O):(G=N=null,ut===null&&(lt=!0)),_t=xt,tt=R(_t+P))}G!=null&&G!=N&&te!=_t&&W(Y,_t,j(G),j(N),j(st),j(O))}else for(let R=P==1?s:o;R>=s&&R<=o;R+=P){let G=d[R];G===null?lt=!0:G!=null&&k(Y,_(p[R]),j(G))}let[E,Q]=kn(l,i);if(r.fill!=null||E!=0){let R=X.fill=new Path2D(Y),G=r.fillTo(l,i,r.min,r.max,E),N=j(G),st=_(p[s]),O=_(p[o]);P==-1&&([O,st]=[st,O]),k(R,O,N),k(R,st,N)}if(!r.spanGaps){let R=[];lt&&R.push(...Sn(p,d,s,o,P,_,t)),X.gaps=R=r.gaps(l,i,s,o,R),X.clip=os(R,m.ori,S,L,C,z)}return Q!=0&&(X.band=Q==2?[Qe(l,i,s,o,Y,-1),Qe(l,i,s,o,Y,1)]:Qe(l,i,s,o,Y,Q)),X})}function Cd(e){const t=at(e.align,1),l=at(e.ascDesc,!1),i=at(e.alignGaps,0),s=at(e.extend,!1);return(o,r,p,d)=>Cl(o,r,(m,$,g,y,S,L,C,z,F,_,j)=>{[p,d]=ls(g,p,d);let k=m.pxRound,{left:W,width:P}=o.bbox,X=nt=>k(L(nt,y,_,z)),Y=nt=>k(C(nt,S,j,F)),lt=y.ori==0?ci:ui;const q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:oi},E=q.stroke,Q=y.dir*(y.ori==0?1:-1);let R=Y(g[Q==1?p:d]),G=X($[Q==1?p:d]),N=G,st=G;s&&t==-1&&(st=W,lt(E,st,R)),lt(E,G,R);for(let nt=Q==1?p:d;nt>=p&&nt<=d;nt+=Q){let ft=g[nt];if(ft==null)continue;let tt=X($[nt]),H=Y(ft);t==1?lt(E,tt,R):lt(E,N,H),lt(E,tt,H),R=H,N=tt}let O=N;s&&t==1&&(O=W+P,lt(E,O,R));let[te,_t]=kn(o,r);if(m.fill!=null||te!=0){let nt=q.fill=new Path2D(E),ft=m.fillTo(o,r,m.min,m.max,te),tt=Y(ft);lt(nt,O,tt),lt(nt,st,tt)}if(!m.spanGaps){let nt=[];nt.push(...Sn($,g,p,d,Q,X,i));let ft=m.width*ct/2,tt=l||t==1?ft:-ft,H=l||t==-1?-ft:ft;nt.forEach(At=>{At[0]+=tt,At[1]+=H}),q.gaps=nt=m.gaps(o,r,p,d,nt),q.clip=os(nt,y.ori,z,F,_,j)}return _t!=0&&(q.band=_t==2?[Qe(o,r,p,d,E,-1),Qe(o,r,p,d,E,1)]:Qe(o,r,p,d,E,_t)),q})}function ua(e,t,l,i,s,o,r=mt){if(e.length>1){let p=null;for(let d=0,m=1/0;d<e.length;d++)if(t[d]!==void 0){if(p!=null){let $=Dt(e[d]-e[p]);$<m&&(m=$,r=Dt(l(e[d],i,s,o)-l(e[p],i,s,o)))}p=d}}return r}function Md(e){e=e||Ei;const t=at(e.size,[.6,mt,1]),l=e.align||0,i=e.gap||0;let s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;const o=it(s),r=1-t[0],p=at(t[1],mt),d=at(t[2],1),m=at(e.disp,Ei),$=at(e.each,S=>{}),{fill:g,stroke:y}=m;return(S,L,C,z)=>Cl(S,L,(F,_,j,k,W,P,X,Y,lt,q,E)=>{let Q=F.pxRound,R=l,G=i*ct,N=p*ct,st=d*ct,O,te;k.ori==0?[O,te]=o(S,L):[te,O]=o(S,L);const _t=k.dir*(k.ori==0?1:-1);let nt=k.ori==0?cs:Tn,ft=k.ori==0?$:(D,bt,Ct,zl,gl,He,bl)=>{$(D,bt,Ct,gl,zl,bl,He)},tt=at(S.bands,$n).find(D=>D.series[0]==L),H=tt!=null?tt.dir:0,At=F.fillTo(S,L,F.min,F.max,H),Jt=Q(X(At,W,E,lt)),xt,ut,Le,ne=q,St=Q(F.width*ct),Re=!1,qe=null,be=null,ll=null,Ml=null;g!=null&&(St==0||y!=null)&&(Re=!0,qe=g.values(S,L,C,z),be=new Map,new Set(qe).forEach(D=>{D!=null&&be.set(D,new Path2D)}),St>0&&(ll=y.values(S,L,C,z),Ml=new Map,new Set(ll).forEach(D=>{D!=null&&Ml.set(D,new Path2D)})));let{x0:Dl,size:fi}=m;if(Dl!=null&&fi!=null){R=1,_=Dl.values(S,L,C,z),Dl.unit==2&&(_=_.map(Ct=>S.posToVal(Y+Ct*q,k.key,!0)));let D=fi.values(S,L,C,z);fi.unit==2?ut=D[0]*q:ut=P(D[0],k,q,Y)-P(0,k,q,Y),ne=ua(_,j,P,k,q,Y,ne),Le=ne-ut+G}else ne=ua(_,j,P,k,q,Y,ne),Le=ne*r+G,ut=ne-Le;Le<1&&(Le=0),St>=ut/2&&(St=0),Le<5&&(Q=Pa);let Mi=Le>0,hl=ne-Le-(Mi?St:0);ut=Q(Qs(hl,st,N)),xt=(R==0?ut/2:R==_t?0:ut)-R*_t*((R==0?G/2:0)+(Mi?St/2:0));const qt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Pl=Re?null:new Path2D;let Ye=null;if(tt!=null)Ye=S.data[tt.series[1]];else{let{y0:D,y1:bt}=m;D!=null&&bt!=null&&(j=bt.values(S,L,C,z),Ye=D.values(S,L,C,z))}let ml=O*ut,Z=te*ut;for(let D=_t==1?C:z;D>=C&&D<=z;D+=_t){let bt=j[D];if(bt==null)continue;if(Ye!=null){let ee=Ye[D]??0;if(bt-ee==0)continue;Jt=X(ee,W,E,lt)}let Ct=k.distr!=2||m!=null?_[D]:D,zl=P(Ct,k,q,Y),gl=X(at(bt,At),W,E,lt),He=Q(zl-xt),bl=Q(Qt(gl,Jt)),oe=Q(Pe(gl,Jt)),ye=bl-oe;if(bt!=null){let ee=bt<0?Z:ml,Ee=bt<0?ml:Z;Re?(St>0&&ll[D]!=null&&nt(Ml.get(ll[D]),He,oe+de(St/2),ut,Qt(0,ye-St),ee,Ee),qe[D]!=null&&nt(be.get(qe[D]),He,oe+de(St/2),ut,Qt(0,ye-St),ee,Ee)):nt(Pl,He,oe+de(St/2),ut,Qt(0,ye-St),ee,Ee),ft(S,L,D,He-St/2,oe,ut+St,ye)}}return St>0?qt.stroke=Re?Ml:Pl:Re||(qt._fill=F.width==0?F._fill:F._stroke??F._fill,qt.width=0),qt.fill=Re?be:Pl,qt})}function Dd(e,t){const l=at(t?.alignGaps,0);return(i,s,o,r)=>Cl(i,s,(p,d,m,$,g,y,S,L,C,z,F)=>{[o,r]=ls(m,o,r);let _=p.pxRound,j=O=>_(y(O,$,z,L)),k=O=>_(S(O,g,F,C)),W,P,X;$.ori==0?(W=as,X=ci,P=ar):(W=rs,X=ui,P=rr);const Y=$.dir*($.ori==0?1:-1);let lt=j(d[Y==1?o:r]),q=lt,E=[],Q=[];for(let O=Y==1?o:r;O>=o&&O<=r;O+=Y)if(m[O]!=null){let _t=d[O],nt=j(_t);E.push(q=nt),Q.push(k(m[O]))}const R={stroke:e(E,Q,W,X,P,_),fill:null,clip:null,band:null,gaps:null,flags:oi},G=R.stroke;let[N,st]=kn(i,s);if(p.fill!=null||N!=0){let O=R.fill=new Path2D(G),te=p.fillTo(i,s,p.min,p.max,N),_t=k(te);X(O,q,_t),X(O,lt,_t)}if(!p.spanGaps){let O=[];O.push(...Sn(d,m,o,r,Y,j,l)),R.gaps=O=p.gaps(i,s,o,r,O),R.clip=os(O,$.ori,L,C,z,F)}return st!=0&&(R.band=st==2?[Qe(i,s,o,r,G,-1),Qe(i,s,o,r,G,1)]:Qe(i,s,o,r,G,st)),R})}function Pd(e){return Dd(zd,e)}function zd(e,t,l,i,s,o){const r=e.length;if(r<2)return null;const p=new Path2D;if(l(p,e[0],t[0]),r==2)i(p,e[1],t[1]);else{let d=Array(r),m=Array(r-1),$=Array(r-1),g=Array(r-1);for(let y=0;y<r-1;y++)$[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],m[y]=$[y]/g[y];d[0]=m[0];for(let y=1;y<r-1;y++)m[y]===0||m[y-1]===0||m[y-1]>0!=m[y]>0?d[y]=0:(d[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/m[y-1]+(g[y]+2*g[y-1])/m[y]),isFinite(d[y])||(d[y]=0));d[r-1]=m[r-2];for(let y=0;y<r-1;y++)s(p,e[y]+g[y]/3,t[y]+d[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-d[y+1]*g[y]/3,e[y+1],t[y+1])}return p}const ln=new Set;function da(){for(let e of ln)e.syncRect(!0)}ri&&(El(mu,ei,da),El(gu,ei,da,!0),El(Ki,ei,()=>{Bt.pxRatio=ct}));const Vd=dr(),Rd=cr();function pa(e,t,l,i){return(i?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,r)=>sn(o,r,t,l))}function Hd(e,t){return e.map((l,i)=>i==0?{}:jt({},t,l))}function sn(e,t,l,i){return jt({},t==0?l:i,e)}function pr(e,t,l){return t==null?si:[t,l]}const Id=pr;function Od(e,t,l){return t==null?si:Qi(t,l,bn,!0)}function fr(e,t,l,i){return t==null?si:is(t,l,e.scales[i].log,!1)}const Fd=fr;function hr(e,t,l,i){return t==null?si:gn(t,l,e.scales[i].log,!1)}const Nd=hr;function Bd(e,t,l,i,s){let o=Qt(Uo(e),Uo(t)),r=t-e,p=De(s/i*r,l);do{let d=l[p],m=i*d/r;if(m>=s&&o+(d<5?ul.get(d):0)<=17)return[d,m]}while(++p<l.length);return[0,0]}function fa(e){let t,l;return e=e.replace(/(\d+)px/,(i,s)=>(t=Mt((l=+s)*ct))+"px"),[e,t,l]}function Ud(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=gt(t[2]*ct,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function Bt(e,t,l){const i={mode:at(e.mode,1)},s=i.mode;function o(n,a,c,u){let h=a.valToPct(n);return u+c*(a.dir==-1?1-h:h)}function r(n,a,c,u){let h=a.valToPct(n);return u+c*(a.dir==-1?h:1-h)}function p(n,a,c,u){return a.ori==0?o(n,a,c,u):r(n,a,c,u)}i.valToPosH=o,i.valToPosV=r;let d=!1;i.status=0;const m=i.root=xe(Kc);if(e.id!=null&&(m.id=e.id),ue(m,e.class),e.title){let n=xe(tu,m);n.textContent=e.title}const $=Me("canvas"),g=i.ctx=$.getContext("2d"),y=xe(eu,m);El("click",y,n=>{n.target===L&&(yt!=Gl||kt!=Jl)&&Nt.click(i,n)},!0);const S=i.under=xe(lu,y);y.appendChild($);const L=i.over=xe(iu,y);e=ni(e);const C=+at(e.pxAlign,1),z=ca(C);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(i,e)||e)});const F=e.ms||.001,_=i.series=s==1?pa(e.series||[],la,aa,!1):Hd(e.series||[null],oa),j=i.axes=pa(e.axes||[],ea,sa,!0),k=i.scales={},W=i.bands=e.bands||[];W.forEach(n=>{n.fill=it(n.fill||null),n.dir=at(n.dir,-1)});const P=s==2?_[1].facets[0].scale:_[0].scale,X={axes:Fr,series:Vr},Y=(e.drawOrder||["axes","series"]).map(n=>X[n]);function lt(n){const a=n.distr==3?c=>Ke(c>0?c:n.clamp(i,c,n.min,n.max,n.key)):n.distr==4?c=>Is(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=a(c),{_min:h,_max:b}=n,w=b-h;return(u-h)/w}}function q(n){let a=k[n];if(a==null){let c=(e.scales||Ei)[n]||Ei;if(c.from!=null){q(c.from);let u=jt({},k[c.from],c,{key:n});u.valToPct=lt(u),k[n]=u}else{a=k[n]=jt({},n==P?lr:Td,c),a.key=n;let u=a.time,h=a.range,b=rl(h);if((n!=P||s==2&&!u)&&(b&&(h[0]==null||h[1]==null)&&(h={min:h[0]==null?Fo:{mode:1,hard:h[0],soft:h[0]},max:h[1]==null?Fo:{mode:1,hard:h[1],soft:h[1]}},b=!1),!b&&ns(h))){let w=h;h=(x,T,A)=>T==null?si:Qi(T,A,w)}a.range=it(h||(u?Id:n==P?a.distr==3?Fd:a.distr==4?Nd:pr:a.distr==3?fr:a.distr==4?hr:Od)),a.auto=it(b?!1:a.auto),a.clamp=it(a.clamp||Sd),a._min=a._max=null,a.valToPct=lt(a)}}}q("x"),q("y"),s==1&&_.forEach(n=>{q(n.scale)}),j.forEach(n=>{q(n.scale)});for(let n in e.scales)q(n);const E=k[P],Q=E.distr;let R,G;E.ori==0?(ue(m,Qc),R=o,G=r):(ue(m,Xc),R=r,G=o);const N={};for(let n in k){let a=k[n];(a.min!=null||a.max!=null)&&(N[n]={min:a.min,max:a.max},a.min=a.max=null)}const st=e.tzDate||(n=>new Date(Mt(n/F))),O=e.fmtDate||vn,te=F==1?Qu(st):ed(st),_t=Qo(st,Ko(F==1?Ku:td,O)),nt=ta(st,Xo(id,O)),ft=[],tt=i.legend=jt({},od,e.legend),H=i.cursor=jt({},pd,{drag:{y:s==2}},e.cursor),At=tt.show,Jt=H.show,xt=tt.markers;tt.idxs=ft,xt.width=it(xt.width),xt.dash=it(xt.dash),xt.stroke=it(xt.stroke),xt.fill=it(xt.fill);let ut,Le,ne,St=[],Re=[],qe,be=!1,ll={};if(tt.live){const n=_[1]?_[1].values:null;be=n!=null,qe=be?n(i,1,0):{_:0};for(let a in qe)ll[a]=hn}if(At)if(ut=Me("table",cu,m),ne=Me("tbody",null,ut),tt.mount(i,ut),be){Le=Me("thead",null,ut,ne);let n=Me("tr",null,Le);Me("th",null,n);for(var Ml in qe)Me("th",Eo,n).textContent=Ml}else ue(ut,du),tt.live&&ue(ut,uu);const Dl={show:!0},fi={show:!1};function Mi(n,a){if(a==0&&(be||!tt.live||s==2))return si;let c=[],u=Me("tr",pu,ne,ne.childNodes[a]);ue(u,n.class),n.show||ue(u,Ll);let h=Me("th",null,u);if(xt.show){let x=xe(fu,h);if(a>0){let T=xt.width(i,a);T&&(x.style.border=T+"px "+xt.dash(i,a)+" "+xt.stroke(i,a)),x.style.background=xt.fill(i,a)}}let b=xe(Eo,h);n.label instanceof HTMLElement?b.appendChild(n.label):b.textContent=n.label,a>0&&(xt.show||(b.style.color=n.width>0?xt.stroke(i,a):xt.fill(i,a)),qt("click",h,x=>{if(H._lock)return;$l(x);let T=_.indexOf(n);if((x.ctrlKey||x.metaKey)!=tt.isolate){let A=_.some((M,V)=>V>0&&V!=T&&M.show);_.forEach((M,V)=>{V>0&&Oe(V,A?V==T?Dl:fi:Dl,!0,Et.setSeries)})}else Oe(T,{show:!n.show},!0,Et.setSeries)},!1),Rl&&qt(Mo,h,x=>{H._lock||($l(x),Oe(_.indexOf(n),Yl,!0,Et.setSeries))},!1));for(var w in qe){let x=Me("td",hu,u);x.textContent="--",c.push(x)}return[u,c]}const hl=new Map;function qt(n,a,c,u=!0){const h=hl.get(a)||{},b=H.bind[n](i,a,c,u);b&&(El(n,a,h[n]=b),hl.set(a,h))}function Pl(n,a,c){const u=hl.get(a)||{};for(let h in u)(n==null||h==n)&&(Ks(h,a,u[h]),delete u[h]);n==null&&hl.delete(a)}let Ye=0,ml=0,Z=0,D=0,bt=0,Ct=0,zl=bt,gl=Ct,He=Z,bl=D,oe=0,ye=0,ee=0,Ee=0;i.bbox={};let ds=!1,Di=!1,Vl=!1,yl=!1,Pi=!1,$e=!1;function ps(n,a,c){(c||n!=i.width||a!=i.height)&&Nn(n,a),Nl(!1),Vl=!0,Di=!0,Bl()}function Nn(n,a){i.width=Ye=Z=n,i.height=ml=D=a,bt=Ct=0,jr(),Ar();let c=i.bbox;oe=c.left=Sl(bt*ct,.5),ye=c.top=Sl(Ct*ct,.5),ee=c.width=Sl(Z*ct,.5),Ee=c.height=Sl(D*ct,.5)}const Tr=3;function Lr(){let n=!1,a=0;for(;!n;){a++;let c=Ir(a),u=Or(a);n=a==Tr||c&&u,n||(Nn(i.width,i.height),Di=!0)}}function Er({width:n,height:a}){ps(n,a)}i.setSize=Er;function jr(){let n=!1,a=!1,c=!1,u=!1;j.forEach((h,b)=>{if(h.show&&h._show){let{side:w,_size:x}=h,T=w%2,A=h.label!=null?h.labelSize:0,M=x+A;M>0&&(T?(Z-=M,w==3?(bt+=M,u=!0):c=!0):(D-=M,w==0?(Ct+=M,n=!0):a=!0))}}),vl[0]=n,vl[1]=c,vl[2]=a,vl[3]=u,Z-=il[1]+il[3],bt+=il[3],D-=il[2]+il[0],Ct+=il[0]}function Ar(){let n=bt+Z,a=Ct+D,c=bt,u=Ct;function h(b,w){switch(b){case 1:return n+=w,n-w;case 2:return a+=w,a-w;case 3:return c-=w,c+w;case 0:return u-=w,u+w}}j.forEach((b,w)=>{if(b.show&&b._show){let x=b.side;b._pos=h(x,b._size),b.label!=null&&(b._lpos=h(x,b.labelSize))}})}if(H.dataIdx==null){let n=H.hover,a=n.skip=new Set(n.skip??[]);a.add(void 0);let c=n.prox=it(n.prox),u=n.bias??=0;H.dataIdx=(h,b,w,x)=>{if(b==0)return w;let T=w,A=c(h,b,w,x)??mt,M=A>=0&&A<mt,V=E.ori==0?Z:D,J=H.left,rt=t[0],ot=t[b];if(a.has(ot[w])){T=null;let et=null,U=null,I;if(u==0||u==-1)for(I=w;et==null&&I-- >0;)a.has(ot[I])||(et=I);if(u==0||u==1)for(I=w;U==null&&I++<ot.length;)a.has(ot[I])||(U=I);if(et!=null||U!=null)if(M){let vt=et==null?-1/0:R(rt[et],E,V,0),Tt=U==null?1/0:R(rt[U],E,V,0),Ot=J-vt,ht=Tt-J;Ot<=ht?Ot<=A&&(T=et):ht<=A&&(T=U)}else T=U==null?et:et==null?U:w-et<=U-w?et:U}else M&&Dt(J-R(rt[w],E,V,0))>A&&(T=null);return T}}const $l=n=>{H.event=n};H.idxs=ft,H._lock=!1;let Ut=H.points;Ut.show=it(Ut.show),Ut.size=it(Ut.size),Ut.stroke=it(Ut.stroke),Ut.width=it(Ut.width),Ut.fill=it(Ut.fill);const Ie=i.focus=jt({},e.focus||{alpha:.3},H.focus),Rl=Ie.prox>=0,Hl=Rl&&Ut.one;let ve=[],Il=[],Ol=[];function Bn(n,a){let c=Ut.show(i,a);if(c instanceof HTMLElement)return ue(c,ru),ue(c,n.class),Ue(c,-10,-10,Z,D),L.insertBefore(c,ve[a]),c}function Un(n,a){if(s==1||a>0){let c=s==1&&k[n.scale].time,u=n.value;n.value=c?Jo(u)?ta(st,Xo(u,O)):u||nt:u||_d,n.label=n.label||(c?hd:fd)}if(Hl||a>0){n.width=n.width==null?1:n.width,n.paths=n.paths||Vd||Tu,n.fillTo=it(n.fillTo||Ld),n.pxAlign=+at(n.pxAlign,C),n.pxRound=ca(n.pxAlign),n.stroke=it(n.stroke||null),n.fill=it(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=xd(Qt(1,n.width),1),u=n.points=jt({},{size:c,width:Qt(1,c*.2),stroke:n.stroke,space:c*2,paths:Rd,_stroke:null,_fill:null},n.points);u.show=it(u.show),u.filter=it(u.filter),u.fill=it(u.fill),u.stroke=it(u.stroke),u.paths=it(u.paths),u.pxAlign=n.pxAlign}if(At){let c=Mi(n,a);St.splice(a,0,c[0]),Re.splice(a,0,c[1]),tt.values.push(null)}if(Jt){ft.splice(a,0,null);let c=null;Hl?a==0&&(c=Bn(n,a)):a>0&&(c=Bn(n,a)),ve.splice(a,0,c),Il.splice(a,0,0),Ol.splice(a,0,0)}It("addSeries",a)}function Cr(n,a){a=a??_.length,n=s==1?sn(n,a,la,aa):sn(n,a,{},oa),_.splice(a,0,n),Un(_[a],a)}i.addSeries=Cr;function Mr(n){if(_.splice(n,1),At){tt.values.splice(n,1),Re.splice(n,1);let a=St.splice(n,1)[0];Pl(null,a.firstChild),a.remove()}Jt&&(ft.splice(n,1),ve.splice(n,1)[0].remove(),Il.splice(n,1),Ol.splice(n,1)),It("delSeries",n)}i.delSeries=Mr;const vl=[!1,!1,!1,!1];function Dr(n,a){if(n._show=n.show,n.show){let c=n.side%2,u=k[n.scale];u==null&&(n.scale=c?_[1].scale:P,u=k[n.scale]);let h=u.time;n.size=it(n.size),n.space=it(n.space),n.rotate=it(n.rotate),rl(n.incrs)&&n.incrs.forEach(w=>{!ul.has(w)&&ul.set(w,Ra(w))}),n.incrs=it(n.incrs||(u.distr==2?qu:h?F==1?Zu:Xu:Tl)),n.splits=it(n.splits||(h&&u.distr==1?te:u.distr==3?Xs:u.distr==4?bd:gd)),n.stroke=it(n.stroke),n.grid.stroke=it(n.grid.stroke),n.ticks.stroke=it(n.ticks.stroke),n.border.stroke=it(n.border.stroke);let b=n.values;n.values=rl(b)&&!rl(b[0])?it(b):h?rl(b)?Qo(st,Ko(b,O)):Jo(b)?ld(st,b):b||_t:b||md,n.filter=it(n.filter||(u.distr>=3&&u.log==10?vd:u.distr==3&&u.log==2?wd:za)),n.font=fa(n.font),n.labelFont=fa(n.labelFont),n._size=n.size(i,null,a,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(vl[a]=!0,n._el=xe(su,y))}}function hi(n,a,c,u){let[h,b,w,x]=c,T=a%2,A=0;return T==0&&(x||b)&&(A=a==0&&!h||a==2&&!w?Mt(ea.size/3):0),T==1&&(h||w)&&(A=a==1&&!b||a==3&&!x?Mt(sa.size/2):0),A}const Wn=i.padding=(e.padding||[hi,hi,hi,hi]).map(n=>it(at(n,hi))),il=i._padding=Wn.map((n,a)=>n(i,a,vl,0));let Ft,zt=null,Vt=null;const zi=s==1?_[0].idxs:null;let je=null,mi=!1;function Gn(n,a){if(t=n??[],i.data=i._data=t,s==2){Ft=0;for(let c=1;c<_.length;c++)Ft+=t[c][0].length}else{t.length==0&&(i.data=i._data=t=[[]]),je=t[0],Ft=je.length;let c=t;if(Q==2){c=t.slice();let u=c[0]=Array(Ft);for(let h=0;h<Ft;h++)u[h]=h}i._data=t=c}if(Nl(!0),It("setData"),Q==2&&(Vl=!0),a!==!1){let c=E;c.auto(i,mi)?fs():nl(P,c.min,c.max),yl=yl||H.left>=0,$e=!0,Bl()}}i.setData=Gn;function fs(){mi=!0;let n,a;s==1&&(Ft>0?(zt=zi[0]=0,Vt=zi[1]=Ft-1,n=t[0][zt],a=t[0][Vt],Q==2?(n=zt,a=Vt):n==a&&(Q==3?[n,a]=is(n,n,E.log,!1):Q==4?[n,a]=gn(n,n,E.log,!1):E.time?a=n+Mt(86400/F):[n,a]=Qi(n,a,bn,!0))):(zt=zi[0]=n=null,Vt=zi[1]=a=null)),nl(P,n,a)}let Vi,Fl,hs,ms,gs,bs,ys,$s,vs,le;function Jn(n,a,c,u,h,b){n??=Ao,c??=$n,u??="butt",h??=Ao,b??="round",n!=Vi&&(g.strokeStyle=Vi=n),h!=Fl&&(g.fillStyle=Fl=h),a!=hs&&(g.lineWidth=hs=a),b!=gs&&(g.lineJoin=gs=b),u!=bs&&(g.lineCap=bs=u),c!=ms&&g.setLineDash(ms=c)}function qn(n,a,c,u){a!=Fl&&(g.fillStyle=Fl=a),n!=ys&&(g.font=ys=n),c!=$s&&(g.textAlign=$s=c),u!=vs&&(g.textBaseline=vs=u)}function ws(n,a,c,u,h=0){if(u.length>0&&n.auto(i,mi)&&(a==null||a.min==null)){let b=at(zt,0),w=at(Vt,u.length-1),x=c.min==null?vu(u,b,w,h,n.distr==3):[c.min,c.max];n.min=Pe(n.min,c.min=x[0]),n.max=Qt(n.max,c.max=x[1])}}const Yn={min:null,max:null};function Pr(){for(let u in k){let h=k[u];N[u]==null&&(h.min==null||N[P]!=null&&h.auto(i,mi))&&(N[u]=Yn)}for(let u in k){let h=k[u];N[u]==null&&h.from!=null&&N[h.from]!=null&&(N[u]=Yn)}N[P]!=null&&Nl(!0);let n={};for(let u in N){let h=N[u];if(h!=null){let b=n[u]=ni(k[u],ju);if(h.min!=null)jt(b,h);else if(u!=P||s==2)if(Ft==0&&b.from==null){let w=b.range(i,null,null,u);b.min=w[0],b.max=w[1]}else b.min=mt,b.max=-mt}}if(Ft>0){_.forEach((u,h)=>{if(s==1){let b=u.scale,w=N[b];if(w==null)return;let x=n[b];if(h==0){let T=x.range(i,x.min,x.max,b);x.min=T[0],x.max=T[1],zt=De(x.min,t[0]),Vt=De(x.max,t[0]),Vt-zt>1&&(t[0][zt]<x.min&&zt++,t[0][Vt]>x.max&&Vt--),u.min=je[zt],u.max=je[Vt]}else u.show&&u.auto&&ws(x,w,u,t[h],u.sorted);u.idxs[0]=zt,u.idxs[1]=Vt}else if(h>0&&u.show&&u.auto){let[b,w]=u.facets,x=b.scale,T=w.scale,[A,M]=t[h],V=n[x],J=n[T];V!=null&&ws(V,N[x],b,A,b.sorted),J!=null&&ws(J,N[T],w,M,w.sorted),u.min=w.min,u.max=w.max}});for(let u in n){let h=n[u],b=N[u];if(h.from==null&&(b==null||b.min==null)){let w=h.range(i,h.min==mt?null:h.min,h.max==-mt?null:h.max,u);h.min=w[0],h.max=w[1]}}}for(let u in n){let h=n[u];if(h.from!=null){let b=n[h.from];if(b.min==null)h.min=h.max=null;else{let w=h.range(i,b.min,b.max,u);h.min=w[0],h.max=w[1]}}}let a={},c=!1;for(let u in n){let h=n[u],b=k[u];if(b.min!=h.min||b.max!=h.max){b.min=h.min,b.max=h.max;let w=b.distr;b._min=w==3?Ke(b.min):w==4?Is(b.min,b.asinh):w==100?b.fwd(b.min):b.min,b._max=w==3?Ke(b.max):w==4?Is(b.max,b.asinh):w==100?b.fwd(b.max):b.max,a[u]=c=!0}}if(c){_.forEach((u,h)=>{s==2?h>0&&a.y&&(u._paths=null):a[u.scale]&&(u._paths=null)});for(let u in a)Vl=!0,It("setScale",u);Jt&&H.left>=0&&(yl=$e=!0)}for(let u in N)N[u]=null}function zr(n){let a=Qs(zt-1,0,Ft-1),c=Qs(Vt+1,0,Ft-1);for(;n[a]==null&&a>0;)a--;for(;n[c]==null&&c<Ft-1;)c++;return[a,c]}function Vr(){if(Ft>0){let n=_.some(a=>a._focus)&&le!=Ie.alpha;n&&(g.globalAlpha=le=Ie.alpha),_.forEach((a,c)=>{if(c>0&&a.show&&(Zn(c,!1),Zn(c,!0),a._paths==null)){let u=le;le!=a.alpha&&(g.globalAlpha=le=a.alpha);let h=s==2?[0,t[c][0].length-1]:zr(t[c]);a._paths=a.paths(i,c,h[0],h[1]),le!=u&&(g.globalAlpha=le=u)}}),_.forEach((a,c)=>{if(c>0&&a.show){let u=le;le!=a.alpha&&(g.globalAlpha=le=a.alpha),a._paths!=null&&Kn(c,!1);{let h=a._paths!=null?a._paths.gaps:null,b=a.points.show(i,c,zt,Vt,h),w=a.points.filter(i,c,b,h);(b||w)&&(a.points._paths=a.points.paths(i,c,zt,Vt,w),Kn(c,!0))}le!=u&&(g.globalAlpha=le=u),It("drawSeries",c)}}),n&&(g.globalAlpha=le=1)}}function Zn(n,a){let c=a?_[n].points:_[n];c._stroke=c.stroke(i,n),c._fill=c.fill(i,n)}function Kn(n,a){let c=a?_[n].points:_[n],{stroke:u,fill:h,clip:b,flags:w,_stroke:x=c._stroke,_fill:T=c._fill,_width:A=c.width}=c._paths;A=gt(A*ct,3);let M=null,V=A%2/2;a&&T==null&&(T=A>0?"#fff":x);let J=c.pxAlign==1&&V>0;if(J&&g.translate(V,V),!a){let rt=oe-A/2,ot=ye-A/2,et=ee+A,U=Ee+A;M=new Path2D,M.rect(rt,ot,et,U)}a?_s(x,A,c.dash,c.cap,T,u,h,w,b):Rr(n,x,A,c.dash,c.cap,T,u,h,w,M,b),J&&g.translate(-V,-V)}function Rr(n,a,c,u,h,b,w,x,T,A,M){let V=!1;T!=0&&W.forEach((J,rt)=>{if(J.series[0]==n){let ot=_[J.series[1]],et=t[J.series[1]],U=(ot._paths||Ei).band;rl(U)&&(U=J.dir==1?U[0]:U[1]);let I,vt=null;ot.show&&U&&_u(et,zt,Vt)?(vt=J.fill(i,rt)||b,I=ot._paths.clip):U=null,_s(a,c,u,h,vt,w,x,T,A,M,I,U),V=!0}}),V||_s(a,c,u,h,b,w,x,T,A,M)}const Qn=oi|en;function _s(n,a,c,u,h,b,w,x,T,A,M,V){Jn(n,a,c,u,h),(T||A||V)&&(g.save(),T&&g.clip(T),A&&g.clip(A)),V?(x&Qn)==Qn?(g.clip(V),M&&g.clip(M),Hi(h,w),Ri(n,b,a)):x&en?(Hi(h,w),g.clip(V),Ri(n,b,a)):x&oi&&(g.save(),g.clip(V),M&&g.clip(M),Hi(h,w),g.restore(),Ri(n,b,a)):(Hi(h,w),Ri(n,b,a)),(T||A||V)&&g.restore()}function Ri(n,a,c){c>0&&(a instanceof Map?a.forEach((u,h)=>{g.strokeStyle=Vi=h,g.stroke(u)}):a!=null&&n&&g.stroke(a))}function Hi(n,a){a instanceof Map?a.forEach((c,u)=>{g.fillStyle=Fl=u,g.fill(c)}):a!=null&&n&&g.fill(a)}function Hr(n,a,c,u){let h=j[n],b;if(u<=0)b=[0,0];else{let w=h._space=h.space(i,n,a,c,u),x=h._incrs=h.incrs(i,n,a,c,u,w);b=Bd(a,c,x,u,w)}return h._found=b}function xs(n,a,c,u,h,b,w,x,T,A){let M=w%2/2;C==1&&g.translate(M,M),Jn(x,w,T,A,x),g.beginPath();let V,J,rt,ot,et=h+(u==0||u==3?-b:b);c==0?(J=h,ot=et):(V=h,rt=et);for(let U=0;U<n.length;U++)a[U]!=null&&(c==0?V=rt=n[U]:J=ot=n[U],g.moveTo(V,J),g.lineTo(rt,ot));g.stroke(),C==1&&g.translate(-M,-M)}function Ir(n){let a=!0;return j.forEach((c,u)=>{if(!c.show)return;let h=k[c.scale];if(h.min==null){c._show&&(a=!1,c._show=!1,Nl(!1));return}else c._show||(a=!1,c._show=!0,Nl(!1));let b=c.side,w=b%2,{min:x,max:T}=h,[A,M]=Hr(u,x,T,w==0?Z:D);if(M==0)return;let V=h.distr==2,J=c._splits=c.splits(i,u,x,T,A,M,V),rt=h.distr==2?J.map(I=>je[I]):J,ot=h.distr==2?je[J[1]]-je[J[0]]:A,et=c._values=c.values(i,c.filter(i,rt,u,M,ot),u,M,ot);c._rotate=b==2?c.rotate(i,et,u,M):0;let U=c._size;c._size=ke(c.size(i,et,u,n)),U!=null&&c._size!=U&&(a=!1)}),a}function Or(n){let a=!0;return Wn.forEach((c,u)=>{let h=c(i,u,vl,n);h!=il[u]&&(a=!1),il[u]=h}),a}function Fr(){for(let n=0;n<j.length;n++){let a=j[n];if(!a.show||!a._show)continue;let c=a.side,u=c%2,h,b,w=a.stroke(i,n),x=c==0||c==3?-1:1,[T,A]=a._found;if(a.label!=null){let Zt=a.labelGap*x,ce=Mt((a._lpos+Zt)*ct);qn(a.labelFont[0],w,"center",c==2?_i:jo),g.save(),u==1?(h=b=0,g.translate(ce,Mt(ye+Ee/2)),g.rotate((c==3?-Ji:Ji)/2)):(h=Mt(oe+ee/2),b=ce);let xl=Da(a.label)?a.label(i,n,T,A):a.label;g.fillText(xl,h,b),g.restore()}if(A==0)continue;let M=k[a.scale],V=u==0?ee:Ee,J=u==0?oe:ye,rt=a._splits,ot=M.distr==2?rt.map(Zt=>je[Zt]):rt,et=M.distr==2?je[rt[1]]-je[rt[0]]:T,U=a.ticks,I=a.border,vt=U.show?U.size:0,Tt=Mt(vt*ct),Ot=Mt((a.alignTo==2?a._size-vt-a.gap:a.gap)*ct),ht=a._rotate*-Ji/180,Lt=z(a._pos*ct),ae=(Tt+Ot)*x,Yt=Lt+ae;b=u==0?Yt:0,h=u==1?Yt:0;let we=a.font[0],Ae=a.align==1?Kl:a.align==2?Vs:ht>0?Kl:ht<0?Vs:u==0?"center":c==3?Vs:Kl,Ne=ht||u==1?"middle":c==2?_i:jo;qn(we,w,Ae,Ne);let re=a.font[1]*a.lineGap,_e=rt.map(Zt=>z(p(Zt,M,V,J))),Ce=a._values;for(let Zt=0;Zt<Ce.length;Zt++){let ce=Ce[Zt];if(ce!=null){u==0?h=_e[Zt]:b=_e[Zt],ce=""+ce;let xl=ce.indexOf(`
`)==-1?[ce]:ce.split(/\n/gm);for(let Kt=0;Kt<xl.length;Kt++){let yo=xl[Kt];ht?(g.save(),g.translate(h,b+Kt*re),g.rotate(ht),g.fillText(yo,0,0),g.restore()):g.fillText(yo,h,b+Kt*re)}}}U.show&&xs(_e,U.filter(i,ot,n,A,et),u,c,Lt,Tt,gt(U.width*ct,3),U.stroke(i,n),U.dash,U.cap);let Be=a.grid;Be.show&&xs(_e,Be.filter(i,ot,n,A,et),u,u==0?2:1,u==0?ye:oe,u==0?Ee:ee,gt(Be.width*ct,3),Be.stroke(i,n),Be.dash,Be.cap),I.show&&xs([Lt],[1],u==0?1:0,u==0?1:2,u==1?ye:oe,u==1?Ee:ee,gt(I.width*ct,3),I.stroke(i,n),I.dash,I.cap)}It("drawAxes")}function Nl(n){_.forEach((a,c)=>{c>0&&(a._paths=null,n&&(s==1?(a.min=null,a.max=null):a.facets.forEach(u=>{u.min=null,u.max=null})))})}let Ii=!1,ks=!1,gi=[];function Nr(){ks=!1;for(let n=0;n<gi.length;n++)It(...gi[n]);gi.length=0}function Bl(){Ii||(Vu(Xn),Ii=!0)}function Br(n,a=!1){Ii=!0,ks=a,n(i),Xn(),a&&gi.length>0&&queueMicrotask(Nr)}i.batch=Br;function Xn(){if(ds&&(Pr(),ds=!1),Vl&&(Lr(),Vl=!1),Di){if(wt(S,Kl,bt),wt(S,_i,Ct),wt(S,ki,Z),wt(S,Si,D),wt(L,Kl,bt),wt(L,_i,Ct),wt(L,ki,Z),wt(L,Si,D),wt(y,ki,Ye),wt(y,Si,ml),$.width=Mt(Ye*ct),$.height=Mt(ml*ct),j.forEach(({_el:n,_show:a,_size:c,_pos:u,side:h})=>{if(n!=null)if(a){let b=h===3||h===0?c:0,w=h%2==1;wt(n,w?"left":"top",u-b),wt(n,w?"width":"height",c),wt(n,w?"top":"left",w?Ct:bt),wt(n,w?"height":"width",w?D:Z),Zs(n,Ll)}else ue(n,Ll)}),Vi=Fl=hs=gs=bs=ys=$s=vs=ms=null,le=1,$i(!0),bt!=zl||Ct!=gl||Z!=He||D!=bl){Nl(!1);let n=Z/He,a=D/bl;if(Jt&&!yl&&H.left>=0){H.left*=n,H.top*=a,Ul&&Ue(Ul,Mt(H.left),0,Z,D),Wl&&Ue(Wl,0,Mt(H.top),Z,D);for(let c=0;c<ve.length;c++){let u=ve[c];u!=null&&(Il[c]*=n,Ol[c]*=a,Ue(u,ke(Il[c]),ke(Ol[c]),Z,D))}}if($t.show&&!Pi&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=a,$t.height*=a;for(let c in As)wt(ql,c,$t[c])}zl=bt,gl=Ct,He=Z,bl=D}It("setSize"),Di=!1}Ye>0&&ml>0&&(g.clearRect(0,0,$.width,$.height),It("drawClear"),Y.forEach(n=>n()),It("draw")),$t.show&&Pi&&(Oi($t),Pi=!1),Jt&&yl&&(_l(null,!0,!1),yl=!1),tt.show&&tt.live&&$e&&(Es(),$e=!1),d||(d=!0,i.status=1,It("ready")),mi=!1,Ii=!1}i.redraw=(n,a)=>{Vl=a||!1,n!==!1?nl(P,E.min,E.max):Bl()};function Ss(n,a){let c=k[n];if(c.from==null){if(Ft==0){let u=c.range(i,a.min,a.max,n);a.min=u[0],a.max=u[1]}if(a.min>a.max){let u=a.min;a.min=a.max,a.max=u}if(Ft>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;n==P&&c.distr==2&&Ft>0&&(a.min=De(a.min,t[0]),a.max=De(a.max,t[0]),a.min==a.max&&a.max++),N[n]=a,ds=!0,Bl()}}i.setScale=Ss;let Ts,Ls,Ul,Wl,to,eo,Gl,Jl,lo,io,yt,kt,sl=!1;const Nt=H.drag;let Rt=Nt.x,Ht=Nt.y;Jt&&(H.x&&(Ts=xe(ou,L)),H.y&&(Ls=xe(au,L)),E.ori==0?(Ul=Ts,Wl=Ls):(Ul=Ls,Wl=Ts),yt=H.left,kt=H.top);const $t=i.select=jt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),ql=$t.show?xe(nu,$t.over?L:S):null;function Oi(n,a){if($t.show){for(let c in n)$t[c]=n[c],c in As&&wt(ql,c,n[c]);a!==!1&&It("setSelect")}}i.setSelect=Oi;function Ur(n){if(_[n].show)At&&Zs(St[n],Ll);else if(At&&ue(St[n],Ll),Jt){let c=Hl?ve[0]:ve[n];c!=null&&Ue(c,-10,-10,Z,D)}}function nl(n,a,c){Ss(n,{min:a,max:c})}function Oe(n,a,c,u){a.focus!=null&&Yr(n),a.show!=null&&_.forEach((h,b)=>{b>0&&(n==b||n==null)&&(h.show=a.show,Ur(b),s==2?(nl(h.facets[0].scale,null,null),nl(h.facets[1].scale,null,null)):nl(h.scale,null,null),Bl())}),c!==!1&&It("setSeries",n,a),u&&vi("setSeries",i,n,a)}i.setSeries=Oe;function Wr(n,a){jt(W[n],a)}function Gr(n,a){n.fill=it(n.fill||null),n.dir=at(n.dir,-1),a=a??W.length,W.splice(a,0,n)}function Jr(n){n==null?W.length=0:W.splice(n,1)}i.addBand=Gr,i.setBand=Wr,i.delBand=Jr;function qr(n,a){_[n].alpha=a,Jt&&ve[n]!=null&&(ve[n].style.opacity=a),At&&St[n]&&(St[n].style.opacity=a)}let Ze,ol,wl;const Yl={focus:!0};function Yr(n){if(n!=wl){let a=n==null,c=Ie.alpha!=1;_.forEach((u,h)=>{if(s==1||h>0){let b=a||h==0||h==n;u._focus=a?null:b,c&&qr(h,b?1:Ie.alpha)}}),wl=n,c&&Bl()}}At&&Rl&&qt(Do,ut,n=>{H._lock||($l(n),wl!=null&&Oe(null,Yl,!0,Et.setSeries))});function Fe(n,a,c){let u=k[a];c&&(n=n/ct-(u.ori==1?Ct:bt));let h=Z;u.ori==1&&(h=D,n=h-n),u.dir==-1&&(n=h-n);let b=u._min,w=u._max,x=n/h,T=b+(w-b)*x,A=u.distr;return A==3?ii(10,T):A==4?ku(T,u.asinh):A==100?u.bwd(T):T}function Zr(n,a){let c=Fe(n,P,a);return De(c,t[0],zt,Vt)}i.valToIdx=n=>De(n,t[0]),i.posToIdx=Zr,i.posToVal=Fe,i.valToPos=(n,a,c)=>k[a].ori==0?o(n,k[a],c?ee:Z,c?oe:0):r(n,k[a],c?Ee:D,c?ye:0),i.setCursor=(n,a,c)=>{yt=n.left,kt=n.top,_l(null,a,c)};function so(n,a){wt(ql,Kl,$t.left=n),wt(ql,ki,$t.width=a)}function no(n,a){wt(ql,_i,$t.top=n),wt(ql,Si,$t.height=a)}let bi=E.ori==0?so:no,yi=E.ori==1?so:no;function Kr(){if(At&&tt.live)for(let n=s==2?1:0;n<_.length;n++){if(n==0&&be)continue;let a=tt.values[n],c=0;for(let u in a)Re[n][c++].firstChild.nodeValue=a[u]}}function Es(n,a){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ft[u]=c}):Eu(n.idx)||ft.fill(n.idx),tt.idx=ft[0]),At&&tt.live){for(let c=0;c<_.length;c++)(c>0||s==1&&!be)&&Qr(c,ft[c]);Kr()}$e=!1,a!==!1&&It("setLegend")}i.setLegend=Es;function Qr(n,a){let c=_[n],u=n==0&&Q==2?je:t[n],h;be?h=c.values(i,n,a)??ll:(h=c.value(i,a==null?null:u[a],n,a),h=h==null?ll:{_:h}),tt.values[n]=h}function _l(n,a,c){lo=yt,io=kt,[yt,kt]=H.move(i,yt,kt),H.left=yt,H.top=kt,Jt&&(Ul&&Ue(Ul,Mt(yt),0,Z,D),Wl&&Ue(Wl,0,Mt(kt),Z,D));let u,h=zt>Vt;Ze=mt,ol=null;let b=E.ori==0?Z:D,w=E.ori==1?Z:D;if(yt<0||Ft==0||h){u=H.idx=null;for(let x=0;x<_.length;x++){let T=ve[x];T!=null&&Ue(T,-10,-10,Z,D)}Rl&&Oe(null,Yl,!0,n==null&&Et.setSeries),tt.live&&(ft.fill(u),$e=!0)}else{let x,T,A;s==1&&(x=E.ori==0?yt:kt,T=Fe(x,P),u=H.idx=De(T,t[0],zt,Vt),A=R(t[0][u],E,b,0));let M=-10,V=-10,J=0,rt=0,ot=!0,et="",U="";for(let I=s==2?1:0;I<_.length;I++){let vt=_[I],Tt=ft[I],Ot=Tt==null?null:s==1?t[I][Tt]:t[I][1][Tt],ht=H.dataIdx(i,I,u,T),Lt=ht==null?null:s==1?t[I][ht]:t[I][1][ht];if($e=$e||Lt!=Ot||ht!=Tt,ft[I]=ht,I>0&&vt.show){let ae=ht==null?-10:ht==u?A:R(s==1?t[0][ht]:t[I][0][ht],E,b,0),Yt=Lt==null?-10:G(Lt,s==1?k[vt.scale]:k[vt.facets[1].scale],w,0);if(Rl&&Lt!=null){let we=E.ori==1?yt:kt,Ae=Dt(Ie.dist(i,I,ht,Yt,we));if(Ae<Ze){let Ne=Ie.bias;if(Ne!=0){let re=Fe(we,vt.scale),_e=Lt>=0?1:-1,Ce=re>=0?1:-1;Ce==_e&&(Ce==1?Ne==1?Lt>=re:Lt<=re:Ne==1?Lt<=re:Lt>=re)&&(Ze=Ae,ol=I)}else Ze=Ae,ol=I}}if($e||Hl){let we,Ae;E.ori==0?(we=ae,Ae=Yt):(we=Yt,Ae=ae);let Ne,re,_e,Ce,Be,Zt,ce=!0,xl=Ut.bbox;if(xl!=null){ce=!1;let Kt=xl(i,I);_e=Kt.left,Ce=Kt.top,Ne=Kt.width,re=Kt.height}else _e=we,Ce=Ae,Ne=re=Ut.size(i,I);if(Zt=Ut.fill(i,I),Be=Ut.stroke(i,I),Hl)I==ol&&Ze<=Ie.prox&&(M=_e,V=Ce,J=Ne,rt=re,ot=ce,et=Zt,U=Be);else{let Kt=ve[I];Kt!=null&&(Il[I]=_e,Ol[I]=Ce,Oo(Kt,Ne,re,ce),Ho(Kt,Zt,Be),Ue(Kt,ke(_e),ke(Ce),Z,D))}}}}if(Hl){let I=Ie.prox,vt=wl==null?Ze<=I:Ze>I||ol!=wl;if($e||vt){let Tt=ve[0];Tt!=null&&(Il[0]=M,Ol[0]=V,Oo(Tt,J,rt,ot),Ho(Tt,et,U),Ue(Tt,ke(M),ke(V),Z,D))}}}if($t.show&&sl)if(n!=null){let[x,T]=Et.scales,[A,M]=Et.match,[V,J]=n.cursor.sync.scales,rt=n.cursor.drag;if(Rt=rt._x,Ht=rt._y,Rt||Ht){let{left:ot,top:et,width:U,height:I}=n.select,vt=n.scales[V].ori,Tt=n.posToVal,Ot,ht,Lt,ae,Yt,we=x!=null&&A(x,V),Ae=T!=null&&M(T,J);we&&Rt?(vt==0?(Ot=ot,ht=U):(Ot=et,ht=I),Lt=k[x],ae=R(Tt(Ot,V),Lt,b,0),Yt=R(Tt(Ot+ht,V),Lt,b,0),bi(Pe(ae,Yt),Dt(Yt-ae))):bi(0,b),Ae&&Ht?(vt==1?(Ot=ot,ht=U):(Ot=et,ht=I),Lt=k[T],ae=G(Tt(Ot,J),Lt,w,0),Yt=G(Tt(Ot+ht,J),Lt,w,0),yi(Pe(ae,Yt),Dt(Yt-ae))):yi(0,w)}else Cs()}else{let x=Dt(lo-to),T=Dt(io-eo);if(E.ori==1){let J=x;x=T,T=J}Rt=Nt.x&&x>=Nt.dist,Ht=Nt.y&&T>=Nt.dist;let A=Nt.uni;A!=null?Rt&&Ht&&(Rt=x>=A,Ht=T>=A,!Rt&&!Ht&&(T>x?Ht=!0:Rt=!0)):Nt.x&&Nt.y&&(Rt||Ht)&&(Rt=Ht=!0);let M,V;Rt&&(E.ori==0?(M=Gl,V=yt):(M=Jl,V=kt),bi(Pe(M,V),Dt(V-M)),Ht||yi(0,w)),Ht&&(E.ori==1?(M=Gl,V=yt):(M=Jl,V=kt),yi(Pe(M,V),Dt(V-M)),Rt||bi(0,b)),!Rt&&!Ht&&(bi(0,0),yi(0,0))}if(Nt._x=Rt,Nt._y=Ht,n==null){if(c){if(bo!=null){let[x,T]=Et.scales;Et.values[0]=x!=null?Fe(E.ori==0?yt:kt,x):null,Et.values[1]=T!=null?Fe(E.ori==1?yt:kt,T):null}vi(Rs,i,yt,kt,Z,D,u)}if(Rl){let x=c&&Et.setSeries,T=Ie.prox;wl==null?Ze<=T&&Oe(ol,Yl,!0,x):Ze>T?Oe(null,Yl,!0,x):ol!=wl&&Oe(ol,Yl,!0,x)}}$e&&(tt.idx=u,Es()),a!==!1&&It("setCursor")}let al=null;Object.defineProperty(i,"rect",{get(){return al==null&&$i(!1),al}});function $i(n=!1){n?al=null:(al=L.getBoundingClientRect(),It("syncRect",al))}function oo(n,a,c,u,h,b,w){H._lock||sl&&n!=null&&n.movementX==0&&n.movementY==0||(js(n,a,c,u,h,b,w,!1,n!=null),n!=null?_l(null,!0,!0):_l(a,!0,!1))}function js(n,a,c,u,h,b,w,x,T){if(al==null&&$i(!1),$l(n),n!=null)c=n.clientX-al.left,u=n.clientY-al.top;else{if(c<0||u<0){yt=-10,kt=-10;return}let[A,M]=Et.scales,V=a.cursor.sync,[J,rt]=V.values,[ot,et]=V.scales,[U,I]=Et.match,vt=a.axes[0].side%2==1,Tt=E.ori==0?Z:D,Ot=E.ori==1?Z:D,ht=vt?b:h,Lt=vt?h:b,ae=vt?u:c,Yt=vt?c:u;if(ot!=null?c=U(A,ot)?p(J,k[A],Tt,0):-10:c=Tt*(ae/ht),et!=null?u=I(M,et)?p(rt,k[M],Ot,0):-10:u=Ot*(Yt/Lt),E.ori==1){let we=c;c=u,u=we}}T&&(a==null||a.cursor.event.type==Rs)&&((c<=1||c>=Z-1)&&(c=Sl(c,Z)),(u<=1||u>=D-1)&&(u=Sl(u,D))),x?(to=c,eo=u,[Gl,Jl]=H.move(i,c,u)):(yt=c,kt=u)}const As={width:0,height:0,left:0,top:0};function Cs(){Oi(As,!1)}let ao,ro,co,uo;function po(n,a,c,u,h,b,w){sl=!0,Rt=Ht=Nt._x=Nt._y=!1,js(n,a,c,u,h,b,w,!0,!1),n!=null&&(qt(Hs,qs,fo,!1),vi(Co,i,Gl,Jl,Z,D,null));let{left:x,top:T,width:A,height:M}=$t;ao=x,ro=T,co=A,uo=M}function fo(n,a,c,u,h,b,w){sl=Nt._x=Nt._y=!1,js(n,a,c,u,h,b,w,!1,!0);let{left:x,top:T,width:A,height:M}=$t,V=A>0||M>0,J=ao!=x||ro!=T||co!=A||uo!=M;if(V&&J&&Oi($t),Nt.setScale&&V&&J){let rt=x,ot=A,et=T,U=M;if(E.ori==1&&(rt=T,ot=M,et=x,U=A),Rt&&nl(P,Fe(rt,P),Fe(rt+ot,P)),Ht)for(let I in k){let vt=k[I];I!=P&&vt.from==null&&vt.min!=mt&&nl(I,Fe(et+U,I),Fe(et,I))}Cs()}else H.lock&&(H._lock=!H._lock,_l(a,!0,n!=null));n!=null&&(Pl(Hs,qs),vi(Hs,i,yt,kt,Z,D,null))}function Xr(n,a,c,u,h,b,w){if(H._lock)return;$l(n);let x=sl;if(sl){let T=!0,A=!0,M=10,V,J;E.ori==0?(V=Rt,J=Ht):(V=Ht,J=Rt),V&&J&&(T=yt<=M||yt>=Z-M,A=kt<=M||kt>=D-M),V&&T&&(yt=yt<Gl?0:Z),J&&A&&(kt=kt<Jl?0:D),_l(null,!0,!0),sl=!1}yt=-10,kt=-10,ft.fill(null),_l(null,!0,!0),x&&(sl=x)}function ho(n,a,c,u,h,b,w){H._lock||($l(n),fs(),Cs(),n!=null&&vi(Po,i,yt,kt,Z,D,null))}function mo(){j.forEach(Ud),ps(i.width,i.height,!0)}El(Ki,ei,mo);const Zl={};Zl.mousedown=po,Zl.mousemove=oo,Zl.mouseup=fo,Zl.dblclick=ho,Zl.setSeries=(n,a,c,u)=>{let h=Et.match[2];c=h(i,a,c),c!=-1&&Oe(c,u,!0,!1)},Jt&&(qt(Co,L,po),qt(Rs,L,oo),qt(Mo,L,n=>{$l(n),$i(!1)}),qt(Do,L,Xr),qt(Po,L,ho),ln.add(i),i.syncRect=$i);const Fi=i.hooks=e.hooks||{};function It(n,a,c){ks?gi.push([n,a,c]):n in Fi&&Fi[n].forEach(u=>{u.call(null,i,a,c)})}(e.plugins||[]).forEach(n=>{for(let a in n.hooks)Fi[a]=(Fi[a]||[]).concat(n.hooks[a])});const go=(n,a,c)=>c,Et=jt({key:null,setSeries:!1,filters:{pub:Wo,sub:Wo},scales:[P,_[1]?_[1].scale:null],match:[Go,Go,go],values:[null,null]},H.sync);Et.match.length==2&&Et.match.push(go),H.sync=Et;const bo=Et.key,Ms=ir(bo);function vi(n,a,c,u,h,b,w){Et.filters.pub(n,a,c,u,h,b,w)&&Ms.pub(n,a,c,u,h,b,w)}Ms.sub(i);function tc(n,a,c,u,h,b,w){Et.filters.sub(n,a,c,u,h,b,w)&&Zl[n](null,a,c,u,h,b,w)}i.pub=tc;function ec(){Ms.unsub(i),ln.delete(i),hl.clear(),Ks(Ki,ei,mo),m.remove(),ut?.remove(),It("destroy")}i.destroy=ec;function Ds(){It("init",e,t),Gn(t||e.data,!1),N[P]?Ss(P,N[P]):fs(),Pi=$t.show&&($t.width>0||$t.height>0),yl=$e=!0,ps(e.width,e.height)}return _.forEach(Un),j.forEach(Dr),l?l instanceof HTMLElement?(l.appendChild(m),Ds()):l(i,Ds):Ds(),i}Bt.assign=jt;Bt.fmtNum=yn;Bt.rangeNum=Qi;Bt.rangeLog=is;Bt.rangeAsinh=gn;Bt.orient=Cl;Bt.pxRatio=ct;Bt.join=zu;Bt.fmtDate=vn,Bt.tzDate=Gu;Bt.sync=ir;{Bt.addGap=Ed,Bt.clipGaps=os;let e=Bt.paths={points:cr};e.linear=dr,e.stepped=Cd,e.bars=Md,e.spline=Pd}const Wd='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var Gd=Object.defineProperty,ge=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Gd(t,l,s),s};const An=class An extends pe{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return v`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?v`<div class="empty muted">${f("common.no_data")}</div>`:v`<div class="plot" aria-hidden="true"></div>
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?f("chart.period"):f("chart.range")}</th>
            <th scope="col">${this.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${this.ys.map((l,i)=>v`<tr data-key=${this.labels[i]??String(this.xs[i])} data-value=${String(l)}>
                <th scope="row">${this.labels[i]??String(this.xs[i])}</th>
                <td>${this.formatValue(l)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const t=this.ys.reduce((l,i)=>l+i,0);return f("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const l=getComputedStyle(this),i=l.getPropertyValue("--pl-chart-color").trim()||l.getPropertyValue("--primary-color").trim()||"#03a9f4",s=l.getPropertyValue("--secondary-text-color").trim()||"#727272",o=l.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",r=`12px ${l.fontFamily||"sans-serif"}`,p=Math.max(Math.floor(t.clientWidth),200),d=this.labels,m=this.xs,$=this.formatValue,g=this.kind==="time",y=this.bucket,S=this.locale,L=g?ac(y)/2:.5,C={stroke:s,font:r,grid:{stroke:o,width:1},ticks:{stroke:o,width:1}},z=_=>g?$o(m[_]??0,y,S):d[_]??"",F={width:p,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(_,j,k)=>[j-L,k+L]},y:{range:(_,j,k)=>[0,k>0?k*1.1:1]}},axes:[g?{...C,splits:_=>oc(m,Math.max(Math.floor(_.bbox.width/devicePixelRatio/70),2)),values:(_,j)=>j.map(k=>$o(k,y,S))}:{...C,splits:()=>d.map((_,j)=>j),values:(_,j)=>j.map(k=>d[k]??""),gap:4},{...C,size:48,values:(_,j)=>j.map(k=>$(k))}],series:[{},{label:this.unit,stroke:i,fill:i,width:0,paths:Bt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[_=>{const j=_.cursor.idx,k=j==null?void 0:this.ys[j];this.readout=k===void 0||j===null||j===void 0?"":`${z(j)}: ${$(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Bt(F,[this.xs,this.ys],t)}};An.styles=[fe,nc(Wd),se`
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
    `];let Gt=An;ge([B()],Gt.prototype,"kind");ge([B()],Gt.prototype,"label");ge([B()],Gt.prototype,"unit");ge([B({attribute:!1})],Gt.prototype,"xs");ge([B({attribute:!1})],Gt.prototype,"ys");ge([B({attribute:!1})],Gt.prototype,"labels");ge([B()],Gt.prototype,"bucket");ge([B()],Gt.prototype,"locale");ge([B({attribute:!1})],Gt.prototype,"formatValue");ge([B({type:Boolean})],Gt.prototype,"dark");ge([B({type:Number})],Gt.prototype,"height");ge([Sa(".plot")],Gt.prototype,"plotEl");ge([pt()],Gt.prototype,"readout");he("pl-chart",Gt);var Jd=Object.defineProperty,Ai=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Jd(t,l,s),s};const Cn=class Cn extends pe{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=rc(this.matrix),l=Array.from({length:24},(d,m)=>m),i=cc(this.locale),s=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),o=d=>{const m=s.formatToParts(new Date(Date.UTC(2024,0,1,d))),$=Number(m.find(y=>y.type==="hour")?.value??d),g=m.find(y=>y.type==="dayPeriod")?.value;return g?`${$}${g.charAt(0).toLowerCase()}`:String($)},r=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),p=d=>r.format(new Date(Date.UTC(2024,0,1,d)));return v`<table aria-label=${this.label||f("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${l.map(d=>v`<th scope="col" abbr=${p(d)}>${d%3===0?o(d):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${uc(this.firstWeekday).map(d=>v`<tr data-weekday=${d}>
              <th scope="row">${i[d]}</th>
              ${l.map(m=>{const $=this.matrix[d]?.[m]??0,g=f("heatmap.cell",{day:i[d],from:p(m),to:p((m+1)%24),count:$});return v`<td title=${g} data-weekday=${d} data-hour=${m} data-value=${$}>
                  ${$>0?v`<span class="shade" style=${Ws({opacity:String(.15+.85*($/t))})}></span>`:""}
                  <span class="sr-only">${$}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};Cn.styles=[fe,se`
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
    `];let dl=Cn;Ai([B()],dl.prototype,"label");Ai([B({attribute:!1})],dl.prototype,"matrix");Ai([B({type:Number})],dl.prototype,"firstWeekday");Ai([B()],dl.prototype,"locale");Ai([B({attribute:!1})],dl.prototype,"hour12");he("pl-heatmap",dl);var qd=Object.defineProperty,Ln=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&qd(t,l,s),s};const Mn=class Mn extends pe{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?v`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(l=>f(l)).map(l=>v`<li class="card loading"><span class="label">${l}</span><span class="value">…</span></li>`)}
      </ul>`:v`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${dc(this.summary,t).map(l=>v`<li class="card" data-kpi=${l.id}>
          <span class="label">${l.label}</span>
          <span class="value">${l.value}</span>
          ${l.sub?v`<span class="sub">${l.sub}</span>`:""}
        </li>`)}
    </ul>`}};Mn.styles=[fe,se`
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
    `];let ai=Mn;Ln([B({attribute:!1})],ai.prototype,"summary");Ln([B({attribute:!1})],ai.prototype,"options");Ln([B({type:Boolean})],ai.prototype,"loading");he("pl-kpis",ai);var Yd=Object.defineProperty,Ve=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Yd(t,l,s),s};function nn(e){const t=e?.points??[],[l,i]=$c(t),s=[...t].sort((o,r)=>o.bucket<r.bucket?-1:1).map(o=>o.bucket);return{xs:l,ys:i,labels:s}}const ha=nn(void 0),Zd=[],Kd=Gs.map((e,t)=>t),Dn=class Dn extends pe{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=ha,this.hoursSeries=ha,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const l=t.get("data");(!l||l.jobs!==this.data.jobs)&&(this.jobsSeries=nn(this.data.jobs)),(!l||l.hours!==this.data.hours)&&(this.hoursSeries=nn(this.data.hours))}if(t.has("options")){const l=this.options;l&&(this.formatInt=i=>Xl(i,l),this.formatHours=i=>Xl(i,l,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return pc(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const l=++this.token,i=this.scope(),s=this.bucket;this.loading=!0,this.error="";const o=()=>l===this.token,r=$=>{o()&&(this.data={...this.data,...$})},p=[t.summary(i).then($=>r({summary:$})),t.timeseries(i,s,"jobs").then($=>r({jobs:$})),t.timeseries(i,s,"hours").then($=>r({hours:$})),t.breakdown(i,"filament_type").then($=>r({filamentType:$})),t.breakdown(i,"filament_colour").then($=>r({filamentColour:$})),t.breakdown(i,"printer").then($=>r({printer:$})),t.breakdown(i,"status").then($=>r({status:$})),this.histogram(t,i).then($=>r({histogram:$})),t.breakdown(i,"weekday_hour").then($=>r({heatmap:fc($.rows)})),t.spoolBreakdown(i,"spool").then($=>r({bySpool:$})),t.spoolBreakdown(i,"vendor").then($=>r({byVendor:$})),t.spoolBreakdown(i,"material").then($=>r({byMaterial:$}))],d=await Promise.allSettled(p);if(!o())return;const m=d.find($=>$.status==="rejected");m&&(this.error=We(m.reason)),this.loading=!1}async histogram(t,l){return(await Promise.all(Gs.map(s=>t.listJobs({...l,statuses:[...dn],min_duration:s.min,...s.max!==void 0?{max_duration:s.max}:{},limit:1})))).map(s=>s.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=Gs.map(l=>hc(l,t))),this.binLabelsCache}change(t,l){t==="period"&&mc(l)?(this.period=l,this.bucket=gc(l)):t==="printer"?this.printer=l:t==="bucket"&&(l==="day"||l==="week"||l==="month"||l==="year")&&(this.bucket=l),this.load()}render(){const t=this.options;if(!t)return K;const l=this.data,i=this.jobsSeries,s=this.hoursSeries,o=this.formatInt,r=this.formatHours,p=l.jobs?.bucket??this.bucket;return v`
      <div class="selectors" role="group" aria-label=${f("analytics.selection")}>
        <label
          >${f("analytics.period")}
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${bc.map(d=>v`<option value=${d.id} ?selected=${d.id===this.period}>${yc(d.id)}</option>`)}
          </select>
        </label>
        <label
          >${f("common.printer")}
          <select name="printer" @change=${d=>this.change("printer",d.target.value)}>
            <option value="" ?selected=${!this.printer}>${f("common.all_printers")}</option>
            ${this.printers.map(d=>v`<option value=${d.id} ?selected=${d.id===this.printer}>${d.name}</option>`)}
          </select>
        </label>
        <label
          >${f("analytics.group_by")}
          <select name="bucket" @change=${d=>this.change("bucket",d.target.value)}>
            ${["day","week","month","year"].map(d=>v`<option value=${d} ?selected=${d===this.bucket}>${f(`bucket.${d}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Wt(Ea)} ${f("common.refresh")}</button>
      </div>
      ${this.error?v`<div class="error-banner" role="alert">
            <span>${f("analytics.load_error",{error:this.error})}</span>
          </div>`:K}
      ${p!==this.bucket?v`<p class="bucket-note" role="status">
            ${f("analytics.bucket_note",{shown:f(`bucket_per.${p}`),bucket:f(`bucket_many.${this.bucket}`)})}
          </p>`:K}
      <pl-kpis .summary=${l.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${f(`analytics.jobs_per.${p}`)}</h2>
          <pl-chart
            label=${f(`analytics.jobs_per.${p}`)}
            unit=${f("analytics.unit_jobs")}
            .xs=${i.xs}
            .ys=${i.ys}
            .labels=${i.labels}
            .bucket=${p}
            .locale=${t.dateLocale}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${f(`analytics.hours_per.${p}`)}</h2>
          <pl-chart
            label=${f(`analytics.hours_per.${p}`)}
            unit=${f("analytics.unit_hours")}
            .xs=${s.xs}
            .ys=${s.ys}
            .labels=${s.labels}
            .bucket=${p}
            .locale=${t.dateLocale}
            .formatValue=${r}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${f("analytics.filament_type")}</h2>
          <pl-bars
            label=${f("analytics.filament_type_label")}
            .items=${Ni(vo(l.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${f("analytics.filament_colour")}</h2>
          <pl-bars
            label=${f("analytics.filament_colour_label")}
            .items=${Ni(vo(l.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        ${l.bySpool?.rows.length?v`<section class="panel card" data-chart="spool">
                <h2>${f("analytics.by_spool")}</h2>
                <p class="muted">
                  ${f("analytics.spool_totals",{grams:_a(l.bySpool.totals.filament_g,t,0),cost:xa(l.bySpool.totals.cost,t)})}
                </p>
                <pl-bars
                  label=${f("analytics.by_spool")}
                  .items=${Ps(l.bySpool.rows.slice(0,12),t,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${f("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${f("analytics.by_vendor")}
                  .items=${Ps((l.byVendor?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${f("analytics.by_material")}</h2>
                <pl-bars
                  label=${f("analytics.by_material")}
                  .items=${Ps((l.byMaterial?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>`:K}
        <section class="panel card" data-chart="printer">
          <h2>${f("analytics.success_printer")}</h2>
          <pl-bars label=${f("analytics.success_printer")} .max=${100} .items=${Ni(l.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${f("analytics.outcome")}</h2>
          <pl-bars
            label=${f("analytics.outcome")}
            .items=${Ni((l.status?.rows??[]).map(d=>({...d,label:Yi(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${f("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${f("analytics.duration_label")}
            unit=${f("analytics.unit_jobs")}
            .xs=${Kd}
            .ys=${l.histogram??Zd}
            .labels=${this.binLabels(t)}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${f("analytics.heatmap")}</h2>
          <pl-heatmap
            .matrix=${l.heatmap??[]}
            .firstWeekday=${t.firstWeekday}
            .locale=${t.dateLocale}
            .hour12=${t.hour12}
          ></pl-heatmap>
        </section>
      </div>
    `}};Dn.styles=[fe,se`
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
    `];let ie=Dn;Ve([B({attribute:!1})],ie.prototype,"api");Ve([B({attribute:!1})],ie.prototype,"options");Ve([B({attribute:!1})],ie.prototype,"printers");Ve([B({type:Boolean})],ie.prototype,"dark");Ve([B({type:Boolean})],ie.prototype,"active");Ve([pt()],ie.prototype,"period");Ve([pt()],ie.prototype,"printer");Ve([pt()],ie.prototype,"bucket");Ve([pt()],ie.prototype,"data");Ve([pt()],ie.prototype,"loading");Ve([pt()],ie.prototype,"error");he("pl-analytics-view",ie);let En,Bs;function mr(){return En}function gr(e){return Bs??=e.limits().then(t=>En=t).catch(()=>{Bs=void 0}),Bs}function br(e,t,l,i=En){const s=i?.numbers[e];return s?t<s.min||t>s.max?f("form.range",{field:l,min:String(s.min),max:String(s.max)}):"":t<0?f("form.positive",{field:l}):""}const Qd=4e3;class Xd{constructor(t,l){this.host=t,this.list=l,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},Qd),this.changed()}async save(t,l){const i=this.host.api;if(!i)return!1;if(!Object.keys(l).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const s=await i.updateJob(t.id,l);return this.list.applyJob(s),this.notify(f("jobs.saved",{file:Ge(t.filename)})),!0}catch(s){return this.editError=We(s),this.notify(f("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,l){await this.save(t,l)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const l=this.confirmJobs.map(i=>i.id);this.deleting=!0,this.deleteError="",this.changed();try{const i=await t.deleteJobs(l),s=new Set(l);s.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(s,i),this.notify(f("jobs.deleted",{count:i}))}catch(i){this.deleteError=We(i)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const l=this.host.api;if(l){this.addBusy=!0,this.addError="",this.changed();try{const i=await l.createJob(t);this.adding=!1,this.notify(f("jobs.added",{file:Ge(i.filename)})),await this.list.reload()}catch(i){this.addError=We(i),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(vc(i))}finally{this.addBusy=!1,this.changed()}}}}const ma={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:"",spool:""},yr=[{value:"",get label(){return f("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(e=>({value:e,get label(){return e==="failed"?f("filter.failed_any"):Yi(e)},statuses:e==="failed"?[...Lo]:[e]})),...Lo.map(e=>({value:`only:${e}`,get label(){return`— ${Yi(e)}`},statuses:[e]}))];function tp(e,t){const l={};e.printer&&(l.printer_ids=[e.printer]);const i=yr.find(p=>p.value===e.status)?.statuses??[];i.length&&(l.statuses=[...i]);const s=e.since?Js(e.since,"00:00",t):void 0;if(s&&(l.since=s),e.until){const p=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(p.getTime())){p.setUTCDate(p.getUTCDate()+1);const d=Js(p.toISOString().slice(0,10),"00:00",t);d&&(l.until=d)}}e.q.trim()&&(l.q=e.q.trim()),e.filament.trim()&&(l.filament_type=e.filament.trim());const o=Zi(e.tags);o.length&&(l.tags=o);const r=/^id:(\d{1,9})$/.exec(e.spool??"");return r?l.spool_id=Number(r[1]):e.spool?.startsWith("vendor:")&&e.spool.length>7&&(l.spool_vendor=e.spool.slice(7)),l}function ep(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),e.spool_id!==void 0&&(t.spool_id=e.spool_id),e.spool_vendor&&(t.spool_vendor=e.spool_vendor),t}const on=e=>e.target.value;function lp(e){const{list:t,changes:l,admin:i}=e,s=t.activeFilters;return v`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${f("jobs.search")}
      aria-label=${f("jobs.search")}
      .value=${t.filters.q}
      @input=${o=>t.setFilter("q",on(o),!0)}
    />
    <button class="btn" aria-expanded=${e.showFilters?"true":"false"} aria-controls="filters" @click=${e.toggleFilters}>
      ${Wt(Uc)} ${s?f("jobs.filters_n",{n:s}):f("jobs.filters")}
    </button>
    <span class="spacer"></span>
    ${i&&t.selected.size?v`<button class="btn danger" @click=${()=>l.askDelete(t.selectedJobs)}>
          ${Wt(un)} ${f("jobs.delete_n",{n:t.selected.size})}
        </button>`:K}
    ${i?v`<button class="btn primary" @click=${()=>l.openAdd()} ?disabled=${!e.printers.length}>
          ${Wt(Gc)} ${f("jobs.add")}
        </button>`:K}
  </div>`}function ip(e,t){const l=e.filters,i=o=>r=>e.setFilter(o,on(r)),s=o=>r=>e.setFilter(o,on(r),!0);return v`<div class="filters card" id="filters">
    <label
      >${f("common.printer")}
      <select name="printer" @change=${i("printer")}>
        <option value="" ?selected=${!l.printer}>${f("common.all_printers")}</option>
        ${t.map(o=>v`<option value=${o.id} ?selected=${o.id===l.printer}>${o.name}</option>`)}
      </select>
    </label>
    <label
      >${f("column.status")}
      <select name="status" @change=${i("status")}>
        ${yr.map(o=>v`<option value=${o.value} ?selected=${o.value===l.status}>${o.label}</option>`)}
      </select>
    </label>
    <label>${f("jobs.from")} <input name="since" type="date" .value=${l.since} @change=${i("since")} /></label>
    <label>${f("jobs.to")} <input name="until" type="date" .value=${l.until} @change=${i("until")} /></label>
    <label
      >${f("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${l.filament} @input=${s("filament")} />
      <datalist id="filament-types">${e.filamentTypes.map(o=>v`<option value=${o}></option>`)}</datalist>
    </label>
    ${e.spoolChoices.spools.length?v`<label
          >${f("spools.filter")}
          <select name="spool" @change=${i("spool")}>
            <option value="" ?selected=${!l.spool}>${f("spools.any")}</option>
            <optgroup label=${f("spools.title")}>
              ${e.spoolChoices.spools.map(o=>v`<option value=${`id:${o.id}`} ?selected=${l.spool===`id:${o.id}`}>${o.label}</option>`)}
            </optgroup>
            <optgroup label=${f("spools.vendors")}>
              ${e.spoolChoices.vendors.map(o=>v`<option value=${`vendor:${o}`} ?selected=${l.spool===`vendor:${o}`}>${o}</option>`)}
            </optgroup>
          </select>
        </label>`:K}
    <label
      >${f("jobs.tags_filter")}
      <input name="tags" .value=${l.tags} @input=${s("tags")} />
    </label>
    <button class="btn clear" @click=${()=>e.clearFilters()}>${f("jobs.clear_filters")}</button>
  </div>`}const sp=[25,50,100,200],np=300,op=1500,ap=["filename","printer","status"];class rp{constructor(t,l,i){this.host=t,this.timeZone=l,this.listHeld=i,this.filters={...ma},this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.selected=new Set,this.filamentTypes=[],this.spoolChoices={spools:[],vendors:[]},this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return tp(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const l=++this.listToken;this.loading=!0,this.error="",this.changed();try{const i=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(l!==this.listToken)return;this.jobs=i.jobs,this.total=i.total,this.nextCursor=i.next_cursor,this.loaded=!0}catch(i){l===this.listToken&&(this.error=We(i))}finally{l===this.listToken&&(this.loading=!1),this.changed()}}async loadSummary(){const t=this.host.api;if(!t)return;const l=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const i=await t.summary(ep(this.params()));l===this.summaryToken&&(this.summary=i)}catch(i){l===this.summaryToken&&(this.error||=We(i))}finally{l===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadSpoolChoices(){const t=this.host.api;if(t)try{const[l,i]=await Promise.all([t.spoolBreakdown({},"spool"),t.spoolBreakdown({},"vendor")]);this.spoolChoices={spools:l.rows.filter(s=>s.key!==null).map(s=>({id:String(s.key),label:s.label})),vendors:i.rows.filter(s=>s.key!==null).map(s=>String(s.key))},this.changed()}catch{}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const l=await t.breakdown({},"filament_type");this.filamentTypes=l.rows.map(i=>i.label??(i.key===null?"":String(i.key))).filter(i=>i).sort((i,s)=>i.localeCompare(s)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const l=this.pendingList;this.pendingList=!1,l&&!this.listHeld()&&this.loadPage(),this.loadSummary()},op)}setFilter(t,l,i=!1){this.filters={...this.filters,[t]:l},this.changed(),clearTimeout(this.searchTimer),i?this.searchTimer=setTimeout(()=>{this.reload()},np):this.reload()}clearFilters(){this.filters={...ma},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,l])=>t!=="q"&&l).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=ap.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(l=>l.id===t.id)?(this.jobs=this.jobs.map(l=>l.id===t.id?{...l,...cp(t)}:l),this.changed(),!0):!1}dropJob(t){this.jobs.some(l=>l.id===t)&&(this.jobs=this.jobs.filter(l=>l.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,l){this.jobs=this.jobs.filter(i=>!t.has(i.id)),this.total=Math.max(this.total-l,0),this.selected=new Set([...this.selected].filter(i=>!t.has(i))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,l){const i=new Set(this.selected);l?i.add(t):i.delete(t),this.selected=i,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(l=>l.id)):new Set,this.changed()}}function cp(e){const{details:t,events:l,metadata:i,...s}=e;return s}const up=se`
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
`;const ga=(e,t,l)=>{const i=new Map;for(let s=t;s<=l;s++)i.set(e[s],s);return i},$r=va(class extends wa{constructor(e){if(super(e),e.type!==wc.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,l){let i;l===void 0?l=t:t!==void 0&&(i=t);const s=[],o=[];let r=0;for(const p of e)s[r]=i?i(p,r):r,o[r]=l(p,r),r++;return{values:o,keys:s}}render(e,t,l){return this.dt(e,t,l).values}update(e,[t,l,i]){const s=Hc(e),{values:o,keys:r}=this.dt(t,l,i);if(!Array.isArray(s))return this.ut=r,o;const p=this.ut??=[],d=[];let m,$,g=0,y=s.length-1,S=0,L=o.length-1;for(;g<=y&&S<=L;)if(s[g]===null)g++;else if(s[y]===null)y--;else if(p[g]===r[S])d[S]=kl(s[g],o[S]),g++,S++;else if(p[y]===r[L])d[L]=kl(s[y],o[L]),y--,L--;else if(p[g]===r[L])d[L]=kl(s[g],o[L]),wi(e,d[L+1],s[g]),g++,L--;else if(p[y]===r[S])d[S]=kl(s[y],o[S]),wi(e,s[g],s[y]),y--,S++;else if(m===void 0&&(m=ga(r,S,L),$=ga(p,g,y)),m.has(p[g]))if(m.has(p[y])){const C=$.get(r[S]),z=C!==void 0?s[C]:null;if(z===null){const F=wi(e,s[g]);kl(F,o[S]),d[S]=F}else d[S]=kl(z,o[S]),wi(e,s[g],z),s[C]=null;S++}else zs(s[y]),y--;else zs(s[g]),g++;for(;S<=L;){const C=wi(e,d[L+1]);kl(C,o[S]),d[S++]=C}for(;g<=y;){const C=s[g++];C!==null&&zs(C)}return this.ut=r,Ta(e,d),_c}}),ba=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function dp(e){const{list:t,changes:l,admin:i}=e,s=ba.length+(i?2:0);return v`<div class="table-wrap">
    <table aria-label=${f("jobs.print_jobs")} aria-busy=${t.loading?"true":"false"} aria-rowcount=${t.total+1}>
      <thead>
        <tr>
          ${i?v`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${f("jobs.select_all")}
                  .checked=${t.allSelected}
                  @change=${o=>t.toggleAll(o.target.checked)}
                />
              </th>`:K}
          ${ba.map(o=>pp(t,o))}
          ${i?v`<th scope="col"><span class="sr-only">${f("jobs.actions")}</span></th>`:K}
        </tr>
      </thead>
      <tbody>
        ${$r(t.jobs,o=>o.id,o=>v`${fp(e,o)}
          ${l.editingId===o.id?v`<tr class="editor-row">
                <td colspan=${s}>${_r(l,o)}</td>
              </tr>`:K}`)}
        ${t.loaded&&!t.jobs.length?v`<tr>
              <td class="empty muted" colspan=${s}>${f("jobs.no_match")}</td>
            </tr>`:K}
      </tbody>
    </table>
  </div>`}function pp(e,t){const l=t.sort&&t.sort===e.sort,i=l?e.order==="asc"?"ascending":"descending":void 0;return v`<th scope="col" aria-sort=${i??K}>
    ${t.sort?v`<button class="sort" @click=${()=>e.sortBy(t.sort)}>
          ${f(t.label)}<span aria-hidden="true">${l?e.order==="asc"?"▲":"▼":""}</span>
        </button>`:f(t.label)}
  </th>`}function fp(e,t){const{list:l,changes:i,admin:s,options:o}=e,r=qi(t.filament_colour);return v`<tr data-job-id=${t.id} class=${l.selected.has(t.id)?"selected":""}>
    ${s?v`<td>
          <input
            type="checkbox"
            aria-label=${f("jobs.select",{file:Ge(t.filename)})}
            .checked=${l.selected.has(t.id)}
            @change=${p=>l.toggleSelected(t.id,p.target.checked)}
          />
        </td>`:K}
    <td>${vr(i,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${rn(t.status)}</td>
    <td class="num" data-col="start" title=${ti(t.start,o)}>${ti(t.start,o,!1)}</td>
    <td class="num" data-col="print_duration">${cl(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${r?v`<span class="swatch" style=${`background:${r}`}></span>`:K}
      ${cn(t.filament_weight_g,t.filament_used_mm,o)}
      <span class="muted">${t.filament_type??""}</span>
      ${xc(t.spools,o)}
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${t.rating}
        .subject=${Ge(t.filename)}
        ?readonly=${!s}
        ?disabled=${i.savingId===t.id}
        @value-changed=${p=>i.save(t,{rating:p.detail.value})}
      ></pl-rating>
    </td>
    <td data-col="tags">${t.tags.map(p=>v`<span class="tag">${p}</span>`)}</td>
    <td class="notes" data-col="notes" title=${t.notes??""}>
      <span>${t.failure_reason?v`<strong class="status-error">${t.failure_reason}</strong> `:K}${t.notes??""}</span>
    </td>
    ${s?v`<td class="actions">${wr(i,t)}</td>`:K}
  </tr>`}function vr(e,t){return v`<button class="file" data-col="filename" @click=${()=>e.showJob(t.id)} aria-haspopup="dialog">
    ${es(t.filename)}
  </button>`}function wr(e,t){return v`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${f("jobs.edit",{file:Ge(t.filename)})}
      aria-expanded=${e.editingId===t.id?"true":"false"}
      @click=${()=>e.toggleEditor(t)}
    >
      ${Wt(La)}
    </button>
    <button class="icon-btn" aria-label=${f("jobs.delete",{file:Ge(t.filename)})} @click=${()=>e.askDelete([t])}>
      ${Wt(un)}
    </button>`}function _r(e,t){return v`<pl-job-editor
    .job=${t}
    .busy=${e.savingId===t.id}
    .error=${e.editError}
    @save=${l=>e.saveEditor(t,l.detail.changes)}
    @cancel=${()=>e.closeEditor(t.id)}
  ></pl-job-editor>`}function hp(e){const{list:t,changes:l,admin:i,options:s}=e;return t.loaded&&!t.jobs.length?v`<div class="empty muted">${f("jobs.no_match")}</div>`:v`<ul class="cards" aria-label=${f("jobs.print_jobs")}>
    ${$r(t.jobs,o=>o.id,o=>v`<li class="card" data-job-id=${o.id}>
        <div class="head">${vr(l,o)} ${rn(o.status)}</div>
        <div class="line">
          ${o.printer_name} · ${ti(o.start,s)} · ${cl(o.print_duration)} ·
          ${cn(o.filament_weight_g,o.filament_used_mm,s)}
        </div>
        ${o.tags.length?v`<div>${o.tags.map(r=>v`<span class="tag">${r}</span>`)}</div>`:K}
        ${o.notes?v`<div class="notes" data-col="notes">${o.notes}</div>`:K}
        <div class="row-actions">
          <pl-rating
            .value=${o.rating}
            .subject=${Ge(o.filename)}
            ?readonly=${!i}
            @value-changed=${r=>l.save(o,{rating:r.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${i?wr(l,o):K}
        </div>
        ${l.editingId===o.id?_r(l,o):K}
      </li>`)}
  </ul>`}function mp(e){const t=e.page*e.limit+(e.jobs.length?1:0),l=e.page*e.limit+e.jobs.length;return v`<nav class="pager" aria-label=${f("jobs.pages")}>
    <label
      >${f("jobs.rows_per_page")}
      <select @change=${i=>e.setLimit(Number(i.target.value))}>
        ${sp.map(i=>v`<option value=${i} ?selected=${i===e.limit}>${i}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${e.total}>${f("jobs.range",{first:t,last:l,total:e.total})}</span>
    <button class="icon-btn" aria-label=${f("jobs.previous_page")} ?disabled=${e.page===0||e.loading} @click=${()=>e.prevPage()}>
      ${Wt(Fc)}
    </button>
    <button class="icon-btn" aria-label=${f("jobs.next_page")} ?disabled=${!e.nextCursor||e.loading} @click=${()=>e.nextPage()}>
      ${Wt(Nc)}
    </button>
  </nav>`}var gp=Object.defineProperty,Ci=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&gp(t,l,s),s};const Pn=class Pn extends pe{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return v`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${f("common.close")} @click=${this.close}>${Wt(Bc)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=bp(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Je(this,"closed")}};Pn.styles=[fe,se`
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
    `];let pl=Pn;Ci([B()],pl.prototype,"heading");Ci([B({type:Boolean,reflect:!0})],pl.prototype,"open");Ci([B({type:Boolean})],pl.prototype,"wide");Ci([Sa("dialog")],pl.prototype,"dialog");Ci([pt()],pl.prototype,"hasActions");function bp(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}he("pl-dialog",pl);const ya=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function Gi(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function yp(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),l=Object.entries(e).filter(([s,o])=>!t.has(s)&&o!==null&&o!==""),i=s=>{const o=ya.indexOf(s);return o<0?ya.length:o};return l.sort(([s],[o])=>i(s)-i(o)||s.localeCompare(o))}function an(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function $p(e,t){const l={},i=t.notes?.trim()?t.notes:null;(e.notes||null)!==i&&(l.notes=i??""),(e.rating??null)!==t.rating&&(l.rating=t.rating);const s=t.tags;(s.length!==e.tags.length||s.some((r,p)=>r!==e.tags[p]))&&(l.tags=s);const o=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==o&&(l.failure_reason=o),(e.cost??null)!==t.cost&&(l.cost=t.cost),l}function vp(e,t,l=mr(),i=new Date){const s={};e.printer_id||(s.printer_id=f("form.choose_printer"));const o=e.filename.trim();o||(s.filename=f("form.enter_filename")),dn.includes(e.status)||(s.status=f("form.choose_status"));const r=Js(e.start_date,e.start_time||"00:00",t);if(!r)s.start=f("form.enter_start");else if(l){const _=Date.parse(r);_>i.getTime()+l.job_time.future_tolerance*1e3?s.start=f("form.start_future"):_<Date.parse(l.job_time.earliest)&&(s.start=f("form.start_before",{date:l.job_time.earliest.slice(0,10)}))}const p=(_,j,k)=>{if(!_.trim())return;const W=Number(_);if(!Number.isFinite(W)||W<0){s[j]=f("form.positive",{field:k});return}return W},d=p(e.hours,"duration",f("form.hours"))??0,m=p(e.minutes,"duration",f("form.minutes"))??0,$=p(e.filament_g,"filament_g",f("form.filament_weight")),g=p(e.filament_m,"filament_m",f("form.filament_length")),y=p(e.cost,"cost",f("kpi.cost")),S=(_,j,k,W)=>{const P=j===void 0||s[k]?"":br(_,j,W,l);P&&(s[k]=P)};S("print_duration",d*3600+m*60,"duration",f("form.print_time_s")),S("filament_weight_g",$,"filament_g",f("form.filament_weight")),S("filament_used_mm",g===void 0?void 0:g*1e3,"filament_m",f("form.filament_length_mm")),S("cost",y,"cost",f("kpi.cost"));const L=l?.tags.max_length;if(L&&Zi(e.tags).some(_=>_.length>L)&&(s.tags=f("form.tag_length",{count:L})),Object.keys(s).length||!r)return{errors:s};const C=Math.round(d*3600+m*60),z={printer_id:e.printer_id,filename:o,status:e.status,start:r,print_duration:C};C>0&&(z.end=new Date(Date.parse(r)+C*1e3).toISOString()),$!==void 0&&(z.filament_weight_g=$),g!==void 0&&(z.filament_used_mm=g*1e3),e.filament_type.trim()&&(z.filament_type=e.filament_type.trim()),y!==void 0&&(z.cost=y);const F=Zi(e.tags);return F.length&&(z.tags=F),e.notes.trim()&&(z.notes=e.notes),e.failure_reason.trim()&&(z.failure_reason=e.failure_reason.trim()),e.rating&&(z.rating=e.rating),{job:z,errors:s}}const xr=se`
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
`;function kr(e){return v`<input
    name="cost"
    type="number"
    min="0"
    max=${mr()?.numbers.cost?.max??K}
    step="0.01"
    inputmode="decimal"
    .value=${e.value}
    @input=${e.onInput}
    aria-invalid=${e.invalid===void 0?K:e.invalid?"true":"false"}
    aria-describedby=${e.describedBy??K}
  />`}function Sr(e,t,l,i){return v`<div class="actions">
    ${t?v`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>Je(e,"cancel")}>${f("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${l}>${i}</button>
  </div>`}var wp=Object.defineProperty,us=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&wp(t,l,s),s};const zn=class zn extends pe{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const i=this.value?f("rating.rated",{n:this.value}):f("rating.none");return v`<span role="img" aria-label=${i} title=${i}
        >${[1,2,3,4,5].map(s=>v`<span class=${s<=t?"":"empty"}>${Wt(s<=t?So:To)}</span>`)}</span
      >`}const l=this.subject?f("rating.of",{subject:this.subject}):f("rating.rating");return v`<span role="group" aria-label=${l}
      >${[1,2,3,4,5].map(i=>v`<button
            type="button"
            class=${i<=t?"":"empty"}
            aria-label=${f("rating.stars",{count:i})}
            aria-pressed=${i===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(i)}
          >
            ${Wt(i<=t?So:To)}
          </button>`)}</span
    >`}choose(t){const l=t===this.value?null:t;this.value=l,Je(this,"value-changed",{value:l})}};zn.styles=[fe,se`
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
    `];let Al=zn;us([B({type:Number})],Al.prototype,"value");us([B({type:Boolean})],Al.prototype,"readonly");us([B({type:Boolean})],Al.prototype,"disabled");us([B()],Al.prototype,"subject");he("pl-rating",Al);var _p=Object.defineProperty,fl=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&_p(t,l,s),s};const Vn=class Vn extends pe{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return v``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return v`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >${f("column.notes")}
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${l=>this.notes=l.target.value}
        ></textarea>
      </label>
      <div class="field">
        <span id="rating-label">${f("rating.rating")}</span>
        <pl-rating
          .value=${this.rating}
          .subject=${Ge(this.job.filename)}
          @value-changed=${l=>this.rating=l.detail.value}
        ></pl-rating>
      </div>
      <label
        >${f("form.tags")}
        <input
          name="tags"
          .value=${this.tags}
          @input=${l=>this.tags=l.target.value}
        />
      </label>
      <label
        >${t?f("detail.failure_reason"):f("form.failure_reason_failed")}
        <input
          name="failure_reason"
          .value=${this.reason}
          @input=${l=>this.reason=l.target.value}
        />
      </label>
      <label
        >${f("kpi.cost")}
        ${kr({value:this.cost,onInput:l=>this.cost=l.target.value})}
      </label>
      ${Sr(this,this.error,this.busy,f("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),Je(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const l=this.cost.trim(),i=l===""?null:Number(l);if(i!==null&&(!Number.isFinite(i)||i<0)){this.error=f("form.positive",{field:f("kpi.cost")});return}const s=i===null?"":br("cost",i,f("kpi.cost"));if(s){this.error=s;return}const o=$p(this.job,{notes:this.notes,rating:this.rating,tags:Zi(this.tags),failure_reason:this.reason,cost:i});Je(this,"save",{changes:o})}};Vn.styles=[fe,xr,se`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let ze=Vn;fl([B({attribute:!1})],ze.prototype,"job");fl([B({type:Boolean})],ze.prototype,"busy");fl([B()],ze.prototype,"error");fl([pt()],ze.prototype,"notes");fl([pt()],ze.prototype,"rating");fl([pt()],ze.prototype,"tags");fl([pt()],ze.prototype,"reason");fl([pt()],ze.prototype,"cost");he("pl-job-editor",ze);var xp=Object.defineProperty,Te=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&xp(t,l,s),s};const Rn=class Rn extends pe{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&gr(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const l=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const i=await t.getJob(this.jobId);if(l!==this.loadToken)return;if(this.job=i,i.has_thumbnail){this.thumbnailState="loading";try{const s=await t.thumbnail(i.id);if(l!==this.loadToken)return;s?(this.thumbnailUrl=URL.createObjectURL(s),this.thumbnailState="ok"):this.thumbnailState="none"}catch{l===this.loadToken&&(this.thumbnailState="error")}}}catch(i){l===this.loadToken&&(this.error=We(i))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return v`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${f("common.retry")}</button>
      </div>`;const t=this.job,l=this.options;if(!t||!l)return v`<p class="muted" aria-busy="true">${f("common.loading")}</p>`;const i=qi(t.filament_colour);return v`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?v`<img src=${this.thumbnailUrl??""} alt=${f("detail.thumbnail_of",{file:Ge(t.filename)})} />`:v`<span class="muted"
                >${this.thumbnailState==="loading"?f("common.loading"):this.thumbnailState==="error"?f("detail.thumbnail_unavailable"):f("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${es(t.filename)}</div>
          <p>${rn(t.status)} <span class="muted">${$a("source",t.source)}</span></p>
          <dl>
            <dt>${f("common.printer")}</dt>
            <dd>${t.printer_name}</dd>
            <dt>${f("detail.job_id")}</dt>
            <dd class="job-id">
              <code>${t.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label=${f("detail.copy_id")}
                title=${f("detail.copy_id_title")}
                @click=${()=>{this.copyId(t.id)}}
              >
                ${this.copied?f("detail.copied"):f("detail.copy")}
              </button>
            </dd>
            <dt>${f("column.started")}</dt>
            <dd>${ti(t.start,l)}</dd>
            <dt>${f("detail.ended")}</dt>
            <dd>${ti(t.end,l)}</dd>
            <dt>${f("kpi.print_time")}</dt>
            <dd>
              ${cl(t.print_duration)}
              ${t.estimated_time?v`<span class="muted">(${f("detail.estimated",{time:cl(t.estimated_time)})})</span>`:K}
            </dd>
            <dt>${f("detail.total_time")}</dt>
            <dd>${cl(t.total_duration)}</dd>
            ${t.pause_count?v`<dt>${f("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${cl(t.paused_duration)})</dd>`:K}
            <dt>${f("kpi.filament")}</dt>
            <dd>
              ${i?v`<span class="swatch" style=${`background:${i}`}></span>`:K}
              ${cn(t.filament_weight_g,t.filament_used_mm,l)}
              ${t.filament_type??""}
              <span class="muted">${Xl(t.filament_used_mm/1e3,l,2)} m</span>
            </dd>
            <dt>${f("kpi.cost")}</dt>
            <dd>${xa(t.cost,l)}</dd>
            ${t.error_message?v`<dt>${f("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:K}
          </dl>
        </div>
      </div>

      ${t.spools?.length?v`<h3>${f("spools.title")}</h3>
            ${kc(t.spools,t.spool_filament_cost,l)}`:K}

      <h3>${f("detail.notes_rating")}</h3>
      ${this.editing?v`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:v`<dl>
              <dt>${f("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${f("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(s=>v`<span class="tag">${s}</span>`):"—"}</dd>
              <dt>${f("detail.failure_reason")}</dt>
              <dd>${t.failure_reason||"—"}</dd>
              <dt>${f("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${this.admin?v`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${Wt(La)} ${f("common.edit")}</button>
                  <button class="btn danger" @click=${()=>Je(this,"delete-jobs",{jobs:[t]})}>
                    ${Wt(un)} ${f("common.delete")}
                  </button>
                </div>`:K}`}

      <h3>${f("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${f("detail.timeline")}</h3>
      ${t.events.length?v`<ol class="timeline">
            ${t.events.map(s=>v`<li>
                <strong>${$a("event",s.type)}</strong>
                <span class="muted">${ti(s.at,l)}</span>
                ${s.data&&Object.keys(s.data).length?v`<div class="muted">
                      ${Object.entries(s.data).map(([o,r])=>v`<span>${an(o)}: ${Gi(r)}</span> `)}
                    </div>`:K}
              </li>`)}
          </ol>`:v`<p class="muted">${f("detail.no_events")}</p>`}

      <h3>${f("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?v`<details>
            <summary>${f("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([s,o])=>v`<tr>
                    <th scope="row">${s}</th>
                    <td><pre>${Gi(o)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:v`<p class="muted">${f("detail.no_metadata")}</p>`}
    `}renderDetails(t){const l=yp(t.details);return l.length?v`<table>
      <tbody>
        ${l.map(([i,s])=>v`<tr>
            <th scope="row">${an(i)}</th>
            <td>${typeof s=="object"?v`<pre>${Gi(s)}</pre>`:Gi(s)}</td>
          </tr>`)}
      </tbody>
    </table>`:v`<p class="muted">${f("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const l=this.renderRoot.querySelector(".job-id code"),i=document.createRange();l&&i.selectNodeContents(l);const s=window.getSelection();s?.removeAllRanges(),s?.addRange(i),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const l=t.detail.changes;if(!Object.keys(l).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const i=await this.api.updateJob(this.job.id,l);this.job={...this.job,...i},this.editing=!1,Je(this,"job-updated",{job:i})}catch(i){this.saveError=We(i)}finally{this.saving=!1}}};Rn.styles=[fe,ka,se`
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
    `];let Xt=Rn;Te([B({attribute:!1})],Xt.prototype,"api");Te([B({attribute:!1})],Xt.prototype,"options");Te([B()],Xt.prototype,"jobId");Te([B({type:Boolean})],Xt.prototype,"admin");Te([pt()],Xt.prototype,"job");Te([pt()],Xt.prototype,"error");Te([pt()],Xt.prototype,"editing");Te([pt()],Xt.prototype,"saving");Te([pt()],Xt.prototype,"saveError");Te([pt()],Xt.prototype,"thumbnailUrl");Te([pt()],Xt.prototype,"thumbnailState");Te([pt()],Xt.prototype,"copied");he("pl-job-detail",Xt);function $a(e,t){const l=`${e}.${t}`,i=f(l);return i===l?an(t):i}var kp=Object.defineProperty,di=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&kp(t,l,s),s};const Hn=class Hn extends pe{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:wo(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const l={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},i={};for(const[s,o]of Object.entries(t)){const r=l[s]??s;i[r]??=`${s}: ${o}`}this.errors=i}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return l=>{this.values={...this.values,[t]:l.target.value}}}field(t){return this.errors[t]?v`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,l=i=>this.errors[i]?`err-${i}`:"";return v`<form @submit=${this.onSubmit} novalidate>
      <label
        >${f("common.printer")}
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${l("printer_id")}>
          ${this.printers.map(i=>v`<option value=${i.id} ?selected=${i.id===t.printer_id}>${i.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >${f("column.status")}
        <select name="status" @change=${this.set("status")}>
          ${dn.map(i=>v`<option value=${i} ?selected=${i===t.status}>${Yi(i)}</option>`)}
        </select>
        ${this.field("status")}
      </label>
      <label class="wide"
        >${f("form.filename")}
        <input
          name="filename"
          required
          .value=${t.filename}
          @input=${this.set("filename")}
          aria-invalid=${this.errors.filename?"true":"false"}
          aria-describedby=${l("filename")}
        />
        ${this.field("filename")}
      </label>
      <label
        >${f("form.start")}
        <span class="pair">
          <input
            name="start_date"
            type="date"
            aria-label=${f("form.start_date")}
            max=${wo(new Date,this.timeZone)}
            .value=${t.start_date}
            @input=${this.set("start_date")}
            aria-invalid=${this.errors.start?"true":"false"}
            aria-describedby=${l("start")}
          />
          <input name="start_time" type="time" aria-label=${f("form.start_time")} .value=${t.start_time} @input=${this.set("start_time")} />
        </span>
        ${this.field("start")}
      </label>
      <label
        >${f("kpi.print_time")}
        <span class="pair">
          <input name="hours" type="number" min="0" placeholder=${f("form.hours_symbol")} aria-label=${f("form.hours")} .value=${t.hours} @input=${this.set("hours")} />
          <input
            name="minutes"
            type="number"
            min="0"
            max="59"
            placeholder=${f("form.minutes_symbol")}
            aria-label=${f("form.minutes")}
            .value=${t.minutes}
            @input=${this.set("minutes")}
          />
        </span>
        ${this.field("duration")}
      </label>
      <label
        >${f("form.filament_g")}
        <input name="filament_g" type="number" min="0" step="0.1" .value=${t.filament_g} @input=${this.set("filament_g")} />
        ${this.field("filament_g")}
      </label>
      <label
        >${f("form.filament_m")}
        <input name="filament_m" type="number" min="0" step="0.01" .value=${t.filament_m} @input=${this.set("filament_m")} />
        ${this.field("filament_m")}
      </label>
      <label
        >${f("jobs.filament_type")}
        <input name="filament_type" placeholder="PLA" .value=${t.filament_type} @input=${this.set("filament_type")} />
      </label>
      <label
        >${f("kpi.cost")}
        ${kr({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:l("cost")})}
        ${this.field("cost")}
      </label>
      <label
        >${f("form.tags")}
        <input name="tags" .value=${t.tags} @input=${this.set("tags")} aria-describedby=${l("tags")} />
        ${this.field("tags")}
      </label>
      <label
        >${f("detail.failure_reason")}
        <input name="failure_reason" .value=${t.failure_reason} @input=${this.set("failure_reason")} />
      </label>
      <div>
        <span style="font-size:0.9em">${f("rating.rating")}</span><br />
        <pl-rating
          .value=${t.rating}
          @value-changed=${i=>this.values={...this.values,rating:i.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >${f("column.notes")}
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      ${Sr(this,this.error,this.busy,f("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:l,errors:i}=vp(this.values,this.timeZone);this.errors=i,l?Je(this,"create",{job:l}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Hn.styles=[fe,xr,se`
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
    `];let Xe=Hn;di([B({attribute:!1})],Xe.prototype,"printers");di([B()],Xe.prototype,"timeZone");di([B({type:Boolean})],Xe.prototype,"busy");di([B()],Xe.prototype,"error");di([pt()],Xe.prototype,"values");di([pt()],Xe.prototype,"errors");he("pl-job-form",Xe);var Sp=Object.defineProperty,pi=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Sp(t,l,s),s};const Us=20,In=class In extends pe{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.list=new rp(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new Xd(this,this.list)}willUpdate(t){t.has("api")&&this.api&&(this.list.reload(),this.list.loadFilamentTypes(),this.list.loadSpoolChoices(),gr(this.api))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const l=this.list.applyJob(t.job);this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(l||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:l}=this,i=this.options?{list:t,changes:l,admin:this.admin,options:this.options}:void 0;return v`
      <section aria-label=${f("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${lp({list:t,changes:l,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?ip(t,this.printers):K}
      ${t.error?v`<div class="error-banner" role="alert">
            <span>${f("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${Wt(Ea)} ${f("common.retry")}</button>
          </div>`:K}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?v`<div class="loading-bar" role="progressbar" aria-label=${f("jobs.loading")}></div>`:K}
        ${i?this.narrow?hp(i):dp(i):K} ${mp(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${l.message?"message":"sr-only"}>${l.message}</div>
    `}renderDialogs(){const t=this.changes,l=t.confirmJobs.length;return v`
      <pl-dialog .heading=${f("jobs.delete_heading",{count:l})} .open=${l>0} @closed=${()=>t.cancelDelete()}>
        <p>${f("jobs.delete_text",{count:l})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,Us).map(i=>v`<li>${es(i.filename)} <span class="muted">(${i.printer_name})</span></li>`)}
          ${l>Us?v`<li class="muted">${f("jobs.and_more",{n:l-Us})}</li>`:K}
        </ul>
        ${t.deleteError?v`<p class="status-error" role="alert">${t.deleteError}</p>`:K}
        <button slot="actions" class="btn" @click=${()=>t.cancelDelete()}>${f("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${t.deleting} @click=${()=>t.confirmDelete()}>
          ${f("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${f("jobs.details")} wide .open=${!!t.detailId} @closed=${()=>t.closeJob()}>
        ${t.detailId?v`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${t.detailId}
              .admin=${this.admin}
              @job-updated=${i=>this.list.applyJob(i.detail.job)}
              @delete-jobs=${i=>t.askDelete(i.detail.jobs)}
            ></pl-job-detail>`:K}
      </pl-dialog>
      <pl-dialog heading=${f("jobs.add_heading")} .open=${t.adding} @closed=${()=>t.closeAdd()}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.options?.timeZone}
          .busy=${t.addBusy}
          .error=${t.addError}
          @create=${i=>t.create(i.detail.job)}
          @cancel=${()=>t.closeAdd()}
        ></pl-job-form>
      </pl-dialog>
    `}};In.styles=[fe,up,ka];let tl=In;pi([B({attribute:!1})],tl.prototype,"api");pi([B({attribute:!1})],tl.prototype,"options");pi([B({attribute:!1})],tl.prototype,"printers");pi([B({type:Boolean})],tl.prototype,"admin");pi([B({type:Boolean,reflect:!0})],tl.prototype,"narrow");pi([pt()],tl.prototype,"showFilters");he("pl-jobs-view",tl);var Tp=Object.defineProperty,Lp=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Tp(t,l,s),s};const On=class On extends pe{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?v`<ul aria-label=${f("common.printers")}>
      ${this.printers.map(t=>{const l=t.current_job,i=t.online&&!!l&&(t.print_state==="printing"||t.print_state==="paused"),s=Tc(t),o=Lc(t);return v`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${i?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${s}</span>
          </div>
          ${l?v`<button class="file" title=${Ge(l.filename)} @click=${()=>Je(this,"show-job",{jobId:l.id})}>
                  ${es(l.filename)}
                </button>
                ${Ec(l)}
                <div class="meta">
                  <span>${jc(l)} %</span>
                  <span>${f("live.elapsed",{time:cl(l.print_duration)})}</span>
                  <span>${o!==null?f("live.left",{time:cl(o)}):""}</span>
                </div>`:v`<span class="muted">${f("live.no_job")}</span>`}
        </li>`})}
    </ul>`:v``}};On.styles=[fe,Sc,se`
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
    `];let ts=On;Lp([B({attribute:!1})],ts.prototype,"printers");he("pl-live-strip",ts);var Ep=Object.defineProperty,el=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Ep(t,l,s),s};const jp="Print Log",Fn=class Fn extends pe{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new Ac}willUpdate(t){if(t.has("hass")&&this.hass){const l=this.hass.connection;l!==this.connection&&(this.connection=l,this.api=new Cc(this.hass),this.resubscribe(),this.loadPrinters());const i=t.get("hass");if(!this.options||!i||i.locale!==this.hass.locale||i.config!==this.hass.config){const s=_o(this.hass);s.language===this.language?this.options=s:s.language===Mc()?(this.options=s,this.language=s.language):this.switchLanguage(s)}}}async switchLanguage(t){const l=await Dc(t.language,t.numberLocale);this.hass&&_o(this.hass).language!==t.language||(this.options={...t,language:l},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,l=>this.onLiveEvent(l),l=>console.warn("print_logger: live updates unavailable:",We(l)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=We(t)}}onLiveEvent(t){this.printers=Pc(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const l=this.view==="jobs"?"analytics":"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"analytics":l),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return K;const t=!!this.hass.user?.is_admin,l=(i,s,o)=>v`<button
        role="tab"
        id=${`tab-${i}`}
        aria-selected=${this.view===i?"true":"false"}
        aria-controls=${`view-${i}`}
        aria-label=${s}
        tabindex=${this.view===i?0:-1}
        @click=${()=>this.select(i)}
      >
        ${Wt(o)}<span class="label">${s}</span>
      </button>`;return v`
      <header>
        ${this.narrow?v`<button class="icon-btn" aria-label=${f("panel.open_sidebar")} @click=${()=>Je(this,"hass-toggle-menu")}>
              ${Wt(Wc)}
            </button>`:K}
        <h1>${this.panel?.title&&this.panel.title!==jp?this.panel.title:f("panel.title")}</h1>
        <div role="tablist" aria-label=${f("panel.views")} @keydown=${this.onTabKey}>
          ${l("jobs",f("panel.jobs"),Jc)} ${l("analytics",f("panel.analytics"),Oc)}
        </div>
      </header>
      ${Ic(this.language,v`<main>
        ${this.printersError?v`<div class="error-banner" role="alert">
              <span>${f("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${f("common.retry")}</button>
            </div>`:K}
        <pl-live-strip
          .printers=${this.printers}
          @show-job=${i=>{this.select("jobs"),this.renderRoot.querySelector("pl-jobs-view")?.showJob(i.detail.jobId)}}
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
    `}};Fn.styles=[fe,se`
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
    `];let Se=Fn;el([B({attribute:!1})],Se.prototype,"hass");el([B({type:Boolean,reflect:!0})],Se.prototype,"narrow");el([B({attribute:!1})],Se.prototype,"panel");el([pt()],Se.prototype,"view");el([pt()],Se.prototype,"printers");el([pt()],Se.prototype,"printersError");el([pt()],Se.prototype,"api");el([pt()],Se.prototype,"options");el([pt()],Se.prototype,"language");he("print-logger-panel",Se);
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
