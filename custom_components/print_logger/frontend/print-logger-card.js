import{i as D,P as C,a as L,L as P,l as n,b as E,c as S,f as u,d as _,e as k,p as I,g as w,h as O,A as p,j as r,r as A,k as N,s as y,m as R,o as F,n as f,q as J,t as U,u as B,v as z,w as G,x as M,y as d,z as q,B as j,C as Z,D as H}from"./chunks/shared-Bb_EikKC.js";const m={show_current:!0,show_recent:!0,recent_count:5,show_stats:!0,stats_period:"30d"};function g(o){if(!o||typeof o!="object")throw new Error("Invalid configuration");const t=o,s={type:String(t.type??"custom:print-logger-card")};if(t.title!==void 0&&t.title!==null){if(typeof t.title!="string")throw new Error("title must be text");s.title=t.title}if(t.printer_id!==void 0&&t.printer_id!==null&&t.printer_id!==""){if(typeof t.printer_id!="string")throw new Error("printer_id must be text");s.printer_id=t.printer_id}for(const e of["show_current","show_recent","show_stats"])if(t[e]!==void 0){if(typeof t[e]!="boolean")throw new Error(`${e} must be true or false`);s[e]=t[e]}if(t.recent_count!==void 0){const e=Number(t.recent_count);if(!Number.isInteger(e)||e<1||e>20)throw new Error("recent_count must be a whole number from 1 to 20");s.recent_count=e}if(t.stats_period!==void 0){if(typeof t.stats_period!="string"||!D(t.stats_period))throw new Error(`stats_period must be one of ${C.map(e=>e.id).join(", ")}`);s.stats_period=t.stats_period}return s}var K=Object.defineProperty,c=(o,t,s,e)=>{for(var i=void 0,a=o.length-1,$;a>=0;a--)($=o[a])&&(i=$(t,s,i)||i);return i&&K(t,s,i),i};const x={success_rate:"card.success"};async function T(o){const t=u(o);return t.language===_()?!1:(await Z(t.language,t.numberLocale),!0)}const b=class b extends L{constructor(){super(...arguments),this.printers=[],this.recent=[],this.error="",this.loaded=!1,this.language="",this.printersLoaded=!1,this.live=new P}static getConfigElement(){return document.createElement("print-logger-card-editor")}static getStubConfig(){return{type:"custom:print-logger-card",title:n("card.stub_title"),...m}}setConfig(t){const s=g(t),e=this.config;this.config=s,e&&(e.printer_id!==s.printer_id||e.recent_count!==s.recent_count||e.stats_period!==s.stats_period)&&this.load()}getCardSize(){const t={...m,...this.config};return 1+(t.show_current?2:0)+(t.show_recent?Math.ceil(t.recent_count/2)+1:0)+(t.show_stats?2:0)}getGridOptions(){return{columns:12,min_columns:6,rows:Math.max(this.getCardSize(),3),min_rows:2}}willUpdate(t){if(t.has("hass")&&this.hass){const s=u(this.hass).language;if(s===_()?this.language=s:T(this.hass).then(()=>this.language=s),this.hass.connection!==this.connection)this.connection=this.hass.connection,this.api=new k(this.hass),this.options=u(this.hass),this.resubscribe(),this.load();else{const e=t.get("hass");e&&e.locale!==this.hass.locale&&(this.options=u(this.hass))}}}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&(this.resubscribe(),this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer),this.live.stop()}resubscribe(){this.live.stop(),!(!this.api||!this.isConnected)&&this.live.start(this.api,t=>this.onLiveEvent(t))}fetchJobs(t,s){const e={...m,...s},i=e.printer_id?[e.printer_id]:[];return[t.listJobs({printer_ids:i,sort:"start",order:"desc",limit:e.recent_count}),t.summary(I(e.stats_period,i,new Date,this.options?.timeZone))]}async load(){const t=this.api,s=this.config;if(!(!t||!s))try{const[e,i,a]=await Promise.all([t.listPrinters(),...this.fetchJobs(t,s)]);this.printers=e.printers,this.printersLoaded=!0,this.recent=i.jobs,this.summary=a,this.error=""}catch(e){this.error=w(e)}finally{this.loaded=!0}}async refresh(){const t=this.api,s=this.config;if(!(!t||!s)){if(!this.printersLoaded)return this.load();try{const[e,i]=await Promise.all(this.fetchJobs(t,s));this.recent=e.jobs,this.summary=i,this.error=""}catch(e){this.error=w(e)}}}onLiveEvent(t){if(this.printers=O(this.printers,t),t.type!=="printer"){if(t.type==="job_changed"){const s=t.job;this.recent=this.recent.map(e=>e.id===s.id?s:e)}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.refresh()},2e3)}}render(){if(!this.config||!this.language)return p;const t={...m,...this.config},s=this.options??u(this.hass),e=t.printer_id?this.printers.filter(a=>a.id===t.printer_id):this.printers,i=r`
      ${t.title?r`<h2 class="title">${t.title}</h2>`:r`<div style="height:12px"></div>`}
      ${this.error?r`<div class="error" role="alert">${this.error}</div>`:p}
      ${this.loaded?p:r`<div class="muted">${n("common.loading")}</div>`}
      ${this.loaded&&t.show_current?this.renderCurrent(e):p}
      ${this.loaded&&t.show_recent?this.renderRecent(s):p}
      ${this.loaded&&t.show_stats&&this.summary?this.renderStats(this.summary,s,t.stats_period):p}
    `;return customElements.get("ha-card")?r`<ha-card>${i}</ha-card>`:r`<div class="fallback-card card">${i}</div>`}renderCurrent(t){return t.length?r`<section class="current" aria-label=${n("card.current_jobs")}>
      ${t.map(s=>{const e=s.current_job,i=A(s);return r`<div class="printer" data-printer=${s.id}>
          <div class="row">
            <span class="name">${s.name}</span>
            <span class="muted">${N(s)}</span>
          </div>
          ${e?r`<div class="row">
                  <span class="file" title=${y(e.filename)}>${R(e.filename)}</span>
                  <span>${Math.round(e.progress*100)} %</span>
                </div>
                <div
                  class="progress"
                  role="progressbar"
                  aria-label=${n("live.progress_of",{file:y(e.filename)})}
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(e.progress*100)}
                >
                  <div style=${F({width:`${Math.round(e.progress*1e3)/10}%`})}></div>
                </div>
                <div class="row muted">
                  <span>${n("live.elapsed",{time:f(e.print_duration)})}</span>
                  <span>${i!==null?n("live.left",{time:f(i)}):""}</span>
                </div>`:r`<div class="row muted"><span>${n("live.no_job")}</span></div>`}
        </div>`})}
    </section>`:r`<p class="muted">${n("card.no_printers")}</p>`}renderRecent(t){return r`<section aria-label=${n("card.recent_jobs")}>
      <h3>${n("card.recent_jobs")}</h3>
      ${this.recent.length?r`<ul class="recent">
            ${this.recent.map(s=>r`<li data-job-id=${s.id}>
                <span class="file" title=${s.filename}>${s.filename}</span>
                ${J(s.status)}
                <span class="when"
                  >${s.printer_name} · ${U(s.start,t)} · ${f(s.print_duration)} ·
                  ${B(s.filament_weight_g,s.filament_used_mm,t)}</span
                >
              </li>`)}
          </ul>`:r`<p class="muted">${n("card.no_jobs")}</p>`}
    </section>`}renderStats(t,s,e){const i=z(e);return r`<section aria-label=${n("card.key_figures_of",{period:i})}>
      <h3>${i}</h3>
      <div class="stats">
        ${G(t,s).filter(a=>a.id!=="cost"||t.cost).map(a=>r`<div class="stat" data-stat=${a.id}><span class="v">${a.value}</span><span class="l">${x[a.id]?n(x[a.id]):a.label}</span></div>`)}
      </div>
    </section>`}};b.styles=[E,S`
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
    `];let l=b;c([M({attribute:!1})],l.prototype,"hass");c([d()],l.prototype,"config");c([d()],l.prototype,"printers");c([d()],l.prototype,"recent");c([d()],l.prototype,"summary");c([d()],l.prototype,"error");c([d()],l.prototype,"loaded");c([d()],l.prototype,"language");const v=class v extends L{constructor(){super(...arguments),this.printers=[],this.language=""}setConfig(t){this.config=g(t)}willUpdate(t){if(t.has("hass")&&this.hass){const s=u(this.hass).language;s===_()?this.language=s:T(this.hass).then(()=>this.language=s)}t.has("hass")&&this.hass&&this.hass.connection!==this.connection&&(this.connection=this.hass.connection,new k(this.hass).listPrinters().then(s=>this.printers=s.printers).catch(()=>{}))}update_(t,s){if(!this.config)return;const e={...this.config,[t]:s};(s===""||s===void 0)&&delete e[t],this.config=g(e),q(this,"config-changed",{config:this.config})}render(){if(!this.config||!this.language)return p;const t={...m,...this.config},s=(e,i)=>r`<label class="check"
        ><input
          type="checkbox"
          name=${e}
          .checked=${t[e]}
          @change=${a=>this.update_(e,a.target.checked)}
        />${i}</label
      >`;return r`<form @submit=${e=>e.preventDefault()}>
      <label
        >${n("card.title")}
        <input name="title" .value=${this.config.title??""} @change=${e=>this.update_("title",e.target.value)} />
      </label>
      <label
        >${n("common.printer")}
        <select name="printer_id" @change=${e=>this.update_("printer_id",e.target.value)}>
          <option value="" ?selected=${!t.printer_id}>${n("common.all_printers")}</option>
          ${this.printers.map(e=>r`<option value=${e.id} ?selected=${e.id===t.printer_id}>${e.name}</option>`)}
        </select>
      </label>
      ${s("show_current",n("card.show_current"))} ${s("show_recent",n("card.show_recent"))}
      <label
        >${n("card.recent_count")}
        <input
          name="recent_count"
          type="number"
          min="1"
          max="20"
          .value=${String(t.recent_count)}
          @change=${e=>{const i=Math.min(20,Math.max(1,Math.round(Number(e.target.value)||5)));this.update_("recent_count",i)}}
        />
      </label>
      ${s("show_stats",n("card.show_stats"))}
      <label
        >${n("card.stats_period")}
        <select name="stats_period" @change=${e=>this.update_("stats_period",e.target.value)}>
          ${C.map(e=>r`<option value=${e.id} ?selected=${e.id===t.stats_period}>${z(e.id)}</option>`)}
        </select>
      </label>
    </form>`}};v.styles=[E,S`
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
    `];let h=v;c([M({attribute:!1})],h.prototype,"hass");c([d()],h.prototype,"config");c([d()],h.prototype,"printers");c([d()],h.prototype,"language");j("print-logger-card",l);j("print-logger-card-editor",h);window.customCards??=[];if(!window.customCards.some(o=>o.type==="print-logger-card")){const o={type:"print-logger-card",name:"Print Logger",description:n("card.description"),preview:!0,documentationURL:"https://github.com/print-logger/print_logger"};window.customCards.push(o);const t=document.documentElement,s=()=>{const e=t.lang;H(e,"card.description").then(i=>{t.lang===e&&(o.description=i)})};s(),new MutationObserver(s).observe(t,{attributes:!0,attributeFilter:["lang"]})}
