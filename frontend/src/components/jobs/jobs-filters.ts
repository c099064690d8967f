/**
 * The job list's toolbar (search, the filters' toggle, CSV export of the filtered jobs, bulk delete of the selection, adding a job) and
 * its filter panel (printer, status, dates, filament type, tags). Templates of `pl-jobs-view`.
 */

import { css, html, nothing } from "lit";

import {
  DURATION_PRESETS,
  STATUS_FILTERS,
  customDuration,
  durationBounds,
  durationPresetLabel,
  hoursMinutes,
  maxDurationSeconds,
  splitHoursMinutes,
  type JobFilterState,
} from "../../filters";
import type { FormatOptions } from "../../format";
import { icon, mdiDelete, mdiDownload, mdiFilterVariant, mdiPlus } from "../../icons";
import { localize } from "../../localize";
import type { Printer } from "../../types";
import type { JobChangesController } from "./jobs-changes";
import type { JobsList } from "./jobs-list";

export interface JobsToolbar {
  list: JobsList;
  changes: JobChangesController;
  admin: boolean;
  printers: Printer[];
  showFilters: boolean;
  toggleFilters: () => void;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

export function jobsToolbar(t: JobsToolbar) {
  const { list, changes, admin } = t;
  const active = list.activeFilters;
  return html`<div class="toolbar" role="search">
    <input
      class="search"
      type="search"
      placeholder=${localize("jobs.search")}
      aria-label=${localize("jobs.search")}
      .value=${list.filters.q}
      @input=${(e: Event) => list.setFilter("q", value(e), true)}
    />
    <button class="btn" aria-expanded=${t.showFilters ? "true" : "false"} aria-controls="filters" @click=${t.toggleFilters}>
      ${icon(mdiFilterVariant)} ${active ? localize("jobs.filters_n", { n: active }) : localize("jobs.filters")}
    </button>
    <span class="spacer"></span>
    <button
      class="btn"
      title=${localize("jobs.export_hint")}
      ?disabled=${list.exporting}
      @click=${() => void list.exportCsv()}
    >
      ${icon(mdiDownload)} ${localize("jobs.export")}
    </button>
    ${admin && list.selected.size
      ? html`<button class="btn danger" @click=${() => changes.askDelete(list.selectedJobs)}>
          ${icon(mdiDelete)} ${localize("jobs.delete_n", { n: list.selected.size })}
        </button>`
      : nothing}
    ${admin
      ? html`<button class="btn primary" @click=${() => changes.openAdd()} ?disabled=${!t.printers.length}>
          ${icon(mdiPlus)} ${localize("jobs.add")}
        </button>`
      : nothing}
  </div>`;
}

export function jobsFilters(list: JobsList, printers: Printer[], options?: FormatOptions) {
  const f = list.filters;
  const onChange = (field: keyof JobFilterState) => (e: Event) => list.setFilter(field, value(e));
  const onTyping = (field: keyof JobFilterState) => (e: Event) => list.setFilter(field, value(e), true);
  return html`<div class="filters card" id="filters">
    <label
      >${localize("common.printer")}
      <select name="printer" @change=${onChange("printer")}>
        <option value="" ?selected=${!f.printer}>${localize("common.all_printers")}</option>
        ${printers.map((p) => html`<option value=${p.id} ?selected=${p.id === f.printer}>${p.name}</option>`)}
      </select>
    </label>
    <label
      >${localize("column.status")}
      <select name="status" @change=${onChange("status")}>
        ${STATUS_FILTERS.map((s) => html`<option value=${s.value} ?selected=${s.value === f.status}>${s.label}</option>`)}
      </select>
    </label>
    <label>${localize("jobs.from")} <input name="since" type="date" .value=${f.since} @change=${onChange("since")} /></label>
    <label>${localize("jobs.to")} <input name="until" type="date" .value=${f.until} @change=${onChange("until")} /></label>
    <label
      >${localize("jobs.filament_type")}
      <input name="filament" list="filament-types" .value=${f.filament} @input=${onTyping("filament")} />
      <datalist id="filament-types">${list.filamentTypes.map((t) => html`<option value=${t}></option>`)}</datalist>
    </label>
    ${list.spoolChoices.spools.length
      ? html`<label
          >${localize("spools.filter")}
          <select name="spool" @change=${onChange("spool")}>
            <option value="" ?selected=${!f.spool}>${localize("spools.any")}</option>
            <optgroup label=${localize("spools.title")}>
              ${list.spoolChoices.spools.map(
                (s) => html`<option value=${`id:${s.id}`} ?selected=${f.spool === `id:${s.id}`}>${s.label}</option>`,
              )}
            </optgroup>
            <optgroup label=${localize("spools.vendors")}>
              ${list.spoolChoices.vendors.map(
                (v) => html`<option value=${`vendor:${v}`} ?selected=${f.spool === `vendor:${v}`}>${v}</option>`,
              )}
            </optgroup>
          </select>
        </label>`
      : nothing}
    ${options ? durationFilter(list, options) : nothing}
    <label
      >${localize("jobs.tags_filter")}
      <input name="tags" .value=${f.tags} @input=${onTyping("tags")} />
    </label>
    <button class="btn clear" @click=${() => list.clearFilters()}>${localize("jobs.clear_filters")}</button>
  </div>`;
}

/**
 * The print duration filter: presets ("<1 h", "1–4 h", "≥4 h") or custom bounds typed as hours and
 * minutes (each bound optional, within the API's bounds; an upper bound below the lower one is
 * pointed out and not applied).
 */
function durationFilter(list: JobsList, options: FormatOptions) {
  const d = durationBounds(list.filters.duration);
  const choose = (e: Event): void => {
    const choice = value(e);
    // "Custom" starts from the bounds shown so far (a preset's, to adjust).
    list.setFilter("duration", choice === "custom" ? customDuration(d.min, d.max) : choice);
  };
  const select = html`<label
    >${localize("filter.duration")}
    <select name="duration" @change=${choose}>
      <option value="" ?selected=${d.choice === ""}>${localize("filter.duration_any")}</option>
      ${DURATION_PRESETS.map(
        (p) => html`<option value=${p.value} ?selected=${d.choice === p.value}>${durationPresetLabel(p.value, options)}</option>`,
      )}
      <option value="custom" ?selected=${d.choice === "custom"}>${localize("filter.duration_custom")}</option>
    </select>
  </label>`;
  if (d.choice !== "custom") return select;
  const maxHours = Math.floor(maxDurationSeconds() / 3600);
  const side = (which: "min" | "max") => {
    const shown = splitHoursMinutes(which === "min" ? d.min : d.max);
    const label = localize(which === "min" ? "filter.duration_min" : "filter.duration_max");
    const change = (e: Event): void => {
      const group = (e.target as HTMLElement).closest(".duration-bound")!;
      const read = (name: string): string => group.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value;
      const seconds = hoursMinutes(read(`${which}_hours`), read(`${which}_minutes`));
      const min = which === "min" ? seconds : d.min;
      const max = which === "max" ? seconds : d.max;
      list.setFilter("duration", customDuration(min, max), true);
    };
    return html`<div class="duration-bound" role="group" aria-label=${label}>
      <span class="bound-label">${label}</span>
      <span class="hm">
        <input
          name=${`${which}_hours`}
          type="number"
          inputmode="numeric"
          min="0"
          max=${maxHours}
          step="1"
          .value=${shown.hours}
          aria-label=${localize("filter.duration_hours", { bound: label })}
          aria-invalid=${d.valid ? "false" : "true"}
          @change=${change}
        />
        <span aria-hidden="true">${localize("filter.h")}</span>
        <input
          name=${`${which}_minutes`}
          type="number"
          inputmode="numeric"
          min="0"
          max="59"
          step="1"
          .value=${shown.minutes}
          aria-label=${localize("filter.duration_minutes", { bound: label })}
          aria-invalid=${d.valid ? "false" : "true"}
          @change=${change}
        />
        <span aria-hidden="true">${localize("filter.min")}</span>
      </span>
    </div>`;
  };
  return html`${select}
    <div class="duration-custom">
      ${side("min")} ${side("max")}
      ${d.valid ? nothing : html`<p class="status-error" role="alert">${localize("filter.duration_order")}</p>`}
    </div>`;
}

/** The styles of the duration filter's custom bounds (in the job list's filter panel). */
export const durationFilterStyles = css`
  .duration-custom {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    grid-column: 1 / -1;
    font-size: 0.85em;
  }
  .duration-bound {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .duration-bound .hm {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .duration-bound input {
    width: 5.5em;
  }
  .duration-custom .status-error {
    flex-basis: 100%;
    margin: 0;
  }
`;
