/**
 * The Maintenance view: per printer, each task with a bar of how close it is to due, "done" (with
 * notes and cost), add / edit / delete (admins), the failure rate since it was last done, and the log.
 */

import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";

import { errorFields, errorMessage, type PrintLoggerApi } from "../api";
import { define } from "../define";
import { formatCost, formatDateTime, formatNumber, formatPercent, formatUnit, type FormatOptions } from "../format";
import { costInput, formActions, formStyles } from "../forms";
import { limits } from "../limits";
import { localize } from "../localize";
import { meter, progressStyles } from "../progress";
import { baseStyles } from "../styles";
import type { Maintenance, MaintenanceTask, MaintenanceTaskInput, Printer } from "../types";

const INTERVALS = ["interval_hours", "interval_filament_kg", "interval_jobs", "interval_days"] as const;
type Interval = (typeof INTERVALS)[number];
type FigureKey = "hours" | "filament_kg" | "jobs" | "days";
const FIGURE: Record<Interval, FigureKey> = {
  interval_hours: "hours",
  interval_filament_kg: "filament_kg",
  interval_jobs: "jobs",
  interval_days: "days",
};

interface TaskForm {
  id?: string;
  name: string;
  interval_hours: string;
  interval_filament_kg: string;
  interval_jobs: string;
  interval_days: string;
  cost: string;
  notes: string;
}

const EMPTY_FORM: TaskForm = {
  name: "",
  interval_hours: "",
  interval_filament_kg: "",
  interval_jobs: "",
  interval_days: "",
  cost: "",
  notes: "",
};

function numberOrNull(text: string): number | null {
  return text.trim() === "" ? null : Number(text);
}

export class PlMaintenanceView extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  @property({ attribute: false }) options?: FormatOptions;
  @property({ attribute: false }) printers: Printer[] = [];
  @property({ type: Boolean }) admin = false;
  @property({ type: Boolean }) active = false;

  @state() private printerId = "";
  @state() private data?: Maintenance;
  @state() private error = "";
  @state() private form?: TaskForm;
  @state() private formErrors: Record<string, string> = {};
  @state() private formError = "";
  @state() private doneFor?: string;
  @state() private doneNotes = "";
  @state() private doneCost = "";
  @state() private busy = false;
  private loadedFor?: string;

  constructor() {
    super();
    // formActions' Cancel fires `cancel` on this element: close whichever form is open.
    this.addEventListener("cancel", () => {
      this.form = undefined;
      this.doneFor = undefined;
    });
  }

  static override styles = [
    baseStyles,
    progressStyles,
    formStyles,
    css`
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
    `,
  ];

  protected override willUpdate(): void {
    if (!this.printerId && this.printers.length) this.printerId = this.printers[0]?.id ?? "";
    if (this.active && this.api && this.printerId && this.loadedFor !== this.printerId) {
      this.loadedFor = this.printerId;
      void this.load();
    }
  }

  /** Read the printer's tasks and log again. */
  async load(): Promise<void> {
    if (!this.api || !this.printerId) return;
    try {
      this.data = await this.api.getMaintenance([this.printerId]);
      this.error = "";
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  private figures(task: MaintenanceTask) {
    const opts = this.options!;
    return INTERVALS.filter((name) => task[name] !== null).map((name) => {
      const key = FIGURE[name];
      const digits = key === "filament_kg" ? 2 : key === "hours" ? 1 : 0;
      return localize(`maintenance.left_${key}`, {
        left: formatNumber(task.remaining[key] ?? 0, opts, digits),
        of: formatNumber(task[name], opts, digits),
      });
    });
  }

  private async markDone(task: MaintenanceTask): Promise<void> {
    if (!this.api) return;
    this.busy = true;
    try {
      await this.api.logMaintenance({
        task_id: task.id,
        notes: this.doneNotes || undefined,
        cost: this.doneCost === "" ? undefined : Number(this.doneCost),
      });
      this.doneFor = undefined;
      this.doneNotes = "";
      this.doneCost = "";
      await this.load();
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  private async removeTask(task: MaintenanceTask): Promise<void> {
    if (!this.api || !confirm(localize("maintenance.delete_confirm", { name: task.name }))) return;
    try {
      await this.api.deleteTask(task.id);
      await this.load();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  private async removeEntry(entryId: string): Promise<void> {
    if (!this.api) return;
    try {
      await this.api.deleteLogEntry(entryId);
      await this.load();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  private edit(task?: MaintenanceTask): void {
    this.formErrors = {};
    this.formError = "";
    this.form = task
      ? {
          id: task.id,
          name: task.name,
          interval_hours: task.interval_hours?.toString() ?? "",
          interval_filament_kg: task.interval_filament_kg?.toString() ?? "",
          interval_jobs: task.interval_jobs?.toString() ?? "",
          interval_days: task.interval_days?.toString() ?? "",
          cost: task.cost?.toString() ?? "",
          notes: task.notes ?? "",
        }
      : { ...EMPTY_FORM };
  }

  private async save(ev: Event): Promise<void> {
    ev.preventDefault();
    const form = this.form;
    if (!form || !this.api) return;
    const values: MaintenanceTaskInput = {
      name: form.name,
      interval_hours: numberOrNull(form.interval_hours),
      interval_filament_kg: numberOrNull(form.interval_filament_kg),
      interval_jobs: numberOrNull(form.interval_jobs),
      interval_days: numberOrNull(form.interval_days),
      cost: numberOrNull(form.cost),
      notes: form.notes || null,
    };
    this.busy = true;
    try {
      if (form.id) await this.api.updateTask(form.id, values);
      else await this.api.createTask({ ...values, printer_id: this.printerId });
      this.form = undefined;
      await this.load();
    } catch (err) {
      this.formErrors = errorFields(err);
      this.formError = Object.keys(this.formErrors).length ? localize("maintenance.fix_fields") : errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  private input(name: Exclude<keyof TaskForm, "id">, type: "text" | "number" = "number", step = "any") {
    const form = this.form!;
    const bound = limits()?.numbers[name];
    const error = this.formErrors[name];
    return html`<label
      >${localize(`maintenance.field.${name}`)}
      <input
        name=${name}
        type=${type}
        step=${step}
        min=${bound?.min ?? nothing}
        max=${bound?.max ?? nothing}
        .value=${form[name] ?? ""}
        @input=${(e: Event) => (this.form = { ...form, [name]: (e.target as HTMLInputElement).value })}
        aria-invalid=${error ? "true" : "false"}
        aria-describedby=${error ? `err-${name}` : nothing}
      />
      ${error ? html`<span class="err" id=${`err-${name}`}>${error}</span>` : nothing}
    </label>`;
  }

  private renderForm() {
    const form = this.form!;
    return html`<div class="card">
      <h2>${form.id ? localize("maintenance.edit_task") : localize("maintenance.add_task")}</h2>
      <form @submit=${this.save} novalidate>
        ${this.input("name", "text")} ${this.input("interval_hours")} ${this.input("interval_filament_kg")}
        ${this.input("interval_jobs", "number", "1")} ${this.input("interval_days", "number", "1")}
        <label
          >${localize("maintenance.field.cost")}
          ${costInput({
            value: form.cost,
            onInput: (e: Event) => (this.form = { ...form, cost: (e.target as HTMLInputElement).value }),
            invalid: !!this.formErrors.cost,
          })}
          ${this.formErrors.cost ? html`<span class="err">${this.formErrors.cost}</span>` : nothing}
        </label>
        ${this.formErrors.intervals
          ? html`<span class="err wide" role="alert" id="err-intervals">${this.formErrors.intervals}</span>`
          : nothing}
        ${formActions(this, this.formError, this.busy, localize("common.save"))}
      </form>
    </div>`;
  }

  private renderTask(task: MaintenanceTask) {
    const opts = this.options!;
    const kind = task.status === "due" ? "error" : task.status === "soon" ? "warn" : undefined;
    return html`<div class="card task" data-task=${task.id}>
      <h3>
        <span>${task.name}</span>
        <span class="badge ${task.status}">${localize(`maintenance.status.${task.status}`)}</span>
      </h3>
      ${meter(task.fraction, localize("maintenance.progress_of", { name: task.name }), kind)}
      <div class="figures">${this.figures(task).join(" · ")}</div>
      <div class="rate">
        ${localize("maintenance.last_done", { when: task.last_done ? formatDateTime(task.last_done, opts) : "—" })}
        · ${localize("maintenance.failure_rate", {
          since: formatPercent(task.failure_rate_since === null ? null : task.failure_rate_since * 100, opts),
          before: formatPercent(task.failure_rate_before === null ? null : task.failure_rate_before * 100, opts),
        })}
      </div>
      ${this.admin
        ? this.doneFor === task.id
          ? html`<form
              @submit=${(e: Event) => {
                e.preventDefault();
                void this.markDone(task);
              }}
            >
              <label class="wide"
                >${localize("maintenance.field.notes")}
                <input name="notes" .value=${this.doneNotes} @input=${(e: Event) => (this.doneNotes = (e.target as HTMLInputElement).value)} />
              </label>
              <label
                >${localize("maintenance.field.cost")}
                ${costInput({ value: this.doneCost, onInput: (e: Event) => (this.doneCost = (e.target as HTMLInputElement).value) })}
              </label>
              ${formActions(this, "", this.busy, localize("maintenance.log_done"))}
            </form>`
          : html`<div class="row">
              <button class="btn primary" @click=${() => (this.doneFor = task.id)}>${localize("maintenance.done")}</button>
              <button class="btn" @click=${() => this.edit(task)}>${localize("common.edit")}</button>
              <button class="btn danger" @click=${() => this.removeTask(task)}>${localize("common.delete")}</button>
            </div>`
        : nothing}
    </div>`;
  }

  override render() {
    if (!this.options) return nothing;
    const opts = this.options;
    const data = this.data;
    return html`
      <div class="toolbar">
        <label
          >${localize("common.printer")}
          <select
            name="printer"
            @change=${(e: Event) => {
              this.printerId = (e.target as HTMLSelectElement).value;
              this.form = undefined;
            }}
          >
            ${this.printers.map((p) => html`<option value=${p.id} ?selected=${p.id === this.printerId}>${p.name}</option>`)}
          </select>
        </label>
        <span class="spacer"></span>
        ${data
          ? html`<span>${localize("maintenance.total_cost", { cost: formatCost(data.cost[this.printerId] ?? 0, opts) })}</span>`
          : nothing}
        ${this.admin ? html`<button class="btn primary" @click=${() => this.edit()}>${localize("maintenance.add_task")}</button>` : nothing}
      </div>
      ${this.error ? html`<div class="error-banner" role="alert">${this.error}</div>` : nothing}
      ${this.form ? this.renderForm() : nothing}
      ${data
        ? html`<div class="tasks">
              ${data.tasks.length ? data.tasks.map((task) => this.renderTask(task)) : html`<p>${localize("maintenance.no_tasks")}</p>`}
            </div>
            <h2>${localize("maintenance.log")}</h2>
            ${data.log.length
              ? html`<table>
                  <thead>
                    <tr>
                      <th>${localize("maintenance.when")}</th>
                      <th>${localize("maintenance.field.name")}</th>
                      <th>${localize("maintenance.by")}</th>
                      <th>${localize("maintenance.field.notes")}</th>
                      <th>${localize("maintenance.field.cost")}</th>
                      <th>${localize("maintenance.counters")}</th>
                      ${this.admin ? html`<th></th>` : nothing}
                    </tr>
                  </thead>
                  <tbody>
                    ${data.log.map(
                      (entry) => html`<tr>
                        <td>${formatDateTime(entry.done_at, opts)}</td>
                        <td>${entry.name}</td>
                        <td>${entry.done_by ?? "—"}</td>
                        <td>${entry.notes ?? ""}</td>
                        <td>${entry.cost === null ? "—" : formatCost(entry.cost, opts)}</td>
                        <td>
                          ${formatUnit(entry.print_hours, "hours", opts, 1)} ·
                          ${localize("common.n_jobs", { count: entry.jobs, n: formatNumber(entry.jobs, opts) })}
                        </td>
                        ${this.admin
                          ? html`<td>
                              <button class="btn danger" @click=${() => this.removeEntry(entry.id)}>${localize("common.delete")}</button>
                            </td>`
                          : nothing}
                      </tr>`,
                    )}
                  </tbody>
                </table>`
              : html`<p>${localize("maintenance.no_log")}</p>`}`
        : html`<p>${localize("common.loading")}</p>`}
    `;
  }
}

define("pl-maintenance-view", PlMaintenanceView);

declare global {
  interface HTMLElementTagNameMap {
    "pl-maintenance-view": PlMaintenanceView;
  }
}
