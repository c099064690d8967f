import{q as aa,n as Wt,y as Ji,g as $,a as fe,b as he,c as me,o as Yi,u as U,x as ge,z as Mo,v as I,B as or,C as Po,D as jo,E as Do,W as zo,m as qi,t as oa,p as Vo,F as Ro,e as Ye,G as Ps,H as Fo,i as Ho,I as Oo,A as nt,J as cr,P as Io,K as ur,k as ti,L as No,M as Uo,N as Bo,O as Wo,Q as Go,R as dr,S as Ns,T as en,w as Ve,U as ca,s as Us,l as Ql,j as cl,V as Jo,h as Yo,r as qo,d as Ko,f as Zo}from"./chunks/shared-Bu_1U0NJ.js";const Qo=(e,t,l)=>(l.configurable=!0,l.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(e,t,l),l);function ua(e,t){return(l,i,s)=>{const a=o=>o.renderRoot?.querySelector(e)??null;return Qo(l,i,{get(){return a(this)}})}}function Oi(e,t,l,i=!1){return e.map(s=>{const a=s.key===null||s.key===void 0?"":String(s.key),o=s.label||a||"Unknown",f=Number(s[t]??0);let d,h;t==="success_rate"?(d=aa(s.success_rate,l),h=`${Wt(s.jobs,l)} jobs`):t==="filament_g"?(d=f>=1e3?`${Wt(f/1e3,l,2)} kg`:`${Wt(f,l,0)} g`,h=`${Wt(s.jobs,l)} jobs`):t==="hours"?d=`${Wt(f,l,1)} h`:d=Wt(f,l);const y={key:a,label:o,value:f,display:d};if(h&&(y.note=h),i){const m=Ji(a)??Ji(s.label);m&&(y.colour=m)}return y})}var Xo="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",tc="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",ec="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",lc="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",Wi="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",ic="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",sc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Bs="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",nc="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",da="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",pr="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",fr="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",rc="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z";function Nt(e,t){return t?$`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${t}><path d=${e}></path></svg>`:$`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${e}></path></svg>`}var ac=Object.defineProperty,ln=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&ac(t,l,s),s};const vn=class vn extends fe{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return $`<div class="empty muted">No data for this selection</div>`;const t=this.max??Math.max(...this.items.map(l=>l.value),0);return $`<ul aria-label=${this.label}>
      ${this.items.map(l=>{const i=t>0?Math.max(0,Math.min(100,l.value/t*100)):0,s=Yi({width:`${i}%`,...l.colour?{background:l.colour}:{}});return $`<li data-key=${l.key} data-value=${String(l.value)}>
          <span class="name"
            >${l.colour?$`<span class="swatch" style=${Yi({background:l.colour})}></span>`:""}
            <span>${l.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${l.colour?"bar coloured":"bar"} style=${s}></span></span>
          <span class="value">${l.display}${l.note?$`<span class="note">${l.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};vn.styles=[he,me`
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
    `];let ei=vn;ln([U()],ei.prototype,"label");ln([U({attribute:!1})],ei.prototype,"items");ln([U({type:Number})],ei.prototype,"max");ge("pl-bars",ei);const oc=!0,zt="u-",cc="uplot",uc=zt+"hz",dc=zt+"vt",pc=zt+"title",fc=zt+"wrap",hc=zt+"under",mc=zt+"over",gc=zt+"axis",Tl=zt+"off",bc=zt+"select",yc=zt+"cursor-x",vc=zt+"cursor-y",$c=zt+"cursor-pt",wc=zt+"legend",xc=zt+"live",_c=zt+"inline",kc=zt+"series",Sc=zt+"marker",hr=zt+"label",Tc=zt+"value",xi="width",_i="height",vi="top",mr="bottom",Kl="left",js="right",sn="#000",gr=sn+"0",Ds="mousemove",br="mousedown",zs="mouseup",yr="mouseenter",vr="mouseleave",$r="dblclick",Ec="resize",Lc="scroll",wr="change",Ki="dppxchange",nn="--",ai=typeof window<"u",Ws=ai?document:null,Xl=ai?window:null,Ac=ai?navigator:null;let dt,Ii;function Gs(){let e=devicePixelRatio;dt!=e&&(dt=e,Ii&&Ys(wr,Ii,Gs),Ii=matchMedia(`(min-resolution: ${dt-.001}dppx) and (max-resolution: ${dt+.001}dppx)`),El(wr,Ii,Gs),Xl.dispatchEvent(new CustomEvent(Ki)))}function de(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function Js(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function xt(e,t,l){e.style[t]=l+"px"}function je(e,t,l,i){let s=Ws.createElement(e);return t!=null&&de(s,t),l?.insertBefore(s,i),s}function Se(e,t){return je("div",e,t)}const xr=new WeakMap;function Je(e,t,l,i,s){let a="translate("+t+"px,"+l+"px)",o=xr.get(e);a!=o&&(e.style.transform=a,xr.set(e,a),t<0||l<0||t>i||l>s?de(e,Tl):Js(e,Tl))}const _r=new WeakMap;function kr(e,t,l){let i=t+l,s=_r.get(e);i!=s&&(_r.set(e,i),e.style.background=t,e.style.borderColor=l)}const Sr=new WeakMap;function Tr(e,t,l,i){let s=t+""+l,a=Sr.get(e);s!=a&&(Sr.set(e,s),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=i?-t/2+"px":0,e.style.marginTop=i?-l/2+"px":0)}const rn={passive:!0},Cc={...rn,capture:!0};function El(e,t,l,i){t.addEventListener(e,l,i?Cc:rn)}function Ys(e,t,l,i){t.removeEventListener(e,l,rn)}ai&&Gs();function De(e,t,l,i){let s;l=l||0,i=i||t.length-1;let a=i<=2147483647;for(;i-l>1;)s=a?l+i>>1:pe((l+i)/2),t[s]<e?l=s:i=s;return e-t[l]<=t[i]-e?l:i}function pa(e){return(l,i,s)=>{let a=-1,o=-1;for(let f=i;f<=s;f++)if(e(l[f])){a=f;break}for(let f=s;f>=i;f--)if(e(l[f])){o=f;break}return[a,o]}}const fa=e=>e!=null,ha=e=>e!=null&&e>0,ts=pa(fa),Mc=pa(ha);function Pc(e,t,l,i=0,s=!1){let a=s?Mc:ts,o=s?ha:fa;[t,l]=a(e,t,l);let f=e[t],d=e[t];if(t>-1)if(i==1)f=e[t],d=e[l];else if(i==-1)f=e[l],d=e[t];else for(let h=t;h<=l;h++){let y=e[h];o(y)&&(y<f?f=y:y>d&&(d=y))}return[f??gt,d??-gt]}function es(e,t,l,i){let s=Ar(e),a=Ar(t);e==t&&(s==-1?(e*=l,t/=l):(e/=l,t*=l));let o=l==10?Qe:ma,f=s==1?pe:Te,d=a==1?Te:pe,h=f(o(Dt(e))),y=d(o(Dt(t))),m=li(l,h),b=li(l,y);return l==10&&(h<0&&(m=bt(m,-h)),y<0&&(b=bt(b,-y))),i||l==2?(e=m*s,t=b*a):(e=va(e,m),t=ls(t,b)),[e,t]}function an(e,t,l,i){let s=es(e,t,l,i);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}const on=.1,Er={mode:3,pad:on},Si={pad:0,soft:null,mode:0},jc={min:Si,max:Si};function Zi(e,t,l,i){return is(l)?Lr(e,t,l):(Si.pad=l,Si.soft=i?0:null,Si.mode=i?3:0,Lr(e,t,jc))}function ct(e,t){return e??t}function Dc(e,t,l){for(t=ct(t,0),l=ct(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function Lr(e,t,l){let i=l.min,s=l.max,a=ct(i.pad,0),o=ct(s.pad,0),f=ct(i.hard,-gt),d=ct(s.hard,gt),h=ct(i.soft,gt),y=ct(s.soft,-gt),m=ct(i.mode,0),b=ct(s.mode,0),S=t-e,T=Qe(S),M=te(Dt(e),Dt(t)),z=Qe(M),H=Dt(z-T);(S<1e-24||H>10)&&(S=0,(e==0||t==0)&&(S=1e-24,m==2&&h!=gt&&(a=0),b==2&&y!=-gt&&(o=0)));let w=S||M||1e3,A=Qe(w),_=li(10,pe(A)),Z=w*(S==0?e==0?.1:1:a),D=bt(va(e-Z,_/10),24),Q=e>=h&&(m==1||m==3&&D<=h||m==2&&D>=h)?h:gt,Y=te(f,D<Q&&e>=Q?Q:ze(Q,D)),et=w*(S==0?t==0?.1:1:o),J=bt(ls(t+et,_/10),24),E=t<=y&&(b==1||b==3&&J>=y||b==2&&J<=y)?y:-gt,K=ze(d,J>E&&t<=E?E:te(E,J));return Y==K&&Y==0&&(K=100),[Y,K]}const zc=new Intl.NumberFormat(ai?Ac.language:"en-US"),cn=e=>zc.format(e),be=Math,Gi=be.PI,Dt=be.abs,pe=be.floor,jt=be.round,Te=be.ceil,ze=be.min,te=be.max,li=be.pow,Ar=be.sign,Qe=be.log10,ma=be.log2,Vc=(e,t=1)=>be.sinh(e)*t,Vs=(e,t=1)=>be.asinh(e/t),gt=1/0;function Cr(e){return(Qe((e^e>>31)-(e>>31))|0)+1}function qs(e,t,l){return ze(te(e,t),l)}function ga(e){return typeof e=="function"}function lt(e){return ga(e)?e:()=>e}const Rc=()=>{},ba=e=>e,ya=(e,t)=>t,Fc=e=>null,Mr=e=>!0,Pr=(e,t)=>e==t,Hc=/\.\d*?(?=9{6,}|0{6,})/gm,Ll=e=>{if(wa(e)||ul.has(e))return e;const t=`${e}`,l=t.match(Hc);if(l==null)return e;let i=l[0].length-1;if(t.indexOf("e-")!=-1){let[s,a]=t.split("e");return+`${Ll(s)}e${a}`}return bt(e,i)};function kl(e,t){return Ll(bt(Ll(e/t))*t)}function ls(e,t){return Ll(Te(Ll(e/t))*t)}function va(e,t){return Ll(pe(Ll(e/t))*t)}function bt(e,t=0){if(wa(e))return e;let l=10**t,i=e*l*(1+Number.EPSILON);return jt(i)/l}const ul=new Map;function $a(e){return((""+e).split(".")[1]||"").length}function Ei(e,t,l,i){let s=[],a=i.map($a);for(let o=t;o<l;o++){let f=Dt(o),d=bt(li(e,o),f);for(let h=0;h<i.length;h++){let y=e==10?+`${i[h]}e${o}`:i[h]*d,m=(o>=0?0:f)+(o>=a[h]?0:a[h]),b=e==10?y:bt(y,m);s.push(b),ul.set(b,m)}}return s}const Ti={},un=[],ii=[null,null],ol=Array.isArray,wa=Number.isInteger,Oc=e=>e===void 0;function jr(e){return typeof e=="string"}function is(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function Ic(e){return e!=null&&typeof e=="object"}const Nc=Object.getPrototypeOf(Uint8Array),xa="__proto__";function si(e,t=is){let l;if(ol(e)){let i=e.find(s=>s!=null);if(ol(i)||t(i)){l=Array(e.length);for(let s=0;s<e.length;s++)l[s]=si(e[s],t)}else l=e.slice()}else if(e instanceof Nc)l=e.slice();else if(t(e)){l={};for(let i in e)i!=xa&&(l[i]=si(e[i],t))}else l=e;return l}function Ct(e){let t=arguments;for(let l=1;l<t.length;l++){let i=t[l];for(let s in i)s!=xa&&(is(e[s])?Ct(e[s],si(i[s])):e[s]=si(i[s]))}return e}const Uc=0,Bc=1,Wc=2;function Gc(e,t,l){for(let i=0,s,a=-1;i<t.length;i++){let o=t[i];if(o>a){for(s=o-1;s>=0&&e[s]==null;)e[s--]=null;for(s=o+1;s<l&&e[s]==null;)e[a=s++]=null}}}function Jc(e,t){if(Kc(e)){let o=e[0].slice();for(let f=1;f<e.length;f++)o.push(...e[f].slice(1));return Zc(o[0])||(o=qc(o)),o}let l=new Set;for(let o=0;o<e.length;o++){let d=e[o][0],h=d.length;for(let y=0;y<h;y++)l.add(d[y])}let i=[Array.from(l).sort((o,f)=>o-f)],s=i[0].length,a=new Map;for(let o=0;o<s;o++)a.set(i[0][o],o);for(let o=0;o<e.length;o++){let f=e[o],d=f[0];for(let h=1;h<f.length;h++){let y=f[h],m=Array(s).fill(void 0),b=t?t[o][h]:Bc,S=[];for(let T=0;T<y.length;T++){let M=y[T],z=a.get(d[T]);M===null?b!=Uc&&(m[z]=M,b==Wc&&S.push(z)):m[z]=M}Gc(m,S,s),i.push(m)}}return i}const Yc=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function qc(e){let t=e[0],l=t.length,i=Array(l);for(let a=0;a<i.length;a++)i[a]=a;i.sort((a,o)=>t[a]-t[o]);let s=[];for(let a=0;a<e.length;a++){let o=e[a],f=Array(l);for(let d=0;d<l;d++)f[d]=o[i[d]];s.push(f)}return s}function Kc(e){let t=e[0][0],l=t.length;for(let i=1;i<e.length;i++){let s=e[i][0];if(s.length!=l)return!1;if(s!=t){for(let a=0;a<l;a++)if(s[a]!=t[a])return!1}}return!0}function Zc(e,t=100){const l=e.length;if(l<=1)return!0;let i=0,s=l-1;for(;i<=s&&e[i]==null;)i++;for(;s>=i&&e[s]==null;)s--;if(s<=i)return!0;const a=te(1,pe((s-i+1)/t));for(let o=e[i],f=i+a;f<=s;f+=a){const d=e[f];if(d!=null){if(d<=o)return!1;o=d}}return!0}const _a=["January","February","March","April","May","June","July","August","September","October","November","December"],ka=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Sa(e){return e.slice(0,3)}const Qc=ka.map(Sa),Xc=_a.map(Sa),tu={MMMM:_a,MMM:Xc,WWWW:ka,WWW:Qc};function $i(e){return(e<10?"0":"")+e}function eu(e){return(e<10?"00":e<100?"0":"")+e}const lu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>$i(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>$i(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>$i(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>$i(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>$i(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>eu(e.getMilliseconds())};function dn(e,t){t=t||tu;let l=[],i=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=i.exec(e);)l.push(s[0][0]=="{"?lu[s[1]]:s[0]);return a=>{let o="";for(let f=0;f<l.length;f++)o+=typeof l[f]=="string"?l[f]:l[f](a,t);return o}}const iu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function su(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==iu?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}const Ta=e=>e%1==0,Qi=[1,2,2.5,5],nu=Ei(10,-32,0,Qi),Ea=Ei(10,0,32,Qi),ru=Ea.filter(Ta),Sl=nu.concat(Ea),pn=`
`,La="{YYYY}",Dr=pn+La,Aa="{M}/{D}",ki=pn+Aa,Ni=ki+"/{YY}",Ca="{aa}",au="{h}:{mm}",Zl=au+Ca,zr=pn+Zl,Vr=":{ss}",ft=null;function Ma(e){let t=e*1e3,l=t*60,i=l*60,s=i*24,a=s*30,o=s*365,d=(e==1?Ei(10,0,3,Qi).filter(Ta):Ei(10,-3,0,Qi)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,i,i*2,i*3,i*4,i*6,i*8,i*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,a,a*2,a*3,a*4,a*6,o,o*2,o*5,o*10,o*25,o*50,o*100]);const h=[[o,La,ft,ft,ft,ft,ft,ft,1],[s*28,"{MMM}",Dr,ft,ft,ft,ft,ft,1],[s,Aa,Dr,ft,ft,ft,ft,ft,1],[i,"{h}"+Ca,Ni,ft,ki,ft,ft,ft,1],[l,Zl,Ni,ft,ki,ft,ft,ft,1],[t,Vr,Ni+" "+Zl,ft,ki+" "+Zl,ft,zr,ft,1],[e,Vr+".{fff}",Ni+" "+Zl,ft,ki+" "+Zl,ft,zr,ft,1]];function y(m){return(b,S,T,M,z,H)=>{let w=[],A=z>=o,_=z>=a&&z<o,Z=m(T),D=bt(Z*e,3),Q=Rs(Z.getFullYear(),A?0:Z.getMonth(),_||A?1:Z.getDate()),Y=bt(Q*e,3);if(_||A){let et=_?z/a:0,J=A?z/o:0,E=D==Y?D:bt(Rs(Q.getFullYear()+J,Q.getMonth()+et,1)*e,3),K=new Date(jt(E/e)),V=K.getFullYear(),W=K.getMonth();for(let N=0;E<=M;N++){let st=Rs(V+J*N,W+et*N,1),O=st-m(bt(st*e,3));E=bt((+st+O)*e,3),E<=M&&w.push(E)}}else{let et=z>=s?s:z,J=pe(T)-pe(D),E=Y+J+ls(D-Y,et);w.push(E);let K=m(E),V=K.getHours()+K.getMinutes()/l+K.getSeconds()/i,W=z/i,N=b.axes[S]._space,st=H/N;for(;E=bt(E+z,e==1?0:3),!(E>M);)if(W>1){let O=pe(bt(V+W,6))%24,at=m(E).getHours()-O;at>1&&(at=-1),E-=at*i,V=(V+W)%24;let ht=w[w.length-1];bt((E-ht)/z,3)*st>=.7&&w.push(E)}else w.push(E)}return w}}return[d,h,y]}const[ou,cu,uu]=Ma(1),[du,pu,fu]=Ma(.001);Ei(2,-53,53,[1]);function Rr(e,t){return e.map(l=>l.map((i,s)=>s==0||s==8||i==null?i:t(s==1||l[8]==0?i:l[1]+i)))}function Fr(e,t){return(l,i,s,a,o)=>{let f=t.find(T=>o>=T[0])||t[t.length-1],d,h,y,m,b,S;return i.map(T=>{let M=e(T),z=M.getFullYear(),H=M.getMonth(),w=M.getDate(),A=M.getHours(),_=M.getMinutes(),Z=M.getSeconds(),D=z!=d&&f[2]||H!=h&&f[3]||w!=y&&f[4]||A!=m&&f[5]||_!=b&&f[6]||Z!=S&&f[7]||f[1];return d=z,h=H,y=w,m=A,b=_,S=Z,D(M)})}}function hu(e,t){let l=dn(t);return(i,s,a,o,f)=>s.map(d=>l(e(d)))}function Rs(e,t,l){return new Date(e,t,l)}function Hr(e,t){return t(e)}const mu="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Or(e,t){return(l,i,s,a)=>a==null?nn:t(e(i))}function gu(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function bu(e,t){return e.series[t].fill(e,t)}const yu={show:!0,live:!0,isolate:!1,mount:Rc,markers:{show:!0,width:2,stroke:gu,fill:bu,dash:"solid"},idx:null,idxs:null,values:[]};function vu(e,t){let l=e.cursor.points,i=Se(),s=l.size(e,t);xt(i,xi,s),xt(i,_i,s);let a=s/-2;xt(i,"marginLeft",a),xt(i,"marginTop",a);let o=l.width(e,t,s);return o&&xt(i,"borderWidth",o),i}function $u(e,t){let l=e.series[t].points;return l._fill||l._stroke}function wu(e,t){let l=e.series[t].points;return l._stroke||l._fill}function xu(e,t){return e.series[t].points.size}const Fs=[0,0];function _u(e,t,l){return Fs[0]=t,Fs[1]=l,Fs}function Ui(e,t,l,i=!0){return s=>{s.button==0&&(!i||s.target==t)&&l(s)}}function Hs(e,t,l,i=!0){return s=>{(!i||s.target==t)&&l(s)}}const ku={show:!0,x:!0,y:!0,lock:!1,move:_u,points:{one:!1,show:vu,size:xu,width:0,stroke:wu,fill:$u},bind:{mousedown:Ui,mouseup:Ui,click:Ui,dblclick:Ui,mousemove:Hs,mouseleave:Hs,mouseenter:Hs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,i,s)=>i-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Pa={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},fn=Ct({},Pa,{filter:ya}),ja=Ct({},fn,{size:10}),Da=Ct({},Pa,{show:!1}),hn='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',za="bold "+hn,Va=1.5,Ir={show:!0,scale:"x",stroke:sn,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:za,side:2,grid:fn,ticks:ja,border:Da,font:hn,lineGap:Va,rotate:0},Su="Value",Tu="Time",Nr={show:!0,scale:"x",auto:!1,sorted:1,min:gt,max:-gt,idxs:[]};function Eu(e,t,l,i,s){return t.map(a=>a==null?"":cn(a))}function Lu(e,t,l,i,s,a,o){let f=[],d=ul.get(s)||0;l=o?l:bt(ls(l,s),d);for(let h=l;h<=i;h=bt(h+s,d))f.push(Object.is(h,-0)?0:h);return f}function Ks(e,t,l,i,s,a,o){const f=[],d=e.scales[e.axes[t].scale].log,h=d==10?Qe:ma,y=pe(h(l));s=li(d,y),d==10&&(s=Sl[De(s,Sl)]);let m=l,b=s*d;d==10&&(b=Sl[De(b,Sl)]);do f.push(m),m=m+s,d==10&&!ul.has(m)&&(m=bt(m,ul.get(s))),m>=b&&(s=m,b=s*d,d==10&&(b=Sl[De(b,Sl)]));while(m<=i);return f}function Au(e,t,l,i,s,a,o){let d=e.scales[e.axes[t].scale].asinh,h=i>d?Ks(e,t,te(d,l),i,s):[d],y=i>=0&&l<=0?[0]:[];return(l<-d?Ks(e,t,te(d,-i),-l,s):[d]).reverse().map(b=>-b).concat(y,h)}const Ra=/./,Cu=/[12357]/,Mu=/[125]/,Ur=/1/,Zs=(e,t,l,i)=>e.map((s,a)=>t==4&&s==0||a%i==0&&l.test(s.toExponential()[s<0?1:0])?s:null);function Pu(e,t,l,i,s){let a=e.axes[l],o=a.scale,f=e.scales[o],d=e.valToPos,h=a._space,y=d(10,o),m=d(9,o)-y>=h?Ra:d(7,o)-y>=h?Cu:d(5,o)-y>=h?Mu:Ur;if(m==Ur){let b=Dt(d(1,o)-y);if(b<h)return Zs(t.slice().reverse(),f.distr,m,Te(h/b)).reverse()}return Zs(t,f.distr,m,1)}function ju(e,t,l,i,s){let a=e.axes[l],o=a.scale,f=a._space,d=e.valToPos,h=Dt(d(1,o)-d(2,o));return h<f?Zs(t.slice().reverse(),3,Ra,Te(f/h)).reverse():t}function Du(e,t,l,i){return i==null?nn:t==null?"":cn(t)}const Br={show:!0,scale:"y",stroke:sn,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:za,side:3,grid:fn,ticks:ja,border:Da,font:hn,lineGap:Va,rotate:0};function zu(e,t){let l=3+(e||1)*2;return bt(l*t,3)}function Vu(e,t){let{scale:l,idxs:i}=e.series[0],s=e._data[0],a=e.valToPos(s[i[0]],l,!0),o=e.valToPos(s[i[1]],l,!0),f=Dt(o-a),d=e.series[t],h=f/(d.points.space*dt);return i[1]-i[0]<=h}const Wr={scale:null,auto:!0,sorted:0,min:gt,max:-gt},Fa=(e,t,l,i,s)=>s,Gr={show:!0,auto:!0,sorted:0,gaps:Fa,alpha:1,facets:[Ct({},Wr,{scale:"x"}),Ct({},Wr,{scale:"y"})]},Jr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Fa,alpha:1,points:{show:Vu,filter:null},values:null,min:gt,max:-gt,idxs:[],path:null,clip:null};function Ru(e,t,l,i,s){return l/10}const Ha={time:oc,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Fu=Ct({},Ha,{time:!1,ori:1}),Yr={};function Oa(e,t){let l=Yr[e];return l||(l={key:e,plots:[],sub(i){l.plots.push(i)},unsub(i){l.plots=l.plots.filter(s=>s!=i)},pub(i,s,a,o,f,d,h){for(let y=0;y<l.plots.length;y++)l.plots[y]!=s&&l.plots[y].pub(i,s,a,o,f,d,h)}},e!=null&&(Yr[e]=l)),l}const ni=1,Qs=2;function Cl(e,t,l){const i=e.mode,s=e.series[t],a=i==2?e._data[t]:e._data,o=e.scales,f=e.bbox;let d=a[0],h=i==2?a[1]:a[t],y=i==2?o[s.facets[0].scale]:o[e.series[0].scale],m=i==2?o[s.facets[1].scale]:o[s.scale],b=f.left,S=f.top,T=f.width,M=f.height,z=e.valToPosH,H=e.valToPosV;return y.ori==0?l(s,d,h,y,m,z,H,b,S,T,M,ns,oi,as,Na,Ba):l(s,d,h,y,m,H,z,S,b,M,T,rs,ci,bn,Ua,Wa)}function mn(e,t){let l=0,i=0,s=ct(e.bands,un);for(let a=0;a<s.length;a++){let o=s[a];o.series[0]==t?l=o.dir:o.series[1]==t&&(o.dir==1?i|=1:i|=2)}return[l,i==1?-1:i==2?1:i==3?2:0]}function Hu(e,t,l,i,s){let a=e.mode,o=e.series[t],f=a==2?o.facets[1].scale:o.scale,d=e.scales[f];return s==-1?d.min:s==1?d.max:d.distr==3?d.dir==1?d.min:d.max:0}function Xe(e,t,l,i,s,a){return Cl(e,t,(o,f,d,h,y,m,b,S,T,M,z)=>{let H=o.pxRound;const w=h.dir*(h.ori==0?1:-1),A=h.ori==0?oi:ci;let _,Z;w==1?(_=l,Z=i):(_=i,Z=l);let D=H(m(f[_],h,M,S)),Q=H(b(d[_],y,z,T)),Y=H(m(f[Z],h,M,S)),et=H(b(a==1?y.max:y.min,y,z,T)),J=new Path2D(s);return A(J,Y,et),A(J,D,et),A(J,D,Q),J})}function ss(e,t,l,i,s,a){let o=null;if(e.length>0){o=new Path2D;const f=t==0?as:bn;let d=l;for(let m=0;m<e.length;m++){let b=e[m];if(b[1]>b[0]){let S=b[0]-d;S>0&&f(o,d,i,S,i+a),d=b[1]}}let h=l+s-d,y=10;h>0&&f(o,d,i-y/2,h,i+a+y)}return o}function Ou(e,t,l){let i=e[e.length-1];i&&i[0]==t?i[1]=l:e.push([t,l])}function gn(e,t,l,i,s,a,o){let f=[],d=e.length;for(let h=s==1?l:i;h>=l&&h<=i;h+=s)if(t[h]===null){let m=h,b=h;if(s==1)for(;++h<=i&&t[h]===null;)b=h;else for(;--h>=l&&t[h]===null;)b=h;let S=a(e[m]),T=b==m?S:a(e[b]),M=m-s;S=o<=0&&M>=0&&M<d?a(e[M]):S;let H=b+s;T=o>=0&&H>=0&&H<d?a(e[H]):T,T>=S&&f.push([S,T])}return f}function qr(e){return e==0?ba:e==1?jt:t=>kl(t,e)}function Ia(e){let t=e==0?ns:rs,l=e==0?(s,a,o,f,d,h)=>{s.arcTo(a,o,f,d,h)}:(s,a,o,f,d,h)=>{s.arcTo(o,a,d,f,h)},i=e==0?(s,a,o,f,d)=>{s.rect(a,o,f,d)}:(s,a,o,f,d)=>{s.rect(o,a,d,f)};return(s,a,o,f,d,h=0,y=0)=>{h==0&&y==0?i(s,a,o,f,d):(h=ze(h,f/2,d/2),y=ze(y,f/2,d/2),t(s,a+h,o),l(s,a+f,o,a+f,o+d,h),l(s,a+f,o+d,a,o+d,y),l(s,a,o+d,a,o,y),l(s,a,o,a+f,o,h),s.closePath())}}const ns=(e,t,l)=>{e.moveTo(t,l)},rs=(e,t,l)=>{e.moveTo(l,t)},oi=(e,t,l)=>{e.lineTo(t,l)},ci=(e,t,l)=>{e.lineTo(l,t)},as=Ia(0),bn=Ia(1),Na=(e,t,l,i,s,a)=>{e.arc(t,l,i,s,a)},Ua=(e,t,l,i,s,a)=>{e.arc(l,t,i,s,a)},Ba=(e,t,l,i,s,a,o)=>{e.bezierCurveTo(t,l,i,s,a,o)},Wa=(e,t,l,i,s,a,o)=>{e.bezierCurveTo(l,t,s,i,o,a)};function Ga(e){return(t,l,i,s,a)=>Cl(t,l,(o,f,d,h,y,m,b,S,T,M,z)=>{let{pxRound:H,points:w}=o,A,_;h.ori==0?(A=ns,_=Na):(A=rs,_=Ua);const Z=bt(w.width*dt,3);let D=(w.size-w.width)/2*dt,Q=bt(D*2,3),Y=new Path2D,et=new Path2D,{left:J,top:E,width:K,height:V}=t.bbox;as(et,J-Q,E-Q,K+Q*2,V+Q*2);const W=N=>{if(d[N]!=null){let st=H(m(f[N],h,M,S)),O=H(b(d[N],y,z,T));A(Y,st+D,O),_(Y,st,O,D,0,Gi*2)}};if(a)a.forEach(W);else for(let N=i;N<=s;N++)W(N);return{stroke:Z>0?Y:null,fill:Y,clip:et,flags:ni|Qs}})}function Ja(e){return(t,l,i,s,a,o)=>{i!=s&&(a!=i&&o!=i&&e(t,l,i),a!=s&&o!=s&&e(t,l,s),e(t,l,o))}}const Iu=Ja(oi),Nu=Ja(ci);function Ya(e){const t=ct(e?.alignGaps,0);return(l,i,s,a)=>Cl(l,i,(o,f,d,h,y,m,b,S,T,M,z)=>{[s,a]=ts(d,s,a);let H=o.pxRound,w=V=>H(m(V,h,M,S)),A=V=>H(b(V,y,z,T)),_,Z;h.ori==0?(_=oi,Z=Iu):(_=ci,Z=Nu);const D=h.dir*(h.ori==0?1:-1),Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ni},Y=Q.stroke;let et=!1;if(a-s>=M*4){let V=R=>l.posToVal(R,h.key,!0),W=null,N=null,st,O,ee,_t=w(f[D==1?s:a]),at=w(f[s]),ht=w(f[a]),X=V(D==1?at+1:ht-1);for(let R=D==1?s:a;R>=s&&R<=a;R+=D){let Mt=f[R],kt=(D==1?Mt<X:Mt>X)?_t:w(Mt),pt=d[R];kt==_t?pt!=null?(O=pt,W==null?(_(Y,kt,A(O)),st=W=N=O):O<W?W=O:O>N&&(N=O)):pt===null&&(et=!0):(W!=null&&Z(Y,_t,A(W),A(N),A(st),A(O)),pt!=null?(O=pt,_(Y,kt,A(O)),W=N=st=O):(W=N=null,pt===null&&(et=!0)),_t=kt,X=V(_t+D))}W!=null&&W!=N&&ee!=_t&&Z(Y,_t,A(W),A(N),A(st),A(O))}else for(let V=D==1?s:a;V>=s&&V<=a;V+=D){let W=d[V];W===null?et=!0:W!=null&&_(Y,w(f[V]),A(W))}let[E,K]=mn(l,i);if(o.fill!=null||E!=0){let V=Q.fill=new Path2D(Y),W=o.fillTo(l,i,o.min,o.max,E),N=A(W),st=w(f[s]),O=w(f[a]);D==-1&&([O,st]=[st,O]),_(V,O,N),_(V,st,N)}if(!o.spanGaps){let V=[];et&&V.push(...gn(f,d,s,a,D,w,t)),Q.gaps=V=o.gaps(l,i,s,a,V),Q.clip=ss(V,h.ori,S,T,M,z)}return K!=0&&(Q.band=K==2?[Xe(l,i,s,a,Y,-1),Xe(l,i,s,a,Y,1)]:Xe(l,i,s,a,Y,K)),Q})}function Uu(e){const t=ct(e.align,1),l=ct(e.ascDesc,!1),i=ct(e.alignGaps,0),s=ct(e.extend,!1);return(a,o,f,d)=>Cl(a,o,(h,y,m,b,S,T,M,z,H,w,A)=>{[f,d]=ts(m,f,d);let _=h.pxRound,{left:Z,width:D}=a.bbox,Q=at=>_(T(at,b,w,z)),Y=at=>_(M(at,S,A,H)),et=b.ori==0?oi:ci;const J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ni},E=J.stroke,K=b.dir*(b.ori==0?1:-1);let V=Y(m[K==1?f:d]),W=Q(y[K==1?f:d]),N=W,st=W;s&&t==-1&&(st=Z,et(E,st,V)),et(E,W,V);for(let at=K==1?f:d;at>=f&&at<=d;at+=K){let ht=m[at];if(ht==null)continue;let X=Q(y[at]),R=Y(ht);t==1?et(E,X,V):et(E,N,R),et(E,X,R),V=R,N=X}let O=N;s&&t==1&&(O=Z+D,et(E,O,V));let[ee,_t]=mn(a,o);if(h.fill!=null||ee!=0){let at=J.fill=new Path2D(E),ht=h.fillTo(a,o,h.min,h.max,ee),X=Y(ht);et(at,O,X),et(at,st,X)}if(!h.spanGaps){let at=[];at.push(...gn(y,m,f,d,K,Q,i));let ht=h.width*dt/2,X=l||t==1?ht:-ht,R=l||t==-1?-ht:ht;at.forEach(Mt=>{Mt[0]+=X,Mt[1]+=R}),J.gaps=at=h.gaps(a,o,f,d,at),J.clip=ss(at,b.ori,z,H,w,A)}return _t!=0&&(J.band=_t==2?[Xe(a,o,f,d,E,-1),Xe(a,o,f,d,E,1)]:Xe(a,o,f,d,E,_t)),J})}function Kr(e,t,l,i,s,a,o=gt){if(e.length>1){let f=null;for(let d=0,h=1/0;d<e.length;d++)if(t[d]!==void 0){if(f!=null){let y=Dt(e[d]-e[f]);y<h&&(h=y,o=Dt(l(e[d],i,s,a)-l(e[f],i,s,a)))}f=d}}return o}function Bu(e){e=e||Ti;const t=ct(e.size,[.6,gt,1]),l=e.align||0,i=e.gap||0;let s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;const a=lt(s),o=1-t[0],f=ct(t[1],gt),d=ct(t[2],1),h=ct(e.disp,Ti),y=ct(e.each,S=>{}),{fill:m,stroke:b}=h;return(S,T,M,z)=>Cl(S,T,(H,w,A,_,Z,D,Q,Y,et,J,E)=>{let K=H.pxRound,V=l,W=i*dt,N=f*dt,st=d*dt,O,ee;_.ori==0?[O,ee]=a(S,T):[ee,O]=a(S,T);const _t=_.dir*(_.ori==0?1:-1);let at=_.ori==0?as:bn,ht=_.ori==0?y:(P,yt,Pt,Dl,ml,Ie,gl)=>{y(P,yt,Pt,ml,Dl,gl,Ie)},X=ct(S.bands,un).find(P=>P.series[0]==T),R=X!=null?X.dir:0,Mt=H.fillTo(S,T,H.min,H.max,R),qt=K(Q(Mt,Z,E,et)),kt,pt,Le,re=J,Tt=K(H.width*dt),Oe=!1,qe=null,ve=null,ll=null,Ml=null;m!=null&&(Tt==0||b!=null)&&(Oe=!0,qe=m.values(S,T,M,z),ve=new Map,new Set(qe).forEach(P=>{P!=null&&ve.set(P,new Path2D)}),Tt>0&&(ll=b.values(S,T,M,z),Ml=new Map,new Set(ll).forEach(P=>{P!=null&&Ml.set(P,new Path2D)})));let{x0:Pl,size:di}=h;if(Pl!=null&&di!=null){V=1,w=Pl.values(S,T,M,z),Pl.unit==2&&(w=w.map(Pt=>S.posToVal(Y+Pt*J,_.key,!0)));let P=di.values(S,T,M,z);di.unit==2?pt=P[0]*J:pt=D(P[0],_,J,Y)-D(0,_,J,Y),re=Kr(w,A,D,_,J,Y,re),Le=re-pt+W}else re=Kr(w,A,D,_,J,Y,re),Le=re*o+W,pt=re-Le;Le<1&&(Le=0),Tt>=pt/2&&(Tt=0),Le<5&&(K=ba);let Ci=Le>0,fl=re-Le-(Ci?Tt:0);pt=K(qs(fl,st,N)),kt=(V==0?pt/2:V==_t?0:pt)-V*_t*((V==0?W/2:0)+(Ci?Tt/2:0));const Kt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},jl=Oe?null:new Path2D;let Ke=null;if(X!=null)Ke=S.data[X.series[1]];else{let{y0:P,y1:yt}=h;P!=null&&yt!=null&&(A=yt.values(S,T,M,z),Ke=P.values(S,T,M,z))}let hl=O*pt,q=ee*pt;for(let P=_t==1?M:z;P>=M&&P<=z;P+=_t){let yt=A[P];if(yt==null)continue;if(Ke!=null){let le=Ke[P]??0;if(yt-le==0)continue;qt=Q(le,Z,E,et)}let Pt=_.distr!=2||h!=null?w[P]:P,Dl=D(Pt,_,J,Y),ml=Q(ct(yt,Mt),Z,E,et),Ie=K(Dl-kt),gl=K(te(ml,qt)),ae=K(ze(ml,qt)),$e=gl-ae;if(yt!=null){let le=yt<0?q:hl,Ae=yt<0?hl:q;Oe?(Tt>0&&ll[P]!=null&&at(Ml.get(ll[P]),Ie,ae+pe(Tt/2),pt,te(0,$e-Tt),le,Ae),qe[P]!=null&&at(ve.get(qe[P]),Ie,ae+pe(Tt/2),pt,te(0,$e-Tt),le,Ae)):at(jl,Ie,ae+pe(Tt/2),pt,te(0,$e-Tt),le,Ae),ht(S,T,P,Ie-Tt/2,ae,pt+Tt,$e)}}return Tt>0?Kt.stroke=Oe?Ml:jl:Oe||(Kt._fill=H.width==0?H._fill:H._stroke??H._fill,Kt.width=0),Kt.fill=Oe?ve:jl,Kt})}function Wu(e,t){const l=ct(t?.alignGaps,0);return(i,s,a,o)=>Cl(i,s,(f,d,h,y,m,b,S,T,M,z,H)=>{[a,o]=ts(h,a,o);let w=f.pxRound,A=O=>w(b(O,y,z,T)),_=O=>w(S(O,m,H,M)),Z,D,Q;y.ori==0?(Z=ns,Q=oi,D=Ba):(Z=rs,Q=ci,D=Wa);const Y=y.dir*(y.ori==0?1:-1);let et=A(d[Y==1?a:o]),J=et,E=[],K=[];for(let O=Y==1?a:o;O>=a&&O<=o;O+=Y)if(h[O]!=null){let _t=d[O],at=A(_t);E.push(J=at),K.push(_(h[O]))}const V={stroke:e(E,K,Z,Q,D,w),fill:null,clip:null,band:null,gaps:null,flags:ni},W=V.stroke;let[N,st]=mn(i,s);if(f.fill!=null||N!=0){let O=V.fill=new Path2D(W),ee=f.fillTo(i,s,f.min,f.max,N),_t=_(ee);Q(O,J,_t),Q(O,et,_t)}if(!f.spanGaps){let O=[];O.push(...gn(d,h,a,o,Y,A,l)),V.gaps=O=f.gaps(i,s,a,o,O),V.clip=ss(O,y.ori,T,M,z,H)}return st!=0&&(V.band=st==2?[Xe(i,s,a,o,W,-1),Xe(i,s,a,o,W,1)]:Xe(i,s,a,o,W,st)),V})}function Gu(e){return Wu(Ju,e)}function Ju(e,t,l,i,s,a){const o=e.length;if(o<2)return null;const f=new Path2D;if(l(f,e[0],t[0]),o==2)i(f,e[1],t[1]);else{let d=Array(o),h=Array(o-1),y=Array(o-1),m=Array(o-1);for(let b=0;b<o-1;b++)y[b]=t[b+1]-t[b],m[b]=e[b+1]-e[b],h[b]=y[b]/m[b];d[0]=h[0];for(let b=1;b<o-1;b++)h[b]===0||h[b-1]===0||h[b-1]>0!=h[b]>0?d[b]=0:(d[b]=3*(m[b-1]+m[b])/((2*m[b]+m[b-1])/h[b-1]+(m[b]+2*m[b-1])/h[b]),isFinite(d[b])||(d[b]=0));d[o-1]=h[o-2];for(let b=0;b<o-1;b++)s(f,e[b]+m[b]/3,t[b]+d[b]*m[b]/3,e[b+1]-m[b]/3,t[b+1]-d[b+1]*m[b]/3,e[b+1],t[b+1])}return f}const Xs=new Set;function Zr(){for(let e of Xs)e.syncRect(!0)}ai&&(El(Ec,Xl,Zr),El(Lc,Xl,Zr,!0),El(Ki,Xl,()=>{Gt.pxRatio=dt}));const Yu=Ya(),qu=Ga();function Qr(e,t,l,i){return(i?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,o)=>tn(a,o,t,l))}function Ku(e,t){return e.map((l,i)=>i==0?{}:Ct({},t,l))}function tn(e,t,l,i){return Ct({},t==0?l:i,e)}function qa(e,t,l){return t==null?ii:[t,l]}const Zu=qa;function Qu(e,t,l){return t==null?ii:Zi(t,l,on,!0)}function Ka(e,t,l,i){return t==null?ii:es(t,l,e.scales[i].log,!1)}const Xu=Ka;function Za(e,t,l,i){return t==null?ii:an(t,l,e.scales[i].log,!1)}const td=Za;function ed(e,t,l,i,s){let a=te(Cr(e),Cr(t)),o=t-e,f=De(s/i*o,l);do{let d=l[f],h=i*d/o;if(h>=s&&a+(d<5?ul.get(d):0)<=17)return[d,h]}while(++f<l.length);return[0,0]}function Xr(e){let t,l;return e=e.replace(/(\d+)px/,(i,s)=>(t=jt((l=+s)*dt))+"px"),[e,t,l]}function ld(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=bt(t[2]*dt,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function Gt(e,t,l){const i={mode:ct(e.mode,1)},s=i.mode;function a(n,r,c,u){let p=r.valToPct(n);return u+c*(r.dir==-1?1-p:p)}function o(n,r,c,u){let p=r.valToPct(n);return u+c*(r.dir==-1?p:1-p)}function f(n,r,c,u){return r.ori==0?a(n,r,c,u):o(n,r,c,u)}i.valToPosH=a,i.valToPosV=o;let d=!1;i.status=0;const h=i.root=Se(cc);if(e.id!=null&&(h.id=e.id),de(h,e.class),e.title){let n=Se(pc,h);n.textContent=e.title}const y=je("canvas"),m=i.ctx=y.getContext("2d"),b=Se(fc,h);El("click",b,n=>{n.target===T&&(vt!=Wl||St!=Gl)&&Bt.click(i,n)},!0);const S=i.under=Se(hc,b);b.appendChild(y);const T=i.over=Se(mc,b);e=si(e);const M=+ct(e.pxAlign,1),z=qr(M);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(i,e)||e)});const H=e.ms||.001,w=i.series=s==1?Qr(e.series||[],Nr,Jr,!1):Ku(e.series||[null],Gr),A=i.axes=Qr(e.axes||[],Ir,Br,!0),_=i.scales={},Z=i.bands=e.bands||[];Z.forEach(n=>{n.fill=lt(n.fill||null),n.dir=ct(n.dir,-1)});const D=s==2?w[1].facets[0].scale:w[0].scale,Q={axes:go,series:uo},Y=(e.drawOrder||["axes","series"]).map(n=>Q[n]);function et(n){const r=n.distr==3?c=>Qe(c>0?c:n.clamp(i,c,n.min,n.max,n.key)):n.distr==4?c=>Vs(c,n.asinh):n.distr==100?c=>n.fwd(c):c=>c;return c=>{let u=r(c),{_min:p,_max:g}=n,v=g-p;return(u-p)/v}}function J(n){let r=_[n];if(r==null){let c=(e.scales||Ti)[n]||Ti;if(c.from!=null){J(c.from);let u=Ct({},_[c.from],c,{key:n});u.valToPct=et(u),_[n]=u}else{r=_[n]=Ct({},n==D?Ha:Fu,c),r.key=n;let u=r.time,p=r.range,g=ol(p);if((n!=D||s==2&&!u)&&(g&&(p[0]==null||p[1]==null)&&(p={min:p[0]==null?Er:{mode:1,hard:p[0],soft:p[0]},max:p[1]==null?Er:{mode:1,hard:p[1],soft:p[1]}},g=!1),!g&&is(p))){let v=p;p=(x,k,L)=>k==null?ii:Zi(k,L,v)}r.range=lt(p||(u?Zu:n==D?r.distr==3?Xu:r.distr==4?td:qa:r.distr==3?Ka:r.distr==4?Za:Qu)),r.auto=lt(g?!1:r.auto),r.clamp=lt(r.clamp||Ru),r._min=r._max=null,r.valToPct=et(r)}}}J("x"),J("y"),s==1&&w.forEach(n=>{J(n.scale)}),A.forEach(n=>{J(n.scale)});for(let n in e.scales)J(n);const E=_[D],K=E.distr;let V,W;E.ori==0?(de(h,uc),V=a,W=o):(de(h,dc),V=o,W=a);const N={};for(let n in _){let r=_[n];(r.min!=null||r.max!=null)&&(N[n]={min:r.min,max:r.max},r.min=r.max=null)}const st=e.tzDate||(n=>new Date(jt(n/H))),O=e.fmtDate||dn,ee=H==1?uu(st):fu(st),_t=Fr(st,Rr(H==1?cu:pu,O)),at=Or(st,Hr(mu,O)),ht=[],X=i.legend=Ct({},yu,e.legend),R=i.cursor=Ct({},ku,{drag:{y:s==2}},e.cursor),Mt=X.show,qt=R.show,kt=X.markers;X.idxs=ht,kt.width=lt(kt.width),kt.dash=lt(kt.dash),kt.stroke=lt(kt.stroke),kt.fill=lt(kt.fill);let pt,Le,re,Tt=[],Oe=[],qe,ve=!1,ll={};if(X.live){const n=w[1]?w[1].values:null;ve=n!=null,qe=ve?n(i,1,0):{_:0};for(let r in qe)ll[r]=nn}if(Mt)if(pt=je("table",wc,h),re=je("tbody",null,pt),X.mount(i,pt),ve){Le=je("thead",null,pt,re);let n=je("tr",null,Le);je("th",null,n);for(var Ml in qe)je("th",hr,n).textContent=Ml}else de(pt,_c),X.live&&de(pt,xc);const Pl={show:!0},di={show:!1};function Ci(n,r){if(r==0&&(ve||!X.live||s==2))return ii;let c=[],u=je("tr",kc,re,re.childNodes[r]);de(u,n.class),n.show||de(u,Tl);let p=je("th",null,u);if(kt.show){let x=Se(Sc,p);if(r>0){let k=kt.width(i,r);k&&(x.style.border=k+"px "+kt.dash(i,r)+" "+kt.stroke(i,r)),x.style.background=kt.fill(i,r)}}let g=Se(hr,p);n.label instanceof HTMLElement?g.appendChild(n.label):g.textContent=n.label,r>0&&(kt.show||(g.style.color=n.width>0?kt.stroke(i,r):kt.fill(i,r)),Kt("click",p,x=>{if(R._lock)return;yl(x);let k=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=X.isolate){let L=w.some((C,j)=>j>0&&j!=k&&C.show);w.forEach((C,j)=>{j>0&&Ue(j,L?j==k?Pl:di:Pl,!0,At.setSeries)})}else Ue(k,{show:!n.show},!0,At.setSeries)},!1),Vl&&Kt(yr,p,x=>{R._lock||(yl(x),Ue(w.indexOf(n),Yl,!0,At.setSeries))},!1));for(var v in qe){let x=je("td",Tc,u);x.textContent="--",c.push(x)}return[u,c]}const fl=new Map;function Kt(n,r,c,u=!0){const p=fl.get(r)||{},g=R.bind[n](i,r,c,u);g&&(El(n,r,p[n]=g),fl.set(r,p))}function jl(n,r,c){const u=fl.get(r)||{};for(let p in u)(n==null||p==n)&&(Ys(p,r,u[p]),delete u[p]);n==null&&fl.delete(r)}let Ke=0,hl=0,q=0,P=0,yt=0,Pt=0,Dl=yt,ml=Pt,Ie=q,gl=P,ae=0,$e=0,le=0,Ae=0;i.bbox={};let cs=!1,Mi=!1,zl=!1,bl=!1,Pi=!1,we=!1;function us(n,r,c){(c||n!=i.width||r!=i.height)&&Pn(n,r),Il(!1),zl=!0,Mi=!0,Nl()}function Pn(n,r){i.width=Ke=q=n,i.height=hl=P=r,yt=Pt=0,io(),so();let c=i.bbox;ae=c.left=kl(yt*dt,.5),$e=c.top=kl(Pt*dt,.5),le=c.width=kl(q*dt,.5),Ae=c.height=kl(P*dt,.5)}const to=3;function eo(){let n=!1,r=0;for(;!n;){r++;let c=ho(r),u=mo(r);n=r==to||c&&u,n||(Pn(i.width,i.height),Mi=!0)}}function lo({width:n,height:r}){us(n,r)}i.setSize=lo;function io(){let n=!1,r=!1,c=!1,u=!1;A.forEach((p,g)=>{if(p.show&&p._show){let{side:v,_size:x}=p,k=v%2,L=p.label!=null?p.labelSize:0,C=x+L;C>0&&(k?(q-=C,v==3?(yt+=C,u=!0):c=!0):(P-=C,v==0?(Pt+=C,n=!0):r=!0))}}),vl[0]=n,vl[1]=c,vl[2]=r,vl[3]=u,q-=il[1]+il[3],yt+=il[3],P-=il[2]+il[0],Pt+=il[0]}function so(){let n=yt+q,r=Pt+P,c=yt,u=Pt;function p(g,v){switch(g){case 1:return n+=v,n-v;case 2:return r+=v,r-v;case 3:return c-=v,c+v;case 0:return u-=v,u+v}}A.forEach((g,v)=>{if(g.show&&g._show){let x=g.side;g._pos=p(x,g._size),g.label!=null&&(g._lpos=p(x,g.labelSize))}})}if(R.dataIdx==null){let n=R.hover,r=n.skip=new Set(n.skip??[]);r.add(void 0);let c=n.prox=lt(n.prox),u=n.bias??=0;R.dataIdx=(p,g,v,x)=>{if(g==0)return v;let k=v,L=c(p,g,v,x)??gt,C=L>=0&&L<gt,j=E.ori==0?q:P,G=R.left,ut=t[0],ot=t[g];if(r.has(ot[v])){k=null;let tt=null,B=null,F;if(u==0||u==-1)for(F=v;tt==null&&F-- >0;)r.has(ot[F])||(tt=F);if(u==0||u==1)for(F=v;B==null&&F++<ot.length;)r.has(ot[F])||(B=F);if(tt!=null||B!=null)if(C){let wt=tt==null?-1/0:V(ut[tt],E,j,0),Et=B==null?1/0:V(ut[B],E,j,0),It=G-wt,mt=Et-G;It<=mt?It<=L&&(k=tt):mt<=L&&(k=B)}else k=B==null?tt:tt==null?B:v-tt<=B-v?tt:B}else C&&Dt(G-V(ut[v],E,j,0))>L&&(k=null);return k}}const yl=n=>{R.event=n};R.idxs=ht,R._lock=!1;let Jt=R.points;Jt.show=lt(Jt.show),Jt.size=lt(Jt.size),Jt.stroke=lt(Jt.stroke),Jt.width=lt(Jt.width),Jt.fill=lt(Jt.fill);const Ne=i.focus=Ct({},e.focus||{alpha:.3},R.focus),Vl=Ne.prox>=0,Rl=Vl&&Jt.one;let xe=[],Fl=[],Hl=[];function jn(n,r){let c=Jt.show(i,r);if(c instanceof HTMLElement)return de(c,$c),de(c,n.class),Je(c,-10,-10,q,P),T.insertBefore(c,xe[r]),c}function Dn(n,r){if(s==1||r>0){let c=s==1&&_[n.scale].time,u=n.value;n.value=c?jr(u)?Or(st,Hr(u,O)):u||at:u||Du,n.label=n.label||(c?Tu:Su)}if(Rl||r>0){n.width=n.width==null?1:n.width,n.paths=n.paths||Yu||Fc,n.fillTo=lt(n.fillTo||Hu),n.pxAlign=+ct(n.pxAlign,M),n.pxRound=qr(n.pxAlign),n.stroke=lt(n.stroke||null),n.fill=lt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let c=zu(te(1,n.width),1),u=n.points=Ct({},{size:c,width:te(1,c*.2),stroke:n.stroke,space:c*2,paths:qu,_stroke:null,_fill:null},n.points);u.show=lt(u.show),u.filter=lt(u.filter),u.fill=lt(u.fill),u.stroke=lt(u.stroke),u.paths=lt(u.paths),u.pxAlign=n.pxAlign}if(Mt){let c=Ci(n,r);Tt.splice(r,0,c[0]),Oe.splice(r,0,c[1]),X.values.push(null)}if(qt){ht.splice(r,0,null);let c=null;Rl?r==0&&(c=jn(n,r)):r>0&&(c=jn(n,r)),xe.splice(r,0,c),Fl.splice(r,0,0),Hl.splice(r,0,0)}Ot("addSeries",r)}function no(n,r){r=r??w.length,n=s==1?tn(n,r,Nr,Jr):tn(n,r,{},Gr),w.splice(r,0,n),Dn(w[r],r)}i.addSeries=no;function ro(n){if(w.splice(n,1),Mt){X.values.splice(n,1),Oe.splice(n,1);let r=Tt.splice(n,1)[0];jl(null,r.firstChild),r.remove()}qt&&(ht.splice(n,1),xe.splice(n,1)[0].remove(),Fl.splice(n,1),Hl.splice(n,1)),Ot("delSeries",n)}i.delSeries=ro;const vl=[!1,!1,!1,!1];function ao(n,r){if(n._show=n.show,n.show){let c=n.side%2,u=_[n.scale];u==null&&(n.scale=c?w[1].scale:D,u=_[n.scale]);let p=u.time;n.size=lt(n.size),n.space=lt(n.space),n.rotate=lt(n.rotate),ol(n.incrs)&&n.incrs.forEach(v=>{!ul.has(v)&&ul.set(v,$a(v))}),n.incrs=lt(n.incrs||(u.distr==2?ru:p?H==1?ou:du:Sl)),n.splits=lt(n.splits||(p&&u.distr==1?ee:u.distr==3?Ks:u.distr==4?Au:Lu)),n.stroke=lt(n.stroke),n.grid.stroke=lt(n.grid.stroke),n.ticks.stroke=lt(n.ticks.stroke),n.border.stroke=lt(n.border.stroke);let g=n.values;n.values=ol(g)&&!ol(g[0])?lt(g):p?ol(g)?Fr(st,Rr(g,O)):jr(g)?hu(st,g):g||_t:g||Eu,n.filter=lt(n.filter||(u.distr>=3&&u.log==10?Pu:u.distr==3&&u.log==2?ju:ya)),n.font=Xr(n.font),n.labelFont=Xr(n.labelFont),n._size=n.size(i,null,r,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(vl[r]=!0,n._el=Se(gc,b))}}function pi(n,r,c,u){let[p,g,v,x]=c,k=r%2,L=0;return k==0&&(x||g)&&(L=r==0&&!p||r==2&&!v?jt(Ir.size/3):0),k==1&&(p||v)&&(L=r==1&&!g||r==3&&!x?jt(Br.size/2):0),L}const zn=i.padding=(e.padding||[pi,pi,pi,pi]).map(n=>lt(ct(n,pi))),il=i._padding=zn.map((n,r)=>n(i,r,vl,0));let Ut,Vt=null,Rt=null;const ji=s==1?w[0].idxs:null;let Ce=null,fi=!1;function Vn(n,r){if(t=n??[],i.data=i._data=t,s==2){Ut=0;for(let c=1;c<w.length;c++)Ut+=t[c][0].length}else{t.length==0&&(i.data=i._data=t=[[]]),Ce=t[0],Ut=Ce.length;let c=t;if(K==2){c=t.slice();let u=c[0]=Array(Ut);for(let p=0;p<Ut;p++)u[p]=p}i._data=t=c}if(Il(!0),Ot("setData"),K==2&&(zl=!0),r!==!1){let c=E;c.auto(i,fi)?ds():nl(D,c.min,c.max),bl=bl||R.left>=0,we=!0,Nl()}}i.setData=Vn;function ds(){fi=!0;let n,r;s==1&&(Ut>0?(Vt=ji[0]=0,Rt=ji[1]=Ut-1,n=t[0][Vt],r=t[0][Rt],K==2?(n=Vt,r=Rt):n==r&&(K==3?[n,r]=es(n,n,E.log,!1):K==4?[n,r]=an(n,n,E.log,!1):E.time?r=n+jt(86400/H):[n,r]=Zi(n,r,on,!0))):(Vt=ji[0]=n=null,Rt=ji[1]=r=null)),nl(D,n,r)}let Di,Ol,ps,fs,hs,ms,gs,bs,ys,ie;function Rn(n,r,c,u,p,g){n??=gr,c??=un,u??="butt",p??=gr,g??="round",n!=Di&&(m.strokeStyle=Di=n),p!=Ol&&(m.fillStyle=Ol=p),r!=ps&&(m.lineWidth=ps=r),g!=hs&&(m.lineJoin=hs=g),u!=ms&&(m.lineCap=ms=u),c!=fs&&m.setLineDash(fs=c)}function Fn(n,r,c,u){r!=Ol&&(m.fillStyle=Ol=r),n!=gs&&(m.font=gs=n),c!=bs&&(m.textAlign=bs=c),u!=ys&&(m.textBaseline=ys=u)}function vs(n,r,c,u,p=0){if(u.length>0&&n.auto(i,fi)&&(r==null||r.min==null)){let g=ct(Vt,0),v=ct(Rt,u.length-1),x=c.min==null?Pc(u,g,v,p,n.distr==3):[c.min,c.max];n.min=ze(n.min,c.min=x[0]),n.max=te(n.max,c.max=x[1])}}const Hn={min:null,max:null};function oo(){for(let u in _){let p=_[u];N[u]==null&&(p.min==null||N[D]!=null&&p.auto(i,fi))&&(N[u]=Hn)}for(let u in _){let p=_[u];N[u]==null&&p.from!=null&&N[p.from]!=null&&(N[u]=Hn)}N[D]!=null&&Il(!0);let n={};for(let u in N){let p=N[u];if(p!=null){let g=n[u]=si(_[u],Ic);if(p.min!=null)Ct(g,p);else if(u!=D||s==2)if(Ut==0&&g.from==null){let v=g.range(i,null,null,u);g.min=v[0],g.max=v[1]}else g.min=gt,g.max=-gt}}if(Ut>0){w.forEach((u,p)=>{if(s==1){let g=u.scale,v=N[g];if(v==null)return;let x=n[g];if(p==0){let k=x.range(i,x.min,x.max,g);x.min=k[0],x.max=k[1],Vt=De(x.min,t[0]),Rt=De(x.max,t[0]),Rt-Vt>1&&(t[0][Vt]<x.min&&Vt++,t[0][Rt]>x.max&&Rt--),u.min=Ce[Vt],u.max=Ce[Rt]}else u.show&&u.auto&&vs(x,v,u,t[p],u.sorted);u.idxs[0]=Vt,u.idxs[1]=Rt}else if(p>0&&u.show&&u.auto){let[g,v]=u.facets,x=g.scale,k=v.scale,[L,C]=t[p],j=n[x],G=n[k];j!=null&&vs(j,N[x],g,L,g.sorted),G!=null&&vs(G,N[k],v,C,v.sorted),u.min=v.min,u.max=v.max}});for(let u in n){let p=n[u],g=N[u];if(p.from==null&&(g==null||g.min==null)){let v=p.range(i,p.min==gt?null:p.min,p.max==-gt?null:p.max,u);p.min=v[0],p.max=v[1]}}}for(let u in n){let p=n[u];if(p.from!=null){let g=n[p.from];if(g.min==null)p.min=p.max=null;else{let v=p.range(i,g.min,g.max,u);p.min=v[0],p.max=v[1]}}}let r={},c=!1;for(let u in n){let p=n[u],g=_[u];if(g.min!=p.min||g.max!=p.max){g.min=p.min,g.max=p.max;let v=g.distr;g._min=v==3?Qe(g.min):v==4?Vs(g.min,g.asinh):v==100?g.fwd(g.min):g.min,g._max=v==3?Qe(g.max):v==4?Vs(g.max,g.asinh):v==100?g.fwd(g.max):g.max,r[u]=c=!0}}if(c){w.forEach((u,p)=>{s==2?p>0&&r.y&&(u._paths=null):r[u.scale]&&(u._paths=null)});for(let u in r)zl=!0,Ot("setScale",u);qt&&R.left>=0&&(bl=we=!0)}for(let u in N)N[u]=null}function co(n){let r=qs(Vt-1,0,Ut-1),c=qs(Rt+1,0,Ut-1);for(;n[r]==null&&r>0;)r--;for(;n[c]==null&&c<Ut-1;)c++;return[r,c]}function uo(){if(Ut>0){let n=w.some(r=>r._focus)&&ie!=Ne.alpha;n&&(m.globalAlpha=ie=Ne.alpha),w.forEach((r,c)=>{if(c>0&&r.show&&(On(c,!1),On(c,!0),r._paths==null)){let u=ie;ie!=r.alpha&&(m.globalAlpha=ie=r.alpha);let p=s==2?[0,t[c][0].length-1]:co(t[c]);r._paths=r.paths(i,c,p[0],p[1]),ie!=u&&(m.globalAlpha=ie=u)}}),w.forEach((r,c)=>{if(c>0&&r.show){let u=ie;ie!=r.alpha&&(m.globalAlpha=ie=r.alpha),r._paths!=null&&In(c,!1);{let p=r._paths!=null?r._paths.gaps:null,g=r.points.show(i,c,Vt,Rt,p),v=r.points.filter(i,c,g,p);(g||v)&&(r.points._paths=r.points.paths(i,c,Vt,Rt,v),In(c,!0))}ie!=u&&(m.globalAlpha=ie=u),Ot("drawSeries",c)}}),n&&(m.globalAlpha=ie=1)}}function On(n,r){let c=r?w[n].points:w[n];c._stroke=c.stroke(i,n),c._fill=c.fill(i,n)}function In(n,r){let c=r?w[n].points:w[n],{stroke:u,fill:p,clip:g,flags:v,_stroke:x=c._stroke,_fill:k=c._fill,_width:L=c.width}=c._paths;L=bt(L*dt,3);let C=null,j=L%2/2;r&&k==null&&(k=L>0?"#fff":x);let G=c.pxAlign==1&&j>0;if(G&&m.translate(j,j),!r){let ut=ae-L/2,ot=$e-L/2,tt=le+L,B=Ae+L;C=new Path2D,C.rect(ut,ot,tt,B)}r?$s(x,L,c.dash,c.cap,k,u,p,v,g):po(n,x,L,c.dash,c.cap,k,u,p,v,C,g),G&&m.translate(-j,-j)}function po(n,r,c,u,p,g,v,x,k,L,C){let j=!1;k!=0&&Z.forEach((G,ut)=>{if(G.series[0]==n){let ot=w[G.series[1]],tt=t[G.series[1]],B=(ot._paths||Ti).band;ol(B)&&(B=G.dir==1?B[0]:B[1]);let F,wt=null;ot.show&&B&&Dc(tt,Vt,Rt)?(wt=G.fill(i,ut)||g,F=ot._paths.clip):B=null,$s(r,c,u,p,wt,v,x,k,L,C,F,B),j=!0}}),j||$s(r,c,u,p,g,v,x,k,L,C)}const Nn=ni|Qs;function $s(n,r,c,u,p,g,v,x,k,L,C,j){Rn(n,r,c,u,p),(k||L||j)&&(m.save(),k&&m.clip(k),L&&m.clip(L)),j?(x&Nn)==Nn?(m.clip(j),C&&m.clip(C),Vi(p,v),zi(n,g,r)):x&Qs?(Vi(p,v),m.clip(j),zi(n,g,r)):x&ni&&(m.save(),m.clip(j),C&&m.clip(C),Vi(p,v),m.restore(),zi(n,g,r)):(Vi(p,v),zi(n,g,r)),(k||L||j)&&m.restore()}function zi(n,r,c){c>0&&(r instanceof Map?r.forEach((u,p)=>{m.strokeStyle=Di=p,m.stroke(u)}):r!=null&&n&&m.stroke(r))}function Vi(n,r){r instanceof Map?r.forEach((c,u)=>{m.fillStyle=Ol=u,m.fill(c)}):r!=null&&n&&m.fill(r)}function fo(n,r,c,u){let p=A[n],g;if(u<=0)g=[0,0];else{let v=p._space=p.space(i,n,r,c,u),x=p._incrs=p.incrs(i,n,r,c,u,v);g=ed(r,c,x,u,v)}return p._found=g}function ws(n,r,c,u,p,g,v,x,k,L){let C=v%2/2;M==1&&m.translate(C,C),Rn(x,v,k,L,x),m.beginPath();let j,G,ut,ot,tt=p+(u==0||u==3?-g:g);c==0?(G=p,ot=tt):(j=p,ut=tt);for(let B=0;B<n.length;B++)r[B]!=null&&(c==0?j=ut=n[B]:G=ot=n[B],m.moveTo(j,G),m.lineTo(ut,ot));m.stroke(),M==1&&m.translate(-C,-C)}function ho(n){let r=!0;return A.forEach((c,u)=>{if(!c.show)return;let p=_[c.scale];if(p.min==null){c._show&&(r=!1,c._show=!1,Il(!1));return}else c._show||(r=!1,c._show=!0,Il(!1));let g=c.side,v=g%2,{min:x,max:k}=p,[L,C]=fo(u,x,k,v==0?q:P);if(C==0)return;let j=p.distr==2,G=c._splits=c.splits(i,u,x,k,L,C,j),ut=p.distr==2?G.map(F=>Ce[F]):G,ot=p.distr==2?Ce[G[1]]-Ce[G[0]]:L,tt=c._values=c.values(i,c.filter(i,ut,u,C,ot),u,C,ot);c._rotate=g==2?c.rotate(i,tt,u,C):0;let B=c._size;c._size=Te(c.size(i,tt,u,n)),B!=null&&c._size!=B&&(r=!1)}),r}function mo(n){let r=!0;return zn.forEach((c,u)=>{let p=c(i,u,vl,n);p!=il[u]&&(r=!1),il[u]=p}),r}function go(){for(let n=0;n<A.length;n++){let r=A[n];if(!r.show||!r._show)continue;let c=r.side,u=c%2,p,g,v=r.stroke(i,n),x=c==0||c==3?-1:1,[k,L]=r._found;if(r.label!=null){let Qt=r.labelGap*x,ue=jt((r._lpos+Qt)*dt);Fn(r.labelFont[0],v,"center",c==2?vi:mr),m.save(),u==1?(p=g=0,m.translate(ue,jt($e+Ae/2)),m.rotate((c==3?-Gi:Gi)/2)):(p=jt(ae+le/2),g=ue);let xl=ga(r.label)?r.label(i,n,k,L):r.label;m.fillText(xl,p,g),m.restore()}if(L==0)continue;let C=_[r.scale],j=u==0?le:Ae,G=u==0?ae:$e,ut=r._splits,ot=C.distr==2?ut.map(Qt=>Ce[Qt]):ut,tt=C.distr==2?Ce[ut[1]]-Ce[ut[0]]:k,B=r.ticks,F=r.border,wt=B.show?B.size:0,Et=jt(wt*dt),It=jt((r.alignTo==2?r._size-wt-r.gap:r.gap)*dt),mt=r._rotate*-Gi/180,Lt=z(r._pos*dt),oe=(Et+It)*x,Zt=Lt+oe;g=u==0?Zt:0,p=u==1?Zt:0;let _e=r.font[0],Me=r.align==1?Kl:r.align==2?js:mt>0?Kl:mt<0?js:u==0?"center":c==3?js:Kl,We=mt||u==1?"middle":c==2?vi:mr;Fn(_e,v,Me,We);let ce=r.font[1]*r.lineGap,ke=ut.map(Qt=>z(f(Qt,C,j,G))),Pe=r._values;for(let Qt=0;Qt<Pe.length;Qt++){let ue=Pe[Qt];if(ue!=null){u==0?p=ke[Qt]:g=ke[Qt],ue=""+ue;let xl=ue.indexOf(`
`)==-1?[ue]:ue.split(/\n/gm);for(let Xt=0;Xt<xl.length;Xt++){let ar=xl[Xt];mt?(m.save(),m.translate(p,g+Xt*ce),m.rotate(mt),m.fillText(ar,0,0),m.restore()):m.fillText(ar,p,g+Xt*ce)}}}B.show&&ws(ke,B.filter(i,ot,n,L,tt),u,c,Lt,Et,bt(B.width*dt,3),B.stroke(i,n),B.dash,B.cap);let Ge=r.grid;Ge.show&&ws(ke,Ge.filter(i,ot,n,L,tt),u,u==0?2:1,u==0?$e:ae,u==0?Ae:le,bt(Ge.width*dt,3),Ge.stroke(i,n),Ge.dash,Ge.cap),F.show&&ws([Lt],[1],u==0?1:0,u==0?1:2,u==1?$e:ae,u==1?Ae:le,bt(F.width*dt,3),F.stroke(i,n),F.dash,F.cap)}Ot("drawAxes")}function Il(n){w.forEach((r,c)=>{c>0&&(r._paths=null,n&&(s==1?(r.min=null,r.max=null):r.facets.forEach(u=>{u.min=null,u.max=null})))})}let Ri=!1,xs=!1,hi=[];function bo(){xs=!1;for(let n=0;n<hi.length;n++)Ot(...hi[n]);hi.length=0}function Nl(){Ri||(Yc(Un),Ri=!0)}function yo(n,r=!1){Ri=!0,xs=r,n(i),Un(),r&&hi.length>0&&queueMicrotask(bo)}i.batch=yo;function Un(){if(cs&&(oo(),cs=!1),zl&&(eo(),zl=!1),Mi){if(xt(S,Kl,yt),xt(S,vi,Pt),xt(S,xi,q),xt(S,_i,P),xt(T,Kl,yt),xt(T,vi,Pt),xt(T,xi,q),xt(T,_i,P),xt(b,xi,Ke),xt(b,_i,hl),y.width=jt(Ke*dt),y.height=jt(hl*dt),A.forEach(({_el:n,_show:r,_size:c,_pos:u,side:p})=>{if(n!=null)if(r){let g=p===3||p===0?c:0,v=p%2==1;xt(n,v?"left":"top",u-g),xt(n,v?"width":"height",c),xt(n,v?"top":"left",v?Pt:yt),xt(n,v?"height":"width",v?P:q),Js(n,Tl)}else de(n,Tl)}),Di=Ol=ps=hs=ms=gs=bs=ys=fs=null,ie=1,bi(!0),yt!=Dl||Pt!=ml||q!=Ie||P!=gl){Il(!1);let n=q/Ie,r=P/gl;if(qt&&!bl&&R.left>=0){R.left*=n,R.top*=r,Ul&&Je(Ul,jt(R.left),0,q,P),Bl&&Je(Bl,0,jt(R.top),q,P);for(let c=0;c<xe.length;c++){let u=xe[c];u!=null&&(Fl[c]*=n,Hl[c]*=r,Je(u,Te(Fl[c]),Te(Hl[c]),q,P))}}if($t.show&&!Pi&&$t.left>=0&&$t.width>0){$t.left*=n,$t.width*=n,$t.top*=r,$t.height*=r;for(let c in Ls)xt(Jl,c,$t[c])}Dl=yt,ml=Pt,Ie=q,gl=P}Ot("setSize"),Mi=!1}Ke>0&&hl>0&&(m.clearRect(0,0,y.width,y.height),Ot("drawClear"),Y.forEach(n=>n()),Ot("draw")),$t.show&&Pi&&(Fi($t),Pi=!1),qt&&bl&&(wl(null,!0,!1),bl=!1),X.show&&X.live&&we&&(Ts(),we=!1),d||(d=!0,i.status=1,Ot("ready")),fi=!1,Ri=!1}i.redraw=(n,r)=>{zl=r||!1,n!==!1?nl(D,E.min,E.max):Nl()};function _s(n,r){let c=_[n];if(c.from==null){if(Ut==0){let u=c.range(i,r.min,r.max,n);r.min=u[0],r.max=u[1]}if(r.min>r.max){let u=r.min;r.min=r.max,r.max=u}if(Ut>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;n==D&&c.distr==2&&Ut>0&&(r.min=De(r.min,t[0]),r.max=De(r.max,t[0]),r.min==r.max&&r.max++),N[n]=r,cs=!0,Nl()}}i.setScale=_s;let ks,Ss,Ul,Bl,Bn,Wn,Wl,Gl,Gn,Jn,vt,St,sl=!1;const Bt=R.drag;let Ft=Bt.x,Ht=Bt.y;qt&&(R.x&&(ks=Se(yc,T)),R.y&&(Ss=Se(vc,T)),E.ori==0?(Ul=ks,Bl=Ss):(Ul=Ss,Bl=ks),vt=R.left,St=R.top);const $t=i.select=Ct({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Jl=$t.show?Se(bc,$t.over?T:S):null;function Fi(n,r){if($t.show){for(let c in n)$t[c]=n[c],c in Ls&&xt(Jl,c,n[c]);r!==!1&&Ot("setSelect")}}i.setSelect=Fi;function vo(n){if(w[n].show)Mt&&Js(Tt[n],Tl);else if(Mt&&de(Tt[n],Tl),qt){let c=Rl?xe[0]:xe[n];c!=null&&Je(c,-10,-10,q,P)}}function nl(n,r,c){_s(n,{min:r,max:c})}function Ue(n,r,c,u){r.focus!=null&&ko(n),r.show!=null&&w.forEach((p,g)=>{g>0&&(n==g||n==null)&&(p.show=r.show,vo(g),s==2?(nl(p.facets[0].scale,null,null),nl(p.facets[1].scale,null,null)):nl(p.scale,null,null),Nl())}),c!==!1&&Ot("setSeries",n,r),u&&yi("setSeries",i,n,r)}i.setSeries=Ue;function $o(n,r){Ct(Z[n],r)}function wo(n,r){n.fill=lt(n.fill||null),n.dir=ct(n.dir,-1),r=r??Z.length,Z.splice(r,0,n)}function xo(n){n==null?Z.length=0:Z.splice(n,1)}i.addBand=wo,i.setBand=$o,i.delBand=xo;function _o(n,r){w[n].alpha=r,qt&&xe[n]!=null&&(xe[n].style.opacity=r),Mt&&Tt[n]&&(Tt[n].style.opacity=r)}let Ze,rl,$l;const Yl={focus:!0};function ko(n){if(n!=$l){let r=n==null,c=Ne.alpha!=1;w.forEach((u,p)=>{if(s==1||p>0){let g=r||p==0||p==n;u._focus=r?null:g,c&&_o(p,g?1:Ne.alpha)}}),$l=n,c&&Nl()}}Mt&&Vl&&Kt(vr,pt,n=>{R._lock||(yl(n),$l!=null&&Ue(null,Yl,!0,At.setSeries))});function Be(n,r,c){let u=_[r];c&&(n=n/dt-(u.ori==1?Pt:yt));let p=q;u.ori==1&&(p=P,n=p-n),u.dir==-1&&(n=p-n);let g=u._min,v=u._max,x=n/p,k=g+(v-g)*x,L=u.distr;return L==3?li(10,k):L==4?Vc(k,u.asinh):L==100?u.bwd(k):k}function So(n,r){let c=Be(n,D,r);return De(c,t[0],Vt,Rt)}i.valToIdx=n=>De(n,t[0]),i.posToIdx=So,i.posToVal=Be,i.valToPos=(n,r,c)=>_[r].ori==0?a(n,_[r],c?le:q,c?ae:0):o(n,_[r],c?Ae:P,c?$e:0),i.setCursor=(n,r,c)=>{vt=n.left,St=n.top,wl(null,r,c)};function Yn(n,r){xt(Jl,Kl,$t.left=n),xt(Jl,xi,$t.width=r)}function qn(n,r){xt(Jl,vi,$t.top=n),xt(Jl,_i,$t.height=r)}let mi=E.ori==0?Yn:qn,gi=E.ori==1?Yn:qn;function To(){if(Mt&&X.live)for(let n=s==2?1:0;n<w.length;n++){if(n==0&&ve)continue;let r=X.values[n],c=0;for(let u in r)Oe[n][c++].firstChild.nodeValue=r[u]}}function Ts(n,r){if(n!=null&&(n.idxs?n.idxs.forEach((c,u)=>{ht[u]=c}):Oc(n.idx)||ht.fill(n.idx),X.idx=ht[0]),Mt&&X.live){for(let c=0;c<w.length;c++)(c>0||s==1&&!ve)&&Eo(c,ht[c]);To()}we=!1,r!==!1&&Ot("setLegend")}i.setLegend=Ts;function Eo(n,r){let c=w[n],u=n==0&&K==2?Ce:t[n],p;ve?p=c.values(i,n,r)??ll:(p=c.value(i,r==null?null:u[r],n,r),p=p==null?ll:{_:p}),X.values[n]=p}function wl(n,r,c){Gn=vt,Jn=St,[vt,St]=R.move(i,vt,St),R.left=vt,R.top=St,qt&&(Ul&&Je(Ul,jt(vt),0,q,P),Bl&&Je(Bl,0,jt(St),q,P));let u,p=Vt>Rt;Ze=gt,rl=null;let g=E.ori==0?q:P,v=E.ori==1?q:P;if(vt<0||Ut==0||p){u=R.idx=null;for(let x=0;x<w.length;x++){let k=xe[x];k!=null&&Je(k,-10,-10,q,P)}Vl&&Ue(null,Yl,!0,n==null&&At.setSeries),X.live&&(ht.fill(u),we=!0)}else{let x,k,L;s==1&&(x=E.ori==0?vt:St,k=Be(x,D),u=R.idx=De(k,t[0],Vt,Rt),L=V(t[0][u],E,g,0));let C=-10,j=-10,G=0,ut=0,ot=!0,tt="",B="";for(let F=s==2?1:0;F<w.length;F++){let wt=w[F],Et=ht[F],It=Et==null?null:s==1?t[F][Et]:t[F][1][Et],mt=R.dataIdx(i,F,u,k),Lt=mt==null?null:s==1?t[F][mt]:t[F][1][mt];if(we=we||Lt!=It||mt!=Et,ht[F]=mt,F>0&&wt.show){let oe=mt==null?-10:mt==u?L:V(s==1?t[0][mt]:t[F][0][mt],E,g,0),Zt=Lt==null?-10:W(Lt,s==1?_[wt.scale]:_[wt.facets[1].scale],v,0);if(Vl&&Lt!=null){let _e=E.ori==1?vt:St,Me=Dt(Ne.dist(i,F,mt,Zt,_e));if(Me<Ze){let We=Ne.bias;if(We!=0){let ce=Be(_e,wt.scale),ke=Lt>=0?1:-1,Pe=ce>=0?1:-1;Pe==ke&&(Pe==1?We==1?Lt>=ce:Lt<=ce:We==1?Lt<=ce:Lt>=ce)&&(Ze=Me,rl=F)}else Ze=Me,rl=F}}if(we||Rl){let _e,Me;E.ori==0?(_e=oe,Me=Zt):(_e=Zt,Me=oe);let We,ce,ke,Pe,Ge,Qt,ue=!0,xl=Jt.bbox;if(xl!=null){ue=!1;let Xt=xl(i,F);ke=Xt.left,Pe=Xt.top,We=Xt.width,ce=Xt.height}else ke=_e,Pe=Me,We=ce=Jt.size(i,F);if(Qt=Jt.fill(i,F),Ge=Jt.stroke(i,F),Rl)F==rl&&Ze<=Ne.prox&&(C=ke,j=Pe,G=We,ut=ce,ot=ue,tt=Qt,B=Ge);else{let Xt=xe[F];Xt!=null&&(Fl[F]=ke,Hl[F]=Pe,Tr(Xt,We,ce,ue),kr(Xt,Qt,Ge),Je(Xt,Te(ke),Te(Pe),q,P))}}}}if(Rl){let F=Ne.prox,wt=$l==null?Ze<=F:Ze>F||rl!=$l;if(we||wt){let Et=xe[0];Et!=null&&(Fl[0]=C,Hl[0]=j,Tr(Et,G,ut,ot),kr(Et,tt,B),Je(Et,Te(C),Te(j),q,P))}}}if($t.show&&sl)if(n!=null){let[x,k]=At.scales,[L,C]=At.match,[j,G]=n.cursor.sync.scales,ut=n.cursor.drag;if(Ft=ut._x,Ht=ut._y,Ft||Ht){let{left:ot,top:tt,width:B,height:F}=n.select,wt=n.scales[j].ori,Et=n.posToVal,It,mt,Lt,oe,Zt,_e=x!=null&&L(x,j),Me=k!=null&&C(k,G);_e&&Ft?(wt==0?(It=ot,mt=B):(It=tt,mt=F),Lt=_[x],oe=V(Et(It,j),Lt,g,0),Zt=V(Et(It+mt,j),Lt,g,0),mi(ze(oe,Zt),Dt(Zt-oe))):mi(0,g),Me&&Ht?(wt==1?(It=ot,mt=B):(It=tt,mt=F),Lt=_[k],oe=W(Et(It,G),Lt,v,0),Zt=W(Et(It+mt,G),Lt,v,0),gi(ze(oe,Zt),Dt(Zt-oe))):gi(0,v)}else As()}else{let x=Dt(Gn-Bn),k=Dt(Jn-Wn);if(E.ori==1){let G=x;x=k,k=G}Ft=Bt.x&&x>=Bt.dist,Ht=Bt.y&&k>=Bt.dist;let L=Bt.uni;L!=null?Ft&&Ht&&(Ft=x>=L,Ht=k>=L,!Ft&&!Ht&&(k>x?Ht=!0:Ft=!0)):Bt.x&&Bt.y&&(Ft||Ht)&&(Ft=Ht=!0);let C,j;Ft&&(E.ori==0?(C=Wl,j=vt):(C=Gl,j=St),mi(ze(C,j),Dt(j-C)),Ht||gi(0,v)),Ht&&(E.ori==1?(C=Wl,j=vt):(C=Gl,j=St),gi(ze(C,j),Dt(j-C)),Ft||mi(0,g)),!Ft&&!Ht&&(mi(0,0),gi(0,0))}if(Bt._x=Ft,Bt._y=Ht,n==null){if(c){if(rr!=null){let[x,k]=At.scales;At.values[0]=x!=null?Be(E.ori==0?vt:St,x):null,At.values[1]=k!=null?Be(E.ori==1?vt:St,k):null}yi(Ds,i,vt,St,q,P,u)}if(Vl){let x=c&&At.setSeries,k=Ne.prox;$l==null?Ze<=k&&Ue(rl,Yl,!0,x):Ze>k?Ue(null,Yl,!0,x):rl!=$l&&Ue(rl,Yl,!0,x)}}we&&(X.idx=u,Ts()),r!==!1&&Ot("setCursor")}let al=null;Object.defineProperty(i,"rect",{get(){return al==null&&bi(!1),al}});function bi(n=!1){n?al=null:(al=T.getBoundingClientRect(),Ot("syncRect",al))}function Kn(n,r,c,u,p,g,v){R._lock||sl&&n!=null&&n.movementX==0&&n.movementY==0||(Es(n,r,c,u,p,g,v,!1,n!=null),n!=null?wl(null,!0,!0):wl(r,!0,!1))}function Es(n,r,c,u,p,g,v,x,k){if(al==null&&bi(!1),yl(n),n!=null)c=n.clientX-al.left,u=n.clientY-al.top;else{if(c<0||u<0){vt=-10,St=-10;return}let[L,C]=At.scales,j=r.cursor.sync,[G,ut]=j.values,[ot,tt]=j.scales,[B,F]=At.match,wt=r.axes[0].side%2==1,Et=E.ori==0?q:P,It=E.ori==1?q:P,mt=wt?g:p,Lt=wt?p:g,oe=wt?u:c,Zt=wt?c:u;if(ot!=null?c=B(L,ot)?f(G,_[L],Et,0):-10:c=Et*(oe/mt),tt!=null?u=F(C,tt)?f(ut,_[C],It,0):-10:u=It*(Zt/Lt),E.ori==1){let _e=c;c=u,u=_e}}k&&(r==null||r.cursor.event.type==Ds)&&((c<=1||c>=q-1)&&(c=kl(c,q)),(u<=1||u>=P-1)&&(u=kl(u,P))),x?(Bn=c,Wn=u,[Wl,Gl]=R.move(i,c,u)):(vt=c,St=u)}const Ls={width:0,height:0,left:0,top:0};function As(){Fi(Ls,!1)}let Zn,Qn,Xn,tr;function er(n,r,c,u,p,g,v){sl=!0,Ft=Ht=Bt._x=Bt._y=!1,Es(n,r,c,u,p,g,v,!0,!1),n!=null&&(Kt(zs,Ws,lr,!1),yi(br,i,Wl,Gl,q,P,null));let{left:x,top:k,width:L,height:C}=$t;Zn=x,Qn=k,Xn=L,tr=C}function lr(n,r,c,u,p,g,v){sl=Bt._x=Bt._y=!1,Es(n,r,c,u,p,g,v,!1,!0);let{left:x,top:k,width:L,height:C}=$t,j=L>0||C>0,G=Zn!=x||Qn!=k||Xn!=L||tr!=C;if(j&&G&&Fi($t),Bt.setScale&&j&&G){let ut=x,ot=L,tt=k,B=C;if(E.ori==1&&(ut=k,ot=C,tt=x,B=L),Ft&&nl(D,Be(ut,D),Be(ut+ot,D)),Ht)for(let F in _){let wt=_[F];F!=D&&wt.from==null&&wt.min!=gt&&nl(F,Be(tt+B,F),Be(tt,F))}As()}else R.lock&&(R._lock=!R._lock,wl(r,!0,n!=null));n!=null&&(jl(zs,Ws),yi(zs,i,vt,St,q,P,null))}function Lo(n,r,c,u,p,g,v){if(R._lock)return;yl(n);let x=sl;if(sl){let k=!0,L=!0,C=10,j,G;E.ori==0?(j=Ft,G=Ht):(j=Ht,G=Ft),j&&G&&(k=vt<=C||vt>=q-C,L=St<=C||St>=P-C),j&&k&&(vt=vt<Wl?0:q),G&&L&&(St=St<Gl?0:P),wl(null,!0,!0),sl=!1}vt=-10,St=-10,ht.fill(null),wl(null,!0,!0),x&&(sl=x)}function ir(n,r,c,u,p,g,v){R._lock||(yl(n),ds(),As(),n!=null&&yi($r,i,vt,St,q,P,null))}function sr(){A.forEach(ld),us(i.width,i.height,!0)}El(Ki,Xl,sr);const ql={};ql.mousedown=er,ql.mousemove=Kn,ql.mouseup=lr,ql.dblclick=ir,ql.setSeries=(n,r,c,u)=>{let p=At.match[2];c=p(i,r,c),c!=-1&&Ue(c,u,!0,!1)},qt&&(Kt(br,T,er),Kt(Ds,T,Kn),Kt(yr,T,n=>{yl(n),bi(!1)}),Kt(vr,T,Lo),Kt($r,T,ir),Xs.add(i),i.syncRect=bi);const Hi=i.hooks=e.hooks||{};function Ot(n,r,c){xs?hi.push([n,r,c]):n in Hi&&Hi[n].forEach(u=>{u.call(null,i,r,c)})}(e.plugins||[]).forEach(n=>{for(let r in n.hooks)Hi[r]=(Hi[r]||[]).concat(n.hooks[r])});const nr=(n,r,c)=>c,At=Ct({key:null,setSeries:!1,filters:{pub:Mr,sub:Mr},scales:[D,w[1]?w[1].scale:null],match:[Pr,Pr,nr],values:[null,null]},R.sync);At.match.length==2&&At.match.push(nr),R.sync=At;const rr=At.key,Cs=Oa(rr);function yi(n,r,c,u,p,g,v){At.filters.pub(n,r,c,u,p,g,v)&&Cs.pub(n,r,c,u,p,g,v)}Cs.sub(i);function Ao(n,r,c,u,p,g,v){At.filters.sub(n,r,c,u,p,g,v)&&ql[n](null,r,c,u,p,g,v)}i.pub=Ao;function Co(){Cs.unsub(i),Xs.delete(i),fl.clear(),Ys(Ki,Xl,sr),h.remove(),pt?.remove(),Ot("destroy")}i.destroy=Co;function Ms(){Ot("init",e,t),Vn(t||e.data,!1),N[D]?_s(D,N[D]):ds(),Pi=$t.show&&($t.width>0||$t.height>0),bl=we=!0,us(e.width,e.height)}return w.forEach(Dn),A.forEach(ao),l?l instanceof HTMLElement?(l.appendChild(h),Ms()):l(i,Ms):Ms(),i}Gt.assign=Ct;Gt.fmtNum=cn;Gt.rangeNum=Zi;Gt.rangeLog=es;Gt.rangeAsinh=an;Gt.orient=Cl;Gt.pxRatio=dt;Gt.join=Jc;Gt.fmtDate=dn,Gt.tzDate=su;Gt.sync=Oa;{Gt.addGap=Ou,Gt.clipGaps=ss;let e=Gt.paths={points:Ga};e.linear=Ya,e.stepped=Uu,e.bars=Bu,e.spline=Gu}const id='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var sd=Object.defineProperty,ye=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&sd(t,l,s),s};const $n=class $n extends fe{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return $`<figure role="group" aria-label=${this.label} style="margin:0">
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
    </figure>`}totalText(){const t=this.ys.reduce((l,i)=>l+i,0);return`Total: ${this.formatValue(t)} ${this.unit.toLowerCase()}`}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const l=getComputedStyle(this),i=l.getPropertyValue("--pl-chart-color").trim()||l.getPropertyValue("--primary-color").trim()||"#03a9f4",s=l.getPropertyValue("--secondary-text-color").trim()||"#727272",a=l.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",o=`12px ${l.fontFamily||"sans-serif"}`,f=Math.max(Math.floor(t.clientWidth),200),d=this.labels,h=this.xs,y=this.formatValue,m=this.kind==="time",b=this.bucket,S=this.locale,T=m?jo(b)/2:.5,M={stroke:s,font:o,grid:{stroke:a,width:1},ticks:{stroke:a,width:1}},z=w=>m?or(h[w]??0,b,S):d[w]??"",H={width:f,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,A,_)=>[A-T,_+T]},y:{range:(w,A,_)=>[0,_>0?_*1.1:1]}},axes:[m?{...M,splits:w=>Po(h,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,A)=>A.map(_=>or(_,b,S))}:{...M,splits:()=>d.map((w,A)=>A),values:(w,A)=>A.map(_=>d[_]??""),gap:4},{...M,size:48,values:(w,A)=>A.map(_=>y(_))}],series:[{},{label:this.unit,stroke:i,fill:i,width:0,paths:Gt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const A=w.cursor.idx,_=A==null?void 0:this.ys[A];this.readout=_===void 0||A===null||A===void 0?"":`${z(A)}: ${y(_)} ${this.unit.toLowerCase()}`}]}};this.plot=new Gt(H,[this.xs,this.ys],t)}};$n.styles=[he,Mo(id),me`
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
    `];let Yt=$n;ye([U()],Yt.prototype,"kind");ye([U()],Yt.prototype,"label");ye([U()],Yt.prototype,"unit");ye([U({attribute:!1})],Yt.prototype,"xs");ye([U({attribute:!1})],Yt.prototype,"ys");ye([U({attribute:!1})],Yt.prototype,"labels");ye([U()],Yt.prototype,"bucket");ye([U()],Yt.prototype,"locale");ye([U({attribute:!1})],Yt.prototype,"formatValue");ye([U({type:Boolean})],Yt.prototype,"dark");ye([U({type:Number})],Yt.prototype,"height");ye([ua(".plot")],Yt.prototype,"plotEl");ye([I()],Yt.prototype,"readout");ge("pl-chart",Yt);var nd=Object.defineProperty,Qa=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&nd(t,l,s),s};const wn=class wn extends fe{constructor(){super(...arguments),this.label="Jobs by weekday and hour",this.matrix=[]}render(){const t=Do(this.matrix),l=Array.from({length:24},(i,s)=>s);return $`<table aria-label=${this.label}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${l.map(i=>$`<th scope="col" abbr=${`${i}:00`}>${i%3===0?i:""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${zo.map((i,s)=>$`<tr>
              <th scope="row">${i}</th>
              ${l.map(a=>{const o=this.matrix[s]?.[a]??0,f=`${i} ${a}:00–${a+1}:00: ${o} job${o===1?"":"s"}`;return $`<td title=${f} data-weekday=${s} data-hour=${a} data-value=${o}>
                  ${o>0?$`<span class="shade" style=${Yi({opacity:String(.15+.85*(o/t))})}></span>`:""}
                  <span class="sr-only">${o}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};wn.styles=[he,me`
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
    `];let Li=wn;Qa([U()],Li.prototype,"label");Qa([U({attribute:!1})],Li.prototype,"matrix");ge("pl-heatmap",Li);function rd(e,t){return[{id:"jobs",label:"Jobs",value:Wt(e.jobs,t),sub:`${Wt(e.completed,t)} completed · ${Wt(e.failed,t)} failed · ${Wt(e.cancelled,t)} cancelled`},{id:"success_rate",label:"Success rate",value:aa(e.success_rate,t),sub:e.in_progress?`${Wt(e.in_progress,t)} printing now`:void 0},{id:"print_hours",label:"Print time",value:`${Wt(e.print_hours,t,1)} h`,sub:e.avg_print_hours!==null&&e.avg_print_hours!==void 0?`${Wt(e.avg_print_hours,t,2)} h per job`:void 0},{id:"filament",label:"Filament",value:qi(e.filament_g,e.filament_mm,t),sub:e.filament_mm?`${Wt(e.filament_mm/1e3,t,1)} m`:void 0},{id:"cost",label:"Cost",value:oa(e.cost,t)}]}var ad=Object.defineProperty,yn=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&ad(t,l,s),s};const xn=class xn extends fe{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?$`<ul aria-busy="true">
        ${["Jobs","Success rate","Print time","Filament","Cost"].map(l=>$`<li class="card loading"><span class="label">${l}</span><span class="value">…</span></li>`)}
      </ul>`:$`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${rd(this.summary,t).map(l=>$`<li class="card" data-kpi=${l.id}>
          <span class="label">${l.label}</span>
          <span class="value">${l.value}</span>
          ${l.sub?$`<span class="sub">${l.sub}</span>`:""}
        </li>`)}
    </ul>`}};xn.styles=[he,me`
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
    `];let ri=xn;yn([U({attribute:!1})],ri.prototype,"summary");yn([U({attribute:!1})],ri.prototype,"options");yn([U({type:Boolean})],ri.prototype,"loading");ge("pl-kpis",ri);var od=Object.defineProperty,Fe=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&od(t,l,s),s};const _n=class _n extends fe{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0}willUpdate(t){t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Vo(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const l=++this.token,i=this.scope(),s=this.bucket;this.loading=!0,this.error="";const a=()=>l===this.token,o=y=>{a()&&(this.data={...this.data,...y})},f=[t.summary(i).then(y=>o({summary:y})),t.timeseries(i,s,"jobs").then(y=>o({jobs:y})),t.timeseries(i,s,"hours").then(y=>o({hours:y})),t.breakdown(i,"filament_type").then(y=>o({filamentType:y})),t.breakdown(i,"filament_colour").then(y=>o({filamentColour:y})),t.breakdown(i,"printer").then(y=>o({printer:y})),t.breakdown(i,"status").then(y=>o({status:y})),this.histogram(t,i).then(y=>o({histogram:y})),t.breakdown(i,"weekday_hour").then(y=>o({heatmap:Ro(y.rows)}))],d=await Promise.allSettled(f);if(!a())return;const h=d.find(y=>y.status==="rejected");h&&(this.error=Ye(h.reason)),this.loading=!1}async histogram(t,l){return(await Promise.all(Ps.map(s=>t.listJobs({...l,statuses:Fo,min_duration:s.min,...s.max!==void 0?{max_duration:s.max}:{},limit:1})))).map(s=>s.total)}change(t,l){t==="period"&&Ho(l)?(this.period=l,this.bucket=Oo(l)):t==="printer"?this.printer=l:t==="bucket"&&(l==="day"||l==="week"||l==="month")&&(this.bucket=l),this.load()}render(){const t=this.options;if(!t)return nt;const l=this.data,i=cr(l.jobs?.points??[]),s=cr(l.hours?.points??[]),a=d=>[...d?.points??[]].sort((h,y)=>h.bucket<y.bucket?-1:1).map(h=>h.bucket),o=d=>Wt(d,t),f=d=>Wt(d,t,1);return $`
      <div class="selectors" role="group" aria-label="Analytics selection">
        <label
          >Period
          <select name="period" @change=${d=>this.change("period",d.target.value)}>
            ${Io.map(d=>$`<option value=${d.id} ?selected=${d.id===this.period}>${d.label}</option>`)}
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
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Nt(da)} Refresh</button>
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
            .xs=${i[0]}
            .ys=${i[1]}
            .labels=${a(l.jobs)}
            .bucket=${this.bucket}
            .locale=${t.dateLocale}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>Print hours per ${this.bucket}</h2>
          <pl-chart
            label=${`Print hours per ${this.bucket}`}
            unit="Hours"
            .xs=${s[0]}
            .ys=${s[1]}
            .labels=${a(l.hours)}
            .bucket=${this.bucket}
            .locale=${t.dateLocale}
            .formatValue=${f}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>Filament by type</h2>
          <pl-bars
            label="Filament used by type"
            .items=${Oi(ur(l.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>Filament by colour</h2>
          <pl-bars
            label="Filament used by colour"
            .items=${Oi(ur(l.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="printer">
          <h2>Success rate per printer</h2>
          <pl-bars label="Success rate per printer" .max=${100} .items=${Oi(l.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>Jobs by outcome</h2>
          <pl-bars
            label="Jobs by outcome"
            .items=${Oi((l.status?.rows??[]).map(d=>({...d,label:ti(String(d.key??d.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>Print duration</h2>
          <pl-chart
            kind="category"
            label="Ended jobs by print duration"
            unit="Jobs"
            .xs=${Ps.map((d,h)=>h)}
            .ys=${l.histogram??[]}
            .labels=${Ps.map(d=>d.label)}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>When prints start</h2>
          <pl-heatmap .matrix=${l.heatmap??[]}></pl-heatmap>
        </section>
      </div>
    `}};_n.styles=[he,me`
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
    `];let se=_n;Fe([U({attribute:!1})],se.prototype,"api");Fe([U({attribute:!1})],se.prototype,"options");Fe([U({attribute:!1})],se.prototype,"printers");Fe([U({type:Boolean})],se.prototype,"dark");Fe([U({type:Boolean})],se.prototype,"active");Fe([I()],se.prototype,"period");Fe([I()],se.prototype,"printer");Fe([I()],se.prototype,"bucket");Fe([I()],se.prototype,"data");Fe([I()],se.prototype,"loading");Fe([I()],se.prototype,"error");ge("pl-analytics-view",se);const{I:cd}=No,ta=e=>e,ea=()=>document.createComment(""),wi=(e,t,l)=>{const i=e._$AA.parentNode,s=t===void 0?e._$AB:t._$AA;if(l===void 0){const a=i.insertBefore(ea(),s),o=i.insertBefore(ea(),s);l=new cd(a,o,e,e.options)}else{const a=l._$AB.nextSibling,o=l._$AM,f=o!==e;if(f){let d;l._$AQ?.(e),l._$AM=e,l._$AP!==void 0&&(d=e._$AU)!==o._$AU&&l._$AP(d)}if(a!==s||f){let d=l._$AA;for(;d!==a;){const h=ta(d).nextSibling;ta(i).insertBefore(d,s),d=h}}}return l},_l=(e,t,l=e)=>(e._$AI(t,l),e),ud={},dd=(e,t=ud)=>e._$AH=t,pd=e=>e._$AH,Os=e=>{e._$AR(),e._$AA.remove()};const la=(e,t,l)=>{const i=new Map;for(let s=t;s<=l;s++)i.set(e[s],s);return i},ia=Uo(class extends Bo{constructor(e){if(super(e),e.type!==Wo.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,l){let i;l===void 0?l=t:t!==void 0&&(i=t);const s=[],a=[];let o=0;for(const f of e)s[o]=i?i(f,o):o,a[o]=l(f,o),o++;return{values:a,keys:s}}render(e,t,l){return this.dt(e,t,l).values}update(e,[t,l,i]){const s=pd(e),{values:a,keys:o}=this.dt(t,l,i);if(!Array.isArray(s))return this.ut=o,a;const f=this.ut??=[],d=[];let h,y,m=0,b=s.length-1,S=0,T=a.length-1;for(;m<=b&&S<=T;)if(s[m]===null)m++;else if(s[b]===null)b--;else if(f[m]===o[S])d[S]=_l(s[m],a[S]),m++,S++;else if(f[b]===o[T])d[T]=_l(s[b],a[T]),b--,T--;else if(f[m]===o[T])d[T]=_l(s[m],a[T]),wi(e,d[T+1],s[m]),m++,T--;else if(f[b]===o[S])d[S]=_l(s[b],a[S]),wi(e,s[m],s[b]),b--,S++;else if(h===void 0&&(h=la(o,S,T),y=la(f,m,b)),h.has(f[m]))if(h.has(f[b])){const M=y.get(o[S]),z=M!==void 0?s[M]:null;if(z===null){const H=wi(e,s[m]);_l(H,a[S]),d[S]=H}else d[S]=_l(z,a[S]),wi(e,s[m],z),s[M]=null;S++}else Os(s[b]),b--;else Os(s[m]),m++;for(;S<=T;){const M=wi(e,d[T+1]);_l(M,a[S]),d[S++]=M}for(;m<=b;){const M=s[m++];M!==null&&Os(M)}return this.ut=o,dd(e,d),Go}}),sa={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:""},Xa=[{value:"",label:"All statuses",statuses:[]},{value:"completed",label:"Completed",statuses:["completed"]},{value:"failed",label:"Failed (any)",statuses:[...dr]},{value:"cancelled",label:"Cancelled",statuses:["cancelled"]},{value:"in_progress",label:"In progress",statuses:["in_progress"]},...dr.map(e=>({value:`only:${e}`,label:`— ${ti(e)}`,statuses:[e]}))];function fd(e,t){const l={};e.printer&&(l.printer_ids=[e.printer]);const i=Xa.find(o=>o.value===e.status)?.statuses??[];i.length&&(l.statuses=[...i]);const s=e.since?Ns(e.since,"00:00",t):void 0;if(s&&(l.since=s),e.until){const o=new Date(`${e.until}T00:00:00Z`);if(!Number.isNaN(o.getTime())){o.setUTCDate(o.getUTCDate()+1);const f=Ns(o.toISOString().slice(0,10),"00:00",t);f&&(l.until=f)}}e.q.trim()&&(l.q=e.q.trim()),e.filament.trim()&&(l.filament_type=e.filament.trim());const a=en(e.tags);return a.length&&(l.tags=a),l}function hd(e){const t={};return e.printer_ids&&(t.printer_ids=e.printer_ids),e.since&&(t.since=e.since),e.until&&(t.until=e.until),t}var md=Object.defineProperty,Ai=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&md(t,l,s),s};const kn=class kn extends fe{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return $`<dialog
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
    </dialog>`}updated(t){!t.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=gd(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(t){t.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Ve(this,"closed")}};kn.styles=[he,me`
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
    `];let dl=kn;Ai([U()],dl.prototype,"heading");Ai([U({type:Boolean,reflect:!0})],dl.prototype,"open");Ai([U({type:Boolean})],dl.prototype,"wide");Ai([ua("dialog")],dl.prototype,"dialog");Ai([I()],dl.prototype,"hasActions");function gd(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e}ge("pl-dialog",dl);const na=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function Bi(e){if(e==null)return"—";if(typeof e=="string")return e;if(typeof e=="number"||typeof e=="boolean")return String(e);try{return JSON.stringify(e,null,2)}catch{return String(e)}}function bd(e){if(!e)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),l=Object.entries(e).filter(([s,a])=>!t.has(s)&&a!==null&&a!==""),i=s=>{const a=na.indexOf(s);return a<0?na.length:a};return l.sort(([s],[a])=>i(s)-i(a)||s.localeCompare(a))}function Is(e){const t=e.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function yd(e,t){const l={},i=t.notes?.trim()?t.notes:null;(e.notes||null)!==i&&(l.notes=i??""),(e.rating??null)!==t.rating&&(l.rating=t.rating);const s=t.tags;(s.length!==e.tags.length||s.some((o,f)=>o!==e.tags[f]))&&(l.tags=s);const a=t.failure_reason?.trim()?t.failure_reason.trim():null;return(e.failure_reason||null)!==a&&(l.failure_reason=a),(e.cost??null)!==t.cost&&(l.cost=t.cost),l}function vd(e,t){const l={};e.printer_id||(l.printer_id="Choose a printer");const i=e.filename.trim();i||(l.filename="Enter the file name"),(!ca.includes(e.status)||e.status==="in_progress")&&(l.status="Choose how the print ended");const s=Ns(e.start_date,e.start_time||"00:00",t);s||(l.start="Enter the start date and time");const a=(T,M,z)=>{if(!T.trim())return;const H=Number(T);if(!Number.isFinite(H)||H<0){l[M]=`${z} must be a positive number`;return}return H},o=a(e.hours,"duration","Hours")??0,f=a(e.minutes,"duration","Minutes")??0,d=a(e.filament_g,"filament_g","Filament weight"),h=a(e.filament_m,"filament_m","Filament length"),y=a(e.cost,"cost","Cost");if(Object.keys(l).length||!s)return{errors:l};const m=Math.round(o*3600+f*60),b={printer_id:e.printer_id,filename:i,status:e.status,start:s,print_duration:m};m>0&&(b.end=new Date(Date.parse(s)+m*1e3).toISOString()),d!==void 0&&(b.filament_weight_g=d),h!==void 0&&(b.filament_used_mm=h*1e3),e.filament_type.trim()&&(b.filament_type=e.filament_type.trim()),y!==void 0&&(b.cost=y);const S=en(e.tags);return S.length&&(b.tags=S),e.notes.trim()&&(b.notes=e.notes),e.failure_reason.trim()&&(b.failure_reason=e.failure_reason.trim()),e.rating&&(b.rating=e.rating),{job:b,errors:l}}var $d=Object.defineProperty,os=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&$d(t,l,s),s};const Sn=class Sn extends fe{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const i=this.value?`Rated ${this.value} of 5`:"Not rated";return $`<span role="img" aria-label=${i} title=${i}
        >${[1,2,3,4,5].map(s=>$`<span class=${s<=t?"":"empty"}>${Nt(s<=t?pr:fr)}</span>`)}</span
      >`}const l=this.subject?`Rating of ${this.subject}`:"Rating";return $`<span role="group" aria-label=${l}
      >${[1,2,3,4,5].map(i=>$`<button
            type="button"
            class=${i<=t?"":"empty"}
            aria-label=${`${i} star${i>1?"s":""}`}
            aria-pressed=${i===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(i)}
          >
            ${Nt(i<=t?pr:fr)}
          </button>`)}</span
    >`}choose(t){const l=t===this.value?null:t;this.value=l,Ve(this,"value-changed",{value:l})}};Sn.styles=[he,me`
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
    `];let Al=Sn;os([U({type:Number})],Al.prototype,"value");os([U({type:Boolean})],Al.prototype,"readonly");os([U({type:Boolean})],Al.prototype,"disabled");os([U()],Al.prototype,"subject");ge("pl-rating",Al);var wd=Object.defineProperty,pl=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&wd(t,l,s),s};const Tn=class Tn extends fe{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.cost=""}willUpdate(){this.job&&this.job.id!==this.loadedId&&(this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", "),this.reason=this.job.failure_reason??"",this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost))}render(){if(!this.job)return $``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return $`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
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
        <button type="button" class="btn" @click=${()=>Ve(this,"cancel")}>Cancel</button>
        <button type="submit" class="btn primary" ?disabled=${this.busy}>Save</button>
      </div>
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),Ve(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const l=this.cost.trim(),i=l===""?null:Number(l);if(i!==null&&(!Number.isFinite(i)||i<0)){this.error="Cost must be a positive number";return}const s=yd(this.job,{notes:this.notes,rating:this.rating,tags:en(this.tags),failure_reason:this.reason,cost:i});Ve(this,"save",{changes:s})}};Tn.styles=[he,me`
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
    `];let Re=Tn;pl([U({attribute:!1})],Re.prototype,"job");pl([U({type:Boolean})],Re.prototype,"busy");pl([U()],Re.prototype,"error");pl([I()],Re.prototype,"notes");pl([I()],Re.prototype,"rating");pl([I()],Re.prototype,"tags");pl([I()],Re.prototype,"reason");pl([I()],Re.prototype,"cost");ge("pl-job-editor",Re);var xd=Object.defineProperty,He=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&xd(t,l,s),s};const En=class En extends fe{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.loadToken=0}willUpdate(t){(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const l=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const i=await t.getJob(this.jobId);if(l!==this.loadToken)return;if(this.job=i,i.has_thumbnail){this.thumbnailState="loading";try{const s=await t.thumbnail(i.id);if(l!==this.loadToken)return;s?(this.thumbnailUrl=URL.createObjectURL(s),this.thumbnailState="ok"):this.thumbnailState="none"}catch{l===this.loadToken&&(this.thumbnailState="error")}}}catch(i){l===this.loadToken&&(this.error=Ye(i))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return $`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>Retry</button>
      </div>`;const t=this.job,l=this.options;if(!t||!l)return $`<p class="muted" aria-busy="true">Loading…</p>`;const i=Us(t.status),s=Ji(t.filament_colour);return $`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?$`<img src=${this.thumbnailUrl??""} alt=${`Thumbnail of ${t.filename}`} />`:$`<span class="muted"
                >${this.thumbnailState==="loading"?"Loading…":this.thumbnailState==="error"?"Thumbnail unavailable":"No thumbnail"}</span
              >`}
        </div>
        <div>
          <div class="filename">${t.filename}</div>
          <p><span class=${`chip status-${i}`}>${ti(t.status)}</span> <span class="muted">${t.source}</span></p>
          <dl>
            <dt>Printer</dt>
            <dd>${t.printer_name}</dd>
            <dt>Started</dt>
            <dd>${Ql(t.start,l)}</dd>
            <dt>Ended</dt>
            <dd>${Ql(t.end,l)}</dd>
            <dt>Print time</dt>
            <dd>
              ${cl(t.print_duration)}
              ${t.estimated_time?$`<span class="muted">(estimated ${cl(t.estimated_time)})</span>`:nt}
            </dd>
            <dt>Total time</dt>
            <dd>${cl(t.total_duration)}</dd>
            ${t.pause_count?$`<dt>Pauses</dt>
                  <dd>${t.pause_count} (${cl(t.paused_duration)})</dd>`:nt}
            <dt>Filament</dt>
            <dd>
              ${s?$`<span class="swatch" style=${`background:${s}`}></span>`:nt}
              ${qi(t.filament_weight_g,t.filament_used_mm,l)}
              ${t.filament_type??""}
              <span class="muted">${Wt(t.filament_used_mm/1e3,l,2)} m</span>
            </dd>
            <dt>Cost</dt>
            <dd>${oa(t.cost,l)}</dd>
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
                  <button class="btn" @click=${this.startEdit}>${Nt(Bs)} Edit</button>
                  <button class="btn danger" @click=${()=>Ve(this,"delete-jobs",{jobs:[t]})}>
                    ${Nt(Wi)} Delete
                  </button>
                </div>`:nt}`}

      <h3>Slicer settings</h3>
      ${this.renderDetails(t)}

      <h3>Timeline</h3>
      ${t.events.length?$`<ol class="timeline">
            ${t.events.map(a=>$`<li>
                <strong>${Is(a.type)}</strong>
                <span class="muted">${Ql(a.at,l)}</span>
                ${a.data&&Object.keys(a.data).length?$`<div class="muted">
                      ${Object.entries(a.data).map(([o,f])=>$`<span>${Is(o)}: ${Bi(f)}</span> `)}
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
                    <td><pre>${Bi(o)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:$`<p class="muted">No metadata</p>`}
    `}renderDetails(t){const l=bd(t.details);return l.length?$`<table>
      <tbody>
        ${l.map(([i,s])=>$`<tr>
            <th scope="row">${Is(i)}</th>
            <td>${typeof s=="object"?$`<pre>${Bi(s)}</pre>`:Bi(s)}</td>
          </tr>`)}
      </tbody>
    </table>`:$`<p class="muted">No slicer settings known</p>`}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const l=t.detail.changes;if(!Object.keys(l).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const i=await this.api.updateJob(this.job.id,l);this.job={...this.job,...i},this.editing=!1,Ve(this,"job-updated",{job:i})}catch(i){this.saveError=Ye(i)}finally{this.saving=!1}}};En.styles=[he,me`
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
    `];let ne=En;He([U({attribute:!1})],ne.prototype,"api");He([U({attribute:!1})],ne.prototype,"options");He([U()],ne.prototype,"jobId");He([U({type:Boolean})],ne.prototype,"admin");He([I()],ne.prototype,"job");He([I()],ne.prototype,"error");He([I()],ne.prototype,"editing");He([I()],ne.prototype,"saving");He([I()],ne.prototype,"saveError");He([I()],ne.prototype,"thumbnailUrl");He([I()],ne.prototype,"thumbnailState");ge("pl-job-detail",ne);var _d=Object.defineProperty,ui=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&_d(t,l,s),s};const Ln=class Ln extends fe{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:Jo(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return l=>{this.values={...this.values,[t]:l.target.value}}}field(t){return this.errors[t]?$`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,l=i=>this.errors[i]?`err-${i}`:"";return $`<form @submit=${this.onSubmit} novalidate>
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
          ${ca.filter(i=>i!=="in_progress").map(i=>$`<option value=${i} ?selected=${i===t.status}>${ti(i)}</option>`)}
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
        <button type="button" class="btn" @click=${()=>Ve(this,"cancel")}>Cancel</button>
        <button type="submit" class="btn primary" ?disabled=${this.busy}>Add job</button>
      </div>
    </form>`}onSubmit(t){t.preventDefault();const{job:l,errors:i}=vd(this.values,this.timeZone);this.errors=i,l?Ve(this,"create",{job:l}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};Ln.styles=[he,me`
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
    `];let tl=Ln;ui([U({attribute:!1})],tl.prototype,"printers");ui([U()],tl.prototype,"timeZone");ui([U({type:Boolean})],tl.prototype,"busy");ui([U()],tl.prototype,"error");ui([I()],tl.prototype,"values");ui([I()],tl.prototype,"errors");ge("pl-job-form",tl);var kd=Object.defineProperty,rt=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&kd(t,l,s),s};const ra=[{key:"filename",label:"File",sort:"filename"},{key:"printer",label:"Printer",sort:"printer"},{key:"status",label:"Status",sort:"status"},{key:"start",label:"Started",sort:"start"},{key:"print_duration",label:"Print time",sort:"print_duration"},{key:"filament",label:"Filament",sort:"filament_used_mm"},{key:"rating",label:"Rating",sort:"rating"},{key:"tags",label:"Tags"},{key:"notes",label:"Notes"}],Sd=[25,50,100,200],An=class An extends fe{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.filters={...sa},this.showFilters=!1,this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.summaryLoading=!1,this.editError="",this.selected=new Set,this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",this.filamentTypes=[],this.listToken=0,this.summaryToken=0,this.pendingList=!1}willUpdate(t){t.has("api")&&this.api&&(this.reload(),this.loadFilamentTypes())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer),clearTimeout(this.messageTimer)}get tz(){return this.options?.timeZone}params(){return fd(this.filters,this.tz)}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.api;if(!t)return;const l=++this.listToken;this.loading=!0,this.error="";try{const i=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null});if(l!==this.listToken)return;this.jobs=i.jobs,this.total=i.total,this.nextCursor=i.next_cursor,this.loaded=!0}catch(i){l===this.listToken&&(this.error=Ye(i))}finally{l===this.listToken&&(this.loading=!1)}}async loadSummary(){const t=this.api;if(!t)return;const l=++this.summaryToken;this.summaryLoading=!0;try{const i=await t.summary(hd(this.params()));l===this.summaryToken&&(this.summary=i)}catch(i){l===this.summaryToken&&(this.error||=Ye(i))}finally{l===this.summaryToken&&(this.summaryLoading=!1)}}async loadFilamentTypes(){if(this.api)try{const t=await this.api.breakdown({},"filament_type");this.filamentTypes=t.rows.map(l=>l.label??(l.key===null?"":String(l.key))).filter(l=>l).sort((l,i)=>l.localeCompare(i))}catch{}}handleLiveEvent(t){t.type==="job_changed"?(this.jobs.findIndex(i=>i.id===t.job.id)>=0?this.jobs=this.jobs.map(i=>i.id===t.job.id?{...i,...t.job}:i):this.page===0&&this.scheduleRefresh(),this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.scheduleRefresh(!0)):t.type==="job_deleted"?(this.jobs.some(l=>l.id===t.job_id)&&(this.jobs=this.jobs.filter(l=>l.id!==t.job_id),this.total=Math.max(this.total-1,0)),this.detailId===t.job_id&&(this.detailId=""),this.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.scheduleRefresh()}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const l=this.pendingList;this.pendingList=!1,l&&!this.editingId&&this.loadPage(),this.loadSummary()},1500)}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>this.message="",4e3)}setFilter(t,l,i=!1){this.filters={...this.filters,[t]:l},clearTimeout(this.searchTimer),i?this.searchTimer=setTimeout(()=>{this.reload()},300):this.reload()}clearFilters(){this.filters={...sa},this.reload()}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=t==="filename"||t==="printer"||t==="status"?"asc":"desc"),this.cursors=[null],this.page=0,this.loadPage()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.loadPage())}async saveChanges(t,l){if(!this.api)return!1;if(!Object.keys(l).length)return!0;this.savingId=t.id,this.editError="";try{const i=await this.api.updateJob(t.id,l);return this.applyUpdated(i),this.notify(`Saved ${t.filename}`),!0}catch(i){return this.editError=Ye(i),this.notify(`Could not save: ${this.editError}`),!1}finally{this.savingId=void 0}}applyUpdated(t){this.jobs=this.jobs.map(l=>l.id===t.id?{...l,...Td(t)}:l)}async onEditorSave(t,l){await this.saveChanges(t,l.detail.changes)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}askDelete(t){this.deleteError="",this.confirmJobs=t}async confirmDelete(){if(!this.api||!this.confirmJobs.length)return;const t=this.confirmJobs.map(l=>l.id);this.deleting=!0,this.deleteError="";try{const l=await this.api.deleteJobs(t),i=new Set(t);this.jobs=this.jobs.filter(s=>!i.has(s.id)),this.total=Math.max(this.total-l,0),this.selected=new Set([...this.selected].filter(s=>!i.has(s))),i.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.notify(`Deleted ${l} job${l===1?"":"s"}`),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}catch(l){this.deleteError=Ye(l)}finally{this.deleting=!1}}openAdd(){this.addError="",this.adding=!0,this.renderRoot.querySelector("pl-job-form")?.reset()}async createJob(t){if(this.api){this.addBusy=!0,this.addError="";try{const l=await this.api.createJob(t.detail.job);this.adding=!1,this.notify(`Added ${l.filename}`),await this.reload()}catch(l){this.addError=Ye(l)}finally{this.addBusy=!1}}}toggleSelected(t,l){const i=new Set(this.selected);l?i.add(t):i.delete(t),this.selected=i}toggleAll(t){this.selected=t?new Set(this.jobs.map(l=>l.id)):new Set}showJob(t){this.detailId=t}render(){const t=this.options;return $`
      <section aria-label="Key figures">
        <pl-kpis .summary=${this.summary} .options=${t} .loading=${this.summaryLoading}></pl-kpis>
      </section>
      ${this.renderToolbar()} ${this.showFilters?this.renderFilters():nt}
      ${this.error?$`<div class="error-banner" role="alert">
            <span>Could not load the jobs: ${this.error}</span>
            <button class="btn" @click=${()=>this.reload()}>${Nt(da)} Retry</button>
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
        ${Nt(ic)} Filters${t?` (${t})`:""}
      </button>
      <span class="spacer"></span>
      ${this.admin&&this.selected.size?$`<button
            class="btn danger"
            @click=${()=>this.askDelete(this.jobs.filter(l=>this.selected.has(l.id)))}
          >
            ${Nt(Wi)} Delete ${this.selected.size}
          </button>`:nt}
      ${this.admin?$`<button class="btn primary" @click=${this.openAdd} ?disabled=${!this.printers.length}>
            ${Nt(nc)} Add job
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
          ${Xa.map(i=>$`<option value=${i.value} ?selected=${i.value===t.status}>${i.label}</option>`)}
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
    </div>`}renderTable(){const t=this.options;if(!t)return nt;const l=this.jobs.length>0&&this.jobs.every(s=>this.selected.has(s.id)),i=ra.length+(this.admin?2:0);return $`<div class="table-wrap">
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
            ${ra.map(s=>{const a=s.sort&&s.sort===this.sort,o=a?this.order==="asc"?"ascending":"descending":void 0;return $`<th scope="col" aria-sort=${o??nt}>
                ${s.sort?$`<button class="sort" @click=${()=>this.sortBy(s.sort)}>
                      ${s.label}<span aria-hidden="true">${a?this.order==="asc"?"▲":"▼":""}</span>
                    </button>`:s.label}
              </th>`})}
            ${this.admin?$`<th scope="col"><span class="sr-only">Actions</span></th>`:nt}
          </tr>
        </thead>
        <tbody>
          ${ia(this.jobs,s=>s.id,s=>$`${this.renderRow(s,t)}
            ${this.editingId===s.id?$`<tr class="editor-row">
                  <td colspan=${i}>
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
                <td class="empty muted" colspan=${i}>No jobs match these filters</td>
              </tr>`:nt}
        </tbody>
      </table>
    </div>`}renderRow(t,l){const i=Ji(t.filament_colour);return $`<tr data-job-id=${t.id} class=${this.selected.has(t.id)?"selected":""}>
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
      <td data-col="status"><span class=${`chip status-${Us(t.status)}`}>${ti(t.status)}</span></td>
      <td class="num" data-col="start" title=${Ql(t.start,l)}>${Ql(t.start,l,!1)}</td>
      <td class="num" data-col="print_duration">${cl(t.print_duration)}</td>
      <td class="num" data-col="filament">
        ${i?$`<span class="swatch" style=${`background:${i}`}></span>`:nt}
        ${qi(t.filament_weight_g,t.filament_used_mm,l)}
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
              ${Nt(Bs)}
            </button>
            <button class="icon-btn" aria-label=${`Delete ${t.filename}`} @click=${()=>this.askDelete([t])}>
              ${Nt(Wi)}
            </button>
          </td>`:nt}
    </tr>`}renderCards(){const t=this.options;return t?this.loaded&&!this.jobs.length?$`<div class="empty muted">No jobs match these filters</div>`:$`<ul class="cards" aria-label="Print jobs">
      ${ia(this.jobs,l=>l.id,l=>$`<li class="card" data-job-id=${l.id}>
          <div class="head">
            <button class="file" data-col="filename" @click=${()=>this.showJob(l.id)} aria-haspopup="dialog">
              ${l.filename}
            </button>
            <span class=${`chip status-${Us(l.status)}`}>${ti(l.status)}</span>
          </div>
          <div class="line">
            ${l.printer_name} · ${Ql(l.start,t)} · ${cl(l.print_duration)} ·
            ${qi(l.filament_weight_g,l.filament_used_mm,t)}
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
            ${this.admin?$`<button
                    class="icon-btn"
                    data-edit=${l.id}
                    aria-label=${`Edit ${l.filename}`}
                    aria-expanded=${this.editingId===l.id?"true":"false"}
                    @click=${()=>this.editingId===l.id?this.closeEditor(l.id):this.openEditor(l)}
                  >
                    ${Nt(Bs)}
                  </button>
                  <button class="icon-btn" aria-label=${`Delete ${l.filename}`} @click=${()=>this.askDelete([l])}>
                    ${Nt(Wi)}
                  </button>`:nt}
          </div>
          ${this.editingId===l.id?$`<pl-job-editor
                .job=${l}
                .busy=${this.savingId===l.id}
                .error=${this.editError}
                @save=${i=>this.onEditorSave(l,i)}
                @cancel=${()=>this.closeEditor(l.id)}
              ></pl-job-editor>`:nt}
        </li>`)}
    </ul>`:nt}renderPager(){const t=this.page*this.limit+(this.jobs.length?1:0),l=this.page*this.limit+this.jobs.length;return $`<nav class="pager" aria-label="Pages">
      <label
        >Rows per page
        <select
          @change=${i=>{this.limit=Number(i.target.value),this.reload()}}
        >
          ${Sd.map(i=>$`<option value=${i} ?selected=${i===this.limit}>${i}</option>`)}
        </select>
      </label>
      <span class="muted" data-total=${this.total}>${t}–${l} of ${this.total}</span>
      <button class="icon-btn" aria-label="Previous page" ?disabled=${this.page===0||this.loading} @click=${this.prevPage}>
        ${Nt(tc)}
      </button>
      <button class="icon-btn" aria-label="Next page" ?disabled=${!this.nextCursor||this.loading} @click=${this.nextPage}>
        ${Nt(ec)}
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
    `}};An.styles=[he,me`
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
    `];let it=An;rt([U({attribute:!1})],it.prototype,"api");rt([U({attribute:!1})],it.prototype,"options");rt([U({attribute:!1})],it.prototype,"printers");rt([U({type:Boolean})],it.prototype,"admin");rt([U({type:Boolean,reflect:!0})],it.prototype,"narrow");rt([I()],it.prototype,"filters");rt([I()],it.prototype,"showFilters");rt([I()],it.prototype,"sort");rt([I()],it.prototype,"order");rt([I()],it.prototype,"limit");rt([I()],it.prototype,"cursors");rt([I()],it.prototype,"page");rt([I()],it.prototype,"jobs");rt([I()],it.prototype,"total");rt([I()],it.prototype,"nextCursor");rt([I()],it.prototype,"loading");rt([I()],it.prototype,"loaded");rt([I()],it.prototype,"error");rt([I()],it.prototype,"summary");rt([I()],it.prototype,"summaryLoading");rt([I()],it.prototype,"editingId");rt([I()],it.prototype,"savingId");rt([I()],it.prototype,"editError");rt([I()],it.prototype,"selected");rt([I()],it.prototype,"confirmJobs");rt([I()],it.prototype,"deleting");rt([I()],it.prototype,"deleteError");rt([I()],it.prototype,"detailId");rt([I()],it.prototype,"adding");rt([I()],it.prototype,"addBusy");rt([I()],it.prototype,"addError");rt([I()],it.prototype,"message");rt([I()],it.prototype,"filamentTypes");function Td(e){const{details:t,events:l,metadata:i,...s}=e;return s}ge("pl-jobs-view",it);var Ed=Object.defineProperty,Ld=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&Ed(t,l,s),s};const Cn=class Cn extends fe{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?$`<ul aria-label="Printers">
      ${this.printers.map(t=>{const l=t.current_job,i=t.online&&!!l&&(t.print_state==="printing"||t.print_state==="paused"),s=Yo(t),a=qo(t);return $`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${i?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${s}</span>
          </div>
          ${l?$`<button class="file" title=${l.filename} @click=${()=>Ve(this,"show-job",{jobId:l.id})}>
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
                  <div style=${Yi({width:`${Math.round(l.progress*1e3)/10}%`})}></div>
                </div>
                <div class="meta">
                  <span>${Math.round(l.progress*100)} %</span>
                  <span>${cl(l.print_duration)} elapsed</span>
                  <span>${a!==null?`${cl(a)} left`:""}</span>
                </div>`:$`<span class="muted">No job running</span>`}
        </li>`})}
    </ul>`:$``}};Cn.styles=[he,me`
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
    `];let Xi=Cn;Ld([U({attribute:!1})],Xi.prototype,"printers");ge("pl-live-strip",Xi);var Ad=Object.defineProperty,el=(e,t,l,i)=>{for(var s=void 0,a=e.length-1,o;a>=0;a--)(o=e[a])&&(s=o(t,l,s)||s);return s&&Ad(t,l,s),s};const Mn=class Mn extends fe{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError=""}willUpdate(t){if(t.has("hass")&&this.hass){const l=this.hass.connection;l!==this.connection&&(this.connection=l,this.api=new Ko(this.hass),this.resubscribe(),this.loadPrinters());const i=t.get("hass");(!this.options||!i||i.locale!==this.hass.locale||i.config!==this.hass.config)&&(this.options=Zo(this.hass))}}connectedCallback(){super.connectedCallback(),this.api&&!this.unsubscribe&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.dropSubscription()}dropSubscription(){const t=this.unsubscribe;this.unsubscribe=void 0,t?.then(l=>l?.()).catch(()=>{})}resubscribe(){this.dropSubscription();const t=this.api;!t||!this.isConnected||(this.unsubscribe=t.subscribe(l=>this.onLiveEvent(l)).catch(l=>{console.warn("print_logger: live updates unavailable:",Ye(l))}))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Ye(t)}}onLiveEvent(t){if(t.type==="printer"){const l=this.printers.findIndex(i=>i.id===t.printer.id);this.printers=l>=0?this.printers.map(i=>i.id===t.printer.id?t.printer:i):[...this.printers,t.printer]}else if(t.type==="job_changed"){const l=t.job;this.printers=this.printers.map(i=>i.id!==l.printer_id?i:l.status==="in_progress"?{...i,current_job:l}:i.current_job?.id===l.id?{...i,current_job:null}:i)}this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t)}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const l=this.view==="jobs"?"analytics":"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"analytics":l),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options)return nt;const t=!!this.hass.user?.is_admin,l=(i,s,a)=>$`<button
        role="tab"
        id=${`tab-${i}`}
        aria-selected=${this.view===i?"true":"false"}
        aria-controls=${`view-${i}`}
        aria-label=${s}
        tabindex=${this.view===i?0:-1}
        @click=${()=>this.select(i)}
      >
        ${Nt(a)}<span class="label">${s}</span>
      </button>`;return $`
      <header>
        ${this.narrow?$`<button class="icon-btn" aria-label="Open the sidebar" @click=${()=>Ve(this,"hass-toggle-menu")}>
              ${Nt(sc)}
            </button>`:nt}
        <h1>${this.panel?.title||"Print Log"}</h1>
        <div role="tablist" aria-label="Views" @keydown=${this.onTabKey}>
          ${l("jobs","Jobs",rc)} ${l("analytics","Analytics",Xo)}
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
    `}};Mn.styles=[he,me`
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
    `];let Ee=Mn;el([U({attribute:!1})],Ee.prototype,"hass");el([U({type:Boolean,reflect:!0})],Ee.prototype,"narrow");el([U({attribute:!1})],Ee.prototype,"panel");el([U({attribute:!1})],Ee.prototype,"route");el([I()],Ee.prototype,"view");el([I()],Ee.prototype,"printers");el([I()],Ee.prototype,"printersError");el([I()],Ee.prototype,"api");el([I()],Ee.prototype,"options");ge("print-logger-panel",Ee);
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
