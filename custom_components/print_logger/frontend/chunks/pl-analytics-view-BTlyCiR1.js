import{l as w,az as Fs,ay as qt,as as Eo,aC as Ln,R as zi,Z as Il,_ as Wl,c as Gl,h as B,aD as vs,a1 as pt,Q as Nt,s as Fi,H as Jr,A as Gt,aE as Zr,aF as qr,a2 as pl,aG as ji,aH as Qr,aI as Xr,aJ as ta,aK as ea,aL as la,ar as na,aM as sa,a as ia,aN as ks,U as oa,aO as ra,ao as aa,aP as ca,ap as ua,at as fa,d as pa,a8 as ha,aQ as Ri,aR as hs,a4 as da,aS as ma}from"./shared-1gMa2sV6.js";import{d as Ul,f as ga}from"./shared-DUOmt4lY.js";import{f as ba}from"../print-logger-panel.js";function nn(t,e,n,l=!1){return t.map(i=>{const u=i.key===null||i.key===void 0?"":String(i.key),a=i.label||u||w("common.unknown"),h=Number(i[e]??0);let f,d;e==="success_rate"?(f=Fs(i.success_rate,n),d=w("common.n_jobs",{count:i.jobs,n:qt(i.jobs,n)})):e==="filament_g"?(f=Eo(h,n,0),d=w("common.n_jobs",{count:i.jobs,n:qt(i.jobs,n)})):e==="hours"?f=Ln(h,"hours",n,1):f=qt(h,n);const g={key:u,label:a,value:h,display:f};if(d&&(g.note=d),l){const b=zi(u)??zi(i.label);b&&(g.colour=b)}return g})}var ya=Object.defineProperty,js=(t,e,n,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,n,i)||i);return i&&ya(e,n,i),i};const Qs=class Qs extends Il{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return B`<div class="empty muted">${w("common.no_data")}</div>`;const e=this.max??Math.max(...this.items.map(n=>n.value),0);return B`<ul aria-label=${this.label}>
      ${this.items.map(n=>{const l=e>0?Math.max(0,Math.min(100,n.value/e*100)):0,i=vs({width:`${l}%`,...n.colour?{background:n.colour}:{}});return B`<li data-key=${n.key} data-value=${String(n.value)}>
          <span class="name"
            >${n.colour?B`<span class="swatch" style=${vs({background:n.colour})}></span>`:""}
            <span>${n.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${n.colour?"bar coloured":"bar"} style=${i}></span></span>
          <span class="value">${n.display}${n.note?B`<span class="note">${n.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Qs.styles=[Wl,Gl`
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
    `];let Rl=Qs;js([pt()],Rl.prototype,"label");js([pt({attribute:!1})],Rl.prototype,"items");js([pt({type:Number})],Rl.prototype,"max");Ul("pl-bars",Rl);const Do=["filament_cost","electricity_cost","machine_cost","unsplit"];function _a(t){const e=t.map(l=>{const i=Math.max(0,l.filament_cost)+Math.max(0,l.electricity_cost)+Math.max(0,l.machine_cost),u={filament_cost:Math.max(0,l.filament_cost),electricity_cost:Math.max(0,l.electricity_cost),machine_cost:Math.max(0,l.machine_cost),unsplit:Math.max(0,l.cost-i)};return{row:l,values:u,total:Math.max(l.cost,i)}}),n=Math.max(0,...e.map(l=>l.total));return e.map(({row:l,values:i,total:u})=>({key:l.key??"",label:l.label,total:u,segments:Do.filter(a=>i[a]>0).map(a=>({part:a,value:i[a],pct:n>0?i[a]/n*100:0}))}))}function Vi(t,e){if(t==null||!Number.isFinite(t))return"—";if(e.currency)try{return new Intl.NumberFormat(e.numberLocale,{style:"currency",currency:e.currency,minimumFractionDigits:2,maximumFractionDigits:4}).format(t)}catch{}return Nt(t,e)}function wa(t,e){const n=/^(\d{4})-(\d{2})/.exec(t??"");if(!n)return t??"";const l=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,1));return new Intl.DateTimeFormat(e.dateLocale,{month:"short",year:"numeric",timeZone:"UTC"}).format(l)}var xa=Object.defineProperty,Lo=(t,e,n,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,n,i)||i);return i&&xa(e,n,i),i};const va=10;function ka(t,e,n){return Promise.all([t.costs(e,"month").then(l=>n({month:l})),t.costs(e,"printer").then(l=>n({printer:l})),t.costs(e,"filament_type").then(l=>n({material:l})),t.expensiveJobs(e,va).then(l=>n({top:l.jobs}))])}const ds={filament_cost:"costs.filament",electricity_cost:"costs.electricity",machine_cost:"costs.machine",unsplit:"costs.unsplit"},Xs=class Xs extends Il{constructor(){super(...arguments),this.data={}}months(e,n){const l=_a(e.rows);return B`
      <h3>${w("costs.per_month")}</h3>
      <div class="legend">
        ${Do.map(i=>B`<span><span class="swatch part-${i}"></span>${w(ds[i])}</span>`)}
      </div>
      <div role="list" aria-label=${w("costs.per_month")}>
        ${l.map(i=>{const u=wa(i.key,n),a=i.segments.map(h=>`${w(ds[h.part])} ${Nt(h.value,n)}`).join(", ");return B`<div class="month" role="listitem" data-month=${i.key} aria-label=${`${u}: ${Nt(i.total,n)} (${a})`}>
            <span>${u}</span>
            <span class="stack">
              ${i.segments.map(h=>B`<span
                  class="part-${h.part}"
                  data-part=${h.part}
                  style="width: ${h.pct}%"
                  title=${`${w(ds[h.part])}: ${Nt(h.value,n)}`}
                ></span>`)}
            </span>
            <span class="value">${Nt(i.total,n)}</span>
          </div>`})}
      </div>
    `}table(e,n,l){const i=w(e==="printer"?"costs.by_printer":"costs.by_material"),u=a=>B`<tr data-key=${a.key??""}>
      <td>${a.key===null?w("common.unknown"):a.label}</td>
      <td class="num">${qt(a.jobs,l)}</td>
      <td class="num" data-col="cost">${Nt(a.cost,l)}</td>
      <td class="num" data-col="filament_cost">${Nt(a.filament_cost,l)}</td>
      <td class="num" data-col="electricity_cost">${Nt(a.electricity_cost,l)}</td>
      <td class="num" data-col="machine_cost">${Nt(a.machine_cost,l)}</td>
      <td class="num" data-col="energy_kwh">${qt(a.energy_kwh,l,2)}</td>
      <td class="num" data-col="kwh_per_job">${qt(a.kwh_per_job,l,2)}</td>
      <td class="num" data-col="kwh_per_print_hour">${qt(a.kwh_per_print_hour,l,3)}</td>
      <td class="num" data-col="cost_per_gram">${Vi(a.cost_per_gram,l)}</td>
    </tr>`;return B`
      <h3>${i}</h3>
      <div class="scroll">
        <table data-table=${e}>
          <thead>
            <tr>
              <th scope="col">${w(e==="printer"?"common.printer":"costs.material")}</th>
              <th scope="col">${w("costs.jobs")}</th>
              <th scope="col">${w("costs.total")}</th>
              <th scope="col">${w("costs.filament")}</th>
              <th scope="col">${w("costs.electricity")}</th>
              <th scope="col">${w("costs.machine")}</th>
              <th scope="col">${w("costs.energy_kwh")}</th>
              <th scope="col">${w("costs.kwh_per_job")}</th>
              <th scope="col">${w("costs.kwh_per_hour")}</th>
              <th scope="col">${w("costs.cost_per_gram")}</th>
            </tr>
          </thead>
          <tbody>
            ${n.rows.map(u)}
          </tbody>
        </table>
      </div>
    `}expensive(e,n){return B`
      <h3>${w("costs.expensive")}</h3>
      <div class="scroll">
        <table data-table="expensive">
          <thead>
            <tr>
              <th scope="col">${w("costs.file")}</th>
              <th scope="col" class="text">${w("common.printer")}</th>
              <th scope="col" class="text">${w("costs.started")}</th>
              <th scope="col">${w("costs.total")}</th>
              <th scope="col">${w("costs.filament")}</th>
              <th scope="col">${w("costs.electricity")}</th>
              <th scope="col">${w("costs.machine")}</th>
              <th scope="col">${w("costs.energy_kwh")}</th>
            </tr>
          </thead>
          <tbody>
            ${e.map(l=>B`<tr data-job=${l.id}>
                <td>
                  <button class="file" title=${Fi(l.filename)} aria-haspopup="dialog" @click=${()=>ga(this,"show-job",{jobId:l.id})}>
                    ${Fi(l.filename)}
                  </button>
                </td>
                <td class="text">${l.printer_name}</td>
                <td class="text">${Jr(l.start,n,!1)}</td>
                <td class="num" data-col="cost">${Nt(l.cost,n)}</td>
                <td class="num">${Nt(l.filament_cost,n)}</td>
                <td class="num">${Nt(l.electricity_cost,n)}</td>
                <td class="num">${Nt(l.machine_cost,n)}</td>
                <td class="num">${qt(l.energy_kwh,n,2)}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>
    `}render(){const e=this.options;if(!e)return Gt;const{month:n,printer:l,material:i,top:u}=this.data,a=l?.totals??n?.totals,h=!!a&&a.jobs===0;return B`
      <h2>${w("costs.title")}</h2>
      ${a?B`<p class="muted" data-totals>
            ${w("costs.summary",{cost:Nt(a.cost,e),filament:Nt(a.filament_cost,e),electricity:Nt(a.electricity_cost,e),machine:Nt(a.machine_cost,e),energy:qt(a.energy_kwh,e,2),per_job:qt(a.kwh_per_job,e,2),per_gram:Vi(a.cost_per_gram,e)})}
          </p>`:Gt}
      ${h?B`<p class="muted">${w("common.no_data")}</p>`:B`
            ${n?.rows.length?this.months(n,e):Gt}
            ${l?.rows.length?this.table("printer",l,e):Gt}
            ${i?.rows.length?this.table("material",i,e):Gt}
            ${u?.length?this.expensive(u,e):Gt}
          `}
    `}};Xs.styles=[Wl,Gl`
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 8px;
        font-size: 1rem;
        font-weight: 500;
      }
      h3 {
        margin: 16px 0 8px;
        font-size: 0.95rem;
        font-weight: 500;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        font-size: 0.85em;
        margin: 4px 0 8px;
      }
      .swatch {
        display: inline-block;
        width: 10px;
        height: 10px;
        border-radius: 2px;
        margin-inline-end: 4px;
      }
      .part-filament_cost {
        background: var(--pl-cost-filament, #1e88e5);
      }
      .part-electricity_cost {
        background: var(--pl-cost-electricity, #fdd835);
      }
      .part-machine_cost {
        background: var(--pl-cost-machine, #8e24aa);
      }
      .part-unsplit {
        background: var(--pl-cost-unsplit, #9e9e9e);
      }
      .month {
        display: grid;
        grid-template-columns: minmax(64px, max-content) 1fr minmax(72px, max-content);
        gap: 8px;
        align-items: center;
        font-size: 0.85em;
        margin: 2px 0;
      }
      .stack {
        display: flex;
        height: 14px;
        border-radius: 3px;
        overflow: hidden;
      }
      .value {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.85em;
      }
      th,
      td {
        padding: 4px 8px;
        text-align: end;
        white-space: nowrap;
        border-bottom: var(--pl-border);
      }
      th:first-child,
      td:first-child,
      .text {
        text-align: start;
      }
      th {
        font-weight: 500;
        color: var(--pl-muted);
      }
      td.num {
        font-variant-numeric: tabular-nums;
      }
      button.file {
        background: none;
        border: none;
        padding: 0;
        font: inherit;
        color: var(--primary-color, #03a9f4);
        cursor: pointer;
        text-align: start;
        max-width: 28ch;
        overflow: hidden;
        text-overflow: ellipsis;
      }
    `];let pn=Xs;Lo([pt({attribute:!1})],pn.prototype,"data");Lo([pt({attribute:!1})],pn.prototype,"options");Ul("pl-cost-analysis",pn);const $a=!0,Pt="u-",Sa="uplot",Ta=Pt+"hz",Ma=Pt+"vt",Ea=Pt+"title",Da=Pt+"wrap",La=Pt+"under",Aa=Pt+"over",Pa=Pt+"axis",cl=Pt+"off",Ca=Pt+"select",za=Pt+"cursor-x",Fa=Pt+"cursor-y",ja=Pt+"cursor-pt",Ra=Pt+"legend",Va=Pt+"live",Na=Pt+"inline",Oa=Pt+"series",Ha=Pt+"marker",Ni=Pt+"label",Ia=Pt+"value",rn="width",an="height",sn="top",Oi="bottom",Cl="left",ms="right",Rs="#000",Hi=Rs+"0",gs="mousemove",Ii="mousedown",bs="mouseup",Wi="mouseenter",Gi="mouseleave",Ui="dblclick",Wa="resize",Ga="scroll",Bi="change",Pn="dppxchange",Vs="--",Bl=typeof window<"u",$s=Bl?document:null,Fl=Bl?window:null,Ua=Bl?navigator:null;let rt,Tn;function Ss(){let t=devicePixelRatio;rt!=t&&(rt=t,Tn&&Ms(Bi,Tn,Ss),Tn=matchMedia(`(min-resolution: ${rt-.001}dppx) and (max-resolution: ${rt+.001}dppx)`),ul(Bi,Tn,Ss),Fl.dispatchEvent(new CustomEvent(Pn)))}function ae(t,e){if(e!=null){let n=t.classList;!n.contains(e)&&n.add(e)}}function Ts(t,e){let n=t.classList;n.contains(e)&&n.remove(e)}function _t(t,e,n){t.style[e]=n+"px"}function Se(t,e,n,l){let i=$s.createElement(t);return e!=null&&ae(i,e),n?.insertBefore(i,l),i}function ye(t,e){return Se("div",t,e)}const Yi=new WeakMap;function je(t,e,n,l,i){let u="translate("+e+"px,"+n+"px)",a=Yi.get(t);u!=a&&(t.style.transform=u,Yi.set(t,u),e<0||n<0||e>l||n>i?ae(t,cl):Ts(t,cl))}const Ki=new WeakMap;function Ji(t,e,n){let l=e+n,i=Ki.get(t);l!=i&&(Ki.set(t,l),t.style.background=e,t.style.borderColor=n)}const Zi=new WeakMap;function qi(t,e,n,l){let i=e+""+n,u=Zi.get(t);i!=u&&(Zi.set(t,i),t.style.height=n+"px",t.style.width=e+"px",t.style.marginLeft=l?-e/2+"px":0,t.style.marginTop=l?-n/2+"px":0)}const Ns={passive:!0},Ba={...Ns,capture:!0};function ul(t,e,n,l){e.addEventListener(t,n,l?Ba:Ns)}function Ms(t,e,n,l){e.removeEventListener(t,n,Ns)}Bl&&Ss();function Te(t,e,n,l){let i;n=n||0,l=l||e.length-1;let u=l<=2147483647;for(;l-n>1;)i=u?n+l>>1:ce((n+l)/2),e[i]<t?n=i:l=i;return t-e[n]<=e[l]-t?n:l}function Ao(t){return(n,l,i)=>{let u=-1,a=-1;for(let h=l;h<=i;h++)if(t(n[h])){u=h;break}for(let h=i;h>=l;h--)if(t(n[h])){a=h;break}return[u,a]}}const Po=t=>t!=null,Co=t=>t!=null&&t>0,Fn=Ao(Po),Ya=Ao(Co);function Ka(t,e,n,l=0,i=!1){let u=i?Ya:Fn,a=i?Co:Po;[e,n]=u(t,e,n);let h=t[e],f=t[e];if(e>-1)if(l==1)h=t[e],f=t[n];else if(l==-1)h=t[n],f=t[e];else for(let d=e;d<=n;d++){let g=t[d];a(g)&&(g<h?h=g:g>f&&(f=g))}return[h??ht,f??-ht]}function jn(t,e,n,l){let i=to(t),u=to(e);t==e&&(i==-1?(t*=n,e/=n):(t/=n,e*=n));let a=n==10?Oe:zo,h=i==1?ce:_e,f=u==1?_e:ce,d=h(a(At(t))),g=f(a(At(e))),b=Vl(n,d),y=Vl(n,g);return n==10&&(d<0&&(b=dt(b,-d)),g<0&&(y=dt(y,-g))),l||n==2?(t=b*i,e=y*u):(t=Vo(t,b),e=Rn(e,y)),[t,e]}function Os(t,e,n,l){let i=jn(t,e,n,l);return t==0&&(i[0]=0),e==0&&(i[1]=0),i}const Hs=.1,Qi={mode:3,pad:Hs},un={pad:0,soft:null,mode:0},Ja={min:un,max:un};function Cn(t,e,n,l){return Vn(n)?Xi(t,e,n):(un.pad=n,un.soft=l?0:null,un.mode=l?3:0,Xi(t,e,Ja))}function it(t,e){return t??e}function Za(t,e,n){for(e=it(e,0),n=it(n,t.length-1);e<=n;){if(t[e]!=null)return!0;e++}return!1}function Xi(t,e,n){let l=n.min,i=n.max,u=it(l.pad,0),a=it(i.pad,0),h=it(l.hard,-ht),f=it(i.hard,ht),d=it(l.soft,ht),g=it(i.soft,-ht),b=it(l.mode,0),y=it(i.mode,0),P=e-t,L=Oe(P),z=Qt(At(t),At(e)),O=Oe(z),I=At(O-L);(P<1e-24||I>10)&&(P=0,(t==0||e==0)&&(P=1e-24,b==2&&d!=ht&&(u=0),y==2&&g!=-ht&&(a=0)));let x=P||z||1e3,M=Oe(x),k=Vl(10,ce(M)),Z=x*(P==0?t==0?.1:1:u),C=dt(Vo(t-Z,k/10),24),q=t>=d&&(b==1||b==3&&C<=d||b==2&&C>=d)?d:ht,Y=Qt(h,C<q&&t>=q?q:Me(q,C)),tt=x*(P==0?e==0?.1:1:a),U=dt(Rn(e+tt,k/10),24),S=e<=g&&(y==1||y==3&&U>=g||y==2&&U<=g)?g:-ht,J=Me(f,U>S&&e<=S?S:Qt(S,U));return Y==J&&Y==0&&(J=100),[Y,J]}const qa=new Intl.NumberFormat(Bl?Ua.language:"en-US"),Is=t=>qa.format(t),ue=Math,An=ue.PI,At=ue.abs,ce=ue.floor,Lt=ue.round,_e=ue.ceil,Me=ue.min,Qt=ue.max,Vl=ue.pow,to=ue.sign,Oe=ue.log10,zo=ue.log2,Qa=(t,e=1)=>ue.sinh(t)*e,ys=(t,e=1)=>ue.asinh(t/e),ht=1/0;function eo(t){return(Oe((t^t>>31)-(t>>31))|0)+1}function Es(t,e,n){return Me(Qt(t,e),n)}function Fo(t){return typeof t=="function"}function et(t){return Fo(t)?t:()=>t}const Xa=()=>{},jo=t=>t,Ro=(t,e)=>e,tc=t=>null,lo=t=>!0,no=(t,e)=>t==e,ec=/\.\d*?(?=9{6,}|0{6,})/gm,fl=t=>{if(Oo(t)||Je.has(t))return t;const e=`${t}`,n=e.match(ec);if(n==null)return t;let l=n[0].length-1;if(e.indexOf("e-")!=-1){let[i,u]=e.split("e");return+`${fl(i)}e${u}`}return dt(t,l)};function rl(t,e){return fl(dt(fl(t/e))*e)}function Rn(t,e){return fl(_e(fl(t/e))*e)}function Vo(t,e){return fl(ce(fl(t/e))*e)}function dt(t,e=0){if(Oo(t))return t;let n=10**e,l=t*n*(1+Number.EPSILON);return Lt(l)/n}const Je=new Map;function No(t){return((""+t).split(".")[1]||"").length}function hn(t,e,n,l){let i=[],u=l.map(No);for(let a=e;a<n;a++){let h=At(a),f=dt(Vl(t,a),h);for(let d=0;d<l.length;d++){let g=t==10?+`${l[d]}e${a}`:l[d]*f,b=(a>=0?0:h)+(a>=u[d]?0:u[d]),y=t==10?g:dt(g,b);i.push(y),Je.set(y,b)}}return i}const fn={},Ws=[],Nl=[null,null],Ke=Array.isArray,Oo=Number.isInteger,lc=t=>t===void 0;function so(t){return typeof t=="string"}function Vn(t){let e=!1;if(t!=null){let n=t.constructor;e=n==null||n==Object}return e}function nc(t){return t!=null&&typeof t=="object"}const sc=Object.getPrototypeOf(Uint8Array),Ho="__proto__";function Ol(t,e=Vn){let n;if(Ke(t)){let l=t.find(i=>i!=null);if(Ke(l)||e(l)){n=Array(t.length);for(let i=0;i<t.length;i++)n[i]=Ol(t[i],e)}else n=t.slice()}else if(t instanceof sc)n=t.slice();else if(e(t)){n={};for(let l in t)l!=Ho&&(n[l]=Ol(t[l],e))}else n=t;return n}function Mt(t){let e=arguments;for(let n=1;n<e.length;n++){let l=e[n];for(let i in l)i!=Ho&&(Vn(t[i])?Mt(t[i],Ol(l[i])):t[i]=Ol(l[i]))}return t}const ic=0,oc=1,rc=2;function ac(t,e,n){for(let l=0,i,u=-1;l<e.length;l++){let a=e[l];if(a>u){for(i=a-1;i>=0&&t[i]==null;)t[i--]=null;for(i=a+1;i<n&&t[i]==null;)t[u=i++]=null}}}function cc(t,e){if(pc(t)){let a=t[0].slice();for(let h=1;h<t.length;h++)a.push(...t[h].slice(1));return hc(a[0])||(a=fc(a)),a}let n=new Set;for(let a=0;a<t.length;a++){let f=t[a][0],d=f.length;for(let g=0;g<d;g++)n.add(f[g])}let l=[Array.from(n).sort((a,h)=>a-h)],i=l[0].length,u=new Map;for(let a=0;a<i;a++)u.set(l[0][a],a);for(let a=0;a<t.length;a++){let h=t[a],f=h[0];for(let d=1;d<h.length;d++){let g=h[d],b=Array(i).fill(void 0),y=e?e[a][d]:oc,P=[];for(let L=0;L<g.length;L++){let z=g[L],O=u.get(f[L]);z===null?y!=ic&&(b[O]=z,y==rc&&P.push(O)):b[O]=z}ac(b,P,i),l.push(b)}}return l}const uc=typeof queueMicrotask>"u"?t=>Promise.resolve().then(t):queueMicrotask;function fc(t){let e=t[0],n=e.length,l=Array(n);for(let u=0;u<l.length;u++)l[u]=u;l.sort((u,a)=>e[u]-e[a]);let i=[];for(let u=0;u<t.length;u++){let a=t[u],h=Array(n);for(let f=0;f<n;f++)h[f]=a[l[f]];i.push(h)}return i}function pc(t){let e=t[0][0],n=e.length;for(let l=1;l<t.length;l++){let i=t[l][0];if(i.length!=n)return!1;if(i!=e){for(let u=0;u<n;u++)if(i[u]!=e[u])return!1}}return!0}function hc(t,e=100){const n=t.length;if(n<=1)return!0;let l=0,i=n-1;for(;l<=i&&t[l]==null;)l++;for(;i>=l&&t[i]==null;)i--;if(i<=l)return!0;const u=Qt(1,ce((i-l+1)/e));for(let a=t[l],h=l+u;h<=i;h+=u){const f=t[h];if(f!=null){if(f<=a)return!1;a=f}}return!0}const Io=["January","February","March","April","May","June","July","August","September","October","November","December"],Wo=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Go(t){return t.slice(0,3)}const dc=Wo.map(Go),mc=Io.map(Go),gc={MMMM:Io,MMM:mc,WWWW:Wo,WWW:dc};function on(t){return(t<10?"0":"")+t}function bc(t){return(t<10?"00":t<100?"0":"")+t}const yc={YYYY:t=>t.getFullYear(),YY:t=>(t.getFullYear()+"").slice(2),MMMM:(t,e)=>e.MMMM[t.getMonth()],MMM:(t,e)=>e.MMM[t.getMonth()],MM:t=>on(t.getMonth()+1),M:t=>t.getMonth()+1,DD:t=>on(t.getDate()),D:t=>t.getDate(),WWWW:(t,e)=>e.WWWW[t.getDay()],WWW:(t,e)=>e.WWW[t.getDay()],HH:t=>on(t.getHours()),H:t=>t.getHours(),h:t=>{let e=t.getHours();return e==0?12:e>12?e-12:e},AA:t=>t.getHours()>=12?"PM":"AM",aa:t=>t.getHours()>=12?"pm":"am",a:t=>t.getHours()>=12?"p":"a",mm:t=>on(t.getMinutes()),m:t=>t.getMinutes(),ss:t=>on(t.getSeconds()),s:t=>t.getSeconds(),fff:t=>bc(t.getMilliseconds())};function Gs(t,e){e=e||gc;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=l.exec(t);)n.push(i[0][0]=="{"?yc[i[1]]:i[0]);return u=>{let a="";for(let h=0;h<n.length;h++)a+=typeof n[h]=="string"?n[h]:n[h](u,e);return a}}const _c=new Intl.DateTimeFormat().resolvedOptions().timeZone;function wc(t,e){let n;return e=="UTC"||e=="Etc/UTC"?n=new Date(+t+t.getTimezoneOffset()*6e4):e==_c?n=t:(n=new Date(t.toLocaleString("en-US",{timeZone:e})),n.setMilliseconds(t.getMilliseconds())),n}const Uo=t=>t%1==0,zn=[1,2,2.5,5],xc=hn(10,-32,0,zn),Bo=hn(10,0,32,zn),vc=Bo.filter(Uo),al=xc.concat(Bo),Us=`
`,Yo="{YYYY}",io=Us+Yo,Ko="{M}/{D}",cn=Us+Ko,Mn=cn+"/{YY}",Jo="{aa}",kc="{h}:{mm}",zl=kc+Jo,oo=Us+zl,ro=":{ss}",ct=null;function Zo(t){let e=t*1e3,n=e*60,l=n*60,i=l*24,u=i*30,a=i*365,f=(t==1?hn(10,0,3,zn).filter(Uo):hn(10,-3,0,zn)).concat([e,e*5,e*10,e*15,e*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,u,u*2,u*3,u*4,u*6,a,a*2,a*5,a*10,a*25,a*50,a*100]);const d=[[a,Yo,ct,ct,ct,ct,ct,ct,1],[i*28,"{MMM}",io,ct,ct,ct,ct,ct,1],[i,Ko,io,ct,ct,ct,ct,ct,1],[l,"{h}"+Jo,Mn,ct,cn,ct,ct,ct,1],[n,zl,Mn,ct,cn,ct,ct,ct,1],[e,ro,Mn+" "+zl,ct,cn+" "+zl,ct,oo,ct,1],[t,ro+".{fff}",Mn+" "+zl,ct,cn+" "+zl,ct,oo,ct,1]];function g(b){return(y,P,L,z,O,I)=>{let x=[],M=O>=a,k=O>=u&&O<a,Z=b(L),C=dt(Z*t,3),q=_s(Z.getFullYear(),M?0:Z.getMonth(),k||M?1:Z.getDate()),Y=dt(q*t,3);if(k||M){let tt=k?O/u:0,U=M?O/a:0,S=C==Y?C:dt(_s(q.getFullYear()+U,q.getMonth()+tt,1)*t,3),J=new Date(Lt(S/t)),F=J.getFullYear(),W=J.getMonth();for(let N=0;S<=z;N++){let lt=_s(F+U*N,W+tt*N,1),V=lt-b(dt(lt*t,3));S=dt((+lt+V)*t,3),S<=z&&x.push(S)}}else{let tt=O>=i?i:O,U=ce(L)-ce(C),S=Y+U+Rn(C-Y,tt);x.push(S);let J=b(S),F=J.getHours()+J.getMinutes()/n+J.getSeconds()/l,W=O/l,N=y.axes[P]._space,lt=I/N;for(;S=dt(S+O,t==1?0:3),!(S>z);)if(W>1){let V=ce(dt(F+W,6))%24,nt=b(S).getHours()-V;nt>1&&(nt=-1),S-=nt*l,F=(F+W)%24;let ut=x[x.length-1];dt((S-ut)/O,3)*lt>=.7&&x.push(S)}else x.push(S)}return x}}return[f,d,g]}const[$c,Sc,Tc]=Zo(1),[Mc,Ec,Dc]=Zo(.001);hn(2,-53,53,[1]);function ao(t,e){return t.map(n=>n.map((l,i)=>i==0||i==8||l==null?l:e(i==1||n[8]==0?l:n[1]+l)))}function co(t,e){return(n,l,i,u,a)=>{let h=e.find(L=>a>=L[0])||e[e.length-1],f,d,g,b,y,P;return l.map(L=>{let z=t(L),O=z.getFullYear(),I=z.getMonth(),x=z.getDate(),M=z.getHours(),k=z.getMinutes(),Z=z.getSeconds(),C=O!=f&&h[2]||I!=d&&h[3]||x!=g&&h[4]||M!=b&&h[5]||k!=y&&h[6]||Z!=P&&h[7]||h[1];return f=O,d=I,g=x,b=M,y=k,P=Z,C(z)})}}function Lc(t,e){let n=Gs(e);return(l,i,u,a,h)=>i.map(f=>n(t(f)))}function _s(t,e,n){return new Date(t,e,n)}function uo(t,e){return e(t)}const Ac="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function fo(t,e){return(n,l,i,u)=>u==null?Vs:e(t(l))}function Pc(t,e){let n=t.series[e];return n.width?n.stroke(t,e):n.points.width?n.points.stroke(t,e):null}function Cc(t,e){return t.series[e].fill(t,e)}const zc={show:!0,live:!0,isolate:!1,mount:Xa,markers:{show:!0,width:2,stroke:Pc,fill:Cc,dash:"solid"},idx:null,idxs:null,values:[]};function Fc(t,e){let n=t.cursor.points,l=ye(),i=n.size(t,e);_t(l,rn,i),_t(l,an,i);let u=i/-2;_t(l,"marginLeft",u),_t(l,"marginTop",u);let a=n.width(t,e,i);return a&&_t(l,"borderWidth",a),l}function jc(t,e){let n=t.series[e].points;return n._fill||n._stroke}function Rc(t,e){let n=t.series[e].points;return n._stroke||n._fill}function Vc(t,e){return t.series[e].points.size}const ws=[0,0];function Nc(t,e,n){return ws[0]=e,ws[1]=n,ws}function En(t,e,n,l=!0){return i=>{i.button==0&&(!l||i.target==e)&&n(i)}}function xs(t,e,n,l=!0){return i=>{(!l||i.target==e)&&n(i)}}const Oc={show:!0,x:!0,y:!0,lock:!1,move:Nc,points:{one:!1,show:Fc,size:Vc,width:0,stroke:Rc,fill:jc},bind:{mousedown:En,mouseup:En,click:En,dblclick:En,mousemove:xs,mouseleave:xs,mouseenter:xs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(t,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(t,e,n,l,i)=>l-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},qo={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Bs=Mt({},qo,{filter:Ro}),Qo=Mt({},Bs,{size:10}),Xo=Mt({},qo,{show:!1}),Ys='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',tr="bold "+Ys,er=1.5,po={show:!0,scale:"x",stroke:Rs,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:tr,side:2,grid:Bs,ticks:Qo,border:Xo,font:Ys,lineGap:er,rotate:0},Hc="Value",Ic="Time",ho={show:!0,scale:"x",auto:!1,sorted:1,min:ht,max:-ht,idxs:[]};function Wc(t,e,n,l,i){return e.map(u=>u==null?"":Is(u))}function Gc(t,e,n,l,i,u,a){let h=[],f=Je.get(i)||0;n=a?n:dt(Rn(n,i),f);for(let d=n;d<=l;d=dt(d+i,f))h.push(Object.is(d,-0)?0:d);return h}function Ds(t,e,n,l,i,u,a){const h=[],f=t.scales[t.axes[e].scale].log,d=f==10?Oe:zo,g=ce(d(n));i=Vl(f,g),f==10&&(i=al[Te(i,al)]);let b=n,y=i*f;f==10&&(y=al[Te(y,al)]);do h.push(b),b=b+i,f==10&&!Je.has(b)&&(b=dt(b,Je.get(i))),b>=y&&(i=b,y=i*f,f==10&&(y=al[Te(y,al)]));while(b<=l);return h}function Uc(t,e,n,l,i,u,a){let f=t.scales[t.axes[e].scale].asinh,d=l>f?Ds(t,e,Qt(f,n),l,i):[f],g=l>=0&&n<=0?[0]:[];return(n<-f?Ds(t,e,Qt(f,-l),-n,i):[f]).reverse().map(y=>-y).concat(g,d)}const lr=/./,Bc=/[12357]/,Yc=/[125]/,mo=/1/,Ls=(t,e,n,l)=>t.map((i,u)=>e==4&&i==0||u%l==0&&n.test(i.toExponential()[i<0?1:0])?i:null);function Kc(t,e,n,l,i){let u=t.axes[n],a=u.scale,h=t.scales[a],f=t.valToPos,d=u._space,g=f(10,a),b=f(9,a)-g>=d?lr:f(7,a)-g>=d?Bc:f(5,a)-g>=d?Yc:mo;if(b==mo){let y=At(f(1,a)-g);if(y<d)return Ls(e.slice().reverse(),h.distr,b,_e(d/y)).reverse()}return Ls(e,h.distr,b,1)}function Jc(t,e,n,l,i){let u=t.axes[n],a=u.scale,h=u._space,f=t.valToPos,d=At(f(1,a)-f(2,a));return d<h?Ls(e.slice().reverse(),3,lr,_e(h/d)).reverse():e}function Zc(t,e,n,l){return l==null?Vs:e==null?"":Is(e)}const go={show:!0,scale:"y",stroke:Rs,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:tr,side:3,grid:Bs,ticks:Qo,border:Xo,font:Ys,lineGap:er,rotate:0};function qc(t,e){let n=3+(t||1)*2;return dt(n*e,3)}function Qc(t,e){let{scale:n,idxs:l}=t.series[0],i=t._data[0],u=t.valToPos(i[l[0]],n,!0),a=t.valToPos(i[l[1]],n,!0),h=At(a-u),f=t.series[e],d=h/(f.points.space*rt);return l[1]-l[0]<=d}const bo={scale:null,auto:!0,sorted:0,min:ht,max:-ht},nr=(t,e,n,l,i)=>i,yo={show:!0,auto:!0,sorted:0,gaps:nr,alpha:1,facets:[Mt({},bo,{scale:"x"}),Mt({},bo,{scale:"y"})]},_o={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:nr,alpha:1,points:{show:Qc,filter:null},values:null,min:ht,max:-ht,idxs:[],path:null,clip:null};function Xc(t,e,n,l,i){return n/10}const sr={time:$a,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},tu=Mt({},sr,{time:!1,ori:1}),wo={};function ir(t,e){let n=wo[t];return n||(n={key:t,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(i=>i!=l)},pub(l,i,u,a,h,f,d){for(let g=0;g<n.plots.length;g++)n.plots[g]!=i&&n.plots[g].pub(l,i,u,a,h,f,d)}},t!=null&&(wo[t]=n)),n}const Hl=1,As=2;function hl(t,e,n){const l=t.mode,i=t.series[e],u=l==2?t._data[e]:t._data,a=t.scales,h=t.bbox;let f=u[0],d=l==2?u[1]:u[e],g=l==2?a[i.facets[0].scale]:a[t.series[0].scale],b=l==2?a[i.facets[1].scale]:a[i.scale],y=h.left,P=h.top,L=h.width,z=h.height,O=t.valToPosH,I=t.valToPosV;return g.ori==0?n(i,f,d,g,b,O,I,y,P,L,z,On,Yl,In,rr,cr):n(i,f,d,g,b,I,O,P,y,z,L,Hn,Kl,Zs,ar,ur)}function Ks(t,e){let n=0,l=0,i=it(t.bands,Ws);for(let u=0;u<i.length;u++){let a=i[u];a.series[0]==e?n=a.dir:a.series[1]==e&&(a.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function eu(t,e,n,l,i){let u=t.mode,a=t.series[e],h=u==2?a.facets[1].scale:a.scale,f=t.scales[h];return i==-1?f.min:i==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function He(t,e,n,l,i,u){return hl(t,e,(a,h,f,d,g,b,y,P,L,z,O)=>{let I=a.pxRound;const x=d.dir*(d.ori==0?1:-1),M=d.ori==0?Yl:Kl;let k,Z;x==1?(k=n,Z=l):(k=l,Z=n);let C=I(b(h[k],d,z,P)),q=I(y(f[k],g,O,L)),Y=I(b(h[Z],d,z,P)),tt=I(y(u==1?g.max:g.min,g,O,L)),U=new Path2D(i);return M(U,Y,tt),M(U,C,tt),M(U,C,q),U})}function Nn(t,e,n,l,i,u){let a=null;if(t.length>0){a=new Path2D;const h=e==0?In:Zs;let f=n;for(let b=0;b<t.length;b++){let y=t[b];if(y[1]>y[0]){let P=y[0]-f;P>0&&h(a,f,l,P,l+u),f=y[1]}}let d=n+i-f,g=10;d>0&&h(a,f,l-g/2,d,l+u+g)}return a}function lu(t,e,n){let l=t[t.length-1];l&&l[0]==e?l[1]=n:t.push([e,n])}function Js(t,e,n,l,i,u,a){let h=[],f=t.length;for(let d=i==1?n:l;d>=n&&d<=l;d+=i)if(e[d]===null){let b=d,y=d;if(i==1)for(;++d<=l&&e[d]===null;)y=d;else for(;--d>=n&&e[d]===null;)y=d;let P=u(t[b]),L=y==b?P:u(t[y]),z=b-i;P=a<=0&&z>=0&&z<f?u(t[z]):P;let I=y+i;L=a>=0&&I>=0&&I<f?u(t[I]):L,L>=P&&h.push([P,L])}return h}function xo(t){return t==0?jo:t==1?Lt:e=>rl(e,t)}function or(t){let e=t==0?On:Hn,n=t==0?(i,u,a,h,f,d)=>{i.arcTo(u,a,h,f,d)}:(i,u,a,h,f,d)=>{i.arcTo(a,u,f,h,d)},l=t==0?(i,u,a,h,f)=>{i.rect(u,a,h,f)}:(i,u,a,h,f)=>{i.rect(a,u,f,h)};return(i,u,a,h,f,d=0,g=0)=>{d==0&&g==0?l(i,u,a,h,f):(d=Me(d,h/2,f/2),g=Me(g,h/2,f/2),e(i,u+d,a),n(i,u+h,a,u+h,a+f,d),n(i,u+h,a+f,u,a+f,g),n(i,u,a+f,u,a,g),n(i,u,a,u+h,a,d),i.closePath())}}const On=(t,e,n)=>{t.moveTo(e,n)},Hn=(t,e,n)=>{t.moveTo(n,e)},Yl=(t,e,n)=>{t.lineTo(e,n)},Kl=(t,e,n)=>{t.lineTo(n,e)},In=or(0),Zs=or(1),rr=(t,e,n,l,i,u)=>{t.arc(e,n,l,i,u)},ar=(t,e,n,l,i,u)=>{t.arc(n,e,l,i,u)},cr=(t,e,n,l,i,u,a)=>{t.bezierCurveTo(e,n,l,i,u,a)},ur=(t,e,n,l,i,u,a)=>{t.bezierCurveTo(n,e,i,l,a,u)};function fr(t){return(e,n,l,i,u)=>hl(e,n,(a,h,f,d,g,b,y,P,L,z,O)=>{let{pxRound:I,points:x}=a,M,k;d.ori==0?(M=On,k=rr):(M=Hn,k=ar);const Z=dt(x.width*rt,3);let C=(x.size-x.width)/2*rt,q=dt(C*2,3),Y=new Path2D,tt=new Path2D,{left:U,top:S,width:J,height:F}=e.bbox;In(tt,U-q,S-q,J+q*2,F+q*2);const W=N=>{if(f[N]!=null){let lt=I(b(h[N],d,z,P)),V=I(y(f[N],g,O,L));M(Y,lt+C,V),k(Y,lt,V,C,0,An*2)}};if(u)u.forEach(W);else for(let N=l;N<=i;N++)W(N);return{stroke:Z>0?Y:null,fill:Y,clip:tt,flags:Hl|As}})}function pr(t){return(e,n,l,i,u,a)=>{l!=i&&(u!=l&&a!=l&&t(e,n,l),u!=i&&a!=i&&t(e,n,i),t(e,n,a))}}const nu=pr(Yl),su=pr(Kl);function hr(t){const e=it(t?.alignGaps,0);return(n,l,i,u)=>hl(n,l,(a,h,f,d,g,b,y,P,L,z,O)=>{[i,u]=Fn(f,i,u);let I=a.pxRound,x=F=>I(b(F,d,z,P)),M=F=>I(y(F,g,O,L)),k,Z;d.ori==0?(k=Yl,Z=nu):(k=Kl,Z=su);const C=d.dir*(d.ori==0?1:-1),q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Hl},Y=q.stroke;let tt=!1;if(u-i>=z*4){let F=j=>n.posToVal(j,d.key,!0),W=null,N=null,lt,V,Xt,wt=x(h[C==1?i:u]),nt=x(h[i]),ut=x(h[u]),Q=F(C==1?nt+1:ut-1);for(let j=C==1?i:u;j>=i&&j<=u;j+=C){let Et=h[j],xt=(C==1?Et<Q:Et>Q)?wt:x(Et),at=f[j];xt==wt?at!=null?(V=at,W==null?(k(Y,xt,M(V)),lt=W=N=V):V<W?W=V:V>N&&(N=V)):at===null&&(tt=!0):(W!=null&&Z(Y,wt,M(W),M(N),M(lt),M(V)),at!=null?(V=at,k(Y,xt,M(V)),W=N=lt=V):(W=N=null,at===null&&(tt=!0)),wt=xt,Q=F(wt+C))}W!=null&&W!=N&&Xt!=wt&&Z(Y,wt,M(W),M(N),M(lt),M(V))}else for(let F=C==1?i:u;F>=i&&F<=u;F+=C){let W=f[F];W===null?tt=!0:W!=null&&k(Y,x(h[F]),M(W))}let[S,J]=Ks(n,l);if(a.fill!=null||S!=0){let F=q.fill=new Path2D(Y),W=a.fillTo(n,l,a.min,a.max,S),N=M(W),lt=x(h[i]),V=x(h[u]);C==-1&&([V,lt]=[lt,V]),k(F,V,N),k(F,lt,N)}if(!a.spanGaps){let F=[];tt&&F.push(...Js(h,f,i,u,C,x,e)),q.gaps=F=a.gaps(n,l,i,u,F),q.clip=Nn(F,d.ori,P,L,z,O)}return J!=0&&(q.band=J==2?[He(n,l,i,u,Y,-1),He(n,l,i,u,Y,1)]:He(n,l,i,u,Y,J)),q})}function iu(t){const e=it(t.align,1),n=it(t.ascDesc,!1),l=it(t.alignGaps,0),i=it(t.extend,!1);return(u,a,h,f)=>hl(u,a,(d,g,b,y,P,L,z,O,I,x,M)=>{[h,f]=Fn(b,h,f);let k=d.pxRound,{left:Z,width:C}=u.bbox,q=nt=>k(L(nt,y,x,O)),Y=nt=>k(z(nt,P,M,I)),tt=y.ori==0?Yl:Kl;const U={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Hl},S=U.stroke,J=y.dir*(y.ori==0?1:-1);let F=Y(b[J==1?h:f]),W=q(g[J==1?h:f]),N=W,lt=W;i&&e==-1&&(lt=Z,tt(S,lt,F)),tt(S,W,F);for(let nt=J==1?h:f;nt>=h&&nt<=f;nt+=J){let ut=b[nt];if(ut==null)continue;let Q=q(g[nt]),j=Y(ut);e==1?tt(S,Q,F):tt(S,N,j),tt(S,Q,j),F=j,N=Q}let V=N;i&&e==1&&(V=Z+C,tt(S,V,F));let[Xt,wt]=Ks(u,a);if(d.fill!=null||Xt!=0){let nt=U.fill=new Path2D(S),ut=d.fillTo(u,a,d.min,d.max,Xt),Q=Y(ut);tt(nt,V,Q),tt(nt,lt,Q)}if(!d.spanGaps){let nt=[];nt.push(...Js(g,b,h,f,J,q,l));let ut=d.width*rt/2,Q=n||e==1?ut:-ut,j=n||e==-1?-ut:ut;nt.forEach(Et=>{Et[0]+=Q,Et[1]+=j}),U.gaps=nt=d.gaps(u,a,h,f,nt),U.clip=Nn(nt,y.ori,O,I,x,M)}return wt!=0&&(U.band=wt==2?[He(u,a,h,f,S,-1),He(u,a,h,f,S,1)]:He(u,a,h,f,S,wt)),U})}function vo(t,e,n,l,i,u,a=ht){if(t.length>1){let h=null;for(let f=0,d=1/0;f<t.length;f++)if(e[f]!==void 0){if(h!=null){let g=At(t[f]-t[h]);g<d&&(d=g,a=At(n(t[f],l,i,u)-n(t[h],l,i,u)))}h=f}}return a}function ou(t){t=t||fn;const e=it(t.size,[.6,ht,1]),n=t.align||0,l=t.gap||0;let i=t.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;const u=et(i),a=1-e[0],h=it(e[1],ht),f=it(e[2],1),d=it(t.disp,fn),g=it(t.each,P=>{}),{fill:b,stroke:y}=d;return(P,L,z,O)=>hl(P,L,(I,x,M,k,Z,C,q,Y,tt,U,S)=>{let J=I.pxRound,F=n,W=l*rt,N=h*rt,lt=f*rt,V,Xt;k.ori==0?[V,Xt]=u(P,L):[Xt,V]=u(P,L);const wt=k.dir*(k.ori==0?1:-1);let nt=k.ori==0?In:Zs,ut=k.ori==0?g:(D,mt,Dt,bl,Xe,Le,tl)=>{g(D,mt,Dt,Xe,bl,tl,Le)},Q=it(P.bands,Ws).find(D=>D.series[0]==L),j=Q!=null?Q.dir:0,Et=I.fillTo(P,L,I.min,I.max,j),Bt=J(q(Et,Z,S,tt)),xt,at,we,ne=U,kt=J(I.width*rt),De=!1,Re=null,pe=null,Ie=null,dl=null;b!=null&&(kt==0||y!=null)&&(De=!0,Re=b.values(P,L,z,O),pe=new Map,new Set(Re).forEach(D=>{D!=null&&pe.set(D,new Path2D)}),kt>0&&(Ie=y.values(P,L,z,O),dl=new Map,new Set(Ie).forEach(D=>{D!=null&&dl.set(D,new Path2D)})));let{x0:ml,size:Jl}=d;if(ml!=null&&Jl!=null){F=1,x=ml.values(P,L,z,O),ml.unit==2&&(x=x.map(Dt=>P.posToVal(Y+Dt*U,k.key,!0)));let D=Jl.values(P,L,z,O);Jl.unit==2?at=D[0]*U:at=C(D[0],k,U,Y)-C(0,k,U,Y),ne=vo(x,M,C,k,U,Y,ne),we=ne-at+W}else ne=vo(x,M,C,k,U,Y,ne),we=ne*a+W,at=ne-we;we<1&&(we=0),kt>=at/2&&(kt=0),we<5&&(J=jo);let gn=we>0,qe=ne-we-(gn?kt:0);at=J(Es(qe,lt,N)),xt=(F==0?at/2:F==wt?0:at)-F*wt*((F==0?W/2:0)+(gn?kt/2:0));const Yt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},gl=De?null:new Path2D;let Ve=null;if(Q!=null)Ve=P.data[Q.series[1]];else{let{y0:D,y1:mt}=d;D!=null&&mt!=null&&(M=mt.values(P,L,z,O),Ve=D.values(P,L,z,O))}let Qe=V*at,K=Xt*at;for(let D=wt==1?z:O;D>=z&&D<=O;D+=wt){let mt=M[D];if(mt==null)continue;if(Ve!=null){let te=Ve[D]??0;if(mt-te==0)continue;Bt=q(te,Z,S,tt)}let Dt=k.distr!=2||d!=null?x[D]:D,bl=C(Dt,k,U,Y),Xe=q(it(mt,Et),Z,S,tt),Le=J(bl-xt),tl=J(Qt(Xe,Bt)),se=J(Me(Xe,Bt)),he=tl-se;if(mt!=null){let te=mt<0?K:Qe,xe=mt<0?Qe:K;De?(kt>0&&Ie[D]!=null&&nt(dl.get(Ie[D]),Le,se+ce(kt/2),at,Qt(0,he-kt),te,xe),Re[D]!=null&&nt(pe.get(Re[D]),Le,se+ce(kt/2),at,Qt(0,he-kt),te,xe)):nt(gl,Le,se+ce(kt/2),at,Qt(0,he-kt),te,xe),ut(P,L,D,Le-kt/2,se,at+kt,he)}}return kt>0?Yt.stroke=De?dl:gl:De||(Yt._fill=I.width==0?I._fill:I._stroke??I._fill,Yt.width=0),Yt.fill=De?pe:gl,Yt})}function ru(t,e){const n=it(e?.alignGaps,0);return(l,i,u,a)=>hl(l,i,(h,f,d,g,b,y,P,L,z,O,I)=>{[u,a]=Fn(d,u,a);let x=h.pxRound,M=V=>x(y(V,g,O,L)),k=V=>x(P(V,b,I,z)),Z,C,q;g.ori==0?(Z=On,q=Yl,C=cr):(Z=Hn,q=Kl,C=ur);const Y=g.dir*(g.ori==0?1:-1);let tt=M(f[Y==1?u:a]),U=tt,S=[],J=[];for(let V=Y==1?u:a;V>=u&&V<=a;V+=Y)if(d[V]!=null){let wt=f[V],nt=M(wt);S.push(U=nt),J.push(k(d[V]))}const F={stroke:t(S,J,Z,q,C,x),fill:null,clip:null,band:null,gaps:null,flags:Hl},W=F.stroke;let[N,lt]=Ks(l,i);if(h.fill!=null||N!=0){let V=F.fill=new Path2D(W),Xt=h.fillTo(l,i,h.min,h.max,N),wt=k(Xt);q(V,U,wt),q(V,tt,wt)}if(!h.spanGaps){let V=[];V.push(...Js(f,d,u,a,Y,M,n)),F.gaps=V=h.gaps(l,i,u,a,V),F.clip=Nn(V,g.ori,L,z,O,I)}return lt!=0&&(F.band=lt==2?[He(l,i,u,a,W,-1),He(l,i,u,a,W,1)]:He(l,i,u,a,W,lt)),F})}function au(t){return ru(cu,t)}function cu(t,e,n,l,i,u){const a=t.length;if(a<2)return null;const h=new Path2D;if(n(h,t[0],e[0]),a==2)l(h,t[1],e[1]);else{let f=Array(a),d=Array(a-1),g=Array(a-1),b=Array(a-1);for(let y=0;y<a-1;y++)g[y]=e[y+1]-e[y],b[y]=t[y+1]-t[y],d[y]=g[y]/b[y];f[0]=d[0];for(let y=1;y<a-1;y++)d[y]===0||d[y-1]===0||d[y-1]>0!=d[y]>0?f[y]=0:(f[y]=3*(b[y-1]+b[y])/((2*b[y]+b[y-1])/d[y-1]+(b[y]+2*b[y-1])/d[y]),isFinite(f[y])||(f[y]=0));f[a-1]=d[a-2];for(let y=0;y<a-1;y++)i(h,t[y]+b[y]/3,e[y]+f[y]*b[y]/3,t[y+1]-b[y]/3,e[y+1]-f[y+1]*b[y]/3,t[y+1],e[y+1])}return h}const Ps=new Set;function ko(){for(let t of Ps)t.syncRect(!0)}Bl&&(ul(Wa,Fl,ko),ul(Ga,Fl,ko,!0),ul(Pn,Fl,()=>{It.pxRatio=rt}));const uu=hr(),fu=fr();function $o(t,e,n,l){return(l?[t[0],t[1]].concat(t.slice(2)):[t[0]].concat(t.slice(1))).map((u,a)=>Cs(u,a,e,n))}function pu(t,e){return t.map((n,l)=>l==0?{}:Mt({},e,n))}function Cs(t,e,n,l){return Mt({},e==0?n:l,t)}function dr(t,e,n){return e==null?Nl:[e,n]}const hu=dr;function du(t,e,n){return e==null?Nl:Cn(e,n,Hs,!0)}function mr(t,e,n,l){return e==null?Nl:jn(e,n,t.scales[l].log,!1)}const mu=mr;function gr(t,e,n,l){return e==null?Nl:Os(e,n,t.scales[l].log,!1)}const gu=gr;function bu(t,e,n,l,i){let u=Qt(eo(t),eo(e)),a=e-t,h=Te(i/l*a,n);do{let f=n[h],d=l*f/a;if(d>=i&&u+(f<5?Je.get(f):0)<=17)return[f,d]}while(++h<n.length);return[0,0]}function So(t){let e,n;return t=t.replace(/(\d+)px/,(l,i)=>(e=Lt((n=+i)*rt))+"px"),[t,e,n]}function yu(t){t.show&&[t.font,t.labelFont].forEach(e=>{let n=dt(e[2]*rt,1);e[0]=e[0].replace(/[0-9.]+px/,n+"px"),e[1]=n})}function It(t,e,n){const l={mode:it(t.mode,1)},i=l.mode;function u(s,o,r,c){let p=o.valToPct(s);return c+r*(o.dir==-1?1-p:p)}function a(s,o,r,c){let p=o.valToPct(s);return c+r*(o.dir==-1?p:1-p)}function h(s,o,r,c){return o.ori==0?u(s,o,r,c):a(s,o,r,c)}l.valToPosH=u,l.valToPosV=a;let f=!1;l.status=0;const d=l.root=ye(Sa);if(t.id!=null&&(d.id=t.id),ae(d,t.class),t.title){let s=ye(Ea,d);s.textContent=t.title}const g=Se("canvas"),b=l.ctx=g.getContext("2d"),y=ye(Da,d);ul("click",y,s=>{s.target===L&&(gt!=El||vt!=Dl)&&Ht.click(l,s)},!0);const P=l.under=ye(La,y);y.appendChild(g);const L=l.over=ye(Aa,y);t=Ol(t);const z=+it(t.pxAlign,1),O=xo(z);(t.plugins||[]).forEach(s=>{s.opts&&(t=s.opts(l,t)||t)});const I=t.ms||.001,x=l.series=i==1?$o(t.series||[],ho,_o,!1):pu(t.series||[null],yo),M=l.axes=$o(t.axes||[],po,go,!0),k=l.scales={},Z=l.bands=t.bands||[];Z.forEach(s=>{s.fill=et(s.fill||null),s.dir=it(s.dir,-1)});const C=i==2?x[1].facets[0].scale:x[0].scale,q={axes:zr,series:Dr},Y=(t.drawOrder||["axes","series"]).map(s=>q[s]);function tt(s){const o=s.distr==3?r=>Oe(r>0?r:s.clamp(l,r,s.min,s.max,s.key)):s.distr==4?r=>ys(r,s.asinh):s.distr==100?r=>s.fwd(r):r=>r;return r=>{let c=o(r),{_min:p,_max:m}=s,_=m-p;return(c-p)/_}}function U(s){let o=k[s];if(o==null){let r=(t.scales||fn)[s]||fn;if(r.from!=null){U(r.from);let c=Mt({},k[r.from],r,{key:s});c.valToPct=tt(c),k[s]=c}else{o=k[s]=Mt({},s==C?sr:tu,r),o.key=s;let c=o.time,p=o.range,m=Ke(p);if((s!=C||i==2&&!c)&&(m&&(p[0]==null||p[1]==null)&&(p={min:p[0]==null?Qi:{mode:1,hard:p[0],soft:p[0]},max:p[1]==null?Qi:{mode:1,hard:p[1],soft:p[1]}},m=!1),!m&&Vn(p))){let _=p;p=(v,$,T)=>$==null?Nl:Cn($,T,_)}o.range=et(p||(c?hu:s==C?o.distr==3?mu:o.distr==4?gu:dr:o.distr==3?mr:o.distr==4?gr:du)),o.auto=et(m?!1:o.auto),o.clamp=et(o.clamp||Xc),o._min=o._max=null,o.valToPct=tt(o)}}}U("x"),U("y"),i==1&&x.forEach(s=>{U(s.scale)}),M.forEach(s=>{U(s.scale)});for(let s in t.scales)U(s);const S=k[C],J=S.distr;let F,W;S.ori==0?(ae(d,Ta),F=u,W=a):(ae(d,Ma),F=a,W=u);const N={};for(let s in k){let o=k[s];(o.min!=null||o.max!=null)&&(N[s]={min:o.min,max:o.max},o.min=o.max=null)}const lt=t.tzDate||(s=>new Date(Lt(s/I))),V=t.fmtDate||Gs,Xt=I==1?Tc(lt):Dc(lt),wt=co(lt,ao(I==1?Sc:Ec,V)),nt=fo(lt,uo(Ac,V)),ut=[],Q=l.legend=Mt({},zc,t.legend),j=l.cursor=Mt({},Oc,{drag:{y:i==2}},t.cursor),Et=Q.show,Bt=j.show,xt=Q.markers;Q.idxs=ut,xt.width=et(xt.width),xt.dash=et(xt.dash),xt.stroke=et(xt.stroke),xt.fill=et(xt.fill);let at,we,ne,kt=[],De=[],Re,pe=!1,Ie={};if(Q.live){const s=x[1]?x[1].values:null;pe=s!=null,Re=pe?s(l,1,0):{_:0};for(let o in Re)Ie[o]=Vs}if(Et)if(at=Se("table",Ra,d),ne=Se("tbody",null,at),Q.mount(l,at),pe){we=Se("thead",null,at,ne);let s=Se("tr",null,we);Se("th",null,s);for(var dl in Re)Se("th",Ni,s).textContent=dl}else ae(at,Na),Q.live&&ae(at,Va);const ml={show:!0},Jl={show:!1};function gn(s,o){if(o==0&&(pe||!Q.live||i==2))return Nl;let r=[],c=Se("tr",Oa,ne,ne.childNodes[o]);ae(c,s.class),s.show||ae(c,cl);let p=Se("th",null,c);if(xt.show){let v=ye(Ha,p);if(o>0){let $=xt.width(l,o);$&&(v.style.border=$+"px "+xt.dash(l,o)+" "+xt.stroke(l,o)),v.style.background=xt.fill(l,o)}}let m=ye(Ni,p);s.label instanceof HTMLElement?m.appendChild(s.label):m.textContent=s.label,o>0&&(xt.show||(m.style.color=s.width>0?xt.stroke(l,o):xt.fill(l,o)),Yt("click",p,v=>{if(j._lock)return;ll(v);let $=x.indexOf(s);if((v.ctrlKey||v.metaKey)!=Q.isolate){let T=x.some((E,A)=>A>0&&A!=$&&E.show);x.forEach((E,A)=>{A>0&&Pe(A,T?A==$?ml:Jl:ml,!0,Tt.setSeries)})}else Pe($,{show:!s.show},!0,Tt.setSeries)},!1),_l&&Yt(Wi,p,v=>{j._lock||(ll(v),Pe(x.indexOf(s),Al,!0,Tt.setSeries))},!1));for(var _ in Re){let v=Se("td",Ia,c);v.textContent="--",r.push(v)}return[c,r]}const qe=new Map;function Yt(s,o,r,c=!0){const p=qe.get(o)||{},m=j.bind[s](l,o,r,c);m&&(ul(s,o,p[s]=m),qe.set(o,p))}function gl(s,o,r){const c=qe.get(o)||{};for(let p in c)(s==null||p==s)&&(Ms(p,o,c[p]),delete c[p]);s==null&&qe.delete(o)}let Ve=0,Qe=0,K=0,D=0,mt=0,Dt=0,bl=mt,Xe=Dt,Le=K,tl=D,se=0,he=0,te=0,xe=0;l.bbox={};let Gn=!1,bn=!1,yl=!1,el=!1,yn=!1,de=!1;function Un(s,o,r){(r||s!=l.width||o!=l.height)&&si(s,o),$l(!1),yl=!0,bn=!0,Sl()}function si(s,o){l.width=Ve=K=s,l.height=Qe=D=o,mt=Dt=0,vr(),kr();let r=l.bbox;se=r.left=rl(mt*rt,.5),he=r.top=rl(Dt*rt,.5),te=r.width=rl(K*rt,.5),xe=r.height=rl(D*rt,.5)}const _r=3;function wr(){let s=!1,o=0;for(;!s;){o++;let r=Pr(o),c=Cr(o);s=o==_r||r&&c,s||(si(l.width,l.height),bn=!0)}}function xr({width:s,height:o}){Un(s,o)}l.setSize=xr;function vr(){let s=!1,o=!1,r=!1,c=!1;M.forEach((p,m)=>{if(p.show&&p._show){let{side:_,_size:v}=p,$=_%2,T=p.label!=null?p.labelSize:0,E=v+T;E>0&&($?(K-=E,_==3?(mt+=E,c=!0):r=!0):(D-=E,_==0?(Dt+=E,s=!0):o=!0))}}),nl[0]=s,nl[1]=r,nl[2]=o,nl[3]=c,K-=We[1]+We[3],mt+=We[3],D-=We[2]+We[0],Dt+=We[0]}function kr(){let s=mt+K,o=Dt+D,r=mt,c=Dt;function p(m,_){switch(m){case 1:return s+=_,s-_;case 2:return o+=_,o-_;case 3:return r-=_,r+_;case 0:return c-=_,c+_}}M.forEach((m,_)=>{if(m.show&&m._show){let v=m.side;m._pos=p(v,m._size),m.label!=null&&(m._lpos=p(v,m.labelSize))}})}if(j.dataIdx==null){let s=j.hover,o=s.skip=new Set(s.skip??[]);o.add(void 0);let r=s.prox=et(s.prox),c=s.bias??=0;j.dataIdx=(p,m,_,v)=>{if(m==0)return _;let $=_,T=r(p,m,_,v)??ht,E=T>=0&&T<ht,A=S.ori==0?K:D,G=j.left,ot=e[0],st=e[m];if(o.has(st[_])){$=null;let X=null,H=null,R;if(c==0||c==-1)for(R=_;X==null&&R-- >0;)o.has(st[R])||(X=R);if(c==0||c==1)for(R=_;H==null&&R++<st.length;)o.has(st[R])||(H=R);if(X!=null||H!=null)if(E){let yt=X==null?-1/0:F(ot[X],S,A,0),$t=H==null?1/0:F(ot[H],S,A,0),Vt=G-yt,ft=$t-G;Vt<=ft?Vt<=T&&($=X):ft<=T&&($=H)}else $=H==null?X:X==null?H:_-X<=H-_?X:H}else E&&At(G-F(ot[_],S,A,0))>T&&($=null);return $}}const ll=s=>{j.event=s};j.idxs=ut,j._lock=!1;let Wt=j.points;Wt.show=et(Wt.show),Wt.size=et(Wt.size),Wt.stroke=et(Wt.stroke),Wt.width=et(Wt.width),Wt.fill=et(Wt.fill);const Ae=l.focus=Mt({},t.focus||{alpha:.3},j.focus),_l=Ae.prox>=0,wl=_l&&Wt.one;let me=[],xl=[],vl=[];function ii(s,o){let r=Wt.show(l,o);if(r instanceof HTMLElement)return ae(r,ja),ae(r,s.class),je(r,-10,-10,K,D),L.insertBefore(r,me[o]),r}function oi(s,o){if(i==1||o>0){let r=i==1&&k[s.scale].time,c=s.value;s.value=r?so(c)?fo(lt,uo(c,V)):c||nt:c||Zc,s.label=s.label||(r?Ic:Hc)}if(wl||o>0){s.width=s.width==null?1:s.width,s.paths=s.paths||uu||tc,s.fillTo=et(s.fillTo||eu),s.pxAlign=+it(s.pxAlign,z),s.pxRound=xo(s.pxAlign),s.stroke=et(s.stroke||null),s.fill=et(s.fill||null),s._stroke=s._fill=s._paths=s._focus=null;let r=qc(Qt(1,s.width),1),c=s.points=Mt({},{size:r,width:Qt(1,r*.2),stroke:s.stroke,space:r*2,paths:fu,_stroke:null,_fill:null},s.points);c.show=et(c.show),c.filter=et(c.filter),c.fill=et(c.fill),c.stroke=et(c.stroke),c.paths=et(c.paths),c.pxAlign=s.pxAlign}if(Et){let r=gn(s,o);kt.splice(o,0,r[0]),De.splice(o,0,r[1]),Q.values.push(null)}if(Bt){ut.splice(o,0,null);let r=null;wl?o==0&&(r=ii(s,o)):o>0&&(r=ii(s,o)),me.splice(o,0,r),xl.splice(o,0,0),vl.splice(o,0,0)}Rt("addSeries",o)}function $r(s,o){o=o??x.length,s=i==1?Cs(s,o,ho,_o):Cs(s,o,{},yo),x.splice(o,0,s),oi(x[o],o)}l.addSeries=$r;function Sr(s){if(x.splice(s,1),Et){Q.values.splice(s,1),De.splice(s,1);let o=kt.splice(s,1)[0];gl(null,o.firstChild),o.remove()}Bt&&(ut.splice(s,1),me.splice(s,1)[0].remove(),xl.splice(s,1),vl.splice(s,1)),Rt("delSeries",s)}l.delSeries=Sr;const nl=[!1,!1,!1,!1];function Tr(s,o){if(s._show=s.show,s.show){let r=s.side%2,c=k[s.scale];c==null&&(s.scale=r?x[1].scale:C,c=k[s.scale]);let p=c.time;s.size=et(s.size),s.space=et(s.space),s.rotate=et(s.rotate),Ke(s.incrs)&&s.incrs.forEach(_=>{!Je.has(_)&&Je.set(_,No(_))}),s.incrs=et(s.incrs||(c.distr==2?vc:p?I==1?$c:Mc:al)),s.splits=et(s.splits||(p&&c.distr==1?Xt:c.distr==3?Ds:c.distr==4?Uc:Gc)),s.stroke=et(s.stroke),s.grid.stroke=et(s.grid.stroke),s.ticks.stroke=et(s.ticks.stroke),s.border.stroke=et(s.border.stroke);let m=s.values;s.values=Ke(m)&&!Ke(m[0])?et(m):p?Ke(m)?co(lt,ao(m,V)):so(m)?Lc(lt,m):m||wt:m||Wc,s.filter=et(s.filter||(c.distr>=3&&c.log==10?Kc:c.distr==3&&c.log==2?Jc:Ro)),s.font=So(s.font),s.labelFont=So(s.labelFont),s._size=s.size(l,null,o,0),s._space=s._rotate=s._incrs=s._found=s._splits=s._values=null,s._size>0&&(nl[o]=!0,s._el=ye(Pa,y))}}function Zl(s,o,r,c){let[p,m,_,v]=r,$=o%2,T=0;return $==0&&(v||m)&&(T=o==0&&!p||o==2&&!_?Lt(po.size/3):0),$==1&&(p||_)&&(T=o==1&&!m||o==3&&!v?Lt(go.size/2):0),T}const ri=l.padding=(t.padding||[Zl,Zl,Zl,Zl]).map(s=>et(it(s,Zl))),We=l._padding=ri.map((s,o)=>s(l,o,nl,0));let Ot,Ct=null,zt=null;const _n=i==1?x[0].idxs:null;let ve=null,ql=!1;function ai(s,o){if(e=s??[],l.data=l._data=e,i==2){Ot=0;for(let r=1;r<x.length;r++)Ot+=e[r][0].length}else{e.length==0&&(l.data=l._data=e=[[]]),ve=e[0],Ot=ve.length;let r=e;if(J==2){r=e.slice();let c=r[0]=Array(Ot);for(let p=0;p<Ot;p++)c[p]=p}l._data=e=r}if($l(!0),Rt("setData"),J==2&&(yl=!0),o!==!1){let r=S;r.auto(l,ql)?Bn():Ue(C,r.min,r.max),el=el||j.left>=0,de=!0,Sl()}}l.setData=ai;function Bn(){ql=!0;let s,o;i==1&&(Ot>0?(Ct=_n[0]=0,zt=_n[1]=Ot-1,s=e[0][Ct],o=e[0][zt],J==2?(s=Ct,o=zt):s==o&&(J==3?[s,o]=jn(s,s,S.log,!1):J==4?[s,o]=Os(s,s,S.log,!1):S.time?o=s+Lt(86400/I):[s,o]=Cn(s,o,Hs,!0))):(Ct=_n[0]=s=null,zt=_n[1]=o=null)),Ue(C,s,o)}let wn,kl,Yn,Kn,Jn,Zn,qn,Qn,Xn,ee;function ci(s,o,r,c,p,m){s??=Hi,r??=Ws,c??="butt",p??=Hi,m??="round",s!=wn&&(b.strokeStyle=wn=s),p!=kl&&(b.fillStyle=kl=p),o!=Yn&&(b.lineWidth=Yn=o),m!=Jn&&(b.lineJoin=Jn=m),c!=Zn&&(b.lineCap=Zn=c),r!=Kn&&b.setLineDash(Kn=r)}function ui(s,o,r,c){o!=kl&&(b.fillStyle=kl=o),s!=qn&&(b.font=qn=s),r!=Qn&&(b.textAlign=Qn=r),c!=Xn&&(b.textBaseline=Xn=c)}function ts(s,o,r,c,p=0){if(c.length>0&&s.auto(l,ql)&&(o==null||o.min==null)){let m=it(Ct,0),_=it(zt,c.length-1),v=r.min==null?Ka(c,m,_,p,s.distr==3):[r.min,r.max];s.min=Me(s.min,r.min=v[0]),s.max=Qt(s.max,r.max=v[1])}}const fi={min:null,max:null};function Mr(){for(let c in k){let p=k[c];N[c]==null&&(p.min==null||N[C]!=null&&p.auto(l,ql))&&(N[c]=fi)}for(let c in k){let p=k[c];N[c]==null&&p.from!=null&&N[p.from]!=null&&(N[c]=fi)}N[C]!=null&&$l(!0);let s={};for(let c in N){let p=N[c];if(p!=null){let m=s[c]=Ol(k[c],nc);if(p.min!=null)Mt(m,p);else if(c!=C||i==2)if(Ot==0&&m.from==null){let _=m.range(l,null,null,c);m.min=_[0],m.max=_[1]}else m.min=ht,m.max=-ht}}if(Ot>0){x.forEach((c,p)=>{if(i==1){let m=c.scale,_=N[m];if(_==null)return;let v=s[m];if(p==0){let $=v.range(l,v.min,v.max,m);v.min=$[0],v.max=$[1],Ct=Te(v.min,e[0]),zt=Te(v.max,e[0]),zt-Ct>1&&(e[0][Ct]<v.min&&Ct++,e[0][zt]>v.max&&zt--),c.min=ve[Ct],c.max=ve[zt]}else c.show&&c.auto&&ts(v,_,c,e[p],c.sorted);c.idxs[0]=Ct,c.idxs[1]=zt}else if(p>0&&c.show&&c.auto){let[m,_]=c.facets,v=m.scale,$=_.scale,[T,E]=e[p],A=s[v],G=s[$];A!=null&&ts(A,N[v],m,T,m.sorted),G!=null&&ts(G,N[$],_,E,_.sorted),c.min=_.min,c.max=_.max}});for(let c in s){let p=s[c],m=N[c];if(p.from==null&&(m==null||m.min==null)){let _=p.range(l,p.min==ht?null:p.min,p.max==-ht?null:p.max,c);p.min=_[0],p.max=_[1]}}}for(let c in s){let p=s[c];if(p.from!=null){let m=s[p.from];if(m.min==null)p.min=p.max=null;else{let _=p.range(l,m.min,m.max,c);p.min=_[0],p.max=_[1]}}}let o={},r=!1;for(let c in s){let p=s[c],m=k[c];if(m.min!=p.min||m.max!=p.max){m.min=p.min,m.max=p.max;let _=m.distr;m._min=_==3?Oe(m.min):_==4?ys(m.min,m.asinh):_==100?m.fwd(m.min):m.min,m._max=_==3?Oe(m.max):_==4?ys(m.max,m.asinh):_==100?m.fwd(m.max):m.max,o[c]=r=!0}}if(r){x.forEach((c,p)=>{i==2?p>0&&o.y&&(c._paths=null):o[c.scale]&&(c._paths=null)});for(let c in o)yl=!0,Rt("setScale",c);Bt&&j.left>=0&&(el=de=!0)}for(let c in N)N[c]=null}function Er(s){let o=Es(Ct-1,0,Ot-1),r=Es(zt+1,0,Ot-1);for(;s[o]==null&&o>0;)o--;for(;s[r]==null&&r<Ot-1;)r++;return[o,r]}function Dr(){if(Ot>0){let s=x.some(o=>o._focus)&&ee!=Ae.alpha;s&&(b.globalAlpha=ee=Ae.alpha),x.forEach((o,r)=>{if(r>0&&o.show&&(pi(r,!1),pi(r,!0),o._paths==null)){let c=ee;ee!=o.alpha&&(b.globalAlpha=ee=o.alpha);let p=i==2?[0,e[r][0].length-1]:Er(e[r]);o._paths=o.paths(l,r,p[0],p[1]),ee!=c&&(b.globalAlpha=ee=c)}}),x.forEach((o,r)=>{if(r>0&&o.show){let c=ee;ee!=o.alpha&&(b.globalAlpha=ee=o.alpha),o._paths!=null&&hi(r,!1);{let p=o._paths!=null?o._paths.gaps:null,m=o.points.show(l,r,Ct,zt,p),_=o.points.filter(l,r,m,p);(m||_)&&(o.points._paths=o.points.paths(l,r,Ct,zt,_),hi(r,!0))}ee!=c&&(b.globalAlpha=ee=c),Rt("drawSeries",r)}}),s&&(b.globalAlpha=ee=1)}}function pi(s,o){let r=o?x[s].points:x[s];r._stroke=r.stroke(l,s),r._fill=r.fill(l,s)}function hi(s,o){let r=o?x[s].points:x[s],{stroke:c,fill:p,clip:m,flags:_,_stroke:v=r._stroke,_fill:$=r._fill,_width:T=r.width}=r._paths;T=dt(T*rt,3);let E=null,A=T%2/2;o&&$==null&&($=T>0?"#fff":v);let G=r.pxAlign==1&&A>0;if(G&&b.translate(A,A),!o){let ot=se-T/2,st=he-T/2,X=te+T,H=xe+T;E=new Path2D,E.rect(ot,st,X,H)}o?es(v,T,r.dash,r.cap,$,c,p,_,m):Lr(s,v,T,r.dash,r.cap,$,c,p,_,E,m),G&&b.translate(-A,-A)}function Lr(s,o,r,c,p,m,_,v,$,T,E){let A=!1;$!=0&&Z.forEach((G,ot)=>{if(G.series[0]==s){let st=x[G.series[1]],X=e[G.series[1]],H=(st._paths||fn).band;Ke(H)&&(H=G.dir==1?H[0]:H[1]);let R,yt=null;st.show&&H&&Za(X,Ct,zt)?(yt=G.fill(l,ot)||m,R=st._paths.clip):H=null,es(o,r,c,p,yt,_,v,$,T,E,R,H),A=!0}}),A||es(o,r,c,p,m,_,v,$,T,E)}const di=Hl|As;function es(s,o,r,c,p,m,_,v,$,T,E,A){ci(s,o,r,c,p),($||T||A)&&(b.save(),$&&b.clip($),T&&b.clip(T)),A?(v&di)==di?(b.clip(A),E&&b.clip(E),vn(p,_),xn(s,m,o)):v&As?(vn(p,_),b.clip(A),xn(s,m,o)):v&Hl&&(b.save(),b.clip(A),E&&b.clip(E),vn(p,_),b.restore(),xn(s,m,o)):(vn(p,_),xn(s,m,o)),($||T||A)&&b.restore()}function xn(s,o,r){r>0&&(o instanceof Map?o.forEach((c,p)=>{b.strokeStyle=wn=p,b.stroke(c)}):o!=null&&s&&b.stroke(o))}function vn(s,o){o instanceof Map?o.forEach((r,c)=>{b.fillStyle=kl=c,b.fill(r)}):o!=null&&s&&b.fill(o)}function Ar(s,o,r,c){let p=M[s],m;if(c<=0)m=[0,0];else{let _=p._space=p.space(l,s,o,r,c),v=p._incrs=p.incrs(l,s,o,r,c,_);m=bu(o,r,v,c,_)}return p._found=m}function ls(s,o,r,c,p,m,_,v,$,T){let E=_%2/2;z==1&&b.translate(E,E),ci(v,_,$,T,v),b.beginPath();let A,G,ot,st,X=p+(c==0||c==3?-m:m);r==0?(G=p,st=X):(A=p,ot=X);for(let H=0;H<s.length;H++)o[H]!=null&&(r==0?A=ot=s[H]:G=st=s[H],b.moveTo(A,G),b.lineTo(ot,st));b.stroke(),z==1&&b.translate(-E,-E)}function Pr(s){let o=!0;return M.forEach((r,c)=>{if(!r.show)return;let p=k[r.scale];if(p.min==null){r._show&&(o=!1,r._show=!1,$l(!1));return}else r._show||(o=!1,r._show=!0,$l(!1));let m=r.side,_=m%2,{min:v,max:$}=p,[T,E]=Ar(c,v,$,_==0?K:D);if(E==0)return;let A=p.distr==2,G=r._splits=r.splits(l,c,v,$,T,E,A),ot=p.distr==2?G.map(R=>ve[R]):G,st=p.distr==2?ve[G[1]]-ve[G[0]]:T,X=r._values=r.values(l,r.filter(l,ot,c,E,st),c,E,st);r._rotate=m==2?r.rotate(l,X,c,E):0;let H=r._size;r._size=_e(r.size(l,X,c,s)),H!=null&&r._size!=H&&(o=!1)}),o}function Cr(s){let o=!0;return ri.forEach((r,c)=>{let p=r(l,c,nl,s);p!=We[c]&&(o=!1),We[c]=p}),o}function zr(){for(let s=0;s<M.length;s++){let o=M[s];if(!o.show||!o._show)continue;let r=o.side,c=r%2,p,m,_=o.stroke(l,s),v=r==0||r==3?-1:1,[$,T]=o._found;if(o.label!=null){let Jt=o.labelGap*v,re=Lt((o._lpos+Jt)*rt);ui(o.labelFont[0],_,"center",r==2?sn:Oi),b.save(),c==1?(p=m=0,b.translate(re,Lt(he+xe/2)),b.rotate((r==3?-An:An)/2)):(p=Lt(se+te/2),m=re);let ol=Fo(o.label)?o.label(l,s,$,T):o.label;b.fillText(ol,p,m),b.restore()}if(T==0)continue;let E=k[o.scale],A=c==0?te:xe,G=c==0?se:he,ot=o._splits,st=E.distr==2?ot.map(Jt=>ve[Jt]):ot,X=E.distr==2?ve[ot[1]]-ve[ot[0]]:$,H=o.ticks,R=o.border,yt=H.show?H.size:0,$t=Lt(yt*rt),Vt=Lt((o.alignTo==2?o._size-yt-o.gap:o.gap)*rt),ft=o._rotate*-An/180,St=O(o._pos*rt),ie=($t+Vt)*v,Kt=St+ie;m=c==0?Kt:0,p=c==1?Kt:0;let ge=o.font[0],ke=o.align==1?Cl:o.align==2?ms:ft>0?Cl:ft<0?ms:c==0?"center":r==3?ms:Cl,ze=ft||c==1?"middle":r==2?sn:Oi;ui(ge,_,ke,ze);let oe=o.font[1]*o.lineGap,be=ot.map(Jt=>O(h(Jt,E,A,G))),$e=o._values;for(let Jt=0;Jt<$e.length;Jt++){let re=$e[Jt];if(re!=null){c==0?p=be[Jt]:m=be[Jt],re=""+re;let ol=re.indexOf(`
`)==-1?[re]:re.split(/\n/gm);for(let Zt=0;Zt<ol.length;Zt++){let Ci=ol[Zt];ft?(b.save(),b.translate(p,m+Zt*oe),b.rotate(ft),b.fillText(Ci,0,0),b.restore()):b.fillText(Ci,p,m+Zt*oe)}}}H.show&&ls(be,H.filter(l,st,s,T,X),c,r,St,$t,dt(H.width*rt,3),H.stroke(l,s),H.dash,H.cap);let Fe=o.grid;Fe.show&&ls(be,Fe.filter(l,st,s,T,X),c,c==0?2:1,c==0?he:se,c==0?xe:te,dt(Fe.width*rt,3),Fe.stroke(l,s),Fe.dash,Fe.cap),R.show&&ls([St],[1],c==0?1:0,c==0?1:2,c==1?he:se,c==1?xe:te,dt(R.width*rt,3),R.stroke(l,s),R.dash,R.cap)}Rt("drawAxes")}function $l(s){x.forEach((o,r)=>{r>0&&(o._paths=null,s&&(i==1?(o.min=null,o.max=null):o.facets.forEach(c=>{c.min=null,c.max=null})))})}let kn=!1,ns=!1,Ql=[];function Fr(){ns=!1;for(let s=0;s<Ql.length;s++)Rt(...Ql[s]);Ql.length=0}function Sl(){kn||(uc(mi),kn=!0)}function jr(s,o=!1){kn=!0,ns=o,s(l),mi(),o&&Ql.length>0&&queueMicrotask(Fr)}l.batch=jr;function mi(){if(Gn&&(Mr(),Gn=!1),yl&&(wr(),yl=!1),bn){if(_t(P,Cl,mt),_t(P,sn,Dt),_t(P,rn,K),_t(P,an,D),_t(L,Cl,mt),_t(L,sn,Dt),_t(L,rn,K),_t(L,an,D),_t(y,rn,Ve),_t(y,an,Qe),g.width=Lt(Ve*rt),g.height=Lt(Qe*rt),M.forEach(({_el:s,_show:o,_size:r,_pos:c,side:p})=>{if(s!=null)if(o){let m=p===3||p===0?r:0,_=p%2==1;_t(s,_?"left":"top",c-m),_t(s,_?"width":"height",r),_t(s,_?"top":"left",_?Dt:mt),_t(s,_?"height":"width",_?D:K),Ts(s,cl)}else ae(s,cl)}),wn=kl=Yn=Jn=Zn=qn=Qn=Xn=Kn=null,ee=1,en(!0),mt!=bl||Dt!=Xe||K!=Le||D!=tl){$l(!1);let s=K/Le,o=D/tl;if(Bt&&!el&&j.left>=0){j.left*=s,j.top*=o,Tl&&je(Tl,Lt(j.left),0,K,D),Ml&&je(Ml,0,Lt(j.top),K,D);for(let r=0;r<me.length;r++){let c=me[r];c!=null&&(xl[r]*=s,vl[r]*=o,je(c,_e(xl[r]),_e(vl[r]),K,D))}}if(bt.show&&!yn&&bt.left>=0&&bt.width>0){bt.left*=s,bt.width*=s,bt.top*=o,bt.height*=o;for(let r in cs)_t(Ll,r,bt[r])}bl=mt,Xe=Dt,Le=K,tl=D}Rt("setSize"),bn=!1}Ve>0&&Qe>0&&(b.clearRect(0,0,g.width,g.height),Rt("drawClear"),Y.forEach(s=>s()),Rt("draw")),bt.show&&yn&&($n(bt),yn=!1),Bt&&el&&(il(null,!0,!1),el=!1),Q.show&&Q.live&&de&&(rs(),de=!1),f||(f=!0,l.status=1,Rt("ready")),ql=!1,kn=!1}l.redraw=(s,o)=>{yl=o||!1,s!==!1?Ue(C,S.min,S.max):Sl()};function ss(s,o){let r=k[s];if(r.from==null){if(Ot==0){let c=r.range(l,o.min,o.max,s);o.min=c[0],o.max=c[1]}if(o.min>o.max){let c=o.min;o.min=o.max,o.max=c}if(Ot>1&&o.min!=null&&o.max!=null&&o.max-o.min<1e-16)return;s==C&&r.distr==2&&Ot>0&&(o.min=Te(o.min,e[0]),o.max=Te(o.max,e[0]),o.min==o.max&&o.max++),N[s]=o,Gn=!0,Sl()}}l.setScale=ss;let is,os,Tl,Ml,gi,bi,El,Dl,yi,_i,gt,vt,Ge=!1;const Ht=j.drag;let Ft=Ht.x,jt=Ht.y;Bt&&(j.x&&(is=ye(za,L)),j.y&&(os=ye(Fa,L)),S.ori==0?(Tl=is,Ml=os):(Tl=os,Ml=is),gt=j.left,vt=j.top);const bt=l.select=Mt({show:!0,over:!0,left:0,width:0,top:0,height:0},t.select),Ll=bt.show?ye(Ca,bt.over?L:P):null;function $n(s,o){if(bt.show){for(let r in s)bt[r]=s[r],r in cs&&_t(Ll,r,s[r]);o!==!1&&Rt("setSelect")}}l.setSelect=$n;function Rr(s){if(x[s].show)Et&&Ts(kt[s],cl);else if(Et&&ae(kt[s],cl),Bt){let r=wl?me[0]:me[s];r!=null&&je(r,-10,-10,K,D)}}function Ue(s,o,r){ss(s,{min:o,max:r})}function Pe(s,o,r,c){o.focus!=null&&Ir(s),o.show!=null&&x.forEach((p,m)=>{m>0&&(s==m||s==null)&&(p.show=o.show,Rr(m),i==2?(Ue(p.facets[0].scale,null,null),Ue(p.facets[1].scale,null,null)):Ue(p.scale,null,null),Sl())}),r!==!1&&Rt("setSeries",s,o),c&&ln("setSeries",l,s,o)}l.setSeries=Pe;function Vr(s,o){Mt(Z[s],o)}function Nr(s,o){s.fill=et(s.fill||null),s.dir=it(s.dir,-1),o=o??Z.length,Z.splice(o,0,s)}function Or(s){s==null?Z.length=0:Z.splice(s,1)}l.addBand=Nr,l.setBand=Vr,l.delBand=Or;function Hr(s,o){x[s].alpha=o,Bt&&me[s]!=null&&(me[s].style.opacity=o),Et&&kt[s]&&(kt[s].style.opacity=o)}let Ne,Be,sl;const Al={focus:!0};function Ir(s){if(s!=sl){let o=s==null,r=Ae.alpha!=1;x.forEach((c,p)=>{if(i==1||p>0){let m=o||p==0||p==s;c._focus=o?null:m,r&&Hr(p,m?1:Ae.alpha)}}),sl=s,r&&Sl()}}Et&&_l&&Yt(Gi,at,s=>{j._lock||(ll(s),sl!=null&&Pe(null,Al,!0,Tt.setSeries))});function Ce(s,o,r){let c=k[o];r&&(s=s/rt-(c.ori==1?Dt:mt));let p=K;c.ori==1&&(p=D,s=p-s),c.dir==-1&&(s=p-s);let m=c._min,_=c._max,v=s/p,$=m+(_-m)*v,T=c.distr;return T==3?Vl(10,$):T==4?Qa($,c.asinh):T==100?c.bwd($):$}function Wr(s,o){let r=Ce(s,C,o);return Te(r,e[0],Ct,zt)}l.valToIdx=s=>Te(s,e[0]),l.posToIdx=Wr,l.posToVal=Ce,l.valToPos=(s,o,r)=>k[o].ori==0?u(s,k[o],r?te:K,r?se:0):a(s,k[o],r?xe:D,r?he:0),l.setCursor=(s,o,r)=>{gt=s.left,vt=s.top,il(null,o,r)};function wi(s,o){_t(Ll,Cl,bt.left=s),_t(Ll,rn,bt.width=o)}function xi(s,o){_t(Ll,sn,bt.top=s),_t(Ll,an,bt.height=o)}let Xl=S.ori==0?wi:xi,tn=S.ori==1?wi:xi;function Gr(){if(Et&&Q.live)for(let s=i==2?1:0;s<x.length;s++){if(s==0&&pe)continue;let o=Q.values[s],r=0;for(let c in o)De[s][r++].firstChild.nodeValue=o[c]}}function rs(s,o){if(s!=null&&(s.idxs?s.idxs.forEach((r,c)=>{ut[c]=r}):lc(s.idx)||ut.fill(s.idx),Q.idx=ut[0]),Et&&Q.live){for(let r=0;r<x.length;r++)(r>0||i==1&&!pe)&&Ur(r,ut[r]);Gr()}de=!1,o!==!1&&Rt("setLegend")}l.setLegend=rs;function Ur(s,o){let r=x[s],c=s==0&&J==2?ve:e[s],p;pe?p=r.values(l,s,o)??Ie:(p=r.value(l,o==null?null:c[o],s,o),p=p==null?Ie:{_:p}),Q.values[s]=p}function il(s,o,r){yi=gt,_i=vt,[gt,vt]=j.move(l,gt,vt),j.left=gt,j.top=vt,Bt&&(Tl&&je(Tl,Lt(gt),0,K,D),Ml&&je(Ml,0,Lt(vt),K,D));let c,p=Ct>zt;Ne=ht,Be=null;let m=S.ori==0?K:D,_=S.ori==1?K:D;if(gt<0||Ot==0||p){c=j.idx=null;for(let v=0;v<x.length;v++){let $=me[v];$!=null&&je($,-10,-10,K,D)}_l&&Pe(null,Al,!0,s==null&&Tt.setSeries),Q.live&&(ut.fill(c),de=!0)}else{let v,$,T;i==1&&(v=S.ori==0?gt:vt,$=Ce(v,C),c=j.idx=Te($,e[0],Ct,zt),T=F(e[0][c],S,m,0));let E=-10,A=-10,G=0,ot=0,st=!0,X="",H="";for(let R=i==2?1:0;R<x.length;R++){let yt=x[R],$t=ut[R],Vt=$t==null?null:i==1?e[R][$t]:e[R][1][$t],ft=j.dataIdx(l,R,c,$),St=ft==null?null:i==1?e[R][ft]:e[R][1][ft];if(de=de||St!=Vt||ft!=$t,ut[R]=ft,R>0&&yt.show){let ie=ft==null?-10:ft==c?T:F(i==1?e[0][ft]:e[R][0][ft],S,m,0),Kt=St==null?-10:W(St,i==1?k[yt.scale]:k[yt.facets[1].scale],_,0);if(_l&&St!=null){let ge=S.ori==1?gt:vt,ke=At(Ae.dist(l,R,ft,Kt,ge));if(ke<Ne){let ze=Ae.bias;if(ze!=0){let oe=Ce(ge,yt.scale),be=St>=0?1:-1,$e=oe>=0?1:-1;$e==be&&($e==1?ze==1?St>=oe:St<=oe:ze==1?St<=oe:St>=oe)&&(Ne=ke,Be=R)}else Ne=ke,Be=R}}if(de||wl){let ge,ke;S.ori==0?(ge=ie,ke=Kt):(ge=Kt,ke=ie);let ze,oe,be,$e,Fe,Jt,re=!0,ol=Wt.bbox;if(ol!=null){re=!1;let Zt=ol(l,R);be=Zt.left,$e=Zt.top,ze=Zt.width,oe=Zt.height}else be=ge,$e=ke,ze=oe=Wt.size(l,R);if(Jt=Wt.fill(l,R),Fe=Wt.stroke(l,R),wl)R==Be&&Ne<=Ae.prox&&(E=be,A=$e,G=ze,ot=oe,st=re,X=Jt,H=Fe);else{let Zt=me[R];Zt!=null&&(xl[R]=be,vl[R]=$e,qi(Zt,ze,oe,re),Ji(Zt,Jt,Fe),je(Zt,_e(be),_e($e),K,D))}}}}if(wl){let R=Ae.prox,yt=sl==null?Ne<=R:Ne>R||Be!=sl;if(de||yt){let $t=me[0];$t!=null&&(xl[0]=E,vl[0]=A,qi($t,G,ot,st),Ji($t,X,H),je($t,_e(E),_e(A),K,D))}}}if(bt.show&&Ge)if(s!=null){let[v,$]=Tt.scales,[T,E]=Tt.match,[A,G]=s.cursor.sync.scales,ot=s.cursor.drag;if(Ft=ot._x,jt=ot._y,Ft||jt){let{left:st,top:X,width:H,height:R}=s.select,yt=s.scales[A].ori,$t=s.posToVal,Vt,ft,St,ie,Kt,ge=v!=null&&T(v,A),ke=$!=null&&E($,G);ge&&Ft?(yt==0?(Vt=st,ft=H):(Vt=X,ft=R),St=k[v],ie=F($t(Vt,A),St,m,0),Kt=F($t(Vt+ft,A),St,m,0),Xl(Me(ie,Kt),At(Kt-ie))):Xl(0,m),ke&&jt?(yt==1?(Vt=st,ft=H):(Vt=X,ft=R),St=k[$],ie=W($t(Vt,G),St,_,0),Kt=W($t(Vt+ft,G),St,_,0),tn(Me(ie,Kt),At(Kt-ie))):tn(0,_)}else us()}else{let v=At(yi-gi),$=At(_i-bi);if(S.ori==1){let G=v;v=$,$=G}Ft=Ht.x&&v>=Ht.dist,jt=Ht.y&&$>=Ht.dist;let T=Ht.uni;T!=null?Ft&&jt&&(Ft=v>=T,jt=$>=T,!Ft&&!jt&&($>v?jt=!0:Ft=!0)):Ht.x&&Ht.y&&(Ft||jt)&&(Ft=jt=!0);let E,A;Ft&&(S.ori==0?(E=El,A=gt):(E=Dl,A=vt),Xl(Me(E,A),At(A-E)),jt||tn(0,_)),jt&&(S.ori==1?(E=El,A=gt):(E=Dl,A=vt),tn(Me(E,A),At(A-E)),Ft||Xl(0,m)),!Ft&&!jt&&(Xl(0,0),tn(0,0))}if(Ht._x=Ft,Ht._y=jt,s==null){if(r){if(Pi!=null){let[v,$]=Tt.scales;Tt.values[0]=v!=null?Ce(S.ori==0?gt:vt,v):null,Tt.values[1]=$!=null?Ce(S.ori==1?gt:vt,$):null}ln(gs,l,gt,vt,K,D,c)}if(_l){let v=r&&Tt.setSeries,$=Ae.prox;sl==null?Ne<=$&&Pe(Be,Al,!0,v):Ne>$?Pe(null,Al,!0,v):Be!=sl&&Pe(Be,Al,!0,v)}}de&&(Q.idx=c,rs()),o!==!1&&Rt("setCursor")}let Ye=null;Object.defineProperty(l,"rect",{get(){return Ye==null&&en(!1),Ye}});function en(s=!1){s?Ye=null:(Ye=L.getBoundingClientRect(),Rt("syncRect",Ye))}function vi(s,o,r,c,p,m,_){j._lock||Ge&&s!=null&&s.movementX==0&&s.movementY==0||(as(s,o,r,c,p,m,_,!1,s!=null),s!=null?il(null,!0,!0):il(o,!0,!1))}function as(s,o,r,c,p,m,_,v,$){if(Ye==null&&en(!1),ll(s),s!=null)r=s.clientX-Ye.left,c=s.clientY-Ye.top;else{if(r<0||c<0){gt=-10,vt=-10;return}let[T,E]=Tt.scales,A=o.cursor.sync,[G,ot]=A.values,[st,X]=A.scales,[H,R]=Tt.match,yt=o.axes[0].side%2==1,$t=S.ori==0?K:D,Vt=S.ori==1?K:D,ft=yt?m:p,St=yt?p:m,ie=yt?c:r,Kt=yt?r:c;if(st!=null?r=H(T,st)?h(G,k[T],$t,0):-10:r=$t*(ie/ft),X!=null?c=R(E,X)?h(ot,k[E],Vt,0):-10:c=Vt*(Kt/St),S.ori==1){let ge=r;r=c,c=ge}}$&&(o==null||o.cursor.event.type==gs)&&((r<=1||r>=K-1)&&(r=rl(r,K)),(c<=1||c>=D-1)&&(c=rl(c,D))),v?(gi=r,bi=c,[El,Dl]=j.move(l,r,c)):(gt=r,vt=c)}const cs={width:0,height:0,left:0,top:0};function us(){$n(cs,!1)}let ki,$i,Si,Ti;function Mi(s,o,r,c,p,m,_){Ge=!0,Ft=jt=Ht._x=Ht._y=!1,as(s,o,r,c,p,m,_,!0,!1),s!=null&&(Yt(bs,$s,Ei,!1),ln(Ii,l,El,Dl,K,D,null));let{left:v,top:$,width:T,height:E}=bt;ki=v,$i=$,Si=T,Ti=E}function Ei(s,o,r,c,p,m,_){Ge=Ht._x=Ht._y=!1,as(s,o,r,c,p,m,_,!1,!0);let{left:v,top:$,width:T,height:E}=bt,A=T>0||E>0,G=ki!=v||$i!=$||Si!=T||Ti!=E;if(A&&G&&$n(bt),Ht.setScale&&A&&G){let ot=v,st=T,X=$,H=E;if(S.ori==1&&(ot=$,st=E,X=v,H=T),Ft&&Ue(C,Ce(ot,C),Ce(ot+st,C)),jt)for(let R in k){let yt=k[R];R!=C&&yt.from==null&&yt.min!=ht&&Ue(R,Ce(X+H,R),Ce(X,R))}us()}else j.lock&&(j._lock=!j._lock,il(o,!0,s!=null));s!=null&&(gl(bs,$s),ln(bs,l,gt,vt,K,D,null))}function Br(s,o,r,c,p,m,_){if(j._lock)return;ll(s);let v=Ge;if(Ge){let $=!0,T=!0,E=10,A,G;S.ori==0?(A=Ft,G=jt):(A=jt,G=Ft),A&&G&&($=gt<=E||gt>=K-E,T=vt<=E||vt>=D-E),A&&$&&(gt=gt<El?0:K),G&&T&&(vt=vt<Dl?0:D),il(null,!0,!0),Ge=!1}gt=-10,vt=-10,ut.fill(null),il(null,!0,!0),v&&(Ge=v)}function Di(s,o,r,c,p,m,_){j._lock||(ll(s),Bn(),us(),s!=null&&ln(Ui,l,gt,vt,K,D,null))}function Li(){M.forEach(yu),Un(l.width,l.height,!0)}ul(Pn,Fl,Li);const Pl={};Pl.mousedown=Mi,Pl.mousemove=vi,Pl.mouseup=Ei,Pl.dblclick=Di,Pl.setSeries=(s,o,r,c)=>{let p=Tt.match[2];r=p(l,o,r),r!=-1&&Pe(r,c,!0,!1)},Bt&&(Yt(Ii,L,Mi),Yt(gs,L,vi),Yt(Wi,L,s=>{ll(s),en(!1)}),Yt(Gi,L,Br),Yt(Ui,L,Di),Ps.add(l),l.syncRect=en);const Sn=l.hooks=t.hooks||{};function Rt(s,o,r){ns?Ql.push([s,o,r]):s in Sn&&Sn[s].forEach(c=>{c.call(null,l,o,r)})}(t.plugins||[]).forEach(s=>{for(let o in s.hooks)Sn[o]=(Sn[o]||[]).concat(s.hooks[o])});const Ai=(s,o,r)=>r,Tt=Mt({key:null,setSeries:!1,filters:{pub:lo,sub:lo},scales:[C,x[1]?x[1].scale:null],match:[no,no,Ai],values:[null,null]},j.sync);Tt.match.length==2&&Tt.match.push(Ai),j.sync=Tt;const Pi=Tt.key,fs=ir(Pi);function ln(s,o,r,c,p,m,_){Tt.filters.pub(s,o,r,c,p,m,_)&&fs.pub(s,o,r,c,p,m,_)}fs.sub(l);function Yr(s,o,r,c,p,m,_){Tt.filters.sub(s,o,r,c,p,m,_)&&Pl[s](null,o,r,c,p,m,_)}l.pub=Yr;function Kr(){fs.unsub(l),Ps.delete(l),qe.clear(),Ms(Pn,Fl,Li),d.remove(),at?.remove(),Rt("destroy")}l.destroy=Kr;function ps(){Rt("init",t,e),ai(e||t.data,!1),N[C]?ss(C,N[C]):Bn(),yn=bt.show&&(bt.width>0||bt.height>0),el=de=!0,Un(t.width,t.height)}return x.forEach(oi),M.forEach(Tr),n?n instanceof HTMLElement?(n.appendChild(d),ps()):n(l,ps):ps(),l}It.assign=Mt;It.fmtNum=Is;It.rangeNum=Cn;It.rangeLog=jn;It.rangeAsinh=Os;It.orient=hl;It.pxRatio=rt;It.join=cc;It.fmtDate=Gs,It.tzDate=wc;It.sync=ir;{It.addGap=lu,It.clipGaps=Nn;let t=It.paths={points:fr};t.linear=hr,t.stepped=iu,t.bars=ou,t.spline=au}const _u='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var wu=Object.defineProperty,fe=(t,e,n,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,n,i)||i);return i&&wu(e,n,i),i};const ti=class ti extends Il{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=e=>String(e),this.dark=!1,this.height=220,this.readout=""}render(){const e=this.ys.length===0;return B`<figure role="group" aria-label=${this.label} style="margin:0">
      ${e?B`<div class="empty muted">${w("common.no_data")}</div>`:B`<div class="plot" aria-hidden="true"></div>
            <div class="readout" aria-hidden="true">${this.readout||this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind==="time"?w("chart.period"):w("chart.range")}</th>
            <th scope="col">${this.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${this.ys.map((n,l)=>B`<tr data-key=${this.labels[l]??String(this.xs[l])} data-value=${String(n)}>
                <th scope="row">${this.labels[l]??String(this.xs[l])}</th>
                <td>${this.formatValue(n)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const e=this.ys.reduce((n,l)=>n+l,0);return w("chart.total",{total:this.formatValue(e),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(e){(e.has("xs")||e.has("ys")||e.has("kind")||e.has("dark")||e.has("labels")||e.has("height")||e.has("bucket")||e.has("locale")||e.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const e=Math.floor(this.plotEl.clientWidth);e>0&&e!==this.plot.width&&this.plot.setSize({width:e,height:this.height})}draw(){this.destroy();const e=this.plotEl;if(!e||this.ys.length===0)return;const n=getComputedStyle(this),l=n.getPropertyValue("--pl-chart-color").trim()||n.getPropertyValue("--primary-color").trim()||"#03a9f4",i=n.getPropertyValue("--secondary-text-color").trim()||"#727272",u=n.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",a=`12px ${n.fontFamily||"sans-serif"}`,h=Math.max(Math.floor(e.clientWidth),200),f=this.labels,d=this.xs,g=this.formatValue,b=this.kind==="time",y=this.bucket,P=this.locale,L=b?Xr(y)/2:.5,z={stroke:i,font:a,grid:{stroke:u,width:1},ticks:{stroke:u,width:1}},O=x=>b?ji(d[x]??0,y,P):f[x]??"",I={width:h,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(x,M,k)=>[M-L,k+L]},y:{range:(x,M,k)=>[0,k>0?k*1.1:1]}},axes:[b?{...z,splits:x=>Qr(d,Math.max(Math.floor(x.bbox.width/devicePixelRatio/70),2)),values:(x,M)=>M.map(k=>ji(k,y,P))}:{...z,splits:()=>f.map((x,M)=>M),values:(x,M)=>M.map(k=>f[k]??""),gap:4},{...z,size:48,values:(x,M)=>M.map(k=>g(k))}],series:[{},{label:this.unit,stroke:l,fill:l,width:0,paths:It.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[x=>{const M=x.cursor.idx,k=M==null?void 0:this.ys[M];this.readout=k===void 0||M===null||M===void 0?"":`${O(M)}: ${g(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new It(I,[this.xs,this.ys],e)}};ti.styles=[Wl,Zr(_u),Gl`
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
    `];let Ut=ti;fe([pt()],Ut.prototype,"kind");fe([pt()],Ut.prototype,"label");fe([pt()],Ut.prototype,"unit");fe([pt({attribute:!1})],Ut.prototype,"xs");fe([pt({attribute:!1})],Ut.prototype,"ys");fe([pt({attribute:!1})],Ut.prototype,"labels");fe([pt()],Ut.prototype,"bucket");fe([pt()],Ut.prototype,"locale");fe([pt({attribute:!1})],Ut.prototype,"formatValue");fe([pt({type:Boolean})],Ut.prototype,"dark");fe([pt({type:Number})],Ut.prototype,"height");fe([qr(".plot")],Ut.prototype,"plotEl");fe([pl()],Ut.prototype,"readout");Ul("pl-chart",Ut);var xu=Object.defineProperty,mn=(t,e,n,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,n,i)||i);return i&&xu(e,n,i),i};const ei=class ei extends Il{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const e=ta(this.matrix),n=Array.from({length:24},(f,d)=>d),l=ea(this.locale),i=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),u=f=>{const d=i.formatToParts(new Date(Date.UTC(2024,0,1,f))),g=Number(d.find(y=>y.type==="hour")?.value??f),b=d.find(y=>y.type==="dayPeriod")?.value;return b?`${g}${b.charAt(0).toLowerCase()}`:String(g)},a=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),h=f=>a.format(new Date(Date.UTC(2024,0,1,f)));return B`<table aria-label=${this.label||w("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${n.map(f=>B`<th scope="col" abbr=${h(f)}>${f%3===0?u(f):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${la(this.firstWeekday).map(f=>B`<tr data-weekday=${f}>
              <th scope="row">${l[f]}</th>
              ${n.map(d=>{const g=this.matrix[f]?.[d]??0,b=w("heatmap.cell",{day:l[f],from:h(d),to:h((d+1)%24),count:g});return B`<td title=${b} data-weekday=${f} data-hour=${d} data-value=${g}>
                  ${g>0?B`<span class="shade" style=${vs({opacity:String(.15+.85*(g/e))})}></span>`:""}
                  <span class="sr-only">${g}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${e}</div>`}};ei.styles=[Wl,Gl`
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
    `];let Ze=ei;mn([pt()],Ze.prototype,"label");mn([pt({attribute:!1})],Ze.prototype,"matrix");mn([pt({type:Number})],Ze.prototype,"firstWeekday");mn([pt()],Ze.prototype,"locale");mn([pt({attribute:!1})],Ze.prototype,"hour12");Ul("pl-heatmap",Ze);const vu=.5;function Wn(t){return t==null||!Number.isFinite(t)||t<=0?null:(t-1)*100}function qs(t){const e=t&&t.jobs>0?Wn(t.ratio):null;return e===null?"none":Math.abs(e)<vu?"exact":e>0?"under":"over"}function jl(t,e){const n=Math.abs(t);return Fs(n>=10?Math.round(n):Math.round(n*10)/10,e)}function ku(t,e,n){const l=qs(e);if(l==="none")return w(t==="time"?"accuracy.time_none":"accuracy.filament_none");if(l==="exact")return w(t==="time"?"accuracy.time_exact":"accuracy.filament_exact");const i=jl(Wn(e.ratio),n);return t==="time"?w(l==="under"?"accuracy.time_under":"accuracy.time_over",{pct:i}):w(l==="under"?"accuracy.filament_under":"accuracy.filament_over",{pct:i})}function $u(t,e,n){const l=qs(e);if(l==="none")return"—";if(l==="exact")return w("accuracy.as_estimated");const i=jl(Wn(e.ratio),n);return t==="time"?w(l==="under"?"accuracy.longer":"accuracy.shorter",{pct:i}):w(l==="under"?"accuracy.more":"accuracy.less",{pct:i})}function Su(t,e){const n=t?.mean_abs_error_pct;return!t||t.jobs===0||n===null||n===void 0||!Number.isFinite(n)?"":w("accuracy.job_error",{pct:jl(n,e)})}function Tu(t,e,n){if(!e||e.jobs===0)return"";const l=qt(e.jobs,n);if(t==="time")return w("accuracy.time_totals",{estimated:Ln(e.estimated_hours,"hours",n,1),actual:Ln(e.actual_hours,"hours",n,1),count:e.jobs,n:l});const i=u=>Ln(u===void 0?void 0:u/1e3,"metres",n,1);return w("accuracy.filament_totals",{estimated:i(e.estimated_mm),actual:i(e.actual_mm),count:e.jobs,n:l})}var Mu=Object.defineProperty,br=(t,e,n,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,n,i)||i);return i&&Mu(e,n,i),i};const Eu=["time","filament"],Dn=t=>t==null?"":String(t),li=class li extends Il{render(){const e=this.options,n=this.report;return!e||!n?Gt:n.overall.jobs?B`
      <p class="intro muted">${w("accuracy.intro")}</p>
      <div class="overall">${Eu.map(l=>this.renderFigure(l,n.overall[l],e))}</div>
      ${this.renderGroup("printer",w("accuracy.by_printer"),w("common.printer"),n.by_printer,e)}
      ${this.renderGroup("material",w("accuracy.by_material"),w("accuracy.material"),n.by_material,e)}
    `:B`<p class="empty muted">${w("accuracy.no_jobs")}</p>`}renderFigure(e,n,l){const i=qs(n),u=Wn(n.ratio);return B`<div
      class="figure"
      data-kind=${e}
      data-jobs=${n.jobs}
      data-ratio=${Dn(n.ratio)}
      data-error=${Dn(n.mean_abs_error_pct)}
    >
      <h3>${w(e==="time"?"accuracy.time":"accuracy.filament")}</h3>
      ${u!==null&&i!=="none"?B`<span class=${`big ${i}`} aria-hidden="true">${i==="exact"?`±${jl(0,l)}`:`${u>0?"+":"−"}${jl(u,l)}`}</span>`:Gt}
      <p class="verdict">${ku(e,n,l)}</p>
      ${n.jobs?B`<p class="muted totals">${Tu(e,n,l)}</p>`:Gt}
      ${n.jobs?B`<p class="muted error">${Su(n,l)}</p>`:Gt}
    </div>`}renderGroup(e,n,l,i,u){if(!i.length)return Gt;const a=w("accuracy.time_column"),h=w("accuracy.filament_column");return B`<h3 class="group">${n}</h3>
      <table data-group=${e}>
        <colgroup>
          <col class="name" />
          <col class="jobs" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">${l}</th>
            <th scope="col" class="num">${w("accuracy.jobs")}</th>
            <th scope="col">${a}</th>
            <th scope="col">${h}</th>
          </tr>
        </thead>
        <tbody>
          ${i.map(f=>B`<tr data-key=${f.key??""}>
              <th scope="row">${f.key===null?w("common.unknown"):f.label}</th>
              <td class="num" data-jobs=${f.jobs}>${w("common.n_jobs",{count:f.jobs,n:qt(f.jobs,u)})}</td>
              ${this.renderCell("time",f.time,a,u)} ${this.renderCell("filament",f.filament,h,u)}
            </tr>`)}
        </tbody>
      </table>`}renderCell(e,n,l,i){const u=n.jobs&&n.mean_abs_error_pct!==null?jl(n.mean_abs_error_pct,i):"";return B`<td
      data-kind=${e}
      data-heading=${l}
      data-ratio=${Dn(n.ratio)}
      data-error=${Dn(n.mean_abs_error_pct)}
      data-jobs=${n.jobs}
    >
      <span class="cell"
        ><span class="deviation">${$u(e,n,i)}</span>
        ${u?B`<span class="muted">${w("accuracy.per_job",{pct:u})}</span>`:Gt}</span
      >
    </td>`}};li.styles=[Wl,Gl`
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
    `];let dn=li;br([pt({attribute:!1})],dn.prototype,"report");br([pt({attribute:!1})],dn.prototype,"options");Ul("pl-accuracy",dn);const To=new Map;function Du(t,e){const n=e.numberLocale??"";let l=To.get(n);return l||(l=new Intl.NumberFormat(e.numberLocale,{minimumFractionDigits:2,maximumFractionDigits:3}),To.set(n,l)),w("analytics.layer_height_value",{n:l.format(t)})}function yr(t,e,n){return t.map(l=>{const i={key:l.key===null||l.key===void 0?"":String(l.key),label:l.key===null||l.key===void 0?w("common.unknown"):n(l),value:l.jobs,display:w("common.n_jobs",{count:l.jobs,n:qt(l.jobs,e)})};return l.success_rate!==null&&l.success_rate!==void 0&&(i.note=w("analytics.succeeded",{pct:Fs(l.success_rate,e)})),i})}function Lu(t,e){return yr(t,e,n=>n.label||String(n.key))}function Au(t,e){return yr(t,e,n=>typeof n.key=="number"&&Number.isFinite(n.key)?Du(n.key,e):n.label||String(n.key))}var Pu=Object.defineProperty,Ee=(t,e,n,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,n,i)||i);return i&&Pu(e,n,i),i};function zs(t){const e=t?.points??[],[n,l]=ma(e),i=[...e].sort((u,a)=>u.bucket<a.bucket?-1:1).map(u=>u.bucket);return{xs:n,ys:l,labels:i}}const Mo=zs(void 0),Cu=[],zu=ks.map((t,e)=>e),ni=class ni extends Il{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=Mo,this.hoursSeries=Mo,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(e){if(e.has("data")){const n=e.get("data");(!n||n.jobs!==this.data.jobs)&&(this.jobsSeries=zs(this.data.jobs)),(!n||n.hours!==this.data.hours)&&(this.hoursSeries=zs(this.data.hours))}if(e.has("options")){const n=this.options;n&&(this.formatInt=l=>qt(l,n),this.formatHours=l=>qt(l,n,1))}e.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(e){if(e.type!=="printer"&&!(e.type==="job_changed"&&e.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return na(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const e=this.api;if(!e)return;const n=++this.token,l=this.scope(),i=this.bucket;this.loading=!0,this.error="";const u=()=>n===this.token,a=g=>{u()&&(this.data={...this.data,...g})},h=[e.summary(l).then(g=>a({summary:g})),e.timeseries(l,i,"jobs").then(g=>a({jobs:g})),e.timeseries(l,i,"hours").then(g=>a({hours:g})),e.breakdown(l,"filament_type").then(g=>a({filamentType:g})),e.breakdown(l,"filament_colour").then(g=>a({filamentColour:g})),e.breakdown(l,"printer").then(g=>a({printer:g})),e.breakdown(l,"status").then(g=>a({status:g})),e.accuracy(l).then(g=>a({accuracy:g})),e.breakdown(l,"slicer").then(g=>a({slicer:g})),e.breakdown(l,"layer_height").then(g=>a({layerHeight:g})),e.breakdown(l,"failure_reason").then(g=>a({failureReason:g})),this.histogram(e,l).then(g=>a({histogram:g})),e.breakdown(l,"weekday_hour").then(g=>a({heatmap:sa(g.rows)})),e.spoolBreakdown(l,"spool").then(g=>a({bySpool:g})),e.spoolBreakdown(l,"vendor").then(g=>a({byVendor:g})),e.spoolBreakdown(l,"material").then(g=>a({byMaterial:g})),ka(e,l,g=>a({costs:{...this.data.costs,...g}}))],f=await Promise.allSettled(h);if(!u())return;const d=f.find(g=>g.status==="rejected");d&&(this.error=ia(d.reason)),this.loading=!1}async histogram(e,n){return(await Promise.all(ks.map(i=>e.listJobs({...n,statuses:[...oa],min_duration:i.min,...i.max!==void 0?{max_duration:i.max}:{},limit:1})))).map(i=>i.total)}binLabels(e){return this.binLabelsFor!==e&&(this.binLabelsFor=e,this.binLabelsCache=ks.map(n=>ra(n,e))),this.binLabelsCache}change(e,n){e==="period"&&aa(n)?(this.period=n,this.bucket=ca(n)):e==="printer"?this.printer=n:e==="bucket"&&(n==="day"||n==="week"||n==="month"||n==="year")&&(this.bucket=n),this.load()}render(){const e=this.options;if(!e)return Gt;const n=this.data,l=this.jobsSeries,i=this.hoursSeries,u=this.formatInt,a=this.formatHours,h=n.jobs?.bucket??this.bucket;return B`
      <div class="selectors" role="group" aria-label=${w("analytics.selection")}>
        <label
          >${w("analytics.period")}
          <select name="period" @change=${f=>this.change("period",f.target.value)}>
            ${ua.map(f=>B`<option value=${f.id} ?selected=${f.id===this.period}>${fa(f.id)}</option>`)}
          </select>
        </label>
        <label
          >${w("common.printer")}
          <select name="printer" @change=${f=>this.change("printer",f.target.value)}>
            <option value="" ?selected=${!this.printer}>${w("common.all_printers")}</option>
            ${this.printers.map(f=>B`<option value=${f.id} ?selected=${f.id===this.printer}>${f.name}</option>`)}
          </select>
        </label>
        <label
          >${w("analytics.group_by")}
          <select name="bucket" @change=${f=>this.change("bucket",f.target.value)}>
            ${["day","week","month","year"].map(f=>B`<option value=${f} ?selected=${f===this.bucket}>${w(`bucket.${f}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${pa(ha)} ${w("common.refresh")}</button>
      </div>
      ${this.error?B`<div class="error-banner" role="alert">
            <span>${w("analytics.load_error",{error:this.error})}</span>
          </div>`:Gt}
      ${h!==this.bucket?B`<p class="bucket-note" role="status">
            ${w("analytics.bucket_note",{shown:w(`bucket_per.${h}`),bucket:w(`bucket_many.${this.bucket}`)})}
          </p>`:Gt}
      <pl-kpis .summary=${n.summary} .options=${e} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${w(`analytics.jobs_per.${h}`)}</h2>
          <pl-chart
            label=${w(`analytics.jobs_per.${h}`)}
            unit=${w("analytics.unit_jobs")}
            .xs=${l.xs}
            .ys=${l.ys}
            .labels=${l.labels}
            .bucket=${h}
            .locale=${e.dateLocale}
            .formatValue=${u}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${w(`analytics.hours_per.${h}`)}</h2>
          <pl-chart
            label=${w(`analytics.hours_per.${h}`)}
            unit=${w("analytics.unit_hours")}
            .xs=${i.xs}
            .ys=${i.ys}
            .labels=${i.labels}
            .bucket=${h}
            .locale=${e.dateLocale}
            .formatValue=${a}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${w("analytics.filament_type")}</h2>
          <pl-bars
            label=${w("analytics.filament_type_label")}
            .items=${nn(Ri(n.filamentType?.rows??[],"filament_g",10),"filament_g",e)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${w("analytics.filament_colour")}</h2>
          <pl-bars
            label=${w("analytics.filament_colour_label")}
            .items=${nn(Ri(n.filamentColour?.rows??[],"filament_g",12),"filament_g",e,!0)}
          ></pl-bars>
        </section>
        ${n.bySpool?.rows.length?B`<section class="panel card" data-chart="spool">
                <h2>${w("analytics.by_spool")}</h2>
                <p class="muted">
                  ${w("analytics.spool_totals",{grams:Eo(n.bySpool.totals.filament_g,e,0),cost:Nt(n.bySpool.totals.cost,e)})}
                </p>
                <pl-bars
                  label=${w("analytics.by_spool")}
                  .items=${hs(n.bySpool.rows.slice(0,12),e,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${w("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${w("analytics.by_vendor")}
                  .items=${hs((n.byVendor?.rows??[]).slice(0,12),e,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${w("analytics.by_material")}</h2>
                <pl-bars
                  label=${w("analytics.by_material")}
                  .items=${hs((n.byMaterial?.rows??[]).slice(0,12),e,!1)}
                ></pl-bars>
              </section>`:Gt}
        <section class="panel card" data-chart="printer">
          <h2>${w("analytics.success_printer")}</h2>
          <pl-bars label=${w("analytics.success_printer")} .max=${100} .items=${nn(n.printer?.rows??[],"success_rate",e)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${w("analytics.outcome")}</h2>
          <pl-bars
            label=${w("analytics.outcome")}
            .items=${nn((n.status?.rows??[]).map(f=>({...f,label:da(String(f.key??f.label??""))})),"jobs",e)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="failure_reason">
          <h2>${w("analytics.failure_reason")}</h2>
          <pl-bars
            label=${w("analytics.failure_reason")}
            .items=${nn((n.failureReason?.rows??[]).map(f=>({...f,label:f.key===null?w("failure.unknown"):ba(String(f.key))})),"jobs",e)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${w("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${w("analytics.duration_label")}
            unit=${w("analytics.unit_jobs")}
            .xs=${zu}
            .ys=${n.histogram??Cu}
            .labels=${this.binLabels(e)}
            .formatValue=${u}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="slicer">
          <h2>${w("analytics.by_slicer")}</h2>
          <pl-bars label=${w("analytics.by_slicer")} .items=${Lu(n.slicer?.rows??[],e)}></pl-bars>
        </section>
        <section class="panel card" data-chart="layer_height">
          <h2>${w("analytics.by_layer_height")}</h2>
          <pl-bars label=${w("analytics.by_layer_height")} .items=${Au(n.layerHeight?.rows??[],e)}></pl-bars>
        </section>
        <section class="panel card full" data-chart="accuracy">
          <h2>${w("analytics.accuracy")}</h2>
          <pl-accuracy .report=${n.accuracy} .options=${e}></pl-accuracy>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${w("analytics.heatmap")}</h2>
          <pl-heatmap
            .matrix=${n.heatmap??[]}
            .firstWeekday=${e.firstWeekday}
            .locale=${e.dateLocale}
            .hour12=${e.hour12}
          ></pl-heatmap>
        </section>
        <pl-cost-analysis class="panel card full" data-chart="costs" .data=${n.costs??{}} .options=${e}></pl-cost-analysis>
      </div>
    `}};ni.styles=[Wl,Gl`
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
    `];let le=ni;Ee([pt({attribute:!1})],le.prototype,"api");Ee([pt({attribute:!1})],le.prototype,"options");Ee([pt({attribute:!1})],le.prototype,"printers");Ee([pt({type:Boolean})],le.prototype,"dark");Ee([pt({type:Boolean})],le.prototype,"active");Ee([pl()],le.prototype,"period");Ee([pl()],le.prototype,"printer");Ee([pl()],le.prototype,"bucket");Ee([pl()],le.prototype,"data");Ee([pl()],le.prototype,"loading");Ee([pl()],le.prototype,"error");Ul("pl-analytics-view",le);export{le as PlAnalyticsView};
