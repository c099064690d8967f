import{f as I,d as J,_ as H}from"./chunks/shared-DUOmt4lY.js";import{j as ee,e as Tt,i as Ct,A as c,l as r,s as T,a as j,b as ie,c as D,d as x,m as se,f as ae,g as At,h as l,k as re,S as ne,n as oe,D as le,o as de,p as pe,q as $t,r as ce,t as he,E as vt,F as ue,u as me,v as fe,w as ge,x as be,y as $e,z as ve,B as ye,C as Dt,G as Lt,H as Y,I as W,J as Rt,K as _e,L as xe,M as Ft,N as lt,O as we,P as Pt,Q as ke,R as je,T as Se,U as Ee,V as Jt,W as Ie,X as nt,Y as Bt,Z as Mt,_ as B,$ as M,a0 as yt,a1 as _t,a2 as g,a3 as y,a4 as xt,a5 as Te,a6 as Ce,a7 as Ae,a8 as De,a9 as Le,aa as Re,ab as Fe,ac as Pe,ad as Je,ae as Be,af as Me,ag as Oe,ah as wt,ai as ze,aj as qe,ak as Ue,al as Ne,am as He,an as Ze,ao as Ve}from"./chunks/shared-DduXoXll.js";const{I:Ge}=ee,kt=s=>s,jt=()=>document.createComment(""),N=(s,t,e)=>{const i=s._$AA.parentNode,a=t===void 0?s._$AB:t._$AA;if(e===void 0){const o=i.insertBefore(jt(),a),n=i.insertBefore(jt(),a);e=new Ge(o,n,s,s.options)}else{const o=e._$AB.nextSibling,n=e._$AM,d=n!==s;if(d){let p;e._$AQ?.(s),e._$AM=s,e._$AP!==void 0&&(p=s._$AU)!==n._$AU&&e._$AP(p)}if(o!==a||d){let p=e._$AA;for(;p!==o;){const h=kt(p).nextSibling;kt(i).insertBefore(p,a),p=h}}}return e},F=(s,t,e=s)=>(s._$AI(t,e),s),Ke={},Ot=(s,t=Ke)=>s._$AH=t,Ye=s=>s._$AH,tt=s=>{s._$AR(),s._$AA.remove()};const We=Tt(class extends Ct{constructor(){super(...arguments),this.key=c}render(s,t){return this.key=s,t}update(s,[t,e]){return t!==this.key&&(Ot(s),this.key=t),e}}),Qe=4e3;class Xe{constructor(t,e){this.host=t,this.list=e,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},Qe),this.changed()}async save(t,e){const i=this.host.api;if(!i)return!1;if(!Object.keys(e).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const a=await i.updateJob(t.id,e);return this.list.applyJob(a),this.notify(r("jobs.saved",{file:T(t.filename)})),!0}catch(a){return this.editError=j(a),this.notify(r("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,e){await this.save(t,e)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const e=this.confirmJobs.map(i=>i.id);this.deleting=!0,this.deleteError="",this.changed();try{const i=await t.deleteJobs(e),a=new Set(e);a.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(a,i),this.notify(r("jobs.deleted",{count:i}))}catch(i){this.deleteError=j(i)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const e=this.host.api;if(e){this.addBusy=!0,this.addError="",this.changed();try{const i=await e.createJob(t);this.adding=!1,this.notify(r("jobs.added",{file:T(i.filename)})),await this.list.reload()}catch(i){this.addError=j(i),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(ie(i))}finally{this.addBusy=!1,this.changed()}}}}const Q=s=>s.target.value;function ti(s){const{list:t,changes:e,admin:i}=s,a=t.activeFilters;return l`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${r("jobs.search")}
      aria-label=${r("jobs.search")}
      .value=${t.filters.q}
      @input=${o=>t.setFilter("q",Q(o),!0)}
    />
    <button class="btn" aria-expanded=${s.showFilters?"true":"false"} aria-controls="filters" @click=${s.toggleFilters}>
      ${x(se)} ${a?r("jobs.filters_n",{n:a}):r("jobs.filters")}
    </button>
    <span class="spacer"></span>
    <button
      class="btn"
      title=${r("jobs.export_hint")}
      ?disabled=${t.exporting}
      @click=${()=>{t.exportCsv()}}
    >
      ${x(ae)} ${r("jobs.export")}
    </button>
    ${i&&t.selected.size?l`<button class="btn danger" @click=${()=>e.askDelete(t.selectedJobs)}>
          ${x(At)} ${r("jobs.delete_n",{n:t.selected.size})}
        </button>`:c}
    ${i?l`<button class="btn primary" @click=${()=>e.openAdd()} ?disabled=${!s.printers.length}>
          ${x(re)} ${r("jobs.add")}
        </button>`:c}
  </div>`}function ei(s,t,e){const i=s.filters,a=n=>d=>s.setFilter(n,Q(d)),o=n=>d=>s.setFilter(n,Q(d),!0);return l`<div class="filters card" id="filters">
    <label
      >${r("common.printer")}
      <select name="printer" @change=${a("printer")}>
        <option value="" ?selected=${!i.printer}>${r("common.all_printers")}</option>
        ${t.map(n=>l`<option value=${n.id} ?selected=${n.id===i.printer}>${n.name}</option>`)}
      </select>
    </label>
    <label
      >${r("column.status")}
      <select name="status" @change=${a("status")}>
        ${ne.map(n=>l`<option value=${n.value} ?selected=${n.value===i.status}>${n.label}</option>`)}
      </select>
    </label>
    <label>${r("jobs.from")} <input name="since" type="date" .value=${i.since} @change=${a("since")} /></label>
    <label>${r("jobs.to")} <input name="until" type="date" .value=${i.until} @change=${a("until")} /></label>
    <label
      >${r("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${i.filament} @input=${o("filament")} />
      <datalist id="filament-types">${s.filamentTypes.map(n=>l`<option value=${n}></option>`)}</datalist>
    </label>
    ${s.spoolChoices.spools.length?l`<label
          >${r("spools.filter")}
          <select name="spool" @change=${a("spool")}>
            <option value="" ?selected=${!i.spool}>${r("spools.any")}</option>
            <optgroup label=${r("spools.title")}>
              ${s.spoolChoices.spools.map(n=>l`<option value=${`id:${n.id}`} ?selected=${i.spool===`id:${n.id}`}>${n.label}</option>`)}
            </optgroup>
            <optgroup label=${r("spools.vendors")}>
              ${s.spoolChoices.vendors.map(n=>l`<option value=${`vendor:${n}`} ?selected=${i.spool===`vendor:${n}`}>${n}</option>`)}
            </optgroup>
          </select>
        </label>`:c}
    ${e?ii(s,e):c}
    <label
      >${r("jobs.tags_filter")}
      <input name="tags" .value=${i.tags} @input=${o("tags")} />
    </label>
    <button class="btn clear" @click=${()=>s.clearFilters()}>${r("jobs.clear_filters")}</button>
  </div>`}function ii(s,t){const e=oe(s.filters.duration),i=d=>{const p=Q(d);s.setFilter("duration",p==="custom"?$t(e.min,e.max):p)},a=l`<label
    >${r("filter.duration")}
    <select name="duration" @change=${i}>
      <option value="" ?selected=${e.choice===""}>${r("filter.duration_any")}</option>
      ${le.map(d=>l`<option value=${d.value} ?selected=${e.choice===d.value}>${de(d.value,t)}</option>`)}
      <option value="custom" ?selected=${e.choice==="custom"}>${r("filter.duration_custom")}</option>
    </select>
  </label>`;if(e.choice!=="custom")return a;const o=Math.floor(pe()/3600),n=d=>{const p=ce(d==="min"?e.min:e.max),h=r(d==="min"?"filter.duration_min":"filter.duration_max"),b=u=>{const f=u.target.closest(".duration-bound"),m=R=>f.querySelector(`input[name="${R}"]`).value,$=he(m(`${d}_hours`),m(`${d}_minutes`)),_=d==="min"?$:e.min,v=d==="max"?$:e.max;s.setFilter("duration",$t(_,v),!0)};return l`<div class="duration-bound" role="group" aria-label=${h}>
      <span class="bound-label">${h}</span>
      <span class="hm">
        <input
          name=${`${d}_hours`}
          type="number"
          inputmode="numeric"
          min="0"
          max=${o}
          step="1"
          .value=${p.hours}
          aria-label=${r("filter.duration_hours",{bound:h})}
          aria-invalid=${e.valid?"false":"true"}
          @change=${b}
        />
        <span aria-hidden="true">${r("filter.h")}</span>
        <input
          name=${`${d}_minutes`}
          type="number"
          inputmode="numeric"
          min="0"
          max="59"
          step="1"
          .value=${p.minutes}
          aria-label=${r("filter.duration_minutes",{bound:h})}
          aria-invalid=${e.valid?"false":"true"}
          @change=${b}
        />
        <span aria-hidden="true">${r("filter.min")}</span>
      </span>
    </div>`};return l`${a}
    <div class="duration-custom">
      ${n("min")} ${n("max")}
      ${e.valid?c:l`<p class="status-error" role="alert">${r("filter.duration_order")}</p>`}
    </div>`}const si=D`
  .duration-custom {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    grid-column: 1 / -1;
    font-size: 0.85em;
  }
  .duration-bound {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .duration-bound .hm {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .duration-bound input {
    width: 5.5em;
  }
  .duration-custom .status-error {
    flex-basis: 100%;
    margin: 0;
  }
`,ai=[25,50,100,200],ri=300,ni=1500,oi=["filename","printer","status"];class li{constructor(t,e,i){this.host=t,this.timeZone=e,this.listHeld=i,this.filters={...vt},this.sort=ue,this.order=me,this.limit=fe,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.exporting=!1,this.summaryLoading=!1,this.selected=new Set,this.maintenance=[],this.filamentTypes=[],this.spoolChoices={spools:[],vendors:[]},this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return ge(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const e=++this.listToken;this.loading=!0,this.error="",this.changed();try{const i=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null}),a=await this.pageMaintenance(t,i.jobs,i.next_cursor);if(e!==this.listToken)return;this.jobs=i.jobs,this.maintenance=a,this.total=i.total,this.nextCursor=i.next_cursor,this.loaded=!0}catch(i){e===this.listToken&&(this.error=j(i))}finally{e===this.listToken&&(this.loading=!1),this.changed()}}async pageMaintenance(t,e,i){if(!this.filters.printer||this.sort!=="start")return[];try{const{log:a}=await t.getMaintenance([this.filters.printer]),o=e.map(h=>Date.parse(h.start)),n=this.page===0||!o.length?1/0:Math.max(...o),d=i===null||!o.length?-1/0:Math.min(...o),p=a.filter(h=>{const b=Date.parse(h.done_at);return b<=n&&b>=d});return this.order==="desc"?p:p.reverse()}catch{return[]}}async loadSummary(){const t=this.host.api;if(!t)return;const e=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const i=await t.summary(be(this.params()));e===this.summaryToken&&(this.summary=i)}catch(i){e===this.summaryToken&&(this.error||=j(i))}finally{e===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadSpoolChoices(){const t=this.host.api;if(t)try{const[e,i]=await Promise.all([t.spoolBreakdown({},"spool"),t.spoolBreakdown({},"vendor")]);this.spoolChoices={spools:e.rows.filter(a=>a.key!==null).map(a=>({id:String(a.key),label:a.label})),vendors:i.rows.filter(a=>a.key!==null).map(a=>String(a.key))},this.changed()}catch{}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const e=await t.breakdown({},"filament_type");this.filamentTypes=e.rows.map(i=>i.label??(i.key===null?"":String(i.key))).filter(i=>i).sort((i,a)=>i.localeCompare(a)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const e=this.pendingList;this.pendingList=!1,e&&!this.listHeld()&&this.loadPage(),this.loadSummary()},ni)}setFilter(t,e,i=!1){this.filters={...this.filters,[t]:e},this.changed(),clearTimeout(this.searchTimer),i?this.searchTimer=setTimeout(()=>{this.reload()},ri):this.reload()}async exportCsv(){const t=this.host.api;if(!(!t||this.exporting)){this.exporting=!0,this.changed();try{const e=document.createElement("a");e.href=await t.exportUrl(this.params()),e.download="print_logger_jobs.csv",e.rel="noopener",document.body.append(e),e.click(),e.remove()}catch(e){this.error=j(e)}finally{this.exporting=!1,this.changed()}}}clearFilters(){this.filters={...vt},this.reload()}get activeFilters(){return $e(this.filters)}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=oi.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(e=>e.id===t.id)?(this.jobs=this.jobs.map(e=>e.id===t.id?{...e,...di(t)}:e),this.changed(),!0):!1}dropJob(t){this.jobs.some(e=>e.id===t)&&(this.jobs=this.jobs.filter(e=>e.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,e){this.jobs=this.jobs.filter(i=>!t.has(i.id)),this.total=Math.max(this.total-e,0),this.selected=new Set([...this.selected].filter(i=>!t.has(i))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,e){const i=new Set(this.selected);e?i.add(t):i.delete(t),this.selected=i,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(e=>e.id)):new Set,this.changed()}}function di(s){const{details:t,events:e,metadata:i,...a}=s;return a}const pi=D`
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
    /* Wrap at the name's <wbr> points ("_", "-", "."), inside a word only when one piece alone is
       wider than the cell. */
    overflow-wrap: break-word;
    word-break: normal;
    font: inherit;
  }
  .file:hover {
    text-decoration: underline;
  }
  th.thumb,
  td.thumb {
    width: 40px;
    padding-right: 0;
  }
  pl-photo-thumb {
    cursor: pointer;
  }
  ul.cards .head .file {
    flex: 1;
    min-width: 0;
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
`;const St=(s,t,e)=>{const i=new Map;for(let a=t;a<=e;a++)i.set(s[a],a);return i},zt=Tt(class extends Ct{constructor(s){if(super(s),s.type!==ve.CHILD)throw Error("repeat() can only be used in text expressions")}dt(s,t,e){let i;e===void 0?e=t:t!==void 0&&(i=t);const a=[],o=[];let n=0;for(const d of s)a[n]=i?i(d,n):n,o[n]=e(d,n),n++;return{values:o,keys:a}}render(s,t,e){return this.dt(s,t,e).values}update(s,[t,e,i]){const a=Ye(s),{values:o,keys:n}=this.dt(t,e,i);if(!Array.isArray(a))return this.ut=n,o;const d=this.ut??=[],p=[];let h,b,u=0,f=a.length-1,m=0,$=o.length-1;for(;u<=f&&m<=$;)if(a[u]===null)u++;else if(a[f]===null)f--;else if(d[u]===n[m])p[m]=F(a[u],o[m]),u++,m++;else if(d[f]===n[$])p[$]=F(a[f],o[$]),f--,$--;else if(d[u]===n[$])p[$]=F(a[u],o[$]),N(s,p[$+1],a[u]),u++,$--;else if(d[f]===n[m])p[m]=F(a[f],o[m]),N(s,a[u],a[f]),f--,m++;else if(h===void 0&&(h=St(n,m,$),b=St(d,u,f)),h.has(d[u]))if(h.has(d[f])){const _=b.get(n[m]),v=_!==void 0?a[_]:null;if(v===null){const R=N(s,a[u]);F(R,o[m]),p[m]=R}else p[m]=F(v,o[m]),N(s,a[u],v),a[_]=null;m++}else tt(a[f]),f--;else tt(a[u]),u++;for(;m<=$;){const _=N(s,p[$+1]);F(_,o[m]),p[m++]=_}for(;u<=f;){const _=a[u++];_!==null&&tt(_)}return this.ut=n,Ot(s,p),ye}}),ci=[["black",0,0,0],["dark_grey",64,64,64],["grey",128,128,128],["light_grey",192,192,192],["white",255,255,255],["red",220,30,30],["dark_red",139,0,0],["orange",255,140,0],["yellow",255,230,0],["gold",212,175,55],["olive",128,128,0],["lime",150,230,40],["green",30,160,50],["dark_green",0,90,30],["teal",0,128,128],["cyan",0,210,230],["sky_blue",110,180,240],["blue",20,80,220],["navy",10,20,100],["purple",120,40,160],["magenta",220,0,200],["pink",255,150,190],["brown",120,70,30],["beige",230,215,180]];function qt(s){let t=s.trim().replace(/^#/,"");if(/^[0-9a-f]{3}$/i.test(t)&&(t=[...t].map(i=>i+i).join("")),!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(t))return;const e=i=>parseInt(t.slice(i,i+2),16);return[e(0),e(2),e(4),t.length===8?e(6)/255:1]}function Ut(s,t,e){const i=u=>{const f=u/255;return f<=.04045?f/12.92:((f+.055)/1.055)**2.4},[a,o,n]=[i(s),i(t),i(e)],d=(.4124*a+.3576*o+.1805*n)/.95047,p=.2126*a+.7152*o+.0722*n,h=(.0193*a+.1192*o+.9505*n)/1.08883,b=u=>u>216/24389?Math.cbrt(u):24389/27*u/116+16/116;return[116*b(p)-16,500*(b(d)-b(p)),200*(b(p)-b(h))]}const hi=ci.map(([s,t,e,i])=>[s,Ut(t,e,i)]);function ui(s){const t=qt(s);if(!t)return;if(t[3]<.25)return"transparent";const[e,i,a]=Ut(t[0],t[1],t[2]);let o="",n=1/0;for(const[d,[p,h,b]]of hi){const u=(e-p)**2+(i-h)**2+(a-b)**2;u<n&&(n=u,o=d)}return o}function mi(s){const t=ui(s);return t?r(`colour.${t}`):s}function Di(s){if(!s)return;const t=qt(s);if(t)return t.slice(0,3).map(e=>e.toString(16).padStart(2,"0")).join("").toUpperCase()}function ot(s){return typeof s=="string"&&Dt.includes(s)}function Nt(s){return s?ot(s)?r(`failure.${s}`):s:""}const Et=[{key:"thumb",label:"column.picture",quiet:!0},{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_weight_g"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function fi(s){const{list:t,changes:e,admin:i}=s,a=Et.length+(i?2:0);return l`<div class="table-wrap">
    <table aria-label=${r("jobs.print_jobs")} aria-busy=${t.loading?"true":"false"} aria-rowcount=${t.total+1}>
      <thead>
        <tr>
          ${i?l`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${r("jobs.select_all")}
                  .checked=${t.allSelected}
                  @change=${o=>t.toggleAll(o.target.checked)}
                />
              </th>`:c}
          ${Et.map(o=>gi(t,o))}
          ${i?l`<th scope="col"><span class="sr-only">${r("jobs.actions")}</span></th>`:c}
        </tr>
      </thead>
      <tbody>
        ${zt(t.jobs,o=>o.id,(o,n)=>l`${It(s,n,a)}${bi(s,o)}
          ${e.editingId===o.id?l`<tr class="editor-row">
                <td colspan=${a}>${Gt(e,o)}</td>
              </tr>`:c}`)}
        ${It(s,t.jobs.length,a)}
        ${t.loaded&&!t.jobs.length?l`<tr>
              <td class="empty muted" colspan=${a}>${r("jobs.no_match")}</td>
            </tr>`:c}
      </tbody>
    </table>
  </div>`}function It(s,t,e){const{list:i,options:a}=s;if(!i.maintenance.length)return c;const o=h=>i.order==="desc"?-Date.parse(h):Date.parse(h),n=t>0?o(i.jobs[t-1].start):-1/0,d=t<i.jobs.length?o(i.jobs[t].start):1/0;return i.maintenance.filter(h=>{const b=o(h.done_at);return b>n&&b<=d}).map(h=>l`<tr class="maintenance-row" data-maintenance-id=${h.id}>
      <td colspan=${e}>
        ${x(Pt)}
        <span>${Y(h.done_at,a)}</span> · <strong>${h.name}</strong>
        ${h.notes?l` · <span>${h.notes}</span>`:c}
        ${h.cost!==null?l` · <span>${ke(h.cost,a)}</span>`:c}
        ${h.done_by?l` · <span class="muted">${h.done_by}</span>`:c}
      </td>
    </tr>`)}function gi(s,t){const e=t.sort&&t.sort===s.sort,i=e?s.order==="asc"?"ascending":"descending":void 0;return t.quiet?l`<th scope="col" class="thumb"><span class="sr-only">${r(t.label)}</span></th>`:l`<th scope="col" aria-sort=${i??c}>
    ${t.sort?l`<button class="sort" @click=${()=>s.sortBy(t.sort)}>
          ${r(t.label)}<span aria-hidden="true">${e?s.order==="asc"?"▲":"▼":""}</span>
        </button>`:r(t.label)}
  </th>`}function bi(s,t){const{list:e,changes:i,admin:a,options:o,printers:n}=s,d=je(t.filament_colour);return l`<tr data-job-id=${t.id} class=${e.selected.has(t.id)?"selected":""}>
    ${a?l`<td>
          <input
            type="checkbox"
            aria-label=${r("jobs.select",{file:T(t.filename)})}
            .checked=${e.selected.has(t.id)}
            @change=${p=>e.toggleSelected(t.id,p.target.checked)}
          />
        </td>`:c}
    <td class="thumb" data-col="thumb">${Ht(i,t)}</td>
    <td>${Zt(i,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${Lt(t,n)}</td>
    <td class="num" data-col="start" title=${Y(t.start,o)}>${Y(t.start,o,!1)}</td>
    <td class="num" data-col="print_duration">${W(t.print_duration)}</td>
    <td class="num" data-col="filament" title=${t.filament_used_mm>0?Se(t.filament_used_mm,o):""}>
      ${d?l`<span class="swatch" style=${`background:${d}`} title=${mi(d)}></span>`:c}
      <span class="grams">${Rt(t.filament_weight_g,o)}</span>
      <span class="muted">${t.filament_type??""}</span>
      ${Ee(t.spools,o)}
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${t.rating}
        .subject=${T(t.filename)}
        ?readonly=${!a}
        ?disabled=${i.savingId===t.id}
        @value-changed=${p=>i.save(t,{rating:p.detail.value})}
      ></pl-rating>
    </td>
    <td data-col="tags">${t.tags.map(p=>l`<span class="tag">${p}</span>`)}</td>
    <td class="notes" data-col="notes" title=${t.notes??""}>
      <span>${t.failure_reason?l`<strong class="status-error">${Nt(t.failure_reason)}</strong> `:c}${t.notes??""}</span>
    </td>
    ${a?l`<td class="actions">${Vt(i,t)}</td>`:c}
  </tr>`}function Ht(s,t){return l`<pl-photo-thumb .api=${s.host.api} .key=${Ft(t)} @click=${()=>s.showJob(t.id)}></pl-photo-thumb>`}function Zt(s,t){return l`<button class="file" data-col="filename" @click=${()=>s.showJob(t.id)} aria-haspopup="dialog">
    ${lt(t.filename)}
  </button>`}function Vt(s,t){return l`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${r("jobs.edit",{file:T(t.filename)})}
      aria-expanded=${s.editingId===t.id?"true":"false"}
      @click=${()=>s.toggleEditor(t)}
    >
      ${x(we)}
    </button>
    <button class="icon-btn" aria-label=${r("jobs.delete",{file:T(t.filename)})} @click=${()=>s.askDelete([t])}>
      ${x(At)}
    </button>`}function Gt(s,t){return l`<pl-job-editor
    .job=${t}
    .busy=${s.savingId===t.id}
    .error=${s.editError}
    @save=${e=>s.saveEditor(t,e.detail.changes)}
    @cancel=${()=>s.closeEditor(t.id)}
  ></pl-job-editor>`}function $i(s){const{list:t,changes:e,admin:i,options:a,printers:o}=s;return t.loaded&&!t.jobs.length?l`<div class="empty muted">${r("jobs.no_match")}</div>`:l`<ul class="cards" aria-label=${r("jobs.print_jobs")}>
    ${zt(t.jobs,n=>n.id,n=>l`<li class="card" data-job-id=${n.id}>
        <div class="head">${Ht(e,n)} ${Zt(e,n)} ${Lt(n,o)}</div>
        <div class="line">
          ${n.printer_name} · ${Y(n.start,a)} · ${W(n.print_duration)}${n.filament_weight_g!==null?l` · <span class="grams">${Rt(n.filament_weight_g,a)}</span>`:c}
        </div>
        ${n.tags.length?l`<div>${n.tags.map(d=>l`<span class="tag">${d}</span>`)}</div>`:c}
        ${n.notes?l`<div class="notes" data-col="notes">${n.notes}</div>`:c}
        <div class="row-actions">
          <pl-rating
            .value=${n.rating}
            .subject=${T(n.filename)}
            ?readonly=${!i}
            @value-changed=${d=>e.save(n,{rating:d.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${i?Vt(e,n):c}
        </div>
        ${e.editingId===n.id?Gt(e,n):c}
      </li>`)}
  </ul>`}function vi(s){const t=s.page*s.limit+(s.jobs.length?1:0),e=s.page*s.limit+s.jobs.length;return l`<nav class="pager" aria-label=${r("jobs.pages")}>
    <label
      >${r("jobs.rows_per_page")}
      <select @change=${i=>s.setLimit(Number(i.target.value))}>
        ${ai.map(i=>l`<option value=${i} ?selected=${i===s.limit}>${i}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${s.total}>${r("jobs.range",{first:t,last:e,total:s.total})}</span>
    <button class="icon-btn" aria-label=${r("jobs.previous_page")} ?disabled=${s.page===0||s.loading} @click=${()=>s.prevPage()}>
      ${x(_e)}
    </button>
    <button class="icon-btn" aria-label=${r("jobs.next_page")} ?disabled=${!s.nextCursor||s.loading} @click=${()=>s.nextPage()}>
      ${x(xe)}
    </button>
  </nav>`}function yi(s,t){const e={},i=t.notes?.trim()?t.notes:null;(s.notes||null)!==i&&(e.notes=i??""),(s.rating??null)!==t.rating&&(e.rating=t.rating);const a=t.tags;(a.length!==s.tags.length||a.some((n,d)=>n!==s.tags[d]))&&(e.tags=a);const o=t.failure_reason?.trim()?t.failure_reason.trim():null;return(s.failure_reason||null)!==o&&(e.failure_reason=o),(s.cost??null)!==t.cost&&(e.cost=t.cost),e}function _i(s,t,e=Bt(),i=new Date){const a={};s.printer_id||(a.printer_id=r("form.choose_printer"));const o=s.filename.trim();o||(a.filename=r("form.enter_filename")),Jt.includes(s.status)||(a.status=r("form.choose_status"));const n=Ie(s.start_date,s.start_time||"00:00",t);if(!n)a.start=r("form.enter_start");else if(e){const E=Date.parse(n);E>i.getTime()+e.job_time.future_tolerance*1e3?a.start=r("form.start_future"):E<Date.parse(e.job_time.earliest)&&(a.start=r("form.start_before",{date:e.job_time.earliest.slice(0,10)}))}const d=(E,V,G)=>{if(!E.trim())return;const U=Number(E);if(!Number.isFinite(U)||U<0){a[V]=r("form.positive",{field:G});return}return U},p=d(s.hours,"duration",r("form.hours"))??0,h=d(s.minutes,"duration",r("form.minutes"))??0,b=d(s.filament_g,"filament_g",r("form.filament_weight")),u=d(s.filament_m,"filament_m",r("form.filament_length")),f=d(s.cost,"cost",r("kpi.cost")),m=(E,V,G,U)=>{const bt=V===void 0||a[G]?"":Mt(E,V,U,e);bt&&(a[G]=bt)};m("print_duration",p*3600+h*60,"duration",r("form.print_time_s")),m("filament_weight_g",b,"filament_g",r("form.filament_weight")),m("filament_used_mm",u===void 0?void 0:u*1e3,"filament_m",r("form.filament_length_mm")),m("cost",f,"cost",r("kpi.cost"));const $=e?.tags.max_length;if($&&nt(s.tags).some(E=>E.length>$)&&(a.tags=r("form.tag_length",{count:$})),Object.keys(a).length||!n)return{errors:a};const _=Math.round(p*3600+h*60),v={printer_id:s.printer_id,filename:o,status:s.status,start:n,print_duration:_};_>0&&(v.end=new Date(Date.parse(n)+_*1e3).toISOString()),b!==void 0&&(v.filament_weight_g=b),u!==void 0&&(v.filament_used_mm=u*1e3),s.filament_type.trim()&&(v.filament_type=s.filament_type.trim()),f!==void 0&&(v.cost=f);const R=nt(s.tags);return R.length&&(v.tags=R),s.notes.trim()&&(v.notes=s.notes),s.failure_reason.trim()&&(v.failure_reason=s.failure_reason.trim()),s.rating&&(v.rating=s.rating),{job:v,errors:a}}const Kt=D`
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
`;function Yt(s){return l`<input
    name="cost"
    type="number"
    min="0"
    max=${Bt()?.numbers.cost?.max??c}
    step="0.01"
    inputmode="decimal"
    .value=${s.value}
    @input=${s.onInput}
    aria-invalid=${s.invalid===void 0?c:s.invalid?"true":"false"}
    aria-describedby=${s.describedBy??c}
  />`}function Wt(s,t,e,i){return l`<div class="actions">
    ${t?l`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>I(s,"cancel")}>${r("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${e}>${i}</button>
  </div>`}var xi=Object.defineProperty,X=(s,t,e,i)=>{for(var a=void 0,o=s.length-1,n;o>=0;o--)(n=s[o])&&(a=n(t,e,a)||a);return a&&xi(t,e,a),a};const pt=class pt extends B{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const i=this.value?r("rating.rated",{n:this.value}):r("rating.none");return l`<span role="img" aria-label=${i} title=${i}
        >${[1,2,3,4,5].map(a=>l`<span class=${a<=t?"":"empty"}>${x(a<=t?yt:_t)}</span>`)}</span
      >`}const e=this.subject?r("rating.of",{subject:this.subject}):r("rating.rating");return l`<span role="group" aria-label=${e}
      >${[1,2,3,4,5].map(i=>l`<button
            type="button"
            class=${i<=t?"":"empty"}
            aria-label=${r("rating.stars",{count:i})}
            aria-pressed=${i===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(i)}
          >
            ${x(i<=t?yt:_t)}
          </button>`)}</span
    >`}choose(t){const e=t===this.value?null:t;this.value=e,I(this,"value-changed",{value:e})}};pt.styles=[M,D`
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
    `];let P=pt;X([g({type:Number})],P.prototype,"value");X([g({type:Boolean})],P.prototype,"readonly");X([g({type:Boolean})],P.prototype,"disabled");X([g()],P.prototype,"subject");J("pl-rating",P);var wi=Object.defineProperty,L=(s,t,e,i)=>{for(var a=void 0,o=s.length-1,n;o>=0;o--)(n=s[o])&&(a=n(t,e,a)||a);return a&&wi(t,e,a),a};const ct=class ct extends B{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.reasonChoice="",this.cost=""}willUpdate(){if(this.job&&this.job.id!==this.loadedId){this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", ");const t=this.job.failure_reason??"";this.reasonChoice=t?ot(t)?t:"other":"",this.reason=ot(t)?"":t,this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost)}}render(){if(!this.job)return l``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return l`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >${r("column.notes")}
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${e=>this.notes=e.target.value}
        ></textarea>
      </label>
      <div class="field">
        <span id="rating-label">${r("rating.rating")}</span>
        <pl-rating
          .value=${this.rating}
          .subject=${T(this.job.filename)}
          @value-changed=${e=>this.rating=e.detail.value}
        ></pl-rating>
      </div>
      <label
        >${r("form.tags")}
        <input
          name="tags"
          .value=${this.tags}
          @input=${e=>this.tags=e.target.value}
        />
      </label>
      <label
        >${t?r("detail.failure_reason"):r("form.failure_reason_failed")}
        <select
          name="failure_reason_choice"
          .value=${this.reasonChoice}
          @change=${e=>this.reasonChoice=e.target.value}
        >
          <option value="" ?selected=${this.reasonChoice===""}>—</option>
          ${Dt.map(e=>l`<option value=${e} ?selected=${this.reasonChoice===e}>${Nt(e)}</option>`)}
        </select>
      </label>
      ${this.reasonChoice==="other"?l`<label
            >${r("failure.other_text")}
            <input
              name="failure_reason"
              .value=${this.reason}
              @input=${e=>this.reason=e.target.value}
            />
          </label>`:c}
      <label
        >${r("kpi.cost")}
        ${Yt({value:this.cost,onInput:e=>this.cost=e.target.value})}
      </label>
      ${Wt(this,this.error,this.busy,r("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),I(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const e=this.cost.trim(),i=e===""?null:Number(e);if(i!==null&&(!Number.isFinite(i)||i<0)){this.error=r("form.positive",{field:r("kpi.cost")});return}const a=i===null?"":Mt("cost",i,r("kpi.cost"));if(a){this.error=a;return}const o=yi(this.job,{notes:this.notes,rating:this.rating,tags:nt(this.tags),failure_reason:this.reasonChoice==="other"?this.reason.trim()||"other":this.reasonChoice,cost:i});I(this,"save",{changes:o})}};ct.styles=[M,Kt,D`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let k=ct;L([g({attribute:!1})],k.prototype,"job");L([g({type:Boolean})],k.prototype,"busy");L([g()],k.prototype,"error");L([y()],k.prototype,"notes");L([y()],k.prototype,"rating");L([y()],k.prototype,"tags");L([y()],k.prototype,"reason");L([y()],k.prototype,"reasonChoice");L([y()],k.prototype,"cost");J("pl-job-editor",k);var ki=Object.defineProperty,z=(s,t,e,i)=>{for(var a=void 0,o=s.length-1,n;o>=0;o--)(n=s[o])&&(a=n(t,e,a)||a);return a&&ki(t,e,a),a};const ht=class ht extends B{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:xt(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const e={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},i={};for(const[a,o]of Object.entries(t)){const n=e[a]??a;i[n]??=`${a}: ${o}`}this.errors=i}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return e=>{this.values={...this.values,[t]:e.target.value}}}field(t){return this.errors[t]?l`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,e=i=>this.errors[i]?`err-${i}`:"";return l`<form @submit=${this.onSubmit} novalidate>
      <label
        >${r("common.printer")}
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${e("printer_id")}>
          ${this.printers.map(i=>l`<option value=${i.id} ?selected=${i.id===t.printer_id}>${i.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >${r("column.status")}
        <select name="status" @change=${this.set("status")}>
          ${Jt.map(i=>l`<option value=${i} ?selected=${i===t.status}>${Te(i)}</option>`)}
        </select>
        ${this.field("status")}
      </label>
      <label class="wide"
        >${r("form.filename")}
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
        >${r("form.start")}
        <span class="pair">
          <input
            name="start_date"
            type="date"
            aria-label=${r("form.start_date")}
            max=${xt(new Date,this.timeZone)}
            .value=${t.start_date}
            @input=${this.set("start_date")}
            aria-invalid=${this.errors.start?"true":"false"}
            aria-describedby=${e("start")}
          />
          <input name="start_time" type="time" aria-label=${r("form.start_time")} .value=${t.start_time} @input=${this.set("start_time")} />
        </span>
        ${this.field("start")}
      </label>
      <label
        >${r("kpi.print_time")}
        <span class="pair">
          <input name="hours" type="number" min="0" placeholder=${r("form.hours_symbol")} aria-label=${r("form.hours")} .value=${t.hours} @input=${this.set("hours")} />
          <input
            name="minutes"
            type="number"
            min="0"
            max="59"
            placeholder=${r("form.minutes_symbol")}
            aria-label=${r("form.minutes")}
            .value=${t.minutes}
            @input=${this.set("minutes")}
          />
        </span>
        ${this.field("duration")}
      </label>
      <label
        >${r("form.filament_g")}
        <input name="filament_g" type="number" min="0" step="0.1" .value=${t.filament_g} @input=${this.set("filament_g")} />
        ${this.field("filament_g")}
      </label>
      <label
        >${r("form.filament_m")}
        <input name="filament_m" type="number" min="0" step="0.01" .value=${t.filament_m} @input=${this.set("filament_m")} />
        ${this.field("filament_m")}
      </label>
      <label
        >${r("jobs.filament_type")}
        <input name="filament_type" placeholder="PLA" .value=${t.filament_type} @input=${this.set("filament_type")} />
      </label>
      <label
        >${r("kpi.cost")}
        ${Yt({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:e("cost")})}
        ${this.field("cost")}
      </label>
      <label
        >${r("form.tags")}
        <input name="tags" .value=${t.tags} @input=${this.set("tags")} aria-describedby=${e("tags")} />
        ${this.field("tags")}
      </label>
      <label
        >${r("detail.failure_reason")}
        <input name="failure_reason" .value=${t.failure_reason} @input=${this.set("failure_reason")} />
      </label>
      <div>
        <span style="font-size:0.9em">${r("rating.rating")}</span><br />
        <pl-rating
          .value=${t.rating}
          @value-changed=${i=>this.values={...this.values,rating:i.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >${r("column.notes")}
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      ${Wt(this,this.error,this.busy,r("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:e,errors:i}=_i(this.values,this.timeZone);this.errors=i,e?I(this,"create",{job:e}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};ht.styles=[M,Kt,D`
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
    `];let C=ht;z([g({attribute:!1})],C.prototype,"printers");z([g()],C.prototype,"timeZone");z([g({type:Boolean})],C.prototype,"busy");z([g()],C.prototype,"error");z([y()],C.prototype,"values");z([y()],C.prototype,"errors");J("pl-job-form",C);var ji=Object.defineProperty,dt=(s,t,e,i)=>{for(var a=void 0,o=s.length-1,n;o>=0;o--)(n=s[o])&&(a=n(t,e,a)||a);return a&&ji(t,e,a),a};const ut=class ut extends B{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?l`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(e=>r(e)).map(e=>l`<li class="card loading"><span class="label">${e}</span><span class="value">…</span></li>`)}
      </ul>`:l`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${Ce(this.summary,t).map(e=>l`<li class="card" data-kpi=${e.id}>
          <span class="label">${e.label}</span>
          <span class="value">${e.value}</span>
          ${e.sub?l`<span class="sub">${e.sub}</span>`:""}
        </li>`)}
    </ul>`}};ut.styles=[M,D`
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
      /* A phone: the five figures in two rows of three, compact (the first job stays in view). */
      @media (max-width: 600px) {
        ul {
          grid-template-columns: repeat(3, minmax(0, 1fr));
          gap: 6px;
        }
        li {
          padding: 6px 8px;
          min-height: 0;
        }
        .label {
          font-size: 0.75em;
          white-space: nowrap;
          overflow: hidden;
          text-overflow: ellipsis;
        }
        .value {
          font-size: 1.1em;
          white-space: nowrap;
        }
        .sub {
          display: none;
        }
      }
    `];let O=ut;dt([g({attribute:!1})],O.prototype,"summary");dt([g({attribute:!1})],O.prototype,"options");dt([g({type:Boolean})],O.prototype,"loading");J("pl-kpis",O);var Si=Object.defineProperty,q=(s,t,e,i)=>{for(var a=void 0,o=s.length-1,n;o>=0;o--)(n=s[o])&&(a=n(t,e,a)||a);return a&&Si(t,e,a),a};let et;function Qt(){return et??=H(()=>import("./chunks/pl-job-detail-Cg7aTLxV.js"),[],import.meta.url).catch(s=>{et=void 0,console.warn("print_logger: the job detail did not load:",s)}),et}const it=20,mt=class mt extends B{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.choicesLoaded=!1,this.shown=!1,this.list=new li(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new Xe(this,this.list)}willUpdate(t){if(t.has("api")&&this.api){const e=this.api;this.choicesLoaded=!1,this.list.reload().then(()=>De(e))}this.showFilters&&this.loadChoices(),this.changes.detailId&&Qt()}loadChoices(){this.choicesLoaded||!this.api||(this.choicesLoaded=!0,this.list.loadFilamentTypes(),this.list.loadSpoolChoices())}updated(){!this.shown&&this.list.loaded&&!this.list.summaryLoading&&(this.shown=!0,I(this,"jobs-rendered"))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const e=this.list.applyJob(t.job);customElements.get("pl-job-detail")&&this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(e||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:e}=this,i=this.options?{list:t,changes:e,admin:this.admin,options:this.options,printers:this.printers}:void 0;return l`
      <section aria-label=${r("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${ti({list:t,changes:e,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?ei(t,this.printers,this.options):c}
      ${t.error?l`<div class="error-banner" role="alert">
            <span>${r("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${x(Le)} ${r("common.retry")}</button>
          </div>`:c}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?l`<div class="loading-bar" role="progressbar" aria-label=${r("jobs.loading")}></div>`:c}
        ${i?this.narrow?$i(i):fi(i):c} ${vi(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${e.message?"message":"sr-only"}>${e.message}</div>
    `}renderDialogs(){const t=this.changes,e=t.confirmJobs.length;return l`
      <pl-dialog .heading=${r("jobs.delete_heading",{count:e})} .open=${e>0} @closed=${()=>t.cancelDelete()}>
        <p>${r("jobs.delete_text",{count:e})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,it).map(i=>l`<li>${lt(i.filename)} <span class="muted">(${i.printer_name})</span></li>`)}
          ${e>it?l`<li class="muted">${r("jobs.and_more",{n:e-it})}</li>`:c}
        </ul>
        ${t.deleteError?l`<p class="status-error" role="alert">${t.deleteError}</p>`:c}
        <button slot="actions" class="btn" @click=${()=>t.cancelDelete()}>${r("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${t.deleting} @click=${()=>t.confirmDelete()}>
          ${r("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${r("jobs.details")} wide .open=${!!t.detailId} @closed=${()=>t.closeJob()}>
        ${t.detailId?l`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${t.detailId}
              .admin=${this.admin}
              @job-updated=${i=>this.list.applyJob(i.detail.job)}
              @delete-jobs=${i=>t.askDelete(i.detail.jobs)}
            ></pl-job-detail>`:c}
      </pl-dialog>
      <pl-dialog heading=${r("jobs.add_heading")} .open=${t.adding} @closed=${()=>t.closeAdd()}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.options?.timeZone}
          .busy=${t.addBusy}
          .error=${t.addError}
          @create=${i=>t.create(i.detail.job)}
          @cancel=${()=>t.closeAdd()}
        ></pl-job-form>
      </pl-dialog>
    `}};mt.styles=[M,pi,Ae,si];let A=mt;q([g({attribute:!1})],A.prototype,"api");q([g({attribute:!1})],A.prototype,"options");q([g({attribute:!1})],A.prototype,"printers");q([g({type:Boolean})],A.prototype,"admin");q([g({type:Boolean,reflect:!0})],A.prototype,"narrow");q([y()],A.prototype,"showFilters");J("pl-jobs-view",A);var Ei=Object.defineProperty,Xt=(s,t,e,i)=>{for(var a=void 0,o=s.length-1,n;o>=0;o--)(n=s[o])&&(a=n(t,e,a)||a);return a&&Ei(t,e,a),a};const ft=class ft extends B{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?l`<ul aria-label=${r("common.printers")}>
      ${this.printers.map(t=>{const e=t.current_job,i=t.online&&!!e&&(t.print_state==="printing"||t.print_state==="paused"),a=Fe(t),o=Pe(t);return l`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${i?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${a}</span>
          </div>
          ${e?l`<div class="job">
                <pl-photo-thumb .api=${this.api} .key=${Ft(e)} @click=${()=>I(this,"show-job",{jobId:e.id})}></pl-photo-thumb>
                <div class="text">
                  <button class="file" title=${T(e.filename)} @click=${()=>I(this,"show-job",{jobId:e.id})}>
                    ${lt(e.filename)}
                  </button>
                  ${Je(e)}
                  <div class="meta">
                    <span>${Be(e)} %</span>
                    <span>${r("live.elapsed",{time:W(e.print_duration)})}</span>
                    <span>${o!==null?r("live.left",{time:W(o)}):""}</span>
                  </div>
                </div>
              </div>`:l`<span class="muted">${r("live.no_job")}</span>`}
        </li>`})}
    </ul>`:l``}};ft.styles=[M,Re,D`
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
      .job {
        display: flex;
        gap: 10px;
        align-items: center;
        min-width: 0;
      }
      .job .text {
        flex: 1;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      pl-photo-thumb {
        --pl-thumb-width: 48px;
        --pl-thumb-height: 48px;
        cursor: pointer;
      }
      .meta {
        display: flex;
        justify-content: space-between;
        font-size: 0.8em;
        color: var(--pl-muted);
        gap: 8px;
      }
    `];let Z=ft;Xt([g({attribute:!1})],Z.prototype,"printers");Xt([g({attribute:!1})],Z.prototype,"api");J("pl-live-strip",Z);var Ii=Object.defineProperty,S=(s,t,e,i)=>{for(var a=void 0,o=s.length-1,n;o>=0;o--)(n=s[o])&&(a=n(t,e,a)||a);return a&&Ii(t,e,a),a};const K=["jobs","files","analytics","maintenance"],te={files:()=>H(()=>import("./chunks/pl-files-view-BcEx7gpQ.js"),[],import.meta.url),analytics:()=>H(()=>import("./chunks/pl-analytics-view-BeJBcYPd.js"),[],import.meta.url),maintenance:()=>H(()=>import("./chunks/pl-maintenance-view-DMrKKGxS.js"),[],import.meta.url),reprint:()=>H(()=>import("./chunks/pl-reprint-dialog-Bd-ZtR3w.js"),[],import.meta.url)},st=new Map;function at(s){let t=st.get(s);return t||(t=te[s]().catch(e=>{throw st.delete(s),e}),st.set(s,t)),t}function rt(s){return s&&customElements.get(s.localName)?s:void 0}const Ti="Print Log",gt=class gt extends B{constructor(){super(...arguments),this.narrow=!1,this.pendingJob="",this.view="jobs",this.printers=[],this.printersError="",this.reprint={filename:"",printerId:""},this.live=new Me}set route(t){this.routeValue=t,this.jobFromUrl()}get route(){return this.routeValue}willUpdate(t){if(t.has("hass")&&this.hass){const e=this.hass.connection;e!==this.connection&&(this.connection=e,this.api=new Oe(this.hass),this.resubscribe(),this.loadPrinters());const i=t.get("hass");if(!this.options||!i||i.locale!==this.hass.locale||i.config!==this.hass.config){const a=wt(this.hass);a.language===this.language?this.options=a:a.language===ze()?(this.options=a,this.language=a.language):this.switchLanguage(a)}}}async switchLanguage(t){const e=await qe(t.language,t.numberLocale);this.hass&&wt(this.hass).language!==t.language||(this.options={...t,language:e},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe(),this.jobFromUrl()}jobFromUrl(){const t=new URLSearchParams(window.location.search),e=t.get("job");if(!e)return;t.delete("job");const i=t.toString();window.history.replaceState(window.history.state,"",window.location.pathname+(i?`?${i}`:"")),this.pendingJob=e,this.select("jobs"),this.requestUpdate()}updated(){const t=this.pendingJob?this.renderRoot.querySelector("pl-jobs-view"):null;t&&(t.showJob(this.pendingJob),this.pendingJob="")}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,e=>this.onLiveEvent(e),e=>console.warn("print_logger: live updates unavailable:",j(e)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=j(t)}}onLiveEvent(t){this.printers=Ue(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),rt(this.renderRoot.querySelector("pl-analytics-view"))?.handleLiveEvent(t),t.type!=="printer"&&(t.type!=="job_changed"||t.job.status!=="in_progress")&&rt(this.renderRoot.querySelector("pl-files-view"))?.refresh()}select(t){return this.view=t,t==="jobs"?Promise.resolve():at(t).catch(e=>console.warn("print_logger:",j(e)))}prefetch(){const t=()=>{for(const e of Object.keys(te))(e!=="reprint"||this.hass?.user?.is_admin)&&at(e).catch(()=>{});Qt()};"requestIdleCallback"in window?window.requestIdleCallback(t,{timeout:2e3}):setTimeout(t,200)}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const e=K.indexOf(this.view),i=t.key==="ArrowLeft"?K.length-1:1,a=K[(e+i)%K.length]??"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"maintenance":a),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return c;const t=!!this.hass.user?.is_admin,e=(i,a,o)=>l`<button
        role="tab"
        id=${`tab-${i}`}
        aria-selected=${this.view===i?"true":"false"}
        aria-controls=${`view-${i}`}
        aria-label=${a}
        tabindex=${this.view===i?0:-1}
        @click=${()=>{this.select(i)}}
      >
        ${x(o)}<span class="label">${a}</span>
      </button>`;return l`
      <header>
        ${this.narrow?l`<button class="icon-btn" aria-label=${r("panel.open_sidebar")} @click=${()=>I(this,"hass-toggle-menu")}>
              ${x(Ne)}
            </button>`:c}
        <h1>${this.panel?.title&&this.panel.title!==Ti?this.panel.title:r("panel.title")}</h1>
        <div role="tablist" aria-label=${r("panel.views")} @keydown=${this.onTabKey}>
          ${e("jobs",r("panel.jobs"),He)} ${e("files",r("panel.files"),Ze)}
          ${e("analytics",r("panel.analytics"),Ve)}
          ${e("maintenance",r("panel.maintenance"),Pt)}
        </div>
      </header>
      ${We(this.language,l`<main
        @print-again=${i=>{at("reprint").catch(a=>console.warn("print_logger:",j(a))),this.reprint={filename:i.detail.filename,printerId:i.detail.printerId}}}
        @show-file=${i=>{this.select("files").then(()=>rt(this.renderRoot.querySelector("pl-files-view"))?.showFile(i.detail.fileId))}}
        @jobs-rendered=${()=>this.prefetch()}
        @show-job=${i=>{this.select("jobs"),this.renderRoot.querySelector("pl-jobs-view")?.showJob(i.detail.jobId)}}
      >
        ${this.printersError?l`<div class="error-banner" role="alert">
              <span>${r("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${r("common.retry")}</button>
            </div>`:c}
        <pl-live-strip .api=${this.api} .printers=${this.printers}></pl-live-strip>
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
        ${t?l`<pl-reprint-dialog
              .api=${this.api}
              .printers=${this.printers}
              .filename=${this.reprint.filename}
              .printerId=${this.reprint.printerId}
              @reprint-closed=${()=>this.reprint={filename:"",printerId:""}}
            ></pl-reprint-dialog>`:c}
      </main>`)}
    `}};gt.styles=[M,D`
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
    `];let w=gt;S([g({attribute:!1})],w.prototype,"hass");S([g({type:Boolean,reflect:!0})],w.prototype,"narrow");S([g({attribute:!1})],w.prototype,"panel");S([y()],w.prototype,"view");S([y()],w.prototype,"printers");S([y()],w.prototype,"printersError");S([y()],w.prototype,"api");S([y()],w.prototype,"options");S([y()],w.prototype,"reprint");S([y()],w.prototype,"language");J("print-logger-panel",w);export{Kt as a,Yt as b,mi as c,Wt as d,Nt as f,Di as h};
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
