import{q as I,l as o,X as lt,g as r,J as N,al as y,aw as v,w as j,I as C,y as tt,x,K as et,P,Q as B,ax as L,A as c,U as u,a as U,V as m,Z as dt,s as ct,D as pt,an as ut,ay as ht,c as E,ah as mt,G as ft,f as gt}from"./shared-t7ulqQH6.js";import{d as M,f as w}from"./shared-DUOmt4lY.js";import{c as K,e as bt,f as $t}from"../print-logger-panel.js";const W=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function _t(a){if(!a)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),i=Object.entries(a).filter(([e,n])=>!t.has(e)&&n!==null&&n!==""),s=e=>{const n=W.indexOf(e);return n<0?W.length:n};return i.sort(([e],[n])=>s(e)-s(n)||e.localeCompare(n))}function it(a){const t=a.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}const yt={estimated_time:"duration",filament_used_mm:"length_mm",filament_total:"length_mm",filament_used_g:"grams",filament_weight_total:"grams",filament_used_cm3:"cm3",filament_density:"g_cm3",filament_cost_per_kg:"cost_per_kg",print_cost:"cost",infill_density:"percent",thumbnail_width:"pixels",thumbnail_height:"pixels",thumbnail_size:"bytes",size:"bytes",modified:"epoch",print_start_time:"epoch",filament_colour:"colour",filament_color:"colour",color_hex:"colour",wall_count:"count",total_layers:"count",layer_count:"count",job_id:"text",uuid:"text",gcode_start_byte:"count",gcode_end_byte:"count"},xt=[[/(^|_)(colou?r)(_|$)/,"colour"],[/fan.*(speed|percent)|speed.*fan|(^|_)fan(_|$)/,"percent"],[/volumetric|flow_rate|mm3_per_s/,"mm3_s"],[/accel|jerk_mm_per_s2/,"mm_s2"],[/speed|mm_per_s$/,"mm_s"],[/(^|_)(temp|temperature|temps)(_|$)/,"celsius"],[/percent|(^|_)(infill_density|sparse_infill_density|fill_density|overlap|ratio)$/,"percent"],[/(^|_)(time|duration)(_|$)|_time_s$|_seconds$/,"duration"],[/(^|_)(weight|grams)(_|$)|_g$/,"grams"],[/cm3$/,"cm3"],[/(^|_)(cost|price)(_|$)/,"cost"],[/(^|_)(layers|loops|count|lines|walls|perimeters|shells)$|^(num|number)_/,"count"],[/(^|_)(height|width|diameter|thickness|distance|length|offset|hop|gap|size_mm|z)(_|$)|_mm$/,"mm"]];function A(a){const t=a.toLowerCase(),i=yt[t];if(i)return i;for(const[s,e]of xt)if(s.test(t))return e;return"text"}function R(a,t="setting"){const i=`${t}.${a}`,s=o(i);return s===i?D(a):s}function D(a){const t=a.replace(/[_.]+/g," ").trim();return t.charAt(0).toUpperCase()+t.slice(1)}const wt=/^(true|yes|on)$/i,vt=/^(false|no|off)$/i;function jt(a){if(typeof a=="number")return Number.isFinite(a)?a:void 0;if(typeof a=="string"&&/^\s*-?\d+(\.\d+)?\s*$/.test(a))return Number(a)}function kt(a,t){switch(a){case"mm":return v(t,Math.abs(t)<10?2:1,3);case"percent":case"mm_s":case"mm3_s":return v(t,Number.isInteger(t)?0:1,2);case"g_cm3":return 2;case"cm3":return v(t,1,3);default:return v(t,0,2)}}function St(a,t,i){if(t==null||t==="")return"—";if(typeof t=="boolean")return o(t?"value.yes":"value.no");const s=A(a);if(typeof t=="string"&&s!=="text"&&s!=="colour"){if(wt.test(t.trim()))return o("value.yes");if(vt.test(t.trim()))return o("value.no")}if(s==="colour"&&typeof t=="string"){const l=N(t);return l?K(l):t}const e=jt(t);if(e===void 0)return typeof t=="string"?t:String(t);const n=l=>o(l,{n:y(e,i,kt(s,e))});switch(s){case"mm":return n("unit.millimetres");case"length_mm":return et(e,i);case"celsius":return n("unit.celsius");case"mm_s":return n("unit.mm_per_s");case"mm3_s":return n("unit.mm3_per_s");case"mm_s2":return n("unit.mm_per_s2");case"percent":return n("unit.percent");case"duration":return x(e);case"grams":return tt(e,i);case"cm3":return n("unit.cm3");case"g_cm3":return n("unit.g_per_cm3");case"cost":return C(e,i);case"cost_per_kg":return o("unit.per_kg",{cost:C(e,i)});case"pixels":return n("unit.pixels");case"bytes":return e>=1e6?o("unit.megabytes",{n:y(e/1e6,i,1)}):o("unit.kilobytes",{n:y(e/1e3,i,e<1e4?1:0)});case"epoch":return e>0?j(new Date(e*1e3).toISOString(),i):"—";case"count":return y(e,i);default:return y(e,i,v(e,0,3))}}function Tt(a,t){return!/^filament_|_profile$/.test(a)||!t.includes(";")?[t]:t.split(";").map(i=>i.trim()).filter(Boolean)}function Z(a){const t=N(a);return t?r`<span class="setting-colour" title=${t.toUpperCase()}
    ><span class="swatch" style=${`background:${t}`}></span>${K(t)}</span
  >`:a}function _(a,t,i,s=0){if(t==null||t==="")return"—";if(Array.isArray(t))return t.length?(/thumbnail/.test(a)&&(a="thumbnail"),t.every(e=>e===null||typeof e!="object")?r`<ul class="setting-list">
        ${t.map(e=>r`<li>${_(a,e,i,s+1)}</li>`)}
      </ul>`:r`<ol class="setting-list">
      ${t.map(e=>r`<li>${_(a,e,i,s+1)}</li>`)}
    </ol>`):o("value.none");if(typeof t=="object"){if(a==="extruders")return Ot(t,i);const e=Object.entries(t).filter(([,d])=>d!==null&&d!=="");if(!e.length)return o("value.none");const n=a==="speeds"?"speed":"setting",l=d=>n==="speed"?`${d}_speed`:a==="thumbnail"?`thumbnail_${d}`:d;return r`<dl class="setting-nested">
      ${e.map(([d,S])=>r`<dt>${R(d,n)}</dt>
          <dd>${_(l(d),S,i,s+1)}</dd>`)}
    </dl>`}if(typeof t=="string"){const e=Tt(a,t);if(e.length>1)return r`<ul class="setting-list">
        ${e.map(n=>r`<li>${A(a)==="colour"?Z(n):n}</li>`)}
      </ul>`;if(A(a)==="colour")return Z(t)}return St(a,t,i)}function Ot(a,t){const i=Object.entries(a).filter(([,n])=>Array.isArray(n));if(!i.length)return"—";const s=Math.max(...i.map(([,n])=>n.length)),e=Array.from({length:s},(n,l)=>l);return r`<div class="setting-scroll">
    <table class="setting-extruders">
      <thead>
        <tr>
          <td></td>
          ${e.map(n=>r`<th scope="col">${o("value.item_n",{n:n+1})}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${i.map(([n,l])=>r`<tr>
            <th scope="row">${R(n)}</th>
            ${e.map(d=>r`<td>${_(n,l[d],t,1)}</td>`)}
          </tr>`)}
      </tbody>
    </table>
  </div>`}function Ut(a,t){return Object.entries(a).filter(([,i])=>i!=null&&i!=="").map(([i,s])=>{if(i==="status"&&typeof s=="string")return[o("event_data.status"),lt(s)];if(i==="message")return[o("event_data.message"),String(s)];if(i==="source"&&typeof s=="string"){const e=`source.${s}`,n=o(e);return[D(i),n===e?D(s):n]}return[R(i),_(i,s,t)]})}const It=I`
  ul.setting-list,
  ol.setting-list {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  dl.setting-nested {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0;
  }
  dl.setting-nested dt {
    color: var(--pl-muted);
  }
  dl.setting-nested dd {
    margin: 0;
  }
  .setting-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table.setting-extruders {
    table-layout: auto;
  }
  table.setting-extruders th,
  table.setting-extruders td {
    width: auto;
    padding-inline-end: 8px;
  }
  table.setting-extruders td {
    white-space: nowrap;
  }
  .setting-colour {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
`;function Rt(a,t,i){const s=Date.parse(t),e=[];let n=null;for(const l of a){const d=(Date.parse(l.at)-s)/1e3;l.type==="paused"&&n===null?n=d:(l.type==="resumed"||l.type==="finished"||l.type==="cancelled")&&n!==null&&(e.push([n,d]),n=null)}return n!==null&&e.push([n,i]),e}function zt(a){const t=[];let i=[];for(const[s,e]of a)e===null?(i.length&&t.push(i),i=[]):i.push([s,e]);return i.length&&t.push(i),t}var Lt=Object.defineProperty,k=(a,t,i,s)=>{for(var e=void 0,n=a.length-1,l;n>=0;n--)(l=a[n])&&(e=l(t,i,e)||e);return e&&Lt(t,i,e),e};const J=600,T=120,O=4,q=class q extends P{constructor(){super(...arguments),this.sensors=[],this.events=[],this.start="",this.duration=0}chart(t){const i=t.series.at(-1)?.[0]??0,s=Math.max(this.duration,i,1),e=t.min??0,l=(t.max??1)-e||1,d=g=>O+g/s*(J-2*O),S=g=>T-O-(g-e)/l*(T-2*O),st=zt(t.series).map((g,z,ot)=>{const H=[];return g.forEach(([V,X],at)=>{const Q=g[at+1],rt=Q?Q[0]:z===ot.length-1?s:V;H.push(`${d(V)},${S(X)}`,`${d(rt)},${S(X)}`)}),L`<polyline class="line" points=${H.join(" ")}></polyline>`}),nt=Rt(this.events,this.start,s).map(([g,z])=>L`<rect class="pause" x=${d(g)} y="0" width=${Math.max(2,d(z)-d(g))} height=${T}><title>${o("climate.paused")}</title></rect>`);return L`<svg viewBox="0 0 ${J} ${T}" role="img" aria-label=${t.name||t.entity_id}>${nt}${st}</svg>`}render(){if(!this.sensors.length)return c;const t=this.options,i=s=>s===null?"—":t?y(s,t,1):s.toFixed(1);return r`${this.sensors.map(s=>r`<figure class="sensor" data-entity=${s.entity_id}>
        ${this.chart(s)}
        <figcaption>
          <strong>${s.name||s.entity_id}</strong>
          <span
            >${o("climate.stats",{min:i(s.min),mean:i(s.mean),max:i(s.max),unit:s.unit??""})}</span
          >
          ${s.missing_seconds>0?r`<span class="muted">${o("climate.missing",{time:x(s.missing_seconds)})}</span>`:c}
        </figcaption>
      </figure>`)}`}};q.styles=[B,I`
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
    `];let $=q;k([u({attribute:!1})],$.prototype,"sensors");k([u({attribute:!1})],$.prototype,"events");k([u()],$.prototype,"start");k([u({type:Number})],$.prototype,"duration");k([u({attribute:!1})],$.prototype,"options");M("pl-climate-chart",$);var Et=Object.defineProperty,b=(a,t,i,s)=>{for(var e=void 0,n=a.length-1,l;n>=0;n--)(l=a[n])&&(e=l(t,i,e)||e);return e&&Et(t,i,e),e};const F=class F extends P{constructor(){super(...arguments),this.photos=[],this.jobId="",this.admin=!1,this.urls={},this.busy=!1,this.error=""}willUpdate(t){t.has("photos")&&this.loadImages()}disconnectedCallback(){super.disconnectedCallback();for(const t of Object.values(this.urls))URL.revokeObjectURL(t);this.urls={}}async loadImages(){const t=this.api;if(!t)return;const i=new Set(this.photos.map(e=>e.id)),s={};for(const[e,n]of Object.entries(this.urls))i.has(e)?s[e]=n:URL.revokeObjectURL(n);this.urls=s;for(const e of this.photos)if(!this.urls[e.id])try{const n=await t.photo(e.id);n&&(this.urls={...this.urls,[e.id]:URL.createObjectURL(n)})}catch{}}async upload(t){const i=t.target,s=i.files?.[0];if(i.value="",!(!s||!this.api)){this.busy=!0,this.error="";try{const e=await this.api.uploadPhoto(this.jobId,s);this.photos=[...this.photos,e],w(this,"photos-changed",{photos:this.photos})}catch(e){this.error=o("photos.upload_failed",{error:U(e)})}finally{this.busy=!1}}}async deletePhoto(t){if(this.api){this.error="";try{await this.api.deletePhoto(t.id),this.open=void 0,this.photos=this.photos.filter(i=>i.id!==t.id),w(this,"photos-changed",{photos:this.photos})}catch(i){this.error=U(i)}}}render(){const t=this.options,i=s=>r`${o(`photos.kind.${s.kind}`)}${t?r`<br />${j(s.taken_at,t)}`:c}`;return r`
      <div class="strip" role="list" aria-label=${o("photos.title")}>
        ${this.photos.length===0?r`<span class="muted">${o("photos.none")}</span>`:c}
        ${this.photos.map(s=>r`<figure role="listitem">
            <button type="button" @click=${()=>this.open=s} aria-label=${o("photos.open")}>
              ${this.urls[s.id]?r`<img src=${this.urls[s.id]} alt=${o(`photos.kind.${s.kind}`)} />`:c}
            </button>
            <figcaption>${i(s)}</figcaption>
          </figure>`)}
      </div>
      ${this.admin?r`<div class="actions upload">
            <label class="btn">
              ${this.busy?o("photos.uploading"):o("photos.add")}
              <input type="file" accept="image/*" capture="environment" ?disabled=${this.busy} @change=${this.upload} />
            </label>
          </div>`:c}
      ${this.error?r`<p class="error" role="alert">${this.error}</p>`:c}
      ${this.open?r`<div class="viewer" role="dialog" aria-modal="true" @click=${()=>this.open=void 0}>
            <img src=${this.urls[this.open.id]??""} alt=${o(`photos.kind.${this.open.kind}`)} />
            <div>${i(this.open)}</div>
            <div class="actions" @click=${s=>s.stopPropagation()}>
              <button class="btn" @click=${()=>this.open=void 0}>${o("photos.close")}</button>
              ${this.admin?r`<button class="btn danger" @click=${()=>this.open&&void this.deletePhoto(this.open)}>
                    ${o("common.delete")}
                  </button>`:c}
            </div>
          </div>`:c}
    `}};F.styles=[B,I`
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
    `];let h=F;b([u({attribute:!1})],h.prototype,"api");b([u({attribute:!1})],h.prototype,"options");b([u({attribute:!1})],h.prototype,"photos");b([u()],h.prototype,"jobId");b([u({type:Boolean})],h.prototype,"admin");b([m()],h.prototype,"urls");b([m()],h.prototype,"open");b([m()],h.prototype,"busy");b([m()],h.prototype,"error");M("pl-job-photos",h);var Ct=Object.defineProperty,f=(a,t,i,s)=>{for(var e=void 0,n=a.length-1,l;n>=0;n--)(l=a[n])&&(e=l(t,i,e)||e);return e&&Ct(t,i,e),e};const G=class G extends P{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&bt(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const i=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const s=await t.getJob(this.jobId);if(i!==this.loadToken)return;if(this.job=s,s.has_thumbnail){this.thumbnailState="loading";try{const e=await t.thumbnail(s.id);if(i!==this.loadToken)return;e?(this.thumbnailUrl=URL.createObjectURL(e),this.thumbnailState="ok"):this.thumbnailState="none"}catch{i===this.loadToken&&(this.thumbnailState="error")}}}catch(s){i===this.loadToken&&(this.error=U(s))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return r`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${o("common.retry")}</button>
      </div>`;const t=this.job,i=this.options;if(!t||!i)return r`<p class="muted" aria-busy="true">${o("common.loading")}</p>`;const s=N(t.filament_colour);return r`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?r`<img src=${this.thumbnailUrl??""} alt=${o("detail.thumbnail_of",{file:ct(t.filename)})} />`:r`<span class="muted"
                >${this.thumbnailState==="loading"?o("common.loading"):this.thumbnailState==="error"?o("detail.thumbnail_unavailable"):o("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${pt(t.filename)}</div>
          <p>${ut(t.status)} <span class="muted">${Y("source",t.source)}</span></p>
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
            <dd>${j(t.start,i)}</dd>
            <dt>${o("detail.ended")}</dt>
            <dd>${j(t.end,i)}</dd>
            <dt>${o("kpi.print_time")}</dt>
            <dd>
              ${x(t.print_duration)}
              ${t.estimated_time?r`<span class="muted">(${o("detail.estimated",{time:x(t.estimated_time)})})</span>`:c}
            </dd>
            <dt>${o("detail.total_time")}</dt>
            <dd>${t.total_duration>0?x(t.total_duration):"—"}</dd>
            ${t.pause_count?r`<dt>${o("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${x(t.paused_duration)})</dd>`:c}
            <dt>${o("kpi.filament")}</dt>
            <dd>
              ${s?r`<span class="swatch" style=${`background:${s}`} title=${K(s)}></span>`:c}
              <span data-filament>${[t.filament_weight_g!==null&&t.filament_weight_g>0?tt(t.filament_weight_g,i):"",t.filament_used_mm>0?et(t.filament_used_mm,i):"",t.filament_type??""].filter(Boolean).join(" · ")||"—"}</span>
            </dd>
            <dt>${o("kpi.cost")}</dt>
            <dd>${C(t.cost,i)}</dd>
            ${t.error_message?r`<dt>${o("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:c}
          </dl>
        </div>
      </div>

      ${t.spools?.length?r`<h3>${o("spools.title")}</h3>
            ${ht(t.spools,t.spool_filament_cost,i)}`:c}

      <h3>${o("detail.notes_rating")}</h3>
      ${this.editing?r`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:r`<dl>
              <dt>${o("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${o("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(e=>r`<span class="tag">${e}</span>`):"—"}</dd>
              <dt>${o("detail.failure_reason")}</dt>
              <dd>${$t(t.failure_reason)||"—"}</dd>
              <dt>${o("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${t.file_id?r`<div class="actions">
                  <button class="btn" @click=${()=>w(this,"show-file",{fileId:t.file_id})}>
                    ${o("files.open_record")}
                  </button>
                  ${this.admin?r`<button
                        class="btn"
                        @click=${()=>w(this,"print-again",{filename:t.filename,printerId:t.printer_id})}
                      >
                        ${E(mt)} ${o("reprint.action")}
                      </button>`:c}
                </div>`:c}
            ${this.admin?r`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${E(ft)} ${o("common.edit")}</button>
                  <button class="btn danger" @click=${()=>w(this,"delete-jobs",{jobs:[t]})}>
                    ${E(gt)} ${o("common.delete")}
                  </button>
                </div>`:c}`}

      <h3>${o("photos.title")}</h3>
      <pl-job-photos
        .api=${this.api}
        .options=${i}
        .photos=${t.photos??[]}
        .jobId=${t.id}
        ?admin=${this.admin}
        @photos-changed=${e=>{this.job&&(this.job={...this.job,photos:e.detail.photos})}}
      ></pl-job-photos>

      ${t.climate?.length?r`<h3>${o("climate.title")}</h3>
            <pl-climate-chart
              .sensors=${t.climate}
              .events=${t.events}
              .start=${t.start}
              .duration=${t.total_duration}
              .options=${i}
            ></pl-climate-chart>`:c}

      <h3>${o("detail.slicer")}</h3>
      ${this.renderDetails(t,i)}

      <h3>${o("detail.timeline")}</h3>
      ${t.events.length?r`<ol class="timeline">
            ${t.events.map(e=>r`<li>
                <strong>${Y("event",e.type)}</strong>
                <span class="muted">${j(e.at,i)}</span>
                ${e.data&&Object.keys(e.data).length?r`<div class="muted">
                      ${Ut(e.data,i).map(([n,l])=>r`<span>${n}: ${l}</span> `)}
                    </div>`:c}
              </li>`)}
          </ol>`:r`<p class="muted">${o("detail.no_events")}</p>`}

      <h3>${o("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?r`<details>
            <summary>${o("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table class="settings">
              <tbody>
                ${Object.entries(t.metadata).map(([e,n])=>r`<tr>
                    <th scope="row">${it(e)}</th>
                    <td>${_(e,n,i)}</td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:r`<p class="muted">${o("detail.no_metadata")}</p>`}
    `}renderDetails(t,i){const s=_t(t.details);return s.length?r`<table class="settings" data-settings>
      <tbody>
        ${s.map(([e,n])=>r`<tr>
            <th scope="row">${R(e)}</th>
            <td data-setting=${e}>${_(e,n,i)}</td>
          </tr>`)}
      </tbody>
    </table>`:r`<p class="muted">${o("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const i=this.renderRoot.querySelector(".job-id code"),s=document.createRange();i&&s.selectNodeContents(i);const e=window.getSelection();e?.removeAllRanges(),e?.addRange(s),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const i=t.detail.changes;if(!Object.keys(i).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const s=await this.api.updateJob(this.job.id,i);this.job={...this.job,...s},this.editing=!1,w(this,"job-updated",{job:s})}catch(s){this.saveError=U(s)}finally{this.saving=!1}}};G.styles=[B,dt,It,I`
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
      .top > div {
        min-width: 0;
      }
      dd {
        margin: 0;
        min-width: 0;
        overflow-wrap: break-word;
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
      /* The settings' and metadata's tables keep their width: a long value wraps in its cell. */
      table.settings {
        table-layout: fixed;
      }
      th,
      td {
        text-align: left;
        padding: 4px 8px 4px 0;
        border-bottom: var(--pl-border);
        vertical-align: top;
        overflow-wrap: break-word;
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
        overflow-wrap: break-word;
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
    `];let p=G;f([u({attribute:!1})],p.prototype,"api");f([u({attribute:!1})],p.prototype,"options");f([u()],p.prototype,"jobId");f([u({type:Boolean})],p.prototype,"admin");f([m()],p.prototype,"job");f([m()],p.prototype,"error");f([m()],p.prototype,"editing");f([m()],p.prototype,"saving");f([m()],p.prototype,"saveError");f([m()],p.prototype,"thumbnailUrl");f([m()],p.prototype,"thumbnailState");f([m()],p.prototype,"copied");M("pl-job-detail",p);function Y(a,t){const i=`${a}.${t}`,s=o(i);return s===i?it(t):s}export{p as PlJobDetail};
