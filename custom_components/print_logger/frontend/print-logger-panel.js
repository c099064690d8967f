import{j as Lc,e as Kr,i as Zr,A as E,l as c,f as Fs,a as De,b as Qr,c as Dc,d as cl,g as Jt,h as te,k as Wt,m as g,o as un,n as D,p as Kt,r as Ic,q as Mc,s as F,t as qo,u as Pc,v as Rc,w as zc,x as Oc,y as Fc,z as Nc,B as Uc,C as Vc,D as Lt,E as hn,F as Bc,G as Hc,H as Wc,P as Gc,I as qc,J as jt,K as An,L as Yo,M as as,N as Xl,O as dl,Q as Yc,R as ei,S as Xr,T as fn,U as pl,V as Jc,W as Kc,X as Ln,Y as Zc,Z as Qc,_ as Xc,$ as $l,a0 as Ie,a1 as ti,a2 as yl,a3 as ta,a4 as ea,a5 as Us,a6 as ia,a7 as sa,a8 as td,a9 as tn,aa as ue,ab as Jo,ac as Ko,ad as la,ae as ed,af as mn,ag as Zo,ah as na,ai as id,aj as sd,ak as ld,al as nd,am as od,an as rd,ao as ad,ap as Qo,aq as cd,ar as dd,as as pd,at as ud,au as hd,av as fd,aw as md}from"./chunks/shared-C8vsxwla.js";import"./chunks/shared-D8_b-Rn0.js";const{I:gd}=Lc,Xo=i=>i,tr=()=>document.createComment(""),Cs=(i,t,e)=>{const s=i._$AA.parentNode,l=t===void 0?i._$AB:t._$AA;if(e===void 0){const o=s.insertBefore(tr(),l),a=s.insertBefore(tr(),l);e=new gd(o,a,i,i.options)}else{const o=e._$AB.nextSibling,a=e._$AM,h=a!==i;if(h){let u;e._$AQ?.(i),e._$AM=i,e._$AP!==void 0&&(u=i._$AU)!==a._$AU&&e._$AP(u)}if(o!==l||h){let u=e._$AA;for(;u!==o;){const f=Xo(u).nextSibling;Xo(s).insertBefore(u,l),u=f}}}return e},Di=(i,t,e=i)=>(i._$AI(t,e),i),bd={},oa=(i,t=bd)=>i._$AH=t,$d=i=>i._$AH,en=i=>{i._$AR(),i._$AA.remove()};const yd=Kr(class extends Zr{constructor(){super(...arguments),this.key=E}render(i,t){return this.key=i,t}update(i,[t,e]){return t!==this.key&&(oa(i),this.key=t),e}});function As(i,t,e,s=!1){return i.map(l=>{const o=l.key===null||l.key===void 0?"":String(l.key),a=l.label||o||c("common.unknown"),h=Number(l[t]??0);let u,f;t==="success_rate"?(u=Fs(l.success_rate,e),f=c("common.n_jobs",{count:l.jobs,n:De(l.jobs,e)})):t==="filament_g"?(u=Qr(h,e,0),f=c("common.n_jobs",{count:l.jobs,n:De(l.jobs,e)})):t==="hours"?u=Dc(h,"hours",e,1):u=De(h,e);const y={key:o,label:a,value:h,display:u};if(f&&(y.note=f),s){const b=cl(o)??cl(l.label);b&&(y.colour=b)}return y})}const vd=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],er=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Dn=vd.filter(i=>i!=="in_progress"),ra=["spaghetti","bed_adhesion","clog","layer_shift","filament_runout","cancelled_on_purpose","other"],_d=["last_start","prints","success_rate","filename","print_duration","filament"];function gn(i){return typeof i=="string"&&ra.includes(i)}function vl(i){return i?gn(i)?c(`failure.${i}`):i:""}var wd=Object.defineProperty,In=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&wd(t,e,l),l};const Xn=class Xn extends Jt{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return g`<div class="empty muted">${c("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(e=>e.value),0);return g`<ul aria-label=${this.label}>
      ${this.items.map(e=>{const s=t>0?Math.max(0,Math.min(100,e.value/t*100)):0,l=un({width:`${s}%`,...e.colour?{background:e.colour}:{}});return g`<li data-key=${e.key} data-value=${String(e.value)}>
          <span class="name"
            >${e.colour?g`<span class="swatch" style=${un({background:e.colour})}></span>`:""}
            <span>${e.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${e.colour?"bar coloured":"bar"} style=${l}></span></span>
          <span class="value">${e.display}${e.note?g`<span class="note">${e.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Xn.styles=[te,Wt`
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
    `];let cs=Xn;In([D()],cs.prototype,"label");In([D({attribute:!1})],cs.prototype,"items");In([D({type:Number})],cs.prototype,"max");Kt("pl-bars",cs);const xd=!0,zt="u-",kd="uplot",Sd=zt+"hz",jd=zt+"vt",Td=zt+"title",Ed=zt+"wrap",Cd=zt+"under",Ad=zt+"over",Ld=zt+"axis",Pi=zt+"off",Dd=zt+"select",Id=zt+"cursor-x",Md=zt+"cursor-y",Pd=zt+"cursor-pt",Rd=zt+"legend",zd=zt+"live",Od=zt+"inline",Fd=zt+"series",Nd=zt+"marker",ir=zt+"label",Ud=zt+"value",Ms="width",Ps="height",Ls="top",sr="bottom",ns="left",sn="right",Mn="#000",lr=Mn+"0",ln="mousemove",nr="mousedown",nn="mouseup",or="mouseenter",rr="mouseleave",ar="dblclick",Vd="resize",Bd="scroll",cr="change",ul="dppxchange",Pn="--",gs=typeof window<"u",bn=gs?document:null,rs=gs?window:null,Hd=gs?navigator:null;let dt,tl;function $n(){let i=devicePixelRatio;dt!=i&&(dt=i,tl&&vn(cr,tl,$n),tl=matchMedia(`(min-resolution: ${dt-.001}dppx) and (max-resolution: ${dt+.001}dppx)`),Ri(cr,tl,$n),rs.dispatchEvent(new CustomEvent(ul)))}function ye(i,t){if(t!=null){let e=i.classList;!e.contains(t)&&e.add(t)}}function yn(i,t){let e=i.classList;e.contains(t)&&e.remove(t)}function _t(i,t,e){i.style[t]=e+"px"}function Ve(i,t,e,s){let l=bn.createElement(i);return t!=null&&ye(l,t),e?.insertBefore(l,s),l}function Ae(i,t){return Ve("div",i,t)}const dr=new WeakMap;function Xe(i,t,e,s,l){let o="translate("+t+"px,"+e+"px)",a=dr.get(i);o!=a&&(i.style.transform=o,dr.set(i,o),t<0||e<0||t>s||e>l?ye(i,Pi):yn(i,Pi))}const pr=new WeakMap;function ur(i,t,e){let s=t+e,l=pr.get(i);s!=l&&(pr.set(i,s),i.style.background=t,i.style.borderColor=e)}const hr=new WeakMap;function fr(i,t,e,s){let l=t+""+e,o=hr.get(i);l!=o&&(hr.set(i,l),i.style.height=e+"px",i.style.width=t+"px",i.style.marginLeft=s?-t/2+"px":0,i.style.marginTop=s?-e/2+"px":0)}const Rn={passive:!0},Wd={...Rn,capture:!0};function Ri(i,t,e,s){t.addEventListener(i,e,s?Wd:Rn)}function vn(i,t,e,s){t.removeEventListener(i,e,Rn)}gs&&$n();function Be(i,t,e,s){let l;e=e||0,s=s||t.length-1;let o=s<=2147483647;for(;s-e>1;)l=o?e+s>>1:ve((e+s)/2),t[l]<i?e=l:s=l;return i-t[e]<=t[s]-i?e:s}function aa(i){return(e,s,l)=>{let o=-1,a=-1;for(let h=s;h<=l;h++)if(i(e[h])){o=h;break}for(let h=l;h>=s;h--)if(i(e[h])){a=h;break}return[o,a]}}const ca=i=>i!=null,da=i=>i!=null&&i>0,_l=aa(ca),Gd=aa(da);function qd(i,t,e,s=0,l=!1){let o=l?Gd:_l,a=l?da:ca;[t,e]=o(i,t,e);let h=i[t],u=i[t];if(t>-1)if(s==1)h=i[t],u=i[e];else if(s==-1)h=i[e],u=i[t];else for(let f=t;f<=e;f++){let y=i[f];a(y)&&(y<h?h=y:y>u&&(u=y))}return[h??mt,u??-mt]}function wl(i,t,e,s){let l=br(i),o=br(t);i==t&&(l==-1?(i*=e,t/=e):(i/=e,t*=e));let a=e==10?oi:pa,h=l==1?ve:Le,u=o==1?Le:ve,f=h(a(Rt(i))),y=u(a(Rt(t))),b=ds(e,f),v=ds(e,y);return e==10&&(f<0&&(b=gt(b,-f)),y<0&&(v=gt(v,-y))),s||e==2?(i=b*l,t=v*o):(i=ma(i,b),t=xl(t,v)),[i,t]}function zn(i,t,e,s){let l=wl(i,t,e,s);return i==0&&(l[0]=0),t==0&&(l[1]=0),l}const On=.1,mr={mode:3,pad:On},zs={pad:0,soft:null,mode:0},Yd={min:zs,max:zs};function hl(i,t,e,s){return kl(e)?gr(i,t,e):(zs.pad=e,zs.soft=s?0:null,zs.mode=s?3:0,gr(i,t,Yd))}function at(i,t){return i??t}function Jd(i,t,e){for(t=at(t,0),e=at(e,i.length-1);t<=e;){if(i[t]!=null)return!0;t++}return!1}function gr(i,t,e){let s=e.min,l=e.max,o=at(s.pad,0),a=at(l.pad,0),h=at(s.hard,-mt),u=at(l.hard,mt),f=at(s.soft,mt),y=at(l.soft,-mt),b=at(s.mode,0),v=at(l.mode,0),S=t-i,T=oi(S),L=oe(Rt(i),Rt(t)),P=oi(L),B=Rt(P-T);(S<1e-24||B>10)&&(S=0,(i==0||t==0)&&(S=1e-24,b==2&&f!=mt&&(o=0),v==2&&y!=-mt&&(a=0)));let w=S||L||1e3,C=oi(w),k=ds(10,ve(C)),q=w*(S==0?i==0?.1:1:o),z=gt(ma(i-q,k/10),24),tt=i>=f&&(b==1||b==3&&z<=f||b==2&&z>=f)?f:mt,Z=oe(h,z<tt&&i>=tt?tt:He(tt,z)),st=w*(S==0?t==0?.1:1:a),K=gt(xl(t+st,k/10),24),A=t<=y&&(v==1||v==3&&K>=y||v==2&&K<=y)?y:-mt,X=He(u,K>A&&t<=A?A:oe(A,K));return Z==X&&Z==0&&(X=100),[Z,X]}const Kd=new Intl.NumberFormat(gs?Hd.language:"en-US"),Fn=i=>Kd.format(i),we=Math,al=we.PI,Rt=we.abs,ve=we.floor,Pt=we.round,Le=we.ceil,He=we.min,oe=we.max,ds=we.pow,br=we.sign,oi=we.log10,pa=we.log2,Zd=(i,t=1)=>we.sinh(i)*t,on=(i,t=1)=>we.asinh(i/t),mt=1/0;function $r(i){return(oi((i^i>>31)-(i>>31))|0)+1}function _n(i,t,e){return He(oe(i,t),e)}function ua(i){return typeof i=="function"}function lt(i){return ua(i)?i:()=>i}const Qd=()=>{},ha=i=>i,fa=(i,t)=>t,Xd=i=>null,yr=i=>!0,vr=(i,t)=>i==t,tp=/\.\d*?(?=9{6,}|0{6,})/gm,zi=i=>{if(ba(i)||yi.has(i))return i;const t=`${i}`,e=t.match(tp);if(e==null)return i;let s=e[0].length-1;if(t.indexOf("e-")!=-1){let[l,o]=t.split("e");return+`${zi(l)}e${o}`}return gt(i,s)};function Ii(i,t){return zi(gt(zi(i/t))*t)}function xl(i,t){return zi(Le(zi(i/t))*t)}function ma(i,t){return zi(ve(zi(i/t))*t)}function gt(i,t=0){if(ba(i))return i;let e=10**t,s=i*e*(1+Number.EPSILON);return Pt(s)/e}const yi=new Map;function ga(i){return((""+i).split(".")[1]||"").length}function Ns(i,t,e,s){let l=[],o=s.map(ga);for(let a=t;a<e;a++){let h=Rt(a),u=gt(ds(i,a),h);for(let f=0;f<s.length;f++){let y=i==10?+`${s[f]}e${a}`:s[f]*u,b=(a>=0?0:h)+(a>=o[f]?0:o[f]),v=i==10?y:gt(y,b);l.push(v),yi.set(v,b)}}return l}const Os={},Nn=[],ps=[null,null],$i=Array.isArray,ba=Number.isInteger,ep=i=>i===void 0;function _r(i){return typeof i=="string"}function kl(i){let t=!1;if(i!=null){let e=i.constructor;t=e==null||e==Object}return t}function ip(i){return i!=null&&typeof i=="object"}const sp=Object.getPrototypeOf(Uint8Array),$a="__proto__";function us(i,t=kl){let e;if($i(i)){let s=i.find(l=>l!=null);if($i(s)||t(s)){e=Array(i.length);for(let l=0;l<i.length;l++)e[l]=us(i[l],t)}else e=i.slice()}else if(i instanceof sp)e=i.slice();else if(t(i)){e={};for(let s in i)s!=$a&&(e[s]=us(i[s],t))}else e=i;return e}function At(i){let t=arguments;for(let e=1;e<t.length;e++){let s=t[e];for(let l in s)l!=$a&&(kl(i[l])?At(i[l],us(s[l])):i[l]=us(s[l]))}return i}const lp=0,np=1,op=2;function rp(i,t,e){for(let s=0,l,o=-1;s<t.length;s++){let a=t[s];if(a>o){for(l=a-1;l>=0&&i[l]==null;)i[l--]=null;for(l=a+1;l<e&&i[l]==null;)i[o=l++]=null}}}function ap(i,t){if(pp(i)){let a=i[0].slice();for(let h=1;h<i.length;h++)a.push(...i[h].slice(1));return up(a[0])||(a=dp(a)),a}let e=new Set;for(let a=0;a<i.length;a++){let u=i[a][0],f=u.length;for(let y=0;y<f;y++)e.add(u[y])}let s=[Array.from(e).sort((a,h)=>a-h)],l=s[0].length,o=new Map;for(let a=0;a<l;a++)o.set(s[0][a],a);for(let a=0;a<i.length;a++){let h=i[a],u=h[0];for(let f=1;f<h.length;f++){let y=h[f],b=Array(l).fill(void 0),v=t?t[a][f]:np,S=[];for(let T=0;T<y.length;T++){let L=y[T],P=o.get(u[T]);L===null?v!=lp&&(b[P]=L,v==op&&S.push(P)):b[P]=L}rp(b,S,l),s.push(b)}}return s}const cp=typeof queueMicrotask>"u"?i=>Promise.resolve().then(i):queueMicrotask;function dp(i){let t=i[0],e=t.length,s=Array(e);for(let o=0;o<s.length;o++)s[o]=o;s.sort((o,a)=>t[o]-t[a]);let l=[];for(let o=0;o<i.length;o++){let a=i[o],h=Array(e);for(let u=0;u<e;u++)h[u]=a[s[u]];l.push(h)}return l}function pp(i){let t=i[0][0],e=t.length;for(let s=1;s<i.length;s++){let l=i[s][0];if(l.length!=e)return!1;if(l!=t){for(let o=0;o<e;o++)if(l[o]!=t[o])return!1}}return!0}function up(i,t=100){const e=i.length;if(e<=1)return!0;let s=0,l=e-1;for(;s<=l&&i[s]==null;)s++;for(;l>=s&&i[l]==null;)l--;if(l<=s)return!0;const o=oe(1,ve((l-s+1)/t));for(let a=i[s],h=s+o;h<=l;h+=o){const u=i[h];if(u!=null){if(u<=a)return!1;a=u}}return!0}const ya=["January","February","March","April","May","June","July","August","September","October","November","December"],va=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function _a(i){return i.slice(0,3)}const hp=va.map(_a),fp=ya.map(_a),mp={MMMM:ya,MMM:fp,WWWW:va,WWW:hp};function Ds(i){return(i<10?"0":"")+i}function gp(i){return(i<10?"00":i<100?"0":"")+i}const bp={YYYY:i=>i.getFullYear(),YY:i=>(i.getFullYear()+"").slice(2),MMMM:(i,t)=>t.MMMM[i.getMonth()],MMM:(i,t)=>t.MMM[i.getMonth()],MM:i=>Ds(i.getMonth()+1),M:i=>i.getMonth()+1,DD:i=>Ds(i.getDate()),D:i=>i.getDate(),WWWW:(i,t)=>t.WWWW[i.getDay()],WWW:(i,t)=>t.WWW[i.getDay()],HH:i=>Ds(i.getHours()),H:i=>i.getHours(),h:i=>{let t=i.getHours();return t==0?12:t>12?t-12:t},AA:i=>i.getHours()>=12?"PM":"AM",aa:i=>i.getHours()>=12?"pm":"am",a:i=>i.getHours()>=12?"p":"a",mm:i=>Ds(i.getMinutes()),m:i=>i.getMinutes(),ss:i=>Ds(i.getSeconds()),s:i=>i.getSeconds(),fff:i=>gp(i.getMilliseconds())};function Un(i,t){t=t||mp;let e=[],s=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=s.exec(i);)e.push(l[0][0]=="{"?bp[l[1]]:l[0]);return o=>{let a="";for(let h=0;h<e.length;h++)a+=typeof e[h]=="string"?e[h]:e[h](o,t);return a}}const $p=new Intl.DateTimeFormat().resolvedOptions().timeZone;function yp(i,t){let e;return t=="UTC"||t=="Etc/UTC"?e=new Date(+i+i.getTimezoneOffset()*6e4):t==$p?e=i:(e=new Date(i.toLocaleString("en-US",{timeZone:t})),e.setMilliseconds(i.getMilliseconds())),e}const wa=i=>i%1==0,fl=[1,2,2.5,5],vp=Ns(10,-32,0,fl),xa=Ns(10,0,32,fl),_p=xa.filter(wa),Mi=vp.concat(xa),Vn=`
`,ka="{YYYY}",wr=Vn+ka,Sa="{M}/{D}",Rs=Vn+Sa,el=Rs+"/{YY}",ja="{aa}",wp="{h}:{mm}",os=wp+ja,xr=Vn+os,kr=":{ss}",ut=null;function Ta(i){let t=i*1e3,e=t*60,s=e*60,l=s*24,o=l*30,a=l*365,u=(i==1?Ns(10,0,3,fl).filter(wa):Ns(10,-3,0,fl)).concat([t,t*5,t*10,t*15,t*30,e,e*5,e*10,e*15,e*30,s,s*2,s*3,s*4,s*6,s*8,s*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,o,o*2,o*3,o*4,o*6,a,a*2,a*5,a*10,a*25,a*50,a*100]);const f=[[a,ka,ut,ut,ut,ut,ut,ut,1],[l*28,"{MMM}",wr,ut,ut,ut,ut,ut,1],[l,Sa,wr,ut,ut,ut,ut,ut,1],[s,"{h}"+ja,el,ut,Rs,ut,ut,ut,1],[e,os,el,ut,Rs,ut,ut,ut,1],[t,kr,el+" "+os,ut,Rs+" "+os,ut,xr,ut,1],[i,kr+".{fff}",el+" "+os,ut,Rs+" "+os,ut,xr,ut,1]];function y(b){return(v,S,T,L,P,B)=>{let w=[],C=P>=a,k=P>=o&&P<a,q=b(T),z=gt(q*i,3),tt=rn(q.getFullYear(),C?0:q.getMonth(),k||C?1:q.getDate()),Z=gt(tt*i,3);if(k||C){let st=k?P/o:0,K=C?P/a:0,A=z==Z?z:gt(rn(tt.getFullYear()+K,tt.getMonth()+st,1)*i,3),X=new Date(Pt(A/i)),N=X.getFullYear(),Y=X.getMonth();for(let W=0;A<=L;W++){let nt=rn(N+K*W,Y+st*W,1),H=nt-b(gt(nt*i,3));A=gt((+nt+H)*i,3),A<=L&&w.push(A)}}else{let st=P>=l?l:P,K=ve(T)-ve(z),A=Z+K+xl(z-Z,st);w.push(A);let X=b(A),N=X.getHours()+X.getMinutes()/e+X.getSeconds()/s,Y=P/s,W=v.axes[S]._space,nt=B/W;for(;A=gt(A+P,i==1?0:3),!(A>L);)if(Y>1){let H=ve(gt(N+Y,6))%24,ot=b(A).getHours()-H;ot>1&&(ot=-1),A-=ot*s,N=(N+Y)%24;let ht=w[w.length-1];gt((A-ht)/P,3)*nt>=.7&&w.push(A)}else w.push(A)}return w}}return[u,f,y]}const[xp,kp,Sp]=Ta(1),[jp,Tp,Ep]=Ta(.001);Ns(2,-53,53,[1]);function Sr(i,t){return i.map(e=>e.map((s,l)=>l==0||l==8||s==null?s:t(l==1||e[8]==0?s:e[1]+s)))}function jr(i,t){return(e,s,l,o,a)=>{let h=t.find(T=>a>=T[0])||t[t.length-1],u,f,y,b,v,S;return s.map(T=>{let L=i(T),P=L.getFullYear(),B=L.getMonth(),w=L.getDate(),C=L.getHours(),k=L.getMinutes(),q=L.getSeconds(),z=P!=u&&h[2]||B!=f&&h[3]||w!=y&&h[4]||C!=b&&h[5]||k!=v&&h[6]||q!=S&&h[7]||h[1];return u=P,f=B,y=w,b=C,v=k,S=q,z(L)})}}function Cp(i,t){let e=Un(t);return(s,l,o,a,h)=>l.map(u=>e(i(u)))}function rn(i,t,e){return new Date(i,t,e)}function Tr(i,t){return t(i)}const Ap="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Er(i,t){return(e,s,l,o)=>o==null?Pn:t(i(s))}function Lp(i,t){let e=i.series[t];return e.width?e.stroke(i,t):e.points.width?e.points.stroke(i,t):null}function Dp(i,t){return i.series[t].fill(i,t)}const Ip={show:!0,live:!0,isolate:!1,mount:Qd,markers:{show:!0,width:2,stroke:Lp,fill:Dp,dash:"solid"},idx:null,idxs:null,values:[]};function Mp(i,t){let e=i.cursor.points,s=Ae(),l=e.size(i,t);_t(s,Ms,l),_t(s,Ps,l);let o=l/-2;_t(s,"marginLeft",o),_t(s,"marginTop",o);let a=e.width(i,t,l);return a&&_t(s,"borderWidth",a),s}function Pp(i,t){let e=i.series[t].points;return e._fill||e._stroke}function Rp(i,t){let e=i.series[t].points;return e._stroke||e._fill}function zp(i,t){return i.series[t].points.size}const an=[0,0];function Op(i,t,e){return an[0]=t,an[1]=e,an}function il(i,t,e,s=!0){return l=>{l.button==0&&(!s||l.target==t)&&e(l)}}function cn(i,t,e,s=!0){return l=>{(!s||l.target==t)&&e(l)}}const Fp={show:!0,x:!0,y:!0,lock:!1,move:Op,points:{one:!1,show:Mp,size:zp,width:0,stroke:Rp,fill:Pp},bind:{mousedown:il,mouseup:il,click:il,dblclick:il,mousemove:cn,mouseleave:cn,mouseenter:cn},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(i,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(i,t,e,s,l)=>s-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ea={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Bn=At({},Ea,{filter:fa}),Ca=At({},Bn,{size:10}),Aa=At({},Ea,{show:!1}),Hn='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',La="bold "+Hn,Da=1.5,Cr={show:!0,scale:"x",stroke:Mn,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:La,side:2,grid:Bn,ticks:Ca,border:Aa,font:Hn,lineGap:Da,rotate:0},Np="Value",Up="Time",Ar={show:!0,scale:"x",auto:!1,sorted:1,min:mt,max:-mt,idxs:[]};function Vp(i,t,e,s,l){return t.map(o=>o==null?"":Fn(o))}function Bp(i,t,e,s,l,o,a){let h=[],u=yi.get(l)||0;e=a?e:gt(xl(e,l),u);for(let f=e;f<=s;f=gt(f+l,u))h.push(Object.is(f,-0)?0:f);return h}function wn(i,t,e,s,l,o,a){const h=[],u=i.scales[i.axes[t].scale].log,f=u==10?oi:pa,y=ve(f(e));l=ds(u,y),u==10&&(l=Mi[Be(l,Mi)]);let b=e,v=l*u;u==10&&(v=Mi[Be(v,Mi)]);do h.push(b),b=b+l,u==10&&!yi.has(b)&&(b=gt(b,yi.get(l))),b>=v&&(l=b,v=l*u,u==10&&(v=Mi[Be(v,Mi)]));while(b<=s);return h}function Hp(i,t,e,s,l,o,a){let u=i.scales[i.axes[t].scale].asinh,f=s>u?wn(i,t,oe(u,e),s,l):[u],y=s>=0&&e<=0?[0]:[];return(e<-u?wn(i,t,oe(u,-s),-e,l):[u]).reverse().map(v=>-v).concat(y,f)}const Ia=/./,Wp=/[12357]/,Gp=/[125]/,Lr=/1/,xn=(i,t,e,s)=>i.map((l,o)=>t==4&&l==0||o%s==0&&e.test(l.toExponential()[l<0?1:0])?l:null);function qp(i,t,e,s,l){let o=i.axes[e],a=o.scale,h=i.scales[a],u=i.valToPos,f=o._space,y=u(10,a),b=u(9,a)-y>=f?Ia:u(7,a)-y>=f?Wp:u(5,a)-y>=f?Gp:Lr;if(b==Lr){let v=Rt(u(1,a)-y);if(v<f)return xn(t.slice().reverse(),h.distr,b,Le(f/v)).reverse()}return xn(t,h.distr,b,1)}function Yp(i,t,e,s,l){let o=i.axes[e],a=o.scale,h=o._space,u=i.valToPos,f=Rt(u(1,a)-u(2,a));return f<h?xn(t.slice().reverse(),3,Ia,Le(h/f)).reverse():t}function Jp(i,t,e,s){return s==null?Pn:t==null?"":Fn(t)}const Dr={show:!0,scale:"y",stroke:Mn,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:La,side:3,grid:Bn,ticks:Ca,border:Aa,font:Hn,lineGap:Da,rotate:0};function Kp(i,t){let e=3+(i||1)*2;return gt(e*t,3)}function Zp(i,t){let{scale:e,idxs:s}=i.series[0],l=i._data[0],o=i.valToPos(l[s[0]],e,!0),a=i.valToPos(l[s[1]],e,!0),h=Rt(a-o),u=i.series[t],f=h/(u.points.space*dt);return s[1]-s[0]<=f}const Ir={scale:null,auto:!0,sorted:0,min:mt,max:-mt},Ma=(i,t,e,s,l)=>l,Mr={show:!0,auto:!0,sorted:0,gaps:Ma,alpha:1,facets:[At({},Ir,{scale:"x"}),At({},Ir,{scale:"y"})]},Pr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ma,alpha:1,points:{show:Zp,filter:null},values:null,min:mt,max:-mt,idxs:[],path:null,clip:null};function Qp(i,t,e,s,l){return e/10}const Pa={time:xd,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Xp=At({},Pa,{time:!1,ori:1}),Rr={};function Ra(i,t){let e=Rr[i];return e||(e={key:i,plots:[],sub(s){e.plots.push(s)},unsub(s){e.plots=e.plots.filter(l=>l!=s)},pub(s,l,o,a,h,u,f){for(let y=0;y<e.plots.length;y++)e.plots[y]!=l&&e.plots[y].pub(s,l,o,a,h,u,f)}},i!=null&&(Rr[i]=e)),e}const hs=1,kn=2;function Fi(i,t,e){const s=i.mode,l=i.series[t],o=s==2?i._data[t]:i._data,a=i.scales,h=i.bbox;let u=o[0],f=s==2?o[1]:o[t],y=s==2?a[l.facets[0].scale]:a[i.series[0].scale],b=s==2?a[l.facets[1].scale]:a[l.scale],v=h.left,S=h.top,T=h.width,L=h.height,P=i.valToPosH,B=i.valToPosV;return y.ori==0?e(l,u,f,y,b,P,B,v,S,T,L,jl,bs,El,Oa,Na):e(l,u,f,y,b,B,P,S,v,L,T,Tl,$s,qn,Fa,Ua)}function Wn(i,t){let e=0,s=0,l=at(i.bands,Nn);for(let o=0;o<l.length;o++){let a=l[o];a.series[0]==t?e=a.dir:a.series[1]==t&&(a.dir==1?s|=1:s|=2)}return[e,s==1?-1:s==2?1:s==3?2:0]}function tu(i,t,e,s,l){let o=i.mode,a=i.series[t],h=o==2?a.facets[1].scale:a.scale,u=i.scales[h];return l==-1?u.min:l==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function ri(i,t,e,s,l,o){return Fi(i,t,(a,h,u,f,y,b,v,S,T,L,P)=>{let B=a.pxRound;const w=f.dir*(f.ori==0?1:-1),C=f.ori==0?bs:$s;let k,q;w==1?(k=e,q=s):(k=s,q=e);let z=B(b(h[k],f,L,S)),tt=B(v(u[k],y,P,T)),Z=B(b(h[q],f,L,S)),st=B(v(o==1?y.max:y.min,y,P,T)),K=new Path2D(l);return C(K,Z,st),C(K,z,st),C(K,z,tt),K})}function Sl(i,t,e,s,l,o){let a=null;if(i.length>0){a=new Path2D;const h=t==0?El:qn;let u=e;for(let b=0;b<i.length;b++){let v=i[b];if(v[1]>v[0]){let S=v[0]-u;S>0&&h(a,u,s,S,s+o),u=v[1]}}let f=e+l-u,y=10;f>0&&h(a,u,s-y/2,f,s+o+y)}return a}function eu(i,t,e){let s=i[i.length-1];s&&s[0]==t?s[1]=e:i.push([t,e])}function Gn(i,t,e,s,l,o,a){let h=[],u=i.length;for(let f=l==1?e:s;f>=e&&f<=s;f+=l)if(t[f]===null){let b=f,v=f;if(l==1)for(;++f<=s&&t[f]===null;)v=f;else for(;--f>=e&&t[f]===null;)v=f;let S=o(i[b]),T=v==b?S:o(i[v]),L=b-l;S=a<=0&&L>=0&&L<u?o(i[L]):S;let B=v+l;T=a>=0&&B>=0&&B<u?o(i[B]):T,T>=S&&h.push([S,T])}return h}function zr(i){return i==0?ha:i==1?Pt:t=>Ii(t,i)}function za(i){let t=i==0?jl:Tl,e=i==0?(l,o,a,h,u,f)=>{l.arcTo(o,a,h,u,f)}:(l,o,a,h,u,f)=>{l.arcTo(a,o,u,h,f)},s=i==0?(l,o,a,h,u)=>{l.rect(o,a,h,u)}:(l,o,a,h,u)=>{l.rect(a,o,u,h)};return(l,o,a,h,u,f=0,y=0)=>{f==0&&y==0?s(l,o,a,h,u):(f=He(f,h/2,u/2),y=He(y,h/2,u/2),t(l,o+f,a),e(l,o+h,a,o+h,a+u,f),e(l,o+h,a+u,o,a+u,y),e(l,o,a+u,o,a,y),e(l,o,a,o+h,a,f),l.closePath())}}const jl=(i,t,e)=>{i.moveTo(t,e)},Tl=(i,t,e)=>{i.moveTo(e,t)},bs=(i,t,e)=>{i.lineTo(t,e)},$s=(i,t,e)=>{i.lineTo(e,t)},El=za(0),qn=za(1),Oa=(i,t,e,s,l,o)=>{i.arc(t,e,s,l,o)},Fa=(i,t,e,s,l,o)=>{i.arc(e,t,s,l,o)},Na=(i,t,e,s,l,o,a)=>{i.bezierCurveTo(t,e,s,l,o,a)},Ua=(i,t,e,s,l,o,a)=>{i.bezierCurveTo(e,t,l,s,a,o)};function Va(i){return(t,e,s,l,o)=>Fi(t,e,(a,h,u,f,y,b,v,S,T,L,P)=>{let{pxRound:B,points:w}=a,C,k;f.ori==0?(C=jl,k=Oa):(C=Tl,k=Fa);const q=gt(w.width*dt,3);let z=(w.size-w.width)/2*dt,tt=gt(z*2,3),Z=new Path2D,st=new Path2D,{left:K,top:A,width:X,height:N}=t.bbox;El(st,K-tt,A-tt,X+tt*2,N+tt*2);const Y=W=>{if(u[W]!=null){let nt=B(b(h[W],f,L,S)),H=B(v(u[W],y,P,T));C(Z,nt+z,H),k(Z,nt,H,z,0,al*2)}};if(o)o.forEach(Y);else for(let W=s;W<=l;W++)Y(W);return{stroke:q>0?Z:null,fill:Z,clip:st,flags:hs|kn}})}function Ba(i){return(t,e,s,l,o,a)=>{s!=l&&(o!=s&&a!=s&&i(t,e,s),o!=l&&a!=l&&i(t,e,l),i(t,e,a))}}const iu=Ba(bs),su=Ba($s);function Ha(i){const t=at(i?.alignGaps,0);return(e,s,l,o)=>Fi(e,s,(a,h,u,f,y,b,v,S,T,L,P)=>{[l,o]=_l(u,l,o);let B=a.pxRound,w=N=>B(b(N,f,L,S)),C=N=>B(v(N,y,P,T)),k,q;f.ori==0?(k=bs,q=iu):(k=$s,q=su);const z=f.dir*(f.ori==0?1:-1),tt={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:hs},Z=tt.stroke;let st=!1;if(o-l>=L*4){let N=U=>e.posToVal(U,f.key,!0),Y=null,W=null,nt,H,ce,wt=w(h[z==1?l:o]),ot=w(h[l]),ht=w(h[o]),et=N(z==1?ot+1:ht-1);for(let U=z==1?l:o;U>=l&&U<=o;U+=z){let It=h[U],xt=(z==1?It<et:It>et)?wt:w(It),pt=u[U];xt==wt?pt!=null?(H=pt,Y==null?(k(Z,xt,C(H)),nt=Y=W=H):H<Y?Y=H:H>W&&(W=H)):pt===null&&(st=!0):(Y!=null&&q(Z,wt,C(Y),C(W),C(nt),C(H)),pt!=null?(H=pt,k(Z,xt,C(H)),Y=W=nt=H):(Y=W=null,pt===null&&(st=!0)),wt=xt,et=N(wt+z))}Y!=null&&Y!=W&&ce!=wt&&q(Z,wt,C(Y),C(W),C(nt),C(H))}else for(let N=z==1?l:o;N>=l&&N<=o;N+=z){let Y=u[N];Y===null?st=!0:Y!=null&&k(Z,w(h[N]),C(Y))}let[A,X]=Wn(e,s);if(a.fill!=null||A!=0){let N=tt.fill=new Path2D(Z),Y=a.fillTo(e,s,a.min,a.max,A),W=C(Y),nt=w(h[l]),H=w(h[o]);z==-1&&([H,nt]=[nt,H]),k(N,H,W),k(N,nt,W)}if(!a.spanGaps){let N=[];st&&N.push(...Gn(h,u,l,o,z,w,t)),tt.gaps=N=a.gaps(e,s,l,o,N),tt.clip=Sl(N,f.ori,S,T,L,P)}return X!=0&&(tt.band=X==2?[ri(e,s,l,o,Z,-1),ri(e,s,l,o,Z,1)]:ri(e,s,l,o,Z,X)),tt})}function lu(i){const t=at(i.align,1),e=at(i.ascDesc,!1),s=at(i.alignGaps,0),l=at(i.extend,!1);return(o,a,h,u)=>Fi(o,a,(f,y,b,v,S,T,L,P,B,w,C)=>{[h,u]=_l(b,h,u);let k=f.pxRound,{left:q,width:z}=o.bbox,tt=ot=>k(T(ot,v,w,P)),Z=ot=>k(L(ot,S,C,B)),st=v.ori==0?bs:$s;const K={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:hs},A=K.stroke,X=v.dir*(v.ori==0?1:-1);let N=Z(b[X==1?h:u]),Y=tt(y[X==1?h:u]),W=Y,nt=Y;l&&t==-1&&(nt=q,st(A,nt,N)),st(A,Y,N);for(let ot=X==1?h:u;ot>=h&&ot<=u;ot+=X){let ht=b[ot];if(ht==null)continue;let et=tt(y[ot]),U=Z(ht);t==1?st(A,et,N):st(A,W,U),st(A,et,U),N=U,W=et}let H=W;l&&t==1&&(H=q+z,st(A,H,N));let[ce,wt]=Wn(o,a);if(f.fill!=null||ce!=0){let ot=K.fill=new Path2D(A),ht=f.fillTo(o,a,f.min,f.max,ce),et=Z(ht);st(ot,H,et),st(ot,nt,et)}if(!f.spanGaps){let ot=[];ot.push(...Gn(y,b,h,u,X,tt,s));let ht=f.width*dt/2,et=e||t==1?ht:-ht,U=e||t==-1?-ht:ht;ot.forEach(It=>{It[0]+=et,It[1]+=U}),K.gaps=ot=f.gaps(o,a,h,u,ot),K.clip=Sl(ot,v.ori,P,B,w,C)}return wt!=0&&(K.band=wt==2?[ri(o,a,h,u,A,-1),ri(o,a,h,u,A,1)]:ri(o,a,h,u,A,wt)),K})}function Or(i,t,e,s,l,o,a=mt){if(i.length>1){let h=null;for(let u=0,f=1/0;u<i.length;u++)if(t[u]!==void 0){if(h!=null){let y=Rt(i[u]-i[h]);y<f&&(f=y,a=Rt(e(i[u],s,l,o)-e(i[h],s,l,o)))}h=u}}return a}function nu(i){i=i||Os;const t=at(i.size,[.6,mt,1]),e=i.align||0,s=i.gap||0;let l=i.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;const o=lt(l),a=1-t[0],h=at(t[1],mt),u=at(t[2],1),f=at(i.disp,Os),y=at(i.each,S=>{}),{fill:b,stroke:v}=f;return(S,T,L,P)=>Fi(S,T,(B,w,C,k,q,z,tt,Z,st,K,A)=>{let X=B.pxRound,N=e,Y=s*dt,W=h*dt,nt=u*dt,H,ce;k.ori==0?[H,ce]=o(S,T):[ce,H]=o(S,T);const wt=k.dir*(k.ori==0?1:-1);let ot=k.ori==0?El:qn,ht=k.ori==0?y:(R,bt,Mt,Bi,ki,qe,Si)=>{y(R,bt,Mt,ki,Bi,Si,qe)},et=at(S.bands,Nn).find(R=>R.series[0]==T),U=et!=null?et.dir:0,It=B.fillTo(S,T,B.min,B.max,U),ee=X(tt(It,q,A,st)),xt,pt,ze,fe=K,St=X(B.width*dt),Ge=!1,si=null,ke=null,ui=null,Ni=null;b!=null&&(St==0||v!=null)&&(Ge=!0,si=b.values(S,T,L,P),ke=new Map,new Set(si).forEach(R=>{R!=null&&ke.set(R,new Path2D)}),St>0&&(ui=v.values(S,T,L,P),Ni=new Map,new Set(ui).forEach(R=>{R!=null&&Ni.set(R,new Path2D)})));let{x0:Ui,size:_s}=f;if(Ui!=null&&_s!=null){N=1,w=Ui.values(S,T,L,P),Ui.unit==2&&(w=w.map(Mt=>S.posToVal(Z+Mt*K,k.key,!0)));let R=_s.values(S,T,L,P);_s.unit==2?pt=R[0]*K:pt=z(R[0],k,K,Z)-z(0,k,K,Z),fe=Or(w,C,z,k,K,Z,fe),ze=fe-pt+Y}else fe=Or(w,C,z,k,K,Z,fe),ze=fe*a+Y,pt=fe-ze;ze<1&&(ze=0),St>=pt/2&&(St=0),ze<5&&(X=ha);let Hs=ze>0,wi=fe-ze-(Hs?St:0);pt=X(_n(wi,nt,W)),xt=(N==0?pt/2:N==wt?0:pt)-N*wt*((N==0?Y/2:0)+(Hs?St/2:0));const ie={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Vi=Ge?null:new Path2D;let li=null;if(et!=null)li=S.data[et.series[1]];else{let{y0:R,y1:bt}=f;R!=null&&bt!=null&&(C=bt.values(S,T,L,P),li=R.values(S,T,L,P))}let xi=H*pt,Q=ce*pt;for(let R=wt==1?L:P;R>=L&&R<=P;R+=wt){let bt=C[R];if(bt==null)continue;if(li!=null){let de=li[R]??0;if(bt-de==0)continue;ee=tt(de,q,A,st)}let Mt=k.distr!=2||f!=null?w[R]:R,Bi=z(Mt,k,K,Z),ki=tt(at(bt,It),q,A,st),qe=X(Bi-xt),Si=X(oe(ki,ee)),me=X(He(ki,ee)),Se=Si-me;if(bt!=null){let de=bt<0?Q:xi,Oe=bt<0?xi:Q;Ge?(St>0&&ui[R]!=null&&ot(Ni.get(ui[R]),qe,me+ve(St/2),pt,oe(0,Se-St),de,Oe),si[R]!=null&&ot(ke.get(si[R]),qe,me+ve(St/2),pt,oe(0,Se-St),de,Oe)):ot(Vi,qe,me+ve(St/2),pt,oe(0,Se-St),de,Oe),ht(S,T,R,qe-St/2,me,pt+St,Se)}}return St>0?ie.stroke=Ge?Ni:Vi:Ge||(ie._fill=B.width==0?B._fill:B._stroke??B._fill,ie.width=0),ie.fill=Ge?ke:Vi,ie})}function ou(i,t){const e=at(t?.alignGaps,0);return(s,l,o,a)=>Fi(s,l,(h,u,f,y,b,v,S,T,L,P,B)=>{[o,a]=_l(f,o,a);let w=h.pxRound,C=H=>w(v(H,y,P,T)),k=H=>w(S(H,b,B,L)),q,z,tt;y.ori==0?(q=jl,tt=bs,z=Na):(q=Tl,tt=$s,z=Ua);const Z=y.dir*(y.ori==0?1:-1);let st=C(u[Z==1?o:a]),K=st,A=[],X=[];for(let H=Z==1?o:a;H>=o&&H<=a;H+=Z)if(f[H]!=null){let wt=u[H],ot=C(wt);A.push(K=ot),X.push(k(f[H]))}const N={stroke:i(A,X,q,tt,z,w),fill:null,clip:null,band:null,gaps:null,flags:hs},Y=N.stroke;let[W,nt]=Wn(s,l);if(h.fill!=null||W!=0){let H=N.fill=new Path2D(Y),ce=h.fillTo(s,l,h.min,h.max,W),wt=k(ce);tt(H,K,wt),tt(H,st,wt)}if(!h.spanGaps){let H=[];H.push(...Gn(u,f,o,a,Z,C,e)),N.gaps=H=h.gaps(s,l,o,a,H),N.clip=Sl(H,y.ori,T,L,P,B)}return nt!=0&&(N.band=nt==2?[ri(s,l,o,a,Y,-1),ri(s,l,o,a,Y,1)]:ri(s,l,o,a,Y,nt)),N})}function ru(i){return ou(au,i)}function au(i,t,e,s,l,o){const a=i.length;if(a<2)return null;const h=new Path2D;if(e(h,i[0],t[0]),a==2)s(h,i[1],t[1]);else{let u=Array(a),f=Array(a-1),y=Array(a-1),b=Array(a-1);for(let v=0;v<a-1;v++)y[v]=t[v+1]-t[v],b[v]=i[v+1]-i[v],f[v]=y[v]/b[v];u[0]=f[0];for(let v=1;v<a-1;v++)f[v]===0||f[v-1]===0||f[v-1]>0!=f[v]>0?u[v]=0:(u[v]=3*(b[v-1]+b[v])/((2*b[v]+b[v-1])/f[v-1]+(b[v]+2*b[v-1])/f[v]),isFinite(u[v])||(u[v]=0));u[a-1]=f[a-2];for(let v=0;v<a-1;v++)l(h,i[v]+b[v]/3,t[v]+u[v]*b[v]/3,i[v+1]-b[v]/3,t[v+1]-u[v+1]*b[v]/3,i[v+1],t[v+1])}return h}const Sn=new Set;function Fr(){for(let i of Sn)i.syncRect(!0)}gs&&(Ri(Vd,rs,Fr),Ri(Bd,rs,Fr,!0),Ri(ul,rs,()=>{Yt.pxRatio=dt}));const cu=Ha(),du=Va();function Nr(i,t,e,s){return(s?[i[0],i[1]].concat(i.slice(2)):[i[0]].concat(i.slice(1))).map((o,a)=>jn(o,a,t,e))}function pu(i,t){return i.map((e,s)=>s==0?{}:At({},t,e))}function jn(i,t,e,s){return At({},t==0?e:s,i)}function Wa(i,t,e){return t==null?ps:[t,e]}const uu=Wa;function hu(i,t,e){return t==null?ps:hl(t,e,On,!0)}function Ga(i,t,e,s){return t==null?ps:wl(t,e,i.scales[s].log,!1)}const fu=Ga;function qa(i,t,e,s){return t==null?ps:zn(t,e,i.scales[s].log,!1)}const mu=qa;function gu(i,t,e,s,l){let o=oe($r(i),$r(t)),a=t-i,h=Be(l/s*a,e);do{let u=e[h],f=s*u/a;if(f>=l&&o+(u<5?yi.get(u):0)<=17)return[u,f]}while(++h<e.length);return[0,0]}function Ur(i){let t,e;return i=i.replace(/(\d+)px/,(s,l)=>(t=Pt((e=+l)*dt))+"px"),[i,t,e]}function bu(i){i.show&&[i.font,i.labelFont].forEach(t=>{let e=gt(t[2]*dt,1);t[0]=t[0].replace(/[0-9.]+px/,e+"px"),t[1]=e})}function Yt(i,t,e){const s={mode:at(i.mode,1)},l=s.mode;function o(n,r,d,p){let m=r.valToPct(n);return p+d*(r.dir==-1?1-m:m)}function a(n,r,d,p){let m=r.valToPct(n);return p+d*(r.dir==-1?m:1-m)}function h(n,r,d,p){return r.ori==0?o(n,r,d,p):a(n,r,d,p)}s.valToPosH=o,s.valToPosV=a;let u=!1;s.status=0;const f=s.root=Ae(kd);if(i.id!=null&&(f.id=i.id),ye(f,i.class),i.title){let n=Ae(Td,f);n.textContent=i.title}const y=Ve("canvas"),b=s.ctx=y.getContext("2d"),v=Ae(Ed,f);Ri("click",v,n=>{n.target===T&&($t!=ts||kt!=es)&&qt.click(s,n)},!0);const S=s.under=Ae(Cd,v);v.appendChild(y);const T=s.over=Ae(Ad,v);i=us(i);const L=+at(i.pxAlign,1),P=zr(L);(i.plugins||[]).forEach(n=>{n.opts&&(i=n.opts(s,i)||i)});const B=i.ms||.001,w=s.series=l==1?Nr(i.series||[],Ar,Pr,!1):pu(i.series||[null],Mr),C=s.axes=Nr(i.axes||[],Cr,Dr,!0),k=s.scales={},q=s.bands=i.bands||[];q.forEach(n=>{n.fill=lt(n.fill||null),n.dir=at(n.dir,-1)});const z=l==2?w[1].facets[0].scale:w[0].scale,tt={axes:gc,series:pc},Z=(i.drawOrder||["axes","series"]).map(n=>tt[n]);function st(n){const r=n.distr==3?d=>oi(d>0?d:n.clamp(s,d,n.min,n.max,n.key)):n.distr==4?d=>on(d,n.asinh):n.distr==100?d=>n.fwd(d):d=>d;return d=>{let p=r(d),{_min:m,_max:$}=n,_=$-m;return(p-m)/_}}function K(n){let r=k[n];if(r==null){let d=(i.scales||Os)[n]||Os;if(d.from!=null){K(d.from);let p=At({},k[d.from],d,{key:n});p.valToPct=st(p),k[n]=p}else{r=k[n]=At({},n==z?Pa:Xp,d),r.key=n;let p=r.time,m=r.range,$=$i(m);if((n!=z||l==2&&!p)&&($&&(m[0]==null||m[1]==null)&&(m={min:m[0]==null?mr:{mode:1,hard:m[0],soft:m[0]},max:m[1]==null?mr:{mode:1,hard:m[1],soft:m[1]}},$=!1),!$&&kl(m))){let _=m;m=(x,j,I)=>j==null?ps:hl(j,I,_)}r.range=lt(m||(p?uu:n==z?r.distr==3?fu:r.distr==4?mu:Wa:r.distr==3?Ga:r.distr==4?qa:hu)),r.auto=lt($?!1:r.auto),r.clamp=lt(r.clamp||Qp),r._min=r._max=null,r.valToPct=st(r)}}}K("x"),K("y"),l==1&&w.forEach(n=>{K(n.scale)}),C.forEach(n=>{K(n.scale)});for(let n in i.scales)K(n);const A=k[z],X=A.distr;let N,Y;A.ori==0?(ye(f,Sd),N=o,Y=a):(ye(f,jd),N=a,Y=o);const W={};for(let n in k){let r=k[n];(r.min!=null||r.max!=null)&&(W[n]={min:r.min,max:r.max},r.min=r.max=null)}const nt=i.tzDate||(n=>new Date(Pt(n/B))),H=i.fmtDate||Un,ce=B==1?Sp(nt):Ep(nt),wt=jr(nt,Sr(B==1?kp:Tp,H)),ot=Er(nt,Tr(Ap,H)),ht=[],et=s.legend=At({},Ip,i.legend),U=s.cursor=At({},Fp,{drag:{y:l==2}},i.cursor),It=et.show,ee=U.show,xt=et.markers;et.idxs=ht,xt.width=lt(xt.width),xt.dash=lt(xt.dash),xt.stroke=lt(xt.stroke),xt.fill=lt(xt.fill);let pt,ze,fe,St=[],Ge=[],si,ke=!1,ui={};if(et.live){const n=w[1]?w[1].values:null;ke=n!=null,si=ke?n(s,1,0):{_:0};for(let r in si)ui[r]=Pn}if(It)if(pt=Ve("table",Rd,f),fe=Ve("tbody",null,pt),et.mount(s,pt),ke){ze=Ve("thead",null,pt,fe);let n=Ve("tr",null,ze);Ve("th",null,n);for(var Ni in si)Ve("th",ir,n).textContent=Ni}else ye(pt,Od),et.live&&ye(pt,zd);const Ui={show:!0},_s={show:!1};function Hs(n,r){if(r==0&&(ke||!et.live||l==2))return ps;let d=[],p=Ve("tr",Fd,fe,fe.childNodes[r]);ye(p,n.class),n.show||ye(p,Pi);let m=Ve("th",null,p);if(xt.show){let x=Ae(Nd,m);if(r>0){let j=xt.width(s,r);j&&(x.style.border=j+"px "+xt.dash(s,r)+" "+xt.stroke(s,r)),x.style.background=xt.fill(s,r)}}let $=Ae(ir,m);n.label instanceof HTMLElement?$.appendChild(n.label):$.textContent=n.label,r>0&&(xt.show||($.style.color=n.width>0?xt.stroke(s,r):xt.fill(s,r)),ie("click",m,x=>{if(U._lock)return;Ti(x);let j=w.indexOf(n);if((x.ctrlKey||x.metaKey)!=et.isolate){let I=w.some((M,O)=>O>0&&O!=j&&M.show);w.forEach((M,O)=>{O>0&&Je(O,I?O==j?Ui:_s:Ui,!0,Ct.setSeries)})}else Je(j,{show:!n.show},!0,Ct.setSeries)},!1),Wi&&ie(or,m,x=>{U._lock||(Ti(x),Je(w.indexOf(n),ss,!0,Ct.setSeries))},!1));for(var _ in si){let x=Ve("td",Ud,p);x.textContent="--",d.push(x)}return[p,d]}const wi=new Map;function ie(n,r,d,p=!0){const m=wi.get(r)||{},$=U.bind[n](s,r,d,p);$&&(Ri(n,r,m[n]=$),wi.set(r,m))}function Vi(n,r,d){const p=wi.get(r)||{};for(let m in p)(n==null||m==n)&&(vn(m,r,p[m]),delete p[m]);n==null&&wi.delete(r)}let li=0,xi=0,Q=0,R=0,bt=0,Mt=0,Bi=bt,ki=Mt,qe=Q,Si=R,me=0,Se=0,de=0,Oe=0;s.bbox={};let Al=!1,Ws=!1,Hi=!1,ji=!1,Gs=!1,je=!1;function Ll(n,r,d){(d||n!=s.width||r!=s.height)&&bo(n,r),Ki(!1),Hi=!0,Ws=!0,Zi()}function bo(n,r){s.width=li=Q=n,s.height=xi=R=r,bt=Mt=0,lc(),nc();let d=s.bbox;me=d.left=Ii(bt*dt,.5),Se=d.top=Ii(Mt*dt,.5),de=d.width=Ii(Q*dt,.5),Oe=d.height=Ii(R*dt,.5)}const ec=3;function ic(){let n=!1,r=0;for(;!n;){r++;let d=fc(r),p=mc(r);n=r==ec||d&&p,n||(bo(s.width,s.height),Ws=!0)}}function sc({width:n,height:r}){Ll(n,r)}s.setSize=sc;function lc(){let n=!1,r=!1,d=!1,p=!1;C.forEach((m,$)=>{if(m.show&&m._show){let{side:_,_size:x}=m,j=_%2,I=m.label!=null?m.labelSize:0,M=x+I;M>0&&(j?(Q-=M,_==3?(bt+=M,p=!0):d=!0):(R-=M,_==0?(Mt+=M,n=!0):r=!0))}}),Ei[0]=n,Ei[1]=d,Ei[2]=r,Ei[3]=p,Q-=hi[1]+hi[3],bt+=hi[3],R-=hi[2]+hi[0],Mt+=hi[0]}function nc(){let n=bt+Q,r=Mt+R,d=bt,p=Mt;function m($,_){switch($){case 1:return n+=_,n-_;case 2:return r+=_,r-_;case 3:return d-=_,d+_;case 0:return p-=_,p+_}}C.forEach(($,_)=>{if($.show&&$._show){let x=$.side;$._pos=m(x,$._size),$.label!=null&&($._lpos=m(x,$.labelSize))}})}if(U.dataIdx==null){let n=U.hover,r=n.skip=new Set(n.skip??[]);r.add(void 0);let d=n.prox=lt(n.prox),p=n.bias??=0;U.dataIdx=(m,$,_,x)=>{if($==0)return _;let j=_,I=d(m,$,_,x)??mt,M=I>=0&&I<mt,O=A.ori==0?Q:R,J=U.left,ct=t[0],rt=t[$];if(r.has(rt[_])){j=null;let it=null,G=null,V;if(p==0||p==-1)for(V=_;it==null&&V-- >0;)r.has(rt[V])||(it=V);if(p==0||p==1)for(V=_;G==null&&V++<rt.length;)r.has(rt[V])||(G=V);if(it!=null||G!=null)if(M){let vt=it==null?-1/0:N(ct[it],A,O,0),Tt=G==null?1/0:N(ct[G],A,O,0),Bt=J-vt,ft=Tt-J;Bt<=ft?Bt<=I&&(j=it):ft<=I&&(j=G)}else j=G==null?it:it==null?G:_-it<=G-_?it:G}else M&&Rt(J-N(ct[_],A,O,0))>I&&(j=null);return j}}const Ti=n=>{U.event=n};U.idxs=ht,U._lock=!1;let Qt=U.points;Qt.show=lt(Qt.show),Qt.size=lt(Qt.size),Qt.stroke=lt(Qt.stroke),Qt.width=lt(Qt.width),Qt.fill=lt(Qt.fill);const Ye=s.focus=At({},i.focus||{alpha:.3},U.focus),Wi=Ye.prox>=0,Gi=Wi&&Qt.one;let Te=[],qi=[],Yi=[];function $o(n,r){let d=Qt.show(s,r);if(d instanceof HTMLElement)return ye(d,Pd),ye(d,n.class),Xe(d,-10,-10,Q,R),T.insertBefore(d,Te[r]),d}function yo(n,r){if(l==1||r>0){let d=l==1&&k[n.scale].time,p=n.value;n.value=d?_r(p)?Er(nt,Tr(p,H)):p||ot:p||Jp,n.label=n.label||(d?Up:Np)}if(Gi||r>0){n.width=n.width==null?1:n.width,n.paths=n.paths||cu||Xd,n.fillTo=lt(n.fillTo||tu),n.pxAlign=+at(n.pxAlign,L),n.pxRound=zr(n.pxAlign),n.stroke=lt(n.stroke||null),n.fill=lt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let d=Kp(oe(1,n.width),1),p=n.points=At({},{size:d,width:oe(1,d*.2),stroke:n.stroke,space:d*2,paths:du,_stroke:null,_fill:null},n.points);p.show=lt(p.show),p.filter=lt(p.filter),p.fill=lt(p.fill),p.stroke=lt(p.stroke),p.paths=lt(p.paths),p.pxAlign=n.pxAlign}if(It){let d=Hs(n,r);St.splice(r,0,d[0]),Ge.splice(r,0,d[1]),et.values.push(null)}if(ee){ht.splice(r,0,null);let d=null;Gi?r==0&&(d=$o(n,r)):r>0&&(d=$o(n,r)),Te.splice(r,0,d),qi.splice(r,0,0),Yi.splice(r,0,0)}Vt("addSeries",r)}function oc(n,r){r=r??w.length,n=l==1?jn(n,r,Ar,Pr):jn(n,r,{},Mr),w.splice(r,0,n),yo(w[r],r)}s.addSeries=oc;function rc(n){if(w.splice(n,1),It){et.values.splice(n,1),Ge.splice(n,1);let r=St.splice(n,1)[0];Vi(null,r.firstChild),r.remove()}ee&&(ht.splice(n,1),Te.splice(n,1)[0].remove(),qi.splice(n,1),Yi.splice(n,1)),Vt("delSeries",n)}s.delSeries=rc;const Ei=[!1,!1,!1,!1];function ac(n,r){if(n._show=n.show,n.show){let d=n.side%2,p=k[n.scale];p==null&&(n.scale=d?w[1].scale:z,p=k[n.scale]);let m=p.time;n.size=lt(n.size),n.space=lt(n.space),n.rotate=lt(n.rotate),$i(n.incrs)&&n.incrs.forEach(_=>{!yi.has(_)&&yi.set(_,ga(_))}),n.incrs=lt(n.incrs||(p.distr==2?_p:m?B==1?xp:jp:Mi)),n.splits=lt(n.splits||(m&&p.distr==1?ce:p.distr==3?wn:p.distr==4?Hp:Bp)),n.stroke=lt(n.stroke),n.grid.stroke=lt(n.grid.stroke),n.ticks.stroke=lt(n.ticks.stroke),n.border.stroke=lt(n.border.stroke);let $=n.values;n.values=$i($)&&!$i($[0])?lt($):m?$i($)?jr(nt,Sr($,H)):_r($)?Cp(nt,$):$||wt:$||Vp,n.filter=lt(n.filter||(p.distr>=3&&p.log==10?qp:p.distr==3&&p.log==2?Yp:fa)),n.font=Ur(n.font),n.labelFont=Ur(n.labelFont),n._size=n.size(s,null,r,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(Ei[r]=!0,n._el=Ae(Ld,v))}}function ws(n,r,d,p){let[m,$,_,x]=d,j=r%2,I=0;return j==0&&(x||$)&&(I=r==0&&!m||r==2&&!_?Pt(Cr.size/3):0),j==1&&(m||_)&&(I=r==1&&!$||r==3&&!x?Pt(Dr.size/2):0),I}const vo=s.padding=(i.padding||[ws,ws,ws,ws]).map(n=>lt(at(n,ws))),hi=s._padding=vo.map((n,r)=>n(s,r,Ei,0));let Gt,Ot=null,Ft=null;const qs=l==1?w[0].idxs:null;let Fe=null,xs=!1;function _o(n,r){if(t=n??[],s.data=s._data=t,l==2){Gt=0;for(let d=1;d<w.length;d++)Gt+=t[d][0].length}else{t.length==0&&(s.data=s._data=t=[[]]),Fe=t[0],Gt=Fe.length;let d=t;if(X==2){d=t.slice();let p=d[0]=Array(Gt);for(let m=0;m<Gt;m++)p[m]=m}s._data=t=d}if(Ki(!0),Vt("setData"),X==2&&(Hi=!0),r!==!1){let d=A;d.auto(s,xs)?Dl():mi(z,d.min,d.max),ji=ji||U.left>=0,je=!0,Zi()}}s.setData=_o;function Dl(){xs=!0;let n,r;l==1&&(Gt>0?(Ot=qs[0]=0,Ft=qs[1]=Gt-1,n=t[0][Ot],r=t[0][Ft],X==2?(n=Ot,r=Ft):n==r&&(X==3?[n,r]=wl(n,n,A.log,!1):X==4?[n,r]=zn(n,n,A.log,!1):A.time?r=n+Pt(86400/B):[n,r]=hl(n,r,On,!0))):(Ot=qs[0]=n=null,Ft=qs[1]=r=null)),mi(z,n,r)}let Ys,Ji,Il,Ml,Pl,Rl,zl,Ol,Fl,pe;function wo(n,r,d,p,m,$){n??=lr,d??=Nn,p??="butt",m??=lr,$??="round",n!=Ys&&(b.strokeStyle=Ys=n),m!=Ji&&(b.fillStyle=Ji=m),r!=Il&&(b.lineWidth=Il=r),$!=Pl&&(b.lineJoin=Pl=$),p!=Rl&&(b.lineCap=Rl=p),d!=Ml&&b.setLineDash(Ml=d)}function xo(n,r,d,p){r!=Ji&&(b.fillStyle=Ji=r),n!=zl&&(b.font=zl=n),d!=Ol&&(b.textAlign=Ol=d),p!=Fl&&(b.textBaseline=Fl=p)}function Nl(n,r,d,p,m=0){if(p.length>0&&n.auto(s,xs)&&(r==null||r.min==null)){let $=at(Ot,0),_=at(Ft,p.length-1),x=d.min==null?qd(p,$,_,m,n.distr==3):[d.min,d.max];n.min=He(n.min,d.min=x[0]),n.max=oe(n.max,d.max=x[1])}}const ko={min:null,max:null};function cc(){for(let p in k){let m=k[p];W[p]==null&&(m.min==null||W[z]!=null&&m.auto(s,xs))&&(W[p]=ko)}for(let p in k){let m=k[p];W[p]==null&&m.from!=null&&W[m.from]!=null&&(W[p]=ko)}W[z]!=null&&Ki(!0);let n={};for(let p in W){let m=W[p];if(m!=null){let $=n[p]=us(k[p],ip);if(m.min!=null)At($,m);else if(p!=z||l==2)if(Gt==0&&$.from==null){let _=$.range(s,null,null,p);$.min=_[0],$.max=_[1]}else $.min=mt,$.max=-mt}}if(Gt>0){w.forEach((p,m)=>{if(l==1){let $=p.scale,_=W[$];if(_==null)return;let x=n[$];if(m==0){let j=x.range(s,x.min,x.max,$);x.min=j[0],x.max=j[1],Ot=Be(x.min,t[0]),Ft=Be(x.max,t[0]),Ft-Ot>1&&(t[0][Ot]<x.min&&Ot++,t[0][Ft]>x.max&&Ft--),p.min=Fe[Ot],p.max=Fe[Ft]}else p.show&&p.auto&&Nl(x,_,p,t[m],p.sorted);p.idxs[0]=Ot,p.idxs[1]=Ft}else if(m>0&&p.show&&p.auto){let[$,_]=p.facets,x=$.scale,j=_.scale,[I,M]=t[m],O=n[x],J=n[j];O!=null&&Nl(O,W[x],$,I,$.sorted),J!=null&&Nl(J,W[j],_,M,_.sorted),p.min=_.min,p.max=_.max}});for(let p in n){let m=n[p],$=W[p];if(m.from==null&&($==null||$.min==null)){let _=m.range(s,m.min==mt?null:m.min,m.max==-mt?null:m.max,p);m.min=_[0],m.max=_[1]}}}for(let p in n){let m=n[p];if(m.from!=null){let $=n[m.from];if($.min==null)m.min=m.max=null;else{let _=m.range(s,$.min,$.max,p);m.min=_[0],m.max=_[1]}}}let r={},d=!1;for(let p in n){let m=n[p],$=k[p];if($.min!=m.min||$.max!=m.max){$.min=m.min,$.max=m.max;let _=$.distr;$._min=_==3?oi($.min):_==4?on($.min,$.asinh):_==100?$.fwd($.min):$.min,$._max=_==3?oi($.max):_==4?on($.max,$.asinh):_==100?$.fwd($.max):$.max,r[p]=d=!0}}if(d){w.forEach((p,m)=>{l==2?m>0&&r.y&&(p._paths=null):r[p.scale]&&(p._paths=null)});for(let p in r)Hi=!0,Vt("setScale",p);ee&&U.left>=0&&(ji=je=!0)}for(let p in W)W[p]=null}function dc(n){let r=_n(Ot-1,0,Gt-1),d=_n(Ft+1,0,Gt-1);for(;n[r]==null&&r>0;)r--;for(;n[d]==null&&d<Gt-1;)d++;return[r,d]}function pc(){if(Gt>0){let n=w.some(r=>r._focus)&&pe!=Ye.alpha;n&&(b.globalAlpha=pe=Ye.alpha),w.forEach((r,d)=>{if(d>0&&r.show&&(So(d,!1),So(d,!0),r._paths==null)){let p=pe;pe!=r.alpha&&(b.globalAlpha=pe=r.alpha);let m=l==2?[0,t[d][0].length-1]:dc(t[d]);r._paths=r.paths(s,d,m[0],m[1]),pe!=p&&(b.globalAlpha=pe=p)}}),w.forEach((r,d)=>{if(d>0&&r.show){let p=pe;pe!=r.alpha&&(b.globalAlpha=pe=r.alpha),r._paths!=null&&jo(d,!1);{let m=r._paths!=null?r._paths.gaps:null,$=r.points.show(s,d,Ot,Ft,m),_=r.points.filter(s,d,$,m);($||_)&&(r.points._paths=r.points.paths(s,d,Ot,Ft,_),jo(d,!0))}pe!=p&&(b.globalAlpha=pe=p),Vt("drawSeries",d)}}),n&&(b.globalAlpha=pe=1)}}function So(n,r){let d=r?w[n].points:w[n];d._stroke=d.stroke(s,n),d._fill=d.fill(s,n)}function jo(n,r){let d=r?w[n].points:w[n],{stroke:p,fill:m,clip:$,flags:_,_stroke:x=d._stroke,_fill:j=d._fill,_width:I=d.width}=d._paths;I=gt(I*dt,3);let M=null,O=I%2/2;r&&j==null&&(j=I>0?"#fff":x);let J=d.pxAlign==1&&O>0;if(J&&b.translate(O,O),!r){let ct=me-I/2,rt=Se-I/2,it=de+I,G=Oe+I;M=new Path2D,M.rect(ct,rt,it,G)}r?Ul(x,I,d.dash,d.cap,j,p,m,_,$):uc(n,x,I,d.dash,d.cap,j,p,m,_,M,$),J&&b.translate(-O,-O)}function uc(n,r,d,p,m,$,_,x,j,I,M){let O=!1;j!=0&&q.forEach((J,ct)=>{if(J.series[0]==n){let rt=w[J.series[1]],it=t[J.series[1]],G=(rt._paths||Os).band;$i(G)&&(G=J.dir==1?G[0]:G[1]);let V,vt=null;rt.show&&G&&Jd(it,Ot,Ft)?(vt=J.fill(s,ct)||$,V=rt._paths.clip):G=null,Ul(r,d,p,m,vt,_,x,j,I,M,V,G),O=!0}}),O||Ul(r,d,p,m,$,_,x,j,I,M)}const To=hs|kn;function Ul(n,r,d,p,m,$,_,x,j,I,M,O){wo(n,r,d,p,m),(j||I||O)&&(b.save(),j&&b.clip(j),I&&b.clip(I)),O?(x&To)==To?(b.clip(O),M&&b.clip(M),Ks(m,_),Js(n,$,r)):x&kn?(Ks(m,_),b.clip(O),Js(n,$,r)):x&hs&&(b.save(),b.clip(O),M&&b.clip(M),Ks(m,_),b.restore(),Js(n,$,r)):(Ks(m,_),Js(n,$,r)),(j||I||O)&&b.restore()}function Js(n,r,d){d>0&&(r instanceof Map?r.forEach((p,m)=>{b.strokeStyle=Ys=m,b.stroke(p)}):r!=null&&n&&b.stroke(r))}function Ks(n,r){r instanceof Map?r.forEach((d,p)=>{b.fillStyle=Ji=p,b.fill(d)}):r!=null&&n&&b.fill(r)}function hc(n,r,d,p){let m=C[n],$;if(p<=0)$=[0,0];else{let _=m._space=m.space(s,n,r,d,p),x=m._incrs=m.incrs(s,n,r,d,p,_);$=gu(r,d,x,p,_)}return m._found=$}function Vl(n,r,d,p,m,$,_,x,j,I){let M=_%2/2;L==1&&b.translate(M,M),wo(x,_,j,I,x),b.beginPath();let O,J,ct,rt,it=m+(p==0||p==3?-$:$);d==0?(J=m,rt=it):(O=m,ct=it);for(let G=0;G<n.length;G++)r[G]!=null&&(d==0?O=ct=n[G]:J=rt=n[G],b.moveTo(O,J),b.lineTo(ct,rt));b.stroke(),L==1&&b.translate(-M,-M)}function fc(n){let r=!0;return C.forEach((d,p)=>{if(!d.show)return;let m=k[d.scale];if(m.min==null){d._show&&(r=!1,d._show=!1,Ki(!1));return}else d._show||(r=!1,d._show=!0,Ki(!1));let $=d.side,_=$%2,{min:x,max:j}=m,[I,M]=hc(p,x,j,_==0?Q:R);if(M==0)return;let O=m.distr==2,J=d._splits=d.splits(s,p,x,j,I,M,O),ct=m.distr==2?J.map(V=>Fe[V]):J,rt=m.distr==2?Fe[J[1]]-Fe[J[0]]:I,it=d._values=d.values(s,d.filter(s,ct,p,M,rt),p,M,rt);d._rotate=$==2?d.rotate(s,it,p,M):0;let G=d._size;d._size=Le(d.size(s,it,p,n)),G!=null&&d._size!=G&&(r=!1)}),r}function mc(n){let r=!0;return vo.forEach((d,p)=>{let m=d(s,p,Ei,n);m!=hi[p]&&(r=!1),hi[p]=m}),r}function gc(){for(let n=0;n<C.length;n++){let r=C[n];if(!r.show||!r._show)continue;let d=r.side,p=d%2,m,$,_=r.stroke(s,n),x=d==0||d==3?-1:1,[j,I]=r._found;if(r.label!=null){let le=r.labelGap*x,$e=Pt((r._lpos+le)*dt);xo(r.labelFont[0],_,"center",d==2?Ls:sr),b.save(),p==1?(m=$=0,b.translate($e,Pt(Se+Oe/2)),b.rotate((d==3?-al:al)/2)):(m=Pt(me+de/2),$=$e);let Li=ua(r.label)?r.label(s,n,j,I):r.label;b.fillText(Li,m,$),b.restore()}if(I==0)continue;let M=k[r.scale],O=p==0?de:Oe,J=p==0?me:Se,ct=r._splits,rt=M.distr==2?ct.map(le=>Fe[le]):ct,it=M.distr==2?Fe[ct[1]]-Fe[ct[0]]:j,G=r.ticks,V=r.border,vt=G.show?G.size:0,Tt=Pt(vt*dt),Bt=Pt((r.alignTo==2?r._size-vt-r.gap:r.gap)*dt),ft=r._rotate*-al/180,Et=P(r._pos*dt),ge=(Tt+Bt)*x,se=Et+ge;$=p==0?se:0,m=p==1?se:0;let Ee=r.font[0],Ne=r.align==1?ns:r.align==2?sn:ft>0?ns:ft<0?sn:p==0?"center":d==3?sn:ns,Ze=ft||p==1?"middle":d==2?Ls:sr;xo(Ee,_,Ne,Ze);let be=r.font[1]*r.lineGap,Ce=ct.map(le=>P(h(le,M,O,J))),Ue=r._values;for(let le=0;le<Ue.length;le++){let $e=Ue[le];if($e!=null){p==0?m=Ce[le]:$=Ce[le],$e=""+$e;let Li=$e.indexOf(`
`)==-1?[$e]:$e.split(/\n/gm);for(let ne=0;ne<Li.length;ne++){let Go=Li[ne];ft?(b.save(),b.translate(m,$+ne*be),b.rotate(ft),b.fillText(Go,0,0),b.restore()):b.fillText(Go,m,$+ne*be)}}}G.show&&Vl(Ce,G.filter(s,rt,n,I,it),p,d,Et,Tt,gt(G.width*dt,3),G.stroke(s,n),G.dash,G.cap);let Qe=r.grid;Qe.show&&Vl(Ce,Qe.filter(s,rt,n,I,it),p,p==0?2:1,p==0?Se:me,p==0?Oe:de,gt(Qe.width*dt,3),Qe.stroke(s,n),Qe.dash,Qe.cap),V.show&&Vl([Et],[1],p==0?1:0,p==0?1:2,p==1?Se:me,p==1?Oe:de,gt(V.width*dt,3),V.stroke(s,n),V.dash,V.cap)}Vt("drawAxes")}function Ki(n){w.forEach((r,d)=>{d>0&&(r._paths=null,n&&(l==1?(r.min=null,r.max=null):r.facets.forEach(p=>{p.min=null,p.max=null})))})}let Zs=!1,Bl=!1,ks=[];function bc(){Bl=!1;for(let n=0;n<ks.length;n++)Vt(...ks[n]);ks.length=0}function Zi(){Zs||(cp(Eo),Zs=!0)}function $c(n,r=!1){Zs=!0,Bl=r,n(s),Eo(),r&&ks.length>0&&queueMicrotask(bc)}s.batch=$c;function Eo(){if(Al&&(cc(),Al=!1),Hi&&(ic(),Hi=!1),Ws){if(_t(S,ns,bt),_t(S,Ls,Mt),_t(S,Ms,Q),_t(S,Ps,R),_t(T,ns,bt),_t(T,Ls,Mt),_t(T,Ms,Q),_t(T,Ps,R),_t(v,Ms,li),_t(v,Ps,xi),y.width=Pt(li*dt),y.height=Pt(xi*dt),C.forEach(({_el:n,_show:r,_size:d,_pos:p,side:m})=>{if(n!=null)if(r){let $=m===3||m===0?d:0,_=m%2==1;_t(n,_?"left":"top",p-$),_t(n,_?"width":"height",d),_t(n,_?"top":"left",_?Mt:bt),_t(n,_?"height":"width",_?R:Q),yn(n,Pi)}else ye(n,Pi)}),Ys=Ji=Il=Pl=Rl=zl=Ol=Fl=Ml=null,pe=1,Ts(!0),bt!=Bi||Mt!=ki||Q!=qe||R!=Si){Ki(!1);let n=Q/qe,r=R/Si;if(ee&&!ji&&U.left>=0){U.left*=n,U.top*=r,Qi&&Xe(Qi,Pt(U.left),0,Q,R),Xi&&Xe(Xi,0,Pt(U.top),Q,R);for(let d=0;d<Te.length;d++){let p=Te[d];p!=null&&(qi[d]*=n,Yi[d]*=r,Xe(p,Le(qi[d]),Le(Yi[d]),Q,R))}}if(yt.show&&!Gs&&yt.left>=0&&yt.width>0){yt.left*=n,yt.width*=n,yt.top*=r,yt.height*=r;for(let d in Jl)_t(is,d,yt[d])}Bi=bt,ki=Mt,qe=Q,Si=R}Vt("setSize"),Ws=!1}li>0&&xi>0&&(b.clearRect(0,0,y.width,y.height),Vt("drawClear"),Z.forEach(n=>n()),Vt("draw")),yt.show&&Gs&&(Qs(yt),Gs=!1),ee&&ji&&(Ai(null,!0,!1),ji=!1),et.show&&et.live&&je&&(ql(),je=!1),u||(u=!0,s.status=1,Vt("ready")),xs=!1,Zs=!1}s.redraw=(n,r)=>{Hi=r||!1,n!==!1?mi(z,A.min,A.max):Zi()};function Hl(n,r){let d=k[n];if(d.from==null){if(Gt==0){let p=d.range(s,r.min,r.max,n);r.min=p[0],r.max=p[1]}if(r.min>r.max){let p=r.min;r.min=r.max,r.max=p}if(Gt>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;n==z&&d.distr==2&&Gt>0&&(r.min=Be(r.min,t[0]),r.max=Be(r.max,t[0]),r.min==r.max&&r.max++),W[n]=r,Al=!0,Zi()}}s.setScale=Hl;let Wl,Gl,Qi,Xi,Co,Ao,ts,es,Lo,Do,$t,kt,fi=!1;const qt=U.drag;let Nt=qt.x,Ut=qt.y;ee&&(U.x&&(Wl=Ae(Id,T)),U.y&&(Gl=Ae(Md,T)),A.ori==0?(Qi=Wl,Xi=Gl):(Qi=Gl,Xi=Wl),$t=U.left,kt=U.top);const yt=s.select=At({show:!0,over:!0,left:0,width:0,top:0,height:0},i.select),is=yt.show?Ae(Dd,yt.over?T:S):null;function Qs(n,r){if(yt.show){for(let d in n)yt[d]=n[d],d in Jl&&_t(is,d,n[d]);r!==!1&&Vt("setSelect")}}s.setSelect=Qs;function yc(n){if(w[n].show)It&&yn(St[n],Pi);else if(It&&ye(St[n],Pi),ee){let d=Gi?Te[0]:Te[n];d!=null&&Xe(d,-10,-10,Q,R)}}function mi(n,r,d){Hl(n,{min:r,max:d})}function Je(n,r,d,p){r.focus!=null&&kc(n),r.show!=null&&w.forEach((m,$)=>{$>0&&(n==$||n==null)&&(m.show=r.show,yc($),l==2?(mi(m.facets[0].scale,null,null),mi(m.facets[1].scale,null,null)):mi(m.scale,null,null),Zi())}),d!==!1&&Vt("setSeries",n,r),p&&Es("setSeries",s,n,r)}s.setSeries=Je;function vc(n,r){At(q[n],r)}function _c(n,r){n.fill=lt(n.fill||null),n.dir=at(n.dir,-1),r=r??q.length,q.splice(r,0,n)}function wc(n){n==null?q.length=0:q.splice(n,1)}s.addBand=_c,s.setBand=vc,s.delBand=wc;function xc(n,r){w[n].alpha=r,ee&&Te[n]!=null&&(Te[n].style.opacity=r),It&&St[n]&&(St[n].style.opacity=r)}let ni,gi,Ci;const ss={focus:!0};function kc(n){if(n!=Ci){let r=n==null,d=Ye.alpha!=1;w.forEach((p,m)=>{if(l==1||m>0){let $=r||m==0||m==n;p._focus=r?null:$,d&&xc(m,$?1:Ye.alpha)}}),Ci=n,d&&Zi()}}It&&Wi&&ie(rr,pt,n=>{U._lock||(Ti(n),Ci!=null&&Je(null,ss,!0,Ct.setSeries))});function Ke(n,r,d){let p=k[r];d&&(n=n/dt-(p.ori==1?Mt:bt));let m=Q;p.ori==1&&(m=R,n=m-n),p.dir==-1&&(n=m-n);let $=p._min,_=p._max,x=n/m,j=$+(_-$)*x,I=p.distr;return I==3?ds(10,j):I==4?Zd(j,p.asinh):I==100?p.bwd(j):j}function Sc(n,r){let d=Ke(n,z,r);return Be(d,t[0],Ot,Ft)}s.valToIdx=n=>Be(n,t[0]),s.posToIdx=Sc,s.posToVal=Ke,s.valToPos=(n,r,d)=>k[r].ori==0?o(n,k[r],d?de:Q,d?me:0):a(n,k[r],d?Oe:R,d?Se:0),s.setCursor=(n,r,d)=>{$t=n.left,kt=n.top,Ai(null,r,d)};function Io(n,r){_t(is,ns,yt.left=n),_t(is,Ms,yt.width=r)}function Mo(n,r){_t(is,Ls,yt.top=n),_t(is,Ps,yt.height=r)}let Ss=A.ori==0?Io:Mo,js=A.ori==1?Io:Mo;function jc(){if(It&&et.live)for(let n=l==2?1:0;n<w.length;n++){if(n==0&&ke)continue;let r=et.values[n],d=0;for(let p in r)Ge[n][d++].firstChild.nodeValue=r[p]}}function ql(n,r){if(n!=null&&(n.idxs?n.idxs.forEach((d,p)=>{ht[p]=d}):ep(n.idx)||ht.fill(n.idx),et.idx=ht[0]),It&&et.live){for(let d=0;d<w.length;d++)(d>0||l==1&&!ke)&&Tc(d,ht[d]);jc()}je=!1,r!==!1&&Vt("setLegend")}s.setLegend=ql;function Tc(n,r){let d=w[n],p=n==0&&X==2?Fe:t[n],m;ke?m=d.values(s,n,r)??ui:(m=d.value(s,r==null?null:p[r],n,r),m=m==null?ui:{_:m}),et.values[n]=m}function Ai(n,r,d){Lo=$t,Do=kt,[$t,kt]=U.move(s,$t,kt),U.left=$t,U.top=kt,ee&&(Qi&&Xe(Qi,Pt($t),0,Q,R),Xi&&Xe(Xi,0,Pt(kt),Q,R));let p,m=Ot>Ft;ni=mt,gi=null;let $=A.ori==0?Q:R,_=A.ori==1?Q:R;if($t<0||Gt==0||m){p=U.idx=null;for(let x=0;x<w.length;x++){let j=Te[x];j!=null&&Xe(j,-10,-10,Q,R)}Wi&&Je(null,ss,!0,n==null&&Ct.setSeries),et.live&&(ht.fill(p),je=!0)}else{let x,j,I;l==1&&(x=A.ori==0?$t:kt,j=Ke(x,z),p=U.idx=Be(j,t[0],Ot,Ft),I=N(t[0][p],A,$,0));let M=-10,O=-10,J=0,ct=0,rt=!0,it="",G="";for(let V=l==2?1:0;V<w.length;V++){let vt=w[V],Tt=ht[V],Bt=Tt==null?null:l==1?t[V][Tt]:t[V][1][Tt],ft=U.dataIdx(s,V,p,j),Et=ft==null?null:l==1?t[V][ft]:t[V][1][ft];if(je=je||Et!=Bt||ft!=Tt,ht[V]=ft,V>0&&vt.show){let ge=ft==null?-10:ft==p?I:N(l==1?t[0][ft]:t[V][0][ft],A,$,0),se=Et==null?-10:Y(Et,l==1?k[vt.scale]:k[vt.facets[1].scale],_,0);if(Wi&&Et!=null){let Ee=A.ori==1?$t:kt,Ne=Rt(Ye.dist(s,V,ft,se,Ee));if(Ne<ni){let Ze=Ye.bias;if(Ze!=0){let be=Ke(Ee,vt.scale),Ce=Et>=0?1:-1,Ue=be>=0?1:-1;Ue==Ce&&(Ue==1?Ze==1?Et>=be:Et<=be:Ze==1?Et<=be:Et>=be)&&(ni=Ne,gi=V)}else ni=Ne,gi=V}}if(je||Gi){let Ee,Ne;A.ori==0?(Ee=ge,Ne=se):(Ee=se,Ne=ge);let Ze,be,Ce,Ue,Qe,le,$e=!0,Li=Qt.bbox;if(Li!=null){$e=!1;let ne=Li(s,V);Ce=ne.left,Ue=ne.top,Ze=ne.width,be=ne.height}else Ce=Ee,Ue=Ne,Ze=be=Qt.size(s,V);if(le=Qt.fill(s,V),Qe=Qt.stroke(s,V),Gi)V==gi&&ni<=Ye.prox&&(M=Ce,O=Ue,J=Ze,ct=be,rt=$e,it=le,G=Qe);else{let ne=Te[V];ne!=null&&(qi[V]=Ce,Yi[V]=Ue,fr(ne,Ze,be,$e),ur(ne,le,Qe),Xe(ne,Le(Ce),Le(Ue),Q,R))}}}}if(Gi){let V=Ye.prox,vt=Ci==null?ni<=V:ni>V||gi!=Ci;if(je||vt){let Tt=Te[0];Tt!=null&&(qi[0]=M,Yi[0]=O,fr(Tt,J,ct,rt),ur(Tt,it,G),Xe(Tt,Le(M),Le(O),Q,R))}}}if(yt.show&&fi)if(n!=null){let[x,j]=Ct.scales,[I,M]=Ct.match,[O,J]=n.cursor.sync.scales,ct=n.cursor.drag;if(Nt=ct._x,Ut=ct._y,Nt||Ut){let{left:rt,top:it,width:G,height:V}=n.select,vt=n.scales[O].ori,Tt=n.posToVal,Bt,ft,Et,ge,se,Ee=x!=null&&I(x,O),Ne=j!=null&&M(j,J);Ee&&Nt?(vt==0?(Bt=rt,ft=G):(Bt=it,ft=V),Et=k[x],ge=N(Tt(Bt,O),Et,$,0),se=N(Tt(Bt+ft,O),Et,$,0),Ss(He(ge,se),Rt(se-ge))):Ss(0,$),Ne&&Ut?(vt==1?(Bt=rt,ft=G):(Bt=it,ft=V),Et=k[j],ge=Y(Tt(Bt,J),Et,_,0),se=Y(Tt(Bt+ft,J),Et,_,0),js(He(ge,se),Rt(se-ge))):js(0,_)}else Kl()}else{let x=Rt(Lo-Co),j=Rt(Do-Ao);if(A.ori==1){let J=x;x=j,j=J}Nt=qt.x&&x>=qt.dist,Ut=qt.y&&j>=qt.dist;let I=qt.uni;I!=null?Nt&&Ut&&(Nt=x>=I,Ut=j>=I,!Nt&&!Ut&&(j>x?Ut=!0:Nt=!0)):qt.x&&qt.y&&(Nt||Ut)&&(Nt=Ut=!0);let M,O;Nt&&(A.ori==0?(M=ts,O=$t):(M=es,O=kt),Ss(He(M,O),Rt(O-M)),Ut||js(0,_)),Ut&&(A.ori==1?(M=ts,O=$t):(M=es,O=kt),js(He(M,O),Rt(O-M)),Nt||Ss(0,$)),!Nt&&!Ut&&(Ss(0,0),js(0,0))}if(qt._x=Nt,qt._y=Ut,n==null){if(d){if(Wo!=null){let[x,j]=Ct.scales;Ct.values[0]=x!=null?Ke(A.ori==0?$t:kt,x):null,Ct.values[1]=j!=null?Ke(A.ori==1?$t:kt,j):null}Es(ln,s,$t,kt,Q,R,p)}if(Wi){let x=d&&Ct.setSeries,j=Ye.prox;Ci==null?ni<=j&&Je(gi,ss,!0,x):ni>j?Je(null,ss,!0,x):gi!=Ci&&Je(gi,ss,!0,x)}}je&&(et.idx=p,ql()),r!==!1&&Vt("setCursor")}let bi=null;Object.defineProperty(s,"rect",{get(){return bi==null&&Ts(!1),bi}});function Ts(n=!1){n?bi=null:(bi=T.getBoundingClientRect(),Vt("syncRect",bi))}function Po(n,r,d,p,m,$,_){U._lock||fi&&n!=null&&n.movementX==0&&n.movementY==0||(Yl(n,r,d,p,m,$,_,!1,n!=null),n!=null?Ai(null,!0,!0):Ai(r,!0,!1))}function Yl(n,r,d,p,m,$,_,x,j){if(bi==null&&Ts(!1),Ti(n),n!=null)d=n.clientX-bi.left,p=n.clientY-bi.top;else{if(d<0||p<0){$t=-10,kt=-10;return}let[I,M]=Ct.scales,O=r.cursor.sync,[J,ct]=O.values,[rt,it]=O.scales,[G,V]=Ct.match,vt=r.axes[0].side%2==1,Tt=A.ori==0?Q:R,Bt=A.ori==1?Q:R,ft=vt?$:m,Et=vt?m:$,ge=vt?p:d,se=vt?d:p;if(rt!=null?d=G(I,rt)?h(J,k[I],Tt,0):-10:d=Tt*(ge/ft),it!=null?p=V(M,it)?h(ct,k[M],Bt,0):-10:p=Bt*(se/Et),A.ori==1){let Ee=d;d=p,p=Ee}}j&&(r==null||r.cursor.event.type==ln)&&((d<=1||d>=Q-1)&&(d=Ii(d,Q)),(p<=1||p>=R-1)&&(p=Ii(p,R))),x?(Co=d,Ao=p,[ts,es]=U.move(s,d,p)):($t=d,kt=p)}const Jl={width:0,height:0,left:0,top:0};function Kl(){Qs(Jl,!1)}let Ro,zo,Oo,Fo;function No(n,r,d,p,m,$,_){fi=!0,Nt=Ut=qt._x=qt._y=!1,Yl(n,r,d,p,m,$,_,!0,!1),n!=null&&(ie(nn,bn,Uo,!1),Es(nr,s,ts,es,Q,R,null));let{left:x,top:j,width:I,height:M}=yt;Ro=x,zo=j,Oo=I,Fo=M}function Uo(n,r,d,p,m,$,_){fi=qt._x=qt._y=!1,Yl(n,r,d,p,m,$,_,!1,!0);let{left:x,top:j,width:I,height:M}=yt,O=I>0||M>0,J=Ro!=x||zo!=j||Oo!=I||Fo!=M;if(O&&J&&Qs(yt),qt.setScale&&O&&J){let ct=x,rt=I,it=j,G=M;if(A.ori==1&&(ct=j,rt=M,it=x,G=I),Nt&&mi(z,Ke(ct,z),Ke(ct+rt,z)),Ut)for(let V in k){let vt=k[V];V!=z&&vt.from==null&&vt.min!=mt&&mi(V,Ke(it+G,V),Ke(it,V))}Kl()}else U.lock&&(U._lock=!U._lock,Ai(r,!0,n!=null));n!=null&&(Vi(nn,bn),Es(nn,s,$t,kt,Q,R,null))}function Ec(n,r,d,p,m,$,_){if(U._lock)return;Ti(n);let x=fi;if(fi){let j=!0,I=!0,M=10,O,J;A.ori==0?(O=Nt,J=Ut):(O=Ut,J=Nt),O&&J&&(j=$t<=M||$t>=Q-M,I=kt<=M||kt>=R-M),O&&j&&($t=$t<ts?0:Q),J&&I&&(kt=kt<es?0:R),Ai(null,!0,!0),fi=!1}$t=-10,kt=-10,ht.fill(null),Ai(null,!0,!0),x&&(fi=x)}function Vo(n,r,d,p,m,$,_){U._lock||(Ti(n),Dl(),Kl(),n!=null&&Es(ar,s,$t,kt,Q,R,null))}function Bo(){C.forEach(bu),Ll(s.width,s.height,!0)}Ri(ul,rs,Bo);const ls={};ls.mousedown=No,ls.mousemove=Po,ls.mouseup=Uo,ls.dblclick=Vo,ls.setSeries=(n,r,d,p)=>{let m=Ct.match[2];d=m(s,r,d),d!=-1&&Je(d,p,!0,!1)},ee&&(ie(nr,T,No),ie(ln,T,Po),ie(or,T,n=>{Ti(n),Ts(!1)}),ie(rr,T,Ec),ie(ar,T,Vo),Sn.add(s),s.syncRect=Ts);const Xs=s.hooks=i.hooks||{};function Vt(n,r,d){Bl?ks.push([n,r,d]):n in Xs&&Xs[n].forEach(p=>{p.call(null,s,r,d)})}(i.plugins||[]).forEach(n=>{for(let r in n.hooks)Xs[r]=(Xs[r]||[]).concat(n.hooks[r])});const Ho=(n,r,d)=>d,Ct=At({key:null,setSeries:!1,filters:{pub:yr,sub:yr},scales:[z,w[1]?w[1].scale:null],match:[vr,vr,Ho],values:[null,null]},U.sync);Ct.match.length==2&&Ct.match.push(Ho),U.sync=Ct;const Wo=Ct.key,Zl=Ra(Wo);function Es(n,r,d,p,m,$,_){Ct.filters.pub(n,r,d,p,m,$,_)&&Zl.pub(n,r,d,p,m,$,_)}Zl.sub(s);function Cc(n,r,d,p,m,$,_){Ct.filters.sub(n,r,d,p,m,$,_)&&ls[n](null,r,d,p,m,$,_)}s.pub=Cc;function Ac(){Zl.unsub(s),Sn.delete(s),wi.clear(),vn(ul,rs,Bo),f.remove(),pt?.remove(),Vt("destroy")}s.destroy=Ac;function Ql(){Vt("init",i,t),_o(t||i.data,!1),W[z]?Hl(z,W[z]):Dl(),Gs=yt.show&&(yt.width>0||yt.height>0),ji=je=!0,Ll(i.width,i.height)}return w.forEach(yo),C.forEach(ac),e?e instanceof HTMLElement?(e.appendChild(f),Ql()):e(s,Ql):Ql(),s}Yt.assign=At;Yt.fmtNum=Fn;Yt.rangeNum=hl;Yt.rangeLog=wl;Yt.rangeAsinh=zn;Yt.orient=Fi;Yt.pxRatio=dt;Yt.join=ap;Yt.fmtDate=Un,Yt.tzDate=yp;Yt.sync=Ra;{Yt.addGap=eu,Yt.clipGaps=Sl;let i=Yt.paths={points:Va};i.linear=Ha,i.stepped=lu,i.bars=nu,i.spline=ru}const $u='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var yu=Object.defineProperty,xe=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&yu(t,e,l),l};const to=class to extends Jt{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return g`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?g`<div class="empty muted">${c("common.no_data")}</div>`:g`<div class="plot" aria-hidden="true"></div>
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?c("chart.period"):c("chart.range")}</th>
            <th scope="col">${this.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${this.ys.map((e,s)=>g`<tr data-key=${this.labels[s]??String(this.xs[s])} data-value=${String(e)}>
                <th scope="row">${this.labels[s]??String(this.xs[s])}</th>
                <td>${this.formatValue(e)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const t=this.ys.reduce((e,s)=>e+s,0);return c("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const e=getComputedStyle(this),s=e.getPropertyValue("--pl-chart-color").trim()||e.getPropertyValue("--primary-color").trim()||"#03a9f4",l=e.getPropertyValue("--secondary-text-color").trim()||"#727272",o=e.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",a=`12px ${e.fontFamily||"sans-serif"}`,h=Math.max(Math.floor(t.clientWidth),200),u=this.labels,f=this.xs,y=this.formatValue,b=this.kind==="time",v=this.bucket,S=this.locale,T=b?Rc(v)/2:.5,L={stroke:l,font:a,grid:{stroke:o,width:1},ticks:{stroke:o,width:1}},P=w=>b?qo(f[w]??0,v,S):u[w]??"",B={width:h,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(w,C,k)=>[C-T,k+T]},y:{range:(w,C,k)=>[0,k>0?k*1.1:1]}},axes:[b?{...L,splits:w=>Pc(f,Math.max(Math.floor(w.bbox.width/devicePixelRatio/70),2)),values:(w,C)=>C.map(k=>qo(k,v,S))}:{...L,splits:()=>u.map((w,C)=>C),values:(w,C)=>C.map(k=>u[k]??""),gap:4},{...L,size:48,values:(w,C)=>C.map(k=>y(k))}],series:[{},{label:this.unit,stroke:s,fill:s,width:0,paths:Yt.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[w=>{const C=w.cursor.idx,k=C==null?void 0:this.ys[C];this.readout=k===void 0||C===null||C===void 0?"":`${P(C)}: ${y(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new Yt(B,[this.xs,this.ys],t)}};to.styles=[te,Ic($u),Wt`
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
    `];let Xt=to;xe([D()],Xt.prototype,"kind");xe([D()],Xt.prototype,"label");xe([D()],Xt.prototype,"unit");xe([D({attribute:!1})],Xt.prototype,"xs");xe([D({attribute:!1})],Xt.prototype,"ys");xe([D({attribute:!1})],Xt.prototype,"labels");xe([D()],Xt.prototype,"bucket");xe([D()],Xt.prototype,"locale");xe([D({attribute:!1})],Xt.prototype,"formatValue");xe([D({type:Boolean})],Xt.prototype,"dark");xe([D({type:Number})],Xt.prototype,"height");xe([Mc(".plot")],Xt.prototype,"plotEl");xe([F()],Xt.prototype,"readout");Kt("pl-chart",Xt);var vu=Object.defineProperty,Vs=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&vu(t,e,l),l};const eo=class eo extends Jt{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=zc(this.matrix),e=Array.from({length:24},(u,f)=>f),s=Oc(this.locale),l=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),o=u=>{const f=l.formatToParts(new Date(Date.UTC(2024,0,1,u))),y=Number(f.find(v=>v.type==="hour")?.value??u),b=f.find(v=>v.type==="dayPeriod")?.value;return b?`${y}${b.charAt(0).toLowerCase()}`:String(y)},a=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),h=u=>a.format(new Date(Date.UTC(2024,0,1,u)));return g`<table aria-label=${this.label||c("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${e.map(u=>g`<th scope="col" abbr=${h(u)}>${u%3===0?o(u):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Fc(this.firstWeekday).map(u=>g`<tr data-weekday=${u}>
              <th scope="row">${s[u]}</th>
              ${e.map(f=>{const y=this.matrix[u]?.[f]??0,b=c("heatmap.cell",{day:s[u],from:h(f),to:h((f+1)%24),count:y});return g`<td title=${b} data-weekday=${u} data-hour=${f} data-value=${y}>
                  ${y>0?g`<span class="shade" style=${un({opacity:String(.15+.85*(y/t))})}></span>`:""}
                  <span class="sr-only">${y}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};eo.styles=[te,Wt`
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
    `];let vi=eo;Vs([D()],vi.prototype,"label");Vs([D({attribute:!1})],vi.prototype,"matrix");Vs([D({type:Number})],vi.prototype,"firstWeekday");Vs([D()],vi.prototype,"locale");Vs([D({attribute:!1})],vi.prototype,"hour12");Kt("pl-heatmap",vi);var _u=Object.defineProperty,Yn=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&_u(t,e,l),l};const io=class io extends Jt{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?g`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(e=>c(e)).map(e=>g`<li class="card loading"><span class="label">${e}</span><span class="value">…</span></li>`)}
      </ul>`:g`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${Nc(this.summary,t).map(e=>g`<li class="card" data-kpi=${e.id}>
          <span class="label">${e.label}</span>
          <span class="value">${e.value}</span>
          ${e.sub?g`<span class="sub">${e.sub}</span>`:""}
        </li>`)}
    </ul>`}};io.styles=[te,Wt`
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
    `];let fs=io;Yn([D({attribute:!1})],fs.prototype,"summary");Yn([D({attribute:!1})],fs.prototype,"options");Yn([D({type:Boolean})],fs.prototype,"loading");Kt("pl-kpis",fs);var wu=Object.defineProperty,We=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&wu(t,e,l),l};function Tn(i){const t=i?.points??[],[e,s]=Yc(t),l=[...t].sort((o,a)=>o.bucket<a.bucket?-1:1).map(o=>o.bucket);return{xs:e,ys:s,labels:l}}const Vr=Tn(void 0),xu=[],ku=hn.map((i,t)=>t),so=class so extends Jt{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=Vr,this.hoursSeries=Vr,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const e=t.get("data");(!e||e.jobs!==this.data.jobs)&&(this.jobsSeries=Tn(this.data.jobs)),(!e||e.hours!==this.data.hours)&&(this.hoursSeries=Tn(this.data.hours))}if(t.has("options")){const e=this.options;e&&(this.formatInt=s=>De(s,e),this.formatHours=s=>De(s,e,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Uc(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const e=++this.token,s=this.scope(),l=this.bucket;this.loading=!0,this.error="";const o=()=>e===this.token,a=y=>{o()&&(this.data={...this.data,...y})},h=[t.summary(s).then(y=>a({summary:y})),t.timeseries(s,l,"jobs").then(y=>a({jobs:y})),t.timeseries(s,l,"hours").then(y=>a({hours:y})),t.breakdown(s,"filament_type").then(y=>a({filamentType:y})),t.breakdown(s,"filament_colour").then(y=>a({filamentColour:y})),t.breakdown(s,"printer").then(y=>a({printer:y})),t.breakdown(s,"status").then(y=>a({status:y})),t.breakdown(s,"failure_reason").then(y=>a({failureReason:y})),this.histogram(t,s).then(y=>a({histogram:y})),t.breakdown(s,"weekday_hour").then(y=>a({heatmap:Vc(y.rows)})),t.spoolBreakdown(s,"spool").then(y=>a({bySpool:y})),t.spoolBreakdown(s,"vendor").then(y=>a({byVendor:y})),t.spoolBreakdown(s,"material").then(y=>a({byMaterial:y}))],u=await Promise.allSettled(h);if(!o())return;const f=u.find(y=>y.status==="rejected");f&&(this.error=Lt(f.reason)),this.loading=!1}async histogram(t,e){return(await Promise.all(hn.map(l=>t.listJobs({...e,statuses:[...Dn],min_duration:l.min,...l.max!==void 0?{max_duration:l.max}:{},limit:1})))).map(l=>l.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=hn.map(e=>Bc(e,t))),this.binLabelsCache}change(t,e){t==="period"&&Hc(e)?(this.period=e,this.bucket=Wc(e)):t==="printer"?this.printer=e:t==="bucket"&&(e==="day"||e==="week"||e==="month"||e==="year")&&(this.bucket=e),this.load()}render(){const t=this.options;if(!t)return E;const e=this.data,s=this.jobsSeries,l=this.hoursSeries,o=this.formatInt,a=this.formatHours,h=e.jobs?.bucket??this.bucket;return g`
      <div class="selectors" role="group" aria-label=${c("analytics.selection")}>
        <label
          >${c("analytics.period")}
          <select name="period" @change=${u=>this.change("period",u.target.value)}>
            ${Gc.map(u=>g`<option value=${u.id} ?selected=${u.id===this.period}>${qc(u.id)}</option>`)}
          </select>
        </label>
        <label
          >${c("common.printer")}
          <select name="printer" @change=${u=>this.change("printer",u.target.value)}>
            <option value="" ?selected=${!this.printer}>${c("common.all_printers")}</option>
            ${this.printers.map(u=>g`<option value=${u.id} ?selected=${u.id===this.printer}>${u.name}</option>`)}
          </select>
        </label>
        <label
          >${c("analytics.group_by")}
          <select name="bucket" @change=${u=>this.change("bucket",u.target.value)}>
            ${["day","week","month","year"].map(u=>g`<option value=${u} ?selected=${u===this.bucket}>${c(`bucket.${u}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${jt(An)} ${c("common.refresh")}</button>
      </div>
      ${this.error?g`<div class="error-banner" role="alert">
            <span>${c("analytics.load_error",{error:this.error})}</span>
          </div>`:E}
      ${h!==this.bucket?g`<p class="bucket-note" role="status">
            ${c("analytics.bucket_note",{shown:c(`bucket_per.${h}`),bucket:c(`bucket_many.${this.bucket}`)})}
          </p>`:E}
      <pl-kpis .summary=${e.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${c(`analytics.jobs_per.${h}`)}</h2>
          <pl-chart
            label=${c(`analytics.jobs_per.${h}`)}
            unit=${c("analytics.unit_jobs")}
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
          <h2>${c(`analytics.hours_per.${h}`)}</h2>
          <pl-chart
            label=${c(`analytics.hours_per.${h}`)}
            unit=${c("analytics.unit_hours")}
            .xs=${l.xs}
            .ys=${l.ys}
            .labels=${l.labels}
            .bucket=${h}
            .locale=${t.dateLocale}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${c("analytics.filament_type")}</h2>
          <pl-bars
            label=${c("analytics.filament_type_label")}
            .items=${As(Yo(e.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${c("analytics.filament_colour")}</h2>
          <pl-bars
            label=${c("analytics.filament_colour_label")}
            .items=${As(Yo(e.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        ${e.bySpool?.rows.length?g`<section class="panel card" data-chart="spool">
                <h2>${c("analytics.by_spool")}</h2>
                <p class="muted">
                  ${c("analytics.spool_totals",{grams:Qr(e.bySpool.totals.filament_g,t,0),cost:as(e.bySpool.totals.cost,t)})}
                </p>
                <pl-bars
                  label=${c("analytics.by_spool")}
                  .items=${Xl(e.bySpool.rows.slice(0,12),t,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${c("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${c("analytics.by_vendor")}
                  .items=${Xl((e.byVendor?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${c("analytics.by_material")}</h2>
                <pl-bars
                  label=${c("analytics.by_material")}
                  .items=${Xl((e.byMaterial?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>`:E}
        <section class="panel card" data-chart="printer">
          <h2>${c("analytics.success_printer")}</h2>
          <pl-bars label=${c("analytics.success_printer")} .max=${100} .items=${As(e.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${c("analytics.outcome")}</h2>
          <pl-bars
            label=${c("analytics.outcome")}
            .items=${As((e.status?.rows??[]).map(u=>({...u,label:dl(String(u.key??u.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="failure_reason">
          <h2>${c("analytics.failure_reason")}</h2>
          <pl-bars
            label=${c("analytics.failure_reason")}
            .items=${As((e.failureReason?.rows??[]).map(u=>({...u,label:u.key===null?c("failure.unknown"):vl(String(u.key))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${c("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${c("analytics.duration_label")}
            unit=${c("analytics.unit_jobs")}
            .xs=${ku}
            .ys=${e.histogram??xu}
            .labels=${this.binLabels(t)}
            .formatValue=${o}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${c("analytics.heatmap")}</h2>
          <pl-heatmap
            .matrix=${e.heatmap??[]}
            .firstWeekday=${t.firstWeekday}
            .locale=${t.dateLocale}
            .hour12=${t.hour12}
          ></pl-heatmap>
        </section>
      </div>
    `}};so.styles=[te,Wt`
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
    `];let he=so;We([D({attribute:!1})],he.prototype,"api");We([D({attribute:!1})],he.prototype,"options");We([D({attribute:!1})],he.prototype,"printers");We([D({type:Boolean})],he.prototype,"dark");We([D({type:Boolean})],he.prototype,"active");We([F()],he.prototype,"period");We([F()],he.prototype,"printer");We([F()],he.prototype,"bucket");We([F()],he.prototype,"data");We([F()],he.prototype,"loading");We([F()],he.prototype,"error");Kt("pl-analytics-view",he);let Jn,dn;function Kn(){return Jn}function Ya(i){return dn??=i.limits().then(t=>Jn=t).catch(()=>{dn=void 0}),dn}function Ja(i,t,e,s=Jn){const l=s?.numbers[i];return l?t<l.min||t>l.max?c("form.range",{field:e,min:String(l.min),max:String(l.max)}):"":t<0?c("form.positive",{field:e}):""}const Su=4e3;class ju{constructor(t,e){this.host=t,this.list=e,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},Su),this.changed()}async save(t,e){const s=this.host.api;if(!s)return!1;if(!Object.keys(e).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const l=await s.updateJob(t.id,e);return this.list.applyJob(l),this.notify(c("jobs.saved",{file:ei(t.filename)})),!0}catch(l){return this.editError=Lt(l),this.notify(c("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,e){await this.save(t,e)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const e=this.confirmJobs.map(s=>s.id);this.deleting=!0,this.deleteError="",this.changed();try{const s=await t.deleteJobs(e),l=new Set(e);l.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(l,s),this.notify(c("jobs.deleted",{count:s}))}catch(s){this.deleteError=Lt(s)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const e=this.host.api;if(e){this.addBusy=!0,this.addError="",this.changed();try{const s=await e.createJob(t);this.adding=!1,this.notify(c("jobs.added",{file:ei(s.filename)})),await this.list.reload()}catch(s){this.addError=Lt(s),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(Xr(s))}finally{this.addBusy=!1,this.changed()}}}}const Br={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:"",spool:""},Ka=[{value:"",get label(){return c("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(i=>({value:i,get label(){return i==="failed"?c("filter.failed_any"):dl(i)},statuses:i==="failed"?[...er]:[i]})),...er.map(i=>({value:`only:${i}`,get label(){return`— ${dl(i)}`},statuses:[i]}))];function Tu(i,t){const e={};i.printer&&(e.printer_ids=[i.printer]);const s=Ka.find(h=>h.value===i.status)?.statuses??[];s.length&&(e.statuses=[...s]);const l=i.since?fn(i.since,"00:00",t):void 0;if(l&&(e.since=l),i.until){const h=new Date(`${i.until}T00:00:00Z`);if(!Number.isNaN(h.getTime())){h.setUTCDate(h.getUTCDate()+1);const u=fn(h.toISOString().slice(0,10),"00:00",t);u&&(e.until=u)}}i.q.trim()&&(e.q=i.q.trim()),i.filament.trim()&&(e.filament_type=i.filament.trim());const o=pl(i.tags);o.length&&(e.tags=o);const a=/^id:(\d{1,9})$/.exec(i.spool??"");return a?e.spool_id=Number(a[1]):i.spool?.startsWith("vendor:")&&i.spool.length>7&&(e.spool_vendor=i.spool.slice(7)),e}function Eu(i){const t={};return i.printer_ids&&(t.printer_ids=i.printer_ids),i.statuses&&(t.statuses=i.statuses),i.since&&(t.since=i.since),i.until&&(t.until=i.until),i.q&&(t.q=i.q),i.filament_type&&(t.filament_type=i.filament_type),i.tags&&(t.tags=i.tags),i.min_duration!==void 0&&(t.min_duration=i.min_duration),i.max_duration!==void 0&&(t.max_duration=i.max_duration),i.spool_id!==void 0&&(t.spool_id=i.spool_id),i.spool_vendor&&(t.spool_vendor=i.spool_vendor),t}const En=i=>i.target.value;function Cu(i){const{list:t,changes:e,admin:s}=i,l=t.activeFilters;return g`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${c("jobs.search")}
      aria-label=${c("jobs.search")}
      .value=${t.filters.q}
      @input=${o=>t.setFilter("q",En(o),!0)}
    />
    <button class="btn" aria-expanded=${i.showFilters?"true":"false"} aria-controls="filters" @click=${i.toggleFilters}>
      ${jt(Jc)} ${l?c("jobs.filters_n",{n:l}):c("jobs.filters")}
    </button>
    <span class="spacer"></span>
    <button
      class="btn"
      title=${c("jobs.export_hint")}
      ?disabled=${t.exporting}
      @click=${()=>{t.exportCsv()}}
    >
      ${jt(Kc)} ${c("jobs.export")}
    </button>
    ${s&&t.selected.size?g`<button class="btn danger" @click=${()=>e.askDelete(t.selectedJobs)}>
          ${jt(Ln)} ${c("jobs.delete_n",{n:t.selected.size})}
        </button>`:E}
    ${s?g`<button class="btn primary" @click=${()=>e.openAdd()} ?disabled=${!i.printers.length}>
          ${jt(Zc)} ${c("jobs.add")}
        </button>`:E}
  </div>`}function Au(i,t){const e=i.filters,s=o=>a=>i.setFilter(o,En(a)),l=o=>a=>i.setFilter(o,En(a),!0);return g`<div class="filters card" id="filters">
    <label
      >${c("common.printer")}
      <select name="printer" @change=${s("printer")}>
        <option value="" ?selected=${!e.printer}>${c("common.all_printers")}</option>
        ${t.map(o=>g`<option value=${o.id} ?selected=${o.id===e.printer}>${o.name}</option>`)}
      </select>
    </label>
    <label
      >${c("column.status")}
      <select name="status" @change=${s("status")}>
        ${Ka.map(o=>g`<option value=${o.value} ?selected=${o.value===e.status}>${o.label}</option>`)}
      </select>
    </label>
    <label>${c("jobs.from")} <input name="since" type="date" .value=${e.since} @change=${s("since")} /></label>
    <label>${c("jobs.to")} <input name="until" type="date" .value=${e.until} @change=${s("until")} /></label>
    <label
      >${c("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${e.filament} @input=${l("filament")} />
      <datalist id="filament-types">${i.filamentTypes.map(o=>g`<option value=${o}></option>`)}</datalist>
    </label>
    ${i.spoolChoices.spools.length?g`<label
          >${c("spools.filter")}
          <select name="spool" @change=${s("spool")}>
            <option value="" ?selected=${!e.spool}>${c("spools.any")}</option>
            <optgroup label=${c("spools.title")}>
              ${i.spoolChoices.spools.map(o=>g`<option value=${`id:${o.id}`} ?selected=${e.spool===`id:${o.id}`}>${o.label}</option>`)}
            </optgroup>
            <optgroup label=${c("spools.vendors")}>
              ${i.spoolChoices.vendors.map(o=>g`<option value=${`vendor:${o}`} ?selected=${e.spool===`vendor:${o}`}>${o}</option>`)}
            </optgroup>
          </select>
        </label>`:E}
    <label
      >${c("jobs.tags_filter")}
      <input name="tags" .value=${e.tags} @input=${l("tags")} />
    </label>
    <button class="btn clear" @click=${()=>i.clearFilters()}>${c("jobs.clear_filters")}</button>
  </div>`}const Lu=[25,50,100,200],Du=300,Iu=1500,Mu=["filename","printer","status"];class Pu{constructor(t,e,s){this.host=t,this.timeZone=e,this.listHeld=s,this.filters={...Br},this.sort="start",this.order="desc",this.limit=50,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.exporting=!1,this.summaryLoading=!1,this.selected=new Set,this.maintenance=[],this.filamentTypes=[],this.spoolChoices={spools:[],vendors:[]},this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return Tu(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const e=++this.listToken;this.loading=!0,this.error="",this.changed();try{const s=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null}),l=await this.pageMaintenance(t,s.jobs,s.next_cursor);if(e!==this.listToken)return;this.jobs=s.jobs,this.maintenance=l,this.total=s.total,this.nextCursor=s.next_cursor,this.loaded=!0}catch(s){e===this.listToken&&(this.error=Lt(s))}finally{e===this.listToken&&(this.loading=!1),this.changed()}}async pageMaintenance(t,e,s){if(!this.filters.printer||this.sort!=="start")return[];try{const{log:l}=await t.getMaintenance([this.filters.printer]),o=e.map(f=>Date.parse(f.start)),a=this.page===0||!o.length?1/0:Math.max(...o),h=s===null||!o.length?-1/0:Math.min(...o),u=l.filter(f=>{const y=Date.parse(f.done_at);return y<=a&&y>=h});return this.order==="desc"?u:u.reverse()}catch{return[]}}async loadSummary(){const t=this.host.api;if(!t)return;const e=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const s=await t.summary(Eu(this.params()));e===this.summaryToken&&(this.summary=s)}catch(s){e===this.summaryToken&&(this.error||=Lt(s))}finally{e===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadSpoolChoices(){const t=this.host.api;if(t)try{const[e,s]=await Promise.all([t.spoolBreakdown({},"spool"),t.spoolBreakdown({},"vendor")]);this.spoolChoices={spools:e.rows.filter(l=>l.key!==null).map(l=>({id:String(l.key),label:l.label})),vendors:s.rows.filter(l=>l.key!==null).map(l=>String(l.key))},this.changed()}catch{}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const e=await t.breakdown({},"filament_type");this.filamentTypes=e.rows.map(s=>s.label??(s.key===null?"":String(s.key))).filter(s=>s).sort((s,l)=>s.localeCompare(l)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const e=this.pendingList;this.pendingList=!1,e&&!this.listHeld()&&this.loadPage(),this.loadSummary()},Iu)}setFilter(t,e,s=!1){this.filters={...this.filters,[t]:e},this.changed(),clearTimeout(this.searchTimer),s?this.searchTimer=setTimeout(()=>{this.reload()},Du):this.reload()}async exportCsv(){const t=this.host.api;if(!(!t||this.exporting)){this.exporting=!0,this.changed();try{const e=document.createElement("a");e.href=await t.exportUrl(this.params()),e.download="print_logger_jobs.csv",e.rel="noopener",document.body.append(e),e.click(),e.remove()}catch(e){this.error=Lt(e)}finally{this.exporting=!1,this.changed()}}}clearFilters(){this.filters={...Br},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,e])=>t!=="q"&&e).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=Mu.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(e=>e.id===t.id)?(this.jobs=this.jobs.map(e=>e.id===t.id?{...e,...Ru(t)}:e),this.changed(),!0):!1}dropJob(t){this.jobs.some(e=>e.id===t)&&(this.jobs=this.jobs.filter(e=>e.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,e){this.jobs=this.jobs.filter(s=>!t.has(s.id)),this.total=Math.max(this.total-e,0),this.selected=new Set([...this.selected].filter(s=>!t.has(s))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,e){const s=new Set(this.selected);e?s.add(t):s.delete(t),this.selected=s,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(e=>e.id)):new Set,this.changed()}}function Ru(i){const{details:t,events:e,metadata:s,...l}=i;return l}const zu=Wt`
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
`;const Hr=(i,t,e)=>{const s=new Map;for(let l=t;l<=e;l++)s.set(i[l],l);return s},Za=Kr(class extends Zr{constructor(i){if(super(i),i.type!==Qc.CHILD)throw Error("repeat() can only be used in text expressions")}dt(i,t,e){let s;e===void 0?e=t:t!==void 0&&(s=t);const l=[],o=[];let a=0;for(const h of i)l[a]=s?s(h,a):a,o[a]=e(h,a),a++;return{values:o,keys:l}}render(i,t,e){return this.dt(i,t,e).values}update(i,[t,e,s]){const l=$d(i),{values:o,keys:a}=this.dt(t,e,s);if(!Array.isArray(l))return this.ut=a,o;const h=this.ut??=[],u=[];let f,y,b=0,v=l.length-1,S=0,T=o.length-1;for(;b<=v&&S<=T;)if(l[b]===null)b++;else if(l[v]===null)v--;else if(h[b]===a[S])u[S]=Di(l[b],o[S]),b++,S++;else if(h[v]===a[T])u[T]=Di(l[v],o[T]),v--,T--;else if(h[b]===a[T])u[T]=Di(l[b],o[T]),Cs(i,u[T+1],l[b]),b++,T--;else if(h[v]===a[S])u[S]=Di(l[v],o[S]),Cs(i,l[b],l[v]),v--,S++;else if(f===void 0&&(f=Hr(a,S,T),y=Hr(h,b,v)),f.has(h[b]))if(f.has(h[v])){const L=y.get(a[S]),P=L!==void 0?l[L]:null;if(P===null){const B=Cs(i,l[b]);Di(B,o[S]),u[S]=B}else u[S]=Di(P,o[S]),Cs(i,l[b],P),l[L]=null;S++}else en(l[v]),v--;else en(l[b]),b++;for(;S<=T;){const L=Cs(i,u[T+1]);Di(L,o[S]),u[S++]=L}for(;b<=v;){const L=l[b++];L!==null&&en(L)}return this.ut=a,oa(i,u),Xc}});var Ou=Object.defineProperty,Zn=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&Ou(t,e,l),l};const lo=class lo extends Jt{constructor(){super(...arguments),this.photoId="",this.visible=!1,this.loaded=""}connectedCallback(){super.connectedCallback(),this.observer=new IntersectionObserver(t=>{this.visible=t.some(e=>e.isIntersecting),this.visible&&this.load()}),this.observer.observe(this)}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.release()}updated(t){t.has("photoId")&&this.loaded&&this.loaded!==this.photoId&&(this.release(),this.visible&&this.load())}release(){this.url&&URL.revokeObjectURL(this.url),this.url=void 0,this.loaded=""}async load(){const t=this.photoId;if(!(!this.api||!t||this.loaded===t)){this.loaded=t;try{const e=await this.api.photo(t,!0);e&&this.photoId===t&&this.isConnected&&(this.url=URL.createObjectURL(e))}catch{}}}render(){return this.url?g`<img src=${this.url} alt=${c("photos.kind.end")} />`:E}};lo.styles=Wt`
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
  `;let ms=lo;Zn([D({attribute:!1})],ms.prototype,"api");Zn([D()],ms.prototype,"photoId");Zn([F()],ms.prototype,"url");Kt("pl-photo-thumb",ms);const Wr=[{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function Fu(i){const{list:t,changes:e,admin:s}=i,l=Wr.length+(s?2:0);return g`<div class="table-wrap">
    <table aria-label=${c("jobs.print_jobs")} aria-busy=${t.loading?"true":"false"} aria-rowcount=${t.total+1}>
      <thead>
        <tr>
          ${s?g`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${c("jobs.select_all")}
                  .checked=${t.allSelected}
                  @change=${o=>t.toggleAll(o.target.checked)}
                />
              </th>`:E}
          ${Wr.map(o=>Nu(t,o))}
          ${s?g`<th scope="col"><span class="sr-only">${c("jobs.actions")}</span></th>`:E}
        </tr>
      </thead>
      <tbody>
        ${Za(t.jobs,o=>o.id,(o,a)=>g`${Gr(i,a,l)}${Uu(i,o)}
          ${e.editingId===o.id?g`<tr class="editor-row">
                <td colspan=${l}>${tc(e,o)}</td>
              </tr>`:E}`)}
        ${Gr(i,t.jobs.length,l)}
        ${t.loaded&&!t.jobs.length?g`<tr>
              <td class="empty muted" colspan=${l}>${c("jobs.no_match")}</td>
            </tr>`:E}
      </tbody>
    </table>
  </div>`}function Gr(i,t,e){const{list:s,options:l}=i;if(!s.maintenance.length)return E;const o=f=>s.order==="desc"?-Date.parse(f):Date.parse(f),a=t>0?o(s.jobs[t-1].start):-1/0,h=t<s.jobs.length?o(s.jobs[t].start):1/0;return s.maintenance.filter(f=>{const y=o(f.done_at);return y>a&&y<=h}).map(f=>g`<tr class="maintenance-row" data-maintenance-id=${f.id}>
      <td colspan=${e}>
        ${jt(sa)}
        <span>${Ie(f.done_at,l)}</span> · <strong>${f.name}</strong>
        ${f.notes?g` · <span>${f.notes}</span>`:E}
        ${f.cost!==null?g` · <span>${as(f.cost,l)}</span>`:E}
        ${f.done_by?g` · <span class="muted">${f.done_by}</span>`:E}
      </td>
    </tr>`)}function Nu(i,t){const e=t.sort&&t.sort===i.sort,s=e?i.order==="asc"?"ascending":"descending":void 0;return g`<th scope="col" aria-sort=${s??E}>
    ${t.sort?g`<button class="sort" @click=${()=>i.sortBy(t.sort)}>
          ${c(t.label)}<span aria-hidden="true">${e?i.order==="asc"?"▲":"▼":""}</span>
        </button>`:c(t.label)}
  </th>`}function Uu(i,t){const{list:e,changes:s,admin:l,options:o}=i,a=cl(t.filament_colour);return g`<tr data-job-id=${t.id} class=${e.selected.has(t.id)?"selected":""}>
    ${l?g`<td>
          <input
            type="checkbox"
            aria-label=${c("jobs.select",{file:ei(t.filename)})}
            .checked=${e.selected.has(t.id)}
            @change=${h=>e.toggleSelected(t.id,h.target.checked)}
          />
        </td>`:E}
    <td>${Qa(s,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${$l(t.status)}</td>
    <td class="num" data-col="start" title=${Ie(t.start,o)}>${Ie(t.start,o,!1)}</td>
    <td class="num" data-col="print_duration">${ti(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${a?g`<span class="swatch" style=${`background:${a}`}></span>`:E}
      ${yl(t.filament_weight_g,t.filament_used_mm,o)}
      <span class="muted">${t.filament_type??""}</span>
      ${td(t.spools,o)}
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${t.rating}
        .subject=${ei(t.filename)}
        ?readonly=${!l}
        ?disabled=${s.savingId===t.id}
        @value-changed=${h=>s.save(t,{rating:h.detail.value})}
      ></pl-rating>
    </td>
    <td data-col="tags">${t.tags.map(h=>g`<span class="tag">${h}</span>`)}</td>
    <td class="notes" data-col="notes" title=${t.notes??""}>
      <span>${t.failure_reason?g`<strong class="status-error">${vl(t.failure_reason)}</strong> `:E}${t.notes??""}</span>
    </td>
    ${l?g`<td class="actions">${Xa(s,t)}</td>`:E}
  </tr>`}function Qa(i,t){return g`<button class="file" data-col="filename" @click=${()=>i.showJob(t.id)} aria-haspopup="dialog">
    ${t.end_photo_id?g`<pl-photo-thumb .api=${i.host.api} .photoId=${t.end_photo_id}></pl-photo-thumb>`:E}${Us(t.filename)}
  </button>`}function Xa(i,t){return g`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${c("jobs.edit",{file:ei(t.filename)})}
      aria-expanded=${i.editingId===t.id?"true":"false"}
      @click=${()=>i.toggleEditor(t)}
    >
      ${jt(ia)}
    </button>
    <button class="icon-btn" aria-label=${c("jobs.delete",{file:ei(t.filename)})} @click=${()=>i.askDelete([t])}>
      ${jt(Ln)}
    </button>`}function tc(i,t){return g`<pl-job-editor
    .job=${t}
    .busy=${i.savingId===t.id}
    .error=${i.editError}
    @save=${e=>i.saveEditor(t,e.detail.changes)}
    @cancel=${()=>i.closeEditor(t.id)}
  ></pl-job-editor>`}function Vu(i){const{list:t,changes:e,admin:s,options:l}=i;return t.loaded&&!t.jobs.length?g`<div class="empty muted">${c("jobs.no_match")}</div>`:g`<ul class="cards" aria-label=${c("jobs.print_jobs")}>
    ${Za(t.jobs,o=>o.id,o=>g`<li class="card" data-job-id=${o.id}>
        <div class="head">${Qa(e,o)} ${$l(o.status)}</div>
        <div class="line">
          ${o.printer_name} · ${Ie(o.start,l)} · ${ti(o.print_duration)} ·
          ${yl(o.filament_weight_g,o.filament_used_mm,l)}
        </div>
        ${o.tags.length?g`<div>${o.tags.map(a=>g`<span class="tag">${a}</span>`)}</div>`:E}
        ${o.notes?g`<div class="notes" data-col="notes">${o.notes}</div>`:E}
        <div class="row-actions">
          <pl-rating
            .value=${o.rating}
            .subject=${ei(o.filename)}
            ?readonly=${!s}
            @value-changed=${a=>e.save(o,{rating:a.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${s?Xa(e,o):E}
        </div>
        ${e.editingId===o.id?tc(e,o):E}
      </li>`)}
  </ul>`}function Bu(i){const t=i.page*i.limit+(i.jobs.length?1:0),e=i.page*i.limit+i.jobs.length;return g`<nav class="pager" aria-label=${c("jobs.pages")}>
    <label
      >${c("jobs.rows_per_page")}
      <select @change=${s=>i.setLimit(Number(s.target.value))}>
        ${Lu.map(s=>g`<option value=${s} ?selected=${s===i.limit}>${s}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${i.total}>${c("jobs.range",{first:t,last:e,total:i.total})}</span>
    <button class="icon-btn" aria-label=${c("jobs.previous_page")} ?disabled=${i.page===0||i.loading} @click=${()=>i.prevPage()}>
      ${jt(ta)}
    </button>
    <button class="icon-btn" aria-label=${c("jobs.next_page")} ?disabled=${!i.nextCursor||i.loading} @click=${()=>i.nextPage()}>
      ${jt(ea)}
    </button>
  </nav>`}const qr=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function sl(i){if(i==null)return"—";if(typeof i=="string")return i;if(typeof i=="number"||typeof i=="boolean")return String(i);try{return JSON.stringify(i,null,2)}catch{return String(i)}}function Hu(i){if(!i)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),e=Object.entries(i).filter(([l,o])=>!t.has(l)&&o!==null&&o!==""),s=l=>{const o=qr.indexOf(l);return o<0?qr.length:o};return e.sort(([l],[o])=>s(l)-s(o)||l.localeCompare(o))}function Cn(i){const t=i.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function Wu(i,t,e){const s=Date.parse(t),l=[];let o=null;for(const a of i){const h=(Date.parse(a.at)-s)/1e3;a.type==="paused"&&o===null?o=h:(a.type==="resumed"||a.type==="finished"||a.type==="cancelled")&&o!==null&&(l.push([o,h]),o=null)}return o!==null&&l.push([o,e]),l}function Gu(i){const t=[];let e=[];for(const[s,l]of i)l===null?(e.length&&t.push(e),e=[]):e.push([s,l]);return e.length&&t.push(e),t}var qu=Object.defineProperty,Bs=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&qu(t,e,l),l};const Yr=600,ll=120,nl=4,no=class no extends Jt{constructor(){super(...arguments),this.sensors=[],this.events=[],this.start="",this.duration=0}chart(t){const e=t.series.at(-1)?.[0]??0,s=Math.max(this.duration,e,1),l=t.min??0,a=(t.max??1)-l||1,h=b=>nl+b/s*(Yr-2*nl),u=b=>ll-nl-(b-l)/a*(ll-2*nl),f=Gu(t.series).map((b,v,S)=>{const T=[];return b.forEach(([L,P],B)=>{const w=b[B+1],C=w?w[0]:v===S.length-1?s:L;T.push(`${h(L)},${u(P)}`,`${h(C)},${u(P)}`)}),tn`<polyline class="line" points=${T.join(" ")}></polyline>`}),y=Wu(this.events,this.start,s).map(([b,v])=>tn`<rect class="pause" x=${h(b)} y="0" width=${Math.max(2,h(v)-h(b))} height=${ll}><title>${c("climate.paused")}</title></rect>`);return tn`<svg viewBox="0 0 ${Yr} ${ll}" role="img" aria-label=${t.name||t.entity_id}>${y}${f}</svg>`}render(){if(!this.sensors.length)return E;const t=this.options,e=s=>s===null?"—":t?De(s,t,1):s.toFixed(1);return g`${this.sensors.map(s=>g`<figure class="sensor" data-entity=${s.entity_id}>
        ${this.chart(s)}
        <figcaption>
          <strong>${s.name||s.entity_id}</strong>
          <span
            >${c("climate.stats",{min:e(s.min),mean:e(s.mean),max:e(s.max),unit:s.unit??""})}</span
          >
          ${s.missing_seconds>0?g`<span class="muted">${c("climate.missing",{time:ti(s.missing_seconds)})}</span>`:E}
        </figcaption>
      </figure>`)}`}};no.styles=[te,Wt`
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
    `];let _i=no;Bs([D({attribute:!1})],_i.prototype,"sensors");Bs([D({attribute:!1})],_i.prototype,"events");Bs([D()],_i.prototype,"start");Bs([D({type:Number})],_i.prototype,"duration");Bs([D({attribute:!1})],_i.prototype,"options");Kt("pl-climate-chart",_i);function Yu(i,t){const e={},s=t.notes?.trim()?t.notes:null;(i.notes||null)!==s&&(e.notes=s??""),(i.rating??null)!==t.rating&&(e.rating=t.rating);const l=t.tags;(l.length!==i.tags.length||l.some((a,h)=>a!==i.tags[h]))&&(e.tags=l);const o=t.failure_reason?.trim()?t.failure_reason.trim():null;return(i.failure_reason||null)!==o&&(e.failure_reason=o),(i.cost??null)!==t.cost&&(e.cost=t.cost),e}function Ju(i,t,e=Kn(),s=new Date){const l={};i.printer_id||(l.printer_id=c("form.choose_printer"));const o=i.filename.trim();o||(l.filename=c("form.enter_filename")),Dn.includes(i.status)||(l.status=c("form.choose_status"));const a=fn(i.start_date,i.start_time||"00:00",t);if(!a)l.start=c("form.enter_start");else if(e){const w=Date.parse(a);w>s.getTime()+e.job_time.future_tolerance*1e3?l.start=c("form.start_future"):w<Date.parse(e.job_time.earliest)&&(l.start=c("form.start_before",{date:e.job_time.earliest.slice(0,10)}))}const h=(w,C,k)=>{if(!w.trim())return;const q=Number(w);if(!Number.isFinite(q)||q<0){l[C]=c("form.positive",{field:k});return}return q},u=h(i.hours,"duration",c("form.hours"))??0,f=h(i.minutes,"duration",c("form.minutes"))??0,y=h(i.filament_g,"filament_g",c("form.filament_weight")),b=h(i.filament_m,"filament_m",c("form.filament_length")),v=h(i.cost,"cost",c("kpi.cost")),S=(w,C,k,q)=>{const z=C===void 0||l[k]?"":Ja(w,C,q,e);z&&(l[k]=z)};S("print_duration",u*3600+f*60,"duration",c("form.print_time_s")),S("filament_weight_g",y,"filament_g",c("form.filament_weight")),S("filament_used_mm",b===void 0?void 0:b*1e3,"filament_m",c("form.filament_length_mm")),S("cost",v,"cost",c("kpi.cost"));const T=e?.tags.max_length;if(T&&pl(i.tags).some(w=>w.length>T)&&(l.tags=c("form.tag_length",{count:T})),Object.keys(l).length||!a)return{errors:l};const L=Math.round(u*3600+f*60),P={printer_id:i.printer_id,filename:o,status:i.status,start:a,print_duration:L};L>0&&(P.end=new Date(Date.parse(a)+L*1e3).toISOString()),y!==void 0&&(P.filament_weight_g=y),b!==void 0&&(P.filament_used_mm=b*1e3),i.filament_type.trim()&&(P.filament_type=i.filament_type.trim()),v!==void 0&&(P.cost=v);const B=pl(i.tags);return B.length&&(P.tags=B),i.notes.trim()&&(P.notes=i.notes),i.failure_reason.trim()&&(P.failure_reason=i.failure_reason.trim()),i.rating&&(P.rating=i.rating),{job:P,errors:l}}const Qn=Wt`
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
`;function ml(i){return g`<input
    name="cost"
    type="number"
    min="0"
    max=${Kn()?.numbers.cost?.max??E}
    step="0.01"
    inputmode="decimal"
    .value=${i.value}
    @input=${i.onInput}
    aria-invalid=${i.invalid===void 0?E:i.invalid?"true":"false"}
    aria-describedby=${i.describedBy??E}
  />`}function gl(i,t,e,s){return g`<div class="actions">
    ${t?g`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>ue(i,"cancel")}>${c("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${e}>${s}</button>
  </div>`}var Ku=Object.defineProperty,Cl=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&Ku(t,e,l),l};const oo=class oo extends Jt{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const s=this.value?c("rating.rated",{n:this.value}):c("rating.none");return g`<span role="img" aria-label=${s} title=${s}
        >${[1,2,3,4,5].map(l=>g`<span class=${l<=t?"":"empty"}>${jt(l<=t?Jo:Ko)}</span>`)}</span
      >`}const e=this.subject?c("rating.of",{subject:this.subject}):c("rating.rating");return g`<span role="group" aria-label=${e}
      >${[1,2,3,4,5].map(s=>g`<button
            type="button"
            class=${s<=t?"":"empty"}
            aria-label=${c("rating.stars",{count:s})}
            aria-pressed=${s===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(s)}
          >
            ${jt(s<=t?Jo:Ko)}
          </button>`)}</span
    >`}choose(t){const e=t===this.value?null:t;this.value=e,ue(this,"value-changed",{value:e})}};oo.styles=[te,Wt`
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
    `];let Oi=oo;Cl([D({type:Number})],Oi.prototype,"value");Cl([D({type:Boolean})],Oi.prototype,"readonly");Cl([D({type:Boolean})],Oi.prototype,"disabled");Cl([D()],Oi.prototype,"subject");Kt("pl-rating",Oi);var Zu=Object.defineProperty,di=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&Zu(t,e,l),l};const ro=class ro extends Jt{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.reasonChoice="",this.cost=""}willUpdate(){if(this.job&&this.job.id!==this.loadedId){this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", ");const t=this.job.failure_reason??"";this.reasonChoice=t?gn(t)?t:"other":"",this.reason=gn(t)?"":t,this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost)}}render(){if(!this.job)return g``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return g`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >${c("column.notes")}
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${e=>this.notes=e.target.value}
        ></textarea>
      </label>
      <div class="field">
        <span id="rating-label">${c("rating.rating")}</span>
        <pl-rating
          .value=${this.rating}
          .subject=${ei(this.job.filename)}
          @value-changed=${e=>this.rating=e.detail.value}
        ></pl-rating>
      </div>
      <label
        >${c("form.tags")}
        <input
          name="tags"
          .value=${this.tags}
          @input=${e=>this.tags=e.target.value}
        />
      </label>
      <label
        >${t?c("detail.failure_reason"):c("form.failure_reason_failed")}
        <select
          name="failure_reason_choice"
          .value=${this.reasonChoice}
          @change=${e=>this.reasonChoice=e.target.value}
        >
          <option value="" ?selected=${this.reasonChoice===""}>—</option>
          ${ra.map(e=>g`<option value=${e} ?selected=${this.reasonChoice===e}>${vl(e)}</option>`)}
        </select>
      </label>
      ${this.reasonChoice==="other"?g`<label
            >${c("failure.other_text")}
            <input
              name="failure_reason"
              .value=${this.reason}
              @input=${e=>this.reason=e.target.value}
            />
          </label>`:E}
      <label
        >${c("kpi.cost")}
        ${ml({value:this.cost,onInput:e=>this.cost=e.target.value})}
      </label>
      ${gl(this,this.error,this.busy,c("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),ue(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const e=this.cost.trim(),s=e===""?null:Number(e);if(s!==null&&(!Number.isFinite(s)||s<0)){this.error=c("form.positive",{field:c("kpi.cost")});return}const l=s===null?"":Ja("cost",s,c("kpi.cost"));if(l){this.error=l;return}const o=Yu(this.job,{notes:this.notes,rating:this.rating,tags:pl(this.tags),failure_reason:this.reasonChoice==="other"?this.reason.trim()||"other":this.reasonChoice,cost:s});ue(this,"save",{changes:o})}};ro.styles=[te,Qn,Wt`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let Me=ro;di([D({attribute:!1})],Me.prototype,"job");di([D({type:Boolean})],Me.prototype,"busy");di([D()],Me.prototype,"error");di([F()],Me.prototype,"notes");di([F()],Me.prototype,"rating");di([F()],Me.prototype,"tags");di([F()],Me.prototype,"reason");di([F()],Me.prototype,"reasonChoice");di([F()],Me.prototype,"cost");Kt("pl-job-editor",Me);var Qu=Object.defineProperty,pi=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&Qu(t,e,l),l};const ao=class ao extends Jt{constructor(){super(...arguments),this.photos=[],this.jobId="",this.admin=!1,this.urls={},this.busy=!1,this.error=""}willUpdate(t){t.has("photos")&&this.loadImages()}disconnectedCallback(){super.disconnectedCallback();for(const t of Object.values(this.urls))URL.revokeObjectURL(t);this.urls={}}async loadImages(){const t=this.api;if(!t)return;const e=new Set(this.photos.map(l=>l.id)),s={};for(const[l,o]of Object.entries(this.urls))e.has(l)?s[l]=o:URL.revokeObjectURL(o);this.urls=s;for(const l of this.photos)if(!this.urls[l.id])try{const o=await t.photo(l.id);o&&(this.urls={...this.urls,[l.id]:URL.createObjectURL(o)})}catch{}}async upload(t){const e=t.target,s=e.files?.[0];if(e.value="",!(!s||!this.api)){this.busy=!0,this.error="";try{const l=await this.api.uploadPhoto(this.jobId,s);this.photos=[...this.photos,l],ue(this,"photos-changed",{photos:this.photos})}catch(l){this.error=c("photos.upload_failed",{error:Lt(l)})}finally{this.busy=!1}}}async deletePhoto(t){if(this.api){this.error="";try{await this.api.deletePhoto(t.id),this.open=void 0,this.photos=this.photos.filter(e=>e.id!==t.id),ue(this,"photos-changed",{photos:this.photos})}catch(e){this.error=Lt(e)}}}render(){const t=this.options,e=s=>g`${c(`photos.kind.${s.kind}`)}${t?g`<br />${Ie(s.taken_at,t)}`:E}`;return g`
      <div class="strip" role="list" aria-label=${c("photos.title")}>
        ${this.photos.length===0?g`<span class="muted">${c("photos.none")}</span>`:E}
        ${this.photos.map(s=>g`<figure role="listitem">
            <button type="button" @click=${()=>this.open=s} aria-label=${c("photos.open")}>
              ${this.urls[s.id]?g`<img src=${this.urls[s.id]} alt=${c(`photos.kind.${s.kind}`)} />`:E}
            </button>
            <figcaption>${e(s)}</figcaption>
          </figure>`)}
      </div>
      ${this.admin?g`<div class="actions upload">
            <label class="btn">
              ${this.busy?c("photos.uploading"):c("photos.add")}
              <input type="file" accept="image/*" capture="environment" ?disabled=${this.busy} @change=${this.upload} />
            </label>
          </div>`:E}
      ${this.error?g`<p class="error" role="alert">${this.error}</p>`:E}
      ${this.open?g`<div class="viewer" role="dialog" aria-modal="true" @click=${()=>this.open=void 0}>
            <img src=${this.urls[this.open.id]??""} alt=${c(`photos.kind.${this.open.kind}`)} />
            <div>${e(this.open)}</div>
            <div class="actions" @click=${s=>s.stopPropagation()}>
              <button class="btn" @click=${()=>this.open=void 0}>${c("photos.close")}</button>
              ${this.admin?g`<button class="btn danger" @click=${()=>this.open&&void this.deletePhoto(this.open)}>
                    ${c("common.delete")}
                  </button>`:E}
            </div>
          </div>`:E}
    `}};ao.styles=[te,Wt`
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
    `];let Pe=ao;pi([D({attribute:!1})],Pe.prototype,"api");pi([D({attribute:!1})],Pe.prototype,"options");pi([D({attribute:!1})],Pe.prototype,"photos");pi([D()],Pe.prototype,"jobId");pi([D({type:Boolean})],Pe.prototype,"admin");pi([F()],Pe.prototype,"urls");pi([F()],Pe.prototype,"open");pi([F()],Pe.prototype,"busy");pi([F()],Pe.prototype,"error");Kt("pl-job-photos",Pe);var Xu=Object.defineProperty,Re=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&Xu(t,e,l),l};const co=class co extends Jt{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&Ya(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const e=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const s=await t.getJob(this.jobId);if(e!==this.loadToken)return;if(this.job=s,s.has_thumbnail){this.thumbnailState="loading";try{const l=await t.thumbnail(s.id);if(e!==this.loadToken)return;l?(this.thumbnailUrl=URL.createObjectURL(l),this.thumbnailState="ok"):this.thumbnailState="none"}catch{e===this.loadToken&&(this.thumbnailState="error")}}}catch(s){e===this.loadToken&&(this.error=Lt(s))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return g`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${c("common.retry")}</button>
      </div>`;const t=this.job,e=this.options;if(!t||!e)return g`<p class="muted" aria-busy="true">${c("common.loading")}</p>`;const s=cl(t.filament_colour);return g`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?g`<img src=${this.thumbnailUrl??""} alt=${c("detail.thumbnail_of",{file:ei(t.filename)})} />`:g`<span class="muted"
                >${this.thumbnailState==="loading"?c("common.loading"):this.thumbnailState==="error"?c("detail.thumbnail_unavailable"):c("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${Us(t.filename)}</div>
          <p>${$l(t.status)} <span class="muted">${Jr("source",t.source)}</span></p>
          <dl>
            <dt>${c("common.printer")}</dt>
            <dd>${t.printer_name}</dd>
            <dt>${c("detail.job_id")}</dt>
            <dd class="job-id">
              <code>${t.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label=${c("detail.copy_id")}
                title=${c("detail.copy_id_title")}
                @click=${()=>{this.copyId(t.id)}}
              >
                ${this.copied?c("detail.copied"):c("detail.copy")}
              </button>
            </dd>
            <dt>${c("column.started")}</dt>
            <dd>${Ie(t.start,e)}</dd>
            <dt>${c("detail.ended")}</dt>
            <dd>${Ie(t.end,e)}</dd>
            <dt>${c("kpi.print_time")}</dt>
            <dd>
              ${ti(t.print_duration)}
              ${t.estimated_time?g`<span class="muted">(${c("detail.estimated",{time:ti(t.estimated_time)})})</span>`:E}
            </dd>
            <dt>${c("detail.total_time")}</dt>
            <dd>${ti(t.total_duration)}</dd>
            ${t.pause_count?g`<dt>${c("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${ti(t.paused_duration)})</dd>`:E}
            <dt>${c("kpi.filament")}</dt>
            <dd>
              ${s?g`<span class="swatch" style=${`background:${s}`}></span>`:E}
              ${yl(t.filament_weight_g,t.filament_used_mm,e)}
              ${t.filament_type??""}
              <span class="muted">${De(t.filament_used_mm/1e3,e,2)} m</span>
            </dd>
            <dt>${c("kpi.cost")}</dt>
            <dd>${as(t.cost,e)}</dd>
            ${t.error_message?g`<dt>${c("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:E}
          </dl>
        </div>
      </div>

      ${t.spools?.length?g`<h3>${c("spools.title")}</h3>
            ${ed(t.spools,t.spool_filament_cost,e)}`:E}

      <h3>${c("detail.notes_rating")}</h3>
      ${this.editing?g`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:g`<dl>
              <dt>${c("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${c("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(l=>g`<span class="tag">${l}</span>`):"—"}</dd>
              <dt>${c("detail.failure_reason")}</dt>
              <dd>${vl(t.failure_reason)||"—"}</dd>
              <dt>${c("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${t.file_id?g`<div class="actions">
                  <button class="btn" @click=${()=>ue(this,"show-file",{fileId:t.file_id})}>
                    ${c("files.open_record")}
                  </button>
                  ${this.admin?g`<button
                        class="btn"
                        @click=${()=>ue(this,"print-again",{filename:t.filename,printerId:t.printer_id})}
                      >
                        ${jt(mn)} ${c("reprint.action")}
                      </button>`:E}
                </div>`:E}
            ${this.admin?g`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${jt(ia)} ${c("common.edit")}</button>
                  <button class="btn danger" @click=${()=>ue(this,"delete-jobs",{jobs:[t]})}>
                    ${jt(Ln)} ${c("common.delete")}
                  </button>
                </div>`:E}`}

      <h3>${c("photos.title")}</h3>
      <pl-job-photos
        .api=${this.api}
        .options=${e}
        .photos=${t.photos??[]}
        .jobId=${t.id}
        ?admin=${this.admin}
        @photos-changed=${l=>{this.job&&(this.job={...this.job,photos:l.detail.photos})}}
      ></pl-job-photos>

      ${t.climate?.length?g`<h3>${c("climate.title")}</h3>
            <pl-climate-chart
              .sensors=${t.climate}
              .events=${t.events}
              .start=${t.start}
              .duration=${t.total_duration}
              .options=${e}
            ></pl-climate-chart>`:E}

      <h3>${c("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${c("detail.timeline")}</h3>
      ${t.events.length?g`<ol class="timeline">
            ${t.events.map(l=>g`<li>
                <strong>${Jr("event",l.type)}</strong>
                <span class="muted">${Ie(l.at,e)}</span>
                ${l.data&&Object.keys(l.data).length?g`<div class="muted">
                      ${Object.entries(l.data).map(([o,a])=>g`<span>${Cn(o)}: ${sl(a)}</span> `)}
                    </div>`:E}
              </li>`)}
          </ol>`:g`<p class="muted">${c("detail.no_events")}</p>`}

      <h3>${c("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?g`<details>
            <summary>${c("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([l,o])=>g`<tr>
                    <th scope="row">${l}</th>
                    <td><pre>${sl(o)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:g`<p class="muted">${c("detail.no_metadata")}</p>`}
    `}renderDetails(t){const e=Hu(t.details);return e.length?g`<table>
      <tbody>
        ${e.map(([s,l])=>g`<tr>
            <th scope="row">${Cn(s)}</th>
            <td>${typeof l=="object"?g`<pre>${sl(l)}</pre>`:sl(l)}</td>
          </tr>`)}
      </tbody>
    </table>`:g`<p class="muted">${c("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const e=this.renderRoot.querySelector(".job-id code"),s=document.createRange();e&&s.selectNodeContents(e);const l=window.getSelection();l?.removeAllRanges(),l?.addRange(s),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const e=t.detail.changes;if(!Object.keys(e).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const s=await this.api.updateJob(this.job.id,e);this.job={...this.job,...s},this.editing=!1,ue(this,"job-updated",{job:s})}catch(s){this.saveError=Lt(s)}finally{this.saving=!1}}};co.styles=[te,la,Wt`
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
    `];let re=co;Re([D({attribute:!1})],re.prototype,"api");Re([D({attribute:!1})],re.prototype,"options");Re([D()],re.prototype,"jobId");Re([D({type:Boolean})],re.prototype,"admin");Re([F()],re.prototype,"job");Re([F()],re.prototype,"error");Re([F()],re.prototype,"editing");Re([F()],re.prototype,"saving");Re([F()],re.prototype,"saveError");Re([F()],re.prototype,"thumbnailUrl");Re([F()],re.prototype,"thumbnailState");Re([F()],re.prototype,"copied");Kt("pl-job-detail",re);function Jr(i,t){const e=`${i}.${t}`,s=c(e);return s===e?Cn(t):s}var th=Object.defineProperty,ys=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&th(t,e,l),l};const po=class po extends Jt{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:Zo(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const e={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},s={};for(const[l,o]of Object.entries(t)){const a=e[l]??l;s[a]??=`${l}: ${o}`}this.errors=s}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return e=>{this.values={...this.values,[t]:e.target.value}}}field(t){return this.errors[t]?g`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,e=s=>this.errors[s]?`err-${s}`:"";return g`<form @submit=${this.onSubmit} novalidate>
      <label
        >${c("common.printer")}
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${e("printer_id")}>
          ${this.printers.map(s=>g`<option value=${s.id} ?selected=${s.id===t.printer_id}>${s.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >${c("column.status")}
        <select name="status" @change=${this.set("status")}>
          ${Dn.map(s=>g`<option value=${s} ?selected=${s===t.status}>${dl(s)}</option>`)}
        </select>
        ${this.field("status")}
      </label>
      <label class="wide"
        >${c("form.filename")}
        <input
          name="filename"
          required
          .value=${t.filename}
          @input=${this.set("filename")}
          aria-invalid=${this.errors.filename?"true":"false"}
          aria-describedby=${e("filename")}
        />
        ${this.field("filename")}
      </label>
      <label
        >${c("form.start")}
        <span class="pair">
          <input
            name="start_date"
            type="date"
            aria-label=${c("form.start_date")}
            max=${Zo(new Date,this.timeZone)}
            .value=${t.start_date}
            @input=${this.set("start_date")}
            aria-invalid=${this.errors.start?"true":"false"}
            aria-describedby=${e("start")}
          />
          <input name="start_time" type="time" aria-label=${c("form.start_time")} .value=${t.start_time} @input=${this.set("start_time")} />
        </span>
        ${this.field("start")}
      </label>
      <label
        >${c("kpi.print_time")}
        <span class="pair">
          <input name="hours" type="number" min="0" placeholder=${c("form.hours_symbol")} aria-label=${c("form.hours")} .value=${t.hours} @input=${this.set("hours")} />
          <input
            name="minutes"
            type="number"
            min="0"
            max="59"
            placeholder=${c("form.minutes_symbol")}
            aria-label=${c("form.minutes")}
            .value=${t.minutes}
            @input=${this.set("minutes")}
          />
        </span>
        ${this.field("duration")}
      </label>
      <label
        >${c("form.filament_g")}
        <input name="filament_g" type="number" min="0" step="0.1" .value=${t.filament_g} @input=${this.set("filament_g")} />
        ${this.field("filament_g")}
      </label>
      <label
        >${c("form.filament_m")}
        <input name="filament_m" type="number" min="0" step="0.01" .value=${t.filament_m} @input=${this.set("filament_m")} />
        ${this.field("filament_m")}
      </label>
      <label
        >${c("jobs.filament_type")}
        <input name="filament_type" placeholder="PLA" .value=${t.filament_type} @input=${this.set("filament_type")} />
      </label>
      <label
        >${c("kpi.cost")}
        ${ml({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:e("cost")})}
        ${this.field("cost")}
      </label>
      <label
        >${c("form.tags")}
        <input name="tags" .value=${t.tags} @input=${this.set("tags")} aria-describedby=${e("tags")} />
        ${this.field("tags")}
      </label>
      <label
        >${c("detail.failure_reason")}
        <input name="failure_reason" .value=${t.failure_reason} @input=${this.set("failure_reason")} />
      </label>
      <div>
        <span style="font-size:0.9em">${c("rating.rating")}</span><br />
        <pl-rating
          .value=${t.rating}
          @value-changed=${s=>this.values={...this.values,rating:s.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >${c("column.notes")}
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      ${gl(this,this.error,this.busy,c("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:e,errors:s}=Ju(this.values,this.timeZone);this.errors=s,e?ue(this,"create",{job:e}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};po.styles=[te,Qn,Wt`
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
    `];let ai=po;ys([D({attribute:!1})],ai.prototype,"printers");ys([D()],ai.prototype,"timeZone");ys([D({type:Boolean})],ai.prototype,"busy");ys([D()],ai.prototype,"error");ys([F()],ai.prototype,"values");ys([F()],ai.prototype,"errors");Kt("pl-job-form",ai);var eh=Object.defineProperty,vs=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&eh(t,e,l),l};const pn=20,uo=class uo extends Jt{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.list=new Pu(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new ju(this,this.list)}willUpdate(t){t.has("api")&&this.api&&(this.list.reload(),this.list.loadFilamentTypes(),this.list.loadSpoolChoices(),Ya(this.api))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const e=this.list.applyJob(t.job);this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(e||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:e}=this,s=this.options?{list:t,changes:e,admin:this.admin,options:this.options}:void 0;return g`
      <section aria-label=${c("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${Cu({list:t,changes:e,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?Au(t,this.printers):E}
      ${t.error?g`<div class="error-banner" role="alert">
            <span>${c("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${jt(An)} ${c("common.retry")}</button>
          </div>`:E}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?g`<div class="loading-bar" role="progressbar" aria-label=${c("jobs.loading")}></div>`:E}
        ${s?this.narrow?Vu(s):Fu(s):E} ${Bu(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${e.message?"message":"sr-only"}>${e.message}</div>
    `}renderDialogs(){const t=this.changes,e=t.confirmJobs.length;return g`
      <pl-dialog .heading=${c("jobs.delete_heading",{count:e})} .open=${e>0} @closed=${()=>t.cancelDelete()}>
        <p>${c("jobs.delete_text",{count:e})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,pn).map(s=>g`<li>${Us(s.filename)} <span class="muted">(${s.printer_name})</span></li>`)}
          ${e>pn?g`<li class="muted">${c("jobs.and_more",{n:e-pn})}</li>`:E}
        </ul>
        ${t.deleteError?g`<p class="status-error" role="alert">${t.deleteError}</p>`:E}
        <button slot="actions" class="btn" @click=${()=>t.cancelDelete()}>${c("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${t.deleting} @click=${()=>t.confirmDelete()}>
          ${c("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${c("jobs.details")} wide .open=${!!t.detailId} @closed=${()=>t.closeJob()}>
        ${t.detailId?g`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${t.detailId}
              .admin=${this.admin}
              @job-updated=${s=>this.list.applyJob(s.detail.job)}
              @delete-jobs=${s=>t.askDelete(s.detail.jobs)}
            ></pl-job-detail>`:E}
      </pl-dialog>
      <pl-dialog heading=${c("jobs.add_heading")} .open=${t.adding} @closed=${()=>t.closeAdd()}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.options?.timeZone}
          .busy=${t.addBusy}
          .error=${t.addError}
          @create=${s=>t.create(s.detail.job)}
          @cancel=${()=>t.closeAdd()}
        ></pl-job-form>
      </pl-dialog>
    `}};uo.styles=[te,zu,la];let ci=uo;vs([D({attribute:!1})],ci.prototype,"api");vs([D({attribute:!1})],ci.prototype,"options");vs([D({attribute:!1})],ci.prototype,"printers");vs([D({type:Boolean})],ci.prototype,"admin");vs([D({type:Boolean,reflect:!0})],ci.prototype,"narrow");vs([F()],ci.prototype,"showFilters");Kt("pl-jobs-view",ci);var ih=Object.defineProperty,Zt=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&ih(t,e,l),l};const ol=25,sh=300,ho=class ho extends Jt{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.active=!1,this.files=[],this.total=0,this.offset=0,this.q="",this.printerId="",this.sort="last_start",this.order="desc",this.loading=!1,this.error="",this.thumbnails={},this.recordError="",this.loadToken=0,this.loaded=!1}willUpdate(t){(t.has("active")||t.has("api"))&&this.active&&this.api&&!this.loaded&&(this.loaded=!0,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer);for(const t of Object.values(this.thumbnails))URL.revokeObjectURL(t)}refresh(){this.loaded&&this.load()}async showFile(t){if(this.api){this.recordError="";try{this.record=await this.api.getFile(t)}catch(e){this.record=void 0,this.recordError=Lt(e)}}}async load(){const t=this.api;if(!t)return;const e=++this.loadToken;this.loading=!0;try{const s=await t.listFiles({printer_id:this.printerId||void 0,q:this.q||void 0,sort:this.sort,order:this.order,limit:ol,offset:this.offset});if(e!==this.loadToken)return;this.files=s.files,this.total=s.total,this.error="",this.loadThumbnails(s.files)}catch(s){e===this.loadToken&&(this.error=Lt(s))}finally{e===this.loadToken&&(this.loading=!1)}}async loadThumbnails(t){const e=this.api;if(e)for(const s of t){const l=s.thumbnail_job_id;if(!(!l||this.thumbnails[l]))try{const o=await e.thumbnail(l);o&&(this.thumbnails={...this.thumbnails,[l]:URL.createObjectURL(o)})}catch{}}}change(t){t(),this.offset=0,this.load()}onSearch(t){clearTimeout(this.searchTimer),this.searchTimer=setTimeout(()=>this.change(()=>this.q=t.trim()),sh)}printAgain(t){ue(this,"print-again",{filename:t.filename,printerId:t.printers[0]?.printer_id??""})}renderStats(t){const e=this.options;return e?g`<td class="num">${De(t.prints,e)}</td>
      <td class="num">${Fs(t.success_rate===null?null:t.success_rate*100,e)}</td>
      <td>${$l(t.last_status)}<br /><span class="muted">${Ie(t.last_start,e,!1)}</span></td>
      <td class="num">${ti(t.mean_print_duration)}</td>
      <td class="num">${yl(null,t.mean_filament_mm,e)}</td>
      <td class="num">${as(t.cost,e)}</td>
      <td class="num">
        ${t.estimate_ratio===null?"—":Fs(t.estimate_ratio*100,e)}
      </td>`:E}renderRow(t){const e=t.thumbnail_job_id?this.thumbnails[t.thumbnail_job_id]:void 0;return g`<tr data-file=${t.id}>
      <td>${e?g`<img class="thumb" src=${e} alt="" />`:g`<span class="thumb"></span>`}</td>
      <td>
        <button class="file" aria-haspopup="dialog" @click=${()=>this.showFile(t.id)}>${Us(t.filename)}</button>
        ${t.versions>1?g`<span class="chip version">${c("files.version",{n:t.version,count:t.versions})}</span>`:E}
        <div class="printers">
          ${t.printers.map(s=>`${s.printer_name??s.printer_id} (${s.prints})`).join(", ")}
        </div>
      </td>
      ${this.renderStats(t.stats)}
      ${this.admin?g`<td>
            <button class="btn" @click=${()=>this.printAgain(t)}>${jt(mn)} ${c("reprint.action")}</button>
          </td>`:E}
    </tr>`}renderRecord(){const t=this.record,e=this.options;if(!t||!e)return E;const s=t.file;return g`<h3>${c("files.per_printer")}</h3>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>${c("common.printer")}</th>
              ${this.statHeaders()}
            </tr>
          </thead>
          <tbody>
            ${[...s.printers,s.stats].map(l=>g`<tr>
                <td>${l.printer_id===null?g`<strong>${c("files.farm")}</strong>`:l.printer_name}</td>
                ${this.renderStats(l)}
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${t.versions.length>1?g`<h3>${c("files.versions")}</h3>
            <ul>
              ${t.versions.map(l=>g`<li>
                  ${c("files.version",{n:l.version,count:l.versions})}:
                  ${c("common.n_jobs",{count:l.stats.prints,n:l.stats.prints})},
                  ${Ie(l.stats.first_start,e,!1)}
                  ${l.id===s.id?g`<span class="muted">(${c("files.this_version")})</span>`:E}
                </li>`)}
            </ul>`:E}
      ${this.admin?g`<button slot="actions" class="btn primary" @click=${()=>this.printAgain(s)}>
            ${jt(mn)} ${c("reprint.action")}
          </button>`:E}`}statHeaders(){const t=(e,s=!0)=>g`<th class=${s?"num":""}>${c(e)}</th>`;return g`${t("files.prints")}${t("files.success_rate")}${t("files.last_result",!1)}${t("files.mean_time")}${t("files.mean_filament")}${t("files.cost")}${t("files.estimate")}`}render(){if(!this.options)return E;const t=Math.min(this.offset+ol,this.total);return g`
      <div class="toolbar" role="search">
        <label
          >${c("files.search")}
          <input type="search" .value=${this.q} @input=${e=>this.onSearch(e.target.value)}
        /></label>
        <label
          >${c("common.printer")}
          <select @change=${e=>this.change(()=>this.printerId=e.target.value)}>
            <option value="" ?selected=${!this.printerId}>${c("common.all_printers")}</option>
            ${this.printers.map(e=>g`<option value=${e.id} ?selected=${e.id===this.printerId}>${e.name}</option>`)}
          </select></label
        >
        <label
          >${c("files.sort")}
          <select @change=${e=>this.change(()=>this.sort=e.target.value)}>
            ${_d.map(e=>g`<option value=${e} ?selected=${e===this.sort}>${c(`files.sort.${e}`)}</option>`)}
          </select></label
        >
        <label
          >${c("files.order")}
          <select
            @change=${e=>this.change(()=>this.order=e.target.value)}
          >
            <option value="desc" ?selected=${this.order==="desc"}>${c("files.order.desc")}</option>
            <option value="asc" ?selected=${this.order==="asc"}>${c("files.order.asc")}</option>
          </select></label
        >
        <button class="icon-btn" aria-label=${c("common.refresh")} @click=${()=>this.load()}>${jt(An)}</button>
      </div>
      ${this.error?g`<div class="error-banner" role="alert">
            <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${c("common.retry")}</button>
          </div>`:E}
      <div class="card table-wrap" aria-busy=${this.loading?"true":"false"}>
        <table>
          <thead>
            <tr>
              <th><span class="sr-only">${c("files.thumbnail")}</span></th>
              <th>${c("files.file")}</th>
              ${this.statHeaders()}
              ${this.admin?g`<th><span class="sr-only">${c("reprint.action")}</span></th>`:E}
            </tr>
          </thead>
          <tbody>
            ${this.files.map(e=>this.renderRow(e))}
          </tbody>
        </table>
        ${!this.loading&&!this.files.length?g`<p class="muted">${c("files.none")}</p>`:E}
      </div>
      <div class="pager">
        <span class="muted">${c("files.range",{from:this.total?this.offset+1:0,to:t,total:this.total})}</span>
        <button
          class="icon-btn"
          aria-label=${c("files.previous")}
          ?disabled=${this.offset===0}
          @click=${()=>{this.offset=Math.max(0,this.offset-ol),this.load()}}
        >
          ${jt(ta)}
        </button>
        <button
          class="icon-btn"
          aria-label=${c("files.next")}
          ?disabled=${t>=this.total}
          @click=${()=>{this.offset+=ol,this.load()}}
        >
          ${jt(ea)}
        </button>
      </div>
      <pl-dialog
        wide
        .heading=${this.record?this.record.file.filename:c("files.record")}
        .open=${!!this.record||!!this.recordError}
        @closed=${()=>{this.record=void 0,this.recordError=""}}
      >
        ${this.recordError?g`<p class="status-error" role="alert">${this.recordError}</p>`:this.renderRecord()}
      </pl-dialog>
    `}};ho.styles=[te,Wt`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: end;
        margin-bottom: 12px;
      }
      .toolbar label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        font-size: 0.85em;
        color: var(--pl-muted);
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
      th {
        font-weight: 500;
        color: var(--pl-muted);
        white-space: nowrap;
      }
      td.num,
      th.num {
        text-align: right;
        white-space: nowrap;
      }
      .thumb {
        width: 40px;
        height: 40px;
        object-fit: contain;
        border-radius: 4px;
        background: var(--secondary-background-color, #eee);
        display: block;
      }
      button.file {
        border: none;
        background: none;
        padding: 0;
        cursor: pointer;
        text-align: left;
        color: var(--primary-color, #03a9f4);
      }
      .version {
        font-size: 0.8em;
        margin-left: 6px;
      }
      .pager {
        display: flex;
        align-items: center;
        justify-content: flex-end;
        gap: 8px;
        margin-top: 8px;
      }
      .printers {
        font-size: 0.85em;
        color: var(--pl-muted);
      }
    `];let Dt=ho;Zt([D({attribute:!1})],Dt.prototype,"api");Zt([D({attribute:!1})],Dt.prototype,"options");Zt([D({attribute:!1})],Dt.prototype,"printers");Zt([D({type:Boolean})],Dt.prototype,"admin");Zt([D({type:Boolean})],Dt.prototype,"active");Zt([F()],Dt.prototype,"files");Zt([F()],Dt.prototype,"total");Zt([F()],Dt.prototype,"offset");Zt([F()],Dt.prototype,"q");Zt([F()],Dt.prototype,"printerId");Zt([F()],Dt.prototype,"sort");Zt([F()],Dt.prototype,"order");Zt([F()],Dt.prototype,"loading");Zt([F()],Dt.prototype,"error");Zt([F()],Dt.prototype,"thumbnails");Zt([F()],Dt.prototype,"record");Zt([F()],Dt.prototype,"recordError");Kt("pl-files-view",Dt);var lh=Object.defineProperty,nh=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&lh(t,e,l),l};const fo=class fo extends Jt{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?g`<ul aria-label=${c("common.printers")}>
      ${this.printers.map(t=>{const e=t.current_job,s=t.online&&!!e&&(t.print_state==="printing"||t.print_state==="paused"),l=id(t),o=sd(t);return g`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${s?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${l}</span>
          </div>
          ${e?g`<button class="file" title=${ei(e.filename)} @click=${()=>ue(this,"show-job",{jobId:e.id})}>
                  ${Us(e.filename)}
                </button>
                ${ld(e)}
                <div class="meta">
                  <span>${nd(e)} %</span>
                  <span>${c("live.elapsed",{time:ti(e.print_duration)})}</span>
                  <span>${o!==null?c("live.left",{time:ti(o)}):""}</span>
                </div>`:g`<span class="muted">${c("live.no_job")}</span>`}
        </li>`})}
    </ul>`:g``}};fo.styles=[te,na,Wt`
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
    `];let bl=fo;nh([D({attribute:!1})],bl.prototype,"printers");Kt("pl-live-strip",bl);var oh=Object.defineProperty,ae=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&oh(t,e,l),l};const rh=["interval_hours","interval_filament_kg","interval_jobs","interval_days"],ah={interval_hours:"hours",interval_filament_kg:"filament_kg",interval_jobs:"jobs",interval_days:"days"},ch={name:"",interval_hours:"",interval_filament_kg:"",interval_jobs:"",interval_days:"",cost:"",notes:""};function Is(i){return i.trim()===""?null:Number(i)}const mo=class mo extends Jt{constructor(){super(),this.printers=[],this.admin=!1,this.active=!1,this.printerId="",this.error="",this.formErrors={},this.formError="",this.doneNotes="",this.doneCost="",this.busy=!1,this.addEventListener("cancel",()=>{this.form=void 0,this.doneFor=void 0})}willUpdate(){!this.printerId&&this.printers.length&&(this.printerId=this.printers[0]?.id??""),this.active&&this.api&&this.printerId&&this.loadedFor!==this.printerId&&(this.loadedFor=this.printerId,this.load())}async load(){if(!(!this.api||!this.printerId))try{this.data=await this.api.getMaintenance([this.printerId]),this.error=""}catch(t){this.error=Lt(t)}}figures(t){const e=this.options;return rh.filter(s=>t[s]!==null).map(s=>{const l=ah[s],o=l==="filament_kg"?2:l==="hours"?1:0;return c(`maintenance.left_${l}`,{left:De(t.remaining[l]??0,e,o),of:De(t[s],e,o)})})}async markDone(t){if(this.api){this.busy=!0;try{await this.api.logMaintenance({task_id:t.id,notes:this.doneNotes||void 0,cost:this.doneCost===""?void 0:Number(this.doneCost)}),this.doneFor=void 0,this.doneNotes="",this.doneCost="",await this.load()}catch(e){this.error=Lt(e)}finally{this.busy=!1}}}async removeTask(t){if(!(!this.api||!confirm(c("maintenance.delete_confirm",{name:t.name}))))try{await this.api.deleteTask(t.id),await this.load()}catch(e){this.error=Lt(e)}}async removeEntry(t){if(this.api)try{await this.api.deleteLogEntry(t),await this.load()}catch(e){this.error=Lt(e)}}edit(t){this.formErrors={},this.formError="",this.form=t?{id:t.id,name:t.name,interval_hours:t.interval_hours?.toString()??"",interval_filament_kg:t.interval_filament_kg?.toString()??"",interval_jobs:t.interval_jobs?.toString()??"",interval_days:t.interval_days?.toString()??"",cost:t.cost?.toString()??"",notes:t.notes??""}:{...ch}}async save(t){t.preventDefault();const e=this.form;if(!e||!this.api)return;const s={name:e.name,interval_hours:Is(e.interval_hours),interval_filament_kg:Is(e.interval_filament_kg),interval_jobs:Is(e.interval_jobs),interval_days:Is(e.interval_days),cost:Is(e.cost),notes:e.notes||null};this.busy=!0;try{e.id?await this.api.updateTask(e.id,s):await this.api.createTask({...s,printer_id:this.printerId}),this.form=void 0,await this.load()}catch(l){this.formErrors=Xr(l),this.formError=Object.keys(this.formErrors).length?c("maintenance.fix_fields"):Lt(l)}finally{this.busy=!1}}input(t,e="number",s="any"){const l=this.form,o=Kn()?.numbers[t],a=this.formErrors[t];return g`<label
      >${c(`maintenance.field.${t}`)}
      <input
        name=${t}
        type=${e}
        step=${s}
        min=${o?.min??E}
        max=${o?.max??E}
        .value=${l[t]??""}
        @input=${h=>this.form={...l,[t]:h.target.value}}
        aria-invalid=${a?"true":"false"}
        aria-describedby=${a?`err-${t}`:E}
      />
      ${a?g`<span class="err" id=${`err-${t}`}>${a}</span>`:E}
    </label>`}renderForm(){const t=this.form;return g`<div class="card">
      <h2>${t.id?c("maintenance.edit_task"):c("maintenance.add_task")}</h2>
      <form @submit=${this.save} novalidate>
        ${this.input("name","text")} ${this.input("interval_hours")} ${this.input("interval_filament_kg")}
        ${this.input("interval_jobs","number","1")} ${this.input("interval_days","number","1")}
        <label
          >${c("maintenance.field.cost")}
          ${ml({value:t.cost,onInput:e=>this.form={...t,cost:e.target.value},invalid:!!this.formErrors.cost})}
          ${this.formErrors.cost?g`<span class="err">${this.formErrors.cost}</span>`:E}
        </label>
        ${this.formErrors.intervals?g`<span class="err wide" role="alert" id="err-intervals">${this.formErrors.intervals}</span>`:E}
        ${gl(this,this.formError,this.busy,c("common.save"))}
      </form>
    </div>`}renderTask(t){const e=this.options,s=t.status==="due"?"error":t.status==="soon"?"warn":void 0;return g`<div class="card task" data-task=${t.id}>
      <h3>
        <span>${t.name}</span>
        <span class="badge ${t.status}">${c(`maintenance.status.${t.status}`)}</span>
      </h3>
      ${od(t.fraction,c("maintenance.progress_of",{name:t.name}),s)}
      <div class="figures">${this.figures(t).join(" · ")}</div>
      <div class="rate">
        ${c("maintenance.last_done",{when:t.last_done?Ie(t.last_done,e):"—"})}
        · ${c("maintenance.failure_rate",{since:Fs(t.failure_rate_since===null?null:t.failure_rate_since*100,e),before:Fs(t.failure_rate_before===null?null:t.failure_rate_before*100,e)})}
      </div>
      ${this.admin?this.doneFor===t.id?g`<form
              @submit=${l=>{l.preventDefault(),this.markDone(t)}}
            >
              <label class="wide"
                >${c("maintenance.field.notes")}
                <input name="notes" .value=${this.doneNotes} @input=${l=>this.doneNotes=l.target.value} />
              </label>
              <label
                >${c("maintenance.field.cost")}
                ${ml({value:this.doneCost,onInput:l=>this.doneCost=l.target.value})}
              </label>
              ${gl(this,"",this.busy,c("maintenance.log_done"))}
            </form>`:g`<div class="row">
              <button class="btn primary" @click=${()=>this.doneFor=t.id}>${c("maintenance.done")}</button>
              <button class="btn" @click=${()=>this.edit(t)}>${c("common.edit")}</button>
              <button class="btn danger" @click=${()=>this.removeTask(t)}>${c("common.delete")}</button>
            </div>`:E}
    </div>`}render(){if(!this.options)return E;const t=this.options,e=this.data;return g`
      <div class="toolbar">
        <label
          >${c("common.printer")}
          <select
            name="printer"
            @change=${s=>{this.printerId=s.target.value,this.form=void 0}}
          >
            ${this.printers.map(s=>g`<option value=${s.id} ?selected=${s.id===this.printerId}>${s.name}</option>`)}
          </select>
        </label>
        <span class="spacer"></span>
        ${e?g`<span>${c("maintenance.total_cost",{cost:as(e.cost[this.printerId]??0,t)})}</span>`:E}
        ${this.admin?g`<button class="btn primary" @click=${()=>this.edit()}>${c("maintenance.add_task")}</button>`:E}
      </div>
      ${this.error?g`<div class="error-banner" role="alert">${this.error}</div>`:E}
      ${this.form?this.renderForm():E}
      ${e?g`<div class="tasks">
              ${e.tasks.length?e.tasks.map(s=>this.renderTask(s)):g`<p>${c("maintenance.no_tasks")}</p>`}
            </div>
            <h2>${c("maintenance.log")}</h2>
            ${e.log.length?g`<table>
                  <thead>
                    <tr>
                      <th>${c("maintenance.when")}</th>
                      <th>${c("maintenance.field.name")}</th>
                      <th>${c("maintenance.by")}</th>
                      <th>${c("maintenance.field.notes")}</th>
                      <th>${c("maintenance.field.cost")}</th>
                      <th>${c("maintenance.counters")}</th>
                      ${this.admin?g`<th></th>`:E}
                    </tr>
                  </thead>
                  <tbody>
                    ${e.log.map(s=>g`<tr>
                        <td>${Ie(s.done_at,t)}</td>
                        <td>${s.name}</td>
                        <td>${s.done_by??"—"}</td>
                        <td>${s.notes??""}</td>
                        <td>${s.cost===null?"—":as(s.cost,t)}</td>
                        <td>
                          ${c("maintenance.counters_value",{hours:De(s.print_hours,t,1),jobs:De(s.jobs,t)})}
                        </td>
                        ${this.admin?g`<td>
                              <button class="btn danger" @click=${()=>this.removeEntry(s.id)}>${c("common.delete")}</button>
                            </td>`:E}
                      </tr>`)}
                  </tbody>
                </table>`:g`<p>${c("maintenance.no_log")}</p>`}`:g`<p>${c("common.loading")}</p>`}
    `}};mo.styles=[te,na,Qn,Wt`
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
    `];let Ht=mo;ae([D({attribute:!1})],Ht.prototype,"api");ae([D({attribute:!1})],Ht.prototype,"options");ae([D({attribute:!1})],Ht.prototype,"printers");ae([D({type:Boolean})],Ht.prototype,"admin");ae([D({type:Boolean})],Ht.prototype,"active");ae([F()],Ht.prototype,"printerId");ae([F()],Ht.prototype,"data");ae([F()],Ht.prototype,"error");ae([F()],Ht.prototype,"form");ae([F()],Ht.prototype,"formErrors");ae([F()],Ht.prototype,"formError");ae([F()],Ht.prototype,"doneFor");ae([F()],Ht.prototype,"doneNotes");ae([F()],Ht.prototype,"doneCost");ae([F()],Ht.prototype,"busy");Kt("pl-maintenance-view",Ht);var dh=Object.defineProperty,ii=(i,t,e,s)=>{for(var l=void 0,o=i.length-1,a;o>=0;o--)(a=i[o])&&(l=a(t,e,l)||l);return l&&dh(t,e,l),l};const rl=["jobs","files","analytics","maintenance"],ph="Print Log",go=class go extends Jt{constructor(){super(...arguments),this.narrow=!1,this.view="jobs",this.printers=[],this.printersError="",this.reprint={filename:"",printerId:""},this.live=new rd}willUpdate(t){if(t.has("hass")&&this.hass){const e=this.hass.connection;e!==this.connection&&(this.connection=e,this.api=new ad(this.hass),this.resubscribe(),this.loadPrinters());const s=t.get("hass");if(!this.options||!s||s.locale!==this.hass.locale||s.config!==this.hass.config){const l=Qo(this.hass);l.language===this.language?this.options=l:l.language===cd()?(this.options=l,this.language=l.language):this.switchLanguage(l)}}}async switchLanguage(t){const e=await dd(t.language,t.numberLocale);this.hass&&Qo(this.hass).language!==t.language||(this.options={...t,language:e},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,e=>this.onLiveEvent(e),e=>console.warn("print_logger: live updates unavailable:",Lt(e)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=Lt(t)}}onLiveEvent(t){this.printers=pd(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),this.renderRoot.querySelector("pl-analytics-view")?.handleLiveEvent(t),t.type!=="printer"&&(t.type!=="job_changed"||t.job.status!=="in_progress")&&this.renderRoot.querySelector("pl-files-view")?.refresh()}select(t){this.view=t}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const e=rl.indexOf(this.view),s=t.key==="ArrowLeft"?rl.length-1:1,l=rl[(e+s)%rl.length]??"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"maintenance":l),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return E;const t=!!this.hass.user?.is_admin,e=(s,l,o)=>g`<button
        role="tab"
        id=${`tab-${s}`}
        aria-selected=${this.view===s?"true":"false"}
        aria-controls=${`view-${s}`}
        aria-label=${l}
        tabindex=${this.view===s?0:-1}
        @click=${()=>this.select(s)}
      >
        ${jt(o)}<span class="label">${l}</span>
      </button>`;return g`
      <header>
        ${this.narrow?g`<button class="icon-btn" aria-label=${c("panel.open_sidebar")} @click=${()=>ue(this,"hass-toggle-menu")}>
              ${jt(ud)}
            </button>`:E}
        <h1>${this.panel?.title&&this.panel.title!==ph?this.panel.title:c("panel.title")}</h1>
        <div role="tablist" aria-label=${c("panel.views")} @keydown=${this.onTabKey}>
          ${e("jobs",c("panel.jobs"),hd)} ${e("files",c("panel.files"),fd)}
          ${e("analytics",c("panel.analytics"),md)}
          ${e("maintenance",c("panel.maintenance"),sa)}
        </div>
      </header>
      ${yd(this.language,g`<main
        @print-again=${s=>{this.reprint={filename:s.detail.filename,printerId:s.detail.printerId}}}
        @show-file=${s=>{this.select("files"),this.renderRoot.querySelector("pl-files-view")?.showFile(s.detail.fileId)}}
      >
        ${this.printersError?g`<div class="error-banner" role="alert">
              <span>${c("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${c("common.retry")}</button>
            </div>`:E}
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
        <div id="view-files" role="tabpanel" aria-labelledby="tab-files" ?hidden=${this.view!=="files"}>
          <pl-files-view
            .api=${this.api}
            .options=${this.options}
            .printers=${this.printers}
            .admin=${t}
            .active=${this.view==="files"}
          ></pl-files-view>
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
        ${t?g`<pl-reprint-dialog
              .api=${this.api}
              .printers=${this.printers}
              .filename=${this.reprint.filename}
              .printerId=${this.reprint.printerId}
              @reprint-closed=${()=>this.reprint={filename:"",printerId:""}}
            ></pl-reprint-dialog>`:E}
      </main>`)}
    `}};go.styles=[te,Wt`
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
    `];let _e=go;ii([D({attribute:!1})],_e.prototype,"hass");ii([D({type:Boolean,reflect:!0})],_e.prototype,"narrow");ii([D({attribute:!1})],_e.prototype,"panel");ii([F()],_e.prototype,"view");ii([F()],_e.prototype,"printers");ii([F()],_e.prototype,"printersError");ii([F()],_e.prototype,"api");ii([F()],_e.prototype,"options");ii([F()],_e.prototype,"reprint");ii([F()],_e.prototype,"language");Kt("print-logger-panel",_e);
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
/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
