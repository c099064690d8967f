/**
 * Jobs by weekday (rows) and hour of day (columns): a grid of cells shaded by count. It is a real table
 * (weekday row headers, hour column headers) so every count is readable by screen readers and on hover.
 */

import { LitElement, css, html } from "lit";
import { property } from "lit/decorators.js";
import { styleMap } from "lit/directives/style-map.js";

import { matrixMax, weekdayNames, weekdayOrder } from "../analytics";
import { define } from "../define";
import { localize } from "../localize";
import { baseStyles } from "../styles";

export class PlHeatmap extends LitElement {
  @property() label = "";
  /** 7 rows (Monday first) × 24 hours. */
  @property({ attribute: false }) matrix: number[][] = [];
  /** The row shown first, 0 = Monday … 6 = Sunday (the user's first day of the week). */
  @property({ type: Number }) firstWeekday = 0;
  /** The locale of the weekday names and hours. */
  @property() locale?: string;
  /** 12-hour clock (undefined: the locale's). */
  @property({ attribute: false }) hour12?: boolean;

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      table {
        border-collapse: separate;
        border-spacing: 2px;
        width: 100%;
        table-layout: fixed;
        font-size: 0.75em;
      }
      /* A phone: the 24 hours still fit the width (narrower cells, smaller type), no sideways scroll. */
      @media (max-width: 600px) {
        table {
          border-spacing: 1px;
          font-size: 0.65em;
        }
        td {
          height: 14px;
        }
        td.corner {
          width: 2.6em;
        }
        thead th {
          overflow: visible;
          white-space: nowrap;
        }
      }
      th {
        font-weight: normal;
        color: var(--pl-muted);
      }
      th[scope="row"] {
        text-align: right;
        padding-right: 6px;
        white-space: nowrap;
      }
      /* The fixed table layout takes the column widths from the first row: this cell sizes the
         weekday column. */
      td.corner {
        width: 3.2em;
        background: none;
      }
      thead th {
        text-align: center;
      }
      td {
        height: 18px;
        border-radius: 3px;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
        position: relative;
        padding: 0;
      }
      td .shade {
        position: absolute;
        inset: 0;
        border-radius: 3px;
        background: var(--pl-chart-color, var(--primary-color, #03a9f4));
      }
      .legend {
        display: flex;
        gap: 6px;
        align-items: center;
        justify-content: flex-end;
        margin-top: 6px;
        font-size: 0.8em;
      }
      .scale {
        width: 100px;
        height: 10px;
        border-radius: 5px;
        background: linear-gradient(
          to right,
          var(--secondary-background-color, rgba(127, 127, 127, 0.12)),
          var(--pl-chart-color, var(--primary-color, #03a9f4))
        );
      }
    `,
  ];

  override render() {
    const max = matrixMax(this.matrix);
    const hours = Array.from({ length: 24 }, (_v, h) => h);
    const names = weekdayNames(this.locale);
    const hourFormat = new Intl.DateTimeFormat(this.locale, { hour: "numeric", hour12: this.hour12, timeZone: "UTC" });
    // Compact column headers: "15" on a 24-hour clock, "3p" on a 12-hour one.
    const hourText = (h: number): string => {
      const parts = hourFormat.formatToParts(new Date(Date.UTC(2024, 0, 1, h)));
      const hour = Number(parts.find((p) => p.type === "hour")?.value ?? h);
      const period = parts.find((p) => p.type === "dayPeriod")?.value;
      return period ? `${hour}${period.charAt(0).toLowerCase()}` : String(hour);
    };
    const clock = new Intl.DateTimeFormat(this.locale, {
      hour: "numeric",
      minute: "2-digit",
      hour12: this.hour12,
      timeZone: "UTC",
    });
    const at = (h: number): string => clock.format(new Date(Date.UTC(2024, 0, 1, h)));
    return html`<table aria-label=${this.label || localize("heatmap.label")}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${hours.map((h) => html`<th scope="col" abbr=${at(h)}>${h % 3 === 0 ? hourText(h) : ""}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weekdayOrder(this.firstWeekday).map(
            (d) => html`<tr data-weekday=${d}>
              <th scope="row">${names[d]}</th>
              ${hours.map((h) => {
                const v = this.matrix[d]?.[h] ?? 0;
                const title = localize("heatmap.cell", {
                  day: names[d]!,
                  from: at(h),
                  to: at((h + 1) % 24),
                  count: v,
                });
                return html`<td title=${title} data-weekday=${d} data-hour=${h} data-value=${v}>
                  ${v > 0 ? html`<span class="shade" style=${styleMap({ opacity: String(0.15 + 0.85 * (v / max)) })}></span>` : ""}
                  <span class="sr-only">${v}</span>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="legend muted" aria-hidden="true">0 <span class="scale"></span> ${max}</div>`;
  }
}

define("pl-heatmap", PlHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    "pl-heatmap": PlHeatmap;
  }
}
