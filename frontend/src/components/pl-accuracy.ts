/**
 * The estimate-vs-actual report of the analytics view (`print_logger/analytics/accuracy`): how far the
 * slicer's estimates of print time and filament are from what completed jobs took, overall in words
 * ("the slicer under-estimates print time by 8 %") and per printer and per material as a table.
 * The figures are the server's; this element only words and formats them.
 */

import { LitElement, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";

import {
  accuracySentence,
  deviationPct,
  deviationText,
  errorText,
  formatPct,
  totalsText,
  verdict,
  type AccuracyKind,
} from "../accuracy";
import { define } from "../define";
import { formatNumber, type FormatOptions } from "../format";
import { localize } from "../localize";
import { baseStyles } from "../styles";
import type { Accuracy, AccuracyPart, AccuracyRow } from "../types";

const KINDS: AccuracyKind[] = ["time", "filament"];

/** A figure as a data attribute (the tests compare them with the REST answer): "" when unknown. */
const attr = (n: number | null | undefined): string => (n === null || n === undefined ? "" : String(n));

export class PlAccuracy extends LitElement {
  @property({ attribute: false }) report?: Accuracy;
  @property({ attribute: false }) options?: FormatOptions;

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .overall {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 260px), 1fr));
        gap: 12px;
        margin-bottom: 8px;
      }
      .figure {
        border: var(--pl-border);
        border-radius: 8px;
        padding: 10px 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .figure h3 {
        margin: 0;
        font-size: 0.85em;
        font-weight: 500;
        color: var(--pl-muted);
      }
      .figure .big {
        font-size: 1.6em;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .figure .big.under {
        color: var(--pl-warn);
      }
      .figure .big.over {
        color: var(--pl-active);
      }
      .figure .big.exact {
        color: var(--pl-ok);
      }
      .verdict {
        margin: 0;
      }
      .figure .muted {
        margin: 0;
        font-size: 0.85em;
      }
      .intro {
        margin: 0 0 12px;
        font-size: 0.9em;
      }
      h3.group {
        font-size: 0.95em;
        font-weight: 500;
        margin: 16px 0 4px;
      }
      /* The same columns in both tables: the printers' and the materials' figures line up. */
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.9em;
        table-layout: fixed;
      }
      col.name {
        width: 28%;
      }
      col.jobs {
        width: 16%;
      }
      th,
      td {
        text-align: left;
        padding: 6px 8px 6px 0;
        border-bottom: var(--pl-border);
        vertical-align: top;
      }
      thead th {
        font-weight: 500;
        color: var(--pl-muted);
        font-size: 0.9em;
      }
      tbody th {
        font-weight: 400;
        overflow-wrap: anywhere;
      }
      td.num,
      th.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
        padding-right: 16px;
      }
      .cell {
        display: flex;
        flex-direction: column;
      }
      .cell .muted {
        font-size: 0.85em;
      }
      .empty {
        padding: 16px 0;
        text-align: center;
      }
      /* A phone: the name on a line of its own above its figures. */
      @container (max-width: 420px) {
        table,
        tbody,
        tr,
        th,
        td {
          display: block;
        }
        thead {
          display: none;
        }
        tbody tr {
          display: grid;
          grid-template-columns: 1fr 1fr;
          gap: 2px 12px;
          padding: 8px 0;
          border-bottom: var(--pl-border);
        }
        tbody th,
        td {
          border: none;
          padding: 0;
        }
        tbody th {
          grid-column: 1 / -1;
          font-weight: 500;
        }
        colgroup {
          display: none;
        }
        td.num {
          grid-column: 1 / -1;
          padding-right: 0;
          text-align: left;
          color: var(--pl-muted);
          font-size: 0.9em;
        }
        td[data-kind]::before {
          content: attr(data-heading);
          display: block;
          color: var(--pl-muted);
          font-size: 0.8em;
        }
      }
    `,
  ];

  override render() {
    const opts = this.options;
    const report = this.report;
    if (!opts || !report) return nothing;
    if (!report.overall.jobs) return html`<p class="empty muted">${localize("accuracy.no_jobs")}</p>`;
    return html`
      <p class="intro muted">${localize("accuracy.intro")}</p>
      <div class="overall">${KINDS.map((kind) => this.renderFigure(kind, report.overall[kind], opts))}</div>
      ${this.renderGroup("printer", localize("accuracy.by_printer"), localize("common.printer"), report.by_printer, opts)}
      ${this.renderGroup("material", localize("accuracy.by_material"), localize("accuracy.material"), report.by_material, opts)}
    `;
  }

  private renderFigure(kind: AccuracyKind, part: AccuracyPart, opts: FormatOptions) {
    const v = verdict(part);
    const pct = deviationPct(part.ratio);
    return html`<div
      class="figure"
      data-kind=${kind}
      data-jobs=${part.jobs}
      data-ratio=${attr(part.ratio)}
      data-error=${attr(part.mean_abs_error_pct)}
    >
      <h3>${localize(kind === "time" ? "accuracy.time" : "accuracy.filament")}</h3>
      ${pct !== null && v !== "none"
        ? html`<span class=${`big ${v}`} aria-hidden="true">${v === "exact" ? `±${formatPct(0, opts)}` : `${pct > 0 ? "+" : "−"}${formatPct(pct, opts)}`}</span>`
        : nothing}
      <p class="verdict">${accuracySentence(kind, part, opts)}</p>
      ${part.jobs ? html`<p class="muted totals">${totalsText(kind, part, opts)}</p>` : nothing}
      ${part.jobs ? html`<p class="muted error">${errorText(part, opts)}</p>` : nothing}
    </div>`;
  }

  private renderGroup(group: string, heading: string, nameHeading: string, rows: AccuracyRow[], opts: FormatOptions) {
    if (!rows.length) return nothing;
    const timeHeading = localize("accuracy.time_column");
    const filamentHeading = localize("accuracy.filament_column");
    return html`<h3 class="group">${heading}</h3>
      <table data-group=${group}>
        <colgroup>
          <col class="name" />
          <col class="jobs" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">${nameHeading}</th>
            <th scope="col" class="num">${localize("accuracy.jobs")}</th>
            <th scope="col">${timeHeading}</th>
            <th scope="col">${filamentHeading}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-key=${row.key ?? ""}>
              <th scope="row">${row.key === null ? localize("common.unknown") : row.label}</th>
              <td class="num" data-jobs=${row.jobs}>${localize("common.n_jobs", { count: row.jobs, n: formatNumber(row.jobs, opts) })}</td>
              ${this.renderCell("time", row.time, timeHeading, opts)} ${this.renderCell("filament", row.filament, filamentHeading, opts)}
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private renderCell(kind: AccuracyKind, part: AccuracyPart, heading: string, opts: FormatOptions) {
    const error = part.jobs && part.mean_abs_error_pct !== null ? formatPct(part.mean_abs_error_pct, opts) : "";
    return html`<td
      data-kind=${kind}
      data-heading=${heading}
      data-ratio=${attr(part.ratio)}
      data-error=${attr(part.mean_abs_error_pct)}
      data-jobs=${part.jobs}
    >
      <span class="cell"
        ><span class="deviation">${deviationText(kind, part, opts)}</span>
        ${error ? html`<span class="muted">${localize("accuracy.per_job", { pct: error })}</span>` : nothing}</span
      >
    </td>`;
  }
}

define("pl-accuracy", PlAccuracy);

declare global {
  interface HTMLElementTagNameMap {
    "pl-accuracy": PlAccuracy;
  }
}
