import{H as ac,I as ja,J as Aa,A as B,b as d,K as Zl,M as Ye,N as oc,O as cc,Q as Qs,m as v,a as oe,c as ce,d as ie,R as Kl,B as V,E as ue,S as uc,C as X,T as Lr,U as dc,V as pc,W as hc,X as fc,Y as mc,z as gc,h as bc,Z as yc,j as Xt,_ as Ql,$ as $c,i as vc,a0 as _c,P as wc,y as xc,a1 as jr,a2 as Xs,a3 as kc,s as qe,a4 as Ca,a5 as Xl,a6 as tl,a7 as Sc,a8 as Tc,v as mn,w as hi,u as pi,x as gn,o as al,D as Ze,a9 as tn,aa as Ar,p as Ma,n as Ec,r as Lc,t as jc,q as Ac,ab as Cc,L as Mc,g as Dc,f as Cr,e as Pc,F as zc,k as Ic}from"./chunks/shared-0tvPFvRh.js";const Vc=(e,t,i)=>(i.configurable=!0,i.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,i),i);function Da(e,t){return(i,s,l)=>{const r=o=>o.renderRoot?.querySelector(e)??null;return Vc(i,s,{get(){return r(this)}})}}const{I:Rc}=ac,Mr=e=>e,Dr=()=>document.createComment(""),xs=(e,t,i)=>{const s=e._$AA.parentNode,l=t===void 0?e._$AB:t._$AA;if(i===void 0){const r=s.insertBefore(Dr(),l),o=s.insertBefore(Dr(),l);i=new Rc(r,o,e,e.options)}else{const r=i._$AB.nextSibling,o=i._$AM,h=o!==e;if(h){let p;i._$AQ?.(e),i._$AM=e,i._$AP!==void 0&&(p=e._$AU)!==o._$AU&&i._$AP(p)}if(r!==l||h){let p=i._$AA;for(;p!==r;){const m=Mr(p).nextSibling;Mr(s).insertBefore(p,l),p=m}}}return i},Li=(e,t,i=e)=>(e._$AI(t,i),e),Fc={},Pa=(e,t=Fc)=>e._$AH=t,Hc=e=>e._$AH,Hl=e=>{e._$AR(),e._$AA.remove()};const Oc=ja(class extends Aa{constructor(){super(...arguments),this.key=B}render(e,t){return this.key=e,t}update(e,[t,i]){return t!==this.key&&(Pa(e),this.key=t),i}});function Ws(e,t,i,s=!1){return e.map(l=>{const r=l.key===null||l.key===void 0?"":String(l.key),o=l.label||r||d("common.unknown"),h=Number(l[t]??0);let p,m;t==="success_rate"?(p=Zl(l.success_rate,i),m=d("common.n_jobs",{count:l.jobs,n:Ye(l.jobs,i)})):t==="filament_g"?(p=oc(h,i,0),m=d("common.n_jobs",{count:l.jobs,n:Ye(l.jobs,i)})):t==="hours"?p=cc(h,"hours",i,1):p=Ye(h,i);const $={key:r,label:o,value:h,display:p};if(m&&($.note=m),s){const g=Qs(r)??Qs(l.label);g&&($.colour=g)}return $})}var Nc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Uc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Bc="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",Wc="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",bn="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",Gc="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",Jc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",za="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",Yc="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",Ia="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",Pr="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",zr="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",qc="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z",Zc="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";function Gt(e,t){return t?v`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:v`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const Kc=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Ir=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],yn=Kc.filter(e=>e!=="in_progress");var Qc=Object.defineProperty,$n=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&Qc(t,i,l),l};const Rn=class Rn extends oe{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return v`<div class="empty muted">${d("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(i=>i.value),0);return v`<ul aria-label=${this.label}>
      ${this.items.map(i=>{const s=t>0?Math.max(0,Math.min(100,i.value/t*100)):0,l=Kl({width:`${s}%`,...i.colour?{background:i.colour}:{}});return v`<li data-key=${i.key} data-value=${String(i.value)}>
          <span class="name"
            >${i.colour?v`<span class="swatch" style=${Kl({background:i.colour})}></span>`:""}
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
    `];let ls=Rn;$n([V()],ls.prototype,"label");$n([V({attribute:!1})],ls.prototype,"items");$n([V({type:Number})],ls.prototype,"max");ue("pl-bars",ls);const Xc=!0,Pt="u-",tu="uplot",eu=Pt+"hz",iu=Pt+"vt",su=Pt+"title",lu=Pt+"wrap",nu=Pt+"under",ru=Pt+"over",au=Pt+"axis",Ci=Pt+"off",ou=Pt+"select",cu=Pt+"cursor-x",uu=Pt+"cursor-y",du=Pt+"cursor-pt",pu=Pt+"legend",hu=Pt+"live",fu=Pt+"inline",mu=Pt+"series",gu=Pt+"marker",Vr=Pt+"label",bu=Pt+"value",Es="width",Ls="height",ks="top",Rr="bottom",es="left",Ol="right",vn="#000",Fr=vn+"0",Nl="mousemove",Hr="mousedown",Ul="mouseup",Or="mouseenter",Nr="mouseleave",Ur="dblclick",yu="resize",$u="scroll",Br="change",el="dppxchange",_n="--",us=typeof window<"u",en=us?document:null,ss=us?window:null,vu=us?navigator:null;let ut,Gs;function sn(){let e=devicePixelRatio;ut!=e&&(ut=e,Gs&&nn(Br,Gs,sn),Gs=matchMedia(`(min-resolution: ${ut-.001}dppx) and (max-resolution: ${ut+.001}dppx)`),Mi(Br,Gs,sn),ss.dispatchEvent(new CustomEvent(el)))}function ge(e,t){if(t!=null){let i=e.classList;!i.contains(t)&&i.add(t)}}function ln(e,t){let i=e.classList;i.contains(t)&&i.remove(t)}function _t(e,t,i){e.style[t]=i+"px"}function ze(e,t,i,s){let l=en.createElement(e);return t!=null&&ge(l,t),i?.insertBefore(l,s),l}function Te(e,t){return ze("div",e,t)}const Wr=new WeakMap;function Je(e,t,i,s,l){let r="translate("+t+"px,"+i+"px)",o=Wr.get(e);r!=o&&(e.style.transform=r,Wr.set(e,r),t<0||i<0||t>s||i>l?ge(e,Ci):ln(e,Ci))}const Gr=new WeakMap;function Jr(e,t,i){let s=t+i,l=Gr.get(e);s!=l&&(Gr.set(e,s),e.style.background=t,e.style.borderColor=i)}const Yr=new WeakMap;function qr(e,t,i,s){let l=t+""+i,r=Yr.get(e);l!=r&&(Yr.set(e,l),e.style.height=i+"px",e.style.width=t+"px",e.style.marginLeft=s?-t/2+"px":0,e.style.marginTop=s?-i/2+"px":0)}const wn={passive:!0},_u={...wn,capture:!0};function Mi(e,t,i,s){t.addEventListener(e,i,s?_u:wn)}function nn(e,t,i,s){t.removeEventListener(e,i,wn)}us&&sn();function Ie(e,t,i,s){let l;i=i||0,s=s||t.length-1;let r=s<=2147483647;for(;s-i>1;)l=r?i+s>>1:be((i+s)/2),t[l]<e?i=l:s=l;return e-t[i]<=t[s]-e?i:s}function Va(e){return(i,s,l)=>{let r=-1,o=-1;for(let h=s;h<=l;h++)if(e(i[h])){r=h;break}for(let h=l;h>=s;h--)if(e(i[h])){o=h;break}return[r,o]}}const Ra=e=>e!=null,Fa=e=>e!=null&&e>0,ol=Va(Ra),wu=Va(Fa);function xu(e,t,i,s=0,l=!1){let r=l?wu:ol,o=l?Fa:Ra;[t,i]=r(e,t,i);let h=e[t],p=e[t];if(t>-1)if(s==1)h=e[t],p=e[i];else if(s==-1)h=e[i],p=e[t];else for(let m=t;m<=i;m++){let $=e[m];o($)&&($<h?h=$:$>p&&(p=$))}return[h??mt,p??-mt]}function cl(e,t,i,s){let l=Qr(e),r=Qr(t);e==t&&(l==-1?(e*=i,t/=i):(e/=i,t*=i));let o=i==10?ti:Ha,h=l==1?be:Ee,p=r==1?Ee:be,m=h(o(Dt(e))),$=p(o(Dt(t))),g=ns(i,m),y=ns(i,$);return i==10&&(m<0&&(g=gt(g,-m)),$<0&&(y=gt(y,-$))),s||i==2?(e=g*l,t=y*r):(e=Ba(e,g),t=ul(t,y)),[e,t]}function xn(e,t,i,s){let l=cl(e,t,i,s);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}const kn=.1,Zr={mode:3,pad:kn},As={pad:0,soft:null,mode:0},ku={min:As,max:As};function il(e,t,i,s){return dl(i)?Kr(e,t,i):(As.pad=i,As.soft=s?0:null,As.mode=s?3:0,Kr(e,t,ku))}function ot(e,t){return e??t}function Su(e,t,i){for(t=ot(t,0),i=ot(i,e.length-1);t<=i;){if(e[t]!=null)return!0;t++}return!1}function Kr(e,t,i){let s=i.min,l=i.max,r=ot(s.pad,0),o=ot(l.pad,0),h=ot(s.hard,-mt),p=ot(l.hard,mt),m=ot(s.soft,mt),$=ot(l.soft,-mt),g=ot(s.mode,0),y=ot(l.mode,0),S=t-e,E=ti(S),C=te(Dt(e),Dt(t)),z=ti(C),N=Dt(z-E);(S<1e-24||N>10)&&(S=0,(e==0||t==0)&&(S=1e-24,g==2&&m!=mt&&(r=0),y==2&&$!=-mt&&(o=0)));let w=S||C||1e3,j=ti(w),k=ns(10,be(j)),G=w*(S==0?e==0?.1:1:r),P=gt(Ba(e-G,k/10),24),tt=e>=m&&(g==1||g==3&&P<=m||g==2&&P>=m)?m:mt,Z=te(h,P<tt&&e>=tt?tt:Ve(tt,P)),st=w*(S==0?t==0?.1:1:o),q=gt(ul(t+st,k/10),24),L=t<=$&&(y==1||y==3&&q>=$||y==2&&q<=$)?$:-mt,Q=Ve(p,q>L&&t<=L?L:te(L,q));return Z==Q&&Z==0&&(Q=100),[Z,Q]}const Tu=new Intl.NumberFormat(us?vu.language:"en-US"),Sn=e=>Tu.format(e),ye=Math,Ks=ye.PI,Dt=ye.abs,be=ye.floor,Mt=ye.round,Ee=ye.ceil,Ve=ye.min,te=ye.max,ns=ye.pow,Qr=ye.sign,ti=ye.log10,Ha=ye.log2,Eu=(e,t=1)=>ye.sinh(e)*t,Bl=(e,t=1)=>ye.asinh(e/t),mt=1/0;function Xr(e){return(ti((e^e>>31)-(e>>31))|0)+1}function rn(e,t,i){return Ve(te(e,t),i)}function Oa(e){return typeof e=="function"}function lt(e){return Oa(e)?e:()=>e}const Lu=()=>{},Na=e=>e,Ua=(e,t)=>t,ju=e=>null,ta=e=>!0,ea=(e,t)=>e==t,Au=/\.\d*?(?=9{6,}|0{6,})/gm,Di=e=>{if(Ga(e)||fi.has(e))return e;const t=`${e}`,i=t.match(Au);if(i==null)return e;let s=i[0].length-1;if(t.indexOf("e-")!=-1){let[l,r]=t.split("e");return+`${Di(l)}e${r}`}return gt(e,s)};function ji(e,t){return Di(gt(Di(e/t))*t)}function ul(e,t){return Di(Ee(Di(e/t))*t)}function Ba(e,t){return Di(be(Di(e/t))*t)}function gt(e,t=0){if(Ga(e))return e;let i=10**t,s=e*i*(1+Number.EPSILON);return Mt(s)/i}const fi=new Map;function Wa(e){return((""+e).split(".")[1]||"").length}function Ms(e,t,i,s){let l=[],r=s.map(Wa);for(let o=t;o<i;o++){let h=Dt(o),p=gt(ns(e,o),h);for(let m=0;m<s.length;m++){let $=e==10?+`${s[m]}e${o}`:s[m]*p,g=(o>=0?0:h)+(o>=r[m]?0:r[m]),y=e==10?$:gt($,g);l.push(y),fi.set(y,g)}}return l}const Cs={},Tn=[],rs=[null,null],di=Array.isArray,Ga=Number.isInteger,Cu=e=>e===void 0;function ia(e){return typeof e=="string"}function dl(e){let t=!1;if(e!=null){let i=e.constructor;t=i==null||i==Object}return t}function Mu(e){return e!=null&&typeof e=="object"}const Du=Object.getPrototypeOf(Uint8Array),Ja="__proto__";function as(e,t=dl){let i;if(di(e)){let s=e.find(l=>l!=null);if(di(s)||t(s)){i=Array(e.length);for(let l=0;l<e.length;l++)i[l]=as(e[l],t)}else i=e.slice()}else if(e instanceof Du)i=e.slice();else if(t(e)){i={};for(let s in e)s!=Ja&&(i[s]=as(e[s],t))}else i=e;return i}function jt(e){let t=arguments;for(let i=1;i<t.length;i++){let s=t[i];for(let l in s)l!=Ja&&(dl(e[l])?jt(e[l],as(s[l])):e[l]=as(s[l]))}return e}const Pu=0,zu=1,Iu=2;function Vu(e,t,i){for(let s=0,l,r=-1;s<t.length;s++){let o=t[s];if(o>r){for(l=o-1;l>=0&&e[l]==null;)e[l--]=null;for(l=o+1;l<i&&e[l]==null;)e[r=l++]=null}}}function Ru(e,t){if(Ou(e)){let o=e[0].slice();for(let h=1;h<e.length;h++)o.push(...e[h].slice(1));return Nu(o[0])||(o=Hu(o)),o}let i=new Set;for(let o=0;o<e.length;o++){let p=e[o][0],m=p.length;for(let $=0;$<m;$++)i.add(p[$])}let s=[Array.from(i).sort((o,h)=>o-h)],l=s[0].length,r=new Map;for(let o=0;o<l;o++)r.set(s[0][o],o);for(let o=0;o<e.length;o++){let h=e[o],p=h[0];for(let m=1;m<h.length;m++){let $=h[m],g=Array(l).fill(void 0),y=t?t[o][m]:zu,S=[];for(let E=0;E<$.length;E++){let C=$[E],z=r.get(p[E]);C===null?y!=Pu&&(g[z]=C,y==Iu&&S.push(z)):g[z]=C}Vu(g,S,l),s.push(g)}}return s}const Fu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Hu(e){let t=e[0],i=t.length,s=Array(i);for(let r=0;r<s.length;r++)s[r]=r;s.sort((r,o)=>t[r]-t[o]);let l=[];for(let r=0;r<e.length;r++){let o=e[r],h=Array(i);for(let p=0;p<i;p++)h[p]=o[s[p]];l.push(h)}return l}function Ou(e){let t=e[0][0],i=t.length;for(let s=1;s<e.length;s++){let l=e[s][0];if(l.length!=i)return!1;if(l!=t){for(let r=0;r<i;r++)if(l[r]!=t[r])return!1}}return!0}function Nu(e,t=100){const i=e.length;if(i<=1)return!0;let s=0,l=i-1;for(;s<=l&&e[s]==null;)s++;for(;l>=s&&e[l]==null;)l--;if(l<=s)return!0;const r=te(1,be((l-s+1)/t));for(let o=e[s],h=s+r;h<=l;h+=r){const p=e[h];if(p!=null){if(p<=o)return!1;o=p}}return!0}const Ya=["January","February","March","April","May","June","July","August","September","October","November","December"],qa=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Za(e){return e.slice(0,3)}const Uu=qa.map(Za),Bu=Ya.map(Za),Wu={MMMM:Ya,MMM:Bu,WWWW:qa,WWW:Uu};function Ss(e){return(e<10?"0":"")+e}function Gu(e){return(e<10?"00":e<100?"0":"")+e}const Ju={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Ss(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Ss(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Ss(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Ss(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Ss(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Gu(e.getMilliseconds())};function En(e,t){t=t||Wu;let i=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(e);)i.push(l[0][0]=="{"?Ju[l[1]]:l[0]);return r=>{let o="";for(let h=0;h<i.length;h++)o+=typeof i[h]=="string"?i[h]:i[h](r,t);return o}}const Yu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function qu(e,t){let i;return t=="UTC"||t=="Etc/UTC"?i=new Date(+e+e.getTimezoneOffset()*6e4):t==Yu?i=e:(i=new Date(e.toLocaleString("en-US",{timeZone:t})),i.setMilliseconds(e.getMilliseconds())),i}const Ka=e=>e%1==0,sl=[1,2,2.5,5],Zu=Ms(10,-32,0,sl),Qa=Ms(10,0,32,sl),Ku=Qa.filter(Ka),Ai=Zu.concat(Qa),Ln=`
`,Xa="{YYYY}",sa=Ln+Xa,to="{M}/{D}",js=Ln+to,Js=js+"/{YY}",eo="{aa}",Qu="{h}:{mm}",is=Qu+eo,la=Ln+is,na=":{ss}",pt=null;function io(e){let t=e*1e3,i=t*60,s=i*60,l=s*24,r=l*30,o=l*365,p=(e==1?Ms(10,0,3,sl).filter(Ka):Ms(10,-3,0,sl)).concat([t,t*5,t*10,t*15,t*30,i,i*5,i*10,i*15,i*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,r,r*2,r*3,r*4,r*6,o,o*2,o*5,o*10,o*25,o*50,o*100]);const m=[[o,Xa,pt,pt,pt,pt,pt,pt,1],[l*28,"{MMM}",sa,pt,pt,pt,pt,pt,1],[l,to,sa,pt,pt,pt,pt,pt,1],[s,"{h}"+eo,Js,pt,js,pt,pt,pt,1],[i,is,Js,pt,js,pt,pt,pt,1],[t,na,Js+" "+is,pt,js+" "+is,pt,la,pt,1],[e,na+".{fff}",Js+" "+is,pt,js+" "+is,pt,la,pt,1]];function $(g){return(y,S,E,C,z,N)=>{let w=[],j=z>=o,k=z>=r&&z<o,G=g(E),P=gt(G*e,3),tt=Wl(G.getFullYear(),j?0:G.getMonth(),k||j?1:G.getDate()),Z=gt(tt*e,3);if(k||j){let st=k?z/r:0,q=j?z/o:0,L=P==Z?P:gt(Wl(tt.getFullYear()+q,tt.getMonth()+st,1)*e,3),Q=new Date(Mt(L/e)),R=Q.getFullYear(),J=Q.getMonth();for(let U=0;L<=C;U++){let nt=Wl(R+q*U,J+st*U,1),O=nt-g(gt(nt*e,3));L=gt((+nt+O)*e,3),L<=C&&w.push(L)}}else{let st=z>=l?l:z,q=be(E)-be(P),L=Z+q+ul(P-Z,st);w.push(L);let Q=g(L),R=Q.getHours()+Q.getMinutes()/i+Q.getSeconds()/s,J=z/s,U=y.axes[S]._space,nt=N/U;for(;L=gt(L+z,e==1?0:3),!(L>C);)if(J>1){let O=be(gt(R+J,6))%24,rt=g(L).getHours()-O;rt>1&&(rt=-1),L-=rt*s,R=(R+J)%24;let ht=w[w.length-1];gt((L-ht)/z,3)*nt>=.7&&w.push(L)}else w.push(L)}return w}}return[p,m,$]}const[Xu,td,ed]=io(1),[id,sd,ld]=io(.001);Ms(2,-53,53,[1]);function ra(e,t){return e.map(i=>i.map((s,l)=>l==0||l==8||s==null?s:t(l==1||i[8]==0?s:i[1]+s)))}function aa(e,t){return(i,s,l,r,o)=>{let h=t.find(E=>o>=E[0])||t[t.length-1],p,m,$,g,y,S;return s.map(E=>{let C=e(E),z=C.getFullYear(),N=C.getMonth(),w=C.getDate(),j=C.getHours(),k=C.getMinutes(),G=C.getSeconds(),P=z!=p&&h[2]||N!=m&&h[3]||w!=$&&h[4]||j!=g&&h[5]||k!=y&&h[6]||G!=S&&h[7]||h[1];return p=z,m=N,$=w,g=j,y=k,S=G,P(C)})}}function nd(e,t){let i=En(t);return(s,l,r,o,h)=>l.map(p=>i(e(p)))}function Wl(e,t,i){return new Date(e,t,i)}function oa(e,t){return t(e)}const rd="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ca(e,t){return(i,s,l,r)=>r==null?_n:t(e(s))}function ad(e,t){let i=e.series[t];return i.width?i.stroke(e,t):i.points.width?i.points.stroke(e,t):null}function od(e,t){return e.series[t].fill(e,t)}const cd={show:!0,live:!0,isolate:!1,mount:Lu,markers:{show:!0,width:2,stroke:ad,fill:od,dash:"solid"},idx:null,idxs:null,values:[]};function ud(e,t){let i=e.cursor.points,s=Te(),l=i.size(e,t);_t(s,Es,l),_t(s,Ls,l);let r=l/-2;_t(s,"marginLeft",r),_t(s,"marginTop",r);let o=i.width(e,t,l);return o&&_t(s,"borderWidth",o),s}function dd(e,t){let i=e.series[t].points;return i._fill||i._stroke}function pd(e,t){let i=e.series[t].points;return i._stroke||i._fill}function hd(e,t){return e.series[t].points.size}const Gl=[0,0];function fd(e,t,i){return Gl[0]=t,Gl[1]=i,Gl}function Ys(e,t,i,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&i(l)}}function Jl(e,t,i,s=!0){return l=>{(!s||l.target==t)&&i(l)}}const md={show:!0,x:!0,y:!0,lock:!1,move:fd,points:{one:!1,show:ud,size:hd,width:0,stroke:pd,fill:dd},bind:{mousedown:Ys,mouseup:Ys,click:Ys,dblclick:Ys,mousemove:Jl,mouseleave:Jl,mouseenter:Jl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,i,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},so={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},jn=jt({},so,{filter:Ua}),lo=jt({},jn,{size:10}),no=jt({},so,{show:!1}),An='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',ro="bold "+An,ao=1.5,ua={show:!0,scale:"x",stroke:vn,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:ro,side:2,grid:jn,ticks:lo,border:no,font:An,lineGap:ao,rotate:0},gd="Value",bd="Time",da={show:!0,scale:"x",auto:!1,sorted:1,min:mt,max:-mt,idxs:[]};function yd(e,t,i,s,l){return t.map(r=>r==null?"":Sn(r))}function $d(e,t,i,s,l,r,o){let h=[],p=fi.get(l)||0;i=o?i:gt(ul(i,l),p);for(let m=i;m<=s;m=gt(m+l,p))h.push(Object.is(m,-0)?0:m);return h}function an(e,t,i,s,l,r,o){const h=[],p=e.scales[e.axes[t].scale].log,m=p==10?ti:Ha,$=be(m(i));l=ns(p,$),p==10&&(l=Ai[Ie(l,Ai)]);let g=i,y=l*p;p==10&&(y=Ai[Ie(y,Ai)]);do h.push(g),g=g+l,p==10&&!fi.has(g)&&(g=gt(g,fi.get(l))),g>=y&&(l=g,y=l*p,p==10&&(y=Ai[Ie(y,Ai)]));while(g<=s);return h}function vd(e,t,i,s,l,r,o){let p=e.scales[e.axes[t].scale].asinh,m=s>p?an(e,t,te(p,i),s,l):[p],$=s>=0&&i<=0?[0]:[];return(i<-p?an(e,t,te(p,-s),-i,l):[p]).reverse().map(y=>-y).concat($,m)}const oo=/./,_d=/[12357]/,wd=/[125]/,pa=/1/,on=(e,t,i,s)=>e.map((l,r)=>t==4&&l==0||r%s==0&&i.test(l.toExponential()[l<0?1:0])?l:null);function xd(e,t,i,s,l){let r=e.axes[i],o=r.scale,h=e.scales[o],p=e.valToPos,m=r._space,$=p(10,o),g=p(9,o)-$>=m?oo:p(7,o)-$>=m?_d:p(5,o)-$>=m?wd:pa;if(g==pa){let y=Dt(p(1,o)-$);if(y<m)return on(t.slice().reverse(),h.distr,g,Ee(m/y)).reverse()}return on(t,h.distr,g,1)}function kd(e,t,i,s,l){let r=e.axes[i],o=r.scale,h=r._space,p=e.valToPos,m=Dt(p(1,o)-p(2,o));return m<h?on(t.slice().reverse(),3,oo,Ee(h/m)).reverse():t}function Sd(e,t,i,s){return s==null?_n:t==null?"":Sn(t)}const ha={show:!0,scale:"y",stroke:vn,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:ro,side:3,grid:jn,ticks:lo,border:no,font:An,lineGap:ao,rotate:0};function Td(e,t){let i=3+(e||1)*2;return gt(i*t,3)}function Ed(e,t){let{scale:i,idxs:s}=e.series[0],l=e._data[0],r=e.valToPos(l[s[0]],i,!0),o=e.valToPos(l[s[1]],i,!0),h=Dt(o-r),p=e.series[t],m=h/(p.points.space*ut);return s[1]-s[0]<=m}const fa={scale:null,auto:!0,sorted:0,min:mt,max:-mt},co=(e,t,i,s,l)=>l,ma={show:!0,auto:!0,sorted:0,gaps:co,alpha:1,facets:[jt({},fa,{scale:"x"}),jt({},fa,{scale:"y"})]},ga={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:co,alpha:1,points:{show:Ed,filter:null},values:null,min:mt,max:-mt,idxs:[],path:null,clip:null};function Ld(e,t,i,s,l){return i/10}const uo={time:Xc,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},jd=jt({},uo,{time:!1,ori:1}),ba={};function po(e,t){let i=ba[e];return i||(i={key:e,plots:[],sub(s){i.plots.push(s)},unsub(s){i.plots=i.plots.filter(l=>l!=s)},pub(s,l,r,o,h,p,m){for(let $=0;$<i.plots.length;$++)i.plots[$]!=l&&i.plots[$].pub(s,l,r,o,h,p,m)}},e!=null&&(ba[e]=i)),i}const os=1,cn=2;function zi(e,t,i){const s=e.mode,l=e.series[t],r=s==2?e._data[t]:e._data,o=e.scales,h=e.bbox;let p=r[0],m=s==2?r[1]:r[t],$=s==2?o[l.facets[0].scale]:o[e.series[0].scale],g=s==2?o[l.facets[1].scale]:o[l.scale],y=h.left,S=h.top,E=h.width,C=h.height,z=e.valToPosH,N=e.valToPosV;return $.ori==0?i(l,p,m,$,g,z,N,y,S,E,C,hl,ds,ml,fo,go):i(l,p,m,$,g,N,z,S,y,C,E,fl,ps,Dn,mo,bo)}function Cn(e,t){let i=0,s=0,l=ot(e.bands,Tn);for(let r=0;r<l.length;r++){let o=l[r];o.series[0]==t?i=o.dir:o.series[1]==t&&(o.dir==1?s|=1:s|=2)}return[i,s==1?-1:s==2?1:s==3?2:0]}function Ad(e,t,i,s,l){let r=e.mode,o=e.series[t],h=r==2?o.facets[1].scale:o.scale,p=e.scales[h];return l==-1?p.min:l==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function ei(e,t,i,s,l,r){return zi(e,t,(o,h,p,m,$,g,y,S,E,C,z)=>{let N=o.pxRound;const w=m.dir*(m.ori==0?1:-1),j=m.ori==0?ds:ps;let k,G;w==1?(k=i,G=s):(k=s,G=i);let P=N(g(h[k],m,C,S)),tt=N(y(p[k],$,z,E)),Z=N(g(h[G],m,C,S)),st=N(y(r==1?$.max:$.min,$,z,E)),q=new Path2D(l);return j(q,Z,st),j(q,P,st),j(q,P,tt),q})}function pl(e,t,i,s,l,r){let o=null;if(e.length>0){o=new Path2D;const h=t==0?ml:Dn;let p=i;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let S=y[0]-p;S>0&&h(o,p,s,S,s+r),p=y[1]}}let m=i+l-p,$=10;m>0&&h(o,p,s-$/2,m,s+r+$)}return o}function Cd(e,t,i){let s=e[e.length-1];s&&s[0]==t?s[1]=i:e.push([t,i])}function Mn(e,t,i,s,l,r,o){let h=[],p=e.length;for(let m=l==1?i:s;m>=i&&m<=s;m+=l)if(t[m]===null){let g=m,y=m;if(l==1)for(;++m<=s&&t[m]===null;)y=m;else for(;--m>=i&&t[m]===null;)y=m;let S=r(e[g]),E=y==g?S:r(e[y]),C=g-l;S=o<=0&&C>=0&&C<p?r(e[C]):S;let N=y+l;E=o>=0&&N>=0&&N<p?r(e[N]):E,E>=S&&h.push([S,E])}return h}function ya(e){return e==0?Na:e==1?Mt:t=>ji(t,e)}function ho(e){let t=e==0?hl:fl,i=e==0?(l,r,o,h,p,m)=>{l.arcTo(r,o,h,p,m)}:(l,r,o,h,p,m)=>{l.arcTo(o,r,p,h,m)},s=e==0?(l,r,o,h,p)=>{l.rect(r,o,h,p)}:(l,r,o,h,p)=>{l.rect(o,r,p,h)};return(l,r,o,h,p,m=0,$=0)=>{m==0&&$==0?s(l,r,o,h,p):(m=Ve(m,h/2,p/2),$=Ve($,h/2,p/2),t(l,r+m,o),i(l,r+h,o,r+h,o+p,m),i(l,r+h,o+p,r,o+p,$),i(l,r,o+p,r,o,$),i(l,r,o,r+h,o,m),l.closePath())}}const hl=(e,t,i)=>{e.moveTo(t,i)},fl=(e,t,i)=>{e.moveTo(i,t)},ds=(e,t,i)=>{e.lineTo(t,i)},ps=(e,t,i)=>{e.lineTo(i,t)},ml=ho(0),Dn=ho(1),fo=(e,t,i,s,l,r)=>{e.arc(t,i,s,l,r)},mo=(e,t,i,s,l,r)=>{e.arc(i,t,s,l,r)},go=(e,t,i,s,l,r,o)=>{e.bezierCurveTo(t,i,s,l,r,o)},bo=(e,t,i,s,l,r,o)=>{e.bezierCurveTo(i,t,l,s,o,r)};function yo(e){return(t,i,s,l,r)=>zi(t,i,(o,h,p,m,$,g,y,S,E,C,z)=>{let{pxRound:N,points:w}=o,j,k;m.ori==0?(j=hl,k=fo):(j=fl,k=mo);const G=gt(w.width*ut,3);let P=(w.size-w.width)/2*ut,tt=gt(P*2,3),Z=new Path2D,st=new Path2D,{left:q,top:L,width:Q,height:R}=t.bbox;ml(st,q-tt,L-tt,Q+tt*2,R+tt*2);const J=U=>{if(p[U]!=null){let nt=N(g(h[U],m,C,S)),O=N(y(p[U],$,z,E));j(Z,nt+P,O),k(Z,nt,O,P,0,Ks*2)}};if(r)r.forEach(J);else for(let U=s;U<=l;U++)J(U);return{stroke:G>0?Z:null,fill:Z,clip:st,flags:os|cn}})}function $o(e){return(t,i,s,l,r,o)=>{s!=l&&(r!=s&&o!=s&&e(t,i,s),r!=l&&o!=l&&e(t,i,l),e(t,i,o))}}const Md=$o(ds),Dd=$o(ps);function vo(e){const t=ot(e?.alignGaps,0);return(i,s,l,r)=>zi(i,s,(o,h,p,m,$,g,y,S,E,C,z)=>{[l,r]=ol(p,l,r);let N=o.pxRound,w=R=>N(g(R,m,C,S)),j=R=>N(y(R,$,z,E)),k,G;m.ori==0?(k=ds,G=Md):(k=ps,G=Dd);const P=m.dir*(m.ori==0?1:-1),tt={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:os},Z=tt.stroke;let st=!1;if(r-l>=C*4){let R=F=>i.posToVal(F,m.key,!0),J=null,U=null,nt,O,le,wt=w(h[P==1?l:r]),rt=w(h[l]),ht=w(h[r]),et=R(P==1?rt+1:ht-1);for(let F=P==1?l:r;F>=l&&F<=r;F+=P){let At=h[F],xt=(P==1?At<et:At>et)?wt:w(At),dt=p[F];xt==wt?dt!=null?(O=dt,J==null?(k(Z,xt,j(O)),nt=J=U=O):O<J?J=O:O>U&&(U=O)):dt===null&&(st=!0):(J!=null&&G(Z,wt,j(J),j(U),j(nt),j(O)),dt!=null?(O=dt,k(Z,xt,j(O)),J=U=nt=O):(J=U=null,dt===null&&(st=!0)),wt=xt,et=R(wt+P))}J!=null&&J!=U&&le!=wt&&G(Z,wt,j(J),j(U),j(nt),j(O))}else for(let R=P==1?l:r;R>=l&&R<=r;R+=P){let J=p[R];J===null?st=!0:J!=null&&k(Z,w(h[R]),j(J))}let[L,Q]=Cn(i,s);if(o.fill!=null||L!=0){let R=tt.fill=new Path2D(Z),J=o.fillTo(i,s,o.min,o.max,L),U=j(J),nt=w(h[l]),O=w(h[r]);P==-1&&([O,nt]=[nt,O]),k(R,O,U),k(R,nt,U)}if(!o.spanGaps){let R=[];st&&R.push(...Mn(h,p,l,r,P,w,t)),tt.gaps=R=o.gaps(i,s,l,r,R),tt.clip=pl(R,m.ori,S,E,C,z)}return Q!=0&&(tt.band=Q==2?[ei(i,s,l,r,Z,-1),ei(i,s,l,r,Z,1)]:ei(i,s,l,r,Z,Q)),tt})}function Pd(e){const t=ot(e.align,1),i=ot(e.ascDesc,!1),s=ot(e.alignGaps,0),l=ot(e.extend,!1);return(r,o,h,p)=>zi(r,o,(m,$,g,y,S,E,C,z,N,w,j)=>{[h,p]=ol(g,h,p);let k=m.pxRound,{left:G,width:P}=r.bbox,tt=rt=>k(E(rt,y,w,z)),Z=rt=>k(C(rt,S,j,N)),st=y.ori==0?ds:ps;const q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:os},L=q.stroke,Q=y.dir*(y.ori==0?1:-1);let R=Z(g[Q==1?h:p]),J=tt($[Q==1?h:p]),U=J,nt=J;l&&t==-1&&(nt=G,st(L,nt,R)),st(L,J,R);for(let rt=Q==1?h:p;rt>=h&&rt<=p;rt+=Q){let ht=g[rt];if(ht==null)continue;let et=tt($[rt]),F=Z(ht);t==1?st(L,et,R):st(L,U,F),st(L,et,F),R=F,U=et}let O=U;l&&t==1&&(O=G+P,st(L,O,R));let[le,wt]=Cn(r,o);if(m.fill!=null||le!=0){let rt=q.fill=new Path2D(L),ht=m.fillTo(r,o,m.min,m.max,le),et=Z(ht);st(rt,O,et),st(rt,nt,et)}if(!m.spanGaps){let rt=[];rt.push(...Mn($,g,h,p,Q,tt,s));let ht=m.width*ut/2,et=i||t==1?ht:-ht,F=i||t==-1?-ht:ht;rt.forEach(At=>{At[0]+=et,At[1]+=F}),q.gaps=rt=m.gaps(r,o,h,p,rt),q.clip=pl(rt,y.ori,z,N,w,j)}return wt!=0&&(q.band=wt==2?[ei(r,o,h,p,L,-1),ei(r,o,h,p,L,1)]:ei(r,o,h,p,L,wt)),q})}function $a(e,t,i,s,l,r,o=mt){if(e.length>1){let h=null;for(let p=0,m=1/0;p<e.length;p++)if(t[p]!==void 0){if(h!=null){let $=Dt(e[p]-e[h]);$<m&&(m=$,o=Dt(i(e[p],s,l,r)-i(e[h],s,l,r)))}h=p}}return o}function zd(e){e=e||Cs;const t=ot(e.size,[.6,mt,1]),i=e.align||0,s=e.gap||0;let l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;const r=lt(l),o=1-t[0],h=ot(t[1],mt),p=ot(t[2],1),m=ot(e.disp,Cs),$=ot(e.each,S=>{}),{fill:g,stroke:y}=m;return(S,E,C,z)=>zi(S,E,(N,w,j,k,G,P,tt,Z,st,q,L)=>{let Q=N.pxRound,R=i,J=s*ut,U=h*ut,nt=p*ut,O,le;k.ori==0?[O,le]=r(S,E):[le,O]=r(S,E);const wt=k.dir*(k.ori==0?1:-1);let rt=k.ori==0?ml:Dn,ht=k.ori==0?$:(D,bt,Ct,Fi,vi,Oe,_i)=>{$(D,bt,Ct,vi,Fi,_i,Oe)},et=ot(S.bands,Tn).find(D=>D.series[0]==E),F=et!=null?et.dir:0,At=N.fillTo(S,E,N.min,N.max,F),Yt=Q(tt(At,G,L,st)),xt,dt,Ae,de=q,St=Q(N.width*ut),He=!1,Ke=null,ve=null,ni=null,Ii=null;g!=null&&(St==0||y!=null)&&(He=!0,Ke=g.values(S,E,C,z),ve=new Map,new Set(Ke).forEach(D=>{D!=null&&ve.set(D,new Path2D)}),St>0&&(ni=y.values(S,E,C,z),Ii=new Map,new Set(ni).forEach(D=>{D!=null&&Ii.set(D,new Path2D)})));let{x0:Vi,size:ms}=m;if(Vi!=null&&ms!=null){R=1,w=Vi.values(S,E,C,z),Vi.unit==2&&(w=w.map(Ct=>S.posToVal(Z+Ct*q,k.key,!0)));let D=ms.values(S,E,C,z);ms.unit==2?dt=D[0]*q:dt=P(D[0],k,q,Z)-P(0,k,q,Z),de=$a(w,j,P,k,q,Z,de),Ae=de-dt+J}else de=$a(w,j,P,k,q,Z,de),Ae=de*o+J,dt=de-Ae;Ae<1&&(Ae=0),St>=dt/2&&(St=0),Ae<5&&(Q=Na);let zs=Ae>0,yi=de-Ae-(zs?St:0);dt=Q(rn(yi,nt,U)),xt=(R==0?dt/2:R==wt?0:dt)-R*wt*((R==0?J/2:0)+(zs?St/2:0));const qt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Ri=He?null:new Path2D;let Qe=null;if(et!=null)Qe=S.data[et.series[1]];else{let{y0:D,y1:bt}=m;D!=null&&bt!=null&&(j=bt.values(S,E,C,z),Qe=D.values(S,E,C,z))}let $i=O*dt,K=le*dt;for(let D=wt==1?C:z;D>=C&&D<=z;D+=wt){let bt=j[D];if(bt==null)continue;if(Qe!=null){let ne=Qe[D]??0;if(bt-ne==0)continue;Yt=tt(ne,G,L,st)}let Ct=k.distr!=2||m!=null?w[D]:D,Fi=P(Ct,k,q,Z),vi=tt(ot(bt,At),G,L,st),Oe=Q(Fi-xt),_i=Q(te(vi,Yt)),pe=Q(Ve(vi,Yt)),_e=_i-pe;if(bt!=null){let ne=bt<0?K:$i,Ce=bt<0?$i:K;He?(St>0&&ni[D]!=null&&rt(Ii.get(ni[D]),Oe,pe+be(St/2),dt,te(0,_e-St),ne,Ce),Ke[D]!=null&&rt(ve.get(Ke[D]),Oe,pe+be(St/2),dt,te(0,_e-St),ne,Ce)):rt(Ri,Oe,pe+be(St/2),dt,te(0,_e-St),ne,Ce),ht(S,E,D,Oe-St/2,pe,dt+St,_e)}}return St>0?qt.stroke=He?Ii:Ri:He||(qt._fill=N.width==0?N._fill:N._stroke??N._fill,qt.width=0),qt.fill=He?ve:Ri,qt})}function Id(e,t){const i=ot(t?.alignGaps,0);return(s,l,r,o)=>zi(s,l,(h,p,m,$,g,y,S,E,C,z,N)=>{[r,o]=ol(m,r,o);let w=h.pxRound,j=O=>w(y(O,$,z,E)),k=O=>w(S(O,g,N,C)),G,P,tt;$.ori==0?(G=hl,tt=ds,P=go):(G=fl,tt=ps,P=bo);const Z=$.dir*($.ori==0?1:-1);let st=j(p[Z==1?r:o]),q=st,L=[],Q=[];for(let O=Z==1?r:o;O>=r&&O<=o;O+=Z)if(m[O]!=null){let wt=p[O],rt=j(wt);L.push(q=rt),Q.push(k(m[O]))}const R={stroke:e(L,Q,G,tt,P,w),fill:null,clip:null,band:null,gaps:null,flags:os},J=R.stroke;let[U,nt]=Cn(s,l);if(h.fill!=null||U!=0){let O=R.fill=new Path2D(J),le=h.fillTo(s,l,h.min,h.max,U),wt=k(le);tt(O,q,wt),tt(O,st,wt)}if(!h.spanGaps){let O=[];O.push(...Mn(p,m,r,o,Z,j,i)),R.gaps=O=h.gaps(s,l,r,o,O),R.clip=pl(O,$.ori,E,C,z,N)}return nt!=0&&(R.band=nt==2?[ei(s,l,r,o,J,-1),ei(s,l,r,o,J,1)]:ei(s,l,r,o,J,nt)),R})}function Vd(e){return Id(Rd,e)}function Rd(e,t,i,s,l,r){const o=e.length;if(o<2)return null;const h=new Path2D;if(i(h,e[0],t[0]),o==2)s(h,e[1],t[1]);else{let p=Array(o),m=Array(o-1),$=Array(o-1),g=Array(o-1);for(let y=0;y<o-1;y++)$[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],m[y]=$[y]/g[y];p[0]=m[0];for(let y=1;y<o-1;y++)m[y]===0||m[y-1]===0||m[y-1]>0!=m[y]>0?p[y]=0:(p[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/m[y-1]+(g[y]+2*g[y-1])/m[y]),isFinite(p[y])||(p[y]=0));p[o-1]=m[o-2];for(let y=0;y<o-1;y++)l(h,e[y]+g[y]/3,t[y]+p[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-p[y+1]*g[y]/3,e[y+1],t[y+1])}return h}const un=new Set;function va(){for(let e of un)e.syncRect(!0)}us&&(Mi(yu,ss,va),Mi($u,ss,va,!0),Mi(el,ss,()=>{Bt.pxRatio=ut}));const Fd=vo(),Hd=yo();function _a(e,t,i,s){return(s?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((r,o)=>dn(r,o,t,i))}function Od(e,t){return e.map((i,s)=>s==0?{}:jt({},t,i))}function dn(e,t,i,s){return jt({},t==0?i:s,e)}function _o(e,t,i){return t==null?rs:[t,i]}const Nd=_o;function Ud(e,t,i){return t==null?rs:il(t,i,kn,!0)}function wo(e,t,i,s){return t==null?rs:cl(t,i,e.scales[s].log,!1)}const Bd=wo;function xo(e,t,i,s){return t==null?rs:xn(t,i,e.scales[s].log,!1)}const Wd=xo;function Gd(e,t,i,s,l){let r=te(Xr(e),Xr(t)),o=t-e,h=Ie(l/s*o,i);do{let p=i[h],m=s*p/o;if(m>=l&&r+(p<5?fi.get(p):0)<=17)return[p,m]}while(++h<i.length);return[0,0]}function wa(e){let t,i;return e=e.replace(/(\d+)px/,(s,l)=>(t=Mt((i=+l)*ut))+"px"),[e,t,i]}function Jd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let i=gt(t[2]*ut,1);t[0]=t[0].replace(/[0-9.]+px/,i+"px"),t[1]=i})}function Bt(e,t,i){const s={mode:ot(e.mode,1)},l=s.mode;function r(n,a,c,u){let f=a.valToPct(n);return u+c*(a.dir==-1?1-f:f)}function o(n,a,c,u){let f=a.valToPct(n);return u+c*(a.dir==-1?f:1-f)}function h(n,a,c,u){return a.ori==0?r(n,a,c,u):o(n,a,c,u)}s.valToPosH=r,s.valToPosV=o;let p=!1;s.status=0;const m=s.root=Te(tu);if(e.id!=null&&(m.id=e.id),ge(m,e.class),e.title){let n=Te(su,m);n.textContent=e.title}const $=ze("canvas"),g=s.ctx=$.getContext("2d"),y=Te(lu,m);Mi("click",y,n=>{n.target===E&&(yt!=Zi||kt!=Ki)&&Ut.click(s,n)},!0);const S=s.under=Te(nu,y);y.appendChild($);const E=s.over=Te(ru,y);e=as(e);const C=+ot(e.pxAlign,1),z=ya(C);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(s,e)||e)});const N=e.ms||.001,w=s.series=l==1?_a(e.series||[],da,ga,!1):Od(e.series||[null],ma),j=s.axes=_a(e.axes||[],ua,ha,!0),k=s.scales={},G=s.bands=e.bands||[];G.forEach(n=>{n.fill=lt(n.fill||null),n.dir=ot(n.dir,-1)});const P=l==2?w[1].facets[0].scale:w[0].scale,tt={axes:Go,series:Oo},Z=(e.drawOrder||["axes","series"]).map(n=>tt[n]);function st(n){const a=n.distr==3?c=>ti(c>0?c:n.clamp(s,c,n.min,n.max,n.key)):n.distr==4?c=>Bl(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=a(c),{_min:f,_max:b}=n,_=b-f;return(u-f)/_}}function q(n){let a=k[n];if(a==null){let c=(e.scales||Cs)[n]||Cs;if(c.from!=null){q(c.from);let u=jt({},k[c.from],c,{key:n});u.valToPct=st(u),k[n]=u}else{a=k[n]=jt({},n==P?uo:jd,c),a.key=n;let u=a.time,f=a.range,b=di(f);if((n!=P||l==2&&!u)&&(b&&(f[0]==null||f[1]==null)&&(f={min:f[0]==null?Zr:{mode:1,hard:f[0],soft:f[0]},max:f[1]==null?Zr:{mode:1,hard:f[1],soft:f[1]}},b=!1),!b&&dl(f))){let _=f;f=(x,T,A)=>T==null?rs:il(T,A,_)}a.range=lt(f||(u?Nd:n==P?a.distr==3?Bd:a.distr==4?Wd:_o:a.distr==3?wo:a.distr==4?xo:Ud)),a.auto=lt(b?!1:a.auto),a.clamp=lt(a.clamp||Ld),a._min=a._max=null,a.valToPct=st(a)}}}q("x"),q("y"),l==1&&w.forEach(n=>{q(n.scale)}),j.forEach(n=>{q(n.scale)});for(let n in e.scales)q(n);const L=k[P],Q=L.distr;let R,J;L.ori==0?(ge(m,eu),R=r,J=o):(ge(m,iu),R=o,J=r);const U={};for(let n in k){let a=k[n];(a.min!=null||a.max!=null)&&(U[n]={min:a.min,max:a.max},a.min=a.max=null)}const nt=e.tzDate||(n=>new Date(Mt(n/N))),O=e.fmtDate||En,le=N==1?ed(nt):ld(nt),wt=aa(nt,ra(N==1?td:sd,O)),rt=ca(nt,oa(rd,O)),ht=[],et=s.legend=jt({},cd,e.legend),F=s.cursor=jt({},md,{drag:{y:l==2}},e.cursor),At=et.show,Yt=F.show,xt=et.markers;et.idxs=ht,xt.width=lt(xt.width),xt.dash=lt(xt.dash),xt.stroke=lt(xt.stroke),xt.fill=lt(xt.fill);let dt,Ae,de,St=[],He=[],Ke,ve=!1,ni={};if(et.live){const n=w[1]?w[1].values:null;ve=n!=null,Ke=ve?n(s,1,0):{_:0};for(let a in Ke)ni[a]=_n}if(At)if(dt=ze("table",pu,m),de=ze("tbody",null,dt),et.mount(s,dt),ve){Ae=ze("thead",null,dt,de);let n=ze("tr",null,Ae);ze("th",null,n);for(var Ii in Ke)ze("th",Vr,n).textContent=Ii}else ge(dt,fu),et.live&&ge(dt,hu);const Vi={show:!0},ms={show:!1};function zs(n,a){if(a==0&&(ve||!et.live||l==2))return rs;let c=[],u=ze("tr",mu,de,de.childNodes[a]);ge(u,n.class),n.show||ge(u,Ci);let f=ze("th",null,u);if(xt.show){let x=Te(gu,f);if(a>0){let T=xt.width(s,a);T&&(x.style.border=T+"px "+xt.dash(s,a)+" "+xt.stroke(s,a)),x.style.background=xt.fill(s,a)}}let b=Te(Vr,f);n.label instanceof HTMLElement?b.appendChild(n.label):b.textContent=n.label,a>0&&(xt.show||(b.style.color=n.width>0?xt.stroke(s,a):xt.fill(s,a)),qt("click",f,x=>{if(F._lock)return;xi(x);let T=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=et.isolate){let A=w.some((M,I)=>I>0&&I!=T&&M.show);w.forEach((M,I)=>{I>0&&Ue(I,A?I==T?Vi:ms:Vi,!0,Lt.setSeries)})}else Ue(T,{show:!n.show},!0,Lt.setSeries)},!1),Oi&&qt(Or,f,x=>{F._lock||(xi(x),Ue(w.indexOf(n),Xi,!0,Lt.setSeries))},!1));for(var _ in Ke){let x=ze("td",bu,u);x.textContent="--",c.push(x)}return[u,c]}const yi=new Map;function qt(n,a,c,u=!0){const f=yi.get(a)||{},b=F.bind[n](s,a,c,u);b&&(Mi(n,a,f[n]=b),yi.set(a,f))}function Ri(n,a,c){const u=yi.get(a)||{};for(let f in u)(n==null||f==n)&&(nn(f,a,u[f]),delete u[f]);n==null&&yi.delete(a)}let Qe=0,$i=0,K=0,D=0,bt=0,Ct=0,Fi=bt,vi=Ct,Oe=K,_i=D,pe=0,_e=0,ne=0,Ce=0;s.bbox={};let bl=!1,Is=!1,Hi=!1,wi=!1,Vs=!1,we=!1;function yl(n,a,c){(c||n!=s.width||a!=s.height)&&Qn(n,a),Gi(!1),Hi=!0,Is=!0,Ji()}function Qn(n,a){s.width=Qe=K=n,s.height=$i=D=a,bt=Ct=0,Po(),zo();let c=s.bbox;pe=c.left=ji(bt*ut,.5),_e=c.top=ji(Ct*ut,.5),ne=c.width=ji(K*ut,.5),Ce=c.height=ji(D*ut,.5)}const Co=3;function Mo(){let n=!1,a=0;for(;!n;){a++;let c=Bo(a),u=Wo(a);n=a==Co||c&&u,n||(Qn(s.width,s.height),Is=!0)}}function Do({width:n,height:a}){yl(n,a)}s.setSize=Do;function Po(){let n=!1,a=!1,c=!1,u=!1;j.forEach((f,b)=>{if(f.show&&f._show){let{side:_,_size:x}=f,T=_%2,A=f.label!=null?f.labelSize:0,M=x+A;M>0&&(T?(K-=M,_==3?(bt+=M,u=!0):c=!0):(D-=M,_==0?(Ct+=M,n=!0):a=!0))}}),ki[0]=n,ki[1]=c,ki[2]=a,ki[3]=u,K-=ri[1]+ri[3],bt+=ri[3],D-=ri[2]+ri[0],Ct+=ri[0]}function zo(){let n=bt+K,a=Ct+D,c=bt,u=Ct;function f(b,_){switch(b){case 1:return n+=_,n-_;case 2:return a+=_,a-_;case 3:return c-=_,c+_;case 0:return u-=_,u+_}}j.forEach((b,_)=>{if(b.show&&b._show){let x=b.side;b._pos=f(x,b._size),b.label!=null&&(b._lpos=f(x,b.labelSize))}})}if(F.dataIdx==null){let n=F.hover,a=n.skip=new Set(n.skip??[]);a.add(void 0);let c=n.prox=lt(n.prox),u=n.bias??=0;F.dataIdx=(f,b,_,x)=>{if(b==0)return _;let T=_,A=c(f,b,_,x)??mt,M=A>=0&&A<mt,I=L.ori==0?K:D,Y=F.left,ct=t[0],at=t[b];if(a.has(at[_])){T=null;let it=null,W=null,H;if(u==0||u==-1)for(H=_;it==null&&H-- >0;)a.has(at[H])||(it=H);if(u==0||u==1)for(H=_;W==null&&H++<at.length;)a.has(at[H])||(W=H);if(it!=null||W!=null)if(M){let vt=it==null?-1/0:R(ct[it],L,I,0),Tt=W==null?1/0:R(ct[W],L,I,0),Ht=Y-vt,ft=Tt-Y;Ht<=ft?Ht<=A&&(T=it):ft<=A&&(T=W)}else T=W==null?it:it==null?W:_-it<=W-_?it:W}else M&&Dt(Y-R(ct[_],L,I,0))>A&&(T=null);return T}}const xi=n=>{F.event=n};F.idxs=ht,F._lock=!1;let Wt=F.points;Wt.show=lt(Wt.show),Wt.size=lt(Wt.size),Wt.stroke=lt(Wt.stroke),Wt.width=lt(Wt.width),Wt.fill=lt(Wt.fill);const Ne=s.focus=jt({},e.focus||{alpha:.3},F.focus),Oi=Ne.prox>=0,Ni=Oi&&Wt.one;let xe=[],Ui=[],Bi=[];function Xn(n,a){let c=Wt.show(s,a);if(c instanceof HTMLElement)return ge(c,du),ge(c,n.class),Je(c,-10,-10,K,D),E.insertBefore(c,xe[a]),c}function tr(n,a){if(l==1||a>0){let c=l==1&&k[n.scale].time,u=n.value;n.value=c?ia(u)?ca(nt,oa(u,O)):u||rt:u||Sd,n.label=n.label||(c?bd:gd)}if(Ni||a>0){n.width=n.width==null?1:n.width,n.paths=n.paths||Fd||ju,n.fillTo=lt(n.fillTo||Ad),n.pxAlign=+ot(n.pxAlign,C),n.pxRound=ya(n.pxAlign),n.stroke=lt(n.stroke||null),n.fill=lt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=Td(te(1,n.width),1),u=n.points=jt({},{size:c,width:te(1,c*.2),stroke:n.stroke,space:c*2,paths:Hd,_stroke:null,_fill:null},n.points);u.show=lt(u.show),u.filter=lt(u.filter),u.fill=lt(u.fill),u.stroke=lt(u.stroke),u.paths=lt(u.paths),u.pxAlign=n.pxAlign}if(At){let c=zs(n,a);St.splice(a,0,c[0]),He.splice(a,0,c[1]),et.values.push(null)}if(Yt){ht.splice(a,0,null);let c=null;Ni?a==0&&(c=Xn(n,a)):a>0&&(c=Xn(n,a)),xe.splice(a,0,c),Ui.splice(a,0,0),Bi.splice(a,0,0)}Ft("addSeries",a)}function Io(n,a){a=a??w.length,n=l==1?dn(n,a,da,ga):dn(n,a,{},ma),w.splice(a,0,n),tr(w[a],a)}s.addSeries=Io;function Vo(n){if(w.splice(n,1),At){et.values.splice(n,1),He.splice(n,1);let a=St.splice(n,1)[0];Ri(null,a.firstChild),a.remove()}Yt&&(ht.splice(n,1),xe.splice(n,1)[0].remove(),Ui.splice(n,1),Bi.splice(n,1)),Ft("delSeries",n)}s.delSeries=Vo;const ki=[!1,!1,!1,!1];function Ro(n,a){if(n._show=n.show,n.show){let c=n.side%2,u=k[n.scale];u==null&&(n.scale=c?w[1].scale:P,u=k[n.scale]);let f=u.time;n.size=lt(n.size),n.space=lt(n.space),n.rotate=lt(n.rotate),di(n.incrs)&&n.incrs.forEach(_=>{!fi.has(_)&&fi.set(_,Wa(_))}),n.incrs=lt(n.incrs||(u.distr==2?Ku:f?N==1?Xu:id:Ai)),n.splits=lt(n.splits||(f&&u.distr==1?le:u.distr==3?an:u.distr==4?vd:$d)),n.stroke=lt(n.stroke),n.grid.stroke=lt(n.grid.stroke),n.ticks.stroke=lt(n.ticks.stroke),n.border.stroke=lt(n.border.stroke);let b=n.values;n.values=di(b)&&!di(b[0])?lt(b):f?di(b)?aa(nt,ra(b,O)):ia(b)?nd(nt,b):b||wt:b||yd,n.filter=lt(n.filter||(u.distr>=3&&u.log==10?xd:u.distr==3&&u.log==2?kd:Ua)),n.font=wa(n.font),n.labelFont=wa(n.labelFont),n._size=n.size(s,null,a,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(ki[a]=!0,n._el=Te(au,y))}}function gs(n,a,c,u){let[f,b,_,x]=c,T=a%2,A=0;return T==0&&(x||b)&&(A=a==0&&!f||a==2&&!_?Mt(ua.size/3):0),T==1&&(f||_)&&(A=a==1&&!b||a==3&&!x?Mt(ha.size/2):0),A}const er=s.padding=(e.padding||[gs,gs,gs,gs]).map(n=>lt(ot(n,gs))),ri=s._padding=er.map((n,a)=>n(s,a,ki,0));let Nt,zt=null,It=null;const Rs=l==1?w[0].idxs:null;let Me=null,bs=!1;function ir(n,a){if(t=n??[],s.data=s._data=t,l==2){Nt=0;for(let c=1;c<w.length;c++)Nt+=t[c][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),Me=t[0],Nt=Me.length;let c=t;if(Q==2){c=t.slice();let u=c[0]=Array(Nt);for(let f=0;f<Nt;f++)u[f]=f}s._data=t=c}if(Gi(!0),Ft("setData"),Q==2&&(Hi=!0),a!==!1){let c=L;c.auto(s,bs)?$l():oi(P,c.min,c.max),wi=wi||F.left>=0,we=!0,Ji()}}s.setData=ir;function $l(){bs=!0;let n,a;l==1&&(Nt>0?(zt=Rs[0]=0,It=Rs[1]=Nt-1,n=t[0][zt],a=t[0][It],Q==2?(n=zt,a=It):n==a&&(Q==3?[n,a]=cl(n,n,L.log,!1):Q==4?[n,a]=xn(n,n,L.log,!1):L.time?a=n+Mt(86400/N):[n,a]=il(n,a,kn,!0))):(zt=Rs[0]=n=null,It=Rs[1]=a=null)),oi(P,n,a)}let Fs,Wi,vl,_l,wl,xl,kl,Sl,Tl,re;function sr(n,a,c,u,f,b){n??=Fr,c??=Tn,u??="butt",f??=Fr,b??="round",n!=Fs&&(g.strokeStyle=Fs=n),f!=Wi&&(g.fillStyle=Wi=f),a!=vl&&(g.lineWidth=vl=a),b!=wl&&(g.lineJoin=wl=b),u!=xl&&(g.lineCap=xl=u),c!=_l&&g.setLineDash(_l=c)}function lr(n,a,c,u){a!=Wi&&(g.fillStyle=Wi=a),n!=kl&&(g.font=kl=n),c!=Sl&&(g.textAlign=Sl=c),u!=Tl&&(g.textBaseline=Tl=u)}function El(n,a,c,u,f=0){if(u.length>0&&n.auto(s,bs)&&(a==null||a.min==null)){let b=ot(zt,0),_=ot(It,u.length-1),x=c.min==null?xu(u,b,_,f,n.distr==3):[c.min,c.max];n.min=Ve(n.min,c.min=x[0]),n.max=te(n.max,c.max=x[1])}}const nr={min:null,max:null};function Fo(){for(let u in k){let f=k[u];U[u]==null&&(f.min==null||U[P]!=null&&f.auto(s,bs))&&(U[u]=nr)}for(let u in k){let f=k[u];U[u]==null&&f.from!=null&&U[f.from]!=null&&(U[u]=nr)}U[P]!=null&&Gi(!0);let n={};for(let u in U){let f=U[u];if(f!=null){let b=n[u]=as(k[u],Mu);if(f.min!=null)jt(b,f);else if(u!=P||l==2)if(Nt==0&&b.from==null){let _=b.range(s,null,null,u);b.min=_[0],b.max=_[1]}else b.min=mt,b.max=-mt}}if(Nt>0){w.forEach((u,f)=>{if(l==1){let b=u.scale,_=U[b];if(_==null)return;let x=n[b];if(f==0){let T=x.range(s,x.min,x.max,b);x.min=T[0],x.max=T[1],zt=Ie(x.min,t[0]),It=Ie(x.max,t[0]),It-zt>1&&(t[0][zt]<x.min&&zt++,t[0][It]>x.max&&It--),u.min=Me[zt],u.max=Me[It]}else u.show&&u.auto&&El(x,_,u,t[f],u.sorted);u.idxs[0]=zt,u.idxs[1]=It}else if(f>0&&u.show&&u.auto){let[b,_]=u.facets,x=b.scale,T=_.scale,[A,M]=t[f],I=n[x],Y=n[T];I!=null&&El(I,U[x],b,A,b.sorted),Y!=null&&El(Y,U[T],_,M,_.sorted),u.min=_.min,u.max=_.max}});for(let u in n){let f=n[u],b=U[u];if(f.from==null&&(b==null||b.min==null)){let _=f.range(s,f.min==mt?null:f.min,f.max==-mt?null:f.max,u);f.min=_[0],f.max=_[1]}}}for(let u in n){let f=n[u];if(f.from!=null){let b=n[f.from];if(b.min==null)f.min=f.max=null;else{let _=f.range(s,b.min,b.max,u);f.min=_[0],f.max=_[1]}}}let a={},c=!1;for(let u in n){let f=n[u],b=k[u];if(b.min!=f.min||b.max!=f.max){b.min=f.min,b.max=f.max;let _=b.distr;b._min=_==3?ti(b.min):_==4?Bl(b.min,b.asinh):_==100?b.fwd(b.min):b.min,b._max=_==3?ti(b.max):_==4?Bl(b.max,b.asinh):_==100?b.fwd(b.max):b.max,a[u]=c=!0}}if(c){w.forEach((u,f)=>{l==2?f>0&&a.y&&(u._paths=null):a[u.scale]&&(u._paths=null)});for(let u in a)Hi=!0,Ft("setScale",u);Yt&&F.left>=0&&(wi=we=!0)}for(let u in U)U[u]=null}function Ho(n){let a=rn(zt-1,0,Nt-1),c=rn(It+1,0,Nt-1);for(;n[a]==null&&a>0;)a--;for(;n[c]==null&&c<Nt-1;)c++;return[a,c]}function Oo(){if(Nt>0){let n=w.some(a=>a._focus)&&re!=Ne.alpha;n&&(g.globalAlpha=re=Ne.alpha),w.forEach((a,c)=>{if(c>0&&a.show&&(rr(c,!1),rr(c,!0),a._paths==null)){let u=re;re!=a.alpha&&(g.globalAlpha=re=a.alpha);let f=l==2?[0,t[c][0].length-1]:Ho(t[c]);a._paths=a.paths(s,c,f[0],f[1]),re!=u&&(g.globalAlpha=re=u)}}),w.forEach((a,c)=>{if(c>0&&a.show){let u=re;re!=a.alpha&&(g.globalAlpha=re=a.alpha),a._paths!=null&&ar(c,!1);{let f=a._paths!=null?a._paths.gaps:null,b=a.points.show(s,c,zt,It,f),_=a.points.filter(s,c,b,f);(b||_)&&(a.points._paths=a.points.paths(s,c,zt,It,_),ar(c,!0))}re!=u&&(g.globalAlpha=re=u),Ft("drawSeries",c)}}),n&&(g.globalAlpha=re=1)}}function rr(n,a){let c=a?w[n].points:w[n];c._stroke=c.stroke(s,n),c._fill=c.fill(s,n)}function ar(n,a){let c=a?w[n].points:w[n],{stroke:u,fill:f,clip:b,flags:_,_stroke:x=c._stroke,_fill:T=c._fill,_width:A=c.width}=c._paths;A=gt(A*ut,3);let M=null,I=A%2/2;a&&T==null&&(T=A>0?"#fff":x);let Y=c.pxAlign==1&&I>0;if(Y&&g.translate(I,I),!a){let ct=pe-A/2,at=_e-A/2,it=ne+A,W=Ce+A;M=new Path2D,M.rect(ct,at,it,W)}a?Ll(x,A,c.dash,c.cap,T,u,f,_,b):No(n,x,A,c.dash,c.cap,T,u,f,_,M,b),Y&&g.translate(-I,-I)}function No(n,a,c,u,f,b,_,x,T,A,M){let I=!1;T!=0&&G.forEach((Y,ct)=>{if(Y.series[0]==n){let at=w[Y.series[1]],it=t[Y.series[1]],W=(at._paths||Cs).band;di(W)&&(W=Y.dir==1?W[0]:W[1]);let H,vt=null;at.show&&W&&Su(it,zt,It)?(vt=Y.fill(s,ct)||b,H=at._paths.clip):W=null,Ll(a,c,u,f,vt,_,x,T,A,M,H,W),I=!0}}),I||Ll(a,c,u,f,b,_,x,T,A,M)}const or=os|cn;function Ll(n,a,c,u,f,b,_,x,T,A,M,I){sr(n,a,c,u,f),(T||A||I)&&(g.save(),T&&g.clip(T),A&&g.clip(A)),I?(x&or)==or?(g.clip(I),M&&g.clip(M),Os(f,_),Hs(n,b,a)):x&cn?(Os(f,_),g.clip(I),Hs(n,b,a)):x&os&&(g.save(),g.clip(I),M&&g.clip(M),Os(f,_),g.restore(),Hs(n,b,a)):(Os(f,_),Hs(n,b,a)),(T||A||I)&&g.restore()}function Hs(n,a,c){c>0&&(a instanceof Map?a.forEach((u,f)=>{g.strokeStyle=Fs=f,g.stroke(u)}):a!=null&&n&&g.stroke(a))}function Os(n,a){a instanceof Map?a.forEach((c,u)=>{g.fillStyle=Wi=u,g.fill(c)}):a!=null&&n&&g.fill(a)}function Uo(n,a,c,u){let f=j[n],b;if(u<=0)b=[0,0];else{let _=f._space=f.space(s,n,a,c,u),x=f._incrs=f.incrs(s,n,a,c,u,_);b=Gd(a,c,x,u,_)}return f._found=b}function jl(n,a,c,u,f,b,_,x,T,A){let M=_%2/2;C==1&&g.translate(M,M),sr(x,_,T,A,x),g.beginPath();let I,Y,ct,at,it=f+(u==0||u==3?-b:b);c==0?(Y=f,at=it):(I=f,ct=it);for(let W=0;W<n.length;W++)a[W]!=null&&(c==0?I=ct=n[W]:Y=at=n[W],g.moveTo(I,Y),g.lineTo(ct,at));g.stroke(),C==1&&g.translate(-M,-M)}function Bo(n){let a=!0;return j.forEach((c,u)=>{if(!c.show)return;let f=k[c.scale];if(f.min==null){c._show&&(a=!1,c._show=!1,Gi(!1));return}else c._show||(a=!1,c._show=!0,Gi(!1));let b=c.side,_=b%2,{min:x,max:T}=f,[A,M]=Uo(u,x,T,_==0?K:D);if(M==0)return;let I=f.distr==2,Y=c._splits=c.splits(s,u,x,T,A,M,I),ct=f.distr==2?Y.map(H=>Me[H]):Y,at=f.distr==2?Me[Y[1]]-Me[Y[0]]:A,it=c._values=c.values(s,c.filter(s,ct,u,M,at),u,M,at);c._rotate=b==2?c.rotate(s,it,u,M):0;let W=c._size;c._size=Ee(c.size(s,it,u,n)),W!=null&&c._size!=W&&(a=!1)}),a}function Wo(n){let a=!0;return er.forEach((c,u)=>{let f=c(s,u,ki,n);f!=ri[u]&&(a=!1),ri[u]=f}),a}function Go(){for(let n=0;n<j.length;n++){let a=j[n];if(!a.show||!a._show)continue;let c=a.side,u=c%2,f,b,_=a.stroke(s,n),x=c==0||c==3?-1:1,[T,A]=a._found;if(a.label!=null){let Kt=a.labelGap*x,me=Mt((a._lpos+Kt)*ut);lr(a.labelFont[0],_,"center",c==2?ks:Rr),g.save(),u==1?(f=b=0,g.translate(me,Mt(_e+Ce/2)),g.rotate((c==3?-Ks:Ks)/2)):(f=Mt(pe+ne/2),b=me);let Ei=Oa(a.label)?a.label(s,n,T,A):a.label;g.fillText(Ei,f,b),g.restore()}if(A==0)continue;let M=k[a.scale],I=u==0?ne:Ce,Y=u==0?pe:_e,ct=a._splits,at=M.distr==2?ct.map(Kt=>Me[Kt]):ct,it=M.distr==2?Me[ct[1]]-Me[ct[0]]:T,W=a.ticks,H=a.border,vt=W.show?W.size:0,Tt=Mt(vt*ut),Ht=Mt((a.alignTo==2?a._size-vt-a.gap:a.gap)*ut),ft=a._rotate*-Ks/180,Et=z(a._pos*ut),he=(Tt+Ht)*x,Zt=Et+he;b=u==0?Zt:0,f=u==1?Zt:0;let ke=a.font[0],De=a.align==1?es:a.align==2?Ol:ft>0?es:ft<0?Ol:u==0?"center":c==3?Ol:es,We=ft||u==1?"middle":c==2?ks:Rr;lr(ke,_,De,We);let fe=a.font[1]*a.lineGap,Se=ct.map(Kt=>z(h(Kt,M,I,Y))),Pe=a._values;for(let Kt=0;Kt<Pe.length;Kt++){let me=Pe[Kt];if(me!=null){u==0?f=Se[Kt]:b=Se[Kt],me=""+me;let Ei=me.indexOf(`
`)==-1?[me]:me.split(/\n/gm);for(let Qt=0;Qt<Ei.length;Qt++){let Er=Ei[Qt];ft?(g.save(),g.translate(f,b+Qt*fe),g.rotate(ft),g.fillText(Er,0,0),g.restore()):g.fillText(Er,f,b+Qt*fe)}}}W.show&&jl(Se,W.filter(s,at,n,A,it),u,c,Et,Tt,gt(W.width*ut,3),W.stroke(s,n),W.dash,W.cap);let Ge=a.grid;Ge.show&&jl(Se,Ge.filter(s,at,n,A,it),u,u==0?2:1,u==0?_e:pe,u==0?Ce:ne,gt(Ge.width*ut,3),Ge.stroke(s,n),Ge.dash,Ge.cap),H.show&&jl([Et],[1],u==0?1:0,u==0?1:2,u==1?_e:pe,u==1?Ce:ne,gt(H.width*ut,3),H.stroke(s,n),H.dash,H.cap)}Ft("drawAxes")}function Gi(n){w.forEach((a,c)=>{c>0&&(a._paths=null,n&&(l==1?(a.min=null,a.max=null):a.facets.forEach(u=>{u.min=null,u.max=null})))})}let Ns=!1,Al=!1,ys=[];function Jo(){Al=!1;for(let n=0;n<ys.length;n++)Ft(...ys[n]);ys.length=0}function Ji(){Ns||(Fu(cr),Ns=!0)}function Yo(n,a=!1){Ns=!0,Al=a,n(s),cr(),a&&ys.length>0&&queueMicrotask(Jo)}s.batch=Yo;function cr(){if(bl&&(Fo(),bl=!1),Hi&&(Mo(),Hi=!1),Is){if(_t(S,es,bt),_t(S,ks,Ct),_t(S,Es,K),_t(S,Ls,D),_t(E,es,bt),_t(E,ks,Ct),_t(E,Es,K),_t(E,Ls,D),_t(y,Es,Qe),_t(y,Ls,$i),$.width=Mt(Qe*ut),$.height=Mt($i*ut),j.forEach(({_el:n,_show:a,_size:c,_pos:u,side:f})=>{if(n!=null)if(a){let b=f===3||f===0?c:0,_=f%2==1;_t(n,_?"left":"top",u-b),_t(n,_?"width":"height",c),_t(n,_?"top":"left",_?Ct:bt),_t(n,_?"height":"width",_?D:K),ln(n,Ci)}else ge(n,Ci)}),Fs=Wi=vl=wl=xl=kl=Sl=Tl=_l=null,re=1,_s(!0),bt!=Fi||Ct!=vi||K!=Oe||D!=_i){Gi(!1);let n=K/Oe,a=D/_i;if(Yt&&!wi&&F.left>=0){F.left*=n,F.top*=a,Yi&&Je(Yi,Mt(F.left),0,K,D),qi&&Je(qi,0,Mt(F.top),K,D);for(let c=0;c<xe.length;c++){let u=xe[c];u!=null&&(Ui[c]*=n,Bi[c]*=a,Je(u,Ee(Ui[c]),Ee(Bi[c]),K,D))}}if($t.show&&!Vs&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=a,$t.height*=a;for(let c in Il)_t(Qi,c,$t[c])}Fi=bt,vi=Ct,Oe=K,_i=D}Ft("setSize"),Is=!1}Qe>0&&$i>0&&(g.clearRect(0,0,$.width,$.height),Ft("drawClear"),Z.forEach(n=>n()),Ft("draw")),$t.show&&Vs&&(Us($t),Vs=!1),Yt&&wi&&(Ti(null,!0,!1),wi=!1),et.show&&et.live&&we&&(Pl(),we=!1),p||(p=!0,s.status=1,Ft("ready")),bs=!1,Ns=!1}s.redraw=(n,a)=>{Hi=a||!1,n!==!1?oi(P,L.min,L.max):Ji()};function Cl(n,a){let c=k[n];if(c.from==null){if(Nt==0){let u=c.range(s,a.min,a.max,n);a.min=u[0],a.max=u[1]}if(a.min>a.max){let u=a.min;a.min=a.max,a.max=u}if(Nt>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;n==P&&c.distr==2&&Nt>0&&(a.min=Ie(a.min,t[0]),a.max=Ie(a.max,t[0]),a.min==a.max&&a.max++),U[n]=a,bl=!0,Ji()}}s.setScale=Cl;let Ml,Dl,Yi,qi,ur,dr,Zi,Ki,pr,hr,yt,kt,ai=!1;const Ut=F.drag;let Vt=Ut.x,Rt=Ut.y;Yt&&(F.x&&(Ml=Te(cu,E)),F.y&&(Dl=Te(uu,E)),L.ori==0?(Yi=Ml,qi=Dl):(Yi=Dl,qi=Ml),yt=F.left,kt=F.top);const $t=s.select=jt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Qi=$t.show?Te(ou,$t.over?E:S):null;function Us(n,a){if($t.show){for(let c in n)$t[c]=n[c],c in Il&&_t(Qi,c,n[c]);a!==!1&&Ft("setSelect")}}s.setSelect=Us;function qo(n){if(w[n].show)At&&ln(St[n],Ci);else if(At&&ge(St[n],Ci),Yt){let c=Ni?xe[0]:xe[n];c!=null&&Je(c,-10,-10,K,D)}}function oi(n,a,c){Cl(n,{min:a,max:c})}function Ue(n,a,c,u){a.focus!=null&&tc(n),a.show!=null&&w.forEach((f,b)=>{b>0&&(n==b||n==null)&&(f.show=a.show,qo(b),l==2?(oi(f.facets[0].scale,null,null),oi(f.facets[1].scale,null,null)):oi(f.scale,null,null),Ji())}),c!==!1&&Ft("setSeries",n,a),u&&ws("setSeries",s,n,a)}s.setSeries=Ue;function Zo(n,a){jt(G[n],a)}function Ko(n,a){n.fill=lt(n.fill||null),n.dir=ot(n.dir,-1),a=a??G.length,G.splice(a,0,n)}function Qo(n){n==null?G.length=0:G.splice(n,1)}s.addBand=Ko,s.setBand=Zo,s.delBand=Qo;function Xo(n,a){w[n].alpha=a,Yt&&xe[n]!=null&&(xe[n].style.opacity=a),At&&St[n]&&(St[n].style.opacity=a)}let Xe,ci,Si;const Xi={focus:!0};function tc(n){if(n!=Si){let a=n==null,c=Ne.alpha!=1;w.forEach((u,f)=>{if(l==1||f>0){let b=a||f==0||f==n;u._focus=a?null:b,c&&Xo(f,b?1:Ne.alpha)}}),Si=n,c&&Ji()}}At&&Oi&&qt(Nr,dt,n=>{F._lock||(xi(n),Si!=null&&Ue(null,Xi,!0,Lt.setSeries))});function Be(n,a,c){let u=k[a];c&&(n=n/ut-(u.ori==1?Ct:bt));let f=K;u.ori==1&&(f=D,n=f-n),u.dir==-1&&(n=f-n);let b=u._min,_=u._max,x=n/f,T=b+(_-b)*x,A=u.distr;return A==3?ns(10,T):A==4?Eu(T,u.asinh):A==100?u.bwd(T):T}function ec(n,a){let c=Be(n,P,a);return Ie(c,t[0],zt,It)}s.valToIdx=n=>Ie(n,t[0]),s.posToIdx=ec,s.posToVal=Be,s.valToPos=(n,a,c)=>k[a].ori==0?r(n,k[a],c?ne:K,c?pe:0):o(n,k[a],c?Ce:D,c?_e:0),s.setCursor=(n,a,c)=>{yt=n.left,kt=n.top,Ti(null,a,c)};function fr(n,a){_t(Qi,es,$t.left=n),_t(Qi,Es,$t.width=a)}function mr(n,a){_t(Qi,ks,$t.top=n),_t(Qi,Ls,$t.height=a)}let $s=L.ori==0?fr:mr,vs=L.ori==1?fr:mr;function ic(){if(At&&et.live)for(let n=l==2?1:0;n<w.length;n++){if(n==0&&ve)continue;let a=et.values[n],c=0;for(let u in a)He[n][c++].firstChild.nodeValue=a[u]}}function Pl(n,a){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ht[u]=c}):Cu(n.idx)||ht.fill(n.idx),et.idx=ht[0]),At&&et.live){for(let c=0;c<w.length;c++)(c>0||l==1&&!ve)&&sc(c,ht[c]);ic()}we=!1,a!==!1&&Ft("setLegend")}s.setLegend=Pl;function sc(n,a){let c=w[n],u=n==0&&Q==2?Me:t[n],f;ve?f=c.values(s,n,a)??ni:(f=c.value(s,a==null?null:u[a],n,a),f=f==null?ni:{_:f}),et.values[n]=f}function Ti(n,a,c){pr=yt,hr=kt,[yt,kt]=F.move(s,yt,kt),F.left=yt,F.top=kt,Yt&&(Yi&&Je(Yi,Mt(yt),0,K,D),qi&&Je(qi,0,Mt(kt),K,D));let u,f=zt>It;Xe=mt,ci=null;let b=L.ori==0?K:D,_=L.ori==1?K:D;if(yt<0||Nt==0||f){u=F.idx=null;for(let x=0;x<w.length;x++){let T=xe[x];T!=null&&Je(T,-10,-10,K,D)}Oi&&Ue(null,Xi,!0,n==null&&Lt.setSeries),et.live&&(ht.fill(u),we=!0)}else{let x,T,A;l==1&&(x=L.ori==0?yt:kt,T=Be(x,P),u=F.idx=Ie(T,t[0],zt,It),A=R(t[0][u],L,b,0));let M=-10,I=-10,Y=0,ct=0,at=!0,it="",W="";for(let H=l==2?1:0;H<w.length;H++){let vt=w[H],Tt=ht[H],Ht=Tt==null?null:l==1?t[H][Tt]:t[H][1][Tt],ft=F.dataIdx(s,H,u,T),Et=ft==null?null:l==1?t[H][ft]:t[H][1][ft];if(we=we||Et!=Ht||ft!=Tt,ht[H]=ft,H>0&&vt.show){let he=ft==null?-10:ft==u?A:R(l==1?t[0][ft]:t[H][0][ft],L,b,0),Zt=Et==null?-10:J(Et,l==1?k[vt.scale]:k[vt.facets[1].scale],_,0);if(Oi&&Et!=null){let ke=L.ori==1?yt:kt,De=Dt(Ne.dist(s,H,ft,Zt,ke));if(De<Xe){let We=Ne.bias;if(We!=0){let fe=Be(ke,vt.scale),Se=Et>=0?1:-1,Pe=fe>=0?1:-1;Pe==Se&&(Pe==1?We==1?Et>=fe:Et<=fe:We==1?Et<=fe:Et>=fe)&&(Xe=De,ci=H)}else Xe=De,ci=H}}if(we||Ni){let ke,De;L.ori==0?(ke=he,De=Zt):(ke=Zt,De=he);let We,fe,Se,Pe,Ge,Kt,me=!0,Ei=Wt.bbox;if(Ei!=null){me=!1;let Qt=Ei(s,H);Se=Qt.left,Pe=Qt.top,We=Qt.width,fe=Qt.height}else Se=ke,Pe=De,We=fe=Wt.size(s,H);if(Kt=Wt.fill(s,H),Ge=Wt.stroke(s,H),Ni)H==ci&&Xe<=Ne.prox&&(M=Se,I=Pe,Y=We,ct=fe,at=me,it=Kt,W=Ge);else{let Qt=xe[H];Qt!=null&&(Ui[H]=Se,Bi[H]=Pe,qr(Qt,We,fe,me),Jr(Qt,Kt,Ge),Je(Qt,Ee(Se),Ee(Pe),K,D))}}}}if(Ni){let H=Ne.prox,vt=Si==null?Xe<=H:Xe>H||ci!=Si;if(we||vt){let Tt=xe[0];Tt!=null&&(Ui[0]=M,Bi[0]=I,qr(Tt,Y,ct,at),Jr(Tt,it,W),Je(Tt,Ee(M),Ee(I),K,D))}}}if($t.show&&ai)if(n!=null){let[x,T]=Lt.scales,[A,M]=Lt.match,[I,Y]=n.cursor.sync.scales,ct=n.cursor.drag;if(Vt=ct._x,Rt=ct._y,Vt||Rt){let{left:at,top:it,width:W,height:H}=n.select,vt=n.scales[I].ori,Tt=n.posToVal,Ht,ft,Et,he,Zt,ke=x!=null&&A(x,I),De=T!=null&&M(T,Y);ke&&Vt?(vt==0?(Ht=at,ft=W):(Ht=it,ft=H),Et=k[x],he=R(Tt(Ht,I),Et,b,0),Zt=R(Tt(Ht+ft,I),Et,b,0),$s(Ve(he,Zt),Dt(Zt-he))):$s(0,b),De&&Rt?(vt==1?(Ht=at,ft=W):(Ht=it,ft=H),Et=k[T],he=J(Tt(Ht,Y),Et,_,0),Zt=J(Tt(Ht+ft,Y),Et,_,0),vs(Ve(he,Zt),Dt(Zt-he))):vs(0,_)}else Vl()}else{let x=Dt(pr-ur),T=Dt(hr-dr);if(L.ori==1){let Y=x;x=T,T=Y}Vt=Ut.x&&x>=Ut.dist,Rt=Ut.y&&T>=Ut.dist;let A=Ut.uni;A!=null?Vt&&Rt&&(Vt=x>=A,Rt=T>=A,!Vt&&!Rt&&(T>x?Rt=!0:Vt=!0)):Ut.x&&Ut.y&&(Vt||Rt)&&(Vt=Rt=!0);let M,I;Vt&&(L.ori==0?(M=Zi,I=yt):(M=Ki,I=kt),$s(Ve(M,I),Dt(I-M)),Rt||vs(0,_)),Rt&&(L.ori==1?(M=Zi,I=yt):(M=Ki,I=kt),vs(Ve(M,I),Dt(I-M)),Vt||$s(0,b)),!Vt&&!Rt&&($s(0,0),vs(0,0))}if(Ut._x=Vt,Ut._y=Rt,n==null){if(c){if(Tr!=null){let[x,T]=Lt.scales;Lt.values[0]=x!=null?Be(L.ori==0?yt:kt,x):null,Lt.values[1]=T!=null?Be(L.ori==1?yt:kt,T):null}ws(Nl,s,yt,kt,K,D,u)}if(Oi){let x=c&&Lt.setSeries,T=Ne.prox;Si==null?Xe<=T&&Ue(ci,Xi,!0,x):Xe>T?Ue(null,Xi,!0,x):ci!=Si&&Ue(ci,Xi,!0,x)}}we&&(et.idx=u,Pl()),a!==!1&&Ft("setCursor")}let ui=null;Object.defineProperty(s,"rect",{get(){return ui==null&&_s(!1),ui}});function _s(n=!1){n?ui=null:(ui=E.getBoundingClientRect(),Ft("syncRect",ui))}function gr(n,a,c,u,f,b,_){F._lock||ai&&n!=null&&n.movementX==0&&n.movementY==0||(zl(n,a,c,u,f,b,_,!1,n!=null),n!=null?Ti(null,!0,!0):Ti(a,!0,!1))}function zl(n,a,c,u,f,b,_,x,T){if(ui==null&&_s(!1),xi(n),n!=null)c=n.clientX-ui.left,u=n.clientY-ui.top;else{if(c<0||u<0){yt=-10,kt=-10;return}let[A,M]=Lt.scales,I=a.cursor.sync,[Y,ct]=I.values,[at,it]=I.scales,[W,H]=Lt.match,vt=a.axes[0].side%2==1,Tt=L.ori==0?K:D,Ht=L.ori==1?K:D,ft=vt?b:f,Et=vt?f:b,he=vt?u:c,Zt=vt?c:u;if(at!=null?c=W(A,at)?h(Y,k[A],Tt,0):-10:c=Tt*(he/ft),it!=null?u=H(M,it)?h(ct,k[M],Ht,0):-10:u=Ht*(Zt/Et),L.ori==1){let ke=c;c=u,u=ke}}T&&(a==null||a.cursor.event.type==Nl)&&((c<=1||c>=K-1)&&(c=ji(c,K)),(u<=1||u>=D-1)&&(u=ji(u,D))),x?(ur=c,dr=u,[Zi,Ki]=F.move(s,c,u)):(yt=c,kt=u)}const Il={width:0,height:0,left:0,top:0};function Vl(){Us(Il,!1)}let br,yr,$r,vr;function _r(n,a,c,u,f,b,_){ai=!0,Vt=Rt=Ut._x=Ut._y=!1,zl(n,a,c,u,f,b,_,!0,!1),n!=null&&(qt(Ul,en,wr,!1),ws(Hr,s,Zi,Ki,K,D,null));let{left:x,top:T,width:A,height:M}=$t;br=x,yr=T,$r=A,vr=M}function wr(n,a,c,u,f,b,_){ai=Ut._x=Ut._y=!1,zl(n,a,c,u,f,b,_,!1,!0);let{left:x,top:T,width:A,height:M}=$t,I=A>0||M>0,Y=br!=x||yr!=T||$r!=A||vr!=M;if(I&&Y&&Us($t),Ut.setScale&&I&&Y){let ct=x,at=A,it=T,W=M;if(L.ori==1&&(ct=T,at=M,it=x,W=A),Vt&&oi(P,Be(ct,P),Be(ct+at,P)),Rt)for(let H in k){let vt=k[H];H!=P&&vt.from==null&&vt.min!=mt&&oi(H,Be(it+W,H),Be(it,H))}Vl()}else F.lock&&(F._lock=!F._lock,Ti(a,!0,n!=null));n!=null&&(Ri(Ul,en),ws(Ul,s,yt,kt,K,D,null))}function lc(n,a,c,u,f,b,_){if(F._lock)return;xi(n);let x=ai;if(ai){let T=!0,A=!0,M=10,I,Y;L.ori==0?(I=Vt,Y=Rt):(I=Rt,Y=Vt),I&&Y&&(T=yt<=M||yt>=K-M,A=kt<=M||kt>=D-M),I&&T&&(yt=yt<Zi?0:K),Y&&A&&(kt=kt<Ki?0:D),Ti(null,!0,!0),ai=!1}yt=-10,kt=-10,ht.fill(null),Ti(null,!0,!0),x&&(ai=x)}function xr(n,a,c,u,f,b,_){F._lock||(xi(n),$l(),Vl(),n!=null&&ws(Ur,s,yt,kt,K,D,null))}function kr(){j.forEach(Jd),yl(s.width,s.height,!0)}Mi(el,ss,kr);const ts={};ts.mousedown=_r,ts.mousemove=gr,ts.mouseup=wr,ts.dblclick=xr,ts.setSeries=(n,a,c,u)=>{let f=Lt.match[2];c=f(s,a,c),c!=-1&&Ue(c,u,!0,!1)},Yt&&(qt(Hr,E,_r),qt(Nl,E,gr),qt(Or,E,n=>{xi(n),_s(!1)}),qt(Nr,E,lc),qt(Ur,E,xr),un.add(s),s.syncRect=_s);const Bs=s.hooks=e.hooks||{};function Ft(n,a,c){Al?ys.push([n,a,c]):n in Bs&&Bs[n].forEach(u=>{u.call(null,s,a,c)})}(e.plugins||[]).forEach(n=>{for(let a in n.hooks)Bs[a]=(Bs[a]||[]).concat(n.hooks[a])});const Sr=(n,a,c)=>c,Lt=jt({key:null,setSeries:!1,filters:{pub:ta,sub:ta},scales:[P,w[1]?w[1].scale:null],match:[ea,ea,Sr],values:[null,null]},F.sync);Lt.match.length==2&&Lt.match.push(Sr),F.sync=Lt;const Tr=Lt.key,Rl=po(Tr);function ws(n,a,c,u,f,b,_){Lt.filters.pub(n,a,c,u,f,b,_)&&Rl.pub(n,a,c,u,f,b,_)}Rl.sub(s);function nc(n,a,c,u,f,b,_){Lt.filters.sub(n,a,c,u,f,b,_)&&ts[n](null,a,c,u,f,b,_)}s.pub=nc;function rc(){Rl.unsub(s),un.delete(s),yi.clear(),nn(el,ss,kr),m.remove(),dt?.remove(),Ft("destroy")}s.destroy=rc;function Fl(){Ft("init",e,t),ir(t||e.data,!1),U[P]?Cl(P,U[P]):$l(),Vs=$t.show&&($t.width>0||$t.height>0),wi=we=!0,yl(e.width,e.height)}return w.forEach(tr),j.forEach(Ro),i?i instanceof HTMLElement?(i.appendChild(m),Fl()):i(s,Fl):Fl(),s}Bt.assign=jt;Bt.fmtNum=Sn;Bt.rangeNum=il;Bt.rangeLog=cl;Bt.rangeAsinh=xn;Bt.orient=zi;Bt.pxRatio=ut;Bt.join=Ru;Bt.fmtDate=En,Bt.tzDate=qu;Bt.sync=po;{Bt.addGap=Cd,Bt.clipGaps=pl;let e=Bt.paths={points:yo};e.linear=vo,e.stepped=Pd,e.bars=zd,e.spline=Vd}const Yd='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var qd=Object.defineProperty,$e=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&qd(t,i,l),l};const Fn=class Fn extends oe{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return v`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?v`<div class="empty muted">${d("common.no_data")}</div>`:v`<div class="plot" aria-hidden="true"></div>
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?d("chart.period"):d("chart.range")}</th>
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
    </figure>`}totalText(){const t=this.ys.reduce((i,s)=>i+s,0);return d("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const i=getComputedStyle(this),s=i.getPropertyValue("--pl-chart-color").trim()||i.getPropertyValue("--primary-color").trim()||"#03a9f4",l=i.getPropertyValue("--secondary-text-color").trim()||"#727272",r=i.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",o=`12px ${i.fontFamily||"sans-serif"}`,h=Math.max(Math.floor(t.clientWidth),200),p=this.labels,m=this.xs,$=this.formatValue,g=this.kind==="time",y=this.bucket,S=this.locale,E=g?pc(y)/2:.5,C={stroke:l,font:o,grid:{stroke:r,width:1},ticks:{stroke:r,width:1}},z=w=>g?Lr(m[w]??0,y,S):p[w]??"",N={width:h,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,j,k)=>[j-E,k+E]},y:{range:(w,j,k)=>[0,k>0?k*1.1:1]}},axes:[g?{...C,splits:w=>dc(m,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,j)=>j.map(k=>Lr(k,y,S))}:{...C,splits:()=>p.map((w,j)=>j),values:(w,j)=>j.map(k=>p[k]??""),gap:4},{...C,size:48,values:(w,j)=>j.map(k=>$(k))}],series:[{},{label:this.unit,stroke:s,fill:s,width:0,paths:Bt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const j=w.cursor.idx,k=j==null?void 0:this.ys[j];this.readout=k===void 0||j===null||j===void 0?"":`${z(j)}: ${$(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Bt(N,[this.xs,this.ys],t)}};Fn.styles=[ce,uc(Yd),ie`
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
    `];let Jt=Fn;$e([V()],Jt.prototype,"kind");$e([V()],Jt.prototype,"label");$e([V()],Jt.prototype,"unit");$e([V({attribute:!1})],Jt.prototype,"xs");$e([V({attribute:!1})],Jt.prototype,"ys");$e([V({attribute:!1})],Jt.prototype,"labels");$e([V()],Jt.prototype,"bucket");$e([V()],Jt.prototype,"locale");$e([V({attribute:!1})],Jt.prototype,"formatValue");$e([V({type:Boolean})],Jt.prototype,"dark");$e([V({type:Number})],Jt.prototype,"height");$e([Da(".plot")],Jt.prototype,"plotEl");$e([X()],Jt.prototype,"readout");ue("pl-chart",Jt);var Zd=Object.defineProperty,Ds=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&Zd(t,i,l),l};const Hn=class Hn extends oe{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=hc(this.matrix),i=Array.from({length:24},(p,m)=>m),s=fc(this.locale),l=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),r=p=>{const m=l.formatToParts(new Date(Date.UTC(2024,0,1,p))),$=Number(m.find(y=>y.type==="hour")?.value??p),g=m.find(y=>y.type==="dayPeriod")?.value;return g?`${$}${g.charAt(0).toLowerCase()}`:String($)},o=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),h=p=>o.format(new Date(Date.UTC(2024,0,1,p)));return v`<table aria-label=${this.label||d("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${i.map(p=>v`<th scope="col" abbr=${h(p)}>${p%3===0?r(p):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${mc(this.firstWeekday).map(p=>v`<tr data-weekday=${p}>
              <th scope="row">${s[p]}</th>
              ${i.map(m=>{const $=this.matrix[p]?.[m]??0,g=d("heatmap.cell",{day:s[p],from:h(m),to:h((m+1)%24),count:$});return v`<td title=${g} data-weekday=${p} data-hour=${m} data-value=${$}>
                  ${$>0?v`<span class="shade" style=${Kl({opacity:String(.15+.85*($/t))})}></span>`:""}
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
    `];let mi=Hn;Ds([V()],mi.prototype,"label");Ds([V({attribute:!1})],mi.prototype,"matrix");Ds([V({type:Number})],mi.prototype,"firstWeekday");Ds([V()],mi.prototype,"locale");Ds([V({attribute:!1})],mi.prototype,"hour12");ue("pl-heatmap",mi);var Kd=Object.defineProperty,Pn=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&Kd(t,i,l),l};const On=class On extends oe{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?v`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(i=>d(i)).map(i=>v`<li class="card loading"><span class="label">${i}</span><span class="value">…</span></li>`)}
      </ul>`:v`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${gc(this.summary,t).map(i=>v`<li class="card" data-kpi=${i.id}>
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
    `];let cs=On;Pn([V({attribute:!1})],cs.prototype,"summary");Pn([V({attribute:!1})],cs.prototype,"options");Pn([V({type:Boolean})],cs.prototype,"loading");ue("pl-kpis",cs);var Qd=Object.defineProperty,Fe=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&Qd(t,i,l),l};function pn(e){const t=e?.points??[],[i,s]=kc(t),l=[...t].sort((r,o)=>r.bucket<o.bucket?-1:1).map(r=>r.bucket);return{xs:i,ys:s,labels:l}}const xa=pn(void 0),Xd=[],tp=Ql.map((e,t)=>t),Nn=class Nn extends oe{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=xa,this.hoursSeries=xa,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const i=t.get("data");(!i||i.jobs!==this.data.jobs)&&(this.jobsSeries=pn(this.data.jobs)),(!i||i.hours!==this.data.hours)&&(this.hoursSeries=pn(this.data.hours))}if(t.has("options")){const i=this.options;i&&(this.formatInt=s=>Ye(s,i),this.formatHours=s=>Ye(s,i,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return bc(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const i=++this.token,s=this.scope(),l=this.bucket;this.loading=!0,this.error="";const r=()=>i===this.token,o=$=>{r()&&(this.data={...this.data,...$})},h=[t.summary(s).then($=>o({summary:$})),t.timeseries(s,l,"jobs").then($=>o({jobs:$})),t.timeseries(s,l,"hours").then($=>o({hours:$})),t.breakdown(s,"filament_type").then($=>o({filamentType:$})),t.breakdown(s,"filament_colour").then($=>o({filamentColour:$})),t.breakdown(s,"printer").then($=>o({printer:$})),t.breakdown(s,"status").then($=>o({status:$})),this.histogram(t,s).then($=>o({histogram:$})),t.breakdown(s,"weekday_hour").then($=>o({heatmap:yc($.rows)}))],p=await Promise.allSettled(h);if(!r())return;const m=p.find($=>$.status==="rejected");m&&(this.error=Xt(m.reason)),this.loading=!1}async histogram(t,i){return(await Promise.all(Ql.map(l=>t.listJobs({...i,statuses:[...yn],min_duration:l.min,...l.max!==void 0?{max_duration:l.max}:{},limit:1})))).map(l=>l.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=Ql.map(i=>$c(i,t))),this.binLabelsCache}change(t,i){t==="period"&&vc(i)?(this.period=i,this.bucket=_c(i)):t==="printer"?this.printer=i:t==="bucket"&&(i==="day"||i==="week"||i==="month"||i==="year")&&(this.bucket=i),this.load()}render(){const t=this.options;if(!t)return B;const i=this.data,s=this.jobsSeries,l=this.hoursSeries,r=this.formatInt,o=this.formatHours,h=i.jobs?.bucket??this.bucket;return v`
      <div class="selectors" role="group" aria-label=${d("analytics.selection")}>
        <label
          >${d("analytics.period")}
          <select name="period" @change=${p=>this.change("period",p.target.value)}>
            ${wc.map(p=>v`<option value=${p.id} ?selected=${p.id===this.period}>${xc(p.id)}</option>`)}
          </select>
        </label>
        <label
          >${d("common.printer")}
          <select name="printer" @change=${p=>this.change("printer",p.target.value)}>
            <option value="" ?selected=${!this.printer}>${d("common.all_printers")}</option>
            ${this.printers.map(p=>v`<option value=${p.id} ?selected=${p.id===this.printer}>${p.name}</option>`)}
          </select>
        </label>
        <label
          >${d("analytics.group_by")}
          <select name="bucket" @change=${p=>this.change("bucket",p.target.value)}>
            ${["day","week","month","year"].map(p=>v`<option value=${p} ?selected=${p===this.bucket}>${d(`bucket.${p}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Gt(Ia)} ${d("common.refresh")}</button>
      </div>
      ${this.error?v`<div class="error-banner" role="alert">
            <span>${d("analytics.load_error",{error:this.error})}</span>
          </div>`:B}
      ${h!==this.bucket?v`<p class="bucket-note" role="status">
            ${d("analytics.bucket_note",{shown:d(`bucket_per.${h}`),bucket:d(`bucket_many.${this.bucket}`)})}
          </p>`:B}
      <pl-kpis .summary=${i.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${d(`analytics.jobs_per.${h}`)}</h2>
          <pl-chart
            label=${d(`analytics.jobs_per.${h}`)}
            unit=${d("analytics.unit_jobs")}
            .xs=${s.xs}
            .ys=${s.ys}
            .labels=${s.labels}
            .bucket=${h}
            .locale=${t.dateLocale}
            .formatValue=${r}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${d(`analytics.hours_per.${h}`)}</h2>
          <pl-chart
            label=${d(`analytics.hours_per.${h}`)}
            unit=${d("analytics.unit_hours")}
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
          <h2>${d("analytics.filament_type")}</h2>
          <pl-bars
            label=${d("analytics.filament_type_label")}
            .items=${Ws(jr(i.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${d("analytics.filament_colour")}</h2>
          <pl-bars
            label=${d("analytics.filament_colour_label")}
            .items=${Ws(jr(i.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="printer">
          <h2>${d("analytics.success_printer")}</h2>
          <pl-bars label=${d("analytics.success_printer")} .max=${100} .items=${Ws(i.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${d("analytics.outcome")}</h2>
          <pl-bars
            label=${d("analytics.outcome")}
            .items=${Ws((i.status?.rows??[]).map(p=>({...p,label:Xs(String(p.key??p.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${d("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${d("analytics.duration_label")}
            unit=${d("analytics.unit_jobs")}
            .xs=${tp}
            .ys=${i.histogram??Xd}
            .labels=${this.binLabels(t)}
            .formatValue=${r}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${d("analytics.heatmap")}</h2>
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
    `];let ae=Nn;Fe([V({attribute:!1})],ae.prototype,"api");Fe([V({attribute:!1})],ae.prototype,"options");Fe([V({attribute:!1})],ae.prototype,"printers");Fe([V({type:Boolean})],ae.prototype,"dark");Fe([V({type:Boolean})],ae.prototype,"active");Fe([X()],ae.prototype,"period");Fe([X()],ae.prototype,"printer");Fe([X()],ae.prototype,"bucket");Fe([X()],ae.prototype,"data");Fe([X()],ae.prototype,"loading");Fe([X()],ae.prototype,"error");ue("pl-analytics-view",ae);let zn,Yl;function In(){return zn}function ko(e){return Yl??=e.limits().then(t=>zn=t).catch(()=>{Yl=void 0}),Yl}function So(e,t,i,s=zn){const l=s?.numbers[e];return l?t<l.min||t>l.max?d("form.range",{field:i,min:String(l.min),max:String(l.max)}):"":t<0?d("form.positive",{field:i}):""}const ep=4e3;class ip{constructor(t,i){this.host=t,this.list=i,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},ep),this.changed()}async save(t,i){const s=this.host.api;if(!s)return!1;if(!Object.keys(i).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const l=await s.updateJob(t.id,i);return this.list.applyJob(l),this.notify(d("jobs.saved",{file:qe(t.filename)})),!0}catch(l){return this.editError=Xt(l),this.notify(d("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,i){await this.save(t,i)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const i=this.confirmJobs.map(s=>s.id);this.deleting=!0,this.deleteError="",this.changed();try{const s=await t.deleteJobs(i),l=new Set(i);l.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(l,s),this.notify(d("jobs.deleted",{count:s}))}catch(s){this.deleteError=Xt(s)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const i=this.host.api;if(i){this.addBusy=!0,this.addError="",this.changed();try{const s=await i.createJob(t);this.adding=!1,this.notify(d("jobs.added",{file:qe(s.filename)})),await this.list.reload()}catch(s){this.addError=Xt(s),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(Ca(s))}finally{this.addBusy=!1,this.changed()}}}}const ka={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:""},To=[{value:"",get label(){return d("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(e=>({value:e,get label(){return e==="failed"?d("filter.failed_any"):Xs(e)},statuses:e==="failed"?[...Ir]:[e]})),...Ir.map(e=>({value:`only:${e}`,get label(){return`— ${Xs(e)}`},statuses:[e]}))];function sp(e,t){const i={};e.printer&&(i.printer_ids=[e.printer]);const s=To.find(o=>o.value===e.status)?.statuses??[];s.length&&(i.statuses=[...s]);const l=e.since?Xl(e.since,"00:00",t):void 0;if(l&&(i.since=l),e.until){const o=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(o.getTime())){o.setUTCDate(o.getUTCDate()+1);const h=Xl(o.toISOString().slice(0,10),"00:00",t);h&&(i.until=h)}}e.q.trim()&&(i.q=e.q.trim()),e.filament.trim()&&(i.filament_type=e.filament.trim());const r=tl(e.tags);return r.length&&(i.tags=r),i}function lp(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),t}const hn=e=>e.target.value;function np(e){const{list:t,changes:i,admin:s}=e,l=t.activeFilters;return v`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${d("jobs.search")}
      aria-label=${d("jobs.search")}
      .value=${t.filters.q}
      @input=${r=>t.setFilter("q",hn(r),!0)}
    />
    <button class="btn" aria-expanded=${e.showFilters?"true":"false"} aria-controls="filters" @click=${e.toggleFilters}>
      ${Gt(Gc)} ${l?d("jobs.filters_n",{n:l}):d("jobs.filters")}
    </button>
    <span class="spacer"></span>
    ${s&&t.selected.size?v`<button class="btn danger" @click=${()=>i.askDelete(t.selectedJobs)}>
          ${Gt(bn)} ${d("jobs.delete_n",{n:t.selected.size})}
        </button>`:B}
    ${s?v`<button class="btn primary" @click=${()=>i.openAdd()} ?disabled=${!e.printers.length}>
          ${Gt(Yc)} ${d("jobs.add")}
        </button>`:B}
  </div>`}function rp(e,t){const i=e.filters,s=r=>o=>e.setFilter(r,hn(o)),l=r=>o=>e.setFilter(r,hn(o),!0);return v`<div class="filters card" id="filters">
    <label
      >${d("common.printer")}
      <select name="printer" @change=${s("printer")}>
        <option value="" ?selected=${!i.printer}>${d("common.all_printers")}</option>
        ${t.map(r=>v`<option value=${r.id} ?selected=${r.id===i.printer}>${r.name}</option>`)}
      </select>
    </label>
    <label
      >${d("column.status")}
      <select name="status" @change=${s("status")}>
        ${To.map(r=>v`<option value=${r.value} ?selected=${r.value===i.status}>${r.label}</option>`)}
      </select>
    </label>
    <label>${d("jobs.from")} <input name="since" type="date" .value=${i.since} @change=${s("since")} /></label>
    <label>${d("jobs.to")} <input name="until" type="date" .value=${i.until} @change=${s("until")} /></label>
    <label
      >${d("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${i.filament} @input=${l("filament")} />
      <datalist id="filament-types">${e.filamentTypes.map(r=>v`<option value=${r}></option>`)}</datalist>
    </label>
    <label
      >${d("jobs.tags_filter")}
      <input name="tags" .value=${i.tags} @input=${l("tags")} />
    </label>
    <button class="btn clear" @click=${()=>e.clearFilters()}>${d("jobs.clear_filters")}</button>
  </div>`}const ap=[25,50,100,200],op=300,cp=1500,up=["filename","printer","status"];class dp{constructor(t,i,s){this.host=t,this.timeZone=i,this.listHeld=s,this.filters={...ka},this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.selected=new Set,this.filamentTypes=[],this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return sp(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const i=++this.listToken;this.loading=!0,this.error="",this.changed();try{const s=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(i!==this.listToken)return;this.jobs=s.jobs,this.total=s.total,this.nextCursor=s.next_cursor,this.loaded=!0}catch(s){i===this.listToken&&(this.error=Xt(s))}finally{i===this.listToken&&(this.loading=!1),this.changed()}}async loadSummary(){const t=this.host.api;if(!t)return;const i=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const s=await t.summary(lp(this.params()));i===this.summaryToken&&(this.summary=s)}catch(s){i===this.summaryToken&&(this.error||=Xt(s))}finally{i===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const i=await t.breakdown({},"filament_type");this.filamentTypes=i.rows.map(s=>s.label??(s.key===null?"":String(s.key))).filter(s=>s).sort((s,l)=>s.localeCompare(l)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const i=this.pendingList;this.pendingList=!1,i&&!this.listHeld()&&this.loadPage(),this.loadSummary()},cp)}setFilter(t,i,s=!1){this.filters={...this.filters,[t]:i},this.changed(),clearTimeout(this.searchTimer),s?this.searchTimer=setTimeout(()=>{this.reload()},op):this.reload()}clearFilters(){this.filters={...ka},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,i])=>t!=="q"&&i).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=up.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(i=>i.id===t.id)?(this.jobs=this.jobs.map(i=>i.id===t.id?{...i,...pp(t)}:i),this.changed(),!0):!1}dropJob(t){this.jobs.some(i=>i.id===t)&&(this.jobs=this.jobs.filter(i=>i.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,i){this.jobs=this.jobs.filter(s=>!t.has(s.id)),this.total=Math.max(this.total-i,0),this.selected=new Set([...this.selected].filter(s=>!t.has(s))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,i){const s=new Set(this.selected);i?s.add(t):s.delete(t),this.selected=s,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(i=>i.id)):new Set,this.changed()}}function pp(e){const{details:t,events:i,metadata:s,...l}=e;return l}const hp=ie`
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
`;const Sa=(e,t,i)=>{const s=new Map;for(let l=t;l<=i;l++)s.set(e[l],l);return s},Eo=ja(class extends Aa{constructor(e){if(super(e),e.type!==Sc.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,i){let s;i===void 0?i=t:t!==void 0&&(s=t);const l=[],r=[];let o=0;for(const h of e)l[o]=s?s(h,o):o,r[o]=i(h,o),o++;return{values:r,keys:l}}render(e,t,i){return this.dt(e,t,i).values}update(e,[t,i,s]){const l=Hc(e),{values:r,keys:o}=this.dt(t,i,s);if(!Array.isArray(l))return this.ut=o,r;const h=this.ut??=[],p=[];let m,$,g=0,y=l.length-1,S=0,E=r.length-1;for(;g<=y&&S<=E;)if(l[g]===null)g++;else if(l[y]===null)y--;else if(h[g]===o[S])p[S]=Li(l[g],r[S]),g++,S++;else if(h[y]===o[E])p[E]=Li(l[y],r[E]),y--,E--;else if(h[g]===o[E])p[E]=Li(l[g],r[E]),xs(e,p[E+1],l[g]),g++,E--;else if(h[y]===o[S])p[S]=Li(l[y],r[S]),xs(e,l[g],l[y]),y--,S++;else if(m===void 0&&(m=Sa(o,S,E),$=Sa(h,g,y)),m.has(h[g]))if(m.has(h[y])){const C=$.get(o[S]),z=C!==void 0?l[C]:null;if(z===null){const N=xs(e,l[g]);Li(N,r[S]),p[S]=N}else p[S]=Li(z,r[S]),xs(e,l[g],z),l[C]=null;S++}else Hl(l[y]),y--;else Hl(l[g]),g++;for(;S<=E;){const C=xs(e,p[E+1]);Li(C,r[S]),p[S++]=C}for(;g<=y;){const C=l[g++];C!==null&&Hl(C)}return this.ut=o,Pa(e,p),Tc}}),Ta=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function fp(e){const{list:t,changes:i,admin:s}=e,l=Ta.length+(s?2:0);return v`<div class="table-wrap">
    <table aria-label=${d("jobs.print_jobs")} aria-busy=${t.loading?"true":"false"} aria-rowcount=${t.total+1}>
      <thead>
        <tr>
          ${s?v`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${d("jobs.select_all")}
                  .checked=${t.allSelected}
                  @change=${r=>t.toggleAll(r.target.checked)}
                />
              </th>`:B}
          ${Ta.map(r=>mp(t,r))}
          ${s?v`<th scope="col"><span class="sr-only">${d("jobs.actions")}</span></th>`:B}
        </tr>
      </thead>
      <tbody>
        ${Eo(t.jobs,r=>r.id,r=>v`${gp(e,r)}
          ${i.editingId===r.id?v`<tr class="editor-row">
                <td colspan=${l}>${Ao(i,r)}</td>
              </tr>`:B}`)}
        ${t.loaded&&!t.jobs.length?v`<tr>
              <td class="empty muted" colspan=${l}>${d("jobs.no_match")}</td>
            </tr>`:B}
      </tbody>
    </table>
  </div>`}function mp(e,t){const i=t.sort&&t.sort===e.sort,s=i?e.order==="asc"?"ascending":"descending":void 0;return v`<th scope="col" aria-sort=${s??B}>
    ${t.sort?v`<button class="sort" @click=${()=>e.sortBy(t.sort)}>
          ${d(t.label)}<span aria-hidden="true">${i?e.order==="asc"?"▲":"▼":""}</span>
        </button>`:d(t.label)}
  </th>`}function gp(e,t){const{list:i,changes:s,admin:l,options:r}=e,o=Qs(t.filament_colour);return v`<tr data-job-id=${t.id} class=${i.selected.has(t.id)?"selected":""}>
    ${l?v`<td>
          <input
            type="checkbox"
            aria-label=${d("jobs.select",{file:qe(t.filename)})}
            .checked=${i.selected.has(t.id)}
            @change=${h=>i.toggleSelected(t.id,h.target.checked)}
          />
        </td>`:B}
    <td>${Lo(s,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${mn(t.status)}</td>
    <td class="num" data-col="start" title=${hi(t.start,r)}>${hi(t.start,r,!1)}</td>
    <td class="num" data-col="print_duration">${pi(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${o?v`<span class="swatch" style=${`background:${o}`}></span>`:B}
      ${gn(t.filament_weight_g,t.filament_used_mm,r)}
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
      <span>${t.failure_reason?v`<strong class="status-error">${t.failure_reason}</strong> `:B}${t.notes??""}</span>
    </td>
    ${l?v`<td class="actions">${jo(s,t)}</td>`:B}
  </tr>`}function Lo(e,t){return v`<button class="file" data-col="filename" @click=${()=>e.showJob(t.id)} aria-haspopup="dialog">
    ${al(t.filename)}
  </button>`}function jo(e,t){return v`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${d("jobs.edit",{file:qe(t.filename)})}
      aria-expanded=${e.editingId===t.id?"true":"false"}
      @click=${()=>e.toggleEditor(t)}
    >
      ${Gt(za)}
    </button>
    <button class="icon-btn" aria-label=${d("jobs.delete",{file:qe(t.filename)})} @click=${()=>e.askDelete([t])}>
      ${Gt(bn)}
    </button>`}function Ao(e,t){return v`<pl-job-editor
    .job=${t}
    .busy=${e.savingId===t.id}
    .error=${e.editError}
    @save=${i=>e.saveEditor(t,i.detail.changes)}
    @cancel=${()=>e.closeEditor(t.id)}
  ></pl-job-editor>`}function bp(e){const{list:t,changes:i,admin:s,options:l}=e;return t.loaded&&!t.jobs.length?v`<div class="empty muted">${d("jobs.no_match")}</div>`:v`<ul class="cards" aria-label=${d("jobs.print_jobs")}>
    ${Eo(t.jobs,r=>r.id,r=>v`<li class="card" data-job-id=${r.id}>
        <div class="head">${Lo(i,r)} ${mn(r.status)}</div>
        <div class="line">
          ${r.printer_name} · ${hi(r.start,l)} · ${pi(r.print_duration)} ·
          ${gn(r.filament_weight_g,r.filament_used_mm,l)}
        </div>
        ${r.tags.length?v`<div>${r.tags.map(o=>v`<span class="tag">${o}</span>`)}</div>`:B}
        ${r.notes?v`<div class="notes" data-col="notes">${r.notes}</div>`:B}
        <div class="row-actions">
          <pl-rating
            .value=${r.rating}
            .subject=${qe(r.filename)}
            ?readonly=${!s}
            @value-changed=${o=>i.save(r,{rating:o.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${s?jo(i,r):B}
        </div>
        ${i.editingId===r.id?Ao(i,r):B}
      </li>`)}
  </ul>`}function yp(e){const t=e.page*e.limit+(e.jobs.length?1:0),i=e.page*e.limit+e.jobs.length;return v`<nav class="pager" aria-label=${d("jobs.pages")}>
    <label
      >${d("jobs.rows_per_page")}
      <select @change=${s=>e.setLimit(Number(s.target.value))}>
        ${ap.map(s=>v`<option value=${s} ?selected=${s===e.limit}>${s}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${e.total}>${d("jobs.range",{first:t,last:i,total:e.total})}</span>
    <button class="icon-btn" aria-label=${d("jobs.previous_page")} ?disabled=${e.page===0||e.loading} @click=${()=>e.prevPage()}>
      ${Gt(Uc)}
    </button>
    <button class="icon-btn" aria-label=${d("jobs.next_page")} ?disabled=${!e.nextCursor||e.loading} @click=${()=>e.nextPage()}>
      ${Gt(Bc)}
    </button>
  </nav>`}var $p=Object.defineProperty,Ps=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&$p(t,i,l),l};const Un=class Un extends oe{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return v`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${d("common.close")} @click=${this.close}>${Gt(Wc)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=vp(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Ze(this,"closed")}};Un.styles=[ce,ie`
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
    `];let gi=Un;Ps([V()],gi.prototype,"heading");Ps([V({type:Boolean,reflect:!0})],gi.prototype,"open");Ps([V({type:Boolean})],gi.prototype,"wide");Ps([Da("dialog")],gi.prototype,"dialog");Ps([X()],gi.prototype,"hasActions");function vp(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}ue("pl-dialog",gi);const Ea=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function qs(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function _p(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(e).filter(([l,r])=>!t.has(l)&&r!==null&&r!==""),s=l=>{const r=Ea.indexOf(l);return r<0?Ea.length:r};return i.sort(([l],[r])=>s(l)-s(r)||l.localeCompare(r))}function fn(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function wp(e,t){const i={},s=t.notes?.trim()?t.notes:null;(e.notes||null)!==s&&(i.notes=s??""),(e.rating??null)!==t.rating&&(i.rating=t.rating);const l=t.tags;(l.length!==e.tags.length||l.some((o,h)=>o!==e.tags[h]))&&(i.tags=l);const r=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==r&&(i.failure_reason=r),(e.cost??null)!==t.cost&&(i.cost=t.cost),i}function xp(e,t,i=In(),s=new Date){const l={};e.printer_id||(l.printer_id=d("form.choose_printer"));const r=e.filename.trim();r||(l.filename=d("form.enter_filename")),yn.includes(e.status)||(l.status=d("form.choose_status"));const o=Xl(e.start_date,e.start_time||"00:00",t);if(!o)l.start=d("form.enter_start");else if(i){const w=Date.parse(o);w>s.getTime()+i.job_time.future_tolerance*1e3?l.start=d("form.start_future"):w<Date.parse(i.job_time.earliest)&&(l.start=d("form.start_before",{date:i.job_time.earliest.slice(0,10)}))}const h=(w,j,k)=>{if(!w.trim())return;const G=Number(w);if(!Number.isFinite(G)||G<0){l[j]=d("form.positive",{field:k});return}return G},p=h(e.hours,"duration",d("form.hours"))??0,m=h(e.minutes,"duration",d("form.minutes"))??0,$=h(e.filament_g,"filament_g",d("form.filament_weight")),g=h(e.filament_m,"filament_m",d("form.filament_length")),y=h(e.cost,"cost",d("kpi.cost")),S=(w,j,k,G)=>{const P=j===void 0||l[k]?"":So(w,j,G,i);P&&(l[k]=P)};S("print_duration",p*3600+m*60,"duration",d("form.print_time_s")),S("filament_weight_g",$,"filament_g",d("form.filament_weight")),S("filament_used_mm",g===void 0?void 0:g*1e3,"filament_m",d("form.filament_length_mm")),S("cost",y,"cost",d("kpi.cost"));const E=i?.tags.max_length;if(E&&tl(e.tags).some(w=>w.length>E)&&(l.tags=d("form.tag_length",{count:E})),Object.keys(l).length||!o)return{errors:l};const C=Math.round(p*3600+m*60),z={printer_id:e.printer_id,filename:r,status:e.status,start:o,print_duration:C};C>0&&(z.end=new Date(Date.parse(o)+C*1e3).toISOString()),$!==void 0&&(z.filament_weight_g=$),g!==void 0&&(z.filament_used_mm=g*1e3),e.filament_type.trim()&&(z.filament_type=e.filament_type.trim()),y!==void 0&&(z.cost=y);const N=tl(e.tags);return N.length&&(z.tags=N),e.notes.trim()&&(z.notes=e.notes),e.failure_reason.trim()&&(z.failure_reason=e.failure_reason.trim()),e.rating&&(z.rating=e.rating),{job:z,errors:l}}const Vn=ie`
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
`;function ll(e){return v`<input
    name="cost"
    type="number"
    min="0"
    max=${In()?.numbers.cost?.max??B}
    step="0.01"
    inputmode="decimal"
    .value=${e.value}
    @input=${e.onInput}
    aria-invalid=${e.invalid===void 0?B:e.invalid?"true":"false"}
    aria-describedby=${e.describedBy??B}
  />`}function nl(e,t,i,s){return v`<div class="actions">
    ${t?v`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>Ze(e,"cancel")}>${d("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${i}>${s}</button>
  </div>`}var kp=Object.defineProperty,gl=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&kp(t,i,l),l};const Bn=class Bn extends oe{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const s=this.value?d("rating.rated",{n:this.value}):d("rating.none");return v`<span role="img" aria-label=${s} title=${s}
        >${[1,2,3,4,5].map(l=>v`<span class=${l<=t?"":"empty"}>${Gt(l<=t?Pr:zr)}</span>`)}</span
      >`}const i=this.subject?d("rating.of",{subject:this.subject}):d("rating.rating");return v`<span role="group" aria-label=${i}
      >${[1,2,3,4,5].map(s=>v`<button
            type="button"
            class=${s<=t?"":"empty"}
            aria-label=${d("rating.stars",{count:s})}
            aria-pressed=${s===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(s)}
          >
            ${Gt(s<=t?Pr:zr)}
          </button>`)}</span
    >`}choose(t){const i=t===this.value?null:t;this.value=i,Ze(this,"value-changed",{value:i})}};Bn.styles=[ce,ie`
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
    `];let Pi=Bn;gl([V({type:Number})],Pi.prototype,"value");gl([V({type:Boolean})],Pi.prototype,"readonly");gl([V({type:Boolean})],Pi.prototype,"disabled");gl([V()],Pi.prototype,"subject");ue("pl-rating",Pi);var Sp=Object.defineProperty,bi=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&Sp(t,i,l),l};const Wn=class Wn extends oe{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return v``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return v`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >${d("column.notes")}
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${i=>this.notes=i.target.value}
        ></textarea>
      </label>
      <div class="field">
        <span id="rating-label">${d("rating.rating")}</span>
        <pl-rating
          .value=${this.rating}
          .subject=${qe(this.job.filename)}
          @value-changed=${i=>this.rating=i.detail.value}
        ></pl-rating>
      </div>
      <label
        >${d("form.tags")}
        <input
          name="tags"
          .value=${this.tags}
          @input=${i=>this.tags=i.target.value}
        />
      </label>
      <label
        >${t?d("detail.failure_reason"):d("form.failure_reason_failed")}
        <input
          name="failure_reason"
          .value=${this.reason}
          @input=${i=>this.reason=i.target.value}
        />
      </label>
      <label
        >${d("kpi.cost")}
        ${ll({value:this.cost,onInput:i=>this.cost=i.target.value})}
      </label>
      ${nl(this,this.error,this.busy,d("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),Ze(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const i=this.cost.trim(),s=i===""?null:Number(i);if(s!==null&&(!Number.isFinite(s)||s<0)){this.error=d("form.positive",{field:d("kpi.cost")});return}const l=s===null?"":So("cost",s,d("kpi.cost"));if(l){this.error=l;return}const r=wp(this.job,{notes:this.notes,rating:this.rating,tags:tl(this.tags),failure_reason:this.reason,cost:s});Ze(this,"save",{changes:r})}};Wn.styles=[ce,Vn,ie`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let Re=Wn;bi([V({attribute:!1})],Re.prototype,"job");bi([V({type:Boolean})],Re.prototype,"busy");bi([V()],Re.prototype,"error");bi([X()],Re.prototype,"notes");bi([X()],Re.prototype,"rating");bi([X()],Re.prototype,"tags");bi([X()],Re.prototype,"reason");bi([X()],Re.prototype,"cost");ue("pl-job-editor",Re);var Tp=Object.defineProperty,je=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&Tp(t,i,l),l};const Gn=class Gn extends oe{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&ko(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const s=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=s,s.has_thumbnail){this.thumbnailState="loading";try{const l=await t.thumbnail(s.id);if(i!==this.loadToken)return;l?(this.thumbnailUrl=URL.createObjectURL(l),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(s){i===this.loadToken&&(this.error=Xt(s))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return v`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${d("common.retry")}</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return v`<p class="muted" aria-busy="true">${d("common.loading")}</p>`;const s=Qs(t.filament_colour);return v`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?v`<img src=${this.thumbnailUrl??""} alt=${d("detail.thumbnail_of",{file:qe(t.filename)})} />`:v`<span class="muted"
                >${this.thumbnailState==="loading"?d("common.loading"):this.thumbnailState==="error"?d("detail.thumbnail_unavailable"):d("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${al(t.filename)}</div>
          <p>${mn(t.status)} <span class="muted">${La("source",t.source)}</span></p>
          <dl>
            <dt>${d("common.printer")}</dt>
            <dd>${t.printer_name}</dd>
            <dt>${d("detail.job_id")}</dt>
            <dd class="job-id">
              <code>${t.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label=${d("detail.copy_id")}
                title=${d("detail.copy_id_title")}
                @click=${()=>{this.copyId(t.id)}}
              >
                ${this.copied?d("detail.copied"):d("detail.copy")}
              </button>
            </dd>
            <dt>${d("column.started")}</dt>
            <dd>${hi(t.start,i)}</dd>
            <dt>${d("detail.ended")}</dt>
            <dd>${hi(t.end,i)}</dd>
            <dt>${d("kpi.print_time")}</dt>
            <dd>
              ${pi(t.print_duration)}
              ${t.estimated_time?v`<span class="muted">(${d("detail.estimated",{time:pi(t.estimated_time)})})</span>`:B}
            </dd>
            <dt>${d("detail.total_time")}</dt>
            <dd>${pi(t.total_duration)}</dd>
            ${t.pause_count?v`<dt>${d("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${pi(t.paused_duration)})</dd>`:B}
            <dt>${d("kpi.filament")}</dt>
            <dd>
              ${s?v`<span class="swatch" style=${`background:${s}`}></span>`:B}
              ${gn(t.filament_weight_g,t.filament_used_mm,i)}
              ${t.filament_type??""}
              <span class="muted">${Ye(t.filament_used_mm/1e3,i,2)} m</span>
            </dd>
            <dt>${d("kpi.cost")}</dt>
            <dd>${tn(t.cost,i)}</dd>
            ${t.error_message?v`<dt>${d("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:B}
          </dl>
        </div>
      </div>

      <h3>${d("detail.notes_rating")}</h3>
      ${this.editing?v`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:v`<dl>
              <dt>${d("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${d("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(l=>v`<span class="tag">${l}</span>`):"—"}</dd>
              <dt>${d("detail.failure_reason")}</dt>
              <dd>${t.failure_reason||"—"}</dd>
              <dt>${d("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${this.admin?v`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${Gt(za)} ${d("common.edit")}</button>
                  <button class="btn danger" @click=${()=>Ze(this,"delete-jobs",{jobs:[t]})}>
                    ${Gt(bn)} ${d("common.delete")}
                  </button>
                </div>`:B}`}

      <h3>${d("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${d("detail.timeline")}</h3>
      ${t.events.length?v`<ol class="timeline">
            ${t.events.map(l=>v`<li>
                <strong>${La("event",l.type)}</strong>
                <span class="muted">${hi(l.at,i)}</span>
                ${l.data&&Object.keys(l.data).length?v`<div class="muted">
                      ${Object.entries(l.data).map(([r,o])=>v`<span>${fn(r)}: ${qs(o)}</span> `)}
                    </div>`:B}
              </li>`)}
          </ol>`:v`<p class="muted">${d("detail.no_events")}</p>`}

      <h3>${d("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?v`<details>
            <summary>${d("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([l,r])=>v`<tr>
                    <th scope="row">${l}</th>
                    <td><pre>${qs(r)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:v`<p class="muted">${d("detail.no_metadata")}</p>`}
    `}renderDetails(t){const i=_p(t.details);return i.length?v`<table>
      <tbody>
        ${i.map(([s,l])=>v`<tr>
            <th scope="row">${fn(s)}</th>
            <td>${typeof l=="object"?v`<pre>${qs(l)}</pre>`:qs(l)}</td>
          </tr>`)}
      </tbody>
    </table>`:v`<p class="muted">${d("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const i=this.renderRoot.querySelector(".job-id code"),s=document.createRange();i&&s.selectNodeContents(i);const l=window.getSelection();l?.removeAllRanges(),l?.addRange(s),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const s=await this.api.updateJob(this.job.id,i);this.job={...this.job,...s},this.editing=!1,Ze(this,"job-updated",{job:s})}catch(s){this.saveError=Xt(s)}finally{this.saving=!1}}};Gn.styles=[ce,ie`
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
    `];let ee=Gn;je([V({attribute:!1})],ee.prototype,"api");je([V({attribute:!1})],ee.prototype,"options");je([V()],ee.prototype,"jobId");je([V({type:Boolean})],ee.prototype,"admin");je([X()],ee.prototype,"job");je([X()],ee.prototype,"error");je([X()],ee.prototype,"editing");je([X()],ee.prototype,"saving");je([X()],ee.prototype,"saveError");je([X()],ee.prototype,"thumbnailUrl");je([X()],ee.prototype,"thumbnailState");je([X()],ee.prototype,"copied");ue("pl-job-detail",ee);function La(e,t){const i=`${e}.${t}`,s=d(i);return s===i?fn(t):s}var Ep=Object.defineProperty,hs=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&Ep(t,i,l),l};const Jn=class Jn extends oe{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:Ar(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const i={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},s={};for(const[l,r]of Object.entries(t)){const o=i[l]??l;s[o]??=`${l}: ${r}`}this.errors=s}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return i=>{this.values={...this.values,[t]:i.target.value}}}field(t){return this.errors[t]?v`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,i=s=>this.errors[s]?`err-${s}`:"";return v`<form @submit=${this.onSubmit} novalidate>
      <label
        >${d("common.printer")}
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${i("printer_id")}>
          ${this.printers.map(s=>v`<option value=${s.id} ?selected=${s.id===t.printer_id}>${s.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >${d("column.status")}
        <select name="status" @change=${this.set("status")}>
          ${yn.map(s=>v`<option value=${s} ?selected=${s===t.status}>${Xs(s)}</option>`)}
        </select>
        ${this.field("status")}
      </label>
      <label class="wide"
        >${d("form.filename")}
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
        >${d("form.start")}
        <span class="pair">
          <input
            name="start_date"
            type="date"
            aria-label=${d("form.start_date")}
            max=${Ar(new Date,this.timeZone)}
            .value=${t.start_date}
            @input=${this.set("start_date")}
            aria-invalid=${this.errors.start?"true":"false"}
            aria-describedby=${i("start")}
          />
          <input name="start_time" type="time" aria-label=${d("form.start_time")} .value=${t.start_time} @input=${this.set("start_time")} />
        </span>
        ${this.field("start")}
      </label>
      <label
        >${d("kpi.print_time")}
        <span class="pair">
          <input name="hours" type="number" min="0" placeholder=${d("form.hours_symbol")} aria-label=${d("form.hours")} .value=${t.hours} @input=${this.set("hours")} />
          <input
            name="minutes"
            type="number"
            min="0"
            max="59"
            placeholder=${d("form.minutes_symbol")}
            aria-label=${d("form.minutes")}
            .value=${t.minutes}
            @input=${this.set("minutes")}
          />
        </span>
        ${this.field("duration")}
      </label>
      <label
        >${d("form.filament_g")}
        <input name="filament_g" type="number" min="0" step="0.1" .value=${t.filament_g} @input=${this.set("filament_g")} />
        ${this.field("filament_g")}
      </label>
      <label
        >${d("form.filament_m")}
        <input name="filament_m" type="number" min="0" step="0.01" .value=${t.filament_m} @input=${this.set("filament_m")} />
        ${this.field("filament_m")}
      </label>
      <label
        >${d("jobs.filament_type")}
        <input name="filament_type" placeholder="PLA" .value=${t.filament_type} @input=${this.set("filament_type")} />
      </label>
      <label
        >${d("kpi.cost")}
        ${ll({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:i("cost")})}
        ${this.field("cost")}
      </label>
      <label
        >${d("form.tags")}
        <input name="tags" .value=${t.tags} @input=${this.set("tags")} aria-describedby=${i("tags")} />
        ${this.field("tags")}
      </label>
      <label
        >${d("detail.failure_reason")}
        <input name="failure_reason" .value=${t.failure_reason} @input=${this.set("failure_reason")} />
      </label>
      <div>
        <span style="font-size:0.9em">${d("rating.rating")}</span><br />
        <pl-rating
          .value=${t.rating}
          @value-changed=${s=>this.values={...this.values,rating:s.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >${d("column.notes")}
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      ${nl(this,this.error,this.busy,d("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:i,errors:s}=xp(this.values,this.timeZone);this.errors=s,i?Ze(this,"create",{job:i}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Jn.styles=[ce,Vn,ie`
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
    `];let ii=Jn;hs([V({attribute:!1})],ii.prototype,"printers");hs([V()],ii.prototype,"timeZone");hs([V({type:Boolean})],ii.prototype,"busy");hs([V()],ii.prototype,"error");hs([X()],ii.prototype,"values");hs([X()],ii.prototype,"errors");ue("pl-job-form",ii);var Lp=Object.defineProperty,fs=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&Lp(t,i,l),l};const ql=20,Yn=class Yn extends oe{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.list=new dp(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new ip(this,this.list)}willUpdate(t){t.has("api")&&this.api&&(this.list.reload(),this.list.loadFilamentTypes(),ko(this.api))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const i=this.list.applyJob(t.job);this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(i||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:i}=this,s=this.options?{list:t,changes:i,admin:this.admin,options:this.options}:void 0;return v`
      <section aria-label=${d("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${np({list:t,changes:i,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?rp(t,this.printers):B}
      ${t.error?v`<div class="error-banner" role="alert">
            <span>${d("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${Gt(Ia)} ${d("common.retry")}</button>
          </div>`:B}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?v`<div class="loading-bar" role="progressbar" aria-label=${d("jobs.loading")}></div>`:B}
        ${s?this.narrow?bp(s):fp(s):B} ${yp(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${i.message?"message":"sr-only"}>${i.message}</div>
    `}renderDialogs(){const t=this.changes,i=t.confirmJobs.length;return v`
      <pl-dialog .heading=${d("jobs.delete_heading",{count:i})} .open=${i>0} @closed=${()=>t.cancelDelete()}>
        <p>${d("jobs.delete_text",{count:i})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,ql).map(s=>v`<li>${al(s.filename)} <span class="muted">(${s.printer_name})</span></li>`)}
          ${i>ql?v`<li class="muted">${d("jobs.and_more",{n:i-ql})}</li>`:B}
        </ul>
        ${t.deleteError?v`<p class="status-error" role="alert">${t.deleteError}</p>`:B}
        <button slot="actions" class="btn" @click=${()=>t.cancelDelete()}>${d("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${t.deleting} @click=${()=>t.confirmDelete()}>
          ${d("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${d("jobs.details")} wide .open=${!!t.detailId} @closed=${()=>t.closeJob()}>
        ${t.detailId?v`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${t.detailId}
              .admin=${this.admin}
              @job-updated=${s=>this.list.applyJob(s.detail.job)}
              @delete-jobs=${s=>t.askDelete(s.detail.jobs)}
            ></pl-job-detail>`:B}
      </pl-dialog>
      <pl-dialog heading=${d("jobs.add_heading")} .open=${t.adding} @closed=${()=>t.closeAdd()}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.options?.timeZone}
          .busy=${t.addBusy}
          .error=${t.addError}
          @create=${s=>t.create(s.detail.job)}
          @cancel=${()=>t.closeAdd()}
        ></pl-job-form>
      </pl-dialog>
    `}};Yn.styles=[ce,hp];let si=Yn;fs([V({attribute:!1})],si.prototype,"api");fs([V({attribute:!1})],si.prototype,"options");fs([V({attribute:!1})],si.prototype,"printers");fs([V({type:Boolean})],si.prototype,"admin");fs([V({type:Boolean,reflect:!0})],si.prototype,"narrow");fs([X()],si.prototype,"showFilters");ue("pl-jobs-view",si);var jp=Object.defineProperty,Ap=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&jp(t,i,l),l};const qn=class qn extends oe{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?v`<ul aria-label=${d("common.printers")}>
      ${this.printers.map(t=>{const i=t.current_job,s=t.online&&!!i&&(t.print_state==="printing"||t.print_state==="paused"),l=Ec(t),r=Lc(t);return v`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${s?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${l}</span>
          </div>
          ${i?v`<button class="file" title=${qe(i.filename)} @click=${()=>Ze(this,"show-job",{jobId:i.id})}>
                  ${al(i.filename)}
                </button>
                ${jc(i)}
                <div class="meta">
                  <span>${Ac(i)} %</span>
                  <span>${d("live.elapsed",{time:pi(i.print_duration)})}</span>
                  <span>${r!==null?d("live.left",{time:pi(r)}):""}</span>
                </div>`:v`<span class="muted">${d("live.no_job")}</span>`}
        </li>`})}
    </ul>`:v``}};qn.styles=[ce,Ma,ie`
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
    `];let rl=qn;Ap([V({attribute:!1})],rl.prototype,"printers");ue("pl-live-strip",rl);var Cp=Object.defineProperty,se=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&Cp(t,i,l),l};const Mp=["interval_hours","interval_filament_kg","interval_jobs","interval_days"],Dp={interval_hours:"hours",interval_filament_kg:"filament_kg",interval_jobs:"jobs",interval_days:"days"},Pp={name:"",interval_hours:"",interval_filament_kg:"",interval_jobs:"",interval_days:"",cost:"",notes:""};function Ts(e){return e.trim()===""?null:Number(e)}const Zn=class Zn extends oe{constructor(){super(),this.printers=[],this.admin=!1,this.active=!1,this.printerId="",this.error="",this.formErrors={},this.formError="",this.doneNotes="",this.doneCost="",this.busy=!1,this.addEventListener("cancel",()=>{this.form=void 0,this.doneFor=void 0})}willUpdate(){!this.printerId&&this.printers.length&&(this.printerId=this.printers[0]?.id??""),this.active&&this.api&&this.printerId&&this.loadedFor!==this.printerId&&(this.loadedFor=this.printerId,this.load())}async load(){if(!(!this.api||!this.printerId))try{this.data=await this.api.getMaintenance([this.printerId]),this.error=""}catch(t){this.error=Xt(t)}}figures(t){const i=this.options;return Mp.filter(s=>t[s]!==null).map(s=>{const l=Dp[s],r=l==="filament_kg"?2:l==="hours"?1:0;return d(`maintenance.left_${l}`,{left:Ye(t.remaining[l]??0,i,r),of:Ye(t[s],i,r)})})}async markDone(t){if(this.api){this.busy=!0;try{await this.api.logMaintenance({task_id:t.id,notes:this.doneNotes||void 0,cost:this.doneCost===""?void 0:Number(this.doneCost)}),this.doneFor=void 0,this.doneNotes="",this.doneCost="",await this.load()}catch(i){this.error=Xt(i)}finally{this.busy=!1}}}async removeTask(t){if(!(!this.api||!confirm(d("maintenance.delete_confirm",{name:t.name}))))try{await this.api.deleteTask(t.id),await this.load()}catch(i){this.error=Xt(i)}}async removeEntry(t){if(this.api)try{await this.api.deleteLogEntry(t),await this.load()}catch(i){this.error=Xt(i)}}edit(t){this.formErrors={},this.formError="",this.form=t?{id:t.id,name:t.name,interval_hours:t.interval_hours?.toString()??"",interval_filament_kg:t.interval_filament_kg?.toString()??"",interval_jobs:t.interval_jobs?.toString()??"",interval_days:t.interval_days?.toString()??"",cost:t.cost?.toString()??"",notes:t.notes??""}:{...Pp}}async save(t){t.preventDefault();const i=this.form;if(!i||!this.api)return;const s={name:i.name,interval_hours:Ts(i.interval_hours),interval_filament_kg:Ts(i.interval_filament_kg),interval_jobs:Ts(i.interval_jobs),interval_days:Ts(i.interval_days),cost:Ts(i.cost),notes:i.notes||null};this.busy=!0;try{i.id?await this.api.updateTask(i.id,s):await this.api.createTask({...s,printer_id:this.printerId}),this.form=void 0,await this.load()}catch(l){this.formErrors=Ca(l),this.formError=Object.keys(this.formErrors).length?d("maintenance.fix_fields"):Xt(l)}finally{this.busy=!1}}input(t,i="number",s="any"){const l=this.form,r=In()?.numbers[t],o=this.formErrors[t];return v`<label
      >${d(`maintenance.field.${t}`)}
      <input
        name=${t}
        type=${i}
        step=${s}
        min=${r?.min??B}
        max=${r?.max??B}
        .value=${l[t]??""}
        @input=${h=>this.form={...l,[t]:h.target.value}}
        aria-invalid=${o?"true":"false"}
        aria-describedby=${o?`err-${t}`:B}
      />
      ${o?v`<span class="err" id=${`err-${t}`}>${o}</span>`:B}
    </label>`}renderForm(){const t=this.form;return v`<div class="card">
      <h2>${t.id?d("maintenance.edit_task"):d("maintenance.add_task")}</h2>
      <form @submit=${this.save} novalidate>
        ${this.input("name","text")} ${this.input("interval_hours")} ${this.input("interval_filament_kg")}
        ${this.input("interval_jobs","number","1")} ${this.input("interval_days","number","1")}
        <label
          >${d("maintenance.field.cost")}
          ${ll({value:t.cost,onInput:i=>this.form={...t,cost:i.target.value},invalid:!!this.formErrors.cost})}
          ${this.formErrors.cost?v`<span class="err">${this.formErrors.cost}</span>`:B}
        </label>
        ${this.formErrors.intervals?v`<span class="err wide" role="alert" id="err-intervals">${this.formErrors.intervals}</span>`:B}
        ${nl(this,this.formError,this.busy,d("common.save"))}
      </form>
    </div>`}renderTask(t){const i=this.options,s=t.status==="due"?"error":t.status==="soon"?"warn":void 0;return v`<div class="card task" data-task=${t.id}>
      <h3>
        <span>${t.name}</span>
        <span class="badge ${t.status}">${d(`maintenance.status.${t.status}`)}</span>
      </h3>
      ${Cc(t.fraction,d("maintenance.progress_of",{name:t.name}),s)}
      <div class="figures">${this.figures(t).join(" · ")}</div>
      <div class="rate">
        ${d("maintenance.last_done",{when:t.last_done?hi(t.last_done,i):"—"})}
        · ${d("maintenance.failure_rate",{since:Zl(t.failure_rate_since===null?null:t.failure_rate_since*100,i),before:Zl(t.failure_rate_before===null?null:t.failure_rate_before*100,i)})}
      </div>
      ${this.admin?this.doneFor===t.id?v`<form
              @submit=${l=>{l.preventDefault(),this.markDone(t)}}
            >
              <label class="wide"
                >${d("maintenance.field.notes")}
                <input name="notes" .value=${this.doneNotes} @input=${l=>this.doneNotes=l.target.value} />
              </label>
              <label
                >${d("maintenance.field.cost")}
                ${ll({value:this.doneCost,onInput:l=>this.doneCost=l.target.value})}
              </label>
              ${nl(this,"",this.busy,d("maintenance.log_done"))}
            </form>`:v`<div class="row">
              <button class="btn primary" @click=${()=>this.doneFor=t.id}>${d("maintenance.done")}</button>
              <button class="btn" @click=${()=>this.edit(t)}>${d("common.edit")}</button>
              <button class="btn danger" @click=${()=>this.removeTask(t)}>${d("common.delete")}</button>
            </div>`:B}
    </div>`}render(){if(!this.options)return B;const t=this.options,i=this.data;return v`
      <div class="toolbar">
        <label
          >${d("common.printer")}
          <select
            name="printer"
            @change=${s=>{this.printerId=s.target.value,this.form=void 0}}
          >
            ${this.printers.map(s=>v`<option value=${s.id} ?selected=${s.id===this.printerId}>${s.name}</option>`)}
          </select>
        </label>
        <span class="spacer"></span>
        ${i?v`<span>${d("maintenance.total_cost",{cost:tn(i.cost[this.printerId]??0,t)})}</span>`:B}
        ${this.admin?v`<button class="btn primary" @click=${()=>this.edit()}>${d("maintenance.add_task")}</button>`:B}
      </div>
      ${this.error?v`<div class="error-banner" role="alert">${this.error}</div>`:B}
      ${this.form?this.renderForm():B}
      ${i?v`<div class="tasks">
              ${i.tasks.length?i.tasks.map(s=>this.renderTask(s)):v`<p>${d("maintenance.no_tasks")}</p>`}
            </div>
            <h2>${d("maintenance.log")}</h2>
            ${i.log.length?v`<table>
                  <thead>
                    <tr>
                      <th>${d("maintenance.when")}</th>
                      <th>${d("maintenance.field.name")}</th>
                      <th>${d("maintenance.by")}</th>
                      <th>${d("maintenance.field.notes")}</th>
                      <th>${d("maintenance.field.cost")}</th>
                      <th>${d("maintenance.counters")}</th>
                      ${this.admin?v`<th></th>`:B}
                    </tr>
                  </thead>
                  <tbody>
                    ${i.log.map(s=>v`<tr>
                        <td>${hi(s.done_at,t)}</td>
                        <td>${s.name}</td>
                        <td>${s.done_by??"—"}</td>
                        <td>${s.notes??""}</td>
                        <td>${s.cost===null?"—":tn(s.cost,t)}</td>
                        <td>
                          ${d("maintenance.counters_value",{hours:Ye(s.print_hours,t,1),jobs:Ye(s.jobs,t)})}
                        </td>
                        ${this.admin?v`<td>
                              <button class="btn danger" @click=${()=>this.removeEntry(s.id)}>${d("common.delete")}</button>
                            </td>`:B}
                      </tr>`)}
                  </tbody>
                </table>`:v`<p>${d("maintenance.no_log")}</p>`}`:v`<p>${d("common.loading")}</p>`}
    `}};Zn.styles=[ce,Ma,Vn,ie`
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
    `];let Ot=Zn;se([V({attribute:!1})],Ot.prototype,"api");se([V({attribute:!1})],Ot.prototype,"options");se([V({attribute:!1})],Ot.prototype,"printers");se([V({type:Boolean})],Ot.prototype,"admin");se([V({type:Boolean})],Ot.prototype,"active");se([X()],Ot.prototype,"printerId");se([X()],Ot.prototype,"data");se([X()],Ot.prototype,"error");se([X()],Ot.prototype,"form");se([X()],Ot.prototype,"formErrors");se([X()],Ot.prototype,"formError");se([X()],Ot.prototype,"doneFor");se([X()],Ot.prototype,"doneNotes");se([X()],Ot.prototype,"doneCost");se([X()],Ot.prototype,"busy");ue("pl-maintenance-view",Ot);var zp=Object.defineProperty,li=(e,t,i,s)=>{for(var l=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=o(t,i,l)||l);return l&&zp(t,i,l),l};const Zs=["jobs","analytics","maintenance"],Ip="Print Log",Kn=class Kn extends oe{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new Mc}willUpdate(t){if(t.has("hass")&&this.hass){const i=this.hass.connection;i!==this.connection&&(this.connection=i,this.api=new Dc(this.hass),this.resubscribe(),this.loadPrinters());const s=t.get("hass");if(!this.options||!s||s.locale!==this.hass.locale||s.config!==this.hass.config){const l=Cr(this.hass);l.language===this.language?this.options=l:l.language===Pc()?(this.options=l,this.language=l.language):this.switchLanguage(l)}}}async switchLanguage(t){const i=await zc(t.language,t.numberLocale);this.hass&&Cr(this.hass).language!==t.language||(this.options={...t,language:i},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,i=>this.onLiveEvent(i),i=>console.warn("print_logger: live updates unavailable:",Xt(i)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Xt(t)}}onLiveEvent(t){this.printers=Ic(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const i=Zs.indexOf(this.view),s=t.key==="ArrowLeft"?Zs.length-1:1,l=Zs[(i+s)%Zs.length]??"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"maintenance":l),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return B;const t=!!this.hass.user?.is_admin,i=(s,l,r)=>v`<button
        role="tab"
        id=${`tab-${s}`}
        aria-selected=${this.view===s?"true":"false"}
        aria-controls=${`view-${s}`}
        aria-label=${l}
        tabindex=${this.view===s?0:-1}
        @click=${()=>this.select(s)}
      >
        ${Gt(r)}<span class="label">${l}</span>
      </button>`;return v`
      <header>
        ${this.narrow?v`<button class="icon-btn" aria-label=${d("panel.open_sidebar")} @click=${()=>Ze(this,"hass-toggle-menu")}>
              ${Gt(Jc)}
            </button>`:B}
        <h1>${this.panel?.title&&this.panel.title!==Ip?this.panel.title:d("panel.title")}</h1>
        <div role="tablist" aria-label=${d("panel.views")} @keydown=${this.onTabKey}>
          ${i("jobs",d("panel.jobs"),qc)} ${i("analytics",d("panel.analytics"),Nc)}
          ${i("maintenance",d("panel.maintenance"),Zc)}
        </div>
      </header>
      ${Oc(this.language,v`<main>
        ${this.printersError?v`<div class="error-banner" role="alert">
              <span>${d("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${d("common.retry")}</button>
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
    `];let Le=Kn;li([V({attribute:!1})],Le.prototype,"hass");li([V({type:Boolean,reflect:!0})],Le.prototype,"narrow");li([V({attribute:!1})],Le.prototype,"panel");li([X()],Le.prototype,"view");li([X()],Le.prototype,"printers");li([X()],Le.prototype,"printersError");li([X()],Le.prototype,"api");li([X()],Le.prototype,"options");li([X()],Le.prototype,"language");ue("print-logger-panel",Le);
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
