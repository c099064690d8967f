import{_,$ as x,c as w,a as b,A as d,aA as k,aB as v,aC as T,H as g,I as j,au as E,Q as R,h as r,N as I,l as s,d as c,aw as y,aD as S,a9 as C,K as A,L,a2 as p,a3 as l}from"./shared-DduXoXll.js";import{f as q,d as z}from"./shared-DUOmt4lY.js";var H=Object.defineProperty,n=(m,t,e,o)=>{for(var i=void 0,h=m.length-1,$;h>=0;h--)($=m[h])&&(i=$(t,e,i)||i);return i&&H(t,e,i),i};const f=25,O=300,u=class u extends _{constructor(){super(...arguments),this.printers=[],this.admin=!1,this.active=!1,this.files=[],this.total=0,this.offset=0,this.q="",this.printerId="",this.sort="last_start",this.order="desc",this.loading=!1,this.error="",this.thumbnails={},this.recordError="",this.loadToken=0,this.loaded=!1}willUpdate(t){(t.has("active")||t.has("api"))&&this.active&&this.api&&!this.loaded&&(this.loaded=!0,this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer);for(const t of Object.values(this.thumbnails))URL.revokeObjectURL(t)}refresh(){this.loaded&&this.load()}async showFile(t){if(this.api){this.recordError="";try{this.record=await this.api.getFile(t)}catch(e){this.record=void 0,this.recordError=b(e)}}}async load(){const t=this.api;if(!t)return;const e=++this.loadToken;this.loading=!0;try{const o=await t.listFiles({printer_id:this.printerId||void 0,q:this.q||void 0,sort:this.sort,order:this.order,limit:f,offset:this.offset});if(e!==this.loadToken)return;this.files=o.files,this.total=o.total,this.error="",this.loadThumbnails(o.files)}catch(o){e===this.loadToken&&(this.error=b(o))}finally{e===this.loadToken&&(this.loading=!1)}}async loadThumbnails(t){const e=this.api;if(e)for(const o of t){const i=o.thumbnail_job_id;if(!(!i||this.thumbnails[i]))try{const h=await e.thumbnail(i);h&&(this.thumbnails={...this.thumbnails,[i]:URL.createObjectURL(h)})}catch{}}}change(t){t(),this.offset=0,this.load()}onSearch(t){clearTimeout(this.searchTimer),this.searchTimer=setTimeout(()=>this.change(()=>this.q=t.trim()),O)}printAgain(t){q(this,"print-again",{filename:t.filename,printerId:t.printers[0]?.printer_id??""})}renderStats(t){const e=this.options;return e?r`<td class="num">${k(t.prints,e)}</td>
      <td class="num">${v(t.success_rate===null?null:t.success_rate*100,e)}</td>
      <td>${T(t.last_status)}<br /><span class="muted">${g(t.last_start,e,!1)}</span></td>
      <td class="num">${j(t.mean_print_duration)}</td>
      <td class="num">${E(null,t.mean_filament_mm,e)}</td>
      <td class="num">${R(t.cost,e)}</td>
      <td class="num">
        ${t.estimate_ratio===null?"—":v(t.estimate_ratio*100,e)}
      </td>`:d}renderRow(t){const e=t.thumbnail_job_id?this.thumbnails[t.thumbnail_job_id]:void 0;return r`<tr data-file=${t.id}>
      <td>${e?r`<img class="thumb" src=${e} alt="" />`:r`<span class="thumb"></span>`}</td>
      <td>
        <button class="file" aria-haspopup="dialog" @click=${()=>this.showFile(t.id)}>${I(t.filename)}</button>
        ${t.versions>1?r`<span class="chip version">${s("files.version",{n:t.version,count:t.versions})}</span>`:d}
        <div class="printers">
          ${t.printers.map(o=>`${o.printer_name??o.printer_id} (${o.prints})`).join(", ")}
        </div>
      </td>
      ${this.renderStats(t.stats)}
      ${this.admin?r`<td>
            <button class="btn" @click=${()=>this.printAgain(t)}>${c(y)} ${s("reprint.action")}</button>
          </td>`:d}
    </tr>`}renderRecord(){const t=this.record,e=this.options;if(!t||!e)return d;const o=t.file;return r`<h3>${s("files.per_printer")}</h3>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>${s("common.printer")}</th>
              ${this.statHeaders()}
            </tr>
          </thead>
          <tbody>
            ${[...o.printers,o.stats].map(i=>r`<tr>
                <td>${i.printer_id===null?r`<strong>${s("files.farm")}</strong>`:i.printer_name}</td>
                ${this.renderStats(i)}
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${t.versions.length>1?r`<h3>${s("files.versions")}</h3>
            <ul>
              ${t.versions.map(i=>r`<li>
                  ${s("files.version",{n:i.version,count:i.versions})}:
                  ${s("common.n_jobs",{count:i.stats.prints,n:i.stats.prints})},
                  ${g(i.stats.first_start,e,!1)}
                  ${i.id===o.id?r`<span class="muted">(${s("files.this_version")})</span>`:d}
                </li>`)}
            </ul>`:d}
      ${this.admin?r`<button slot="actions" class="btn primary" @click=${()=>this.printAgain(o)}>
            ${c(y)} ${s("reprint.action")}
          </button>`:d}`}statHeaders(){const t=(e,o=!0)=>r`<th class=${o?"num":""}>${s(e)}</th>`;return r`${t("files.prints")}${t("files.success_rate")}${t("files.last_result",!1)}${t("files.mean_time")}${t("files.mean_filament")}${t("files.cost")}${t("files.estimate")}`}render(){if(!this.options)return d;const t=Math.min(this.offset+f,this.total);return r`
      <div class="toolbar" role="search">
        <label
          >${s("files.search")}
          <input type="search" .value=${this.q} @input=${e=>this.onSearch(e.target.value)}
        /></label>
        <label
          >${s("common.printer")}
          <select @change=${e=>this.change(()=>this.printerId=e.target.value)}>
            <option value="" ?selected=${!this.printerId}>${s("common.all_printers")}</option>
            ${this.printers.map(e=>r`<option value=${e.id} ?selected=${e.id===this.printerId}>${e.name}</option>`)}
          </select></label
        >
        <label
          >${s("files.sort")}
          <select @change=${e=>this.change(()=>this.sort=e.target.value)}>
            ${S.map(e=>r`<option value=${e} ?selected=${e===this.sort}>${s(`files.sort.${e}`)}</option>`)}
          </select></label
        >
        <label
          >${s("files.order")}
          <select
            @change=${e=>this.change(()=>this.order=e.target.value)}
          >
            <option value="desc" ?selected=${this.order==="desc"}>${s("files.order.desc")}</option>
            <option value="asc" ?selected=${this.order==="asc"}>${s("files.order.asc")}</option>
          </select></label
        >
        <button class="icon-btn" aria-label=${s("common.refresh")} @click=${()=>this.load()}>${c(C)}</button>
      </div>
      ${this.error?r`<div class="error-banner" role="alert">
            <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${s("common.retry")}</button>
          </div>`:d}
      <div class="card table-wrap" aria-busy=${this.loading?"true":"false"}>
        <table>
          <thead>
            <tr>
              <th><span class="sr-only">${s("files.thumbnail")}</span></th>
              <th>${s("files.file")}</th>
              ${this.statHeaders()}
              ${this.admin?r`<th><span class="sr-only">${s("reprint.action")}</span></th>`:d}
            </tr>
          </thead>
          <tbody>
            ${this.files.map(e=>this.renderRow(e))}
          </tbody>
        </table>
        ${!this.loading&&!this.files.length?r`<p class="muted">${s("files.none")}</p>`:d}
      </div>
      <div class="pager">
        <span class="muted">${s("files.range",{from:this.total?this.offset+1:0,to:t,total:this.total})}</span>
        <button
          class="icon-btn"
          aria-label=${s("files.previous")}
          ?disabled=${this.offset===0}
          @click=${()=>{this.offset=Math.max(0,this.offset-f),this.load()}}
        >
          ${c(A)}
        </button>
        <button
          class="icon-btn"
          aria-label=${s("files.next")}
          ?disabled=${t>=this.total}
          @click=${()=>{this.offset+=f,this.load()}}
        >
          ${c(L)}
        </button>
      </div>
      <pl-dialog
        wide
        .heading=${this.record?this.record.file.filename:s("files.record")}
        .open=${!!this.record||!!this.recordError}
        @closed=${()=>{this.record=void 0,this.recordError=""}}
      >
        ${this.recordError?r`<p class="status-error" role="alert">${this.recordError}</p>`:this.renderRecord()}
      </pl-dialog>
    `}};u.styles=[x,w`
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
    `];let a=u;n([p({attribute:!1})],a.prototype,"api");n([p({attribute:!1})],a.prototype,"options");n([p({attribute:!1})],a.prototype,"printers");n([p({type:Boolean})],a.prototype,"admin");n([p({type:Boolean})],a.prototype,"active");n([l()],a.prototype,"files");n([l()],a.prototype,"total");n([l()],a.prototype,"offset");n([l()],a.prototype,"q");n([l()],a.prototype,"printerId");n([l()],a.prototype,"sort");n([l()],a.prototype,"order");n([l()],a.prototype,"loading");n([l()],a.prototype,"error");n([l()],a.prototype,"thumbnails");n([l()],a.prototype,"record");n([l()],a.prototype,"recordError");z("pl-files-view",a);export{a as PlFilesView};
