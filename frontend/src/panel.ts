/**
 * The "Print Log" sidebar panel: `<print-logger-panel>`, given `hass`, `narrow` and `panel` by Home
 * Assistant like any custom panel. A live strip of the printers, then two views: the job list and
 * analytics and maintenance. Everyone can read; edit controls are only shown to admins (the API enforces it anyway).
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { keyed } from "lit/directives/keyed.js";

import { LiveSubscription, PrintLoggerApi, errorMessage } from "./api";
import type { PlAnalyticsView } from "./components/pl-analytics-view";
import { loadDetail, type PlJobsView } from "./components/pl-jobs-view";
import type { PlFilesView } from "./components/pl-files-view";
import "./components/pl-live-strip";
import { define, fire } from "./define";
import { formatOptions, type FormatOptions } from "./format";
import { icon, mdiChartBar, mdiFileDocumentMultiple, mdiMenu, mdiTable, mdiWrench } from "./icons";
import { currentLanguage, localize, setLanguage } from "./localize";
import { applyPrinterEvent } from "./printers";
import { baseStyles } from "./styles";
import type { HomeAssistant, LiveEvent, PanelInfo, Printer } from "./types";

type View = "jobs" | "files" | "analytics" | "maintenance";
const VIEWS: readonly View[] = ["jobs", "files", "analytics", "maintenance"];

/**
 * The views not shown first, and the reprint dialog: chunks of their own, loaded when the view is chosen
 * or once the job list has rendered (off the first render's path; uPlot comes with the analytics).
 */
const LATER: Record<Exclude<View, "jobs"> | "reprint", () => Promise<unknown>> = {
  files: () => import("./components/pl-files-view"),
  analytics: () => import("./components/pl-analytics-view"),
  maintenance: () => import("./components/pl-maintenance-view"),
  reprint: () => import("./components/pl-reprint-dialog"),
};
const loading = new Map<string, Promise<unknown>>();

/** Load a later part (once); resolves when its elements are defined. */
function loadLater(part: keyof typeof LATER): Promise<unknown> {
  let pending = loading.get(part);
  if (!pending) {
    pending = LATER[part]().catch((err: unknown) => {
      loading.delete(part); // tried again on the next choice
      throw err;
    });
    loading.set(part, pending);
  }
  return pending;
}

/** The element if its module is loaded (an element not yet defined has none of its methods). */
function defined<T extends Element>(el: T | null): T | undefined {
  return el && customElements.get(el.localName) ? el : undefined;
}

/** The sidebar title the integration registers (panel.py's PANEL_TITLE): shown in the user's language. */
const REGISTERED_TITLE = "Print Log";

export class PrintLoggerPanel extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) panel?: PanelInfo;
  /** Set by Home Assistant on custom panels at each navigation: a `?job=` opens that job (the card's rows). */
  set route(value: unknown) {
    this.routeValue = value;
    this.jobFromUrl();
  }
  get route(): unknown {
    return this.routeValue;
  }
  private routeValue?: unknown;
  /** The job to open once the job list is there (`/print-log?job=<id>`). */
  private pendingJob = "";

  @state() private view: View = "jobs";
  @state() private printers: Printer[] = [];
  @state() private printersError = "";
  @state() private api?: PrintLoggerApi;
  @state() private options?: FormatOptions;
  /** The file the reprint dialog offers to print again (empty: closed), and its printer. */
  @state() private reprint = { filename: "", printerId: "" };
  /** The language whose texts are loaded (the views render once they are). */
  @state() private language?: string;

  private connection?: unknown;
  private readonly live = new LiveSubscription();

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--primary-background-color, #fafafa);
      }
      header {
        position: sticky;
        top: 0;
        z-index: 4;
        display: flex;
        align-items: center;
        gap: 4px;
        height: var(--header-height, 56px);
        padding: 0 12px;
        background: var(--app-header-background-color, var(--primary-color, #03a9f4));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-bottom: var(--app-header-border-bottom, none);
      }
      h1 {
        margin: 0 12px 0 4px;
        font-size: 20px;
        font-weight: 400;
        flex: 1;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      [role="tablist"] {
        display: flex;
        gap: 4px;
        height: 100%;
      }
      [role="tab"] {
        border: none;
        background: none;
        color: inherit;
        cursor: pointer;
        padding: 0 14px;
        height: 100%;
        display: inline-flex;
        align-items: center;
        gap: 6px;
        border-bottom: 2px solid transparent;
        opacity: 0.8;
        font-size: 14px;
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
      [role="tab"][aria-selected="true"] {
        border-bottom-color: currentColor;
        opacity: 1;
      }
      [role="tab"]:focus-visible {
        outline-color: currentColor;
        outline-offset: -4px;
      }
      main {
        padding: 16px;
        max-width: 1600px;
        margin: 0 auto;
      }
      :host([narrow]) main {
        padding: 8px;
      }
      :host([narrow]) [role="tab"] .label {
        display: none;
      }
      pl-live-strip {
        margin-bottom: 16px;
      }
      .error-banner {
        margin-bottom: 12px;
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("hass") && this.hass) {
      const conn = this.hass.connection;
      if (conn !== this.connection) {
        this.connection = conn;
        this.api = new PrintLoggerApi(this.hass);
        this.resubscribe();
        void this.loadPrinters();
      }
      const old = changed.get("hass") as HomeAssistant | undefined;
      if (!this.options || !old || old.locale !== this.hass.locale || old.config !== this.hass.config) {
        const options = formatOptions(this.hass);
        if (options.language === this.language) this.options = options;
        else if (options.language === currentLanguage()) {
          // The texts are loaded (English, or by the card): no wait.
          this.options = options;
          this.language = options.language;
        } else void this.switchLanguage(options);
      }
    }
  }

  /** Load the texts of the user's language, then show everything in it. */
  private async switchLanguage(options: FormatOptions): Promise<void> {
    const language = await setLanguage(options.language, options.numberLocale);
    // A newer profile change may have won the race.
    if (this.hass && formatOptions(this.hass).language !== options.language) return;
    this.options = { ...options, language };
    this.language = options.language;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api && !this.live.active) this.resubscribe();
    this.jobFromUrl();
  }

  /** Take the job to open from the address (`?job=`), and drop it from the address. */
  private jobFromUrl(): void {
    const params = new URLSearchParams(window.location.search);
    const id = params.get("job");
    if (!id) return;
    params.delete("job");
    const rest = params.toString();
    window.history.replaceState(window.history.state, "", window.location.pathname + (rest ? `?${rest}` : ""));
    this.pendingJob = id;
    void this.select("jobs");
    this.requestUpdate();
  }

  protected override updated(): void {
    const jobs = this.pendingJob ? this.renderRoot.querySelector<PlJobsView>("pl-jobs-view") : null;
    if (jobs) {
      jobs.showJob(this.pendingJob);
      this.pendingJob = "";
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.live.stop();
  }

  private resubscribe(): void {
    this.live.stop();
    const api = this.api;
    if (!api || !this.isConnected) return;
    this.live.start(
      api,
      (event) => this.onLiveEvent(event),
      (err) => console.warn("print_logger: live updates unavailable:", errorMessage(err)),
    );
  }

  private async loadPrinters(): Promise<void> {
    if (!this.api) return;
    try {
      const res = await this.api.listPrinters();
      this.printers = res.printers;
      this.printersError = "";
    } catch (err) {
      this.printersError = errorMessage(err);
    }
  }

  private onLiveEvent(event: LiveEvent): void {
    this.printers = applyPrinterEvent(this.printers, event);
    this.renderRoot.querySelector<PlJobsView>("pl-jobs-view")?.handleLiveEvent(event);
    defined(this.renderRoot.querySelector<PlAnalyticsView>("pl-analytics-view"))?.handleLiveEvent(event);
    // A file's record changes when one of its jobs ends, is edited or deleted (not at every tick).
    if (event.type !== "printer" && (event.type !== "job_changed" || event.job.status !== "in_progress")) {
      defined(this.renderRoot.querySelector<PlFilesView>("pl-files-view"))?.refresh();
    }
  }

  private select(view: View): Promise<unknown> {
    this.view = view;
    return view === "jobs" ? Promise.resolve() : loadLater(view).catch((err: unknown) => console.warn("print_logger:", errorMessage(err)));
  }

  /** Once the job list is on screen: load the other views in the background. */
  private prefetch(): void {
    const later = () => {
      for (const part of Object.keys(LATER) as (keyof typeof LATER)[]) {
        if (part !== "reprint" || this.hass?.user?.is_admin) void loadLater(part).catch(() => undefined);
      }
      void loadDetail();
    };
    if ("requestIdleCallback" in window) window.requestIdleCallback(later, { timeout: 2000 });
    else setTimeout(later, 200);
  }

  private onTabKey(ev: KeyboardEvent): void {
    if (ev.key !== "ArrowLeft" && ev.key !== "ArrowRight" && ev.key !== "Home" && ev.key !== "End") return;
    ev.preventDefault();
    const index = VIEWS.indexOf(this.view);
    const step = ev.key === "ArrowLeft" ? VIEWS.length - 1 : 1;
    const next = VIEWS[(index + step) % VIEWS.length] ?? "jobs";
    void this.select(ev.key === "Home" ? "jobs" : ev.key === "End" ? "maintenance" : next);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[role="tab"][aria-selected="true"]`)?.focus(),
    );
  }

  override render() {
    if (!this.hass || !this.api || !this.options || !this.language) return nothing;
    const admin = !!this.hass.user?.is_admin;
    const tab = (view: View, label: string, path: string) =>
      html`<button
        role="tab"
        id=${`tab-${view}`}
        aria-selected=${this.view === view ? "true" : "false"}
        aria-controls=${`view-${view}`}
        aria-label=${label}
        tabindex=${this.view === view ? 0 : -1}
        @click=${() => void this.select(view)}
      >
        ${icon(path)}<span class="label">${label}</span>
      </button>`;
    return html`
      <header>
        ${this.narrow
          ? html`<button class="icon-btn" aria-label=${localize("panel.open_sidebar")} @click=${() => fire(this, "hass-toggle-menu")}>
              ${icon(mdiMenu)}
            </button>`
          : nothing}
        <h1>${this.panel?.title && this.panel.title !== REGISTERED_TITLE ? this.panel.title : localize("panel.title")}</h1>
        <div role="tablist" aria-label=${localize("panel.views")} @keydown=${this.onTabKey}>
          ${tab("jobs", localize("panel.jobs"), mdiTable)} ${tab("files", localize("panel.files"), mdiFileDocumentMultiple)}
          ${tab("analytics", localize("panel.analytics"), mdiChartBar)}
          ${tab("maintenance", localize("panel.maintenance"), mdiWrench)}
        </div>
      </header>
      ${keyed(this.language, html`<main
        @print-again=${(e: CustomEvent<{ filename: string; printerId: string }>) => {
          void loadLater("reprint").catch((err: unknown) => console.warn("print_logger:", errorMessage(err)));
          this.reprint = { filename: e.detail.filename, printerId: e.detail.printerId };
        }}
        @show-file=${(e: CustomEvent<{ fileId: string }>) => {
          void this.select("files").then(() =>
            defined(this.renderRoot.querySelector<PlFilesView>("pl-files-view"))?.showFile(e.detail.fileId),
          );
        }}
        @jobs-rendered=${() => this.prefetch()}
        @show-job=${(e: CustomEvent<{ jobId: string }>) => {
          void this.select("jobs");
          this.renderRoot.querySelector<PlJobsView>("pl-jobs-view")?.showJob(e.detail.jobId);
        }}
      >
        ${this.printersError
          ? html`<div class="error-banner" role="alert">
              <span>${localize("panel.printers_error", { error: this.printersError })}</span>
              <button class="btn" @click=${() => this.loadPrinters()}>${localize("common.retry")}</button>
            </div>`
          : nothing}
        <pl-live-strip .api=${this.api} .printers=${this.printers}></pl-live-strip>
        <div id="view-jobs" role="tabpanel" aria-labelledby="tab-jobs" ?hidden=${this.view !== "jobs"}>
          <pl-jobs-view
            .api=${this.api}
            .options=${this.options}
            .printers=${this.printers}
            .admin=${admin}
            .narrow=${this.narrow}
          ></pl-jobs-view>
        </div>
        <div id="view-files" role="tabpanel" aria-labelledby="tab-files" ?hidden=${this.view !== "files"}>
          <pl-files-view
            .api=${this.api}
            .options=${this.options}
            .printers=${this.printers}
            .admin=${admin}
            .active=${this.view === "files"}
          ></pl-files-view>
        </div>
        <div id="view-analytics" role="tabpanel" aria-labelledby="tab-analytics" ?hidden=${this.view !== "analytics"}>
          <pl-analytics-view
            .api=${this.api}
            .options=${this.options}
            .printers=${this.printers}
            .dark=${!!this.hass.themes?.darkMode}
            .active=${this.view === "analytics"}
          ></pl-analytics-view>
        </div>
        <div id="view-maintenance" role="tabpanel" aria-labelledby="tab-maintenance" ?hidden=${this.view !== "maintenance"}>
          <pl-maintenance-view
            .api=${this.api}
            .options=${this.options}
            .printers=${this.printers}
            .admin=${admin}
            .active=${this.view === "maintenance"}
          ></pl-maintenance-view>
        </div>
        ${admin
          ? html`<pl-reprint-dialog
              .api=${this.api}
              .printers=${this.printers}
              .filename=${this.reprint.filename}
              .printerId=${this.reprint.printerId}
              @reprint-closed=${() => (this.reprint = { filename: "", printerId: "" })}
            ></pl-reprint-dialog>`
          : nothing}
      </main>`)}
    `;
  }
}

define("print-logger-panel", PrintLoggerPanel);

declare global {
  interface HTMLElementTagNameMap {
    "print-logger-panel": PrintLoggerPanel;
  }
}
