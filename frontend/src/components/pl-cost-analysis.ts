/**
 * The analytics tab's "Costs" section: cost per local month stacked by filament / electricity / machine,
 * tables per printer and per material (kWh per job and per print hour, cost per gram), and the most
 * expensive jobs (a click opens the job, as the other job links do: the panel's `show-job` event).
 * Everything is computed by the server (analytics/costs, analytics/expensive_jobs).
 */

import { LitElement, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";

import type { PrintLoggerApi } from "../api";
import { COST_PARTS, costStacks, formatUnitCost, monthLabel, type CostPart } from "../costs";
import { define, fire } from "../define";
import { formatCost, formatDateTime, formatNumber, safeText, type FormatOptions } from "../format";
import { localize, type MessageKey } from "../localize";
import { baseStyles } from "../styles";
import type { AnalyticsScope, CostAnalysis, CostRow, ExpensiveJob } from "../types";

export interface CostData {
  month?: CostAnalysis;
  printer?: CostAnalysis;
  material?: CostAnalysis;
  top?: ExpensiveJob[];
}

/** How many of the most expensive jobs the section lists. */
export const TOP_JOBS = 10;

/** Ask for the section's four answers at once; `put` gets each as it comes. */
export function loadCosts(api: PrintLoggerApi, scope: AnalyticsScope, put: (patch: CostData) => void): Promise<unknown> {
  return Promise.all([
    api.costs(scope, "month").then((month) => put({ month })),
    api.costs(scope, "printer").then((printer) => put({ printer })),
    api.costs(scope, "filament_type").then((material) => put({ material })),
    api.expensiveJobs(scope, TOP_JOBS).then((answer) => put({ top: answer.jobs })),
  ]);
}

const PART_KEYS: Record<CostPart, MessageKey> = {
  filament_cost: "costs.filament",
  electricity_cost: "costs.electricity",
  machine_cost: "costs.machine",
  unsplit: "costs.unsplit",
};

export class PlCostAnalysis extends LitElement {
  @property({ attribute: false }) data: CostData = {};
  @property({ attribute: false }) options?: FormatOptions;

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 8px;
        font-size: 1rem;
        font-weight: 500;
      }
      h3 {
        margin: 16px 0 8px;
        font-size: 0.95rem;
        font-weight: 500;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        font-size: 0.85em;
        margin: 4px 0 8px;
      }
      .swatch {
        display: inline-block;
        width: 10px;
        height: 10px;
        border-radius: 2px;
        margin-inline-end: 4px;
      }
      .part-filament_cost {
        background: var(--pl-cost-filament, #1e88e5);
      }
      .part-electricity_cost {
        background: var(--pl-cost-electricity, #fdd835);
      }
      .part-machine_cost {
        background: var(--pl-cost-machine, #8e24aa);
      }
      .part-unsplit {
        background: var(--pl-cost-unsplit, #9e9e9e);
      }
      .month {
        display: grid;
        grid-template-columns: minmax(64px, max-content) 1fr minmax(72px, max-content);
        gap: 8px;
        align-items: center;
        font-size: 0.85em;
        margin: 2px 0;
      }
      .stack {
        display: flex;
        height: 14px;
        border-radius: 3px;
        overflow: hidden;
      }
      .value {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.85em;
      }
      th,
      td {
        padding: 4px 8px;
        text-align: end;
        white-space: nowrap;
        border-bottom: var(--pl-border);
      }
      th:first-child,
      td:first-child,
      .text {
        text-align: start;
      }
      th {
        font-weight: 500;
        color: var(--pl-muted);
      }
      td.num {
        font-variant-numeric: tabular-nums;
      }
      button.file {
        background: none;
        border: none;
        padding: 0;
        font: inherit;
        color: var(--primary-color, #03a9f4);
        cursor: pointer;
        text-align: start;
        max-width: 28ch;
        overflow: hidden;
        text-overflow: ellipsis;
      }
    `,
  ];

  private months(analysis: CostAnalysis, opts: FormatOptions) {
    const stacks = costStacks(analysis.rows);
    return html`
      <h3>${localize("costs.per_month")}</h3>
      <div class="legend">
        ${COST_PARTS.map((part) => html`<span><span class="swatch part-${part}"></span>${localize(PART_KEYS[part])}</span>`)}
      </div>
      <div role="list" aria-label=${localize("costs.per_month")}>
        ${stacks.map((stack) => {
          const label = monthLabel(stack.key, opts);
          const parts = stack.segments
            .map((s) => `${localize(PART_KEYS[s.part])} ${formatCost(s.value, opts)}`)
            .join(", ");
          return html`<div class="month" role="listitem" data-month=${stack.key} aria-label=${`${label}: ${formatCost(stack.total, opts)} (${parts})`}>
            <span>${label}</span>
            <span class="stack">
              ${stack.segments.map(
                (s) => html`<span
                  class="part-${s.part}"
                  data-part=${s.part}
                  style="width: ${s.pct}%"
                  title=${`${localize(PART_KEYS[s.part])}: ${formatCost(s.value, opts)}`}
                ></span>`,
              )}
            </span>
            <span class="value">${formatCost(stack.total, opts)}</span>
          </div>`;
        })}
      </div>
    `;
  }

  private table(kind: "printer" | "material", analysis: CostAnalysis, opts: FormatOptions) {
    const title = localize(kind === "printer" ? "costs.by_printer" : "costs.by_material");
    const row = (r: CostRow) => html`<tr data-key=${r.key ?? ""}>
      <td>${r.key === null ? localize("common.unknown") : r.label}</td>
      <td class="num">${formatNumber(r.jobs, opts)}</td>
      <td class="num" data-col="cost">${formatCost(r.cost, opts)}</td>
      <td class="num" data-col="filament_cost">${formatCost(r.filament_cost, opts)}</td>
      <td class="num" data-col="electricity_cost">${formatCost(r.electricity_cost, opts)}</td>
      <td class="num" data-col="machine_cost">${formatCost(r.machine_cost, opts)}</td>
      <td class="num" data-col="energy_kwh">${formatNumber(r.energy_kwh, opts, 2)}</td>
      <td class="num" data-col="kwh_per_job">${formatNumber(r.kwh_per_job, opts, 2)}</td>
      <td class="num" data-col="kwh_per_print_hour">${formatNumber(r.kwh_per_print_hour, opts, 3)}</td>
      <td class="num" data-col="cost_per_gram">${formatUnitCost(r.cost_per_gram, opts)}</td>
    </tr>`;
    return html`
      <h3>${title}</h3>
      <div class="scroll">
        <table data-table=${kind}>
          <thead>
            <tr>
              <th scope="col">${localize(kind === "printer" ? "common.printer" : "costs.material")}</th>
              <th scope="col">${localize("costs.jobs")}</th>
              <th scope="col">${localize("costs.total")}</th>
              <th scope="col">${localize("costs.filament")}</th>
              <th scope="col">${localize("costs.electricity")}</th>
              <th scope="col">${localize("costs.machine")}</th>
              <th scope="col">${localize("costs.energy_kwh")}</th>
              <th scope="col">${localize("costs.kwh_per_job")}</th>
              <th scope="col">${localize("costs.kwh_per_hour")}</th>
              <th scope="col">${localize("costs.cost_per_gram")}</th>
            </tr>
          </thead>
          <tbody>
            ${analysis.rows.map(row)}
          </tbody>
        </table>
      </div>
    `;
  }

  private expensive(jobs: ExpensiveJob[], opts: FormatOptions) {
    return html`
      <h3>${localize("costs.expensive")}</h3>
      <div class="scroll">
        <table data-table="expensive">
          <thead>
            <tr>
              <th scope="col">${localize("costs.file")}</th>
              <th scope="col" class="text">${localize("common.printer")}</th>
              <th scope="col" class="text">${localize("costs.started")}</th>
              <th scope="col">${localize("costs.total")}</th>
              <th scope="col">${localize("costs.filament")}</th>
              <th scope="col">${localize("costs.electricity")}</th>
              <th scope="col">${localize("costs.machine")}</th>
              <th scope="col">${localize("costs.energy_kwh")}</th>
            </tr>
          </thead>
          <tbody>
            ${jobs.map(
              (job) => html`<tr data-job=${job.id}>
                <td>
                  <button class="file" title=${safeText(job.filename)} aria-haspopup="dialog" @click=${() => fire(this, "show-job", { jobId: job.id })}>
                    ${safeText(job.filename)}
                  </button>
                </td>
                <td class="text">${job.printer_name}</td>
                <td class="text">${formatDateTime(job.start, opts, false)}</td>
                <td class="num" data-col="cost">${formatCost(job.cost, opts)}</td>
                <td class="num">${formatCost(job.filament_cost, opts)}</td>
                <td class="num">${formatCost(job.electricity_cost, opts)}</td>
                <td class="num">${formatCost(job.machine_cost, opts)}</td>
                <td class="num">${formatNumber(job.energy_kwh, opts, 2)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  override render() {
    const opts = this.options;
    if (!opts) return nothing;
    const { month, printer, material, top } = this.data;
    const totals = printer?.totals ?? month?.totals;
    const empty = !!totals && totals.jobs === 0;
    return html`
      <h2>${localize("costs.title")}</h2>
      ${totals
        ? html`<p class="muted" data-totals>
            ${localize("costs.summary", {
              cost: formatCost(totals.cost, opts),
              filament: formatCost(totals.filament_cost, opts),
              electricity: formatCost(totals.electricity_cost, opts),
              machine: formatCost(totals.machine_cost, opts),
              energy: formatNumber(totals.energy_kwh, opts, 2),
              per_job: formatNumber(totals.kwh_per_job, opts, 2),
              per_gram: formatUnitCost(totals.cost_per_gram, opts),
            })}
          </p>`
        : nothing}
      ${empty
        ? html`<p class="muted">${localize("common.no_data")}</p>`
        : html`
            ${month?.rows.length ? this.months(month, opts) : nothing}
            ${printer?.rows.length ? this.table("printer", printer, opts) : nothing}
            ${material?.rows.length ? this.table("material", material, opts) : nothing}
            ${top?.length ? this.expensive(top, opts) : nothing}
          `}
    `;
  }
}

define("pl-cost-analysis", PlCostAnalysis);

declare global {
  interface HTMLElementTagNameMap {
    "pl-cost-analysis": PlCostAnalysis;
  }
}
