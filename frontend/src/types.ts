/**
 * Types of the Print Logger websocket API (docs/api.md) and the small part of Home Assistant's
 * frontend `hass` object the panel and the card use.
 */

export const JOB_STATUSES = [
  "in_progress",
  "completed",
  "cancelled",
  "error",
  "klippy_shutdown",
  "klippy_disconnect",
  "interrupted",
  "server_exit",
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Ended statuses that count as failures (every ended status other than completed and cancelled). */
export const FAILED_STATUSES: readonly JobStatus[] = [
  "error",
  "klippy_shutdown",
  "klippy_disconnect",
  "interrupted",
  "server_exit",
];

/** The statuses of ended jobs: every status but in_progress. */
export const ENDED_STATUSES: readonly JobStatus[] = JOB_STATUSES.filter((s) => s !== "in_progress");

export type JobSource = "live" | "import" | "manual";

export interface Job {
  id: string;
  printer_id: string;
  printer_name: string;
  uid: string | null;
  filename: string;
  status: JobStatus;
  source: JobSource;
  start: string;
  end: string | null;
  print_duration: number;
  total_duration: number;
  filament_used_mm: number;
  filament_weight_g: number | null;
  filament_type: string | null;
  filament_colour: string | null;
  estimated_time: number | null;
  progress: number;
  pause_count: number;
  paused_duration: number;
  error_message: string | null;
  notes: string | null;
  rating: number | null;
  tags: string[];
  failure_reason: string | null;
  cost: number | null;
  has_thumbnail: boolean;
  /** The spools the job used, in order, with a copy of their facts (Spoolman via Moonraker). */
  spools: JobSpool[];
  /** The filament cost from the spools' prices (null unless each spool's price is known). */
  spool_filament_cost: number | null;
  /** What the job cost, computed when it ended (energy, electricity, filament, machine, total). */
  costs?: JobCosts;
  /** The camera's photo of the job's end (GET /api/print_logger/photos/{id}). */
  end_photo_id?: string | null;
  /** The file it printed (its track record: `files/get`); null before it is known. */
  file_id?: string | null;
  current_layer?: number | null;
  total_layers?: number | null;
}

export interface JobEvent {
  type: string;
  at: string;
  data: Record<string, unknown> | null;
}

export type PhotoKind = "first_layer" | "pause" | "end" | "upload";

export interface Photo {
  id: string;
  job_id: string;
  kind: PhotoKind;
  taken_at: string;
  size: number;
  width: number;
  height: number;
  source: string | null;
}

/** An environment sensor over a job: statistics and the series ([seconds since start, value]). */
export interface Climate {
  entity_id: string;
  name: string | null;
  device_class: string | null;
  unit: string | null;
  min: number | null;
  mean: number | null;
  max: number | null;
  samples: number;
  missing_seconds: number;
  series: [number, number | null][];
}

export interface JobDetail extends Job {
  details: Record<string, unknown> | null;
  events: JobEvent[];
  metadata: Record<string, unknown> | null;
  photos?: Photo[];
  climate?: Climate[];
}

/** The fixed reasons a job failed (plus text typed by a person, counted as "other"). */
export const FAILURE_REASONS = [
  "spaghetti",
  "bed_adhesion",
  "clog",
  "layer_shift",
  "filament_runout",
  "cancelled_on_purpose",
  "other",
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export interface Printer {
  id: string;
  entry_id: string | null;
  name: string;
  moonraker_url: string | null;
  online: boolean;
  print_state: string | null;
  current_job: Job | null;
  /** Moonraker's active spool (its [spoolman]), with what Spoolman says of it. */
  active_spool?: ActiveSpool | null;
}

export interface ActiveSpool {
  spool_id: number;
  name: string;
  filament_name: string | null;
  vendor: string | null;
  material: string | null;
  color_hex: string | null;
  remaining_weight: number | null;
}

export type SortKey =
  | "start"
  | "end"
  | "filename"
  | "status"
  | "print_duration"
  | "filament_used_mm"
  | "filament_weight_g"
  | "rating"
  | "printer";

export interface JobFilters {
  printer_ids?: string[];
  statuses?: JobStatus[];
  since?: string;
  until?: string;
  q?: string;
  filament_type?: string;
  tags?: string[];
  min_duration?: number;
  max_duration?: number;
  spool_id?: number;
  spool_vendor?: string;
}

export interface JobListParams extends JobFilters {
  sort?: SortKey;
  order?: "asc" | "desc";
  limit?: number;
  cursor?: string | null;
}

export interface JobPage {
  jobs: Job[];
  total: number;
  next_cursor: string | null;
}

export interface JobChanges {
  notes?: string | null;
  rating?: number | null;
  tags?: string[];
  failure_reason?: string | null;
  cost?: number | null;
}

export interface NewJob {
  printer_id: string;
  filename: string;
  status: JobStatus;
  start: string;
  end?: string | null;
  print_duration?: number;
  filament_used_mm?: number;
  filament_weight_g?: number | null;
  filament_type?: string | null;
  notes?: string | null;
  rating?: number | null;
  tags?: string[];
  failure_reason?: string | null;
  cost?: number | null;
}

export interface AnalyticsScope {
  printer_ids?: string[];
  since?: string;
  until?: string;
}

/** The summary's scope: the analytics scope plus the job list's other filters (the tiles' rows). */
export interface SummaryScope extends AnalyticsScope {
  statuses?: JobStatus[];
  q?: string;
  filament_type?: string;
  tags?: string[];
  min_duration?: number;
  max_duration?: number;
  spool_id?: number;
  spool_vendor?: string;
}

/** A number's accepted range (the store's one definition, `print_logger/limits`). */
export interface NumberLimit {
  min: number;
  max: number;
  integer: boolean;
}

/** What a person may write: `print_logger/limits`. */
export interface Limits {
  numbers: Record<string, NumberLimit>;
  tags: { max_length: number; max_count: number; separators: string[] };
  job_time: { earliest: string; future_tolerance: number };
}

export interface Summary {
  jobs: number;
  completed: number;
  cancelled: number;
  failed: number;
  in_progress: number;
  success_rate: number | null;
  print_hours: number;
  filament_mm: number;
  filament_g: number;
  cost: number | null;
  avg_print_hours: number | null;
  /** The cost of the maintenance logged in the range on these printers. */
  maintenance_cost?: number;
  /** The energy the jobs used (kWh) and their cost split in three (schema version 7). */
  energy_kwh?: number;
  electricity_cost?: number;
  filament_cost?: number;
  machine_cost?: number;
}

export type Bucket = "day" | "week" | "month" | "year";
export type Metric =
  | "jobs"
  | "hours"
  | "filament"
  | "cost"
  | "energy"
  | "electricity_cost"
  | "filament_cost"
  | "machine_cost";

export interface TimeseriesPoint {
  bucket: string;
  value: number;
}

export interface Timeseries {
  bucket: Bucket;
  metric: Metric;
  points: TimeseriesPoint[];
}

export type BreakdownBy =
  | "printer"
  | "status"
  | "filament_type"
  | "filament_colour"
  | "slicer"
  | "layer_height"
  | "hour_of_day"
  | "weekday"
  | "weekday_hour"
  | "failure_reason"
  | "duration";

export interface BreakdownRow {
  key: string | number | null;
  label: string | null;
  jobs: number;
  hours: number;
  filament_g: number;
  success_rate: number | null;
}

/** One side of the accuracy report (time or filament): completed jobs with both figures positive. */
export interface AccuracyPart {
  jobs: number;
  estimated_hours?: number;
  actual_hours?: number;
  estimated_mm?: number;
  actual_mm?: number;
  /** Actual / estimated over these jobs (above 1: the slicer under-estimates); null without jobs. */
  ratio: number | null;
  /** The mean of |actual − estimate| / estimate × 100; null without jobs. */
  mean_abs_error_pct: number | null;
}

export interface AccuracyFigures {
  jobs: number;
  time: AccuracyPart;
  filament: AccuracyPart;
}

export interface AccuracyRow extends AccuracyFigures {
  key: string | null;
  label: string;
}

/** The estimate-vs-actual report (`print_logger/analytics/accuracy`). */
export interface Accuracy {
  overall: AccuracyFigures;
  by_printer: AccuracyRow[];
  by_material: AccuracyRow[];
}

export interface JobSpool {
  spool_id: number;
  length_mm: number;
  weight_g?: number;
  filament_name?: string;
  vendor?: string;
  material?: string;
  color_hex?: string;
  multi_color_hexes?: string;
  diameter?: number;
  density?: number;
  price?: number;
  price_weight?: number;
  cost?: number;
}

export type SpoolBy = "spool" | "filament" | "vendor" | "material";

export interface SpoolBreakdownRow {
  key: string | number | null;
  label: string;
  color_hex: string | null;
  jobs: number;
  length_mm: number;
  filament_g: number;
  cost: number | null;
}

export interface SpoolBreakdown {
  by: SpoolBy;
  rows: SpoolBreakdownRow[];
  totals: { filament_g: number; cost: number };
}

export interface Breakdown {
  by: BreakdownBy;
  rows: BreakdownRow[];
}

/** What the jobs cost, by printer, material or local month (analytics/costs). */
export type CostBy = "printer" | "filament_type" | "month";

export interface CostFigures {
  jobs: number;
  cost: number;
  electricity_cost: number;
  filament_cost: number;
  machine_cost: number;
  energy_kwh: number;
  print_hours: number;
  filament_g: number;
  /** The jobs with a measured energy (kwh_per_job's denominator). */
  metered_jobs: number;
  /** The jobs with a cost (cost_per_job's denominator). */
  costed_jobs: number;
  kwh_per_job: number | null;
  kwh_per_print_hour: number | null;
  cost_per_gram: number | null;
  cost_per_job: number | null;
}

export interface CostRow extends CostFigures {
  /** The printer's id, the material (null: unknown) or the local month's first day (YYYY-MM-DD). */
  key: string | null;
  label: string;
}

export interface CostAnalysis {
  by: CostBy;
  rows: CostRow[];
  totals: CostFigures;
}

/** One of the most expensive jobs (analytics/expensive_jobs). */
export interface ExpensiveJob {
  id: string;
  printer_id: string;
  printer_name: string;
  filename: string;
  status: JobStatus;
  start: string;
  print_hours: number;
  filament_g: number | null;
  filament_type: string | null;
  energy_kwh: number | null;
  cost: number;
  electricity_cost: number | null;
  filament_cost: number | null;
  machine_cost: number | null;
}

export type LiveEvent =
  | { type: "job_changed"; job: Job }
  | { type: "job_deleted"; job_id: string }
  /** Many jobs changed at once (an import): reload what is shown. */
  | { type: "jobs_changed" }
  | { type: "printer"; printer: Printer };

// ------------------------------------------------------------------ Home Assistant

export interface HassUser {
  id: string;
  name: string;
  is_admin: boolean;
  is_owner?: boolean;
}

export interface HassConnection {
  subscribeMessage<T>(
    callback: (message: T) => void,
    message: Record<string, unknown>,
  ): Promise<() => Promise<void>>;
}

export interface HassLocale {
  language: string;
  number_format?: string;
  time_format?: string;
  time_zone?: string;
  first_weekday?: string;
}

export interface HomeAssistant {
  callWS<T>(message: Record<string, unknown>): Promise<T>;
  connection: HassConnection;
  user?: HassUser;
  language?: string;
  locale?: HassLocale;
  config?: { time_zone?: string; currency?: string };
  themes?: { darkMode?: boolean };
  auth?: { data?: { access_token?: string; hassUrl?: string } };
  fetchWithAuth?: (path: string, init?: RequestInit) => Promise<Response>;
  hassUrl?: (path?: string) => string;
}

export interface PanelInfo {
  url_path?: string;
  title?: string | null;
  config?: Record<string, unknown> | null;
}

/** What is used or left of a maintenance task's intervals. */
export interface MaintenanceFigures {
  hours?: number;
  filament_kg?: number;
  jobs?: number;
  days?: number;
}

/** A maintenance task's editable fields (null clears an interval). */
export interface MaintenanceTaskInput {
  name?: string;
  interval_hours?: number | null;
  interval_filament_kg?: number | null;
  interval_jobs?: number | null;
  interval_days?: number | null;
  notes?: string | null;
  cost?: number | null;
}

/** A maintenance task with how close it is to due (`maintenance/get`). */
export interface MaintenanceTask {
  id: string;
  printer_id: string;
  name: string;
  interval_hours: number | null;
  interval_filament_kg: number | null;
  interval_jobs: number | null;
  interval_days: number | null;
  notes: string | null;
  cost: number | null;
  archived: boolean;
  created_at: string;
  since: string;
  last_done: string | null;
  used: MaintenanceFigures;
  remaining: MaintenanceFigures;
  fraction: number;
  status: "ok" | "soon" | "due";
  failure_rate_since: number | null;
  failure_rate_before: number | null;
}

/** One time maintenance was done. */
export interface MaintenanceLogEntry {
  id: string;
  printer_id: string;
  task_id: string | null;
  name: string;
  done_at: string;
  done_by: string | null;
  notes: string | null;
  cost: number | null;
  print_hours: number;
  filament_g: number;
  jobs: number;
}

/** The answer of `maintenance/get`. */
export interface Maintenance {
  tasks: MaintenanceTask[];
  log: MaintenanceLogEntry[];
  cost: Record<string, number>;
}

/** A file's figures on one printer (`printer_id`) or on the whole farm (null). */
export interface FileStats {
  printer_id: string | null;
  printer_name: string | null;
  prints: number;
  finished: number;
  completed: number;
  success_rate: number | null;
  print_duration: number;
  mean_print_duration: number | null;
  filament_used_mm: number;
  mean_filament_mm: number | null;
  filament_weight_g: number;
  cost: number | null;
  estimate_ratio: number | null;
  first_start: string;
  last_start: string;
  last_status: JobStatus;
  last_job_id: string;
}

/** A file printed (a name with one slice of it) and its track record. */
export interface PrintFile {
  id: string;
  filename: string;
  fingerprint: string | null;
  version: number;
  versions: number;
  printer_model: string | null;
  thumbnail_job_id: string | null;
  stats: FileStats;
  printers: FileStats[];
}

export interface FilePage {
  files: PrintFile[];
  total: number;
}

export const FILE_SORTS = ["last_start", "prints", "success_rate", "filename", "print_duration", "filament"] as const;
export type FileSort = (typeof FILE_SORTS)[number];

export interface FileListParams {
  printer_id?: string;
  q?: string;
  sort?: FileSort;
  order?: "asc" | "desc";
  limit?: number;
  offset?: number;
}

/** What `print/start` answers. */
export interface PrintStarted {
  printer_id: string;
  filename: string;
  copied_from: string | null;
  sha256: string | null;
}

/** What a job cost (schema version 7), each figure with where it came from; null until computed. */
export interface JobCosts {
  energy_kwh: number | null;
  energy_source: string | null;
  electricity_cost: number | null;
  electricity_source: string | null;
  computed_filament_cost: number | null;
  computed_filament_source: string | null;
  machine_cost: number | null;
  total_cost: number | null;
  total_cost_source: string | null;
}

/** Why a job's power curve has no points (`jobs/power`). */
export type PowerReason = "no_sensor" | "no_history" | "no_recorder";

/** A job's power over its time from Home Assistant's recorder (`jobs/power`). */
export interface JobPower {
  /** The printer's plug sensor (null: none configured). */
  entity_id: string | null;
  /** A power sensor, or an energy meter whose differences give the power. */
  kind: "power" | "energy" | null;
  /** The recorder's state history, or its hourly statistics (older jobs). */
  source: "states" | "statistics" | null;
  reason: PowerReason | null;
  mean_w: number | null;
  max_w: number | null;
  /** [seconds since the job's start, W or null], each holding until the next (at most 500). */
  points: [number, number | null][];
}
