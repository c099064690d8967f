/**
 * The form of a manual job (a print the integration did not see: another printer, a print before it was
 * installed). Fires `create` with `{job: NewJob}`, and `cancel`.
 */

import { LitElement, css, html } from "lit";
import { property, state } from "lit/decorators.js";

import { localize } from "../localize";
import { define, fire } from "../define";
import { buildNewJob, type JobFormValues } from "../edit";
import { statusLabel, zonedDate } from "../format";
import { costInput, formActions, formStyles } from "../forms";
import { baseStyles } from "../styles";
import { ENDED_STATUSES, type Printer } from "../types";
import "./pl-rating";

export class PlJobForm extends LitElement {
  @property({ attribute: false }) printers: Printer[] = [];
  @property() timeZone?: string;
  @property({ type: Boolean }) busy = false;
  @property() error = "";
  @state() private values: JobFormValues = this.initial();
  @state() private errors: Record<string, string> = {};

  static override styles = [
    baseStyles,
    formStyles,
    css`
      .pair {
        display: flex;
        gap: 8px;
      }
      .pair input {
        width: 100%;
      }
      .err {
        color: var(--pl-error);
        font-size: 0.85em;
      }
    `,
  ];

  private initial(): JobFormValues {
    const now = new Date();
    return {
      printer_id: "",
      filename: "",
      status: "completed",
      start_date: zonedDate(now, this.timeZone),
      start_time: "",
      hours: "",
      minutes: "",
      filament_g: "",
      filament_m: "",
      filament_type: "",
      cost: "",
      tags: "",
      notes: "",
      failure_reason: "",
      rating: null,
    };
  }

  /** Show the server's field-level messages next to their fields (its names → the form's). */
  showErrors(fields: Record<string, string>): void {
    const names: Record<string, string> = {
      end: "start",
      print_duration: "duration",
      total_duration: "duration",
      filament_weight_g: "filament_g",
      filament_used_mm: "filament_m",
    };
    const errors: Record<string, string> = {};
    for (const [field, message] of Object.entries(fields)) {
      const name = names[field] ?? field;
      errors[name] ??= `${field}: ${message}`;
    }
    this.errors = errors;
  }

  /** Empty the form (when the dialog opens again). */
  reset(): void {
    this.values = { ...this.initial(), printer_id: this.printers[0]?.id ?? "" };
    this.errors = {};
  }

  protected override willUpdate(): void {
    if (!this.values.printer_id && this.printers.length) {
      this.values = { ...this.values, printer_id: this.printers[0]!.id };
    }
  }

  private set(field: keyof JobFormValues) {
    return (e: Event) => {
      this.values = { ...this.values, [field]: (e.target as HTMLInputElement).value };
    };
  }

  private field(name: string) {
    return this.errors[name] ? html`<span class="err" id=${`err-${name}`}>${this.errors[name]}</span>` : "";
  }

  override render() {
    const v = this.values;
    const described = (name: string) => (this.errors[name] ? `err-${name}` : "");
    return html`<form @submit=${this.onSubmit} novalidate>
      <label
        >${localize("common.printer")}
        <select name="printer_id" .value=${v.printer_id} @change=${this.set("printer_id")} aria-describedby=${described("printer_id")}>
          ${this.printers.map((p) => html`<option value=${p.id} ?selected=${p.id === v.printer_id}>${p.name}</option>`)}
        </select>
        ${this.field("printer_id")}
      </label>
      <label
        >${localize("column.status")}
        <select name="status" @change=${this.set("status")}>
          ${ENDED_STATUSES.map(
            (s) => html`<option value=${s} ?selected=${s === v.status}>${statusLabel(s)}</option>`,
          )}
        </select>
        ${this.field("status")}
      </label>
      <label class="wide"
        >${localize("form.filename")}
        <input
          name="filename"
          required
          .value=${v.filename}
          @input=${this.set("filename")}
          aria-invalid=${this.errors.filename ? "true" : "false"}
          aria-describedby=${described("filename")}
        />
        ${this.field("filename")}
      </label>
      <label
        >${localize("form.start")}
        <span class="pair">
          <input
            name="start_date"
            type="date"
            aria-label=${localize("form.start_date")}
            max=${zonedDate(new Date(), this.timeZone)}
            .value=${v.start_date}
            @input=${this.set("start_date")}
            aria-invalid=${this.errors.start ? "true" : "false"}
            aria-describedby=${described("start")}
          />
          <input name="start_time" type="time" aria-label=${localize("form.start_time")} .value=${v.start_time} @input=${this.set("start_time")} />
        </span>
        ${this.field("start")}
      </label>
      <label
        >${localize("kpi.print_time")}
        <span class="pair">
          <input name="hours" type="number" min="0" placeholder=${localize("form.hours_symbol")} aria-label=${localize("form.hours")} .value=${v.hours} @input=${this.set("hours")} />
          <input
            name="minutes"
            type="number"
            min="0"
            max="59"
            placeholder=${localize("form.minutes_symbol")}
            aria-label=${localize("form.minutes")}
            .value=${v.minutes}
            @input=${this.set("minutes")}
          />
        </span>
        ${this.field("duration")}
      </label>
      <label
        >${localize("form.filament_g")}
        <input name="filament_g" type="number" min="0" step="0.1" .value=${v.filament_g} @input=${this.set("filament_g")} />
        ${this.field("filament_g")}
      </label>
      <label
        >${localize("form.filament_m")}
        <input name="filament_m" type="number" min="0" step="0.01" .value=${v.filament_m} @input=${this.set("filament_m")} />
        ${this.field("filament_m")}
      </label>
      <label
        >${localize("jobs.filament_type")}
        <input name="filament_type" placeholder="PLA" .value=${v.filament_type} @input=${this.set("filament_type")} />
      </label>
      <label
        >${localize("kpi.cost")}
        ${costInput({
          value: v.cost,
          onInput: this.set("cost"),
          invalid: !!this.errors.cost,
          describedBy: described("cost"),
        })}
        ${this.field("cost")}
      </label>
      <label
        >${localize("form.tags")}
        <input name="tags" .value=${v.tags} @input=${this.set("tags")} aria-describedby=${described("tags")} />
        ${this.field("tags")}
      </label>
      <label
        >${localize("detail.failure_reason")}
        <input name="failure_reason" .value=${v.failure_reason} @input=${this.set("failure_reason")} />
      </label>
      <div>
        <span style="font-size:0.9em">${localize("rating.rating")}</span><br />
        <pl-rating
          .value=${v.rating}
          @value-changed=${(e: CustomEvent<{ value: number | null }>) => (this.values = { ...this.values, rating: e.detail.value })}
        ></pl-rating>
      </div>
      <label class="wide"
        >${localize("column.notes")}
        <textarea name="notes" .value=${v.notes} @input=${this.set("notes")}></textarea>
      </label>
      ${formActions(this, this.error, this.busy, localize("jobs.add"))}
    </form>`;
  }

  private onSubmit(ev: Event): void {
    ev.preventDefault();
    const { job, errors } = buildNewJob(this.values, this.timeZone);
    this.errors = errors;
    if (job) {
      fire(this, "create", { job });
    } else {
      void this.updateComplete.then(() =>
        (this.renderRoot.querySelector("[aria-invalid='true'], .err") as HTMLElement | null)?.scrollIntoView?.({ block: "nearest" }),
      );
    }
  }
}

define("pl-job-form", PlJobForm);

declare global {
  interface HTMLElementTagNameMap {
    "pl-job-form": PlJobForm;
  }
}
