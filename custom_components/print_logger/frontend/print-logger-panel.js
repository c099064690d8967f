import{f as I,d as P,_ as H}from"./chunks/shared-DUOmt4lY.js";import{j as ie,e as Ct,i as At,A as c,l as r,s as T,a as j,b as se,c as _,m as ae,d as re,f as Lt,g as l,h as ne,S as oe,E as yt,F as le,k as de,n as pe,o as ce,p as he,q as D,t as ue,r as me,u as Dt,v as Rt,w as Y,x as W,y as Ft,z as fe,B as ge,C as Pt,D as dt,G as be,H as Jt,I as $e,J as ve,K as ye,L as _e,M as Bt,N as we,O as nt,P as J,Q as B,R as _t,T as wt,U as f,V as v,W as xt,X as xe,Y as ke,Z as je,_ as Ee,$ as Se,a0 as Ie,a1 as Te,a2 as Ce,a3 as Ae,a4 as Le,a5 as De,a6 as kt,a7 as Re,a8 as Fe,a9 as Pe,aa as Je,ab as Be,ac as Oe,ad as ze}from"./chunks/shared-t7ulqQH6.js";const{I:Me}=ie,jt=i=>i,Et=()=>document.createComment(""),N=(i,t,e)=>{const s=i._$AA.parentNode,a=t===void 0?i._$AB:t._$AA;if(e===void 0){const n=s.insertBefore(Et(),a),o=s.insertBefore(Et(),a);e=new Me(n,o,i,i.options)}else{const n=e._$AB.nextSibling,o=e._$AM,d=o!==i;if(d){let p;e._$AQ?.(i),e._$AM=i,e._$AP!==void 0&&(p=i._$AU)!==o._$AU&&e._$AP(p)}if(n!==a||d){let p=e._$AA;for(;p!==n;){const u=jt(p).nextSibling;jt(s).insertBefore(p,a),p=u}}}return e},R=(i,t,e=i)=>(i._$AI(t,e),i),qe={},Ot=(i,t=qe)=>i._$AH=t,Ue=i=>i._$AH,X=i=>{i._$AR(),i._$AA.remove()};const Ne=Ct(class extends At{constructor(){super(...arguments),this.key=c}render(i,t){return this.key=i,t}update(i,[t,e]){return t!==this.key&&(Ot(i),this.key=t),e}});let pt,tt;function zt(){return pt}function He(i){return tt??=i.limits().then(t=>pt=t).catch(()=>{tt=void 0}),tt}function Mt(i,t,e,s=pt){const a=s?.numbers[i];return a?t<a.min||t>a.max?r("form.range",{field:e,min:String(a.min),max:String(a.max)}):"":t<0?r("form.positive",{field:e}):""}const Ze=4e3;class Ve{constructor(t,e){this.host=t,this.list=e,this.editError="",this.confirmJobs=[],this.deleting=!1,this.deleteError="",this.detailId="",this.adding=!1,this.addBusy=!1,this.addError="",this.message="",t.addController(this)}hostDisconnected(){clearTimeout(this.messageTimer)}changed(){this.host.requestUpdate()}notify(t){this.message=t,clearTimeout(this.messageTimer),this.messageTimer=setTimeout(()=>{this.message="",this.changed()},Ze),this.changed()}async save(t,e){const s=this.host.api;if(!s)return!1;if(!Object.keys(e).length)return!0;this.savingId=t.id,this.editError="",this.changed();try{const a=await s.updateJob(t.id,e);return this.list.applyJob(a),this.notify(r("jobs.saved",{file:T(t.filename)})),!0}catch(a){return this.editError=j(a),this.notify(r("jobs.save_error",{error:this.editError})),!1}finally{this.savingId=void 0,this.changed()}}async saveEditor(t,e){await this.save(t,e)&&this.closeEditor(t.id)}openEditor(t){this.editError="",this.editingId=t.id,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector("pl-job-editor")?.focus())}closeEditor(t){this.editingId=void 0,this.changed(),this.host.updateComplete.then(()=>this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(t)}"]`)?.focus())}toggleEditor(t){this.editingId===t.id?this.closeEditor(t.id):this.openEditor(t)}askDelete(t){this.deleteError="",this.confirmJobs=t,this.changed()}cancelDelete(){this.confirmJobs=[],this.changed()}async confirmDelete(){const t=this.host.api;if(!t||!this.confirmJobs.length)return;const e=this.confirmJobs.map(s=>s.id);this.deleting=!0,this.deleteError="",this.changed();try{const s=await t.deleteJobs(e),a=new Set(e);a.has(this.detailId)&&(this.detailId=""),this.confirmJobs=[],this.list.removeJobs(a,s),this.notify(r("jobs.deleted",{count:s}))}catch(s){this.deleteError=j(s)}finally{this.deleting=!1,this.changed()}}jobDeleted(t){this.detailId===t&&(this.detailId="",this.changed())}showJob(t){this.detailId=t,this.changed()}closeJob(){this.detailId="",this.changed()}openAdd(){this.addError="",this.adding=!0,this.changed(),this.host.renderRoot.querySelector("pl-job-form")?.reset()}closeAdd(){this.adding=!1,this.changed()}async create(t){const e=this.host.api;if(e){this.addBusy=!0,this.addError="",this.changed();try{const s=await e.createJob(t);this.adding=!1,this.notify(r("jobs.added",{file:T(s.filename)})),await this.list.reload()}catch(s){this.addError=j(s),this.host.renderRoot.querySelector("pl-job-form")?.showErrors(se(s))}finally{this.addBusy=!1,this.changed()}}}}const ot=i=>i.target.value;function Ge(i){const{list:t,changes:e,admin:s}=i,a=t.activeFilters;return l`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${r("jobs.search")}
      aria-label=${r("jobs.search")}
      .value=${t.filters.q}
      @input=${n=>t.setFilter("q",ot(n),!0)}
    />
    <button class="btn" aria-expanded=${i.showFilters?"true":"false"} aria-controls="filters" @click=${i.toggleFilters}>
      ${_(ae)} ${a?r("jobs.filters_n",{n:a}):r("jobs.filters")}
    </button>
    <span class="spacer"></span>
    <button
      class="btn"
      title=${r("jobs.export_hint")}
      ?disabled=${t.exporting}
      @click=${()=>{t.exportCsv()}}
    >
      ${_(re)} ${r("jobs.export")}
    </button>
    ${s&&t.selected.size?l`<button class="btn danger" @click=${()=>e.askDelete(t.selectedJobs)}>
          ${_(Lt)} ${r("jobs.delete_n",{n:t.selected.size})}
        </button>`:c}
    ${s?l`<button class="btn primary" @click=${()=>e.openAdd()} ?disabled=${!i.printers.length}>
          ${_(ne)} ${r("jobs.add")}
        </button>`:c}
  </div>`}function Ke(i,t){const e=i.filters,s=n=>o=>i.setFilter(n,ot(o)),a=n=>o=>i.setFilter(n,ot(o),!0);return l`<div class="filters card" id="filters">
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
        ${oe.map(n=>l`<option value=${n.value} ?selected=${n.value===e.status}>${n.label}</option>`)}
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
        </label>`:c}
    <label
      >${r("jobs.tags_filter")}
      <input name="tags" .value=${e.tags} @input=${a("tags")} />
    </label>
    <button class="btn clear" @click=${()=>i.clearFilters()}>${r("jobs.clear_filters")}</button>
  </div>`}const Ye=[25,50,100,200],We=300,Qe=1500,Xe=["filename","printer","status"];class ti{constructor(t,e,s){this.host=t,this.timeZone=e,this.listHeld=s,this.filters={...yt},this.sort=le,this.order=de,this.limit=pe,this.cursors=[null],this.page=0,this.jobs=[],this.total=0,this.nextCursor=null,this.loading=!1,this.loaded=!1,this.error="",this.exporting=!1,this.summaryLoading=!1,this.selected=new Set,this.maintenance=[],this.filamentTypes=[],this.spoolChoices={spools:[],vendors:[]},this.listToken=0,this.summaryToken=0,this.pendingList=!1,t.addController(this)}hostDisconnected(){clearTimeout(this.searchTimer),clearTimeout(this.refreshTimer)}changed(){this.host.requestUpdate()}params(){return ce(this.filters,this.timeZone())}async reload(){this.cursors=[null],this.page=0,this.selected=new Set,this.changed(),await Promise.all([this.loadPage(),this.loadSummary()])}async loadPage(){const t=this.host.api;if(!t)return;const e=++this.listToken;this.loading=!0,this.error="",this.changed();try{const s=await t.listJobs({...this.params(),sort:this.sort,order:this.order,limit:this.limit,cursor:this.cursors[this.page]??null}),a=await this.pageMaintenance(t,s.jobs,s.next_cursor);if(e!==this.listToken)return;this.jobs=s.jobs,this.maintenance=a,this.total=s.total,this.nextCursor=s.next_cursor,this.loaded=!0}catch(s){e===this.listToken&&(this.error=j(s))}finally{e===this.listToken&&(this.loading=!1),this.changed()}}async pageMaintenance(t,e,s){if(!this.filters.printer||this.sort!=="start")return[];try{const{log:a}=await t.getMaintenance([this.filters.printer]),n=e.map(u=>Date.parse(u.start)),o=this.page===0||!n.length?1/0:Math.max(...n),d=s===null||!n.length?-1/0:Math.min(...n),p=a.filter(u=>{const b=Date.parse(u.done_at);return b<=o&&b>=d});return this.order==="desc"?p:p.reverse()}catch{return[]}}async loadSummary(){const t=this.host.api;if(!t)return;const e=++this.summaryToken;this.summaryLoading=!0,this.changed();try{const s=await t.summary(he(this.params()));e===this.summaryToken&&(this.summary=s)}catch(s){e===this.summaryToken&&(this.error||=j(s))}finally{e===this.summaryToken&&(this.summaryLoading=!1),this.changed()}}async loadSpoolChoices(){const t=this.host.api;if(t)try{const[e,s]=await Promise.all([t.spoolBreakdown({},"spool"),t.spoolBreakdown({},"vendor")]);this.spoolChoices={spools:e.rows.filter(a=>a.key!==null).map(a=>({id:String(a.key),label:a.label})),vendors:s.rows.filter(a=>a.key!==null).map(a=>String(a.key))},this.changed()}catch{}}async loadFilamentTypes(){const t=this.host.api;if(t)try{const e=await t.breakdown({},"filament_type");this.filamentTypes=e.rows.map(s=>s.label??(s.key===null?"":String(s.key))).filter(s=>s).sort((s,a)=>s.localeCompare(a)),this.changed()}catch{}}scheduleRefresh(t=!1){t||(this.pendingList=!0),clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{const e=this.pendingList;this.pendingList=!1,e&&!this.listHeld()&&this.loadPage(),this.loadSummary()},Qe)}setFilter(t,e,s=!1){this.filters={...this.filters,[t]:e},this.changed(),clearTimeout(this.searchTimer),s?this.searchTimer=setTimeout(()=>{this.reload()},We):this.reload()}async exportCsv(){const t=this.host.api;if(!(!t||this.exporting)){this.exporting=!0,this.changed();try{const e=document.createElement("a");e.href=await t.exportUrl(this.params()),e.download="print_logger_jobs.csv",e.rel="noopener",document.body.append(e),e.click(),e.remove()}catch(e){this.error=j(e)}finally{this.exporting=!1,this.changed()}}}clearFilters(){this.filters={...yt},this.reload()}get activeFilters(){return Object.entries(this.filters).filter(([t,e])=>t!=="q"&&e).length}sortBy(t){this.sort===t?this.order=this.order==="desc"?"asc":"desc":(this.sort=t,this.order=Xe.includes(t)?"asc":"desc"),this.cursors=[null],this.page=0,this.changed(),this.loadPage()}setLimit(t){this.limit=t,this.reload()}nextPage(){this.nextCursor&&(this.cursors=[...this.cursors.slice(0,this.page+1),this.nextCursor],this.page+=1,this.changed(),this.loadPage())}prevPage(){this.page!==0&&(this.page-=1,this.changed(),this.loadPage())}applyJob(t){return this.jobs.some(e=>e.id===t.id)?(this.jobs=this.jobs.map(e=>e.id===t.id?{...e,...ei(t)}:e),this.changed(),!0):!1}dropJob(t){this.jobs.some(e=>e.id===t)&&(this.jobs=this.jobs.filter(e=>e.id!==t),this.total=Math.max(this.total-1,0),this.changed())}removeJobs(t,e){this.jobs=this.jobs.filter(s=>!t.has(s.id)),this.total=Math.max(this.total-e,0),this.selected=new Set([...this.selected].filter(s=>!t.has(s))),!this.jobs.length&&this.page>0&&(this.page-=1),this.loadPage(),this.loadSummary()}get selectedJobs(){return this.jobs.filter(t=>this.selected.has(t.id))}get allSelected(){return this.jobs.length>0&&this.jobs.every(t=>this.selected.has(t.id))}toggleSelected(t,e){const s=new Set(this.selected);e?s.add(t):s.delete(t),this.selected=s,this.changed()}toggleAll(t){this.selected=t?new Set(this.jobs.map(e=>e.id)):new Set,this.changed()}}function ei(i){const{details:t,events:e,metadata:s,...a}=i;return a}const ii=D`
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
`;const St=(i,t,e)=>{const s=new Map;for(let a=t;a<=e;a++)s.set(i[a],a);return s},qt=Ct(class extends At{constructor(i){if(super(i),i.type!==ue.CHILD)throw Error("repeat() can only be used in text expressions")}dt(i,t,e){let s;e===void 0?e=t:t!==void 0&&(s=t);const a=[],n=[];let o=0;for(const d of i)a[o]=s?s(d,o):o,n[o]=e(d,o),o++;return{values:n,keys:a}}render(i,t,e){return this.dt(i,t,e).values}update(i,[t,e,s]){const a=Ue(i),{values:n,keys:o}=this.dt(t,e,s);if(!Array.isArray(a))return this.ut=o,n;const d=this.ut??=[],p=[];let u,b,h=0,g=a.length-1,m=0,$=n.length-1;for(;h<=g&&m<=$;)if(a[h]===null)h++;else if(a[g]===null)g--;else if(d[h]===o[m])p[m]=R(a[h],n[m]),h++,m++;else if(d[g]===o[$])p[$]=R(a[g],n[$]),g--,$--;else if(d[h]===o[$])p[$]=R(a[h],n[$]),N(i,p[$+1],a[h]),h++,$--;else if(d[g]===o[m])p[m]=R(a[g],n[m]),N(i,a[h],a[g]),g--,m++;else if(u===void 0&&(u=St(o,m,$),b=St(d,h,g)),u.has(d[h]))if(u.has(d[g])){const w=b.get(o[m]),y=w!==void 0?a[w]:null;if(y===null){const q=N(i,a[h]);R(q,n[m]),p[m]=q}else p[m]=R(y,n[m]),N(i,a[h],y),a[w]=null;m++}else X(a[g]),g--;else X(a[h]),h++;for(;m<=$;){const w=N(i,p[$+1]);R(w,n[m]),p[m++]=w}for(;h<=g;){const w=a[h++];w!==null&&X(w)}return this.ut=o,Ot(i,p),me}}),si=[["black",0,0,0],["dark_grey",64,64,64],["grey",128,128,128],["light_grey",192,192,192],["white",255,255,255],["red",220,30,30],["dark_red",139,0,0],["orange",255,140,0],["yellow",255,230,0],["gold",212,175,55],["olive",128,128,0],["lime",150,230,40],["green",30,160,50],["dark_green",0,90,30],["teal",0,128,128],["cyan",0,210,230],["sky_blue",110,180,240],["blue",20,80,220],["navy",10,20,100],["purple",120,40,160],["magenta",220,0,200],["pink",255,150,190],["brown",120,70,30],["beige",230,215,180]];function Ut(i){let t=i.trim().replace(/^#/,"");if(/^[0-9a-f]{3}$/i.test(t)&&(t=[...t].map(s=>s+s).join("")),!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(t))return;const e=s=>parseInt(t.slice(s,s+2),16);return[e(0),e(2),e(4),t.length===8?e(6)/255:1]}function Nt(i,t,e){const s=h=>{const g=h/255;return g<=.04045?g/12.92:((g+.055)/1.055)**2.4},[a,n,o]=[s(i),s(t),s(e)],d=(.4124*a+.3576*n+.1805*o)/.95047,p=.2126*a+.7152*n+.0722*o,u=(.0193*a+.1192*n+.9505*o)/1.08883,b=h=>h>216/24389?Math.cbrt(h):24389/27*h/116+16/116;return[116*b(p)-16,500*(b(d)-b(p)),200*(b(p)-b(u))]}const ai=si.map(([i,t,e,s])=>[i,Nt(t,e,s)]);function ri(i){const t=Ut(i);if(!t)return;if(t[3]<.25)return"transparent";const[e,s,a]=Nt(t[0],t[1],t[2]);let n="",o=1/0;for(const[d,[p,u,b]]of ai){const h=(e-p)**2+(s-u)**2+(a-b)**2;h<o&&(o=h,n=d)}return n}function ni(i){const t=ri(i);return t?r(`colour.${t}`):i}function ki(i){if(!i)return;const t=Ut(i);if(t)return t.slice(0,3).map(e=>e.toString(16).padStart(2,"0")).join("").toUpperCase()}function lt(i){return typeof i=="string"&&Dt.includes(i)}function Ht(i){return i?lt(i)?r(`failure.${i}`):i:""}const It=[{key:"thumb",label:"column.picture",quiet:!0},{key:"filename",label:"column.file",sort:"filename"},{key:"printer",label:"common.printer",sort:"printer"},{key:"status",label:"column.status",sort:"status"},{key:"start",label:"column.started",sort:"start"},{key:"print_duration",label:"kpi.print_time",sort:"print_duration"},{key:"filament",label:"kpi.filament",sort:"filament_weight_g"},{key:"rating",label:"rating.rating",sort:"rating"},{key:"tags",label:"column.tags"},{key:"notes",label:"column.notes"}];function oi(i){const{list:t,changes:e,admin:s}=i,a=It.length+(s?2:0);return l`<div class="table-wrap">
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
              </th>`:c}
          ${It.map(n=>li(t,n))}
          ${s?l`<th scope="col"><span class="sr-only">${r("jobs.actions")}</span></th>`:c}
        </tr>
      </thead>
      <tbody>
        ${qt(t.jobs,n=>n.id,(n,o)=>l`${Tt(i,o,a)}${di(i,n)}
          ${e.editingId===n.id?l`<tr class="editor-row">
                <td colspan=${a}>${Kt(e,n)}</td>
              </tr>`:c}`)}
        ${Tt(i,t.jobs.length,a)}
        ${t.loaded&&!t.jobs.length?l`<tr>
              <td class="empty muted" colspan=${a}>${r("jobs.no_match")}</td>
            </tr>`:c}
      </tbody>
    </table>
  </div>`}function Tt(i,t,e){const{list:s,options:a}=i;if(!s.maintenance.length)return c;const n=u=>s.order==="desc"?-Date.parse(u):Date.parse(u),o=t>0?n(s.jobs[t-1].start):-1/0,d=t<s.jobs.length?n(s.jobs[t].start):1/0;return s.maintenance.filter(u=>{const b=n(u.done_at);return b>o&&b<=d}).map(u=>l`<tr class="maintenance-row" data-maintenance-id=${u.id}>
      <td colspan=${e}>
        ${_(Jt)}
        <span>${Y(u.done_at,a)}</span> · <strong>${u.name}</strong>
        ${u.notes?l` · <span>${u.notes}</span>`:c}
        ${u.cost!==null?l` · <span>${$e(u.cost,a)}</span>`:c}
        ${u.done_by?l` · <span class="muted">${u.done_by}</span>`:c}
      </td>
    </tr>`)}function li(i,t){const e=t.sort&&t.sort===i.sort,s=e?i.order==="asc"?"ascending":"descending":void 0;return t.quiet?l`<th scope="col" class="thumb"><span class="sr-only">${r(t.label)}</span></th>`:l`<th scope="col" aria-sort=${s??c}>
    ${t.sort?l`<button class="sort" @click=${()=>i.sortBy(t.sort)}>
          ${r(t.label)}<span aria-hidden="true">${e?i.order==="asc"?"▲":"▼":""}</span>
        </button>`:r(t.label)}
  </th>`}function di(i,t){const{list:e,changes:s,admin:a,options:n,printers:o}=i,d=ve(t.filament_colour);return l`<tr data-job-id=${t.id} class=${e.selected.has(t.id)?"selected":""}>
    ${a?l`<td>
          <input
            type="checkbox"
            aria-label=${r("jobs.select",{file:T(t.filename)})}
            .checked=${e.selected.has(t.id)}
            @change=${p=>e.toggleSelected(t.id,p.target.checked)}
          />
        </td>`:c}
    <td class="thumb" data-col="thumb">${Zt(s,t)}</td>
    <td>${Vt(s,t)}</td>
    <td data-col="printer">${t.printer_name}</td>
    <td data-col="status">${Rt(t,o)}</td>
    <td class="num" data-col="start" title=${Y(t.start,n)}>${Y(t.start,n,!1)}</td>
    <td class="num" data-col="print_duration">${W(t.print_duration)}</td>
    <td class="num" data-col="filament" title=${t.filament_used_mm>0?ye(t.filament_used_mm,n):""}>
      ${d?l`<span class="swatch" style=${`background:${d}`} title=${ni(d)}></span>`:c}
      <span class="grams">${Ft(t.filament_weight_g,n)}</span>
      <span class="muted">${t.filament_type??""}</span>
      ${_e(t.spools,n)}
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${t.rating}
        .subject=${T(t.filename)}
        ?readonly=${!a}
        ?disabled=${s.savingId===t.id}
        @value-changed=${p=>s.save(t,{rating:p.detail.value})}
      ></pl-rating>
    </td>
    <td data-col="tags">${t.tags.map(p=>l`<span class="tag">${p}</span>`)}</td>
    <td class="notes" data-col="notes" title=${t.notes??""}>
      <span>${t.failure_reason?l`<strong class="status-error">${Ht(t.failure_reason)}</strong> `:c}${t.notes??""}</span>
    </td>
    ${a?l`<td class="actions">${Gt(s,t)}</td>`:c}
  </tr>`}function Zt(i,t){return l`<pl-photo-thumb .api=${i.host.api} .key=${Pt(t)} @click=${()=>i.showJob(t.id)}></pl-photo-thumb>`}function Vt(i,t){return l`<button class="file" data-col="filename" @click=${()=>i.showJob(t.id)} aria-haspopup="dialog">
    ${dt(t.filename)}
  </button>`}function Gt(i,t){return l`<button
      class="icon-btn"
      data-edit=${t.id}
      aria-label=${r("jobs.edit",{file:T(t.filename)})}
      aria-expanded=${i.editingId===t.id?"true":"false"}
      @click=${()=>i.toggleEditor(t)}
    >
      ${_(be)}
    </button>
    <button class="icon-btn" aria-label=${r("jobs.delete",{file:T(t.filename)})} @click=${()=>i.askDelete([t])}>
      ${_(Lt)}
    </button>`}function Kt(i,t){return l`<pl-job-editor
    .job=${t}
    .busy=${i.savingId===t.id}
    .error=${i.editError}
    @save=${e=>i.saveEditor(t,e.detail.changes)}
    @cancel=${()=>i.closeEditor(t.id)}
  ></pl-job-editor>`}function pi(i){const{list:t,changes:e,admin:s,options:a,printers:n}=i;return t.loaded&&!t.jobs.length?l`<div class="empty muted">${r("jobs.no_match")}</div>`:l`<ul class="cards" aria-label=${r("jobs.print_jobs")}>
    ${qt(t.jobs,o=>o.id,o=>l`<li class="card" data-job-id=${o.id}>
        <div class="head">${Zt(e,o)} ${Vt(e,o)} ${Rt(o,n)}</div>
        <div class="line">
          ${o.printer_name} · ${Y(o.start,a)} · ${W(o.print_duration)}${o.filament_weight_g!==null?l` · <span class="grams">${Ft(o.filament_weight_g,a)}</span>`:c}
        </div>
        ${o.tags.length?l`<div>${o.tags.map(d=>l`<span class="tag">${d}</span>`)}</div>`:c}
        ${o.notes?l`<div class="notes" data-col="notes">${o.notes}</div>`:c}
        <div class="row-actions">
          <pl-rating
            .value=${o.rating}
            .subject=${T(o.filename)}
            ?readonly=${!s}
            @value-changed=${d=>e.save(o,{rating:d.detail.value})}
          ></pl-rating>
          <span style="flex:1"></span>
          ${s?Gt(e,o):c}
        </div>
        ${e.editingId===o.id?Kt(e,o):c}
      </li>`)}
  </ul>`}function ci(i){const t=i.page*i.limit+(i.jobs.length?1:0),e=i.page*i.limit+i.jobs.length;return l`<nav class="pager" aria-label=${r("jobs.pages")}>
    <label
      >${r("jobs.rows_per_page")}
      <select @change=${s=>i.setLimit(Number(s.target.value))}>
        ${Ye.map(s=>l`<option value=${s} ?selected=${s===i.limit}>${s}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${i.total}>${r("jobs.range",{first:t,last:e,total:i.total})}</span>
    <button class="icon-btn" aria-label=${r("jobs.previous_page")} ?disabled=${i.page===0||i.loading} @click=${()=>i.prevPage()}>
      ${_(fe)}
    </button>
    <button class="icon-btn" aria-label=${r("jobs.next_page")} ?disabled=${!i.nextCursor||i.loading} @click=${()=>i.nextPage()}>
      ${_(ge)}
    </button>
  </nav>`}function hi(i,t){const e={},s=t.notes?.trim()?t.notes:null;(i.notes||null)!==s&&(e.notes=s??""),(i.rating??null)!==t.rating&&(e.rating=t.rating);const a=t.tags;(a.length!==i.tags.length||a.some((o,d)=>o!==i.tags[d]))&&(e.tags=a);const n=t.failure_reason?.trim()?t.failure_reason.trim():null;return(i.failure_reason||null)!==n&&(e.failure_reason=n),(i.cost??null)!==t.cost&&(e.cost=t.cost),e}function ui(i,t,e=zt(),s=new Date){const a={};i.printer_id||(a.printer_id=r("form.choose_printer"));const n=i.filename.trim();n||(a.filename=r("form.enter_filename")),Bt.includes(i.status)||(a.status=r("form.choose_status"));const o=we(i.start_date,i.start_time||"00:00",t);if(!o)a.start=r("form.enter_start");else if(e){const S=Date.parse(o);S>s.getTime()+e.job_time.future_tolerance*1e3?a.start=r("form.start_future"):S<Date.parse(e.job_time.earliest)&&(a.start=r("form.start_before",{date:e.job_time.earliest.slice(0,10)}))}const d=(S,V,G)=>{if(!S.trim())return;const U=Number(S);if(!Number.isFinite(U)||U<0){a[V]=r("form.positive",{field:G});return}return U},p=d(i.hours,"duration",r("form.hours"))??0,u=d(i.minutes,"duration",r("form.minutes"))??0,b=d(i.filament_g,"filament_g",r("form.filament_weight")),h=d(i.filament_m,"filament_m",r("form.filament_length")),g=d(i.cost,"cost",r("kpi.cost")),m=(S,V,G,U)=>{const vt=V===void 0||a[G]?"":Mt(S,V,U,e);vt&&(a[G]=vt)};m("print_duration",p*3600+u*60,"duration",r("form.print_time_s")),m("filament_weight_g",b,"filament_g",r("form.filament_weight")),m("filament_used_mm",h===void 0?void 0:h*1e3,"filament_m",r("form.filament_length_mm")),m("cost",g,"cost",r("kpi.cost"));const $=e?.tags.max_length;if($&&nt(i.tags).some(S=>S.length>$)&&(a.tags=r("form.tag_length",{count:$})),Object.keys(a).length||!o)return{errors:a};const w=Math.round(p*3600+u*60),y={printer_id:i.printer_id,filename:n,status:i.status,start:o,print_duration:w};w>0&&(y.end=new Date(Date.parse(o)+w*1e3).toISOString()),b!==void 0&&(y.filament_weight_g=b),h!==void 0&&(y.filament_used_mm=h*1e3),i.filament_type.trim()&&(y.filament_type=i.filament_type.trim()),g!==void 0&&(y.cost=g);const q=nt(i.tags);return q.length&&(y.tags=q),i.notes.trim()&&(y.notes=i.notes),i.failure_reason.trim()&&(y.failure_reason=i.failure_reason.trim()),i.rating&&(y.rating=i.rating),{job:y,errors:a}}const Yt=D`
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
`;function Wt(i){return l`<input
    name="cost"
    type="number"
    min="0"
    max=${zt()?.numbers.cost?.max??c}
    step="0.01"
    inputmode="decimal"
    .value=${i.value}
    @input=${i.onInput}
    aria-invalid=${i.invalid===void 0?c:i.invalid?"true":"false"}
    aria-describedby=${i.describedBy??c}
  />`}function Qt(i,t,e,s){return l`<div class="actions">
    ${t?l`<span class="form-error" role="alert">${t}</span>`:""}
    <button type="button" class="btn" @click=${()=>I(i,"cancel")}>${r("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${e}>${s}</button>
  </div>`}var mi=Object.defineProperty,Q=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&mi(t,e,a),a};const ht=class ht extends J{constructor(){super(...arguments),this.value=null,this.readonly=!1,this.disabled=!1,this.subject=""}render(){const t=this.value??0;if(this.readonly){const s=this.value?r("rating.rated",{n:this.value}):r("rating.none");return l`<span role="img" aria-label=${s} title=${s}
        >${[1,2,3,4,5].map(a=>l`<span class=${a<=t?"":"empty"}>${_(a<=t?_t:wt)}</span>`)}</span
      >`}const e=this.subject?r("rating.of",{subject:this.subject}):r("rating.rating");return l`<span role="group" aria-label=${e}
      >${[1,2,3,4,5].map(s=>l`<button
            type="button"
            class=${s<=t?"":"empty"}
            aria-label=${r("rating.stars",{count:s})}
            aria-pressed=${s===this.value?"true":"false"}
            ?disabled=${this.disabled}
            @click=${()=>this.choose(s)}
          >
            ${_(s<=t?_t:wt)}
          </button>`)}</span
    >`}choose(t){const e=t===this.value?null:t;this.value=e,I(this,"value-changed",{value:e})}};ht.styles=[B,D`
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
    `];let F=ht;Q([f({type:Number})],F.prototype,"value");Q([f({type:Boolean})],F.prototype,"readonly");Q([f({type:Boolean})],F.prototype,"disabled");Q([f()],F.prototype,"subject");P("pl-rating",F);var fi=Object.defineProperty,L=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&fi(t,e,a),a};const ut=class ut extends J{constructor(){super(...arguments),this.busy=!1,this.error="",this.notes="",this.rating=null,this.tags="",this.reason="",this.reasonChoice="",this.cost=""}willUpdate(){if(this.job&&this.job.id!==this.loadedId){this.loadedId=this.job.id,this.notes=this.job.notes??"",this.rating=this.job.rating??null,this.tags=this.job.tags.join(", ");const t=this.job.failure_reason??"";this.reasonChoice=t?lt(t)?t:"other":"",this.reason=lt(t)?"":t,this.cost=this.job.cost===null||this.job.cost===void 0?"":String(this.job.cost)}}render(){if(!this.job)return l``;const t=this.job.status!=="completed"&&this.job.status!=="in_progress";return l`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
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
          ${Dt.map(e=>l`<option value=${e} ?selected=${this.reasonChoice===e}>${Ht(e)}</option>`)}
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
        ${Wt({value:this.cost,onInput:e=>this.cost=e.target.value})}
      </label>
      ${Qt(this,this.error,this.busy,r("common.save"))}
    </form>`}focus(){this.updateComplete.then(()=>this.renderRoot.querySelector("textarea")?.focus())}onKeydown(t){t.key==="Escape"&&(t.stopPropagation(),I(this,"cancel"))}onSubmit(t){if(t.preventDefault(),!this.job)return;const e=this.cost.trim(),s=e===""?null:Number(e);if(s!==null&&(!Number.isFinite(s)||s<0)){this.error=r("form.positive",{field:r("kpi.cost")});return}const a=s===null?"":Mt("cost",s,r("kpi.cost"));if(a){this.error=a;return}const n=hi(this.job,{notes:this.notes,rating:this.rating,tags:nt(this.tags),failure_reason:this.reasonChoice==="other"?this.reason.trim()||"other":this.reasonChoice,cost:s});I(this,"save",{changes:n})}};ut.styles=[B,Yt,D`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `];let k=ut;L([f({attribute:!1})],k.prototype,"job");L([f({type:Boolean})],k.prototype,"busy");L([f()],k.prototype,"error");L([v()],k.prototype,"notes");L([v()],k.prototype,"rating");L([v()],k.prototype,"tags");L([v()],k.prototype,"reason");L([v()],k.prototype,"reasonChoice");L([v()],k.prototype,"cost");P("pl-job-editor",k);var gi=Object.defineProperty,z=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&gi(t,e,a),a};const mt=class mt extends J{constructor(){super(...arguments),this.printers=[],this.busy=!1,this.error="",this.values=this.initial(),this.errors={}}initial(){return{printer_id:"",filename:"",status:"completed",start_date:xt(new Date,this.timeZone),start_time:"",hours:"",minutes:"",filament_g:"",filament_m:"",filament_type:"",cost:"",tags:"",notes:"",failure_reason:"",rating:null}}showErrors(t){const e={end:"start",print_duration:"duration",total_duration:"duration",filament_weight_g:"filament_g",filament_used_mm:"filament_m"},s={};for(const[a,n]of Object.entries(t)){const o=e[a]??a;s[o]??=`${a}: ${n}`}this.errors=s}reset(){this.values={...this.initial(),printer_id:this.printers[0]?.id??""},this.errors={}}willUpdate(){!this.values.printer_id&&this.printers.length&&(this.values={...this.values,printer_id:this.printers[0].id})}set(t){return e=>{this.values={...this.values,[t]:e.target.value}}}field(t){return this.errors[t]?l`<span class="err" id=${`err-${t}`}>${this.errors[t]}</span>`:""}render(){const t=this.values,e=s=>this.errors[s]?`err-${s}`:"";return l`<form @submit=${this.onSubmit} novalidate>
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
          ${Bt.map(s=>l`<option value=${s} ?selected=${s===t.status}>${xe(s)}</option>`)}
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
        ${Wt({value:t.cost,onInput:this.set("cost"),invalid:!!this.errors.cost,describedBy:e("cost")})}
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
      ${Qt(this,this.error,this.busy,r("jobs.add"))}
    </form>`}onSubmit(t){t.preventDefault();const{job:e,errors:s}=ui(this.values,this.timeZone);this.errors=s,e?I(this,"create",{job:e}):this.updateComplete.then(()=>this.renderRoot.querySelector("[aria-invalid='true'], .err")?.scrollIntoView?.({block:"nearest"}))}};mt.styles=[B,Yt,D`
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
    `];let C=mt;z([f({attribute:!1})],C.prototype,"printers");z([f()],C.prototype,"timeZone");z([f({type:Boolean})],C.prototype,"busy");z([f()],C.prototype,"error");z([v()],C.prototype,"values");z([v()],C.prototype,"errors");P("pl-job-form",C);var bi=Object.defineProperty,ct=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&bi(t,e,a),a};const ft=class ft extends J{constructor(){super(...arguments),this.loading=!1}render(){const t=this.options;return!this.summary||!t?l`<ul aria-busy="true">
        ${["kpi.jobs","kpi.success_rate","kpi.print_time","kpi.filament","kpi.cost"].map(e=>r(e)).map(e=>l`<li class="card loading"><span class="label">${e}</span><span class="value">…</span></li>`)}
      </ul>`:l`<ul class=${this.loading?"loading":""} aria-busy=${this.loading?"true":"false"}>
      ${ke(this.summary,t).map(e=>l`<li class="card" data-kpi=${e.id}>
          <span class="label">${e.label}</span>
          <span class="value">${e.value}</span>
          ${e.sub?l`<span class="sub">${e.sub}</span>`:""}
        </li>`)}
    </ul>`}};ft.styles=[B,D`
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
    `];let O=ft;ct([f({attribute:!1})],O.prototype,"summary");ct([f({attribute:!1})],O.prototype,"options");ct([f({type:Boolean})],O.prototype,"loading");P("pl-kpis",O);var $i=Object.defineProperty,M=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&$i(t,e,a),a};let et;function Xt(){return et??=H(()=>import("./chunks/pl-job-detail-BT7O6GGR.js"),[],import.meta.url).catch(i=>{et=void 0,console.warn("print_logger: the job detail did not load:",i)}),et}const it=20,gt=class gt extends J{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.narrow=!1,this.showFilters=!1,this.choicesLoaded=!1,this.shown=!1,this.list=new ti(this,()=>this.options?.timeZone,()=>!!this.changes.editingId),this.changes=new Ve(this,this.list)}willUpdate(t){if(t.has("api")&&this.api){const e=this.api;this.choicesLoaded=!1,this.list.reload().then(()=>He(e))}this.showFilters&&this.loadChoices(),this.changes.detailId&&Xt()}loadChoices(){this.choicesLoaded||!this.api||(this.choicesLoaded=!0,this.list.loadFilamentTypes(),this.list.loadSpoolChoices())}updated(){!this.shown&&this.list.loaded&&!this.list.summaryLoading&&(this.shown=!0,I(this,"jobs-rendered"))}async reload(){await this.list.reload()}showJob(t){this.changes.showJob(t)}handleLiveEvent(t){if(t.type==="job_changed"){const e=this.list.applyJob(t.job);customElements.get("pl-job-detail")&&this.renderRoot.querySelector("pl-job-detail")?.applyJob(t.job),this.list.scheduleRefresh(e||this.list.page!==0)}else t.type==="job_deleted"?(this.list.dropJob(t.job_id),this.changes.jobDeleted(t.job_id),this.list.scheduleRefresh(!0)):t.type==="jobs_changed"&&this.list.scheduleRefresh()}render(){const{list:t,changes:e}=this,s=this.options?{list:t,changes:e,admin:this.admin,options:this.options,printers:this.printers}:void 0;return l`
      <section aria-label=${r("jobs.key_figures")}>
        <pl-kpis .summary=${t.summary} .options=${this.options} .loading=${t.summaryLoading}></pl-kpis>
      </section>
      ${Ge({list:t,changes:e,admin:this.admin,printers:this.printers,showFilters:this.showFilters,toggleFilters:()=>this.showFilters=!this.showFilters})}
      ${this.showFilters?Ke(t,this.printers):c}
      ${t.error?l`<div class="error-banner" role="alert">
            <span>${r("jobs.load_error",{error:t.error})}</span>
            <button class="btn" @click=${()=>this.reload()}>${_(Ee)} ${r("common.retry")}</button>
          </div>`:c}
      <div class=${this.narrow?"":"card"}>
        ${t.loading?l`<div class="loading-bar" role="progressbar" aria-label=${r("jobs.loading")}></div>`:c}
        ${s?this.narrow?pi(s):oi(s):c} ${ci(t)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${e.message?"message":"sr-only"}>${e.message}</div>
    `}renderDialogs(){const t=this.changes,e=t.confirmJobs.length;return l`
      <pl-dialog .heading=${r("jobs.delete_heading",{count:e})} .open=${e>0} @closed=${()=>t.cancelDelete()}>
        <p>${r("jobs.delete_text",{count:e})}</p>
        <ul class="confirm-list">
          ${t.confirmJobs.slice(0,it).map(s=>l`<li>${dt(s.filename)} <span class="muted">(${s.printer_name})</span></li>`)}
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
              @job-updated=${s=>this.list.applyJob(s.detail.job)}
              @delete-jobs=${s=>t.askDelete(s.detail.jobs)}
            ></pl-job-detail>`:c}
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
    `}};gt.styles=[B,ii,je];let A=gt;M([f({attribute:!1})],A.prototype,"api");M([f({attribute:!1})],A.prototype,"options");M([f({attribute:!1})],A.prototype,"printers");M([f({type:Boolean})],A.prototype,"admin");M([f({type:Boolean,reflect:!0})],A.prototype,"narrow");M([v()],A.prototype,"showFilters");P("pl-jobs-view",A);var vi=Object.defineProperty,te=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&vi(t,e,a),a};const bt=class bt extends J{constructor(){super(...arguments),this.printers=[]}render(){return this.printers.length?l`<ul aria-label=${r("common.printers")}>
      ${this.printers.map(t=>{const e=t.current_job,s=t.online&&!!e&&(t.print_state==="printing"||t.print_state==="paused"),a=Ie(t),n=Te(t);return l`<li class="card" data-printer=${t.id}>
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
                  ${Ce(e)}
                  <div class="meta">
                    <span>${Ae(e)} %</span>
                    <span>${r("live.elapsed",{time:W(e.print_duration)})}</span>
                    <span>${n!==null?r("live.left",{time:W(n)}):""}</span>
                  </div>
                </div>
              </div>`:l`<span class="muted">${r("live.no_job")}</span>`}
        </li>`})}
    </ul>`:l``}};bt.styles=[B,Se,D`
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
    `];let Z=bt;te([f({attribute:!1})],Z.prototype,"printers");te([f({attribute:!1})],Z.prototype,"api");P("pl-live-strip",Z);var yi=Object.defineProperty,E=(i,t,e,s)=>{for(var a=void 0,n=i.length-1,o;n>=0;n--)(o=i[n])&&(a=o(t,e,a)||a);return a&&yi(t,e,a),a};const K=["jobs","files","analytics","maintenance"],ee={files:()=>H(()=>import("./chunks/pl-files-view-ChI8GXz7.js"),[],import.meta.url),analytics:()=>H(()=>import("./chunks/pl-analytics-view-Bj4-QNs4.js"),[],import.meta.url),maintenance:()=>H(()=>import("./chunks/pl-maintenance-view-DqgA4NwV.js"),[],import.meta.url),reprint:()=>H(()=>import("./chunks/pl-reprint-dialog-JP8xkZEP.js"),[],import.meta.url)},st=new Map;function at(i){let t=st.get(i);return t||(t=ee[i]().catch(e=>{throw st.delete(i),e}),st.set(i,t)),t}function rt(i){return i&&customElements.get(i.localName)?i:void 0}const _i="Print Log",$t=class $t extends J{constructor(){super(...arguments),this.narrow=!1,this.pendingJob="",this.view="jobs",this.printers=[],this.printersError="",this.reprint={filename:"",printerId:""},this.live=new Le}set route(t){this.routeValue=t,this.jobFromUrl()}get route(){return this.routeValue}willUpdate(t){if(t.has("hass")&&this.hass){const e=this.hass.connection;e!==this.connection&&(this.connection=e,this.api=new De(this.hass),this.resubscribe(),this.loadPrinters());const s=t.get("hass");if(!this.options||!s||s.locale!==this.hass.locale||s.config!==this.hass.config){const a=kt(this.hass);a.language===this.language?this.options=a:a.language===Re()?(this.options=a,this.language=a.language):this.switchLanguage(a)}}}async switchLanguage(t){const e=await Fe(t.language,t.numberLocale);this.hass&&kt(this.hass).language!==t.language||(this.options={...t,language:e},this.language=t.language)}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&this.resubscribe(),this.jobFromUrl()}jobFromUrl(){const t=new URLSearchParams(window.location.search),e=t.get("job");if(!e)return;t.delete("job");const s=t.toString();window.history.replaceState(window.history.state,"",window.location.pathname+(s?`?${s}`:"")),this.pendingJob=e,this.select("jobs"),this.requestUpdate()}updated(){const t=this.pendingJob?this.renderRoot.querySelector("pl-jobs-view"):null;t&&(t.showJob(this.pendingJob),this.pendingJob="")}disconnectedCallback(){super.disconnectedCallback(),this.live.stop()}resubscribe(){this.live.stop();const t=this.api;!t||!this.isConnected||this.live.start(t,e=>this.onLiveEvent(e),e=>console.warn("print_logger: live updates unavailable:",j(e)))}async loadPrinters(){if(this.api)try{const t=await this.api.listPrinters();this.printers=t.printers,this.printersError=""}catch(t){this.printersError=j(t)}}onLiveEvent(t){this.printers=Pe(this.printers,t),this.renderRoot.querySelector("pl-jobs-view")?.handleLiveEvent(t),rt(this.renderRoot.querySelector("pl-analytics-view"))?.handleLiveEvent(t),t.type!=="printer"&&(t.type!=="job_changed"||t.job.status!=="in_progress")&&rt(this.renderRoot.querySelector("pl-files-view"))?.refresh()}select(t){return this.view=t,t==="jobs"?Promise.resolve():at(t).catch(e=>console.warn("print_logger:",j(e)))}prefetch(){const t=()=>{for(const e of Object.keys(ee))(e!=="reprint"||this.hass?.user?.is_admin)&&at(e).catch(()=>{});Xt()};"requestIdleCallback"in window?window.requestIdleCallback(t,{timeout:2e3}):setTimeout(t,200)}onTabKey(t){if(t.key!=="ArrowLeft"&&t.key!=="ArrowRight"&&t.key!=="Home"&&t.key!=="End")return;t.preventDefault();const e=K.indexOf(this.view),s=t.key==="ArrowLeft"?K.length-1:1,a=K[(e+s)%K.length]??"jobs";this.select(t.key==="Home"?"jobs":t.key==="End"?"maintenance":a),this.updateComplete.then(()=>this.renderRoot.querySelector('[role="tab"][aria-selected="true"]')?.focus())}render(){if(!this.hass||!this.api||!this.options||!this.language)return c;const t=!!this.hass.user?.is_admin,e=(s,a,n)=>l`<button
        role="tab"
        id=${`tab-${s}`}
        aria-selected=${this.view===s?"true":"false"}
        aria-controls=${`view-${s}`}
        aria-label=${a}
        tabindex=${this.view===s?0:-1}
        @click=${()=>{this.select(s)}}
      >
        ${_(n)}<span class="label">${a}</span>
      </button>`;return l`
      <header>
        ${this.narrow?l`<button class="icon-btn" aria-label=${r("panel.open_sidebar")} @click=${()=>I(this,"hass-toggle-menu")}>
              ${_(Je)}
            </button>`:c}
        <h1>${this.panel?.title&&this.panel.title!==_i?this.panel.title:r("panel.title")}</h1>
        <div role="tablist" aria-label=${r("panel.views")} @keydown=${this.onTabKey}>
          ${e("jobs",r("panel.jobs"),Be)} ${e("files",r("panel.files"),Oe)}
          ${e("analytics",r("panel.analytics"),ze)}
          ${e("maintenance",r("panel.maintenance"),Jt)}
        </div>
      </header>
      ${Ne(this.language,l`<main
        @print-again=${s=>{at("reprint").catch(a=>console.warn("print_logger:",j(a))),this.reprint={filename:s.detail.filename,printerId:s.detail.printerId}}}
        @show-file=${s=>{this.select("files").then(()=>rt(this.renderRoot.querySelector("pl-files-view"))?.showFile(s.detail.fileId))}}
        @jobs-rendered=${()=>this.prefetch()}
      >
        ${this.printersError?l`<div class="error-banner" role="alert">
              <span>${r("panel.printers_error",{error:this.printersError})}</span>
              <button class="btn" @click=${()=>this.loadPrinters()}>${r("common.retry")}</button>
            </div>`:c}
        <pl-live-strip
          .api=${this.api}
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
        ${t?l`<pl-reprint-dialog
              .api=${this.api}
              .printers=${this.printers}
              .filename=${this.reprint.filename}
              .printerId=${this.reprint.printerId}
              @reprint-closed=${()=>this.reprint={filename:"",printerId:""}}
            ></pl-reprint-dialog>`:c}
      </main>`)}
    `}};$t.styles=[B,D`
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
    `];let x=$t;E([f({attribute:!1})],x.prototype,"hass");E([f({type:Boolean,reflect:!0})],x.prototype,"narrow");E([f({attribute:!1})],x.prototype,"panel");E([v()],x.prototype,"view");E([v()],x.prototype,"printers");E([v()],x.prototype,"printersError");E([v()],x.prototype,"api");E([v()],x.prototype,"options");E([v()],x.prototype,"reprint");E([v()],x.prototype,"language");P("print-logger-panel",x);export{Yt as a,Wt as b,ni as c,Qt as d,He as e,Ht as f,ki as h,zt as l};
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
