import{H as cc,I as Ar,J as Cr,A as O,b as p,K as Kl,M as Ye,N as uc,O as dc,Q as Qs,m as v,a as oe,c as ce,d as ie,R as Ql,B as V,E as ue,S as pc,C as X,T as La,U as hc,V as fc,W as mc,X as gc,Y as bc,z as yc,h as $c,Z as vc,j as Xt,_ as Xl,$ as _c,i as wc,a0 as xc,P as kc,y as Sc,a1 as ja,a2 as Xs,a3 as Tc,s as qe,a4 as Mr,a5 as tn,a6 as tl,a7 as Ec,a8 as Lc,v as mn,w as ti,u as hi,x as gn,o as ol,a9 as el,D as Ze,aa as Aa,p as Dr,n as jc,r as Ac,t as Cc,q as Mc,ab as Dc,L as Pc,g as zc,f as Ca,e as Ic,F as Vc,k as Rc}from"./chunks/shared-0tvPFvRh.js";const Fc=(e,t,i)=>(i.configurable=!0,i.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,i),i);function Pr(e,t){return(i,s,l)=>{const a=o=>o.renderRoot?.querySelector(e)??null;return Fc(i,s,{get(){return a(this)}})}}const{I:Hc}=cc,Ma=e=>e,Da=()=>document.createComment(""),xs=(e,t,i)=>{const s=e._$AA.parentNode,l=t===void 0?e._$AB:t._$AA;if(i===void 0){const a=s.insertBefore(Da(),l),o=s.insertBefore(Da(),l);i=new Hc(a,o,e,e.options)}else{const a=i._$AB.nextSibling,o=i._$AM,h=o!==e;if(h){let d;i._$AQ?.(e),i._$AM=e,i._$AP!==void 0&&(d=e._$AU)!==o._$AU&&i._$AP(d)}if(a!==l||h){let d=i._$AA;for(;d!==a;){const m=Ma(d).nextSibling;Ma(s).insertBefore(d,l),d=m}}}return i},Li=(e,t,i=e)=>(e._$AI(t,i),e),Oc={},zr=(e,t=Oc)=>e._$AH=t,Nc=e=>e._$AH,Ol=e=>{e._$AR(),e._$AA.remove()};const Bc=Ar(class extends Cr{constructor(){super(...arguments),this.key=O}render(e,t){return this.key=e,t}update(e,[t,i]){return t!==this.key&&(zr(e),this.key=t),i}});function Ws(e,t,i,s=!1){return e.map(l=>{const a=l.key===null||l.key===void 0?"":String(l.key),o=l.label||a||p("common.unknown"),h=Number(l[t]??0);let d,m;t==="success_rate"?(d=Kl(l.success_rate,i),m=p("common.n_jobs",{count:l.jobs,n:Ye(l.jobs,i)})):t==="filament_g"?(d=uc(h,i,0),m=p("common.n_jobs",{count:l.jobs,n:Ye(l.jobs,i)})):t==="hours"?d=dc(h,"hours",i,1):d=Ye(h,i);const $={key:a,label:o,value:h,display:d};if(m&&($.note=m),s){const g=Qs(a)??Qs(l.label);g&&($.colour=g)}return $})}var Uc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Wc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Gc="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",Jc="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",bn="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",Yc="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",qc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Ir="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",Zc="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",Vr="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",Pa="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",za="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",Kc="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z",Rr="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";function Ut(e,t){return t?v`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:v`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const Qc=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Ia=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],yn=Qc.filter(e=>e!=="in_progress");var Xc=Object.defineProperty,$n=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Xc(t,i,l),l};const Rn=class Rn extends oe{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return v`<div class="empty muted">${p("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(i=>i.value),0);return v`<ul aria-label=${this.label}>
      ${this.items.map(i=>{const s=t>0?Math.max(0,Math.min(100,i.value/t*100)):0,l=Ql({width:`${s}%`,...i.colour?{background:i.colour}:{}});return v`<li data-key=${i.key} data-value=${String(i.value)}>
          <span class="name"
            >${i.colour?v`<span class="swatch" style=${Ql({background:i.colour})}></span>`:""}
            <span>${i.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${i.colour?"bar coloured":"bar"} style=${l}></span></span>
          <span class="value">${i.display}${i.note?v`<span class="note">${i.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Rn.styles=[ce,ie`
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
    `];let ls=Rn;$n([V()],ls.prototype,"label");$n([V({attribute:!1})],ls.prototype,"items");$n([V({type:Number})],ls.prototype,"max");ue("pl-bars",ls);const tu=!0,Pt="u-",eu="uplot",iu=Pt+"hz",su=Pt+"vt",lu=Pt+"title",nu=Pt+"wrap",au=Pt+"under",ru=Pt+"over",ou=Pt+"axis",Ci=Pt+"off",cu=Pt+"select",uu=Pt+"cursor-x",du=Pt+"cursor-y",pu=Pt+"cursor-pt",hu=Pt+"legend",fu=Pt+"live",mu=Pt+"inline",gu=Pt+"series",bu=Pt+"marker",Va=Pt+"label",yu=Pt+"value",Es="width",Ls="height",ks="top",Ra="bottom",es="left",Nl="right",vn="#000",Fa=vn+"0",Bl="mousemove",Ha="mousedown",Ul="mouseup",Oa="mouseenter",Na="mouseleave",Ba="dblclick",$u="resize",vu="scroll",Ua="change",il="dppxchange",_n="--",us=typeof window<"u",en=us?document:null,ss=us?window:null,_u=us?navigator:null;let ut,Gs;function sn(){let e=devicePixelRatio;ut!=e&&(ut=e,Gs&&nn(Ua,Gs,sn),Gs=matchMedia(`(min-resolution: ${ut-.001}dppx) and (max-resolution: ${ut+.001}dppx)`),Mi(Ua,Gs,sn),ss.dispatchEvent(new CustomEvent(il)))}function ge(e,t){if(t!=null){let i=e.classList;!i.contains(t)&&i.add(t)}}function ln(e,t){let i=e.classList;i.contains(t)&&i.remove(t)}function _t(e,t,i){e.style[t]=i+"px"}function ze(e,t,i,s){let l=en.createElement(e);return t!=null&&ge(l,t),i?.insertBefore(l,s),l}function Te(e,t){return ze("div",e,t)}const Wa=new WeakMap;function Je(e,t,i,s,l){let a="translate("+t+"px,"+i+"px)",o=Wa.get(e);a!=o&&(e.style.transform=a,Wa.set(e,a),t<0||i<0||t>s||i>l?ge(e,Ci):ln(e,Ci))}const Ga=new WeakMap;function Ja(e,t,i){let s=t+i,l=Ga.get(e);s!=l&&(Ga.set(e,s),e.style.background=t,e.style.borderColor=i)}const Ya=new WeakMap;function qa(e,t,i,s){let l=t+""+i,a=Ya.get(e);l!=a&&(Ya.set(e,l),e.style.height=i+"px",e.style.width=t+"px",e.style.marginLeft=s?-t/2+"px":0,e.style.marginTop=s?-i/2+"px":0)}const wn={passive:!0},wu={...wn,capture:!0};function Mi(e,t,i,s){t.addEventListener(e,i,s?wu:wn)}function nn(e,t,i,s){t.removeEventListener(e,i,wn)}us&&sn();function Ie(e,t,i,s){let l;i=i||0,s=s||t.length-1;let a=s<=2147483647;for(;s-i>1;)l=a?i+s>>1:be((i+s)/2),t[l]<e?i=l:s=l;return e-t[i]<=t[s]-e?i:s}function Fr(e){return(i,s,l)=>{let a=-1,o=-1;for(let h=s;h<=l;h++)if(e(i[h])){a=h;break}for(let h=l;h>=s;h--)if(e(i[h])){o=h;break}return[a,o]}}const Hr=e=>e!=null,Or=e=>e!=null&&e>0,cl=Fr(Hr),xu=Fr(Or);function ku(e,t,i,s=0,l=!1){let a=l?xu:cl,o=l?Or:Hr;[t,i]=a(e,t,i);let h=e[t],d=e[t];if(t>-1)if(s==1)h=e[t],d=e[i];else if(s==-1)h=e[i],d=e[t];else for(let m=t;m<=i;m++){let $=e[m];o($)&&($<h?h=$:$>d&&(d=$))}return[h??mt,d??-mt]}function ul(e,t,i,s){let l=Qa(e),a=Qa(t);e==t&&(l==-1?(e*=i,t/=i):(e/=i,t*=i));let o=i==10?ei:Nr,h=l==1?be:Ee,d=a==1?Ee:be,m=h(o(Dt(e))),$=d(o(Dt(t))),g=ns(i,m),y=ns(i,$);return i==10&&(m<0&&(g=gt(g,-m)),$<0&&(y=gt(y,-$))),s||i==2?(e=g*l,t=y*a):(e=Gr(e,g),t=dl(t,y)),[e,t]}function xn(e,t,i,s){let l=ul(e,t,i,s);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}const kn=.1,Za={mode:3,pad:kn},As={pad:0,soft:null,mode:0},Su={min:As,max:As};function sl(e,t,i,s){return pl(i)?Ka(e,t,i):(As.pad=i,As.soft=s?0:null,As.mode=s?3:0,Ka(e,t,Su))}function ot(e,t){return e??t}function Tu(e,t,i){for(t=ot(t,0),i=ot(i,e.length-1);t<=i;){if(e[t]!=null)return!0;t++}return!1}function Ka(e,t,i){let s=i.min,l=i.max,a=ot(s.pad,0),o=ot(l.pad,0),h=ot(s.hard,-mt),d=ot(l.hard,mt),m=ot(s.soft,mt),$=ot(l.soft,-mt),g=ot(s.mode,0),y=ot(l.mode,0),S=t-e,E=ei(S),C=te(Dt(e),Dt(t)),z=ei(C),B=Dt(z-E);(S<1e-24||B>10)&&(S=0,(e==0||t==0)&&(S=1e-24,g==2&&m!=mt&&(a=0),y==2&&$!=-mt&&(o=0)));let w=S||C||1e3,j=ei(w),k=ns(10,be(j)),G=w*(S==0?e==0?.1:1:a),P=gt(Gr(e-G,k/10),24),tt=e>=m&&(g==1||g==3&&P<=m||g==2&&P>=m)?m:mt,Z=te(h,P<tt&&e>=tt?tt:Ve(tt,P)),st=w*(S==0?t==0?.1:1:o),q=gt(dl(t+st,k/10),24),L=t<=$&&(y==1||y==3&&q>=$||y==2&&q<=$)?$:-mt,Q=Ve(d,q>L&&t<=L?L:te(L,q));return Z==Q&&Z==0&&(Q=100),[Z,Q]}const Eu=new Intl.NumberFormat(us?_u.language:"en-US"),Sn=e=>Eu.format(e),ye=Math,Ks=ye.PI,Dt=ye.abs,be=ye.floor,Mt=ye.round,Ee=ye.ceil,Ve=ye.min,te=ye.max,ns=ye.pow,Qa=ye.sign,ei=ye.log10,Nr=ye.log2,Lu=(e,t=1)=>ye.sinh(e)*t,Wl=(e,t=1)=>ye.asinh(e/t),mt=1/0;function Xa(e){return(ei((e^e>>31)-(e>>31))|0)+1}function an(e,t,i){return Ve(te(e,t),i)}function Br(e){return typeof e=="function"}function lt(e){return Br(e)?e:()=>e}const ju=()=>{},Ur=e=>e,Wr=(e,t)=>t,Au=e=>null,tr=e=>!0,er=(e,t)=>e==t,Cu=/\.\d*?(?=9{6,}|0{6,})/gm,Di=e=>{if(Yr(e)||fi.has(e))return e;const t=`${e}`,i=t.match(Cu);if(i==null)return e;let s=i[0].length-1;if(t.indexOf("e-")!=-1){let[l,a]=t.split("e");return+`${Di(l)}e${a}`}return gt(e,s)};function ji(e,t){return Di(gt(Di(e/t))*t)}function dl(e,t){return Di(Ee(Di(e/t))*t)}function Gr(e,t){return Di(be(Di(e/t))*t)}function gt(e,t=0){if(Yr(e))return e;let i=10**t,s=e*i*(1+Number.EPSILON);return Mt(s)/i}const fi=new Map;function Jr(e){return((""+e).split(".")[1]||"").length}function Ms(e,t,i,s){let l=[],a=s.map(Jr);for(let o=t;o<i;o++){let h=Dt(o),d=gt(ns(e,o),h);for(let m=0;m<s.length;m++){let $=e==10?+`${s[m]}e${o}`:s[m]*d,g=(o>=0?0:h)+(o>=a[m]?0:a[m]),y=e==10?$:gt($,g);l.push(y),fi.set(y,g)}}return l}const Cs={},Tn=[],as=[null,null],pi=Array.isArray,Yr=Number.isInteger,Mu=e=>e===void 0;function ir(e){return typeof e=="string"}function pl(e){let t=!1;if(e!=null){let i=e.constructor;t=i==null||i==Object}return t}function Du(e){return e!=null&&typeof e=="object"}const Pu=Object.getPrototypeOf(Uint8Array),qr="__proto__";function rs(e,t=pl){let i;if(pi(e)){let s=e.find(l=>l!=null);if(pi(s)||t(s)){i=Array(e.length);for(let l=0;l<e.length;l++)i[l]=rs(e[l],t)}else i=e.slice()}else if(e instanceof Pu)i=e.slice();else if(t(e)){i={};for(let s in e)s!=qr&&(i[s]=rs(e[s],t))}else i=e;return i}function jt(e){let t=arguments;for(let i=1;i<t.length;i++){let s=t[i];for(let l in s)l!=qr&&(pl(e[l])?jt(e[l],rs(s[l])):e[l]=rs(s[l]))}return e}const zu=0,Iu=1,Vu=2;function Ru(e,t,i){for(let s=0,l,a=-1;s<t.length;s++){let o=t[s];if(o>a){for(l=o-1;l>=0&&e[l]==null;)e[l--]=null;for(l=o+1;l<i&&e[l]==null;)e[a=l++]=null}}}function Fu(e,t){if(Nu(e)){let o=e[0].slice();for(let h=1;h<e.length;h++)o.push(...e[h].slice(1));return Bu(o[0])||(o=Ou(o)),o}let i=new Set;for(let o=0;o<e.length;o++){let d=e[o][0],m=d.length;for(let $=0;$<m;$++)i.add(d[$])}let s=[Array.from(i).sort((o,h)=>o-h)],l=s[0].length,a=new Map;for(let o=0;o<l;o++)a.set(s[0][o],o);for(let o=0;o<e.length;o++){let h=e[o],d=h[0];for(let m=1;m<h.length;m++){let $=h[m],g=Array(l).fill(void 0),y=t?t[o][m]:Iu,S=[];for(let E=0;E<$.length;E++){let C=$[E],z=a.get(d[E]);C===null?y!=zu&&(g[z]=C,y==Vu&&S.push(z)):g[z]=C}Ru(g,S,l),s.push(g)}}return s}const Hu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ou(e){let t=e[0],i=t.length,s=Array(i);for(let a=0;a<s.length;a++)s[a]=a;s.sort((a,o)=>t[a]-t[o]);let l=[];for(let a=0;a<e.length;a++){let o=e[a],h=Array(i);for(let d=0;d<i;d++)h[d]=o[s[d]];l.push(h)}return l}function Nu(e){let t=e[0][0],i=t.length;for(let s=1;s<e.length;s++){let l=e[s][0];if(l.length!=i)return!1;if(l!=t){for(let a=0;a<i;a++)if(l[a]!=t[a])return!1}}return!0}function Bu(e,t=100){const i=e.length;if(i<=1)return!0;let s=0,l=i-1;for(;s<=l&&e[s]==null;)s++;for(;l>=s&&e[l]==null;)l--;if(l<=s)return!0;const a=te(1,be((l-s+1)/t));for(let o=e[s],h=s+a;h<=l;h+=a){const d=e[h];if(d!=null){if(d<=o)return!1;o=d}}return!0}const Zr=["January","February","March","April","May","June","July","August","September","October","November","December"],Kr=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Qr(e){return e.slice(0,3)}const Uu=Kr.map(Qr),Wu=Zr.map(Qr),Gu={MMMM:Zr,MMM:Wu,WWWW:Kr,WWW:Uu};function Ss(e){return(e<10?"0":"")+e}function Ju(e){return(e<10?"00":e<100?"0":"")+e}const Yu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Ss(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Ss(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Ss(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Ss(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Ss(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Ju(e.getMilliseconds())};function En(e,t){t=t||Gu;let i=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(e);)i.push(l[0][0]=="{"?Yu[l[1]]:l[0]);return a=>{let o="";for(let h=0;h<i.length;h++)o+=typeof i[h]=="string"?i[h]:i[h](a,t);return o}}const qu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Zu(e,t){let i;return t=="UTC"||t=="Etc/UTC"?i=new Date(+e+e.getTimezoneOffset()*6e4):t==qu?i=e:(i=new Date(e.toLocaleString("en-US",{timeZone:t})),i.setMilliseconds(e.getMilliseconds())),i}const Xr=e=>e%1==0,ll=[1,2,2.5,5],Ku=Ms(10,-32,0,ll),to=Ms(10,0,32,ll),Qu=to.filter(Xr),Ai=Ku.concat(to),Ln=`
`,eo="{YYYY}",sr=Ln+eo,io="{M}/{D}",js=Ln+io,Js=js+"/{YY}",so="{aa}",Xu="{h}:{mm}",is=Xu+so,lr=Ln+is,nr=":{ss}",pt=null;function lo(e){let t=e*1e3,i=t*60,s=i*60,l=s*24,a=l*30,o=l*365,d=(e==1?Ms(10,0,3,ll).filter(Xr):Ms(10,-3,0,ll)).concat([t,t*5,t*10,t*15,t*30,i,i*5,i*10,i*15,i*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]);const m=[[o,eo,pt,pt,pt,pt,pt,pt,1],[l*28,"{MMM}",sr,pt,pt,pt,pt,pt,1],[l,io,sr,pt,pt,pt,pt,pt,1],[s,"{h}"+so,Js,pt,js,pt,pt,pt,1],[i,is,Js,pt,js,pt,pt,pt,1],[t,nr,Js+" "+is,pt,js+" "+is,pt,lr,pt,1],[e,nr+".{fff}",Js+" "+is,pt,js+" "+is,pt,lr,pt,1]];function $(g){return(y,S,E,C,z,B)=>{let w=[],j=z>=o,k=z>=a&&z<o,G=g(E),P=gt(G*e,3),tt=Gl(G.getFullYear(),j?0:G.getMonth(),k||j?1:G.getDate()),Z=gt(tt*e,3);if(k||j){let st=k?z/a:0,q=j?z/o:0,L=P==Z?P:gt(Gl(tt.getFullYear()+q,tt.getMonth()+st,1)*e,3),Q=new Date(Mt(L/e)),R=Q.getFullYear(),J=Q.getMonth();for(let U=0;L<=C;U++){let nt=Gl(R+q*U,J+st*U,1),N=nt-g(gt(nt*e,3));L=gt((+nt+N)*e,3),L<=C&&w.push(L)}}else{let st=z>=l?l:z,q=be(E)-be(P),L=Z+q+dl(P-Z,st);w.push(L);let Q=g(L),R=Q.getHours()+Q.getMinutes()/i+Q.getSeconds()/s,J=z/s,U=y.axes[S]._space,nt=B/U;for(;L=gt(L+z,e==1?0:3),!(L>C);)if(J>1){let N=be(gt(R+J,6))%24,at=g(L).getHours()-N;at>1&&(at=-1),L-=at*s,R=(R+J)%24;let ht=w[w.length-1];gt((L-ht)/z,3)*nt>=.7&&w.push(L)}else w.push(L)}return w}}return[d,m,$]}const[td,ed,id]=lo(1),[sd,ld,nd]=lo(.001);Ms(2,-53,53,[1]);function ar(e,t){return e.map(i=>i.map((s,l)=>l==0||l==8||s==null?s:t(l==1||i[8]==0?s:i[1]+s)))}function rr(e,t){return(i,s,l,a,o)=>{let h=t.find(E=>o>=E[0])||t[t.length-1],d,m,$,g,y,S;return s.map(E=>{let C=e(E),z=C.getFullYear(),B=C.getMonth(),w=C.getDate(),j=C.getHours(),k=C.getMinutes(),G=C.getSeconds(),P=z!=d&&h[2]||B!=m&&h[3]||w!=$&&h[4]||j!=g&&h[5]||k!=y&&h[6]||G!=S&&h[7]||h[1];return d=z,m=B,$=w,g=j,y=k,S=G,P(C)})}}function ad(e,t){let i=En(t);return(s,l,a,o,h)=>l.map(d=>i(e(d)))}function Gl(e,t,i){return new Date(e,t,i)}function or(e,t){return t(e)}const rd="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function cr(e,t){return(i,s,l,a)=>a==null?_n:t(e(s))}function od(e,t){let i=e.series[t];return i.width?i.stroke(e,t):i.points.width?i.points.stroke(e,t):null}function cd(e,t){return e.series[t].fill(e,t)}const ud={show:!0,live:!0,isolate:!1,mount:ju,markers:{show:!0,width:2,stroke:od,fill:cd,dash:"solid"},idx:null,idxs:null,values:[]};function dd(e,t){let i=e.cursor.points,s=Te(),l=i.size(e,t);_t(s,Es,l),_t(s,Ls,l);let a=l/-2;_t(s,"marginLeft",a),_t(s,"marginTop",a);let o=i.width(e,t,l);return o&&_t(s,"borderWidth",o),s}function pd(e,t){let i=e.series[t].points;return i._fill||i._stroke}function hd(e,t){let i=e.series[t].points;return i._stroke||i._fill}function fd(e,t){return e.series[t].points.size}const Jl=[0,0];function md(e,t,i){return Jl[0]=t,Jl[1]=i,Jl}function Ys(e,t,i,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&i(l)}}function Yl(e,t,i,s=!0){return l=>{(!s||l.target==t)&&i(l)}}const gd={show:!0,x:!0,y:!0,lock:!1,move:md,points:{one:!1,show:dd,size:fd,width:0,stroke:hd,fill:pd},bind:{mousedown:Ys,mouseup:Ys,click:Ys,dblclick:Ys,mousemove:Yl,mouseleave:Yl,mouseenter:Yl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,i,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},no={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},jn=jt({},no,{filter:Wr}),ao=jt({},jn,{size:10}),ro=jt({},no,{show:!1}),An='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',oo="bold "+An,co=1.5,ur={show:!0,scale:"x",stroke:vn,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:oo,side:2,grid:jn,ticks:ao,border:ro,font:An,lineGap:co,rotate:0},bd="Value",yd="Time",dr={show:!0,scale:"x",auto:!1,sorted:1,min:mt,max:-mt,idxs:[]};function $d(e,t,i,s,l){return t.map(a=>a==null?"":Sn(a))}function vd(e,t,i,s,l,a,o){let h=[],d=fi.get(l)||0;i=o?i:gt(dl(i,l),d);for(let m=i;m<=s;m=gt(m+l,d))h.push(Object.is(m,-0)?0:m);return h}function rn(e,t,i,s,l,a,o){const h=[],d=e.scales[e.axes[t].scale].log,m=d==10?ei:Nr,$=be(m(i));l=ns(d,$),d==10&&(l=Ai[Ie(l,Ai)]);let g=i,y=l*d;d==10&&(y=Ai[Ie(y,Ai)]);do h.push(g),g=g+l,d==10&&!fi.has(g)&&(g=gt(g,fi.get(l))),g>=y&&(l=g,y=l*d,d==10&&(y=Ai[Ie(y,Ai)]));while(g<=s);return h}function _d(e,t,i,s,l,a,o){let d=e.scales[e.axes[t].scale].asinh,m=s>d?rn(e,t,te(d,i),s,l):[d],$=s>=0&&i<=0?[0]:[];return(i<-d?rn(e,t,te(d,-s),-i,l):[d]).reverse().map(y=>-y).concat($,m)}const uo=/./,wd=/[12357]/,xd=/[125]/,pr=/1/,on=(e,t,i,s)=>e.map((l,a)=>t==4&&l==0||a%s==0&&i.test(l.toExponential()[l<0?1:0])?l:null);function kd(e,t,i,s,l){let a=e.axes[i],o=a.scale,h=e.scales[o],d=e.valToPos,m=a._space,$=d(10,o),g=d(9,o)-$>=m?uo:d(7,o)-$>=m?wd:d(5,o)-$>=m?xd:pr;if(g==pr){let y=Dt(d(1,o)-$);if(y<m)return on(t.slice().reverse(),h.distr,g,Ee(m/y)).reverse()}return on(t,h.distr,g,1)}function Sd(e,t,i,s,l){let a=e.axes[i],o=a.scale,h=a._space,d=e.valToPos,m=Dt(d(1,o)-d(2,o));return m<h?on(t.slice().reverse(),3,uo,Ee(h/m)).reverse():t}function Td(e,t,i,s){return s==null?_n:t==null?"":Sn(t)}const hr={show:!0,scale:"y",stroke:vn,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:oo,side:3,grid:jn,ticks:ao,border:ro,font:An,lineGap:co,rotate:0};function Ed(e,t){let i=3+(e||1)*2;return gt(i*t,3)}function Ld(e,t){let{scale:i,idxs:s}=e.series[0],l=e._data[0],a=e.valToPos(l[s[0]],i,!0),o=e.valToPos(l[s[1]],i,!0),h=Dt(o-a),d=e.series[t],m=h/(d.points.space*ut);return s[1]-s[0]<=m}const fr={scale:null,auto:!0,sorted:0,min:mt,max:-mt},po=(e,t,i,s,l)=>l,mr={show:!0,auto:!0,sorted:0,gaps:po,alpha:1,facets:[jt({},fr,{scale:"x"}),jt({},fr,{scale:"y"})]},gr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:po,alpha:1,points:{show:Ld,filter:null},values:null,min:mt,max:-mt,idxs:[],path:null,clip:null};function jd(e,t,i,s,l){return i/10}const ho={time:tu,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Ad=jt({},ho,{time:!1,ori:1}),br={};function fo(e,t){let i=br[e];return i||(i={key:e,plots:[],sub(s){i.plots.push(s)},unsub(s){i.plots=i.plots.filter(l=>l!=s)},pub(s,l,a,o,h,d,m){for(let $=0;$<i.plots.length;$++)i.plots[$]!=l&&i.plots[$].pub(s,l,a,o,h,d,m)}},e!=null&&(br[e]=i)),i}const os=1,cn=2;function zi(e,t,i){const s=e.mode,l=e.series[t],a=s==2?e._data[t]:e._data,o=e.scales,h=e.bbox;let d=a[0],m=s==2?a[1]:a[t],$=s==2?o[l.facets[0].scale]:o[e.series[0].scale],g=s==2?o[l.facets[1].scale]:o[l.scale],y=h.left,S=h.top,E=h.width,C=h.height,z=e.valToPosH,B=e.valToPosV;return $.ori==0?i(l,d,m,$,g,z,B,y,S,E,C,fl,ds,gl,go,yo):i(l,d,m,$,g,B,z,S,y,C,E,ml,ps,Dn,bo,$o)}function Cn(e,t){let i=0,s=0,l=ot(e.bands,Tn);for(let a=0;a<l.length;a++){let o=l[a];o.series[0]==t?i=o.dir:o.series[1]==t&&(o.dir==1?s|=1:s|=2)}return[i,s==1?-1:s==2?1:s==3?2:0]}function Cd(e,t,i,s,l){let a=e.mode,o=e.series[t],h=a==2?o.facets[1].scale:o.scale,d=e.scales[h];return l==-1?d.min:l==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function ii(e,t,i,s,l,a){return zi(e,t,(o,h,d,m,$,g,y,S,E,C,z)=>{let B=o.pxRound;const w=m.dir*(m.ori==0?1:-1),j=m.ori==0?ds:ps;let k,G;w==1?(k=i,G=s):(k=s,G=i);let P=B(g(h[k],m,C,S)),tt=B(y(d[k],$,z,E)),Z=B(g(h[G],m,C,S)),st=B(y(a==1?$.max:$.min,$,z,E)),q=new Path2D(l);return j(q,Z,st),j(q,P,st),j(q,P,tt),q})}function hl(e,t,i,s,l,a){let o=null;if(e.length>0){o=new Path2D;const h=t==0?gl:Dn;let d=i;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let S=y[0]-d;S>0&&h(o,d,s,S,s+a),d=y[1]}}let m=i+l-d,$=10;m>0&&h(o,d,s-$/2,m,s+a+$)}return o}function Md(e,t,i){let s=e[e.length-1];s&&s[0]==t?s[1]=i:e.push([t,i])}function Mn(e,t,i,s,l,a,o){let h=[],d=e.length;for(let m=l==1?i:s;m>=i&&m<=s;m+=l)if(t[m]===null){let g=m,y=m;if(l==1)for(;++m<=s&&t[m]===null;)y=m;else for(;--m>=i&&t[m]===null;)y=m;let S=a(e[g]),E=y==g?S:a(e[y]),C=g-l;S=o<=0&&C>=0&&C<d?a(e[C]):S;let B=y+l;E=o>=0&&B>=0&&B<d?a(e[B]):E,E>=S&&h.push([S,E])}return h}function yr(e){return e==0?Ur:e==1?Mt:t=>ji(t,e)}function mo(e){let t=e==0?fl:ml,i=e==0?(l,a,o,h,d,m)=>{l.arcTo(a,o,h,d,m)}:(l,a,o,h,d,m)=>{l.arcTo(o,a,d,h,m)},s=e==0?(l,a,o,h,d)=>{l.rect(a,o,h,d)}:(l,a,o,h,d)=>{l.rect(o,a,d,h)};return(l,a,o,h,d,m=0,$=0)=>{m==0&&$==0?s(l,a,o,h,d):(m=Ve(m,h/2,d/2),$=Ve($,h/2,d/2),t(l,a+m,o),i(l,a+h,o,a+h,o+d,m),i(l,a+h,o+d,a,o+d,$),i(l,a,o+d,a,o,$),i(l,a,o,a+h,o,m),l.closePath())}}const fl=(e,t,i)=>{e.moveTo(t,i)},ml=(e,t,i)=>{e.moveTo(i,t)},ds=(e,t,i)=>{e.lineTo(t,i)},ps=(e,t,i)=>{e.lineTo(i,t)},gl=mo(0),Dn=mo(1),go=(e,t,i,s,l,a)=>{e.arc(t,i,s,l,a)},bo=(e,t,i,s,l,a)=>{e.arc(i,t,s,l,a)},yo=(e,t,i,s,l,a,o)=>{e.bezierCurveTo(t,i,s,l,a,o)},$o=(e,t,i,s,l,a,o)=>{e.bezierCurveTo(i,t,l,s,o,a)};function vo(e){return(t,i,s,l,a)=>zi(t,i,(o,h,d,m,$,g,y,S,E,C,z)=>{let{pxRound:B,points:w}=o,j,k;m.ori==0?(j=fl,k=go):(j=ml,k=bo);const G=gt(w.width*ut,3);let P=(w.size-w.width)/2*ut,tt=gt(P*2,3),Z=new Path2D,st=new Path2D,{left:q,top:L,width:Q,height:R}=t.bbox;gl(st,q-tt,L-tt,Q+tt*2,R+tt*2);const J=U=>{if(d[U]!=null){let nt=B(g(h[U],m,C,S)),N=B(y(d[U],$,z,E));j(Z,nt+P,N),k(Z,nt,N,P,0,Ks*2)}};if(a)a.forEach(J);else for(let U=s;U<=l;U++)J(U);return{stroke:G>0?Z:null,fill:Z,clip:st,flags:os|cn}})}function _o(e){return(t,i,s,l,a,o)=>{s!=l&&(a!=s&&o!=s&&e(t,i,s),a!=l&&o!=l&&e(t,i,l),e(t,i,o))}}const Dd=_o(ds),Pd=_o(ps);function wo(e){const t=ot(e?.alignGaps,0);return(i,s,l,a)=>zi(i,s,(o,h,d,m,$,g,y,S,E,C,z)=>{[l,a]=cl(d,l,a);let B=o.pxRound,w=R=>B(g(R,m,C,S)),j=R=>B(y(R,$,z,E)),k,G;m.ori==0?(k=ds,G=Dd):(k=ps,G=Pd);const P=m.dir*(m.ori==0?1:-1),tt={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:os},Z=tt.stroke;let st=!1;if(a-l>=C*4){let R=F=>i.posToVal(F,m.key,!0),J=null,U=null,nt,N,le,wt=w(h[P==1?l:a]),at=w(h[l]),ht=w(h[a]),et=R(P==1?at+1:ht-1);for(let F=P==1?l:a;F>=l&&F<=a;F+=P){let At=h[F],xt=(P==1?At<et:At>et)?wt:w(At),dt=d[F];xt==wt?dt!=null?(N=dt,J==null?(k(Z,xt,j(N)),nt=J=U=N):N<J?J=N:N>U&&(U=N)):dt===null&&(st=!0):(J!=null&&G(Z,wt,j(J),j(U),j(nt),j(N)),dt!=null?(N=dt,k(Z,xt,j(N)),J=U=nt=N):(J=U=null,dt===null&&(st=!0)),wt=xt,et=R(wt+P))}J!=null&&J!=U&&le!=wt&&G(Z,wt,j(J),j(U),j(nt),j(N))}else for(let R=P==1?l:a;R>=l&&R<=a;R+=P){let J=d[R];J===null?st=!0:J!=null&&k(Z,w(h[R]),j(J))}let[L,Q]=Cn(i,s);if(o.fill!=null||L!=0){let R=tt.fill=new Path2D(Z),J=o.fillTo(i,s,o.min,o.max,L),U=j(J),nt=w(h[l]),N=w(h[a]);P==-1&&([N,nt]=[nt,N]),k(R,N,U),k(R,nt,U)}if(!o.spanGaps){let R=[];st&&R.push(...Mn(h,d,l,a,P,w,t)),tt.gaps=R=o.gaps(i,s,l,a,R),tt.clip=hl(R,m.ori,S,E,C,z)}return Q!=0&&(tt.band=Q==2?[ii(i,s,l,a,Z,-1),ii(i,s,l,a,Z,1)]:ii(i,s,l,a,Z,Q)),tt})}function zd(e){const t=ot(e.align,1),i=ot(e.ascDesc,!1),s=ot(e.alignGaps,0),l=ot(e.extend,!1);return(a,o,h,d)=>zi(a,o,(m,$,g,y,S,E,C,z,B,w,j)=>{[h,d]=cl(g,h,d);let k=m.pxRound,{left:G,width:P}=a.bbox,tt=at=>k(E(at,y,w,z)),Z=at=>k(C(at,S,j,B)),st=y.ori==0?ds:ps;const q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:os},L=q.stroke,Q=y.dir*(y.ori==0?1:-1);let R=Z(g[Q==1?h:d]),J=tt($[Q==1?h:d]),U=J,nt=J;l&&t==-1&&(nt=G,st(L,nt,R)),st(L,J,R);for(let at=Q==1?h:d;at>=h&&at<=d;at+=Q){let ht=g[at];if(ht==null)continue;let et=tt($[at]),F=Z(ht);t==1?st(L,et,R):st(L,U,F),st(L,et,F),R=F,U=et}let N=U;l&&t==1&&(N=G+P,st(L,N,R));let[le,wt]=Cn(a,o);if(m.fill!=null||le!=0){let at=q.fill=new Path2D(L),ht=m.fillTo(a,o,m.min,m.max,le),et=Z(ht);st(at,N,et),st(at,nt,et)}if(!m.spanGaps){let at=[];at.push(...Mn($,g,h,d,Q,tt,s));let ht=m.width*ut/2,et=i||t==1?ht:-ht,F=i||t==-1?-ht:ht;at.forEach(At=>{At[0]+=et,At[1]+=F}),q.gaps=at=m.gaps(a,o,h,d,at),q.clip=hl(at,y.ori,z,B,w,j)}return wt!=0&&(q.band=wt==2?[ii(a,o,h,d,L,-1),ii(a,o,h,d,L,1)]:ii(a,o,h,d,L,wt)),q})}function $r(e,t,i,s,l,a,o=mt){if(e.length>1){let h=null;for(let d=0,m=1/0;d<e.length;d++)if(t[d]!==void 0){if(h!=null){let $=Dt(e[d]-e[h]);$<m&&(m=$,o=Dt(i(e[d],s,l,a)-i(e[h],s,l,a)))}h=d}}return o}function Id(e){e=e||Cs;const t=ot(e.size,[.6,mt,1]),i=e.align||0,s=e.gap||0;let l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;const a=lt(l),o=1-t[0],h=ot(t[1],mt),d=ot(t[2],1),m=ot(e.disp,Cs),$=ot(e.each,S=>{}),{fill:g,stroke:y}=m;return(S,E,C,z)=>zi(S,E,(B,w,j,k,G,P,tt,Z,st,q,L)=>{let Q=B.pxRound,R=i,J=s*ut,U=h*ut,nt=d*ut,N,le;k.ori==0?[N,le]=a(S,E):[le,N]=a(S,E);const wt=k.dir*(k.ori==0?1:-1);let at=k.ori==0?gl:Dn,ht=k.ori==0?$:(D,bt,Ct,Fi,vi,Oe,_i)=>{$(D,bt,Ct,vi,Fi,_i,Oe)},et=ot(S.bands,Tn).find(D=>D.series[0]==E),F=et!=null?et.dir:0,At=B.fillTo(S,E,B.min,B.max,F),Yt=Q(tt(At,G,L,st)),xt,dt,Ae,de=q,St=Q(B.width*ut),He=!1,Ke=null,ve=null,ai=null,Ii=null;g!=null&&(St==0||y!=null)&&(He=!0,Ke=g.values(S,E,C,z),ve=new Map,new Set(Ke).forEach(D=>{D!=null&&ve.set(D,new Path2D)}),St>0&&(ai=y.values(S,E,C,z),Ii=new Map,new Set(ai).forEach(D=>{D!=null&&Ii.set(D,new Path2D)})));let{x0:Vi,size:ms}=m;if(Vi!=null&&ms!=null){R=1,w=Vi.values(S,E,C,z),Vi.unit==2&&(w=w.map(Ct=>S.posToVal(Z+Ct*q,k.key,!0)));let D=ms.values(S,E,C,z);ms.unit==2?dt=D[0]*q:dt=P(D[0],k,q,Z)-P(0,k,q,Z),de=$r(w,j,P,k,q,Z,de),Ae=de-dt+J}else de=$r(w,j,P,k,q,Z,de),Ae=de*o+J,dt=de-Ae;Ae<1&&(Ae=0),St>=dt/2&&(St=0),Ae<5&&(Q=Ur);let zs=Ae>0,yi=de-Ae-(zs?St:0);dt=Q(an(yi,nt,U)),xt=(R==0?dt/2:R==wt?0:dt)-R*wt*((R==0?J/2:0)+(zs?St/2:0));const qt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Ri=He?null:new Path2D;let Qe=null;if(et!=null)Qe=S.data[et.series[1]];else{let{y0:D,y1:bt}=m;D!=null&&bt!=null&&(j=bt.values(S,E,C,z),Qe=D.values(S,E,C,z))}let $i=N*dt,K=le*dt;for(let D=wt==1?C:z;D>=C&&D<=z;D+=wt){let bt=j[D];if(bt==null)continue;if(Qe!=null){let ne=Qe[D]??0;if(bt-ne==0)continue;Yt=tt(ne,G,L,st)}let Ct=k.distr!=2||m!=null?w[D]:D,Fi=P(Ct,k,q,Z),vi=tt(ot(bt,At),G,L,st),Oe=Q(Fi-xt),_i=Q(te(vi,Yt)),pe=Q(Ve(vi,Yt)),_e=_i-pe;if(bt!=null){let ne=bt<0?K:$i,Ce=bt<0?$i:K;He?(St>0&&ai[D]!=null&&at(Ii.get(ai[D]),Oe,pe+be(St/2),dt,te(0,_e-St),ne,Ce),Ke[D]!=null&&at(ve.get(Ke[D]),Oe,pe+be(St/2),dt,te(0,_e-St),ne,Ce)):at(Ri,Oe,pe+be(St/2),dt,te(0,_e-St),ne,Ce),ht(S,E,D,Oe-St/2,pe,dt+St,_e)}}return St>0?qt.stroke=He?Ii:Ri:He||(qt._fill=B.width==0?B._fill:B._stroke??B._fill,qt.width=0),qt.fill=He?ve:Ri,qt})}function Vd(e,t){const i=ot(t?.alignGaps,0);return(s,l,a,o)=>zi(s,l,(h,d,m,$,g,y,S,E,C,z,B)=>{[a,o]=cl(m,a,o);let w=h.pxRound,j=N=>w(y(N,$,z,E)),k=N=>w(S(N,g,B,C)),G,P,tt;$.ori==0?(G=fl,tt=ds,P=yo):(G=ml,tt=ps,P=$o);const Z=$.dir*($.ori==0?1:-1);let st=j(d[Z==1?a:o]),q=st,L=[],Q=[];for(let N=Z==1?a:o;N>=a&&N<=o;N+=Z)if(m[N]!=null){let wt=d[N],at=j(wt);L.push(q=at),Q.push(k(m[N]))}const R={stroke:e(L,Q,G,tt,P,w),fill:null,clip:null,band:null,gaps:null,flags:os},J=R.stroke;let[U,nt]=Cn(s,l);if(h.fill!=null||U!=0){let N=R.fill=new Path2D(J),le=h.fillTo(s,l,h.min,h.max,U),wt=k(le);tt(N,q,wt),tt(N,st,wt)}if(!h.spanGaps){let N=[];N.push(...Mn(d,m,a,o,Z,j,i)),R.gaps=N=h.gaps(s,l,a,o,N),R.clip=hl(N,$.ori,E,C,z,B)}return nt!=0&&(R.band=nt==2?[ii(s,l,a,o,J,-1),ii(s,l,a,o,J,1)]:ii(s,l,a,o,J,nt)),R})}function Rd(e){return Vd(Fd,e)}function Fd(e,t,i,s,l,a){const o=e.length;if(o<2)return null;const h=new Path2D;if(i(h,e[0],t[0]),o==2)s(h,e[1],t[1]);else{let d=Array(o),m=Array(o-1),$=Array(o-1),g=Array(o-1);for(let y=0;y<o-1;y++)$[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],m[y]=$[y]/g[y];d[0]=m[0];for(let y=1;y<o-1;y++)m[y]===0||m[y-1]===0||m[y-1]>0!=m[y]>0?d[y]=0:(d[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/m[y-1]+(g[y]+2*g[y-1])/m[y]),isFinite(d[y])||(d[y]=0));d[o-1]=m[o-2];for(let y=0;y<o-1;y++)l(h,e[y]+g[y]/3,t[y]+d[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-d[y+1]*g[y]/3,e[y+1],t[y+1])}return h}const un=new Set;function vr(){for(let e of un)e.syncRect(!0)}us&&(Mi($u,ss,vr),Mi(vu,ss,vr,!0),Mi(il,ss,()=>{Wt.pxRatio=ut}));const Hd=wo(),Od=vo();function _r(e,t,i,s){return(s?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,o)=>dn(a,o,t,i))}function Nd(e,t){return e.map((i,s)=>s==0?{}:jt({},t,i))}function dn(e,t,i,s){return jt({},t==0?i:s,e)}function xo(e,t,i){return t==null?as:[t,i]}const Bd=xo;function Ud(e,t,i){return t==null?as:sl(t,i,kn,!0)}function ko(e,t,i,s){return t==null?as:ul(t,i,e.scales[s].log,!1)}const Wd=ko;function So(e,t,i,s){return t==null?as:xn(t,i,e.scales[s].log,!1)}const Gd=So;function Jd(e,t,i,s,l){let a=te(Xa(e),Xa(t)),o=t-e,h=Ie(l/s*o,i);do{let d=i[h],m=s*d/o;if(m>=l&&a+(d<5?fi.get(d):0)<=17)return[d,m]}while(++h<i.length);return[0,0]}function wr(e){let t,i;return e=e.replace(/(\d+)px/,(s,l)=>(t=Mt((i=+l)*ut))+"px"),[e,t,i]}function Yd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let i=gt(t[2]*ut,1);t[0]=t[0].replace(/[0-9.]+px/,i+"px"),t[1]=i})}function Wt(e,t,i){const s={mode:ot(e.mode,1)},l=s.mode;function a(n,r,c,u){let f=r.valToPct(n);return u+c*(r.dir==-1?1-f:f)}function o(n,r,c,u){let f=r.valToPct(n);return u+c*(r.dir==-1?f:1-f)}function h(n,r,c,u){return r.ori==0?a(n,r,c,u):o(n,r,c,u)}s.valToPosH=a,s.valToPosV=o;let d=!1;s.status=0;const m=s.root=Te(eu);if(e.id!=null&&(m.id=e.id),ge(m,e.class),e.title){let n=Te(lu,m);n.textContent=e.title}const $=ze("canvas"),g=s.ctx=$.getContext("2d"),y=Te(nu,m);Mi("click",y,n=>{n.target===E&&(yt!=Zi||kt!=Ki)&&Bt.click(s,n)},!0);const S=s.under=Te(au,y);y.appendChild($);const E=s.over=Te(ru,y);e=rs(e);const C=+ot(e.pxAlign,1),z=yr(C);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(s,e)||e)});const B=e.ms||.001,w=s.series=l==1?_r(e.series||[],dr,gr,!1):Nd(e.series||[null],mr),j=s.axes=_r(e.axes||[],ur,hr,!0),k=s.scales={},G=s.bands=e.bands||[];G.forEach(n=>{n.fill=lt(n.fill||null),n.dir=ot(n.dir,-1)});const P=l==2?w[1].facets[0].scale:w[0].scale,tt={axes:Yo,series:Bo},Z=(e.drawOrder||["axes","series"]).map(n=>tt[n]);function st(n){const r=n.distr==3?c=>ei(c>0?c:n.clamp(s,c,n.min,n.max,n.key)):n.distr==4?c=>Wl(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=r(c),{_min:f,_max:b}=n,_=b-f;return(u-f)/_}}function q(n){let r=k[n];if(r==null){let c=(e.scales||Cs)[n]||Cs;if(c.from!=null){q(c.from);let u=jt({},k[c.from],c,{key:n});u.valToPct=st(u),k[n]=u}else{r=k[n]=jt({},n==P?ho:Ad,c),r.key=n;let u=r.time,f=r.range,b=pi(f);if((n!=P||l==2&&!u)&&(b&&(f[0]==null||f[1]==null)&&(f={min:f[0]==null?Za:{mode:1,hard:f[0],soft:f[0]},max:f[1]==null?Za:{mode:1,hard:f[1],soft:f[1]}},b=!1),!b&&pl(f))){let _=f;f=(x,T,A)=>T==null?as:sl(T,A,_)}r.range=lt(f||(u?Bd:n==P?r.distr==3?Wd:r.distr==4?Gd:xo:r.distr==3?ko:r.distr==4?So:Ud)),r.auto=lt(b?!1:r.auto),r.clamp=lt(r.clamp||jd),r._min=r._max=null,r.valToPct=st(r)}}}q("x"),q("y"),l==1&&w.forEach(n=>{q(n.scale)}),j.forEach(n=>{q(n.scale)});for(let n in e.scales)q(n);const L=k[P],Q=L.distr;let R,J;L.ori==0?(ge(m,iu),R=a,J=o):(ge(m,su),R=o,J=a);const U={};for(let n in k){let r=k[n];(r.min!=null||r.max!=null)&&(U[n]={min:r.min,max:r.max},r.min=r.max=null)}const nt=e.tzDate||(n=>new Date(Mt(n/B))),N=e.fmtDate||En,le=B==1?id(nt):nd(nt),wt=rr(nt,ar(B==1?ed:ld,N)),at=cr(nt,or(rd,N)),ht=[],et=s.legend=jt({},ud,e.legend),F=s.cursor=jt({},gd,{drag:{y:l==2}},e.cursor),At=et.show,Yt=F.show,xt=et.markers;et.idxs=ht,xt.width=lt(xt.width),xt.dash=lt(xt.dash),xt.stroke=lt(xt.stroke),xt.fill=lt(xt.fill);let dt,Ae,de,St=[],He=[],Ke,ve=!1,ai={};if(et.live){const n=w[1]?w[1].values:null;ve=n!=null,Ke=ve?n(s,1,0):{_:0};for(let r in Ke)ai[r]=_n}if(At)if(dt=ze("table",hu,m),de=ze("tbody",null,dt),et.mount(s,dt),ve){Ae=ze("thead",null,dt,de);let n=ze("tr",null,Ae);ze("th",null,n);for(var Ii in Ke)ze("th",Va,n).textContent=Ii}else ge(dt,mu),et.live&&ge(dt,fu);const Vi={show:!0},ms={show:!1};function zs(n,r){if(r==0&&(ve||!et.live||l==2))return as;let c=[],u=ze("tr",gu,de,de.childNodes[r]);ge(u,n.class),n.show||ge(u,Ci);let f=ze("th",null,u);if(xt.show){let x=Te(bu,f);if(r>0){let T=xt.width(s,r);T&&(x.style.border=T+"px "+xt.dash(s,r)+" "+xt.stroke(s,r)),x.style.background=xt.fill(s,r)}}let b=Te(Va,f);n.label instanceof HTMLElement?b.appendChild(n.label):b.textContent=n.label,r>0&&(xt.show||(b.style.color=n.width>0?xt.stroke(s,r):xt.fill(s,r)),qt("click",f,x=>{if(F._lock)return;xi(x);let T=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=et.isolate){let A=w.some((M,I)=>I>0&&I!=T&&M.show);w.forEach((M,I)=>{I>0&&Be(I,A?I==T?Vi:ms:Vi,!0,Lt.setSeries)})}else Be(T,{show:!n.show},!0,Lt.setSeries)},!1),Oi&&qt(Oa,f,x=>{F._lock||(xi(x),Be(w.indexOf(n),Xi,!0,Lt.setSeries))},!1));for(var _ in Ke){let x=ze("td",yu,u);x.textContent="--",c.push(x)}return[u,c]}const yi=new Map;function qt(n,r,c,u=!0){const f=yi.get(r)||{},b=F.bind[n](s,r,c,u);b&&(Mi(n,r,f[n]=b),yi.set(r,f))}function Ri(n,r,c){const u=yi.get(r)||{};for(let f in u)(n==null||f==n)&&(nn(f,r,u[f]),delete u[f]);n==null&&yi.delete(r)}let Qe=0,$i=0,K=0,D=0,bt=0,Ct=0,Fi=bt,vi=Ct,Oe=K,_i=D,pe=0,_e=0,ne=0,Ce=0;s.bbox={};let yl=!1,Is=!1,Hi=!1,wi=!1,Vs=!1,we=!1;function $l(n,r,c){(c||n!=s.width||r!=s.height)&&Qn(n,r),Gi(!1),Hi=!0,Is=!0,Ji()}function Qn(n,r){s.width=Qe=K=n,s.height=$i=D=r,bt=Ct=0,Io(),Vo();let c=s.bbox;pe=c.left=ji(bt*ut,.5),_e=c.top=ji(Ct*ut,.5),ne=c.width=ji(K*ut,.5),Ce=c.height=ji(D*ut,.5)}const Do=3;function Po(){let n=!1,r=0;for(;!n;){r++;let c=Go(r),u=Jo(r);n=r==Do||c&&u,n||(Qn(s.width,s.height),Is=!0)}}function zo({width:n,height:r}){$l(n,r)}s.setSize=zo;function Io(){let n=!1,r=!1,c=!1,u=!1;j.forEach((f,b)=>{if(f.show&&f._show){let{side:_,_size:x}=f,T=_%2,A=f.label!=null?f.labelSize:0,M=x+A;M>0&&(T?(K-=M,_==3?(bt+=M,u=!0):c=!0):(D-=M,_==0?(Ct+=M,n=!0):r=!0))}}),ki[0]=n,ki[1]=c,ki[2]=r,ki[3]=u,K-=ri[1]+ri[3],bt+=ri[3],D-=ri[2]+ri[0],Ct+=ri[0]}function Vo(){let n=bt+K,r=Ct+D,c=bt,u=Ct;function f(b,_){switch(b){case 1:return n+=_,n-_;case 2:return r+=_,r-_;case 3:return c-=_,c+_;case 0:return u-=_,u+_}}j.forEach((b,_)=>{if(b.show&&b._show){let x=b.side;b._pos=f(x,b._size),b.label!=null&&(b._lpos=f(x,b.labelSize))}})}if(F.dataIdx==null){let n=F.hover,r=n.skip=new Set(n.skip??[]);r.add(void 0);let c=n.prox=lt(n.prox),u=n.bias??=0;F.dataIdx=(f,b,_,x)=>{if(b==0)return _;let T=_,A=c(f,b,_,x)??mt,M=A>=0&&A<mt,I=L.ori==0?K:D,Y=F.left,ct=t[0],rt=t[b];if(r.has(rt[_])){T=null;let it=null,W=null,H;if(u==0||u==-1)for(H=_;it==null&&H-- >0;)r.has(rt[H])||(it=H);if(u==0||u==1)for(H=_;W==null&&H++<rt.length;)r.has(rt[H])||(W=H);if(it!=null||W!=null)if(M){let vt=it==null?-1/0:R(ct[it],L,I,0),Tt=W==null?1/0:R(ct[W],L,I,0),Ht=Y-vt,ft=Tt-Y;Ht<=ft?Ht<=A&&(T=it):ft<=A&&(T=W)}else T=W==null?it:it==null?W:_-it<=W-_?it:W}else M&&Dt(Y-R(ct[_],L,I,0))>A&&(T=null);return T}}const xi=n=>{F.event=n};F.idxs=ht,F._lock=!1;let Gt=F.points;Gt.show=lt(Gt.show),Gt.size=lt(Gt.size),Gt.stroke=lt(Gt.stroke),Gt.width=lt(Gt.width),Gt.fill=lt(Gt.fill);const Ne=s.focus=jt({},e.focus||{alpha:.3},F.focus),Oi=Ne.prox>=0,Ni=Oi&&Gt.one;let xe=[],Bi=[],Ui=[];function Xn(n,r){let c=Gt.show(s,r);if(c instanceof HTMLElement)return ge(c,pu),ge(c,n.class),Je(c,-10,-10,K,D),E.insertBefore(c,xe[r]),c}function ta(n,r){if(l==1||r>0){let c=l==1&&k[n.scale].time,u=n.value;n.value=c?ir(u)?cr(nt,or(u,N)):u||at:u||Td,n.label=n.label||(c?yd:bd)}if(Ni||r>0){n.width=n.width==null?1:n.width,n.paths=n.paths||Hd||Au,n.fillTo=lt(n.fillTo||Cd),n.pxAlign=+ot(n.pxAlign,C),n.pxRound=yr(n.pxAlign),n.stroke=lt(n.stroke||null),n.fill=lt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=Ed(te(1,n.width),1),u=n.points=jt({},{size:c,width:te(1,c*.2),stroke:n.stroke,space:c*2,paths:Od,_stroke:null,_fill:null},n.points);u.show=lt(u.show),u.filter=lt(u.filter),u.fill=lt(u.fill),u.stroke=lt(u.stroke),u.paths=lt(u.paths),u.pxAlign=n.pxAlign}if(At){let c=zs(n,r);St.splice(r,0,c[0]),He.splice(r,0,c[1]),et.values.push(null)}if(Yt){ht.splice(r,0,null);let c=null;Ni?r==0&&(c=Xn(n,r)):r>0&&(c=Xn(n,r)),xe.splice(r,0,c),Bi.splice(r,0,0),Ui.splice(r,0,0)}Ft("addSeries",r)}function Ro(n,r){r=r??w.length,n=l==1?dn(n,r,dr,gr):dn(n,r,{},mr),w.splice(r,0,n),ta(w[r],r)}s.addSeries=Ro;function Fo(n){if(w.splice(n,1),At){et.values.splice(n,1),He.splice(n,1);let r=St.splice(n,1)[0];Ri(null,r.firstChild),r.remove()}Yt&&(ht.splice(n,1),xe.splice(n,1)[0].remove(),Bi.splice(n,1),Ui.splice(n,1)),Ft("delSeries",n)}s.delSeries=Fo;const ki=[!1,!1,!1,!1];function Ho(n,r){if(n._show=n.show,n.show){let c=n.side%2,u=k[n.scale];u==null&&(n.scale=c?w[1].scale:P,u=k[n.scale]);let f=u.time;n.size=lt(n.size),n.space=lt(n.space),n.rotate=lt(n.rotate),pi(n.incrs)&&n.incrs.forEach(_=>{!fi.has(_)&&fi.set(_,Jr(_))}),n.incrs=lt(n.incrs||(u.distr==2?Qu:f?B==1?td:sd:Ai)),n.splits=lt(n.splits||(f&&u.distr==1?le:u.distr==3?rn:u.distr==4?_d:vd)),n.stroke=lt(n.stroke),n.grid.stroke=lt(n.grid.stroke),n.ticks.stroke=lt(n.ticks.stroke),n.border.stroke=lt(n.border.stroke);let b=n.values;n.values=pi(b)&&!pi(b[0])?lt(b):f?pi(b)?rr(nt,ar(b,N)):ir(b)?ad(nt,b):b||wt:b||$d,n.filter=lt(n.filter||(u.distr>=3&&u.log==10?kd:u.distr==3&&u.log==2?Sd:Wr)),n.font=wr(n.font),n.labelFont=wr(n.labelFont),n._size=n.size(s,null,r,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(ki[r]=!0,n._el=Te(ou,y))}}function gs(n,r,c,u){let[f,b,_,x]=c,T=r%2,A=0;return T==0&&(x||b)&&(A=r==0&&!f||r==2&&!_?Mt(ur.size/3):0),T==1&&(f||_)&&(A=r==1&&!b||r==3&&!x?Mt(hr.size/2):0),A}const ea=s.padding=(e.padding||[gs,gs,gs,gs]).map(n=>lt(ot(n,gs))),ri=s._padding=ea.map((n,r)=>n(s,r,ki,0));let Nt,zt=null,It=null;const Rs=l==1?w[0].idxs:null;let Me=null,bs=!1;function ia(n,r){if(t=n??[],s.data=s._data=t,l==2){Nt=0;for(let c=1;c<w.length;c++)Nt+=t[c][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),Me=t[0],Nt=Me.length;let c=t;if(Q==2){c=t.slice();let u=c[0]=Array(Nt);for(let f=0;f<Nt;f++)u[f]=f}s._data=t=c}if(Gi(!0),Ft("setData"),Q==2&&(Hi=!0),r!==!1){let c=L;c.auto(s,bs)?vl():ci(P,c.min,c.max),wi=wi||F.left>=0,we=!0,Ji()}}s.setData=ia;function vl(){bs=!0;let n,r;l==1&&(Nt>0?(zt=Rs[0]=0,It=Rs[1]=Nt-1,n=t[0][zt],r=t[0][It],Q==2?(n=zt,r=It):n==r&&(Q==3?[n,r]=ul(n,n,L.log,!1):Q==4?[n,r]=xn(n,n,L.log,!1):L.time?r=n+Mt(86400/B):[n,r]=sl(n,r,kn,!0))):(zt=Rs[0]=n=null,It=Rs[1]=r=null)),ci(P,n,r)}let Fs,Wi,_l,wl,xl,kl,Sl,Tl,El,ae;function sa(n,r,c,u,f,b){n??=Fa,c??=Tn,u??="butt",f??=Fa,b??="round",n!=Fs&&(g.strokeStyle=Fs=n),f!=Wi&&(g.fillStyle=Wi=f),r!=_l&&(g.lineWidth=_l=r),b!=xl&&(g.lineJoin=xl=b),u!=kl&&(g.lineCap=kl=u),c!=wl&&g.setLineDash(wl=c)}function la(n,r,c,u){r!=Wi&&(g.fillStyle=Wi=r),n!=Sl&&(g.font=Sl=n),c!=Tl&&(g.textAlign=Tl=c),u!=El&&(g.textBaseline=El=u)}function Ll(n,r,c,u,f=0){if(u.length>0&&n.auto(s,bs)&&(r==null||r.min==null)){let b=ot(zt,0),_=ot(It,u.length-1),x=c.min==null?ku(u,b,_,f,n.distr==3):[c.min,c.max];n.min=Ve(n.min,c.min=x[0]),n.max=te(n.max,c.max=x[1])}}const na={min:null,max:null};function Oo(){for(let u in k){let f=k[u];U[u]==null&&(f.min==null||U[P]!=null&&f.auto(s,bs))&&(U[u]=na)}for(let u in k){let f=k[u];U[u]==null&&f.from!=null&&U[f.from]!=null&&(U[u]=na)}U[P]!=null&&Gi(!0);let n={};for(let u in U){let f=U[u];if(f!=null){let b=n[u]=rs(k[u],Du);if(f.min!=null)jt(b,f);else if(u!=P||l==2)if(Nt==0&&b.from==null){let _=b.range(s,null,null,u);b.min=_[0],b.max=_[1]}else b.min=mt,b.max=-mt}}if(Nt>0){w.forEach((u,f)=>{if(l==1){let b=u.scale,_=U[b];if(_==null)return;let x=n[b];if(f==0){let T=x.range(s,x.min,x.max,b);x.min=T[0],x.max=T[1],zt=Ie(x.min,t[0]),It=Ie(x.max,t[0]),It-zt>1&&(t[0][zt]<x.min&&zt++,t[0][It]>x.max&&It--),u.min=Me[zt],u.max=Me[It]}else u.show&&u.auto&&Ll(x,_,u,t[f],u.sorted);u.idxs[0]=zt,u.idxs[1]=It}else if(f>0&&u.show&&u.auto){let[b,_]=u.facets,x=b.scale,T=_.scale,[A,M]=t[f],I=n[x],Y=n[T];I!=null&&Ll(I,U[x],b,A,b.sorted),Y!=null&&Ll(Y,U[T],_,M,_.sorted),u.min=_.min,u.max=_.max}});for(let u in n){let f=n[u],b=U[u];if(f.from==null&&(b==null||b.min==null)){let _=f.range(s,f.min==mt?null:f.min,f.max==-mt?null:f.max,u);f.min=_[0],f.max=_[1]}}}for(let u in n){let f=n[u];if(f.from!=null){let b=n[f.from];if(b.min==null)f.min=f.max=null;else{let _=f.range(s,b.min,b.max,u);f.min=_[0],f.max=_[1]}}}let r={},c=!1;for(let u in n){let f=n[u],b=k[u];if(b.min!=f.min||b.max!=f.max){b.min=f.min,b.max=f.max;let _=b.distr;b._min=_==3?ei(b.min):_==4?Wl(b.min,b.asinh):_==100?b.fwd(b.min):b.min,b._max=_==3?ei(b.max):_==4?Wl(b.max,b.asinh):_==100?b.fwd(b.max):b.max,r[u]=c=!0}}if(c){w.forEach((u,f)=>{l==2?f>0&&r.y&&(u._paths=null):r[u.scale]&&(u._paths=null)});for(let u in r)Hi=!0,Ft("setScale",u);Yt&&F.left>=0&&(wi=we=!0)}for(let u in U)U[u]=null}function No(n){let r=an(zt-1,0,Nt-1),c=an(It+1,0,Nt-1);for(;n[r]==null&&r>0;)r--;for(;n[c]==null&&c<Nt-1;)c++;return[r,c]}function Bo(){if(Nt>0){let n=w.some(r=>r._focus)&&ae!=Ne.alpha;n&&(g.globalAlpha=ae=Ne.alpha),w.forEach((r,c)=>{if(c>0&&r.show&&(aa(c,!1),aa(c,!0),r._paths==null)){let u=ae;ae!=r.alpha&&(g.globalAlpha=ae=r.alpha);let f=l==2?[0,t[c][0].length-1]:No(t[c]);r._paths=r.paths(s,c,f[0],f[1]),ae!=u&&(g.globalAlpha=ae=u)}}),w.forEach((r,c)=>{if(c>0&&r.show){let u=ae;ae!=r.alpha&&(g.globalAlpha=ae=r.alpha),r._paths!=null&&ra(c,!1);{let f=r._paths!=null?r._paths.gaps:null,b=r.points.show(s,c,zt,It,f),_=r.points.filter(s,c,b,f);(b||_)&&(r.points._paths=r.points.paths(s,c,zt,It,_),ra(c,!0))}ae!=u&&(g.globalAlpha=ae=u),Ft("drawSeries",c)}}),n&&(g.globalAlpha=ae=1)}}function aa(n,r){let c=r?w[n].points:w[n];c._stroke=c.stroke(s,n),c._fill=c.fill(s,n)}function ra(n,r){let c=r?w[n].points:w[n],{stroke:u,fill:f,clip:b,flags:_,_stroke:x=c._stroke,_fill:T=c._fill,_width:A=c.width}=c._paths;A=gt(A*ut,3);let M=null,I=A%2/2;r&&T==null&&(T=A>0?"#fff":x);let Y=c.pxAlign==1&&I>0;if(Y&&g.translate(I,I),!r){let ct=pe-A/2,rt=_e-A/2,it=ne+A,W=Ce+A;M=new Path2D,M.rect(ct,rt,it,W)}r?jl(x,A,c.dash,c.cap,T,u,f,_,b):Uo(n,x,A,c.dash,c.cap,T,u,f,_,M,b),Y&&g.translate(-I,-I)}function Uo(n,r,c,u,f,b,_,x,T,A,M){let I=!1;T!=0&&G.forEach((Y,ct)=>{if(Y.series[0]==n){let rt=w[Y.series[1]],it=t[Y.series[1]],W=(rt._paths||Cs).band;pi(W)&&(W=Y.dir==1?W[0]:W[1]);let H,vt=null;rt.show&&W&&Tu(it,zt,It)?(vt=Y.fill(s,ct)||b,H=rt._paths.clip):W=null,jl(r,c,u,f,vt,_,x,T,A,M,H,W),I=!0}}),I||jl(r,c,u,f,b,_,x,T,A,M)}const oa=os|cn;function jl(n,r,c,u,f,b,_,x,T,A,M,I){sa(n,r,c,u,f),(T||A||I)&&(g.save(),T&&g.clip(T),A&&g.clip(A)),I?(x&oa)==oa?(g.clip(I),M&&g.clip(M),Os(f,_),Hs(n,b,r)):x&cn?(Os(f,_),g.clip(I),Hs(n,b,r)):x&os&&(g.save(),g.clip(I),M&&g.clip(M),Os(f,_),g.restore(),Hs(n,b,r)):(Os(f,_),Hs(n,b,r)),(T||A||I)&&g.restore()}function Hs(n,r,c){c>0&&(r instanceof Map?r.forEach((u,f)=>{g.strokeStyle=Fs=f,g.stroke(u)}):r!=null&&n&&g.stroke(r))}function Os(n,r){r instanceof Map?r.forEach((c,u)=>{g.fillStyle=Wi=u,g.fill(c)}):r!=null&&n&&g.fill(r)}function Wo(n,r,c,u){let f=j[n],b;if(u<=0)b=[0,0];else{let _=f._space=f.space(s,n,r,c,u),x=f._incrs=f.incrs(s,n,r,c,u,_);b=Jd(r,c,x,u,_)}return f._found=b}function Al(n,r,c,u,f,b,_,x,T,A){let M=_%2/2;C==1&&g.translate(M,M),sa(x,_,T,A,x),g.beginPath();let I,Y,ct,rt,it=f+(u==0||u==3?-b:b);c==0?(Y=f,rt=it):(I=f,ct=it);for(let W=0;W<n.length;W++)r[W]!=null&&(c==0?I=ct=n[W]:Y=rt=n[W],g.moveTo(I,Y),g.lineTo(ct,rt));g.stroke(),C==1&&g.translate(-M,-M)}function Go(n){let r=!0;return j.forEach((c,u)=>{if(!c.show)return;let f=k[c.scale];if(f.min==null){c._show&&(r=!1,c._show=!1,Gi(!1));return}else c._show||(r=!1,c._show=!0,Gi(!1));let b=c.side,_=b%2,{min:x,max:T}=f,[A,M]=Wo(u,x,T,_==0?K:D);if(M==0)return;let I=f.distr==2,Y=c._splits=c.splits(s,u,x,T,A,M,I),ct=f.distr==2?Y.map(H=>Me[H]):Y,rt=f.distr==2?Me[Y[1]]-Me[Y[0]]:A,it=c._values=c.values(s,c.filter(s,ct,u,M,rt),u,M,rt);c._rotate=b==2?c.rotate(s,it,u,M):0;let W=c._size;c._size=Ee(c.size(s,it,u,n)),W!=null&&c._size!=W&&(r=!1)}),r}function Jo(n){let r=!0;return ea.forEach((c,u)=>{let f=c(s,u,ki,n);f!=ri[u]&&(r=!1),ri[u]=f}),r}function Yo(){for(let n=0;n<j.length;n++){let r=j[n];if(!r.show||!r._show)continue;let c=r.side,u=c%2,f,b,_=r.stroke(s,n),x=c==0||c==3?-1:1,[T,A]=r._found;if(r.label!=null){let Kt=r.labelGap*x,me=Mt((r._lpos+Kt)*ut);la(r.labelFont[0],_,"center",c==2?ks:Ra),g.save(),u==1?(f=b=0,g.translate(me,Mt(_e+Ce/2)),g.rotate((c==3?-Ks:Ks)/2)):(f=Mt(pe+ne/2),b=me);let Ei=Br(r.label)?r.label(s,n,T,A):r.label;g.fillText(Ei,f,b),g.restore()}if(A==0)continue;let M=k[r.scale],I=u==0?ne:Ce,Y=u==0?pe:_e,ct=r._splits,rt=M.distr==2?ct.map(Kt=>Me[Kt]):ct,it=M.distr==2?Me[ct[1]]-Me[ct[0]]:T,W=r.ticks,H=r.border,vt=W.show?W.size:0,Tt=Mt(vt*ut),Ht=Mt((r.alignTo==2?r._size-vt-r.gap:r.gap)*ut),ft=r._rotate*-Ks/180,Et=z(r._pos*ut),he=(Tt+Ht)*x,Zt=Et+he;b=u==0?Zt:0,f=u==1?Zt:0;let ke=r.font[0],De=r.align==1?es:r.align==2?Nl:ft>0?es:ft<0?Nl:u==0?"center":c==3?Nl:es,We=ft||u==1?"middle":c==2?ks:Ra;la(ke,_,De,We);let fe=r.font[1]*r.lineGap,Se=ct.map(Kt=>z(h(Kt,M,I,Y))),Pe=r._values;for(let Kt=0;Kt<Pe.length;Kt++){let me=Pe[Kt];if(me!=null){u==0?f=Se[Kt]:b=Se[Kt],me=""+me;let Ei=me.indexOf(`
`)==-1?[me]:me.split(/\n/gm);for(let Qt=0;Qt<Ei.length;Qt++){let Ea=Ei[Qt];ft?(g.save(),g.translate(f,b+Qt*fe),g.rotate(ft),g.fillText(Ea,0,0),g.restore()):g.fillText(Ea,f,b+Qt*fe)}}}W.show&&Al(Se,W.filter(s,rt,n,A,it),u,c,Et,Tt,gt(W.width*ut,3),W.stroke(s,n),W.dash,W.cap);let Ge=r.grid;Ge.show&&Al(Se,Ge.filter(s,rt,n,A,it),u,u==0?2:1,u==0?_e:pe,u==0?Ce:ne,gt(Ge.width*ut,3),Ge.stroke(s,n),Ge.dash,Ge.cap),H.show&&Al([Et],[1],u==0?1:0,u==0?1:2,u==1?_e:pe,u==1?Ce:ne,gt(H.width*ut,3),H.stroke(s,n),H.dash,H.cap)}Ft("drawAxes")}function Gi(n){w.forEach((r,c)=>{c>0&&(r._paths=null,n&&(l==1?(r.min=null,r.max=null):r.facets.forEach(u=>{u.min=null,u.max=null})))})}let Ns=!1,Cl=!1,ys=[];function qo(){Cl=!1;for(let n=0;n<ys.length;n++)Ft(...ys[n]);ys.length=0}function Ji(){Ns||(Hu(ca),Ns=!0)}function Zo(n,r=!1){Ns=!0,Cl=r,n(s),ca(),r&&ys.length>0&&queueMicrotask(qo)}s.batch=Zo;function ca(){if(yl&&(Oo(),yl=!1),Hi&&(Po(),Hi=!1),Is){if(_t(S,es,bt),_t(S,ks,Ct),_t(S,Es,K),_t(S,Ls,D),_t(E,es,bt),_t(E,ks,Ct),_t(E,Es,K),_t(E,Ls,D),_t(y,Es,Qe),_t(y,Ls,$i),$.width=Mt(Qe*ut),$.height=Mt($i*ut),j.forEach(({_el:n,_show:r,_size:c,_pos:u,side:f})=>{if(n!=null)if(r){let b=f===3||f===0?c:0,_=f%2==1;_t(n,_?"left":"top",u-b),_t(n,_?"width":"height",c),_t(n,_?"top":"left",_?Ct:bt),_t(n,_?"height":"width",_?D:K),ln(n,Ci)}else ge(n,Ci)}),Fs=Wi=_l=xl=kl=Sl=Tl=El=wl=null,ae=1,_s(!0),bt!=Fi||Ct!=vi||K!=Oe||D!=_i){Gi(!1);let n=K/Oe,r=D/_i;if(Yt&&!wi&&F.left>=0){F.left*=n,F.top*=r,Yi&&Je(Yi,Mt(F.left),0,K,D),qi&&Je(qi,0,Mt(F.top),K,D);for(let c=0;c<xe.length;c++){let u=xe[c];u!=null&&(Bi[c]*=n,Ui[c]*=r,Je(u,Ee(Bi[c]),Ee(Ui[c]),K,D))}}if($t.show&&!Vs&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=r,$t.height*=r;for(let c in Vl)_t(Qi,c,$t[c])}Fi=bt,vi=Ct,Oe=K,_i=D}Ft("setSize"),Is=!1}Qe>0&&$i>0&&(g.clearRect(0,0,$.width,$.height),Ft("drawClear"),Z.forEach(n=>n()),Ft("draw")),$t.show&&Vs&&(Bs($t),Vs=!1),Yt&&wi&&(Ti(null,!0,!1),wi=!1),et.show&&et.live&&we&&(zl(),we=!1),d||(d=!0,s.status=1,Ft("ready")),bs=!1,Ns=!1}s.redraw=(n,r)=>{Hi=r||!1,n!==!1?ci(P,L.min,L.max):Ji()};function Ml(n,r){let c=k[n];if(c.from==null){if(Nt==0){let u=c.range(s,r.min,r.max,n);r.min=u[0],r.max=u[1]}if(r.min>r.max){let u=r.min;r.min=r.max,r.max=u}if(Nt>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;n==P&&c.distr==2&&Nt>0&&(r.min=Ie(r.min,t[0]),r.max=Ie(r.max,t[0]),r.min==r.max&&r.max++),U[n]=r,yl=!0,Ji()}}s.setScale=Ml;let Dl,Pl,Yi,qi,ua,da,Zi,Ki,pa,ha,yt,kt,oi=!1;const Bt=F.drag;let Vt=Bt.x,Rt=Bt.y;Yt&&(F.x&&(Dl=Te(uu,E)),F.y&&(Pl=Te(du,E)),L.ori==0?(Yi=Dl,qi=Pl):(Yi=Pl,qi=Dl),yt=F.left,kt=F.top);const $t=s.select=jt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Qi=$t.show?Te(cu,$t.over?E:S):null;function Bs(n,r){if($t.show){for(let c in n)$t[c]=n[c],c in Vl&&_t(Qi,c,n[c]);r!==!1&&Ft("setSelect")}}s.setSelect=Bs;function Ko(n){if(w[n].show)At&&ln(St[n],Ci);else if(At&&ge(St[n],Ci),Yt){let c=Ni?xe[0]:xe[n];c!=null&&Je(c,-10,-10,K,D)}}function ci(n,r,c){Ml(n,{min:r,max:c})}function Be(n,r,c,u){r.focus!=null&&ic(n),r.show!=null&&w.forEach((f,b)=>{b>0&&(n==b||n==null)&&(f.show=r.show,Ko(b),l==2?(ci(f.facets[0].scale,null,null),ci(f.facets[1].scale,null,null)):ci(f.scale,null,null),Ji())}),c!==!1&&Ft("setSeries",n,r),u&&ws("setSeries",s,n,r)}s.setSeries=Be;function Qo(n,r){jt(G[n],r)}function Xo(n,r){n.fill=lt(n.fill||null),n.dir=ot(n.dir,-1),r=r??G.length,G.splice(r,0,n)}function tc(n){n==null?G.length=0:G.splice(n,1)}s.addBand=Xo,s.setBand=Qo,s.delBand=tc;function ec(n,r){w[n].alpha=r,Yt&&xe[n]!=null&&(xe[n].style.opacity=r),At&&St[n]&&(St[n].style.opacity=r)}let Xe,ui,Si;const Xi={focus:!0};function ic(n){if(n!=Si){let r=n==null,c=Ne.alpha!=1;w.forEach((u,f)=>{if(l==1||f>0){let b=r||f==0||f==n;u._focus=r?null:b,c&&ec(f,b?1:Ne.alpha)}}),Si=n,c&&Ji()}}At&&Oi&&qt(Na,dt,n=>{F._lock||(xi(n),Si!=null&&Be(null,Xi,!0,Lt.setSeries))});function Ue(n,r,c){let u=k[r];c&&(n=n/ut-(u.ori==1?Ct:bt));let f=K;u.ori==1&&(f=D,n=f-n),u.dir==-1&&(n=f-n);let b=u._min,_=u._max,x=n/f,T=b+(_-b)*x,A=u.distr;return A==3?ns(10,T):A==4?Lu(T,u.asinh):A==100?u.bwd(T):T}function sc(n,r){let c=Ue(n,P,r);return Ie(c,t[0],zt,It)}s.valToIdx=n=>Ie(n,t[0]),s.posToIdx=sc,s.posToVal=Ue,s.valToPos=(n,r,c)=>k[r].ori==0?a(n,k[r],c?ne:K,c?pe:0):o(n,k[r],c?Ce:D,c?_e:0),s.setCursor=(n,r,c)=>{yt=n.left,kt=n.top,Ti(null,r,c)};function fa(n,r){_t(Qi,es,$t.left=n),_t(Qi,Es,$t.width=r)}function ma(n,r){_t(Qi,ks,$t.top=n),_t(Qi,Ls,$t.height=r)}let $s=L.ori==0?fa:ma,vs=L.ori==1?fa:ma;function lc(){if(At&&et.live)for(let n=l==2?1:0;n<w.length;n++){if(n==0&&ve)continue;let r=et.values[n],c=0;for(let u in r)He[n][c++].firstChild.nodeValue=r[u]}}function zl(n,r){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ht[u]=c}):Mu(n.idx)||ht.fill(n.idx),et.idx=ht[0]),At&&et.live){for(let c=0;c<w.length;c++)(c>0||l==1&&!ve)&&nc(c,ht[c]);lc()}we=!1,r!==!1&&Ft("setLegend")}s.setLegend=zl;function nc(n,r){let c=w[n],u=n==0&&Q==2?Me:t[n],f;ve?f=c.values(s,n,r)??ai:(f=c.value(s,r==null?null:u[r],n,r),f=f==null?ai:{_:f}),et.values[n]=f}function Ti(n,r,c){pa=yt,ha=kt,[yt,kt]=F.move(s,yt,kt),F.left=yt,F.top=kt,Yt&&(Yi&&Je(Yi,Mt(yt),0,K,D),qi&&Je(qi,0,Mt(kt),K,D));let u,f=zt>It;Xe=mt,ui=null;let b=L.ori==0?K:D,_=L.ori==1?K:D;if(yt<0||Nt==0||f){u=F.idx=null;for(let x=0;x<w.length;x++){let T=xe[x];T!=null&&Je(T,-10,-10,K,D)}Oi&&Be(null,Xi,!0,n==null&&Lt.setSeries),et.live&&(ht.fill(u),we=!0)}else{let x,T,A;l==1&&(x=L.ori==0?yt:kt,T=Ue(x,P),u=F.idx=Ie(T,t[0],zt,It),A=R(t[0][u],L,b,0));let M=-10,I=-10,Y=0,ct=0,rt=!0,it="",W="";for(let H=l==2?1:0;H<w.length;H++){let vt=w[H],Tt=ht[H],Ht=Tt==null?null:l==1?t[H][Tt]:t[H][1][Tt],ft=F.dataIdx(s,H,u,T),Et=ft==null?null:l==1?t[H][ft]:t[H][1][ft];if(we=we||Et!=Ht||ft!=Tt,ht[H]=ft,H>0&&vt.show){let he=ft==null?-10:ft==u?A:R(l==1?t[0][ft]:t[H][0][ft],L,b,0),Zt=Et==null?-10:J(Et,l==1?k[vt.scale]:k[vt.facets[1].scale],_,0);if(Oi&&Et!=null){let ke=L.ori==1?yt:kt,De=Dt(Ne.dist(s,H,ft,Zt,ke));if(De<Xe){let We=Ne.bias;if(We!=0){let fe=Ue(ke,vt.scale),Se=Et>=0?1:-1,Pe=fe>=0?1:-1;Pe==Se&&(Pe==1?We==1?Et>=fe:Et<=fe:We==1?Et<=fe:Et>=fe)&&(Xe=De,ui=H)}else Xe=De,ui=H}}if(we||Ni){let ke,De;L.ori==0?(ke=he,De=Zt):(ke=Zt,De=he);let We,fe,Se,Pe,Ge,Kt,me=!0,Ei=Gt.bbox;if(Ei!=null){me=!1;let Qt=Ei(s,H);Se=Qt.left,Pe=Qt.top,We=Qt.width,fe=Qt.height}else Se=ke,Pe=De,We=fe=Gt.size(s,H);if(Kt=Gt.fill(s,H),Ge=Gt.stroke(s,H),Ni)H==ui&&Xe<=Ne.prox&&(M=Se,I=Pe,Y=We,ct=fe,rt=me,it=Kt,W=Ge);else{let Qt=xe[H];Qt!=null&&(Bi[H]=Se,Ui[H]=Pe,qa(Qt,We,fe,me),Ja(Qt,Kt,Ge),Je(Qt,Ee(Se),Ee(Pe),K,D))}}}}if(Ni){let H=Ne.prox,vt=Si==null?Xe<=H:Xe>H||ui!=Si;if(we||vt){let Tt=xe[0];Tt!=null&&(Bi[0]=M,Ui[0]=I,qa(Tt,Y,ct,rt),Ja(Tt,it,W),Je(Tt,Ee(M),Ee(I),K,D))}}}if($t.show&&oi)if(n!=null){let[x,T]=Lt.scales,[A,M]=Lt.match,[I,Y]=n.cursor.sync.scales,ct=n.cursor.drag;if(Vt=ct._x,Rt=ct._y,Vt||Rt){let{left:rt,top:it,width:W,height:H}=n.select,vt=n.scales[I].ori,Tt=n.posToVal,Ht,ft,Et,he,Zt,ke=x!=null&&A(x,I),De=T!=null&&M(T,Y);ke&&Vt?(vt==0?(Ht=rt,ft=W):(Ht=it,ft=H),Et=k[x],he=R(Tt(Ht,I),Et,b,0),Zt=R(Tt(Ht+ft,I),Et,b,0),$s(Ve(he,Zt),Dt(Zt-he))):$s(0,b),De&&Rt?(vt==1?(Ht=rt,ft=W):(Ht=it,ft=H),Et=k[T],he=J(Tt(Ht,Y),Et,_,0),Zt=J(Tt(Ht+ft,Y),Et,_,0),vs(Ve(he,Zt),Dt(Zt-he))):vs(0,_)}else Rl()}else{let x=Dt(pa-ua),T=Dt(ha-da);if(L.ori==1){let Y=x;x=T,T=Y}Vt=Bt.x&&x>=Bt.dist,Rt=Bt.y&&T>=Bt.dist;let A=Bt.uni;A!=null?Vt&&Rt&&(Vt=x>=A,Rt=T>=A,!Vt&&!Rt&&(T>x?Rt=!0:Vt=!0)):Bt.x&&Bt.y&&(Vt||Rt)&&(Vt=Rt=!0);let M,I;Vt&&(L.ori==0?(M=Zi,I=yt):(M=Ki,I=kt),$s(Ve(M,I),Dt(I-M)),Rt||vs(0,_)),Rt&&(L.ori==1?(M=Zi,I=yt):(M=Ki,I=kt),vs(Ve(M,I),Dt(I-M)),Vt||$s(0,b)),!Vt&&!Rt&&($s(0,0),vs(0,0))}if(Bt._x=Vt,Bt._y=Rt,n==null){if(c){if(Ta!=null){let[x,T]=Lt.scales;Lt.values[0]=x!=null?Ue(L.ori==0?yt:kt,x):null,Lt.values[1]=T!=null?Ue(L.ori==1?yt:kt,T):null}ws(Bl,s,yt,kt,K,D,u)}if(Oi){let x=c&&Lt.setSeries,T=Ne.prox;Si==null?Xe<=T&&Be(ui,Xi,!0,x):Xe>T?Be(null,Xi,!0,x):ui!=Si&&Be(ui,Xi,!0,x)}}we&&(et.idx=u,zl()),r!==!1&&Ft("setCursor")}let di=null;Object.defineProperty(s,"rect",{get(){return di==null&&_s(!1),di}});function _s(n=!1){n?di=null:(di=E.getBoundingClientRect(),Ft("syncRect",di))}function ga(n,r,c,u,f,b,_){F._lock||oi&&n!=null&&n.movementX==0&&n.movementY==0||(Il(n,r,c,u,f,b,_,!1,n!=null),n!=null?Ti(null,!0,!0):Ti(r,!0,!1))}function Il(n,r,c,u,f,b,_,x,T){if(di==null&&_s(!1),xi(n),n!=null)c=n.clientX-di.left,u=n.clientY-di.top;else{if(c<0||u<0){yt=-10,kt=-10;return}let[A,M]=Lt.scales,I=r.cursor.sync,[Y,ct]=I.values,[rt,it]=I.scales,[W,H]=Lt.match,vt=r.axes[0].side%2==1,Tt=L.ori==0?K:D,Ht=L.ori==1?K:D,ft=vt?b:f,Et=vt?f:b,he=vt?u:c,Zt=vt?c:u;if(rt!=null?c=W(A,rt)?h(Y,k[A],Tt,0):-10:c=Tt*(he/ft),it!=null?u=H(M,it)?h(ct,k[M],Ht,0):-10:u=Ht*(Zt/Et),L.ori==1){let ke=c;c=u,u=ke}}T&&(r==null||r.cursor.event.type==Bl)&&((c<=1||c>=K-1)&&(c=ji(c,K)),(u<=1||u>=D-1)&&(u=ji(u,D))),x?(ua=c,da=u,[Zi,Ki]=F.move(s,c,u)):(yt=c,kt=u)}const Vl={width:0,height:0,left:0,top:0};function Rl(){Bs(Vl,!1)}let ba,ya,$a,va;function _a(n,r,c,u,f,b,_){oi=!0,Vt=Rt=Bt._x=Bt._y=!1,Il(n,r,c,u,f,b,_,!0,!1),n!=null&&(qt(Ul,en,wa,!1),ws(Ha,s,Zi,Ki,K,D,null));let{left:x,top:T,width:A,height:M}=$t;ba=x,ya=T,$a=A,va=M}function wa(n,r,c,u,f,b,_){oi=Bt._x=Bt._y=!1,Il(n,r,c,u,f,b,_,!1,!0);let{left:x,top:T,width:A,height:M}=$t,I=A>0||M>0,Y=ba!=x||ya!=T||$a!=A||va!=M;if(I&&Y&&Bs($t),Bt.setScale&&I&&Y){let ct=x,rt=A,it=T,W=M;if(L.ori==1&&(ct=T,rt=M,it=x,W=A),Vt&&ci(P,Ue(ct,P),Ue(ct+rt,P)),Rt)for(let H in k){let vt=k[H];H!=P&&vt.from==null&&vt.min!=mt&&ci(H,Ue(it+W,H),Ue(it,H))}Rl()}else F.lock&&(F._lock=!F._lock,Ti(r,!0,n!=null));n!=null&&(Ri(Ul,en),ws(Ul,s,yt,kt,K,D,null))}function ac(n,r,c,u,f,b,_){if(F._lock)return;xi(n);let x=oi;if(oi){let T=!0,A=!0,M=10,I,Y;L.ori==0?(I=Vt,Y=Rt):(I=Rt,Y=Vt),I&&Y&&(T=yt<=M||yt>=K-M,A=kt<=M||kt>=D-M),I&&T&&(yt=yt<Zi?0:K),Y&&A&&(kt=kt<Ki?0:D),Ti(null,!0,!0),oi=!1}yt=-10,kt=-10,ht.fill(null),Ti(null,!0,!0),x&&(oi=x)}function xa(n,r,c,u,f,b,_){F._lock||(xi(n),vl(),Rl(),n!=null&&ws(Ba,s,yt,kt,K,D,null))}function ka(){j.forEach(Yd),$l(s.width,s.height,!0)}Mi(il,ss,ka);const ts={};ts.mousedown=_a,ts.mousemove=ga,ts.mouseup=wa,ts.dblclick=xa,ts.setSeries=(n,r,c,u)=>{let f=Lt.match[2];c=f(s,r,c),c!=-1&&Be(c,u,!0,!1)},Yt&&(qt(Ha,E,_a),qt(Bl,E,ga),qt(Oa,E,n=>{xi(n),_s(!1)}),qt(Na,E,ac),qt(Ba,E,xa),un.add(s),s.syncRect=_s);const Us=s.hooks=e.hooks||{};function Ft(n,r,c){Cl?ys.push([n,r,c]):n in Us&&Us[n].forEach(u=>{u.call(null,s,r,c)})}(e.plugins||[]).forEach(n=>{for(let r in n.hooks)Us[r]=(Us[r]||[]).concat(n.hooks[r])});const Sa=(n,r,c)=>c,Lt=jt({key:null,setSeries:!1,filters:{pub:tr,sub:tr},scales:[P,w[1]?w[1].scale:null],match:[er,er,Sa],values:[null,null]},F.sync);Lt.match.length==2&&Lt.match.push(Sa),F.sync=Lt;const Ta=Lt.key,Fl=fo(Ta);function ws(n,r,c,u,f,b,_){Lt.filters.pub(n,r,c,u,f,b,_)&&Fl.pub(n,r,c,u,f,b,_)}Fl.sub(s);function rc(n,r,c,u,f,b,_){Lt.filters.sub(n,r,c,u,f,b,_)&&ts[n](null,r,c,u,f,b,_)}s.pub=rc;function oc(){Fl.unsub(s),un.delete(s),yi.clear(),nn(il,ss,ka),m.remove(),dt?.remove(),Ft("destroy")}s.destroy=oc;function Hl(){Ft("init",e,t),ia(t||e.data,!1),U[P]?Ml(P,U[P]):vl(),Vs=$t.show&&($t.width>0||$t.height>0),wi=we=!0,$l(e.width,e.height)}return w.forEach(ta),j.forEach(Ho),i?i instanceof HTMLElement?(i.appendChild(m),Hl()):i(s,Hl):Hl(),s}Wt.assign=jt;Wt.fmtNum=Sn;Wt.rangeNum=sl;Wt.rangeLog=ul;Wt.rangeAsinh=xn;Wt.orient=zi;Wt.pxRatio=ut;Wt.join=Fu;Wt.fmtDate=En,Wt.tzDate=Zu;Wt.sync=fo;{Wt.addGap=Md,Wt.clipGaps=hl;let e=Wt.paths={points:vo};e.linear=wo,e.stepped=zd,e.bars=Id,e.spline=Rd}const qd='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var Zd=Object.defineProperty,$e=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Zd(t,i,l),l};const Fn=class Fn extends oe{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return v`<figure role="group" aria-label=${this.label} style="margin:0">
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
    </figure>`}totalText(){const t=this.ys.reduce((i,s)=>i+s,0);return p("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const i=getComputedStyle(this),s=i.getPropertyValue("--pl-chart-color").trim()||i.getPropertyValue("--primary-color").trim()||"#03a9f4",l=i.getPropertyValue("--secondary-text-color").trim()||"#727272",a=i.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",o=`12px ${i.fontFamily||"sans-serif"}`,h=Math.max(Math.floor(t.clientWidth),200),d=this.labels,m=this.xs,$=this.formatValue,g=this.kind==="time",y=this.bucket,S=this.locale,E=g?fc(y)/2:.5,C={stroke:l,font:o,grid:{stroke:a,width:1},ticks:{stroke:a,width:1}},z=w=>g?La(m[w]??0,y,S):d[w]??"",B={width:h,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,j,k)=>[j-E,k+E]},y:{range:(w,j,k)=>[0,k>0?k*1.1:1]}},axes:[g?{...C,splits:w=>hc(m,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,j)=>j.map(k=>La(k,y,S))}:{...C,splits:()=>d.map((w,j)=>j),values:(w,j)=>j.map(k=>d[k]??""),gap:4},{...C,size:48,values:(w,j)=>j.map(k=>$(k))}],series:[{},{label:this.unit,stroke:s,fill:s,width:0,paths:Wt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const j=w.cursor.idx,k=j==null?void 0:this.ys[j];this.readout=k===void 0||j===null||j===void 0?"":`${z(j)}: ${$(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Wt(B,[this.xs,this.ys],t)}};Fn.styles=[ce,pc(qd),ie`
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
    `];let Jt=Fn;$e([V()],Jt.prototype,"kind");$e([V()],Jt.prototype,"label");$e([V()],Jt.prototype,"unit");$e([V({attribute:!1})],Jt.prototype,"xs");$e([V({attribute:!1})],Jt.prototype,"ys");$e([V({attribute:!1})],Jt.prototype,"labels");$e([V()],Jt.prototype,"bucket");$e([V()],Jt.prototype,"locale");$e([V({attribute:!1})],Jt.prototype,"formatValue");$e([V({type:Boolean})],Jt.prototype,"dark");$e([V({type:Number})],Jt.prototype,"height");$e([Pr(".plot")],Jt.prototype,"plotEl");$e([X()],Jt.prototype,"readout");ue("pl-chart",Jt);var Kd=Object.defineProperty,Ds=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Kd(t,i,l),l};const Hn=class Hn extends oe{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=mc(this.matrix),i=Array.from({length:24},(d,m)=>m),s=gc(this.locale),l=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),a=d=>{const m=l.formatToParts(new Date(Date.UTC(2024,0,1,d))),$=Number(m.find(y=>y.type==="hour")?.value??d),g=m.find(y=>y.type==="dayPeriod")?.value;return g?`${$}${g.charAt(0).toLowerCase()}`:String($)},o=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),h=d=>o.format(new Date(Date.UTC(2024,0,1,d)));return v`<table aria-label=${this.label||p("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${i.map(d=>v`<th scope="col" abbr=${h(d)}>${d%3===0?a(d):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${bc(this.firstWeekday).map(d=>v`<tr data-weekday=${d}>
              <th scope="row">${s[d]}</th>
              ${i.map(m=>{const $=this.matrix[d]?.[m]??0,g=p("heatmap.cell",{day:s[d],from:h(m),to:h((m+1)%24),count:$});return v`<td title=${g} data-weekday=${d} data-hour=${m} data-value=${$}>
                  ${$>0?v`<span class="shade" style=${Ql({opacity:String(.15+.85*($/t))})}></span>`:""}
                  <span class="sr-only">${$}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};Hn.styles=[ce,ie`
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
    `];let mi=Hn;Ds([V()],mi.prototype,"label");Ds([V({attribute:!1})],mi.prototype,"matrix");Ds([V({type:Number})],mi.prototype,"firstWeekday");Ds([V()],mi.prototype,"locale");Ds([V({attribute:!1})],mi.prototype,"hour12");ue("pl-heatmap",mi);var Qd=Object.defineProperty,Pn=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Qd(t,i,l),l};const On=class On extends oe{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?v`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(i=>p(i)).map(i=>v`<li class="card loading"><span class="label">${i}</span><span class="value">…</span></li>`)}
      </ul>`:v`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${yc(this.summary,t).map(i=>v`<li class="card" data-kpi=${i.id}>
          <span class="label">${i.label}</span>
          <span class="value">${i.value}</span>
          ${i.sub?v`<span class="sub">${i.sub}</span>`:""}
        </li>`)}
    </ul>`}};On.styles=[ce,ie`
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
    `];let cs=On;Pn([V({attribute:!1})],cs.prototype,"summary");Pn([V({attribute:!1})],cs.prototype,"options");Pn([V({type:Boolean})],cs.prototype,"loading");ue("pl-kpis",cs);var Xd=Object.defineProperty,Fe=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Xd(t,i,l),l};function pn(e){const t=e?.points??[],[i,s]=Tc(t),l=[...t].sort((a,o)=>a.bucket<o.bucket?-1:1).map(a=>a.bucket);return{xs:i,ys:s,labels:l}}const xr=pn(void 0),tp=[],ep=Xl.map((e,t)=>t),Nn=class Nn extends oe{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=xr,this.hoursSeries=xr,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const i=t.get("data");(!i||i.jobs!==this.data.jobs)&&(this.jobsSeries=pn(this.data.jobs)),(!i||i.hours!==this.data.hours)&&(this.hoursSeries=pn(this.data.hours))}if(t.has("options")){const i=this.options;i&&(this.formatInt=s=>Ye(s,i),this.formatHours=s=>Ye(s,i,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return $c(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const i=++this.token,s=this.scope(),l=this.bucket;this.loading=!0,this.error="";const a=()=>i===this.token,o=$=>{a()&&(this.data={...this.data,...$})},h=[t.summary(s).then($=>o({summary:$})),t.timeseries(s,l,"jobs").then($=>o({jobs:$})),t.timeseries(s,l,"hours").then($=>o({hours:$})),t.breakdown(s,"filament_type").then($=>o({filamentType:$})),t.breakdown(s,"filament_colour").then($=>o({filamentColour:$})),t.breakdown(s,"printer").then($=>o({printer:$})),t.breakdown(s,"status").then($=>o({status:$})),this.histogram(t,s).then($=>o({histogram:$})),t.breakdown(s,"weekday_hour").then($=>o({heatmap:vc($.rows)}))],d=await Promise.allSettled(h);if(!a())return;const m=d.find($=>$.status==="rejected");m&&(this.error=Xt(m.reason)),this.loading=!1}async histogram(t,i){return(await Promise.all(Xl.map(l=>t.listJobs({...i,statuses:[...yn],min_duration:l.min,...l.max!==void 0?{max_duration:l.max}:{},limit:1})))).map(l=>l.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=Xl.map(i=>_c(i,t))),this.binLabelsCache}change(t,i){t==="period"&&wc(i)?(this.period=i,this.bucket=xc(i)):t==="printer"?this.printer=i:t==="bucket"&&(i==="day"||i==="week"||i==="month"||i==="year")&&(this.bucket=i),this.load()}render(){const t=this.options;if(!t)return O;const i=this.data,s=this.jobsSeries,l=this.hoursSeries,a=this.formatInt,o=this.formatHours,h=i.jobs?.bucket??this.bucket;return v`
      <div class="selectors" role="group" aria-label=${p("analytics.selection")}>
        <label
          >${p("analytics.period")}
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${kc.map(d=>v`<option value=${d.id} ?selected=${d.id===this.period}>${Sc(d.id)}</option>`)}
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
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Ut(Vr)} ${p("common.refresh")}</button>
      </div>
      ${this.error?v`<div class="error-banner" role="alert">
            <span>${p("analytics.load_error",{error:this.error})}</span>
          </div>`:O}
      ${h!==this.bucket?v`<p class="bucket-note" role="status">
            ${p("analytics.bucket_note",{shown:p(`bucket_per.${h}`),bucket:p(`bucket_many.${this.bucket}`)})}
          </p>`:O}
      <pl-kpis .summary=${i.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${p(`analytics.jobs_per.${h}`)}</h2>
          <pl-chart
            label=${p(`analytics.jobs_per.${h}`)}
            unit=${p("analytics.unit_jobs")}
            .xs=${s.xs}
            .ys=${s.ys}
            .labels=${s.labels}
            .bucket=${h}
            .locale=${t.dateLocale}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${p(`analytics.hours_per.${h}`)}</h2>
          <pl-chart
            label=${p(`analytics.hours_per.${h}`)}
            unit=${p("analytics.unit_hours")}
            .xs=${l.xs}
            .ys=${l.ys}
            .labels=${l.labels}
            .bucket=${h}
            .locale=${t.dateLocale}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${p("analytics.filament_type")}</h2>
          <pl-bars
            label=${p("analytics.filament_type_label")}
            .items=${Ws(ja(i.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${p("analytics.filament_colour")}</h2>
          <pl-bars
            label=${p("analytics.filament_colour_label")}
            .items=${Ws(ja(i.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="printer">
          <h2>${p("analytics.success_printer")}</h2>
          <pl-bars label=${p("analytics.success_printer")} .max=${100} .items=${Ws(i.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${p("analytics.outcome")}</h2>
          <pl-bars
            label=${p("analytics.outcome")}
            .items=${Ws((i.status?.rows??[]).map(d=>({...d,label:Xs(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${p("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${p("analytics.duration_label")}
            unit=${p("analytics.unit_jobs")}
            .xs=${ep}
            .ys=${i.histogram??tp}
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
    `}};Nn.styles=[ce,ie`
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
    `];let re=Nn;Fe([V({attribute:!1})],re.prototype,"api");Fe([V({attribute:!1})],re.prototype,"options");Fe([V({attribute:!1})],re.prototype,"printers");Fe([V({type:Boolean})],re.prototype,"dark");Fe([V({type:Boolean})],re.prototype,"active");Fe([X()],re.prototype,"period");Fe([X()],re.prototype,"printer");Fe([X()],re.prototype,"bucket");Fe([X()],re.prototype,"data");Fe([X()],re.prototype,"loading");Fe([X()],re.prototype,"error");ue("pl-analytics-view",re);let zn,ql;function In(){return zn}function To(e){return ql??=e.limits().then(t=>zn=t).catch(()=>{ql=void 0}),ql}function Eo(e,t,i,s=zn){const l=s?.numbers[e];return l?t<l.min||t>l.max?p("form.range",{field:i,min:String(l.min),max:String(l.max)}):"":t<0?p("form.positive",{field:i}):""}const ip=4e3;class sp{constructor(t,i){this.host=t,this.list=i,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},ip),this.changed()}async save(t,i){const s=this.host.api;if(!s)return!1;if(!Object.keys(i).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const l=await s.updateJob(t.id,i);return this.list.applyJob(l),this.notify(p("jobs.saved",{file:qe(t.filename)})),!0}catch(l){return this.editError=Xt(l),this.notify(p("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,i){await this.save(t,i)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const i=this.confirmJobs.map(s=>s.id);this.deleting=!0,this.deleteError="",this.changed();try{const s=await t.deleteJobs(i),l=new Set(i);l.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(l,s),this.notify(p("jobs.deleted",{count:s}))}catch(s){this.deleteError=Xt(s)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const i=this.host.api;if(i){this.addBusy=!0,this.addError="",this.changed();try{const s=await i.createJob(t);this.adding=!1,this.notify(p("jobs.added",{file:qe(s.filename)})),await this.list.reload()}catch(s){this.addError=Xt(s),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(Mr(s))}finally{this.addBusy=!1,this.changed()}}}}const kr={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:""},Lo=[{value:"",get label(){return p("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(e=>({value:e,get label(){return e==="failed"?p("filter.failed_any"):Xs(e)},statuses:e==="failed"?[...Ia]:[e]})),...Ia.map(e=>({value:`only:${e}`,get label(){return`— ${Xs(e)}`},statuses:[e]}))];function lp(e,t){const i={};e.printer&&(i.printer_ids=[e.printer]);const s=Lo.find(o=>o.value===e.status)?.statuses??[];s.length&&(i.statuses=[...s]);const l=e.since?tn(e.since,"00:00",t):void 0;if(l&&(i.since=l),e.until){const o=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(o.getTime())){o.setUTCDate(o.getUTCDate()+1);const h=tn(o.toISOString().slice(0,10),"00:00",t);h&&(i.until=h)}}e.q.trim()&&(i.q=e.q.trim()),e.filament.trim()&&(i.filament_type=e.filament.trim());const a=tl(e.tags);return a.length&&(i.tags=a),i}function np(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),t}const hn=e=>e.target.value;function ap(e){const{list:t,changes:i,admin:s}=e,l=t.activeFilters;return v`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${p("jobs.search")}
      aria-label=${p("jobs.search")}
      .value=${t.filters.q}
      @input=${a=>t.setFilter("q",hn(a),!0)}
    />
    <button class="btn" aria-expanded=${e.showFilters?"true":"false"} aria-controls="filters" @click=${e.toggleFilters}>
      ${Ut(Yc)} ${l?p("jobs.filters_n",{n:l}):p("jobs.filters")}
    </button>
    <span class="spacer"></span>
    ${s&&t.selected.size?v`<button class="btn danger" @click=${()=>i.askDelete(t.selectedJobs)}>
          ${Ut(bn)} ${p("jobs.delete_n",{n:t.selected.size})}
        </button>`:O}
    ${s?v`<button class="btn primary" @click=${()=>i.openAdd()} ?disabled=${!e.printers.length}>
          ${Ut(Zc)} ${p("jobs.add")}
        </button>`:O}
  </div>`}function rp(e,t){const i=e.filters,s=a=>o=>e.setFilter(a,hn(o)),l=a=>o=>e.setFilter(a,hn(o),!0);return v`<div class="filters card" id="filters">
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
        ${Lo.map(a=>v`<option value=${a.value} ?selected=${a.value===i.status}>${a.label}</option>`)}
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
  </div>`}const op=[25,50,100,200],cp=300,up=1500,dp=["filename","printer","status"];class pp{constructor(t,i,s){this.host=t,this.timeZone=i,this.listHeld=s,this.filters={...kr},this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.selected=new Set,this.maintenance=[],this.filamentTypes=[],this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return lp(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const i=++this.listToken;this.loading=!0,this.error="",this.changed();try{const s=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null}),l=await this.pageMaintenance(t,s.jobs,s.next_cursor);if(i!==this.listToken)return;this.jobs=s.jobs,this.maintenance=l,this.total=s.total,this.nextCursor=s.next_cursor,this.loaded=!0}catch(s){i===this.listToken&&(this.error=Xt(s))}finally{i===this.listToken&&(this.loading=!1),this.changed()}}async pageMaintenance(t,i,s){if(!this.filters.printer||this.sort!=="start")return[];try{const{log:l}=await t.getMaintenance([this.filters.printer]),a=i.map(m=>Date.parse(m.start)),o=this.page===0||!a.length?1/0:Math.max(...a),h=s===null||!a.length?-1/0:Math.min(...a),d=l.filter(m=>{const $=Date.parse(m.done_at);return $<=o&&$>=h});return this.order==="desc"?d:d.reverse()}catch{return[]}}async loadSummary(){const t=this.host.api;if(!t)return;const i=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const s=await t.summary(np(this.params()));i===this.summaryToken&&(this.summary=s)}catch(s){i===this.summaryToken&&(this.error||=Xt(s))}finally{i===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const i=await t.breakdown({},"filament_type");this.filamentTypes=i.rows.map(s=>s.label??(s.key===null?"":String(s.key))).filter(s=>s).sort((s,l)=>s.localeCompare(l)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const i=this.pendingList;this.pendingList=!1,i&&!this.listHeld()&&this.loadPage(),this.loadSummary()},up)}setFilter(t,i,s=!1){this.filters={...this.filters,[t]:i},this.changed(),clearTimeout(this.searchTimer),s?this.searchTimer=setTimeout(()=>{this.reload()},cp):this.reload()}clearFilters(){this.filters={...kr},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,i])=>t!=="q"&&i).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=dp.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(i=>i.id===t.id)?(this.jobs=this.jobs.map(i=>i.id===t.id?{...i,...hp(t)}:i),this.changed(),!0):!1}dropJob(t){this.jobs.some(i=>i.id===t)&&(this.jobs=this.jobs.filter(i=>i.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,i){this.jobs=this.jobs.filter(s=>!t.has(s.id)),this.total=Math.max(this.total-i,0),this.selected=new Set([...this.selected].filter(s=>!t.has(s))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,i){const s=new Set(this.selected);i?s.add(t):s.delete(t),this.selected=s,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(i=>i.id)):new Set,this.changed()}}function hp(e){const{details:t,events:i,metadata:s,...l}=e;return l}const fp=ie`
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
  .maintenance-row td {
    font-size: 0.9em;
    color: var(--secondary-text-color);
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.08));
  }
  .maintenance-row .icon {
    vertical-align: middle;
    width: 16px;
    height: 16px;
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
`;const Sr=(e,t,i)=>{const s=new Map;for(let l=t;l<=i;l++)s.set(e[l],l);return s},jo=Ar(class extends Cr{constructor(e){if(super(e),e.type!==Ec.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,i){let s;i===void 0?i=t:t!==void 0&&(s=t);const l=[],a=[];let o=0;for(const h of e)l[o]=s?s(h,o):o,a[o]=i(h,o),o++;return{values:a,keys:l}}render(e,t,i){return this.dt(e,t,i).values}update(e,[t,i,s]){const l=Nc(e),{values:a,keys:o}=this.dt(t,i,s);if(!Array.isArray(l))return this.ut=o,a;const h=this.ut??=[],d=[];let m,$,g=0,y=l.length-1,S=0,E=a.length-1;for(;g<=y&&S<=E;)if(l[g]===null)g++;else if(l[y]===null)y--;else if(h[g]===o[S])d[S]=Li(l[g],a[S]),g++,S++;else if(h[y]===o[E])d[E]=Li(l[y],a[E]),y--,E--;else if(h[g]===o[E])d[E]=Li(l[g],a[E]),xs(e,d[E+1],l[g]),g++,E--;else if(h[y]===o[S])d[S]=Li(l[y],a[S]),xs(e,l[g],l[y]),y--,S++;else if(m===void 0&&(m=Sr(o,S,E),$=Sr(h,g,y)),m.has(h[g]))if(m.has(h[y])){const C=$.get(o[S]),z=C!==void 0?l[C]:null;if(z===null){const B=xs(e,l[g]);Li(B,a[S]),d[S]=B}else d[S]=Li(z,a[S]),xs(e,l[g],z),l[C]=null;S++}else Ol(l[y]),y--;else Ol(l[g]),g++;for(;S<=E;){const C=xs(e,d[E+1]);Li(C,a[S]),d[S++]=C}for(;g<=y;){const C=l[g++];C!==null&&Ol(C)}return this.ut=o,zr(e,d),Lc}}),Tr=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function mp(e){const{list:t,changes:i,admin:s}=e,l=Tr.length+(s?2:0);return v`<div class="table-wrap">
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
              </th>`:O}
          ${Tr.map(a=>gp(t,a))}
          ${s?v`<th scope="col"><span class="sr-only">${p("jobs.actions")}</span></th>`:O}
        </tr>
      </thead>
      <tbody>
        ${jo(t.jobs,a=>a.id,(a,o)=>v`${Er(e,o,l)}${bp(e,a)}
          ${i.editingId===a.id?v`<tr class="editor-row">
                <td colspan=${l}>${Mo(i,a)}</td>
              </tr>`:O}`)}
        ${Er(e,t.jobs.length,l)}
        ${t.loaded&&!t.jobs.length?v`<tr>
              <td class="empty muted" colspan=${l}>${p("jobs.no_match")}</td>
            </tr>`:O}
      </tbody>
    </table>
  </div>`}function Er(e,t,i){const{list:s,options:l}=e;if(!s.maintenance.length)return O;const a=m=>s.order==="desc"?-Date.parse(m):Date.parse(m),o=t>0?a(s.jobs[t-1].start):-1/0,h=t<s.jobs.length?a(s.jobs[t].start):1/0;return s.maintenance.filter(m=>{const $=a(m.done_at);return $>o&&$<=h}).map(m=>v`<tr class="maintenance-row" data-maintenance-id=${m.id}>
      <td colspan=${i}>
        ${Ut(Rr)}
        <span>${ti(m.done_at,l)}</span> · <strong>${m.name}</strong>
        ${m.notes?v` · <span>${m.notes}</span>`:O}
        ${m.cost!==null?v` · <span>${el(m.cost,l)}</span>`:O}
        ${m.done_by?v` · <span class="muted">${m.done_by}</span>`:O}
      </td>
    </tr>`)}function gp(e,t){const i=t.sort&&t.sort===e.sort,s=i?e.order==="asc"?"ascending":"descending":void 0;return v`<th scope="col" aria-sort=${s??O}>
    ${t.sort?v`<button class="sort" @click=${()=>e.sortBy(t.sort)}>
          ${p(t.label)}<span aria-hidden="true">${i?e.order==="asc"?"▲":"▼":""}</span>
        </button>`:p(t.label)}
  </th>`}function bp(e,t){const{list:i,changes:s,admin:l,options:a}=e,o=Qs(t.filament_colour);return v`<tr data-job-id=${t.id} class=${i.selected.has(t.id)?"selected":""}>
    ${l?v`<td>
          <input
            type="checkbox"
            aria-label=${p("jobs.select",{file:qe(t.filename)})}
            .checked=${i.selected.has(t.id)}
            @change=${h=>i.toggleSelected(t.id,h.target.checked)}
          />
        </td>`:O}
    <td>${Ao(s,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${mn(t.status)}</td>
    <td class="num" data-col="start" title=${ti(t.start,a)}>${ti(t.start,a,!1)}</td>
    <td class="num" data-col="print_duration">${hi(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${o?v`<span class="swatch" style=${`background:${o}`}></span>`:O}
      ${gn(t.filament_weight_g,t.filament_used_mm,a)}
      <span class="muted">${t.filament_type??""}</span>
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${t.rating}
        .subject=${qe(t.filename)}
        ?readonly=${!l}
        ?disabled=${s.savingId===t.id}
        @value-changed=${h=>s.save(t,{rating:h.detail.value})}
      ></pl-rating>
    </td>
    <td data-col="tags">${t.tags.map(h=>v`<span class="tag">${h}</span>`)}</td>
    <td class="notes" data-col="notes" title=${t.notes??""}>
      <span>${t.failure_reason?v`<strong class="status-error">${t.failure_reason}</strong> `:O}${t.notes??""}</span>
    </td>
    ${l?v`<td class="actions">${Co(s,t)}</td>`:O}
  </tr>`}function Ao(e,t){return v`<button class="file" data-col="filename" @click=${()=>e.showJob(t.id)} aria-haspopup="dialog">
    ${ol(t.filename)}
  </button>`}function Co(e,t){return v`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${p("jobs.edit",{file:qe(t.filename)})}
      aria-expanded=${e.editingId===t.id?"true":"false"}
      @click=${()=>e.toggleEditor(t)}
    >
      ${Ut(Ir)}
    </button>
    <button class="icon-btn" aria-label=${p("jobs.delete",{file:qe(t.filename)})} @click=${()=>e.askDelete([t])}>
      ${Ut(bn)}
    </button>`}function Mo(e,t){return v`<pl-job-editor
    .job=${t}
    .busy=${e.savingId===t.id}
    .error=${e.editError}
    @save=${i=>e.saveEditor(t,i.detail.changes)}
    @cancel=${()=>e.closeEditor(t.id)}
  ></pl-job-editor>`}function yp(e){const{list:t,changes:i,admin:s,options:l}=e;return t.loaded&&!t.jobs.length?v`<div class="empty muted">${p("jobs.no_match")}</div>`:v`<ul class="cards" aria-label=${p("jobs.print_jobs")}>
    ${jo(t.jobs,a=>a.id,a=>v`<li class="card" data-job-id=${a.id}>
        <div class="head">${Ao(i,a)} ${mn(a.status)}</div>
        <div class="line">
          ${a.printer_name} · ${ti(a.start,l)} · ${hi(a.print_duration)} ·
          ${gn(a.filament_weight_g,a.filament_used_mm,l)}
        </div>
        ${a.tags.length?v`<div>${a.tags.map(o=>v`<span class="tag">${o}</span>`)}</div>`:O}
        ${a.notes?v`<div class="notes" data-col="notes">${a.notes}</div>`:O}
        <div class="row-actions">
          <pl-rating
            .value=${a.rating}
            .subject=${qe(a.filename)}
            ?readonly=${!s}
            @value-changed=${o=>i.save(a,{rating:o.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${s?Co(i,a):O}
        </div>
        ${i.editingId===a.id?Mo(i,a):O}
      </li>`)}
  </ul>`}function $p(e){const t=e.page*e.limit+(e.jobs.length?1:0),i=e.page*e.limit+e.jobs.length;return v`<nav class="pager" aria-label=${p("jobs.pages")}>
    <label
      >${p("jobs.rows_per_page")}
      <select @change=${s=>e.setLimit(Number(s.target.value))}>
        ${op.map(s=>v`<option value=${s} ?selected=${s===e.limit}>${s}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${e.total}>${p("jobs.range",{first:t,last:i,total:e.total})}</span>
    <button class="icon-btn" aria-label=${p("jobs.previous_page")} ?disabled=${e.page===0||e.loading} @click=${()=>e.prevPage()}>
      ${Ut(Wc)}
    </button>
    <button class="icon-btn" aria-label=${p("jobs.next_page")} ?disabled=${!e.nextCursor||e.loading} @click=${()=>e.nextPage()}>
      ${Ut(Gc)}
    </button>
  </nav>`}var vp=Object.defineProperty,Ps=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&vp(t,i,l),l};const Bn=class Bn extends oe{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return v`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${p("common.close")} @click=${this.close}>${Ut(Jc)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=_p(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Ze(this,"closed")}};Bn.styles=[ce,ie`
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
    `];let gi=Bn;Ps([V()],gi.prototype,"heading");Ps([V({type:Boolean,reflect:!0})],gi.prototype,"open");Ps([V({type:Boolean})],gi.prototype,"wide");Ps([Pr("dialog")],gi.prototype,"dialog");Ps([X()],gi.prototype,"hasActions");function _p(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}ue("pl-dialog",gi);const Lr=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function qs(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function wp(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(e).filter(([l,a])=>!t.has(l)&&a!==null&&a!==""),s=l=>{const a=Lr.indexOf(l);return a<0?Lr.length:a};return i.sort(([l],[a])=>s(l)-s(a)||l.localeCompare(a))}function fn(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function xp(e,t){const i={},s=t.notes?.trim()?t.notes:null;(e.notes||null)!==s&&(i.notes=s??""),(e.rating??null)!==t.rating&&(i.rating=t.rating);const l=t.tags;(l.length!==e.tags.length||l.some((o,h)=>o!==e.tags[h]))&&(i.tags=l);const a=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==a&&(i.failure_reason=a),(e.cost??null)!==t.cost&&(i.cost=t.cost),i}function kp(e,t,i=In(),s=new Date){const l={};e.printer_id||(l.printer_id=p("form.choose_printer"));const a=e.filename.trim();a||(l.filename=p("form.enter_filename")),yn.includes(e.status)||(l.status=p("form.choose_status"));const o=tn(e.start_date,e.start_time||"00:00",t);if(!o)l.start=p("form.enter_start");else if(i){const w=Date.parse(o);w>s.getTime()+i.job_time.future_tolerance*1e3?l.start=p("form.start_future"):w<Date.parse(i.job_time.earliest)&&(l.start=p("form.start_before",{date:i.job_time.earliest.slice(0,10)}))}const h=(w,j,k)=>{if(!w.trim())return;const G=Number(w);if(!Number.isFinite(G)||G<0){l[j]=p("form.positive",{field:k});return}return G},d=h(e.hours,"duration",p("form.hours"))??0,m=h(e.minutes,"duration",p("form.minutes"))??0,$=h(e.filament_g,"filament_g",p("form.filament_weight")),g=h(e.filament_m,"filament_m",p("form.filament_length")),y=h(e.cost,"cost",p("kpi.cost")),S=(w,j,k,G)=>{const P=j===void 0||l[k]?"":Eo(w,j,G,i);P&&(l[k]=P)};S("print_duration",d*3600+m*60,"duration",p("form.print_time_s")),S("filament_weight_g",$,"filament_g",p("form.filament_weight")),S("filament_used_mm",g===void 0?void 0:g*1e3,"filament_m",p("form.filament_length_mm")),S("cost",y,"cost",p("kpi.cost"));const E=i?.tags.max_length;if(E&&tl(e.tags).some(w=>w.length>E)&&(l.tags=p("form.tag_length",{count:E})),Object.keys(l).length||!o)return{errors:l};const C=Math.round(d*3600+m*60),z={printer_id:e.printer_id,filename:a,status:e.status,start:o,print_duration:C};C>0&&(z.end=new Date(Date.parse(o)+C*1e3).toISOString()),$!==void 0&&(z.filament_weight_g=$),g!==void 0&&(z.filament_used_mm=g*1e3),e.filament_type.trim()&&(z.filament_type=e.filament_type.trim()),y!==void 0&&(z.cost=y);const B=tl(e.tags);return B.length&&(z.tags=B),e.notes.trim()&&(z.notes=e.notes),e.failure_reason.trim()&&(z.failure_reason=e.failure_reason.trim()),e.rating&&(z.rating=e.rating),{job:z,errors:l}}const Vn=ie`
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
`;function nl(e){return v`<input
    name="cost"
    type="number"
    min="0"
    max=${In()?.numbers.cost?.max??O}
    step="0.01"
    inputmode="decimal"
    .value=${e.value}
    @input=${e.onInput}
    aria-invalid=${e.invalid===void 0?O:e.invalid?"true":"false"}
    aria-describedby=${e.describedBy??O}
  />`}function al(e,t,i,s){return v`<div class="actions">
    ${t?v`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>Ze(e,"cancel")}>${p("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${i}>${s}</button>
  </div>`}var Sp=Object.defineProperty,bl=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Sp(t,i,l),l};const Un=class Un extends oe{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const s=this.value?p("rating.rated",{n:this.value}):p("rating.none");return v`<span role="img" aria-label=${s} title=${s}
        >${[1,2,3,4,5].map(l=>v`<span class=${l<=t?"":"empty"}>${Ut(l<=t?Pa:za)}</span>`)}</span
      >`}const i=this.subject?p("rating.of",{subject:this.subject}):p("rating.rating");return v`<span role="group" aria-label=${i}
      >${[1,2,3,4,5].map(s=>v`<button
            type="button"
            class=${s<=t?"":"empty"}
            aria-label=${p("rating.stars",{count:s})}
            aria-pressed=${s===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(s)}
          >
            ${Ut(s<=t?Pa:za)}
          </button>`)}</span
    >`}choose(t){const i=t===this.value?null:t;this.value=i,Ze(this,"value-changed",{value:i})}};Un.styles=[ce,ie`
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
    `];let Pi=Un;bl([V({type:Number})],Pi.prototype,"value");bl([V({type:Boolean})],Pi.prototype,"readonly");bl([V({type:Boolean})],Pi.prototype,"disabled");bl([V()],Pi.prototype,"subject");ue("pl-rating",Pi);var Tp=Object.defineProperty,bi=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Tp(t,i,l),l};const Wn=class Wn extends oe{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return v``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return v`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
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
          .subject=${qe(this.job.filename)}
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
        ${nl({value:this.cost,onInput:i=>this.cost=i.target.value})}
      </label>
      ${al(this,this.error,this.busy,p("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),Ze(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const i=this.cost.trim(),s=i===""?null:Number(i);if(s!==null&&(!Number.isFinite(s)||s<0)){this.error=p("form.positive",{field:p("kpi.cost")});return}const l=s===null?"":Eo("cost",s,p("kpi.cost"));if(l){this.error=l;return}const a=xp(this.job,{notes:this.notes,rating:this.rating,tags:tl(this.tags),failure_reason:this.reason,cost:s});Ze(this,"save",{changes:a})}};Wn.styles=[ce,Vn,ie`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let Re=Wn;bi([V({attribute:!1})],Re.prototype,"job");bi([V({type:Boolean})],Re.prototype,"busy");bi([V()],Re.prototype,"error");bi([X()],Re.prototype,"notes");bi([X()],Re.prototype,"rating");bi([X()],Re.prototype,"tags");bi([X()],Re.prototype,"reason");bi([X()],Re.prototype,"cost");ue("pl-job-editor",Re);var Ep=Object.defineProperty,je=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Ep(t,i,l),l};const Gn=class Gn extends oe{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&To(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const s=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=s,s.has_thumbnail){this.thumbnailState="loading";try{const l=await t.thumbnail(s.id);if(i!==this.loadToken)return;l?(this.thumbnailUrl=URL.createObjectURL(l),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(s){i===this.loadToken&&(this.error=Xt(s))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return v`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${p("common.retry")}</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return v`<p class="muted" aria-busy="true">${p("common.loading")}</p>`;const s=Qs(t.filament_colour);return v`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?v`<img src=${this.thumbnailUrl??""} alt=${p("detail.thumbnail_of",{file:qe(t.filename)})} />`:v`<span class="muted"
                >${this.thumbnailState==="loading"?p("common.loading"):this.thumbnailState==="error"?p("detail.thumbnail_unavailable"):p("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${ol(t.filename)}</div>
          <p>${mn(t.status)} <span class="muted">${jr("source",t.source)}</span></p>
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
            <dd>${ti(t.start,i)}</dd>
            <dt>${p("detail.ended")}</dt>
            <dd>${ti(t.end,i)}</dd>
            <dt>${p("kpi.print_time")}</dt>
            <dd>
              ${hi(t.print_duration)}
              ${t.estimated_time?v`<span class="muted">(${p("detail.estimated",{time:hi(t.estimated_time)})})</span>`:O}
            </dd>
            <dt>${p("detail.total_time")}</dt>
            <dd>${hi(t.total_duration)}</dd>
            ${t.pause_count?v`<dt>${p("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${hi(t.paused_duration)})</dd>`:O}
            <dt>${p("kpi.filament")}</dt>
            <dd>
              ${s?v`<span class="swatch" style=${`background:${s}`}></span>`:O}
              ${gn(t.filament_weight_g,t.filament_used_mm,i)}
              ${t.filament_type??""}
              <span class="muted">${Ye(t.filament_used_mm/1e3,i,2)} m</span>
            </dd>
            <dt>${p("kpi.cost")}</dt>
            <dd>${el(t.cost,i)}</dd>
            ${t.error_message?v`<dt>${p("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:O}
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
            ${this.admin?v`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${Ut(Ir)} ${p("common.edit")}</button>
                  <button class="btn danger" @click=${()=>Ze(this,"delete-jobs",{jobs:[t]})}>
                    ${Ut(bn)} ${p("common.delete")}
                  </button>
                </div>`:O}`}

      <h3>${p("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${p("detail.timeline")}</h3>
      ${t.events.length?v`<ol class="timeline">
            ${t.events.map(l=>v`<li>
                <strong>${jr("event",l.type)}</strong>
                <span class="muted">${ti(l.at,i)}</span>
                ${l.data&&Object.keys(l.data).length?v`<div class="muted">
                      ${Object.entries(l.data).map(([a,o])=>v`<span>${fn(a)}: ${qs(o)}</span> `)}
                    </div>`:O}
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
    `}renderDetails(t){const i=wp(t.details);return i.length?v`<table>
      <tbody>
        ${i.map(([s,l])=>v`<tr>
            <th scope="row">${fn(s)}</th>
            <td>${typeof l=="object"?v`<pre>${qs(l)}</pre>`:qs(l)}</td>
          </tr>`)}
      </tbody>
    </table>`:v`<p class="muted">${p("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const i=this.renderRoot.querySelector(".job-id code"),s=document.createRange();i&&s.selectNodeContents(i);const l=window.getSelection();l?.removeAllRanges(),l?.addRange(s),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const s=await this.api.updateJob(this.job.id,i);this.job={...this.job,...s},this.editing=!1,Ze(this,"job-updated",{job:s})}catch(s){this.saveError=Xt(s)}finally{this.saving=!1}}};Gn.styles=[ce,ie`
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
    `];let ee=Gn;je([V({attribute:!1})],ee.prototype,"api");je([V({attribute:!1})],ee.prototype,"options");je([V()],ee.prototype,"jobId");je([V({type:Boolean})],ee.prototype,"admin");je([X()],ee.prototype,"job");je([X()],ee.prototype,"error");je([X()],ee.prototype,"editing");je([X()],ee.prototype,"saving");je([X()],ee.prototype,"saveError");je([X()],ee.prototype,"thumbnailUrl");je([X()],ee.prototype,"thumbnailState");je([X()],ee.prototype,"copied");ue("pl-job-detail",ee);function jr(e,t){const i=`${e}.${t}`,s=p(i);return s===i?fn(t):s}var Lp=Object.defineProperty,hs=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Lp(t,i,l),l};const Jn=class Jn extends oe{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:Aa(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const i={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},s={};for(const[l,a]of Object.entries(t)){const o=i[l]??l;s[o]??=`${l}: ${a}`}this.errors=s}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return i=>{this.values={...this.values,[t]:i.target.value}}}field(t){return this.errors[t]?v`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,i=s=>this.errors[s]?`err-${s}`:"";return v`<form @submit=${this.onSubmit} novalidate>
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
          ${yn.map(s=>v`<option value=${s} ?selected=${s===t.status}>${Xs(s)}</option>`)}
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
            max=${Aa(new Date,this.timeZone)}
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
        ${nl({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:i("cost")})}
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
      ${al(this,this.error,this.busy,p("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:i,errors:s}=kp(this.values,this.timeZone);this.errors=s,i?Ze(this,"create",{job:i}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Jn.styles=[ce,Vn,ie`
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
    `];let si=Jn;hs([V({attribute:!1})],si.prototype,"printers");hs([V()],si.prototype,"timeZone");hs([V({type:Boolean})],si.prototype,"busy");hs([V()],si.prototype,"error");hs([X()],si.prototype,"values");hs([X()],si.prototype,"errors");ue("pl-job-form",si);var jp=Object.defineProperty,fs=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&jp(t,i,l),l};const Zl=20,Yn=class Yn extends oe{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.list=new pp(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new sp(this,this.list)}willUpdate(t){t.has("api")&&this.api&&(this.list.reload(),this.list.loadFilamentTypes(),To(this.api))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const i=this.list.applyJob(t.job);this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(i||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:i}=this,s=this.options?{list:t,changes:i,admin:this.admin,options:this.options}:void 0;return v`
      <section aria-label=${p("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${ap({list:t,changes:i,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?rp(t,this.printers):O}
      ${t.error?v`<div class="error-banner" role="alert">
            <span>${p("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${Ut(Vr)} ${p("common.retry")}</button>
          </div>`:O}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?v`<div class="loading-bar" role="progressbar" aria-label=${p("jobs.loading")}></div>`:O}
        ${s?this.narrow?yp(s):mp(s):O} ${$p(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${i.message?"message":"sr-only"}>${i.message}</div>
    `}renderDialogs(){const t=this.changes,i=t.confirmJobs.length;return v`
      <pl-dialog .heading=${p("jobs.delete_heading",{count:i})} .open=${i>0} @closed=${()=>t.cancelDelete()}>
        <p>${p("jobs.delete_text",{count:i})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,Zl).map(s=>v`<li>${ol(s.filename)} <span class="muted">(${s.printer_name})</span></li>`)}
          ${i>Zl?v`<li class="muted">${p("jobs.and_more",{n:i-Zl})}</li>`:O}
        </ul>
        ${t.deleteError?v`<p class="status-error" role="alert">${t.deleteError}</p>`:O}
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
            ></pl-job-detail>`:O}
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
    `}};Yn.styles=[ce,fp];let li=Yn;fs([V({attribute:!1})],li.prototype,"api");fs([V({attribute:!1})],li.prototype,"options");fs([V({attribute:!1})],li.prototype,"printers");fs([V({type:Boolean})],li.prototype,"admin");fs([V({type:Boolean,reflect:!0})],li.prototype,"narrow");fs([X()],li.prototype,"showFilters");ue("pl-jobs-view",li);var Ap=Object.defineProperty,Cp=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Ap(t,i,l),l};const qn=class qn extends oe{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?v`<ul aria-label=${p("common.printers")}>
      ${this.printers.map(t=>{const i=t.current_job,s=t.online&&!!i&&(t.print_state==="printing"||t.print_state==="paused"),l=jc(t),a=Ac(t);return v`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${s?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${l}</span>
          </div>
          ${i?v`<button class="file" title=${qe(i.filename)} @click=${()=>Ze(this,"show-job",{jobId:i.id})}>
                  ${ol(i.filename)}
                </button>
                ${Cc(i)}
                <div class="meta">
                  <span>${Mc(i)} %</span>
                  <span>${p("live.elapsed",{time:hi(i.print_duration)})}</span>
                  <span>${a!==null?p("live.left",{time:hi(a)}):""}</span>
                </div>`:v`<span class="muted">${p("live.no_job")}</span>`}
        </li>`})}
    </ul>`:v``}};qn.styles=[ce,Dr,ie`
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
    `];let rl=qn;Cp([V({attribute:!1})],rl.prototype,"printers");ue("pl-live-strip",rl);var Mp=Object.defineProperty,se=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Mp(t,i,l),l};const Dp=["interval_hours","interval_filament_kg","interval_jobs","interval_days"],Pp={interval_hours:"hours",interval_filament_kg:"filament_kg",interval_jobs:"jobs",interval_days:"days"},zp={name:"",interval_hours:"",interval_filament_kg:"",interval_jobs:"",interval_days:"",cost:"",notes:""};function Ts(e){return e.trim()===""?null:Number(e)}const Zn=class Zn extends oe{constructor(){super(),this.printers=[],this.admin=!1,this.active=!1,this.printerId="",this.error="",this.formErrors={},this.formError="",this.doneNotes="",this.doneCost="",this.busy=!1,this.addEventListener("cancel",()=>{this.form=void 0,this.doneFor=void 0})}willUpdate(){!this.printerId&&this.printers.length&&(this.printerId=this.printers[0]?.id??""),this.active&&this.api&&this.printerId&&this.loadedFor!==this.printerId&&(this.loadedFor=this.printerId,this.load())}async load(){if(!(!this.api||!this.printerId))try{this.data=await this.api.getMaintenance([this.printerId]),this.error=""}catch(t){this.error=Xt(t)}}figures(t){const i=this.options;return Dp.filter(s=>t[s]!==null).map(s=>{const l=Pp[s],a=l==="filament_kg"?2:l==="hours"?1:0;return p(`maintenance.left_${l}`,{left:Ye(t.remaining[l]??0,i,a),of:Ye(t[s],i,a)})})}async markDone(t){if(this.api){this.busy=!0;try{await this.api.logMaintenance({task_id:t.id,notes:this.doneNotes||void 0,cost:this.doneCost===""?void 0:Number(this.doneCost)}),this.doneFor=void 0,this.doneNotes="",this.doneCost="",await this.load()}catch(i){this.error=Xt(i)}finally{this.busy=!1}}}async removeTask(t){if(!(!this.api||!confirm(p("maintenance.delete_confirm",{name:t.name}))))try{await this.api.deleteTask(t.id),await this.load()}catch(i){this.error=Xt(i)}}async removeEntry(t){if(this.api)try{await this.api.deleteLogEntry(t),await this.load()}catch(i){this.error=Xt(i)}}edit(t){this.formErrors={},this.formError="",this.form=t?{id:t.id,name:t.name,interval_hours:t.interval_hours?.toString()??"",interval_filament_kg:t.interval_filament_kg?.toString()??"",interval_jobs:t.interval_jobs?.toString()??"",interval_days:t.interval_days?.toString()??"",cost:t.cost?.toString()??"",notes:t.notes??""}:{...zp}}async save(t){t.preventDefault();const i=this.form;if(!i||!this.api)return;const s={name:i.name,interval_hours:Ts(i.interval_hours),interval_filament_kg:Ts(i.interval_filament_kg),interval_jobs:Ts(i.interval_jobs),interval_days:Ts(i.interval_days),cost:Ts(i.cost),notes:i.notes||null};this.busy=!0;try{i.id?await this.api.updateTask(i.id,s):await this.api.createTask({...s,printer_id:this.printerId}),this.form=void 0,await this.load()}catch(l){this.formErrors=Mr(l),this.formError=Object.keys(this.formErrors).length?p("maintenance.fix_fields"):Xt(l)}finally{this.busy=!1}}input(t,i="number",s="any"){const l=this.form,a=In()?.numbers[t],o=this.formErrors[t];return v`<label
      >${p(`maintenance.field.${t}`)}
      <input
        name=${t}
        type=${i}
        step=${s}
        min=${a?.min??O}
        max=${a?.max??O}
        .value=${l[t]??""}
        @input=${h=>this.form={...l,[t]:h.target.value}}
        aria-invalid=${o?"true":"false"}
        aria-describedby=${o?`err-${t}`:O}
      />
      ${o?v`<span class="err" id=${`err-${t}`}>${o}</span>`:O}
    </label>`}renderForm(){const t=this.form;return v`<div class="card">
      <h2>${t.id?p("maintenance.edit_task"):p("maintenance.add_task")}</h2>
      <form @submit=${this.save} novalidate>
        ${this.input("name","text")} ${this.input("interval_hours")} ${this.input("interval_filament_kg")}
        ${this.input("interval_jobs","number","1")} ${this.input("interval_days","number","1")}
        <label
          >${p("maintenance.field.cost")}
          ${nl({value:t.cost,onInput:i=>this.form={...t,cost:i.target.value},invalid:!!this.formErrors.cost})}
          ${this.formErrors.cost?v`<span class="err">${this.formErrors.cost}</span>`:O}
        </label>
        ${this.formErrors.intervals?v`<span class="err wide" role="alert" id="err-intervals">${this.formErrors.intervals}</span>`:O}
        ${al(this,this.formError,this.busy,p("common.save"))}
      </form>
    </div>`}renderTask(t){const i=this.options,s=t.status==="due"?"error":t.status==="soon"?"warn":void 0;return v`<div class="card task" data-task=${t.id}>
      <h3>
        <span>${t.name}</span>
        <span class="badge ${t.status}">${p(`maintenance.status.${t.status}`)}</span>
      </h3>
      ${Dc(t.fraction,p("maintenance.progress_of",{name:t.name}),s)}
      <div class="figures">${this.figures(t).join(" · ")}</div>
      <div class="rate">
        ${p("maintenance.last_done",{when:t.last_done?ti(t.last_done,i):"—"})}
        · ${p("maintenance.failure_rate",{since:Kl(t.failure_rate_since===null?null:t.failure_rate_since*100,i),before:Kl(t.failure_rate_before===null?null:t.failure_rate_before*100,i)})}
      </div>
      ${this.admin?this.doneFor===t.id?v`<form
              @submit=${l=>{l.preventDefault(),this.markDone(t)}}
            >
              <label class="wide"
                >${p("maintenance.field.notes")}
                <input name="notes" .value=${this.doneNotes} @input=${l=>this.doneNotes=l.target.value} />
              </label>
              <label
                >${p("maintenance.field.cost")}
                ${nl({value:this.doneCost,onInput:l=>this.doneCost=l.target.value})}
              </label>
              ${al(this,"",this.busy,p("maintenance.log_done"))}
            </form>`:v`<div class="row">
              <button class="btn primary" @click=${()=>this.doneFor=t.id}>${p("maintenance.done")}</button>
              <button class="btn" @click=${()=>this.edit(t)}>${p("common.edit")}</button>
              <button class="btn danger" @click=${()=>this.removeTask(t)}>${p("common.delete")}</button>
            </div>`:O}
    </div>`}render(){if(!this.options)return O;const t=this.options,i=this.data;return v`
      <div class="toolbar">
        <label
          >${p("common.printer")}
          <select
            name="printer"
            @change=${s=>{this.printerId=s.target.value,this.form=void 0}}
          >
            ${this.printers.map(s=>v`<option value=${s.id} ?selected=${s.id===this.printerId}>${s.name}</option>`)}
          </select>
        </label>
        <span class="spacer"></span>
        ${i?v`<span>${p("maintenance.total_cost",{cost:el(i.cost[this.printerId]??0,t)})}</span>`:O}
        ${this.admin?v`<button class="btn primary" @click=${()=>this.edit()}>${p("maintenance.add_task")}</button>`:O}
      </div>
      ${this.error?v`<div class="error-banner" role="alert">${this.error}</div>`:O}
      ${this.form?this.renderForm():O}
      ${i?v`<div class="tasks">
              ${i.tasks.length?i.tasks.map(s=>this.renderTask(s)):v`<p>${p("maintenance.no_tasks")}</p>`}
            </div>
            <h2>${p("maintenance.log")}</h2>
            ${i.log.length?v`<table>
                  <thead>
                    <tr>
                      <th>${p("maintenance.when")}</th>
                      <th>${p("maintenance.field.name")}</th>
                      <th>${p("maintenance.by")}</th>
                      <th>${p("maintenance.field.notes")}</th>
                      <th>${p("maintenance.field.cost")}</th>
                      <th>${p("maintenance.counters")}</th>
                      ${this.admin?v`<th></th>`:O}
                    </tr>
                  </thead>
                  <tbody>
                    ${i.log.map(s=>v`<tr>
                        <td>${ti(s.done_at,t)}</td>
                        <td>${s.name}</td>
                        <td>${s.done_by??"—"}</td>
                        <td>${s.notes??""}</td>
                        <td>${s.cost===null?"—":el(s.cost,t)}</td>
                        <td>
                          ${p("maintenance.counters_value",{hours:Ye(s.print_hours,t,1),jobs:Ye(s.jobs,t)})}
                        </td>
                        ${this.admin?v`<td>
                              <button class="btn danger" @click=${()=>this.removeEntry(s.id)}>${p("common.delete")}</button>
                            </td>`:O}
                      </tr>`)}
                  </tbody>
                </table>`:v`<p>${p("maintenance.no_log")}</p>`}`:v`<p>${p("common.loading")}</p>`}
    `}};Zn.styles=[ce,Dr,Vn,ie`
      :host {
        display: block;
      }
      .toolbar {
        display: flex;
        gap: 8px;
        align-items: center;
        flex-wrap: wrap;
        margin-bottom: 12px;
      }
      .toolbar .spacer {
        flex: 1;
      }
      .tasks {
        display: grid;
        gap: 12px;
        grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
        margin-bottom: 16px;
      }
      .card {
        padding: 12px 16px;
      }
      .task h3 {
        margin: 0 0 6px;
        font-size: 1.05em;
        display: flex;
        gap: 8px;
        align-items: center;
      }
      .task .figures,
      .task .rate {
        font-size: 0.9em;
        color: var(--secondary-text-color);
        margin: 6px 0;
      }
      .task .row {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
        margin-top: 8px;
      }
      .badge {
        font-size: 0.75em;
        padding: 2px 8px;
        border-radius: 10px;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.2));
      }
      .badge.due {
        background: var(--pl-error);
        color: #fff;
      }
      .badge.soon {
        background: var(--pl-warn);
        color: #000;
      }
      .err {
        color: var(--pl-error);
        font-size: 0.85em;
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        text-align: left;
        padding: 6px 8px;
        border-bottom: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
        font-size: 0.9em;
      }
      h2 {
        font-size: 1.1em;
        font-weight: 500;
      }
    `];let Ot=Zn;se([V({attribute:!1})],Ot.prototype,"api");se([V({attribute:!1})],Ot.prototype,"options");se([V({attribute:!1})],Ot.prototype,"printers");se([V({type:Boolean})],Ot.prototype,"admin");se([V({type:Boolean})],Ot.prototype,"active");se([X()],Ot.prototype,"printerId");se([X()],Ot.prototype,"data");se([X()],Ot.prototype,"error");se([X()],Ot.prototype,"form");se([X()],Ot.prototype,"formErrors");se([X()],Ot.prototype,"formError");se([X()],Ot.prototype,"doneFor");se([X()],Ot.prototype,"doneNotes");se([X()],Ot.prototype,"doneCost");se([X()],Ot.prototype,"busy");ue("pl-maintenance-view",Ot);var Ip=Object.defineProperty,ni=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(l=o(t,i,l)||l);return l&&Ip(t,i,l),l};const Zs=["jobs","analytics","maintenance"],Vp="Print Log",Kn=class Kn extends oe{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new Pc}willUpdate(t){if(t.has("hass")&&this.hass){const i=this.hass.connection;i!==this.connection&&(this.connection=i,this.api=new zc(this.hass),this.resubscribe(),this.loadPrinters());const s=t.get("hass");if(!this.options||!s||s.locale!==this.hass.locale||s.config!==this.hass.config){const l=Ca(this.hass);l.language===this.language?this.options=l:l.language===Ic()?(this.options=l,this.language=l.language):this.switchLanguage(l)}}}async switchLanguage(t){const i=await Vc(t.language,t.numberLocale);this.hass&&Ca(this.hass).language!==t.language||(this.options={...t,language:i},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,i=>this.onLiveEvent(i),i=>console.warn("print_logger: live updates unavailable:",Xt(i)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Xt(t)}}onLiveEvent(t){this.printers=Rc(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const i=Zs.indexOf(this.view),s=t.key==="ArrowLeft"?Zs.length-1:1,l=Zs[(i+s)%Zs.length]??"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"maintenance":l),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return O;const t=!!this.hass.user?.is_admin,i=(s,l,a)=>v`<button
        role="tab"
        id=${`tab-${s}`}
        aria-selected=${this.view===s?"true":"false"}
        aria-controls=${`view-${s}`}
        aria-label=${l}
        tabindex=${this.view===s?0:-1}
        @click=${()=>this.select(s)}
      >
        ${Ut(a)}<span class="label">${l}</span>
      </button>`;return v`
      <header>
        ${this.narrow?v`<button class="icon-btn" aria-label=${p("panel.open_sidebar")} @click=${()=>Ze(this,"hass-toggle-menu")}>
              ${Ut(qc)}
            </button>`:O}
        <h1>${this.panel?.title&&this.panel.title!==Vp?this.panel.title:p("panel.title")}</h1>
        <div role="tablist" aria-label=${p("panel.views")} @keydown=${this.onTabKey}>
          ${i("jobs",p("panel.jobs"),Kc)} ${i("analytics",p("panel.analytics"),Uc)}
          ${i("maintenance",p("panel.maintenance"),Rr)}
        </div>
      </header>
      ${Bc(this.language,v`<main>
        ${this.printersError?v`<div class="error-banner" role="alert">
              <span>${p("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${p("common.retry")}</button>
            </div>`:O}
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
        <div id="view-maintenance" role="tabpanel" aria-labelledby="tab-maintenance" ?hidden=${this.view!=="maintenance"}>
          <pl-maintenance-view
            .api=${this.api}
            .options=${this.options}
            .printers=${this.printers}
            .admin=${t}
            .active=${this.view==="maintenance"}
          ></pl-maintenance-view>
        </div>
      </main>`)}
    `}};Kn.styles=[ce,ie`
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
    `];let Le=Kn;ni([V({attribute:!1})],Le.prototype,"hass");ni([V({type:Boolean,reflect:!0})],Le.prototype,"narrow");ni([V({attribute:!1})],Le.prototype,"panel");ni([X()],Le.prototype,"view");ni([X()],Le.prototype,"printers");ni([X()],Le.prototype,"printersError");ni([X()],Le.prototype,"api");ni([X()],Le.prototype,"options");ni([X()],Le.prototype,"language");ue("print-logger-panel",Le);
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
