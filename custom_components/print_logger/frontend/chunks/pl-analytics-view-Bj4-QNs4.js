import{l as W,am as Cr,al as Ll,af as mo,ap as go,J as vi,P as $n,Q as Tn,q as Mn,g as we,aq as ds,U as de,ar as zr,as as Vr,V as Kt,a as Rr,M as Nr,A as bn,c as Fr,_ as Or,I as Hr,at as os,X as Wr}from"./shared-t7ulqQH6.js";import{s as Ir,b as _i,t as jr,c as Ur,m as Br,w as Gr,d as Yr,p as Kr,h as Jr,D as ms,e as qr,i as Zr,f as Qr,P as Xr,a as ea,g as Si,j as ta}from"./shared-DY9EN2bH.js";import{h as $i,c as la,f as na}from"../print-logger-panel.js";import{d as En}from"./shared-DUOmt4lY.js";function Ql(e,t,s,n=!1){return e.map(o=>{const u=o.key===null||o.key===void 0?"":String(o.key),c=o.label||u||W("common.unknown"),h=Number(o[t]??0);let f,d;t==="success_rate"?(f=Cr(o.success_rate,s),d=W("common.n_jobs",{count:o.jobs,n:Ll(o.jobs,s)})):t==="filament_g"?(f=mo(h,s,0),d=W("common.n_jobs",{count:o.jobs,n:Ll(o.jobs,s)})):t==="hours"?f=go(h,"hours",s,1):f=Ll(h,s);const b={key:u,label:c,value:h,display:f};if(d&&(b.note=d),n){const g=vi(u)??vi(o.label);g&&(b.colour=g)}return b})}function sa(e,t,s){const n=new Map;for(const o of s){const u=$i(o.color_hex),c=o.label?.replace(/^#\d+\s*/,"").trim();u&&c&&!n.has(u)&&n.set(u,c)}return Ql(e,"filament_g",t,!0).map(o=>{const u=$i(o.colour??o.key);return u?{...o,label:n.get(u)??la(`#${u}`),hint:`#${u}`}:o})}var ia=Object.defineProperty,Ms=(e,t,s,n)=>{for(var o=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(o=c(t,s,o)||o);return o&&ia(t,s,o),o};const Is=class Is extends $n{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return we`<div class="empty muted">${W("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(s=>s.value),0);return we`<ul aria-label=${this.label}>
      ${this.items.map(s=>{const n=t>0?Math.max(0,Math.min(100,s.value/t*100)):0,o=ds({width:`${n}%`,...s.colour?{background:s.colour}:{}});return we`<li data-key=${s.key} data-value=${String(s.value)}>
          <span class="name"
            >${s.colour?we`<span class="swatch" style=${ds({background:s.colour})}></span>`:""}
            <span>${s.label}${s.hint?we` <span class="hint">${s.hint}</span>`:""}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${s.colour?"bar coloured":"bar"} style=${o}></span></span>
          <span class="value">${s.display}${s.note?we`<span class="note">${s.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Is.styles=[Tn,Mn`
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
      .hint {
        color: var(--pl-muted);
        font-size: 0.85em;
        font-variant-numeric: tabular-nums;
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
    `];let zl=Is;Ms([de()],zl.prototype,"label");Ms([de({attribute:!1})],zl.prototype,"items");Ms([de({type:Number})],zl.prototype,"max");En("pl-bars",zl);const oa=!0,Ce="u-",ra="uplot",aa=Ce+"hz",ca=Ce+"vt",ua=Ce+"title",fa=Ce+"wrap",pa=Ce+"under",ha=Ce+"over",da=Ce+"axis",rl=Ce+"off",ma=Ce+"select",ga=Ce+"cursor-x",ba=Ce+"cursor-y",ya=Ce+"cursor-pt",wa=Ce+"legend",xa=Ce+"live",ka=Ce+"inline",va=Ce+"series",_a=Ce+"marker",Ti=Ce+"label",Sa=Ce+"value",Xl="width",en="height",ql="top",Mi="bottom",Pl="left",rs="right",Es="#000",Ei=Es+"0",as="mousemove",Ai="mousedown",cs="mouseup",Pi="mouseenter",Di="mouseleave",Li="dblclick",$a="resize",Ta="scroll",Ci="change",vn="dppxchange",As="--",Ol=typeof window<"u",gs=Ol?document:null,Cl=Ol?window:null,Ma=Ol?navigator:null;let oe,yn;function bs(){let e=devicePixelRatio;oe!=e&&(oe=e,yn&&ws(Ci,yn,bs),yn=matchMedia(`(min-resolution: ${oe-.001}dppx) and (max-resolution: ${oe+.001}dppx)`),al(Ci,yn,bs),Cl.dispatchEvent(new CustomEvent(vn)))}function ot(e,t){if(t!=null){let s=e.classList;!s.contains(t)&&s.add(t)}}function ys(e,t){let s=e.classList;s.contains(t)&&s.remove(t)}function ye(e,t,s){e.style[t]=s+"px"}function vt(e,t,s,n){let o=gs.createElement(e);return t!=null&&ot(o,t),s?.insertBefore(o,n),o}function mt(e,t){return vt("div",e,t)}const zi=new WeakMap;function Ct(e,t,s,n,o){let u="translate("+t+"px,"+s+"px)",c=zi.get(e);u!=c&&(e.style.transform=u,zi.set(e,u),t<0||s<0||t>n||s>o?ot(e,rl):ys(e,rl))}const Vi=new WeakMap;function Ri(e,t,s){let n=t+s,o=Vi.get(e);n!=o&&(Vi.set(e,n),e.style.background=t,e.style.borderColor=s)}const Ni=new WeakMap;function Fi(e,t,s,n){let o=t+""+s,u=Ni.get(e);o!=u&&(Ni.set(e,o),e.style.height=s+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-s/2+"px":0)}const Ps={passive:!0},Ea={...Ps,capture:!0};function al(e,t,s,n){t.addEventListener(e,s,n?Ea:Ps)}function ws(e,t,s,n){t.removeEventListener(e,s,Ps)}Ol&&bs();function _t(e,t,s,n){let o;s=s||0,n=n||t.length-1;let u=n<=2147483647;for(;n-s>1;)o=u?s+n>>1:rt((s+n)/2),t[o]<e?s=o:n=o;return e-t[s]<=t[n]-e?s:n}function bo(e){return(s,n,o)=>{let u=-1,c=-1;for(let h=n;h<=o;h++)if(e(s[h])){u=h;break}for(let h=o;h>=n;h--)if(e(s[h])){c=h;break}return[u,c]}}const yo=e=>e!=null,wo=e=>e!=null&&e>0,An=bo(yo),Aa=bo(wo);function Pa(e,t,s,n=0,o=!1){let u=o?Aa:An,c=o?wo:yo;[t,s]=u(e,t,s);let h=e[t],f=e[t];if(t>-1)if(n==1)h=e[t],f=e[s];else if(n==-1)h=e[s],f=e[t];else for(let d=t;d<=s;d++){let b=e[d];c(b)&&(b<h?h=b:b>f&&(f=b))}return[h??fe,f??-fe]}function Pn(e,t,s,n){let o=Wi(e),u=Wi(t);e==t&&(o==-1?(e*=s,t/=s):(e/=s,t*=s));let c=s==10?Nt:xo,h=o==1?rt:gt,f=u==1?gt:rt,d=h(c(De(e))),b=f(c(De(t))),g=Vl(s,d),y=Vl(s,b);return s==10&&(d<0&&(g=pe(g,-d)),b<0&&(y=pe(y,-b))),n||s==2?(e=g*o,t=y*u):(e=So(e,g),t=Dn(t,y)),[e,t]}function Ds(e,t,s,n){let o=Pn(e,t,s,n);return e==0&&(o[0]=0),t==0&&(o[1]=0),o}const Ls=.1,Oi={mode:3,pad:Ls},ln={pad:0,soft:null,mode:0},Da={min:ln,max:ln};function _n(e,t,s,n){return Ln(s)?Hi(e,t,s):(ln.pad=s,ln.soft=n?0:null,ln.mode=n?3:0,Hi(e,t,Da))}function se(e,t){return e??t}function La(e,t,s){for(t=se(t,0),s=se(s,e.length-1);t<=s;){if(e[t]!=null)return!0;t++}return!1}function Hi(e,t,s){let n=s.min,o=s.max,u=se(n.pad,0),c=se(o.pad,0),h=se(n.hard,-fe),f=se(o.hard,fe),d=se(n.soft,fe),b=se(o.soft,-fe),g=se(n.mode,0),y=se(o.mode,0),D=t-e,A=Nt(D),C=qe(De(e),De(t)),O=Nt(C),j=De(O-A);(D<1e-24||j>10)&&(D=0,(e==0||t==0)&&(D=1e-24,g==2&&d!=fe&&(u=0),y==2&&b!=-fe&&(c=0)));let _=D||C||1e3,T=Nt(_),k=Vl(10,rt(T)),H=_*(D==0?e==0?.1:1:u),L=pe(So(e-H,k/10),24),q=e>=d&&(g==1||g==3&&L<=d||g==2&&L>=d)?d:fe,Y=qe(h,L<q&&e>=q?q:St(q,L)),X=_*(D==0?t==0?.1:1:c),G=pe(Dn(t+X,k/10),24),S=t<=b&&(y==1||y==3&&G>=b||y==2&&G<=b)?b:-fe,J=St(f,G>S&&t<=S?S:qe(S,G));return Y==J&&Y==0&&(J=100),[Y,J]}const Ca=new Intl.NumberFormat(Ol?Ma.language:"en-US"),Cs=e=>Ca.format(e),at=Math,kn=at.PI,De=at.abs,rt=at.floor,Pe=at.round,gt=at.ceil,St=at.min,qe=at.max,Vl=at.pow,Wi=at.sign,Nt=at.log10,xo=at.log2,za=(e,t=1)=>at.sinh(e)*t,us=(e,t=1)=>at.asinh(e/t),fe=1/0;function Ii(e){return(Nt((e^e>>31)-(e>>31))|0)+1}function xs(e,t,s){return St(qe(e,t),s)}function ko(e){return typeof e=="function"}function ee(e){return ko(e)?e:()=>e}const Va=()=>{},vo=e=>e,_o=(e,t)=>t,Ra=e=>null,ji=e=>!0,Ui=(e,t)=>e==t,Na=/\.\d*?(?=9{6,}|0{6,})/gm,cl=e=>{if(To(e)||Gt.has(e))return e;const t=`${e}`,s=t.match(Na);if(s==null)return e;let n=s[0].length-1;if(t.indexOf("e-")!=-1){let[o,u]=t.split("e");return+`${cl(o)}e${u}`}return pe(e,n)};function il(e,t){return cl(pe(cl(e/t))*t)}function Dn(e,t){return cl(gt(cl(e/t))*t)}function So(e,t){return cl(rt(cl(e/t))*t)}function pe(e,t=0){if(To(e))return e;let s=10**t,n=e*s*(1+Number.EPSILON);return Pe(n)/s}const Gt=new Map;function $o(e){return((""+e).split(".")[1]||"").length}function sn(e,t,s,n){let o=[],u=n.map($o);for(let c=t;c<s;c++){let h=De(c),f=pe(Vl(e,c),h);for(let d=0;d<n.length;d++){let b=e==10?+`${n[d]}e${c}`:n[d]*f,g=(c>=0?0:h)+(c>=u[d]?0:u[d]),y=e==10?b:pe(b,g);o.push(y),Gt.set(y,g)}}return o}const nn={},zs=[],Rl=[null,null],Bt=Array.isArray,To=Number.isInteger,Fa=e=>e===void 0;function Bi(e){return typeof e=="string"}function Ln(e){let t=!1;if(e!=null){let s=e.constructor;t=s==null||s==Object}return t}function Oa(e){return e!=null&&typeof e=="object"}const Ha=Object.getPrototypeOf(Uint8Array),Mo="__proto__";function Nl(e,t=Ln){let s;if(Bt(e)){let n=e.find(o=>o!=null);if(Bt(n)||t(n)){s=Array(e.length);for(let o=0;o<e.length;o++)s[o]=Nl(e[o],t)}else s=e.slice()}else if(e instanceof Ha)s=e.slice();else if(t(e)){s={};for(let n in e)n!=Mo&&(s[n]=Nl(e[n],t))}else s=e;return s}function Me(e){let t=arguments;for(let s=1;s<t.length;s++){let n=t[s];for(let o in n)o!=Mo&&(Ln(e[o])?Me(e[o],Nl(n[o])):e[o]=Nl(n[o]))}return e}const Wa=0,Ia=1,ja=2;function Ua(e,t,s){for(let n=0,o,u=-1;n<t.length;n++){let c=t[n];if(c>u){for(o=c-1;o>=0&&e[o]==null;)e[o--]=null;for(o=c+1;o<s&&e[o]==null;)e[u=o++]=null}}}function Ba(e,t){if(Ka(e)){let c=e[0].slice();for(let h=1;h<e.length;h++)c.push(...e[h].slice(1));return Ja(c[0])||(c=Ya(c)),c}let s=new Set;for(let c=0;c<e.length;c++){let f=e[c][0],d=f.length;for(let b=0;b<d;b++)s.add(f[b])}let n=[Array.from(s).sort((c,h)=>c-h)],o=n[0].length,u=new Map;for(let c=0;c<o;c++)u.set(n[0][c],c);for(let c=0;c<e.length;c++){let h=e[c],f=h[0];for(let d=1;d<h.length;d++){let b=h[d],g=Array(o).fill(void 0),y=t?t[c][d]:Ia,D=[];for(let A=0;A<b.length;A++){let C=b[A],O=u.get(f[A]);C===null?y!=Wa&&(g[O]=C,y==ja&&D.push(O)):g[O]=C}Ua(g,D,o),n.push(g)}}return n}const Ga=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ya(e){let t=e[0],s=t.length,n=Array(s);for(let u=0;u<n.length;u++)n[u]=u;n.sort((u,c)=>t[u]-t[c]);let o=[];for(let u=0;u<e.length;u++){let c=e[u],h=Array(s);for(let f=0;f<s;f++)h[f]=c[n[f]];o.push(h)}return o}function Ka(e){let t=e[0][0],s=t.length;for(let n=1;n<e.length;n++){let o=e[n][0];if(o.length!=s)return!1;if(o!=t){for(let u=0;u<s;u++)if(o[u]!=t[u])return!1}}return!0}function Ja(e,t=100){const s=e.length;if(s<=1)return!0;let n=0,o=s-1;for(;n<=o&&e[n]==null;)n++;for(;o>=n&&e[o]==null;)o--;if(o<=n)return!0;const u=qe(1,rt((o-n+1)/t));for(let c=e[n],h=n+u;h<=o;h+=u){const f=e[h];if(f!=null){if(f<=c)return!1;c=f}}return!0}const Eo=["January","February","March","April","May","June","July","August","September","October","November","December"],Ao=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Po(e){return e.slice(0,3)}const qa=Ao.map(Po),Za=Eo.map(Po),Qa={MMMM:Eo,MMM:Za,WWWW:Ao,WWW:qa};function Zl(e){return(e<10?"0":"")+e}function Xa(e){return(e<10?"00":e<100?"0":"")+e}const ec={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Zl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Zl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Zl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Zl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Zl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Xa(e.getMilliseconds())};function Vs(e,t){t=t||Qa;let s=[],n=/\{([a-z]+)\}|[^{]+/gi,o;for(;o=n.exec(e);)s.push(o[0][0]=="{"?ec[o[1]]:o[0]);return u=>{let c="";for(let h=0;h<s.length;h++)c+=typeof s[h]=="string"?s[h]:s[h](u,t);return c}}const tc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function lc(e,t){let s;return t=="UTC"||t=="Etc/UTC"?s=new Date(+e+e.getTimezoneOffset()*6e4):t==tc?s=e:(s=new Date(e.toLocaleString("en-US",{timeZone:t})),s.setMilliseconds(e.getMilliseconds())),s}const Do=e=>e%1==0,Sn=[1,2,2.5,5],nc=sn(10,-32,0,Sn),Lo=sn(10,0,32,Sn),sc=Lo.filter(Do),ol=nc.concat(Lo),Rs=`
`,Co="{YYYY}",Gi=Rs+Co,zo="{M}/{D}",tn=Rs+zo,wn=tn+"/{YY}",Vo="{aa}",ic="{h}:{mm}",Dl=ic+Vo,Yi=Rs+Dl,Ki=":{ss}",ae=null;function Ro(e){let t=e*1e3,s=t*60,n=s*60,o=n*24,u=o*30,c=o*365,f=(e==1?sn(10,0,3,Sn).filter(Do):sn(10,-3,0,Sn)).concat([t,t*5,t*10,t*15,t*30,s,s*5,s*10,s*15,s*30,n,n*2,n*3,n*4,n*6,n*8,n*12,o,o*2,o*3,o*4,o*5,o*6,o*7,o*8,o*9,o*10,o*15,u,u*2,u*3,u*4,u*6,c,c*2,c*5,c*10,c*25,c*50,c*100]);const d=[[c,Co,ae,ae,ae,ae,ae,ae,1],[o*28,"{MMM}",Gi,ae,ae,ae,ae,ae,1],[o,zo,Gi,ae,ae,ae,ae,ae,1],[n,"{h}"+Vo,wn,ae,tn,ae,ae,ae,1],[s,Dl,wn,ae,tn,ae,ae,ae,1],[t,Ki,wn+" "+Dl,ae,tn+" "+Dl,ae,Yi,ae,1],[e,Ki+".{fff}",wn+" "+Dl,ae,tn+" "+Dl,ae,Yi,ae,1]];function b(g){return(y,D,A,C,O,j)=>{let _=[],T=O>=c,k=O>=u&&O<c,H=g(A),L=pe(H*e,3),q=fs(H.getFullYear(),T?0:H.getMonth(),k||T?1:H.getDate()),Y=pe(q*e,3);if(k||T){let X=k?O/u:0,G=T?O/c:0,S=L==Y?L:pe(fs(q.getFullYear()+G,q.getMonth()+X,1)*e,3),J=new Date(Pe(S/e)),z=J.getFullYear(),U=J.getMonth();for(let F=0;S<=C;F++){let te=fs(z+G*F,U+X*F,1),N=te-g(pe(te*e,3));S=pe((+te+N)*e,3),S<=C&&_.push(S)}}else{let X=O>=o?o:O,G=rt(A)-rt(L),S=Y+G+Dn(L-Y,X);_.push(S);let J=g(S),z=J.getHours()+J.getMinutes()/s+J.getSeconds()/n,U=O/n,F=y.axes[D]._space,te=j/F;for(;S=pe(S+O,e==1?0:3),!(S>C);)if(U>1){let N=rt(pe(z+U,6))%24,le=g(S).getHours()-N;le>1&&(le=-1),S-=le*n,z=(z+U)%24;let ce=_[_.length-1];pe((S-ce)/O,3)*te>=.7&&_.push(S)}else _.push(S)}return _}}return[f,d,b]}const[oc,rc,ac]=Ro(1),[cc,uc,fc]=Ro(.001);sn(2,-53,53,[1]);function Ji(e,t){return e.map(s=>s.map((n,o)=>o==0||o==8||n==null?n:t(o==1||s[8]==0?n:s[1]+n)))}function qi(e,t){return(s,n,o,u,c)=>{let h=t.find(A=>c>=A[0])||t[t.length-1],f,d,b,g,y,D;return n.map(A=>{let C=e(A),O=C.getFullYear(),j=C.getMonth(),_=C.getDate(),T=C.getHours(),k=C.getMinutes(),H=C.getSeconds(),L=O!=f&&h[2]||j!=d&&h[3]||_!=b&&h[4]||T!=g&&h[5]||k!=y&&h[6]||H!=D&&h[7]||h[1];return f=O,d=j,b=_,g=T,y=k,D=H,L(C)})}}function pc(e,t){let s=Vs(t);return(n,o,u,c,h)=>o.map(f=>s(e(f)))}function fs(e,t,s){return new Date(e,t,s)}function Zi(e,t){return t(e)}const hc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Qi(e,t){return(s,n,o,u)=>u==null?As:t(e(n))}function dc(e,t){let s=e.series[t];return s.width?s.stroke(e,t):s.points.width?s.points.stroke(e,t):null}function mc(e,t){return e.series[t].fill(e,t)}const gc={show:!0,live:!0,isolate:!1,mount:Va,markers:{show:!0,width:2,stroke:dc,fill:mc,dash:"solid"},idx:null,idxs:null,values:[]};function bc(e,t){let s=e.cursor.points,n=mt(),o=s.size(e,t);ye(n,Xl,o),ye(n,en,o);let u=o/-2;ye(n,"marginLeft",u),ye(n,"marginTop",u);let c=s.width(e,t,o);return c&&ye(n,"borderWidth",c),n}function yc(e,t){let s=e.series[t].points;return s._fill||s._stroke}function wc(e,t){let s=e.series[t].points;return s._stroke||s._fill}function xc(e,t){return e.series[t].points.size}const ps=[0,0];function kc(e,t,s){return ps[0]=t,ps[1]=s,ps}function xn(e,t,s,n=!0){return o=>{o.button==0&&(!n||o.target==t)&&s(o)}}function hs(e,t,s,n=!0){return o=>{(!n||o.target==t)&&s(o)}}const vc={show:!0,x:!0,y:!0,lock:!1,move:kc,points:{one:!1,show:bc,size:xc,width:0,stroke:wc,fill:yc},bind:{mousedown:xn,mouseup:xn,click:xn,dblclick:xn,mousemove:hs,mouseleave:hs,mouseenter:hs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,s,n,o)=>n-o,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},No={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Ns=Me({},No,{filter:_o}),Fo=Me({},Ns,{size:10}),Oo=Me({},No,{show:!1}),Fs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ho="bold "+Fs,Wo=1.5,Xi={show:!0,scale:"x",stroke:Es,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ho,side:2,grid:Ns,ticks:Fo,border:Oo,font:Fs,lineGap:Wo,rotate:0},_c="Value",Sc="Time",eo={show:!0,scale:"x",auto:!1,sorted:1,min:fe,max:-fe,idxs:[]};function $c(e,t,s,n,o){return t.map(u=>u==null?"":Cs(u))}function Tc(e,t,s,n,o,u,c){let h=[],f=Gt.get(o)||0;s=c?s:pe(Dn(s,o),f);for(let d=s;d<=n;d=pe(d+o,f))h.push(Object.is(d,-0)?0:d);return h}function ks(e,t,s,n,o,u,c){const h=[],f=e.scales[e.axes[t].scale].log,d=f==10?Nt:xo,b=rt(d(s));o=Vl(f,b),f==10&&(o=ol[_t(o,ol)]);let g=s,y=o*f;f==10&&(y=ol[_t(y,ol)]);do h.push(g),g=g+o,f==10&&!Gt.has(g)&&(g=pe(g,Gt.get(o))),g>=y&&(o=g,y=o*f,f==10&&(y=ol[_t(y,ol)]));while(g<=n);return h}function Mc(e,t,s,n,o,u,c){let f=e.scales[e.axes[t].scale].asinh,d=n>f?ks(e,t,qe(f,s),n,o):[f],b=n>=0&&s<=0?[0]:[];return(s<-f?ks(e,t,qe(f,-n),-s,o):[f]).reverse().map(y=>-y).concat(b,d)}const Io=/./,Ec=/[12357]/,Ac=/[125]/,to=/1/,vs=(e,t,s,n)=>e.map((o,u)=>t==4&&o==0||u%n==0&&s.test(o.toExponential()[o<0?1:0])?o:null);function Pc(e,t,s,n,o){let u=e.axes[s],c=u.scale,h=e.scales[c],f=e.valToPos,d=u._space,b=f(10,c),g=f(9,c)-b>=d?Io:f(7,c)-b>=d?Ec:f(5,c)-b>=d?Ac:to;if(g==to){let y=De(f(1,c)-b);if(y<d)return vs(t.slice().reverse(),h.distr,g,gt(d/y)).reverse()}return vs(t,h.distr,g,1)}function Dc(e,t,s,n,o){let u=e.axes[s],c=u.scale,h=u._space,f=e.valToPos,d=De(f(1,c)-f(2,c));return d<h?vs(t.slice().reverse(),3,Io,gt(h/d)).reverse():t}function Lc(e,t,s,n){return n==null?As:t==null?"":Cs(t)}const lo={show:!0,scale:"y",stroke:Es,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ho,side:3,grid:Ns,ticks:Fo,border:Oo,font:Fs,lineGap:Wo,rotate:0};function Cc(e,t){let s=3+(e||1)*2;return pe(s*t,3)}function zc(e,t){let{scale:s,idxs:n}=e.series[0],o=e._data[0],u=e.valToPos(o[n[0]],s,!0),c=e.valToPos(o[n[1]],s,!0),h=De(c-u),f=e.series[t],d=h/(f.points.space*oe);return n[1]-n[0]<=d}const no={scale:null,auto:!0,sorted:0,min:fe,max:-fe},jo=(e,t,s,n,o)=>o,so={show:!0,auto:!0,sorted:0,gaps:jo,alpha:1,facets:[Me({},no,{scale:"x"}),Me({},no,{scale:"y"})]},io={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:jo,alpha:1,points:{show:zc,filter:null},values:null,min:fe,max:-fe,idxs:[],path:null,clip:null};function Vc(e,t,s,n,o){return s/10}const Uo={time:oa,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Rc=Me({},Uo,{time:!1,ori:1}),oo={};function Bo(e,t){let s=oo[e];return s||(s={key:e,plots:[],sub(n){s.plots.push(n)},unsub(n){s.plots=s.plots.filter(o=>o!=n)},pub(n,o,u,c,h,f,d){for(let b=0;b<s.plots.length;b++)s.plots[b]!=o&&s.plots[b].pub(n,o,u,c,h,f,d)}},e!=null&&(oo[e]=s)),s}const Fl=1,_s=2;function ul(e,t,s){const n=e.mode,o=e.series[t],u=n==2?e._data[t]:e._data,c=e.scales,h=e.bbox;let f=u[0],d=n==2?u[1]:u[t],b=n==2?c[o.facets[0].scale]:c[e.series[0].scale],g=n==2?c[o.facets[1].scale]:c[o.scale],y=h.left,D=h.top,A=h.width,C=h.height,O=e.valToPosH,j=e.valToPosV;return b.ori==0?s(o,f,d,b,g,O,j,y,D,A,C,zn,Hl,Rn,Yo,Jo):s(o,f,d,b,g,j,O,D,y,C,A,Vn,Wl,Ws,Ko,qo)}function Os(e,t){let s=0,n=0,o=se(e.bands,zs);for(let u=0;u<o.length;u++){let c=o[u];c.series[0]==t?s=c.dir:c.series[1]==t&&(c.dir==1?n|=1:n|=2)}return[s,n==1?-1:n==2?1:n==3?2:0]}function Nc(e,t,s,n,o){let u=e.mode,c=e.series[t],h=u==2?c.facets[1].scale:c.scale,f=e.scales[h];return o==-1?f.min:o==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function Ft(e,t,s,n,o,u){return ul(e,t,(c,h,f,d,b,g,y,D,A,C,O)=>{let j=c.pxRound;const _=d.dir*(d.ori==0?1:-1),T=d.ori==0?Hl:Wl;let k,H;_==1?(k=s,H=n):(k=n,H=s);let L=j(g(h[k],d,C,D)),q=j(y(f[k],b,O,A)),Y=j(g(h[H],d,C,D)),X=j(y(u==1?b.max:b.min,b,O,A)),G=new Path2D(o);return T(G,Y,X),T(G,L,X),T(G,L,q),G})}function Cn(e,t,s,n,o,u){let c=null;if(e.length>0){c=new Path2D;const h=t==0?Rn:Ws;let f=s;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let D=y[0]-f;D>0&&h(c,f,n,D,n+u),f=y[1]}}let d=s+o-f,b=10;d>0&&h(c,f,n-b/2,d,n+u+b)}return c}function Fc(e,t,s){let n=e[e.length-1];n&&n[0]==t?n[1]=s:e.push([t,s])}function Hs(e,t,s,n,o,u,c){let h=[],f=e.length;for(let d=o==1?s:n;d>=s&&d<=n;d+=o)if(t[d]===null){let g=d,y=d;if(o==1)for(;++d<=n&&t[d]===null;)y=d;else for(;--d>=s&&t[d]===null;)y=d;let D=u(e[g]),A=y==g?D:u(e[y]),C=g-o;D=c<=0&&C>=0&&C<f?u(e[C]):D;let j=y+o;A=c>=0&&j>=0&&j<f?u(e[j]):A,A>=D&&h.push([D,A])}return h}function ro(e){return e==0?vo:e==1?Pe:t=>il(t,e)}function Go(e){let t=e==0?zn:Vn,s=e==0?(o,u,c,h,f,d)=>{o.arcTo(u,c,h,f,d)}:(o,u,c,h,f,d)=>{o.arcTo(c,u,f,h,d)},n=e==0?(o,u,c,h,f)=>{o.rect(u,c,h,f)}:(o,u,c,h,f)=>{o.rect(c,u,f,h)};return(o,u,c,h,f,d=0,b=0)=>{d==0&&b==0?n(o,u,c,h,f):(d=St(d,h/2,f/2),b=St(b,h/2,f/2),t(o,u+d,c),s(o,u+h,c,u+h,c+f,d),s(o,u+h,c+f,u,c+f,b),s(o,u,c+f,u,c,b),s(o,u,c,u+h,c,d),o.closePath())}}const zn=(e,t,s)=>{e.moveTo(t,s)},Vn=(e,t,s)=>{e.moveTo(s,t)},Hl=(e,t,s)=>{e.lineTo(t,s)},Wl=(e,t,s)=>{e.lineTo(s,t)},Rn=Go(0),Ws=Go(1),Yo=(e,t,s,n,o,u)=>{e.arc(t,s,n,o,u)},Ko=(e,t,s,n,o,u)=>{e.arc(s,t,n,o,u)},Jo=(e,t,s,n,o,u,c)=>{e.bezierCurveTo(t,s,n,o,u,c)},qo=(e,t,s,n,o,u,c)=>{e.bezierCurveTo(s,t,o,n,c,u)};function Zo(e){return(t,s,n,o,u)=>ul(t,s,(c,h,f,d,b,g,y,D,A,C,O)=>{let{pxRound:j,points:_}=c,T,k;d.ori==0?(T=zn,k=Yo):(T=Vn,k=Ko);const H=pe(_.width*oe,3);let L=(_.size-_.width)/2*oe,q=pe(L*2,3),Y=new Path2D,X=new Path2D,{left:G,top:S,width:J,height:z}=t.bbox;Rn(X,G-q,S-q,J+q*2,z+q*2);const U=F=>{if(f[F]!=null){let te=j(g(h[F],d,C,D)),N=j(y(f[F],b,O,A));T(Y,te+L,N),k(Y,te,N,L,0,kn*2)}};if(u)u.forEach(U);else for(let F=n;F<=o;F++)U(F);return{stroke:H>0?Y:null,fill:Y,clip:X,flags:Fl|_s}})}function Qo(e){return(t,s,n,o,u,c)=>{n!=o&&(u!=n&&c!=n&&e(t,s,n),u!=o&&c!=o&&e(t,s,o),e(t,s,c))}}const Oc=Qo(Hl),Hc=Qo(Wl);function Xo(e){const t=se(e?.alignGaps,0);return(s,n,o,u)=>ul(s,n,(c,h,f,d,b,g,y,D,A,C,O)=>{[o,u]=An(f,o,u);let j=c.pxRound,_=z=>j(g(z,d,C,D)),T=z=>j(y(z,b,O,A)),k,H;d.ori==0?(k=Hl,H=Oc):(k=Wl,H=Hc);const L=d.dir*(d.ori==0?1:-1),q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Fl},Y=q.stroke;let X=!1;if(u-o>=C*4){let z=V=>s.posToVal(V,d.key,!0),U=null,F=null,te,N,Ze,xe=_(h[L==1?o:u]),le=_(h[o]),ce=_(h[u]),Z=z(L==1?le+1:ce-1);for(let V=L==1?o:u;V>=o&&V<=u;V+=L){let Ee=h[V],ke=(L==1?Ee<Z:Ee>Z)?xe:_(Ee),re=f[V];ke==xe?re!=null?(N=re,U==null?(k(Y,ke,T(N)),te=U=F=N):N<U?U=N:N>F&&(F=N)):re===null&&(X=!0):(U!=null&&H(Y,xe,T(U),T(F),T(te),T(N)),re!=null?(N=re,k(Y,ke,T(N)),U=F=te=N):(U=F=null,re===null&&(X=!0)),xe=ke,Z=z(xe+L))}U!=null&&U!=F&&Ze!=xe&&H(Y,xe,T(U),T(F),T(te),T(N))}else for(let z=L==1?o:u;z>=o&&z<=u;z+=L){let U=f[z];U===null?X=!0:U!=null&&k(Y,_(h[z]),T(U))}let[S,J]=Os(s,n);if(c.fill!=null||S!=0){let z=q.fill=new Path2D(Y),U=c.fillTo(s,n,c.min,c.max,S),F=T(U),te=_(h[o]),N=_(h[u]);L==-1&&([N,te]=[te,N]),k(z,N,F),k(z,te,F)}if(!c.spanGaps){let z=[];X&&z.push(...Hs(h,f,o,u,L,_,t)),q.gaps=z=c.gaps(s,n,o,u,z),q.clip=Cn(z,d.ori,D,A,C,O)}return J!=0&&(q.band=J==2?[Ft(s,n,o,u,Y,-1),Ft(s,n,o,u,Y,1)]:Ft(s,n,o,u,Y,J)),q})}function Wc(e){const t=se(e.align,1),s=se(e.ascDesc,!1),n=se(e.alignGaps,0),o=se(e.extend,!1);return(u,c,h,f)=>ul(u,c,(d,b,g,y,D,A,C,O,j,_,T)=>{[h,f]=An(g,h,f);let k=d.pxRound,{left:H,width:L}=u.bbox,q=le=>k(A(le,y,_,O)),Y=le=>k(C(le,D,T,j)),X=y.ori==0?Hl:Wl;const G={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Fl},S=G.stroke,J=y.dir*(y.ori==0?1:-1);let z=Y(g[J==1?h:f]),U=q(b[J==1?h:f]),F=U,te=U;o&&t==-1&&(te=H,X(S,te,z)),X(S,U,z);for(let le=J==1?h:f;le>=h&&le<=f;le+=J){let ce=g[le];if(ce==null)continue;let Z=q(b[le]),V=Y(ce);t==1?X(S,Z,z):X(S,F,V),X(S,Z,V),z=V,F=Z}let N=F;o&&t==1&&(N=H+L,X(S,N,z));let[Ze,xe]=Os(u,c);if(d.fill!=null||Ze!=0){let le=G.fill=new Path2D(S),ce=d.fillTo(u,c,d.min,d.max,Ze),Z=Y(ce);X(le,N,Z),X(le,te,Z)}if(!d.spanGaps){let le=[];le.push(...Hs(b,g,h,f,J,q,n));let ce=d.width*oe/2,Z=s||t==1?ce:-ce,V=s||t==-1?-ce:ce;le.forEach(Ee=>{Ee[0]+=Z,Ee[1]+=V}),G.gaps=le=d.gaps(u,c,h,f,le),G.clip=Cn(le,y.ori,O,j,_,T)}return xe!=0&&(G.band=xe==2?[Ft(u,c,h,f,S,-1),Ft(u,c,h,f,S,1)]:Ft(u,c,h,f,S,xe)),G})}function ao(e,t,s,n,o,u,c=fe){if(e.length>1){let h=null;for(let f=0,d=1/0;f<e.length;f++)if(t[f]!==void 0){if(h!=null){let b=De(e[f]-e[h]);b<d&&(d=b,c=De(s(e[f],n,o,u)-s(e[h],n,o,u)))}h=f}}return c}function Ic(e){e=e||nn;const t=se(e.size,[.6,fe,1]),s=e.align||0,n=e.gap||0;let o=e.radius;o=o==null?[0,0]:typeof o=="number"?[o,0]:o;const u=ee(o),c=1-t[0],h=se(t[1],fe),f=se(t[2],1),d=se(e.disp,nn),b=se(e.each,D=>{}),{fill:g,stroke:y}=d;return(D,A,C,O)=>ul(D,A,(j,_,T,k,H,L,q,Y,X,G,S)=>{let J=j.pxRound,z=s,U=n*oe,F=h*oe,te=f*oe,N,Ze;k.ori==0?[N,Ze]=u(D,A):[Ze,N]=u(D,A);const xe=k.dir*(k.ori==0?1:-1);let le=k.ori==0?Rn:Ws,ce=k.ori==0?b:(E,he,Ae,dl,Zt,Mt,Qt)=>{b(E,he,Ae,Zt,dl,Qt,Mt)},Z=se(D.bands,zs).find(E=>E.series[0]==A),V=Z!=null?Z.dir:0,Ee=j.fillTo(D,A,j.min,j.max,V),Be=J(q(Ee,H,S,X)),ke,re,bt,tt=G,_e=J(j.width*oe),Tt=!1,zt=null,ct=null,Ot=null,fl=null;g!=null&&(_e==0||y!=null)&&(Tt=!0,zt=g.values(D,A,C,O),ct=new Map,new Set(zt).forEach(E=>{E!=null&&ct.set(E,new Path2D)}),_e>0&&(Ot=y.values(D,A,C,O),fl=new Map,new Set(Ot).forEach(E=>{E!=null&&fl.set(E,new Path2D)})));let{x0:pl,size:Il}=d;if(pl!=null&&Il!=null){z=1,_=pl.values(D,A,C,O),pl.unit==2&&(_=_.map(Ae=>D.posToVal(Y+Ae*G,k.key,!0)));let E=Il.values(D,A,C,O);Il.unit==2?re=E[0]*G:re=L(E[0],k,G,Y)-L(0,k,G,Y),tt=ao(_,T,L,k,G,Y,tt),bt=tt-re+U}else tt=ao(_,T,L,k,G,Y,tt),bt=tt*c+U,re=tt-bt;bt<1&&(bt=0),_e>=re/2&&(_e=0),bt<5&&(J=vo);let rn=bt>0,Jt=tt-bt-(rn?_e:0);re=J(xs(Jt,te,F)),ke=(z==0?re/2:z==xe?0:re)-z*xe*((z==0?U/2:0)+(rn?_e/2:0));const Ge={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},hl=Tt?null:new Path2D;let Vt=null;if(Z!=null)Vt=D.data[Z.series[1]];else{let{y0:E,y1:he}=d;E!=null&&he!=null&&(T=he.values(D,A,C,O),Vt=E.values(D,A,C,O))}let qt=N*re,K=Ze*re;for(let E=xe==1?C:O;E>=C&&E<=O;E+=xe){let he=T[E];if(he==null)continue;if(Vt!=null){let Qe=Vt[E]??0;if(he-Qe==0)continue;Be=q(Qe,H,S,X)}let Ae=k.distr!=2||d!=null?_[E]:E,dl=L(Ae,k,G,Y),Zt=q(se(he,Ee),H,S,X),Mt=J(dl-ke),Qt=J(qe(Zt,Be)),lt=J(St(Zt,Be)),ut=Qt-lt;if(he!=null){let Qe=he<0?K:qt,yt=he<0?qt:K;Tt?(_e>0&&Ot[E]!=null&&le(fl.get(Ot[E]),Mt,lt+rt(_e/2),re,qe(0,ut-_e),Qe,yt),zt[E]!=null&&le(ct.get(zt[E]),Mt,lt+rt(_e/2),re,qe(0,ut-_e),Qe,yt)):le(hl,Mt,lt+rt(_e/2),re,qe(0,ut-_e),Qe,yt),ce(D,A,E,Mt-_e/2,lt,re+_e,ut)}}return _e>0?Ge.stroke=Tt?fl:hl:Tt||(Ge._fill=j.width==0?j._fill:j._stroke??j._fill,Ge.width=0),Ge.fill=Tt?ct:hl,Ge})}function jc(e,t){const s=se(t?.alignGaps,0);return(n,o,u,c)=>ul(n,o,(h,f,d,b,g,y,D,A,C,O,j)=>{[u,c]=An(d,u,c);let _=h.pxRound,T=N=>_(y(N,b,O,A)),k=N=>_(D(N,g,j,C)),H,L,q;b.ori==0?(H=zn,q=Hl,L=Jo):(H=Vn,q=Wl,L=qo);const Y=b.dir*(b.ori==0?1:-1);let X=T(f[Y==1?u:c]),G=X,S=[],J=[];for(let N=Y==1?u:c;N>=u&&N<=c;N+=Y)if(d[N]!=null){let xe=f[N],le=T(xe);S.push(G=le),J.push(k(d[N]))}const z={stroke:e(S,J,H,q,L,_),fill:null,clip:null,band:null,gaps:null,flags:Fl},U=z.stroke;let[F,te]=Os(n,o);if(h.fill!=null||F!=0){let N=z.fill=new Path2D(U),Ze=h.fillTo(n,o,h.min,h.max,F),xe=k(Ze);q(N,G,xe),q(N,X,xe)}if(!h.spanGaps){let N=[];N.push(...Hs(f,d,u,c,Y,T,s)),z.gaps=N=h.gaps(n,o,u,c,N),z.clip=Cn(N,b.ori,A,C,O,j)}return te!=0&&(z.band=te==2?[Ft(n,o,u,c,U,-1),Ft(n,o,u,c,U,1)]:Ft(n,o,u,c,U,te)),z})}function Uc(e){return jc(Bc,e)}function Bc(e,t,s,n,o,u){const c=e.length;if(c<2)return null;const h=new Path2D;if(s(h,e[0],t[0]),c==2)n(h,e[1],t[1]);else{let f=Array(c),d=Array(c-1),b=Array(c-1),g=Array(c-1);for(let y=0;y<c-1;y++)b[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],d[y]=b[y]/g[y];f[0]=d[0];for(let y=1;y<c-1;y++)d[y]===0||d[y-1]===0||d[y-1]>0!=d[y]>0?f[y]=0:(f[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/d[y-1]+(g[y]+2*g[y-1])/d[y]),isFinite(f[y])||(f[y]=0));f[c-1]=d[c-2];for(let y=0;y<c-1;y++)o(h,e[y]+g[y]/3,t[y]+f[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-f[y+1]*g[y]/3,e[y+1],t[y+1])}return h}const Ss=new Set;function co(){for(let e of Ss)e.syncRect(!0)}Ol&&(al($a,Cl,co),al(Ta,Cl,co,!0),al(vn,Cl,()=>{Ie.pxRatio=oe}));const Gc=Xo(),Yc=Zo();function uo(e,t,s,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((u,c)=>$s(u,c,t,s))}function Kc(e,t){return e.map((s,n)=>n==0?{}:Me({},t,s))}function $s(e,t,s,n){return Me({},t==0?s:n,e)}function er(e,t,s){return t==null?Rl:[t,s]}const Jc=er;function qc(e,t,s){return t==null?Rl:_n(t,s,Ls,!0)}function tr(e,t,s,n){return t==null?Rl:Pn(t,s,e.scales[n].log,!1)}const Zc=tr;function lr(e,t,s,n){return t==null?Rl:Ds(t,s,e.scales[n].log,!1)}const Qc=lr;function Xc(e,t,s,n,o){let u=qe(Ii(e),Ii(t)),c=t-e,h=_t(o/n*c,s);do{let f=s[h],d=n*f/c;if(d>=o&&u+(f<5?Gt.get(f):0)<=17)return[f,d]}while(++h<s.length);return[0,0]}function fo(e){let t,s;return e=e.replace(/(\d+)px/,(n,o)=>(t=Pe((s=+o)*oe))+"px"),[e,t,s]}function eu(e){e.show&&[e.font,e.labelFont].forEach(t=>{let s=pe(t[2]*oe,1);t[0]=t[0].replace(/[0-9.]+px/,s+"px"),t[1]=s})}function Ie(e,t,s){const n={mode:se(e.mode,1)},o=n.mode;function u(l,i,r,a){let p=i.valToPct(l);return a+r*(i.dir==-1?1-p:p)}function c(l,i,r,a){let p=i.valToPct(l);return a+r*(i.dir==-1?p:1-p)}function h(l,i,r,a){return i.ori==0?u(l,i,r,a):c(l,i,r,a)}n.valToPosH=u,n.valToPosV=c;let f=!1;n.status=0;const d=n.root=mt(ra);if(e.id!=null&&(d.id=e.id),ot(d,e.class),e.title){let l=mt(ua,d);l.textContent=e.title}const b=vt("canvas"),g=n.ctx=b.getContext("2d"),y=mt(fa,d);al("click",y,l=>{l.target===A&&(me!=$l||ve!=Tl)&&We.click(n,l)},!0);const D=n.under=mt(pa,y);y.appendChild(b);const A=n.over=mt(ha,y);e=Nl(e);const C=+se(e.pxAlign,1),O=ro(C);(e.plugins||[]).forEach(l=>{l.opts&&(e=l.opts(n,e)||e)});const j=e.ms||.001,_=n.series=o==1?uo(e.series||[],eo,io,!1):Kc(e.series||[null],so),T=n.axes=uo(e.axes||[],Xi,lo,!0),k=n.scales={},H=n.bands=e.bands||[];H.forEach(l=>{l.fill=ee(l.fill||null),l.dir=se(l.dir,-1)});const L=o==2?_[1].facets[0].scale:_[0].scale,q={axes:yr,series:hr},Y=(e.drawOrder||["axes","series"]).map(l=>q[l]);function X(l){const i=l.distr==3?r=>Nt(r>0?r:l.clamp(n,r,l.min,l.max,l.key)):l.distr==4?r=>us(r,l.asinh):l.distr==100?r=>l.fwd(r):r=>r;return r=>{let a=i(r),{_min:p,_max:m}=l,w=m-p;return(a-p)/w}}function G(l){let i=k[l];if(i==null){let r=(e.scales||nn)[l]||nn;if(r.from!=null){G(r.from);let a=Me({},k[r.from],r,{key:l});a.valToPct=X(a),k[l]=a}else{i=k[l]=Me({},l==L?Uo:Rc,r),i.key=l;let a=i.time,p=i.range,m=Bt(p);if((l!=L||o==2&&!a)&&(m&&(p[0]==null||p[1]==null)&&(p={min:p[0]==null?Oi:{mode:1,hard:p[0],soft:p[0]},max:p[1]==null?Oi:{mode:1,hard:p[1],soft:p[1]}},m=!1),!m&&Ln(p))){let w=p;p=(x,v,$)=>v==null?Rl:_n(v,$,w)}i.range=ee(p||(a?Jc:l==L?i.distr==3?Zc:i.distr==4?Qc:er:i.distr==3?tr:i.distr==4?lr:qc)),i.auto=ee(m?!1:i.auto),i.clamp=ee(i.clamp||Vc),i._min=i._max=null,i.valToPct=X(i)}}}G("x"),G("y"),o==1&&_.forEach(l=>{G(l.scale)}),T.forEach(l=>{G(l.scale)});for(let l in e.scales)G(l);const S=k[L],J=S.distr;let z,U;S.ori==0?(ot(d,aa),z=u,U=c):(ot(d,ca),z=c,U=u);const F={};for(let l in k){let i=k[l];(i.min!=null||i.max!=null)&&(F[l]={min:i.min,max:i.max},i.min=i.max=null)}const te=e.tzDate||(l=>new Date(Pe(l/j))),N=e.fmtDate||Vs,Ze=j==1?ac(te):fc(te),xe=qi(te,Ji(j==1?rc:uc,N)),le=Qi(te,Zi(hc,N)),ce=[],Z=n.legend=Me({},gc,e.legend),V=n.cursor=Me({},vc,{drag:{y:o==2}},e.cursor),Ee=Z.show,Be=V.show,ke=Z.markers;Z.idxs=ce,ke.width=ee(ke.width),ke.dash=ee(ke.dash),ke.stroke=ee(ke.stroke),ke.fill=ee(ke.fill);let re,bt,tt,_e=[],Tt=[],zt,ct=!1,Ot={};if(Z.live){const l=_[1]?_[1].values:null;ct=l!=null,zt=ct?l(n,1,0):{_:0};for(let i in zt)Ot[i]=As}if(Ee)if(re=vt("table",wa,d),tt=vt("tbody",null,re),Z.mount(n,re),ct){bt=vt("thead",null,re,tt);let l=vt("tr",null,bt);vt("th",null,l);for(var fl in zt)vt("th",Ti,l).textContent=fl}else ot(re,ka),Z.live&&ot(re,xa);const pl={show:!0},Il={show:!1};function rn(l,i){if(i==0&&(ct||!Z.live||o==2))return Rl;let r=[],a=vt("tr",va,tt,tt.childNodes[i]);ot(a,l.class),l.show||ot(a,rl);let p=vt("th",null,a);if(ke.show){let x=mt(_a,p);if(i>0){let v=ke.width(n,i);v&&(x.style.border=v+"px "+ke.dash(n,i)+" "+ke.stroke(n,i)),x.style.background=ke.fill(n,i)}}let m=mt(Ti,p);l.label instanceof HTMLElement?m.appendChild(l.label):m.textContent=l.label,i>0&&(ke.show||(m.style.color=l.width>0?ke.stroke(n,i):ke.fill(n,i)),Ge("click",p,x=>{if(V._lock)return;el(x);let v=_.indexOf(l);if((x.ctrlKey||x.metaKey)!=Z.isolate){let $=_.some((M,P)=>P>0&&P!=v&&M.show);_.forEach((M,P)=>{P>0&&At(P,$?P==v?pl:Il:pl,!0,Te.setSeries)})}else At(v,{show:!l.show},!0,Te.setSeries)},!1),gl&&Ge(Pi,p,x=>{V._lock||(el(x),At(_.indexOf(l),El,!0,Te.setSeries))},!1));for(var w in zt){let x=vt("td",Sa,a);x.textContent="--",r.push(x)}return[a,r]}const Jt=new Map;function Ge(l,i,r,a=!0){const p=Jt.get(i)||{},m=V.bind[l](n,i,r,a);m&&(al(l,i,p[l]=m),Jt.set(i,p))}function hl(l,i,r){const a=Jt.get(i)||{};for(let p in a)(l==null||p==l)&&(ws(p,i,a[p]),delete a[p]);l==null&&Jt.delete(i)}let Vt=0,qt=0,K=0,E=0,he=0,Ae=0,dl=he,Zt=Ae,Mt=K,Qt=E,lt=0,ut=0,Qe=0,yt=0;n.bbox={};let Nn=!1,an=!1,ml=!1,Xt=!1,cn=!1,ft=!1;function Fn(l,i,r){(r||l!=n.width||i!=n.height)&&Gs(l,i),kl(!1),ml=!0,an=!0,vl()}function Gs(l,i){n.width=Vt=K=l,n.height=qt=E=i,he=Ae=0,or(),rr();let r=n.bbox;lt=r.left=il(he*oe,.5),ut=r.top=il(Ae*oe,.5),Qe=r.width=il(K*oe,.5),yt=r.height=il(E*oe,.5)}const nr=3;function sr(){let l=!1,i=0;for(;!l;){i++;let r=gr(i),a=br(i);l=i==nr||r&&a,l||(Gs(n.width,n.height),an=!0)}}function ir({width:l,height:i}){Fn(l,i)}n.setSize=ir;function or(){let l=!1,i=!1,r=!1,a=!1;T.forEach((p,m)=>{if(p.show&&p._show){let{side:w,_size:x}=p,v=w%2,$=p.label!=null?p.labelSize:0,M=x+$;M>0&&(v?(K-=M,w==3?(he+=M,a=!0):r=!0):(E-=M,w==0?(Ae+=M,l=!0):i=!0))}}),tl[0]=l,tl[1]=r,tl[2]=i,tl[3]=a,K-=Ht[1]+Ht[3],he+=Ht[3],E-=Ht[2]+Ht[0],Ae+=Ht[0]}function rr(){let l=he+K,i=Ae+E,r=he,a=Ae;function p(m,w){switch(m){case 1:return l+=w,l-w;case 2:return i+=w,i-w;case 3:return r-=w,r+w;case 0:return a-=w,a+w}}T.forEach((m,w)=>{if(m.show&&m._show){let x=m.side;m._pos=p(x,m._size),m.label!=null&&(m._lpos=p(x,m.labelSize))}})}if(V.dataIdx==null){let l=V.hover,i=l.skip=new Set(l.skip??[]);i.add(void 0);let r=l.prox=ee(l.prox),a=l.bias??=0;V.dataIdx=(p,m,w,x)=>{if(m==0)return w;let v=w,$=r(p,m,w,x)??fe,M=$>=0&&$<fe,P=S.ori==0?K:E,B=V.left,ie=t[0],ne=t[m];if(i.has(ne[w])){v=null;let Q=null,I=null,R;if(a==0||a==-1)for(R=w;Q==null&&R-- >0;)i.has(ne[R])||(Q=R);if(a==0||a==1)for(R=w;I==null&&R++<ne.length;)i.has(ne[R])||(I=R);if(Q!=null||I!=null)if(M){let be=Q==null?-1/0:z(ie[Q],S,P,0),Se=I==null?1/0:z(ie[I],S,P,0),Oe=B-be,ue=Se-B;Oe<=ue?Oe<=$&&(v=Q):ue<=$&&(v=I)}else v=I==null?Q:Q==null?I:w-Q<=I-w?Q:I}else M&&De(B-z(ie[w],S,P,0))>$&&(v=null);return v}}const el=l=>{V.event=l};V.idxs=ce,V._lock=!1;let je=V.points;je.show=ee(je.show),je.size=ee(je.size),je.stroke=ee(je.stroke),je.width=ee(je.width),je.fill=ee(je.fill);const Et=n.focus=Me({},e.focus||{alpha:.3},V.focus),gl=Et.prox>=0,bl=gl&&je.one;let pt=[],yl=[],wl=[];function Ys(l,i){let r=je.show(n,i);if(r instanceof HTMLElement)return ot(r,ya),ot(r,l.class),Ct(r,-10,-10,K,E),A.insertBefore(r,pt[i]),r}function Ks(l,i){if(o==1||i>0){let r=o==1&&k[l.scale].time,a=l.value;l.value=r?Bi(a)?Qi(te,Zi(a,N)):a||le:a||Lc,l.label=l.label||(r?Sc:_c)}if(bl||i>0){l.width=l.width==null?1:l.width,l.paths=l.paths||Gc||Ra,l.fillTo=ee(l.fillTo||Nc),l.pxAlign=+se(l.pxAlign,C),l.pxRound=ro(l.pxAlign),l.stroke=ee(l.stroke||null),l.fill=ee(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let r=Cc(qe(1,l.width),1),a=l.points=Me({},{size:r,width:qe(1,r*.2),stroke:l.stroke,space:r*2,paths:Yc,_stroke:null,_fill:null},l.points);a.show=ee(a.show),a.filter=ee(a.filter),a.fill=ee(a.fill),a.stroke=ee(a.stroke),a.paths=ee(a.paths),a.pxAlign=l.pxAlign}if(Ee){let r=rn(l,i);_e.splice(i,0,r[0]),Tt.splice(i,0,r[1]),Z.values.push(null)}if(Be){ce.splice(i,0,null);let r=null;bl?i==0&&(r=Ys(l,i)):i>0&&(r=Ys(l,i)),pt.splice(i,0,r),yl.splice(i,0,0),wl.splice(i,0,0)}Fe("addSeries",i)}function ar(l,i){i=i??_.length,l=o==1?$s(l,i,eo,io):$s(l,i,{},so),_.splice(i,0,l),Ks(_[i],i)}n.addSeries=ar;function cr(l){if(_.splice(l,1),Ee){Z.values.splice(l,1),Tt.splice(l,1);let i=_e.splice(l,1)[0];hl(null,i.firstChild),i.remove()}Be&&(ce.splice(l,1),pt.splice(l,1)[0].remove(),yl.splice(l,1),wl.splice(l,1)),Fe("delSeries",l)}n.delSeries=cr;const tl=[!1,!1,!1,!1];function ur(l,i){if(l._show=l.show,l.show){let r=l.side%2,a=k[l.scale];a==null&&(l.scale=r?_[1].scale:L,a=k[l.scale]);let p=a.time;l.size=ee(l.size),l.space=ee(l.space),l.rotate=ee(l.rotate),Bt(l.incrs)&&l.incrs.forEach(w=>{!Gt.has(w)&&Gt.set(w,$o(w))}),l.incrs=ee(l.incrs||(a.distr==2?sc:p?j==1?oc:cc:ol)),l.splits=ee(l.splits||(p&&a.distr==1?Ze:a.distr==3?ks:a.distr==4?Mc:Tc)),l.stroke=ee(l.stroke),l.grid.stroke=ee(l.grid.stroke),l.ticks.stroke=ee(l.ticks.stroke),l.border.stroke=ee(l.border.stroke);let m=l.values;l.values=Bt(m)&&!Bt(m[0])?ee(m):p?Bt(m)?qi(te,Ji(m,N)):Bi(m)?pc(te,m):m||xe:m||$c,l.filter=ee(l.filter||(a.distr>=3&&a.log==10?Pc:a.distr==3&&a.log==2?Dc:_o)),l.font=fo(l.font),l.labelFont=fo(l.labelFont),l._size=l.size(n,null,i,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(tl[i]=!0,l._el=mt(da,y))}}function jl(l,i,r,a){let[p,m,w,x]=r,v=i%2,$=0;return v==0&&(x||m)&&($=i==0&&!p||i==2&&!w?Pe(Xi.size/3):0),v==1&&(p||w)&&($=i==1&&!m||i==3&&!x?Pe(lo.size/2):0),$}const Js=n.padding=(e.padding||[jl,jl,jl,jl]).map(l=>ee(se(l,jl))),Ht=n._padding=Js.map((l,i)=>l(n,i,tl,0));let He,ze=null,Ve=null;const un=o==1?_[0].idxs:null;let wt=null,Ul=!1;function qs(l,i){if(t=l??[],n.data=n._data=t,o==2){He=0;for(let r=1;r<_.length;r++)He+=t[r][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),wt=t[0],He=wt.length;let r=t;if(J==2){r=t.slice();let a=r[0]=Array(He);for(let p=0;p<He;p++)a[p]=p}n._data=t=r}if(kl(!0),Fe("setData"),J==2&&(ml=!0),i!==!1){let r=S;r.auto(n,Ul)?On():It(L,r.min,r.max),Xt=Xt||V.left>=0,ft=!0,vl()}}n.setData=qs;function On(){Ul=!0;let l,i;o==1&&(He>0?(ze=un[0]=0,Ve=un[1]=He-1,l=t[0][ze],i=t[0][Ve],J==2?(l=ze,i=Ve):l==i&&(J==3?[l,i]=Pn(l,l,S.log,!1):J==4?[l,i]=Ds(l,l,S.log,!1):S.time?i=l+Pe(86400/j):[l,i]=_n(l,i,Ls,!0))):(ze=un[0]=l=null,Ve=un[1]=i=null)),It(L,l,i)}let fn,xl,Hn,Wn,In,jn,Un,Bn,Gn,Xe;function Zs(l,i,r,a,p,m){l??=Ei,r??=zs,a??="butt",p??=Ei,m??="round",l!=fn&&(g.strokeStyle=fn=l),p!=xl&&(g.fillStyle=xl=p),i!=Hn&&(g.lineWidth=Hn=i),m!=In&&(g.lineJoin=In=m),a!=jn&&(g.lineCap=jn=a),r!=Wn&&g.setLineDash(Wn=r)}function Qs(l,i,r,a){i!=xl&&(g.fillStyle=xl=i),l!=Un&&(g.font=Un=l),r!=Bn&&(g.textAlign=Bn=r),a!=Gn&&(g.textBaseline=Gn=a)}function Yn(l,i,r,a,p=0){if(a.length>0&&l.auto(n,Ul)&&(i==null||i.min==null)){let m=se(ze,0),w=se(Ve,a.length-1),x=r.min==null?Pa(a,m,w,p,l.distr==3):[r.min,r.max];l.min=St(l.min,r.min=x[0]),l.max=qe(l.max,r.max=x[1])}}const Xs={min:null,max:null};function fr(){for(let a in k){let p=k[a];F[a]==null&&(p.min==null||F[L]!=null&&p.auto(n,Ul))&&(F[a]=Xs)}for(let a in k){let p=k[a];F[a]==null&&p.from!=null&&F[p.from]!=null&&(F[a]=Xs)}F[L]!=null&&kl(!0);let l={};for(let a in F){let p=F[a];if(p!=null){let m=l[a]=Nl(k[a],Oa);if(p.min!=null)Me(m,p);else if(a!=L||o==2)if(He==0&&m.from==null){let w=m.range(n,null,null,a);m.min=w[0],m.max=w[1]}else m.min=fe,m.max=-fe}}if(He>0){_.forEach((a,p)=>{if(o==1){let m=a.scale,w=F[m];if(w==null)return;let x=l[m];if(p==0){let v=x.range(n,x.min,x.max,m);x.min=v[0],x.max=v[1],ze=_t(x.min,t[0]),Ve=_t(x.max,t[0]),Ve-ze>1&&(t[0][ze]<x.min&&ze++,t[0][Ve]>x.max&&Ve--),a.min=wt[ze],a.max=wt[Ve]}else a.show&&a.auto&&Yn(x,w,a,t[p],a.sorted);a.idxs[0]=ze,a.idxs[1]=Ve}else if(p>0&&a.show&&a.auto){let[m,w]=a.facets,x=m.scale,v=w.scale,[$,M]=t[p],P=l[x],B=l[v];P!=null&&Yn(P,F[x],m,$,m.sorted),B!=null&&Yn(B,F[v],w,M,w.sorted),a.min=w.min,a.max=w.max}});for(let a in l){let p=l[a],m=F[a];if(p.from==null&&(m==null||m.min==null)){let w=p.range(n,p.min==fe?null:p.min,p.max==-fe?null:p.max,a);p.min=w[0],p.max=w[1]}}}for(let a in l){let p=l[a];if(p.from!=null){let m=l[p.from];if(m.min==null)p.min=p.max=null;else{let w=p.range(n,m.min,m.max,a);p.min=w[0],p.max=w[1]}}}let i={},r=!1;for(let a in l){let p=l[a],m=k[a];if(m.min!=p.min||m.max!=p.max){m.min=p.min,m.max=p.max;let w=m.distr;m._min=w==3?Nt(m.min):w==4?us(m.min,m.asinh):w==100?m.fwd(m.min):m.min,m._max=w==3?Nt(m.max):w==4?us(m.max,m.asinh):w==100?m.fwd(m.max):m.max,i[a]=r=!0}}if(r){_.forEach((a,p)=>{o==2?p>0&&i.y&&(a._paths=null):i[a.scale]&&(a._paths=null)});for(let a in i)ml=!0,Fe("setScale",a);Be&&V.left>=0&&(Xt=ft=!0)}for(let a in F)F[a]=null}function pr(l){let i=xs(ze-1,0,He-1),r=xs(Ve+1,0,He-1);for(;l[i]==null&&i>0;)i--;for(;l[r]==null&&r<He-1;)r++;return[i,r]}function hr(){if(He>0){let l=_.some(i=>i._focus)&&Xe!=Et.alpha;l&&(g.globalAlpha=Xe=Et.alpha),_.forEach((i,r)=>{if(r>0&&i.show&&(ei(r,!1),ei(r,!0),i._paths==null)){let a=Xe;Xe!=i.alpha&&(g.globalAlpha=Xe=i.alpha);let p=o==2?[0,t[r][0].length-1]:pr(t[r]);i._paths=i.paths(n,r,p[0],p[1]),Xe!=a&&(g.globalAlpha=Xe=a)}}),_.forEach((i,r)=>{if(r>0&&i.show){let a=Xe;Xe!=i.alpha&&(g.globalAlpha=Xe=i.alpha),i._paths!=null&&ti(r,!1);{let p=i._paths!=null?i._paths.gaps:null,m=i.points.show(n,r,ze,Ve,p),w=i.points.filter(n,r,m,p);(m||w)&&(i.points._paths=i.points.paths(n,r,ze,Ve,w),ti(r,!0))}Xe!=a&&(g.globalAlpha=Xe=a),Fe("drawSeries",r)}}),l&&(g.globalAlpha=Xe=1)}}function ei(l,i){let r=i?_[l].points:_[l];r._stroke=r.stroke(n,l),r._fill=r.fill(n,l)}function ti(l,i){let r=i?_[l].points:_[l],{stroke:a,fill:p,clip:m,flags:w,_stroke:x=r._stroke,_fill:v=r._fill,_width:$=r.width}=r._paths;$=pe($*oe,3);let M=null,P=$%2/2;i&&v==null&&(v=$>0?"#fff":x);let B=r.pxAlign==1&&P>0;if(B&&g.translate(P,P),!i){let ie=lt-$/2,ne=ut-$/2,Q=Qe+$,I=yt+$;M=new Path2D,M.rect(ie,ne,Q,I)}i?Kn(x,$,r.dash,r.cap,v,a,p,w,m):dr(l,x,$,r.dash,r.cap,v,a,p,w,M,m),B&&g.translate(-P,-P)}function dr(l,i,r,a,p,m,w,x,v,$,M){let P=!1;v!=0&&H.forEach((B,ie)=>{if(B.series[0]==l){let ne=_[B.series[1]],Q=t[B.series[1]],I=(ne._paths||nn).band;Bt(I)&&(I=B.dir==1?I[0]:I[1]);let R,be=null;ne.show&&I&&La(Q,ze,Ve)?(be=B.fill(n,ie)||m,R=ne._paths.clip):I=null,Kn(i,r,a,p,be,w,x,v,$,M,R,I),P=!0}}),P||Kn(i,r,a,p,m,w,x,v,$,M)}const li=Fl|_s;function Kn(l,i,r,a,p,m,w,x,v,$,M,P){Zs(l,i,r,a,p),(v||$||P)&&(g.save(),v&&g.clip(v),$&&g.clip($)),P?(x&li)==li?(g.clip(P),M&&g.clip(M),hn(p,w),pn(l,m,i)):x&_s?(hn(p,w),g.clip(P),pn(l,m,i)):x&Fl&&(g.save(),g.clip(P),M&&g.clip(M),hn(p,w),g.restore(),pn(l,m,i)):(hn(p,w),pn(l,m,i)),(v||$||P)&&g.restore()}function pn(l,i,r){r>0&&(i instanceof Map?i.forEach((a,p)=>{g.strokeStyle=fn=p,g.stroke(a)}):i!=null&&l&&g.stroke(i))}function hn(l,i){i instanceof Map?i.forEach((r,a)=>{g.fillStyle=xl=a,g.fill(r)}):i!=null&&l&&g.fill(i)}function mr(l,i,r,a){let p=T[l],m;if(a<=0)m=[0,0];else{let w=p._space=p.space(n,l,i,r,a),x=p._incrs=p.incrs(n,l,i,r,a,w);m=Xc(i,r,x,a,w)}return p._found=m}function Jn(l,i,r,a,p,m,w,x,v,$){let M=w%2/2;C==1&&g.translate(M,M),Zs(x,w,v,$,x),g.beginPath();let P,B,ie,ne,Q=p+(a==0||a==3?-m:m);r==0?(B=p,ne=Q):(P=p,ie=Q);for(let I=0;I<l.length;I++)i[I]!=null&&(r==0?P=ie=l[I]:B=ne=l[I],g.moveTo(P,B),g.lineTo(ie,ne));g.stroke(),C==1&&g.translate(-M,-M)}function gr(l){let i=!0;return T.forEach((r,a)=>{if(!r.show)return;let p=k[r.scale];if(p.min==null){r._show&&(i=!1,r._show=!1,kl(!1));return}else r._show||(i=!1,r._show=!0,kl(!1));let m=r.side,w=m%2,{min:x,max:v}=p,[$,M]=mr(a,x,v,w==0?K:E);if(M==0)return;let P=p.distr==2,B=r._splits=r.splits(n,a,x,v,$,M,P),ie=p.distr==2?B.map(R=>wt[R]):B,ne=p.distr==2?wt[B[1]]-wt[B[0]]:$,Q=r._values=r.values(n,r.filter(n,ie,a,M,ne),a,M,ne);r._rotate=m==2?r.rotate(n,Q,a,M):0;let I=r._size;r._size=gt(r.size(n,Q,a,l)),I!=null&&r._size!=I&&(i=!1)}),i}function br(l){let i=!0;return Js.forEach((r,a)=>{let p=r(n,a,tl,l);p!=Ht[a]&&(i=!1),Ht[a]=p}),i}function yr(){for(let l=0;l<T.length;l++){let i=T[l];if(!i.show||!i._show)continue;let r=i.side,a=r%2,p,m,w=i.stroke(n,l),x=r==0||r==3?-1:1,[v,$]=i._found;if(i.label!=null){let Ke=i.labelGap*x,it=Pe((i._lpos+Ke)*oe);Qs(i.labelFont[0],w,"center",r==2?ql:Mi),g.save(),a==1?(p=m=0,g.translate(it,Pe(ut+yt/2)),g.rotate((r==3?-kn:kn)/2)):(p=Pe(lt+Qe/2),m=it);let sl=ko(i.label)?i.label(n,l,v,$):i.label;g.fillText(sl,p,m),g.restore()}if($==0)continue;let M=k[i.scale],P=a==0?Qe:yt,B=a==0?lt:ut,ie=i._splits,ne=M.distr==2?ie.map(Ke=>wt[Ke]):ie,Q=M.distr==2?wt[ie[1]]-wt[ie[0]]:v,I=i.ticks,R=i.border,be=I.show?I.size:0,Se=Pe(be*oe),Oe=Pe((i.alignTo==2?i._size-be-i.gap:i.gap)*oe),ue=i._rotate*-kn/180,$e=O(i._pos*oe),nt=(Se+Oe)*x,Ye=$e+nt;m=a==0?Ye:0,p=a==1?Ye:0;let ht=i.font[0],xt=i.align==1?Pl:i.align==2?rs:ue>0?Pl:ue<0?rs:a==0?"center":r==3?rs:Pl,Dt=ue||a==1?"middle":r==2?ql:Mi;Qs(ht,w,xt,Dt);let st=i.font[1]*i.lineGap,dt=ie.map(Ke=>O(h(Ke,M,P,B))),kt=i._values;for(let Ke=0;Ke<kt.length;Ke++){let it=kt[Ke];if(it!=null){a==0?p=dt[Ke]:m=dt[Ke],it=""+it;let sl=it.indexOf(`
`)==-1?[it]:it.split(/\n/gm);for(let Je=0;Je<sl.length;Je++){let ki=sl[Je];ue?(g.save(),g.translate(p,m+Je*st),g.rotate(ue),g.fillText(ki,0,0),g.restore()):g.fillText(ki,p,m+Je*st)}}}I.show&&Jn(dt,I.filter(n,ne,l,$,Q),a,r,$e,Se,pe(I.width*oe,3),I.stroke(n,l),I.dash,I.cap);let Lt=i.grid;Lt.show&&Jn(dt,Lt.filter(n,ne,l,$,Q),a,a==0?2:1,a==0?ut:lt,a==0?yt:Qe,pe(Lt.width*oe,3),Lt.stroke(n,l),Lt.dash,Lt.cap),R.show&&Jn([$e],[1],a==0?1:0,a==0?1:2,a==1?ut:lt,a==1?yt:Qe,pe(R.width*oe,3),R.stroke(n,l),R.dash,R.cap)}Fe("drawAxes")}function kl(l){_.forEach((i,r)=>{r>0&&(i._paths=null,l&&(o==1?(i.min=null,i.max=null):i.facets.forEach(a=>{a.min=null,a.max=null})))})}let dn=!1,qn=!1,Bl=[];function wr(){qn=!1;for(let l=0;l<Bl.length;l++)Fe(...Bl[l]);Bl.length=0}function vl(){dn||(Ga(ni),dn=!0)}function xr(l,i=!1){dn=!0,qn=i,l(n),ni(),i&&Bl.length>0&&queueMicrotask(wr)}n.batch=xr;function ni(){if(Nn&&(fr(),Nn=!1),ml&&(sr(),ml=!1),an){if(ye(D,Pl,he),ye(D,ql,Ae),ye(D,Xl,K),ye(D,en,E),ye(A,Pl,he),ye(A,ql,Ae),ye(A,Xl,K),ye(A,en,E),ye(y,Xl,Vt),ye(y,en,qt),b.width=Pe(Vt*oe),b.height=Pe(qt*oe),T.forEach(({_el:l,_show:i,_size:r,_pos:a,side:p})=>{if(l!=null)if(i){let m=p===3||p===0?r:0,w=p%2==1;ye(l,w?"left":"top",a-m),ye(l,w?"width":"height",r),ye(l,w?"top":"left",w?Ae:he),ye(l,w?"height":"width",w?E:K),ys(l,rl)}else ot(l,rl)}),fn=xl=Hn=In=jn=Un=Bn=Gn=Wn=null,Xe=1,Kl(!0),he!=dl||Ae!=Zt||K!=Mt||E!=Qt){kl(!1);let l=K/Mt,i=E/Qt;if(Be&&!Xt&&V.left>=0){V.left*=l,V.top*=i,_l&&Ct(_l,Pe(V.left),0,K,E),Sl&&Ct(Sl,0,Pe(V.top),K,E);for(let r=0;r<pt.length;r++){let a=pt[r];a!=null&&(yl[r]*=l,wl[r]*=i,Ct(a,gt(yl[r]),gt(wl[r]),K,E))}}if(ge.show&&!cn&&ge.left>=0&&ge.width>0){ge.left*=l,ge.width*=l,ge.top*=i,ge.height*=i;for(let r in ls)ye(Ml,r,ge[r])}dl=he,Zt=Ae,Mt=K,Qt=E}Fe("setSize"),an=!1}Vt>0&&qt>0&&(g.clearRect(0,0,b.width,b.height),Fe("drawClear"),Y.forEach(l=>l()),Fe("draw")),ge.show&&cn&&(mn(ge),cn=!1),Be&&Xt&&(nl(null,!0,!1),Xt=!1),Z.show&&Z.live&&ft&&(es(),ft=!1),f||(f=!0,n.status=1,Fe("ready")),Ul=!1,dn=!1}n.redraw=(l,i)=>{ml=i||!1,l!==!1?It(L,S.min,S.max):vl()};function Zn(l,i){let r=k[l];if(r.from==null){if(He==0){let a=r.range(n,i.min,i.max,l);i.min=a[0],i.max=a[1]}if(i.min>i.max){let a=i.min;i.min=i.max,i.max=a}if(He>1&&i.min!=null&&i.max!=null&&i.max-i.min<1e-16)return;l==L&&r.distr==2&&He>0&&(i.min=_t(i.min,t[0]),i.max=_t(i.max,t[0]),i.min==i.max&&i.max++),F[l]=i,Nn=!0,vl()}}n.setScale=Zn;let Qn,Xn,_l,Sl,si,ii,$l,Tl,oi,ri,me,ve,Wt=!1;const We=V.drag;let Re=We.x,Ne=We.y;Be&&(V.x&&(Qn=mt(ga,A)),V.y&&(Xn=mt(ba,A)),S.ori==0?(_l=Qn,Sl=Xn):(_l=Xn,Sl=Qn),me=V.left,ve=V.top);const ge=n.select=Me({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Ml=ge.show?mt(ma,ge.over?A:D):null;function mn(l,i){if(ge.show){for(let r in l)ge[r]=l[r],r in ls&&ye(Ml,r,l[r]);i!==!1&&Fe("setSelect")}}n.setSelect=mn;function kr(l){if(_[l].show)Ee&&ys(_e[l],rl);else if(Ee&&ot(_e[l],rl),Be){let r=bl?pt[0]:pt[l];r!=null&&Ct(r,-10,-10,K,E)}}function It(l,i,r){Zn(l,{min:i,max:r})}function At(l,i,r,a){i.focus!=null&&Tr(l),i.show!=null&&_.forEach((p,m)=>{m>0&&(l==m||l==null)&&(p.show=i.show,kr(m),o==2?(It(p.facets[0].scale,null,null),It(p.facets[1].scale,null,null)):It(p.scale,null,null),vl())}),r!==!1&&Fe("setSeries",l,i),a&&Jl("setSeries",n,l,i)}n.setSeries=At;function vr(l,i){Me(H[l],i)}function _r(l,i){l.fill=ee(l.fill||null),l.dir=se(l.dir,-1),i=i??H.length,H.splice(i,0,l)}function Sr(l){l==null?H.length=0:H.splice(l,1)}n.addBand=_r,n.setBand=vr,n.delBand=Sr;function $r(l,i){_[l].alpha=i,Be&&pt[l]!=null&&(pt[l].style.opacity=i),Ee&&_e[l]&&(_e[l].style.opacity=i)}let Rt,jt,ll;const El={focus:!0};function Tr(l){if(l!=ll){let i=l==null,r=Et.alpha!=1;_.forEach((a,p)=>{if(o==1||p>0){let m=i||p==0||p==l;a._focus=i?null:m,r&&$r(p,m?1:Et.alpha)}}),ll=l,r&&vl()}}Ee&&gl&&Ge(Di,re,l=>{V._lock||(el(l),ll!=null&&At(null,El,!0,Te.setSeries))});function Pt(l,i,r){let a=k[i];r&&(l=l/oe-(a.ori==1?Ae:he));let p=K;a.ori==1&&(p=E,l=p-l),a.dir==-1&&(l=p-l);let m=a._min,w=a._max,x=l/p,v=m+(w-m)*x,$=a.distr;return $==3?Vl(10,v):$==4?za(v,a.asinh):$==100?a.bwd(v):v}function Mr(l,i){let r=Pt(l,L,i);return _t(r,t[0],ze,Ve)}n.valToIdx=l=>_t(l,t[0]),n.posToIdx=Mr,n.posToVal=Pt,n.valToPos=(l,i,r)=>k[i].ori==0?u(l,k[i],r?Qe:K,r?lt:0):c(l,k[i],r?yt:E,r?ut:0),n.setCursor=(l,i,r)=>{me=l.left,ve=l.top,nl(null,i,r)};function ai(l,i){ye(Ml,Pl,ge.left=l),ye(Ml,Xl,ge.width=i)}function ci(l,i){ye(Ml,ql,ge.top=l),ye(Ml,en,ge.height=i)}let Gl=S.ori==0?ai:ci,Yl=S.ori==1?ai:ci;function Er(){if(Ee&&Z.live)for(let l=o==2?1:0;l<_.length;l++){if(l==0&&ct)continue;let i=Z.values[l],r=0;for(let a in i)Tt[l][r++].firstChild.nodeValue=i[a]}}function es(l,i){if(l!=null&&(l.idxs?l.idxs.forEach((r,a)=>{ce[a]=r}):Fa(l.idx)||ce.fill(l.idx),Z.idx=ce[0]),Ee&&Z.live){for(let r=0;r<_.length;r++)(r>0||o==1&&!ct)&&Ar(r,ce[r]);Er()}ft=!1,i!==!1&&Fe("setLegend")}n.setLegend=es;function Ar(l,i){let r=_[l],a=l==0&&J==2?wt:t[l],p;ct?p=r.values(n,l,i)??Ot:(p=r.value(n,i==null?null:a[i],l,i),p=p==null?Ot:{_:p}),Z.values[l]=p}function nl(l,i,r){oi=me,ri=ve,[me,ve]=V.move(n,me,ve),V.left=me,V.top=ve,Be&&(_l&&Ct(_l,Pe(me),0,K,E),Sl&&Ct(Sl,0,Pe(ve),K,E));let a,p=ze>Ve;Rt=fe,jt=null;let m=S.ori==0?K:E,w=S.ori==1?K:E;if(me<0||He==0||p){a=V.idx=null;for(let x=0;x<_.length;x++){let v=pt[x];v!=null&&Ct(v,-10,-10,K,E)}gl&&At(null,El,!0,l==null&&Te.setSeries),Z.live&&(ce.fill(a),ft=!0)}else{let x,v,$;o==1&&(x=S.ori==0?me:ve,v=Pt(x,L),a=V.idx=_t(v,t[0],ze,Ve),$=z(t[0][a],S,m,0));let M=-10,P=-10,B=0,ie=0,ne=!0,Q="",I="";for(let R=o==2?1:0;R<_.length;R++){let be=_[R],Se=ce[R],Oe=Se==null?null:o==1?t[R][Se]:t[R][1][Se],ue=V.dataIdx(n,R,a,v),$e=ue==null?null:o==1?t[R][ue]:t[R][1][ue];if(ft=ft||$e!=Oe||ue!=Se,ce[R]=ue,R>0&&be.show){let nt=ue==null?-10:ue==a?$:z(o==1?t[0][ue]:t[R][0][ue],S,m,0),Ye=$e==null?-10:U($e,o==1?k[be.scale]:k[be.facets[1].scale],w,0);if(gl&&$e!=null){let ht=S.ori==1?me:ve,xt=De(Et.dist(n,R,ue,Ye,ht));if(xt<Rt){let Dt=Et.bias;if(Dt!=0){let st=Pt(ht,be.scale),dt=$e>=0?1:-1,kt=st>=0?1:-1;kt==dt&&(kt==1?Dt==1?$e>=st:$e<=st:Dt==1?$e<=st:$e>=st)&&(Rt=xt,jt=R)}else Rt=xt,jt=R}}if(ft||bl){let ht,xt;S.ori==0?(ht=nt,xt=Ye):(ht=Ye,xt=nt);let Dt,st,dt,kt,Lt,Ke,it=!0,sl=je.bbox;if(sl!=null){it=!1;let Je=sl(n,R);dt=Je.left,kt=Je.top,Dt=Je.width,st=Je.height}else dt=ht,kt=xt,Dt=st=je.size(n,R);if(Ke=je.fill(n,R),Lt=je.stroke(n,R),bl)R==jt&&Rt<=Et.prox&&(M=dt,P=kt,B=Dt,ie=st,ne=it,Q=Ke,I=Lt);else{let Je=pt[R];Je!=null&&(yl[R]=dt,wl[R]=kt,Fi(Je,Dt,st,it),Ri(Je,Ke,Lt),Ct(Je,gt(dt),gt(kt),K,E))}}}}if(bl){let R=Et.prox,be=ll==null?Rt<=R:Rt>R||jt!=ll;if(ft||be){let Se=pt[0];Se!=null&&(yl[0]=M,wl[0]=P,Fi(Se,B,ie,ne),Ri(Se,Q,I),Ct(Se,gt(M),gt(P),K,E))}}}if(ge.show&&Wt)if(l!=null){let[x,v]=Te.scales,[$,M]=Te.match,[P,B]=l.cursor.sync.scales,ie=l.cursor.drag;if(Re=ie._x,Ne=ie._y,Re||Ne){let{left:ne,top:Q,width:I,height:R}=l.select,be=l.scales[P].ori,Se=l.posToVal,Oe,ue,$e,nt,Ye,ht=x!=null&&$(x,P),xt=v!=null&&M(v,B);ht&&Re?(be==0?(Oe=ne,ue=I):(Oe=Q,ue=R),$e=k[x],nt=z(Se(Oe,P),$e,m,0),Ye=z(Se(Oe+ue,P),$e,m,0),Gl(St(nt,Ye),De(Ye-nt))):Gl(0,m),xt&&Ne?(be==1?(Oe=ne,ue=I):(Oe=Q,ue=R),$e=k[v],nt=U(Se(Oe,B),$e,w,0),Ye=U(Se(Oe+ue,B),$e,w,0),Yl(St(nt,Ye),De(Ye-nt))):Yl(0,w)}else ns()}else{let x=De(oi-si),v=De(ri-ii);if(S.ori==1){let B=x;x=v,v=B}Re=We.x&&x>=We.dist,Ne=We.y&&v>=We.dist;let $=We.uni;$!=null?Re&&Ne&&(Re=x>=$,Ne=v>=$,!Re&&!Ne&&(v>x?Ne=!0:Re=!0)):We.x&&We.y&&(Re||Ne)&&(Re=Ne=!0);let M,P;Re&&(S.ori==0?(M=$l,P=me):(M=Tl,P=ve),Gl(St(M,P),De(P-M)),Ne||Yl(0,w)),Ne&&(S.ori==1?(M=$l,P=me):(M=Tl,P=ve),Yl(St(M,P),De(P-M)),Re||Gl(0,m)),!Re&&!Ne&&(Gl(0,0),Yl(0,0))}if(We._x=Re,We._y=Ne,l==null){if(r){if(xi!=null){let[x,v]=Te.scales;Te.values[0]=x!=null?Pt(S.ori==0?me:ve,x):null,Te.values[1]=v!=null?Pt(S.ori==1?me:ve,v):null}Jl(as,n,me,ve,K,E,a)}if(gl){let x=r&&Te.setSeries,v=Et.prox;ll==null?Rt<=v&&At(jt,El,!0,x):Rt>v?At(null,El,!0,x):jt!=ll&&At(jt,El,!0,x)}}ft&&(Z.idx=a,es()),i!==!1&&Fe("setCursor")}let Ut=null;Object.defineProperty(n,"rect",{get(){return Ut==null&&Kl(!1),Ut}});function Kl(l=!1){l?Ut=null:(Ut=A.getBoundingClientRect(),Fe("syncRect",Ut))}function ui(l,i,r,a,p,m,w){V._lock||Wt&&l!=null&&l.movementX==0&&l.movementY==0||(ts(l,i,r,a,p,m,w,!1,l!=null),l!=null?nl(null,!0,!0):nl(i,!0,!1))}function ts(l,i,r,a,p,m,w,x,v){if(Ut==null&&Kl(!1),el(l),l!=null)r=l.clientX-Ut.left,a=l.clientY-Ut.top;else{if(r<0||a<0){me=-10,ve=-10;return}let[$,M]=Te.scales,P=i.cursor.sync,[B,ie]=P.values,[ne,Q]=P.scales,[I,R]=Te.match,be=i.axes[0].side%2==1,Se=S.ori==0?K:E,Oe=S.ori==1?K:E,ue=be?m:p,$e=be?p:m,nt=be?a:r,Ye=be?r:a;if(ne!=null?r=I($,ne)?h(B,k[$],Se,0):-10:r=Se*(nt/ue),Q!=null?a=R(M,Q)?h(ie,k[M],Oe,0):-10:a=Oe*(Ye/$e),S.ori==1){let ht=r;r=a,a=ht}}v&&(i==null||i.cursor.event.type==as)&&((r<=1||r>=K-1)&&(r=il(r,K)),(a<=1||a>=E-1)&&(a=il(a,E))),x?(si=r,ii=a,[$l,Tl]=V.move(n,r,a)):(me=r,ve=a)}const ls={width:0,height:0,left:0,top:0};function ns(){mn(ls,!1)}let fi,pi,hi,di;function mi(l,i,r,a,p,m,w){Wt=!0,Re=Ne=We._x=We._y=!1,ts(l,i,r,a,p,m,w,!0,!1),l!=null&&(Ge(cs,gs,gi,!1),Jl(Ai,n,$l,Tl,K,E,null));let{left:x,top:v,width:$,height:M}=ge;fi=x,pi=v,hi=$,di=M}function gi(l,i,r,a,p,m,w){Wt=We._x=We._y=!1,ts(l,i,r,a,p,m,w,!1,!0);let{left:x,top:v,width:$,height:M}=ge,P=$>0||M>0,B=fi!=x||pi!=v||hi!=$||di!=M;if(P&&B&&mn(ge),We.setScale&&P&&B){let ie=x,ne=$,Q=v,I=M;if(S.ori==1&&(ie=v,ne=M,Q=x,I=$),Re&&It(L,Pt(ie,L),Pt(ie+ne,L)),Ne)for(let R in k){let be=k[R];R!=L&&be.from==null&&be.min!=fe&&It(R,Pt(Q+I,R),Pt(Q,R))}ns()}else V.lock&&(V._lock=!V._lock,nl(i,!0,l!=null));l!=null&&(hl(cs,gs),Jl(cs,n,me,ve,K,E,null))}function Pr(l,i,r,a,p,m,w){if(V._lock)return;el(l);let x=Wt;if(Wt){let v=!0,$=!0,M=10,P,B;S.ori==0?(P=Re,B=Ne):(P=Ne,B=Re),P&&B&&(v=me<=M||me>=K-M,$=ve<=M||ve>=E-M),P&&v&&(me=me<$l?0:K),B&&$&&(ve=ve<Tl?0:E),nl(null,!0,!0),Wt=!1}me=-10,ve=-10,ce.fill(null),nl(null,!0,!0),x&&(Wt=x)}function bi(l,i,r,a,p,m,w){V._lock||(el(l),On(),ns(),l!=null&&Jl(Li,n,me,ve,K,E,null))}function yi(){T.forEach(eu),Fn(n.width,n.height,!0)}al(vn,Cl,yi);const Al={};Al.mousedown=mi,Al.mousemove=ui,Al.mouseup=gi,Al.dblclick=bi,Al.setSeries=(l,i,r,a)=>{let p=Te.match[2];r=p(n,i,r),r!=-1&&At(r,a,!0,!1)},Be&&(Ge(Ai,A,mi),Ge(as,A,ui),Ge(Pi,A,l=>{el(l),Kl(!1)}),Ge(Di,A,Pr),Ge(Li,A,bi),Ss.add(n),n.syncRect=Kl);const gn=n.hooks=e.hooks||{};function Fe(l,i,r){qn?Bl.push([l,i,r]):l in gn&&gn[l].forEach(a=>{a.call(null,n,i,r)})}(e.plugins||[]).forEach(l=>{for(let i in l.hooks)gn[i]=(gn[i]||[]).concat(l.hooks[i])});const wi=(l,i,r)=>r,Te=Me({key:null,setSeries:!1,filters:{pub:ji,sub:ji},scales:[L,_[1]?_[1].scale:null],match:[Ui,Ui,wi],values:[null,null]},V.sync);Te.match.length==2&&Te.match.push(wi),V.sync=Te;const xi=Te.key,ss=Bo(xi);function Jl(l,i,r,a,p,m,w){Te.filters.pub(l,i,r,a,p,m,w)&&ss.pub(l,i,r,a,p,m,w)}ss.sub(n);function Dr(l,i,r,a,p,m,w){Te.filters.sub(l,i,r,a,p,m,w)&&Al[l](null,i,r,a,p,m,w)}n.pub=Dr;function Lr(){ss.unsub(n),Ss.delete(n),Jt.clear(),ws(vn,Cl,yi),d.remove(),re?.remove(),Fe("destroy")}n.destroy=Lr;function is(){Fe("init",e,t),qs(t||e.data,!1),F[L]?Zn(L,F[L]):On(),cn=ge.show&&(ge.width>0||ge.height>0),Xt=ft=!0,Fn(e.width,e.height)}return _.forEach(Ks),T.forEach(ur),s?s instanceof HTMLElement?(s.appendChild(d),is()):s(n,is):is(),n}Ie.assign=Me;Ie.fmtNum=Cs;Ie.rangeNum=_n;Ie.rangeLog=Pn;Ie.rangeAsinh=Ds;Ie.orient=ul;Ie.pxRatio=oe;Ie.join=Ba;Ie.fmtDate=Vs,Ie.tzDate=lc;Ie.sync=Bo;{Ie.addGap=Fc,Ie.clipGaps=Cn;let e=Ie.paths={points:Zo};e.linear=Xo,e.stepped=Wc,e.bars=Ic,e.spline=Uc}const tu='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var lu=Object.defineProperty,Ue=(e,t,s,n)=>{for(var o=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(o=c(t,s,o)||o);return o&&lu(t,s,o),o};const js=class js extends $n{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.minStep=0,this.dark=!1,this.height=220,this.readout="",this.slots=[]}render(){const t=this.ys.length===0;return we`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?we`<div class="empty muted">${W("common.no_data")}</div>`:we`<div class="plot" aria-hidden="true"></div>
            ${this.kind==="category"?this.renderCategories():""}
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?W("chart.period"):W("chart.range")}</th>
            <th scope="col">${this.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${this.ys.map((s,n)=>we`<tr data-key=${this.labels[n]??String(this.xs[n])} data-value=${String(s)}>
                <th scope="row">${this.labels[n]??String(this.xs[n])}</th>
                <td>${this.formatValue(s)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}renderCategories(){const t=this.slots,s=t.length?Math.max(...this.labels.map(n=>n.length*6.2>(t[0]?.width??0)?3:1)):1;return we`<div class="categories" aria-hidden="true" style=${`height:${s*1.2+.2}em`}>
      ${t.map((n,o)=>we`<span data-category=${o} style=${`left:${n.centre-n.width/2}px;width:${n.width}px`}
            >${(this.labels[o]??"").split(/(?<=[–-])/).map((u,c)=>c?we`<wbr />${u}`:u)}</span
          >`)}
    </div>`}measureText(t){return this.formatMeasure?this.formatMeasure(t):`${this.formatValue(t)} ${this.unit.toLowerCase()}`}totalText(){const t=this.ys.reduce((s,n)=>s+n,0);return W("chart.total_value",{value:this.measureText(t)})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue")||t.has("minStep"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}placeCategories(t=this.plot){if(!t||this.kind!=="category"){this.slots=[];return}const s=t.bbox.left/devicePixelRatio,n=this.xs.length>1?Math.abs(t.valToPos(1,"x")-t.valToPos(0,"x")):t.bbox.width/devicePixelRatio;this.slots=this.xs.map(o=>({centre:s+t.valToPos(o,"x"),width:Math.max(n-2,16)}))}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const s=getComputedStyle(this),n=s.getPropertyValue("--pl-chart-color").trim()||s.getPropertyValue("--primary-color").trim()||"#03a9f4",o=s.getPropertyValue("--secondary-text-color").trim()||"#727272",u=s.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",c=`12px ${s.fontFamily||"sans-serif"}`,h=Math.max(Math.floor(t.clientWidth),200),f=this.labels,d=this.xs,b=this.formatValue,g=this.kind==="time",y=this.bucket,D=this.locale,A=g?Ur(y)/2:.5,C={stroke:o,font:c,grid:{stroke:u,width:1},ticks:{stroke:u,width:1}},O=g&&Ir(d),j=T=>g?_i(d[T]??0,y,D,O):f[T]??"",_={width:h,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(T,k,H)=>[k-A,H+A]},y:{range:(T,k,H)=>[0,H>0?H*1.1:1]}},axes:[g?{...C,splits:T=>jr(d,Math.max(Math.floor(T.bbox.width/devicePixelRatio/(O?90:70)),2)),values:(T,k)=>po(k.map(H=>_i(H,y,D,O)))}:{...C,splits:()=>f.map((T,k)=>k),values:(T,k)=>k.map(()=>""),size:8,gap:0},{...C,size:48,incrs:nu(this.minStep),values:(T,k)=>po(k.map(H=>b(H)))}],series:[{},{label:this.unit,stroke:n,fill:n,width:0,paths:Ie.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{ready:[T=>this.placeCategories(T)],setSize:[T=>this.placeCategories(T)],setCursor:[T=>{const k=T.cursor.idx,H=k==null?void 0:this.ys[k];this.readout=H===void 0||k===null||k===void 0?"":`${j(k)}: ${this.measureText(H)}`}]}};this.plot=new Ie(_,[this.xs,this.ys],t)}};js.styles=[Tn,zr(tu),Mn`
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
      /* The categories' names under their bars: HTML, so they wrap (at spaces and after "–") instead of
         overlapping on a narrow screen. */
      .categories {
        position: relative;
        margin-top: 2px;
        font-size: 11px;
        line-height: 1.2;
        color: var(--secondary-text-color);
      }
      .categories span {
        position: absolute;
        top: 0;
        text-align: center;
        overflow-wrap: break-word;
        hyphens: none;
      }
    `];let Le=js;Ue([de()],Le.prototype,"kind");Ue([de()],Le.prototype,"label");Ue([de()],Le.prototype,"unit");Ue([de({attribute:!1})],Le.prototype,"xs");Ue([de({attribute:!1})],Le.prototype,"ys");Ue([de({attribute:!1})],Le.prototype,"labels");Ue([de()],Le.prototype,"bucket");Ue([de()],Le.prototype,"locale");Ue([de({attribute:!1})],Le.prototype,"formatValue");Ue([de({attribute:!1})],Le.prototype,"formatMeasure");Ue([de({type:Number})],Le.prototype,"minStep");Ue([de({type:Boolean})],Le.prototype,"dark");Ue([de({type:Number})],Le.prototype,"height");Ue([Vr(".plot")],Le.prototype,"plotEl");Ue([Kt()],Le.prototype,"readout");Ue([Kt()],Le.prototype,"slots");function nu(e){const t=[];for(let s=-2;s<=9;s++)for(const n of[1,2,5]){const o=n*10**s;o>=e-1e-12&&t.push(Number(o.toPrecision(3)))}return t}function po(e){return e.map((t,s)=>s>0&&e[s-1]===t?"":t)}En("pl-chart",Le);var su=Object.defineProperty,on=(e,t,s,n)=>{for(var o=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(o=c(t,s,o)||o);return o&&su(t,s,o),o};const Us=class Us extends $n{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=Br(this.matrix),s=Array.from({length:24},(f,d)=>d),n=Gr(this.locale),o=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),u=f=>{const d=o.formatToParts(new Date(Date.UTC(2024,0,1,f))),b=Number(d.find(y=>y.type==="hour")?.value??f),g=d.find(y=>y.type==="dayPeriod")?.value;return g?`${b}${g.charAt(0).toLowerCase()}`:String(b)},c=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),h=f=>c.format(new Date(Date.UTC(2024,0,1,f)));return we`<table aria-label=${this.label||W("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${s.map(f=>we`<th scope="col" abbr=${h(f)}>${f%3===0?u(f):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Yr(this.firstWeekday).map(f=>we`<tr data-weekday=${f}>
              <th scope="row">${n[f]}</th>
              ${s.map(d=>{const b=this.matrix[f]?.[d]??0,g=W("heatmap.cell",{day:n[f],from:h(d),to:h((d+1)%24),count:b});return we`<td title=${g} data-weekday=${f} data-hour=${d} data-value=${b}>
                  ${b>0?we`<span class="shade" style=${ds({opacity:String(.15+.85*(b/t))})}></span>`:""}
                  <span class="sr-only">${b}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};Us.styles=[Tn,Mn`
      :host {
        display: block;
        overflow-x: auto;
      }
      table {
        border-collapse: separate;
        border-spacing: 2px;
        width: 100%;
        table-layout: fixed;
        font-size: 0.75em;
      }
      /* A phone: the 24 hours still fit the width (narrower cells, smaller type), no sideways scroll. */
      @media (max-width: 600px) {
        table {
          border-spacing: 1px;
          font-size: 0.65em;
        }
        td {
          height: 14px;
        }
        td.corner {
          width: 2.6em;
        }
        thead th {
          overflow: visible;
          white-space: nowrap;
        }
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
    `];let Yt=Us;on([de()],Yt.prototype,"label");on([de({attribute:!1})],Yt.prototype,"matrix");on([de({type:Number})],Yt.prototype,"firstWeekday");on([de()],Yt.prototype,"locale");on([de({attribute:!1})],Yt.prototype,"hour12");En("pl-heatmap",Yt);var iu=Object.defineProperty,$t=(e,t,s,n)=>{for(var o=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(o=c(t,s,o)||o);return o&&iu(t,s,o),o};function Ts(e){const t=e?.points??[],[s,n]=ta(t),o=[...t].sort((u,c)=>u.bucket<c.bucket?-1:1).map(u=>u.bucket);return{xs:s,ys:n,labels:o}}const ho=Ts(void 0),ou=[],ru=ms.map((e,t)=>t),Bs=class Bs extends $n{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=ho,this.hoursSeries=ho,this.formatInt=String,this.formatHours=String,this.measureJobs=String,this.measureHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const s=t.get("data");(!s||s.jobs!==this.data.jobs)&&(this.jobsSeries=Ts(this.data.jobs)),(!s||s.hours!==this.data.hours)&&(this.hoursSeries=Ts(this.data.hours))}if(t.has("options")){const s=this.options;s&&(this.formatInt=n=>Ll(n,s),this.formatHours=n=>Ll(n,s,1),this.measureJobs=n=>W("common.n_jobs",{count:n,n:Ll(n,s)}),this.measureHours=n=>go(n,"hours",s,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Kr(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const s=++this.token,n=this.scope(),o=this.bucket;this.loading=!0,this.error="";const u=()=>s===this.token,c=b=>{u()&&(this.data={...this.data,...b})},h=[t.summary(n).then(b=>c({summary:b})),t.timeseries(n,o,"jobs").then(b=>c({jobs:b})),t.timeseries(n,o,"hours").then(b=>c({hours:b})),t.breakdown(n,"filament_type").then(b=>c({filamentType:b})),t.breakdown(n,"filament_colour").then(b=>c({filamentColour:b})),t.breakdown(n,"printer").then(b=>c({printer:b})),t.breakdown(n,"status").then(b=>c({status:b})),t.breakdown(n,"failure_reason").then(b=>c({failureReason:b})),this.histogram(t,n).then(b=>c({histogram:b})),t.breakdown(n,"weekday_hour").then(b=>c({heatmap:Jr(b.rows)})),t.spoolBreakdown(n,"spool").then(b=>c({bySpool:b})),t.spoolBreakdown(n,"vendor").then(b=>c({byVendor:b})),t.spoolBreakdown(n,"material").then(b=>c({byMaterial:b}))],f=await Promise.allSettled(h);if(!u())return;const d=f.find(b=>b.status==="rejected");d&&(this.error=Rr(d.reason)),this.loading=!1}async histogram(t,s){return(await Promise.all(ms.map(o=>t.listJobs({...s,statuses:[...Nr],min_duration:o.min,...o.max!==void 0?{max_duration:o.max}:{},limit:1})))).map(o=>o.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=ms.map(s=>qr(s,t))),this.binLabelsCache}change(t,s){t==="period"&&Zr(s)?(this.period=s,this.bucket=Qr(s)):t==="printer"?this.printer=s:t==="bucket"&&(s==="day"||s==="week"||s==="month"||s==="year")&&(this.bucket=s),this.load()}render(){const t=this.options;if(!t)return bn;const s=this.data,n=this.jobsSeries,o=this.hoursSeries,u=this.formatInt,c=this.formatHours,h=s.jobs?.bucket??this.bucket;return we`
      <div class="selectors" role="group" aria-label=${W("analytics.selection")}>
        <label
          >${W("analytics.period")}
          <select name="period" @change=${f=>this.change("period",f.target.value)}>
            ${Xr.map(f=>we`<option value=${f.id} ?selected=${f.id===this.period}>${ea(f.id)}</option>`)}
          </select>
        </label>
        <label
          >${W("common.printer")}
          <select name="printer" @change=${f=>this.change("printer",f.target.value)}>
            <option value="" ?selected=${!this.printer}>${W("common.all_printers")}</option>
            ${this.printers.map(f=>we`<option value=${f.id} ?selected=${f.id===this.printer}>${f.name}</option>`)}
          </select>
        </label>
        <label
          >${W("analytics.group_by")}
          <select name="bucket" @change=${f=>this.change("bucket",f.target.value)}>
            ${["day","week","month","year"].map(f=>we`<option value=${f} ?selected=${f===this.bucket}>${W(`bucket.${f}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Fr(Or)} ${W("common.refresh")}</button>
      </div>
      ${this.error?we`<div class="error-banner" role="alert">
            <span>${W("analytics.load_error",{error:this.error})}</span>
          </div>`:bn}
      ${h!==this.bucket?we`<p class="bucket-note" role="status">
            ${W("analytics.bucket_note",{shown:W(`bucket_per.${h}`),bucket:W(`bucket_many.${this.bucket}`)})}
          </p>`:bn}
      <pl-kpis .summary=${s.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${W(`analytics.jobs_per.${h}`)}</h2>
          <pl-chart
            label=${W(`analytics.jobs_per.${h}`)}
            unit=${W("analytics.unit_jobs")}
            .xs=${n.xs}
            .ys=${n.ys}
            .labels=${n.labels}
            .bucket=${h}
            .locale=${t.dateLocale}
            .formatValue=${u}
            .formatMeasure=${this.measureJobs}
            .minStep=${1}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${W(`analytics.hours_per.${h}`)}</h2>
          <pl-chart
            label=${W(`analytics.hours_per.${h}`)}
            unit=${W("analytics.unit_hours")}
            .xs=${o.xs}
            .ys=${o.ys}
            .labels=${o.labels}
            .bucket=${h}
            .locale=${t.dateLocale}
            .formatValue=${c}
            .formatMeasure=${this.measureHours}
            .minStep=${.1}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${W("analytics.filament_type")}</h2>
          <pl-bars
            label=${W("analytics.filament_type_label")}
            .items=${Ql(Si(s.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${W("analytics.filament_colour")}</h2>
          <pl-bars
            label=${W("analytics.filament_colour_label")}
            .items=${sa(Si(s.filamentColour?.rows??[],"filament_g",12),t,s.bySpool?.rows??[])}
          ></pl-bars>
        </section>
        ${s.bySpool?.rows.length?we`<section class="panel card" data-chart="spool">
                <h2>${W("analytics.by_spool")}</h2>
                <p class="muted">
                  ${W("analytics.spool_totals",{grams:mo(s.bySpool.totals.filament_g,t,0),cost:Hr(s.bySpool.totals.cost,t)})}
                </p>
                <pl-bars
                  label=${W("analytics.by_spool")}
                  .items=${os(s.bySpool.rows.slice(0,12),t,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${W("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${W("analytics.by_vendor")}
                  .items=${os((s.byVendor?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${W("analytics.by_material")}</h2>
                <pl-bars
                  label=${W("analytics.by_material")}
                  .items=${os((s.byMaterial?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>`:bn}
        <section class="panel card" data-chart="printer">
          <h2>${W("analytics.success_printer")}</h2>
          <pl-bars label=${W("analytics.success_printer")} .max=${100} .items=${Ql(s.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${W("analytics.outcome")}</h2>
          <pl-bars
            label=${W("analytics.outcome")}
            .items=${Ql((s.status?.rows??[]).map(f=>({...f,label:Wr(String(f.key??f.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="failure_reason">
          <h2>${W("analytics.failure_reason")}</h2>
          <pl-bars
            label=${W("analytics.failure_reason")}
            .items=${Ql((s.failureReason?.rows??[]).map(f=>({...f,label:f.key===null?W("failure.unknown"):na(String(f.key))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${W("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${W("analytics.duration_label")}
            unit=${W("analytics.unit_jobs")}
            .xs=${ru}
            .ys=${s.histogram??ou}
            .labels=${this.binLabels(t)}
            .formatValue=${u}
            .formatMeasure=${this.measureJobs}
            .minStep=${1}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${W("analytics.heatmap")}</h2>
          <pl-heatmap
            .matrix=${s.heatmap??[]}
            .firstWeekday=${t.firstWeekday}
            .locale=${t.dateLocale}
            .hour12=${t.hour12}
          ></pl-heatmap>
        </section>
      </div>
    `}};Bs.styles=[Tn,Mn`
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
    `];let et=Bs;$t([de({attribute:!1})],et.prototype,"api");$t([de({attribute:!1})],et.prototype,"options");$t([de({attribute:!1})],et.prototype,"printers");$t([de({type:Boolean})],et.prototype,"dark");$t([de({type:Boolean})],et.prototype,"active");$t([Kt()],et.prototype,"period");$t([Kt()],et.prototype,"printer");$t([Kt()],et.prototype,"bucket");$t([Kt()],et.prototype,"data");$t([Kt()],et.prototype,"loading");$t([Kt()],et.prototype,"error");En("pl-analytics-view",et);export{et as PlAnalyticsView};
