import{l as S,ak as Nr,aj as be,ae as wo,an as Or,J as Ti,O as cn,P as un,q as fn,g as lt,ao as bs,T as mt,I as Ot,s as Mi,w as Wr,A as Re,ap as Hr,aq as Ir,U as pl,a as jr,L as Ur,c as Br,Z as Gr,ar as as,W as Yr}from"./shared-CW8-eAzL.js";import{b as Ei,t as Kr,c as qr,m as Jr,w as Zr,d as Qr,p as Xr,h as ta,D as ys,e as ea,i as la,f as na,P as sa,a as ia,g as Di,s as oa}from"./shared-B4CeS6d4.js";import{d as pn,f as ra}from"./shared-DUOmt4lY.js";import{f as aa}from"../print-logger-panel.js";function Ql(t,e,s,l=!1){return t.map(i=>{const u=i.key===null||i.key===void 0?"":String(i.key),a=i.label||u||S("common.unknown"),h=Number(i[e]??0);let f,d;e==="success_rate"?(f=Nr(i.success_rate,s),d=S("common.n_jobs",{count:i.jobs,n:be(i.jobs,s)})):e==="filament_g"?(f=wo(h,s,0),d=S("common.n_jobs",{count:i.jobs,n:be(i.jobs,s)})):e==="hours"?f=Or(h,"hours",s,1):f=be(h,s);const b={key:u,label:a,value:h,display:f};if(d&&(b.note=d),l){const g=Ti(u)??Ti(i.label);g&&(b.colour=g)}return b})}var ca=Object.defineProperty,Ls=(t,e,s,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,s,i)||i);return i&&ca(e,s,i),i};const Bs=class Bs extends cn{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return lt`<div class="empty muted">${S("common.no_data")}</div>`;const e=this.max??Math.max(...this.items.map(s=>s.value),0);return lt`<ul aria-label=${this.label}>
      ${this.items.map(s=>{const l=e>0?Math.max(0,Math.min(100,s.value/e*100)):0,i=bs({width:`${l}%`,...s.colour?{background:s.colour}:{}});return lt`<li data-key=${s.key} data-value=${String(s.value)}>
          <span class="name"
            >${s.colour?lt`<span class="swatch" style=${bs({background:s.colour})}></span>`:""}
            <span>${s.label}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${s.colour?"bar coloured":"bar"} style=${i}></span></span>
          <span class="value">${s.display}${s.note?lt`<span class="note">${s.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Bs.styles=[un,fn`
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
    `];let Rl=Bs;Ls([mt()],Rl.prototype,"label");Ls([mt({attribute:!1})],Rl.prototype,"items");Ls([mt({type:Number})],Rl.prototype,"max");pn("pl-bars",Rl);const _o=["filament_cost","electricity_cost","machine_cost","unsplit"];function ua(t){const e=t.map(l=>{const i=Math.max(0,l.filament_cost)+Math.max(0,l.electricity_cost)+Math.max(0,l.machine_cost),u={filament_cost:Math.max(0,l.filament_cost),electricity_cost:Math.max(0,l.electricity_cost),machine_cost:Math.max(0,l.machine_cost),unsplit:Math.max(0,l.cost-i)};return{row:l,values:u,total:Math.max(l.cost,i)}}),s=Math.max(0,...e.map(l=>l.total));return e.map(({row:l,values:i,total:u})=>({key:l.key??"",label:l.label,total:u,segments:_o.filter(a=>i[a]>0).map(a=>({part:a,value:i[a],pct:s>0?i[a]/s*100:0}))}))}function Li(t,e){if(t==null||!Number.isFinite(t))return"—";if(e.currency)try{return new Intl.NumberFormat(e.numberLocale,{style:"currency",currency:e.currency,minimumFractionDigits:2,maximumFractionDigits:4}).format(t)}catch{}return Ot(t,e)}function fa(t,e){const s=/^(\d{4})-(\d{2})/.exec(t??"");if(!s)return t??"";const l=new Date(Date.UTC(Number(s[1]),Number(s[2])-1,1));return new Intl.DateTimeFormat(e.dateLocale,{month:"short",year:"numeric",timeZone:"UTC"}).format(l)}var pa=Object.defineProperty,xo=(t,e,s,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,s,i)||i);return i&&pa(e,s,i),i};const ha=10;function da(t,e,s){return Promise.all([t.costs(e,"month").then(l=>s({month:l})),t.costs(e,"printer").then(l=>s({printer:l})),t.costs(e,"filament_type").then(l=>s({material:l})),t.expensiveJobs(e,ha).then(l=>s({top:l.jobs}))])}const cs={filament_cost:"costs.filament",electricity_cost:"costs.electricity",machine_cost:"costs.machine",unsplit:"costs.unsplit"},Gs=class Gs extends cn{constructor(){super(...arguments),this.data={}}months(e,s){const l=ua(e.rows);return lt`
      <h3>${S("costs.per_month")}</h3>
      <div class="legend">
        ${_o.map(i=>lt`<span><span class="swatch part-${i}"></span>${S(cs[i])}</span>`)}
      </div>
      <div role="list" aria-label=${S("costs.per_month")}>
        ${l.map(i=>{const u=fa(i.key,s),a=i.segments.map(h=>`${S(cs[h.part])} ${Ot(h.value,s)}`).join(", ");return lt`<div class="month" role="listitem" data-month=${i.key} aria-label=${`${u}: ${Ot(i.total,s)} (${a})`}>
            <span>${u}</span>
            <span class="stack">
              ${i.segments.map(h=>lt`<span
                  class="part-${h.part}"
                  data-part=${h.part}
                  style="width: ${h.pct}%"
                  title=${`${S(cs[h.part])}: ${Ot(h.value,s)}`}
                ></span>`)}
            </span>
            <span class="value">${Ot(i.total,s)}</span>
          </div>`})}
      </div>
    `}table(e,s,l){const i=S(e==="printer"?"costs.by_printer":"costs.by_material"),u=a=>lt`<tr data-key=${a.key??""}>
      <td>${a.key===null?S("common.unknown"):a.label}</td>
      <td class="num">${be(a.jobs,l)}</td>
      <td class="num" data-col="cost">${Ot(a.cost,l)}</td>
      <td class="num" data-col="filament_cost">${Ot(a.filament_cost,l)}</td>
      <td class="num" data-col="electricity_cost">${Ot(a.electricity_cost,l)}</td>
      <td class="num" data-col="machine_cost">${Ot(a.machine_cost,l)}</td>
      <td class="num" data-col="energy_kwh">${be(a.energy_kwh,l,2)}</td>
      <td class="num" data-col="kwh_per_job">${be(a.kwh_per_job,l,2)}</td>
      <td class="num" data-col="kwh_per_print_hour">${be(a.kwh_per_print_hour,l,3)}</td>
      <td class="num" data-col="cost_per_gram">${Li(a.cost_per_gram,l)}</td>
    </tr>`;return lt`
      <h3>${i}</h3>
      <div class="scroll">
        <table data-table=${e}>
          <thead>
            <tr>
              <th scope="col">${S(e==="printer"?"common.printer":"costs.material")}</th>
              <th scope="col">${S("costs.jobs")}</th>
              <th scope="col">${S("costs.total")}</th>
              <th scope="col">${S("costs.filament")}</th>
              <th scope="col">${S("costs.electricity")}</th>
              <th scope="col">${S("costs.machine")}</th>
              <th scope="col">${S("costs.energy_kwh")}</th>
              <th scope="col">${S("costs.kwh_per_job")}</th>
              <th scope="col">${S("costs.kwh_per_hour")}</th>
              <th scope="col">${S("costs.cost_per_gram")}</th>
            </tr>
          </thead>
          <tbody>
            ${s.rows.map(u)}
          </tbody>
        </table>
      </div>
    `}expensive(e,s){return lt`
      <h3>${S("costs.expensive")}</h3>
      <div class="scroll">
        <table data-table="expensive">
          <thead>
            <tr>
              <th scope="col">${S("costs.file")}</th>
              <th scope="col" class="text">${S("common.printer")}</th>
              <th scope="col" class="text">${S("costs.started")}</th>
              <th scope="col">${S("costs.total")}</th>
              <th scope="col">${S("costs.filament")}</th>
              <th scope="col">${S("costs.electricity")}</th>
              <th scope="col">${S("costs.machine")}</th>
              <th scope="col">${S("costs.energy_kwh")}</th>
            </tr>
          </thead>
          <tbody>
            ${e.map(l=>lt`<tr data-job=${l.id}>
                <td>
                  <button class="file" title=${Mi(l.filename)} aria-haspopup="dialog" @click=${()=>ra(this,"show-job",{jobId:l.id})}>
                    ${Mi(l.filename)}
                  </button>
                </td>
                <td class="text">${l.printer_name}</td>
                <td class="text">${Wr(l.start,s,!1)}</td>
                <td class="num" data-col="cost">${Ot(l.cost,s)}</td>
                <td class="num">${Ot(l.filament_cost,s)}</td>
                <td class="num">${Ot(l.electricity_cost,s)}</td>
                <td class="num">${Ot(l.machine_cost,s)}</td>
                <td class="num">${be(l.energy_kwh,s,2)}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>
    `}render(){const e=this.options;if(!e)return Re;const{month:s,printer:l,material:i,top:u}=this.data,a=l?.totals??s?.totals,h=!!a&&a.jobs===0;return lt`
      <h2>${S("costs.title")}</h2>
      ${a?lt`<p class="muted" data-totals>
            ${S("costs.summary",{cost:Ot(a.cost,e),filament:Ot(a.filament_cost,e),electricity:Ot(a.electricity_cost,e),machine:Ot(a.machine_cost,e),energy:be(a.energy_kwh,e,2),per_job:be(a.kwh_per_job,e,2),per_gram:Li(a.cost_per_gram,e)})}
          </p>`:Re}
      ${h?lt`<p class="muted">${S("common.no_data")}</p>`:lt`
            ${s?.rows.length?this.months(s,e):Re}
            ${l?.rows.length?this.table("printer",l,e):Re}
            ${i?.rows.length?this.table("material",i,e):Re}
            ${u?.length?this.expensive(u,e):Re}
          `}
    `}};Gs.styles=[un,fn`
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
    `];let rn=Gs;xo([mt({attribute:!1})],rn.prototype,"data");xo([mt({attribute:!1})],rn.prototype,"options");pn("pl-cost-analysis",rn);const ma=!0,Pt="u-",ga="uplot",ba=Pt+"hz",ya=Pt+"vt",wa=Pt+"title",_a=Pt+"wrap",xa=Pt+"under",ka=Pt+"over",va=Pt+"axis",cl=Pt+"off",Sa=Pt+"select",$a=Pt+"cursor-x",Ta=Pt+"cursor-y",Ma=Pt+"cursor-pt",Ea=Pt+"legend",Da=Pt+"live",La=Pt+"inline",Aa=Pt+"series",Pa=Pt+"marker",Ai=Pt+"label",Ca=Pt+"value",en="width",ln="height",Xl="top",Pi="bottom",Cl="left",us="right",As="#000",Ci=As+"0",fs="mousemove",zi="mousedown",ps="mouseup",Vi="mouseenter",Ri="mouseleave",Fi="dblclick",za="resize",Va="scroll",Ni="change",En="dppxchange",Ps="--",Hl=typeof window<"u",ws=Hl?document:null,Vl=Hl?window:null,Ra=Hl?navigator:null;let rt,Sn;function _s(){let t=devicePixelRatio;rt!=t&&(rt=t,Sn&&ks(Ni,Sn,_s),Sn=matchMedia(`(min-resolution: ${rt-.001}dppx) and (max-resolution: ${rt+.001}dppx)`),ul(Ni,Sn,_s),Vl.dispatchEvent(new CustomEvent(En)))}function oe(t,e){if(e!=null){let s=t.classList;!s.contains(e)&&s.add(e)}}function xs(t,e){let s=t.classList;s.contains(e)&&s.remove(e)}function wt(t,e,s){t.style[e]=s+"px"}function Se(t,e,s,l){let i=ws.createElement(t);return e!=null&&oe(i,e),s?.insertBefore(i,l),i}function ge(t,e){return Se("div",t,e)}const Oi=new WeakMap;function Ve(t,e,s,l,i){let u="translate("+e+"px,"+s+"px)",a=Oi.get(t);u!=a&&(t.style.transform=u,Oi.set(t,u),e<0||s<0||e>l||s>i?oe(t,cl):xs(t,cl))}const Wi=new WeakMap;function Hi(t,e,s){let l=e+s,i=Wi.get(t);l!=i&&(Wi.set(t,l),t.style.background=e,t.style.borderColor=s)}const Ii=new WeakMap;function ji(t,e,s,l){let i=e+""+s,u=Ii.get(t);i!=u&&(Ii.set(t,i),t.style.height=s+"px",t.style.width=e+"px",t.style.marginLeft=l?-e/2+"px":0,t.style.marginTop=l?-s/2+"px":0)}const Cs={passive:!0},Fa={...Cs,capture:!0};function ul(t,e,s,l){e.addEventListener(t,s,l?Fa:Cs)}function ks(t,e,s,l){e.removeEventListener(t,s,Cs)}Hl&&_s();function $e(t,e,s,l){let i;s=s||0,l=l||e.length-1;let u=l<=2147483647;for(;l-s>1;)i=u?s+l>>1:re((s+l)/2),e[i]<t?s=i:l=i;return t-e[s]<=e[l]-t?s:l}function ko(t){return(s,l,i)=>{let u=-1,a=-1;for(let h=l;h<=i;h++)if(t(s[h])){u=h;break}for(let h=i;h>=l;h--)if(t(s[h])){a=h;break}return[u,a]}}const vo=t=>t!=null,So=t=>t!=null&&t>0,An=ko(vo),Na=ko(So);function Oa(t,e,s,l=0,i=!1){let u=i?Na:An,a=i?So:vo;[e,s]=u(t,e,s);let h=t[e],f=t[e];if(e>-1)if(l==1)h=t[e],f=t[s];else if(l==-1)h=t[s],f=t[e];else for(let d=e;d<=s;d++){let b=t[d];a(b)&&(b<h?h=b:b>f&&(f=b))}return[h??pt,f??-pt]}function Pn(t,e,s,l){let i=Gi(t),u=Gi(e);t==e&&(i==-1?(t*=s,e/=s):(t/=s,e*=s));let a=s==10?We:$o,h=i==1?re:ye,f=u==1?ye:re,d=h(a(At(t))),b=f(a(At(e))),g=Fl(s,d),y=Fl(s,b);return s==10&&(d<0&&(g=ht(g,-d)),b<0&&(y=ht(y,-b))),l||s==2?(t=g*i,e=y*u):(t=Do(t,g),e=Cn(e,y)),[t,e]}function zs(t,e,s,l){let i=Pn(t,e,s,l);return t==0&&(i[0]=0),e==0&&(i[1]=0),i}const Vs=.1,Ui={mode:3,pad:Vs},sn={pad:0,soft:null,mode:0},Wa={min:sn,max:sn};function Dn(t,e,s,l){return zn(s)?Bi(t,e,s):(sn.pad=s,sn.soft=l?0:null,sn.mode=l?3:0,Bi(t,e,Wa))}function it(t,e){return t??e}function Ha(t,e,s){for(e=it(e,0),s=it(s,t.length-1);e<=s;){if(t[e]!=null)return!0;e++}return!1}function Bi(t,e,s){let l=s.min,i=s.max,u=it(l.pad,0),a=it(i.pad,0),h=it(l.hard,-pt),f=it(i.hard,pt),d=it(l.soft,pt),b=it(i.soft,-pt),g=it(l.mode,0),y=it(i.mode,0),P=e-t,L=We(P),z=Jt(At(t),At(e)),W=We(z),I=At(W-L);(P<1e-24||I>10)&&(P=0,(t==0||e==0)&&(P=1e-24,g==2&&d!=pt&&(u=0),y==2&&b!=-pt&&(a=0)));let _=P||z||1e3,M=We(_),k=Fl(10,re(M)),q=_*(P==0?t==0?.1:1:u),C=ht(Do(t-q,k/10),24),J=t>=d&&(g==1||g==3&&C<=d||g==2&&C>=d)?d:pt,G=Jt(h,C<J&&t>=J?J:Te(J,C)),X=_*(P==0?e==0?.1:1:a),B=ht(Cn(e+X,k/10),24),$=e<=b&&(y==1||y==3&&B>=b||y==2&&B<=b)?b:-pt,K=Te(f,B>$&&e<=$?$:Jt($,B));return G==K&&G==0&&(K=100),[G,K]}const Ia=new Intl.NumberFormat(Hl?Ra.language:"en-US"),Rs=t=>Ia.format(t),ae=Math,Mn=ae.PI,At=ae.abs,re=ae.floor,Lt=ae.round,ye=ae.ceil,Te=ae.min,Jt=ae.max,Fl=ae.pow,Gi=ae.sign,We=ae.log10,$o=ae.log2,ja=(t,e=1)=>ae.sinh(t)*e,hs=(t,e=1)=>ae.asinh(t/e),pt=1/0;function Yi(t){return(We((t^t>>31)-(t>>31))|0)+1}function vs(t,e,s){return Te(Jt(t,e),s)}function To(t){return typeof t=="function"}function tt(t){return To(t)?t:()=>t}const Ua=()=>{},Mo=t=>t,Eo=(t,e)=>e,Ba=t=>null,Ki=t=>!0,qi=(t,e)=>t==e,Ga=/\.\d*?(?=9{6,}|0{6,})/gm,fl=t=>{if(Ao(t)||qe.has(t))return t;const e=`${t}`,s=e.match(Ga);if(s==null)return t;let l=s[0].length-1;if(e.indexOf("e-")!=-1){let[i,u]=e.split("e");return+`${fl(i)}e${u}`}return ht(t,l)};function rl(t,e){return fl(ht(fl(t/e))*e)}function Cn(t,e){return fl(ye(fl(t/e))*e)}function Do(t,e){return fl(re(fl(t/e))*e)}function ht(t,e=0){if(Ao(t))return t;let s=10**e,l=t*s*(1+Number.EPSILON);return Lt(l)/s}const qe=new Map;function Lo(t){return((""+t).split(".")[1]||"").length}function an(t,e,s,l){let i=[],u=l.map(Lo);for(let a=e;a<s;a++){let h=At(a),f=ht(Fl(t,a),h);for(let d=0;d<l.length;d++){let b=t==10?+`${l[d]}e${a}`:l[d]*f,g=(a>=0?0:h)+(a>=u[d]?0:u[d]),y=t==10?b:ht(b,g);i.push(y),qe.set(y,g)}}return i}const on={},Fs=[],Nl=[null,null],Ke=Array.isArray,Ao=Number.isInteger,Ya=t=>t===void 0;function Ji(t){return typeof t=="string"}function zn(t){let e=!1;if(t!=null){let s=t.constructor;e=s==null||s==Object}return e}function Ka(t){return t!=null&&typeof t=="object"}const qa=Object.getPrototypeOf(Uint8Array),Po="__proto__";function Ol(t,e=zn){let s;if(Ke(t)){let l=t.find(i=>i!=null);if(Ke(l)||e(l)){s=Array(t.length);for(let i=0;i<t.length;i++)s[i]=Ol(t[i],e)}else s=t.slice()}else if(t instanceof qa)s=t.slice();else if(e(t)){s={};for(let l in t)l!=Po&&(s[l]=Ol(t[l],e))}else s=t;return s}function Mt(t){let e=arguments;for(let s=1;s<e.length;s++){let l=e[s];for(let i in l)i!=Po&&(zn(t[i])?Mt(t[i],Ol(l[i])):t[i]=Ol(l[i]))}return t}const Ja=0,Za=1,Qa=2;function Xa(t,e,s){for(let l=0,i,u=-1;l<e.length;l++){let a=e[l];if(a>u){for(i=a-1;i>=0&&t[i]==null;)t[i--]=null;for(i=a+1;i<s&&t[i]==null;)t[u=i++]=null}}}function tc(t,e){if(nc(t)){let a=t[0].slice();for(let h=1;h<t.length;h++)a.push(...t[h].slice(1));return sc(a[0])||(a=lc(a)),a}let s=new Set;for(let a=0;a<t.length;a++){let f=t[a][0],d=f.length;for(let b=0;b<d;b++)s.add(f[b])}let l=[Array.from(s).sort((a,h)=>a-h)],i=l[0].length,u=new Map;for(let a=0;a<i;a++)u.set(l[0][a],a);for(let a=0;a<t.length;a++){let h=t[a],f=h[0];for(let d=1;d<h.length;d++){let b=h[d],g=Array(i).fill(void 0),y=e?e[a][d]:Za,P=[];for(let L=0;L<b.length;L++){let z=b[L],W=u.get(f[L]);z===null?y!=Ja&&(g[W]=z,y==Qa&&P.push(W)):g[W]=z}Xa(g,P,i),l.push(g)}}return l}const ec=typeof queueMicrotask>"u"?t=>Promise.resolve().then(t):queueMicrotask;function lc(t){let e=t[0],s=e.length,l=Array(s);for(let u=0;u<l.length;u++)l[u]=u;l.sort((u,a)=>e[u]-e[a]);let i=[];for(let u=0;u<t.length;u++){let a=t[u],h=Array(s);for(let f=0;f<s;f++)h[f]=a[l[f]];i.push(h)}return i}function nc(t){let e=t[0][0],s=e.length;for(let l=1;l<t.length;l++){let i=t[l][0];if(i.length!=s)return!1;if(i!=e){for(let u=0;u<s;u++)if(i[u]!=e[u])return!1}}return!0}function sc(t,e=100){const s=t.length;if(s<=1)return!0;let l=0,i=s-1;for(;l<=i&&t[l]==null;)l++;for(;i>=l&&t[i]==null;)i--;if(i<=l)return!0;const u=Jt(1,re((i-l+1)/e));for(let a=t[l],h=l+u;h<=i;h+=u){const f=t[h];if(f!=null){if(f<=a)return!1;a=f}}return!0}const Co=["January","February","March","April","May","June","July","August","September","October","November","December"],zo=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Vo(t){return t.slice(0,3)}const ic=zo.map(Vo),oc=Co.map(Vo),rc={MMMM:Co,MMM:oc,WWWW:zo,WWW:ic};function tn(t){return(t<10?"0":"")+t}function ac(t){return(t<10?"00":t<100?"0":"")+t}const cc={YYYY:t=>t.getFullYear(),YY:t=>(t.getFullYear()+"").slice(2),MMMM:(t,e)=>e.MMMM[t.getMonth()],MMM:(t,e)=>e.MMM[t.getMonth()],MM:t=>tn(t.getMonth()+1),M:t=>t.getMonth()+1,DD:t=>tn(t.getDate()),D:t=>t.getDate(),WWWW:(t,e)=>e.WWWW[t.getDay()],WWW:(t,e)=>e.WWW[t.getDay()],HH:t=>tn(t.getHours()),H:t=>t.getHours(),h:t=>{let e=t.getHours();return e==0?12:e>12?e-12:e},AA:t=>t.getHours()>=12?"PM":"AM",aa:t=>t.getHours()>=12?"pm":"am",a:t=>t.getHours()>=12?"p":"a",mm:t=>tn(t.getMinutes()),m:t=>t.getMinutes(),ss:t=>tn(t.getSeconds()),s:t=>t.getSeconds(),fff:t=>ac(t.getMilliseconds())};function Ns(t,e){e=e||rc;let s=[],l=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=l.exec(t);)s.push(i[0][0]=="{"?cc[i[1]]:i[0]);return u=>{let a="";for(let h=0;h<s.length;h++)a+=typeof s[h]=="string"?s[h]:s[h](u,e);return a}}const uc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function fc(t,e){let s;return e=="UTC"||e=="Etc/UTC"?s=new Date(+t+t.getTimezoneOffset()*6e4):e==uc?s=t:(s=new Date(t.toLocaleString("en-US",{timeZone:e})),s.setMilliseconds(t.getMilliseconds())),s}const Ro=t=>t%1==0,Ln=[1,2,2.5,5],pc=an(10,-32,0,Ln),Fo=an(10,0,32,Ln),hc=Fo.filter(Ro),al=pc.concat(Fo),Os=`
`,No="{YYYY}",Zi=Os+No,Oo="{M}/{D}",nn=Os+Oo,$n=nn+"/{YY}",Wo="{aa}",dc="{h}:{mm}",zl=dc+Wo,Qi=Os+zl,Xi=":{ss}",ct=null;function Ho(t){let e=t*1e3,s=e*60,l=s*60,i=l*24,u=i*30,a=i*365,f=(t==1?an(10,0,3,Ln).filter(Ro):an(10,-3,0,Ln)).concat([e,e*5,e*10,e*15,e*30,s,s*5,s*10,s*15,s*30,l,l*2,l*3,l*4,l*6,l*8,l*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,u,u*2,u*3,u*4,u*6,a,a*2,a*5,a*10,a*25,a*50,a*100]);const d=[[a,No,ct,ct,ct,ct,ct,ct,1],[i*28,"{MMM}",Zi,ct,ct,ct,ct,ct,1],[i,Oo,Zi,ct,ct,ct,ct,ct,1],[l,"{h}"+Wo,$n,ct,nn,ct,ct,ct,1],[s,zl,$n,ct,nn,ct,ct,ct,1],[e,Xi,$n+" "+zl,ct,nn+" "+zl,ct,Qi,ct,1],[t,Xi+".{fff}",$n+" "+zl,ct,nn+" "+zl,ct,Qi,ct,1]];function b(g){return(y,P,L,z,W,I)=>{let _=[],M=W>=a,k=W>=u&&W<a,q=g(L),C=ht(q*t,3),J=ds(q.getFullYear(),M?0:q.getMonth(),k||M?1:q.getDate()),G=ht(J*t,3);if(k||M){let X=k?W/u:0,B=M?W/a:0,$=C==G?C:ht(ds(J.getFullYear()+B,J.getMonth()+X,1)*t,3),K=new Date(Lt($/t)),V=K.getFullYear(),j=K.getMonth();for(let O=0;$<=z;O++){let et=ds(V+B*O,j+X*O,1),N=et-g(ht(et*t,3));$=ht((+et+N)*t,3),$<=z&&_.push($)}}else{let X=W>=i?i:W,B=re(L)-re(C),$=G+B+Cn(C-G,X);_.push($);let K=g($),V=K.getHours()+K.getMinutes()/s+K.getSeconds()/l,j=W/l,O=y.axes[P]._space,et=I/O;for(;$=ht($+W,t==1?0:3),!($>z);)if(j>1){let N=re(ht(V+j,6))%24,nt=g($).getHours()-N;nt>1&&(nt=-1),$-=nt*l,V=(V+j)%24;let ut=_[_.length-1];ht(($-ut)/W,3)*et>=.7&&_.push($)}else _.push($)}return _}}return[f,d,b]}const[mc,gc,bc]=Ho(1),[yc,wc,_c]=Ho(.001);an(2,-53,53,[1]);function to(t,e){return t.map(s=>s.map((l,i)=>i==0||i==8||l==null?l:e(i==1||s[8]==0?l:s[1]+l)))}function eo(t,e){return(s,l,i,u,a)=>{let h=e.find(L=>a>=L[0])||e[e.length-1],f,d,b,g,y,P;return l.map(L=>{let z=t(L),W=z.getFullYear(),I=z.getMonth(),_=z.getDate(),M=z.getHours(),k=z.getMinutes(),q=z.getSeconds(),C=W!=f&&h[2]||I!=d&&h[3]||_!=b&&h[4]||M!=g&&h[5]||k!=y&&h[6]||q!=P&&h[7]||h[1];return f=W,d=I,b=_,g=M,y=k,P=q,C(z)})}}function xc(t,e){let s=Ns(e);return(l,i,u,a,h)=>i.map(f=>s(t(f)))}function ds(t,e,s){return new Date(t,e,s)}function lo(t,e){return e(t)}const kc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function no(t,e){return(s,l,i,u)=>u==null?Ps:e(t(l))}function vc(t,e){let s=t.series[e];return s.width?s.stroke(t,e):s.points.width?s.points.stroke(t,e):null}function Sc(t,e){return t.series[e].fill(t,e)}const $c={show:!0,live:!0,isolate:!1,mount:Ua,markers:{show:!0,width:2,stroke:vc,fill:Sc,dash:"solid"},idx:null,idxs:null,values:[]};function Tc(t,e){let s=t.cursor.points,l=ge(),i=s.size(t,e);wt(l,en,i),wt(l,ln,i);let u=i/-2;wt(l,"marginLeft",u),wt(l,"marginTop",u);let a=s.width(t,e,i);return a&&wt(l,"borderWidth",a),l}function Mc(t,e){let s=t.series[e].points;return s._fill||s._stroke}function Ec(t,e){let s=t.series[e].points;return s._stroke||s._fill}function Dc(t,e){return t.series[e].points.size}const ms=[0,0];function Lc(t,e,s){return ms[0]=e,ms[1]=s,ms}function Tn(t,e,s,l=!0){return i=>{i.button==0&&(!l||i.target==e)&&s(i)}}function gs(t,e,s,l=!0){return i=>{(!l||i.target==e)&&s(i)}}const Ac={show:!0,x:!0,y:!0,lock:!1,move:Lc,points:{one:!1,show:Tc,size:Dc,width:0,stroke:Ec,fill:Mc},bind:{mousedown:Tn,mouseup:Tn,click:Tn,dblclick:Tn,mousemove:gs,mouseleave:gs,mouseenter:gs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(t,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(t,e,s,l,i)=>l-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Io={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Ws=Mt({},Io,{filter:Eo}),jo=Mt({},Ws,{size:10}),Uo=Mt({},Io,{show:!1}),Hs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Bo="bold "+Hs,Go=1.5,so={show:!0,scale:"x",stroke:As,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Bo,side:2,grid:Ws,ticks:jo,border:Uo,font:Hs,lineGap:Go,rotate:0},Pc="Value",Cc="Time",io={show:!0,scale:"x",auto:!1,sorted:1,min:pt,max:-pt,idxs:[]};function zc(t,e,s,l,i){return e.map(u=>u==null?"":Rs(u))}function Vc(t,e,s,l,i,u,a){let h=[],f=qe.get(i)||0;s=a?s:ht(Cn(s,i),f);for(let d=s;d<=l;d=ht(d+i,f))h.push(Object.is(d,-0)?0:d);return h}function Ss(t,e,s,l,i,u,a){const h=[],f=t.scales[t.axes[e].scale].log,d=f==10?We:$o,b=re(d(s));i=Fl(f,b),f==10&&(i=al[$e(i,al)]);let g=s,y=i*f;f==10&&(y=al[$e(y,al)]);do h.push(g),g=g+i,f==10&&!qe.has(g)&&(g=ht(g,qe.get(i))),g>=y&&(i=g,y=i*f,f==10&&(y=al[$e(y,al)]));while(g<=l);return h}function Rc(t,e,s,l,i,u,a){let f=t.scales[t.axes[e].scale].asinh,d=l>f?Ss(t,e,Jt(f,s),l,i):[f],b=l>=0&&s<=0?[0]:[];return(s<-f?Ss(t,e,Jt(f,-l),-s,i):[f]).reverse().map(y=>-y).concat(b,d)}const Yo=/./,Fc=/[12357]/,Nc=/[125]/,oo=/1/,$s=(t,e,s,l)=>t.map((i,u)=>e==4&&i==0||u%l==0&&s.test(i.toExponential()[i<0?1:0])?i:null);function Oc(t,e,s,l,i){let u=t.axes[s],a=u.scale,h=t.scales[a],f=t.valToPos,d=u._space,b=f(10,a),g=f(9,a)-b>=d?Yo:f(7,a)-b>=d?Fc:f(5,a)-b>=d?Nc:oo;if(g==oo){let y=At(f(1,a)-b);if(y<d)return $s(e.slice().reverse(),h.distr,g,ye(d/y)).reverse()}return $s(e,h.distr,g,1)}function Wc(t,e,s,l,i){let u=t.axes[s],a=u.scale,h=u._space,f=t.valToPos,d=At(f(1,a)-f(2,a));return d<h?$s(e.slice().reverse(),3,Yo,ye(h/d)).reverse():e}function Hc(t,e,s,l){return l==null?Ps:e==null?"":Rs(e)}const ro={show:!0,scale:"y",stroke:As,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Bo,side:3,grid:Ws,ticks:jo,border:Uo,font:Hs,lineGap:Go,rotate:0};function Ic(t,e){let s=3+(t||1)*2;return ht(s*e,3)}function jc(t,e){let{scale:s,idxs:l}=t.series[0],i=t._data[0],u=t.valToPos(i[l[0]],s,!0),a=t.valToPos(i[l[1]],s,!0),h=At(a-u),f=t.series[e],d=h/(f.points.space*rt);return l[1]-l[0]<=d}const ao={scale:null,auto:!0,sorted:0,min:pt,max:-pt},Ko=(t,e,s,l,i)=>i,co={show:!0,auto:!0,sorted:0,gaps:Ko,alpha:1,facets:[Mt({},ao,{scale:"x"}),Mt({},ao,{scale:"y"})]},uo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ko,alpha:1,points:{show:jc,filter:null},values:null,min:pt,max:-pt,idxs:[],path:null,clip:null};function Uc(t,e,s,l,i){return s/10}const qo={time:ma,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Bc=Mt({},qo,{time:!1,ori:1}),fo={};function Jo(t,e){let s=fo[t];return s||(s={key:t,plots:[],sub(l){s.plots.push(l)},unsub(l){s.plots=s.plots.filter(i=>i!=l)},pub(l,i,u,a,h,f,d){for(let b=0;b<s.plots.length;b++)s.plots[b]!=i&&s.plots[b].pub(l,i,u,a,h,f,d)}},t!=null&&(fo[t]=s)),s}const Wl=1,Ts=2;function hl(t,e,s){const l=t.mode,i=t.series[e],u=l==2?t._data[e]:t._data,a=t.scales,h=t.bbox;let f=u[0],d=l==2?u[1]:u[e],b=l==2?a[i.facets[0].scale]:a[t.series[0].scale],g=l==2?a[i.facets[1].scale]:a[i.scale],y=h.left,P=h.top,L=h.width,z=h.height,W=t.valToPosH,I=t.valToPosV;return b.ori==0?s(i,f,d,b,g,W,I,y,P,L,z,Rn,Il,Nn,Qo,tr):s(i,f,d,b,g,I,W,P,y,z,L,Fn,jl,Us,Xo,er)}function Is(t,e){let s=0,l=0,i=it(t.bands,Fs);for(let u=0;u<i.length;u++){let a=i[u];a.series[0]==e?s=a.dir:a.series[1]==e&&(a.dir==1?l|=1:l|=2)}return[s,l==1?-1:l==2?1:l==3?2:0]}function Gc(t,e,s,l,i){let u=t.mode,a=t.series[e],h=u==2?a.facets[1].scale:a.scale,f=t.scales[h];return i==-1?f.min:i==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function He(t,e,s,l,i,u){return hl(t,e,(a,h,f,d,b,g,y,P,L,z,W)=>{let I=a.pxRound;const _=d.dir*(d.ori==0?1:-1),M=d.ori==0?Il:jl;let k,q;_==1?(k=s,q=l):(k=l,q=s);let C=I(g(h[k],d,z,P)),J=I(y(f[k],b,W,L)),G=I(g(h[q],d,z,P)),X=I(y(u==1?b.max:b.min,b,W,L)),B=new Path2D(i);return M(B,G,X),M(B,C,X),M(B,C,J),B})}function Vn(t,e,s,l,i,u){let a=null;if(t.length>0){a=new Path2D;const h=e==0?Nn:Us;let f=s;for(let g=0;g<t.length;g++){let y=t[g];if(y[1]>y[0]){let P=y[0]-f;P>0&&h(a,f,l,P,l+u),f=y[1]}}let d=s+i-f,b=10;d>0&&h(a,f,l-b/2,d,l+u+b)}return a}function Yc(t,e,s){let l=t[t.length-1];l&&l[0]==e?l[1]=s:t.push([e,s])}function js(t,e,s,l,i,u,a){let h=[],f=t.length;for(let d=i==1?s:l;d>=s&&d<=l;d+=i)if(e[d]===null){let g=d,y=d;if(i==1)for(;++d<=l&&e[d]===null;)y=d;else for(;--d>=s&&e[d]===null;)y=d;let P=u(t[g]),L=y==g?P:u(t[y]),z=g-i;P=a<=0&&z>=0&&z<f?u(t[z]):P;let I=y+i;L=a>=0&&I>=0&&I<f?u(t[I]):L,L>=P&&h.push([P,L])}return h}function po(t){return t==0?Mo:t==1?Lt:e=>rl(e,t)}function Zo(t){let e=t==0?Rn:Fn,s=t==0?(i,u,a,h,f,d)=>{i.arcTo(u,a,h,f,d)}:(i,u,a,h,f,d)=>{i.arcTo(a,u,f,h,d)},l=t==0?(i,u,a,h,f)=>{i.rect(u,a,h,f)}:(i,u,a,h,f)=>{i.rect(a,u,f,h)};return(i,u,a,h,f,d=0,b=0)=>{d==0&&b==0?l(i,u,a,h,f):(d=Te(d,h/2,f/2),b=Te(b,h/2,f/2),e(i,u+d,a),s(i,u+h,a,u+h,a+f,d),s(i,u+h,a+f,u,a+f,b),s(i,u,a+f,u,a,b),s(i,u,a,u+h,a,d),i.closePath())}}const Rn=(t,e,s)=>{t.moveTo(e,s)},Fn=(t,e,s)=>{t.moveTo(s,e)},Il=(t,e,s)=>{t.lineTo(e,s)},jl=(t,e,s)=>{t.lineTo(s,e)},Nn=Zo(0),Us=Zo(1),Qo=(t,e,s,l,i,u)=>{t.arc(e,s,l,i,u)},Xo=(t,e,s,l,i,u)=>{t.arc(s,e,l,i,u)},tr=(t,e,s,l,i,u,a)=>{t.bezierCurveTo(e,s,l,i,u,a)},er=(t,e,s,l,i,u,a)=>{t.bezierCurveTo(s,e,i,l,a,u)};function lr(t){return(e,s,l,i,u)=>hl(e,s,(a,h,f,d,b,g,y,P,L,z,W)=>{let{pxRound:I,points:_}=a,M,k;d.ori==0?(M=Rn,k=Qo):(M=Fn,k=Xo);const q=ht(_.width*rt,3);let C=(_.size-_.width)/2*rt,J=ht(C*2,3),G=new Path2D,X=new Path2D,{left:B,top:$,width:K,height:V}=e.bbox;Nn(X,B-J,$-J,K+J*2,V+J*2);const j=O=>{if(f[O]!=null){let et=I(g(h[O],d,z,P)),N=I(y(f[O],b,W,L));M(G,et+C,N),k(G,et,N,C,0,Mn*2)}};if(u)u.forEach(j);else for(let O=l;O<=i;O++)j(O);return{stroke:q>0?G:null,fill:G,clip:X,flags:Wl|Ts}})}function nr(t){return(e,s,l,i,u,a)=>{l!=i&&(u!=l&&a!=l&&t(e,s,l),u!=i&&a!=i&&t(e,s,i),t(e,s,a))}}const Kc=nr(Il),qc=nr(jl);function sr(t){const e=it(t?.alignGaps,0);return(s,l,i,u)=>hl(s,l,(a,h,f,d,b,g,y,P,L,z,W)=>{[i,u]=An(f,i,u);let I=a.pxRound,_=V=>I(g(V,d,z,P)),M=V=>I(y(V,b,W,L)),k,q;d.ori==0?(k=Il,q=Kc):(k=jl,q=qc);const C=d.dir*(d.ori==0?1:-1),J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Wl},G=J.stroke;let X=!1;if(u-i>=z*4){let V=R=>s.posToVal(R,d.key,!0),j=null,O=null,et,N,Zt,_t=_(h[C==1?i:u]),nt=_(h[i]),ut=_(h[u]),Z=V(C==1?nt+1:ut-1);for(let R=C==1?i:u;R>=i&&R<=u;R+=C){let Et=h[R],xt=(C==1?Et<Z:Et>Z)?_t:_(Et),at=f[R];xt==_t?at!=null?(N=at,j==null?(k(G,xt,M(N)),et=j=O=N):N<j?j=N:N>O&&(O=N)):at===null&&(X=!0):(j!=null&&q(G,_t,M(j),M(O),M(et),M(N)),at!=null?(N=at,k(G,xt,M(N)),j=O=et=N):(j=O=null,at===null&&(X=!0)),_t=xt,Z=V(_t+C))}j!=null&&j!=O&&Zt!=_t&&q(G,_t,M(j),M(O),M(et),M(N))}else for(let V=C==1?i:u;V>=i&&V<=u;V+=C){let j=f[V];j===null?X=!0:j!=null&&k(G,_(h[V]),M(j))}let[$,K]=Is(s,l);if(a.fill!=null||$!=0){let V=J.fill=new Path2D(G),j=a.fillTo(s,l,a.min,a.max,$),O=M(j),et=_(h[i]),N=_(h[u]);C==-1&&([N,et]=[et,N]),k(V,N,O),k(V,et,O)}if(!a.spanGaps){let V=[];X&&V.push(...js(h,f,i,u,C,_,e)),J.gaps=V=a.gaps(s,l,i,u,V),J.clip=Vn(V,d.ori,P,L,z,W)}return K!=0&&(J.band=K==2?[He(s,l,i,u,G,-1),He(s,l,i,u,G,1)]:He(s,l,i,u,G,K)),J})}function Jc(t){const e=it(t.align,1),s=it(t.ascDesc,!1),l=it(t.alignGaps,0),i=it(t.extend,!1);return(u,a,h,f)=>hl(u,a,(d,b,g,y,P,L,z,W,I,_,M)=>{[h,f]=An(g,h,f);let k=d.pxRound,{left:q,width:C}=u.bbox,J=nt=>k(L(nt,y,_,W)),G=nt=>k(z(nt,P,M,I)),X=y.ori==0?Il:jl;const B={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Wl},$=B.stroke,K=y.dir*(y.ori==0?1:-1);let V=G(g[K==1?h:f]),j=J(b[K==1?h:f]),O=j,et=j;i&&e==-1&&(et=q,X($,et,V)),X($,j,V);for(let nt=K==1?h:f;nt>=h&&nt<=f;nt+=K){let ut=g[nt];if(ut==null)continue;let Z=J(b[nt]),R=G(ut);e==1?X($,Z,V):X($,O,R),X($,Z,R),V=R,O=Z}let N=O;i&&e==1&&(N=q+C,X($,N,V));let[Zt,_t]=Is(u,a);if(d.fill!=null||Zt!=0){let nt=B.fill=new Path2D($),ut=d.fillTo(u,a,d.min,d.max,Zt),Z=G(ut);X(nt,N,Z),X(nt,et,Z)}if(!d.spanGaps){let nt=[];nt.push(...js(b,g,h,f,K,J,l));let ut=d.width*rt/2,Z=s||e==1?ut:-ut,R=s||e==-1?-ut:ut;nt.forEach(Et=>{Et[0]+=Z,Et[1]+=R}),B.gaps=nt=d.gaps(u,a,h,f,nt),B.clip=Vn(nt,y.ori,W,I,_,M)}return _t!=0&&(B.band=_t==2?[He(u,a,h,f,$,-1),He(u,a,h,f,$,1)]:He(u,a,h,f,$,_t)),B})}function ho(t,e,s,l,i,u,a=pt){if(t.length>1){let h=null;for(let f=0,d=1/0;f<t.length;f++)if(e[f]!==void 0){if(h!=null){let b=At(t[f]-t[h]);b<d&&(d=b,a=At(s(t[f],l,i,u)-s(t[h],l,i,u)))}h=f}}return a}function Zc(t){t=t||on;const e=it(t.size,[.6,pt,1]),s=t.align||0,l=t.gap||0;let i=t.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;const u=tt(i),a=1-e[0],h=it(e[1],pt),f=it(e[2],1),d=it(t.disp,on),b=it(t.each,P=>{}),{fill:g,stroke:y}=d;return(P,L,z,W)=>hl(P,L,(I,_,M,k,q,C,J,G,X,B,$)=>{let K=I.pxRound,V=s,j=l*rt,O=h*rt,et=f*rt,N,Zt;k.ori==0?[N,Zt]=u(P,L):[Zt,N]=u(P,L);const _t=k.dir*(k.ori==0?1:-1);let nt=k.ori==0?Nn:Us,ut=k.ori==0?b:(D,dt,Dt,bl,Xe,De,tl)=>{b(D,dt,Dt,Xe,bl,tl,De)},Z=it(P.bands,Fs).find(D=>D.series[0]==L),R=Z!=null?Z.dir:0,Et=I.fillTo(P,L,I.min,I.max,R),Bt=K(J(Et,q,$,X)),xt,at,we,ee=B,vt=K(I.width*rt),Ee=!1,Fe=null,ue=null,Ie=null,dl=null;g!=null&&(vt==0||y!=null)&&(Ee=!0,Fe=g.values(P,L,z,W),ue=new Map,new Set(Fe).forEach(D=>{D!=null&&ue.set(D,new Path2D)}),vt>0&&(Ie=y.values(P,L,z,W),dl=new Map,new Set(Ie).forEach(D=>{D!=null&&dl.set(D,new Path2D)})));let{x0:ml,size:Ul}=d;if(ml!=null&&Ul!=null){V=1,_=ml.values(P,L,z,W),ml.unit==2&&(_=_.map(Dt=>P.posToVal(G+Dt*B,k.key,!0)));let D=Ul.values(P,L,z,W);Ul.unit==2?at=D[0]*B:at=C(D[0],k,B,G)-C(0,k,B,G),ee=ho(_,M,C,k,B,G,ee),we=ee-at+j}else ee=ho(_,M,C,k,B,G,ee),we=ee*a+j,at=ee-we;we<1&&(we=0),vt>=at/2&&(vt=0),we<5&&(K=Mo);let dn=we>0,Ze=ee-we-(dn?vt:0);at=K(vs(Ze,et,O)),xt=(V==0?at/2:V==_t?0:at)-V*_t*((V==0?j/2:0)+(dn?vt/2:0));const Gt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},gl=Ee?null:new Path2D;let Ne=null;if(Z!=null)Ne=P.data[Z.series[1]];else{let{y0:D,y1:dt}=d;D!=null&&dt!=null&&(M=dt.values(P,L,z,W),Ne=D.values(P,L,z,W))}let Qe=N*at,Y=Zt*at;for(let D=_t==1?z:W;D>=z&&D<=W;D+=_t){let dt=M[D];if(dt==null)continue;if(Ne!=null){let Qt=Ne[D]??0;if(dt-Qt==0)continue;Bt=J(Qt,q,$,X)}let Dt=k.distr!=2||d!=null?_[D]:D,bl=C(Dt,k,B,G),Xe=J(it(dt,Et),q,$,X),De=K(bl-xt),tl=K(Jt(Xe,Bt)),le=K(Te(Xe,Bt)),fe=tl-le;if(dt!=null){let Qt=dt<0?Y:Qe,_e=dt<0?Qe:Y;Ee?(vt>0&&Ie[D]!=null&&nt(dl.get(Ie[D]),De,le+re(vt/2),at,Jt(0,fe-vt),Qt,_e),Fe[D]!=null&&nt(ue.get(Fe[D]),De,le+re(vt/2),at,Jt(0,fe-vt),Qt,_e)):nt(gl,De,le+re(vt/2),at,Jt(0,fe-vt),Qt,_e),ut(P,L,D,De-vt/2,le,at+vt,fe)}}return vt>0?Gt.stroke=Ee?dl:gl:Ee||(Gt._fill=I.width==0?I._fill:I._stroke??I._fill,Gt.width=0),Gt.fill=Ee?ue:gl,Gt})}function Qc(t,e){const s=it(e?.alignGaps,0);return(l,i,u,a)=>hl(l,i,(h,f,d,b,g,y,P,L,z,W,I)=>{[u,a]=An(d,u,a);let _=h.pxRound,M=N=>_(y(N,b,W,L)),k=N=>_(P(N,g,I,z)),q,C,J;b.ori==0?(q=Rn,J=Il,C=tr):(q=Fn,J=jl,C=er);const G=b.dir*(b.ori==0?1:-1);let X=M(f[G==1?u:a]),B=X,$=[],K=[];for(let N=G==1?u:a;N>=u&&N<=a;N+=G)if(d[N]!=null){let _t=f[N],nt=M(_t);$.push(B=nt),K.push(k(d[N]))}const V={stroke:t($,K,q,J,C,_),fill:null,clip:null,band:null,gaps:null,flags:Wl},j=V.stroke;let[O,et]=Is(l,i);if(h.fill!=null||O!=0){let N=V.fill=new Path2D(j),Zt=h.fillTo(l,i,h.min,h.max,O),_t=k(Zt);J(N,B,_t),J(N,X,_t)}if(!h.spanGaps){let N=[];N.push(...js(f,d,u,a,G,M,s)),V.gaps=N=h.gaps(l,i,u,a,N),V.clip=Vn(N,b.ori,L,z,W,I)}return et!=0&&(V.band=et==2?[He(l,i,u,a,j,-1),He(l,i,u,a,j,1)]:He(l,i,u,a,j,et)),V})}function Xc(t){return Qc(tu,t)}function tu(t,e,s,l,i,u){const a=t.length;if(a<2)return null;const h=new Path2D;if(s(h,t[0],e[0]),a==2)l(h,t[1],e[1]);else{let f=Array(a),d=Array(a-1),b=Array(a-1),g=Array(a-1);for(let y=0;y<a-1;y++)b[y]=e[y+1]-e[y],g[y]=t[y+1]-t[y],d[y]=b[y]/g[y];f[0]=d[0];for(let y=1;y<a-1;y++)d[y]===0||d[y-1]===0||d[y-1]>0!=d[y]>0?f[y]=0:(f[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/d[y-1]+(g[y]+2*g[y-1])/d[y]),isFinite(f[y])||(f[y]=0));f[a-1]=d[a-2];for(let y=0;y<a-1;y++)i(h,t[y]+g[y]/3,e[y]+f[y]*g[y]/3,t[y+1]-g[y]/3,e[y+1]-f[y+1]*g[y]/3,t[y+1],e[y+1])}return h}const Ms=new Set;function mo(){for(let t of Ms)t.syncRect(!0)}Hl&&(ul(za,Vl,mo),ul(Va,Vl,mo,!0),ul(En,Vl,()=>{It.pxRatio=rt}));const eu=sr(),lu=lr();function go(t,e,s,l){return(l?[t[0],t[1]].concat(t.slice(2)):[t[0]].concat(t.slice(1))).map((u,a)=>Es(u,a,e,s))}function nu(t,e){return t.map((s,l)=>l==0?{}:Mt({},e,s))}function Es(t,e,s,l){return Mt({},e==0?s:l,t)}function ir(t,e,s){return e==null?Nl:[e,s]}const su=ir;function iu(t,e,s){return e==null?Nl:Dn(e,s,Vs,!0)}function or(t,e,s,l){return e==null?Nl:Pn(e,s,t.scales[l].log,!1)}const ou=or;function rr(t,e,s,l){return e==null?Nl:zs(e,s,t.scales[l].log,!1)}const ru=rr;function au(t,e,s,l,i){let u=Jt(Yi(t),Yi(e)),a=e-t,h=$e(i/l*a,s);do{let f=s[h],d=l*f/a;if(d>=i&&u+(f<5?qe.get(f):0)<=17)return[f,d]}while(++h<s.length);return[0,0]}function bo(t){let e,s;return t=t.replace(/(\d+)px/,(l,i)=>(e=Lt((s=+i)*rt))+"px"),[t,e,s]}function cu(t){t.show&&[t.font,t.labelFont].forEach(e=>{let s=ht(e[2]*rt,1);e[0]=e[0].replace(/[0-9.]+px/,s+"px"),e[1]=s})}function It(t,e,s){const l={mode:it(t.mode,1)},i=l.mode;function u(n,o,r,c){let p=o.valToPct(n);return c+r*(o.dir==-1?1-p:p)}function a(n,o,r,c){let p=o.valToPct(n);return c+r*(o.dir==-1?p:1-p)}function h(n,o,r,c){return o.ori==0?u(n,o,r,c):a(n,o,r,c)}l.valToPosH=u,l.valToPosV=a;let f=!1;l.status=0;const d=l.root=ge(ga);if(t.id!=null&&(d.id=t.id),oe(d,t.class),t.title){let n=ge(wa,d);n.textContent=t.title}const b=Se("canvas"),g=l.ctx=b.getContext("2d"),y=ge(_a,d);ul("click",y,n=>{n.target===L&&(gt!=El||kt!=Dl)&&Ht.click(l,n)},!0);const P=l.under=ge(xa,y);y.appendChild(b);const L=l.over=ge(ka,y);t=Ol(t);const z=+it(t.pxAlign,1),W=po(z);(t.plugins||[]).forEach(n=>{n.opts&&(t=n.opts(l,t)||t)});const I=t.ms||.001,_=l.series=i==1?go(t.series||[],io,uo,!1):nu(t.series||[null],co),M=l.axes=go(t.axes||[],so,ro,!0),k=l.scales={},q=l.bands=t.bands||[];q.forEach(n=>{n.fill=tt(n.fill||null),n.dir=it(n.dir,-1)});const C=i==2?_[1].facets[0].scale:_[0].scale,J={axes:vr,series:yr},G=(t.drawOrder||["axes","series"]).map(n=>J[n]);function X(n){const o=n.distr==3?r=>We(r>0?r:n.clamp(l,r,n.min,n.max,n.key)):n.distr==4?r=>hs(r,n.asinh):n.distr==100?r=>n.fwd(r):r=>r;return r=>{let c=o(r),{_min:p,_max:m}=n,w=m-p;return(c-p)/w}}function B(n){let o=k[n];if(o==null){let r=(t.scales||on)[n]||on;if(r.from!=null){B(r.from);let c=Mt({},k[r.from],r,{key:n});c.valToPct=X(c),k[n]=c}else{o=k[n]=Mt({},n==C?qo:Bc,r),o.key=n;let c=o.time,p=o.range,m=Ke(p);if((n!=C||i==2&&!c)&&(m&&(p[0]==null||p[1]==null)&&(p={min:p[0]==null?Ui:{mode:1,hard:p[0],soft:p[0]},max:p[1]==null?Ui:{mode:1,hard:p[1],soft:p[1]}},m=!1),!m&&zn(p))){let w=p;p=(x,v,T)=>v==null?Nl:Dn(v,T,w)}o.range=tt(p||(c?su:n==C?o.distr==3?ou:o.distr==4?ru:ir:o.distr==3?or:o.distr==4?rr:iu)),o.auto=tt(m?!1:o.auto),o.clamp=tt(o.clamp||Uc),o._min=o._max=null,o.valToPct=X(o)}}}B("x"),B("y"),i==1&&_.forEach(n=>{B(n.scale)}),M.forEach(n=>{B(n.scale)});for(let n in t.scales)B(n);const $=k[C],K=$.distr;let V,j;$.ori==0?(oe(d,ba),V=u,j=a):(oe(d,ya),V=a,j=u);const O={};for(let n in k){let o=k[n];(o.min!=null||o.max!=null)&&(O[n]={min:o.min,max:o.max},o.min=o.max=null)}const et=t.tzDate||(n=>new Date(Lt(n/I))),N=t.fmtDate||Ns,Zt=I==1?bc(et):_c(et),_t=eo(et,to(I==1?gc:wc,N)),nt=no(et,lo(kc,N)),ut=[],Z=l.legend=Mt({},$c,t.legend),R=l.cursor=Mt({},Ac,{drag:{y:i==2}},t.cursor),Et=Z.show,Bt=R.show,xt=Z.markers;Z.idxs=ut,xt.width=tt(xt.width),xt.dash=tt(xt.dash),xt.stroke=tt(xt.stroke),xt.fill=tt(xt.fill);let at,we,ee,vt=[],Ee=[],Fe,ue=!1,Ie={};if(Z.live){const n=_[1]?_[1].values:null;ue=n!=null,Fe=ue?n(l,1,0):{_:0};for(let o in Fe)Ie[o]=Ps}if(Et)if(at=Se("table",Ea,d),ee=Se("tbody",null,at),Z.mount(l,at),ue){we=Se("thead",null,at,ee);let n=Se("tr",null,we);Se("th",null,n);for(var dl in Fe)Se("th",Ai,n).textContent=dl}else oe(at,La),Z.live&&oe(at,Da);const ml={show:!0},Ul={show:!1};function dn(n,o){if(o==0&&(ue||!Z.live||i==2))return Nl;let r=[],c=Se("tr",Aa,ee,ee.childNodes[o]);oe(c,n.class),n.show||oe(c,cl);let p=Se("th",null,c);if(xt.show){let x=ge(Pa,p);if(o>0){let v=xt.width(l,o);v&&(x.style.border=v+"px "+xt.dash(l,o)+" "+xt.stroke(l,o)),x.style.background=xt.fill(l,o)}}let m=ge(Ai,p);n.label instanceof HTMLElement?m.appendChild(n.label):m.textContent=n.label,o>0&&(xt.show||(m.style.color=n.width>0?xt.stroke(l,o):xt.fill(l,o)),Gt("click",p,x=>{if(R._lock)return;ll(x);let v=_.indexOf(n);if((x.ctrlKey||x.metaKey)!=Z.isolate){let T=_.some((E,A)=>A>0&&A!=v&&E.show);_.forEach((E,A)=>{A>0&&Ae(A,T?A==v?ml:Ul:ml,!0,Tt.setSeries)})}else Ae(v,{show:!n.show},!0,Tt.setSeries)},!1),wl&&Gt(Vi,p,x=>{R._lock||(ll(x),Ae(_.indexOf(n),Al,!0,Tt.setSeries))},!1));for(var w in Fe){let x=Se("td",Ca,c);x.textContent="--",r.push(x)}return[c,r]}const Ze=new Map;function Gt(n,o,r,c=!0){const p=Ze.get(o)||{},m=R.bind[n](l,o,r,c);m&&(ul(n,o,p[n]=m),Ze.set(o,p))}function gl(n,o,r){const c=Ze.get(o)||{};for(let p in c)(n==null||p==n)&&(ks(p,o,c[p]),delete c[p]);n==null&&Ze.delete(o)}let Ne=0,Qe=0,Y=0,D=0,dt=0,Dt=0,bl=dt,Xe=Dt,De=Y,tl=D,le=0,fe=0,Qt=0,_e=0;l.bbox={};let On=!1,mn=!1,yl=!1,el=!1,gn=!1,pe=!1;function Wn(n,o,r){(r||n!=l.width||o!=l.height)&&Js(n,o),Sl(!1),yl=!0,mn=!0,$l()}function Js(n,o){l.width=Ne=Y=n,l.height=Qe=D=o,dt=Dt=0,fr(),pr();let r=l.bbox;le=r.left=rl(dt*rt,.5),fe=r.top=rl(Dt*rt,.5),Qt=r.width=rl(Y*rt,.5),_e=r.height=rl(D*rt,.5)}const ar=3;function cr(){let n=!1,o=0;for(;!n;){o++;let r=xr(o),c=kr(o);n=o==ar||r&&c,n||(Js(l.width,l.height),mn=!0)}}function ur({width:n,height:o}){Wn(n,o)}l.setSize=ur;function fr(){let n=!1,o=!1,r=!1,c=!1;M.forEach((p,m)=>{if(p.show&&p._show){let{side:w,_size:x}=p,v=w%2,T=p.label!=null?p.labelSize:0,E=x+T;E>0&&(v?(Y-=E,w==3?(dt+=E,c=!0):r=!0):(D-=E,w==0?(Dt+=E,n=!0):o=!0))}}),nl[0]=n,nl[1]=r,nl[2]=o,nl[3]=c,Y-=je[1]+je[3],dt+=je[3],D-=je[2]+je[0],Dt+=je[0]}function pr(){let n=dt+Y,o=Dt+D,r=dt,c=Dt;function p(m,w){switch(m){case 1:return n+=w,n-w;case 2:return o+=w,o-w;case 3:return r-=w,r+w;case 0:return c-=w,c+w}}M.forEach((m,w)=>{if(m.show&&m._show){let x=m.side;m._pos=p(x,m._size),m.label!=null&&(m._lpos=p(x,m.labelSize))}})}if(R.dataIdx==null){let n=R.hover,o=n.skip=new Set(n.skip??[]);o.add(void 0);let r=n.prox=tt(n.prox),c=n.bias??=0;R.dataIdx=(p,m,w,x)=>{if(m==0)return w;let v=w,T=r(p,m,w,x)??pt,E=T>=0&&T<pt,A=$.ori==0?Y:D,U=R.left,ot=e[0],st=e[m];if(o.has(st[w])){v=null;let Q=null,H=null,F;if(c==0||c==-1)for(F=w;Q==null&&F-- >0;)o.has(st[F])||(Q=F);if(c==0||c==1)for(F=w;H==null&&F++<st.length;)o.has(st[F])||(H=F);if(Q!=null||H!=null)if(E){let yt=Q==null?-1/0:V(ot[Q],$,A,0),St=H==null?1/0:V(ot[H],$,A,0),Nt=U-yt,ft=St-U;Nt<=ft?Nt<=T&&(v=Q):ft<=T&&(v=H)}else v=H==null?Q:Q==null?H:w-Q<=H-w?Q:H}else E&&At(U-V(ot[w],$,A,0))>T&&(v=null);return v}}const ll=n=>{R.event=n};R.idxs=ut,R._lock=!1;let jt=R.points;jt.show=tt(jt.show),jt.size=tt(jt.size),jt.stroke=tt(jt.stroke),jt.width=tt(jt.width),jt.fill=tt(jt.fill);const Le=l.focus=Mt({},t.focus||{alpha:.3},R.focus),wl=Le.prox>=0,_l=wl&&jt.one;let he=[],xl=[],kl=[];function Zs(n,o){let r=jt.show(l,o);if(r instanceof HTMLElement)return oe(r,Ma),oe(r,n.class),Ve(r,-10,-10,Y,D),L.insertBefore(r,he[o]),r}function Qs(n,o){if(i==1||o>0){let r=i==1&&k[n.scale].time,c=n.value;n.value=r?Ji(c)?no(et,lo(c,N)):c||nt:c||Hc,n.label=n.label||(r?Cc:Pc)}if(_l||o>0){n.width=n.width==null?1:n.width,n.paths=n.paths||eu||Ba,n.fillTo=tt(n.fillTo||Gc),n.pxAlign=+it(n.pxAlign,z),n.pxRound=po(n.pxAlign),n.stroke=tt(n.stroke||null),n.fill=tt(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let r=Ic(Jt(1,n.width),1),c=n.points=Mt({},{size:r,width:Jt(1,r*.2),stroke:n.stroke,space:r*2,paths:lu,_stroke:null,_fill:null},n.points);c.show=tt(c.show),c.filter=tt(c.filter),c.fill=tt(c.fill),c.stroke=tt(c.stroke),c.paths=tt(c.paths),c.pxAlign=n.pxAlign}if(Et){let r=dn(n,o);vt.splice(o,0,r[0]),Ee.splice(o,0,r[1]),Z.values.push(null)}if(Bt){ut.splice(o,0,null);let r=null;_l?o==0&&(r=Zs(n,o)):o>0&&(r=Zs(n,o)),he.splice(o,0,r),xl.splice(o,0,0),kl.splice(o,0,0)}Ft("addSeries",o)}function hr(n,o){o=o??_.length,n=i==1?Es(n,o,io,uo):Es(n,o,{},co),_.splice(o,0,n),Qs(_[o],o)}l.addSeries=hr;function dr(n){if(_.splice(n,1),Et){Z.values.splice(n,1),Ee.splice(n,1);let o=vt.splice(n,1)[0];gl(null,o.firstChild),o.remove()}Bt&&(ut.splice(n,1),he.splice(n,1)[0].remove(),xl.splice(n,1),kl.splice(n,1)),Ft("delSeries",n)}l.delSeries=dr;const nl=[!1,!1,!1,!1];function mr(n,o){if(n._show=n.show,n.show){let r=n.side%2,c=k[n.scale];c==null&&(n.scale=r?_[1].scale:C,c=k[n.scale]);let p=c.time;n.size=tt(n.size),n.space=tt(n.space),n.rotate=tt(n.rotate),Ke(n.incrs)&&n.incrs.forEach(w=>{!qe.has(w)&&qe.set(w,Lo(w))}),n.incrs=tt(n.incrs||(c.distr==2?hc:p?I==1?mc:yc:al)),n.splits=tt(n.splits||(p&&c.distr==1?Zt:c.distr==3?Ss:c.distr==4?Rc:Vc)),n.stroke=tt(n.stroke),n.grid.stroke=tt(n.grid.stroke),n.ticks.stroke=tt(n.ticks.stroke),n.border.stroke=tt(n.border.stroke);let m=n.values;n.values=Ke(m)&&!Ke(m[0])?tt(m):p?Ke(m)?eo(et,to(m,N)):Ji(m)?xc(et,m):m||_t:m||zc,n.filter=tt(n.filter||(c.distr>=3&&c.log==10?Oc:c.distr==3&&c.log==2?Wc:Eo)),n.font=bo(n.font),n.labelFont=bo(n.labelFont),n._size=n.size(l,null,o,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(nl[o]=!0,n._el=ge(va,y))}}function Bl(n,o,r,c){let[p,m,w,x]=r,v=o%2,T=0;return v==0&&(x||m)&&(T=o==0&&!p||o==2&&!w?Lt(so.size/3):0),v==1&&(p||w)&&(T=o==1&&!m||o==3&&!x?Lt(ro.size/2):0),T}const Xs=l.padding=(t.padding||[Bl,Bl,Bl,Bl]).map(n=>tt(it(n,Bl))),je=l._padding=Xs.map((n,o)=>n(l,o,nl,0));let Wt,Ct=null,zt=null;const bn=i==1?_[0].idxs:null;let xe=null,Gl=!1;function ti(n,o){if(e=n??[],l.data=l._data=e,i==2){Wt=0;for(let r=1;r<_.length;r++)Wt+=e[r][0].length}else{e.length==0&&(l.data=l._data=e=[[]]),xe=e[0],Wt=xe.length;let r=e;if(K==2){r=e.slice();let c=r[0]=Array(Wt);for(let p=0;p<Wt;p++)c[p]=p}l._data=e=r}if(Sl(!0),Ft("setData"),K==2&&(yl=!0),o!==!1){let r=$;r.auto(l,Gl)?Hn():Be(C,r.min,r.max),el=el||R.left>=0,pe=!0,$l()}}l.setData=ti;function Hn(){Gl=!0;let n,o;i==1&&(Wt>0?(Ct=bn[0]=0,zt=bn[1]=Wt-1,n=e[0][Ct],o=e[0][zt],K==2?(n=Ct,o=zt):n==o&&(K==3?[n,o]=Pn(n,n,$.log,!1):K==4?[n,o]=zs(n,n,$.log,!1):$.time?o=n+Lt(86400/I):[n,o]=Dn(n,o,Vs,!0))):(Ct=bn[0]=n=null,zt=bn[1]=o=null)),Be(C,n,o)}let yn,vl,In,jn,Un,Bn,Gn,Yn,Kn,Xt;function ei(n,o,r,c,p,m){n??=Ci,r??=Fs,c??="butt",p??=Ci,m??="round",n!=yn&&(g.strokeStyle=yn=n),p!=vl&&(g.fillStyle=vl=p),o!=In&&(g.lineWidth=In=o),m!=Un&&(g.lineJoin=Un=m),c!=Bn&&(g.lineCap=Bn=c),r!=jn&&g.setLineDash(jn=r)}function li(n,o,r,c){o!=vl&&(g.fillStyle=vl=o),n!=Gn&&(g.font=Gn=n),r!=Yn&&(g.textAlign=Yn=r),c!=Kn&&(g.textBaseline=Kn=c)}function qn(n,o,r,c,p=0){if(c.length>0&&n.auto(l,Gl)&&(o==null||o.min==null)){let m=it(Ct,0),w=it(zt,c.length-1),x=r.min==null?Oa(c,m,w,p,n.distr==3):[r.min,r.max];n.min=Te(n.min,r.min=x[0]),n.max=Jt(n.max,r.max=x[1])}}const ni={min:null,max:null};function gr(){for(let c in k){let p=k[c];O[c]==null&&(p.min==null||O[C]!=null&&p.auto(l,Gl))&&(O[c]=ni)}for(let c in k){let p=k[c];O[c]==null&&p.from!=null&&O[p.from]!=null&&(O[c]=ni)}O[C]!=null&&Sl(!0);let n={};for(let c in O){let p=O[c];if(p!=null){let m=n[c]=Ol(k[c],Ka);if(p.min!=null)Mt(m,p);else if(c!=C||i==2)if(Wt==0&&m.from==null){let w=m.range(l,null,null,c);m.min=w[0],m.max=w[1]}else m.min=pt,m.max=-pt}}if(Wt>0){_.forEach((c,p)=>{if(i==1){let m=c.scale,w=O[m];if(w==null)return;let x=n[m];if(p==0){let v=x.range(l,x.min,x.max,m);x.min=v[0],x.max=v[1],Ct=$e(x.min,e[0]),zt=$e(x.max,e[0]),zt-Ct>1&&(e[0][Ct]<x.min&&Ct++,e[0][zt]>x.max&&zt--),c.min=xe[Ct],c.max=xe[zt]}else c.show&&c.auto&&qn(x,w,c,e[p],c.sorted);c.idxs[0]=Ct,c.idxs[1]=zt}else if(p>0&&c.show&&c.auto){let[m,w]=c.facets,x=m.scale,v=w.scale,[T,E]=e[p],A=n[x],U=n[v];A!=null&&qn(A,O[x],m,T,m.sorted),U!=null&&qn(U,O[v],w,E,w.sorted),c.min=w.min,c.max=w.max}});for(let c in n){let p=n[c],m=O[c];if(p.from==null&&(m==null||m.min==null)){let w=p.range(l,p.min==pt?null:p.min,p.max==-pt?null:p.max,c);p.min=w[0],p.max=w[1]}}}for(let c in n){let p=n[c];if(p.from!=null){let m=n[p.from];if(m.min==null)p.min=p.max=null;else{let w=p.range(l,m.min,m.max,c);p.min=w[0],p.max=w[1]}}}let o={},r=!1;for(let c in n){let p=n[c],m=k[c];if(m.min!=p.min||m.max!=p.max){m.min=p.min,m.max=p.max;let w=m.distr;m._min=w==3?We(m.min):w==4?hs(m.min,m.asinh):w==100?m.fwd(m.min):m.min,m._max=w==3?We(m.max):w==4?hs(m.max,m.asinh):w==100?m.fwd(m.max):m.max,o[c]=r=!0}}if(r){_.forEach((c,p)=>{i==2?p>0&&o.y&&(c._paths=null):o[c.scale]&&(c._paths=null)});for(let c in o)yl=!0,Ft("setScale",c);Bt&&R.left>=0&&(el=pe=!0)}for(let c in O)O[c]=null}function br(n){let o=vs(Ct-1,0,Wt-1),r=vs(zt+1,0,Wt-1);for(;n[o]==null&&o>0;)o--;for(;n[r]==null&&r<Wt-1;)r++;return[o,r]}function yr(){if(Wt>0){let n=_.some(o=>o._focus)&&Xt!=Le.alpha;n&&(g.globalAlpha=Xt=Le.alpha),_.forEach((o,r)=>{if(r>0&&o.show&&(si(r,!1),si(r,!0),o._paths==null)){let c=Xt;Xt!=o.alpha&&(g.globalAlpha=Xt=o.alpha);let p=i==2?[0,e[r][0].length-1]:br(e[r]);o._paths=o.paths(l,r,p[0],p[1]),Xt!=c&&(g.globalAlpha=Xt=c)}}),_.forEach((o,r)=>{if(r>0&&o.show){let c=Xt;Xt!=o.alpha&&(g.globalAlpha=Xt=o.alpha),o._paths!=null&&ii(r,!1);{let p=o._paths!=null?o._paths.gaps:null,m=o.points.show(l,r,Ct,zt,p),w=o.points.filter(l,r,m,p);(m||w)&&(o.points._paths=o.points.paths(l,r,Ct,zt,w),ii(r,!0))}Xt!=c&&(g.globalAlpha=Xt=c),Ft("drawSeries",r)}}),n&&(g.globalAlpha=Xt=1)}}function si(n,o){let r=o?_[n].points:_[n];r._stroke=r.stroke(l,n),r._fill=r.fill(l,n)}function ii(n,o){let r=o?_[n].points:_[n],{stroke:c,fill:p,clip:m,flags:w,_stroke:x=r._stroke,_fill:v=r._fill,_width:T=r.width}=r._paths;T=ht(T*rt,3);let E=null,A=T%2/2;o&&v==null&&(v=T>0?"#fff":x);let U=r.pxAlign==1&&A>0;if(U&&g.translate(A,A),!o){let ot=le-T/2,st=fe-T/2,Q=Qt+T,H=_e+T;E=new Path2D,E.rect(ot,st,Q,H)}o?Jn(x,T,r.dash,r.cap,v,c,p,w,m):wr(n,x,T,r.dash,r.cap,v,c,p,w,E,m),U&&g.translate(-A,-A)}function wr(n,o,r,c,p,m,w,x,v,T,E){let A=!1;v!=0&&q.forEach((U,ot)=>{if(U.series[0]==n){let st=_[U.series[1]],Q=e[U.series[1]],H=(st._paths||on).band;Ke(H)&&(H=U.dir==1?H[0]:H[1]);let F,yt=null;st.show&&H&&Ha(Q,Ct,zt)?(yt=U.fill(l,ot)||m,F=st._paths.clip):H=null,Jn(o,r,c,p,yt,w,x,v,T,E,F,H),A=!0}}),A||Jn(o,r,c,p,m,w,x,v,T,E)}const oi=Wl|Ts;function Jn(n,o,r,c,p,m,w,x,v,T,E,A){ei(n,o,r,c,p),(v||T||A)&&(g.save(),v&&g.clip(v),T&&g.clip(T)),A?(x&oi)==oi?(g.clip(A),E&&g.clip(E),_n(p,w),wn(n,m,o)):x&Ts?(_n(p,w),g.clip(A),wn(n,m,o)):x&Wl&&(g.save(),g.clip(A),E&&g.clip(E),_n(p,w),g.restore(),wn(n,m,o)):(_n(p,w),wn(n,m,o)),(v||T||A)&&g.restore()}function wn(n,o,r){r>0&&(o instanceof Map?o.forEach((c,p)=>{g.strokeStyle=yn=p,g.stroke(c)}):o!=null&&n&&g.stroke(o))}function _n(n,o){o instanceof Map?o.forEach((r,c)=>{g.fillStyle=vl=c,g.fill(r)}):o!=null&&n&&g.fill(o)}function _r(n,o,r,c){let p=M[n],m;if(c<=0)m=[0,0];else{let w=p._space=p.space(l,n,o,r,c),x=p._incrs=p.incrs(l,n,o,r,c,w);m=au(o,r,x,c,w)}return p._found=m}function Zn(n,o,r,c,p,m,w,x,v,T){let E=w%2/2;z==1&&g.translate(E,E),ei(x,w,v,T,x),g.beginPath();let A,U,ot,st,Q=p+(c==0||c==3?-m:m);r==0?(U=p,st=Q):(A=p,ot=Q);for(let H=0;H<n.length;H++)o[H]!=null&&(r==0?A=ot=n[H]:U=st=n[H],g.moveTo(A,U),g.lineTo(ot,st));g.stroke(),z==1&&g.translate(-E,-E)}function xr(n){let o=!0;return M.forEach((r,c)=>{if(!r.show)return;let p=k[r.scale];if(p.min==null){r._show&&(o=!1,r._show=!1,Sl(!1));return}else r._show||(o=!1,r._show=!0,Sl(!1));let m=r.side,w=m%2,{min:x,max:v}=p,[T,E]=_r(c,x,v,w==0?Y:D);if(E==0)return;let A=p.distr==2,U=r._splits=r.splits(l,c,x,v,T,E,A),ot=p.distr==2?U.map(F=>xe[F]):U,st=p.distr==2?xe[U[1]]-xe[U[0]]:T,Q=r._values=r.values(l,r.filter(l,ot,c,E,st),c,E,st);r._rotate=m==2?r.rotate(l,Q,c,E):0;let H=r._size;r._size=ye(r.size(l,Q,c,n)),H!=null&&r._size!=H&&(o=!1)}),o}function kr(n){let o=!0;return Xs.forEach((r,c)=>{let p=r(l,c,nl,n);p!=je[c]&&(o=!1),je[c]=p}),o}function vr(){for(let n=0;n<M.length;n++){let o=M[n];if(!o.show||!o._show)continue;let r=o.side,c=r%2,p,m,w=o.stroke(l,n),x=r==0||r==3?-1:1,[v,T]=o._found;if(o.label!=null){let Kt=o.labelGap*x,ie=Lt((o._lpos+Kt)*rt);li(o.labelFont[0],w,"center",r==2?Xl:Pi),g.save(),c==1?(p=m=0,g.translate(ie,Lt(fe+_e/2)),g.rotate((r==3?-Mn:Mn)/2)):(p=Lt(le+Qt/2),m=ie);let ol=To(o.label)?o.label(l,n,v,T):o.label;g.fillText(ol,p,m),g.restore()}if(T==0)continue;let E=k[o.scale],A=c==0?Qt:_e,U=c==0?le:fe,ot=o._splits,st=E.distr==2?ot.map(Kt=>xe[Kt]):ot,Q=E.distr==2?xe[ot[1]]-xe[ot[0]]:v,H=o.ticks,F=o.border,yt=H.show?H.size:0,St=Lt(yt*rt),Nt=Lt((o.alignTo==2?o._size-yt-o.gap:o.gap)*rt),ft=o._rotate*-Mn/180,$t=W(o._pos*rt),ne=(St+Nt)*x,Yt=$t+ne;m=c==0?Yt:0,p=c==1?Yt:0;let de=o.font[0],ke=o.align==1?Cl:o.align==2?us:ft>0?Cl:ft<0?us:c==0?"center":r==3?us:Cl,Ce=ft||c==1?"middle":r==2?Xl:Pi;li(de,w,ke,Ce);let se=o.font[1]*o.lineGap,me=ot.map(Kt=>W(h(Kt,E,A,U))),ve=o._values;for(let Kt=0;Kt<ve.length;Kt++){let ie=ve[Kt];if(ie!=null){c==0?p=me[Kt]:m=me[Kt],ie=""+ie;let ol=ie.indexOf(`
`)==-1?[ie]:ie.split(/\n/gm);for(let qt=0;qt<ol.length;qt++){let $i=ol[qt];ft?(g.save(),g.translate(p,m+qt*se),g.rotate(ft),g.fillText($i,0,0),g.restore()):g.fillText($i,p,m+qt*se)}}}H.show&&Zn(me,H.filter(l,st,n,T,Q),c,r,$t,St,ht(H.width*rt,3),H.stroke(l,n),H.dash,H.cap);let ze=o.grid;ze.show&&Zn(me,ze.filter(l,st,n,T,Q),c,c==0?2:1,c==0?fe:le,c==0?_e:Qt,ht(ze.width*rt,3),ze.stroke(l,n),ze.dash,ze.cap),F.show&&Zn([$t],[1],c==0?1:0,c==0?1:2,c==1?fe:le,c==1?_e:Qt,ht(F.width*rt,3),F.stroke(l,n),F.dash,F.cap)}Ft("drawAxes")}function Sl(n){_.forEach((o,r)=>{r>0&&(o._paths=null,n&&(i==1?(o.min=null,o.max=null):o.facets.forEach(c=>{c.min=null,c.max=null})))})}let xn=!1,Qn=!1,Yl=[];function Sr(){Qn=!1;for(let n=0;n<Yl.length;n++)Ft(...Yl[n]);Yl.length=0}function $l(){xn||(ec(ri),xn=!0)}function $r(n,o=!1){xn=!0,Qn=o,n(l),ri(),o&&Yl.length>0&&queueMicrotask(Sr)}l.batch=$r;function ri(){if(On&&(gr(),On=!1),yl&&(cr(),yl=!1),mn){if(wt(P,Cl,dt),wt(P,Xl,Dt),wt(P,en,Y),wt(P,ln,D),wt(L,Cl,dt),wt(L,Xl,Dt),wt(L,en,Y),wt(L,ln,D),wt(y,en,Ne),wt(y,ln,Qe),b.width=Lt(Ne*rt),b.height=Lt(Qe*rt),M.forEach(({_el:n,_show:o,_size:r,_pos:c,side:p})=>{if(n!=null)if(o){let m=p===3||p===0?r:0,w=p%2==1;wt(n,w?"left":"top",c-m),wt(n,w?"width":"height",r),wt(n,w?"top":"left",w?Dt:dt),wt(n,w?"height":"width",w?D:Y),xs(n,cl)}else oe(n,cl)}),yn=vl=In=Un=Bn=Gn=Yn=Kn=jn=null,Xt=1,Jl(!0),dt!=bl||Dt!=Xe||Y!=De||D!=tl){Sl(!1);let n=Y/De,o=D/tl;if(Bt&&!el&&R.left>=0){R.left*=n,R.top*=o,Tl&&Ve(Tl,Lt(R.left),0,Y,D),Ml&&Ve(Ml,0,Lt(R.top),Y,D);for(let r=0;r<he.length;r++){let c=he[r];c!=null&&(xl[r]*=n,kl[r]*=o,Ve(c,ye(xl[r]),ye(kl[r]),Y,D))}}if(bt.show&&!gn&&bt.left>=0&&bt.width>0){bt.left*=n,bt.width*=n,bt.top*=o,bt.height*=o;for(let r in ss)wt(Ll,r,bt[r])}bl=dt,Xe=Dt,De=Y,tl=D}Ft("setSize"),mn=!1}Ne>0&&Qe>0&&(g.clearRect(0,0,b.width,b.height),Ft("drawClear"),G.forEach(n=>n()),Ft("draw")),bt.show&&gn&&(kn(bt),gn=!1),Bt&&el&&(il(null,!0,!1),el=!1),Z.show&&Z.live&&pe&&(ls(),pe=!1),f||(f=!0,l.status=1,Ft("ready")),Gl=!1,xn=!1}l.redraw=(n,o)=>{yl=o||!1,n!==!1?Be(C,$.min,$.max):$l()};function Xn(n,o){let r=k[n];if(r.from==null){if(Wt==0){let c=r.range(l,o.min,o.max,n);o.min=c[0],o.max=c[1]}if(o.min>o.max){let c=o.min;o.min=o.max,o.max=c}if(Wt>1&&o.min!=null&&o.max!=null&&o.max-o.min<1e-16)return;n==C&&r.distr==2&&Wt>0&&(o.min=$e(o.min,e[0]),o.max=$e(o.max,e[0]),o.min==o.max&&o.max++),O[n]=o,On=!0,$l()}}l.setScale=Xn;let ts,es,Tl,Ml,ai,ci,El,Dl,ui,fi,gt,kt,Ue=!1;const Ht=R.drag;let Vt=Ht.x,Rt=Ht.y;Bt&&(R.x&&(ts=ge($a,L)),R.y&&(es=ge(Ta,L)),$.ori==0?(Tl=ts,Ml=es):(Tl=es,Ml=ts),gt=R.left,kt=R.top);const bt=l.select=Mt({show:!0,over:!0,left:0,width:0,top:0,height:0},t.select),Ll=bt.show?ge(Sa,bt.over?L:P):null;function kn(n,o){if(bt.show){for(let r in n)bt[r]=n[r],r in ss&&wt(Ll,r,n[r]);o!==!1&&Ft("setSelect")}}l.setSelect=kn;function Tr(n){if(_[n].show)Et&&xs(vt[n],cl);else if(Et&&oe(vt[n],cl),Bt){let r=_l?he[0]:he[n];r!=null&&Ve(r,-10,-10,Y,D)}}function Be(n,o,r){Xn(n,{min:o,max:r})}function Ae(n,o,r,c){o.focus!=null&&Ar(n),o.show!=null&&_.forEach((p,m)=>{m>0&&(n==m||n==null)&&(p.show=o.show,Tr(m),i==2?(Be(p.facets[0].scale,null,null),Be(p.facets[1].scale,null,null)):Be(p.scale,null,null),$l())}),r!==!1&&Ft("setSeries",n,o),c&&Zl("setSeries",l,n,o)}l.setSeries=Ae;function Mr(n,o){Mt(q[n],o)}function Er(n,o){n.fill=tt(n.fill||null),n.dir=it(n.dir,-1),o=o??q.length,q.splice(o,0,n)}function Dr(n){n==null?q.length=0:q.splice(n,1)}l.addBand=Er,l.setBand=Mr,l.delBand=Dr;function Lr(n,o){_[n].alpha=o,Bt&&he[n]!=null&&(he[n].style.opacity=o),Et&&vt[n]&&(vt[n].style.opacity=o)}let Oe,Ge,sl;const Al={focus:!0};function Ar(n){if(n!=sl){let o=n==null,r=Le.alpha!=1;_.forEach((c,p)=>{if(i==1||p>0){let m=o||p==0||p==n;c._focus=o?null:m,r&&Lr(p,m?1:Le.alpha)}}),sl=n,r&&$l()}}Et&&wl&&Gt(Ri,at,n=>{R._lock||(ll(n),sl!=null&&Ae(null,Al,!0,Tt.setSeries))});function Pe(n,o,r){let c=k[o];r&&(n=n/rt-(c.ori==1?Dt:dt));let p=Y;c.ori==1&&(p=D,n=p-n),c.dir==-1&&(n=p-n);let m=c._min,w=c._max,x=n/p,v=m+(w-m)*x,T=c.distr;return T==3?Fl(10,v):T==4?ja(v,c.asinh):T==100?c.bwd(v):v}function Pr(n,o){let r=Pe(n,C,o);return $e(r,e[0],Ct,zt)}l.valToIdx=n=>$e(n,e[0]),l.posToIdx=Pr,l.posToVal=Pe,l.valToPos=(n,o,r)=>k[o].ori==0?u(n,k[o],r?Qt:Y,r?le:0):a(n,k[o],r?_e:D,r?fe:0),l.setCursor=(n,o,r)=>{gt=n.left,kt=n.top,il(null,o,r)};function pi(n,o){wt(Ll,Cl,bt.left=n),wt(Ll,en,bt.width=o)}function hi(n,o){wt(Ll,Xl,bt.top=n),wt(Ll,ln,bt.height=o)}let Kl=$.ori==0?pi:hi,ql=$.ori==1?pi:hi;function Cr(){if(Et&&Z.live)for(let n=i==2?1:0;n<_.length;n++){if(n==0&&ue)continue;let o=Z.values[n],r=0;for(let c in o)Ee[n][r++].firstChild.nodeValue=o[c]}}function ls(n,o){if(n!=null&&(n.idxs?n.idxs.forEach((r,c)=>{ut[c]=r}):Ya(n.idx)||ut.fill(n.idx),Z.idx=ut[0]),Et&&Z.live){for(let r=0;r<_.length;r++)(r>0||i==1&&!ue)&&zr(r,ut[r]);Cr()}pe=!1,o!==!1&&Ft("setLegend")}l.setLegend=ls;function zr(n,o){let r=_[n],c=n==0&&K==2?xe:e[n],p;ue?p=r.values(l,n,o)??Ie:(p=r.value(l,o==null?null:c[o],n,o),p=p==null?Ie:{_:p}),Z.values[n]=p}function il(n,o,r){ui=gt,fi=kt,[gt,kt]=R.move(l,gt,kt),R.left=gt,R.top=kt,Bt&&(Tl&&Ve(Tl,Lt(gt),0,Y,D),Ml&&Ve(Ml,0,Lt(kt),Y,D));let c,p=Ct>zt;Oe=pt,Ge=null;let m=$.ori==0?Y:D,w=$.ori==1?Y:D;if(gt<0||Wt==0||p){c=R.idx=null;for(let x=0;x<_.length;x++){let v=he[x];v!=null&&Ve(v,-10,-10,Y,D)}wl&&Ae(null,Al,!0,n==null&&Tt.setSeries),Z.live&&(ut.fill(c),pe=!0)}else{let x,v,T;i==1&&(x=$.ori==0?gt:kt,v=Pe(x,C),c=R.idx=$e(v,e[0],Ct,zt),T=V(e[0][c],$,m,0));let E=-10,A=-10,U=0,ot=0,st=!0,Q="",H="";for(let F=i==2?1:0;F<_.length;F++){let yt=_[F],St=ut[F],Nt=St==null?null:i==1?e[F][St]:e[F][1][St],ft=R.dataIdx(l,F,c,v),$t=ft==null?null:i==1?e[F][ft]:e[F][1][ft];if(pe=pe||$t!=Nt||ft!=St,ut[F]=ft,F>0&&yt.show){let ne=ft==null?-10:ft==c?T:V(i==1?e[0][ft]:e[F][0][ft],$,m,0),Yt=$t==null?-10:j($t,i==1?k[yt.scale]:k[yt.facets[1].scale],w,0);if(wl&&$t!=null){let de=$.ori==1?gt:kt,ke=At(Le.dist(l,F,ft,Yt,de));if(ke<Oe){let Ce=Le.bias;if(Ce!=0){let se=Pe(de,yt.scale),me=$t>=0?1:-1,ve=se>=0?1:-1;ve==me&&(ve==1?Ce==1?$t>=se:$t<=se:Ce==1?$t<=se:$t>=se)&&(Oe=ke,Ge=F)}else Oe=ke,Ge=F}}if(pe||_l){let de,ke;$.ori==0?(de=ne,ke=Yt):(de=Yt,ke=ne);let Ce,se,me,ve,ze,Kt,ie=!0,ol=jt.bbox;if(ol!=null){ie=!1;let qt=ol(l,F);me=qt.left,ve=qt.top,Ce=qt.width,se=qt.height}else me=de,ve=ke,Ce=se=jt.size(l,F);if(Kt=jt.fill(l,F),ze=jt.stroke(l,F),_l)F==Ge&&Oe<=Le.prox&&(E=me,A=ve,U=Ce,ot=se,st=ie,Q=Kt,H=ze);else{let qt=he[F];qt!=null&&(xl[F]=me,kl[F]=ve,ji(qt,Ce,se,ie),Hi(qt,Kt,ze),Ve(qt,ye(me),ye(ve),Y,D))}}}}if(_l){let F=Le.prox,yt=sl==null?Oe<=F:Oe>F||Ge!=sl;if(pe||yt){let St=he[0];St!=null&&(xl[0]=E,kl[0]=A,ji(St,U,ot,st),Hi(St,Q,H),Ve(St,ye(E),ye(A),Y,D))}}}if(bt.show&&Ue)if(n!=null){let[x,v]=Tt.scales,[T,E]=Tt.match,[A,U]=n.cursor.sync.scales,ot=n.cursor.drag;if(Vt=ot._x,Rt=ot._y,Vt||Rt){let{left:st,top:Q,width:H,height:F}=n.select,yt=n.scales[A].ori,St=n.posToVal,Nt,ft,$t,ne,Yt,de=x!=null&&T(x,A),ke=v!=null&&E(v,U);de&&Vt?(yt==0?(Nt=st,ft=H):(Nt=Q,ft=F),$t=k[x],ne=V(St(Nt,A),$t,m,0),Yt=V(St(Nt+ft,A),$t,m,0),Kl(Te(ne,Yt),At(Yt-ne))):Kl(0,m),ke&&Rt?(yt==1?(Nt=st,ft=H):(Nt=Q,ft=F),$t=k[v],ne=j(St(Nt,U),$t,w,0),Yt=j(St(Nt+ft,U),$t,w,0),ql(Te(ne,Yt),At(Yt-ne))):ql(0,w)}else is()}else{let x=At(ui-ai),v=At(fi-ci);if($.ori==1){let U=x;x=v,v=U}Vt=Ht.x&&x>=Ht.dist,Rt=Ht.y&&v>=Ht.dist;let T=Ht.uni;T!=null?Vt&&Rt&&(Vt=x>=T,Rt=v>=T,!Vt&&!Rt&&(v>x?Rt=!0:Vt=!0)):Ht.x&&Ht.y&&(Vt||Rt)&&(Vt=Rt=!0);let E,A;Vt&&($.ori==0?(E=El,A=gt):(E=Dl,A=kt),Kl(Te(E,A),At(A-E)),Rt||ql(0,w)),Rt&&($.ori==1?(E=El,A=gt):(E=Dl,A=kt),ql(Te(E,A),At(A-E)),Vt||Kl(0,m)),!Vt&&!Rt&&(Kl(0,0),ql(0,0))}if(Ht._x=Vt,Ht._y=Rt,n==null){if(r){if(Si!=null){let[x,v]=Tt.scales;Tt.values[0]=x!=null?Pe($.ori==0?gt:kt,x):null,Tt.values[1]=v!=null?Pe($.ori==1?gt:kt,v):null}Zl(fs,l,gt,kt,Y,D,c)}if(wl){let x=r&&Tt.setSeries,v=Le.prox;sl==null?Oe<=v&&Ae(Ge,Al,!0,x):Oe>v?Ae(null,Al,!0,x):Ge!=sl&&Ae(Ge,Al,!0,x)}}pe&&(Z.idx=c,ls()),o!==!1&&Ft("setCursor")}let Ye=null;Object.defineProperty(l,"rect",{get(){return Ye==null&&Jl(!1),Ye}});function Jl(n=!1){n?Ye=null:(Ye=L.getBoundingClientRect(),Ft("syncRect",Ye))}function di(n,o,r,c,p,m,w){R._lock||Ue&&n!=null&&n.movementX==0&&n.movementY==0||(ns(n,o,r,c,p,m,w,!1,n!=null),n!=null?il(null,!0,!0):il(o,!0,!1))}function ns(n,o,r,c,p,m,w,x,v){if(Ye==null&&Jl(!1),ll(n),n!=null)r=n.clientX-Ye.left,c=n.clientY-Ye.top;else{if(r<0||c<0){gt=-10,kt=-10;return}let[T,E]=Tt.scales,A=o.cursor.sync,[U,ot]=A.values,[st,Q]=A.scales,[H,F]=Tt.match,yt=o.axes[0].side%2==1,St=$.ori==0?Y:D,Nt=$.ori==1?Y:D,ft=yt?m:p,$t=yt?p:m,ne=yt?c:r,Yt=yt?r:c;if(st!=null?r=H(T,st)?h(U,k[T],St,0):-10:r=St*(ne/ft),Q!=null?c=F(E,Q)?h(ot,k[E],Nt,0):-10:c=Nt*(Yt/$t),$.ori==1){let de=r;r=c,c=de}}v&&(o==null||o.cursor.event.type==fs)&&((r<=1||r>=Y-1)&&(r=rl(r,Y)),(c<=1||c>=D-1)&&(c=rl(c,D))),x?(ai=r,ci=c,[El,Dl]=R.move(l,r,c)):(gt=r,kt=c)}const ss={width:0,height:0,left:0,top:0};function is(){kn(ss,!1)}let mi,gi,bi,yi;function wi(n,o,r,c,p,m,w){Ue=!0,Vt=Rt=Ht._x=Ht._y=!1,ns(n,o,r,c,p,m,w,!0,!1),n!=null&&(Gt(ps,ws,_i,!1),Zl(zi,l,El,Dl,Y,D,null));let{left:x,top:v,width:T,height:E}=bt;mi=x,gi=v,bi=T,yi=E}function _i(n,o,r,c,p,m,w){Ue=Ht._x=Ht._y=!1,ns(n,o,r,c,p,m,w,!1,!0);let{left:x,top:v,width:T,height:E}=bt,A=T>0||E>0,U=mi!=x||gi!=v||bi!=T||yi!=E;if(A&&U&&kn(bt),Ht.setScale&&A&&U){let ot=x,st=T,Q=v,H=E;if($.ori==1&&(ot=v,st=E,Q=x,H=T),Vt&&Be(C,Pe(ot,C),Pe(ot+st,C)),Rt)for(let F in k){let yt=k[F];F!=C&&yt.from==null&&yt.min!=pt&&Be(F,Pe(Q+H,F),Pe(Q,F))}is()}else R.lock&&(R._lock=!R._lock,il(o,!0,n!=null));n!=null&&(gl(ps,ws),Zl(ps,l,gt,kt,Y,D,null))}function Vr(n,o,r,c,p,m,w){if(R._lock)return;ll(n);let x=Ue;if(Ue){let v=!0,T=!0,E=10,A,U;$.ori==0?(A=Vt,U=Rt):(A=Rt,U=Vt),A&&U&&(v=gt<=E||gt>=Y-E,T=kt<=E||kt>=D-E),A&&v&&(gt=gt<El?0:Y),U&&T&&(kt=kt<Dl?0:D),il(null,!0,!0),Ue=!1}gt=-10,kt=-10,ut.fill(null),il(null,!0,!0),x&&(Ue=x)}function xi(n,o,r,c,p,m,w){R._lock||(ll(n),Hn(),is(),n!=null&&Zl(Fi,l,gt,kt,Y,D,null))}function ki(){M.forEach(cu),Wn(l.width,l.height,!0)}ul(En,Vl,ki);const Pl={};Pl.mousedown=wi,Pl.mousemove=di,Pl.mouseup=_i,Pl.dblclick=xi,Pl.setSeries=(n,o,r,c)=>{let p=Tt.match[2];r=p(l,o,r),r!=-1&&Ae(r,c,!0,!1)},Bt&&(Gt(zi,L,wi),Gt(fs,L,di),Gt(Vi,L,n=>{ll(n),Jl(!1)}),Gt(Ri,L,Vr),Gt(Fi,L,xi),Ms.add(l),l.syncRect=Jl);const vn=l.hooks=t.hooks||{};function Ft(n,o,r){Qn?Yl.push([n,o,r]):n in vn&&vn[n].forEach(c=>{c.call(null,l,o,r)})}(t.plugins||[]).forEach(n=>{for(let o in n.hooks)vn[o]=(vn[o]||[]).concat(n.hooks[o])});const vi=(n,o,r)=>r,Tt=Mt({key:null,setSeries:!1,filters:{pub:Ki,sub:Ki},scales:[C,_[1]?_[1].scale:null],match:[qi,qi,vi],values:[null,null]},R.sync);Tt.match.length==2&&Tt.match.push(vi),R.sync=Tt;const Si=Tt.key,os=Jo(Si);function Zl(n,o,r,c,p,m,w){Tt.filters.pub(n,o,r,c,p,m,w)&&os.pub(n,o,r,c,p,m,w)}os.sub(l);function Rr(n,o,r,c,p,m,w){Tt.filters.sub(n,o,r,c,p,m,w)&&Pl[n](null,o,r,c,p,m,w)}l.pub=Rr;function Fr(){os.unsub(l),Ms.delete(l),Ze.clear(),ks(En,Vl,ki),d.remove(),at?.remove(),Ft("destroy")}l.destroy=Fr;function rs(){Ft("init",t,e),ti(e||t.data,!1),O[C]?Xn(C,O[C]):Hn(),gn=bt.show&&(bt.width>0||bt.height>0),el=pe=!0,Wn(t.width,t.height)}return _.forEach(Qs),M.forEach(mr),s?s instanceof HTMLElement?(s.appendChild(d),rs()):s(l,rs):rs(),l}It.assign=Mt;It.fmtNum=Rs;It.rangeNum=Dn;It.rangeLog=Pn;It.rangeAsinh=zs;It.orient=hl;It.pxRatio=rt;It.join=tc;It.fmtDate=Ns,It.tzDate=fc;It.sync=Jo;{It.addGap=Yc,It.clipGaps=Vn;let t=It.paths={points:lr};t.linear=sr,t.stepped=Jc,t.bars=Zc,t.spline=Xc}const uu='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var fu=Object.defineProperty,ce=(t,e,s,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,s,i)||i);return i&&fu(e,s,i),i};const Ys=class Ys extends cn{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=e=>String(e),this.dark=!1,this.height=220,this.readout=""}render(){const e=this.ys.length===0;return lt`<figure role="group" aria-label=${this.label} style="margin:0">
      ${e?lt`<div class="empty muted">${S("common.no_data")}</div>`:lt`<div class="plot" aria-hidden="true"></div>
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
          ${this.ys.map((s,l)=>lt`<tr data-key=${this.labels[l]??String(this.xs[l])} data-value=${String(s)}>
                <th scope="row">${this.labels[l]??String(this.xs[l])}</th>
                <td>${this.formatValue(s)}</td>
              </tr>`)}
        </tbody>
      </table>
    </figure>`}totalText(){const e=this.ys.reduce((s,l)=>s+l,0);return S("chart.total",{total:this.formatValue(e),unit:this.unit.toLowerCase()})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(e){(e.has("xs")||e.has("ys")||e.has("kind")||e.has("dark")||e.has("labels")||e.has("height")||e.has("bucket")||e.has("locale")||e.has("formatValue"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const e=Math.floor(this.plotEl.clientWidth);e>0&&e!==this.plot.width&&this.plot.setSize({width:e,height:this.height})}draw(){this.destroy();const e=this.plotEl;if(!e||this.ys.length===0)return;const s=getComputedStyle(this),l=s.getPropertyValue("--pl-chart-color").trim()||s.getPropertyValue("--primary-color").trim()||"#03a9f4",i=s.getPropertyValue("--secondary-text-color").trim()||"#727272",u=s.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",a=`12px ${s.fontFamily||"sans-serif"}`,h=Math.max(Math.floor(e.clientWidth),200),f=this.labels,d=this.xs,b=this.formatValue,g=this.kind==="time",y=this.bucket,P=this.locale,L=g?qr(y)/2:.5,z={stroke:i,font:a,grid:{stroke:u,width:1},ticks:{stroke:u,width:1}},W=_=>g?Ei(d[_]??0,y,P):f[_]??"",I={width:h,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(_,M,k)=>[M-L,k+L]},y:{range:(_,M,k)=>[0,k>0?k*1.1:1]}},axes:[g?{...z,splits:_=>Kr(d,Math.max(Math.floor(_.bbox.width/devicePixelRatio/70),2)),values:(_,M)=>M.map(k=>Ei(k,y,P))}:{...z,splits:()=>f.map((_,M)=>M),values:(_,M)=>M.map(k=>f[k]??""),gap:4},{...z,size:48,values:(_,M)=>M.map(k=>b(k))}],series:[{},{label:this.unit,stroke:l,fill:l,width:0,paths:It.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{setCursor:[_=>{const M=_.cursor.idx,k=M==null?void 0:this.ys[M];this.readout=k===void 0||M===null||M===void 0?"":`${W(M)}: ${b(k)} ${this.unit.toLowerCase()}`}]}};this.plot=new It(I,[this.xs,this.ys],e)}};Ys.styles=[un,Hr(uu),fn`
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
    `];let Ut=Ys;ce([mt()],Ut.prototype,"kind");ce([mt()],Ut.prototype,"label");ce([mt()],Ut.prototype,"unit");ce([mt({attribute:!1})],Ut.prototype,"xs");ce([mt({attribute:!1})],Ut.prototype,"ys");ce([mt({attribute:!1})],Ut.prototype,"labels");ce([mt()],Ut.prototype,"bucket");ce([mt()],Ut.prototype,"locale");ce([mt({attribute:!1})],Ut.prototype,"formatValue");ce([mt({type:Boolean})],Ut.prototype,"dark");ce([mt({type:Number})],Ut.prototype,"height");ce([Ir(".plot")],Ut.prototype,"plotEl");ce([pl()],Ut.prototype,"readout");pn("pl-chart",Ut);var pu=Object.defineProperty,hn=(t,e,s,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,s,i)||i);return i&&pu(e,s,i),i};const Ks=class Ks extends cn{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const e=Jr(this.matrix),s=Array.from({length:24},(f,d)=>d),l=Zr(this.locale),i=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),u=f=>{const d=i.formatToParts(new Date(Date.UTC(2024,0,1,f))),b=Number(d.find(y=>y.type==="hour")?.value??f),g=d.find(y=>y.type==="dayPeriod")?.value;return g?`${b}${g.charAt(0).toLowerCase()}`:String(b)},a=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),h=f=>a.format(new Date(Date.UTC(2024,0,1,f)));return lt`<table aria-label=${this.label||S("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${s.map(f=>lt`<th scope="col" abbr=${h(f)}>${f%3===0?u(f):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Qr(this.firstWeekday).map(f=>lt`<tr data-weekday=${f}>
              <th scope="row">${l[f]}</th>
              ${s.map(d=>{const b=this.matrix[f]?.[d]??0,g=S("heatmap.cell",{day:l[f],from:h(d),to:h((d+1)%24),count:b});return lt`<td title=${g} data-weekday=${f} data-hour=${d} data-value=${b}>
                  ${b>0?lt`<span class="shade" style=${bs({opacity:String(.15+.85*(b/e))})}></span>`:""}
                  <span class="sr-only">${b}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${e}</div>`}};Ks.styles=[un,fn`
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
    `];let Je=Ks;hn([mt()],Je.prototype,"label");hn([mt({attribute:!1})],Je.prototype,"matrix");hn([mt({type:Number})],Je.prototype,"firstWeekday");hn([mt()],Je.prototype,"locale");hn([mt({attribute:!1})],Je.prototype,"hour12");pn("pl-heatmap",Je);var hu=Object.defineProperty,Me=(t,e,s,l)=>{for(var i=void 0,u=t.length-1,a;u>=0;u--)(a=t[u])&&(i=a(e,s,i)||i);return i&&hu(e,s,i),i};function Ds(t){const e=t?.points??[],[s,l]=oa(e),i=[...e].sort((u,a)=>u.bucket<a.bucket?-1:1).map(u=>u.bucket);return{xs:s,ys:l,labels:i}}const yo=Ds(void 0),du=[],mu=ys.map((t,e)=>e),qs=class qs extends cn{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=yo,this.hoursSeries=yo,this.formatInt=String,this.formatHours=String,this.binLabelsCache=[]}willUpdate(e){if(e.has("data")){const s=e.get("data");(!s||s.jobs!==this.data.jobs)&&(this.jobsSeries=Ds(this.data.jobs)),(!s||s.hours!==this.data.hours)&&(this.hoursSeries=Ds(this.data.hours))}if(e.has("options")){const s=this.options;s&&(this.formatInt=l=>be(l,s),this.formatHours=l=>be(l,s,1))}e.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(e){if(e.type!=="printer"&&!(e.type==="job_changed"&&e.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return Xr(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const e=this.api;if(!e)return;const s=++this.token,l=this.scope(),i=this.bucket;this.loading=!0,this.error="";const u=()=>s===this.token,a=b=>{u()&&(this.data={...this.data,...b})},h=[e.summary(l).then(b=>a({summary:b})),e.timeseries(l,i,"jobs").then(b=>a({jobs:b})),e.timeseries(l,i,"hours").then(b=>a({hours:b})),e.breakdown(l,"filament_type").then(b=>a({filamentType:b})),e.breakdown(l,"filament_colour").then(b=>a({filamentColour:b})),e.breakdown(l,"printer").then(b=>a({printer:b})),e.breakdown(l,"status").then(b=>a({status:b})),e.breakdown(l,"failure_reason").then(b=>a({failureReason:b})),this.histogram(e,l).then(b=>a({histogram:b})),e.breakdown(l,"weekday_hour").then(b=>a({heatmap:ta(b.rows)})),e.spoolBreakdown(l,"spool").then(b=>a({bySpool:b})),e.spoolBreakdown(l,"vendor").then(b=>a({byVendor:b})),e.spoolBreakdown(l,"material").then(b=>a({byMaterial:b})),da(e,l,b=>a({costs:{...this.data.costs,...b}}))],f=await Promise.allSettled(h);if(!u())return;const d=f.find(b=>b.status==="rejected");d&&(this.error=jr(d.reason)),this.loading=!1}async histogram(e,s){return(await Promise.all(ys.map(i=>e.listJobs({...s,statuses:[...Ur],min_duration:i.min,...i.max!==void 0?{max_duration:i.max}:{},limit:1})))).map(i=>i.total)}binLabels(e){return this.binLabelsFor!==e&&(this.binLabelsFor=e,this.binLabelsCache=ys.map(s=>ea(s,e))),this.binLabelsCache}change(e,s){e==="period"&&la(s)?(this.period=s,this.bucket=na(s)):e==="printer"?this.printer=s:e==="bucket"&&(s==="day"||s==="week"||s==="month"||s==="year")&&(this.bucket=s),this.load()}render(){const e=this.options;if(!e)return Re;const s=this.data,l=this.jobsSeries,i=this.hoursSeries,u=this.formatInt,a=this.formatHours,h=s.jobs?.bucket??this.bucket;return lt`
      <div class="selectors" role="group" aria-label=${S("analytics.selection")}>
        <label
          >${S("analytics.period")}
          <select name="period" @change=${f=>this.change("period",f.target.value)}>
            ${sa.map(f=>lt`<option value=${f.id} ?selected=${f.id===this.period}>${ia(f.id)}</option>`)}
          </select>
        </label>
        <label
          >${S("common.printer")}
          <select name="printer" @change=${f=>this.change("printer",f.target.value)}>
            <option value="" ?selected=${!this.printer}>${S("common.all_printers")}</option>
            ${this.printers.map(f=>lt`<option value=${f.id} ?selected=${f.id===this.printer}>${f.name}</option>`)}
          </select>
        </label>
        <label
          >${S("analytics.group_by")}
          <select name="bucket" @change=${f=>this.change("bucket",f.target.value)}>
            ${["day","week","month","year"].map(f=>lt`<option value=${f} ?selected=${f===this.bucket}>${S(`bucket.${f}`)}</option>`)}
          </select>
        </label>
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${Br(Gr)} ${S("common.refresh")}</button>
      </div>
      ${this.error?lt`<div class="error-banner" role="alert">
            <span>${S("analytics.load_error",{error:this.error})}</span>
          </div>`:Re}
      ${h!==this.bucket?lt`<p class="bucket-note" role="status">
            ${S("analytics.bucket_note",{shown:S(`bucket_per.${h}`),bucket:S(`bucket_many.${this.bucket}`)})}
          </p>`:Re}
      <pl-kpis .summary=${s.summary} .options=${e} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${S(`analytics.jobs_per.${h}`)}</h2>
          <pl-chart
            label=${S(`analytics.jobs_per.${h}`)}
            unit=${S("analytics.unit_jobs")}
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
          <h2>${S(`analytics.hours_per.${h}`)}</h2>
          <pl-chart
            label=${S(`analytics.hours_per.${h}`)}
            unit=${S("analytics.unit_hours")}
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
          <h2>${S("analytics.filament_type")}</h2>
          <pl-bars
            label=${S("analytics.filament_type_label")}
            .items=${Ql(Di(s.filamentType?.rows??[],"filament_g",10),"filament_g",e)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${S("analytics.filament_colour")}</h2>
          <pl-bars
            label=${S("analytics.filament_colour_label")}
            .items=${Ql(Di(s.filamentColour?.rows??[],"filament_g",12),"filament_g",e,!0)}
          ></pl-bars>
        </section>
        ${s.bySpool?.rows.length?lt`<section class="panel card" data-chart="spool">
                <h2>${S("analytics.by_spool")}</h2>
                <p class="muted">
                  ${S("analytics.spool_totals",{grams:wo(s.bySpool.totals.filament_g,e,0),cost:Ot(s.bySpool.totals.cost,e)})}
                </p>
                <pl-bars
                  label=${S("analytics.by_spool")}
                  .items=${as(s.bySpool.rows.slice(0,12),e,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${S("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${S("analytics.by_vendor")}
                  .items=${as((s.byVendor?.rows??[]).slice(0,12),e,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${S("analytics.by_material")}</h2>
                <pl-bars
                  label=${S("analytics.by_material")}
                  .items=${as((s.byMaterial?.rows??[]).slice(0,12),e,!1)}
                ></pl-bars>
              </section>`:Re}
        <section class="panel card" data-chart="printer">
          <h2>${S("analytics.success_printer")}</h2>
          <pl-bars label=${S("analytics.success_printer")} .max=${100} .items=${Ql(s.printer?.rows??[],"success_rate",e)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${S("analytics.outcome")}</h2>
          <pl-bars
            label=${S("analytics.outcome")}
            .items=${Ql((s.status?.rows??[]).map(f=>({...f,label:Yr(String(f.key??f.label??""))})),"jobs",e)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="failure_reason">
          <h2>${S("analytics.failure_reason")}</h2>
          <pl-bars
            label=${S("analytics.failure_reason")}
            .items=${Ql((s.failureReason?.rows??[]).map(f=>({...f,label:f.key===null?S("failure.unknown"):aa(String(f.key))})),"jobs",e)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${S("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${S("analytics.duration_label")}
            unit=${S("analytics.unit_jobs")}
            .xs=${mu}
            .ys=${s.histogram??du}
            .labels=${this.binLabels(e)}
            .formatValue=${u}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${S("analytics.heatmap")}</h2>
          <pl-heatmap
            .matrix=${s.heatmap??[]}
            .firstWeekday=${e.firstWeekday}
            .locale=${e.dateLocale}
            .hour12=${e.hour12}
          ></pl-heatmap>
        </section>
        <pl-cost-analysis class="panel card full" data-chart="costs" .data=${s.costs??{}} .options=${e}></pl-cost-analysis>
      </div>
    `}};qs.styles=[un,fn`
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
    `];let te=qs;Me([mt({attribute:!1})],te.prototype,"api");Me([mt({attribute:!1})],te.prototype,"options");Me([mt({attribute:!1})],te.prototype,"printers");Me([mt({type:Boolean})],te.prototype,"dark");Me([mt({type:Boolean})],te.prototype,"active");Me([pl()],te.prototype,"period");Me([pl()],te.prototype,"printer");Me([pl()],te.prototype,"bucket");Me([pl()],te.prototype,"data");Me([pl()],te.prototype,"loading");Me([pl()],te.prototype,"error");pn("pl-analytics-view",te);export{te as PlAnalyticsView};
