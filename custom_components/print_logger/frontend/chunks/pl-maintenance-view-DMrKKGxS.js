import{_ as E,$ as I,aa as k,c as j,a as c,l as r,aA as v,b as F,Y as N,A as l,h as s,aX as T,H as $,aB as _,Q as g,aE as C,a2 as u,a3 as d}from"./shared-DduXoXll.js";import{d as S}from"./shared-DUOmt4lY.js";import{a as z,b as y,d as x}from"../print-logger-panel.js";var D=Object.defineProperty,o=(m,t,e,i)=>{for(var a=void 0,h=m.length-1,p;h>=0;h--)(p=m[h])&&(a=p(t,e,a)||a);return a&&D(t,e,a),a};const A=["interval_hours","interval_filament_kg","interval_jobs","interval_days"],O={interval_hours:"hours",interval_filament_kg:"filament_kg",interval_jobs:"jobs",interval_days:"days"},B={name:"",interval_hours:"",interval_filament_kg:"",interval_jobs:"",interval_days:"",cost:"",notes:""};function f(m){return m.trim()===""?null:Number(m)}const b=class b extends E{constructor(){super(),this.printers=[],this.admin=!1,this.active=!1,this.printerId="",this.error="",this.formErrors={},this.formError="",this.doneNotes="",this.doneCost="",this.busy=!1,this.addEventListener("cancel",()=>{this.form=void 0,this.doneFor=void 0})}willUpdate(){!this.printerId&&this.printers.length&&(this.printerId=this.printers[0]?.id??""),this.active&&this.api&&this.printerId&&this.loadedFor!==this.printerId&&(this.loadedFor=this.printerId,this.load())}async load(){if(!(!this.api||!this.printerId))try{this.data=await this.api.getMaintenance([this.printerId]),this.error=""}catch(t){this.error=c(t)}}figures(t){const e=this.options;return A.filter(i=>t[i]!==null).map(i=>{const a=O[i],h=a==="filament_kg"?2:a==="hours"?1:0;return r(`maintenance.left_${a}`,{left:v(t.remaining[a]??0,e,h),of:v(t[i],e,h)})})}async markDone(t){if(this.api){this.busy=!0;try{await this.api.logMaintenance({task_id:t.id,notes:this.doneNotes||void 0,cost:this.doneCost===""?void 0:Number(this.doneCost)}),this.doneFor=void 0,this.doneNotes="",this.doneCost="",await this.load()}catch(e){this.error=c(e)}finally{this.busy=!1}}}async removeTask(t){if(!(!this.api||!confirm(r("maintenance.delete_confirm",{name:t.name}))))try{await this.api.deleteTask(t.id),await this.load()}catch(e){this.error=c(e)}}async removeEntry(t){if(this.api)try{await this.api.deleteLogEntry(t),await this.load()}catch(e){this.error=c(e)}}edit(t){this.formErrors={},this.formError="",this.form=t?{id:t.id,name:t.name,interval_hours:t.interval_hours?.toString()??"",interval_filament_kg:t.interval_filament_kg?.toString()??"",interval_jobs:t.interval_jobs?.toString()??"",interval_days:t.interval_days?.toString()??"",cost:t.cost?.toString()??"",notes:t.notes??""}:{...B}}async save(t){t.preventDefault();const e=this.form;if(!e||!this.api)return;const i={name:e.name,interval_hours:f(e.interval_hours),interval_filament_kg:f(e.interval_filament_kg),interval_jobs:f(e.interval_jobs),interval_days:f(e.interval_days),cost:f(e.cost),notes:e.notes||null};this.busy=!0;try{e.id?await this.api.updateTask(e.id,i):await this.api.createTask({...i,printer_id:this.printerId}),this.form=void 0,await this.load()}catch(a){this.formErrors=F(a),this.formError=Object.keys(this.formErrors).length?r("maintenance.fix_fields"):c(a)}finally{this.busy=!1}}input(t,e="number",i="any"){const a=this.form,h=N()?.numbers[t],p=this.formErrors[t];return s`<label
      >${r(`maintenance.field.${t}`)}
      <input
        name=${t}
        type=${e}
        step=${i}
        min=${h?.min??l}
        max=${h?.max??l}
        .value=${a[t]??""}
        @input=${w=>this.form={...a,[t]:w.target.value}}
        aria-invalid=${p?"true":"false"}
        aria-describedby=${p?`err-${t}`:l}
      />
      ${p?s`<span class="err" id=${`err-${t}`}>${p}</span>`:l}
    </label>`}renderForm(){const t=this.form;return s`<div class="card">
      <h2>${t.id?r("maintenance.edit_task"):r("maintenance.add_task")}</h2>
      <form @submit=${this.save} novalidate>
        ${this.input("name","text")} ${this.input("interval_hours")} ${this.input("interval_filament_kg")}
        ${this.input("interval_jobs","number","1")} ${this.input("interval_days","number","1")}
        <label
          >${r("maintenance.field.cost")}
          ${y({value:t.cost,onInput:e=>this.form={...t,cost:e.target.value},invalid:!!this.formErrors.cost})}
          ${this.formErrors.cost?s`<span class="err">${this.formErrors.cost}</span>`:l}
        </label>
        ${this.formErrors.intervals?s`<span class="err wide" role="alert" id="err-intervals">${this.formErrors.intervals}</span>`:l}
        ${x(this,this.formError,this.busy,r("common.save"))}
      </form>
    </div>`}renderTask(t){const e=this.options,i=t.status==="due"?"error":t.status==="soon"?"warn":void 0;return s`<div class="card task" data-task=${t.id}>
      <h3>
        <span>${t.name}</span>
        <span class="badge ${t.status}">${r(`maintenance.status.${t.status}`)}</span>
      </h3>
      ${T(t.fraction,r("maintenance.progress_of",{name:t.name}),i)}
      <div class="figures">${this.figures(t).join(" · ")}</div>
      <div class="rate">
        ${r("maintenance.last_done",{when:t.last_done?$(t.last_done,e):"—"})}
        · ${r("maintenance.failure_rate",{since:_(t.failure_rate_since===null?null:t.failure_rate_since*100,e),before:_(t.failure_rate_before===null?null:t.failure_rate_before*100,e)})}
      </div>
      ${this.admin?this.doneFor===t.id?s`<form
              @submit=${a=>{a.preventDefault(),this.markDone(t)}}
            >
              <label class="wide"
                >${r("maintenance.field.notes")}
                <input name="notes" .value=${this.doneNotes} @input=${a=>this.doneNotes=a.target.value} />
              </label>
              <label
                >${r("maintenance.field.cost")}
                ${y({value:this.doneCost,onInput:a=>this.doneCost=a.target.value})}
              </label>
              ${x(this,"",this.busy,r("maintenance.log_done"))}
            </form>`:s`<div class="row">
              <button class="btn primary" @click=${()=>this.doneFor=t.id}>${r("maintenance.done")}</button>
              <button class="btn" @click=${()=>this.edit(t)}>${r("common.edit")}</button>
              <button class="btn danger" @click=${()=>this.removeTask(t)}>${r("common.delete")}</button>
            </div>`:l}
    </div>`}render(){if(!this.options)return l;const t=this.options,e=this.data;return s`
      <div class="toolbar">
        <label
          >${r("common.printer")}
          <select
            name="printer"
            @change=${i=>{this.printerId=i.target.value,this.form=void 0}}
          >
            ${this.printers.map(i=>s`<option value=${i.id} ?selected=${i.id===this.printerId}>${i.name}</option>`)}
          </select>
        </label>
        <span class="spacer"></span>
        ${e?s`<span>${r("maintenance.total_cost",{cost:g(e.cost[this.printerId]??0,t)})}</span>`:l}
        ${this.admin?s`<button class="btn primary" @click=${()=>this.edit()}>${r("maintenance.add_task")}</button>`:l}
      </div>
      ${this.error?s`<div class="error-banner" role="alert">${this.error}</div>`:l}
      ${this.form?this.renderForm():l}
      ${e?s`<div class="tasks">
              ${e.tasks.length?e.tasks.map(i=>this.renderTask(i)):s`<p>${r("maintenance.no_tasks")}</p>`}
            </div>
            <h2>${r("maintenance.log")}</h2>
            ${e.log.length?s`<table>
                  <thead>
                    <tr>
                      <th>${r("maintenance.when")}</th>
                      <th>${r("maintenance.field.name")}</th>
                      <th>${r("maintenance.by")}</th>
                      <th>${r("maintenance.field.notes")}</th>
                      <th>${r("maintenance.field.cost")}</th>
                      <th>${r("maintenance.counters")}</th>
                      ${this.admin?s`<th></th>`:l}
                    </tr>
                  </thead>
                  <tbody>
                    ${e.log.map(i=>s`<tr>
                        <td>${$(i.done_at,t)}</td>
                        <td>${i.name}</td>
                        <td>${i.done_by??"—"}</td>
                        <td>${i.notes??""}</td>
                        <td>${i.cost===null?"—":g(i.cost,t)}</td>
                        <td>
                          ${C(i.print_hours,"hours",t,1)} ·
                          ${r("common.n_jobs",{count:i.jobs,n:v(i.jobs,t)})}
                        </td>
                        ${this.admin?s`<td>
                              <button class="btn danger" @click=${()=>this.removeEntry(i.id)}>${r("common.delete")}</button>
                            </td>`:l}
                      </tr>`)}
                  </tbody>
                </table>`:s`<p>${r("maintenance.no_log")}</p>`}`:s`<p>${r("common.loading")}</p>`}
    `}};b.styles=[I,k,z,j`
      :host {
        display: block;
      }
      .toolbar {
        display: flex;
        gap: 8px;
        align-items: center;
        flex-wrap: wrap;
        margin-bottom: 12px;
      }
      .toolbar .spacer {
        flex: 1;
      }
      .tasks {
        display: grid;
        gap: 12px;
        grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
        margin-bottom: 16px;
      }
      .card {
        padding: 12px 16px;
      }
      .task h3 {
        margin: 0 0 6px;
        font-size: 1.05em;
        display: flex;
        gap: 8px;
        align-items: center;
      }
      .task .figures,
      .task .rate {
        font-size: 0.9em;
        color: var(--secondary-text-color);
        margin: 6px 0;
      }
      .task .row {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
        margin-top: 8px;
      }
      .badge {
        font-size: 0.75em;
        padding: 2px 8px;
        border-radius: 10px;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.2));
      }
      .badge.due {
        background: var(--pl-error);
        color: #fff;
      }
      .badge.soon {
        background: var(--pl-warn);
        color: #000;
      }
      .err {
        color: var(--pl-error);
        font-size: 0.85em;
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        text-align: left;
        padding: 6px 8px;
        border-bottom: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
        font-size: 0.9em;
      }
      h2 {
        font-size: 1.1em;
        font-weight: 500;
      }
    `];let n=b;o([u({attribute:!1})],n.prototype,"api");o([u({attribute:!1})],n.prototype,"options");o([u({attribute:!1})],n.prototype,"printers");o([u({type:Boolean})],n.prototype,"admin");o([u({type:Boolean})],n.prototype,"active");o([d()],n.prototype,"printerId");o([d()],n.prototype,"data");o([d()],n.prototype,"error");o([d()],n.prototype,"form");o([d()],n.prototype,"formErrors");o([d()],n.prototype,"formError");o([d()],n.prototype,"doneFor");o([d()],n.prototype,"doneNotes");o([d()],n.prototype,"doneCost");o([d()],n.prototype,"busy");S("pl-maintenance-view",n);export{n as PlMaintenanceView};
