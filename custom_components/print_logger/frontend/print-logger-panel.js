import{H as sc,I as wa,J as xa,A as Z,b as f,K as nc,M as ul,N as Mi,O as oc,Q as Al,m as v,a as pe,c as fe,d as te,R as Js,B,E as he,S as ac,C as pt,T as _o,U as rc,V as cc,W as uc,X as dc,Y as pc,z as fc,Z as Ai,h as hc,_ as mc,j as We,$ as qs,a0 as gc,i as bc,a1 as yc,P as $c,y as vc,a2 as wo,a3 as Ki,a4 as _c,s as Ge,a5 as wc,a6 as Ys,a7 as Qi,a8 as xc,a9 as kc,v as un,w as ei,u as cl,x as dn,o as is,D as Je,aa as xo,p as Sc,n as Tc,r as Lc,t as jc,q as Ec,L as Ac,g as Cc,f as ko,e as Mc,F as Dc,k as Pc}from"./chunks/shared-CIIptIY4.js";const zc=(e,t,l)=>(l.configurable=!0,l.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,l),l);function ka(e,t){return(l,i,s)=>{const o=r=>r.renderRoot?.querySelector(e)??null;return zc(l,i,{get(){return o(this)}})}}const{I:Vc}=sc,So=e=>e,To=()=>document.createComment(""),wi=(e,t,l)=>{const i=e._$AA.parentNode,s=t===void 0?e._$AB:t._$AA;if(l===void 0){const o=i.insertBefore(To(),s),r=i.insertBefore(To(),s);l=new Vc(o,r,e,e.options)}else{const o=l._$AB.nextSibling,r=l._$AM,p=r!==e;if(p){let d;l._$AQ?.(e),l._$AM=e,l._$AP!==void 0&&(d=e._$AU)!==r._$AU&&l._$AP(d)}if(o!==s||p){let d=l._$AA;for(;d!==o;){const m=So(d).nextSibling;So(i).insertBefore(d,s),d=m}}}return l},Sl=(e,t,l=e)=>(e._$AI(t,l),e),Rc={},Sa=(e,t=Rc)=>e._$AH=t,Hc=e=>e._$AH,Vs=e=>{e._$AR(),e._$AA.remove()};const Ic=wa(class extends xa{constructor(){super(...arguments),this.key=Z}render(e,t){return this.key=e,t}update(e,[t,l]){return t!==this.key&&(Sa(e),this.key=t),l}});function Wi(e,t,l,i=!1){return e.map(s=>{const o=s.key===null||s.key===void 0?"":String(s.key),r=s.label||o||f("common.unknown"),p=Number(s[t]??0);let d,m;t==="success_rate"?(d=nc(s.success_rate,l),m=f("common.n_jobs",{count:s.jobs,n:ul(s.jobs,l)})):t==="filament_g"?(d=Mi(p,l,0),m=f("common.n_jobs",{count:s.jobs,n:ul(s.jobs,l)})):t==="hours"?d=oc(p,"hours",l,1):d=ul(p,l);const $={key:o,label:r,value:p,display:d};if(m&&($.note=m),i){const g=Al(o)??Al(s.label);g&&($.colour=g)}return $})}var Oc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Fc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Nc="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",Bc="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",pn="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",Uc="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",Wc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Ta="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",Gc="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",La="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",Lo="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",jo="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",Jc="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z";function Wt(e,t){return t?v`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:v`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const qc=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Eo=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],fn=qc.filter(e=>e!=="in_progress");var Yc=Object.defineProperty,hn=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Yc(t,l,s),s};const Cn=class Cn extends pe{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return v`<div class="empty muted">${f("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(l=>l.value),0);return v`<ul aria-label=${this.label}>
      ${this.items.map(l=>{const i=t>0?Math.max(0,Math.min(100,l.value/t*100)):0,s=Js({width:`${i}%`,...l.colour?{background:l.colour}:{}});return v`<li data-key=${l.key} data-value=${String(l.value)}>
          <span class="name"
            >${l.colour?v`<span class="swatch" style=${Js({background:l.colour})}></span>`:""}
            <span>${l.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${l.colour?"bar coloured":"bar"} style=${s}></span></span>
          <span class="value">${l.display}${l.note?v`<span class="note">${l.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Cn.styles=[fe,te`
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
    `];let ii=Cn;hn([B()],ii.prototype,"label");hn([B({attribute:!1})],ii.prototype,"items");hn([B({type:Number})],ii.prototype,"max");he("pl-bars",ii);const Zc=!0,Pt="u-",Kc="uplot",Qc=Pt+"hz",Xc=Pt+"vt",tu=Pt+"title",eu=Pt+"wrap",lu=Pt+"under",iu=Pt+"over",su=Pt+"axis",jl=Pt+"off",nu=Pt+"select",ou=Pt+"cursor-x",au=Pt+"cursor-y",ru=Pt+"cursor-pt",cu=Pt+"legend",uu=Pt+"live",du=Pt+"inline",pu=Pt+"series",fu=Pt+"marker",Ao=Pt+"label",hu=Pt+"value",Si="width",Ti="height",xi="top",Co="bottom",Xl="left",Rs="right",mn="#000",Mo=mn+"0",Hs="mousemove",Do="mousedown",Is="mouseup",Po="mouseenter",zo="mouseleave",Vo="dblclick",mu="resize",gu="scroll",Ro="change",Xi="dppxchange",gn="--",ci=typeof window<"u",Zs=ci?document:null,li=ci?window:null,bu=ci?navigator:null;let ct,Gi;function Ks(){let e=devicePixelRatio;ct!=e&&(ct=e,Gi&&Xs(Ro,Gi,Ks),Gi=matchMedia(`(min-resolution: ${ct-.001}dppx) and (max-resolution: ${ct+.001}dppx)`),El(Ro,Gi,Ks),li.dispatchEvent(new CustomEvent(Xi)))}function ue(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function Qs(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function _t(e,t,l){e.style[t]=l+"px"}function Me(e,t,l,i){let s=Zs.createElement(e);return t!=null&&ue(s,t),l?.insertBefore(s,i),s}function xe(e,t){return Me("div",e,t)}const Ho=new WeakMap;function Ue(e,t,l,i,s){let o="translate("+t+"px,"+l+"px)",r=Ho.get(e);o!=r&&(e.style.transform=o,Ho.set(e,o),t<0||l<0||t>i||l>s?ue(e,jl):Qs(e,jl))}const Io=new WeakMap;function Oo(e,t,l){let i=t+l,s=Io.get(e);i!=s&&(Io.set(e,i),e.style.background=t,e.style.borderColor=l)}const Fo=new WeakMap;function No(e,t,l,i){let s=t+""+l,o=Fo.get(e);s!=o&&(Fo.set(e,s),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=i?-t/2+"px":0,e.style.marginTop=i?-l/2+"px":0)}const bn={passive:!0},yu={...bn,capture:!0};function El(e,t,l,i){t.addEventListener(e,l,i?yu:bn)}function Xs(e,t,l,i){t.removeEventListener(e,l,bn)}ci&&Ks();function De(e,t,l,i){let s;l=l||0,i=i||t.length-1;let o=i<=2147483647;for(;i-l>1;)s=o?l+i>>1:de((l+i)/2),t[s]<e?l=s:i=s;return e-t[l]<=t[i]-e?l:i}function ja(e){return(l,i,s)=>{let o=-1,r=-1;for(let p=i;p<=s;p++)if(e(l[p])){o=p;break}for(let p=s;p>=i;p--)if(e(l[p])){r=p;break}return[o,r]}}const Ea=e=>e!=null,Aa=e=>e!=null&&e>0,ss=ja(Ea),$u=ja(Aa);function vu(e,t,l,i=0,s=!1){let o=s?$u:ss,r=s?Aa:Ea;[t,l]=o(e,t,l);let p=e[t],d=e[t];if(t>-1)if(i==1)p=e[t],d=e[l];else if(i==-1)p=e[l],d=e[t];else for(let m=t;m<=l;m++){let $=e[m];r($)&&($<p?p=$:$>d&&(d=$))}return[p??mt,d??-mt]}function ns(e,t,l,i){let s=Wo(e),o=Wo(t);e==t&&(s==-1?(e*=l,t/=l):(e/=l,t*=l));let r=l==10?Ke:Ca,p=s==1?de:ke,d=o==1?ke:de,m=p(r(Dt(e))),$=d(r(Dt(t))),g=si(l,m),y=si(l,$);return l==10&&(m<0&&(g=gt(g,-m)),$<0&&(y=gt(y,-$))),i||l==2?(e=g*s,t=y*o):(e=za(e,g),t=os(t,y)),[e,t]}function yn(e,t,l,i){let s=ns(e,t,l,i);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}const $n=.1,Bo={mode:3,pad:$n},ji={pad:0,soft:null,mode:0},_u={min:ji,max:ji};function ts(e,t,l,i){return as(l)?Uo(e,t,l):(ji.pad=l,ji.soft=i?0:null,ji.mode=i?3:0,Uo(e,t,_u))}function at(e,t){return e??t}function wu(e,t,l){for(t=at(t,0),l=at(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function Uo(e,t,l){let i=l.min,s=l.max,o=at(i.pad,0),r=at(s.pad,0),p=at(i.hard,-mt),d=at(s.hard,mt),m=at(i.soft,mt),$=at(s.soft,-mt),g=at(i.mode,0),y=at(s.mode,0),S=t-e,L=Ke(S),C=Qt(Dt(e),Dt(t)),z=Ke(C),F=Dt(z-L);(S<1e-24||F>10)&&(S=0,(e==0||t==0)&&(S=1e-24,g==2&&m!=mt&&(o=0),y==2&&$!=-mt&&(r=0)));let w=S||C||1e3,E=Ke(w),k=si(10,de(E)),W=w*(S==0?e==0?.1:1:o),P=gt(za(e-W,k/10),24),X=e>=m&&(g==1||g==3&&P<=m||g==2&&P>=m)?m:mt,Y=Qt(p,P<X&&e>=X?X:Pe(X,P)),lt=w*(S==0?t==0?.1:1:r),q=gt(os(t+lt,k/10),24),j=t<=$&&(y==1||y==3&&q>=$||y==2&&q<=$)?$:-mt,Q=Pe(d,q>j&&t<=j?j:Qt(j,q));return Y==Q&&Y==0&&(Q=100),[Y,Q]}const xu=new Intl.NumberFormat(ci?bu.language:"en-US"),vn=e=>xu.format(e),me=Math,Zi=me.PI,Dt=me.abs,de=me.floor,Mt=me.round,ke=me.ceil,Pe=me.min,Qt=me.max,si=me.pow,Wo=me.sign,Ke=me.log10,Ca=me.log2,ku=(e,t=1)=>me.sinh(e)*t,Os=(e,t=1)=>me.asinh(e/t),mt=1/0;function Go(e){return(Ke((e^e>>31)-(e>>31))|0)+1}function tn(e,t,l){return Pe(Qt(e,t),l)}function Ma(e){return typeof e=="function"}function it(e){return Ma(e)?e:()=>e}const Su=()=>{},Da=e=>e,Pa=(e,t)=>t,Tu=e=>null,Jo=e=>!0,qo=(e,t)=>e==t,Lu=/\.\d*?(?=9{6,}|0{6,})/gm,Cl=e=>{if(Ra(e)||dl.has(e))return e;const t=`${e}`,l=t.match(Lu);if(l==null)return e;let i=l[0].length-1;if(t.indexOf("e-")!=-1){let[s,o]=t.split("e");return+`${Cl(s)}e${o}`}return gt(e,i)};function Tl(e,t){return Cl(gt(Cl(e/t))*t)}function os(e,t){return Cl(ke(Cl(e/t))*t)}function za(e,t){return Cl(de(Cl(e/t))*t)}function gt(e,t=0){if(Ra(e))return e;let l=10**t,i=e*l*(1+Number.EPSILON);return Mt(i)/l}const dl=new Map;function Va(e){return((""+e).split(".")[1]||"").length}function Ci(e,t,l,i){let s=[],o=i.map(Va);for(let r=t;r<l;r++){let p=Dt(r),d=gt(si(e,r),p);for(let m=0;m<i.length;m++){let $=e==10?+`${i[m]}e${r}`:i[m]*d,g=(r>=0?0:p)+(r>=o[m]?0:o[m]),y=e==10?$:gt($,g);s.push(y),dl.set(y,g)}}return s}const Ei={},_n=[],ni=[null,null],rl=Array.isArray,Ra=Number.isInteger,ju=e=>e===void 0;function Yo(e){return typeof e=="string"}function as(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function Eu(e){return e!=null&&typeof e=="object"}const Au=Object.getPrototypeOf(Uint8Array),Ha="__proto__";function oi(e,t=as){let l;if(rl(e)){let i=e.find(s=>s!=null);if(rl(i)||t(i)){l=Array(e.length);for(let s=0;s<e.length;s++)l[s]=oi(e[s],t)}else l=e.slice()}else if(e instanceof Au)l=e.slice();else if(t(e)){l={};for(let i in e)i!=Ha&&(l[i]=oi(e[i],t))}else l=e;return l}function Et(e){let t=arguments;for(let l=1;l<t.length;l++){let i=t[l];for(let s in i)s!=Ha&&(as(e[s])?Et(e[s],oi(i[s])):e[s]=oi(i[s]))}return e}const Cu=0,Mu=1,Du=2;function Pu(e,t,l){for(let i=0,s,o=-1;i<t.length;i++){let r=t[i];if(r>o){for(s=r-1;s>=0&&e[s]==null;)e[s--]=null;for(s=r+1;s<l&&e[s]==null;)e[o=s++]=null}}}function zu(e,t){if(Hu(e)){let r=e[0].slice();for(let p=1;p<e.length;p++)r.push(...e[p].slice(1));return Iu(r[0])||(r=Ru(r)),r}let l=new Set;for(let r=0;r<e.length;r++){let d=e[r][0],m=d.length;for(let $=0;$<m;$++)l.add(d[$])}let i=[Array.from(l).sort((r,p)=>r-p)],s=i[0].length,o=new Map;for(let r=0;r<s;r++)o.set(i[0][r],r);for(let r=0;r<e.length;r++){let p=e[r],d=p[0];for(let m=1;m<p.length;m++){let $=p[m],g=Array(s).fill(void 0),y=t?t[r][m]:Mu,S=[];for(let L=0;L<$.length;L++){let C=$[L],z=o.get(d[L]);C===null?y!=Cu&&(g[z]=C,y==Du&&S.push(z)):g[z]=C}Pu(g,S,s),i.push(g)}}return i}const Vu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ru(e){let t=e[0],l=t.length,i=Array(l);for(let o=0;o<i.length;o++)i[o]=o;i.sort((o,r)=>t[o]-t[r]);let s=[];for(let o=0;o<e.length;o++){let r=e[o],p=Array(l);for(let d=0;d<l;d++)p[d]=r[i[d]];s.push(p)}return s}function Hu(e){let t=e[0][0],l=t.length;for(let i=1;i<e.length;i++){let s=e[i][0];if(s.length!=l)return!1;if(s!=t){for(let o=0;o<l;o++)if(s[o]!=t[o])return!1}}return!0}function Iu(e,t=100){const l=e.length;if(l<=1)return!0;let i=0,s=l-1;for(;i<=s&&e[i]==null;)i++;for(;s>=i&&e[s]==null;)s--;if(s<=i)return!0;const o=Qt(1,de((s-i+1)/t));for(let r=e[i],p=i+o;p<=s;p+=o){const d=e[p];if(d!=null){if(d<=r)return!1;r=d}}return!0}const Ia=["January","February","March","April","May","June","July","August","September","October","November","December"],Oa=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Fa(e){return e.slice(0,3)}const Ou=Oa.map(Fa),Fu=Ia.map(Fa),Nu={MMMM:Ia,MMM:Fu,WWWW:Oa,WWW:Ou};function ki(e){return(e<10?"0":"")+e}function Bu(e){return(e<10?"00":e<100?"0":"")+e}const Uu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>ki(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>ki(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>ki(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>ki(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>ki(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Bu(e.getMilliseconds())};function wn(e,t){t=t||Nu;let l=[],i=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=i.exec(e);)l.push(s[0][0]=="{"?Uu[s[1]]:s[0]);return o=>{let r="";for(let p=0;p<l.length;p++)r+=typeof l[p]=="string"?l[p]:l[p](o,t);return r}}const Wu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Gu(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==Wu?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}const Na=e=>e%1==0,es=[1,2,2.5,5],Ju=Ci(10,-32,0,es),Ba=Ci(10,0,32,es),qu=Ba.filter(Na),Ll=Ju.concat(Ba),xn=`
`,Ua="{YYYY}",Zo=xn+Ua,Wa="{M}/{D}",Li=xn+Wa,Ji=Li+"/{YY}",Ga="{aa}",Yu="{h}:{mm}",ti=Yu+Ga,Ko=xn+ti,Qo=":{ss}",dt=null;function Ja(e){let t=e*1e3,l=t*60,i=l*60,s=i*24,o=s*30,r=s*365,d=(e==1?Ci(10,0,3,es).filter(Na):Ci(10,-3,0,es)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,i,i*2,i*3,i*4,i*6,i*8,i*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,o,o*2,o*3,o*4,o*6,r,r*2,r*5,r*10,r*25,r*50,r*100]);const m=[[r,Ua,dt,dt,dt,dt,dt,dt,1],[s*28,"{MMM}",Zo,dt,dt,dt,dt,dt,1],[s,Wa,Zo,dt,dt,dt,dt,dt,1],[i,"{h}"+Ga,Ji,dt,Li,dt,dt,dt,1],[l,ti,Ji,dt,Li,dt,dt,dt,1],[t,Qo,Ji+" "+ti,dt,Li+" "+ti,dt,Ko,dt,1],[e,Qo+".{fff}",Ji+" "+ti,dt,Li+" "+ti,dt,Ko,dt,1]];function $(g){return(y,S,L,C,z,F)=>{let w=[],E=z>=r,k=z>=o&&z<r,W=g(L),P=gt(W*e,3),X=Fs(W.getFullYear(),E?0:W.getMonth(),k||E?1:W.getDate()),Y=gt(X*e,3);if(k||E){let lt=k?z/o:0,q=E?z/r:0,j=P==Y?P:gt(Fs(X.getFullYear()+q,X.getMonth()+lt,1)*e,3),Q=new Date(Mt(j/e)),R=Q.getFullYear(),G=Q.getMonth();for(let N=0;j<=C;N++){let st=Fs(R+q*N,G+lt*N,1),O=st-g(gt(st*e,3));j=gt((+st+O)*e,3),j<=C&&w.push(j)}}else{let lt=z>=s?s:z,q=de(L)-de(P),j=Y+q+os(P-Y,lt);w.push(j);let Q=g(j),R=Q.getHours()+Q.getMinutes()/l+Q.getSeconds()/i,G=z/i,N=y.axes[S]._space,st=F/N;for(;j=gt(j+z,e==1?0:3),!(j>C);)if(G>1){let O=de(gt(R+G,6))%24,nt=g(j).getHours()-O;nt>1&&(nt=-1),j-=nt*i,R=(R+G)%24;let ft=w[w.length-1];gt((j-ft)/z,3)*st>=.7&&w.push(j)}else w.push(j)}return w}}return[d,m,$]}const[Zu,Ku,Qu]=Ja(1),[Xu,td,ed]=Ja(.001);Ci(2,-53,53,[1]);function Xo(e,t){return e.map(l=>l.map((i,s)=>s==0||s==8||i==null?i:t(s==1||l[8]==0?i:l[1]+i)))}function ta(e,t){return(l,i,s,o,r)=>{let p=t.find(L=>r>=L[0])||t[t.length-1],d,m,$,g,y,S;return i.map(L=>{let C=e(L),z=C.getFullYear(),F=C.getMonth(),w=C.getDate(),E=C.getHours(),k=C.getMinutes(),W=C.getSeconds(),P=z!=d&&p[2]||F!=m&&p[3]||w!=$&&p[4]||E!=g&&p[5]||k!=y&&p[6]||W!=S&&p[7]||p[1];return d=z,m=F,$=w,g=E,y=k,S=W,P(C)})}}function ld(e,t){let l=wn(t);return(i,s,o,r,p)=>s.map(d=>l(e(d)))}function Fs(e,t,l){return new Date(e,t,l)}function ea(e,t){return t(e)}const id="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function la(e,t){return(l,i,s,o)=>o==null?gn:t(e(i))}function sd(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function nd(e,t){return e.series[t].fill(e,t)}const od={show:!0,live:!0,isolate:!1,mount:Su,markers:{show:!0,width:2,stroke:sd,fill:nd,dash:"solid"},idx:null,idxs:null,values:[]};function ad(e,t){let l=e.cursor.points,i=xe(),s=l.size(e,t);_t(i,Si,s),_t(i,Ti,s);let o=s/-2;_t(i,"marginLeft",o),_t(i,"marginTop",o);let r=l.width(e,t,s);return r&&_t(i,"borderWidth",r),i}function rd(e,t){let l=e.series[t].points;return l._fill||l._stroke}function cd(e,t){let l=e.series[t].points;return l._stroke||l._fill}function ud(e,t){return e.series[t].points.size}const Ns=[0,0];function dd(e,t,l){return Ns[0]=t,Ns[1]=l,Ns}function qi(e,t,l,i=!0){return s=>{s.button==0&&(!i||s.target==t)&&l(s)}}function Bs(e,t,l,i=!0){return s=>{(!i||s.target==t)&&l(s)}}const pd={show:!0,x:!0,y:!0,lock:!1,move:dd,points:{one:!1,show:ad,size:ud,width:0,stroke:cd,fill:rd},bind:{mousedown:qi,mouseup:qi,click:qi,dblclick:qi,mousemove:Bs,mouseleave:Bs,mouseenter:Bs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,i,s)=>i-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},qa={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},kn=Et({},qa,{filter:Pa}),Ya=Et({},kn,{size:10}),Za=Et({},qa,{show:!1}),Sn='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ka="bold "+Sn,Qa=1.5,ia={show:!0,scale:"x",stroke:mn,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ka,side:2,grid:kn,ticks:Ya,border:Za,font:Sn,lineGap:Qa,rotate:0},fd="Value",hd="Time",sa={show:!0,scale:"x",auto:!1,sorted:1,min:mt,max:-mt,idxs:[]};function md(e,t,l,i,s){return t.map(o=>o==null?"":vn(o))}function gd(e,t,l,i,s,o,r){let p=[],d=dl.get(s)||0;l=r?l:gt(os(l,s),d);for(let m=l;m<=i;m=gt(m+s,d))p.push(Object.is(m,-0)?0:m);return p}function en(e,t,l,i,s,o,r){const p=[],d=e.scales[e.axes[t].scale].log,m=d==10?Ke:Ca,$=de(m(l));s=si(d,$),d==10&&(s=Ll[De(s,Ll)]);let g=l,y=s*d;d==10&&(y=Ll[De(y,Ll)]);do p.push(g),g=g+s,d==10&&!dl.has(g)&&(g=gt(g,dl.get(s))),g>=y&&(s=g,y=s*d,d==10&&(y=Ll[De(y,Ll)]));while(g<=i);return p}function bd(e,t,l,i,s,o,r){let d=e.scales[e.axes[t].scale].asinh,m=i>d?en(e,t,Qt(d,l),i,s):[d],$=i>=0&&l<=0?[0]:[];return(l<-d?en(e,t,Qt(d,-i),-l,s):[d]).reverse().map(y=>-y).concat($,m)}const Xa=/./,yd=/[12357]/,$d=/[125]/,na=/1/,ln=(e,t,l,i)=>e.map((s,o)=>t==4&&s==0||o%i==0&&l.test(s.toExponential()[s<0?1:0])?s:null);function vd(e,t,l,i,s){let o=e.axes[l],r=o.scale,p=e.scales[r],d=e.valToPos,m=o._space,$=d(10,r),g=d(9,r)-$>=m?Xa:d(7,r)-$>=m?yd:d(5,r)-$>=m?$d:na;if(g==na){let y=Dt(d(1,r)-$);if(y<m)return ln(t.slice().reverse(),p.distr,g,ke(m/y)).reverse()}return ln(t,p.distr,g,1)}function _d(e,t,l,i,s){let o=e.axes[l],r=o.scale,p=o._space,d=e.valToPos,m=Dt(d(1,r)-d(2,r));return m<p?ln(t.slice().reverse(),3,Xa,ke(p/m)).reverse():t}function wd(e,t,l,i){return i==null?gn:t==null?"":vn(t)}const oa={show:!0,scale:"y",stroke:mn,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ka,side:3,grid:kn,ticks:Ya,border:Za,font:Sn,lineGap:Qa,rotate:0};function xd(e,t){let l=3+(e||1)*2;return gt(l*t,3)}function kd(e,t){let{scale:l,idxs:i}=e.series[0],s=e._data[0],o=e.valToPos(s[i[0]],l,!0),r=e.valToPos(s[i[1]],l,!0),p=Dt(r-o),d=e.series[t],m=p/(d.points.space*ct);return i[1]-i[0]<=m}const aa={scale:null,auto:!0,sorted:0,min:mt,max:-mt},tr=(e,t,l,i,s)=>s,ra={show:!0,auto:!0,sorted:0,gaps:tr,alpha:1,facets:[Et({},aa,{scale:"x"}),Et({},aa,{scale:"y"})]},ca={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:tr,alpha:1,points:{show:kd,filter:null},values:null,min:mt,max:-mt,idxs:[],path:null,clip:null};function Sd(e,t,l,i,s){return l/10}const er={time:Zc,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Td=Et({},er,{time:!1,ori:1}),ua={};function lr(e,t){let l=ua[e];return l||(l={key:e,plots:[],sub(i){l.plots.push(i)},unsub(i){l.plots=l.plots.filter(s=>s!=i)},pub(i,s,o,r,p,d,m){for(let $=0;$<l.plots.length;$++)l.plots[$]!=s&&l.plots[$].pub(i,s,o,r,p,d,m)}},e!=null&&(ua[e]=l)),l}const ai=1,sn=2;function Dl(e,t,l){const i=e.mode,s=e.series[t],o=i==2?e._data[t]:e._data,r=e.scales,p=e.bbox;let d=o[0],m=i==2?o[1]:o[t],$=i==2?r[s.facets[0].scale]:r[e.series[0].scale],g=i==2?r[s.facets[1].scale]:r[s.scale],y=p.left,S=p.top,L=p.width,C=p.height,z=e.valToPosH,F=e.valToPosV;return $.ori==0?l(s,d,m,$,g,z,F,y,S,L,C,cs,ui,ds,sr,or):l(s,d,m,$,g,F,z,S,y,C,L,us,di,jn,nr,ar)}function Tn(e,t){let l=0,i=0,s=at(e.bands,_n);for(let o=0;o<s.length;o++){let r=s[o];r.series[0]==t?l=r.dir:r.series[1]==t&&(r.dir==1?i|=1:i|=2)}return[l,i==1?-1:i==2?1:i==3?2:0]}function Ld(e,t,l,i,s){let o=e.mode,r=e.series[t],p=o==2?r.facets[1].scale:r.scale,d=e.scales[p];return s==-1?d.min:s==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function Qe(e,t,l,i,s,o){return Dl(e,t,(r,p,d,m,$,g,y,S,L,C,z)=>{let F=r.pxRound;const w=m.dir*(m.ori==0?1:-1),E=m.ori==0?ui:di;let k,W;w==1?(k=l,W=i):(k=i,W=l);let P=F(g(p[k],m,C,S)),X=F(y(d[k],$,z,L)),Y=F(g(p[W],m,C,S)),lt=F(y(o==1?$.max:$.min,$,z,L)),q=new Path2D(s);return E(q,Y,lt),E(q,P,lt),E(q,P,X),q})}function rs(e,t,l,i,s,o){let r=null;if(e.length>0){r=new Path2D;const p=t==0?ds:jn;let d=l;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let S=y[0]-d;S>0&&p(r,d,i,S,i+o),d=y[1]}}let m=l+s-d,$=10;m>0&&p(r,d,i-$/2,m,i+o+$)}return r}function jd(e,t,l){let i=e[e.length-1];i&&i[0]==t?i[1]=l:e.push([t,l])}function Ln(e,t,l,i,s,o,r){let p=[],d=e.length;for(let m=s==1?l:i;m>=l&&m<=i;m+=s)if(t[m]===null){let g=m,y=m;if(s==1)for(;++m<=i&&t[m]===null;)y=m;else for(;--m>=l&&t[m]===null;)y=m;let S=o(e[g]),L=y==g?S:o(e[y]),C=g-s;S=r<=0&&C>=0&&C<d?o(e[C]):S;let F=y+s;L=r>=0&&F>=0&&F<d?o(e[F]):L,L>=S&&p.push([S,L])}return p}function da(e){return e==0?Da:e==1?Mt:t=>Tl(t,e)}function ir(e){let t=e==0?cs:us,l=e==0?(s,o,r,p,d,m)=>{s.arcTo(o,r,p,d,m)}:(s,o,r,p,d,m)=>{s.arcTo(r,o,d,p,m)},i=e==0?(s,o,r,p,d)=>{s.rect(o,r,p,d)}:(s,o,r,p,d)=>{s.rect(r,o,d,p)};return(s,o,r,p,d,m=0,$=0)=>{m==0&&$==0?i(s,o,r,p,d):(m=Pe(m,p/2,d/2),$=Pe($,p/2,d/2),t(s,o+m,r),l(s,o+p,r,o+p,r+d,m),l(s,o+p,r+d,o,r+d,$),l(s,o,r+d,o,r,$),l(s,o,r,o+p,r,m),s.closePath())}}const cs=(e,t,l)=>{e.moveTo(t,l)},us=(e,t,l)=>{e.moveTo(l,t)},ui=(e,t,l)=>{e.lineTo(t,l)},di=(e,t,l)=>{e.lineTo(l,t)},ds=ir(0),jn=ir(1),sr=(e,t,l,i,s,o)=>{e.arc(t,l,i,s,o)},nr=(e,t,l,i,s,o)=>{e.arc(l,t,i,s,o)},or=(e,t,l,i,s,o,r)=>{e.bezierCurveTo(t,l,i,s,o,r)},ar=(e,t,l,i,s,o,r)=>{e.bezierCurveTo(l,t,s,i,r,o)};function rr(e){return(t,l,i,s,o)=>Dl(t,l,(r,p,d,m,$,g,y,S,L,C,z)=>{let{pxRound:F,points:w}=r,E,k;m.ori==0?(E=cs,k=sr):(E=us,k=nr);const W=gt(w.width*ct,3);let P=(w.size-w.width)/2*ct,X=gt(P*2,3),Y=new Path2D,lt=new Path2D,{left:q,top:j,width:Q,height:R}=t.bbox;ds(lt,q-X,j-X,Q+X*2,R+X*2);const G=N=>{if(d[N]!=null){let st=F(g(p[N],m,C,S)),O=F(y(d[N],$,z,L));E(Y,st+P,O),k(Y,st,O,P,0,Zi*2)}};if(o)o.forEach(G);else for(let N=i;N<=s;N++)G(N);return{stroke:W>0?Y:null,fill:Y,clip:lt,flags:ai|sn}})}function cr(e){return(t,l,i,s,o,r)=>{i!=s&&(o!=i&&r!=i&&e(t,l,i),o!=s&&r!=s&&e(t,l,s),e(t,l,r))}}const Ed=cr(ui),Ad=cr(di);function ur(e){const t=at(e?.alignGaps,0);return(l,i,s,o)=>Dl(l,i,(r,p,d,m,$,g,y,S,L,C,z)=>{[s,o]=ss(d,s,o);let F=r.pxRound,w=R=>F(g(R,m,C,S)),E=R=>F(y(R,$,z,L)),k,W;m.ori==0?(k=ui,W=Ed):(k=di,W=Ad);const P=m.dir*(m.ori==0?1:-1),X={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ai},Y=X.stroke;let lt=!1;if(o-s>=C*4){let R=H=>l.posToVal(H,m.key,!0),G=null,N=null,st,O,ee,wt=w(p[P==1?s:o]),nt=w(p[s]),ft=w(p[o]),tt=R(P==1?nt+1:ft-1);for(let H=P==1?s:o;H>=s&&H<=o;H+=P){let At=p[H],xt=(P==1?At<tt:At>tt)?wt:w(At),ut=d[H];xt==wt?ut!=null?(O=ut,G==null?(k(Y,xt,E(O)),st=G=N=O):O<G?G=O:O>N&&(N=O)):ut===null&&(lt=!0):(G!=null&&W(Y,wt,E(G),E(N),E(st),E(O)),ut!=null?(O=ut,k(Y,xt,E(O)),G=N=st=O):(G=N=null,ut===null&&(lt=!0)),wt=xt,tt=R(wt+P))}G!=null&&G!=N&&ee!=wt&&W(Y,wt,E(G),E(N),E(st),E(O))}else for(let R=P==1?s:o;R>=s&&R<=o;R+=P){let G=d[R];G===null?lt=!0:G!=null&&k(Y,w(p[R]),E(G))}let[j,Q]=Tn(l,i);if(r.fill!=null||j!=0){let R=X.fill=new Path2D(Y),G=r.fillTo(l,i,r.min,r.max,j),N=E(G),st=w(p[s]),O=w(p[o]);P==-1&&([O,st]=[st,O]),k(R,O,N),k(R,st,N)}if(!r.spanGaps){let R=[];lt&&R.push(...Ln(p,d,s,o,P,w,t)),X.gaps=R=r.gaps(l,i,s,o,R),X.clip=rs(R,m.ori,S,L,C,z)}return Q!=0&&(X.band=Q==2?[Qe(l,i,s,o,Y,-1),Qe(l,i,s,o,Y,1)]:Qe(l,i,s,o,Y,Q)),X})}function Cd(e){const t=at(e.align,1),l=at(e.ascDesc,!1),i=at(e.alignGaps,0),s=at(e.extend,!1);return(o,r,p,d)=>Dl(o,r,(m,$,g,y,S,L,C,z,F,w,E)=>{[p,d]=ss(g,p,d);let k=m.pxRound,{left:W,width:P}=o.bbox,X=nt=>k(L(nt,y,w,z)),Y=nt=>k(C(nt,S,E,F)),lt=y.ori==0?ui:di;const q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ai},j=q.stroke,Q=y.dir*(y.ori==0?1:-1);let R=Y(g[Q==1?p:d]),G=X($[Q==1?p:d]),N=G,st=G;s&&t==-1&&(st=W,lt(j,st,R)),lt(j,G,R);for(let nt=Q==1?p:d;nt>=p&&nt<=d;nt+=Q){let ft=g[nt];if(ft==null)continue;let tt=X($[nt]),H=Y(ft);t==1?lt(j,tt,R):lt(j,N,H),lt(j,tt,H),R=H,N=tt}let O=N;s&&t==1&&(O=W+P,lt(j,O,R));let[ee,wt]=Tn(o,r);if(m.fill!=null||ee!=0){let nt=q.fill=new Path2D(j),ft=m.fillTo(o,r,m.min,m.max,ee),tt=Y(ft);lt(nt,O,tt),lt(nt,st,tt)}if(!m.spanGaps){let nt=[];nt.push(...Ln($,g,p,d,Q,X,i));let ft=m.width*ct/2,tt=l||t==1?ft:-ft,H=l||t==-1?-ft:ft;nt.forEach(At=>{At[0]+=tt,At[1]+=H}),q.gaps=nt=m.gaps(o,r,p,d,nt),q.clip=rs(nt,y.ori,z,F,w,E)}return wt!=0&&(q.band=wt==2?[Qe(o,r,p,d,j,-1),Qe(o,r,p,d,j,1)]:Qe(o,r,p,d,j,wt)),q})}function pa(e,t,l,i,s,o,r=mt){if(e.length>1){let p=null;for(let d=0,m=1/0;d<e.length;d++)if(t[d]!==void 0){if(p!=null){let $=Dt(e[d]-e[p]);$<m&&(m=$,r=Dt(l(e[d],i,s,o)-l(e[p],i,s,o)))}p=d}}return r}function Md(e){e=e||Ei;const t=at(e.size,[.6,mt,1]),l=e.align||0,i=e.gap||0;let s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;const o=it(s),r=1-t[0],p=at(t[1],mt),d=at(t[2],1),m=at(e.disp,Ei),$=at(e.each,S=>{}),{fill:g,stroke:y}=m;return(S,L,C,z)=>Dl(S,L,(F,w,E,k,W,P,X,Y,lt,q,j)=>{let Q=F.pxRound,R=l,G=i*ct,N=p*ct,st=d*ct,O,ee;k.ori==0?[O,ee]=o(S,L):[ee,O]=o(S,L);const wt=k.dir*(k.ori==0?1:-1);let nt=k.ori==0?ds:jn,ft=k.ori==0?$:(D,bt,Ct,Rl,bl,He,yl)=>{$(D,bt,Ct,bl,Rl,yl,He)},tt=at(S.bands,_n).find(D=>D.series[0]==L),H=tt!=null?tt.dir:0,At=F.fillTo(S,L,F.min,F.max,H),Jt=Q(X(At,W,j,lt)),xt,ut,Le,ne=q,St=Q(F.width*ct),Re=!1,qe=null,be=null,ll=null,Pl=null;g!=null&&(St==0||y!=null)&&(Re=!0,qe=g.values(S,L,C,z),be=new Map,new Set(qe).forEach(D=>{D!=null&&be.set(D,new Path2D)}),St>0&&(ll=y.values(S,L,C,z),Pl=new Map,new Set(ll).forEach(D=>{D!=null&&Pl.set(D,new Path2D)})));let{x0:zl,size:hi}=m;if(zl!=null&&hi!=null){R=1,w=zl.values(S,L,C,z),zl.unit==2&&(w=w.map(Ct=>S.posToVal(Y+Ct*q,k.key,!0)));let D=hi.values(S,L,C,z);hi.unit==2?ut=D[0]*q:ut=P(D[0],k,q,Y)-P(0,k,q,Y),ne=pa(w,E,P,k,q,Y,ne),Le=ne-ut+G}else ne=pa(w,E,P,k,q,Y,ne),Le=ne*r+G,ut=ne-Le;Le<1&&(Le=0),St>=ut/2&&(St=0),Le<5&&(Q=Da);let zi=Le>0,ml=ne-Le-(zi?St:0);ut=Q(tn(ml,st,N)),xt=(R==0?ut/2:R==wt?0:ut)-R*wt*((R==0?G/2:0)+(zi?St/2:0));const qt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Vl=Re?null:new Path2D;let Ye=null;if(tt!=null)Ye=S.data[tt.series[1]];else{let{y0:D,y1:bt}=m;D!=null&&bt!=null&&(E=bt.values(S,L,C,z),Ye=D.values(S,L,C,z))}let gl=O*ut,K=ee*ut;for(let D=wt==1?C:z;D>=C&&D<=z;D+=wt){let bt=E[D];if(bt==null)continue;if(Ye!=null){let le=Ye[D]??0;if(bt-le==0)continue;Jt=X(le,W,j,lt)}let Ct=k.distr!=2||m!=null?w[D]:D,Rl=P(Ct,k,q,Y),bl=X(at(bt,At),W,j,lt),He=Q(Rl-xt),yl=Q(Qt(bl,Jt)),oe=Q(Pe(bl,Jt)),ye=yl-oe;if(bt!=null){let le=bt<0?K:gl,je=bt<0?gl:K;Re?(St>0&&ll[D]!=null&&nt(Pl.get(ll[D]),He,oe+de(St/2),ut,Qt(0,ye-St),le,je),qe[D]!=null&&nt(be.get(qe[D]),He,oe+de(St/2),ut,Qt(0,ye-St),le,je)):nt(Vl,He,oe+de(St/2),ut,Qt(0,ye-St),le,je),ft(S,L,D,He-St/2,oe,ut+St,ye)}}return St>0?qt.stroke=Re?Pl:Vl:Re||(qt._fill=F.width==0?F._fill:F._stroke??F._fill,qt.width=0),qt.fill=Re?be:Vl,qt})}function Dd(e,t){const l=at(t?.alignGaps,0);return(i,s,o,r)=>Dl(i,s,(p,d,m,$,g,y,S,L,C,z,F)=>{[o,r]=ss(m,o,r);let w=p.pxRound,E=O=>w(y(O,$,z,L)),k=O=>w(S(O,g,F,C)),W,P,X;$.ori==0?(W=cs,X=ui,P=or):(W=us,X=di,P=ar);const Y=$.dir*($.ori==0?1:-1);let lt=E(d[Y==1?o:r]),q=lt,j=[],Q=[];for(let O=Y==1?o:r;O>=o&&O<=r;O+=Y)if(m[O]!=null){let wt=d[O],nt=E(wt);j.push(q=nt),Q.push(k(m[O]))}const R={stroke:e(j,Q,W,X,P,w),fill:null,clip:null,band:null,gaps:null,flags:ai},G=R.stroke;let[N,st]=Tn(i,s);if(p.fill!=null||N!=0){let O=R.fill=new Path2D(G),ee=p.fillTo(i,s,p.min,p.max,N),wt=k(ee);X(O,q,wt),X(O,lt,wt)}if(!p.spanGaps){let O=[];O.push(...Ln(d,m,o,r,Y,E,l)),R.gaps=O=p.gaps(i,s,o,r,O),R.clip=rs(O,$.ori,L,C,z,F)}return st!=0&&(R.band=st==2?[Qe(i,s,o,r,G,-1),Qe(i,s,o,r,G,1)]:Qe(i,s,o,r,G,st)),R})}function Pd(e){return Dd(zd,e)}function zd(e,t,l,i,s,o){const r=e.length;if(r<2)return null;const p=new Path2D;if(l(p,e[0],t[0]),r==2)i(p,e[1],t[1]);else{let d=Array(r),m=Array(r-1),$=Array(r-1),g=Array(r-1);for(let y=0;y<r-1;y++)$[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],m[y]=$[y]/g[y];d[0]=m[0];for(let y=1;y<r-1;y++)m[y]===0||m[y-1]===0||m[y-1]>0!=m[y]>0?d[y]=0:(d[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/m[y-1]+(g[y]+2*g[y-1])/m[y]),isFinite(d[y])||(d[y]=0));d[r-1]=m[r-2];for(let y=0;y<r-1;y++)s(p,e[y]+g[y]/3,t[y]+d[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-d[y+1]*g[y]/3,e[y+1],t[y+1])}return p}const nn=new Set;function fa(){for(let e of nn)e.syncRect(!0)}ci&&(El(mu,li,fa),El(gu,li,fa,!0),El(Xi,li,()=>{Bt.pxRatio=ct}));const Vd=ur(),Rd=rr();function ha(e,t,l,i){return(i?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,r)=>on(o,r,t,l))}function Hd(e,t){return e.map((l,i)=>i==0?{}:Et({},t,l))}function on(e,t,l,i){return Et({},t==0?l:i,e)}function dr(e,t,l){return t==null?ni:[t,l]}const Id=dr;function Od(e,t,l){return t==null?ni:ts(t,l,$n,!0)}function pr(e,t,l,i){return t==null?ni:ns(t,l,e.scales[i].log,!1)}const Fd=pr;function fr(e,t,l,i){return t==null?ni:yn(t,l,e.scales[i].log,!1)}const Nd=fr;function Bd(e,t,l,i,s){let o=Qt(Go(e),Go(t)),r=t-e,p=De(s/i*r,l);do{let d=l[p],m=i*d/r;if(m>=s&&o+(d<5?dl.get(d):0)<=17)return[d,m]}while(++p<l.length);return[0,0]}function ma(e){let t,l;return e=e.replace(/(\d+)px/,(i,s)=>(t=Mt((l=+s)*ct))+"px"),[e,t,l]}function Ud(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=gt(t[2]*ct,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function Bt(e,t,l){const i={mode:at(e.mode,1)},s=i.mode;function o(n,a,c,u){let h=a.valToPct(n);return u+c*(a.dir==-1?1-h:h)}function r(n,a,c,u){let h=a.valToPct(n);return u+c*(a.dir==-1?h:1-h)}function p(n,a,c,u){return a.ori==0?o(n,a,c,u):r(n,a,c,u)}i.valToPosH=o,i.valToPosV=r;let d=!1;i.status=0;const m=i.root=xe(Kc);if(e.id!=null&&(m.id=e.id),ue(m,e.class),e.title){let n=xe(tu,m);n.textContent=e.title}const $=Me("canvas"),g=i.ctx=$.getContext("2d"),y=xe(eu,m);El("click",y,n=>{n.target===L&&(yt!=ql||kt!=Yl)&&Nt.click(i,n)},!0);const S=i.under=xe(lu,y);y.appendChild($);const L=i.over=xe(iu,y);e=oi(e);const C=+at(e.pxAlign,1),z=da(C);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(i,e)||e)});const F=e.ms||.001,w=i.series=s==1?ha(e.series||[],sa,ca,!1):Hd(e.series||[null],ra),E=i.axes=ha(e.axes||[],ia,oa,!0),k=i.scales={},W=i.bands=e.bands||[];W.forEach(n=>{n.fill=it(n.fill||null),n.dir=at(n.dir,-1)});const P=s==2?w[1].facets[0].scale:w[0].scale,X={axes:Br,series:Hr},Y=(e.drawOrder||["axes","series"]).map(n=>X[n]);function lt(n){const a=n.distr==3?c=>Ke(c>0?c:n.clamp(i,c,n.min,n.max,n.key)):n.distr==4?c=>Os(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=a(c),{_min:h,_max:b}=n,_=b-h;return(u-h)/_}}function q(n){let a=k[n];if(a==null){let c=(e.scales||Ei)[n]||Ei;if(c.from!=null){q(c.from);let u=Et({},k[c.from],c,{key:n});u.valToPct=lt(u),k[n]=u}else{a=k[n]=Et({},n==P?er:Td,c),a.key=n;let u=a.time,h=a.range,b=rl(h);if((n!=P||s==2&&!u)&&(b&&(h[0]==null||h[1]==null)&&(h={min:h[0]==null?Bo:{mode:1,hard:h[0],soft:h[0]},max:h[1]==null?Bo:{mode:1,hard:h[1],soft:h[1]}},b=!1),!b&&as(h))){let _=h;h=(x,T,A)=>T==null?ni:ts(T,A,_)}a.range=it(h||(u?Id:n==P?a.distr==3?Fd:a.distr==4?Nd:dr:a.distr==3?pr:a.distr==4?fr:Od)),a.auto=it(b?!1:a.auto),a.clamp=it(a.clamp||Sd),a._min=a._max=null,a.valToPct=lt(a)}}}q("x"),q("y"),s==1&&w.forEach(n=>{q(n.scale)}),E.forEach(n=>{q(n.scale)});for(let n in e.scales)q(n);const j=k[P],Q=j.distr;let R,G;j.ori==0?(ue(m,Qc),R=o,G=r):(ue(m,Xc),R=r,G=o);const N={};for(let n in k){let a=k[n];(a.min!=null||a.max!=null)&&(N[n]={min:a.min,max:a.max},a.min=a.max=null)}const st=e.tzDate||(n=>new Date(Mt(n/F))),O=e.fmtDate||wn,ee=F==1?Qu(st):ed(st),wt=ta(st,Xo(F==1?Ku:td,O)),nt=la(st,ea(id,O)),ft=[],tt=i.legend=Et({},od,e.legend),H=i.cursor=Et({},pd,{drag:{y:s==2}},e.cursor),At=tt.show,Jt=H.show,xt=tt.markers;tt.idxs=ft,xt.width=it(xt.width),xt.dash=it(xt.dash),xt.stroke=it(xt.stroke),xt.fill=it(xt.fill);let ut,Le,ne,St=[],Re=[],qe,be=!1,ll={};if(tt.live){const n=w[1]?w[1].values:null;be=n!=null,qe=be?n(i,1,0):{_:0};for(let a in qe)ll[a]=gn}if(At)if(ut=Me("table",cu,m),ne=Me("tbody",null,ut),tt.mount(i,ut),be){Le=Me("thead",null,ut,ne);let n=Me("tr",null,Le);Me("th",null,n);for(var Pl in qe)Me("th",Ao,n).textContent=Pl}else ue(ut,du),tt.live&&ue(ut,uu);const zl={show:!0},hi={show:!1};function zi(n,a){if(a==0&&(be||!tt.live||s==2))return ni;let c=[],u=Me("tr",pu,ne,ne.childNodes[a]);ue(u,n.class),n.show||ue(u,jl);let h=Me("th",null,u);if(xt.show){let x=xe(fu,h);if(a>0){let T=xt.width(i,a);T&&(x.style.border=T+"px "+xt.dash(i,a)+" "+xt.stroke(i,a)),x.style.background=xt.fill(i,a)}}let b=xe(Ao,h);n.label instanceof HTMLElement?b.appendChild(n.label):b.textContent=n.label,a>0&&(xt.show||(b.style.color=n.width>0?xt.stroke(i,a):xt.fill(i,a)),qt("click",h,x=>{if(H._lock)return;vl(x);let T=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=tt.isolate){let A=w.some((M,V)=>V>0&&V!=T&&M.show);w.forEach((M,V)=>{V>0&&Oe(V,A?V==T?zl:hi:zl,!0,jt.setSeries)})}else Oe(T,{show:!n.show},!0,jt.setSeries)},!1),Il&&qt(Po,h,x=>{H._lock||(vl(x),Oe(w.indexOf(n),Kl,!0,jt.setSeries))},!1));for(var _ in qe){let x=Me("td",hu,u);x.textContent="--",c.push(x)}return[u,c]}const ml=new Map;function qt(n,a,c,u=!0){const h=ml.get(a)||{},b=H.bind[n](i,a,c,u);b&&(El(n,a,h[n]=b),ml.set(a,h))}function Vl(n,a,c){const u=ml.get(a)||{};for(let h in u)(n==null||h==n)&&(Xs(h,a,u[h]),delete u[h]);n==null&&ml.delete(a)}let Ye=0,gl=0,K=0,D=0,bt=0,Ct=0,Rl=bt,bl=Ct,He=K,yl=D,oe=0,ye=0,le=0,je=0;i.bbox={};let fs=!1,Vi=!1,Hl=!1,$l=!1,Ri=!1,$e=!1;function hs(n,a,c){(c||n!=i.width||a!=i.height)&&Un(n,a),Ul(!1),Hl=!0,Vi=!0,Wl()}function Un(n,a){i.width=Ye=K=n,i.height=gl=D=a,bt=Ct=0,Cr(),Mr();let c=i.bbox;oe=c.left=Tl(bt*ct,.5),ye=c.top=Tl(Ct*ct,.5),le=c.width=Tl(K*ct,.5),je=c.height=Tl(D*ct,.5)}const jr=3;function Er(){let n=!1,a=0;for(;!n;){a++;let c=Fr(a),u=Nr(a);n=a==jr||c&&u,n||(Un(i.width,i.height),Vi=!0)}}function Ar({width:n,height:a}){hs(n,a)}i.setSize=Ar;function Cr(){let n=!1,a=!1,c=!1,u=!1;E.forEach((h,b)=>{if(h.show&&h._show){let{side:_,_size:x}=h,T=_%2,A=h.label!=null?h.labelSize:0,M=x+A;M>0&&(T?(K-=M,_==3?(bt+=M,u=!0):c=!0):(D-=M,_==0?(Ct+=M,n=!0):a=!0))}}),_l[0]=n,_l[1]=c,_l[2]=a,_l[3]=u,K-=il[1]+il[3],bt+=il[3],D-=il[2]+il[0],Ct+=il[0]}function Mr(){let n=bt+K,a=Ct+D,c=bt,u=Ct;function h(b,_){switch(b){case 1:return n+=_,n-_;case 2:return a+=_,a-_;case 3:return c-=_,c+_;case 0:return u-=_,u+_}}E.forEach((b,_)=>{if(b.show&&b._show){let x=b.side;b._pos=h(x,b._size),b.label!=null&&(b._lpos=h(x,b.labelSize))}})}if(H.dataIdx==null){let n=H.hover,a=n.skip=new Set(n.skip??[]);a.add(void 0);let c=n.prox=it(n.prox),u=n.bias??=0;H.dataIdx=(h,b,_,x)=>{if(b==0)return _;let T=_,A=c(h,b,_,x)??mt,M=A>=0&&A<mt,V=j.ori==0?K:D,J=H.left,rt=t[0],ot=t[b];if(a.has(ot[_])){T=null;let et=null,U=null,I;if(u==0||u==-1)for(I=_;et==null&&I-- >0;)a.has(ot[I])||(et=I);if(u==0||u==1)for(I=_;U==null&&I++<ot.length;)a.has(ot[I])||(U=I);if(et!=null||U!=null)if(M){let vt=et==null?-1/0:R(rt[et],j,V,0),Tt=U==null?1/0:R(rt[U],j,V,0),Ot=J-vt,ht=Tt-J;Ot<=ht?Ot<=A&&(T=et):ht<=A&&(T=U)}else T=U==null?et:et==null?U:_-et<=U-_?et:U}else M&&Dt(J-R(rt[_],j,V,0))>A&&(T=null);return T}}const vl=n=>{H.event=n};H.idxs=ft,H._lock=!1;let Ut=H.points;Ut.show=it(Ut.show),Ut.size=it(Ut.size),Ut.stroke=it(Ut.stroke),Ut.width=it(Ut.width),Ut.fill=it(Ut.fill);const Ie=i.focus=Et({},e.focus||{alpha:.3},H.focus),Il=Ie.prox>=0,Ol=Il&&Ut.one;let ve=[],Fl=[],Nl=[];function Wn(n,a){let c=Ut.show(i,a);if(c instanceof HTMLElement)return ue(c,ru),ue(c,n.class),Ue(c,-10,-10,K,D),L.insertBefore(c,ve[a]),c}function Gn(n,a){if(s==1||a>0){let c=s==1&&k[n.scale].time,u=n.value;n.value=c?Yo(u)?la(st,ea(u,O)):u||nt:u||wd,n.label=n.label||(c?hd:fd)}if(Ol||a>0){n.width=n.width==null?1:n.width,n.paths=n.paths||Vd||Tu,n.fillTo=it(n.fillTo||Ld),n.pxAlign=+at(n.pxAlign,C),n.pxRound=da(n.pxAlign),n.stroke=it(n.stroke||null),n.fill=it(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=xd(Qt(1,n.width),1),u=n.points=Et({},{size:c,width:Qt(1,c*.2),stroke:n.stroke,space:c*2,paths:Rd,_stroke:null,_fill:null},n.points);u.show=it(u.show),u.filter=it(u.filter),u.fill=it(u.fill),u.stroke=it(u.stroke),u.paths=it(u.paths),u.pxAlign=n.pxAlign}if(At){let c=zi(n,a);St.splice(a,0,c[0]),Re.splice(a,0,c[1]),tt.values.push(null)}if(Jt){ft.splice(a,0,null);let c=null;Ol?a==0&&(c=Wn(n,a)):a>0&&(c=Wn(n,a)),ve.splice(a,0,c),Fl.splice(a,0,0),Nl.splice(a,0,0)}It("addSeries",a)}function Dr(n,a){a=a??w.length,n=s==1?on(n,a,sa,ca):on(n,a,{},ra),w.splice(a,0,n),Gn(w[a],a)}i.addSeries=Dr;function Pr(n){if(w.splice(n,1),At){tt.values.splice(n,1),Re.splice(n,1);let a=St.splice(n,1)[0];Vl(null,a.firstChild),a.remove()}Jt&&(ft.splice(n,1),ve.splice(n,1)[0].remove(),Fl.splice(n,1),Nl.splice(n,1)),It("delSeries",n)}i.delSeries=Pr;const _l=[!1,!1,!1,!1];function zr(n,a){if(n._show=n.show,n.show){let c=n.side%2,u=k[n.scale];u==null&&(n.scale=c?w[1].scale:P,u=k[n.scale]);let h=u.time;n.size=it(n.size),n.space=it(n.space),n.rotate=it(n.rotate),rl(n.incrs)&&n.incrs.forEach(_=>{!dl.has(_)&&dl.set(_,Va(_))}),n.incrs=it(n.incrs||(u.distr==2?qu:h?F==1?Zu:Xu:Ll)),n.splits=it(n.splits||(h&&u.distr==1?ee:u.distr==3?en:u.distr==4?bd:gd)),n.stroke=it(n.stroke),n.grid.stroke=it(n.grid.stroke),n.ticks.stroke=it(n.ticks.stroke),n.border.stroke=it(n.border.stroke);let b=n.values;n.values=rl(b)&&!rl(b[0])?it(b):h?rl(b)?ta(st,Xo(b,O)):Yo(b)?ld(st,b):b||wt:b||md,n.filter=it(n.filter||(u.distr>=3&&u.log==10?vd:u.distr==3&&u.log==2?_d:Pa)),n.font=ma(n.font),n.labelFont=ma(n.labelFont),n._size=n.size(i,null,a,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(_l[a]=!0,n._el=xe(su,y))}}function mi(n,a,c,u){let[h,b,_,x]=c,T=a%2,A=0;return T==0&&(x||b)&&(A=a==0&&!h||a==2&&!_?Mt(ia.size/3):0),T==1&&(h||_)&&(A=a==1&&!b||a==3&&!x?Mt(oa.size/2):0),A}const Jn=i.padding=(e.padding||[mi,mi,mi,mi]).map(n=>it(at(n,mi))),il=i._padding=Jn.map((n,a)=>n(i,a,_l,0));let Ft,zt=null,Vt=null;const Hi=s==1?w[0].idxs:null;let Ee=null,gi=!1;function qn(n,a){if(t=n??[],i.data=i._data=t,s==2){Ft=0;for(let c=1;c<w.length;c++)Ft+=t[c][0].length}else{t.length==0&&(i.data=i._data=t=[[]]),Ee=t[0],Ft=Ee.length;let c=t;if(Q==2){c=t.slice();let u=c[0]=Array(Ft);for(let h=0;h<Ft;h++)u[h]=h}i._data=t=c}if(Ul(!0),It("setData"),Q==2&&(Hl=!0),a!==!1){let c=j;c.auto(i,gi)?ms():nl(P,c.min,c.max),$l=$l||H.left>=0,$e=!0,Wl()}}i.setData=qn;function ms(){gi=!0;let n,a;s==1&&(Ft>0?(zt=Hi[0]=0,Vt=Hi[1]=Ft-1,n=t[0][zt],a=t[0][Vt],Q==2?(n=zt,a=Vt):n==a&&(Q==3?[n,a]=ns(n,n,j.log,!1):Q==4?[n,a]=yn(n,n,j.log,!1):j.time?a=n+Mt(86400/F):[n,a]=ts(n,a,$n,!0))):(zt=Hi[0]=n=null,Vt=Hi[1]=a=null)),nl(P,n,a)}let Ii,Bl,gs,bs,ys,$s,vs,_s,ws,ie;function Yn(n,a,c,u,h,b){n??=Mo,c??=_n,u??="butt",h??=Mo,b??="round",n!=Ii&&(g.strokeStyle=Ii=n),h!=Bl&&(g.fillStyle=Bl=h),a!=gs&&(g.lineWidth=gs=a),b!=ys&&(g.lineJoin=ys=b),u!=$s&&(g.lineCap=$s=u),c!=bs&&g.setLineDash(bs=c)}function Zn(n,a,c,u){a!=Bl&&(g.fillStyle=Bl=a),n!=vs&&(g.font=vs=n),c!=_s&&(g.textAlign=_s=c),u!=ws&&(g.textBaseline=ws=u)}function xs(n,a,c,u,h=0){if(u.length>0&&n.auto(i,gi)&&(a==null||a.min==null)){let b=at(zt,0),_=at(Vt,u.length-1),x=c.min==null?vu(u,b,_,h,n.distr==3):[c.min,c.max];n.min=Pe(n.min,c.min=x[0]),n.max=Qt(n.max,c.max=x[1])}}const Kn={min:null,max:null};function Vr(){for(let u in k){let h=k[u];N[u]==null&&(h.min==null||N[P]!=null&&h.auto(i,gi))&&(N[u]=Kn)}for(let u in k){let h=k[u];N[u]==null&&h.from!=null&&N[h.from]!=null&&(N[u]=Kn)}N[P]!=null&&Ul(!0);let n={};for(let u in N){let h=N[u];if(h!=null){let b=n[u]=oi(k[u],Eu);if(h.min!=null)Et(b,h);else if(u!=P||s==2)if(Ft==0&&b.from==null){let _=b.range(i,null,null,u);b.min=_[0],b.max=_[1]}else b.min=mt,b.max=-mt}}if(Ft>0){w.forEach((u,h)=>{if(s==1){let b=u.scale,_=N[b];if(_==null)return;let x=n[b];if(h==0){let T=x.range(i,x.min,x.max,b);x.min=T[0],x.max=T[1],zt=De(x.min,t[0]),Vt=De(x.max,t[0]),Vt-zt>1&&(t[0][zt]<x.min&&zt++,t[0][Vt]>x.max&&Vt--),u.min=Ee[zt],u.max=Ee[Vt]}else u.show&&u.auto&&xs(x,_,u,t[h],u.sorted);u.idxs[0]=zt,u.idxs[1]=Vt}else if(h>0&&u.show&&u.auto){let[b,_]=u.facets,x=b.scale,T=_.scale,[A,M]=t[h],V=n[x],J=n[T];V!=null&&xs(V,N[x],b,A,b.sorted),J!=null&&xs(J,N[T],_,M,_.sorted),u.min=_.min,u.max=_.max}});for(let u in n){let h=n[u],b=N[u];if(h.from==null&&(b==null||b.min==null)){let _=h.range(i,h.min==mt?null:h.min,h.max==-mt?null:h.max,u);h.min=_[0],h.max=_[1]}}}for(let u in n){let h=n[u];if(h.from!=null){let b=n[h.from];if(b.min==null)h.min=h.max=null;else{let _=h.range(i,b.min,b.max,u);h.min=_[0],h.max=_[1]}}}let a={},c=!1;for(let u in n){let h=n[u],b=k[u];if(b.min!=h.min||b.max!=h.max){b.min=h.min,b.max=h.max;let _=b.distr;b._min=_==3?Ke(b.min):_==4?Os(b.min,b.asinh):_==100?b.fwd(b.min):b.min,b._max=_==3?Ke(b.max):_==4?Os(b.max,b.asinh):_==100?b.fwd(b.max):b.max,a[u]=c=!0}}if(c){w.forEach((u,h)=>{s==2?h>0&&a.y&&(u._paths=null):a[u.scale]&&(u._paths=null)});for(let u in a)Hl=!0,It("setScale",u);Jt&&H.left>=0&&($l=$e=!0)}for(let u in N)N[u]=null}function Rr(n){let a=tn(zt-1,0,Ft-1),c=tn(Vt+1,0,Ft-1);for(;n[a]==null&&a>0;)a--;for(;n[c]==null&&c<Ft-1;)c++;return[a,c]}function Hr(){if(Ft>0){let n=w.some(a=>a._focus)&&ie!=Ie.alpha;n&&(g.globalAlpha=ie=Ie.alpha),w.forEach((a,c)=>{if(c>0&&a.show&&(Qn(c,!1),Qn(c,!0),a._paths==null)){let u=ie;ie!=a.alpha&&(g.globalAlpha=ie=a.alpha);let h=s==2?[0,t[c][0].length-1]:Rr(t[c]);a._paths=a.paths(i,c,h[0],h[1]),ie!=u&&(g.globalAlpha=ie=u)}}),w.forEach((a,c)=>{if(c>0&&a.show){let u=ie;ie!=a.alpha&&(g.globalAlpha=ie=a.alpha),a._paths!=null&&Xn(c,!1);{let h=a._paths!=null?a._paths.gaps:null,b=a.points.show(i,c,zt,Vt,h),_=a.points.filter(i,c,b,h);(b||_)&&(a.points._paths=a.points.paths(i,c,zt,Vt,_),Xn(c,!0))}ie!=u&&(g.globalAlpha=ie=u),It("drawSeries",c)}}),n&&(g.globalAlpha=ie=1)}}function Qn(n,a){let c=a?w[n].points:w[n];c._stroke=c.stroke(i,n),c._fill=c.fill(i,n)}function Xn(n,a){let c=a?w[n].points:w[n],{stroke:u,fill:h,clip:b,flags:_,_stroke:x=c._stroke,_fill:T=c._fill,_width:A=c.width}=c._paths;A=gt(A*ct,3);let M=null,V=A%2/2;a&&T==null&&(T=A>0?"#fff":x);let J=c.pxAlign==1&&V>0;if(J&&g.translate(V,V),!a){let rt=oe-A/2,ot=ye-A/2,et=le+A,U=je+A;M=new Path2D,M.rect(rt,ot,et,U)}a?ks(x,A,c.dash,c.cap,T,u,h,_,b):Ir(n,x,A,c.dash,c.cap,T,u,h,_,M,b),J&&g.translate(-V,-V)}function Ir(n,a,c,u,h,b,_,x,T,A,M){let V=!1;T!=0&&W.forEach((J,rt)=>{if(J.series[0]==n){let ot=w[J.series[1]],et=t[J.series[1]],U=(ot._paths||Ei).band;rl(U)&&(U=J.dir==1?U[0]:U[1]);let I,vt=null;ot.show&&U&&wu(et,zt,Vt)?(vt=J.fill(i,rt)||b,I=ot._paths.clip):U=null,ks(a,c,u,h,vt,_,x,T,A,M,I,U),V=!0}}),V||ks(a,c,u,h,b,_,x,T,A,M)}const to=ai|sn;function ks(n,a,c,u,h,b,_,x,T,A,M,V){Yn(n,a,c,u,h),(T||A||V)&&(g.save(),T&&g.clip(T),A&&g.clip(A)),V?(x&to)==to?(g.clip(V),M&&g.clip(M),Fi(h,_),Oi(n,b,a)):x&sn?(Fi(h,_),g.clip(V),Oi(n,b,a)):x&ai&&(g.save(),g.clip(V),M&&g.clip(M),Fi(h,_),g.restore(),Oi(n,b,a)):(Fi(h,_),Oi(n,b,a)),(T||A||V)&&g.restore()}function Oi(n,a,c){c>0&&(a instanceof Map?a.forEach((u,h)=>{g.strokeStyle=Ii=h,g.stroke(u)}):a!=null&&n&&g.stroke(a))}function Fi(n,a){a instanceof Map?a.forEach((c,u)=>{g.fillStyle=Bl=u,g.fill(c)}):a!=null&&n&&g.fill(a)}function Or(n,a,c,u){let h=E[n],b;if(u<=0)b=[0,0];else{let _=h._space=h.space(i,n,a,c,u),x=h._incrs=h.incrs(i,n,a,c,u,_);b=Bd(a,c,x,u,_)}return h._found=b}function Ss(n,a,c,u,h,b,_,x,T,A){let M=_%2/2;C==1&&g.translate(M,M),Yn(x,_,T,A,x),g.beginPath();let V,J,rt,ot,et=h+(u==0||u==3?-b:b);c==0?(J=h,ot=et):(V=h,rt=et);for(let U=0;U<n.length;U++)a[U]!=null&&(c==0?V=rt=n[U]:J=ot=n[U],g.moveTo(V,J),g.lineTo(rt,ot));g.stroke(),C==1&&g.translate(-M,-M)}function Fr(n){let a=!0;return E.forEach((c,u)=>{if(!c.show)return;let h=k[c.scale];if(h.min==null){c._show&&(a=!1,c._show=!1,Ul(!1));return}else c._show||(a=!1,c._show=!0,Ul(!1));let b=c.side,_=b%2,{min:x,max:T}=h,[A,M]=Or(u,x,T,_==0?K:D);if(M==0)return;let V=h.distr==2,J=c._splits=c.splits(i,u,x,T,A,M,V),rt=h.distr==2?J.map(I=>Ee[I]):J,ot=h.distr==2?Ee[J[1]]-Ee[J[0]]:A,et=c._values=c.values(i,c.filter(i,rt,u,M,ot),u,M,ot);c._rotate=b==2?c.rotate(i,et,u,M):0;let U=c._size;c._size=ke(c.size(i,et,u,n)),U!=null&&c._size!=U&&(a=!1)}),a}function Nr(n){let a=!0;return Jn.forEach((c,u)=>{let h=c(i,u,_l,n);h!=il[u]&&(a=!1),il[u]=h}),a}function Br(){for(let n=0;n<E.length;n++){let a=E[n];if(!a.show||!a._show)continue;let c=a.side,u=c%2,h,b,_=a.stroke(i,n),x=c==0||c==3?-1:1,[T,A]=a._found;if(a.label!=null){let Zt=a.labelGap*x,ce=Mt((a._lpos+Zt)*ct);Zn(a.labelFont[0],_,"center",c==2?xi:Co),g.save(),u==1?(h=b=0,g.translate(ce,Mt(ye+je/2)),g.rotate((c==3?-Zi:Zi)/2)):(h=Mt(oe+le/2),b=ce);let kl=Ma(a.label)?a.label(i,n,T,A):a.label;g.fillText(kl,h,b),g.restore()}if(A==0)continue;let M=k[a.scale],V=u==0?le:je,J=u==0?oe:ye,rt=a._splits,ot=M.distr==2?rt.map(Zt=>Ee[Zt]):rt,et=M.distr==2?Ee[rt[1]]-Ee[rt[0]]:T,U=a.ticks,I=a.border,vt=U.show?U.size:0,Tt=Mt(vt*ct),Ot=Mt((a.alignTo==2?a._size-vt-a.gap:a.gap)*ct),ht=a._rotate*-Zi/180,Lt=z(a._pos*ct),ae=(Tt+Ot)*x,Yt=Lt+ae;b=u==0?Yt:0,h=u==1?Yt:0;let _e=a.font[0],Ae=a.align==1?Xl:a.align==2?Rs:ht>0?Xl:ht<0?Rs:u==0?"center":c==3?Rs:Xl,Ne=ht||u==1?"middle":c==2?xi:Co;Zn(_e,_,Ae,Ne);let re=a.font[1]*a.lineGap,we=rt.map(Zt=>z(p(Zt,M,V,J))),Ce=a._values;for(let Zt=0;Zt<Ce.length;Zt++){let ce=Ce[Zt];if(ce!=null){u==0?h=we[Zt]:b=we[Zt],ce=""+ce;let kl=ce.indexOf(`
`)==-1?[ce]:ce.split(/\n/gm);for(let Kt=0;Kt<kl.length;Kt++){let vo=kl[Kt];ht?(g.save(),g.translate(h,b+Kt*re),g.rotate(ht),g.fillText(vo,0,0),g.restore()):g.fillText(vo,h,b+Kt*re)}}}U.show&&Ss(we,U.filter(i,ot,n,A,et),u,c,Lt,Tt,gt(U.width*ct,3),U.stroke(i,n),U.dash,U.cap);let Be=a.grid;Be.show&&Ss(we,Be.filter(i,ot,n,A,et),u,u==0?2:1,u==0?ye:oe,u==0?je:le,gt(Be.width*ct,3),Be.stroke(i,n),Be.dash,Be.cap),I.show&&Ss([Lt],[1],u==0?1:0,u==0?1:2,u==1?ye:oe,u==1?je:le,gt(I.width*ct,3),I.stroke(i,n),I.dash,I.cap)}It("drawAxes")}function Ul(n){w.forEach((a,c)=>{c>0&&(a._paths=null,n&&(s==1?(a.min=null,a.max=null):a.facets.forEach(u=>{u.min=null,u.max=null})))})}let Ni=!1,Ts=!1,bi=[];function Ur(){Ts=!1;for(let n=0;n<bi.length;n++)It(...bi[n]);bi.length=0}function Wl(){Ni||(Vu(eo),Ni=!0)}function Wr(n,a=!1){Ni=!0,Ts=a,n(i),eo(),a&&bi.length>0&&queueMicrotask(Ur)}i.batch=Wr;function eo(){if(fs&&(Vr(),fs=!1),Hl&&(Er(),Hl=!1),Vi){if(_t(S,Xl,bt),_t(S,xi,Ct),_t(S,Si,K),_t(S,Ti,D),_t(L,Xl,bt),_t(L,xi,Ct),_t(L,Si,K),_t(L,Ti,D),_t(y,Si,Ye),_t(y,Ti,gl),$.width=Mt(Ye*ct),$.height=Mt(gl*ct),E.forEach(({_el:n,_show:a,_size:c,_pos:u,side:h})=>{if(n!=null)if(a){let b=h===3||h===0?c:0,_=h%2==1;_t(n,_?"left":"top",u-b),_t(n,_?"width":"height",c),_t(n,_?"top":"left",_?Ct:bt),_t(n,_?"height":"width",_?D:K),Qs(n,jl)}else ue(n,jl)}),Ii=Bl=gs=ys=$s=vs=_s=ws=bs=null,ie=1,vi(!0),bt!=Rl||Ct!=bl||K!=He||D!=yl){Ul(!1);let n=K/He,a=D/yl;if(Jt&&!$l&&H.left>=0){H.left*=n,H.top*=a,Gl&&Ue(Gl,Mt(H.left),0,K,D),Jl&&Ue(Jl,0,Mt(H.top),K,D);for(let c=0;c<ve.length;c++){let u=ve[c];u!=null&&(Fl[c]*=n,Nl[c]*=a,Ue(u,ke(Fl[c]),ke(Nl[c]),K,D))}}if($t.show&&!Ri&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=a,$t.height*=a;for(let c in Ms)_t(Zl,c,$t[c])}Rl=bt,bl=Ct,He=K,yl=D}It("setSize"),Vi=!1}Ye>0&&gl>0&&(g.clearRect(0,0,$.width,$.height),It("drawClear"),Y.forEach(n=>n()),It("draw")),$t.show&&Ri&&(Bi($t),Ri=!1),Jt&&$l&&(xl(null,!0,!1),$l=!1),tt.show&&tt.live&&$e&&(As(),$e=!1),d||(d=!0,i.status=1,It("ready")),gi=!1,Ni=!1}i.redraw=(n,a)=>{Hl=a||!1,n!==!1?nl(P,j.min,j.max):Wl()};function Ls(n,a){let c=k[n];if(c.from==null){if(Ft==0){let u=c.range(i,a.min,a.max,n);a.min=u[0],a.max=u[1]}if(a.min>a.max){let u=a.min;a.min=a.max,a.max=u}if(Ft>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;n==P&&c.distr==2&&Ft>0&&(a.min=De(a.min,t[0]),a.max=De(a.max,t[0]),a.min==a.max&&a.max++),N[n]=a,fs=!0,Wl()}}i.setScale=Ls;let js,Es,Gl,Jl,lo,io,ql,Yl,so,no,yt,kt,sl=!1;const Nt=H.drag;let Rt=Nt.x,Ht=Nt.y;Jt&&(H.x&&(js=xe(ou,L)),H.y&&(Es=xe(au,L)),j.ori==0?(Gl=js,Jl=Es):(Gl=Es,Jl=js),yt=H.left,kt=H.top);const $t=i.select=Et({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Zl=$t.show?xe(nu,$t.over?L:S):null;function Bi(n,a){if($t.show){for(let c in n)$t[c]=n[c],c in Ms&&_t(Zl,c,n[c]);a!==!1&&It("setSelect")}}i.setSelect=Bi;function Gr(n){if(w[n].show)At&&Qs(St[n],jl);else if(At&&ue(St[n],jl),Jt){let c=Ol?ve[0]:ve[n];c!=null&&Ue(c,-10,-10,K,D)}}function nl(n,a,c){Ls(n,{min:a,max:c})}function Oe(n,a,c,u){a.focus!=null&&Kr(n),a.show!=null&&w.forEach((h,b)=>{b>0&&(n==b||n==null)&&(h.show=a.show,Gr(b),s==2?(nl(h.facets[0].scale,null,null),nl(h.facets[1].scale,null,null)):nl(h.scale,null,null),Wl())}),c!==!1&&It("setSeries",n,a),u&&_i("setSeries",i,n,a)}i.setSeries=Oe;function Jr(n,a){Et(W[n],a)}function qr(n,a){n.fill=it(n.fill||null),n.dir=at(n.dir,-1),a=a??W.length,W.splice(a,0,n)}function Yr(n){n==null?W.length=0:W.splice(n,1)}i.addBand=qr,i.setBand=Jr,i.delBand=Yr;function Zr(n,a){w[n].alpha=a,Jt&&ve[n]!=null&&(ve[n].style.opacity=a),At&&St[n]&&(St[n].style.opacity=a)}let Ze,ol,wl;const Kl={focus:!0};function Kr(n){if(n!=wl){let a=n==null,c=Ie.alpha!=1;w.forEach((u,h)=>{if(s==1||h>0){let b=a||h==0||h==n;u._focus=a?null:b,c&&Zr(h,b?1:Ie.alpha)}}),wl=n,c&&Wl()}}At&&Il&&qt(zo,ut,n=>{H._lock||(vl(n),wl!=null&&Oe(null,Kl,!0,jt.setSeries))});function Fe(n,a,c){let u=k[a];c&&(n=n/ct-(u.ori==1?Ct:bt));let h=K;u.ori==1&&(h=D,n=h-n),u.dir==-1&&(n=h-n);let b=u._min,_=u._max,x=n/h,T=b+(_-b)*x,A=u.distr;return A==3?si(10,T):A==4?ku(T,u.asinh):A==100?u.bwd(T):T}function Qr(n,a){let c=Fe(n,P,a);return De(c,t[0],zt,Vt)}i.valToIdx=n=>De(n,t[0]),i.posToIdx=Qr,i.posToVal=Fe,i.valToPos=(n,a,c)=>k[a].ori==0?o(n,k[a],c?le:K,c?oe:0):r(n,k[a],c?je:D,c?ye:0),i.setCursor=(n,a,c)=>{yt=n.left,kt=n.top,xl(null,a,c)};function oo(n,a){_t(Zl,Xl,$t.left=n),_t(Zl,Si,$t.width=a)}function ao(n,a){_t(Zl,xi,$t.top=n),_t(Zl,Ti,$t.height=a)}let yi=j.ori==0?oo:ao,$i=j.ori==1?oo:ao;function Xr(){if(At&&tt.live)for(let n=s==2?1:0;n<w.length;n++){if(n==0&&be)continue;let a=tt.values[n],c=0;for(let u in a)Re[n][c++].firstChild.nodeValue=a[u]}}function As(n,a){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ft[u]=c}):ju(n.idx)||ft.fill(n.idx),tt.idx=ft[0]),At&&tt.live){for(let c=0;c<w.length;c++)(c>0||s==1&&!be)&&tc(c,ft[c]);Xr()}$e=!1,a!==!1&&It("setLegend")}i.setLegend=As;function tc(n,a){let c=w[n],u=n==0&&Q==2?Ee:t[n],h;be?h=c.values(i,n,a)??ll:(h=c.value(i,a==null?null:u[a],n,a),h=h==null?ll:{_:h}),tt.values[n]=h}function xl(n,a,c){so=yt,no=kt,[yt,kt]=H.move(i,yt,kt),H.left=yt,H.top=kt,Jt&&(Gl&&Ue(Gl,Mt(yt),0,K,D),Jl&&Ue(Jl,0,Mt(kt),K,D));let u,h=zt>Vt;Ze=mt,ol=null;let b=j.ori==0?K:D,_=j.ori==1?K:D;if(yt<0||Ft==0||h){u=H.idx=null;for(let x=0;x<w.length;x++){let T=ve[x];T!=null&&Ue(T,-10,-10,K,D)}Il&&Oe(null,Kl,!0,n==null&&jt.setSeries),tt.live&&(ft.fill(u),$e=!0)}else{let x,T,A;s==1&&(x=j.ori==0?yt:kt,T=Fe(x,P),u=H.idx=De(T,t[0],zt,Vt),A=R(t[0][u],j,b,0));let M=-10,V=-10,J=0,rt=0,ot=!0,et="",U="";for(let I=s==2?1:0;I<w.length;I++){let vt=w[I],Tt=ft[I],Ot=Tt==null?null:s==1?t[I][Tt]:t[I][1][Tt],ht=H.dataIdx(i,I,u,T),Lt=ht==null?null:s==1?t[I][ht]:t[I][1][ht];if($e=$e||Lt!=Ot||ht!=Tt,ft[I]=ht,I>0&&vt.show){let ae=ht==null?-10:ht==u?A:R(s==1?t[0][ht]:t[I][0][ht],j,b,0),Yt=Lt==null?-10:G(Lt,s==1?k[vt.scale]:k[vt.facets[1].scale],_,0);if(Il&&Lt!=null){let _e=j.ori==1?yt:kt,Ae=Dt(Ie.dist(i,I,ht,Yt,_e));if(Ae<Ze){let Ne=Ie.bias;if(Ne!=0){let re=Fe(_e,vt.scale),we=Lt>=0?1:-1,Ce=re>=0?1:-1;Ce==we&&(Ce==1?Ne==1?Lt>=re:Lt<=re:Ne==1?Lt<=re:Lt>=re)&&(Ze=Ae,ol=I)}else Ze=Ae,ol=I}}if($e||Ol){let _e,Ae;j.ori==0?(_e=ae,Ae=Yt):(_e=Yt,Ae=ae);let Ne,re,we,Ce,Be,Zt,ce=!0,kl=Ut.bbox;if(kl!=null){ce=!1;let Kt=kl(i,I);we=Kt.left,Ce=Kt.top,Ne=Kt.width,re=Kt.height}else we=_e,Ce=Ae,Ne=re=Ut.size(i,I);if(Zt=Ut.fill(i,I),Be=Ut.stroke(i,I),Ol)I==ol&&Ze<=Ie.prox&&(M=we,V=Ce,J=Ne,rt=re,ot=ce,et=Zt,U=Be);else{let Kt=ve[I];Kt!=null&&(Fl[I]=we,Nl[I]=Ce,No(Kt,Ne,re,ce),Oo(Kt,Zt,Be),Ue(Kt,ke(we),ke(Ce),K,D))}}}}if(Ol){let I=Ie.prox,vt=wl==null?Ze<=I:Ze>I||ol!=wl;if($e||vt){let Tt=ve[0];Tt!=null&&(Fl[0]=M,Nl[0]=V,No(Tt,J,rt,ot),Oo(Tt,et,U),Ue(Tt,ke(M),ke(V),K,D))}}}if($t.show&&sl)if(n!=null){let[x,T]=jt.scales,[A,M]=jt.match,[V,J]=n.cursor.sync.scales,rt=n.cursor.drag;if(Rt=rt._x,Ht=rt._y,Rt||Ht){let{left:ot,top:et,width:U,height:I}=n.select,vt=n.scales[V].ori,Tt=n.posToVal,Ot,ht,Lt,ae,Yt,_e=x!=null&&A(x,V),Ae=T!=null&&M(T,J);_e&&Rt?(vt==0?(Ot=ot,ht=U):(Ot=et,ht=I),Lt=k[x],ae=R(Tt(Ot,V),Lt,b,0),Yt=R(Tt(Ot+ht,V),Lt,b,0),yi(Pe(ae,Yt),Dt(Yt-ae))):yi(0,b),Ae&&Ht?(vt==1?(Ot=ot,ht=U):(Ot=et,ht=I),Lt=k[T],ae=G(Tt(Ot,J),Lt,_,0),Yt=G(Tt(Ot+ht,J),Lt,_,0),$i(Pe(ae,Yt),Dt(Yt-ae))):$i(0,_)}else Ds()}else{let x=Dt(so-lo),T=Dt(no-io);if(j.ori==1){let J=x;x=T,T=J}Rt=Nt.x&&x>=Nt.dist,Ht=Nt.y&&T>=Nt.dist;let A=Nt.uni;A!=null?Rt&&Ht&&(Rt=x>=A,Ht=T>=A,!Rt&&!Ht&&(T>x?Ht=!0:Rt=!0)):Nt.x&&Nt.y&&(Rt||Ht)&&(Rt=Ht=!0);let M,V;Rt&&(j.ori==0?(M=ql,V=yt):(M=Yl,V=kt),yi(Pe(M,V),Dt(V-M)),Ht||$i(0,_)),Ht&&(j.ori==1?(M=ql,V=yt):(M=Yl,V=kt),$i(Pe(M,V),Dt(V-M)),Rt||yi(0,b)),!Rt&&!Ht&&(yi(0,0),$i(0,0))}if(Nt._x=Rt,Nt._y=Ht,n==null){if(c){if($o!=null){let[x,T]=jt.scales;jt.values[0]=x!=null?Fe(j.ori==0?yt:kt,x):null,jt.values[1]=T!=null?Fe(j.ori==1?yt:kt,T):null}_i(Hs,i,yt,kt,K,D,u)}if(Il){let x=c&&jt.setSeries,T=Ie.prox;wl==null?Ze<=T&&Oe(ol,Kl,!0,x):Ze>T?Oe(null,Kl,!0,x):ol!=wl&&Oe(ol,Kl,!0,x)}}$e&&(tt.idx=u,As()),a!==!1&&It("setCursor")}let al=null;Object.defineProperty(i,"rect",{get(){return al==null&&vi(!1),al}});function vi(n=!1){n?al=null:(al=L.getBoundingClientRect(),It("syncRect",al))}function ro(n,a,c,u,h,b,_){H._lock||sl&&n!=null&&n.movementX==0&&n.movementY==0||(Cs(n,a,c,u,h,b,_,!1,n!=null),n!=null?xl(null,!0,!0):xl(a,!0,!1))}function Cs(n,a,c,u,h,b,_,x,T){if(al==null&&vi(!1),vl(n),n!=null)c=n.clientX-al.left,u=n.clientY-al.top;else{if(c<0||u<0){yt=-10,kt=-10;return}let[A,M]=jt.scales,V=a.cursor.sync,[J,rt]=V.values,[ot,et]=V.scales,[U,I]=jt.match,vt=a.axes[0].side%2==1,Tt=j.ori==0?K:D,Ot=j.ori==1?K:D,ht=vt?b:h,Lt=vt?h:b,ae=vt?u:c,Yt=vt?c:u;if(ot!=null?c=U(A,ot)?p(J,k[A],Tt,0):-10:c=Tt*(ae/ht),et!=null?u=I(M,et)?p(rt,k[M],Ot,0):-10:u=Ot*(Yt/Lt),j.ori==1){let _e=c;c=u,u=_e}}T&&(a==null||a.cursor.event.type==Hs)&&((c<=1||c>=K-1)&&(c=Tl(c,K)),(u<=1||u>=D-1)&&(u=Tl(u,D))),x?(lo=c,io=u,[ql,Yl]=H.move(i,c,u)):(yt=c,kt=u)}const Ms={width:0,height:0,left:0,top:0};function Ds(){Bi(Ms,!1)}let co,uo,po,fo;function ho(n,a,c,u,h,b,_){sl=!0,Rt=Ht=Nt._x=Nt._y=!1,Cs(n,a,c,u,h,b,_,!0,!1),n!=null&&(qt(Is,Zs,mo,!1),_i(Do,i,ql,Yl,K,D,null));let{left:x,top:T,width:A,height:M}=$t;co=x,uo=T,po=A,fo=M}function mo(n,a,c,u,h,b,_){sl=Nt._x=Nt._y=!1,Cs(n,a,c,u,h,b,_,!1,!0);let{left:x,top:T,width:A,height:M}=$t,V=A>0||M>0,J=co!=x||uo!=T||po!=A||fo!=M;if(V&&J&&Bi($t),Nt.setScale&&V&&J){let rt=x,ot=A,et=T,U=M;if(j.ori==1&&(rt=T,ot=M,et=x,U=A),Rt&&nl(P,Fe(rt,P),Fe(rt+ot,P)),Ht)for(let I in k){let vt=k[I];I!=P&&vt.from==null&&vt.min!=mt&&nl(I,Fe(et+U,I),Fe(et,I))}Ds()}else H.lock&&(H._lock=!H._lock,xl(a,!0,n!=null));n!=null&&(Vl(Is,Zs),_i(Is,i,yt,kt,K,D,null))}function ec(n,a,c,u,h,b,_){if(H._lock)return;vl(n);let x=sl;if(sl){let T=!0,A=!0,M=10,V,J;j.ori==0?(V=Rt,J=Ht):(V=Ht,J=Rt),V&&J&&(T=yt<=M||yt>=K-M,A=kt<=M||kt>=D-M),V&&T&&(yt=yt<ql?0:K),J&&A&&(kt=kt<Yl?0:D),xl(null,!0,!0),sl=!1}yt=-10,kt=-10,ft.fill(null),xl(null,!0,!0),x&&(sl=x)}function go(n,a,c,u,h,b,_){H._lock||(vl(n),ms(),Ds(),n!=null&&_i(Vo,i,yt,kt,K,D,null))}function bo(){E.forEach(Ud),hs(i.width,i.height,!0)}El(Xi,li,bo);const Ql={};Ql.mousedown=ho,Ql.mousemove=ro,Ql.mouseup=mo,Ql.dblclick=go,Ql.setSeries=(n,a,c,u)=>{let h=jt.match[2];c=h(i,a,c),c!=-1&&Oe(c,u,!0,!1)},Jt&&(qt(Do,L,ho),qt(Hs,L,ro),qt(Po,L,n=>{vl(n),vi(!1)}),qt(zo,L,ec),qt(Vo,L,go),nn.add(i),i.syncRect=vi);const Ui=i.hooks=e.hooks||{};function It(n,a,c){Ts?bi.push([n,a,c]):n in Ui&&Ui[n].forEach(u=>{u.call(null,i,a,c)})}(e.plugins||[]).forEach(n=>{for(let a in n.hooks)Ui[a]=(Ui[a]||[]).concat(n.hooks[a])});const yo=(n,a,c)=>c,jt=Et({key:null,setSeries:!1,filters:{pub:Jo,sub:Jo},scales:[P,w[1]?w[1].scale:null],match:[qo,qo,yo],values:[null,null]},H.sync);jt.match.length==2&&jt.match.push(yo),H.sync=jt;const $o=jt.key,Ps=lr($o);function _i(n,a,c,u,h,b,_){jt.filters.pub(n,a,c,u,h,b,_)&&Ps.pub(n,a,c,u,h,b,_)}Ps.sub(i);function lc(n,a,c,u,h,b,_){jt.filters.sub(n,a,c,u,h,b,_)&&Ql[n](null,a,c,u,h,b,_)}i.pub=lc;function ic(){Ps.unsub(i),nn.delete(i),ml.clear(),Xs(Xi,li,bo),m.remove(),ut?.remove(),It("destroy")}i.destroy=ic;function zs(){It("init",e,t),qn(t||e.data,!1),N[P]?Ls(P,N[P]):ms(),Ri=$t.show&&($t.width>0||$t.height>0),$l=$e=!0,hs(e.width,e.height)}return w.forEach(Gn),E.forEach(zr),l?l instanceof HTMLElement?(l.appendChild(m),zs()):l(i,zs):zs(),i}Bt.assign=Et;Bt.fmtNum=vn;Bt.rangeNum=ts;Bt.rangeLog=ns;Bt.rangeAsinh=yn;Bt.orient=Dl;Bt.pxRatio=ct;Bt.join=zu;Bt.fmtDate=wn,Bt.tzDate=Gu;Bt.sync=lr;{Bt.addGap=jd,Bt.clipGaps=rs;let e=Bt.paths={points:rr};e.linear=ur,e.stepped=Cd,e.bars=Md,e.spline=Pd}const Wd='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var Gd=Object.defineProperty,ge=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Gd(t,l,s),s};const Mn=class Mn extends pe{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return v`<figure role="group" aria-label=${this.label} style="margin:0">
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
    </figure>`}totalText(){const t=this.ys.reduce((l,i)=>l+i,0);return f("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const l=getComputedStyle(this),i=l.getPropertyValue("--pl-chart-color").trim()||l.getPropertyValue("--primary-color").trim()||"#03a9f4",s=l.getPropertyValue("--secondary-text-color").trim()||"#727272",o=l.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",r=`12px ${l.fontFamily||"sans-serif"}`,p=Math.max(Math.floor(t.clientWidth),200),d=this.labels,m=this.xs,$=this.formatValue,g=this.kind==="time",y=this.bucket,S=this.locale,L=g?cc(y)/2:.5,C={stroke:s,font:r,grid:{stroke:o,width:1},ticks:{stroke:o,width:1}},z=w=>g?_o(m[w]??0,y,S):d[w]??"",F={width:p,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,E,k)=>[E-L,k+L]},y:{range:(w,E,k)=>[0,k>0?k*1.1:1]}},axes:[g?{...C,splits:w=>rc(m,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,E)=>E.map(k=>_o(k,y,S))}:{...C,splits:()=>d.map((w,E)=>E),values:(w,E)=>E.map(k=>d[k]??""),gap:4},{...C,size:48,values:(w,E)=>E.map(k=>$(k))}],series:[{},{label:this.unit,stroke:i,fill:i,width:0,paths:Bt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const E=w.cursor.idx,k=E==null?void 0:this.ys[E];this.readout=k===void 0||E===null||E===void 0?"":`${z(E)}: ${$(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Bt(F,[this.xs,this.ys],t)}};Mn.styles=[fe,ac(Wd),te`
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
    `];let Gt=Mn;ge([B()],Gt.prototype,"kind");ge([B()],Gt.prototype,"label");ge([B()],Gt.prototype,"unit");ge([B({attribute:!1})],Gt.prototype,"xs");ge([B({attribute:!1})],Gt.prototype,"ys");ge([B({attribute:!1})],Gt.prototype,"labels");ge([B()],Gt.prototype,"bucket");ge([B()],Gt.prototype,"locale");ge([B({attribute:!1})],Gt.prototype,"formatValue");ge([B({type:Boolean})],Gt.prototype,"dark");ge([B({type:Number})],Gt.prototype,"height");ge([ka(".plot")],Gt.prototype,"plotEl");ge([pt()],Gt.prototype,"readout");he("pl-chart",Gt);var Jd=Object.defineProperty,Di=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Jd(t,l,s),s};const Dn=class Dn extends pe{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=uc(this.matrix),l=Array.from({length:24},(d,m)=>m),i=dc(this.locale),s=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),o=d=>{const m=s.formatToParts(new Date(Date.UTC(2024,0,1,d))),$=Number(m.find(y=>y.type==="hour")?.value??d),g=m.find(y=>y.type==="dayPeriod")?.value;return g?`${$}${g.charAt(0).toLowerCase()}`:String($)},r=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),p=d=>r.format(new Date(Date.UTC(2024,0,1,d)));return v`<table aria-label=${this.label||f("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${l.map(d=>v`<th scope="col" abbr=${p(d)}>${d%3===0?o(d):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${pc(this.firstWeekday).map(d=>v`<tr data-weekday=${d}>
              <th scope="row">${i[d]}</th>
              ${l.map(m=>{const $=this.matrix[d]?.[m]??0,g=f("heatmap.cell",{day:i[d],from:p(m),to:p((m+1)%24),count:$});return v`<td title=${g} data-weekday=${d} data-hour=${m} data-value=${$}>
                  ${$>0?v`<span class="shade" style=${Js({opacity:String(.15+.85*($/t))})}></span>`:""}
                  <span class="sr-only">${$}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};Dn.styles=[fe,te`
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
    `];let pl=Dn;Di([B()],pl.prototype,"label");Di([B({attribute:!1})],pl.prototype,"matrix");Di([B({type:Number})],pl.prototype,"firstWeekday");Di([B()],pl.prototype,"locale");Di([B({attribute:!1})],pl.prototype,"hour12");he("pl-heatmap",pl);var qd=Object.defineProperty,En=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&qd(t,l,s),s};const Pn=class Pn extends pe{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?v`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(l=>f(l)).map(l=>v`<li class="card loading"><span class="label">${l}</span><span class="value">…</span></li>`)}
      </ul>`:v`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${fc(this.summary,t).map(l=>v`<li class="card" data-kpi=${l.id}>
          <span class="label">${l.label}</span>
          <span class="value">${l.value}</span>
          ${l.sub?v`<span class="sub">${l.sub}</span>`:""}
        </li>`)}
    </ul>`}};Pn.styles=[fe,te`
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
    `];let ri=Pn;En([B({attribute:!1})],ri.prototype,"summary");En([B({attribute:!1})],ri.prototype,"options");En([B({type:Boolean})],ri.prototype,"loading");he("pl-kpis",ri);function hr(e){const t=[e.vendor,e.filament_name].filter(Boolean).join(" ");return t?`#${e.spool_id} ${t}`:`#${e.spool_id}`}function mr(e){const t=(e.multi_color_hexes??"").split(",").map(l=>Al(l)).filter(l=>!!l);if(t.length>1){const l=100/t.length;return`linear-gradient(90deg, ${t.map((i,s)=>`${i} ${s*l}% ${(s+1)*l}%`).join(", ")})`}return Al(e.color_hex)}function Yd(e,t){return e?.length?v`<span class="spools" data-spools=${e.map(l=>l.spool_id).join(",")}>
    ${e.map(l=>{const i=mr(l),s=l.weight_g!==void 0?Mi(l.weight_g,t,1):"",o=[hr(l),l.material,s].filter(Boolean).join(" · ");return v`<span class="spool-chip" title=${o} aria-label=${o}>
        <span class="spool-dot" style=${i?`background:${i}`:""}></span>${l.filament_name??`#${l.spool_id}`}
      </span>`})}
  </span>`:Z}function Zd(e,t,l){return v`<table class="spool-table">
    <thead>
      <tr>
        <th>${f("spools.spool")}</th>
        <th>${f("spools.material")}</th>
        <th class="num">${f("spools.length")}</th>
        <th class="num">${f("spools.weight")}</th>
        <th class="num">${f("kpi.cost")}</th>
      </tr>
    </thead>
    <tbody>
      ${e.map(i=>{const s=mr(i);return v`<tr data-spool-id=${i.spool_id}>
          <td><span class="spool-dot" style=${s?`background:${s}`:""}></span> ${hr(i)}</td>
          <td>${i.material??"—"}</td>
          <td class="num">${ul(i.length_mm/1e3,l,2)} m</td>
          <td class="num">${i.weight_g!==void 0?Mi(i.weight_g,l,1):"—"}</td>
          <td class="num">${Ai(i.cost??null,l)}</td>
        </tr>`})}
    </tbody>
    <tfoot>
      <tr>
        <td colspan="4">${f("spools.filament_cost")}</td>
        <td class="num">${Ai(t,l)}</td>
      </tr>
    </tfoot>
  </table>`}function Us(e,t,l){return e.map(i=>{const s={key:i.key===null?"":String(i.key),label:i.key===null?f("common.unknown"):i.label,value:i.filament_g,display:Mi(i.filament_g,t,0),note:[f("common.n_jobs",{count:i.jobs,n:ul(i.jobs,t)}),i.cost!==null?Ai(i.cost,t):""].filter(Boolean).join(" · ")},o=l?Al(i.color_hex):void 0;return o&&(s.colour=o),s})}const gr=te`
  .spools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    margin-top: 2px;
    white-space: normal;
  }
  .spool-chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px 1px 3px;
    border-radius: 12px;
    border: 1px solid var(--divider-color, #ddd);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .spool-dot {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    background: var(--disabled-text-color, #bbb);
    vertical-align: middle;
  }
  .spool-table {
    border-collapse: collapse;
    width: 100%;
  }
  .spool-table th,
  .spool-table td {
    padding: 4px 8px;
    text-align: start;
    border-bottom: 1px solid var(--divider-color, #ddd);
  }
  .spool-table .num {
    text-align: end;
  }
`;var Kd=Object.defineProperty,Ve=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Kd(t,l,s),s};function an(e){const t=e?.points??[],[l,i]=_c(t),s=[...t].sort((o,r)=>o.bucket<r.bucket?-1:1).map(o=>o.bucket);return{xs:l,ys:i,labels:s}}const ga=an(void 0),Qd=[],Xd=qs.map((e,t)=>t),zn=class zn extends pe{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=ga,this.hoursSeries=ga,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const l=t.get("data");(!l||l.jobs!==this.data.jobs)&&(this.jobsSeries=an(this.data.jobs)),(!l||l.hours!==this.data.hours)&&(this.hoursSeries=an(this.data.hours))}if(t.has("options")){const l=this.options;l&&(this.formatInt=i=>ul(i,l),this.formatHours=i=>ul(i,l,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return hc(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const l=++this.token,i=this.scope(),s=this.bucket;this.loading=!0,this.error="";const o=()=>l===this.token,r=$=>{o()&&(this.data={...this.data,...$})},p=[t.summary(i).then($=>r({summary:$})),t.timeseries(i,s,"jobs").then($=>r({jobs:$})),t.timeseries(i,s,"hours").then($=>r({hours:$})),t.breakdown(i,"filament_type").then($=>r({filamentType:$})),t.breakdown(i,"filament_colour").then($=>r({filamentColour:$})),t.breakdown(i,"printer").then($=>r({printer:$})),t.breakdown(i,"status").then($=>r({status:$})),this.histogram(t,i).then($=>r({histogram:$})),t.breakdown(i,"weekday_hour").then($=>r({heatmap:mc($.rows)})),t.spoolBreakdown(i,"spool").then($=>r({bySpool:$})),t.spoolBreakdown(i,"vendor").then($=>r({byVendor:$})),t.spoolBreakdown(i,"material").then($=>r({byMaterial:$}))],d=await Promise.allSettled(p);if(!o())return;const m=d.find($=>$.status==="rejected");m&&(this.error=We(m.reason)),this.loading=!1}async histogram(t,l){return(await Promise.all(qs.map(s=>t.listJobs({...l,statuses:[...fn],min_duration:s.min,...s.max!==void 0?{max_duration:s.max}:{},limit:1})))).map(s=>s.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=qs.map(l=>gc(l,t))),this.binLabelsCache}change(t,l){t==="period"&&bc(l)?(this.period=l,this.bucket=yc(l)):t==="printer"?this.printer=l:t==="bucket"&&(l==="day"||l==="week"||l==="month"||l==="year")&&(this.bucket=l),this.load()}render(){const t=this.options;if(!t)return Z;const l=this.data,i=this.jobsSeries,s=this.hoursSeries,o=this.formatInt,r=this.formatHours,p=l.jobs?.bucket??this.bucket;return v`
      <div class="selectors" role="group" aria-label=${f("analytics.selection")}>
        <label
          >${f("analytics.period")}
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${$c.map(d=>v`<option value=${d.id} ?selected=${d.id===this.period}>${vc(d.id)}</option>`)}
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
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Wt(La)} ${f("common.refresh")}</button>
      </div>
      ${this.error?v`<div class="error-banner" role="alert">
            <span>${f("analytics.load_error",{error:this.error})}</span>
          </div>`:Z}
      ${p!==this.bucket?v`<p class="bucket-note" role="status">
            ${f("analytics.bucket_note",{shown:f(`bucket_per.${p}`),bucket:f(`bucket_many.${this.bucket}`)})}
          </p>`:Z}
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
            .items=${Wi(wo(l.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${f("analytics.filament_colour")}</h2>
          <pl-bars
            label=${f("analytics.filament_colour_label")}
            .items=${Wi(wo(l.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        ${l.bySpool?.rows.length?v`<section class="panel card" data-chart="spool">
                <h2>${f("analytics.by_spool")}</h2>
                <p class="muted">
                  ${f("analytics.spool_totals",{grams:Mi(l.bySpool.totals.filament_g,t,0),cost:Ai(l.bySpool.totals.cost,t)})}
                </p>
                <pl-bars
                  label=${f("analytics.by_spool")}
                  .items=${Us(l.bySpool.rows.slice(0,12),t,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${f("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${f("analytics.by_vendor")}
                  .items=${Us((l.byVendor?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${f("analytics.by_material")}</h2>
                <pl-bars
                  label=${f("analytics.by_material")}
                  .items=${Us((l.byMaterial?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>`:Z}
        <section class="panel card" data-chart="printer">
          <h2>${f("analytics.success_printer")}</h2>
          <pl-bars label=${f("analytics.success_printer")} .max=${100} .items=${Wi(l.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${f("analytics.outcome")}</h2>
          <pl-bars
            label=${f("analytics.outcome")}
            .items=${Wi((l.status?.rows??[]).map(d=>({...d,label:Ki(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${f("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${f("analytics.duration_label")}
            unit=${f("analytics.unit_jobs")}
            .xs=${Xd}
            .ys=${l.histogram??Qd}
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
    `}};zn.styles=[fe,te`
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
    `];let se=zn;Ve([B({attribute:!1})],se.prototype,"api");Ve([B({attribute:!1})],se.prototype,"options");Ve([B({attribute:!1})],se.prototype,"printers");Ve([B({type:Boolean})],se.prototype,"dark");Ve([B({type:Boolean})],se.prototype,"active");Ve([pt()],se.prototype,"period");Ve([pt()],se.prototype,"printer");Ve([pt()],se.prototype,"bucket");Ve([pt()],se.prototype,"data");Ve([pt()],se.prototype,"loading");Ve([pt()],se.prototype,"error");he("pl-analytics-view",se);let An,Ws;function br(){return An}function yr(e){return Ws??=e.limits().then(t=>An=t).catch(()=>{Ws=void 0}),Ws}function $r(e,t,l,i=An){const s=i?.numbers[e];return s?t<s.min||t>s.max?f("form.range",{field:l,min:String(s.min),max:String(s.max)}):"":t<0?f("form.positive",{field:l}):""}const tp=4e3;class ep{constructor(t,l){this.host=t,this.list=l,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},tp),this.changed()}async save(t,l){const i=this.host.api;if(!i)return!1;if(!Object.keys(l).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const s=await i.updateJob(t.id,l);return this.list.applyJob(s),this.notify(f("jobs.saved",{file:Ge(t.filename)})),!0}catch(s){return this.editError=We(s),this.notify(f("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,l){await this.save(t,l)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const l=this.confirmJobs.map(i=>i.id);this.deleting=!0,this.deleteError="",this.changed();try{const i=await t.deleteJobs(l),s=new Set(l);s.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(s,i),this.notify(f("jobs.deleted",{count:i}))}catch(i){this.deleteError=We(i)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const l=this.host.api;if(l){this.addBusy=!0,this.addError="",this.changed();try{const i=await l.createJob(t);this.adding=!1,this.notify(f("jobs.added",{file:Ge(i.filename)})),await this.list.reload()}catch(i){this.addError=We(i),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(wc(i))}finally{this.addBusy=!1,this.changed()}}}}const ba={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:"",spool:""},vr=[{value:"",get label(){return f("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(e=>({value:e,get label(){return e==="failed"?f("filter.failed_any"):Ki(e)},statuses:e==="failed"?[...Eo]:[e]})),...Eo.map(e=>({value:`only:${e}`,get label(){return`— ${Ki(e)}`},statuses:[e]}))];function lp(e,t){const l={};e.printer&&(l.printer_ids=[e.printer]);const i=vr.find(p=>p.value===e.status)?.statuses??[];i.length&&(l.statuses=[...i]);const s=e.since?Ys(e.since,"00:00",t):void 0;if(s&&(l.since=s),e.until){const p=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(p.getTime())){p.setUTCDate(p.getUTCDate()+1);const d=Ys(p.toISOString().slice(0,10),"00:00",t);d&&(l.until=d)}}e.q.trim()&&(l.q=e.q.trim()),e.filament.trim()&&(l.filament_type=e.filament.trim());const o=Qi(e.tags);o.length&&(l.tags=o);const r=/^id:(\d{1,9})$/.exec(e.spool??"");return r?l.spool_id=Number(r[1]):e.spool?.startsWith("vendor:")&&e.spool.length>7&&(l.spool_vendor=e.spool.slice(7)),l}function ip(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),e.spool_id!==void 0&&(t.spool_id=e.spool_id),e.spool_vendor&&(t.spool_vendor=e.spool_vendor),t}const rn=e=>e.target.value;function sp(e){const{list:t,changes:l,admin:i}=e,s=t.activeFilters;return v`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${f("jobs.search")}
      aria-label=${f("jobs.search")}
      .value=${t.filters.q}
      @input=${o=>t.setFilter("q",rn(o),!0)}
    />
    <button class="btn" aria-expanded=${e.showFilters?"true":"false"} aria-controls="filters" @click=${e.toggleFilters}>
      ${Wt(Uc)} ${s?f("jobs.filters_n",{n:s}):f("jobs.filters")}
    </button>
    <span class="spacer"></span>
    ${i&&t.selected.size?v`<button class="btn danger" @click=${()=>l.askDelete(t.selectedJobs)}>
          ${Wt(pn)} ${f("jobs.delete_n",{n:t.selected.size})}
        </button>`:Z}
    ${i?v`<button class="btn primary" @click=${()=>l.openAdd()} ?disabled=${!e.printers.length}>
          ${Wt(Gc)} ${f("jobs.add")}
        </button>`:Z}
  </div>`}function np(e,t){const l=e.filters,i=o=>r=>e.setFilter(o,rn(r)),s=o=>r=>e.setFilter(o,rn(r),!0);return v`<div class="filters card" id="filters">
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
        ${vr.map(o=>v`<option value=${o.value} ?selected=${o.value===l.status}>${o.label}</option>`)}
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
        </label>`:Z}
    <label
      >${f("jobs.tags_filter")}
      <input name="tags" .value=${l.tags} @input=${s("tags")} />
    </label>
    <button class="btn clear" @click=${()=>e.clearFilters()}>${f("jobs.clear_filters")}</button>
  </div>`}const op=[25,50,100,200],ap=300,rp=1500,cp=["filename","printer","status"];class up{constructor(t,l,i){this.host=t,this.timeZone=l,this.listHeld=i,this.filters={...ba},this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.selected=new Set,this.filamentTypes=[],this.spoolChoices={spools:[],vendors:[]},this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return lp(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const l=++this.listToken;this.loading=!0,this.error="",this.changed();try{const i=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(l!==this.listToken)return;this.jobs=i.jobs,this.total=i.total,this.nextCursor=i.next_cursor,this.loaded=!0}catch(i){l===this.listToken&&(this.error=We(i))}finally{l===this.listToken&&(this.loading=!1),this.changed()}}async loadSummary(){const t=this.host.api;if(!t)return;const l=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const i=await t.summary(ip(this.params()));l===this.summaryToken&&(this.summary=i)}catch(i){l===this.summaryToken&&(this.error||=We(i))}finally{l===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadSpoolChoices(){const t=this.host.api;if(t)try{const[l,i]=await Promise.all([t.spoolBreakdown({},"spool"),t.spoolBreakdown({},"vendor")]);this.spoolChoices={spools:l.rows.filter(s=>s.key!==null).map(s=>({id:String(s.key),label:s.label})),vendors:i.rows.filter(s=>s.key!==null).map(s=>String(s.key))},this.changed()}catch{}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const l=await t.breakdown({},"filament_type");this.filamentTypes=l.rows.map(i=>i.label??(i.key===null?"":String(i.key))).filter(i=>i).sort((i,s)=>i.localeCompare(s)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const l=this.pendingList;this.pendingList=!1,l&&!this.listHeld()&&this.loadPage(),this.loadSummary()},rp)}setFilter(t,l,i=!1){this.filters={...this.filters,[t]:l},this.changed(),clearTimeout(this.searchTimer),i?this.searchTimer=setTimeout(()=>{this.reload()},ap):this.reload()}clearFilters(){this.filters={...ba},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,l])=>t!=="q"&&l).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=cp.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(l=>l.id===t.id)?(this.jobs=this.jobs.map(l=>l.id===t.id?{...l,...dp(t)}:l),this.changed(),!0):!1}dropJob(t){this.jobs.some(l=>l.id===t)&&(this.jobs=this.jobs.filter(l=>l.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,l){this.jobs=this.jobs.filter(i=>!t.has(i.id)),this.total=Math.max(this.total-l,0),this.selected=new Set([...this.selected].filter(i=>!t.has(i))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,l){const i=new Set(this.selected);l?i.add(t):i.delete(t),this.selected=i,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(l=>l.id)):new Set,this.changed()}}function dp(e){const{details:t,events:l,metadata:i,...s}=e;return s}const pp=te`
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
`;const ya=(e,t,l)=>{const i=new Map;for(let s=t;s<=l;s++)i.set(e[s],s);return i},_r=wa(class extends xa{constructor(e){if(super(e),e.type!==xc.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,l){let i;l===void 0?l=t:t!==void 0&&(i=t);const s=[],o=[];let r=0;for(const p of e)s[r]=i?i(p,r):r,o[r]=l(p,r),r++;return{values:o,keys:s}}render(e,t,l){return this.dt(e,t,l).values}update(e,[t,l,i]){const s=Hc(e),{values:o,keys:r}=this.dt(t,l,i);if(!Array.isArray(s))return this.ut=r,o;const p=this.ut??=[],d=[];let m,$,g=0,y=s.length-1,S=0,L=o.length-1;for(;g<=y&&S<=L;)if(s[g]===null)g++;else if(s[y]===null)y--;else if(p[g]===r[S])d[S]=Sl(s[g],o[S]),g++,S++;else if(p[y]===r[L])d[L]=Sl(s[y],o[L]),y--,L--;else if(p[g]===r[L])d[L]=Sl(s[g],o[L]),wi(e,d[L+1],s[g]),g++,L--;else if(p[y]===r[S])d[S]=Sl(s[y],o[S]),wi(e,s[g],s[y]),y--,S++;else if(m===void 0&&(m=ya(r,S,L),$=ya(p,g,y)),m.has(p[g]))if(m.has(p[y])){const C=$.get(r[S]),z=C!==void 0?s[C]:null;if(z===null){const F=wi(e,s[g]);Sl(F,o[S]),d[S]=F}else d[S]=Sl(z,o[S]),wi(e,s[g],z),s[C]=null;S++}else Vs(s[y]),y--;else Vs(s[g]),g++;for(;S<=L;){const C=wi(e,d[L+1]);Sl(C,o[S]),d[S++]=C}for(;g<=y;){const C=s[g++];C!==null&&Vs(C)}return this.ut=r,Sa(e,d),kc}}),$a=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function fp(e){const{list:t,changes:l,admin:i}=e,s=$a.length+(i?2:0);return v`<div class="table-wrap">
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
              </th>`:Z}
          ${$a.map(o=>hp(t,o))}
          ${i?v`<th scope="col"><span class="sr-only">${f("jobs.actions")}</span></th>`:Z}
        </tr>
      </thead>
      <tbody>
        ${_r(t.jobs,o=>o.id,o=>v`${mp(e,o)}
          ${l.editingId===o.id?v`<tr class="editor-row">
                <td colspan=${s}>${kr(l,o)}</td>
              </tr>`:Z}`)}
        ${t.loaded&&!t.jobs.length?v`<tr>
              <td class="empty muted" colspan=${s}>${f("jobs.no_match")}</td>
            </tr>`:Z}
      </tbody>
    </table>
  </div>`}function hp(e,t){const l=t.sort&&t.sort===e.sort,i=l?e.order==="asc"?"ascending":"descending":void 0;return v`<th scope="col" aria-sort=${i??Z}>
    ${t.sort?v`<button class="sort" @click=${()=>e.sortBy(t.sort)}>
          ${f(t.label)}<span aria-hidden="true">${l?e.order==="asc"?"▲":"▼":""}</span>
        </button>`:f(t.label)}
  </th>`}function mp(e,t){const{list:l,changes:i,admin:s,options:o}=e,r=Al(t.filament_colour);return v`<tr data-job-id=${t.id} class=${l.selected.has(t.id)?"selected":""}>
    ${s?v`<td>
          <input
            type="checkbox"
            aria-label=${f("jobs.select",{file:Ge(t.filename)})}
            .checked=${l.selected.has(t.id)}
            @change=${p=>l.toggleSelected(t.id,p.target.checked)}
          />
        </td>`:Z}
    <td>${wr(i,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${un(t.status)}</td>
    <td class="num" data-col="start" title=${ei(t.start,o)}>${ei(t.start,o,!1)}</td>
    <td class="num" data-col="print_duration">${cl(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${r?v`<span class="swatch" style=${`background:${r}`}></span>`:Z}
      ${dn(t.filament_weight_g,t.filament_used_mm,o)}
      <span class="muted">${t.filament_type??""}</span>
      ${Yd(t.spools,o)}
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
      <span>${t.failure_reason?v`<strong class="status-error">${t.failure_reason}</strong> `:Z}${t.notes??""}</span>
    </td>
    ${s?v`<td class="actions">${xr(i,t)}</td>`:Z}
  </tr>`}function wr(e,t){return v`<button class="file" data-col="filename" @click=${()=>e.showJob(t.id)} aria-haspopup="dialog">
    ${is(t.filename)}
  </button>`}function xr(e,t){return v`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${f("jobs.edit",{file:Ge(t.filename)})}
      aria-expanded=${e.editingId===t.id?"true":"false"}
      @click=${()=>e.toggleEditor(t)}
    >
      ${Wt(Ta)}
    </button>
    <button class="icon-btn" aria-label=${f("jobs.delete",{file:Ge(t.filename)})} @click=${()=>e.askDelete([t])}>
      ${Wt(pn)}
    </button>`}function kr(e,t){return v`<pl-job-editor
    .job=${t}
    .busy=${e.savingId===t.id}
    .error=${e.editError}
    @save=${l=>e.saveEditor(t,l.detail.changes)}
    @cancel=${()=>e.closeEditor(t.id)}
  ></pl-job-editor>`}function gp(e){const{list:t,changes:l,admin:i,options:s}=e;return t.loaded&&!t.jobs.length?v`<div class="empty muted">${f("jobs.no_match")}</div>`:v`<ul class="cards" aria-label=${f("jobs.print_jobs")}>
    ${_r(t.jobs,o=>o.id,o=>v`<li class="card" data-job-id=${o.id}>
        <div class="head">${wr(l,o)} ${un(o.status)}</div>
        <div class="line">
          ${o.printer_name} · ${ei(o.start,s)} · ${cl(o.print_duration)} ·
          ${dn(o.filament_weight_g,o.filament_used_mm,s)}
        </div>
        ${o.tags.length?v`<div>${o.tags.map(r=>v`<span class="tag">${r}</span>`)}</div>`:Z}
        ${o.notes?v`<div class="notes" data-col="notes">${o.notes}</div>`:Z}
        <div class="row-actions">
          <pl-rating
            .value=${o.rating}
            .subject=${Ge(o.filename)}
            ?readonly=${!i}
            @value-changed=${r=>l.save(o,{rating:r.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${i?xr(l,o):Z}
        </div>
        ${l.editingId===o.id?kr(l,o):Z}
      </li>`)}
  </ul>`}function bp(e){const t=e.page*e.limit+(e.jobs.length?1:0),l=e.page*e.limit+e.jobs.length;return v`<nav class="pager" aria-label=${f("jobs.pages")}>
    <label
      >${f("jobs.rows_per_page")}
      <select @change=${i=>e.setLimit(Number(i.target.value))}>
        ${op.map(i=>v`<option value=${i} ?selected=${i===e.limit}>${i}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${e.total}>${f("jobs.range",{first:t,last:l,total:e.total})}</span>
    <button class="icon-btn" aria-label=${f("jobs.previous_page")} ?disabled=${e.page===0||e.loading} @click=${()=>e.prevPage()}>
      ${Wt(Fc)}
    </button>
    <button class="icon-btn" aria-label=${f("jobs.next_page")} ?disabled=${!e.nextCursor||e.loading} @click=${()=>e.nextPage()}>
      ${Wt(Nc)}
    </button>
  </nav>`}var yp=Object.defineProperty,Pi=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&yp(t,l,s),s};const Vn=class Vn extends pe{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return v`<dialog
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
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=$p(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Je(this,"closed")}};Vn.styles=[fe,te`
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
    `];let fl=Vn;Pi([B()],fl.prototype,"heading");Pi([B({type:Boolean,reflect:!0})],fl.prototype,"open");Pi([B({type:Boolean})],fl.prototype,"wide");Pi([ka("dialog")],fl.prototype,"dialog");Pi([pt()],fl.prototype,"hasActions");function $p(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}he("pl-dialog",fl);const va=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function Yi(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function vp(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),l=Object.entries(e).filter(([s,o])=>!t.has(s)&&o!==null&&o!==""),i=s=>{const o=va.indexOf(s);return o<0?va.length:o};return l.sort(([s],[o])=>i(s)-i(o)||s.localeCompare(o))}function cn(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function _p(e,t){const l={},i=t.notes?.trim()?t.notes:null;(e.notes||null)!==i&&(l.notes=i??""),(e.rating??null)!==t.rating&&(l.rating=t.rating);const s=t.tags;(s.length!==e.tags.length||s.some((r,p)=>r!==e.tags[p]))&&(l.tags=s);const o=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==o&&(l.failure_reason=o),(e.cost??null)!==t.cost&&(l.cost=t.cost),l}function wp(e,t,l=br(),i=new Date){const s={};e.printer_id||(s.printer_id=f("form.choose_printer"));const o=e.filename.trim();o||(s.filename=f("form.enter_filename")),fn.includes(e.status)||(s.status=f("form.choose_status"));const r=Ys(e.start_date,e.start_time||"00:00",t);if(!r)s.start=f("form.enter_start");else if(l){const w=Date.parse(r);w>i.getTime()+l.job_time.future_tolerance*1e3?s.start=f("form.start_future"):w<Date.parse(l.job_time.earliest)&&(s.start=f("form.start_before",{date:l.job_time.earliest.slice(0,10)}))}const p=(w,E,k)=>{if(!w.trim())return;const W=Number(w);if(!Number.isFinite(W)||W<0){s[E]=f("form.positive",{field:k});return}return W},d=p(e.hours,"duration",f("form.hours"))??0,m=p(e.minutes,"duration",f("form.minutes"))??0,$=p(e.filament_g,"filament_g",f("form.filament_weight")),g=p(e.filament_m,"filament_m",f("form.filament_length")),y=p(e.cost,"cost",f("kpi.cost")),S=(w,E,k,W)=>{const P=E===void 0||s[k]?"":$r(w,E,W,l);P&&(s[k]=P)};S("print_duration",d*3600+m*60,"duration",f("form.print_time_s")),S("filament_weight_g",$,"filament_g",f("form.filament_weight")),S("filament_used_mm",g===void 0?void 0:g*1e3,"filament_m",f("form.filament_length_mm")),S("cost",y,"cost",f("kpi.cost"));const L=l?.tags.max_length;if(L&&Qi(e.tags).some(w=>w.length>L)&&(s.tags=f("form.tag_length",{count:L})),Object.keys(s).length||!r)return{errors:s};const C=Math.round(d*3600+m*60),z={printer_id:e.printer_id,filename:o,status:e.status,start:r,print_duration:C};C>0&&(z.end=new Date(Date.parse(r)+C*1e3).toISOString()),$!==void 0&&(z.filament_weight_g=$),g!==void 0&&(z.filament_used_mm=g*1e3),e.filament_type.trim()&&(z.filament_type=e.filament_type.trim()),y!==void 0&&(z.cost=y);const F=Qi(e.tags);return F.length&&(z.tags=F),e.notes.trim()&&(z.notes=e.notes),e.failure_reason.trim()&&(z.failure_reason=e.failure_reason.trim()),e.rating&&(z.rating=e.rating),{job:z,errors:s}}const Sr=te`
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
`;function Tr(e){return v`<input
    name="cost"
    type="number"
    min="0"
    max=${br()?.numbers.cost?.max??Z}
    step="0.01"
    inputmode="decimal"
    .value=${e.value}
    @input=${e.onInput}
    aria-invalid=${e.invalid===void 0?Z:e.invalid?"true":"false"}
    aria-describedby=${e.describedBy??Z}
  />`}function Lr(e,t,l,i){return v`<div class="actions">
    ${t?v`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>Je(e,"cancel")}>${f("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${l}>${i}</button>
  </div>`}var xp=Object.defineProperty,ps=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&xp(t,l,s),s};const Rn=class Rn extends pe{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const i=this.value?f("rating.rated",{n:this.value}):f("rating.none");return v`<span role="img" aria-label=${i} title=${i}
        >${[1,2,3,4,5].map(s=>v`<span class=${s<=t?"":"empty"}>${Wt(s<=t?Lo:jo)}</span>`)}</span
      >`}const l=this.subject?f("rating.of",{subject:this.subject}):f("rating.rating");return v`<span role="group" aria-label=${l}
      >${[1,2,3,4,5].map(i=>v`<button
            type="button"
            class=${i<=t?"":"empty"}
            aria-label=${f("rating.stars",{count:i})}
            aria-pressed=${i===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(i)}
          >
            ${Wt(i<=t?Lo:jo)}
          </button>`)}</span
    >`}choose(t){const l=t===this.value?null:t;this.value=l,Je(this,"value-changed",{value:l})}};Rn.styles=[fe,te`
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
    `];let Ml=Rn;ps([B({type:Number})],Ml.prototype,"value");ps([B({type:Boolean})],Ml.prototype,"readonly");ps([B({type:Boolean})],Ml.prototype,"disabled");ps([B()],Ml.prototype,"subject");he("pl-rating",Ml);var kp=Object.defineProperty,hl=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&kp(t,l,s),s};const Hn=class Hn extends pe{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return v``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return v`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
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
        ${Tr({value:this.cost,onInput:l=>this.cost=l.target.value})}
      </label>
      ${Lr(this,this.error,this.busy,f("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),Je(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const l=this.cost.trim(),i=l===""?null:Number(l);if(i!==null&&(!Number.isFinite(i)||i<0)){this.error=f("form.positive",{field:f("kpi.cost")});return}const s=i===null?"":$r("cost",i,f("kpi.cost"));if(s){this.error=s;return}const o=_p(this.job,{notes:this.notes,rating:this.rating,tags:Qi(this.tags),failure_reason:this.reason,cost:i});Je(this,"save",{changes:o})}};Hn.styles=[fe,Sr,te`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let ze=Hn;hl([B({attribute:!1})],ze.prototype,"job");hl([B({type:Boolean})],ze.prototype,"busy");hl([B()],ze.prototype,"error");hl([pt()],ze.prototype,"notes");hl([pt()],ze.prototype,"rating");hl([pt()],ze.prototype,"tags");hl([pt()],ze.prototype,"reason");hl([pt()],ze.prototype,"cost");he("pl-job-editor",ze);var Sp=Object.defineProperty,Te=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Sp(t,l,s),s};const In=class In extends pe{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&yr(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const l=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const i=await t.getJob(this.jobId);if(l!==this.loadToken)return;if(this.job=i,i.has_thumbnail){this.thumbnailState="loading";try{const s=await t.thumbnail(i.id);if(l!==this.loadToken)return;s?(this.thumbnailUrl=URL.createObjectURL(s),this.thumbnailState="ok"):this.thumbnailState="none"}catch{l===this.loadToken&&(this.thumbnailState="error")}}}catch(i){l===this.loadToken&&(this.error=We(i))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return v`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${f("common.retry")}</button>
      </div>`;const t=this.job,l=this.options;if(!t||!l)return v`<p class="muted" aria-busy="true">${f("common.loading")}</p>`;const i=Al(t.filament_colour);return v`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?v`<img src=${this.thumbnailUrl??""} alt=${f("detail.thumbnail_of",{file:Ge(t.filename)})} />`:v`<span class="muted"
                >${this.thumbnailState==="loading"?f("common.loading"):this.thumbnailState==="error"?f("detail.thumbnail_unavailable"):f("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${is(t.filename)}</div>
          <p>${un(t.status)} <span class="muted">${_a("source",t.source)}</span></p>
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
            <dd>${ei(t.start,l)}</dd>
            <dt>${f("detail.ended")}</dt>
            <dd>${ei(t.end,l)}</dd>
            <dt>${f("kpi.print_time")}</dt>
            <dd>
              ${cl(t.print_duration)}
              ${t.estimated_time?v`<span class="muted">(${f("detail.estimated",{time:cl(t.estimated_time)})})</span>`:Z}
            </dd>
            <dt>${f("detail.total_time")}</dt>
            <dd>${cl(t.total_duration)}</dd>
            ${t.pause_count?v`<dt>${f("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${cl(t.paused_duration)})</dd>`:Z}
            <dt>${f("kpi.filament")}</dt>
            <dd>
              ${i?v`<span class="swatch" style=${`background:${i}`}></span>`:Z}
              ${dn(t.filament_weight_g,t.filament_used_mm,l)}
              ${t.filament_type??""}
              <span class="muted">${ul(t.filament_used_mm/1e3,l,2)} m</span>
            </dd>
            <dt>${f("kpi.cost")}</dt>
            <dd>${Ai(t.cost,l)}</dd>
            ${t.error_message?v`<dt>${f("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:Z}
          </dl>
        </div>
      </div>

      ${t.spools?.length?v`<h3>${f("spools.title")}</h3>
            ${Zd(t.spools,t.spool_filament_cost,l)}`:Z}

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
                  <button class="btn" @click=${this.startEdit}>${Wt(Ta)} ${f("common.edit")}</button>
                  <button class="btn danger" @click=${()=>Je(this,"delete-jobs",{jobs:[t]})}>
                    ${Wt(pn)} ${f("common.delete")}
                  </button>
                </div>`:Z}`}

      <h3>${f("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${f("detail.timeline")}</h3>
      ${t.events.length?v`<ol class="timeline">
            ${t.events.map(s=>v`<li>
                <strong>${_a("event",s.type)}</strong>
                <span class="muted">${ei(s.at,l)}</span>
                ${s.data&&Object.keys(s.data).length?v`<div class="muted">
                      ${Object.entries(s.data).map(([o,r])=>v`<span>${cn(o)}: ${Yi(r)}</span> `)}
                    </div>`:Z}
              </li>`)}
          </ol>`:v`<p class="muted">${f("detail.no_events")}</p>`}

      <h3>${f("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?v`<details>
            <summary>${f("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([s,o])=>v`<tr>
                    <th scope="row">${s}</th>
                    <td><pre>${Yi(o)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:v`<p class="muted">${f("detail.no_metadata")}</p>`}
    `}renderDetails(t){const l=vp(t.details);return l.length?v`<table>
      <tbody>
        ${l.map(([i,s])=>v`<tr>
            <th scope="row">${cn(i)}</th>
            <td>${typeof s=="object"?v`<pre>${Yi(s)}</pre>`:Yi(s)}</td>
          </tr>`)}
      </tbody>
    </table>`:v`<p class="muted">${f("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const l=this.renderRoot.querySelector(".job-id code"),i=document.createRange();l&&i.selectNodeContents(l);const s=window.getSelection();s?.removeAllRanges(),s?.addRange(i),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const l=t.detail.changes;if(!Object.keys(l).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const i=await this.api.updateJob(this.job.id,l);this.job={...this.job,...i},this.editing=!1,Je(this,"job-updated",{job:i})}catch(i){this.saveError=We(i)}finally{this.saving=!1}}};In.styles=[fe,gr,te`
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
    `];let Xt=In;Te([B({attribute:!1})],Xt.prototype,"api");Te([B({attribute:!1})],Xt.prototype,"options");Te([B()],Xt.prototype,"jobId");Te([B({type:Boolean})],Xt.prototype,"admin");Te([pt()],Xt.prototype,"job");Te([pt()],Xt.prototype,"error");Te([pt()],Xt.prototype,"editing");Te([pt()],Xt.prototype,"saving");Te([pt()],Xt.prototype,"saveError");Te([pt()],Xt.prototype,"thumbnailUrl");Te([pt()],Xt.prototype,"thumbnailState");Te([pt()],Xt.prototype,"copied");he("pl-job-detail",Xt);function _a(e,t){const l=`${e}.${t}`,i=f(l);return i===l?cn(t):i}var Tp=Object.defineProperty,pi=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Tp(t,l,s),s};const On=class On extends pe{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:xo(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const l={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},i={};for(const[s,o]of Object.entries(t)){const r=l[s]??s;i[r]??=`${s}: ${o}`}this.errors=i}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return l=>{this.values={...this.values,[t]:l.target.value}}}field(t){return this.errors[t]?v`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,l=i=>this.errors[i]?`err-${i}`:"";return v`<form @submit=${this.onSubmit} novalidate>
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
          ${fn.map(i=>v`<option value=${i} ?selected=${i===t.status}>${Ki(i)}</option>`)}
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
            max=${xo(new Date,this.timeZone)}
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
        ${Tr({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:l("cost")})}
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
      ${Lr(this,this.error,this.busy,f("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:l,errors:i}=wp(this.values,this.timeZone);this.errors=i,l?Je(this,"create",{job:l}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};On.styles=[fe,Sr,te`
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
    `];let Xe=On;pi([B({attribute:!1})],Xe.prototype,"printers");pi([B()],Xe.prototype,"timeZone");pi([B({type:Boolean})],Xe.prototype,"busy");pi([B()],Xe.prototype,"error");pi([pt()],Xe.prototype,"values");pi([pt()],Xe.prototype,"errors");he("pl-job-form",Xe);var Lp=Object.defineProperty,fi=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Lp(t,l,s),s};const Gs=20,Fn=class Fn extends pe{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.list=new up(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new ep(this,this.list)}willUpdate(t){t.has("api")&&this.api&&(this.list.reload(),this.list.loadFilamentTypes(),this.list.loadSpoolChoices(),yr(this.api))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const l=this.list.applyJob(t.job);this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(l||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:l}=this,i=this.options?{list:t,changes:l,admin:this.admin,options:this.options}:void 0;return v`
      <section aria-label=${f("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${sp({list:t,changes:l,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?np(t,this.printers):Z}
      ${t.error?v`<div class="error-banner" role="alert">
            <span>${f("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${Wt(La)} ${f("common.retry")}</button>
          </div>`:Z}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?v`<div class="loading-bar" role="progressbar" aria-label=${f("jobs.loading")}></div>`:Z}
        ${i?this.narrow?gp(i):fp(i):Z} ${bp(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${l.message?"message":"sr-only"}>${l.message}</div>
    `}renderDialogs(){const t=this.changes,l=t.confirmJobs.length;return v`
      <pl-dialog .heading=${f("jobs.delete_heading",{count:l})} .open=${l>0} @closed=${()=>t.cancelDelete()}>
        <p>${f("jobs.delete_text",{count:l})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,Gs).map(i=>v`<li>${is(i.filename)} <span class="muted">(${i.printer_name})</span></li>`)}
          ${l>Gs?v`<li class="muted">${f("jobs.and_more",{n:l-Gs})}</li>`:Z}
        </ul>
        ${t.deleteError?v`<p class="status-error" role="alert">${t.deleteError}</p>`:Z}
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
            ></pl-job-detail>`:Z}
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
    `}};Fn.styles=[fe,pp,gr];let tl=Fn;fi([B({attribute:!1})],tl.prototype,"api");fi([B({attribute:!1})],tl.prototype,"options");fi([B({attribute:!1})],tl.prototype,"printers");fi([B({type:Boolean})],tl.prototype,"admin");fi([B({type:Boolean,reflect:!0})],tl.prototype,"narrow");fi([pt()],tl.prototype,"showFilters");he("pl-jobs-view",tl);var jp=Object.defineProperty,Ep=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&jp(t,l,s),s};const Nn=class Nn extends pe{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?v`<ul aria-label=${f("common.printers")}>
      ${this.printers.map(t=>{const l=t.current_job,i=t.online&&!!l&&(t.print_state==="printing"||t.print_state==="paused"),s=Tc(t),o=Lc(t);return v`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${i?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${s}</span>
          </div>
          ${l?v`<button class="file" title=${Ge(l.filename)} @click=${()=>Je(this,"show-job",{jobId:l.id})}>
                  ${is(l.filename)}
                </button>
                ${jc(l)}
                <div class="meta">
                  <span>${Ec(l)} %</span>
                  <span>${f("live.elapsed",{time:cl(l.print_duration)})}</span>
                  <span>${o!==null?f("live.left",{time:cl(o)}):""}</span>
                </div>`:v`<span class="muted">${f("live.no_job")}</span>`}
        </li>`})}
    </ul>`:v``}};Nn.styles=[fe,Sc,te`
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
    `];let ls=Nn;Ep([B({attribute:!1})],ls.prototype,"printers");he("pl-live-strip",ls);var Ap=Object.defineProperty,el=(e,t,l,i)=>{for(var s=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(s=r(t,l,s)||s);return s&&Ap(t,l,s),s};const Cp="Print Log",Bn=class Bn extends pe{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new Ac}willUpdate(t){if(t.has("hass")&&this.hass){const l=this.hass.connection;l!==this.connection&&(this.connection=l,this.api=new Cc(this.hass),this.resubscribe(),this.loadPrinters());const i=t.get("hass");if(!this.options||!i||i.locale!==this.hass.locale||i.config!==this.hass.config){const s=ko(this.hass);s.language===this.language?this.options=s:s.language===Mc()?(this.options=s,this.language=s.language):this.switchLanguage(s)}}}async switchLanguage(t){const l=await Dc(t.language,t.numberLocale);this.hass&&ko(this.hass).language!==t.language||(this.options={...t,language:l},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,l=>this.onLiveEvent(l),l=>console.warn("print_logger: live updates unavailable:",We(l)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=We(t)}}onLiveEvent(t){this.printers=Pc(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const l=this.view==="jobs"?"analytics":"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"analytics":l),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return Z;const t=!!this.hass.user?.is_admin,l=(i,s,o)=>v`<button
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
            </button>`:Z}
        <h1>${this.panel?.title&&this.panel.title!==Cp?this.panel.title:f("panel.title")}</h1>
        <div role="tablist" aria-label=${f("panel.views")} @keydown=${this.onTabKey}>
          ${l("jobs",f("panel.jobs"),Jc)} ${l("analytics",f("panel.analytics"),Oc)}
        </div>
      </header>
      ${Ic(this.language,v`<main>
        ${this.printersError?v`<div class="error-banner" role="alert">
              <span>${f("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${f("common.retry")}</button>
            </div>`:Z}
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
    `}};Bn.styles=[fe,te`
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
    `];let Se=Bn;el([B({attribute:!1})],Se.prototype,"hass");el([B({type:Boolean,reflect:!0})],Se.prototype,"narrow");el([B({attribute:!1})],Se.prototype,"panel");el([pt()],Se.prototype,"view");el([pt()],Se.prototype,"printers");el([pt()],Se.prototype,"printersError");el([pt()],Se.prototype,"api");el([pt()],Se.prototype,"options");el([pt()],Se.prototype,"language");he("print-logger-panel",Se);
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
