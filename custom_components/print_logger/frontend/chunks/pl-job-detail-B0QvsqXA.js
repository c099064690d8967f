import{Z as F,_ as B,c as W,aV as k,l as s,A as d,I as x,h as r,a1 as p,ay as O,a as z,a2 as m,Q as T,H as N,a6 as pt,a7 as ct,R as ht,s as ut,N as mt,aA as ft,J as bt,aW as $t,d as V,au as gt,O as yt,g as _t}from"./shared-1gMa2sV6.js";import{d as q,f as j}from"./shared-DUOmt4lY.js";import{f as vt}from"../print-logger-panel.js";const ot=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function P(n){if(n==null)return"—";if(typeof n=="string")return n;if(typeof n=="number"||typeof n=="boolean")return String(n);try{return JSON.stringify(n,null,2)}catch{return String(n)}}function wt(n){if(!n)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),e=Object.entries(n).filter(([o,a])=>!t.has(o)&&a!==null&&a!==""),i=o=>{const a=ot.indexOf(o);return a<0?ot.length:a};return e.sort(([o],[a])=>i(o)-i(a)||o.localeCompare(a))}function Z(n){const t=n.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function nt(n,t,e){const i=Date.parse(t),o=[];let a=null;for(const l of n){const c=(Date.parse(l.at)-i)/1e3;l.type==="paused"&&a===null?a=c:(l.type==="resumed"||l.type==="finished"||l.type==="cancelled")&&a!==null&&(o.push([a,c]),a=null)}return a!==null&&o.push([a,e]),o}function lt(n){const t=[];let e=[];for(const[i,o]of n)o===null?(e.length&&t.push(e),e=[]):e.push([i,o]);return e.length&&t.push(e),t}var xt=Object.defineProperty,I=(n,t,e,i)=>{for(var o=void 0,a=n.length-1,l;a>=0;a--)(l=n[a])&&(o=l(t,e,o)||o);return o&&xt(t,e,o),o};const it=600,C=120,M=4,X=class X extends F{constructor(){super(...arguments),this.sensors=[],this.events=[],this.start="",this.duration=0}chart(t){const e=t.series.at(-1)?.[0]??0,i=Math.max(this.duration,e,1),o=t.min??0,l=(t.max??1)-o||1,c=$=>M+$/i*(it-2*M),v=$=>C-M-($-o)/l*(C-2*M),G=lt(t.series).map(($,h,w)=>{const E=[];return $.forEach(([U,D],L)=>{const S=$[L+1],Q=S?S[0]:h===w.length-1?i:U;E.push(`${c(U)},${v(D)}`,`${c(Q)},${v(D)}`)}),k`<polyline class="line" points=${E.join(" ")}></polyline>`}),K=nt(this.events,this.start,i).map(([$,h])=>k`<rect class="pause" x=${c($)} y="0" width=${Math.max(2,c(h)-c($))} height=${C}><title>${s("climate.paused")}</title></rect>`);return k`<svg viewBox="0 0 ${it} ${C}" role="img" aria-label=${t.name||t.entity_id}>${K}${G}</svg>`}render(){if(!this.sensors.length)return d;const t=this.options,e=i=>i===null?"—":t?O(i,t,1):i.toFixed(1);return r`${this.sensors.map(i=>r`<figure class="sensor" data-entity=${i.entity_id}>
        ${this.chart(i)}
        <figcaption>
          <strong>${i.name||i.entity_id}</strong>
          <span
            >${s("climate.stats",{min:e(i.min),mean:e(i.mean),max:e(i.max),unit:i.unit??""})}</span
          >
          ${i.missing_seconds>0?r`<span class="muted">${s("climate.missing",{time:x(i.missing_seconds)})}</span>`:d}
        </figcaption>
      </figure>`)}`}};X.styles=[B,W`
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
    `];let y=X;I([p({attribute:!1})],y.prototype,"sensors");I([p({attribute:!1})],y.prototype,"events");I([p()],y.prototype,"start");I([p({type:Number})],y.prototype,"duration");I([p({attribute:!1})],y.prototype,"options");q("pl-climate-chart",y);var jt=Object.defineProperty,R=(n,t,e,i)=>{for(var o=void 0,a=n.length-1,l;a>=0;a--)(l=n[a])&&(o=l(t,e,o)||o);return o&&jt(t,e,o),o};const st=600,A=140,H=4;function kt(n){if(!n)return"";const t=`jobcost.source.${n}`,e=s(t);return e===t?n:e}function St(n,t){const e=n.costs,i=e?.total_cost??n.cost,o=e?.total_cost!==null&&e?.total_cost!==void 0?e.total_cost_source:n.cost!==null?"manual":null,a=[{key:"jobcost.energy",value:e?.energy_kwh===null||e?.energy_kwh===void 0?"—":s("jobcost.kwh",{n:O(e.energy_kwh,t,3)}),source:e?.energy_source??null},{key:"jobcost.electricity",value:T(e?.electricity_cost,t),source:e?.electricity_source??null},{key:"jobcost.filament",value:T(e?.computed_filament_cost,t),source:e?.computed_filament_source??null},{key:"jobcost.machine",value:T(e?.machine_cost,t),source:e?.machine_cost===null||e?.machine_cost===void 0?null:"rate"},{key:"jobcost.total",value:T(i,t),source:o}];return a.some(l=>l.value!=="—")?a:[]}const Y=class Y extends F{constructor(){super(...arguments),this.powerError="",this.loadedFor="",this.token=0}willUpdate(){const t=this.job;if(!t||!this.api)return;const e=`${t.id}|${t.start}|${t.end}`;e!==this.loadedFor&&(this.loadedFor=e,this.loadPower(t.id))}async loadPower(t){const e=++this.token;this.power=void 0,this.powerError="";try{const i=await this.api.jobPower(t);e===this.token&&(this.power=i)}catch(i){e===this.token&&(this.powerError=z(i))}}render(){const t=this.job,e=this.options;if(!t||!e)return d;const i=St(t,e);return r`
      <h3>${s("jobcost.title")}</h3>
      ${i.length?r`<table class="breakdown">
            <tbody>
              ${i.map(o=>r`<tr class=${o.key==="jobcost.total"?"total":""} data-part=${o.key.slice(8)}>
                  <th scope="row">${s(o.key)}</th>
                  <td class="value">${o.value}</td>
                  <td><span class="source ${o.source??""}">${o.value==="—"?"":kt(o.source)}</span></td>
                </tr>`)}
            </tbody>
          </table>`:r`<p class="muted">${s("jobcost.not_computed")}</p>`}
      ${this.renderPower(t,e)}
    `}renderPower(t,e){if(this.powerError)return r`<p class="muted" role="status">${s("jobcost.power_error",{error:this.powerError})}</p>`;const i=this.power;if(!i)return r`<p class="muted" aria-busy="true">${s("common.loading")}</p>`;if(!i.points.length){const a=i.entity_id??"",l=i.reason==="no_sensor"?s("jobcost.power_no_sensor"):i.reason==="no_recorder"?s("jobcost.power_no_recorder"):s("jobcost.power_no_history",{entity:a});return r`<p class="muted power-empty">${l}</p>`}const o=a=>a===null?"—":s("jobcost.watts",{n:O(a,e,0)});return r`<figure class="power" data-entity=${i.entity_id??""}>
      ${this.chart(t,i,e)}
      <figcaption>
        <strong>${s("jobcost.power_title")} <span class="entity muted">${i.entity_id}</span></strong>
        <span>${s("jobcost.power_stats",{mean:o(i.mean_w),max:o(i.max_w)})}</span>
        ${i.source==="statistics"?r`<span class="muted">${s("jobcost.power_from_statistics")}</span>`:d}
      </figcaption>
    </figure>`}chart(t,e,i){const o=t.end?(Date.parse(t.end)-Date.parse(t.start))/1e3:0,a=Math.max(o,e.points.at(-1)?.[0]??0,1),l=Tt(Math.max(e.max_w??0,1)*1.05),c=h=>H+h/a*(st-2*H),v=h=>A-H-h/l*(A-2*H),G=lt(e.points).map(h=>{const w=[];h.forEach(([L,S],Q)=>{const et=h[Q+1],dt=et?et[0]:at(e.points,L,a);w.push(`${c(L)},${v(S)}`,`${c(dt)},${v(S)}`)});const E=c(h[0]?.[0]??0),U=c(at(e.points,h.at(-1)?.[0]??0,a)),D=`${E},${v(0)} ${w.join(" ")} ${U},${v(0)}`;return k`<polygon class="area" points=${D}></polygon><polyline class="line" points=${w.join(" ")}></polyline>`}),K=nt(t.events??[],t.start,a).map(([h,w])=>k`<rect class="pause" x=${c(h)} y="0" width=${Math.max(2,c(w)-c(h))} height=${A}><title>${s("climate.paused")}</title></rect>`),$=s("jobcost.power_chart",{entity:e.entity_id??""});return r`<div class="axis" aria-hidden="true">
        <span>${s("jobcost.watts",{n:O(l,i,0)})}</span><span>${x(a)}</span>
      </div>
      ${k`<svg viewBox="0 0 ${st} ${A}" role="img" aria-label=${$}>${K}${G}</svg>`}`}};Y.styles=[B,W`
      :host {
        display: block;
      }
      h3 {
        margin: 20px 0 8px;
        font-size: 1rem;
        font-weight: 500;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9em;
        margin-bottom: 12px;
      }
      th,
      td {
        text-align: left;
        padding: 4px 8px 4px 0;
        border-bottom: var(--pl-border);
      }
      th {
        color: var(--pl-muted);
        font-weight: normal;
      }
      td.value {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      tr.total th,
      tr.total td {
        font-weight: 500;
        color: inherit;
      }
      .source {
        color: var(--pl-muted);
        font-size: 0.9em;
      }
      .source.estimated {
        color: var(--warning-color, #b36b00);
      }
      figure {
        margin: 0;
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
      .area {
        fill: var(--primary-color, #03a9f4);
        opacity: 0.15;
      }
      .line {
        fill: none;
        stroke: var(--primary-color, #03a9f4);
        stroke-width: 2;
      }
      .axis {
        display: flex;
        justify-content: space-between;
        font-size: 12px;
        color: var(--pl-muted, #777);
        margin-bottom: 2px;
      }
      figcaption {
        font-size: 13px;
        display: flex;
        justify-content: space-between;
        flex-wrap: wrap;
        gap: 4px 8px;
        margin-top: 4px;
      }
      .entity {
        overflow-wrap: anywhere;
      }
    `];let _=Y;R([p({attribute:!1})],_.prototype,"api");R([p({attribute:!1})],_.prototype,"options");R([p({attribute:!1})],_.prototype,"job");R([m()],_.prototype,"power");R([m()],_.prototype,"powerError");function Tt(n){const t=10**Math.floor(Math.log10(n))/2;return Math.ceil(n/t)*t}function at(n,t,e){return n.find(([i])=>i>t)?.[0]??e}q("pl-job-cost",_);var Ot=Object.defineProperty,g=(n,t,e,i)=>{for(var o=void 0,a=n.length-1,l;a>=0;a--)(l=n[a])&&(o=l(t,e,o)||o);return o&&Ot(t,e,o),o};const J=class J extends F{constructor(){super(...arguments),this.photos=[],this.jobId="",this.admin=!1,this.urls={},this.busy=!1,this.error=""}willUpdate(t){t.has("photos")&&this.loadImages()}disconnectedCallback(){super.disconnectedCallback();for(const t of Object.values(this.urls))URL.revokeObjectURL(t);this.urls={}}async loadImages(){const t=this.api;if(!t)return;const e=new Set(this.photos.map(o=>o.id)),i={};for(const[o,a]of Object.entries(this.urls))e.has(o)?i[o]=a:URL.revokeObjectURL(a);this.urls=i;for(const o of this.photos)if(!this.urls[o.id])try{const a=await t.photo(o.id);a&&(this.urls={...this.urls,[o.id]:URL.createObjectURL(a)})}catch{}}async upload(t){const e=t.target,i=e.files?.[0];if(e.value="",!(!i||!this.api)){this.busy=!0,this.error="";try{const o=await this.api.uploadPhoto(this.jobId,i);this.photos=[...this.photos,o],j(this,"photos-changed",{photos:this.photos})}catch(o){this.error=s("photos.upload_failed",{error:z(o)})}finally{this.busy=!1}}}async deletePhoto(t){if(this.api){this.error="";try{await this.api.deletePhoto(t.id),this.open=void 0,this.photos=this.photos.filter(e=>e.id!==t.id),j(this,"photos-changed",{photos:this.photos})}catch(e){this.error=z(e)}}}render(){const t=this.options,e=i=>r`${s(`photos.kind.${i.kind}`)}${t?r`<br />${N(i.taken_at,t)}`:d}`;return r`
      <div class="strip" role="list" aria-label=${s("photos.title")}>
        ${this.photos.length===0?r`<span class="muted">${s("photos.none")}</span>`:d}
        ${this.photos.map(i=>r`<figure role="listitem">
            <button type="button" @click=${()=>this.open=i} aria-label=${s("photos.open")}>
              ${this.urls[i.id]?r`<img src=${this.urls[i.id]} alt=${s(`photos.kind.${i.kind}`)} />`:d}
            </button>
            <figcaption>${e(i)}</figcaption>
          </figure>`)}
      </div>
      ${this.admin?r`<div class="actions upload">
            <label class="btn">
              ${this.busy?s("photos.uploading"):s("photos.add")}
              <input type="file" accept="image/*" capture="environment" ?disabled=${this.busy} @change=${this.upload} />
            </label>
          </div>`:d}
      ${this.error?r`<p class="error" role="alert">${this.error}</p>`:d}
      ${this.open?r`<div class="viewer" role="dialog" aria-modal="true" @click=${()=>this.open=void 0}>
            <img src=${this.urls[this.open.id]??""} alt=${s(`photos.kind.${this.open.kind}`)} />
            <div>${e(this.open)}</div>
            <div class="actions" @click=${i=>i.stopPropagation()}>
              <button class="btn" @click=${()=>this.open=void 0}>${s("photos.close")}</button>
              ${this.admin?r`<button class="btn danger" @click=${()=>this.open&&void this.deletePhoto(this.open)}>
                    ${s("common.delete")}
                  </button>`:d}
            </div>
          </div>`:d}
    `}};J.styles=[B,W`
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
    `];let f=J;g([p({attribute:!1})],f.prototype,"api");g([p({attribute:!1})],f.prototype,"options");g([p({attribute:!1})],f.prototype,"photos");g([p()],f.prototype,"jobId");g([p({type:Boolean})],f.prototype,"admin");g([m()],f.prototype,"urls");g([m()],f.prototype,"open");g([m()],f.prototype,"busy");g([m()],f.prototype,"error");q("pl-job-photos",f);var zt=Object.defineProperty,b=(n,t,e,i)=>{for(var o=void 0,a=n.length-1,l;a>=0;a--)(l=n[a])&&(o=l(t,e,o)||o);return o&&zt(t,e,o),o};const tt=class tt extends F{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&ct(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const e=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const i=await t.getJob(this.jobId);if(e!==this.loadToken)return;if(this.job=i,i.has_thumbnail){this.thumbnailState="loading";try{const o=await t.thumbnail(i.id);if(e!==this.loadToken)return;o?(this.thumbnailUrl=URL.createObjectURL(o),this.thumbnailState="ok"):this.thumbnailState="none"}catch{e===this.loadToken&&(this.thumbnailState="error")}}}catch(i){e===this.loadToken&&(this.error=z(i))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return r`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${s("common.retry")}</button>
      </div>`;const t=this.job,e=this.options;if(!t||!e)return r`<p class="muted" aria-busy="true">${s("common.loading")}</p>`;const i=ht(t.filament_colour);return r`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?r`<img src=${this.thumbnailUrl??""} alt=${s("detail.thumbnail_of",{file:ut(t.filename)})} />`:r`<span class="muted"
                >${this.thumbnailState==="loading"?s("common.loading"):this.thumbnailState==="error"?s("detail.thumbnail_unavailable"):s("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${mt(t.filename)}</div>
          <p>${ft(t.status)} <span class="muted">${rt("source",t.source)}</span></p>
          <dl>
            <dt>${s("common.printer")}</dt>
            <dd>${t.printer_name}</dd>
            <dt>${s("detail.job_id")}</dt>
            <dd class="job-id">
              <code>${t.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label=${s("detail.copy_id")}
                title=${s("detail.copy_id_title")}
                @click=${()=>{this.copyId(t.id)}}
              >
                ${this.copied?s("detail.copied"):s("detail.copy")}
              </button>
            </dd>
            <dt>${s("column.started")}</dt>
            <dd>${N(t.start,e)}</dd>
            <dt>${s("detail.ended")}</dt>
            <dd>${N(t.end,e)}</dd>
            <dt>${s("kpi.print_time")}</dt>
            <dd>
              ${x(t.print_duration)}
              ${t.estimated_time?r`<span class="muted">(${s("detail.estimated",{time:x(t.estimated_time)})})</span>`:d}
            </dd>
            <dt>${s("detail.total_time")}</dt>
            <dd>${x(t.total_duration)}</dd>
            ${t.pause_count?r`<dt>${s("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${x(t.paused_duration)})</dd>`:d}
            <dt>${s("kpi.filament")}</dt>
            <dd>
              ${i?r`<span class="swatch" style=${`background:${i}`}></span>`:d}
              ${bt(t.filament_weight_g,t.filament_used_mm,e)}
              ${t.filament_type??""}
              <span class="muted">${O(t.filament_used_mm/1e3,e,2)} m</span>
            </dd>
            <dt>${s("kpi.cost")}</dt>
            <dd>${T(t.cost??t.costs?.total_cost,e)}</dd>
            ${t.error_message?r`<dt>${s("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:d}
          </dl>
        </div>
      </div>

      ${t.spools?.length?r`<h3>${s("spools.title")}</h3>
            ${$t(t.spools,t.spool_filament_cost,e)}`:d}

      <pl-job-cost .api=${this.api} .options=${e} .job=${t}></pl-job-cost>

      <h3>${s("detail.notes_rating")}</h3>
      ${this.editing?r`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:r`<dl>
              <dt>${s("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${s("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(o=>r`<span class="tag">${o}</span>`):"—"}</dd>
              <dt>${s("detail.failure_reason")}</dt>
              <dd>${vt(t.failure_reason)||"—"}</dd>
              <dt>${s("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${t.file_id?r`<div class="actions">
                  <button class="btn" @click=${()=>j(this,"show-file",{fileId:t.file_id})}>
                    ${s("files.open_record")}
                  </button>
                  ${this.admin?r`<button
                        class="btn"
                        @click=${()=>j(this,"print-again",{filename:t.filename,printerId:t.printer_id})}
                      >
                        ${V(gt)} ${s("reprint.action")}
                      </button>`:d}
                </div>`:d}
            ${this.admin?r`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${V(yt)} ${s("common.edit")}</button>
                  <button class="btn danger" @click=${()=>j(this,"delete-jobs",{jobs:[t]})}>
                    ${V(_t)} ${s("common.delete")}
                  </button>
                </div>`:d}`}

      <h3>${s("photos.title")}</h3>
      <pl-job-photos
        .api=${this.api}
        .options=${e}
        .photos=${t.photos??[]}
        .jobId=${t.id}
        ?admin=${this.admin}
        @photos-changed=${o=>{this.job&&(this.job={...this.job,photos:o.detail.photos})}}
      ></pl-job-photos>

      ${t.climate?.length?r`<h3>${s("climate.title")}</h3>
            <pl-climate-chart
              .sensors=${t.climate}
              .events=${t.events}
              .start=${t.start}
              .duration=${t.total_duration}
              .options=${e}
            ></pl-climate-chart>`:d}

      <h3>${s("detail.slicer")}</h3>
      ${this.renderDetails(t)}

      <h3>${s("detail.timeline")}</h3>
      ${t.events.length?r`<ol class="timeline">
            ${t.events.map(o=>r`<li>
                <strong>${rt("event",o.type)}</strong>
                <span class="muted">${N(o.at,e)}</span>
                ${o.data&&Object.keys(o.data).length?r`<div class="muted">
                      ${Object.entries(o.data).map(([a,l])=>r`<span>${Z(a)}: ${P(l)}</span> `)}
                    </div>`:d}
              </li>`)}
          </ol>`:r`<p class="muted">${s("detail.no_events")}</p>`}

      <h3>${s("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?r`<details>
            <summary>${s("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table>
              <tbody>
                ${Object.entries(t.metadata).map(([o,a])=>r`<tr>
                    <th scope="row">${o}</th>
                    <td><pre>${P(a)}</pre></td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:r`<p class="muted">${s("detail.no_metadata")}</p>`}
    `}renderDetails(t){const e=wt(t.details);return e.length?r`<table>
      <tbody>
        ${e.map(([i,o])=>r`<tr>
            <th scope="row">${Z(i)}</th>
            <td>${typeof o=="object"?r`<pre>${P(o)}</pre>`:P(o)}</td>
          </tr>`)}
      </tbody>
    </table>`:r`<p class="muted">${s("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const e=this.renderRoot.querySelector(".job-id code"),i=document.createRange();e&&i.selectNodeContents(e);const o=window.getSelection();o?.removeAllRanges(),o?.addRange(i),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const e=t.detail.changes;if(!Object.keys(e).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const i=await this.api.updateJob(this.job.id,e);this.job={...this.job,...i},this.editing=!1,j(this,"job-updated",{job:i})}catch(i){this.saveError=z(i)}finally{this.saving=!1}}};tt.styles=[B,pt,W`
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
    `];let u=tt;b([p({attribute:!1})],u.prototype,"api");b([p({attribute:!1})],u.prototype,"options");b([p()],u.prototype,"jobId");b([p({type:Boolean})],u.prototype,"admin");b([m()],u.prototype,"job");b([m()],u.prototype,"error");b([m()],u.prototype,"editing");b([m()],u.prototype,"saving");b([m()],u.prototype,"saveError");b([m()],u.prototype,"thumbnailUrl");b([m()],u.prototype,"thumbnailState");b([m()],u.prototype,"copied");q("pl-job-detail",u);function rt(n,t){const e=`${n}.${t}`,i=s(e);return i===e?Z(t):i}export{u as PlJobDetail};
