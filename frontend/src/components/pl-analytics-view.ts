/**
 * Analytics of a period and printers: KPI tiles, jobs and print hours per day / week / month, filament by
 * type and colour, success rate per printer, a print-duration histogram and a weekday × hour heatmap.
 * Everything is computed by the server (summary, timeseries, breakdowns; the histogram is the `duration` one).
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";

import {
  DURATION_BINS,
  durationBinLabel,
  PERIODS,
  periodLabel,
  defaultBucket,
  heatmapFromBreakdown,
  histogramFromBreakdown,
  isPeriodId,
  periodScope,
  seriesData,
  topRows,
  type PeriodId,
} from "../analytics";
import { errorMessage, type PrintLoggerApi } from "../api";
import { barItems, colourBarItems } from "../bars";
import { define } from "../define";
import { formatCost, formatNumber, formatUnit, formatWeight, statusLabel, type FormatOptions } from "../format";
import { icon, mdiRefresh } from "../icons";
import { localize, type MessageKey } from "../localize";
import { baseStyles } from "../styles";
import {
  type Accuracy,
  type AnalyticsScope,
  type Breakdown,
  type Bucket,
  type LiveEvent,
  type Printer,
  type Summary,
  type Timeseries,
  type SpoolBreakdown,
} from "../types";
import { failureReasonText } from "../failure";
import "./pl-bars";
import { loadCosts, type CostData } from "./pl-cost-analysis";
import "./pl-chart";
import "./pl-heatmap";
import "./pl-kpis";
import { spoolBarItems } from "../spools";
import "./pl-accuracy";
import { layerHeightBars, slicerBars } from "../slicing";

interface AnalyticsData {
  summary?: Summary;
  jobs?: Timeseries;
  hours?: Timeseries;
  filamentType?: Breakdown;
  filamentColour?: Breakdown;
  printer?: Breakdown;
  status?: Breakdown;
  failureReason?: Breakdown;
  histogram?: number[];
  heatmap?: number[][];
  bySpool?: SpoolBreakdown;
  byVendor?: SpoolBreakdown;
  byMaterial?: SpoolBreakdown;
  accuracy?: Accuracy;
  slicer?: Breakdown;
  layerHeight?: Breakdown;
  costs?: CostData;
}

/** A time chart's data: x (seconds) and y as uPlot wants them, and the bucket names for the data table. */
interface ChartSeries {
  xs: number[];
  ys: number[];
  labels: string[];
}

function chartSeries(t: Timeseries | undefined): ChartSeries {
  const points = t?.points ?? [];
  const [xs, ys] = seriesData(points);
  const labels = [...points].sort((a, b) => (a.bucket < b.bucket ? -1 : 1)).map((p) => p.bucket);
  return { xs, ys, labels };
}

const EMPTY_SERIES: ChartSeries = chartSeries(undefined);
const NO_VALUES: number[] = [];
const DURATION_XS = DURATION_BINS.map((_b, i) => i);

export class PlAnalyticsView extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  @property({ attribute: false }) options?: FormatOptions;
  @property({ attribute: false }) printers: Printer[] = [];
  @property({ type: Boolean }) dark = false;
  @property({ type: Boolean }) active = false;

  @state() private period: PeriodId = "30d";
  @state() private printer = "";
  @state() private bucket: Bucket = "day";
  @state() private data: AnalyticsData = {};
  @state() private loading = false;
  @state() private error = "";
  private token = 0;
  private stale = true;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  // Derived in willUpdate, only when their inputs change: pl-chart compares its data by reference and
  // redraws (a new uPlot) whenever it gets new arrays or a new formatter.
  private jobsSeries = EMPTY_SERIES;
  private hoursSeries = EMPTY_SERIES;
  private formatInt: (v: number) => string = String;
  private formatHours: (v: number) => string = String;
  private measureJobs: (v: number) => string = String;
  private measureHours: (v: number) => string = String;

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .selectors {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: end;
        margin-bottom: 16px;
      }
      .selectors label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        font-size: 0.85em;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
        gap: 16px;
        margin-top: 16px;
      }
      .panel {
        padding: 12px 16px 16px;
        min-width: 0;
      }
      .panel.full {
        grid-column: 1 / -1;
      }
      h2 {
        margin: 0 0 12px;
        font-size: 1rem;
        font-weight: 500;
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("data")) {
      const old = changed.get("data") as AnalyticsData | undefined;
      if (!old || old.jobs !== this.data.jobs) this.jobsSeries = chartSeries(this.data.jobs);
      if (!old || old.hours !== this.data.hours) this.hoursSeries = chartSeries(this.data.hours);
    }
    if (changed.has("options")) {
      const opts = this.options;
      if (opts) {
        this.formatInt = (v) => formatNumber(v, opts);
        this.formatHours = (v) => formatNumber(v, opts, 1);
        this.measureJobs = (v) => localize("common.n_jobs", { count: v, n: formatNumber(v, opts) });
        this.measureHours = (v) => formatUnit(v, "hours", opts, 1);
      }
    }
    if (changed.has("api")) this.stale = true;
    if (this.active && this.stale && this.api) {
      this.stale = false;
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refreshTimer);
  }

  /** Live changes: reload (debounced) if the view is shown, else on the next show. */
  handleLiveEvent(event: LiveEvent): void {
    if (event.type === "printer") return;
    if (event.type === "job_changed" && event.job.status === "in_progress") return;
    if (!this.active) {
      this.stale = true;
      return;
    }
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.load(), 3000);
  }

  private scope(): AnalyticsScope {
    return periodScope(this.period, this.printer ? [this.printer] : [], new Date(), this.options?.timeZone);
  }

  async load(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const token = ++this.token;
    const scope = this.scope();
    const bucket = this.bucket;
    this.loading = true;
    this.error = "";
    const current = (): boolean => token === this.token;
    const put = (patch: Partial<AnalyticsData>): void => {
      if (current()) this.data = { ...this.data, ...patch };
    };
    const tasks: Promise<unknown>[] = [
      api.summary(scope).then((summary) => put({ summary })),
      api.timeseries(scope, bucket, "jobs").then((jobs) => put({ jobs })),
      api.timeseries(scope, bucket, "hours").then((hours) => put({ hours })),
      api.breakdown(scope, "filament_type").then((filamentType) => put({ filamentType })),
      api.breakdown(scope, "filament_colour").then((filamentColour) => put({ filamentColour })),
      api.breakdown(scope, "printer").then((printer) => put({ printer })),
      api.breakdown(scope, "status").then((status) => put({ status })),
      api.accuracy(scope).then((accuracy) => put({ accuracy })),
      api.breakdown(scope, "slicer").then((slicer) => put({ slicer })),
      api.breakdown(scope, "layer_height").then((layerHeight) => put({ layerHeight })),
      api.breakdown(scope, "failure_reason").then((failureReason) => put({ failureReason })),
      this.histogram(api, scope).then((histogram) => put({ histogram })),
      api.breakdown(scope, "weekday_hour").then((b) => put({ heatmap: heatmapFromBreakdown(b.rows) })),
      api.spoolBreakdown(scope, "spool").then((bySpool) => put({ bySpool })),
      api.spoolBreakdown(scope, "vendor").then((byVendor) => put({ byVendor })),
      api.spoolBreakdown(scope, "material").then((byMaterial) => put({ byMaterial })),
      loadCosts(api, scope, (patch) => put({ costs: { ...this.data.costs, ...patch } })),
    ];
    const results = await Promise.allSettled(tasks);
    if (!current()) return;
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) this.error = errorMessage(failed.reason);
    this.loading = false;
  }

  /** Jobs per print-duration bin: the server's `duration` breakdown (keyed by each bin's lower bound). */
  private async histogram(api: PrintLoggerApi, scope: AnalyticsScope): Promise<number[]> {
    return histogramFromBreakdown((await api.breakdown(scope, "duration")).rows);
  }

  private binLabelsFor?: FormatOptions;
  private binLabelsCache: string[] = [];

  /** The duration bins' labels in the user's language (the same array while the options are the same). */
  private binLabels(opts: FormatOptions): string[] {
    if (this.binLabelsFor !== opts) {
      this.binLabelsFor = opts;
      this.binLabelsCache = DURATION_BINS.map((bin) => durationBinLabel(bin, opts));
    }
    return this.binLabelsCache;
  }

  private change(field: "period" | "printer" | "bucket", value: string): void {
    if (field === "period" && isPeriodId(value)) {
      this.period = value;
      this.bucket = defaultBucket(value);
    } else if (field === "printer") {
      this.printer = value;
    } else if (field === "bucket" && (value === "day" || value === "week" || value === "month" || value === "year")) {
      this.bucket = value;
    }
    void this.load();
  }

  override render() {
    const opts = this.options;
    if (!opts) return nothing;
    const d = this.data;
    const jobsSeries = this.jobsSeries;
    const hoursSeries = this.hoursSeries;
    const int = this.formatInt;
    const hrs = this.formatHours;
    // The server uses a coarser bucket when an open-ended period ("All time") spans too many.
    const shown: Bucket = d.jobs?.bucket ?? this.bucket;
    return html`
      <div class="selectors" role="group" aria-label=${localize("analytics.selection")}>
        <label
          >${localize("analytics.period")}
          <select name="period" @change=${(e: Event) => this.change("period", (e.target as HTMLSelectElement).value)}>
            ${PERIODS.map((p) => html`<option value=${p.id} ?selected=${p.id === this.period}>${periodLabel(p.id)}</option>`)}
          </select>
        </label>
        <label
          >${localize("common.printer")}
          <select name="printer" @change=${(e: Event) => this.change("printer", (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.printer}>${localize("common.all_printers")}</option>
            ${this.printers.map((p) => html`<option value=${p.id} ?selected=${p.id === this.printer}>${p.name}</option>`)}
          </select>
        </label>
        <label
          >${localize("analytics.group_by")}
          <select name="bucket" @change=${(e: Event) => this.change("bucket", (e.target as HTMLSelectElement).value)}>
            ${(["day", "week", "month", "year"] as const).map(
              (b) => html`<option value=${b} ?selected=${b === this.bucket}>${localize(`bucket.${b}` as MessageKey)}</option>`,
            )}
          </select>
        </label>
        <button class="btn" @click=${() => this.load()} ?disabled=${this.loading}>${icon(mdiRefresh)} ${localize("common.refresh")}</button>
      </div>
      ${this.error
        ? html`<div class="error-banner" role="alert">
            <span>${localize("analytics.load_error", { error: this.error })}</span>
          </div>`
        : nothing}
      ${shown !== this.bucket
        ? html`<p class="bucket-note" role="status">
            ${localize("analytics.bucket_note", {
              shown: localize(`bucket_per.${shown}` as MessageKey),
              bucket: localize(`bucket_many.${this.bucket}` as MessageKey),
            })}
          </p>`
        : nothing}
      <pl-kpis .summary=${d.summary} .options=${opts} .loading=${this.loading}></pl-kpis>
      <div class="grid" aria-busy=${this.loading ? "true" : "false"}>
        <section class="panel card" data-chart="jobs">
          <h2>${localize(`analytics.jobs_per.${shown}` as MessageKey)}</h2>
          <pl-chart
            label=${localize(`analytics.jobs_per.${shown}` as MessageKey)}
            unit=${localize("analytics.unit_jobs")}
            .xs=${jobsSeries.xs}
            .ys=${jobsSeries.ys}
            .labels=${jobsSeries.labels}
            .bucket=${shown}
            .locale=${opts.dateLocale}
            .formatValue=${int}
            .formatMeasure=${this.measureJobs}
            .minStep=${1}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="hours">
          <h2>${localize(`analytics.hours_per.${shown}` as MessageKey)}</h2>
          <pl-chart
            label=${localize(`analytics.hours_per.${shown}` as MessageKey)}
            unit=${localize("analytics.unit_hours")}
            .xs=${hoursSeries.xs}
            .ys=${hoursSeries.ys}
            .labels=${hoursSeries.labels}
            .bucket=${shown}
            .locale=${opts.dateLocale}
            .formatValue=${hrs}
            .formatMeasure=${this.measureHours}
            .minStep=${0.1}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="filament_type">
          <h2>${localize("analytics.filament_type")}</h2>
          <pl-bars
            label=${localize("analytics.filament_type_label")}
            .items=${barItems(topRows(d.filamentType?.rows ?? [], "filament_g", 10), "filament_g", opts)}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="filament_colour">
          <h2>${localize("analytics.filament_colour")}</h2>
          <pl-bars
            label=${localize("analytics.filament_colour_label")}
            .items=${colourBarItems(topRows(d.filamentColour?.rows ?? [], "filament_g", 12), opts, d.bySpool?.rows ?? [])}
          ></pl-bars>
        </section>
        ${d.bySpool?.rows.length
          ? html`<section class="panel card" data-chart="spool">
                <h2>${localize("analytics.by_spool")}</h2>
                <p class="muted">
                  ${localize("analytics.spool_totals", {
                    grams: formatWeight(d.bySpool.totals.filament_g, opts, 0),
                    cost: formatCost(d.bySpool.totals.cost, opts),
                  })}
                </p>
                <pl-bars
                  label=${localize("analytics.by_spool")}
                  .items=${spoolBarItems(d.bySpool.rows.slice(0, 12), opts, true)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="vendor">
                <h2>${localize("analytics.by_vendor")}</h2>
                <pl-bars
                  label=${localize("analytics.by_vendor")}
                  .items=${spoolBarItems((d.byVendor?.rows ?? []).slice(0, 12), opts, false)}
                ></pl-bars>
              </section>
              <section class="panel card" data-chart="material">
                <h2>${localize("analytics.by_material")}</h2>
                <pl-bars
                  label=${localize("analytics.by_material")}
                  .items=${spoolBarItems((d.byMaterial?.rows ?? []).slice(0, 12), opts, false)}
                ></pl-bars>
              </section>`
          : nothing}
        <section class="panel card" data-chart="printer">
          <h2>${localize("analytics.success_printer")}</h2>
          <pl-bars label=${localize("analytics.success_printer")} .max=${100} .items=${barItems(d.printer?.rows ?? [], "success_rate", opts)}></pl-bars>
        </section>
        <section class="panel card" data-chart="status">
          <h2>${localize("analytics.outcome")}</h2>
          <pl-bars
            label=${localize("analytics.outcome")}
            .items=${barItems(
              (d.status?.rows ?? []).map((r) => ({ ...r, label: statusLabel(String(r.key ?? r.label ?? "")) })),
              "jobs",
              opts,
            )}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="failure_reason">
          <h2>${localize("analytics.failure_reason")}</h2>
          <pl-bars
            label=${localize("analytics.failure_reason")}
            .items=${barItems(
              (d.failureReason?.rows ?? []).map((r) => ({
                ...r,
                label: r.key === null ? localize("failure.unknown") : failureReasonText(String(r.key)),
              })),
              "jobs",
              opts,
            )}
          ></pl-bars>
        </section>
        <section class="panel card" data-chart="duration">
          <h2>${localize("analytics.duration")}</h2>
          <pl-chart
            kind="category"
            label=${localize("analytics.duration_label")}
            unit=${localize("analytics.unit_jobs")}
            .xs=${DURATION_XS}
            .ys=${d.histogram ?? NO_VALUES}
            .labels=${this.binLabels(opts)}
            .formatValue=${int}
            .formatMeasure=${this.measureJobs}
            .minStep=${1}
            .dark=${this.dark}
          ></pl-chart>
        </section>
        <section class="panel card" data-chart="slicer">
          <h2>${localize("analytics.by_slicer")}</h2>
          <pl-bars label=${localize("analytics.by_slicer")} .items=${slicerBars(d.slicer?.rows ?? [], opts)}></pl-bars>
        </section>
        <section class="panel card" data-chart="layer_height">
          <h2>${localize("analytics.by_layer_height")}</h2>
          <pl-bars label=${localize("analytics.by_layer_height")} .items=${layerHeightBars(d.layerHeight?.rows ?? [], opts)}></pl-bars>
        </section>
        <section class="panel card full" data-chart="accuracy">
          <h2>${localize("analytics.accuracy")}</h2>
          <pl-accuracy .report=${d.accuracy} .options=${opts}></pl-accuracy>
        </section>
        <section class="panel card" data-chart="heatmap">
          <h2>${localize("analytics.heatmap")}</h2>
          <pl-heatmap
            .matrix=${d.heatmap ?? []}
            .firstWeekday=${opts.firstWeekday}
            .locale=${opts.dateLocale}
            .hour12=${opts.hour12}
          ></pl-heatmap>
        </section>
        <pl-cost-analysis class="panel card full" data-chart="costs" .data=${d.costs ?? {}} .options=${opts}></pl-cost-analysis>
      </div>
    `;
  }
}

define("pl-analytics-view", PlAnalyticsView);

declare global {
  interface HTMLElementTagNameMap {
    "pl-analytics-view": PlAnalyticsView;
  }
}
