import{G as D,P as x,ax as I,g as C,an as T,l as a,ap as h,h as S,ah as j,ad as M,k,aq as b,ao as L,B as O,D as w,as as R,A as d,m as n,aj as A,ai as N,R as F,a5 as U,al as B,ak as G,a1 as f,b as q,$ as W,a0 as Z,a2 as H,J as K,I as z,z as Q,aa as V,ar as X,d as Y,af as tt,n as E,s as p,p as J,ay as et}from"./shared-C8vsxwla.js";import"./shared-D8_b-Rn0.js";const g={show_current:!0,show_recent:!0,recent_count:5,show_stats:!0,stats_period:"30d",show_reprint:!1};function _(o,e){const s=(r,m)=>new Error(I(e,r,m));if(!o||typeof o!="object")throw s("config.invalid");const t=o,i={type:String(t.type??"custom:print-logger-card")};if(t.title!==void 0&&t.title!==null){if(typeof t.title!="string")throw s("config.text",{option:"title"});i.title=t.title}if(t.printer_id!==void 0&&t.printer_id!==null&&t.printer_id!==""){if(typeof t.printer_id!="string")throw s("config.text",{option:"printer_id"});i.printer_id=t.printer_id}for(const r of["show_current","show_recent","show_stats","show_reprint"])if(t[r]!==void 0){if(typeof t[r]!="boolean")throw s("config.boolean",{option:r});i[r]=t[r]}if(t.recent_count!==void 0){const r=Number(t.recent_count);if(!Number.isInteger(r)||r<1||r>20)throw s("config.whole_number",{option:"recent_count",min:1,max:20});i.recent_count=r}if(t.stats_period!==void 0){if(typeof t.stats_period!="string"||!D(t.stats_period))throw s("config.one_of",{option:"stats_period",values:x.map(r=>r.id).join(", ")});i.stats_period=t.stats_period}return i}var st=Object.defineProperty,c=(o,e,s,t)=>{for(var i=void 0,r=o.length-1,m;r>=0;r--)(m=o[r])&&(i=m(e,s,i)||i);return i&&st(e,s,i),i};const y={success_rate:"card.success"};async function P(o){const e=h(o);return e.language===b()?!1:(await X(e.language,e.numberLocale),!0)}const $=class $ extends C{constructor(){super(...arguments),this.printers=[],this.recent=[],this.error="",this.loaded=!1,this.language="",this.printersLoaded=!1,this.live=new T}static getConfigElement(){return document.createElement("print-logger-card-editor")}static getStubConfig(){return{type:"custom:print-logger-card",title:a("card.stub_title"),...g}}setConfig(e){const s=_(e,this.hass?h(this.hass).language:document.documentElement.lang),t=this.config;this.config=s,t&&(t.printer_id!==s.printer_id||t.recent_count!==s.recent_count||t.stats_period!==s.stats_period)&&this.load()}getCardSize(){const e={...g,...this.config};return 1+(e.show_current?2:0)+(e.show_recent?Math.ceil(e.recent_count/2)+1:0)+(e.show_stats?2:0)}getGridOptions(){return{columns:12,min_columns:6,rows:Math.max(this.getCardSize(),3),min_rows:2}}willUpdate(e){if(e.has("hass")&&this.hass){const s=h(this.hass).language;if(s===b()?this.language=s:P(this.hass).then(()=>this.language=s),this.hass.connection!==this.connection)this.connection=this.hass.connection,this.api=new L(this.hass),this.options=h(this.hass),this.resubscribe(),this.load();else{const t=e.get("hass");t&&t.locale!==this.hass.locale&&(this.options=h(this.hass))}}}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&(this.resubscribe(),this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer),this.live.stop()}resubscribe(){this.live.stop(),!(!this.api||!this.isConnected)&&this.live.start(this.api,e=>this.onLiveEvent(e))}fetchJobs(e,s){const t={...g,...s},i=t.printer_id?[t.printer_id]:[];return[e.listJobs({printer_ids:i,sort:"start",order:"desc",limit:t.recent_count}),e.summary(O(t.stats_period,i,new Date,this.options?.timeZone))]}async load(){const e=this.api,s=this.config;if(!(!e||!s))try{const[t,i,r]=await Promise.all([e.listPrinters(),...this.fetchJobs(e,s)]);this.printers=t.printers,this.printersLoaded=!0,this.recent=i.jobs,this.summary=r,this.error=""}catch(t){this.error=w(t)}finally{this.loaded=!0}}async refresh(){const e=this.api,s=this.config;if(!(!e||!s)){if(!this.printersLoaded)return this.load();try{const[t,i]=await Promise.all(this.fetchJobs(e,s));this.recent=t.jobs,this.summary=i,this.error=""}catch(t){this.error=w(t)}}}onLiveEvent(e){if(this.printers=R(this.printers,e),e.type!=="printer"){if(e.type==="job_changed"){const s=e.job;this.recent=this.recent.map(t=>t.id===s.id?s:t)}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.refresh()},2e3)}}render(){if(!this.config||!this.language)return d;const e={...g,...this.config},s=this.options??h(this.hass),t=e.printer_id?this.printers.filter(r=>r.id===e.printer_id):this.printers,i=n`
      ${e.title?n`<h2 class="title">${e.title}</h2>`:n`<div style="height:12px"></div>`}
      ${this.error?n`<div class="error" role="alert">${this.error}</div>`:d}
      ${this.loaded?d:n`<div class="muted">${a("common.loading")}</div>`}
      ${this.loaded&&e.show_current?this.renderCurrent(t,s):d}
      ${this.loaded&&e.show_recent?this.renderRecent(s,e.show_reprint&&!!this.hass?.user?.is_admin):d}
      ${this.loaded&&e.show_stats&&this.summary?this.renderStats(this.summary,s,e.stats_period):d}
    `;return customElements.get("ha-card")?n`<ha-card>${i}</ha-card>`:n`<div class="fallback-card card">${i}</div>`}renderCurrent(e,s){return e.length?n`<section class="current" aria-label=${a("card.current_jobs")}>
      ${e.map(t=>{const i=t.current_job,r=A(t);return n`<div class="printer" data-printer=${t.id}>
          <div class="row">
            <span class="name">${t.name}</span>
            <span class="muted">${N(t)}</span>
          </div>
          ${i?n`<div class="row">
                  <span class="file" title=${F(i.filename)}>${U(i.filename)}</span>
                  <span>${B(i)} %</span>
                </div>
                ${G(i)}
                <div class="row muted">
                  <span>${a("live.elapsed",{time:f(i.print_duration)})}</span>
                  <span>${r!==null?a("live.left",{time:f(r)}):""}</span>
                </div>`:n`<div class="row muted"><span>${a("live.no_job")}</span></div>`}
          ${t.active_spool?n`<div class="row muted active-spool" data-spool-id=${t.active_spool.spool_id}>
                <span
                  ><span class="spool-dot" style=${it(t.active_spool.color_hex)}></span>
                  ${a("spools.spool")}: ${t.active_spool.name}</span
                >
                <span
                  >${t.active_spool.remaining_weight!==null?q(t.active_spool.remaining_weight,s,0):""}</span
                >
              </div>`:d}
        </div>`})}
    </section>`:n`<p class="muted">${a("card.no_printers")}</p>`}renderRecent(e,s){return n`<section aria-label=${a("card.recent_jobs")}>
      <h3>${a("card.recent_jobs")}</h3>
      ${this.recent.length?n`<ul class="recent">
            ${this.recent.map(t=>n`<li data-job-id=${t.id}>
                <span class="file" title=${t.filename}>${t.filename}</span>
                ${W(t.status)}
                <span class="when"
                  >${t.printer_name} · ${Z(t.start,e)} · ${f(t.print_duration)} ·
                  ${H(t.filament_weight_g,t.filament_used_mm,e)}</span
                >
                ${s?n`<button class="icon-btn reprint" aria-label=${a("reprint.action")} title=${a("reprint.action")} @click=${()=>this.reprintJob=t}>
                      ${K(tt)}
                    </button>`:d}
              </li>`)}
          </ul>`:n`<p class="muted">${a("card.no_jobs")}</p>`}
      ${s?n`<pl-reprint-dialog
            .api=${this.api}
            .printers=${this.printers}
            .filename=${this.reprintJob?.filename??""}
            .printerId=${this.reprintJob?.printer_id??""}
            @reprint-closed=${()=>this.reprintJob=void 0}
          ></pl-reprint-dialog>`:d}
    </section>`}renderStats(e,s,t){const i=z(t);return n`<section aria-label=${a("card.key_figures_of",{period:i})}>
      <h3>${i}</h3>
      <div class="stats">
        ${Q(e,s).filter(r=>r.id!=="cost"||e.cost).map(r=>n`<div class="stat" data-stat=${r.id}><span class="v">${r.value}</span><span class="l">${y[r.id]?a(y[r.id]):r.label}</span></div>`)}
      </div>
    </section>`}};$.styles=[S,j,M,k`
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
      ul.recent li {
        display: grid;
        grid-template-columns: 1fr auto;
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
      ul.recent .when {
        grid-column: 1 / -1;
        font-size: 0.85em;
        color: var(--pl-muted);
      }
      .stats {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(90px, 1fr));
        gap: 8px;
      }
      .stat {
        display: flex;
        flex-direction: column;
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
    `];let l=$;c([E({attribute:!1})],l.prototype,"hass");c([p()],l.prototype,"config");c([p()],l.prototype,"printers");c([p()],l.prototype,"recent");c([p()],l.prototype,"reprintJob");c([p()],l.prototype,"summary");c([p()],l.prototype,"error");c([p()],l.prototype,"loaded");c([p()],l.prototype,"language");const v=class v extends C{constructor(){super(...arguments),this.printers=[],this.language=""}setConfig(e){this.config=_(e,this.hass?h(this.hass).language:document.documentElement.lang)}willUpdate(e){if(e.has("hass")&&this.hass){const s=h(this.hass).language;s===b()?this.language=s:P(this.hass).then(()=>this.language=s)}e.has("hass")&&this.hass&&this.hass.connection!==this.connection&&(this.connection=this.hass.connection,new L(this.hass).listPrinters().then(s=>this.printers=s.printers).catch(()=>{}))}update_(e,s){if(!this.config)return;const t={...this.config,[e]:s};(s===""||s===void 0)&&delete t[e],this.config=_(t),V(this,"config-changed",{config:this.config})}render(){if(!this.config||!this.language)return d;const e={...g,...this.config},s=(t,i)=>n`<label class="check"
        ><input
          type="checkbox"
          name=${t}
          .checked=${e[t]}
          @change=${r=>this.update_(t,r.target.checked)}
        />${i}</label
      >`;return n`<form @submit=${t=>t.preventDefault()}>
      <label
        >${a("card.title")}
        <input name="title" .value=${this.config.title??""} @change=${t=>this.update_("title",t.target.value)} />
      </label>
      <label
        >${a("common.printer")}
        <select name="printer_id" @change=${t=>this.update_("printer_id",t.target.value)}>
          <option value="" ?selected=${!e.printer_id}>${a("common.all_printers")}</option>
          ${this.printers.map(t=>n`<option value=${t.id} ?selected=${t.id===e.printer_id}>${t.name}</option>`)}
        </select>
      </label>
      ${s("show_current",a("card.show_current"))} ${s("show_recent",a("card.show_recent"))}
      <label
        >${a("card.recent_count")}
        <input
          name="recent_count"
          type="number"
          min="1"
          max="20"
          .value=${String(e.recent_count)}
          @change=${t=>{const i=Math.min(20,Math.max(1,Math.round(Number(t.target.value)||5)));this.update_("recent_count",i)}}
        />
      </label>
      ${s("show_reprint",a("card.show_reprint"))} ${s("show_stats",a("card.show_stats"))}
      <label
        >${a("card.stats_period")}
        <select name="stats_period" @change=${t=>this.update_("stats_period",t.target.value)}>
          ${x.map(t=>n`<option value=${t.id} ?selected=${t.id===e.stats_period}>${z(t.id)}</option>`)}
        </select>
      </label>
    </form>`}};v.styles=[S,k`
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
    `];let u=v;c([E({attribute:!1})],u.prototype,"hass");c([p()],u.prototype,"config");c([p()],u.prototype,"printers");c([p()],u.prototype,"language");J("print-logger-card",l);J("print-logger-card-editor",u);window.customCards??=[];if(!window.customCards.some(o=>o.type==="print-logger-card")){const o={type:"print-logger-card",name:"Print Logger",description:a("card.description"),preview:!0,documentationURL:"https://github.com/print-logger/print_logger"};window.customCards.push(o);const e=document.documentElement,s=()=>{const t=e.lang;et(t,"card.description").then(i=>{e.lang===t&&(o.description=i)})};s(),new MutationObserver(s).observe(e,{attributes:!0,attributeFilter:["lang"]})}function it(o){const e=Y(o);return e?`background:${e}`:""}export{l as PrintLoggerCard,u as PrintLoggerCardEditor};
