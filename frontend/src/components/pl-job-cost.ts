/**
 * A job's energy and cost: the breakdown (energy, electricity, filament, machine time, total), each
 * figure with where it came from in words, and the job's power curve from Home Assistant's recorder
 * (`jobs/power`: the printer's plug sensor over the job; an SVG like the climate chart, pauses shaded).
 */

import { LitElement, css, html, nothing, svg } from "lit";
import { property, state } from "lit/decorators.js";

import { errorMessage, type PrintLoggerApi } from "../api";
import { pauseSpans, segments } from "../climate";
import { define } from "../define";
import { formatCost, formatDuration, formatNumber, type FormatOptions } from "../format";
import { localize, type MessageKey } from "../localize";
import { baseStyles } from "../styles";
import type { JobDetail, JobPower } from "../types";

const WIDTH = 600;
const HEIGHT = 140;
const PAD = 4;

type Row = { key: MessageKey; value: string; source: string | null };

/** A figure's source in words ("measured", "price table", …); the raw value when it is new. */
export function sourceText(source: string | null | undefined): string {
  if (!source) return "";
  const key = `jobcost.source.${source}` as MessageKey;
  const text = localize(key);
  return text === key ? source : text;
}

/** The breakdown's rows of a job (none when nothing was computed and no cost was typed). */
export function costRows(job: JobDetail, opts: FormatOptions): Row[] {
  const c = job.costs;
  const total = c?.total_cost ?? job.cost;
  const totalSource = c?.total_cost !== null && c?.total_cost !== undefined ? c.total_cost_source : job.cost !== null ? "manual" : null;
  const rows: Row[] = [
    {
      key: "jobcost.energy",
      value: c?.energy_kwh === null || c?.energy_kwh === undefined ? "—" : localize("jobcost.kwh", { n: formatNumber(c.energy_kwh, opts, 3) }),
      source: c?.energy_source ?? null,
    },
    { key: "jobcost.electricity", value: formatCost(c?.electricity_cost, opts), source: c?.electricity_source ?? null },
    { key: "jobcost.filament", value: formatCost(c?.computed_filament_cost, opts), source: c?.computed_filament_source ?? null },
    {
      key: "jobcost.machine",
      value: formatCost(c?.machine_cost, opts),
      source: c?.machine_cost === null || c?.machine_cost === undefined ? null : "rate",
    },
    { key: "jobcost.total", value: formatCost(total, opts), source: totalSource },
  ];
  return rows.some((row) => row.value !== "—") ? rows : [];
}

export class PlJobCost extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  @property({ attribute: false }) options?: FormatOptions;
  @property({ attribute: false }) job?: JobDetail;
  @state() private power?: JobPower;
  @state() private powerError = "";
  private loadedFor = "";
  private token = 0;

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        margin: 20px 0 8px;
        font-size: 1rem;
        font-weight: 500;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9em;
        margin-bottom: 12px;
      }
      th,
      td {
        text-align: left;
        padding: 4px 8px 4px 0;
        border-bottom: var(--pl-border);
      }
      th {
        color: var(--pl-muted);
        font-weight: normal;
      }
      td.value {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      tr.total th,
      tr.total td {
        font-weight: 500;
        color: inherit;
      }
      .source {
        color: var(--pl-muted);
        font-size: 0.9em;
      }
      .source.estimated {
        color: var(--warning-color, #b36b00);
      }
      figure {
        margin: 0;
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
      .area {
        fill: var(--primary-color, #03a9f4);
        opacity: 0.15;
      }
      .line {
        fill: none;
        stroke: var(--primary-color, #03a9f4);
        stroke-width: 2;
      }
      .axis {
        display: flex;
        justify-content: space-between;
        font-size: 12px;
        color: var(--pl-muted, #777);
        margin-bottom: 2px;
      }
      figcaption {
        font-size: 13px;
        display: flex;
        justify-content: space-between;
        flex-wrap: wrap;
        gap: 4px 8px;
        margin-top: 4px;
      }
      .entity {
        overflow-wrap: anywhere;
      }
    `,
  ];

  protected override willUpdate(): void {
    const job = this.job;
    if (!job || !this.api) return;
    const key = `${job.id}|${job.start}|${job.end}`;
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      void this.loadPower(job.id);
    }
  }

  private async loadPower(jobId: string): Promise<void> {
    const token = ++this.token;
    this.power = undefined;
    this.powerError = "";
    try {
      const power = await this.api!.jobPower(jobId);
      if (token === this.token) this.power = power;
    } catch (err) {
      if (token === this.token) this.powerError = errorMessage(err);
    }
  }

  override render() {
    const job = this.job;
    const opts = this.options;
    if (!job || !opts) return nothing;
    const rows = costRows(job, opts);
    return html`
      <h3>${localize("jobcost.title")}</h3>
      ${rows.length
        ? html`<table class="breakdown">
            <tbody>
              ${rows.map(
                (row) => html`<tr class=${row.key === "jobcost.total" ? "total" : ""} data-part=${row.key.slice(8)}>
                  <th scope="row">${localize(row.key)}</th>
                  <td class="value">${row.value}</td>
                  <td><span class="source ${row.source ?? ""}">${row.value === "—" ? "" : sourceText(row.source)}</span></td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="muted">${localize("jobcost.not_computed")}</p>`}
      ${this.renderPower(job, opts)}
    `;
  }

  private renderPower(job: JobDetail, opts: FormatOptions) {
    if (this.powerError) {
      return html`<p class="muted" role="status">${localize("jobcost.power_error", { error: this.powerError })}</p>`;
    }
    const power = this.power;
    if (!power) return html`<p class="muted" aria-busy="true">${localize("common.loading")}</p>`;
    if (!power.points.length) {
      const entity = power.entity_id ?? "";
      const text =
        power.reason === "no_sensor"
          ? localize("jobcost.power_no_sensor")
          : power.reason === "no_recorder"
            ? localize("jobcost.power_no_recorder")
            : localize("jobcost.power_no_history", { entity });
      return html`<p class="muted power-empty">${text}</p>`;
    }
    const watts = (value: number | null) => (value === null ? "—" : localize("jobcost.watts", { n: formatNumber(value, opts, 0) }));
    return html`<figure class="power" data-entity=${power.entity_id ?? ""}>
      ${this.chart(job, power, opts)}
      <figcaption>
        <strong>${localize("jobcost.power_title")} <span class="entity muted">${power.entity_id}</span></strong>
        <span>${localize("jobcost.power_stats", { mean: watts(power.mean_w), max: watts(power.max_w) })}</span>
        ${power.source === "statistics" ? html`<span class="muted">${localize("jobcost.power_from_statistics")}</span>` : nothing}
      </figcaption>
    </figure>`;
  }

  private chart(job: JobDetail, power: JobPower, opts: FormatOptions) {
    const ended = job.end ? (Date.parse(job.end) - Date.parse(job.start)) / 1000 : 0;
    const span = Math.max(ended, power.points.at(-1)?.[0] ?? 0, 1);
    const top = niceTop(Math.max(power.max_w ?? 0, 1) * 1.05);
    const x = (t: number) => PAD + (t / span) * (WIDTH - 2 * PAD);
    const y = (v: number) => HEIGHT - PAD - (v / top) * (HEIGHT - 2 * PAD);
    // A value holds until the next point: steps, the last one to the end of the job.
    const lines = segments(power.points).map((points) => {
      const steps: string[] = [];
      points.forEach(([t, v], i) => {
        const following = points[i + 1];
        const next = following ? following[0] : nextTime(power.points, t, span);
        steps.push(`${x(t)},${y(v)}`, `${x(next)},${y(v)}`);
      });
      const from = x(points[0]?.[0] ?? 0);
      const to = x(nextTime(power.points, points.at(-1)?.[0] ?? 0, span));
      const area = `${from},${y(0)} ${steps.join(" ")} ${to},${y(0)}`;
      return svg`<polygon class="area" points=${area}></polygon><polyline class="line" points=${steps.join(" ")}></polyline>`;
    });
    const pauses = pauseSpans(job.events ?? [], job.start, span).map(
      ([from, to]) =>
        svg`<rect class="pause" x=${x(from)} y="0" width=${Math.max(2, x(to) - x(from))} height=${HEIGHT}><title>${localize("climate.paused")}</title></rect>`,
    );
    const label = localize("jobcost.power_chart", { entity: power.entity_id ?? "" });
    return html`<div class="axis" aria-hidden="true">
        <span>${localize("jobcost.watts", { n: formatNumber(top, opts, 0) })}</span><span>${formatDuration(span)}</span>
      </div>
      ${svg`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${label}>${pauses}${lines}</svg>`}`;
  }
}

/** The top of the chart's scale: ``value`` rounded up to a half of its power of ten (336 → 350). */
export function niceTop(value: number): number {
  const step = 10 ** Math.floor(Math.log10(value)) / 2;
  return Math.ceil(value / step) * step;
}

/** The time of the point after `t` in the whole series (a gap's start ends a run), else `fallback`. */
function nextTime(points: [number, number | null][], t: number, fallback: number): number {
  return points.find(([time]) => time > t)?.[0] ?? fallback;
}

define("pl-job-cost", PlJobCost);

declare global {
  interface HTMLElementTagNameMap {
    "pl-job-cost": PlJobCost;
  }
}
