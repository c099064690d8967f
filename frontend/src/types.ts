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

export interface JobDetail extends Job {
  details: Record<string, unknown> | null;
  events: JobEvent[];
  metadata: Record<string, unknown> | null;
}

export interface Printer {
  id: string;
  entry_id: string | null;
  name: string;
  moonraker_url: string | null;
  online: boolean;
  print_state: string | null;
  current_job: Job | null;
}

export type SortKey =
  | "start"
  | "end"
  | "filename"
  | "status"
  | "print_duration"
  | "filament_used_mm"
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
}

export type Bucket = "day" | "week" | "month" | "year";
export type Metric = "jobs" | "hours" | "filament" | "cost";

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
  | "weekday_hour";

export interface BreakdownRow {
  key: string | number | null;
  label: string | null;
  jobs: number;
  hours: number;
  filament_g: number;
  success_rate: number | null;
}

export interface Breakdown {
  by: BreakdownBy;
  rows: BreakdownRow[];
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
