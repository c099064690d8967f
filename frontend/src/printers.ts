/** Helpers about printers and their current job (shared by the panel's live strip and the card). */

import type { Printer } from "./types";

/** Seconds left from the slicer's estimate, else from the progress; null when neither is known. */
export function remaining(printer: Printer): number | null {
  const job = printer.current_job;
  if (!job) return null;
  if (job.estimated_time && job.estimated_time > 0) return Math.max(job.estimated_time - job.print_duration, 0);
  if (job.progress > 0.01 && job.print_duration > 0) return job.print_duration * (1 / job.progress - 1);
  return null;
}

/** "Printing", "Paused", "Standby", … or "Offline". */
export function printerStateLabel(printer: Printer): string {
  if (!printer.online) return "Offline";
  const state = printer.print_state || "standby";
  return state.charAt(0).toUpperCase() + state.slice(1).replace(/_/g, " ");
}
