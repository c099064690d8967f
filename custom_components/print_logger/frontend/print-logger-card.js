import{i as E,P as g,a as x,b as C,c as j,d as k,f as u,p as z,e as $,A as l,g as r,r as M,h as N,o as T,j as f,s as D,k as L,l as I,m as w,n as y,q as R,t as J,u as S,v as d,w as O,x as P}from"./chunks/shared-BqLJUCZJ.js";const h={show_current:!0,show_recent:!0,recent_count:5,show_stats:!0,stats_period:"30d"};function m(c){if(!c||typeof c!="object")throw new Error("Invalid configuration");const t=c,s={type:String(t.type??"custom:print-logger-card")};if(t.title!==void 0&&t.title!==null){if(typeof t.title!="string")throw new Error("title must be text");s.title=t.title}if(t.printer_id!==void 0&&t.printer_id!==null&&t.printer_id!==""){if(typeof t.printer_id!="string")throw new Error("printer_id must be text");s.printer_id=t.printer_id}for(const e of["show_current","show_recent","show_stats"])if(t[e]!==void 0){if(typeof t[e]!="boolean")throw new Error(`${e} must be true or false`);s[e]=t[e]}if(t.recent_count!==void 0){const e=Number(t.recent_count);if(!Number.isInteger(e)||e<1||e>20)throw new Error("recent_count must be a whole number from 1 to 20");s.recent_count=e}if(t.stats_period!==void 0){if(typeof t.stats_period!="string"||!E(t.stats_period))throw new Error(`stats_period must be one of ${g.map(e=>e.id).join(", ")}`);s.stats_period=t.stats_period}return s}var A=Object.defineProperty,o=(c,t,s,e)=>{for(var i=void 0,n=c.length-1,v;n>=0;n--)(v=c[n])&&(i=v(t,s,i)||i);return i&&A(t,s,i),i};const b=class b extends x{constructor(){super(...arguments),this.printers=[],this.recent=[],this.error="",this.loaded=!1,this.printersLoaded=!1}static getConfigElement(){return document.createElement("print-logger-card-editor")}static getStubConfig(){return{type:"custom:print-logger-card",title:"3D printing",...h}}setConfig(t){const s=m(t),e=this.config;this.config=s,e&&(e.printer_id!==s.printer_id||e.recent_count!==s.recent_count||e.stats_period!==s.stats_period)&&this.load()}getCardSize(){const t={...h,...this.config};return 1+(t.show_current?2:0)+(t.show_recent?Math.ceil(t.recent_count/2)+1:0)+(t.show_stats?2:0)}getGridOptions(){return{columns:12,min_columns:6,rows:Math.max(this.getCardSize(),3),min_rows:2}}willUpdate(t){if(t.has("hass")&&this.hass)if(this.hass.connection!==this.connection)this.connection=this.hass.connection,this.api=new k(this.hass),this.options=u(this.hass),this.resubscribe(),this.load();else{const s=t.get("hass");s&&s.locale!==this.hass.locale&&(this.options=u(this.hass))}}connectedCallback(){super.connectedCallback(),this.api&&!this.unsubscribe&&(this.resubscribe(),this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer);const t=this.unsubscribe;this.unsubscribe=void 0,t?.then(s=>s?.()).catch(()=>{})}resubscribe(){const t=this.unsubscribe;this.unsubscribe=void 0,t?.then(s=>s?.()).catch(()=>{}),!(!this.api||!this.isConnected)&&(this.unsubscribe=this.api.subscribe(s=>this.onLiveEvent(s)).catch(()=>{}))}fetchJobs(t,s){const e={...h,...s},i=e.printer_id?[e.printer_id]:[];return[t.listJobs({printer_ids:i,sort:"start",order:"desc",limit:e.recent_count}),t.summary(z(e.stats_period,i,new Date,this.options?.timeZone))]}async load(){const t=this.api,s=this.config;if(!(!t||!s))try{const[e,i,n]=await Promise.all([t.listPrinters(),...this.fetchJobs(t,s)]);this.printers=e.printers,this.printersLoaded=!0,this.recent=i.jobs,this.summary=n,this.error=""}catch(e){this.error=$(e)}finally{this.loaded=!0}}async refresh(){const t=this.api,s=this.config;if(!(!t||!s)){if(!this.printersLoaded)return this.load();try{const[e,i]=await Promise.all(this.fetchJobs(t,s));this.recent=e.jobs,this.summary=i,this.error=""}catch(e){this.error=$(e)}}}onLiveEvent(t){if(t.type==="printer"){const s=this.printers.some(e=>e.id===t.printer.id);this.printers=s?this.printers.map(e=>e.id===t.printer.id?t.printer:e):[...this.printers,t.printer];return}if(t.type==="job_changed"){const s=t.job;this.printers=this.printers.map(e=>e.id!==s.printer_id?e:s.status==="in_progress"?{...e,current_job:s}:e.current_job?.id===s.id?{...e,current_job:null}:e),this.recent=this.recent.map(e=>e.id===s.id?s:e)}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.refresh()},2e3)}render(){if(!this.config)return l;const t={...h,...this.config},s=this.options??u(this.hass),e=t.printer_id?this.printers.filter(n=>n.id===t.printer_id):this.printers,i=r`
      ${t.title?r`<h2 class="title">${t.title}</h2>`:r`<div style="height:12px"></div>`}
      ${this.error?r`<div class="error" role="alert">${this.error}</div>`:l}
      ${this.loaded?l:r`<div class="muted">Loading…</div>`}
      ${this.loaded&&t.show_current?this.renderCurrent(e):l}
      ${this.loaded&&t.show_recent?this.renderRecent(s):l}
      ${this.loaded&&t.show_stats&&this.summary?this.renderStats(this.summary,s,t.stats_period):l}
    `;return customElements.get("ha-card")?r`<ha-card>${i}</ha-card>`:r`<div class="fallback-card card">${i}</div>`}renderCurrent(t){return t.length?r`<section class="current" aria-label="Current jobs">
      ${t.map(s=>{const e=s.current_job,i=M(s);return r`<div class="printer" data-printer=${s.id}>
          <div class="row">
            <span class="name">${s.name}</span>
            <span class="muted">${N(s)}</span>
          </div>
          ${e?r`<div class="row">
                  <span class="file" title=${e.filename}>${e.filename}</span>
                  <span>${Math.round(e.progress*100)} %</span>
                </div>
                <div
                  class="progress"
                  role="progressbar"
                  aria-label=${`Progress of ${e.filename}`}
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(e.progress*100)}
                >
                  <div style=${T({width:`${Math.round(e.progress*1e3)/10}%`})}></div>
                </div>
                <div class="row muted">
                  <span>${f(e.print_duration)} elapsed</span>
                  <span>${i!==null?`${f(i)} left`:""}</span>
                </div>`:r`<div class="row muted"><span>No job running</span></div>`}
        </div>`})}
    </section>`:r`<p class="muted">No printers</p>`}renderRecent(t){return r`<section aria-label="Recent jobs">
      <h3>Recent jobs</h3>
      ${this.recent.length?r`<ul class="recent">
            ${this.recent.map(s=>r`<li data-job-id=${s.id}>
                <span class="file" title=${s.filename}>${s.filename}</span>
                <span class=${`chip status-${D(s.status)}`}>${L(s.status)}</span>
                <span class="when"
                  >${s.printer_name} · ${I(s.start,t)} · ${f(s.print_duration)} ·
                  ${w(s.filament_weight_g,s.filament_used_mm,t)}</span
                >
              </li>`)}
          </ul>`:r`<p class="muted">No jobs yet</p>`}
    </section>`}renderStats(t,s,e){const i=g.find(n=>n.id===e)?.label??"";return r`<section aria-label=${`Key figures, ${i}`}>
      <h3>${i}</h3>
      <div class="stats">
        <div class="stat" data-stat="jobs"><span class="v">${y(t.jobs,s)}</span><span class="l">Jobs</span></div>
        <div class="stat" data-stat="success_rate">
          <span class="v">${R(t.success_rate,s)}</span><span class="l">Success</span>
        </div>
        <div class="stat" data-stat="print_hours">
          <span class="v">${y(t.print_hours,s,1)} h</span><span class="l">Print time</span>
        </div>
        <div class="stat" data-stat="filament">
          <span class="v">${w(t.filament_g,t.filament_mm,s)}</span><span class="l">Filament</span>
        </div>
        ${t.cost?r`<div class="stat" data-stat="cost"><span class="v">${J(t.cost,s)}</span><span class="l">Cost</span></div>`:l}
      </div>
    </section>`}};b.styles=[C,j`
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
    `];let a=b;o([S({attribute:!1})],a.prototype,"hass");o([d()],a.prototype,"config");o([d()],a.prototype,"printers");o([d()],a.prototype,"recent");o([d()],a.prototype,"summary");o([d()],a.prototype,"error");o([d()],a.prototype,"loaded");const _=class _ extends x{constructor(){super(...arguments),this.printers=[]}setConfig(t){this.config=m(t)}willUpdate(t){t.has("hass")&&this.hass&&this.hass.connection!==this.connection&&(this.connection=this.hass.connection,new k(this.hass).listPrinters().then(s=>this.printers=s.printers).catch(()=>{}))}update_(t,s){if(!this.config)return;const e={...this.config,[t]:s};(s===""||s===void 0)&&delete e[t],this.config=m(e),O(this,"config-changed",{config:this.config})}render(){if(!this.config)return l;const t={...h,...this.config},s=(e,i)=>r`<label class="check"
        ><input
          type="checkbox"
          name=${e}
          .checked=${t[e]}
          @change=${n=>this.update_(e,n.target.checked)}
        />${i}</label
      >`;return r`<form @submit=${e=>e.preventDefault()}>
      <label
        >Title
        <input name="title" .value=${this.config.title??""} @change=${e=>this.update_("title",e.target.value)} />
      </label>
      <label
        >Printer
        <select name="printer_id" @change=${e=>this.update_("printer_id",e.target.value)}>
          <option value="" ?selected=${!t.printer_id}>All printers</option>
          ${this.printers.map(e=>r`<option value=${e.id} ?selected=${e.id===t.printer_id}>${e.name}</option>`)}
        </select>
      </label>
      ${s("show_current","Show the current jobs")} ${s("show_recent","Show recent jobs")}
      <label
        >Number of recent jobs
        <input
          name="recent_count"
          type="number"
          min="1"
          max="20"
          .value=${String(t.recent_count)}
          @change=${e=>{const i=Math.min(20,Math.max(1,Math.round(Number(e.target.value)||5)));this.update_("recent_count",i)}}
        />
      </label>
      ${s("show_stats","Show key figures")}
      <label
        >Period of the key figures
        <select name="stats_period" @change=${e=>this.update_("stats_period",e.target.value)}>
          ${g.map(e=>r`<option value=${e.id} ?selected=${e.id===t.stats_period}>${e.label}</option>`)}
        </select>
      </label>
    </form>`}};_.styles=[C,j`
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
    `];let p=_;o([S({attribute:!1})],p.prototype,"hass");o([d()],p.prototype,"config");o([d()],p.prototype,"printers");P("print-logger-card",a);P("print-logger-card-editor",p);window.customCards??=[];window.customCards.some(c=>c.type==="print-logger-card")||window.customCards.push({type:"print-logger-card",name:"Print Logger",description:"Current 3D print jobs, recent jobs and key figures from the print log.",preview:!0,documentationURL:"https://github.com/print-logger/print_logger"});
