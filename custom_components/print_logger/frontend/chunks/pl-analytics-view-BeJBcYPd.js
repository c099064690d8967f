import{l as w,aB as zs,aA as Ge,at as Li,aE as un,R as zo,_ as Il,$ as Wl,c as Bl,h as B,aF as vs,a2 as ue,Q as Oe,s as Fo,H as Zr,A as Ue,aG as Qr,aH as Xr,aI as jo,aJ as ea,aK as ta,a3 as Zt,aL as la,aM as na,aN as sa,aO as oa,as as ia,aP as ra,a as aa,aQ as ca,aR as Pi,aS as ua,ap as fa,aT as ha,aq as pa,av as da,d as ma,a9 as ga,aU as Ro,aV as ps,a5 as ba,aW as ya}from"./shared-DduXoXll.js";import{h as Vo,c as _a,f as wa}from"../print-logger-panel.js";import{d as Gl,f as xa}from"./shared-DUOmt4lY.js";function on(t,e,n,l=!1){return t.map(o=>{const c=o.key===null||o.key===void 0?"":String(o.key),r=o.label||c||w("common.unknown"),p=Number(o[e]??0);let f,d;e==="success_rate"?(f=zs(o.success_rate,n),d=w("common.n_jobs",{count:o.jobs,n:Ge(o.jobs,n)})):e==="filament_g"?(f=Li(p,n,0),d=w("common.n_jobs",{count:o.jobs,n:Ge(o.jobs,n)})):e==="hours"?f=un(p,"hours",n,1):f=Ge(p,n);const b={key:c,label:r,value:p,display:f};if(d&&(b.note=d),l){const g=zo(c)??zo(o.label);g&&(b.colour=g)}return b})}function va(t,e,n){const l=new Map;for(const o of n){const c=Vo(o.color_hex),r=o.label?.replace(/^#\d+\s*/,"").trim();c&&r&&!l.has(c)&&l.set(c,r)}return on(t,"filament_g",e,!0).map(o=>{const c=Vo(o.colour??o.key);return c?{...o,label:l.get(c)??_a(`#${c}`),hint:`#${c}`}:o})}var ka=Object.defineProperty,Fs=(t,e,n,l)=>{for(var o=void 0,c=t.length-1,r;c>=0;c--)(r=t[c])&&(o=r(e,n,o)||o);return o&&ka(e,n,o),o};const Zs=class Zs extends Il{constructor(){super(...arguments),this.label="",this.items=[]}render(){if(!this.items.length)return B`<div class="empty muted">${w("common.no_data")}</div>`;const e=this.max??Math.max(...this.items.map(n=>n.value),0);return B`<ul aria-label=${this.label}>
      ${this.items.map(n=>{const l=e>0?Math.max(0,Math.min(100,n.value/e*100)):0,o=vs({width:`${l}%`,...n.colour?{background:n.colour}:{}});return B`<li data-key=${n.key} data-value=${String(n.value)}>
          <span class="name"
            >${n.colour?B`<span class="swatch" style=${vs({background:n.colour})}></span>`:""}
            <span>${n.label}${n.hint?B` <span class="hint">${n.hint}</span>`:""}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${n.colour?"bar coloured":"bar"} style=${o}></span></span>
          <span class="value">${n.display}${n.note?B`<span class="note">${n.note}</span>`:""}</span>
        </li>`})}
    </ul>`}};Zs.styles=[Wl,Bl`
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
    `];let Rl=Zs;Fs([ue()],Rl.prototype,"label");Fs([ue({attribute:!1})],Rl.prototype,"items");Fs([ue({type:Number})],Rl.prototype,"max");Gl("pl-bars",Rl);const Di=["filament_cost","electricity_cost","machine_cost","unsplit"];function $a(t){const e=t.map(l=>{const o=Math.max(0,l.filament_cost)+Math.max(0,l.electricity_cost)+Math.max(0,l.machine_cost),c={filament_cost:Math.max(0,l.filament_cost),electricity_cost:Math.max(0,l.electricity_cost),machine_cost:Math.max(0,l.machine_cost),unsplit:Math.max(0,l.cost-o)};return{row:l,values:c,total:Math.max(l.cost,o)}}),n=Math.max(0,...e.map(l=>l.total));return e.map(({row:l,values:o,total:c})=>({key:l.key??"",label:l.label,total:c,segments:Di.filter(r=>o[r]>0).map(r=>({part:r,value:o[r],pct:n>0?o[r]/n*100:0}))}))}function No(t,e){if(t==null||!Number.isFinite(t))return"—";if(e.currency)try{return new Intl.NumberFormat(e.numberLocale,{style:"currency",currency:e.currency,minimumFractionDigits:2,maximumFractionDigits:4}).format(t)}catch{}return Oe(t,e)}function Sa(t,e){const n=/^(\d{4})-(\d{2})/.exec(t??"");if(!n)return t??"";const l=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,1));return new Intl.DateTimeFormat(e.dateLocale,{month:"short",year:"numeric",timeZone:"UTC"}).format(l)}var Ta=Object.defineProperty,Ai=(t,e,n,l)=>{for(var o=void 0,c=t.length-1,r;c>=0;c--)(r=t[c])&&(o=r(e,n,o)||o);return o&&Ta(e,n,o),o};const Ma=10;function Ea(t,e,n){return Promise.all([t.costs(e,"month").then(l=>n({month:l})),t.costs(e,"printer").then(l=>n({printer:l})),t.costs(e,"filament_type").then(l=>n({material:l})),t.expensiveJobs(e,Ma).then(l=>n({top:l.jobs}))])}const ds={filament_cost:"costs.filament",electricity_cost:"costs.electricity",machine_cost:"costs.machine",unsplit:"costs.unsplit"},Qs=class Qs extends Il{constructor(){super(...arguments),this.data={}}months(e,n){const l=$a(e.rows);return B`
      <h3>${w("costs.per_month")}</h3>
      <div class="legend">
        ${Di.map(o=>B`<span><span class="swatch part-${o}"></span>${w(ds[o])}</span>`)}
      </div>
      <div role="list" aria-label=${w("costs.per_month")}>
        ${l.map(o=>{const c=Sa(o.key,n),r=o.segments.map(p=>`${w(ds[p.part])} ${Oe(p.value,n)}`).join(", ");return B`<div class="month" role="listitem" data-month=${o.key} aria-label=${`${c}: ${Oe(o.total,n)} (${r})`}>
            <span>${c}</span>
            <span class="stack">
              ${o.segments.map(p=>B`<span
                  class="part-${p.part}"
                  data-part=${p.part}
                  style="width: ${p.pct}%"
                  title=${`${w(ds[p.part])}: ${Oe(p.value,n)}`}
                ></span>`)}
            </span>
            <span class="value">${Oe(o.total,n)}</span>
          </div>`})}
      </div>
    `}table(e,n,l){const o=w(e==="printer"?"costs.by_printer":"costs.by_material"),c=r=>B`<tr data-key=${r.key??""}>
      <td>${r.key===null?w("common.unknown"):r.label}</td>
      <td class="num">${Ge(r.jobs,l)}</td>
      <td class="num" data-col="cost">${Oe(r.cost,l)}</td>
      <td class="num" data-col="filament_cost">${Oe(r.filament_cost,l)}</td>
      <td class="num" data-col="electricity_cost">${Oe(r.electricity_cost,l)}</td>
      <td class="num" data-col="machine_cost">${Oe(r.machine_cost,l)}</td>
      <td class="num" data-col="energy_kwh">${Ge(r.energy_kwh,l,2)}</td>
      <td class="num" data-col="kwh_per_job">${Ge(r.kwh_per_job,l,2)}</td>
      <td class="num" data-col="kwh_per_print_hour">${Ge(r.kwh_per_print_hour,l,3)}</td>
      <td class="num" data-col="cost_per_gram">${No(r.cost_per_gram,l)}</td>
    </tr>`;return B`
      <h3>${o}</h3>
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
            ${n.rows.map(c)}
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
                  <button class="file" title=${Fo(l.filename)} aria-haspopup="dialog" @click=${()=>xa(this,"show-job",{jobId:l.id})}>
                    ${Fo(l.filename)}
                  </button>
                </td>
                <td class="text">${l.printer_name}</td>
                <td class="text">${Zr(l.start,n,!1)}</td>
                <td class="num" data-col="cost">${Oe(l.cost,n)}</td>
                <td class="num">${Oe(l.filament_cost,n)}</td>
                <td class="num">${Oe(l.electricity_cost,n)}</td>
                <td class="num">${Oe(l.machine_cost,n)}</td>
                <td class="num">${Ge(l.energy_kwh,n,2)}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>
    `}render(){const e=this.options;if(!e)return Ue;const{month:n,printer:l,material:o,top:c}=this.data,r=l?.totals??n?.totals,p=!!r&&r.jobs===0;return B`
      <h2>${w("costs.title")}</h2>
      ${r?B`<p class="muted" data-totals>
            ${w("costs.summary",{cost:Oe(r.cost,e),filament:Oe(r.filament_cost,e),electricity:Oe(r.electricity_cost,e),machine:Oe(r.machine_cost,e),energy:Ge(r.energy_kwh,e,2),per_job:Ge(r.kwh_per_job,e,2),per_gram:No(r.cost_per_gram,e)})}
          </p>`:Ue}
      ${p?B`<p class="muted">${w("common.no_data")}</p>`:B`
            ${n?.rows.length?this.months(n,e):Ue}
            ${l?.rows.length?this.table("printer",l,e):Ue}
            ${o?.rows.length?this.table("material",o,e):Ue}
            ${c?.length?this.expensive(c,e):Ue}
          `}
    `}};Qs.styles=[Wl,Bl`
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
    `];let pn=Qs;Ai([ue({attribute:!1})],pn.prototype,"data");Ai([ue({attribute:!1})],pn.prototype,"options");Gl("pl-cost-analysis",pn);const La=!0,Ce="u-",Pa="uplot",Da=Ce+"hz",Aa=Ce+"vt",Ca=Ce+"title",za=Ce+"wrap",Fa=Ce+"under",ja=Ce+"over",Ra=Ce+"axis",ul=Ce+"off",Va=Ce+"select",Na=Ce+"cursor-x",Oa=Ce+"cursor-y",Ha=Ce+"cursor-pt",Ia=Ce+"legend",Wa=Ce+"live",Ba=Ce+"inline",Ga=Ce+"series",Ua=Ce+"marker",Oo=Ce+"label",Ya=Ce+"value",rn="width",an="height",nn="top",Ho="bottom",Cl="left",ms="right",js="#000",Io=js+"0",gs="mousemove",Wo="mousedown",bs="mouseup",Bo="mouseenter",Go="mouseleave",Uo="dblclick",Ka="resize",Ja="scroll",Yo="change",An="dppxchange",Rs="--",Ul=typeof window<"u",ks=Ul?document:null,Fl=Ul?window:null,qa=Ul?navigator:null;let re,Mn;function $s(){let t=devicePixelRatio;re!=t&&(re=t,Mn&&Ts(Yo,Mn,$s),Mn=matchMedia(`(min-resolution: ${re-.001}dppx) and (max-resolution: ${re+.001}dppx)`),fl(Yo,Mn,$s),Fl.dispatchEvent(new CustomEvent(An)))}function ct(t,e){if(e!=null){let n=t.classList;!n.contains(e)&&n.add(e)}}function Ss(t,e){let n=t.classList;n.contains(e)&&n.remove(e)}function _e(t,e,n){t.style[e]=n+"px"}function St(t,e,n,l){let o=ks.createElement(t);return e!=null&&ct(o,e),n?.insertBefore(o,l),o}function yt(t,e){return St("div",t,e)}const Ko=new WeakMap;function jt(t,e,n,l,o){let c="translate("+e+"px,"+n+"px)",r=Ko.get(t);c!=r&&(t.style.transform=c,Ko.set(t,c),e<0||n<0||e>l||n>o?ct(t,ul):Ss(t,ul))}const Jo=new WeakMap;function qo(t,e,n){let l=e+n,o=Jo.get(t);l!=o&&(Jo.set(t,l),t.style.background=e,t.style.borderColor=n)}const Zo=new WeakMap;function Qo(t,e,n,l){let o=e+""+n,c=Zo.get(t);o!=c&&(Zo.set(t,o),t.style.height=n+"px",t.style.width=e+"px",t.style.marginLeft=l?-e/2+"px":0,t.style.marginTop=l?-n/2+"px":0)}const Vs={passive:!0},Za={...Vs,capture:!0};function fl(t,e,n,l){e.addEventListener(t,n,l?Za:Vs)}function Ts(t,e,n,l){e.removeEventListener(t,n,Vs)}Ul&&$s();function Tt(t,e,n,l){let o;n=n||0,l=l||e.length-1;let c=l<=2147483647;for(;l-n>1;)o=c?n+l>>1:ut((n+l)/2),e[o]<t?n=o:l=o;return t-e[n]<=e[l]-t?n:l}function Ci(t){return(n,l,o)=>{let c=-1,r=-1;for(let p=l;p<=o;p++)if(t(n[p])){c=p;break}for(let p=o;p>=l;p--)if(t(n[p])){r=p;break}return[c,r]}}const zi=t=>t!=null,Fi=t=>t!=null&&t>0,Fn=Ci(zi),Qa=Ci(Fi);function Xa(t,e,n,l=0,o=!1){let c=o?Qa:Fn,r=o?Fi:zi;[e,n]=c(t,e,n);let p=t[e],f=t[e];if(e>-1)if(l==1)p=t[e],f=t[n];else if(l==-1)p=t[n],f=t[e];else for(let d=e;d<=n;d++){let b=t[d];r(b)&&(b<p?p=b:b>f&&(f=b))}return[p??pe,f??-pe]}function jn(t,e,n,l){let o=ti(t),c=ti(e);t==e&&(o==-1?(t*=n,e/=n):(t/=n,e*=n));let r=n==10?Ot:ji,p=o==1?ut:_t,f=c==1?_t:ut,d=p(r(De(t))),b=f(r(De(e))),g=Vl(n,d),y=Vl(n,b);return n==10&&(d<0&&(g=de(g,-d)),b<0&&(y=de(y,-b))),l||n==2?(t=g*o,e=y*c):(t=Oi(t,g),e=Rn(e,y)),[t,e]}function Ns(t,e,n,l){let o=jn(t,e,n,l);return t==0&&(o[0]=0),e==0&&(o[1]=0),o}const Os=.1,Xo={mode:3,pad:Os},fn={pad:0,soft:null,mode:0},ec={min:fn,max:fn};function Cn(t,e,n,l){return Vn(n)?ei(t,e,n):(fn.pad=n,fn.soft=l?0:null,fn.mode=l?3:0,ei(t,e,ec))}function oe(t,e){return t??e}function tc(t,e,n){for(e=oe(e,0),n=oe(n,t.length-1);e<=n;){if(t[e]!=null)return!0;e++}return!1}function ei(t,e,n){let l=n.min,o=n.max,c=oe(l.pad,0),r=oe(o.pad,0),p=oe(l.hard,-pe),f=oe(o.hard,pe),d=oe(l.soft,pe),b=oe(o.soft,-pe),g=oe(l.mode,0),y=oe(o.mode,0),A=e-t,P=Ot(A),z=Xe(De(t),De(e)),O=Ot(z),W=De(O-P);(A<1e-24||W>10)&&(A=0,(t==0||e==0)&&(A=1e-24,g==2&&d!=pe&&(c=0),y==2&&b!=-pe&&(r=0)));let $=A||z||1e3,M=Ot($),v=Vl(10,ut(M)),H=$*(A==0?t==0?.1:1:c),C=de(Oi(t-H,v/10),24),Z=t>=d&&(g==1||g==3&&C<=d||g==2&&C>=d)?d:pe,K=Xe(p,C<Z&&t>=Z?Z:Mt(Z,C)),ee=$*(A==0?e==0?.1:1:r),Y=de(Rn(e+ee,v/10),24),S=e<=b&&(y==1||y==3&&Y>=b||y==2&&Y<=b)?b:-pe,q=Mt(f,Y>S&&e<=S?S:Xe(S,Y));return K==q&&K==0&&(q=100),[K,q]}const lc=new Intl.NumberFormat(Ul?qa.language:"en-US"),Hs=t=>lc.format(t),ft=Math,Dn=ft.PI,De=ft.abs,ut=ft.floor,Pe=ft.round,_t=ft.ceil,Mt=ft.min,Xe=ft.max,Vl=ft.pow,ti=ft.sign,Ot=ft.log10,ji=ft.log2,nc=(t,e=1)=>ft.sinh(t)*e,ys=(t,e=1)=>ft.asinh(t/e),pe=1/0;function li(t){return(Ot((t^t>>31)-(t>>31))|0)+1}function Ms(t,e,n){return Mt(Xe(t,e),n)}function Ri(t){return typeof t=="function"}function te(t){return Ri(t)?t:()=>t}const sc=()=>{},Vi=t=>t,Ni=(t,e)=>e,oc=t=>null,ni=t=>!0,si=(t,e)=>t==e,ic=/\.\d*?(?=9{6,}|0{6,})/gm,hl=t=>{if(Ii(t)||Jt.has(t))return t;const e=`${t}`,n=e.match(ic);if(n==null)return t;let l=n[0].length-1;if(e.indexOf("e-")!=-1){let[o,c]=e.split("e");return+`${hl(o)}e${c}`}return de(t,l)};function al(t,e){return hl(de(hl(t/e))*e)}function Rn(t,e){return hl(_t(hl(t/e))*e)}function Oi(t,e){return hl(ut(hl(t/e))*e)}function de(t,e=0){if(Ii(t))return t;let n=10**e,l=t*n*(1+Number.EPSILON);return Pe(l)/n}const Jt=new Map;function Hi(t){return((""+t).split(".")[1]||"").length}function dn(t,e,n,l){let o=[],c=l.map(Hi);for(let r=e;r<n;r++){let p=De(r),f=de(Vl(t,r),p);for(let d=0;d<l.length;d++){let b=t==10?+`${l[d]}e${r}`:l[d]*f,g=(r>=0?0:p)+(r>=c[d]?0:c[d]),y=t==10?b:de(b,g);o.push(y),Jt.set(y,g)}}return o}const hn={},Is=[],Nl=[null,null],Kt=Array.isArray,Ii=Number.isInteger,rc=t=>t===void 0;function oi(t){return typeof t=="string"}function Vn(t){let e=!1;if(t!=null){let n=t.constructor;e=n==null||n==Object}return e}function ac(t){return t!=null&&typeof t=="object"}const cc=Object.getPrototypeOf(Uint8Array),Wi="__proto__";function Ol(t,e=Vn){let n;if(Kt(t)){let l=t.find(o=>o!=null);if(Kt(l)||e(l)){n=Array(t.length);for(let o=0;o<t.length;o++)n[o]=Ol(t[o],e)}else n=t.slice()}else if(t instanceof cc)n=t.slice();else if(e(t)){n={};for(let l in t)l!=Wi&&(n[l]=Ol(t[l],e))}else n=t;return n}function Me(t){let e=arguments;for(let n=1;n<e.length;n++){let l=e[n];for(let o in l)o!=Wi&&(Vn(t[o])?Me(t[o],Ol(l[o])):t[o]=Ol(l[o]))}return t}const uc=0,fc=1,hc=2;function pc(t,e,n){for(let l=0,o,c=-1;l<e.length;l++){let r=e[l];if(r>c){for(o=r-1;o>=0&&t[o]==null;)t[o--]=null;for(o=r+1;o<n&&t[o]==null;)t[c=o++]=null}}}function dc(t,e){if(bc(t)){let r=t[0].slice();for(let p=1;p<t.length;p++)r.push(...t[p].slice(1));return yc(r[0])||(r=gc(r)),r}let n=new Set;for(let r=0;r<t.length;r++){let f=t[r][0],d=f.length;for(let b=0;b<d;b++)n.add(f[b])}let l=[Array.from(n).sort((r,p)=>r-p)],o=l[0].length,c=new Map;for(let r=0;r<o;r++)c.set(l[0][r],r);for(let r=0;r<t.length;r++){let p=t[r],f=p[0];for(let d=1;d<p.length;d++){let b=p[d],g=Array(o).fill(void 0),y=e?e[r][d]:fc,A=[];for(let P=0;P<b.length;P++){let z=b[P],O=c.get(f[P]);z===null?y!=uc&&(g[O]=z,y==hc&&A.push(O)):g[O]=z}pc(g,A,o),l.push(g)}}return l}const mc=typeof queueMicrotask>"u"?t=>Promise.resolve().then(t):queueMicrotask;function gc(t){let e=t[0],n=e.length,l=Array(n);for(let c=0;c<l.length;c++)l[c]=c;l.sort((c,r)=>e[c]-e[r]);let o=[];for(let c=0;c<t.length;c++){let r=t[c],p=Array(n);for(let f=0;f<n;f++)p[f]=r[l[f]];o.push(p)}return o}function bc(t){let e=t[0][0],n=e.length;for(let l=1;l<t.length;l++){let o=t[l][0];if(o.length!=n)return!1;if(o!=e){for(let c=0;c<n;c++)if(o[c]!=e[c])return!1}}return!0}function yc(t,e=100){const n=t.length;if(n<=1)return!0;let l=0,o=n-1;for(;l<=o&&t[l]==null;)l++;for(;o>=l&&t[o]==null;)o--;if(o<=l)return!0;const c=Xe(1,ut((o-l+1)/e));for(let r=t[l],p=l+c;p<=o;p+=c){const f=t[p];if(f!=null){if(f<=r)return!1;r=f}}return!0}const Bi=["January","February","March","April","May","June","July","August","September","October","November","December"],Gi=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ui(t){return t.slice(0,3)}const _c=Gi.map(Ui),wc=Bi.map(Ui),xc={MMMM:Bi,MMM:wc,WWWW:Gi,WWW:_c};function sn(t){return(t<10?"0":"")+t}function vc(t){return(t<10?"00":t<100?"0":"")+t}const kc={YYYY:t=>t.getFullYear(),YY:t=>(t.getFullYear()+"").slice(2),MMMM:(t,e)=>e.MMMM[t.getMonth()],MMM:(t,e)=>e.MMM[t.getMonth()],MM:t=>sn(t.getMonth()+1),M:t=>t.getMonth()+1,DD:t=>sn(t.getDate()),D:t=>t.getDate(),WWWW:(t,e)=>e.WWWW[t.getDay()],WWW:(t,e)=>e.WWW[t.getDay()],HH:t=>sn(t.getHours()),H:t=>t.getHours(),h:t=>{let e=t.getHours();return e==0?12:e>12?e-12:e},AA:t=>t.getHours()>=12?"PM":"AM",aa:t=>t.getHours()>=12?"pm":"am",a:t=>t.getHours()>=12?"p":"a",mm:t=>sn(t.getMinutes()),m:t=>t.getMinutes(),ss:t=>sn(t.getSeconds()),s:t=>t.getSeconds(),fff:t=>vc(t.getMilliseconds())};function Ws(t,e){e=e||xc;let n=[],l=/\{([a-z]+)\}|[^{]+/gi,o;for(;o=l.exec(t);)n.push(o[0][0]=="{"?kc[o[1]]:o[0]);return c=>{let r="";for(let p=0;p<n.length;p++)r+=typeof n[p]=="string"?n[p]:n[p](c,e);return r}}const $c=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Sc(t,e){let n;return e=="UTC"||e=="Etc/UTC"?n=new Date(+t+t.getTimezoneOffset()*6e4):e==$c?n=t:(n=new Date(t.toLocaleString("en-US",{timeZone:e})),n.setMilliseconds(t.getMilliseconds())),n}const Yi=t=>t%1==0,zn=[1,2,2.5,5],Tc=dn(10,-32,0,zn),Ki=dn(10,0,32,zn),Mc=Ki.filter(Yi),cl=Tc.concat(Ki),Bs=`
`,Ji="{YYYY}",ii=Bs+Ji,qi="{M}/{D}",cn=Bs+qi,En=cn+"/{YY}",Zi="{aa}",Ec="{h}:{mm}",zl=Ec+Zi,ri=Bs+zl,ai=":{ss}",ce=null;function Qi(t){let e=t*1e3,n=e*60,l=n*60,o=l*24,c=o*30,r=o*365,f=(t==1?dn(10,0,3,zn).filter(Yi):dn(10,-3,0,zn)).concat([e,e*5,e*10,e*15,e*30,n,n*5,n*10,n*15,n*30,l,l*2,l*3,l*4,l*6,l*8,l*12,o,o*2,o*3,o*4,o*5,o*6,o*7,o*8,o*9,o*10,o*15,c,c*2,c*3,c*4,c*6,r,r*2,r*5,r*10,r*25,r*50,r*100]);const d=[[r,Ji,ce,ce,ce,ce,ce,ce,1],[o*28,"{MMM}",ii,ce,ce,ce,ce,ce,1],[o,qi,ii,ce,ce,ce,ce,ce,1],[l,"{h}"+Zi,En,ce,cn,ce,ce,ce,1],[n,zl,En,ce,cn,ce,ce,ce,1],[e,ai,En+" "+zl,ce,cn+" "+zl,ce,ri,ce,1],[t,ai+".{fff}",En+" "+zl,ce,cn+" "+zl,ce,ri,ce,1]];function b(g){return(y,A,P,z,O,W)=>{let $=[],M=O>=r,v=O>=c&&O<r,H=g(P),C=de(H*t,3),Z=_s(H.getFullYear(),M?0:H.getMonth(),v||M?1:H.getDate()),K=de(Z*t,3);if(v||M){let ee=v?O/c:0,Y=M?O/r:0,S=C==K?C:de(_s(Z.getFullYear()+Y,Z.getMonth()+ee,1)*t,3),q=new Date(Pe(S/t)),F=q.getFullYear(),G=q.getMonth();for(let N=0;S<=z;N++){let le=_s(F+Y*N,G+ee*N,1),V=le-g(de(le*t,3));S=de((+le+V)*t,3),S<=z&&$.push(S)}}else{let ee=O>=o?o:O,Y=ut(P)-ut(C),S=K+Y+Rn(C-K,ee);$.push(S);let q=g(S),F=q.getHours()+q.getMinutes()/n+q.getSeconds()/l,G=O/l,N=y.axes[A]._space,le=W/N;for(;S=de(S+O,t==1?0:3),!(S>z);)if(G>1){let V=ut(de(F+G,6))%24,ne=g(S).getHours()-V;ne>1&&(ne=-1),S-=ne*l,F=(F+G)%24;let fe=$[$.length-1];de((S-fe)/O,3)*le>=.7&&$.push(S)}else $.push(S)}return $}}return[f,d,b]}const[Lc,Pc,Dc]=Qi(1),[Ac,Cc,zc]=Qi(.001);dn(2,-53,53,[1]);function ci(t,e){return t.map(n=>n.map((l,o)=>o==0||o==8||l==null?l:e(o==1||n[8]==0?l:n[1]+l)))}function ui(t,e){return(n,l,o,c,r)=>{let p=e.find(P=>r>=P[0])||e[e.length-1],f,d,b,g,y,A;return l.map(P=>{let z=t(P),O=z.getFullYear(),W=z.getMonth(),$=z.getDate(),M=z.getHours(),v=z.getMinutes(),H=z.getSeconds(),C=O!=f&&p[2]||W!=d&&p[3]||$!=b&&p[4]||M!=g&&p[5]||v!=y&&p[6]||H!=A&&p[7]||p[1];return f=O,d=W,b=$,g=M,y=v,A=H,C(z)})}}function Fc(t,e){let n=Ws(e);return(l,o,c,r,p)=>o.map(f=>n(t(f)))}function _s(t,e,n){return new Date(t,e,n)}function fi(t,e){return e(t)}const jc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function hi(t,e){return(n,l,o,c)=>c==null?Rs:e(t(l))}function Rc(t,e){let n=t.series[e];return n.width?n.stroke(t,e):n.points.width?n.points.stroke(t,e):null}function Vc(t,e){return t.series[e].fill(t,e)}const Nc={show:!0,live:!0,isolate:!1,mount:sc,markers:{show:!0,width:2,stroke:Rc,fill:Vc,dash:"solid"},idx:null,idxs:null,values:[]};function Oc(t,e){let n=t.cursor.points,l=yt(),o=n.size(t,e);_e(l,rn,o),_e(l,an,o);let c=o/-2;_e(l,"marginLeft",c),_e(l,"marginTop",c);let r=n.width(t,e,o);return r&&_e(l,"borderWidth",r),l}function Hc(t,e){let n=t.series[e].points;return n._fill||n._stroke}function Ic(t,e){let n=t.series[e].points;return n._stroke||n._fill}function Wc(t,e){return t.series[e].points.size}const ws=[0,0];function Bc(t,e,n){return ws[0]=e,ws[1]=n,ws}function Ln(t,e,n,l=!0){return o=>{o.button==0&&(!l||o.target==e)&&n(o)}}function xs(t,e,n,l=!0){return o=>{(!l||o.target==e)&&n(o)}}const Gc={show:!0,x:!0,y:!0,lock:!1,move:Bc,points:{one:!1,show:Oc,size:Wc,width:0,stroke:Ic,fill:Hc},bind:{mousedown:Ln,mouseup:Ln,click:Ln,dblclick:Ln,mousemove:xs,mouseleave:xs,mouseenter:xs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(t,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(t,e,n,l,o)=>l-o,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Xi={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Gs=Me({},Xi,{filter:Ni}),er=Me({},Gs,{size:10}),tr=Me({},Xi,{show:!1}),Us='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',lr="bold "+Us,nr=1.5,pi={show:!0,scale:"x",stroke:js,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:lr,side:2,grid:Gs,ticks:er,border:tr,font:Us,lineGap:nr,rotate:0},Uc="Value",Yc="Time",di={show:!0,scale:"x",auto:!1,sorted:1,min:pe,max:-pe,idxs:[]};function Kc(t,e,n,l,o){return e.map(c=>c==null?"":Hs(c))}function Jc(t,e,n,l,o,c,r){let p=[],f=Jt.get(o)||0;n=r?n:de(Rn(n,o),f);for(let d=n;d<=l;d=de(d+o,f))p.push(Object.is(d,-0)?0:d);return p}function Es(t,e,n,l,o,c,r){const p=[],f=t.scales[t.axes[e].scale].log,d=f==10?Ot:ji,b=ut(d(n));o=Vl(f,b),f==10&&(o=cl[Tt(o,cl)]);let g=n,y=o*f;f==10&&(y=cl[Tt(y,cl)]);do p.push(g),g=g+o,f==10&&!Jt.has(g)&&(g=de(g,Jt.get(o))),g>=y&&(o=g,y=o*f,f==10&&(y=cl[Tt(y,cl)]));while(g<=l);return p}function qc(t,e,n,l,o,c,r){let f=t.scales[t.axes[e].scale].asinh,d=l>f?Es(t,e,Xe(f,n),l,o):[f],b=l>=0&&n<=0?[0]:[];return(n<-f?Es(t,e,Xe(f,-l),-n,o):[f]).reverse().map(y=>-y).concat(b,d)}const sr=/./,Zc=/[12357]/,Qc=/[125]/,mi=/1/,Ls=(t,e,n,l)=>t.map((o,c)=>e==4&&o==0||c%l==0&&n.test(o.toExponential()[o<0?1:0])?o:null);function Xc(t,e,n,l,o){let c=t.axes[n],r=c.scale,p=t.scales[r],f=t.valToPos,d=c._space,b=f(10,r),g=f(9,r)-b>=d?sr:f(7,r)-b>=d?Zc:f(5,r)-b>=d?Qc:mi;if(g==mi){let y=De(f(1,r)-b);if(y<d)return Ls(e.slice().reverse(),p.distr,g,_t(d/y)).reverse()}return Ls(e,p.distr,g,1)}function eu(t,e,n,l,o){let c=t.axes[n],r=c.scale,p=c._space,f=t.valToPos,d=De(f(1,r)-f(2,r));return d<p?Ls(e.slice().reverse(),3,sr,_t(p/d)).reverse():e}function tu(t,e,n,l){return l==null?Rs:e==null?"":Hs(e)}const gi={show:!0,scale:"y",stroke:js,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:lr,side:3,grid:Gs,ticks:er,border:tr,font:Us,lineGap:nr,rotate:0};function lu(t,e){let n=3+(t||1)*2;return de(n*e,3)}function nu(t,e){let{scale:n,idxs:l}=t.series[0],o=t._data[0],c=t.valToPos(o[l[0]],n,!0),r=t.valToPos(o[l[1]],n,!0),p=De(r-c),f=t.series[e],d=p/(f.points.space*re);return l[1]-l[0]<=d}const bi={scale:null,auto:!0,sorted:0,min:pe,max:-pe},or=(t,e,n,l,o)=>o,yi={show:!0,auto:!0,sorted:0,gaps:or,alpha:1,facets:[Me({},bi,{scale:"x"}),Me({},bi,{scale:"y"})]},_i={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:or,alpha:1,points:{show:nu,filter:null},values:null,min:pe,max:-pe,idxs:[],path:null,clip:null};function su(t,e,n,l,o){return n/10}const ir={time:La,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},ou=Me({},ir,{time:!1,ori:1}),wi={};function rr(t,e){let n=wi[t];return n||(n={key:t,plots:[],sub(l){n.plots.push(l)},unsub(l){n.plots=n.plots.filter(o=>o!=l)},pub(l,o,c,r,p,f,d){for(let b=0;b<n.plots.length;b++)n.plots[b]!=o&&n.plots[b].pub(l,o,c,r,p,f,d)}},t!=null&&(wi[t]=n)),n}const Hl=1,Ps=2;function pl(t,e,n){const l=t.mode,o=t.series[e],c=l==2?t._data[e]:t._data,r=t.scales,p=t.bbox;let f=c[0],d=l==2?c[1]:c[e],b=l==2?r[o.facets[0].scale]:r[t.series[0].scale],g=l==2?r[o.facets[1].scale]:r[o.scale],y=p.left,A=p.top,P=p.width,z=p.height,O=t.valToPosH,W=t.valToPosV;return b.ori==0?n(o,f,d,b,g,O,W,y,A,P,z,On,Yl,In,cr,fr):n(o,f,d,b,g,W,O,A,y,z,P,Hn,Kl,Js,ur,hr)}function Ys(t,e){let n=0,l=0,o=oe(t.bands,Is);for(let c=0;c<o.length;c++){let r=o[c];r.series[0]==e?n=r.dir:r.series[1]==e&&(r.dir==1?l|=1:l|=2)}return[n,l==1?-1:l==2?1:l==3?2:0]}function iu(t,e,n,l,o){let c=t.mode,r=t.series[e],p=c==2?r.facets[1].scale:r.scale,f=t.scales[p];return o==-1?f.min:o==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function Ht(t,e,n,l,o,c){return pl(t,e,(r,p,f,d,b,g,y,A,P,z,O)=>{let W=r.pxRound;const $=d.dir*(d.ori==0?1:-1),M=d.ori==0?Yl:Kl;let v,H;$==1?(v=n,H=l):(v=l,H=n);let C=W(g(p[v],d,z,A)),Z=W(y(f[v],b,O,P)),K=W(g(p[H],d,z,A)),ee=W(y(c==1?b.max:b.min,b,O,P)),Y=new Path2D(o);return M(Y,K,ee),M(Y,C,ee),M(Y,C,Z),Y})}function Nn(t,e,n,l,o,c){let r=null;if(t.length>0){r=new Path2D;const p=e==0?In:Js;let f=n;for(let g=0;g<t.length;g++){let y=t[g];if(y[1]>y[0]){let A=y[0]-f;A>0&&p(r,f,l,A,l+c),f=y[1]}}let d=n+o-f,b=10;d>0&&p(r,f,l-b/2,d,l+c+b)}return r}function ru(t,e,n){let l=t[t.length-1];l&&l[0]==e?l[1]=n:t.push([e,n])}function Ks(t,e,n,l,o,c,r){let p=[],f=t.length;for(let d=o==1?n:l;d>=n&&d<=l;d+=o)if(e[d]===null){let g=d,y=d;if(o==1)for(;++d<=l&&e[d]===null;)y=d;else for(;--d>=n&&e[d]===null;)y=d;let A=c(t[g]),P=y==g?A:c(t[y]),z=g-o;A=r<=0&&z>=0&&z<f?c(t[z]):A;let W=y+o;P=r>=0&&W>=0&&W<f?c(t[W]):P,P>=A&&p.push([A,P])}return p}function xi(t){return t==0?Vi:t==1?Pe:e=>al(e,t)}function ar(t){let e=t==0?On:Hn,n=t==0?(o,c,r,p,f,d)=>{o.arcTo(c,r,p,f,d)}:(o,c,r,p,f,d)=>{o.arcTo(r,c,f,p,d)},l=t==0?(o,c,r,p,f)=>{o.rect(c,r,p,f)}:(o,c,r,p,f)=>{o.rect(r,c,f,p)};return(o,c,r,p,f,d=0,b=0)=>{d==0&&b==0?l(o,c,r,p,f):(d=Mt(d,p/2,f/2),b=Mt(b,p/2,f/2),e(o,c+d,r),n(o,c+p,r,c+p,r+f,d),n(o,c+p,r+f,c,r+f,b),n(o,c,r+f,c,r,b),n(o,c,r,c+p,r,d),o.closePath())}}const On=(t,e,n)=>{t.moveTo(e,n)},Hn=(t,e,n)=>{t.moveTo(n,e)},Yl=(t,e,n)=>{t.lineTo(e,n)},Kl=(t,e,n)=>{t.lineTo(n,e)},In=ar(0),Js=ar(1),cr=(t,e,n,l,o,c)=>{t.arc(e,n,l,o,c)},ur=(t,e,n,l,o,c)=>{t.arc(n,e,l,o,c)},fr=(t,e,n,l,o,c,r)=>{t.bezierCurveTo(e,n,l,o,c,r)},hr=(t,e,n,l,o,c,r)=>{t.bezierCurveTo(n,e,o,l,r,c)};function pr(t){return(e,n,l,o,c)=>pl(e,n,(r,p,f,d,b,g,y,A,P,z,O)=>{let{pxRound:W,points:$}=r,M,v;d.ori==0?(M=On,v=cr):(M=Hn,v=ur);const H=de($.width*re,3);let C=($.size-$.width)/2*re,Z=de(C*2,3),K=new Path2D,ee=new Path2D,{left:Y,top:S,width:q,height:F}=e.bbox;In(ee,Y-Z,S-Z,q+Z*2,F+Z*2);const G=N=>{if(f[N]!=null){let le=W(g(p[N],d,z,A)),V=W(y(f[N],b,O,P));M(K,le+C,V),v(K,le,V,C,0,Dn*2)}};if(c)c.forEach(G);else for(let N=l;N<=o;N++)G(N);return{stroke:H>0?K:null,fill:K,clip:ee,flags:Hl|Ps}})}function dr(t){return(e,n,l,o,c,r)=>{l!=o&&(c!=l&&r!=l&&t(e,n,l),c!=o&&r!=o&&t(e,n,o),t(e,n,r))}}const au=dr(Yl),cu=dr(Kl);function mr(t){const e=oe(t?.alignGaps,0);return(n,l,o,c)=>pl(n,l,(r,p,f,d,b,g,y,A,P,z,O)=>{[o,c]=Fn(f,o,c);let W=r.pxRound,$=F=>W(g(F,d,z,A)),M=F=>W(y(F,b,O,P)),v,H;d.ori==0?(v=Yl,H=au):(v=Kl,H=cu);const C=d.dir*(d.ori==0?1:-1),Z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Hl},K=Z.stroke;let ee=!1;if(c-o>=z*4){let F=j=>n.posToVal(j,d.key,!0),G=null,N=null,le,V,et,we=$(p[C==1?o:c]),ne=$(p[o]),fe=$(p[c]),Q=F(C==1?ne+1:fe-1);for(let j=C==1?o:c;j>=o&&j<=c;j+=C){let Ee=p[j],xe=(C==1?Ee<Q:Ee>Q)?we:$(Ee),ae=f[j];xe==we?ae!=null?(V=ae,G==null?(v(K,xe,M(V)),le=G=N=V):V<G?G=V:V>N&&(N=V)):ae===null&&(ee=!0):(G!=null&&H(K,we,M(G),M(N),M(le),M(V)),ae!=null?(V=ae,v(K,xe,M(V)),G=N=le=V):(G=N=null,ae===null&&(ee=!0)),we=xe,Q=F(we+C))}G!=null&&G!=N&&et!=we&&H(K,we,M(G),M(N),M(le),M(V))}else for(let F=C==1?o:c;F>=o&&F<=c;F+=C){let G=f[F];G===null?ee=!0:G!=null&&v(K,$(p[F]),M(G))}let[S,q]=Ys(n,l);if(r.fill!=null||S!=0){let F=Z.fill=new Path2D(K),G=r.fillTo(n,l,r.min,r.max,S),N=M(G),le=$(p[o]),V=$(p[c]);C==-1&&([V,le]=[le,V]),v(F,V,N),v(F,le,N)}if(!r.spanGaps){let F=[];ee&&F.push(...Ks(p,f,o,c,C,$,e)),Z.gaps=F=r.gaps(n,l,o,c,F),Z.clip=Nn(F,d.ori,A,P,z,O)}return q!=0&&(Z.band=q==2?[Ht(n,l,o,c,K,-1),Ht(n,l,o,c,K,1)]:Ht(n,l,o,c,K,q)),Z})}function uu(t){const e=oe(t.align,1),n=oe(t.ascDesc,!1),l=oe(t.alignGaps,0),o=oe(t.extend,!1);return(c,r,p,f)=>pl(c,r,(d,b,g,y,A,P,z,O,W,$,M)=>{[p,f]=Fn(g,p,f);let v=d.pxRound,{left:H,width:C}=c.bbox,Z=ne=>v(P(ne,y,$,O)),K=ne=>v(z(ne,A,M,W)),ee=y.ori==0?Yl:Kl;const Y={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Hl},S=Y.stroke,q=y.dir*(y.ori==0?1:-1);let F=K(g[q==1?p:f]),G=Z(b[q==1?p:f]),N=G,le=G;o&&e==-1&&(le=H,ee(S,le,F)),ee(S,G,F);for(let ne=q==1?p:f;ne>=p&&ne<=f;ne+=q){let fe=g[ne];if(fe==null)continue;let Q=Z(b[ne]),j=K(fe);e==1?ee(S,Q,F):ee(S,N,j),ee(S,Q,j),F=j,N=Q}let V=N;o&&e==1&&(V=H+C,ee(S,V,F));let[et,we]=Ys(c,r);if(d.fill!=null||et!=0){let ne=Y.fill=new Path2D(S),fe=d.fillTo(c,r,d.min,d.max,et),Q=K(fe);ee(ne,V,Q),ee(ne,le,Q)}if(!d.spanGaps){let ne=[];ne.push(...Ks(b,g,p,f,q,Z,l));let fe=d.width*re/2,Q=n||e==1?fe:-fe,j=n||e==-1?-fe:fe;ne.forEach(Ee=>{Ee[0]+=Q,Ee[1]+=j}),Y.gaps=ne=d.gaps(c,r,p,f,ne),Y.clip=Nn(ne,y.ori,O,W,$,M)}return we!=0&&(Y.band=we==2?[Ht(c,r,p,f,S,-1),Ht(c,r,p,f,S,1)]:Ht(c,r,p,f,S,we)),Y})}function vi(t,e,n,l,o,c,r=pe){if(t.length>1){let p=null;for(let f=0,d=1/0;f<t.length;f++)if(e[f]!==void 0){if(p!=null){let b=De(t[f]-t[p]);b<d&&(d=b,r=De(n(t[f],l,o,c)-n(t[p],l,o,c)))}p=f}}return r}function fu(t){t=t||hn;const e=oe(t.size,[.6,pe,1]),n=t.align||0,l=t.gap||0;let o=t.radius;o=o==null?[0,0]:typeof o=="number"?[o,0]:o;const c=te(o),r=1-e[0],p=oe(e[1],pe),f=oe(e[2],1),d=oe(t.disp,hn),b=oe(t.each,A=>{}),{fill:g,stroke:y}=d;return(A,P,z,O)=>pl(A,P,(W,$,M,v,H,C,Z,K,ee,Y,S)=>{let q=W.pxRound,F=n,G=l*re,N=p*re,le=f*re,V,et;v.ori==0?[V,et]=c(A,P):[et,V]=c(A,P);const we=v.dir*(v.ori==0?1:-1);let ne=v.ori==0?In:Js,fe=v.ori==0?b:(L,me,Le,bl,el,Pt,tl)=>{b(L,me,Le,el,bl,tl,Pt)},Q=oe(A.bands,Is).find(L=>L.series[0]==P),j=Q!=null?Q.dir:0,Ee=W.fillTo(A,P,W.min,W.max,j),Ke=q(Z(Ee,H,S,ee)),xe,ae,wt,st=Y,ke=q(W.width*re),Lt=!1,Rt=null,ht=null,It=null,dl=null;g!=null&&(ke==0||y!=null)&&(Lt=!0,Rt=g.values(A,P,z,O),ht=new Map,new Set(Rt).forEach(L=>{L!=null&&ht.set(L,new Path2D)}),ke>0&&(It=y.values(A,P,z,O),dl=new Map,new Set(It).forEach(L=>{L!=null&&dl.set(L,new Path2D)})));let{x0:ml,size:Jl}=d;if(ml!=null&&Jl!=null){F=1,$=ml.values(A,P,z,O),ml.unit==2&&($=$.map(Le=>A.posToVal(K+Le*Y,v.key,!0)));let L=Jl.values(A,P,z,O);Jl.unit==2?ae=L[0]*Y:ae=C(L[0],v,Y,K)-C(0,v,Y,K),st=vi($,M,C,v,Y,K,st),wt=st-ae+G}else st=vi($,M,C,v,Y,K,st),wt=st*r+G,ae=st-wt;wt<1&&(wt=0),ke>=ae/2&&(ke=0),wt<5&&(q=Vi);let bn=wt>0,Qt=st-wt-(bn?ke:0);ae=q(Ms(Qt,le,N)),xe=(F==0?ae/2:F==we?0:ae)-F*we*((F==0?G/2:0)+(bn?ke/2:0));const Je={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},gl=Lt?null:new Path2D;let Vt=null;if(Q!=null)Vt=A.data[Q.series[1]];else{let{y0:L,y1:me}=d;L!=null&&me!=null&&(M=me.values(A,P,z,O),Vt=L.values(A,P,z,O))}let Xt=V*ae,J=et*ae;for(let L=we==1?z:O;L>=z&&L<=O;L+=we){let me=M[L];if(me==null)continue;if(Vt!=null){let tt=Vt[L]??0;if(me-tt==0)continue;Ke=Z(tt,H,S,ee)}let Le=v.distr!=2||d!=null?$[L]:L,bl=C(Le,v,Y,K),el=Z(oe(me,Ee),H,S,ee),Pt=q(bl-xe),tl=q(Xe(el,Ke)),ot=q(Mt(el,Ke)),pt=tl-ot;if(me!=null){let tt=me<0?J:Xt,xt=me<0?Xt:J;Lt?(ke>0&&It[L]!=null&&ne(dl.get(It[L]),Pt,ot+ut(ke/2),ae,Xe(0,pt-ke),tt,xt),Rt[L]!=null&&ne(ht.get(Rt[L]),Pt,ot+ut(ke/2),ae,Xe(0,pt-ke),tt,xt)):ne(gl,Pt,ot+ut(ke/2),ae,Xe(0,pt-ke),tt,xt),fe(A,P,L,Pt-ke/2,ot,ae+ke,pt)}}return ke>0?Je.stroke=Lt?dl:gl:Lt||(Je._fill=W.width==0?W._fill:W._stroke??W._fill,Je.width=0),Je.fill=Lt?ht:gl,Je})}function hu(t,e){const n=oe(e?.alignGaps,0);return(l,o,c,r)=>pl(l,o,(p,f,d,b,g,y,A,P,z,O,W)=>{[c,r]=Fn(d,c,r);let $=p.pxRound,M=V=>$(y(V,b,O,P)),v=V=>$(A(V,g,W,z)),H,C,Z;b.ori==0?(H=On,Z=Yl,C=fr):(H=Hn,Z=Kl,C=hr);const K=b.dir*(b.ori==0?1:-1);let ee=M(f[K==1?c:r]),Y=ee,S=[],q=[];for(let V=K==1?c:r;V>=c&&V<=r;V+=K)if(d[V]!=null){let we=f[V],ne=M(we);S.push(Y=ne),q.push(v(d[V]))}const F={stroke:t(S,q,H,Z,C,$),fill:null,clip:null,band:null,gaps:null,flags:Hl},G=F.stroke;let[N,le]=Ys(l,o);if(p.fill!=null||N!=0){let V=F.fill=new Path2D(G),et=p.fillTo(l,o,p.min,p.max,N),we=v(et);Z(V,Y,we),Z(V,ee,we)}if(!p.spanGaps){let V=[];V.push(...Ks(f,d,c,r,K,M,n)),F.gaps=V=p.gaps(l,o,c,r,V),F.clip=Nn(V,b.ori,P,z,O,W)}return le!=0&&(F.band=le==2?[Ht(l,o,c,r,G,-1),Ht(l,o,c,r,G,1)]:Ht(l,o,c,r,G,le)),F})}function pu(t){return hu(du,t)}function du(t,e,n,l,o,c){const r=t.length;if(r<2)return null;const p=new Path2D;if(n(p,t[0],e[0]),r==2)l(p,t[1],e[1]);else{let f=Array(r),d=Array(r-1),b=Array(r-1),g=Array(r-1);for(let y=0;y<r-1;y++)b[y]=e[y+1]-e[y],g[y]=t[y+1]-t[y],d[y]=b[y]/g[y];f[0]=d[0];for(let y=1;y<r-1;y++)d[y]===0||d[y-1]===0||d[y-1]>0!=d[y]>0?f[y]=0:(f[y]=3*(g[y-1]+g[y])/((2*g[y]+g[y-1])/d[y-1]+(g[y]+2*g[y-1])/d[y]),isFinite(f[y])||(f[y]=0));f[r-1]=d[r-2];for(let y=0;y<r-1;y++)o(p,t[y]+g[y]/3,e[y]+f[y]*g[y]/3,t[y+1]-g[y]/3,e[y+1]-f[y+1]*g[y]/3,t[y+1],e[y+1])}return p}const Ds=new Set;function ki(){for(let t of Ds)t.syncRect(!0)}Ul&&(fl(Ka,Fl,ki),fl(Ja,Fl,ki,!0),fl(An,Fl,()=>{We.pxRatio=re}));const mu=mr(),gu=pr();function $i(t,e,n,l){return(l?[t[0],t[1]].concat(t.slice(2)):[t[0]].concat(t.slice(1))).map((c,r)=>As(c,r,e,n))}function bu(t,e){return t.map((n,l)=>l==0?{}:Me({},e,n))}function As(t,e,n,l){return Me({},e==0?n:l,t)}function gr(t,e,n){return e==null?Nl:[e,n]}const yu=gr;function _u(t,e,n){return e==null?Nl:Cn(e,n,Os,!0)}function br(t,e,n,l){return e==null?Nl:jn(e,n,t.scales[l].log,!1)}const wu=br;function yr(t,e,n,l){return e==null?Nl:Ns(e,n,t.scales[l].log,!1)}const xu=yr;function vu(t,e,n,l,o){let c=Xe(li(t),li(e)),r=e-t,p=Tt(o/l*r,n);do{let f=n[p],d=l*f/r;if(d>=o&&c+(f<5?Jt.get(f):0)<=17)return[f,d]}while(++p<n.length);return[0,0]}function Si(t){let e,n;return t=t.replace(/(\d+)px/,(l,o)=>(e=Pe((n=+o)*re))+"px"),[t,e,n]}function ku(t){t.show&&[t.font,t.labelFont].forEach(e=>{let n=de(e[2]*re,1);e[0]=e[0].replace(/[0-9.]+px/,n+"px"),e[1]=n})}function We(t,e,n){const l={mode:oe(t.mode,1)},o=l.mode;function c(s,i,a,u){let h=i.valToPct(s);return u+a*(i.dir==-1?1-h:h)}function r(s,i,a,u){let h=i.valToPct(s);return u+a*(i.dir==-1?h:1-h)}function p(s,i,a,u){return i.ori==0?c(s,i,a,u):r(s,i,a,u)}l.valToPosH=c,l.valToPosV=r;let f=!1;l.status=0;const d=l.root=yt(Pa);if(t.id!=null&&(d.id=t.id),ct(d,t.class),t.title){let s=yt(Ca,d);s.textContent=t.title}const b=St("canvas"),g=l.ctx=b.getContext("2d"),y=yt(za,d);fl("click",y,s=>{s.target===P&&(ge!=El||ve!=Ll)&&Ie.click(l,s)},!0);const A=l.under=yt(Fa,y);y.appendChild(b);const P=l.over=yt(ja,y);t=Ol(t);const z=+oe(t.pxAlign,1),O=xi(z);(t.plugins||[]).forEach(s=>{s.opts&&(t=s.opts(l,t)||t)});const W=t.ms||.001,$=l.series=o==1?$i(t.series||[],di,_i,!1):bu(t.series||[null],yi),M=l.axes=$i(t.axes||[],pi,gi,!0),v=l.scales={},H=l.bands=t.bands||[];H.forEach(s=>{s.fill=te(s.fill||null),s.dir=oe(s.dir,-1)});const C=o==2?$[1].facets[0].scale:$[0].scale,Z={axes:jr,series:Dr},K=(t.drawOrder||["axes","series"]).map(s=>Z[s]);function ee(s){const i=s.distr==3?a=>Ot(a>0?a:s.clamp(l,a,s.min,s.max,s.key)):s.distr==4?a=>ys(a,s.asinh):s.distr==100?a=>s.fwd(a):a=>a;return a=>{let u=i(a),{_min:h,_max:m}=s,_=m-h;return(u-h)/_}}function Y(s){let i=v[s];if(i==null){let a=(t.scales||hn)[s]||hn;if(a.from!=null){Y(a.from);let u=Me({},v[a.from],a,{key:s});u.valToPct=ee(u),v[s]=u}else{i=v[s]=Me({},s==C?ir:ou,a),i.key=s;let u=i.time,h=i.range,m=Kt(h);if((s!=C||o==2&&!u)&&(m&&(h[0]==null||h[1]==null)&&(h={min:h[0]==null?Xo:{mode:1,hard:h[0],soft:h[0]},max:h[1]==null?Xo:{mode:1,hard:h[1],soft:h[1]}},m=!1),!m&&Vn(h))){let _=h;h=(x,k,T)=>k==null?Nl:Cn(k,T,_)}i.range=te(h||(u?yu:s==C?i.distr==3?wu:i.distr==4?xu:gr:i.distr==3?br:i.distr==4?yr:_u)),i.auto=te(m?!1:i.auto),i.clamp=te(i.clamp||su),i._min=i._max=null,i.valToPct=ee(i)}}}Y("x"),Y("y"),o==1&&$.forEach(s=>{Y(s.scale)}),M.forEach(s=>{Y(s.scale)});for(let s in t.scales)Y(s);const S=v[C],q=S.distr;let F,G;S.ori==0?(ct(d,Da),F=c,G=r):(ct(d,Aa),F=r,G=c);const N={};for(let s in v){let i=v[s];(i.min!=null||i.max!=null)&&(N[s]={min:i.min,max:i.max},i.min=i.max=null)}const le=t.tzDate||(s=>new Date(Pe(s/W))),V=t.fmtDate||Ws,et=W==1?Dc(le):zc(le),we=ui(le,ci(W==1?Pc:Cc,V)),ne=hi(le,fi(jc,V)),fe=[],Q=l.legend=Me({},Nc,t.legend),j=l.cursor=Me({},Gc,{drag:{y:o==2}},t.cursor),Ee=Q.show,Ke=j.show,xe=Q.markers;Q.idxs=fe,xe.width=te(xe.width),xe.dash=te(xe.dash),xe.stroke=te(xe.stroke),xe.fill=te(xe.fill);let ae,wt,st,ke=[],Lt=[],Rt,ht=!1,It={};if(Q.live){const s=$[1]?$[1].values:null;ht=s!=null,Rt=ht?s(l,1,0):{_:0};for(let i in Rt)It[i]=Rs}if(Ee)if(ae=St("table",Ia,d),st=St("tbody",null,ae),Q.mount(l,ae),ht){wt=St("thead",null,ae,st);let s=St("tr",null,wt);St("th",null,s);for(var dl in Rt)St("th",Oo,s).textContent=dl}else ct(ae,Ba),Q.live&&ct(ae,Wa);const ml={show:!0},Jl={show:!1};function bn(s,i){if(i==0&&(ht||!Q.live||o==2))return Nl;let a=[],u=St("tr",Ga,st,st.childNodes[i]);ct(u,s.class),s.show||ct(u,ul);let h=St("th",null,u);if(xe.show){let x=yt(Ua,h);if(i>0){let k=xe.width(l,i);k&&(x.style.border=k+"px "+xe.dash(l,i)+" "+xe.stroke(l,i)),x.style.background=xe.fill(l,i)}}let m=yt(Oo,h);s.label instanceof HTMLElement?m.appendChild(s.label):m.textContent=s.label,i>0&&(xe.show||(m.style.color=s.width>0?xe.stroke(l,i):xe.fill(l,i)),Je("click",h,x=>{if(j._lock)return;nl(x);let k=$.indexOf(s);if((x.ctrlKey||x.metaKey)!=Q.isolate){let T=$.some((E,D)=>D>0&&D!=k&&E.show);$.forEach((E,D)=>{D>0&&At(D,T?D==k?ml:Jl:ml,!0,Te.setSeries)})}else At(k,{show:!s.show},!0,Te.setSeries)},!1),_l&&Je(Bo,h,x=>{j._lock||(nl(x),At($.indexOf(s),Dl,!0,Te.setSeries))},!1));for(var _ in Rt){let x=St("td",Ya,u);x.textContent="--",a.push(x)}return[u,a]}const Qt=new Map;function Je(s,i,a,u=!0){const h=Qt.get(i)||{},m=j.bind[s](l,i,a,u);m&&(fl(s,i,h[s]=m),Qt.set(i,h))}function gl(s,i,a){const u=Qt.get(i)||{};for(let h in u)(s==null||h==s)&&(Ts(h,i,u[h]),delete u[h]);s==null&&Qt.delete(i)}let Vt=0,Xt=0,J=0,L=0,me=0,Le=0,bl=me,el=Le,Pt=J,tl=L,ot=0,pt=0,tt=0,xt=0;l.bbox={};let Bn=!1,yn=!1,yl=!1,ll=!1,_n=!1,dt=!1;function Gn(s,i,a){(a||s!=l.width||i!=l.height)&&no(s,i),$l(!1),yl=!0,yn=!0,Sl()}function no(s,i){l.width=Vt=J=s,l.height=Xt=L=i,me=Le=0,$r(),Sr();let a=l.bbox;ot=a.left=al(me*re,.5),pt=a.top=al(Le*re,.5),tt=a.width=al(J*re,.5),xt=a.height=al(L*re,.5)}const xr=3;function vr(){let s=!1,i=0;for(;!s;){i++;let a=zr(i),u=Fr(i);s=i==xr||a&&u,s||(no(l.width,l.height),yn=!0)}}function kr({width:s,height:i}){Gn(s,i)}l.setSize=kr;function $r(){let s=!1,i=!1,a=!1,u=!1;M.forEach((h,m)=>{if(h.show&&h._show){let{side:_,_size:x}=h,k=_%2,T=h.label!=null?h.labelSize:0,E=x+T;E>0&&(k?(J-=E,_==3?(me+=E,u=!0):a=!0):(L-=E,_==0?(Le+=E,s=!0):i=!0))}}),sl[0]=s,sl[1]=a,sl[2]=i,sl[3]=u,J-=Wt[1]+Wt[3],me+=Wt[3],L-=Wt[2]+Wt[0],Le+=Wt[0]}function Sr(){let s=me+J,i=Le+L,a=me,u=Le;function h(m,_){switch(m){case 1:return s+=_,s-_;case 2:return i+=_,i-_;case 3:return a-=_,a+_;case 0:return u-=_,u+_}}M.forEach((m,_)=>{if(m.show&&m._show){let x=m.side;m._pos=h(x,m._size),m.label!=null&&(m._lpos=h(x,m.labelSize))}})}if(j.dataIdx==null){let s=j.hover,i=s.skip=new Set(s.skip??[]);i.add(void 0);let a=s.prox=te(s.prox),u=s.bias??=0;j.dataIdx=(h,m,_,x)=>{if(m==0)return _;let k=_,T=a(h,m,_,x)??pe,E=T>=0&&T<pe,D=S.ori==0?J:L,U=j.left,ie=e[0],se=e[m];if(i.has(se[_])){k=null;let X=null,I=null,R;if(u==0||u==-1)for(R=_;X==null&&R-- >0;)i.has(se[R])||(X=R);if(u==0||u==1)for(R=_;I==null&&R++<se.length;)i.has(se[R])||(I=R);if(X!=null||I!=null)if(E){let ye=X==null?-1/0:F(ie[X],S,D,0),$e=I==null?1/0:F(ie[I],S,D,0),Ne=U-ye,he=$e-U;Ne<=he?Ne<=T&&(k=X):he<=T&&(k=I)}else k=I==null?X:X==null?I:_-X<=I-_?X:I}else E&&De(U-F(ie[_],S,D,0))>T&&(k=null);return k}}const nl=s=>{j.event=s};j.idxs=fe,j._lock=!1;let Be=j.points;Be.show=te(Be.show),Be.size=te(Be.size),Be.stroke=te(Be.stroke),Be.width=te(Be.width),Be.fill=te(Be.fill);const Dt=l.focus=Me({},t.focus||{alpha:.3},j.focus),_l=Dt.prox>=0,wl=_l&&Be.one;let mt=[],xl=[],vl=[];function so(s,i){let a=Be.show(l,i);if(a instanceof HTMLElement)return ct(a,Ha),ct(a,s.class),jt(a,-10,-10,J,L),P.insertBefore(a,mt[i]),a}function oo(s,i){if(o==1||i>0){let a=o==1&&v[s.scale].time,u=s.value;s.value=a?oi(u)?hi(le,fi(u,V)):u||ne:u||tu,s.label=s.label||(a?Yc:Uc)}if(wl||i>0){s.width=s.width==null?1:s.width,s.paths=s.paths||mu||oc,s.fillTo=te(s.fillTo||iu),s.pxAlign=+oe(s.pxAlign,z),s.pxRound=xi(s.pxAlign),s.stroke=te(s.stroke||null),s.fill=te(s.fill||null),s._stroke=s._fill=s._paths=s._focus=null;let a=lu(Xe(1,s.width),1),u=s.points=Me({},{size:a,width:Xe(1,a*.2),stroke:s.stroke,space:a*2,paths:gu,_stroke:null,_fill:null},s.points);u.show=te(u.show),u.filter=te(u.filter),u.fill=te(u.fill),u.stroke=te(u.stroke),u.paths=te(u.paths),u.pxAlign=s.pxAlign}if(Ee){let a=bn(s,i);ke.splice(i,0,a[0]),Lt.splice(i,0,a[1]),Q.values.push(null)}if(Ke){fe.splice(i,0,null);let a=null;wl?i==0&&(a=so(s,i)):i>0&&(a=so(s,i)),mt.splice(i,0,a),xl.splice(i,0,0),vl.splice(i,0,0)}Ve("addSeries",i)}function Tr(s,i){i=i??$.length,s=o==1?As(s,i,di,_i):As(s,i,{},yi),$.splice(i,0,s),oo($[i],i)}l.addSeries=Tr;function Mr(s){if($.splice(s,1),Ee){Q.values.splice(s,1),Lt.splice(s,1);let i=ke.splice(s,1)[0];gl(null,i.firstChild),i.remove()}Ke&&(fe.splice(s,1),mt.splice(s,1)[0].remove(),xl.splice(s,1),vl.splice(s,1)),Ve("delSeries",s)}l.delSeries=Mr;const sl=[!1,!1,!1,!1];function Er(s,i){if(s._show=s.show,s.show){let a=s.side%2,u=v[s.scale];u==null&&(s.scale=a?$[1].scale:C,u=v[s.scale]);let h=u.time;s.size=te(s.size),s.space=te(s.space),s.rotate=te(s.rotate),Kt(s.incrs)&&s.incrs.forEach(_=>{!Jt.has(_)&&Jt.set(_,Hi(_))}),s.incrs=te(s.incrs||(u.distr==2?Mc:h?W==1?Lc:Ac:cl)),s.splits=te(s.splits||(h&&u.distr==1?et:u.distr==3?Es:u.distr==4?qc:Jc)),s.stroke=te(s.stroke),s.grid.stroke=te(s.grid.stroke),s.ticks.stroke=te(s.ticks.stroke),s.border.stroke=te(s.border.stroke);let m=s.values;s.values=Kt(m)&&!Kt(m[0])?te(m):h?Kt(m)?ui(le,ci(m,V)):oi(m)?Fc(le,m):m||we:m||Kc,s.filter=te(s.filter||(u.distr>=3&&u.log==10?Xc:u.distr==3&&u.log==2?eu:Ni)),s.font=Si(s.font),s.labelFont=Si(s.labelFont),s._size=s.size(l,null,i,0),s._space=s._rotate=s._incrs=s._found=s._splits=s._values=null,s._size>0&&(sl[i]=!0,s._el=yt(Ra,y))}}function ql(s,i,a,u){let[h,m,_,x]=a,k=i%2,T=0;return k==0&&(x||m)&&(T=i==0&&!h||i==2&&!_?Pe(pi.size/3):0),k==1&&(h||_)&&(T=i==1&&!m||i==3&&!x?Pe(gi.size/2):0),T}const io=l.padding=(t.padding||[ql,ql,ql,ql]).map(s=>te(oe(s,ql))),Wt=l._padding=io.map((s,i)=>s(l,i,sl,0));let He,ze=null,Fe=null;const wn=o==1?$[0].idxs:null;let vt=null,Zl=!1;function ro(s,i){if(e=s??[],l.data=l._data=e,o==2){He=0;for(let a=1;a<$.length;a++)He+=e[a][0].length}else{e.length==0&&(l.data=l._data=e=[[]]),vt=e[0],He=vt.length;let a=e;if(q==2){a=e.slice();let u=a[0]=Array(He);for(let h=0;h<He;h++)u[h]=h}l._data=e=a}if($l(!0),Ve("setData"),q==2&&(yl=!0),i!==!1){let a=S;a.auto(l,Zl)?Un():Gt(C,a.min,a.max),ll=ll||j.left>=0,dt=!0,Sl()}}l.setData=ro;function Un(){Zl=!0;let s,i;o==1&&(He>0?(ze=wn[0]=0,Fe=wn[1]=He-1,s=e[0][ze],i=e[0][Fe],q==2?(s=ze,i=Fe):s==i&&(q==3?[s,i]=jn(s,s,S.log,!1):q==4?[s,i]=Ns(s,s,S.log,!1):S.time?i=s+Pe(86400/W):[s,i]=Cn(s,i,Os,!0))):(ze=wn[0]=s=null,Fe=wn[1]=i=null)),Gt(C,s,i)}let xn,kl,Yn,Kn,Jn,qn,Zn,Qn,Xn,lt;function ao(s,i,a,u,h,m){s??=Io,a??=Is,u??="butt",h??=Io,m??="round",s!=xn&&(g.strokeStyle=xn=s),h!=kl&&(g.fillStyle=kl=h),i!=Yn&&(g.lineWidth=Yn=i),m!=Jn&&(g.lineJoin=Jn=m),u!=qn&&(g.lineCap=qn=u),a!=Kn&&g.setLineDash(Kn=a)}function co(s,i,a,u){i!=kl&&(g.fillStyle=kl=i),s!=Zn&&(g.font=Zn=s),a!=Qn&&(g.textAlign=Qn=a),u!=Xn&&(g.textBaseline=Xn=u)}function es(s,i,a,u,h=0){if(u.length>0&&s.auto(l,Zl)&&(i==null||i.min==null)){let m=oe(ze,0),_=oe(Fe,u.length-1),x=a.min==null?Xa(u,m,_,h,s.distr==3):[a.min,a.max];s.min=Mt(s.min,a.min=x[0]),s.max=Xe(s.max,a.max=x[1])}}const uo={min:null,max:null};function Lr(){for(let u in v){let h=v[u];N[u]==null&&(h.min==null||N[C]!=null&&h.auto(l,Zl))&&(N[u]=uo)}for(let u in v){let h=v[u];N[u]==null&&h.from!=null&&N[h.from]!=null&&(N[u]=uo)}N[C]!=null&&$l(!0);let s={};for(let u in N){let h=N[u];if(h!=null){let m=s[u]=Ol(v[u],ac);if(h.min!=null)Me(m,h);else if(u!=C||o==2)if(He==0&&m.from==null){let _=m.range(l,null,null,u);m.min=_[0],m.max=_[1]}else m.min=pe,m.max=-pe}}if(He>0){$.forEach((u,h)=>{if(o==1){let m=u.scale,_=N[m];if(_==null)return;let x=s[m];if(h==0){let k=x.range(l,x.min,x.max,m);x.min=k[0],x.max=k[1],ze=Tt(x.min,e[0]),Fe=Tt(x.max,e[0]),Fe-ze>1&&(e[0][ze]<x.min&&ze++,e[0][Fe]>x.max&&Fe--),u.min=vt[ze],u.max=vt[Fe]}else u.show&&u.auto&&es(x,_,u,e[h],u.sorted);u.idxs[0]=ze,u.idxs[1]=Fe}else if(h>0&&u.show&&u.auto){let[m,_]=u.facets,x=m.scale,k=_.scale,[T,E]=e[h],D=s[x],U=s[k];D!=null&&es(D,N[x],m,T,m.sorted),U!=null&&es(U,N[k],_,E,_.sorted),u.min=_.min,u.max=_.max}});for(let u in s){let h=s[u],m=N[u];if(h.from==null&&(m==null||m.min==null)){let _=h.range(l,h.min==pe?null:h.min,h.max==-pe?null:h.max,u);h.min=_[0],h.max=_[1]}}}for(let u in s){let h=s[u];if(h.from!=null){let m=s[h.from];if(m.min==null)h.min=h.max=null;else{let _=h.range(l,m.min,m.max,u);h.min=_[0],h.max=_[1]}}}let i={},a=!1;for(let u in s){let h=s[u],m=v[u];if(m.min!=h.min||m.max!=h.max){m.min=h.min,m.max=h.max;let _=m.distr;m._min=_==3?Ot(m.min):_==4?ys(m.min,m.asinh):_==100?m.fwd(m.min):m.min,m._max=_==3?Ot(m.max):_==4?ys(m.max,m.asinh):_==100?m.fwd(m.max):m.max,i[u]=a=!0}}if(a){$.forEach((u,h)=>{o==2?h>0&&i.y&&(u._paths=null):i[u.scale]&&(u._paths=null)});for(let u in i)yl=!0,Ve("setScale",u);Ke&&j.left>=0&&(ll=dt=!0)}for(let u in N)N[u]=null}function Pr(s){let i=Ms(ze-1,0,He-1),a=Ms(Fe+1,0,He-1);for(;s[i]==null&&i>0;)i--;for(;s[a]==null&&a<He-1;)a++;return[i,a]}function Dr(){if(He>0){let s=$.some(i=>i._focus)&&lt!=Dt.alpha;s&&(g.globalAlpha=lt=Dt.alpha),$.forEach((i,a)=>{if(a>0&&i.show&&(fo(a,!1),fo(a,!0),i._paths==null)){let u=lt;lt!=i.alpha&&(g.globalAlpha=lt=i.alpha);let h=o==2?[0,e[a][0].length-1]:Pr(e[a]);i._paths=i.paths(l,a,h[0],h[1]),lt!=u&&(g.globalAlpha=lt=u)}}),$.forEach((i,a)=>{if(a>0&&i.show){let u=lt;lt!=i.alpha&&(g.globalAlpha=lt=i.alpha),i._paths!=null&&ho(a,!1);{let h=i._paths!=null?i._paths.gaps:null,m=i.points.show(l,a,ze,Fe,h),_=i.points.filter(l,a,m,h);(m||_)&&(i.points._paths=i.points.paths(l,a,ze,Fe,_),ho(a,!0))}lt!=u&&(g.globalAlpha=lt=u),Ve("drawSeries",a)}}),s&&(g.globalAlpha=lt=1)}}function fo(s,i){let a=i?$[s].points:$[s];a._stroke=a.stroke(l,s),a._fill=a.fill(l,s)}function ho(s,i){let a=i?$[s].points:$[s],{stroke:u,fill:h,clip:m,flags:_,_stroke:x=a._stroke,_fill:k=a._fill,_width:T=a.width}=a._paths;T=de(T*re,3);let E=null,D=T%2/2;i&&k==null&&(k=T>0?"#fff":x);let U=a.pxAlign==1&&D>0;if(U&&g.translate(D,D),!i){let ie=ot-T/2,se=pt-T/2,X=tt+T,I=xt+T;E=new Path2D,E.rect(ie,se,X,I)}i?ts(x,T,a.dash,a.cap,k,u,h,_,m):Ar(s,x,T,a.dash,a.cap,k,u,h,_,E,m),U&&g.translate(-D,-D)}function Ar(s,i,a,u,h,m,_,x,k,T,E){let D=!1;k!=0&&H.forEach((U,ie)=>{if(U.series[0]==s){let se=$[U.series[1]],X=e[U.series[1]],I=(se._paths||hn).band;Kt(I)&&(I=U.dir==1?I[0]:I[1]);let R,ye=null;se.show&&I&&tc(X,ze,Fe)?(ye=U.fill(l,ie)||m,R=se._paths.clip):I=null,ts(i,a,u,h,ye,_,x,k,T,E,R,I),D=!0}}),D||ts(i,a,u,h,m,_,x,k,T,E)}const po=Hl|Ps;function ts(s,i,a,u,h,m,_,x,k,T,E,D){ao(s,i,a,u,h),(k||T||D)&&(g.save(),k&&g.clip(k),T&&g.clip(T)),D?(x&po)==po?(g.clip(D),E&&g.clip(E),kn(h,_),vn(s,m,i)):x&Ps?(kn(h,_),g.clip(D),vn(s,m,i)):x&Hl&&(g.save(),g.clip(D),E&&g.clip(E),kn(h,_),g.restore(),vn(s,m,i)):(kn(h,_),vn(s,m,i)),(k||T||D)&&g.restore()}function vn(s,i,a){a>0&&(i instanceof Map?i.forEach((u,h)=>{g.strokeStyle=xn=h,g.stroke(u)}):i!=null&&s&&g.stroke(i))}function kn(s,i){i instanceof Map?i.forEach((a,u)=>{g.fillStyle=kl=u,g.fill(a)}):i!=null&&s&&g.fill(i)}function Cr(s,i,a,u){let h=M[s],m;if(u<=0)m=[0,0];else{let _=h._space=h.space(l,s,i,a,u),x=h._incrs=h.incrs(l,s,i,a,u,_);m=vu(i,a,x,u,_)}return h._found=m}function ls(s,i,a,u,h,m,_,x,k,T){let E=_%2/2;z==1&&g.translate(E,E),ao(x,_,k,T,x),g.beginPath();let D,U,ie,se,X=h+(u==0||u==3?-m:m);a==0?(U=h,se=X):(D=h,ie=X);for(let I=0;I<s.length;I++)i[I]!=null&&(a==0?D=ie=s[I]:U=se=s[I],g.moveTo(D,U),g.lineTo(ie,se));g.stroke(),z==1&&g.translate(-E,-E)}function zr(s){let i=!0;return M.forEach((a,u)=>{if(!a.show)return;let h=v[a.scale];if(h.min==null){a._show&&(i=!1,a._show=!1,$l(!1));return}else a._show||(i=!1,a._show=!0,$l(!1));let m=a.side,_=m%2,{min:x,max:k}=h,[T,E]=Cr(u,x,k,_==0?J:L);if(E==0)return;let D=h.distr==2,U=a._splits=a.splits(l,u,x,k,T,E,D),ie=h.distr==2?U.map(R=>vt[R]):U,se=h.distr==2?vt[U[1]]-vt[U[0]]:T,X=a._values=a.values(l,a.filter(l,ie,u,E,se),u,E,se);a._rotate=m==2?a.rotate(l,X,u,E):0;let I=a._size;a._size=_t(a.size(l,X,u,s)),I!=null&&a._size!=I&&(i=!1)}),i}function Fr(s){let i=!0;return io.forEach((a,u)=>{let h=a(l,u,sl,s);h!=Wt[u]&&(i=!1),Wt[u]=h}),i}function jr(){for(let s=0;s<M.length;s++){let i=M[s];if(!i.show||!i._show)continue;let a=i.side,u=a%2,h,m,_=i.stroke(l,s),x=a==0||a==3?-1:1,[k,T]=i._found;if(i.label!=null){let Ze=i.labelGap*x,at=Pe((i._lpos+Ze)*re);co(i.labelFont[0],_,"center",a==2?nn:Ho),g.save(),u==1?(h=m=0,g.translate(at,Pe(pt+xt/2)),g.rotate((a==3?-Dn:Dn)/2)):(h=Pe(ot+tt/2),m=at);let rl=Ri(i.label)?i.label(l,s,k,T):i.label;g.fillText(rl,h,m),g.restore()}if(T==0)continue;let E=v[i.scale],D=u==0?tt:xt,U=u==0?ot:pt,ie=i._splits,se=E.distr==2?ie.map(Ze=>vt[Ze]):ie,X=E.distr==2?vt[ie[1]]-vt[ie[0]]:k,I=i.ticks,R=i.border,ye=I.show?I.size:0,$e=Pe(ye*re),Ne=Pe((i.alignTo==2?i._size-ye-i.gap:i.gap)*re),he=i._rotate*-Dn/180,Se=O(i._pos*re),it=($e+Ne)*x,qe=Se+it;m=u==0?qe:0,h=u==1?qe:0;let gt=i.font[0],kt=i.align==1?Cl:i.align==2?ms:he>0?Cl:he<0?ms:u==0?"center":a==3?ms:Cl,zt=he||u==1?"middle":a==2?nn:Ho;co(gt,_,kt,zt);let rt=i.font[1]*i.lineGap,bt=ie.map(Ze=>O(p(Ze,E,D,U))),$t=i._values;for(let Ze=0;Ze<$t.length;Ze++){let at=$t[Ze];if(at!=null){u==0?h=bt[Ze]:m=bt[Ze],at=""+at;let rl=at.indexOf(`
`)==-1?[at]:at.split(/\n/gm);for(let Qe=0;Qe<rl.length;Qe++){let Co=rl[Qe];he?(g.save(),g.translate(h,m+Qe*rt),g.rotate(he),g.fillText(Co,0,0),g.restore()):g.fillText(Co,h,m+Qe*rt)}}}I.show&&ls(bt,I.filter(l,se,s,T,X),u,a,Se,$e,de(I.width*re,3),I.stroke(l,s),I.dash,I.cap);let Ft=i.grid;Ft.show&&ls(bt,Ft.filter(l,se,s,T,X),u,u==0?2:1,u==0?pt:ot,u==0?xt:tt,de(Ft.width*re,3),Ft.stroke(l,s),Ft.dash,Ft.cap),R.show&&ls([Se],[1],u==0?1:0,u==0?1:2,u==1?pt:ot,u==1?xt:tt,de(R.width*re,3),R.stroke(l,s),R.dash,R.cap)}Ve("drawAxes")}function $l(s){$.forEach((i,a)=>{a>0&&(i._paths=null,s&&(o==1?(i.min=null,i.max=null):i.facets.forEach(u=>{u.min=null,u.max=null})))})}let $n=!1,ns=!1,Ql=[];function Rr(){ns=!1;for(let s=0;s<Ql.length;s++)Ve(...Ql[s]);Ql.length=0}function Sl(){$n||(mc(mo),$n=!0)}function Vr(s,i=!1){$n=!0,ns=i,s(l),mo(),i&&Ql.length>0&&queueMicrotask(Rr)}l.batch=Vr;function mo(){if(Bn&&(Lr(),Bn=!1),yl&&(vr(),yl=!1),yn){if(_e(A,Cl,me),_e(A,nn,Le),_e(A,rn,J),_e(A,an,L),_e(P,Cl,me),_e(P,nn,Le),_e(P,rn,J),_e(P,an,L),_e(y,rn,Vt),_e(y,an,Xt),b.width=Pe(Vt*re),b.height=Pe(Xt*re),M.forEach(({_el:s,_show:i,_size:a,_pos:u,side:h})=>{if(s!=null)if(i){let m=h===3||h===0?a:0,_=h%2==1;_e(s,_?"left":"top",u-m),_e(s,_?"width":"height",a),_e(s,_?"top":"left",_?Le:me),_e(s,_?"height":"width",_?L:J),Ss(s,ul)}else ct(s,ul)}),xn=kl=Yn=Jn=qn=Zn=Qn=Xn=Kn=null,lt=1,tn(!0),me!=bl||Le!=el||J!=Pt||L!=tl){$l(!1);let s=J/Pt,i=L/tl;if(Ke&&!ll&&j.left>=0){j.left*=s,j.top*=i,Tl&&jt(Tl,Pe(j.left),0,J,L),Ml&&jt(Ml,0,Pe(j.top),J,L);for(let a=0;a<mt.length;a++){let u=mt[a];u!=null&&(xl[a]*=s,vl[a]*=i,jt(u,_t(xl[a]),_t(vl[a]),J,L))}}if(be.show&&!_n&&be.left>=0&&be.width>0){be.left*=s,be.width*=s,be.top*=i,be.height*=i;for(let a in cs)_e(Pl,a,be[a])}bl=me,el=Le,Pt=J,tl=L}Ve("setSize"),yn=!1}Vt>0&&Xt>0&&(g.clearRect(0,0,b.width,b.height),Ve("drawClear"),K.forEach(s=>s()),Ve("draw")),be.show&&_n&&(Sn(be),_n=!1),Ke&&ll&&(il(null,!0,!1),ll=!1),Q.show&&Q.live&&dt&&(rs(),dt=!1),f||(f=!0,l.status=1,Ve("ready")),Zl=!1,$n=!1}l.redraw=(s,i)=>{yl=i||!1,s!==!1?Gt(C,S.min,S.max):Sl()};function ss(s,i){let a=v[s];if(a.from==null){if(He==0){let u=a.range(l,i.min,i.max,s);i.min=u[0],i.max=u[1]}if(i.min>i.max){let u=i.min;i.min=i.max,i.max=u}if(He>1&&i.min!=null&&i.max!=null&&i.max-i.min<1e-16)return;s==C&&a.distr==2&&He>0&&(i.min=Tt(i.min,e[0]),i.max=Tt(i.max,e[0]),i.min==i.max&&i.max++),N[s]=i,Bn=!0,Sl()}}l.setScale=ss;let os,is,Tl,Ml,go,bo,El,Ll,yo,_o,ge,ve,Bt=!1;const Ie=j.drag;let je=Ie.x,Re=Ie.y;Ke&&(j.x&&(os=yt(Na,P)),j.y&&(is=yt(Oa,P)),S.ori==0?(Tl=os,Ml=is):(Tl=is,Ml=os),ge=j.left,ve=j.top);const be=l.select=Me({show:!0,over:!0,left:0,width:0,top:0,height:0},t.select),Pl=be.show?yt(Va,be.over?P:A):null;function Sn(s,i){if(be.show){for(let a in s)be[a]=s[a],a in cs&&_e(Pl,a,s[a]);i!==!1&&Ve("setSelect")}}l.setSelect=Sn;function Nr(s){if($[s].show)Ee&&Ss(ke[s],ul);else if(Ee&&ct(ke[s],ul),Ke){let a=wl?mt[0]:mt[s];a!=null&&jt(a,-10,-10,J,L)}}function Gt(s,i,a){ss(s,{min:i,max:a})}function At(s,i,a,u){i.focus!=null&&Br(s),i.show!=null&&$.forEach((h,m)=>{m>0&&(s==m||s==null)&&(h.show=i.show,Nr(m),o==2?(Gt(h.facets[0].scale,null,null),Gt(h.facets[1].scale,null,null)):Gt(h.scale,null,null),Sl())}),a!==!1&&Ve("setSeries",s,i),u&&ln("setSeries",l,s,i)}l.setSeries=At;function Or(s,i){Me(H[s],i)}function Hr(s,i){s.fill=te(s.fill||null),s.dir=oe(s.dir,-1),i=i??H.length,H.splice(i,0,s)}function Ir(s){s==null?H.length=0:H.splice(s,1)}l.addBand=Hr,l.setBand=Or,l.delBand=Ir;function Wr(s,i){$[s].alpha=i,Ke&&mt[s]!=null&&(mt[s].style.opacity=i),Ee&&ke[s]&&(ke[s].style.opacity=i)}let Nt,Ut,ol;const Dl={focus:!0};function Br(s){if(s!=ol){let i=s==null,a=Dt.alpha!=1;$.forEach((u,h)=>{if(o==1||h>0){let m=i||h==0||h==s;u._focus=i?null:m,a&&Wr(h,m?1:Dt.alpha)}}),ol=s,a&&Sl()}}Ee&&_l&&Je(Go,ae,s=>{j._lock||(nl(s),ol!=null&&At(null,Dl,!0,Te.setSeries))});function Ct(s,i,a){let u=v[i];a&&(s=s/re-(u.ori==1?Le:me));let h=J;u.ori==1&&(h=L,s=h-s),u.dir==-1&&(s=h-s);let m=u._min,_=u._max,x=s/h,k=m+(_-m)*x,T=u.distr;return T==3?Vl(10,k):T==4?nc(k,u.asinh):T==100?u.bwd(k):k}function Gr(s,i){let a=Ct(s,C,i);return Tt(a,e[0],ze,Fe)}l.valToIdx=s=>Tt(s,e[0]),l.posToIdx=Gr,l.posToVal=Ct,l.valToPos=(s,i,a)=>v[i].ori==0?c(s,v[i],a?tt:J,a?ot:0):r(s,v[i],a?xt:L,a?pt:0),l.setCursor=(s,i,a)=>{ge=s.left,ve=s.top,il(null,i,a)};function wo(s,i){_e(Pl,Cl,be.left=s),_e(Pl,rn,be.width=i)}function xo(s,i){_e(Pl,nn,be.top=s),_e(Pl,an,be.height=i)}let Xl=S.ori==0?wo:xo,en=S.ori==1?wo:xo;function Ur(){if(Ee&&Q.live)for(let s=o==2?1:0;s<$.length;s++){if(s==0&&ht)continue;let i=Q.values[s],a=0;for(let u in i)Lt[s][a++].firstChild.nodeValue=i[u]}}function rs(s,i){if(s!=null&&(s.idxs?s.idxs.forEach((a,u)=>{fe[u]=a}):rc(s.idx)||fe.fill(s.idx),Q.idx=fe[0]),Ee&&Q.live){for(let a=0;a<$.length;a++)(a>0||o==1&&!ht)&&Yr(a,fe[a]);Ur()}dt=!1,i!==!1&&Ve("setLegend")}l.setLegend=rs;function Yr(s,i){let a=$[s],u=s==0&&q==2?vt:e[s],h;ht?h=a.values(l,s,i)??It:(h=a.value(l,i==null?null:u[i],s,i),h=h==null?It:{_:h}),Q.values[s]=h}function il(s,i,a){yo=ge,_o=ve,[ge,ve]=j.move(l,ge,ve),j.left=ge,j.top=ve,Ke&&(Tl&&jt(Tl,Pe(ge),0,J,L),Ml&&jt(Ml,0,Pe(ve),J,L));let u,h=ze>Fe;Nt=pe,Ut=null;let m=S.ori==0?J:L,_=S.ori==1?J:L;if(ge<0||He==0||h){u=j.idx=null;for(let x=0;x<$.length;x++){let k=mt[x];k!=null&&jt(k,-10,-10,J,L)}_l&&At(null,Dl,!0,s==null&&Te.setSeries),Q.live&&(fe.fill(u),dt=!0)}else{let x,k,T;o==1&&(x=S.ori==0?ge:ve,k=Ct(x,C),u=j.idx=Tt(k,e[0],ze,Fe),T=F(e[0][u],S,m,0));let E=-10,D=-10,U=0,ie=0,se=!0,X="",I="";for(let R=o==2?1:0;R<$.length;R++){let ye=$[R],$e=fe[R],Ne=$e==null?null:o==1?e[R][$e]:e[R][1][$e],he=j.dataIdx(l,R,u,k),Se=he==null?null:o==1?e[R][he]:e[R][1][he];if(dt=dt||Se!=Ne||he!=$e,fe[R]=he,R>0&&ye.show){let it=he==null?-10:he==u?T:F(o==1?e[0][he]:e[R][0][he],S,m,0),qe=Se==null?-10:G(Se,o==1?v[ye.scale]:v[ye.facets[1].scale],_,0);if(_l&&Se!=null){let gt=S.ori==1?ge:ve,kt=De(Dt.dist(l,R,he,qe,gt));if(kt<Nt){let zt=Dt.bias;if(zt!=0){let rt=Ct(gt,ye.scale),bt=Se>=0?1:-1,$t=rt>=0?1:-1;$t==bt&&($t==1?zt==1?Se>=rt:Se<=rt:zt==1?Se<=rt:Se>=rt)&&(Nt=kt,Ut=R)}else Nt=kt,Ut=R}}if(dt||wl){let gt,kt;S.ori==0?(gt=it,kt=qe):(gt=qe,kt=it);let zt,rt,bt,$t,Ft,Ze,at=!0,rl=Be.bbox;if(rl!=null){at=!1;let Qe=rl(l,R);bt=Qe.left,$t=Qe.top,zt=Qe.width,rt=Qe.height}else bt=gt,$t=kt,zt=rt=Be.size(l,R);if(Ze=Be.fill(l,R),Ft=Be.stroke(l,R),wl)R==Ut&&Nt<=Dt.prox&&(E=bt,D=$t,U=zt,ie=rt,se=at,X=Ze,I=Ft);else{let Qe=mt[R];Qe!=null&&(xl[R]=bt,vl[R]=$t,Qo(Qe,zt,rt,at),qo(Qe,Ze,Ft),jt(Qe,_t(bt),_t($t),J,L))}}}}if(wl){let R=Dt.prox,ye=ol==null?Nt<=R:Nt>R||Ut!=ol;if(dt||ye){let $e=mt[0];$e!=null&&(xl[0]=E,vl[0]=D,Qo($e,U,ie,se),qo($e,X,I),jt($e,_t(E),_t(D),J,L))}}}if(be.show&&Bt)if(s!=null){let[x,k]=Te.scales,[T,E]=Te.match,[D,U]=s.cursor.sync.scales,ie=s.cursor.drag;if(je=ie._x,Re=ie._y,je||Re){let{left:se,top:X,width:I,height:R}=s.select,ye=s.scales[D].ori,$e=s.posToVal,Ne,he,Se,it,qe,gt=x!=null&&T(x,D),kt=k!=null&&E(k,U);gt&&je?(ye==0?(Ne=se,he=I):(Ne=X,he=R),Se=v[x],it=F($e(Ne,D),Se,m,0),qe=F($e(Ne+he,D),Se,m,0),Xl(Mt(it,qe),De(qe-it))):Xl(0,m),kt&&Re?(ye==1?(Ne=se,he=I):(Ne=X,he=R),Se=v[k],it=G($e(Ne,U),Se,_,0),qe=G($e(Ne+he,U),Se,_,0),en(Mt(it,qe),De(qe-it))):en(0,_)}else us()}else{let x=De(yo-go),k=De(_o-bo);if(S.ori==1){let U=x;x=k,k=U}je=Ie.x&&x>=Ie.dist,Re=Ie.y&&k>=Ie.dist;let T=Ie.uni;T!=null?je&&Re&&(je=x>=T,Re=k>=T,!je&&!Re&&(k>x?Re=!0:je=!0)):Ie.x&&Ie.y&&(je||Re)&&(je=Re=!0);let E,D;je&&(S.ori==0?(E=El,D=ge):(E=Ll,D=ve),Xl(Mt(E,D),De(D-E)),Re||en(0,_)),Re&&(S.ori==1?(E=El,D=ge):(E=Ll,D=ve),en(Mt(E,D),De(D-E)),je||Xl(0,m)),!je&&!Re&&(Xl(0,0),en(0,0))}if(Ie._x=je,Ie._y=Re,s==null){if(a){if(Ao!=null){let[x,k]=Te.scales;Te.values[0]=x!=null?Ct(S.ori==0?ge:ve,x):null,Te.values[1]=k!=null?Ct(S.ori==1?ge:ve,k):null}ln(gs,l,ge,ve,J,L,u)}if(_l){let x=a&&Te.setSeries,k=Dt.prox;ol==null?Nt<=k&&At(Ut,Dl,!0,x):Nt>k?At(null,Dl,!0,x):Ut!=ol&&At(Ut,Dl,!0,x)}}dt&&(Q.idx=u,rs()),i!==!1&&Ve("setCursor")}let Yt=null;Object.defineProperty(l,"rect",{get(){return Yt==null&&tn(!1),Yt}});function tn(s=!1){s?Yt=null:(Yt=P.getBoundingClientRect(),Ve("syncRect",Yt))}function vo(s,i,a,u,h,m,_){j._lock||Bt&&s!=null&&s.movementX==0&&s.movementY==0||(as(s,i,a,u,h,m,_,!1,s!=null),s!=null?il(null,!0,!0):il(i,!0,!1))}function as(s,i,a,u,h,m,_,x,k){if(Yt==null&&tn(!1),nl(s),s!=null)a=s.clientX-Yt.left,u=s.clientY-Yt.top;else{if(a<0||u<0){ge=-10,ve=-10;return}let[T,E]=Te.scales,D=i.cursor.sync,[U,ie]=D.values,[se,X]=D.scales,[I,R]=Te.match,ye=i.axes[0].side%2==1,$e=S.ori==0?J:L,Ne=S.ori==1?J:L,he=ye?m:h,Se=ye?h:m,it=ye?u:a,qe=ye?a:u;if(se!=null?a=I(T,se)?p(U,v[T],$e,0):-10:a=$e*(it/he),X!=null?u=R(E,X)?p(ie,v[E],Ne,0):-10:u=Ne*(qe/Se),S.ori==1){let gt=a;a=u,u=gt}}k&&(i==null||i.cursor.event.type==gs)&&((a<=1||a>=J-1)&&(a=al(a,J)),(u<=1||u>=L-1)&&(u=al(u,L))),x?(go=a,bo=u,[El,Ll]=j.move(l,a,u)):(ge=a,ve=u)}const cs={width:0,height:0,left:0,top:0};function us(){Sn(cs,!1)}let ko,$o,So,To;function Mo(s,i,a,u,h,m,_){Bt=!0,je=Re=Ie._x=Ie._y=!1,as(s,i,a,u,h,m,_,!0,!1),s!=null&&(Je(bs,ks,Eo,!1),ln(Wo,l,El,Ll,J,L,null));let{left:x,top:k,width:T,height:E}=be;ko=x,$o=k,So=T,To=E}function Eo(s,i,a,u,h,m,_){Bt=Ie._x=Ie._y=!1,as(s,i,a,u,h,m,_,!1,!0);let{left:x,top:k,width:T,height:E}=be,D=T>0||E>0,U=ko!=x||$o!=k||So!=T||To!=E;if(D&&U&&Sn(be),Ie.setScale&&D&&U){let ie=x,se=T,X=k,I=E;if(S.ori==1&&(ie=k,se=E,X=x,I=T),je&&Gt(C,Ct(ie,C),Ct(ie+se,C)),Re)for(let R in v){let ye=v[R];R!=C&&ye.from==null&&ye.min!=pe&&Gt(R,Ct(X+I,R),Ct(X,R))}us()}else j.lock&&(j._lock=!j._lock,il(i,!0,s!=null));s!=null&&(gl(bs,ks),ln(bs,l,ge,ve,J,L,null))}function Kr(s,i,a,u,h,m,_){if(j._lock)return;nl(s);let x=Bt;if(Bt){let k=!0,T=!0,E=10,D,U;S.ori==0?(D=je,U=Re):(D=Re,U=je),D&&U&&(k=ge<=E||ge>=J-E,T=ve<=E||ve>=L-E),D&&k&&(ge=ge<El?0:J),U&&T&&(ve=ve<Ll?0:L),il(null,!0,!0),Bt=!1}ge=-10,ve=-10,fe.fill(null),il(null,!0,!0),x&&(Bt=x)}function Lo(s,i,a,u,h,m,_){j._lock||(nl(s),Un(),us(),s!=null&&ln(Uo,l,ge,ve,J,L,null))}function Po(){M.forEach(ku),Gn(l.width,l.height,!0)}fl(An,Fl,Po);const Al={};Al.mousedown=Mo,Al.mousemove=vo,Al.mouseup=Eo,Al.dblclick=Lo,Al.setSeries=(s,i,a,u)=>{let h=Te.match[2];a=h(l,i,a),a!=-1&&At(a,u,!0,!1)},Ke&&(Je(Wo,P,Mo),Je(gs,P,vo),Je(Bo,P,s=>{nl(s),tn(!1)}),Je(Go,P,Kr),Je(Uo,P,Lo),Ds.add(l),l.syncRect=tn);const Tn=l.hooks=t.hooks||{};function Ve(s,i,a){ns?Ql.push([s,i,a]):s in Tn&&Tn[s].forEach(u=>{u.call(null,l,i,a)})}(t.plugins||[]).forEach(s=>{for(let i in s.hooks)Tn[i]=(Tn[i]||[]).concat(s.hooks[i])});const Do=(s,i,a)=>a,Te=Me({key:null,setSeries:!1,filters:{pub:ni,sub:ni},scales:[C,$[1]?$[1].scale:null],match:[si,si,Do],values:[null,null]},j.sync);Te.match.length==2&&Te.match.push(Do),j.sync=Te;const Ao=Te.key,fs=rr(Ao);function ln(s,i,a,u,h,m,_){Te.filters.pub(s,i,a,u,h,m,_)&&fs.pub(s,i,a,u,h,m,_)}fs.sub(l);function Jr(s,i,a,u,h,m,_){Te.filters.sub(s,i,a,u,h,m,_)&&Al[s](null,i,a,u,h,m,_)}l.pub=Jr;function qr(){fs.unsub(l),Ds.delete(l),Qt.clear(),Ts(An,Fl,Po),d.remove(),ae?.remove(),Ve("destroy")}l.destroy=qr;function hs(){Ve("init",t,e),ro(e||t.data,!1),N[C]?ss(C,N[C]):Un(),_n=be.show&&(be.width>0||be.height>0),ll=dt=!0,Gn(t.width,t.height)}return $.forEach(oo),M.forEach(Er),n?n instanceof HTMLElement?(n.appendChild(d),hs()):n(l,hs):hs(),l}We.assign=Me;We.fmtNum=Hs;We.rangeNum=Cn;We.rangeLog=jn;We.rangeAsinh=Ns;We.orient=pl;We.pxRatio=re;We.join=dc;We.fmtDate=Ws,We.tzDate=Sc;We.sync=rr;{We.addGap=ru,We.clipGaps=Nn;let t=We.paths={points:pr};t.linear=mr,t.stepped=uu,t.bars=fu,t.spline=pu}const $u='.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}';var Su=Object.defineProperty,Ye=(t,e,n,l)=>{for(var o=void 0,c=t.length-1,r;c>=0;c--)(r=t[c])&&(o=r(e,n,o)||o);return o&&Su(e,n,o),o};const Xs=class Xs extends Il{constructor(){super(...arguments),this.kind="time",this.label="",this.unit="",this.xs=[],this.ys=[],this.labels=[],this.bucket="day",this.formatValue=e=>String(e),this.minStep=0,this.dark=!1,this.height=220,this.readout="",this.slots=[]}render(){const e=this.ys.length===0;return B`<figure role="group" aria-label=${this.label} style="margin:0">
      ${e?B`<div class="empty muted">${w("common.no_data")}</div>`:B`<div class="plot" aria-hidden="true"></div>
            ${this.kind==="category"?this.renderCategories():""}
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
    </figure>`}renderCategories(){const e=this.slots,n=e.length?Math.max(...this.labels.map(l=>l.length*6.2>(e[0]?.width??0)?3:1)):1;return B`<div class="categories" aria-hidden="true" style=${`height:${n*1.2+.2}em`}>
      ${e.map((l,o)=>B`<span data-category=${o} style=${`left:${l.centre-l.width/2}px;width:${l.width}px`}
            >${(this.labels[o]??"").split(/(?<=[–-])/).map((c,r)=>r?B`<wbr />${c}`:c)}</span
          >`)}
    </div>`}measureText(e){return this.formatMeasure?this.formatMeasure(e):`${this.formatValue(e)} ${this.unit.toLowerCase()}`}totalText(){const e=this.ys.reduce((n,l)=>n+l,0);return w("chart.total_value",{value:this.measureText(e)})}connectedCallback(){super.connectedCallback(),this.resizeObserver??=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.draw(),this.plotEl&&this.resizeObserver.observe(this))}disconnectedCallback(){super.disconnectedCallback(),this.resizeObserver?.disconnect(),this.destroy()}firstUpdated(){this.resizeObserver?.observe(this)}updated(e){(e.has("xs")||e.has("ys")||e.has("kind")||e.has("dark")||e.has("labels")||e.has("height")||e.has("bucket")||e.has("locale")||e.has("formatValue")||e.has("minStep"))&&this.draw()}destroy(){this.plot?.destroy(),this.plot=void 0}resize(){if(!this.plot||!this.plotEl)return;const e=Math.floor(this.plotEl.clientWidth);e>0&&e!==this.plot.width&&this.plot.setSize({width:e,height:this.height})}placeCategories(e=this.plot){if(!e||this.kind!=="category"){this.slots=[];return}const n=e.bbox.left/devicePixelRatio,l=this.xs.length>1?Math.abs(e.valToPos(1,"x")-e.valToPos(0,"x")):e.bbox.width/devicePixelRatio;this.slots=this.xs.map(o=>({centre:n+e.valToPos(o,"x"),width:Math.max(l-2,16)}))}draw(){this.destroy();const e=this.plotEl;if(!e||this.ys.length===0)return;const n=getComputedStyle(this),l=n.getPropertyValue("--pl-chart-color").trim()||n.getPropertyValue("--primary-color").trim()||"#03a9f4",o=n.getPropertyValue("--secondary-text-color").trim()||"#727272",c=n.getPropertyValue("--divider-color").trim()||"rgba(127,127,127,0.25)",r=`12px ${n.fontFamily||"sans-serif"}`,p=Math.max(Math.floor(e.clientWidth),200),f=this.labels,d=this.xs,b=this.formatValue,g=this.kind==="time",y=this.bucket,A=this.locale,P=g?la(y)/2:.5,z={stroke:o,font:r,grid:{stroke:c,width:1},ticks:{stroke:c,width:1}},O=g&&Xr(d),W=M=>g?jo(d[M]??0,y,A,O):f[M]??"",$={width:p,height:this.height,padding:[8,8,0,0],cursor:{drag:{x:!1,y:!1},points:{show:!1}},legend:{show:!1},scales:{x:{time:!1,range:(M,v,H)=>[v-P,H+P]},y:{range:(M,v,H)=>[0,H>0?H*1.1:1]}},axes:[g?{...z,splits:M=>ea(d,Math.max(Math.floor(M.bbox.width/devicePixelRatio/(O?90:70)),2)),values:(M,v)=>Ti(v.map(H=>jo(H,y,A,O)))}:{...z,splits:()=>f.map((M,v)=>v),values:(M,v)=>v.map(()=>""),size:8,gap:0},{...z,size:48,incrs:Tu(this.minStep),values:(M,v)=>Ti(v.map(H=>b(H)))}],series:[{},{label:this.unit,stroke:l,fill:l,width:0,paths:We.paths.bars({size:[.8,64],gap:1}),points:{show:!1}}],hooks:{ready:[M=>this.placeCategories(M)],setSize:[M=>this.placeCategories(M)],setCursor:[M=>{const v=M.cursor.idx,H=v==null?void 0:this.ys[v];this.readout=H===void 0||v===null||v===void 0?"":`${W(v)}: ${this.measureText(H)}`}]}};this.plot=new We($,[this.xs,this.ys],e)}};Xs.styles=[Wl,Qr($u),Bl`
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
    `];let Ae=Xs;Ye([ue()],Ae.prototype,"kind");Ye([ue()],Ae.prototype,"label");Ye([ue()],Ae.prototype,"unit");Ye([ue({attribute:!1})],Ae.prototype,"xs");Ye([ue({attribute:!1})],Ae.prototype,"ys");Ye([ue({attribute:!1})],Ae.prototype,"labels");Ye([ue()],Ae.prototype,"bucket");Ye([ue()],Ae.prototype,"locale");Ye([ue({attribute:!1})],Ae.prototype,"formatValue");Ye([ue({attribute:!1})],Ae.prototype,"formatMeasure");Ye([ue({type:Number})],Ae.prototype,"minStep");Ye([ue({type:Boolean})],Ae.prototype,"dark");Ye([ue({type:Number})],Ae.prototype,"height");Ye([ta(".plot")],Ae.prototype,"plotEl");Ye([Zt()],Ae.prototype,"readout");Ye([Zt()],Ae.prototype,"slots");function Tu(t){const e=[];for(let n=-2;n<=9;n++)for(const l of[1,2,5]){const o=l*10**n;o>=t-1e-12&&e.push(Number(o.toPrecision(3)))}return e}function Ti(t){return t.map((e,n)=>n>0&&t[n-1]===e?"":e)}Gl("pl-chart",Ae);var Mu=Object.defineProperty,gn=(t,e,n,l)=>{for(var o=void 0,c=t.length-1,r;c>=0;c--)(r=t[c])&&(o=r(e,n,o)||o);return o&&Mu(e,n,o),o};const eo=class eo extends Il{constructor(){super(...arguments),this.label="",this.matrix=[],this.firstWeekday=0}render(){const e=na(this.matrix),n=Array.from({length:24},(f,d)=>d),l=sa(this.locale),o=new Intl.DateTimeFormat(this.locale,{hour:"numeric",hour12:this.hour12,timeZone:"UTC"}),c=f=>{const d=o.formatToParts(new Date(Date.UTC(2024,0,1,f))),b=Number(d.find(y=>y.type==="hour")?.value??f),g=d.find(y=>y.type==="dayPeriod")?.value;return g?`${b}${g.charAt(0).toLowerCase()}`:String(b)},r=new Intl.DateTimeFormat(this.locale,{hour:"numeric",minute:"2-digit",hour12:this.hour12,timeZone:"UTC"}),p=f=>r.format(new Date(Date.UTC(2024,0,1,f)));return B`<table aria-label=${this.label||w("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${n.map(f=>B`<th scope="col" abbr=${p(f)}>${f%3===0?c(f):""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${oa(this.firstWeekday).map(f=>B`<tr data-weekday=${f}>
              <th scope="row">${l[f]}</th>
              ${n.map(d=>{const b=this.matrix[f]?.[d]??0,g=w("heatmap.cell",{day:l[f],from:p(d),to:p((d+1)%24),count:b});return B`<td title=${g} data-weekday=${f} data-hour=${d} data-value=${b}>
                  ${b>0?B`<span class="shade" style=${vs({opacity:String(.15+.85*(b/e))})}></span>`:""}
                  <span class="sr-only">${b}</span>
                </td>`})}
            </tr>`)}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${e}</div>`}};eo.styles=[Wl,Bl`
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
    `];let qt=eo;gn([ue()],qt.prototype,"label");gn([ue({attribute:!1})],qt.prototype,"matrix");gn([ue({type:Number})],qt.prototype,"firstWeekday");gn([ue()],qt.prototype,"locale");gn([ue({attribute:!1})],qt.prototype,"hour12");Gl("pl-heatmap",qt);const Eu=.5;function Wn(t){return t==null||!Number.isFinite(t)||t<=0?null:(t-1)*100}function qs(t){const e=t&&t.jobs>0?Wn(t.ratio):null;return e===null?"none":Math.abs(e)<Eu?"exact":e>0?"under":"over"}function jl(t,e){const n=Math.abs(t);return zs(n>=10?Math.round(n):Math.round(n*10)/10,e)}function Lu(t,e,n){const l=qs(e);if(l==="none")return w(t==="time"?"accuracy.time_none":"accuracy.filament_none");if(l==="exact")return w(t==="time"?"accuracy.time_exact":"accuracy.filament_exact");const o=jl(Wn(e.ratio),n);return t==="time"?w(l==="under"?"accuracy.time_under":"accuracy.time_over",{pct:o}):w(l==="under"?"accuracy.filament_under":"accuracy.filament_over",{pct:o})}function Pu(t,e,n){const l=qs(e);if(l==="none")return"—";if(l==="exact")return w("accuracy.as_estimated");const o=jl(Wn(e.ratio),n);return t==="time"?w(l==="under"?"accuracy.longer":"accuracy.shorter",{pct:o}):w(l==="under"?"accuracy.more":"accuracy.less",{pct:o})}function Du(t,e){const n=t?.mean_abs_error_pct;return!t||t.jobs===0||n===null||n===void 0||!Number.isFinite(n)?"":w("accuracy.job_error",{pct:jl(n,e)})}function Au(t,e,n){if(!e||e.jobs===0)return"";const l=Ge(e.jobs,n);if(t==="time")return w("accuracy.time_totals",{estimated:un(e.estimated_hours,"hours",n,1),actual:un(e.actual_hours,"hours",n,1),count:e.jobs,n:l});const o=c=>un(c===void 0?void 0:c/1e3,"metres",n,1);return w("accuracy.filament_totals",{estimated:o(e.estimated_mm),actual:o(e.actual_mm),count:e.jobs,n:l})}var Cu=Object.defineProperty,_r=(t,e,n,l)=>{for(var o=void 0,c=t.length-1,r;c>=0;c--)(r=t[c])&&(o=r(e,n,o)||o);return o&&Cu(e,n,o),o};const zu=["time","filament"],Pn=t=>t==null?"":String(t),to=class to extends Il{render(){const e=this.options,n=this.report;return!e||!n?Ue:n.overall.jobs?B`
      <p class="intro muted">${w("accuracy.intro")}</p>
      <div class="overall">${zu.map(l=>this.renderFigure(l,n.overall[l],e))}</div>
      ${this.renderGroup("printer",w("accuracy.by_printer"),w("common.printer"),n.by_printer,e)}
      ${this.renderGroup("material",w("accuracy.by_material"),w("accuracy.material"),n.by_material,e)}
    `:B`<p class="empty muted">${w("accuracy.no_jobs")}</p>`}renderFigure(e,n,l){const o=qs(n),c=Wn(n.ratio);return B`<div
      class="figure"
      data-kind=${e}
      data-jobs=${n.jobs}
      data-ratio=${Pn(n.ratio)}
      data-error=${Pn(n.mean_abs_error_pct)}
    >
      <h3>${w(e==="time"?"accuracy.time":"accuracy.filament")}</h3>
      ${c!==null&&o!=="none"?B`<span class=${`big ${o}`} aria-hidden="true">${o==="exact"?`±${jl(0,l)}`:`${c>0?"+":"−"}${jl(c,l)}`}</span>`:Ue}
      <p class="verdict">${Lu(e,n,l)}</p>
      ${n.jobs?B`<p class="muted totals">${Au(e,n,l)}</p>`:Ue}
      ${n.jobs?B`<p class="muted error">${Du(n,l)}</p>`:Ue}
    </div>`}renderGroup(e,n,l,o,c){if(!o.length)return Ue;const r=w("accuracy.time_column"),p=w("accuracy.filament_column");return B`<h3 class="group">${n}</h3>
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
            <th scope="col">${r}</th>
            <th scope="col">${p}</th>
          </tr>
        </thead>
        <tbody>
          ${o.map(f=>B`<tr data-key=${f.key??""}>
              <th scope="row">${f.key===null?w("common.unknown"):f.label}</th>
              <td class="num" data-jobs=${f.jobs}>${w("common.n_jobs",{count:f.jobs,n:Ge(f.jobs,c)})}</td>
              ${this.renderCell("time",f.time,r,c)} ${this.renderCell("filament",f.filament,p,c)}
            </tr>`)}
        </tbody>
      </table>`}renderCell(e,n,l,o){const c=n.jobs&&n.mean_abs_error_pct!==null?jl(n.mean_abs_error_pct,o):"";return B`<td
      data-kind=${e}
      data-heading=${l}
      data-ratio=${Pn(n.ratio)}
      data-error=${Pn(n.mean_abs_error_pct)}
      data-jobs=${n.jobs}
    >
      <span class="cell"
        ><span class="deviation">${Pu(e,n,o)}</span>
        ${c?B`<span class="muted">${w("accuracy.per_job",{pct:c})}</span>`:Ue}</span
      >
    </td>`}};to.styles=[Wl,Bl`
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
    `];let mn=to;_r([ue({attribute:!1})],mn.prototype,"report");_r([ue({attribute:!1})],mn.prototype,"options");Gl("pl-accuracy",mn);const Mi=new Map;function Fu(t,e){const n=e.numberLocale??"";let l=Mi.get(n);return l||(l=new Intl.NumberFormat(e.numberLocale,{minimumFractionDigits:2,maximumFractionDigits:3}),Mi.set(n,l)),w("analytics.layer_height_value",{n:l.format(t)})}function wr(t,e,n){return t.map(l=>{const o={key:l.key===null||l.key===void 0?"":String(l.key),label:l.key===null||l.key===void 0?w("common.unknown"):n(l),value:l.jobs,display:w("common.n_jobs",{count:l.jobs,n:Ge(l.jobs,e)})};return l.success_rate!==null&&l.success_rate!==void 0&&(o.note=w("analytics.succeeded",{pct:zs(l.success_rate,e)})),o})}function ju(t,e){return wr(t,e,n=>n.label||String(n.key))}function Ru(t,e){return wr(t,e,n=>typeof n.key=="number"&&Number.isFinite(n.key)?Fu(n.key,e):n.label||String(n.key))}var Vu=Object.defineProperty,Et=(t,e,n,l)=>{for(var o=void 0,c=t.length-1,r;c>=0;c--)(r=t[c])&&(o=r(e,n,o)||o);return o&&Vu(e,n,o),o};function Cs(t){const e=t?.points??[],[n,l]=ya(e),o=[...e].sort((c,r)=>c.bucket<r.bucket?-1:1).map(c=>c.bucket);return{xs:n,ys:l,labels:o}}const Ei=Cs(void 0),Nu=[],Ou=Pi.map((t,e)=>e),lo=class lo extends Il{constructor(){super(...arguments),this.printers=[],this.dark=!1,this.active=!1,this.period="30d",this.printer="",this.bucket="day",this.data={},this.loading=!1,this.error="",this.token=0,this.stale=!0,this.jobsSeries=Ei,this.hoursSeries=Ei,this.formatInt=String,this.formatHours=String,this.measureJobs=String,this.measureHours=String,this.binLabelsCache=[]}willUpdate(e){if(e.has("data")){const n=e.get("data");(!n||n.jobs!==this.data.jobs)&&(this.jobsSeries=Cs(this.data.jobs)),(!n||n.hours!==this.data.hours)&&(this.hoursSeries=Cs(this.data.hours))}if(e.has("options")){const n=this.options;n&&(this.formatInt=l=>Ge(l,n),this.formatHours=l=>Ge(l,n,1),this.measureJobs=l=>w("common.n_jobs",{count:l,n:Ge(l,n)}),this.measureHours=l=>un(l,"hours",n,1))}e.has("api")&&(this.stale=!0),this.active&&this.stale&&this.api&&(this.stale=!1,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}handleLiveEvent(e){if(e.type!=="printer"&&!(e.type==="job_changed"&&e.job.status==="in_progress")){if(!this.active){this.stale=!0;return}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.load()},3e3)}}scope(){return ia(this.period,this.printer?[this.printer]:[],new Date,this.options?.timeZone)}async load(){const e=this.api;if(!e)return;const n=++this.token,l=this.scope(),o=this.bucket;this.loading=!0,this.error="";const c=()=>n===this.token,r=b=>{c()&&(this.data={...this.data,...b})},p=[e.summary(l).then(b=>r({summary:b})),e.timeseries(l,o,"jobs").then(b=>r({jobs:b})),e.timeseries(l,o,"hours").then(b=>r({hours:b})),e.breakdown(l,"filament_type").then(b=>r({filamentType:b})),e.breakdown(l,"filament_colour").then(b=>r({filamentColour:b})),e.breakdown(l,"printer").then(b=>r({printer:b})),e.breakdown(l,"status").then(b=>r({status:b})),e.accuracy(l).then(b=>r({accuracy:b})),e.breakdown(l,"slicer").then(b=>r({slicer:b})),e.breakdown(l,"layer_height").then(b=>r({layerHeight:b})),e.breakdown(l,"failure_reason").then(b=>r({failureReason:b})),this.histogram(e,l).then(b=>r({histogram:b})),e.breakdown(l,"weekday_hour").then(b=>r({heatmap:ra(b.rows)})),e.spoolBreakdown(l,"spool").then(b=>r({bySpool:b})),e.spoolBreakdown(l,"vendor").then(b=>r({byVendor:b})),e.spoolBreakdown(l,"material").then(b=>r({byMaterial:b})),Ea(e,l,b=>r({costs:{...this.data.costs,...b}}))],f=await Promise.allSettled(p);if(!c())return;const d=f.find(b=>b.status==="rejected");d&&(this.error=aa(d.reason)),this.loading=!1}async histogram(e,n){return ca((await e.breakdown(n,"duration")).rows)}binLabels(e){return this.binLabelsFor!==e&&(this.binLabelsFor=e,this.binLabelsCache=Pi.map(n=>ua(n,e))),this.binLabelsCache}change(e,n){e==="period"&&fa(n)?(this.period=n,this.bucket=ha(n)):e==="printer"?this.printer=n:e==="bucket"&&(n==="day"||n==="week"||n==="month"||n==="year")&&(this.bucket=n),this.load()}render(){const e=this.options;if(!e)return Ue;const n=this.data,l=this.jobsSeries,o=this.hoursSeries,c=this.formatInt,r=this.formatHours,p=n.jobs?.bucket??this.bucket;return B`
      <div class="selectors" role="group" aria-label=${w("analytics.selection")}>
        <label
          >${w("analytics.period")}
          <select name="period" @change=${f=>this.change("period",f.target.value)}>
            ${pa.map(f=>B`<option value=${f.id} ?selected=${f.id===this.period}>${da(f.id)}</option>`)}
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
        <button class="btn" @click=${()=>this.load()} ?disabled=${this.loading}>${ma(ga)} ${w("common.refresh")}</button>
      </div>
      ${this.error?B`<div class="error-banner" role="alert">
            <span>${w("analytics.load_error",{error:this.error})}</span>
          </div>`:Ue}
      ${p!==this.bucket?B`<p class="bucket-note" role="status">
            ${w("analytics.bucket_note",{shown:w(`bucket_per.${p}`),bucket:w(`bucket_many.${this.bucket}`)})}
          </p>`:Ue}
      <pl-kpis .summary=${n.summary} .options=${e} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading?"true":"false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${w(`analytics.jobs_per.${p}`)}</h2>
          <pl-chart
            label=${w(`analytics.jobs_per.${p}`)}
            unit=${w("analytics.unit_jobs")}
            .xs=${l.xs}
            .ys=${l.ys}
            .labels=${l.labels}
            .bucket=${p}
            .locale=${e.dateLocale}
            .formatValue=${c}
            .formatMeasure=${this.measureJobs}
            .minStep=${1}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${w(`analytics.hours_per.${p}`)}</h2>
          <pl-chart
            label=${w(`analytics.hours_per.${p}`)}
            unit=${w("analytics.unit_hours")}
            .xs=${o.xs}
            .ys=${o.ys}
            .labels=${o.labels}
            .bucket=${p}
            .locale=${e.dateLocale}
            .formatValue=${r}
            .formatMeasure=${this.measureHours}
            .minStep=${.1}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${w("analytics.filament_type")}</h2>
          <pl-bars
            label=${w("analytics.filament_type_label")}
            .items=${on(Ro(n.filamentType?.rows??[],"filament_g",10),"filament_g",e)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${w("analytics.filament_colour")}</h2>
          <pl-bars
            label=${w("analytics.filament_colour_label")}
            .items=${va(Ro(n.filamentColour?.rows??[],"filament_g",12),e,n.bySpool?.rows??[])}
          ></pl-bars>
        </section>
        ${n.bySpool?.rows.length?B`<section class="panel card" data-chart="spool">
                <h2>${w("analytics.by_spool")}</h2>
                <p class="muted">
                  ${w("analytics.spool_totals",{grams:Li(n.bySpool.totals.filament_g,e,0),cost:Oe(n.bySpool.totals.cost,e)})}
                </p>
                <pl-bars
                  label=${w("analytics.by_spool")}
                  .items=${ps(n.bySpool.rows.slice(0,12),e,!0)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${w("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${w("analytics.by_vendor")}
                  .items=${ps((n.byVendor?.rows??[]).slice(0,12),e,!1)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${w("analytics.by_material")}</h2>
                <pl-bars
                  label=${w("analytics.by_material")}
                  .items=${ps((n.byMaterial?.rows??[]).slice(0,12),e,!1)}
                ></pl-bars>
              </section>`:Ue}
        <section class="panel card" data-chart="printer">
          <h2>${w("analytics.success_printer")}</h2>
          <pl-bars label=${w("analytics.success_printer")} .max=${100} .items=${on(n.printer?.rows??[],"success_rate",e)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${w("analytics.outcome")}</h2>
          <pl-bars
            label=${w("analytics.outcome")}
            .items=${on((n.status?.rows??[]).map(f=>({...f,label:ba(String(f.key??f.label??""))})),"jobs",e)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="failure_reason">
          <h2>${w("analytics.failure_reason")}</h2>
          <pl-bars
            label=${w("analytics.failure_reason")}
            .items=${on((n.failureReason?.rows??[]).map(f=>({...f,label:f.key===null?w("failure.unknown"):wa(String(f.key))})),"jobs",e)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${w("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${w("analytics.duration_label")}
            unit=${w("analytics.unit_jobs")}
            .xs=${Ou}
            .ys=${n.histogram??Nu}
            .labels=${this.binLabels(e)}
            .formatValue=${c}
            .formatMeasure=${this.measureJobs}
            .minStep=${1}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="slicer">
          <h2>${w("analytics.by_slicer")}</h2>
          <pl-bars label=${w("analytics.by_slicer")} .items=${ju(n.slicer?.rows??[],e)}></pl-bars>
        </section>
        <section class="panel card" data-chart="layer_height">
          <h2>${w("analytics.by_layer_height")}</h2>
          <pl-bars label=${w("analytics.by_layer_height")} .items=${Ru(n.layerHeight?.rows??[],e)}></pl-bars>
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
    `}};lo.styles=[Wl,Bl`
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
    `];let nt=lo;Et([ue({attribute:!1})],nt.prototype,"api");Et([ue({attribute:!1})],nt.prototype,"options");Et([ue({attribute:!1})],nt.prototype,"printers");Et([ue({type:Boolean})],nt.prototype,"dark");Et([ue({type:Boolean})],nt.prototype,"active");Et([Zt()],nt.prototype,"period");Et([Zt()],nt.prototype,"printer");Et([Zt()],nt.prototype,"bucket");Et([Zt()],nt.prototype,"data");Et([Zt()],nt.prototype,"loading");Et([Zt()],nt.prototype,"error");Gl("pl-analytics-view",nt);export{nt as PlAnalyticsView};
