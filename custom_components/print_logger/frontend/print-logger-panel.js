import{H as Qo,I as yr,J as $r,A as tt,b as h,K as Xo,M as Xi,N as tc,O as ec,Q as ql,m as w,a as pe,c as fe,d as se,R as Bs,B as U,E as he,S as ic,C as pt,T as ba,U as lc,V as sc,W as nc,X as ac,Y as rc,z as oc,h as cc,Z as uc,j as We,_ as Ws,$ as dc,i as pc,a0 as fc,P as hc,y as mc,a1 as ya,a2 as Yl,a3 as gc,s as Ge,a4 as bc,a5 as Gs,a6 as Zl,a7 as yc,a8 as $c,v as rn,w as tl,u as ci,x as on,o as es,D as Je,a9 as vc,aa as $a,p as wc,n as _c,r as xc,t as kc,q as Sc,L as Tc,g as Lc,f as va,e as Ec,F as jc,k as Ac}from"./chunks/shared-VucXATke.js";const Mc=(e,t,i)=>(i.configurable=!0,i.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,i),i);function vr(e,t){return(i,l,s)=>{const r=o=>o.renderRoot?.querySelector(e)??null;return Mc(i,l,{get(){return r(this)}})}}const{I:Cc}=Qo,wa=e=>e,_a=()=>document.createComment(""),wl=(e,t,i)=>{const l=e._$AA.parentNode,s=t===void 0?e._$AB:t._$AA;if(i===void 0){const r=l.insertBefore(_a(),s),o=l.insertBefore(_a(),s);i=new Cc(r,o,e,e.options)}else{const r=i._$AB.nextSibling,o=i._$AM,p=o!==e;if(p){let d;i._$AQ?.(e),i._$AM=e,i._$AP!==void 0&&(d=e._$AU)!==o._$AU&&i._$AP(d)}if(r!==s||p){let d=i._$AA;for(;d!==r;){const m=wa(d).nextSibling;wa(l).insertBefore(d,s),d=m}}}return i},ki=(e,t,i=e)=>(e._$AI(t,i),e),Dc={},wr=(e,t=Dc)=>e._$AH=t,Pc=e=>e._$AH,Ps=e=>{e._$AR(),e._$AA.remove()};const zc=yr(class extends $r{constructor(){super(...arguments),this.key=tt}render(e,t){return this.key=e,t}update(e,[t,i]){return t!==this.key&&(wr(e),this.key=t),i}});function Nl(e,t,i,l=!1){return e.map(s=>{const r=s.key===null||s.key===void 0?"":String(s.key),o=s.label||r||h("common.unknown"),p=Number(s[t]??0);let d,m;t==="success_rate"?(d=Xo(s.success_rate,i),m=h("common.n_jobs",{count:s.jobs,n:Xi(s.jobs,i)})):t==="filament_g"?(d=tc(p,i,0),m=h("common.n_jobs",{count:s.jobs,n:Xi(s.jobs,i)})):t==="hours"?d=ec(p,"hours",i,1):d=Xi(p,i);const $={key:r,label:o,value:p,display:d};if(m&&($.note=m),l){const g=ql(r)??ql(s.label);g&&($.colour=g)}return $})}var Vc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Rc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Hc="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",Ic="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",cn="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",Oc="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",Fc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",_r="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",Nc="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",xr="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",xa="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",ka="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",Uc="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z";function Wt(e,t){return t?w`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:w`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const Bc=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Sa=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],un=Bc.filter(e=>e!=="in_progress");var Wc=Object.defineProperty,dn=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&Wc(t,i,s),s};const En=class En extends pe{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return w`<div class="empty muted">${h("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(i=>i.value),0);return w`<ul aria-label=${this.label}>
      ${this.items.map(i=>{const l=t>0?Math.max(0,Math.min(100,i.value/t*100)):0,s=Bs({width:`${l}%`,...i.colour?{background:i.colour}:{}});return w`<li data-key=${i.key} data-value=${String(i.value)}>
          <span class="name"
            >${i.colour?w`<span class="swatch" style=${Bs({background:i.colour})}></span>`:""}
            <span>${i.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${i.colour?"bar coloured":"bar"} style=${s}></span></span>
          <span class="value">${i.display}${i.note?w`<span class="note">${i.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};En.styles=[fe,se`
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
    `];let il=En;dn([U()],il.prototype,"label");dn([U({attribute:!1})],il.prototype,"items");dn([U({type:Number})],il.prototype,"max");he("pl-bars",il);const Gc=!0,Pt="u-",Jc="uplot",qc=Pt+"hz",Yc=Pt+"vt",Zc=Pt+"title",Kc=Pt+"wrap",Qc=Pt+"under",Xc=Pt+"over",tu=Pt+"axis",Li=Pt+"off",eu=Pt+"select",iu=Pt+"cursor-x",lu=Pt+"cursor-y",su=Pt+"cursor-pt",nu=Pt+"legend",au=Pt+"live",ru=Pt+"inline",ou=Pt+"series",cu=Pt+"marker",Ta=Pt+"label",uu=Pt+"value",kl="width",Sl="height",_l="top",La="bottom",Ki="left",zs="right",pn="#000",Ea=pn+"0",Vs="mousemove",ja="mousedown",Rs="mouseup",Aa="mouseenter",Ma="mouseleave",Ca="dblclick",du="resize",pu="scroll",Da="change",Kl="dppxchange",fn="--",ol=typeof window<"u",Js=ol?document:null,el=ol?window:null,fu=ol?navigator:null;let ct,Ul;function qs(){let e=devicePixelRatio;ct!=e&&(ct=e,Ul&&Zs(Da,Ul,qs),Ul=matchMedia(`(min-resolution: ${ct-.001}dppx) and (max-resolution: ${ct+.001}dppx)`),Ei(Da,Ul,qs),el.dispatchEvent(new CustomEvent(Kl)))}function ue(e,t){if(t!=null){let i=e.classList;!i.contains(t)&&i.add(t)}}function Ys(e,t){let i=e.classList;i.contains(t)&&i.remove(t)}function wt(e,t,i){e.style[t]=i+"px"}function Ce(e,t,i,l){let s=Js.createElement(e);return t!=null&&ue(s,t),i?.insertBefore(s,l),s}function xe(e,t){return Ce("div",e,t)}const Pa=new WeakMap;function Be(e,t,i,l,s){let r="translate("+t+"px,"+i+"px)",o=Pa.get(e);r!=o&&(e.style.transform=r,Pa.set(e,r),t<0||i<0||t>l||i>s?ue(e,Li):Ys(e,Li))}const za=new WeakMap;function Va(e,t,i){let l=t+i,s=za.get(e);l!=s&&(za.set(e,l),e.style.background=t,e.style.borderColor=i)}const Ra=new WeakMap;function Ha(e,t,i,l){let s=t+""+i,r=Ra.get(e);s!=r&&(Ra.set(e,s),e.style.height=i+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-i/2+"px":0)}const hn={passive:!0},hu={...hn,capture:!0};function Ei(e,t,i,l){t.addEventListener(e,i,l?hu:hn)}function Zs(e,t,i,l){t.removeEventListener(e,i,hn)}ol&&qs();function De(e,t,i,l){let s;i=i||0,l=l||t.length-1;let r=l<=2147483647;for(;l-i>1;)s=r?i+l>>1:de((i+l)/2),t[s]<e?i=s:l=s;return e-t[i]<=t[l]-e?i:l}function kr(e){return(i,l,s)=>{let r=-1,o=-1;for(let p=l;p<=s;p++)if(e(i[p])){r=p;break}for(let p=s;p>=l;p--)if(e(i[p])){o=p;break}return[r,o]}}const Sr=e=>e!=null,Tr=e=>e!=null&&e>0,is=kr(Sr),mu=kr(Tr);function gu(e,t,i,l=0,s=!1){let r=s?mu:is,o=s?Tr:Sr;[t,i]=r(e,t,i);let p=e[t],d=e[t];if(t>-1)if(l==1)p=e[t],d=e[i];else if(l==-1)p=e[i],d=e[t];else for(let m=t;m<=i;m++){let $=e[m];o($)&&($<p?p=$:$>d&&(d=$))}return[p??mt,d??-mt]}function ls(e,t,i,l){let s=Fa(e),r=Fa(t);e==t&&(s==-1?(e*=i,t/=i):(e/=i,t*=i));let o=i==10?Ke:Lr,p=s==1?de:ke,d=r==1?ke:de,m=p(o(Dt(e))),$=d(o(Dt(t))),g=ll(i,m),y=ll(i,$);return i==10&&(m<0&&(g=gt(g,-m)),$<0&&(y=gt(y,-$))),l||i==2?(e=g*s,t=y*r):(e=Mr(e,g),t=ss(t,y)),[e,t]}function mn(e,t,i,l){let s=ls(e,t,i,l);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}const gn=.1,Ia={mode:3,pad:gn},Ll={pad:0,soft:null,mode:0},bu={min:Ll,max:Ll};function Ql(e,t,i,l){return ns(i)?Oa(e,t,i):(Ll.pad=i,Ll.soft=l?0:null,Ll.mode=l?3:0,Oa(e,t,bu))}function rt(e,t){return e??t}function yu(e,t,i){for(t=rt(t,0),i=rt(i,e.length-1);t<=i;){if(e[t]!=null)return!0;t++}return!1}function Oa(e,t,i){let l=i.min,s=i.max,r=rt(l.pad,0),o=rt(s.pad,0),p=rt(l.hard,-mt),d=rt(s.hard,mt),m=rt(l.soft,mt),$=rt(s.soft,-mt),g=rt(l.mode,0),y=rt(s.mode,0),S=t-e,L=Ke(S),M=Qt(Dt(e),Dt(t)),z=Ke(M),F=Dt(z-L);(S<1e-24||F>10)&&(S=0,(e==0||t==0)&&(S=1e-24,g==2&&m!=mt&&(r=0),y==2&&$!=-mt&&(o=0)));let _=S||M||1e3,j=Ke(_),k=ll(10,de(j)),W=_*(S==0?e==0?.1:1:r),P=gt(Mr(e-W,k/10),24),Q=e>=m&&(g==1||g==3&&P<=m||g==2&&P>=m)?m:mt,Y=Qt(p,P<Q&&e>=Q?Q:Pe(Q,P)),it=_*(S==0?t==0?.1:1:o),q=gt(ss(t+it,k/10),24),E=t<=$&&(y==1||y==3&&q>=$||y==2&&q<=$)?$:-mt,K=Pe(d,q>E&&t<=E?E:Qt(E,q));return Y==K&&Y==0&&(K=100),[Y,K]}const $u=new Intl.NumberFormat(ol?fu.language:"en-US"),bn=e=>$u.format(e),me=Math,Jl=me.PI,Dt=me.abs,de=me.floor,Ct=me.round,ke=me.ceil,Pe=me.min,Qt=me.max,ll=me.pow,Fa=me.sign,Ke=me.log10,Lr=me.log2,vu=(e,t=1)=>me.sinh(e)*t,Hs=(e,t=1)=>me.asinh(e/t),mt=1/0;function Na(e){return(Ke((e^e>>31)-(e>>31))|0)+1}function Ks(e,t,i){return Pe(Qt(e,t),i)}function Er(e){return typeof e=="function"}function lt(e){return Er(e)?e:()=>e}const wu=()=>{},jr=e=>e,Ar=(e,t)=>t,_u=e=>null,Ua=e=>!0,Ba=(e,t)=>e==t,xu=/\.\d*?(?=9{6,}|0{6,})/gm,ji=e=>{if(Dr(e)||ui.has(e))return e;const t=`${e}`,i=t.match(xu);if(i==null)return e;let l=i[0].length-1;if(t.indexOf("e-")!=-1){let[s,r]=t.split("e");return+`${ji(s)}e${r}`}return gt(e,l)};function Si(e,t){return ji(gt(ji(e/t))*t)}function ss(e,t){return ji(ke(ji(e/t))*t)}function Mr(e,t){return ji(de(ji(e/t))*t)}function gt(e,t=0){if(Dr(e))return e;let i=10**t,l=e*i*(1+Number.EPSILON);return Ct(l)/i}const ui=new Map;function Cr(e){return((""+e).split(".")[1]||"").length}function jl(e,t,i,l){let s=[],r=l.map(Cr);for(let o=t;o<i;o++){let p=Dt(o),d=gt(ll(e,o),p);for(let m=0;m<l.length;m++){let $=e==10?+`${l[m]}e${o}`:l[m]*d,g=(o>=0?0:p)+(o>=r[m]?0:r[m]),y=e==10?$:gt($,g);s.push(y),ui.set(y,g)}}return s}const El={},yn=[],sl=[null,null],oi=Array.isArray,Dr=Number.isInteger,ku=e=>e===void 0;function Wa(e){return typeof e=="string"}function ns(e){let t=!1;if(e!=null){let i=e.constructor;t=i==null||i==Object}return t}function Su(e){return e!=null&&typeof e=="object"}const Tu=Object.getPrototypeOf(Uint8Array),Pr="__proto__";function nl(e,t=ns){let i;if(oi(e)){let l=e.find(s=>s!=null);if(oi(l)||t(l)){i=Array(e.length);for(let s=0;s<e.length;s++)i[s]=nl(e[s],t)}else i=e.slice()}else if(e instanceof Tu)i=e.slice();else if(t(e)){i={};for(let l in e)l!=Pr&&(i[l]=nl(e[l],t))}else i=e;return i}function jt(e){let t=arguments;for(let i=1;i<t.length;i++){let l=t[i];for(let s in l)s!=Pr&&(ns(e[s])?jt(e[s],nl(l[s])):e[s]=nl(l[s]))}return e}const Lu=0,Eu=1,ju=2;function Au(e,t,i){for(let l=0,s,r=-1;l<t.length;l++){let o=t[l];if(o>r){for(s=o-1;s>=0&&e[s]==null;)e[s--]=null;for(s=o+1;s<i&&e[s]==null;)e[r=s++]=null}}}function Mu(e,t){if(Pu(e)){let o=e[0].slice();for(let p=1;p<e.length;p++)o.push(...e[p].slice(1));return zu(o[0])||(o=Du(o)),o}let i=new Set;for(let o=0;o<e.length;o++){let d=e[o][0],m=d.length;for(let $=0;$<m;$++)i.add(d[$])}let l=[Array.from(i).sort((o,p)=>o-p)],s=l[0].length,r=new Map;for(let o=0;o<s;o++)r.set(l[0][o],o);for(let o=0;o<e.length;o++){let p=e[o],d=p[0];for(let m=1;m<p.length;m++){let $=p[m],g=Array(s).fill(void 0),y=t?t[o][m]:Eu,S=[];for(let L=0;L<$.length;L++){let M=$[L],z=r.get(d[L]);M===null?y!=Lu&&(g[z]=M,y==ju&&S.push(z)):g[z]=M}Au(g,S,s),l.push(g)}}return l}const Cu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Du(e){let t=e[0],i=t.length,l=Array(i);for(let r=0;r<l.length;r++)l[r]=r;l.sort((r,o)=>t[r]-t[o]);let s=[];for(let r=0;r<e.length;r++){let o=e[r],p=Array(i);for(let d=0;d<i;d++)p[d]=o[l[d]];s.push(p)}return s}function Pu(e){let t=e[0][0],i=t.length;for(let l=1;l<e.length;l++){let s=e[l][0];if(s.length!=i)return!1;if(s!=t){for(let r=0;r<i;r++)if(s[r]!=t[r])return!1}}return!0}function zu(e,t=100){const i=e.length;if(i<=1)return!0;let l=0,s=i-1;for(;l<=s&&e[l]==null;)l++;for(;s>=l&&e[s]==null;)s--;if(s<=l)return!0;const r=Qt(1,de((s-l+1)/t));for(let o=e[l],p=l+r;p<=s;p+=r){const d=e[p];if(d!=null){if(d<=o)return!1;o=d}}return!0}const zr=["January","February","March","April","May","June","July","August","September","October","November","December"],Vr=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Rr(e){return e.slice(0,3)}const Vu=Vr.map(Rr),Ru=zr.map(Rr),Hu={MMMM:zr,MMM:Ru,WWWW:Vr,WWW:Vu};function xl(e){return(e<10?"0":"")+e}function Iu(e){return(e<10?"00":e<100?"0":"")+e}const Ou={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>xl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>xl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>xl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>xl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>xl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Iu(e.getMilliseconds())};function $n(e,t){t=t||Hu;let i=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(e);)i.push(s[0][0]=="{"?Ou[s[1]]:s[0]);return r=>{let o="";for(let p=0;p<i.length;p++)o+=typeof i[p]=="string"?i[p]:i[p](r,t);return o}}const Fu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Nu(e,t){let i;return t=="UTC"||t=="Etc/UTC"?i=new Date(+e+e.getTimezoneOffset()*6e4):t==Fu?i=e:(i=new Date(e.toLocaleString("en-US",{timeZone:t})),i.setMilliseconds(e.getMilliseconds())),i}const Hr=e=>e%1==0,Xl=[1,2,2.5,5],Uu=jl(10,-32,0,Xl),Ir=jl(10,0,32,Xl),Bu=Ir.filter(Hr),Ti=Uu.concat(Ir),vn=`
`,Or="{YYYY}",Ga=vn+Or,Fr="{M}/{D}",Tl=vn+Fr,Bl=Tl+"/{YY}",Nr="{aa}",Wu="{h}:{mm}",Qi=Wu+Nr,Ja=vn+Qi,qa=":{ss}",dt=null;function Ur(e){let t=e*1e3,i=t*60,l=i*60,s=l*24,r=s*30,o=s*365,d=(e==1?jl(10,0,3,Xl).filter(Hr):jl(10,-3,0,Xl)).concat([t,t*5,t*10,t*15,t*30,i,i*5,i*10,i*15,i*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,r,r*2,r*3,r*4,r*6,o,o*2,o*5,o*10,o*25,o*50,o*100]);const m=[[o,Or,dt,dt,dt,dt,dt,dt,1],[s*28,"{MMM}",Ga,dt,dt,dt,dt,dt,1],[s,Fr,Ga,dt,dt,dt,dt,dt,1],[l,"{h}"+Nr,Bl,dt,Tl,dt,dt,dt,1],[i,Qi,Bl,dt,Tl,dt,dt,dt,1],[t,qa,Bl+" "+Qi,dt,Tl+" "+Qi,dt,Ja,dt,1],[e,qa+".{fff}",Bl+" "+Qi,dt,Tl+" "+Qi,dt,Ja,dt,1]];function $(g){return(y,S,L,M,z,F)=>{let _=[],j=z>=o,k=z>=r&&z<o,W=g(L),P=gt(W*e,3),Q=Is(W.getFullYear(),j?0:W.getMonth(),k||j?1:W.getDate()),Y=gt(Q*e,3);if(k||j){let it=k?z/r:0,q=j?z/o:0,E=P==Y?P:gt(Is(Q.getFullYear()+q,Q.getMonth()+it,1)*e,3),K=new Date(Ct(E/e)),R=K.getFullYear(),G=K.getMonth();for(let N=0;E<=M;N++){let st=Is(R+q*N,G+it*N,1),O=st-g(gt(st*e,3));E=gt((+st+O)*e,3),E<=M&&_.push(E)}}else{let it=z>=s?s:z,q=de(L)-de(P),E=Y+q+ss(P-Y,it);_.push(E);let K=g(E),R=K.getHours()+K.getMinutes()/i+K.getSeconds()/l,G=z/l,N=y.axes[S]._space,st=F/N;for(;E=gt(E+z,e==1?0:3),!(E>M);)if(G>1){let O=de(gt(R+G,6))%24,nt=g(E).getHours()-O;nt>1&&(nt=-1),E-=nt*l,R=(R+G)%24;let ft=_[_.length-1];gt((E-ft)/z,3)*st>=.7&&_.push(E)}else _.push(E)}return _}}return[d,m,$]}const[Gu,Ju,qu]=Ur(1),[Yu,Zu,Ku]=Ur(.001);jl(2,-53,53,[1]);function Ya(e,t){return e.map(i=>i.map((l,s)=>s==0||s==8||l==null?l:t(s==1||i[8]==0?l:i[1]+l)))}function Za(e,t){return(i,l,s,r,o)=>{let p=t.find(L=>o>=L[0])||t[t.length-1],d,m,$,g,y,S;return l.map(L=>{let M=e(L),z=M.getFullYear(),F=M.getMonth(),_=M.getDate(),j=M.getHours(),k=M.getMinutes(),W=M.getSeconds(),P=z!=d&&p[2]||F!=m&&p[3]||_!=$&&p[4]||j!=g&&p[5]||k!=y&&p[6]||W!=S&&p[7]||p[1];return d=z,m=F,$=_,g=j,y=k,S=W,P(M)})}}function Qu(e,t){let i=$n(t);return(l,s,r,o,p)=>s.map(d=>i(e(d)))}function Is(e,t,i){return new Date(e,t,i)}function Ka(e,t){return t(e)}const Xu="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Qa(e,t){return(i,l,s,r)=>r==null?fn:t(e(l))}function td(e,t){let i=e.series[t];return i.width?i.stroke(e,t):i.points.width?i.points.stroke(e,t):null}function ed(e,t){return e.series[t].fill(e,t)}const id={show:!0,live:!0,isolate:!1,mount:wu,markers:{show:!0,width:2,stroke:td,fill:ed,dash:"solid"},idx:null,idxs:null,values:[]};function ld(e,t){let i=e.cursor.points,l=xe(),s=i.size(e,t);wt(l,kl,s),wt(l,Sl,s);let r=s/-2;wt(l,"marginLeft",r),wt(l,"marginTop",r);let o=i.width(e,t,s);return o&&wt(l,"borderWidth",o),l}function sd(e,t){let i=e.series[t].points;return i._fill||i._stroke}function nd(e,t){let i=e.series[t].points;return i._stroke||i._fill}function ad(e,t){return e.series[t].points.size}const Os=[0,0];function rd(e,t,i){return Os[0]=t,Os[1]=i,Os}function Wl(e,t,i,l=!0){return s=>{s.button==0&&(!l||s.target==t)&&i(s)}}function Fs(e,t,i,l=!0){return s=>{(!l||s.target==t)&&i(s)}}const od={show:!0,x:!0,y:!0,lock:!1,move:rd,points:{one:!1,show:ld,size:ad,width:0,stroke:nd,fill:sd},bind:{mousedown:Wl,mouseup:Wl,click:Wl,dblclick:Wl,mousemove:Fs,mouseleave:Fs,mouseenter:Fs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,i,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Br={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},wn=jt({},Br,{filter:Ar}),Wr=jt({},wn,{size:10}),Gr=jt({},Br,{show:!1}),_n='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Jr="bold "+_n,qr=1.5,Xa={show:!0,scale:"x",stroke:pn,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Jr,side:2,grid:wn,ticks:Wr,border:Gr,font:_n,lineGap:qr,rotate:0},cd="Value",ud="Time",tr={show:!0,scale:"x",auto:!1,sorted:1,min:mt,max:-mt,idxs:[]};function dd(e,t,i,l,s){return t.map(r=>r==null?"":bn(r))}function pd(e,t,i,l,s,r,o){let p=[],d=ui.get(s)||0;i=o?i:gt(ss(i,s),d);for(let m=i;m<=l;m=gt(m+s,d))p.push(Object.is(m,-0)?0:m);return p}function Qs(e,t,i,l,s,r,o){const p=[],d=e.scales[e.axes[t].scale].log,m=d==10?Ke:Lr,$=de(m(i));s=ll(d,$),d==10&&(s=Ti[De(s,Ti)]);let g=i,y=s*d;d==10&&(y=Ti[De(y,Ti)]);do p.push(g),g=g+s,d==10&&!ui.has(g)&&(g=gt(g,ui.get(s))),g>=y&&(s=g,y=s*d,d==10&&(y=Ti[De(y,Ti)]));while(g<=l);return p}function fd(e,t,i,l,s,r,o){let d=e.scales[e.axes[t].scale].asinh,m=l>d?Qs(e,t,Qt(d,i),l,s):[d],$=l>=0&&i<=0?[0]:[];return(i<-d?Qs(e,t,Qt(d,-l),-i,s):[d]).reverse().map(y=>-y).concat($,m)}const Yr=/./,hd=/[12357]/,md=/[125]/,er=/1/,Xs=(e,t,i,l)=>e.map((s,r)=>t==4&&s==0||r%l==0&&i.test(s.toExponential()[s<0?1:0])?s:null);function gd(e,t,i,l,s){let r=e.axes[i],o=r.scale,p=e.scales[o],d=e.valToPos,m=r._space,$=d(10,o),g=d(9,o)-$>=m?Yr:d(7,o)-$>=m?hd:d(5,o)-$>=m?md:er;if(g==er){let y=Dt(d(1,o)-$);if(y<m)return Xs(t.slice().reverse(),p.distr,g,ke(m/y)).reverse()}return Xs(t,p.distr,g,1)}function bd(e,t,i,l,s){let r=e.axes[i],o=r.scale,p=r._space,d=e.valToPos,m=Dt(d(1,o)-d(2,o));return m<p?Xs(t.slice().reverse(),3,Yr,ke(p/m)).reverse():t}function yd(e,t,i,l){return l==null?fn:t==null?"":bn(t)}const ir={show:!0,scale:"y",stroke:pn,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Jr,side:3,grid:wn,ticks:Wr,border:Gr,font:_n,lineGap:qr,rotate:0};function $d(e,t){let i=3+(e||1)*2;return gt(i*t,3)}function vd(e,t){let{scale:i,idxs:l}=e.series[0],s=e._data[0],r=e.valToPos(s[l[0]],i,!0),o=e.valToPos(s[l[1]],i,!0),p=Dt(o-r),d=e.series[t],m=p/(d.points.space*ct);return l[1]-l[0]<=m}const lr={scale:null,auto:!0,sorted:0,min:mt,max:-mt},Zr=(e,t,i,l,s)=>s,sr={show:!0,auto:!0,sorted:0,gaps:Zr,alpha:1,facets:[jt({},lr,{scale:"x"}),jt({},lr,{scale:"y"})]},nr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Zr,alpha:1,points:{show:vd,filter:null},values:null,min:mt,max:-mt,idxs:[],path:null,clip:null};function wd(e,t,i,l,s){return i/10}const Kr={time:Gc,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},_d=jt({},Kr,{time:!1,ori:1}),ar={};function Qr(e,t){let i=ar[e];return i||(i={key:e,plots:[],sub(l){i.plots.push(l)},unsub(l){i.plots=i.plots.filter(s=>s!=l)},pub(l,s,r,o,p,d,m){for(let $=0;$<i.plots.length;$++)i.plots[$]!=s&&i.plots[$].pub(l,s,r,o,p,d,m)}},e!=null&&(ar[e]=i)),i}const al=1,tn=2;function Mi(e,t,i){const l=e.mode,s=e.series[t],r=l==2?e._data[t]:e._data,o=e.scales,p=e.bbox;let d=r[0],m=l==2?r[1]:r[t],$=l==2?o[s.facets[0].scale]:o[e.series[0].scale],g=l==2?o[s.facets[1].scale]:o[s.scale],y=p.left,S=p.top,L=p.width,M=p.height,z=e.valToPosH,F=e.valToPosV;return $.ori==0?i(s,d,m,$,g,z,F,y,S,L,M,rs,cl,cs,to,io):i(s,d,m,$,g,F,z,S,y,M,L,os,ul,Sn,eo,lo)}function xn(e,t){let i=0,l=0,s=rt(e.bands,yn);for(let r=0;r<s.length;r++){let o=s[r];o.series[0]==t?i=o.dir:o.series[1]==t&&(o.dir==1?l|=1:l|=2)}return[i,l==1?-1:l==2?1:l==3?2:0]}function xd(e,t,i,l,s){let r=e.mode,o=e.series[t],p=r==2?o.facets[1].scale:o.scale,d=e.scales[p];return s==-1?d.min:s==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function Qe(e,t,i,l,s,r){return Mi(e,t,(o,p,d,m,$,g,y,S,L,M,z)=>{let F=o.pxRound;const _=m.dir*(m.ori==0?1:-1),j=m.ori==0?cl:ul;let k,W;_==1?(k=i,W=l):(k=l,W=i);let P=F(g(p[k],m,M,S)),Q=F(y(d[k],$,z,L)),Y=F(g(p[W],m,M,S)),it=F(y(r==1?$.max:$.min,$,z,L)),q=new Path2D(s);return j(q,Y,it),j(q,P,it),j(q,P,Q),q})}function as(e,t,i,l,s,r){let o=null;if(e.length>0){o=new Path2D;const p=t==0?cs:Sn;let d=i;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let S=y[0]-d;S>0&&p(o,d,l,S,l+r),d=y[1]}}let m=i+s-d,$=10;m>0&&p(o,d,l-$/2,m,l+r+$)}return o}function kd(e,t,i){let l=e[e.length-1];l&&l[0]==t?l[1]=i:e.push([t,i])}function kn(e,t,i,l,s,r,o){let p=[],d=e.length;for(let m=s==1?i:l;m>=i&&m<=l;m+=s)if(t[m]===null){let g=m,y=m;if(s==1)for(;++m<=l&&t[m]===null;)y=m;else for(;--m>=i&&t[m]===null;)y=m;let S=r(e[g]),L=y==g?S:r(e[y]),M=g-s;S=o<=0&&M>=0&&M<d?r(e[M]):S;let F=y+s;L=o>=0&&F>=0&&F<d?r(e[F]):L,L>=S&&p.push([S,L])}return p}function rr(e){return e==0?jr:e==1?Ct:t=>Si(t,e)}function Xr(e){let t=e==0?rs:os,i=e==0?(s,r,o,p,d,m)=>{s.arcTo(r,o,p,d,m)}:(s,r,o,p,d,m)=>{s.arcTo(o,r,d,p,m)},l=e==0?(s,r,o,p,d)=>{s.rect(r,o,p,d)}:(s,r,o,p,d)=>{s.rect(o,r,d,p)};return(s,r,o,p,d,m=0,$=0)=>{m==0&&$==0?l(s,r,o,p,d):(m=Pe(m,p/2,d/2),$=Pe($,p/2,d/2),t(s,r+m,o),i(s,r+p,o,r+p,o+d,m),i(s,r+p,o+d,r,o+d,$),i(s,r,o+d,r,o,$),i(s,r,o,r+p,o,m),s.closePath())}}const rs=(e,t,i)=>{e.moveTo(t,i)},os=(e,t,i)=>{e.moveTo(i,t)},cl=(e,t,i)=>{e.lineTo(t,i)},ul=(e,t,i)=>{e.lineTo(i,t)},cs=Xr(0),Sn=Xr(1),to=(e,t,i,l,s,r)=>{e.arc(t,i,l,s,r)},eo=(e,t,i,l,s,r)=>{e.arc(i,t,l,s,r)},io=(e,t,i,l,s,r,o)=>{e.bezierCurveTo(t,i,l,s,r,o)},lo=(e,t,i,l,s,r,o)=>{e.bezierCurveTo(i,t,s,l,o,r)};function so(e){return(t,i,l,s,r)=>Mi(t,i,(o,p,d,m,$,g,y,S,L,M,z)=>{let{pxRound:F,points:_}=o,j,k;m.ori==0?(j=rs,k=to):(j=os,k=eo);const W=gt(_.width*ct,3);let P=(_.size-_.width)/2*ct,Q=gt(P*2,3),Y=new Path2D,it=new Path2D,{left:q,top:E,width:K,height:R}=t.bbox;cs(it,q-Q,E-Q,K+Q*2,R+Q*2);const G=N=>{if(d[N]!=null){let st=F(g(p[N],m,M,S)),O=F(y(d[N],$,z,L));j(Y,st+P,O),k(Y,st,O,P,0,Jl*2)}};if(r)r.forEach(G);else for(let N=l;N<=s;N++)G(N);return{stroke:W>0?Y:null,fill:Y,clip:it,flags:al|tn}})}function no(e){return(t,i,l,s,r,o)=>{l!=s&&(r!=l&&o!=l&&e(t,i,l),r!=s&&o!=s&&e(t,i,s),e(t,i,o))}}const Sd=no(cl),Td=no(ul);function ao(e){const t=rt(e?.alignGaps,0);return(i,l,s,r)=>Mi(i,l,(o,p,d,m,$,g,y,S,L,M,z)=>{[s,r]=is(d,s,r);let F=o.pxRound,_=R=>F(g(R,m,M,S)),j=R=>F(y(R,$,z,L)),k,W;m.ori==0?(k=cl,W=Sd):(k=ul,W=Td);const P=m.dir*(m.ori==0?1:-1),Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:al},Y=Q.stroke;let it=!1;if(r-s>=M*4){let R=H=>i.posToVal(H,m.key,!0),G=null,N=null,st,O,te,_t=_(p[P==1?s:r]),nt=_(p[s]),ft=_(p[r]),X=R(P==1?nt+1:ft-1);for(let H=P==1?s:r;H>=s&&H<=r;H+=P){let At=p[H],xt=(P==1?At<X:At>X)?_t:_(At),ut=d[H];xt==_t?ut!=null?(O=ut,G==null?(k(Y,xt,j(O)),st=G=N=O):O<G?G=O:O>N&&(N=O)):ut===null&&(it=!0):(G!=null&&W(Y,_t,j(G),j(N),j(st),j(O)),ut!=null?(O=ut,k(Y,xt,j(O)),G=N=st=O):(G=N=null,ut===null&&(it=!0)),_t=xt,X=R(_t+P))}G!=null&&G!=N&&te!=_t&&W(Y,_t,j(G),j(N),j(st),j(O))}else for(let R=P==1?s:r;R>=s&&R<=r;R+=P){let G=d[R];G===null?it=!0:G!=null&&k(Y,_(p[R]),j(G))}let[E,K]=xn(i,l);if(o.fill!=null||E!=0){let R=Q.fill=new Path2D(Y),G=o.fillTo(i,l,o.min,o.max,E),N=j(G),st=_(p[s]),O=_(p[r]);P==-1&&([O,st]=[st,O]),k(R,O,N),k(R,st,N)}if(!o.spanGaps){let R=[];it&&R.push(...kn(p,d,s,r,P,_,t)),Q.gaps=R=o.gaps(i,l,s,r,R),Q.clip=as(R,m.ori,S,L,M,z)}return K!=0&&(Q.band=K==2?[Qe(i,l,s,r,Y,-1),Qe(i,l,s,r,Y,1)]:Qe(i,l,s,r,Y,K)),Q})}function Ld(e){const t=rt(e.align,1),i=rt(e.ascDesc,!1),l=rt(e.alignGaps,0),s=rt(e.extend,!1);return(r,o,p,d)=>Mi(r,o,(m,$,g,y,S,L,M,z,F,_,j)=>{[p,d]=is(g,p,d);let k=m.pxRound,{left:W,width:P}=r.bbox,Q=nt=>k(L(nt,y,_,z)),Y=nt=>k(M(nt,S,j,F)),it=y.ori==0?cl:ul;const q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:al},E=q.stroke,K=y.dir*(y.ori==0?1:-1);let R=Y(g[K==1?p:d]),G=Q($[K==1?p:d]),N=G,st=G;s&&t==-1&&(st=W,it(E,st,R)),it(E,G,R);for(let nt=K==1?p:d;nt>=p&&nt<=d;nt+=K){let ft=g[nt];if(ft==null)continue;let X=Q($[nt]),H=Y(ft);t==1?it(E,X,R):it(E,N,H),it(E,X,H),R=H,N=X}let O=N;s&&t==1&&(O=W+P,it(E,O,R));let[te,_t]=xn(r,o);if(m.fill!=null||te!=0){let nt=q.fill=new Path2D(E),ft=m.fillTo(r,o,m.min,m.max,te),X=Y(ft);it(nt,O,X),it(nt,st,X)}if(!m.spanGaps){let nt=[];nt.push(...kn($,g,p,d,K,Q,l));let ft=m.width*ct/2,X=i||t==1?ft:-ft,H=i||t==-1?-ft:ft;nt.forEach(At=>{At[0]+=X,At[1]+=H}),q.gaps=nt=m.gaps(r,o,p,d,nt),q.clip=as(nt,y.ori,z,F,_,j)}return _t!=0&&(q.band=_t==2?[Qe(r,o,p,d,E,-1),Qe(r,o,p,d,E,1)]:Qe(r,o,p,d,E,_t)),q})}function or(e,t,i,l,s,r,o=mt){if(e.length>1){let p=null;for(let d=0,m=1/0;d<e.length;d++)if(t[d]!==void 0){if(p!=null){let $=Dt(e[d]-e[p]);$<m&&(m=$,o=Dt(i(e[d],l,s,r)-i(e[p],l,s,r)))}p=d}}return o}function Ed(e){e=e||El;const t=rt(e.size,[.6,mt,1]),i=e.align||0,l=e.gap||0;let s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;const r=lt(s),o=1-t[0],p=rt(t[1],mt),d=rt(t[2],1),m=rt(e.disp,El),$=rt(e.each,S=>{}),{fill:g,stroke:y}=m;return(S,L,M,z)=>Mi(S,L,(F,_,j,k,W,P,Q,Y,it,q,E)=>{let K=F.pxRound,R=i,G=l*ct,N=p*ct,st=d*ct,O,te;k.ori==0?[O,te]=r(S,L):[te,O]=r(S,L);const _t=k.dir*(k.ori==0?1:-1);let nt=k.ori==0?cs:Sn,ft=k.ori==0?$:(D,bt,Mt,zi,gi,He,bi)=>{$(D,bt,Mt,gi,zi,bi,He)},X=rt(S.bands,yn).find(D=>D.series[0]==L),H=X!=null?X.dir:0,At=F.fillTo(S,L,F.min,F.max,H),Jt=K(Q(At,W,E,it)),xt,ut,Le,ne=q,St=K(F.width*ct),Re=!1,qe=null,be=null,ii=null,Ci=null;g!=null&&(St==0||y!=null)&&(Re=!0,qe=g.values(S,L,M,z),be=new Map,new Set(qe).forEach(D=>{D!=null&&be.set(D,new Path2D)}),St>0&&(ii=y.values(S,L,M,z),Ci=new Map,new Set(ii).forEach(D=>{D!=null&&Ci.set(D,new Path2D)})));let{x0:Di,size:fl}=m;if(Di!=null&&fl!=null){R=1,_=Di.values(S,L,M,z),Di.unit==2&&(_=_.map(Mt=>S.posToVal(Y+Mt*q,k.key,!0)));let D=fl.values(S,L,M,z);fl.unit==2?ut=D[0]*q:ut=P(D[0],k,q,Y)-P(0,k,q,Y),ne=or(_,j,P,k,q,Y,ne),Le=ne-ut+G}else ne=or(_,j,P,k,q,Y,ne),Le=ne*o+G,ut=ne-Le;Le<1&&(Le=0),St>=ut/2&&(St=0),Le<5&&(K=jr);let Cl=Le>0,hi=ne-Le-(Cl?St:0);ut=K(Ks(hi,st,N)),xt=(R==0?ut/2:R==_t?0:ut)-R*_t*((R==0?G/2:0)+(Cl?St/2:0));const qt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Pi=Re?null:new Path2D;let Ye=null;if(X!=null)Ye=S.data[X.series[1]];else{let{y0:D,y1:bt}=m;D!=null&&bt!=null&&(j=bt.values(S,L,M,z),Ye=D.values(S,L,M,z))}let mi=O*ut,Z=te*ut;for(let D=_t==1?M:z;D>=M&&D<=z;D+=_t){let bt=j[D];if(bt==null)continue;if(Ye!=null){let ee=Ye[D]??0;if(bt-ee==0)continue;Jt=Q(ee,W,E,it)}let Mt=k.distr!=2||m!=null?_[D]:D,zi=P(Mt,k,q,Y),gi=Q(rt(bt,At),W,E,it),He=K(zi-xt),bi=K(Qt(gi,Jt)),ae=K(Pe(gi,Jt)),ye=bi-ae;if(bt!=null){let ee=bt<0?Z:mi,Ee=bt<0?mi:Z;Re?(St>0&&ii[D]!=null&&nt(Ci.get(ii[D]),He,ae+de(St/2),ut,Qt(0,ye-St),ee,Ee),qe[D]!=null&&nt(be.get(qe[D]),He,ae+de(St/2),ut,Qt(0,ye-St),ee,Ee)):nt(Pi,He,ae+de(St/2),ut,Qt(0,ye-St),ee,Ee),ft(S,L,D,He-St/2,ae,ut+St,ye)}}return St>0?qt.stroke=Re?Ci:Pi:Re||(qt._fill=F.width==0?F._fill:F._stroke??F._fill,qt.width=0),qt.fill=Re?be:Pi,qt})}function jd(e,t){const i=rt(t?.alignGaps,0);return(l,s,r,o)=>Mi(l,s,(p,d,m,$,g,y,S,L,M,z,F)=>{[r,o]=is(m,r,o);let _=p.pxRound,j=O=>_(y(O,$,z,L)),k=O=>_(S(O,g,F,M)),W,P,Q;$.ori==0?(W=rs,Q=cl,P=io):(W=os,Q=ul,P=lo);const Y=$.dir*($.ori==0?1:-1);let it=j(d[Y==1?r:o]),q=it,E=[],K=[];for(let O=Y==1?r:o;O>=r&&O<=o;O+=Y)if(m[O]!=null){let _t=d[O],nt=j(_t);E.push(q=nt),K.push(k(m[O]))}const R={stroke:e(E,K,W,Q,P,_),fill:null,clip:null,band:null,gaps:null,flags:al},G=R.stroke;let[N,st]=xn(l,s);if(p.fill!=null||N!=0){let O=R.fill=new Path2D(G),te=p.fillTo(l,s,p.min,p.max,N),_t=k(te);Q(O,q,_t),Q(O,it,_t)}if(!p.spanGaps){let O=[];O.push(...kn(d,m,r,o,Y,j,i)),R.gaps=O=p.gaps(l,s,r,o,O),R.clip=as(O,$.ori,L,M,z,F)}return st!=0&&(R.band=st==2?[Qe(l,s,r,o,G,-1),Qe(l,s,r,o,G,1)]:Qe(l,s,r,o,G,st)),R})}function Ad(e){return jd(Md,e)}function Md(e,t,i,l,s,r){const o=e.length;if(o<2)return null;const p=new Path2D;if(i(p,e[0],t[0]),o==2)l(p,e[1],t[1]);else{let d=Array(o),m=Array(o-1),$=Array(o-1),g=Array(o-1);for(let y=0;y<o-1;y++)$[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],m[y]=$[y]/g[y];d[0]=m[0];for(let y=1;y<o-1;y++)m[y]===0||m[y-1]===0||m[y-1]>0!=m[y]>0?d[y]=0:(d[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/m[y-1]+(g[y]+2*g[y-1])/m[y]),isFinite(d[y])||(d[y]=0));d[o-1]=m[o-2];for(let y=0;y<o-1;y++)s(p,e[y]+g[y]/3,t[y]+d[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-d[y+1]*g[y]/3,e[y+1],t[y+1])}return p}const en=new Set;function cr(){for(let e of en)e.syncRect(!0)}ol&&(Ei(du,el,cr),Ei(pu,el,cr,!0),Ei(Kl,el,()=>{Ut.pxRatio=ct}));const Cd=ao(),Dd=so();function ur(e,t,i,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((r,o)=>ln(r,o,t,i))}function Pd(e,t){return e.map((i,l)=>l==0?{}:jt({},t,i))}function ln(e,t,i,l){return jt({},t==0?i:l,e)}function ro(e,t,i){return t==null?sl:[t,i]}const zd=ro;function Vd(e,t,i){return t==null?sl:Ql(t,i,gn,!0)}function oo(e,t,i,l){return t==null?sl:ls(t,i,e.scales[l].log,!1)}const Rd=oo;function co(e,t,i,l){return t==null?sl:mn(t,i,e.scales[l].log,!1)}const Hd=co;function Id(e,t,i,l,s){let r=Qt(Na(e),Na(t)),o=t-e,p=De(s/l*o,i);do{let d=i[p],m=l*d/o;if(m>=s&&r+(d<5?ui.get(d):0)<=17)return[d,m]}while(++p<i.length);return[0,0]}function dr(e){let t,i;return e=e.replace(/(\d+)px/,(l,s)=>(t=Ct((i=+s)*ct))+"px"),[e,t,i]}function Od(e){e.show&&[e.font,e.labelFont].forEach(t=>{let i=gt(t[2]*ct,1);t[0]=t[0].replace(/[0-9.]+px/,i+"px"),t[1]=i})}function Ut(e,t,i){const l={mode:rt(e.mode,1)},s=l.mode;function r(n,a,c,u){let f=a.valToPct(n);return u+c*(a.dir==-1?1-f:f)}function o(n,a,c,u){let f=a.valToPct(n);return u+c*(a.dir==-1?f:1-f)}function p(n,a,c,u){return a.ori==0?r(n,a,c,u):o(n,a,c,u)}l.valToPosH=r,l.valToPosV=o;let d=!1;l.status=0;const m=l.root=xe(Jc);if(e.id!=null&&(m.id=e.id),ue(m,e.class),e.title){let n=xe(Zc,m);n.textContent=e.title}const $=Ce("canvas"),g=l.ctx=$.getContext("2d"),y=xe(Kc,m);Ei("click",y,n=>{n.target===L&&(yt!=Gi||kt!=Ji)&&Nt.click(l,n)},!0);const S=l.under=xe(Qc,y);y.appendChild($);const L=l.over=xe(Xc,y);e=nl(e);const M=+rt(e.pxAlign,1),z=rr(M);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(l,e)||e)});const F=e.ms||.001,_=l.series=s==1?ur(e.series||[],tr,nr,!1):Pd(e.series||[null],sr),j=l.axes=ur(e.axes||[],Xa,ir,!0),k=l.scales={},W=l.bands=e.bands||[];W.forEach(n=>{n.fill=lt(n.fill||null),n.dir=rt(n.dir,-1)});const P=s==2?_[1].facets[0].scale:_[0].scale,Q={axes:Ro,series:Co},Y=(e.drawOrder||["axes","series"]).map(n=>Q[n]);function it(n){const a=n.distr==3?c=>Ke(c>0?c:n.clamp(l,c,n.min,n.max,n.key)):n.distr==4?c=>Hs(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=a(c),{_min:f,_max:b}=n,v=b-f;return(u-f)/v}}function q(n){let a=k[n];if(a==null){let c=(e.scales||El)[n]||El;if(c.from!=null){q(c.from);let u=jt({},k[c.from],c,{key:n});u.valToPct=it(u),k[n]=u}else{a=k[n]=jt({},n==P?Kr:_d,c),a.key=n;let u=a.time,f=a.range,b=oi(f);if((n!=P||s==2&&!u)&&(b&&(f[0]==null||f[1]==null)&&(f={min:f[0]==null?Ia:{mode:1,hard:f[0],soft:f[0]},max:f[1]==null?Ia:{mode:1,hard:f[1],soft:f[1]}},b=!1),!b&&ns(f))){let v=f;f=(x,T,A)=>T==null?sl:Ql(T,A,v)}a.range=lt(f||(u?zd:n==P?a.distr==3?Rd:a.distr==4?Hd:ro:a.distr==3?oo:a.distr==4?co:Vd)),a.auto=lt(b?!1:a.auto),a.clamp=lt(a.clamp||wd),a._min=a._max=null,a.valToPct=it(a)}}}q("x"),q("y"),s==1&&_.forEach(n=>{q(n.scale)}),j.forEach(n=>{q(n.scale)});for(let n in e.scales)q(n);const E=k[P],K=E.distr;let R,G;E.ori==0?(ue(m,qc),R=r,G=o):(ue(m,Yc),R=o,G=r);const N={};for(let n in k){let a=k[n];(a.min!=null||a.max!=null)&&(N[n]={min:a.min,max:a.max},a.min=a.max=null)}const st=e.tzDate||(n=>new Date(Ct(n/F))),O=e.fmtDate||$n,te=F==1?qu(st):Ku(st),_t=Za(st,Ya(F==1?Ju:Zu,O)),nt=Qa(st,Ka(Xu,O)),ft=[],X=l.legend=jt({},id,e.legend),H=l.cursor=jt({},od,{drag:{y:s==2}},e.cursor),At=X.show,Jt=H.show,xt=X.markers;X.idxs=ft,xt.width=lt(xt.width),xt.dash=lt(xt.dash),xt.stroke=lt(xt.stroke),xt.fill=lt(xt.fill);let ut,Le,ne,St=[],Re=[],qe,be=!1,ii={};if(X.live){const n=_[1]?_[1].values:null;be=n!=null,qe=be?n(l,1,0):{_:0};for(let a in qe)ii[a]=fn}if(At)if(ut=Ce("table",nu,m),ne=Ce("tbody",null,ut),X.mount(l,ut),be){Le=Ce("thead",null,ut,ne);let n=Ce("tr",null,Le);Ce("th",null,n);for(var Ci in qe)Ce("th",Ta,n).textContent=Ci}else ue(ut,ru),X.live&&ue(ut,au);const Di={show:!0},fl={show:!1};function Cl(n,a){if(a==0&&(be||!X.live||s==2))return sl;let c=[],u=Ce("tr",ou,ne,ne.childNodes[a]);ue(u,n.class),n.show||ue(u,Li);let f=Ce("th",null,u);if(xt.show){let x=xe(cu,f);if(a>0){let T=xt.width(l,a);T&&(x.style.border=T+"px "+xt.dash(l,a)+" "+xt.stroke(l,a)),x.style.background=xt.fill(l,a)}}let b=xe(Ta,f);n.label instanceof HTMLElement?b.appendChild(n.label):b.textContent=n.label,a>0&&(xt.show||(b.style.color=n.width>0?xt.stroke(l,a):xt.fill(l,a)),qt("click",f,x=>{if(H._lock)return;$i(x);let T=_.indexOf(n);if((x.ctrlKey||x.metaKey)!=X.isolate){let A=_.some((C,V)=>V>0&&V!=T&&C.show);_.forEach((C,V)=>{V>0&&Oe(V,A?V==T?Di:fl:Di,!0,Et.setSeries)})}else Oe(T,{show:!n.show},!0,Et.setSeries)},!1),Ri&&qt(Aa,f,x=>{H._lock||($i(x),Oe(_.indexOf(n),Yi,!0,Et.setSeries))},!1));for(var v in qe){let x=Ce("td",uu,u);x.textContent="--",c.push(x)}return[u,c]}const hi=new Map;function qt(n,a,c,u=!0){const f=hi.get(a)||{},b=H.bind[n](l,a,c,u);b&&(Ei(n,a,f[n]=b),hi.set(a,f))}function Pi(n,a,c){const u=hi.get(a)||{};for(let f in u)(n==null||f==n)&&(Zs(f,a,u[f]),delete u[f]);n==null&&hi.delete(a)}let Ye=0,mi=0,Z=0,D=0,bt=0,Mt=0,zi=bt,gi=Mt,He=Z,bi=D,ae=0,ye=0,ee=0,Ee=0;l.bbox={};let ds=!1,Dl=!1,Vi=!1,yi=!1,Pl=!1,$e=!1;function ps(n,a,c){(c||n!=l.width||a!=l.height)&&Fn(n,a),Ni(!1),Vi=!0,Dl=!0,Ui()}function Fn(n,a){l.width=Ye=Z=n,l.height=mi=D=a,bt=Mt=0,So(),To();let c=l.bbox;ae=c.left=Si(bt*ct,.5),ye=c.top=Si(Mt*ct,.5),ee=c.width=Si(Z*ct,.5),Ee=c.height=Si(D*ct,.5)}const _o=3;function xo(){let n=!1,a=0;for(;!n;){a++;let c=zo(a),u=Vo(a);n=a==_o||c&&u,n||(Fn(l.width,l.height),Dl=!0)}}function ko({width:n,height:a}){ps(n,a)}l.setSize=ko;function So(){let n=!1,a=!1,c=!1,u=!1;j.forEach((f,b)=>{if(f.show&&f._show){let{side:v,_size:x}=f,T=v%2,A=f.label!=null?f.labelSize:0,C=x+A;C>0&&(T?(Z-=C,v==3?(bt+=C,u=!0):c=!0):(D-=C,v==0?(Mt+=C,n=!0):a=!0))}}),vi[0]=n,vi[1]=c,vi[2]=a,vi[3]=u,Z-=li[1]+li[3],bt+=li[3],D-=li[2]+li[0],Mt+=li[0]}function To(){let n=bt+Z,a=Mt+D,c=bt,u=Mt;function f(b,v){switch(b){case 1:return n+=v,n-v;case 2:return a+=v,a-v;case 3:return c-=v,c+v;case 0:return u-=v,u+v}}j.forEach((b,v)=>{if(b.show&&b._show){let x=b.side;b._pos=f(x,b._size),b.label!=null&&(b._lpos=f(x,b.labelSize))}})}if(H.dataIdx==null){let n=H.hover,a=n.skip=new Set(n.skip??[]);a.add(void 0);let c=n.prox=lt(n.prox),u=n.bias??=0;H.dataIdx=(f,b,v,x)=>{if(b==0)return v;let T=v,A=c(f,b,v,x)??mt,C=A>=0&&A<mt,V=E.ori==0?Z:D,J=H.left,ot=t[0],at=t[b];if(a.has(at[v])){T=null;let et=null,B=null,I;if(u==0||u==-1)for(I=v;et==null&&I-- >0;)a.has(at[I])||(et=I);if(u==0||u==1)for(I=v;B==null&&I++<at.length;)a.has(at[I])||(B=I);if(et!=null||B!=null)if(C){let vt=et==null?-1/0:R(ot[et],E,V,0),Tt=B==null?1/0:R(ot[B],E,V,0),Ot=J-vt,ht=Tt-J;Ot<=ht?Ot<=A&&(T=et):ht<=A&&(T=B)}else T=B==null?et:et==null?B:v-et<=B-v?et:B}else C&&Dt(J-R(ot[v],E,V,0))>A&&(T=null);return T}}const $i=n=>{H.event=n};H.idxs=ft,H._lock=!1;let Bt=H.points;Bt.show=lt(Bt.show),Bt.size=lt(Bt.size),Bt.stroke=lt(Bt.stroke),Bt.width=lt(Bt.width),Bt.fill=lt(Bt.fill);const Ie=l.focus=jt({},e.focus||{alpha:.3},H.focus),Ri=Ie.prox>=0,Hi=Ri&&Bt.one;let ve=[],Ii=[],Oi=[];function Nn(n,a){let c=Bt.show(l,a);if(c instanceof HTMLElement)return ue(c,su),ue(c,n.class),Be(c,-10,-10,Z,D),L.insertBefore(c,ve[a]),c}function Un(n,a){if(s==1||a>0){let c=s==1&&k[n.scale].time,u=n.value;n.value=c?Wa(u)?Qa(st,Ka(u,O)):u||nt:u||yd,n.label=n.label||(c?ud:cd)}if(Hi||a>0){n.width=n.width==null?1:n.width,n.paths=n.paths||Cd||_u,n.fillTo=lt(n.fillTo||xd),n.pxAlign=+rt(n.pxAlign,M),n.pxRound=rr(n.pxAlign),n.stroke=lt(n.stroke||null),n.fill=lt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=$d(Qt(1,n.width),1),u=n.points=jt({},{size:c,width:Qt(1,c*.2),stroke:n.stroke,space:c*2,paths:Dd,_stroke:null,_fill:null},n.points);u.show=lt(u.show),u.filter=lt(u.filter),u.fill=lt(u.fill),u.stroke=lt(u.stroke),u.paths=lt(u.paths),u.pxAlign=n.pxAlign}if(At){let c=Cl(n,a);St.splice(a,0,c[0]),Re.splice(a,0,c[1]),X.values.push(null)}if(Jt){ft.splice(a,0,null);let c=null;Hi?a==0&&(c=Nn(n,a)):a>0&&(c=Nn(n,a)),ve.splice(a,0,c),Ii.splice(a,0,0),Oi.splice(a,0,0)}It("addSeries",a)}function Lo(n,a){a=a??_.length,n=s==1?ln(n,a,tr,nr):ln(n,a,{},sr),_.splice(a,0,n),Un(_[a],a)}l.addSeries=Lo;function Eo(n){if(_.splice(n,1),At){X.values.splice(n,1),Re.splice(n,1);let a=St.splice(n,1)[0];Pi(null,a.firstChild),a.remove()}Jt&&(ft.splice(n,1),ve.splice(n,1)[0].remove(),Ii.splice(n,1),Oi.splice(n,1)),It("delSeries",n)}l.delSeries=Eo;const vi=[!1,!1,!1,!1];function jo(n,a){if(n._show=n.show,n.show){let c=n.side%2,u=k[n.scale];u==null&&(n.scale=c?_[1].scale:P,u=k[n.scale]);let f=u.time;n.size=lt(n.size),n.space=lt(n.space),n.rotate=lt(n.rotate),oi(n.incrs)&&n.incrs.forEach(v=>{!ui.has(v)&&ui.set(v,Cr(v))}),n.incrs=lt(n.incrs||(u.distr==2?Bu:f?F==1?Gu:Yu:Ti)),n.splits=lt(n.splits||(f&&u.distr==1?te:u.distr==3?Qs:u.distr==4?fd:pd)),n.stroke=lt(n.stroke),n.grid.stroke=lt(n.grid.stroke),n.ticks.stroke=lt(n.ticks.stroke),n.border.stroke=lt(n.border.stroke);let b=n.values;n.values=oi(b)&&!oi(b[0])?lt(b):f?oi(b)?Za(st,Ya(b,O)):Wa(b)?Qu(st,b):b||_t:b||dd,n.filter=lt(n.filter||(u.distr>=3&&u.log==10?gd:u.distr==3&&u.log==2?bd:Ar)),n.font=dr(n.font),n.labelFont=dr(n.labelFont),n._size=n.size(l,null,a,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(vi[a]=!0,n._el=xe(tu,y))}}function hl(n,a,c,u){let[f,b,v,x]=c,T=a%2,A=0;return T==0&&(x||b)&&(A=a==0&&!f||a==2&&!v?Ct(Xa.size/3):0),T==1&&(f||v)&&(A=a==1&&!b||a==3&&!x?Ct(ir.size/2):0),A}const Bn=l.padding=(e.padding||[hl,hl,hl,hl]).map(n=>lt(rt(n,hl))),li=l._padding=Bn.map((n,a)=>n(l,a,vi,0));let Ft,zt=null,Vt=null;const zl=s==1?_[0].idxs:null;let je=null,ml=!1;function Wn(n,a){if(t=n??[],l.data=l._data=t,s==2){Ft=0;for(let c=1;c<_.length;c++)Ft+=t[c][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),je=t[0],Ft=je.length;let c=t;if(K==2){c=t.slice();let u=c[0]=Array(Ft);for(let f=0;f<Ft;f++)u[f]=f}l._data=t=c}if(Ni(!0),It("setData"),K==2&&(Vi=!0),a!==!1){let c=E;c.auto(l,ml)?fs():ni(P,c.min,c.max),yi=yi||H.left>=0,$e=!0,Ui()}}l.setData=Wn;function fs(){ml=!0;let n,a;s==1&&(Ft>0?(zt=zl[0]=0,Vt=zl[1]=Ft-1,n=t[0][zt],a=t[0][Vt],K==2?(n=zt,a=Vt):n==a&&(K==3?[n,a]=ls(n,n,E.log,!1):K==4?[n,a]=mn(n,n,E.log,!1):E.time?a=n+Ct(86400/F):[n,a]=Ql(n,a,gn,!0))):(zt=zl[0]=n=null,Vt=zl[1]=a=null)),ni(P,n,a)}let Vl,Fi,hs,ms,gs,bs,ys,$s,vs,ie;function Gn(n,a,c,u,f,b){n??=Ea,c??=yn,u??="butt",f??=Ea,b??="round",n!=Vl&&(g.strokeStyle=Vl=n),f!=Fi&&(g.fillStyle=Fi=f),a!=hs&&(g.lineWidth=hs=a),b!=gs&&(g.lineJoin=gs=b),u!=bs&&(g.lineCap=bs=u),c!=ms&&g.setLineDash(ms=c)}function Jn(n,a,c,u){a!=Fi&&(g.fillStyle=Fi=a),n!=ys&&(g.font=ys=n),c!=$s&&(g.textAlign=$s=c),u!=vs&&(g.textBaseline=vs=u)}function ws(n,a,c,u,f=0){if(u.length>0&&n.auto(l,ml)&&(a==null||a.min==null)){let b=rt(zt,0),v=rt(Vt,u.length-1),x=c.min==null?gu(u,b,v,f,n.distr==3):[c.min,c.max];n.min=Pe(n.min,c.min=x[0]),n.max=Qt(n.max,c.max=x[1])}}const qn={min:null,max:null};function Ao(){for(let u in k){let f=k[u];N[u]==null&&(f.min==null||N[P]!=null&&f.auto(l,ml))&&(N[u]=qn)}for(let u in k){let f=k[u];N[u]==null&&f.from!=null&&N[f.from]!=null&&(N[u]=qn)}N[P]!=null&&Ni(!0);let n={};for(let u in N){let f=N[u];if(f!=null){let b=n[u]=nl(k[u],Su);if(f.min!=null)jt(b,f);else if(u!=P||s==2)if(Ft==0&&b.from==null){let v=b.range(l,null,null,u);b.min=v[0],b.max=v[1]}else b.min=mt,b.max=-mt}}if(Ft>0){_.forEach((u,f)=>{if(s==1){let b=u.scale,v=N[b];if(v==null)return;let x=n[b];if(f==0){let T=x.range(l,x.min,x.max,b);x.min=T[0],x.max=T[1],zt=De(x.min,t[0]),Vt=De(x.max,t[0]),Vt-zt>1&&(t[0][zt]<x.min&&zt++,t[0][Vt]>x.max&&Vt--),u.min=je[zt],u.max=je[Vt]}else u.show&&u.auto&&ws(x,v,u,t[f],u.sorted);u.idxs[0]=zt,u.idxs[1]=Vt}else if(f>0&&u.show&&u.auto){let[b,v]=u.facets,x=b.scale,T=v.scale,[A,C]=t[f],V=n[x],J=n[T];V!=null&&ws(V,N[x],b,A,b.sorted),J!=null&&ws(J,N[T],v,C,v.sorted),u.min=v.min,u.max=v.max}});for(let u in n){let f=n[u],b=N[u];if(f.from==null&&(b==null||b.min==null)){let v=f.range(l,f.min==mt?null:f.min,f.max==-mt?null:f.max,u);f.min=v[0],f.max=v[1]}}}for(let u in n){let f=n[u];if(f.from!=null){let b=n[f.from];if(b.min==null)f.min=f.max=null;else{let v=f.range(l,b.min,b.max,u);f.min=v[0],f.max=v[1]}}}let a={},c=!1;for(let u in n){let f=n[u],b=k[u];if(b.min!=f.min||b.max!=f.max){b.min=f.min,b.max=f.max;let v=b.distr;b._min=v==3?Ke(b.min):v==4?Hs(b.min,b.asinh):v==100?b.fwd(b.min):b.min,b._max=v==3?Ke(b.max):v==4?Hs(b.max,b.asinh):v==100?b.fwd(b.max):b.max,a[u]=c=!0}}if(c){_.forEach((u,f)=>{s==2?f>0&&a.y&&(u._paths=null):a[u.scale]&&(u._paths=null)});for(let u in a)Vi=!0,It("setScale",u);Jt&&H.left>=0&&(yi=$e=!0)}for(let u in N)N[u]=null}function Mo(n){let a=Ks(zt-1,0,Ft-1),c=Ks(Vt+1,0,Ft-1);for(;n[a]==null&&a>0;)a--;for(;n[c]==null&&c<Ft-1;)c++;return[a,c]}function Co(){if(Ft>0){let n=_.some(a=>a._focus)&&ie!=Ie.alpha;n&&(g.globalAlpha=ie=Ie.alpha),_.forEach((a,c)=>{if(c>0&&a.show&&(Yn(c,!1),Yn(c,!0),a._paths==null)){let u=ie;ie!=a.alpha&&(g.globalAlpha=ie=a.alpha);let f=s==2?[0,t[c][0].length-1]:Mo(t[c]);a._paths=a.paths(l,c,f[0],f[1]),ie!=u&&(g.globalAlpha=ie=u)}}),_.forEach((a,c)=>{if(c>0&&a.show){let u=ie;ie!=a.alpha&&(g.globalAlpha=ie=a.alpha),a._paths!=null&&Zn(c,!1);{let f=a._paths!=null?a._paths.gaps:null,b=a.points.show(l,c,zt,Vt,f),v=a.points.filter(l,c,b,f);(b||v)&&(a.points._paths=a.points.paths(l,c,zt,Vt,v),Zn(c,!0))}ie!=u&&(g.globalAlpha=ie=u),It("drawSeries",c)}}),n&&(g.globalAlpha=ie=1)}}function Yn(n,a){let c=a?_[n].points:_[n];c._stroke=c.stroke(l,n),c._fill=c.fill(l,n)}function Zn(n,a){let c=a?_[n].points:_[n],{stroke:u,fill:f,clip:b,flags:v,_stroke:x=c._stroke,_fill:T=c._fill,_width:A=c.width}=c._paths;A=gt(A*ct,3);let C=null,V=A%2/2;a&&T==null&&(T=A>0?"#fff":x);let J=c.pxAlign==1&&V>0;if(J&&g.translate(V,V),!a){let ot=ae-A/2,at=ye-A/2,et=ee+A,B=Ee+A;C=new Path2D,C.rect(ot,at,et,B)}a?_s(x,A,c.dash,c.cap,T,u,f,v,b):Do(n,x,A,c.dash,c.cap,T,u,f,v,C,b),J&&g.translate(-V,-V)}function Do(n,a,c,u,f,b,v,x,T,A,C){let V=!1;T!=0&&W.forEach((J,ot)=>{if(J.series[0]==n){let at=_[J.series[1]],et=t[J.series[1]],B=(at._paths||El).band;oi(B)&&(B=J.dir==1?B[0]:B[1]);let I,vt=null;at.show&&B&&yu(et,zt,Vt)?(vt=J.fill(l,ot)||b,I=at._paths.clip):B=null,_s(a,c,u,f,vt,v,x,T,A,C,I,B),V=!0}}),V||_s(a,c,u,f,b,v,x,T,A,C)}const Kn=al|tn;function _s(n,a,c,u,f,b,v,x,T,A,C,V){Gn(n,a,c,u,f),(T||A||V)&&(g.save(),T&&g.clip(T),A&&g.clip(A)),V?(x&Kn)==Kn?(g.clip(V),C&&g.clip(C),Hl(f,v),Rl(n,b,a)):x&tn?(Hl(f,v),g.clip(V),Rl(n,b,a)):x&al&&(g.save(),g.clip(V),C&&g.clip(C),Hl(f,v),g.restore(),Rl(n,b,a)):(Hl(f,v),Rl(n,b,a)),(T||A||V)&&g.restore()}function Rl(n,a,c){c>0&&(a instanceof Map?a.forEach((u,f)=>{g.strokeStyle=Vl=f,g.stroke(u)}):a!=null&&n&&g.stroke(a))}function Hl(n,a){a instanceof Map?a.forEach((c,u)=>{g.fillStyle=Fi=u,g.fill(c)}):a!=null&&n&&g.fill(a)}function Po(n,a,c,u){let f=j[n],b;if(u<=0)b=[0,0];else{let v=f._space=f.space(l,n,a,c,u),x=f._incrs=f.incrs(l,n,a,c,u,v);b=Id(a,c,x,u,v)}return f._found=b}function xs(n,a,c,u,f,b,v,x,T,A){let C=v%2/2;M==1&&g.translate(C,C),Gn(x,v,T,A,x),g.beginPath();let V,J,ot,at,et=f+(u==0||u==3?-b:b);c==0?(J=f,at=et):(V=f,ot=et);for(let B=0;B<n.length;B++)a[B]!=null&&(c==0?V=ot=n[B]:J=at=n[B],g.moveTo(V,J),g.lineTo(ot,at));g.stroke(),M==1&&g.translate(-C,-C)}function zo(n){let a=!0;return j.forEach((c,u)=>{if(!c.show)return;let f=k[c.scale];if(f.min==null){c._show&&(a=!1,c._show=!1,Ni(!1));return}else c._show||(a=!1,c._show=!0,Ni(!1));let b=c.side,v=b%2,{min:x,max:T}=f,[A,C]=Po(u,x,T,v==0?Z:D);if(C==0)return;let V=f.distr==2,J=c._splits=c.splits(l,u,x,T,A,C,V),ot=f.distr==2?J.map(I=>je[I]):J,at=f.distr==2?je[J[1]]-je[J[0]]:A,et=c._values=c.values(l,c.filter(l,ot,u,C,at),u,C,at);c._rotate=b==2?c.rotate(l,et,u,C):0;let B=c._size;c._size=ke(c.size(l,et,u,n)),B!=null&&c._size!=B&&(a=!1)}),a}function Vo(n){let a=!0;return Bn.forEach((c,u)=>{let f=c(l,u,vi,n);f!=li[u]&&(a=!1),li[u]=f}),a}function Ro(){for(let n=0;n<j.length;n++){let a=j[n];if(!a.show||!a._show)continue;let c=a.side,u=c%2,f,b,v=a.stroke(l,n),x=c==0||c==3?-1:1,[T,A]=a._found;if(a.label!=null){let Zt=a.labelGap*x,ce=Ct((a._lpos+Zt)*ct);Jn(a.labelFont[0],v,"center",c==2?_l:La),g.save(),u==1?(f=b=0,g.translate(ce,Ct(ye+Ee/2)),g.rotate((c==3?-Jl:Jl)/2)):(f=Ct(ae+ee/2),b=ce);let xi=Er(a.label)?a.label(l,n,T,A):a.label;g.fillText(xi,f,b),g.restore()}if(A==0)continue;let C=k[a.scale],V=u==0?ee:Ee,J=u==0?ae:ye,ot=a._splits,at=C.distr==2?ot.map(Zt=>je[Zt]):ot,et=C.distr==2?je[ot[1]]-je[ot[0]]:T,B=a.ticks,I=a.border,vt=B.show?B.size:0,Tt=Ct(vt*ct),Ot=Ct((a.alignTo==2?a._size-vt-a.gap:a.gap)*ct),ht=a._rotate*-Jl/180,Lt=z(a._pos*ct),re=(Tt+Ot)*x,Yt=Lt+re;b=u==0?Yt:0,f=u==1?Yt:0;let we=a.font[0],Ae=a.align==1?Ki:a.align==2?zs:ht>0?Ki:ht<0?zs:u==0?"center":c==3?zs:Ki,Ne=ht||u==1?"middle":c==2?_l:La;Jn(we,v,Ae,Ne);let oe=a.font[1]*a.lineGap,_e=ot.map(Zt=>z(p(Zt,C,V,J))),Me=a._values;for(let Zt=0;Zt<Me.length;Zt++){let ce=Me[Zt];if(ce!=null){u==0?f=_e[Zt]:b=_e[Zt],ce=""+ce;let xi=ce.indexOf(`
`)==-1?[ce]:ce.split(/\n/gm);for(let Kt=0;Kt<xi.length;Kt++){let ga=xi[Kt];ht?(g.save(),g.translate(f,b+Kt*oe),g.rotate(ht),g.fillText(ga,0,0),g.restore()):g.fillText(ga,f,b+Kt*oe)}}}B.show&&xs(_e,B.filter(l,at,n,A,et),u,c,Lt,Tt,gt(B.width*ct,3),B.stroke(l,n),B.dash,B.cap);let Ue=a.grid;Ue.show&&xs(_e,Ue.filter(l,at,n,A,et),u,u==0?2:1,u==0?ye:ae,u==0?Ee:ee,gt(Ue.width*ct,3),Ue.stroke(l,n),Ue.dash,Ue.cap),I.show&&xs([Lt],[1],u==0?1:0,u==0?1:2,u==1?ye:ae,u==1?Ee:ee,gt(I.width*ct,3),I.stroke(l,n),I.dash,I.cap)}It("drawAxes")}function Ni(n){_.forEach((a,c)=>{c>0&&(a._paths=null,n&&(s==1?(a.min=null,a.max=null):a.facets.forEach(u=>{u.min=null,u.max=null})))})}let Il=!1,ks=!1,gl=[];function Ho(){ks=!1;for(let n=0;n<gl.length;n++)It(...gl[n]);gl.length=0}function Ui(){Il||(Cu(Qn),Il=!0)}function Io(n,a=!1){Il=!0,ks=a,n(l),Qn(),a&&gl.length>0&&queueMicrotask(Ho)}l.batch=Io;function Qn(){if(ds&&(Ao(),ds=!1),Vi&&(xo(),Vi=!1),Dl){if(wt(S,Ki,bt),wt(S,_l,Mt),wt(S,kl,Z),wt(S,Sl,D),wt(L,Ki,bt),wt(L,_l,Mt),wt(L,kl,Z),wt(L,Sl,D),wt(y,kl,Ye),wt(y,Sl,mi),$.width=Ct(Ye*ct),$.height=Ct(mi*ct),j.forEach(({_el:n,_show:a,_size:c,_pos:u,side:f})=>{if(n!=null)if(a){let b=f===3||f===0?c:0,v=f%2==1;wt(n,v?"left":"top",u-b),wt(n,v?"width":"height",c),wt(n,v?"top":"left",v?Mt:bt),wt(n,v?"height":"width",v?D:Z),Ys(n,Li)}else ue(n,Li)}),Vl=Fi=hs=gs=bs=ys=$s=vs=ms=null,ie=1,$l(!0),bt!=zi||Mt!=gi||Z!=He||D!=bi){Ni(!1);let n=Z/He,a=D/bi;if(Jt&&!yi&&H.left>=0){H.left*=n,H.top*=a,Bi&&Be(Bi,Ct(H.left),0,Z,D),Wi&&Be(Wi,0,Ct(H.top),Z,D);for(let c=0;c<ve.length;c++){let u=ve[c];u!=null&&(Ii[c]*=n,Oi[c]*=a,Be(u,ke(Ii[c]),ke(Oi[c]),Z,D))}}if($t.show&&!Pl&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=a,$t.height*=a;for(let c in As)wt(qi,c,$t[c])}zi=bt,gi=Mt,He=Z,bi=D}It("setSize"),Dl=!1}Ye>0&&mi>0&&(g.clearRect(0,0,$.width,$.height),It("drawClear"),Y.forEach(n=>n()),It("draw")),$t.show&&Pl&&(Ol($t),Pl=!1),Jt&&yi&&(_i(null,!0,!1),yi=!1),X.show&&X.live&&$e&&(Es(),$e=!1),d||(d=!0,l.status=1,It("ready")),ml=!1,Il=!1}l.redraw=(n,a)=>{Vi=a||!1,n!==!1?ni(P,E.min,E.max):Ui()};function Ss(n,a){let c=k[n];if(c.from==null){if(Ft==0){let u=c.range(l,a.min,a.max,n);a.min=u[0],a.max=u[1]}if(a.min>a.max){let u=a.min;a.min=a.max,a.max=u}if(Ft>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;n==P&&c.distr==2&&Ft>0&&(a.min=De(a.min,t[0]),a.max=De(a.max,t[0]),a.min==a.max&&a.max++),N[n]=a,ds=!0,Ui()}}l.setScale=Ss;let Ts,Ls,Bi,Wi,Xn,ta,Gi,Ji,ea,ia,yt,kt,si=!1;const Nt=H.drag;let Rt=Nt.x,Ht=Nt.y;Jt&&(H.x&&(Ts=xe(iu,L)),H.y&&(Ls=xe(lu,L)),E.ori==0?(Bi=Ts,Wi=Ls):(Bi=Ls,Wi=Ts),yt=H.left,kt=H.top);const $t=l.select=jt({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),qi=$t.show?xe(eu,$t.over?L:S):null;function Ol(n,a){if($t.show){for(let c in n)$t[c]=n[c],c in As&&wt(qi,c,n[c]);a!==!1&&It("setSelect")}}l.setSelect=Ol;function Oo(n){if(_[n].show)At&&Ys(St[n],Li);else if(At&&ue(St[n],Li),Jt){let c=Hi?ve[0]:ve[n];c!=null&&Be(c,-10,-10,Z,D)}}function ni(n,a,c){Ss(n,{min:a,max:c})}function Oe(n,a,c,u){a.focus!=null&&Wo(n),a.show!=null&&_.forEach((f,b)=>{b>0&&(n==b||n==null)&&(f.show=a.show,Oo(b),s==2?(ni(f.facets[0].scale,null,null),ni(f.facets[1].scale,null,null)):ni(f.scale,null,null),Ui())}),c!==!1&&It("setSeries",n,a),u&&vl("setSeries",l,n,a)}l.setSeries=Oe;function Fo(n,a){jt(W[n],a)}function No(n,a){n.fill=lt(n.fill||null),n.dir=rt(n.dir,-1),a=a??W.length,W.splice(a,0,n)}function Uo(n){n==null?W.length=0:W.splice(n,1)}l.addBand=No,l.setBand=Fo,l.delBand=Uo;function Bo(n,a){_[n].alpha=a,Jt&&ve[n]!=null&&(ve[n].style.opacity=a),At&&St[n]&&(St[n].style.opacity=a)}let Ze,ai,wi;const Yi={focus:!0};function Wo(n){if(n!=wi){let a=n==null,c=Ie.alpha!=1;_.forEach((u,f)=>{if(s==1||f>0){let b=a||f==0||f==n;u._focus=a?null:b,c&&Bo(f,b?1:Ie.alpha)}}),wi=n,c&&Ui()}}At&&Ri&&qt(Ma,ut,n=>{H._lock||($i(n),wi!=null&&Oe(null,Yi,!0,Et.setSeries))});function Fe(n,a,c){let u=k[a];c&&(n=n/ct-(u.ori==1?Mt:bt));let f=Z;u.ori==1&&(f=D,n=f-n),u.dir==-1&&(n=f-n);let b=u._min,v=u._max,x=n/f,T=b+(v-b)*x,A=u.distr;return A==3?ll(10,T):A==4?vu(T,u.asinh):A==100?u.bwd(T):T}function Go(n,a){let c=Fe(n,P,a);return De(c,t[0],zt,Vt)}l.valToIdx=n=>De(n,t[0]),l.posToIdx=Go,l.posToVal=Fe,l.valToPos=(n,a,c)=>k[a].ori==0?r(n,k[a],c?ee:Z,c?ae:0):o(n,k[a],c?Ee:D,c?ye:0),l.setCursor=(n,a,c)=>{yt=n.left,kt=n.top,_i(null,a,c)};function la(n,a){wt(qi,Ki,$t.left=n),wt(qi,kl,$t.width=a)}function sa(n,a){wt(qi,_l,$t.top=n),wt(qi,Sl,$t.height=a)}let bl=E.ori==0?la:sa,yl=E.ori==1?la:sa;function Jo(){if(At&&X.live)for(let n=s==2?1:0;n<_.length;n++){if(n==0&&be)continue;let a=X.values[n],c=0;for(let u in a)Re[n][c++].firstChild.nodeValue=a[u]}}function Es(n,a){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ft[u]=c}):ku(n.idx)||ft.fill(n.idx),X.idx=ft[0]),At&&X.live){for(let c=0;c<_.length;c++)(c>0||s==1&&!be)&&qo(c,ft[c]);Jo()}$e=!1,a!==!1&&It("setLegend")}l.setLegend=Es;function qo(n,a){let c=_[n],u=n==0&&K==2?je:t[n],f;be?f=c.values(l,n,a)??ii:(f=c.value(l,a==null?null:u[a],n,a),f=f==null?ii:{_:f}),X.values[n]=f}function _i(n,a,c){ea=yt,ia=kt,[yt,kt]=H.move(l,yt,kt),H.left=yt,H.top=kt,Jt&&(Bi&&Be(Bi,Ct(yt),0,Z,D),Wi&&Be(Wi,0,Ct(kt),Z,D));let u,f=zt>Vt;Ze=mt,ai=null;let b=E.ori==0?Z:D,v=E.ori==1?Z:D;if(yt<0||Ft==0||f){u=H.idx=null;for(let x=0;x<_.length;x++){let T=ve[x];T!=null&&Be(T,-10,-10,Z,D)}Ri&&Oe(null,Yi,!0,n==null&&Et.setSeries),X.live&&(ft.fill(u),$e=!0)}else{let x,T,A;s==1&&(x=E.ori==0?yt:kt,T=Fe(x,P),u=H.idx=De(T,t[0],zt,Vt),A=R(t[0][u],E,b,0));let C=-10,V=-10,J=0,ot=0,at=!0,et="",B="";for(let I=s==2?1:0;I<_.length;I++){let vt=_[I],Tt=ft[I],Ot=Tt==null?null:s==1?t[I][Tt]:t[I][1][Tt],ht=H.dataIdx(l,I,u,T),Lt=ht==null?null:s==1?t[I][ht]:t[I][1][ht];if($e=$e||Lt!=Ot||ht!=Tt,ft[I]=ht,I>0&&vt.show){let re=ht==null?-10:ht==u?A:R(s==1?t[0][ht]:t[I][0][ht],E,b,0),Yt=Lt==null?-10:G(Lt,s==1?k[vt.scale]:k[vt.facets[1].scale],v,0);if(Ri&&Lt!=null){let we=E.ori==1?yt:kt,Ae=Dt(Ie.dist(l,I,ht,Yt,we));if(Ae<Ze){let Ne=Ie.bias;if(Ne!=0){let oe=Fe(we,vt.scale),_e=Lt>=0?1:-1,Me=oe>=0?1:-1;Me==_e&&(Me==1?Ne==1?Lt>=oe:Lt<=oe:Ne==1?Lt<=oe:Lt>=oe)&&(Ze=Ae,ai=I)}else Ze=Ae,ai=I}}if($e||Hi){let we,Ae;E.ori==0?(we=re,Ae=Yt):(we=Yt,Ae=re);let Ne,oe,_e,Me,Ue,Zt,ce=!0,xi=Bt.bbox;if(xi!=null){ce=!1;let Kt=xi(l,I);_e=Kt.left,Me=Kt.top,Ne=Kt.width,oe=Kt.height}else _e=we,Me=Ae,Ne=oe=Bt.size(l,I);if(Zt=Bt.fill(l,I),Ue=Bt.stroke(l,I),Hi)I==ai&&Ze<=Ie.prox&&(C=_e,V=Me,J=Ne,ot=oe,at=ce,et=Zt,B=Ue);else{let Kt=ve[I];Kt!=null&&(Ii[I]=_e,Oi[I]=Me,Ha(Kt,Ne,oe,ce),Va(Kt,Zt,Ue),Be(Kt,ke(_e),ke(Me),Z,D))}}}}if(Hi){let I=Ie.prox,vt=wi==null?Ze<=I:Ze>I||ai!=wi;if($e||vt){let Tt=ve[0];Tt!=null&&(Ii[0]=C,Oi[0]=V,Ha(Tt,J,ot,at),Va(Tt,et,B),Be(Tt,ke(C),ke(V),Z,D))}}}if($t.show&&si)if(n!=null){let[x,T]=Et.scales,[A,C]=Et.match,[V,J]=n.cursor.sync.scales,ot=n.cursor.drag;if(Rt=ot._x,Ht=ot._y,Rt||Ht){let{left:at,top:et,width:B,height:I}=n.select,vt=n.scales[V].ori,Tt=n.posToVal,Ot,ht,Lt,re,Yt,we=x!=null&&A(x,V),Ae=T!=null&&C(T,J);we&&Rt?(vt==0?(Ot=at,ht=B):(Ot=et,ht=I),Lt=k[x],re=R(Tt(Ot,V),Lt,b,0),Yt=R(Tt(Ot+ht,V),Lt,b,0),bl(Pe(re,Yt),Dt(Yt-re))):bl(0,b),Ae&&Ht?(vt==1?(Ot=at,ht=B):(Ot=et,ht=I),Lt=k[T],re=G(Tt(Ot,J),Lt,v,0),Yt=G(Tt(Ot+ht,J),Lt,v,0),yl(Pe(re,Yt),Dt(Yt-re))):yl(0,v)}else Ms()}else{let x=Dt(ea-Xn),T=Dt(ia-ta);if(E.ori==1){let J=x;x=T,T=J}Rt=Nt.x&&x>=Nt.dist,Ht=Nt.y&&T>=Nt.dist;let A=Nt.uni;A!=null?Rt&&Ht&&(Rt=x>=A,Ht=T>=A,!Rt&&!Ht&&(T>x?Ht=!0:Rt=!0)):Nt.x&&Nt.y&&(Rt||Ht)&&(Rt=Ht=!0);let C,V;Rt&&(E.ori==0?(C=Gi,V=yt):(C=Ji,V=kt),bl(Pe(C,V),Dt(V-C)),Ht||yl(0,v)),Ht&&(E.ori==1?(C=Gi,V=yt):(C=Ji,V=kt),yl(Pe(C,V),Dt(V-C)),Rt||bl(0,b)),!Rt&&!Ht&&(bl(0,0),yl(0,0))}if(Nt._x=Rt,Nt._y=Ht,n==null){if(c){if(ma!=null){let[x,T]=Et.scales;Et.values[0]=x!=null?Fe(E.ori==0?yt:kt,x):null,Et.values[1]=T!=null?Fe(E.ori==1?yt:kt,T):null}vl(Vs,l,yt,kt,Z,D,u)}if(Ri){let x=c&&Et.setSeries,T=Ie.prox;wi==null?Ze<=T&&Oe(ai,Yi,!0,x):Ze>T?Oe(null,Yi,!0,x):ai!=wi&&Oe(ai,Yi,!0,x)}}$e&&(X.idx=u,Es()),a!==!1&&It("setCursor")}let ri=null;Object.defineProperty(l,"rect",{get(){return ri==null&&$l(!1),ri}});function $l(n=!1){n?ri=null:(ri=L.getBoundingClientRect(),It("syncRect",ri))}function na(n,a,c,u,f,b,v){H._lock||si&&n!=null&&n.movementX==0&&n.movementY==0||(js(n,a,c,u,f,b,v,!1,n!=null),n!=null?_i(null,!0,!0):_i(a,!0,!1))}function js(n,a,c,u,f,b,v,x,T){if(ri==null&&$l(!1),$i(n),n!=null)c=n.clientX-ri.left,u=n.clientY-ri.top;else{if(c<0||u<0){yt=-10,kt=-10;return}let[A,C]=Et.scales,V=a.cursor.sync,[J,ot]=V.values,[at,et]=V.scales,[B,I]=Et.match,vt=a.axes[0].side%2==1,Tt=E.ori==0?Z:D,Ot=E.ori==1?Z:D,ht=vt?b:f,Lt=vt?f:b,re=vt?u:c,Yt=vt?c:u;if(at!=null?c=B(A,at)?p(J,k[A],Tt,0):-10:c=Tt*(re/ht),et!=null?u=I(C,et)?p(ot,k[C],Ot,0):-10:u=Ot*(Yt/Lt),E.ori==1){let we=c;c=u,u=we}}T&&(a==null||a.cursor.event.type==Vs)&&((c<=1||c>=Z-1)&&(c=Si(c,Z)),(u<=1||u>=D-1)&&(u=Si(u,D))),x?(Xn=c,ta=u,[Gi,Ji]=H.move(l,c,u)):(yt=c,kt=u)}const As={width:0,height:0,left:0,top:0};function Ms(){Ol(As,!1)}let aa,ra,oa,ca;function ua(n,a,c,u,f,b,v){si=!0,Rt=Ht=Nt._x=Nt._y=!1,js(n,a,c,u,f,b,v,!0,!1),n!=null&&(qt(Rs,Js,da,!1),vl(ja,l,Gi,Ji,Z,D,null));let{left:x,top:T,width:A,height:C}=$t;aa=x,ra=T,oa=A,ca=C}function da(n,a,c,u,f,b,v){si=Nt._x=Nt._y=!1,js(n,a,c,u,f,b,v,!1,!0);let{left:x,top:T,width:A,height:C}=$t,V=A>0||C>0,J=aa!=x||ra!=T||oa!=A||ca!=C;if(V&&J&&Ol($t),Nt.setScale&&V&&J){let ot=x,at=A,et=T,B=C;if(E.ori==1&&(ot=T,at=C,et=x,B=A),Rt&&ni(P,Fe(ot,P),Fe(ot+at,P)),Ht)for(let I in k){let vt=k[I];I!=P&&vt.from==null&&vt.min!=mt&&ni(I,Fe(et+B,I),Fe(et,I))}Ms()}else H.lock&&(H._lock=!H._lock,_i(a,!0,n!=null));n!=null&&(Pi(Rs,Js),vl(Rs,l,yt,kt,Z,D,null))}function Yo(n,a,c,u,f,b,v){if(H._lock)return;$i(n);let x=si;if(si){let T=!0,A=!0,C=10,V,J;E.ori==0?(V=Rt,J=Ht):(V=Ht,J=Rt),V&&J&&(T=yt<=C||yt>=Z-C,A=kt<=C||kt>=D-C),V&&T&&(yt=yt<Gi?0:Z),J&&A&&(kt=kt<Ji?0:D),_i(null,!0,!0),si=!1}yt=-10,kt=-10,ft.fill(null),_i(null,!0,!0),x&&(si=x)}function pa(n,a,c,u,f,b,v){H._lock||($i(n),fs(),Ms(),n!=null&&vl(Ca,l,yt,kt,Z,D,null))}function fa(){j.forEach(Od),ps(l.width,l.height,!0)}Ei(Kl,el,fa);const Zi={};Zi.mousedown=ua,Zi.mousemove=na,Zi.mouseup=da,Zi.dblclick=pa,Zi.setSeries=(n,a,c,u)=>{let f=Et.match[2];c=f(l,a,c),c!=-1&&Oe(c,u,!0,!1)},Jt&&(qt(ja,L,ua),qt(Vs,L,na),qt(Aa,L,n=>{$i(n),$l(!1)}),qt(Ma,L,Yo),qt(Ca,L,pa),en.add(l),l.syncRect=$l);const Fl=l.hooks=e.hooks||{};function It(n,a,c){ks?gl.push([n,a,c]):n in Fl&&Fl[n].forEach(u=>{u.call(null,l,a,c)})}(e.plugins||[]).forEach(n=>{for(let a in n.hooks)Fl[a]=(Fl[a]||[]).concat(n.hooks[a])});const ha=(n,a,c)=>c,Et=jt({key:null,setSeries:!1,filters:{pub:Ua,sub:Ua},scales:[P,_[1]?_[1].scale:null],match:[Ba,Ba,ha],values:[null,null]},H.sync);Et.match.length==2&&Et.match.push(ha),H.sync=Et;const ma=Et.key,Cs=Qr(ma);function vl(n,a,c,u,f,b,v){Et.filters.pub(n,a,c,u,f,b,v)&&Cs.pub(n,a,c,u,f,b,v)}Cs.sub(l);function Zo(n,a,c,u,f,b,v){Et.filters.sub(n,a,c,u,f,b,v)&&Zi[n](null,a,c,u,f,b,v)}l.pub=Zo;function Ko(){Cs.unsub(l),en.delete(l),hi.clear(),Zs(Kl,el,fa),m.remove(),ut?.remove(),It("destroy")}l.destroy=Ko;function Ds(){It("init",e,t),Wn(t||e.data,!1),N[P]?Ss(P,N[P]):fs(),Pl=$t.show&&($t.width>0||$t.height>0),yi=$e=!0,ps(e.width,e.height)}return _.forEach(Un),j.forEach(jo),i?i instanceof HTMLElement?(i.appendChild(m),Ds()):i(l,Ds):Ds(),l}Ut.assign=jt;Ut.fmtNum=bn;Ut.rangeNum=Ql;Ut.rangeLog=ls;Ut.rangeAsinh=mn;Ut.orient=Mi;Ut.pxRatio=ct;Ut.join=Mu;Ut.fmtDate=$n,Ut.tzDate=Nu;Ut.sync=Qr;{Ut.addGap=kd,Ut.clipGaps=as;let e=Ut.paths={points:so};e.linear=ao,e.stepped=Ld,e.bars=Ed,e.spline=Ad}const Fd='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var Nd=Object.defineProperty,ge=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&Nd(t,i,s),s};const jn=class jn extends pe{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return w`<figure role="group" aria-label=${this.label} style="margin:0">
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
    </figure>`}totalText(){const t=this.ys.reduce((i,l)=>i+l,0);return h("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const i=getComputedStyle(this),l=i.getPropertyValue("--pl-chart-color").trim()||i.getPropertyValue("--primary-color").trim()||"#03a9f4",s=i.getPropertyValue("--secondary-text-color").trim()||"#727272",r=i.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",o=`12px ${i.fontFamily||"sans-serif"}`,p=Math.max(Math.floor(t.clientWidth),200),d=this.labels,m=this.xs,$=this.formatValue,g=this.kind==="time",y=this.bucket,S=this.locale,L=g?sc(y)/2:.5,M={stroke:s,font:o,grid:{stroke:r,width:1},ticks:{stroke:r,width:1}},z=_=>g?ba(m[_]??0,y,S):d[_]??"",F={width:p,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(_,j,k)=>[j-L,k+L]},y:{range:(_,j,k)=>[0,k>0?k*1.1:1]}},axes:[g?{...M,splits:_=>lc(m,Math.max(Math.floor(_.bbox.width/devicePixelRatio/70),2)),values:(_,j)=>j.map(k=>ba(k,y,S))}:{...M,splits:()=>d.map((_,j)=>j),values:(_,j)=>j.map(k=>d[k]??""),gap:4},{...M,size:48,values:(_,j)=>j.map(k=>$(k))}],series:[{},{label:this.unit,stroke:l,fill:l,width:0,paths:Ut.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[_=>{const j=_.cursor.idx,k=j==null?void 0:this.ys[j];this.readout=k===void 0||j===null||j===void 0?"":`${z(j)}: ${$(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Ut(F,[this.xs,this.ys],t)}};jn.styles=[fe,ic(Fd),se`
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
    `];let Gt=jn;ge([U()],Gt.prototype,"kind");ge([U()],Gt.prototype,"label");ge([U()],Gt.prototype,"unit");ge([U({attribute:!1})],Gt.prototype,"xs");ge([U({attribute:!1})],Gt.prototype,"ys");ge([U({attribute:!1})],Gt.prototype,"labels");ge([U()],Gt.prototype,"bucket");ge([U()],Gt.prototype,"locale");ge([U({attribute:!1})],Gt.prototype,"formatValue");ge([U({type:Boolean})],Gt.prototype,"dark");ge([U({type:Number})],Gt.prototype,"height");ge([vr(".plot")],Gt.prototype,"plotEl");ge([pt()],Gt.prototype,"readout");he("pl-chart",Gt);var Ud=Object.defineProperty,Al=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&Ud(t,i,s),s};const An=class An extends pe{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=nc(this.matrix),i=Array.from({length:24},(d,m)=>m),l=ac(this.locale),s=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),r=d=>{const m=s.formatToParts(new Date(Date.UTC(2024,0,1,d))),$=Number(m.find(y=>y.type==="hour")?.value??d),g=m.find(y=>y.type==="dayPeriod")?.value;return g?`${$}${g.charAt(0).toLowerCase()}`:String($)},o=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),p=d=>o.format(new Date(Date.UTC(2024,0,1,d)));return w`<table aria-label=${this.label||h("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${i.map(d=>w`<th scope="col" abbr=${p(d)}>${d%3===0?r(d):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rc(this.firstWeekday).map(d=>w`<tr data-weekday=${d}>
              <th scope="row">${l[d]}</th>
              ${i.map(m=>{const $=this.matrix[d]?.[m]??0,g=h("heatmap.cell",{day:l[d],from:p(m),to:p((m+1)%24),count:$});return w`<td title=${g} data-weekday=${d} data-hour=${m} data-value=${$}>
                  ${$>0?w`<span class="shade" style=${Bs({opacity:String(.15+.85*($/t))})}></span>`:""}
                  <span class="sr-only">${$}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};An.styles=[fe,se`
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
    `];let di=An;Al([U()],di.prototype,"label");Al([U({attribute:!1})],di.prototype,"matrix");Al([U({type:Number})],di.prototype,"firstWeekday");Al([U()],di.prototype,"locale");Al([U({attribute:!1})],di.prototype,"hour12");he("pl-heatmap",di);var Bd=Object.defineProperty,Tn=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&Bd(t,i,s),s};const Mn=class Mn extends pe{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?w`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(i=>h(i)).map(i=>w`<li class="card loading"><span class="label">${i}</span><span class="value">…</span></li>`)}
      </ul>`:w`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${oc(this.summary,t).map(i=>w`<li class="card" data-kpi=${i.id}>
          <span class="label">${i.label}</span>
          <span class="value">${i.value}</span>
          ${i.sub?w`<span class="sub">${i.sub}</span>`:""}
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
    `];let rl=Mn;Tn([U({attribute:!1})],rl.prototype,"summary");Tn([U({attribute:!1})],rl.prototype,"options");Tn([U({type:Boolean})],rl.prototype,"loading");he("pl-kpis",rl);var Wd=Object.defineProperty,Ve=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&Wd(t,i,s),s};function sn(e){const t=e?.points??[],[i,l]=gc(t),s=[...t].sort((r,o)=>r.bucket<o.bucket?-1:1).map(r=>r.bucket);return{xs:i,ys:l,labels:s}}const pr=sn(void 0),Gd=[],Jd=Ws.map((e,t)=>t),Cn=class Cn extends pe{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=pr,this.hoursSeries=pr,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const i=t.get("data");(!i||i.jobs!==this.data.jobs)&&(this.jobsSeries=sn(this.data.jobs)),(!i||i.hours!==this.data.hours)&&(this.hoursSeries=sn(this.data.hours))}if(t.has("options")){const i=this.options;i&&(this.formatInt=l=>Xi(l,i),this.formatHours=l=>Xi(l,i,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return cc(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const i=++this.token,l=this.scope(),s=this.bucket;this.loading=!0,this.error="";const r=()=>i===this.token,o=$=>{r()&&(this.data={...this.data,...$})},p=[t.summary(l).then($=>o({summary:$})),t.timeseries(l,s,"jobs").then($=>o({jobs:$})),t.timeseries(l,s,"hours").then($=>o({hours:$})),t.breakdown(l,"filament_type").then($=>o({filamentType:$})),t.breakdown(l,"filament_colour").then($=>o({filamentColour:$})),t.breakdown(l,"printer").then($=>o({printer:$})),t.breakdown(l,"status").then($=>o({status:$})),this.histogram(t,l).then($=>o({histogram:$})),t.breakdown(l,"weekday_hour").then($=>o({heatmap:uc($.rows)}))],d=await Promise.allSettled(p);if(!r())return;const m=d.find($=>$.status==="rejected");m&&(this.error=We(m.reason)),this.loading=!1}async histogram(t,i){return(await Promise.all(Ws.map(s=>t.listJobs({...i,statuses:[...un],min_duration:s.min,...s.max!==void 0?{max_duration:s.max}:{},limit:1})))).map(s=>s.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=Ws.map(i=>dc(i,t))),this.binLabelsCache}change(t,i){t==="period"&&pc(i)?(this.period=i,this.bucket=fc(i)):t==="printer"?this.printer=i:t==="bucket"&&(i==="day"||i==="week"||i==="month"||i==="year")&&(this.bucket=i),this.load()}render(){const t=this.options;if(!t)return tt;const i=this.data,l=this.jobsSeries,s=this.hoursSeries,r=this.formatInt,o=this.formatHours,p=i.jobs?.bucket??this.bucket;return w`
      <div class="selectors" role="group" aria-label=${h("analytics.selection")}>
        <label
          >${h("analytics.period")}
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${hc.map(d=>w`<option value=${d.id} ?selected=${d.id===this.period}>${mc(d.id)}</option>`)}
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
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Wt(xr)} ${h("common.refresh")}</button>
      </div>
      ${this.error?w`<div class="error-banner" role="alert">
            <span>${h("analytics.load_error",{error:this.error})}</span>
          </div>`:tt}
      ${p!==this.bucket?w`<p class="bucket-note" role="status">
            ${h("analytics.bucket_note",{shown:h(`bucket_per.${p}`),bucket:h(`bucket_many.${this.bucket}`)})}
          </p>`:tt}
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
            .formatValue=${r}
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
            .items=${Nl(ya(i.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${h("analytics.filament_colour")}</h2>
          <pl-bars
            label=${h("analytics.filament_colour_label")}
            .items=${Nl(ya(i.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="printer">
          <h2>${h("analytics.success_printer")}</h2>
          <pl-bars label=${h("analytics.success_printer")} .max=${100} .items=${Nl(i.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${h("analytics.outcome")}</h2>
          <pl-bars
            label=${h("analytics.outcome")}
            .items=${Nl((i.status?.rows??[]).map(d=>({...d,label:Yl(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${h("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${h("analytics.duration_label")}
            unit=${h("analytics.unit_jobs")}
            .xs=${Jd}
            .ys=${i.histogram??Gd}
            .labels=${this.binLabels(t)}
            .formatValue=${r}
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
    `}};Cn.styles=[fe,se`
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
    `];let le=Cn;Ve([U({attribute:!1})],le.prototype,"api");Ve([U({attribute:!1})],le.prototype,"options");Ve([U({attribute:!1})],le.prototype,"printers");Ve([U({type:Boolean})],le.prototype,"dark");Ve([U({type:Boolean})],le.prototype,"active");Ve([pt()],le.prototype,"period");Ve([pt()],le.prototype,"printer");Ve([pt()],le.prototype,"bucket");Ve([pt()],le.prototype,"data");Ve([pt()],le.prototype,"loading");Ve([pt()],le.prototype,"error");he("pl-analytics-view",le);let Ln,Ns;function uo(){return Ln}function po(e){return Ns??=e.limits().then(t=>Ln=t).catch(()=>{Ns=void 0}),Ns}function fo(e,t,i,l=Ln){const s=l?.numbers[e];return s?t<s.min||t>s.max?h("form.range",{field:i,min:String(s.min),max:String(s.max)}):"":t<0?h("form.positive",{field:i}):""}const qd=4e3;class Yd{constructor(t,i){this.host=t,this.list=i,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},qd),this.changed()}async save(t,i){const l=this.host.api;if(!l)return!1;if(!Object.keys(i).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const s=await l.updateJob(t.id,i);return this.list.applyJob(s),this.notify(h("jobs.saved",{file:Ge(t.filename)})),!0}catch(s){return this.editError=We(s),this.notify(h("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,i){await this.save(t,i)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const i=this.confirmJobs.map(l=>l.id);this.deleting=!0,this.deleteError="",this.changed();try{const l=await t.deleteJobs(i),s=new Set(i);s.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(s,l),this.notify(h("jobs.deleted",{count:l}))}catch(l){this.deleteError=We(l)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const i=this.host.api;if(i){this.addBusy=!0,this.addError="",this.changed();try{const l=await i.createJob(t);this.adding=!1,this.notify(h("jobs.added",{file:Ge(l.filename)})),await this.list.reload()}catch(l){this.addError=We(l),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(bc(l))}finally{this.addBusy=!1,this.changed()}}}}const fr={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:""},ho=[{value:"",get label(){return h("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(e=>({value:e,get label(){return e==="failed"?h("filter.failed_any"):Yl(e)},statuses:e==="failed"?[...Sa]:[e]})),...Sa.map(e=>({value:`only:${e}`,get label(){return`— ${Yl(e)}`},statuses:[e]}))];function Zd(e,t){const i={};e.printer&&(i.printer_ids=[e.printer]);const l=ho.find(o=>o.value===e.status)?.statuses??[];l.length&&(i.statuses=[...l]);const s=e.since?Gs(e.since,"00:00",t):void 0;if(s&&(i.since=s),e.until){const o=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(o.getTime())){o.setUTCDate(o.getUTCDate()+1);const p=Gs(o.toISOString().slice(0,10),"00:00",t);p&&(i.until=p)}}e.q.trim()&&(i.q=e.q.trim()),e.filament.trim()&&(i.filament_type=e.filament.trim());const r=Zl(e.tags);return r.length&&(i.tags=r),i}function Kd(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),t}const nn=e=>e.target.value;function Qd(e){const{list:t,changes:i,admin:l}=e,s=t.activeFilters;return w`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${h("jobs.search")}
      aria-label=${h("jobs.search")}
      .value=${t.filters.q}
      @input=${r=>t.setFilter("q",nn(r),!0)}
    />
    <button class="btn" aria-expanded=${e.showFilters?"true":"false"} aria-controls="filters" @click=${e.toggleFilters}>
      ${Wt(Oc)} ${s?h("jobs.filters_n",{n:s}):h("jobs.filters")}
    </button>
    <span class="spacer"></span>
    ${l&&t.selected.size?w`<button class="btn danger" @click=${()=>i.askDelete(t.selectedJobs)}>
          ${Wt(cn)} ${h("jobs.delete_n",{n:t.selected.size})}
        </button>`:tt}
    ${l?w`<button class="btn primary" @click=${()=>i.openAdd()} ?disabled=${!e.printers.length}>
          ${Wt(Nc)} ${h("jobs.add")}
        </button>`:tt}
  </div>`}function Xd(e,t){const i=e.filters,l=r=>o=>e.setFilter(r,nn(o)),s=r=>o=>e.setFilter(r,nn(o),!0);return w`<div class="filters card" id="filters">
    <label
      >${h("common.printer")}
      <select name="printer" @change=${l("printer")}>
        <option value="" ?selected=${!i.printer}>${h("common.all_printers")}</option>
        ${t.map(r=>w`<option value=${r.id} ?selected=${r.id===i.printer}>${r.name}</option>`)}
      </select>
    </label>
    <label
      >${h("column.status")}
      <select name="status" @change=${l("status")}>
        ${ho.map(r=>w`<option value=${r.value} ?selected=${r.value===i.status}>${r.label}</option>`)}
      </select>
    </label>
    <label>${h("jobs.from")} <input name="since" type="date" .value=${i.since} @change=${l("since")} /></label>
    <label>${h("jobs.to")} <input name="until" type="date" .value=${i.until} @change=${l("until")} /></label>
    <label
      >${h("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${i.filament} @input=${s("filament")} />
      <datalist id="filament-types">${e.filamentTypes.map(r=>w`<option value=${r}></option>`)}</datalist>
    </label>
    <label
      >${h("jobs.tags_filter")}
      <input name="tags" .value=${i.tags} @input=${s("tags")} />
    </label>
    <button class="btn clear" @click=${()=>e.clearFilters()}>${h("jobs.clear_filters")}</button>
  </div>`}const tp=[25,50,100,200],ep=300,ip=1500,lp=["filename","printer","status"];class sp{constructor(t,i,l){this.host=t,this.timeZone=i,this.listHeld=l,this.filters={...fr},this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.selected=new Set,this.filamentTypes=[],this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return Zd(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const i=++this.listToken;this.loading=!0,this.error="",this.changed();try{const l=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(i!==this.listToken)return;this.jobs=l.jobs,this.total=l.total,this.nextCursor=l.next_cursor,this.loaded=!0}catch(l){i===this.listToken&&(this.error=We(l))}finally{i===this.listToken&&(this.loading=!1),this.changed()}}async loadSummary(){const t=this.host.api;if(!t)return;const i=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const l=await t.summary(Kd(this.params()));i===this.summaryToken&&(this.summary=l)}catch(l){i===this.summaryToken&&(this.error||=We(l))}finally{i===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const i=await t.breakdown({},"filament_type");this.filamentTypes=i.rows.map(l=>l.label??(l.key===null?"":String(l.key))).filter(l=>l).sort((l,s)=>l.localeCompare(s)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const i=this.pendingList;this.pendingList=!1,i&&!this.listHeld()&&this.loadPage(),this.loadSummary()},ip)}setFilter(t,i,l=!1){this.filters={...this.filters,[t]:i},this.changed(),clearTimeout(this.searchTimer),l?this.searchTimer=setTimeout(()=>{this.reload()},ep):this.reload()}clearFilters(){this.filters={...fr},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,i])=>t!=="q"&&i).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=lp.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(i=>i.id===t.id)?(this.jobs=this.jobs.map(i=>i.id===t.id?{...i,...np(t)}:i),this.changed(),!0):!1}dropJob(t){this.jobs.some(i=>i.id===t)&&(this.jobs=this.jobs.filter(i=>i.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,i){this.jobs=this.jobs.filter(l=>!t.has(l.id)),this.total=Math.max(this.total-i,0),this.selected=new Set([...this.selected].filter(l=>!t.has(l))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,i){const l=new Set(this.selected);i?l.add(t):l.delete(t),this.selected=l,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(i=>i.id)):new Set,this.changed()}}function np(e){const{details:t,events:i,metadata:l,...s}=e;return s}const ap=se`
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
`;const hr=(e,t,i)=>{const l=new Map;for(let s=t;s<=i;s++)l.set(e[s],s);return l},mo=yr(class extends $r{constructor(e){if(super(e),e.type!==yc.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,i){let l;i===void 0?i=t:t!==void 0&&(l=t);const s=[],r=[];let o=0;for(const p of e)s[o]=l?l(p,o):o,r[o]=i(p,o),o++;return{values:r,keys:s}}render(e,t,i){return this.dt(e,t,i).values}update(e,[t,i,l]){const s=Pc(e),{values:r,keys:o}=this.dt(t,i,l);if(!Array.isArray(s))return this.ut=o,r;const p=this.ut??=[],d=[];let m,$,g=0,y=s.length-1,S=0,L=r.length-1;for(;g<=y&&S<=L;)if(s[g]===null)g++;else if(s[y]===null)y--;else if(p[g]===o[S])d[S]=ki(s[g],r[S]),g++,S++;else if(p[y]===o[L])d[L]=ki(s[y],r[L]),y--,L--;else if(p[g]===o[L])d[L]=ki(s[g],r[L]),wl(e,d[L+1],s[g]),g++,L--;else if(p[y]===o[S])d[S]=ki(s[y],r[S]),wl(e,s[g],s[y]),y--,S++;else if(m===void 0&&(m=hr(o,S,L),$=hr(p,g,y)),m.has(p[g]))if(m.has(p[y])){const M=$.get(o[S]),z=M!==void 0?s[M]:null;if(z===null){const F=wl(e,s[g]);ki(F,r[S]),d[S]=F}else d[S]=ki(z,r[S]),wl(e,s[g],z),s[M]=null;S++}else Ps(s[y]),y--;else Ps(s[g]),g++;for(;S<=L;){const M=wl(e,d[L+1]);ki(M,r[S]),d[S++]=M}for(;g<=y;){const M=s[g++];M!==null&&Ps(M)}return this.ut=o,wr(e,d),$c}}),mr=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function rp(e){const{list:t,changes:i,admin:l}=e,s=mr.length+(l?2:0);return w`<div class="table-wrap">
    <table aria-label=${h("jobs.print_jobs")} aria-busy=${t.loading?"true":"false"} aria-rowcount=${t.total+1}>
      <thead>
        <tr>
          ${l?w`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${h("jobs.select_all")}
                  .checked=${t.allSelected}
                  @change=${r=>t.toggleAll(r.target.checked)}
                />
              </th>`:tt}
          ${mr.map(r=>op(t,r))}
          ${l?w`<th scope="col"><span class="sr-only">${h("jobs.actions")}</span></th>`:tt}
        </tr>
      </thead>
      <tbody>
        ${mo(t.jobs,r=>r.id,r=>w`${cp(e,r)}
          ${i.editingId===r.id?w`<tr class="editor-row">
                <td colspan=${s}>${yo(i,r)}</td>
              </tr>`:tt}`)}
        ${t.loaded&&!t.jobs.length?w`<tr>
              <td class="empty muted" colspan=${s}>${h("jobs.no_match")}</td>
            </tr>`:tt}
      </tbody>
    </table>
  </div>`}function op(e,t){const i=t.sort&&t.sort===e.sort,l=i?e.order==="asc"?"ascending":"descending":void 0;return w`<th scope="col" aria-sort=${l??tt}>
    ${t.sort?w`<button class="sort" @click=${()=>e.sortBy(t.sort)}>
          ${h(t.label)}<span aria-hidden="true">${i?e.order==="asc"?"▲":"▼":""}</span>
        </button>`:h(t.label)}
  </th>`}function cp(e,t){const{list:i,changes:l,admin:s,options:r}=e,o=ql(t.filament_colour);return w`<tr data-job-id=${t.id} class=${i.selected.has(t.id)?"selected":""}>
    ${s?w`<td>
          <input
            type="checkbox"
            aria-label=${h("jobs.select",{file:Ge(t.filename)})}
            .checked=${i.selected.has(t.id)}
            @change=${p=>i.toggleSelected(t.id,p.target.checked)}
          />
        </td>`:tt}
    <td>${go(l,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${rn(t.status)}</td>
    <td class="num" data-col="start" title=${tl(t.start,r)}>${tl(t.start,r,!1)}</td>
    <td class="num" data-col="print_duration">${ci(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${o?w`<span class="swatch" style=${`background:${o}`}></span>`:tt}
      ${on(t.filament_weight_g,t.filament_used_mm,r)}
      <span class="muted">${t.filament_type??""}</span>
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${t.rating}
        .subject=${Ge(t.filename)}
        ?readonly=${!s}
        ?disabled=${l.savingId===t.id}
        @value-changed=${p=>l.save(t,{rating:p.detail.value})}
      ></pl-rating>
    </td>
    <td data-col="tags">${t.tags.map(p=>w`<span class="tag">${p}</span>`)}</td>
    <td class="notes" data-col="notes" title=${t.notes??""}>
      <span>${t.failure_reason?w`<strong class="status-error">${t.failure_reason}</strong> `:tt}${t.notes??""}</span>
    </td>
    ${s?w`<td class="actions">${bo(l,t)}</td>`:tt}
  </tr>`}function go(e,t){return w`<button class="file" data-col="filename" @click=${()=>e.showJob(t.id)} aria-haspopup="dialog">
    ${es(t.filename)}
  </button>`}function bo(e,t){return w`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${h("jobs.edit",{file:Ge(t.filename)})}
      aria-expanded=${e.editingId===t.id?"true":"false"}
      @click=${()=>e.toggleEditor(t)}
    >
      ${Wt(_r)}
    </button>
    <button class="icon-btn" aria-label=${h("jobs.delete",{file:Ge(t.filename)})} @click=${()=>e.askDelete([t])}>
      ${Wt(cn)}
    </button>`}function yo(e,t){return w`<pl-job-editor
    .job=${t}
    .busy=${e.savingId===t.id}
    .error=${e.editError}
    @save=${i=>e.saveEditor(t,i.detail.changes)}
    @cancel=${()=>e.closeEditor(t.id)}
  ></pl-job-editor>`}function up(e){const{list:t,changes:i,admin:l,options:s}=e;return t.loaded&&!t.jobs.length?w`<div class="empty muted">${h("jobs.no_match")}</div>`:w`<ul class="cards" aria-label=${h("jobs.print_jobs")}>
    ${mo(t.jobs,r=>r.id,r=>w`<li class="card" data-job-id=${r.id}>
        <div class="head">${go(i,r)} ${rn(r.status)}</div>
        <div class="line">
          ${r.printer_name} · ${tl(r.start,s)} · ${ci(r.print_duration)} ·
          ${on(r.filament_weight_g,r.filament_used_mm,s)}
        </div>
        ${r.tags.length?w`<div>${r.tags.map(o=>w`<span class="tag">${o}</span>`)}</div>`:tt}
        ${r.notes?w`<div class="notes" data-col="notes">${r.notes}</div>`:tt}
        <div class="row-actions">
          <pl-rating
            .value=${r.rating}
            .subject=${Ge(r.filename)}
            ?readonly=${!l}
            @value-changed=${o=>i.save(r,{rating:o.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${l?bo(i,r):tt}
        </div>
        ${i.editingId===r.id?yo(i,r):tt}
      </li>`)}
  </ul>`}function dp(e){const t=e.page*e.limit+(e.jobs.length?1:0),i=e.page*e.limit+e.jobs.length;return w`<nav class="pager" aria-label=${h("jobs.pages")}>
    <label
      >${h("jobs.rows_per_page")}
      <select @change=${l=>e.setLimit(Number(l.target.value))}>
        ${tp.map(l=>w`<option value=${l} ?selected=${l===e.limit}>${l}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${e.total}>${h("jobs.range",{first:t,last:i,total:e.total})}</span>
    <button class="icon-btn" aria-label=${h("jobs.previous_page")} ?disabled=${e.page===0||e.loading} @click=${()=>e.prevPage()}>
      ${Wt(Rc)}
    </button>
    <button class="icon-btn" aria-label=${h("jobs.next_page")} ?disabled=${!e.nextCursor||e.loading} @click=${()=>e.nextPage()}>
      ${Wt(Hc)}
    </button>
  </nav>`}var pp=Object.defineProperty,Ml=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&pp(t,i,s),s};const Dn=class Dn extends pe{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return w`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${h("common.close")} @click=${this.close}>${Wt(Ic)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=fp(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Je(this,"closed")}};Dn.styles=[fe,se`
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
    `];let pi=Dn;Ml([U()],pi.prototype,"heading");Ml([U({type:Boolean,reflect:!0})],pi.prototype,"open");Ml([U({type:Boolean})],pi.prototype,"wide");Ml([vr("dialog")],pi.prototype,"dialog");Ml([pt()],pi.prototype,"hasActions");function fp(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}he("pl-dialog",pi);const gr=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function Gl(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function hp(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(e).filter(([s,r])=>!t.has(s)&&r!==null&&r!==""),l=s=>{const r=gr.indexOf(s);return r<0?gr.length:r};return i.sort(([s],[r])=>l(s)-l(r)||s.localeCompare(r))}function an(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function mp(e,t){const i={},l=t.notes?.trim()?t.notes:null;(e.notes||null)!==l&&(i.notes=l??""),(e.rating??null)!==t.rating&&(i.rating=t.rating);const s=t.tags;(s.length!==e.tags.length||s.some((o,p)=>o!==e.tags[p]))&&(i.tags=s);const r=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==r&&(i.failure_reason=r),(e.cost??null)!==t.cost&&(i.cost=t.cost),i}function gp(e,t,i=uo(),l=new Date){const s={};e.printer_id||(s.printer_id=h("form.choose_printer"));const r=e.filename.trim();r||(s.filename=h("form.enter_filename")),un.includes(e.status)||(s.status=h("form.choose_status"));const o=Gs(e.start_date,e.start_time||"00:00",t);if(!o)s.start=h("form.enter_start");else if(i){const _=Date.parse(o);_>l.getTime()+i.job_time.future_tolerance*1e3?s.start=h("form.start_future"):_<Date.parse(i.job_time.earliest)&&(s.start=h("form.start_before",{date:i.job_time.earliest.slice(0,10)}))}const p=(_,j,k)=>{if(!_.trim())return;const W=Number(_);if(!Number.isFinite(W)||W<0){s[j]=h("form.positive",{field:k});return}return W},d=p(e.hours,"duration",h("form.hours"))??0,m=p(e.minutes,"duration",h("form.minutes"))??0,$=p(e.filament_g,"filament_g",h("form.filament_weight")),g=p(e.filament_m,"filament_m",h("form.filament_length")),y=p(e.cost,"cost",h("kpi.cost")),S=(_,j,k,W)=>{const P=j===void 0||s[k]?"":fo(_,j,W,i);P&&(s[k]=P)};S("print_duration",d*3600+m*60,"duration",h("form.print_time_s")),S("filament_weight_g",$,"filament_g",h("form.filament_weight")),S("filament_used_mm",g===void 0?void 0:g*1e3,"filament_m",h("form.filament_length_mm")),S("cost",y,"cost",h("kpi.cost"));const L=i?.tags.max_length;if(L&&Zl(e.tags).some(_=>_.length>L)&&(s.tags=h("form.tag_length",{count:L})),Object.keys(s).length||!o)return{errors:s};const M=Math.round(d*3600+m*60),z={printer_id:e.printer_id,filename:r,status:e.status,start:o,print_duration:M};M>0&&(z.end=new Date(Date.parse(o)+M*1e3).toISOString()),$!==void 0&&(z.filament_weight_g=$),g!==void 0&&(z.filament_used_mm=g*1e3),e.filament_type.trim()&&(z.filament_type=e.filament_type.trim()),y!==void 0&&(z.cost=y);const F=Zl(e.tags);return F.length&&(z.tags=F),e.notes.trim()&&(z.notes=e.notes),e.failure_reason.trim()&&(z.failure_reason=e.failure_reason.trim()),e.rating&&(z.rating=e.rating),{job:z,errors:s}}const $o=se`
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
`;function vo(e){return w`<input
    name="cost"
    type="number"
    min="0"
    max=${uo()?.numbers.cost?.max??tt}
    step="0.01"
    inputmode="decimal"
    .value=${e.value}
    @input=${e.onInput}
    aria-invalid=${e.invalid===void 0?tt:e.invalid?"true":"false"}
    aria-describedby=${e.describedBy??tt}
  />`}function wo(e,t,i,l){return w`<div class="actions">
    ${t?w`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>Je(e,"cancel")}>${h("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${i}>${l}</button>
  </div>`}var bp=Object.defineProperty,us=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&bp(t,i,s),s};const Pn=class Pn extends pe{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const l=this.value?h("rating.rated",{n:this.value}):h("rating.none");return w`<span role="img" aria-label=${l} title=${l}
        >${[1,2,3,4,5].map(s=>w`<span class=${s<=t?"":"empty"}>${Wt(s<=t?xa:ka)}</span>`)}</span
      >`}const i=this.subject?h("rating.of",{subject:this.subject}):h("rating.rating");return w`<span role="group" aria-label=${i}
      >${[1,2,3,4,5].map(l=>w`<button
            type="button"
            class=${l<=t?"":"empty"}
            aria-label=${h("rating.stars",{count:l})}
            aria-pressed=${l===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(l)}
          >
            ${Wt(l<=t?xa:ka)}
          </button>`)}</span
    >`}choose(t){const i=t===this.value?null:t;this.value=i,Je(this,"value-changed",{value:i})}};Pn.styles=[fe,se`
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
    `];let Ai=Pn;us([U({type:Number})],Ai.prototype,"value");us([U({type:Boolean})],Ai.prototype,"readonly");us([U({type:Boolean})],Ai.prototype,"disabled");us([U()],Ai.prototype,"subject");he("pl-rating",Ai);var yp=Object.defineProperty,fi=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&yp(t,i,s),s};const zn=class zn extends pe{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return w``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return w`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
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
          .subject=${Ge(this.job.filename)}
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
        ${vo({value:this.cost,onInput:i=>this.cost=i.target.value})}
      </label>
      ${wo(this,this.error,this.busy,h("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),Je(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const i=this.cost.trim(),l=i===""?null:Number(i);if(l!==null&&(!Number.isFinite(l)||l<0)){this.error=h("form.positive",{field:h("kpi.cost")});return}const s=l===null?"":fo("cost",l,h("kpi.cost"));if(s){this.error=s;return}const r=mp(this.job,{notes:this.notes,rating:this.rating,tags:Zl(this.tags),failure_reason:this.reason,cost:l});Je(this,"save",{changes:r})}};zn.styles=[fe,$o,se`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let ze=zn;fi([U({attribute:!1})],ze.prototype,"job");fi([U({type:Boolean})],ze.prototype,"busy");fi([U()],ze.prototype,"error");fi([pt()],ze.prototype,"notes");fi([pt()],ze.prototype,"rating");fi([pt()],ze.prototype,"tags");fi([pt()],ze.prototype,"reason");fi([pt()],ze.prototype,"cost");he("pl-job-editor",ze);var $p=Object.defineProperty,Te=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&$p(t,i,s),s};const Vn=class Vn extends pe{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&po(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const l=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=l,l.has_thumbnail){this.thumbnailState="loading";try{const s=await t.thumbnail(l.id);if(i!==this.loadToken)return;s?(this.thumbnailUrl=URL.createObjectURL(s),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(l){i===this.loadToken&&(this.error=We(l))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return w`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${h("common.retry")}</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return w`<p class="muted" aria-busy="true">${h("common.loading")}</p>`;const l=ql(t.filament_colour);return w`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?w`<img src=${this.thumbnailUrl??""} alt=${h("detail.thumbnail_of",{file:Ge(t.filename)})} />`:w`<span class="muted"
                >${this.thumbnailState==="loading"?h("common.loading"):this.thumbnailState==="error"?h("detail.thumbnail_unavailable"):h("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${es(t.filename)}</div>
          <p>${rn(t.status)} <span class="muted">${br("source",t.source)}</span></p>
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
            <dd>${tl(t.start,i)}</dd>
            <dt>${h("detail.ended")}</dt>
            <dd>${tl(t.end,i)}</dd>
            <dt>${h("kpi.print_time")}</dt>
            <dd>
              ${ci(t.print_duration)}
              ${t.estimated_time?w`<span class="muted">(${h("detail.estimated",{time:ci(t.estimated_time)})})</span>`:tt}
            </dd>
            <dt>${h("detail.total_time")}</dt>
            <dd>${ci(t.total_duration)}</dd>
            ${t.pause_count?w`<dt>${h("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${ci(t.paused_duration)})</dd>`:tt}
            <dt>${h("kpi.filament")}</dt>
            <dd>
              ${l?w`<span class="swatch" style=${`background:${l}`}></span>`:tt}
              ${on(t.filament_weight_g,t.filament_used_mm,i)}
              ${t.filament_type??""}
              <span class="muted">${Xi(t.filament_used_mm/1e3,i,2)} m</span>
            </dd>
            <dt>${h("kpi.cost")}</dt>
            <dd>${vc(t.cost,i)}</dd>
            ${t.error_message?w`<dt>${h("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:tt}
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
                  <button class="btn" @click=${this.startEdit}>${Wt(_r)} ${h("common.edit")}</button>
                  <button class="btn danger" @click=${()=>Je(this,"delete-jobs",{jobs:[t]})}>
                    ${Wt(cn)} ${h("common.delete")}
                  </button>
                </div>`:tt}`}

      <h3>${h("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${h("detail.timeline")}</h3>
      ${t.events.length?w`<ol class="timeline">
            ${t.events.map(s=>w`<li>
                <strong>${br("event",s.type)}</strong>
                <span class="muted">${tl(s.at,i)}</span>
                ${s.data&&Object.keys(s.data).length?w`<div class="muted">
                      ${Object.entries(s.data).map(([r,o])=>w`<span>${an(r)}: ${Gl(o)}</span> `)}
                    </div>`:tt}
              </li>`)}
          </ol>`:w`<p class="muted">${h("detail.no_events")}</p>`}

      <h3>${h("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?w`<details>
            <summary>${h("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([s,r])=>w`<tr>
                    <th scope="row">${s}</th>
                    <td><pre>${Gl(r)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:w`<p class="muted">${h("detail.no_metadata")}</p>`}
    `}renderDetails(t){const i=hp(t.details);return i.length?w`<table>
      <tbody>
        ${i.map(([l,s])=>w`<tr>
            <th scope="row">${an(l)}</th>
            <td>${typeof s=="object"?w`<pre>${Gl(s)}</pre>`:Gl(s)}</td>
          </tr>`)}
      </tbody>
    </table>`:w`<p class="muted">${h("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const i=this.renderRoot.querySelector(".job-id code"),l=document.createRange();i&&l.selectNodeContents(i);const s=window.getSelection();s?.removeAllRanges(),s?.addRange(l),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const l=await this.api.updateJob(this.job.id,i);this.job={...this.job,...l},this.editing=!1,Je(this,"job-updated",{job:l})}catch(l){this.saveError=We(l)}finally{this.saving=!1}}};Vn.styles=[fe,se`
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
    `];let Xt=Vn;Te([U({attribute:!1})],Xt.prototype,"api");Te([U({attribute:!1})],Xt.prototype,"options");Te([U()],Xt.prototype,"jobId");Te([U({type:Boolean})],Xt.prototype,"admin");Te([pt()],Xt.prototype,"job");Te([pt()],Xt.prototype,"error");Te([pt()],Xt.prototype,"editing");Te([pt()],Xt.prototype,"saving");Te([pt()],Xt.prototype,"saveError");Te([pt()],Xt.prototype,"thumbnailUrl");Te([pt()],Xt.prototype,"thumbnailState");Te([pt()],Xt.prototype,"copied");he("pl-job-detail",Xt);function br(e,t){const i=`${e}.${t}`,l=h(i);return l===i?an(t):l}var vp=Object.defineProperty,dl=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&vp(t,i,s),s};const Rn=class Rn extends pe{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:$a(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const i={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},l={};for(const[s,r]of Object.entries(t)){const o=i[s]??s;l[o]??=`${s}: ${r}`}this.errors=l}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return i=>{this.values={...this.values,[t]:i.target.value}}}field(t){return this.errors[t]?w`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,i=l=>this.errors[l]?`err-${l}`:"";return w`<form @submit=${this.onSubmit} novalidate>
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
          ${un.map(l=>w`<option value=${l} ?selected=${l===t.status}>${Yl(l)}</option>`)}
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
            max=${$a(new Date,this.timeZone)}
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
        ${vo({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:i("cost")})}
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
      ${wo(this,this.error,this.busy,h("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:i,errors:l}=gp(this.values,this.timeZone);this.errors=l,i?Je(this,"create",{job:i}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Rn.styles=[fe,$o,se`
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
    `];let Xe=Rn;dl([U({attribute:!1})],Xe.prototype,"printers");dl([U()],Xe.prototype,"timeZone");dl([U({type:Boolean})],Xe.prototype,"busy");dl([U()],Xe.prototype,"error");dl([pt()],Xe.prototype,"values");dl([pt()],Xe.prototype,"errors");he("pl-job-form",Xe);var wp=Object.defineProperty,pl=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&wp(t,i,s),s};const Us=20,Hn=class Hn extends pe{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.list=new sp(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new Yd(this,this.list)}willUpdate(t){t.has("api")&&this.api&&(this.list.reload(),this.list.loadFilamentTypes(),po(this.api))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const i=this.list.applyJob(t.job);this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(i||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:i}=this,l=this.options?{list:t,changes:i,admin:this.admin,options:this.options}:void 0;return w`
      <section aria-label=${h("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${Qd({list:t,changes:i,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?Xd(t,this.printers):tt}
      ${t.error?w`<div class="error-banner" role="alert">
            <span>${h("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${Wt(xr)} ${h("common.retry")}</button>
          </div>`:tt}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?w`<div class="loading-bar" role="progressbar" aria-label=${h("jobs.loading")}></div>`:tt}
        ${l?this.narrow?up(l):rp(l):tt} ${dp(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${i.message?"message":"sr-only"}>${i.message}</div>
    `}renderDialogs(){const t=this.changes,i=t.confirmJobs.length;return w`
      <pl-dialog .heading=${h("jobs.delete_heading",{count:i})} .open=${i>0} @closed=${()=>t.cancelDelete()}>
        <p>${h("jobs.delete_text",{count:i})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,Us).map(l=>w`<li>${es(l.filename)} <span class="muted">(${l.printer_name})</span></li>`)}
          ${i>Us?w`<li class="muted">${h("jobs.and_more",{n:i-Us})}</li>`:tt}
        </ul>
        ${t.deleteError?w`<p class="status-error" role="alert">${t.deleteError}</p>`:tt}
        <button slot="actions" class="btn" @click=${()=>t.cancelDelete()}>${h("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${t.deleting} @click=${()=>t.confirmDelete()}>
          ${h("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${h("jobs.details")} wide .open=${!!t.detailId} @closed=${()=>t.closeJob()}>
        ${t.detailId?w`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${t.detailId}
              .admin=${this.admin}
              @job-updated=${l=>this.list.applyJob(l.detail.job)}
              @delete-jobs=${l=>t.askDelete(l.detail.jobs)}
            ></pl-job-detail>`:tt}
      </pl-dialog>
      <pl-dialog heading=${h("jobs.add_heading")} .open=${t.adding} @closed=${()=>t.closeAdd()}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.options?.timeZone}
          .busy=${t.addBusy}
          .error=${t.addError}
          @create=${l=>t.create(l.detail.job)}
          @cancel=${()=>t.closeAdd()}
        ></pl-job-form>
      </pl-dialog>
    `}};Hn.styles=[fe,ap];let ti=Hn;pl([U({attribute:!1})],ti.prototype,"api");pl([U({attribute:!1})],ti.prototype,"options");pl([U({attribute:!1})],ti.prototype,"printers");pl([U({type:Boolean})],ti.prototype,"admin");pl([U({type:Boolean,reflect:!0})],ti.prototype,"narrow");pl([pt()],ti.prototype,"showFilters");he("pl-jobs-view",ti);var _p=Object.defineProperty,xp=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&_p(t,i,s),s};const In=class In extends pe{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?w`<ul aria-label=${h("common.printers")}>
      ${this.printers.map(t=>{const i=t.current_job,l=t.online&&!!i&&(t.print_state==="printing"||t.print_state==="paused"),s=_c(t),r=xc(t);return w`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${l?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${s}</span>
          </div>
          ${i?w`<button class="file" title=${Ge(i.filename)} @click=${()=>Je(this,"show-job",{jobId:i.id})}>
                  ${es(i.filename)}
                </button>
                ${kc(i)}
                <div class="meta">
                  <span>${Sc(i)} %</span>
                  <span>${h("live.elapsed",{time:ci(i.print_duration)})}</span>
                  <span>${r!==null?h("live.left",{time:ci(r)}):""}</span>
                </div>`:w`<span class="muted">${h("live.no_job")}</span>`}
        </li>`})}
    </ul>`:w``}};In.styles=[fe,wc,se`
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
    `];let ts=In;xp([U({attribute:!1})],ts.prototype,"printers");he("pl-live-strip",ts);var kp=Object.defineProperty,ei=(e,t,i,l)=>{for(var s=void 0,r=e.length-1,o;r>=0;r--)(o=e[r])&&(s=o(t,i,s)||s);return s&&kp(t,i,s),s};const Sp="Print Log",On=class On extends pe{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new Tc}willUpdate(t){if(t.has("hass")&&this.hass){const i=this.hass.connection;i!==this.connection&&(this.connection=i,this.api=new Lc(this.hass),this.resubscribe(),this.loadPrinters());const l=t.get("hass");if(!this.options||!l||l.locale!==this.hass.locale||l.config!==this.hass.config){const s=va(this.hass);s.language===this.language?this.options=s:s.language===Ec()?(this.options=s,this.language=s.language):this.switchLanguage(s)}}}async switchLanguage(t){const i=await jc(t.language,t.numberLocale);this.hass&&va(this.hass).language!==t.language||(this.options={...t,language:i},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,i=>this.onLiveEvent(i),i=>console.warn("print_logger: live updates unavailable:",We(i)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=We(t)}}onLiveEvent(t){this.printers=Ac(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const i=this.view==="jobs"?"analytics":"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"analytics":i),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return tt;const t=!!this.hass.user?.is_admin,i=(l,s,r)=>w`<button
        role="tab"
        id=${`tab-${l}`}
        aria-selected=${this.view===l?"true":"false"}
        aria-controls=${`view-${l}`}
        aria-label=${s}
        tabindex=${this.view===l?0:-1}
        @click=${()=>this.select(l)}
      >
        ${Wt(r)}<span class="label">${s}</span>
      </button>`;return w`
      <header>
        ${this.narrow?w`<button class="icon-btn" aria-label=${h("panel.open_sidebar")} @click=${()=>Je(this,"hass-toggle-menu")}>
              ${Wt(Fc)}
            </button>`:tt}
        <h1>${this.panel?.title&&this.panel.title!==Sp?this.panel.title:h("panel.title")}</h1>
        <div role="tablist" aria-label=${h("panel.views")} @keydown=${this.onTabKey}>
          ${i("jobs",h("panel.jobs"),Uc)} ${i("analytics",h("panel.analytics"),Vc)}
        </div>
      </header>
      ${zc(this.language,w`<main>
        ${this.printersError?w`<div class="error-banner" role="alert">
              <span>${h("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${h("common.retry")}</button>
            </div>`:tt}
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
    `}};On.styles=[fe,se`
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
    `];let Se=On;ei([U({attribute:!1})],Se.prototype,"hass");ei([U({type:Boolean,reflect:!0})],Se.prototype,"narrow");ei([U({attribute:!1})],Se.prototype,"panel");ei([pt()],Se.prototype,"view");ei([pt()],Se.prototype,"printers");ei([pt()],Se.prototype,"printersError");ei([pt()],Se.prototype,"api");ei([pt()],Se.prototype,"options");ei([pt()],Se.prototype,"language");he("print-logger-panel",Se);
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
