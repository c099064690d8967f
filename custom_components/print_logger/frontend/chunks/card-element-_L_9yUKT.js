import{ad as M,O as P,a3 as O,l as n,a5 as h,P as L,_ as N,Y as R,q as E,a6 as $,a4 as j,a as y,a8 as U,A as d,g as a,a0 as F,$ as B,C as x,s as C,D as k,a2 as G,a1 as q,x as f,ae as H,v as K,w as W,y as X,c as Y,X as Z,a7 as Q,J as V,af as tt,T as z,U as p,ag as et,ah as it,ai as st}from"./shared-CW8-eAzL.js";import{i as rt,P as T,p as nt,a as I}from"./shared-B4CeS6d4.js";import{f as J,P as at,d as D,o as ot}from"./shared-DUOmt4lY.js";import"./pl-reprint-dialog-15xI35XO.js";const m={show_current:!0,show_recent:!0,recent_count:5,show_stats:!0,stats_period:"30d",show_reprint:!1};function b(o,e){const i=(r,g)=>new Error(M(e,r,g));if(!o||typeof o!="object")throw i("config.invalid");const t=o,s={type:String(t.type??"custom:print-logger-card")};if(t.title!==void 0&&t.title!==null){if(typeof t.title!="string")throw i("config.text",{option:"title"});s.title=t.title}if(t.printer_id!==void 0&&t.printer_id!==null&&t.printer_id!==""){if(typeof t.printer_id!="string")throw i("config.text",{option:"printer_id"});s.printer_id=t.printer_id}for(const r of["show_current","show_recent","show_stats","show_reprint"])if(t[r]!==void 0){if(typeof t[r]!="boolean")throw i("config.boolean",{option:r});s[r]=t[r]}if(t.recent_count!==void 0){const r=Number(t.recent_count);if(!Number.isInteger(r)||r<1||r>20)throw i("config.whole_number",{option:"recent_count",min:1,max:20});s.recent_count=r}if(t.stats_period!==void 0){if(typeof t.stats_period!="string"||!rt(t.stats_period))throw i("config.one_of",{option:"stats_period",values:T.map(r=>r.id).join(", ")});s.stats_period=t.stats_period}return s}var lt=Object.defineProperty,l=(o,e,i,t)=>{for(var s=void 0,r=o.length-1,g;r>=0;r--)(g=o[r])&&(s=g(e,i,s)||s);return s&&lt(e,i,s),s};const S={success_rate:"card.success"};function _(o){window.history.pushState(null,"",`${at}?job=${encodeURIComponent(o)}`),J(window,"location-changed",{replace:!1})}async function A(o){const e=h(o);return e.language===$()?!1:(await Q(e.language,e.numberLocale),!0)}const v=class v extends P{constructor(){super(...arguments),this.printers=[],this.recent=[],this.error="",this.loaded=!1,this.language="",this.printersLoaded=!1,this.live=new O}static getConfigElement(){return document.createElement("print-logger-card-editor")}static getStubConfig(){return{type:"custom:print-logger-card",title:n("card.stub_title"),...m}}setConfig(e){const i=b(e,this.hass?h(this.hass).language:document.documentElement.lang),t=this.config;this.config=i,t&&(t.printer_id!==i.printer_id||t.recent_count!==i.recent_count||t.stats_period!==i.stats_period)&&this.load()}getCardSize(){const e={...m,...this.config};return 1+(e.show_current?2:0)+(e.show_recent?Math.ceil(e.recent_count/2)+1:0)+(e.show_stats?2:0)}getGridOptions(){return{columns:12,min_columns:6,rows:Math.max(this.getCardSize(),3),min_rows:2}}willUpdate(e){if(e.has("hass")&&this.hass){const i=h(this.hass).language;if(i===$()?this.language=i:A(this.hass).then(()=>this.language=i),this.hass.connection!==this.connection)this.connection=this.hass.connection,this.api=new j(this.hass),this.options=h(this.hass),this.resubscribe(),this.load();else{const t=e.get("hass");t&&t.locale!==this.hass.locale&&(this.options=h(this.hass))}}}connectedCallback(){super.connectedCallback(),this.api&&!this.live.active&&(this.resubscribe(),this.load())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer),this.live.stop()}resubscribe(){this.live.stop(),!(!this.api||!this.isConnected)&&this.live.start(this.api,e=>this.onLiveEvent(e))}fetchJobs(e,i){const t={...m,...i},s=t.printer_id?[t.printer_id]:[];return[e.listJobs({printer_ids:s,sort:"start",order:"desc",limit:t.recent_count}),e.summary(nt(t.stats_period,s,new Date,this.options?.timeZone))]}async load(){const e=this.api,i=this.config;if(!(!e||!i))try{const[t,s,r]=await Promise.all([e.listPrinters(),...this.fetchJobs(e,i)]);this.printers=t.printers,this.printersLoaded=!0,this.recent=s.jobs,this.summary=r,this.error=""}catch(t){this.error=y(t)}finally{this.loaded=!0}}async refresh(){const e=this.api,i=this.config;if(!(!e||!i)){if(!this.printersLoaded)return this.load();try{const[t,s]=await Promise.all(this.fetchJobs(e,i));this.recent=t.jobs,this.summary=s,this.error=""}catch(t){this.error=y(t)}}}onLiveEvent(e){if(this.printers=U(this.printers,e),e.type!=="printer"){if(e.type==="job_changed"){const i=e.job;this.recent=this.recent.map(t=>t.id===i.id?i:t)}clearTimeout(this.refreshTimer),this.refreshTimer=setTimeout(()=>{this.refresh()},2e3)}}render(){if(!this.config||!this.language)return d;const e={...m,...this.config},i=this.options??h(this.hass),t=e.printer_id?this.printers.filter(r=>r.id===e.printer_id):this.printers,s=a`
      ${e.title?a`<h2 class="title">${e.title}</h2>`:a`<div style="height:12px"></div>`}
      ${this.error?a`<div class="error" role="alert">${this.error}</div>`:d}
      ${this.loaded?d:a`<div class="muted">${n("common.loading")}</div>`}
      ${this.loaded&&e.show_current?this.renderCurrent(t,i):d}
      ${this.loaded&&e.show_recent?this.renderRecent(i,e.show_reprint&&!!this.hass?.user?.is_admin):d}
      ${this.loaded&&e.show_stats&&this.summary?this.renderStats(this.summary,i,e.stats_period):d}
    `;return customElements.get("ha-card")?a`<ha-card>${s}</ha-card>`:a`<div class="fallback-card card">${s}</div>`}renderCurrent(e,i){return e.length?a`<section class="current" aria-label=${n("card.current_jobs")}>
      ${e.map(t=>{const s=t.current_job,r=F(t);return a`<div class="printer" data-printer=${t.id}>
          <div class="row">
            <span class="name">${t.name}</span>
            <span class="muted">${B(t)}</span>
          </div>
          ${s?a`<div class="job-line">
                <pl-photo-thumb .api=${this.api} .key=${x(s)}></pl-photo-thumb>
                <div class="text">
                  <div class="row">
                    <button class="open file" title=${n("card.open_job",{file:C(s.filename)})} @click=${()=>_(s.id)}>${k(s.filename)}</button>
                    <span>${G(s)} %</span>
                  </div>
                  ${q(s)}
                  <div class="row muted">
                    <span>${n("live.elapsed",{time:f(s.print_duration)})}</span>
                    <span>${r!==null?n("live.left",{time:f(r)}):""}</span>
                  </div>
                </div>
              </div>`:a`<div class="row muted"><span>${n("live.no_job")}</span></div>`}
          ${t.active_spool?a`<div class="row muted active-spool" data-spool-id=${t.active_spool.spool_id}>
                <span
                  ><span class="spool-dot" style=${ct(t.active_spool.color_hex)}></span>
                  ${n("spools.spool")}: ${t.active_spool.name}</span
                >
                <span
                  >${t.active_spool.remaining_weight!==null?H(t.active_spool.remaining_weight,i,0):""}</span
                >
              </div>`:d}
        </div>`})}
    </section>`:a`<p class="muted">${n("card.no_printers")}</p>`}renderRecent(e,i){return a`<section aria-label=${n("card.recent_jobs")}>
      <h3>${n("card.recent_jobs")}</h3>
      ${this.recent.length?a`<ul class="recent">
            ${this.recent.map(t=>a`<li data-job-id=${t.id}>
                <pl-photo-thumb .api=${this.api} .key=${x(t)} @click=${()=>_(t.id)}></pl-photo-thumb>
                <button class="open file" title=${n("card.open_job",{file:C(t.filename)})} @click=${()=>_(t.id)}>${k(t.filename)}</button>
                ${K(t,this.printers)}
                <span class="when"
                  >${t.printer_name} · ${W(t.start,e)} · ${f(t.print_duration)} ·
                  ${X(t.filament_weight_g,t.filament_used_mm,e)}</span
                >
                ${i?a`<button class="icon-btn reprint" aria-label=${n("reprint.action")} title=${n("reprint.action")} @click=${()=>this.reprintJob=t}>
                      ${Y(tt)}
                    </button>`:d}
              </li>`)}
          </ul>`:a`<p class="muted">${n("card.no_jobs")}</p>`}
      ${i?a`<pl-reprint-dialog
            .api=${this.api}
            .printers=${this.printers}
            .filename=${this.reprintJob?.filename??""}
            .printerId=${this.reprintJob?.printer_id??""}
            @reprint-closed=${()=>this.reprintJob=void 0}
          ></pl-reprint-dialog>`:d}
    </section>`}renderStats(e,i,t){const s=I(t);return a`<section aria-label=${n("card.key_figures_of",{period:s})}>
      <h3>${s}</h3>
      <div class="stats">
        ${Z(e,i).filter(r=>r.id!=="cost"||e.cost).map(r=>a`<div class="stat" data-stat=${r.id}><span class="v">${r.value}</span><span class="l">${S[r.id]?n(S[r.id]):r.label}</span></div>`)}
      </div>
    </section>`}};v.styles=[L,N,R,E`
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
    `];let c=v;l([z({attribute:!1})],c.prototype,"hass");l([p()],c.prototype,"config");l([p()],c.prototype,"printers");l([p()],c.prototype,"recent");l([p()],c.prototype,"reprintJob");l([p()],c.prototype,"summary");l([p()],c.prototype,"error");l([p()],c.prototype,"loaded");l([p()],c.prototype,"language");const w=class w extends P{constructor(){super(...arguments),this.printers=[],this.language=""}setConfig(e){this.config=b(e,this.hass?h(this.hass).language:document.documentElement.lang)}willUpdate(e){if(e.has("hass")&&this.hass){const i=h(this.hass).language;i===$()?this.language=i:A(this.hass).then(()=>this.language=i)}e.has("hass")&&this.hass&&this.hass.connection!==this.connection&&(this.connection=this.hass.connection,new j(this.hass).listPrinters().then(i=>this.printers=i.printers).catch(()=>{}))}update_(e,i){if(!this.config)return;const t={...this.config,[e]:i};(i===""||i===void 0)&&delete t[e],this.config=b(t),J(this,"config-changed",{config:this.config})}render(){if(!this.config||!this.language)return d;const e={...m,...this.config},i=(t,s)=>a`<label class="check"
        ><input
          type="checkbox"
          name=${t}
          .checked=${e[t]}
          @change=${r=>this.update_(t,r.target.checked)}
        />${s}</label
      >`;return a`<form @submit=${t=>t.preventDefault()}>
      <label
        >${n("card.title")}
        <input name="title" .value=${this.config.title??""} @change=${t=>this.update_("title",t.target.value)} />
      </label>
      <label
        >${n("common.printer")}
        <select name="printer_id" @change=${t=>this.update_("printer_id",t.target.value)}>
          <option value="" ?selected=${!e.printer_id}>${n("common.all_printers")}</option>
          ${this.printers.map(t=>a`<option value=${t.id} ?selected=${t.id===e.printer_id}>${t.name}</option>`)}
        </select>
      </label>
      ${i("show_current",n("card.show_current"))} ${i("show_recent",n("card.show_recent"))}
      <label
        >${n("card.recent_count")}
        <input
          name="recent_count"
          type="number"
          min="1"
          max="20"
          .value=${String(e.recent_count)}
          @change=${t=>{const s=Math.min(20,Math.max(1,Math.round(Number(t.target.value)||5)));this.update_("recent_count",s)}}
        />
      </label>
      ${i("show_reprint",n("card.show_reprint"))} ${i("show_stats",n("card.show_stats"))}
      <label
        >${n("card.stats_period")}
        <select name="stats_period" @change=${t=>this.update_("stats_period",t.target.value)}>
          ${T.map(t=>a`<option value=${t.id} ?selected=${t.id===e.stats_period}>${I(t.id)}</option>`)}
        </select>
      </label>
    </form>`}};w.styles=[L,E`
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
    `];let u=w;l([z({attribute:!1})],u.prototype,"hass");l([p()],u.prototype,"config");l([p()],u.prototype,"printers");l([p()],u.prototype,"language");D("print-logger-card",c);D("print-logger-card-editor",u);window.customCards??=[];if(!window.customCards.some(o=>o.type==="print-logger-card")){const o={type:"print-logger-card",name:"Print Logger",description:n("card.description"),preview:!0,documentationURL:"https://github.com/print-logger/print_logger"};window.customCards.push(o);const e=document.documentElement,i=()=>{const t=e.lang;st(t,"card.description").then(s=>{e.lang===t&&(o.description=s)})};i(),new MutationObserver(i).observe(e,{attributes:!0,attributeFilter:["lang"]})}function ct(o){const e=V(o);return e?`background:${e}`:""}ot()&&et(it());export{c as PrintLoggerCard,u as PrintLoggerCardEditor,_ as openInPanel};
