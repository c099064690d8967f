/**
 * The Lovelace card `custom:print-logger-card` (loaded by `card.ts` once Home Assistant's app is defined):
 * current job(s), recent jobs and key figures, updated live;
 * with a visual editor (`print-logger-card-editor`). Loaded on every dashboard by the integration.
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";

import { PERIODS, periodLabel, periodScope, type PeriodId } from "./analytics";
import { LiveSubscription, PrintLoggerApi, callEarly, errorMessage } from "./api";
import { firstLoadCalls } from "./first-load";
import {
  DEFAULT_CONFIG,
  configFromForm,
  editorData,
  editorSchema,
  tileRows,
  tilesThatFit,
  validateConfig,
  type CardConfig,
  type FormField,
} from "./card-config";
import { PANEL_PATH, define, fire, onPanelPage } from "./define";
import {
  cssColour,
  fileName,
  formatDateTime,
  formatDuration,
  formatFilament,
  formatOptions,
  formatWeight,
  safeText,
  type FormatOptions,
} from "./format";
import { kpis } from "./kpis";
import { icon, mdiPrinter3d } from "./icons";
import "./components/pl-reprint-dialog";
import "./components/pl-photo-thumb";
import { thumbKey } from "./thumbs";
import { currentLanguage, localize, messageIn, setLanguage, type MessageKey } from "./localize";
import { applyPrinterEvent, jobStatusChip, printerStateLabel, remaining } from "./printers";
import { progressBar, progressPercent, progressStyles } from "./progress";
import { spoolStyles } from "./spools";
import { baseStyles } from "./styles";
import type { HomeAssistant, Job, JobPage, LiveEvent, Printer, Summary } from "./types";

/** The card's padding left and right (px; `ha-card` and the fallback card). */
const CARD_PADDING = 16;
/** The narrowest a key figure's tile gets (px): "1,234.5 h" at its size fits. */
const TILE_MIN_WIDTH = 84;

/** The card's shorter labels of some key figures (the others as the panel's tiles). */
const CARD_LABELS: Record<string, MessageKey> = { success_rate: "card.success" };

/** Open a job in the panel's detail: Home Assistant's own navigation (history and `location-changed`). */
export function openInPanel(jobId: string): void {
  window.history.pushState(null, "", `${PANEL_PATH}?job=${encodeURIComponent(jobId)}`);
  fire(window, "location-changed", { replace: false });
}

/** Load the texts of the user's language; true when the shown language changed. */
async function useLanguage(hass: HomeAssistant): Promise<boolean> {
  const options = formatOptions(hass);
  if (options.language === currentLanguage()) return false;
  await setLanguage(options.language, options.numberLocale);
  return true;
}

export class PrintLoggerCard extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @state() private config?: CardConfig;
  @state() private printers: Printer[] = [];
  @state() private recent: Job[] = [];
  /** The recent job offered to print again (the card's `show_reprint`, administrators only). */
  @state() private reprintJob?: Job;
  @state() private summary?: Summary;
  @state() private error = "";
  @state() private loaded = false;
  @state() private language = "";
  /** The width of the card's content (the key figures' tiles are laid out for it). */
  @state() private contentWidth = 0;
  private resizeObserver?: ResizeObserver;
  private printersLoaded = false;
  private api?: PrintLoggerApi;
  private connection?: unknown;
  private readonly live = new LiveSubscription();
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private options?: FormatOptions;

  static getConfigElement(): HTMLElement {
    return document.createElement("print-logger-card-editor");
  }

  static getStubConfig(): CardConfig {
    return { type: "custom:print-logger-card", title: localize("card.stub_title"), ...DEFAULT_CONFIG };
  }

  setConfig(config: unknown): void {
    // Lovelace configures the card before it gives it `hass`: the errors in the page's language, whose
    // texts this module starts loading as it is imported (the card picker's description below).
    const next = validateConfig(config, this.hass ? formatOptions(this.hass).language : document.documentElement.lang);
    const old = this.config;
    this.config = next;
    if (
      old &&
      (old.printer_id !== next.printer_id ||
        old.recent_count !== next.recent_count ||
        old.stats_period !== next.stats_period)
    ) {
      void this.load();
    }
  }

  getCardSize(): number {
    const c = { ...DEFAULT_CONFIG, ...this.config };
    return 1 + (c.show_current ? 2 : 0) + (c.show_recent ? Math.ceil(c.recent_count / 2) + 1 : 0) + (c.show_stats ? 2 : 0);
  }

  getGridOptions(): Record<string, number> {
    return { columns: 12, min_columns: 6, rows: Math.max(this.getCardSize(), 3), min_rows: 2 };
  }

  static override styles = [
    baseStyles,
    progressStyles,
    spoolStyles,
    css`
      :host {
        display: block;
      }
      ha-card,
      .fallback-card {
        display: block;
        padding: 0 16px 16px;
        height: 100%;
        overflow: hidden;
      }
      .title {
        font-size: 1.2em;
        padding: 16px 0 8px;
        margin: 0;
        font-weight: 400;
      }
      h3 {
        font-size: 0.9em;
        font-weight: 500;
        color: var(--pl-muted);
        margin: 12px 0 6px;
      }
      .current {
        display: flex;
        flex-direction: column;
        gap: 10px;
      }
      .printer {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .printer .row {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        font-size: 0.9em;
      }
      .printer .name {
        font-weight: 500;
      }
      .file {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .job-line {
        display: flex;
        align-items: center;
        gap: 10px;
        min-width: 0;
      }
      .job-line .text {
        flex: 1;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      pl-photo-thumb {
        --pl-thumb-width: 48px;
        --pl-thumb-height: 36px;
      }
      button.open {
        border: none;
        background: none;
        padding: 0;
        font: inherit;
        color: var(--primary-color);
        cursor: pointer;
        text-align: left;
        min-width: 0;
      }
      button.open:hover {
        text-decoration: underline;
      }
      ul.recent li {
        display: grid;
        grid-template-columns: auto 1fr auto;
        align-items: center;
        gap: 2px 8px;
        padding: 6px 0;
        border-bottom: var(--pl-border);
        font-size: 0.9em;
      }
      ul.recent li:last-child {
        border-bottom: none;
      }
      ul.recent .file {
        min-width: 0;
      }
      ul.recent pl-photo-thumb {
        grid-row: span 2;
      }
      ul.recent .reprint {
        grid-column: 3;
        grid-row: 2;
        justify-self: end;
      }
      ul.recent .when {
        grid-column: 2;
        font-size: 0.85em;
        color: var(--pl-muted);
      }
      /* Rows of evenly spread tiles (tileRows): 5 → 3 + 2, never one alone on a row. */
      .stats {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .stat {
        display: flex;
        flex-direction: column;
        flex: 0 0 calc((100% - (var(--pl-row-tiles, 1) - 1) * 8px) / var(--pl-row-tiles, 1));
        min-width: 0;
      }
      .stat .v {
        font-size: 1.25em;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .stat .l {
        font-size: 0.8em;
        color: var(--pl-muted);
      }
      .error {
        color: var(--pl-error);
        padding: 8px 0;
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("hass") && this.hass) {
      const language = formatOptions(this.hass).language;
      if (language === currentLanguage()) this.language = language;
      else void useLanguage(this.hass).then(() => (this.language = language));
      if (this.hass.connection !== this.connection) {
        this.connection = this.hass.connection;
        this.api = new PrintLoggerApi(this.hass);
        this.options = formatOptions(this.hass);
        this.resubscribe();
        void this.load();
      } else {
        const old = changed.get("hass") as HomeAssistant | undefined;
        if (old && old.locale !== this.hass.locale) this.options = formatOptions(this.hass);
      }
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== "undefined") {
      this.resizeObserver ??= new ResizeObserver((entries) => {
        // The content box of ha-card / the fallback: the host's width less their padding.
        const width = Math.round((entries[0]?.contentRect.width ?? 0) - 2 * CARD_PADDING);
        if (width > 0 && width !== this.contentWidth) this.contentWidth = width;
      });
      this.resizeObserver.observe(this);
    }
    if (this.api && !this.live.active) {
      this.resubscribe();
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refreshTimer);
    this.live.stop();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  private resubscribe(): void {
    this.live.stop();
    if (!this.api || !this.isConnected) return;
    this.live.start(this.api, (e) => this.onLiveEvent(e));
  }

  /** The recent jobs and the key figures of the configuration. */
  private fetchJobs(api: PrintLoggerApi, config: CardConfig): [Promise<JobPage>, Promise<Summary>] {
    const c = { ...DEFAULT_CONFIG, ...config };
    const printerIds = c.printer_id ? [c.printer_id] : [];
    return [
      api.listJobs({ printer_ids: printerIds, sort: "start", order: "desc", limit: c.recent_count }),
      api.summary(periodScope(c.stats_period, printerIds, new Date(), this.options?.timeZone)),
    ];
  }

  /** Everything shown: the printers, the recent jobs and the key figures (first show, reconnect, new config). */
  private async load(): Promise<void> {
    const api = this.api;
    const config = this.config;
    if (!api || !config) return;
    try {
      const [printers, recent, summary] = await Promise.all([api.listPrinters(), ...this.fetchJobs(api, config)]);
      this.printers = printers.printers;
      this.printersLoaded = true;
      this.recent = recent.jobs;
      this.summary = summary;
      this.error = "";
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.loaded = true;
    }
  }

  /**
   * After job events: only the recent jobs and the key figures, as `printer` events keep the printers
   * current (a full load while the printers never loaded).
   */
  private async refresh(): Promise<void> {
    const api = this.api;
    const config = this.config;
    if (!api || !config) return;
    if (!this.printersLoaded) return this.load();
    try {
      const [recent, summary] = await Promise.all(this.fetchJobs(api, config));
      this.recent = recent.jobs;
      this.summary = summary;
      this.error = "";
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  private onLiveEvent(event: LiveEvent): void {
    this.printers = applyPrinterEvent(this.printers, event);
    if (event.type === "printer") return;
    if (event.type === "job_changed") {
      const job = event.job;
      this.recent = this.recent.map((j) => (j.id === job.id ? job : j));
    }
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 2000);
  }

  override render() {
    if (!this.config || !this.language) return nothing;
    const c = { ...DEFAULT_CONFIG, ...this.config };
    const opts = this.options ?? formatOptions(this.hass);
    const printers = c.printer_id ? this.printers.filter((p) => p.id === c.printer_id) : this.printers;
    const body = html`
      ${c.title ? html`<h2 class="title">${c.title}</h2>` : html`<div style="height:12px"></div>`}
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
      ${!this.loaded ? html`<div class="muted">${localize("common.loading")}</div>` : nothing}
      ${this.loaded && c.show_current ? this.renderCurrent(printers, opts) : nothing}
      ${this.loaded && c.show_recent ? this.renderRecent(opts, c.show_reprint && !!this.hass?.user?.is_admin) : nothing}
      ${this.loaded && c.show_stats && this.summary ? this.renderStats(this.summary, opts, c.stats_period) : nothing}
    `;
    return customElements.get("ha-card")
      ? html`<ha-card>${body}</ha-card>`
      : html`<div class="fallback-card card">${body}</div>`;
  }

  private renderCurrent(printers: Printer[], opts: FormatOptions) {
    if (!printers.length) return html`<p class="muted">${localize("card.no_printers")}</p>`;
    return html`<section class="current" aria-label=${localize("card.current_jobs")}>
      ${printers.map((p) => {
        const job = p.current_job;
        const left = remaining(p);
        return html`<div class="printer" data-printer=${p.id}>
          <div class="row">
            <span class="name">${p.name}</span>
            <span class="muted">${printerStateLabel(p)}</span>
          </div>
          ${job
            ? html`<div class="job-line">
                <pl-photo-thumb .api=${this.api} .key=${thumbKey(job)}></pl-photo-thumb>
                <div class="text">
                  <div class="row">
                    <button class="open file" title=${localize("card.open_job", { file: safeText(job.filename) })} @click=${() => openInPanel(job.id)}>${fileName(job.filename)}</button>
                    <span>${progressPercent(job)} %</span>
                  </div>
                  ${progressBar(job)}
                  <div class="row muted">
                    <span>${localize("live.elapsed", { time: formatDuration(job.print_duration) })}</span>
                    <span>${left !== null ? localize("live.left", { time: formatDuration(left) }) : ""}</span>
                  </div>
                </div>
              </div>`
            : html`<div class="row muted"><span>${localize("live.no_job")}</span></div>`}
          ${p.active_spool
            ? html`<div class="row muted active-spool" data-spool-id=${p.active_spool.spool_id}>
                <span
                  ><span class="spool-dot" style=${activeSpoolDot(p.active_spool.color_hex)}></span>
                  ${localize("spools.spool")}: ${p.active_spool.name}</span
                >
                <span
                  >${p.active_spool.remaining_weight !== null
                    ? formatWeight(p.active_spool.remaining_weight, opts, 0)
                    : ""}</span
                >
              </div>`
            : nothing}
        </div>`;
      })}
    </section>`;
  }

  private renderRecent(opts: FormatOptions, reprint: boolean) {
    return html`<section aria-label=${localize("card.recent_jobs")}>
      <h3>${localize("card.recent_jobs")}</h3>
      ${this.recent.length
        ? html`<ul class="recent">
            ${this.recent.map(
              (j) => html`<li data-job-id=${j.id}>
                <pl-photo-thumb .api=${this.api} .key=${thumbKey(j)} @click=${() => openInPanel(j.id)}></pl-photo-thumb>
                <button class="open file" title=${localize("card.open_job", { file: safeText(j.filename) })} @click=${() => openInPanel(j.id)}>${fileName(j.filename)}</button>
                ${jobStatusChip(j, this.printers)}
                <span class="when"
                  >${j.printer_name} · ${formatDateTime(j.start, opts)} · ${formatDuration(j.print_duration)} ·
                  ${formatFilament(j.filament_weight_g, j.filament_used_mm, opts)}</span
                >
                ${reprint
                  ? html`<button class="icon-btn reprint" aria-label=${localize("reprint.action")} title=${localize("reprint.action")} @click=${() => (this.reprintJob = j)}>
                      ${icon(mdiPrinter3d)}
                    </button>`
                  : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${localize("card.no_jobs")}</p>`}
      ${reprint
        ? html`<pl-reprint-dialog
            .api=${this.api}
            .printers=${this.printers}
            .filename=${this.reprintJob?.filename ?? ""}
            .printerId=${this.reprintJob?.printer_id ?? ""}
            @reprint-closed=${() => (this.reprintJob = undefined)}
          ></pl-reprint-dialog>`
        : nothing}
    </section>`;
  }

  private renderStats(s: Summary, opts: FormatOptions, period: PeriodId) {
    const label = periodLabel(period);
    const tiles = kpis(s, opts).filter((k) => k.id !== "cost" || s.cost);
    // Each tile knows how many share its row (the rows' sizes for this width).
    const rows = tileRows(tiles.length, this.contentWidth ? tilesThatFit(this.contentWidth, TILE_MIN_WIDTH, 8) : tiles.length);
    const perTile = rows.flatMap((size) => new Array<number>(size).fill(size));
    return html`<section aria-label=${localize("card.key_figures_of", { period: label })}>
      <h3>${label}</h3>
      <div class="stats">
        ${tiles.map(
          (k, i) =>
            html`<div class="stat" data-stat=${k.id} style=${`--pl-row-tiles:${perTile[i] ?? 1}`}>
              <span class="v">${k.value}</span><span class="l">${CARD_LABELS[k.id] ? localize(CARD_LABELS[k.id]!) : k.label}</span>
            </div>`,
        )}
      </div>
    </section>`;
  }
}

/**
 * Home Assistant's `ha-form` (and its selectors), which Home Assistant loads lazily: already defined
 * where another editor used it, else loaded with a built-in card's editor (the entities card's, through
 * `loadCardHelpers`, as custom cards do). False outside Home Assistant (no card helpers) or when it
 * does not come within `timeout` ms.
 */
let haForm: Promise<boolean> | undefined;
export function loadHaForm(timeout = 10_000): Promise<boolean> {
  const now = haFormNow();
  if (now !== undefined) return Promise.resolve(now);
  const helpers = cardHelpers()!;
  haForm ??= (async () => {
    try {
      const card = await (await helpers()).createCardElement({ type: "entities", entities: [] });
      await (card.constructor as { getConfigElement?: () => Promise<unknown> }).getConfigElement?.();
    } catch (err) {
      console.warn("print_logger: Home Assistant's card helpers failed:", err);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const defined = await Promise.race([
      customElements.whenDefined("ha-form").then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeout))),
    ]);
    clearTimeout(timer);
    if (!defined) haForm = undefined; // tried again when the editor opens next
    return defined;
  })();
  return haForm;
}

/** Whether `ha-form` is there (true), cannot come (false: no Home Assistant) or must be loaded (undefined). */
function haFormNow(): boolean | undefined {
  if (customElements.get("ha-form")) return true;
  return cardHelpers() ? undefined : false;
}

function cardHelpers(): (() => Promise<CardHelpers>) | undefined {
  return (window as unknown as { loadCardHelpers?: () => Promise<CardHelpers> }).loadCardHelpers;
}

interface CardHelpers {
  createCardElement(config: Record<string, unknown>): Promise<HTMLElement> | HTMLElement;
}

/** The label of each of the editor's fields. */
const EDITOR_LABELS: Record<string, MessageKey> = {
  title: "card.title",
  printer_id: "common.printer",
  show_current: "card.show_current",
  show_recent: "card.show_recent",
  recent_count: "card.recent_count",
  show_reprint: "card.show_reprint",
  show_stats: "card.show_stats",
  stats_period: "card.stats_period",
};

/**
 * The card's visual editor: Home Assistant's `ha-form` with selectors (text, select, boolean, number);
 * plain form controls where there is no Home Assistant (the component tests' page). Fires
 * `config-changed` as Lovelace expects, keeping keys it does not know (a dashboard's `grid_options`).
 */
export class PrintLoggerCardEditor extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @state() private config?: CardConfig;
  @state() private printers: Printer[] = [];
  @state() private language = "";
  /** Whether `ha-form` is there: undefined while it loads. */
  @state() private form?: boolean;
  /** The configuration as Lovelace gave it (keys the card does not know included). */
  private raw: Record<string, unknown> = {};
  private connection?: unknown;

  static override styles = [
    baseStyles,
    css`
      form {
        display: grid;
        gap: 12px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      label.check {
        flex-direction: row;
        align-items: center;
        gap: 8px;
      }
      input[type="checkbox"] {
        min-height: auto;
        width: 18px;
        height: 18px;
      }
    `,
  ];

  setConfig(config: unknown): void {
    this.config = validateConfig(config, this.hass ? formatOptions(this.hass).language : document.documentElement.lang);
    this.raw = { ...(config as Record<string, unknown>) };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.form === undefined) {
      this.form = haFormNow();
      if (this.form === undefined) void loadHaForm().then((ok) => (this.form = ok));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("hass") && this.hass) {
      const language = formatOptions(this.hass).language;
      if (language === currentLanguage()) this.language = language;
      else void useLanguage(this.hass).then(() => (this.language = language));
    }
    if (changed.has("hass") && this.hass && this.hass.connection !== this.connection) {
      this.connection = this.hass.connection;
      new PrintLoggerApi(this.hass)
        .listPrinters()
        .then((r) => (this.printers = r.printers))
        .catch(() => undefined);
    }
  }

  /** Apply the form's data (the whole form, or one field of the plain form). */
  private apply(value: Record<string, unknown>): void {
    if (!this.config) return;
    let next: Record<string, unknown>;
    try {
      next = configFromForm(this.raw, value);
    } catch {
      return; // the fields are bounded; a value still out of bounds is not applied
    }
    this.raw = next;
    this.config = validateConfig(next);
    fire(this, "config-changed", { config: next });
  }

  private readonly computeLabel = (field: FormField): string => {
    const key = EDITOR_LABELS[field.name];
    return key ? localize(key) : field.name;
  };

  override render() {
    if (!this.config || !this.language || this.form === undefined) return nothing;
    if (!this.form) return this.renderPlain();
    return html`<ha-form
      .hass=${this.hass}
      .data=${editorData(this.config)}
      .schema=${editorSchema(this.config, this.printers, localize("common.all_printers"), periodLabel)}
      .computeLabel=${this.computeLabel}
      @value-changed=${(e: CustomEvent<{ value: Record<string, unknown> }>) => {
        e.stopPropagation();
        this.apply(e.detail.value);
      }}
    ></ha-form>`;
  }

  /** Plain form controls, where Home Assistant's `ha-form` is not available. */
  private renderPlain() {
    const c = { ...DEFAULT_CONFIG, ...this.config };
    const set = (key: keyof CardConfig, value: unknown): void => this.apply({ [key]: value });
    const check = (key: "show_current" | "show_recent" | "show_stats" | "show_reprint", label: string) =>
      html`<label class="check"
        ><input type="checkbox" name=${key} .checked=${c[key]} @change=${(e: Event) => set(key, (e.target as HTMLInputElement).checked)} />${label}</label
      >`;
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
      <label
        >${localize("card.title")}
        <input name="title" .value=${c.title ?? ""} @change=${(e: Event) => set("title", (e.target as HTMLInputElement).value)} />
      </label>
      <label
        >${localize("common.printer")}
        <select name="printer_id" @change=${(e: Event) => set("printer_id", (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!c.printer_id}>${localize("common.all_printers")}</option>
          ${this.printers.map((p) => html`<option value=${p.id} ?selected=${p.id === c.printer_id}>${p.name}</option>`)}
        </select>
      </label>
      ${check("show_current", localize("card.show_current"))} ${check("show_recent", localize("card.show_recent"))}
      <label
        >${localize("card.recent_count")}
        <input
          name="recent_count"
          type="number"
          min="1"
          max="20"
          .value=${String(c.recent_count)}
          @change=${(e: Event) => set("recent_count", (e.target as HTMLInputElement).value)}
        />
      </label>
      ${check("show_reprint", localize("card.show_reprint"))} ${check("show_stats", localize("card.show_stats"))}
      <label
        >${localize("card.stats_period")}
        <select name="stats_period" @change=${(e: Event) => set("stats_period", (e.target as HTMLSelectElement).value)}>
          ${PERIODS.map((p) => html`<option value=${p.id} ?selected=${p.id === c.stats_period}>${periodLabel(p.id)}</option>`)}
        </select>
      </label>
    </form>`;
  }
}

define("print-logger-card", PrintLoggerCard);
define("print-logger-card-editor", PrintLoggerCardEditor);

interface CustomCardEntry {
  type: string;
  name: string;
  description: string;
  preview?: boolean;
  documentationURL?: string;
}

declare global {
  interface Window {
    customCards?: CustomCardEntry[];
  }
  interface HTMLElementTagNameMap {
    "print-logger-card": PrintLoggerCard;
    "print-logger-card-editor": PrintLoggerCardEditor;
  }
}

window.customCards ??= [];
if (!window.customCards.some((c) => c.type === "print-logger-card")) {
  const entry: CustomCardEntry = {
    type: "print-logger-card",
    name: "Print Logger",
    description: localize("card.description"),
    preview: true,
    documentationURL: "https://github.com/print-logger/print_logger",
  };
  window.customCards.push(entry);
  // The card picker's description in the page's language: Home Assistant keeps <html lang> set to the
  // user's language (and changes it when the profile's language changes).
  const html = document.documentElement;
  const follow = (): void => {
    const lang = html.lang;
    void messageIn(lang, "card.description").then((text) => {
      if (html.lang === lang) entry.description = text;
    });
  };
  follow();
  new MutationObserver(follow).observe(html, { attributes: true, attributeFilter: ["lang"] });
}

/** The style of the active spool's colour dot. */
function activeSpoolDot(colour: string | null): string {
  const css = cssColour(colour);
  return css ? `background:${css}` : "";
}

/**
 * On the panel's page (a bookmark, a reload, the card's link): ask for the panel's first data over Home
 * Assistant's connection now, while its app starts; the panel's first identical calls take the answers
 * (`callEarly`). The entry module (`card.ts`) has already asked the browser to fetch the panel's module.
 */
if (onPanelPage()) callEarly(firstLoadCalls());
