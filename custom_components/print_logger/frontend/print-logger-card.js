import{i as E,P as g,a as y,L,b as x,c as C,d as S,f as u,p as P,e as w,g as T,A as p,h as r,r as z,j as D,s as $,k as M,o as N,l as f,m as R,n as A,q as I,t as O,u as k,v as l,w as J,x as j}from"./chunks/shared-CtG0IztU.js";const h={show_current:!0,show_recent:!0,recent_count:5,show_stats:!0,stats_period:"30d"};function m(c){if(!c||typeof c!="object")throw new Error("Invalid configuration");const t=c,i={type:String(t.type??"custom:print-logger-card")};if(t.title!==void 0&&t.title!==null){if(typeof t.title!="string")throw new Error("title must be text");i.title=t.title}if(t.printer_id!==void 0&&t.printer_id!==null&&t.printer_id!==""){if(typeof t.printer_id!="string")throw new Error("printer_id must be text");i.printer_id=t.printer_id}for(const e of["show_current","show_recent","show_stats"])if(t[e]!==void 0){if(typeof t[e]!="boolean")throw new Error(`${e} must be true or false`);i[e]=t[e]}if(t.recent_count!==void 0){const e=Number(t.recent_count);if(!Number.isInteger(e)||e<1||e>20)throw new Error("recent_count must be a whole number from 1 to 20");i.recent_count=e}if(t.stats_period!==void 0){if(typeof t.stats_period!="string"||!E(t.stats_period))throw new Error(`stats_period must be one of ${g.map(e=>e.id).join(", ")}`);i.stats_period=t.stats_period}return i}var U=Object.defineProperty,a=(c,t,i,e)=>{for(var s=void 0,n=c.length-1,v;n>=0;n--)(v=c[n])&&(s=v(t,i,s)||s);return s&&U(t,i,s),s};const F={success_rate:"Success"},b=class b extends y{constructor(){super(...arguments),this.printers=[],this.recent=[],this.error="",this.loaded=!1,this.printersLoaded=!1,this.live=new L}static getConfigElement(){return document.createElement("print-logger-card-editor")}static getStubConfig(){return{type:"custom:print-logger-card",title:"3D printing",...h}}setConfig(t){const i=m(t),e=this.config;this.config=i,e&&(e.printer_id!==i.printer_id||e.recent_count!==i.recent_count||e.stats_period!==i.stats_period)&&this.load()}getCardSize(){const t={...h,...this.config};return 1+(t.show_current?2:0)+(t.show_recent?Math.ceil(t.recent_count/2)+1:0)+(t.show_stats?2:0)}getGridOptions(){return{columns:12,min_columns:6,rows:Math.max(this.getCardSize(),3),min_rows:2}}willUpdate(t){if(t.has("hass")&&this.hass)if(this.hass.connection!==this.connection)this.connection=this.hass.connection,this.api=new S(this.hass),this.options=u(this.hass),this.resubscribe(),this.load();else{const i=t.get("hass");i&&i.locale!==this.hass.locale&&(this.options=u(this.hass))}}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&(this.resubscribe(),this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer),this.live.stop()}resubscribe(){this.live.stop(),!(!this.api||!this.isConnected)&&this.live.start(this.api,t=>this.onLiveEvent(t))}fetchJobs(t,i){const e={...h,...i},s=e.printer_id?[e.printer_id]:[];return[t.listJobs({printer_ids:s,sort:"start",order:"desc",limit:e.recent_count}),t.summary(P(e.stats_period,s,new Date,this.options?.timeZone))]}async load(){const t=this.api,i=this.config;if(!(!t||!i))try{const[e,s,n]=await Promise.all([t.listPrinters(),...this.fetchJobs(t,i)]);this.printers=e.printers,this.printersLoaded=!0,this.recent=s.jobs,this.summary=n,this.error=""}catch(e){this.error=w(e)}finally{this.loaded=!0}}async refresh(){const t=this.api,i=this.config;if(!(!t||!i)){if(!this.printersLoaded)return this.load();try{const[e,s]=await Promise.all(this.fetchJobs(t,i));this.recent=e.jobs,this.summary=s,this.error=""}catch(e){this.error=w(e)}}}onLiveEvent(t){if(this.printers=T(this.printers,t),t.type!=="printer"){if(t.type==="job_changed"){const i=t.job;this.recent=this.recent.map(e=>e.id===i.id?i:e)}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.refresh()},2e3)}}render(){if(!this.config)return p;const t={...h,...this.config},i=this.options??u(this.hass),e=t.printer_id?this.printers.filter(n=>n.id===t.printer_id):this.printers,s=r`
      ${t.title?r`<h2 class="title">${t.title}</h2>`:r`<div style="height:12px"></div>`}
      ${this.error?r`<div class="error" role="alert">${this.error}</div>`:p}
      ${this.loaded?p:r`<div class="muted">Loading…</div>`}
      ${this.loaded&&t.show_current?this.renderCurrent(e):p}
      ${this.loaded&&t.show_recent?this.renderRecent(i):p}
      ${this.loaded&&t.show_stats&&this.summary?this.renderStats(this.summary,i,t.stats_period):p}
    `;return customElements.get("ha-card")?r`<ha-card>${s}</ha-card>`:r`<div class="fallback-card card">${s}</div>`}renderCurrent(t){return t.length?r`<section class="current" aria-label="Current jobs">
      ${t.map(i=>{const e=i.current_job,s=z(i);return r`<div class="printer" data-printer=${i.id}>
          <div class="row">
            <span class="name">${i.name}</span>
            <span class="muted">${D(i)}</span>
          </div>
          ${e?r`<div class="row">
                  <span class="file" title=${$(e.filename)}>${M(e.filename)}</span>
                  <span>${Math.round(e.progress*100)} %</span>
                </div>
                <div
                  class="progress"
                  role="progressbar"
                  aria-label=${`Progress of ${$(e.filename)}`}
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(e.progress*100)}
                >
                  <div style=${N({width:`${Math.round(e.progress*1e3)/10}%`})}></div>
                </div>
                <div class="row muted">
                  <span>${f(e.print_duration)} elapsed</span>
                  <span>${s!==null?`${f(s)} left`:""}</span>
                </div>`:r`<div class="row muted"><span>No job running</span></div>`}
        </div>`})}
    </section>`:r`<p class="muted">No printers</p>`}renderRecent(t){return r`<section aria-label="Recent jobs">
      <h3>Recent jobs</h3>
      ${this.recent.length?r`<ul class="recent">
            ${this.recent.map(i=>r`<li data-job-id=${i.id}>
                <span class="file" title=${i.filename}>${i.filename}</span>
                ${R(i.status)}
                <span class="when"
                  >${i.printer_name} · ${A(i.start,t)} · ${f(i.print_duration)} ·
                  ${I(i.filament_weight_g,i.filament_used_mm,t)}</span
                >
              </li>`)}
          </ul>`:r`<p class="muted">No jobs yet</p>`}
    </section>`}renderStats(t,i,e){const s=g.find(n=>n.id===e)?.label??"";return r`<section aria-label=${`Key figures, ${s}`}>
      <h3>${s}</h3>
      <div class="stats">
        ${O(t,i).filter(n=>n.id!=="cost"||t.cost).map(n=>r`<div class="stat" data-stat=${n.id}><span class="v">${n.value}</span><span class="l">${F[n.id]??n.label}</span></div>`)}
      </div>
    </section>`}};b.styles=[x,C`
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
    `];let o=b;a([k({attribute:!1})],o.prototype,"hass");a([l()],o.prototype,"config");a([l()],o.prototype,"printers");a([l()],o.prototype,"recent");a([l()],o.prototype,"summary");a([l()],o.prototype,"error");a([l()],o.prototype,"loaded");const _=class _ extends y{constructor(){super(...arguments),this.printers=[]}setConfig(t){this.config=m(t)}willUpdate(t){t.has("hass")&&this.hass&&this.hass.connection!==this.connection&&(this.connection=this.hass.connection,new S(this.hass).listPrinters().then(i=>this.printers=i.printers).catch(()=>{}))}update_(t,i){if(!this.config)return;const e={...this.config,[t]:i};(i===""||i===void 0)&&delete e[t],this.config=m(e),J(this,"config-changed",{config:this.config})}render(){if(!this.config)return p;const t={...h,...this.config},i=(e,s)=>r`<label class="check"
        ><input
          type="checkbox"
          name=${e}
          .checked=${t[e]}
          @change=${n=>this.update_(e,n.target.checked)}
        />${s}</label
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
      ${i("show_current","Show the current jobs")} ${i("show_recent","Show recent jobs")}
      <label
        >Number of recent jobs
        <input
          name="recent_count"
          type="number"
          min="1"
          max="20"
          .value=${String(t.recent_count)}
          @change=${e=>{const s=Math.min(20,Math.max(1,Math.round(Number(e.target.value)||5)));this.update_("recent_count",s)}}
        />
      </label>
      ${i("show_stats","Show key figures")}
      <label
        >Period of the key figures
        <select name="stats_period" @change=${e=>this.update_("stats_period",e.target.value)}>
          ${g.map(e=>r`<option value=${e.id} ?selected=${e.id===t.stats_period}>${e.label}</option>`)}
        </select>
      </label>
    </form>`}};_.styles=[x,C`
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
    `];let d=_;a([k({attribute:!1})],d.prototype,"hass");a([l()],d.prototype,"config");a([l()],d.prototype,"printers");j("print-logger-card",o);j("print-logger-card-editor",d);window.customCards??=[];window.customCards.some(c=>c.type==="print-logger-card")||window.customCards.push({type:"print-logger-card",name:"Print Logger",description:"Current 3D print jobs, recent jobs and key figures from the print log.",preview:!0,documentationURL:"https://github.com/print-logger/print_logger"});
