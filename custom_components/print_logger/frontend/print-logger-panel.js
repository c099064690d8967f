import{q as ca,n as Wt,y as Jl,g as $,a as he,b as fe,c as me,o as Yl,u as U,x as ge,z as Po,v as O,B as ur,C as jo,D as Do,E as zo,W as Ro,m as ql,t as ua,F as en,p as Vo,G as Fo,e as Ye,i as Ho,H as Io,A as nt,P as Oo,I as dr,k as tl,J as No,K as Uo,L as Bo,M as Wo,N as Go,O as Jo,Q as Os,R as ln,w as ze,s as Ns,l as Qi,j as oi,S as Yo,h as qo,r as Ko,d as Zo,f as Qo}from"./chunks/shared-BqLJUCZJ.js";const Xo=(e,t,i)=>(i.configurable=!0,i.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,i),i);function da(e,t){return(i,l,s)=>{const a=o=>o.renderRoot?.querySelector(e)??null;return Xo(i,l,{get(){return a(this)}})}}function Il(e,t,i,l=!1){return e.map(s=>{const a=s.key===null||s.key===void 0?"":String(s.key),o=s.label||a||"Unknown",d=Number(s[t]??0);let h,f;t==="success_rate"?(h=ca(s.success_rate,i),f=`${Wt(s.jobs,i)} jobs`):t==="filament_g"?(h=d>=1e3?`${Wt(d/1e3,i,2)} kg`:`${Wt(d,i,0)} g`,f=`${Wt(s.jobs,i)} jobs`):t==="hours"?h=`${Wt(d,i,1)} h`:h=Wt(d,i);const y={key:a,label:o,value:d,display:h};if(f&&(y.note=f),l){const m=Jl(a)??Jl(s.label);m&&(y.colour=m)}return y})}var tc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",ec="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",ic="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",lc="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",Wl="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",sc="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",nc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Us="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",rc="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",pa="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",pr="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",hr="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",ac="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z";function Nt(e,t){return t?$`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:$`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const oc=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],fr=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],sn=oc.filter(e=>e!=="in_progress");var cc=Object.defineProperty,nn=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&cc(t,i,s),s};const wn=class wn extends he{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return $`<div class="empty muted">No data for this selection</div>`;const t=this.max??Math.max(...this.items.map(i=>i.value),0);return $`<ul aria-label=${this.label}>
      ${this.items.map(i=>{const l=t>0?Math.max(0,Math.min(100,i.value/t*100)):0,s=Yl({width:`${l}%`,...i.colour?{background:i.colour}:{}});return $`<li data-key=${i.key} data-value=${String(i.value)}>
          <span class="name"
            >${i.colour?$`<span class="swatch" style=${Yl({background:i.colour})}></span>`:""}
            <span>${i.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${i.colour?"bar coloured":"bar"} style=${s}></span></span>
          <span class="value">${i.display}${i.note?$`<span class="note">${i.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};wn.styles=[fe,me`
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
    `];let el=wn;nn([U()],el.prototype,"label");nn([U({attribute:!1})],el.prototype,"items");nn([U({type:Number})],el.prototype,"max");ge("pl-bars",el);const uc=!0,zt="u-",dc="uplot",pc=zt+"hz",hc=zt+"vt",fc=zt+"title",mc=zt+"wrap",gc=zt+"under",bc=zt+"over",yc=zt+"axis",Ti=zt+"off",vc=zt+"select",$c=zt+"cursor-x",wc=zt+"cursor-y",xc=zt+"cursor-pt",_c=zt+"legend",kc=zt+"live",Sc=zt+"inline",Tc=zt+"series",Ec=zt+"marker",mr=zt+"label",Lc=zt+"value",xl="width",_l="height",vl="top",gr="bottom",Ki="left",Ps="right",rn="#000",br=rn+"0",js="mousemove",yr="mousedown",Ds="mouseup",vr="mouseenter",$r="mouseleave",wr="dblclick",Ac="resize",Cc="scroll",xr="change",Kl="dppxchange",an="--",al=typeof window<"u",Bs=al?document:null,Xi=al?window:null,Mc=al?navigator:null;let dt,Ol;function Ws(){let e=devicePixelRatio;dt!=e&&(dt=e,Ol&&Js(xr,Ol,Ws),Ol=matchMedia(`(min-resolution: ${dt-.001}dppx) and (max-resolution: ${dt+.001}dppx)`),Ei(xr,Ol,Ws),Xi.dispatchEvent(new CustomEvent(Kl)))}function de(e,t){if(t!=null){let i=e.classList;!i.contains(t)&&i.add(t)}}function Gs(e,t){let i=e.classList;i.contains(t)&&i.remove(t)}function xt(e,t,i){e.style[t]=i+"px"}function Pe(e,t,i,l){let s=Bs.createElement(e);return t!=null&&de(s,t),i?.insertBefore(s,l),s}function Se(e,t){return Pe("div",e,t)}const _r=new WeakMap;function Je(e,t,i,l,s){let a="translate("+t+"px,"+i+"px)",o=_r.get(e);a!=o&&(e.style.transform=a,_r.set(e,a),t<0||i<0||t>l||i>s?de(e,Ti):Gs(e,Ti))}const kr=new WeakMap;function Sr(e,t,i){let l=t+i,s=kr.get(e);l!=s&&(kr.set(e,l),e.style.background=t,e.style.borderColor=i)}const Tr=new WeakMap;function Er(e,t,i,l){let s=t+""+i,a=Tr.get(e);s!=a&&(Tr.set(e,s),e.style.height=i+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-i/2+"px":0)}const on={passive:!0},Pc={...on,capture:!0};function Ei(e,t,i,l){t.addEventListener(e,i,l?Pc:on)}function Js(e,t,i,l){t.removeEventListener(e,i,on)}al&&Ws();function je(e,t,i,l){let s;i=i||0,l=l||t.length-1;let a=l<=2147483647;for(;l-i>1;)s=a?i+l>>1:pe((i+l)/2),t[s]<e?i=s:l=s;return e-t[i]<=t[l]-e?i:l}function ha(e){return(i,l,s)=>{let a=-1,o=-1;for(let d=l;d<=s;d++)if(e(i[d])){a=d;break}for(let d=s;d>=l;d--)if(e(i[d])){o=d;break}return[a,o]}}const fa=e=>e!=null,ma=e=>e!=null&&e>0,ts=ha(fa),jc=ha(ma);function Dc(e,t,i,l=0,s=!1){let a=s?jc:ts,o=s?ma:fa;[t,i]=a(e,t,i);let d=e[t],h=e[t];if(t>-1)if(l==1)d=e[t],h=e[i];else if(l==-1)d=e[i],h=e[t];else for(let f=t;f<=i;f++){let y=e[f];o(y)&&(y<d?d=y:y>h&&(h=y))}return[d??gt,h??-gt]}function es(e,t,i,l){let s=Cr(e),a=Cr(t);e==t&&(s==-1?(e*=i,t/=i):(e/=i,t*=i));let o=i==10?Qe:ga,d=s==1?pe:Te,h=a==1?Te:pe,f=d(o(Dt(e))),y=h(o(Dt(t))),m=il(i,f),b=il(i,y);return i==10&&(f<0&&(m=bt(m,-f)),y<0&&(b=bt(b,-y))),l||i==2?(e=m*s,t=b*a):(e=$a(e,m),t=is(t,b)),[e,t]}function cn(e,t,i,l){let s=es(e,t,i,l);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}const un=.1,Lr={mode:3,pad:un},Sl={pad:0,soft:null,mode:0},zc={min:Sl,max:Sl};function Zl(e,t,i,l){return ls(i)?Ar(e,t,i):(Sl.pad=i,Sl.soft=l?0:null,Sl.mode=l?3:0,Ar(e,t,zc))}function ct(e,t){return e??t}function Rc(e,t,i){for(t=ct(t,0),i=ct(i,e.length-1);t<=i;){if(e[t]!=null)return!0;t++}return!1}function Ar(e,t,i){let l=i.min,s=i.max,a=ct(l.pad,0),o=ct(s.pad,0),d=ct(l.hard,-gt),h=ct(s.hard,gt),f=ct(l.soft,gt),y=ct(s.soft,-gt),m=ct(l.mode,0),b=ct(s.mode,0),S=t-e,T=Qe(S),M=te(Dt(e),Dt(t)),z=Qe(M),H=Dt(z-T);(S<1e-24||H>10)&&(S=0,(e==0||t==0)&&(S=1e-24,m==2&&f!=gt&&(a=0),b==2&&y!=-gt&&(o=0)));let w=S||M||1e3,A=Qe(w),_=il(10,pe(A)),Z=w*(S==0?e==0?.1:1:a),D=bt($a(e-Z,_/10),24),Q=e>=f&&(m==1||m==3&&D<=f||m==2&&D>=f)?f:gt,Y=te(d,D<Q&&e>=Q?Q:De(Q,D)),et=w*(S==0?t==0?.1:1:o),J=bt(is(t+et,_/10),24),E=t<=y&&(b==1||b==3&&J>=y||b==2&&J<=y)?y:-gt,K=De(h,J>E&&t<=E?E:te(E,J));return Y==K&&Y==0&&(K=100),[Y,K]}const Vc=new Intl.NumberFormat(al?Mc.language:"en-US"),dn=e=>Vc.format(e),be=Math,Gl=be.PI,Dt=be.abs,pe=be.floor,jt=be.round,Te=be.ceil,De=be.min,te=be.max,il=be.pow,Cr=be.sign,Qe=be.log10,ga=be.log2,Fc=(e,t=1)=>be.sinh(e)*t,zs=(e,t=1)=>be.asinh(e/t),gt=1/0;function Mr(e){return(Qe((e^e>>31)-(e>>31))|0)+1}function Ys(e,t,i){return De(te(e,t),i)}function ba(e){return typeof e=="function"}function it(e){return ba(e)?e:()=>e}const Hc=()=>{},ya=e=>e,va=(e,t)=>t,Ic=e=>null,Pr=e=>!0,jr=(e,t)=>e==t,Oc=/\.\d*?(?=9{6,}|0{6,})/gm,Li=e=>{if(xa(e)||ci.has(e))return e;const t=`${e}`,i=t.match(Oc);if(i==null)return e;let l=i[0].length-1;if(t.indexOf("e-")!=-1){let[s,a]=t.split("e");return+`${Li(s)}e${a}`}return bt(e,l)};function ki(e,t){return Li(bt(Li(e/t))*t)}function is(e,t){return Li(Te(Li(e/t))*t)}function $a(e,t){return Li(pe(Li(e/t))*t)}function bt(e,t=0){if(xa(e))return e;let i=10**t,l=e*i*(1+Number.EPSILON);return jt(l)/i}const ci=new Map;function wa(e){return((""+e).split(".")[1]||"").length}function El(e,t,i,l){let s=[],a=l.map(wa);for(let o=t;o<i;o++){let d=Dt(o),h=bt(il(e,o),d);for(let f=0;f<l.length;f++){let y=e==10?+`${l[f]}e${o}`:l[f]*h,m=(o>=0?0:d)+(o>=a[f]?0:a[f]),b=e==10?y:bt(y,m);s.push(b),ci.set(b,m)}}return s}const Tl={},pn=[],ll=[null,null],ai=Array.isArray,xa=Number.isInteger,Nc=e=>e===void 0;function Dr(e){return typeof e=="string"}function ls(e){let t=!1;if(e!=null){let i=e.constructor;t=i==null||i==Object}return t}function Uc(e){return e!=null&&typeof e=="object"}const Bc=Object.getPrototypeOf(Uint8Array),_a="__proto__";function sl(e,t=ls){let i;if(ai(e)){let l=e.find(s=>s!=null);if(ai(l)||t(l)){i=Array(e.length);for(let s=0;s<e.length;s++)i[s]=sl(e[s],t)}else i=e.slice()}else if(e instanceof Bc)i=e.slice();else if(t(e)){i={};for(let l in e)l!=_a&&(i[l]=sl(e[l],t))}else i=e;return i}function Ct(e){let t=arguments;for(let i=1;i<t.length;i++){let l=t[i];for(let s in l)s!=_a&&(ls(e[s])?Ct(e[s],sl(l[s])):e[s]=sl(l[s]))}return e}const Wc=0,Gc=1,Jc=2;function Yc(e,t,i){for(let l=0,s,a=-1;l<t.length;l++){let o=t[l];if(o>a){for(s=o-1;s>=0&&e[s]==null;)e[s--]=null;for(s=o+1;s<i&&e[s]==null;)e[a=s++]=null}}}function qc(e,t){if(Qc(e)){let o=e[0].slice();for(let d=1;d<e.length;d++)o.push(...e[d].slice(1));return Xc(o[0])||(o=Zc(o)),o}let i=new Set;for(let o=0;o<e.length;o++){let h=e[o][0],f=h.length;for(let y=0;y<f;y++)i.add(h[y])}let l=[Array.from(i).sort((o,d)=>o-d)],s=l[0].length,a=new Map;for(let o=0;o<s;o++)a.set(l[0][o],o);for(let o=0;o<e.length;o++){let d=e[o],h=d[0];for(let f=1;f<d.length;f++){let y=d[f],m=Array(s).fill(void 0),b=t?t[o][f]:Gc,S=[];for(let T=0;T<y.length;T++){let M=y[T],z=a.get(h[T]);M===null?b!=Wc&&(m[z]=M,b==Jc&&S.push(z)):m[z]=M}Yc(m,S,s),l.push(m)}}return l}const Kc=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Zc(e){let t=e[0],i=t.length,l=Array(i);for(let a=0;a<l.length;a++)l[a]=a;l.sort((a,o)=>t[a]-t[o]);let s=[];for(let a=0;a<e.length;a++){let o=e[a],d=Array(i);for(let h=0;h<i;h++)d[h]=o[l[h]];s.push(d)}return s}function Qc(e){let t=e[0][0],i=t.length;for(let l=1;l<e.length;l++){let s=e[l][0];if(s.length!=i)return!1;if(s!=t){for(let a=0;a<i;a++)if(s[a]!=t[a])return!1}}return!0}function Xc(e,t=100){const i=e.length;if(i<=1)return!0;let l=0,s=i-1;for(;l<=s&&e[l]==null;)l++;for(;s>=l&&e[s]==null;)s--;if(s<=l)return!0;const a=te(1,pe((s-l+1)/t));for(let o=e[l],d=l+a;d<=s;d+=a){const h=e[d];if(h!=null){if(h<=o)return!1;o=h}}return!0}const ka=["January","February","March","April","May","June","July","August","September","October","November","December"],Sa=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ta(e){return e.slice(0,3)}const tu=Sa.map(Ta),eu=ka.map(Ta),iu={MMMM:ka,MMM:eu,WWWW:Sa,WWW:tu};function $l(e){return(e<10?"0":"")+e}function lu(e){return(e<10?"00":e<100?"0":"")+e}const su={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>$l(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>$l(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>$l(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>$l(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>$l(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>lu(e.getMilliseconds())};function hn(e,t){t=t||iu;let i=[],l=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=l.exec(e);)i.push(s[0][0]=="{"?su[s[1]]:s[0]);return a=>{let o="";for(let d=0;d<i.length;d++)o+=typeof i[d]=="string"?i[d]:i[d](a,t);return o}}const nu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function ru(e,t){let i;return t=="UTC"||t=="Etc/UTC"?i=new Date(+e+e.getTimezoneOffset()*6e4):t==nu?i=e:(i=new Date(e.toLocaleString("en-US",{timeZone:t})),i.setMilliseconds(e.getMilliseconds())),i}const Ea=e=>e%1==0,Ql=[1,2,2.5,5],au=El(10,-32,0,Ql),La=El(10,0,32,Ql),ou=La.filter(Ea),Si=au.concat(La),fn=`
`,Aa="{YYYY}",zr=fn+Aa,Ca="{M}/{D}",kl=fn+Ca,Nl=kl+"/{YY}",Ma="{aa}",cu="{h}:{mm}",Zi=cu+Ma,Rr=fn+Zi,Vr=":{ss}",ht=null;function Pa(e){let t=e*1e3,i=t*60,l=i*60,s=l*24,a=s*30,o=s*365,h=(e==1?El(10,0,3,Ql).filter(Ea):El(10,-3,0,Ql)).concat([t,t*5,t*10,t*15,t*30,i,i*5,i*10,i*15,i*30,l,l*2,l*3,l*4,l*6,l*8,l*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]);const f=[[o,Aa,ht,ht,ht,ht,ht,ht,1],[s*28,"{MMM}",zr,ht,ht,ht,ht,ht,1],[s,Ca,zr,ht,ht,ht,ht,ht,1],[l,"{h}"+Ma,Nl,ht,kl,ht,ht,ht,1],[i,Zi,Nl,ht,kl,ht,ht,ht,1],[t,Vr,Nl+" "+Zi,ht,kl+" "+Zi,ht,Rr,ht,1],[e,Vr+".{fff}",Nl+" "+Zi,ht,kl+" "+Zi,ht,Rr,ht,1]];function y(m){return(b,S,T,M,z,H)=>{let w=[],A=z>=o,_=z>=a&&z<o,Z=m(T),D=bt(Z*e,3),Q=Rs(Z.getFullYear(),A?0:Z.getMonth(),_||A?1:Z.getDate()),Y=bt(Q*e,3);if(_||A){let et=_?z/a:0,J=A?z/o:0,E=D==Y?D:bt(Rs(Q.getFullYear()+J,Q.getMonth()+et,1)*e,3),K=new Date(jt(E/e)),R=K.getFullYear(),W=K.getMonth();for(let N=0;E<=M;N++){let st=Rs(R+J*N,W+et*N,1),I=st-m(bt(st*e,3));E=bt((+st+I)*e,3),E<=M&&w.push(E)}}else{let et=z>=s?s:z,J=pe(T)-pe(D),E=Y+J+is(D-Y,et);w.push(E);let K=m(E),R=K.getHours()+K.getMinutes()/i+K.getSeconds()/l,W=z/l,N=b.axes[S]._space,st=H/N;for(;E=bt(E+z,e==1?0:3),!(E>M);)if(W>1){let I=pe(bt(R+W,6))%24,at=m(E).getHours()-I;at>1&&(at=-1),E-=at*l,R=(R+W)%24;let ft=w[w.length-1];bt((E-ft)/z,3)*st>=.7&&w.push(E)}else w.push(E)}return w}}return[h,f,y]}const[uu,du,pu]=Pa(1),[hu,fu,mu]=Pa(.001);El(2,-53,53,[1]);function Fr(e,t){return e.map(i=>i.map((l,s)=>s==0||s==8||l==null?l:t(s==1||i[8]==0?l:i[1]+l)))}function Hr(e,t){return(i,l,s,a,o)=>{let d=t.find(T=>o>=T[0])||t[t.length-1],h,f,y,m,b,S;return l.map(T=>{let M=e(T),z=M.getFullYear(),H=M.getMonth(),w=M.getDate(),A=M.getHours(),_=M.getMinutes(),Z=M.getSeconds(),D=z!=h&&d[2]||H!=f&&d[3]||w!=y&&d[4]||A!=m&&d[5]||_!=b&&d[6]||Z!=S&&d[7]||d[1];return h=z,f=H,y=w,m=A,b=_,S=Z,D(M)})}}function gu(e,t){let i=hn(t);return(l,s,a,o,d)=>s.map(h=>i(e(h)))}function Rs(e,t,i){return new Date(e,t,i)}function Ir(e,t){return t(e)}const bu="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Or(e,t){return(i,l,s,a)=>a==null?an:t(e(l))}function yu(e,t){let i=e.series[t];return i.width?i.stroke(e,t):i.points.width?i.points.stroke(e,t):null}function vu(e,t){return e.series[t].fill(e,t)}const $u={show:!0,live:!0,isolate:!1,mount:Hc,markers:{show:!0,width:2,stroke:yu,fill:vu,dash:"solid"},idx:null,idxs:null,values:[]};function wu(e,t){let i=e.cursor.points,l=Se(),s=i.size(e,t);xt(l,xl,s),xt(l,_l,s);let a=s/-2;xt(l,"marginLeft",a),xt(l,"marginTop",a);let o=i.width(e,t,s);return o&&xt(l,"borderWidth",o),l}function xu(e,t){let i=e.series[t].points;return i._fill||i._stroke}function _u(e,t){let i=e.series[t].points;return i._stroke||i._fill}function ku(e,t){return e.series[t].points.size}const Vs=[0,0];function Su(e,t,i){return Vs[0]=t,Vs[1]=i,Vs}function Ul(e,t,i,l=!0){return s=>{s.button==0&&(!l||s.target==t)&&i(s)}}function Fs(e,t,i,l=!0){return s=>{(!l||s.target==t)&&i(s)}}const Tu={show:!0,x:!0,y:!0,lock:!1,move:Su,points:{one:!1,show:wu,size:ku,width:0,stroke:_u,fill:xu},bind:{mousedown:Ul,mouseup:Ul,click:Ul,dblclick:Ul,mousemove:Fs,mouseleave:Fs,mouseenter:Fs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,i,l,s)=>l-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},ja={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},mn=Ct({},ja,{filter:va}),Da=Ct({},mn,{size:10}),za=Ct({},ja,{show:!1}),gn='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ra="bold "+gn,Va=1.5,Nr={show:!0,scale:"x",stroke:rn,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ra,side:2,grid:mn,ticks:Da,border:za,font:gn,lineGap:Va,rotate:0},Eu="Value",Lu="Time",Ur={show:!0,scale:"x",auto:!1,sorted:1,min:gt,max:-gt,idxs:[]};function Au(e,t,i,l,s){return t.map(a=>a==null?"":dn(a))}function Cu(e,t,i,l,s,a,o){let d=[],h=ci.get(s)||0;i=o?i:bt(is(i,s),h);for(let f=i;f<=l;f=bt(f+s,h))d.push(Object.is(f,-0)?0:f);return d}function qs(e,t,i,l,s,a,o){const d=[],h=e.scales[e.axes[t].scale].log,f=h==10?Qe:ga,y=pe(f(i));s=il(h,y),h==10&&(s=Si[je(s,Si)]);let m=i,b=s*h;h==10&&(b=Si[je(b,Si)]);do d.push(m),m=m+s,h==10&&!ci.has(m)&&(m=bt(m,ci.get(s))),m>=b&&(s=m,b=s*h,h==10&&(b=Si[je(b,Si)]));while(m<=l);return d}function Mu(e,t,i,l,s,a,o){let h=e.scales[e.axes[t].scale].asinh,f=l>h?qs(e,t,te(h,i),l,s):[h],y=l>=0&&i<=0?[0]:[];return(i<-h?qs(e,t,te(h,-l),-i,s):[h]).reverse().map(b=>-b).concat(y,f)}const Fa=/./,Pu=/[12357]/,ju=/[125]/,Br=/1/,Ks=(e,t,i,l)=>e.map((s,a)=>t==4&&s==0||a%l==0&&i.test(s.toExponential()[s<0?1:0])?s:null);function Du(e,t,i,l,s){let a=e.axes[i],o=a.scale,d=e.scales[o],h=e.valToPos,f=a._space,y=h(10,o),m=h(9,o)-y>=f?Fa:h(7,o)-y>=f?Pu:h(5,o)-y>=f?ju:Br;if(m==Br){let b=Dt(h(1,o)-y);if(b<f)return Ks(t.slice().reverse(),d.distr,m,Te(f/b)).reverse()}return Ks(t,d.distr,m,1)}function zu(e,t,i,l,s){let a=e.axes[i],o=a.scale,d=a._space,h=e.valToPos,f=Dt(h(1,o)-h(2,o));return f<d?Ks(t.slice().reverse(),3,Fa,Te(d/f)).reverse():t}function Ru(e,t,i,l){return l==null?an:t==null?"":dn(t)}const Wr={show:!0,scale:"y",stroke:rn,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ra,side:3,grid:mn,ticks:Da,border:za,font:gn,lineGap:Va,rotate:0};function Vu(e,t){let i=3+(e||1)*2;return bt(i*t,3)}function Fu(e,t){let{scale:i,idxs:l}=e.series[0],s=e._data[0],a=e.valToPos(s[l[0]],i,!0),o=e.valToPos(s[l[1]],i,!0),d=Dt(o-a),h=e.series[t],f=d/(h.points.space*dt);return l[1]-l[0]<=f}const Gr={scale:null,auto:!0,sorted:0,min:gt,max:-gt},Ha=(e,t,i,l,s)=>s,Jr={show:!0,auto:!0,sorted:0,gaps:Ha,alpha:1,facets:[Ct({},Gr,{scale:"x"}),Ct({},Gr,{scale:"y"})]},Yr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ha,alpha:1,points:{show:Fu,filter:null},values:null,min:gt,max:-gt,idxs:[],path:null,clip:null};function Hu(e,t,i,l,s){return i/10}const Ia={time:uc,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Iu=Ct({},Ia,{time:!1,ori:1}),qr={};function Oa(e,t){let i=qr[e];return i||(i={key:e,plots:[],sub(l){i.plots.push(l)},unsub(l){i.plots=i.plots.filter(s=>s!=l)},pub(l,s,a,o,d,h,f){for(let y=0;y<i.plots.length;y++)i.plots[y]!=s&&i.plots[y].pub(l,s,a,o,d,h,f)}},e!=null&&(qr[e]=i)),i}const nl=1,Zs=2;function Ci(e,t,i){const l=e.mode,s=e.series[t],a=l==2?e._data[t]:e._data,o=e.scales,d=e.bbox;let h=a[0],f=l==2?a[1]:a[t],y=l==2?o[s.facets[0].scale]:o[e.series[0].scale],m=l==2?o[s.facets[1].scale]:o[s.scale],b=d.left,S=d.top,T=d.width,M=d.height,z=e.valToPosH,H=e.valToPosV;return y.ori==0?i(s,h,f,y,m,z,H,b,S,T,M,ns,ol,as,Ua,Wa):i(s,h,f,y,m,H,z,S,b,M,T,rs,cl,vn,Ba,Ga)}function bn(e,t){let i=0,l=0,s=ct(e.bands,pn);for(let a=0;a<s.length;a++){let o=s[a];o.series[0]==t?i=o.dir:o.series[1]==t&&(o.dir==1?l|=1:l|=2)}return[i,l==1?-1:l==2?1:l==3?2:0]}function Ou(e,t,i,l,s){let a=e.mode,o=e.series[t],d=a==2?o.facets[1].scale:o.scale,h=e.scales[d];return s==-1?h.min:s==1?h.max:h.distr==3?h.dir==1?h.min:h.max:0}function Xe(e,t,i,l,s,a){return Ci(e,t,(o,d,h,f,y,m,b,S,T,M,z)=>{let H=o.pxRound;const w=f.dir*(f.ori==0?1:-1),A=f.ori==0?ol:cl;let _,Z;w==1?(_=i,Z=l):(_=l,Z=i);let D=H(m(d[_],f,M,S)),Q=H(b(h[_],y,z,T)),Y=H(m(d[Z],f,M,S)),et=H(b(a==1?y.max:y.min,y,z,T)),J=new Path2D(s);return A(J,Y,et),A(J,D,et),A(J,D,Q),J})}function ss(e,t,i,l,s,a){let o=null;if(e.length>0){o=new Path2D;const d=t==0?as:vn;let h=i;for(let m=0;m<e.length;m++){let b=e[m];if(b[1]>b[0]){let S=b[0]-h;S>0&&d(o,h,l,S,l+a),h=b[1]}}let f=i+s-h,y=10;f>0&&d(o,h,l-y/2,f,l+a+y)}return o}function Nu(e,t,i){let l=e[e.length-1];l&&l[0]==t?l[1]=i:e.push([t,i])}function yn(e,t,i,l,s,a,o){let d=[],h=e.length;for(let f=s==1?i:l;f>=i&&f<=l;f+=s)if(t[f]===null){let m=f,b=f;if(s==1)for(;++f<=l&&t[f]===null;)b=f;else for(;--f>=i&&t[f]===null;)b=f;let S=a(e[m]),T=b==m?S:a(e[b]),M=m-s;S=o<=0&&M>=0&&M<h?a(e[M]):S;let H=b+s;T=o>=0&&H>=0&&H<h?a(e[H]):T,T>=S&&d.push([S,T])}return d}function Kr(e){return e==0?ya:e==1?jt:t=>ki(t,e)}function Na(e){let t=e==0?ns:rs,i=e==0?(s,a,o,d,h,f)=>{s.arcTo(a,o,d,h,f)}:(s,a,o,d,h,f)=>{s.arcTo(o,a,h,d,f)},l=e==0?(s,a,o,d,h)=>{s.rect(a,o,d,h)}:(s,a,o,d,h)=>{s.rect(o,a,h,d)};return(s,a,o,d,h,f=0,y=0)=>{f==0&&y==0?l(s,a,o,d,h):(f=De(f,d/2,h/2),y=De(y,d/2,h/2),t(s,a+f,o),i(s,a+d,o,a+d,o+h,f),i(s,a+d,o+h,a,o+h,y),i(s,a,o+h,a,o,y),i(s,a,o,a+d,o,f),s.closePath())}}const ns=(e,t,i)=>{e.moveTo(t,i)},rs=(e,t,i)=>{e.moveTo(i,t)},ol=(e,t,i)=>{e.lineTo(t,i)},cl=(e,t,i)=>{e.lineTo(i,t)},as=Na(0),vn=Na(1),Ua=(e,t,i,l,s,a)=>{e.arc(t,i,l,s,a)},Ba=(e,t,i,l,s,a)=>{e.arc(i,t,l,s,a)},Wa=(e,t,i,l,s,a,o)=>{e.bezierCurveTo(t,i,l,s,a,o)},Ga=(e,t,i,l,s,a,o)=>{e.bezierCurveTo(i,t,s,l,o,a)};function Ja(e){return(t,i,l,s,a)=>Ci(t,i,(o,d,h,f,y,m,b,S,T,M,z)=>{let{pxRound:H,points:w}=o,A,_;f.ori==0?(A=ns,_=Ua):(A=rs,_=Ba);const Z=bt(w.width*dt,3);let D=(w.size-w.width)/2*dt,Q=bt(D*2,3),Y=new Path2D,et=new Path2D,{left:J,top:E,width:K,height:R}=t.bbox;as(et,J-Q,E-Q,K+Q*2,R+Q*2);const W=N=>{if(h[N]!=null){let st=H(m(d[N],f,M,S)),I=H(b(h[N],y,z,T));A(Y,st+D,I),_(Y,st,I,D,0,Gl*2)}};if(a)a.forEach(W);else for(let N=l;N<=s;N++)W(N);return{stroke:Z>0?Y:null,fill:Y,clip:et,flags:nl|Zs}})}function Ya(e){return(t,i,l,s,a,o)=>{l!=s&&(a!=l&&o!=l&&e(t,i,l),a!=s&&o!=s&&e(t,i,s),e(t,i,o))}}const Uu=Ya(ol),Bu=Ya(cl);function qa(e){const t=ct(e?.alignGaps,0);return(i,l,s,a)=>Ci(i,l,(o,d,h,f,y,m,b,S,T,M,z)=>{[s,a]=ts(h,s,a);let H=o.pxRound,w=R=>H(m(R,f,M,S)),A=R=>H(b(R,y,z,T)),_,Z;f.ori==0?(_=ol,Z=Uu):(_=cl,Z=Bu);const D=f.dir*(f.ori==0?1:-1),Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:nl},Y=Q.stroke;let et=!1;if(a-s>=M*4){let R=V=>i.posToVal(V,f.key,!0),W=null,N=null,st,I,ee,_t=w(d[D==1?s:a]),at=w(d[s]),ft=w(d[a]),X=R(D==1?at+1:ft-1);for(let V=D==1?s:a;V>=s&&V<=a;V+=D){let Mt=d[V],kt=(D==1?Mt<X:Mt>X)?_t:w(Mt),pt=h[V];kt==_t?pt!=null?(I=pt,W==null?(_(Y,kt,A(I)),st=W=N=I):I<W?W=I:I>N&&(N=I)):pt===null&&(et=!0):(W!=null&&Z(Y,_t,A(W),A(N),A(st),A(I)),pt!=null?(I=pt,_(Y,kt,A(I)),W=N=st=I):(W=N=null,pt===null&&(et=!0)),_t=kt,X=R(_t+D))}W!=null&&W!=N&&ee!=_t&&Z(Y,_t,A(W),A(N),A(st),A(I))}else for(let R=D==1?s:a;R>=s&&R<=a;R+=D){let W=h[R];W===null?et=!0:W!=null&&_(Y,w(d[R]),A(W))}let[E,K]=bn(i,l);if(o.fill!=null||E!=0){let R=Q.fill=new Path2D(Y),W=o.fillTo(i,l,o.min,o.max,E),N=A(W),st=w(d[s]),I=w(d[a]);D==-1&&([I,st]=[st,I]),_(R,I,N),_(R,st,N)}if(!o.spanGaps){let R=[];et&&R.push(...yn(d,h,s,a,D,w,t)),Q.gaps=R=o.gaps(i,l,s,a,R),Q.clip=ss(R,f.ori,S,T,M,z)}return K!=0&&(Q.band=K==2?[Xe(i,l,s,a,Y,-1),Xe(i,l,s,a,Y,1)]:Xe(i,l,s,a,Y,K)),Q})}function Wu(e){const t=ct(e.align,1),i=ct(e.ascDesc,!1),l=ct(e.alignGaps,0),s=ct(e.extend,!1);return(a,o,d,h)=>Ci(a,o,(f,y,m,b,S,T,M,z,H,w,A)=>{[d,h]=ts(m,d,h);let _=f.pxRound,{left:Z,width:D}=a.bbox,Q=at=>_(T(at,b,w,z)),Y=at=>_(M(at,S,A,H)),et=b.ori==0?ol:cl;const J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:nl},E=J.stroke,K=b.dir*(b.ori==0?1:-1);let R=Y(m[K==1?d:h]),W=Q(y[K==1?d:h]),N=W,st=W;s&&t==-1&&(st=Z,et(E,st,R)),et(E,W,R);for(let at=K==1?d:h;at>=d&&at<=h;at+=K){let ft=m[at];if(ft==null)continue;let X=Q(y[at]),V=Y(ft);t==1?et(E,X,R):et(E,N,V),et(E,X,V),R=V,N=X}let I=N;s&&t==1&&(I=Z+D,et(E,I,R));let[ee,_t]=bn(a,o);if(f.fill!=null||ee!=0){let at=J.fill=new Path2D(E),ft=f.fillTo(a,o,f.min,f.max,ee),X=Y(ft);et(at,I,X),et(at,st,X)}if(!f.spanGaps){let at=[];at.push(...yn(y,m,d,h,K,Q,l));let ft=f.width*dt/2,X=i||t==1?ft:-ft,V=i||t==-1?-ft:ft;at.forEach(Mt=>{Mt[0]+=X,Mt[1]+=V}),J.gaps=at=f.gaps(a,o,d,h,at),J.clip=ss(at,b.ori,z,H,w,A)}return _t!=0&&(J.band=_t==2?[Xe(a,o,d,h,E,-1),Xe(a,o,d,h,E,1)]:Xe(a,o,d,h,E,_t)),J})}function Zr(e,t,i,l,s,a,o=gt){if(e.length>1){let d=null;for(let h=0,f=1/0;h<e.length;h++)if(t[h]!==void 0){if(d!=null){let y=Dt(e[h]-e[d]);y<f&&(f=y,o=Dt(i(e[h],l,s,a)-i(e[d],l,s,a)))}d=h}}return o}function Gu(e){e=e||Tl;const t=ct(e.size,[.6,gt,1]),i=e.align||0,l=e.gap||0;let s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;const a=it(s),o=1-t[0],d=ct(t[1],gt),h=ct(t[2],1),f=ct(e.disp,Tl),y=ct(e.each,S=>{}),{fill:m,stroke:b}=f;return(S,T,M,z)=>Ci(S,T,(H,w,A,_,Z,D,Q,Y,et,J,E)=>{let K=H.pxRound,R=i,W=l*dt,N=d*dt,st=h*dt,I,ee;_.ori==0?[I,ee]=a(S,T):[ee,I]=a(S,T);const _t=_.dir*(_.ori==0?1:-1);let at=_.ori==0?as:vn,ft=_.ori==0?y:(P,yt,Pt,Di,mi,Oe,gi)=>{y(P,yt,Pt,mi,Di,gi,Oe)},X=ct(S.bands,pn).find(P=>P.series[0]==T),V=X!=null?X.dir:0,Mt=H.fillTo(S,T,H.min,H.max,V),qt=K(Q(Mt,Z,E,et)),kt,pt,Ee,re=J,Tt=K(H.width*dt),Ie=!1,qe=null,ve=null,ei=null,Mi=null;m!=null&&(Tt==0||b!=null)&&(Ie=!0,qe=m.values(S,T,M,z),ve=new Map,new Set(qe).forEach(P=>{P!=null&&ve.set(P,new Path2D)}),Tt>0&&(ei=b.values(S,T,M,z),Mi=new Map,new Set(ei).forEach(P=>{P!=null&&Mi.set(P,new Path2D)})));let{x0:Pi,size:dl}=f;if(Pi!=null&&dl!=null){R=1,w=Pi.values(S,T,M,z),Pi.unit==2&&(w=w.map(Pt=>S.posToVal(Y+Pt*J,_.key,!0)));let P=dl.values(S,T,M,z);dl.unit==2?pt=P[0]*J:pt=D(P[0],_,J,Y)-D(0,_,J,Y),re=Zr(w,A,D,_,J,Y,re),Ee=re-pt+W}else re=Zr(w,A,D,_,J,Y,re),Ee=re*o+W,pt=re-Ee;Ee<1&&(Ee=0),Tt>=pt/2&&(Tt=0),Ee<5&&(K=ya);let Cl=Ee>0,hi=re-Ee-(Cl?Tt:0);pt=K(Ys(hi,st,N)),kt=(R==0?pt/2:R==_t?0:pt)-R*_t*((R==0?W/2:0)+(Cl?Tt/2:0));const Kt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},ji=Ie?null:new Path2D;let Ke=null;if(X!=null)Ke=S.data[X.series[1]];else{let{y0:P,y1:yt}=f;P!=null&&yt!=null&&(A=yt.values(S,T,M,z),Ke=P.values(S,T,M,z))}let fi=I*pt,q=ee*pt;for(let P=_t==1?M:z;P>=M&&P<=z;P+=_t){let yt=A[P];if(yt==null)continue;if(Ke!=null){let ie=Ke[P]??0;if(yt-ie==0)continue;qt=Q(ie,Z,E,et)}let Pt=_.distr!=2||f!=null?w[P]:P,Di=D(Pt,_,J,Y),mi=Q(ct(yt,Mt),Z,E,et),Oe=K(Di-kt),gi=K(te(mi,qt)),ae=K(De(mi,qt)),$e=gi-ae;if(yt!=null){let ie=yt<0?q:fi,Le=yt<0?fi:q;Ie?(Tt>0&&ei[P]!=null&&at(Mi.get(ei[P]),Oe,ae+pe(Tt/2),pt,te(0,$e-Tt),ie,Le),qe[P]!=null&&at(ve.get(qe[P]),Oe,ae+pe(Tt/2),pt,te(0,$e-Tt),ie,Le)):at(ji,Oe,ae+pe(Tt/2),pt,te(0,$e-Tt),ie,Le),ft(S,T,P,Oe-Tt/2,ae,pt+Tt,$e)}}return Tt>0?Kt.stroke=Ie?Mi:ji:Ie||(Kt._fill=H.width==0?H._fill:H._stroke??H._fill,Kt.width=0),Kt.fill=Ie?ve:ji,Kt})}function Ju(e,t){const i=ct(t?.alignGaps,0);return(l,s,a,o)=>Ci(l,s,(d,h,f,y,m,b,S,T,M,z,H)=>{[a,o]=ts(f,a,o);let w=d.pxRound,A=I=>w(b(I,y,z,T)),_=I=>w(S(I,m,H,M)),Z,D,Q;y.ori==0?(Z=ns,Q=ol,D=Wa):(Z=rs,Q=cl,D=Ga);const Y=y.dir*(y.ori==0?1:-1);let et=A(h[Y==1?a:o]),J=et,E=[],K=[];for(let I=Y==1?a:o;I>=a&&I<=o;I+=Y)if(f[I]!=null){let _t=h[I],at=A(_t);E.push(J=at),K.push(_(f[I]))}const R={stroke:e(E,K,Z,Q,D,w),fill:null,clip:null,band:null,gaps:null,flags:nl},W=R.stroke;let[N,st]=bn(l,s);if(d.fill!=null||N!=0){let I=R.fill=new Path2D(W),ee=d.fillTo(l,s,d.min,d.max,N),_t=_(ee);Q(I,J,_t),Q(I,et,_t)}if(!d.spanGaps){let I=[];I.push(...yn(h,f,a,o,Y,A,i)),R.gaps=I=d.gaps(l,s,a,o,I),R.clip=ss(I,y.ori,T,M,z,H)}return st!=0&&(R.band=st==2?[Xe(l,s,a,o,W,-1),Xe(l,s,a,o,W,1)]:Xe(l,s,a,o,W,st)),R})}function Yu(e){return Ju(qu,e)}function qu(e,t,i,l,s,a){const o=e.length;if(o<2)return null;const d=new Path2D;if(i(d,e[0],t[0]),o==2)l(d,e[1],t[1]);else{let h=Array(o),f=Array(o-1),y=Array(o-1),m=Array(o-1);for(let b=0;b<o-1;b++)y[b]=t[b+1]-t[b],m[b]=e[b+1]-e[b],f[b]=y[b]/m[b];h[0]=f[0];for(let b=1;b<o-1;b++)f[b]===0||f[b-1]===0||f[b-1]>0!=f[b]>0?h[b]=0:(h[b]=3*(m[b-1]+m[b])/((2*m[b]+m[b-1])/f[b-1]+(m[b]+2*m[b-1])/f[b]),isFinite(h[b])||(h[b]=0));h[o-1]=f[o-2];for(let b=0;b<o-1;b++)s(d,e[b]+m[b]/3,t[b]+h[b]*m[b]/3,e[b+1]-m[b]/3,t[b+1]-h[b+1]*m[b]/3,e[b+1],t[b+1])}return d}const Qs=new Set;function Qr(){for(let e of Qs)e.syncRect(!0)}al&&(Ei(Ac,Xi,Qr),Ei(Cc,Xi,Qr,!0),Ei(Kl,Xi,()=>{Gt.pxRatio=dt}));const Ku=qa(),Zu=Ja();function Xr(e,t,i,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,o)=>Xs(a,o,t,i))}function Qu(e,t){return e.map((i,l)=>l==0?{}:Ct({},t,i))}function Xs(e,t,i,l){return Ct({},t==0?i:l,e)}function Ka(e,t,i){return t==null?ll:[t,i]}const Xu=Ka;function td(e,t,i){return t==null?ll:Zl(t,i,un,!0)}function Za(e,t,i,l){return t==null?ll:es(t,i,e.scales[l].log,!1)}const ed=Za;function Qa(e,t,i,l){return t==null?ll:cn(t,i,e.scales[l].log,!1)}const id=Qa;function ld(e,t,i,l,s){let a=te(Mr(e),Mr(t)),o=t-e,d=je(s/l*o,i);do{let h=i[d],f=l*h/o;if(f>=s&&a+(h<5?ci.get(h):0)<=17)return[h,f]}while(++d<i.length);return[0,0]}function ta(e){let t,i;return e=e.replace(/(\d+)px/,(l,s)=>(t=jt((i=+s)*dt))+"px"),[e,t,i]}function sd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let i=bt(t[2]*dt,1);t[0]=t[0].replace(/[0-9.]+px/,i+"px"),t[1]=i})}function Gt(e,t,i){const l={mode:ct(e.mode,1)},s=l.mode;function a(n,r,c,u){let p=r.valToPct(n);return u+c*(r.dir==-1?1-p:p)}function o(n,r,c,u){let p=r.valToPct(n);return u+c*(r.dir==-1?p:1-p)}function d(n,r,c,u){return r.ori==0?a(n,r,c,u):o(n,r,c,u)}l.valToPosH=a,l.valToPosV=o;let h=!1;l.status=0;const f=l.root=Se(dc);if(e.id!=null&&(f.id=e.id),de(f,e.class),e.title){let n=Se(fc,f);n.textContent=e.title}const y=Pe("canvas"),m=l.ctx=y.getContext("2d"),b=Se(mc,f);Ei("click",b,n=>{n.target===T&&(vt!=Wi||St!=Gi)&&Bt.click(l,n)},!0);const S=l.under=Se(gc,b);b.appendChild(y);const T=l.over=Se(bc,b);e=sl(e);const M=+ct(e.pxAlign,1),z=Kr(M);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(l,e)||e)});const H=e.ms||.001,w=l.series=s==1?Xr(e.series||[],Ur,Yr,!1):Qu(e.series||[null],Jr),A=l.axes=Xr(e.axes||[],Nr,Wr,!0),_=l.scales={},Z=l.bands=e.bands||[];Z.forEach(n=>{n.fill=it(n.fill||null),n.dir=ct(n.dir,-1)});const D=s==2?w[1].facets[0].scale:w[0].scale,Q={axes:bo,series:po},Y=(e.drawOrder||["axes","series"]).map(n=>Q[n]);function et(n){const r=n.distr==3?c=>Qe(c>0?c:n.clamp(l,c,n.min,n.max,n.key)):n.distr==4?c=>zs(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=r(c),{_min:p,_max:g}=n,v=g-p;return(u-p)/v}}function J(n){let r=_[n];if(r==null){let c=(e.scales||Tl)[n]||Tl;if(c.from!=null){J(c.from);let u=Ct({},_[c.from],c,{key:n});u.valToPct=et(u),_[n]=u}else{r=_[n]=Ct({},n==D?Ia:Iu,c),r.key=n;let u=r.time,p=r.range,g=ai(p);if((n!=D||s==2&&!u)&&(g&&(p[0]==null||p[1]==null)&&(p={min:p[0]==null?Lr:{mode:1,hard:p[0],soft:p[0]},max:p[1]==null?Lr:{mode:1,hard:p[1],soft:p[1]}},g=!1),!g&&ls(p))){let v=p;p=(x,k,L)=>k==null?ll:Zl(k,L,v)}r.range=it(p||(u?Xu:n==D?r.distr==3?ed:r.distr==4?id:Ka:r.distr==3?Za:r.distr==4?Qa:td)),r.auto=it(g?!1:r.auto),r.clamp=it(r.clamp||Hu),r._min=r._max=null,r.valToPct=et(r)}}}J("x"),J("y"),s==1&&w.forEach(n=>{J(n.scale)}),A.forEach(n=>{J(n.scale)});for(let n in e.scales)J(n);const E=_[D],K=E.distr;let R,W;E.ori==0?(de(f,pc),R=a,W=o):(de(f,hc),R=o,W=a);const N={};for(let n in _){let r=_[n];(r.min!=null||r.max!=null)&&(N[n]={min:r.min,max:r.max},r.min=r.max=null)}const st=e.tzDate||(n=>new Date(jt(n/H))),I=e.fmtDate||hn,ee=H==1?pu(st):mu(st),_t=Hr(st,Fr(H==1?du:fu,I)),at=Or(st,Ir(bu,I)),ft=[],X=l.legend=Ct({},$u,e.legend),V=l.cursor=Ct({},Tu,{drag:{y:s==2}},e.cursor),Mt=X.show,qt=V.show,kt=X.markers;X.idxs=ft,kt.width=it(kt.width),kt.dash=it(kt.dash),kt.stroke=it(kt.stroke),kt.fill=it(kt.fill);let pt,Ee,re,Tt=[],Ie=[],qe,ve=!1,ei={};if(X.live){const n=w[1]?w[1].values:null;ve=n!=null,qe=ve?n(l,1,0):{_:0};for(let r in qe)ei[r]=an}if(Mt)if(pt=Pe("table",_c,f),re=Pe("tbody",null,pt),X.mount(l,pt),ve){Ee=Pe("thead",null,pt,re);let n=Pe("tr",null,Ee);Pe("th",null,n);for(var Mi in qe)Pe("th",mr,n).textContent=Mi}else de(pt,Sc),X.live&&de(pt,kc);const Pi={show:!0},dl={show:!1};function Cl(n,r){if(r==0&&(ve||!X.live||s==2))return ll;let c=[],u=Pe("tr",Tc,re,re.childNodes[r]);de(u,n.class),n.show||de(u,Ti);let p=Pe("th",null,u);if(kt.show){let x=Se(Ec,p);if(r>0){let k=kt.width(l,r);k&&(x.style.border=k+"px "+kt.dash(l,r)+" "+kt.stroke(l,r)),x.style.background=kt.fill(l,r)}}let g=Se(mr,p);n.label instanceof HTMLElement?g.appendChild(n.label):g.textContent=n.label,r>0&&(kt.show||(g.style.color=n.width>0?kt.stroke(l,r):kt.fill(l,r)),Kt("click",p,x=>{if(V._lock)return;yi(x);let k=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=X.isolate){let L=w.some((C,j)=>j>0&&j!=k&&C.show);w.forEach((C,j)=>{j>0&&Ue(j,L?j==k?Pi:dl:Pi,!0,At.setSeries)})}else Ue(k,{show:!n.show},!0,At.setSeries)},!1),Ri&&Kt(vr,p,x=>{V._lock||(yi(x),Ue(w.indexOf(n),Yi,!0,At.setSeries))},!1));for(var v in qe){let x=Pe("td",Lc,u);x.textContent="--",c.push(x)}return[u,c]}const hi=new Map;function Kt(n,r,c,u=!0){const p=hi.get(r)||{},g=V.bind[n](l,r,c,u);g&&(Ei(n,r,p[n]=g),hi.set(r,p))}function ji(n,r,c){const u=hi.get(r)||{};for(let p in u)(n==null||p==n)&&(Js(p,r,u[p]),delete u[p]);n==null&&hi.delete(r)}let Ke=0,fi=0,q=0,P=0,yt=0,Pt=0,Di=yt,mi=Pt,Oe=q,gi=P,ae=0,$e=0,ie=0,Le=0;l.bbox={};let cs=!1,Ml=!1,zi=!1,bi=!1,Pl=!1,we=!1;function us(n,r,c){(c||n!=l.width||r!=l.height)&&Dn(n,r),Oi(!1),zi=!0,Ml=!0,Ni()}function Dn(n,r){l.width=Ke=q=n,l.height=fi=P=r,yt=Pt=0,so(),no();let c=l.bbox;ae=c.left=ki(yt*dt,.5),$e=c.top=ki(Pt*dt,.5),ie=c.width=ki(q*dt,.5),Le=c.height=ki(P*dt,.5)}const eo=3;function io(){let n=!1,r=0;for(;!n;){r++;let c=mo(r),u=go(r);n=r==eo||c&&u,n||(Dn(l.width,l.height),Ml=!0)}}function lo({width:n,height:r}){us(n,r)}l.setSize=lo;function so(){let n=!1,r=!1,c=!1,u=!1;A.forEach((p,g)=>{if(p.show&&p._show){let{side:v,_size:x}=p,k=v%2,L=p.label!=null?p.labelSize:0,C=x+L;C>0&&(k?(q-=C,v==3?(yt+=C,u=!0):c=!0):(P-=C,v==0?(Pt+=C,n=!0):r=!0))}}),vi[0]=n,vi[1]=c,vi[2]=r,vi[3]=u,q-=ii[1]+ii[3],yt+=ii[3],P-=ii[2]+ii[0],Pt+=ii[0]}function no(){let n=yt+q,r=Pt+P,c=yt,u=Pt;function p(g,v){switch(g){case 1:return n+=v,n-v;case 2:return r+=v,r-v;case 3:return c-=v,c+v;case 0:return u-=v,u+v}}A.forEach((g,v)=>{if(g.show&&g._show){let x=g.side;g._pos=p(x,g._size),g.label!=null&&(g._lpos=p(x,g.labelSize))}})}if(V.dataIdx==null){let n=V.hover,r=n.skip=new Set(n.skip??[]);r.add(void 0);let c=n.prox=it(n.prox),u=n.bias??=0;V.dataIdx=(p,g,v,x)=>{if(g==0)return v;let k=v,L=c(p,g,v,x)??gt,C=L>=0&&L<gt,j=E.ori==0?q:P,G=V.left,ut=t[0],ot=t[g];if(r.has(ot[v])){k=null;let tt=null,B=null,F;if(u==0||u==-1)for(F=v;tt==null&&F-- >0;)r.has(ot[F])||(tt=F);if(u==0||u==1)for(F=v;B==null&&F++<ot.length;)r.has(ot[F])||(B=F);if(tt!=null||B!=null)if(C){let wt=tt==null?-1/0:R(ut[tt],E,j,0),Et=B==null?1/0:R(ut[B],E,j,0),Ot=G-wt,mt=Et-G;Ot<=mt?Ot<=L&&(k=tt):mt<=L&&(k=B)}else k=B==null?tt:tt==null?B:v-tt<=B-v?tt:B}else C&&Dt(G-R(ut[v],E,j,0))>L&&(k=null);return k}}const yi=n=>{V.event=n};V.idxs=ft,V._lock=!1;let Jt=V.points;Jt.show=it(Jt.show),Jt.size=it(Jt.size),Jt.stroke=it(Jt.stroke),Jt.width=it(Jt.width),Jt.fill=it(Jt.fill);const Ne=l.focus=Ct({},e.focus||{alpha:.3},V.focus),Ri=Ne.prox>=0,Vi=Ri&&Jt.one;let xe=[],Fi=[],Hi=[];function zn(n,r){let c=Jt.show(l,r);if(c instanceof HTMLElement)return de(c,xc),de(c,n.class),Je(c,-10,-10,q,P),T.insertBefore(c,xe[r]),c}function Rn(n,r){if(s==1||r>0){let c=s==1&&_[n.scale].time,u=n.value;n.value=c?Dr(u)?Or(st,Ir(u,I)):u||at:u||Ru,n.label=n.label||(c?Lu:Eu)}if(Vi||r>0){n.width=n.width==null?1:n.width,n.paths=n.paths||Ku||Ic,n.fillTo=it(n.fillTo||Ou),n.pxAlign=+ct(n.pxAlign,M),n.pxRound=Kr(n.pxAlign),n.stroke=it(n.stroke||null),n.fill=it(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=Vu(te(1,n.width),1),u=n.points=Ct({},{size:c,width:te(1,c*.2),stroke:n.stroke,space:c*2,paths:Zu,_stroke:null,_fill:null},n.points);u.show=it(u.show),u.filter=it(u.filter),u.fill=it(u.fill),u.stroke=it(u.stroke),u.paths=it(u.paths),u.pxAlign=n.pxAlign}if(Mt){let c=Cl(n,r);Tt.splice(r,0,c[0]),Ie.splice(r,0,c[1]),X.values.push(null)}if(qt){ft.splice(r,0,null);let c=null;Vi?r==0&&(c=zn(n,r)):r>0&&(c=zn(n,r)),xe.splice(r,0,c),Fi.splice(r,0,0),Hi.splice(r,0,0)}It("addSeries",r)}function ro(n,r){r=r??w.length,n=s==1?Xs(n,r,Ur,Yr):Xs(n,r,{},Jr),w.splice(r,0,n),Rn(w[r],r)}l.addSeries=ro;function ao(n){if(w.splice(n,1),Mt){X.values.splice(n,1),Ie.splice(n,1);let r=Tt.splice(n,1)[0];ji(null,r.firstChild),r.remove()}qt&&(ft.splice(n,1),xe.splice(n,1)[0].remove(),Fi.splice(n,1),Hi.splice(n,1)),It("delSeries",n)}l.delSeries=ao;const vi=[!1,!1,!1,!1];function oo(n,r){if(n._show=n.show,n.show){let c=n.side%2,u=_[n.scale];u==null&&(n.scale=c?w[1].scale:D,u=_[n.scale]);let p=u.time;n.size=it(n.size),n.space=it(n.space),n.rotate=it(n.rotate),ai(n.incrs)&&n.incrs.forEach(v=>{!ci.has(v)&&ci.set(v,wa(v))}),n.incrs=it(n.incrs||(u.distr==2?ou:p?H==1?uu:hu:Si)),n.splits=it(n.splits||(p&&u.distr==1?ee:u.distr==3?qs:u.distr==4?Mu:Cu)),n.stroke=it(n.stroke),n.grid.stroke=it(n.grid.stroke),n.ticks.stroke=it(n.ticks.stroke),n.border.stroke=it(n.border.stroke);let g=n.values;n.values=ai(g)&&!ai(g[0])?it(g):p?ai(g)?Hr(st,Fr(g,I)):Dr(g)?gu(st,g):g||_t:g||Au,n.filter=it(n.filter||(u.distr>=3&&u.log==10?Du:u.distr==3&&u.log==2?zu:va)),n.font=ta(n.font),n.labelFont=ta(n.labelFont),n._size=n.size(l,null,r,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(vi[r]=!0,n._el=Se(yc,b))}}function pl(n,r,c,u){let[p,g,v,x]=c,k=r%2,L=0;return k==0&&(x||g)&&(L=r==0&&!p||r==2&&!v?jt(Nr.size/3):0),k==1&&(p||v)&&(L=r==1&&!g||r==3&&!x?jt(Wr.size/2):0),L}const Vn=l.padding=(e.padding||[pl,pl,pl,pl]).map(n=>it(ct(n,pl))),ii=l._padding=Vn.map((n,r)=>n(l,r,vi,0));let Ut,Rt=null,Vt=null;const jl=s==1?w[0].idxs:null;let Ae=null,hl=!1;function Fn(n,r){if(t=n??[],l.data=l._data=t,s==2){Ut=0;for(let c=1;c<w.length;c++)Ut+=t[c][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),Ae=t[0],Ut=Ae.length;let c=t;if(K==2){c=t.slice();let u=c[0]=Array(Ut);for(let p=0;p<Ut;p++)u[p]=p}l._data=t=c}if(Oi(!0),It("setData"),K==2&&(zi=!0),r!==!1){let c=E;c.auto(l,hl)?ds():si(D,c.min,c.max),bi=bi||V.left>=0,we=!0,Ni()}}l.setData=Fn;function ds(){hl=!0;let n,r;s==1&&(Ut>0?(Rt=jl[0]=0,Vt=jl[1]=Ut-1,n=t[0][Rt],r=t[0][Vt],K==2?(n=Rt,r=Vt):n==r&&(K==3?[n,r]=es(n,n,E.log,!1):K==4?[n,r]=cn(n,n,E.log,!1):E.time?r=n+jt(86400/H):[n,r]=Zl(n,r,un,!0))):(Rt=jl[0]=n=null,Vt=jl[1]=r=null)),si(D,n,r)}let Dl,Ii,ps,hs,fs,ms,gs,bs,ys,le;function Hn(n,r,c,u,p,g){n??=br,c??=pn,u??="butt",p??=br,g??="round",n!=Dl&&(m.strokeStyle=Dl=n),p!=Ii&&(m.fillStyle=Ii=p),r!=ps&&(m.lineWidth=ps=r),g!=fs&&(m.lineJoin=fs=g),u!=ms&&(m.lineCap=ms=u),c!=hs&&m.setLineDash(hs=c)}function In(n,r,c,u){r!=Ii&&(m.fillStyle=Ii=r),n!=gs&&(m.font=gs=n),c!=bs&&(m.textAlign=bs=c),u!=ys&&(m.textBaseline=ys=u)}function vs(n,r,c,u,p=0){if(u.length>0&&n.auto(l,hl)&&(r==null||r.min==null)){let g=ct(Rt,0),v=ct(Vt,u.length-1),x=c.min==null?Dc(u,g,v,p,n.distr==3):[c.min,c.max];n.min=De(n.min,c.min=x[0]),n.max=te(n.max,c.max=x[1])}}const On={min:null,max:null};function co(){for(let u in _){let p=_[u];N[u]==null&&(p.min==null||N[D]!=null&&p.auto(l,hl))&&(N[u]=On)}for(let u in _){let p=_[u];N[u]==null&&p.from!=null&&N[p.from]!=null&&(N[u]=On)}N[D]!=null&&Oi(!0);let n={};for(let u in N){let p=N[u];if(p!=null){let g=n[u]=sl(_[u],Uc);if(p.min!=null)Ct(g,p);else if(u!=D||s==2)if(Ut==0&&g.from==null){let v=g.range(l,null,null,u);g.min=v[0],g.max=v[1]}else g.min=gt,g.max=-gt}}if(Ut>0){w.forEach((u,p)=>{if(s==1){let g=u.scale,v=N[g];if(v==null)return;let x=n[g];if(p==0){let k=x.range(l,x.min,x.max,g);x.min=k[0],x.max=k[1],Rt=je(x.min,t[0]),Vt=je(x.max,t[0]),Vt-Rt>1&&(t[0][Rt]<x.min&&Rt++,t[0][Vt]>x.max&&Vt--),u.min=Ae[Rt],u.max=Ae[Vt]}else u.show&&u.auto&&vs(x,v,u,t[p],u.sorted);u.idxs[0]=Rt,u.idxs[1]=Vt}else if(p>0&&u.show&&u.auto){let[g,v]=u.facets,x=g.scale,k=v.scale,[L,C]=t[p],j=n[x],G=n[k];j!=null&&vs(j,N[x],g,L,g.sorted),G!=null&&vs(G,N[k],v,C,v.sorted),u.min=v.min,u.max=v.max}});for(let u in n){let p=n[u],g=N[u];if(p.from==null&&(g==null||g.min==null)){let v=p.range(l,p.min==gt?null:p.min,p.max==-gt?null:p.max,u);p.min=v[0],p.max=v[1]}}}for(let u in n){let p=n[u];if(p.from!=null){let g=n[p.from];if(g.min==null)p.min=p.max=null;else{let v=p.range(l,g.min,g.max,u);p.min=v[0],p.max=v[1]}}}let r={},c=!1;for(let u in n){let p=n[u],g=_[u];if(g.min!=p.min||g.max!=p.max){g.min=p.min,g.max=p.max;let v=g.distr;g._min=v==3?Qe(g.min):v==4?zs(g.min,g.asinh):v==100?g.fwd(g.min):g.min,g._max=v==3?Qe(g.max):v==4?zs(g.max,g.asinh):v==100?g.fwd(g.max):g.max,r[u]=c=!0}}if(c){w.forEach((u,p)=>{s==2?p>0&&r.y&&(u._paths=null):r[u.scale]&&(u._paths=null)});for(let u in r)zi=!0,It("setScale",u);qt&&V.left>=0&&(bi=we=!0)}for(let u in N)N[u]=null}function uo(n){let r=Ys(Rt-1,0,Ut-1),c=Ys(Vt+1,0,Ut-1);for(;n[r]==null&&r>0;)r--;for(;n[c]==null&&c<Ut-1;)c++;return[r,c]}function po(){if(Ut>0){let n=w.some(r=>r._focus)&&le!=Ne.alpha;n&&(m.globalAlpha=le=Ne.alpha),w.forEach((r,c)=>{if(c>0&&r.show&&(Nn(c,!1),Nn(c,!0),r._paths==null)){let u=le;le!=r.alpha&&(m.globalAlpha=le=r.alpha);let p=s==2?[0,t[c][0].length-1]:uo(t[c]);r._paths=r.paths(l,c,p[0],p[1]),le!=u&&(m.globalAlpha=le=u)}}),w.forEach((r,c)=>{if(c>0&&r.show){let u=le;le!=r.alpha&&(m.globalAlpha=le=r.alpha),r._paths!=null&&Un(c,!1);{let p=r._paths!=null?r._paths.gaps:null,g=r.points.show(l,c,Rt,Vt,p),v=r.points.filter(l,c,g,p);(g||v)&&(r.points._paths=r.points.paths(l,c,Rt,Vt,v),Un(c,!0))}le!=u&&(m.globalAlpha=le=u),It("drawSeries",c)}}),n&&(m.globalAlpha=le=1)}}function Nn(n,r){let c=r?w[n].points:w[n];c._stroke=c.stroke(l,n),c._fill=c.fill(l,n)}function Un(n,r){let c=r?w[n].points:w[n],{stroke:u,fill:p,clip:g,flags:v,_stroke:x=c._stroke,_fill:k=c._fill,_width:L=c.width}=c._paths;L=bt(L*dt,3);let C=null,j=L%2/2;r&&k==null&&(k=L>0?"#fff":x);let G=c.pxAlign==1&&j>0;if(G&&m.translate(j,j),!r){let ut=ae-L/2,ot=$e-L/2,tt=ie+L,B=Le+L;C=new Path2D,C.rect(ut,ot,tt,B)}r?$s(x,L,c.dash,c.cap,k,u,p,v,g):ho(n,x,L,c.dash,c.cap,k,u,p,v,C,g),G&&m.translate(-j,-j)}function ho(n,r,c,u,p,g,v,x,k,L,C){let j=!1;k!=0&&Z.forEach((G,ut)=>{if(G.series[0]==n){let ot=w[G.series[1]],tt=t[G.series[1]],B=(ot._paths||Tl).band;ai(B)&&(B=G.dir==1?B[0]:B[1]);let F,wt=null;ot.show&&B&&Rc(tt,Rt,Vt)?(wt=G.fill(l,ut)||g,F=ot._paths.clip):B=null,$s(r,c,u,p,wt,v,x,k,L,C,F,B),j=!0}}),j||$s(r,c,u,p,g,v,x,k,L,C)}const Bn=nl|Zs;function $s(n,r,c,u,p,g,v,x,k,L,C,j){Hn(n,r,c,u,p),(k||L||j)&&(m.save(),k&&m.clip(k),L&&m.clip(L)),j?(x&Bn)==Bn?(m.clip(j),C&&m.clip(C),Rl(p,v),zl(n,g,r)):x&Zs?(Rl(p,v),m.clip(j),zl(n,g,r)):x&nl&&(m.save(),m.clip(j),C&&m.clip(C),Rl(p,v),m.restore(),zl(n,g,r)):(Rl(p,v),zl(n,g,r)),(k||L||j)&&m.restore()}function zl(n,r,c){c>0&&(r instanceof Map?r.forEach((u,p)=>{m.strokeStyle=Dl=p,m.stroke(u)}):r!=null&&n&&m.stroke(r))}function Rl(n,r){r instanceof Map?r.forEach((c,u)=>{m.fillStyle=Ii=u,m.fill(c)}):r!=null&&n&&m.fill(r)}function fo(n,r,c,u){let p=A[n],g;if(u<=0)g=[0,0];else{let v=p._space=p.space(l,n,r,c,u),x=p._incrs=p.incrs(l,n,r,c,u,v);g=ld(r,c,x,u,v)}return p._found=g}function ws(n,r,c,u,p,g,v,x,k,L){let C=v%2/2;M==1&&m.translate(C,C),Hn(x,v,k,L,x),m.beginPath();let j,G,ut,ot,tt=p+(u==0||u==3?-g:g);c==0?(G=p,ot=tt):(j=p,ut=tt);for(let B=0;B<n.length;B++)r[B]!=null&&(c==0?j=ut=n[B]:G=ot=n[B],m.moveTo(j,G),m.lineTo(ut,ot));m.stroke(),M==1&&m.translate(-C,-C)}function mo(n){let r=!0;return A.forEach((c,u)=>{if(!c.show)return;let p=_[c.scale];if(p.min==null){c._show&&(r=!1,c._show=!1,Oi(!1));return}else c._show||(r=!1,c._show=!0,Oi(!1));let g=c.side,v=g%2,{min:x,max:k}=p,[L,C]=fo(u,x,k,v==0?q:P);if(C==0)return;let j=p.distr==2,G=c._splits=c.splits(l,u,x,k,L,C,j),ut=p.distr==2?G.map(F=>Ae[F]):G,ot=p.distr==2?Ae[G[1]]-Ae[G[0]]:L,tt=c._values=c.values(l,c.filter(l,ut,u,C,ot),u,C,ot);c._rotate=g==2?c.rotate(l,tt,u,C):0;let B=c._size;c._size=Te(c.size(l,tt,u,n)),B!=null&&c._size!=B&&(r=!1)}),r}function go(n){let r=!0;return Vn.forEach((c,u)=>{let p=c(l,u,vi,n);p!=ii[u]&&(r=!1),ii[u]=p}),r}function bo(){for(let n=0;n<A.length;n++){let r=A[n];if(!r.show||!r._show)continue;let c=r.side,u=c%2,p,g,v=r.stroke(l,n),x=c==0||c==3?-1:1,[k,L]=r._found;if(r.label!=null){let Qt=r.labelGap*x,ue=jt((r._lpos+Qt)*dt);In(r.labelFont[0],v,"center",c==2?vl:gr),m.save(),u==1?(p=g=0,m.translate(ue,jt($e+Le/2)),m.rotate((c==3?-Gl:Gl)/2)):(p=jt(ae+ie/2),g=ue);let xi=ba(r.label)?r.label(l,n,k,L):r.label;m.fillText(xi,p,g),m.restore()}if(L==0)continue;let C=_[r.scale],j=u==0?ie:Le,G=u==0?ae:$e,ut=r._splits,ot=C.distr==2?ut.map(Qt=>Ae[Qt]):ut,tt=C.distr==2?Ae[ut[1]]-Ae[ut[0]]:k,B=r.ticks,F=r.border,wt=B.show?B.size:0,Et=jt(wt*dt),Ot=jt((r.alignTo==2?r._size-wt-r.gap:r.gap)*dt),mt=r._rotate*-Gl/180,Lt=z(r._pos*dt),oe=(Et+Ot)*x,Zt=Lt+oe;g=u==0?Zt:0,p=u==1?Zt:0;let _e=r.font[0],Ce=r.align==1?Ki:r.align==2?Ps:mt>0?Ki:mt<0?Ps:u==0?"center":c==3?Ps:Ki,We=mt||u==1?"middle":c==2?vl:gr;In(_e,v,Ce,We);let ce=r.font[1]*r.lineGap,ke=ut.map(Qt=>z(d(Qt,C,j,G))),Me=r._values;for(let Qt=0;Qt<Me.length;Qt++){let ue=Me[Qt];if(ue!=null){u==0?p=ke[Qt]:g=ke[Qt],ue=""+ue;let xi=ue.indexOf(`
`)==-1?[ue]:ue.split(/\n/gm);for(let Xt=0;Xt<xi.length;Xt++){let cr=xi[Xt];mt?(m.save(),m.translate(p,g+Xt*ce),m.rotate(mt),m.fillText(cr,0,0),m.restore()):m.fillText(cr,p,g+Xt*ce)}}}B.show&&ws(ke,B.filter(l,ot,n,L,tt),u,c,Lt,Et,bt(B.width*dt,3),B.stroke(l,n),B.dash,B.cap);let Ge=r.grid;Ge.show&&ws(ke,Ge.filter(l,ot,n,L,tt),u,u==0?2:1,u==0?$e:ae,u==0?Le:ie,bt(Ge.width*dt,3),Ge.stroke(l,n),Ge.dash,Ge.cap),F.show&&ws([Lt],[1],u==0?1:0,u==0?1:2,u==1?$e:ae,u==1?Le:ie,bt(F.width*dt,3),F.stroke(l,n),F.dash,F.cap)}It("drawAxes")}function Oi(n){w.forEach((r,c)=>{c>0&&(r._paths=null,n&&(s==1?(r.min=null,r.max=null):r.facets.forEach(u=>{u.min=null,u.max=null})))})}let Vl=!1,xs=!1,fl=[];function yo(){xs=!1;for(let n=0;n<fl.length;n++)It(...fl[n]);fl.length=0}function Ni(){Vl||(Kc(Wn),Vl=!0)}function vo(n,r=!1){Vl=!0,xs=r,n(l),Wn(),r&&fl.length>0&&queueMicrotask(yo)}l.batch=vo;function Wn(){if(cs&&(co(),cs=!1),zi&&(io(),zi=!1),Ml){if(xt(S,Ki,yt),xt(S,vl,Pt),xt(S,xl,q),xt(S,_l,P),xt(T,Ki,yt),xt(T,vl,Pt),xt(T,xl,q),xt(T,_l,P),xt(b,xl,Ke),xt(b,_l,fi),y.width=jt(Ke*dt),y.height=jt(fi*dt),A.forEach(({_el:n,_show:r,_size:c,_pos:u,side:p})=>{if(n!=null)if(r){let g=p===3||p===0?c:0,v=p%2==1;xt(n,v?"left":"top",u-g),xt(n,v?"width":"height",c),xt(n,v?"top":"left",v?Pt:yt),xt(n,v?"height":"width",v?P:q),Gs(n,Ti)}else de(n,Ti)}),Dl=Ii=ps=fs=ms=gs=bs=ys=hs=null,le=1,bl(!0),yt!=Di||Pt!=mi||q!=Oe||P!=gi){Oi(!1);let n=q/Oe,r=P/gi;if(qt&&!bi&&V.left>=0){V.left*=n,V.top*=r,Ui&&Je(Ui,jt(V.left),0,q,P),Bi&&Je(Bi,0,jt(V.top),q,P);for(let c=0;c<xe.length;c++){let u=xe[c];u!=null&&(Fi[c]*=n,Hi[c]*=r,Je(u,Te(Fi[c]),Te(Hi[c]),q,P))}}if($t.show&&!Pl&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=r,$t.height*=r;for(let c in Ls)xt(Ji,c,$t[c])}Di=yt,mi=Pt,Oe=q,gi=P}It("setSize"),Ml=!1}Ke>0&&fi>0&&(m.clearRect(0,0,y.width,y.height),It("drawClear"),Y.forEach(n=>n()),It("draw")),$t.show&&Pl&&(Fl($t),Pl=!1),qt&&bi&&(wi(null,!0,!1),bi=!1),X.show&&X.live&&we&&(Ts(),we=!1),h||(h=!0,l.status=1,It("ready")),hl=!1,Vl=!1}l.redraw=(n,r)=>{zi=r||!1,n!==!1?si(D,E.min,E.max):Ni()};function _s(n,r){let c=_[n];if(c.from==null){if(Ut==0){let u=c.range(l,r.min,r.max,n);r.min=u[0],r.max=u[1]}if(r.min>r.max){let u=r.min;r.min=r.max,r.max=u}if(Ut>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;n==D&&c.distr==2&&Ut>0&&(r.min=je(r.min,t[0]),r.max=je(r.max,t[0]),r.min==r.max&&r.max++),N[n]=r,cs=!0,Ni()}}l.setScale=_s;let ks,Ss,Ui,Bi,Gn,Jn,Wi,Gi,Yn,qn,vt,St,li=!1;const Bt=V.drag;let Ft=Bt.x,Ht=Bt.y;qt&&(V.x&&(ks=Se($c,T)),V.y&&(Ss=Se(wc,T)),E.ori==0?(Ui=ks,Bi=Ss):(Ui=Ss,Bi=ks),vt=V.left,St=V.top);const $t=l.select=Ct({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Ji=$t.show?Se(vc,$t.over?T:S):null;function Fl(n,r){if($t.show){for(let c in n)$t[c]=n[c],c in Ls&&xt(Ji,c,n[c]);r!==!1&&It("setSelect")}}l.setSelect=Fl;function $o(n){if(w[n].show)Mt&&Gs(Tt[n],Ti);else if(Mt&&de(Tt[n],Ti),qt){let c=Vi?xe[0]:xe[n];c!=null&&Je(c,-10,-10,q,P)}}function si(n,r,c){_s(n,{min:r,max:c})}function Ue(n,r,c,u){r.focus!=null&&So(n),r.show!=null&&w.forEach((p,g)=>{g>0&&(n==g||n==null)&&(p.show=r.show,$o(g),s==2?(si(p.facets[0].scale,null,null),si(p.facets[1].scale,null,null)):si(p.scale,null,null),Ni())}),c!==!1&&It("setSeries",n,r),u&&yl("setSeries",l,n,r)}l.setSeries=Ue;function wo(n,r){Ct(Z[n],r)}function xo(n,r){n.fill=it(n.fill||null),n.dir=ct(n.dir,-1),r=r??Z.length,Z.splice(r,0,n)}function _o(n){n==null?Z.length=0:Z.splice(n,1)}l.addBand=xo,l.setBand=wo,l.delBand=_o;function ko(n,r){w[n].alpha=r,qt&&xe[n]!=null&&(xe[n].style.opacity=r),Mt&&Tt[n]&&(Tt[n].style.opacity=r)}let Ze,ni,$i;const Yi={focus:!0};function So(n){if(n!=$i){let r=n==null,c=Ne.alpha!=1;w.forEach((u,p)=>{if(s==1||p>0){let g=r||p==0||p==n;u._focus=r?null:g,c&&ko(p,g?1:Ne.alpha)}}),$i=n,c&&Ni()}}Mt&&Ri&&Kt($r,pt,n=>{V._lock||(yi(n),$i!=null&&Ue(null,Yi,!0,At.setSeries))});function Be(n,r,c){let u=_[r];c&&(n=n/dt-(u.ori==1?Pt:yt));let p=q;u.ori==1&&(p=P,n=p-n),u.dir==-1&&(n=p-n);let g=u._min,v=u._max,x=n/p,k=g+(v-g)*x,L=u.distr;return L==3?il(10,k):L==4?Fc(k,u.asinh):L==100?u.bwd(k):k}function To(n,r){let c=Be(n,D,r);return je(c,t[0],Rt,Vt)}l.valToIdx=n=>je(n,t[0]),l.posToIdx=To,l.posToVal=Be,l.valToPos=(n,r,c)=>_[r].ori==0?a(n,_[r],c?ie:q,c?ae:0):o(n,_[r],c?Le:P,c?$e:0),l.setCursor=(n,r,c)=>{vt=n.left,St=n.top,wi(null,r,c)};function Kn(n,r){xt(Ji,Ki,$t.left=n),xt(Ji,xl,$t.width=r)}function Zn(n,r){xt(Ji,vl,$t.top=n),xt(Ji,_l,$t.height=r)}let ml=E.ori==0?Kn:Zn,gl=E.ori==1?Kn:Zn;function Eo(){if(Mt&&X.live)for(let n=s==2?1:0;n<w.length;n++){if(n==0&&ve)continue;let r=X.values[n],c=0;for(let u in r)Ie[n][c++].firstChild.nodeValue=r[u]}}function Ts(n,r){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ft[u]=c}):Nc(n.idx)||ft.fill(n.idx),X.idx=ft[0]),Mt&&X.live){for(let c=0;c<w.length;c++)(c>0||s==1&&!ve)&&Lo(c,ft[c]);Eo()}we=!1,r!==!1&&It("setLegend")}l.setLegend=Ts;function Lo(n,r){let c=w[n],u=n==0&&K==2?Ae:t[n],p;ve?p=c.values(l,n,r)??ei:(p=c.value(l,r==null?null:u[r],n,r),p=p==null?ei:{_:p}),X.values[n]=p}function wi(n,r,c){Yn=vt,qn=St,[vt,St]=V.move(l,vt,St),V.left=vt,V.top=St,qt&&(Ui&&Je(Ui,jt(vt),0,q,P),Bi&&Je(Bi,0,jt(St),q,P));let u,p=Rt>Vt;Ze=gt,ni=null;let g=E.ori==0?q:P,v=E.ori==1?q:P;if(vt<0||Ut==0||p){u=V.idx=null;for(let x=0;x<w.length;x++){let k=xe[x];k!=null&&Je(k,-10,-10,q,P)}Ri&&Ue(null,Yi,!0,n==null&&At.setSeries),X.live&&(ft.fill(u),we=!0)}else{let x,k,L;s==1&&(x=E.ori==0?vt:St,k=Be(x,D),u=V.idx=je(k,t[0],Rt,Vt),L=R(t[0][u],E,g,0));let C=-10,j=-10,G=0,ut=0,ot=!0,tt="",B="";for(let F=s==2?1:0;F<w.length;F++){let wt=w[F],Et=ft[F],Ot=Et==null?null:s==1?t[F][Et]:t[F][1][Et],mt=V.dataIdx(l,F,u,k),Lt=mt==null?null:s==1?t[F][mt]:t[F][1][mt];if(we=we||Lt!=Ot||mt!=Et,ft[F]=mt,F>0&&wt.show){let oe=mt==null?-10:mt==u?L:R(s==1?t[0][mt]:t[F][0][mt],E,g,0),Zt=Lt==null?-10:W(Lt,s==1?_[wt.scale]:_[wt.facets[1].scale],v,0);if(Ri&&Lt!=null){let _e=E.ori==1?vt:St,Ce=Dt(Ne.dist(l,F,mt,Zt,_e));if(Ce<Ze){let We=Ne.bias;if(We!=0){let ce=Be(_e,wt.scale),ke=Lt>=0?1:-1,Me=ce>=0?1:-1;Me==ke&&(Me==1?We==1?Lt>=ce:Lt<=ce:We==1?Lt<=ce:Lt>=ce)&&(Ze=Ce,ni=F)}else Ze=Ce,ni=F}}if(we||Vi){let _e,Ce;E.ori==0?(_e=oe,Ce=Zt):(_e=Zt,Ce=oe);let We,ce,ke,Me,Ge,Qt,ue=!0,xi=Jt.bbox;if(xi!=null){ue=!1;let Xt=xi(l,F);ke=Xt.left,Me=Xt.top,We=Xt.width,ce=Xt.height}else ke=_e,Me=Ce,We=ce=Jt.size(l,F);if(Qt=Jt.fill(l,F),Ge=Jt.stroke(l,F),Vi)F==ni&&Ze<=Ne.prox&&(C=ke,j=Me,G=We,ut=ce,ot=ue,tt=Qt,B=Ge);else{let Xt=xe[F];Xt!=null&&(Fi[F]=ke,Hi[F]=Me,Er(Xt,We,ce,ue),Sr(Xt,Qt,Ge),Je(Xt,Te(ke),Te(Me),q,P))}}}}if(Vi){let F=Ne.prox,wt=$i==null?Ze<=F:Ze>F||ni!=$i;if(we||wt){let Et=xe[0];Et!=null&&(Fi[0]=C,Hi[0]=j,Er(Et,G,ut,ot),Sr(Et,tt,B),Je(Et,Te(C),Te(j),q,P))}}}if($t.show&&li)if(n!=null){let[x,k]=At.scales,[L,C]=At.match,[j,G]=n.cursor.sync.scales,ut=n.cursor.drag;if(Ft=ut._x,Ht=ut._y,Ft||Ht){let{left:ot,top:tt,width:B,height:F}=n.select,wt=n.scales[j].ori,Et=n.posToVal,Ot,mt,Lt,oe,Zt,_e=x!=null&&L(x,j),Ce=k!=null&&C(k,G);_e&&Ft?(wt==0?(Ot=ot,mt=B):(Ot=tt,mt=F),Lt=_[x],oe=R(Et(Ot,j),Lt,g,0),Zt=R(Et(Ot+mt,j),Lt,g,0),ml(De(oe,Zt),Dt(Zt-oe))):ml(0,g),Ce&&Ht?(wt==1?(Ot=ot,mt=B):(Ot=tt,mt=F),Lt=_[k],oe=W(Et(Ot,G),Lt,v,0),Zt=W(Et(Ot+mt,G),Lt,v,0),gl(De(oe,Zt),Dt(Zt-oe))):gl(0,v)}else As()}else{let x=Dt(Yn-Gn),k=Dt(qn-Jn);if(E.ori==1){let G=x;x=k,k=G}Ft=Bt.x&&x>=Bt.dist,Ht=Bt.y&&k>=Bt.dist;let L=Bt.uni;L!=null?Ft&&Ht&&(Ft=x>=L,Ht=k>=L,!Ft&&!Ht&&(k>x?Ht=!0:Ft=!0)):Bt.x&&Bt.y&&(Ft||Ht)&&(Ft=Ht=!0);let C,j;Ft&&(E.ori==0?(C=Wi,j=vt):(C=Gi,j=St),ml(De(C,j),Dt(j-C)),Ht||gl(0,v)),Ht&&(E.ori==1?(C=Wi,j=vt):(C=Gi,j=St),gl(De(C,j),Dt(j-C)),Ft||ml(0,g)),!Ft&&!Ht&&(ml(0,0),gl(0,0))}if(Bt._x=Ft,Bt._y=Ht,n==null){if(c){if(or!=null){let[x,k]=At.scales;At.values[0]=x!=null?Be(E.ori==0?vt:St,x):null,At.values[1]=k!=null?Be(E.ori==1?vt:St,k):null}yl(js,l,vt,St,q,P,u)}if(Ri){let x=c&&At.setSeries,k=Ne.prox;$i==null?Ze<=k&&Ue(ni,Yi,!0,x):Ze>k?Ue(null,Yi,!0,x):ni!=$i&&Ue(ni,Yi,!0,x)}}we&&(X.idx=u,Ts()),r!==!1&&It("setCursor")}let ri=null;Object.defineProperty(l,"rect",{get(){return ri==null&&bl(!1),ri}});function bl(n=!1){n?ri=null:(ri=T.getBoundingClientRect(),It("syncRect",ri))}function Qn(n,r,c,u,p,g,v){V._lock||li&&n!=null&&n.movementX==0&&n.movementY==0||(Es(n,r,c,u,p,g,v,!1,n!=null),n!=null?wi(null,!0,!0):wi(r,!0,!1))}function Es(n,r,c,u,p,g,v,x,k){if(ri==null&&bl(!1),yi(n),n!=null)c=n.clientX-ri.left,u=n.clientY-ri.top;else{if(c<0||u<0){vt=-10,St=-10;return}let[L,C]=At.scales,j=r.cursor.sync,[G,ut]=j.values,[ot,tt]=j.scales,[B,F]=At.match,wt=r.axes[0].side%2==1,Et=E.ori==0?q:P,Ot=E.ori==1?q:P,mt=wt?g:p,Lt=wt?p:g,oe=wt?u:c,Zt=wt?c:u;if(ot!=null?c=B(L,ot)?d(G,_[L],Et,0):-10:c=Et*(oe/mt),tt!=null?u=F(C,tt)?d(ut,_[C],Ot,0):-10:u=Ot*(Zt/Lt),E.ori==1){let _e=c;c=u,u=_e}}k&&(r==null||r.cursor.event.type==js)&&((c<=1||c>=q-1)&&(c=ki(c,q)),(u<=1||u>=P-1)&&(u=ki(u,P))),x?(Gn=c,Jn=u,[Wi,Gi]=V.move(l,c,u)):(vt=c,St=u)}const Ls={width:0,height:0,left:0,top:0};function As(){Fl(Ls,!1)}let Xn,tr,er,ir;function lr(n,r,c,u,p,g,v){li=!0,Ft=Ht=Bt._x=Bt._y=!1,Es(n,r,c,u,p,g,v,!0,!1),n!=null&&(Kt(Ds,Bs,sr,!1),yl(yr,l,Wi,Gi,q,P,null));let{left:x,top:k,width:L,height:C}=$t;Xn=x,tr=k,er=L,ir=C}function sr(n,r,c,u,p,g,v){li=Bt._x=Bt._y=!1,Es(n,r,c,u,p,g,v,!1,!0);let{left:x,top:k,width:L,height:C}=$t,j=L>0||C>0,G=Xn!=x||tr!=k||er!=L||ir!=C;if(j&&G&&Fl($t),Bt.setScale&&j&&G){let ut=x,ot=L,tt=k,B=C;if(E.ori==1&&(ut=k,ot=C,tt=x,B=L),Ft&&si(D,Be(ut,D),Be(ut+ot,D)),Ht)for(let F in _){let wt=_[F];F!=D&&wt.from==null&&wt.min!=gt&&si(F,Be(tt+B,F),Be(tt,F))}As()}else V.lock&&(V._lock=!V._lock,wi(r,!0,n!=null));n!=null&&(ji(Ds,Bs),yl(Ds,l,vt,St,q,P,null))}function Ao(n,r,c,u,p,g,v){if(V._lock)return;yi(n);let x=li;if(li){let k=!0,L=!0,C=10,j,G;E.ori==0?(j=Ft,G=Ht):(j=Ht,G=Ft),j&&G&&(k=vt<=C||vt>=q-C,L=St<=C||St>=P-C),j&&k&&(vt=vt<Wi?0:q),G&&L&&(St=St<Gi?0:P),wi(null,!0,!0),li=!1}vt=-10,St=-10,ft.fill(null),wi(null,!0,!0),x&&(li=x)}function nr(n,r,c,u,p,g,v){V._lock||(yi(n),ds(),As(),n!=null&&yl(wr,l,vt,St,q,P,null))}function rr(){A.forEach(sd),us(l.width,l.height,!0)}Ei(Kl,Xi,rr);const qi={};qi.mousedown=lr,qi.mousemove=Qn,qi.mouseup=sr,qi.dblclick=nr,qi.setSeries=(n,r,c,u)=>{let p=At.match[2];c=p(l,r,c),c!=-1&&Ue(c,u,!0,!1)},qt&&(Kt(yr,T,lr),Kt(js,T,Qn),Kt(vr,T,n=>{yi(n),bl(!1)}),Kt($r,T,Ao),Kt(wr,T,nr),Qs.add(l),l.syncRect=bl);const Hl=l.hooks=e.hooks||{};function It(n,r,c){xs?fl.push([n,r,c]):n in Hl&&Hl[n].forEach(u=>{u.call(null,l,r,c)})}(e.plugins||[]).forEach(n=>{for(let r in n.hooks)Hl[r]=(Hl[r]||[]).concat(n.hooks[r])});const ar=(n,r,c)=>c,At=Ct({key:null,setSeries:!1,filters:{pub:Pr,sub:Pr},scales:[D,w[1]?w[1].scale:null],match:[jr,jr,ar],values:[null,null]},V.sync);At.match.length==2&&At.match.push(ar),V.sync=At;const or=At.key,Cs=Oa(or);function yl(n,r,c,u,p,g,v){At.filters.pub(n,r,c,u,p,g,v)&&Cs.pub(n,r,c,u,p,g,v)}Cs.sub(l);function Co(n,r,c,u,p,g,v){At.filters.sub(n,r,c,u,p,g,v)&&qi[n](null,r,c,u,p,g,v)}l.pub=Co;function Mo(){Cs.unsub(l),Qs.delete(l),hi.clear(),Js(Kl,Xi,rr),f.remove(),pt?.remove(),It("destroy")}l.destroy=Mo;function Ms(){It("init",e,t),Fn(t||e.data,!1),N[D]?_s(D,N[D]):ds(),Pl=$t.show&&($t.width>0||$t.height>0),bi=we=!0,us(e.width,e.height)}return w.forEach(Rn),A.forEach(oo),i?i instanceof HTMLElement?(i.appendChild(f),Ms()):i(l,Ms):Ms(),l}Gt.assign=Ct;Gt.fmtNum=dn;Gt.rangeNum=Zl;Gt.rangeLog=es;Gt.rangeAsinh=cn;Gt.orient=Ci;Gt.pxRatio=dt;Gt.join=qc;Gt.fmtDate=hn,Gt.tzDate=ru;Gt.sync=Oa;{Gt.addGap=Nu,Gt.clipGaps=ss;let e=Gt.paths={points:Ja};e.linear=qa,e.stepped=Wu,e.bars=Gu,e.spline=Yu}const nd='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var rd=Object.defineProperty,ye=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&rd(t,i,s),s};const xn=class xn extends he{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return $`<figure role="group" aria-label=${this.label} style="margin:0">
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
    </figure>`}totalText(){const t=this.ys.reduce((i,l)=>i+l,0);return`Total: ${this.formatValue(t)} ${this.unit.toLowerCase()}`}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const i=getComputedStyle(this),l=i.getPropertyValue("--pl-chart-color").trim()||i.getPropertyValue("--primary-color").trim()||"#03a9f4",s=i.getPropertyValue("--secondary-text-color").trim()||"#727272",a=i.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",o=`12px ${i.fontFamily||"sans-serif"}`,d=Math.max(Math.floor(t.clientWidth),200),h=this.labels,f=this.xs,y=this.formatValue,m=this.kind==="time",b=this.bucket,S=this.locale,T=m?Do(b)/2:.5,M={stroke:s,font:o,grid:{stroke:a,width:1},ticks:{stroke:a,width:1}},z=w=>m?ur(f[w]??0,b,S):h[w]??"",H={width:d,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,A,_)=>[A-T,_+T]},y:{range:(w,A,_)=>[0,_>0?_*1.1:1]}},axes:[m?{...M,splits:w=>jo(f,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,A)=>A.map(_=>ur(_,b,S))}:{...M,splits:()=>h.map((w,A)=>A),values:(w,A)=>A.map(_=>h[_]??""),gap:4},{...M,size:48,values:(w,A)=>A.map(_=>y(_))}],series:[{},{label:this.unit,stroke:l,fill:l,width:0,paths:Gt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const A=w.cursor.idx,_=A==null?void 0:this.ys[A];this.readout=_===void 0||A===null||A===void 0?"":`${z(A)}: ${y(_)} ${this.unit.toLowerCase()}`}]}};this.plot=new Gt(H,[this.xs,this.ys],t)}};xn.styles=[fe,Po(nd),me`
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
    `];let Yt=xn;ye([U()],Yt.prototype,"kind");ye([U()],Yt.prototype,"label");ye([U()],Yt.prototype,"unit");ye([U({attribute:!1})],Yt.prototype,"xs");ye([U({attribute:!1})],Yt.prototype,"ys");ye([U({attribute:!1})],Yt.prototype,"labels");ye([U()],Yt.prototype,"bucket");ye([U()],Yt.prototype,"locale");ye([U({attribute:!1})],Yt.prototype,"formatValue");ye([U({type:Boolean})],Yt.prototype,"dark");ye([U({type:Number})],Yt.prototype,"height");ye([da(".plot")],Yt.prototype,"plotEl");ye([O()],Yt.prototype,"readout");ge("pl-chart",Yt);var ad=Object.defineProperty,Xa=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&ad(t,i,s),s};const _n=class _n extends he{constructor(){super(...arguments),this.label="Jobs by weekday and hour",this.matrix=[]}render(){const t=zo(this.matrix),i=Array.from({length:24},(l,s)=>s);return $`<table aria-label=${this.label}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${i.map(l=>$`<th scope="col" abbr=${`${l}:00`}>${l%3===0?l:""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Ro.map((l,s)=>$`<tr>
              <th scope="row">${l}</th>
              ${i.map(a=>{const o=this.matrix[s]?.[a]??0,d=`${l} ${a}:00–${a+1}:00: ${o} job${o===1?"":"s"}`;return $`<td title=${d} data-weekday=${s} data-hour=${a} data-value=${o}>
                  ${o>0?$`<span class="shade" style=${Yl({opacity:String(.15+.85*(o/t))})}></span>`:""}
                  <span class="sr-only">${o}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};_n.styles=[fe,me`
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
    `];let Ll=_n;Xa([U()],Ll.prototype,"label");Xa([U({attribute:!1})],Ll.prototype,"matrix");ge("pl-heatmap",Ll);function od(e,t){return[{id:"jobs",label:"Jobs",value:Wt(e.jobs,t),sub:`${Wt(e.completed,t)} completed · ${Wt(e.failed,t)} failed · ${Wt(e.cancelled,t)} cancelled`},{id:"success_rate",label:"Success rate",value:ca(e.success_rate,t),sub:e.in_progress?`${Wt(e.in_progress,t)} printing now`:void 0},{id:"print_hours",label:"Print time",value:`${Wt(e.print_hours,t,1)} h`,sub:e.avg_print_hours!==null&&e.avg_print_hours!==void 0?`${Wt(e.avg_print_hours,t,2)} h per job`:void 0},{id:"filament",label:"Filament",value:ql(e.filament_g,e.filament_mm,t),sub:e.filament_mm?`${Wt(e.filament_mm/1e3,t,1)} m`:void 0},{id:"cost",label:"Cost",value:ua(e.cost,t)}]}var cd=Object.defineProperty,$n=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&cd(t,i,s),s};const kn=class kn extends he{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?$`<ul aria-busy="true">
        ${["Jobs","Success rate","Print time","Filament","Cost"].map(i=>$`<li class="card loading"><span class="label">${i}</span><span class="value">…</span></li>`)}
      </ul>`:$`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${od(this.summary,t).map(i=>$`<li class="card" data-kpi=${i.id}>
          <span class="label">${i.label}</span>
          <span class="value">${i.value}</span>
          ${i.sub?$`<span class="sub">${i.sub}</span>`:""}
        </li>`)}
    </ul>`}};kn.styles=[fe,me`
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
    `];let rl=kn;$n([U({attribute:!1})],rl.prototype,"summary");$n([U({attribute:!1})],rl.prototype,"options");$n([U({type:Boolean})],rl.prototype,"loading");ge("pl-kpis",rl);var ud=Object.defineProperty,Fe=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&ud(t,i,s),s};function tn(e){const t=e?.points??[],[i,l]=No(t),s=[...t].sort((a,o)=>a.bucket<o.bucket?-1:1).map(a=>a.bucket);return{xs:i,ys:l,labels:s}}const ea=tn(void 0),dd=[],pd=en.map((e,t)=>t),hd=en.map(e=>e.label),Sn=class Sn extends he{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=ea,this.hoursSeries=ea,this.formatInt=String,this.formatHours=String}willUpdate(t){if(t.has("data")){const i=t.get("data");(!i||i.jobs!==this.data.jobs)&&(this.jobsSeries=tn(this.data.jobs)),(!i||i.hours!==this.data.hours)&&(this.hoursSeries=tn(this.data.hours))}if(t.has("options")){const i=this.options;i&&(this.formatInt=l=>Wt(l,i),this.formatHours=l=>Wt(l,i,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Vo(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const i=++this.token,l=this.scope(),s=this.bucket;this.loading=!0,this.error="";const a=()=>i===this.token,o=y=>{a()&&(this.data={...this.data,...y})},d=[t.summary(l).then(y=>o({summary:y})),t.timeseries(l,s,"jobs").then(y=>o({jobs:y})),t.timeseries(l,s,"hours").then(y=>o({hours:y})),t.breakdown(l,"filament_type").then(y=>o({filamentType:y})),t.breakdown(l,"filament_colour").then(y=>o({filamentColour:y})),t.breakdown(l,"printer").then(y=>o({printer:y})),t.breakdown(l,"status").then(y=>o({status:y})),this.histogram(t,l).then(y=>o({histogram:y})),t.breakdown(l,"weekday_hour").then(y=>o({heatmap:Fo(y.rows)}))],h=await Promise.allSettled(d);if(!a())return;const f=h.find(y=>y.status==="rejected");f&&(this.error=Ye(f.reason)),this.loading=!1}async histogram(t,i){return(await Promise.all(en.map(s=>t.listJobs({...i,statuses:[...sn],min_duration:s.min,...s.max!==void 0?{max_duration:s.max}:{},limit:1})))).map(s=>s.total)}change(t,i){t==="period"&&Ho(i)?(this.period=i,this.bucket=Io(i)):t==="printer"?this.printer=i:t==="bucket"&&(i==="day"||i==="week"||i==="month")&&(this.bucket=i),this.load()}render(){const t=this.options;if(!t)return nt;const i=this.data,l=this.jobsSeries,s=this.hoursSeries,a=this.formatInt,o=this.formatHours;return $`
      <div class="selectors" role="group" aria-label="Analytics selection">
        <label
          >Period
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${Oo.map(d=>$`<option value=${d.id} ?selected=${d.id===this.period}>${d.label}</option>`)}
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
            ${["day","week","month"].map(d=>$`<option value=${d} ?selected=${d===this.bucket}>${d[0].toUpperCase()+d.slice(1)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Nt(pa)} Refresh</button>
      </div>
      ${this.error?$`<div class="error-banner" role="alert">
            <span>Some figures could not be loaded: ${this.error}</span>
          </div>`:nt}
      <pl-kpis .summary=${i.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>Jobs per ${this.bucket}</h2>
          <pl-chart
            label=${`Jobs per ${this.bucket}`}
            unit="Jobs"
            .xs=${l.xs}
            .ys=${l.ys}
            .labels=${l.labels}
            .bucket=${this.bucket}
            .locale=${t.dateLocale}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>Print hours per ${this.bucket}</h2>
          <pl-chart
            label=${`Print hours per ${this.bucket}`}
            unit="Hours"
            .xs=${s.xs}
            .ys=${s.ys}
            .labels=${s.labels}
            .bucket=${this.bucket}
            .locale=${t.dateLocale}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>Filament by type</h2>
          <pl-bars
            label="Filament used by type"
            .items=${Il(dr(i.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>Filament by colour</h2>
          <pl-bars
            label="Filament used by colour"
            .items=${Il(dr(i.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
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
            .items=${Il((i.status?.rows??[]).map(d=>({...d,label:tl(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>Print duration</h2>
          <pl-chart
            kind="category"
            label="Ended jobs by print duration"
            unit="Jobs"
            .xs=${pd}
            .ys=${i.histogram??dd}
            .labels=${hd}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>When prints start</h2>
          <pl-heatmap .matrix=${i.heatmap??[]}></pl-heatmap>
        </section>
      </div>
    `}};Sn.styles=[fe,me`
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
    `];let se=Sn;Fe([U({attribute:!1})],se.prototype,"api");Fe([U({attribute:!1})],se.prototype,"options");Fe([U({attribute:!1})],se.prototype,"printers");Fe([U({type:Boolean})],se.prototype,"dark");Fe([U({type:Boolean})],se.prototype,"active");Fe([O()],se.prototype,"period");Fe([O()],se.prototype,"printer");Fe([O()],se.prototype,"bucket");Fe([O()],se.prototype,"data");Fe([O()],se.prototype,"loading");Fe([O()],se.prototype,"error");ge("pl-analytics-view",se);const{I:fd}=Uo,ia=e=>e,la=()=>document.createComment(""),wl=(e,t,i)=>{const l=e._$AA.parentNode,s=t===void 0?e._$AB:t._$AA;if(i===void 0){const a=l.insertBefore(la(),s),o=l.insertBefore(la(),s);i=new fd(a,o,e,e.options)}else{const a=i._$AB.nextSibling,o=i._$AM,d=o!==e;if(d){let h;i._$AQ?.(e),i._$AM=e,i._$AP!==void 0&&(h=e._$AU)!==o._$AU&&i._$AP(h)}if(a!==s||d){let h=i._$AA;for(;h!==a;){const f=ia(h).nextSibling;ia(l).insertBefore(h,s),h=f}}}return i},_i=(e,t,i=e)=>(e._$AI(t,i),e),md={},gd=(e,t=md)=>e._$AH=t,bd=e=>e._$AH,Hs=e=>{e._$AR(),e._$AA.remove()};const sa=(e,t,i)=>{const l=new Map;for(let s=t;s<=i;s++)l.set(e[s],s);return l},na=Bo(class extends Wo{constructor(e){if(super(e),e.type!==Go.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,i){let l;i===void 0?i=t:t!==void 0&&(l=t);const s=[],a=[];let o=0;for(const d of e)s[o]=l?l(d,o):o,a[o]=i(d,o),o++;return{values:a,keys:s}}render(e,t,i){return this.dt(e,t,i).values}update(e,[t,i,l]){const s=bd(e),{values:a,keys:o}=this.dt(t,i,l);if(!Array.isArray(s))return this.ut=o,a;const d=this.ut??=[],h=[];let f,y,m=0,b=s.length-1,S=0,T=a.length-1;for(;m<=b&&S<=T;)if(s[m]===null)m++;else if(s[b]===null)b--;else if(d[m]===o[S])h[S]=_i(s[m],a[S]),m++,S++;else if(d[b]===o[T])h[T]=_i(s[b],a[T]),b--,T--;else if(d[m]===o[T])h[T]=_i(s[m],a[T]),wl(e,h[T+1],s[m]),m++,T--;else if(d[b]===o[S])h[S]=_i(s[b],a[S]),wl(e,s[m],s[b]),b--,S++;else if(f===void 0&&(f=sa(o,S,T),y=sa(d,m,b)),f.has(d[m]))if(f.has(d[b])){const M=y.get(o[S]),z=M!==void 0?s[M]:null;if(z===null){const H=wl(e,s[m]);_i(H,a[S]),h[S]=H}else h[S]=_i(z,a[S]),wl(e,s[m],z),s[M]=null;S++}else Hs(s[b]),b--;else Hs(s[m]),m++;for(;S<=T;){const M=wl(e,h[T+1]);_i(M,a[S]),h[S++]=M}for(;m<=b;){const M=s[m++];M!==null&&Hs(M)}return this.ut=o,gd(e,h),Jo}}),ra={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:""},to=[{value:"",label:"All statuses",statuses:[]},{value:"completed",label:"Completed",statuses:["completed"]},{value:"failed",label:"Failed (any)",statuses:[...fr]},{value:"cancelled",label:"Cancelled",statuses:["cancelled"]},{value:"in_progress",label:"In progress",statuses:["in_progress"]},...fr.map(e=>({value:`only:${e}`,label:`— ${tl(e)}`,statuses:[e]}))];function yd(e,t){const i={};e.printer&&(i.printer_ids=[e.printer]);const l=to.find(o=>o.value===e.status)?.statuses??[];l.length&&(i.statuses=[...l]);const s=e.since?Os(e.since,"00:00",t):void 0;if(s&&(i.since=s),e.until){const o=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(o.getTime())){o.setUTCDate(o.getUTCDate()+1);const d=Os(o.toISOString().slice(0,10),"00:00",t);d&&(i.until=d)}}e.q.trim()&&(i.q=e.q.trim()),e.filament.trim()&&(i.filament_type=e.filament.trim());const a=ln(e.tags);return a.length&&(i.tags=a),i}function vd(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.since&&(t.since=e.since),e.until&&(t.until=e.until),t}var $d=Object.defineProperty,Al=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&$d(t,i,s),s};const Tn=class Tn extends he{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return $`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label="Close" @click=${this.close}>${Nt(lc)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=wd(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,ze(this,"closed")}};Tn.styles=[fe,me`
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
    `];let ui=Tn;Al([U()],ui.prototype,"heading");Al([U({type:Boolean,reflect:!0})],ui.prototype,"open");Al([U({type:Boolean})],ui.prototype,"wide");Al([da("dialog")],ui.prototype,"dialog");Al([O()],ui.prototype,"hasActions");function wd(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}ge("pl-dialog",ui);const aa=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function Bl(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function xd(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(e).filter(([s,a])=>!t.has(s)&&a!==null&&a!==""),l=s=>{const a=aa.indexOf(s);return a<0?aa.length:a};return i.sort(([s],[a])=>l(s)-l(a)||s.localeCompare(a))}function Is(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function _d(e,t){const i={},l=t.notes?.trim()?t.notes:null;(e.notes||null)!==l&&(i.notes=l??""),(e.rating??null)!==t.rating&&(i.rating=t.rating);const s=t.tags;(s.length!==e.tags.length||s.some((o,d)=>o!==e.tags[d]))&&(i.tags=s);const a=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==a&&(i.failure_reason=a),(e.cost??null)!==t.cost&&(i.cost=t.cost),i}function kd(e,t){const i={};e.printer_id||(i.printer_id="Choose a printer");const l=e.filename.trim();l||(i.filename="Enter the file name"),sn.includes(e.status)||(i.status="Choose how the print ended");const s=Os(e.start_date,e.start_time||"00:00",t);s||(i.start="Enter the start date and time");const a=(T,M,z)=>{if(!T.trim())return;const H=Number(T);if(!Number.isFinite(H)||H<0){i[M]=`${z} must be a positive number`;return}return H},o=a(e.hours,"duration","Hours")??0,d=a(e.minutes,"duration","Minutes")??0,h=a(e.filament_g,"filament_g","Filament weight"),f=a(e.filament_m,"filament_m","Filament length"),y=a(e.cost,"cost","Cost");if(Object.keys(i).length||!s)return{errors:i};const m=Math.round(o*3600+d*60),b={printer_id:e.printer_id,filename:l,status:e.status,start:s,print_duration:m};m>0&&(b.end=new Date(Date.parse(s)+m*1e3).toISOString()),h!==void 0&&(b.filament_weight_g=h),f!==void 0&&(b.filament_used_mm=f*1e3),e.filament_type.trim()&&(b.filament_type=e.filament_type.trim()),y!==void 0&&(b.cost=y);const S=ln(e.tags);return S.length&&(b.tags=S),e.notes.trim()&&(b.notes=e.notes),e.failure_reason.trim()&&(b.failure_reason=e.failure_reason.trim()),e.rating&&(b.rating=e.rating),{job:b,errors:i}}var Sd=Object.defineProperty,os=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Sd(t,i,s),s};const En=class En extends he{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const l=this.value?`Rated ${this.value} of 5`:"Not rated";return $`<span role="img" aria-label=${l} title=${l}
        >${[1,2,3,4,5].map(s=>$`<span class=${s<=t?"":"empty"}>${Nt(s<=t?pr:hr)}</span>`)}</span
      >`}const i=this.subject?`Rating of ${this.subject}`:"Rating";return $`<span role="group" aria-label=${i}
      >${[1,2,3,4,5].map(l=>$`<button
            type="button"
            class=${l<=t?"":"empty"}
            aria-label=${`${l} star${l>1?"s":""}`}
            aria-pressed=${l===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(l)}
          >
            ${Nt(l<=t?pr:hr)}
          </button>`)}</span
    >`}choose(t){const i=t===this.value?null:t;this.value=i,ze(this,"value-changed",{value:i})}};En.styles=[fe,me`
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
    `];let Ai=En;os([U({type:Number})],Ai.prototype,"value");os([U({type:Boolean})],Ai.prototype,"readonly");os([U({type:Boolean})],Ai.prototype,"disabled");os([U()],Ai.prototype,"subject");ge("pl-rating",Ai);var Td=Object.defineProperty,di=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Td(t,i,s),s};const Ln=class Ln extends he{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return $``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return $`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
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
          .subject=${this.job.filename}
          @value-changed=${i=>this.rating=i.detail.value}
        ></pl-rating>
      </div>
      <label
        >Tags (comma separated)
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
          step="0.01"
          inputmode="decimal"
          .value=${this.cost}
          @input=${i=>this.cost=i.target.value}
        />
      </label>
      <div class="actions">
        ${this.error?$`<span class="error" role="alert">${this.error}</span>`:""}
        <button type="button" class="btn" @click=${()=>ze(this,"cancel")}>Cancel</button>
        <button type="submit" class="btn primary" ?disabled=${this.busy}>Save</button>
      </div>
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),ze(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const i=this.cost.trim(),l=i===""?null:Number(i);if(l!==null&&(!Number.isFinite(l)||l<0)){this.error="Cost must be a positive number";return}const s=_d(this.job,{notes:this.notes,rating:this.rating,tags:ln(this.tags),failure_reason:this.reason,cost:l});ze(this,"save",{changes:s})}};Ln.styles=[fe,me`
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
    `];let Re=Ln;di([U({attribute:!1})],Re.prototype,"job");di([U({type:Boolean})],Re.prototype,"busy");di([U()],Re.prototype,"error");di([O()],Re.prototype,"notes");di([O()],Re.prototype,"rating");di([O()],Re.prototype,"tags");di([O()],Re.prototype,"reason");di([O()],Re.prototype,"cost");ge("pl-job-editor",Re);var Ed=Object.defineProperty,He=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Ed(t,i,s),s};const An=class An extends he{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.loadToken=0}willUpdate(t){(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const l=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=l,l.has_thumbnail){this.thumbnailState="loading";try{const s=await t.thumbnail(l.id);if(i!==this.loadToken)return;s?(this.thumbnailUrl=URL.createObjectURL(s),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(l){i===this.loadToken&&(this.error=Ye(l))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return $`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>Retry</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return $`<p class="muted" aria-busy="true">Loading…</p>`;const l=Ns(t.status),s=Jl(t.filament_colour);return $`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?$`<img src=${this.thumbnailUrl??""} alt=${`Thumbnail of ${t.filename}`} />`:$`<span class="muted"
                >${this.thumbnailState==="loading"?"Loading…":this.thumbnailState==="error"?"Thumbnail unavailable":"No thumbnail"}</span
              >`}
        </div>
        <div>
          <div class="filename">${t.filename}</div>
          <p><span class=${`chip status-${l}`}>${tl(t.status)}</span> <span class="muted">${t.source}</span></p>
          <dl>
            <dt>Printer</dt>
            <dd>${t.printer_name}</dd>
            <dt>Started</dt>
            <dd>${Qi(t.start,i)}</dd>
            <dt>Ended</dt>
            <dd>${Qi(t.end,i)}</dd>
            <dt>Print time</dt>
            <dd>
              ${oi(t.print_duration)}
              ${t.estimated_time?$`<span class="muted">(estimated ${oi(t.estimated_time)})</span>`:nt}
            </dd>
            <dt>Total time</dt>
            <dd>${oi(t.total_duration)}</dd>
            ${t.pause_count?$`<dt>Pauses</dt>
                  <dd>${t.pause_count} (${oi(t.paused_duration)})</dd>`:nt}
            <dt>Filament</dt>
            <dd>
              ${s?$`<span class="swatch" style=${`background:${s}`}></span>`:nt}
              ${ql(t.filament_weight_g,t.filament_used_mm,i)}
              ${t.filament_type??""}
              <span class="muted">${Wt(t.filament_used_mm/1e3,i,2)} m</span>
            </dd>
            <dt>Cost</dt>
            <dd>${ua(t.cost,i)}</dd>
            ${t.error_message?$`<dt>Error</dt>
                  <dd>${t.error_message}</dd>`:nt}
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
              <dd>${t.tags.length?t.tags.map(a=>$`<span class="tag">${a}</span>`):"—"}</dd>
              <dt>Failure reason</dt>
              <dd>${t.failure_reason||"—"}</dd>
              <dt>Notes</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${this.admin?$`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${Nt(Us)} Edit</button>
                  <button class="btn danger" @click=${()=>ze(this,"delete-jobs",{jobs:[t]})}>
                    ${Nt(Wl)} Delete
                  </button>
                </div>`:nt}`}

      <h3>Slicer settings</h3>
      ${this.renderDetails(t)}

      <h3>Timeline</h3>
      ${t.events.length?$`<ol class="timeline">
            ${t.events.map(a=>$`<li>
                <strong>${Is(a.type)}</strong>
                <span class="muted">${Qi(a.at,i)}</span>
                ${a.data&&Object.keys(a.data).length?$`<div class="muted">
                      ${Object.entries(a.data).map(([o,d])=>$`<span>${Is(o)}: ${Bl(d)}</span> `)}
                    </div>`:nt}
              </li>`)}
          </ol>`:$`<p class="muted">No events recorded</p>`}

      <h3>Moonraker metadata</h3>
      ${t.metadata&&Object.keys(t.metadata).length?$`<details>
            <summary>${Object.keys(t.metadata).length} fields</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([a,o])=>$`<tr>
                    <th scope="row">${a}</th>
                    <td><pre>${Bl(o)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:$`<p class="muted">No metadata</p>`}
    `}renderDetails(t){const i=xd(t.details);return i.length?$`<table>
      <tbody>
        ${i.map(([l,s])=>$`<tr>
            <th scope="row">${Is(l)}</th>
            <td>${typeof s=="object"?$`<pre>${Bl(s)}</pre>`:Bl(s)}</td>
          </tr>`)}
      </tbody>
    </table>`:$`<p class="muted">No slicer settings known</p>`}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const l=await this.api.updateJob(this.job.id,i);this.job={...this.job,...l},this.editing=!1,ze(this,"job-updated",{job:l})}catch(l){this.saveError=Ye(l)}finally{this.saving=!1}}};An.styles=[fe,me`
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
    `];let ne=An;He([U({attribute:!1})],ne.prototype,"api");He([U({attribute:!1})],ne.prototype,"options");He([U()],ne.prototype,"jobId");He([U({type:Boolean})],ne.prototype,"admin");He([O()],ne.prototype,"job");He([O()],ne.prototype,"error");He([O()],ne.prototype,"editing");He([O()],ne.prototype,"saving");He([O()],ne.prototype,"saveError");He([O()],ne.prototype,"thumbnailUrl");He([O()],ne.prototype,"thumbnailState");ge("pl-job-detail",ne);var Ld=Object.defineProperty,ul=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Ld(t,i,s),s};const Cn=class Cn extends he{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:Yo(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return i=>{this.values={...this.values,[t]:i.target.value}}}field(t){return this.errors[t]?$`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,i=l=>this.errors[l]?`err-${l}`:"";return $`<form @submit=${this.onSubmit} novalidate>
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
          ${sn.map(l=>$`<option value=${l} ?selected=${l===t.status}>${tl(l)}</option>`)}
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
          <input name="start_date" type="date" aria-label="Start date" .value=${t.start_date} @input=${this.set("start_date")} />
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
        <input name="cost" type="number" min="0" step="0.01" .value=${t.cost} @input=${this.set("cost")} />
        ${this.field("cost")}
      </label>
      <label
        >Tags (comma separated)
        <input name="tags" .value=${t.tags} @input=${this.set("tags")} />
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
        <button type="button" class="btn" @click=${()=>ze(this,"cancel")}>Cancel</button>
        <button type="submit" class="btn primary" ?disabled=${this.busy}>Add job</button>
      </div>
    </form>`}onSubmit(t){t.preventDefault();const{job:i,errors:l}=kd(this.values,this.timeZone);this.errors=l,i?ze(this,"create",{job:i}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Cn.styles=[fe,me`
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
    `];let ti=Cn;ul([U({attribute:!1})],ti.prototype,"printers");ul([U()],ti.prototype,"timeZone");ul([U({type:Boolean})],ti.prototype,"busy");ul([U()],ti.prototype,"error");ul([O()],ti.prototype,"values");ul([O()],ti.prototype,"errors");ge("pl-job-form",ti);var Ad=Object.defineProperty,rt=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Ad(t,i,s),s};const oa=[{key:"filename",label:"File",sort:"filename"},{key:"printer",label:"Printer",sort:"printer"},{key:"status",label:"Status",sort:"status"},{key:"start",label:"Started",sort:"start"},{key:"print_duration",label:"Print time",sort:"print_duration"},{key:"filament",label:"Filament",sort:"filament_used_mm"},{key:"rating",label:"Rating",sort:"rating"},{key:"tags",label:"Tags"},{key:"notes",label:"Notes"}],Cd=[25,50,100,200],Mn=class Mn extends he{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.filters={...ra},this.showFilters=!1,this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.editError="",this.selected=new Set,this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",this.filamentTypes=[],this.listToken=0,this.summaryToken=0,this.pendingList=!1}willUpdate(t){t.has("api")&&this.api&&(this.reload(),this.loadFilamentTypes())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer),clearTimeout(this.messageTimer)}get tz(){return this.options?.timeZone}params(){return yd(this.filters,this.tz)}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.api;if(!t)return;const i=++this.listToken;this.loading=!0,this.error="";try{const l=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(i!==this.listToken)return;this.jobs=l.jobs,this.total=l.total,this.nextCursor=l.next_cursor,this.loaded=!0}catch(l){i===this.listToken&&(this.error=Ye(l))}finally{i===this.listToken&&(this.loading=!1)}}async loadSummary(){const t=this.api;if(!t)return;const i=++this.summaryToken;this.summaryLoading=!0;try{const l=await t.summary(vd(this.params()));i===this.summaryToken&&(this.summary=l)}catch(l){i===this.summaryToken&&(this.error||=Ye(l))}finally{i===this.summaryToken&&(this.summaryLoading=!1)}}async loadFilamentTypes(){if(this.api)try{const t=await this.api.breakdown({},"filament_type");this.filamentTypes=t.rows.map(i=>i.label??(i.key===null?"":String(i.key))).filter(i=>i).sort((i,l)=>i.localeCompare(l))}catch{}}handleLiveEvent(t){t.type==="job_changed"?(this.jobs.findIndex(l=>l.id===t.job.id)>=0?this.jobs=this.jobs.map(l=>l.id===t.job.id?{...l,...t.job}:l):this.page===0&&this.scheduleRefresh(),this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.scheduleRefresh(!0)):t.type==="job_deleted"?(this.jobs.some(i=>i.id===t.job_id)&&(this.jobs=this.jobs.filter(i=>i.id!==t.job_id),this.total=Math.max(this.total-1,0)),this.detailId===t.job_id&&(this.detailId=""),this.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.scheduleRefresh()}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const i=this.pendingList;this.pendingList=!1,i&&!this.editingId&&this.loadPage(),this.loadSummary()},1500)}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>this.message="",4e3)}setFilter(t,i,l=!1){this.filters={...this.filters,[t]:i},clearTimeout(this.searchTimer),l?this.searchTimer=setTimeout(()=>{this.reload()},300):this.reload()}clearFilters(){this.filters={...ra},this.reload()}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=t==="filename"||t==="printer"||t==="status"?"asc":"desc"),this.cursors=[null],this.page=0,this.loadPage()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.loadPage())}async saveChanges(t,i){if(!this.api)return!1;if(!Object.keys(i).length)return!0;this.savingId=t.id,this.editError="";try{const l=await this.api.updateJob(t.id,i);return this.applyUpdated(l),this.notify(`Saved ${t.filename}`),!0}catch(l){return this.editError=Ye(l),this.notify(`Could not save: ${this.editError}`),!1}finally{this.savingId=void 0}}applyUpdated(t){this.jobs=this.jobs.map(i=>i.id===t.id?{...i,...Md(t)}:i)}async onEditorSave(t,i){await this.saveChanges(t,i.detail.changes)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}askDelete(t){this.deleteError="",this.confirmJobs=t}async confirmDelete(){if(!this.api||!this.confirmJobs.length)return;const t=this.confirmJobs.map(i=>i.id);this.deleting=!0,this.deleteError="";try{const i=await this.api.deleteJobs(t),l=new Set(t);this.jobs=this.jobs.filter(s=>!l.has(s.id)),this.total=Math.max(this.total-i,0),this.selected=new Set([...this.selected].filter(s=>!l.has(s))),l.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.notify(`Deleted ${i} job${i===1?"":"s"}`),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}catch(i){this.deleteError=Ye(i)}finally{this.deleting=!1}}openAdd(){this.addError="",this.adding=!0,this.renderRoot.querySelector("pl-job-form")?.reset()}async createJob(t){if(this.api){this.addBusy=!0,this.addError="";try{const i=await this.api.createJob(t.detail.job);this.adding=!1,this.notify(`Added ${i.filename}`),await this.reload()}catch(i){this.addError=Ye(i)}finally{this.addBusy=!1}}}toggleSelected(t,i){const l=new Set(this.selected);i?l.add(t):l.delete(t),this.selected=l}toggleAll(t){this.selected=t?new Set(this.jobs.map(i=>i.id)):new Set}showJob(t){this.detailId=t}render(){const t=this.options;return $`
      <section aria-label="Key figures">
        <pl-kpis .summary=${this.summary} .options=${t} .loading=${this.summaryLoading}></pl-kpis>
      </section>
      ${this.renderToolbar()} ${this.showFilters?this.renderFilters():nt}
      ${this.error?$`<div class="error-banner" role="alert">
            <span>Could not load the jobs: ${this.error}</span>
            <button class="btn" @click=${()=>this.reload()}>${Nt(pa)} Retry</button>
          </div>`:nt}
      <div class=${this.narrow?"":"card"}>
        ${this.loading?$`<div class="loading-bar" role="progressbar" aria-label="Loading jobs"></div>`:nt}
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
        ${Nt(sc)} Filters${t?` (${t})`:""}
      </button>
      <span class="spacer"></span>
      ${this.admin&&this.selected.size?$`<button
            class="btn danger"
            @click=${()=>this.askDelete(this.jobs.filter(i=>this.selected.has(i.id)))}
          >
            ${Nt(Wl)} Delete ${this.selected.size}
          </button>`:nt}
      ${this.admin?$`<button class="btn primary" @click=${this.openAdd} ?disabled=${!this.printers.length}>
            ${Nt(rc)} Add job
          </button>`:nt}
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
          ${to.map(l=>$`<option value=${l.value} ?selected=${l.value===t.status}>${l.label}</option>`)}
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
    </div>`}renderTable(){const t=this.options;if(!t)return nt;const i=this.jobs.length>0&&this.jobs.every(s=>this.selected.has(s.id)),l=oa.length+(this.admin?2:0);return $`<div class="table-wrap">
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
                </th>`:nt}
            ${oa.map(s=>{const a=s.sort&&s.sort===this.sort,o=a?this.order==="asc"?"ascending":"descending":void 0;return $`<th scope="col" aria-sort=${o??nt}>
                ${s.sort?$`<button class="sort" @click=${()=>this.sortBy(s.sort)}>
                      ${s.label}<span aria-hidden="true">${a?this.order==="asc"?"▲":"▼":""}</span>
                    </button>`:s.label}
              </th>`})}
            ${this.admin?$`<th scope="col"><span class="sr-only">Actions</span></th>`:nt}
          </tr>
        </thead>
        <tbody>
          ${na(this.jobs,s=>s.id,s=>$`${this.renderRow(s,t)}
            ${this.editingId===s.id?$`<tr class="editor-row">
                  <td colspan=${l}>
                    <pl-job-editor
                      .job=${s}
                      .busy=${this.savingId===s.id}
                      .error=${this.editError}
                      @save=${a=>this.onEditorSave(s,a)}
                      @cancel=${()=>this.closeEditor(s.id)}
                    ></pl-job-editor>
                  </td>
                </tr>`:nt}`)}
          ${this.loaded&&!this.jobs.length?$`<tr>
                <td class="empty muted" colspan=${l}>No jobs match these filters</td>
              </tr>`:nt}
        </tbody>
      </table>
    </div>`}renderRow(t,i){const l=Jl(t.filament_colour);return $`<tr data-job-id=${t.id} class=${this.selected.has(t.id)?"selected":""}>
      ${this.admin?$`<td>
            <input
              type="checkbox"
              aria-label=${`Select ${t.filename}`}
              .checked=${this.selected.has(t.id)}
              @change=${s=>this.toggleSelected(t.id,s.target.checked)}
            />
          </td>`:nt}
      <td>
        <button class="file" data-col="filename" @click=${()=>this.showJob(t.id)} aria-haspopup="dialog">
          ${t.filename}
        </button>
      </td>
      <td data-col="printer">${t.printer_name}</td>
      <td data-col="status"><span class=${`chip status-${Ns(t.status)}`}>${tl(t.status)}</span></td>
      <td class="num" data-col="start" title=${Qi(t.start,i)}>${Qi(t.start,i,!1)}</td>
      <td class="num" data-col="print_duration">${oi(t.print_duration)}</td>
      <td class="num" data-col="filament">
        ${l?$`<span class="swatch" style=${`background:${l}`}></span>`:nt}
        ${ql(t.filament_weight_g,t.filament_used_mm,i)}
        <span class="muted">${t.filament_type??""}</span>
      </td>
      <td data-col="rating">
        <pl-rating
          .value=${t.rating}
          .subject=${t.filename}
          ?readonly=${!this.admin}
          ?disabled=${this.savingId===t.id}
          @value-changed=${s=>this.saveChanges(t,{rating:s.detail.value})}
        ></pl-rating>
      </td>
      <td data-col="tags">${t.tags.map(s=>$`<span class="tag">${s}</span>`)}</td>
      <td class="notes" data-col="notes" title=${t.notes??""}>
        <span>${t.failure_reason?$`<strong class="status-error">${t.failure_reason}</strong> `:nt}${t.notes??""}</span>
      </td>
      ${this.admin?$`<td class="actions">
            <button
              class="icon-btn"
              data-edit=${t.id}
              aria-label=${`Edit ${t.filename}`}
              aria-expanded=${this.editingId===t.id?"true":"false"}
              @click=${()=>this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}
            >
              ${Nt(Us)}
            </button>
            <button class="icon-btn" aria-label=${`Delete ${t.filename}`} @click=${()=>this.askDelete([t])}>
              ${Nt(Wl)}
            </button>
          </td>`:nt}
    </tr>`}renderCards(){const t=this.options;return t?this.loaded&&!this.jobs.length?$`<div class="empty muted">No jobs match these filters</div>`:$`<ul class="cards" aria-label="Print jobs">
      ${na(this.jobs,i=>i.id,i=>$`<li class="card" data-job-id=${i.id}>
          <div class="head">
            <button class="file" data-col="filename" @click=${()=>this.showJob(i.id)} aria-haspopup="dialog">
              ${i.filename}
            </button>
            <span class=${`chip status-${Ns(i.status)}`}>${tl(i.status)}</span>
          </div>
          <div class="line">
            ${i.printer_name} · ${Qi(i.start,t)} · ${oi(i.print_duration)} ·
            ${ql(i.filament_weight_g,i.filament_used_mm,t)}
          </div>
          ${i.tags.length?$`<div>${i.tags.map(l=>$`<span class="tag">${l}</span>`)}</div>`:nt}
          ${i.notes?$`<div class="notes" data-col="notes">${i.notes}</div>`:nt}
          <div class="row-actions">
            <pl-rating
              .value=${i.rating}
              .subject=${i.filename}
              ?readonly=${!this.admin}
              @value-changed=${l=>this.saveChanges(i,{rating:l.detail.value})}
            ></pl-rating>
            <span style="flex:1"></span>
            ${this.admin?$`<button
                    class="icon-btn"
                    data-edit=${i.id}
                    aria-label=${`Edit ${i.filename}`}
                    aria-expanded=${this.editingId===i.id?"true":"false"}
                    @click=${()=>this.editingId===i.id?this.closeEditor(i.id):this.openEditor(i)}
                  >
                    ${Nt(Us)}
                  </button>
                  <button class="icon-btn" aria-label=${`Delete ${i.filename}`} @click=${()=>this.askDelete([i])}>
                    ${Nt(Wl)}
                  </button>`:nt}
          </div>
          ${this.editingId===i.id?$`<pl-job-editor
                .job=${i}
                .busy=${this.savingId===i.id}
                .error=${this.editError}
                @save=${l=>this.onEditorSave(i,l)}
                @cancel=${()=>this.closeEditor(i.id)}
              ></pl-job-editor>`:nt}
        </li>`)}
    </ul>`:nt}renderPager(){const t=this.page*this.limit+(this.jobs.length?1:0),i=this.page*this.limit+this.jobs.length;return $`<nav class="pager" aria-label="Pages">
      <label
        >Rows per page
        <select
          @change=${l=>{this.limit=Number(l.target.value),this.reload()}}
        >
          ${Cd.map(l=>$`<option value=${l} ?selected=${l===this.limit}>${l}</option>`)}
        </select>
      </label>
      <span class="muted" data-total=${this.total}>${t}–${i} of ${this.total}</span>
      <button class="icon-btn" aria-label="Previous page" ?disabled=${this.page===0||this.loading} @click=${this.prevPage}>
        ${Nt(ec)}
      </button>
      <button class="icon-btn" aria-label="Next page" ?disabled=${!this.nextCursor||this.loading} @click=${this.nextPage}>
        ${Nt(ic)}
      </button>
    </nav>`}renderDialogs(){const t=this.confirmJobs.length;return $`
      <pl-dialog
        .heading=${t===1?"Delete this job?":`Delete ${t} jobs?`}
        .open=${t>0}
        @closed=${()=>this.confirmJobs=[]}
      >
        <p>This removes the job record${t===1?"":"s"} from the print log. It cannot be undone.</p>
        <ul class="confirm-list">
          ${this.confirmJobs.slice(0,20).map(i=>$`<li>${i.filename} <span class="muted">(${i.printer_name})</span></li>`)}
          ${t>20?$`<li class="muted">and ${t-20} more</li>`:nt}
        </ul>
        ${this.deleteError?$`<p class="status-error" role="alert">${this.deleteError}</p>`:nt}
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
            ></pl-job-detail>`:nt}
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
    `}};Mn.styles=[fe,me`
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
    `];let lt=Mn;rt([U({attribute:!1})],lt.prototype,"api");rt([U({attribute:!1})],lt.prototype,"options");rt([U({attribute:!1})],lt.prototype,"printers");rt([U({type:Boolean})],lt.prototype,"admin");rt([U({type:Boolean,reflect:!0})],lt.prototype,"narrow");rt([O()],lt.prototype,"filters");rt([O()],lt.prototype,"showFilters");rt([O()],lt.prototype,"sort");rt([O()],lt.prototype,"order");rt([O()],lt.prototype,"limit");rt([O()],lt.prototype,"cursors");rt([O()],lt.prototype,"page");rt([O()],lt.prototype,"jobs");rt([O()],lt.prototype,"total");rt([O()],lt.prototype,"nextCursor");rt([O()],lt.prototype,"loading");rt([O()],lt.prototype,"loaded");rt([O()],lt.prototype,"error");rt([O()],lt.prototype,"summary");rt([O()],lt.prototype,"summaryLoading");rt([O()],lt.prototype,"editingId");rt([O()],lt.prototype,"savingId");rt([O()],lt.prototype,"editError");rt([O()],lt.prototype,"selected");rt([O()],lt.prototype,"confirmJobs");rt([O()],lt.prototype,"deleting");rt([O()],lt.prototype,"deleteError");rt([O()],lt.prototype,"detailId");rt([O()],lt.prototype,"adding");rt([O()],lt.prototype,"addBusy");rt([O()],lt.prototype,"addError");rt([O()],lt.prototype,"message");rt([O()],lt.prototype,"filamentTypes");function Md(e){const{details:t,events:i,metadata:l,...s}=e;return s}ge("pl-jobs-view",lt);var Pd=Object.defineProperty,jd=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Pd(t,i,s),s};const Pn=class Pn extends he{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?$`<ul aria-label="Printers">
      ${this.printers.map(t=>{const i=t.current_job,l=t.online&&!!i&&(t.print_state==="printing"||t.print_state==="paused"),s=qo(t),a=Ko(t);return $`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${l?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${s}</span>
          </div>
          ${i?$`<button class="file" title=${i.filename} @click=${()=>ze(this,"show-job",{jobId:i.id})}>
                  ${i.filename}
                </button>
                <div
                  class="progress"
                  role="progressbar"
                  aria-label=${`Progress of ${i.filename}`}
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(i.progress*100)}
                >
                  <div style=${Yl({width:`${Math.round(i.progress*1e3)/10}%`})}></div>
                </div>
                <div class="meta">
                  <span>${Math.round(i.progress*100)} %</span>
                  <span>${oi(i.print_duration)} elapsed</span>
                  <span>${a!==null?`${oi(a)} left`:""}</span>
                </div>`:$`<span class="muted">No job running</span>`}
        </li>`})}
    </ul>`:$``}};Pn.styles=[fe,me`
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
    `];let Xl=Pn;jd([U({attribute:!1})],Xl.prototype,"printers");ge("pl-live-strip",Xl);var Dd=Object.defineProperty,pi=(e,t,i,l)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,i,s)||s);return s&&Dd(t,i,s),s};const jn=class jn extends he{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError=""}willUpdate(t){if(t.has("hass")&&this.hass){const i=this.hass.connection;i!==this.connection&&(this.connection=i,this.api=new Zo(this.hass),this.resubscribe(),this.loadPrinters());const l=t.get("hass");(!this.options||!l||l.locale!==this.hass.locale||l.config!==this.hass.config)&&(this.options=Qo(this.hass))}}connectedCallback(){super.connectedCallback(),this.api&&!this.unsubscribe&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.dropSubscription()}dropSubscription(){const t=this.unsubscribe;this.unsubscribe=void 0,t?.then(i=>i?.()).catch(()=>{})}resubscribe(){this.dropSubscription();const t=this.api;!t||!this.isConnected||(this.unsubscribe=t.subscribe(i=>this.onLiveEvent(i)).catch(i=>{console.warn("print_logger: live updates unavailable:",Ye(i))}))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Ye(t)}}onLiveEvent(t){if(t.type==="printer"){const i=this.printers.findIndex(l=>l.id===t.printer.id);this.printers=i>=0?this.printers.map(l=>l.id===t.printer.id?t.printer:l):[...this.printers,t.printer]}else if(t.type==="job_changed"){const i=t.job;this.printers=this.printers.map(l=>l.id!==i.printer_id?l:i.status==="in_progress"?{...l,current_job:i}:l.current_job?.id===i.id?{...l,current_job:null}:l)}this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const i=this.view==="jobs"?"analytics":"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"analytics":i),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options)return nt;const t=!!this.hass.user?.is_admin,i=(l,s,a)=>$`<button
        role="tab"
        id=${`tab-${l}`}
        aria-selected=${this.view===l?"true":"false"}
        aria-controls=${`view-${l}`}
        aria-label=${s}
        tabindex=${this.view===l?0:-1}
        @click=${()=>this.select(l)}
      >
        ${Nt(a)}<span class="label">${s}</span>
      </button>`;return $`
      <header>
        ${this.narrow?$`<button class="icon-btn" aria-label="Open the sidebar" @click=${()=>ze(this,"hass-toggle-menu")}>
              ${Nt(nc)}
            </button>`:nt}
        <h1>${this.panel?.title||"Print Log"}</h1>
        <div role="tablist" aria-label="Views" @keydown=${this.onTabKey}>
          ${i("jobs","Jobs",ac)} ${i("analytics","Analytics",tc)}
        </div>
      </header>
      <main>
        ${this.printersError?$`<div class="error-banner" role="alert">
              <span>Could not load the printers: ${this.printersError}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>Retry</button>
            </div>`:nt}
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
    `}};jn.styles=[fe,me`
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
    `];let Ve=jn;pi([U({attribute:!1})],Ve.prototype,"hass");pi([U({type:Boolean,reflect:!0})],Ve.prototype,"narrow");pi([U({attribute:!1})],Ve.prototype,"panel");pi([O()],Ve.prototype,"view");pi([O()],Ve.prototype,"printers");pi([O()],Ve.prototype,"printersError");pi([O()],Ve.prototype,"api");pi([O()],Ve.prototype,"options");ge("print-logger-panel",Ve);
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
