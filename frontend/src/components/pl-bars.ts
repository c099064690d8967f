/**
 * Horizontal bars of a breakdown (one row per key): the label, a bar proportional to the value and the
 * value as text. Plain HTML: labels of any length wrap, every number is readable, and it is a list for
 * screen readers.
 */

import { LitElement, css, html } from "lit";
import { property } from "lit/decorators.js";
import { styleMap } from "lit/directives/style-map.js";

import type { BarItem } from "../bars";
import { localize } from "../localize";
import { define } from "../define";
import { baseStyles } from "../styles";

export class PlBars extends LitElement {
  @property() label = "";
  @property({ attribute: false }) items: BarItem[] = [];
  /** The value of a full-width bar (default: the largest value). */
  @property({ type: Number }) max?: number;

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
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      li {
        display: grid;
        grid-template-columns: minmax(80px, 32%) 1fr auto;
        gap: 8px;
        align-items: center;
        font-size: 0.9em;
      }
      .name {
        overflow-wrap: anywhere;
        display: flex;
        gap: 6px;
        align-items: center;
      }
      .track {
        display: block;
        height: 14px;
        border-radius: 7px;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.15));
        overflow: hidden;
      }
      .bar {
        display: block;
        height: 100%;
        border-radius: 7px;
        background: var(--pl-chart-color, var(--primary-color, #03a9f4));
        min-width: 2px;
      }
      .bar.coloured {
        border: 1px solid var(--divider-color, #999);
      }
      .value {
        text-align: right;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .hint {
        color: var(--pl-muted);
        font-size: 0.85em;
        font-variant-numeric: tabular-nums;
      }
      .note {
        color: var(--pl-muted);
        font-size: 0.85em;
        margin-left: 4px;
      }
      .empty {
        padding: 24px 0;
        text-align: center;
      }
    `,
  ];

  override render() {
    if (!this.items.length) return html`<div class="empty muted">${localize("common.no_data")}</div>`;
    const max = this.max ?? Math.max(...this.items.map((i) => i.value), 0);
    return html`<ul aria-label=${this.label}>
      ${this.items.map((item) => {
        const pct = max > 0 ? Math.max(0, Math.min(100, (item.value / max) * 100)) : 0;
        const bar = styleMap({ width: `${pct}%`, ...(item.colour ? { background: item.colour } : {}) });
        return html`<li data-key=${item.key} data-value=${String(item.value)}>
          <span class="name"
            >${item.colour ? html`<span class="swatch" style=${styleMap({ background: item.colour })}></span>` : ""}
            <span>${item.label}${item.hint ? html` <span class="hint">${item.hint}</span>` : ""}</span></span
          >
          <span class="track" aria-hidden="true"><span class=${item.colour ? "bar coloured" : "bar"} style=${bar}></span></span>
          <span class="value">${item.display}${item.note ? html`<span class="note">${item.note}</span>` : ""}</span>
        </li>`;
      })}
    </ul>`;
  }
}

define("pl-bars", PlBars);

declare global {
  interface HTMLElementTagNameMap {
    "pl-bars": PlBars;
  }
}
