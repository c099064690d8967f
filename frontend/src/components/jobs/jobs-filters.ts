/**
 * The job list's toolbar (search, the filters' toggle, CSV export of the filtered jobs, bulk delete of the selection, adding a job) and
 * its filter panel (printer, status, dates, filament type, tags). Templates of `pl-jobs-view`.
 */

import { html, nothing } from "lit";

import { STATUS_FILTERS, type JobFilterState } from "../../filters";
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

export function jobsFilters(list: JobsList, printers: Printer[]) {
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
    <label
      >${localize("jobs.tags_filter")}
      <input name="tags" .value=${f.tags} @input=${onTyping("tags")} />
    </label>
    <button class="btn clear" @click=${() => list.clearFilters()}>${localize("jobs.clear_filters")}</button>
  </div>`;
}
