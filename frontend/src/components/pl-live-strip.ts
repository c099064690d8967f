/** Each printer's state and current job, updated live: a horizontally scrolling strip of tiles. */

import { LitElement, css, html } from "lit";
import { property } from "lit/decorators.js";

import type { PrintLoggerApi } from "../api";
import { thumbKey } from "../thumbs";
import "./pl-photo-thumb";

import { localize } from "../localize";
import { define, fire } from "../define";
import { fileName, formatDuration, safeText } from "../format";
import { baseStyles } from "../styles";
import { printerStateLabel, remaining } from "../printers";
import { progressBar, progressPercent, progressStyles } from "../progress";
import type { Printer } from "../types";

export class PlLiveStrip extends LitElement {
  @property({ attribute: false }) printers: Printer[] = [];
  @property({ attribute: false }) api?: PrintLoggerApi;

  static override styles = [
    baseStyles,
    progressStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 2px;
        display: flex;
        gap: 12px;
        overflow-x: auto;
        scroll-snap-type: x proximity;
      }
      li {
        flex: 0 0 min(300px, 85vw);
        scroll-snap-align: start;
        padding: 10px 14px;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      .top {
        display: flex;
        gap: 8px;
        align-items: center;
        justify-content: space-between;
      }
      .name {
        font-weight: 500;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .dot {
        width: 10px;
        height: 10px;
        border-radius: 50%;
        display: inline-block;
        margin-right: 6px;
        background: var(--disabled-text-color, #bdbdbd);
      }
      .dot.online {
        background: var(--pl-ok);
      }
      .dot.printing {
        background: var(--pl-active);
      }
      .file {
        border: none;
        background: none;
        padding: 0;
        text-align: left;
        cursor: pointer;
        color: var(--primary-text-color);
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        text-decoration: underline dotted;
      }
      .job {
        display: flex;
        gap: 10px;
        align-items: center;
        min-width: 0;
      }
      .job .text {
        flex: 1;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      pl-photo-thumb {
        --pl-thumb-width: 48px;
        --pl-thumb-height: 48px;
        cursor: pointer;
      }
      .meta {
        display: flex;
        justify-content: space-between;
        font-size: 0.8em;
        color: var(--pl-muted);
        gap: 8px;
      }
    `,
  ];

  override render() {
    if (!this.printers.length) return html``;
    return html`<ul aria-label=${localize("common.printers")}>
      ${this.printers.map((p) => {
        const job = p.current_job;
        const printing = p.online && !!job && (p.print_state === "printing" || p.print_state === "paused");
        const state = printerStateLabel(p);
        const left = remaining(p);
        return html`<li class="card" data-printer=${p.id}>
          <div class="top">
            <span class="name"
              ><span class=${`dot ${printing ? "printing" : p.online ? "online" : ""}`} aria-hidden="true"></span>${p.name}</span
            >
            <span class="muted">${state}</span>
          </div>
          ${job
            ? html`<div class="job">
                <pl-photo-thumb .api=${this.api} .key=${thumbKey(job)} @click=${() => fire(this, "show-job", { jobId: job.id })}></pl-photo-thumb>
                <div class="text">
                  <button class="file" title=${safeText(job.filename)} @click=${() => fire(this, "show-job", { jobId: job.id })}>
                    ${fileName(job.filename)}
                  </button>
                  ${progressBar(job)}
                  <div class="meta">
                    <span>${progressPercent(job)} %</span>
                    <span>${localize("live.elapsed", { time: formatDuration(job.print_duration) })}</span>
                    <span>${left !== null ? localize("live.left", { time: formatDuration(left) }) : ""}</span>
                  </div>
                </div>
              </div>`
            : html`<span class="muted">${localize("live.no_job")}</span>`}
        </li>`;
      })}
    </ul>`;
  }
}

define("pl-live-strip", PlLiveStrip);

declare global {
  interface HTMLElementTagNameMap {
    "pl-live-strip": PlLiveStrip;
  }
}
