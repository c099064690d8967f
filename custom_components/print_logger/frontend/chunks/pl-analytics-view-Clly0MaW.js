import{l as S,az as Ps,ay as Yt,as as xo,aC as En,R as Li,Z as cn,_ as un,c as fn,h as re,aD as ws,a1 as me,aE as Hr,aF as Wr,a2 as fl,aG as Ai,aH as Ir,aI as Gr,aJ as Br,aK as Ur,aL as Yr,A as zt,ar as Kr,aM as qr,a as Jr,aN as _s,U as Zr,aO as Qr,ao as Xr,aP as ea,ap as ta,at as la,d as na,a8 as sa,aQ as Pi,Q as ia,aR as fs,a4 as oa,aS as ra}from"./shared-B-IcG_pc.js";import{d as pn}from"./shared-DUOmt4lY.js";import{f as aa}from"../print-logger-panel.js";function Ql(e,t,s,n=!1){return e.map(i=>{const u=i.key===null||i.key===void 0?"":String(i.key),c=i.label||u||S("common.unknown"),h=Number(i[t]??0);let f,d;t==="success_rate"?(f=Ps(i.success_rate,s),d=S("common.n_jobs",{count:i.jobs,n:Yt(i.jobs,s)})):t==="filament_g"?(f=xo(h,s,0),d=S("common.n_jobs",{count:i.jobs,n:Yt(i.jobs,s)})):t==="hours"?f=En(h,"hours",s,1):f=Yt(h,s);const b={key:u,label:c,value:h,display:f};if(d&&(b.note=d),n){const g=Li(u)??Li(i.label);g&&(b.colour=g)}return b})}var ca=Object.defineProperty,Cs=(e,t,s,n)=>{for(var i=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(i=c(t,s,i)||i);return i&&ca(t,s,i),i};const qs=class qs extends cn{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return re`<div class="empty muted">${S("common.no_data")}</div>`;const t=this.max??Math.max(...this.items.map(s=>s.value),0);return re`<ul aria-label=${this.label}>
      ${this.items.map(s=>{const n=t>0?Math.max(0,Math.min(100,s.value/t*100)):0,i=ws({width:`${n}%`,...s.colour?{background:s.colour}:{}});return re`<li data-key=${s.key} data-value=${String(s.value)}>
          <span class="name"
            >${s.colour?re`<span class="swatch" style=${ws({background:s.colour})}></span>`:""}
            <span>${s.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${s.colour?"bar coloured":"bar"} style=${i}></span></span>
          <span class="value">${s.display}${s.note?re`<span class="note">${s.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};qs.styles=[un,fn`
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
    `];let Fl=qs;Cs([me()],Fl.prototype,"label");Cs([me({attribute:!1})],Fl.prototype,"items");Cs([me({type:Number})],Fl.prototype,"max");pn("pl-bars",Fl);const ua=!0,Pe="u-",fa="uplot",pa=Pe+"hz",ha=Pe+"vt",da=Pe+"title",ma=Pe+"wrap",ga=Pe+"under",ba=Pe+"over",ya=Pe+"axis",al=Pe+"off",wa=Pe+"select",_a=Pe+"cursor-x",va=Pe+"cursor-y",xa=Pe+"cursor-pt",ka=Pe+"legend",Sa=Pe+"live",$a=Pe+"inline",Ta=Pe+"series",Ma=Pe+"marker",Ci=Pe+"label",Ea=Pe+"value",tn="width",ln="height",Xl="top",zi="bottom",Pl="left",ps="right",zs="#000",Vi=zs+"0",hs="mousemove",Fi="mousedown",ds="mouseup",Ri="mouseenter",ji="mouseleave",Ni="dblclick",Da="resize",La="scroll",Oi="change",Ln="dppxchange",Vs="--",Hl=typeof window<"u",vs=Hl?document:null,zl=Hl?window:null,Aa=Hl?navigator:null;let oe,Sn;function xs(){let e=devicePixelRatio;oe!=e&&(oe=e,Sn&&Ss(Oi,Sn,xs),Sn=matchMedia(`(min-resolution: ${oe-.001}dppx) and (max-resolution: ${oe+.001}dppx)`),cl(Oi,Sn,xs),zl.dispatchEvent(new CustomEvent(Ln)))}function it(e,t){if(t!=null){let s=e.classList;!s.contains(t)&&s.add(t)}}function ks(e,t){let s=e.classList;s.contains(t)&&s.remove(t)}function we(e,t,s){e.style[t]=s+"px"}function xt(e,t,s,n){let i=vs.createElement(e);return t!=null&&it(i,t),s?.insertBefore(i,n),i}function mt(e,t){return xt("div",e,t)}const Hi=new WeakMap;function Ct(e,t,s,n,i){let u="translate("+t+"px,"+s+"px)",c=Hi.get(e);u!=c&&(e.style.transform=u,Hi.set(e,u),t<0||s<0||t>n||s>i?it(e,al):ks(e,al))}const Wi=new WeakMap;function Ii(e,t,s){let n=t+s,i=Wi.get(e);n!=i&&(Wi.set(e,n),e.style.background=t,e.style.borderColor=s)}const Gi=new WeakMap;function Bi(e,t,s,n){let i=t+""+s,u=Gi.get(e);i!=u&&(Gi.set(e,i),e.style.height=s+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-s/2+"px":0)}const Fs={passive:!0},Pa={...Fs,capture:!0};function cl(e,t,s,n){t.addEventListener(e,s,n?Pa:Fs)}function Ss(e,t,s,n){t.removeEventListener(e,s,Fs)}Hl&&xs();function kt(e,t,s,n){let i;s=s||0,n=n||t.length-1;let u=n<=2147483647;for(;n-s>1;)i=u?s+n>>1:ot((s+n)/2),t[i]<e?s=i:n=i;return e-t[s]<=t[n]-e?s:n}function ko(e){return(s,n,i)=>{let u=-1,c=-1;for(let h=n;h<=i;h++)if(e(s[h])){u=h;break}for(let h=i;h>=n;h--)if(e(s[h])){c=h;break}return[u,c]}}const So=e=>e!=null,$o=e=>e!=null&&e>0,Cn=ko(So),Ca=ko($o);function za(e,t,s,n=0,i=!1){let u=i?Ca:Cn,c=i?$o:So;[t,s]=u(e,t,s);let h=e[t],f=e[t];if(t>-1)if(n==1)h=e[t],f=e[s];else if(n==-1)h=e[s],f=e[t];else for(let d=t;d<=s;d++){let b=e[d];c(b)&&(b<h?h=b:b>f&&(f=b))}return[h??pe,f??-pe]}function zn(e,t,s,n){let i=Ki(e),u=Ki(t);e==t&&(i==-1?(e*=s,t/=s):(e/=s,t*=s));let c=s==10?jt:To,h=i==1?ot:gt,f=u==1?gt:ot,d=h(c(Ae(e))),b=f(c(Ae(t))),g=Rl(s,d),y=Rl(s,b);return s==10&&(d<0&&(g=he(g,-d)),b<0&&(y=he(y,-b))),n||s==2?(e=g*i,t=y*u):(e=Lo(e,g),t=Vn(t,y)),[e,t]}function Rs(e,t,s,n){let i=zn(e,t,s,n);return e==0&&(i[0]=0),t==0&&(i[1]=0),i}const js=.1,Ui={mode:3,pad:js},sn={pad:0,soft:null,mode:0},Va={min:sn,max:sn};function An(e,t,s,n){return Fn(s)?Yi(e,t,s):(sn.pad=s,sn.soft=n?0:null,sn.mode=n?3:0,Yi(e,t,Va))}function se(e,t){return e??t}function Fa(e,t,s){for(t=se(t,0),s=se(s,e.length-1);t<=s;){if(e[t]!=null)return!0;t++}return!1}function Yi(e,t,s){let n=s.min,i=s.max,u=se(n.pad,0),c=se(i.pad,0),h=se(n.hard,-pe),f=se(i.hard,pe),d=se(n.soft,pe),b=se(i.soft,-pe),g=se(n.mode,0),y=se(i.mode,0),P=t-e,L=jt(P),z=qe(Ae(e),Ae(t)),O=jt(z),W=Ae(O-L);(P<1e-24||W>10)&&(P=0,(e==0||t==0)&&(P=1e-24,g==2&&d!=pe&&(u=0),y==2&&b!=-pe&&(c=0)));let _=P||z||1e3,M=jt(_),x=Rl(10,ot(M)),q=_*(P==0?e==0?.1:1:u),C=he(Lo(e-q,x/10),24),J=e>=d&&(g==1||g==3&&C<=d||g==2&&C>=d)?d:pe,U=qe(h,C<J&&e>=J?J:St(J,C)),X=_*(P==0?t==0?.1:1:c),B=he(Vn(t+X,x/10),24),$=t<=b&&(y==1||y==3&&B>=b||y==2&&B<=b)?b:-pe,K=St(f,B>$&&t<=$?$:qe($,B));return U==K&&U==0&&(K=100),[U,K]}const Ra=new Intl.NumberFormat(Hl?Aa.language:"en-US"),Ns=e=>Ra.format(e),rt=Math,Dn=rt.PI,Ae=rt.abs,ot=rt.floor,Le=rt.round,gt=rt.ceil,St=rt.min,qe=rt.max,Rl=rt.pow,Ki=rt.sign,jt=rt.log10,To=rt.log2,ja=(e,t=1)=>rt.sinh(e)*t,ms=(e,t=1)=>rt.asinh(e/t),pe=1/0;function qi(e){return(jt((e^e>>31)-(e>>31))|0)+1}function $s(e,t,s){return St(qe(e,t),s)}function Mo(e){return typeof e=="function"}function ee(e){return Mo(e)?e:()=>e}const Na=()=>{},Eo=e=>e,Do=(e,t)=>t,Oa=e=>null,Ji=e=>!0,Zi=(e,t)=>e==t,Ha=/\.\d*?(?=9{6,}|0{6,})/gm,ul=e=>{if(Po(e)||Kt.has(e))return e;const t=`${e}`,s=t.match(Ha);if(s==null)return e;let n=s[0].length-1;if(t.indexOf("e-")!=-1){let[i,u]=t.split("e");return+`${ul(i)}e${u}`}return he(e,n)};function ol(e,t){return ul(he(ul(e/t))*t)}function Vn(e,t){return ul(gt(ul(e/t))*t)}function Lo(e,t){return ul(ot(ul(e/t))*t)}function he(e,t=0){if(Po(e))return e;let s=10**t,n=e*s*(1+Number.EPSILON);return Le(n)/s}const Kt=new Map;function Ao(e){return((""+e).split(".")[1]||"").length}function rn(e,t,s,n){let i=[],u=n.map(Ao);for(let c=t;c<s;c++){let h=Ae(c),f=he(Rl(e,c),h);for(let d=0;d<n.length;d++){let b=e==10?+`${n[d]}e${c}`:n[d]*f,g=(c>=0?0:h)+(c>=u[d]?0:u[d]),y=e==10?b:he(b,g);i.push(y),Kt.set(y,g)}}return i}const on={},Os=[],jl=[null,null],Ut=Array.isArray,Po=Number.isInteger,Wa=e=>e===void 0;function Qi(e){return typeof e=="string"}function Fn(e){let t=!1;if(e!=null){let s=e.constructor;t=s==null||s==Object}return t}function Ia(e){return e!=null&&typeof e=="object"}const Ga=Object.getPrototypeOf(Uint8Array),Co="__proto__";function Nl(e,t=Fn){let s;if(Ut(e)){let n=e.find(i=>i!=null);if(Ut(n)||t(n)){s=Array(e.length);for(let i=0;i<e.length;i++)s[i]=Nl(e[i],t)}else s=e.slice()}else if(e instanceof Ga)s=e.slice();else if(t(e)){s={};for(let n in e)n!=Co&&(s[n]=Nl(e[n],t))}else s=e;return s}function Me(e){let t=arguments;for(let s=1;s<t.length;s++){let n=t[s];for(let i in n)i!=Co&&(Fn(e[i])?Me(e[i],Nl(n[i])):e[i]=Nl(n[i]))}return e}const Ba=0,Ua=1,Ya=2;function Ka(e,t,s){for(let n=0,i,u=-1;n<t.length;n++){let c=t[n];if(c>u){for(i=c-1;i>=0&&e[i]==null;)e[i--]=null;for(i=c+1;i<s&&e[i]==null;)e[u=i++]=null}}}function qa(e,t){if(Qa(e)){let c=e[0].slice();for(let h=1;h<e.length;h++)c.push(...e[h].slice(1));return Xa(c[0])||(c=Za(c)),c}let s=new Set;for(let c=0;c<e.length;c++){let f=e[c][0],d=f.length;for(let b=0;b<d;b++)s.add(f[b])}let n=[Array.from(s).sort((c,h)=>c-h)],i=n[0].length,u=new Map;for(let c=0;c<i;c++)u.set(n[0][c],c);for(let c=0;c<e.length;c++){let h=e[c],f=h[0];for(let d=1;d<h.length;d++){let b=h[d],g=Array(i).fill(void 0),y=t?t[c][d]:Ua,P=[];for(let L=0;L<b.length;L++){let z=b[L],O=u.get(f[L]);z===null?y!=Ba&&(g[O]=z,y==Ya&&P.push(O)):g[O]=z}Ka(g,P,i),n.push(g)}}return n}const Ja=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Za(e){let t=e[0],s=t.length,n=Array(s);for(let u=0;u<n.length;u++)n[u]=u;n.sort((u,c)=>t[u]-t[c]);let i=[];for(let u=0;u<e.length;u++){let c=e[u],h=Array(s);for(let f=0;f<s;f++)h[f]=c[n[f]];i.push(h)}return i}function Qa(e){let t=e[0][0],s=t.length;for(let n=1;n<e.length;n++){let i=e[n][0];if(i.length!=s)return!1;if(i!=t){for(let u=0;u<s;u++)if(i[u]!=t[u])return!1}}return!0}function Xa(e,t=100){const s=e.length;if(s<=1)return!0;let n=0,i=s-1;for(;n<=i&&e[n]==null;)n++;for(;i>=n&&e[i]==null;)i--;if(i<=n)return!0;const u=qe(1,ot((i-n+1)/t));for(let c=e[n],h=n+u;h<=i;h+=u){const f=e[h];if(f!=null){if(f<=c)return!1;c=f}}return!0}const zo=["January","February","March","April","May","June","July","August","September","October","November","December"],Vo=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Fo(e){return e.slice(0,3)}const ec=Vo.map(Fo),tc=zo.map(Fo),lc={MMMM:zo,MMM:tc,WWWW:Vo,WWW:ec};function en(e){return(e<10?"0":"")+e}function nc(e){return(e<10?"00":e<100?"0":"")+e}const sc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>en(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>en(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>en(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>en(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>en(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>nc(e.getMilliseconds())};function Hs(e,t){t=t||lc;let s=[],n=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=n.exec(e);)s.push(i[0][0]=="{"?sc[i[1]]:i[0]);return u=>{let c="";for(let h=0;h<s.length;h++)c+=typeof s[h]=="string"?s[h]:s[h](u,t);return c}}const ic=new Intl.DateTimeFormat().resolvedOptions().timeZone;function oc(e,t){let s;return t=="UTC"||t=="Etc/UTC"?s=new Date(+e+e.getTimezoneOffset()*6e4):t==ic?s=e:(s=new Date(e.toLocaleString("en-US",{timeZone:t})),s.setMilliseconds(e.getMilliseconds())),s}const Ro=e=>e%1==0,Pn=[1,2,2.5,5],rc=rn(10,-32,0,Pn),jo=rn(10,0,32,Pn),ac=jo.filter(Ro),rl=rc.concat(jo),Ws=`
`,No="{YYYY}",Xi=Ws+No,Oo="{M}/{D}",nn=Ws+Oo,$n=nn+"/{YY}",Ho="{aa}",cc="{h}:{mm}",Cl=cc+Ho,eo=Ws+Cl,to=":{ss}",ce=null;function Wo(e){let t=e*1e3,s=t*60,n=s*60,i=n*24,u=i*30,c=i*365,f=(e==1?rn(10,0,3,Pn).filter(Ro):rn(10,-3,0,Pn)).concat([t,t*5,t*10,t*15,t*30,s,s*5,s*10,s*15,s*30,n,n*2,n*3,n*4,n*6,n*8,n*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,u,u*2,u*3,u*4,u*6,c,c*2,c*5,c*10,c*25,c*50,c*100]);const d=[[c,No,ce,ce,ce,ce,ce,ce,1],[i*28,"{MMM}",Xi,ce,ce,ce,ce,ce,1],[i,Oo,Xi,ce,ce,ce,ce,ce,1],[n,"{h}"+Ho,$n,ce,nn,ce,ce,ce,1],[s,Cl,$n,ce,nn,ce,ce,ce,1],[t,to,$n+" "+Cl,ce,nn+" "+Cl,ce,eo,ce,1],[e,to+".{fff}",$n+" "+Cl,ce,nn+" "+Cl,ce,eo,ce,1]];function b(g){return(y,P,L,z,O,W)=>{let _=[],M=O>=c,x=O>=u&&O<c,q=g(L),C=he(q*e,3),J=gs(q.getFullYear(),M?0:q.getMonth(),x||M?1:q.getDate()),U=he(J*e,3);if(x||M){let X=x?O/u:0,B=M?O/c:0,$=C==U?C:he(gs(J.getFullYear()+B,J.getMonth()+X,1)*e,3),K=new Date(Le($/e)),V=K.getFullYear(),I=K.getMonth();for(let N=0;$<=z;N++){let te=gs(V+B*N,I+X*N,1),j=te-g(he(te*e,3));$=he((+te+j)*e,3),$<=z&&_.push($)}}else{let X=O>=i?i:O,B=ot(L)-ot(C),$=U+B+Vn(C-U,X);_.push($);let K=g($),V=K.getHours()+K.getMinutes()/s+K.getSeconds()/n,I=O/n,N=y.axes[P]._space,te=W/N;for(;$=he($+O,e==1?0:3),!($>z);)if(I>1){let j=ot(he(V+I,6))%24,le=g($).getHours()-j;le>1&&(le=-1),$-=le*n,V=(V+I)%24;let ue=_[_.length-1];he(($-ue)/O,3)*te>=.7&&_.push($)}else _.push($)}return _}}return[f,d,b]}const[uc,fc,pc]=Wo(1),[hc,dc,mc]=Wo(.001);rn(2,-53,53,[1]);function lo(e,t){return e.map(s=>s.map((n,i)=>i==0||i==8||n==null?n:t(i==1||s[8]==0?n:s[1]+n)))}function no(e,t){return(s,n,i,u,c)=>{let h=t.find(L=>c>=L[0])||t[t.length-1],f,d,b,g,y,P;return n.map(L=>{let z=e(L),O=z.getFullYear(),W=z.getMonth(),_=z.getDate(),M=z.getHours(),x=z.getMinutes(),q=z.getSeconds(),C=O!=f&&h[2]||W!=d&&h[3]||_!=b&&h[4]||M!=g&&h[5]||x!=y&&h[6]||q!=P&&h[7]||h[1];return f=O,d=W,b=_,g=M,y=x,P=q,C(z)})}}function gc(e,t){let s=Hs(t);return(n,i,u,c,h)=>i.map(f=>s(e(f)))}function gs(e,t,s){return new Date(e,t,s)}function so(e,t){return t(e)}const bc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function io(e,t){return(s,n,i,u)=>u==null?Vs:t(e(n))}function yc(e,t){let s=e.series[t];return s.width?s.stroke(e,t):s.points.width?s.points.stroke(e,t):null}function wc(e,t){return e.series[t].fill(e,t)}const _c={show:!0,live:!0,isolate:!1,mount:Na,markers:{show:!0,width:2,stroke:yc,fill:wc,dash:"solid"},idx:null,idxs:null,values:[]};function vc(e,t){let s=e.cursor.points,n=mt(),i=s.size(e,t);we(n,tn,i),we(n,ln,i);let u=i/-2;we(n,"marginLeft",u),we(n,"marginTop",u);let c=s.width(e,t,i);return c&&we(n,"borderWidth",c),n}function xc(e,t){let s=e.series[t].points;return s._fill||s._stroke}function kc(e,t){let s=e.series[t].points;return s._stroke||s._fill}function Sc(e,t){return e.series[t].points.size}const bs=[0,0];function $c(e,t,s){return bs[0]=t,bs[1]=s,bs}function Tn(e,t,s,n=!0){return i=>{i.button==0&&(!n||i.target==t)&&s(i)}}function ys(e,t,s,n=!0){return i=>{(!n||i.target==t)&&s(i)}}const Tc={show:!0,x:!0,y:!0,lock:!1,move:$c,points:{one:!1,show:vc,size:Sc,width:0,stroke:kc,fill:xc},bind:{mousedown:Tn,mouseup:Tn,click:Tn,dblclick:Tn,mousemove:ys,mouseleave:ys,mouseenter:ys},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,s,n,i)=>n-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Io={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Is=Me({},Io,{filter:Do}),Go=Me({},Is,{size:10}),Bo=Me({},Io,{show:!1}),Gs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Uo="bold "+Gs,Yo=1.5,oo={show:!0,scale:"x",stroke:zs,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Uo,side:2,grid:Is,ticks:Go,border:Bo,font:Gs,lineGap:Yo,rotate:0},Mc="Value",Ec="Time",ro={show:!0,scale:"x",auto:!1,sorted:1,min:pe,max:-pe,idxs:[]};function Dc(e,t,s,n,i){return t.map(u=>u==null?"":Ns(u))}function Lc(e,t,s,n,i,u,c){let h=[],f=Kt.get(i)||0;s=c?s:he(Vn(s,i),f);for(let d=s;d<=n;d=he(d+i,f))h.push(Object.is(d,-0)?0:d);return h}function Ts(e,t,s,n,i,u,c){const h=[],f=e.scales[e.axes[t].scale].log,d=f==10?jt:To,b=ot(d(s));i=Rl(f,b),f==10&&(i=rl[kt(i,rl)]);let g=s,y=i*f;f==10&&(y=rl[kt(y,rl)]);do h.push(g),g=g+i,f==10&&!Kt.has(g)&&(g=he(g,Kt.get(i))),g>=y&&(i=g,y=i*f,f==10&&(y=rl[kt(y,rl)]));while(g<=n);return h}function Ac(e,t,s,n,i,u,c){let f=e.scales[e.axes[t].scale].asinh,d=n>f?Ts(e,t,qe(f,s),n,i):[f],b=n>=0&&s<=0?[0]:[];return(s<-f?Ts(e,t,qe(f,-n),-s,i):[f]).reverse().map(y=>-y).concat(b,d)}const Ko=/./,Pc=/[12357]/,Cc=/[125]/,ao=/1/,Ms=(e,t,s,n)=>e.map((i,u)=>t==4&&i==0||u%n==0&&s.test(i.toExponential()[i<0?1:0])?i:null);function zc(e,t,s,n,i){let u=e.axes[s],c=u.scale,h=e.scales[c],f=e.valToPos,d=u._space,b=f(10,c),g=f(9,c)-b>=d?Ko:f(7,c)-b>=d?Pc:f(5,c)-b>=d?Cc:ao;if(g==ao){let y=Ae(f(1,c)-b);if(y<d)return Ms(t.slice().reverse(),h.distr,g,gt(d/y)).reverse()}return Ms(t,h.distr,g,1)}function Vc(e,t,s,n,i){let u=e.axes[s],c=u.scale,h=u._space,f=e.valToPos,d=Ae(f(1,c)-f(2,c));return d<h?Ms(t.slice().reverse(),3,Ko,gt(h/d)).reverse():t}function Fc(e,t,s,n){return n==null?Vs:t==null?"":Ns(t)}const co={show:!0,scale:"y",stroke:zs,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Uo,side:3,grid:Is,ticks:Go,border:Bo,font:Gs,lineGap:Yo,rotate:0};function Rc(e,t){let s=3+(e||1)*2;return he(s*t,3)}function jc(e,t){let{scale:s,idxs:n}=e.series[0],i=e._data[0],u=e.valToPos(i[n[0]],s,!0),c=e.valToPos(i[n[1]],s,!0),h=Ae(c-u),f=e.series[t],d=h/(f.points.space*oe);return n[1]-n[0]<=d}const uo={scale:null,auto:!0,sorted:0,min:pe,max:-pe},qo=(e,t,s,n,i)=>i,fo={show:!0,auto:!0,sorted:0,gaps:qo,alpha:1,facets:[Me({},uo,{scale:"x"}),Me({},uo,{scale:"y"})]},po={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:qo,alpha:1,points:{show:jc,filter:null},values:null,min:pe,max:-pe,idxs:[],path:null,clip:null};function Nc(e,t,s,n,i){return s/10}const Jo={time:ua,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Oc=Me({},Jo,{time:!1,ori:1}),ho={};function Zo(e,t){let s=ho[e];return s||(s={key:e,plots:[],sub(n){s.plots.push(n)},unsub(n){s.plots=s.plots.filter(i=>i!=n)},pub(n,i,u,c,h,f,d){for(let b=0;b<s.plots.length;b++)s.plots[b]!=i&&s.plots[b].pub(n,i,u,c,h,f,d)}},e!=null&&(ho[e]=s)),s}const Ol=1,Es=2;function pl(e,t,s){const n=e.mode,i=e.series[t],u=n==2?e._data[t]:e._data,c=e.scales,h=e.bbox;let f=u[0],d=n==2?u[1]:u[t],b=n==2?c[i.facets[0].scale]:c[e.series[0].scale],g=n==2?c[i.facets[1].scale]:c[i.scale],y=h.left,P=h.top,L=h.width,z=h.height,O=e.valToPosH,W=e.valToPosV;return b.ori==0?s(i,f,d,b,g,O,W,y,P,L,z,jn,Wl,On,Xo,tr):s(i,f,d,b,g,W,O,P,y,z,L,Nn,Il,Ys,er,lr)}function Bs(e,t){let s=0,n=0,i=se(e.bands,Os);for(let u=0;u<i.length;u++){let c=i[u];c.series[0]==t?s=c.dir:c.series[1]==t&&(c.dir==1?n|=1:n|=2)}return[s,n==1?-1:n==2?1:n==3?2:0]}function Hc(e,t,s,n,i){let u=e.mode,c=e.series[t],h=u==2?c.facets[1].scale:c.scale,f=e.scales[h];return i==-1?f.min:i==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function Nt(e,t,s,n,i,u){return pl(e,t,(c,h,f,d,b,g,y,P,L,z,O)=>{let W=c.pxRound;const _=d.dir*(d.ori==0?1:-1),M=d.ori==0?Wl:Il;let x,q;_==1?(x=s,q=n):(x=n,q=s);let C=W(g(h[x],d,z,P)),J=W(y(f[x],b,O,L)),U=W(g(h[q],d,z,P)),X=W(y(u==1?b.max:b.min,b,O,L)),B=new Path2D(i);return M(B,U,X),M(B,C,X),M(B,C,J),B})}function Rn(e,t,s,n,i,u){let c=null;if(e.length>0){c=new Path2D;const h=t==0?On:Ys;let f=s;for(let g=0;g<e.length;g++){let y=e[g];if(y[1]>y[0]){let P=y[0]-f;P>0&&h(c,f,n,P,n+u),f=y[1]}}let d=s+i-f,b=10;d>0&&h(c,f,n-b/2,d,n+u+b)}return c}function Wc(e,t,s){let n=e[e.length-1];n&&n[0]==t?n[1]=s:e.push([t,s])}function Us(e,t,s,n,i,u,c){let h=[],f=e.length;for(let d=i==1?s:n;d>=s&&d<=n;d+=i)if(t[d]===null){let g=d,y=d;if(i==1)for(;++d<=n&&t[d]===null;)y=d;else for(;--d>=s&&t[d]===null;)y=d;let P=u(e[g]),L=y==g?P:u(e[y]),z=g-i;P=c<=0&&z>=0&&z<f?u(e[z]):P;let W=y+i;L=c>=0&&W>=0&&W<f?u(e[W]):L,L>=P&&h.push([P,L])}return h}function mo(e){return e==0?Eo:e==1?Le:t=>ol(t,e)}function Qo(e){let t=e==0?jn:Nn,s=e==0?(i,u,c,h,f,d)=>{i.arcTo(u,c,h,f,d)}:(i,u,c,h,f,d)=>{i.arcTo(c,u,f,h,d)},n=e==0?(i,u,c,h,f)=>{i.rect(u,c,h,f)}:(i,u,c,h,f)=>{i.rect(c,u,f,h)};return(i,u,c,h,f,d=0,b=0)=>{d==0&&b==0?n(i,u,c,h,f):(d=St(d,h/2,f/2),b=St(b,h/2,f/2),t(i,u+d,c),s(i,u+h,c,u+h,c+f,d),s(i,u+h,c+f,u,c+f,b),s(i,u,c+f,u,c,b),s(i,u,c,u+h,c,d),i.closePath())}}const jn=(e,t,s)=>{e.moveTo(t,s)},Nn=(e,t,s)=>{e.moveTo(s,t)},Wl=(e,t,s)=>{e.lineTo(t,s)},Il=(e,t,s)=>{e.lineTo(s,t)},On=Qo(0),Ys=Qo(1),Xo=(e,t,s,n,i,u)=>{e.arc(t,s,n,i,u)},er=(e,t,s,n,i,u)=>{e.arc(s,t,n,i,u)},tr=(e,t,s,n,i,u,c)=>{e.bezierCurveTo(t,s,n,i,u,c)},lr=(e,t,s,n,i,u,c)=>{e.bezierCurveTo(s,t,i,n,c,u)};function nr(e){return(t,s,n,i,u)=>pl(t,s,(c,h,f,d,b,g,y,P,L,z,O)=>{let{pxRound:W,points:_}=c,M,x;d.ori==0?(M=jn,x=Xo):(M=Nn,x=er);const q=he(_.width*oe,3);let C=(_.size-_.width)/2*oe,J=he(C*2,3),U=new Path2D,X=new Path2D,{left:B,top:$,width:K,height:V}=t.bbox;On(X,B-J,$-J,K+J*2,V+J*2);const I=N=>{if(f[N]!=null){let te=W(g(h[N],d,z,P)),j=W(y(f[N],b,O,L));M(U,te+C,j),x(U,te,j,C,0,Dn*2)}};if(u)u.forEach(I);else for(let N=n;N<=i;N++)I(N);return{stroke:q>0?U:null,fill:U,clip:X,flags:Ol|Es}})}function sr(e){return(t,s,n,i,u,c)=>{n!=i&&(u!=n&&c!=n&&e(t,s,n),u!=i&&c!=i&&e(t,s,i),e(t,s,c))}}const Ic=sr(Wl),Gc=sr(Il);function ir(e){const t=se(e?.alignGaps,0);return(s,n,i,u)=>pl(s,n,(c,h,f,d,b,g,y,P,L,z,O)=>{[i,u]=Cn(f,i,u);let W=c.pxRound,_=V=>W(g(V,d,z,P)),M=V=>W(y(V,b,O,L)),x,q;d.ori==0?(x=Wl,q=Ic):(x=Il,q=Gc);const C=d.dir*(d.ori==0?1:-1),J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Ol},U=J.stroke;let X=!1;if(u-i>=z*4){let V=F=>s.posToVal(F,d.key,!0),I=null,N=null,te,j,Je,_e=_(h[C==1?i:u]),le=_(h[i]),ue=_(h[u]),Z=V(C==1?le+1:ue-1);for(let F=C==1?i:u;F>=i&&F<=u;F+=C){let Ee=h[F],ve=(C==1?Ee<Z:Ee>Z)?_e:_(Ee),ae=f[F];ve==_e?ae!=null?(j=ae,I==null?(x(U,ve,M(j)),te=I=N=j):j<I?I=j:j>N&&(N=j)):ae===null&&(X=!0):(I!=null&&q(U,_e,M(I),M(N),M(te),M(j)),ae!=null?(j=ae,x(U,ve,M(j)),I=N=te=j):(I=N=null,ae===null&&(X=!0)),_e=ve,Z=V(_e+C))}I!=null&&I!=N&&Je!=_e&&q(U,_e,M(I),M(N),M(te),M(j))}else for(let V=C==1?i:u;V>=i&&V<=u;V+=C){let I=f[V];I===null?X=!0:I!=null&&x(U,_(h[V]),M(I))}let[$,K]=Bs(s,n);if(c.fill!=null||$!=0){let V=J.fill=new Path2D(U),I=c.fillTo(s,n,c.min,c.max,$),N=M(I),te=_(h[i]),j=_(h[u]);C==-1&&([j,te]=[te,j]),x(V,j,N),x(V,te,N)}if(!c.spanGaps){let V=[];X&&V.push(...Us(h,f,i,u,C,_,t)),J.gaps=V=c.gaps(s,n,i,u,V),J.clip=Rn(V,d.ori,P,L,z,O)}return K!=0&&(J.band=K==2?[Nt(s,n,i,u,U,-1),Nt(s,n,i,u,U,1)]:Nt(s,n,i,u,U,K)),J})}function Bc(e){const t=se(e.align,1),s=se(e.ascDesc,!1),n=se(e.alignGaps,0),i=se(e.extend,!1);return(u,c,h,f)=>pl(u,c,(d,b,g,y,P,L,z,O,W,_,M)=>{[h,f]=Cn(g,h,f);let x=d.pxRound,{left:q,width:C}=u.bbox,J=le=>x(L(le,y,_,O)),U=le=>x(z(le,P,M,W)),X=y.ori==0?Wl:Il;const B={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Ol},$=B.stroke,K=y.dir*(y.ori==0?1:-1);let V=U(g[K==1?h:f]),I=J(b[K==1?h:f]),N=I,te=I;i&&t==-1&&(te=q,X($,te,V)),X($,I,V);for(let le=K==1?h:f;le>=h&&le<=f;le+=K){let ue=g[le];if(ue==null)continue;let Z=J(b[le]),F=U(ue);t==1?X($,Z,V):X($,N,F),X($,Z,F),V=F,N=Z}let j=N;i&&t==1&&(j=q+C,X($,j,V));let[Je,_e]=Bs(u,c);if(d.fill!=null||Je!=0){let le=B.fill=new Path2D($),ue=d.fillTo(u,c,d.min,d.max,Je),Z=U(ue);X(le,j,Z),X(le,te,Z)}if(!d.spanGaps){let le=[];le.push(...Us(b,g,h,f,K,J,n));let ue=d.width*oe/2,Z=s||t==1?ue:-ue,F=s||t==-1?-ue:ue;le.forEach(Ee=>{Ee[0]+=Z,Ee[1]+=F}),B.gaps=le=d.gaps(u,c,h,f,le),B.clip=Rn(le,y.ori,O,W,_,M)}return _e!=0&&(B.band=_e==2?[Nt(u,c,h,f,$,-1),Nt(u,c,h,f,$,1)]:Nt(u,c,h,f,$,_e)),B})}function go(e,t,s,n,i,u,c=pe){if(e.length>1){let h=null;for(let f=0,d=1/0;f<e.length;f++)if(t[f]!==void 0){if(h!=null){let b=Ae(e[f]-e[h]);b<d&&(d=b,c=Ae(s(e[f],n,i,u)-s(e[h],n,i,u)))}h=f}}return c}function Uc(e){e=e||on;const t=se(e.size,[.6,pe,1]),s=e.align||0,n=e.gap||0;let i=e.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;const u=ee(i),c=1-t[0],h=se(t[1],pe),f=se(t[2],1),d=se(e.disp,on),b=se(e.each,P=>{}),{fill:g,stroke:y}=d;return(P,L,z,O)=>pl(P,L,(W,_,M,x,q,C,J,U,X,B,$)=>{let K=W.pxRound,V=s,I=n*oe,N=h*oe,te=f*oe,j,Je;x.ori==0?[j,Je]=u(P,L):[Je,j]=u(P,L);const _e=x.dir*(x.ori==0?1:-1);let le=x.ori==0?On:Ys,ue=x.ori==0?b:(D,de,De,gl,Qt,Mt,Xt)=>{b(D,de,De,Qt,gl,Xt,Mt)},Z=se(P.bands,Os).find(D=>D.series[0]==L),F=Z!=null?Z.dir:0,Ee=W.fillTo(P,L,W.min,W.max,F),Ge=K(J(Ee,q,$,X)),ve,ae,bt,et=B,ke=K(W.width*oe),Tt=!1,Vt=null,ct=null,Ot=null,hl=null;g!=null&&(ke==0||y!=null)&&(Tt=!0,Vt=g.values(P,L,z,O),ct=new Map,new Set(Vt).forEach(D=>{D!=null&&ct.set(D,new Path2D)}),ke>0&&(Ot=y.values(P,L,z,O),hl=new Map,new Set(Ot).forEach(D=>{D!=null&&hl.set(D,new Path2D)})));let{x0:dl,size:Gl}=d;if(dl!=null&&Gl!=null){V=1,_=dl.values(P,L,z,O),dl.unit==2&&(_=_.map(De=>P.posToVal(U+De*B,x.key,!0)));let D=Gl.values(P,L,z,O);Gl.unit==2?ae=D[0]*B:ae=C(D[0],x,B,U)-C(0,x,B,U),et=go(_,M,C,x,B,U,et),bt=et-ae+I}else et=go(_,M,C,x,B,U,et),bt=et*c+I,ae=et-bt;bt<1&&(bt=0),ke>=ae/2&&(ke=0),bt<5&&(K=Eo);let dn=bt>0,Jt=et-bt-(dn?ke:0);ae=K($s(Jt,te,N)),ve=(V==0?ae/2:V==_e?0:ae)-V*_e*((V==0?I/2:0)+(dn?ke/2:0));const Be={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},ml=Tt?null:new Path2D;let Ft=null;if(Z!=null)Ft=P.data[Z.series[1]];else{let{y0:D,y1:de}=d;D!=null&&de!=null&&(M=de.values(P,L,z,O),Ft=D.values(P,L,z,O))}let Zt=j*ae,Y=Je*ae;for(let D=_e==1?z:O;D>=z&&D<=O;D+=_e){let de=M[D];if(de==null)continue;if(Ft!=null){let Ze=Ft[D]??0;if(de-Ze==0)continue;Ge=J(Ze,q,$,X)}let De=x.distr!=2||d!=null?_[D]:D,gl=C(De,x,B,U),Qt=J(se(de,Ee),q,$,X),Mt=K(gl-ve),Xt=K(qe(Qt,Ge)),tt=K(St(Qt,Ge)),ut=Xt-tt;if(de!=null){let Ze=de<0?Y:Zt,yt=de<0?Zt:Y;Tt?(ke>0&&Ot[D]!=null&&le(hl.get(Ot[D]),Mt,tt+ot(ke/2),ae,qe(0,ut-ke),Ze,yt),Vt[D]!=null&&le(ct.get(Vt[D]),Mt,tt+ot(ke/2),ae,qe(0,ut-ke),Ze,yt)):le(ml,Mt,tt+ot(ke/2),ae,qe(0,ut-ke),Ze,yt),ue(P,L,D,Mt-ke/2,tt,ae+ke,ut)}}return ke>0?Be.stroke=Tt?hl:ml:Tt||(Be._fill=W.width==0?W._fill:W._stroke??W._fill,Be.width=0),Be.fill=Tt?ct:ml,Be})}function Yc(e,t){const s=se(t?.alignGaps,0);return(n,i,u,c)=>pl(n,i,(h,f,d,b,g,y,P,L,z,O,W)=>{[u,c]=Cn(d,u,c);let _=h.pxRound,M=j=>_(y(j,b,O,L)),x=j=>_(P(j,g,W,z)),q,C,J;b.ori==0?(q=jn,J=Wl,C=tr):(q=Nn,J=Il,C=lr);const U=b.dir*(b.ori==0?1:-1);let X=M(f[U==1?u:c]),B=X,$=[],K=[];for(let j=U==1?u:c;j>=u&&j<=c;j+=U)if(d[j]!=null){let _e=f[j],le=M(_e);$.push(B=le),K.push(x(d[j]))}const V={stroke:e($,K,q,J,C,_),fill:null,clip:null,band:null,gaps:null,flags:Ol},I=V.stroke;let[N,te]=Bs(n,i);if(h.fill!=null||N!=0){let j=V.fill=new Path2D(I),Je=h.fillTo(n,i,h.min,h.max,N),_e=x(Je);J(j,B,_e),J(j,X,_e)}if(!h.spanGaps){let j=[];j.push(...Us(f,d,u,c,U,M,s)),V.gaps=j=h.gaps(n,i,u,c,j),V.clip=Rn(j,b.ori,L,z,O,W)}return te!=0&&(V.band=te==2?[Nt(n,i,u,c,I,-1),Nt(n,i,u,c,I,1)]:Nt(n,i,u,c,I,te)),V})}function Kc(e){return Yc(qc,e)}function qc(e,t,s,n,i,u){const c=e.length;if(c<2)return null;const h=new Path2D;if(s(h,e[0],t[0]),c==2)n(h,e[1],t[1]);else{let f=Array(c),d=Array(c-1),b=Array(c-1),g=Array(c-1);for(let y=0;y<c-1;y++)b[y]=t[y+1]-t[y],g[y]=e[y+1]-e[y],d[y]=b[y]/g[y];f[0]=d[0];for(let y=1;y<c-1;y++)d[y]===0||d[y-1]===0||d[y-1]>0!=d[y]>0?f[y]=0:(f[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/d[y-1]+(g[y]+2*g[y-1])/d[y]),isFinite(f[y])||(f[y]=0));f[c-1]=d[c-2];for(let y=0;y<c-1;y++)i(h,e[y]+g[y]/3,t[y]+f[y]*g[y]/3,e[y+1]-g[y]/3,t[y+1]-f[y+1]*g[y]/3,e[y+1],t[y+1])}return h}const Ds=new Set;function bo(){for(let e of Ds)e.syncRect(!0)}Hl&&(cl(Da,zl,bo),cl(La,zl,bo,!0),cl(Ln,zl,()=>{He.pxRatio=oe}));const Jc=ir(),Zc=nr();function yo(e,t,s,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((u,c)=>Ls(u,c,t,s))}function Qc(e,t){return e.map((s,n)=>n==0?{}:Me({},t,s))}function Ls(e,t,s,n){return Me({},t==0?s:n,e)}function or(e,t,s){return t==null?jl:[t,s]}const Xc=or;function eu(e,t,s){return t==null?jl:An(t,s,js,!0)}function rr(e,t,s,n){return t==null?jl:zn(t,s,e.scales[n].log,!1)}const tu=rr;function ar(e,t,s,n){return t==null?jl:Rs(t,s,e.scales[n].log,!1)}const lu=ar;function nu(e,t,s,n,i){let u=qe(qi(e),qi(t)),c=t-e,h=kt(i/n*c,s);do{let f=s[h],d=n*f/c;if(d>=i&&u+(f<5?Kt.get(f):0)<=17)return[f,d]}while(++h<s.length);return[0,0]}function wo(e){let t,s;return e=e.replace(/(\d+)px/,(n,i)=>(t=Le((s=+i)*oe))+"px"),[e,t,s]}function su(e){e.show&&[e.font,e.labelFont].forEach(t=>{let s=he(t[2]*oe,1);t[0]=t[0].replace(/[0-9.]+px/,s+"px"),t[1]=s})}function He(e,t,s){const n={mode:se(e.mode,1)},i=n.mode;function u(l,o,r,a){let p=o.valToPct(l);return a+r*(o.dir==-1?1-p:p)}function c(l,o,r,a){let p=o.valToPct(l);return a+r*(o.dir==-1?p:1-p)}function h(l,o,r,a){return o.ori==0?u(l,o,r,a):c(l,o,r,a)}n.valToPosH=u,n.valToPosV=c;let f=!1;n.status=0;const d=n.root=mt(fa);if(e.id!=null&&(d.id=e.id),it(d,e.class),e.title){let l=mt(da,d);l.textContent=e.title}const b=xt("canvas"),g=n.ctx=b.getContext("2d"),y=mt(ma,d);cl("click",y,l=>{l.target===L&&(ge!=Ml||xe!=El)&&Oe.click(n,l)},!0);const P=n.under=mt(ga,y);y.appendChild(b);const L=n.over=mt(ba,y);e=Nl(e);const z=+se(e.pxAlign,1),O=mo(z);(e.plugins||[]).forEach(l=>{l.opts&&(e=l.opts(n,e)||e)});const W=e.ms||.001,_=n.series=i==1?yo(e.series||[],ro,po,!1):Qc(e.series||[null],fo),M=n.axes=yo(e.axes||[],oo,co,!0),x=n.scales={},q=n.bands=e.bands||[];q.forEach(l=>{l.fill=ee(l.fill||null),l.dir=se(l.dir,-1)});const C=i==2?_[1].facets[0].scale:_[0].scale,J={axes:Tr,series:vr},U=(e.drawOrder||["axes","series"]).map(l=>J[l]);function X(l){const o=l.distr==3?r=>jt(r>0?r:l.clamp(n,r,l.min,l.max,l.key)):l.distr==4?r=>ms(r,l.asinh):l.distr==100?r=>l.fwd(r):r=>r;return r=>{let a=o(r),{_min:p,_max:m}=l,w=m-p;return(a-p)/w}}function B(l){let o=x[l];if(o==null){let r=(e.scales||on)[l]||on;if(r.from!=null){B(r.from);let a=Me({},x[r.from],r,{key:l});a.valToPct=X(a),x[l]=a}else{o=x[l]=Me({},l==C?Jo:Oc,r),o.key=l;let a=o.time,p=o.range,m=Ut(p);if((l!=C||i==2&&!a)&&(m&&(p[0]==null||p[1]==null)&&(p={min:p[0]==null?Ui:{mode:1,hard:p[0],soft:p[0]},max:p[1]==null?Ui:{mode:1,hard:p[1],soft:p[1]}},m=!1),!m&&Fn(p))){let w=p;p=(v,k,T)=>k==null?jl:An(k,T,w)}o.range=ee(p||(a?Xc:l==C?o.distr==3?tu:o.distr==4?lu:or:o.distr==3?rr:o.distr==4?ar:eu)),o.auto=ee(m?!1:o.auto),o.clamp=ee(o.clamp||Nc),o._min=o._max=null,o.valToPct=X(o)}}}B("x"),B("y"),i==1&&_.forEach(l=>{B(l.scale)}),M.forEach(l=>{B(l.scale)});for(let l in e.scales)B(l);const $=x[C],K=$.distr;let V,I;$.ori==0?(it(d,pa),V=u,I=c):(it(d,ha),V=c,I=u);const N={};for(let l in x){let o=x[l];(o.min!=null||o.max!=null)&&(N[l]={min:o.min,max:o.max},o.min=o.max=null)}const te=e.tzDate||(l=>new Date(Le(l/W))),j=e.fmtDate||Hs,Je=W==1?pc(te):mc(te),_e=no(te,lo(W==1?fc:dc,j)),le=io(te,so(bc,j)),ue=[],Z=n.legend=Me({},_c,e.legend),F=n.cursor=Me({},Tc,{drag:{y:i==2}},e.cursor),Ee=Z.show,Ge=F.show,ve=Z.markers;Z.idxs=ue,ve.width=ee(ve.width),ve.dash=ee(ve.dash),ve.stroke=ee(ve.stroke),ve.fill=ee(ve.fill);let ae,bt,et,ke=[],Tt=[],Vt,ct=!1,Ot={};if(Z.live){const l=_[1]?_[1].values:null;ct=l!=null,Vt=ct?l(n,1,0):{_:0};for(let o in Vt)Ot[o]=Vs}if(Ee)if(ae=xt("table",ka,d),et=xt("tbody",null,ae),Z.mount(n,ae),ct){bt=xt("thead",null,ae,et);let l=xt("tr",null,bt);xt("th",null,l);for(var hl in Vt)xt("th",Ci,l).textContent=hl}else it(ae,$a),Z.live&&it(ae,Sa);const dl={show:!0},Gl={show:!1};function dn(l,o){if(o==0&&(ct||!Z.live||i==2))return jl;let r=[],a=xt("tr",Ta,et,et.childNodes[o]);it(a,l.class),l.show||it(a,al);let p=xt("th",null,a);if(ve.show){let v=mt(Ma,p);if(o>0){let k=ve.width(n,o);k&&(v.style.border=k+"px "+ve.dash(n,o)+" "+ve.stroke(n,o)),v.style.background=ve.fill(n,o)}}let m=mt(Ci,p);l.label instanceof HTMLElement?m.appendChild(l.label):m.textContent=l.label,o>0&&(ve.show||(m.style.color=l.width>0?ve.stroke(n,o):ve.fill(n,o)),Be("click",p,v=>{if(F._lock)return;tl(v);let k=_.indexOf(l);if((v.ctrlKey||v.metaKey)!=Z.isolate){let T=_.some((E,A)=>A>0&&A!=k&&E.show);_.forEach((E,A)=>{A>0&&Dt(A,T?A==k?dl:Gl:dl,!0,Te.setSeries)})}else Dt(k,{show:!l.show},!0,Te.setSeries)},!1),yl&&Be(Ri,p,v=>{F._lock||(tl(v),Dt(_.indexOf(l),Ll,!0,Te.setSeries))},!1));for(var w in Vt){let v=xt("td",Ea,a);v.textContent="--",r.push(v)}return[a,r]}const Jt=new Map;function Be(l,o,r,a=!0){const p=Jt.get(o)||{},m=F.bind[l](n,o,r,a);m&&(cl(l,o,p[l]=m),Jt.set(o,p))}function ml(l,o,r){const a=Jt.get(o)||{};for(let p in a)(l==null||p==l)&&(Ss(p,o,a[p]),delete a[p]);l==null&&Jt.delete(o)}let Ft=0,Zt=0,Y=0,D=0,de=0,De=0,gl=de,Qt=De,Mt=Y,Xt=D,tt=0,ut=0,Ze=0,yt=0;n.bbox={};let Wn=!1,mn=!1,bl=!1,el=!1,gn=!1,ft=!1;function In(l,o,r){(r||l!=n.width||o!=n.height)&&ei(l,o),kl(!1),bl=!0,mn=!0,Sl()}function ei(l,o){n.width=Ft=Y=l,n.height=Zt=D=o,de=De=0,dr(),mr();let r=n.bbox;tt=r.left=ol(de*oe,.5),ut=r.top=ol(De*oe,.5),Ze=r.width=ol(Y*oe,.5),yt=r.height=ol(D*oe,.5)}const fr=3;function pr(){let l=!1,o=0;for(;!l;){o++;let r=Sr(o),a=$r(o);l=o==fr||r&&a,l||(ei(n.width,n.height),mn=!0)}}function hr({width:l,height:o}){In(l,o)}n.setSize=hr;function dr(){let l=!1,o=!1,r=!1,a=!1;M.forEach((p,m)=>{if(p.show&&p._show){let{side:w,_size:v}=p,k=w%2,T=p.label!=null?p.labelSize:0,E=v+T;E>0&&(k?(Y-=E,w==3?(de+=E,a=!0):r=!0):(D-=E,w==0?(De+=E,l=!0):o=!0))}}),ll[0]=l,ll[1]=r,ll[2]=o,ll[3]=a,Y-=Ht[1]+Ht[3],de+=Ht[3],D-=Ht[2]+Ht[0],De+=Ht[0]}function mr(){let l=de+Y,o=De+D,r=de,a=De;function p(m,w){switch(m){case 1:return l+=w,l-w;case 2:return o+=w,o-w;case 3:return r-=w,r+w;case 0:return a-=w,a+w}}M.forEach((m,w)=>{if(m.show&&m._show){let v=m.side;m._pos=p(v,m._size),m.label!=null&&(m._lpos=p(v,m.labelSize))}})}if(F.dataIdx==null){let l=F.hover,o=l.skip=new Set(l.skip??[]);o.add(void 0);let r=l.prox=ee(l.prox),a=l.bias??=0;F.dataIdx=(p,m,w,v)=>{if(m==0)return w;let k=w,T=r(p,m,w,v)??pe,E=T>=0&&T<pe,A=$.ori==0?Y:D,G=F.left,ie=t[0],ne=t[m];if(o.has(ne[w])){k=null;let Q=null,H=null,R;if(a==0||a==-1)for(R=w;Q==null&&R-- >0;)o.has(ne[R])||(Q=R);if(a==0||a==1)for(R=w;H==null&&R++<ne.length;)o.has(ne[R])||(H=R);if(Q!=null||H!=null)if(E){let ye=Q==null?-1/0:V(ie[Q],$,A,0),Se=H==null?1/0:V(ie[H],$,A,0),je=G-ye,fe=Se-G;je<=fe?je<=T&&(k=Q):fe<=T&&(k=H)}else k=H==null?Q:Q==null?H:w-Q<=H-w?Q:H}else E&&Ae(G-V(ie[w],$,A,0))>T&&(k=null);return k}}const tl=l=>{F.event=l};F.idxs=ue,F._lock=!1;let We=F.points;We.show=ee(We.show),We.size=ee(We.size),We.stroke=ee(We.stroke),We.width=ee(We.width),We.fill=ee(We.fill);const Et=n.focus=Me({},e.focus||{alpha:.3},F.focus),yl=Et.prox>=0,wl=yl&&We.one;let pt=[],_l=[],vl=[];function ti(l,o){let r=We.show(n,o);if(r instanceof HTMLElement)return it(r,xa),it(r,l.class),Ct(r,-10,-10,Y,D),L.insertBefore(r,pt[o]),r}function li(l,o){if(i==1||o>0){let r=i==1&&x[l.scale].time,a=l.value;l.value=r?Qi(a)?io(te,so(a,j)):a||le:a||Fc,l.label=l.label||(r?Ec:Mc)}if(wl||o>0){l.width=l.width==null?1:l.width,l.paths=l.paths||Jc||Oa,l.fillTo=ee(l.fillTo||Hc),l.pxAlign=+se(l.pxAlign,z),l.pxRound=mo(l.pxAlign),l.stroke=ee(l.stroke||null),l.fill=ee(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let r=Rc(qe(1,l.width),1),a=l.points=Me({},{size:r,width:qe(1,r*.2),stroke:l.stroke,space:r*2,paths:Zc,_stroke:null,_fill:null},l.points);a.show=ee(a.show),a.filter=ee(a.filter),a.fill=ee(a.fill),a.stroke=ee(a.stroke),a.paths=ee(a.paths),a.pxAlign=l.pxAlign}if(Ee){let r=dn(l,o);ke.splice(o,0,r[0]),Tt.splice(o,0,r[1]),Z.values.push(null)}if(Ge){ue.splice(o,0,null);let r=null;wl?o==0&&(r=ti(l,o)):o>0&&(r=ti(l,o)),pt.splice(o,0,r),_l.splice(o,0,0),vl.splice(o,0,0)}Re("addSeries",o)}function gr(l,o){o=o??_.length,l=i==1?Ls(l,o,ro,po):Ls(l,o,{},fo),_.splice(o,0,l),li(_[o],o)}n.addSeries=gr;function br(l){if(_.splice(l,1),Ee){Z.values.splice(l,1),Tt.splice(l,1);let o=ke.splice(l,1)[0];ml(null,o.firstChild),o.remove()}Ge&&(ue.splice(l,1),pt.splice(l,1)[0].remove(),_l.splice(l,1),vl.splice(l,1)),Re("delSeries",l)}n.delSeries=br;const ll=[!1,!1,!1,!1];function yr(l,o){if(l._show=l.show,l.show){let r=l.side%2,a=x[l.scale];a==null&&(l.scale=r?_[1].scale:C,a=x[l.scale]);let p=a.time;l.size=ee(l.size),l.space=ee(l.space),l.rotate=ee(l.rotate),Ut(l.incrs)&&l.incrs.forEach(w=>{!Kt.has(w)&&Kt.set(w,Ao(w))}),l.incrs=ee(l.incrs||(a.distr==2?ac:p?W==1?uc:hc:rl)),l.splits=ee(l.splits||(p&&a.distr==1?Je:a.distr==3?Ts:a.distr==4?Ac:Lc)),l.stroke=ee(l.stroke),l.grid.stroke=ee(l.grid.stroke),l.ticks.stroke=ee(l.ticks.stroke),l.border.stroke=ee(l.border.stroke);let m=l.values;l.values=Ut(m)&&!Ut(m[0])?ee(m):p?Ut(m)?no(te,lo(m,j)):Qi(m)?gc(te,m):m||_e:m||Dc,l.filter=ee(l.filter||(a.distr>=3&&a.log==10?zc:a.distr==3&&a.log==2?Vc:Do)),l.font=wo(l.font),l.labelFont=wo(l.labelFont),l._size=l.size(n,null,o,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(ll[o]=!0,l._el=mt(ya,y))}}function Bl(l,o,r,a){let[p,m,w,v]=r,k=o%2,T=0;return k==0&&(v||m)&&(T=o==0&&!p||o==2&&!w?Le(oo.size/3):0),k==1&&(p||w)&&(T=o==1&&!m||o==3&&!v?Le(co.size/2):0),T}const ni=n.padding=(e.padding||[Bl,Bl,Bl,Bl]).map(l=>ee(se(l,Bl))),Ht=n._padding=ni.map((l,o)=>l(n,o,ll,0));let Ne,Ce=null,ze=null;const bn=i==1?_[0].idxs:null;let wt=null,Ul=!1;function si(l,o){if(t=l??[],n.data=n._data=t,i==2){Ne=0;for(let r=1;r<_.length;r++)Ne+=t[r][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),wt=t[0],Ne=wt.length;let r=t;if(K==2){r=t.slice();let a=r[0]=Array(Ne);for(let p=0;p<Ne;p++)a[p]=p}n._data=t=r}if(kl(!0),Re("setData"),K==2&&(bl=!0),o!==!1){let r=$;r.auto(n,Ul)?Gn():It(C,r.min,r.max),el=el||F.left>=0,ft=!0,Sl()}}n.setData=si;function Gn(){Ul=!0;let l,o;i==1&&(Ne>0?(Ce=bn[0]=0,ze=bn[1]=Ne-1,l=t[0][Ce],o=t[0][ze],K==2?(l=Ce,o=ze):l==o&&(K==3?[l,o]=zn(l,l,$.log,!1):K==4?[l,o]=Rs(l,l,$.log,!1):$.time?o=l+Le(86400/W):[l,o]=An(l,o,js,!0))):(Ce=bn[0]=l=null,ze=bn[1]=o=null)),It(C,l,o)}let yn,xl,Bn,Un,Yn,Kn,qn,Jn,Zn,Qe;function ii(l,o,r,a,p,m){l??=Vi,r??=Os,a??="butt",p??=Vi,m??="round",l!=yn&&(g.strokeStyle=yn=l),p!=xl&&(g.fillStyle=xl=p),o!=Bn&&(g.lineWidth=Bn=o),m!=Yn&&(g.lineJoin=Yn=m),a!=Kn&&(g.lineCap=Kn=a),r!=Un&&g.setLineDash(Un=r)}function oi(l,o,r,a){o!=xl&&(g.fillStyle=xl=o),l!=qn&&(g.font=qn=l),r!=Jn&&(g.textAlign=Jn=r),a!=Zn&&(g.textBaseline=Zn=a)}function Qn(l,o,r,a,p=0){if(a.length>0&&l.auto(n,Ul)&&(o==null||o.min==null)){let m=se(Ce,0),w=se(ze,a.length-1),v=r.min==null?za(a,m,w,p,l.distr==3):[r.min,r.max];l.min=St(l.min,r.min=v[0]),l.max=qe(l.max,r.max=v[1])}}const ri={min:null,max:null};function wr(){for(let a in x){let p=x[a];N[a]==null&&(p.min==null||N[C]!=null&&p.auto(n,Ul))&&(N[a]=ri)}for(let a in x){let p=x[a];N[a]==null&&p.from!=null&&N[p.from]!=null&&(N[a]=ri)}N[C]!=null&&kl(!0);let l={};for(let a in N){let p=N[a];if(p!=null){let m=l[a]=Nl(x[a],Ia);if(p.min!=null)Me(m,p);else if(a!=C||i==2)if(Ne==0&&m.from==null){let w=m.range(n,null,null,a);m.min=w[0],m.max=w[1]}else m.min=pe,m.max=-pe}}if(Ne>0){_.forEach((a,p)=>{if(i==1){let m=a.scale,w=N[m];if(w==null)return;let v=l[m];if(p==0){let k=v.range(n,v.min,v.max,m);v.min=k[0],v.max=k[1],Ce=kt(v.min,t[0]),ze=kt(v.max,t[0]),ze-Ce>1&&(t[0][Ce]<v.min&&Ce++,t[0][ze]>v.max&&ze--),a.min=wt[Ce],a.max=wt[ze]}else a.show&&a.auto&&Qn(v,w,a,t[p],a.sorted);a.idxs[0]=Ce,a.idxs[1]=ze}else if(p>0&&a.show&&a.auto){let[m,w]=a.facets,v=m.scale,k=w.scale,[T,E]=t[p],A=l[v],G=l[k];A!=null&&Qn(A,N[v],m,T,m.sorted),G!=null&&Qn(G,N[k],w,E,w.sorted),a.min=w.min,a.max=w.max}});for(let a in l){let p=l[a],m=N[a];if(p.from==null&&(m==null||m.min==null)){let w=p.range(n,p.min==pe?null:p.min,p.max==-pe?null:p.max,a);p.min=w[0],p.max=w[1]}}}for(let a in l){let p=l[a];if(p.from!=null){let m=l[p.from];if(m.min==null)p.min=p.max=null;else{let w=p.range(n,m.min,m.max,a);p.min=w[0],p.max=w[1]}}}let o={},r=!1;for(let a in l){let p=l[a],m=x[a];if(m.min!=p.min||m.max!=p.max){m.min=p.min,m.max=p.max;let w=m.distr;m._min=w==3?jt(m.min):w==4?ms(m.min,m.asinh):w==100?m.fwd(m.min):m.min,m._max=w==3?jt(m.max):w==4?ms(m.max,m.asinh):w==100?m.fwd(m.max):m.max,o[a]=r=!0}}if(r){_.forEach((a,p)=>{i==2?p>0&&o.y&&(a._paths=null):o[a.scale]&&(a._paths=null)});for(let a in o)bl=!0,Re("setScale",a);Ge&&F.left>=0&&(el=ft=!0)}for(let a in N)N[a]=null}function _r(l){let o=$s(Ce-1,0,Ne-1),r=$s(ze+1,0,Ne-1);for(;l[o]==null&&o>0;)o--;for(;l[r]==null&&r<Ne-1;)r++;return[o,r]}function vr(){if(Ne>0){let l=_.some(o=>o._focus)&&Qe!=Et.alpha;l&&(g.globalAlpha=Qe=Et.alpha),_.forEach((o,r)=>{if(r>0&&o.show&&(ai(r,!1),ai(r,!0),o._paths==null)){let a=Qe;Qe!=o.alpha&&(g.globalAlpha=Qe=o.alpha);let p=i==2?[0,t[r][0].length-1]:_r(t[r]);o._paths=o.paths(n,r,p[0],p[1]),Qe!=a&&(g.globalAlpha=Qe=a)}}),_.forEach((o,r)=>{if(r>0&&o.show){let a=Qe;Qe!=o.alpha&&(g.globalAlpha=Qe=o.alpha),o._paths!=null&&ci(r,!1);{let p=o._paths!=null?o._paths.gaps:null,m=o.points.show(n,r,Ce,ze,p),w=o.points.filter(n,r,m,p);(m||w)&&(o.points._paths=o.points.paths(n,r,Ce,ze,w),ci(r,!0))}Qe!=a&&(g.globalAlpha=Qe=a),Re("drawSeries",r)}}),l&&(g.globalAlpha=Qe=1)}}function ai(l,o){let r=o?_[l].points:_[l];r._stroke=r.stroke(n,l),r._fill=r.fill(n,l)}function ci(l,o){let r=o?_[l].points:_[l],{stroke:a,fill:p,clip:m,flags:w,_stroke:v=r._stroke,_fill:k=r._fill,_width:T=r.width}=r._paths;T=he(T*oe,3);let E=null,A=T%2/2;o&&k==null&&(k=T>0?"#fff":v);let G=r.pxAlign==1&&A>0;if(G&&g.translate(A,A),!o){let ie=tt-T/2,ne=ut-T/2,Q=Ze+T,H=yt+T;E=new Path2D,E.rect(ie,ne,Q,H)}o?Xn(v,T,r.dash,r.cap,k,a,p,w,m):xr(l,v,T,r.dash,r.cap,k,a,p,w,E,m),G&&g.translate(-A,-A)}function xr(l,o,r,a,p,m,w,v,k,T,E){let A=!1;k!=0&&q.forEach((G,ie)=>{if(G.series[0]==l){let ne=_[G.series[1]],Q=t[G.series[1]],H=(ne._paths||on).band;Ut(H)&&(H=G.dir==1?H[0]:H[1]);let R,ye=null;ne.show&&H&&Fa(Q,Ce,ze)?(ye=G.fill(n,ie)||m,R=ne._paths.clip):H=null,Xn(o,r,a,p,ye,w,v,k,T,E,R,H),A=!0}}),A||Xn(o,r,a,p,m,w,v,k,T,E)}const ui=Ol|Es;function Xn(l,o,r,a,p,m,w,v,k,T,E,A){ii(l,o,r,a,p),(k||T||A)&&(g.save(),k&&g.clip(k),T&&g.clip(T)),A?(v&ui)==ui?(g.clip(A),E&&g.clip(E),_n(p,w),wn(l,m,o)):v&Es?(_n(p,w),g.clip(A),wn(l,m,o)):v&Ol&&(g.save(),g.clip(A),E&&g.clip(E),_n(p,w),g.restore(),wn(l,m,o)):(_n(p,w),wn(l,m,o)),(k||T||A)&&g.restore()}function wn(l,o,r){r>0&&(o instanceof Map?o.forEach((a,p)=>{g.strokeStyle=yn=p,g.stroke(a)}):o!=null&&l&&g.stroke(o))}function _n(l,o){o instanceof Map?o.forEach((r,a)=>{g.fillStyle=xl=a,g.fill(r)}):o!=null&&l&&g.fill(o)}function kr(l,o,r,a){let p=M[l],m;if(a<=0)m=[0,0];else{let w=p._space=p.space(n,l,o,r,a),v=p._incrs=p.incrs(n,l,o,r,a,w);m=nu(o,r,v,a,w)}return p._found=m}function es(l,o,r,a,p,m,w,v,k,T){let E=w%2/2;z==1&&g.translate(E,E),ii(v,w,k,T,v),g.beginPath();let A,G,ie,ne,Q=p+(a==0||a==3?-m:m);r==0?(G=p,ne=Q):(A=p,ie=Q);for(let H=0;H<l.length;H++)o[H]!=null&&(r==0?A=ie=l[H]:G=ne=l[H],g.moveTo(A,G),g.lineTo(ie,ne));g.stroke(),z==1&&g.translate(-E,-E)}function Sr(l){let o=!0;return M.forEach((r,a)=>{if(!r.show)return;let p=x[r.scale];if(p.min==null){r._show&&(o=!1,r._show=!1,kl(!1));return}else r._show||(o=!1,r._show=!0,kl(!1));let m=r.side,w=m%2,{min:v,max:k}=p,[T,E]=kr(a,v,k,w==0?Y:D);if(E==0)return;let A=p.distr==2,G=r._splits=r.splits(n,a,v,k,T,E,A),ie=p.distr==2?G.map(R=>wt[R]):G,ne=p.distr==2?wt[G[1]]-wt[G[0]]:T,Q=r._values=r.values(n,r.filter(n,ie,a,E,ne),a,E,ne);r._rotate=m==2?r.rotate(n,Q,a,E):0;let H=r._size;r._size=gt(r.size(n,Q,a,l)),H!=null&&r._size!=H&&(o=!1)}),o}function $r(l){let o=!0;return ni.forEach((r,a)=>{let p=r(n,a,ll,l);p!=Ht[a]&&(o=!1),Ht[a]=p}),o}function Tr(){for(let l=0;l<M.length;l++){let o=M[l];if(!o.show||!o._show)continue;let r=o.side,a=r%2,p,m,w=o.stroke(n,l),v=r==0||r==3?-1:1,[k,T]=o._found;if(o.label!=null){let Ye=o.labelGap*v,st=Le((o._lpos+Ye)*oe);oi(o.labelFont[0],w,"center",r==2?Xl:zi),g.save(),a==1?(p=m=0,g.translate(st,Le(ut+yt/2)),g.rotate((r==3?-Dn:Dn)/2)):(p=Le(tt+Ze/2),m=st);let il=Mo(o.label)?o.label(n,l,k,T):o.label;g.fillText(il,p,m),g.restore()}if(T==0)continue;let E=x[o.scale],A=a==0?Ze:yt,G=a==0?tt:ut,ie=o._splits,ne=E.distr==2?ie.map(Ye=>wt[Ye]):ie,Q=E.distr==2?wt[ie[1]]-wt[ie[0]]:k,H=o.ticks,R=o.border,ye=H.show?H.size:0,Se=Le(ye*oe),je=Le((o.alignTo==2?o._size-ye-o.gap:o.gap)*oe),fe=o._rotate*-Dn/180,$e=O(o._pos*oe),lt=(Se+je)*v,Ue=$e+lt;m=a==0?Ue:0,p=a==1?Ue:0;let ht=o.font[0],_t=o.align==1?Pl:o.align==2?ps:fe>0?Pl:fe<0?ps:a==0?"center":r==3?ps:Pl,At=fe||a==1?"middle":r==2?Xl:zi;oi(ht,w,_t,At);let nt=o.font[1]*o.lineGap,dt=ie.map(Ye=>O(h(Ye,E,A,G))),vt=o._values;for(let Ye=0;Ye<vt.length;Ye++){let st=vt[Ye];if(st!=null){a==0?p=dt[Ye]:m=dt[Ye],st=""+st;let il=st.indexOf(`
`)==-1?[st]:st.split(/\n/gm);for(let Ke=0;Ke<il.length;Ke++){let Di=il[Ke];fe?(g.save(),g.translate(p,m+Ke*nt),g.rotate(fe),g.fillText(Di,0,0),g.restore()):g.fillText(Di,p,m+Ke*nt)}}}H.show&&es(dt,H.filter(n,ne,l,T,Q),a,r,$e,Se,he(H.width*oe,3),H.stroke(n,l),H.dash,H.cap);let Pt=o.grid;Pt.show&&es(dt,Pt.filter(n,ne,l,T,Q),a,a==0?2:1,a==0?ut:tt,a==0?yt:Ze,he(Pt.width*oe,3),Pt.stroke(n,l),Pt.dash,Pt.cap),R.show&&es([$e],[1],a==0?1:0,a==0?1:2,a==1?ut:tt,a==1?yt:Ze,he(R.width*oe,3),R.stroke(n,l),R.dash,R.cap)}Re("drawAxes")}function kl(l){_.forEach((o,r)=>{r>0&&(o._paths=null,l&&(i==1?(o.min=null,o.max=null):o.facets.forEach(a=>{a.min=null,a.max=null})))})}let vn=!1,ts=!1,Yl=[];function Mr(){ts=!1;for(let l=0;l<Yl.length;l++)Re(...Yl[l]);Yl.length=0}function Sl(){vn||(Ja(fi),vn=!0)}function Er(l,o=!1){vn=!0,ts=o,l(n),fi(),o&&Yl.length>0&&queueMicrotask(Mr)}n.batch=Er;function fi(){if(Wn&&(wr(),Wn=!1),bl&&(pr(),bl=!1),mn){if(we(P,Pl,de),we(P,Xl,De),we(P,tn,Y),we(P,ln,D),we(L,Pl,de),we(L,Xl,De),we(L,tn,Y),we(L,ln,D),we(y,tn,Ft),we(y,ln,Zt),b.width=Le(Ft*oe),b.height=Le(Zt*oe),M.forEach(({_el:l,_show:o,_size:r,_pos:a,side:p})=>{if(l!=null)if(o){let m=p===3||p===0?r:0,w=p%2==1;we(l,w?"left":"top",a-m),we(l,w?"width":"height",r),we(l,w?"top":"left",w?De:de),we(l,w?"height":"width",w?D:Y),ks(l,al)}else it(l,al)}),yn=xl=Bn=Yn=Kn=qn=Jn=Zn=Un=null,Qe=1,Jl(!0),de!=gl||De!=Qt||Y!=Mt||D!=Xt){kl(!1);let l=Y/Mt,o=D/Xt;if(Ge&&!el&&F.left>=0){F.left*=l,F.top*=o,$l&&Ct($l,Le(F.left),0,Y,D),Tl&&Ct(Tl,0,Le(F.top),Y,D);for(let r=0;r<pt.length;r++){let a=pt[r];a!=null&&(_l[r]*=l,vl[r]*=o,Ct(a,gt(_l[r]),gt(vl[r]),Y,D))}}if(be.show&&!gn&&be.left>=0&&be.width>0){be.left*=l,be.width*=l,be.top*=o,be.height*=o;for(let r in rs)we(Dl,r,be[r])}gl=de,Qt=De,Mt=Y,Xt=D}Re("setSize"),mn=!1}Ft>0&&Zt>0&&(g.clearRect(0,0,b.width,b.height),Re("drawClear"),U.forEach(l=>l()),Re("draw")),be.show&&gn&&(xn(be),gn=!1),Ge&&el&&(sl(null,!0,!1),el=!1),Z.show&&Z.live&&ft&&(is(),ft=!1),f||(f=!0,n.status=1,Re("ready")),Ul=!1,vn=!1}n.redraw=(l,o)=>{bl=o||!1,l!==!1?It(C,$.min,$.max):Sl()};function ls(l,o){let r=x[l];if(r.from==null){if(Ne==0){let a=r.range(n,o.min,o.max,l);o.min=a[0],o.max=a[1]}if(o.min>o.max){let a=o.min;o.min=o.max,o.max=a}if(Ne>1&&o.min!=null&&o.max!=null&&o.max-o.min<1e-16)return;l==C&&r.distr==2&&Ne>0&&(o.min=kt(o.min,t[0]),o.max=kt(o.max,t[0]),o.min==o.max&&o.max++),N[l]=o,Wn=!0,Sl()}}n.setScale=ls;let ns,ss,$l,Tl,pi,hi,Ml,El,di,mi,ge,xe,Wt=!1;const Oe=F.drag;let Ve=Oe.x,Fe=Oe.y;Ge&&(F.x&&(ns=mt(_a,L)),F.y&&(ss=mt(va,L)),$.ori==0?($l=ns,Tl=ss):($l=ss,Tl=ns),ge=F.left,xe=F.top);const be=n.select=Me({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Dl=be.show?mt(wa,be.over?L:P):null;function xn(l,o){if(be.show){for(let r in l)be[r]=l[r],r in rs&&we(Dl,r,l[r]);o!==!1&&Re("setSelect")}}n.setSelect=xn;function Dr(l){if(_[l].show)Ee&&ks(ke[l],al);else if(Ee&&it(ke[l],al),Ge){let r=wl?pt[0]:pt[l];r!=null&&Ct(r,-10,-10,Y,D)}}function It(l,o,r){ls(l,{min:o,max:r})}function Dt(l,o,r,a){o.focus!=null&&zr(l),o.show!=null&&_.forEach((p,m)=>{m>0&&(l==m||l==null)&&(p.show=o.show,Dr(m),i==2?(It(p.facets[0].scale,null,null),It(p.facets[1].scale,null,null)):It(p.scale,null,null),Sl())}),r!==!1&&Re("setSeries",l,o),a&&Zl("setSeries",n,l,o)}n.setSeries=Dt;function Lr(l,o){Me(q[l],o)}function Ar(l,o){l.fill=ee(l.fill||null),l.dir=se(l.dir,-1),o=o??q.length,q.splice(o,0,l)}function Pr(l){l==null?q.length=0:q.splice(l,1)}n.addBand=Ar,n.setBand=Lr,n.delBand=Pr;function Cr(l,o){_[l].alpha=o,Ge&&pt[l]!=null&&(pt[l].style.opacity=o),Ee&&ke[l]&&(ke[l].style.opacity=o)}let Rt,Gt,nl;const Ll={focus:!0};function zr(l){if(l!=nl){let o=l==null,r=Et.alpha!=1;_.forEach((a,p)=>{if(i==1||p>0){let m=o||p==0||p==l;a._focus=o?null:m,r&&Cr(p,m?1:Et.alpha)}}),nl=l,r&&Sl()}}Ee&&yl&&Be(ji,ae,l=>{F._lock||(tl(l),nl!=null&&Dt(null,Ll,!0,Te.setSeries))});function Lt(l,o,r){let a=x[o];r&&(l=l/oe-(a.ori==1?De:de));let p=Y;a.ori==1&&(p=D,l=p-l),a.dir==-1&&(l=p-l);let m=a._min,w=a._max,v=l/p,k=m+(w-m)*v,T=a.distr;return T==3?Rl(10,k):T==4?ja(k,a.asinh):T==100?a.bwd(k):k}function Vr(l,o){let r=Lt(l,C,o);return kt(r,t[0],Ce,ze)}n.valToIdx=l=>kt(l,t[0]),n.posToIdx=Vr,n.posToVal=Lt,n.valToPos=(l,o,r)=>x[o].ori==0?u(l,x[o],r?Ze:Y,r?tt:0):c(l,x[o],r?yt:D,r?ut:0),n.setCursor=(l,o,r)=>{ge=l.left,xe=l.top,sl(null,o,r)};function gi(l,o){we(Dl,Pl,be.left=l),we(Dl,tn,be.width=o)}function bi(l,o){we(Dl,Xl,be.top=l),we(Dl,ln,be.height=o)}let Kl=$.ori==0?gi:bi,ql=$.ori==1?gi:bi;function Fr(){if(Ee&&Z.live)for(let l=i==2?1:0;l<_.length;l++){if(l==0&&ct)continue;let o=Z.values[l],r=0;for(let a in o)Tt[l][r++].firstChild.nodeValue=o[a]}}function is(l,o){if(l!=null&&(l.idxs?l.idxs.forEach((r,a)=>{ue[a]=r}):Wa(l.idx)||ue.fill(l.idx),Z.idx=ue[0]),Ee&&Z.live){for(let r=0;r<_.length;r++)(r>0||i==1&&!ct)&&Rr(r,ue[r]);Fr()}ft=!1,o!==!1&&Re("setLegend")}n.setLegend=is;function Rr(l,o){let r=_[l],a=l==0&&K==2?wt:t[l],p;ct?p=r.values(n,l,o)??Ot:(p=r.value(n,o==null?null:a[o],l,o),p=p==null?Ot:{_:p}),Z.values[l]=p}function sl(l,o,r){di=ge,mi=xe,[ge,xe]=F.move(n,ge,xe),F.left=ge,F.top=xe,Ge&&($l&&Ct($l,Le(ge),0,Y,D),Tl&&Ct(Tl,0,Le(xe),Y,D));let a,p=Ce>ze;Rt=pe,Gt=null;let m=$.ori==0?Y:D,w=$.ori==1?Y:D;if(ge<0||Ne==0||p){a=F.idx=null;for(let v=0;v<_.length;v++){let k=pt[v];k!=null&&Ct(k,-10,-10,Y,D)}yl&&Dt(null,Ll,!0,l==null&&Te.setSeries),Z.live&&(ue.fill(a),ft=!0)}else{let v,k,T;i==1&&(v=$.ori==0?ge:xe,k=Lt(v,C),a=F.idx=kt(k,t[0],Ce,ze),T=V(t[0][a],$,m,0));let E=-10,A=-10,G=0,ie=0,ne=!0,Q="",H="";for(let R=i==2?1:0;R<_.length;R++){let ye=_[R],Se=ue[R],je=Se==null?null:i==1?t[R][Se]:t[R][1][Se],fe=F.dataIdx(n,R,a,k),$e=fe==null?null:i==1?t[R][fe]:t[R][1][fe];if(ft=ft||$e!=je||fe!=Se,ue[R]=fe,R>0&&ye.show){let lt=fe==null?-10:fe==a?T:V(i==1?t[0][fe]:t[R][0][fe],$,m,0),Ue=$e==null?-10:I($e,i==1?x[ye.scale]:x[ye.facets[1].scale],w,0);if(yl&&$e!=null){let ht=$.ori==1?ge:xe,_t=Ae(Et.dist(n,R,fe,Ue,ht));if(_t<Rt){let At=Et.bias;if(At!=0){let nt=Lt(ht,ye.scale),dt=$e>=0?1:-1,vt=nt>=0?1:-1;vt==dt&&(vt==1?At==1?$e>=nt:$e<=nt:At==1?$e<=nt:$e>=nt)&&(Rt=_t,Gt=R)}else Rt=_t,Gt=R}}if(ft||wl){let ht,_t;$.ori==0?(ht=lt,_t=Ue):(ht=Ue,_t=lt);let At,nt,dt,vt,Pt,Ye,st=!0,il=We.bbox;if(il!=null){st=!1;let Ke=il(n,R);dt=Ke.left,vt=Ke.top,At=Ke.width,nt=Ke.height}else dt=ht,vt=_t,At=nt=We.size(n,R);if(Ye=We.fill(n,R),Pt=We.stroke(n,R),wl)R==Gt&&Rt<=Et.prox&&(E=dt,A=vt,G=At,ie=nt,ne=st,Q=Ye,H=Pt);else{let Ke=pt[R];Ke!=null&&(_l[R]=dt,vl[R]=vt,Bi(Ke,At,nt,st),Ii(Ke,Ye,Pt),Ct(Ke,gt(dt),gt(vt),Y,D))}}}}if(wl){let R=Et.prox,ye=nl==null?Rt<=R:Rt>R||Gt!=nl;if(ft||ye){let Se=pt[0];Se!=null&&(_l[0]=E,vl[0]=A,Bi(Se,G,ie,ne),Ii(Se,Q,H),Ct(Se,gt(E),gt(A),Y,D))}}}if(be.show&&Wt)if(l!=null){let[v,k]=Te.scales,[T,E]=Te.match,[A,G]=l.cursor.sync.scales,ie=l.cursor.drag;if(Ve=ie._x,Fe=ie._y,Ve||Fe){let{left:ne,top:Q,width:H,height:R}=l.select,ye=l.scales[A].ori,Se=l.posToVal,je,fe,$e,lt,Ue,ht=v!=null&&T(v,A),_t=k!=null&&E(k,G);ht&&Ve?(ye==0?(je=ne,fe=H):(je=Q,fe=R),$e=x[v],lt=V(Se(je,A),$e,m,0),Ue=V(Se(je+fe,A),$e,m,0),Kl(St(lt,Ue),Ae(Ue-lt))):Kl(0,m),_t&&Fe?(ye==1?(je=ne,fe=H):(je=Q,fe=R),$e=x[k],lt=I(Se(je,G),$e,w,0),Ue=I(Se(je+fe,G),$e,w,0),ql(St(lt,Ue),Ae(Ue-lt))):ql(0,w)}else as()}else{let v=Ae(di-pi),k=Ae(mi-hi);if($.ori==1){let G=v;v=k,k=G}Ve=Oe.x&&v>=Oe.dist,Fe=Oe.y&&k>=Oe.dist;let T=Oe.uni;T!=null?Ve&&Fe&&(Ve=v>=T,Fe=k>=T,!Ve&&!Fe&&(k>v?Fe=!0:Ve=!0)):Oe.x&&Oe.y&&(Ve||Fe)&&(Ve=Fe=!0);let E,A;Ve&&($.ori==0?(E=Ml,A=ge):(E=El,A=xe),Kl(St(E,A),Ae(A-E)),Fe||ql(0,w)),Fe&&($.ori==1?(E=Ml,A=ge):(E=El,A=xe),ql(St(E,A),Ae(A-E)),Ve||Kl(0,m)),!Ve&&!Fe&&(Kl(0,0),ql(0,0))}if(Oe._x=Ve,Oe._y=Fe,l==null){if(r){if(Ei!=null){let[v,k]=Te.scales;Te.values[0]=v!=null?Lt($.ori==0?ge:xe,v):null,Te.values[1]=k!=null?Lt($.ori==1?ge:xe,k):null}Zl(hs,n,ge,xe,Y,D,a)}if(yl){let v=r&&Te.setSeries,k=Et.prox;nl==null?Rt<=k&&Dt(Gt,Ll,!0,v):Rt>k?Dt(null,Ll,!0,v):Gt!=nl&&Dt(Gt,Ll,!0,v)}}ft&&(Z.idx=a,is()),o!==!1&&Re("setCursor")}let Bt=null;Object.defineProperty(n,"rect",{get(){return Bt==null&&Jl(!1),Bt}});function Jl(l=!1){l?Bt=null:(Bt=L.getBoundingClientRect(),Re("syncRect",Bt))}function yi(l,o,r,a,p,m,w){F._lock||Wt&&l!=null&&l.movementX==0&&l.movementY==0||(os(l,o,r,a,p,m,w,!1,l!=null),l!=null?sl(null,!0,!0):sl(o,!0,!1))}function os(l,o,r,a,p,m,w,v,k){if(Bt==null&&Jl(!1),tl(l),l!=null)r=l.clientX-Bt.left,a=l.clientY-Bt.top;else{if(r<0||a<0){ge=-10,xe=-10;return}let[T,E]=Te.scales,A=o.cursor.sync,[G,ie]=A.values,[ne,Q]=A.scales,[H,R]=Te.match,ye=o.axes[0].side%2==1,Se=$.ori==0?Y:D,je=$.ori==1?Y:D,fe=ye?m:p,$e=ye?p:m,lt=ye?a:r,Ue=ye?r:a;if(ne!=null?r=H(T,ne)?h(G,x[T],Se,0):-10:r=Se*(lt/fe),Q!=null?a=R(E,Q)?h(ie,x[E],je,0):-10:a=je*(Ue/$e),$.ori==1){let ht=r;r=a,a=ht}}k&&(o==null||o.cursor.event.type==hs)&&((r<=1||r>=Y-1)&&(r=ol(r,Y)),(a<=1||a>=D-1)&&(a=ol(a,D))),v?(pi=r,hi=a,[Ml,El]=F.move(n,r,a)):(ge=r,xe=a)}const rs={width:0,height:0,left:0,top:0};function as(){xn(rs,!1)}let wi,_i,vi,xi;function ki(l,o,r,a,p,m,w){Wt=!0,Ve=Fe=Oe._x=Oe._y=!1,os(l,o,r,a,p,m,w,!0,!1),l!=null&&(Be(ds,vs,Si,!1),Zl(Fi,n,Ml,El,Y,D,null));let{left:v,top:k,width:T,height:E}=be;wi=v,_i=k,vi=T,xi=E}function Si(l,o,r,a,p,m,w){Wt=Oe._x=Oe._y=!1,os(l,o,r,a,p,m,w,!1,!0);let{left:v,top:k,width:T,height:E}=be,A=T>0||E>0,G=wi!=v||_i!=k||vi!=T||xi!=E;if(A&&G&&xn(be),Oe.setScale&&A&&G){let ie=v,ne=T,Q=k,H=E;if($.ori==1&&(ie=k,ne=E,Q=v,H=T),Ve&&It(C,Lt(ie,C),Lt(ie+ne,C)),Fe)for(let R in x){let ye=x[R];R!=C&&ye.from==null&&ye.min!=pe&&It(R,Lt(Q+H,R),Lt(Q,R))}as()}else F.lock&&(F._lock=!F._lock,sl(o,!0,l!=null));l!=null&&(ml(ds,vs),Zl(ds,n,ge,xe,Y,D,null))}function jr(l,o,r,a,p,m,w){if(F._lock)return;tl(l);let v=Wt;if(Wt){let k=!0,T=!0,E=10,A,G;$.ori==0?(A=Ve,G=Fe):(A=Fe,G=Ve),A&&G&&(k=ge<=E||ge>=Y-E,T=xe<=E||xe>=D-E),A&&k&&(ge=ge<Ml?0:Y),G&&T&&(xe=xe<El?0:D),sl(null,!0,!0),Wt=!1}ge=-10,xe=-10,ue.fill(null),sl(null,!0,!0),v&&(Wt=v)}function $i(l,o,r,a,p,m,w){F._lock||(tl(l),Gn(),as(),l!=null&&Zl(Ni,n,ge,xe,Y,D,null))}function Ti(){M.forEach(su),In(n.width,n.height,!0)}cl(Ln,zl,Ti);const Al={};Al.mousedown=ki,Al.mousemove=yi,Al.mouseup=Si,Al.dblclick=$i,Al.setSeries=(l,o,r,a)=>{let p=Te.match[2];r=p(n,o,r),r!=-1&&Dt(r,a,!0,!1)},Ge&&(Be(Fi,L,ki),Be(hs,L,yi),Be(Ri,L,l=>{tl(l),Jl(!1)}),Be(ji,L,jr),Be(Ni,L,$i),Ds.add(n),n.syncRect=Jl);const kn=n.hooks=e.hooks||{};function Re(l,o,r){ts?Yl.push([l,o,r]):l in kn&&kn[l].forEach(a=>{a.call(null,n,o,r)})}(e.plugins||[]).forEach(l=>{for(let o in l.hooks)kn[o]=(kn[o]||[]).concat(l.hooks[o])});const Mi=(l,o,r)=>r,Te=Me({key:null,setSeries:!1,filters:{pub:Ji,sub:Ji},scales:[C,_[1]?_[1].scale:null],match:[Zi,Zi,Mi],values:[null,null]},F.sync);Te.match.length==2&&Te.match.push(Mi),F.sync=Te;const Ei=Te.key,cs=Zo(Ei);function Zl(l,o,r,a,p,m,w){Te.filters.pub(l,o,r,a,p,m,w)&&cs.pub(l,o,r,a,p,m,w)}cs.sub(n);function Nr(l,o,r,a,p,m,w){Te.filters.sub(l,o,r,a,p,m,w)&&Al[l](null,o,r,a,p,m,w)}n.pub=Nr;function Or(){cs.unsub(n),Ds.delete(n),Jt.clear(),Ss(Ln,zl,Ti),d.remove(),ae?.remove(),Re("destroy")}n.destroy=Or;function us(){Re("init",e,t),si(t||e.data,!1),N[C]?ls(C,N[C]):Gn(),gn=be.show&&(be.width>0||be.height>0),el=ft=!0,In(e.width,e.height)}return _.forEach(li),M.forEach(yr),s?s instanceof HTMLElement?(s.appendChild(d),us()):s(n,us):us(),n}He.assign=Me;He.fmtNum=Ns;He.rangeNum=An;He.rangeLog=zn;He.rangeAsinh=Rs;He.orient=pl;He.pxRatio=oe;He.join=qa;He.fmtDate=Hs,He.tzDate=oc;He.sync=Zo;{He.addGap=Wc,He.clipGaps=Rn;let e=He.paths={points:nr};e.linear=ir,e.stepped=Bc,e.bars=Uc,e.spline=Kc}const iu='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var ou=Object.defineProperty,at=(e,t,s,n)=>{for(var i=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(i=c(t,s,i)||i);return i&&ou(t,s,i),i};const Js=class Js extends cn{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=t=>String(t),this.dark=!1,this.height=220,this.readout=""}render(){const t=this.ys.length===0;return re`<figure role="group" aria-label=${this.label} style="margin:0">
      ${t?re`<div class="empty muted">${S("common.no_data")}</div>`:re`<div class="plot" aria-hidden="true"></div>
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?S("chart.period"):S("chart.range")}</th>
            <th scope="col">${this.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${this.ys.map((s,n)=>re`<tr data-key=${this.labels[n]??String(this.xs[n])} data-value=${String(s)}>
                <th scope="row">${this.labels[n]??String(this.xs[n])}</th>
                <td>${this.formatValue(s)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const t=this.ys.reduce((s,n)=>s+n,0);return S("chart.total",{total:this.formatValue(t),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(t){(t.has("xs")||t.has("ys")||t.has("kind")||t.has("dark")||t.has("labels")||t.has("height")||t.has("bucket")||t.has("locale")||t.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const t=Math.floor(this.plotEl.clientWidth);t>0&&t!==this.plot.width&&this.plot.setSize({width:t,height:this.height})}draw(){this.destroy();const t=this.plotEl;if(!t||this.ys.length===0)return;const s=getComputedStyle(this),n=s.getPropertyValue("--pl-chart-color").trim()||s.getPropertyValue("--primary-color").trim()||"#03a9f4",i=s.getPropertyValue("--secondary-text-color").trim()||"#727272",u=s.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",c=`12px ${s.fontFamily||"sans-serif"}`,h=Math.max(Math.floor(t.clientWidth),200),f=this.labels,d=this.xs,b=this.formatValue,g=this.kind==="time",y=this.bucket,P=this.locale,L=g?Gr(y)/2:.5,z={stroke:i,font:c,grid:{stroke:u,width:1},ticks:{stroke:u,width:1}},O=_=>g?Ai(d[_]??0,y,P):f[_]??"",W={width:h,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(_,M,x)=>[M-L,x+L]},y:{range:(_,M,x)=>[0,x>0?x*1.1:1]}},axes:[g?{...z,splits:_=>Ir(d,Math.max(Math.floor(_.bbox.width/devicePixelRatio/70),2)),values:(_,M)=>M.map(x=>Ai(x,y,P))}:{...z,splits:()=>f.map((_,M)=>M),values:(_,M)=>M.map(x=>f[x]??""),gap:4},{...z,size:48,values:(_,M)=>M.map(x=>b(x))}],series:[{},{label:this.unit,stroke:n,fill:n,width:0,paths:He.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[_=>{const M=_.cursor.idx,x=M==null?void 0:this.ys[M];this.readout=x===void 0||M===null||M===void 0?"":`${O(M)}: ${b(x)} ${this.unit.toLowerCase()}`}]}};this.plot=new He(W,[this.xs,this.ys],t)}};Js.styles=[un,Hr(iu),fn`
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
    `];let Ie=Js;at([me()],Ie.prototype,"kind");at([me()],Ie.prototype,"label");at([me()],Ie.prototype,"unit");at([me({attribute:!1})],Ie.prototype,"xs");at([me({attribute:!1})],Ie.prototype,"ys");at([me({attribute:!1})],Ie.prototype,"labels");at([me()],Ie.prototype,"bucket");at([me()],Ie.prototype,"locale");at([me({attribute:!1})],Ie.prototype,"formatValue");at([me({type:Boolean})],Ie.prototype,"dark");at([me({type:Number})],Ie.prototype,"height");at([Wr(".plot")],Ie.prototype,"plotEl");at([fl()],Ie.prototype,"readout");pn("pl-chart",Ie);var ru=Object.defineProperty,hn=(e,t,s,n)=>{for(var i=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(i=c(t,s,i)||i);return i&&ru(t,s,i),i};const Zs=class Zs extends cn{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const t=Br(this.matrix),s=Array.from({length:24},(f,d)=>d),n=Ur(this.locale),i=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),u=f=>{const d=i.formatToParts(new Date(Date.UTC(2024,0,1,f))),b=Number(d.find(y=>y.type==="hour")?.value??f),g=d.find(y=>y.type==="dayPeriod")?.value;return g?`${b}${g.charAt(0).toLowerCase()}`:String(b)},c=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),h=f=>c.format(new Date(Date.UTC(2024,0,1,f)));return re`<table aria-label=${this.label||S("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${s.map(f=>re`<th scope="col" abbr=${h(f)}>${f%3===0?u(f):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Yr(this.firstWeekday).map(f=>re`<tr data-weekday=${f}>
              <th scope="row">${n[f]}</th>
              ${s.map(d=>{const b=this.matrix[f]?.[d]??0,g=S("heatmap.cell",{day:n[f],from:h(d),to:h((d+1)%24),count:b});return re`<td title=${g} data-weekday=${f} data-hour=${d} data-value=${b}>
                  ${b>0?re`<span class="shade" style=${ws({opacity:String(.15+.85*(b/t))})}></span>`:""}
                  <span class="sr-only">${b}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${t}</div>`}};Zs.styles=[un,fn`
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
    `];let qt=Zs;hn([me()],qt.prototype,"label");hn([me({attribute:!1})],qt.prototype,"matrix");hn([me({type:Number})],qt.prototype,"firstWeekday");hn([me()],qt.prototype,"locale");hn([me({attribute:!1})],qt.prototype,"hour12");pn("pl-heatmap",qt);const au=.5;function Hn(e){return e==null||!Number.isFinite(e)||e<=0?null:(e-1)*100}function Ks(e){const t=e&&e.jobs>0?Hn(e.ratio):null;return t===null?"none":Math.abs(t)<au?"exact":t>0?"under":"over"}function Vl(e,t){const s=Math.abs(e);return Ps(s>=10?Math.round(s):Math.round(s*10)/10,t)}function cu(e,t,s){const n=Ks(t);if(n==="none")return S(e==="time"?"accuracy.time_none":"accuracy.filament_none");if(n==="exact")return S(e==="time"?"accuracy.time_exact":"accuracy.filament_exact");const i=Vl(Hn(t.ratio),s);return e==="time"?S(n==="under"?"accuracy.time_under":"accuracy.time_over",{pct:i}):S(n==="under"?"accuracy.filament_under":"accuracy.filament_over",{pct:i})}function uu(e,t,s){const n=Ks(t);if(n==="none")return"—";if(n==="exact")return S("accuracy.as_estimated");const i=Vl(Hn(t.ratio),s);return e==="time"?S(n==="under"?"accuracy.longer":"accuracy.shorter",{pct:i}):S(n==="under"?"accuracy.more":"accuracy.less",{pct:i})}function fu(e,t){const s=e?.mean_abs_error_pct;return!e||e.jobs===0||s===null||s===void 0||!Number.isFinite(s)?"":S("accuracy.job_error",{pct:Vl(s,t)})}function pu(e,t,s){if(!t||t.jobs===0)return"";const n=Yt(t.jobs,s);if(e==="time")return S("accuracy.time_totals",{estimated:En(t.estimated_hours,"hours",s,1),actual:En(t.actual_hours,"hours",s,1),count:t.jobs,n});const i=u=>En(u===void 0?void 0:u/1e3,"metres",s,1);return S("accuracy.filament_totals",{estimated:i(t.estimated_mm),actual:i(t.actual_mm),count:t.jobs,n})}var hu=Object.defineProperty,cr=(e,t,s,n)=>{for(var i=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(i=c(t,s,i)||i);return i&&hu(t,s,i),i};const du=["time","filament"],Mn=e=>e==null?"":String(e),Qs=class Qs extends cn{render(){const t=this.options,s=this.report;return!t||!s?zt:s.overall.jobs?re`
      <p class="intro muted">${S("accuracy.intro")}</p>
      <div class="overall">${du.map(n=>this.renderFigure(n,s.overall[n],t))}</div>
      ${this.renderGroup("printer",S("accuracy.by_printer"),S("common.printer"),s.by_printer,t)}
      ${this.renderGroup("material",S("accuracy.by_material"),S("accuracy.material"),s.by_material,t)}
    `:re`<p class="empty muted">${S("accuracy.no_jobs")}</p>`}renderFigure(t,s,n){const i=Ks(s),u=Hn(s.ratio);return re`<div
      class="figure"
      data-kind=${t}
      data-jobs=${s.jobs}
      data-ratio=${Mn(s.ratio)}
      data-error=${Mn(s.mean_abs_error_pct)}
    >
      <h3>${S(t==="time"?"accuracy.time":"accuracy.filament")}</h3>
      ${u!==null&&i!=="none"?re`<span class=${`big ${i}`} aria-hidden="true">${i==="exact"?`±${Vl(0,n)}`:`${u>0?"+":"−"}${Vl(u,n)}`}</span>`:zt}
      <p class="verdict">${cu(t,s,n)}</p>
      ${s.jobs?re`<p class="muted totals">${pu(t,s,n)}</p>`:zt}
      ${s.jobs?re`<p class="muted error">${fu(s,n)}</p>`:zt}
    </div>`}renderGroup(t,s,n,i,u){if(!i.length)return zt;const c=S("accuracy.time_column"),h=S("accuracy.filament_column");return re`<h3 class="group">${s}</h3>
      <table data-group=${t}>
        <colgroup>
          <col class="name" />
          <col class="jobs" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">${n}</th>
            <th scope="col" class="num">${S("accuracy.jobs")}</th>
            <th scope="col">${c}</th>
            <th scope="col">${h}</th>
          </tr>
        </thead>
        <tbody>
          ${i.map(f=>re`<tr data-key=${f.key??""}>
              <th scope="row">${f.key===null?S("common.unknown"):f.label}</th>
              <td class="num" data-jobs=${f.jobs}>${S("common.n_jobs",{count:f.jobs,n:Yt(f.jobs,u)})}</td>
              ${this.renderCell("time",f.time,c,u)} ${this.renderCell("filament",f.filament,h,u)}
            </tr>`)}
        </tbody>
      </table>`}renderCell(t,s,n,i){const u=s.jobs&&s.mean_abs_error_pct!==null?Vl(s.mean_abs_error_pct,i):"";return re`<td
      data-kind=${t}
      data-heading=${n}
      data-ratio=${Mn(s.ratio)}
      data-error=${Mn(s.mean_abs_error_pct)}
      data-jobs=${s.jobs}
    >
      <span class="cell"
        ><span class="deviation">${uu(t,s,i)}</span>
        ${u?re`<span class="muted">${S("accuracy.per_job",{pct:u})}</span>`:zt}</span
      >
    </td>`}};Qs.styles=[un,fn`
      :host {
        display: block;
        container-type: inline-size;
      }
      .overall {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 260px), 1fr));
        gap: 12px;
        margin-bottom: 8px;
      }
      .figure {
        border: var(--pl-border);
        border-radius: 8px;
        padding: 10px 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .figure h3 {
        margin: 0;
        font-size: 0.85em;
        font-weight: 500;
        color: var(--pl-muted);
      }
      .figure .big {
        font-size: 1.6em;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .figure .big.under {
        color: var(--pl-warn);
      }
      .figure .big.over {
        color: var(--pl-active);
      }
      .figure .big.exact {
        color: var(--pl-ok);
      }
      .verdict {
        margin: 0;
      }
      .figure .muted {
        margin: 0;
        font-size: 0.85em;
      }
      .intro {
        margin: 0 0 12px;
        font-size: 0.9em;
      }
      h3.group {
        font-size: 0.95em;
        font-weight: 500;
        margin: 16px 0 4px;
      }
      /* The same columns in both tables: the printers' and the materials' figures line up. */
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.9em;
        table-layout: fixed;
      }
      col.name {
        width: 28%;
      }
      col.jobs {
        width: 16%;
      }
      th,
      td {
        text-align: left;
        padding: 6px 8px 6px 0;
        border-bottom: var(--pl-border);
        vertical-align: top;
      }
      thead th {
        font-weight: 500;
        color: var(--pl-muted);
        font-size: 0.9em;
      }
      tbody th {
        font-weight: 400;
        overflow-wrap: anywhere;
      }
      td.num,
      th.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
        padding-right: 16px;
      }
      .cell {
        display: flex;
        flex-direction: column;
      }
      .cell .muted {
        font-size: 0.85em;
      }
      .empty {
        padding: 16px 0;
        text-align: center;
      }
      /* A phone: the name on a line of its own above its figures. */
      @container (max-width: 420px) {
        table,
        tbody,
        tr,
        th,
        td {
          display: block;
        }
        thead {
          display: none;
        }
        tbody tr {
          display: grid;
          grid-template-columns: 1fr 1fr;
          gap: 2px 12px;
          padding: 8px 0;
          border-bottom: var(--pl-border);
        }
        tbody th,
        td {
          border: none;
          padding: 0;
        }
        tbody th {
          grid-column: 1 / -1;
          font-weight: 500;
        }
        colgroup {
          display: none;
        }
        td.num {
          grid-column: 1 / -1;
          padding-right: 0;
          text-align: left;
          color: var(--pl-muted);
          font-size: 0.9em;
        }
        td[data-kind]::before {
          content: attr(data-heading);
          display: block;
          color: var(--pl-muted);
          font-size: 0.8em;
        }
      }
    `];let an=Qs;cr([me({attribute:!1})],an.prototype,"report");cr([me({attribute:!1})],an.prototype,"options");pn("pl-accuracy",an);const _o=new Map;function mu(e,t){const s=t.numberLocale??"";let n=_o.get(s);return n||(n=new Intl.NumberFormat(t.numberLocale,{minimumFractionDigits:2,maximumFractionDigits:3}),_o.set(s,n)),S("analytics.layer_height_value",{n:n.format(e)})}function ur(e,t,s){return e.map(n=>{const i={key:n.key===null||n.key===void 0?"":String(n.key),label:n.key===null||n.key===void 0?S("common.unknown"):s(n),value:n.jobs,display:S("common.n_jobs",{count:n.jobs,n:Yt(n.jobs,t)})};return n.success_rate!==null&&n.success_rate!==void 0&&(i.note=S("analytics.succeeded",{pct:Ps(n.success_rate,t)})),i})}function gu(e,t){return ur(e,t,s=>s.label||String(s.key))}function bu(e,t){return ur(e,t,s=>typeof s.key=="number"&&Number.isFinite(s.key)?mu(s.key,t):s.label||String(s.key))}var yu=Object.defineProperty,$t=(e,t,s,n)=>{for(var i=void 0,u=e.length-1,c;u>=0;u--)(c=e[u])&&(i=c(t,s,i)||i);return i&&yu(t,s,i),i};function As(e){const t=e?.points??[],[s,n]=ra(t),i=[...t].sort((u,c)=>u.bucket<c.bucket?-1:1).map(u=>u.bucket);return{xs:s,ys:n,labels:i}}const vo=As(void 0),wu=[],_u=_s.map((e,t)=>t),Xs=class Xs extends cn{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=vo,this.hoursSeries=vo,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(t){if(t.has("data")){const s=t.get("data");(!s||s.jobs!==this.data.jobs)&&(this.jobsSeries=As(this.data.jobs)),(!s||s.hours!==this.data.hours)&&(this.hoursSeries=As(this.data.hours))}if(t.has("options")){const s=this.options;s&&(this.formatInt=n=>Yt(n,s),this.formatHours=n=>Yt(n,s,1))}t.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(t){if(t.type!=="printer"&&!(t.type==="job_changed"&&t.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Kr(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const t=this.api;if(!t)return;const s=++this.token,n=this.scope(),i=this.bucket;this.loading=!0,this.error="";const u=()=>s===this.token,c=b=>{u()&&(this.data={...this.data,...b})},h=[t.summary(n).then(b=>c({summary:b})),t.timeseries(n,i,"jobs").then(b=>c({jobs:b})),t.timeseries(n,i,"hours").then(b=>c({hours:b})),t.breakdown(n,"filament_type").then(b=>c({filamentType:b})),t.breakdown(n,"filament_colour").then(b=>c({filamentColour:b})),t.breakdown(n,"printer").then(b=>c({printer:b})),t.breakdown(n,"status").then(b=>c({status:b})),t.accuracy(n).then(b=>c({accuracy:b})),t.breakdown(n,"slicer").then(b=>c({slicer:b})),t.breakdown(n,"layer_height").then(b=>c({layerHeight:b})),t.breakdown(n,"failure_reason").then(b=>c({failureReason:b})),this.histogram(t,n).then(b=>c({histogram:b})),t.breakdown(n,"weekday_hour").then(b=>c({heatmap:qr(b.rows)})),t.spoolBreakdown(n,"spool").then(b=>c({bySpool:b})),t.spoolBreakdown(n,"vendor").then(b=>c({byVendor:b})),t.spoolBreakdown(n,"material").then(b=>c({byMaterial:b}))],f=await Promise.allSettled(h);if(!u())return;const d=f.find(b=>b.status==="rejected");d&&(this.error=Jr(d.reason)),this.loading=!1}async histogram(t,s){return(await Promise.all(_s.map(i=>t.listJobs({...s,statuses:[...Zr],min_duration:i.min,...i.max!==void 0?{max_duration:i.max}:{},limit:1})))).map(i=>i.total)}binLabels(t){return this.binLabelsFor!==t&&(this.binLabelsFor=t,this.binLabelsCache=_s.map(s=>Qr(s,t))),this.binLabelsCache}change(t,s){t==="period"&&Xr(s)?(this.period=s,this.bucket=ea(s)):t==="printer"?this.printer=s:t==="bucket"&&(s==="day"||s==="week"||s==="month"||s==="year")&&(this.bucket=s),this.load()}render(){const t=this.options;if(!t)return zt;const s=this.data,n=this.jobsSeries,i=this.hoursSeries,u=this.formatInt,c=this.formatHours,h=s.jobs?.bucket??this.bucket;return re`
      <div class="selectors" role="group" aria-label=${S("analytics.selection")}>
        <label
          >${S("analytics.period")}
          <select name="period" @change=${f=>this.change("period",f.target.value)}>
            ${ta.map(f=>re`<option value=${f.id} ?selected=${f.id===this.period}>${la(f.id)}</option>`)}
          </select>
        </label>
        <label
          >${S("common.printer")}
          <select name="printer" @change=${f=>this.change("printer",f.target.value)}>
            <option value="" ?selected=${!this.printer}>${S("common.all_printers")}</option>
            ${this.printers.map(f=>re`<option value=${f.id} ?selected=${f.id===this.printer}>${f.name}</option>`)}
          </select>
        </label>
        <label
          >${S("analytics.group_by")}
          <select name="bucket" @change=${f=>this.change("bucket",f.target.value)}>
            ${["day","week","month","year"].map(f=>re`<option value=${f} ?selected=${f===this.bucket}>${S(`bucket.${f}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${na(sa)} ${S("common.refresh")}</button>
      </div>
      ${this.error?re`<div class="error-banner" role="alert">
            <span>${S("analytics.load_error",{error:this.error})}</span>
          </div>`:zt}
      ${h!==this.bucket?re`<p class="bucket-note" role="status">
            ${S("analytics.bucket_note",{shown:S(`bucket_per.${h}`),bucket:S(`bucket_many.${this.bucket}`)})}
          </p>`:zt}
      <pl-kpis .summary=${s.summary} .options=${t} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${S(`analytics.jobs_per.${h}`)}</h2>
          <pl-chart
            label=${S(`analytics.jobs_per.${h}`)}
            unit=${S("analytics.unit_jobs")}
            .xs=${n.xs}
            .ys=${n.ys}
            .labels=${n.labels}
            .bucket=${h}
            .locale=${t.dateLocale}
            .formatValue=${u}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${S(`analytics.hours_per.${h}`)}</h2>
          <pl-chart
            label=${S(`analytics.hours_per.${h}`)}
            unit=${S("analytics.unit_hours")}
            .xs=${i.xs}
            .ys=${i.ys}
            .labels=${i.labels}
            .bucket=${h}
            .locale=${t.dateLocale}
            .formatValue=${c}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${S("analytics.filament_type")}</h2>
          <pl-bars
            label=${S("analytics.filament_type_label")}
            .items=${Ql(Pi(s.filamentType?.rows??[],"filament_g",10),"filament_g",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${S("analytics.filament_colour")}</h2>
          <pl-bars
            label=${S("analytics.filament_colour_label")}
            .items=${Ql(Pi(s.filamentColour?.rows??[],"filament_g",12),"filament_g",t,!0)}
          ></pl-bars>
        </section>
        ${s.bySpool?.rows.length?re`<section class="panel card" data-chart="spool">
                <h2>${S("analytics.by_spool")}</h2>
                <p class="muted">
                  ${S("analytics.spool_totals",{grams:xo(s.bySpool.totals.filament_g,t,0),cost:ia(s.bySpool.totals.cost,t)})}
                </p>
                <pl-bars
                  label=${S("analytics.by_spool")}
                  .items=${fs(s.bySpool.rows.slice(0,12),t,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${S("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${S("analytics.by_vendor")}
                  .items=${fs((s.byVendor?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${S("analytics.by_material")}</h2>
                <pl-bars
                  label=${S("analytics.by_material")}
                  .items=${fs((s.byMaterial?.rows??[]).slice(0,12),t,!1)}
                ></pl-bars>
              </section>`:zt}
        <section class="panel card" data-chart="printer">
          <h2>${S("analytics.success_printer")}</h2>
          <pl-bars label=${S("analytics.success_printer")} .max=${100} .items=${Ql(s.printer?.rows??[],"success_rate",t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${S("analytics.outcome")}</h2>
          <pl-bars
            label=${S("analytics.outcome")}
            .items=${Ql((s.status?.rows??[]).map(f=>({...f,label:oa(String(f.key??f.label??""))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="failure_reason">
          <h2>${S("analytics.failure_reason")}</h2>
          <pl-bars
            label=${S("analytics.failure_reason")}
            .items=${Ql((s.failureReason?.rows??[]).map(f=>({...f,label:f.key===null?S("failure.unknown"):aa(String(f.key))})),"jobs",t)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${S("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${S("analytics.duration_label")}
            unit=${S("analytics.unit_jobs")}
            .xs=${_u}
            .ys=${s.histogram??wu}
            .labels=${this.binLabels(t)}
            .formatValue=${u}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="slicer">
          <h2>${S("analytics.by_slicer")}</h2>
          <pl-bars label=${S("analytics.by_slicer")} .items=${gu(s.slicer?.rows??[],t)}></pl-bars>
        </section>
        <section class="panel card" data-chart="layer_height">
          <h2>${S("analytics.by_layer_height")}</h2>
          <pl-bars label=${S("analytics.by_layer_height")} .items=${bu(s.layerHeight?.rows??[],t)}></pl-bars>
        </section>
        <section class="panel card full" data-chart="accuracy">
          <h2>${S("analytics.accuracy")}</h2>
          <pl-accuracy .report=${s.accuracy} .options=${t}></pl-accuracy>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${S("analytics.heatmap")}</h2>
          <pl-heatmap
            .matrix=${s.heatmap??[]}
            .firstWeekday=${t.firstWeekday}
            .locale=${t.dateLocale}
            .hour12=${t.hour12}
          ></pl-heatmap>
        </section>
      </div>
    `}};Xs.styles=[un,fn`
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
    `];let Xe=Xs;$t([me({attribute:!1})],Xe.prototype,"api");$t([me({attribute:!1})],Xe.prototype,"options");$t([me({attribute:!1})],Xe.prototype,"printers");$t([me({type:Boolean})],Xe.prototype,"dark");$t([me({type:Boolean})],Xe.prototype,"active");$t([fl()],Xe.prototype,"period");$t([fl()],Xe.prototype,"printer");$t([fl()],Xe.prototype,"bucket");$t([fl()],Xe.prototype,"data");$t([fl()],Xe.prototype,"loading");$t([fl()],Xe.prototype,"error");pn("pl-analytics-view",Xe);export{Xe as PlAnalyticsView};
