import{c as U,l as n,a5 as _t,h as r,R as tt,aA as _,aZ as E,H as I,Q as j,J as ht,I as k,T as mt,_ as G,$ as K,a_ as z,A as d,a2 as p,a as R,a3 as m,a7 as yt,a8 as wt,s as xt,N as vt,aC as jt,a$ as kt,d as Z,aw as Tt,O as St,g as zt}from"./shared-DduXoXll.js";import{d as q,f as S}from"./shared-DUOmt4lY.js";import{c as et,f as Ot}from"../print-logger-panel.js";const rt=["slicer","slicer_version","printer_model","print_profile","filament_profile","printer_profile","layer_height","first_layer_height","nozzle_diameter","nozzle_temp","nozzle_temp_first_layer","bed_temp","bed_temp_first_layer","filament_type","filament_name","filament_vendor","filament_colour","filament_diameter","filament_density","filament_cost_per_kg","infill_density","infill_pattern","wall_count","top_layers","bottom_layers","supports_enabled","support_type","brim_width","skirt_loops","total_layers","object_height","estimated_time","filament_used_g","filament_used_mm","filament_used_cm3","print_cost"];function Et(a){if(!a)return[];const t=new Set(["raw","thumbnail","thumbnail_format","thumbnail_width","thumbnail_height"]),e=Object.entries(a).filter(([s,o])=>!t.has(s)&&o!==null&&o!==""),i=s=>{const o=rt.indexOf(s);return o<0?rt.length:o};return e.sort(([s],[o])=>i(s)-i(o)||s.localeCompare(o))}function ft(a){const t=a.replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}const It={estimated_time:"duration",filament_used_mm:"length_mm",filament_total:"length_mm",filament_used_g:"grams",filament_weight_total:"grams",filament_used_cm3:"cm3",filament_density:"g_cm3",filament_cost_per_kg:"cost_per_kg",print_cost:"cost",infill_density:"percent",thumbnail_width:"pixels",thumbnail_height:"pixels",thumbnail_size:"bytes",size:"bytes",modified:"epoch",print_start_time:"epoch",filament_colour:"colour",filament_color:"colour",color_hex:"colour",wall_count:"count",total_layers:"count",layer_count:"count",job_id:"text",uuid:"text",gcode_start_byte:"count",gcode_end_byte:"count"},Rt=[[/(^|_)(colou?r)(_|$)/,"colour"],[/fan.*(speed|percent)|speed.*fan|(^|_)fan(_|$)/,"percent"],[/volumetric|flow_rate|mm3_per_s/,"mm3_s"],[/accel|jerk_mm_per_s2/,"mm_s2"],[/speed|mm_per_s$/,"mm_s"],[/(^|_)(temp|temperature|temps)(_|$)/,"celsius"],[/percent|(^|_)(infill_density|sparse_infill_density|fill_density|overlap|ratio)$/,"percent"],[/(^|_)(time|duration)(_|$)|_time_s$|_seconds$/,"duration"],[/(^|_)(weight|grams)(_|$)|_g$/,"grams"],[/cm3$/,"cm3"],[/(^|_)(cost|price)(_|$)/,"cost"],[/(^|_)(layers|loops|count|lines|walls|perimeters|shells)$|^(num|number)_/,"count"],[/(^|_)(height|width|diameter|thickness|distance|length|offset|hop|gap|size_mm|z)(_|$)|_mm$/,"mm"]];function Y(a){const t=a.toLowerCase(),e=It[t];if(e)return e;for(const[i,s]of Rt)if(i.test(t))return s;return"text"}function W(a,t="setting"){const e=`${t}.${a}`,i=n(e);return i===e?J(a):i}function J(a){const t=a.replace(/[_.]+/g," ").trim();return t.charAt(0).toUpperCase()+t.slice(1)}const Ut=/^(true|yes|on)$/i,Lt=/^(false|no|off)$/i;function At(a){if(typeof a=="number")return Number.isFinite(a)?a:void 0;if(typeof a=="string"&&/^\s*-?\d+(\.\d+)?\s*$/.test(a))return Number(a)}function Dt(a,t){switch(a){case"mm":return E(t,Math.abs(t)<10?2:1,3);case"percent":case"mm_s":case"mm3_s":return E(t,Number.isInteger(t)?0:1,2);case"g_cm3":return 2;case"cm3":return E(t,1,3);default:return E(t,0,2)}}function Ct(a,t,e){if(t==null||t==="")return"—";if(typeof t=="boolean")return n(t?"value.yes":"value.no");const i=Y(a);if(typeof t=="string"&&i!=="text"&&i!=="colour"){if(Ut.test(t.trim()))return n("value.yes");if(Lt.test(t.trim()))return n("value.no")}if(i==="colour"&&typeof t=="string"){const l=tt(t);return l?et(l):t}const s=At(t);if(s===void 0)return typeof t=="string"?t:String(t);const o=l=>n(l,{n:_(s,e,Dt(i,s))});switch(i){case"mm":return o("unit.millimetres");case"length_mm":return mt(s,e);case"celsius":return o("unit.celsius");case"mm_s":return o("unit.mm_per_s");case"mm3_s":return o("unit.mm3_per_s");case"mm_s2":return o("unit.mm_per_s2");case"percent":return o("unit.percent");case"duration":return k(s);case"grams":return ht(s,e);case"cm3":return o("unit.cm3");case"g_cm3":return o("unit.g_per_cm3");case"cost":return j(s,e);case"cost_per_kg":return n("unit.per_kg",{cost:j(s,e)});case"pixels":return o("unit.pixels");case"bytes":return s>=1e6?n("unit.megabytes",{n:_(s/1e6,e,1)}):n("unit.kilobytes",{n:_(s/1e3,e,s<1e4?1:0)});case"epoch":return s>0?I(new Date(s*1e3).toISOString(),e):"—";case"count":return _(s,e);default:return _(s,e,E(s,0,3))}}function Pt(a,t){return!/^filament_|_profile$/.test(a)||!t.includes(";")?[t]:t.split(";").map(e=>e.trim()).filter(Boolean)}function lt(a){const t=tt(a);return t?r`<span class="setting-colour" title=${t.toUpperCase()}
    ><span class="swatch" style=${`background:${t}`}></span>${et(t)}</span
  >`:a}function T(a,t,e,i=0){if(t==null||t==="")return"—";if(Array.isArray(t))return t.length?(/thumbnail/.test(a)&&(a="thumbnail"),t.every(s=>s===null||typeof s!="object")?r`<ul class="setting-list">
        ${t.map(s=>r`<li>${T(a,s,e,i+1)}</li>`)}
      </ul>`:r`<ol class="setting-list">
      ${t.map(s=>r`<li>${T(a,s,e,i+1)}</li>`)}
    </ol>`):n("value.none");if(typeof t=="object"){if(a==="extruders")return Mt(t,e);const s=Object.entries(t).filter(([,c])=>c!==null&&c!=="");if(!s.length)return n("value.none");const o=a==="speeds"?"speed":"setting",l=c=>o==="speed"?`${c}_speed`:a==="thumbnail"?`thumbnail_${c}`:c;return r`<dl class="setting-nested">
      ${s.map(([c,$])=>r`<dt>${W(c,o)}</dt>
          <dd>${T(l(c),$,e,i+1)}</dd>`)}
    </dl>`}if(typeof t=="string"){const s=Pt(a,t);if(s.length>1)return r`<ul class="setting-list">
        ${s.map(o=>r`<li>${Y(a)==="colour"?lt(o):o}</li>`)}
      </ul>`;if(Y(a)==="colour")return lt(t)}return Ct(a,t,e)}function Mt(a,t){const e=Object.entries(a).filter(([,o])=>Array.isArray(o));if(!e.length)return"—";const i=Math.max(...e.map(([,o])=>o.length)),s=Array.from({length:i},(o,l)=>l);return r`<div class="setting-scroll">
    <table class="setting-extruders">
      <thead>
        <tr>
          <td></td>
          ${s.map(o=>r`<th scope="col">${n("value.item_n",{n:o+1})}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${e.map(([o,l])=>r`<tr>
            <th scope="row">${W(o)}</th>
            ${s.map(c=>r`<td>${T(o,l[c],t,1)}</td>`)}
          </tr>`)}
      </tbody>
    </table>
  </div>`}function Nt(a,t){return Object.entries(a).filter(([,e])=>e!=null&&e!=="").map(([e,i])=>{if(e==="status"&&typeof i=="string")return[n("event_data.status"),_t(i)];if(e==="message")return[n("event_data.message"),String(i)];if(e==="source"&&typeof i=="string"){const s=`source.${i}`,o=n(s);return[J(e),o===s?J(i):o]}return[W(e),T(e,i,t)]})}const Ht=U`
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
`;function gt(a,t,e){const i=Date.parse(t),s=[];let o=null;for(const l of a){const c=(Date.parse(l.at)-i)/1e3;l.type==="paused"&&o===null?o=c:(l.type==="resumed"||l.type==="finished"||l.type==="cancelled")&&o!==null&&(s.push([o,c]),o=null)}return o!==null&&s.push([o,e]),s}function bt(a){const t=[];let e=[];for(const[i,s]of a)s===null?(e.length&&t.push(e),e=[]):e.push([i,s]);return e.length&&t.push(e),t}var Bt=Object.defineProperty,L=(a,t,e,i)=>{for(var s=void 0,o=a.length-1,l;o>=0;o--)(l=a[o])&&(s=l(t,e,s)||s);return s&&Bt(t,e,s),s};const ct=600,N=120,H=4,st=class st extends G{constructor(){super(...arguments),this.sensors=[],this.events=[],this.start="",this.duration=0}chart(t){const e=t.series.at(-1)?.[0]??0,i=Math.max(this.duration,e,1),s=t.min??0,l=(t.max??1)-s||1,c=b=>H+b/i*(ct-2*H),$=b=>N-H-(b-s)/l*(N-2*H),Q=bt(t.series).map((b,u,v)=>{const D=[];return b.forEach(([C,P],M)=>{const O=b[M+1],X=O?O[0]:u===v.length-1?i:C;D.push(`${c(C)},${$(P)}`,`${c(X)},${$(P)}`)}),z`<polyline class="line" points=${D.join(" ")}></polyline>`}),V=gt(this.events,this.start,i).map(([b,u])=>z`<rect class="pause" x=${c(b)} y="0" width=${Math.max(2,c(u)-c(b))} height=${N}><title>${n("climate.paused")}</title></rect>`);return z`<svg viewBox="0 0 ${ct} ${N}" role="img" aria-label=${t.name||t.entity_id}>${V}${Q}</svg>`}render(){if(!this.sensors.length)return d;const t=this.options,e=i=>i===null?"—":t?_(i,t,1):i.toFixed(1);return r`${this.sensors.map(i=>r`<figure class="sensor" data-entity=${i.entity_id}>
        ${this.chart(i)}
        <figcaption>
          <strong>${i.name||i.entity_id}</strong>
          <span
            >${n("climate.stats",{min:e(i.min),mean:e(i.mean),max:e(i.max),unit:i.unit??""})}</span
          >
          ${i.missing_seconds>0?r`<span class="muted">${n("climate.missing",{time:k(i.missing_seconds)})}</span>`:d}
        </figcaption>
      </figure>`)}`}};st.styles=[K,U`
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
    `];let w=st;L([p({attribute:!1})],w.prototype,"sensors");L([p({attribute:!1})],w.prototype,"events");L([p()],w.prototype,"start");L([p({type:Number})],w.prototype,"duration");L([p({attribute:!1})],w.prototype,"options");q("pl-climate-chart",w);var Ft=Object.defineProperty,A=(a,t,e,i)=>{for(var s=void 0,o=a.length-1,l;o>=0;o--)(l=a[o])&&(s=l(t,e,s)||s);return s&&Ft(t,e,s),s};const dt=600,B=140,F=4;function Gt(a){if(!a)return"";const t=`jobcost.source.${a}`,e=n(t);return e===t?a:e}function Kt(a,t){const e=a.costs,i=e?.total_cost??a.cost,s=e?.total_cost!==null&&e?.total_cost!==void 0?e.total_cost_source:a.cost!==null?"manual":null,o=[{key:"jobcost.energy",value:e?.energy_kwh===null||e?.energy_kwh===void 0?"—":n("jobcost.kwh",{n:_(e.energy_kwh,t,3)}),source:e?.energy_source??null},{key:"jobcost.electricity",value:j(e?.electricity_cost,t),source:e?.electricity_source??null},{key:"jobcost.filament",value:j(e?.computed_filament_cost,t),source:e?.computed_filament_source??null},{key:"jobcost.machine",value:j(e?.machine_cost,t),source:e?.machine_cost===null||e?.machine_cost===void 0?null:"rate"},{key:"jobcost.total",value:j(i,t),source:s}];return o.some(l=>l.value!=="—")?o:[]}const it=class it extends G{constructor(){super(...arguments),this.powerError="",this.loadedFor="",this.token=0}willUpdate(){const t=this.job;if(!t||!this.api)return;const e=`${t.id}|${t.start}|${t.end}`;e!==this.loadedFor&&(this.loadedFor=e,this.loadPower(t.id))}async loadPower(t){const e=++this.token;this.power=void 0,this.powerError="";try{const i=await this.api.jobPower(t);e===this.token&&(this.power=i)}catch(i){e===this.token&&(this.powerError=R(i))}}render(){const t=this.job,e=this.options;if(!t||!e)return d;const i=Kt(t,e);return r`
      <h3>${n("jobcost.title")}</h3>
      ${i.length?r`<table class="breakdown">
            <tbody>
              ${i.map(s=>r`<tr class=${s.key==="jobcost.total"?"total":""} data-part=${s.key.slice(8)}>
                  <th scope="row">${n(s.key)}</th>
                  <td class="value">${s.value}</td>
                  <td><span class="source ${s.source??""}">${s.value==="—"?"":Gt(s.source)}</span></td>
                </tr>`)}
            </tbody>
          </table>`:r`<p class="muted">${n("jobcost.not_computed")}</p>`}
      ${this.renderPower(t,e)}
    `}renderPower(t,e){if(this.powerError)return r`<p class="muted" role="status">${n("jobcost.power_error",{error:this.powerError})}</p>`;const i=this.power;if(!i)return r`<p class="muted" aria-busy="true">${n("common.loading")}</p>`;if(!i.points.length){const o=i.entity_id??"",l=i.reason==="no_sensor"?n("jobcost.power_no_sensor"):i.reason==="no_recorder"?n("jobcost.power_no_recorder"):n("jobcost.power_no_history",{entity:o});return r`<p class="muted power-empty">${l}</p>`}const s=o=>o===null?"—":n("jobcost.watts",{n:_(o,e,0)});return r`<figure class="power" data-entity=${i.entity_id??""}>
      ${this.chart(t,i,e)}
      <figcaption>
        <strong>${n("jobcost.power_title")} <span class="entity muted">${i.entity_id}</span></strong>
        <span>${n("jobcost.power_stats",{mean:s(i.mean_w),max:s(i.max_w)})}</span>
        ${i.source==="statistics"?r`<span class="muted">${n("jobcost.power_from_statistics")}</span>`:d}
      </figcaption>
    </figure>`}chart(t,e,i){const s=t.end?(Date.parse(t.end)-Date.parse(t.start))/1e3:0,o=Math.max(s,e.points.at(-1)?.[0]??0,1),l=qt(Math.max(e.max_w??0,1)*1.05),c=u=>F+u/o*(dt-2*F),$=u=>B-F-u/l*(B-2*F),Q=bt(e.points).map(u=>{const v=[];u.forEach(([M,O],X)=>{const at=u[X+1],$t=at?at[0]:pt(e.points,M,o);v.push(`${c(M)},${$(O)}`,`${c($t)},${$(O)}`)});const D=c(u[0]?.[0]??0),C=c(pt(e.points,u.at(-1)?.[0]??0,o)),P=`${D},${$(0)} ${v.join(" ")} ${C},${$(0)}`;return z`<polygon class="area" points=${P}></polygon><polyline class="line" points=${v.join(" ")}></polyline>`}),V=gt(t.events??[],t.start,o).map(([u,v])=>z`<rect class="pause" x=${c(u)} y="0" width=${Math.max(2,c(v)-c(u))} height=${B}><title>${n("climate.paused")}</title></rect>`),b=n("jobcost.power_chart",{entity:e.entity_id??""});return r`<div class="axis" aria-hidden="true">
        <span>${n("jobcost.watts",{n:_(l,i,0)})}</span><span>${k(o)}</span>
      </div>
      ${z`<svg viewBox="0 0 ${dt} ${B}" role="img" aria-label=${b}>${V}${Q}</svg>`}`}};it.styles=[K,U`
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
    `];let x=it;A([p({attribute:!1})],x.prototype,"api");A([p({attribute:!1})],x.prototype,"options");A([p({attribute:!1})],x.prototype,"job");A([m()],x.prototype,"power");A([m()],x.prototype,"powerError");function qt(a){const t=10**Math.floor(Math.log10(a))/2;return Math.ceil(a/t)*t}function pt(a,t,e){return a.find(([i])=>i>t)?.[0]??e}q("pl-job-cost",x);var Wt=Object.defineProperty,y=(a,t,e,i)=>{for(var s=void 0,o=a.length-1,l;o>=0;o--)(l=a[o])&&(s=l(t,e,s)||s);return s&&Wt(t,e,s),s};const ot=class ot extends G{constructor(){super(...arguments),this.photos=[],this.jobId="",this.admin=!1,this.urls={},this.busy=!1,this.error=""}willUpdate(t){t.has("photos")&&this.loadImages()}disconnectedCallback(){super.disconnectedCallback();for(const t of Object.values(this.urls))URL.revokeObjectURL(t);this.urls={}}async loadImages(){const t=this.api;if(!t)return;const e=new Set(this.photos.map(s=>s.id)),i={};for(const[s,o]of Object.entries(this.urls))e.has(s)?i[s]=o:URL.revokeObjectURL(o);this.urls=i;for(const s of this.photos)if(!this.urls[s.id])try{const o=await t.photo(s.id);o&&(this.urls={...this.urls,[s.id]:URL.createObjectURL(o)})}catch{}}async upload(t){const e=t.target,i=e.files?.[0];if(e.value="",!(!i||!this.api)){this.busy=!0,this.error="";try{const s=await this.api.uploadPhoto(this.jobId,i);this.photos=[...this.photos,s],S(this,"photos-changed",{photos:this.photos})}catch(s){this.error=n("photos.upload_failed",{error:R(s)})}finally{this.busy=!1}}}async deletePhoto(t){if(this.api){this.error="";try{await this.api.deletePhoto(t.id),this.open=void 0,this.photos=this.photos.filter(e=>e.id!==t.id),S(this,"photos-changed",{photos:this.photos})}catch(e){this.error=R(e)}}}render(){const t=this.options,e=i=>r`${n(`photos.kind.${i.kind}`)}${t?r`<br />${I(i.taken_at,t)}`:d}`;return r`
      <div class="strip" role="list" aria-label=${n("photos.title")}>
        ${this.photos.length===0?r`<span class="muted">${n("photos.none")}</span>`:d}
        ${this.photos.map(i=>r`<figure role="listitem">
            <button type="button" @click=${()=>this.open=i} aria-label=${n("photos.open")}>
              ${this.urls[i.id]?r`<img src=${this.urls[i.id]} alt=${n(`photos.kind.${i.kind}`)} />`:d}
            </button>
            <figcaption>${e(i)}</figcaption>
          </figure>`)}
      </div>
      ${this.admin?r`<div class="actions upload">
            <label class="btn">
              ${this.busy?n("photos.uploading"):n("photos.add")}
              <input type="file" accept="image/*" capture="environment" ?disabled=${this.busy} @change=${this.upload} />
            </label>
          </div>`:d}
      ${this.error?r`<p class="error" role="alert">${this.error}</p>`:d}
      ${this.open?r`<div class="viewer" role="dialog" aria-modal="true" @click=${()=>this.open=void 0}>
            <img src=${this.urls[this.open.id]??""} alt=${n(`photos.kind.${this.open.kind}`)} />
            <div>${e(this.open)}</div>
            <div class="actions" @click=${i=>i.stopPropagation()}>
              <button class="btn" @click=${()=>this.open=void 0}>${n("photos.close")}</button>
              ${this.admin?r`<button class="btn danger" @click=${()=>this.open&&void this.deletePhoto(this.open)}>
                    ${n("common.delete")}
                  </button>`:d}
            </div>
          </div>`:d}
    `}};ot.styles=[K,U`
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
    `];let f=ot;y([p({attribute:!1})],f.prototype,"api");y([p({attribute:!1})],f.prototype,"options");y([p({attribute:!1})],f.prototype,"photos");y([p()],f.prototype,"jobId");y([p({type:Boolean})],f.prototype,"admin");y([m()],f.prototype,"urls");y([m()],f.prototype,"open");y([m()],f.prototype,"busy");y([m()],f.prototype,"error");q("pl-job-photos",f);var Qt=Object.defineProperty,g=(a,t,e,i)=>{for(var s=void 0,o=a.length-1,l;o>=0;o--)(l=a[o])&&(s=l(t,e,s)||s);return s&&Qt(t,e,s),s};const nt=class nt extends G{constructor(){super(...arguments),this.jobId="",this.admin=!1,this.error="",this.editing=!1,this.saving=!1,this.saveError="",this.thumbnailState="none",this.copied=!1,this.loadToken=0}willUpdate(t){t.has("api")&&this.api&&wt(this.api),(t.has("jobId")||t.has("api"))&&this.jobId&&this.api&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.revokeThumbnail()}revokeThumbnail(){this.thumbnailUrl&&URL.revokeObjectURL(this.thumbnailUrl),this.thumbnailUrl=void 0}async load(){const t=this.api;if(!t)return;const e=++this.loadToken;this.job=void 0,this.error="",this.editing=!1,this.revokeThumbnail(),this.thumbnailState="none";try{const i=await t.getJob(this.jobId);if(e!==this.loadToken)return;if(this.job=i,i.has_thumbnail){this.thumbnailState="loading";try{const s=await t.thumbnail(i.id);if(e!==this.loadToken)return;s?(this.thumbnailUrl=URL.createObjectURL(s),this.thumbnailState="ok"):this.thumbnailState="none"}catch{e===this.loadToken&&(this.thumbnailState="error")}}}catch(i){e===this.loadToken&&(this.error=R(i))}}applyJob(t){this.job&&this.job.id===t.id&&(this.job={...this.job,...t})}render(){if(this.error)return r`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${()=>this.load()}>${n("common.retry")}</button>
      </div>`;const t=this.job,e=this.options;if(!t||!e)return r`<p class="muted" aria-busy="true">${n("common.loading")}</p>`;const i=tt(t.filament_colour);return r`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState==="ok"?r`<img src=${this.thumbnailUrl??""} alt=${n("detail.thumbnail_of",{file:xt(t.filename)})} />`:r`<span class="muted"
                >${this.thumbnailState==="loading"?n("common.loading"):this.thumbnailState==="error"?n("detail.thumbnail_unavailable"):n("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${vt(t.filename)}</div>
          <p>${jt(t.status)} <span class="muted">${ut("source",t.source)}</span></p>
          <dl>
            <dt>${n("common.printer")}</dt>
            <dd>${t.printer_name}</dd>
            <dt>${n("detail.job_id")}</dt>
            <dd class="job-id">
              <code>${t.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label=${n("detail.copy_id")}
                title=${n("detail.copy_id_title")}
                @click=${()=>{this.copyId(t.id)}}
              >
                ${this.copied?n("detail.copied"):n("detail.copy")}
              </button>
            </dd>
            <dt>${n("column.started")}</dt>
            <dd>${I(t.start,e)}</dd>
            <dt>${n("detail.ended")}</dt>
            <dd>${I(t.end,e)}</dd>
            <dt>${n("kpi.print_time")}</dt>
            <dd>
              ${k(t.print_duration)}
              ${t.estimated_time?r`<span class="muted">(${n("detail.estimated",{time:k(t.estimated_time)})})</span>`:d}
            </dd>
            <dt>${n("detail.total_time")}</dt>
            <dd>${t.total_duration>0?k(t.total_duration):"—"}</dd>
            ${t.pause_count?r`<dt>${n("detail.pauses")}</dt>
                  <dd>${t.pause_count} (${k(t.paused_duration)})</dd>`:d}
            <dt>${n("kpi.filament")}</dt>
            <dd>
              ${i?r`<span class="swatch" style=${`background:${i}`} title=${et(i)}></span>`:d}
              <span data-filament>${[t.filament_weight_g!==null&&t.filament_weight_g>0?ht(t.filament_weight_g,e):"",t.filament_used_mm>0?mt(t.filament_used_mm,e):"",t.filament_type??""].filter(Boolean).join(" · ")||"—"}</span>
            </dd>
            <dt>${n("kpi.cost")}</dt>
            <dd>${j(t.cost??t.costs?.total_cost,e)}</dd>
            ${t.error_message?r`<dt>${n("status.error")}</dt>
                  <dd>${t.error_message}</dd>`:d}
          </dl>
        </div>
      </div>

      ${t.spools?.length?r`<h3>${n("spools.title")}</h3>
            ${kt(t.spools,t.spool_filament_cost,e)}`:d}

      <pl-job-cost .api=${this.api} .options=${e} .job=${t}></pl-job-cost>

      <h3>${n("detail.notes_rating")}</h3>
      ${this.editing?r`<pl-job-editor
            .job=${t}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${()=>this.editing=!1}
          ></pl-job-editor>`:r`<dl>
              <dt>${n("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${t.rating}></pl-rating></dd>
              <dt>${n("column.tags")}</dt>
              <dd>${t.tags.length?t.tags.map(s=>r`<span class="tag">${s}</span>`):"—"}</dd>
              <dt>${n("detail.failure_reason")}</dt>
              <dd>${Ot(t.failure_reason)||"—"}</dd>
              <dt>${n("column.notes")}</dt>
              <dd class="notes">${t.notes||"—"}</dd>
            </dl>
            ${t.file_id?r`<div class="actions">
                  <button class="btn" @click=${()=>S(this,"show-file",{fileId:t.file_id})}>
                    ${n("files.open_record")}
                  </button>
                  ${this.admin?r`<button
                        class="btn"
                        @click=${()=>S(this,"print-again",{filename:t.filename,printerId:t.printer_id})}
                      >
                        ${Z(Tt)} ${n("reprint.action")}
                      </button>`:d}
                </div>`:d}
            ${this.admin?r`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${Z(St)} ${n("common.edit")}</button>
                  <button class="btn danger" @click=${()=>S(this,"delete-jobs",{jobs:[t]})}>
                    ${Z(zt)} ${n("common.delete")}
                  </button>
                </div>`:d}`}

      <h3>${n("photos.title")}</h3>
      <pl-job-photos
        .api=${this.api}
        .options=${e}
        .photos=${t.photos??[]}
        .jobId=${t.id}
        ?admin=${this.admin}
        @photos-changed=${s=>{this.job&&(this.job={...this.job,photos:s.detail.photos})}}
      ></pl-job-photos>

      ${t.climate?.length?r`<h3>${n("climate.title")}</h3>
            <pl-climate-chart
              .sensors=${t.climate}
              .events=${t.events}
              .start=${t.start}
              .duration=${t.total_duration}
              .options=${e}
            ></pl-climate-chart>`:d}

      <h3>${n("detail.slicer")}</h3>
      ${this.renderDetails(t,e)}

      <h3>${n("detail.timeline")}</h3>
      ${t.events.length?r`<ol class="timeline">
            ${t.events.map(s=>r`<li>
                <strong>${ut("event",s.type)}</strong>
                <span class="muted">${I(s.at,e)}</span>
                ${s.data&&Object.keys(s.data).length?r`<div class="muted">
                      ${Nt(s.data,e).map(([o,l])=>r`<span>${o}: ${l}</span> `)}
                    </div>`:d}
              </li>`)}
          </ol>`:r`<p class="muted">${n("detail.no_events")}</p>`}

      <h3>${n("detail.metadata")}</h3>
      ${t.metadata&&Object.keys(t.metadata).length?r`<details>
            <summary>${n("detail.fields",{count:Object.keys(t.metadata).length})}</summary>
            <table class="settings">
              <tbody>
                ${Object.entries(t.metadata).map(([s,o])=>r`<tr>
                    <th scope="row">${ft(s)}</th>
                    <td>${T(s,o,e)}</td>
                  </tr>`)}
              </tbody>
            </table>
          </details>`:r`<p class="muted">${n("detail.no_metadata")}</p>`}
    `}renderDetails(t,e){const i=Et(t.details);return i.length?r`<table class="settings" data-settings>
      <tbody>
        ${i.map(([s,o])=>r`<tr>
            <th scope="row">${W(s)}</th>
            <td data-setting=${s}>${T(s,o,e)}</td>
          </tr>`)}
      </tbody>
    </table>`:r`<p class="muted">${n("detail.no_slicer")}</p>`}async copyId(t){try{await navigator.clipboard.writeText(t)}catch{const e=this.renderRoot.querySelector(".job-id code"),i=document.createRange();e&&i.selectNodeContents(e);const s=window.getSelection();s?.removeAllRanges(),s?.addRange(i),document.execCommand("copy")}this.copied=!0,window.setTimeout(()=>this.copied=!1,2e3)}startEdit(){this.saveError="",this.editing=!0,this.updateComplete.then(()=>this.renderRoot.querySelector("pl-job-editor")?.focus())}async onSave(t){if(!this.api||!this.job)return;const e=t.detail.changes;if(!Object.keys(e).length){this.editing=!1;return}this.saving=!0,this.saveError="";try{const i=await this.api.updateJob(this.job.id,e);this.job={...this.job,...i},this.editing=!1,S(this,"job-updated",{job:i})}catch(i){this.saveError=R(i)}finally{this.saving=!1}}};nt.styles=[K,yt,Ht,U`
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
    `];let h=nt;g([p({attribute:!1})],h.prototype,"api");g([p({attribute:!1})],h.prototype,"options");g([p()],h.prototype,"jobId");g([p({type:Boolean})],h.prototype,"admin");g([m()],h.prototype,"job");g([m()],h.prototype,"error");g([m()],h.prototype,"editing");g([m()],h.prototype,"saving");g([m()],h.prototype,"saveError");g([m()],h.prototype,"thumbnailUrl");g([m()],h.prototype,"thumbnailState");g([m()],h.prototype,"copied");q("pl-job-detail",h);function ut(a,t){const e=`${a}.${t}`,i=n(e);return i===e?ft(t):i}export{h as PlJobDetail};
