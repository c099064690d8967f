import{H as fc,I as Pa,J as Ra,A as B,b as h,K as mc,M as Ci,N as gc,O as bc,Q as el,m as v,a as Jt,c as se,d as Bt,R as Xl,B as I,E as Yt,S as yc,C as lt,T as Mo,U as $c,V as vc,W as wc,X as _c,Y as xc,z as kc,h as Sc,Z as Lc,j as Se,_ as tn,$ as Tc,i as jc,a0 as Ec,P as Ac,y as Cc,a1 as Do,a2 as il,a3 as Mc,s as Je,a4 as Dc,a5 as en,a6 as sl,a7 as Pc,a8 as Rc,v as bn,w as Mi,u as Qe,x as yn,o as rl,D as Le,a9 as Nl,aa as zc,ab as Po,p as Ic,n as Vc,r as Oc,t as Hc,q as Fc,L as Nc,g as Uc,f as Ro,e as Bc,F as Wc,k as Gc}from"./chunks/shared-Bfz2DMgd.js";const qc=(e,t,i)=>(i.configurable=!0,i.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,i),i);function za(e,t){return(i,s,l)=>{const o=r=>r.renderRoot?.querySelector(e)??null;return qc(i,s,{get(){return o(this)}})}}const{I:Jc}=fc,zo=e=>e,Io=()=>document.createComment(""),Ss=(e,t,i)=>{const s=e._$AA.parentNode,l=t===void 0?e._$AB:t._$AA;if(i===void 0){const o=s.insertBefore(Io(),l),r=s.insertBefore(Io(),l);i=new Jc(o,r,e,e.options)}else{const o=i._$AB.nextSibling,r=i._$AM,p=r!==e;if(p){let d;i._$AQ?.(e),i._$AM=e,i._$AP!==void 0&&(d=e._$AU)!==r._$AU&&i._$AP(d)}if(o!==l||p){let d=i._$AA;for(;d!==o;){const g=zo(d).nextSibling;zo(s).insertBefore(d,l),d=g}}}return i},Ti=(e,t,i=e)=>(e._$AI(t,i),e),Yc={},Ia=(e,t=Yc)=>e._$AH=t,Zc=e=>e._$AH,Ul=e=>{e._$AR(),e._$AA.remove()};const Kc=Pa(class extends Ra{constructor(){super(...arguments),this.key=B}render(e,t){return this.key=e,t}update(e,[t,i]){return t!==this.key&&(Ia(e),this.key=t),i}});function Ls(e,t,i,s=!1){return e.map(l=>{const o=l.key===null||l.key===void 0?"":String(l.key),r=l.label||o||h("common.unknown"),p=Number(l[t]??0);let d,g;t==="success_rate"?(d=mc(l.success_rate,i),g=h("common.n_jobs",{count:l.jobs,n:Ci(l.jobs,i)})):t==="filament_g"?(d=gc(p,i,0),g=h("common.n_jobs",{count:l.jobs,n:Ci(l.jobs,i)})):t==="hours"?d=bc(p,"hours",i,1):d=Ci(p,i);const $={key:o,label:r,value:p,display:d};if(g&&($.note=g),s){const m=el(o)??el(l.label);m&&($.colour=m)}return $})}var Qc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Xc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",tu="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",eu="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",$n="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",iu="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",su="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Va="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",lu="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",Oa="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",Vo="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",Oo="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",nu="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z";function Gt(e,t){return t?v`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:v`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const ou=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Ho=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],vn=ou.filter(e=>e!=="in_progress"),Ha=["spaghetti","bed_adhesion","clog","layer_shift","filament_runout","cancelled_on_purpose","other"];function sn(e){return typeof e=="string"&&Ha.includes(e)}function cl(e){return e?sn(e)?h(`failure.${e}`):e:""}var au=Object.defineProperty,wn=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&au(t,i,l),l};const On=class On extends Jt{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return v`<div class="empty muted">${h("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(i=>i.value),0);return v`<ul aria-label=${this.label}>
      ${this.items.map(i=>{const s=t>0?Math.max(0,Math.min(100,i.value/t*100)):0,l=Xl({width:`${s}%`,...i.colour?{background:i.colour}:{}});return v`<li data-key=${i.key} data-value=${String(i.value)}>
          <span class="name"
            >${i.colour?v`<span class="swatch" style=${Xl({background:i.colour})}></span>`:""}
            <span>${i.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${i.colour?"bar coloured":"bar"} style=${l}></span></span>
          <span class="value">${i.display}${i.note?v`<span class="note">${i.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};On.styles=[se,Bt`
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
    `];let ns=On;wn([I()],ns.prototype,"label");wn([I({attribute:!1})],ns.prototype,"items");wn([I({type:Number})],ns.prototype,"max");Yt("pl-bars",ns);const ru=!0,Pt="u-",cu="uplot",uu=Pt+"hz",du=Pt+"vt",pu=Pt+"title",hu=Pt+"wrap",fu=Pt+"under",mu=Pt+"over",gu=Pt+"axis",Ai=Pt+"off",bu=Pt+"select",yu=Pt+"cursor-x",$u=Pt+"cursor-y",vu=Pt+"cursor-pt",wu=Pt+"legend",_u=Pt+"live",xu=Pt+"inline",ku=Pt+"series",Su=Pt+"marker",Fo=Pt+"label",Lu=Pt+"value",Es="width",As="height",Ts="top",No="bottom",is="left",Bl="right",_n="#000",Uo=_n+"0",Wl="mousemove",Bo="mousedown",Gl="mouseup",Wo="mouseenter",Go="mouseleave",qo="dblclick",Tu="resize",ju="scroll",Jo="change",ll="dppxchange",xn="--",ps=typeof window<"u",ln=ps?document:null,ls=ps?window:null,Eu=ps?navigator:null;let ut,Js;function nn(){let e=devicePixelRatio;ut!=e&&(ut=e,Js&&an(Jo,Js,nn),Js=matchMedia(`(min-resolution: ${ut-.001}dppx) and (max-resolution: ${ut+.001}dppx)`),Di(Jo,Js,nn),ls.dispatchEvent(new CustomEvent(ll)))}function he(e,t){if(t!=null){let i=e.classList;!i.contains(t)&&i.add(t)}}function on(e,t){let i=e.classList;i.contains(t)&&i.remove(t)}function wt(e,t,i){e.style[t]=i+"px"}function ze(e,t,i,s){let l=ln.createElement(e);return t!=null&&he(l,t),i?.insertBefore(l,s),l}function xe(e,t){return ze("div",e,t)}const Yo=new WeakMap;function qe(e,t,i,s,l){let o="translate("+t+"px,"+i+"px)",r=Yo.get(e);o!=r&&(e.style.transform=o,Yo.set(e,o),t<0||i<0||t>s||i>l?he(e,Ai):on(e,Ai))}const Zo=new WeakMap;function Ko(e,t,i){let s=t+i,l=Zo.get(e);s!=l&&(Zo.set(e,s),e.style.background=t,e.style.borderColor=i)}const Qo=new WeakMap;function Xo(e,t,i,s){let l=t+""+i,o=Qo.get(e);l!=o&&(Qo.set(e,l),e.style.height=i+"px",e.style.width=t+"px",e.style.marginLeft=s?-t/2+"px":0,e.style.marginTop=s?-i/2+"px":0)}const kn={passive:!0},Au={...kn,capture:!0};function Di(e,t,i,s){t.addEventListener(e,i,s?Au:kn)}function an(e,t,i,s){t.removeEventListener(e,i,kn)}ps&&nn();function Ie(e,t,i,s){let l;i=i||0,s=s||t.length-1;let o=s<=2147483647;for(;s-i>1;)l=o?i+s>>1:fe((i+s)/2),t[l]<e?i=l:s=l;return e-t[i]<=t[s]-e?i:s}function Fa(e){return(i,s,l)=>{let o=-1,r=-1;for(let p=s;p<=l;p++)if(e(i[p])){o=p;break}for(let p=l;p>=s;p--)if(e(i[p])){r=p;break}return[o,r]}}const Na=e=>e!=null,Ua=e=>e!=null&&e>0,ul=Fa(Na),Cu=Fa(Ua);function Mu(e,t,i,s=0,l=!1){let o=l?Cu:ul,r=l?Ua:Na;[t,i]=o(e,t,i);let p=e[t],d=e[t];if(t>-1)if(s==1)p=e[t],d=e[i];else if(s==-1)p=e[i],d=e[t];else for(let g=t;g<=i;g++){let $=e[g];r($)&&($<p?p=$:$>d&&(d=$))}return[p??mt,d??-mt]}function dl(e,t,i,s){let l=ia(e),o=ia(t);e==t&&(l==-1?(e*=i,t/=i):(e/=i,t*=i));let r=i==10?Xe:Ba,p=l==1?fe:ke,d=o==1?ke:fe,g=p(r(Dt(e))),$=d(r(Dt(t))),m=os(i,g),y=os(i,$);return i==10&&(g<0&&(m=gt(m,-g)),$<0&&(y=gt(y,-$))),s||i==2?(e=m*l,t=y*o):(e=Ja(e,m),t=pl(t,y)),[e,t]}function Sn(e,t,i,s){let l=dl(e,t,i,s);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}const Ln=.1,ta={mode:3,pad:Ln},Ms={pad:0,soft:null,mode:0},Du={min:Ms,max:Ms};function nl(e,t,i,s){return hl(i)?ea(e,t,i):(Ms.pad=i,Ms.soft=s?0:null,Ms.mode=s?3:0,ea(e,t,Du))}function rt(e,t){return e??t}function Pu(e,t,i){for(t=rt(t,0),i=rt(i,e.length-1);t<=i;){if(e[t]!=null)return!0;t++}return!1}function ea(e,t,i){let s=i.min,l=i.max,o=rt(s.pad,0),r=rt(l.pad,0),p=rt(s.hard,-mt),d=rt(l.hard,mt),g=rt(s.soft,mt),$=rt(l.soft,-mt),m=rt(s.mode,0),y=rt(l.mode,0),S=t-e,T=Xe(S),A=ee(Dt(e),Dt(t)),D=Xe(A),F=Dt(D-T);(S<1e-24||F>10)&&(S=0,(e==0||t==0)&&(S=1e-24,m==2&&g!=mt&&(o=0),y==2&&$!=-mt&&(r=0)));let _=S||A||1e3,j=Xe(_),k=os(10,fe(j)),G=_*(S==0?e==0?.1:1:o),R=gt(Ja(e-G,k/10),24),X=e>=g&&(m==1||m==3&&R<=g||m==2&&R>=g)?g:mt,Z=ee(p,R<X&&e>=X?X:Ve(X,R)),it=_*(S==0?t==0?.1:1:r),Y=gt(pl(t+it,k/10),24),E=t<=$&&(y==1||y==3&&Y>=$||y==2&&Y<=$)?$:-mt,Q=Ve(d,Y>E&&t<=E?E:ee(E,Y));return Z==Q&&Z==0&&(Q=100),[Z,Q]}const Ru=new Intl.NumberFormat(ps?Eu.language:"en-US"),Tn=e=>Ru.format(e),me=Math,tl=me.PI,Dt=me.abs,fe=me.floor,Mt=me.round,ke=me.ceil,Ve=me.min,ee=me.max,os=me.pow,ia=me.sign,Xe=me.log10,Ba=me.log2,zu=(e,t=1)=>me.sinh(e)*t,ql=(e,t=1)=>me.asinh(e/t),mt=1/0;function sa(e){return(Xe((e^e>>31)-(e>>31))|0)+1}function rn(e,t,i){return Ve(ee(e,t),i)}function Wa(e){return typeof e=="function"}function st(e){return Wa(e)?e:()=>e}const Iu=()=>{},Ga=e=>e,qa=(e,t)=>t,Vu=e=>null,la=e=>!0,na=(e,t)=>e==t,Ou=/\.\d*?(?=9{6,}|0{6,})/gm,Pi=e=>{if(Za(e)||hi.has(e))return e;const t=`${e}`,i=t.match(Ou);if(i==null)return e;let s=i[0].length-1;if(t.indexOf("e-")!=-1){let[l,o]=t.split("e");return+`${Pi(l)}e${o}`}return gt(e,s)};function ji(e,t){return Pi(gt(Pi(e/t))*t)}function pl(e,t){return Pi(ke(Pi(e/t))*t)}function Ja(e,t){return Pi(fe(Pi(e/t))*t)}function gt(e,t=0){if(Za(e))return e;let i=10**t,s=e*i*(1+Number.EPSILON);return Mt(s)/i}const hi=new Map;function Ya(e){return((""+e).split(".")[1]||"").length}function Ps(e,t,i,s){let l=[],o=s.map(Ya);for(let r=t;r<i;r++){let p=Dt(r),d=gt(os(e,r),p);for(let g=0;g<s.length;g++){let $=e==10?+`${s[g]}e${r}`:s[g]*d,m=(r>=0?0:p)+(r>=o[g]?0:o[g]),y=e==10?$:gt($,m);l.push(y),hi.set(y,m)}}return l}const Ds={},jn=[],as=[null,null],pi=Array.isArray,Za=Number.isInteger,Hu=e=>e===void 0;function oa(e){return typeof e=="string"}function hl(e){let t=!1;if(e!=null){let i=e.constructor;t=i==null||i==Object}return t}function Fu(e){return e!=null&&typeof e=="object"}const Nu=Object.getPrototypeOf(Uint8Array),Ka="__proto__";function rs(e,t=hl){let i;if(pi(e)){let s=e.find(l=>l!=null);if(pi(s)||t(s)){i=Array(e.length);for(let l=0;l<e.length;l++)i[l]=rs(e[l],t)}else i=e.slice()}else if(e instanceof Nu)i=e.slice();else if(t(e)){i={};for(let s in e)s!=Ka&&(i[s]=rs(e[s],t))}else i=e;return i}function Et(e){let t=arguments;for(let i=1;i<t.length;i++){let s=t[i];for(let l in s)l!=Ka&&(hl(e[l])?Et(e[l],rs(s[l])):e[l]=rs(s[l]))}return e}const Uu=0,Bu=1,Wu=2;function Gu(e,t,i){for(let s=0,l,o=-1;s<t.length;s++){let r=t[s];if(r>o){for(l=r-1;l>=0&&e[l]==null;)e[l--]=null;for(l=r+1;l<i&&e[l]==null;)e[o=l++]=null}}}function qu(e,t){if(Zu(e)){let r=e[0].slice();for(let p=1;p<e.length;p++)r.push(...e[p].slice(1));return Ku(r[0])||(r=Yu(r)),r}let i=new Set;for(let r=0;r<e.length;r++){let d=e[r][0],g=d.length;for(let $=0;$<g;$++)i.add(d[$])}let s=[Array.from(i).sort((r,p)=>r-p)],l=s[0].length,o=new Map;for(let r=0;r<l;r++)o.set(s[0][r],r);for(let r=0;r<e.length;r++){let p=e[r],d=p[0];for(let g=1;g<p.length;g++){let $=p[g],m=Array(l).fill(void 0),y=t?t[r][g]:Bu,S=[];for(let T=0;T<$.length;T++){let A=$[T],D=o.get(d[T]);A===null?y!=Uu&&(m[D]=A,y==Wu&&S.push(D)):m[D]=A}Gu(m,S,l),s.push(m)}}return s}const Ju=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Yu(e){let t=e[0],i=t.length,s=Array(i);for(let o=0;o<s.length;o++)s[o]=o;s.sort((o,r)=>t[o]-t[r]);let l=[];for(let o=0;o<e.length;o++){let r=e[o],p=Array(i);for(let d=0;d<i;d++)p[d]=r[s[d]];l.push(p)}return l}function Zu(e){let t=e[0][0],i=t.length;for(let s=1;s<e.length;s++){let l=e[s][0];if(l.length!=i)return!1;if(l!=t){for(let o=0;o<i;o++)if(l[o]!=t[o])return!1}}return!0}function Ku(e,t=100){const i=e.length;if(i<=1)return!0;let s=0,l=i-1;for(;s<=l&&e[s]==null;)s++;for(;l>=s&&e[l]==null;)l--;if(l<=s)return!0;const o=ee(1,fe((l-s+1)/t));for(let r=e[s],p=s+o;p<=l;p+=o){const d=e[p];if(d!=null){if(d<=r)return!1;r=d}}return!0}const Qa=["January","February","March","April","May","June","July","August","September","October","November","December"],Xa=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function tr(e){return e.slice(0,3)}const Qu=Xa.map(tr),Xu=Qa.map(tr),td={MMMM:Qa,MMM:Xu,WWWW:Xa,WWW:Qu};function js(e){return(e<10?"0":"")+e}function ed(e){return(e<10?"00":e<100?"0":"")+e}const id={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>js(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>js(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>js(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>js(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>js(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>ed(e.getMilliseconds())};function En(e,t){t=t||td;let i=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(e);)i.push(l[0][0]=="{"?id[l[1]]:l[0]);return o=>{let r="";for(let p=0;p<i.length;p++)r+=typeof i[p]=="string"?i[p]:i[p](o,t);return r}}const sd=new Intl.DateTimeFormat().resolvedOptions().timeZone;function ld(e,t){let i;return t=="UTC"||t=="Etc/UTC"?i=new Date(+e+e.getTimezoneOffset()*6e4):t==sd?i=e:(i=new Date(e.toLocaleString("en-US",{timeZone:t})),i.setMilliseconds(e.getMilliseconds())),i}const er=e=>e%1==0,ol=[1,2,2.5,5],nd=Ps(10,-32,0,ol),ir=Ps(10,0,32,ol),od=ir.filter(er),Ei=nd.concat(ir),An=`
`,sr="{YYYY}",aa=An+sr,lr="{M}/{D}",Cs=An+lr,Ys=Cs+"/{YY}",nr="{aa}",ad="{h}:{mm}",ss=ad+nr,ra=An+ss,ca=":{ss}",pt=null;function or(e){let t=e*1e3,i=t*60,s=i*60,l=s*24,o=l*30,r=l*365,d=(e==1?Ps(10,0,3,ol).filter(er):Ps(10,-3,0,ol)).concat([t,t*5,t*10,t*15,t*30,i,i*5,i*10,i*15,i*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,o,o*2,o*3,o*4,o*6,r,r*2,r*5,r*10,r*25,r*50,r*100]);const g=[[r,sr,pt,pt,pt,pt,pt,pt,1],[l*28,"{MMM}",aa,pt,pt,pt,pt,pt,1],[l,lr,aa,pt,pt,pt,pt,pt,1],[s,"{h}"+nr,Ys,pt,Cs,pt,pt,pt,1],[i,ss,Ys,pt,Cs,pt,pt,pt,1],[t,ca,Ys+" "+ss,pt,Cs+" "+ss,pt,ra,pt,1],[e,ca+".{fff}",Ys+" "+ss,pt,Cs+" "+ss,pt,ra,pt,1]];function $(m){return(y,S,T,A,D,F)=>{let _=[],j=D>=r,k=D>=o&&D<r,G=m(T),R=gt(G*e,3),X=Jl(G.getFullYear(),j?0:G.getMonth(),k||j?1:G.getDate()),Z=gt(X*e,3);if(k||j){let it=k?D/o:0,Y=j?D/r:0,E=R==Z?R:gt(Jl(X.getFullYear()+Y,X.getMonth()+it,1)*e,3),Q=new Date(Mt(E/e)),V=Q.getFullYear(),q=Q.getMonth();for(let U=0;E<=A;U++){let nt=Jl(V+Y*U,q+it*U,1),N=nt-m(gt(nt*e,3));E=gt((+nt+N)*e,3),E<=A&&_.push(E)}}else{let it=D>=l?l:D,Y=fe(T)-fe(R),E=Z+Y+pl(R-Z,it);_.push(E);let Q=m(E),V=Q.getHours()+Q.getMinutes()/i+Q.getSeconds()/s,q=D/s,U=y.axes[S]._space,nt=F/U;for(;E=gt(E+D,e==1?0:3),!(E>A);)if(q>1){let N=fe(gt(V+q,6))%24,ot=m(E).getHours()-N;ot>1&&(ot=-1),E-=ot*s,V=(V+q)%24;let ht=_[_.length-1];gt((E-ht)/D,3)*nt>=.7&&_.push(E)}else _.push(E)}return _}}return[d,g,$]}const[rd,cd,ud]=or(1),[dd,pd,hd]=or(.001);Ps(2,-53,53,[1]);function ua(e,t){return e.map(i=>i.map((s,l)=>l==0||l==8||s==null?s:t(l==1||i[8]==0?s:i[1]+s)))}function da(e,t){return(i,s,l,o,r)=>{let p=t.find(T=>r>=T[0])||t[t.length-1],d,g,$,m,y,S;return s.map(T=>{let A=e(T),D=A.getFullYear(),F=A.getMonth(),_=A.getDate(),j=A.getHours(),k=A.getMinutes(),G=A.getSeconds(),R=D!=d&&p[2]||F!=g&&p[3]||_!=$&&p[4]||j!=m&&p[5]||k!=y&&p[6]||G!=S&&p[7]||p[1];return d=D,g=F,$=_,m=j,y=k,S=G,R(A)})}}function fd(e,t){let i=En(t);return(s,l,o,r,p)=>l.map(d=>i(e(d)))}function Jl(e,t,i){return new Date(e,t,i)}function pa(e,t){return t(e)}const md="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ha(e,t){return(i,s,l,o)=>o==null?xn:t(e(s))}function gd(e,t){let i=e.series[t];return i.width?i.stroke(e,t):i.points.width?i.points.stroke(e,t):null}function bd(e,t){return e.series[t].fill(e,t)}const yd={show:!0,live:!0,isolate:!1,mount:Iu,markers:{show:!0,width:2,stroke:gd,fill:bd,dash:"solid"},idx:null,idxs:null,values:[]};function $d(e,t){let i=e.cursor.points,s=xe(),l=i.size(e,t);wt(s,Es,l),wt(s,As,l);let o=l/-2;wt(s,"marginLeft",o),wt(s,"marginTop",o);let r=i.width(e,t,l);return r&&wt(s,"borderWidth",r),s}function vd(e,t){let i=e.series[t].points;return i._fill||i._stroke}function wd(e,t){let i=e.series[t].points;return i._stroke||i._fill}function _d(e,t){return e.series[t].points.size}const Yl=[0,0];function xd(e,t,i){return Yl[0]=t,Yl[1]=i,Yl}function Zs(e,t,i,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&i(l)}}function Zl(e,t,i,s=!0){return l=>{(!s||l.target==t)&&i(l)}}const kd={show:!0,x:!0,y:!0,lock:!1,move:xd,points:{one:!1,show:$d,size:_d,width:0,stroke:wd,fill:vd},bind:{mousedown:Zs,mouseup:Zs,click:Zs,dblclick:Zs,mousemove:Zl,mouseleave:Zl,mouseenter:Zl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,i,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},ar={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Cn=Et({},ar,{filter:qa}),rr=Et({},Cn,{size:10}),cr=Et({},ar,{show:!1}),Mn='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',ur="bold "+Mn,dr=1.5,fa={show:!0,scale:"x",stroke:_n,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:ur,side:2,grid:Cn,ticks:rr,border:cr,font:Mn,lineGap:dr,rotate:0},Sd="Value",Ld="Time",ma={show:!0,scale:"x",auto:!1,sorted:1,min:mt,max:-mt,idxs:[]};function Td(e,t,i,s,l){return t.map(o=>o==null?"":Tn(o))}function jd(e,t,i,s,l,o,r){let p=[],d=hi.get(l)||0;i=r?i:gt(pl(i,l),d);for(let g=i;g<=s;g=gt(g+l,d))p.push(Object.is(g,-0)?0:g);return p}function cn(e,t,i,s,l,o,r){const p=[],d=e.scales[e.axes[t].scale].log,g=d==10?Xe:Ba,$=fe(g(i));l=os(d,$),d==10&&(l=Ei[Ie(l,Ei)]);let m=i,y=l*d;d==10&&(y=Ei[Ie(y,Ei)]);do p.push(m),m=m+l,d==10&&!hi.has(m)&&(m=gt(m,hi.get(l))),m>=y&&(l=m,y=l*d,d==10&&(y=Ei[Ie(y,Ei)]));while(m<=s);return p}function Ed(e,t,i,s,l,o,r){let d=e.scales[e.axes[t].scale].asinh,g=s>d?cn(e,t,ee(d,i),s,l):[d],$=s>=0&&i<=0?[0]:[];return(i<-d?cn(e,t,ee(d,-s),-i,l):[d]).reverse().map(y=>-y).concat($,g)}const pr=/./,Ad=/[12357]/,Cd=/[125]/,ga=/1/,un=(e,t,i,s)=>e.map((l,o)=>t==4&&l==0||o%s==0&&i.test(l.toExponential()[l<0?1:0])?l:null);function Md(e,t,i,s,l){let o=e.axes[i],r=o.scale,p=e.scales[r],d=e.valToPos,g=o._space,$=d(10,r),m=d(9,r)-$>=g?pr:d(7,r)-$>=g?Ad:d(5,r)-$>=g?Cd:ga;if(m==ga){let y=Dt(d(1,r)-$);if(y<g)return un(t.slice().reverse(),p.distr,m,ke(g/y)).reverse()}return un(t,p.distr,m,1)}function Dd(e,t,i,s,l){let o=e.axes[i],r=o.scale,p=o._space,d=e.valToPos,g=Dt(d(1,r)-d(2,r));return g<p?un(t.slice().reverse(),3,pr,ke(p/g)).reverse():t}function Pd(e,t,i,s){return s==null?xn:t==null?"":Tn(t)}const ba={show:!0,scale:"y",stroke:_n,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:ur,side:3,grid:Cn,ticks:rr,border:cr,font:Mn,lineGap:dr,rotate:0};function Rd(e,t){let i=3+(e||1)*2;return gt(i*t,3)}function zd(e,t){let{scale:i,idxs:s}=e.series[0],l=e._data[0],o=e.valToPos(l[s[0]],i,!0),r=e.valToPos(l[s[1]],i,!0),p=Dt(r-o),d=e.series[t],g=p/(d.points.space*ut);return s[1]-s[0]<=g}const ya={scale:null,auto:!0,sorted:0,min:mt,max:-mt},hr=(e,t,i,s,l)=>l,$a={show:!0,auto:!0,sorted:0,gaps:hr,alpha:1,facets:[Et({},ya,{scale:"x"}),Et({},ya,{scale:"y"})]},va={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:hr,alpha:1,points:{show:zd,filter:null},values:null,min:mt,max:-mt,idxs:[],path:null,clip:null};function Id(e,t,i,s,l){return i/10}const fr={time:ru,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Vd=Et({},fr,{time:!1,ori:1}),wa={};function mr(e,t){let i=wa[e];return i||(i={key:e,plots:[],sub(s){i.plots.push(s)},unsub(s){i.plots=i.plots.filter(l=>l!=s)},pub(s,l,o,r,p,d,g){for(let $=0;$<i.plots.length;$++)i.plots[$]!=l&&i.plots[$].pub(s,l,o,r,p,d,g)}},e!=null&&(wa[e]=i)),i}const cs=1,dn=2;function zi(e,t,i){const s=e.mode,l=e.series[t],o=s==2?e._data[t]:e._data,r=e.scales,p=e.bbox;let d=o[0],g=s==2?o[1]:o[t],$=s==2?r[l.facets[0].scale]:r[e.series[0].scale],m=s==2?r[l.facets[1].scale]:r[l.scale],y=p.left,S=p.top,T=p.width,A=p.height,D=e.valToPosH,F=e.valToPosV;return $.ori==0?i(l,d,g,$,m,D,F,y,S,T,A,ml,hs,bl,br,$r):i(l,d,g,$,m,F,D,S,y,A,T,gl,fs,Rn,yr,vr)}function Dn(e,t){let i=0,s=0,l=rt(e.bands,jn);for(let o=0;o<l.length;o++){let r=l[o];r.series[0]==t?i=r.dir:r.series[1]==t&&(r.dir==1?s|=1:s|=2)}return[i,s==1?-1:s==2?1:s==3?2:0]}function Od(e,t,i,s,l){let o=e.mode,r=e.series[t],p=o==2?r.facets[1].scale:r.scale,d=e.scales[p];return l==-1?d.min:l==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function ti(e,t,i,s,l,o){return zi(e,t,(r,p,d,g,$,m,y,S,T,A,D)=>{let F=r.pxRound;const _=g.dir*(g.ori==0?1:-1),j=g.ori==0?hs:fs;let k,G;_==1?(k=i,G=s):(k=s,G=i);let R=F(m(p[k],g,A,S)),X=F(y(d[k],$,D,T)),Z=F(m(p[G],g,A,S)),it=F(y(o==1?$.max:$.min,$,D,T)),Y=new Path2D(l);return j(Y,Z,it),j(Y,R,it),j(Y,R,X),Y})}function fl(e,t,i,s,l,o){let r=null;if(e.length>0){r=new Path2D;const p=t==0?bl:Rn;let d=i;for(let m=0;m<e.length;m++){let y=e[m];if(y[1]>y[0]){let S=y[0]-d;S>0&&p(r,d,s,S,s+o),d=y[1]}}let g=i+l-d,$=10;g>0&&p(r,d,s-$/2,g,s+o+$)}return r}function Hd(e,t,i){let s=e[e.length-1];s&&s[0]==t?s[1]=i:e.push([t,i])}function Pn(e,t,i,s,l,o,r){let p=[],d=e.length;for(let g=l==1?i:s;g>=i&&g<=s;g+=l)if(t[g]===null){let m=g,y=g;if(l==1)for(;++g<=s&&t[g]===null;)y=g;else for(;--g>=i&&t[g]===null;)y=g;let S=o(e[m]),T=y==m?S:o(e[y]),A=m-l;S=r<=0&&A>=0&&A<d?o(e[A]):S;let F=y+l;T=r>=0&&F>=0&&F<d?o(e[F]):T,T>=S&&p.push([S,T])}return p}function _a(e){return e==0?Ga:e==1?Mt:t=>ji(t,e)}function gr(e){let t=e==0?ml:gl,i=e==0?(l,o,r,p,d,g)=>{l.arcTo(o,r,p,d,g)}:(l,o,r,p,d,g)=>{l.arcTo(r,o,d,p,g)},s=e==0?(l,o,r,p,d)=>{l.rect(o,r,p,d)}:(l,o,r,p,d)=>{l.rect(r,o,d,p)};return(l,o,r,p,d,g=0,$=0)=>{g==0&&$==0?s(l,o,r,p,d):(g=Ve(g,p/2,d/2),$=Ve($,p/2,d/2),t(l,o+g,r),i(l,o+p,r,o+p,r+d,g),i(l,o+p,r+d,o,r+d,$),i(l,o,r+d,o,r,$),i(l,o,r,o+p,r,g),l.closePath())}}const ml=(e,t,i)=>{e.moveTo(t,i)},gl=(e,t,i)=>{e.moveTo(i,t)},hs=(e,t,i)=>{e.lineTo(t,i)},fs=(e,t,i)=>{e.lineTo(i,t)},bl=gr(0),Rn=gr(1),br=(e,t,i,s,l,o)=>{e.arc(t,i,s,l,o)},yr=(e,t,i,s,l,o)=>{e.arc(i,t,s,l,o)},$r=(e,t,i,s,l,o,r)=>{e.bezierCurveTo(t,i,s,l,o,r)},vr=(e,t,i,s,l,o,r)=>{e.bezierCurveTo(i,t,l,s,r,o)};function wr(e){return(t,i,s,l,o)=>zi(t,i,(r,p,d,g,$,m,y,S,T,A,D)=>{let{pxRound:F,points:_}=r,j,k;g.ori==0?(j=ml,k=br):(j=gl,k=yr);const G=gt(_.width*ut,3);let R=(_.size-_.width)/2*ut,X=gt(R*2,3),Z=new Path2D,it=new Path2D,{left:Y,top:E,width:Q,height:V}=t.bbox;bl(it,Y-X,E-X,Q+X*2,V+X*2);const q=U=>{if(d[U]!=null){let nt=F(m(p[U],g,A,S)),N=F(y(d[U],$,D,T));j(Z,nt+R,N),k(Z,nt,N,R,0,tl*2)}};if(o)o.forEach(q);else for(let U=s;U<=l;U++)q(U);return{stroke:G>0?Z:null,fill:Z,clip:it,flags:cs|dn}})}function _r(e){return(t,i,s,l,o,r)=>{s!=l&&(o!=s&&r!=s&&e(t,i,s),o!=l&&r!=l&&e(t,i,l),e(t,i,r))}}const Fd=_r(hs),Nd=_r(fs);function xr(e){const t=rt(e?.alignGaps,0);return(i,s,l,o)=>zi(i,s,(r,p,d,g,$,m,y,S,T,A,D)=>{[l,o]=ul(d,l,o);let F=r.pxRound,_=V=>F(m(V,g,A,S)),j=V=>F(y(V,$,D,T)),k,G;g.ori==0?(k=hs,G=Fd):(k=fs,G=Nd);const R=g.dir*(g.ori==0?1:-1),X={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:cs},Z=X.stroke;let it=!1;if(o-l>=A*4){let V=O=>i.posToVal(O,g.key,!0),q=null,U=null,nt,N,le,_t=_(p[R==1?l:o]),ot=_(p[l]),ht=_(p[o]),tt=V(R==1?ot+1:ht-1);for(let O=R==1?l:o;O>=l&&O<=o;O+=R){let At=p[O],xt=(R==1?At<tt:At>tt)?_t:_(At),dt=d[O];xt==_t?dt!=null?(N=dt,q==null?(k(Z,xt,j(N)),nt=q=U=N):N<q?q=N:N>U&&(U=N)):dt===null&&(it=!0):(q!=null&&G(Z,_t,j(q),j(U),j(nt),j(N)),dt!=null?(N=dt,k(Z,xt,j(N)),q=U=nt=N):(q=U=null,dt===null&&(it=!0)),_t=xt,tt=V(_t+R))}q!=null&&q!=U&&le!=_t&&G(Z,_t,j(q),j(U),j(nt),j(N))}else for(let V=R==1?l:o;V>=l&&V<=o;V+=R){let q=d[V];q===null?it=!0:q!=null&&k(Z,_(p[V]),j(q))}let[E,Q]=Dn(i,s);if(r.fill!=null||E!=0){let V=X.fill=new Path2D(Z),q=r.fillTo(i,s,r.min,r.max,E),U=j(q),nt=_(p[l]),N=_(p[o]);R==-1&&([N,nt]=[nt,N]),k(V,N,U),k(V,nt,U)}if(!r.spanGaps){let V=[];it&&V.push(...Pn(p,d,l,o,R,_,t)),X.gaps=V=r.gaps(i,s,l,o,V),X.clip=fl(V,g.ori,S,T,A,D)}return Q!=0&&(X.band=Q==2?[ti(i,s,l,o,Z,-1),ti(i,s,l,o,Z,1)]:ti(i,s,l,o,Z,Q)),X})}function Ud(e){const t=rt(e.align,1),i=rt(e.ascDesc,!1),s=rt(e.alignGaps,0),l=rt(e.extend,!1);return(o,r,p,d)=>zi(o,r,(g,$,m,y,S,T,A,D,F,_,j)=>{[p,d]=ul(m,p,d);let k=g.pxRound,{left:G,width:R}=o.bbox,X=ot=>k(T(ot,y,_,D)),Z=ot=>k(A(ot,S,j,F)),it=y.ori==0?hs:fs;const Y={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:cs},E=Y.stroke,Q=y.dir*(y.ori==0?1:-1);let V=Z(m[Q==1?p:d]),q=X($[Q==1?p:d]),U=q,nt=q;l&&t==-1&&(nt=G,it(E,nt,V)),it(E,q,V);for(let ot=Q==1?p:d;ot>=p&&ot<=d;ot+=Q){let ht=m[ot];if(ht==null)continue;let tt=X($[ot]),O=Z(ht);t==1?it(E,tt,V):it(E,U,O),it(E,tt,O),V=O,U=tt}let N=U;l&&t==1&&(N=G+R,it(E,N,V));let[le,_t]=Dn(o,r);if(g.fill!=null||le!=0){let ot=Y.fill=new Path2D(E),ht=g.fillTo(o,r,g.min,g.max,le),tt=Z(ht);it(ot,N,tt),it(ot,nt,tt)}if(!g.spanGaps){let ot=[];ot.push(...Pn($,m,p,d,Q,X,s));let ht=g.width*ut/2,tt=i||t==1?ht:-ht,O=i||t==-1?-ht:ht;ot.forEach(At=>{At[0]+=tt,At[1]+=O}),Y.gaps=ot=g.gaps(o,r,p,d,ot),Y.clip=fl(ot,y.ori,D,F,_,j)}return _t!=0&&(Y.band=_t==2?[ti(o,r,p,d,E,-1),ti(o,r,p,d,E,1)]:ti(o,r,p,d,E,_t)),Y})}function xa(e,t,i,s,l,o,r=mt){if(e.length>1){let p=null;for(let d=0,g=1/0;d<e.length;d++)if(t[d]!==void 0){if(p!=null){let $=Dt(e[d]-e[p]);$<g&&(g=$,r=Dt(i(e[d],s,l,o)-i(e[p],s,l,o)))}p=d}}return r}function Bd(e){e=e||Ds;const t=rt(e.size,[.6,mt,1]),i=e.align||0,s=e.gap||0;let l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;const o=st(l),r=1-t[0],p=rt(t[1],mt),d=rt(t[2],1),g=rt(e.disp,Ds),$=rt(e.each,S=>{}),{fill:m,stroke:y}=g;return(S,T,A,D)=>zi(S,T,(F,_,j,k,G,R,X,Z,it,Y,E)=>{let Q=F.pxRound,V=i,q=s*ut,U=p*ut,nt=d*ut,N,le;k.ori==0?[N,le]=o(S,T):[le,N]=o(S,T);const _t=k.dir*(k.ori==0?1:-1);let ot=k.ori==0?bl:Rn,ht=k.ori==0?$:(P,bt,Ct,Hi,$i,Fe,vi)=>{$(P,bt,Ct,$i,Hi,vi,Fe)},tt=rt(S.bands,jn).find(P=>P.series[0]==T),O=tt!=null?tt.dir:0,At=F.fillTo(S,T,F.min,F.max,O),Zt=Q(X(At,G,E,it)),xt,dt,Ce,re=Y,St=Q(F.width*ut),He=!1,Ye=null,be=null,oi=null,Ii=null;m!=null&&(St==0||y!=null)&&(He=!0,Ye=m.values(S,T,A,D),be=new Map,new Set(Ye).forEach(P=>{P!=null&&be.set(P,new Path2D)}),St>0&&(oi=y.values(S,T,A,D),Ii=new Map,new Set(oi).forEach(P=>{P!=null&&Ii.set(P,new Path2D)})));let{x0:Vi,size:bs}=g;if(Vi!=null&&bs!=null){V=1,_=Vi.values(S,T,A,D),Vi.unit==2&&(_=_.map(Ct=>S.posToVal(Z+Ct*Y,k.key,!0)));let P=bs.values(S,T,A,D);bs.unit==2?dt=P[0]*Y:dt=R(P[0],k,Y,Z)-R(0,k,Y,Z),re=xa(_,j,R,k,Y,Z,re),Ce=re-dt+q}else re=xa(_,j,R,k,Y,Z,re),Ce=re*r+q,dt=re-Ce;Ce<1&&(Ce=0),St>=dt/2&&(St=0),Ce<5&&(Q=Ga);let Vs=Ce>0,bi=re-Ce-(Vs?St:0);dt=Q(rn(bi,nt,U)),xt=(V==0?dt/2:V==_t?0:dt)-V*_t*((V==0?q/2:0)+(Vs?St/2:0));const Kt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Oi=He?null:new Path2D;let Ze=null;if(tt!=null)Ze=S.data[tt.series[1]];else{let{y0:P,y1:bt}=g;P!=null&&bt!=null&&(j=bt.values(S,T,A,D),Ze=P.values(S,T,A,D))}let yi=N*dt,K=le*dt;for(let P=_t==1?A:D;P>=A&&P<=D;P+=_t){let bt=j[P];if(bt==null)continue;if(Ze!=null){let ne=Ze[P]??0;if(bt-ne==0)continue;Zt=X(ne,G,E,it)}let Ct=k.distr!=2||g!=null?_[P]:P,Hi=R(Ct,k,Y,Z),$i=X(rt(bt,At),G,E,it),Fe=Q(Hi-xt),vi=Q(ee($i,Zt)),ce=Q(Ve($i,Zt)),ye=vi-ce;if(bt!=null){let ne=bt<0?K:yi,Me=bt<0?yi:K;He?(St>0&&oi[P]!=null&&ot(Ii.get(oi[P]),Fe,ce+fe(St/2),dt,ee(0,ye-St),ne,Me),Ye[P]!=null&&ot(be.get(Ye[P]),Fe,ce+fe(St/2),dt,ee(0,ye-St),ne,Me)):ot(Oi,Fe,ce+fe(St/2),dt,ee(0,ye-St),ne,Me),ht(S,T,P,Fe-St/2,ce,dt+St,ye)}}return St>0?Kt.stroke=He?Ii:Oi:He||(Kt._fill=F.width==0?F._fill:F._stroke??F._fill,Kt.width=0),Kt.fill=He?be:Oi,Kt})}function Wd(e,t){const i=rt(t?.alignGaps,0);return(s,l,o,r)=>zi(s,l,(p,d,g,$,m,y,S,T,A,D,F)=>{[o,r]=ul(g,o,r);let _=p.pxRound,j=N=>_(y(N,$,D,T)),k=N=>_(S(N,m,F,A)),G,R,X;$.ori==0?(G=ml,X=hs,R=$r):(G=gl,X=fs,R=vr);const Z=$.dir*($.ori==0?1:-1);let it=j(d[Z==1?o:r]),Y=it,E=[],Q=[];for(let N=Z==1?o:r;N>=o&&N<=r;N+=Z)if(g[N]!=null){let _t=d[N],ot=j(_t);E.push(Y=ot),Q.push(k(g[N]))}const V={stroke:e(E,Q,G,X,R,_),fill:null,clip:null,band:null,gaps:null,flags:cs},q=V.stroke;let[U,nt]=Dn(s,l);if(p.fill!=null||U!=0){let N=V.fill=new Path2D(q),le=p.fillTo(s,l,p.min,p.max,U),_t=k(le);X(N,Y,_t),X(N,it,_t)}if(!p.spanGaps){let N=[];N.push(...Pn(d,g,o,r,Z,j,i)),V.gaps=N=p.gaps(s,l,o,r,N),V.clip=fl(N,$.ori,T,A,D,F)}return nt!=0&&(V.band=nt==2?[ti(s,l,o,r,q,-1),ti(s,l,o,r,q,1)]:ti(s,l,o,r,q,nt)),V})}function Gd(e){return Wd(qd,e)}function qd(e,t,i,s,l,o){const r=e.length;if(r<2)return null;const p=new Path2D;if(i(p,e[0],t[0]),r==2)s(p,e[1],t[1]);else{let d=Array(r),g=Array(r-1),$=Array(r-1),m=Array(r-1);for(let y=0;y<r-1;y++)$[y]=t[y+1]-t[y],m[y]=e[y+1]-e[y],g[y]=$[y]/m[y];d[0]=g[0];for(let y=1;y<r-1;y++)g[y]===0||g[y-1]===0||g[y-1]>0!=g[y]>0?d[y]=0:(d[y]=3*(m[y-1]+m[y])/((2*m[y]+m[y-1])/g[y-1]+(m[y]+2*m[y-1])/g[y]),isFinite(d[y])||(d[y]=0));d[r-1]=g[r-2];for(let y=0;y<r-1;y++)l(p,e[y]+m[y]/3,t[y]+d[y]*m[y]/3,e[y+1]-m[y]/3,t[y+1]-d[y+1]*m[y]/3,e[y+1],t[y+1])}return p}const pn=new Set;function ka(){for(let e of pn)e.syncRect(!0)}ps&&(Di(Tu,ls,ka),Di(ju,ls,ka,!0),Di(ll,ls,()=>{Ut.pxRatio=ut}));const Jd=xr(),Yd=wr();function Sa(e,t,i,s){return(s?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,r)=>hn(o,r,t,i))}function Zd(e,t){return e.map((i,s)=>s==0?{}:Et({},t,i))}function hn(e,t,i,s){return Et({},t==0?i:s,e)}function kr(e,t,i){return t==null?as:[t,i]}const Kd=kr;function Qd(e,t,i){return t==null?as:nl(t,i,Ln,!0)}function Sr(e,t,i,s){return t==null?as:dl(t,i,e.scales[s].log,!1)}const Xd=Sr;function Lr(e,t,i,s){return t==null?as:Sn(t,i,e.scales[s].log,!1)}const tp=Lr;function ep(e,t,i,s,l){let o=ee(sa(e),sa(t)),r=t-e,p=Ie(l/s*r,i);do{let d=i[p],g=s*d/r;if(g>=l&&o+(d<5?hi.get(d):0)<=17)return[d,g]}while(++p<i.length);return[0,0]}function La(e){let t,i;return e=e.replace(/(\d+)px/,(s,l)=>(t=Mt((i=+l)*ut))+"px"),[e,t,i]}function ip(e){e.show&&[e.font,e.labelFont].forEach(t=>{let i=gt(t[2]*ut,1);t[0]=t[0].replace(/[0-9.]+px/,i+"px"),t[1]=i})}function Ut(e,t,i){const s={mode:rt(e.mode,1)},l=s.mode;function o(n,a,c,u){let f=a.valToPct(n);return u+c*(a.dir==-1?1-f:f)}function r(n,a,c,u){let f=a.valToPct(n);return u+c*(a.dir==-1?f:1-f)}function p(n,a,c,u){return a.ori==0?o(n,a,c,u):r(n,a,c,u)}s.valToPosH=o,s.valToPosV=r;let d=!1;s.status=0;const g=s.root=xe(cu);if(e.id!=null&&(g.id=e.id),he(g,e.class),e.title){let n=xe(pu,g);n.textContent=e.title}const $=ze("canvas"),m=s.ctx=$.getContext("2d"),y=xe(hu,g);Di("click",y,n=>{n.target===T&&(yt!=Ki||kt!=Qi)&&Nt.click(s,n)},!0);const S=s.under=xe(fu,y);y.appendChild($);const T=s.over=xe(mu,y);e=rs(e);const A=+rt(e.pxAlign,1),D=_a(A);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(s,e)||e)});const F=e.ms||.001,_=s.series=l==1?Sa(e.series||[],ma,va,!1):Zd(e.series||[null],$a),j=s.axes=Sa(e.axes||[],fa,ba,!0),k=s.scales={},G=s.bands=e.bands||[];G.forEach(n=>{n.fill=st(n.fill||null),n.dir=rt(n.dir,-1)});const R=l==2?_[1].facets[0].scale:_[0].scale,X={axes:Xr,series:Jr},Z=(e.drawOrder||["axes","series"]).map(n=>X[n]);function it(n){const a=n.distr==3?c=>Xe(c>0?c:n.clamp(s,c,n.min,n.max,n.key)):n.distr==4?c=>ql(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=a(c),{_min:f,_max:b}=n,w=b-f;return(u-f)/w}}function Y(n){let a=k[n];if(a==null){let c=(e.scales||Ds)[n]||Ds;if(c.from!=null){Y(c.from);let u=Et({},k[c.from],c,{key:n});u.valToPct=it(u),k[n]=u}else{a=k[n]=Et({},n==R?fr:Vd,c),a.key=n;let u=a.time,f=a.range,b=pi(f);if((n!=R||l==2&&!u)&&(b&&(f[0]==null||f[1]==null)&&(f={min:f[0]==null?ta:{mode:1,hard:f[0],soft:f[0]},max:f[1]==null?ta:{mode:1,hard:f[1],soft:f[1]}},b=!1),!b&&hl(f))){let w=f;f=(x,L,C)=>L==null?as:nl(L,C,w)}a.range=st(f||(u?Kd:n==R?a.distr==3?Xd:a.distr==4?tp:kr:a.distr==3?Sr:a.distr==4?Lr:Qd)),a.auto=st(b?!1:a.auto),a.clamp=st(a.clamp||Id),a._min=a._max=null,a.valToPct=it(a)}}}Y("x"),Y("y"),l==1&&_.forEach(n=>{Y(n.scale)}),j.forEach(n=>{Y(n.scale)});for(let n in e.scales)Y(n);const E=k[R],Q=E.distr;let V,q;E.ori==0?(he(g,uu),V=o,q=r):(he(g,du),V=r,q=o);const U={};for(let n in k){let a=k[n];(a.min!=null||a.max!=null)&&(U[n]={min:a.min,max:a.max},a.min=a.max=null)}const nt=e.tzDate||(n=>new Date(Mt(n/F))),N=e.fmtDate||En,le=F==1?ud(nt):hd(nt),_t=da(nt,ua(F==1?cd:pd,N)),ot=ha(nt,pa(md,N)),ht=[],tt=s.legend=Et({},yd,e.legend),O=s.cursor=Et({},kd,{drag:{y:l==2}},e.cursor),At=tt.show,Zt=O.show,xt=tt.markers;tt.idxs=ht,xt.width=st(xt.width),xt.dash=st(xt.dash),xt.stroke=st(xt.stroke),xt.fill=st(xt.fill);let dt,Ce,re,St=[],He=[],Ye,be=!1,oi={};if(tt.live){const n=_[1]?_[1].values:null;be=n!=null,Ye=be?n(s,1,0):{_:0};for(let a in Ye)oi[a]=xn}if(At)if(dt=ze("table",wu,g),re=ze("tbody",null,dt),tt.mount(s,dt),be){Ce=ze("thead",null,dt,re);let n=ze("tr",null,Ce);ze("th",null,n);for(var Ii in Ye)ze("th",Fo,n).textContent=Ii}else he(dt,xu),tt.live&&he(dt,_u);const Vi={show:!0},bs={show:!1};function Vs(n,a){if(a==0&&(be||!tt.live||l==2))return as;let c=[],u=ze("tr",ku,re,re.childNodes[a]);he(u,n.class),n.show||he(u,Ai);let f=ze("th",null,u);if(xt.show){let x=xe(Su,f);if(a>0){let L=xt.width(s,a);L&&(x.style.border=L+"px "+xt.dash(s,a)+" "+xt.stroke(s,a)),x.style.background=xt.fill(s,a)}}let b=xe(Fo,f);n.label instanceof HTMLElement?b.appendChild(n.label):b.textContent=n.label,a>0&&(xt.show||(b.style.color=n.width>0?xt.stroke(s,a):xt.fill(s,a)),Kt("click",f,x=>{if(O._lock)return;_i(x);let L=_.indexOf(n);if((x.ctrlKey||x.metaKey)!=tt.isolate){let C=_.some((M,z)=>z>0&&z!=L&&M.show);_.forEach((M,z)=>{z>0&&Ue(z,C?z==L?Vi:bs:Vi,!0,jt.setSeries)})}else Ue(L,{show:!n.show},!0,jt.setSeries)},!1),Ni&&Kt(Wo,f,x=>{O._lock||(_i(x),Ue(_.indexOf(n),ts,!0,jt.setSeries))},!1));for(var w in Ye){let x=ze("td",Lu,u);x.textContent="--",c.push(x)}return[u,c]}const bi=new Map;function Kt(n,a,c,u=!0){const f=bi.get(a)||{},b=O.bind[n](s,a,c,u);b&&(Di(n,a,f[n]=b),bi.set(a,f))}function Oi(n,a,c){const u=bi.get(a)||{};for(let f in u)(n==null||f==n)&&(an(f,a,u[f]),delete u[f]);n==null&&bi.delete(a)}let Ze=0,yi=0,K=0,P=0,bt=0,Ct=0,Hi=bt,$i=Ct,Fe=K,vi=P,ce=0,ye=0,ne=0,Me=0;s.bbox={};let $l=!1,Os=!1,Fi=!1,wi=!1,Hs=!1,$e=!1;function vl(n,a,c){(c||n!=s.width||a!=s.height)&&eo(n,a),qi(!1),Fi=!0,Os=!0,Ji()}function eo(n,a){s.width=Ze=K=n,s.height=yi=P=a,bt=Ct=0,Fr(),Nr();let c=s.bbox;ce=c.left=ji(bt*ut,.5),ye=c.top=ji(Ct*ut,.5),ne=c.width=ji(K*ut,.5),Me=c.height=ji(P*ut,.5)}const Vr=3;function Or(){let n=!1,a=0;for(;!n;){a++;let c=Kr(a),u=Qr(a);n=a==Vr||c&&u,n||(eo(s.width,s.height),Os=!0)}}function Hr({width:n,height:a}){vl(n,a)}s.setSize=Hr;function Fr(){let n=!1,a=!1,c=!1,u=!1;j.forEach((f,b)=>{if(f.show&&f._show){let{side:w,_size:x}=f,L=w%2,C=f.label!=null?f.labelSize:0,M=x+C;M>0&&(L?(K-=M,w==3?(bt+=M,u=!0):c=!0):(P-=M,w==0?(Ct+=M,n=!0):a=!0))}}),xi[0]=n,xi[1]=c,xi[2]=a,xi[3]=u,K-=ai[1]+ai[3],bt+=ai[3],P-=ai[2]+ai[0],Ct+=ai[0]}function Nr(){let n=bt+K,a=Ct+P,c=bt,u=Ct;function f(b,w){switch(b){case 1:return n+=w,n-w;case 2:return a+=w,a-w;case 3:return c-=w,c+w;case 0:return u-=w,u+w}}j.forEach((b,w)=>{if(b.show&&b._show){let x=b.side;b._pos=f(x,b._size),b.label!=null&&(b._lpos=f(x,b.labelSize))}})}if(O.dataIdx==null){let n=O.hover,a=n.skip=new Set(n.skip??[]);a.add(void 0);let c=n.prox=st(n.prox),u=n.bias??=0;O.dataIdx=(f,b,w,x)=>{if(b==0)return w;let L=w,C=c(f,b,w,x)??mt,M=C>=0&&C<mt,z=E.ori==0?K:P,J=O.left,ct=t[0],at=t[b];if(a.has(at[w])){L=null;let et=null,W=null,H;if(u==0||u==-1)for(H=w;et==null&&H-- >0;)a.has(at[H])||(et=H);if(u==0||u==1)for(H=w;W==null&&H++<at.length;)a.has(at[H])||(W=H);if(et!=null||W!=null)if(M){let vt=et==null?-1/0:V(ct[et],E,z,0),Lt=W==null?1/0:V(ct[W],E,z,0),Ht=J-vt,ft=Lt-J;Ht<=ft?Ht<=C&&(L=et):ft<=C&&(L=W)}else L=W==null?et:et==null?W:w-et<=W-w?et:W}else M&&Dt(J-V(ct[w],E,z,0))>C&&(L=null);return L}}const _i=n=>{O.event=n};O.idxs=ht,O._lock=!1;let Wt=O.points;Wt.show=st(Wt.show),Wt.size=st(Wt.size),Wt.stroke=st(Wt.stroke),Wt.width=st(Wt.width),Wt.fill=st(Wt.fill);const Ne=s.focus=Et({},e.focus||{alpha:.3},O.focus),Ni=Ne.prox>=0,Ui=Ni&&Wt.one;let ve=[],Bi=[],Wi=[];function io(n,a){let c=Wt.show(s,a);if(c instanceof HTMLElement)return he(c,vu),he(c,n.class),qe(c,-10,-10,K,P),T.insertBefore(c,ve[a]),c}function so(n,a){if(l==1||a>0){let c=l==1&&k[n.scale].time,u=n.value;n.value=c?oa(u)?ha(nt,pa(u,N)):u||ot:u||Pd,n.label=n.label||(c?Ld:Sd)}if(Ui||a>0){n.width=n.width==null?1:n.width,n.paths=n.paths||Jd||Vu,n.fillTo=st(n.fillTo||Od),n.pxAlign=+rt(n.pxAlign,A),n.pxRound=_a(n.pxAlign),n.stroke=st(n.stroke||null),n.fill=st(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=Rd(ee(1,n.width),1),u=n.points=Et({},{size:c,width:ee(1,c*.2),stroke:n.stroke,space:c*2,paths:Yd,_stroke:null,_fill:null},n.points);u.show=st(u.show),u.filter=st(u.filter),u.fill=st(u.fill),u.stroke=st(u.stroke),u.paths=st(u.paths),u.pxAlign=n.pxAlign}if(At){let c=Vs(n,a);St.splice(a,0,c[0]),He.splice(a,0,c[1]),tt.values.push(null)}if(Zt){ht.splice(a,0,null);let c=null;Ui?a==0&&(c=io(n,a)):a>0&&(c=io(n,a)),ve.splice(a,0,c),Bi.splice(a,0,0),Wi.splice(a,0,0)}Ot("addSeries",a)}function Ur(n,a){a=a??_.length,n=l==1?hn(n,a,ma,va):hn(n,a,{},$a),_.splice(a,0,n),so(_[a],a)}s.addSeries=Ur;function Br(n){if(_.splice(n,1),At){tt.values.splice(n,1),He.splice(n,1);let a=St.splice(n,1)[0];Oi(null,a.firstChild),a.remove()}Zt&&(ht.splice(n,1),ve.splice(n,1)[0].remove(),Bi.splice(n,1),Wi.splice(n,1)),Ot("delSeries",n)}s.delSeries=Br;const xi=[!1,!1,!1,!1];function Wr(n,a){if(n._show=n.show,n.show){let c=n.side%2,u=k[n.scale];u==null&&(n.scale=c?_[1].scale:R,u=k[n.scale]);let f=u.time;n.size=st(n.size),n.space=st(n.space),n.rotate=st(n.rotate),pi(n.incrs)&&n.incrs.forEach(w=>{!hi.has(w)&&hi.set(w,Ya(w))}),n.incrs=st(n.incrs||(u.distr==2?od:f?F==1?rd:dd:Ei)),n.splits=st(n.splits||(f&&u.distr==1?le:u.distr==3?cn:u.distr==4?Ed:jd)),n.stroke=st(n.stroke),n.grid.stroke=st(n.grid.stroke),n.ticks.stroke=st(n.ticks.stroke),n.border.stroke=st(n.border.stroke);let b=n.values;n.values=pi(b)&&!pi(b[0])?st(b):f?pi(b)?da(nt,ua(b,N)):oa(b)?fd(nt,b):b||_t:b||Td,n.filter=st(n.filter||(u.distr>=3&&u.log==10?Md:u.distr==3&&u.log==2?Dd:qa)),n.font=La(n.font),n.labelFont=La(n.labelFont),n._size=n.size(s,null,a,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(xi[a]=!0,n._el=xe(gu,y))}}function ys(n,a,c,u){let[f,b,w,x]=c,L=a%2,C=0;return L==0&&(x||b)&&(C=a==0&&!f||a==2&&!w?Mt(fa.size/3):0),L==1&&(f||w)&&(C=a==1&&!b||a==3&&!x?Mt(ba.size/2):0),C}const lo=s.padding=(e.padding||[ys,ys,ys,ys]).map(n=>st(rt(n,ys))),ai=s._padding=lo.map((n,a)=>n(s,a,xi,0));let Ft,Rt=null,zt=null;const Fs=l==1?_[0].idxs:null;let De=null,$s=!1;function no(n,a){if(t=n??[],s.data=s._data=t,l==2){Ft=0;for(let c=1;c<_.length;c++)Ft+=t[c][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),De=t[0],Ft=De.length;let c=t;if(Q==2){c=t.slice();let u=c[0]=Array(Ft);for(let f=0;f<Ft;f++)u[f]=f}s._data=t=c}if(qi(!0),Ot("setData"),Q==2&&(Fi=!0),a!==!1){let c=E;c.auto(s,$s)?wl():ci(R,c.min,c.max),wi=wi||O.left>=0,$e=!0,Ji()}}s.setData=no;function wl(){$s=!0;let n,a;l==1&&(Ft>0?(Rt=Fs[0]=0,zt=Fs[1]=Ft-1,n=t[0][Rt],a=t[0][zt],Q==2?(n=Rt,a=zt):n==a&&(Q==3?[n,a]=dl(n,n,E.log,!1):Q==4?[n,a]=Sn(n,n,E.log,!1):E.time?a=n+Mt(86400/F):[n,a]=nl(n,a,Ln,!0))):(Rt=Fs[0]=n=null,zt=Fs[1]=a=null)),ci(R,n,a)}let Ns,Gi,_l,xl,kl,Sl,Ll,Tl,jl,oe;function oo(n,a,c,u,f,b){n??=Uo,c??=jn,u??="butt",f??=Uo,b??="round",n!=Ns&&(m.strokeStyle=Ns=n),f!=Gi&&(m.fillStyle=Gi=f),a!=_l&&(m.lineWidth=_l=a),b!=kl&&(m.lineJoin=kl=b),u!=Sl&&(m.lineCap=Sl=u),c!=xl&&m.setLineDash(xl=c)}function ao(n,a,c,u){a!=Gi&&(m.fillStyle=Gi=a),n!=Ll&&(m.font=Ll=n),c!=Tl&&(m.textAlign=Tl=c),u!=jl&&(m.textBaseline=jl=u)}function El(n,a,c,u,f=0){if(u.length>0&&n.auto(s,$s)&&(a==null||a.min==null)){let b=rt(Rt,0),w=rt(zt,u.length-1),x=c.min==null?Mu(u,b,w,f,n.distr==3):[c.min,c.max];n.min=Ve(n.min,c.min=x[0]),n.max=ee(n.max,c.max=x[1])}}const ro={min:null,max:null};function Gr(){for(let u in k){let f=k[u];U[u]==null&&(f.min==null||U[R]!=null&&f.auto(s,$s))&&(U[u]=ro)}for(let u in k){let f=k[u];U[u]==null&&f.from!=null&&U[f.from]!=null&&(U[u]=ro)}U[R]!=null&&qi(!0);let n={};for(let u in U){let f=U[u];if(f!=null){let b=n[u]=rs(k[u],Fu);if(f.min!=null)Et(b,f);else if(u!=R||l==2)if(Ft==0&&b.from==null){let w=b.range(s,null,null,u);b.min=w[0],b.max=w[1]}else b.min=mt,b.max=-mt}}if(Ft>0){_.forEach((u,f)=>{if(l==1){let b=u.scale,w=U[b];if(w==null)return;let x=n[b];if(f==0){let L=x.range(s,x.min,x.max,b);x.min=L[0],x.max=L[1],Rt=Ie(x.min,t[0]),zt=Ie(x.max,t[0]),zt-Rt>1&&(t[0][Rt]<x.min&&Rt++,t[0][zt]>x.max&&zt--),u.min=De[Rt],u.max=De[zt]}else u.show&&u.auto&&El(x,w,u,t[f],u.sorted);u.idxs[0]=Rt,u.idxs[1]=zt}else if(f>0&&u.show&&u.auto){let[b,w]=u.facets,x=b.scale,L=w.scale,[C,M]=t[f],z=n[x],J=n[L];z!=null&&El(z,U[x],b,C,b.sorted),J!=null&&El(J,U[L],w,M,w.sorted),u.min=w.min,u.max=w.max}});for(let u in n){let f=n[u],b=U[u];if(f.from==null&&(b==null||b.min==null)){let w=f.range(s,f.min==mt?null:f.min,f.max==-mt?null:f.max,u);f.min=w[0],f.max=w[1]}}}for(let u in n){let f=n[u];if(f.from!=null){let b=n[f.from];if(b.min==null)f.min=f.max=null;else{let w=f.range(s,b.min,b.max,u);f.min=w[0],f.max=w[1]}}}let a={},c=!1;for(let u in n){let f=n[u],b=k[u];if(b.min!=f.min||b.max!=f.max){b.min=f.min,b.max=f.max;let w=b.distr;b._min=w==3?Xe(b.min):w==4?ql(b.min,b.asinh):w==100?b.fwd(b.min):b.min,b._max=w==3?Xe(b.max):w==4?ql(b.max,b.asinh):w==100?b.fwd(b.max):b.max,a[u]=c=!0}}if(c){_.forEach((u,f)=>{l==2?f>0&&a.y&&(u._paths=null):a[u.scale]&&(u._paths=null)});for(let u in a)Fi=!0,Ot("setScale",u);Zt&&O.left>=0&&(wi=$e=!0)}for(let u in U)U[u]=null}function qr(n){let a=rn(Rt-1,0,Ft-1),c=rn(zt+1,0,Ft-1);for(;n[a]==null&&a>0;)a--;for(;n[c]==null&&c<Ft-1;)c++;return[a,c]}function Jr(){if(Ft>0){let n=_.some(a=>a._focus)&&oe!=Ne.alpha;n&&(m.globalAlpha=oe=Ne.alpha),_.forEach((a,c)=>{if(c>0&&a.show&&(co(c,!1),co(c,!0),a._paths==null)){let u=oe;oe!=a.alpha&&(m.globalAlpha=oe=a.alpha);let f=l==2?[0,t[c][0].length-1]:qr(t[c]);a._paths=a.paths(s,c,f[0],f[1]),oe!=u&&(m.globalAlpha=oe=u)}}),_.forEach((a,c)=>{if(c>0&&a.show){let u=oe;oe!=a.alpha&&(m.globalAlpha=oe=a.alpha),a._paths!=null&&uo(c,!1);{let f=a._paths!=null?a._paths.gaps:null,b=a.points.show(s,c,Rt,zt,f),w=a.points.filter(s,c,b,f);(b||w)&&(a.points._paths=a.points.paths(s,c,Rt,zt,w),uo(c,!0))}oe!=u&&(m.globalAlpha=oe=u),Ot("drawSeries",c)}}),n&&(m.globalAlpha=oe=1)}}function co(n,a){let c=a?_[n].points:_[n];c._stroke=c.stroke(s,n),c._fill=c.fill(s,n)}function uo(n,a){let c=a?_[n].points:_[n],{stroke:u,fill:f,clip:b,flags:w,_stroke:x=c._stroke,_fill:L=c._fill,_width:C=c.width}=c._paths;C=gt(C*ut,3);let M=null,z=C%2/2;a&&L==null&&(L=C>0?"#fff":x);let J=c.pxAlign==1&&z>0;if(J&&m.translate(z,z),!a){let ct=ce-C/2,at=ye-C/2,et=ne+C,W=Me+C;M=new Path2D,M.rect(ct,at,et,W)}a?Al(x,C,c.dash,c.cap,L,u,f,w,b):Yr(n,x,C,c.dash,c.cap,L,u,f,w,M,b),J&&m.translate(-z,-z)}function Yr(n,a,c,u,f,b,w,x,L,C,M){let z=!1;L!=0&&G.forEach((J,ct)=>{if(J.series[0]==n){let at=_[J.series[1]],et=t[J.series[1]],W=(at._paths||Ds).band;pi(W)&&(W=J.dir==1?W[0]:W[1]);let H,vt=null;at.show&&W&&Pu(et,Rt,zt)?(vt=J.fill(s,ct)||b,H=at._paths.clip):W=null,Al(a,c,u,f,vt,w,x,L,C,M,H,W),z=!0}}),z||Al(a,c,u,f,b,w,x,L,C,M)}const po=cs|dn;function Al(n,a,c,u,f,b,w,x,L,C,M,z){oo(n,a,c,u,f),(L||C||z)&&(m.save(),L&&m.clip(L),C&&m.clip(C)),z?(x&po)==po?(m.clip(z),M&&m.clip(M),Bs(f,w),Us(n,b,a)):x&dn?(Bs(f,w),m.clip(z),Us(n,b,a)):x&cs&&(m.save(),m.clip(z),M&&m.clip(M),Bs(f,w),m.restore(),Us(n,b,a)):(Bs(f,w),Us(n,b,a)),(L||C||z)&&m.restore()}function Us(n,a,c){c>0&&(a instanceof Map?a.forEach((u,f)=>{m.strokeStyle=Ns=f,m.stroke(u)}):a!=null&&n&&m.stroke(a))}function Bs(n,a){a instanceof Map?a.forEach((c,u)=>{m.fillStyle=Gi=u,m.fill(c)}):a!=null&&n&&m.fill(a)}function Zr(n,a,c,u){let f=j[n],b;if(u<=0)b=[0,0];else{let w=f._space=f.space(s,n,a,c,u),x=f._incrs=f.incrs(s,n,a,c,u,w);b=ep(a,c,x,u,w)}return f._found=b}function Cl(n,a,c,u,f,b,w,x,L,C){let M=w%2/2;A==1&&m.translate(M,M),oo(x,w,L,C,x),m.beginPath();let z,J,ct,at,et=f+(u==0||u==3?-b:b);c==0?(J=f,at=et):(z=f,ct=et);for(let W=0;W<n.length;W++)a[W]!=null&&(c==0?z=ct=n[W]:J=at=n[W],m.moveTo(z,J),m.lineTo(ct,at));m.stroke(),A==1&&m.translate(-M,-M)}function Kr(n){let a=!0;return j.forEach((c,u)=>{if(!c.show)return;let f=k[c.scale];if(f.min==null){c._show&&(a=!1,c._show=!1,qi(!1));return}else c._show||(a=!1,c._show=!0,qi(!1));let b=c.side,w=b%2,{min:x,max:L}=f,[C,M]=Zr(u,x,L,w==0?K:P);if(M==0)return;let z=f.distr==2,J=c._splits=c.splits(s,u,x,L,C,M,z),ct=f.distr==2?J.map(H=>De[H]):J,at=f.distr==2?De[J[1]]-De[J[0]]:C,et=c._values=c.values(s,c.filter(s,ct,u,M,at),u,M,at);c._rotate=b==2?c.rotate(s,et,u,M):0;let W=c._size;c._size=ke(c.size(s,et,u,n)),W!=null&&c._size!=W&&(a=!1)}),a}function Qr(n){let a=!0;return lo.forEach((c,u)=>{let f=c(s,u,xi,n);f!=ai[u]&&(a=!1),ai[u]=f}),a}function Xr(){for(let n=0;n<j.length;n++){let a=j[n];if(!a.show||!a._show)continue;let c=a.side,u=c%2,f,b,w=a.stroke(s,n),x=c==0||c==3?-1:1,[L,C]=a._found;if(a.label!=null){let Xt=a.labelGap*x,pe=Mt((a._lpos+Xt)*ut);ao(a.labelFont[0],w,"center",c==2?Ts:No),m.save(),u==1?(f=b=0,m.translate(pe,Mt(ye+Me/2)),m.rotate((c==3?-tl:tl)/2)):(f=Mt(ce+ne/2),b=pe);let Li=Wa(a.label)?a.label(s,n,L,C):a.label;m.fillText(Li,f,b),m.restore()}if(C==0)continue;let M=k[a.scale],z=u==0?ne:Me,J=u==0?ce:ye,ct=a._splits,at=M.distr==2?ct.map(Xt=>De[Xt]):ct,et=M.distr==2?De[ct[1]]-De[ct[0]]:L,W=a.ticks,H=a.border,vt=W.show?W.size:0,Lt=Mt(vt*ut),Ht=Mt((a.alignTo==2?a._size-vt-a.gap:a.gap)*ut),ft=a._rotate*-tl/180,Tt=D(a._pos*ut),ue=(Lt+Ht)*x,Qt=Tt+ue;b=u==0?Qt:0,f=u==1?Qt:0;let we=a.font[0],Pe=a.align==1?is:a.align==2?Bl:ft>0?is:ft<0?Bl:u==0?"center":c==3?Bl:is,We=ft||u==1?"middle":c==2?Ts:No;ao(we,w,Pe,We);let de=a.font[1]*a.lineGap,_e=ct.map(Xt=>D(p(Xt,M,z,J))),Re=a._values;for(let Xt=0;Xt<Re.length;Xt++){let pe=Re[Xt];if(pe!=null){u==0?f=_e[Xt]:b=_e[Xt],pe=""+pe;let Li=pe.indexOf(`
`)==-1?[pe]:pe.split(/\n/gm);for(let te=0;te<Li.length;te++){let Co=Li[te];ft?(m.save(),m.translate(f,b+te*de),m.rotate(ft),m.fillText(Co,0,0),m.restore()):m.fillText(Co,f,b+te*de)}}}W.show&&Cl(_e,W.filter(s,at,n,C,et),u,c,Tt,Lt,gt(W.width*ut,3),W.stroke(s,n),W.dash,W.cap);let Ge=a.grid;Ge.show&&Cl(_e,Ge.filter(s,at,n,C,et),u,u==0?2:1,u==0?ye:ce,u==0?Me:ne,gt(Ge.width*ut,3),Ge.stroke(s,n),Ge.dash,Ge.cap),H.show&&Cl([Tt],[1],u==0?1:0,u==0?1:2,u==1?ye:ce,u==1?Me:ne,gt(H.width*ut,3),H.stroke(s,n),H.dash,H.cap)}Ot("drawAxes")}function qi(n){_.forEach((a,c)=>{c>0&&(a._paths=null,n&&(l==1?(a.min=null,a.max=null):a.facets.forEach(u=>{u.min=null,u.max=null})))})}let Ws=!1,Ml=!1,vs=[];function tc(){Ml=!1;for(let n=0;n<vs.length;n++)Ot(...vs[n]);vs.length=0}function Ji(){Ws||(Ju(ho),Ws=!0)}function ec(n,a=!1){Ws=!0,Ml=a,n(s),ho(),a&&vs.length>0&&queueMicrotask(tc)}s.batch=ec;function ho(){if($l&&(Gr(),$l=!1),Fi&&(Or(),Fi=!1),Os){if(wt(S,is,bt),wt(S,Ts,Ct),wt(S,Es,K),wt(S,As,P),wt(T,is,bt),wt(T,Ts,Ct),wt(T,Es,K),wt(T,As,P),wt(y,Es,Ze),wt(y,As,yi),$.width=Mt(Ze*ut),$.height=Mt(yi*ut),j.forEach(({_el:n,_show:a,_size:c,_pos:u,side:f})=>{if(n!=null)if(a){let b=f===3||f===0?c:0,w=f%2==1;wt(n,w?"left":"top",u-b),wt(n,w?"width":"height",c),wt(n,w?"top":"left",w?Ct:bt),wt(n,w?"height":"width",w?P:K),on(n,Ai)}else he(n,Ai)}),Ns=Gi=_l=kl=Sl=Ll=Tl=jl=xl=null,oe=1,xs(!0),bt!=Hi||Ct!=$i||K!=Fe||P!=vi){qi(!1);let n=K/Fe,a=P/vi;if(Zt&&!wi&&O.left>=0){O.left*=n,O.top*=a,Yi&&qe(Yi,Mt(O.left),0,K,P),Zi&&qe(Zi,0,Mt(O.top),K,P);for(let c=0;c<ve.length;c++){let u=ve[c];u!=null&&(Bi[c]*=n,Wi[c]*=a,qe(u,ke(Bi[c]),ke(Wi[c]),K,P))}}if($t.show&&!Hs&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=a,$t.height*=a;for(let c in Vl)wt(Xi,c,$t[c])}Hi=bt,$i=Ct,Fe=K,vi=P}Ot("setSize"),Os=!1}Ze>0&&yi>0&&(m.clearRect(0,0,$.width,$.height),Ot("drawClear"),Z.forEach(n=>n()),Ot("draw")),$t.show&&Hs&&(Gs($t),Hs=!1),Zt&&wi&&(Si(null,!0,!1),wi=!1),tt.show&&tt.live&&$e&&(zl(),$e=!1),d||(d=!0,s.status=1,Ot("ready")),$s=!1,Ws=!1}s.redraw=(n,a)=>{Fi=a||!1,n!==!1?ci(R,E.min,E.max):Ji()};function Dl(n,a){let c=k[n];if(c.from==null){if(Ft==0){let u=c.range(s,a.min,a.max,n);a.min=u[0],a.max=u[1]}if(a.min>a.max){let u=a.min;a.min=a.max,a.max=u}if(Ft>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;n==R&&c.distr==2&&Ft>0&&(a.min=Ie(a.min,t[0]),a.max=Ie(a.max,t[0]),a.min==a.max&&a.max++),U[n]=a,$l=!0,Ji()}}s.setScale=Dl;let Pl,Rl,Yi,Zi,fo,mo,Ki,Qi,go,bo,yt,kt,ri=!1;const Nt=O.drag;let It=Nt.x,Vt=Nt.y;Zt&&(O.x&&(Pl=xe(yu,T)),O.y&&(Rl=xe($u,T)),E.ori==0?(Yi=Pl,Zi=Rl):(Yi=Rl,Zi=Pl),yt=O.left,kt=O.top);const $t=s.select=Et({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Xi=$t.show?xe(bu,$t.over?T:S):null;function Gs(n,a){if($t.show){for(let c in n)$t[c]=n[c],c in Vl&&wt(Xi,c,n[c]);a!==!1&&Ot("setSelect")}}s.setSelect=Gs;function ic(n){if(_[n].show)At&&on(St[n],Ai);else if(At&&he(St[n],Ai),Zt){let c=Ui?ve[0]:ve[n];c!=null&&qe(c,-10,-10,K,P)}}function ci(n,a,c){Dl(n,{min:a,max:c})}function Ue(n,a,c,u){a.focus!=null&&ac(n),a.show!=null&&_.forEach((f,b)=>{b>0&&(n==b||n==null)&&(f.show=a.show,ic(b),l==2?(ci(f.facets[0].scale,null,null),ci(f.facets[1].scale,null,null)):ci(f.scale,null,null),Ji())}),c!==!1&&Ot("setSeries",n,a),u&&ks("setSeries",s,n,a)}s.setSeries=Ue;function sc(n,a){Et(G[n],a)}function lc(n,a){n.fill=st(n.fill||null),n.dir=rt(n.dir,-1),a=a??G.length,G.splice(a,0,n)}function nc(n){n==null?G.length=0:G.splice(n,1)}s.addBand=lc,s.setBand=sc,s.delBand=nc;function oc(n,a){_[n].alpha=a,Zt&&ve[n]!=null&&(ve[n].style.opacity=a),At&&St[n]&&(St[n].style.opacity=a)}let Ke,ui,ki;const ts={focus:!0};function ac(n){if(n!=ki){let a=n==null,c=Ne.alpha!=1;_.forEach((u,f)=>{if(l==1||f>0){let b=a||f==0||f==n;u._focus=a?null:b,c&&oc(f,b?1:Ne.alpha)}}),ki=n,c&&Ji()}}At&&Ni&&Kt(Go,dt,n=>{O._lock||(_i(n),ki!=null&&Ue(null,ts,!0,jt.setSeries))});function Be(n,a,c){let u=k[a];c&&(n=n/ut-(u.ori==1?Ct:bt));let f=K;u.ori==1&&(f=P,n=f-n),u.dir==-1&&(n=f-n);let b=u._min,w=u._max,x=n/f,L=b+(w-b)*x,C=u.distr;return C==3?os(10,L):C==4?zu(L,u.asinh):C==100?u.bwd(L):L}function rc(n,a){let c=Be(n,R,a);return Ie(c,t[0],Rt,zt)}s.valToIdx=n=>Ie(n,t[0]),s.posToIdx=rc,s.posToVal=Be,s.valToPos=(n,a,c)=>k[a].ori==0?o(n,k[a],c?ne:K,c?ce:0):r(n,k[a],c?Me:P,c?ye:0),s.setCursor=(n,a,c)=>{yt=n.left,kt=n.top,Si(null,a,c)};function yo(n,a){wt(Xi,is,$t.left=n),wt(Xi,Es,$t.width=a)}function $o(n,a){wt(Xi,Ts,$t.top=n),wt(Xi,As,$t.height=a)}let ws=E.ori==0?yo:$o,_s=E.ori==1?yo:$o;function cc(){if(At&&tt.live)for(let n=l==2?1:0;n<_.length;n++){if(n==0&&be)continue;let a=tt.values[n],c=0;for(let u in a)He[n][c++].firstChild.nodeValue=a[u]}}function zl(n,a){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ht[u]=c}):Hu(n.idx)||ht.fill(n.idx),tt.idx=ht[0]),At&&tt.live){for(let c=0;c<_.length;c++)(c>0||l==1&&!be)&&uc(c,ht[c]);cc()}$e=!1,a!==!1&&Ot("setLegend")}s.setLegend=zl;function uc(n,a){let c=_[n],u=n==0&&Q==2?De:t[n],f;be?f=c.values(s,n,a)??oi:(f=c.value(s,a==null?null:u[a],n,a),f=f==null?oi:{_:f}),tt.values[n]=f}function Si(n,a,c){go=yt,bo=kt,[yt,kt]=O.move(s,yt,kt),O.left=yt,O.top=kt,Zt&&(Yi&&qe(Yi,Mt(yt),0,K,P),Zi&&qe(Zi,0,Mt(kt),K,P));let u,f=Rt>zt;Ke=mt,ui=null;let b=E.ori==0?K:P,w=E.ori==1?K:P;if(yt<0||Ft==0||f){u=O.idx=null;for(let x=0;x<_.length;x++){let L=ve[x];L!=null&&qe(L,-10,-10,K,P)}Ni&&Ue(null,ts,!0,n==null&&jt.setSeries),tt.live&&(ht.fill(u),$e=!0)}else{let x,L,C;l==1&&(x=E.ori==0?yt:kt,L=Be(x,R),u=O.idx=Ie(L,t[0],Rt,zt),C=V(t[0][u],E,b,0));let M=-10,z=-10,J=0,ct=0,at=!0,et="",W="";for(let H=l==2?1:0;H<_.length;H++){let vt=_[H],Lt=ht[H],Ht=Lt==null?null:l==1?t[H][Lt]:t[H][1][Lt],ft=O.dataIdx(s,H,u,L),Tt=ft==null?null:l==1?t[H][ft]:t[H][1][ft];if($e=$e||Tt!=Ht||ft!=Lt,ht[H]=ft,H>0&&vt.show){let ue=ft==null?-10:ft==u?C:V(l==1?t[0][ft]:t[H][0][ft],E,b,0),Qt=Tt==null?-10:q(Tt,l==1?k[vt.scale]:k[vt.facets[1].scale],w,0);if(Ni&&Tt!=null){let we=E.ori==1?yt:kt,Pe=Dt(Ne.dist(s,H,ft,Qt,we));if(Pe<Ke){let We=Ne.bias;if(We!=0){let de=Be(we,vt.scale),_e=Tt>=0?1:-1,Re=de>=0?1:-1;Re==_e&&(Re==1?We==1?Tt>=de:Tt<=de:We==1?Tt<=de:Tt>=de)&&(Ke=Pe,ui=H)}else Ke=Pe,ui=H}}if($e||Ui){let we,Pe;E.ori==0?(we=ue,Pe=Qt):(we=Qt,Pe=ue);let We,de,_e,Re,Ge,Xt,pe=!0,Li=Wt.bbox;if(Li!=null){pe=!1;let te=Li(s,H);_e=te.left,Re=te.top,We=te.width,de=te.height}else _e=we,Re=Pe,We=de=Wt.size(s,H);if(Xt=Wt.fill(s,H),Ge=Wt.stroke(s,H),Ui)H==ui&&Ke<=Ne.prox&&(M=_e,z=Re,J=We,ct=de,at=pe,et=Xt,W=Ge);else{let te=ve[H];te!=null&&(Bi[H]=_e,Wi[H]=Re,Xo(te,We,de,pe),Ko(te,Xt,Ge),qe(te,ke(_e),ke(Re),K,P))}}}}if(Ui){let H=Ne.prox,vt=ki==null?Ke<=H:Ke>H||ui!=ki;if($e||vt){let Lt=ve[0];Lt!=null&&(Bi[0]=M,Wi[0]=z,Xo(Lt,J,ct,at),Ko(Lt,et,W),qe(Lt,ke(M),ke(z),K,P))}}}if($t.show&&ri)if(n!=null){let[x,L]=jt.scales,[C,M]=jt.match,[z,J]=n.cursor.sync.scales,ct=n.cursor.drag;if(It=ct._x,Vt=ct._y,It||Vt){let{left:at,top:et,width:W,height:H}=n.select,vt=n.scales[z].ori,Lt=n.posToVal,Ht,ft,Tt,ue,Qt,we=x!=null&&C(x,z),Pe=L!=null&&M(L,J);we&&It?(vt==0?(Ht=at,ft=W):(Ht=et,ft=H),Tt=k[x],ue=V(Lt(Ht,z),Tt,b,0),Qt=V(Lt(Ht+ft,z),Tt,b,0),ws(Ve(ue,Qt),Dt(Qt-ue))):ws(0,b),Pe&&Vt?(vt==1?(Ht=at,ft=W):(Ht=et,ft=H),Tt=k[L],ue=q(Lt(Ht,J),Tt,w,0),Qt=q(Lt(Ht+ft,J),Tt,w,0),_s(Ve(ue,Qt),Dt(Qt-ue))):_s(0,w)}else Ol()}else{let x=Dt(go-fo),L=Dt(bo-mo);if(E.ori==1){let J=x;x=L,L=J}It=Nt.x&&x>=Nt.dist,Vt=Nt.y&&L>=Nt.dist;let C=Nt.uni;C!=null?It&&Vt&&(It=x>=C,Vt=L>=C,!It&&!Vt&&(L>x?Vt=!0:It=!0)):Nt.x&&Nt.y&&(It||Vt)&&(It=Vt=!0);let M,z;It&&(E.ori==0?(M=Ki,z=yt):(M=Qi,z=kt),ws(Ve(M,z),Dt(z-M)),Vt||_s(0,w)),Vt&&(E.ori==1?(M=Ki,z=yt):(M=Qi,z=kt),_s(Ve(M,z),Dt(z-M)),It||ws(0,b)),!It&&!Vt&&(ws(0,0),_s(0,0))}if(Nt._x=It,Nt._y=Vt,n==null){if(c){if(Ao!=null){let[x,L]=jt.scales;jt.values[0]=x!=null?Be(E.ori==0?yt:kt,x):null,jt.values[1]=L!=null?Be(E.ori==1?yt:kt,L):null}ks(Wl,s,yt,kt,K,P,u)}if(Ni){let x=c&&jt.setSeries,L=Ne.prox;ki==null?Ke<=L&&Ue(ui,ts,!0,x):Ke>L?Ue(null,ts,!0,x):ui!=ki&&Ue(ui,ts,!0,x)}}$e&&(tt.idx=u,zl()),a!==!1&&Ot("setCursor")}let di=null;Object.defineProperty(s,"rect",{get(){return di==null&&xs(!1),di}});function xs(n=!1){n?di=null:(di=T.getBoundingClientRect(),Ot("syncRect",di))}function vo(n,a,c,u,f,b,w){O._lock||ri&&n!=null&&n.movementX==0&&n.movementY==0||(Il(n,a,c,u,f,b,w,!1,n!=null),n!=null?Si(null,!0,!0):Si(a,!0,!1))}function Il(n,a,c,u,f,b,w,x,L){if(di==null&&xs(!1),_i(n),n!=null)c=n.clientX-di.left,u=n.clientY-di.top;else{if(c<0||u<0){yt=-10,kt=-10;return}let[C,M]=jt.scales,z=a.cursor.sync,[J,ct]=z.values,[at,et]=z.scales,[W,H]=jt.match,vt=a.axes[0].side%2==1,Lt=E.ori==0?K:P,Ht=E.ori==1?K:P,ft=vt?b:f,Tt=vt?f:b,ue=vt?u:c,Qt=vt?c:u;if(at!=null?c=W(C,at)?p(J,k[C],Lt,0):-10:c=Lt*(ue/ft),et!=null?u=H(M,et)?p(ct,k[M],Ht,0):-10:u=Ht*(Qt/Tt),E.ori==1){let we=c;c=u,u=we}}L&&(a==null||a.cursor.event.type==Wl)&&((c<=1||c>=K-1)&&(c=ji(c,K)),(u<=1||u>=P-1)&&(u=ji(u,P))),x?(fo=c,mo=u,[Ki,Qi]=O.move(s,c,u)):(yt=c,kt=u)}const Vl={width:0,height:0,left:0,top:0};function Ol(){Gs(Vl,!1)}let wo,_o,xo,ko;function So(n,a,c,u,f,b,w){ri=!0,It=Vt=Nt._x=Nt._y=!1,Il(n,a,c,u,f,b,w,!0,!1),n!=null&&(Kt(Gl,ln,Lo,!1),ks(Bo,s,Ki,Qi,K,P,null));let{left:x,top:L,width:C,height:M}=$t;wo=x,_o=L,xo=C,ko=M}function Lo(n,a,c,u,f,b,w){ri=Nt._x=Nt._y=!1,Il(n,a,c,u,f,b,w,!1,!0);let{left:x,top:L,width:C,height:M}=$t,z=C>0||M>0,J=wo!=x||_o!=L||xo!=C||ko!=M;if(z&&J&&Gs($t),Nt.setScale&&z&&J){let ct=x,at=C,et=L,W=M;if(E.ori==1&&(ct=L,at=M,et=x,W=C),It&&ci(R,Be(ct,R),Be(ct+at,R)),Vt)for(let H in k){let vt=k[H];H!=R&&vt.from==null&&vt.min!=mt&&ci(H,Be(et+W,H),Be(et,H))}Ol()}else O.lock&&(O._lock=!O._lock,Si(a,!0,n!=null));n!=null&&(Oi(Gl,ln),ks(Gl,s,yt,kt,K,P,null))}function dc(n,a,c,u,f,b,w){if(O._lock)return;_i(n);let x=ri;if(ri){let L=!0,C=!0,M=10,z,J;E.ori==0?(z=It,J=Vt):(z=Vt,J=It),z&&J&&(L=yt<=M||yt>=K-M,C=kt<=M||kt>=P-M),z&&L&&(yt=yt<Ki?0:K),J&&C&&(kt=kt<Qi?0:P),Si(null,!0,!0),ri=!1}yt=-10,kt=-10,ht.fill(null),Si(null,!0,!0),x&&(ri=x)}function To(n,a,c,u,f,b,w){O._lock||(_i(n),wl(),Ol(),n!=null&&ks(qo,s,yt,kt,K,P,null))}function jo(){j.forEach(ip),vl(s.width,s.height,!0)}Di(ll,ls,jo);const es={};es.mousedown=So,es.mousemove=vo,es.mouseup=Lo,es.dblclick=To,es.setSeries=(n,a,c,u)=>{let f=jt.match[2];c=f(s,a,c),c!=-1&&Ue(c,u,!0,!1)},Zt&&(Kt(Bo,T,So),Kt(Wl,T,vo),Kt(Wo,T,n=>{_i(n),xs(!1)}),Kt(Go,T,dc),Kt(qo,T,To),pn.add(s),s.syncRect=xs);const qs=s.hooks=e.hooks||{};function Ot(n,a,c){Ml?vs.push([n,a,c]):n in qs&&qs[n].forEach(u=>{u.call(null,s,a,c)})}(e.plugins||[]).forEach(n=>{for(let a in n.hooks)qs[a]=(qs[a]||[]).concat(n.hooks[a])});const Eo=(n,a,c)=>c,jt=Et({key:null,setSeries:!1,filters:{pub:la,sub:la},scales:[R,_[1]?_[1].scale:null],match:[na,na,Eo],values:[null,null]},O.sync);jt.match.length==2&&jt.match.push(Eo),O.sync=jt;const Ao=jt.key,Hl=mr(Ao);function ks(n,a,c,u,f,b,w){jt.filters.pub(n,a,c,u,f,b,w)&&Hl.pub(n,a,c,u,f,b,w)}Hl.sub(s);function pc(n,a,c,u,f,b,w){jt.filters.sub(n,a,c,u,f,b,w)&&es[n](null,a,c,u,f,b,w)}s.pub=pc;function hc(){Hl.unsub(s),pn.delete(s),bi.clear(),an(ll,ls,jo),g.remove(),dt?.remove(),Ot("destroy")}s.destroy=hc;function Fl(){Ot("init",e,t),no(t||e.data,!1),U[R]?Dl(R,U[R]):wl(),Hs=$t.show&&($t.width>0||$t.height>0),wi=$e=!0,vl(e.width,e.height)}return _.forEach(so),j.forEach(Wr),i?i instanceof HTMLElement?(i.appendChild(g),Fl()):i(s,Fl):Fl(),s}Ut.assign=Et;Ut.fmtNum=Tn;Ut.rangeNum=nl;Ut.rangeLog=dl;Ut.rangeAsinh=Sn;Ut.orient=zi;Ut.pxRatio=ut;Ut.join=qu;Ut.fmtDate=En,Ut.tzDate=ld;Ut.sync=mr;{Ut.addGap=Hd,Ut.clipGaps=fl;let e=Ut.paths={points:wr};e.linear=xr,e.stepped=Ud,e.bars=Bd,e.spline=Gd}const sp='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var lp=Object.defineProperty,ge=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&lp(t,i,l),l};const Hn=class Hn extends Jt{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return v`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?v`<div class="empty muted">${h("common.no_data")}</div>`:v`<div class="plot" aria-hidden="true"></div>
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
          ${this.ys.map((i,s)=>v`<tr data-key=${this.labels[s]??String(this.xs[s])} data-value=${String(i)}>
                <th scope="row">${this.labels[s]??String(this.xs[s])}</th>
                <td>${this.formatValue(i)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const t=this.ys.reduce((i,s)=>i+s,0);return h("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const i=getComputedStyle(this),s=i.getPropertyValue("--pl-chart-color").trim()||i.getPropertyValue("--primary-color").trim()||"#03a9f4",l=i.getPropertyValue("--secondary-text-color").trim()||"#727272",o=i.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",r=`12px ${i.fontFamily||"sans-serif"}`,p=Math.max(Math.floor(t.clientWidth),200),d=this.labels,g=this.xs,$=this.formatValue,m=this.kind==="time",y=this.bucket,S=this.locale,T=m?vc(y)/2:.5,A={stroke:l,font:r,grid:{stroke:o,width:1},ticks:{stroke:o,width:1}},D=_=>m?Mo(g[_]??0,y,S):d[_]??"",F={width:p,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(_,j,k)=>[j-T,k+T]},y:{range:(_,j,k)=>[0,k>0?k*1.1:1]}},axes:[m?{...A,splits:_=>$c(g,Math.max(Math.floor(_.bbox.width/devicePixelRatio/70),2)),values:(_,j)=>j.map(k=>Mo(k,y,S))}:{...A,splits:()=>d.map((_,j)=>j),values:(_,j)=>j.map(k=>d[k]??""),gap:4},{...A,size:48,values:(_,j)=>j.map(k=>$(k))}],series:[{},{label:this.unit,stroke:s,fill:s,width:0,paths:Ut.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[_=>{const j=_.cursor.idx,k=j==null?void 0:this.ys[j];this.readout=k===void 0||j===null||j===void 0?"":`${D(j)}: ${$(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Ut(F,[this.xs,this.ys],t)}};Hn.styles=[se,yc(sp),Bt`
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
    `];let qt=Hn;ge([I()],qt.prototype,"kind");ge([I()],qt.prototype,"label");ge([I()],qt.prototype,"unit");ge([I({attribute:!1})],qt.prototype,"xs");ge([I({attribute:!1})],qt.prototype,"ys");ge([I({attribute:!1})],qt.prototype,"labels");ge([I()],qt.prototype,"bucket");ge([I()],qt.prototype,"locale");ge([I({attribute:!1})],qt.prototype,"formatValue");ge([I({type:Boolean})],qt.prototype,"dark");ge([I({type:Number})],qt.prototype,"height");ge([za(".plot")],qt.prototype,"plotEl");ge([lt()],qt.prototype,"readout");Yt("pl-chart",qt);var np=Object.defineProperty,Rs=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&np(t,i,l),l};const Fn=class Fn extends Jt{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=wc(this.matrix),i=Array.from({length:24},(d,g)=>g),s=_c(this.locale),l=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),o=d=>{const g=l.formatToParts(new Date(Date.UTC(2024,0,1,d))),$=Number(g.find(y=>y.type==="hour")?.value??d),m=g.find(y=>y.type==="dayPeriod")?.value;return m?`${$}${m.charAt(0).toLowerCase()}`:String($)},r=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),p=d=>r.format(new Date(Date.UTC(2024,0,1,d)));return v`<table aria-label=${this.label||h("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${i.map(d=>v`<th scope="col" abbr=${p(d)}>${d%3===0?o(d):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${xc(this.firstWeekday).map(d=>v`<tr data-weekday=${d}>
              <th scope="row">${s[d]}</th>
              ${i.map(g=>{const $=this.matrix[d]?.[g]??0,m=h("heatmap.cell",{day:s[d],from:p(g),to:p((g+1)%24),count:$});return v`<td title=${m} data-weekday=${d} data-hour=${g} data-value=${$}>
                  ${$>0?v`<span class="shade" style=${Xl({opacity:String(.15+.85*($/t))})}></span>`:""}
                  <span class="sr-only">${$}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};Fn.styles=[se,Bt`
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
    `];let fi=Fn;Rs([I()],fi.prototype,"label");Rs([I({attribute:!1})],fi.prototype,"matrix");Rs([I({type:Number})],fi.prototype,"firstWeekday");Rs([I()],fi.prototype,"locale");Rs([I({attribute:!1})],fi.prototype,"hour12");Yt("pl-heatmap",fi);var op=Object.defineProperty,zn=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&op(t,i,l),l};const Nn=class Nn extends Jt{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?v`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(i=>h(i)).map(i=>v`<li class="card loading"><span class="label">${i}</span><span class="value">…</span></li>`)}
      </ul>`:v`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${kc(this.summary,t).map(i=>v`<li class="card" data-kpi=${i.id}>
          <span class="label">${i.label}</span>
          <span class="value">${i.value}</span>
          ${i.sub?v`<span class="sub">${i.sub}</span>`:""}
        </li>`)}
    </ul>`}};Nn.styles=[se,Bt`
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
    `];let us=Nn;zn([I({attribute:!1})],us.prototype,"summary");zn([I({attribute:!1})],us.prototype,"options");zn([I({type:Boolean})],us.prototype,"loading");Yt("pl-kpis",us);var ap=Object.defineProperty,Oe=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&ap(t,i,l),l};function fn(e){const t=e?.points??[],[i,s]=Mc(t),l=[...t].sort((o,r)=>o.bucket<r.bucket?-1:1).map(o=>o.bucket);return{xs:i,ys:s,labels:l}}const Ta=fn(void 0),rp=[],cp=tn.map((e,t)=>t),Un=class Un extends Jt{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=Ta,this.hoursSeries=Ta,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const i=t.get("data");(!i||i.jobs!==this.data.jobs)&&(this.jobsSeries=fn(this.data.jobs)),(!i||i.hours!==this.data.hours)&&(this.hoursSeries=fn(this.data.hours))}if(t.has("options")){const i=this.options;i&&(this.formatInt=s=>Ci(s,i),this.formatHours=s=>Ci(s,i,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Sc(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const i=++this.token,s=this.scope(),l=this.bucket;this.loading=!0,this.error="";const o=()=>i===this.token,r=$=>{o()&&(this.data={...this.data,...$})},p=[t.summary(s).then($=>r({summary:$})),t.timeseries(s,l,"jobs").then($=>r({jobs:$})),t.timeseries(s,l,"hours").then($=>r({hours:$})),t.breakdown(s,"filament_type").then($=>r({filamentType:$})),t.breakdown(s,"filament_colour").then($=>r({filamentColour:$})),t.breakdown(s,"printer").then($=>r({printer:$})),t.breakdown(s,"status").then($=>r({status:$})),t.breakdown(s,"failure_reason").then($=>r({failureReason:$})),this.histogram(t,s).then($=>r({histogram:$})),t.breakdown(s,"weekday_hour").then($=>r({heatmap:Lc($.rows)}))],d=await Promise.allSettled(p);if(!o())return;const g=d.find($=>$.status==="rejected");g&&(this.error=Se(g.reason)),this.loading=!1}async histogram(t,i){return(await Promise.all(tn.map(l=>t.listJobs({...i,statuses:[...vn],min_duration:l.min,...l.max!==void 0?{max_duration:l.max}:{},limit:1})))).map(l=>l.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=tn.map(i=>Tc(i,t))),this.binLabelsCache}change(t,i){t==="period"&&jc(i)?(this.period=i,this.bucket=Ec(i)):t==="printer"?this.printer=i:t==="bucket"&&(i==="day"||i==="week"||i==="month"||i==="year")&&(this.bucket=i),this.load()}render(){const t=this.options;if(!t)return B;const i=this.data,s=this.jobsSeries,l=this.hoursSeries,o=this.formatInt,r=this.formatHours,p=i.jobs?.bucket??this.bucket;return v`
      <div class="selectors" role="group" aria-label=${h("analytics.selection")}>
        <label
          >${h("analytics.period")}
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${Ac.map(d=>v`<option value=${d.id} ?selected=${d.id===this.period}>${Cc(d.id)}</option>`)}
          </select>
        </label>
        <label
          >${h("common.printer")}
          <select name="printer" @change=${d=>this.change("printer",d.target.value)}>
            <option value="" ?selected=${!this.printer}>${h("common.all_printers")}</option>
            ${this.printers.map(d=>v`<option value=${d.id} ?selected=${d.id===this.printer}>${d.name}</option>`)}
          </select>
        </label>
        <label
          >${h("analytics.group_by")}
          <select name="bucket" @change=${d=>this.change("bucket",d.target.value)}>
            ${["day","week","month","year"].map(d=>v`<option value=${d} ?selected=${d===this.bucket}>${h(`bucket.${d}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Gt(Oa)} ${h("common.refresh")}</button>
      </div>
      ${this.error?v`<div class="error-banner" role="alert">
            <span>${h("analytics.load_error",{error:this.error})}</span>
          </div>`:B}
      ${p!==this.bucket?v`<p class="bucket-note" role="status">
            ${h("analytics.bucket_note",{shown:h(`bucket_per.${p}`),bucket:h(`bucket_many.${this.bucket}`)})}
          </p>`:B}
      <pl-kpis .summary=${i.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${h(`analytics.jobs_per.${p}`)}</h2>
          <pl-chart
            label=${h(`analytics.jobs_per.${p}`)}
            unit=${h("analytics.unit_jobs")}
            .xs=${s.xs}
            .ys=${s.ys}
            .labels=${s.labels}
            .bucket=${p}
            .locale=${t.dateLocale}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${h(`analytics.hours_per.${p}`)}</h2>
          <pl-chart
            label=${h(`analytics.hours_per.${p}`)}
            unit=${h("analytics.unit_hours")}
            .xs=${l.xs}
            .ys=${l.ys}
            .labels=${l.labels}
            .bucket=${p}
            .locale=${t.dateLocale}
            .formatValue=${r}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${h("analytics.filament_type")}</h2>
          <pl-bars
            label=${h("analytics.filament_type_label")}
            .items=${Ls(Do(i.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${h("analytics.filament_colour")}</h2>
          <pl-bars
            label=${h("analytics.filament_colour_label")}
            .items=${Ls(Do(i.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="printer">
          <h2>${h("analytics.success_printer")}</h2>
          <pl-bars label=${h("analytics.success_printer")} .max=${100} .items=${Ls(i.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${h("analytics.outcome")}</h2>
          <pl-bars
            label=${h("analytics.outcome")}
            .items=${Ls((i.status?.rows??[]).map(d=>({...d,label:il(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="failure_reason">
          <h2>${h("analytics.failure_reason")}</h2>
          <pl-bars
            label=${h("analytics.failure_reason")}
            .items=${Ls((i.failureReason?.rows??[]).map(d=>({...d,label:d.key===null?h("failure.unknown"):cl(String(d.key))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${h("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${h("analytics.duration_label")}
            unit=${h("analytics.unit_jobs")}
            .xs=${cp}
            .ys=${i.histogram??rp}
            .labels=${this.binLabels(t)}
            .formatValue=${o}
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
    `}};Un.styles=[se,Bt`
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
    `];let ae=Un;Oe([I({attribute:!1})],ae.prototype,"api");Oe([I({attribute:!1})],ae.prototype,"options");Oe([I({attribute:!1})],ae.prototype,"printers");Oe([I({type:Boolean})],ae.prototype,"dark");Oe([I({type:Boolean})],ae.prototype,"active");Oe([lt()],ae.prototype,"period");Oe([lt()],ae.prototype,"printer");Oe([lt()],ae.prototype,"bucket");Oe([lt()],ae.prototype,"data");Oe([lt()],ae.prototype,"loading");Oe([lt()],ae.prototype,"error");Yt("pl-analytics-view",ae);let In,Kl;function Tr(){return In}function jr(e){return Kl??=e.limits().then(t=>In=t).catch(()=>{Kl=void 0}),Kl}function Er(e,t,i,s=In){const l=s?.numbers[e];return l?t<l.min||t>l.max?h("form.range",{field:i,min:String(l.min),max:String(l.max)}):"":t<0?h("form.positive",{field:i}):""}const up=4e3;class dp{constructor(t,i){this.host=t,this.list=i,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},up),this.changed()}async save(t,i){const s=this.host.api;if(!s)return!1;if(!Object.keys(i).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const l=await s.updateJob(t.id,i);return this.list.applyJob(l),this.notify(h("jobs.saved",{file:Je(t.filename)})),!0}catch(l){return this.editError=Se(l),this.notify(h("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,i){await this.save(t,i)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const i=this.confirmJobs.map(s=>s.id);this.deleting=!0,this.deleteError="",this.changed();try{const s=await t.deleteJobs(i),l=new Set(i);l.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(l,s),this.notify(h("jobs.deleted",{count:s}))}catch(s){this.deleteError=Se(s)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const i=this.host.api;if(i){this.addBusy=!0,this.addError="",this.changed();try{const s=await i.createJob(t);this.adding=!1,this.notify(h("jobs.added",{file:Je(s.filename)})),await this.list.reload()}catch(s){this.addError=Se(s),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(Dc(s))}finally{this.addBusy=!1,this.changed()}}}}const ja={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:""},Ar=[{value:"",get label(){return h("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(e=>({value:e,get label(){return e==="failed"?h("filter.failed_any"):il(e)},statuses:e==="failed"?[...Ho]:[e]})),...Ho.map(e=>({value:`only:${e}`,get label(){return`— ${il(e)}`},statuses:[e]}))];function pp(e,t){const i={};e.printer&&(i.printer_ids=[e.printer]);const s=Ar.find(r=>r.value===e.status)?.statuses??[];s.length&&(i.statuses=[...s]);const l=e.since?en(e.since,"00:00",t):void 0;if(l&&(i.since=l),e.until){const r=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(r.getTime())){r.setUTCDate(r.getUTCDate()+1);const p=en(r.toISOString().slice(0,10),"00:00",t);p&&(i.until=p)}}e.q.trim()&&(i.q=e.q.trim()),e.filament.trim()&&(i.filament_type=e.filament.trim());const o=sl(e.tags);return o.length&&(i.tags=o),i}function hp(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),t}const mn=e=>e.target.value;function fp(e){const{list:t,changes:i,admin:s}=e,l=t.activeFilters;return v`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${h("jobs.search")}
      aria-label=${h("jobs.search")}
      .value=${t.filters.q}
      @input=${o=>t.setFilter("q",mn(o),!0)}
    />
    <button class="btn" aria-expanded=${e.showFilters?"true":"false"} aria-controls="filters" @click=${e.toggleFilters}>
      ${Gt(iu)} ${l?h("jobs.filters_n",{n:l}):h("jobs.filters")}
    </button>
    <span class="spacer"></span>
    ${s&&t.selected.size?v`<button class="btn danger" @click=${()=>i.askDelete(t.selectedJobs)}>
          ${Gt($n)} ${h("jobs.delete_n",{n:t.selected.size})}
        </button>`:B}
    ${s?v`<button class="btn primary" @click=${()=>i.openAdd()} ?disabled=${!e.printers.length}>
          ${Gt(lu)} ${h("jobs.add")}
        </button>`:B}
  </div>`}function mp(e,t){const i=e.filters,s=o=>r=>e.setFilter(o,mn(r)),l=o=>r=>e.setFilter(o,mn(r),!0);return v`<div class="filters card" id="filters">
    <label
      >${h("common.printer")}
      <select name="printer" @change=${s("printer")}>
        <option value="" ?selected=${!i.printer}>${h("common.all_printers")}</option>
        ${t.map(o=>v`<option value=${o.id} ?selected=${o.id===i.printer}>${o.name}</option>`)}
      </select>
    </label>
    <label
      >${h("column.status")}
      <select name="status" @change=${s("status")}>
        ${Ar.map(o=>v`<option value=${o.value} ?selected=${o.value===i.status}>${o.label}</option>`)}
      </select>
    </label>
    <label>${h("jobs.from")} <input name="since" type="date" .value=${i.since} @change=${s("since")} /></label>
    <label>${h("jobs.to")} <input name="until" type="date" .value=${i.until} @change=${s("until")} /></label>
    <label
      >${h("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${i.filament} @input=${l("filament")} />
      <datalist id="filament-types">${e.filamentTypes.map(o=>v`<option value=${o}></option>`)}</datalist>
    </label>
    <label
      >${h("jobs.tags_filter")}
      <input name="tags" .value=${i.tags} @input=${l("tags")} />
    </label>
    <button class="btn clear" @click=${()=>e.clearFilters()}>${h("jobs.clear_filters")}</button>
  </div>`}const gp=[25,50,100,200],bp=300,yp=1500,$p=["filename","printer","status"];class vp{constructor(t,i,s){this.host=t,this.timeZone=i,this.listHeld=s,this.filters={...ja},this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.selected=new Set,this.filamentTypes=[],this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return pp(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const i=++this.listToken;this.loading=!0,this.error="",this.changed();try{const s=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(i!==this.listToken)return;this.jobs=s.jobs,this.total=s.total,this.nextCursor=s.next_cursor,this.loaded=!0}catch(s){i===this.listToken&&(this.error=Se(s))}finally{i===this.listToken&&(this.loading=!1),this.changed()}}async loadSummary(){const t=this.host.api;if(!t)return;const i=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const s=await t.summary(hp(this.params()));i===this.summaryToken&&(this.summary=s)}catch(s){i===this.summaryToken&&(this.error||=Se(s))}finally{i===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const i=await t.breakdown({},"filament_type");this.filamentTypes=i.rows.map(s=>s.label??(s.key===null?"":String(s.key))).filter(s=>s).sort((s,l)=>s.localeCompare(l)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const i=this.pendingList;this.pendingList=!1,i&&!this.listHeld()&&this.loadPage(),this.loadSummary()},yp)}setFilter(t,i,s=!1){this.filters={...this.filters,[t]:i},this.changed(),clearTimeout(this.searchTimer),s?this.searchTimer=setTimeout(()=>{this.reload()},bp):this.reload()}clearFilters(){this.filters={...ja},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,i])=>t!=="q"&&i).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=$p.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(i=>i.id===t.id)?(this.jobs=this.jobs.map(i=>i.id===t.id?{...i,...wp(t)}:i),this.changed(),!0):!1}dropJob(t){this.jobs.some(i=>i.id===t)&&(this.jobs=this.jobs.filter(i=>i.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,i){this.jobs=this.jobs.filter(s=>!t.has(s.id)),this.total=Math.max(this.total-i,0),this.selected=new Set([...this.selected].filter(s=>!t.has(s))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,i){const s=new Set(this.selected);i?s.add(t):s.delete(t),this.selected=s,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(i=>i.id)):new Set,this.changed()}}function wp(e){const{details:t,events:i,metadata:s,...l}=e;return l}const _p=Bt`
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
`;const Ea=(e,t,i)=>{const s=new Map;for(let l=t;l<=i;l++)s.set(e[l],l);return s},Cr=Pa(class extends Ra{constructor(e){if(super(e),e.type!==Pc.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,i){let s;i===void 0?i=t:t!==void 0&&(s=t);const l=[],o=[];let r=0;for(const p of e)l[r]=s?s(p,r):r,o[r]=i(p,r),r++;return{values:o,keys:l}}render(e,t,i){return this.dt(e,t,i).values}update(e,[t,i,s]){const l=Zc(e),{values:o,keys:r}=this.dt(t,i,s);if(!Array.isArray(l))return this.ut=r,o;const p=this.ut??=[],d=[];let g,$,m=0,y=l.length-1,S=0,T=o.length-1;for(;m<=y&&S<=T;)if(l[m]===null)m++;else if(l[y]===null)y--;else if(p[m]===r[S])d[S]=Ti(l[m],o[S]),m++,S++;else if(p[y]===r[T])d[T]=Ti(l[y],o[T]),y--,T--;else if(p[m]===r[T])d[T]=Ti(l[m],o[T]),Ss(e,d[T+1],l[m]),m++,T--;else if(p[y]===r[S])d[S]=Ti(l[y],o[S]),Ss(e,l[m],l[y]),y--,S++;else if(g===void 0&&(g=Ea(r,S,T),$=Ea(p,m,y)),g.has(p[m]))if(g.has(p[y])){const A=$.get(r[S]),D=A!==void 0?l[A]:null;if(D===null){const F=Ss(e,l[m]);Ti(F,o[S]),d[S]=F}else d[S]=Ti(D,o[S]),Ss(e,l[m],D),l[A]=null;S++}else Ul(l[y]),y--;else Ul(l[m]),m++;for(;S<=T;){const A=Ss(e,d[T+1]);Ti(A,o[S]),d[S++]=A}for(;m<=y;){const A=l[m++];A!==null&&Ul(A)}return this.ut=r,Ia(e,d),Rc}});var xp=Object.defineProperty,Vn=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&xp(t,i,l),l};const Bn=class Bn extends Jt{constructor(){super(...arguments),this.photoId="",this.visible=!1,this.loaded=""}connectedCallback(){super.connectedCallback(),this.observer=new IntersectionObserver(t=>{this.visible=t.some(i=>i.isIntersecting),this.visible&&this.load()}),this.observer.observe(this)}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.release()}updated(t){t.has("photoId")&&this.loaded&&this.loaded!==this.photoId&&(this.release(),this.visible&&this.load())}release(){this.url&&URL.revokeObjectURL(this.url),this.url=void 0,this.loaded=""}async load(){const t=this.photoId;if(!(!this.api||!t||this.loaded===t)){this.loaded=t;try{const i=await this.api.photo(t,!0);i&&this.photoId===t&&this.isConnected&&(this.url=URL.createObjectURL(i))}catch{}}}render(){return this.url?v`<img src=${this.url} alt=${h("photos.kind.end")} />`:B}};Bn.styles=Bt`
    :host {
      display: inline-block;
      width: 40px;
      height: 30px;
      margin-right: 8px;
      vertical-align: middle;
      border-radius: 4px;
      overflow: hidden;
      background: var(--secondary-background-color, #eee);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
  `;let ds=Bn;Vn([I({attribute:!1})],ds.prototype,"api");Vn([I()],ds.prototype,"photoId");Vn([lt()],ds.prototype,"url");Yt("pl-photo-thumb",ds);const Aa=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function kp(e){const{list:t,changes:i,admin:s}=e,l=Aa.length+(s?2:0);return v`<div class="table-wrap">
    <table aria-label=${h("jobs.print_jobs")} aria-busy=${t.loading?"true":"false"} aria-rowcount=${t.total+1}>
      <thead>
        <tr>
          ${s?v`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${h("jobs.select_all")}
                  .checked=${t.allSelected}
                  @change=${o=>t.toggleAll(o.target.checked)}
                />
              </th>`:B}
          ${Aa.map(o=>Sp(t,o))}
          ${s?v`<th scope="col"><span class="sr-only">${h("jobs.actions")}</span></th>`:B}
        </tr>
      </thead>
      <tbody>
        ${Cr(t.jobs,o=>o.id,o=>v`${Lp(e,o)}
          ${i.editingId===o.id?v`<tr class="editor-row">
                <td colspan=${l}>${Pr(i,o)}</td>
              </tr>`:B}`)}
        ${t.loaded&&!t.jobs.length?v`<tr>
              <td class="empty muted" colspan=${l}>${h("jobs.no_match")}</td>
            </tr>`:B}
      </tbody>
    </table>
  </div>`}function Sp(e,t){const i=t.sort&&t.sort===e.sort,s=i?e.order==="asc"?"ascending":"descending":void 0;return v`<th scope="col" aria-sort=${s??B}>
    ${t.sort?v`<button class="sort" @click=${()=>e.sortBy(t.sort)}>
          ${h(t.label)}<span aria-hidden="true">${i?e.order==="asc"?"▲":"▼":""}</span>
        </button>`:h(t.label)}
  </th>`}function Lp(e,t){const{list:i,changes:s,admin:l,options:o}=e,r=el(t.filament_colour);return v`<tr data-job-id=${t.id} class=${i.selected.has(t.id)?"selected":""}>
    ${l?v`<td>
          <input
            type="checkbox"
            aria-label=${h("jobs.select",{file:Je(t.filename)})}
            .checked=${i.selected.has(t.id)}
            @change=${p=>i.toggleSelected(t.id,p.target.checked)}
          />
        </td>`:B}
    <td>${Mr(s,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${bn(t.status)}</td>
    <td class="num" data-col="start" title=${Mi(t.start,o)}>${Mi(t.start,o,!1)}</td>
    <td class="num" data-col="print_duration">${Qe(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${r?v`<span class="swatch" style=${`background:${r}`}></span>`:B}
      ${yn(t.filament_weight_g,t.filament_used_mm,o)}
      <span class="muted">${t.filament_type??""}</span>
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${t.rating}
        .subject=${Je(t.filename)}
        ?readonly=${!l}
        ?disabled=${s.savingId===t.id}
        @value-changed=${p=>s.save(t,{rating:p.detail.value})}
      ></pl-rating>
    </td>
    <td data-col="tags">${t.tags.map(p=>v`<span class="tag">${p}</span>`)}</td>
    <td class="notes" data-col="notes" title=${t.notes??""}>
      <span>${t.failure_reason?v`<strong class="status-error">${cl(t.failure_reason)}</strong> `:B}${t.notes??""}</span>
    </td>
    ${l?v`<td class="actions">${Dr(s,t)}</td>`:B}
  </tr>`}function Mr(e,t){return v`<button class="file" data-col="filename" @click=${()=>e.showJob(t.id)} aria-haspopup="dialog">
    ${t.end_photo_id?v`<pl-photo-thumb .api=${e.host.api} .photoId=${t.end_photo_id}></pl-photo-thumb>`:B}${rl(t.filename)}
  </button>`}function Dr(e,t){return v`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${h("jobs.edit",{file:Je(t.filename)})}
      aria-expanded=${e.editingId===t.id?"true":"false"}
      @click=${()=>e.toggleEditor(t)}
    >
      ${Gt(Va)}
    </button>
    <button class="icon-btn" aria-label=${h("jobs.delete",{file:Je(t.filename)})} @click=${()=>e.askDelete([t])}>
      ${Gt($n)}
    </button>`}function Pr(e,t){return v`<pl-job-editor
    .job=${t}
    .busy=${e.savingId===t.id}
    .error=${e.editError}
    @save=${i=>e.saveEditor(t,i.detail.changes)}
    @cancel=${()=>e.closeEditor(t.id)}
  ></pl-job-editor>`}function Tp(e){const{list:t,changes:i,admin:s,options:l}=e;return t.loaded&&!t.jobs.length?v`<div class="empty muted">${h("jobs.no_match")}</div>`:v`<ul class="cards" aria-label=${h("jobs.print_jobs")}>
    ${Cr(t.jobs,o=>o.id,o=>v`<li class="card" data-job-id=${o.id}>
        <div class="head">${Mr(i,o)} ${bn(o.status)}</div>
        <div class="line">
          ${o.printer_name} · ${Mi(o.start,l)} · ${Qe(o.print_duration)} ·
          ${yn(o.filament_weight_g,o.filament_used_mm,l)}
        </div>
        ${o.tags.length?v`<div>${o.tags.map(r=>v`<span class="tag">${r}</span>`)}</div>`:B}
        ${o.notes?v`<div class="notes" data-col="notes">${o.notes}</div>`:B}
        <div class="row-actions">
          <pl-rating
            .value=${o.rating}
            .subject=${Je(o.filename)}
            ?readonly=${!s}
            @value-changed=${r=>i.save(o,{rating:r.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${s?Dr(i,o):B}
        </div>
        ${i.editingId===o.id?Pr(i,o):B}
      </li>`)}
  </ul>`}function jp(e){const t=e.page*e.limit+(e.jobs.length?1:0),i=e.page*e.limit+e.jobs.length;return v`<nav class="pager" aria-label=${h("jobs.pages")}>
    <label
      >${h("jobs.rows_per_page")}
      <select @change=${s=>e.setLimit(Number(s.target.value))}>
        ${gp.map(s=>v`<option value=${s} ?selected=${s===e.limit}>${s}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${e.total}>${h("jobs.range",{first:t,last:i,total:e.total})}</span>
    <button class="icon-btn" aria-label=${h("jobs.previous_page")} ?disabled=${e.page===0||e.loading} @click=${()=>e.prevPage()}>
      ${Gt(Xc)}
    </button>
    <button class="icon-btn" aria-label=${h("jobs.next_page")} ?disabled=${!e.nextCursor||e.loading} @click=${()=>e.nextPage()}>
      ${Gt(tu)}
    </button>
  </nav>`}var Ep=Object.defineProperty,zs=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Ep(t,i,l),l};const Wn=class Wn extends Jt{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return v`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${h("common.close")} @click=${this.close}>${Gt(eu)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=Ap(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Le(this,"closed")}};Wn.styles=[se,Bt`
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
    `];let mi=Wn;zs([I()],mi.prototype,"heading");zs([I({type:Boolean,reflect:!0})],mi.prototype,"open");zs([I({type:Boolean})],mi.prototype,"wide");zs([za("dialog")],mi.prototype,"dialog");zs([lt()],mi.prototype,"hasActions");function Ap(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}Yt("pl-dialog",mi);const Ca=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function Ks(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function Cp(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(e).filter(([l,o])=>!t.has(l)&&o!==null&&o!==""),s=l=>{const o=Ca.indexOf(l);return o<0?Ca.length:o};return i.sort(([l],[o])=>s(l)-s(o)||l.localeCompare(o))}function gn(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function Mp(e,t,i){const s=Date.parse(t),l=[];let o=null;for(const r of e){const p=(Date.parse(r.at)-s)/1e3;r.type==="paused"&&o===null?o=p:(r.type==="resumed"||r.type==="finished"||r.type==="cancelled")&&o!==null&&(l.push([o,p]),o=null)}return o!==null&&l.push([o,i]),l}function Dp(e){const t=[];let i=[];for(const[s,l]of e)l===null?(i.length&&t.push(i),i=[]):i.push([s,l]);return i.length&&t.push(i),t}var Pp=Object.defineProperty,Is=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Pp(t,i,l),l};const Ma=600,Qs=120,Xs=4,Gn=class Gn extends Jt{constructor(){super(...arguments),this.sensors=[],this.events=[],this.start="",this.duration=0}chart(t){const i=t.series.at(-1)?.[0]??0,s=Math.max(this.duration,i,1),l=t.min??0,r=(t.max??1)-l||1,p=m=>Xs+m/s*(Ma-2*Xs),d=m=>Qs-Xs-(m-l)/r*(Qs-2*Xs),g=Dp(t.series).map((m,y,S)=>{const T=[];return m.forEach(([A,D],F)=>{const _=m[F+1],j=_?_[0]:y===S.length-1?s:A;T.push(`${p(A)},${d(D)}`,`${p(j)},${d(D)}`)}),Nl`<polyline class="line" points=${T.join(" ")}></polyline>`}),$=Mp(this.events,this.start,s).map(([m,y])=>Nl`<rect class="pause" x=${p(m)} y="0" width=${Math.max(2,p(y)-p(m))} height=${Qs}><title>${h("climate.paused")}</title></rect>`);return Nl`<svg viewBox="0 0 ${Ma} ${Qs}" role="img" aria-label=${t.name||t.entity_id}>${$}${g}</svg>`}render(){if(!this.sensors.length)return B;const t=this.options,i=s=>s===null?"—":t?Ci(s,t,1):s.toFixed(1);return v`${this.sensors.map(s=>v`<figure class="sensor" data-entity=${s.entity_id}>
        ${this.chart(s)}
        <figcaption>
          <strong>${s.name||s.entity_id}</strong>
          <span
            >${h("climate.stats",{min:i(s.min),mean:i(s.mean),max:i(s.max),unit:s.unit??""})}</span
          >
          ${s.missing_seconds>0?v`<span class="muted">${h("climate.missing",{time:Qe(s.missing_seconds)})}</span>`:B}
        </figcaption>
      </figure>`)}`}};Gn.styles=[se,Bt`
      :host {
        display: block;
      }
      figure {
        margin: 0 0 12px;
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
        background: var(--secondary-background-color, #f7f7f7);
        border-radius: 6px;
      }
      .pause {
        fill: var(--warning-color, #ffa600);
        opacity: 0.25;
      }
      .line {
        fill: none;
        stroke: var(--primary-color, #03a9f4);
        stroke-width: 2;
      }
      figcaption {
        font-size: 13px;
        display: flex;
        justify-content: space-between;
        flex-wrap: wrap;
        gap: 8px;
      }
    `];let gi=Gn;Is([I({attribute:!1})],gi.prototype,"sensors");Is([I({attribute:!1})],gi.prototype,"events");Is([I()],gi.prototype,"start");Is([I({type:Number})],gi.prototype,"duration");Is([I({attribute:!1})],gi.prototype,"options");Yt("pl-climate-chart",gi);function Rp(e,t){const i={},s=t.notes?.trim()?t.notes:null;(e.notes||null)!==s&&(i.notes=s??""),(e.rating??null)!==t.rating&&(i.rating=t.rating);const l=t.tags;(l.length!==e.tags.length||l.some((r,p)=>r!==e.tags[p]))&&(i.tags=l);const o=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==o&&(i.failure_reason=o),(e.cost??null)!==t.cost&&(i.cost=t.cost),i}function zp(e,t,i=Tr(),s=new Date){const l={};e.printer_id||(l.printer_id=h("form.choose_printer"));const o=e.filename.trim();o||(l.filename=h("form.enter_filename")),vn.includes(e.status)||(l.status=h("form.choose_status"));const r=en(e.start_date,e.start_time||"00:00",t);if(!r)l.start=h("form.enter_start");else if(i){const _=Date.parse(r);_>s.getTime()+i.job_time.future_tolerance*1e3?l.start=h("form.start_future"):_<Date.parse(i.job_time.earliest)&&(l.start=h("form.start_before",{date:i.job_time.earliest.slice(0,10)}))}const p=(_,j,k)=>{if(!_.trim())return;const G=Number(_);if(!Number.isFinite(G)||G<0){l[j]=h("form.positive",{field:k});return}return G},d=p(e.hours,"duration",h("form.hours"))??0,g=p(e.minutes,"duration",h("form.minutes"))??0,$=p(e.filament_g,"filament_g",h("form.filament_weight")),m=p(e.filament_m,"filament_m",h("form.filament_length")),y=p(e.cost,"cost",h("kpi.cost")),S=(_,j,k,G)=>{const R=j===void 0||l[k]?"":Er(_,j,G,i);R&&(l[k]=R)};S("print_duration",d*3600+g*60,"duration",h("form.print_time_s")),S("filament_weight_g",$,"filament_g",h("form.filament_weight")),S("filament_used_mm",m===void 0?void 0:m*1e3,"filament_m",h("form.filament_length_mm")),S("cost",y,"cost",h("kpi.cost"));const T=i?.tags.max_length;if(T&&sl(e.tags).some(_=>_.length>T)&&(l.tags=h("form.tag_length",{count:T})),Object.keys(l).length||!r)return{errors:l};const A=Math.round(d*3600+g*60),D={printer_id:e.printer_id,filename:o,status:e.status,start:r,print_duration:A};A>0&&(D.end=new Date(Date.parse(r)+A*1e3).toISOString()),$!==void 0&&(D.filament_weight_g=$),m!==void 0&&(D.filament_used_mm=m*1e3),e.filament_type.trim()&&(D.filament_type=e.filament_type.trim()),y!==void 0&&(D.cost=y);const F=sl(e.tags);return F.length&&(D.tags=F),e.notes.trim()&&(D.notes=e.notes),e.failure_reason.trim()&&(D.failure_reason=e.failure_reason.trim()),e.rating&&(D.rating=e.rating),{job:D,errors:l}}const Rr=Bt`
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
`;function zr(e){return v`<input
    name="cost"
    type="number"
    min="0"
    max=${Tr()?.numbers.cost?.max??B}
    step="0.01"
    inputmode="decimal"
    .value=${e.value}
    @input=${e.onInput}
    aria-invalid=${e.invalid===void 0?B:e.invalid?"true":"false"}
    aria-describedby=${e.describedBy??B}
  />`}function Ir(e,t,i,s){return v`<div class="actions">
    ${t?v`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>Le(e,"cancel")}>${h("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${i}>${s}</button>
  </div>`}var Ip=Object.defineProperty,yl=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Ip(t,i,l),l};const qn=class qn extends Jt{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const s=this.value?h("rating.rated",{n:this.value}):h("rating.none");return v`<span role="img" aria-label=${s} title=${s}
        >${[1,2,3,4,5].map(l=>v`<span class=${l<=t?"":"empty"}>${Gt(l<=t?Vo:Oo)}</span>`)}</span
      >`}const i=this.subject?h("rating.of",{subject:this.subject}):h("rating.rating");return v`<span role="group" aria-label=${i}
      >${[1,2,3,4,5].map(s=>v`<button
            type="button"
            class=${s<=t?"":"empty"}
            aria-label=${h("rating.stars",{count:s})}
            aria-pressed=${s===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(s)}
          >
            ${Gt(s<=t?Vo:Oo)}
          </button>`)}</span
    >`}choose(t){const i=t===this.value?null:t;this.value=i,Le(this,"value-changed",{value:i})}};qn.styles=[se,Bt`
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
    `];let Ri=qn;yl([I({type:Number})],Ri.prototype,"value");yl([I({type:Boolean})],Ri.prototype,"readonly");yl([I({type:Boolean})],Ri.prototype,"disabled");yl([I()],Ri.prototype,"subject");Yt("pl-rating",Ri);var Vp=Object.defineProperty,si=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Vp(t,i,l),l};const Jn=class Jn extends Jt{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.reasonChoice="",this.cost=""}willUpdate(){if(this.job&&this.job.id!==this.loadedId){this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", ");const t=this.job.failure_reason??"";this.reasonChoice=t?sn(t)?t:"other":"",this.reason=sn(t)?"":t,this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost)}}render(){if(!this.job)return v``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return v`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >${h("column.notes")}
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${i=>this.notes=i.target.value}
        ></textarea>
      </label>
      <div class="field">
        <span id="rating-label">${h("rating.rating")}</span>
        <pl-rating
          .value=${this.rating}
          .subject=${Je(this.job.filename)}
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
        <select
          name="failure_reason_choice"
          .value=${this.reasonChoice}
          @change=${i=>this.reasonChoice=i.target.value}
        >
          <option value="" ?selected=${this.reasonChoice===""}>—</option>
          ${Ha.map(i=>v`<option value=${i} ?selected=${this.reasonChoice===i}>${cl(i)}</option>`)}
        </select>
      </label>
      ${this.reasonChoice==="other"?v`<label
            >${h("failure.other_text")}
            <input
              name="failure_reason"
              .value=${this.reason}
              @input=${i=>this.reason=i.target.value}
            />
          </label>`:B}
      <label
        >${h("kpi.cost")}
        ${zr({value:this.cost,onInput:i=>this.cost=i.target.value})}
      </label>
      ${Ir(this,this.error,this.busy,h("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),Le(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const i=this.cost.trim(),s=i===""?null:Number(i);if(s!==null&&(!Number.isFinite(s)||s<0)){this.error=h("form.positive",{field:h("kpi.cost")});return}const l=s===null?"":Er("cost",s,h("kpi.cost"));if(l){this.error=l;return}const o=Rp(this.job,{notes:this.notes,rating:this.rating,tags:sl(this.tags),failure_reason:this.reasonChoice==="other"?this.reason.trim()||"other":this.reasonChoice,cost:s});Le(this,"save",{changes:o})}};Jn.styles=[se,Rr,Bt`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let Te=Jn;si([I({attribute:!1})],Te.prototype,"job");si([I({type:Boolean})],Te.prototype,"busy");si([I()],Te.prototype,"error");si([lt()],Te.prototype,"notes");si([lt()],Te.prototype,"rating");si([lt()],Te.prototype,"tags");si([lt()],Te.prototype,"reason");si([lt()],Te.prototype,"reasonChoice");si([lt()],Te.prototype,"cost");Yt("pl-job-editor",Te);var Op=Object.defineProperty,li=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Op(t,i,l),l};const Yn=class Yn extends Jt{constructor(){super(...arguments),this.photos=[],this.jobId="",this.admin=!1,this.urls={},this.busy=!1,this.error=""}willUpdate(t){t.has("photos")&&this.loadImages()}disconnectedCallback(){super.disconnectedCallback();for(const t of Object.values(this.urls))URL.revokeObjectURL(t);this.urls={}}async loadImages(){const t=this.api;if(!t)return;const i=new Set(this.photos.map(l=>l.id)),s={};for(const[l,o]of Object.entries(this.urls))i.has(l)?s[l]=o:URL.revokeObjectURL(o);this.urls=s;for(const l of this.photos)if(!this.urls[l.id])try{const o=await t.photo(l.id);o&&(this.urls={...this.urls,[l.id]:URL.createObjectURL(o)})}catch{}}async upload(t){const i=t.target,s=i.files?.[0];if(i.value="",!(!s||!this.api)){this.busy=!0,this.error="";try{const l=await this.api.uploadPhoto(this.jobId,s);this.photos=[...this.photos,l],Le(this,"photos-changed",{photos:this.photos})}catch(l){this.error=h("photos.upload_failed",{error:Se(l)})}finally{this.busy=!1}}}async deletePhoto(t){if(this.api){this.error="";try{await this.api.deletePhoto(t.id),this.open=void 0,this.photos=this.photos.filter(i=>i.id!==t.id),Le(this,"photos-changed",{photos:this.photos})}catch(i){this.error=Se(i)}}}render(){const t=this.options,i=s=>v`${h(`photos.kind.${s.kind}`)}${t?v`<br />${Mi(s.taken_at,t)}`:B}`;return v`
      <div class="strip" role="list" aria-label=${h("photos.title")}>
        ${this.photos.length===0?v`<span class="muted">${h("photos.none")}</span>`:B}
        ${this.photos.map(s=>v`<figure role="listitem">
            <button type="button" @click=${()=>this.open=s} aria-label=${h("photos.open")}>
              ${this.urls[s.id]?v`<img src=${this.urls[s.id]} alt=${h(`photos.kind.${s.kind}`)} />`:B}
            </button>
            <figcaption>${i(s)}</figcaption>
          </figure>`)}
      </div>
      ${this.admin?v`<div class="actions upload">
            <label class="btn">
              ${this.busy?h("photos.uploading"):h("photos.add")}
              <input type="file" accept="image/*" capture="environment" ?disabled=${this.busy} @change=${this.upload} />
            </label>
          </div>`:B}
      ${this.error?v`<p class="error" role="alert">${this.error}</p>`:B}
      ${this.open?v`<div class="viewer" role="dialog" aria-modal="true" @click=${()=>this.open=void 0}>
            <img src=${this.urls[this.open.id]??""} alt=${h(`photos.kind.${this.open.kind}`)} />
            <div>${i(this.open)}</div>
            <div class="actions" @click=${s=>s.stopPropagation()}>
              <button class="btn" @click=${()=>this.open=void 0}>${h("photos.close")}</button>
              ${this.admin?v`<button class="btn danger" @click=${()=>this.open&&void this.deletePhoto(this.open)}>
                    ${h("common.delete")}
                  </button>`:B}
            </div>
          </div>`:B}
    `}};Yn.styles=[se,Bt`
      :host {
        display: block;
      }
      .strip {
        display: flex;
        gap: 8px;
        overflow-x: auto;
        padding-bottom: 4px;
        align-items: flex-start;
      }
      figure {
        margin: 0;
        flex: none;
        width: 128px;
      }
      figure button {
        padding: 0;
        border: 1px solid var(--divider-color, #ddd);
        border-radius: 6px;
        background: var(--secondary-background-color, #f5f5f5);
        cursor: zoom-in;
        width: 128px;
        height: 96px;
        overflow: hidden;
        display: block;
      }
      figure img {
        width: 100%;
        height: 100%;
        object-fit: cover;
        display: block;
      }
      figcaption {
        font-size: 12px;
        color: var(--secondary-text-color);
      }
      .upload input {
        display: none;
      }
      .viewer {
        position: fixed;
        inset: 0;
        background: rgba(0, 0, 0, 0.85);
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        z-index: 10;
        gap: 8px;
        color: #fff;
      }
      .viewer img {
        max-width: 95vw;
        max-height: 80vh;
      }
    `];let je=Yn;li([I({attribute:!1})],je.prototype,"api");li([I({attribute:!1})],je.prototype,"options");li([I({attribute:!1})],je.prototype,"photos");li([I()],je.prototype,"jobId");li([I({type:Boolean})],je.prototype,"admin");li([lt()],je.prototype,"urls");li([lt()],je.prototype,"open");li([lt()],je.prototype,"busy");li([lt()],je.prototype,"error");Yt("pl-job-photos",je);var Hp=Object.defineProperty,Ae=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Hp(t,i,l),l};const Zn=class Zn extends Jt{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&jr(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const s=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=s,s.has_thumbnail){this.thumbnailState="loading";try{const l=await t.thumbnail(s.id);if(i!==this.loadToken)return;l?(this.thumbnailUrl=URL.createObjectURL(l),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(s){i===this.loadToken&&(this.error=Se(s))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return v`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${h("common.retry")}</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return v`<p class="muted" aria-busy="true">${h("common.loading")}</p>`;const s=el(t.filament_colour);return v`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?v`<img src=${this.thumbnailUrl??""} alt=${h("detail.thumbnail_of",{file:Je(t.filename)})} />`:v`<span class="muted"
                >${this.thumbnailState==="loading"?h("common.loading"):this.thumbnailState==="error"?h("detail.thumbnail_unavailable"):h("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${rl(t.filename)}</div>
          <p>${bn(t.status)} <span class="muted">${Da("source",t.source)}</span></p>
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
            <dd>${Mi(t.start,i)}</dd>
            <dt>${h("detail.ended")}</dt>
            <dd>${Mi(t.end,i)}</dd>
            <dt>${h("kpi.print_time")}</dt>
            <dd>
              ${Qe(t.print_duration)}
              ${t.estimated_time?v`<span class="muted">(${h("detail.estimated",{time:Qe(t.estimated_time)})})</span>`:B}
            </dd>
            <dt>${h("detail.total_time")}</dt>
            <dd>${Qe(t.total_duration)}</dd>
            ${t.pause_count?v`<dt>${h("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${Qe(t.paused_duration)})</dd>`:B}
            <dt>${h("kpi.filament")}</dt>
            <dd>
              ${s?v`<span class="swatch" style=${`background:${s}`}></span>`:B}
              ${yn(t.filament_weight_g,t.filament_used_mm,i)}
              ${t.filament_type??""}
              <span class="muted">${Ci(t.filament_used_mm/1e3,i,2)} m</span>
            </dd>
            <dt>${h("kpi.cost")}</dt>
            <dd>${zc(t.cost,i)}</dd>
            ${t.error_message?v`<dt>${h("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:B}
          </dl>
        </div>
      </div>

      <h3>${h("detail.notes_rating")}</h3>
      ${this.editing?v`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:v`<dl>
              <dt>${h("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${h("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(l=>v`<span class="tag">${l}</span>`):"—"}</dd>
              <dt>${h("detail.failure_reason")}</dt>
              <dd>${cl(t.failure_reason)||"—"}</dd>
              <dt>${h("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${this.admin?v`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${Gt(Va)} ${h("common.edit")}</button>
                  <button class="btn danger" @click=${()=>Le(this,"delete-jobs",{jobs:[t]})}>
                    ${Gt($n)} ${h("common.delete")}
                  </button>
                </div>`:B}`}

      <h3>${h("photos.title")}</h3>
      <pl-job-photos
        .api=${this.api}
        .options=${i}
        .photos=${t.photos??[]}
        .jobId=${t.id}
        ?admin=${this.admin}
        @photos-changed=${l=>{this.job&&(this.job={...this.job,photos:l.detail.photos})}}
      ></pl-job-photos>

      ${t.climate?.length?v`<h3>${h("climate.title")}</h3>
            <pl-climate-chart
              .sensors=${t.climate}
              .events=${t.events}
              .start=${t.start}
              .duration=${t.total_duration}
              .options=${i}
            ></pl-climate-chart>`:B}

      <h3>${h("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${h("detail.timeline")}</h3>
      ${t.events.length?v`<ol class="timeline">
            ${t.events.map(l=>v`<li>
                <strong>${Da("event",l.type)}</strong>
                <span class="muted">${Mi(l.at,i)}</span>
                ${l.data&&Object.keys(l.data).length?v`<div class="muted">
                      ${Object.entries(l.data).map(([o,r])=>v`<span>${gn(o)}: ${Ks(r)}</span> `)}
                    </div>`:B}
              </li>`)}
          </ol>`:v`<p class="muted">${h("detail.no_events")}</p>`}

      <h3>${h("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?v`<details>
            <summary>${h("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([l,o])=>v`<tr>
                    <th scope="row">${l}</th>
                    <td><pre>${Ks(o)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:v`<p class="muted">${h("detail.no_metadata")}</p>`}
    `}renderDetails(t){const i=Cp(t.details);return i.length?v`<table>
      <tbody>
        ${i.map(([s,l])=>v`<tr>
            <th scope="row">${gn(s)}</th>
            <td>${typeof l=="object"?v`<pre>${Ks(l)}</pre>`:Ks(l)}</td>
          </tr>`)}
      </tbody>
    </table>`:v`<p class="muted">${h("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const i=this.renderRoot.querySelector(".job-id code"),s=document.createRange();i&&s.selectNodeContents(i);const l=window.getSelection();l?.removeAllRanges(),l?.addRange(s),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const s=await this.api.updateJob(this.job.id,i);this.job={...this.job,...s},this.editing=!1,Le(this,"job-updated",{job:s})}catch(s){this.saveError=Se(s)}finally{this.saving=!1}}};Zn.styles=[se,Bt`
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
    `];let ie=Zn;Ae([I({attribute:!1})],ie.prototype,"api");Ae([I({attribute:!1})],ie.prototype,"options");Ae([I()],ie.prototype,"jobId");Ae([I({type:Boolean})],ie.prototype,"admin");Ae([lt()],ie.prototype,"job");Ae([lt()],ie.prototype,"error");Ae([lt()],ie.prototype,"editing");Ae([lt()],ie.prototype,"saving");Ae([lt()],ie.prototype,"saveError");Ae([lt()],ie.prototype,"thumbnailUrl");Ae([lt()],ie.prototype,"thumbnailState");Ae([lt()],ie.prototype,"copied");Yt("pl-job-detail",ie);function Da(e,t){const i=`${e}.${t}`,s=h(i);return s===i?gn(t):s}var Fp=Object.defineProperty,ms=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Fp(t,i,l),l};const Kn=class Kn extends Jt{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:Po(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const i={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},s={};for(const[l,o]of Object.entries(t)){const r=i[l]??l;s[r]??=`${l}: ${o}`}this.errors=s}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return i=>{this.values={...this.values,[t]:i.target.value}}}field(t){return this.errors[t]?v`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,i=s=>this.errors[s]?`err-${s}`:"";return v`<form @submit=${this.onSubmit} novalidate>
      <label
        >${h("common.printer")}
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${i("printer_id")}>
          ${this.printers.map(s=>v`<option value=${s.id} ?selected=${s.id===t.printer_id}>${s.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >${h("column.status")}
        <select name="status" @change=${this.set("status")}>
          ${vn.map(s=>v`<option value=${s} ?selected=${s===t.status}>${il(s)}</option>`)}
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
            max=${Po(new Date,this.timeZone)}
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
        ${zr({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:i("cost")})}
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
          @value-changed=${s=>this.values={...this.values,rating:s.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >${h("column.notes")}
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      ${Ir(this,this.error,this.busy,h("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:i,errors:s}=zp(this.values,this.timeZone);this.errors=s,i?Le(this,"create",{job:i}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Kn.styles=[se,Rr,Bt`
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
    `];let ei=Kn;ms([I({attribute:!1})],ei.prototype,"printers");ms([I()],ei.prototype,"timeZone");ms([I({type:Boolean})],ei.prototype,"busy");ms([I()],ei.prototype,"error");ms([lt()],ei.prototype,"values");ms([lt()],ei.prototype,"errors");Yt("pl-job-form",ei);var Np=Object.defineProperty,gs=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Np(t,i,l),l};const Ql=20,Qn=class Qn extends Jt{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.list=new vp(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new dp(this,this.list)}willUpdate(t){t.has("api")&&this.api&&(this.list.reload(),this.list.loadFilamentTypes(),jr(this.api))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const i=this.list.applyJob(t.job);this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(i||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:i}=this,s=this.options?{list:t,changes:i,admin:this.admin,options:this.options}:void 0;return v`
      <section aria-label=${h("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${fp({list:t,changes:i,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?mp(t,this.printers):B}
      ${t.error?v`<div class="error-banner" role="alert">
            <span>${h("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${Gt(Oa)} ${h("common.retry")}</button>
          </div>`:B}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?v`<div class="loading-bar" role="progressbar" aria-label=${h("jobs.loading")}></div>`:B}
        ${s?this.narrow?Tp(s):kp(s):B} ${jp(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${i.message?"message":"sr-only"}>${i.message}</div>
    `}renderDialogs(){const t=this.changes,i=t.confirmJobs.length;return v`
      <pl-dialog .heading=${h("jobs.delete_heading",{count:i})} .open=${i>0} @closed=${()=>t.cancelDelete()}>
        <p>${h("jobs.delete_text",{count:i})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,Ql).map(s=>v`<li>${rl(s.filename)} <span class="muted">(${s.printer_name})</span></li>`)}
          ${i>Ql?v`<li class="muted">${h("jobs.and_more",{n:i-Ql})}</li>`:B}
        </ul>
        ${t.deleteError?v`<p class="status-error" role="alert">${t.deleteError}</p>`:B}
        <button slot="actions" class="btn" @click=${()=>t.cancelDelete()}>${h("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${t.deleting} @click=${()=>t.confirmDelete()}>
          ${h("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${h("jobs.details")} wide .open=${!!t.detailId} @closed=${()=>t.closeJob()}>
        ${t.detailId?v`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${t.detailId}
              .admin=${this.admin}
              @job-updated=${s=>this.list.applyJob(s.detail.job)}
              @delete-jobs=${s=>t.askDelete(s.detail.jobs)}
            ></pl-job-detail>`:B}
      </pl-dialog>
      <pl-dialog heading=${h("jobs.add_heading")} .open=${t.adding} @closed=${()=>t.closeAdd()}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.options?.timeZone}
          .busy=${t.addBusy}
          .error=${t.addError}
          @create=${s=>t.create(s.detail.job)}
          @cancel=${()=>t.closeAdd()}
        ></pl-job-form>
      </pl-dialog>
    `}};Qn.styles=[se,_p];let ii=Qn;gs([I({attribute:!1})],ii.prototype,"api");gs([I({attribute:!1})],ii.prototype,"options");gs([I({attribute:!1})],ii.prototype,"printers");gs([I({type:Boolean})],ii.prototype,"admin");gs([I({type:Boolean,reflect:!0})],ii.prototype,"narrow");gs([lt()],ii.prototype,"showFilters");Yt("pl-jobs-view",ii);var Up=Object.defineProperty,Bp=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Up(t,i,l),l};const Xn=class Xn extends Jt{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?v`<ul aria-label=${h("common.printers")}>
      ${this.printers.map(t=>{const i=t.current_job,s=t.online&&!!i&&(t.print_state==="printing"||t.print_state==="paused"),l=Vc(t),o=Oc(t);return v`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${s?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${l}</span>
          </div>
          ${i?v`<button class="file" title=${Je(i.filename)} @click=${()=>Le(this,"show-job",{jobId:i.id})}>
                  ${rl(i.filename)}
                </button>
                ${Hc(i)}
                <div class="meta">
                  <span>${Fc(i)} %</span>
                  <span>${h("live.elapsed",{time:Qe(i.print_duration)})}</span>
                  <span>${o!==null?h("live.left",{time:Qe(o)}):""}</span>
                </div>`:v`<span class="muted">${h("live.no_job")}</span>`}
        </li>`})}
    </ul>`:v``}};Xn.styles=[se,Ic,Bt`
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
    `];let al=Xn;Bp([I({attribute:!1})],al.prototype,"printers");Yt("pl-live-strip",al);var Wp=Object.defineProperty,ni=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Wp(t,i,l),l};const Gp="Print Log",to=class to extends Jt{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new Nc}willUpdate(t){if(t.has("hass")&&this.hass){const i=this.hass.connection;i!==this.connection&&(this.connection=i,this.api=new Uc(this.hass),this.resubscribe(),this.loadPrinters());const s=t.get("hass");if(!this.options||!s||s.locale!==this.hass.locale||s.config!==this.hass.config){const l=Ro(this.hass);l.language===this.language?this.options=l:l.language===Bc()?(this.options=l,this.language=l.language):this.switchLanguage(l)}}}async switchLanguage(t){const i=await Wc(t.language,t.numberLocale);this.hass&&Ro(this.hass).language!==t.language||(this.options={...t,language:i},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,i=>this.onLiveEvent(i),i=>console.warn("print_logger: live updates unavailable:",Se(i)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Se(t)}}onLiveEvent(t){this.printers=Gc(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const i=this.view==="jobs"?"analytics":"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"analytics":i),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return B;const t=!!this.hass.user?.is_admin,i=(s,l,o)=>v`<button
        role="tab"
        id=${`tab-${s}`}
        aria-selected=${this.view===s?"true":"false"}
        aria-controls=${`view-${s}`}
        aria-label=${l}
        tabindex=${this.view===s?0:-1}
        @click=${()=>this.select(s)}
      >
        ${Gt(o)}<span class="label">${l}</span>
      </button>`;return v`
      <header>
        ${this.narrow?v`<button class="icon-btn" aria-label=${h("panel.open_sidebar")} @click=${()=>Le(this,"hass-toggle-menu")}>
              ${Gt(su)}
            </button>`:B}
        <h1>${this.panel?.title&&this.panel.title!==Gp?this.panel.title:h("panel.title")}</h1>
        <div role="tablist" aria-label=${h("panel.views")} @keydown=${this.onTabKey}>
          ${i("jobs",h("panel.jobs"),nu)} ${i("analytics",h("panel.analytics"),Qc)}
        </div>
      </header>
      ${Kc(this.language,v`<main>
        ${this.printersError?v`<div class="error-banner" role="alert">
              <span>${h("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${h("common.retry")}</button>
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
    `}};to.styles=[se,Bt`
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
    `];let Ee=to;ni([I({attribute:!1})],Ee.prototype,"hass");ni([I({type:Boolean,reflect:!0})],Ee.prototype,"narrow");ni([I({attribute:!1})],Ee.prototype,"panel");ni([lt()],Ee.prototype,"view");ni([lt()],Ee.prototype,"printers");ni([lt()],Ee.prototype,"printersError");ni([lt()],Ee.prototype,"api");ni([lt()],Ee.prototype,"options");ni([lt()],Ee.prototype,"language");Yt("print-logger-panel",Ee);
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
