import{w as Co,x as Tl,y as Mo,z as Wi,h as $,a as pe,b as fe,c as he,o as Gi,q as U,v as me,B as Po,t as I,C as cr,D as jo,E as Do,F as zo,W as Vo,n as Ro,G as Xs,p as Fo,H as Ho,e as Je,i as Oo,I as Io,A as nt,P as No,J as ur,K as tn,M as Uo,N as Bo,O as Wo,Q as Go,R as Jo,S as Yo,T as Fs,U as en,u as De,s as Hs,l as Ql,k as al,m as Os,V as qo,X as Ko,j as Zo,r as Qo,L as Xo,d as tc,f as ec,g as lc}from"./chunks/shared-Clc46931.js";const ic=(e,t,l)=>(l.configurable=!0,l.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,l),l);function oa(e,t){return(l,i,s)=>{const a=o=>o.renderRoot?.querySelector(e)??null;return ic(l,i,{get(){return a(this)}})}}function Hi(e,t,l,i=!1){return e.map(s=>{const a=s.key===null||s.key===void 0?"":String(s.key),o=s.label||a||"Unknown",d=Number(s[t]??0);let f,h;t==="success_rate"?(f=Co(s.success_rate,l),h=`${Tl(s.jobs,l)} jobs`):t==="filament_g"?(f=Mo(d,l,0),h=`${Tl(s.jobs,l)} jobs`):t==="hours"?f=`${Tl(d,l,1)} h`:f=Tl(d,l);const y={key:a,label:o,value:d,display:f};if(h&&(y.note=h),i){const m=Wi(a)??Wi(s.label);m&&(y.colour=m)}return y})}var sc="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",nc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",rc="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",ac="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",Is="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",oc="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",cc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",ca="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",uc="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",ua="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",dr="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",pr="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",dc="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z";function Gt(e,t){return t?$`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:$`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}const pc=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],fr=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],ln=pc.filter(e=>e!=="in_progress");var fc=Object.defineProperty,sn=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&fc(t,l,s),s};const $n=class $n extends pe{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return $`<div class="empty muted">No data for this selection</div>`;const t=this.max??Math.max(...this.items.map(l=>l.value),0);return $`<ul aria-label=${this.label}>
      ${this.items.map(l=>{const i=t>0?Math.max(0,Math.min(100,l.value/t*100)):0,s=Gi({width:`${i}%`,...l.colour?{background:l.colour}:{}});return $`<li data-key=${l.key} data-value=${String(l.value)}>
          <span class="name"
            >${l.colour?$`<span class="swatch" style=${Gi({background:l.colour})}></span>`:""}
            <span>${l.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${l.colour?"bar coloured":"bar"} style=${s}></span></span>
          <span class="value">${l.display}${l.note?$`<span class="note">${l.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};$n.styles=[fe,he`
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
    `];let ti=$n;sn([U()],ti.prototype,"label");sn([U({attribute:!1})],ti.prototype,"items");sn([U({type:Number})],ti.prototype,"max");me("pl-bars",ti);const hc=!0,zt="u-",mc="uplot",gc=zt+"hz",bc=zt+"vt",yc=zt+"title",vc=zt+"wrap",$c=zt+"under",wc=zt+"over",xc=zt+"axis",Sl=zt+"off",_c=zt+"select",kc=zt+"cursor-x",Sc=zt+"cursor-y",Tc=zt+"cursor-pt",Ec=zt+"legend",Lc=zt+"live",Ac=zt+"inline",Cc=zt+"series",Mc=zt+"marker",hr=zt+"label",Pc=zt+"value",wi="width",xi="height",yi="top",mr="bottom",Kl="left",As="right",nn="#000",gr=nn+"0",Cs="mousemove",br="mousedown",Ms="mouseup",yr="mouseenter",vr="mouseleave",$r="dblclick",jc="resize",Dc="scroll",wr="change",Ji="dppxchange",rn="--",ri=typeof window<"u",Ns=ri?document:null,Xl=ri?window:null,zc=ri?navigator:null;let dt,Oi;function Us(){let e=devicePixelRatio;dt!=e&&(dt=e,Oi&&Ws(wr,Oi,Us),Oi=matchMedia(`(min-resolution: ${dt-.001}dppx) and (max-resolution: ${dt+.001}dppx)`),El(wr,Oi,Us),Xl.dispatchEvent(new CustomEvent(Ji)))}function ue(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function Bs(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function xt(e,t,l){e.style[t]=l+"px"}function Me(e,t,l,i){let s=Ns.createElement(e);return t!=null&&ue(s,t),l?.insertBefore(s,i),s}function ke(e,t){return Me("div",e,t)}const xr=new WeakMap;function Ge(e,t,l,i,s){let a="translate("+t+"px,"+l+"px)",o=xr.get(e);a!=o&&(e.style.transform=a,xr.set(e,a),t<0||l<0||t>i||l>s?ue(e,Sl):Bs(e,Sl))}const _r=new WeakMap;function kr(e,t,l){let i=t+l,s=_r.get(e);i!=s&&(_r.set(e,i),e.style.background=t,e.style.borderColor=l)}const Sr=new WeakMap;function Tr(e,t,l,i){let s=t+""+l,a=Sr.get(e);s!=a&&(Sr.set(e,s),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=i?-t/2+"px":0,e.style.marginTop=i?-l/2+"px":0)}const an={passive:!0},Vc={...an,capture:!0};function El(e,t,l,i){t.addEventListener(e,l,i?Vc:an)}function Ws(e,t,l,i){t.removeEventListener(e,l,an)}ri&&Us();function Pe(e,t,l,i){let s;l=l||0,i=i||t.length-1;let a=i<=2147483647;for(;i-l>1;)s=a?l+i>>1:de((l+i)/2),t[s]<e?l=s:i=s;return e-t[l]<=t[i]-e?l:i}function da(e){return(l,i,s)=>{let a=-1,o=-1;for(let d=i;d<=s;d++)if(e(l[d])){a=d;break}for(let d=s;d>=i;d--)if(e(l[d])){o=d;break}return[a,o]}}const pa=e=>e!=null,fa=e=>e!=null&&e>0,Zi=da(pa),Rc=da(fa);function Fc(e,t,l,i=0,s=!1){let a=s?Rc:Zi,o=s?fa:pa;[t,l]=a(e,t,l);let d=e[t],f=e[t];if(t>-1)if(i==1)d=e[t],f=e[l];else if(i==-1)d=e[l],f=e[t];else for(let h=t;h<=l;h++){let y=e[h];o(y)&&(y<d?d=y:y>f&&(f=y))}return[d??gt,f??-gt]}function Qi(e,t,l,i){let s=Ar(e),a=Ar(t);e==t&&(s==-1?(e*=l,t/=l):(e/=l,t*=l));let o=l==10?Ze:ha,d=s==1?de:Se,f=a==1?Se:de,h=d(o(Dt(e))),y=f(o(Dt(t))),m=ei(l,h),b=ei(l,y);return l==10&&(h<0&&(m=bt(m,-h)),y<0&&(b=bt(b,-y))),i||l==2?(e=m*s,t=b*a):(e=ya(e,m),t=Xi(t,b)),[e,t]}function on(e,t,l,i){let s=Qi(e,t,l,i);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}const cn=.1,Er={mode:3,pad:cn},ki={pad:0,soft:null,mode:0},Hc={min:ki,max:ki};function Yi(e,t,l,i){return ts(l)?Lr(e,t,l):(ki.pad=l,ki.soft=i?0:null,ki.mode=i?3:0,Lr(e,t,Hc))}function ct(e,t){return e??t}function Oc(e,t,l){for(t=ct(t,0),l=ct(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function Lr(e,t,l){let i=l.min,s=l.max,a=ct(i.pad,0),o=ct(s.pad,0),d=ct(i.hard,-gt),f=ct(s.hard,gt),h=ct(i.soft,gt),y=ct(s.soft,-gt),m=ct(i.mode,0),b=ct(s.mode,0),S=t-e,T=Ze(S),M=Xt(Dt(e),Dt(t)),z=Ze(M),H=Dt(z-T);(S<1e-24||H>10)&&(S=0,(e==0||t==0)&&(S=1e-24,m==2&&h!=gt&&(a=0),b==2&&y!=-gt&&(o=0)));let w=S||M||1e3,A=Ze(w),_=ei(10,de(A)),Z=w*(S==0?e==0?.1:1:a),D=bt(ya(e-Z,_/10),24),Q=e>=h&&(m==1||m==3&&D<=h||m==2&&D>=h)?h:gt,Y=Xt(d,D<Q&&e>=Q?Q:je(Q,D)),et=w*(S==0?t==0?.1:1:o),J=bt(Xi(t+et,_/10),24),E=t<=y&&(b==1||b==3&&J>=y||b==2&&J<=y)?y:-gt,K=je(f,J>E&&t<=E?E:Xt(E,J));return Y==K&&Y==0&&(K=100),[Y,K]}const Ic=new Intl.NumberFormat(ri?zc.language:"en-US"),un=e=>Ic.format(e),ge=Math,Bi=ge.PI,Dt=ge.abs,de=ge.floor,jt=ge.round,Se=ge.ceil,je=ge.min,Xt=ge.max,ei=ge.pow,Ar=ge.sign,Ze=ge.log10,ha=ge.log2,Nc=(e,t=1)=>ge.sinh(e)*t,Ps=(e,t=1)=>ge.asinh(e/t),gt=1/0;function Cr(e){return(Ze((e^e>>31)-(e>>31))|0)+1}function Gs(e,t,l){return je(Xt(e,t),l)}function ma(e){return typeof e=="function"}function lt(e){return ma(e)?e:()=>e}const Uc=()=>{},ga=e=>e,ba=(e,t)=>t,Bc=e=>null,Mr=e=>!0,Pr=(e,t)=>e==t,Wc=/\.\d*?(?=9{6,}|0{6,})/gm,Ll=e=>{if($a(e)||ol.has(e))return e;const t=`${e}`,l=t.match(Wc);if(l==null)return e;let i=l[0].length-1;if(t.indexOf("e-")!=-1){let[s,a]=t.split("e");return+`${Ll(s)}e${a}`}return bt(e,i)};function _l(e,t){return Ll(bt(Ll(e/t))*t)}function Xi(e,t){return Ll(Se(Ll(e/t))*t)}function ya(e,t){return Ll(de(Ll(e/t))*t)}function bt(e,t=0){if($a(e))return e;let l=10**t,i=e*l*(1+Number.EPSILON);return jt(i)/l}const ol=new Map;function va(e){return((""+e).split(".")[1]||"").length}function Ti(e,t,l,i){let s=[],a=i.map(va);for(let o=t;o<l;o++){let d=Dt(o),f=bt(ei(e,o),d);for(let h=0;h<i.length;h++){let y=e==10?+`${i[h]}e${o}`:i[h]*f,m=(o>=0?0:d)+(o>=a[h]?0:a[h]),b=e==10?y:bt(y,m);s.push(b),ol.set(b,m)}}return s}const Si={},dn=[],li=[null,null],rl=Array.isArray,$a=Number.isInteger,Gc=e=>e===void 0;function jr(e){return typeof e=="string"}function ts(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function Jc(e){return e!=null&&typeof e=="object"}const Yc=Object.getPrototypeOf(Uint8Array),wa="__proto__";function ii(e,t=ts){let l;if(rl(e)){let i=e.find(s=>s!=null);if(rl(i)||t(i)){l=Array(e.length);for(let s=0;s<e.length;s++)l[s]=ii(e[s],t)}else l=e.slice()}else if(e instanceof Yc)l=e.slice();else if(t(e)){l={};for(let i in e)i!=wa&&(l[i]=ii(e[i],t))}else l=e;return l}function Ct(e){let t=arguments;for(let l=1;l<t.length;l++){let i=t[l];for(let s in i)s!=wa&&(ts(e[s])?Ct(e[s],ii(i[s])):e[s]=ii(i[s]))}return e}const qc=0,Kc=1,Zc=2;function Qc(e,t,l){for(let i=0,s,a=-1;i<t.length;i++){let o=t[i];if(o>a){for(s=o-1;s>=0&&e[s]==null;)e[s--]=null;for(s=o+1;s<l&&e[s]==null;)e[a=s++]=null}}}function Xc(e,t){if(lu(e)){let o=e[0].slice();for(let d=1;d<e.length;d++)o.push(...e[d].slice(1));return iu(o[0])||(o=eu(o)),o}let l=new Set;for(let o=0;o<e.length;o++){let f=e[o][0],h=f.length;for(let y=0;y<h;y++)l.add(f[y])}let i=[Array.from(l).sort((o,d)=>o-d)],s=i[0].length,a=new Map;for(let o=0;o<s;o++)a.set(i[0][o],o);for(let o=0;o<e.length;o++){let d=e[o],f=d[0];for(let h=1;h<d.length;h++){let y=d[h],m=Array(s).fill(void 0),b=t?t[o][h]:Kc,S=[];for(let T=0;T<y.length;T++){let M=y[T],z=a.get(f[T]);M===null?b!=qc&&(m[z]=M,b==Zc&&S.push(z)):m[z]=M}Qc(m,S,s),i.push(m)}}return i}const tu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function eu(e){let t=e[0],l=t.length,i=Array(l);for(let a=0;a<i.length;a++)i[a]=a;i.sort((a,o)=>t[a]-t[o]);let s=[];for(let a=0;a<e.length;a++){let o=e[a],d=Array(l);for(let f=0;f<l;f++)d[f]=o[i[f]];s.push(d)}return s}function lu(e){let t=e[0][0],l=t.length;for(let i=1;i<e.length;i++){let s=e[i][0];if(s.length!=l)return!1;if(s!=t){for(let a=0;a<l;a++)if(s[a]!=t[a])return!1}}return!0}function iu(e,t=100){const l=e.length;if(l<=1)return!0;let i=0,s=l-1;for(;i<=s&&e[i]==null;)i++;for(;s>=i&&e[s]==null;)s--;if(s<=i)return!0;const a=Xt(1,de((s-i+1)/t));for(let o=e[i],d=i+a;d<=s;d+=a){const f=e[d];if(f!=null){if(f<=o)return!1;o=f}}return!0}const xa=["January","February","March","April","May","June","July","August","September","October","November","December"],_a=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function ka(e){return e.slice(0,3)}const su=_a.map(ka),nu=xa.map(ka),ru={MMMM:xa,MMM:nu,WWWW:_a,WWW:su};function vi(e){return(e<10?"0":"")+e}function au(e){return(e<10?"00":e<100?"0":"")+e}const ou={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>vi(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>vi(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>vi(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>vi(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>vi(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>au(e.getMilliseconds())};function pn(e,t){t=t||ru;let l=[],i=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=i.exec(e);)l.push(s[0][0]=="{"?ou[s[1]]:s[0]);return a=>{let o="";for(let d=0;d<l.length;d++)o+=typeof l[d]=="string"?l[d]:l[d](a,t);return o}}const cu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function uu(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==cu?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}const Sa=e=>e%1==0,qi=[1,2,2.5,5],du=Ti(10,-32,0,qi),Ta=Ti(10,0,32,qi),pu=Ta.filter(Sa),kl=du.concat(Ta),fn=`
`,Ea="{YYYY}",Dr=fn+Ea,La="{M}/{D}",_i=fn+La,Ii=_i+"/{YY}",Aa="{aa}",fu="{h}:{mm}",Zl=fu+Aa,zr=fn+Zl,Vr=":{ss}",ft=null;function Ca(e){let t=e*1e3,l=t*60,i=l*60,s=i*24,a=s*30,o=s*365,f=(e==1?Ti(10,0,3,qi).filter(Sa):Ti(10,-3,0,qi)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,i,i*2,i*3,i*4,i*6,i*8,i*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]);const h=[[o,Ea,ft,ft,ft,ft,ft,ft,1],[s*28,"{MMM}",Dr,ft,ft,ft,ft,ft,1],[s,La,Dr,ft,ft,ft,ft,ft,1],[i,"{h}"+Aa,Ii,ft,_i,ft,ft,ft,1],[l,Zl,Ii,ft,_i,ft,ft,ft,1],[t,Vr,Ii+" "+Zl,ft,_i+" "+Zl,ft,zr,ft,1],[e,Vr+".{fff}",Ii+" "+Zl,ft,_i+" "+Zl,ft,zr,ft,1]];function y(m){return(b,S,T,M,z,H)=>{let w=[],A=z>=o,_=z>=a&&z<o,Z=m(T),D=bt(Z*e,3),Q=js(Z.getFullYear(),A?0:Z.getMonth(),_||A?1:Z.getDate()),Y=bt(Q*e,3);if(_||A){let et=_?z/a:0,J=A?z/o:0,E=D==Y?D:bt(js(Q.getFullYear()+J,Q.getMonth()+et,1)*e,3),K=new Date(jt(E/e)),V=K.getFullYear(),W=K.getMonth();for(let N=0;E<=M;N++){let st=js(V+J*N,W+et*N,1),O=st-m(bt(st*e,3));E=bt((+st+O)*e,3),E<=M&&w.push(E)}}else{let et=z>=s?s:z,J=de(T)-de(D),E=Y+J+Xi(D-Y,et);w.push(E);let K=m(E),V=K.getHours()+K.getMinutes()/l+K.getSeconds()/i,W=z/i,N=b.axes[S]._space,st=H/N;for(;E=bt(E+z,e==1?0:3),!(E>M);)if(W>1){let O=de(bt(V+W,6))%24,at=m(E).getHours()-O;at>1&&(at=-1),E-=at*i,V=(V+W)%24;let ht=w[w.length-1];bt((E-ht)/z,3)*st>=.7&&w.push(E)}else w.push(E)}return w}}return[f,h,y]}const[hu,mu,gu]=Ca(1),[bu,yu,vu]=Ca(.001);Ti(2,-53,53,[1]);function Rr(e,t){return e.map(l=>l.map((i,s)=>s==0||s==8||i==null?i:t(s==1||l[8]==0?i:l[1]+i)))}function Fr(e,t){return(l,i,s,a,o)=>{let d=t.find(T=>o>=T[0])||t[t.length-1],f,h,y,m,b,S;return i.map(T=>{let M=e(T),z=M.getFullYear(),H=M.getMonth(),w=M.getDate(),A=M.getHours(),_=M.getMinutes(),Z=M.getSeconds(),D=z!=f&&d[2]||H!=h&&d[3]||w!=y&&d[4]||A!=m&&d[5]||_!=b&&d[6]||Z!=S&&d[7]||d[1];return f=z,h=H,y=w,m=A,b=_,S=Z,D(M)})}}function $u(e,t){let l=pn(t);return(i,s,a,o,d)=>s.map(f=>l(e(f)))}function js(e,t,l){return new Date(e,t,l)}function Hr(e,t){return t(e)}const wu="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Or(e,t){return(l,i,s,a)=>a==null?rn:t(e(i))}function xu(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function _u(e,t){return e.series[t].fill(e,t)}const ku={show:!0,live:!0,isolate:!1,mount:Uc,markers:{show:!0,width:2,stroke:xu,fill:_u,dash:"solid"},idx:null,idxs:null,values:[]};function Su(e,t){let l=e.cursor.points,i=ke(),s=l.size(e,t);xt(i,wi,s),xt(i,xi,s);let a=s/-2;xt(i,"marginLeft",a),xt(i,"marginTop",a);let o=l.width(e,t,s);return o&&xt(i,"borderWidth",o),i}function Tu(e,t){let l=e.series[t].points;return l._fill||l._stroke}function Eu(e,t){let l=e.series[t].points;return l._stroke||l._fill}function Lu(e,t){return e.series[t].points.size}const Ds=[0,0];function Au(e,t,l){return Ds[0]=t,Ds[1]=l,Ds}function Ni(e,t,l,i=!0){return s=>{s.button==0&&(!i||s.target==t)&&l(s)}}function zs(e,t,l,i=!0){return s=>{(!i||s.target==t)&&l(s)}}const Cu={show:!0,x:!0,y:!0,lock:!1,move:Au,points:{one:!1,show:Su,size:Lu,width:0,stroke:Eu,fill:Tu},bind:{mousedown:Ni,mouseup:Ni,click:Ni,dblclick:Ni,mousemove:zs,mouseleave:zs,mouseenter:zs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,i,s)=>i-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ma={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},hn=Ct({},Ma,{filter:ba}),Pa=Ct({},hn,{size:10}),ja=Ct({},Ma,{show:!1}),mn='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Da="bold "+mn,za=1.5,Ir={show:!0,scale:"x",stroke:nn,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Da,side:2,grid:hn,ticks:Pa,border:ja,font:mn,lineGap:za,rotate:0},Mu="Value",Pu="Time",Nr={show:!0,scale:"x",auto:!1,sorted:1,min:gt,max:-gt,idxs:[]};function ju(e,t,l,i,s){return t.map(a=>a==null?"":un(a))}function Du(e,t,l,i,s,a,o){let d=[],f=ol.get(s)||0;l=o?l:bt(Xi(l,s),f);for(let h=l;h<=i;h=bt(h+s,f))d.push(Object.is(h,-0)?0:h);return d}function Js(e,t,l,i,s,a,o){const d=[],f=e.scales[e.axes[t].scale].log,h=f==10?Ze:ha,y=de(h(l));s=ei(f,y),f==10&&(s=kl[Pe(s,kl)]);let m=l,b=s*f;f==10&&(b=kl[Pe(b,kl)]);do d.push(m),m=m+s,f==10&&!ol.has(m)&&(m=bt(m,ol.get(s))),m>=b&&(s=m,b=s*f,f==10&&(b=kl[Pe(b,kl)]));while(m<=i);return d}function zu(e,t,l,i,s,a,o){let f=e.scales[e.axes[t].scale].asinh,h=i>f?Js(e,t,Xt(f,l),i,s):[f],y=i>=0&&l<=0?[0]:[];return(l<-f?Js(e,t,Xt(f,-i),-l,s):[f]).reverse().map(b=>-b).concat(y,h)}const Va=/./,Vu=/[12357]/,Ru=/[125]/,Ur=/1/,Ys=(e,t,l,i)=>e.map((s,a)=>t==4&&s==0||a%i==0&&l.test(s.toExponential()[s<0?1:0])?s:null);function Fu(e,t,l,i,s){let a=e.axes[l],o=a.scale,d=e.scales[o],f=e.valToPos,h=a._space,y=f(10,o),m=f(9,o)-y>=h?Va:f(7,o)-y>=h?Vu:f(5,o)-y>=h?Ru:Ur;if(m==Ur){let b=Dt(f(1,o)-y);if(b<h)return Ys(t.slice().reverse(),d.distr,m,Se(h/b)).reverse()}return Ys(t,d.distr,m,1)}function Hu(e,t,l,i,s){let a=e.axes[l],o=a.scale,d=a._space,f=e.valToPos,h=Dt(f(1,o)-f(2,o));return h<d?Ys(t.slice().reverse(),3,Va,Se(d/h)).reverse():t}function Ou(e,t,l,i){return i==null?rn:t==null?"":un(t)}const Br={show:!0,scale:"y",stroke:nn,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Da,side:3,grid:hn,ticks:Pa,border:ja,font:mn,lineGap:za,rotate:0};function Iu(e,t){let l=3+(e||1)*2;return bt(l*t,3)}function Nu(e,t){let{scale:l,idxs:i}=e.series[0],s=e._data[0],a=e.valToPos(s[i[0]],l,!0),o=e.valToPos(s[i[1]],l,!0),d=Dt(o-a),f=e.series[t],h=d/(f.points.space*dt);return i[1]-i[0]<=h}const Wr={scale:null,auto:!0,sorted:0,min:gt,max:-gt},Ra=(e,t,l,i,s)=>s,Gr={show:!0,auto:!0,sorted:0,gaps:Ra,alpha:1,facets:[Ct({},Wr,{scale:"x"}),Ct({},Wr,{scale:"y"})]},Jr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ra,alpha:1,points:{show:Nu,filter:null},values:null,min:gt,max:-gt,idxs:[],path:null,clip:null};function Uu(e,t,l,i,s){return l/10}const Fa={time:hc,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Bu=Ct({},Fa,{time:!1,ori:1}),Yr={};function Ha(e,t){let l=Yr[e];return l||(l={key:e,plots:[],sub(i){l.plots.push(i)},unsub(i){l.plots=l.plots.filter(s=>s!=i)},pub(i,s,a,o,d,f,h){for(let y=0;y<l.plots.length;y++)l.plots[y]!=s&&l.plots[y].pub(i,s,a,o,d,f,h)}},e!=null&&(Yr[e]=l)),l}const si=1,qs=2;function Cl(e,t,l){const i=e.mode,s=e.series[t],a=i==2?e._data[t]:e._data,o=e.scales,d=e.bbox;let f=a[0],h=i==2?a[1]:a[t],y=i==2?o[s.facets[0].scale]:o[e.series[0].scale],m=i==2?o[s.facets[1].scale]:o[s.scale],b=d.left,S=d.top,T=d.width,M=d.height,z=e.valToPosH,H=e.valToPosV;return y.ori==0?l(s,f,h,y,m,z,H,b,S,T,M,ls,ai,ss,Ia,Ua):l(s,f,h,y,m,H,z,S,b,M,T,is,oi,yn,Na,Ba)}function gn(e,t){let l=0,i=0,s=ct(e.bands,dn);for(let a=0;a<s.length;a++){let o=s[a];o.series[0]==t?l=o.dir:o.series[1]==t&&(o.dir==1?i|=1:i|=2)}return[l,i==1?-1:i==2?1:i==3?2:0]}function Wu(e,t,l,i,s){let a=e.mode,o=e.series[t],d=a==2?o.facets[1].scale:o.scale,f=e.scales[d];return s==-1?f.min:s==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function Qe(e,t,l,i,s,a){return Cl(e,t,(o,d,f,h,y,m,b,S,T,M,z)=>{let H=o.pxRound;const w=h.dir*(h.ori==0?1:-1),A=h.ori==0?ai:oi;let _,Z;w==1?(_=l,Z=i):(_=i,Z=l);let D=H(m(d[_],h,M,S)),Q=H(b(f[_],y,z,T)),Y=H(m(d[Z],h,M,S)),et=H(b(a==1?y.max:y.min,y,z,T)),J=new Path2D(s);return A(J,Y,et),A(J,D,et),A(J,D,Q),J})}function es(e,t,l,i,s,a){let o=null;if(e.length>0){o=new Path2D;const d=t==0?ss:yn;let f=l;for(let m=0;m<e.length;m++){let b=e[m];if(b[1]>b[0]){let S=b[0]-f;S>0&&d(o,f,i,S,i+a),f=b[1]}}let h=l+s-f,y=10;h>0&&d(o,f,i-y/2,h,i+a+y)}return o}function Gu(e,t,l){let i=e[e.length-1];i&&i[0]==t?i[1]=l:e.push([t,l])}function bn(e,t,l,i,s,a,o){let d=[],f=e.length;for(let h=s==1?l:i;h>=l&&h<=i;h+=s)if(t[h]===null){let m=h,b=h;if(s==1)for(;++h<=i&&t[h]===null;)b=h;else for(;--h>=l&&t[h]===null;)b=h;let S=a(e[m]),T=b==m?S:a(e[b]),M=m-s;S=o<=0&&M>=0&&M<f?a(e[M]):S;let H=b+s;T=o>=0&&H>=0&&H<f?a(e[H]):T,T>=S&&d.push([S,T])}return d}function qr(e){return e==0?ga:e==1?jt:t=>_l(t,e)}function Oa(e){let t=e==0?ls:is,l=e==0?(s,a,o,d,f,h)=>{s.arcTo(a,o,d,f,h)}:(s,a,o,d,f,h)=>{s.arcTo(o,a,f,d,h)},i=e==0?(s,a,o,d,f)=>{s.rect(a,o,d,f)}:(s,a,o,d,f)=>{s.rect(o,a,f,d)};return(s,a,o,d,f,h=0,y=0)=>{h==0&&y==0?i(s,a,o,d,f):(h=je(h,d/2,f/2),y=je(y,d/2,f/2),t(s,a+h,o),l(s,a+d,o,a+d,o+f,h),l(s,a+d,o+f,a,o+f,y),l(s,a,o+f,a,o,y),l(s,a,o,a+d,o,h),s.closePath())}}const ls=(e,t,l)=>{e.moveTo(t,l)},is=(e,t,l)=>{e.moveTo(l,t)},ai=(e,t,l)=>{e.lineTo(t,l)},oi=(e,t,l)=>{e.lineTo(l,t)},ss=Oa(0),yn=Oa(1),Ia=(e,t,l,i,s,a)=>{e.arc(t,l,i,s,a)},Na=(e,t,l,i,s,a)=>{e.arc(l,t,i,s,a)},Ua=(e,t,l,i,s,a,o)=>{e.bezierCurveTo(t,l,i,s,a,o)},Ba=(e,t,l,i,s,a,o)=>{e.bezierCurveTo(l,t,s,i,o,a)};function Wa(e){return(t,l,i,s,a)=>Cl(t,l,(o,d,f,h,y,m,b,S,T,M,z)=>{let{pxRound:H,points:w}=o,A,_;h.ori==0?(A=ls,_=Ia):(A=is,_=Na);const Z=bt(w.width*dt,3);let D=(w.size-w.width)/2*dt,Q=bt(D*2,3),Y=new Path2D,et=new Path2D,{left:J,top:E,width:K,height:V}=t.bbox;ss(et,J-Q,E-Q,K+Q*2,V+Q*2);const W=N=>{if(f[N]!=null){let st=H(m(d[N],h,M,S)),O=H(b(f[N],y,z,T));A(Y,st+D,O),_(Y,st,O,D,0,Bi*2)}};if(a)a.forEach(W);else for(let N=i;N<=s;N++)W(N);return{stroke:Z>0?Y:null,fill:Y,clip:et,flags:si|qs}})}function Ga(e){return(t,l,i,s,a,o)=>{i!=s&&(a!=i&&o!=i&&e(t,l,i),a!=s&&o!=s&&e(t,l,s),e(t,l,o))}}const Ju=Ga(ai),Yu=Ga(oi);function Ja(e){const t=ct(e?.alignGaps,0);return(l,i,s,a)=>Cl(l,i,(o,d,f,h,y,m,b,S,T,M,z)=>{[s,a]=Zi(f,s,a);let H=o.pxRound,w=V=>H(m(V,h,M,S)),A=V=>H(b(V,y,z,T)),_,Z;h.ori==0?(_=ai,Z=Ju):(_=oi,Z=Yu);const D=h.dir*(h.ori==0?1:-1),Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:si},Y=Q.stroke;let et=!1;if(a-s>=M*4){let V=R=>l.posToVal(R,h.key,!0),W=null,N=null,st,O,te,_t=w(d[D==1?s:a]),at=w(d[s]),ht=w(d[a]),X=V(D==1?at+1:ht-1);for(let R=D==1?s:a;R>=s&&R<=a;R+=D){let Mt=d[R],kt=(D==1?Mt<X:Mt>X)?_t:w(Mt),pt=f[R];kt==_t?pt!=null?(O=pt,W==null?(_(Y,kt,A(O)),st=W=N=O):O<W?W=O:O>N&&(N=O)):pt===null&&(et=!0):(W!=null&&Z(Y,_t,A(W),A(N),A(st),A(O)),pt!=null?(O=pt,_(Y,kt,A(O)),W=N=st=O):(W=N=null,pt===null&&(et=!0)),_t=kt,X=V(_t+D))}W!=null&&W!=N&&te!=_t&&Z(Y,_t,A(W),A(N),A(st),A(O))}else for(let V=D==1?s:a;V>=s&&V<=a;V+=D){let W=f[V];W===null?et=!0:W!=null&&_(Y,w(d[V]),A(W))}let[E,K]=gn(l,i);if(o.fill!=null||E!=0){let V=Q.fill=new Path2D(Y),W=o.fillTo(l,i,o.min,o.max,E),N=A(W),st=w(d[s]),O=w(d[a]);D==-1&&([O,st]=[st,O]),_(V,O,N),_(V,st,N)}if(!o.spanGaps){let V=[];et&&V.push(...bn(d,f,s,a,D,w,t)),Q.gaps=V=o.gaps(l,i,s,a,V),Q.clip=es(V,h.ori,S,T,M,z)}return K!=0&&(Q.band=K==2?[Qe(l,i,s,a,Y,-1),Qe(l,i,s,a,Y,1)]:Qe(l,i,s,a,Y,K)),Q})}function qu(e){const t=ct(e.align,1),l=ct(e.ascDesc,!1),i=ct(e.alignGaps,0),s=ct(e.extend,!1);return(a,o,d,f)=>Cl(a,o,(h,y,m,b,S,T,M,z,H,w,A)=>{[d,f]=Zi(m,d,f);let _=h.pxRound,{left:Z,width:D}=a.bbox,Q=at=>_(T(at,b,w,z)),Y=at=>_(M(at,S,A,H)),et=b.ori==0?ai:oi;const J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:si},E=J.stroke,K=b.dir*(b.ori==0?1:-1);let V=Y(m[K==1?d:f]),W=Q(y[K==1?d:f]),N=W,st=W;s&&t==-1&&(st=Z,et(E,st,V)),et(E,W,V);for(let at=K==1?d:f;at>=d&&at<=f;at+=K){let ht=m[at];if(ht==null)continue;let X=Q(y[at]),R=Y(ht);t==1?et(E,X,V):et(E,N,R),et(E,X,R),V=R,N=X}let O=N;s&&t==1&&(O=Z+D,et(E,O,V));let[te,_t]=gn(a,o);if(h.fill!=null||te!=0){let at=J.fill=new Path2D(E),ht=h.fillTo(a,o,h.min,h.max,te),X=Y(ht);et(at,O,X),et(at,st,X)}if(!h.spanGaps){let at=[];at.push(...bn(y,m,d,f,K,Q,i));let ht=h.width*dt/2,X=l||t==1?ht:-ht,R=l||t==-1?-ht:ht;at.forEach(Mt=>{Mt[0]+=X,Mt[1]+=R}),J.gaps=at=h.gaps(a,o,d,f,at),J.clip=es(at,b.ori,z,H,w,A)}return _t!=0&&(J.band=_t==2?[Qe(a,o,d,f,E,-1),Qe(a,o,d,f,E,1)]:Qe(a,o,d,f,E,_t)),J})}function Kr(e,t,l,i,s,a,o=gt){if(e.length>1){let d=null;for(let f=0,h=1/0;f<e.length;f++)if(t[f]!==void 0){if(d!=null){let y=Dt(e[f]-e[d]);y<h&&(h=y,o=Dt(l(e[f],i,s,a)-l(e[d],i,s,a)))}d=f}}return o}function Ku(e){e=e||Si;const t=ct(e.size,[.6,gt,1]),l=e.align||0,i=e.gap||0;let s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;const a=lt(s),o=1-t[0],d=ct(t[1],gt),f=ct(t[2],1),h=ct(e.disp,Si),y=ct(e.each,S=>{}),{fill:m,stroke:b}=h;return(S,T,M,z)=>Cl(S,T,(H,w,A,_,Z,D,Q,Y,et,J,E)=>{let K=H.pxRound,V=l,W=i*dt,N=d*dt,st=f*dt,O,te;_.ori==0?[O,te]=a(S,T):[te,O]=a(S,T);const _t=_.dir*(_.ori==0?1:-1);let at=_.ori==0?ss:yn,ht=_.ori==0?y:(P,yt,Pt,Dl,hl,Oe,ml)=>{y(P,yt,Pt,hl,Dl,ml,Oe)},X=ct(S.bands,dn).find(P=>P.series[0]==T),R=X!=null?X.dir:0,Mt=H.fillTo(S,T,H.min,H.max,R),Yt=K(Q(Mt,Z,E,et)),kt,pt,Te,ne=J,Tt=K(H.width*dt),He=!1,Ye=null,ye=null,tl=null,Ml=null;m!=null&&(Tt==0||b!=null)&&(He=!0,Ye=m.values(S,T,M,z),ye=new Map,new Set(Ye).forEach(P=>{P!=null&&ye.set(P,new Path2D)}),Tt>0&&(tl=b.values(S,T,M,z),Ml=new Map,new Set(tl).forEach(P=>{P!=null&&Ml.set(P,new Path2D)})));let{x0:Pl,size:ui}=h;if(Pl!=null&&ui!=null){V=1,w=Pl.values(S,T,M,z),Pl.unit==2&&(w=w.map(Pt=>S.posToVal(Y+Pt*J,_.key,!0)));let P=ui.values(S,T,M,z);ui.unit==2?pt=P[0]*J:pt=D(P[0],_,J,Y)-D(0,_,J,Y),ne=Kr(w,A,D,_,J,Y,ne),Te=ne-pt+W}else ne=Kr(w,A,D,_,J,Y,ne),Te=ne*o+W,pt=ne-Te;Te<1&&(Te=0),Tt>=pt/2&&(Tt=0),Te<5&&(K=ga);let Ai=Te>0,pl=ne-Te-(Ai?Tt:0);pt=K(Gs(pl,st,N)),kt=(V==0?pt/2:V==_t?0:pt)-V*_t*((V==0?W/2:0)+(Ai?Tt/2:0));const qt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},jl=He?null:new Path2D;let qe=null;if(X!=null)qe=S.data[X.series[1]];else{let{y0:P,y1:yt}=h;P!=null&&yt!=null&&(A=yt.values(S,T,M,z),qe=P.values(S,T,M,z))}let fl=O*pt,q=te*pt;for(let P=_t==1?M:z;P>=M&&P<=z;P+=_t){let yt=A[P];if(yt==null)continue;if(qe!=null){let ee=qe[P]??0;if(yt-ee==0)continue;Yt=Q(ee,Z,E,et)}let Pt=_.distr!=2||h!=null?w[P]:P,Dl=D(Pt,_,J,Y),hl=Q(ct(yt,Mt),Z,E,et),Oe=K(Dl-kt),ml=K(Xt(hl,Yt)),re=K(je(hl,Yt)),ve=ml-re;if(yt!=null){let ee=yt<0?q:fl,Ee=yt<0?fl:q;He?(Tt>0&&tl[P]!=null&&at(Ml.get(tl[P]),Oe,re+de(Tt/2),pt,Xt(0,ve-Tt),ee,Ee),Ye[P]!=null&&at(ye.get(Ye[P]),Oe,re+de(Tt/2),pt,Xt(0,ve-Tt),ee,Ee)):at(jl,Oe,re+de(Tt/2),pt,Xt(0,ve-Tt),ee,Ee),ht(S,T,P,Oe-Tt/2,re,pt+Tt,ve)}}return Tt>0?qt.stroke=He?Ml:jl:He||(qt._fill=H.width==0?H._fill:H._stroke??H._fill,qt.width=0),qt.fill=He?ye:jl,qt})}function Zu(e,t){const l=ct(t?.alignGaps,0);return(i,s,a,o)=>Cl(i,s,(d,f,h,y,m,b,S,T,M,z,H)=>{[a,o]=Zi(h,a,o);let w=d.pxRound,A=O=>w(b(O,y,z,T)),_=O=>w(S(O,m,H,M)),Z,D,Q;y.ori==0?(Z=ls,Q=ai,D=Ua):(Z=is,Q=oi,D=Ba);const Y=y.dir*(y.ori==0?1:-1);let et=A(f[Y==1?a:o]),J=et,E=[],K=[];for(let O=Y==1?a:o;O>=a&&O<=o;O+=Y)if(h[O]!=null){let _t=f[O],at=A(_t);E.push(J=at),K.push(_(h[O]))}const V={stroke:e(E,K,Z,Q,D,w),fill:null,clip:null,band:null,gaps:null,flags:si},W=V.stroke;let[N,st]=gn(i,s);if(d.fill!=null||N!=0){let O=V.fill=new Path2D(W),te=d.fillTo(i,s,d.min,d.max,N),_t=_(te);Q(O,J,_t),Q(O,et,_t)}if(!d.spanGaps){let O=[];O.push(...bn(f,h,a,o,Y,A,l)),V.gaps=O=d.gaps(i,s,a,o,O),V.clip=es(O,y.ori,T,M,z,H)}return st!=0&&(V.band=st==2?[Qe(i,s,a,o,W,-1),Qe(i,s,a,o,W,1)]:Qe(i,s,a,o,W,st)),V})}function Qu(e){return Zu(Xu,e)}function Xu(e,t,l,i,s,a){const o=e.length;if(o<2)return null;const d=new Path2D;if(l(d,e[0],t[0]),o==2)i(d,e[1],t[1]);else{let f=Array(o),h=Array(o-1),y=Array(o-1),m=Array(o-1);for(let b=0;b<o-1;b++)y[b]=t[b+1]-t[b],m[b]=e[b+1]-e[b],h[b]=y[b]/m[b];f[0]=h[0];for(let b=1;b<o-1;b++)h[b]===0||h[b-1]===0||h[b-1]>0!=h[b]>0?f[b]=0:(f[b]=3*(m[b-1]+m[b])/((2*m[b]+m[b-1])/h[b-1]+(m[b]+2*m[b-1])/h[b]),isFinite(f[b])||(f[b]=0));f[o-1]=h[o-2];for(let b=0;b<o-1;b++)s(d,e[b]+m[b]/3,t[b]+f[b]*m[b]/3,e[b+1]-m[b]/3,t[b+1]-f[b+1]*m[b]/3,e[b+1],t[b+1])}return d}const Ks=new Set;function Zr(){for(let e of Ks)e.syncRect(!0)}ri&&(El(jc,Xl,Zr),El(Dc,Xl,Zr,!0),El(Ji,Xl,()=>{Bt.pxRatio=dt}));const td=Ja(),ed=Wa();function Qr(e,t,l,i){return(i?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,o)=>Zs(a,o,t,l))}function ld(e,t){return e.map((l,i)=>i==0?{}:Ct({},t,l))}function Zs(e,t,l,i){return Ct({},t==0?l:i,e)}function Ya(e,t,l){return t==null?li:[t,l]}const id=Ya;function sd(e,t,l){return t==null?li:Yi(t,l,cn,!0)}function qa(e,t,l,i){return t==null?li:Qi(t,l,e.scales[i].log,!1)}const nd=qa;function Ka(e,t,l,i){return t==null?li:on(t,l,e.scales[i].log,!1)}const rd=Ka;function ad(e,t,l,i,s){let a=Xt(Cr(e),Cr(t)),o=t-e,d=Pe(s/i*o,l);do{let f=l[d],h=i*f/o;if(h>=s&&a+(f<5?ol.get(f):0)<=17)return[f,h]}while(++d<l.length);return[0,0]}function Xr(e){let t,l;return e=e.replace(/(\d+)px/,(i,s)=>(t=jt((l=+s)*dt))+"px"),[e,t,l]}function od(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=bt(t[2]*dt,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function Bt(e,t,l){const i={mode:ct(e.mode,1)},s=i.mode;function a(n,r,c,u){let p=r.valToPct(n);return u+c*(r.dir==-1?1-p:p)}function o(n,r,c,u){let p=r.valToPct(n);return u+c*(r.dir==-1?p:1-p)}function d(n,r,c,u){return r.ori==0?a(n,r,c,u):o(n,r,c,u)}i.valToPosH=a,i.valToPosV=o;let f=!1;i.status=0;const h=i.root=ke(mc);if(e.id!=null&&(h.id=e.id),ue(h,e.class),e.title){let n=ke(yc,h);n.textContent=e.title}const y=Me("canvas"),m=i.ctx=y.getContext("2d"),b=ke(vc,h);El("click",b,n=>{n.target===T&&(vt!=Wl||St!=Gl)&&Ut.click(i,n)},!0);const S=i.under=ke($c,b);b.appendChild(y);const T=i.over=ke(wc,b);e=ii(e);const M=+ct(e.pxAlign,1),z=qr(M);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(i,e)||e)});const H=e.ms||.001,w=i.series=s==1?Qr(e.series||[],Nr,Jr,!1):ld(e.series||[null],Gr),A=i.axes=Qr(e.axes||[],Ir,Br,!0),_=i.scales={},Z=i.bands=e.bands||[];Z.forEach(n=>{n.fill=lt(n.fill||null),n.dir=ct(n.dir,-1)});const D=s==2?w[1].facets[0].scale:w[0].scale,Q={axes:mo,series:co},Y=(e.drawOrder||["axes","series"]).map(n=>Q[n]);function et(n){const r=n.distr==3?c=>Ze(c>0?c:n.clamp(i,c,n.min,n.max,n.key)):n.distr==4?c=>Ps(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=r(c),{_min:p,_max:g}=n,v=g-p;return(u-p)/v}}function J(n){let r=_[n];if(r==null){let c=(e.scales||Si)[n]||Si;if(c.from!=null){J(c.from);let u=Ct({},_[c.from],c,{key:n});u.valToPct=et(u),_[n]=u}else{r=_[n]=Ct({},n==D?Fa:Bu,c),r.key=n;let u=r.time,p=r.range,g=rl(p);if((n!=D||s==2&&!u)&&(g&&(p[0]==null||p[1]==null)&&(p={min:p[0]==null?Er:{mode:1,hard:p[0],soft:p[0]},max:p[1]==null?Er:{mode:1,hard:p[1],soft:p[1]}},g=!1),!g&&ts(p))){let v=p;p=(x,k,L)=>k==null?li:Yi(k,L,v)}r.range=lt(p||(u?id:n==D?r.distr==3?nd:r.distr==4?rd:Ya:r.distr==3?qa:r.distr==4?Ka:sd)),r.auto=lt(g?!1:r.auto),r.clamp=lt(r.clamp||Uu),r._min=r._max=null,r.valToPct=et(r)}}}J("x"),J("y"),s==1&&w.forEach(n=>{J(n.scale)}),A.forEach(n=>{J(n.scale)});for(let n in e.scales)J(n);const E=_[D],K=E.distr;let V,W;E.ori==0?(ue(h,gc),V=a,W=o):(ue(h,bc),V=o,W=a);const N={};for(let n in _){let r=_[n];(r.min!=null||r.max!=null)&&(N[n]={min:r.min,max:r.max},r.min=r.max=null)}const st=e.tzDate||(n=>new Date(jt(n/H))),O=e.fmtDate||pn,te=H==1?gu(st):vu(st),_t=Fr(st,Rr(H==1?mu:yu,O)),at=Or(st,Hr(wu,O)),ht=[],X=i.legend=Ct({},ku,e.legend),R=i.cursor=Ct({},Cu,{drag:{y:s==2}},e.cursor),Mt=X.show,Yt=R.show,kt=X.markers;X.idxs=ht,kt.width=lt(kt.width),kt.dash=lt(kt.dash),kt.stroke=lt(kt.stroke),kt.fill=lt(kt.fill);let pt,Te,ne,Tt=[],He=[],Ye,ye=!1,tl={};if(X.live){const n=w[1]?w[1].values:null;ye=n!=null,Ye=ye?n(i,1,0):{_:0};for(let r in Ye)tl[r]=rn}if(Mt)if(pt=Me("table",Ec,h),ne=Me("tbody",null,pt),X.mount(i,pt),ye){Te=Me("thead",null,pt,ne);let n=Me("tr",null,Te);Me("th",null,n);for(var Ml in Ye)Me("th",hr,n).textContent=Ml}else ue(pt,Ac),X.live&&ue(pt,Lc);const Pl={show:!0},ui={show:!1};function Ai(n,r){if(r==0&&(ye||!X.live||s==2))return li;let c=[],u=Me("tr",Cc,ne,ne.childNodes[r]);ue(u,n.class),n.show||ue(u,Sl);let p=Me("th",null,u);if(kt.show){let x=ke(Mc,p);if(r>0){let k=kt.width(i,r);k&&(x.style.border=k+"px "+kt.dash(i,r)+" "+kt.stroke(i,r)),x.style.background=kt.fill(i,r)}}let g=ke(hr,p);n.label instanceof HTMLElement?g.appendChild(n.label):g.textContent=n.label,r>0&&(kt.show||(g.style.color=n.width>0?kt.stroke(i,r):kt.fill(i,r)),qt("click",p,x=>{if(R._lock)return;bl(x);let k=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=X.isolate){let L=w.some((C,j)=>j>0&&j!=k&&C.show);w.forEach((C,j)=>{j>0&&Ne(j,L?j==k?Pl:ui:Pl,!0,At.setSeries)})}else Ne(k,{show:!n.show},!0,At.setSeries)},!1),Vl&&qt(yr,p,x=>{R._lock||(bl(x),Ne(w.indexOf(n),Yl,!0,At.setSeries))},!1));for(var v in Ye){let x=Me("td",Pc,u);x.textContent="--",c.push(x)}return[u,c]}const pl=new Map;function qt(n,r,c,u=!0){const p=pl.get(r)||{},g=R.bind[n](i,r,c,u);g&&(El(n,r,p[n]=g),pl.set(r,p))}function jl(n,r,c){const u=pl.get(r)||{};for(let p in u)(n==null||p==n)&&(Ws(p,r,u[p]),delete u[p]);n==null&&pl.delete(r)}let qe=0,fl=0,q=0,P=0,yt=0,Pt=0,Dl=yt,hl=Pt,Oe=q,ml=P,re=0,ve=0,ee=0,Ee=0;i.bbox={};let rs=!1,Ci=!1,zl=!1,gl=!1,Mi=!1,$e=!1;function as(n,r,c){(c||n!=i.width||r!=i.height)&&jn(n,r),Il(!1),zl=!0,Ci=!0,Nl()}function jn(n,r){i.width=qe=q=n,i.height=fl=P=r,yt=Pt=0,lo(),io();let c=i.bbox;re=c.left=_l(yt*dt,.5),ve=c.top=_l(Pt*dt,.5),ee=c.width=_l(q*dt,.5),Ee=c.height=_l(P*dt,.5)}const Xa=3;function to(){let n=!1,r=0;for(;!n;){r++;let c=fo(r),u=ho(r);n=r==Xa||c&&u,n||(jn(i.width,i.height),Ci=!0)}}function eo({width:n,height:r}){as(n,r)}i.setSize=eo;function lo(){let n=!1,r=!1,c=!1,u=!1;A.forEach((p,g)=>{if(p.show&&p._show){let{side:v,_size:x}=p,k=v%2,L=p.label!=null?p.labelSize:0,C=x+L;C>0&&(k?(q-=C,v==3?(yt+=C,u=!0):c=!0):(P-=C,v==0?(Pt+=C,n=!0):r=!0))}}),yl[0]=n,yl[1]=c,yl[2]=r,yl[3]=u,q-=el[1]+el[3],yt+=el[3],P-=el[2]+el[0],Pt+=el[0]}function io(){let n=yt+q,r=Pt+P,c=yt,u=Pt;function p(g,v){switch(g){case 1:return n+=v,n-v;case 2:return r+=v,r-v;case 3:return c-=v,c+v;case 0:return u-=v,u+v}}A.forEach((g,v)=>{if(g.show&&g._show){let x=g.side;g._pos=p(x,g._size),g.label!=null&&(g._lpos=p(x,g.labelSize))}})}if(R.dataIdx==null){let n=R.hover,r=n.skip=new Set(n.skip??[]);r.add(void 0);let c=n.prox=lt(n.prox),u=n.bias??=0;R.dataIdx=(p,g,v,x)=>{if(g==0)return v;let k=v,L=c(p,g,v,x)??gt,C=L>=0&&L<gt,j=E.ori==0?q:P,G=R.left,ut=t[0],ot=t[g];if(r.has(ot[v])){k=null;let tt=null,B=null,F;if(u==0||u==-1)for(F=v;tt==null&&F-- >0;)r.has(ot[F])||(tt=F);if(u==0||u==1)for(F=v;B==null&&F++<ot.length;)r.has(ot[F])||(B=F);if(tt!=null||B!=null)if(C){let wt=tt==null?-1/0:V(ut[tt],E,j,0),Et=B==null?1/0:V(ut[B],E,j,0),It=G-wt,mt=Et-G;It<=mt?It<=L&&(k=tt):mt<=L&&(k=B)}else k=B==null?tt:tt==null?B:v-tt<=B-v?tt:B}else C&&Dt(G-V(ut[v],E,j,0))>L&&(k=null);return k}}const bl=n=>{R.event=n};R.idxs=ht,R._lock=!1;let Wt=R.points;Wt.show=lt(Wt.show),Wt.size=lt(Wt.size),Wt.stroke=lt(Wt.stroke),Wt.width=lt(Wt.width),Wt.fill=lt(Wt.fill);const Ie=i.focus=Ct({},e.focus||{alpha:.3},R.focus),Vl=Ie.prox>=0,Rl=Vl&&Wt.one;let we=[],Fl=[],Hl=[];function Dn(n,r){let c=Wt.show(i,r);if(c instanceof HTMLElement)return ue(c,Tc),ue(c,n.class),Ge(c,-10,-10,q,P),T.insertBefore(c,we[r]),c}function zn(n,r){if(s==1||r>0){let c=s==1&&_[n.scale].time,u=n.value;n.value=c?jr(u)?Or(st,Hr(u,O)):u||at:u||Ou,n.label=n.label||(c?Pu:Mu)}if(Rl||r>0){n.width=n.width==null?1:n.width,n.paths=n.paths||td||Bc,n.fillTo=lt(n.fillTo||Wu),n.pxAlign=+ct(n.pxAlign,M),n.pxRound=qr(n.pxAlign),n.stroke=lt(n.stroke||null),n.fill=lt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=Iu(Xt(1,n.width),1),u=n.points=Ct({},{size:c,width:Xt(1,c*.2),stroke:n.stroke,space:c*2,paths:ed,_stroke:null,_fill:null},n.points);u.show=lt(u.show),u.filter=lt(u.filter),u.fill=lt(u.fill),u.stroke=lt(u.stroke),u.paths=lt(u.paths),u.pxAlign=n.pxAlign}if(Mt){let c=Ai(n,r);Tt.splice(r,0,c[0]),He.splice(r,0,c[1]),X.values.push(null)}if(Yt){ht.splice(r,0,null);let c=null;Rl?r==0&&(c=Dn(n,r)):r>0&&(c=Dn(n,r)),we.splice(r,0,c),Fl.splice(r,0,0),Hl.splice(r,0,0)}Ot("addSeries",r)}function so(n,r){r=r??w.length,n=s==1?Zs(n,r,Nr,Jr):Zs(n,r,{},Gr),w.splice(r,0,n),zn(w[r],r)}i.addSeries=so;function no(n){if(w.splice(n,1),Mt){X.values.splice(n,1),He.splice(n,1);let r=Tt.splice(n,1)[0];jl(null,r.firstChild),r.remove()}Yt&&(ht.splice(n,1),we.splice(n,1)[0].remove(),Fl.splice(n,1),Hl.splice(n,1)),Ot("delSeries",n)}i.delSeries=no;const yl=[!1,!1,!1,!1];function ro(n,r){if(n._show=n.show,n.show){let c=n.side%2,u=_[n.scale];u==null&&(n.scale=c?w[1].scale:D,u=_[n.scale]);let p=u.time;n.size=lt(n.size),n.space=lt(n.space),n.rotate=lt(n.rotate),rl(n.incrs)&&n.incrs.forEach(v=>{!ol.has(v)&&ol.set(v,va(v))}),n.incrs=lt(n.incrs||(u.distr==2?pu:p?H==1?hu:bu:kl)),n.splits=lt(n.splits||(p&&u.distr==1?te:u.distr==3?Js:u.distr==4?zu:Du)),n.stroke=lt(n.stroke),n.grid.stroke=lt(n.grid.stroke),n.ticks.stroke=lt(n.ticks.stroke),n.border.stroke=lt(n.border.stroke);let g=n.values;n.values=rl(g)&&!rl(g[0])?lt(g):p?rl(g)?Fr(st,Rr(g,O)):jr(g)?$u(st,g):g||_t:g||ju,n.filter=lt(n.filter||(u.distr>=3&&u.log==10?Fu:u.distr==3&&u.log==2?Hu:ba)),n.font=Xr(n.font),n.labelFont=Xr(n.labelFont),n._size=n.size(i,null,r,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(yl[r]=!0,n._el=ke(xc,b))}}function di(n,r,c,u){let[p,g,v,x]=c,k=r%2,L=0;return k==0&&(x||g)&&(L=r==0&&!p||r==2&&!v?jt(Ir.size/3):0),k==1&&(p||v)&&(L=r==1&&!g||r==3&&!x?jt(Br.size/2):0),L}const Vn=i.padding=(e.padding||[di,di,di,di]).map(n=>lt(ct(n,di))),el=i._padding=Vn.map((n,r)=>n(i,r,yl,0));let Nt,Vt=null,Rt=null;const Pi=s==1?w[0].idxs:null;let Le=null,pi=!1;function Rn(n,r){if(t=n??[],i.data=i._data=t,s==2){Nt=0;for(let c=1;c<w.length;c++)Nt+=t[c][0].length}else{t.length==0&&(i.data=i._data=t=[[]]),Le=t[0],Nt=Le.length;let c=t;if(K==2){c=t.slice();let u=c[0]=Array(Nt);for(let p=0;p<Nt;p++)u[p]=p}i._data=t=c}if(Il(!0),Ot("setData"),K==2&&(zl=!0),r!==!1){let c=E;c.auto(i,pi)?os():il(D,c.min,c.max),gl=gl||R.left>=0,$e=!0,Nl()}}i.setData=Rn;function os(){pi=!0;let n,r;s==1&&(Nt>0?(Vt=Pi[0]=0,Rt=Pi[1]=Nt-1,n=t[0][Vt],r=t[0][Rt],K==2?(n=Vt,r=Rt):n==r&&(K==3?[n,r]=Qi(n,n,E.log,!1):K==4?[n,r]=on(n,n,E.log,!1):E.time?r=n+jt(86400/H):[n,r]=Yi(n,r,cn,!0))):(Vt=Pi[0]=n=null,Rt=Pi[1]=r=null)),il(D,n,r)}let ji,Ol,cs,us,ds,ps,fs,hs,ms,le;function Fn(n,r,c,u,p,g){n??=gr,c??=dn,u??="butt",p??=gr,g??="round",n!=ji&&(m.strokeStyle=ji=n),p!=Ol&&(m.fillStyle=Ol=p),r!=cs&&(m.lineWidth=cs=r),g!=ds&&(m.lineJoin=ds=g),u!=ps&&(m.lineCap=ps=u),c!=us&&m.setLineDash(us=c)}function Hn(n,r,c,u){r!=Ol&&(m.fillStyle=Ol=r),n!=fs&&(m.font=fs=n),c!=hs&&(m.textAlign=hs=c),u!=ms&&(m.textBaseline=ms=u)}function gs(n,r,c,u,p=0){if(u.length>0&&n.auto(i,pi)&&(r==null||r.min==null)){let g=ct(Vt,0),v=ct(Rt,u.length-1),x=c.min==null?Fc(u,g,v,p,n.distr==3):[c.min,c.max];n.min=je(n.min,c.min=x[0]),n.max=Xt(n.max,c.max=x[1])}}const On={min:null,max:null};function ao(){for(let u in _){let p=_[u];N[u]==null&&(p.min==null||N[D]!=null&&p.auto(i,pi))&&(N[u]=On)}for(let u in _){let p=_[u];N[u]==null&&p.from!=null&&N[p.from]!=null&&(N[u]=On)}N[D]!=null&&Il(!0);let n={};for(let u in N){let p=N[u];if(p!=null){let g=n[u]=ii(_[u],Jc);if(p.min!=null)Ct(g,p);else if(u!=D||s==2)if(Nt==0&&g.from==null){let v=g.range(i,null,null,u);g.min=v[0],g.max=v[1]}else g.min=gt,g.max=-gt}}if(Nt>0){w.forEach((u,p)=>{if(s==1){let g=u.scale,v=N[g];if(v==null)return;let x=n[g];if(p==0){let k=x.range(i,x.min,x.max,g);x.min=k[0],x.max=k[1],Vt=Pe(x.min,t[0]),Rt=Pe(x.max,t[0]),Rt-Vt>1&&(t[0][Vt]<x.min&&Vt++,t[0][Rt]>x.max&&Rt--),u.min=Le[Vt],u.max=Le[Rt]}else u.show&&u.auto&&gs(x,v,u,t[p],u.sorted);u.idxs[0]=Vt,u.idxs[1]=Rt}else if(p>0&&u.show&&u.auto){let[g,v]=u.facets,x=g.scale,k=v.scale,[L,C]=t[p],j=n[x],G=n[k];j!=null&&gs(j,N[x],g,L,g.sorted),G!=null&&gs(G,N[k],v,C,v.sorted),u.min=v.min,u.max=v.max}});for(let u in n){let p=n[u],g=N[u];if(p.from==null&&(g==null||g.min==null)){let v=p.range(i,p.min==gt?null:p.min,p.max==-gt?null:p.max,u);p.min=v[0],p.max=v[1]}}}for(let u in n){let p=n[u];if(p.from!=null){let g=n[p.from];if(g.min==null)p.min=p.max=null;else{let v=p.range(i,g.min,g.max,u);p.min=v[0],p.max=v[1]}}}let r={},c=!1;for(let u in n){let p=n[u],g=_[u];if(g.min!=p.min||g.max!=p.max){g.min=p.min,g.max=p.max;let v=g.distr;g._min=v==3?Ze(g.min):v==4?Ps(g.min,g.asinh):v==100?g.fwd(g.min):g.min,g._max=v==3?Ze(g.max):v==4?Ps(g.max,g.asinh):v==100?g.fwd(g.max):g.max,r[u]=c=!0}}if(c){w.forEach((u,p)=>{s==2?p>0&&r.y&&(u._paths=null):r[u.scale]&&(u._paths=null)});for(let u in r)zl=!0,Ot("setScale",u);Yt&&R.left>=0&&(gl=$e=!0)}for(let u in N)N[u]=null}function oo(n){let r=Gs(Vt-1,0,Nt-1),c=Gs(Rt+1,0,Nt-1);for(;n[r]==null&&r>0;)r--;for(;n[c]==null&&c<Nt-1;)c++;return[r,c]}function co(){if(Nt>0){let n=w.some(r=>r._focus)&&le!=Ie.alpha;n&&(m.globalAlpha=le=Ie.alpha),w.forEach((r,c)=>{if(c>0&&r.show&&(In(c,!1),In(c,!0),r._paths==null)){let u=le;le!=r.alpha&&(m.globalAlpha=le=r.alpha);let p=s==2?[0,t[c][0].length-1]:oo(t[c]);r._paths=r.paths(i,c,p[0],p[1]),le!=u&&(m.globalAlpha=le=u)}}),w.forEach((r,c)=>{if(c>0&&r.show){let u=le;le!=r.alpha&&(m.globalAlpha=le=r.alpha),r._paths!=null&&Nn(c,!1);{let p=r._paths!=null?r._paths.gaps:null,g=r.points.show(i,c,Vt,Rt,p),v=r.points.filter(i,c,g,p);(g||v)&&(r.points._paths=r.points.paths(i,c,Vt,Rt,v),Nn(c,!0))}le!=u&&(m.globalAlpha=le=u),Ot("drawSeries",c)}}),n&&(m.globalAlpha=le=1)}}function In(n,r){let c=r?w[n].points:w[n];c._stroke=c.stroke(i,n),c._fill=c.fill(i,n)}function Nn(n,r){let c=r?w[n].points:w[n],{stroke:u,fill:p,clip:g,flags:v,_stroke:x=c._stroke,_fill:k=c._fill,_width:L=c.width}=c._paths;L=bt(L*dt,3);let C=null,j=L%2/2;r&&k==null&&(k=L>0?"#fff":x);let G=c.pxAlign==1&&j>0;if(G&&m.translate(j,j),!r){let ut=re-L/2,ot=ve-L/2,tt=ee+L,B=Ee+L;C=new Path2D,C.rect(ut,ot,tt,B)}r?bs(x,L,c.dash,c.cap,k,u,p,v,g):uo(n,x,L,c.dash,c.cap,k,u,p,v,C,g),G&&m.translate(-j,-j)}function uo(n,r,c,u,p,g,v,x,k,L,C){let j=!1;k!=0&&Z.forEach((G,ut)=>{if(G.series[0]==n){let ot=w[G.series[1]],tt=t[G.series[1]],B=(ot._paths||Si).band;rl(B)&&(B=G.dir==1?B[0]:B[1]);let F,wt=null;ot.show&&B&&Oc(tt,Vt,Rt)?(wt=G.fill(i,ut)||g,F=ot._paths.clip):B=null,bs(r,c,u,p,wt,v,x,k,L,C,F,B),j=!0}}),j||bs(r,c,u,p,g,v,x,k,L,C)}const Un=si|qs;function bs(n,r,c,u,p,g,v,x,k,L,C,j){Fn(n,r,c,u,p),(k||L||j)&&(m.save(),k&&m.clip(k),L&&m.clip(L)),j?(x&Un)==Un?(m.clip(j),C&&m.clip(C),zi(p,v),Di(n,g,r)):x&qs?(zi(p,v),m.clip(j),Di(n,g,r)):x&si&&(m.save(),m.clip(j),C&&m.clip(C),zi(p,v),m.restore(),Di(n,g,r)):(zi(p,v),Di(n,g,r)),(k||L||j)&&m.restore()}function Di(n,r,c){c>0&&(r instanceof Map?r.forEach((u,p)=>{m.strokeStyle=ji=p,m.stroke(u)}):r!=null&&n&&m.stroke(r))}function zi(n,r){r instanceof Map?r.forEach((c,u)=>{m.fillStyle=Ol=u,m.fill(c)}):r!=null&&n&&m.fill(r)}function po(n,r,c,u){let p=A[n],g;if(u<=0)g=[0,0];else{let v=p._space=p.space(i,n,r,c,u),x=p._incrs=p.incrs(i,n,r,c,u,v);g=ad(r,c,x,u,v)}return p._found=g}function ys(n,r,c,u,p,g,v,x,k,L){let C=v%2/2;M==1&&m.translate(C,C),Fn(x,v,k,L,x),m.beginPath();let j,G,ut,ot,tt=p+(u==0||u==3?-g:g);c==0?(G=p,ot=tt):(j=p,ut=tt);for(let B=0;B<n.length;B++)r[B]!=null&&(c==0?j=ut=n[B]:G=ot=n[B],m.moveTo(j,G),m.lineTo(ut,ot));m.stroke(),M==1&&m.translate(-C,-C)}function fo(n){let r=!0;return A.forEach((c,u)=>{if(!c.show)return;let p=_[c.scale];if(p.min==null){c._show&&(r=!1,c._show=!1,Il(!1));return}else c._show||(r=!1,c._show=!0,Il(!1));let g=c.side,v=g%2,{min:x,max:k}=p,[L,C]=po(u,x,k,v==0?q:P);if(C==0)return;let j=p.distr==2,G=c._splits=c.splits(i,u,x,k,L,C,j),ut=p.distr==2?G.map(F=>Le[F]):G,ot=p.distr==2?Le[G[1]]-Le[G[0]]:L,tt=c._values=c.values(i,c.filter(i,ut,u,C,ot),u,C,ot);c._rotate=g==2?c.rotate(i,tt,u,C):0;let B=c._size;c._size=Se(c.size(i,tt,u,n)),B!=null&&c._size!=B&&(r=!1)}),r}function ho(n){let r=!0;return Vn.forEach((c,u)=>{let p=c(i,u,yl,n);p!=el[u]&&(r=!1),el[u]=p}),r}function mo(){for(let n=0;n<A.length;n++){let r=A[n];if(!r.show||!r._show)continue;let c=r.side,u=c%2,p,g,v=r.stroke(i,n),x=c==0||c==3?-1:1,[k,L]=r._found;if(r.label!=null){let Zt=r.labelGap*x,ce=jt((r._lpos+Zt)*dt);Hn(r.labelFont[0],v,"center",c==2?yi:mr),m.save(),u==1?(p=g=0,m.translate(ce,jt(ve+Ee/2)),m.rotate((c==3?-Bi:Bi)/2)):(p=jt(re+ee/2),g=ce);let wl=ma(r.label)?r.label(i,n,k,L):r.label;m.fillText(wl,p,g),m.restore()}if(L==0)continue;let C=_[r.scale],j=u==0?ee:Ee,G=u==0?re:ve,ut=r._splits,ot=C.distr==2?ut.map(Zt=>Le[Zt]):ut,tt=C.distr==2?Le[ut[1]]-Le[ut[0]]:k,B=r.ticks,F=r.border,wt=B.show?B.size:0,Et=jt(wt*dt),It=jt((r.alignTo==2?r._size-wt-r.gap:r.gap)*dt),mt=r._rotate*-Bi/180,Lt=z(r._pos*dt),ae=(Et+It)*x,Kt=Lt+ae;g=u==0?Kt:0,p=u==1?Kt:0;let xe=r.font[0],Ae=r.align==1?Kl:r.align==2?As:mt>0?Kl:mt<0?As:u==0?"center":c==3?As:Kl,Be=mt||u==1?"middle":c==2?yi:mr;Hn(xe,v,Ae,Be);let oe=r.font[1]*r.lineGap,_e=ut.map(Zt=>z(d(Zt,C,j,G))),Ce=r._values;for(let Zt=0;Zt<Ce.length;Zt++){let ce=Ce[Zt];if(ce!=null){u==0?p=_e[Zt]:g=_e[Zt],ce=""+ce;let wl=ce.indexOf(`
`)==-1?[ce]:ce.split(/\n/gm);for(let Qt=0;Qt<wl.length;Qt++){let or=wl[Qt];mt?(m.save(),m.translate(p,g+Qt*oe),m.rotate(mt),m.fillText(or,0,0),m.restore()):m.fillText(or,p,g+Qt*oe)}}}B.show&&ys(_e,B.filter(i,ot,n,L,tt),u,c,Lt,Et,bt(B.width*dt,3),B.stroke(i,n),B.dash,B.cap);let We=r.grid;We.show&&ys(_e,We.filter(i,ot,n,L,tt),u,u==0?2:1,u==0?ve:re,u==0?Ee:ee,bt(We.width*dt,3),We.stroke(i,n),We.dash,We.cap),F.show&&ys([Lt],[1],u==0?1:0,u==0?1:2,u==1?ve:re,u==1?Ee:ee,bt(F.width*dt,3),F.stroke(i,n),F.dash,F.cap)}Ot("drawAxes")}function Il(n){w.forEach((r,c)=>{c>0&&(r._paths=null,n&&(s==1?(r.min=null,r.max=null):r.facets.forEach(u=>{u.min=null,u.max=null})))})}let Vi=!1,vs=!1,fi=[];function go(){vs=!1;for(let n=0;n<fi.length;n++)Ot(...fi[n]);fi.length=0}function Nl(){Vi||(tu(Bn),Vi=!0)}function bo(n,r=!1){Vi=!0,vs=r,n(i),Bn(),r&&fi.length>0&&queueMicrotask(go)}i.batch=bo;function Bn(){if(rs&&(ao(),rs=!1),zl&&(to(),zl=!1),Ci){if(xt(S,Kl,yt),xt(S,yi,Pt),xt(S,wi,q),xt(S,xi,P),xt(T,Kl,yt),xt(T,yi,Pt),xt(T,wi,q),xt(T,xi,P),xt(b,wi,qe),xt(b,xi,fl),y.width=jt(qe*dt),y.height=jt(fl*dt),A.forEach(({_el:n,_show:r,_size:c,_pos:u,side:p})=>{if(n!=null)if(r){let g=p===3||p===0?c:0,v=p%2==1;xt(n,v?"left":"top",u-g),xt(n,v?"width":"height",c),xt(n,v?"top":"left",v?Pt:yt),xt(n,v?"height":"width",v?P:q),Bs(n,Sl)}else ue(n,Sl)}),ji=Ol=cs=ds=ps=fs=hs=ms=us=null,le=1,gi(!0),yt!=Dl||Pt!=hl||q!=Oe||P!=ml){Il(!1);let n=q/Oe,r=P/ml;if(Yt&&!gl&&R.left>=0){R.left*=n,R.top*=r,Ul&&Ge(Ul,jt(R.left),0,q,P),Bl&&Ge(Bl,0,jt(R.top),q,P);for(let c=0;c<we.length;c++){let u=we[c];u!=null&&(Fl[c]*=n,Hl[c]*=r,Ge(u,Se(Fl[c]),Se(Hl[c]),q,P))}}if($t.show&&!Mi&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=r,$t.height*=r;for(let c in Ss)xt(Jl,c,$t[c])}Dl=yt,hl=Pt,Oe=q,ml=P}Ot("setSize"),Ci=!1}qe>0&&fl>0&&(m.clearRect(0,0,y.width,y.height),Ot("drawClear"),Y.forEach(n=>n()),Ot("draw")),$t.show&&Mi&&(Ri($t),Mi=!1),Yt&&gl&&($l(null,!0,!1),gl=!1),X.show&&X.live&&$e&&(_s(),$e=!1),f||(f=!0,i.status=1,Ot("ready")),pi=!1,Vi=!1}i.redraw=(n,r)=>{zl=r||!1,n!==!1?il(D,E.min,E.max):Nl()};function $s(n,r){let c=_[n];if(c.from==null){if(Nt==0){let u=c.range(i,r.min,r.max,n);r.min=u[0],r.max=u[1]}if(r.min>r.max){let u=r.min;r.min=r.max,r.max=u}if(Nt>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;n==D&&c.distr==2&&Nt>0&&(r.min=Pe(r.min,t[0]),r.max=Pe(r.max,t[0]),r.min==r.max&&r.max++),N[n]=r,rs=!0,Nl()}}i.setScale=$s;let ws,xs,Ul,Bl,Wn,Gn,Wl,Gl,Jn,Yn,vt,St,ll=!1;const Ut=R.drag;let Ft=Ut.x,Ht=Ut.y;Yt&&(R.x&&(ws=ke(kc,T)),R.y&&(xs=ke(Sc,T)),E.ori==0?(Ul=ws,Bl=xs):(Ul=xs,Bl=ws),vt=R.left,St=R.top);const $t=i.select=Ct({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Jl=$t.show?ke(_c,$t.over?T:S):null;function Ri(n,r){if($t.show){for(let c in n)$t[c]=n[c],c in Ss&&xt(Jl,c,n[c]);r!==!1&&Ot("setSelect")}}i.setSelect=Ri;function yo(n){if(w[n].show)Mt&&Bs(Tt[n],Sl);else if(Mt&&ue(Tt[n],Sl),Yt){let c=Rl?we[0]:we[n];c!=null&&Ge(c,-10,-10,q,P)}}function il(n,r,c){$s(n,{min:r,max:c})}function Ne(n,r,c,u){r.focus!=null&&_o(n),r.show!=null&&w.forEach((p,g)=>{g>0&&(n==g||n==null)&&(p.show=r.show,yo(g),s==2?(il(p.facets[0].scale,null,null),il(p.facets[1].scale,null,null)):il(p.scale,null,null),Nl())}),c!==!1&&Ot("setSeries",n,r),u&&bi("setSeries",i,n,r)}i.setSeries=Ne;function vo(n,r){Ct(Z[n],r)}function $o(n,r){n.fill=lt(n.fill||null),n.dir=ct(n.dir,-1),r=r??Z.length,Z.splice(r,0,n)}function wo(n){n==null?Z.length=0:Z.splice(n,1)}i.addBand=$o,i.setBand=vo,i.delBand=wo;function xo(n,r){w[n].alpha=r,Yt&&we[n]!=null&&(we[n].style.opacity=r),Mt&&Tt[n]&&(Tt[n].style.opacity=r)}let Ke,sl,vl;const Yl={focus:!0};function _o(n){if(n!=vl){let r=n==null,c=Ie.alpha!=1;w.forEach((u,p)=>{if(s==1||p>0){let g=r||p==0||p==n;u._focus=r?null:g,c&&xo(p,g?1:Ie.alpha)}}),vl=n,c&&Nl()}}Mt&&Vl&&qt(vr,pt,n=>{R._lock||(bl(n),vl!=null&&Ne(null,Yl,!0,At.setSeries))});function Ue(n,r,c){let u=_[r];c&&(n=n/dt-(u.ori==1?Pt:yt));let p=q;u.ori==1&&(p=P,n=p-n),u.dir==-1&&(n=p-n);let g=u._min,v=u._max,x=n/p,k=g+(v-g)*x,L=u.distr;return L==3?ei(10,k):L==4?Nc(k,u.asinh):L==100?u.bwd(k):k}function ko(n,r){let c=Ue(n,D,r);return Pe(c,t[0],Vt,Rt)}i.valToIdx=n=>Pe(n,t[0]),i.posToIdx=ko,i.posToVal=Ue,i.valToPos=(n,r,c)=>_[r].ori==0?a(n,_[r],c?ee:q,c?re:0):o(n,_[r],c?Ee:P,c?ve:0),i.setCursor=(n,r,c)=>{vt=n.left,St=n.top,$l(null,r,c)};function qn(n,r){xt(Jl,Kl,$t.left=n),xt(Jl,wi,$t.width=r)}function Kn(n,r){xt(Jl,yi,$t.top=n),xt(Jl,xi,$t.height=r)}let hi=E.ori==0?qn:Kn,mi=E.ori==1?qn:Kn;function So(){if(Mt&&X.live)for(let n=s==2?1:0;n<w.length;n++){if(n==0&&ye)continue;let r=X.values[n],c=0;for(let u in r)He[n][c++].firstChild.nodeValue=r[u]}}function _s(n,r){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ht[u]=c}):Gc(n.idx)||ht.fill(n.idx),X.idx=ht[0]),Mt&&X.live){for(let c=0;c<w.length;c++)(c>0||s==1&&!ye)&&To(c,ht[c]);So()}$e=!1,r!==!1&&Ot("setLegend")}i.setLegend=_s;function To(n,r){let c=w[n],u=n==0&&K==2?Le:t[n],p;ye?p=c.values(i,n,r)??tl:(p=c.value(i,r==null?null:u[r],n,r),p=p==null?tl:{_:p}),X.values[n]=p}function $l(n,r,c){Jn=vt,Yn=St,[vt,St]=R.move(i,vt,St),R.left=vt,R.top=St,Yt&&(Ul&&Ge(Ul,jt(vt),0,q,P),Bl&&Ge(Bl,0,jt(St),q,P));let u,p=Vt>Rt;Ke=gt,sl=null;let g=E.ori==0?q:P,v=E.ori==1?q:P;if(vt<0||Nt==0||p){u=R.idx=null;for(let x=0;x<w.length;x++){let k=we[x];k!=null&&Ge(k,-10,-10,q,P)}Vl&&Ne(null,Yl,!0,n==null&&At.setSeries),X.live&&(ht.fill(u),$e=!0)}else{let x,k,L;s==1&&(x=E.ori==0?vt:St,k=Ue(x,D),u=R.idx=Pe(k,t[0],Vt,Rt),L=V(t[0][u],E,g,0));let C=-10,j=-10,G=0,ut=0,ot=!0,tt="",B="";for(let F=s==2?1:0;F<w.length;F++){let wt=w[F],Et=ht[F],It=Et==null?null:s==1?t[F][Et]:t[F][1][Et],mt=R.dataIdx(i,F,u,k),Lt=mt==null?null:s==1?t[F][mt]:t[F][1][mt];if($e=$e||Lt!=It||mt!=Et,ht[F]=mt,F>0&&wt.show){let ae=mt==null?-10:mt==u?L:V(s==1?t[0][mt]:t[F][0][mt],E,g,0),Kt=Lt==null?-10:W(Lt,s==1?_[wt.scale]:_[wt.facets[1].scale],v,0);if(Vl&&Lt!=null){let xe=E.ori==1?vt:St,Ae=Dt(Ie.dist(i,F,mt,Kt,xe));if(Ae<Ke){let Be=Ie.bias;if(Be!=0){let oe=Ue(xe,wt.scale),_e=Lt>=0?1:-1,Ce=oe>=0?1:-1;Ce==_e&&(Ce==1?Be==1?Lt>=oe:Lt<=oe:Be==1?Lt<=oe:Lt>=oe)&&(Ke=Ae,sl=F)}else Ke=Ae,sl=F}}if($e||Rl){let xe,Ae;E.ori==0?(xe=ae,Ae=Kt):(xe=Kt,Ae=ae);let Be,oe,_e,Ce,We,Zt,ce=!0,wl=Wt.bbox;if(wl!=null){ce=!1;let Qt=wl(i,F);_e=Qt.left,Ce=Qt.top,Be=Qt.width,oe=Qt.height}else _e=xe,Ce=Ae,Be=oe=Wt.size(i,F);if(Zt=Wt.fill(i,F),We=Wt.stroke(i,F),Rl)F==sl&&Ke<=Ie.prox&&(C=_e,j=Ce,G=Be,ut=oe,ot=ce,tt=Zt,B=We);else{let Qt=we[F];Qt!=null&&(Fl[F]=_e,Hl[F]=Ce,Tr(Qt,Be,oe,ce),kr(Qt,Zt,We),Ge(Qt,Se(_e),Se(Ce),q,P))}}}}if(Rl){let F=Ie.prox,wt=vl==null?Ke<=F:Ke>F||sl!=vl;if($e||wt){let Et=we[0];Et!=null&&(Fl[0]=C,Hl[0]=j,Tr(Et,G,ut,ot),kr(Et,tt,B),Ge(Et,Se(C),Se(j),q,P))}}}if($t.show&&ll)if(n!=null){let[x,k]=At.scales,[L,C]=At.match,[j,G]=n.cursor.sync.scales,ut=n.cursor.drag;if(Ft=ut._x,Ht=ut._y,Ft||Ht){let{left:ot,top:tt,width:B,height:F}=n.select,wt=n.scales[j].ori,Et=n.posToVal,It,mt,Lt,ae,Kt,xe=x!=null&&L(x,j),Ae=k!=null&&C(k,G);xe&&Ft?(wt==0?(It=ot,mt=B):(It=tt,mt=F),Lt=_[x],ae=V(Et(It,j),Lt,g,0),Kt=V(Et(It+mt,j),Lt,g,0),hi(je(ae,Kt),Dt(Kt-ae))):hi(0,g),Ae&&Ht?(wt==1?(It=ot,mt=B):(It=tt,mt=F),Lt=_[k],ae=W(Et(It,G),Lt,v,0),Kt=W(Et(It+mt,G),Lt,v,0),mi(je(ae,Kt),Dt(Kt-ae))):mi(0,v)}else Ts()}else{let x=Dt(Jn-Wn),k=Dt(Yn-Gn);if(E.ori==1){let G=x;x=k,k=G}Ft=Ut.x&&x>=Ut.dist,Ht=Ut.y&&k>=Ut.dist;let L=Ut.uni;L!=null?Ft&&Ht&&(Ft=x>=L,Ht=k>=L,!Ft&&!Ht&&(k>x?Ht=!0:Ft=!0)):Ut.x&&Ut.y&&(Ft||Ht)&&(Ft=Ht=!0);let C,j;Ft&&(E.ori==0?(C=Wl,j=vt):(C=Gl,j=St),hi(je(C,j),Dt(j-C)),Ht||mi(0,v)),Ht&&(E.ori==1?(C=Wl,j=vt):(C=Gl,j=St),mi(je(C,j),Dt(j-C)),Ft||hi(0,g)),!Ft&&!Ht&&(hi(0,0),mi(0,0))}if(Ut._x=Ft,Ut._y=Ht,n==null){if(c){if(ar!=null){let[x,k]=At.scales;At.values[0]=x!=null?Ue(E.ori==0?vt:St,x):null,At.values[1]=k!=null?Ue(E.ori==1?vt:St,k):null}bi(Cs,i,vt,St,q,P,u)}if(Vl){let x=c&&At.setSeries,k=Ie.prox;vl==null?Ke<=k&&Ne(sl,Yl,!0,x):Ke>k?Ne(null,Yl,!0,x):sl!=vl&&Ne(sl,Yl,!0,x)}}$e&&(X.idx=u,_s()),r!==!1&&Ot("setCursor")}let nl=null;Object.defineProperty(i,"rect",{get(){return nl==null&&gi(!1),nl}});function gi(n=!1){n?nl=null:(nl=T.getBoundingClientRect(),Ot("syncRect",nl))}function Zn(n,r,c,u,p,g,v){R._lock||ll&&n!=null&&n.movementX==0&&n.movementY==0||(ks(n,r,c,u,p,g,v,!1,n!=null),n!=null?$l(null,!0,!0):$l(r,!0,!1))}function ks(n,r,c,u,p,g,v,x,k){if(nl==null&&gi(!1),bl(n),n!=null)c=n.clientX-nl.left,u=n.clientY-nl.top;else{if(c<0||u<0){vt=-10,St=-10;return}let[L,C]=At.scales,j=r.cursor.sync,[G,ut]=j.values,[ot,tt]=j.scales,[B,F]=At.match,wt=r.axes[0].side%2==1,Et=E.ori==0?q:P,It=E.ori==1?q:P,mt=wt?g:p,Lt=wt?p:g,ae=wt?u:c,Kt=wt?c:u;if(ot!=null?c=B(L,ot)?d(G,_[L],Et,0):-10:c=Et*(ae/mt),tt!=null?u=F(C,tt)?d(ut,_[C],It,0):-10:u=It*(Kt/Lt),E.ori==1){let xe=c;c=u,u=xe}}k&&(r==null||r.cursor.event.type==Cs)&&((c<=1||c>=q-1)&&(c=_l(c,q)),(u<=1||u>=P-1)&&(u=_l(u,P))),x?(Wn=c,Gn=u,[Wl,Gl]=R.move(i,c,u)):(vt=c,St=u)}const Ss={width:0,height:0,left:0,top:0};function Ts(){Ri(Ss,!1)}let Qn,Xn,tr,er;function lr(n,r,c,u,p,g,v){ll=!0,Ft=Ht=Ut._x=Ut._y=!1,ks(n,r,c,u,p,g,v,!0,!1),n!=null&&(qt(Ms,Ns,ir,!1),bi(br,i,Wl,Gl,q,P,null));let{left:x,top:k,width:L,height:C}=$t;Qn=x,Xn=k,tr=L,er=C}function ir(n,r,c,u,p,g,v){ll=Ut._x=Ut._y=!1,ks(n,r,c,u,p,g,v,!1,!0);let{left:x,top:k,width:L,height:C}=$t,j=L>0||C>0,G=Qn!=x||Xn!=k||tr!=L||er!=C;if(j&&G&&Ri($t),Ut.setScale&&j&&G){let ut=x,ot=L,tt=k,B=C;if(E.ori==1&&(ut=k,ot=C,tt=x,B=L),Ft&&il(D,Ue(ut,D),Ue(ut+ot,D)),Ht)for(let F in _){let wt=_[F];F!=D&&wt.from==null&&wt.min!=gt&&il(F,Ue(tt+B,F),Ue(tt,F))}Ts()}else R.lock&&(R._lock=!R._lock,$l(r,!0,n!=null));n!=null&&(jl(Ms,Ns),bi(Ms,i,vt,St,q,P,null))}function Eo(n,r,c,u,p,g,v){if(R._lock)return;bl(n);let x=ll;if(ll){let k=!0,L=!0,C=10,j,G;E.ori==0?(j=Ft,G=Ht):(j=Ht,G=Ft),j&&G&&(k=vt<=C||vt>=q-C,L=St<=C||St>=P-C),j&&k&&(vt=vt<Wl?0:q),G&&L&&(St=St<Gl?0:P),$l(null,!0,!0),ll=!1}vt=-10,St=-10,ht.fill(null),$l(null,!0,!0),x&&(ll=x)}function sr(n,r,c,u,p,g,v){R._lock||(bl(n),os(),Ts(),n!=null&&bi($r,i,vt,St,q,P,null))}function nr(){A.forEach(od),as(i.width,i.height,!0)}El(Ji,Xl,nr);const ql={};ql.mousedown=lr,ql.mousemove=Zn,ql.mouseup=ir,ql.dblclick=sr,ql.setSeries=(n,r,c,u)=>{let p=At.match[2];c=p(i,r,c),c!=-1&&Ne(c,u,!0,!1)},Yt&&(qt(br,T,lr),qt(Cs,T,Zn),qt(yr,T,n=>{bl(n),gi(!1)}),qt(vr,T,Eo),qt($r,T,sr),Ks.add(i),i.syncRect=gi);const Fi=i.hooks=e.hooks||{};function Ot(n,r,c){vs?fi.push([n,r,c]):n in Fi&&Fi[n].forEach(u=>{u.call(null,i,r,c)})}(e.plugins||[]).forEach(n=>{for(let r in n.hooks)Fi[r]=(Fi[r]||[]).concat(n.hooks[r])});const rr=(n,r,c)=>c,At=Ct({key:null,setSeries:!1,filters:{pub:Mr,sub:Mr},scales:[D,w[1]?w[1].scale:null],match:[Pr,Pr,rr],values:[null,null]},R.sync);At.match.length==2&&At.match.push(rr),R.sync=At;const ar=At.key,Es=Ha(ar);function bi(n,r,c,u,p,g,v){At.filters.pub(n,r,c,u,p,g,v)&&Es.pub(n,r,c,u,p,g,v)}Es.sub(i);function Lo(n,r,c,u,p,g,v){At.filters.sub(n,r,c,u,p,g,v)&&ql[n](null,r,c,u,p,g,v)}i.pub=Lo;function Ao(){Es.unsub(i),Ks.delete(i),pl.clear(),Ws(Ji,Xl,nr),h.remove(),pt?.remove(),Ot("destroy")}i.destroy=Ao;function Ls(){Ot("init",e,t),Rn(t||e.data,!1),N[D]?$s(D,N[D]):os(),Mi=$t.show&&($t.width>0||$t.height>0),gl=$e=!0,as(e.width,e.height)}return w.forEach(zn),A.forEach(ro),l?l instanceof HTMLElement?(l.appendChild(h),Ls()):l(i,Ls):Ls(),i}Bt.assign=Ct;Bt.fmtNum=un;Bt.rangeNum=Yi;Bt.rangeLog=Qi;Bt.rangeAsinh=on;Bt.orient=Cl;Bt.pxRatio=dt;Bt.join=Xc;Bt.fmtDate=pn,Bt.tzDate=uu;Bt.sync=Ha;{Bt.addGap=Gu,Bt.clipGaps=es;let e=Bt.paths={points:Wa};e.linear=Ja,e.stepped=qu,e.bars=Ku,e.spline=Qu}const cd='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var ud=Object.defineProperty,be=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&ud(t,l,s),s};const wn=class wn extends pe{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return $`<figure role="group" aria-label=${this.label} style="margin:0">
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
          ${this.ys.map((l,i)=>$`<tr data-key=${this.labels[i]??String(this.xs[i])} data-value=${String(l)}>
                <th scope="row">${this.labels[i]??String(this.xs[i])}</th>
                <td>${this.formatValue(l)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const t=this.ys.reduce((l,i)=>l+i,0);return`Total: ${this.formatValue(t)} ${this.unit.toLowerCase()}`}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const l=getComputedStyle(this),i=l.getPropertyValue("--pl-chart-color").trim()||l.getPropertyValue("--primary-color").trim()||"#03a9f4",s=l.getPropertyValue("--secondary-text-color").trim()||"#727272",a=l.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",o=`12px ${l.fontFamily||"sans-serif"}`,d=Math.max(Math.floor(t.clientWidth),200),f=this.labels,h=this.xs,y=this.formatValue,m=this.kind==="time",b=this.bucket,S=this.locale,T=m?Do(b)/2:.5,M={stroke:s,font:o,grid:{stroke:a,width:1},ticks:{stroke:a,width:1}},z=w=>m?cr(h[w]??0,b,S):f[w]??"",H={width:d,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,A,_)=>[A-T,_+T]},y:{range:(w,A,_)=>[0,_>0?_*1.1:1]}},axes:[m?{...M,splits:w=>jo(h,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,A)=>A.map(_=>cr(_,b,S))}:{...M,splits:()=>f.map((w,A)=>A),values:(w,A)=>A.map(_=>f[_]??""),gap:4},{...M,size:48,values:(w,A)=>A.map(_=>y(_))}],series:[{},{label:this.unit,stroke:i,fill:i,width:0,paths:Bt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const A=w.cursor.idx,_=A==null?void 0:this.ys[A];this.readout=_===void 0||A===null||A===void 0?"":`${z(A)}: ${y(_)} ${this.unit.toLowerCase()}`}]}};this.plot=new Bt(H,[this.xs,this.ys],t)}};wn.styles=[fe,Po(cd),he`
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
    `];let Jt=wn;be([U()],Jt.prototype,"kind");be([U()],Jt.prototype,"label");be([U()],Jt.prototype,"unit");be([U({attribute:!1})],Jt.prototype,"xs");be([U({attribute:!1})],Jt.prototype,"ys");be([U({attribute:!1})],Jt.prototype,"labels");be([U()],Jt.prototype,"bucket");be([U()],Jt.prototype,"locale");be([U({attribute:!1})],Jt.prototype,"formatValue");be([U({type:Boolean})],Jt.prototype,"dark");be([U({type:Number})],Jt.prototype,"height");be([oa(".plot")],Jt.prototype,"plotEl");be([I()],Jt.prototype,"readout");me("pl-chart",Jt);var dd=Object.defineProperty,Za=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&dd(t,l,s),s};const xn=class xn extends pe{constructor(){super(...arguments),this.label="Jobs by weekday and hour",this.matrix=[]}render(){const t=zo(this.matrix),l=Array.from({length:24},(i,s)=>s);return $`<table aria-label=${this.label}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${l.map(i=>$`<th scope="col" abbr=${`${i}:00`}>${i%3===0?i:""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Vo.map((i,s)=>$`<tr>
              <th scope="row">${i}</th>
              ${l.map(a=>{const o=this.matrix[s]?.[a]??0,d=`${i} ${a}:00–${a+1}:00: ${o} job${o===1?"":"s"}`;return $`<td title=${d} data-weekday=${s} data-hour=${a} data-value=${o}>
                  ${o>0?$`<span class="shade" style=${Gi({opacity:String(.15+.85*(o/t))})}></span>`:""}
                  <span class="sr-only">${o}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};xn.styles=[fe,he`
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
    `];let Ei=xn;Za([U()],Ei.prototype,"label");Za([U({attribute:!1})],Ei.prototype,"matrix");me("pl-heatmap",Ei);var pd=Object.defineProperty,vn=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&pd(t,l,s),s};const _n=class _n extends pe{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?$`<ul aria-busy="true">
        ${["Jobs","Success rate","Print time","Filament","Cost"].map(l=>$`<li class="card loading"><span class="label">${l}</span><span class="value">…</span></li>`)}
      </ul>`:$`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${Ro(this.summary,t).map(l=>$`<li class="card" data-kpi=${l.id}>
          <span class="label">${l.label}</span>
          <span class="value">${l.value}</span>
          ${l.sub?$`<span class="sub">${l.sub}</span>`:""}
        </li>`)}
    </ul>`}};_n.styles=[fe,he`
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
    `];let ni=_n;vn([U({attribute:!1})],ni.prototype,"summary");vn([U({attribute:!1})],ni.prototype,"options");vn([U({type:Boolean})],ni.prototype,"loading");me("pl-kpis",ni);var fd=Object.defineProperty,Re=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&fd(t,l,s),s};function Qs(e){const t=e?.points??[],[l,i]=Uo(t),s=[...t].sort((a,o)=>a.bucket<o.bucket?-1:1).map(a=>a.bucket);return{xs:l,ys:i,labels:s}}const ta=Qs(void 0),hd=[],md=Xs.map((e,t)=>t),gd=Xs.map(e=>e.label),kn=class kn extends pe{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=ta,this.hoursSeries=ta,this.formatInt=String,this.formatHours=String}willUpdate(t){if(t.has("data")){const l=t.get("data");(!l||l.jobs!==this.data.jobs)&&(this.jobsSeries=Qs(this.data.jobs)),(!l||l.hours!==this.data.hours)&&(this.hoursSeries=Qs(this.data.hours))}if(t.has("options")){const l=this.options;l&&(this.formatInt=i=>Tl(i,l),this.formatHours=i=>Tl(i,l,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Fo(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const l=++this.token,i=this.scope(),s=this.bucket;this.loading=!0,this.error="";const a=()=>l===this.token,o=y=>{a()&&(this.data={...this.data,...y})},d=[t.summary(i).then(y=>o({summary:y})),t.timeseries(i,s,"jobs").then(y=>o({jobs:y})),t.timeseries(i,s,"hours").then(y=>o({hours:y})),t.breakdown(i,"filament_type").then(y=>o({filamentType:y})),t.breakdown(i,"filament_colour").then(y=>o({filamentColour:y})),t.breakdown(i,"printer").then(y=>o({printer:y})),t.breakdown(i,"status").then(y=>o({status:y})),this.histogram(t,i).then(y=>o({histogram:y})),t.breakdown(i,"weekday_hour").then(y=>o({heatmap:Ho(y.rows)}))],f=await Promise.allSettled(d);if(!a())return;const h=f.find(y=>y.status==="rejected");h&&(this.error=Je(h.reason)),this.loading=!1}async histogram(t,l){return(await Promise.all(Xs.map(s=>t.listJobs({...l,statuses:[...ln],min_duration:s.min,...s.max!==void 0?{max_duration:s.max}:{},limit:1})))).map(s=>s.total)}change(t,l){t==="period"&&Oo(l)?(this.period=l,this.bucket=Io(l)):t==="printer"?this.printer=l:t==="bucket"&&(l==="day"||l==="week"||l==="month")&&(this.bucket=l),this.load()}render(){const t=this.options;if(!t)return nt;const l=this.data,i=this.jobsSeries,s=this.hoursSeries,a=this.formatInt,o=this.formatHours;return $`
      <div class="selectors" role="group" aria-label="Analytics selection">
        <label
          >Period
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${No.map(d=>$`<option value=${d.id} ?selected=${d.id===this.period}>${d.label}</option>`)}
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
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Gt(ua)} Refresh</button>
      </div>
      ${this.error?$`<div class="error-banner" role="alert">
            <span>Some figures could not be loaded: ${this.error}</span>
          </div>`:nt}
      <pl-kpis .summary=${l.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>Jobs per ${this.bucket}</h2>
          <pl-chart
            label=${`Jobs per ${this.bucket}`}
            unit="Jobs"
            .xs=${i.xs}
            .ys=${i.ys}
            .labels=${i.labels}
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
            .items=${Hi(ur(l.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>Filament by colour</h2>
          <pl-bars
            label="Filament used by colour"
            .items=${Hi(ur(l.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="printer">
          <h2>Success rate per printer</h2>
          <pl-bars label="Success rate per printer" .max=${100} .items=${Hi(l.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>Jobs by outcome</h2>
          <pl-bars
            label="Jobs by outcome"
            .items=${Hi((l.status?.rows??[]).map(d=>({...d,label:tn(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>Print duration</h2>
          <pl-chart
            kind="category"
            label="Ended jobs by print duration"
            unit="Jobs"
            .xs=${md}
            .ys=${l.histogram??hd}
            .labels=${gd}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>When prints start</h2>
          <pl-heatmap .matrix=${l.heatmap??[]}></pl-heatmap>
        </section>
      </div>
    `}};kn.styles=[fe,he`
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
    `];let ie=kn;Re([U({attribute:!1})],ie.prototype,"api");Re([U({attribute:!1})],ie.prototype,"options");Re([U({attribute:!1})],ie.prototype,"printers");Re([U({type:Boolean})],ie.prototype,"dark");Re([U({type:Boolean})],ie.prototype,"active");Re([I()],ie.prototype,"period");Re([I()],ie.prototype,"printer");Re([I()],ie.prototype,"bucket");Re([I()],ie.prototype,"data");Re([I()],ie.prototype,"loading");Re([I()],ie.prototype,"error");me("pl-analytics-view",ie);const{I:bd}=Bo,ea=e=>e,la=()=>document.createComment(""),$i=(e,t,l)=>{const i=e._$AA.parentNode,s=t===void 0?e._$AB:t._$AA;if(l===void 0){const a=i.insertBefore(la(),s),o=i.insertBefore(la(),s);l=new bd(a,o,e,e.options)}else{const a=l._$AB.nextSibling,o=l._$AM,d=o!==e;if(d){let f;l._$AQ?.(e),l._$AM=e,l._$AP!==void 0&&(f=e._$AU)!==o._$AU&&l._$AP(f)}if(a!==s||d){let f=l._$AA;for(;f!==a;){const h=ea(f).nextSibling;ea(i).insertBefore(f,s),f=h}}}return l},xl=(e,t,l=e)=>(e._$AI(t,l),e),yd={},vd=(e,t=yd)=>e._$AH=t,$d=e=>e._$AH,Vs=e=>{e._$AR(),e._$AA.remove()};const ia=(e,t,l)=>{const i=new Map;for(let s=t;s<=l;s++)i.set(e[s],s);return i},sa=Wo(class extends Go{constructor(e){if(super(e),e.type!==Jo.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,l){let i;l===void 0?l=t:t!==void 0&&(i=t);const s=[],a=[];let o=0;for(const d of e)s[o]=i?i(d,o):o,a[o]=l(d,o),o++;return{values:a,keys:s}}render(e,t,l){return this.dt(e,t,l).values}update(e,[t,l,i]){const s=$d(e),{values:a,keys:o}=this.dt(t,l,i);if(!Array.isArray(s))return this.ut=o,a;const d=this.ut??=[],f=[];let h,y,m=0,b=s.length-1,S=0,T=a.length-1;for(;m<=b&&S<=T;)if(s[m]===null)m++;else if(s[b]===null)b--;else if(d[m]===o[S])f[S]=xl(s[m],a[S]),m++,S++;else if(d[b]===o[T])f[T]=xl(s[b],a[T]),b--,T--;else if(d[m]===o[T])f[T]=xl(s[m],a[T]),$i(e,f[T+1],s[m]),m++,T--;else if(d[b]===o[S])f[S]=xl(s[b],a[S]),$i(e,s[m],s[b]),b--,S++;else if(h===void 0&&(h=ia(o,S,T),y=ia(d,m,b)),h.has(d[m]))if(h.has(d[b])){const M=y.get(o[S]),z=M!==void 0?s[M]:null;if(z===null){const H=$i(e,s[m]);xl(H,a[S]),f[S]=H}else f[S]=xl(z,a[S]),$i(e,s[m],z),s[M]=null;S++}else Vs(s[b]),b--;else Vs(s[m]),m++;for(;S<=T;){const M=$i(e,f[T+1]);xl(M,a[S]),f[S++]=M}for(;m<=b;){const M=s[m++];M!==null&&Vs(M)}return this.ut=o,vd(e,f),Yo}}),na={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:""},Qa=[{value:"",label:"All statuses",statuses:[]},{value:"completed",label:"Completed",statuses:["completed"]},{value:"failed",label:"Failed (any)",statuses:[...fr]},{value:"cancelled",label:"Cancelled",statuses:["cancelled"]},{value:"in_progress",label:"In progress",statuses:["in_progress"]},...fr.map(e=>({value:`only:${e}`,label:`— ${tn(e)}`,statuses:[e]}))];function wd(e,t){const l={};e.printer&&(l.printer_ids=[e.printer]);const i=Qa.find(o=>o.value===e.status)?.statuses??[];i.length&&(l.statuses=[...i]);const s=e.since?Fs(e.since,"00:00",t):void 0;if(s&&(l.since=s),e.until){const o=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(o.getTime())){o.setUTCDate(o.getUTCDate()+1);const d=Fs(o.toISOString().slice(0,10),"00:00",t);d&&(l.until=d)}}e.q.trim()&&(l.q=e.q.trim()),e.filament.trim()&&(l.filament_type=e.filament.trim());const a=en(e.tags);return a.length&&(l.tags=a),l}function xd(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.since&&(t.since=e.since),e.until&&(t.until=e.until),t}var _d=Object.defineProperty,Li=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&_d(t,l,s),s};const Sn=class Sn extends pe{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return $`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label="Close" @click=${this.close}>${Gt(ac)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${t=>this.hasActions=t.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=kd(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,De(this,"closed")}};Sn.styles=[fe,he`
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
    `];let cl=Sn;Li([U()],cl.prototype,"heading");Li([U({type:Boolean,reflect:!0})],cl.prototype,"open");Li([U({type:Boolean})],cl.prototype,"wide");Li([oa("dialog")],cl.prototype,"dialog");Li([I()],cl.prototype,"hasActions");function kd(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}me("pl-dialog",cl);const ra=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function Ui(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function Sd(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),l=Object.entries(e).filter(([s,a])=>!t.has(s)&&a!==null&&a!==""),i=s=>{const a=ra.indexOf(s);return a<0?ra.length:a};return l.sort(([s],[a])=>i(s)-i(a)||s.localeCompare(a))}function Rs(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function Td(e,t){const l={},i=t.notes?.trim()?t.notes:null;(e.notes||null)!==i&&(l.notes=i??""),(e.rating??null)!==t.rating&&(l.rating=t.rating);const s=t.tags;(s.length!==e.tags.length||s.some((o,d)=>o!==e.tags[d]))&&(l.tags=s);const a=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==a&&(l.failure_reason=a),(e.cost??null)!==t.cost&&(l.cost=t.cost),l}function Ed(e,t){const l={};e.printer_id||(l.printer_id="Choose a printer");const i=e.filename.trim();i||(l.filename="Enter the file name"),ln.includes(e.status)||(l.status="Choose how the print ended");const s=Fs(e.start_date,e.start_time||"00:00",t);s||(l.start="Enter the start date and time");const a=(T,M,z)=>{if(!T.trim())return;const H=Number(T);if(!Number.isFinite(H)||H<0){l[M]=`${z} must be a positive number`;return}return H},o=a(e.hours,"duration","Hours")??0,d=a(e.minutes,"duration","Minutes")??0,f=a(e.filament_g,"filament_g","Filament weight"),h=a(e.filament_m,"filament_m","Filament length"),y=a(e.cost,"cost","Cost");if(Object.keys(l).length||!s)return{errors:l};const m=Math.round(o*3600+d*60),b={printer_id:e.printer_id,filename:i,status:e.status,start:s,print_duration:m};m>0&&(b.end=new Date(Date.parse(s)+m*1e3).toISOString()),f!==void 0&&(b.filament_weight_g=f),h!==void 0&&(b.filament_used_mm=h*1e3),e.filament_type.trim()&&(b.filament_type=e.filament_type.trim()),y!==void 0&&(b.cost=y);const S=en(e.tags);return S.length&&(b.tags=S),e.notes.trim()&&(b.notes=e.notes),e.failure_reason.trim()&&(b.failure_reason=e.failure_reason.trim()),e.rating&&(b.rating=e.rating),{job:b,errors:l}}var Ld=Object.defineProperty,ns=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&Ld(t,l,s),s};const Tn=class Tn extends pe{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const i=this.value?`Rated ${this.value} of 5`:"Not rated";return $`<span role="img" aria-label=${i} title=${i}
        >${[1,2,3,4,5].map(s=>$`<span class=${s<=t?"":"empty"}>${Gt(s<=t?dr:pr)}</span>`)}</span
      >`}const l=this.subject?`Rating of ${this.subject}`:"Rating";return $`<span role="group" aria-label=${l}
      >${[1,2,3,4,5].map(i=>$`<button
            type="button"
            class=${i<=t?"":"empty"}
            aria-label=${`${i} star${i>1?"s":""}`}
            aria-pressed=${i===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(i)}
          >
            ${Gt(i<=t?dr:pr)}
          </button>`)}</span
    >`}choose(t){const l=t===this.value?null:t;this.value=l,De(this,"value-changed",{value:l})}};Tn.styles=[fe,he`
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
    `];let Al=Tn;ns([U({type:Number})],Al.prototype,"value");ns([U({type:Boolean})],Al.prototype,"readonly");ns([U({type:Boolean})],Al.prototype,"disabled");ns([U()],Al.prototype,"subject");me("pl-rating",Al);var Ad=Object.defineProperty,ul=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&Ad(t,l,s),s};const En=class En extends pe{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return $``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return $`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >Notes
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${l=>this.notes=l.target.value}
        ></textarea>
      </label>
      <div class="rating-field">
        <span id="rating-label">Rating</span>
        <pl-rating
          .value=${this.rating}
          .subject=${this.job.filename}
          @value-changed=${l=>this.rating=l.detail.value}
        ></pl-rating>
      </div>
      <label
        >Tags (comma separated)
        <input
          name="tags"
          .value=${this.tags}
          @input=${l=>this.tags=l.target.value}
        />
      </label>
      <label
        >Failure reason${t?"":" (failed jobs)"}
        <input
          name="failure_reason"
          .value=${this.reason}
          @input=${l=>this.reason=l.target.value}
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
          @input=${l=>this.cost=l.target.value}
        />
      </label>
      <div class="actions">
        ${this.error?$`<span class="error" role="alert">${this.error}</span>`:""}
        <button type="button" class="btn" @click=${()=>De(this,"cancel")}>Cancel</button>
        <button type="submit" class="btn primary" ?disabled=${this.busy}>Save</button>
      </div>
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),De(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const l=this.cost.trim(),i=l===""?null:Number(l);if(i!==null&&(!Number.isFinite(i)||i<0)){this.error="Cost must be a positive number";return}const s=Td(this.job,{notes:this.notes,rating:this.rating,tags:en(this.tags),failure_reason:this.reason,cost:i});De(this,"save",{changes:s})}};En.styles=[fe,he`
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
    `];let ze=En;ul([U({attribute:!1})],ze.prototype,"job");ul([U({type:Boolean})],ze.prototype,"busy");ul([U()],ze.prototype,"error");ul([I()],ze.prototype,"notes");ul([I()],ze.prototype,"rating");ul([I()],ze.prototype,"tags");ul([I()],ze.prototype,"reason");ul([I()],ze.prototype,"cost");me("pl-job-editor",ze);var Cd=Object.defineProperty,Fe=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&Cd(t,l,s),s};const Ln=class Ln extends pe{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.loadToken=0}willUpdate(t){(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const l=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const i=await t.getJob(this.jobId);if(l!==this.loadToken)return;if(this.job=i,i.has_thumbnail){this.thumbnailState="loading";try{const s=await t.thumbnail(i.id);if(l!==this.loadToken)return;s?(this.thumbnailUrl=URL.createObjectURL(s),this.thumbnailState="ok"):this.thumbnailState="none"}catch{l===this.loadToken&&(this.thumbnailState="error")}}}catch(i){l===this.loadToken&&(this.error=Je(i))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return $`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>Retry</button>
      </div>`;const t=this.job,l=this.options;if(!t||!l)return $`<p class="muted" aria-busy="true">Loading…</p>`;const i=Wi(t.filament_colour);return $`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?$`<img src=${this.thumbnailUrl??""} alt=${`Thumbnail of ${t.filename}`} />`:$`<span class="muted"
                >${this.thumbnailState==="loading"?"Loading…":this.thumbnailState==="error"?"Thumbnail unavailable":"No thumbnail"}</span
              >`}
        </div>
        <div>
          <div class="filename">${t.filename}</div>
          <p>${Hs(t.status)} <span class="muted">${t.source}</span></p>
          <dl>
            <dt>Printer</dt>
            <dd>${t.printer_name}</dd>
            <dt>Started</dt>
            <dd>${Ql(t.start,l)}</dd>
            <dt>Ended</dt>
            <dd>${Ql(t.end,l)}</dd>
            <dt>Print time</dt>
            <dd>
              ${al(t.print_duration)}
              ${t.estimated_time?$`<span class="muted">(estimated ${al(t.estimated_time)})</span>`:nt}
            </dd>
            <dt>Total time</dt>
            <dd>${al(t.total_duration)}</dd>
            ${t.pause_count?$`<dt>Pauses</dt>
                  <dd>${t.pause_count} (${al(t.paused_duration)})</dd>`:nt}
            <dt>Filament</dt>
            <dd>
              ${i?$`<span class="swatch" style=${`background:${i}`}></span>`:nt}
              ${Os(t.filament_weight_g,t.filament_used_mm,l)}
              ${t.filament_type??""}
              <span class="muted">${Tl(t.filament_used_mm/1e3,l,2)} m</span>
            </dd>
            <dt>Cost</dt>
            <dd>${qo(t.cost,l)}</dd>
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
              <dd>${t.tags.length?t.tags.map(s=>$`<span class="tag">${s}</span>`):"—"}</dd>
              <dt>Failure reason</dt>
              <dd>${t.failure_reason||"—"}</dd>
              <dt>Notes</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${this.admin?$`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${Gt(ca)} Edit</button>
                  <button class="btn danger" @click=${()=>De(this,"delete-jobs",{jobs:[t]})}>
                    ${Gt(Is)} Delete
                  </button>
                </div>`:nt}`}

      <h3>Slicer settings</h3>
      ${this.renderDetails(t)}

      <h3>Timeline</h3>
      ${t.events.length?$`<ol class="timeline">
            ${t.events.map(s=>$`<li>
                <strong>${Rs(s.type)}</strong>
                <span class="muted">${Ql(s.at,l)}</span>
                ${s.data&&Object.keys(s.data).length?$`<div class="muted">
                      ${Object.entries(s.data).map(([a,o])=>$`<span>${Rs(a)}: ${Ui(o)}</span> `)}
                    </div>`:nt}
              </li>`)}
          </ol>`:$`<p class="muted">No events recorded</p>`}

      <h3>Moonraker metadata</h3>
      ${t.metadata&&Object.keys(t.metadata).length?$`<details>
            <summary>${Object.keys(t.metadata).length} fields</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([s,a])=>$`<tr>
                    <th scope="row">${s}</th>
                    <td><pre>${Ui(a)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:$`<p class="muted">No metadata</p>`}
    `}renderDetails(t){const l=Sd(t.details);return l.length?$`<table>
      <tbody>
        ${l.map(([i,s])=>$`<tr>
            <th scope="row">${Rs(i)}</th>
            <td>${typeof s=="object"?$`<pre>${Ui(s)}</pre>`:Ui(s)}</td>
          </tr>`)}
      </tbody>
    </table>`:$`<p class="muted">No slicer settings known</p>`}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const l=t.detail.changes;if(!Object.keys(l).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const i=await this.api.updateJob(this.job.id,l);this.job={...this.job,...i},this.editing=!1,De(this,"job-updated",{job:i})}catch(i){this.saveError=Je(i)}finally{this.saving=!1}}};Ln.styles=[fe,he`
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
    `];let se=Ln;Fe([U({attribute:!1})],se.prototype,"api");Fe([U({attribute:!1})],se.prototype,"options");Fe([U()],se.prototype,"jobId");Fe([U({type:Boolean})],se.prototype,"admin");Fe([I()],se.prototype,"job");Fe([I()],se.prototype,"error");Fe([I()],se.prototype,"editing");Fe([I()],se.prototype,"saving");Fe([I()],se.prototype,"saveError");Fe([I()],se.prototype,"thumbnailUrl");Fe([I()],se.prototype,"thumbnailState");me("pl-job-detail",se);var Md=Object.defineProperty,ci=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&Md(t,l,s),s};const An=class An extends pe{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:Ko(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return l=>{this.values={...this.values,[t]:l.target.value}}}field(t){return this.errors[t]?$`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,l=i=>this.errors[i]?`err-${i}`:"";return $`<form @submit=${this.onSubmit} novalidate>
      <label
        >Printer
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${l("printer_id")}>
          ${this.printers.map(i=>$`<option value=${i.id} ?selected=${i.id===t.printer_id}>${i.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >Status
        <select name="status" @change=${this.set("status")}>
          ${ln.map(i=>$`<option value=${i} ?selected=${i===t.status}>${tn(i)}</option>`)}
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
          aria-describedby=${l("filename")}
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
          @value-changed=${i=>this.values={...this.values,rating:i.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >Notes
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      <div class="actions">
        ${this.error?$`<span class="form-error" role="alert">${this.error}</span>`:""}
        <button type="button" class="btn" @click=${()=>De(this,"cancel")}>Cancel</button>
        <button type="submit" class="btn primary" ?disabled=${this.busy}>Add job</button>
      </div>
    </form>`}onSubmit(t){t.preventDefault();const{job:l,errors:i}=Ed(this.values,this.timeZone);this.errors=i,l?De(this,"create",{job:l}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};An.styles=[fe,he`
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
    `];let Xe=An;ci([U({attribute:!1})],Xe.prototype,"printers");ci([U()],Xe.prototype,"timeZone");ci([U({type:Boolean})],Xe.prototype,"busy");ci([U()],Xe.prototype,"error");ci([I()],Xe.prototype,"values");ci([I()],Xe.prototype,"errors");me("pl-job-form",Xe);var Pd=Object.defineProperty,rt=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&Pd(t,l,s),s};const aa=[{key:"filename",label:"File",sort:"filename"},{key:"printer",label:"Printer",sort:"printer"},{key:"status",label:"Status",sort:"status"},{key:"start",label:"Started",sort:"start"},{key:"print_duration",label:"Print time",sort:"print_duration"},{key:"filament",label:"Filament",sort:"filament_used_mm"},{key:"rating",label:"Rating",sort:"rating"},{key:"tags",label:"Tags"},{key:"notes",label:"Notes"}],jd=[25,50,100,200],Cn=class Cn extends pe{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.filters={...na},this.showFilters=!1,this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.editError="",this.selected=new Set,this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",this.filamentTypes=[],this.listToken=0,this.summaryToken=0,this.pendingList=!1}willUpdate(t){t.has("api")&&this.api&&(this.reload(),this.loadFilamentTypes())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer),clearTimeout(this.messageTimer)}get tz(){return this.options?.timeZone}params(){return wd(this.filters,this.tz)}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.api;if(!t)return;const l=++this.listToken;this.loading=!0,this.error="";try{const i=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(l!==this.listToken)return;this.jobs=i.jobs,this.total=i.total,this.nextCursor=i.next_cursor,this.loaded=!0}catch(i){l===this.listToken&&(this.error=Je(i))}finally{l===this.listToken&&(this.loading=!1)}}async loadSummary(){const t=this.api;if(!t)return;const l=++this.summaryToken;this.summaryLoading=!0;try{const i=await t.summary(xd(this.params()));l===this.summaryToken&&(this.summary=i)}catch(i){l===this.summaryToken&&(this.error||=Je(i))}finally{l===this.summaryToken&&(this.summaryLoading=!1)}}async loadFilamentTypes(){if(this.api)try{const t=await this.api.breakdown({},"filament_type");this.filamentTypes=t.rows.map(l=>l.label??(l.key===null?"":String(l.key))).filter(l=>l).sort((l,i)=>l.localeCompare(i))}catch{}}handleLiveEvent(t){if(t.type==="job_changed"){const l=this.jobs.findIndex(i=>i.id===t.job.id);l>=0&&(this.jobs=this.jobs.map(i=>i.id===t.job.id?{...i,...t.job}:i)),this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.scheduleRefresh(l>=0||this.page!==0)}else t.type==="job_deleted"?(this.jobs.some(l=>l.id===t.job_id)&&(this.jobs=this.jobs.filter(l=>l.id!==t.job_id),this.total=Math.max(this.total-1,0)),this.detailId===t.job_id&&(this.detailId=""),this.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.scheduleRefresh()}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const l=this.pendingList;this.pendingList=!1,l&&!this.editingId&&this.loadPage(),this.loadSummary()},1500)}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>this.message="",4e3)}setFilter(t,l,i=!1){this.filters={...this.filters,[t]:l},clearTimeout(this.searchTimer),i?this.searchTimer=setTimeout(()=>{this.reload()},300):this.reload()}clearFilters(){this.filters={...na},this.reload()}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=t==="filename"||t==="printer"||t==="status"?"asc":"desc"),this.cursors=[null],this.page=0,this.loadPage()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.loadPage())}async saveChanges(t,l){if(!this.api)return!1;if(!Object.keys(l).length)return!0;this.savingId=t.id,this.editError="";try{const i=await this.api.updateJob(t.id,l);return this.applyUpdated(i),this.notify(`Saved ${t.filename}`),!0}catch(i){return this.editError=Je(i),this.notify(`Could not save: ${this.editError}`),!1}finally{this.savingId=void 0}}applyUpdated(t){this.jobs=this.jobs.map(l=>l.id===t.id?{...l,...Dd(t)}:l)}async onEditorSave(t,l){await this.saveChanges(t,l.detail.changes)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}askDelete(t){this.deleteError="",this.confirmJobs=t}async confirmDelete(){if(!this.api||!this.confirmJobs.length)return;const t=this.confirmJobs.map(l=>l.id);this.deleting=!0,this.deleteError="";try{const l=await this.api.deleteJobs(t),i=new Set(t);this.jobs=this.jobs.filter(s=>!i.has(s.id)),this.total=Math.max(this.total-l,0),this.selected=new Set([...this.selected].filter(s=>!i.has(s))),i.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.notify(`Deleted ${l} job${l===1?"":"s"}`),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}catch(l){this.deleteError=Je(l)}finally{this.deleting=!1}}openAdd(){this.addError="",this.adding=!0,this.renderRoot.querySelector("pl-job-form")?.reset()}async createJob(t){if(this.api){this.addBusy=!0,this.addError="";try{const l=await this.api.createJob(t.detail.job);this.adding=!1,this.notify(`Added ${l.filename}`),await this.reload()}catch(l){this.addError=Je(l)}finally{this.addBusy=!1}}}toggleSelected(t,l){const i=new Set(this.selected);l?i.add(t):i.delete(t),this.selected=i}toggleAll(t){this.selected=t?new Set(this.jobs.map(l=>l.id)):new Set}showJob(t){this.detailId=t}render(){const t=this.options;return $`
      <section aria-label="Key figures">
        <pl-kpis .summary=${this.summary} .options=${t} .loading=${this.summaryLoading}></pl-kpis>
      </section>
      ${this.renderToolbar()} ${this.showFilters?this.renderFilters():nt}
      ${this.error?$`<div class="error-banner" role="alert">
            <span>Could not load the jobs: ${this.error}</span>
            <button class="btn" @click=${()=>this.reload()}>${Gt(ua)} Retry</button>
          </div>`:nt}
      <div class=${this.narrow?"":"card"}>
        ${this.loading?$`<div class="loading-bar" role="progressbar" aria-label="Loading jobs"></div>`:nt}
        ${this.narrow?this.renderCards():this.renderTable()} ${this.renderPager()}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${this.message?"message":"sr-only"}>${this.message}</div>
    `}renderToolbar(){const t=Object.entries(this.filters).filter(([l,i])=>l!=="q"&&i).length;return $`<div class="toolbar" role="search">
      <input
        class="search"
        type="search"
        placeholder="Search file names"
        aria-label="Search file names"
        .value=${this.filters.q}
        @input=${l=>this.setFilter("q",l.target.value,!0)}
      />
      <button
        class="btn"
        aria-expanded=${this.showFilters?"true":"false"}
        aria-controls="filters"
        @click=${()=>this.showFilters=!this.showFilters}
      >
        ${Gt(oc)} Filters${t?` (${t})`:""}
      </button>
      <span class="spacer"></span>
      ${this.admin&&this.selected.size?$`<button
            class="btn danger"
            @click=${()=>this.askDelete(this.jobs.filter(l=>this.selected.has(l.id)))}
          >
            ${Gt(Is)} Delete ${this.selected.size}
          </button>`:nt}
      ${this.admin?$`<button class="btn primary" @click=${this.openAdd} ?disabled=${!this.printers.length}>
            ${Gt(uc)} Add job
          </button>`:nt}
    </div>`}renderFilters(){const t=this.filters,l=i=>s=>this.setFilter(i,s.target.value);return $`<div class="filters card" id="filters">
      <label
        >Printer
        <select name="printer" @change=${l("printer")}>
          <option value="" ?selected=${!t.printer}>All printers</option>
          ${this.printers.map(i=>$`<option value=${i.id} ?selected=${i.id===t.printer}>${i.name}</option>`)}
        </select>
      </label>
      <label
        >Status
        <select name="status" @change=${l("status")}>
          ${Qa.map(i=>$`<option value=${i.value} ?selected=${i.value===t.status}>${i.label}</option>`)}
        </select>
      </label>
      <label>From <input name="since" type="date" .value=${t.since} @change=${l("since")} /></label>
      <label>To <input name="until" type="date" .value=${t.until} @change=${l("until")} /></label>
      <label
        >Filament type
        <input
          name="filament"
          list="filament-types"
          .value=${t.filament}
          @input=${i=>this.setFilter("filament",i.target.value,!0)}
        />
        <datalist id="filament-types">${this.filamentTypes.map(i=>$`<option value=${i}></option>`)}</datalist>
      </label>
      <label
        >Tags (any of, comma separated)
        <input
          name="tags"
          .value=${t.tags}
          @input=${i=>this.setFilter("tags",i.target.value,!0)}
        />
      </label>
      <button class="btn clear" @click=${this.clearFilters}>Clear filters</button>
    </div>`}renderTable(){const t=this.options;if(!t)return nt;const l=this.jobs.length>0&&this.jobs.every(s=>this.selected.has(s.id)),i=aa.length+(this.admin?2:0);return $`<div class="table-wrap">
      <table aria-label="Print jobs" aria-busy=${this.loading?"true":"false"} aria-rowcount=${this.total+1}>
        <thead>
          <tr>
            ${this.admin?$`<th scope="col">
                  <input
                    type="checkbox"
                    aria-label="Select all jobs on this page"
                    .checked=${l}
                    @change=${s=>this.toggleAll(s.target.checked)}
                  />
                </th>`:nt}
            ${aa.map(s=>{const a=s.sort&&s.sort===this.sort,o=a?this.order==="asc"?"ascending":"descending":void 0;return $`<th scope="col" aria-sort=${o??nt}>
                ${s.sort?$`<button class="sort" @click=${()=>this.sortBy(s.sort)}>
                      ${s.label}<span aria-hidden="true">${a?this.order==="asc"?"▲":"▼":""}</span>
                    </button>`:s.label}
              </th>`})}
            ${this.admin?$`<th scope="col"><span class="sr-only">Actions</span></th>`:nt}
          </tr>
        </thead>
        <tbody>
          ${sa(this.jobs,s=>s.id,s=>$`${this.renderRow(s,t)}
            ${this.editingId===s.id?$`<tr class="editor-row">
                  <td colspan=${i}>${this.renderEditor(s)}</td>
                </tr>`:nt}`)}
          ${this.loaded&&!this.jobs.length?$`<tr>
                <td class="empty muted" colspan=${i}>No jobs match these filters</td>
              </tr>`:nt}
        </tbody>
      </table>
    </div>`}renderRow(t,l){const i=Wi(t.filament_colour);return $`<tr data-job-id=${t.id} class=${this.selected.has(t.id)?"selected":""}>
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
      <td data-col="status">${Hs(t.status)}</td>
      <td class="num" data-col="start" title=${Ql(t.start,l)}>${Ql(t.start,l,!1)}</td>
      <td class="num" data-col="print_duration">${al(t.print_duration)}</td>
      <td class="num" data-col="filament">
        ${i?$`<span class="swatch" style=${`background:${i}`}></span>`:nt}
        ${Os(t.filament_weight_g,t.filament_used_mm,l)}
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
      ${this.admin?$`<td class="actions">${this.renderActions(t)}</td>`:nt}
    </tr>`}renderActions(t){return $`<button
        class="icon-btn"
        data-edit=${t.id}
        aria-label=${`Edit ${t.filename}`}
        aria-expanded=${this.editingId===t.id?"true":"false"}
        @click=${()=>this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}
      >
        ${Gt(ca)}
      </button>
      <button class="icon-btn" aria-label=${`Delete ${t.filename}`} @click=${()=>this.askDelete([t])}>
        ${Gt(Is)}
      </button>`}renderEditor(t){return $`<pl-job-editor
      .job=${t}
      .busy=${this.savingId===t.id}
      .error=${this.editError}
      @save=${l=>this.onEditorSave(t,l)}
      @cancel=${()=>this.closeEditor(t.id)}
    ></pl-job-editor>`}renderCards(){const t=this.options;return t?this.loaded&&!this.jobs.length?$`<div class="empty muted">No jobs match these filters</div>`:$`<ul class="cards" aria-label="Print jobs">
      ${sa(this.jobs,l=>l.id,l=>$`<li class="card" data-job-id=${l.id}>
          <div class="head">
            <button class="file" data-col="filename" @click=${()=>this.showJob(l.id)} aria-haspopup="dialog">
              ${l.filename}
            </button>
            ${Hs(l.status)}
          </div>
          <div class="line">
            ${l.printer_name} · ${Ql(l.start,t)} · ${al(l.print_duration)} ·
            ${Os(l.filament_weight_g,l.filament_used_mm,t)}
          </div>
          ${l.tags.length?$`<div>${l.tags.map(i=>$`<span class="tag">${i}</span>`)}</div>`:nt}
          ${l.notes?$`<div class="notes" data-col="notes">${l.notes}</div>`:nt}
          <div class="row-actions">
            <pl-rating
              .value=${l.rating}
              .subject=${l.filename}
              ?readonly=${!this.admin}
              @value-changed=${i=>this.saveChanges(l,{rating:i.detail.value})}
            ></pl-rating>
            <span style="flex:1"></span>
            ${this.admin?this.renderActions(l):nt}
          </div>
          ${this.editingId===l.id?this.renderEditor(l):nt}
        </li>`)}
    </ul>`:nt}renderPager(){const t=this.page*this.limit+(this.jobs.length?1:0),l=this.page*this.limit+this.jobs.length;return $`<nav class="pager" aria-label="Pages">
      <label
        >Rows per page
        <select
          @change=${i=>{this.limit=Number(i.target.value),this.reload()}}
        >
          ${jd.map(i=>$`<option value=${i} ?selected=${i===this.limit}>${i}</option>`)}
        </select>
      </label>
      <span class="muted" data-total=${this.total}>${t}–${l} of ${this.total}</span>
      <button class="icon-btn" aria-label="Previous page" ?disabled=${this.page===0||this.loading} @click=${this.prevPage}>
        ${Gt(nc)}
      </button>
      <button class="icon-btn" aria-label="Next page" ?disabled=${!this.nextCursor||this.loading} @click=${this.nextPage}>
        ${Gt(rc)}
      </button>
    </nav>`}renderDialogs(){const t=this.confirmJobs.length;return $`
      <pl-dialog
        .heading=${t===1?"Delete this job?":`Delete ${t} jobs?`}
        .open=${t>0}
        @closed=${()=>this.confirmJobs=[]}
      >
        <p>This removes the job record${t===1?"":"s"} from the print log. It cannot be undone.</p>
        <ul class="confirm-list">
          ${this.confirmJobs.slice(0,20).map(l=>$`<li>${l.filename} <span class="muted">(${l.printer_name})</span></li>`)}
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
              @job-updated=${l=>this.applyUpdated(l.detail.job)}
              @delete-jobs=${l=>this.askDelete(l.detail.jobs)}
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
    `}};Cn.styles=[fe,he`
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
    `];let it=Cn;rt([U({attribute:!1})],it.prototype,"api");rt([U({attribute:!1})],it.prototype,"options");rt([U({attribute:!1})],it.prototype,"printers");rt([U({type:Boolean})],it.prototype,"admin");rt([U({type:Boolean,reflect:!0})],it.prototype,"narrow");rt([I()],it.prototype,"filters");rt([I()],it.prototype,"showFilters");rt([I()],it.prototype,"sort");rt([I()],it.prototype,"order");rt([I()],it.prototype,"limit");rt([I()],it.prototype,"cursors");rt([I()],it.prototype,"page");rt([I()],it.prototype,"jobs");rt([I()],it.prototype,"total");rt([I()],it.prototype,"nextCursor");rt([I()],it.prototype,"loading");rt([I()],it.prototype,"loaded");rt([I()],it.prototype,"error");rt([I()],it.prototype,"summary");rt([I()],it.prototype,"summaryLoading");rt([I()],it.prototype,"editingId");rt([I()],it.prototype,"savingId");rt([I()],it.prototype,"editError");rt([I()],it.prototype,"selected");rt([I()],it.prototype,"confirmJobs");rt([I()],it.prototype,"deleting");rt([I()],it.prototype,"deleteError");rt([I()],it.prototype,"detailId");rt([I()],it.prototype,"adding");rt([I()],it.prototype,"addBusy");rt([I()],it.prototype,"addError");rt([I()],it.prototype,"message");rt([I()],it.prototype,"filamentTypes");function Dd(e){const{details:t,events:l,metadata:i,...s}=e;return s}me("pl-jobs-view",it);var zd=Object.defineProperty,Vd=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&zd(t,l,s),s};const Mn=class Mn extends pe{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?$`<ul aria-label="Printers">
      ${this.printers.map(t=>{const l=t.current_job,i=t.online&&!!l&&(t.print_state==="printing"||t.print_state==="paused"),s=Zo(t),a=Qo(t);return $`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${i?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${s}</span>
          </div>
          ${l?$`<button class="file" title=${l.filename} @click=${()=>De(this,"show-job",{jobId:l.id})}>
                  ${l.filename}
                </button>
                <div
                  class="progress"
                  role="progressbar"
                  aria-label=${`Progress of ${l.filename}`}
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(l.progress*100)}
                >
                  <div style=${Gi({width:`${Math.round(l.progress*1e3)/10}%`})}></div>
                </div>
                <div class="meta">
                  <span>${Math.round(l.progress*100)} %</span>
                  <span>${al(l.print_duration)} elapsed</span>
                  <span>${a!==null?`${al(a)} left`:""}</span>
                </div>`:$`<span class="muted">No job running</span>`}
        </li>`})}
    </ul>`:$``}};Mn.styles=[fe,he`
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
    `];let Ki=Mn;Vd([U({attribute:!1})],Ki.prototype,"printers");me("pl-live-strip",Ki);var Rd=Object.defineProperty,dl=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&Rd(t,l,s),s};const Pn=class Pn extends pe{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.live=new Xo}willUpdate(t){if(t.has("hass")&&this.hass){const l=this.hass.connection;l!==this.connection&&(this.connection=l,this.api=new tc(this.hass),this.resubscribe(),this.loadPrinters());const i=t.get("hass");(!this.options||!i||i.locale!==this.hass.locale||i.config!==this.hass.config)&&(this.options=ec(this.hass))}}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,l=>this.onLiveEvent(l),l=>console.warn("print_logger: live updates unavailable:",Je(l)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Je(t)}}onLiveEvent(t){this.printers=lc(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const l=this.view==="jobs"?"analytics":"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"analytics":l),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options)return nt;const t=!!this.hass.user?.is_admin,l=(i,s,a)=>$`<button
        role="tab"
        id=${`tab-${i}`}
        aria-selected=${this.view===i?"true":"false"}
        aria-controls=${`view-${i}`}
        aria-label=${s}
        tabindex=${this.view===i?0:-1}
        @click=${()=>this.select(i)}
      >
        ${Gt(a)}<span class="label">${s}</span>
      </button>`;return $`
      <header>
        ${this.narrow?$`<button class="icon-btn" aria-label="Open the sidebar" @click=${()=>De(this,"hass-toggle-menu")}>
              ${Gt(cc)}
            </button>`:nt}
        <h1>${this.panel?.title||"Print Log"}</h1>
        <div role="tablist" aria-label="Views" @keydown=${this.onTabKey}>
          ${l("jobs","Jobs",dc)} ${l("analytics","Analytics",sc)}
        </div>
      </header>
      <main>
        ${this.printersError?$`<div class="error-banner" role="alert">
              <span>Could not load the printers: ${this.printersError}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>Retry</button>
            </div>`:nt}
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
      </main>
    `}};Pn.styles=[fe,he`
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
    `];let Ve=Pn;dl([U({attribute:!1})],Ve.prototype,"hass");dl([U({type:Boolean,reflect:!0})],Ve.prototype,"narrow");dl([U({attribute:!1})],Ve.prototype,"panel");dl([I()],Ve.prototype,"view");dl([I()],Ve.prototype,"printers");dl([I()],Ve.prototype,"printersError");dl([I()],Ve.prototype,"api");dl([I()],Ve.prototype,"options");me("print-logger-panel",Ve);
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
