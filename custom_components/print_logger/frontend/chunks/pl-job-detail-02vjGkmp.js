import{O as R,P as z,q as E,au as T,l as o,A as l,x as v,g as a,T as c,aj as J,a as S,U as u,w as k,Y as X,J as Z,s as tt,D as et,al as it,y as st,I as ot,av as at,c as U,af as nt,G as rt,f as lt}from"./shared-CW8-eAzL.js";import{d as L,f as y}from"./shared-DUOmt4lY.js";import{d as dt,f as pt}from"../print-logger-panel.js";const M=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function x(r){if(r==null)return"—";if(typeof r=="string")return r;if(typeof r=="number"||typeof r=="boolean")return String(r);try{return JSON.stringify(r,null,2)}catch{return String(r)}}function ct(r){if(!r)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),s=Object.entries(r).filter(([e,n])=>!t.has(e)&&n!==null&&n!==""),i=e=>{const n=M.indexOf(e);return n<0?M.length:n};return s.sort(([e],[n])=>i(e)-i(n)||e.localeCompare(n))}function I(r){const t=r.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function ht(r,t,s){const i=Date.parse(t),e=[];let n=null;for(const d of r){const $=(Date.parse(d.at)-i)/1e3;d.type==="paused"&&n===null?n=$:(d.type==="resumed"||d.type==="finished"||d.type==="cancelled")&&n!==null&&(e.push([n,$]),n=null)}return n!==null&&e.push([n,s]),e}function ut(r){const t=[];let s=[];for(const[i,e]of r)e===null?(s.length&&t.push(s),s=[]):s.push([i,e]);return s.length&&t.push(s),t}var mt=Object.defineProperty,_=(r,t,s,i)=>{for(var e=void 0,n=r.length-1,d;n>=0;n--)(d=r[n])&&(e=d(t,s,e)||e);return e&&mt(t,s,e),e};const F=600,w=120,j=4,C=class C extends R{constructor(){super(...arguments),this.sensors=[],this.events=[],this.start="",this.duration=0}chart(t){const s=t.series.at(-1)?.[0]??0,i=Math.max(this.duration,s,1),e=t.min??0,d=(t.max??1)-e||1,$=f=>j+f/i*(F-2*j),A=f=>w-j-(f-e)/d*(w-2*j),K=ut(t.series).map((f,O,Y)=>{const N=[];return f.forEach(([q,B],Q)=>{const H=f[Q+1],V=H?H[0]:O===Y.length-1?i:q;N.push(`${$(q)},${A(B)}`,`${$(V)},${A(B)}`)}),T`<polyline class="line" points=${N.join(" ")}></polyline>`}),W=ht(this.events,this.start,i).map(([f,O])=>T`<rect class="pause" x=${$(f)} y="0" width=${Math.max(2,$(O)-$(f))} height=${w}><title>${o("climate.paused")}</title></rect>`);return T`<svg viewBox="0 0 ${F} ${w}" role="img" aria-label=${t.name||t.entity_id}>${W}${K}</svg>`}render(){if(!this.sensors.length)return l;const t=this.options,s=i=>i===null?"—":t?J(i,t,1):i.toFixed(1);return a`${this.sensors.map(i=>a`<figure class="sensor" data-entity=${i.entity_id}>
        ${this.chart(i)}
        <figcaption>
          <strong>${i.name||i.entity_id}</strong>
          <span
            >${o("climate.stats",{min:s(i.min),mean:s(i.mean),max:s(i.max),unit:i.unit??""})}</span
          >
          ${i.missing_seconds>0?a`<span class="muted">${o("climate.missing",{time:v(i.missing_seconds)})}</span>`:l}
        </figcaption>
      </figure>`)}`}};C.styles=[z,E`
      :host {
        display: block;
      }
      figure {
        margin: 0 0 12px;
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
        background: var(--secondary-background-color, #f7f7f7);
        border-radius: 6px;
      }
      .pause {
        fill: var(--warning-color, #ffa600);
        opacity: 0.25;
      }
      .line {
        fill: none;
        stroke: var(--primary-color, #03a9f4);
        stroke-width: 2;
      }
      figcaption {
        font-size: 13px;
        display: flex;
        justify-content: space-between;
        flex-wrap: wrap;
        gap: 8px;
      }
    `];let g=C;_([c({attribute:!1})],g.prototype,"sensors");_([c({attribute:!1})],g.prototype,"events");_([c()],g.prototype,"start");_([c({type:Number})],g.prototype,"duration");_([c({attribute:!1})],g.prototype,"options");L("pl-climate-chart",g);var ft=Object.defineProperty,b=(r,t,s,i)=>{for(var e=void 0,n=r.length-1,d;n>=0;n--)(d=r[n])&&(e=d(t,s,e)||e);return e&&ft(t,s,e),e};const D=class D extends R{constructor(){super(...arguments),this.photos=[],this.jobId="",this.admin=!1,this.urls={},this.busy=!1,this.error=""}willUpdate(t){t.has("photos")&&this.loadImages()}disconnectedCallback(){super.disconnectedCallback();for(const t of Object.values(this.urls))URL.revokeObjectURL(t);this.urls={}}async loadImages(){const t=this.api;if(!t)return;const s=new Set(this.photos.map(e=>e.id)),i={};for(const[e,n]of Object.entries(this.urls))s.has(e)?i[e]=n:URL.revokeObjectURL(n);this.urls=i;for(const e of this.photos)if(!this.urls[e.id])try{const n=await t.photo(e.id);n&&(this.urls={...this.urls,[e.id]:URL.createObjectURL(n)})}catch{}}async upload(t){const s=t.target,i=s.files?.[0];if(s.value="",!(!i||!this.api)){this.busy=!0,this.error="";try{const e=await this.api.uploadPhoto(this.jobId,i);this.photos=[...this.photos,e],y(this,"photos-changed",{photos:this.photos})}catch(e){this.error=o("photos.upload_failed",{error:S(e)})}finally{this.busy=!1}}}async deletePhoto(t){if(this.api){this.error="";try{await this.api.deletePhoto(t.id),this.open=void 0,this.photos=this.photos.filter(s=>s.id!==t.id),y(this,"photos-changed",{photos:this.photos})}catch(s){this.error=S(s)}}}render(){const t=this.options,s=i=>a`${o(`photos.kind.${i.kind}`)}${t?a`<br />${k(i.taken_at,t)}`:l}`;return a`
      <div class="strip" role="list" aria-label=${o("photos.title")}>
        ${this.photos.length===0?a`<span class="muted">${o("photos.none")}</span>`:l}
        ${this.photos.map(i=>a`<figure role="listitem">
            <button type="button" @click=${()=>this.open=i} aria-label=${o("photos.open")}>
              ${this.urls[i.id]?a`<img src=${this.urls[i.id]} alt=${o(`photos.kind.${i.kind}`)} />`:l}
            </button>
            <figcaption>${s(i)}</figcaption>
          </figure>`)}
      </div>
      ${this.admin?a`<div class="actions upload">
            <label class="btn">
              ${this.busy?o("photos.uploading"):o("photos.add")}
              <input type="file" accept="image/*" capture="environment" ?disabled=${this.busy} @change=${this.upload} />
            </label>
          </div>`:l}
      ${this.error?a`<p class="error" role="alert">${this.error}</p>`:l}
      ${this.open?a`<div class="viewer" role="dialog" aria-modal="true" @click=${()=>this.open=void 0}>
            <img src=${this.urls[this.open.id]??""} alt=${o(`photos.kind.${this.open.kind}`)} />
            <div>${s(this.open)}</div>
            <div class="actions" @click=${i=>i.stopPropagation()}>
              <button class="btn" @click=${()=>this.open=void 0}>${o("photos.close")}</button>
              ${this.admin?a`<button class="btn danger" @click=${()=>this.open&&void this.deletePhoto(this.open)}>
                    ${o("common.delete")}
                  </button>`:l}
            </div>
          </div>`:l}
    `}};D.styles=[z,E`
      :host {
        display: block;
      }
      .strip {
        display: flex;
        gap: 8px;
        overflow-x: auto;
        padding-bottom: 4px;
        align-items: flex-start;
      }
      figure {
        margin: 0;
        flex: none;
        width: 128px;
      }
      figure button {
        padding: 0;
        border: 1px solid var(--divider-color, #ddd);
        border-radius: 6px;
        background: var(--secondary-background-color, #f5f5f5);
        cursor: zoom-in;
        width: 128px;
        height: 96px;
        overflow: hidden;
        display: block;
      }
      figure img {
        width: 100%;
        height: 100%;
        object-fit: cover;
        display: block;
      }
      figcaption {
        font-size: 12px;
        color: var(--secondary-text-color);
      }
      .upload input {
        display: none;
      }
      .viewer {
        position: fixed;
        inset: 0;
        background: rgba(0, 0, 0, 0.85);
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        z-index: 10;
        gap: 8px;
        color: #fff;
      }
      .viewer img {
        max-width: 95vw;
        max-height: 80vh;
      }
    `];let h=D;b([c({attribute:!1})],h.prototype,"api");b([c({attribute:!1})],h.prototype,"options");b([c({attribute:!1})],h.prototype,"photos");b([c()],h.prototype,"jobId");b([c({type:Boolean})],h.prototype,"admin");b([u()],h.prototype,"urls");b([u()],h.prototype,"open");b([u()],h.prototype,"busy");b([u()],h.prototype,"error");L("pl-job-photos",h);var bt=Object.defineProperty,m=(r,t,s,i)=>{for(var e=void 0,n=r.length-1,d;n>=0;n--)(d=r[n])&&(e=d(t,s,e)||e);return e&&bt(t,s,e),e};const P=class P extends R{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&dt(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const s=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const i=await t.getJob(this.jobId);if(s!==this.loadToken)return;if(this.job=i,i.has_thumbnail){this.thumbnailState="loading";try{const e=await t.thumbnail(i.id);if(s!==this.loadToken)return;e?(this.thumbnailUrl=URL.createObjectURL(e),this.thumbnailState="ok"):this.thumbnailState="none"}catch{s===this.loadToken&&(this.thumbnailState="error")}}}catch(i){s===this.loadToken&&(this.error=S(i))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return a`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${o("common.retry")}</button>
      </div>`;const t=this.job,s=this.options;if(!t||!s)return a`<p class="muted" aria-busy="true">${o("common.loading")}</p>`;const i=Z(t.filament_colour);return a`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?a`<img src=${this.thumbnailUrl??""} alt=${o("detail.thumbnail_of",{file:tt(t.filename)})} />`:a`<span class="muted"
                >${this.thumbnailState==="loading"?o("common.loading"):this.thumbnailState==="error"?o("detail.thumbnail_unavailable"):o("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${et(t.filename)}</div>
          <p>${it(t.status)} <span class="muted">${G("source",t.source)}</span></p>
          <dl>
            <dt>${o("common.printer")}</dt>
            <dd>${t.printer_name}</dd>
            <dt>${o("detail.job_id")}</dt>
            <dd class="job-id">
              <code>${t.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label=${o("detail.copy_id")}
                title=${o("detail.copy_id_title")}
                @click=${()=>{this.copyId(t.id)}}
              >
                ${this.copied?o("detail.copied"):o("detail.copy")}
              </button>
            </dd>
            <dt>${o("column.started")}</dt>
            <dd>${k(t.start,s)}</dd>
            <dt>${o("detail.ended")}</dt>
            <dd>${k(t.end,s)}</dd>
            <dt>${o("kpi.print_time")}</dt>
            <dd>
              ${v(t.print_duration)}
              ${t.estimated_time?a`<span class="muted">(${o("detail.estimated",{time:v(t.estimated_time)})})</span>`:l}
            </dd>
            <dt>${o("detail.total_time")}</dt>
            <dd>${v(t.total_duration)}</dd>
            ${t.pause_count?a`<dt>${o("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${v(t.paused_duration)})</dd>`:l}
            <dt>${o("kpi.filament")}</dt>
            <dd>
              ${i?a`<span class="swatch" style=${`background:${i}`}></span>`:l}
              ${st(t.filament_weight_g,t.filament_used_mm,s)}
              ${t.filament_type??""}
              <span class="muted">${J(t.filament_used_mm/1e3,s,2)} m</span>
            </dd>
            <dt>${o("kpi.cost")}</dt>
            <dd>${ot(t.cost,s)}</dd>
            ${t.error_message?a`<dt>${o("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:l}
          </dl>
        </div>
      </div>

      ${t.spools?.length?a`<h3>${o("spools.title")}</h3>
            ${at(t.spools,t.spool_filament_cost,s)}`:l}

      <h3>${o("detail.notes_rating")}</h3>
      ${this.editing?a`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:a`<dl>
              <dt>${o("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${o("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(e=>a`<span class="tag">${e}</span>`):"—"}</dd>
              <dt>${o("detail.failure_reason")}</dt>
              <dd>${pt(t.failure_reason)||"—"}</dd>
              <dt>${o("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${t.file_id?a`<div class="actions">
                  <button class="btn" @click=${()=>y(this,"show-file",{fileId:t.file_id})}>
                    ${o("files.open_record")}
                  </button>
                  ${this.admin?a`<button
                        class="btn"
                        @click=${()=>y(this,"print-again",{filename:t.filename,printerId:t.printer_id})}
                      >
                        ${U(nt)} ${o("reprint.action")}
                      </button>`:l}
                </div>`:l}
            ${this.admin?a`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${U(rt)} ${o("common.edit")}</button>
                  <button class="btn danger" @click=${()=>y(this,"delete-jobs",{jobs:[t]})}>
                    ${U(lt)} ${o("common.delete")}
                  </button>
                </div>`:l}`}

      <h3>${o("photos.title")}</h3>
      <pl-job-photos
        .api=${this.api}
        .options=${s}
        .photos=${t.photos??[]}
        .jobId=${t.id}
        ?admin=${this.admin}
        @photos-changed=${e=>{this.job&&(this.job={...this.job,photos:e.detail.photos})}}
      ></pl-job-photos>

      ${t.climate?.length?a`<h3>${o("climate.title")}</h3>
            <pl-climate-chart
              .sensors=${t.climate}
              .events=${t.events}
              .start=${t.start}
              .duration=${t.total_duration}
              .options=${s}
            ></pl-climate-chart>`:l}

      <h3>${o("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${o("detail.timeline")}</h3>
      ${t.events.length?a`<ol class="timeline">
            ${t.events.map(e=>a`<li>
                <strong>${G("event",e.type)}</strong>
                <span class="muted">${k(e.at,s)}</span>
                ${e.data&&Object.keys(e.data).length?a`<div class="muted">
                      ${Object.entries(e.data).map(([n,d])=>a`<span>${I(n)}: ${x(d)}</span> `)}
                    </div>`:l}
              </li>`)}
          </ol>`:a`<p class="muted">${o("detail.no_events")}</p>`}

      <h3>${o("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?a`<details>
            <summary>${o("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([e,n])=>a`<tr>
                    <th scope="row">${e}</th>
                    <td><pre>${x(n)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:a`<p class="muted">${o("detail.no_metadata")}</p>`}
    `}renderDetails(t){const s=ct(t.details);return s.length?a`<table>
      <tbody>
        ${s.map(([i,e])=>a`<tr>
            <th scope="row">${I(i)}</th>
            <td>${typeof e=="object"?a`<pre>${x(e)}</pre>`:x(e)}</td>
          </tr>`)}
      </tbody>
    </table>`:a`<p class="muted">${o("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const s=this.renderRoot.querySelector(".job-id code"),i=document.createRange();s&&i.selectNodeContents(s);const e=window.getSelection();e?.removeAllRanges(),e?.addRange(i),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const s=t.detail.changes;if(!Object.keys(s).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const i=await this.api.updateJob(this.job.id,s);this.job={...this.job,...i},this.editing=!1,y(this,"job-updated",{job:i})}catch(i){this.saveError=S(i)}finally{this.saving=!1}}};P.styles=[z,X,E`
      :host {
        display: block;
      }
      .top {
        display: grid;
        grid-template-columns: 180px 1fr;
        gap: 16px;
        align-items: start;
      }
      .thumb {
        width: 180px;
        height: 180px;
        border-radius: 8px;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
        display: flex;
        align-items: center;
        justify-content: center;
        overflow: hidden;
      }
      .thumb img {
        max-width: 100%;
        max-height: 100%;
        object-fit: contain;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 16px;
        margin: 0;
      }
      dt {
        color: var(--pl-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      h3 {
        margin: 20px 0 8px;
        font-size: 1rem;
        font-weight: 500;
      }
      .actions {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
        margin-top: 12px;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9em;
      }
      th,
      td {
        text-align: left;
        padding: 4px 8px 4px 0;
        border-bottom: var(--pl-border);
        vertical-align: top;
        overflow-wrap: anywhere;
      }
      th {
        color: var(--pl-muted);
        font-weight: normal;
        width: 40%;
      }
      ol.timeline {
        list-style: none;
        margin: 0;
        padding: 0 0 0 14px;
        border-left: 2px solid var(--divider-color, #ddd);
      }
      ol.timeline li {
        position: relative;
        padding: 0 0 10px 8px;
      }
      ol.timeline li::before {
        content: "";
        position: absolute;
        left: -21px;
        top: 5px;
        width: 10px;
        height: 10px;
        border-radius: 50%;
        background: var(--primary-color, #03a9f4);
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-size: 0.85em;
        margin: 0;
      }
      dd.notes {
        white-space: pre-wrap;
      }
      details summary {
        cursor: pointer;
        padding: 4px 0;
      }
      .job-id code {
        font-size: 0.85em;
        overflow-wrap: anywhere;
        user-select: all;
      }
      .job-id .copy {
        margin-left: 6px;
        font-size: 0.8em;
        padding: 2px 6px;
      }
      .filename {
        font-size: 1.1em;
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      @media (max-width: 600px) {
        .top {
          grid-template-columns: 1fr;
        }
        .thumb {
          width: 100%;
          height: 200px;
        }
      }
    `];let p=P;m([c({attribute:!1})],p.prototype,"api");m([c({attribute:!1})],p.prototype,"options");m([c()],p.prototype,"jobId");m([c({type:Boolean})],p.prototype,"admin");m([u()],p.prototype,"job");m([u()],p.prototype,"error");m([u()],p.prototype,"editing");m([u()],p.prototype,"saving");m([u()],p.prototype,"saveError");m([u()],p.prototype,"thumbnailUrl");m([u()],p.prototype,"thumbnailState");m([u()],p.prototype,"copied");L("pl-job-detail",p);function G(r,t){const s=`${r}.${t}`,i=o(s);return i===s?I(t):i}export{p as PlJobDetail};
