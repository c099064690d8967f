import{K as pc,M as Mo,N as Do,A as V,b as d,O as Ql,Q as Ye,w as Po,R as hc,H as Xs,m as v,a as re,c as ce,d as ie,S as Xl,D as R,G as ue,T as fc,E as X,U as ja,V as mc,W as gc,X as bc,Y as yc,Z as $c,C as vc,h as _c,_ as wc,j as Xt,$ as tn,a0 as xc,i as kc,a1 as Sc,P as Tc,B as Ec,a2 as Ca,a3 as Ms,a4 as Ol,a5 as tl,a6 as Lc,o as qe,a7 as zo,a8 as en,a9 as el,aa as jc,ab as Cc,x as gn,y as ti,v as hi,z as bn,q as rl,ac as Ac,F as Ze,s as Io,ad as Mc,ae as Aa,p as Vo,n as Dc,r as Pc,u as zc,t as Ic,af as Vc,L as Rc,g as Fc,f as Ma,e as Hc,I as Oc,k as Nc}from"./chunks/shared-KX-uhOCn.js";const Bc=(e,t,i)=>(i.configurable=!0,i.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,i),i);function Ro(e,t){return(i,s,l)=>{const a=r=>r.renderRoot?.querySelector(e)??null;return Bc(i,s,{get(){return a(this)}})}}const{I:Uc}=pc,Da=e=>e,Pa=()=>document.createComment(""),xs=(e,t,i)=>{const s=e._$AA.parentNode,l=t===void 0?e._$AB:t._$AA;if(i===void 0){const a=s.insertBefore(Pa(),l),r=s.insertBefore(Pa(),l);i=new Uc(a,r,e,e.options)}else{const a=i._$AB.nextSibling,r=i._$AM,h=r!==e;if(h){let p;i._$AQ?.(e),i._$AM=e,i._$AP!==void 0&&(p=e._$AU)!==r._$AU&&i._$AP(p)}if(a!==l||h){let p=i._$AA;for(;p!==a;){const m=Da(p).nextSibling;Da(s).insertBefore(p,l),p=m}}}return i},Li=(e,t,i=e)=>(e._$AI(t,i),e),Wc={},Fo=(e,t=Wc)=>e._$AH=t,Gc=e=>e._$AH,Nl=e=>{e._$AR(),e._$AA.remove()};const Jc=Mo(class extends Do{constructor(){super(...arguments),this.key=V}render(e,t){return this.key=e,t}update(e,[t,i]){return t!==this.key&&(Fo(e),this.key=t),i}});function Gs(e,t,i,s=!1){return e.map(l=>{const a=l.key===null||l.key===void 0?"":String(l.key),r=l.label||a||d("common.unknown"),h=Number(l[t]??0);let p,m;t==="success_rate"?(p=Ql(l.success_rate,i),m=d("common.n_jobs",{count:l.jobs,n:Ye(l.jobs,i)})):t==="filament_g"?(p=Po(h,i,0),m=d("common.n_jobs",{count:l.jobs,n:Ye(l.jobs,i)})):t==="hours"?p=hc(h,"hours",i,1):p=Ye(h,i);const y={key:a,label:r,value:h,display:p};if(m&&(y.note=m),s){const g=Xs(a)??Xs(l.label);g&&(y.colour=g)}return y})}var Yc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",qc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Zc="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",Kc="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",yn="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",Qc="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",Xc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Ho="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",tu="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",Oo="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",za="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",Ia="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",eu="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z",No="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";function Ut(e,t){return t?v`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:v`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const iu=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Va=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],$n=iu.filter(e=>e!=="in_progress");var su=Object.defineProperty,vn=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&su(t,i,l),l};const Fn=class Fn extends re{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return v`<div class="empty muted">${d("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(i=>i.value),0);return v`<ul aria-label=${this.label}>
      ${this.items.map(i=>{const s=t>0?Math.max(0,Math.min(100,i.value/t*100)):0,l=Xl({width:`${s}%`,...i.colour?{background:i.colour}:{}});return v`<li data-key=${i.key} data-value=${String(i.value)}>
          <span class="name"
            >${i.colour?v`<span class="swatch" style=${Xl({background:i.colour})}></span>`:""}
            <span>${i.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${i.colour?"bar coloured":"bar"} style=${l}></span></span>
          <span class="value">${i.display}${i.note?v`<span class="note">${i.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Fn.styles=[ce,ie`
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
    `];let ls=Fn;vn([R()],ls.prototype,"label");vn([R({attribute:!1})],ls.prototype,"items");vn([R({type:Number})],ls.prototype,"max");ue("pl-bars",ls);const lu=!0,Pt="u-",nu="uplot",au=Pt+"hz",ou=Pt+"vt",ru=Pt+"title",cu=Pt+"wrap",uu=Pt+"under",du=Pt+"over",pu=Pt+"axis",Ai=Pt+"off",hu=Pt+"select",fu=Pt+"cursor-x",mu=Pt+"cursor-y",gu=Pt+"cursor-pt",bu=Pt+"legend",yu=Pt+"live",$u=Pt+"inline",vu=Pt+"series",_u=Pt+"marker",Ra=Pt+"label",wu=Pt+"value",Es="width",Ls="height",ks="top",Fa="bottom",es="left",Bl="right",_n="#000",Ha=_n+"0",Ul="mousemove",Oa="mousedown",Wl="mouseup",Na="mouseenter",Ba="mouseleave",Ua="dblclick",xu="resize",ku="scroll",Wa="change",il="dppxchange",wn="--",us=typeof window<"u",sn=us?document:null,ss=us?window:null,Su=us?navigator:null;let ut,Js;function ln(){let e=devicePixelRatio;ut!=e&&(ut=e,Js&&an(Wa,Js,ln),Js=matchMedia(`(min-resolution: ${ut-.001}dppx) and (max-resolution: ${ut+.001}dppx)`),Mi(Wa,Js,ln),ss.dispatchEvent(new CustomEvent(il)))}function ge(e,t){if(t!=null){let i=e.classList;!i.contains(t)&&i.add(t)}}function nn(e,t){let i=e.classList;i.contains(t)&&i.remove(t)}function _t(e,t,i){e.style[t]=i+"px"}function ze(e,t,i,s){let l=sn.createElement(e);return t!=null&&ge(l,t),i?.insertBefore(l,s),l}function Te(e,t){return ze("div",e,t)}const Ga=new WeakMap;function Je(e,t,i,s,l){let a="translate("+t+"px,"+i+"px)",r=Ga.get(e);a!=r&&(e.style.transform=a,Ga.set(e,a),t<0||i<0||t>s||i>l?ge(e,Ai):nn(e,Ai))}const Ja=new WeakMap;function Ya(e,t,i){let s=t+i,l=Ja.get(e);s!=l&&(Ja.set(e,s),e.style.background=t,e.style.borderColor=i)}const qa=new WeakMap;function Za(e,t,i,s){let l=t+""+i,a=qa.get(e);l!=a&&(qa.set(e,l),e.style.height=i+"px",e.style.width=t+"px",e.style.marginLeft=s?-t/2+"px":0,e.style.marginTop=s?-i/2+"px":0)}const xn={passive:!0},Tu={...xn,capture:!0};function Mi(e,t,i,s){t.addEventListener(e,i,s?Tu:xn)}function an(e,t,i,s){t.removeEventListener(e,i,xn)}us&&ln();function Ie(e,t,i,s){let l;i=i||0,s=s||t.length-1;let a=s<=2147483647;for(;s-i>1;)l=a?i+s>>1:be((i+s)/2),t[l]<e?i=l:s=l;return e-t[i]<=t[s]-e?i:s}function Bo(e){return(i,s,l)=>{let a=-1,r=-1;for(let h=s;h<=l;h++)if(e(i[h])){a=h;break}for(let h=l;h>=s;h--)if(e(i[h])){r=h;break}return[a,r]}}const Uo=e=>e!=null,Wo=e=>e!=null&&e>0,cl=Bo(Uo),Eu=Bo(Wo);function Lu(e,t,i,s=0,l=!1){let a=l?Eu:cl,r=l?Wo:Uo;[t,i]=a(e,t,i);let h=e[t],p=e[t];if(t>-1)if(s==1)h=e[t],p=e[i];else if(s==-1)h=e[i],p=e[t];else for(let m=t;m<=i;m++){let y=e[m];r(y)&&(y<h?h=y:y>p&&(p=y))}return[h??mt,p??-mt]}function ul(e,t,i,s){let l=Xa(e),a=Xa(t);e==t&&(l==-1?(e*=i,t/=i):(e/=i,t*=i));let r=i==10?ei:Go,h=l==1?be:Ee,p=a==1?Ee:be,m=h(r(Dt(e))),y=p(r(Dt(t))),g=ns(i,m),$=ns(i,y);return i==10&&(m<0&&(g=gt(g,-m)),y<0&&($=gt($,-y))),s||i==2?(e=g*l,t=$*a):(e=Zo(e,g),t=dl(t,$)),[e,t]}function kn(e,t,i,s){let l=ul(e,t,i,s);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}const Sn=.1,Ka={mode:3,pad:Sn},Cs={pad:0,soft:null,mode:0},ju={min:Cs,max:Cs};function sl(e,t,i,s){return pl(i)?Qa(e,t,i):(Cs.pad=i,Cs.soft=s?0:null,Cs.mode=s?3:0,Qa(e,t,ju))}function rt(e,t){return e??t}function Cu(e,t,i){for(t=rt(t,0),i=rt(i,e.length-1);t<=i;){if(e[t]!=null)return!0;t++}return!1}function Qa(e,t,i){let s=i.min,l=i.max,a=rt(s.pad,0),r=rt(l.pad,0),h=rt(s.hard,-mt),p=rt(l.hard,mt),m=rt(s.soft,mt),y=rt(l.soft,-mt),g=rt(s.mode,0),$=rt(l.mode,0),S=t-e,E=ei(S),A=te(Dt(e),Dt(t)),z=ei(A),B=Dt(z-E);(S<1e-24||B>10)&&(S=0,(e==0||t==0)&&(S=1e-24,g==2&&m!=mt&&(a=0),$==2&&y!=-mt&&(r=0)));let w=S||A||1e3,j=ei(w),k=ns(10,be(j)),G=w*(S==0?e==0?.1:1:a),P=gt(Zo(e-G,k/10),24),tt=e>=m&&(g==1||g==3&&P<=m||g==2&&P>=m)?m:mt,Z=te(h,P<tt&&e>=tt?tt:Ve(tt,P)),st=w*(S==0?t==0?.1:1:r),q=gt(dl(t+st,k/10),24),L=t<=y&&($==1||$==3&&q>=y||$==2&&q<=y)?y:-mt,Q=Ve(p,q>L&&t<=L?L:te(L,q));return Z==Q&&Z==0&&(Q=100),[Z,Q]}const Au=new Intl.NumberFormat(us?Su.language:"en-US"),Tn=e=>Au.format(e),ye=Math,Qs=ye.PI,Dt=ye.abs,be=ye.floor,Mt=ye.round,Ee=ye.ceil,Ve=ye.min,te=ye.max,ns=ye.pow,Xa=ye.sign,ei=ye.log10,Go=ye.log2,Mu=(e,t=1)=>ye.sinh(e)*t,Gl=(e,t=1)=>ye.asinh(e/t),mt=1/0;function to(e){return(ei((e^e>>31)-(e>>31))|0)+1}function on(e,t,i){return Ve(te(e,t),i)}function Jo(e){return typeof e=="function"}function lt(e){return Jo(e)?e:()=>e}const Du=()=>{},Yo=e=>e,qo=(e,t)=>t,Pu=e=>null,eo=e=>!0,io=(e,t)=>e==t,zu=/\.\d*?(?=9{6,}|0{6,})/gm,Di=e=>{if(Qo(e)||fi.has(e))return e;const t=`${e}`,i=t.match(zu);if(i==null)return e;let s=i[0].length-1;if(t.indexOf("e-")!=-1){let[l,a]=t.split("e");return+`${Di(l)}e${a}`}return gt(e,s)};function ji(e,t){return Di(gt(Di(e/t))*t)}function dl(e,t){return Di(Ee(Di(e/t))*t)}function Zo(e,t){return Di(be(Di(e/t))*t)}function gt(e,t=0){if(Qo(e))return e;let i=10**t,s=e*i*(1+Number.EPSILON);return Mt(s)/i}const fi=new Map;function Ko(e){return((""+e).split(".")[1]||"").length}function Ds(e,t,i,s){let l=[],a=s.map(Ko);for(let r=t;r<i;r++){let h=Dt(r),p=gt(ns(e,r),h);for(let m=0;m<s.length;m++){let y=e==10?+`${s[m]}e${r}`:s[m]*p,g=(r>=0?0:h)+(r>=a[m]?0:a[m]),$=e==10?y:gt(y,g);l.push($),fi.set($,g)}}return l}const As={},En=[],as=[null,null],pi=Array.isArray,Qo=Number.isInteger,Iu=e=>e===void 0;function so(e){return typeof e=="string"}function pl(e){let t=!1;if(e!=null){let i=e.constructor;t=i==null||i==Object}return t}function Vu(e){return e!=null&&typeof e=="object"}const Ru=Object.getPrototypeOf(Uint8Array),Xo="__proto__";function os(e,t=pl){let i;if(pi(e)){let s=e.find(l=>l!=null);if(pi(s)||t(s)){i=Array(e.length);for(let l=0;l<e.length;l++)i[l]=os(e[l],t)}else i=e.slice()}else if(e instanceof Ru)i=e.slice();else if(t(e)){i={};for(let s in e)s!=Xo&&(i[s]=os(e[s],t))}else i=e;return i}function jt(e){let t=arguments;for(let i=1;i<t.length;i++){let s=t[i];for(let l in s)l!=Xo&&(pl(e[l])?jt(e[l],os(s[l])):e[l]=os(s[l]))}return e}const Fu=0,Hu=1,Ou=2;function Nu(e,t,i){for(let s=0,l,a=-1;s<t.length;s++){let r=t[s];if(r>a){for(l=r-1;l>=0&&e[l]==null;)e[l--]=null;for(l=r+1;l<i&&e[l]==null;)e[a=l++]=null}}}function Bu(e,t){if(Gu(e)){let r=e[0].slice();for(let h=1;h<e.length;h++)r.push(...e[h].slice(1));return Ju(r[0])||(r=Wu(r)),r}let i=new Set;for(let r=0;r<e.length;r++){let p=e[r][0],m=p.length;for(let y=0;y<m;y++)i.add(p[y])}let s=[Array.from(i).sort((r,h)=>r-h)],l=s[0].length,a=new Map;for(let r=0;r<l;r++)a.set(s[0][r],r);for(let r=0;r<e.length;r++){let h=e[r],p=h[0];for(let m=1;m<h.length;m++){let y=h[m],g=Array(l).fill(void 0),$=t?t[r][m]:Hu,S=[];for(let E=0;E<y.length;E++){let A=y[E],z=a.get(p[E]);A===null?$!=Fu&&(g[z]=A,$==Ou&&S.push(z)):g[z]=A}Nu(g,S,l),s.push(g)}}return s}const Uu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Wu(e){let t=e[0],i=t.length,s=Array(i);for(let a=0;a<s.length;a++)s[a]=a;s.sort((a,r)=>t[a]-t[r]);let l=[];for(let a=0;a<e.length;a++){let r=e[a],h=Array(i);for(let p=0;p<i;p++)h[p]=r[s[p]];l.push(h)}return l}function Gu(e){let t=e[0][0],i=t.length;for(let s=1;s<e.length;s++){let l=e[s][0];if(l.length!=i)return!1;if(l!=t){for(let a=0;a<i;a++)if(l[a]!=t[a])return!1}}return!0}function Ju(e,t=100){const i=e.length;if(i<=1)return!0;let s=0,l=i-1;for(;s<=l&&e[s]==null;)s++;for(;l>=s&&e[l]==null;)l--;if(l<=s)return!0;const a=te(1,be((l-s+1)/t));for(let r=e[s],h=s+a;h<=l;h+=a){const p=e[h];if(p!=null){if(p<=r)return!1;r=p}}return!0}const tr=["January","February","March","April","May","June","July","August","September","October","November","December"],er=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function ir(e){return e.slice(0,3)}const Yu=er.map(ir),qu=tr.map(ir),Zu={MMMM:tr,MMM:qu,WWWW:er,WWW:Yu};function Ss(e){return(e<10?"0":"")+e}function Ku(e){return(e<10?"00":e<100?"0":"")+e}const Qu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Ss(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Ss(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Ss(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Ss(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Ss(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Ku(e.getMilliseconds())};function Ln(e,t){t=t||Zu;let i=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(e);)i.push(l[0][0]=="{"?Qu[l[1]]:l[0]);return a=>{let r="";for(let h=0;h<i.length;h++)r+=typeof i[h]=="string"?i[h]:i[h](a,t);return r}}const Xu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function td(e,t){let i;return t=="UTC"||t=="Etc/UTC"?i=new Date(+e+e.getTimezoneOffset()*6e4):t==Xu?i=e:(i=new Date(e.toLocaleString("en-US",{timeZone:t})),i.setMilliseconds(e.getMilliseconds())),i}const sr=e=>e%1==0,ll=[1,2,2.5,5],ed=Ds(10,-32,0,ll),lr=Ds(10,0,32,ll),id=lr.filter(sr),Ci=ed.concat(lr),jn=`
`,nr="{YYYY}",lo=jn+nr,ar="{M}/{D}",js=jn+ar,Ys=js+"/{YY}",or="{aa}",sd="{h}:{mm}",is=sd+or,no=jn+is,ao=":{ss}",pt=null;function rr(e){let t=e*1e3,i=t*60,s=i*60,l=s*24,a=l*30,r=l*365,p=(e==1?Ds(10,0,3,ll).filter(sr):Ds(10,-3,0,ll)).concat([t,t*5,t*10,t*15,t*30,i,i*5,i*10,i*15,i*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,a,a*2,a*3,a*4,a*6,r,r*2,r*5,r*10,r*25,r*50,r*100]);const m=[[r,nr,pt,pt,pt,pt,pt,pt,1],[l*28,"{MMM}",lo,pt,pt,pt,pt,pt,1],[l,ar,lo,pt,pt,pt,pt,pt,1],[s,"{h}"+or,Ys,pt,js,pt,pt,pt,1],[i,is,Ys,pt,js,pt,pt,pt,1],[t,ao,Ys+" "+is,pt,js+" "+is,pt,no,pt,1],[e,ao+".{fff}",Ys+" "+is,pt,js+" "+is,pt,no,pt,1]];function y(g){return($,S,E,A,z,B)=>{let w=[],j=z>=r,k=z>=a&&z<r,G=g(E),P=gt(G*e,3),tt=Jl(G.getFullYear(),j?0:G.getMonth(),k||j?1:G.getDate()),Z=gt(tt*e,3);if(k||j){let st=k?z/a:0,q=j?z/r:0,L=P==Z?P:gt(Jl(tt.getFullYear()+q,tt.getMonth()+st,1)*e,3),Q=new Date(Mt(L/e)),F=Q.getFullYear(),J=Q.getMonth();for(let U=0;L<=A;U++){let nt=Jl(F+q*U,J+st*U,1),N=nt-g(gt(nt*e,3));L=gt((+nt+N)*e,3),L<=A&&w.push(L)}}else{let st=z>=l?l:z,q=be(E)-be(P),L=Z+q+dl(P-Z,st);w.push(L);let Q=g(L),F=Q.getHours()+Q.getMinutes()/i+Q.getSeconds()/s,J=z/s,U=$.axes[S]._space,nt=B/U;for(;L=gt(L+z,e==1?0:3),!(L>A);)if(J>1){let N=be(gt(F+J,6))%24,at=g(L).getHours()-N;at>1&&(at=-1),L-=at*s,F=(F+J)%24;let ht=w[w.length-1];gt((L-ht)/z,3)*nt>=.7&&w.push(L)}else w.push(L)}return w}}return[p,m,y]}const[ld,nd,ad]=rr(1),[od,rd,cd]=rr(.001);Ds(2,-53,53,[1]);function oo(e,t){return e.map(i=>i.map((s,l)=>l==0||l==8||s==null?s:t(l==1||i[8]==0?s:i[1]+s)))}function ro(e,t){return(i,s,l,a,r)=>{let h=t.find(E=>r>=E[0])||t[t.length-1],p,m,y,g,$,S;return s.map(E=>{let A=e(E),z=A.getFullYear(),B=A.getMonth(),w=A.getDate(),j=A.getHours(),k=A.getMinutes(),G=A.getSeconds(),P=z!=p&&h[2]||B!=m&&h[3]||w!=y&&h[4]||j!=g&&h[5]||k!=$&&h[6]||G!=S&&h[7]||h[1];return p=z,m=B,y=w,g=j,$=k,S=G,P(A)})}}function ud(e,t){let i=Ln(t);return(s,l,a,r,h)=>l.map(p=>i(e(p)))}function Jl(e,t,i){return new Date(e,t,i)}function co(e,t){return t(e)}const dd="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function uo(e,t){return(i,s,l,a)=>a==null?wn:t(e(s))}function pd(e,t){let i=e.series[t];return i.width?i.stroke(e,t):i.points.width?i.points.stroke(e,t):null}function hd(e,t){return e.series[t].fill(e,t)}const fd={show:!0,live:!0,isolate:!1,mount:Du,markers:{show:!0,width:2,stroke:pd,fill:hd,dash:"solid"},idx:null,idxs:null,values:[]};function md(e,t){let i=e.cursor.points,s=Te(),l=i.size(e,t);_t(s,Es,l),_t(s,Ls,l);let a=l/-2;_t(s,"marginLeft",a),_t(s,"marginTop",a);let r=i.width(e,t,l);return r&&_t(s,"borderWidth",r),s}function gd(e,t){let i=e.series[t].points;return i._fill||i._stroke}function bd(e,t){let i=e.series[t].points;return i._stroke||i._fill}function yd(e,t){return e.series[t].points.size}const Yl=[0,0];function $d(e,t,i){return Yl[0]=t,Yl[1]=i,Yl}function qs(e,t,i,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&i(l)}}function ql(e,t,i,s=!0){return l=>{(!s||l.target==t)&&i(l)}}const vd={show:!0,x:!0,y:!0,lock:!1,move:$d,points:{one:!1,show:md,size:yd,width:0,stroke:bd,fill:gd},bind:{mousedown:qs,mouseup:qs,click:qs,dblclick:qs,mousemove:ql,mouseleave:ql,mouseenter:ql},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,i,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},cr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Cn=jt({},cr,{filter:qo}),ur=jt({},Cn,{size:10}),dr=jt({},cr,{show:!1}),An='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',pr="bold "+An,hr=1.5,po={show:!0,scale:"x",stroke:_n,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:pr,side:2,grid:Cn,ticks:ur,border:dr,font:An,lineGap:hr,rotate:0},_d="Value",wd="Time",ho={show:!0,scale:"x",auto:!1,sorted:1,min:mt,max:-mt,idxs:[]};function xd(e,t,i,s,l){return t.map(a=>a==null?"":Tn(a))}function kd(e,t,i,s,l,a,r){let h=[],p=fi.get(l)||0;i=r?i:gt(dl(i,l),p);for(let m=i;m<=s;m=gt(m+l,p))h.push(Object.is(m,-0)?0:m);return h}function rn(e,t,i,s,l,a,r){const h=[],p=e.scales[e.axes[t].scale].log,m=p==10?ei:Go,y=be(m(i));l=ns(p,y),p==10&&(l=Ci[Ie(l,Ci)]);let g=i,$=l*p;p==10&&($=Ci[Ie($,Ci)]);do h.push(g),g=g+l,p==10&&!fi.has(g)&&(g=gt(g,fi.get(l))),g>=$&&(l=g,$=l*p,p==10&&($=Ci[Ie($,Ci)]));while(g<=s);return h}function Sd(e,t,i,s,l,a,r){let p=e.scales[e.axes[t].scale].asinh,m=s>p?rn(e,t,te(p,i),s,l):[p],y=s>=0&&i<=0?[0]:[];return(i<-p?rn(e,t,te(p,-s),-i,l):[p]).reverse().map($=>-$).concat(y,m)}const fr=/./,Td=/[12357]/,Ed=/[125]/,fo=/1/,cn=(e,t,i,s)=>e.map((l,a)=>t==4&&l==0||a%s==0&&i.test(l.toExponential()[l<0?1:0])?l:null);function Ld(e,t,i,s,l){let a=e.axes[i],r=a.scale,h=e.scales[r],p=e.valToPos,m=a._space,y=p(10,r),g=p(9,r)-y>=m?fr:p(7,r)-y>=m?Td:p(5,r)-y>=m?Ed:fo;if(g==fo){let $=Dt(p(1,r)-y);if($<m)return cn(t.slice().reverse(),h.distr,g,Ee(m/$)).reverse()}return cn(t,h.distr,g,1)}function jd(e,t,i,s,l){let a=e.axes[i],r=a.scale,h=a._space,p=e.valToPos,m=Dt(p(1,r)-p(2,r));return m<h?cn(t.slice().reverse(),3,fr,Ee(h/m)).reverse():t}function Cd(e,t,i,s){return s==null?wn:t==null?"":Tn(t)}const mo={show:!0,scale:"y",stroke:_n,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:pr,side:3,grid:Cn,ticks:ur,border:dr,font:An,lineGap:hr,rotate:0};function Ad(e,t){let i=3+(e||1)*2;return gt(i*t,3)}function Md(e,t){let{scale:i,idxs:s}=e.series[0],l=e._data[0],a=e.valToPos(l[s[0]],i,!0),r=e.valToPos(l[s[1]],i,!0),h=Dt(r-a),p=e.series[t],m=h/(p.points.space*ut);return s[1]-s[0]<=m}const go={scale:null,auto:!0,sorted:0,min:mt,max:-mt},mr=(e,t,i,s,l)=>l,bo={show:!0,auto:!0,sorted:0,gaps:mr,alpha:1,facets:[jt({},go,{scale:"x"}),jt({},go,{scale:"y"})]},yo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:mr,alpha:1,points:{show:Md,filter:null},values:null,min:mt,max:-mt,idxs:[],path:null,clip:null};function Dd(e,t,i,s,l){return i/10}const gr={time:lu,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Pd=jt({},gr,{time:!1,ori:1}),$o={};function br(e,t){let i=$o[e];return i||(i={key:e,plots:[],sub(s){i.plots.push(s)},unsub(s){i.plots=i.plots.filter(l=>l!=s)},pub(s,l,a,r,h,p,m){for(let y=0;y<i.plots.length;y++)i.plots[y]!=l&&i.plots[y].pub(s,l,a,r,h,p,m)}},e!=null&&($o[e]=i)),i}const rs=1,un=2;function zi(e,t,i){const s=e.mode,l=e.series[t],a=s==2?e._data[t]:e._data,r=e.scales,h=e.bbox;let p=a[0],m=s==2?a[1]:a[t],y=s==2?r[l.facets[0].scale]:r[e.series[0].scale],g=s==2?r[l.facets[1].scale]:r[l.scale],$=h.left,S=h.top,E=h.width,A=h.height,z=e.valToPosH,B=e.valToPosV;return y.ori==0?i(l,p,m,y,g,z,B,$,S,E,A,fl,ds,gl,$r,_r):i(l,p,m,y,g,B,z,S,$,A,E,ml,ps,Pn,vr,wr)}function Mn(e,t){let i=0,s=0,l=rt(e.bands,En);for(let a=0;a<l.length;a++){let r=l[a];r.series[0]==t?i=r.dir:r.series[1]==t&&(r.dir==1?s|=1:s|=2)}return[i,s==1?-1:s==2?1:s==3?2:0]}function zd(e,t,i,s,l){let a=e.mode,r=e.series[t],h=a==2?r.facets[1].scale:r.scale,p=e.scales[h];return l==-1?p.min:l==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function ii(e,t,i,s,l,a){return zi(e,t,(r,h,p,m,y,g,$,S,E,A,z)=>{let B=r.pxRound;const w=m.dir*(m.ori==0?1:-1),j=m.ori==0?ds:ps;let k,G;w==1?(k=i,G=s):(k=s,G=i);let P=B(g(h[k],m,A,S)),tt=B($(p[k],y,z,E)),Z=B(g(h[G],m,A,S)),st=B($(a==1?y.max:y.min,y,z,E)),q=new Path2D(l);return j(q,Z,st),j(q,P,st),j(q,P,tt),q})}function hl(e,t,i,s,l,a){let r=null;if(e.length>0){r=new Path2D;const h=t==0?gl:Pn;let p=i;for(let g=0;g<e.length;g++){let $=e[g];if($[1]>$[0]){let S=$[0]-p;S>0&&h(r,p,s,S,s+a),p=$[1]}}let m=i+l-p,y=10;m>0&&h(r,p,s-y/2,m,s+a+y)}return r}function Id(e,t,i){let s=e[e.length-1];s&&s[0]==t?s[1]=i:e.push([t,i])}function Dn(e,t,i,s,l,a,r){let h=[],p=e.length;for(let m=l==1?i:s;m>=i&&m<=s;m+=l)if(t[m]===null){let g=m,$=m;if(l==1)for(;++m<=s&&t[m]===null;)$=m;else for(;--m>=i&&t[m]===null;)$=m;let S=a(e[g]),E=$==g?S:a(e[$]),A=g-l;S=r<=0&&A>=0&&A<p?a(e[A]):S;let B=$+l;E=r>=0&&B>=0&&B<p?a(e[B]):E,E>=S&&h.push([S,E])}return h}function vo(e){return e==0?Yo:e==1?Mt:t=>ji(t,e)}function yr(e){let t=e==0?fl:ml,i=e==0?(l,a,r,h,p,m)=>{l.arcTo(a,r,h,p,m)}:(l,a,r,h,p,m)=>{l.arcTo(r,a,p,h,m)},s=e==0?(l,a,r,h,p)=>{l.rect(a,r,h,p)}:(l,a,r,h,p)=>{l.rect(r,a,p,h)};return(l,a,r,h,p,m=0,y=0)=>{m==0&&y==0?s(l,a,r,h,p):(m=Ve(m,h/2,p/2),y=Ve(y,h/2,p/2),t(l,a+m,r),i(l,a+h,r,a+h,r+p,m),i(l,a+h,r+p,a,r+p,y),i(l,a,r+p,a,r,y),i(l,a,r,a+h,r,m),l.closePath())}}const fl=(e,t,i)=>{e.moveTo(t,i)},ml=(e,t,i)=>{e.moveTo(i,t)},ds=(e,t,i)=>{e.lineTo(t,i)},ps=(e,t,i)=>{e.lineTo(i,t)},gl=yr(0),Pn=yr(1),$r=(e,t,i,s,l,a)=>{e.arc(t,i,s,l,a)},vr=(e,t,i,s,l,a)=>{e.arc(i,t,s,l,a)},_r=(e,t,i,s,l,a,r)=>{e.bezierCurveTo(t,i,s,l,a,r)},wr=(e,t,i,s,l,a,r)=>{e.bezierCurveTo(i,t,l,s,r,a)};function xr(e){return(t,i,s,l,a)=>zi(t,i,(r,h,p,m,y,g,$,S,E,A,z)=>{let{pxRound:B,points:w}=r,j,k;m.ori==0?(j=fl,k=$r):(j=ml,k=vr);const G=gt(w.width*ut,3);let P=(w.size-w.width)/2*ut,tt=gt(P*2,3),Z=new Path2D,st=new Path2D,{left:q,top:L,width:Q,height:F}=t.bbox;gl(st,q-tt,L-tt,Q+tt*2,F+tt*2);const J=U=>{if(p[U]!=null){let nt=B(g(h[U],m,A,S)),N=B($(p[U],y,z,E));j(Z,nt+P,N),k(Z,nt,N,P,0,Qs*2)}};if(a)a.forEach(J);else for(let U=s;U<=l;U++)J(U);return{stroke:G>0?Z:null,fill:Z,clip:st,flags:rs|un}})}function kr(e){return(t,i,s,l,a,r)=>{s!=l&&(a!=s&&r!=s&&e(t,i,s),a!=l&&r!=l&&e(t,i,l),e(t,i,r))}}const Vd=kr(ds),Rd=kr(ps);function Sr(e){const t=rt(e?.alignGaps,0);return(i,s,l,a)=>zi(i,s,(r,h,p,m,y,g,$,S,E,A,z)=>{[l,a]=cl(p,l,a);let B=r.pxRound,w=F=>B(g(F,m,A,S)),j=F=>B($(F,y,z,E)),k,G;m.ori==0?(k=ds,G=Vd):(k=ps,G=Rd);const P=m.dir*(m.ori==0?1:-1),tt={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:rs},Z=tt.stroke;let st=!1;if(a-l>=A*4){let F=H=>i.posToVal(H,m.key,!0),J=null,U=null,nt,N,le,wt=w(h[P==1?l:a]),at=w(h[l]),ht=w(h[a]),et=F(P==1?at+1:ht-1);for(let H=P==1?l:a;H>=l&&H<=a;H+=P){let Ct=h[H],xt=(P==1?Ct<et:Ct>et)?wt:w(Ct),dt=p[H];xt==wt?dt!=null?(N=dt,J==null?(k(Z,xt,j(N)),nt=J=U=N):N<J?J=N:N>U&&(U=N)):dt===null&&(st=!0):(J!=null&&G(Z,wt,j(J),j(U),j(nt),j(N)),dt!=null?(N=dt,k(Z,xt,j(N)),J=U=nt=N):(J=U=null,dt===null&&(st=!0)),wt=xt,et=F(wt+P))}J!=null&&J!=U&&le!=wt&&G(Z,wt,j(J),j(U),j(nt),j(N))}else for(let F=P==1?l:a;F>=l&&F<=a;F+=P){let J=p[F];J===null?st=!0:J!=null&&k(Z,w(h[F]),j(J))}let[L,Q]=Mn(i,s);if(r.fill!=null||L!=0){let F=tt.fill=new Path2D(Z),J=r.fillTo(i,s,r.min,r.max,L),U=j(J),nt=w(h[l]),N=w(h[a]);P==-1&&([N,nt]=[nt,N]),k(F,N,U),k(F,nt,U)}if(!r.spanGaps){let F=[];st&&F.push(...Dn(h,p,l,a,P,w,t)),tt.gaps=F=r.gaps(i,s,l,a,F),tt.clip=hl(F,m.ori,S,E,A,z)}return Q!=0&&(tt.band=Q==2?[ii(i,s,l,a,Z,-1),ii(i,s,l,a,Z,1)]:ii(i,s,l,a,Z,Q)),tt})}function Fd(e){const t=rt(e.align,1),i=rt(e.ascDesc,!1),s=rt(e.alignGaps,0),l=rt(e.extend,!1);return(a,r,h,p)=>zi(a,r,(m,y,g,$,S,E,A,z,B,w,j)=>{[h,p]=cl(g,h,p);let k=m.pxRound,{left:G,width:P}=a.bbox,tt=at=>k(E(at,$,w,z)),Z=at=>k(A(at,S,j,B)),st=$.ori==0?ds:ps;const q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:rs},L=q.stroke,Q=$.dir*($.ori==0?1:-1);let F=Z(g[Q==1?h:p]),J=tt(y[Q==1?h:p]),U=J,nt=J;l&&t==-1&&(nt=G,st(L,nt,F)),st(L,J,F);for(let at=Q==1?h:p;at>=h&&at<=p;at+=Q){let ht=g[at];if(ht==null)continue;let et=tt(y[at]),H=Z(ht);t==1?st(L,et,F):st(L,U,H),st(L,et,H),F=H,U=et}let N=U;l&&t==1&&(N=G+P,st(L,N,F));let[le,wt]=Mn(a,r);if(m.fill!=null||le!=0){let at=q.fill=new Path2D(L),ht=m.fillTo(a,r,m.min,m.max,le),et=Z(ht);st(at,N,et),st(at,nt,et)}if(!m.spanGaps){let at=[];at.push(...Dn(y,g,h,p,Q,tt,s));let ht=m.width*ut/2,et=i||t==1?ht:-ht,H=i||t==-1?-ht:ht;at.forEach(Ct=>{Ct[0]+=et,Ct[1]+=H}),q.gaps=at=m.gaps(a,r,h,p,at),q.clip=hl(at,$.ori,z,B,w,j)}return wt!=0&&(q.band=wt==2?[ii(a,r,h,p,L,-1),ii(a,r,h,p,L,1)]:ii(a,r,h,p,L,wt)),q})}function _o(e,t,i,s,l,a,r=mt){if(e.length>1){let h=null;for(let p=0,m=1/0;p<e.length;p++)if(t[p]!==void 0){if(h!=null){let y=Dt(e[p]-e[h]);y<m&&(m=y,r=Dt(i(e[p],s,l,a)-i(e[h],s,l,a)))}h=p}}return r}function Hd(e){e=e||As;const t=rt(e.size,[.6,mt,1]),i=e.align||0,s=e.gap||0;let l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;const a=lt(l),r=1-t[0],h=rt(t[1],mt),p=rt(t[2],1),m=rt(e.disp,As),y=rt(e.each,S=>{}),{fill:g,stroke:$}=m;return(S,E,A,z)=>zi(S,E,(B,w,j,k,G,P,tt,Z,st,q,L)=>{let Q=B.pxRound,F=i,J=s*ut,U=h*ut,nt=p*ut,N,le;k.ori==0?[N,le]=a(S,E):[le,N]=a(S,E);const wt=k.dir*(k.ori==0?1:-1);let at=k.ori==0?gl:Pn,ht=k.ori==0?y:(D,bt,At,Fi,vi,Oe,_i)=>{y(D,bt,At,vi,Fi,_i,Oe)},et=rt(S.bands,En).find(D=>D.series[0]==E),H=et!=null?et.dir:0,Ct=B.fillTo(S,E,B.min,B.max,H),Yt=Q(tt(Ct,G,L,st)),xt,dt,Ce,de=q,St=Q(B.width*ut),He=!1,Ke=null,ve=null,ai=null,Ii=null;g!=null&&(St==0||$!=null)&&(He=!0,Ke=g.values(S,E,A,z),ve=new Map,new Set(Ke).forEach(D=>{D!=null&&ve.set(D,new Path2D)}),St>0&&(ai=$.values(S,E,A,z),Ii=new Map,new Set(ai).forEach(D=>{D!=null&&Ii.set(D,new Path2D)})));let{x0:Vi,size:ms}=m;if(Vi!=null&&ms!=null){F=1,w=Vi.values(S,E,A,z),Vi.unit==2&&(w=w.map(At=>S.posToVal(Z+At*q,k.key,!0)));let D=ms.values(S,E,A,z);ms.unit==2?dt=D[0]*q:dt=P(D[0],k,q,Z)-P(0,k,q,Z),de=_o(w,j,P,k,q,Z,de),Ce=de-dt+J}else de=_o(w,j,P,k,q,Z,de),Ce=de*r+J,dt=de-Ce;Ce<1&&(Ce=0),St>=dt/2&&(St=0),Ce<5&&(Q=Yo);let Is=Ce>0,yi=de-Ce-(Is?St:0);dt=Q(on(yi,nt,U)),xt=(F==0?dt/2:F==wt?0:dt)-F*wt*((F==0?J/2:0)+(Is?St/2:0));const qt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Ri=He?null:new Path2D;let Qe=null;if(et!=null)Qe=S.data[et.series[1]];else{let{y0:D,y1:bt}=m;D!=null&&bt!=null&&(j=bt.values(S,E,A,z),Qe=D.values(S,E,A,z))}let $i=N*dt,K=le*dt;for(let D=wt==1?A:z;D>=A&&D<=z;D+=wt){let bt=j[D];if(bt==null)continue;if(Qe!=null){let ne=Qe[D]??0;if(bt-ne==0)continue;Yt=tt(ne,G,L,st)}let At=k.distr!=2||m!=null?w[D]:D,Fi=P(At,k,q,Z),vi=tt(rt(bt,Ct),G,L,st),Oe=Q(Fi-xt),_i=Q(te(vi,Yt)),pe=Q(Ve(vi,Yt)),_e=_i-pe;if(bt!=null){let ne=bt<0?K:$i,Ae=bt<0?$i:K;He?(St>0&&ai[D]!=null&&at(Ii.get(ai[D]),Oe,pe+be(St/2),dt,te(0,_e-St),ne,Ae),Ke[D]!=null&&at(ve.get(Ke[D]),Oe,pe+be(St/2),dt,te(0,_e-St),ne,Ae)):at(Ri,Oe,pe+be(St/2),dt,te(0,_e-St),ne,Ae),ht(S,E,D,Oe-St/2,pe,dt+St,_e)}}return St>0?qt.stroke=He?Ii:Ri:He||(qt._fill=B.width==0?B._fill:B._stroke??B._fill,qt.width=0),qt.fill=He?ve:Ri,qt})}function Od(e,t){const i=rt(t?.alignGaps,0);return(s,l,a,r)=>zi(s,l,(h,p,m,y,g,$,S,E,A,z,B)=>{[a,r]=cl(m,a,r);let w=h.pxRound,j=N=>w($(N,y,z,E)),k=N=>w(S(N,g,B,A)),G,P,tt;y.ori==0?(G=fl,tt=ds,P=_r):(G=ml,tt=ps,P=wr);const Z=y.dir*(y.ori==0?1:-1);let st=j(p[Z==1?a:r]),q=st,L=[],Q=[];for(let N=Z==1?a:r;N>=a&&N<=r;N+=Z)if(m[N]!=null){let wt=p[N],at=j(wt);L.push(q=at),Q.push(k(m[N]))}const F={stroke:e(L,Q,G,tt,P,w),fill:null,clip:null,band:null,gaps:null,flags:rs},J=F.stroke;let[U,nt]=Mn(s,l);if(h.fill!=null||U!=0){let N=F.fill=new Path2D(J),le=h.fillTo(s,l,h.min,h.max,U),wt=k(le);tt(N,q,wt),tt(N,st,wt)}if(!h.spanGaps){let N=[];N.push(...Dn(p,m,a,r,Z,j,i)),F.gaps=N=h.gaps(s,l,a,r,N),F.clip=hl(N,y.ori,E,A,z,B)}return nt!=0&&(F.band=nt==2?[ii(s,l,a,r,J,-1),ii(s,l,a,r,J,1)]:ii(s,l,a,r,J,nt)),F})}function Nd(e){return Od(Bd,e)}function Bd(e,t,i,s,l,a){const r=e.length;if(r<2)return null;const h=new Path2D;if(i(h,e[0],t[0]),r==2)s(h,e[1],t[1]);else{let p=Array(r),m=Array(r-1),y=Array(r-1),g=Array(r-1);for(let $=0;$<r-1;$++)y[$]=t[$+1]-t[$],g[$]=e[$+1]-e[$],m[$]=y[$]/g[$];p[0]=m[0];for(let $=1;$<r-1;$++)m[$]===0||m[$-1]===0||m[$-1]>0!=m[$]>0?p[$]=0:(p[$]=3*(g[$-1]+g[$])/((2*g[$]+g[$-1])/m[$-1]+(g[$]+2*g[$-1])/m[$]),isFinite(p[$])||(p[$]=0));p[r-1]=m[r-2];for(let $=0;$<r-1;$++)l(h,e[$]+g[$]/3,t[$]+p[$]*g[$]/3,e[$+1]-g[$]/3,t[$+1]-p[$+1]*g[$]/3,e[$+1],t[$+1])}return h}const dn=new Set;function wo(){for(let e of dn)e.syncRect(!0)}us&&(Mi(xu,ss,wo),Mi(ku,ss,wo,!0),Mi(il,ss,()=>{Wt.pxRatio=ut}));const Ud=Sr(),Wd=xr();function xo(e,t,i,s){return(s?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,r)=>pn(a,r,t,i))}function Gd(e,t){return e.map((i,s)=>s==0?{}:jt({},t,i))}function pn(e,t,i,s){return jt({},t==0?i:s,e)}function Tr(e,t,i){return t==null?as:[t,i]}const Jd=Tr;function Yd(e,t,i){return t==null?as:sl(t,i,Sn,!0)}function Er(e,t,i,s){return t==null?as:ul(t,i,e.scales[s].log,!1)}const qd=Er;function Lr(e,t,i,s){return t==null?as:kn(t,i,e.scales[s].log,!1)}const Zd=Lr;function Kd(e,t,i,s,l){let a=te(to(e),to(t)),r=t-e,h=Ie(l/s*r,i);do{let p=i[h],m=s*p/r;if(m>=l&&a+(p<5?fi.get(p):0)<=17)return[p,m]}while(++h<i.length);return[0,0]}function ko(e){let t,i;return e=e.replace(/(\d+)px/,(s,l)=>(t=Mt((i=+l)*ut))+"px"),[e,t,i]}function Qd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let i=gt(t[2]*ut,1);t[0]=t[0].replace(/[0-9.]+px/,i+"px"),t[1]=i})}function Wt(e,t,i){const s={mode:rt(e.mode,1)},l=s.mode;function a(n,o,c,u){let f=o.valToPct(n);return u+c*(o.dir==-1?1-f:f)}function r(n,o,c,u){let f=o.valToPct(n);return u+c*(o.dir==-1?f:1-f)}function h(n,o,c,u){return o.ori==0?a(n,o,c,u):r(n,o,c,u)}s.valToPosH=a,s.valToPosV=r;let p=!1;s.status=0;const m=s.root=Te(nu);if(e.id!=null&&(m.id=e.id),ge(m,e.class),e.title){let n=Te(ru,m);n.textContent=e.title}const y=ze("canvas"),g=s.ctx=y.getContext("2d"),$=Te(cu,m);Mi("click",$,n=>{n.target===E&&(yt!=Zi||kt!=Ki)&&Bt.click(s,n)},!0);const S=s.under=Te(uu,$);$.appendChild(y);const E=s.over=Te(du,$);e=os(e);const A=+rt(e.pxAlign,1),z=vo(A);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(s,e)||e)});const B=e.ms||.001,w=s.series=l==1?xo(e.series||[],ho,yo,!1):Gd(e.series||[null],bo),j=s.axes=xo(e.axes||[],po,mo,!0),k=s.scales={},G=s.bands=e.bands||[];G.forEach(n=>{n.fill=lt(n.fill||null),n.dir=rt(n.dir,-1)});const P=l==2?w[1].facets[0].scale:w[0].scale,tt={axes:Kr,series:Gr},Z=(e.drawOrder||["axes","series"]).map(n=>tt[n]);function st(n){const o=n.distr==3?c=>ei(c>0?c:n.clamp(s,c,n.min,n.max,n.key)):n.distr==4?c=>Gl(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=o(c),{_min:f,_max:b}=n,_=b-f;return(u-f)/_}}function q(n){let o=k[n];if(o==null){let c=(e.scales||As)[n]||As;if(c.from!=null){q(c.from);let u=jt({},k[c.from],c,{key:n});u.valToPct=st(u),k[n]=u}else{o=k[n]=jt({},n==P?gr:Pd,c),o.key=n;let u=o.time,f=o.range,b=pi(f);if((n!=P||l==2&&!u)&&(b&&(f[0]==null||f[1]==null)&&(f={min:f[0]==null?Ka:{mode:1,hard:f[0],soft:f[0]},max:f[1]==null?Ka:{mode:1,hard:f[1],soft:f[1]}},b=!1),!b&&pl(f))){let _=f;f=(x,T,C)=>T==null?as:sl(T,C,_)}o.range=lt(f||(u?Jd:n==P?o.distr==3?qd:o.distr==4?Zd:Tr:o.distr==3?Er:o.distr==4?Lr:Yd)),o.auto=lt(b?!1:o.auto),o.clamp=lt(o.clamp||Dd),o._min=o._max=null,o.valToPct=st(o)}}}q("x"),q("y"),l==1&&w.forEach(n=>{q(n.scale)}),j.forEach(n=>{q(n.scale)});for(let n in e.scales)q(n);const L=k[P],Q=L.distr;let F,J;L.ori==0?(ge(m,au),F=a,J=r):(ge(m,ou),F=r,J=a);const U={};for(let n in k){let o=k[n];(o.min!=null||o.max!=null)&&(U[n]={min:o.min,max:o.max},o.min=o.max=null)}const nt=e.tzDate||(n=>new Date(Mt(n/B))),N=e.fmtDate||Ln,le=B==1?ad(nt):cd(nt),wt=ro(nt,oo(B==1?nd:rd,N)),at=uo(nt,co(dd,N)),ht=[],et=s.legend=jt({},fd,e.legend),H=s.cursor=jt({},vd,{drag:{y:l==2}},e.cursor),Ct=et.show,Yt=H.show,xt=et.markers;et.idxs=ht,xt.width=lt(xt.width),xt.dash=lt(xt.dash),xt.stroke=lt(xt.stroke),xt.fill=lt(xt.fill);let dt,Ce,de,St=[],He=[],Ke,ve=!1,ai={};if(et.live){const n=w[1]?w[1].values:null;ve=n!=null,Ke=ve?n(s,1,0):{_:0};for(let o in Ke)ai[o]=wn}if(Ct)if(dt=ze("table",bu,m),de=ze("tbody",null,dt),et.mount(s,dt),ve){Ce=ze("thead",null,dt,de);let n=ze("tr",null,Ce);ze("th",null,n);for(var Ii in Ke)ze("th",Ra,n).textContent=Ii}else ge(dt,$u),et.live&&ge(dt,yu);const Vi={show:!0},ms={show:!1};function Is(n,o){if(o==0&&(ve||!et.live||l==2))return as;let c=[],u=ze("tr",vu,de,de.childNodes[o]);ge(u,n.class),n.show||ge(u,Ai);let f=ze("th",null,u);if(xt.show){let x=Te(_u,f);if(o>0){let T=xt.width(s,o);T&&(x.style.border=T+"px "+xt.dash(s,o)+" "+xt.stroke(s,o)),x.style.background=xt.fill(s,o)}}let b=Te(Ra,f);n.label instanceof HTMLElement?b.appendChild(n.label):b.textContent=n.label,o>0&&(xt.show||(b.style.color=n.width>0?xt.stroke(s,o):xt.fill(s,o)),qt("click",f,x=>{if(H._lock)return;xi(x);let T=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=et.isolate){let C=w.some((M,I)=>I>0&&I!=T&&M.show);w.forEach((M,I)=>{I>0&&Be(I,C?I==T?Vi:ms:Vi,!0,Lt.setSeries)})}else Be(T,{show:!n.show},!0,Lt.setSeries)},!1),Oi&&qt(Na,f,x=>{H._lock||(xi(x),Be(w.indexOf(n),Xi,!0,Lt.setSeries))},!1));for(var _ in Ke){let x=ze("td",wu,u);x.textContent="--",c.push(x)}return[u,c]}const yi=new Map;function qt(n,o,c,u=!0){const f=yi.get(o)||{},b=H.bind[n](s,o,c,u);b&&(Mi(n,o,f[n]=b),yi.set(o,f))}function Ri(n,o,c){const u=yi.get(o)||{};for(let f in u)(n==null||f==n)&&(an(f,o,u[f]),delete u[f]);n==null&&yi.delete(o)}let Qe=0,$i=0,K=0,D=0,bt=0,At=0,Fi=bt,vi=At,Oe=K,_i=D,pe=0,_e=0,ne=0,Ae=0;s.bbox={};let yl=!1,Vs=!1,Hi=!1,wi=!1,Rs=!1,we=!1;function $l(n,o,c){(c||n!=s.width||o!=s.height)&&Xn(n,o),Gi(!1),Hi=!0,Vs=!0,Ji()}function Xn(n,o){s.width=Qe=K=n,s.height=$i=D=o,bt=At=0,Fr(),Hr();let c=s.bbox;pe=c.left=ji(bt*ut,.5),_e=c.top=ji(At*ut,.5),ne=c.width=ji(K*ut,.5),Ae=c.height=ji(D*ut,.5)}const Ir=3;function Vr(){let n=!1,o=0;for(;!n;){o++;let c=qr(o),u=Zr(o);n=o==Ir||c&&u,n||(Xn(s.width,s.height),Vs=!0)}}function Rr({width:n,height:o}){$l(n,o)}s.setSize=Rr;function Fr(){let n=!1,o=!1,c=!1,u=!1;j.forEach((f,b)=>{if(f.show&&f._show){let{side:_,_size:x}=f,T=_%2,C=f.label!=null?f.labelSize:0,M=x+C;M>0&&(T?(K-=M,_==3?(bt+=M,u=!0):c=!0):(D-=M,_==0?(At+=M,n=!0):o=!0))}}),ki[0]=n,ki[1]=c,ki[2]=o,ki[3]=u,K-=oi[1]+oi[3],bt+=oi[3],D-=oi[2]+oi[0],At+=oi[0]}function Hr(){let n=bt+K,o=At+D,c=bt,u=At;function f(b,_){switch(b){case 1:return n+=_,n-_;case 2:return o+=_,o-_;case 3:return c-=_,c+_;case 0:return u-=_,u+_}}j.forEach((b,_)=>{if(b.show&&b._show){let x=b.side;b._pos=f(x,b._size),b.label!=null&&(b._lpos=f(x,b.labelSize))}})}if(H.dataIdx==null){let n=H.hover,o=n.skip=new Set(n.skip??[]);o.add(void 0);let c=n.prox=lt(n.prox),u=n.bias??=0;H.dataIdx=(f,b,_,x)=>{if(b==0)return _;let T=_,C=c(f,b,_,x)??mt,M=C>=0&&C<mt,I=L.ori==0?K:D,Y=H.left,ct=t[0],ot=t[b];if(o.has(ot[_])){T=null;let it=null,W=null,O;if(u==0||u==-1)for(O=_;it==null&&O-- >0;)o.has(ot[O])||(it=O);if(u==0||u==1)for(O=_;W==null&&O++<ot.length;)o.has(ot[O])||(W=O);if(it!=null||W!=null)if(M){let vt=it==null?-1/0:F(ct[it],L,I,0),Tt=W==null?1/0:F(ct[W],L,I,0),Ht=Y-vt,ft=Tt-Y;Ht<=ft?Ht<=C&&(T=it):ft<=C&&(T=W)}else T=W==null?it:it==null?W:_-it<=W-_?it:W}else M&&Dt(Y-F(ct[_],L,I,0))>C&&(T=null);return T}}const xi=n=>{H.event=n};H.idxs=ht,H._lock=!1;let Gt=H.points;Gt.show=lt(Gt.show),Gt.size=lt(Gt.size),Gt.stroke=lt(Gt.stroke),Gt.width=lt(Gt.width),Gt.fill=lt(Gt.fill);const Ne=s.focus=jt({},e.focus||{alpha:.3},H.focus),Oi=Ne.prox>=0,Ni=Oi&&Gt.one;let xe=[],Bi=[],Ui=[];function ta(n,o){let c=Gt.show(s,o);if(c instanceof HTMLElement)return ge(c,gu),ge(c,n.class),Je(c,-10,-10,K,D),E.insertBefore(c,xe[o]),c}function ea(n,o){if(l==1||o>0){let c=l==1&&k[n.scale].time,u=n.value;n.value=c?so(u)?uo(nt,co(u,N)):u||at:u||Cd,n.label=n.label||(c?wd:_d)}if(Ni||o>0){n.width=n.width==null?1:n.width,n.paths=n.paths||Ud||Pu,n.fillTo=lt(n.fillTo||zd),n.pxAlign=+rt(n.pxAlign,A),n.pxRound=vo(n.pxAlign),n.stroke=lt(n.stroke||null),n.fill=lt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=Ad(te(1,n.width),1),u=n.points=jt({},{size:c,width:te(1,c*.2),stroke:n.stroke,space:c*2,paths:Wd,_stroke:null,_fill:null},n.points);u.show=lt(u.show),u.filter=lt(u.filter),u.fill=lt(u.fill),u.stroke=lt(u.stroke),u.paths=lt(u.paths),u.pxAlign=n.pxAlign}if(Ct){let c=Is(n,o);St.splice(o,0,c[0]),He.splice(o,0,c[1]),et.values.push(null)}if(Yt){ht.splice(o,0,null);let c=null;Ni?o==0&&(c=ta(n,o)):o>0&&(c=ta(n,o)),xe.splice(o,0,c),Bi.splice(o,0,0),Ui.splice(o,0,0)}Ft("addSeries",o)}function Or(n,o){o=o??w.length,n=l==1?pn(n,o,ho,yo):pn(n,o,{},bo),w.splice(o,0,n),ea(w[o],o)}s.addSeries=Or;function Nr(n){if(w.splice(n,1),Ct){et.values.splice(n,1),He.splice(n,1);let o=St.splice(n,1)[0];Ri(null,o.firstChild),o.remove()}Yt&&(ht.splice(n,1),xe.splice(n,1)[0].remove(),Bi.splice(n,1),Ui.splice(n,1)),Ft("delSeries",n)}s.delSeries=Nr;const ki=[!1,!1,!1,!1];function Br(n,o){if(n._show=n.show,n.show){let c=n.side%2,u=k[n.scale];u==null&&(n.scale=c?w[1].scale:P,u=k[n.scale]);let f=u.time;n.size=lt(n.size),n.space=lt(n.space),n.rotate=lt(n.rotate),pi(n.incrs)&&n.incrs.forEach(_=>{!fi.has(_)&&fi.set(_,Ko(_))}),n.incrs=lt(n.incrs||(u.distr==2?id:f?B==1?ld:od:Ci)),n.splits=lt(n.splits||(f&&u.distr==1?le:u.distr==3?rn:u.distr==4?Sd:kd)),n.stroke=lt(n.stroke),n.grid.stroke=lt(n.grid.stroke),n.ticks.stroke=lt(n.ticks.stroke),n.border.stroke=lt(n.border.stroke);let b=n.values;n.values=pi(b)&&!pi(b[0])?lt(b):f?pi(b)?ro(nt,oo(b,N)):so(b)?ud(nt,b):b||wt:b||xd,n.filter=lt(n.filter||(u.distr>=3&&u.log==10?Ld:u.distr==3&&u.log==2?jd:qo)),n.font=ko(n.font),n.labelFont=ko(n.labelFont),n._size=n.size(s,null,o,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(ki[o]=!0,n._el=Te(pu,$))}}function gs(n,o,c,u){let[f,b,_,x]=c,T=o%2,C=0;return T==0&&(x||b)&&(C=o==0&&!f||o==2&&!_?Mt(po.size/3):0),T==1&&(f||_)&&(C=o==1&&!b||o==3&&!x?Mt(mo.size/2):0),C}const ia=s.padding=(e.padding||[gs,gs,gs,gs]).map(n=>lt(rt(n,gs))),oi=s._padding=ia.map((n,o)=>n(s,o,ki,0));let Nt,zt=null,It=null;const Fs=l==1?w[0].idxs:null;let Me=null,bs=!1;function sa(n,o){if(t=n??[],s.data=s._data=t,l==2){Nt=0;for(let c=1;c<w.length;c++)Nt+=t[c][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),Me=t[0],Nt=Me.length;let c=t;if(Q==2){c=t.slice();let u=c[0]=Array(Nt);for(let f=0;f<Nt;f++)u[f]=f}s._data=t=c}if(Gi(!0),Ft("setData"),Q==2&&(Hi=!0),o!==!1){let c=L;c.auto(s,bs)?vl():ci(P,c.min,c.max),wi=wi||H.left>=0,we=!0,Ji()}}s.setData=sa;function vl(){bs=!0;let n,o;l==1&&(Nt>0?(zt=Fs[0]=0,It=Fs[1]=Nt-1,n=t[0][zt],o=t[0][It],Q==2?(n=zt,o=It):n==o&&(Q==3?[n,o]=ul(n,n,L.log,!1):Q==4?[n,o]=kn(n,n,L.log,!1):L.time?o=n+Mt(86400/B):[n,o]=sl(n,o,Sn,!0))):(zt=Fs[0]=n=null,It=Fs[1]=o=null)),ci(P,n,o)}let Hs,Wi,_l,wl,xl,kl,Sl,Tl,El,ae;function la(n,o,c,u,f,b){n??=Ha,c??=En,u??="butt",f??=Ha,b??="round",n!=Hs&&(g.strokeStyle=Hs=n),f!=Wi&&(g.fillStyle=Wi=f),o!=_l&&(g.lineWidth=_l=o),b!=xl&&(g.lineJoin=xl=b),u!=kl&&(g.lineCap=kl=u),c!=wl&&g.setLineDash(wl=c)}function na(n,o,c,u){o!=Wi&&(g.fillStyle=Wi=o),n!=Sl&&(g.font=Sl=n),c!=Tl&&(g.textAlign=Tl=c),u!=El&&(g.textBaseline=El=u)}function Ll(n,o,c,u,f=0){if(u.length>0&&n.auto(s,bs)&&(o==null||o.min==null)){let b=rt(zt,0),_=rt(It,u.length-1),x=c.min==null?Lu(u,b,_,f,n.distr==3):[c.min,c.max];n.min=Ve(n.min,c.min=x[0]),n.max=te(n.max,c.max=x[1])}}const aa={min:null,max:null};function Ur(){for(let u in k){let f=k[u];U[u]==null&&(f.min==null||U[P]!=null&&f.auto(s,bs))&&(U[u]=aa)}for(let u in k){let f=k[u];U[u]==null&&f.from!=null&&U[f.from]!=null&&(U[u]=aa)}U[P]!=null&&Gi(!0);let n={};for(let u in U){let f=U[u];if(f!=null){let b=n[u]=os(k[u],Vu);if(f.min!=null)jt(b,f);else if(u!=P||l==2)if(Nt==0&&b.from==null){let _=b.range(s,null,null,u);b.min=_[0],b.max=_[1]}else b.min=mt,b.max=-mt}}if(Nt>0){w.forEach((u,f)=>{if(l==1){let b=u.scale,_=U[b];if(_==null)return;let x=n[b];if(f==0){let T=x.range(s,x.min,x.max,b);x.min=T[0],x.max=T[1],zt=Ie(x.min,t[0]),It=Ie(x.max,t[0]),It-zt>1&&(t[0][zt]<x.min&&zt++,t[0][It]>x.max&&It--),u.min=Me[zt],u.max=Me[It]}else u.show&&u.auto&&Ll(x,_,u,t[f],u.sorted);u.idxs[0]=zt,u.idxs[1]=It}else if(f>0&&u.show&&u.auto){let[b,_]=u.facets,x=b.scale,T=_.scale,[C,M]=t[f],I=n[x],Y=n[T];I!=null&&Ll(I,U[x],b,C,b.sorted),Y!=null&&Ll(Y,U[T],_,M,_.sorted),u.min=_.min,u.max=_.max}});for(let u in n){let f=n[u],b=U[u];if(f.from==null&&(b==null||b.min==null)){let _=f.range(s,f.min==mt?null:f.min,f.max==-mt?null:f.max,u);f.min=_[0],f.max=_[1]}}}for(let u in n){let f=n[u];if(f.from!=null){let b=n[f.from];if(b.min==null)f.min=f.max=null;else{let _=f.range(s,b.min,b.max,u);f.min=_[0],f.max=_[1]}}}let o={},c=!1;for(let u in n){let f=n[u],b=k[u];if(b.min!=f.min||b.max!=f.max){b.min=f.min,b.max=f.max;let _=b.distr;b._min=_==3?ei(b.min):_==4?Gl(b.min,b.asinh):_==100?b.fwd(b.min):b.min,b._max=_==3?ei(b.max):_==4?Gl(b.max,b.asinh):_==100?b.fwd(b.max):b.max,o[u]=c=!0}}if(c){w.forEach((u,f)=>{l==2?f>0&&o.y&&(u._paths=null):o[u.scale]&&(u._paths=null)});for(let u in o)Hi=!0,Ft("setScale",u);Yt&&H.left>=0&&(wi=we=!0)}for(let u in U)U[u]=null}function Wr(n){let o=on(zt-1,0,Nt-1),c=on(It+1,0,Nt-1);for(;n[o]==null&&o>0;)o--;for(;n[c]==null&&c<Nt-1;)c++;return[o,c]}function Gr(){if(Nt>0){let n=w.some(o=>o._focus)&&ae!=Ne.alpha;n&&(g.globalAlpha=ae=Ne.alpha),w.forEach((o,c)=>{if(c>0&&o.show&&(oa(c,!1),oa(c,!0),o._paths==null)){let u=ae;ae!=o.alpha&&(g.globalAlpha=ae=o.alpha);let f=l==2?[0,t[c][0].length-1]:Wr(t[c]);o._paths=o.paths(s,c,f[0],f[1]),ae!=u&&(g.globalAlpha=ae=u)}}),w.forEach((o,c)=>{if(c>0&&o.show){let u=ae;ae!=o.alpha&&(g.globalAlpha=ae=o.alpha),o._paths!=null&&ra(c,!1);{let f=o._paths!=null?o._paths.gaps:null,b=o.points.show(s,c,zt,It,f),_=o.points.filter(s,c,b,f);(b||_)&&(o.points._paths=o.points.paths(s,c,zt,It,_),ra(c,!0))}ae!=u&&(g.globalAlpha=ae=u),Ft("drawSeries",c)}}),n&&(g.globalAlpha=ae=1)}}function oa(n,o){let c=o?w[n].points:w[n];c._stroke=c.stroke(s,n),c._fill=c.fill(s,n)}function ra(n,o){let c=o?w[n].points:w[n],{stroke:u,fill:f,clip:b,flags:_,_stroke:x=c._stroke,_fill:T=c._fill,_width:C=c.width}=c._paths;C=gt(C*ut,3);let M=null,I=C%2/2;o&&T==null&&(T=C>0?"#fff":x);let Y=c.pxAlign==1&&I>0;if(Y&&g.translate(I,I),!o){let ct=pe-C/2,ot=_e-C/2,it=ne+C,W=Ae+C;M=new Path2D,M.rect(ct,ot,it,W)}o?jl(x,C,c.dash,c.cap,T,u,f,_,b):Jr(n,x,C,c.dash,c.cap,T,u,f,_,M,b),Y&&g.translate(-I,-I)}function Jr(n,o,c,u,f,b,_,x,T,C,M){let I=!1;T!=0&&G.forEach((Y,ct)=>{if(Y.series[0]==n){let ot=w[Y.series[1]],it=t[Y.series[1]],W=(ot._paths||As).band;pi(W)&&(W=Y.dir==1?W[0]:W[1]);let O,vt=null;ot.show&&W&&Cu(it,zt,It)?(vt=Y.fill(s,ct)||b,O=ot._paths.clip):W=null,jl(o,c,u,f,vt,_,x,T,C,M,O,W),I=!0}}),I||jl(o,c,u,f,b,_,x,T,C,M)}const ca=rs|un;function jl(n,o,c,u,f,b,_,x,T,C,M,I){la(n,o,c,u,f),(T||C||I)&&(g.save(),T&&g.clip(T),C&&g.clip(C)),I?(x&ca)==ca?(g.clip(I),M&&g.clip(M),Ns(f,_),Os(n,b,o)):x&un?(Ns(f,_),g.clip(I),Os(n,b,o)):x&rs&&(g.save(),g.clip(I),M&&g.clip(M),Ns(f,_),g.restore(),Os(n,b,o)):(Ns(f,_),Os(n,b,o)),(T||C||I)&&g.restore()}function Os(n,o,c){c>0&&(o instanceof Map?o.forEach((u,f)=>{g.strokeStyle=Hs=f,g.stroke(u)}):o!=null&&n&&g.stroke(o))}function Ns(n,o){o instanceof Map?o.forEach((c,u)=>{g.fillStyle=Wi=u,g.fill(c)}):o!=null&&n&&g.fill(o)}function Yr(n,o,c,u){let f=j[n],b;if(u<=0)b=[0,0];else{let _=f._space=f.space(s,n,o,c,u),x=f._incrs=f.incrs(s,n,o,c,u,_);b=Kd(o,c,x,u,_)}return f._found=b}function Cl(n,o,c,u,f,b,_,x,T,C){let M=_%2/2;A==1&&g.translate(M,M),la(x,_,T,C,x),g.beginPath();let I,Y,ct,ot,it=f+(u==0||u==3?-b:b);c==0?(Y=f,ot=it):(I=f,ct=it);for(let W=0;W<n.length;W++)o[W]!=null&&(c==0?I=ct=n[W]:Y=ot=n[W],g.moveTo(I,Y),g.lineTo(ct,ot));g.stroke(),A==1&&g.translate(-M,-M)}function qr(n){let o=!0;return j.forEach((c,u)=>{if(!c.show)return;let f=k[c.scale];if(f.min==null){c._show&&(o=!1,c._show=!1,Gi(!1));return}else c._show||(o=!1,c._show=!0,Gi(!1));let b=c.side,_=b%2,{min:x,max:T}=f,[C,M]=Yr(u,x,T,_==0?K:D);if(M==0)return;let I=f.distr==2,Y=c._splits=c.splits(s,u,x,T,C,M,I),ct=f.distr==2?Y.map(O=>Me[O]):Y,ot=f.distr==2?Me[Y[1]]-Me[Y[0]]:C,it=c._values=c.values(s,c.filter(s,ct,u,M,ot),u,M,ot);c._rotate=b==2?c.rotate(s,it,u,M):0;let W=c._size;c._size=Ee(c.size(s,it,u,n)),W!=null&&c._size!=W&&(o=!1)}),o}function Zr(n){let o=!0;return ia.forEach((c,u)=>{let f=c(s,u,ki,n);f!=oi[u]&&(o=!1),oi[u]=f}),o}function Kr(){for(let n=0;n<j.length;n++){let o=j[n];if(!o.show||!o._show)continue;let c=o.side,u=c%2,f,b,_=o.stroke(s,n),x=c==0||c==3?-1:1,[T,C]=o._found;if(o.label!=null){let Kt=o.labelGap*x,me=Mt((o._lpos+Kt)*ut);na(o.labelFont[0],_,"center",c==2?ks:Fa),g.save(),u==1?(f=b=0,g.translate(me,Mt(_e+Ae/2)),g.rotate((c==3?-Qs:Qs)/2)):(f=Mt(pe+ne/2),b=me);let Ei=Jo(o.label)?o.label(s,n,T,C):o.label;g.fillText(Ei,f,b),g.restore()}if(C==0)continue;let M=k[o.scale],I=u==0?ne:Ae,Y=u==0?pe:_e,ct=o._splits,ot=M.distr==2?ct.map(Kt=>Me[Kt]):ct,it=M.distr==2?Me[ct[1]]-Me[ct[0]]:T,W=o.ticks,O=o.border,vt=W.show?W.size:0,Tt=Mt(vt*ut),Ht=Mt((o.alignTo==2?o._size-vt-o.gap:o.gap)*ut),ft=o._rotate*-Qs/180,Et=z(o._pos*ut),he=(Tt+Ht)*x,Zt=Et+he;b=u==0?Zt:0,f=u==1?Zt:0;let ke=o.font[0],De=o.align==1?es:o.align==2?Bl:ft>0?es:ft<0?Bl:u==0?"center":c==3?Bl:es,We=ft||u==1?"middle":c==2?ks:Fa;na(ke,_,De,We);let fe=o.font[1]*o.lineGap,Se=ct.map(Kt=>z(h(Kt,M,I,Y))),Pe=o._values;for(let Kt=0;Kt<Pe.length;Kt++){let me=Pe[Kt];if(me!=null){u==0?f=Se[Kt]:b=Se[Kt],me=""+me;let Ei=me.indexOf(`
`)==-1?[me]:me.split(/\n/gm);for(let Qt=0;Qt<Ei.length;Qt++){let La=Ei[Qt];ft?(g.save(),g.translate(f,b+Qt*fe),g.rotate(ft),g.fillText(La,0,0),g.restore()):g.fillText(La,f,b+Qt*fe)}}}W.show&&Cl(Se,W.filter(s,ot,n,C,it),u,c,Et,Tt,gt(W.width*ut,3),W.stroke(s,n),W.dash,W.cap);let Ge=o.grid;Ge.show&&Cl(Se,Ge.filter(s,ot,n,C,it),u,u==0?2:1,u==0?_e:pe,u==0?Ae:ne,gt(Ge.width*ut,3),Ge.stroke(s,n),Ge.dash,Ge.cap),O.show&&Cl([Et],[1],u==0?1:0,u==0?1:2,u==1?_e:pe,u==1?Ae:ne,gt(O.width*ut,3),O.stroke(s,n),O.dash,O.cap)}Ft("drawAxes")}function Gi(n){w.forEach((o,c)=>{c>0&&(o._paths=null,n&&(l==1?(o.min=null,o.max=null):o.facets.forEach(u=>{u.min=null,u.max=null})))})}let Bs=!1,Al=!1,ys=[];function Qr(){Al=!1;for(let n=0;n<ys.length;n++)Ft(...ys[n]);ys.length=0}function Ji(){Bs||(Uu(ua),Bs=!0)}function Xr(n,o=!1){Bs=!0,Al=o,n(s),ua(),o&&ys.length>0&&queueMicrotask(Qr)}s.batch=Xr;function ua(){if(yl&&(Ur(),yl=!1),Hi&&(Vr(),Hi=!1),Vs){if(_t(S,es,bt),_t(S,ks,At),_t(S,Es,K),_t(S,Ls,D),_t(E,es,bt),_t(E,ks,At),_t(E,Es,K),_t(E,Ls,D),_t($,Es,Qe),_t($,Ls,$i),y.width=Mt(Qe*ut),y.height=Mt($i*ut),j.forEach(({_el:n,_show:o,_size:c,_pos:u,side:f})=>{if(n!=null)if(o){let b=f===3||f===0?c:0,_=f%2==1;_t(n,_?"left":"top",u-b),_t(n,_?"width":"height",c),_t(n,_?"top":"left",_?At:bt),_t(n,_?"height":"width",_?D:K),nn(n,Ai)}else ge(n,Ai)}),Hs=Wi=_l=xl=kl=Sl=Tl=El=wl=null,ae=1,_s(!0),bt!=Fi||At!=vi||K!=Oe||D!=_i){Gi(!1);let n=K/Oe,o=D/_i;if(Yt&&!wi&&H.left>=0){H.left*=n,H.top*=o,Yi&&Je(Yi,Mt(H.left),0,K,D),qi&&Je(qi,0,Mt(H.top),K,D);for(let c=0;c<xe.length;c++){let u=xe[c];u!=null&&(Bi[c]*=n,Ui[c]*=o,Je(u,Ee(Bi[c]),Ee(Ui[c]),K,D))}}if($t.show&&!Rs&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=o,$t.height*=o;for(let c in Vl)_t(Qi,c,$t[c])}Fi=bt,vi=At,Oe=K,_i=D}Ft("setSize"),Vs=!1}Qe>0&&$i>0&&(g.clearRect(0,0,y.width,y.height),Ft("drawClear"),Z.forEach(n=>n()),Ft("draw")),$t.show&&Rs&&(Us($t),Rs=!1),Yt&&wi&&(Ti(null,!0,!1),wi=!1),et.show&&et.live&&we&&(zl(),we=!1),p||(p=!0,s.status=1,Ft("ready")),bs=!1,Bs=!1}s.redraw=(n,o)=>{Hi=o||!1,n!==!1?ci(P,L.min,L.max):Ji()};function Ml(n,o){let c=k[n];if(c.from==null){if(Nt==0){let u=c.range(s,o.min,o.max,n);o.min=u[0],o.max=u[1]}if(o.min>o.max){let u=o.min;o.min=o.max,o.max=u}if(Nt>1&&o.min!=null&&o.max!=null&&o.max-o.min<1e-16)return;n==P&&c.distr==2&&Nt>0&&(o.min=Ie(o.min,t[0]),o.max=Ie(o.max,t[0]),o.min==o.max&&o.max++),U[n]=o,yl=!0,Ji()}}s.setScale=Ml;let Dl,Pl,Yi,qi,da,pa,Zi,Ki,ha,fa,yt,kt,ri=!1;const Bt=H.drag;let Vt=Bt.x,Rt=Bt.y;Yt&&(H.x&&(Dl=Te(fu,E)),H.y&&(Pl=Te(mu,E)),L.ori==0?(Yi=Dl,qi=Pl):(Yi=Pl,qi=Dl),yt=H.left,kt=H.top);const $t=s.select=jt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Qi=$t.show?Te(hu,$t.over?E:S):null;function Us(n,o){if($t.show){for(let c in n)$t[c]=n[c],c in Vl&&_t(Qi,c,n[c]);o!==!1&&Ft("setSelect")}}s.setSelect=Us;function tc(n){if(w[n].show)Ct&&nn(St[n],Ai);else if(Ct&&ge(St[n],Ai),Yt){let c=Ni?xe[0]:xe[n];c!=null&&Je(c,-10,-10,K,D)}}function ci(n,o,c){Ml(n,{min:o,max:c})}function Be(n,o,c,u){o.focus!=null&&nc(n),o.show!=null&&w.forEach((f,b)=>{b>0&&(n==b||n==null)&&(f.show=o.show,tc(b),l==2?(ci(f.facets[0].scale,null,null),ci(f.facets[1].scale,null,null)):ci(f.scale,null,null),Ji())}),c!==!1&&Ft("setSeries",n,o),u&&ws("setSeries",s,n,o)}s.setSeries=Be;function ec(n,o){jt(G[n],o)}function ic(n,o){n.fill=lt(n.fill||null),n.dir=rt(n.dir,-1),o=o??G.length,G.splice(o,0,n)}function sc(n){n==null?G.length=0:G.splice(n,1)}s.addBand=ic,s.setBand=ec,s.delBand=sc;function lc(n,o){w[n].alpha=o,Yt&&xe[n]!=null&&(xe[n].style.opacity=o),Ct&&St[n]&&(St[n].style.opacity=o)}let Xe,ui,Si;const Xi={focus:!0};function nc(n){if(n!=Si){let o=n==null,c=Ne.alpha!=1;w.forEach((u,f)=>{if(l==1||f>0){let b=o||f==0||f==n;u._focus=o?null:b,c&&lc(f,b?1:Ne.alpha)}}),Si=n,c&&Ji()}}Ct&&Oi&&qt(Ba,dt,n=>{H._lock||(xi(n),Si!=null&&Be(null,Xi,!0,Lt.setSeries))});function Ue(n,o,c){let u=k[o];c&&(n=n/ut-(u.ori==1?At:bt));let f=K;u.ori==1&&(f=D,n=f-n),u.dir==-1&&(n=f-n);let b=u._min,_=u._max,x=n/f,T=b+(_-b)*x,C=u.distr;return C==3?ns(10,T):C==4?Mu(T,u.asinh):C==100?u.bwd(T):T}function ac(n,o){let c=Ue(n,P,o);return Ie(c,t[0],zt,It)}s.valToIdx=n=>Ie(n,t[0]),s.posToIdx=ac,s.posToVal=Ue,s.valToPos=(n,o,c)=>k[o].ori==0?a(n,k[o],c?ne:K,c?pe:0):r(n,k[o],c?Ae:D,c?_e:0),s.setCursor=(n,o,c)=>{yt=n.left,kt=n.top,Ti(null,o,c)};function ma(n,o){_t(Qi,es,$t.left=n),_t(Qi,Es,$t.width=o)}function ga(n,o){_t(Qi,ks,$t.top=n),_t(Qi,Ls,$t.height=o)}let $s=L.ori==0?ma:ga,vs=L.ori==1?ma:ga;function oc(){if(Ct&&et.live)for(let n=l==2?1:0;n<w.length;n++){if(n==0&&ve)continue;let o=et.values[n],c=0;for(let u in o)He[n][c++].firstChild.nodeValue=o[u]}}function zl(n,o){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ht[u]=c}):Iu(n.idx)||ht.fill(n.idx),et.idx=ht[0]),Ct&&et.live){for(let c=0;c<w.length;c++)(c>0||l==1&&!ve)&&rc(c,ht[c]);oc()}we=!1,o!==!1&&Ft("setLegend")}s.setLegend=zl;function rc(n,o){let c=w[n],u=n==0&&Q==2?Me:t[n],f;ve?f=c.values(s,n,o)??ai:(f=c.value(s,o==null?null:u[o],n,o),f=f==null?ai:{_:f}),et.values[n]=f}function Ti(n,o,c){ha=yt,fa=kt,[yt,kt]=H.move(s,yt,kt),H.left=yt,H.top=kt,Yt&&(Yi&&Je(Yi,Mt(yt),0,K,D),qi&&Je(qi,0,Mt(kt),K,D));let u,f=zt>It;Xe=mt,ui=null;let b=L.ori==0?K:D,_=L.ori==1?K:D;if(yt<0||Nt==0||f){u=H.idx=null;for(let x=0;x<w.length;x++){let T=xe[x];T!=null&&Je(T,-10,-10,K,D)}Oi&&Be(null,Xi,!0,n==null&&Lt.setSeries),et.live&&(ht.fill(u),we=!0)}else{let x,T,C;l==1&&(x=L.ori==0?yt:kt,T=Ue(x,P),u=H.idx=Ie(T,t[0],zt,It),C=F(t[0][u],L,b,0));let M=-10,I=-10,Y=0,ct=0,ot=!0,it="",W="";for(let O=l==2?1:0;O<w.length;O++){let vt=w[O],Tt=ht[O],Ht=Tt==null?null:l==1?t[O][Tt]:t[O][1][Tt],ft=H.dataIdx(s,O,u,T),Et=ft==null?null:l==1?t[O][ft]:t[O][1][ft];if(we=we||Et!=Ht||ft!=Tt,ht[O]=ft,O>0&&vt.show){let he=ft==null?-10:ft==u?C:F(l==1?t[0][ft]:t[O][0][ft],L,b,0),Zt=Et==null?-10:J(Et,l==1?k[vt.scale]:k[vt.facets[1].scale],_,0);if(Oi&&Et!=null){let ke=L.ori==1?yt:kt,De=Dt(Ne.dist(s,O,ft,Zt,ke));if(De<Xe){let We=Ne.bias;if(We!=0){let fe=Ue(ke,vt.scale),Se=Et>=0?1:-1,Pe=fe>=0?1:-1;Pe==Se&&(Pe==1?We==1?Et>=fe:Et<=fe:We==1?Et<=fe:Et>=fe)&&(Xe=De,ui=O)}else Xe=De,ui=O}}if(we||Ni){let ke,De;L.ori==0?(ke=he,De=Zt):(ke=Zt,De=he);let We,fe,Se,Pe,Ge,Kt,me=!0,Ei=Gt.bbox;if(Ei!=null){me=!1;let Qt=Ei(s,O);Se=Qt.left,Pe=Qt.top,We=Qt.width,fe=Qt.height}else Se=ke,Pe=De,We=fe=Gt.size(s,O);if(Kt=Gt.fill(s,O),Ge=Gt.stroke(s,O),Ni)O==ui&&Xe<=Ne.prox&&(M=Se,I=Pe,Y=We,ct=fe,ot=me,it=Kt,W=Ge);else{let Qt=xe[O];Qt!=null&&(Bi[O]=Se,Ui[O]=Pe,Za(Qt,We,fe,me),Ya(Qt,Kt,Ge),Je(Qt,Ee(Se),Ee(Pe),K,D))}}}}if(Ni){let O=Ne.prox,vt=Si==null?Xe<=O:Xe>O||ui!=Si;if(we||vt){let Tt=xe[0];Tt!=null&&(Bi[0]=M,Ui[0]=I,Za(Tt,Y,ct,ot),Ya(Tt,it,W),Je(Tt,Ee(M),Ee(I),K,D))}}}if($t.show&&ri)if(n!=null){let[x,T]=Lt.scales,[C,M]=Lt.match,[I,Y]=n.cursor.sync.scales,ct=n.cursor.drag;if(Vt=ct._x,Rt=ct._y,Vt||Rt){let{left:ot,top:it,width:W,height:O}=n.select,vt=n.scales[I].ori,Tt=n.posToVal,Ht,ft,Et,he,Zt,ke=x!=null&&C(x,I),De=T!=null&&M(T,Y);ke&&Vt?(vt==0?(Ht=ot,ft=W):(Ht=it,ft=O),Et=k[x],he=F(Tt(Ht,I),Et,b,0),Zt=F(Tt(Ht+ft,I),Et,b,0),$s(Ve(he,Zt),Dt(Zt-he))):$s(0,b),De&&Rt?(vt==1?(Ht=ot,ft=W):(Ht=it,ft=O),Et=k[T],he=J(Tt(Ht,Y),Et,_,0),Zt=J(Tt(Ht+ft,Y),Et,_,0),vs(Ve(he,Zt),Dt(Zt-he))):vs(0,_)}else Rl()}else{let x=Dt(ha-da),T=Dt(fa-pa);if(L.ori==1){let Y=x;x=T,T=Y}Vt=Bt.x&&x>=Bt.dist,Rt=Bt.y&&T>=Bt.dist;let C=Bt.uni;C!=null?Vt&&Rt&&(Vt=x>=C,Rt=T>=C,!Vt&&!Rt&&(T>x?Rt=!0:Vt=!0)):Bt.x&&Bt.y&&(Vt||Rt)&&(Vt=Rt=!0);let M,I;Vt&&(L.ori==0?(M=Zi,I=yt):(M=Ki,I=kt),$s(Ve(M,I),Dt(I-M)),Rt||vs(0,_)),Rt&&(L.ori==1?(M=Zi,I=yt):(M=Ki,I=kt),vs(Ve(M,I),Dt(I-M)),Vt||$s(0,b)),!Vt&&!Rt&&($s(0,0),vs(0,0))}if(Bt._x=Vt,Bt._y=Rt,n==null){if(c){if(Ea!=null){let[x,T]=Lt.scales;Lt.values[0]=x!=null?Ue(L.ori==0?yt:kt,x):null,Lt.values[1]=T!=null?Ue(L.ori==1?yt:kt,T):null}ws(Ul,s,yt,kt,K,D,u)}if(Oi){let x=c&&Lt.setSeries,T=Ne.prox;Si==null?Xe<=T&&Be(ui,Xi,!0,x):Xe>T?Be(null,Xi,!0,x):ui!=Si&&Be(ui,Xi,!0,x)}}we&&(et.idx=u,zl()),o!==!1&&Ft("setCursor")}let di=null;Object.defineProperty(s,"rect",{get(){return di==null&&_s(!1),di}});function _s(n=!1){n?di=null:(di=E.getBoundingClientRect(),Ft("syncRect",di))}function ba(n,o,c,u,f,b,_){H._lock||ri&&n!=null&&n.movementX==0&&n.movementY==0||(Il(n,o,c,u,f,b,_,!1,n!=null),n!=null?Ti(null,!0,!0):Ti(o,!0,!1))}function Il(n,o,c,u,f,b,_,x,T){if(di==null&&_s(!1),xi(n),n!=null)c=n.clientX-di.left,u=n.clientY-di.top;else{if(c<0||u<0){yt=-10,kt=-10;return}let[C,M]=Lt.scales,I=o.cursor.sync,[Y,ct]=I.values,[ot,it]=I.scales,[W,O]=Lt.match,vt=o.axes[0].side%2==1,Tt=L.ori==0?K:D,Ht=L.ori==1?K:D,ft=vt?b:f,Et=vt?f:b,he=vt?u:c,Zt=vt?c:u;if(ot!=null?c=W(C,ot)?h(Y,k[C],Tt,0):-10:c=Tt*(he/ft),it!=null?u=O(M,it)?h(ct,k[M],Ht,0):-10:u=Ht*(Zt/Et),L.ori==1){let ke=c;c=u,u=ke}}T&&(o==null||o.cursor.event.type==Ul)&&((c<=1||c>=K-1)&&(c=ji(c,K)),(u<=1||u>=D-1)&&(u=ji(u,D))),x?(da=c,pa=u,[Zi,Ki]=H.move(s,c,u)):(yt=c,kt=u)}const Vl={width:0,height:0,left:0,top:0};function Rl(){Us(Vl,!1)}let ya,$a,va,_a;function wa(n,o,c,u,f,b,_){ri=!0,Vt=Rt=Bt._x=Bt._y=!1,Il(n,o,c,u,f,b,_,!0,!1),n!=null&&(qt(Wl,sn,xa,!1),ws(Oa,s,Zi,Ki,K,D,null));let{left:x,top:T,width:C,height:M}=$t;ya=x,$a=T,va=C,_a=M}function xa(n,o,c,u,f,b,_){ri=Bt._x=Bt._y=!1,Il(n,o,c,u,f,b,_,!1,!0);let{left:x,top:T,width:C,height:M}=$t,I=C>0||M>0,Y=ya!=x||$a!=T||va!=C||_a!=M;if(I&&Y&&Us($t),Bt.setScale&&I&&Y){let ct=x,ot=C,it=T,W=M;if(L.ori==1&&(ct=T,ot=M,it=x,W=C),Vt&&ci(P,Ue(ct,P),Ue(ct+ot,P)),Rt)for(let O in k){let vt=k[O];O!=P&&vt.from==null&&vt.min!=mt&&ci(O,Ue(it+W,O),Ue(it,O))}Rl()}else H.lock&&(H._lock=!H._lock,Ti(o,!0,n!=null));n!=null&&(Ri(Wl,sn),ws(Wl,s,yt,kt,K,D,null))}function cc(n,o,c,u,f,b,_){if(H._lock)return;xi(n);let x=ri;if(ri){let T=!0,C=!0,M=10,I,Y;L.ori==0?(I=Vt,Y=Rt):(I=Rt,Y=Vt),I&&Y&&(T=yt<=M||yt>=K-M,C=kt<=M||kt>=D-M),I&&T&&(yt=yt<Zi?0:K),Y&&C&&(kt=kt<Ki?0:D),Ti(null,!0,!0),ri=!1}yt=-10,kt=-10,ht.fill(null),Ti(null,!0,!0),x&&(ri=x)}function ka(n,o,c,u,f,b,_){H._lock||(xi(n),vl(),Rl(),n!=null&&ws(Ua,s,yt,kt,K,D,null))}function Sa(){j.forEach(Qd),$l(s.width,s.height,!0)}Mi(il,ss,Sa);const ts={};ts.mousedown=wa,ts.mousemove=ba,ts.mouseup=xa,ts.dblclick=ka,ts.setSeries=(n,o,c,u)=>{let f=Lt.match[2];c=f(s,o,c),c!=-1&&Be(c,u,!0,!1)},Yt&&(qt(Oa,E,wa),qt(Ul,E,ba),qt(Na,E,n=>{xi(n),_s(!1)}),qt(Ba,E,cc),qt(Ua,E,ka),dn.add(s),s.syncRect=_s);const Ws=s.hooks=e.hooks||{};function Ft(n,o,c){Al?ys.push([n,o,c]):n in Ws&&Ws[n].forEach(u=>{u.call(null,s,o,c)})}(e.plugins||[]).forEach(n=>{for(let o in n.hooks)Ws[o]=(Ws[o]||[]).concat(n.hooks[o])});const Ta=(n,o,c)=>c,Lt=jt({key:null,setSeries:!1,filters:{pub:eo,sub:eo},scales:[P,w[1]?w[1].scale:null],match:[io,io,Ta],values:[null,null]},H.sync);Lt.match.length==2&&Lt.match.push(Ta),H.sync=Lt;const Ea=Lt.key,Fl=br(Ea);function ws(n,o,c,u,f,b,_){Lt.filters.pub(n,o,c,u,f,b,_)&&Fl.pub(n,o,c,u,f,b,_)}Fl.sub(s);function uc(n,o,c,u,f,b,_){Lt.filters.sub(n,o,c,u,f,b,_)&&ts[n](null,o,c,u,f,b,_)}s.pub=uc;function dc(){Fl.unsub(s),dn.delete(s),yi.clear(),an(il,ss,Sa),m.remove(),dt?.remove(),Ft("destroy")}s.destroy=dc;function Hl(){Ft("init",e,t),sa(t||e.data,!1),U[P]?Ml(P,U[P]):vl(),Rs=$t.show&&($t.width>0||$t.height>0),wi=we=!0,$l(e.width,e.height)}return w.forEach(ea),j.forEach(Br),i?i instanceof HTMLElement?(i.appendChild(m),Hl()):i(s,Hl):Hl(),s}Wt.assign=jt;Wt.fmtNum=Tn;Wt.rangeNum=sl;Wt.rangeLog=ul;Wt.rangeAsinh=kn;Wt.orient=zi;Wt.pxRatio=ut;Wt.join=Bu;Wt.fmtDate=Ln,Wt.tzDate=td;Wt.sync=br;{Wt.addGap=Id,Wt.clipGaps=hl;let e=Wt.paths={points:xr};e.linear=Sr,e.stepped=Fd,e.bars=Hd,e.spline=Nd}const Xd='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var tp=Object.defineProperty,$e=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&tp(t,i,l),l};const Hn=class Hn extends re{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return v`<figure role="group" aria-label=${this.label} style="margin:0">
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
    </figure>`}totalText(){const t=this.ys.reduce((i,s)=>i+s,0);return d("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const i=getComputedStyle(this),s=i.getPropertyValue("--pl-chart-color").trim()||i.getPropertyValue("--primary-color").trim()||"#03a9f4",l=i.getPropertyValue("--secondary-text-color").trim()||"#727272",a=i.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",r=`12px ${i.fontFamily||"sans-serif"}`,h=Math.max(Math.floor(t.clientWidth),200),p=this.labels,m=this.xs,y=this.formatValue,g=this.kind==="time",$=this.bucket,S=this.locale,E=g?gc($)/2:.5,A={stroke:l,font:r,grid:{stroke:a,width:1},ticks:{stroke:a,width:1}},z=w=>g?ja(m[w]??0,$,S):p[w]??"",B={width:h,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,j,k)=>[j-E,k+E]},y:{range:(w,j,k)=>[0,k>0?k*1.1:1]}},axes:[g?{...A,splits:w=>mc(m,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,j)=>j.map(k=>ja(k,$,S))}:{...A,splits:()=>p.map((w,j)=>j),values:(w,j)=>j.map(k=>p[k]??""),gap:4},{...A,size:48,values:(w,j)=>j.map(k=>y(k))}],series:[{},{label:this.unit,stroke:s,fill:s,width:0,paths:Wt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const j=w.cursor.idx,k=j==null?void 0:this.ys[j];this.readout=k===void 0||j===null||j===void 0?"":`${z(j)}: ${y(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Wt(B,[this.xs,this.ys],t)}};Hn.styles=[ce,fc(Xd),ie`
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
    `];let Jt=Hn;$e([R()],Jt.prototype,"kind");$e([R()],Jt.prototype,"label");$e([R()],Jt.prototype,"unit");$e([R({attribute:!1})],Jt.prototype,"xs");$e([R({attribute:!1})],Jt.prototype,"ys");$e([R({attribute:!1})],Jt.prototype,"labels");$e([R()],Jt.prototype,"bucket");$e([R()],Jt.prototype,"locale");$e([R({attribute:!1})],Jt.prototype,"formatValue");$e([R({type:Boolean})],Jt.prototype,"dark");$e([R({type:Number})],Jt.prototype,"height");$e([Ro(".plot")],Jt.prototype,"plotEl");$e([X()],Jt.prototype,"readout");ue("pl-chart",Jt);var ep=Object.defineProperty,Ps=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&ep(t,i,l),l};const On=class On extends re{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=bc(this.matrix),i=Array.from({length:24},(p,m)=>m),s=yc(this.locale),l=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),a=p=>{const m=l.formatToParts(new Date(Date.UTC(2024,0,1,p))),y=Number(m.find($=>$.type==="hour")?.value??p),g=m.find($=>$.type==="dayPeriod")?.value;return g?`${y}${g.charAt(0).toLowerCase()}`:String(y)},r=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),h=p=>r.format(new Date(Date.UTC(2024,0,1,p)));return v`<table aria-label=${this.label||d("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${i.map(p=>v`<th scope="col" abbr=${h(p)}>${p%3===0?a(p):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${$c(this.firstWeekday).map(p=>v`<tr data-weekday=${p}>
              <th scope="row">${s[p]}</th>
              ${i.map(m=>{const y=this.matrix[p]?.[m]??0,g=d("heatmap.cell",{day:s[p],from:h(m),to:h((m+1)%24),count:y});return v`<td title=${g} data-weekday=${p} data-hour=${m} data-value=${y}>
                  ${y>0?v`<span class="shade" style=${Xl({opacity:String(.15+.85*(y/t))})}></span>`:""}
                  <span class="sr-only">${y}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};On.styles=[ce,ie`
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
    `];let mi=On;Ps([R()],mi.prototype,"label");Ps([R({attribute:!1})],mi.prototype,"matrix");Ps([R({type:Number})],mi.prototype,"firstWeekday");Ps([R()],mi.prototype,"locale");Ps([R({attribute:!1})],mi.prototype,"hour12");ue("pl-heatmap",mi);var ip=Object.defineProperty,zn=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&ip(t,i,l),l};const Nn=class Nn extends re{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?v`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(i=>d(i)).map(i=>v`<li class="card loading"><span class="label">${i}</span><span class="value">…</span></li>`)}
      </ul>`:v`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${vc(this.summary,t).map(i=>v`<li class="card" data-kpi=${i.id}>
          <span class="label">${i.label}</span>
          <span class="value">${i.value}</span>
          ${i.sub?v`<span class="sub">${i.sub}</span>`:""}
        </li>`)}
    </ul>`}};Nn.styles=[ce,ie`
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
    `];let cs=Nn;zn([R({attribute:!1})],cs.prototype,"summary");zn([R({attribute:!1})],cs.prototype,"options");zn([R({type:Boolean})],cs.prototype,"loading");ue("pl-kpis",cs);var sp=Object.defineProperty,Fe=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&sp(t,i,l),l};function hn(e){const t=e?.points??[],[i,s]=Lc(t),l=[...t].sort((a,r)=>a.bucket<r.bucket?-1:1).map(a=>a.bucket);return{xs:i,ys:s,labels:l}}const So=hn(void 0),lp=[],np=tn.map((e,t)=>t),Bn=class Bn extends re{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=So,this.hoursSeries=So,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const i=t.get("data");(!i||i.jobs!==this.data.jobs)&&(this.jobsSeries=hn(this.data.jobs)),(!i||i.hours!==this.data.hours)&&(this.hoursSeries=hn(this.data.hours))}if(t.has("options")){const i=this.options;i&&(this.formatInt=s=>Ye(s,i),this.formatHours=s=>Ye(s,i,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return _c(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const i=++this.token,s=this.scope(),l=this.bucket;this.loading=!0,this.error="";const a=()=>i===this.token,r=y=>{a()&&(this.data={...this.data,...y})},h=[t.summary(s).then(y=>r({summary:y})),t.timeseries(s,l,"jobs").then(y=>r({jobs:y})),t.timeseries(s,l,"hours").then(y=>r({hours:y})),t.breakdown(s,"filament_type").then(y=>r({filamentType:y})),t.breakdown(s,"filament_colour").then(y=>r({filamentColour:y})),t.breakdown(s,"printer").then(y=>r({printer:y})),t.breakdown(s,"status").then(y=>r({status:y})),this.histogram(t,s).then(y=>r({histogram:y})),t.breakdown(s,"weekday_hour").then(y=>r({heatmap:wc(y.rows)})),t.spoolBreakdown(s,"spool").then(y=>r({bySpool:y})),t.spoolBreakdown(s,"vendor").then(y=>r({byVendor:y})),t.spoolBreakdown(s,"material").then(y=>r({byMaterial:y}))],p=await Promise.allSettled(h);if(!a())return;const m=p.find(y=>y.status==="rejected");m&&(this.error=Xt(m.reason)),this.loading=!1}async histogram(t,i){return(await Promise.all(tn.map(l=>t.listJobs({...i,statuses:[...$n],min_duration:l.min,...l.max!==void 0?{max_duration:l.max}:{},limit:1})))).map(l=>l.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=tn.map(i=>xc(i,t))),this.binLabelsCache}change(t,i){t==="period"&&kc(i)?(this.period=i,this.bucket=Sc(i)):t==="printer"?this.printer=i:t==="bucket"&&(i==="day"||i==="week"||i==="month"||i==="year")&&(this.bucket=i),this.load()}render(){const t=this.options;if(!t)return V;const i=this.data,s=this.jobsSeries,l=this.hoursSeries,a=this.formatInt,r=this.formatHours,h=i.jobs?.bucket??this.bucket;return v`
      <div class="selectors" role="group" aria-label=${d("analytics.selection")}>
        <label
          >${d("analytics.period")}
          <select name="period" @change=${p=>this.change("period",p.target.value)}>
            ${Tc.map(p=>v`<option value=${p.id} ?selected=${p.id===this.period}>${Ec(p.id)}</option>`)}
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
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Ut(Oo)} ${d("common.refresh")}</button>
      </div>
      ${this.error?v`<div class="error-banner" role="alert">
            <span>${d("analytics.load_error",{error:this.error})}</span>
          </div>`:V}
      ${h!==this.bucket?v`<p class="bucket-note" role="status">
            ${d("analytics.bucket_note",{shown:d(`bucket_per.${h}`),bucket:d(`bucket_many.${this.bucket}`)})}
          </p>`:V}
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
            .formatValue=${a}
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
            .formatValue=${r}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${d("analytics.filament_type")}</h2>
          <pl-bars
            label=${d("analytics.filament_type_label")}
            .items=${Gs(Ca(i.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${d("analytics.filament_colour")}</h2>
          <pl-bars
            label=${d("analytics.filament_colour_label")}
            .items=${Gs(Ca(i.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        ${i.bySpool?.rows.length?v`<section class="panel card" data-chart="spool">
                <h2>${d("analytics.by_spool")}</h2>
                <p class="muted">
                  ${d("analytics.spool_totals",{grams:Po(i.bySpool.totals.filament_g,t,0),cost:Ms(i.bySpool.totals.cost,t)})}
                </p>
                <pl-bars
                  label=${d("analytics.by_spool")}
                  .items=${Ol(i.bySpool.rows.slice(0,12),t,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${d("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${d("analytics.by_vendor")}
                  .items=${Ol((i.byVendor?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${d("analytics.by_material")}</h2>
                <pl-bars
                  label=${d("analytics.by_material")}
                  .items=${Ol((i.byMaterial?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>`:V}
        <section class="panel card" data-chart="printer">
          <h2>${d("analytics.success_printer")}</h2>
          <pl-bars label=${d("analytics.success_printer")} .max=${100} .items=${Gs(i.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${d("analytics.outcome")}</h2>
          <pl-bars
            label=${d("analytics.outcome")}
            .items=${Gs((i.status?.rows??[]).map(p=>({...p,label:tl(String(p.key??p.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${d("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${d("analytics.duration_label")}
            unit=${d("analytics.unit_jobs")}
            .xs=${np}
            .ys=${i.histogram??lp}
            .labels=${this.binLabels(t)}
            .formatValue=${a}
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
    `}};Bn.styles=[ce,ie`
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
    `];let oe=Bn;Fe([R({attribute:!1})],oe.prototype,"api");Fe([R({attribute:!1})],oe.prototype,"options");Fe([R({attribute:!1})],oe.prototype,"printers");Fe([R({type:Boolean})],oe.prototype,"dark");Fe([R({type:Boolean})],oe.prototype,"active");Fe([X()],oe.prototype,"period");Fe([X()],oe.prototype,"printer");Fe([X()],oe.prototype,"bucket");Fe([X()],oe.prototype,"data");Fe([X()],oe.prototype,"loading");Fe([X()],oe.prototype,"error");ue("pl-analytics-view",oe);let In,Zl;function Vn(){return In}function jr(e){return Zl??=e.limits().then(t=>In=t).catch(()=>{Zl=void 0}),Zl}function Cr(e,t,i,s=In){const l=s?.numbers[e];return l?t<l.min||t>l.max?d("form.range",{field:i,min:String(l.min),max:String(l.max)}):"":t<0?d("form.positive",{field:i}):""}const ap=4e3;class op{constructor(t,i){this.host=t,this.list=i,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},ap),this.changed()}async save(t,i){const s=this.host.api;if(!s)return!1;if(!Object.keys(i).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const l=await s.updateJob(t.id,i);return this.list.applyJob(l),this.notify(d("jobs.saved",{file:qe(t.filename)})),!0}catch(l){return this.editError=Xt(l),this.notify(d("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,i){await this.save(t,i)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const i=this.confirmJobs.map(s=>s.id);this.deleting=!0,this.deleteError="",this.changed();try{const s=await t.deleteJobs(i),l=new Set(i);l.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(l,s),this.notify(d("jobs.deleted",{count:s}))}catch(s){this.deleteError=Xt(s)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const i=this.host.api;if(i){this.addBusy=!0,this.addError="",this.changed();try{const s=await i.createJob(t);this.adding=!1,this.notify(d("jobs.added",{file:qe(s.filename)})),await this.list.reload()}catch(s){this.addError=Xt(s),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(zo(s))}finally{this.addBusy=!1,this.changed()}}}}const To={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:"",spool:""},Ar=[{value:"",get label(){return d("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(e=>({value:e,get label(){return e==="failed"?d("filter.failed_any"):tl(e)},statuses:e==="failed"?[...Va]:[e]})),...Va.map(e=>({value:`only:${e}`,get label(){return`— ${tl(e)}`},statuses:[e]}))];function rp(e,t){const i={};e.printer&&(i.printer_ids=[e.printer]);const s=Ar.find(h=>h.value===e.status)?.statuses??[];s.length&&(i.statuses=[...s]);const l=e.since?en(e.since,"00:00",t):void 0;if(l&&(i.since=l),e.until){const h=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(h.getTime())){h.setUTCDate(h.getUTCDate()+1);const p=en(h.toISOString().slice(0,10),"00:00",t);p&&(i.until=p)}}e.q.trim()&&(i.q=e.q.trim()),e.filament.trim()&&(i.filament_type=e.filament.trim());const a=el(e.tags);a.length&&(i.tags=a);const r=/^id:(\d{1,9})$/.exec(e.spool??"");return r?i.spool_id=Number(r[1]):e.spool?.startsWith("vendor:")&&e.spool.length>7&&(i.spool_vendor=e.spool.slice(7)),i}function cp(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),e.spool_id!==void 0&&(t.spool_id=e.spool_id),e.spool_vendor&&(t.spool_vendor=e.spool_vendor),t}const fn=e=>e.target.value;function up(e){const{list:t,changes:i,admin:s}=e,l=t.activeFilters;return v`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${d("jobs.search")}
      aria-label=${d("jobs.search")}
      .value=${t.filters.q}
      @input=${a=>t.setFilter("q",fn(a),!0)}
    />
    <button class="btn" aria-expanded=${e.showFilters?"true":"false"} aria-controls="filters" @click=${e.toggleFilters}>
      ${Ut(Qc)} ${l?d("jobs.filters_n",{n:l}):d("jobs.filters")}
    </button>
    <span class="spacer"></span>
    ${s&&t.selected.size?v`<button class="btn danger" @click=${()=>i.askDelete(t.selectedJobs)}>
          ${Ut(yn)} ${d("jobs.delete_n",{n:t.selected.size})}
        </button>`:V}
    ${s?v`<button class="btn primary" @click=${()=>i.openAdd()} ?disabled=${!e.printers.length}>
          ${Ut(tu)} ${d("jobs.add")}
        </button>`:V}
  </div>`}function dp(e,t){const i=e.filters,s=a=>r=>e.setFilter(a,fn(r)),l=a=>r=>e.setFilter(a,fn(r),!0);return v`<div class="filters card" id="filters">
    <label
      >${d("common.printer")}
      <select name="printer" @change=${s("printer")}>
        <option value="" ?selected=${!i.printer}>${d("common.all_printers")}</option>
        ${t.map(a=>v`<option value=${a.id} ?selected=${a.id===i.printer}>${a.name}</option>`)}
      </select>
    </label>
    <label
      >${d("column.status")}
      <select name="status" @change=${s("status")}>
        ${Ar.map(a=>v`<option value=${a.value} ?selected=${a.value===i.status}>${a.label}</option>`)}
      </select>
    </label>
    <label>${d("jobs.from")} <input name="since" type="date" .value=${i.since} @change=${s("since")} /></label>
    <label>${d("jobs.to")} <input name="until" type="date" .value=${i.until} @change=${s("until")} /></label>
    <label
      >${d("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${i.filament} @input=${l("filament")} />
      <datalist id="filament-types">${e.filamentTypes.map(a=>v`<option value=${a}></option>`)}</datalist>
    </label>
    ${e.spoolChoices.spools.length?v`<label
          >${d("spools.filter")}
          <select name="spool" @change=${s("spool")}>
            <option value="" ?selected=${!i.spool}>${d("spools.any")}</option>
            <optgroup label=${d("spools.title")}>
              ${e.spoolChoices.spools.map(a=>v`<option value=${`id:${a.id}`} ?selected=${i.spool===`id:${a.id}`}>${a.label}</option>`)}
            </optgroup>
            <optgroup label=${d("spools.vendors")}>
              ${e.spoolChoices.vendors.map(a=>v`<option value=${`vendor:${a}`} ?selected=${i.spool===`vendor:${a}`}>${a}</option>`)}
            </optgroup>
          </select>
        </label>`:V}
    <label
      >${d("jobs.tags_filter")}
      <input name="tags" .value=${i.tags} @input=${l("tags")} />
    </label>
    <button class="btn clear" @click=${()=>e.clearFilters()}>${d("jobs.clear_filters")}</button>
  </div>`}const pp=[25,50,100,200],hp=300,fp=1500,mp=["filename","printer","status"];class gp{constructor(t,i,s){this.host=t,this.timeZone=i,this.listHeld=s,this.filters={...To},this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.selected=new Set,this.maintenance=[],this.filamentTypes=[],this.spoolChoices={spools:[],vendors:[]},this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return rp(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const i=++this.listToken;this.loading=!0,this.error="",this.changed();try{const s=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null}),l=await this.pageMaintenance(t,s.jobs,s.next_cursor);if(i!==this.listToken)return;this.jobs=s.jobs,this.maintenance=l,this.total=s.total,this.nextCursor=s.next_cursor,this.loaded=!0}catch(s){i===this.listToken&&(this.error=Xt(s))}finally{i===this.listToken&&(this.loading=!1),this.changed()}}async pageMaintenance(t,i,s){if(!this.filters.printer||this.sort!=="start")return[];try{const{log:l}=await t.getMaintenance([this.filters.printer]),a=i.map(m=>Date.parse(m.start)),r=this.page===0||!a.length?1/0:Math.max(...a),h=s===null||!a.length?-1/0:Math.min(...a),p=l.filter(m=>{const y=Date.parse(m.done_at);return y<=r&&y>=h});return this.order==="desc"?p:p.reverse()}catch{return[]}}async loadSummary(){const t=this.host.api;if(!t)return;const i=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const s=await t.summary(cp(this.params()));i===this.summaryToken&&(this.summary=s)}catch(s){i===this.summaryToken&&(this.error||=Xt(s))}finally{i===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadSpoolChoices(){const t=this.host.api;if(t)try{const[i,s]=await Promise.all([t.spoolBreakdown({},"spool"),t.spoolBreakdown({},"vendor")]);this.spoolChoices={spools:i.rows.filter(l=>l.key!==null).map(l=>({id:String(l.key),label:l.label})),vendors:s.rows.filter(l=>l.key!==null).map(l=>String(l.key))},this.changed()}catch{}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const i=await t.breakdown({},"filament_type");this.filamentTypes=i.rows.map(s=>s.label??(s.key===null?"":String(s.key))).filter(s=>s).sort((s,l)=>s.localeCompare(l)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const i=this.pendingList;this.pendingList=!1,i&&!this.listHeld()&&this.loadPage(),this.loadSummary()},fp)}setFilter(t,i,s=!1){this.filters={...this.filters,[t]:i},this.changed(),clearTimeout(this.searchTimer),s?this.searchTimer=setTimeout(()=>{this.reload()},hp):this.reload()}clearFilters(){this.filters={...To},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,i])=>t!=="q"&&i).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=mp.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(i=>i.id===t.id)?(this.jobs=this.jobs.map(i=>i.id===t.id?{...i,...bp(t)}:i),this.changed(),!0):!1}dropJob(t){this.jobs.some(i=>i.id===t)&&(this.jobs=this.jobs.filter(i=>i.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,i){this.jobs=this.jobs.filter(s=>!t.has(s.id)),this.total=Math.max(this.total-i,0),this.selected=new Set([...this.selected].filter(s=>!t.has(s))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,i){const s=new Set(this.selected);i?s.add(t):s.delete(t),this.selected=s,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(i=>i.id)):new Set,this.changed()}}function bp(e){const{details:t,events:i,metadata:s,...l}=e;return l}const yp=ie`
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
`;const Eo=(e,t,i)=>{const s=new Map;for(let l=t;l<=i;l++)s.set(e[l],l);return s},Mr=Mo(class extends Do{constructor(e){if(super(e),e.type!==jc.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,i){let s;i===void 0?i=t:t!==void 0&&(s=t);const l=[],a=[];let r=0;for(const h of e)l[r]=s?s(h,r):r,a[r]=i(h,r),r++;return{values:a,keys:l}}render(e,t,i){return this.dt(e,t,i).values}update(e,[t,i,s]){const l=Gc(e),{values:a,keys:r}=this.dt(t,i,s);if(!Array.isArray(l))return this.ut=r,a;const h=this.ut??=[],p=[];let m,y,g=0,$=l.length-1,S=0,E=a.length-1;for(;g<=$&&S<=E;)if(l[g]===null)g++;else if(l[$]===null)$--;else if(h[g]===r[S])p[S]=Li(l[g],a[S]),g++,S++;else if(h[$]===r[E])p[E]=Li(l[$],a[E]),$--,E--;else if(h[g]===r[E])p[E]=Li(l[g],a[E]),xs(e,p[E+1],l[g]),g++,E--;else if(h[$]===r[S])p[S]=Li(l[$],a[S]),xs(e,l[g],l[$]),$--,S++;else if(m===void 0&&(m=Eo(r,S,E),y=Eo(h,g,$)),m.has(h[g]))if(m.has(h[$])){const A=y.get(r[S]),z=A!==void 0?l[A]:null;if(z===null){const B=xs(e,l[g]);Li(B,a[S]),p[S]=B}else p[S]=Li(z,a[S]),xs(e,l[g],z),l[A]=null;S++}else Nl(l[$]),$--;else Nl(l[g]),g++;for(;S<=E;){const A=xs(e,p[E+1]);Li(A,a[S]),p[S++]=A}for(;g<=$;){const A=l[g++];A!==null&&Nl(A)}return this.ut=r,Fo(e,p),Cc}}),Lo=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function $p(e){const{list:t,changes:i,admin:s}=e,l=Lo.length+(s?2:0);return v`<div class="table-wrap">
    <table aria-label=${d("jobs.print_jobs")} aria-busy=${t.loading?"true":"false"} aria-rowcount=${t.total+1}>
      <thead>
        <tr>
          ${s?v`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${d("jobs.select_all")}
                  .checked=${t.allSelected}
                  @change=${a=>t.toggleAll(a.target.checked)}
                />
              </th>`:V}
          ${Lo.map(a=>vp(t,a))}
          ${s?v`<th scope="col"><span class="sr-only">${d("jobs.actions")}</span></th>`:V}
        </tr>
      </thead>
      <tbody>
        ${Mr(t.jobs,a=>a.id,(a,r)=>v`${jo(e,r,l)}${_p(e,a)}
          ${i.editingId===a.id?v`<tr class="editor-row">
                <td colspan=${l}>${zr(i,a)}</td>
              </tr>`:V}`)}
        ${jo(e,t.jobs.length,l)}
        ${t.loaded&&!t.jobs.length?v`<tr>
              <td class="empty muted" colspan=${l}>${d("jobs.no_match")}</td>
            </tr>`:V}
      </tbody>
    </table>
  </div>`}function jo(e,t,i){const{list:s,options:l}=e;if(!s.maintenance.length)return V;const a=m=>s.order==="desc"?-Date.parse(m):Date.parse(m),r=t>0?a(s.jobs[t-1].start):-1/0,h=t<s.jobs.length?a(s.jobs[t].start):1/0;return s.maintenance.filter(m=>{const y=a(m.done_at);return y>r&&y<=h}).map(m=>v`<tr class="maintenance-row" data-maintenance-id=${m.id}>
      <td colspan=${i}>
        ${Ut(No)}
        <span>${ti(m.done_at,l)}</span> · <strong>${m.name}</strong>
        ${m.notes?v` · <span>${m.notes}</span>`:V}
        ${m.cost!==null?v` · <span>${Ms(m.cost,l)}</span>`:V}
        ${m.done_by?v` · <span class="muted">${m.done_by}</span>`:V}
      </td>
    </tr>`)}function vp(e,t){const i=t.sort&&t.sort===e.sort,s=i?e.order==="asc"?"ascending":"descending":void 0;return v`<th scope="col" aria-sort=${s??V}>
    ${t.sort?v`<button class="sort" @click=${()=>e.sortBy(t.sort)}>
          ${d(t.label)}<span aria-hidden="true">${i?e.order==="asc"?"▲":"▼":""}</span>
        </button>`:d(t.label)}
  </th>`}function _p(e,t){const{list:i,changes:s,admin:l,options:a}=e,r=Xs(t.filament_colour);return v`<tr data-job-id=${t.id} class=${i.selected.has(t.id)?"selected":""}>
    ${l?v`<td>
          <input
            type="checkbox"
            aria-label=${d("jobs.select",{file:qe(t.filename)})}
            .checked=${i.selected.has(t.id)}
            @change=${h=>i.toggleSelected(t.id,h.target.checked)}
          />
        </td>`:V}
    <td>${Dr(s,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${gn(t.status)}</td>
    <td class="num" data-col="start" title=${ti(t.start,a)}>${ti(t.start,a,!1)}</td>
    <td class="num" data-col="print_duration">${hi(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${r?v`<span class="swatch" style=${`background:${r}`}></span>`:V}
      ${bn(t.filament_weight_g,t.filament_used_mm,a)}
      <span class="muted">${t.filament_type??""}</span>
      ${Ac(t.spools,a)}
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
      <span>${t.failure_reason?v`<strong class="status-error">${t.failure_reason}</strong> `:V}${t.notes??""}</span>
    </td>
    ${l?v`<td class="actions">${Pr(s,t)}</td>`:V}
  </tr>`}function Dr(e,t){return v`<button class="file" data-col="filename" @click=${()=>e.showJob(t.id)} aria-haspopup="dialog">
    ${rl(t.filename)}
  </button>`}function Pr(e,t){return v`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${d("jobs.edit",{file:qe(t.filename)})}
      aria-expanded=${e.editingId===t.id?"true":"false"}
      @click=${()=>e.toggleEditor(t)}
    >
      ${Ut(Ho)}
    </button>
    <button class="icon-btn" aria-label=${d("jobs.delete",{file:qe(t.filename)})} @click=${()=>e.askDelete([t])}>
      ${Ut(yn)}
    </button>`}function zr(e,t){return v`<pl-job-editor
    .job=${t}
    .busy=${e.savingId===t.id}
    .error=${e.editError}
    @save=${i=>e.saveEditor(t,i.detail.changes)}
    @cancel=${()=>e.closeEditor(t.id)}
  ></pl-job-editor>`}function wp(e){const{list:t,changes:i,admin:s,options:l}=e;return t.loaded&&!t.jobs.length?v`<div class="empty muted">${d("jobs.no_match")}</div>`:v`<ul class="cards" aria-label=${d("jobs.print_jobs")}>
    ${Mr(t.jobs,a=>a.id,a=>v`<li class="card" data-job-id=${a.id}>
        <div class="head">${Dr(i,a)} ${gn(a.status)}</div>
        <div class="line">
          ${a.printer_name} · ${ti(a.start,l)} · ${hi(a.print_duration)} ·
          ${bn(a.filament_weight_g,a.filament_used_mm,l)}
        </div>
        ${a.tags.length?v`<div>${a.tags.map(r=>v`<span class="tag">${r}</span>`)}</div>`:V}
        ${a.notes?v`<div class="notes" data-col="notes">${a.notes}</div>`:V}
        <div class="row-actions">
          <pl-rating
            .value=${a.rating}
            .subject=${qe(a.filename)}
            ?readonly=${!s}
            @value-changed=${r=>i.save(a,{rating:r.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${s?Pr(i,a):V}
        </div>
        ${i.editingId===a.id?zr(i,a):V}
      </li>`)}
  </ul>`}function xp(e){const t=e.page*e.limit+(e.jobs.length?1:0),i=e.page*e.limit+e.jobs.length;return v`<nav class="pager" aria-label=${d("jobs.pages")}>
    <label
      >${d("jobs.rows_per_page")}
      <select @change=${s=>e.setLimit(Number(s.target.value))}>
        ${pp.map(s=>v`<option value=${s} ?selected=${s===e.limit}>${s}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${e.total}>${d("jobs.range",{first:t,last:i,total:e.total})}</span>
    <button class="icon-btn" aria-label=${d("jobs.previous_page")} ?disabled=${e.page===0||e.loading} @click=${()=>e.prevPage()}>
      ${Ut(qc)}
    </button>
    <button class="icon-btn" aria-label=${d("jobs.next_page")} ?disabled=${!e.nextCursor||e.loading} @click=${()=>e.nextPage()}>
      ${Ut(Zc)}
    </button>
  </nav>`}var kp=Object.defineProperty,zs=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&kp(t,i,l),l};const Un=class Un extends re{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return v`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${d("common.close")} @click=${this.close}>${Ut(Kc)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=Sp(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Ze(this,"closed")}};Un.styles=[ce,ie`
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
    `];let gi=Un;zs([R()],gi.prototype,"heading");zs([R({type:Boolean,reflect:!0})],gi.prototype,"open");zs([R({type:Boolean})],gi.prototype,"wide");zs([Ro("dialog")],gi.prototype,"dialog");zs([X()],gi.prototype,"hasActions");function Sp(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}ue("pl-dialog",gi);const Co=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function Zs(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function Tp(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(e).filter(([l,a])=>!t.has(l)&&a!==null&&a!==""),s=l=>{const a=Co.indexOf(l);return a<0?Co.length:a};return i.sort(([l],[a])=>s(l)-s(a)||l.localeCompare(a))}function mn(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function Ep(e,t){const i={},s=t.notes?.trim()?t.notes:null;(e.notes||null)!==s&&(i.notes=s??""),(e.rating??null)!==t.rating&&(i.rating=t.rating);const l=t.tags;(l.length!==e.tags.length||l.some((r,h)=>r!==e.tags[h]))&&(i.tags=l);const a=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==a&&(i.failure_reason=a),(e.cost??null)!==t.cost&&(i.cost=t.cost),i}function Lp(e,t,i=Vn(),s=new Date){const l={};e.printer_id||(l.printer_id=d("form.choose_printer"));const a=e.filename.trim();a||(l.filename=d("form.enter_filename")),$n.includes(e.status)||(l.status=d("form.choose_status"));const r=en(e.start_date,e.start_time||"00:00",t);if(!r)l.start=d("form.enter_start");else if(i){const w=Date.parse(r);w>s.getTime()+i.job_time.future_tolerance*1e3?l.start=d("form.start_future"):w<Date.parse(i.job_time.earliest)&&(l.start=d("form.start_before",{date:i.job_time.earliest.slice(0,10)}))}const h=(w,j,k)=>{if(!w.trim())return;const G=Number(w);if(!Number.isFinite(G)||G<0){l[j]=d("form.positive",{field:k});return}return G},p=h(e.hours,"duration",d("form.hours"))??0,m=h(e.minutes,"duration",d("form.minutes"))??0,y=h(e.filament_g,"filament_g",d("form.filament_weight")),g=h(e.filament_m,"filament_m",d("form.filament_length")),$=h(e.cost,"cost",d("kpi.cost")),S=(w,j,k,G)=>{const P=j===void 0||l[k]?"":Cr(w,j,G,i);P&&(l[k]=P)};S("print_duration",p*3600+m*60,"duration",d("form.print_time_s")),S("filament_weight_g",y,"filament_g",d("form.filament_weight")),S("filament_used_mm",g===void 0?void 0:g*1e3,"filament_m",d("form.filament_length_mm")),S("cost",$,"cost",d("kpi.cost"));const E=i?.tags.max_length;if(E&&el(e.tags).some(w=>w.length>E)&&(l.tags=d("form.tag_length",{count:E})),Object.keys(l).length||!r)return{errors:l};const A=Math.round(p*3600+m*60),z={printer_id:e.printer_id,filename:a,status:e.status,start:r,print_duration:A};A>0&&(z.end=new Date(Date.parse(r)+A*1e3).toISOString()),y!==void 0&&(z.filament_weight_g=y),g!==void 0&&(z.filament_used_mm=g*1e3),e.filament_type.trim()&&(z.filament_type=e.filament_type.trim()),$!==void 0&&(z.cost=$);const B=el(e.tags);return B.length&&(z.tags=B),e.notes.trim()&&(z.notes=e.notes),e.failure_reason.trim()&&(z.failure_reason=e.failure_reason.trim()),e.rating&&(z.rating=e.rating),{job:z,errors:l}}const Rn=ie`
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
    max=${Vn()?.numbers.cost?.max??V}
    step="0.01"
    inputmode="decimal"
    .value=${e.value}
    @input=${e.onInput}
    aria-invalid=${e.invalid===void 0?V:e.invalid?"true":"false"}
    aria-describedby=${e.describedBy??V}
  />`}function al(e,t,i,s){return v`<div class="actions">
    ${t?v`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>Ze(e,"cancel")}>${d("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${i}>${s}</button>
  </div>`}var jp=Object.defineProperty,bl=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&jp(t,i,l),l};const Wn=class Wn extends re{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const s=this.value?d("rating.rated",{n:this.value}):d("rating.none");return v`<span role="img" aria-label=${s} title=${s}
        >${[1,2,3,4,5].map(l=>v`<span class=${l<=t?"":"empty"}>${Ut(l<=t?za:Ia)}</span>`)}</span
      >`}const i=this.subject?d("rating.of",{subject:this.subject}):d("rating.rating");return v`<span role="group" aria-label=${i}
      >${[1,2,3,4,5].map(s=>v`<button
            type="button"
            class=${s<=t?"":"empty"}
            aria-label=${d("rating.stars",{count:s})}
            aria-pressed=${s===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(s)}
          >
            ${Ut(s<=t?za:Ia)}
          </button>`)}</span
    >`}choose(t){const i=t===this.value?null:t;this.value=i,Ze(this,"value-changed",{value:i})}};Wn.styles=[ce,ie`
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
    `];let Pi=Wn;bl([R({type:Number})],Pi.prototype,"value");bl([R({type:Boolean})],Pi.prototype,"readonly");bl([R({type:Boolean})],Pi.prototype,"disabled");bl([R()],Pi.prototype,"subject");ue("pl-rating",Pi);var Cp=Object.defineProperty,bi=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&Cp(t,i,l),l};const Gn=class Gn extends re{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return v``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return v`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
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
        ${nl({value:this.cost,onInput:i=>this.cost=i.target.value})}
      </label>
      ${al(this,this.error,this.busy,d("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),Ze(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const i=this.cost.trim(),s=i===""?null:Number(i);if(s!==null&&(!Number.isFinite(s)||s<0)){this.error=d("form.positive",{field:d("kpi.cost")});return}const l=s===null?"":Cr("cost",s,d("kpi.cost"));if(l){this.error=l;return}const a=Ep(this.job,{notes:this.notes,rating:this.rating,tags:el(this.tags),failure_reason:this.reason,cost:s});Ze(this,"save",{changes:a})}};Gn.styles=[ce,Rn,ie`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let Re=Gn;bi([R({attribute:!1})],Re.prototype,"job");bi([R({type:Boolean})],Re.prototype,"busy");bi([R()],Re.prototype,"error");bi([X()],Re.prototype,"notes");bi([X()],Re.prototype,"rating");bi([X()],Re.prototype,"tags");bi([X()],Re.prototype,"reason");bi([X()],Re.prototype,"cost");ue("pl-job-editor",Re);var Ap=Object.defineProperty,je=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&Ap(t,i,l),l};const Jn=class Jn extends re{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&jr(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const s=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=s,s.has_thumbnail){this.thumbnailState="loading";try{const l=await t.thumbnail(s.id);if(i!==this.loadToken)return;l?(this.thumbnailUrl=URL.createObjectURL(l),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(s){i===this.loadToken&&(this.error=Xt(s))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return v`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${d("common.retry")}</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return v`<p class="muted" aria-busy="true">${d("common.loading")}</p>`;const s=Xs(t.filament_colour);return v`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?v`<img src=${this.thumbnailUrl??""} alt=${d("detail.thumbnail_of",{file:qe(t.filename)})} />`:v`<span class="muted"
                >${this.thumbnailState==="loading"?d("common.loading"):this.thumbnailState==="error"?d("detail.thumbnail_unavailable"):d("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${rl(t.filename)}</div>
          <p>${gn(t.status)} <span class="muted">${Ao("source",t.source)}</span></p>
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
            <dd>${ti(t.start,i)}</dd>
            <dt>${d("detail.ended")}</dt>
            <dd>${ti(t.end,i)}</dd>
            <dt>${d("kpi.print_time")}</dt>
            <dd>
              ${hi(t.print_duration)}
              ${t.estimated_time?v`<span class="muted">(${d("detail.estimated",{time:hi(t.estimated_time)})})</span>`:V}
            </dd>
            <dt>${d("detail.total_time")}</dt>
            <dd>${hi(t.total_duration)}</dd>
            ${t.pause_count?v`<dt>${d("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${hi(t.paused_duration)})</dd>`:V}
            <dt>${d("kpi.filament")}</dt>
            <dd>
              ${s?v`<span class="swatch" style=${`background:${s}`}></span>`:V}
              ${bn(t.filament_weight_g,t.filament_used_mm,i)}
              ${t.filament_type??""}
              <span class="muted">${Ye(t.filament_used_mm/1e3,i,2)} m</span>
            </dd>
            <dt>${d("kpi.cost")}</dt>
            <dd>${Ms(t.cost,i)}</dd>
            ${t.error_message?v`<dt>${d("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:V}
          </dl>
        </div>
      </div>

      ${t.spools?.length?v`<h3>${d("spools.title")}</h3>
            ${Mc(t.spools,t.spool_filament_cost,i)}`:V}

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
                  <button class="btn" @click=${this.startEdit}>${Ut(Ho)} ${d("common.edit")}</button>
                  <button class="btn danger" @click=${()=>Ze(this,"delete-jobs",{jobs:[t]})}>
                    ${Ut(yn)} ${d("common.delete")}
                  </button>
                </div>`:V}`}

      <h3>${d("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${d("detail.timeline")}</h3>
      ${t.events.length?v`<ol class="timeline">
            ${t.events.map(l=>v`<li>
                <strong>${Ao("event",l.type)}</strong>
                <span class="muted">${ti(l.at,i)}</span>
                ${l.data&&Object.keys(l.data).length?v`<div class="muted">
                      ${Object.entries(l.data).map(([a,r])=>v`<span>${mn(a)}: ${Zs(r)}</span> `)}
                    </div>`:V}
              </li>`)}
          </ol>`:v`<p class="muted">${d("detail.no_events")}</p>`}

      <h3>${d("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?v`<details>
            <summary>${d("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([l,a])=>v`<tr>
                    <th scope="row">${l}</th>
                    <td><pre>${Zs(a)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:v`<p class="muted">${d("detail.no_metadata")}</p>`}
    `}renderDetails(t){const i=Tp(t.details);return i.length?v`<table>
      <tbody>
        ${i.map(([s,l])=>v`<tr>
            <th scope="row">${mn(s)}</th>
            <td>${typeof l=="object"?v`<pre>${Zs(l)}</pre>`:Zs(l)}</td>
          </tr>`)}
      </tbody>
    </table>`:v`<p class="muted">${d("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const i=this.renderRoot.querySelector(".job-id code"),s=document.createRange();i&&s.selectNodeContents(i);const l=window.getSelection();l?.removeAllRanges(),l?.addRange(s),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const s=await this.api.updateJob(this.job.id,i);this.job={...this.job,...s},this.editing=!1,Ze(this,"job-updated",{job:s})}catch(s){this.saveError=Xt(s)}finally{this.saving=!1}}};Jn.styles=[ce,Io,ie`
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
    `];let ee=Jn;je([R({attribute:!1})],ee.prototype,"api");je([R({attribute:!1})],ee.prototype,"options");je([R()],ee.prototype,"jobId");je([R({type:Boolean})],ee.prototype,"admin");je([X()],ee.prototype,"job");je([X()],ee.prototype,"error");je([X()],ee.prototype,"editing");je([X()],ee.prototype,"saving");je([X()],ee.prototype,"saveError");je([X()],ee.prototype,"thumbnailUrl");je([X()],ee.prototype,"thumbnailState");je([X()],ee.prototype,"copied");ue("pl-job-detail",ee);function Ao(e,t){const i=`${e}.${t}`,s=d(i);return s===i?mn(t):s}var Mp=Object.defineProperty,hs=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&Mp(t,i,l),l};const Yn=class Yn extends re{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:Aa(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const i={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},s={};for(const[l,a]of Object.entries(t)){const r=i[l]??l;s[r]??=`${l}: ${a}`}this.errors=s}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return i=>{this.values={...this.values,[t]:i.target.value}}}field(t){return this.errors[t]?v`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,i=s=>this.errors[s]?`err-${s}`:"";return v`<form @submit=${this.onSubmit} novalidate>
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
          ${$n.map(s=>v`<option value=${s} ?selected=${s===t.status}>${tl(s)}</option>`)}
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
            max=${Aa(new Date,this.timeZone)}
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
        ${nl({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:i("cost")})}
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
      ${al(this,this.error,this.busy,d("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:i,errors:s}=Lp(this.values,this.timeZone);this.errors=s,i?Ze(this,"create",{job:i}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Yn.styles=[ce,Rn,ie`
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
    `];let si=Yn;hs([R({attribute:!1})],si.prototype,"printers");hs([R()],si.prototype,"timeZone");hs([R({type:Boolean})],si.prototype,"busy");hs([R()],si.prototype,"error");hs([X()],si.prototype,"values");hs([X()],si.prototype,"errors");ue("pl-job-form",si);var Dp=Object.defineProperty,fs=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&Dp(t,i,l),l};const Kl=20,qn=class qn extends re{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.list=new gp(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new op(this,this.list)}willUpdate(t){t.has("api")&&this.api&&(this.list.reload(),this.list.loadFilamentTypes(),this.list.loadSpoolChoices(),jr(this.api))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const i=this.list.applyJob(t.job);this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(i||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:i}=this,s=this.options?{list:t,changes:i,admin:this.admin,options:this.options}:void 0;return v`
      <section aria-label=${d("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${up({list:t,changes:i,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?dp(t,this.printers):V}
      ${t.error?v`<div class="error-banner" role="alert">
            <span>${d("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${Ut(Oo)} ${d("common.retry")}</button>
          </div>`:V}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?v`<div class="loading-bar" role="progressbar" aria-label=${d("jobs.loading")}></div>`:V}
        ${s?this.narrow?wp(s):$p(s):V} ${xp(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${i.message?"message":"sr-only"}>${i.message}</div>
    `}renderDialogs(){const t=this.changes,i=t.confirmJobs.length;return v`
      <pl-dialog .heading=${d("jobs.delete_heading",{count:i})} .open=${i>0} @closed=${()=>t.cancelDelete()}>
        <p>${d("jobs.delete_text",{count:i})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,Kl).map(s=>v`<li>${rl(s.filename)} <span class="muted">(${s.printer_name})</span></li>`)}
          ${i>Kl?v`<li class="muted">${d("jobs.and_more",{n:i-Kl})}</li>`:V}
        </ul>
        ${t.deleteError?v`<p class="status-error" role="alert">${t.deleteError}</p>`:V}
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
            ></pl-job-detail>`:V}
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
    `}};qn.styles=[ce,yp,Io];let li=qn;fs([R({attribute:!1})],li.prototype,"api");fs([R({attribute:!1})],li.prototype,"options");fs([R({attribute:!1})],li.prototype,"printers");fs([R({type:Boolean})],li.prototype,"admin");fs([R({type:Boolean,reflect:!0})],li.prototype,"narrow");fs([X()],li.prototype,"showFilters");ue("pl-jobs-view",li);var Pp=Object.defineProperty,zp=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&Pp(t,i,l),l};const Zn=class Zn extends re{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?v`<ul aria-label=${d("common.printers")}>
      ${this.printers.map(t=>{const i=t.current_job,s=t.online&&!!i&&(t.print_state==="printing"||t.print_state==="paused"),l=Dc(t),a=Pc(t);return v`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${s?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${l}</span>
          </div>
          ${i?v`<button class="file" title=${qe(i.filename)} @click=${()=>Ze(this,"show-job",{jobId:i.id})}>
                  ${rl(i.filename)}
                </button>
                ${zc(i)}
                <div class="meta">
                  <span>${Ic(i)} %</span>
                  <span>${d("live.elapsed",{time:hi(i.print_duration)})}</span>
                  <span>${a!==null?d("live.left",{time:hi(a)}):""}</span>
                </div>`:v`<span class="muted">${d("live.no_job")}</span>`}
        </li>`})}
    </ul>`:v``}};Zn.styles=[ce,Vo,ie`
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
    `];let ol=Zn;zp([R({attribute:!1})],ol.prototype,"printers");ue("pl-live-strip",ol);var Ip=Object.defineProperty,se=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&Ip(t,i,l),l};const Vp=["interval_hours","interval_filament_kg","interval_jobs","interval_days"],Rp={interval_hours:"hours",interval_filament_kg:"filament_kg",interval_jobs:"jobs",interval_days:"days"},Fp={name:"",interval_hours:"",interval_filament_kg:"",interval_jobs:"",interval_days:"",cost:"",notes:""};function Ts(e){return e.trim()===""?null:Number(e)}const Kn=class Kn extends re{constructor(){super(),this.printers=[],this.admin=!1,this.active=!1,this.printerId="",this.error="",this.formErrors={},this.formError="",this.doneNotes="",this.doneCost="",this.busy=!1,this.addEventListener("cancel",()=>{this.form=void 0,this.doneFor=void 0})}willUpdate(){!this.printerId&&this.printers.length&&(this.printerId=this.printers[0]?.id??""),this.active&&this.api&&this.printerId&&this.loadedFor!==this.printerId&&(this.loadedFor=this.printerId,this.load())}async load(){if(!(!this.api||!this.printerId))try{this.data=await this.api.getMaintenance([this.printerId]),this.error=""}catch(t){this.error=Xt(t)}}figures(t){const i=this.options;return Vp.filter(s=>t[s]!==null).map(s=>{const l=Rp[s],a=l==="filament_kg"?2:l==="hours"?1:0;return d(`maintenance.left_${l}`,{left:Ye(t.remaining[l]??0,i,a),of:Ye(t[s],i,a)})})}async markDone(t){if(this.api){this.busy=!0;try{await this.api.logMaintenance({task_id:t.id,notes:this.doneNotes||void 0,cost:this.doneCost===""?void 0:Number(this.doneCost)}),this.doneFor=void 0,this.doneNotes="",this.doneCost="",await this.load()}catch(i){this.error=Xt(i)}finally{this.busy=!1}}}async removeTask(t){if(!(!this.api||!confirm(d("maintenance.delete_confirm",{name:t.name}))))try{await this.api.deleteTask(t.id),await this.load()}catch(i){this.error=Xt(i)}}async removeEntry(t){if(this.api)try{await this.api.deleteLogEntry(t),await this.load()}catch(i){this.error=Xt(i)}}edit(t){this.formErrors={},this.formError="",this.form=t?{id:t.id,name:t.name,interval_hours:t.interval_hours?.toString()??"",interval_filament_kg:t.interval_filament_kg?.toString()??"",interval_jobs:t.interval_jobs?.toString()??"",interval_days:t.interval_days?.toString()??"",cost:t.cost?.toString()??"",notes:t.notes??""}:{...Fp}}async save(t){t.preventDefault();const i=this.form;if(!i||!this.api)return;const s={name:i.name,interval_hours:Ts(i.interval_hours),interval_filament_kg:Ts(i.interval_filament_kg),interval_jobs:Ts(i.interval_jobs),interval_days:Ts(i.interval_days),cost:Ts(i.cost),notes:i.notes||null};this.busy=!0;try{i.id?await this.api.updateTask(i.id,s):await this.api.createTask({...s,printer_id:this.printerId}),this.form=void 0,await this.load()}catch(l){this.formErrors=zo(l),this.formError=Object.keys(this.formErrors).length?d("maintenance.fix_fields"):Xt(l)}finally{this.busy=!1}}input(t,i="number",s="any"){const l=this.form,a=Vn()?.numbers[t],r=this.formErrors[t];return v`<label
      >${d(`maintenance.field.${t}`)}
      <input
        name=${t}
        type=${i}
        step=${s}
        min=${a?.min??V}
        max=${a?.max??V}
        .value=${l[t]??""}
        @input=${h=>this.form={...l,[t]:h.target.value}}
        aria-invalid=${r?"true":"false"}
        aria-describedby=${r?`err-${t}`:V}
      />
      ${r?v`<span class="err" id=${`err-${t}`}>${r}</span>`:V}
    </label>`}renderForm(){const t=this.form;return v`<div class="card">
      <h2>${t.id?d("maintenance.edit_task"):d("maintenance.add_task")}</h2>
      <form @submit=${this.save} novalidate>
        ${this.input("name","text")} ${this.input("interval_hours")} ${this.input("interval_filament_kg")}
        ${this.input("interval_jobs","number","1")} ${this.input("interval_days","number","1")}
        <label
          >${d("maintenance.field.cost")}
          ${nl({value:t.cost,onInput:i=>this.form={...t,cost:i.target.value},invalid:!!this.formErrors.cost})}
          ${this.formErrors.cost?v`<span class="err">${this.formErrors.cost}</span>`:V}
        </label>
        ${this.formErrors.intervals?v`<span class="err wide" role="alert" id="err-intervals">${this.formErrors.intervals}</span>`:V}
        ${al(this,this.formError,this.busy,d("common.save"))}
      </form>
    </div>`}renderTask(t){const i=this.options,s=t.status==="due"?"error":t.status==="soon"?"warn":void 0;return v`<div class="card task" data-task=${t.id}>
      <h3>
        <span>${t.name}</span>
        <span class="badge ${t.status}">${d(`maintenance.status.${t.status}`)}</span>
      </h3>
      ${Vc(t.fraction,d("maintenance.progress_of",{name:t.name}),s)}
      <div class="figures">${this.figures(t).join(" · ")}</div>
      <div class="rate">
        ${d("maintenance.last_done",{when:t.last_done?ti(t.last_done,i):"—"})}
        · ${d("maintenance.failure_rate",{since:Ql(t.failure_rate_since===null?null:t.failure_rate_since*100,i),before:Ql(t.failure_rate_before===null?null:t.failure_rate_before*100,i)})}
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
                ${nl({value:this.doneCost,onInput:l=>this.doneCost=l.target.value})}
              </label>
              ${al(this,"",this.busy,d("maintenance.log_done"))}
            </form>`:v`<div class="row">
              <button class="btn primary" @click=${()=>this.doneFor=t.id}>${d("maintenance.done")}</button>
              <button class="btn" @click=${()=>this.edit(t)}>${d("common.edit")}</button>
              <button class="btn danger" @click=${()=>this.removeTask(t)}>${d("common.delete")}</button>
            </div>`:V}
    </div>`}render(){if(!this.options)return V;const t=this.options,i=this.data;return v`
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
        ${i?v`<span>${d("maintenance.total_cost",{cost:Ms(i.cost[this.printerId]??0,t)})}</span>`:V}
        ${this.admin?v`<button class="btn primary" @click=${()=>this.edit()}>${d("maintenance.add_task")}</button>`:V}
      </div>
      ${this.error?v`<div class="error-banner" role="alert">${this.error}</div>`:V}
      ${this.form?this.renderForm():V}
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
                      ${this.admin?v`<th></th>`:V}
                    </tr>
                  </thead>
                  <tbody>
                    ${i.log.map(s=>v`<tr>
                        <td>${ti(s.done_at,t)}</td>
                        <td>${s.name}</td>
                        <td>${s.done_by??"—"}</td>
                        <td>${s.notes??""}</td>
                        <td>${s.cost===null?"—":Ms(s.cost,t)}</td>
                        <td>
                          ${d("maintenance.counters_value",{hours:Ye(s.print_hours,t,1),jobs:Ye(s.jobs,t)})}
                        </td>
                        ${this.admin?v`<td>
                              <button class="btn danger" @click=${()=>this.removeEntry(s.id)}>${d("common.delete")}</button>
                            </td>`:V}
                      </tr>`)}
                  </tbody>
                </table>`:v`<p>${d("maintenance.no_log")}</p>`}`:v`<p>${d("common.loading")}</p>`}
    `}};Kn.styles=[ce,Vo,Rn,ie`
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
    `];let Ot=Kn;se([R({attribute:!1})],Ot.prototype,"api");se([R({attribute:!1})],Ot.prototype,"options");se([R({attribute:!1})],Ot.prototype,"printers");se([R({type:Boolean})],Ot.prototype,"admin");se([R({type:Boolean})],Ot.prototype,"active");se([X()],Ot.prototype,"printerId");se([X()],Ot.prototype,"data");se([X()],Ot.prototype,"error");se([X()],Ot.prototype,"form");se([X()],Ot.prototype,"formErrors");se([X()],Ot.prototype,"formError");se([X()],Ot.prototype,"doneFor");se([X()],Ot.prototype,"doneNotes");se([X()],Ot.prototype,"doneCost");se([X()],Ot.prototype,"busy");ue("pl-maintenance-view",Ot);var Hp=Object.defineProperty,ni=(e,t,i,s)=>{for(var l=void 0,a=e.length-1,r;a>=0;a--)(r=e[a])&&(l=r(t,i,l)||l);return l&&Hp(t,i,l),l};const Ks=["jobs","analytics","maintenance"],Op="Print Log",Qn=class Qn extends re{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new Rc}willUpdate(t){if(t.has("hass")&&this.hass){const i=this.hass.connection;i!==this.connection&&(this.connection=i,this.api=new Fc(this.hass),this.resubscribe(),this.loadPrinters());const s=t.get("hass");if(!this.options||!s||s.locale!==this.hass.locale||s.config!==this.hass.config){const l=Ma(this.hass);l.language===this.language?this.options=l:l.language===Hc()?(this.options=l,this.language=l.language):this.switchLanguage(l)}}}async switchLanguage(t){const i=await Oc(t.language,t.numberLocale);this.hass&&Ma(this.hass).language!==t.language||(this.options={...t,language:i},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,i=>this.onLiveEvent(i),i=>console.warn("print_logger: live updates unavailable:",Xt(i)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Xt(t)}}onLiveEvent(t){this.printers=Nc(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const i=Ks.indexOf(this.view),s=t.key==="ArrowLeft"?Ks.length-1:1,l=Ks[(i+s)%Ks.length]??"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"maintenance":l),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return V;const t=!!this.hass.user?.is_admin,i=(s,l,a)=>v`<button
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
        ${this.narrow?v`<button class="icon-btn" aria-label=${d("panel.open_sidebar")} @click=${()=>Ze(this,"hass-toggle-menu")}>
              ${Ut(Xc)}
            </button>`:V}
        <h1>${this.panel?.title&&this.panel.title!==Op?this.panel.title:d("panel.title")}</h1>
        <div role="tablist" aria-label=${d("panel.views")} @keydown=${this.onTabKey}>
          ${i("jobs",d("panel.jobs"),eu)} ${i("analytics",d("panel.analytics"),Yc)}
          ${i("maintenance",d("panel.maintenance"),No)}
        </div>
      </header>
      ${Jc(this.language,v`<main>
        ${this.printersError?v`<div class="error-banner" role="alert">
              <span>${d("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${d("common.retry")}</button>
            </div>`:V}
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
    `}};Qn.styles=[ce,ie`
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
    `];let Le=Qn;ni([R({attribute:!1})],Le.prototype,"hass");ni([R({type:Boolean,reflect:!0})],Le.prototype,"narrow");ni([R({attribute:!1})],Le.prototype,"panel");ni([X()],Le.prototype,"view");ni([X()],Le.prototype,"printers");ni([X()],Le.prototype,"printersError");ni([X()],Le.prototype,"api");ni([X()],Le.prototype,"options");ni([X()],Le.prototype,"language");ue("print-logger-panel",Le);
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
