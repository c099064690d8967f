/** Pure logic of the job forms: which fields changed, and validating a manual job. */

import { parseTags, zonedToUtcIso } from "./format";
import { localize } from "./localize";
import { boundError, limits as currentLimits } from "./limits";
import { ENDED_STATUSES, type Job, type JobChanges, type JobStatus, type Limits, type NewJob } from "./types";

/** The fields that differ between a job and what the form holds. */
export function diffChanges(job: Job, form: Required<JobChanges>): JobChanges {
  const changes: JobChanges = {};
  const notes = form.notes?.trim() ? form.notes : null;
  if ((job.notes || null) !== notes) changes.notes = notes ?? "";
  if ((job.rating ?? null) !== form.rating) changes.rating = form.rating;
  const tags = form.tags;
  if (tags.length !== job.tags.length || tags.some((t, i) => t !== job.tags[i])) changes.tags = tags;
  const reason = form.failure_reason?.trim() ? form.failure_reason.trim() : null;
  if ((job.failure_reason || null) !== reason) changes.failure_reason = reason;
  if ((job.cost ?? null) !== form.cost) changes.cost = form.cost;
  return changes;
}

export interface JobFormValues {
  printer_id: string;
  filename: string;
  status: string;
  start_date: string;
  start_time: string;
  hours: string;
  minutes: string;
  filament_g: string;
  filament_m: string;
  filament_type: string;
  cost: string;
  tags: string;
  notes: string;
  failure_reason: string;
  rating: number | null;
}

/** Validate the form; return the job to create, or the errors by field. */
export function buildNewJob(
  v: JobFormValues,
  timeZone: string | undefined,
  bounds: Limits | undefined = currentLimits(),
  now: Date = new Date(),
): { job?: NewJob; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!v.printer_id) errors.printer_id = localize("form.choose_printer");
  const filename = v.filename.trim();
  if (!filename) errors.filename = localize("form.enter_filename");
  if (!(ENDED_STATUSES as readonly string[]).includes(v.status)) {
    errors.status = localize("form.choose_status");
  }
  const start = zonedToUtcIso(v.start_date, v.start_time || "00:00", timeZone);
  if (!start) errors.start = localize("form.enter_start");
  else if (bounds) {
    const at = Date.parse(start);
    if (at > now.getTime() + bounds.job_time.future_tolerance * 1000) {
      errors.start = localize("form.start_future");
    } else if (at < Date.parse(bounds.job_time.earliest)) {
      errors.start = localize("form.start_before", { date: bounds.job_time.earliest.slice(0, 10) });
    }
  }
  const num = (text: string, field: string, label: string): number | undefined => {
    if (!text.trim()) return undefined;
    const n = Number(text);
    if (!Number.isFinite(n) || n < 0) {
      errors[field] = localize("form.positive", { field: label });
      return undefined;
    }
    return n;
  };
  const hours = num(v.hours, "duration", localize("form.hours")) ?? 0;
  const minutes = num(v.minutes, "duration", localize("form.minutes")) ?? 0;
  const grams = num(v.filament_g, "filament_g", localize("form.filament_weight"));
  const metres = num(v.filament_m, "filament_m", localize("form.filament_length"));
  const cost = num(v.cost, "cost", localize("kpi.cost"));
  const bounded = (name: string, value: number | undefined, field: string, label: string): void => {
    const message = value === undefined || errors[field] ? "" : boundError(name, value, label, bounds);
    if (message) errors[field] = message;
  };
  bounded("print_duration", hours * 3600 + minutes * 60, "duration", localize("form.print_time_s"));
  bounded("filament_weight_g", grams, "filament_g", localize("form.filament_weight"));
  bounded("filament_used_mm", metres === undefined ? undefined : metres * 1000, "filament_m", localize("form.filament_length_mm"));
  bounded("cost", cost, "cost", localize("kpi.cost"));
  const tagLength = bounds?.tags.max_length;
  if (tagLength && parseTags(v.tags).some((tag) => tag.length > tagLength)) {
    errors.tags = localize("form.tag_length", { count: tagLength });
  }
  if (Object.keys(errors).length || !start) return { errors };
  const duration = Math.round(hours * 3600 + minutes * 60);
  const job: NewJob = {
    printer_id: v.printer_id,
    filename,
    status: v.status as JobStatus,
    start,
    print_duration: duration,
  };
  if (duration > 0) job.end = new Date(Date.parse(start) + duration * 1000).toISOString();
  if (grams !== undefined) job.filament_weight_g = grams;
  if (metres !== undefined) job.filament_used_mm = metres * 1000;
  if (v.filament_type.trim()) job.filament_type = v.filament_type.trim();
  if (cost !== undefined) job.cost = cost;
  const tags = parseTags(v.tags);
  if (tags.length) job.tags = tags;
  if (v.notes.trim()) job.notes = v.notes;
  if (v.failure_reason.trim()) job.failure_reason = v.failure_reason.trim();
  if (v.rating) job.rating = v.rating;
  return { job, errors };
}

