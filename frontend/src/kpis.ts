/** The key figures of a summary, as labelled texts. */

import {
  formatCost,
  formatDuration,
  formatFilament,
  formatLength,
  formatNumber,
  formatPercent,
  formatUnit,
  type FormatOptions,
} from "./format";
import { localize } from "./localize";
import type { Summary } from "./types";

export interface Kpi {
  id: string;
  label: string;
  value: string;
  sub?: string;
}

export function kpis(summary: Summary, opts: FormatOptions): Kpi[] {
  return [
    {
      id: "jobs",
      label: localize("kpi.jobs"),
      value: formatNumber(summary.jobs, opts),
      sub: localize("kpi.jobs_sub", {
        completed: formatNumber(summary.completed, opts),
        failed: formatNumber(summary.failed, opts),
        cancelled: formatNumber(summary.cancelled, opts),
      }),
    },
    {
      id: "success_rate",
      label: localize("kpi.success_rate"),
      value: formatPercent(summary.success_rate, opts),
      sub: summary.in_progress
        ? localize("kpi.printing_now", { count: summary.in_progress, n: formatNumber(summary.in_progress, opts) })
        : undefined,
    },
    {
      id: "print_hours",
      label: localize("kpi.print_time"),
      value: formatUnit(summary.print_hours, "hours", opts, 1),
      sub:
        summary.avg_print_hours !== null && summary.avg_print_hours !== undefined
          ? localize("kpi.time_per_job", { time: formatDuration(summary.avg_print_hours * 3600) })
          : undefined,
    },
    {
      id: "filament",
      label: localize("kpi.filament"),
      value: formatFilament(summary.filament_g, summary.filament_mm, opts),
      // The length under the weight, unless the length is what the value already shows.
      sub: summary.filament_mm && summary.filament_g ? formatLength(summary.filament_mm, opts) : undefined,
    },
    { id: "cost", label: localize("kpi.cost"), value: formatCost(summary.cost, opts) },
  ];
}

