/**
 * The rows of the job list: a sortable table with a selection column (admins) on wide screens, a list of
 * cards on a phone, each row with its rating, edit and delete buttons and inline editor; and the pager.
 * Templates of `pl-jobs-view` (its shadow root and styles), reading and changing `JobsList` and
 * `JobChangesController`.
 */

import { html, nothing } from "lit";
import { repeat } from "lit/directives/repeat.js";

import {
  cssColour,
  fileName,
  formatCost,
  formatDateTime,
  formatDuration,
  formatGrams,
  formatLength,
  safeText,
  type FormatOptions,
} from "../../format";
import { icon, mdiChevronLeft, mdiChevronRight, mdiDelete, mdiPencil, mdiWrench } from "../../icons";
import { localize, type MessageKey } from "../../localize";
import type { Job, JobChanges, Printer, SortKey } from "../../types";
import { jobStatusChip } from "../../printers";
import { thumbKey } from "../../thumbs";
import { colourName } from "../../colours";
import type { JobChangesController } from "./jobs-changes";
import { failureReasonText } from "../../failure";
import "../pl-photo-thumb";
import { PAGE_SIZES, type JobsList } from "./jobs-list";
import { spoolChips } from "../../spools";

interface Column {
  key: string;
  /** The message key of the column's heading. */
  label: MessageKey;
  sort?: SortKey;
  /** A heading only for screen readers (the pictures' column). */
  quiet?: boolean;
}

export const COLUMNS: Column[] = [
  { key: "thumb", label: "column.picture", quiet: true },
  { key: "filename", label: "column.file", sort: "filename" },
  { key: "printer", label: "common.printer", sort: "printer" },
  { key: "status", label: "column.status", sort: "status" },
  { key: "start", label: "column.started", sort: "start" },
  { key: "print_duration", label: "kpi.print_time", sort: "print_duration" },
  // Grams, sorted by grams: what the column shows (the length is in the cell's title).
  { key: "filament", label: "kpi.filament", sort: "filament_weight_g" },
  { key: "rating", label: "rating.rating", sort: "rating" },
  { key: "tags", label: "column.tags" },
  { key: "notes", label: "column.notes" },
];

/** What the row templates work with. */
export interface JobRows {
  list: JobsList;
  /** The printers (a running job of a paused printer shows "Paused"). */
  printers: Printer[];
  changes: JobChangesController;
  admin: boolean;
  options: FormatOptions;
}

type ValueChanged = CustomEvent<{ value: number | null }>;

/** The table (wide screens). */
export function jobsTable(r: JobRows) {
  const { list, changes, admin } = r;
  const colspan = COLUMNS.length + (admin ? 2 : 0);
  return html`<div class="table-wrap">
    <table aria-label=${localize("jobs.print_jobs")} aria-busy=${list.loading ? "true" : "false"} aria-rowcount=${list.total + 1}>
      <thead>
        <tr>
          ${admin
            ? html`<th scope="col">
                <input
                  type="checkbox"
                  aria-label=${localize("jobs.select_all")}
                  .checked=${list.allSelected}
                  @change=${(e: Event) => list.toggleAll((e.target as HTMLInputElement).checked)}
                />
              </th>`
            : nothing}
          ${COLUMNS.map((c) => columnHeading(list, c))}
          ${admin ? html`<th scope="col"><span class="sr-only">${localize("jobs.actions")}</span></th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          list.jobs,
          (j) => j.id,
          (job, index) => html`${maintenanceBefore(r, index, colspan)}${tableRow(r, job)}
          ${changes.editingId === job.id
            ? html`<tr class="editor-row">
                <td colspan=${colspan}>${jobEditor(changes, job)}</td>
              </tr>`
            : nothing}`,
        )}
        ${maintenanceBefore(r, list.jobs.length, colspan)}
        ${list.loaded && !list.jobs.length
          ? html`<tr>
              <td class="empty muted" colspan=${colspan}>${localize("jobs.no_match")}</td>
            </tr>`
          : nothing}
      </tbody>
    </table>
  </div>`;
}

/**
 * The maintenance log entries to show before the job at `index` (all the rest at `index` = the number of
 * jobs): those done after that job started and before the previous one (in the list's order).
 */
function maintenanceBefore(r: JobRows, index: number, colspan: number) {
  const { list, options: opts } = r;
  if (!list.maintenance.length) return nothing;
  // Positions in the list's order: later in the list is larger.
  const key = (iso: string) => (list.order === "desc" ? -Date.parse(iso) : Date.parse(iso));
  const previous = index > 0 ? key(list.jobs[index - 1]!.start) : -Infinity;
  const next = index < list.jobs.length ? key(list.jobs[index]!.start) : Infinity;
  const entries = list.maintenance.filter((entry) => {
    const position = key(entry.done_at);
    return position > previous && position <= next;
  });
  return entries.map(
    (entry) => html`<tr class="maintenance-row" data-maintenance-id=${entry.id}>
      <td colspan=${colspan}>
        ${icon(mdiWrench)}
        <span>${formatDateTime(entry.done_at, opts)}</span> · <strong>${entry.name}</strong>
        ${entry.notes ? html` · <span>${entry.notes}</span>` : nothing}
        ${entry.cost !== null ? html` · <span>${formatCost(entry.cost, opts)}</span>` : nothing}
        ${entry.done_by ? html` · <span class="muted">${entry.done_by}</span>` : nothing}
      </td>
    </tr>`,
  );
}

/** A column's heading: a sort button with the order shown (aria-sort) where the column sorts. */
function columnHeading(list: JobsList, c: Column) {
  const sorted = c.sort && c.sort === list.sort;
  const ariaSort = sorted ? (list.order === "asc" ? "ascending" : "descending") : undefined;
  if (c.quiet) return html`<th scope="col" class="thumb"><span class="sr-only">${localize(c.label)}</span></th>`;
  return html`<th scope="col" aria-sort=${ariaSort ?? nothing}>
    ${c.sort
      ? html`<button class="sort" @click=${() => list.sortBy(c.sort!)}>
          ${localize(c.label)}<span aria-hidden="true">${sorted ? (list.order === "asc" ? "▲" : "▼") : ""}</span>
        </button>`
      : localize(c.label)}
  </th>`;
}

function tableRow(r: JobRows, job: Job) {
  const { list, changes, admin, options: opts, printers } = r;
  const colour = cssColour(job.filament_colour);
  return html`<tr data-job-id=${job.id} class=${list.selected.has(job.id) ? "selected" : ""}>
    ${admin
      ? html`<td>
          <input
            type="checkbox"
            aria-label=${localize("jobs.select", { file: safeText(job.filename) })}
            .checked=${list.selected.has(job.id)}
            @change=${(e: Event) => list.toggleSelected(job.id, (e.target as HTMLInputElement).checked)}
          />
        </td>`
      : nothing}
    <td class="thumb" data-col="thumb">${jobThumb(changes, job)}</td>
    <td>${fileButton(changes, job)}</td>
    <td data-col="printer">${job.printer_name}</td>
    <td data-col="status">${jobStatusChip(job, printers)}</td>
    <td class="num" data-col="start" title=${formatDateTime(job.start, opts)}>${formatDateTime(job.start, opts, false)}</td>
    <td class="num" data-col="print_duration">${formatDuration(job.print_duration)}</td>
    <td class="num" data-col="filament" title=${job.filament_used_mm > 0 ? formatLength(job.filament_used_mm, opts) : ""}>
      ${colour ? html`<span class="swatch" style=${`background:${colour}`} title=${colourName(colour)}></span>` : nothing}
      <span class="grams">${formatGrams(job.filament_weight_g, opts)}</span>
      <span class="muted">${job.filament_type ?? ""}</span>
      ${spoolChips(job.spools, opts)}
    </td>
    <td data-col="rating">
      <pl-rating
        .value=${job.rating}
        .subject=${safeText(job.filename)}
        ?readonly=${!admin}
        ?disabled=${changes.savingId === job.id}
        @value-changed=${(e: ValueChanged) => changes.save(job, { rating: e.detail.value })}
      ></pl-rating>
    </td>
    <td data-col="tags">${job.tags.map((t) => html`<span class="tag">${t}</span>`)}</td>
    <td class="notes" data-col="notes" title=${job.notes ?? ""}>
      <span>${job.failure_reason ? html`<strong class="status-error">${failureReasonText(job.failure_reason)}</strong> ` : nothing}${job.notes ?? ""}</span>
    </td>
    ${admin ? html`<td class="actions">${rowActions(changes, job)}</td>` : nothing}
  </tr>`;
}

/** The job's picture (end photo, else the slicer's thumbnail), fetched once on screen; opens the detail too. */
function jobThumb(changes: JobChangesController, job: Job) {
  return html`<pl-photo-thumb .api=${changes.host.api} .key=${thumbKey(job)} @click=${() => changes.showJob(job.id)}></pl-photo-thumb>`;
}

/** The file name, opening the job's detail dialog. */
function fileButton(changes: JobChangesController, job: Job) {
  return html`<button class="file" data-col="filename" @click=${() => changes.showJob(job.id)} aria-haspopup="dialog">
    ${fileName(job.filename)}
  </button>`;
}

/** The edit and delete buttons of a job (admins). */
function rowActions(changes: JobChangesController, job: Job) {
  return html`<button
      class="icon-btn"
      data-edit=${job.id}
      aria-label=${localize("jobs.edit", { file: safeText(job.filename) })}
      aria-expanded=${changes.editingId === job.id ? "true" : "false"}
      @click=${() => changes.toggleEditor(job)}
    >
      ${icon(mdiPencil)}
    </button>
    <button class="icon-btn" aria-label=${localize("jobs.delete", { file: safeText(job.filename) })} @click=${() => changes.askDelete([job])}>
      ${icon(mdiDelete)}
    </button>`;
}

/** The inline editor of the job being edited. */
function jobEditor(changes: JobChangesController, job: Job) {
  return html`<pl-job-editor
    .job=${job}
    .busy=${changes.savingId === job.id}
    .error=${changes.editError}
    @save=${(e: CustomEvent<{ changes: JobChanges }>) => changes.saveEditor(job, e.detail.changes)}
    @cancel=${() => changes.closeEditor(job.id)}
  ></pl-job-editor>`;
}

/** The list of cards (phones). */
export function jobCards(r: JobRows) {
  const { list, changes, admin, options: opts, printers } = r;
  if (list.loaded && !list.jobs.length) return html`<div class="empty muted">${localize("jobs.no_match")}</div>`;
  return html`<ul class="cards" aria-label=${localize("jobs.print_jobs")}>
    ${repeat(
      list.jobs,
      (j) => j.id,
      (job) => html`<li class="card" data-job-id=${job.id}>
        <div class="head">${jobThumb(changes, job)} ${fileButton(changes, job)} ${jobStatusChip(job, printers)}</div>
        <div class="line">
          ${job.printer_name} · ${formatDateTime(job.start, opts)} · ${formatDuration(job.print_duration)}${job.filament_weight_g !== null
            ? html` · <span class="grams">${formatGrams(job.filament_weight_g, opts)}</span>`
            : nothing}
        </div>
        ${job.tags.length ? html`<div>${job.tags.map((t) => html`<span class="tag">${t}</span>`)}</div>` : nothing}
        ${job.notes ? html`<div class="notes" data-col="notes">${job.notes}</div>` : nothing}
        <div class="row-actions">
          <pl-rating
            .value=${job.rating}
            .subject=${safeText(job.filename)}
            ?readonly=${!admin}
            @value-changed=${(e: ValueChanged) => changes.save(job, { rating: e.detail.value })}
          ></pl-rating>
          <span style="flex:1"></span>
          ${admin ? rowActions(changes, job) : nothing}
        </div>
        ${changes.editingId === job.id ? jobEditor(changes, job) : nothing}
      </li>`,
    )}
  </ul>`;
}

/** Rows per page, the range shown of the total, previous and next page. */
export function jobsPager(list: JobsList) {
  const first = list.page * list.limit + (list.jobs.length ? 1 : 0);
  const last = list.page * list.limit + list.jobs.length;
  return html`<nav class="pager" aria-label=${localize("jobs.pages")}>
    <label
      >${localize("jobs.rows_per_page")}
      <select @change=${(e: Event) => list.setLimit(Number((e.target as HTMLSelectElement).value))}>
        ${PAGE_SIZES.map((n) => html`<option value=${n} ?selected=${n === list.limit}>${n}</option>`)}
      </select>
    </label>
    <span class="muted" data-total=${list.total}>${localize("jobs.range", { first, last, total: list.total })}</span>
    <button class="icon-btn" aria-label=${localize("jobs.previous_page")} ?disabled=${list.page === 0 || list.loading} @click=${() => list.prevPage()}>
      ${icon(mdiChevronLeft)}
    </button>
    <button class="icon-btn" aria-label=${localize("jobs.next_page")} ?disabled=${!list.nextCursor || list.loading} @click=${() => list.nextPage()}>
      ${icon(mdiChevronRight)}
    </button>
  </nav>`;
}
