/**
 * The enclosure's climate over a job: one line chart per linked sensor (an SVG, its time axis the
 * job's), the pauses shaded, gaps (sensor unavailable) left open, and minimum / mean / maximum.
 */

import { LitElement, css, html, nothing, svg } from "lit";
import { property } from "lit/decorators.js";

import { define } from "../define";
import { formatDuration, formatNumber, type FormatOptions } from "../format";
import { localize } from "../localize";
import { baseStyles } from "../styles";
import { pauseSpans, segments } from "../climate";
import type { Climate, JobEvent } from "../types";

const WIDTH = 600;
const HEIGHT = 120;
const PAD = 4;

export class PlClimateChart extends LitElement {
  @property({ attribute: false }) sensors: Climate[] = [];
  @property({ attribute: false }) events: JobEvent[] = [];
  @property() start = "";
  @property({ type: Number }) duration = 0;
  @property({ attribute: false }) options?: FormatOptions;

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      figure {
        margin: 0 0 12px;
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
        background: var(--secondary-background-color, #f7f7f7);
        border-radius: 6px;
      }
      .pause {
        fill: var(--warning-color, #ffa600);
        opacity: 0.25;
      }
      .line {
        fill: none;
        stroke: var(--primary-color, #03a9f4);
        stroke-width: 2;
      }
      figcaption {
        font-size: 13px;
        display: flex;
        justify-content: space-between;
        flex-wrap: wrap;
        gap: 8px;
      }
    `,
  ];

  private chart(sensor: Climate) {
    const last = sensor.series.at(-1)?.[0] ?? 0;
    const span = Math.max(this.duration, last, 1);
    const lo = sensor.min ?? 0;
    const hi = sensor.max ?? 1;
    const range = hi - lo || 1;
    const x = (t: number) => PAD + (t / span) * (WIDTH - 2 * PAD);
    const y = (v: number) => HEIGHT - PAD - ((v - lo) / range) * (HEIGHT - 2 * PAD);
    // A reading holds until the next: draw steps, to the end of the job for the last one.
    const lines = segments(sensor.series).map((points, index, all) => {
      const steps: string[] = [];
      points.forEach(([t, v], i) => {
        const following = points[i + 1];
        const next = following ? following[0] : index === all.length - 1 ? span : t;
        steps.push(`${x(t)},${y(v)}`, `${x(next)},${y(v)}`);
      });
      return svg`<polyline class="line" points=${steps.join(" ")}></polyline>`;
    });
    const pauses = pauseSpans(this.events, this.start, span).map(
      ([from, to]) =>
        svg`<rect class="pause" x=${x(from)} y="0" width=${Math.max(2, x(to) - x(from))} height=${HEIGHT}><title>${localize("climate.paused")}</title></rect>`,
    );
    return svg`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${sensor.name || sensor.entity_id}>${pauses}${lines}</svg>`;
  }

  override render() {
    if (!this.sensors.length) return nothing;
    const opts = this.options;
    const num = (value: number | null) => (value === null ? "—" : opts ? formatNumber(value, opts, 1) : value.toFixed(1));
    return html`${this.sensors.map(
      (sensor) => html`<figure class="sensor" data-entity=${sensor.entity_id}>
        ${this.chart(sensor)}
        <figcaption>
          <strong>${sensor.name || sensor.entity_id}</strong>
          <span
            >${localize("climate.stats", {
              min: num(sensor.min),
              mean: num(sensor.mean),
              max: num(sensor.max),
              unit: sensor.unit ?? "",
            })}</span
          >
          ${sensor.missing_seconds > 0
            ? html`<span class="muted">${localize("climate.missing", { time: formatDuration(sensor.missing_seconds) })}</span>`
            : nothing}
        </figcaption>
      </figure>`,
    )}`;
  }
}

define("pl-climate-chart", PlClimateChart);

declare global {
  interface HTMLElementTagNameMap {
    "pl-climate-chart": PlClimateChart;
  }
}
