/**
 * A bar chart drawn by uPlot: over time (x in seconds, one bar per bucket) or over categories (x = index,
 * `labels` name them). The same numbers are in a table for screen readers (and the tests), and the
 * chart's accessible name says what it shows.
 */

import { LitElement, css, html, unsafeCSS, type PropertyValues } from "lit";
import { property, query, state } from "lit/decorators.js";
import uPlot from "uplot";
import uPlotCss from "uplot/dist/uPlot.min.css?inline";

import { bucketLabel, bucketSeconds, spansYears, thinTicks } from "../analytics";
import { localize } from "../localize";
import { define } from "../define";
import type { Bucket } from "../types";
import { baseStyles } from "../styles";

export type ChartKind = "time" | "category";

export class PlChart extends LitElement {
  @property() kind: ChartKind = "time";
  /** Accessible title of the chart (also the data table's caption). */
  @property() label = "";
  /** Name of the measure ("Jobs", "Hours"). */
  @property() unit = "";
  @property({ attribute: false }) xs: number[] = [];
  @property({ attribute: false }) ys: number[] = [];
  /** Category names (kind "category"), or bucket names shown in the data table (kind "time"). */
  @property({ attribute: false }) labels: string[] = [];
  /** The bucket of a time chart (bar width and axis labels). */
  @property() bucket: Bucket = "day";
  /** Locale of the axis labels. */
  @property() locale?: string;
  @property({ attribute: false }) formatValue: (v: number) => string = (v) => String(v);
  /**
   * A value with its measure for the readout and the total ("1 job", "3 jobs", "2.5 h"); by default
   * the value and the lower-cased measure name.
   */
  @property({ attribute: false }) formatMeasure?: (v: number) => string;
  /** The smallest step between the value axis' ticks (1 for counts: no "0, 1, 1, 2, 2" of 0.5 steps). */
  @property({ type: Number }) minStep = 0;
  /** Changes when the theme does, to redraw with the new colours. */
  @property({ type: Boolean }) dark = false;
  @property({ type: Number }) height = 220;

  @query(".plot") private plotEl?: HTMLDivElement;
  @state() private readout = "";
  /** The category labels' centres (px from the plot's left) and the width each may take. */
  @state() private slots: { centre: number; width: number }[] = [];
  private plot?: uPlot;
  private resizeObserver?: ResizeObserver;

  static override styles = [
    baseStyles,
    unsafeCSS(uPlotCss),
    css`
      :host {
        display: block;
        position: relative;
        min-width: 0;
      }
      .plot {
        width: 100%;
        min-height: 40px;
      }
      .empty {
        padding: 24px 0;
        text-align: center;
      }
      .uplot {
        font-family: inherit;
        width: 100% !important;
      }
      .readout {
        font-size: 0.85em;
        color: var(--secondary-text-color);
        text-align: center;
        min-height: 1.4em;
        margin-top: 4px;
      }
      .u-select {
        background: rgba(127, 127, 127, 0.15);
      }
      /* The categories' names under their bars: HTML, so they wrap (at spaces and after "–") instead of
         overlapping on a narrow screen. */
      .categories {
        position: relative;
        margin-top: 2px;
        font-size: 11px;
        line-height: 1.2;
        color: var(--secondary-text-color);
      }
      .categories span {
        position: absolute;
        top: 0;
        text-align: center;
        overflow-wrap: break-word;
        hyphens: none;
      }
    `,
  ];

  override render() {
    const empty = this.ys.length === 0;
    return html`<figure role="group" aria-label=${this.label} style="margin:0">
      ${empty
        ? html`<div class="empty muted">${localize("common.no_data")}</div>`
        : html`<div class="plot" aria-hidden="true"></div>
            ${this.kind === "category" ? this.renderCategories() : ""}
            <div class="readout" aria-hidden="true">${this.readout || this.totalText()}</div>`}
      <table class="sr-only">
        <caption>
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.kind === "time" ? localize("chart.period") : localize("chart.range")}</th>
            <th scope="col">${this.unit}</th>
          </tr>
        </thead>
        <tbody>
          ${this.ys.map(
            (y, i) =>
              html`<tr data-key=${this.labels[i] ?? String(this.xs[i])} data-value=${String(y)}>
                <th scope="row">${this.labels[i] ?? String(this.xs[i])}</th>
                <td>${this.formatValue(y)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </figure>`;
  }

  /** The category names, each centred under its bar and no wider than its slot. */
  private renderCategories() {
    const slots = this.slots;
    const lines = slots.length ? Math.max(...this.labels.map((l) => (l.length * 6.2 > (slots[0]?.width ?? 0) ? 3 : 1))) : 1;
    return html`<div class="categories" aria-hidden="true" style=${`height:${lines * 1.2 + 0.2}em`}>
      ${slots.map(
        (slot, i) =>
          html`<span data-category=${i} style=${`left:${slot.centre - slot.width / 2}px;width:${slot.width}px`}
            >${(this.labels[i] ?? "").split(/(?<=[–-])/).map((part, j) => (j ? html`<wbr />${part}` : part))}</span
          >`,
      )}
    </div>`;
  }

  /** A value with its measure ("1 job", "12 jobs"). */
  private measureText(v: number): string {
    return this.formatMeasure ? this.formatMeasure(v) : `${this.formatValue(v)} ${this.unit.toLowerCase()}`;
  }

  private totalText(): string {
    const total = this.ys.reduce((a, b) => a + b, 0);
    return localize("chart.total_value", { value: this.measureText(total) });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => this.resize());
    if (this.hasUpdated) {
      this.draw();
      if (this.plotEl) this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.destroy();
  }

  protected override firstUpdated(): void {
    this.resizeObserver?.observe(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      changed.has("xs") ||
      changed.has("ys") ||
      changed.has("kind") ||
      changed.has("dark") ||
      changed.has("labels") ||
      changed.has("height") ||
      changed.has("bucket") ||
      changed.has("locale") ||
      changed.has("formatValue") ||
      changed.has("minStep")
    ) {
      this.draw();
    }
  }

  private destroy(): void {
    this.plot?.destroy();
    this.plot = undefined;
  }

  private resize(): void {
    if (!this.plot || !this.plotEl) return;
    const width = Math.floor(this.plotEl.clientWidth);
    if (width > 0 && width !== this.plot.width) {
      this.plot.setSize({ width, height: this.height });
    }
  }

  /** Where the category names go: under each bar, as wide as the space between bars. */
  private placeCategories(u: uPlot | undefined = this.plot): void {
    if (!u || this.kind !== "category") {
      this.slots = [];
      return;
    }
    const left = u.bbox.left / devicePixelRatio;
    const step = this.xs.length > 1 ? Math.abs(u.valToPos(1, "x") - u.valToPos(0, "x")) : u.bbox.width / devicePixelRatio;
    this.slots = this.xs.map((x) => ({ centre: left + u.valToPos(x, "x"), width: Math.max(step - 2, 16) }));
  }

  private draw(): void {
    this.destroy();
    const target = this.plotEl;
    if (!target || this.ys.length === 0) return;
    const style = getComputedStyle(this);
    const colour = style.getPropertyValue("--pl-chart-color").trim() || style.getPropertyValue("--primary-color").trim() || "#03a9f4";
    const text = style.getPropertyValue("--secondary-text-color").trim() || "#727272";
    const grid = style.getPropertyValue("--divider-color").trim() || "rgba(127,127,127,0.25)";
    const font = `12px ${style.fontFamily || "sans-serif"}`;
    const width = Math.max(Math.floor(target.clientWidth), 200);
    const labels = this.labels;
    const xs = this.xs;
    const fmt = this.formatValue;
    const isTime = this.kind === "time";
    const bucket = this.bucket;
    const locale = this.locale;
    const half = isTime ? bucketSeconds(bucket) / 2 : 0.5;
    const axisCommon = { stroke: text, font, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const withYear = isTime && spansYears(xs);
    const nameOf = (i: number): string =>
      isTime ? bucketLabel(xs[i] ?? 0, bucket, locale, withYear) : (labels[i] ?? "");
    const opts: uPlot.Options = {
      width,
      height: this.height,
      padding: [8, 8, 0, 0],
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      legend: { show: false },
      scales: {
        x: {
          time: false,
          range: (_u, min, max) => [min - half, max + half],
        },
        y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
      },
      axes: [
        isTime
          ? {
              ...axisCommon,
              splits: (u) => thinTicks(xs, Math.max(Math.floor(u.bbox.width / devicePixelRatio / (withYear ? 90 : 70)), 2)),
              values: (_u, splits) => distinctLabels(splits.map((x) => bucketLabel(x, bucket, locale, withYear))),
            }
          : {
              // The names are HTML under the plot (.categories): only the ticks here.
              ...axisCommon,
              splits: () => labels.map((_l, i) => i),
              values: (_u, splits) => splits.map(() => ""),
              size: 8,
              gap: 0,
            },
        {
          ...axisCommon,
          size: 48,
          // Only steps the formatter can tell apart: no "1, 1, 2, 2" when the value axis would step by 0.5.
          incrs: niceSteps(this.minStep),
          values: (_u, splits) => distinctLabels(splits.map((v) => fmt(v))),
        },
      ],
      series: [
        {},
        {
          label: this.unit,
          stroke: colour,
          fill: colour,
          width: 0,
          paths: uPlot.paths.bars!({ size: [0.8, 64], gap: 1 }),
          points: { show: false },
        },
      ],
      hooks: {
        // The scales are known once uPlot has laid the plot out (after its constructor returns).
        ready: [(u) => this.placeCategories(u)],
        setSize: [(u) => this.placeCategories(u)],
        setCursor: [
          (u) => {
            const i = u.cursor.idx;
            const y = i === null || i === undefined ? undefined : this.ys[i];
            this.readout = y === undefined || i === null || i === undefined ? "" : `${nameOf(i)}: ${this.measureText(y)}`;
          },
        ],
      },
    };
    this.plot = new uPlot(opts, [this.xs, this.ys], target);
  }
}

/** Tick steps of 1, 2 and 5 × 10ⁿ, none below `min` (all from 0.01 when `min` is 0). */
export function niceSteps(min: number): number[] {
  const steps: number[] = [];
  for (let e = -2; e <= 9; e++) {
    for (const m of [1, 2, 5]) {
      const step = m * 10 ** e;
      if (step >= min - 1e-12) steps.push(Number(step.toPrecision(3)));
    }
  }
  return steps;
}

/** Axis labels with a repeated text blanked (a rounding formatter can give two ticks the same text). */
export function distinctLabels(labels: string[]): string[] {
  return labels.map((l, i) => (i > 0 && labels[i - 1] === l ? "" : l));
}

define("pl-chart", PlChart);

declare global {
  interface HTMLElementTagNameMap {
    "pl-chart": PlChart;
  }
}
