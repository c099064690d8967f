import{f as I,d as P,_ as Z}from"./chunks/shared-DUOmt4lY.js";import{j as te,e as Ct,i as At,A as d,l as r,s as T,a as j,b as ee,c as y,m as ie,d as se,f as Dt,g as l,h as ae,S as re,E as yt,F as ne,k as oe,n as le,o as de,p as pe,q as L,t as ce,r as he,u as Lt,v as Rt,w as K,x as W,y as Ft,z as ue,B as me,C as Pt,D as dt,G as fe,H as Jt,I as ge,J as be,K as $e,L as Bt,M as ve,N as nt,O as J,P as B,Q as _t,R as wt,T as f,U as $,V as xt,W as ye,X as _e,Y as we,Z as xe,_ as ke,$ as je,a0 as Ee,a1 as Se,a2 as Ie,a3 as Te,a4 as Ce,a5 as kt,a6 as Ae,a7 as De,a8 as Le,a9 as Re,aa as Fe,ab as Pe,ac as Je}from"./chunks/shared-CW8-eAzL.js";const{I:Be}=te,jt=i=>i,Et=()=>document.createComment(""),N=(i,t,e)=>{const s=i._$AA.parentNode,a=t===void 0?i._$AB:t._$AA;if(e===void 0){const n=s.insertBefore(Et(),a),o=s.insertBefore(Et(),a);e=new Be(n,o,i,i.options)}else{const n=e._$AB.nextSibling,o=e._$AM,p=o!==i;if(p){let c;e._$AQ?.(i),e._$AM=i,e._$AP!==void 0&&(c=i._$AU)!==o._$AU&&e._$AP(c)}if(n!==a||p){let c=e._$AA;for(;c!==n;){const h=jt(c).nextSibling;jt(s).insertBefore(c,a),c=h}}}return e},R=(i,t,e=i)=>(i._$AI(t,e),i),Oe={},Ot=(i,t=Oe)=>i._$AH=t,qe=i=>i._$AH,X=i=>{i._$AR(),i._$AA.remove()};const ze=Ct(class extends At{constructor(){super(...arguments),this.key=d}render(i,t){return this.key=i,t}update(i,[t,e]){return t!==this.key&&(Ot(i),this.key=t),e}});let pt,tt;function qt(){return pt}function Me(i){return tt??=i.limits().then(t=>pt=t).catch(()=>{tt=void 0}),tt}function zt(i,t,e,s=pt){const a=s?.numbers[i];return a?t<a.min||t>a.max?r("form.range",{field:e,min:String(a.min),max:String(a.max)}):"":t<0?r("form.positive",{field:e}):""}const Ue=4e3;class Ne{constructor(t,e){this.host=t,this.list=e,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},Ue),this.changed()}async save(t,e){const s=this.host.api;if(!s)return!1;if(!Object.keys(e).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const a=await s.updateJob(t.id,e);return this.list.applyJob(a),this.notify(r("jobs.saved",{file:T(t.filename)})),!0}catch(a){return this.editError=j(a),this.notify(r("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,e){await this.save(t,e)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const e=this.confirmJobs.map(s=>s.id);this.deleting=!0,this.deleteError="",this.changed();try{const s=await t.deleteJobs(e),a=new Set(e);a.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(a,s),this.notify(r("jobs.deleted",{count:s}))}catch(s){this.deleteError=j(s)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const e=this.host.api;if(e){this.addBusy=!0,this.addError="",this.changed();try{const s=await e.createJob(t);this.adding=!1,this.notify(r("jobs.added",{file:T(s.filename)})),await this.list.reload()}catch(s){this.addError=j(s),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(ee(s))}finally{this.addBusy=!1,this.changed()}}}}const ot=i=>i.target.value;function Ze(i){const{list:t,changes:e,admin:s}=i,a=t.activeFilters;return l`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${r("jobs.search")}
      aria-label=${r("jobs.search")}
      .value=${t.filters.q}
      @input=${n=>t.setFilter("q",ot(n),!0)}
    />
    <button class="btn" aria-expanded=${i.showFilters?"true":"false"} aria-controls="filters" @click=${i.toggleFilters}>
      ${y(ie)} ${a?r("jobs.filters_n",{n:a}):r("jobs.filters")}
    </button>
    <span class="spacer"></span>
    <button
      class="btn"
      title=${r("jobs.export_hint")}
      ?disabled=${t.exporting}
      @click=${()=>{t.exportCsv()}}
    >
      ${y(se)} ${r("jobs.export")}
    </button>
    ${s&&t.selected.size?l`<button class="btn danger" @click=${()=>e.askDelete(t.selectedJobs)}>
          ${y(Dt)} ${r("jobs.delete_n",{n:t.selected.size})}
        </button>`:d}
    ${s?l`<button class="btn primary" @click=${()=>e.openAdd()} ?disabled=${!i.printers.length}>
          ${y(ae)} ${r("jobs.add")}
        </button>`:d}
  </div>`}function He(i,t){const e=i.filters,s=n=>o=>i.setFilter(n,ot(o)),a=n=>o=>i.setFilter(n,ot(o),!0);return l`<div class="filters card" id="filters">
    <label
      >${r("common.printer")}
      <select name="printer" @change=${s("printer")}>
        <option value="" ?selected=${!e.printer}>${r("common.all_printers")}</option>
        ${t.map(n=>l`<option value=${n.id} ?selected=${n.id===e.printer}>${n.name}</option>`)}
      </select>
    </label>
    <label
      >${r("column.status")}
      <select name="status" @change=${s("status")}>
        ${re.map(n=>l`<option value=${n.value} ?selected=${n.value===e.status}>${n.label}</option>`)}
      </select>
    </label>
    <label>${r("jobs.from")} <input name="since" type="date" .value=${e.since} @change=${s("since")} /></label>
    <label>${r("jobs.to")} <input name="until" type="date" .value=${e.until} @change=${s("until")} /></label>
    <label
      >${r("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${e.filament} @input=${a("filament")} />
      <datalist id="filament-types">${i.filamentTypes.map(n=>l`<option value=${n}></option>`)}</datalist>
    </label>
    ${i.spoolChoices.spools.length?l`<label
          >${r("spools.filter")}
          <select name="spool" @change=${s("spool")}>
            <option value="" ?selected=${!e.spool}>${r("spools.any")}</option>
            <optgroup label=${r("spools.title")}>
              ${i.spoolChoices.spools.map(n=>l`<option value=${`id:${n.id}`} ?selected=${e.spool===`id:${n.id}`}>${n.label}</option>`)}
            </optgroup>
            <optgroup label=${r("spools.vendors")}>
              ${i.spoolChoices.vendors.map(n=>l`<option value=${`vendor:${n}`} ?selected=${e.spool===`vendor:${n}`}>${n}</option>`)}
            </optgroup>
          </select>
        </label>`:d}
    <label
      >${r("jobs.tags_filter")}
      <input name="tags" .value=${e.tags} @input=${a("tags")} />
    </label>
    <button class="btn clear" @click=${()=>i.clearFilters()}>${r("jobs.clear_filters")}</button>
  </div>`}const Ve=[25,50,100,200],Ge=300,Ye=1500,Ke=["filename","printer","status"];class We{constructor(t,e,s){this.host=t,this.timeZone=e,this.listHeld=s,this.filters={...yt},this.sort=ne,this.order=oe,this.limit=le,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.exporting=!1,this.summaryLoading=!1,this.selected=new Set,this.maintenance=[],this.filamentTypes=[],this.spoolChoices={spools:[],vendors:[]},this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return de(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const e=++this.listToken;this.loading=!0,this.error="",this.changed();try{const s=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null}),a=await this.pageMaintenance(t,s.jobs,s.next_cursor);if(e!==this.listToken)return;this.jobs=s.jobs,this.maintenance=a,this.total=s.total,this.nextCursor=s.next_cursor,this.loaded=!0}catch(s){e===this.listToken&&(this.error=j(s))}finally{e===this.listToken&&(this.loading=!1),this.changed()}}async pageMaintenance(t,e,s){if(!this.filters.printer||this.sort!=="start")return[];try{const{log:a}=await t.getMaintenance([this.filters.printer]),n=e.map(h=>Date.parse(h.start)),o=this.page===0||!n.length?1/0:Math.max(...n),p=s===null||!n.length?-1/0:Math.min(...n),c=a.filter(h=>{const x=Date.parse(h.done_at);return x<=o&&x>=p});return this.order==="desc"?c:c.reverse()}catch{return[]}}async loadSummary(){const t=this.host.api;if(!t)return;const e=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const s=await t.summary(pe(this.params()));e===this.summaryToken&&(this.summary=s)}catch(s){e===this.summaryToken&&(this.error||=j(s))}finally{e===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadSpoolChoices(){const t=this.host.api;if(t)try{const[e,s]=await Promise.all([t.spoolBreakdown({},"spool"),t.spoolBreakdown({},"vendor")]);this.spoolChoices={spools:e.rows.filter(a=>a.key!==null).map(a=>({id:String(a.key),label:a.label})),vendors:s.rows.filter(a=>a.key!==null).map(a=>String(a.key))},this.changed()}catch{}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const e=await t.breakdown({},"filament_type");this.filamentTypes=e.rows.map(s=>s.label??(s.key===null?"":String(s.key))).filter(s=>s).sort((s,a)=>s.localeCompare(a)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const e=this.pendingList;this.pendingList=!1,e&&!this.listHeld()&&this.loadPage(),this.loadSummary()},Ye)}setFilter(t,e,s=!1){this.filters={...this.filters,[t]:e},this.changed(),clearTimeout(this.searchTimer),s?this.searchTimer=setTimeout(()=>{this.reload()},Ge):this.reload()}async exportCsv(){const t=this.host.api;if(!(!t||this.exporting)){this.exporting=!0,this.changed();try{const e=document.createElement("a");e.href=await t.exportUrl(this.params()),e.download="print_logger_jobs.csv",e.rel="noopener",document.body.append(e),e.click(),e.remove()}catch(e){this.error=j(e)}finally{this.exporting=!1,this.changed()}}}clearFilters(){this.filters={...yt},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,e])=>t!=="q"&&e).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=Ke.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(e=>e.id===t.id)?(this.jobs=this.jobs.map(e=>e.id===t.id?{...e,...Qe(t)}:e),this.changed(),!0):!1}dropJob(t){this.jobs.some(e=>e.id===t)&&(this.jobs=this.jobs.filter(e=>e.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,e){this.jobs=this.jobs.filter(s=>!t.has(s.id)),this.total=Math.max(this.total-e,0),this.selected=new Set([...this.selected].filter(s=>!t.has(s))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,e){const s=new Set(this.selected);e?s.add(t):s.delete(t),this.selected=s,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(e=>e.id)):new Set,this.changed()}}function Qe(i){const{details:t,events:e,metadata:s,...a}=i;return a}const Xe=L`
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
`;const St=(i,t,e)=>{const s=new Map;for(let a=t;a<=e;a++)s.set(i[a],a);return s},Mt=Ct(class extends At{constructor(i){if(super(i),i.type!==ce.CHILD)throw Error("repeat() can only be used in text expressions")}dt(i,t,e){let s;e===void 0?e=t:t!==void 0&&(s=t);const a=[],n=[];let o=0;for(const p of i)a[o]=s?s(p,o):o,n[o]=e(p,o),o++;return{values:n,keys:a}}render(i,t,e){return this.dt(i,t,e).values}update(i,[t,e,s]){const a=qe(i),{values:n,keys:o}=this.dt(t,e,s);if(!Array.isArray(a))return this.ut=o,n;const p=this.ut??=[],c=[];let h,x,u=0,g=a.length-1,m=0,b=n.length-1;for(;u<=g&&m<=b;)if(a[u]===null)u++;else if(a[g]===null)g--;else if(p[u]===o[m])c[m]=R(a[u],n[m]),u++,m++;else if(p[g]===o[b])c[b]=R(a[g],n[b]),g--,b--;else if(p[u]===o[b])c[b]=R(a[u],n[b]),N(i,c[b+1],a[u]),u++,b--;else if(p[g]===o[m])c[m]=R(a[g],n[m]),N(i,a[u],a[g]),g--,m++;else if(h===void 0&&(h=St(o,m,b),x=St(p,u,g)),h.has(p[u]))if(h.has(p[g])){const _=x.get(o[m]),v=_!==void 0?a[_]:null;if(v===null){const M=N(i,a[u]);R(M,n[m]),c[m]=M}else c[m]=R(v,n[m]),N(i,a[u],v),a[_]=null;m++}else X(a[g]),g--;else X(a[u]),u++;for(;m<=b;){const _=N(i,c[b+1]);R(_,n[m]),c[m++]=_}for(;u<=g;){const _=a[u++];_!==null&&X(_)}return this.ut=o,Ot(i,c),he}});function lt(i){return typeof i=="string"&&Lt.includes(i)}function Ut(i){return i?lt(i)?r(`failure.${i}`):i:""}const It=[{key:"thumb",label:"column.picture",quiet:!0},{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_used_mm"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function ti(i){const{list:t,changes:e,admin:s}=i,a=It.length+(s?2:0);return l`<div class="table-wrap">
    <table aria-label=${r("jobs.print_jobs")} aria-busy=${t.loading?"true":"false"} aria-rowcount=${t.total+1}>
      <thead>
        <tr>
          ${s?l`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${r("jobs.select_all")}
                  .checked=${t.allSelected}
                  @change=${n=>t.toggleAll(n.target.checked)}
                />
              </th>`:d}
          ${It.map(n=>ei(t,n))}
          ${s?l`<th scope="col"><span class="sr-only">${r("jobs.actions")}</span></th>`:d}
        </tr>
      </thead>
      <tbody>
        ${Mt(t.jobs,n=>n.id,(n,o)=>l`${Tt(i,o,a)}${ii(i,n)}
          ${e.editingId===n.id?l`<tr class="editor-row">
                <td colspan=${a}>${Vt(e,n)}</td>
              </tr>`:d}`)}
        ${Tt(i,t.jobs.length,a)}
        ${t.loaded&&!t.jobs.length?l`<tr>
              <td class="empty muted" colspan=${a}>${r("jobs.no_match")}</td>
            </tr>`:d}
      </tbody>
    </table>
  </div>`}function Tt(i,t,e){const{list:s,options:a}=i;if(!s.maintenance.length)return d;const n=h=>s.order==="desc"?-Date.parse(h):Date.parse(h),o=t>0?n(s.jobs[t-1].start):-1/0,p=t<s.jobs.length?n(s.jobs[t].start):1/0;return s.maintenance.filter(h=>{const x=n(h.done_at);return x>o&&x<=p}).map(h=>l`<tr class="maintenance-row" data-maintenance-id=${h.id}>
      <td colspan=${e}>
        ${y(Jt)}
        <span>${K(h.done_at,a)}</span> · <strong>${h.name}</strong>
        ${h.notes?l` · <span>${h.notes}</span>`:d}
        ${h.cost!==null?l` · <span>${ge(h.cost,a)}</span>`:d}
        ${h.done_by?l` · <span class="muted">${h.done_by}</span>`:d}
      </td>
    </tr>`)}function ei(i,t){const e=t.sort&&t.sort===i.sort,s=e?i.order==="asc"?"ascending":"descending":void 0;return t.quiet?l`<th scope="col" class="thumb"><span class="sr-only">${r(t.label)}</span></th>`:l`<th scope="col" aria-sort=${s??d}>
    ${t.sort?l`<button class="sort" @click=${()=>i.sortBy(t.sort)}>
          ${r(t.label)}<span aria-hidden="true">${e?i.order==="asc"?"▲":"▼":""}</span>
        </button>`:r(t.label)}
  </th>`}function ii(i,t){const{list:e,changes:s,admin:a,options:n,printers:o}=i,p=be(t.filament_colour);return l`<tr data-job-id=${t.id} class=${e.selected.has(t.id)?"selected":""}>
    ${a?l`<td>
          <input
            type="checkbox"
            aria-label=${r("jobs.select",{file:T(t.filename)})}
            .checked=${e.selected.has(t.id)}
            @change=${c=>e.toggleSelected(t.id,c.target.checked)}
          />
        </td>`:d}
    <td class="thumb" data-col="thumb">${Nt(s,t)}</td>
    <td>${Zt(s,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${Rt(t,o)}</td>
    <td class="num" data-col="start" title=${K(t.start,n)}>${K(t.start,n,!1)}</td>
    <td class="num" data-col="print_duration">${W(t.print_duration)}</td>
    <td class="num" data-col="filament">
      ${p?l`<span class="swatch" style=${`background:${p}`}></span>`:d}
      ${Ft(t.filament_weight_g,t.filament_used_mm,n)}
      <span class="muted">${t.filament_type??""}</span>
      ${$e(t.spools,n)}
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${t.rating}
        .subject=${T(t.filename)}
        ?readonly=${!a}
        ?disabled=${s.savingId===t.id}
        @value-changed=${c=>s.save(t,{rating:c.detail.value})}
      ></pl-rating>
    </td>
    <td data-col="tags">${t.tags.map(c=>l`<span class="tag">${c}</span>`)}</td>
    <td class="notes" data-col="notes" title=${t.notes??""}>
      <span>${t.failure_reason?l`<strong class="status-error">${Ut(t.failure_reason)}</strong> `:d}${t.notes??""}</span>
    </td>
    ${a?l`<td class="actions">${Ht(s,t)}</td>`:d}
  </tr>`}function Nt(i,t){return l`<pl-photo-thumb .api=${i.host.api} .key=${Pt(t)} @click=${()=>i.showJob(t.id)}></pl-photo-thumb>`}function Zt(i,t){return l`<button class="file" data-col="filename" @click=${()=>i.showJob(t.id)} aria-haspopup="dialog">
    ${dt(t.filename)}
  </button>`}function Ht(i,t){return l`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${r("jobs.edit",{file:T(t.filename)})}
      aria-expanded=${i.editingId===t.id?"true":"false"}
      @click=${()=>i.toggleEditor(t)}
    >
      ${y(fe)}
    </button>
    <button class="icon-btn" aria-label=${r("jobs.delete",{file:T(t.filename)})} @click=${()=>i.askDelete([t])}>
      ${y(Dt)}
    </button>`}function Vt(i,t){return l`<pl-job-editor
    .job=${t}
    .busy=${i.savingId===t.id}
    .error=${i.editError}
    @save=${e=>i.saveEditor(t,e.detail.changes)}
    @cancel=${()=>i.closeEditor(t.id)}
  ></pl-job-editor>`}function si(i){const{list:t,changes:e,admin:s,options:a,printers:n}=i;return t.loaded&&!t.jobs.length?l`<div class="empty muted">${r("jobs.no_match")}</div>`:l`<ul class="cards" aria-label=${r("jobs.print_jobs")}>
    ${Mt(t.jobs,o=>o.id,o=>l`<li class="card" data-job-id=${o.id}>
        <div class="head">${Nt(e,o)} ${Zt(e,o)} ${Rt(o,n)}</div>
        <div class="line">
          ${o.printer_name} · ${K(o.start,a)} · ${W(o.print_duration)} ·
          ${Ft(o.filament_weight_g,o.filament_used_mm,a)}
        </div>
        ${o.tags.length?l`<div>${o.tags.map(p=>l`<span class="tag">${p}</span>`)}</div>`:d}
        ${o.notes?l`<div class="notes" data-col="notes">${o.notes}</div>`:d}
        <div class="row-actions">
          <pl-rating
            .value=${o.rating}
            .subject=${T(o.filename)}
            ?readonly=${!s}
            @value-changed=${p=>e.save(o,{rating:p.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${s?Ht(e,o):d}
        </div>
        ${e.editingId===o.id?Vt(e,o):d}
      </li>`)}
  </ul>`}function ai(i){const t=i.page*i.limit+(i.jobs.length?1:0),e=i.page*i.limit+i.jobs.length;return l`<nav class="pager" aria-label=${r("jobs.pages")}>
    <label
      >${r("jobs.rows_per_page")}
      <select @change=${s=>i.setLimit(Number(s.target.value))}>
        ${Ve.map(s=>l`<option value=${s} ?selected=${s===i.limit}>${s}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${i.total}>${r("jobs.range",{first:t,last:e,total:i.total})}</span>
    <button class="icon-btn" aria-label=${r("jobs.previous_page")} ?disabled=${i.page===0||i.loading} @click=${()=>i.prevPage()}>
      ${y(ue)}
    </button>
    <button class="icon-btn" aria-label=${r("jobs.next_page")} ?disabled=${!i.nextCursor||i.loading} @click=${()=>i.nextPage()}>
      ${y(me)}
    </button>
  </nav>`}function ri(i,t){const e={},s=t.notes?.trim()?t.notes:null;(i.notes||null)!==s&&(e.notes=s??""),(i.rating??null)!==t.rating&&(e.rating=t.rating);const a=t.tags;(a.length!==i.tags.length||a.some((o,p)=>o!==i.tags[p]))&&(e.tags=a);const n=t.failure_reason?.trim()?t.failure_reason.trim():null;return(i.failure_reason||null)!==n&&(e.failure_reason=n),(i.cost??null)!==t.cost&&(e.cost=t.cost),e}function ni(i,t,e=qt(),s=new Date){const a={};i.printer_id||(a.printer_id=r("form.choose_printer"));const n=i.filename.trim();n||(a.filename=r("form.enter_filename")),Bt.includes(i.status)||(a.status=r("form.choose_status"));const o=ve(i.start_date,i.start_time||"00:00",t);if(!o)a.start=r("form.enter_start");else if(e){const S=Date.parse(o);S>s.getTime()+e.job_time.future_tolerance*1e3?a.start=r("form.start_future"):S<Date.parse(e.job_time.earliest)&&(a.start=r("form.start_before",{date:e.job_time.earliest.slice(0,10)}))}const p=(S,V,G)=>{if(!S.trim())return;const U=Number(S);if(!Number.isFinite(U)||U<0){a[V]=r("form.positive",{field:G});return}return U},c=p(i.hours,"duration",r("form.hours"))??0,h=p(i.minutes,"duration",r("form.minutes"))??0,x=p(i.filament_g,"filament_g",r("form.filament_weight")),u=p(i.filament_m,"filament_m",r("form.filament_length")),g=p(i.cost,"cost",r("kpi.cost")),m=(S,V,G,U)=>{const vt=V===void 0||a[G]?"":zt(S,V,U,e);vt&&(a[G]=vt)};m("print_duration",c*3600+h*60,"duration",r("form.print_time_s")),m("filament_weight_g",x,"filament_g",r("form.filament_weight")),m("filament_used_mm",u===void 0?void 0:u*1e3,"filament_m",r("form.filament_length_mm")),m("cost",g,"cost",r("kpi.cost"));const b=e?.tags.max_length;if(b&&nt(i.tags).some(S=>S.length>b)&&(a.tags=r("form.tag_length",{count:b})),Object.keys(a).length||!o)return{errors:a};const _=Math.round(c*3600+h*60),v={printer_id:i.printer_id,filename:n,status:i.status,start:o,print_duration:_};_>0&&(v.end=new Date(Date.parse(o)+_*1e3).toISOString()),x!==void 0&&(v.filament_weight_g=x),u!==void 0&&(v.filament_used_mm=u*1e3),i.filament_type.trim()&&(v.filament_type=i.filament_type.trim()),g!==void 0&&(v.cost=g);const M=nt(i.tags);return M.length&&(v.tags=M),i.notes.trim()&&(v.notes=i.notes),i.failure_reason.trim()&&(v.failure_reason=i.failure_reason.trim()),i.rating&&(v.rating=i.rating),{job:v,errors:a}}const Gt=L`
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
`;function Yt(i){return l`<input
    name="cost"
    type="number"
    min="0"
    max=${qt()?.numbers.cost?.max??d}
    step="0.01"
    inputmode="decimal"
    .value=${i.value}
    @input=${i.onInput}
    aria-invalid=${i.invalid===void 0?d:i.invalid?"true":"false"}
    aria-describedby=${i.describedBy??d}
  />`}function Kt(i,t,e,s){return l`<div class="actions">
    ${t?l`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>I(i,"cancel")}>${r("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${e}>${s}</button>
  </div>`}var oi=Object.defineProperty,Q=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&oi(t,e,a),a};const ht=class ht extends J{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const s=this.value?r("rating.rated",{n:this.value}):r("rating.none");return l`<span role="img" aria-label=${s} title=${s}
        >${[1,2,3,4,5].map(a=>l`<span class=${a<=t?"":"empty"}>${y(a<=t?_t:wt)}</span>`)}</span
      >`}const e=this.subject?r("rating.of",{subject:this.subject}):r("rating.rating");return l`<span role="group" aria-label=${e}
      >${[1,2,3,4,5].map(s=>l`<button
            type="button"
            class=${s<=t?"":"empty"}
            aria-label=${r("rating.stars",{count:s})}
            aria-pressed=${s===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(s)}
          >
            ${y(s<=t?_t:wt)}
          </button>`)}</span
    >`}choose(t){const e=t===this.value?null:t;this.value=e,I(this,"value-changed",{value:e})}};ht.styles=[B,L`
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
    `];let F=ht;Q([f({type:Number})],F.prototype,"value");Q([f({type:Boolean})],F.prototype,"readonly");Q([f({type:Boolean})],F.prototype,"disabled");Q([f()],F.prototype,"subject");P("pl-rating",F);var li=Object.defineProperty,D=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&li(t,e,a),a};const ut=class ut extends J{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.reasonChoice="",this.cost=""}willUpdate(){if(this.job&&this.job.id!==this.loadedId){this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", ");const t=this.job.failure_reason??"";this.reasonChoice=t?lt(t)?t:"other":"",this.reason=lt(t)?"":t,this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost)}}render(){if(!this.job)return l``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return l`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
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
          ${Lt.map(e=>l`<option value=${e} ?selected=${this.reasonChoice===e}>${Ut(e)}</option>`)}
        </select>
      </label>
      ${this.reasonChoice==="other"?l`<label
            >${r("failure.other_text")}
            <input
              name="failure_reason"
              .value=${this.reason}
              @input=${e=>this.reason=e.target.value}
            />
          </label>`:d}
      <label
        >${r("kpi.cost")}
        ${Yt({value:this.cost,onInput:e=>this.cost=e.target.value})}
      </label>
      ${Kt(this,this.error,this.busy,r("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),I(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const e=this.cost.trim(),s=e===""?null:Number(e);if(s!==null&&(!Number.isFinite(s)||s<0)){this.error=r("form.positive",{field:r("kpi.cost")});return}const a=s===null?"":zt("cost",s,r("kpi.cost"));if(a){this.error=a;return}const n=ri(this.job,{notes:this.notes,rating:this.rating,tags:nt(this.tags),failure_reason:this.reasonChoice==="other"?this.reason.trim()||"other":this.reasonChoice,cost:s});I(this,"save",{changes:n})}};ut.styles=[B,Gt,L`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let k=ut;D([f({attribute:!1})],k.prototype,"job");D([f({type:Boolean})],k.prototype,"busy");D([f()],k.prototype,"error");D([$()],k.prototype,"notes");D([$()],k.prototype,"rating");D([$()],k.prototype,"tags");D([$()],k.prototype,"reason");D([$()],k.prototype,"reasonChoice");D([$()],k.prototype,"cost");P("pl-job-editor",k);var di=Object.defineProperty,q=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&di(t,e,a),a};const mt=class mt extends J{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:xt(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const e={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},s={};for(const[a,n]of Object.entries(t)){const o=e[a]??a;s[o]??=`${a}: ${n}`}this.errors=s}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return e=>{this.values={...this.values,[t]:e.target.value}}}field(t){return this.errors[t]?l`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,e=s=>this.errors[s]?`err-${s}`:"";return l`<form @submit=${this.onSubmit} novalidate>
      <label
        >${r("common.printer")}
        <select name="printer_id" .value=${t.printer_id} @change=${this.set("printer_id")} aria-describedby=${e("printer_id")}>
          ${this.printers.map(s=>l`<option value=${s.id} ?selected=${s.id===t.printer_id}>${s.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >${r("column.status")}
        <select name="status" @change=${this.set("status")}>
          ${Bt.map(s=>l`<option value=${s} ?selected=${s===t.status}>${ye(s)}</option>`)}
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
          @value-changed=${s=>this.values={...this.values,rating:s.detail.value}}
        ></pl-rating>
      </div>
      <label class="wide"
        >${r("column.notes")}
        <textarea name="notes" .value=${t.notes} @input=${this.set("notes")}></textarea>
      </label>
      ${Kt(this,this.error,this.busy,r("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:e,errors:s}=ni(this.values,this.timeZone);this.errors=s,e?I(this,"create",{job:e}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};mt.styles=[B,Gt,L`
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
    `];let C=mt;q([f({attribute:!1})],C.prototype,"printers");q([f()],C.prototype,"timeZone");q([f({type:Boolean})],C.prototype,"busy");q([f()],C.prototype,"error");q([$()],C.prototype,"values");q([$()],C.prototype,"errors");P("pl-job-form",C);var pi=Object.defineProperty,ct=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&pi(t,e,a),a};const ft=class ft extends J{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?l`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(e=>r(e)).map(e=>l`<li class="card loading"><span class="label">${e}</span><span class="value">…</span></li>`)}
      </ul>`:l`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${_e(this.summary,t).map(e=>l`<li class="card" data-kpi=${e.id}>
          <span class="label">${e.label}</span>
          <span class="value">${e.value}</span>
          ${e.sub?l`<span class="sub">${e.sub}</span>`:""}
        </li>`)}
    </ul>`}};ft.styles=[B,L`
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
    `];let O=ft;ct([f({attribute:!1})],O.prototype,"summary");ct([f({attribute:!1})],O.prototype,"options");ct([f({type:Boolean})],O.prototype,"loading");P("pl-kpis",O);var ci=Object.defineProperty,z=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&ci(t,e,a),a};let et;function Wt(){return et??=Z(()=>import("./chunks/pl-job-detail-02vjGkmp.js"),[],import.meta.url).catch(i=>{et=void 0,console.warn("print_logger: the job detail did not load:",i)}),et}const it=20,gt=class gt extends J{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.choicesLoaded=!1,this.shown=!1,this.list=new We(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new Ne(this,this.list)}willUpdate(t){if(t.has("api")&&this.api){const e=this.api;this.choicesLoaded=!1,this.list.reload().then(()=>Me(e))}this.showFilters&&this.loadChoices(),this.changes.detailId&&Wt()}loadChoices(){this.choicesLoaded||!this.api||(this.choicesLoaded=!0,this.list.loadFilamentTypes(),this.list.loadSpoolChoices())}updated(){!this.shown&&this.list.loaded&&!this.list.summaryLoading&&(this.shown=!0,I(this,"jobs-rendered"))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const e=this.list.applyJob(t.job);customElements.get("pl-job-detail")&&this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(e||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:e}=this,s=this.options?{list:t,changes:e,admin:this.admin,options:this.options,printers:this.printers}:void 0;return l`
      <section aria-label=${r("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${Ze({list:t,changes:e,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?He(t,this.printers):d}
      ${t.error?l`<div class="error-banner" role="alert">
            <span>${r("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${y(xe)} ${r("common.retry")}</button>
          </div>`:d}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?l`<div class="loading-bar" role="progressbar" aria-label=${r("jobs.loading")}></div>`:d}
        ${s?this.narrow?si(s):ti(s):d} ${ai(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${e.message?"message":"sr-only"}>${e.message}</div>
    `}renderDialogs(){const t=this.changes,e=t.confirmJobs.length;return l`
      <pl-dialog .heading=${r("jobs.delete_heading",{count:e})} .open=${e>0} @closed=${()=>t.cancelDelete()}>
        <p>${r("jobs.delete_text",{count:e})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,it).map(s=>l`<li>${dt(s.filename)} <span class="muted">(${s.printer_name})</span></li>`)}
          ${e>it?l`<li class="muted">${r("jobs.and_more",{n:e-it})}</li>`:d}
        </ul>
        ${t.deleteError?l`<p class="status-error" role="alert">${t.deleteError}</p>`:d}
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
              @job-updated=${s=>this.list.applyJob(s.detail.job)}
              @delete-jobs=${s=>t.askDelete(s.detail.jobs)}
            ></pl-job-detail>`:d}
      </pl-dialog>
      <pl-dialog heading=${r("jobs.add_heading")} .open=${t.adding} @closed=${()=>t.closeAdd()}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.options?.timeZone}
          .busy=${t.addBusy}
          .error=${t.addError}
          @create=${s=>t.create(s.detail.job)}
          @cancel=${()=>t.closeAdd()}
        ></pl-job-form>
      </pl-dialog>
    `}};gt.styles=[B,Xe,we];let A=gt;z([f({attribute:!1})],A.prototype,"api");z([f({attribute:!1})],A.prototype,"options");z([f({attribute:!1})],A.prototype,"printers");z([f({type:Boolean})],A.prototype,"admin");z([f({type:Boolean,reflect:!0})],A.prototype,"narrow");z([$()],A.prototype,"showFilters");P("pl-jobs-view",A);var hi=Object.defineProperty,Qt=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&hi(t,e,a),a};const bt=class bt extends J{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?l`<ul aria-label=${r("common.printers")}>
      ${this.printers.map(t=>{const e=t.current_job,s=t.online&&!!e&&(t.print_state==="printing"||t.print_state==="paused"),a=je(t),n=Ee(t);return l`<li class="card" data-printer=${t.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${s?"printing":t.online?"online":""}`} aria-hidden="true"></span>${t.name}</span
            >
            <span class="muted">${a}</span>
          </div>
          ${e?l`<div class="job">
                <pl-photo-thumb .api=${this.api} .key=${Pt(e)} @click=${()=>I(this,"show-job",{jobId:e.id})}></pl-photo-thumb>
                <div class="text">
                  <button class="file" title=${T(e.filename)} @click=${()=>I(this,"show-job",{jobId:e.id})}>
                    ${dt(e.filename)}
                  </button>
                  ${Se(e)}
                  <div class="meta">
                    <span>${Ie(e)} %</span>
                    <span>${r("live.elapsed",{time:W(e.print_duration)})}</span>
                    <span>${n!==null?r("live.left",{time:W(n)}):""}</span>
                  </div>
                </div>
              </div>`:l`<span class="muted">${r("live.no_job")}</span>`}
        </li>`})}
    </ul>`:l``}};bt.styles=[B,ke,L`
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
    `];let H=bt;Qt([f({attribute:!1})],H.prototype,"printers");Qt([f({attribute:!1})],H.prototype,"api");P("pl-live-strip",H);var ui=Object.defineProperty,E=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&ui(t,e,a),a};const Y=["jobs","files","analytics","maintenance"],Xt={files:()=>Z(()=>import("./chunks/pl-files-view-CMLvOiq3.js"),[],import.meta.url),analytics:()=>Z(()=>import("./chunks/pl-analytics-view-yQDhgRXL.js"),[],import.meta.url),maintenance:()=>Z(()=>import("./chunks/pl-maintenance-view-zLtB0YNK.js"),[],import.meta.url),reprint:()=>Z(()=>import("./chunks/pl-reprint-dialog-15xI35XO.js"),[],import.meta.url)},st=new Map;function at(i){let t=st.get(i);return t||(t=Xt[i]().catch(e=>{throw st.delete(i),e}),st.set(i,t)),t}function rt(i){return i&&customElements.get(i.localName)?i:void 0}const mi="Print Log",$t=class $t extends J{constructor(){super(...arguments),this.narrow=!1,this.pendingJob="",this.view="jobs",this.printers=[],this.printersError="",this.reprint={filename:"",printerId:""},this.live=new Te}set route(t){this.routeValue=t,this.jobFromUrl()}get route(){return this.routeValue}willUpdate(t){if(t.has("hass")&&this.hass){const e=this.hass.connection;e!==this.connection&&(this.connection=e,this.api=new Ce(this.hass),this.resubscribe(),this.loadPrinters());const s=t.get("hass");if(!this.options||!s||s.locale!==this.hass.locale||s.config!==this.hass.config){const a=kt(this.hass);a.language===this.language?this.options=a:a.language===Ae()?(this.options=a,this.language=a.language):this.switchLanguage(a)}}}async switchLanguage(t){const e=await De(t.language,t.numberLocale);this.hass&&kt(this.hass).language!==t.language||(this.options={...t,language:e},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe(),this.jobFromUrl()}jobFromUrl(){const t=new URLSearchParams(window.location.search),e=t.get("job");if(!e)return;t.delete("job");const s=t.toString();window.history.replaceState(window.history.state,"",window.location.pathname+(s?`?${s}`:"")),this.pendingJob=e,this.select("jobs"),this.requestUpdate()}updated(){const t=this.pendingJob?this.renderRoot.querySelector("pl-jobs-view"):null;t&&(t.showJob(this.pendingJob),this.pendingJob="")}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,e=>this.onLiveEvent(e),e=>console.warn("print_logger: live updates unavailable:",j(e)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=j(t)}}onLiveEvent(t){this.printers=Le(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),rt(this.renderRoot.querySelector("pl-analytics-view"))?.handleLiveEvent(t),t.type!=="printer"&&(t.type!=="job_changed"||t.job.status!=="in_progress")&&rt(this.renderRoot.querySelector("pl-files-view"))?.refresh()}select(t){return this.view=t,t==="jobs"?Promise.resolve():at(t).catch(e=>console.warn("print_logger:",j(e)))}prefetch(){const t=()=>{for(const e of Object.keys(Xt))(e!=="reprint"||this.hass?.user?.is_admin)&&at(e).catch(()=>{});Wt()};"requestIdleCallback"in window?window.requestIdleCallback(t,{timeout:2e3}):setTimeout(t,200)}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const e=Y.indexOf(this.view),s=t.key==="ArrowLeft"?Y.length-1:1,a=Y[(e+s)%Y.length]??"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"maintenance":a),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return d;const t=!!this.hass.user?.is_admin,e=(s,a,n)=>l`<button
        role="tab"
        id=${`tab-${s}`}
        aria-selected=${this.view===s?"true":"false"}
        aria-controls=${`view-${s}`}
        aria-label=${a}
        tabindex=${this.view===s?0:-1}
        @click=${()=>{this.select(s)}}
      >
        ${y(n)}<span class="label">${a}</span>
      </button>`;return l`
      <header>
        ${this.narrow?l`<button class="icon-btn" aria-label=${r("panel.open_sidebar")} @click=${()=>I(this,"hass-toggle-menu")}>
              ${y(Re)}
            </button>`:d}
        <h1>${this.panel?.title&&this.panel.title!==mi?this.panel.title:r("panel.title")}</h1>
        <div role="tablist" aria-label=${r("panel.views")} @keydown=${this.onTabKey}>
          ${e("jobs",r("panel.jobs"),Fe)} ${e("files",r("panel.files"),Pe)}
          ${e("analytics",r("panel.analytics"),Je)}
          ${e("maintenance",r("panel.maintenance"),Jt)}
        </div>
      </header>
      ${ze(this.language,l`<main
        @print-again=${s=>{at("reprint").catch(a=>console.warn("print_logger:",j(a))),this.reprint={filename:s.detail.filename,printerId:s.detail.printerId}}}
        @show-file=${s=>{this.select("files").then(()=>rt(this.renderRoot.querySelector("pl-files-view"))?.showFile(s.detail.fileId))}}
        @jobs-rendered=${()=>this.prefetch()}
        @show-job=${s=>{this.select("jobs"),this.renderRoot.querySelector("pl-jobs-view")?.showJob(s.detail.jobId)}}
      >
        ${this.printersError?l`<div class="error-banner" role="alert">
              <span>${r("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${r("common.retry")}</button>
            </div>`:d}
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
            ></pl-reprint-dialog>`:d}
      </main>`)}
    `}};$t.styles=[B,L`
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
    `];let w=$t;E([f({attribute:!1})],w.prototype,"hass");E([f({type:Boolean,reflect:!0})],w.prototype,"narrow");E([f({attribute:!1})],w.prototype,"panel");E([$()],w.prototype,"view");E([$()],w.prototype,"printers");E([$()],w.prototype,"printersError");E([$()],w.prototype,"api");E([$()],w.prototype,"options");E([$()],w.prototype,"reprint");E([$()],w.prototype,"language");P("print-logger-panel",w);export{Gt as a,Kt as b,Yt as c,Me as d,Ut as f,qt as l};
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
