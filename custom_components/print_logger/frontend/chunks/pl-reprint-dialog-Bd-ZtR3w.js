import{_ as b,$,c as g,l as n,aY as _,a as f,A as l,N as v,h as p,a2 as c,a3 as h}from"./shared-DduXoXll.js";import{f as y,d as w}from"./shared-DUOmt4lY.js";var q=Object.defineProperty,r=(m,e,s,i)=>{for(var o=void 0,a=m.length-1,u;a>=0;a--)(u=m[a])&&(o=u(e,s,o)||o);return o&&q(e,s,o),o};const x={copy_needed:"copy",model_mismatch:"confirm"},d=class d extends b{constructor(){super(...arguments),this.printers=[],this.filename="",this.printerId="",this.chosen="",this.busy=!1,this.message="",this.answers={copy:!1,confirm:!1},this.started=""}willUpdate(e){if(e.has("filename")||e.has("printerId")||!this.printers.some(s=>s.id===this.chosen)){const s=this.printers.some(i=>i.id===this.printerId);this.chosen=s?this.printerId:this.printers[0]?.id??""}}reset(){this.message="",this.question=void 0,this.answers={copy:!1,confirm:!1},this.started=""}close(){this.reset(),y(this,"reprint-closed")}async submit(e){if(!(!this.api||!this.chosen)){e&&(this.answers={...this.answers,[e]:!0}),this.busy=!0,this.message="",this.question=void 0;try{const s=await this.api.startPrint(this.chosen,this.filename,this.answers.copy,this.answers.confirm),i=this.printers.find(a=>a.id===s.printer_id)?.name??s.printer_id,o=this.printers.find(a=>a.id===s.copied_from)?.name??s.copied_from;this.started=o?n("reprint.started_copied",{printer:i,source:o}):n("reprint.started",{printer:i}),y(this,"print-started",s)}catch(s){const i=_(s);this.question=i?x[i]:void 0,this.message=i?n(`reprint.reason.${i}`,{error:f(s)}):f(s)}finally{this.busy=!1}}}render(){const e=!!this.filename;return p`<pl-dialog .heading=${n("reprint.heading")} .open=${e} @closed=${()=>this.close()}>
      ${e?p`<p>${v(this.filename)}</p>
            <label
              >${n("common.printer")}
              <select
                .value=${this.chosen}
                ?disabled=${this.busy||!!this.started}
                @change=${s=>{this.chosen=s.target.value,this.reset()}}
              >
                ${this.printers.map(s=>p`<option value=${s.id} ?selected=${s.id===this.chosen}>${s.name}</option>`)}
              </select></label
            >
            ${this.message?p`<p class=${this.question?"question":"status-error"} role="alert">${this.message}</p>`:l}
            ${this.started?p`<p class="done" role="status">${this.started}</p>`:l}`:l}
      <button slot="actions" class="btn" @click=${()=>this.close()}>
        ${n(this.started?"common.close":"common.cancel")}
      </button>
      ${this.started?l:this.question?p`<button slot="actions" class="btn primary" ?disabled=${this.busy} @click=${()=>this.submit(this.question)}>
              ${n(this.question==="copy"?"reprint.copy_and_print":"reprint.print_anyway")}
            </button>`:p`<button slot="actions" class="btn primary" ?disabled=${this.busy||!this.chosen} @click=${()=>this.submit()}>
              ${n("reprint.print")}
            </button>`}
    </pl-dialog>`}};d.styles=[$,g`
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
        margin: 12px 0;
      }
      .question {
        color: var(--pl-warn);
      }
      .done {
        color: var(--pl-ok);
      }
    `];let t=d;r([c({attribute:!1})],t.prototype,"api");r([c({attribute:!1})],t.prototype,"printers");r([c()],t.prototype,"filename");r([c()],t.prototype,"printerId");r([h()],t.prototype,"chosen");r([h()],t.prototype,"busy");r([h()],t.prototype,"message");r([h()],t.prototype,"question");r([h()],t.prototype,"answers");r([h()],t.prototype,"started");w("pl-reprint-dialog",t);export{t as PlReprintDialog};
