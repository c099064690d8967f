import{ap as U,aq as x,ar as q,_ as O,af as G,l as o,ah as g,$ as z,aa as B,a7 as K,c as M,ai as k,ag as j,as as Z,a as S,ak as Q,A as m,h as a,ac as V,ab as X,M as E,s as R,N as T,ae as Y,ad as tt,I as w,at as et,G as it,H as rt,au as st,d as nt,av as y,a6 as ot,aj as at,R as ct,aw as lt,a2 as A,a3 as h,ax as pt,ay as dt,az as ht}from"./shared-DduXoXll.js";import{f as D,P as ut,d as N,o as mt}from"./shared-DUOmt4lY.js";import"./pl-reprint-dialog-Bd-ZtR3w.js";const f={show_current:!0,show_recent:!0,recent_count:5,show_stats:!0,stats_period:"30d",show_reprint:!1};function b(n,t){const i=(s,l)=>new Error(q(t,s,l));if(!n||typeof n!="object")throw i("config.invalid");const e=n,r={type:String(e.type??"custom:print-logger-card")};if(e.title!==void 0&&e.title!==null){if(typeof e.title!="string")throw i("config.text",{option:"title"});r.title=e.title}if(e.printer_id!==void 0&&e.printer_id!==null&&e.printer_id!==""){if(typeof e.printer_id!="string")throw i("config.text",{option:"printer_id"});r.printer_id=e.printer_id}for(const s of["show_current","show_recent","show_stats","show_reprint"])if(e[s]!==void 0){if(typeof e[s]!="boolean")throw i("config.boolean",{option:s});r[s]=e[s]}if(e.recent_count!==void 0){const s=Number(e.recent_count);if(!Number.isInteger(s)||s<1||s>20)throw i("config.whole_number",{option:"recent_count",min:1,max:20});r.recent_count=s}if(e.stats_period!==void 0){if(typeof e.stats_period!="string"||!U(e.stats_period))throw i("config.one_of",{option:"stats_period",values:x.map(s=>s.id).join(", ")});r.stats_period=e.stats_period}return r}const C="*",ft=new Set(["type","title","printer_id",...Object.keys(f)]);function gt(n,t,i,e){const r={...f,...n},s=[{value:C,label:i},...t.map(p=>({value:p.id,label:p.name}))];r.printer_id&&!t.some(p=>p.id===r.printer_id)&&s.push({value:r.printer_id,label:r.printer_id});const l=p=>({name:p,selector:{boolean:{}}});return[{name:"title",selector:{text:{}}},{name:"printer_id",required:!0,selector:{select:{mode:"dropdown",options:s}}},l("show_current"),l("show_recent"),...r.show_recent?[{name:"recent_count",required:!0,selector:{number:{min:1,max:20,step:1,mode:"box"}}},l("show_reprint")]:[],l("show_stats"),...r.show_stats?[{name:"stats_period",required:!0,selector:{select:{mode:"dropdown",options:x.map(p=>({value:p.id,label:e(p.id)}))}}}]:[]]}function _t(n){return{...{...f,...n},title:n.title??"",printer_id:n.printer_id??C}}function bt(n,t){const i={...n,...t};if((i.printer_id===C||i.printer_id==="")&&delete i.printer_id,(typeof i.title!="string"||i.title==="")&&delete i.title,i.recent_count===void 0||i.recent_count===null||i.recent_count==="")delete i.recent_count;else{const s=Math.round(Number(i.recent_count));i.recent_count=Number.isFinite(s)?Math.min(20,Math.max(1,s)):f.recent_count}const e=b(i);return{...Object.fromEntries(Object.entries(n).filter(([s])=>!ft.has(s))),...e}}function wt(n,t){if(n<=0)return[];const i=Math.max(1,Math.floor(t));if(i>=n)return[n];const e=Math.ceil(n/i),r=Math.floor(n/e);if(r<2)return new Array(n).fill(1);const s=n%e;return Array.from({length:e},(l,p)=>r+(p<s?1:0))}function vt(n,t,i){return Math.max(1,Math.floor((n+i)/(t+i)))}var $t=Object.defineProperty,c=(n,t,i,e)=>{for(var r=void 0,s=n.length-1,l;s>=0;s--)(l=n[s])&&(r=l(t,i,r)||r);return r&&$t(t,i,r),r};const yt=16,xt=84,I={success_rate:"card.success"};function v(n){window.history.pushState(null,"",`${ut}?job=${encodeURIComponent(n)}`),D(window,"location-changed",{replace:!1})}async function F(n){const t=g(n);return t.language===k()?!1:(await at(t.language,t.numberLocale),!0)}const L=class L extends O{constructor(){super(...arguments),this.printers=[],this.recent=[],this.error="",this.loaded=!1,this.language="",this.contentWidth=0,this.printersLoaded=!1,this.live=new G}static getConfigElement(){return document.createElement("print-logger-card-editor")}static getStubConfig(){return{type:"custom:print-logger-card",title:o("card.stub_title"),...f}}setConfig(t){const i=b(t,this.hass?g(this.hass).language:document.documentElement.lang),e=this.config;this.config=i,e&&(e.printer_id!==i.printer_id||e.recent_count!==i.recent_count||e.stats_period!==i.stats_period)&&this.load()}getCardSize(){const t={...f,...this.config};return 1+(t.show_current?2:0)+(t.show_recent?Math.ceil(t.recent_count/2)+1:0)+(t.show_stats?2:0)}getGridOptions(){return{columns:12,min_columns:6,rows:Math.max(this.getCardSize(),3),min_rows:2}}willUpdate(t){if(t.has("hass")&&this.hass){const i=g(this.hass).language;if(i===k()?this.language=i:F(this.hass).then(()=>this.language=i),this.hass.connection!==this.connection)this.connection=this.hass.connection,this.api=new j(this.hass),this.options=g(this.hass),this.resubscribe(),this.load();else{const e=t.get("hass");e&&e.locale!==this.hass.locale&&(this.options=g(this.hass))}}}connectedCallback(){super.connectedCallback(),typeof ResizeObserver<"u"&&(this.resizeObserver??=new ResizeObserver(t=>{const i=Math.round((t[0]?.contentRect.width??0)-2*yt);i>0&&i!==this.contentWidth&&(this.contentWidth=i)}),this.resizeObserver.observe(this)),this.api&&!this.live.active&&(this.resubscribe(),this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer),this.live.stop(),this.resizeObserver?.disconnect(),this.resizeObserver=void 0}resubscribe(){this.live.stop(),!(!this.api||!this.isConnected)&&this.live.start(this.api,t=>this.onLiveEvent(t))}fetchJobs(t,i){const e={...f,...i},r=e.printer_id?[e.printer_id]:[];return[t.listJobs({printer_ids:r,sort:"start",order:"desc",limit:e.recent_count}),t.summary(Z(e.stats_period,r,new Date,this.options?.timeZone))]}async load(){const t=this.api,i=this.config;if(!(!t||!i))try{const[e,r,s]=await Promise.all([t.listPrinters(),...this.fetchJobs(t,i)]);this.printers=e.printers,this.printersLoaded=!0,this.recent=r.jobs,this.summary=s,this.error=""}catch(e){this.error=S(e)}finally{this.loaded=!0}}async refresh(){const t=this.api,i=this.config;if(!(!t||!i)){if(!this.printersLoaded)return this.load();try{const[e,r]=await Promise.all(this.fetchJobs(t,i));this.recent=e.jobs,this.summary=r,this.error=""}catch(e){this.error=S(e)}}}onLiveEvent(t){if(this.printers=Q(this.printers,t),t.type!=="printer"){if(t.type==="job_changed"){const i=t.job;this.recent=this.recent.map(e=>e.id===i.id?i:e)}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.refresh()},2e3)}}render(){if(!this.config||!this.language)return m;const t={...f,...this.config},i=this.options??g(this.hass),e=t.printer_id?this.printers.filter(s=>s.id===t.printer_id):this.printers,r=a`
      ${t.title?a`<h2 class="title">${t.title}</h2>`:a`<div style="height:12px"></div>`}
      ${this.error?a`<div class="error" role="alert">${this.error}</div>`:m}
      ${this.loaded?m:a`<div class="muted">${o("common.loading")}</div>`}
      ${this.loaded&&t.show_current?this.renderCurrent(e,i):m}
      ${this.loaded&&t.show_recent?this.renderRecent(i,t.show_reprint&&!!this.hass?.user?.is_admin):m}
      ${this.loaded&&t.show_stats&&this.summary?this.renderStats(this.summary,i,t.stats_period):m}
    `;return customElements.get("ha-card")?a`<ha-card>${r}</ha-card>`:a`<div class="fallback-card card">${r}</div>`}renderCurrent(t,i){return t.length?a`<section class="current" aria-label=${o("card.current_jobs")}>
      ${t.map(e=>{const r=e.current_job,s=V(e);return a`<div class="printer" data-printer=${e.id}>
          <div class="row">
            <span class="name">${e.name}</span>
            <span class="muted">${X(e)}</span>
          </div>
          ${r?a`<div class="job-line">
                <pl-photo-thumb .api=${this.api} .key=${E(r)}></pl-photo-thumb>
                <div class="text">
                  <div class="row">
                    <button class="open file" title=${o("card.open_job",{file:R(r.filename)})} @click=${()=>v(r.id)}>${T(r.filename)}</button>
                    <span>${Y(r)} %</span>
                  </div>
                  ${tt(r)}
                  <div class="row muted">
                    <span>${o("live.elapsed",{time:w(r.print_duration)})}</span>
                    <span>${s!==null?o("live.left",{time:w(s)}):""}</span>
                  </div>
                </div>
              </div>`:a`<div class="row muted"><span>${o("live.no_job")}</span></div>`}
          ${e.active_spool?a`<div class="row muted active-spool" data-spool-id=${e.active_spool.spool_id}>
                <span
                  ><span class="spool-dot" style=${Lt(e.active_spool.color_hex)}></span>
                  ${o("spools.spool")}: ${e.active_spool.name}</span
                >
                <span
                  >${e.active_spool.remaining_weight!==null?et(e.active_spool.remaining_weight,i,0):""}</span
                >
              </div>`:m}
        </div>`})}
    </section>`:a`<p class="muted">${o("card.no_printers")}</p>`}renderRecent(t,i){return a`<section aria-label=${o("card.recent_jobs")}>
      <h3>${o("card.recent_jobs")}</h3>
      ${this.recent.length?a`<ul class="recent">
            ${this.recent.map(e=>a`<li data-job-id=${e.id}>
                <pl-photo-thumb .api=${this.api} .key=${E(e)} @click=${()=>v(e.id)}></pl-photo-thumb>
                <button class="open file" title=${o("card.open_job",{file:R(e.filename)})} @click=${()=>v(e.id)}>${T(e.filename)}</button>
                ${it(e,this.printers)}
                <span class="when"
                  >${e.printer_name} · ${rt(e.start,t)} · ${w(e.print_duration)} ·
                  ${st(e.filament_weight_g,e.filament_used_mm,t)}</span
                >
                ${i?a`<button class="icon-btn reprint" aria-label=${o("reprint.action")} title=${o("reprint.action")} @click=${()=>this.reprintJob=e}>
                      ${nt(lt)}
                    </button>`:m}
              </li>`)}
          </ul>`:a`<p class="muted">${o("card.no_jobs")}</p>`}
      ${i?a`<pl-reprint-dialog
            .api=${this.api}
            .printers=${this.printers}
            .filename=${this.reprintJob?.filename??""}
            .printerId=${this.reprintJob?.printer_id??""}
            @reprint-closed=${()=>this.reprintJob=void 0}
          ></pl-reprint-dialog>`:m}
    </section>`}renderStats(t,i,e){const r=y(e),s=ot(t,i).filter(u=>u.id!=="cost"||t.cost),p=wt(s.length,this.contentWidth?vt(this.contentWidth,xt,8):s.length).flatMap(u=>new Array(u).fill(u));return a`<section aria-label=${o("card.key_figures_of",{period:r})}>
      <h3>${r}</h3>
      <div class="stats">
        ${s.map((u,H)=>a`<div class="stat" data-stat=${u.id} style=${`--pl-row-tiles:${p[H]??1}`}>
              <span class="v">${u.value}</span><span class="l">${I[u.id]?o(I[u.id]):u.label}</span>
            </div>`)}
      </div>
    </section>`}};L.styles=[z,B,K,M`
      :host {
        display: block;
      }
      ha-card,
      .fallback-card {
        display: block;
        padding: 0 16px 16px;
        height: 100%;
        overflow: hidden;
      }
      .title {
        font-size: 1.2em;
        padding: 16px 0 8px;
        margin: 0;
        font-weight: 400;
      }
      h3 {
        font-size: 0.9em;
        font-weight: 500;
        color: var(--pl-muted);
        margin: 12px 0 6px;
      }
      .current {
        display: flex;
        flex-direction: column;
        gap: 10px;
      }
      .printer {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .printer .row {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        font-size: 0.9em;
      }
      .printer .name {
        font-weight: 500;
      }
      .file {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .job-line {
        display: flex;
        align-items: center;
        gap: 10px;
        min-width: 0;
      }
      .job-line .text {
        flex: 1;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      pl-photo-thumb {
        --pl-thumb-width: 48px;
        --pl-thumb-height: 36px;
      }
      button.open {
        border: none;
        background: none;
        padding: 0;
        font: inherit;
        color: var(--primary-color);
        cursor: pointer;
        text-align: left;
        min-width: 0;
      }
      button.open:hover {
        text-decoration: underline;
      }
      ul.recent li {
        display: grid;
        grid-template-columns: auto 1fr auto;
        align-items: center;
        gap: 2px 8px;
        padding: 6px 0;
        border-bottom: var(--pl-border);
        font-size: 0.9em;
      }
      ul.recent li:last-child {
        border-bottom: none;
      }
      ul.recent .file {
        min-width: 0;
      }
      ul.recent pl-photo-thumb {
        grid-row: span 2;
      }
      ul.recent .reprint {
        grid-column: 3;
        grid-row: 2;
        justify-self: end;
      }
      ul.recent .when {
        grid-column: 2;
        font-size: 0.85em;
        color: var(--pl-muted);
      }
      /* Rows of evenly spread tiles (tileRows): 5 → 3 + 2, never one alone on a row. */
      .stats {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .stat {
        display: flex;
        flex-direction: column;
        flex: 0 0 calc((100% - (var(--pl-row-tiles, 1) - 1) * 8px) / var(--pl-row-tiles, 1));
        min-width: 0;
      }
      .stat .v {
        font-size: 1.25em;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .stat .l {
        font-size: 0.8em;
        color: var(--pl-muted);
      }
      .error {
        color: var(--pl-error);
        padding: 8px 0;
      }
    `];let d=L;c([A({attribute:!1})],d.prototype,"hass");c([h()],d.prototype,"config");c([h()],d.prototype,"printers");c([h()],d.prototype,"recent");c([h()],d.prototype,"reprintJob");c([h()],d.prototype,"summary");c([h()],d.prototype,"error");c([h()],d.prototype,"loaded");c([h()],d.prototype,"language");c([h()],d.prototype,"contentWidth");let $;function kt(n=1e4){const t=J();if(t!==void 0)return Promise.resolve(t);const i=W();return $??=(async()=>{try{await(await(await i()).createCardElement({type:"entities",entities:[]})).constructor.getConfigElement?.()}catch(s){console.warn("print_logger: Home Assistant's card helpers failed:",s)}let e;const r=await Promise.race([customElements.whenDefined("ha-form").then(()=>!0),new Promise(s=>e=setTimeout(()=>s(!1),n))]);return clearTimeout(e),r||($=void 0),r})(),$}function J(){return customElements.get("ha-form")?!0:W()?void 0:!1}function W(){return window.loadCardHelpers}const Ct={title:"card.title",printer_id:"common.printer",show_current:"card.show_current",show_recent:"card.show_recent",recent_count:"card.recent_count",show_reprint:"card.show_reprint",show_stats:"card.show_stats",stats_period:"card.stats_period"},P=class P extends O{constructor(){super(...arguments),this.printers=[],this.language="",this.raw={},this.computeLabel=t=>{const i=Ct[t.name];return i?o(i):t.name}}setConfig(t){this.config=b(t,this.hass?g(this.hass).language:document.documentElement.lang),this.raw={...t}}connectedCallback(){super.connectedCallback(),this.form===void 0&&(this.form=J(),this.form===void 0&&kt().then(t=>this.form=t))}willUpdate(t){if(t.has("hass")&&this.hass){const i=g(this.hass).language;i===k()?this.language=i:F(this.hass).then(()=>this.language=i)}t.has("hass")&&this.hass&&this.hass.connection!==this.connection&&(this.connection=this.hass.connection,new j(this.hass).listPrinters().then(i=>this.printers=i.printers).catch(()=>{}))}apply(t){if(!this.config)return;let i;try{i=bt(this.raw,t)}catch{return}this.raw=i,this.config=b(i),D(this,"config-changed",{config:i})}render(){return!this.config||!this.language||this.form===void 0?m:this.form?a`<ha-form
      .hass=${this.hass}
      .data=${_t(this.config)}
      .schema=${gt(this.config,this.printers,o("common.all_printers"),y)}
      .computeLabel=${this.computeLabel}
      @value-changed=${t=>{t.stopPropagation(),this.apply(t.detail.value)}}
    ></ha-form>`:this.renderPlain()}renderPlain(){const t={...f,...this.config},i=(r,s)=>this.apply({[r]:s}),e=(r,s)=>a`<label class="check"
        ><input type="checkbox" name=${r} .checked=${t[r]} @change=${l=>i(r,l.target.checked)} />${s}</label
      >`;return a`<form @submit=${r=>r.preventDefault()}>
      <label
        >${o("card.title")}
        <input name="title" .value=${t.title??""} @change=${r=>i("title",r.target.value)} />
      </label>
      <label
        >${o("common.printer")}
        <select name="printer_id" @change=${r=>i("printer_id",r.target.value)}>
          <option value="" ?selected=${!t.printer_id}>${o("common.all_printers")}</option>
          ${this.printers.map(r=>a`<option value=${r.id} ?selected=${r.id===t.printer_id}>${r.name}</option>`)}
        </select>
      </label>
      ${e("show_current",o("card.show_current"))} ${e("show_recent",o("card.show_recent"))}
      <label
        >${o("card.recent_count")}
        <input
          name="recent_count"
          type="number"
          min="1"
          max="20"
          .value=${String(t.recent_count)}
          @change=${r=>i("recent_count",r.target.value)}
        />
      </label>
      ${e("show_reprint",o("card.show_reprint"))} ${e("show_stats",o("card.show_stats"))}
      <label
        >${o("card.stats_period")}
        <select name="stats_period" @change=${r=>i("stats_period",r.target.value)}>
          ${x.map(r=>a`<option value=${r.id} ?selected=${r.id===t.stats_period}>${y(r.id)}</option>`)}
        </select>
      </label>
    </form>`}};P.styles=[z,M`
      form {
        display: grid;
        gap: 12px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      label.check {
        flex-direction: row;
        align-items: center;
        gap: 8px;
      }
      input[type="checkbox"] {
        min-height: auto;
        width: 18px;
        height: 18px;
      }
    `];let _=P;c([A({attribute:!1})],_.prototype,"hass");c([h()],_.prototype,"config");c([h()],_.prototype,"printers");c([h()],_.prototype,"language");c([h()],_.prototype,"form");N("print-logger-card",d);N("print-logger-card-editor",_);window.customCards??=[];if(!window.customCards.some(n=>n.type==="print-logger-card")){const n={type:"print-logger-card",name:"Print Logger",description:o("card.description"),preview:!0,documentationURL:"https://github.com/print-logger/print_logger"};window.customCards.push(n);const t=document.documentElement,i=()=>{const e=t.lang;ht(e,"card.description").then(r=>{t.lang===e&&(n.description=r)})};i(),new MutationObserver(i).observe(t,{attributes:!0,attributeFilter:["lang"]})}function Lt(n){const t=ct(n);return t?`background:${t}`:""}mt()&&pt(dt());export{d as PrintLoggerCard,_ as PrintLoggerCardEditor,kt as loadHaForm,v as openInPanel};
