import{K as Ec,M as Ya,N as qa,A as M,b as u,O as rn,Q as He,w as Ja,R as Tc,H as ol,m as b,a as qt,c as Qt,d as Nt,S as cn,D,G as Jt,T as Cc,E as G,U as Bo,V as Ac,W as Mc,X as Dc,Y as Pc,Z as Ic,C as zc,h as Rc,_ as Vc,j as Wt,$ as dn,a0 as Oc,i as Fc,a1 as Hc,P as Nc,B as Uc,a2 as Wo,a3 as Rs,a4 as Jl,a5 as al,a6 as Bc,o as Qe,a7 as Za,a8 as un,a9 as rl,aa as Wc,ab as Gc,x as jn,y as Ke,v as ii,z as Ln,q as ml,ac as Yc,F as Ee,ad as Zl,s as Ka,ae as qc,af as Go,p as Qa,n as Jc,r as Zc,u as Kc,t as Qc,ag as Xc,L as td,g as ed,f as Yo,e as id,I as sd,k as ld}from"./chunks/shared-CexpSgnN.js";const nd=(e,t,i)=>(i.configurable=!0,i.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,i),i);function Xa(e,t){return(i,s,l)=>{const o=r=>r.renderRoot?.querySelector(e)??null;return nd(i,s,{get(){return o(this)}})}}const{I:od}=Ec,qo=e=>e,Jo=()=>document.createComment(""),Ls=(e,t,i)=>{const s=e._$AA.parentNode,l=t===void 0?e._$AB:t._$AA;if(i===void 0){const o=s.insertBefore(Jo(),l),r=s.insertBefore(Jo(),l);i=new od(o,r,e,e.options)}else{const o=i._$AB.nextSibling,r=i._$AM,h=r!==e;if(h){let p;i._$AQ?.(e),i._$AM=e,i._$AP!==void 0&&(p=e._$AU)!==r._$AU&&i._$AP(p)}if(o!==l||h){let p=i._$AA;for(;p!==o;){const f=qo(p).nextSibling;qo(s).insertBefore(p,l),p=f}}}return i},Ai=(e,t,i=e)=>(e._$AI(t,i),e),ad={},tr=(e,t=ad)=>e._$AH=t,rd=e=>e._$AH,Kl=e=>{e._$AR(),e._$AA.remove()};const cd=Ya(class extends qa{constructor(){super(...arguments),this.key=M}render(e,t){return this.key=e,t}update(e,[t,i]){return t!==this.key&&(tr(e),this.key=t),i}});function Es(e,t,i,s=!1){return e.map(l=>{const o=l.key===null||l.key===void 0?"":String(l.key),r=l.label||o||u("common.unknown"),h=Number(l[t]??0);let p,f;t==="success_rate"?(p=rn(l.success_rate,i),f=u("common.n_jobs",{count:l.jobs,n:He(l.jobs,i)})):t==="filament_g"?(p=Ja(h,i,0),f=u("common.n_jobs",{count:l.jobs,n:He(l.jobs,i)})):t==="hours"?p=Tc(h,"hours",i,1):p=He(h,i);const $={key:o,label:r,value:h,display:p};if(f&&($.note=f),s){const g=ol(o)??ol(l.label);g&&($.colour=g)}return $})}var dd="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",ud="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",pd="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",hd="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",En="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",fd="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",md="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",er="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",gd="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",ir="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",Zo="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",Ko="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",bd="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z",sr="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";function Gt(e,t){return t?b`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:b`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const yd=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Qo=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Tn=yd.filter(e=>e!=="in_progress"),lr=["spaghetti","bed_adhesion","clog","layer_shift","filament_runout","cancelled_on_purpose","other"];function pn(e){return typeof e=="string"&&lr.includes(e)}function gl(e){return e?pn(e)?u(`failure.${e}`):e:""}var $d=Object.defineProperty,Cn=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&$d(t,i,l),l};const Zn=class Zn extends qt{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return b`<div class="empty muted">${u("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(i=>i.value),0);return b`<ul aria-label=${this.label}>
      ${this.items.map(i=>{const s=t>0?Math.max(0,Math.min(100,i.value/t*100)):0,l=cn({width:`${s}%`,...i.colour?{background:i.colour}:{}});return b`<li data-key=${i.key} data-value=${String(i.value)}>
          <span class="name"
            >${i.colour?b`<span class="swatch" style=${cn({background:i.colour})}></span>`:""}
            <span>${i.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${i.colour?"bar coloured":"bar"} style=${l}></span></span>
          <span class="value">${i.display}${i.note?b`<span class="note">${i.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Zn.styles=[Qt,Nt`
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
    `];let as=Zn;Cn([D()],as.prototype,"label");Cn([D({attribute:!1})],as.prototype,"items");Cn([D({type:Number})],as.prototype,"max");Jt("pl-bars",as);const vd=!0,Pt="u-",_d="uplot",wd=Pt+"hz",xd=Pt+"vt",kd=Pt+"title",Sd=Pt+"wrap",jd=Pt+"under",Ld=Pt+"over",Ed=Pt+"axis",Pi=Pt+"off",Td=Pt+"select",Cd=Pt+"cursor-x",Ad=Pt+"cursor-y",Md=Pt+"cursor-pt",Dd=Pt+"legend",Pd=Pt+"live",Id=Pt+"inline",zd=Pt+"series",Rd=Pt+"marker",Xo=Pt+"label",Vd=Pt+"value",Ms="width",Ds="height",Ts="top",ta="bottom",ls="left",Ql="right",An="#000",ea=An+"0",Xl="mousemove",ia="mousedown",tn="mouseup",sa="mouseenter",la="mouseleave",na="dblclick",Od="resize",Fd="scroll",oa="change",cl="dppxchange",Mn="--",fs=typeof window<"u",hn=fs?document:null,os=fs?window:null,Hd=fs?navigator:null;let dt,Qs;function fn(){let e=devicePixelRatio;dt!=e&&(dt=e,Qs&&gn(oa,Qs,fn),Qs=matchMedia(`(min-resolution: ${dt-.001}dppx) and (max-resolution: ${dt+.001}dppx)`),Ii(oa,Qs,fn),os.dispatchEvent(new CustomEvent(cl)))}function ge(e,t){if(t!=null){let i=e.classList;!i.contains(t)&&i.add(t)}}function mn(e,t){let i=e.classList;i.contains(t)&&i.remove(t)}function _t(e,t,i){e.style[t]=i+"px"}function Ve(e,t,i,s){let l=hn.createElement(e);return t!=null&&ge(l,t),i?.insertBefore(l,s),l}function je(e,t){return Ve("div",e,t)}const aa=new WeakMap;function Ze(e,t,i,s,l){let o="translate("+t+"px,"+i+"px)",r=aa.get(e);o!=r&&(e.style.transform=o,aa.set(e,o),t<0||i<0||t>s||i>l?ge(e,Pi):mn(e,Pi))}const ra=new WeakMap;function ca(e,t,i){let s=t+i,l=ra.get(e);s!=l&&(ra.set(e,s),e.style.background=t,e.style.borderColor=i)}const da=new WeakMap;function ua(e,t,i,s){let l=t+""+i,o=da.get(e);l!=o&&(da.set(e,l),e.style.height=i+"px",e.style.width=t+"px",e.style.marginLeft=s?-t/2+"px":0,e.style.marginTop=s?-i/2+"px":0)}const Dn={passive:!0},Nd={...Dn,capture:!0};function Ii(e,t,i,s){t.addEventListener(e,i,s?Nd:Dn)}function gn(e,t,i,s){t.removeEventListener(e,i,Dn)}fs&&fn();function Oe(e,t,i,s){let l;i=i||0,s=s||t.length-1;let o=s<=2147483647;for(;s-i>1;)l=o?i+s>>1:be((i+s)/2),t[l]<e?i=l:s=l;return e-t[i]<=t[s]-e?i:s}function nr(e){return(i,s,l)=>{let o=-1,r=-1;for(let h=s;h<=l;h++)if(e(i[h])){o=h;break}for(let h=l;h>=s;h--)if(e(i[h])){r=h;break}return[o,r]}}const or=e=>e!=null,ar=e=>e!=null&&e>0,bl=nr(or),Ud=nr(ar);function Bd(e,t,i,s=0,l=!1){let o=l?Ud:bl,r=l?ar:or;[t,i]=o(e,t,i);let h=e[t],p=e[t];if(t>-1)if(s==1)h=e[t],p=e[i];else if(s==-1)h=e[i],p=e[t];else for(let f=t;f<=i;f++){let $=e[f];r($)&&($<h?h=$:$>p&&(p=$))}return[h??mt,p??-mt]}function yl(e,t,i,s){let l=fa(e),o=fa(t);e==t&&(l==-1?(e*=i,t/=i):(e/=i,t*=i));let r=i==10?si:rr,h=l==1?be:Le,p=o==1?Le:be,f=h(r(Dt(e))),$=p(r(Dt(t))),g=rs(i,f),v=rs(i,$);return i==10&&(f<0&&(g=gt(g,-f)),$<0&&(v=gt(v,-$))),s||i==2?(e=g*l,t=v*o):(e=pr(e,g),t=$l(t,v)),[e,t]}function Pn(e,t,i,s){let l=yl(e,t,i,s);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}const In=.1,pa={mode:3,pad:In},Is={pad:0,soft:null,mode:0},Wd={min:Is,max:Is};function dl(e,t,i,s){return vl(i)?ha(e,t,i):(Is.pad=i,Is.soft=s?0:null,Is.mode=s?3:0,ha(e,t,Wd))}function rt(e,t){return e??t}function Gd(e,t,i){for(t=rt(t,0),i=rt(i,e.length-1);t<=i;){if(e[t]!=null)return!0;t++}return!1}function ha(e,t,i){let s=i.min,l=i.max,o=rt(s.pad,0),r=rt(l.pad,0),h=rt(s.hard,-mt),p=rt(l.hard,mt),f=rt(s.soft,mt),$=rt(l.soft,-mt),g=rt(s.mode,0),v=rt(l.mode,0),S=t-e,L=si(S),C=le(Dt(e),Dt(t)),I=si(C),N=Dt(I-L);(S<1e-24||N>10)&&(S=0,(e==0||t==0)&&(S=1e-24,g==2&&f!=mt&&(o=0),v==2&&$!=-mt&&(r=0)));let w=S||C||1e3,E=si(w),k=rs(10,be(E)),Y=w*(S==0?e==0?.1:1:o),R=gt(pr(e-Y,k/10),24),tt=e>=f&&(g==1||g==3&&R<=f||g==2&&R>=f)?f:mt,K=le(h,R<tt&&e>=tt?tt:Fe(tt,R)),st=w*(S==0?t==0?.1:1:r),Z=gt($l(t+st,k/10),24),T=t<=$&&(v==1||v==3&&Z>=$||v==2&&Z<=$)?$:-mt,X=Fe(p,Z>T&&t<=T?T:le(T,Z));return K==X&&K==0&&(X=100),[K,X]}const Yd=new Intl.NumberFormat(fs?Hd.language:"en-US"),zn=e=>Yd.format(e),ye=Math,nl=ye.PI,Dt=ye.abs,be=ye.floor,Mt=ye.round,Le=ye.ceil,Fe=ye.min,le=ye.max,rs=ye.pow,fa=ye.sign,si=ye.log10,rr=ye.log2,qd=(e,t=1)=>ye.sinh(e)*t,en=(e,t=1)=>ye.asinh(e/t),mt=1/0;function ma(e){return(si((e^e>>31)-(e>>31))|0)+1}function bn(e,t,i){return Fe(le(e,t),i)}function cr(e){return typeof e=="function"}function lt(e){return cr(e)?e:()=>e}const Jd=()=>{},dr=e=>e,ur=(e,t)=>t,Zd=e=>null,ga=e=>!0,ba=(e,t)=>e==t,Kd=/\.\d*?(?=9{6,}|0{6,})/gm,zi=e=>{if(fr(e)||bi.has(e))return e;const t=`${e}`,i=t.match(Kd);if(i==null)return e;let s=i[0].length-1;if(t.indexOf("e-")!=-1){let[l,o]=t.split("e");return+`${zi(l)}e${o}`}return gt(e,s)};function Mi(e,t){return zi(gt(zi(e/t))*t)}function $l(e,t){return zi(Le(zi(e/t))*t)}function pr(e,t){return zi(be(zi(e/t))*t)}function gt(e,t=0){if(fr(e))return e;let i=10**t,s=e*i*(1+Number.EPSILON);return Mt(s)/i}const bi=new Map;function hr(e){return((""+e).split(".")[1]||"").length}function Vs(e,t,i,s){let l=[],o=s.map(hr);for(let r=t;r<i;r++){let h=Dt(r),p=gt(rs(e,r),h);for(let f=0;f<s.length;f++){let $=e==10?+`${s[f]}e${r}`:s[f]*p,g=(r>=0?0:h)+(r>=o[f]?0:o[f]),v=e==10?$:gt($,g);l.push(v),bi.set(v,g)}}return l}const zs={},Rn=[],cs=[null,null],gi=Array.isArray,fr=Number.isInteger,Qd=e=>e===void 0;function ya(e){return typeof e=="string"}function vl(e){let t=!1;if(e!=null){let i=e.constructor;t=i==null||i==Object}return t}function Xd(e){return e!=null&&typeof e=="object"}const tu=Object.getPrototypeOf(Uint8Array),mr="__proto__";function ds(e,t=vl){let i;if(gi(e)){let s=e.find(l=>l!=null);if(gi(s)||t(s)){i=Array(e.length);for(let l=0;l<e.length;l++)i[l]=ds(e[l],t)}else i=e.slice()}else if(e instanceof tu)i=e.slice();else if(t(e)){i={};for(let s in e)s!=mr&&(i[s]=ds(e[s],t))}else i=e;return i}function Tt(e){let t=arguments;for(let i=1;i<t.length;i++){let s=t[i];for(let l in s)l!=mr&&(vl(e[l])?Tt(e[l],ds(s[l])):e[l]=ds(s[l]))}return e}const eu=0,iu=1,su=2;function lu(e,t,i){for(let s=0,l,o=-1;s<t.length;s++){let r=t[s];if(r>o){for(l=r-1;l>=0&&e[l]==null;)e[l--]=null;for(l=r+1;l<i&&e[l]==null;)e[o=l++]=null}}}function nu(e,t){if(ru(e)){let r=e[0].slice();for(let h=1;h<e.length;h++)r.push(...e[h].slice(1));return cu(r[0])||(r=au(r)),r}let i=new Set;for(let r=0;r<e.length;r++){let p=e[r][0],f=p.length;for(let $=0;$<f;$++)i.add(p[$])}let s=[Array.from(i).sort((r,h)=>r-h)],l=s[0].length,o=new Map;for(let r=0;r<l;r++)o.set(s[0][r],r);for(let r=0;r<e.length;r++){let h=e[r],p=h[0];for(let f=1;f<h.length;f++){let $=h[f],g=Array(l).fill(void 0),v=t?t[r][f]:iu,S=[];for(let L=0;L<$.length;L++){let C=$[L],I=o.get(p[L]);C===null?v!=eu&&(g[I]=C,v==su&&S.push(I)):g[I]=C}lu(g,S,l),s.push(g)}}return s}const ou=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function au(e){let t=e[0],i=t.length,s=Array(i);for(let o=0;o<s.length;o++)s[o]=o;s.sort((o,r)=>t[o]-t[r]);let l=[];for(let o=0;o<e.length;o++){let r=e[o],h=Array(i);for(let p=0;p<i;p++)h[p]=r[s[p]];l.push(h)}return l}function ru(e){let t=e[0][0],i=t.length;for(let s=1;s<e.length;s++){let l=e[s][0];if(l.length!=i)return!1;if(l!=t){for(let o=0;o<i;o++)if(l[o]!=t[o])return!1}}return!0}function cu(e,t=100){const i=e.length;if(i<=1)return!0;let s=0,l=i-1;for(;s<=l&&e[s]==null;)s++;for(;l>=s&&e[l]==null;)l--;if(l<=s)return!0;const o=le(1,be((l-s+1)/t));for(let r=e[s],h=s+o;h<=l;h+=o){const p=e[h];if(p!=null){if(p<=r)return!1;r=p}}return!0}const gr=["January","February","March","April","May","June","July","August","September","October","November","December"],br=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function yr(e){return e.slice(0,3)}const du=br.map(yr),uu=gr.map(yr),pu={MMMM:gr,MMM:uu,WWWW:br,WWW:du};function Cs(e){return(e<10?"0":"")+e}function hu(e){return(e<10?"00":e<100?"0":"")+e}const fu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Cs(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Cs(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Cs(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Cs(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Cs(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>hu(e.getMilliseconds())};function Vn(e,t){t=t||pu;let i=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(e);)i.push(l[0][0]=="{"?fu[l[1]]:l[0]);return o=>{let r="";for(let h=0;h<i.length;h++)r+=typeof i[h]=="string"?i[h]:i[h](o,t);return r}}const mu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function gu(e,t){let i;return t=="UTC"||t=="Etc/UTC"?i=new Date(+e+e.getTimezoneOffset()*6e4):t==mu?i=e:(i=new Date(e.toLocaleString("en-US",{timeZone:t})),i.setMilliseconds(e.getMilliseconds())),i}const $r=e=>e%1==0,ul=[1,2,2.5,5],bu=Vs(10,-32,0,ul),vr=Vs(10,0,32,ul),yu=vr.filter($r),Di=bu.concat(vr),On=`
`,_r="{YYYY}",$a=On+_r,wr="{M}/{D}",Ps=On+wr,Xs=Ps+"/{YY}",xr="{aa}",$u="{h}:{mm}",ns=$u+xr,va=On+ns,_a=":{ss}",pt=null;function kr(e){let t=e*1e3,i=t*60,s=i*60,l=s*24,o=l*30,r=l*365,p=(e==1?Vs(10,0,3,ul).filter($r):Vs(10,-3,0,ul)).concat([t,t*5,t*10,t*15,t*30,i,i*5,i*10,i*15,i*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,o,o*2,o*3,o*4,o*6,r,r*2,r*5,r*10,r*25,r*50,r*100]);const f=[[r,_r,pt,pt,pt,pt,pt,pt,1],[l*28,"{MMM}",$a,pt,pt,pt,pt,pt,1],[l,wr,$a,pt,pt,pt,pt,pt,1],[s,"{h}"+xr,Xs,pt,Ps,pt,pt,pt,1],[i,ns,Xs,pt,Ps,pt,pt,pt,1],[t,_a,Xs+" "+ns,pt,Ps+" "+ns,pt,va,pt,1],[e,_a+".{fff}",Xs+" "+ns,pt,Ps+" "+ns,pt,va,pt,1]];function $(g){return(v,S,L,C,I,N)=>{let w=[],E=I>=r,k=I>=o&&I<r,Y=g(L),R=gt(Y*e,3),tt=sn(Y.getFullYear(),E?0:Y.getMonth(),k||E?1:Y.getDate()),K=gt(tt*e,3);if(k||E){let st=k?I/o:0,Z=E?I/r:0,T=R==K?R:gt(sn(tt.getFullYear()+Z,tt.getMonth()+st,1)*e,3),X=new Date(Mt(T/e)),O=X.getFullYear(),q=X.getMonth();for(let B=0;T<=C;B++){let nt=sn(O+Z*B,q+st*B,1),U=nt-g(gt(nt*e,3));T=gt((+nt+U)*e,3),T<=C&&w.push(T)}}else{let st=I>=l?l:I,Z=be(L)-be(R),T=K+Z+$l(R-K,st);w.push(T);let X=g(T),O=X.getHours()+X.getMinutes()/i+X.getSeconds()/s,q=I/s,B=v.axes[S]._space,nt=N/B;for(;T=gt(T+I,e==1?0:3),!(T>C);)if(q>1){let U=be(gt(O+q,6))%24,ot=g(T).getHours()-U;ot>1&&(ot=-1),T-=ot*s,O=(O+q)%24;let ht=w[w.length-1];gt((T-ht)/I,3)*nt>=.7&&w.push(T)}else w.push(T)}return w}}return[p,f,$]}const[vu,_u,wu]=kr(1),[xu,ku,Su]=kr(.001);Vs(2,-53,53,[1]);function wa(e,t){return e.map(i=>i.map((s,l)=>l==0||l==8||s==null?s:t(l==1||i[8]==0?s:i[1]+s)))}function xa(e,t){return(i,s,l,o,r)=>{let h=t.find(L=>r>=L[0])||t[t.length-1],p,f,$,g,v,S;return s.map(L=>{let C=e(L),I=C.getFullYear(),N=C.getMonth(),w=C.getDate(),E=C.getHours(),k=C.getMinutes(),Y=C.getSeconds(),R=I!=p&&h[2]||N!=f&&h[3]||w!=$&&h[4]||E!=g&&h[5]||k!=v&&h[6]||Y!=S&&h[7]||h[1];return p=I,f=N,$=w,g=E,v=k,S=Y,R(C)})}}function ju(e,t){let i=Vn(t);return(s,l,o,r,h)=>l.map(p=>i(e(p)))}function sn(e,t,i){return new Date(e,t,i)}function ka(e,t){return t(e)}const Lu="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Sa(e,t){return(i,s,l,o)=>o==null?Mn:t(e(s))}function Eu(e,t){let i=e.series[t];return i.width?i.stroke(e,t):i.points.width?i.points.stroke(e,t):null}function Tu(e,t){return e.series[t].fill(e,t)}const Cu={show:!0,live:!0,isolate:!1,mount:Jd,markers:{show:!0,width:2,stroke:Eu,fill:Tu,dash:"solid"},idx:null,idxs:null,values:[]};function Au(e,t){let i=e.cursor.points,s=je(),l=i.size(e,t);_t(s,Ms,l),_t(s,Ds,l);let o=l/-2;_t(s,"marginLeft",o),_t(s,"marginTop",o);let r=i.width(e,t,l);return r&&_t(s,"borderWidth",r),s}function Mu(e,t){let i=e.series[t].points;return i._fill||i._stroke}function Du(e,t){let i=e.series[t].points;return i._stroke||i._fill}function Pu(e,t){return e.series[t].points.size}const ln=[0,0];function Iu(e,t,i){return ln[0]=t,ln[1]=i,ln}function tl(e,t,i,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&i(l)}}function nn(e,t,i,s=!0){return l=>{(!s||l.target==t)&&i(l)}}const zu={show:!0,x:!0,y:!0,lock:!1,move:Iu,points:{one:!1,show:Au,size:Pu,width:0,stroke:Du,fill:Mu},bind:{mousedown:tl,mouseup:tl,click:tl,dblclick:tl,mousemove:nn,mouseleave:nn,mouseenter:nn},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,i,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Sr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Fn=Tt({},Sr,{filter:ur}),jr=Tt({},Fn,{size:10}),Lr=Tt({},Sr,{show:!1}),Hn='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Er="bold "+Hn,Tr=1.5,ja={show:!0,scale:"x",stroke:An,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Er,side:2,grid:Fn,ticks:jr,border:Lr,font:Hn,lineGap:Tr,rotate:0},Ru="Value",Vu="Time",La={show:!0,scale:"x",auto:!1,sorted:1,min:mt,max:-mt,idxs:[]};function Ou(e,t,i,s,l){return t.map(o=>o==null?"":zn(o))}function Fu(e,t,i,s,l,o,r){let h=[],p=bi.get(l)||0;i=r?i:gt($l(i,l),p);for(let f=i;f<=s;f=gt(f+l,p))h.push(Object.is(f,-0)?0:f);return h}function yn(e,t,i,s,l,o,r){const h=[],p=e.scales[e.axes[t].scale].log,f=p==10?si:rr,$=be(f(i));l=rs(p,$),p==10&&(l=Di[Oe(l,Di)]);let g=i,v=l*p;p==10&&(v=Di[Oe(v,Di)]);do h.push(g),g=g+l,p==10&&!bi.has(g)&&(g=gt(g,bi.get(l))),g>=v&&(l=g,v=l*p,p==10&&(v=Di[Oe(v,Di)]));while(g<=s);return h}function Hu(e,t,i,s,l,o,r){let p=e.scales[e.axes[t].scale].asinh,f=s>p?yn(e,t,le(p,i),s,l):[p],$=s>=0&&i<=0?[0]:[];return(i<-p?yn(e,t,le(p,-s),-i,l):[p]).reverse().map(v=>-v).concat($,f)}const Cr=/./,Nu=/[12357]/,Uu=/[125]/,Ea=/1/,$n=(e,t,i,s)=>e.map((l,o)=>t==4&&l==0||o%s==0&&i.test(l.toExponential()[l<0?1:0])?l:null);function Bu(e,t,i,s,l){let o=e.axes[i],r=o.scale,h=e.scales[r],p=e.valToPos,f=o._space,$=p(10,r),g=p(9,r)-$>=f?Cr:p(7,r)-$>=f?Nu:p(5,r)-$>=f?Uu:Ea;if(g==Ea){let v=Dt(p(1,r)-$);if(v<f)return $n(t.slice().reverse(),h.distr,g,Le(f/v)).reverse()}return $n(t,h.distr,g,1)}function Wu(e,t,i,s,l){let o=e.axes[i],r=o.scale,h=o._space,p=e.valToPos,f=Dt(p(1,r)-p(2,r));return f<h?$n(t.slice().reverse(),3,Cr,Le(h/f)).reverse():t}function Gu(e,t,i,s){return s==null?Mn:t==null?"":zn(t)}const Ta={show:!0,scale:"y",stroke:An,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Er,side:3,grid:Fn,ticks:jr,border:Lr,font:Hn,lineGap:Tr,rotate:0};function Yu(e,t){let i=3+(e||1)*2;return gt(i*t,3)}function qu(e,t){let{scale:i,idxs:s}=e.series[0],l=e._data[0],o=e.valToPos(l[s[0]],i,!0),r=e.valToPos(l[s[1]],i,!0),h=Dt(r-o),p=e.series[t],f=h/(p.points.space*dt);return s[1]-s[0]<=f}const Ca={scale:null,auto:!0,sorted:0,min:mt,max:-mt},Ar=(e,t,i,s,l)=>l,Aa={show:!0,auto:!0,sorted:0,gaps:Ar,alpha:1,facets:[Tt({},Ca,{scale:"x"}),Tt({},Ca,{scale:"y"})]},Ma={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ar,alpha:1,points:{show:qu,filter:null},values:null,min:mt,max:-mt,idxs:[],path:null,clip:null};function Ju(e,t,i,s,l){return i/10}const Mr={time:vd,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Zu=Tt({},Mr,{time:!1,ori:1}),Da={};function Dr(e,t){let i=Da[e];return i||(i={key:e,plots:[],sub(s){i.plots.push(s)},unsub(s){i.plots=i.plots.filter(l=>l!=s)},pub(s,l,o,r,h,p,f){for(let $=0;$<i.plots.length;$++)i.plots[$]!=l&&i.plots[$].pub(s,l,o,r,h,p,f)}},e!=null&&(Da[e]=i)),i}const us=1,vn=2;function Vi(e,t,i){const s=e.mode,l=e.series[t],o=s==2?e._data[t]:e._data,r=e.scales,h=e.bbox;let p=o[0],f=s==2?o[1]:o[t],$=s==2?r[l.facets[0].scale]:r[e.series[0].scale],g=s==2?r[l.facets[1].scale]:r[l.scale],v=h.left,S=h.top,L=h.width,C=h.height,I=e.valToPosH,N=e.valToPosV;return $.ori==0?i(l,p,f,$,g,I,N,v,S,L,C,wl,ms,kl,Ir,Rr):i(l,p,f,$,g,N,I,S,v,C,L,xl,gs,Bn,zr,Vr)}function Nn(e,t){let i=0,s=0,l=rt(e.bands,Rn);for(let o=0;o<l.length;o++){let r=l[o];r.series[0]==t?i=r.dir:r.series[1]==t&&(r.dir==1?s|=1:s|=2)}return[i,s==1?-1:s==2?1:s==3?2:0]}function Ku(e,t,i,s,l){let o=e.mode,r=e.series[t],h=o==2?r.facets[1].scale:r.scale,p=e.scales[h];return l==-1?p.min:l==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function li(e,t,i,s,l,o){return Vi(e,t,(r,h,p,f,$,g,v,S,L,C,I)=>{let N=r.pxRound;const w=f.dir*(f.ori==0?1:-1),E=f.ori==0?ms:gs;let k,Y;w==1?(k=i,Y=s):(k=s,Y=i);let R=N(g(h[k],f,C,S)),tt=N(v(p[k],$,I,L)),K=N(g(h[Y],f,C,S)),st=N(v(o==1?$.max:$.min,$,I,L)),Z=new Path2D(l);return E(Z,K,st),E(Z,R,st),E(Z,R,tt),Z})}function _l(e,t,i,s,l,o){let r=null;if(e.length>0){r=new Path2D;const h=t==0?kl:Bn;let p=i;for(let g=0;g<e.length;g++){let v=e[g];if(v[1]>v[0]){let S=v[0]-p;S>0&&h(r,p,s,S,s+o),p=v[1]}}let f=i+l-p,$=10;f>0&&h(r,p,s-$/2,f,s+o+$)}return r}function Qu(e,t,i){let s=e[e.length-1];s&&s[0]==t?s[1]=i:e.push([t,i])}function Un(e,t,i,s,l,o,r){let h=[],p=e.length;for(let f=l==1?i:s;f>=i&&f<=s;f+=l)if(t[f]===null){let g=f,v=f;if(l==1)for(;++f<=s&&t[f]===null;)v=f;else for(;--f>=i&&t[f]===null;)v=f;let S=o(e[g]),L=v==g?S:o(e[v]),C=g-l;S=r<=0&&C>=0&&C<p?o(e[C]):S;let N=v+l;L=r>=0&&N>=0&&N<p?o(e[N]):L,L>=S&&h.push([S,L])}return h}function Pa(e){return e==0?dr:e==1?Mt:t=>Mi(t,e)}function Pr(e){let t=e==0?wl:xl,i=e==0?(l,o,r,h,p,f)=>{l.arcTo(o,r,h,p,f)}:(l,o,r,h,p,f)=>{l.arcTo(r,o,p,h,f)},s=e==0?(l,o,r,h,p)=>{l.rect(o,r,h,p)}:(l,o,r,h,p)=>{l.rect(r,o,p,h)};return(l,o,r,h,p,f=0,$=0)=>{f==0&&$==0?s(l,o,r,h,p):(f=Fe(f,h/2,p/2),$=Fe($,h/2,p/2),t(l,o+f,r),i(l,o+h,r,o+h,r+p,f),i(l,o+h,r+p,o,r+p,$),i(l,o,r+p,o,r,$),i(l,o,r,o+h,r,f),l.closePath())}}const wl=(e,t,i)=>{e.moveTo(t,i)},xl=(e,t,i)=>{e.moveTo(i,t)},ms=(e,t,i)=>{e.lineTo(t,i)},gs=(e,t,i)=>{e.lineTo(i,t)},kl=Pr(0),Bn=Pr(1),Ir=(e,t,i,s,l,o)=>{e.arc(t,i,s,l,o)},zr=(e,t,i,s,l,o)=>{e.arc(i,t,s,l,o)},Rr=(e,t,i,s,l,o,r)=>{e.bezierCurveTo(t,i,s,l,o,r)},Vr=(e,t,i,s,l,o,r)=>{e.bezierCurveTo(i,t,l,s,r,o)};function Or(e){return(t,i,s,l,o)=>Vi(t,i,(r,h,p,f,$,g,v,S,L,C,I)=>{let{pxRound:N,points:w}=r,E,k;f.ori==0?(E=wl,k=Ir):(E=xl,k=zr);const Y=gt(w.width*dt,3);let R=(w.size-w.width)/2*dt,tt=gt(R*2,3),K=new Path2D,st=new Path2D,{left:Z,top:T,width:X,height:O}=t.bbox;kl(st,Z-tt,T-tt,X+tt*2,O+tt*2);const q=B=>{if(p[B]!=null){let nt=N(g(h[B],f,C,S)),U=N(v(p[B],$,I,L));E(K,nt+R,U),k(K,nt,U,R,0,nl*2)}};if(o)o.forEach(q);else for(let B=s;B<=l;B++)q(B);return{stroke:Y>0?K:null,fill:K,clip:st,flags:us|vn}})}function Fr(e){return(t,i,s,l,o,r)=>{s!=l&&(o!=s&&r!=s&&e(t,i,s),o!=l&&r!=l&&e(t,i,l),e(t,i,r))}}const Xu=Fr(ms),tp=Fr(gs);function Hr(e){const t=rt(e?.alignGaps,0);return(i,s,l,o)=>Vi(i,s,(r,h,p,f,$,g,v,S,L,C,I)=>{[l,o]=bl(p,l,o);let N=r.pxRound,w=O=>N(g(O,f,C,S)),E=O=>N(v(O,$,I,L)),k,Y;f.ori==0?(k=ms,Y=Xu):(k=gs,Y=tp);const R=f.dir*(f.ori==0?1:-1),tt={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:us},K=tt.stroke;let st=!1;if(o-l>=C*4){let O=F=>i.posToVal(F,f.key,!0),q=null,B=null,nt,U,ae,wt=w(h[R==1?l:o]),ot=w(h[l]),ht=w(h[o]),et=O(R==1?ot+1:ht-1);for(let F=R==1?l:o;F>=l&&F<=o;F+=R){let Ct=h[F],xt=(R==1?Ct<et:Ct>et)?wt:w(Ct),ut=p[F];xt==wt?ut!=null?(U=ut,q==null?(k(K,xt,E(U)),nt=q=B=U):U<q?q=U:U>B&&(B=U)):ut===null&&(st=!0):(q!=null&&Y(K,wt,E(q),E(B),E(nt),E(U)),ut!=null?(U=ut,k(K,xt,E(U)),q=B=nt=U):(q=B=null,ut===null&&(st=!0)),wt=xt,et=O(wt+R))}q!=null&&q!=B&&ae!=wt&&Y(K,wt,E(q),E(B),E(nt),E(U))}else for(let O=R==1?l:o;O>=l&&O<=o;O+=R){let q=p[O];q===null?st=!0:q!=null&&k(K,w(h[O]),E(q))}let[T,X]=Nn(i,s);if(r.fill!=null||T!=0){let O=tt.fill=new Path2D(K),q=r.fillTo(i,s,r.min,r.max,T),B=E(q),nt=w(h[l]),U=w(h[o]);R==-1&&([U,nt]=[nt,U]),k(O,U,B),k(O,nt,B)}if(!r.spanGaps){let O=[];st&&O.push(...Un(h,p,l,o,R,w,t)),tt.gaps=O=r.gaps(i,s,l,o,O),tt.clip=_l(O,f.ori,S,L,C,I)}return X!=0&&(tt.band=X==2?[li(i,s,l,o,K,-1),li(i,s,l,o,K,1)]:li(i,s,l,o,K,X)),tt})}function ep(e){const t=rt(e.align,1),i=rt(e.ascDesc,!1),s=rt(e.alignGaps,0),l=rt(e.extend,!1);return(o,r,h,p)=>Vi(o,r,(f,$,g,v,S,L,C,I,N,w,E)=>{[h,p]=bl(g,h,p);let k=f.pxRound,{left:Y,width:R}=o.bbox,tt=ot=>k(L(ot,v,w,I)),K=ot=>k(C(ot,S,E,N)),st=v.ori==0?ms:gs;const Z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:us},T=Z.stroke,X=v.dir*(v.ori==0?1:-1);let O=K(g[X==1?h:p]),q=tt($[X==1?h:p]),B=q,nt=q;l&&t==-1&&(nt=Y,st(T,nt,O)),st(T,q,O);for(let ot=X==1?h:p;ot>=h&&ot<=p;ot+=X){let ht=g[ot];if(ht==null)continue;let et=tt($[ot]),F=K(ht);t==1?st(T,et,O):st(T,B,F),st(T,et,F),O=F,B=et}let U=B;l&&t==1&&(U=Y+R,st(T,U,O));let[ae,wt]=Nn(o,r);if(f.fill!=null||ae!=0){let ot=Z.fill=new Path2D(T),ht=f.fillTo(o,r,f.min,f.max,ae),et=K(ht);st(ot,U,et),st(ot,nt,et)}if(!f.spanGaps){let ot=[];ot.push(...Un($,g,h,p,X,tt,s));let ht=f.width*dt/2,et=i||t==1?ht:-ht,F=i||t==-1?-ht:ht;ot.forEach(Ct=>{Ct[0]+=et,Ct[1]+=F}),Z.gaps=ot=f.gaps(o,r,h,p,ot),Z.clip=_l(ot,v.ori,I,N,w,E)}return wt!=0&&(Z.band=wt==2?[li(o,r,h,p,T,-1),li(o,r,h,p,T,1)]:li(o,r,h,p,T,wt)),Z})}function Ia(e,t,i,s,l,o,r=mt){if(e.length>1){let h=null;for(let p=0,f=1/0;p<e.length;p++)if(t[p]!==void 0){if(h!=null){let $=Dt(e[p]-e[h]);$<f&&(f=$,r=Dt(i(e[p],s,l,o)-i(e[h],s,l,o)))}h=p}}return r}function ip(e){e=e||zs;const t=rt(e.size,[.6,mt,1]),i=e.align||0,s=e.gap||0;let l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;const o=lt(l),r=1-t[0],h=rt(t[1],mt),p=rt(t[2],1),f=rt(e.disp,zs),$=rt(e.each,S=>{}),{fill:g,stroke:v}=f;return(S,L,C,I)=>Vi(S,L,(N,w,E,k,Y,R,tt,K,st,Z,T)=>{let X=N.pxRound,O=i,q=s*dt,B=h*dt,nt=p*dt,U,ae;k.ori==0?[U,ae]=o(S,L):[ae,U]=o(S,L);const wt=k.dir*(k.ori==0?1:-1);let ot=k.ori==0?kl:Bn,ht=k.ori==0?$:(z,bt,At,Ni,xi,Be,ki)=>{$(z,bt,At,xi,Ni,ki,Be)},et=rt(S.bands,Rn).find(z=>z.series[0]==L),F=et!=null?et.dir:0,Ct=N.fillTo(S,L,N.min,N.max,F),Xt=X(tt(Ct,Y,T,st)),xt,ut,De,ue=Z,St=X(N.width*dt),Ue=!1,Xe=null,ve=null,di=null,Oi=null;g!=null&&(St==0||v!=null)&&(Ue=!0,Xe=g.values(S,L,C,I),ve=new Map,new Set(Xe).forEach(z=>{z!=null&&ve.set(z,new Path2D)}),St>0&&(di=v.values(S,L,C,I),Oi=new Map,new Set(di).forEach(z=>{z!=null&&Oi.set(z,new Path2D)})));let{x0:Fi,size:$s}=f;if(Fi!=null&&$s!=null){O=1,w=Fi.values(S,L,C,I),Fi.unit==2&&(w=w.map(At=>S.posToVal(K+At*Z,k.key,!0)));let z=$s.values(S,L,C,I);$s.unit==2?ut=z[0]*Z:ut=R(z[0],k,Z,K)-R(0,k,Z,K),ue=Ia(w,E,R,k,Z,K,ue),De=ue-ut+q}else ue=Ia(w,E,R,k,Z,K,ue),De=ue*r+q,ut=ue-De;De<1&&(De=0),St>=ut/2&&(St=0),De<5&&(X=dr);let Ns=De>0,_i=ue-De-(Ns?St:0);ut=X(bn(_i,nt,B)),xt=(O==0?ut/2:O==wt?0:ut)-O*wt*((O==0?q/2:0)+(Ns?St/2:0));const te={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Hi=Ue?null:new Path2D;let ti=null;if(et!=null)ti=S.data[et.series[1]];else{let{y0:z,y1:bt}=f;z!=null&&bt!=null&&(E=bt.values(S,L,C,I),ti=z.values(S,L,C,I))}let wi=U*ut,Q=ae*ut;for(let z=wt==1?C:I;z>=C&&z<=I;z+=wt){let bt=E[z];if(bt==null)continue;if(ti!=null){let re=ti[z]??0;if(bt-re==0)continue;Xt=tt(re,Y,T,st)}let At=k.distr!=2||f!=null?w[z]:z,Ni=R(At,k,Z,K),xi=tt(rt(bt,Ct),Y,T,st),Be=X(Ni-xt),ki=X(le(xi,Xt)),pe=X(Fe(xi,Xt)),_e=ki-pe;if(bt!=null){let re=bt<0?Q:wi,Pe=bt<0?wi:Q;Ue?(St>0&&di[z]!=null&&ot(Oi.get(di[z]),Be,pe+be(St/2),ut,le(0,_e-St),re,Pe),Xe[z]!=null&&ot(ve.get(Xe[z]),Be,pe+be(St/2),ut,le(0,_e-St),re,Pe)):ot(Hi,Be,pe+be(St/2),ut,le(0,_e-St),re,Pe),ht(S,L,z,Be-St/2,pe,ut+St,_e)}}return St>0?te.stroke=Ue?Oi:Hi:Ue||(te._fill=N.width==0?N._fill:N._stroke??N._fill,te.width=0),te.fill=Ue?ve:Hi,te})}function sp(e,t){const i=rt(t?.alignGaps,0);return(s,l,o,r)=>Vi(s,l,(h,p,f,$,g,v,S,L,C,I,N)=>{[o,r]=bl(f,o,r);let w=h.pxRound,E=U=>w(v(U,$,I,L)),k=U=>w(S(U,g,N,C)),Y,R,tt;$.ori==0?(Y=wl,tt=ms,R=Rr):(Y=xl,tt=gs,R=Vr);const K=$.dir*($.ori==0?1:-1);let st=E(p[K==1?o:r]),Z=st,T=[],X=[];for(let U=K==1?o:r;U>=o&&U<=r;U+=K)if(f[U]!=null){let wt=p[U],ot=E(wt);T.push(Z=ot),X.push(k(f[U]))}const O={stroke:e(T,X,Y,tt,R,w),fill:null,clip:null,band:null,gaps:null,flags:us},q=O.stroke;let[B,nt]=Nn(s,l);if(h.fill!=null||B!=0){let U=O.fill=new Path2D(q),ae=h.fillTo(s,l,h.min,h.max,B),wt=k(ae);tt(U,Z,wt),tt(U,st,wt)}if(!h.spanGaps){let U=[];U.push(...Un(p,f,o,r,K,E,i)),O.gaps=U=h.gaps(s,l,o,r,U),O.clip=_l(U,$.ori,L,C,I,N)}return nt!=0&&(O.band=nt==2?[li(s,l,o,r,q,-1),li(s,l,o,r,q,1)]:li(s,l,o,r,q,nt)),O})}function lp(e){return sp(np,e)}function np(e,t,i,s,l,o){const r=e.length;if(r<2)return null;const h=new Path2D;if(i(h,e[0],t[0]),r==2)s(h,e[1],t[1]);else{let p=Array(r),f=Array(r-1),$=Array(r-1),g=Array(r-1);for(let v=0;v<r-1;v++)$[v]=t[v+1]-t[v],g[v]=e[v+1]-e[v],f[v]=$[v]/g[v];p[0]=f[0];for(let v=1;v<r-1;v++)f[v]===0||f[v-1]===0||f[v-1]>0!=f[v]>0?p[v]=0:(p[v]=3*(g[v-1]+g[v])/((2*g[v]+g[v-1])/f[v-1]+(g[v]+2*g[v-1])/f[v]),isFinite(p[v])||(p[v]=0));p[r-1]=f[r-2];for(let v=0;v<r-1;v++)l(h,e[v]+g[v]/3,t[v]+p[v]*g[v]/3,e[v+1]-g[v]/3,t[v+1]-p[v+1]*g[v]/3,e[v+1],t[v+1])}return h}const _n=new Set;function za(){for(let e of _n)e.syncRect(!0)}fs&&(Ii(Od,os,za),Ii(Fd,os,za,!0),Ii(cl,os,()=>{Yt.pxRatio=dt}));const op=Hr(),ap=Or();function Ra(e,t,i,s){return(s?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,r)=>wn(o,r,t,i))}function rp(e,t){return e.map((i,s)=>s==0?{}:Tt({},t,i))}function wn(e,t,i,s){return Tt({},t==0?i:s,e)}function Nr(e,t,i){return t==null?cs:[t,i]}const cp=Nr;function dp(e,t,i){return t==null?cs:dl(t,i,In,!0)}function Ur(e,t,i,s){return t==null?cs:yl(t,i,e.scales[s].log,!1)}const up=Ur;function Br(e,t,i,s){return t==null?cs:Pn(t,i,e.scales[s].log,!1)}const pp=Br;function hp(e,t,i,s,l){let o=le(ma(e),ma(t)),r=t-e,h=Oe(l/s*r,i);do{let p=i[h],f=s*p/r;if(f>=l&&o+(p<5?bi.get(p):0)<=17)return[p,f]}while(++h<i.length);return[0,0]}function Va(e){let t,i;return e=e.replace(/(\d+)px/,(s,l)=>(t=Mt((i=+l)*dt))+"px"),[e,t,i]}function fp(e){e.show&&[e.font,e.labelFont].forEach(t=>{let i=gt(t[2]*dt,1);t[0]=t[0].replace(/[0-9.]+px/,i+"px"),t[1]=i})}function Yt(e,t,i){const s={mode:rt(e.mode,1)},l=s.mode;function o(n,a,c,d){let m=a.valToPct(n);return d+c*(a.dir==-1?1-m:m)}function r(n,a,c,d){let m=a.valToPct(n);return d+c*(a.dir==-1?m:1-m)}function h(n,a,c,d){return a.ori==0?o(n,a,c,d):r(n,a,c,d)}s.valToPosH=o,s.valToPosV=r;let p=!1;s.status=0;const f=s.root=je(_d);if(e.id!=null&&(f.id=e.id),ge(f,e.class),e.title){let n=je(kd,f);n.textContent=e.title}const $=Ve("canvas"),g=s.ctx=$.getContext("2d"),v=je(Sd,f);Ii("click",v,n=>{n.target===L&&(yt!=Xi||kt!=ts)&&Bt.click(s,n)},!0);const S=s.under=je(jd,v);v.appendChild($);const L=s.over=je(Ld,v);e=ds(e);const C=+rt(e.pxAlign,1),I=Pa(C);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(s,e)||e)});const N=e.ms||.001,w=s.series=l==1?Ra(e.series||[],La,Ma,!1):rp(e.series||[null],Aa),E=s.axes=Ra(e.axes||[],ja,Ta,!0),k=s.scales={},Y=s.bands=e.bands||[];Y.forEach(n=>{n.fill=lt(n.fill||null),n.dir=rt(n.dir,-1)});const R=l==2?w[1].facets[0].scale:w[0].scale,tt={axes:hc,series:rc},K=(e.drawOrder||["axes","series"]).map(n=>tt[n]);function st(n){const a=n.distr==3?c=>si(c>0?c:n.clamp(s,c,n.min,n.max,n.key)):n.distr==4?c=>en(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let d=a(c),{_min:m,_max:y}=n,_=y-m;return(d-m)/_}}function Z(n){let a=k[n];if(a==null){let c=(e.scales||zs)[n]||zs;if(c.from!=null){Z(c.from);let d=Tt({},k[c.from],c,{key:n});d.valToPct=st(d),k[n]=d}else{a=k[n]=Tt({},n==R?Mr:Zu,c),a.key=n;let d=a.time,m=a.range,y=gi(m);if((n!=R||l==2&&!d)&&(y&&(m[0]==null||m[1]==null)&&(m={min:m[0]==null?pa:{mode:1,hard:m[0],soft:m[0]},max:m[1]==null?pa:{mode:1,hard:m[1],soft:m[1]}},y=!1),!y&&vl(m))){let _=m;m=(x,j,A)=>j==null?cs:dl(j,A,_)}a.range=lt(m||(d?cp:n==R?a.distr==3?up:a.distr==4?pp:Nr:a.distr==3?Ur:a.distr==4?Br:dp)),a.auto=lt(y?!1:a.auto),a.clamp=lt(a.clamp||Ju),a._min=a._max=null,a.valToPct=st(a)}}}Z("x"),Z("y"),l==1&&w.forEach(n=>{Z(n.scale)}),E.forEach(n=>{Z(n.scale)});for(let n in e.scales)Z(n);const T=k[R],X=T.distr;let O,q;T.ori==0?(ge(f,wd),O=o,q=r):(ge(f,xd),O=r,q=o);const B={};for(let n in k){let a=k[n];(a.min!=null||a.max!=null)&&(B[n]={min:a.min,max:a.max},a.min=a.max=null)}const nt=e.tzDate||(n=>new Date(Mt(n/N))),U=e.fmtDate||Vn,ae=N==1?wu(nt):Su(nt),wt=xa(nt,wa(N==1?_u:ku,U)),ot=Sa(nt,ka(Lu,U)),ht=[],et=s.legend=Tt({},Cu,e.legend),F=s.cursor=Tt({},zu,{drag:{y:l==2}},e.cursor),Ct=et.show,Xt=F.show,xt=et.markers;et.idxs=ht,xt.width=lt(xt.width),xt.dash=lt(xt.dash),xt.stroke=lt(xt.stroke),xt.fill=lt(xt.fill);let ut,De,ue,St=[],Ue=[],Xe,ve=!1,di={};if(et.live){const n=w[1]?w[1].values:null;ve=n!=null,Xe=ve?n(s,1,0):{_:0};for(let a in Xe)di[a]=Mn}if(Ct)if(ut=Ve("table",Dd,f),ue=Ve("tbody",null,ut),et.mount(s,ut),ve){De=Ve("thead",null,ut,ue);let n=Ve("tr",null,De);Ve("th",null,n);for(var Oi in Xe)Ve("th",Xo,n).textContent=Oi}else ge(ut,Id),et.live&&ge(ut,Pd);const Fi={show:!0},$s={show:!1};function Ns(n,a){if(a==0&&(ve||!et.live||l==2))return cs;let c=[],d=Ve("tr",zd,ue,ue.childNodes[a]);ge(d,n.class),n.show||ge(d,Pi);let m=Ve("th",null,d);if(xt.show){let x=je(Rd,m);if(a>0){let j=xt.width(s,a);j&&(x.style.border=j+"px "+xt.dash(s,a)+" "+xt.stroke(s,a)),x.style.background=xt.fill(s,a)}}let y=je(Xo,m);n.label instanceof HTMLElement?y.appendChild(n.label):y.textContent=n.label,a>0&&(xt.show||(y.style.color=n.width>0?xt.stroke(s,a):xt.fill(s,a)),te("click",m,x=>{if(F._lock)return;ji(x);let j=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=et.isolate){let A=w.some((P,V)=>V>0&&V!=j&&P.show);w.forEach((P,V)=>{V>0&&Ge(V,A?V==j?Fi:$s:Fi,!0,Et.setSeries)})}else Ge(j,{show:!n.show},!0,Et.setSeries)},!1),Bi&&te(sa,m,x=>{F._lock||(ji(x),Ge(w.indexOf(n),is,!0,Et.setSeries))},!1));for(var _ in Xe){let x=Ve("td",Vd,d);x.textContent="--",c.push(x)}return[d,c]}const _i=new Map;function te(n,a,c,d=!0){const m=_i.get(a)||{},y=F.bind[n](s,a,c,d);y&&(Ii(n,a,m[n]=y),_i.set(a,m))}function Hi(n,a,c){const d=_i.get(a)||{};for(let m in d)(n==null||m==n)&&(gn(m,a,d[m]),delete d[m]);n==null&&_i.delete(a)}let ti=0,wi=0,Q=0,z=0,bt=0,At=0,Ni=bt,xi=At,Be=Q,ki=z,pe=0,_e=0,re=0,Pe=0;s.bbox={};let jl=!1,Us=!1,Ui=!1,Si=!1,Bs=!1,we=!1;function Ll(n,a,c){(c||n!=s.width||a!=s.height)&&fo(n,a),Ji(!1),Ui=!0,Us=!0,Zi()}function fo(n,a){s.width=ti=Q=n,s.height=wi=z=a,bt=At=0,ec(),ic();let c=s.bbox;pe=c.left=Mi(bt*dt,.5),_e=c.top=Mi(At*dt,.5),re=c.width=Mi(Q*dt,.5),Pe=c.height=Mi(z*dt,.5)}const Qr=3;function Xr(){let n=!1,a=0;for(;!n;){a++;let c=uc(a),d=pc(a);n=a==Qr||c&&d,n||(fo(s.width,s.height),Us=!0)}}function tc({width:n,height:a}){Ll(n,a)}s.setSize=tc;function ec(){let n=!1,a=!1,c=!1,d=!1;E.forEach((m,y)=>{if(m.show&&m._show){let{side:_,_size:x}=m,j=_%2,A=m.label!=null?m.labelSize:0,P=x+A;P>0&&(j?(Q-=P,_==3?(bt+=P,d=!0):c=!0):(z-=P,_==0?(At+=P,n=!0):a=!0))}}),Li[0]=n,Li[1]=c,Li[2]=a,Li[3]=d,Q-=ui[1]+ui[3],bt+=ui[3],z-=ui[2]+ui[0],At+=ui[0]}function ic(){let n=bt+Q,a=At+z,c=bt,d=At;function m(y,_){switch(y){case 1:return n+=_,n-_;case 2:return a+=_,a-_;case 3:return c-=_,c+_;case 0:return d-=_,d+_}}E.forEach((y,_)=>{if(y.show&&y._show){let x=y.side;y._pos=m(x,y._size),y.label!=null&&(y._lpos=m(x,y.labelSize))}})}if(F.dataIdx==null){let n=F.hover,a=n.skip=new Set(n.skip??[]);a.add(void 0);let c=n.prox=lt(n.prox),d=n.bias??=0;F.dataIdx=(m,y,_,x)=>{if(y==0)return _;let j=_,A=c(m,y,_,x)??mt,P=A>=0&&A<mt,V=T.ori==0?Q:z,J=F.left,ct=t[0],at=t[y];if(a.has(at[_])){j=null;let it=null,W=null,H;if(d==0||d==-1)for(H=_;it==null&&H-- >0;)a.has(at[H])||(it=H);if(d==0||d==1)for(H=_;W==null&&H++<at.length;)a.has(at[H])||(W=H);if(it!=null||W!=null)if(P){let vt=it==null?-1/0:O(ct[it],T,V,0),jt=W==null?1/0:O(ct[W],T,V,0),Ft=J-vt,ft=jt-J;Ft<=ft?Ft<=A&&(j=it):ft<=A&&(j=W)}else j=W==null?it:it==null?W:_-it<=W-_?it:W}else P&&Dt(J-O(ct[_],T,V,0))>A&&(j=null);return j}}const ji=n=>{F.event=n};F.idxs=ht,F._lock=!1;let Zt=F.points;Zt.show=lt(Zt.show),Zt.size=lt(Zt.size),Zt.stroke=lt(Zt.stroke),Zt.width=lt(Zt.width),Zt.fill=lt(Zt.fill);const We=s.focus=Tt({},e.focus||{alpha:.3},F.focus),Bi=We.prox>=0,Wi=Bi&&Zt.one;let xe=[],Gi=[],Yi=[];function mo(n,a){let c=Zt.show(s,a);if(c instanceof HTMLElement)return ge(c,Md),ge(c,n.class),Ze(c,-10,-10,Q,z),L.insertBefore(c,xe[a]),c}function go(n,a){if(l==1||a>0){let c=l==1&&k[n.scale].time,d=n.value;n.value=c?ya(d)?Sa(nt,ka(d,U)):d||ot:d||Gu,n.label=n.label||(c?Vu:Ru)}if(Wi||a>0){n.width=n.width==null?1:n.width,n.paths=n.paths||op||Zd,n.fillTo=lt(n.fillTo||Ku),n.pxAlign=+rt(n.pxAlign,C),n.pxRound=Pa(n.pxAlign),n.stroke=lt(n.stroke||null),n.fill=lt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=Yu(le(1,n.width),1),d=n.points=Tt({},{size:c,width:le(1,c*.2),stroke:n.stroke,space:c*2,paths:ap,_stroke:null,_fill:null},n.points);d.show=lt(d.show),d.filter=lt(d.filter),d.fill=lt(d.fill),d.stroke=lt(d.stroke),d.paths=lt(d.paths),d.pxAlign=n.pxAlign}if(Ct){let c=Ns(n,a);St.splice(a,0,c[0]),Ue.splice(a,0,c[1]),et.values.push(null)}if(Xt){ht.splice(a,0,null);let c=null;Wi?a==0&&(c=mo(n,a)):a>0&&(c=mo(n,a)),xe.splice(a,0,c),Gi.splice(a,0,0),Yi.splice(a,0,0)}Ot("addSeries",a)}function sc(n,a){a=a??w.length,n=l==1?wn(n,a,La,Ma):wn(n,a,{},Aa),w.splice(a,0,n),go(w[a],a)}s.addSeries=sc;function lc(n){if(w.splice(n,1),Ct){et.values.splice(n,1),Ue.splice(n,1);let a=St.splice(n,1)[0];Hi(null,a.firstChild),a.remove()}Xt&&(ht.splice(n,1),xe.splice(n,1)[0].remove(),Gi.splice(n,1),Yi.splice(n,1)),Ot("delSeries",n)}s.delSeries=lc;const Li=[!1,!1,!1,!1];function nc(n,a){if(n._show=n.show,n.show){let c=n.side%2,d=k[n.scale];d==null&&(n.scale=c?w[1].scale:R,d=k[n.scale]);let m=d.time;n.size=lt(n.size),n.space=lt(n.space),n.rotate=lt(n.rotate),gi(n.incrs)&&n.incrs.forEach(_=>{!bi.has(_)&&bi.set(_,hr(_))}),n.incrs=lt(n.incrs||(d.distr==2?yu:m?N==1?vu:xu:Di)),n.splits=lt(n.splits||(m&&d.distr==1?ae:d.distr==3?yn:d.distr==4?Hu:Fu)),n.stroke=lt(n.stroke),n.grid.stroke=lt(n.grid.stroke),n.ticks.stroke=lt(n.ticks.stroke),n.border.stroke=lt(n.border.stroke);let y=n.values;n.values=gi(y)&&!gi(y[0])?lt(y):m?gi(y)?xa(nt,wa(y,U)):ya(y)?ju(nt,y):y||wt:y||Ou,n.filter=lt(n.filter||(d.distr>=3&&d.log==10?Bu:d.distr==3&&d.log==2?Wu:ur)),n.font=Va(n.font),n.labelFont=Va(n.labelFont),n._size=n.size(s,null,a,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(Li[a]=!0,n._el=je(Ed,v))}}function vs(n,a,c,d){let[m,y,_,x]=c,j=a%2,A=0;return j==0&&(x||y)&&(A=a==0&&!m||a==2&&!_?Mt(ja.size/3):0),j==1&&(m||_)&&(A=a==1&&!y||a==3&&!x?Mt(Ta.size/2):0),A}const bo=s.padding=(e.padding||[vs,vs,vs,vs]).map(n=>lt(rt(n,vs))),ui=s._padding=bo.map((n,a)=>n(s,a,Li,0));let Ut,It=null,zt=null;const Ws=l==1?w[0].idxs:null;let Ie=null,_s=!1;function yo(n,a){if(t=n??[],s.data=s._data=t,l==2){Ut=0;for(let c=1;c<w.length;c++)Ut+=t[c][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),Ie=t[0],Ut=Ie.length;let c=t;if(X==2){c=t.slice();let d=c[0]=Array(Ut);for(let m=0;m<Ut;m++)d[m]=m}s._data=t=c}if(Ji(!0),Ot("setData"),X==2&&(Ui=!0),a!==!1){let c=T;c.auto(s,_s)?El():hi(R,c.min,c.max),Si=Si||F.left>=0,we=!0,Zi()}}s.setData=yo;function El(){_s=!0;let n,a;l==1&&(Ut>0?(It=Ws[0]=0,zt=Ws[1]=Ut-1,n=t[0][It],a=t[0][zt],X==2?(n=It,a=zt):n==a&&(X==3?[n,a]=yl(n,n,T.log,!1):X==4?[n,a]=Pn(n,n,T.log,!1):T.time?a=n+Mt(86400/N):[n,a]=dl(n,a,In,!0))):(It=Ws[0]=n=null,zt=Ws[1]=a=null)),hi(R,n,a)}let Gs,qi,Tl,Cl,Al,Ml,Dl,Pl,Il,ce;function $o(n,a,c,d,m,y){n??=ea,c??=Rn,d??="butt",m??=ea,y??="round",n!=Gs&&(g.strokeStyle=Gs=n),m!=qi&&(g.fillStyle=qi=m),a!=Tl&&(g.lineWidth=Tl=a),y!=Al&&(g.lineJoin=Al=y),d!=Ml&&(g.lineCap=Ml=d),c!=Cl&&g.setLineDash(Cl=c)}function vo(n,a,c,d){a!=qi&&(g.fillStyle=qi=a),n!=Dl&&(g.font=Dl=n),c!=Pl&&(g.textAlign=Pl=c),d!=Il&&(g.textBaseline=Il=d)}function zl(n,a,c,d,m=0){if(d.length>0&&n.auto(s,_s)&&(a==null||a.min==null)){let y=rt(It,0),_=rt(zt,d.length-1),x=c.min==null?Bd(d,y,_,m,n.distr==3):[c.min,c.max];n.min=Fe(n.min,c.min=x[0]),n.max=le(n.max,c.max=x[1])}}const _o={min:null,max:null};function oc(){for(let d in k){let m=k[d];B[d]==null&&(m.min==null||B[R]!=null&&m.auto(s,_s))&&(B[d]=_o)}for(let d in k){let m=k[d];B[d]==null&&m.from!=null&&B[m.from]!=null&&(B[d]=_o)}B[R]!=null&&Ji(!0);let n={};for(let d in B){let m=B[d];if(m!=null){let y=n[d]=ds(k[d],Xd);if(m.min!=null)Tt(y,m);else if(d!=R||l==2)if(Ut==0&&y.from==null){let _=y.range(s,null,null,d);y.min=_[0],y.max=_[1]}else y.min=mt,y.max=-mt}}if(Ut>0){w.forEach((d,m)=>{if(l==1){let y=d.scale,_=B[y];if(_==null)return;let x=n[y];if(m==0){let j=x.range(s,x.min,x.max,y);x.min=j[0],x.max=j[1],It=Oe(x.min,t[0]),zt=Oe(x.max,t[0]),zt-It>1&&(t[0][It]<x.min&&It++,t[0][zt]>x.max&&zt--),d.min=Ie[It],d.max=Ie[zt]}else d.show&&d.auto&&zl(x,_,d,t[m],d.sorted);d.idxs[0]=It,d.idxs[1]=zt}else if(m>0&&d.show&&d.auto){let[y,_]=d.facets,x=y.scale,j=_.scale,[A,P]=t[m],V=n[x],J=n[j];V!=null&&zl(V,B[x],y,A,y.sorted),J!=null&&zl(J,B[j],_,P,_.sorted),d.min=_.min,d.max=_.max}});for(let d in n){let m=n[d],y=B[d];if(m.from==null&&(y==null||y.min==null)){let _=m.range(s,m.min==mt?null:m.min,m.max==-mt?null:m.max,d);m.min=_[0],m.max=_[1]}}}for(let d in n){let m=n[d];if(m.from!=null){let y=n[m.from];if(y.min==null)m.min=m.max=null;else{let _=m.range(s,y.min,y.max,d);m.min=_[0],m.max=_[1]}}}let a={},c=!1;for(let d in n){let m=n[d],y=k[d];if(y.min!=m.min||y.max!=m.max){y.min=m.min,y.max=m.max;let _=y.distr;y._min=_==3?si(y.min):_==4?en(y.min,y.asinh):_==100?y.fwd(y.min):y.min,y._max=_==3?si(y.max):_==4?en(y.max,y.asinh):_==100?y.fwd(y.max):y.max,a[d]=c=!0}}if(c){w.forEach((d,m)=>{l==2?m>0&&a.y&&(d._paths=null):a[d.scale]&&(d._paths=null)});for(let d in a)Ui=!0,Ot("setScale",d);Xt&&F.left>=0&&(Si=we=!0)}for(let d in B)B[d]=null}function ac(n){let a=bn(It-1,0,Ut-1),c=bn(zt+1,0,Ut-1);for(;n[a]==null&&a>0;)a--;for(;n[c]==null&&c<Ut-1;)c++;return[a,c]}function rc(){if(Ut>0){let n=w.some(a=>a._focus)&&ce!=We.alpha;n&&(g.globalAlpha=ce=We.alpha),w.forEach((a,c)=>{if(c>0&&a.show&&(wo(c,!1),wo(c,!0),a._paths==null)){let d=ce;ce!=a.alpha&&(g.globalAlpha=ce=a.alpha);let m=l==2?[0,t[c][0].length-1]:ac(t[c]);a._paths=a.paths(s,c,m[0],m[1]),ce!=d&&(g.globalAlpha=ce=d)}}),w.forEach((a,c)=>{if(c>0&&a.show){let d=ce;ce!=a.alpha&&(g.globalAlpha=ce=a.alpha),a._paths!=null&&xo(c,!1);{let m=a._paths!=null?a._paths.gaps:null,y=a.points.show(s,c,It,zt,m),_=a.points.filter(s,c,y,m);(y||_)&&(a.points._paths=a.points.paths(s,c,It,zt,_),xo(c,!0))}ce!=d&&(g.globalAlpha=ce=d),Ot("drawSeries",c)}}),n&&(g.globalAlpha=ce=1)}}function wo(n,a){let c=a?w[n].points:w[n];c._stroke=c.stroke(s,n),c._fill=c.fill(s,n)}function xo(n,a){let c=a?w[n].points:w[n],{stroke:d,fill:m,clip:y,flags:_,_stroke:x=c._stroke,_fill:j=c._fill,_width:A=c.width}=c._paths;A=gt(A*dt,3);let P=null,V=A%2/2;a&&j==null&&(j=A>0?"#fff":x);let J=c.pxAlign==1&&V>0;if(J&&g.translate(V,V),!a){let ct=pe-A/2,at=_e-A/2,it=re+A,W=Pe+A;P=new Path2D,P.rect(ct,at,it,W)}a?Rl(x,A,c.dash,c.cap,j,d,m,_,y):cc(n,x,A,c.dash,c.cap,j,d,m,_,P,y),J&&g.translate(-V,-V)}function cc(n,a,c,d,m,y,_,x,j,A,P){let V=!1;j!=0&&Y.forEach((J,ct)=>{if(J.series[0]==n){let at=w[J.series[1]],it=t[J.series[1]],W=(at._paths||zs).band;gi(W)&&(W=J.dir==1?W[0]:W[1]);let H,vt=null;at.show&&W&&Gd(it,It,zt)?(vt=J.fill(s,ct)||y,H=at._paths.clip):W=null,Rl(a,c,d,m,vt,_,x,j,A,P,H,W),V=!0}}),V||Rl(a,c,d,m,y,_,x,j,A,P)}const ko=us|vn;function Rl(n,a,c,d,m,y,_,x,j,A,P,V){$o(n,a,c,d,m),(j||A||V)&&(g.save(),j&&g.clip(j),A&&g.clip(A)),V?(x&ko)==ko?(g.clip(V),P&&g.clip(P),qs(m,_),Ys(n,y,a)):x&vn?(qs(m,_),g.clip(V),Ys(n,y,a)):x&us&&(g.save(),g.clip(V),P&&g.clip(P),qs(m,_),g.restore(),Ys(n,y,a)):(qs(m,_),Ys(n,y,a)),(j||A||V)&&g.restore()}function Ys(n,a,c){c>0&&(a instanceof Map?a.forEach((d,m)=>{g.strokeStyle=Gs=m,g.stroke(d)}):a!=null&&n&&g.stroke(a))}function qs(n,a){a instanceof Map?a.forEach((c,d)=>{g.fillStyle=qi=d,g.fill(c)}):a!=null&&n&&g.fill(a)}function dc(n,a,c,d){let m=E[n],y;if(d<=0)y=[0,0];else{let _=m._space=m.space(s,n,a,c,d),x=m._incrs=m.incrs(s,n,a,c,d,_);y=hp(a,c,x,d,_)}return m._found=y}function Vl(n,a,c,d,m,y,_,x,j,A){let P=_%2/2;C==1&&g.translate(P,P),$o(x,_,j,A,x),g.beginPath();let V,J,ct,at,it=m+(d==0||d==3?-y:y);c==0?(J=m,at=it):(V=m,ct=it);for(let W=0;W<n.length;W++)a[W]!=null&&(c==0?V=ct=n[W]:J=at=n[W],g.moveTo(V,J),g.lineTo(ct,at));g.stroke(),C==1&&g.translate(-P,-P)}function uc(n){let a=!0;return E.forEach((c,d)=>{if(!c.show)return;let m=k[c.scale];if(m.min==null){c._show&&(a=!1,c._show=!1,Ji(!1));return}else c._show||(a=!1,c._show=!0,Ji(!1));let y=c.side,_=y%2,{min:x,max:j}=m,[A,P]=dc(d,x,j,_==0?Q:z);if(P==0)return;let V=m.distr==2,J=c._splits=c.splits(s,d,x,j,A,P,V),ct=m.distr==2?J.map(H=>Ie[H]):J,at=m.distr==2?Ie[J[1]]-Ie[J[0]]:A,it=c._values=c.values(s,c.filter(s,ct,d,P,at),d,P,at);c._rotate=y==2?c.rotate(s,it,d,P):0;let W=c._size;c._size=Le(c.size(s,it,d,n)),W!=null&&c._size!=W&&(a=!1)}),a}function pc(n){let a=!0;return bo.forEach((c,d)=>{let m=c(s,d,Li,n);m!=ui[d]&&(a=!1),ui[d]=m}),a}function hc(){for(let n=0;n<E.length;n++){let a=E[n];if(!a.show||!a._show)continue;let c=a.side,d=c%2,m,y,_=a.stroke(s,n),x=c==0||c==3?-1:1,[j,A]=a._found;if(a.label!=null){let ie=a.labelGap*x,me=Mt((a._lpos+ie)*dt);vo(a.labelFont[0],_,"center",c==2?Ts:ta),g.save(),d==1?(m=y=0,g.translate(me,Mt(_e+Pe/2)),g.rotate((c==3?-nl:nl)/2)):(m=Mt(pe+re/2),y=me);let Ci=cr(a.label)?a.label(s,n,j,A):a.label;g.fillText(Ci,m,y),g.restore()}if(A==0)continue;let P=k[a.scale],V=d==0?re:Pe,J=d==0?pe:_e,ct=a._splits,at=P.distr==2?ct.map(ie=>Ie[ie]):ct,it=P.distr==2?Ie[ct[1]]-Ie[ct[0]]:j,W=a.ticks,H=a.border,vt=W.show?W.size:0,jt=Mt(vt*dt),Ft=Mt((a.alignTo==2?a._size-vt-a.gap:a.gap)*dt),ft=a._rotate*-nl/180,Lt=I(a._pos*dt),he=(jt+Ft)*x,ee=Lt+he;y=d==0?ee:0,m=d==1?ee:0;let ke=a.font[0],ze=a.align==1?ls:a.align==2?Ql:ft>0?ls:ft<0?Ql:d==0?"center":c==3?Ql:ls,qe=ft||d==1?"middle":c==2?Ts:ta;vo(ke,_,ze,qe);let fe=a.font[1]*a.lineGap,Se=ct.map(ie=>I(h(ie,P,V,J))),Re=a._values;for(let ie=0;ie<Re.length;ie++){let me=Re[ie];if(me!=null){d==0?m=Se[ie]:y=Se[ie],me=""+me;let Ci=me.indexOf(`
`)==-1?[me]:me.split(/\n/gm);for(let se=0;se<Ci.length;se++){let Uo=Ci[se];ft?(g.save(),g.translate(m,y+se*fe),g.rotate(ft),g.fillText(Uo,0,0),g.restore()):g.fillText(Uo,m,y+se*fe)}}}W.show&&Vl(Se,W.filter(s,at,n,A,it),d,c,Lt,jt,gt(W.width*dt,3),W.stroke(s,n),W.dash,W.cap);let Je=a.grid;Je.show&&Vl(Se,Je.filter(s,at,n,A,it),d,d==0?2:1,d==0?_e:pe,d==0?Pe:re,gt(Je.width*dt,3),Je.stroke(s,n),Je.dash,Je.cap),H.show&&Vl([Lt],[1],d==0?1:0,d==0?1:2,d==1?_e:pe,d==1?Pe:re,gt(H.width*dt,3),H.stroke(s,n),H.dash,H.cap)}Ot("drawAxes")}function Ji(n){w.forEach((a,c)=>{c>0&&(a._paths=null,n&&(l==1?(a.min=null,a.max=null):a.facets.forEach(d=>{d.min=null,d.max=null})))})}let Js=!1,Ol=!1,ws=[];function fc(){Ol=!1;for(let n=0;n<ws.length;n++)Ot(...ws[n]);ws.length=0}function Zi(){Js||(ou(So),Js=!0)}function mc(n,a=!1){Js=!0,Ol=a,n(s),So(),a&&ws.length>0&&queueMicrotask(fc)}s.batch=mc;function So(){if(jl&&(oc(),jl=!1),Ui&&(Xr(),Ui=!1),Us){if(_t(S,ls,bt),_t(S,Ts,At),_t(S,Ms,Q),_t(S,Ds,z),_t(L,ls,bt),_t(L,Ts,At),_t(L,Ms,Q),_t(L,Ds,z),_t(v,Ms,ti),_t(v,Ds,wi),$.width=Mt(ti*dt),$.height=Mt(wi*dt),E.forEach(({_el:n,_show:a,_size:c,_pos:d,side:m})=>{if(n!=null)if(a){let y=m===3||m===0?c:0,_=m%2==1;_t(n,_?"left":"top",d-y),_t(n,_?"width":"height",c),_t(n,_?"top":"left",_?At:bt),_t(n,_?"height":"width",_?z:Q),mn(n,Pi)}else ge(n,Pi)}),Gs=qi=Tl=Al=Ml=Dl=Pl=Il=Cl=null,ce=1,Ss(!0),bt!=Ni||At!=xi||Q!=Be||z!=ki){Ji(!1);let n=Q/Be,a=z/ki;if(Xt&&!Si&&F.left>=0){F.left*=n,F.top*=a,Ki&&Ze(Ki,Mt(F.left),0,Q,z),Qi&&Ze(Qi,0,Mt(F.top),Q,z);for(let c=0;c<xe.length;c++){let d=xe[c];d!=null&&(Gi[c]*=n,Yi[c]*=a,Ze(d,Le(Gi[c]),Le(Yi[c]),Q,z))}}if($t.show&&!Bs&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=a,$t.height*=a;for(let c in Wl)_t(es,c,$t[c])}Ni=bt,xi=At,Be=Q,ki=z}Ot("setSize"),Us=!1}ti>0&&wi>0&&(g.clearRect(0,0,$.width,$.height),Ot("drawClear"),K.forEach(n=>n()),Ot("draw")),$t.show&&Bs&&(Zs($t),Bs=!1),Xt&&Si&&(Ti(null,!0,!1),Si=!1),et.show&&et.live&&we&&(Ul(),we=!1),p||(p=!0,s.status=1,Ot("ready")),_s=!1,Js=!1}s.redraw=(n,a)=>{Ui=a||!1,n!==!1?hi(R,T.min,T.max):Zi()};function Fl(n,a){let c=k[n];if(c.from==null){if(Ut==0){let d=c.range(s,a.min,a.max,n);a.min=d[0],a.max=d[1]}if(a.min>a.max){let d=a.min;a.min=a.max,a.max=d}if(Ut>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;n==R&&c.distr==2&&Ut>0&&(a.min=Oe(a.min,t[0]),a.max=Oe(a.max,t[0]),a.min==a.max&&a.max++),B[n]=a,jl=!0,Zi()}}s.setScale=Fl;let Hl,Nl,Ki,Qi,jo,Lo,Xi,ts,Eo,To,yt,kt,pi=!1;const Bt=F.drag;let Rt=Bt.x,Vt=Bt.y;Xt&&(F.x&&(Hl=je(Cd,L)),F.y&&(Nl=je(Ad,L)),T.ori==0?(Ki=Hl,Qi=Nl):(Ki=Nl,Qi=Hl),yt=F.left,kt=F.top);const $t=s.select=Tt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),es=$t.show?je(Td,$t.over?L:S):null;function Zs(n,a){if($t.show){for(let c in n)$t[c]=n[c],c in Wl&&_t(es,c,n[c]);a!==!1&&Ot("setSelect")}}s.setSelect=Zs;function gc(n){if(w[n].show)Ct&&mn(St[n],Pi);else if(Ct&&ge(St[n],Pi),Xt){let c=Wi?xe[0]:xe[n];c!=null&&Ze(c,-10,-10,Q,z)}}function hi(n,a,c){Fl(n,{min:a,max:c})}function Ge(n,a,c,d){a.focus!=null&&_c(n),a.show!=null&&w.forEach((m,y)=>{y>0&&(n==y||n==null)&&(m.show=a.show,gc(y),l==2?(hi(m.facets[0].scale,null,null),hi(m.facets[1].scale,null,null)):hi(m.scale,null,null),Zi())}),c!==!1&&Ot("setSeries",n,a),d&&js("setSeries",s,n,a)}s.setSeries=Ge;function bc(n,a){Tt(Y[n],a)}function yc(n,a){n.fill=lt(n.fill||null),n.dir=rt(n.dir,-1),a=a??Y.length,Y.splice(a,0,n)}function $c(n){n==null?Y.length=0:Y.splice(n,1)}s.addBand=yc,s.setBand=bc,s.delBand=$c;function vc(n,a){w[n].alpha=a,Xt&&xe[n]!=null&&(xe[n].style.opacity=a),Ct&&St[n]&&(St[n].style.opacity=a)}let ei,fi,Ei;const is={focus:!0};function _c(n){if(n!=Ei){let a=n==null,c=We.alpha!=1;w.forEach((d,m)=>{if(l==1||m>0){let y=a||m==0||m==n;d._focus=a?null:y,c&&vc(m,y?1:We.alpha)}}),Ei=n,c&&Zi()}}Ct&&Bi&&te(la,ut,n=>{F._lock||(ji(n),Ei!=null&&Ge(null,is,!0,Et.setSeries))});function Ye(n,a,c){let d=k[a];c&&(n=n/dt-(d.ori==1?At:bt));let m=Q;d.ori==1&&(m=z,n=m-n),d.dir==-1&&(n=m-n);let y=d._min,_=d._max,x=n/m,j=y+(_-y)*x,A=d.distr;return A==3?rs(10,j):A==4?qd(j,d.asinh):A==100?d.bwd(j):j}function wc(n,a){let c=Ye(n,R,a);return Oe(c,t[0],It,zt)}s.valToIdx=n=>Oe(n,t[0]),s.posToIdx=wc,s.posToVal=Ye,s.valToPos=(n,a,c)=>k[a].ori==0?o(n,k[a],c?re:Q,c?pe:0):r(n,k[a],c?Pe:z,c?_e:0),s.setCursor=(n,a,c)=>{yt=n.left,kt=n.top,Ti(null,a,c)};function Co(n,a){_t(es,ls,$t.left=n),_t(es,Ms,$t.width=a)}function Ao(n,a){_t(es,Ts,$t.top=n),_t(es,Ds,$t.height=a)}let xs=T.ori==0?Co:Ao,ks=T.ori==1?Co:Ao;function xc(){if(Ct&&et.live)for(let n=l==2?1:0;n<w.length;n++){if(n==0&&ve)continue;let a=et.values[n],c=0;for(let d in a)Ue[n][c++].firstChild.nodeValue=a[d]}}function Ul(n,a){if(n!=null&&(n.idxs?n.idxs.forEach((c,d)=>{ht[d]=c}):Qd(n.idx)||ht.fill(n.idx),et.idx=ht[0]),Ct&&et.live){for(let c=0;c<w.length;c++)(c>0||l==1&&!ve)&&kc(c,ht[c]);xc()}we=!1,a!==!1&&Ot("setLegend")}s.setLegend=Ul;function kc(n,a){let c=w[n],d=n==0&&X==2?Ie:t[n],m;ve?m=c.values(s,n,a)??di:(m=c.value(s,a==null?null:d[a],n,a),m=m==null?di:{_:m}),et.values[n]=m}function Ti(n,a,c){Eo=yt,To=kt,[yt,kt]=F.move(s,yt,kt),F.left=yt,F.top=kt,Xt&&(Ki&&Ze(Ki,Mt(yt),0,Q,z),Qi&&Ze(Qi,0,Mt(kt),Q,z));let d,m=It>zt;ei=mt,fi=null;let y=T.ori==0?Q:z,_=T.ori==1?Q:z;if(yt<0||Ut==0||m){d=F.idx=null;for(let x=0;x<w.length;x++){let j=xe[x];j!=null&&Ze(j,-10,-10,Q,z)}Bi&&Ge(null,is,!0,n==null&&Et.setSeries),et.live&&(ht.fill(d),we=!0)}else{let x,j,A;l==1&&(x=T.ori==0?yt:kt,j=Ye(x,R),d=F.idx=Oe(j,t[0],It,zt),A=O(t[0][d],T,y,0));let P=-10,V=-10,J=0,ct=0,at=!0,it="",W="";for(let H=l==2?1:0;H<w.length;H++){let vt=w[H],jt=ht[H],Ft=jt==null?null:l==1?t[H][jt]:t[H][1][jt],ft=F.dataIdx(s,H,d,j),Lt=ft==null?null:l==1?t[H][ft]:t[H][1][ft];if(we=we||Lt!=Ft||ft!=jt,ht[H]=ft,H>0&&vt.show){let he=ft==null?-10:ft==d?A:O(l==1?t[0][ft]:t[H][0][ft],T,y,0),ee=Lt==null?-10:q(Lt,l==1?k[vt.scale]:k[vt.facets[1].scale],_,0);if(Bi&&Lt!=null){let ke=T.ori==1?yt:kt,ze=Dt(We.dist(s,H,ft,ee,ke));if(ze<ei){let qe=We.bias;if(qe!=0){let fe=Ye(ke,vt.scale),Se=Lt>=0?1:-1,Re=fe>=0?1:-1;Re==Se&&(Re==1?qe==1?Lt>=fe:Lt<=fe:qe==1?Lt<=fe:Lt>=fe)&&(ei=ze,fi=H)}else ei=ze,fi=H}}if(we||Wi){let ke,ze;T.ori==0?(ke=he,ze=ee):(ke=ee,ze=he);let qe,fe,Se,Re,Je,ie,me=!0,Ci=Zt.bbox;if(Ci!=null){me=!1;let se=Ci(s,H);Se=se.left,Re=se.top,qe=se.width,fe=se.height}else Se=ke,Re=ze,qe=fe=Zt.size(s,H);if(ie=Zt.fill(s,H),Je=Zt.stroke(s,H),Wi)H==fi&&ei<=We.prox&&(P=Se,V=Re,J=qe,ct=fe,at=me,it=ie,W=Je);else{let se=xe[H];se!=null&&(Gi[H]=Se,Yi[H]=Re,ua(se,qe,fe,me),ca(se,ie,Je),Ze(se,Le(Se),Le(Re),Q,z))}}}}if(Wi){let H=We.prox,vt=Ei==null?ei<=H:ei>H||fi!=Ei;if(we||vt){let jt=xe[0];jt!=null&&(Gi[0]=P,Yi[0]=V,ua(jt,J,ct,at),ca(jt,it,W),Ze(jt,Le(P),Le(V),Q,z))}}}if($t.show&&pi)if(n!=null){let[x,j]=Et.scales,[A,P]=Et.match,[V,J]=n.cursor.sync.scales,ct=n.cursor.drag;if(Rt=ct._x,Vt=ct._y,Rt||Vt){let{left:at,top:it,width:W,height:H}=n.select,vt=n.scales[V].ori,jt=n.posToVal,Ft,ft,Lt,he,ee,ke=x!=null&&A(x,V),ze=j!=null&&P(j,J);ke&&Rt?(vt==0?(Ft=at,ft=W):(Ft=it,ft=H),Lt=k[x],he=O(jt(Ft,V),Lt,y,0),ee=O(jt(Ft+ft,V),Lt,y,0),xs(Fe(he,ee),Dt(ee-he))):xs(0,y),ze&&Vt?(vt==1?(Ft=at,ft=W):(Ft=it,ft=H),Lt=k[j],he=q(jt(Ft,J),Lt,_,0),ee=q(jt(Ft+ft,J),Lt,_,0),ks(Fe(he,ee),Dt(ee-he))):ks(0,_)}else Gl()}else{let x=Dt(Eo-jo),j=Dt(To-Lo);if(T.ori==1){let J=x;x=j,j=J}Rt=Bt.x&&x>=Bt.dist,Vt=Bt.y&&j>=Bt.dist;let A=Bt.uni;A!=null?Rt&&Vt&&(Rt=x>=A,Vt=j>=A,!Rt&&!Vt&&(j>x?Vt=!0:Rt=!0)):Bt.x&&Bt.y&&(Rt||Vt)&&(Rt=Vt=!0);let P,V;Rt&&(T.ori==0?(P=Xi,V=yt):(P=ts,V=kt),xs(Fe(P,V),Dt(V-P)),Vt||ks(0,_)),Vt&&(T.ori==1?(P=Xi,V=yt):(P=ts,V=kt),ks(Fe(P,V),Dt(V-P)),Rt||xs(0,y)),!Rt&&!Vt&&(xs(0,0),ks(0,0))}if(Bt._x=Rt,Bt._y=Vt,n==null){if(c){if(No!=null){let[x,j]=Et.scales;Et.values[0]=x!=null?Ye(T.ori==0?yt:kt,x):null,Et.values[1]=j!=null?Ye(T.ori==1?yt:kt,j):null}js(Xl,s,yt,kt,Q,z,d)}if(Bi){let x=c&&Et.setSeries,j=We.prox;Ei==null?ei<=j&&Ge(fi,is,!0,x):ei>j?Ge(null,is,!0,x):fi!=Ei&&Ge(fi,is,!0,x)}}we&&(et.idx=d,Ul()),a!==!1&&Ot("setCursor")}let mi=null;Object.defineProperty(s,"rect",{get(){return mi==null&&Ss(!1),mi}});function Ss(n=!1){n?mi=null:(mi=L.getBoundingClientRect(),Ot("syncRect",mi))}function Mo(n,a,c,d,m,y,_){F._lock||pi&&n!=null&&n.movementX==0&&n.movementY==0||(Bl(n,a,c,d,m,y,_,!1,n!=null),n!=null?Ti(null,!0,!0):Ti(a,!0,!1))}function Bl(n,a,c,d,m,y,_,x,j){if(mi==null&&Ss(!1),ji(n),n!=null)c=n.clientX-mi.left,d=n.clientY-mi.top;else{if(c<0||d<0){yt=-10,kt=-10;return}let[A,P]=Et.scales,V=a.cursor.sync,[J,ct]=V.values,[at,it]=V.scales,[W,H]=Et.match,vt=a.axes[0].side%2==1,jt=T.ori==0?Q:z,Ft=T.ori==1?Q:z,ft=vt?y:m,Lt=vt?m:y,he=vt?d:c,ee=vt?c:d;if(at!=null?c=W(A,at)?h(J,k[A],jt,0):-10:c=jt*(he/ft),it!=null?d=H(P,it)?h(ct,k[P],Ft,0):-10:d=Ft*(ee/Lt),T.ori==1){let ke=c;c=d,d=ke}}j&&(a==null||a.cursor.event.type==Xl)&&((c<=1||c>=Q-1)&&(c=Mi(c,Q)),(d<=1||d>=z-1)&&(d=Mi(d,z))),x?(jo=c,Lo=d,[Xi,ts]=F.move(s,c,d)):(yt=c,kt=d)}const Wl={width:0,height:0,left:0,top:0};function Gl(){Zs(Wl,!1)}let Do,Po,Io,zo;function Ro(n,a,c,d,m,y,_){pi=!0,Rt=Vt=Bt._x=Bt._y=!1,Bl(n,a,c,d,m,y,_,!0,!1),n!=null&&(te(tn,hn,Vo,!1),js(ia,s,Xi,ts,Q,z,null));let{left:x,top:j,width:A,height:P}=$t;Do=x,Po=j,Io=A,zo=P}function Vo(n,a,c,d,m,y,_){pi=Bt._x=Bt._y=!1,Bl(n,a,c,d,m,y,_,!1,!0);let{left:x,top:j,width:A,height:P}=$t,V=A>0||P>0,J=Do!=x||Po!=j||Io!=A||zo!=P;if(V&&J&&Zs($t),Bt.setScale&&V&&J){let ct=x,at=A,it=j,W=P;if(T.ori==1&&(ct=j,at=P,it=x,W=A),Rt&&hi(R,Ye(ct,R),Ye(ct+at,R)),Vt)for(let H in k){let vt=k[H];H!=R&&vt.from==null&&vt.min!=mt&&hi(H,Ye(it+W,H),Ye(it,H))}Gl()}else F.lock&&(F._lock=!F._lock,Ti(a,!0,n!=null));n!=null&&(Hi(tn,hn),js(tn,s,yt,kt,Q,z,null))}function Sc(n,a,c,d,m,y,_){if(F._lock)return;ji(n);let x=pi;if(pi){let j=!0,A=!0,P=10,V,J;T.ori==0?(V=Rt,J=Vt):(V=Vt,J=Rt),V&&J&&(j=yt<=P||yt>=Q-P,A=kt<=P||kt>=z-P),V&&j&&(yt=yt<Xi?0:Q),J&&A&&(kt=kt<ts?0:z),Ti(null,!0,!0),pi=!1}yt=-10,kt=-10,ht.fill(null),Ti(null,!0,!0),x&&(pi=x)}function Oo(n,a,c,d,m,y,_){F._lock||(ji(n),El(),Gl(),n!=null&&js(na,s,yt,kt,Q,z,null))}function Fo(){E.forEach(fp),Ll(s.width,s.height,!0)}Ii(cl,os,Fo);const ss={};ss.mousedown=Ro,ss.mousemove=Mo,ss.mouseup=Vo,ss.dblclick=Oo,ss.setSeries=(n,a,c,d)=>{let m=Et.match[2];c=m(s,a,c),c!=-1&&Ge(c,d,!0,!1)},Xt&&(te(ia,L,Ro),te(Xl,L,Mo),te(sa,L,n=>{ji(n),Ss(!1)}),te(la,L,Sc),te(na,L,Oo),_n.add(s),s.syncRect=Ss);const Ks=s.hooks=e.hooks||{};function Ot(n,a,c){Ol?ws.push([n,a,c]):n in Ks&&Ks[n].forEach(d=>{d.call(null,s,a,c)})}(e.plugins||[]).forEach(n=>{for(let a in n.hooks)Ks[a]=(Ks[a]||[]).concat(n.hooks[a])});const Ho=(n,a,c)=>c,Et=Tt({key:null,setSeries:!1,filters:{pub:ga,sub:ga},scales:[R,w[1]?w[1].scale:null],match:[ba,ba,Ho],values:[null,null]},F.sync);Et.match.length==2&&Et.match.push(Ho),F.sync=Et;const No=Et.key,Yl=Dr(No);function js(n,a,c,d,m,y,_){Et.filters.pub(n,a,c,d,m,y,_)&&Yl.pub(n,a,c,d,m,y,_)}Yl.sub(s);function jc(n,a,c,d,m,y,_){Et.filters.sub(n,a,c,d,m,y,_)&&ss[n](null,a,c,d,m,y,_)}s.pub=jc;function Lc(){Yl.unsub(s),_n.delete(s),_i.clear(),gn(cl,os,Fo),f.remove(),ut?.remove(),Ot("destroy")}s.destroy=Lc;function ql(){Ot("init",e,t),yo(t||e.data,!1),B[R]?Fl(R,B[R]):El(),Bs=$t.show&&($t.width>0||$t.height>0),Si=we=!0,Ll(e.width,e.height)}return w.forEach(go),E.forEach(nc),i?i instanceof HTMLElement?(i.appendChild(f),ql()):i(s,ql):ql(),s}Yt.assign=Tt;Yt.fmtNum=zn;Yt.rangeNum=dl;Yt.rangeLog=yl;Yt.rangeAsinh=Pn;Yt.orient=Vi;Yt.pxRatio=dt;Yt.join=nu;Yt.fmtDate=Vn,Yt.tzDate=gu;Yt.sync=Dr;{Yt.addGap=Qu,Yt.clipGaps=_l;let e=Yt.paths={points:Or};e.linear=Hr,e.stepped=ep,e.bars=ip,e.spline=lp}const mp='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var gp=Object.defineProperty,$e=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&gp(t,i,l),l};const Kn=class Kn extends qt{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return b`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?b`<div class="empty muted">${u("common.no_data")}</div>`:b`<div class="plot" aria-hidden="true"></div>
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?u("chart.period"):u("chart.range")}</th>
            <th scope="col">${this.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${this.ys.map((i,s)=>b`<tr data-key=${this.labels[s]??String(this.xs[s])} data-value=${String(i)}>
                <th scope="row">${this.labels[s]??String(this.xs[s])}</th>
                <td>${this.formatValue(i)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const t=this.ys.reduce((i,s)=>i+s,0);return u("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const i=getComputedStyle(this),s=i.getPropertyValue("--pl-chart-color").trim()||i.getPropertyValue("--primary-color").trim()||"#03a9f4",l=i.getPropertyValue("--secondary-text-color").trim()||"#727272",o=i.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",r=`12px ${i.fontFamily||"sans-serif"}`,h=Math.max(Math.floor(t.clientWidth),200),p=this.labels,f=this.xs,$=this.formatValue,g=this.kind==="time",v=this.bucket,S=this.locale,L=g?Mc(v)/2:.5,C={stroke:l,font:r,grid:{stroke:o,width:1},ticks:{stroke:o,width:1}},I=w=>g?Bo(f[w]??0,v,S):p[w]??"",N={width:h,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,E,k)=>[E-L,k+L]},y:{range:(w,E,k)=>[0,k>0?k*1.1:1]}},axes:[g?{...C,splits:w=>Ac(f,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,E)=>E.map(k=>Bo(k,v,S))}:{...C,splits:()=>p.map((w,E)=>E),values:(w,E)=>E.map(k=>p[k]??""),gap:4},{...C,size:48,values:(w,E)=>E.map(k=>$(k))}],series:[{},{label:this.unit,stroke:s,fill:s,width:0,paths:Yt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const E=w.cursor.idx,k=E==null?void 0:this.ys[E];this.readout=k===void 0||E===null||E===void 0?"":`${I(E)}: ${$(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Yt(N,[this.xs,this.ys],t)}};Kn.styles=[Qt,Cc(mp),Nt`
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
    `];let Kt=Kn;$e([D()],Kt.prototype,"kind");$e([D()],Kt.prototype,"label");$e([D()],Kt.prototype,"unit");$e([D({attribute:!1})],Kt.prototype,"xs");$e([D({attribute:!1})],Kt.prototype,"ys");$e([D({attribute:!1})],Kt.prototype,"labels");$e([D()],Kt.prototype,"bucket");$e([D()],Kt.prototype,"locale");$e([D({attribute:!1})],Kt.prototype,"formatValue");$e([D({type:Boolean})],Kt.prototype,"dark");$e([D({type:Number})],Kt.prototype,"height");$e([Xa(".plot")],Kt.prototype,"plotEl");$e([G()],Kt.prototype,"readout");Jt("pl-chart",Kt);var bp=Object.defineProperty,Os=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&bp(t,i,l),l};const Qn=class Qn extends qt{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=Dc(this.matrix),i=Array.from({length:24},(p,f)=>f),s=Pc(this.locale),l=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),o=p=>{const f=l.formatToParts(new Date(Date.UTC(2024,0,1,p))),$=Number(f.find(v=>v.type==="hour")?.value??p),g=f.find(v=>v.type==="dayPeriod")?.value;return g?`${$}${g.charAt(0).toLowerCase()}`:String($)},r=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),h=p=>r.format(new Date(Date.UTC(2024,0,1,p)));return b`<table aria-label=${this.label||u("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${i.map(p=>b`<th scope="col" abbr=${h(p)}>${p%3===0?o(p):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Ic(this.firstWeekday).map(p=>b`<tr data-weekday=${p}>
              <th scope="row">${s[p]}</th>
              ${i.map(f=>{const $=this.matrix[p]?.[f]??0,g=u("heatmap.cell",{day:s[p],from:h(f),to:h((f+1)%24),count:$});return b`<td title=${g} data-weekday=${p} data-hour=${f} data-value=${$}>
                  ${$>0?b`<span class="shade" style=${cn({opacity:String(.15+.85*($/t))})}></span>`:""}
                  <span class="sr-only">${$}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};Qn.styles=[Qt,Nt`
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
    `];let yi=Qn;Os([D()],yi.prototype,"label");Os([D({attribute:!1})],yi.prototype,"matrix");Os([D({type:Number})],yi.prototype,"firstWeekday");Os([D()],yi.prototype,"locale");Os([D({attribute:!1})],yi.prototype,"hour12");Jt("pl-heatmap",yi);var yp=Object.defineProperty,Wn=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&yp(t,i,l),l};const Xn=class Xn extends qt{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?b`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(i=>u(i)).map(i=>b`<li class="card loading"><span class="label">${i}</span><span class="value">…</span></li>`)}
      </ul>`:b`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${zc(this.summary,t).map(i=>b`<li class="card" data-kpi=${i.id}>
          <span class="label">${i.label}</span>
          <span class="value">${i.value}</span>
          ${i.sub?b`<span class="sub">${i.sub}</span>`:""}
        </li>`)}
    </ul>`}};Xn.styles=[Qt,Nt`
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
    `];let ps=Xn;Wn([D({attribute:!1})],ps.prototype,"summary");Wn([D({attribute:!1})],ps.prototype,"options");Wn([D({type:Boolean})],ps.prototype,"loading");Jt("pl-kpis",ps);var $p=Object.defineProperty,Ne=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&$p(t,i,l),l};function xn(e){const t=e?.points??[],[i,s]=Bc(t),l=[...t].sort((o,r)=>o.bucket<r.bucket?-1:1).map(o=>o.bucket);return{xs:i,ys:s,labels:l}}const Oa=xn(void 0),vp=[],_p=dn.map((e,t)=>t),to=class to extends qt{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=Oa,this.hoursSeries=Oa,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const i=t.get("data");(!i||i.jobs!==this.data.jobs)&&(this.jobsSeries=xn(this.data.jobs)),(!i||i.hours!==this.data.hours)&&(this.hoursSeries=xn(this.data.hours))}if(t.has("options")){const i=this.options;i&&(this.formatInt=s=>He(s,i),this.formatHours=s=>He(s,i,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Rc(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const i=++this.token,s=this.scope(),l=this.bucket;this.loading=!0,this.error="";const o=()=>i===this.token,r=$=>{o()&&(this.data={...this.data,...$})},h=[t.summary(s).then($=>r({summary:$})),t.timeseries(s,l,"jobs").then($=>r({jobs:$})),t.timeseries(s,l,"hours").then($=>r({hours:$})),t.breakdown(s,"filament_type").then($=>r({filamentType:$})),t.breakdown(s,"filament_colour").then($=>r({filamentColour:$})),t.breakdown(s,"printer").then($=>r({printer:$})),t.breakdown(s,"status").then($=>r({status:$})),t.breakdown(s,"failure_reason").then($=>r({failureReason:$})),this.histogram(t,s).then($=>r({histogram:$})),t.breakdown(s,"weekday_hour").then($=>r({heatmap:Vc($.rows)})),t.spoolBreakdown(s,"spool").then($=>r({bySpool:$})),t.spoolBreakdown(s,"vendor").then($=>r({byVendor:$})),t.spoolBreakdown(s,"material").then($=>r({byMaterial:$}))],p=await Promise.allSettled(h);if(!o())return;const f=p.find($=>$.status==="rejected");f&&(this.error=Wt(f.reason)),this.loading=!1}async histogram(t,i){return(await Promise.all(dn.map(l=>t.listJobs({...i,statuses:[...Tn],min_duration:l.min,...l.max!==void 0?{max_duration:l.max}:{},limit:1})))).map(l=>l.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=dn.map(i=>Oc(i,t))),this.binLabelsCache}change(t,i){t==="period"&&Fc(i)?(this.period=i,this.bucket=Hc(i)):t==="printer"?this.printer=i:t==="bucket"&&(i==="day"||i==="week"||i==="month"||i==="year")&&(this.bucket=i),this.load()}render(){const t=this.options;if(!t)return M;const i=this.data,s=this.jobsSeries,l=this.hoursSeries,o=this.formatInt,r=this.formatHours,h=i.jobs?.bucket??this.bucket;return b`
      <div class="selectors" role="group" aria-label=${u("analytics.selection")}>
        <label
          >${u("analytics.period")}
          <select name="period" @change=${p=>this.change("period",p.target.value)}>
            ${Nc.map(p=>b`<option value=${p.id} ?selected=${p.id===this.period}>${Uc(p.id)}</option>`)}
          </select>
        </label>
        <label
          >${u("common.printer")}
          <select name="printer" @change=${p=>this.change("printer",p.target.value)}>
            <option value="" ?selected=${!this.printer}>${u("common.all_printers")}</option>
            ${this.printers.map(p=>b`<option value=${p.id} ?selected=${p.id===this.printer}>${p.name}</option>`)}
          </select>
        </label>
        <label
          >${u("analytics.group_by")}
          <select name="bucket" @change=${p=>this.change("bucket",p.target.value)}>
            ${["day","week","month","year"].map(p=>b`<option value=${p} ?selected=${p===this.bucket}>${u(`bucket.${p}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Gt(ir)} ${u("common.refresh")}</button>
      </div>
      ${this.error?b`<div class="error-banner" role="alert">
            <span>${u("analytics.load_error",{error:this.error})}</span>
          </div>`:M}
      ${h!==this.bucket?b`<p class="bucket-note" role="status">
            ${u("analytics.bucket_note",{shown:u(`bucket_per.${h}`),bucket:u(`bucket_many.${this.bucket}`)})}
          </p>`:M}
      <pl-kpis .summary=${i.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${u(`analytics.jobs_per.${h}`)}</h2>
          <pl-chart
            label=${u(`analytics.jobs_per.${h}`)}
            unit=${u("analytics.unit_jobs")}
            .xs=${s.xs}
            .ys=${s.ys}
            .labels=${s.labels}
            .bucket=${h}
            .locale=${t.dateLocale}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${u(`analytics.hours_per.${h}`)}</h2>
          <pl-chart
            label=${u(`analytics.hours_per.${h}`)}
            unit=${u("analytics.unit_hours")}
            .xs=${l.xs}
            .ys=${l.ys}
            .labels=${l.labels}
            .bucket=${h}
            .locale=${t.dateLocale}
            .formatValue=${r}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${u("analytics.filament_type")}</h2>
          <pl-bars
            label=${u("analytics.filament_type_label")}
            .items=${Es(Wo(i.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${u("analytics.filament_colour")}</h2>
          <pl-bars
            label=${u("analytics.filament_colour_label")}
            .items=${Es(Wo(i.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        ${i.bySpool?.rows.length?b`<section class="panel card" data-chart="spool">
                <h2>${u("analytics.by_spool")}</h2>
                <p class="muted">
                  ${u("analytics.spool_totals",{grams:Ja(i.bySpool.totals.filament_g,t,0),cost:Rs(i.bySpool.totals.cost,t)})}
                </p>
                <pl-bars
                  label=${u("analytics.by_spool")}
                  .items=${Jl(i.bySpool.rows.slice(0,12),t,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${u("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${u("analytics.by_vendor")}
                  .items=${Jl((i.byVendor?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${u("analytics.by_material")}</h2>
                <pl-bars
                  label=${u("analytics.by_material")}
                  .items=${Jl((i.byMaterial?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>`:M}
        <section class="panel card" data-chart="printer">
          <h2>${u("analytics.success_printer")}</h2>
          <pl-bars label=${u("analytics.success_printer")} .max=${100} .items=${Es(i.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${u("analytics.outcome")}</h2>
          <pl-bars
            label=${u("analytics.outcome")}
            .items=${Es((i.status?.rows??[]).map(p=>({...p,label:al(String(p.key??p.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="failure_reason">
          <h2>${u("analytics.failure_reason")}</h2>
          <pl-bars
            label=${u("analytics.failure_reason")}
            .items=${Es((i.failureReason?.rows??[]).map(p=>({...p,label:p.key===null?u("failure.unknown"):gl(String(p.key))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${u("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${u("analytics.duration_label")}
            unit=${u("analytics.unit_jobs")}
            .xs=${_p}
            .ys=${i.histogram??vp}
            .labels=${this.binLabels(t)}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${u("analytics.heatmap")}</h2>
          <pl-heatmap
            .matrix=${i.heatmap??[]}
            .firstWeekday=${t.firstWeekday}
            .locale=${t.dateLocale}
            .hour12=${t.hour12}
          ></pl-heatmap>
        </section>
      </div>
    `}};to.styles=[Qt,Nt`
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
    `];let de=to;Ne([D({attribute:!1})],de.prototype,"api");Ne([D({attribute:!1})],de.prototype,"options");Ne([D({attribute:!1})],de.prototype,"printers");Ne([D({type:Boolean})],de.prototype,"dark");Ne([D({type:Boolean})],de.prototype,"active");Ne([G()],de.prototype,"period");Ne([G()],de.prototype,"printer");Ne([G()],de.prototype,"bucket");Ne([G()],de.prototype,"data");Ne([G()],de.prototype,"loading");Ne([G()],de.prototype,"error");Jt("pl-analytics-view",de);let Gn,on;function Yn(){return Gn}function Wr(e){return on??=e.limits().then(t=>Gn=t).catch(()=>{on=void 0}),on}function Gr(e,t,i,s=Gn){const l=s?.numbers[e];return l?t<l.min||t>l.max?u("form.range",{field:i,min:String(l.min),max:String(l.max)}):"":t<0?u("form.positive",{field:i}):""}const wp=4e3;class xp{constructor(t,i){this.host=t,this.list=i,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},wp),this.changed()}async save(t,i){const s=this.host.api;if(!s)return!1;if(!Object.keys(i).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const l=await s.updateJob(t.id,i);return this.list.applyJob(l),this.notify(u("jobs.saved",{file:Qe(t.filename)})),!0}catch(l){return this.editError=Wt(l),this.notify(u("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,i){await this.save(t,i)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const i=this.confirmJobs.map(s=>s.id);this.deleting=!0,this.deleteError="",this.changed();try{const s=await t.deleteJobs(i),l=new Set(i);l.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(l,s),this.notify(u("jobs.deleted",{count:s}))}catch(s){this.deleteError=Wt(s)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const i=this.host.api;if(i){this.addBusy=!0,this.addError="",this.changed();try{const s=await i.createJob(t);this.adding=!1,this.notify(u("jobs.added",{file:Qe(s.filename)})),await this.list.reload()}catch(s){this.addError=Wt(s),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(Za(s))}finally{this.addBusy=!1,this.changed()}}}}const Fa={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:"",spool:""},Yr=[{value:"",get label(){return u("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(e=>({value:e,get label(){return e==="failed"?u("filter.failed_any"):al(e)},statuses:e==="failed"?[...Qo]:[e]})),...Qo.map(e=>({value:`only:${e}`,get label(){return`— ${al(e)}`},statuses:[e]}))];function kp(e,t){const i={};e.printer&&(i.printer_ids=[e.printer]);const s=Yr.find(h=>h.value===e.status)?.statuses??[];s.length&&(i.statuses=[...s]);const l=e.since?un(e.since,"00:00",t):void 0;if(l&&(i.since=l),e.until){const h=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(h.getTime())){h.setUTCDate(h.getUTCDate()+1);const p=un(h.toISOString().slice(0,10),"00:00",t);p&&(i.until=p)}}e.q.trim()&&(i.q=e.q.trim()),e.filament.trim()&&(i.filament_type=e.filament.trim());const o=rl(e.tags);o.length&&(i.tags=o);const r=/^id:(\d{1,9})$/.exec(e.spool??"");return r?i.spool_id=Number(r[1]):e.spool?.startsWith("vendor:")&&e.spool.length>7&&(i.spool_vendor=e.spool.slice(7)),i}function Sp(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),e.spool_id!==void 0&&(t.spool_id=e.spool_id),e.spool_vendor&&(t.spool_vendor=e.spool_vendor),t}const kn=e=>e.target.value;function jp(e){const{list:t,changes:i,admin:s}=e,l=t.activeFilters;return b`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${u("jobs.search")}
      aria-label=${u("jobs.search")}
      .value=${t.filters.q}
      @input=${o=>t.setFilter("q",kn(o),!0)}
    />
    <button class="btn" aria-expanded=${e.showFilters?"true":"false"} aria-controls="filters" @click=${e.toggleFilters}>
      ${Gt(fd)} ${l?u("jobs.filters_n",{n:l}):u("jobs.filters")}
    </button>
    <span class="spacer"></span>
    ${s&&t.selected.size?b`<button class="btn danger" @click=${()=>i.askDelete(t.selectedJobs)}>
          ${Gt(En)} ${u("jobs.delete_n",{n:t.selected.size})}
        </button>`:M}
    ${s?b`<button class="btn primary" @click=${()=>i.openAdd()} ?disabled=${!e.printers.length}>
          ${Gt(gd)} ${u("jobs.add")}
        </button>`:M}
  </div>`}function Lp(e,t){const i=e.filters,s=o=>r=>e.setFilter(o,kn(r)),l=o=>r=>e.setFilter(o,kn(r),!0);return b`<div class="filters card" id="filters">
    <label
      >${u("common.printer")}
      <select name="printer" @change=${s("printer")}>
        <option value="" ?selected=${!i.printer}>${u("common.all_printers")}</option>
        ${t.map(o=>b`<option value=${o.id} ?selected=${o.id===i.printer}>${o.name}</option>`)}
      </select>
    </label>
    <label
      >${u("column.status")}
      <select name="status" @change=${s("status")}>
        ${Yr.map(o=>b`<option value=${o.value} ?selected=${o.value===i.status}>${o.label}</option>`)}
      </select>
    </label>
    <label>${u("jobs.from")} <input name="since" type="date" .value=${i.since} @change=${s("since")} /></label>
    <label>${u("jobs.to")} <input name="until" type="date" .value=${i.until} @change=${s("until")} /></label>
    <label
      >${u("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${i.filament} @input=${l("filament")} />
      <datalist id="filament-types">${e.filamentTypes.map(o=>b`<option value=${o}></option>`)}</datalist>
    </label>
    ${e.spoolChoices.spools.length?b`<label
          >${u("spools.filter")}
          <select name="spool" @change=${s("spool")}>
            <option value="" ?selected=${!i.spool}>${u("spools.any")}</option>
            <optgroup label=${u("spools.title")}>
              ${e.spoolChoices.spools.map(o=>b`<option value=${`id:${o.id}`} ?selected=${i.spool===`id:${o.id}`}>${o.label}</option>`)}
            </optgroup>
            <optgroup label=${u("spools.vendors")}>
              ${e.spoolChoices.vendors.map(o=>b`<option value=${`vendor:${o}`} ?selected=${i.spool===`vendor:${o}`}>${o}</option>`)}
            </optgroup>
          </select>
        </label>`:M}
    <label
      >${u("jobs.tags_filter")}
      <input name="tags" .value=${i.tags} @input=${l("tags")} />
    </label>
    <button class="btn clear" @click=${()=>e.clearFilters()}>${u("jobs.clear_filters")}</button>
  </div>`}const Ep=[25,50,100,200],Tp=300,Cp=1500,Ap=["filename","printer","status"];class Mp{constructor(t,i,s){this.host=t,this.timeZone=i,this.listHeld=s,this.filters={...Fa},this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.selected=new Set,this.maintenance=[],this.filamentTypes=[],this.spoolChoices={spools:[],vendors:[]},this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return kp(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const i=++this.listToken;this.loading=!0,this.error="",this.changed();try{const s=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null}),l=await this.pageMaintenance(t,s.jobs,s.next_cursor);if(i!==this.listToken)return;this.jobs=s.jobs,this.maintenance=l,this.total=s.total,this.nextCursor=s.next_cursor,this.loaded=!0}catch(s){i===this.listToken&&(this.error=Wt(s))}finally{i===this.listToken&&(this.loading=!1),this.changed()}}async pageMaintenance(t,i,s){if(!this.filters.printer||this.sort!=="start")return[];try{const{log:l}=await t.getMaintenance([this.filters.printer]),o=i.map(f=>Date.parse(f.start)),r=this.page===0||!o.length?1/0:Math.max(...o),h=s===null||!o.length?-1/0:Math.min(...o),p=l.filter(f=>{const $=Date.parse(f.done_at);return $<=r&&$>=h});return this.order==="desc"?p:p.reverse()}catch{return[]}}async loadSummary(){const t=this.host.api;if(!t)return;const i=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const s=await t.summary(Sp(this.params()));i===this.summaryToken&&(this.summary=s)}catch(s){i===this.summaryToken&&(this.error||=Wt(s))}finally{i===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadSpoolChoices(){const t=this.host.api;if(t)try{const[i,s]=await Promise.all([t.spoolBreakdown({},"spool"),t.spoolBreakdown({},"vendor")]);this.spoolChoices={spools:i.rows.filter(l=>l.key!==null).map(l=>({id:String(l.key),label:l.label})),vendors:s.rows.filter(l=>l.key!==null).map(l=>String(l.key))},this.changed()}catch{}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const i=await t.breakdown({},"filament_type");this.filamentTypes=i.rows.map(s=>s.label??(s.key===null?"":String(s.key))).filter(s=>s).sort((s,l)=>s.localeCompare(l)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const i=this.pendingList;this.pendingList=!1,i&&!this.listHeld()&&this.loadPage(),this.loadSummary()},Cp)}setFilter(t,i,s=!1){this.filters={...this.filters,[t]:i},this.changed(),clearTimeout(this.searchTimer),s?this.searchTimer=setTimeout(()=>{this.reload()},Tp):this.reload()}clearFilters(){this.filters={...Fa},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,i])=>t!=="q"&&i).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=Ap.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(i=>i.id===t.id)?(this.jobs=this.jobs.map(i=>i.id===t.id?{...i,...Dp(t)}:i),this.changed(),!0):!1}dropJob(t){this.jobs.some(i=>i.id===t)&&(this.jobs=this.jobs.filter(i=>i.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,i){this.jobs=this.jobs.filter(s=>!t.has(s.id)),this.total=Math.max(this.total-i,0),this.selected=new Set([...this.selected].filter(s=>!t.has(s))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,i){const s=new Set(this.selected);i?s.add(t):s.delete(t),this.selected=s,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(i=>i.id)):new Set,this.changed()}}function Dp(e){const{details:t,events:i,metadata:s,...l}=e;return l}const Pp=Nt`
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
`;const Ha=(e,t,i)=>{const s=new Map;for(let l=t;l<=i;l++)s.set(e[l],l);return s},qr=Ya(class extends qa{constructor(e){if(super(e),e.type!==Wc.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,i){let s;i===void 0?i=t:t!==void 0&&(s=t);const l=[],o=[];let r=0;for(const h of e)l[r]=s?s(h,r):r,o[r]=i(h,r),r++;return{values:o,keys:l}}render(e,t,i){return this.dt(e,t,i).values}update(e,[t,i,s]){const l=rd(e),{values:o,keys:r}=this.dt(t,i,s);if(!Array.isArray(l))return this.ut=r,o;const h=this.ut??=[],p=[];let f,$,g=0,v=l.length-1,S=0,L=o.length-1;for(;g<=v&&S<=L;)if(l[g]===null)g++;else if(l[v]===null)v--;else if(h[g]===r[S])p[S]=Ai(l[g],o[S]),g++,S++;else if(h[v]===r[L])p[L]=Ai(l[v],o[L]),v--,L--;else if(h[g]===r[L])p[L]=Ai(l[g],o[L]),Ls(e,p[L+1],l[g]),g++,L--;else if(h[v]===r[S])p[S]=Ai(l[v],o[S]),Ls(e,l[g],l[v]),v--,S++;else if(f===void 0&&(f=Ha(r,S,L),$=Ha(h,g,v)),f.has(h[g]))if(f.has(h[v])){const C=$.get(r[S]),I=C!==void 0?l[C]:null;if(I===null){const N=Ls(e,l[g]);Ai(N,o[S]),p[S]=N}else p[S]=Ai(I,o[S]),Ls(e,l[g],I),l[C]=null;S++}else Kl(l[v]),v--;else Kl(l[g]),g++;for(;S<=L;){const C=Ls(e,p[L+1]);Ai(C,o[S]),p[S++]=C}for(;g<=v;){const C=l[g++];C!==null&&Kl(C)}return this.ut=r,tr(e,p),Gc}});var Ip=Object.defineProperty,qn=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Ip(t,i,l),l};const eo=class eo extends qt{constructor(){super(...arguments),this.photoId="",this.visible=!1,this.loaded=""}connectedCallback(){super.connectedCallback(),this.observer=new IntersectionObserver(t=>{this.visible=t.some(i=>i.isIntersecting),this.visible&&this.load()}),this.observer.observe(this)}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.release()}updated(t){t.has("photoId")&&this.loaded&&this.loaded!==this.photoId&&(this.release(),this.visible&&this.load())}release(){this.url&&URL.revokeObjectURL(this.url),this.url=void 0,this.loaded=""}async load(){const t=this.photoId;if(!(!this.api||!t||this.loaded===t)){this.loaded=t;try{const i=await this.api.photo(t,!0);i&&this.photoId===t&&this.isConnected&&(this.url=URL.createObjectURL(i))}catch{}}}render(){return this.url?b`<img src=${this.url} alt=${u("photos.kind.end")} />`:M}};eo.styles=Nt`
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
  `;let hs=eo;qn([D({attribute:!1})],hs.prototype,"api");qn([D()],hs.prototype,"photoId");qn([G()],hs.prototype,"url");Jt("pl-photo-thumb",hs);const Na=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function zp(e){const{list:t,changes:i,admin:s}=e,l=Na.length+(s?2:0);return b`<div class="table-wrap">
    <table aria-label=${u("jobs.print_jobs")} aria-busy=${t.loading?"true":"false"} aria-rowcount=${t.total+1}>
      <thead>
        <tr>
          ${s?b`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${u("jobs.select_all")}
                  .checked=${t.allSelected}
                  @change=${o=>t.toggleAll(o.target.checked)}
                />
              </th>`:M}
          ${Na.map(o=>Rp(t,o))}
          ${s?b`<th scope="col"><span class="sr-only">${u("jobs.actions")}</span></th>`:M}
        </tr>
      </thead>
      <tbody>
        ${qr(t.jobs,o=>o.id,(o,r)=>b`${Ua(e,r,l)}${Vp(e,o)}
          ${i.editingId===o.id?b`<tr class="editor-row">
                <td colspan=${l}>${Kr(i,o)}</td>
              </tr>`:M}`)}
        ${Ua(e,t.jobs.length,l)}
        ${t.loaded&&!t.jobs.length?b`<tr>
              <td class="empty muted" colspan=${l}>${u("jobs.no_match")}</td>
            </tr>`:M}
      </tbody>
    </table>
  </div>`}function Ua(e,t,i){const{list:s,options:l}=e;if(!s.maintenance.length)return M;const o=f=>s.order==="desc"?-Date.parse(f):Date.parse(f),r=t>0?o(s.jobs[t-1].start):-1/0,h=t<s.jobs.length?o(s.jobs[t].start):1/0;return s.maintenance.filter(f=>{const $=o(f.done_at);return $>r&&$<=h}).map(f=>b`<tr class="maintenance-row" data-maintenance-id=${f.id}>
      <td colspan=${i}>
        ${Gt(sr)}
        <span>${Ke(f.done_at,l)}</span> · <strong>${f.name}</strong>
        ${f.notes?b` · <span>${f.notes}</span>`:M}
        ${f.cost!==null?b` · <span>${Rs(f.cost,l)}</span>`:M}
        ${f.done_by?b` · <span class="muted">${f.done_by}</span>`:M}
      </td>
    </tr>`)}function Rp(e,t){const i=t.sort&&t.sort===e.sort,s=i?e.order==="asc"?"ascending":"descending":void 0;return b`<th scope="col" aria-sort=${s??M}>
    ${t.sort?b`<button class="sort" @click=${()=>e.sortBy(t.sort)}>
          ${u(t.label)}<span aria-hidden="true">${i?e.order==="asc"?"▲":"▼":""}</span>
        </button>`:u(t.label)}
  </th>`}function Vp(e,t){const{list:i,changes:s,admin:l,options:o}=e,r=ol(t.filament_colour);return b`<tr data-job-id=${t.id} class=${i.selected.has(t.id)?"selected":""}>
    ${l?b`<td>
          <input
            type="checkbox"
            aria-label=${u("jobs.select",{file:Qe(t.filename)})}
            .checked=${i.selected.has(t.id)}
            @change=${h=>i.toggleSelected(t.id,h.target.checked)}
          />
        </td>`:M}
    <td>${Jr(s,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${jn(t.status)}</td>
    <td class="num" data-col="start" title=${Ke(t.start,o)}>${Ke(t.start,o,!1)}</td>
    <td class="num" data-col="print_duration">${ii(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${r?b`<span class="swatch" style=${`background:${r}`}></span>`:M}
      ${Ln(t.filament_weight_g,t.filament_used_mm,o)}
      <span class="muted">${t.filament_type??""}</span>
      ${Yc(t.spools,o)}
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${t.rating}
        .subject=${Qe(t.filename)}
        ?readonly=${!l}
        ?disabled=${s.savingId===t.id}
        @value-changed=${h=>s.save(t,{rating:h.detail.value})}
      ></pl-rating>
    </td>
    <td data-col="tags">${t.tags.map(h=>b`<span class="tag">${h}</span>`)}</td>
    <td class="notes" data-col="notes" title=${t.notes??""}>
      <span>${t.failure_reason?b`<strong class="status-error">${gl(t.failure_reason)}</strong> `:M}${t.notes??""}</span>
    </td>
    ${l?b`<td class="actions">${Zr(s,t)}</td>`:M}
  </tr>`}function Jr(e,t){return b`<button class="file" data-col="filename" @click=${()=>e.showJob(t.id)} aria-haspopup="dialog">
    ${t.end_photo_id?b`<pl-photo-thumb .api=${e.host.api} .photoId=${t.end_photo_id}></pl-photo-thumb>`:M}${ml(t.filename)}
  </button>`}function Zr(e,t){return b`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${u("jobs.edit",{file:Qe(t.filename)})}
      aria-expanded=${e.editingId===t.id?"true":"false"}
      @click=${()=>e.toggleEditor(t)}
    >
      ${Gt(er)}
    </button>
    <button class="icon-btn" aria-label=${u("jobs.delete",{file:Qe(t.filename)})} @click=${()=>e.askDelete([t])}>
      ${Gt(En)}
    </button>`}function Kr(e,t){return b`<pl-job-editor
    .job=${t}
    .busy=${e.savingId===t.id}
    .error=${e.editError}
    @save=${i=>e.saveEditor(t,i.detail.changes)}
    @cancel=${()=>e.closeEditor(t.id)}
  ></pl-job-editor>`}function Op(e){const{list:t,changes:i,admin:s,options:l}=e;return t.loaded&&!t.jobs.length?b`<div class="empty muted">${u("jobs.no_match")}</div>`:b`<ul class="cards" aria-label=${u("jobs.print_jobs")}>
    ${qr(t.jobs,o=>o.id,o=>b`<li class="card" data-job-id=${o.id}>
        <div class="head">${Jr(i,o)} ${jn(o.status)}</div>
        <div class="line">
          ${o.printer_name} · ${Ke(o.start,l)} · ${ii(o.print_duration)} ·
          ${Ln(o.filament_weight_g,o.filament_used_mm,l)}
        </div>
        ${o.tags.length?b`<div>${o.tags.map(r=>b`<span class="tag">${r}</span>`)}</div>`:M}
        ${o.notes?b`<div class="notes" data-col="notes">${o.notes}</div>`:M}
        <div class="row-actions">
          <pl-rating
            .value=${o.rating}
            .subject=${Qe(o.filename)}
            ?readonly=${!s}
            @value-changed=${r=>i.save(o,{rating:r.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${s?Zr(i,o):M}
        </div>
        ${i.editingId===o.id?Kr(i,o):M}
      </li>`)}
  </ul>`}function Fp(e){const t=e.page*e.limit+(e.jobs.length?1:0),i=e.page*e.limit+e.jobs.length;return b`<nav class="pager" aria-label=${u("jobs.pages")}>
    <label
      >${u("jobs.rows_per_page")}
      <select @change=${s=>e.setLimit(Number(s.target.value))}>
        ${Ep.map(s=>b`<option value=${s} ?selected=${s===e.limit}>${s}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${e.total}>${u("jobs.range",{first:t,last:i,total:e.total})}</span>
    <button class="icon-btn" aria-label=${u("jobs.previous_page")} ?disabled=${e.page===0||e.loading} @click=${()=>e.prevPage()}>
      ${Gt(ud)}
    </button>
    <button class="icon-btn" aria-label=${u("jobs.next_page")} ?disabled=${!e.nextCursor||e.loading} @click=${()=>e.nextPage()}>
      ${Gt(pd)}
    </button>
  </nav>`}var Hp=Object.defineProperty,Fs=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Hp(t,i,l),l};const io=class io extends qt{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return b`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${u("common.close")} @click=${this.close}>${Gt(hd)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=Np(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Ee(this,"closed")}};io.styles=[Qt,Nt`
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
    `];let $i=io;Fs([D()],$i.prototype,"heading");Fs([D({type:Boolean,reflect:!0})],$i.prototype,"open");Fs([D({type:Boolean})],$i.prototype,"wide");Fs([Xa("dialog")],$i.prototype,"dialog");Fs([G()],$i.prototype,"hasActions");function Np(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}Jt("pl-dialog",$i);const Ba=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function el(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function Up(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(e).filter(([l,o])=>!t.has(l)&&o!==null&&o!==""),s=l=>{const o=Ba.indexOf(l);return o<0?Ba.length:o};return i.sort(([l],[o])=>s(l)-s(o)||l.localeCompare(o))}function Sn(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function Bp(e,t,i){const s=Date.parse(t),l=[];let o=null;for(const r of e){const h=(Date.parse(r.at)-s)/1e3;r.type==="paused"&&o===null?o=h:(r.type==="resumed"||r.type==="finished"||r.type==="cancelled")&&o!==null&&(l.push([o,h]),o=null)}return o!==null&&l.push([o,i]),l}function Wp(e){const t=[];let i=[];for(const[s,l]of e)l===null?(i.length&&t.push(i),i=[]):i.push([s,l]);return i.length&&t.push(i),t}var Gp=Object.defineProperty,Hs=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Gp(t,i,l),l};const Wa=600,il=120,sl=4,so=class so extends qt{constructor(){super(...arguments),this.sensors=[],this.events=[],this.start="",this.duration=0}chart(t){const i=t.series.at(-1)?.[0]??0,s=Math.max(this.duration,i,1),l=t.min??0,r=(t.max??1)-l||1,h=g=>sl+g/s*(Wa-2*sl),p=g=>il-sl-(g-l)/r*(il-2*sl),f=Wp(t.series).map((g,v,S)=>{const L=[];return g.forEach(([C,I],N)=>{const w=g[N+1],E=w?w[0]:v===S.length-1?s:C;L.push(`${h(C)},${p(I)}`,`${h(E)},${p(I)}`)}),Zl`<polyline class="line" points=${L.join(" ")}></polyline>`}),$=Bp(this.events,this.start,s).map(([g,v])=>Zl`<rect class="pause" x=${h(g)} y="0" width=${Math.max(2,h(v)-h(g))} height=${il}><title>${u("climate.paused")}</title></rect>`);return Zl`<svg viewBox="0 0 ${Wa} ${il}" role="img" aria-label=${t.name||t.entity_id}>${$}${f}</svg>`}render(){if(!this.sensors.length)return M;const t=this.options,i=s=>s===null?"—":t?He(s,t,1):s.toFixed(1);return b`${this.sensors.map(s=>b`<figure class="sensor" data-entity=${s.entity_id}>
        ${this.chart(s)}
        <figcaption>
          <strong>${s.name||s.entity_id}</strong>
          <span
            >${u("climate.stats",{min:i(s.min),mean:i(s.mean),max:i(s.max),unit:s.unit??""})}</span
          >
          ${s.missing_seconds>0?b`<span class="muted">${u("climate.missing",{time:ii(s.missing_seconds)})}</span>`:M}
        </figcaption>
      </figure>`)}`}};so.styles=[Qt,Nt`
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
    `];let vi=so;Hs([D({attribute:!1})],vi.prototype,"sensors");Hs([D({attribute:!1})],vi.prototype,"events");Hs([D()],vi.prototype,"start");Hs([D({type:Number})],vi.prototype,"duration");Hs([D({attribute:!1})],vi.prototype,"options");Jt("pl-climate-chart",vi);function Yp(e,t){const i={},s=t.notes?.trim()?t.notes:null;(e.notes||null)!==s&&(i.notes=s??""),(e.rating??null)!==t.rating&&(i.rating=t.rating);const l=t.tags;(l.length!==e.tags.length||l.some((r,h)=>r!==e.tags[h]))&&(i.tags=l);const o=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==o&&(i.failure_reason=o),(e.cost??null)!==t.cost&&(i.cost=t.cost),i}function qp(e,t,i=Yn(),s=new Date){const l={};e.printer_id||(l.printer_id=u("form.choose_printer"));const o=e.filename.trim();o||(l.filename=u("form.enter_filename")),Tn.includes(e.status)||(l.status=u("form.choose_status"));const r=un(e.start_date,e.start_time||"00:00",t);if(!r)l.start=u("form.enter_start");else if(i){const w=Date.parse(r);w>s.getTime()+i.job_time.future_tolerance*1e3?l.start=u("form.start_future"):w<Date.parse(i.job_time.earliest)&&(l.start=u("form.start_before",{date:i.job_time.earliest.slice(0,10)}))}const h=(w,E,k)=>{if(!w.trim())return;const Y=Number(w);if(!Number.isFinite(Y)||Y<0){l[E]=u("form.positive",{field:k});return}return Y},p=h(e.hours,"duration",u("form.hours"))??0,f=h(e.minutes,"duration",u("form.minutes"))??0,$=h(e.filament_g,"filament_g",u("form.filament_weight")),g=h(e.filament_m,"filament_m",u("form.filament_length")),v=h(e.cost,"cost",u("kpi.cost")),S=(w,E,k,Y)=>{const R=E===void 0||l[k]?"":Gr(w,E,Y,i);R&&(l[k]=R)};S("print_duration",p*3600+f*60,"duration",u("form.print_time_s")),S("filament_weight_g",$,"filament_g",u("form.filament_weight")),S("filament_used_mm",g===void 0?void 0:g*1e3,"filament_m",u("form.filament_length_mm")),S("cost",v,"cost",u("kpi.cost"));const L=i?.tags.max_length;if(L&&rl(e.tags).some(w=>w.length>L)&&(l.tags=u("form.tag_length",{count:L})),Object.keys(l).length||!r)return{errors:l};const C=Math.round(p*3600+f*60),I={printer_id:e.printer_id,filename:o,status:e.status,start:r,print_duration:C};C>0&&(I.end=new Date(Date.parse(r)+C*1e3).toISOString()),$!==void 0&&(I.filament_weight_g=$),g!==void 0&&(I.filament_used_mm=g*1e3),e.filament_type.trim()&&(I.filament_type=e.filament_type.trim()),v!==void 0&&(I.cost=v);const N=rl(e.tags);return N.length&&(I.tags=N),e.notes.trim()&&(I.notes=e.notes),e.failure_reason.trim()&&(I.failure_reason=e.failure_reason.trim()),e.rating&&(I.rating=e.rating),{job:I,errors:l}}const Jn=Nt`
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
`;function pl(e){return b`<input
    name="cost"
    type="number"
    min="0"
    max=${Yn()?.numbers.cost?.max??M}
    step="0.01"
    inputmode="decimal"
    .value=${e.value}
    @input=${e.onInput}
    aria-invalid=${e.invalid===void 0?M:e.invalid?"true":"false"}
    aria-describedby=${e.describedBy??M}
  />`}function hl(e,t,i,s){return b`<div class="actions">
    ${t?b`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>Ee(e,"cancel")}>${u("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${i}>${s}</button>
  </div>`}var Jp=Object.defineProperty,Sl=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Jp(t,i,l),l};const lo=class lo extends qt{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const s=this.value?u("rating.rated",{n:this.value}):u("rating.none");return b`<span role="img" aria-label=${s} title=${s}
        >${[1,2,3,4,5].map(l=>b`<span class=${l<=t?"":"empty"}>${Gt(l<=t?Zo:Ko)}</span>`)}</span
      >`}const i=this.subject?u("rating.of",{subject:this.subject}):u("rating.rating");return b`<span role="group" aria-label=${i}
      >${[1,2,3,4,5].map(s=>b`<button
            type="button"
            class=${s<=t?"":"empty"}
            aria-label=${u("rating.stars",{count:s})}
            aria-pressed=${s===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(s)}
          >
            ${Gt(s<=t?Zo:Ko)}
          </button>`)}</span
    >`}choose(t){const i=t===this.value?null:t;this.value=i,Ee(this,"value-changed",{value:i})}};lo.styles=[Qt,Nt`
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
    `];let Ri=lo;Sl([D({type:Number})],Ri.prototype,"value");Sl([D({type:Boolean})],Ri.prototype,"readonly");Sl([D({type:Boolean})],Ri.prototype,"disabled");Sl([D()],Ri.prototype,"subject");Jt("pl-rating",Ri);var Zp=Object.defineProperty,ai=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Zp(t,i,l),l};const no=class no extends qt{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.reasonChoice="",this.cost=""}willUpdate(){if(this.job&&this.job.id!==this.loadedId){this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", ");const t=this.job.failure_reason??"";this.reasonChoice=t?pn(t)?t:"other":"",this.reason=pn(t)?"":t,this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost)}}render(){if(!this.job)return b``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return b`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >${u("column.notes")}
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${i=>this.notes=i.target.value}
        ></textarea>
      </label>
      <div class="field">
        <span id="rating-label">${u("rating.rating")}</span>
        <pl-rating
          .value=${this.rating}
          .subject=${Qe(this.job.filename)}
          @value-changed=${i=>this.rating=i.detail.value}
        ></pl-rating>
      </div>
      <label
        >${u("form.tags")}
        <input
          name="tags"
          .value=${this.tags}
          @input=${i=>this.tags=i.target.value}
        />
      </label>
      <label
        >${t?u("detail.failure_reason"):u("form.failure_reason_failed")}
        <select
          name="failure_reason_choice"
          .value=${this.reasonChoice}
          @change=${i=>this.reasonChoice=i.target.value}
        >
          <option value="" ?selected=${this.reasonChoice===""}>—</option>
          ${lr.map(i=>b`<option value=${i} ?selected=${this.reasonChoice===i}>${gl(i)}</option>`)}
        </select>
      </label>
      ${this.reasonChoice==="other"?b`<label
            >${u("failure.other_text")}
            <input
              name="failure_reason"
              .value=${this.reason}
              @input=${i=>this.reason=i.target.value}
            />
          </label>`:M}
      <label
        >${u("kpi.cost")}
        ${pl({value:this.cost,onInput:i=>this.cost=i.target.value})}
      </label>
      ${hl(this,this.error,this.busy,u("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),Ee(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const i=this.cost.trim(),s=i===""?null:Number(i);if(s!==null&&(!Number.isFinite(s)||s<0)){this.error=u("form.positive",{field:u("kpi.cost")});return}const l=s===null?"":Gr("cost",s,u("kpi.cost"));if(l){this.error=l;return}const o=Yp(this.job,{notes:this.notes,rating:this.rating,tags:rl(this.tags),failure_reason:this.reasonChoice==="other"?this.reason.trim()||"other":this.reasonChoice,cost:s});Ee(this,"save",{changes:o})}};no.styles=[Qt,Jn,Nt`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let Te=no;ai([D({attribute:!1})],Te.prototype,"job");ai([D({type:Boolean})],Te.prototype,"busy");ai([D()],Te.prototype,"error");ai([G()],Te.prototype,"notes");ai([G()],Te.prototype,"rating");ai([G()],Te.prototype,"tags");ai([G()],Te.prototype,"reason");ai([G()],Te.prototype,"reasonChoice");ai([G()],Te.prototype,"cost");Jt("pl-job-editor",Te);var Kp=Object.defineProperty,ri=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Kp(t,i,l),l};const oo=class oo extends qt{constructor(){super(...arguments),this.photos=[],this.jobId="",this.admin=!1,this.urls={},this.busy=!1,this.error=""}willUpdate(t){t.has("photos")&&this.loadImages()}disconnectedCallback(){super.disconnectedCallback();for(const t of Object.values(this.urls))URL.revokeObjectURL(t);this.urls={}}async loadImages(){const t=this.api;if(!t)return;const i=new Set(this.photos.map(l=>l.id)),s={};for(const[l,o]of Object.entries(this.urls))i.has(l)?s[l]=o:URL.revokeObjectURL(o);this.urls=s;for(const l of this.photos)if(!this.urls[l.id])try{const o=await t.photo(l.id);o&&(this.urls={...this.urls,[l.id]:URL.createObjectURL(o)})}catch{}}async upload(t){const i=t.target,s=i.files?.[0];if(i.value="",!(!s||!this.api)){this.busy=!0,this.error="";try{const l=await this.api.uploadPhoto(this.jobId,s);this.photos=[...this.photos,l],Ee(this,"photos-changed",{photos:this.photos})}catch(l){this.error=u("photos.upload_failed",{error:Wt(l)})}finally{this.busy=!1}}}async deletePhoto(t){if(this.api){this.error="";try{await this.api.deletePhoto(t.id),this.open=void 0,this.photos=this.photos.filter(i=>i.id!==t.id),Ee(this,"photos-changed",{photos:this.photos})}catch(i){this.error=Wt(i)}}}render(){const t=this.options,i=s=>b`${u(`photos.kind.${s.kind}`)}${t?b`<br />${Ke(s.taken_at,t)}`:M}`;return b`
      <div class="strip" role="list" aria-label=${u("photos.title")}>
        ${this.photos.length===0?b`<span class="muted">${u("photos.none")}</span>`:M}
        ${this.photos.map(s=>b`<figure role="listitem">
            <button type="button" @click=${()=>this.open=s} aria-label=${u("photos.open")}>
              ${this.urls[s.id]?b`<img src=${this.urls[s.id]} alt=${u(`photos.kind.${s.kind}`)} />`:M}
            </button>
            <figcaption>${i(s)}</figcaption>
          </figure>`)}
      </div>
      ${this.admin?b`<div class="actions upload">
            <label class="btn">
              ${this.busy?u("photos.uploading"):u("photos.add")}
              <input type="file" accept="image/*" capture="environment" ?disabled=${this.busy} @change=${this.upload} />
            </label>
          </div>`:M}
      ${this.error?b`<p class="error" role="alert">${this.error}</p>`:M}
      ${this.open?b`<div class="viewer" role="dialog" aria-modal="true" @click=${()=>this.open=void 0}>
            <img src=${this.urls[this.open.id]??""} alt=${u(`photos.kind.${this.open.kind}`)} />
            <div>${i(this.open)}</div>
            <div class="actions" @click=${s=>s.stopPropagation()}>
              <button class="btn" @click=${()=>this.open=void 0}>${u("photos.close")}</button>
              ${this.admin?b`<button class="btn danger" @click=${()=>this.open&&void this.deletePhoto(this.open)}>
                    ${u("common.delete")}
                  </button>`:M}
            </div>
          </div>`:M}
    `}};oo.styles=[Qt,Nt`
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
    `];let Ce=oo;ri([D({attribute:!1})],Ce.prototype,"api");ri([D({attribute:!1})],Ce.prototype,"options");ri([D({attribute:!1})],Ce.prototype,"photos");ri([D()],Ce.prototype,"jobId");ri([D({type:Boolean})],Ce.prototype,"admin");ri([G()],Ce.prototype,"urls");ri([G()],Ce.prototype,"open");ri([G()],Ce.prototype,"busy");ri([G()],Ce.prototype,"error");Jt("pl-job-photos",Ce);var Qp=Object.defineProperty,Me=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Qp(t,i,l),l};const ao=class ao extends qt{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&Wr(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const s=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=s,s.has_thumbnail){this.thumbnailState="loading";try{const l=await t.thumbnail(s.id);if(i!==this.loadToken)return;l?(this.thumbnailUrl=URL.createObjectURL(l),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(s){i===this.loadToken&&(this.error=Wt(s))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return b`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${u("common.retry")}</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return b`<p class="muted" aria-busy="true">${u("common.loading")}</p>`;const s=ol(t.filament_colour);return b`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?b`<img src=${this.thumbnailUrl??""} alt=${u("detail.thumbnail_of",{file:Qe(t.filename)})} />`:b`<span class="muted"
                >${this.thumbnailState==="loading"?u("common.loading"):this.thumbnailState==="error"?u("detail.thumbnail_unavailable"):u("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${ml(t.filename)}</div>
          <p>${jn(t.status)} <span class="muted">${Ga("source",t.source)}</span></p>
          <dl>
            <dt>${u("common.printer")}</dt>
            <dd>${t.printer_name}</dd>
            <dt>${u("detail.job_id")}</dt>
            <dd class="job-id">
              <code>${t.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label=${u("detail.copy_id")}
                title=${u("detail.copy_id_title")}
                @click=${()=>{this.copyId(t.id)}}
              >
                ${this.copied?u("detail.copied"):u("detail.copy")}
              </button>
            </dd>
            <dt>${u("column.started")}</dt>
            <dd>${Ke(t.start,i)}</dd>
            <dt>${u("detail.ended")}</dt>
            <dd>${Ke(t.end,i)}</dd>
            <dt>${u("kpi.print_time")}</dt>
            <dd>
              ${ii(t.print_duration)}
              ${t.estimated_time?b`<span class="muted">(${u("detail.estimated",{time:ii(t.estimated_time)})})</span>`:M}
            </dd>
            <dt>${u("detail.total_time")}</dt>
            <dd>${ii(t.total_duration)}</dd>
            ${t.pause_count?b`<dt>${u("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${ii(t.paused_duration)})</dd>`:M}
            <dt>${u("kpi.filament")}</dt>
            <dd>
              ${s?b`<span class="swatch" style=${`background:${s}`}></span>`:M}
              ${Ln(t.filament_weight_g,t.filament_used_mm,i)}
              ${t.filament_type??""}
              <span class="muted">${He(t.filament_used_mm/1e3,i,2)} m</span>
            </dd>
            <dt>${u("kpi.cost")}</dt>
            <dd>${Rs(t.cost,i)}</dd>
            ${t.error_message?b`<dt>${u("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:M}
          </dl>
        </div>
      </div>

      ${t.spools?.length?b`<h3>${u("spools.title")}</h3>
            ${qc(t.spools,t.spool_filament_cost,i)}`:M}

      <h3>${u("detail.notes_rating")}</h3>
      ${this.editing?b`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:b`<dl>
              <dt>${u("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${u("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(l=>b`<span class="tag">${l}</span>`):"—"}</dd>
              <dt>${u("detail.failure_reason")}</dt>
              <dd>${gl(t.failure_reason)||"—"}</dd>
              <dt>${u("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${this.admin?b`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${Gt(er)} ${u("common.edit")}</button>
                  <button class="btn danger" @click=${()=>Ee(this,"delete-jobs",{jobs:[t]})}>
                    ${Gt(En)} ${u("common.delete")}
                  </button>
                </div>`:M}`}

      <h3>${u("photos.title")}</h3>
      <pl-job-photos
        .api=${this.api}
        .options=${i}
        .photos=${t.photos??[]}
        .jobId=${t.id}
        ?admin=${this.admin}
        @photos-changed=${l=>{this.job&&(this.job={...this.job,photos:l.detail.photos})}}
      ></pl-job-photos>

      ${t.climate?.length?b`<h3>${u("climate.title")}</h3>
            <pl-climate-chart
              .sensors=${t.climate}
              .events=${t.events}
              .start=${t.start}
              .duration=${t.total_duration}
              .options=${i}
            ></pl-climate-chart>`:M}

      <h3>${u("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${u("detail.timeline")}</h3>
      ${t.events.length?b`<ol class="timeline">
            ${t.events.map(l=>b`<li>
                <strong>${Ga("event",l.type)}</strong>
                <span class="muted">${Ke(l.at,i)}</span>
                ${l.data&&Object.keys(l.data).length?b`<div class="muted">
                      ${Object.entries(l.data).map(([o,r])=>b`<span>${Sn(o)}: ${el(r)}</span> `)}
                    </div>`:M}
              </li>`)}
          </ol>`:b`<p class="muted">${u("detail.no_events")}</p>`}

      <h3>${u("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?b`<details>
            <summary>${u("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([l,o])=>b`<tr>
                    <th scope="row">${l}</th>
                    <td><pre>${el(o)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:b`<p class="muted">${u("detail.no_metadata")}</p>`}
    `}renderDetails(t){const i=Up(t.details);return i.length?b`<table>
      <tbody>
        ${i.map(([s,l])=>b`<tr>
            <th scope="row">${Sn(s)}</th>
            <td>${typeof l=="object"?b`<pre>${el(l)}</pre>`:el(l)}</td>
          </tr>`)}
      </tbody>
    </table>`:b`<p class="muted">${u("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const i=this.renderRoot.querySelector(".job-id code"),s=document.createRange();i&&s.selectNodeContents(i);const l=window.getSelection();l?.removeAllRanges(),l?.addRange(s),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const s=await this.api.updateJob(this.job.id,i);this.job={...this.job,...s},this.editing=!1,Ee(this,"job-updated",{job:s})}catch(s){this.saveError=Wt(s)}finally{this.saving=!1}}};ao.styles=[Qt,Ka,Nt`
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
    `];let ne=ao;Me([D({attribute:!1})],ne.prototype,"api");Me([D({attribute:!1})],ne.prototype,"options");Me([D()],ne.prototype,"jobId");Me([D({type:Boolean})],ne.prototype,"admin");Me([G()],ne.prototype,"job");Me([G()],ne.prototype,"error");Me([G()],ne.prototype,"editing");Me([G()],ne.prototype,"saving");Me([G()],ne.prototype,"saveError");Me([G()],ne.prototype,"thumbnailUrl");Me([G()],ne.prototype,"thumbnailState");Me([G()],ne.prototype,"copied");Jt("pl-job-detail",ne);function Ga(e,t){const i=`${e}.${t}`,s=u(i);return s===i?Sn(t):s}var Xp=Object.defineProperty,bs=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&Xp(t,i,l),l};const ro=class ro extends qt{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:Go(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const i={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},s={};for(const[l,o]of Object.entries(t)){const r=i[l]??l;s[r]??=`${l}: ${o}`}this.errors=s}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return i=>{this.values={...this.values,[t]:i.target.value}}}field(t){return this.errors[t]?b`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,i=s=>this.errors[s]?`err-${s}`:"";return b`<form @submit=${this.onSubmit} novalidate>
      <label
        >${u("common.printer")}
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${i("printer_id")}>
          ${this.printers.map(s=>b`<option value=${s.id} ?selected=${s.id===t.printer_id}>${s.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >${u("column.status")}
        <select name="status" @change=${this.set("status")}>
          ${Tn.map(s=>b`<option value=${s} ?selected=${s===t.status}>${al(s)}</option>`)}
        </select>
        ${this.field("status")}
      </label>
      <label class="wide"
        >${u("form.filename")}
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
        >${u("form.start")}
        <span class="pair">
          <input
            name="start_date"
            type="date"
            aria-label=${u("form.start_date")}
            max=${Go(new Date,this.timeZone)}
            .value=${t.start_date}
            @input=${this.set("start_date")}
            aria-invalid=${this.errors.start?"true":"false"}
            aria-describedby=${i("start")}
          />
          <input name="start_time" type="time" aria-label=${u("form.start_time")} .value=${t.start_time} @input=${this.set("start_time")} />
        </span>
        ${this.field("start")}
      </label>
      <label
        >${u("kpi.print_time")}
        <span class="pair">
          <input name="hours" type="number" min="0" placeholder=${u("form.hours_symbol")} aria-label=${u("form.hours")} .value=${t.hours} @input=${this.set("hours")} />
          <input
            name="minutes"
            type="number"
            min="0"
            max="59"
            placeholder=${u("form.minutes_symbol")}
            aria-label=${u("form.minutes")}
            .value=${t.minutes}
            @input=${this.set("minutes")}
          />
        </span>
        ${this.field("duration")}
      </label>
      <label
        >${u("form.filament_g")}
        <input name="filament_g" type="number" min="0" step="0.1" .value=${t.filament_g} @input=${this.set("filament_g")} />
        ${this.field("filament_g")}
      </label>
      <label
        >${u("form.filament_m")}
        <input name="filament_m" type="number" min="0" step="0.01" .value=${t.filament_m} @input=${this.set("filament_m")} />
        ${this.field("filament_m")}
      </label>
      <label
        >${u("jobs.filament_type")}
        <input name="filament_type" placeholder="PLA" .value=${t.filament_type} @input=${this.set("filament_type")} />
      </label>
      <label
        >${u("kpi.cost")}
        ${pl({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:i("cost")})}
        ${this.field("cost")}
      </label>
      <label
        >${u("form.tags")}
        <input name="tags" .value=${t.tags} @input=${this.set("tags")} aria-describedby=${i("tags")} />
        ${this.field("tags")}
      </label>
      <label
        >${u("detail.failure_reason")}
        <input name="failure_reason" .value=${t.failure_reason} @input=${this.set("failure_reason")} />
      </label>
      <div>
        <span style="font-size:0.9em">${u("rating.rating")}</span><br />
        <pl-rating
          .value=${t.rating}
          @value-changed=${s=>this.values={...this.values,rating:s.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >${u("column.notes")}
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      ${hl(this,this.error,this.busy,u("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:i,errors:s}=qp(this.values,this.timeZone);this.errors=s,i?Ee(this,"create",{job:i}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};ro.styles=[Qt,Jn,Nt`
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
    `];let ni=ro;bs([D({attribute:!1})],ni.prototype,"printers");bs([D()],ni.prototype,"timeZone");bs([D({type:Boolean})],ni.prototype,"busy");bs([D()],ni.prototype,"error");bs([G()],ni.prototype,"values");bs([G()],ni.prototype,"errors");Jt("pl-job-form",ni);var th=Object.defineProperty,ys=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&th(t,i,l),l};const an=20,co=class co extends qt{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.list=new Mp(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new xp(this,this.list)}willUpdate(t){t.has("api")&&this.api&&(this.list.reload(),this.list.loadFilamentTypes(),this.list.loadSpoolChoices(),Wr(this.api))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const i=this.list.applyJob(t.job);this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(i||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:i}=this,s=this.options?{list:t,changes:i,admin:this.admin,options:this.options}:void 0;return b`
      <section aria-label=${u("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${jp({list:t,changes:i,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?Lp(t,this.printers):M}
      ${t.error?b`<div class="error-banner" role="alert">
            <span>${u("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${Gt(ir)} ${u("common.retry")}</button>
          </div>`:M}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?b`<div class="loading-bar" role="progressbar" aria-label=${u("jobs.loading")}></div>`:M}
        ${s?this.narrow?Op(s):zp(s):M} ${Fp(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${i.message?"message":"sr-only"}>${i.message}</div>
    `}renderDialogs(){const t=this.changes,i=t.confirmJobs.length;return b`
      <pl-dialog .heading=${u("jobs.delete_heading",{count:i})} .open=${i>0} @closed=${()=>t.cancelDelete()}>
        <p>${u("jobs.delete_text",{count:i})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,an).map(s=>b`<li>${ml(s.filename)} <span class="muted">(${s.printer_name})</span></li>`)}
          ${i>an?b`<li class="muted">${u("jobs.and_more",{n:i-an})}</li>`:M}
        </ul>
        ${t.deleteError?b`<p class="status-error" role="alert">${t.deleteError}</p>`:M}
        <button slot="actions" class="btn" @click=${()=>t.cancelDelete()}>${u("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${t.deleting} @click=${()=>t.confirmDelete()}>
          ${u("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${u("jobs.details")} wide .open=${!!t.detailId} @closed=${()=>t.closeJob()}>
        ${t.detailId?b`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${t.detailId}
              .admin=${this.admin}
              @job-updated=${s=>this.list.applyJob(s.detail.job)}
              @delete-jobs=${s=>t.askDelete(s.detail.jobs)}
            ></pl-job-detail>`:M}
      </pl-dialog>
      <pl-dialog heading=${u("jobs.add_heading")} .open=${t.adding} @closed=${()=>t.closeAdd()}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.options?.timeZone}
          .busy=${t.addBusy}
          .error=${t.addError}
          @create=${s=>t.create(s.detail.job)}
          @cancel=${()=>t.closeAdd()}
        ></pl-job-form>
      </pl-dialog>
    `}};co.styles=[Qt,Pp,Ka];let oi=co;ys([D({attribute:!1})],oi.prototype,"api");ys([D({attribute:!1})],oi.prototype,"options");ys([D({attribute:!1})],oi.prototype,"printers");ys([D({type:Boolean})],oi.prototype,"admin");ys([D({type:Boolean,reflect:!0})],oi.prototype,"narrow");ys([G()],oi.prototype,"showFilters");Jt("pl-jobs-view",oi);var eh=Object.defineProperty,ih=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&eh(t,i,l),l};const uo=class uo extends qt{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?b`<ul aria-label=${u("common.printers")}>
      ${this.printers.map(t=>{const i=t.current_job,s=t.online&&!!i&&(t.print_state==="printing"||t.print_state==="paused"),l=Jc(t),o=Zc(t);return b`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${s?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${l}</span>
          </div>
          ${i?b`<button class="file" title=${Qe(i.filename)} @click=${()=>Ee(this,"show-job",{jobId:i.id})}>
                  ${ml(i.filename)}
                </button>
                ${Kc(i)}
                <div class="meta">
                  <span>${Qc(i)} %</span>
                  <span>${u("live.elapsed",{time:ii(i.print_duration)})}</span>
                  <span>${o!==null?u("live.left",{time:ii(o)}):""}</span>
                </div>`:b`<span class="muted">${u("live.no_job")}</span>`}
        </li>`})}
    </ul>`:b``}};uo.styles=[Qt,Qa,Nt`
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
    `];let fl=uo;ih([D({attribute:!1})],fl.prototype,"printers");Jt("pl-live-strip",fl);var sh=Object.defineProperty,oe=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&sh(t,i,l),l};const lh=["interval_hours","interval_filament_kg","interval_jobs","interval_days"],nh={interval_hours:"hours",interval_filament_kg:"filament_kg",interval_jobs:"jobs",interval_days:"days"},oh={name:"",interval_hours:"",interval_filament_kg:"",interval_jobs:"",interval_days:"",cost:"",notes:""};function As(e){return e.trim()===""?null:Number(e)}const po=class po extends qt{constructor(){super(),this.printers=[],this.admin=!1,this.active=!1,this.printerId="",this.error="",this.formErrors={},this.formError="",this.doneNotes="",this.doneCost="",this.busy=!1,this.addEventListener("cancel",()=>{this.form=void 0,this.doneFor=void 0})}willUpdate(){!this.printerId&&this.printers.length&&(this.printerId=this.printers[0]?.id??""),this.active&&this.api&&this.printerId&&this.loadedFor!==this.printerId&&(this.loadedFor=this.printerId,this.load())}async load(){if(!(!this.api||!this.printerId))try{this.data=await this.api.getMaintenance([this.printerId]),this.error=""}catch(t){this.error=Wt(t)}}figures(t){const i=this.options;return lh.filter(s=>t[s]!==null).map(s=>{const l=nh[s],o=l==="filament_kg"?2:l==="hours"?1:0;return u(`maintenance.left_${l}`,{left:He(t.remaining[l]??0,i,o),of:He(t[s],i,o)})})}async markDone(t){if(this.api){this.busy=!0;try{await this.api.logMaintenance({task_id:t.id,notes:this.doneNotes||void 0,cost:this.doneCost===""?void 0:Number(this.doneCost)}),this.doneFor=void 0,this.doneNotes="",this.doneCost="",await this.load()}catch(i){this.error=Wt(i)}finally{this.busy=!1}}}async removeTask(t){if(!(!this.api||!confirm(u("maintenance.delete_confirm",{name:t.name}))))try{await this.api.deleteTask(t.id),await this.load()}catch(i){this.error=Wt(i)}}async removeEntry(t){if(this.api)try{await this.api.deleteLogEntry(t),await this.load()}catch(i){this.error=Wt(i)}}edit(t){this.formErrors={},this.formError="",this.form=t?{id:t.id,name:t.name,interval_hours:t.interval_hours?.toString()??"",interval_filament_kg:t.interval_filament_kg?.toString()??"",interval_jobs:t.interval_jobs?.toString()??"",interval_days:t.interval_days?.toString()??"",cost:t.cost?.toString()??"",notes:t.notes??""}:{...oh}}async save(t){t.preventDefault();const i=this.form;if(!i||!this.api)return;const s={name:i.name,interval_hours:As(i.interval_hours),interval_filament_kg:As(i.interval_filament_kg),interval_jobs:As(i.interval_jobs),interval_days:As(i.interval_days),cost:As(i.cost),notes:i.notes||null};this.busy=!0;try{i.id?await this.api.updateTask(i.id,s):await this.api.createTask({...s,printer_id:this.printerId}),this.form=void 0,await this.load()}catch(l){this.formErrors=Za(l),this.formError=Object.keys(this.formErrors).length?u("maintenance.fix_fields"):Wt(l)}finally{this.busy=!1}}input(t,i="number",s="any"){const l=this.form,o=Yn()?.numbers[t],r=this.formErrors[t];return b`<label
      >${u(`maintenance.field.${t}`)}
      <input
        name=${t}
        type=${i}
        step=${s}
        min=${o?.min??M}
        max=${o?.max??M}
        .value=${l[t]??""}
        @input=${h=>this.form={...l,[t]:h.target.value}}
        aria-invalid=${r?"true":"false"}
        aria-describedby=${r?`err-${t}`:M}
      />
      ${r?b`<span class="err" id=${`err-${t}`}>${r}</span>`:M}
    </label>`}renderForm(){const t=this.form;return b`<div class="card">
      <h2>${t.id?u("maintenance.edit_task"):u("maintenance.add_task")}</h2>
      <form @submit=${this.save} novalidate>
        ${this.input("name","text")} ${this.input("interval_hours")} ${this.input("interval_filament_kg")}
        ${this.input("interval_jobs","number","1")} ${this.input("interval_days","number","1")}
        <label
          >${u("maintenance.field.cost")}
          ${pl({value:t.cost,onInput:i=>this.form={...t,cost:i.target.value},invalid:!!this.formErrors.cost})}
          ${this.formErrors.cost?b`<span class="err">${this.formErrors.cost}</span>`:M}
        </label>
        ${this.formErrors.intervals?b`<span class="err wide" role="alert" id="err-intervals">${this.formErrors.intervals}</span>`:M}
        ${hl(this,this.formError,this.busy,u("common.save"))}
      </form>
    </div>`}renderTask(t){const i=this.options,s=t.status==="due"?"error":t.status==="soon"?"warn":void 0;return b`<div class="card task" data-task=${t.id}>
      <h3>
        <span>${t.name}</span>
        <span class="badge ${t.status}">${u(`maintenance.status.${t.status}`)}</span>
      </h3>
      ${Xc(t.fraction,u("maintenance.progress_of",{name:t.name}),s)}
      <div class="figures">${this.figures(t).join(" · ")}</div>
      <div class="rate">
        ${u("maintenance.last_done",{when:t.last_done?Ke(t.last_done,i):"—"})}
        · ${u("maintenance.failure_rate",{since:rn(t.failure_rate_since===null?null:t.failure_rate_since*100,i),before:rn(t.failure_rate_before===null?null:t.failure_rate_before*100,i)})}
      </div>
      ${this.admin?this.doneFor===t.id?b`<form
              @submit=${l=>{l.preventDefault(),this.markDone(t)}}
            >
              <label class="wide"
                >${u("maintenance.field.notes")}
                <input name="notes" .value=${this.doneNotes} @input=${l=>this.doneNotes=l.target.value} />
              </label>
              <label
                >${u("maintenance.field.cost")}
                ${pl({value:this.doneCost,onInput:l=>this.doneCost=l.target.value})}
              </label>
              ${hl(this,"",this.busy,u("maintenance.log_done"))}
            </form>`:b`<div class="row">
              <button class="btn primary" @click=${()=>this.doneFor=t.id}>${u("maintenance.done")}</button>
              <button class="btn" @click=${()=>this.edit(t)}>${u("common.edit")}</button>
              <button class="btn danger" @click=${()=>this.removeTask(t)}>${u("common.delete")}</button>
            </div>`:M}
    </div>`}render(){if(!this.options)return M;const t=this.options,i=this.data;return b`
      <div class="toolbar">
        <label
          >${u("common.printer")}
          <select
            name="printer"
            @change=${s=>{this.printerId=s.target.value,this.form=void 0}}
          >
            ${this.printers.map(s=>b`<option value=${s.id} ?selected=${s.id===this.printerId}>${s.name}</option>`)}
          </select>
        </label>
        <span class="spacer"></span>
        ${i?b`<span>${u("maintenance.total_cost",{cost:Rs(i.cost[this.printerId]??0,t)})}</span>`:M}
        ${this.admin?b`<button class="btn primary" @click=${()=>this.edit()}>${u("maintenance.add_task")}</button>`:M}
      </div>
      ${this.error?b`<div class="error-banner" role="alert">${this.error}</div>`:M}
      ${this.form?this.renderForm():M}
      ${i?b`<div class="tasks">
              ${i.tasks.length?i.tasks.map(s=>this.renderTask(s)):b`<p>${u("maintenance.no_tasks")}</p>`}
            </div>
            <h2>${u("maintenance.log")}</h2>
            ${i.log.length?b`<table>
                  <thead>
                    <tr>
                      <th>${u("maintenance.when")}</th>
                      <th>${u("maintenance.field.name")}</th>
                      <th>${u("maintenance.by")}</th>
                      <th>${u("maintenance.field.notes")}</th>
                      <th>${u("maintenance.field.cost")}</th>
                      <th>${u("maintenance.counters")}</th>
                      ${this.admin?b`<th></th>`:M}
                    </tr>
                  </thead>
                  <tbody>
                    ${i.log.map(s=>b`<tr>
                        <td>${Ke(s.done_at,t)}</td>
                        <td>${s.name}</td>
                        <td>${s.done_by??"—"}</td>
                        <td>${s.notes??""}</td>
                        <td>${s.cost===null?"—":Rs(s.cost,t)}</td>
                        <td>
                          ${u("maintenance.counters_value",{hours:He(s.print_hours,t,1),jobs:He(s.jobs,t)})}
                        </td>
                        ${this.admin?b`<td>
                              <button class="btn danger" @click=${()=>this.removeEntry(s.id)}>${u("common.delete")}</button>
                            </td>`:M}
                      </tr>`)}
                  </tbody>
                </table>`:b`<p>${u("maintenance.no_log")}</p>`}`:b`<p>${u("common.loading")}</p>`}
    `}};po.styles=[Qt,Qa,Jn,Nt`
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
    `];let Ht=po;oe([D({attribute:!1})],Ht.prototype,"api");oe([D({attribute:!1})],Ht.prototype,"options");oe([D({attribute:!1})],Ht.prototype,"printers");oe([D({type:Boolean})],Ht.prototype,"admin");oe([D({type:Boolean})],Ht.prototype,"active");oe([G()],Ht.prototype,"printerId");oe([G()],Ht.prototype,"data");oe([G()],Ht.prototype,"error");oe([G()],Ht.prototype,"form");oe([G()],Ht.prototype,"formErrors");oe([G()],Ht.prototype,"formError");oe([G()],Ht.prototype,"doneFor");oe([G()],Ht.prototype,"doneNotes");oe([G()],Ht.prototype,"doneCost");oe([G()],Ht.prototype,"busy");Jt("pl-maintenance-view",Ht);var ah=Object.defineProperty,ci=(e,t,i,s)=>{for(var l=void 0,o=e.length-1,r;o>=0;o--)(r=e[o])&&(l=r(t,i,l)||l);return l&&ah(t,i,l),l};const ll=["jobs","analytics","maintenance"],rh="Print Log",ho=class ho extends qt{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new td}willUpdate(t){if(t.has("hass")&&this.hass){const i=this.hass.connection;i!==this.connection&&(this.connection=i,this.api=new ed(this.hass),this.resubscribe(),this.loadPrinters());const s=t.get("hass");if(!this.options||!s||s.locale!==this.hass.locale||s.config!==this.hass.config){const l=Yo(this.hass);l.language===this.language?this.options=l:l.language===id()?(this.options=l,this.language=l.language):this.switchLanguage(l)}}}async switchLanguage(t){const i=await sd(t.language,t.numberLocale);this.hass&&Yo(this.hass).language!==t.language||(this.options={...t,language:i},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,i=>this.onLiveEvent(i),i=>console.warn("print_logger: live updates unavailable:",Wt(i)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Wt(t)}}onLiveEvent(t){this.printers=ld(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const i=ll.indexOf(this.view),s=t.key==="ArrowLeft"?ll.length-1:1,l=ll[(i+s)%ll.length]??"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"maintenance":l),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return M;const t=!!this.hass.user?.is_admin,i=(s,l,o)=>b`<button
        role="tab"
        id=${`tab-${s}`}
        aria-selected=${this.view===s?"true":"false"}
        aria-controls=${`view-${s}`}
        aria-label=${l}
        tabindex=${this.view===s?0:-1}
        @click=${()=>this.select(s)}
      >
        ${Gt(o)}<span class="label">${l}</span>
      </button>`;return b`
      <header>
        ${this.narrow?b`<button class="icon-btn" aria-label=${u("panel.open_sidebar")} @click=${()=>Ee(this,"hass-toggle-menu")}>
              ${Gt(md)}
            </button>`:M}
        <h1>${this.panel?.title&&this.panel.title!==rh?this.panel.title:u("panel.title")}</h1>
        <div role="tablist" aria-label=${u("panel.views")} @keydown=${this.onTabKey}>
          ${i("jobs",u("panel.jobs"),bd)} ${i("analytics",u("panel.analytics"),dd)}
          ${i("maintenance",u("panel.maintenance"),sr)}
        </div>
      </header>
      ${cd(this.language,b`<main>
        ${this.printersError?b`<div class="error-banner" role="alert">
              <span>${u("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${u("common.retry")}</button>
            </div>`:M}
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
    `}};ho.styles=[Qt,Nt`
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
    `];let Ae=ho;ci([D({attribute:!1})],Ae.prototype,"hass");ci([D({type:Boolean,reflect:!0})],Ae.prototype,"narrow");ci([D({attribute:!1})],Ae.prototype,"panel");ci([G()],Ae.prototype,"view");ci([G()],Ae.prototype,"printers");ci([G()],Ae.prototype,"printersError");ci([G()],Ae.prototype,"api");ci([G()],Ae.prototype,"options");ci([G()],Ae.prototype,"language");Jt("print-logger-panel",Ae);
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
