import{y as Fo,z as Ei,B as Ho,C as Jl,h as $,a as pe,b as fe,c as he,o as ql,u as U,x as me,D as Oo,v as H,E as hr,F as Io,G as No,H as Uo,W as Bo,t as Wo,I as sn,p as Go,J as Jo,e as qe,i as qo,K as Yo,A as et,P as Zo,M as mr,N as nn,O as Ko,Q as Qo,R as Xo,S as tc,T as ec,U as ic,V as Ns,X as Yl,w as Re,s as Pe,k as Sl,m as Us,n as Xi,l as oi,q as Bs,Y as lc,Z as gr,_ as sc,j as nc,r as rc,L as ac,d as oc,f as cc,g as uc}from"./chunks/shared-CtG0IztU.js";const dc=(e,t,i)=>(i.configurable=!0,i.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,i),i);function ha(e,t){return(i,l,s)=>{const a=o=>o.renderRoot?.querySelector(e)??null;return dc(i,l,{get(){return a(this)}})}}function Il(e,t,i,l=!1){return e.map(s=>{const a=s.key===null||s.key===void 0?"":String(s.key),o=s.label||a||"Unknown",p=Number(s[t]??0);let d,h;t==="success_rate"?(d=Fo(s.success_rate,i),h=`${Ei(s.jobs,i)} jobs`):t==="filament_g"?(d=Ho(p,i,0),h=`${Ei(s.jobs,i)} jobs`):t==="hours"?d=`${Ei(p,i,1)} h`:d=Ei(p,i);const y={key:a,label:o,value:p,display:d};if(h&&(y.note=h),l){const m=Jl(a)??Jl(s.label);m&&(y.colour=m)}return y})}var pc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",fc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",hc="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",mc="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",Ws="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",gc="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",bc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",ma="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",yc="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",ga="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",br="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",yr="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",vc="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z";function Gt(e,t){return t?$`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:$`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const $c=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],vr=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],rn=$c.filter(e=>e!=="in_progress");var wc=Object.defineProperty,an=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&wc(t,i,s),s};const Sn=class Sn extends pe{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return $`<div class="empty muted">No data for this selection</div>`;const t=this.max??Math.max(...this.items.map(i=>i.value),0);return $`<ul aria-label=${this.label}>
      ${this.items.map(i=>{const l=t>0?Math.max(0,Math.min(100,i.value/t*100)):0,s=ql({width:`${l}%`,...i.colour?{background:i.colour}:{}});return $`<li data-key=${i.key} data-value=${String(i.value)}>
          <span class="name"
            >${i.colour?$`<span class="swatch" style=${ql({background:i.colour})}></span>`:""}
            <span>${i.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${i.colour?"bar coloured":"bar"} style=${s}></span></span>
          <span class="value">${i.display}${i.note?$`<span class="note">${i.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Sn.styles=[fe,he`
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
    `];let el=Sn;an([U()],el.prototype,"label");an([U({attribute:!1})],el.prototype,"items");an([U({type:Number})],el.prototype,"max");me("pl-bars",el);const xc=!0,zt="u-",_c="uplot",kc=zt+"hz",Sc=zt+"vt",Tc=zt+"title",Ec=zt+"wrap",Lc=zt+"under",Ac=zt+"over",Cc=zt+"axis",Ti=zt+"off",Mc=zt+"select",jc=zt+"cursor-x",Pc=zt+"cursor-y",Dc=zt+"cursor-pt",zc=zt+"legend",Rc=zt+"live",Vc=zt+"inline",Fc=zt+"series",Hc=zt+"marker",$r=zt+"label",Oc=zt+"value",xl="width",_l="height",vl="top",wr="bottom",Ki="left",js="right",on="#000",xr=on+"0",Ps="mousemove",_r="mousedown",Ds="mouseup",kr="mouseenter",Sr="mouseleave",Tr="dblclick",Ic="resize",Nc="scroll",Er="change",Zl="dppxchange",cn="--",al=typeof window<"u",Gs=al?document:null,tl=al?window:null,Uc=al?navigator:null;let dt,Nl;function Js(){let e=devicePixelRatio;dt!=e&&(dt=e,Nl&&Ys(Er,Nl,Js),Nl=matchMedia(`(min-resolution: ${dt-.001}dppx) and (max-resolution: ${dt+.001}dppx)`),Li(Er,Nl,Js),tl.dispatchEvent(new CustomEvent(Zl)))}function ue(e,t){if(t!=null){let i=e.classList;!i.contains(t)&&i.add(t)}}function qs(e,t){let i=e.classList;i.contains(t)&&i.remove(t)}function xt(e,t,i){e.style[t]=i+"px"}function je(e,t,i,l){let s=Gs.createElement(e);return t!=null&&ue(s,t),i?.insertBefore(s,l),s}function ke(e,t){return je("div",e,t)}const Lr=new WeakMap;function Je(e,t,i,l,s){let a="translate("+t+"px,"+i+"px)",o=Lr.get(e);a!=o&&(e.style.transform=a,Lr.set(e,a),t<0||i<0||t>l||i>s?ue(e,Ti):qs(e,Ti))}const Ar=new WeakMap;function Cr(e,t,i){let l=t+i,s=Ar.get(e);l!=s&&(Ar.set(e,l),e.style.background=t,e.style.borderColor=i)}const Mr=new WeakMap;function jr(e,t,i,l){let s=t+""+i,a=Mr.get(e);s!=a&&(Mr.set(e,s),e.style.height=i+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-i/2+"px":0)}const un={passive:!0},Bc={...un,capture:!0};function Li(e,t,i,l){t.addEventListener(e,i,l?Bc:un)}function Ys(e,t,i,l){t.removeEventListener(e,i,un)}al&&Js();function De(e,t,i,l){let s;i=i||0,l=l||t.length-1;let a=l<=2147483647;for(;l-i>1;)s=a?i+l>>1:de((i+l)/2),t[s]<e?i=s:l=s;return e-t[i]<=t[l]-e?i:l}function ba(e){return(i,l,s)=>{let a=-1,o=-1;for(let p=l;p<=s;p++)if(e(i[p])){a=p;break}for(let p=s;p>=l;p--)if(e(i[p])){o=p;break}return[a,o]}}const ya=e=>e!=null,va=e=>e!=null&&e>0,ts=ba(ya),Wc=ba(va);function Gc(e,t,i,l=0,s=!1){let a=s?Wc:ts,o=s?va:ya;[t,i]=a(e,t,i);let p=e[t],d=e[t];if(t>-1)if(l==1)p=e[t],d=e[i];else if(l==-1)p=e[i],d=e[t];else for(let h=t;h<=i;h++){let y=e[h];o(y)&&(y<p?p=y:y>d&&(d=y))}return[p??gt,d??-gt]}function es(e,t,i,l){let s=zr(e),a=zr(t);e==t&&(s==-1?(e*=i,t/=i):(e/=i,t*=i));let o=i==10?Qe:$a,p=s==1?de:Se,d=a==1?Se:de,h=p(o(Dt(e))),y=d(o(Dt(t))),m=il(i,h),b=il(i,y);return i==10&&(h<0&&(m=bt(m,-h)),y<0&&(b=bt(b,-y))),l||i==2?(e=m*s,t=b*a):(e=ka(e,m),t=is(t,b)),[e,t]}function dn(e,t,i,l){let s=es(e,t,i,l);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}const pn=.1,Pr={mode:3,pad:pn},Tl={pad:0,soft:null,mode:0},Jc={min:Tl,max:Tl};function Kl(e,t,i,l){return ls(i)?Dr(e,t,i):(Tl.pad=i,Tl.soft=l?0:null,Tl.mode=l?3:0,Dr(e,t,Jc))}function ct(e,t){return e??t}function qc(e,t,i){for(t=ct(t,0),i=ct(i,e.length-1);t<=i;){if(e[t]!=null)return!0;t++}return!1}function Dr(e,t,i){let l=i.min,s=i.max,a=ct(l.pad,0),o=ct(s.pad,0),p=ct(l.hard,-gt),d=ct(s.hard,gt),h=ct(l.soft,gt),y=ct(s.soft,-gt),m=ct(l.mode,0),b=ct(s.mode,0),k=t-e,T=Qe(k),C=Xt(Dt(e),Dt(t)),D=Qe(C),I=Dt(D-T);(k<1e-24||I>10)&&(k=0,(e==0||t==0)&&(k=1e-24,m==2&&h!=gt&&(a=0),b==2&&y!=-gt&&(o=0)));let w=k||C||1e3,L=Qe(w),_=il(10,de(L)),W=w*(k==0?e==0?.1:1:a),P=bt(ka(e-W,_/10),24),Q=e>=h&&(m==1||m==3&&P<=h||m==2&&P>=h)?h:gt,Y=Xt(p,P<Q&&e>=Q?Q:ze(Q,P)),it=w*(k==0?t==0?.1:1:o),q=bt(is(t+it,_/10),24),E=t<=y&&(b==1||b==3&&q>=y||b==2&&q<=y)?y:-gt,K=ze(d,q>E&&t<=E?E:Xt(E,q));return Y==K&&Y==0&&(K=100),[Y,K]}const Yc=new Intl.NumberFormat(al?Uc.language:"en-US"),fn=e=>Yc.format(e),ge=Math,Gl=ge.PI,Dt=ge.abs,de=ge.floor,Pt=ge.round,Se=ge.ceil,ze=ge.min,Xt=ge.max,il=ge.pow,zr=ge.sign,Qe=ge.log10,$a=ge.log2,Zc=(e,t=1)=>ge.sinh(e)*t,zs=(e,t=1)=>ge.asinh(e/t),gt=1/0;function Rr(e){return(Qe((e^e>>31)-(e>>31))|0)+1}function Zs(e,t,i){return ze(Xt(e,t),i)}function wa(e){return typeof e=="function"}function lt(e){return wa(e)?e:()=>e}const Kc=()=>{},xa=e=>e,_a=(e,t)=>t,Qc=e=>null,Vr=e=>!0,Fr=(e,t)=>e==t,Xc=/\.\d*?(?=9{6,}|0{6,})/gm,Ai=e=>{if(Ta(e)||ci.has(e))return e;const t=`${e}`,i=t.match(Xc);if(i==null)return e;let l=i[0].length-1;if(t.indexOf("e-")!=-1){let[s,a]=t.split("e");return+`${Ai(s)}e${a}`}return bt(e,l)};function ki(e,t){return Ai(bt(Ai(e/t))*t)}function is(e,t){return Ai(Se(Ai(e/t))*t)}function ka(e,t){return Ai(de(Ai(e/t))*t)}function bt(e,t=0){if(Ta(e))return e;let i=10**t,l=e*i*(1+Number.EPSILON);return Pt(l)/i}const ci=new Map;function Sa(e){return((""+e).split(".")[1]||"").length}function Ll(e,t,i,l){let s=[],a=l.map(Sa);for(let o=t;o<i;o++){let p=Dt(o),d=bt(il(e,o),p);for(let h=0;h<l.length;h++){let y=e==10?+`${l[h]}e${o}`:l[h]*d,m=(o>=0?0:p)+(o>=a[h]?0:a[h]),b=e==10?y:bt(y,m);s.push(b),ci.set(b,m)}}return s}const El={},hn=[],ll=[null,null],ai=Array.isArray,Ta=Number.isInteger,tu=e=>e===void 0;function Hr(e){return typeof e=="string"}function ls(e){let t=!1;if(e!=null){let i=e.constructor;t=i==null||i==Object}return t}function eu(e){return e!=null&&typeof e=="object"}const iu=Object.getPrototypeOf(Uint8Array),Ea="__proto__";function sl(e,t=ls){let i;if(ai(e)){let l=e.find(s=>s!=null);if(ai(l)||t(l)){i=Array(e.length);for(let s=0;s<e.length;s++)i[s]=sl(e[s],t)}else i=e.slice()}else if(e instanceof iu)i=e.slice();else if(t(e)){i={};for(let l in e)l!=Ea&&(i[l]=sl(e[l],t))}else i=e;return i}function Ct(e){let t=arguments;for(let i=1;i<t.length;i++){let l=t[i];for(let s in l)s!=Ea&&(ls(e[s])?Ct(e[s],sl(l[s])):e[s]=sl(l[s]))}return e}const lu=0,su=1,nu=2;function ru(e,t,i){for(let l=0,s,a=-1;l<t.length;l++){let o=t[l];if(o>a){for(s=o-1;s>=0&&e[s]==null;)e[s--]=null;for(s=o+1;s<i&&e[s]==null;)e[a=s++]=null}}}function au(e,t){if(uu(e)){let o=e[0].slice();for(let p=1;p<e.length;p++)o.push(...e[p].slice(1));return du(o[0])||(o=cu(o)),o}let i=new Set;for(let o=0;o<e.length;o++){let d=e[o][0],h=d.length;for(let y=0;y<h;y++)i.add(d[y])}let l=[Array.from(i).sort((o,p)=>o-p)],s=l[0].length,a=new Map;for(let o=0;o<s;o++)a.set(l[0][o],o);for(let o=0;o<e.length;o++){let p=e[o],d=p[0];for(let h=1;h<p.length;h++){let y=p[h],m=Array(s).fill(void 0),b=t?t[o][h]:su,k=[];for(let T=0;T<y.length;T++){let C=y[T],D=a.get(d[T]);C===null?b!=lu&&(m[D]=C,b==nu&&k.push(D)):m[D]=C}ru(m,k,s),l.push(m)}}return l}const ou=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function cu(e){let t=e[0],i=t.length,l=Array(i);for(let a=0;a<l.length;a++)l[a]=a;l.sort((a,o)=>t[a]-t[o]);let s=[];for(let a=0;a<e.length;a++){let o=e[a],p=Array(i);for(let d=0;d<i;d++)p[d]=o[l[d]];s.push(p)}return s}function uu(e){let t=e[0][0],i=t.length;for(let l=1;l<e.length;l++){let s=e[l][0];if(s.length!=i)return!1;if(s!=t){for(let a=0;a<i;a++)if(s[a]!=t[a])return!1}}return!0}function du(e,t=100){const i=e.length;if(i<=1)return!0;let l=0,s=i-1;for(;l<=s&&e[l]==null;)l++;for(;s>=l&&e[s]==null;)s--;if(s<=l)return!0;const a=Xt(1,de((s-l+1)/t));for(let o=e[l],p=l+a;p<=s;p+=a){const d=e[p];if(d!=null){if(d<=o)return!1;o=d}}return!0}const La=["January","February","March","April","May","June","July","August","September","October","November","December"],Aa=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ca(e){return e.slice(0,3)}const pu=Aa.map(Ca),fu=La.map(Ca),hu={MMMM:La,MMM:fu,WWWW:Aa,WWW:pu};function $l(e){return(e<10?"0":"")+e}function mu(e){return(e<10?"00":e<100?"0":"")+e}const gu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>$l(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>$l(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>$l(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>$l(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>$l(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>mu(e.getMilliseconds())};function mn(e,t){t=t||hu;let i=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(e);)i.push(s[0][0]=="{"?gu[s[1]]:s[0]);return a=>{let o="";for(let p=0;p<i.length;p++)o+=typeof i[p]=="string"?i[p]:i[p](a,t);return o}}const bu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function yu(e,t){let i;return t=="UTC"||t=="Etc/UTC"?i=new Date(+e+e.getTimezoneOffset()*6e4):t==bu?i=e:(i=new Date(e.toLocaleString("en-US",{timeZone:t})),i.setMilliseconds(e.getMilliseconds())),i}const Ma=e=>e%1==0,Ql=[1,2,2.5,5],vu=Ll(10,-32,0,Ql),ja=Ll(10,0,32,Ql),$u=ja.filter(Ma),Si=vu.concat(ja),gn=`
`,Pa="{YYYY}",Or=gn+Pa,Da="{M}/{D}",kl=gn+Da,Ul=kl+"/{YY}",za="{aa}",wu="{h}:{mm}",Qi=wu+za,Ir=gn+Qi,Nr=":{ss}",ft=null;function Ra(e){let t=e*1e3,i=t*60,l=i*60,s=l*24,a=s*30,o=s*365,d=(e==1?Ll(10,0,3,Ql).filter(Ma):Ll(10,-3,0,Ql)).concat([t,t*5,t*10,t*15,t*30,i,i*5,i*10,i*15,i*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]);const h=[[o,Pa,ft,ft,ft,ft,ft,ft,1],[s*28,"{MMM}",Or,ft,ft,ft,ft,ft,1],[s,Da,Or,ft,ft,ft,ft,ft,1],[l,"{h}"+za,Ul,ft,kl,ft,ft,ft,1],[i,Qi,Ul,ft,kl,ft,ft,ft,1],[t,Nr,Ul+" "+Qi,ft,kl+" "+Qi,ft,Ir,ft,1],[e,Nr+".{fff}",Ul+" "+Qi,ft,kl+" "+Qi,ft,Ir,ft,1]];function y(m){return(b,k,T,C,D,I)=>{let w=[],L=D>=o,_=D>=a&&D<o,W=m(T),P=bt(W*e,3),Q=Rs(W.getFullYear(),L?0:W.getMonth(),_||L?1:W.getDate()),Y=bt(Q*e,3);if(_||L){let it=_?D/a:0,q=L?D/o:0,E=P==Y?P:bt(Rs(Q.getFullYear()+q,Q.getMonth()+it,1)*e,3),K=new Date(Pt(E/e)),R=K.getFullYear(),G=K.getMonth();for(let N=0;E<=C;N++){let nt=Rs(R+q*N,G+it*N,1),O=nt-m(bt(nt*e,3));E=bt((+nt+O)*e,3),E<=C&&w.push(E)}}else{let it=D>=s?s:D,q=de(T)-de(P),E=Y+q+is(P-Y,it);w.push(E);let K=m(E),R=K.getHours()+K.getMinutes()/i+K.getSeconds()/l,G=D/l,N=b.axes[k]._space,nt=I/N;for(;E=bt(E+D,e==1?0:3),!(E>C);)if(G>1){let O=de(bt(R+G,6))%24,at=m(E).getHours()-O;at>1&&(at=-1),E-=at*l,R=(R+G)%24;let ht=w[w.length-1];bt((E-ht)/D,3)*nt>=.7&&w.push(E)}else w.push(E)}return w}}return[d,h,y]}const[xu,_u,ku]=Ra(1),[Su,Tu,Eu]=Ra(.001);Ll(2,-53,53,[1]);function Ur(e,t){return e.map(i=>i.map((l,s)=>s==0||s==8||l==null?l:t(s==1||i[8]==0?l:i[1]+l)))}function Br(e,t){return(i,l,s,a,o)=>{let p=t.find(T=>o>=T[0])||t[t.length-1],d,h,y,m,b,k;return l.map(T=>{let C=e(T),D=C.getFullYear(),I=C.getMonth(),w=C.getDate(),L=C.getHours(),_=C.getMinutes(),W=C.getSeconds(),P=D!=d&&p[2]||I!=h&&p[3]||w!=y&&p[4]||L!=m&&p[5]||_!=b&&p[6]||W!=k&&p[7]||p[1];return d=D,h=I,y=w,m=L,b=_,k=W,P(C)})}}function Lu(e,t){let i=mn(t);return(l,s,a,o,p)=>s.map(d=>i(e(d)))}function Rs(e,t,i){return new Date(e,t,i)}function Wr(e,t){return t(e)}const Au="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Gr(e,t){return(i,l,s,a)=>a==null?cn:t(e(l))}function Cu(e,t){let i=e.series[t];return i.width?i.stroke(e,t):i.points.width?i.points.stroke(e,t):null}function Mu(e,t){return e.series[t].fill(e,t)}const ju={show:!0,live:!0,isolate:!1,mount:Kc,markers:{show:!0,width:2,stroke:Cu,fill:Mu,dash:"solid"},idx:null,idxs:null,values:[]};function Pu(e,t){let i=e.cursor.points,l=ke(),s=i.size(e,t);xt(l,xl,s),xt(l,_l,s);let a=s/-2;xt(l,"marginLeft",a),xt(l,"marginTop",a);let o=i.width(e,t,s);return o&&xt(l,"borderWidth",o),l}function Du(e,t){let i=e.series[t].points;return i._fill||i._stroke}function zu(e,t){let i=e.series[t].points;return i._stroke||i._fill}function Ru(e,t){return e.series[t].points.size}const Vs=[0,0];function Vu(e,t,i){return Vs[0]=t,Vs[1]=i,Vs}function Bl(e,t,i,l=!0){return s=>{s.button==0&&(!l||s.target==t)&&i(s)}}function Fs(e,t,i,l=!0){return s=>{(!l||s.target==t)&&i(s)}}const Fu={show:!0,x:!0,y:!0,lock:!1,move:Vu,points:{one:!1,show:Pu,size:Ru,width:0,stroke:zu,fill:Du},bind:{mousedown:Bl,mouseup:Bl,click:Bl,dblclick:Bl,mousemove:Fs,mouseleave:Fs,mouseenter:Fs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,i,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Va={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},bn=Ct({},Va,{filter:_a}),Fa=Ct({},bn,{size:10}),Ha=Ct({},Va,{show:!1}),yn='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Oa="bold "+yn,Ia=1.5,Jr={show:!0,scale:"x",stroke:on,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Oa,side:2,grid:bn,ticks:Fa,border:Ha,font:yn,lineGap:Ia,rotate:0},Hu="Value",Ou="Time",qr={show:!0,scale:"x",auto:!1,sorted:1,min:gt,max:-gt,idxs:[]};function Iu(e,t,i,l,s){return t.map(a=>a==null?"":fn(a))}function Nu(e,t,i,l,s,a,o){let p=[],d=ci.get(s)||0;i=o?i:bt(is(i,s),d);for(let h=i;h<=l;h=bt(h+s,d))p.push(Object.is(h,-0)?0:h);return p}function Ks(e,t,i,l,s,a,o){const p=[],d=e.scales[e.axes[t].scale].log,h=d==10?Qe:$a,y=de(h(i));s=il(d,y),d==10&&(s=Si[De(s,Si)]);let m=i,b=s*d;d==10&&(b=Si[De(b,Si)]);do p.push(m),m=m+s,d==10&&!ci.has(m)&&(m=bt(m,ci.get(s))),m>=b&&(s=m,b=s*d,d==10&&(b=Si[De(b,Si)]));while(m<=l);return p}function Uu(e,t,i,l,s,a,o){let d=e.scales[e.axes[t].scale].asinh,h=l>d?Ks(e,t,Xt(d,i),l,s):[d],y=l>=0&&i<=0?[0]:[];return(i<-d?Ks(e,t,Xt(d,-l),-i,s):[d]).reverse().map(b=>-b).concat(y,h)}const Na=/./,Bu=/[12357]/,Wu=/[125]/,Yr=/1/,Qs=(e,t,i,l)=>e.map((s,a)=>t==4&&s==0||a%l==0&&i.test(s.toExponential()[s<0?1:0])?s:null);function Gu(e,t,i,l,s){let a=e.axes[i],o=a.scale,p=e.scales[o],d=e.valToPos,h=a._space,y=d(10,o),m=d(9,o)-y>=h?Na:d(7,o)-y>=h?Bu:d(5,o)-y>=h?Wu:Yr;if(m==Yr){let b=Dt(d(1,o)-y);if(b<h)return Qs(t.slice().reverse(),p.distr,m,Se(h/b)).reverse()}return Qs(t,p.distr,m,1)}function Ju(e,t,i,l,s){let a=e.axes[i],o=a.scale,p=a._space,d=e.valToPos,h=Dt(d(1,o)-d(2,o));return h<p?Qs(t.slice().reverse(),3,Na,Se(p/h)).reverse():t}function qu(e,t,i,l){return l==null?cn:t==null?"":fn(t)}const Zr={show:!0,scale:"y",stroke:on,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Oa,side:3,grid:bn,ticks:Fa,border:Ha,font:yn,lineGap:Ia,rotate:0};function Yu(e,t){let i=3+(e||1)*2;return bt(i*t,3)}function Zu(e,t){let{scale:i,idxs:l}=e.series[0],s=e._data[0],a=e.valToPos(s[l[0]],i,!0),o=e.valToPos(s[l[1]],i,!0),p=Dt(o-a),d=e.series[t],h=p/(d.points.space*dt);return l[1]-l[0]<=h}const Kr={scale:null,auto:!0,sorted:0,min:gt,max:-gt},Ua=(e,t,i,l,s)=>s,Qr={show:!0,auto:!0,sorted:0,gaps:Ua,alpha:1,facets:[Ct({},Kr,{scale:"x"}),Ct({},Kr,{scale:"y"})]},Xr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ua,alpha:1,points:{show:Zu,filter:null},values:null,min:gt,max:-gt,idxs:[],path:null,clip:null};function Ku(e,t,i,l,s){return i/10}const Ba={time:xc,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Qu=Ct({},Ba,{time:!1,ori:1}),ta={};function Wa(e,t){let i=ta[e];return i||(i={key:e,plots:[],sub(l){i.plots.push(l)},unsub(l){i.plots=i.plots.filter(s=>s!=l)},pub(l,s,a,o,p,d,h){for(let y=0;y<i.plots.length;y++)i.plots[y]!=s&&i.plots[y].pub(l,s,a,o,p,d,h)}},e!=null&&(ta[e]=i)),i}const nl=1,Xs=2;function Mi(e,t,i){const l=e.mode,s=e.series[t],a=l==2?e._data[t]:e._data,o=e.scales,p=e.bbox;let d=a[0],h=l==2?a[1]:a[t],y=l==2?o[s.facets[0].scale]:o[e.series[0].scale],m=l==2?o[s.facets[1].scale]:o[s.scale],b=p.left,k=p.top,T=p.width,C=p.height,D=e.valToPosH,I=e.valToPosV;return y.ori==0?i(s,d,h,y,m,D,I,b,k,T,C,ns,ol,as,Ja,Ya):i(s,d,h,y,m,I,D,k,b,C,T,rs,cl,wn,qa,Za)}function vn(e,t){let i=0,l=0,s=ct(e.bands,hn);for(let a=0;a<s.length;a++){let o=s[a];o.series[0]==t?i=o.dir:o.series[1]==t&&(o.dir==1?l|=1:l|=2)}return[i,l==1?-1:l==2?1:l==3?2:0]}function Xu(e,t,i,l,s){let a=e.mode,o=e.series[t],p=a==2?o.facets[1].scale:o.scale,d=e.scales[p];return s==-1?d.min:s==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function Xe(e,t,i,l,s,a){return Mi(e,t,(o,p,d,h,y,m,b,k,T,C,D)=>{let I=o.pxRound;const w=h.dir*(h.ori==0?1:-1),L=h.ori==0?ol:cl;let _,W;w==1?(_=i,W=l):(_=l,W=i);let P=I(m(p[_],h,C,k)),Q=I(b(d[_],y,D,T)),Y=I(m(p[W],h,C,k)),it=I(b(a==1?y.max:y.min,y,D,T)),q=new Path2D(s);return L(q,Y,it),L(q,P,it),L(q,P,Q),q})}function ss(e,t,i,l,s,a){let o=null;if(e.length>0){o=new Path2D;const p=t==0?as:wn;let d=i;for(let m=0;m<e.length;m++){let b=e[m];if(b[1]>b[0]){let k=b[0]-d;k>0&&p(o,d,l,k,l+a),d=b[1]}}let h=i+s-d,y=10;h>0&&p(o,d,l-y/2,h,l+a+y)}return o}function td(e,t,i){let l=e[e.length-1];l&&l[0]==t?l[1]=i:e.push([t,i])}function $n(e,t,i,l,s,a,o){let p=[],d=e.length;for(let h=s==1?i:l;h>=i&&h<=l;h+=s)if(t[h]===null){let m=h,b=h;if(s==1)for(;++h<=l&&t[h]===null;)b=h;else for(;--h>=i&&t[h]===null;)b=h;let k=a(e[m]),T=b==m?k:a(e[b]),C=m-s;k=o<=0&&C>=0&&C<d?a(e[C]):k;let I=b+s;T=o>=0&&I>=0&&I<d?a(e[I]):T,T>=k&&p.push([k,T])}return p}function ea(e){return e==0?xa:e==1?Pt:t=>ki(t,e)}function Ga(e){let t=e==0?ns:rs,i=e==0?(s,a,o,p,d,h)=>{s.arcTo(a,o,p,d,h)}:(s,a,o,p,d,h)=>{s.arcTo(o,a,d,p,h)},l=e==0?(s,a,o,p,d)=>{s.rect(a,o,p,d)}:(s,a,o,p,d)=>{s.rect(o,a,d,p)};return(s,a,o,p,d,h=0,y=0)=>{h==0&&y==0?l(s,a,o,p,d):(h=ze(h,p/2,d/2),y=ze(y,p/2,d/2),t(s,a+h,o),i(s,a+p,o,a+p,o+d,h),i(s,a+p,o+d,a,o+d,y),i(s,a,o+d,a,o,y),i(s,a,o,a+p,o,h),s.closePath())}}const ns=(e,t,i)=>{e.moveTo(t,i)},rs=(e,t,i)=>{e.moveTo(i,t)},ol=(e,t,i)=>{e.lineTo(t,i)},cl=(e,t,i)=>{e.lineTo(i,t)},as=Ga(0),wn=Ga(1),Ja=(e,t,i,l,s,a)=>{e.arc(t,i,l,s,a)},qa=(e,t,i,l,s,a)=>{e.arc(i,t,l,s,a)},Ya=(e,t,i,l,s,a,o)=>{e.bezierCurveTo(t,i,l,s,a,o)},Za=(e,t,i,l,s,a,o)=>{e.bezierCurveTo(i,t,s,l,o,a)};function Ka(e){return(t,i,l,s,a)=>Mi(t,i,(o,p,d,h,y,m,b,k,T,C,D)=>{let{pxRound:I,points:w}=o,L,_;h.ori==0?(L=ns,_=Ja):(L=rs,_=qa);const W=bt(w.width*dt,3);let P=(w.size-w.width)/2*dt,Q=bt(P*2,3),Y=new Path2D,it=new Path2D,{left:q,top:E,width:K,height:R}=t.bbox;as(it,q-Q,E-Q,K+Q*2,R+Q*2);const G=N=>{if(d[N]!=null){let nt=I(m(p[N],h,C,k)),O=I(b(d[N],y,D,T));L(Y,nt+P,O),_(Y,nt,O,P,0,Gl*2)}};if(a)a.forEach(G);else for(let N=l;N<=s;N++)G(N);return{stroke:W>0?Y:null,fill:Y,clip:it,flags:nl|Xs}})}function Qa(e){return(t,i,l,s,a,o)=>{l!=s&&(a!=l&&o!=l&&e(t,i,l),a!=s&&o!=s&&e(t,i,s),e(t,i,o))}}const ed=Qa(ol),id=Qa(cl);function Xa(e){const t=ct(e?.alignGaps,0);return(i,l,s,a)=>Mi(i,l,(o,p,d,h,y,m,b,k,T,C,D)=>{[s,a]=ts(d,s,a);let I=o.pxRound,w=R=>I(m(R,h,C,k)),L=R=>I(b(R,y,D,T)),_,W;h.ori==0?(_=ol,W=ed):(_=cl,W=id);const P=h.dir*(h.ori==0?1:-1),Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:nl},Y=Q.stroke;let it=!1;if(a-s>=C*4){let R=V=>i.posToVal(V,h.key,!0),G=null,N=null,nt,O,ee,_t=w(p[P==1?s:a]),at=w(p[s]),ht=w(p[a]),X=R(P==1?at+1:ht-1);for(let V=P==1?s:a;V>=s&&V<=a;V+=P){let Mt=p[V],kt=(P==1?Mt<X:Mt>X)?_t:w(Mt),pt=d[V];kt==_t?pt!=null?(O=pt,G==null?(_(Y,kt,L(O)),nt=G=N=O):O<G?G=O:O>N&&(N=O)):pt===null&&(it=!0):(G!=null&&W(Y,_t,L(G),L(N),L(nt),L(O)),pt!=null?(O=pt,_(Y,kt,L(O)),G=N=nt=O):(G=N=null,pt===null&&(it=!0)),_t=kt,X=R(_t+P))}G!=null&&G!=N&&ee!=_t&&W(Y,_t,L(G),L(N),L(nt),L(O))}else for(let R=P==1?s:a;R>=s&&R<=a;R+=P){let G=d[R];G===null?it=!0:G!=null&&_(Y,w(p[R]),L(G))}let[E,K]=vn(i,l);if(o.fill!=null||E!=0){let R=Q.fill=new Path2D(Y),G=o.fillTo(i,l,o.min,o.max,E),N=L(G),nt=w(p[s]),O=w(p[a]);P==-1&&([O,nt]=[nt,O]),_(R,O,N),_(R,nt,N)}if(!o.spanGaps){let R=[];it&&R.push(...$n(p,d,s,a,P,w,t)),Q.gaps=R=o.gaps(i,l,s,a,R),Q.clip=ss(R,h.ori,k,T,C,D)}return K!=0&&(Q.band=K==2?[Xe(i,l,s,a,Y,-1),Xe(i,l,s,a,Y,1)]:Xe(i,l,s,a,Y,K)),Q})}function ld(e){const t=ct(e.align,1),i=ct(e.ascDesc,!1),l=ct(e.alignGaps,0),s=ct(e.extend,!1);return(a,o,p,d)=>Mi(a,o,(h,y,m,b,k,T,C,D,I,w,L)=>{[p,d]=ts(m,p,d);let _=h.pxRound,{left:W,width:P}=a.bbox,Q=at=>_(T(at,b,w,D)),Y=at=>_(C(at,k,L,I)),it=b.ori==0?ol:cl;const q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:nl},E=q.stroke,K=b.dir*(b.ori==0?1:-1);let R=Y(m[K==1?p:d]),G=Q(y[K==1?p:d]),N=G,nt=G;s&&t==-1&&(nt=W,it(E,nt,R)),it(E,G,R);for(let at=K==1?p:d;at>=p&&at<=d;at+=K){let ht=m[at];if(ht==null)continue;let X=Q(y[at]),V=Y(ht);t==1?it(E,X,R):it(E,N,V),it(E,X,V),R=V,N=X}let O=N;s&&t==1&&(O=W+P,it(E,O,R));let[ee,_t]=vn(a,o);if(h.fill!=null||ee!=0){let at=q.fill=new Path2D(E),ht=h.fillTo(a,o,h.min,h.max,ee),X=Y(ht);it(at,O,X),it(at,nt,X)}if(!h.spanGaps){let at=[];at.push(...$n(y,m,p,d,K,Q,l));let ht=h.width*dt/2,X=i||t==1?ht:-ht,V=i||t==-1?-ht:ht;at.forEach(Mt=>{Mt[0]+=X,Mt[1]+=V}),q.gaps=at=h.gaps(a,o,p,d,at),q.clip=ss(at,b.ori,D,I,w,L)}return _t!=0&&(q.band=_t==2?[Xe(a,o,p,d,E,-1),Xe(a,o,p,d,E,1)]:Xe(a,o,p,d,E,_t)),q})}function ia(e,t,i,l,s,a,o=gt){if(e.length>1){let p=null;for(let d=0,h=1/0;d<e.length;d++)if(t[d]!==void 0){if(p!=null){let y=Dt(e[d]-e[p]);y<h&&(h=y,o=Dt(i(e[d],l,s,a)-i(e[p],l,s,a)))}p=d}}return o}function sd(e){e=e||El;const t=ct(e.size,[.6,gt,1]),i=e.align||0,l=e.gap||0;let s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;const a=lt(s),o=1-t[0],p=ct(t[1],gt),d=ct(t[2],1),h=ct(e.disp,El),y=ct(e.each,k=>{}),{fill:m,stroke:b}=h;return(k,T,C,D)=>Mi(k,T,(I,w,L,_,W,P,Q,Y,it,q,E)=>{let K=I.pxRound,R=i,G=l*dt,N=p*dt,nt=d*dt,O,ee;_.ori==0?[O,ee]=a(k,T):[ee,O]=a(k,T);const _t=_.dir*(_.ori==0?1:-1);let at=_.ori==0?as:wn,ht=_.ori==0?y:(j,yt,jt,zi,mi,Ie,gi)=>{y(j,yt,jt,mi,zi,gi,Ie)},X=ct(k.bands,hn).find(j=>j.series[0]==T),V=X!=null?X.dir:0,Mt=I.fillTo(k,T,I.min,I.max,V),qt=K(Q(Mt,W,E,it)),kt,pt,Ee,ne=q,Tt=K(I.width*dt),Oe=!1,Ye=null,ye=null,ei=null,ji=null;m!=null&&(Tt==0||b!=null)&&(Oe=!0,Ye=m.values(k,T,C,D),ye=new Map,new Set(Ye).forEach(j=>{j!=null&&ye.set(j,new Path2D)}),Tt>0&&(ei=b.values(k,T,C,D),ji=new Map,new Set(ei).forEach(j=>{j!=null&&ji.set(j,new Path2D)})));let{x0:Pi,size:dl}=h;if(Pi!=null&&dl!=null){R=1,w=Pi.values(k,T,C,D),Pi.unit==2&&(w=w.map(jt=>k.posToVal(Y+jt*q,_.key,!0)));let j=dl.values(k,T,C,D);dl.unit==2?pt=j[0]*q:pt=P(j[0],_,q,Y)-P(0,_,q,Y),ne=ia(w,L,P,_,q,Y,ne),Ee=ne-pt+G}else ne=ia(w,L,P,_,q,Y,ne),Ee=ne*o+G,pt=ne-Ee;Ee<1&&(Ee=0),Tt>=pt/2&&(Tt=0),Ee<5&&(K=xa);let Ml=Ee>0,fi=ne-Ee-(Ml?Tt:0);pt=K(Zs(fi,nt,N)),kt=(R==0?pt/2:R==_t?0:pt)-R*_t*((R==0?G/2:0)+(Ml?Tt/2:0));const Yt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Di=Oe?null:new Path2D;let Ze=null;if(X!=null)Ze=k.data[X.series[1]];else{let{y0:j,y1:yt}=h;j!=null&&yt!=null&&(L=yt.values(k,T,C,D),Ze=j.values(k,T,C,D))}let hi=O*pt,Z=ee*pt;for(let j=_t==1?C:D;j>=C&&j<=D;j+=_t){let yt=L[j];if(yt==null)continue;if(Ze!=null){let ie=Ze[j]??0;if(yt-ie==0)continue;qt=Q(ie,W,E,it)}let jt=_.distr!=2||h!=null?w[j]:j,zi=P(jt,_,q,Y),mi=Q(ct(yt,Mt),W,E,it),Ie=K(zi-kt),gi=K(Xt(mi,qt)),re=K(ze(mi,qt)),ve=gi-re;if(yt!=null){let ie=yt<0?Z:hi,Le=yt<0?hi:Z;Oe?(Tt>0&&ei[j]!=null&&at(ji.get(ei[j]),Ie,re+de(Tt/2),pt,Xt(0,ve-Tt),ie,Le),Ye[j]!=null&&at(ye.get(Ye[j]),Ie,re+de(Tt/2),pt,Xt(0,ve-Tt),ie,Le)):at(Di,Ie,re+de(Tt/2),pt,Xt(0,ve-Tt),ie,Le),ht(k,T,j,Ie-Tt/2,re,pt+Tt,ve)}}return Tt>0?Yt.stroke=Oe?ji:Di:Oe||(Yt._fill=I.width==0?I._fill:I._stroke??I._fill,Yt.width=0),Yt.fill=Oe?ye:Di,Yt})}function nd(e,t){const i=ct(t?.alignGaps,0);return(l,s,a,o)=>Mi(l,s,(p,d,h,y,m,b,k,T,C,D,I)=>{[a,o]=ts(h,a,o);let w=p.pxRound,L=O=>w(b(O,y,D,T)),_=O=>w(k(O,m,I,C)),W,P,Q;y.ori==0?(W=ns,Q=ol,P=Ya):(W=rs,Q=cl,P=Za);const Y=y.dir*(y.ori==0?1:-1);let it=L(d[Y==1?a:o]),q=it,E=[],K=[];for(let O=Y==1?a:o;O>=a&&O<=o;O+=Y)if(h[O]!=null){let _t=d[O],at=L(_t);E.push(q=at),K.push(_(h[O]))}const R={stroke:e(E,K,W,Q,P,w),fill:null,clip:null,band:null,gaps:null,flags:nl},G=R.stroke;let[N,nt]=vn(l,s);if(p.fill!=null||N!=0){let O=R.fill=new Path2D(G),ee=p.fillTo(l,s,p.min,p.max,N),_t=_(ee);Q(O,q,_t),Q(O,it,_t)}if(!p.spanGaps){let O=[];O.push(...$n(d,h,a,o,Y,L,i)),R.gaps=O=p.gaps(l,s,a,o,O),R.clip=ss(O,y.ori,T,C,D,I)}return nt!=0&&(R.band=nt==2?[Xe(l,s,a,o,G,-1),Xe(l,s,a,o,G,1)]:Xe(l,s,a,o,G,nt)),R})}function rd(e){return nd(ad,e)}function ad(e,t,i,l,s,a){const o=e.length;if(o<2)return null;const p=new Path2D;if(i(p,e[0],t[0]),o==2)l(p,e[1],t[1]);else{let d=Array(o),h=Array(o-1),y=Array(o-1),m=Array(o-1);for(let b=0;b<o-1;b++)y[b]=t[b+1]-t[b],m[b]=e[b+1]-e[b],h[b]=y[b]/m[b];d[0]=h[0];for(let b=1;b<o-1;b++)h[b]===0||h[b-1]===0||h[b-1]>0!=h[b]>0?d[b]=0:(d[b]=3*(m[b-1]+m[b])/((2*m[b]+m[b-1])/h[b-1]+(m[b]+2*m[b-1])/h[b]),isFinite(d[b])||(d[b]=0));d[o-1]=h[o-2];for(let b=0;b<o-1;b++)s(p,e[b]+m[b]/3,t[b]+d[b]*m[b]/3,e[b+1]-m[b]/3,t[b+1]-d[b+1]*m[b]/3,e[b+1],t[b+1])}return p}const tn=new Set;function la(){for(let e of tn)e.syncRect(!0)}al&&(Li(Ic,tl,la),Li(Nc,tl,la,!0),Li(Zl,tl,()=>{Bt.pxRatio=dt}));const od=Xa(),cd=Ka();function sa(e,t,i,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,o)=>en(a,o,t,i))}function ud(e,t){return e.map((i,l)=>l==0?{}:Ct({},t,i))}function en(e,t,i,l){return Ct({},t==0?i:l,e)}function to(e,t,i){return t==null?ll:[t,i]}const dd=to;function pd(e,t,i){return t==null?ll:Kl(t,i,pn,!0)}function eo(e,t,i,l){return t==null?ll:es(t,i,e.scales[l].log,!1)}const fd=eo;function io(e,t,i,l){return t==null?ll:dn(t,i,e.scales[l].log,!1)}const hd=io;function md(e,t,i,l,s){let a=Xt(Rr(e),Rr(t)),o=t-e,p=De(s/l*o,i);do{let d=i[p],h=l*d/o;if(h>=s&&a+(d<5?ci.get(d):0)<=17)return[d,h]}while(++p<i.length);return[0,0]}function na(e){let t,i;return e=e.replace(/(\d+)px/,(l,s)=>(t=Pt((i=+s)*dt))+"px"),[e,t,i]}function gd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let i=bt(t[2]*dt,1);t[0]=t[0].replace(/[0-9.]+px/,i+"px"),t[1]=i})}function Bt(e,t,i){const l={mode:ct(e.mode,1)},s=l.mode;function a(n,r,c,u){let f=r.valToPct(n);return u+c*(r.dir==-1?1-f:f)}function o(n,r,c,u){let f=r.valToPct(n);return u+c*(r.dir==-1?f:1-f)}function p(n,r,c,u){return r.ori==0?a(n,r,c,u):o(n,r,c,u)}l.valToPosH=a,l.valToPosV=o;let d=!1;l.status=0;const h=l.root=ke(_c);if(e.id!=null&&(h.id=e.id),ue(h,e.class),e.title){let n=ke(Tc,h);n.textContent=e.title}const y=je("canvas"),m=l.ctx=y.getContext("2d"),b=ke(Ec,h);Li("click",b,n=>{n.target===T&&(vt!=Gi||St!=Ji)&&Ut.click(l,n)},!0);const k=l.under=ke(Lc,b);b.appendChild(y);const T=l.over=ke(Ac,b);e=sl(e);const C=+ct(e.pxAlign,1),D=ea(C);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(l,e)||e)});const I=e.ms||.001,w=l.series=s==1?sa(e.series||[],qr,Xr,!1):ud(e.series||[null],Qr),L=l.axes=sa(e.axes||[],Jr,Zr,!0),_=l.scales={},W=l.bands=e.bands||[];W.forEach(n=>{n.fill=lt(n.fill||null),n.dir=ct(n.dir,-1)});const P=s==2?w[1].facets[0].scale:w[0].scale,Q={axes:_o,series:yo},Y=(e.drawOrder||["axes","series"]).map(n=>Q[n]);function it(n){const r=n.distr==3?c=>Qe(c>0?c:n.clamp(l,c,n.min,n.max,n.key)):n.distr==4?c=>zs(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=r(c),{_min:f,_max:g}=n,v=g-f;return(u-f)/v}}function q(n){let r=_[n];if(r==null){let c=(e.scales||El)[n]||El;if(c.from!=null){q(c.from);let u=Ct({},_[c.from],c,{key:n});u.valToPct=it(u),_[n]=u}else{r=_[n]=Ct({},n==P?Ba:Qu,c),r.key=n;let u=r.time,f=r.range,g=ai(f);if((n!=P||s==2&&!u)&&(g&&(f[0]==null||f[1]==null)&&(f={min:f[0]==null?Pr:{mode:1,hard:f[0],soft:f[0]},max:f[1]==null?Pr:{mode:1,hard:f[1],soft:f[1]}},g=!1),!g&&ls(f))){let v=f;f=(x,S,A)=>S==null?ll:Kl(S,A,v)}r.range=lt(f||(u?dd:n==P?r.distr==3?fd:r.distr==4?hd:to:r.distr==3?eo:r.distr==4?io:pd)),r.auto=lt(g?!1:r.auto),r.clamp=lt(r.clamp||Ku),r._min=r._max=null,r.valToPct=it(r)}}}q("x"),q("y"),s==1&&w.forEach(n=>{q(n.scale)}),L.forEach(n=>{q(n.scale)});for(let n in e.scales)q(n);const E=_[P],K=E.distr;let R,G;E.ori==0?(ue(h,kc),R=a,G=o):(ue(h,Sc),R=o,G=a);const N={};for(let n in _){let r=_[n];(r.min!=null||r.max!=null)&&(N[n]={min:r.min,max:r.max},r.min=r.max=null)}const nt=e.tzDate||(n=>new Date(Pt(n/I))),O=e.fmtDate||mn,ee=I==1?ku(nt):Eu(nt),_t=Br(nt,Ur(I==1?_u:Tu,O)),at=Gr(nt,Wr(Au,O)),ht=[],X=l.legend=Ct({},ju,e.legend),V=l.cursor=Ct({},Fu,{drag:{y:s==2}},e.cursor),Mt=X.show,qt=V.show,kt=X.markers;X.idxs=ht,kt.width=lt(kt.width),kt.dash=lt(kt.dash),kt.stroke=lt(kt.stroke),kt.fill=lt(kt.fill);let pt,Ee,ne,Tt=[],Oe=[],Ye,ye=!1,ei={};if(X.live){const n=w[1]?w[1].values:null;ye=n!=null,Ye=ye?n(l,1,0):{_:0};for(let r in Ye)ei[r]=cn}if(Mt)if(pt=je("table",zc,h),ne=je("tbody",null,pt),X.mount(l,pt),ye){Ee=je("thead",null,pt,ne);let n=je("tr",null,Ee);je("th",null,n);for(var ji in Ye)je("th",$r,n).textContent=ji}else ue(pt,Vc),X.live&&ue(pt,Rc);const Pi={show:!0},dl={show:!1};function Ml(n,r){if(r==0&&(ye||!X.live||s==2))return ll;let c=[],u=je("tr",Fc,ne,ne.childNodes[r]);ue(u,n.class),n.show||ue(u,Ti);let f=je("th",null,u);if(kt.show){let x=ke(Hc,f);if(r>0){let S=kt.width(l,r);S&&(x.style.border=S+"px "+kt.dash(l,r)+" "+kt.stroke(l,r)),x.style.background=kt.fill(l,r)}}let g=ke($r,f);n.label instanceof HTMLElement?g.appendChild(n.label):g.textContent=n.label,r>0&&(kt.show||(g.style.color=n.width>0?kt.stroke(l,r):kt.fill(l,r)),Yt("click",f,x=>{if(V._lock)return;yi(x);let S=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=X.isolate){let A=w.some((M,z)=>z>0&&z!=S&&M.show);w.forEach((M,z)=>{z>0&&Ue(z,A?z==S?Pi:dl:Pi,!0,At.setSeries)})}else Ue(S,{show:!n.show},!0,At.setSeries)},!1),Vi&&Yt(kr,f,x=>{V._lock||(yi(x),Ue(w.indexOf(n),Yi,!0,At.setSeries))},!1));for(var v in Ye){let x=je("td",Oc,u);x.textContent="--",c.push(x)}return[u,c]}const fi=new Map;function Yt(n,r,c,u=!0){const f=fi.get(r)||{},g=V.bind[n](l,r,c,u);g&&(Li(n,r,f[n]=g),fi.set(r,f))}function Di(n,r,c){const u=fi.get(r)||{};for(let f in u)(n==null||f==n)&&(Ys(f,r,u[f]),delete u[f]);n==null&&fi.delete(r)}let Ze=0,hi=0,Z=0,j=0,yt=0,jt=0,zi=yt,mi=jt,Ie=Z,gi=j,re=0,ve=0,ie=0,Le=0;l.bbox={};let cs=!1,jl=!1,Ri=!1,bi=!1,Pl=!1,$e=!1;function us(n,r,c){(c||n!=l.width||r!=l.height)&&Fn(n,r),Ni(!1),Ri=!0,jl=!0,Ui()}function Fn(n,r){l.width=Ze=Z=n,l.height=hi=j=r,yt=jt=0,uo(),po();let c=l.bbox;re=c.left=ki(yt*dt,.5),ve=c.top=ki(jt*dt,.5),ie=c.width=ki(Z*dt,.5),Le=c.height=ki(j*dt,.5)}const ao=3;function oo(){let n=!1,r=0;for(;!n;){r++;let c=wo(r),u=xo(r);n=r==ao||c&&u,n||(Fn(l.width,l.height),jl=!0)}}function co({width:n,height:r}){us(n,r)}l.setSize=co;function uo(){let n=!1,r=!1,c=!1,u=!1;L.forEach((f,g)=>{if(f.show&&f._show){let{side:v,_size:x}=f,S=v%2,A=f.label!=null?f.labelSize:0,M=x+A;M>0&&(S?(Z-=M,v==3?(yt+=M,u=!0):c=!0):(j-=M,v==0?(jt+=M,n=!0):r=!0))}}),vi[0]=n,vi[1]=c,vi[2]=r,vi[3]=u,Z-=ii[1]+ii[3],yt+=ii[3],j-=ii[2]+ii[0],jt+=ii[0]}function po(){let n=yt+Z,r=jt+j,c=yt,u=jt;function f(g,v){switch(g){case 1:return n+=v,n-v;case 2:return r+=v,r-v;case 3:return c-=v,c+v;case 0:return u-=v,u+v}}L.forEach((g,v)=>{if(g.show&&g._show){let x=g.side;g._pos=f(x,g._size),g.label!=null&&(g._lpos=f(x,g.labelSize))}})}if(V.dataIdx==null){let n=V.hover,r=n.skip=new Set(n.skip??[]);r.add(void 0);let c=n.prox=lt(n.prox),u=n.bias??=0;V.dataIdx=(f,g,v,x)=>{if(g==0)return v;let S=v,A=c(f,g,v,x)??gt,M=A>=0&&A<gt,z=E.ori==0?Z:j,J=V.left,ut=t[0],ot=t[g];if(r.has(ot[v])){S=null;let tt=null,B=null,F;if(u==0||u==-1)for(F=v;tt==null&&F-- >0;)r.has(ot[F])||(tt=F);if(u==0||u==1)for(F=v;B==null&&F++<ot.length;)r.has(ot[F])||(B=F);if(tt!=null||B!=null)if(M){let wt=tt==null?-1/0:R(ut[tt],E,z,0),Et=B==null?1/0:R(ut[B],E,z,0),It=J-wt,mt=Et-J;It<=mt?It<=A&&(S=tt):mt<=A&&(S=B)}else S=B==null?tt:tt==null?B:v-tt<=B-v?tt:B}else M&&Dt(J-R(ut[v],E,z,0))>A&&(S=null);return S}}const yi=n=>{V.event=n};V.idxs=ht,V._lock=!1;let Wt=V.points;Wt.show=lt(Wt.show),Wt.size=lt(Wt.size),Wt.stroke=lt(Wt.stroke),Wt.width=lt(Wt.width),Wt.fill=lt(Wt.fill);const Ne=l.focus=Ct({},e.focus||{alpha:.3},V.focus),Vi=Ne.prox>=0,Fi=Vi&&Wt.one;let we=[],Hi=[],Oi=[];function Hn(n,r){let c=Wt.show(l,r);if(c instanceof HTMLElement)return ue(c,Dc),ue(c,n.class),Je(c,-10,-10,Z,j),T.insertBefore(c,we[r]),c}function On(n,r){if(s==1||r>0){let c=s==1&&_[n.scale].time,u=n.value;n.value=c?Hr(u)?Gr(nt,Wr(u,O)):u||at:u||qu,n.label=n.label||(c?Ou:Hu)}if(Fi||r>0){n.width=n.width==null?1:n.width,n.paths=n.paths||od||Qc,n.fillTo=lt(n.fillTo||Xu),n.pxAlign=+ct(n.pxAlign,C),n.pxRound=ea(n.pxAlign),n.stroke=lt(n.stroke||null),n.fill=lt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=Yu(Xt(1,n.width),1),u=n.points=Ct({},{size:c,width:Xt(1,c*.2),stroke:n.stroke,space:c*2,paths:cd,_stroke:null,_fill:null},n.points);u.show=lt(u.show),u.filter=lt(u.filter),u.fill=lt(u.fill),u.stroke=lt(u.stroke),u.paths=lt(u.paths),u.pxAlign=n.pxAlign}if(Mt){let c=Ml(n,r);Tt.splice(r,0,c[0]),Oe.splice(r,0,c[1]),X.values.push(null)}if(qt){ht.splice(r,0,null);let c=null;Fi?r==0&&(c=Hn(n,r)):r>0&&(c=Hn(n,r)),we.splice(r,0,c),Hi.splice(r,0,0),Oi.splice(r,0,0)}Ot("addSeries",r)}function fo(n,r){r=r??w.length,n=s==1?en(n,r,qr,Xr):en(n,r,{},Qr),w.splice(r,0,n),On(w[r],r)}l.addSeries=fo;function ho(n){if(w.splice(n,1),Mt){X.values.splice(n,1),Oe.splice(n,1);let r=Tt.splice(n,1)[0];Di(null,r.firstChild),r.remove()}qt&&(ht.splice(n,1),we.splice(n,1)[0].remove(),Hi.splice(n,1),Oi.splice(n,1)),Ot("delSeries",n)}l.delSeries=ho;const vi=[!1,!1,!1,!1];function mo(n,r){if(n._show=n.show,n.show){let c=n.side%2,u=_[n.scale];u==null&&(n.scale=c?w[1].scale:P,u=_[n.scale]);let f=u.time;n.size=lt(n.size),n.space=lt(n.space),n.rotate=lt(n.rotate),ai(n.incrs)&&n.incrs.forEach(v=>{!ci.has(v)&&ci.set(v,Sa(v))}),n.incrs=lt(n.incrs||(u.distr==2?$u:f?I==1?xu:Su:Si)),n.splits=lt(n.splits||(f&&u.distr==1?ee:u.distr==3?Ks:u.distr==4?Uu:Nu)),n.stroke=lt(n.stroke),n.grid.stroke=lt(n.grid.stroke),n.ticks.stroke=lt(n.ticks.stroke),n.border.stroke=lt(n.border.stroke);let g=n.values;n.values=ai(g)&&!ai(g[0])?lt(g):f?ai(g)?Br(nt,Ur(g,O)):Hr(g)?Lu(nt,g):g||_t:g||Iu,n.filter=lt(n.filter||(u.distr>=3&&u.log==10?Gu:u.distr==3&&u.log==2?Ju:_a)),n.font=na(n.font),n.labelFont=na(n.labelFont),n._size=n.size(l,null,r,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(vi[r]=!0,n._el=ke(Cc,b))}}function pl(n,r,c,u){let[f,g,v,x]=c,S=r%2,A=0;return S==0&&(x||g)&&(A=r==0&&!f||r==2&&!v?Pt(Jr.size/3):0),S==1&&(f||v)&&(A=r==1&&!g||r==3&&!x?Pt(Zr.size/2):0),A}const In=l.padding=(e.padding||[pl,pl,pl,pl]).map(n=>lt(ct(n,pl))),ii=l._padding=In.map((n,r)=>n(l,r,vi,0));let Nt,Rt=null,Vt=null;const Dl=s==1?w[0].idxs:null;let Ae=null,fl=!1;function Nn(n,r){if(t=n??[],l.data=l._data=t,s==2){Nt=0;for(let c=1;c<w.length;c++)Nt+=t[c][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),Ae=t[0],Nt=Ae.length;let c=t;if(K==2){c=t.slice();let u=c[0]=Array(Nt);for(let f=0;f<Nt;f++)u[f]=f}l._data=t=c}if(Ni(!0),Ot("setData"),K==2&&(Ri=!0),r!==!1){let c=E;c.auto(l,fl)?ds():si(P,c.min,c.max),bi=bi||V.left>=0,$e=!0,Ui()}}l.setData=Nn;function ds(){fl=!0;let n,r;s==1&&(Nt>0?(Rt=Dl[0]=0,Vt=Dl[1]=Nt-1,n=t[0][Rt],r=t[0][Vt],K==2?(n=Rt,r=Vt):n==r&&(K==3?[n,r]=es(n,n,E.log,!1):K==4?[n,r]=dn(n,n,E.log,!1):E.time?r=n+Pt(86400/I):[n,r]=Kl(n,r,pn,!0))):(Rt=Dl[0]=n=null,Vt=Dl[1]=r=null)),si(P,n,r)}let zl,Ii,ps,fs,hs,ms,gs,bs,ys,le;function Un(n,r,c,u,f,g){n??=xr,c??=hn,u??="butt",f??=xr,g??="round",n!=zl&&(m.strokeStyle=zl=n),f!=Ii&&(m.fillStyle=Ii=f),r!=ps&&(m.lineWidth=ps=r),g!=hs&&(m.lineJoin=hs=g),u!=ms&&(m.lineCap=ms=u),c!=fs&&m.setLineDash(fs=c)}function Bn(n,r,c,u){r!=Ii&&(m.fillStyle=Ii=r),n!=gs&&(m.font=gs=n),c!=bs&&(m.textAlign=bs=c),u!=ys&&(m.textBaseline=ys=u)}function vs(n,r,c,u,f=0){if(u.length>0&&n.auto(l,fl)&&(r==null||r.min==null)){let g=ct(Rt,0),v=ct(Vt,u.length-1),x=c.min==null?Gc(u,g,v,f,n.distr==3):[c.min,c.max];n.min=ze(n.min,c.min=x[0]),n.max=Xt(n.max,c.max=x[1])}}const Wn={min:null,max:null};function go(){for(let u in _){let f=_[u];N[u]==null&&(f.min==null||N[P]!=null&&f.auto(l,fl))&&(N[u]=Wn)}for(let u in _){let f=_[u];N[u]==null&&f.from!=null&&N[f.from]!=null&&(N[u]=Wn)}N[P]!=null&&Ni(!0);let n={};for(let u in N){let f=N[u];if(f!=null){let g=n[u]=sl(_[u],eu);if(f.min!=null)Ct(g,f);else if(u!=P||s==2)if(Nt==0&&g.from==null){let v=g.range(l,null,null,u);g.min=v[0],g.max=v[1]}else g.min=gt,g.max=-gt}}if(Nt>0){w.forEach((u,f)=>{if(s==1){let g=u.scale,v=N[g];if(v==null)return;let x=n[g];if(f==0){let S=x.range(l,x.min,x.max,g);x.min=S[0],x.max=S[1],Rt=De(x.min,t[0]),Vt=De(x.max,t[0]),Vt-Rt>1&&(t[0][Rt]<x.min&&Rt++,t[0][Vt]>x.max&&Vt--),u.min=Ae[Rt],u.max=Ae[Vt]}else u.show&&u.auto&&vs(x,v,u,t[f],u.sorted);u.idxs[0]=Rt,u.idxs[1]=Vt}else if(f>0&&u.show&&u.auto){let[g,v]=u.facets,x=g.scale,S=v.scale,[A,M]=t[f],z=n[x],J=n[S];z!=null&&vs(z,N[x],g,A,g.sorted),J!=null&&vs(J,N[S],v,M,v.sorted),u.min=v.min,u.max=v.max}});for(let u in n){let f=n[u],g=N[u];if(f.from==null&&(g==null||g.min==null)){let v=f.range(l,f.min==gt?null:f.min,f.max==-gt?null:f.max,u);f.min=v[0],f.max=v[1]}}}for(let u in n){let f=n[u];if(f.from!=null){let g=n[f.from];if(g.min==null)f.min=f.max=null;else{let v=f.range(l,g.min,g.max,u);f.min=v[0],f.max=v[1]}}}let r={},c=!1;for(let u in n){let f=n[u],g=_[u];if(g.min!=f.min||g.max!=f.max){g.min=f.min,g.max=f.max;let v=g.distr;g._min=v==3?Qe(g.min):v==4?zs(g.min,g.asinh):v==100?g.fwd(g.min):g.min,g._max=v==3?Qe(g.max):v==4?zs(g.max,g.asinh):v==100?g.fwd(g.max):g.max,r[u]=c=!0}}if(c){w.forEach((u,f)=>{s==2?f>0&&r.y&&(u._paths=null):r[u.scale]&&(u._paths=null)});for(let u in r)Ri=!0,Ot("setScale",u);qt&&V.left>=0&&(bi=$e=!0)}for(let u in N)N[u]=null}function bo(n){let r=Zs(Rt-1,0,Nt-1),c=Zs(Vt+1,0,Nt-1);for(;n[r]==null&&r>0;)r--;for(;n[c]==null&&c<Nt-1;)c++;return[r,c]}function yo(){if(Nt>0){let n=w.some(r=>r._focus)&&le!=Ne.alpha;n&&(m.globalAlpha=le=Ne.alpha),w.forEach((r,c)=>{if(c>0&&r.show&&(Gn(c,!1),Gn(c,!0),r._paths==null)){let u=le;le!=r.alpha&&(m.globalAlpha=le=r.alpha);let f=s==2?[0,t[c][0].length-1]:bo(t[c]);r._paths=r.paths(l,c,f[0],f[1]),le!=u&&(m.globalAlpha=le=u)}}),w.forEach((r,c)=>{if(c>0&&r.show){let u=le;le!=r.alpha&&(m.globalAlpha=le=r.alpha),r._paths!=null&&Jn(c,!1);{let f=r._paths!=null?r._paths.gaps:null,g=r.points.show(l,c,Rt,Vt,f),v=r.points.filter(l,c,g,f);(g||v)&&(r.points._paths=r.points.paths(l,c,Rt,Vt,v),Jn(c,!0))}le!=u&&(m.globalAlpha=le=u),Ot("drawSeries",c)}}),n&&(m.globalAlpha=le=1)}}function Gn(n,r){let c=r?w[n].points:w[n];c._stroke=c.stroke(l,n),c._fill=c.fill(l,n)}function Jn(n,r){let c=r?w[n].points:w[n],{stroke:u,fill:f,clip:g,flags:v,_stroke:x=c._stroke,_fill:S=c._fill,_width:A=c.width}=c._paths;A=bt(A*dt,3);let M=null,z=A%2/2;r&&S==null&&(S=A>0?"#fff":x);let J=c.pxAlign==1&&z>0;if(J&&m.translate(z,z),!r){let ut=re-A/2,ot=ve-A/2,tt=ie+A,B=Le+A;M=new Path2D,M.rect(ut,ot,tt,B)}r?$s(x,A,c.dash,c.cap,S,u,f,v,g):vo(n,x,A,c.dash,c.cap,S,u,f,v,M,g),J&&m.translate(-z,-z)}function vo(n,r,c,u,f,g,v,x,S,A,M){let z=!1;S!=0&&W.forEach((J,ut)=>{if(J.series[0]==n){let ot=w[J.series[1]],tt=t[J.series[1]],B=(ot._paths||El).band;ai(B)&&(B=J.dir==1?B[0]:B[1]);let F,wt=null;ot.show&&B&&qc(tt,Rt,Vt)?(wt=J.fill(l,ut)||g,F=ot._paths.clip):B=null,$s(r,c,u,f,wt,v,x,S,A,M,F,B),z=!0}}),z||$s(r,c,u,f,g,v,x,S,A,M)}const qn=nl|Xs;function $s(n,r,c,u,f,g,v,x,S,A,M,z){Un(n,r,c,u,f),(S||A||z)&&(m.save(),S&&m.clip(S),A&&m.clip(A)),z?(x&qn)==qn?(m.clip(z),M&&m.clip(M),Vl(f,v),Rl(n,g,r)):x&Xs?(Vl(f,v),m.clip(z),Rl(n,g,r)):x&nl&&(m.save(),m.clip(z),M&&m.clip(M),Vl(f,v),m.restore(),Rl(n,g,r)):(Vl(f,v),Rl(n,g,r)),(S||A||z)&&m.restore()}function Rl(n,r,c){c>0&&(r instanceof Map?r.forEach((u,f)=>{m.strokeStyle=zl=f,m.stroke(u)}):r!=null&&n&&m.stroke(r))}function Vl(n,r){r instanceof Map?r.forEach((c,u)=>{m.fillStyle=Ii=u,m.fill(c)}):r!=null&&n&&m.fill(r)}function $o(n,r,c,u){let f=L[n],g;if(u<=0)g=[0,0];else{let v=f._space=f.space(l,n,r,c,u),x=f._incrs=f.incrs(l,n,r,c,u,v);g=md(r,c,x,u,v)}return f._found=g}function ws(n,r,c,u,f,g,v,x,S,A){let M=v%2/2;C==1&&m.translate(M,M),Un(x,v,S,A,x),m.beginPath();let z,J,ut,ot,tt=f+(u==0||u==3?-g:g);c==0?(J=f,ot=tt):(z=f,ut=tt);for(let B=0;B<n.length;B++)r[B]!=null&&(c==0?z=ut=n[B]:J=ot=n[B],m.moveTo(z,J),m.lineTo(ut,ot));m.stroke(),C==1&&m.translate(-M,-M)}function wo(n){let r=!0;return L.forEach((c,u)=>{if(!c.show)return;let f=_[c.scale];if(f.min==null){c._show&&(r=!1,c._show=!1,Ni(!1));return}else c._show||(r=!1,c._show=!0,Ni(!1));let g=c.side,v=g%2,{min:x,max:S}=f,[A,M]=$o(u,x,S,v==0?Z:j);if(M==0)return;let z=f.distr==2,J=c._splits=c.splits(l,u,x,S,A,M,z),ut=f.distr==2?J.map(F=>Ae[F]):J,ot=f.distr==2?Ae[J[1]]-Ae[J[0]]:A,tt=c._values=c.values(l,c.filter(l,ut,u,M,ot),u,M,ot);c._rotate=g==2?c.rotate(l,tt,u,M):0;let B=c._size;c._size=Se(c.size(l,tt,u,n)),B!=null&&c._size!=B&&(r=!1)}),r}function xo(n){let r=!0;return In.forEach((c,u)=>{let f=c(l,u,vi,n);f!=ii[u]&&(r=!1),ii[u]=f}),r}function _o(){for(let n=0;n<L.length;n++){let r=L[n];if(!r.show||!r._show)continue;let c=r.side,u=c%2,f,g,v=r.stroke(l,n),x=c==0||c==3?-1:1,[S,A]=r._found;if(r.label!=null){let Kt=r.labelGap*x,ce=Pt((r._lpos+Kt)*dt);Bn(r.labelFont[0],v,"center",c==2?vl:wr),m.save(),u==1?(f=g=0,m.translate(ce,Pt(ve+Le/2)),m.rotate((c==3?-Gl:Gl)/2)):(f=Pt(re+ie/2),g=ce);let xi=wa(r.label)?r.label(l,n,S,A):r.label;m.fillText(xi,f,g),m.restore()}if(A==0)continue;let M=_[r.scale],z=u==0?ie:Le,J=u==0?re:ve,ut=r._splits,ot=M.distr==2?ut.map(Kt=>Ae[Kt]):ut,tt=M.distr==2?Ae[ut[1]]-Ae[ut[0]]:S,B=r.ticks,F=r.border,wt=B.show?B.size:0,Et=Pt(wt*dt),It=Pt((r.alignTo==2?r._size-wt-r.gap:r.gap)*dt),mt=r._rotate*-Gl/180,Lt=D(r._pos*dt),ae=(Et+It)*x,Zt=Lt+ae;g=u==0?Zt:0,f=u==1?Zt:0;let xe=r.font[0],Ce=r.align==1?Ki:r.align==2?js:mt>0?Ki:mt<0?js:u==0?"center":c==3?js:Ki,We=mt||u==1?"middle":c==2?vl:wr;Bn(xe,v,Ce,We);let oe=r.font[1]*r.lineGap,_e=ut.map(Kt=>D(p(Kt,M,z,J))),Me=r._values;for(let Kt=0;Kt<Me.length;Kt++){let ce=Me[Kt];if(ce!=null){u==0?f=_e[Kt]:g=_e[Kt],ce=""+ce;let xi=ce.indexOf(`
`)==-1?[ce]:ce.split(/\n/gm);for(let Qt=0;Qt<xi.length;Qt++){let fr=xi[Qt];mt?(m.save(),m.translate(f,g+Qt*oe),m.rotate(mt),m.fillText(fr,0,0),m.restore()):m.fillText(fr,f,g+Qt*oe)}}}B.show&&ws(_e,B.filter(l,ot,n,A,tt),u,c,Lt,Et,bt(B.width*dt,3),B.stroke(l,n),B.dash,B.cap);let Ge=r.grid;Ge.show&&ws(_e,Ge.filter(l,ot,n,A,tt),u,u==0?2:1,u==0?ve:re,u==0?Le:ie,bt(Ge.width*dt,3),Ge.stroke(l,n),Ge.dash,Ge.cap),F.show&&ws([Lt],[1],u==0?1:0,u==0?1:2,u==1?ve:re,u==1?Le:ie,bt(F.width*dt,3),F.stroke(l,n),F.dash,F.cap)}Ot("drawAxes")}function Ni(n){w.forEach((r,c)=>{c>0&&(r._paths=null,n&&(s==1?(r.min=null,r.max=null):r.facets.forEach(u=>{u.min=null,u.max=null})))})}let Fl=!1,xs=!1,hl=[];function ko(){xs=!1;for(let n=0;n<hl.length;n++)Ot(...hl[n]);hl.length=0}function Ui(){Fl||(ou(Yn),Fl=!0)}function So(n,r=!1){Fl=!0,xs=r,n(l),Yn(),r&&hl.length>0&&queueMicrotask(ko)}l.batch=So;function Yn(){if(cs&&(go(),cs=!1),Ri&&(oo(),Ri=!1),jl){if(xt(k,Ki,yt),xt(k,vl,jt),xt(k,xl,Z),xt(k,_l,j),xt(T,Ki,yt),xt(T,vl,jt),xt(T,xl,Z),xt(T,_l,j),xt(b,xl,Ze),xt(b,_l,hi),y.width=Pt(Ze*dt),y.height=Pt(hi*dt),L.forEach(({_el:n,_show:r,_size:c,_pos:u,side:f})=>{if(n!=null)if(r){let g=f===3||f===0?c:0,v=f%2==1;xt(n,v?"left":"top",u-g),xt(n,v?"width":"height",c),xt(n,v?"top":"left",v?jt:yt),xt(n,v?"height":"width",v?j:Z),qs(n,Ti)}else ue(n,Ti)}),zl=Ii=ps=hs=ms=gs=bs=ys=fs=null,le=1,bl(!0),yt!=zi||jt!=mi||Z!=Ie||j!=gi){Ni(!1);let n=Z/Ie,r=j/gi;if(qt&&!bi&&V.left>=0){V.left*=n,V.top*=r,Bi&&Je(Bi,Pt(V.left),0,Z,j),Wi&&Je(Wi,0,Pt(V.top),Z,j);for(let c=0;c<we.length;c++){let u=we[c];u!=null&&(Hi[c]*=n,Oi[c]*=r,Je(u,Se(Hi[c]),Se(Oi[c]),Z,j))}}if($t.show&&!Pl&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=r,$t.height*=r;for(let c in Ls)xt(qi,c,$t[c])}zi=yt,mi=jt,Ie=Z,gi=j}Ot("setSize"),jl=!1}Ze>0&&hi>0&&(m.clearRect(0,0,y.width,y.height),Ot("drawClear"),Y.forEach(n=>n()),Ot("draw")),$t.show&&Pl&&(Hl($t),Pl=!1),qt&&bi&&(wi(null,!0,!1),bi=!1),X.show&&X.live&&$e&&(Ts(),$e=!1),d||(d=!0,l.status=1,Ot("ready")),fl=!1,Fl=!1}l.redraw=(n,r)=>{Ri=r||!1,n!==!1?si(P,E.min,E.max):Ui()};function _s(n,r){let c=_[n];if(c.from==null){if(Nt==0){let u=c.range(l,r.min,r.max,n);r.min=u[0],r.max=u[1]}if(r.min>r.max){let u=r.min;r.min=r.max,r.max=u}if(Nt>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;n==P&&c.distr==2&&Nt>0&&(r.min=De(r.min,t[0]),r.max=De(r.max,t[0]),r.min==r.max&&r.max++),N[n]=r,cs=!0,Ui()}}l.setScale=_s;let ks,Ss,Bi,Wi,Zn,Kn,Gi,Ji,Qn,Xn,vt,St,li=!1;const Ut=V.drag;let Ft=Ut.x,Ht=Ut.y;qt&&(V.x&&(ks=ke(jc,T)),V.y&&(Ss=ke(Pc,T)),E.ori==0?(Bi=ks,Wi=Ss):(Bi=Ss,Wi=ks),vt=V.left,St=V.top);const $t=l.select=Ct({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),qi=$t.show?ke(Mc,$t.over?T:k):null;function Hl(n,r){if($t.show){for(let c in n)$t[c]=n[c],c in Ls&&xt(qi,c,n[c]);r!==!1&&Ot("setSelect")}}l.setSelect=Hl;function To(n){if(w[n].show)Mt&&qs(Tt[n],Ti);else if(Mt&&ue(Tt[n],Ti),qt){let c=Fi?we[0]:we[n];c!=null&&Je(c,-10,-10,Z,j)}}function si(n,r,c){_s(n,{min:r,max:c})}function Ue(n,r,c,u){r.focus!=null&&Mo(n),r.show!=null&&w.forEach((f,g)=>{g>0&&(n==g||n==null)&&(f.show=r.show,To(g),s==2?(si(f.facets[0].scale,null,null),si(f.facets[1].scale,null,null)):si(f.scale,null,null),Ui())}),c!==!1&&Ot("setSeries",n,r),u&&yl("setSeries",l,n,r)}l.setSeries=Ue;function Eo(n,r){Ct(W[n],r)}function Lo(n,r){n.fill=lt(n.fill||null),n.dir=ct(n.dir,-1),r=r??W.length,W.splice(r,0,n)}function Ao(n){n==null?W.length=0:W.splice(n,1)}l.addBand=Lo,l.setBand=Eo,l.delBand=Ao;function Co(n,r){w[n].alpha=r,qt&&we[n]!=null&&(we[n].style.opacity=r),Mt&&Tt[n]&&(Tt[n].style.opacity=r)}let Ke,ni,$i;const Yi={focus:!0};function Mo(n){if(n!=$i){let r=n==null,c=Ne.alpha!=1;w.forEach((u,f)=>{if(s==1||f>0){let g=r||f==0||f==n;u._focus=r?null:g,c&&Co(f,g?1:Ne.alpha)}}),$i=n,c&&Ui()}}Mt&&Vi&&Yt(Sr,pt,n=>{V._lock||(yi(n),$i!=null&&Ue(null,Yi,!0,At.setSeries))});function Be(n,r,c){let u=_[r];c&&(n=n/dt-(u.ori==1?jt:yt));let f=Z;u.ori==1&&(f=j,n=f-n),u.dir==-1&&(n=f-n);let g=u._min,v=u._max,x=n/f,S=g+(v-g)*x,A=u.distr;return A==3?il(10,S):A==4?Zc(S,u.asinh):A==100?u.bwd(S):S}function jo(n,r){let c=Be(n,P,r);return De(c,t[0],Rt,Vt)}l.valToIdx=n=>De(n,t[0]),l.posToIdx=jo,l.posToVal=Be,l.valToPos=(n,r,c)=>_[r].ori==0?a(n,_[r],c?ie:Z,c?re:0):o(n,_[r],c?Le:j,c?ve:0),l.setCursor=(n,r,c)=>{vt=n.left,St=n.top,wi(null,r,c)};function tr(n,r){xt(qi,Ki,$t.left=n),xt(qi,xl,$t.width=r)}function er(n,r){xt(qi,vl,$t.top=n),xt(qi,_l,$t.height=r)}let ml=E.ori==0?tr:er,gl=E.ori==1?tr:er;function Po(){if(Mt&&X.live)for(let n=s==2?1:0;n<w.length;n++){if(n==0&&ye)continue;let r=X.values[n],c=0;for(let u in r)Oe[n][c++].firstChild.nodeValue=r[u]}}function Ts(n,r){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ht[u]=c}):tu(n.idx)||ht.fill(n.idx),X.idx=ht[0]),Mt&&X.live){for(let c=0;c<w.length;c++)(c>0||s==1&&!ye)&&Do(c,ht[c]);Po()}$e=!1,r!==!1&&Ot("setLegend")}l.setLegend=Ts;function Do(n,r){let c=w[n],u=n==0&&K==2?Ae:t[n],f;ye?f=c.values(l,n,r)??ei:(f=c.value(l,r==null?null:u[r],n,r),f=f==null?ei:{_:f}),X.values[n]=f}function wi(n,r,c){Qn=vt,Xn=St,[vt,St]=V.move(l,vt,St),V.left=vt,V.top=St,qt&&(Bi&&Je(Bi,Pt(vt),0,Z,j),Wi&&Je(Wi,0,Pt(St),Z,j));let u,f=Rt>Vt;Ke=gt,ni=null;let g=E.ori==0?Z:j,v=E.ori==1?Z:j;if(vt<0||Nt==0||f){u=V.idx=null;for(let x=0;x<w.length;x++){let S=we[x];S!=null&&Je(S,-10,-10,Z,j)}Vi&&Ue(null,Yi,!0,n==null&&At.setSeries),X.live&&(ht.fill(u),$e=!0)}else{let x,S,A;s==1&&(x=E.ori==0?vt:St,S=Be(x,P),u=V.idx=De(S,t[0],Rt,Vt),A=R(t[0][u],E,g,0));let M=-10,z=-10,J=0,ut=0,ot=!0,tt="",B="";for(let F=s==2?1:0;F<w.length;F++){let wt=w[F],Et=ht[F],It=Et==null?null:s==1?t[F][Et]:t[F][1][Et],mt=V.dataIdx(l,F,u,S),Lt=mt==null?null:s==1?t[F][mt]:t[F][1][mt];if($e=$e||Lt!=It||mt!=Et,ht[F]=mt,F>0&&wt.show){let ae=mt==null?-10:mt==u?A:R(s==1?t[0][mt]:t[F][0][mt],E,g,0),Zt=Lt==null?-10:G(Lt,s==1?_[wt.scale]:_[wt.facets[1].scale],v,0);if(Vi&&Lt!=null){let xe=E.ori==1?vt:St,Ce=Dt(Ne.dist(l,F,mt,Zt,xe));if(Ce<Ke){let We=Ne.bias;if(We!=0){let oe=Be(xe,wt.scale),_e=Lt>=0?1:-1,Me=oe>=0?1:-1;Me==_e&&(Me==1?We==1?Lt>=oe:Lt<=oe:We==1?Lt<=oe:Lt>=oe)&&(Ke=Ce,ni=F)}else Ke=Ce,ni=F}}if($e||Fi){let xe,Ce;E.ori==0?(xe=ae,Ce=Zt):(xe=Zt,Ce=ae);let We,oe,_e,Me,Ge,Kt,ce=!0,xi=Wt.bbox;if(xi!=null){ce=!1;let Qt=xi(l,F);_e=Qt.left,Me=Qt.top,We=Qt.width,oe=Qt.height}else _e=xe,Me=Ce,We=oe=Wt.size(l,F);if(Kt=Wt.fill(l,F),Ge=Wt.stroke(l,F),Fi)F==ni&&Ke<=Ne.prox&&(M=_e,z=Me,J=We,ut=oe,ot=ce,tt=Kt,B=Ge);else{let Qt=we[F];Qt!=null&&(Hi[F]=_e,Oi[F]=Me,jr(Qt,We,oe,ce),Cr(Qt,Kt,Ge),Je(Qt,Se(_e),Se(Me),Z,j))}}}}if(Fi){let F=Ne.prox,wt=$i==null?Ke<=F:Ke>F||ni!=$i;if($e||wt){let Et=we[0];Et!=null&&(Hi[0]=M,Oi[0]=z,jr(Et,J,ut,ot),Cr(Et,tt,B),Je(Et,Se(M),Se(z),Z,j))}}}if($t.show&&li)if(n!=null){let[x,S]=At.scales,[A,M]=At.match,[z,J]=n.cursor.sync.scales,ut=n.cursor.drag;if(Ft=ut._x,Ht=ut._y,Ft||Ht){let{left:ot,top:tt,width:B,height:F}=n.select,wt=n.scales[z].ori,Et=n.posToVal,It,mt,Lt,ae,Zt,xe=x!=null&&A(x,z),Ce=S!=null&&M(S,J);xe&&Ft?(wt==0?(It=ot,mt=B):(It=tt,mt=F),Lt=_[x],ae=R(Et(It,z),Lt,g,0),Zt=R(Et(It+mt,z),Lt,g,0),ml(ze(ae,Zt),Dt(Zt-ae))):ml(0,g),Ce&&Ht?(wt==1?(It=ot,mt=B):(It=tt,mt=F),Lt=_[S],ae=G(Et(It,J),Lt,v,0),Zt=G(Et(It+mt,J),Lt,v,0),gl(ze(ae,Zt),Dt(Zt-ae))):gl(0,v)}else As()}else{let x=Dt(Qn-Zn),S=Dt(Xn-Kn);if(E.ori==1){let J=x;x=S,S=J}Ft=Ut.x&&x>=Ut.dist,Ht=Ut.y&&S>=Ut.dist;let A=Ut.uni;A!=null?Ft&&Ht&&(Ft=x>=A,Ht=S>=A,!Ft&&!Ht&&(S>x?Ht=!0:Ft=!0)):Ut.x&&Ut.y&&(Ft||Ht)&&(Ft=Ht=!0);let M,z;Ft&&(E.ori==0?(M=Gi,z=vt):(M=Ji,z=St),ml(ze(M,z),Dt(z-M)),Ht||gl(0,v)),Ht&&(E.ori==1?(M=Gi,z=vt):(M=Ji,z=St),gl(ze(M,z),Dt(z-M)),Ft||ml(0,g)),!Ft&&!Ht&&(ml(0,0),gl(0,0))}if(Ut._x=Ft,Ut._y=Ht,n==null){if(c){if(pr!=null){let[x,S]=At.scales;At.values[0]=x!=null?Be(E.ori==0?vt:St,x):null,At.values[1]=S!=null?Be(E.ori==1?vt:St,S):null}yl(Ps,l,vt,St,Z,j,u)}if(Vi){let x=c&&At.setSeries,S=Ne.prox;$i==null?Ke<=S&&Ue(ni,Yi,!0,x):Ke>S?Ue(null,Yi,!0,x):ni!=$i&&Ue(ni,Yi,!0,x)}}$e&&(X.idx=u,Ts()),r!==!1&&Ot("setCursor")}let ri=null;Object.defineProperty(l,"rect",{get(){return ri==null&&bl(!1),ri}});function bl(n=!1){n?ri=null:(ri=T.getBoundingClientRect(),Ot("syncRect",ri))}function ir(n,r,c,u,f,g,v){V._lock||li&&n!=null&&n.movementX==0&&n.movementY==0||(Es(n,r,c,u,f,g,v,!1,n!=null),n!=null?wi(null,!0,!0):wi(r,!0,!1))}function Es(n,r,c,u,f,g,v,x,S){if(ri==null&&bl(!1),yi(n),n!=null)c=n.clientX-ri.left,u=n.clientY-ri.top;else{if(c<0||u<0){vt=-10,St=-10;return}let[A,M]=At.scales,z=r.cursor.sync,[J,ut]=z.values,[ot,tt]=z.scales,[B,F]=At.match,wt=r.axes[0].side%2==1,Et=E.ori==0?Z:j,It=E.ori==1?Z:j,mt=wt?g:f,Lt=wt?f:g,ae=wt?u:c,Zt=wt?c:u;if(ot!=null?c=B(A,ot)?p(J,_[A],Et,0):-10:c=Et*(ae/mt),tt!=null?u=F(M,tt)?p(ut,_[M],It,0):-10:u=It*(Zt/Lt),E.ori==1){let xe=c;c=u,u=xe}}S&&(r==null||r.cursor.event.type==Ps)&&((c<=1||c>=Z-1)&&(c=ki(c,Z)),(u<=1||u>=j-1)&&(u=ki(u,j))),x?(Zn=c,Kn=u,[Gi,Ji]=V.move(l,c,u)):(vt=c,St=u)}const Ls={width:0,height:0,left:0,top:0};function As(){Hl(Ls,!1)}let lr,sr,nr,rr;function ar(n,r,c,u,f,g,v){li=!0,Ft=Ht=Ut._x=Ut._y=!1,Es(n,r,c,u,f,g,v,!0,!1),n!=null&&(Yt(Ds,Gs,or,!1),yl(_r,l,Gi,Ji,Z,j,null));let{left:x,top:S,width:A,height:M}=$t;lr=x,sr=S,nr=A,rr=M}function or(n,r,c,u,f,g,v){li=Ut._x=Ut._y=!1,Es(n,r,c,u,f,g,v,!1,!0);let{left:x,top:S,width:A,height:M}=$t,z=A>0||M>0,J=lr!=x||sr!=S||nr!=A||rr!=M;if(z&&J&&Hl($t),Ut.setScale&&z&&J){let ut=x,ot=A,tt=S,B=M;if(E.ori==1&&(ut=S,ot=M,tt=x,B=A),Ft&&si(P,Be(ut,P),Be(ut+ot,P)),Ht)for(let F in _){let wt=_[F];F!=P&&wt.from==null&&wt.min!=gt&&si(F,Be(tt+B,F),Be(tt,F))}As()}else V.lock&&(V._lock=!V._lock,wi(r,!0,n!=null));n!=null&&(Di(Ds,Gs),yl(Ds,l,vt,St,Z,j,null))}function zo(n,r,c,u,f,g,v){if(V._lock)return;yi(n);let x=li;if(li){let S=!0,A=!0,M=10,z,J;E.ori==0?(z=Ft,J=Ht):(z=Ht,J=Ft),z&&J&&(S=vt<=M||vt>=Z-M,A=St<=M||St>=j-M),z&&S&&(vt=vt<Gi?0:Z),J&&A&&(St=St<Ji?0:j),wi(null,!0,!0),li=!1}vt=-10,St=-10,ht.fill(null),wi(null,!0,!0),x&&(li=x)}function cr(n,r,c,u,f,g,v){V._lock||(yi(n),ds(),As(),n!=null&&yl(Tr,l,vt,St,Z,j,null))}function ur(){L.forEach(gd),us(l.width,l.height,!0)}Li(Zl,tl,ur);const Zi={};Zi.mousedown=ar,Zi.mousemove=ir,Zi.mouseup=or,Zi.dblclick=cr,Zi.setSeries=(n,r,c,u)=>{let f=At.match[2];c=f(l,r,c),c!=-1&&Ue(c,u,!0,!1)},qt&&(Yt(_r,T,ar),Yt(Ps,T,ir),Yt(kr,T,n=>{yi(n),bl(!1)}),Yt(Sr,T,zo),Yt(Tr,T,cr),tn.add(l),l.syncRect=bl);const Ol=l.hooks=e.hooks||{};function Ot(n,r,c){xs?hl.push([n,r,c]):n in Ol&&Ol[n].forEach(u=>{u.call(null,l,r,c)})}(e.plugins||[]).forEach(n=>{for(let r in n.hooks)Ol[r]=(Ol[r]||[]).concat(n.hooks[r])});const dr=(n,r,c)=>c,At=Ct({key:null,setSeries:!1,filters:{pub:Vr,sub:Vr},scales:[P,w[1]?w[1].scale:null],match:[Fr,Fr,dr],values:[null,null]},V.sync);At.match.length==2&&At.match.push(dr),V.sync=At;const pr=At.key,Cs=Wa(pr);function yl(n,r,c,u,f,g,v){At.filters.pub(n,r,c,u,f,g,v)&&Cs.pub(n,r,c,u,f,g,v)}Cs.sub(l);function Ro(n,r,c,u,f,g,v){At.filters.sub(n,r,c,u,f,g,v)&&Zi[n](null,r,c,u,f,g,v)}l.pub=Ro;function Vo(){Cs.unsub(l),tn.delete(l),fi.clear(),Ys(Zl,tl,ur),h.remove(),pt?.remove(),Ot("destroy")}l.destroy=Vo;function Ms(){Ot("init",e,t),Nn(t||e.data,!1),N[P]?_s(P,N[P]):ds(),Pl=$t.show&&($t.width>0||$t.height>0),bi=$e=!0,us(e.width,e.height)}return w.forEach(On),L.forEach(mo),i?i instanceof HTMLElement?(i.appendChild(h),Ms()):i(l,Ms):Ms(),l}Bt.assign=Ct;Bt.fmtNum=fn;Bt.rangeNum=Kl;Bt.rangeLog=es;Bt.rangeAsinh=dn;Bt.orient=Mi;Bt.pxRatio=dt;Bt.join=au;Bt.fmtDate=mn,Bt.tzDate=yu;Bt.sync=Wa;{Bt.addGap=td,Bt.clipGaps=ss;let e=Bt.paths={points:Ka};e.linear=Xa,e.stepped=ld,e.bars=sd,e.spline=rd}const bd='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var yd=Object.defineProperty,be=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&yd(t,i,s),s};const Tn=class Tn extends pe{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return $`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?$`<div class="empty muted">No data for this selection</div>`:$`<div class="plot" aria-hidden="true"></div>
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?"Period":"Range"}</th>
            <th scope="col">${this.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${this.ys.map((i,l)=>$`<tr data-key=${this.labels[l]??String(this.xs[l])} data-value=${String(i)}>
                <th scope="row">${this.labels[l]??String(this.xs[l])}</th>
                <td>${this.formatValue(i)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const t=this.ys.reduce((i,l)=>i+l,0);return`Total: ${this.formatValue(t)} ${this.unit.toLowerCase()}`}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const i=getComputedStyle(this),l=i.getPropertyValue("--pl-chart-color").trim()||i.getPropertyValue("--primary-color").trim()||"#03a9f4",s=i.getPropertyValue("--secondary-text-color").trim()||"#727272",a=i.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",o=`12px ${i.fontFamily||"sans-serif"}`,p=Math.max(Math.floor(t.clientWidth),200),d=this.labels,h=this.xs,y=this.formatValue,m=this.kind==="time",b=this.bucket,k=this.locale,T=m?No(b)/2:.5,C={stroke:s,font:o,grid:{stroke:a,width:1},ticks:{stroke:a,width:1}},D=w=>m?hr(h[w]??0,b,k):d[w]??"",I={width:p,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,L,_)=>[L-T,_+T]},y:{range:(w,L,_)=>[0,_>0?_*1.1:1]}},axes:[m?{...C,splits:w=>Io(h,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,L)=>L.map(_=>hr(_,b,k))}:{...C,splits:()=>d.map((w,L)=>L),values:(w,L)=>L.map(_=>d[_]??""),gap:4},{...C,size:48,values:(w,L)=>L.map(_=>y(_))}],series:[{},{label:this.unit,stroke:l,fill:l,width:0,paths:Bt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const L=w.cursor.idx,_=L==null?void 0:this.ys[L];this.readout=_===void 0||L===null||L===void 0?"":`${D(L)}: ${y(_)} ${this.unit.toLowerCase()}`}]}};this.plot=new Bt(I,[this.xs,this.ys],t)}};Tn.styles=[fe,Oo(bd),he`
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
    `];let Jt=Tn;be([U()],Jt.prototype,"kind");be([U()],Jt.prototype,"label");be([U()],Jt.prototype,"unit");be([U({attribute:!1})],Jt.prototype,"xs");be([U({attribute:!1})],Jt.prototype,"ys");be([U({attribute:!1})],Jt.prototype,"labels");be([U()],Jt.prototype,"bucket");be([U()],Jt.prototype,"locale");be([U({attribute:!1})],Jt.prototype,"formatValue");be([U({type:Boolean})],Jt.prototype,"dark");be([U({type:Number})],Jt.prototype,"height");be([ha(".plot")],Jt.prototype,"plotEl");be([H()],Jt.prototype,"readout");me("pl-chart",Jt);var vd=Object.defineProperty,lo=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&vd(t,i,s),s};const En=class En extends pe{constructor(){super(...arguments),this.label="Jobs by weekday and hour",this.matrix=[]}render(){const t=Uo(this.matrix),i=Array.from({length:24},(l,s)=>s);return $`<table aria-label=${this.label}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${i.map(l=>$`<th scope="col" abbr=${`${l}:00`}>${l%3===0?l:""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Bo.map((l,s)=>$`<tr>
              <th scope="row">${l}</th>
              ${i.map(a=>{const o=this.matrix[s]?.[a]??0,p=`${l} ${a}:00–${a+1}:00: ${o} job${o===1?"":"s"}`;return $`<td title=${p} data-weekday=${s} data-hour=${a} data-value=${o}>
                  ${o>0?$`<span class="shade" style=${ql({opacity:String(.15+.85*(o/t))})}></span>`:""}
                  <span class="sr-only">${o}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};En.styles=[fe,he`
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
    `];let Al=En;lo([U()],Al.prototype,"label");lo([U({attribute:!1})],Al.prototype,"matrix");me("pl-heatmap",Al);var $d=Object.defineProperty,xn=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&$d(t,i,s),s};const Ln=class Ln extends pe{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?$`<ul aria-busy="true">
        ${["Jobs","Success rate","Print time","Filament","Cost"].map(i=>$`<li class="card loading"><span class="label">${i}</span><span class="value">…</span></li>`)}
      </ul>`:$`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${Wo(this.summary,t).map(i=>$`<li class="card" data-kpi=${i.id}>
          <span class="label">${i.label}</span>
          <span class="value">${i.value}</span>
          ${i.sub?$`<span class="sub">${i.sub}</span>`:""}
        </li>`)}
    </ul>`}};Ln.styles=[fe,he`
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
    `];let rl=Ln;xn([U({attribute:!1})],rl.prototype,"summary");xn([U({attribute:!1})],rl.prototype,"options");xn([U({type:Boolean})],rl.prototype,"loading");me("pl-kpis",rl);var wd=Object.defineProperty,He=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&wd(t,i,s),s};function ln(e){const t=e?.points??[],[i,l]=Ko(t),s=[...t].sort((a,o)=>a.bucket<o.bucket?-1:1).map(a=>a.bucket);return{xs:i,ys:l,labels:s}}const ra=ln(void 0),xd=[],_d=sn.map((e,t)=>t),kd=sn.map(e=>e.label),An=class An extends pe{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=ra,this.hoursSeries=ra,this.formatInt=String,this.formatHours=String}willUpdate(t){if(t.has("data")){const i=t.get("data");(!i||i.jobs!==this.data.jobs)&&(this.jobsSeries=ln(this.data.jobs)),(!i||i.hours!==this.data.hours)&&(this.hoursSeries=ln(this.data.hours))}if(t.has("options")){const i=this.options;i&&(this.formatInt=l=>Ei(l,i),this.formatHours=l=>Ei(l,i,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Go(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const i=++this.token,l=this.scope(),s=this.bucket;this.loading=!0,this.error="";const a=()=>i===this.token,o=y=>{a()&&(this.data={...this.data,...y})},p=[t.summary(l).then(y=>o({summary:y})),t.timeseries(l,s,"jobs").then(y=>o({jobs:y})),t.timeseries(l,s,"hours").then(y=>o({hours:y})),t.breakdown(l,"filament_type").then(y=>o({filamentType:y})),t.breakdown(l,"filament_colour").then(y=>o({filamentColour:y})),t.breakdown(l,"printer").then(y=>o({printer:y})),t.breakdown(l,"status").then(y=>o({status:y})),this.histogram(t,l).then(y=>o({histogram:y})),t.breakdown(l,"weekday_hour").then(y=>o({heatmap:Jo(y.rows)}))],d=await Promise.allSettled(p);if(!a())return;const h=d.find(y=>y.status==="rejected");h&&(this.error=qe(h.reason)),this.loading=!1}async histogram(t,i){return(await Promise.all(sn.map(s=>t.listJobs({...i,statuses:[...rn],min_duration:s.min,...s.max!==void 0?{max_duration:s.max}:{},limit:1})))).map(s=>s.total)}change(t,i){t==="period"&&qo(i)?(this.period=i,this.bucket=Yo(i)):t==="printer"?this.printer=i:t==="bucket"&&(i==="day"||i==="week"||i==="month"||i==="year")&&(this.bucket=i),this.load()}render(){const t=this.options;if(!t)return et;const i=this.data,l=this.jobsSeries,s=this.hoursSeries,a=this.formatInt,o=this.formatHours,p=i.jobs?.bucket??this.bucket;return $`
      <div class="selectors" role="group" aria-label="Analytics selection">
        <label
          >Period
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${Zo.map(d=>$`<option value=${d.id} ?selected=${d.id===this.period}>${d.label}</option>`)}
          </select>
        </label>
        <label
          >Printer
          <select name="printer" @change=${d=>this.change("printer",d.target.value)}>
            <option value="" ?selected=${!this.printer}>All printers</option>
            ${this.printers.map(d=>$`<option value=${d.id} ?selected=${d.id===this.printer}>${d.name}</option>`)}
          </select>
        </label>
        <label
          >Group by
          <select name="bucket" @change=${d=>this.change("bucket",d.target.value)}>
            ${["day","week","month","year"].map(d=>$`<option value=${d} ?selected=${d===this.bucket}>${d[0].toUpperCase()+d.slice(1)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Gt(ga)} Refresh</button>
      </div>
      ${this.error?$`<div class="error-banner" role="alert">
            <span>Some figures could not be loaded: ${this.error}</span>
          </div>`:et}
      ${p!==this.bucket?$`<p class="bucket-note" role="status">
            Shown per ${p}: the jobs span more than 10,000 ${this.bucket}s (some have dates far in the past or
            future).
          </p>`:et}
      <pl-kpis .summary=${i.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>Jobs per ${p}</h2>
          <pl-chart
            label=${`Jobs per ${p}`}
            unit="Jobs"
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
          <h2>Print hours per ${p}</h2>
          <pl-chart
            label=${`Print hours per ${p}`}
            unit="Hours"
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
          <h2>Filament by type</h2>
          <pl-bars
            label="Filament used by type"
            .items=${Il(mr(i.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>Filament by colour</h2>
          <pl-bars
            label="Filament used by colour"
            .items=${Il(mr(i.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="printer">
          <h2>Success rate per printer</h2>
          <pl-bars label="Success rate per printer" .max=${100} .items=${Il(i.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>Jobs by outcome</h2>
          <pl-bars
            label="Jobs by outcome"
            .items=${Il((i.status?.rows??[]).map(d=>({...d,label:nn(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>Print duration</h2>
          <pl-chart
            kind="category"
            label="Ended jobs by print duration"
            unit="Jobs"
            .xs=${_d}
            .ys=${i.histogram??xd}
            .labels=${kd}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>When prints start</h2>
          <pl-heatmap .matrix=${i.heatmap??[]}></pl-heatmap>
        </section>
      </div>
    `}};An.styles=[fe,he`
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
    `];let se=An;He([U({attribute:!1})],se.prototype,"api");He([U({attribute:!1})],se.prototype,"options");He([U({attribute:!1})],se.prototype,"printers");He([U({type:Boolean})],se.prototype,"dark");He([U({type:Boolean})],se.prototype,"active");He([H()],se.prototype,"period");He([H()],se.prototype,"printer");He([H()],se.prototype,"bucket");He([H()],se.prototype,"data");He([H()],se.prototype,"loading");He([H()],se.prototype,"error");me("pl-analytics-view",se);const{I:Sd}=Qo,aa=e=>e,oa=()=>document.createComment(""),wl=(e,t,i)=>{const l=e._$AA.parentNode,s=t===void 0?e._$AB:t._$AA;if(i===void 0){const a=l.insertBefore(oa(),s),o=l.insertBefore(oa(),s);i=new Sd(a,o,e,e.options)}else{const a=i._$AB.nextSibling,o=i._$AM,p=o!==e;if(p){let d;i._$AQ?.(e),i._$AM=e,i._$AP!==void 0&&(d=e._$AU)!==o._$AU&&i._$AP(d)}if(a!==s||p){let d=i._$AA;for(;d!==a;){const h=aa(d).nextSibling;aa(l).insertBefore(d,s),d=h}}}return i},_i=(e,t,i=e)=>(e._$AI(t,i),e),Td={},Ed=(e,t=Td)=>e._$AH=t,Ld=e=>e._$AH,Hs=e=>{e._$AR(),e._$AA.remove()};const ca=(e,t,i)=>{const l=new Map;for(let s=t;s<=i;s++)l.set(e[s],s);return l},ua=Xo(class extends tc{constructor(e){if(super(e),e.type!==ec.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,i){let l;i===void 0?i=t:t!==void 0&&(l=t);const s=[],a=[];let o=0;for(const p of e)s[o]=l?l(p,o):o,a[o]=i(p,o),o++;return{values:a,keys:s}}render(e,t,i){return this.dt(e,t,i).values}update(e,[t,i,l]){const s=Ld(e),{values:a,keys:o}=this.dt(t,i,l);if(!Array.isArray(s))return this.ut=o,a;const p=this.ut??=[],d=[];let h,y,m=0,b=s.length-1,k=0,T=a.length-1;for(;m<=b&&k<=T;)if(s[m]===null)m++;else if(s[b]===null)b--;else if(p[m]===o[k])d[k]=_i(s[m],a[k]),m++,k++;else if(p[b]===o[T])d[T]=_i(s[b],a[T]),b--,T--;else if(p[m]===o[T])d[T]=_i(s[m],a[T]),wl(e,d[T+1],s[m]),m++,T--;else if(p[b]===o[k])d[k]=_i(s[b],a[k]),wl(e,s[m],s[b]),b--,k++;else if(h===void 0&&(h=ca(o,k,T),y=ca(p,m,b)),h.has(p[m]))if(h.has(p[b])){const C=y.get(o[k]),D=C!==void 0?s[C]:null;if(D===null){const I=wl(e,s[m]);_i(I,a[k]),d[k]=I}else d[k]=_i(D,a[k]),wl(e,s[m],D),s[C]=null;k++}else Hs(s[b]),b--;else Hs(s[m]),m++;for(;k<=T;){const C=wl(e,d[T+1]);_i(C,a[k]),d[k++]=C}for(;m<=b;){const C=s[m++];C!==null&&Hs(C)}return this.ut=o,Ed(e,d),ic}});let _n,Os;function kn(){return _n}function so(e){return Os??=e.limits().then(t=>_n=t).catch(()=>{Os=void 0}),Os}function no(e,t,i,l=_n){const s=l?.numbers[e];return s?t<s.min||t>s.max?`${i} must be from ${s.min} to ${s.max}`:"":t<0?`${i} must be a positive number`:""}const da={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:""},ro=[{value:"",label:"All statuses",statuses:[]},{value:"completed",label:"Completed",statuses:["completed"]},{value:"failed",label:"Failed (any)",statuses:[...vr]},{value:"cancelled",label:"Cancelled",statuses:["cancelled"]},{value:"in_progress",label:"In progress",statuses:["in_progress"]},...vr.map(e=>({value:`only:${e}`,label:`— ${nn(e)}`,statuses:[e]}))];function Ad(e,t){const i={};e.printer&&(i.printer_ids=[e.printer]);const l=ro.find(o=>o.value===e.status)?.statuses??[];l.length&&(i.statuses=[...l]);const s=e.since?Ns(e.since,"00:00",t):void 0;if(s&&(i.since=s),e.until){const o=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(o.getTime())){o.setUTCDate(o.getUTCDate()+1);const p=Ns(o.toISOString().slice(0,10),"00:00",t);p&&(i.until=p)}}e.q.trim()&&(i.q=e.q.trim()),e.filament.trim()&&(i.filament_type=e.filament.trim());const a=Yl(e.tags);return a.length&&(i.tags=a),i}function Cd(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.statuses&&(t.statuses=e.statuses),e.since&&(t.since=e.since),e.until&&(t.until=e.until),e.q&&(t.q=e.q),e.filament_type&&(t.filament_type=e.filament_type),e.tags&&(t.tags=e.tags),e.min_duration!==void 0&&(t.min_duration=e.min_duration),e.max_duration!==void 0&&(t.max_duration=e.max_duration),t}var Md=Object.defineProperty,Cl=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Md(t,i,s),s};const Cn=class Cn extends pe{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return $`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label="Close" @click=${this.close}>${Gt(mc)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=jd(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Re(this,"closed")}};Cn.styles=[fe,he`
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
    `];let ui=Cn;Cl([U()],ui.prototype,"heading");Cl([U({type:Boolean,reflect:!0})],ui.prototype,"open");Cl([U({type:Boolean})],ui.prototype,"wide");Cl([ha("dialog")],ui.prototype,"dialog");Cl([H()],ui.prototype,"hasActions");function jd(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}me("pl-dialog",ui);const pa=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function Wl(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function Pd(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(e).filter(([s,a])=>!t.has(s)&&a!==null&&a!==""),l=s=>{const a=pa.indexOf(s);return a<0?pa.length:a};return i.sort(([s],[a])=>l(s)-l(a)||s.localeCompare(a))}function Is(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function Dd(e,t){const i={},l=t.notes?.trim()?t.notes:null;(e.notes||null)!==l&&(i.notes=l??""),(e.rating??null)!==t.rating&&(i.rating=t.rating);const s=t.tags;(s.length!==e.tags.length||s.some((o,p)=>o!==e.tags[p]))&&(i.tags=s);const a=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==a&&(i.failure_reason=a),(e.cost??null)!==t.cost&&(i.cost=t.cost),i}function zd(e,t,i=kn(),l=new Date){const s={};e.printer_id||(s.printer_id="Choose a printer");const a=e.filename.trim();a||(s.filename="Enter the file name"),rn.includes(e.status)||(s.status="Choose how the print ended");const o=Ns(e.start_date,e.start_time||"00:00",t);if(!o)s.start="Enter the start date and time";else if(i){const w=Date.parse(o);w>l.getTime()+i.job_time.future_tolerance*1e3?s.start="The start is in the future: a job is recorded once it ended":w<Date.parse(i.job_time.earliest)&&(s.start=`The start must not be before ${i.job_time.earliest.slice(0,10)}`)}const p=(w,L,_)=>{if(!w.trim())return;const W=Number(w);if(!Number.isFinite(W)||W<0){s[L]=`${_} must be a positive number`;return}return W},d=p(e.hours,"duration","Hours")??0,h=p(e.minutes,"duration","Minutes")??0,y=p(e.filament_g,"filament_g","Filament weight"),m=p(e.filament_m,"filament_m","Filament length"),b=p(e.cost,"cost","Cost"),k=(w,L,_,W)=>{const P=L===void 0||s[_]?"":no(w,L,W,i);P&&(s[_]=P)};k("print_duration",d*3600+h*60,"duration","The print time (s)"),k("filament_weight_g",y,"filament_g","Filament weight"),k("filament_used_mm",m===void 0?void 0:m*1e3,"filament_m","Filament length (mm)"),k("cost",b,"cost","Cost");const T=i?.tags.max_length;if(T&&Yl(e.tags).some(w=>w.length>T)&&(s.tags=`Each tag must be at most ${T} characters`),Object.keys(s).length||!o)return{errors:s};const C=Math.round(d*3600+h*60),D={printer_id:e.printer_id,filename:a,status:e.status,start:o,print_duration:C};C>0&&(D.end=new Date(Date.parse(o)+C*1e3).toISOString()),y!==void 0&&(D.filament_weight_g=y),m!==void 0&&(D.filament_used_mm=m*1e3),e.filament_type.trim()&&(D.filament_type=e.filament_type.trim()),b!==void 0&&(D.cost=b);const I=Yl(e.tags);return I.length&&(D.tags=I),e.notes.trim()&&(D.notes=e.notes),e.failure_reason.trim()&&(D.failure_reason=e.failure_reason.trim()),e.rating&&(D.rating=e.rating),{job:D,errors:s}}var Rd=Object.defineProperty,os=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Rd(t,i,s),s};const Mn=class Mn extends pe{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const l=this.value?`Rated ${this.value} of 5`:"Not rated";return $`<span role="img" aria-label=${l} title=${l}
        >${[1,2,3,4,5].map(s=>$`<span class=${s<=t?"":"empty"}>${Gt(s<=t?br:yr)}</span>`)}</span
      >`}const i=this.subject?`Rating of ${this.subject}`:"Rating";return $`<span role="group" aria-label=${i}
      >${[1,2,3,4,5].map(l=>$`<button
            type="button"
            class=${l<=t?"":"empty"}
            aria-label=${`${l} star${l>1?"s":""}`}
            aria-pressed=${l===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(l)}
          >
            ${Gt(l<=t?br:yr)}
          </button>`)}</span
    >`}choose(t){const i=t===this.value?null:t;this.value=i,Re(this,"value-changed",{value:i})}};Mn.styles=[fe,he`
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
    `];let Ci=Mn;os([U({type:Number})],Ci.prototype,"value");os([U({type:Boolean})],Ci.prototype,"readonly");os([U({type:Boolean})],Ci.prototype,"disabled");os([U()],Ci.prototype,"subject");me("pl-rating",Ci);var Vd=Object.defineProperty,di=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Vd(t,i,s),s};const jn=class jn extends pe{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return $``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return $`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >Notes
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${i=>this.notes=i.target.value}
        ></textarea>
      </label>
      <div class="rating-field">
        <span id="rating-label">Rating</span>
        <pl-rating
          .value=${this.rating}
          .subject=${Pe(this.job.filename)}
          @value-changed=${i=>this.rating=i.detail.value}
        ></pl-rating>
      </div>
      <label
        >Tags (separated by commas)
        <input
          name="tags"
          .value=${this.tags}
          @input=${i=>this.tags=i.target.value}
        />
      </label>
      <label
        >Failure reason${t?"":" (failed jobs)"}
        <input
          name="failure_reason"
          .value=${this.reason}
          @input=${i=>this.reason=i.target.value}
        />
      </label>
      <label
        >Cost
        <input
          name="cost"
          type="number"
          min="0"
          max=${kn()?.numbers.cost?.max??et}
          step="0.01"
          inputmode="decimal"
          .value=${this.cost}
          @input=${i=>this.cost=i.target.value}
        />
      </label>
      <div class="actions">
        ${this.error?$`<span class="error" role="alert">${this.error}</span>`:""}
        <button type="button" class="btn" @click=${()=>Re(this,"cancel")}>Cancel</button>
        <button type="submit" class="btn primary" ?disabled=${this.busy}>Save</button>
      </div>
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),Re(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const i=this.cost.trim(),l=i===""?null:Number(i);if(l!==null&&(!Number.isFinite(l)||l<0)){this.error="Cost must be a positive number";return}const s=l===null?"":no("cost",l,"Cost");if(s){this.error=s;return}const a=Dd(this.job,{notes:this.notes,rating:this.rating,tags:Yl(this.tags),failure_reason:this.reason,cost:l});Re(this,"save",{changes:a})}};jn.styles=[fe,he`
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
    `];let Ve=jn;di([U({attribute:!1})],Ve.prototype,"job");di([U({type:Boolean})],Ve.prototype,"busy");di([U()],Ve.prototype,"error");di([H()],Ve.prototype,"notes");di([H()],Ve.prototype,"rating");di([H()],Ve.prototype,"tags");di([H()],Ve.prototype,"reason");di([H()],Ve.prototype,"cost");me("pl-job-editor",Ve);var Fd=Object.defineProperty,Te=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Fd(t,i,s),s};const Pn=class Pn extends pe{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&so(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const l=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=l,l.has_thumbnail){this.thumbnailState="loading";try{const s=await t.thumbnail(l.id);if(i!==this.loadToken)return;s?(this.thumbnailUrl=URL.createObjectURL(s),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(l){i===this.loadToken&&(this.error=qe(l))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return $`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>Retry</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return $`<p class="muted" aria-busy="true">Loading…</p>`;const l=Jl(t.filament_colour);return $`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?$`<img src=${this.thumbnailUrl??""} alt=${`Thumbnail of ${Pe(t.filename)}`} />`:$`<span class="muted"
                >${this.thumbnailState==="loading"?"Loading…":this.thumbnailState==="error"?"Thumbnail unavailable":"No thumbnail"}</span
              >`}
        </div>
        <div>
          <div class="filename">${Sl(t.filename)}</div>
          <p>${Us(t.status)} <span class="muted">${t.source}</span></p>
          <dl>
            <dt>Printer</dt>
            <dd>${t.printer_name}</dd>
            <dt>Job id</dt>
            <dd class="job-id">
              <code>${t.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label="Copy the job id"
                title="Copy the job id (for actions such as update_job)"
                @click=${()=>{this.copyId(t.id)}}
              >
                ${this.copied?"Copied":"Copy"}
              </button>
            </dd>
            <dt>Started</dt>
            <dd>${Xi(t.start,i)}</dd>
            <dt>Ended</dt>
            <dd>${Xi(t.end,i)}</dd>
            <dt>Print time</dt>
            <dd>
              ${oi(t.print_duration)}
              ${t.estimated_time?$`<span class="muted">(estimated ${oi(t.estimated_time)})</span>`:et}
            </dd>
            <dt>Total time</dt>
            <dd>${oi(t.total_duration)}</dd>
            ${t.pause_count?$`<dt>Pauses</dt>
                  <dd>${t.pause_count} (${oi(t.paused_duration)})</dd>`:et}
            <dt>Filament</dt>
            <dd>
              ${l?$`<span class="swatch" style=${`background:${l}`}></span>`:et}
              ${Bs(t.filament_weight_g,t.filament_used_mm,i)}
              ${t.filament_type??""}
              <span class="muted">${Ei(t.filament_used_mm/1e3,i,2)} m</span>
            </dd>
            <dt>Cost</dt>
            <dd>${lc(t.cost,i)}</dd>
            ${t.error_message?$`<dt>Error</dt>
                  <dd>${t.error_message}</dd>`:et}
          </dl>
        </div>
      </div>

      <h3>Notes and rating</h3>
      ${this.editing?$`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:$`<dl>
              <dt>Rating</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>Tags</dt>
              <dd>${t.tags.length?t.tags.map(s=>$`<span class="tag">${s}</span>`):"—"}</dd>
              <dt>Failure reason</dt>
              <dd>${t.failure_reason||"—"}</dd>
              <dt>Notes</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${this.admin?$`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${Gt(ma)} Edit</button>
                  <button class="btn danger" @click=${()=>Re(this,"delete-jobs",{jobs:[t]})}>
                    ${Gt(Ws)} Delete
                  </button>
                </div>`:et}`}

      <h3>Slicer settings</h3>
      ${this.renderDetails(t)}

      <h3>Timeline</h3>
      ${t.events.length?$`<ol class="timeline">
            ${t.events.map(s=>$`<li>
                <strong>${Is(s.type)}</strong>
                <span class="muted">${Xi(s.at,i)}</span>
                ${s.data&&Object.keys(s.data).length?$`<div class="muted">
                      ${Object.entries(s.data).map(([a,o])=>$`<span>${Is(a)}: ${Wl(o)}</span> `)}
                    </div>`:et}
              </li>`)}
          </ol>`:$`<p class="muted">No events recorded</p>`}

      <h3>Moonraker metadata</h3>
      ${t.metadata&&Object.keys(t.metadata).length?$`<details>
            <summary>${Object.keys(t.metadata).length} fields</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([s,a])=>$`<tr>
                    <th scope="row">${s}</th>
                    <td><pre>${Wl(a)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:$`<p class="muted">No metadata</p>`}
    `}renderDetails(t){const i=Pd(t.details);return i.length?$`<table>
      <tbody>
        ${i.map(([l,s])=>$`<tr>
            <th scope="row">${Is(l)}</th>
            <td>${typeof s=="object"?$`<pre>${Wl(s)}</pre>`:Wl(s)}</td>
          </tr>`)}
      </tbody>
    </table>`:$`<p class="muted">No slicer settings known</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const i=this.renderRoot.querySelector(".job-id code"),l=document.createRange();i&&l.selectNodeContents(i);const s=window.getSelection();s?.removeAllRanges(),s?.addRange(l),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const l=await this.api.updateJob(this.job.id,i);this.job={...this.job,...l},this.editing=!1,Re(this,"job-updated",{job:l})}catch(l){this.saveError=qe(l)}finally{this.saving=!1}}};Pn.styles=[fe,he`
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
    `];let te=Pn;Te([U({attribute:!1})],te.prototype,"api");Te([U({attribute:!1})],te.prototype,"options");Te([U()],te.prototype,"jobId");Te([U({type:Boolean})],te.prototype,"admin");Te([H()],te.prototype,"job");Te([H()],te.prototype,"error");Te([H()],te.prototype,"editing");Te([H()],te.prototype,"saving");Te([H()],te.prototype,"saveError");Te([H()],te.prototype,"thumbnailUrl");Te([H()],te.prototype,"thumbnailState");Te([H()],te.prototype,"copied");me("pl-job-detail",te);var Hd=Object.defineProperty,ul=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Hd(t,i,s),s};const Dn=class Dn extends pe{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:gr(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const i={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},l={};for(const[s,a]of Object.entries(t)){const o=i[s]??s;l[o]??=`${s}: ${a}`}this.errors=l}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return i=>{this.values={...this.values,[t]:i.target.value}}}field(t){return this.errors[t]?$`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,i=l=>this.errors[l]?`err-${l}`:"";return $`<form @submit=${this.onSubmit} novalidate>
      <label
        >Printer
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${i("printer_id")}>
          ${this.printers.map(l=>$`<option value=${l.id} ?selected=${l.id===t.printer_id}>${l.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >Status
        <select name="status" @change=${this.set("status")}>
          ${rn.map(l=>$`<option value=${l} ?selected=${l===t.status}>${nn(l)}</option>`)}
        </select>
        ${this.field("status")}
      </label>
      <label class="wide"
        >File name
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
        >Start
        <span class="pair">
          <input
            name="start_date"
            type="date"
            aria-label="Start date"
            max=${gr(new Date,this.timeZone)}
            .value=${t.start_date}
            @input=${this.set("start_date")}
            aria-invalid=${this.errors.start?"true":"false"}
            aria-describedby=${i("start")}
          />
          <input name="start_time" type="time" aria-label="Start time" .value=${t.start_time} @input=${this.set("start_time")} />
        </span>
        ${this.field("start")}
      </label>
      <label
        >Print time
        <span class="pair">
          <input name="hours" type="number" min="0" placeholder="h" aria-label="Hours" .value=${t.hours} @input=${this.set("hours")} />
          <input
            name="minutes"
            type="number"
            min="0"
            max="59"
            placeholder="min"
            aria-label="Minutes"
            .value=${t.minutes}
            @input=${this.set("minutes")}
          />
        </span>
        ${this.field("duration")}
      </label>
      <label
        >Filament (g)
        <input name="filament_g" type="number" min="0" step="0.1" .value=${t.filament_g} @input=${this.set("filament_g")} />
        ${this.field("filament_g")}
      </label>
      <label
        >Filament (m)
        <input name="filament_m" type="number" min="0" step="0.01" .value=${t.filament_m} @input=${this.set("filament_m")} />
        ${this.field("filament_m")}
      </label>
      <label
        >Filament type
        <input name="filament_type" placeholder="PLA" .value=${t.filament_type} @input=${this.set("filament_type")} />
      </label>
      <label
        >Cost
        <input
          name="cost"
          type="number"
          min="0"
          max=${kn()?.numbers.cost?.max??et}
          step="0.01"
          .value=${t.cost}
          @input=${this.set("cost")}
          aria-invalid=${this.errors.cost?"true":"false"}
          aria-describedby=${i("cost")}
        />
        ${this.field("cost")}
      </label>
      <label
        >Tags (separated by commas)
        <input name="tags" .value=${t.tags} @input=${this.set("tags")} aria-describedby=${i("tags")} />
        ${this.field("tags")}
      </label>
      <label
        >Failure reason
        <input name="failure_reason" .value=${t.failure_reason} @input=${this.set("failure_reason")} />
      </label>
      <div>
        <span style="font-size:0.9em">Rating</span><br />
        <pl-rating
          .value=${t.rating}
          @value-changed=${l=>this.values={...this.values,rating:l.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >Notes
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      <div class="actions">
        ${this.error?$`<span class="form-error" role="alert">${this.error}</span>`:""}
        <button type="button" class="btn" @click=${()=>Re(this,"cancel")}>Cancel</button>
        <button type="submit" class="btn primary" ?disabled=${this.busy}>Add job</button>
      </div>
    </form>`}onSubmit(t){t.preventDefault();const{job:i,errors:l}=zd(this.values,this.timeZone);this.errors=l,i?Re(this,"create",{job:i}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Dn.styles=[fe,he`
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
    `];let ti=Dn;ul([U({attribute:!1})],ti.prototype,"printers");ul([U()],ti.prototype,"timeZone");ul([U({type:Boolean})],ti.prototype,"busy");ul([U()],ti.prototype,"error");ul([H()],ti.prototype,"values");ul([H()],ti.prototype,"errors");me("pl-job-form",ti);var Od=Object.defineProperty,rt=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Od(t,i,s),s};const fa=[{key:"filename",label:"File",sort:"filename"},{key:"printer",label:"Printer",sort:"printer"},{key:"status",label:"Status",sort:"status"},{key:"start",label:"Started",sort:"start"},{key:"print_duration",label:"Print time",sort:"print_duration"},{key:"filament",label:"Filament",sort:"filament_used_mm"},{key:"rating",label:"Rating",sort:"rating"},{key:"tags",label:"Tags"},{key:"notes",label:"Notes"}],Id=[25,50,100,200],zn=class zn extends pe{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.filters={...da},this.showFilters=!1,this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.editError="",this.selected=new Set,this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",this.filamentTypes=[],this.listToken=0,this.summaryToken=0,this.pendingList=!1}willUpdate(t){t.has("api")&&this.api&&(this.reload(),this.loadFilamentTypes(),so(this.api))}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer),clearTimeout(this.messageTimer)}get tz(){return this.options?.timeZone}params(){return Ad(this.filters,this.tz)}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.api;if(!t)return;const i=++this.listToken;this.loading=!0,this.error="";try{const l=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(i!==this.listToken)return;this.jobs=l.jobs,this.total=l.total,this.nextCursor=l.next_cursor,this.loaded=!0}catch(l){i===this.listToken&&(this.error=qe(l))}finally{i===this.listToken&&(this.loading=!1)}}async loadSummary(){const t=this.api;if(!t)return;const i=++this.summaryToken;this.summaryLoading=!0;try{const l=await t.summary(Cd(this.params()));i===this.summaryToken&&(this.summary=l)}catch(l){i===this.summaryToken&&(this.error||=qe(l))}finally{i===this.summaryToken&&(this.summaryLoading=!1)}}async loadFilamentTypes(){if(this.api)try{const t=await this.api.breakdown({},"filament_type");this.filamentTypes=t.rows.map(i=>i.label??(i.key===null?"":String(i.key))).filter(i=>i).sort((i,l)=>i.localeCompare(l))}catch{}}handleLiveEvent(t){if(t.type==="job_changed"){const i=this.jobs.findIndex(l=>l.id===t.job.id);i>=0&&(this.jobs=this.jobs.map(l=>l.id===t.job.id?{...l,...t.job}:l)),this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.scheduleRefresh(i>=0||this.page!==0)}else t.type==="job_deleted"?(this.jobs.some(i=>i.id===t.job_id)&&(this.jobs=this.jobs.filter(i=>i.id!==t.job_id),this.total=Math.max(this.total-1,0)),this.detailId===t.job_id&&(this.detailId=""),this.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.scheduleRefresh()}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const i=this.pendingList;this.pendingList=!1,i&&!this.editingId&&this.loadPage(),this.loadSummary()},1500)}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>this.message="",4e3)}setFilter(t,i,l=!1){this.filters={...this.filters,[t]:i},clearTimeout(this.searchTimer),l?this.searchTimer=setTimeout(()=>{this.reload()},300):this.reload()}clearFilters(){this.filters={...da},this.reload()}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=t==="filename"||t==="printer"||t==="status"?"asc":"desc"),this.cursors=[null],this.page=0,this.loadPage()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.loadPage())}async saveChanges(t,i){if(!this.api)return!1;if(!Object.keys(i).length)return!0;this.savingId=t.id,this.editError="";try{const l=await this.api.updateJob(t.id,i);return this.applyUpdated(l),this.notify(`Saved ${Pe(t.filename)}`),!0}catch(l){return this.editError=qe(l),this.notify(`Could not save: ${this.editError}`),!1}finally{this.savingId=void 0}}applyUpdated(t){this.jobs=this.jobs.map(i=>i.id===t.id?{...i,...Nd(t)}:i)}async onEditorSave(t,i){await this.saveChanges(t,i.detail.changes)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}askDelete(t){this.deleteError="",this.confirmJobs=t}async confirmDelete(){if(!this.api||!this.confirmJobs.length)return;const t=this.confirmJobs.map(i=>i.id);this.deleting=!0,this.deleteError="";try{const i=await this.api.deleteJobs(t),l=new Set(t);this.jobs=this.jobs.filter(s=>!l.has(s.id)),this.total=Math.max(this.total-i,0),this.selected=new Set([...this.selected].filter(s=>!l.has(s))),l.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.notify(`Deleted ${i} job${i===1?"":"s"}`),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}catch(i){this.deleteError=qe(i)}finally{this.deleting=!1}}openAdd(){this.addError="",this.adding=!0,this.renderRoot.querySelector("pl-job-form")?.reset()}async createJob(t){if(this.api){this.addBusy=!0,this.addError="";try{const i=await this.api.createJob(t.detail.job);this.adding=!1,this.notify(`Added ${Pe(i.filename)}`),await this.reload()}catch(i){this.addError=qe(i),this.renderRoot.querySelector("pl-job-form")?.showErrors(sc(i))}finally{this.addBusy=!1}}}toggleSelected(t,i){const l=new Set(this.selected);i?l.add(t):l.delete(t),this.selected=l}toggleAll(t){this.selected=t?new Set(this.jobs.map(i=>i.id)):new Set}showJob(t){this.detailId=t}render(){const t=this.options;return $`
      <section aria-label="Key figures">
        <pl-kpis .summary=${this.summary} .options=${t} .loading=${this.summaryLoading}></pl-kpis>
      </section>
      ${this.renderToolbar()} ${this.showFilters?this.renderFilters():et}
      ${this.error?$`<div class="error-banner" role="alert">
            <span>Could not load the jobs: ${this.error}</span>
            <button class="btn" @click=${()=>this.reload()}>${Gt(ga)} Retry</button>
          </div>`:et}
      <div class=${this.narrow?"":"card"}>
        ${this.loading?$`<div class="loading-bar" role="progressbar" aria-label="Loading jobs"></div>`:et}
        ${this.narrow?this.renderCards():this.renderTable()} ${this.renderPager()}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${this.message?"message":"sr-only"}>${this.message}</div>
    `}renderToolbar(){const t=Object.entries(this.filters).filter(([i,l])=>i!=="q"&&l).length;return $`<div class="toolbar" role="search">
      <input
        class="search"
        type="search"
        placeholder="Search file names"
        aria-label="Search file names"
        .value=${this.filters.q}
        @input=${i=>this.setFilter("q",i.target.value,!0)}
      />
      <button
        class="btn"
        aria-expanded=${this.showFilters?"true":"false"}
        aria-controls="filters"
        @click=${()=>this.showFilters=!this.showFilters}
      >
        ${Gt(gc)} Filters${t?` (${t})`:""}
      </button>
      <span class="spacer"></span>
      ${this.admin&&this.selected.size?$`<button
            class="btn danger"
            @click=${()=>this.askDelete(this.jobs.filter(i=>this.selected.has(i.id)))}
          >
            ${Gt(Ws)} Delete ${this.selected.size}
          </button>`:et}
      ${this.admin?$`<button class="btn primary" @click=${this.openAdd} ?disabled=${!this.printers.length}>
            ${Gt(yc)} Add job
          </button>`:et}
    </div>`}renderFilters(){const t=this.filters,i=l=>s=>this.setFilter(l,s.target.value);return $`<div class="filters card" id="filters">
      <label
        >Printer
        <select name="printer" @change=${i("printer")}>
          <option value="" ?selected=${!t.printer}>All printers</option>
          ${this.printers.map(l=>$`<option value=${l.id} ?selected=${l.id===t.printer}>${l.name}</option>`)}
        </select>
      </label>
      <label
        >Status
        <select name="status" @change=${i("status")}>
          ${ro.map(l=>$`<option value=${l.value} ?selected=${l.value===t.status}>${l.label}</option>`)}
        </select>
      </label>
      <label>From <input name="since" type="date" .value=${t.since} @change=${i("since")} /></label>
      <label>To <input name="until" type="date" .value=${t.until} @change=${i("until")} /></label>
      <label
        >Filament type
        <input
          name="filament"
          list="filament-types"
          .value=${t.filament}
          @input=${l=>this.setFilter("filament",l.target.value,!0)}
        />
        <datalist id="filament-types">${this.filamentTypes.map(l=>$`<option value=${l}></option>`)}</datalist>
      </label>
      <label
        >Tags (any of, comma separated)
        <input
          name="tags"
          .value=${t.tags}
          @input=${l=>this.setFilter("tags",l.target.value,!0)}
        />
      </label>
      <button class="btn clear" @click=${this.clearFilters}>Clear filters</button>
    </div>`}renderTable(){const t=this.options;if(!t)return et;const i=this.jobs.length>0&&this.jobs.every(s=>this.selected.has(s.id)),l=fa.length+(this.admin?2:0);return $`<div class="table-wrap">
      <table aria-label="Print jobs" aria-busy=${this.loading?"true":"false"} aria-rowcount=${this.total+1}>
        <thead>
          <tr>
            ${this.admin?$`<th scope="col">
                  <input
                    type="checkbox"
                    aria-label="Select all jobs on this page"
                    .checked=${i}
                    @change=${s=>this.toggleAll(s.target.checked)}
                  />
                </th>`:et}
            ${fa.map(s=>{const a=s.sort&&s.sort===this.sort,o=a?this.order==="asc"?"ascending":"descending":void 0;return $`<th scope="col" aria-sort=${o??et}>
                ${s.sort?$`<button class="sort" @click=${()=>this.sortBy(s.sort)}>
                      ${s.label}<span aria-hidden="true">${a?this.order==="asc"?"▲":"▼":""}</span>
                    </button>`:s.label}
              </th>`})}
            ${this.admin?$`<th scope="col"><span class="sr-only">Actions</span></th>`:et}
          </tr>
        </thead>
        <tbody>
          ${ua(this.jobs,s=>s.id,s=>$`${this.renderRow(s,t)}
            ${this.editingId===s.id?$`<tr class="editor-row">
                  <td colspan=${l}>${this.renderEditor(s)}</td>
                </tr>`:et}`)}
          ${this.loaded&&!this.jobs.length?$`<tr>
                <td class="empty muted" colspan=${l}>No jobs match these filters</td>
              </tr>`:et}
        </tbody>
      </table>
    </div>`}renderRow(t,i){const l=Jl(t.filament_colour);return $`<tr data-job-id=${t.id} class=${this.selected.has(t.id)?"selected":""}>
      ${this.admin?$`<td>
            <input
              type="checkbox"
              aria-label=${`Select ${Pe(t.filename)}`}
              .checked=${this.selected.has(t.id)}
              @change=${s=>this.toggleSelected(t.id,s.target.checked)}
            />
          </td>`:et}
      <td>
        <button class="file" data-col="filename" @click=${()=>this.showJob(t.id)} aria-haspopup="dialog">
          ${Sl(t.filename)}
        </button>
      </td>
      <td data-col="printer">${t.printer_name}</td>
      <td data-col="status">${Us(t.status)}</td>
      <td class="num" data-col="start" title=${Xi(t.start,i)}>${Xi(t.start,i,!1)}</td>
      <td class="num" data-col="print_duration">${oi(t.print_duration)}</td>
      <td class="num" data-col="filament">
        ${l?$`<span class="swatch" style=${`background:${l}`}></span>`:et}
        ${Bs(t.filament_weight_g,t.filament_used_mm,i)}
        <span class="muted">${t.filament_type??""}</span>
      </td>
      <td data-col="rating">
        <pl-rating
          .value=${t.rating}
          .subject=${Pe(t.filename)}
          ?readonly=${!this.admin}
          ?disabled=${this.savingId===t.id}
          @value-changed=${s=>this.saveChanges(t,{rating:s.detail.value})}
        ></pl-rating>
      </td>
      <td data-col="tags">${t.tags.map(s=>$`<span class="tag">${s}</span>`)}</td>
      <td class="notes" data-col="notes" title=${t.notes??""}>
        <span>${t.failure_reason?$`<strong class="status-error">${t.failure_reason}</strong> `:et}${t.notes??""}</span>
      </td>
      ${this.admin?$`<td class="actions">${this.renderActions(t)}</td>`:et}
    </tr>`}renderActions(t){return $`<button
        class="icon-btn"
        data-edit=${t.id}
        aria-label=${`Edit ${Pe(t.filename)}`}
        aria-expanded=${this.editingId===t.id?"true":"false"}
        @click=${()=>this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}
      >
        ${Gt(ma)}
      </button>
      <button class="icon-btn" aria-label=${`Delete ${Pe(t.filename)}`} @click=${()=>this.askDelete([t])}>
        ${Gt(Ws)}
      </button>`}renderEditor(t){return $`<pl-job-editor
      .job=${t}
      .busy=${this.savingId===t.id}
      .error=${this.editError}
      @save=${i=>this.onEditorSave(t,i)}
      @cancel=${()=>this.closeEditor(t.id)}
    ></pl-job-editor>`}renderCards(){const t=this.options;return t?this.loaded&&!this.jobs.length?$`<div class="empty muted">No jobs match these filters</div>`:$`<ul class="cards" aria-label="Print jobs">
      ${ua(this.jobs,i=>i.id,i=>$`<li class="card" data-job-id=${i.id}>
          <div class="head">
            <button class="file" data-col="filename" @click=${()=>this.showJob(i.id)} aria-haspopup="dialog">
              ${Sl(i.filename)}
            </button>
            ${Us(i.status)}
          </div>
          <div class="line">
            ${i.printer_name} · ${Xi(i.start,t)} · ${oi(i.print_duration)} ·
            ${Bs(i.filament_weight_g,i.filament_used_mm,t)}
          </div>
          ${i.tags.length?$`<div>${i.tags.map(l=>$`<span class="tag">${l}</span>`)}</div>`:et}
          ${i.notes?$`<div class="notes" data-col="notes">${i.notes}</div>`:et}
          <div class="row-actions">
            <pl-rating
              .value=${i.rating}
              .subject=${Pe(i.filename)}
              ?readonly=${!this.admin}
              @value-changed=${l=>this.saveChanges(i,{rating:l.detail.value})}
            ></pl-rating>
            <span style="flex:1"></span>
            ${this.admin?this.renderActions(i):et}
          </div>
          ${this.editingId===i.id?this.renderEditor(i):et}
        </li>`)}
    </ul>`:et}renderPager(){const t=this.page*this.limit+(this.jobs.length?1:0),i=this.page*this.limit+this.jobs.length;return $`<nav class="pager" aria-label="Pages">
      <label
        >Rows per page
        <select
          @change=${l=>{this.limit=Number(l.target.value),this.reload()}}
        >
          ${Id.map(l=>$`<option value=${l} ?selected=${l===this.limit}>${l}</option>`)}
        </select>
      </label>
      <span class="muted" data-total=${this.total}>${t}–${i} of ${this.total}</span>
      <button class="icon-btn" aria-label="Previous page" ?disabled=${this.page===0||this.loading} @click=${this.prevPage}>
        ${Gt(fc)}
      </button>
      <button class="icon-btn" aria-label="Next page" ?disabled=${!this.nextCursor||this.loading} @click=${this.nextPage}>
        ${Gt(hc)}
      </button>
    </nav>`}renderDialogs(){const t=this.confirmJobs.length;return $`
      <pl-dialog
        .heading=${t===1?"Delete this job?":`Delete ${t} jobs?`}
        .open=${t>0}
        @closed=${()=>this.confirmJobs=[]}
      >
        <p>This removes the job record${t===1?"":"s"} from the print log. It cannot be undone.</p>
        <ul class="confirm-list">
          ${this.confirmJobs.slice(0,20).map(i=>$`<li>${Sl(i.filename)} <span class="muted">(${i.printer_name})</span></li>`)}
          ${t>20?$`<li class="muted">and ${t-20} more</li>`:et}
        </ul>
        ${this.deleteError?$`<p class="status-error" role="alert">${this.deleteError}</p>`:et}
        <button slot="actions" class="btn" @click=${()=>this.confirmJobs=[]}>Cancel</button>
        <button slot="actions" class="btn danger primary" ?disabled=${this.deleting} @click=${this.confirmDelete}>
          Delete
        </button>
      </pl-dialog>
      <pl-dialog heading="Job details" wide .open=${!!this.detailId} @closed=${()=>this.detailId=""}>
        ${this.detailId?$`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${this.detailId}
              .admin=${this.admin}
              @job-updated=${i=>this.applyUpdated(i.detail.job)}
              @delete-jobs=${i=>this.askDelete(i.detail.jobs)}
            ></pl-job-detail>`:et}
      </pl-dialog>
      <pl-dialog heading="Add a job" .open=${this.adding} @closed=${()=>this.adding=!1}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.tz}
          .busy=${this.addBusy}
          .error=${this.addError}
          @create=${this.createJob}
          @cancel=${()=>this.adding=!1}
        ></pl-job-form>
      </pl-dialog>
    `}};zn.styles=[fe,he`
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
    `];let st=zn;rt([U({attribute:!1})],st.prototype,"api");rt([U({attribute:!1})],st.prototype,"options");rt([U({attribute:!1})],st.prototype,"printers");rt([U({type:Boolean})],st.prototype,"admin");rt([U({type:Boolean,reflect:!0})],st.prototype,"narrow");rt([H()],st.prototype,"filters");rt([H()],st.prototype,"showFilters");rt([H()],st.prototype,"sort");rt([H()],st.prototype,"order");rt([H()],st.prototype,"limit");rt([H()],st.prototype,"cursors");rt([H()],st.prototype,"page");rt([H()],st.prototype,"jobs");rt([H()],st.prototype,"total");rt([H()],st.prototype,"nextCursor");rt([H()],st.prototype,"loading");rt([H()],st.prototype,"loaded");rt([H()],st.prototype,"error");rt([H()],st.prototype,"summary");rt([H()],st.prototype,"summaryLoading");rt([H()],st.prototype,"editingId");rt([H()],st.prototype,"savingId");rt([H()],st.prototype,"editError");rt([H()],st.prototype,"selected");rt([H()],st.prototype,"confirmJobs");rt([H()],st.prototype,"deleting");rt([H()],st.prototype,"deleteError");rt([H()],st.prototype,"detailId");rt([H()],st.prototype,"adding");rt([H()],st.prototype,"addBusy");rt([H()],st.prototype,"addError");rt([H()],st.prototype,"message");rt([H()],st.prototype,"filamentTypes");function Nd(e){const{details:t,events:i,metadata:l,...s}=e;return s}me("pl-jobs-view",st);var Ud=Object.defineProperty,Bd=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Ud(t,i,s),s};const Rn=class Rn extends pe{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?$`<ul aria-label="Printers">
      ${this.printers.map(t=>{const i=t.current_job,l=t.online&&!!i&&(t.print_state==="printing"||t.print_state==="paused"),s=nc(t),a=rc(t);return $`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${l?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${s}</span>
          </div>
          ${i?$`<button class="file" title=${Pe(i.filename)} @click=${()=>Re(this,"show-job",{jobId:i.id})}>
                  ${Sl(i.filename)}
                </button>
                <div
                  class="progress"
                  role="progressbar"
                  aria-label=${`Progress of ${Pe(i.filename)}`}
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(i.progress*100)}
                >
                  <div style=${ql({width:`${Math.round(i.progress*1e3)/10}%`})}></div>
                </div>
                <div class="meta">
                  <span>${Math.round(i.progress*100)} %</span>
                  <span>${oi(i.print_duration)} elapsed</span>
                  <span>${a!==null?`${oi(a)} left`:""}</span>
                </div>`:$`<span class="muted">No job running</span>`}
        </li>`})}
    </ul>`:$``}};Rn.styles=[fe,he`
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
    `];let Xl=Rn;Bd([U({attribute:!1})],Xl.prototype,"printers");me("pl-live-strip",Xl);var Wd=Object.defineProperty,pi=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Wd(t,i,s),s};const Vn=class Vn extends pe{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new ac}willUpdate(t){if(t.has("hass")&&this.hass){const i=this.hass.connection;i!==this.connection&&(this.connection=i,this.api=new oc(this.hass),this.resubscribe(),this.loadPrinters());const l=t.get("hass");(!this.options||!l||l.locale!==this.hass.locale||l.config!==this.hass.config)&&(this.options=cc(this.hass))}}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,i=>this.onLiveEvent(i),i=>console.warn("print_logger: live updates unavailable:",qe(i)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=qe(t)}}onLiveEvent(t){this.printers=uc(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const i=this.view==="jobs"?"analytics":"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"analytics":i),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options)return et;const t=!!this.hass.user?.is_admin,i=(l,s,a)=>$`<button
        role="tab"
        id=${`tab-${l}`}
        aria-selected=${this.view===l?"true":"false"}
        aria-controls=${`view-${l}`}
        aria-label=${s}
        tabindex=${this.view===l?0:-1}
        @click=${()=>this.select(l)}
      >
        ${Gt(a)}<span class="label">${s}</span>
      </button>`;return $`
      <header>
        ${this.narrow?$`<button class="icon-btn" aria-label="Open the sidebar" @click=${()=>Re(this,"hass-toggle-menu")}>
              ${Gt(bc)}
            </button>`:et}
        <h1>${this.panel?.title||"Print Log"}</h1>
        <div role="tablist" aria-label="Views" @keydown=${this.onTabKey}>
          ${i("jobs","Jobs",vc)} ${i("analytics","Analytics",pc)}
        </div>
      </header>
      <main>
        ${this.printersError?$`<div class="error-banner" role="alert">
              <span>Could not load the printers: ${this.printersError}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>Retry</button>
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
      </main>
    `}};Vn.styles=[fe,he`
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
    `];let Fe=Vn;pi([U({attribute:!1})],Fe.prototype,"hass");pi([U({type:Boolean,reflect:!0})],Fe.prototype,"narrow");pi([U({attribute:!1})],Fe.prototype,"panel");pi([H()],Fe.prototype,"view");pi([H()],Fe.prototype,"printers");pi([H()],Fe.prototype,"printersError");pi([H()],Fe.prototype,"api");pi([H()],Fe.prototype,"options");me("print-logger-panel",Fe);
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
