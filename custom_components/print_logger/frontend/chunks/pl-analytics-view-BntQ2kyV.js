import{l as H,am as Lr,al as Ll,af as ho,ap as mo,J as vi,P as $n,Q as Tn,q as Mn,g as we,aq as ds,U as de,ar as Cr,as as zr,V as Kt,a as Vr,M as Rr,A as bn,c as Nr,_ as Fr,I as Or,at as os,X as Hr}from"./shared-Bx80T-sX.js";import{b as _i,t as Wr,c as Ir,m as jr,w as Ur,d as Br,p as Gr,h as Yr,D as ms,e as Kr,i as Jr,f as qr,P as Zr,a as Qr,g as Si,s as Xr}from"./shared-B00nmkfZ.js";import{h as $i,c as ea,f as ta}from"../print-logger-panel.js";import{d as En}from"./shared-DUOmt4lY.js";function Ql(e,t,s,n=!1){return e.map(o=>{const u=o.key===null||o.key===void 0?"":String(o.key),c=o.label||u||H("common.unknown"),h=Number(o[t]??0);let f,d;t==="success_rate"?(f=Lr(o.success_rate,s),d=H("common.n_jobs",{count:o.jobs,n:Ll(o.jobs,s)})):t==="filament_g"?(f=ho(h,s,0),d=H("common.n_jobs",{count:o.jobs,n:Ll(o.jobs,s)})):t==="hours"?f=mo(h,"hours",s,1):f=Ll(h,s);const b={key:u,label:c,value:h,display:f};if(d&&(b.note=d),n){const g=vi(u)??vi(o.label);g&&(b.colour=g)}return b})}function la(e,t,s){const n=new Map;for(const o of s){const u=$i(o.color_hex),c=o.label?.replace(/^#\d+\s*/,"").trim();u&&c&&!n.has(u)&&n.set(u,c)}return Ql(e,"filament_g",t,!0).map(o=>{const u=$i(o.colour??o.key);return u?{...o,label:n.get(u)??ea(`#${u}`),hint:`#${u}`}:o})}var na=Object.defineProperty,Ms=(e,t,s,n)=>{for(var o=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(o=c(t,s,o)||o);return o&&na(t,s,o),o};const Is=class Is extends $n{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return we`<div class="empty muted">${H("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(s=>s.value),0);return we`<ul aria-label=${this.label}>
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
    `];let zl=Is;Ms([de()],zl.prototype,"label");Ms([de({attribute:!1})],zl.prototype,"items");Ms([de({type:Number})],zl.prototype,"max");En("pl-bars",zl);const sa=!0,Ce="u-",ia="uplot",oa=Ce+"hz",ra=Ce+"vt",aa=Ce+"title",ca=Ce+"wrap",ua=Ce+"under",fa=Ce+"over",pa=Ce+"axis",rl=Ce+"off",ha=Ce+"select",da=Ce+"cursor-x",ma=Ce+"cursor-y",ga=Ce+"cursor-pt",ba=Ce+"legend",ya=Ce+"live",wa=Ce+"inline",xa=Ce+"series",ka=Ce+"marker",Ti=Ce+"label",va=Ce+"value",Xl="width",en="height",ql="top",Mi="bottom",Pl="left",rs="right",Es="#000",Ei=Es+"0",as="mousemove",Ai="mousedown",cs="mouseup",Pi="mouseenter",Di="mouseleave",Li="dblclick",_a="resize",Sa="scroll",Ci="change",vn="dppxchange",As="--",Ol=typeof window<"u",gs=Ol?document:null,Cl=Ol?window:null,$a=Ol?navigator:null;let oe,yn;function bs(){let e=devicePixelRatio;oe!=e&&(oe=e,yn&&ws(Ci,yn,bs),yn=matchMedia(`(min-resolution: ${oe-.001}dppx) and (max-resolution: ${oe+.001}dppx)`),al(Ci,yn,bs),Cl.dispatchEvent(new CustomEvent(vn)))}function ot(e,t){if(t!=null){let s=e.classList;!s.contains(t)&&s.add(t)}}function ys(e,t){let s=e.classList;s.contains(t)&&s.remove(t)}function ye(e,t,s){e.style[t]=s+"px"}function vt(e,t,s,n){let o=gs.createElement(e);return t!=null&&ot(o,t),s?.insertBefore(o,n),o}function mt(e,t){return vt("div",e,t)}const zi=new WeakMap;function Ct(e,t,s,n,o){let u="translate("+t+"px,"+s+"px)",c=zi.get(e);u!=c&&(e.style.transform=u,zi.set(e,u),t<0||s<0||t>n||s>o?ot(e,rl):ys(e,rl))}const Vi=new WeakMap;function Ri(e,t,s){let n=t+s,o=Vi.get(e);n!=o&&(Vi.set(e,n),e.style.background=t,e.style.borderColor=s)}const Ni=new WeakMap;function Fi(e,t,s,n){let o=t+""+s,u=Ni.get(e);o!=u&&(Ni.set(e,o),e.style.height=s+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-s/2+"px":0)}const Ps={passive:!0},Ta={...Ps,capture:!0};function al(e,t,s,n){t.addEventListener(e,s,n?Ta:Ps)}function ws(e,t,s,n){t.removeEventListener(e,s,Ps)}Ol&&bs();function _t(e,t,s,n){let o;s=s||0,n=n||t.length-1;let u=n<=2147483647;for(;n-s>1;)o=u?s+n>>1:rt((s+n)/2),t[o]<e?s=o:n=o;return e-t[s]<=t[n]-e?s:n}function go(e){return(s,n,o)=>{let u=-1,c=-1;for(let h=n;h<=o;h++)if(e(s[h])){u=h;break}for(let h=o;h>=n;h--)if(e(s[h])){c=h;break}return[u,c]}}const bo=e=>e!=null,yo=e=>e!=null&&e>0,An=go(bo),Ma=go(yo);function Ea(e,t,s,n=0,o=!1){let u=o?Ma:An,c=o?yo:bo;[t,s]=u(e,t,s);let h=e[t],f=e[t];if(t>-1)if(n==1)h=e[t],f=e[s];else if(n==-1)h=e[s],f=e[t];else for(let d=t;d<=s;d++){let b=e[d];c(b)&&(b<h?h=b:b>f&&(f=b))}return[h??fe,f??-fe]}function Pn(e,t,s,n){let o=Wi(e),u=Wi(t);e==t&&(o==-1?(e*=s,t/=s):(e/=s,t*=s));let c=s==10?Nt:wo,h=o==1?rt:gt,f=u==1?gt:rt,d=h(c(De(e))),b=f(c(De(t))),g=Vl(s,d),y=Vl(s,b);return s==10&&(d<0&&(g=pe(g,-d)),b<0&&(y=pe(y,-b))),n||s==2?(e=g*o,t=y*u):(e=_o(e,g),t=Dn(t,y)),[e,t]}function Ds(e,t,s,n){let o=Pn(e,t,s,n);return e==0&&(o[0]=0),t==0&&(o[1]=0),o}const Ls=.1,Oi={mode:3,pad:Ls},ln={pad:0,soft:null,mode:0},Aa={min:ln,max:ln};function _n(e,t,s,n){return Ln(s)?Hi(e,t,s):(ln.pad=s,ln.soft=n?0:null,ln.mode=n?3:0,Hi(e,t,Aa))}function se(e,t){return e??t}function Pa(e,t,s){for(t=se(t,0),s=se(s,e.length-1);t<=s;){if(e[t]!=null)return!0;t++}return!1}function Hi(e,t,s){let n=s.min,o=s.max,u=se(n.pad,0),c=se(o.pad,0),h=se(n.hard,-fe),f=se(o.hard,fe),d=se(n.soft,fe),b=se(o.soft,-fe),g=se(n.mode,0),y=se(o.mode,0),D=t-e,A=Nt(D),C=qe(De(e),De(t)),O=Nt(C),I=De(O-A);(D<1e-24||I>10)&&(D=0,(e==0||t==0)&&(D=1e-24,g==2&&d!=fe&&(u=0),y==2&&b!=-fe&&(c=0)));let x=D||C||1e3,T=Nt(x),v=Vl(10,rt(T)),J=x*(D==0?e==0?.1:1:u),L=pe(_o(e-J,v/10),24),q=e>=d&&(g==1||g==3&&L<=d||g==2&&L>=d)?d:fe,G=qe(h,L<q&&e>=q?q:St(q,L)),X=x*(D==0?t==0?.1:1:c),B=pe(Dn(t+X,v/10),24),S=t<=b&&(y==1||y==3&&B>=b||y==2&&B<=b)?b:-fe,K=St(f,B>S&&t<=S?S:qe(S,B));return G==K&&G==0&&(K=100),[G,K]}const Da=new Intl.NumberFormat(Ol?$a.language:"en-US"),Cs=e=>Da.format(e),at=Math,kn=at.PI,De=at.abs,rt=at.floor,Pe=at.round,gt=at.ceil,St=at.min,qe=at.max,Vl=at.pow,Wi=at.sign,Nt=at.log10,wo=at.log2,La=(e,t=1)=>at.sinh(e)*t,us=(e,t=1)=>at.asinh(e/t),fe=1/0;function Ii(e){return(Nt((e^e>>31)-(e>>31))|0)+1}function xs(e,t,s){return St(qe(e,t),s)}function xo(e){return typeof e=="function"}function ee(e){return xo(e)?e:()=>e}const Ca=()=>{},ko=e=>e,vo=(e,t)=>t,za=e=>null,ji=e=>!0,Ui=(e,t)=>e==t,Va=/\.\d*?(?=9{6,}|0{6,})/gm,cl=e=>{if($o(e)||Gt.has(e))return e;const t=`${e}`,s=t.match(Va);if(s==null)return e;let n=s[0].length-1;if(t.indexOf("e-")!=-1){let[o,u]=t.split("e");return+`${cl(o)}e${u}`}return pe(e,n)};function il(e,t){return cl(pe(cl(e/t))*t)}function Dn(e,t){return cl(gt(cl(e/t))*t)}function _o(e,t){return cl(rt(cl(e/t))*t)}function pe(e,t=0){if($o(e))return e;let s=10**t,n=e*s*(1+Number.EPSILON);return Pe(n)/s}const Gt=new Map;function So(e){return((""+e).split(".")[1]||"").length}function sn(e,t,s,n){let o=[],u=n.map(So);for(let c=t;c<s;c++){let h=De(c),f=pe(Vl(e,c),h);for(let d=0;d<n.length;d++){let b=e==10?+`${n[d]}e${c}`:n[d]*f,g=(c>=0?0:h)+(c>=u[d]?0:u[d]),y=e==10?b:pe(b,g);o.push(y),Gt.set(y,g)}}return o}const nn={},zs=[],Rl=[null,null],Bt=Array.isArray,$o=Number.isInteger,Ra=e=>e===void 0;function Bi(e){return typeof e=="string"}function Ln(e){let t=!1;if(e!=null){let s=e.constructor;t=s==null||s==Object}return t}function Na(e){return e!=null&&typeof e=="object"}const Fa=Object.getPrototypeOf(Uint8Array),To="__proto__";function Nl(e,t=Ln){let s;if(Bt(e)){let n=e.find(o=>o!=null);if(Bt(n)||t(n)){s=Array(e.length);for(let o=0;o<e.length;o++)s[o]=Nl(e[o],t)}else s=e.slice()}else if(e instanceof Fa)s=e.slice();else if(t(e)){s={};for(let n in e)n!=To&&(s[n]=Nl(e[n],t))}else s=e;return s}function Me(e){let t=arguments;for(let s=1;s<t.length;s++){let n=t[s];for(let o in n)o!=To&&(Ln(e[o])?Me(e[o],Nl(n[o])):e[o]=Nl(n[o]))}return e}const Oa=0,Ha=1,Wa=2;function Ia(e,t,s){for(let n=0,o,u=-1;n<t.length;n++){let c=t[n];if(c>u){for(o=c-1;o>=0&&e[o]==null;)e[o--]=null;for(o=c+1;o<s&&e[o]==null;)e[u=o++]=null}}}function ja(e,t){if(Ga(e)){let c=e[0].slice();for(let h=1;h<e.length;h++)c.push(...e[h].slice(1));return Ya(c[0])||(c=Ba(c)),c}let s=new Set;for(let c=0;c<e.length;c++){let f=e[c][0],d=f.length;for(let b=0;b<d;b++)s.add(f[b])}let n=[Array.from(s).sort((c,h)=>c-h)],o=n[0].length,u=new Map;for(let c=0;c<o;c++)u.set(n[0][c],c);for(let c=0;c<e.length;c++){let h=e[c],f=h[0];for(let d=1;d<h.length;d++){let b=h[d],g=Array(o).fill(void 0),y=t?t[c][d]:Ha,D=[];for(let A=0;A<b.length;A++){let C=b[A],O=u.get(f[A]);C===null?y!=Oa&&(g[O]=C,y==Wa&&D.push(O)):g[O]=C}Ia(g,D,o),n.push(g)}}return n}const Ua=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ba(e){let t=e[0],s=t.length,n=Array(s);for(let u=0;u<n.length;u++)n[u]=u;n.sort((u,c)=>t[u]-t[c]);let o=[];for(let u=0;u<e.length;u++){let c=e[u],h=Array(s);for(let f=0;f<s;f++)h[f]=c[n[f]];o.push(h)}return o}function Ga(e){let t=e[0][0],s=t.length;for(let n=1;n<e.length;n++){let o=e[n][0];if(o.length!=s)return!1;if(o!=t){for(let u=0;u<s;u++)if(o[u]!=t[u])return!1}}return!0}function Ya(e,t=100){const s=e.length;if(s<=1)return!0;let n=0,o=s-1;for(;n<=o&&e[n]==null;)n++;for(;o>=n&&e[o]==null;)o--;if(o<=n)return!0;const u=qe(1,rt((o-n+1)/t));for(let c=e[n],h=n+u;h<=o;h+=u){const f=e[h];if(f!=null){if(f<=c)return!1;c=f}}return!0}const Mo=["January","February","March","April","May","June","July","August","September","October","November","December"],Eo=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ao(e){return e.slice(0,3)}const Ka=Eo.map(Ao),Ja=Mo.map(Ao),qa={MMMM:Mo,MMM:Ja,WWWW:Eo,WWW:Ka};function Zl(e){return(e<10?"0":"")+e}function Za(e){return(e<10?"00":e<100?"0":"")+e}const Qa={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Zl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Zl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Zl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Zl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Zl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Za(e.getMilliseconds())};function Vs(e,t){t=t||qa;let s=[],n=/\{([a-z]+)\}|[^{]+/gi,o;for(;o=n.exec(e);)s.push(o[0][0]=="{"?Qa[o[1]]:o[0]);return u=>{let c="";for(let h=0;h<s.length;h++)c+=typeof s[h]=="string"?s[h]:s[h](u,t);return c}}const Xa=new Intl.DateTimeFormat().resolvedOptions().timeZone;function ec(e,t){let s;return t=="UTC"||t=="Etc/UTC"?s=new Date(+e+e.getTimezoneOffset()*6e4):t==Xa?s=e:(s=new Date(e.toLocaleString("en-US",{timeZone:t})),s.setMilliseconds(e.getMilliseconds())),s}const Po=e=>e%1==0,Sn=[1,2,2.5,5],tc=sn(10,-32,0,Sn),Do=sn(10,0,32,Sn),lc=Do.filter(Po),ol=tc.concat(Do),Rs=`
`,Lo="{YYYY}",Gi=Rs+Lo,Co="{M}/{D}",tn=Rs+Co,wn=tn+"/{YY}",zo="{aa}",nc="{h}:{mm}",Dl=nc+zo,Yi=Rs+Dl,Ki=":{ss}",ae=null;function Vo(e){let t=e*1e3,s=t*60,n=s*60,o=n*24,u=o*30,c=o*365,f=(e==1?sn(10,0,3,Sn).filter(Po):sn(10,-3,0,Sn)).concat([t,t*5,t*10,t*15,t*30,s,s*5,s*10,s*15,s*30,n,n*2,n*3,n*4,n*6,n*8,n*12,o,o*2,o*3,o*4,o*5,o*6,o*7,o*8,o*9,o*10,o*15,u,u*2,u*3,u*4,u*6,c,c*2,c*5,c*10,c*25,c*50,c*100]);const d=[[c,Lo,ae,ae,ae,ae,ae,ae,1],[o*28,"{MMM}",Gi,ae,ae,ae,ae,ae,1],[o,Co,Gi,ae,ae,ae,ae,ae,1],[n,"{h}"+zo,wn,ae,tn,ae,ae,ae,1],[s,Dl,wn,ae,tn,ae,ae,ae,1],[t,Ki,wn+" "+Dl,ae,tn+" "+Dl,ae,Yi,ae,1],[e,Ki+".{fff}",wn+" "+Dl,ae,tn+" "+Dl,ae,Yi,ae,1]];function b(g){return(y,D,A,C,O,I)=>{let x=[],T=O>=c,v=O>=u&&O<c,J=g(A),L=pe(J*e,3),q=fs(J.getFullYear(),T?0:J.getMonth(),v||T?1:J.getDate()),G=pe(q*e,3);if(v||T){let X=v?O/u:0,B=T?O/c:0,S=L==G?L:pe(fs(q.getFullYear()+B,q.getMonth()+X,1)*e,3),K=new Date(Pe(S/e)),z=K.getFullYear(),j=K.getMonth();for(let F=0;S<=C;F++){let te=fs(z+B*F,j+X*F,1),N=te-g(pe(te*e,3));S=pe((+te+N)*e,3),S<=C&&x.push(S)}}else{let X=O>=o?o:O,B=rt(A)-rt(L),S=G+B+Dn(L-G,X);x.push(S);let K=g(S),z=K.getHours()+K.getMinutes()/s+K.getSeconds()/n,j=O/n,F=y.axes[D]._space,te=I/F;for(;S=pe(S+O,e==1?0:3),!(S>C);)if(j>1){let N=rt(pe(z+j,6))%24,le=g(S).getHours()-N;le>1&&(le=-1),S-=le*n,z=(z+j)%24;let ce=x[x.length-1];pe((S-ce)/O,3)*te>=.7&&x.push(S)}else x.push(S)}return x}}return[f,d,b]}const[sc,ic,oc]=Vo(1),[rc,ac,cc]=Vo(.001);sn(2,-53,53,[1]);function Ji(e,t){return e.map(s=>s.map((n,o)=>o==0||o==8||n==null?n:t(o==1||s[8]==0?n:s[1]+n)))}function qi(e,t){return(s,n,o,u,c)=>{let h=t.find(A=>c>=A[0])||t[t.length-1],f,d,b,g,y,D;return n.map(A=>{let C=e(A),O=C.getFullYear(),I=C.getMonth(),x=C.getDate(),T=C.getHours(),v=C.getMinutes(),J=C.getSeconds(),L=O!=f&&h[2]||I!=d&&h[3]||x!=b&&h[4]||T!=g&&h[5]||v!=y&&h[6]||J!=D&&h[7]||h[1];return f=O,d=I,b=x,g=T,y=v,D=J,L(C)})}}function uc(e,t){let s=Vs(t);return(n,o,u,c,h)=>o.map(f=>s(e(f)))}function fs(e,t,s){return new Date(e,t,s)}function Zi(e,t){return t(e)}const fc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Qi(e,t){return(s,n,o,u)=>u==null?As:t(e(n))}function pc(e,t){let s=e.series[t];return s.width?s.stroke(e,t):s.points.width?s.points.stroke(e,t):null}function hc(e,t){return e.series[t].fill(e,t)}const dc={show:!0,live:!0,isolate:!1,mount:Ca,markers:{show:!0,width:2,stroke:pc,fill:hc,dash:"solid"},idx:null,idxs:null,values:[]};function mc(e,t){let s=e.cursor.points,n=mt(),o=s.size(e,t);ye(n,Xl,o),ye(n,en,o);let u=o/-2;ye(n,"marginLeft",u),ye(n,"marginTop",u);let c=s.width(e,t,o);return c&&ye(n,"borderWidth",c),n}function gc(e,t){let s=e.series[t].points;return s._fill||s._stroke}function bc(e,t){let s=e.series[t].points;return s._stroke||s._fill}function yc(e,t){return e.series[t].points.size}const ps=[0,0];function wc(e,t,s){return ps[0]=t,ps[1]=s,ps}function xn(e,t,s,n=!0){return o=>{o.button==0&&(!n||o.target==t)&&s(o)}}function hs(e,t,s,n=!0){return o=>{(!n||o.target==t)&&s(o)}}const xc={show:!0,x:!0,y:!0,lock:!1,move:wc,points:{one:!1,show:mc,size:yc,width:0,stroke:bc,fill:gc},bind:{mousedown:xn,mouseup:xn,click:xn,dblclick:xn,mousemove:hs,mouseleave:hs,mouseenter:hs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,s,n,o)=>n-o,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ro={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Ns=Me({},Ro,{filter:vo}),No=Me({},Ns,{size:10}),Fo=Me({},Ro,{show:!1}),Fs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Oo="bold "+Fs,Ho=1.5,Xi={show:!0,scale:"x",stroke:Es,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Oo,side:2,grid:Ns,ticks:No,border:Fo,font:Fs,lineGap:Ho,rotate:0},kc="Value",vc="Time",eo={show:!0,scale:"x",auto:!1,sorted:1,min:fe,max:-fe,idxs:[]};function _c(e,t,s,n,o){return t.map(u=>u==null?"":Cs(u))}function Sc(e,t,s,n,o,u,c){let h=[],f=Gt.get(o)||0;s=c?s:pe(Dn(s,o),f);for(let d=s;d<=n;d=pe(d+o,f))h.push(Object.is(d,-0)?0:d);return h}function ks(e,t,s,n,o,u,c){const h=[],f=e.scales[e.axes[t].scale].log,d=f==10?Nt:wo,b=rt(d(s));o=Vl(f,b),f==10&&(o=ol[_t(o,ol)]);let g=s,y=o*f;f==10&&(y=ol[_t(y,ol)]);do h.push(g),g=g+o,f==10&&!Gt.has(g)&&(g=pe(g,Gt.get(o))),g>=y&&(o=g,y=o*f,f==10&&(y=ol[_t(y,ol)]));while(g<=n);return h}function $c(e,t,s,n,o,u,c){let f=e.scales[e.axes[t].scale].asinh,d=n>f?ks(e,t,qe(f,s),n,o):[f],b=n>=0&&s<=0?[0]:[];return(s<-f?ks(e,t,qe(f,-n),-s,o):[f]).reverse().map(y=>-y).concat(b,d)}const Wo=/./,Tc=/[12357]/,Mc=/[125]/,to=/1/,vs=(e,t,s,n)=>e.map((o,u)=>t==4&&o==0||u%n==0&&s.test(o.toExponential()[o<0?1:0])?o:null);function Ec(e,t,s,n,o){let u=e.axes[s],c=u.scale,h=e.scales[c],f=e.valToPos,d=u._space,b=f(10,c),g=f(9,c)-b>=d?Wo:f(7,c)-b>=d?Tc:f(5,c)-b>=d?Mc:to;if(g==to){let y=De(f(1,c)-b);if(y<d)return vs(t.slice().reverse(),h.distr,g,gt(d/y)).reverse()}return vs(t,h.distr,g,1)}function Ac(e,t,s,n,o){let u=e.axes[s],c=u.scale,h=u._space,f=e.valToPos,d=De(f(1,c)-f(2,c));return d<h?vs(t.slice().reverse(),3,Wo,gt(h/d)).reverse():t}function Pc(e,t,s,n){return n==null?As:t==null?"":Cs(t)}const lo={show:!0,scale:"y",stroke:Es,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Oo,side:3,grid:Ns,ticks:No,border:Fo,font:Fs,lineGap:Ho,rotate:0};function Dc(e,t){let s=3+(e||1)*2;return pe(s*t,3)}function Lc(e,t){let{scale:s,idxs:n}=e.series[0],o=e._data[0],u=e.valToPos(o[n[0]],s,!0),c=e.valToPos(o[n[1]],s,!0),h=De(c-u),f=e.series[t],d=h/(f.points.space*oe);return n[1]-n[0]<=d}const no={scale:null,auto:!0,sorted:0,min:fe,max:-fe},Io=(e,t,s,n,o)=>o,so={show:!0,auto:!0,sorted:0,gaps:Io,alpha:1,facets:[Me({},no,{scale:"x"}),Me({},no,{scale:"y"})]},io={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Io,alpha:1,points:{show:Lc,filter:null},values:null,min:fe,max:-fe,idxs:[],path:null,clip:null};function Cc(e,t,s,n,o){return s/10}const jo={time:sa,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},zc=Me({},jo,{time:!1,ori:1}),oo={};function Uo(e,t){let s=oo[e];return s||(s={key:e,plots:[],sub(n){s.plots.push(n)},unsub(n){s.plots=s.plots.filter(o=>o!=n)},pub(n,o,u,c,h,f,d){for(let b=0;b<s.plots.length;b++)s.plots[b]!=o&&s.plots[b].pub(n,o,u,c,h,f,d)}},e!=null&&(oo[e]=s)),s}const Fl=1,_s=2;function ul(e,t,s){const n=e.mode,o=e.series[t],u=n==2?e._data[t]:e._data,c=e.scales,h=e.bbox;let f=u[0],d=n==2?u[1]:u[t],b=n==2?c[o.facets[0].scale]:c[e.series[0].scale],g=n==2?c[o.facets[1].scale]:c[o.scale],y=h.left,D=h.top,A=h.width,C=h.height,O=e.valToPosH,I=e.valToPosV;return b.ori==0?s(o,f,d,b,g,O,I,y,D,A,C,zn,Hl,Rn,Go,Ko):s(o,f,d,b,g,I,O,D,y,C,A,Vn,Wl,Ws,Yo,Jo)}function Os(e,t){let s=0,n=0,o=se(e.bands,zs);for(let u=0;u<o.length;u++){let c=o[u];c.series[0]==t?s=c.dir:c.series[1]==t&&(c.dir==1?n|=1:n|=2)}return[s,n==1?-1:n==2?1:n==3?2:0]}function Vc(e,t,s,n,o){let u=e.mode,c=e.series[t],h=u==2?c.facets[1].scale:c.scale,f=e.scales[h];return o==-1?f.min:o==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function Ft(e,t,s,n,o,u){return ul(e,t,(c,h,f,d,b,g,y,D,A,C,O)=>{let I=c.pxRound;const x=d.dir*(d.ori==0?1:-1),T=d.ori==0?Hl:Wl;let v,J;x==1?(v=s,J=n):(v=n,J=s);let L=I(g(h[v],d,C,D)),q=I(y(f[v],b,O,A)),G=I(g(h[J],d,C,D)),X=I(y(u==1?b.max:b.min,b,O,A)),B=new Path2D(o);return T(B,G,X),T(B,L,X),T(B,L,q),B})}function Cn(e,t,s,n,o,u){let c=null;if(e.length>0){c=new Path2D;const h=t==0?Rn:Ws;let f=s;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let D=y[0]-f;D>0&&h(c,f,n,D,n+u),f=y[1]}}let d=s+o-f,b=10;d>0&&h(c,f,n-b/2,d,n+u+b)}return c}function Rc(e,t,s){let n=e[e.length-1];n&&n[0]==t?n[1]=s:e.push([t,s])}function Hs(e,t,s,n,o,u,c){let h=[],f=e.length;for(let d=o==1?s:n;d>=s&&d<=n;d+=o)if(t[d]===null){let g=d,y=d;if(o==1)for(;++d<=n&&t[d]===null;)y=d;else for(;--d>=s&&t[d]===null;)y=d;let D=u(e[g]),A=y==g?D:u(e[y]),C=g-o;D=c<=0&&C>=0&&C<f?u(e[C]):D;let I=y+o;A=c>=0&&I>=0&&I<f?u(e[I]):A,A>=D&&h.push([D,A])}return h}function ro(e){return e==0?ko:e==1?Pe:t=>il(t,e)}function Bo(e){let t=e==0?zn:Vn,s=e==0?(o,u,c,h,f,d)=>{o.arcTo(u,c,h,f,d)}:(o,u,c,h,f,d)=>{o.arcTo(c,u,f,h,d)},n=e==0?(o,u,c,h,f)=>{o.rect(u,c,h,f)}:(o,u,c,h,f)=>{o.rect(c,u,f,h)};return(o,u,c,h,f,d=0,b=0)=>{d==0&&b==0?n(o,u,c,h,f):(d=St(d,h/2,f/2),b=St(b,h/2,f/2),t(o,u+d,c),s(o,u+h,c,u+h,c+f,d),s(o,u+h,c+f,u,c+f,b),s(o,u,c+f,u,c,b),s(o,u,c,u+h,c,d),o.closePath())}}const zn=(e,t,s)=>{e.moveTo(t,s)},Vn=(e,t,s)=>{e.moveTo(s,t)},Hl=(e,t,s)=>{e.lineTo(t,s)},Wl=(e,t,s)=>{e.lineTo(s,t)},Rn=Bo(0),Ws=Bo(1),Go=(e,t,s,n,o,u)=>{e.arc(t,s,n,o,u)},Yo=(e,t,s,n,o,u)=>{e.arc(s,t,n,o,u)},Ko=(e,t,s,n,o,u,c)=>{e.bezierCurveTo(t,s,n,o,u,c)},Jo=(e,t,s,n,o,u,c)=>{e.bezierCurveTo(s,t,o,n,c,u)};function qo(e){return(t,s,n,o,u)=>ul(t,s,(c,h,f,d,b,g,y,D,A,C,O)=>{let{pxRound:I,points:x}=c,T,v;d.ori==0?(T=zn,v=Go):(T=Vn,v=Yo);const J=pe(x.width*oe,3);let L=(x.size-x.width)/2*oe,q=pe(L*2,3),G=new Path2D,X=new Path2D,{left:B,top:S,width:K,height:z}=t.bbox;Rn(X,B-q,S-q,K+q*2,z+q*2);const j=F=>{if(f[F]!=null){let te=I(g(h[F],d,C,D)),N=I(y(f[F],b,O,A));T(G,te+L,N),v(G,te,N,L,0,kn*2)}};if(u)u.forEach(j);else for(let F=n;F<=o;F++)j(F);return{stroke:J>0?G:null,fill:G,clip:X,flags:Fl|_s}})}function Zo(e){return(t,s,n,o,u,c)=>{n!=o&&(u!=n&&c!=n&&e(t,s,n),u!=o&&c!=o&&e(t,s,o),e(t,s,c))}}const Nc=Zo(Hl),Fc=Zo(Wl);function Qo(e){const t=se(e?.alignGaps,0);return(s,n,o,u)=>ul(s,n,(c,h,f,d,b,g,y,D,A,C,O)=>{[o,u]=An(f,o,u);let I=c.pxRound,x=z=>I(g(z,d,C,D)),T=z=>I(y(z,b,O,A)),v,J;d.ori==0?(v=Hl,J=Nc):(v=Wl,J=Fc);const L=d.dir*(d.ori==0?1:-1),q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Fl},G=q.stroke;let X=!1;if(u-o>=C*4){let z=V=>s.posToVal(V,d.key,!0),j=null,F=null,te,N,Ze,xe=x(h[L==1?o:u]),le=x(h[o]),ce=x(h[u]),Z=z(L==1?le+1:ce-1);for(let V=L==1?o:u;V>=o&&V<=u;V+=L){let Ee=h[V],ke=(L==1?Ee<Z:Ee>Z)?xe:x(Ee),re=f[V];ke==xe?re!=null?(N=re,j==null?(v(G,ke,T(N)),te=j=F=N):N<j?j=N:N>F&&(F=N)):re===null&&(X=!0):(j!=null&&J(G,xe,T(j),T(F),T(te),T(N)),re!=null?(N=re,v(G,ke,T(N)),j=F=te=N):(j=F=null,re===null&&(X=!0)),xe=ke,Z=z(xe+L))}j!=null&&j!=F&&Ze!=xe&&J(G,xe,T(j),T(F),T(te),T(N))}else for(let z=L==1?o:u;z>=o&&z<=u;z+=L){let j=f[z];j===null?X=!0:j!=null&&v(G,x(h[z]),T(j))}let[S,K]=Os(s,n);if(c.fill!=null||S!=0){let z=q.fill=new Path2D(G),j=c.fillTo(s,n,c.min,c.max,S),F=T(j),te=x(h[o]),N=x(h[u]);L==-1&&([N,te]=[te,N]),v(z,N,F),v(z,te,F)}if(!c.spanGaps){let z=[];X&&z.push(...Hs(h,f,o,u,L,x,t)),q.gaps=z=c.gaps(s,n,o,u,z),q.clip=Cn(z,d.ori,D,A,C,O)}return K!=0&&(q.band=K==2?[Ft(s,n,o,u,G,-1),Ft(s,n,o,u,G,1)]:Ft(s,n,o,u,G,K)),q})}function Oc(e){const t=se(e.align,1),s=se(e.ascDesc,!1),n=se(e.alignGaps,0),o=se(e.extend,!1);return(u,c,h,f)=>ul(u,c,(d,b,g,y,D,A,C,O,I,x,T)=>{[h,f]=An(g,h,f);let v=d.pxRound,{left:J,width:L}=u.bbox,q=le=>v(A(le,y,x,O)),G=le=>v(C(le,D,T,I)),X=y.ori==0?Hl:Wl;const B={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Fl},S=B.stroke,K=y.dir*(y.ori==0?1:-1);let z=G(g[K==1?h:f]),j=q(b[K==1?h:f]),F=j,te=j;o&&t==-1&&(te=J,X(S,te,z)),X(S,j,z);for(let le=K==1?h:f;le>=h&&le<=f;le+=K){let ce=g[le];if(ce==null)continue;let Z=q(b[le]),V=G(ce);t==1?X(S,Z,z):X(S,F,V),X(S,Z,V),z=V,F=Z}let N=F;o&&t==1&&(N=J+L,X(S,N,z));let[Ze,xe]=Os(u,c);if(d.fill!=null||Ze!=0){let le=B.fill=new Path2D(S),ce=d.fillTo(u,c,d.min,d.max,Ze),Z=G(ce);X(le,N,Z),X(le,te,Z)}if(!d.spanGaps){let le=[];le.push(...Hs(b,g,h,f,K,q,n));let ce=d.width*oe/2,Z=s||t==1?ce:-ce,V=s||t==-1?-ce:ce;le.forEach(Ee=>{Ee[0]+=Z,Ee[1]+=V}),B.gaps=le=d.gaps(u,c,h,f,le),B.clip=Cn(le,y.ori,O,I,x,T)}return xe!=0&&(B.band=xe==2?[Ft(u,c,h,f,S,-1),Ft(u,c,h,f,S,1)]:Ft(u,c,h,f,S,xe)),B})}function ao(e,t,s,n,o,u,c=fe){if(e.length>1){let h=null;for(let f=0,d=1/0;f<e.length;f++)if(t[f]!==void 0){if(h!=null){let b=De(e[f]-e[h]);b<d&&(d=b,c=De(s(e[f],n,o,u)-s(e[h],n,o,u)))}h=f}}return c}function Hc(e){e=e||nn;const t=se(e.size,[.6,fe,1]),s=e.align||0,n=e.gap||0;let o=e.radius;o=o==null?[0,0]:typeof o=="number"?[o,0]:o;const u=ee(o),c=1-t[0],h=se(t[1],fe),f=se(t[2],1),d=se(e.disp,nn),b=se(e.each,D=>{}),{fill:g,stroke:y}=d;return(D,A,C,O)=>ul(D,A,(I,x,T,v,J,L,q,G,X,B,S)=>{let K=I.pxRound,z=s,j=n*oe,F=h*oe,te=f*oe,N,Ze;v.ori==0?[N,Ze]=u(D,A):[Ze,N]=u(D,A);const xe=v.dir*(v.ori==0?1:-1);let le=v.ori==0?Rn:Ws,ce=v.ori==0?b:(E,he,Ae,dl,Zt,Mt,Qt)=>{b(E,he,Ae,Zt,dl,Qt,Mt)},Z=se(D.bands,zs).find(E=>E.series[0]==A),V=Z!=null?Z.dir:0,Ee=I.fillTo(D,A,I.min,I.max,V),Be=K(q(Ee,J,S,X)),ke,re,bt,tt=B,_e=K(I.width*oe),Tt=!1,zt=null,ct=null,Ot=null,fl=null;g!=null&&(_e==0||y!=null)&&(Tt=!0,zt=g.values(D,A,C,O),ct=new Map,new Set(zt).forEach(E=>{E!=null&&ct.set(E,new Path2D)}),_e>0&&(Ot=y.values(D,A,C,O),fl=new Map,new Set(Ot).forEach(E=>{E!=null&&fl.set(E,new Path2D)})));let{x0:pl,size:Il}=d;if(pl!=null&&Il!=null){z=1,x=pl.values(D,A,C,O),pl.unit==2&&(x=x.map(Ae=>D.posToVal(G+Ae*B,v.key,!0)));let E=Il.values(D,A,C,O);Il.unit==2?re=E[0]*B:re=L(E[0],v,B,G)-L(0,v,B,G),tt=ao(x,T,L,v,B,G,tt),bt=tt-re+j}else tt=ao(x,T,L,v,B,G,tt),bt=tt*c+j,re=tt-bt;bt<1&&(bt=0),_e>=re/2&&(_e=0),bt<5&&(K=ko);let rn=bt>0,Jt=tt-bt-(rn?_e:0);re=K(xs(Jt,te,F)),ke=(z==0?re/2:z==xe?0:re)-z*xe*((z==0?j/2:0)+(rn?_e/2:0));const Ge={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},hl=Tt?null:new Path2D;let Vt=null;if(Z!=null)Vt=D.data[Z.series[1]];else{let{y0:E,y1:he}=d;E!=null&&he!=null&&(T=he.values(D,A,C,O),Vt=E.values(D,A,C,O))}let qt=N*re,Y=Ze*re;for(let E=xe==1?C:O;E>=C&&E<=O;E+=xe){let he=T[E];if(he==null)continue;if(Vt!=null){let Qe=Vt[E]??0;if(he-Qe==0)continue;Be=q(Qe,J,S,X)}let Ae=v.distr!=2||d!=null?x[E]:E,dl=L(Ae,v,B,G),Zt=q(se(he,Ee),J,S,X),Mt=K(dl-ke),Qt=K(qe(Zt,Be)),lt=K(St(Zt,Be)),ut=Qt-lt;if(he!=null){let Qe=he<0?Y:qt,yt=he<0?qt:Y;Tt?(_e>0&&Ot[E]!=null&&le(fl.get(Ot[E]),Mt,lt+rt(_e/2),re,qe(0,ut-_e),Qe,yt),zt[E]!=null&&le(ct.get(zt[E]),Mt,lt+rt(_e/2),re,qe(0,ut-_e),Qe,yt)):le(hl,Mt,lt+rt(_e/2),re,qe(0,ut-_e),Qe,yt),ce(D,A,E,Mt-_e/2,lt,re+_e,ut)}}return _e>0?Ge.stroke=Tt?fl:hl:Tt||(Ge._fill=I.width==0?I._fill:I._stroke??I._fill,Ge.width=0),Ge.fill=Tt?ct:hl,Ge})}function Wc(e,t){const s=se(t?.alignGaps,0);return(n,o,u,c)=>ul(n,o,(h,f,d,b,g,y,D,A,C,O,I)=>{[u,c]=An(d,u,c);let x=h.pxRound,T=N=>x(y(N,b,O,A)),v=N=>x(D(N,g,I,C)),J,L,q;b.ori==0?(J=zn,q=Hl,L=Ko):(J=Vn,q=Wl,L=Jo);const G=b.dir*(b.ori==0?1:-1);let X=T(f[G==1?u:c]),B=X,S=[],K=[];for(let N=G==1?u:c;N>=u&&N<=c;N+=G)if(d[N]!=null){let xe=f[N],le=T(xe);S.push(B=le),K.push(v(d[N]))}const z={stroke:e(S,K,J,q,L,x),fill:null,clip:null,band:null,gaps:null,flags:Fl},j=z.stroke;let[F,te]=Os(n,o);if(h.fill!=null||F!=0){let N=z.fill=new Path2D(j),Ze=h.fillTo(n,o,h.min,h.max,F),xe=v(Ze);q(N,B,xe),q(N,X,xe)}if(!h.spanGaps){let N=[];N.push(...Hs(f,d,u,c,G,T,s)),z.gaps=N=h.gaps(n,o,u,c,N),z.clip=Cn(N,b.ori,A,C,O,I)}return te!=0&&(z.band=te==2?[Ft(n,o,u,c,j,-1),Ft(n,o,u,c,j,1)]:Ft(n,o,u,c,j,te)),z})}function Ic(e){return Wc(jc,e)}function jc(e,t,s,n,o,u){const c=e.length;if(c<2)return null;const h=new Path2D;if(s(h,e[0],t[0]),c==2)n(h,e[1],t[1]);else{let f=Array(c),d=Array(c-1),b=Array(c-1),g=Array(c-1);for(let y=0;y<c-1;y++)b[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],d[y]=b[y]/g[y];f[0]=d[0];for(let y=1;y<c-1;y++)d[y]===0||d[y-1]===0||d[y-1]>0!=d[y]>0?f[y]=0:(f[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/d[y-1]+(g[y]+2*g[y-1])/d[y]),isFinite(f[y])||(f[y]=0));f[c-1]=d[c-2];for(let y=0;y<c-1;y++)o(h,e[y]+g[y]/3,t[y]+f[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-f[y+1]*g[y]/3,e[y+1],t[y+1])}return h}const Ss=new Set;function co(){for(let e of Ss)e.syncRect(!0)}Ol&&(al(_a,Cl,co),al(Sa,Cl,co,!0),al(vn,Cl,()=>{Ie.pxRatio=oe}));const Uc=Qo(),Bc=qo();function uo(e,t,s,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((u,c)=>$s(u,c,t,s))}function Gc(e,t){return e.map((s,n)=>n==0?{}:Me({},t,s))}function $s(e,t,s,n){return Me({},t==0?s:n,e)}function Xo(e,t,s){return t==null?Rl:[t,s]}const Yc=Xo;function Kc(e,t,s){return t==null?Rl:_n(t,s,Ls,!0)}function er(e,t,s,n){return t==null?Rl:Pn(t,s,e.scales[n].log,!1)}const Jc=er;function tr(e,t,s,n){return t==null?Rl:Ds(t,s,e.scales[n].log,!1)}const qc=tr;function Zc(e,t,s,n,o){let u=qe(Ii(e),Ii(t)),c=t-e,h=_t(o/n*c,s);do{let f=s[h],d=n*f/c;if(d>=o&&u+(f<5?Gt.get(f):0)<=17)return[f,d]}while(++h<s.length);return[0,0]}function fo(e){let t,s;return e=e.replace(/(\d+)px/,(n,o)=>(t=Pe((s=+o)*oe))+"px"),[e,t,s]}function Qc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let s=pe(t[2]*oe,1);t[0]=t[0].replace(/[0-9.]+px/,s+"px"),t[1]=s})}function Ie(e,t,s){const n={mode:se(e.mode,1)},o=n.mode;function u(l,i,r,a){let p=i.valToPct(l);return a+r*(i.dir==-1?1-p:p)}function c(l,i,r,a){let p=i.valToPct(l);return a+r*(i.dir==-1?p:1-p)}function h(l,i,r,a){return i.ori==0?u(l,i,r,a):c(l,i,r,a)}n.valToPosH=u,n.valToPosV=c;let f=!1;n.status=0;const d=n.root=mt(ia);if(e.id!=null&&(d.id=e.id),ot(d,e.class),e.title){let l=mt(aa,d);l.textContent=e.title}const b=vt("canvas"),g=n.ctx=b.getContext("2d"),y=mt(ca,d);al("click",y,l=>{l.target===A&&(me!=$l||ve!=Tl)&&We.click(n,l)},!0);const D=n.under=mt(ua,y);y.appendChild(b);const A=n.over=mt(fa,y);e=Nl(e);const C=+se(e.pxAlign,1),O=ro(C);(e.plugins||[]).forEach(l=>{l.opts&&(e=l.opts(n,e)||e)});const I=e.ms||.001,x=n.series=o==1?uo(e.series||[],eo,io,!1):Gc(e.series||[null],so),T=n.axes=uo(e.axes||[],Xi,lo,!0),v=n.scales={},J=n.bands=e.bands||[];J.forEach(l=>{l.fill=ee(l.fill||null),l.dir=se(l.dir,-1)});const L=o==2?x[1].facets[0].scale:x[0].scale,q={axes:br,series:pr},G=(e.drawOrder||["axes","series"]).map(l=>q[l]);function X(l){const i=l.distr==3?r=>Nt(r>0?r:l.clamp(n,r,l.min,l.max,l.key)):l.distr==4?r=>us(r,l.asinh):l.distr==100?r=>l.fwd(r):r=>r;return r=>{let a=i(r),{_min:p,_max:m}=l,w=m-p;return(a-p)/w}}function B(l){let i=v[l];if(i==null){let r=(e.scales||nn)[l]||nn;if(r.from!=null){B(r.from);let a=Me({},v[r.from],r,{key:l});a.valToPct=X(a),v[l]=a}else{i=v[l]=Me({},l==L?jo:zc,r),i.key=l;let a=i.time,p=i.range,m=Bt(p);if((l!=L||o==2&&!a)&&(m&&(p[0]==null||p[1]==null)&&(p={min:p[0]==null?Oi:{mode:1,hard:p[0],soft:p[0]},max:p[1]==null?Oi:{mode:1,hard:p[1],soft:p[1]}},m=!1),!m&&Ln(p))){let w=p;p=(k,_,$)=>_==null?Rl:_n(_,$,w)}i.range=ee(p||(a?Yc:l==L?i.distr==3?Jc:i.distr==4?qc:Xo:i.distr==3?er:i.distr==4?tr:Kc)),i.auto=ee(m?!1:i.auto),i.clamp=ee(i.clamp||Cc),i._min=i._max=null,i.valToPct=X(i)}}}B("x"),B("y"),o==1&&x.forEach(l=>{B(l.scale)}),T.forEach(l=>{B(l.scale)});for(let l in e.scales)B(l);const S=v[L],K=S.distr;let z,j;S.ori==0?(ot(d,oa),z=u,j=c):(ot(d,ra),z=c,j=u);const F={};for(let l in v){let i=v[l];(i.min!=null||i.max!=null)&&(F[l]={min:i.min,max:i.max},i.min=i.max=null)}const te=e.tzDate||(l=>new Date(Pe(l/I))),N=e.fmtDate||Vs,Ze=I==1?oc(te):cc(te),xe=qi(te,Ji(I==1?ic:ac,N)),le=Qi(te,Zi(fc,N)),ce=[],Z=n.legend=Me({},dc,e.legend),V=n.cursor=Me({},xc,{drag:{y:o==2}},e.cursor),Ee=Z.show,Be=V.show,ke=Z.markers;Z.idxs=ce,ke.width=ee(ke.width),ke.dash=ee(ke.dash),ke.stroke=ee(ke.stroke),ke.fill=ee(ke.fill);let re,bt,tt,_e=[],Tt=[],zt,ct=!1,Ot={};if(Z.live){const l=x[1]?x[1].values:null;ct=l!=null,zt=ct?l(n,1,0):{_:0};for(let i in zt)Ot[i]=As}if(Ee)if(re=vt("table",ba,d),tt=vt("tbody",null,re),Z.mount(n,re),ct){bt=vt("thead",null,re,tt);let l=vt("tr",null,bt);vt("th",null,l);for(var fl in zt)vt("th",Ti,l).textContent=fl}else ot(re,wa),Z.live&&ot(re,ya);const pl={show:!0},Il={show:!1};function rn(l,i){if(i==0&&(ct||!Z.live||o==2))return Rl;let r=[],a=vt("tr",xa,tt,tt.childNodes[i]);ot(a,l.class),l.show||ot(a,rl);let p=vt("th",null,a);if(ke.show){let k=mt(ka,p);if(i>0){let _=ke.width(n,i);_&&(k.style.border=_+"px "+ke.dash(n,i)+" "+ke.stroke(n,i)),k.style.background=ke.fill(n,i)}}let m=mt(Ti,p);l.label instanceof HTMLElement?m.appendChild(l.label):m.textContent=l.label,i>0&&(ke.show||(m.style.color=l.width>0?ke.stroke(n,i):ke.fill(n,i)),Ge("click",p,k=>{if(V._lock)return;el(k);let _=x.indexOf(l);if((k.ctrlKey||k.metaKey)!=Z.isolate){let $=x.some((M,P)=>P>0&&P!=_&&M.show);x.forEach((M,P)=>{P>0&&At(P,$?P==_?pl:Il:pl,!0,Te.setSeries)})}else At(_,{show:!l.show},!0,Te.setSeries)},!1),gl&&Ge(Pi,p,k=>{V._lock||(el(k),At(x.indexOf(l),El,!0,Te.setSeries))},!1));for(var w in zt){let k=vt("td",va,a);k.textContent="--",r.push(k)}return[a,r]}const Jt=new Map;function Ge(l,i,r,a=!0){const p=Jt.get(i)||{},m=V.bind[l](n,i,r,a);m&&(al(l,i,p[l]=m),Jt.set(i,p))}function hl(l,i,r){const a=Jt.get(i)||{};for(let p in a)(l==null||p==l)&&(ws(p,i,a[p]),delete a[p]);l==null&&Jt.delete(i)}let Vt=0,qt=0,Y=0,E=0,he=0,Ae=0,dl=he,Zt=Ae,Mt=Y,Qt=E,lt=0,ut=0,Qe=0,yt=0;n.bbox={};let Nn=!1,an=!1,ml=!1,Xt=!1,cn=!1,ft=!1;function Fn(l,i,r){(r||l!=n.width||i!=n.height)&&Gs(l,i),kl(!1),ml=!0,an=!0,vl()}function Gs(l,i){n.width=Vt=Y=l,n.height=qt=E=i,he=Ae=0,ir(),or();let r=n.bbox;lt=r.left=il(he*oe,.5),ut=r.top=il(Ae*oe,.5),Qe=r.width=il(Y*oe,.5),yt=r.height=il(E*oe,.5)}const lr=3;function nr(){let l=!1,i=0;for(;!l;){i++;let r=mr(i),a=gr(i);l=i==lr||r&&a,l||(Gs(n.width,n.height),an=!0)}}function sr({width:l,height:i}){Fn(l,i)}n.setSize=sr;function ir(){let l=!1,i=!1,r=!1,a=!1;T.forEach((p,m)=>{if(p.show&&p._show){let{side:w,_size:k}=p,_=w%2,$=p.label!=null?p.labelSize:0,M=k+$;M>0&&(_?(Y-=M,w==3?(he+=M,a=!0):r=!0):(E-=M,w==0?(Ae+=M,l=!0):i=!0))}}),tl[0]=l,tl[1]=r,tl[2]=i,tl[3]=a,Y-=Ht[1]+Ht[3],he+=Ht[3],E-=Ht[2]+Ht[0],Ae+=Ht[0]}function or(){let l=he+Y,i=Ae+E,r=he,a=Ae;function p(m,w){switch(m){case 1:return l+=w,l-w;case 2:return i+=w,i-w;case 3:return r-=w,r+w;case 0:return a-=w,a+w}}T.forEach((m,w)=>{if(m.show&&m._show){let k=m.side;m._pos=p(k,m._size),m.label!=null&&(m._lpos=p(k,m.labelSize))}})}if(V.dataIdx==null){let l=V.hover,i=l.skip=new Set(l.skip??[]);i.add(void 0);let r=l.prox=ee(l.prox),a=l.bias??=0;V.dataIdx=(p,m,w,k)=>{if(m==0)return w;let _=w,$=r(p,m,w,k)??fe,M=$>=0&&$<fe,P=S.ori==0?Y:E,U=V.left,ie=t[0],ne=t[m];if(i.has(ne[w])){_=null;let Q=null,W=null,R;if(a==0||a==-1)for(R=w;Q==null&&R-- >0;)i.has(ne[R])||(Q=R);if(a==0||a==1)for(R=w;W==null&&R++<ne.length;)i.has(ne[R])||(W=R);if(Q!=null||W!=null)if(M){let be=Q==null?-1/0:z(ie[Q],S,P,0),Se=W==null?1/0:z(ie[W],S,P,0),Oe=U-be,ue=Se-U;Oe<=ue?Oe<=$&&(_=Q):ue<=$&&(_=W)}else _=W==null?Q:Q==null?W:w-Q<=W-w?Q:W}else M&&De(U-z(ie[w],S,P,0))>$&&(_=null);return _}}const el=l=>{V.event=l};V.idxs=ce,V._lock=!1;let je=V.points;je.show=ee(je.show),je.size=ee(je.size),je.stroke=ee(je.stroke),je.width=ee(je.width),je.fill=ee(je.fill);const Et=n.focus=Me({},e.focus||{alpha:.3},V.focus),gl=Et.prox>=0,bl=gl&&je.one;let pt=[],yl=[],wl=[];function Ys(l,i){let r=je.show(n,i);if(r instanceof HTMLElement)return ot(r,ga),ot(r,l.class),Ct(r,-10,-10,Y,E),A.insertBefore(r,pt[i]),r}function Ks(l,i){if(o==1||i>0){let r=o==1&&v[l.scale].time,a=l.value;l.value=r?Bi(a)?Qi(te,Zi(a,N)):a||le:a||Pc,l.label=l.label||(r?vc:kc)}if(bl||i>0){l.width=l.width==null?1:l.width,l.paths=l.paths||Uc||za,l.fillTo=ee(l.fillTo||Vc),l.pxAlign=+se(l.pxAlign,C),l.pxRound=ro(l.pxAlign),l.stroke=ee(l.stroke||null),l.fill=ee(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let r=Dc(qe(1,l.width),1),a=l.points=Me({},{size:r,width:qe(1,r*.2),stroke:l.stroke,space:r*2,paths:Bc,_stroke:null,_fill:null},l.points);a.show=ee(a.show),a.filter=ee(a.filter),a.fill=ee(a.fill),a.stroke=ee(a.stroke),a.paths=ee(a.paths),a.pxAlign=l.pxAlign}if(Ee){let r=rn(l,i);_e.splice(i,0,r[0]),Tt.splice(i,0,r[1]),Z.values.push(null)}if(Be){ce.splice(i,0,null);let r=null;bl?i==0&&(r=Ys(l,i)):i>0&&(r=Ys(l,i)),pt.splice(i,0,r),yl.splice(i,0,0),wl.splice(i,0,0)}Fe("addSeries",i)}function rr(l,i){i=i??x.length,l=o==1?$s(l,i,eo,io):$s(l,i,{},so),x.splice(i,0,l),Ks(x[i],i)}n.addSeries=rr;function ar(l){if(x.splice(l,1),Ee){Z.values.splice(l,1),Tt.splice(l,1);let i=_e.splice(l,1)[0];hl(null,i.firstChild),i.remove()}Be&&(ce.splice(l,1),pt.splice(l,1)[0].remove(),yl.splice(l,1),wl.splice(l,1)),Fe("delSeries",l)}n.delSeries=ar;const tl=[!1,!1,!1,!1];function cr(l,i){if(l._show=l.show,l.show){let r=l.side%2,a=v[l.scale];a==null&&(l.scale=r?x[1].scale:L,a=v[l.scale]);let p=a.time;l.size=ee(l.size),l.space=ee(l.space),l.rotate=ee(l.rotate),Bt(l.incrs)&&l.incrs.forEach(w=>{!Gt.has(w)&&Gt.set(w,So(w))}),l.incrs=ee(l.incrs||(a.distr==2?lc:p?I==1?sc:rc:ol)),l.splits=ee(l.splits||(p&&a.distr==1?Ze:a.distr==3?ks:a.distr==4?$c:Sc)),l.stroke=ee(l.stroke),l.grid.stroke=ee(l.grid.stroke),l.ticks.stroke=ee(l.ticks.stroke),l.border.stroke=ee(l.border.stroke);let m=l.values;l.values=Bt(m)&&!Bt(m[0])?ee(m):p?Bt(m)?qi(te,Ji(m,N)):Bi(m)?uc(te,m):m||xe:m||_c,l.filter=ee(l.filter||(a.distr>=3&&a.log==10?Ec:a.distr==3&&a.log==2?Ac:vo)),l.font=fo(l.font),l.labelFont=fo(l.labelFont),l._size=l.size(n,null,i,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(tl[i]=!0,l._el=mt(pa,y))}}function jl(l,i,r,a){let[p,m,w,k]=r,_=i%2,$=0;return _==0&&(k||m)&&($=i==0&&!p||i==2&&!w?Pe(Xi.size/3):0),_==1&&(p||w)&&($=i==1&&!m||i==3&&!k?Pe(lo.size/2):0),$}const Js=n.padding=(e.padding||[jl,jl,jl,jl]).map(l=>ee(se(l,jl))),Ht=n._padding=Js.map((l,i)=>l(n,i,tl,0));let He,ze=null,Ve=null;const un=o==1?x[0].idxs:null;let wt=null,Ul=!1;function qs(l,i){if(t=l??[],n.data=n._data=t,o==2){He=0;for(let r=1;r<x.length;r++)He+=t[r][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),wt=t[0],He=wt.length;let r=t;if(K==2){r=t.slice();let a=r[0]=Array(He);for(let p=0;p<He;p++)a[p]=p}n._data=t=r}if(kl(!0),Fe("setData"),K==2&&(ml=!0),i!==!1){let r=S;r.auto(n,Ul)?On():It(L,r.min,r.max),Xt=Xt||V.left>=0,ft=!0,vl()}}n.setData=qs;function On(){Ul=!0;let l,i;o==1&&(He>0?(ze=un[0]=0,Ve=un[1]=He-1,l=t[0][ze],i=t[0][Ve],K==2?(l=ze,i=Ve):l==i&&(K==3?[l,i]=Pn(l,l,S.log,!1):K==4?[l,i]=Ds(l,l,S.log,!1):S.time?i=l+Pe(86400/I):[l,i]=_n(l,i,Ls,!0))):(ze=un[0]=l=null,Ve=un[1]=i=null)),It(L,l,i)}let fn,xl,Hn,Wn,In,jn,Un,Bn,Gn,Xe;function Zs(l,i,r,a,p,m){l??=Ei,r??=zs,a??="butt",p??=Ei,m??="round",l!=fn&&(g.strokeStyle=fn=l),p!=xl&&(g.fillStyle=xl=p),i!=Hn&&(g.lineWidth=Hn=i),m!=In&&(g.lineJoin=In=m),a!=jn&&(g.lineCap=jn=a),r!=Wn&&g.setLineDash(Wn=r)}function Qs(l,i,r,a){i!=xl&&(g.fillStyle=xl=i),l!=Un&&(g.font=Un=l),r!=Bn&&(g.textAlign=Bn=r),a!=Gn&&(g.textBaseline=Gn=a)}function Yn(l,i,r,a,p=0){if(a.length>0&&l.auto(n,Ul)&&(i==null||i.min==null)){let m=se(ze,0),w=se(Ve,a.length-1),k=r.min==null?Ea(a,m,w,p,l.distr==3):[r.min,r.max];l.min=St(l.min,r.min=k[0]),l.max=qe(l.max,r.max=k[1])}}const Xs={min:null,max:null};function ur(){for(let a in v){let p=v[a];F[a]==null&&(p.min==null||F[L]!=null&&p.auto(n,Ul))&&(F[a]=Xs)}for(let a in v){let p=v[a];F[a]==null&&p.from!=null&&F[p.from]!=null&&(F[a]=Xs)}F[L]!=null&&kl(!0);let l={};for(let a in F){let p=F[a];if(p!=null){let m=l[a]=Nl(v[a],Na);if(p.min!=null)Me(m,p);else if(a!=L||o==2)if(He==0&&m.from==null){let w=m.range(n,null,null,a);m.min=w[0],m.max=w[1]}else m.min=fe,m.max=-fe}}if(He>0){x.forEach((a,p)=>{if(o==1){let m=a.scale,w=F[m];if(w==null)return;let k=l[m];if(p==0){let _=k.range(n,k.min,k.max,m);k.min=_[0],k.max=_[1],ze=_t(k.min,t[0]),Ve=_t(k.max,t[0]),Ve-ze>1&&(t[0][ze]<k.min&&ze++,t[0][Ve]>k.max&&Ve--),a.min=wt[ze],a.max=wt[Ve]}else a.show&&a.auto&&Yn(k,w,a,t[p],a.sorted);a.idxs[0]=ze,a.idxs[1]=Ve}else if(p>0&&a.show&&a.auto){let[m,w]=a.facets,k=m.scale,_=w.scale,[$,M]=t[p],P=l[k],U=l[_];P!=null&&Yn(P,F[k],m,$,m.sorted),U!=null&&Yn(U,F[_],w,M,w.sorted),a.min=w.min,a.max=w.max}});for(let a in l){let p=l[a],m=F[a];if(p.from==null&&(m==null||m.min==null)){let w=p.range(n,p.min==fe?null:p.min,p.max==-fe?null:p.max,a);p.min=w[0],p.max=w[1]}}}for(let a in l){let p=l[a];if(p.from!=null){let m=l[p.from];if(m.min==null)p.min=p.max=null;else{let w=p.range(n,m.min,m.max,a);p.min=w[0],p.max=w[1]}}}let i={},r=!1;for(let a in l){let p=l[a],m=v[a];if(m.min!=p.min||m.max!=p.max){m.min=p.min,m.max=p.max;let w=m.distr;m._min=w==3?Nt(m.min):w==4?us(m.min,m.asinh):w==100?m.fwd(m.min):m.min,m._max=w==3?Nt(m.max):w==4?us(m.max,m.asinh):w==100?m.fwd(m.max):m.max,i[a]=r=!0}}if(r){x.forEach((a,p)=>{o==2?p>0&&i.y&&(a._paths=null):i[a.scale]&&(a._paths=null)});for(let a in i)ml=!0,Fe("setScale",a);Be&&V.left>=0&&(Xt=ft=!0)}for(let a in F)F[a]=null}function fr(l){let i=xs(ze-1,0,He-1),r=xs(Ve+1,0,He-1);for(;l[i]==null&&i>0;)i--;for(;l[r]==null&&r<He-1;)r++;return[i,r]}function pr(){if(He>0){let l=x.some(i=>i._focus)&&Xe!=Et.alpha;l&&(g.globalAlpha=Xe=Et.alpha),x.forEach((i,r)=>{if(r>0&&i.show&&(ei(r,!1),ei(r,!0),i._paths==null)){let a=Xe;Xe!=i.alpha&&(g.globalAlpha=Xe=i.alpha);let p=o==2?[0,t[r][0].length-1]:fr(t[r]);i._paths=i.paths(n,r,p[0],p[1]),Xe!=a&&(g.globalAlpha=Xe=a)}}),x.forEach((i,r)=>{if(r>0&&i.show){let a=Xe;Xe!=i.alpha&&(g.globalAlpha=Xe=i.alpha),i._paths!=null&&ti(r,!1);{let p=i._paths!=null?i._paths.gaps:null,m=i.points.show(n,r,ze,Ve,p),w=i.points.filter(n,r,m,p);(m||w)&&(i.points._paths=i.points.paths(n,r,ze,Ve,w),ti(r,!0))}Xe!=a&&(g.globalAlpha=Xe=a),Fe("drawSeries",r)}}),l&&(g.globalAlpha=Xe=1)}}function ei(l,i){let r=i?x[l].points:x[l];r._stroke=r.stroke(n,l),r._fill=r.fill(n,l)}function ti(l,i){let r=i?x[l].points:x[l],{stroke:a,fill:p,clip:m,flags:w,_stroke:k=r._stroke,_fill:_=r._fill,_width:$=r.width}=r._paths;$=pe($*oe,3);let M=null,P=$%2/2;i&&_==null&&(_=$>0?"#fff":k);let U=r.pxAlign==1&&P>0;if(U&&g.translate(P,P),!i){let ie=lt-$/2,ne=ut-$/2,Q=Qe+$,W=yt+$;M=new Path2D,M.rect(ie,ne,Q,W)}i?Kn(k,$,r.dash,r.cap,_,a,p,w,m):hr(l,k,$,r.dash,r.cap,_,a,p,w,M,m),U&&g.translate(-P,-P)}function hr(l,i,r,a,p,m,w,k,_,$,M){let P=!1;_!=0&&J.forEach((U,ie)=>{if(U.series[0]==l){let ne=x[U.series[1]],Q=t[U.series[1]],W=(ne._paths||nn).band;Bt(W)&&(W=U.dir==1?W[0]:W[1]);let R,be=null;ne.show&&W&&Pa(Q,ze,Ve)?(be=U.fill(n,ie)||m,R=ne._paths.clip):W=null,Kn(i,r,a,p,be,w,k,_,$,M,R,W),P=!0}}),P||Kn(i,r,a,p,m,w,k,_,$,M)}const li=Fl|_s;function Kn(l,i,r,a,p,m,w,k,_,$,M,P){Zs(l,i,r,a,p),(_||$||P)&&(g.save(),_&&g.clip(_),$&&g.clip($)),P?(k&li)==li?(g.clip(P),M&&g.clip(M),hn(p,w),pn(l,m,i)):k&_s?(hn(p,w),g.clip(P),pn(l,m,i)):k&Fl&&(g.save(),g.clip(P),M&&g.clip(M),hn(p,w),g.restore(),pn(l,m,i)):(hn(p,w),pn(l,m,i)),(_||$||P)&&g.restore()}function pn(l,i,r){r>0&&(i instanceof Map?i.forEach((a,p)=>{g.strokeStyle=fn=p,g.stroke(a)}):i!=null&&l&&g.stroke(i))}function hn(l,i){i instanceof Map?i.forEach((r,a)=>{g.fillStyle=xl=a,g.fill(r)}):i!=null&&l&&g.fill(i)}function dr(l,i,r,a){let p=T[l],m;if(a<=0)m=[0,0];else{let w=p._space=p.space(n,l,i,r,a),k=p._incrs=p.incrs(n,l,i,r,a,w);m=Zc(i,r,k,a,w)}return p._found=m}function Jn(l,i,r,a,p,m,w,k,_,$){let M=w%2/2;C==1&&g.translate(M,M),Zs(k,w,_,$,k),g.beginPath();let P,U,ie,ne,Q=p+(a==0||a==3?-m:m);r==0?(U=p,ne=Q):(P=p,ie=Q);for(let W=0;W<l.length;W++)i[W]!=null&&(r==0?P=ie=l[W]:U=ne=l[W],g.moveTo(P,U),g.lineTo(ie,ne));g.stroke(),C==1&&g.translate(-M,-M)}function mr(l){let i=!0;return T.forEach((r,a)=>{if(!r.show)return;let p=v[r.scale];if(p.min==null){r._show&&(i=!1,r._show=!1,kl(!1));return}else r._show||(i=!1,r._show=!0,kl(!1));let m=r.side,w=m%2,{min:k,max:_}=p,[$,M]=dr(a,k,_,w==0?Y:E);if(M==0)return;let P=p.distr==2,U=r._splits=r.splits(n,a,k,_,$,M,P),ie=p.distr==2?U.map(R=>wt[R]):U,ne=p.distr==2?wt[U[1]]-wt[U[0]]:$,Q=r._values=r.values(n,r.filter(n,ie,a,M,ne),a,M,ne);r._rotate=m==2?r.rotate(n,Q,a,M):0;let W=r._size;r._size=gt(r.size(n,Q,a,l)),W!=null&&r._size!=W&&(i=!1)}),i}function gr(l){let i=!0;return Js.forEach((r,a)=>{let p=r(n,a,tl,l);p!=Ht[a]&&(i=!1),Ht[a]=p}),i}function br(){for(let l=0;l<T.length;l++){let i=T[l];if(!i.show||!i._show)continue;let r=i.side,a=r%2,p,m,w=i.stroke(n,l),k=r==0||r==3?-1:1,[_,$]=i._found;if(i.label!=null){let Ke=i.labelGap*k,it=Pe((i._lpos+Ke)*oe);Qs(i.labelFont[0],w,"center",r==2?ql:Mi),g.save(),a==1?(p=m=0,g.translate(it,Pe(ut+yt/2)),g.rotate((r==3?-kn:kn)/2)):(p=Pe(lt+Qe/2),m=it);let sl=xo(i.label)?i.label(n,l,_,$):i.label;g.fillText(sl,p,m),g.restore()}if($==0)continue;let M=v[i.scale],P=a==0?Qe:yt,U=a==0?lt:ut,ie=i._splits,ne=M.distr==2?ie.map(Ke=>wt[Ke]):ie,Q=M.distr==2?wt[ie[1]]-wt[ie[0]]:_,W=i.ticks,R=i.border,be=W.show?W.size:0,Se=Pe(be*oe),Oe=Pe((i.alignTo==2?i._size-be-i.gap:i.gap)*oe),ue=i._rotate*-kn/180,$e=O(i._pos*oe),nt=(Se+Oe)*k,Ye=$e+nt;m=a==0?Ye:0,p=a==1?Ye:0;let ht=i.font[0],xt=i.align==1?Pl:i.align==2?rs:ue>0?Pl:ue<0?rs:a==0?"center":r==3?rs:Pl,Dt=ue||a==1?"middle":r==2?ql:Mi;Qs(ht,w,xt,Dt);let st=i.font[1]*i.lineGap,dt=ie.map(Ke=>O(h(Ke,M,P,U))),kt=i._values;for(let Ke=0;Ke<kt.length;Ke++){let it=kt[Ke];if(it!=null){a==0?p=dt[Ke]:m=dt[Ke],it=""+it;let sl=it.indexOf(`
`)==-1?[it]:it.split(/\n/gm);for(let Je=0;Je<sl.length;Je++){let ki=sl[Je];ue?(g.save(),g.translate(p,m+Je*st),g.rotate(ue),g.fillText(ki,0,0),g.restore()):g.fillText(ki,p,m+Je*st)}}}W.show&&Jn(dt,W.filter(n,ne,l,$,Q),a,r,$e,Se,pe(W.width*oe,3),W.stroke(n,l),W.dash,W.cap);let Lt=i.grid;Lt.show&&Jn(dt,Lt.filter(n,ne,l,$,Q),a,a==0?2:1,a==0?ut:lt,a==0?yt:Qe,pe(Lt.width*oe,3),Lt.stroke(n,l),Lt.dash,Lt.cap),R.show&&Jn([$e],[1],a==0?1:0,a==0?1:2,a==1?ut:lt,a==1?yt:Qe,pe(R.width*oe,3),R.stroke(n,l),R.dash,R.cap)}Fe("drawAxes")}function kl(l){x.forEach((i,r)=>{r>0&&(i._paths=null,l&&(o==1?(i.min=null,i.max=null):i.facets.forEach(a=>{a.min=null,a.max=null})))})}let dn=!1,qn=!1,Bl=[];function yr(){qn=!1;for(let l=0;l<Bl.length;l++)Fe(...Bl[l]);Bl.length=0}function vl(){dn||(Ua(ni),dn=!0)}function wr(l,i=!1){dn=!0,qn=i,l(n),ni(),i&&Bl.length>0&&queueMicrotask(yr)}n.batch=wr;function ni(){if(Nn&&(ur(),Nn=!1),ml&&(nr(),ml=!1),an){if(ye(D,Pl,he),ye(D,ql,Ae),ye(D,Xl,Y),ye(D,en,E),ye(A,Pl,he),ye(A,ql,Ae),ye(A,Xl,Y),ye(A,en,E),ye(y,Xl,Vt),ye(y,en,qt),b.width=Pe(Vt*oe),b.height=Pe(qt*oe),T.forEach(({_el:l,_show:i,_size:r,_pos:a,side:p})=>{if(l!=null)if(i){let m=p===3||p===0?r:0,w=p%2==1;ye(l,w?"left":"top",a-m),ye(l,w?"width":"height",r),ye(l,w?"top":"left",w?Ae:he),ye(l,w?"height":"width",w?E:Y),ys(l,rl)}else ot(l,rl)}),fn=xl=Hn=In=jn=Un=Bn=Gn=Wn=null,Xe=1,Kl(!0),he!=dl||Ae!=Zt||Y!=Mt||E!=Qt){kl(!1);let l=Y/Mt,i=E/Qt;if(Be&&!Xt&&V.left>=0){V.left*=l,V.top*=i,_l&&Ct(_l,Pe(V.left),0,Y,E),Sl&&Ct(Sl,0,Pe(V.top),Y,E);for(let r=0;r<pt.length;r++){let a=pt[r];a!=null&&(yl[r]*=l,wl[r]*=i,Ct(a,gt(yl[r]),gt(wl[r]),Y,E))}}if(ge.show&&!cn&&ge.left>=0&&ge.width>0){ge.left*=l,ge.width*=l,ge.top*=i,ge.height*=i;for(let r in ls)ye(Ml,r,ge[r])}dl=he,Zt=Ae,Mt=Y,Qt=E}Fe("setSize"),an=!1}Vt>0&&qt>0&&(g.clearRect(0,0,b.width,b.height),Fe("drawClear"),G.forEach(l=>l()),Fe("draw")),ge.show&&cn&&(mn(ge),cn=!1),Be&&Xt&&(nl(null,!0,!1),Xt=!1),Z.show&&Z.live&&ft&&(es(),ft=!1),f||(f=!0,n.status=1,Fe("ready")),Ul=!1,dn=!1}n.redraw=(l,i)=>{ml=i||!1,l!==!1?It(L,S.min,S.max):vl()};function Zn(l,i){let r=v[l];if(r.from==null){if(He==0){let a=r.range(n,i.min,i.max,l);i.min=a[0],i.max=a[1]}if(i.min>i.max){let a=i.min;i.min=i.max,i.max=a}if(He>1&&i.min!=null&&i.max!=null&&i.max-i.min<1e-16)return;l==L&&r.distr==2&&He>0&&(i.min=_t(i.min,t[0]),i.max=_t(i.max,t[0]),i.min==i.max&&i.max++),F[l]=i,Nn=!0,vl()}}n.setScale=Zn;let Qn,Xn,_l,Sl,si,ii,$l,Tl,oi,ri,me,ve,Wt=!1;const We=V.drag;let Re=We.x,Ne=We.y;Be&&(V.x&&(Qn=mt(da,A)),V.y&&(Xn=mt(ma,A)),S.ori==0?(_l=Qn,Sl=Xn):(_l=Xn,Sl=Qn),me=V.left,ve=V.top);const ge=n.select=Me({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Ml=ge.show?mt(ha,ge.over?A:D):null;function mn(l,i){if(ge.show){for(let r in l)ge[r]=l[r],r in ls&&ye(Ml,r,l[r]);i!==!1&&Fe("setSelect")}}n.setSelect=mn;function xr(l){if(x[l].show)Ee&&ys(_e[l],rl);else if(Ee&&ot(_e[l],rl),Be){let r=bl?pt[0]:pt[l];r!=null&&Ct(r,-10,-10,Y,E)}}function It(l,i,r){Zn(l,{min:i,max:r})}function At(l,i,r,a){i.focus!=null&&$r(l),i.show!=null&&x.forEach((p,m)=>{m>0&&(l==m||l==null)&&(p.show=i.show,xr(m),o==2?(It(p.facets[0].scale,null,null),It(p.facets[1].scale,null,null)):It(p.scale,null,null),vl())}),r!==!1&&Fe("setSeries",l,i),a&&Jl("setSeries",n,l,i)}n.setSeries=At;function kr(l,i){Me(J[l],i)}function vr(l,i){l.fill=ee(l.fill||null),l.dir=se(l.dir,-1),i=i??J.length,J.splice(i,0,l)}function _r(l){l==null?J.length=0:J.splice(l,1)}n.addBand=vr,n.setBand=kr,n.delBand=_r;function Sr(l,i){x[l].alpha=i,Be&&pt[l]!=null&&(pt[l].style.opacity=i),Ee&&_e[l]&&(_e[l].style.opacity=i)}let Rt,jt,ll;const El={focus:!0};function $r(l){if(l!=ll){let i=l==null,r=Et.alpha!=1;x.forEach((a,p)=>{if(o==1||p>0){let m=i||p==0||p==l;a._focus=i?null:m,r&&Sr(p,m?1:Et.alpha)}}),ll=l,r&&vl()}}Ee&&gl&&Ge(Di,re,l=>{V._lock||(el(l),ll!=null&&At(null,El,!0,Te.setSeries))});function Pt(l,i,r){let a=v[i];r&&(l=l/oe-(a.ori==1?Ae:he));let p=Y;a.ori==1&&(p=E,l=p-l),a.dir==-1&&(l=p-l);let m=a._min,w=a._max,k=l/p,_=m+(w-m)*k,$=a.distr;return $==3?Vl(10,_):$==4?La(_,a.asinh):$==100?a.bwd(_):_}function Tr(l,i){let r=Pt(l,L,i);return _t(r,t[0],ze,Ve)}n.valToIdx=l=>_t(l,t[0]),n.posToIdx=Tr,n.posToVal=Pt,n.valToPos=(l,i,r)=>v[i].ori==0?u(l,v[i],r?Qe:Y,r?lt:0):c(l,v[i],r?yt:E,r?ut:0),n.setCursor=(l,i,r)=>{me=l.left,ve=l.top,nl(null,i,r)};function ai(l,i){ye(Ml,Pl,ge.left=l),ye(Ml,Xl,ge.width=i)}function ci(l,i){ye(Ml,ql,ge.top=l),ye(Ml,en,ge.height=i)}let Gl=S.ori==0?ai:ci,Yl=S.ori==1?ai:ci;function Mr(){if(Ee&&Z.live)for(let l=o==2?1:0;l<x.length;l++){if(l==0&&ct)continue;let i=Z.values[l],r=0;for(let a in i)Tt[l][r++].firstChild.nodeValue=i[a]}}function es(l,i){if(l!=null&&(l.idxs?l.idxs.forEach((r,a)=>{ce[a]=r}):Ra(l.idx)||ce.fill(l.idx),Z.idx=ce[0]),Ee&&Z.live){for(let r=0;r<x.length;r++)(r>0||o==1&&!ct)&&Er(r,ce[r]);Mr()}ft=!1,i!==!1&&Fe("setLegend")}n.setLegend=es;function Er(l,i){let r=x[l],a=l==0&&K==2?wt:t[l],p;ct?p=r.values(n,l,i)??Ot:(p=r.value(n,i==null?null:a[i],l,i),p=p==null?Ot:{_:p}),Z.values[l]=p}function nl(l,i,r){oi=me,ri=ve,[me,ve]=V.move(n,me,ve),V.left=me,V.top=ve,Be&&(_l&&Ct(_l,Pe(me),0,Y,E),Sl&&Ct(Sl,0,Pe(ve),Y,E));let a,p=ze>Ve;Rt=fe,jt=null;let m=S.ori==0?Y:E,w=S.ori==1?Y:E;if(me<0||He==0||p){a=V.idx=null;for(let k=0;k<x.length;k++){let _=pt[k];_!=null&&Ct(_,-10,-10,Y,E)}gl&&At(null,El,!0,l==null&&Te.setSeries),Z.live&&(ce.fill(a),ft=!0)}else{let k,_,$;o==1&&(k=S.ori==0?me:ve,_=Pt(k,L),a=V.idx=_t(_,t[0],ze,Ve),$=z(t[0][a],S,m,0));let M=-10,P=-10,U=0,ie=0,ne=!0,Q="",W="";for(let R=o==2?1:0;R<x.length;R++){let be=x[R],Se=ce[R],Oe=Se==null?null:o==1?t[R][Se]:t[R][1][Se],ue=V.dataIdx(n,R,a,_),$e=ue==null?null:o==1?t[R][ue]:t[R][1][ue];if(ft=ft||$e!=Oe||ue!=Se,ce[R]=ue,R>0&&be.show){let nt=ue==null?-10:ue==a?$:z(o==1?t[0][ue]:t[R][0][ue],S,m,0),Ye=$e==null?-10:j($e,o==1?v[be.scale]:v[be.facets[1].scale],w,0);if(gl&&$e!=null){let ht=S.ori==1?me:ve,xt=De(Et.dist(n,R,ue,Ye,ht));if(xt<Rt){let Dt=Et.bias;if(Dt!=0){let st=Pt(ht,be.scale),dt=$e>=0?1:-1,kt=st>=0?1:-1;kt==dt&&(kt==1?Dt==1?$e>=st:$e<=st:Dt==1?$e<=st:$e>=st)&&(Rt=xt,jt=R)}else Rt=xt,jt=R}}if(ft||bl){let ht,xt;S.ori==0?(ht=nt,xt=Ye):(ht=Ye,xt=nt);let Dt,st,dt,kt,Lt,Ke,it=!0,sl=je.bbox;if(sl!=null){it=!1;let Je=sl(n,R);dt=Je.left,kt=Je.top,Dt=Je.width,st=Je.height}else dt=ht,kt=xt,Dt=st=je.size(n,R);if(Ke=je.fill(n,R),Lt=je.stroke(n,R),bl)R==jt&&Rt<=Et.prox&&(M=dt,P=kt,U=Dt,ie=st,ne=it,Q=Ke,W=Lt);else{let Je=pt[R];Je!=null&&(yl[R]=dt,wl[R]=kt,Fi(Je,Dt,st,it),Ri(Je,Ke,Lt),Ct(Je,gt(dt),gt(kt),Y,E))}}}}if(bl){let R=Et.prox,be=ll==null?Rt<=R:Rt>R||jt!=ll;if(ft||be){let Se=pt[0];Se!=null&&(yl[0]=M,wl[0]=P,Fi(Se,U,ie,ne),Ri(Se,Q,W),Ct(Se,gt(M),gt(P),Y,E))}}}if(ge.show&&Wt)if(l!=null){let[k,_]=Te.scales,[$,M]=Te.match,[P,U]=l.cursor.sync.scales,ie=l.cursor.drag;if(Re=ie._x,Ne=ie._y,Re||Ne){let{left:ne,top:Q,width:W,height:R}=l.select,be=l.scales[P].ori,Se=l.posToVal,Oe,ue,$e,nt,Ye,ht=k!=null&&$(k,P),xt=_!=null&&M(_,U);ht&&Re?(be==0?(Oe=ne,ue=W):(Oe=Q,ue=R),$e=v[k],nt=z(Se(Oe,P),$e,m,0),Ye=z(Se(Oe+ue,P),$e,m,0),Gl(St(nt,Ye),De(Ye-nt))):Gl(0,m),xt&&Ne?(be==1?(Oe=ne,ue=W):(Oe=Q,ue=R),$e=v[_],nt=j(Se(Oe,U),$e,w,0),Ye=j(Se(Oe+ue,U),$e,w,0),Yl(St(nt,Ye),De(Ye-nt))):Yl(0,w)}else ns()}else{let k=De(oi-si),_=De(ri-ii);if(S.ori==1){let U=k;k=_,_=U}Re=We.x&&k>=We.dist,Ne=We.y&&_>=We.dist;let $=We.uni;$!=null?Re&&Ne&&(Re=k>=$,Ne=_>=$,!Re&&!Ne&&(_>k?Ne=!0:Re=!0)):We.x&&We.y&&(Re||Ne)&&(Re=Ne=!0);let M,P;Re&&(S.ori==0?(M=$l,P=me):(M=Tl,P=ve),Gl(St(M,P),De(P-M)),Ne||Yl(0,w)),Ne&&(S.ori==1?(M=$l,P=me):(M=Tl,P=ve),Yl(St(M,P),De(P-M)),Re||Gl(0,m)),!Re&&!Ne&&(Gl(0,0),Yl(0,0))}if(We._x=Re,We._y=Ne,l==null){if(r){if(xi!=null){let[k,_]=Te.scales;Te.values[0]=k!=null?Pt(S.ori==0?me:ve,k):null,Te.values[1]=_!=null?Pt(S.ori==1?me:ve,_):null}Jl(as,n,me,ve,Y,E,a)}if(gl){let k=r&&Te.setSeries,_=Et.prox;ll==null?Rt<=_&&At(jt,El,!0,k):Rt>_?At(null,El,!0,k):jt!=ll&&At(jt,El,!0,k)}}ft&&(Z.idx=a,es()),i!==!1&&Fe("setCursor")}let Ut=null;Object.defineProperty(n,"rect",{get(){return Ut==null&&Kl(!1),Ut}});function Kl(l=!1){l?Ut=null:(Ut=A.getBoundingClientRect(),Fe("syncRect",Ut))}function ui(l,i,r,a,p,m,w){V._lock||Wt&&l!=null&&l.movementX==0&&l.movementY==0||(ts(l,i,r,a,p,m,w,!1,l!=null),l!=null?nl(null,!0,!0):nl(i,!0,!1))}function ts(l,i,r,a,p,m,w,k,_){if(Ut==null&&Kl(!1),el(l),l!=null)r=l.clientX-Ut.left,a=l.clientY-Ut.top;else{if(r<0||a<0){me=-10,ve=-10;return}let[$,M]=Te.scales,P=i.cursor.sync,[U,ie]=P.values,[ne,Q]=P.scales,[W,R]=Te.match,be=i.axes[0].side%2==1,Se=S.ori==0?Y:E,Oe=S.ori==1?Y:E,ue=be?m:p,$e=be?p:m,nt=be?a:r,Ye=be?r:a;if(ne!=null?r=W($,ne)?h(U,v[$],Se,0):-10:r=Se*(nt/ue),Q!=null?a=R(M,Q)?h(ie,v[M],Oe,0):-10:a=Oe*(Ye/$e),S.ori==1){let ht=r;r=a,a=ht}}_&&(i==null||i.cursor.event.type==as)&&((r<=1||r>=Y-1)&&(r=il(r,Y)),(a<=1||a>=E-1)&&(a=il(a,E))),k?(si=r,ii=a,[$l,Tl]=V.move(n,r,a)):(me=r,ve=a)}const ls={width:0,height:0,left:0,top:0};function ns(){mn(ls,!1)}let fi,pi,hi,di;function mi(l,i,r,a,p,m,w){Wt=!0,Re=Ne=We._x=We._y=!1,ts(l,i,r,a,p,m,w,!0,!1),l!=null&&(Ge(cs,gs,gi,!1),Jl(Ai,n,$l,Tl,Y,E,null));let{left:k,top:_,width:$,height:M}=ge;fi=k,pi=_,hi=$,di=M}function gi(l,i,r,a,p,m,w){Wt=We._x=We._y=!1,ts(l,i,r,a,p,m,w,!1,!0);let{left:k,top:_,width:$,height:M}=ge,P=$>0||M>0,U=fi!=k||pi!=_||hi!=$||di!=M;if(P&&U&&mn(ge),We.setScale&&P&&U){let ie=k,ne=$,Q=_,W=M;if(S.ori==1&&(ie=_,ne=M,Q=k,W=$),Re&&It(L,Pt(ie,L),Pt(ie+ne,L)),Ne)for(let R in v){let be=v[R];R!=L&&be.from==null&&be.min!=fe&&It(R,Pt(Q+W,R),Pt(Q,R))}ns()}else V.lock&&(V._lock=!V._lock,nl(i,!0,l!=null));l!=null&&(hl(cs,gs),Jl(cs,n,me,ve,Y,E,null))}function Ar(l,i,r,a,p,m,w){if(V._lock)return;el(l);let k=Wt;if(Wt){let _=!0,$=!0,M=10,P,U;S.ori==0?(P=Re,U=Ne):(P=Ne,U=Re),P&&U&&(_=me<=M||me>=Y-M,$=ve<=M||ve>=E-M),P&&_&&(me=me<$l?0:Y),U&&$&&(ve=ve<Tl?0:E),nl(null,!0,!0),Wt=!1}me=-10,ve=-10,ce.fill(null),nl(null,!0,!0),k&&(Wt=k)}function bi(l,i,r,a,p,m,w){V._lock||(el(l),On(),ns(),l!=null&&Jl(Li,n,me,ve,Y,E,null))}function yi(){T.forEach(Qc),Fn(n.width,n.height,!0)}al(vn,Cl,yi);const Al={};Al.mousedown=mi,Al.mousemove=ui,Al.mouseup=gi,Al.dblclick=bi,Al.setSeries=(l,i,r,a)=>{let p=Te.match[2];r=p(n,i,r),r!=-1&&At(r,a,!0,!1)},Be&&(Ge(Ai,A,mi),Ge(as,A,ui),Ge(Pi,A,l=>{el(l),Kl(!1)}),Ge(Di,A,Ar),Ge(Li,A,bi),Ss.add(n),n.syncRect=Kl);const gn=n.hooks=e.hooks||{};function Fe(l,i,r){qn?Bl.push([l,i,r]):l in gn&&gn[l].forEach(a=>{a.call(null,n,i,r)})}(e.plugins||[]).forEach(l=>{for(let i in l.hooks)gn[i]=(gn[i]||[]).concat(l.hooks[i])});const wi=(l,i,r)=>r,Te=Me({key:null,setSeries:!1,filters:{pub:ji,sub:ji},scales:[L,x[1]?x[1].scale:null],match:[Ui,Ui,wi],values:[null,null]},V.sync);Te.match.length==2&&Te.match.push(wi),V.sync=Te;const xi=Te.key,ss=Uo(xi);function Jl(l,i,r,a,p,m,w){Te.filters.pub(l,i,r,a,p,m,w)&&ss.pub(l,i,r,a,p,m,w)}ss.sub(n);function Pr(l,i,r,a,p,m,w){Te.filters.sub(l,i,r,a,p,m,w)&&Al[l](null,i,r,a,p,m,w)}n.pub=Pr;function Dr(){ss.unsub(n),Ss.delete(n),Jt.clear(),ws(vn,Cl,yi),d.remove(),re?.remove(),Fe("destroy")}n.destroy=Dr;function is(){Fe("init",e,t),qs(t||e.data,!1),F[L]?Zn(L,F[L]):On(),cn=ge.show&&(ge.width>0||ge.height>0),Xt=ft=!0,Fn(e.width,e.height)}return x.forEach(Ks),T.forEach(cr),s?s instanceof HTMLElement?(s.appendChild(d),is()):s(n,is):is(),n}Ie.assign=Me;Ie.fmtNum=Cs;Ie.rangeNum=_n;Ie.rangeLog=Pn;Ie.rangeAsinh=Ds;Ie.orient=ul;Ie.pxRatio=oe;Ie.join=ja;Ie.fmtDate=Vs,Ie.tzDate=ec;Ie.sync=Uo;{Ie.addGap=Rc,Ie.clipGaps=Cn;let e=Ie.paths={points:qo};e.linear=Qo,e.stepped=Oc,e.bars=Hc,e.spline=Ic}const Xc='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var eu=Object.defineProperty,Ue=(e,t,s,n)=>{for(var o=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(o=c(t,s,o)||o);return o&&eu(t,s,o),o};const js=class js extends $n{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.minStep=0,this.dark=!1,this.height=220,this.readout="",this.slots=[]}render(){const t=this.ys.length===0;return we`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?we`<div class="empty muted">${H("common.no_data")}</div>`:we`<div class="plot" aria-hidden="true"></div>
            ${this.kind==="category"?this.renderCategories():""}
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?H("chart.period"):H("chart.range")}</th>
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
    </div>`}measureText(t){return this.formatMeasure?this.formatMeasure(t):`${this.formatValue(t)} ${this.unit.toLowerCase()}`}totalText(){const t=this.ys.reduce((s,n)=>s+n,0);return H("chart.total_value",{value:this.measureText(t)})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue")||t.has("minStep"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}placeCategories(t=this.plot){if(!t||this.kind!=="category"){this.slots=[];return}const s=t.bbox.left/devicePixelRatio,n=this.xs.length>1?Math.abs(t.valToPos(1,"x")-t.valToPos(0,"x")):t.bbox.width/devicePixelRatio;this.slots=this.xs.map(o=>({centre:s+t.valToPos(o,"x"),width:Math.max(n-2,16)}))}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const s=getComputedStyle(this),n=s.getPropertyValue("--pl-chart-color").trim()||s.getPropertyValue("--primary-color").trim()||"#03a9f4",o=s.getPropertyValue("--secondary-text-color").trim()||"#727272",u=s.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",c=`12px ${s.fontFamily||"sans-serif"}`,h=Math.max(Math.floor(t.clientWidth),200),f=this.labels,d=this.xs,b=this.formatValue,g=this.kind==="time",y=this.bucket,D=this.locale,A=g?Ir(y)/2:.5,C={stroke:o,font:c,grid:{stroke:u,width:1},ticks:{stroke:u,width:1}},O=x=>g?_i(d[x]??0,y,D):f[x]??"",I={width:h,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(x,T,v)=>[T-A,v+A]},y:{range:(x,T,v)=>[0,v>0?v*1.1:1]}},axes:[g?{...C,splits:x=>Wr(d,Math.max(Math.floor(x.bbox.width/devicePixelRatio/70),2)),values:(x,T)=>T.map(v=>_i(v,y,D))}:{...C,splits:()=>f.map((x,T)=>T),values:(x,T)=>T.map(()=>""),size:8,gap:0},{...C,size:48,incrs:tu(this.minStep),values:(x,T)=>lu(T.map(v=>b(v)))}],series:[{},{label:this.unit,stroke:n,fill:n,width:0,paths:Ie.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{ready:[x=>this.placeCategories(x)],setSize:[x=>this.placeCategories(x)],setCursor:[x=>{const T=x.cursor.idx,v=T==null?void 0:this.ys[T];this.readout=v===void 0||T===null||T===void 0?"":`${O(T)}: ${this.measureText(v)}`}]}};this.plot=new Ie(I,[this.xs,this.ys],t)}};js.styles=[Tn,Cr(Xc),Mn`
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
    `];let Le=js;Ue([de()],Le.prototype,"kind");Ue([de()],Le.prototype,"label");Ue([de()],Le.prototype,"unit");Ue([de({attribute:!1})],Le.prototype,"xs");Ue([de({attribute:!1})],Le.prototype,"ys");Ue([de({attribute:!1})],Le.prototype,"labels");Ue([de()],Le.prototype,"bucket");Ue([de()],Le.prototype,"locale");Ue([de({attribute:!1})],Le.prototype,"formatValue");Ue([de({attribute:!1})],Le.prototype,"formatMeasure");Ue([de({type:Number})],Le.prototype,"minStep");Ue([de({type:Boolean})],Le.prototype,"dark");Ue([de({type:Number})],Le.prototype,"height");Ue([zr(".plot")],Le.prototype,"plotEl");Ue([Kt()],Le.prototype,"readout");Ue([Kt()],Le.prototype,"slots");function tu(e){const t=[];for(let s=-2;s<=9;s++)for(const n of[1,2,5]){const o=n*10**s;o>=e-1e-12&&t.push(Number(o.toPrecision(3)))}return t}function lu(e){return e.map((t,s)=>s>0&&e[s-1]===t?"":t)}En("pl-chart",Le);var nu=Object.defineProperty,on=(e,t,s,n)=>{for(var o=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(o=c(t,s,o)||o);return o&&nu(t,s,o),o};const Us=class Us extends $n{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=jr(this.matrix),s=Array.from({length:24},(f,d)=>d),n=Ur(this.locale),o=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),u=f=>{const d=o.formatToParts(new Date(Date.UTC(2024,0,1,f))),b=Number(d.find(y=>y.type==="hour")?.value??f),g=d.find(y=>y.type==="dayPeriod")?.value;return g?`${b}${g.charAt(0).toLowerCase()}`:String(b)},c=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),h=f=>c.format(new Date(Date.UTC(2024,0,1,f)));return we`<table aria-label=${this.label||H("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${s.map(f=>we`<th scope="col" abbr=${h(f)}>${f%3===0?u(f):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Br(this.firstWeekday).map(f=>we`<tr data-weekday=${f}>
              <th scope="row">${n[f]}</th>
              ${s.map(d=>{const b=this.matrix[f]?.[d]??0,g=H("heatmap.cell",{day:n[f],from:h(d),to:h((d+1)%24),count:b});return we`<td title=${g} data-weekday=${f} data-hour=${d} data-value=${b}>
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
    `];let Yt=Us;on([de()],Yt.prototype,"label");on([de({attribute:!1})],Yt.prototype,"matrix");on([de({type:Number})],Yt.prototype,"firstWeekday");on([de()],Yt.prototype,"locale");on([de({attribute:!1})],Yt.prototype,"hour12");En("pl-heatmap",Yt);var su=Object.defineProperty,$t=(e,t,s,n)=>{for(var o=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(o=c(t,s,o)||o);return o&&su(t,s,o),o};function Ts(e){const t=e?.points??[],[s,n]=Xr(t),o=[...t].sort((u,c)=>u.bucket<c.bucket?-1:1).map(u=>u.bucket);return{xs:s,ys:n,labels:o}}const po=Ts(void 0),iu=[],ou=ms.map((e,t)=>t),Bs=class Bs extends $n{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=po,this.hoursSeries=po,this.formatInt=String,this.formatHours=String,this.measureJobs=String,this.measureHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const s=t.get("data");(!s||s.jobs!==this.data.jobs)&&(this.jobsSeries=Ts(this.data.jobs)),(!s||s.hours!==this.data.hours)&&(this.hoursSeries=Ts(this.data.hours))}if(t.has("options")){const s=this.options;s&&(this.formatInt=n=>Ll(n,s),this.formatHours=n=>Ll(n,s,1),this.measureJobs=n=>H("common.n_jobs",{count:n,n:Ll(n,s)}),this.measureHours=n=>mo(n,"hours",s,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Gr(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const s=++this.token,n=this.scope(),o=this.bucket;this.loading=!0,this.error="";const u=()=>s===this.token,c=b=>{u()&&(this.data={...this.data,...b})},h=[t.summary(n).then(b=>c({summary:b})),t.timeseries(n,o,"jobs").then(b=>c({jobs:b})),t.timeseries(n,o,"hours").then(b=>c({hours:b})),t.breakdown(n,"filament_type").then(b=>c({filamentType:b})),t.breakdown(n,"filament_colour").then(b=>c({filamentColour:b})),t.breakdown(n,"printer").then(b=>c({printer:b})),t.breakdown(n,"status").then(b=>c({status:b})),t.breakdown(n,"failure_reason").then(b=>c({failureReason:b})),this.histogram(t,n).then(b=>c({histogram:b})),t.breakdown(n,"weekday_hour").then(b=>c({heatmap:Yr(b.rows)})),t.spoolBreakdown(n,"spool").then(b=>c({bySpool:b})),t.spoolBreakdown(n,"vendor").then(b=>c({byVendor:b})),t.spoolBreakdown(n,"material").then(b=>c({byMaterial:b}))],f=await Promise.allSettled(h);if(!u())return;const d=f.find(b=>b.status==="rejected");d&&(this.error=Vr(d.reason)),this.loading=!1}async histogram(t,s){return(await Promise.all(ms.map(o=>t.listJobs({...s,statuses:[...Rr],min_duration:o.min,...o.max!==void 0?{max_duration:o.max}:{},limit:1})))).map(o=>o.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=ms.map(s=>Kr(s,t))),this.binLabelsCache}change(t,s){t==="period"&&Jr(s)?(this.period=s,this.bucket=qr(s)):t==="printer"?this.printer=s:t==="bucket"&&(s==="day"||s==="week"||s==="month"||s==="year")&&(this.bucket=s),this.load()}render(){const t=this.options;if(!t)return bn;const s=this.data,n=this.jobsSeries,o=this.hoursSeries,u=this.formatInt,c=this.formatHours,h=s.jobs?.bucket??this.bucket;return we`
      <div class="selectors" role="group" aria-label=${H("analytics.selection")}>
        <label
          >${H("analytics.period")}
          <select name="period" @change=${f=>this.change("period",f.target.value)}>
            ${Zr.map(f=>we`<option value=${f.id} ?selected=${f.id===this.period}>${Qr(f.id)}</option>`)}
          </select>
        </label>
        <label
          >${H("common.printer")}
          <select name="printer" @change=${f=>this.change("printer",f.target.value)}>
            <option value="" ?selected=${!this.printer}>${H("common.all_printers")}</option>
            ${this.printers.map(f=>we`<option value=${f.id} ?selected=${f.id===this.printer}>${f.name}</option>`)}
          </select>
        </label>
        <label
          >${H("analytics.group_by")}
          <select name="bucket" @change=${f=>this.change("bucket",f.target.value)}>
            ${["day","week","month","year"].map(f=>we`<option value=${f} ?selected=${f===this.bucket}>${H(`bucket.${f}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Nr(Fr)} ${H("common.refresh")}</button>
      </div>
      ${this.error?we`<div class="error-banner" role="alert">
            <span>${H("analytics.load_error",{error:this.error})}</span>
          </div>`:bn}
      ${h!==this.bucket?we`<p class="bucket-note" role="status">
            ${H("analytics.bucket_note",{shown:H(`bucket_per.${h}`),bucket:H(`bucket_many.${this.bucket}`)})}
          </p>`:bn}
      <pl-kpis .summary=${s.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${H(`analytics.jobs_per.${h}`)}</h2>
          <pl-chart
            label=${H(`analytics.jobs_per.${h}`)}
            unit=${H("analytics.unit_jobs")}
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
          <h2>${H(`analytics.hours_per.${h}`)}</h2>
          <pl-chart
            label=${H(`analytics.hours_per.${h}`)}
            unit=${H("analytics.unit_hours")}
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
          <h2>${H("analytics.filament_type")}</h2>
          <pl-bars
            label=${H("analytics.filament_type_label")}
            .items=${Ql(Si(s.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${H("analytics.filament_colour")}</h2>
          <pl-bars
            label=${H("analytics.filament_colour_label")}
            .items=${la(Si(s.filamentColour?.rows??[],"filament_g",12),t,s.bySpool?.rows??[])}
          ></pl-bars>
        </section>
        ${s.bySpool?.rows.length?we`<section class="panel card" data-chart="spool">
                <h2>${H("analytics.by_spool")}</h2>
                <p class="muted">
                  ${H("analytics.spool_totals",{grams:ho(s.bySpool.totals.filament_g,t,0),cost:Or(s.bySpool.totals.cost,t)})}
                </p>
                <pl-bars
                  label=${H("analytics.by_spool")}
                  .items=${os(s.bySpool.rows.slice(0,12),t,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${H("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${H("analytics.by_vendor")}
                  .items=${os((s.byVendor?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${H("analytics.by_material")}</h2>
                <pl-bars
                  label=${H("analytics.by_material")}
                  .items=${os((s.byMaterial?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>`:bn}
        <section class="panel card" data-chart="printer">
          <h2>${H("analytics.success_printer")}</h2>
          <pl-bars label=${H("analytics.success_printer")} .max=${100} .items=${Ql(s.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${H("analytics.outcome")}</h2>
          <pl-bars
            label=${H("analytics.outcome")}
            .items=${Ql((s.status?.rows??[]).map(f=>({...f,label:Hr(String(f.key??f.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="failure_reason">
          <h2>${H("analytics.failure_reason")}</h2>
          <pl-bars
            label=${H("analytics.failure_reason")}
            .items=${Ql((s.failureReason?.rows??[]).map(f=>({...f,label:f.key===null?H("failure.unknown"):ta(String(f.key))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${H("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${H("analytics.duration_label")}
            unit=${H("analytics.unit_jobs")}
            .xs=${ou}
            .ys=${s.histogram??iu}
            .labels=${this.binLabels(t)}
            .formatValue=${u}
            .formatMeasure=${this.measureJobs}
            .minStep=${1}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${H("analytics.heatmap")}</h2>
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
