/** Key figures of a summary as tiles: jobs, success rate, print hours, filament, cost. */

import { LitElement, css, html } from "lit";
import { property } from "lit/decorators.js";

import { localize } from "../localize";
import { define } from "../define";
import type { FormatOptions } from "../format";
import { kpis } from "../kpis";
import { baseStyles } from "../styles";
import type { Summary } from "../types";

export class PlKpis extends LitElement {
  @property({ attribute: false }) summary?: Summary;
  @property({ attribute: false }) options?: FormatOptions;
  @property({ type: Boolean }) loading = false;

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
        gap: 12px;
      }
      li {
        padding: 12px 16px;
        display: flex;
        flex-direction: column;
        gap: 2px;
        min-height: 86px;
      }
      .label {
        font-size: 0.85em;
        color: var(--pl-muted);
      }
      .value {
        font-size: 1.6em;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .sub {
        font-size: 0.8em;
        color: var(--pl-muted);
      }
      .loading .value {
        opacity: 0.4;
      }
      /* A phone: the five figures in two rows of three, compact (the first job stays in view). */
      @media (max-width: 600px) {
        ul {
          grid-template-columns: repeat(3, minmax(0, 1fr));
          gap: 6px;
        }
        li {
          padding: 6px 8px;
          min-height: 0;
        }
        .label {
          font-size: 0.75em;
          white-space: nowrap;
          overflow: hidden;
          text-overflow: ellipsis;
        }
        .value {
          font-size: 1.1em;
          white-space: nowrap;
        }
        .sub {
          display: none;
        }
      }
    `,
  ];

  override render() {
    const opts = this.options;
    if (!this.summary || !opts) {
      return html`<ul aria-busy="true">
        ${(["kpi.jobs", "kpi.success_rate", "kpi.print_time", "kpi.filament", "kpi.cost"] as const).map((k) => localize(k)).map(
          (l) => html`<li class="card loading"><span class="label">${l}</span><span class="value">…</span></li>`,
        )}
      </ul>`;
    }
    return html`<ul class=${this.loading ? "loading" : ""} aria-busy=${this.loading ? "true" : "false"}>
      ${kpis(this.summary, opts).map(
        (k) => html`<li class="card" data-kpi=${k.id}>
          <span class="label">${k.label}</span>
          <span class="value">${k.value}</span>
          ${k.sub ? html`<span class="sub">${k.sub}</span>` : ""}
        </li>`,
      )}
    </ul>`;
  }
}

define("pl-kpis", PlKpis);

declare global {
  interface HTMLElementTagNameMap {
    "pl-kpis": PlKpis;
  }
}
