/** Helpers about printers and their current job (shared by the panel's live strip and the card). */

import { html, type TemplateResult } from "lit";

import { statusChip } from "./format";
import { localize, type MessageKey } from "./localize";
import type { Job, LiveEvent, Printer } from "./types";

/** Seconds left from the slicer's estimate, else from the progress; null when neither is known. */
export function remaining(printer: Printer): number | null {
  const job = printer.current_job;
  if (!job) return null;
  if (job.estimated_time && job.estimated_time > 0) return Math.max(job.estimated_time - job.print_duration, 0);
  if (job.progress > 0.01 && job.print_duration > 0) return job.print_duration * (1 / job.progress - 1);
  return null;
}

/** Moonraker's print states with a translated name. */
const PRINTER_STATES = ["standby", "printing", "paused", "complete", "cancelled", "error"];

/** "Printing", "Paused", "Standby", … or "Offline". */
export function printerStateLabel(printer: Printer): string {
  if (!printer.online) return localize("printer.offline");
  const state = printer.print_state || "standby";
  const key = `printer.${state}` as MessageKey;
  if (PRINTER_STATES.includes(state)) return localize(key);
  return state.charAt(0).toUpperCase() + state.slice(1).replace(/_/g, " ");
}

/**
 * The printers after a live event: a `printer` event replaces (or adds) that printer; a `job_changed`
 * event sets or clears its printer's current job. Other events return `printers` itself.
 */
export function applyPrinterEvent(printers: Printer[], event: LiveEvent): Printer[] {
  if (event.type === "printer") {
    const known = printers.some((p) => p.id === event.printer.id);
    return known ? printers.map((p) => (p.id === event.printer.id ? event.printer : p)) : [...printers, event.printer];
  }
  if (event.type === "job_changed") {
    const job = event.job;
    return printers.map((p) => {
      if (p.id !== job.printer_id) return p;
      if (job.status === "in_progress") return { ...p, current_job: job };
      return p.current_job?.id === job.id ? { ...p, current_job: null } : p;
    });
  }
  return printers;
}

/** Whether `job` is the running job of a printer that is paused. */
export function isPaused(job: Job, printers: readonly Printer[]): boolean {
  if (job.status !== "in_progress") return false;
  const printer = printers.find((p) => p.id === job.printer_id);
  return !!printer && printer.online && printer.print_state === "paused" && printer.current_job?.id === job.id;
}

/** A job's status chip: "Paused" for the running job of a paused printer, else its stored status. */
export function jobStatusChip(job: Job, printers: readonly Printer[]): TemplateResult {
  return isPaused(job, printers)
    ? html`<span class="chip status-warn" data-paused>${localize("printer.paused")}</span>`
    : statusChip(job.status);
}
