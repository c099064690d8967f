/** The key figures of a summary, as labelled texts. */

import { formatCost, formatFilament, formatNumber, formatPercent, type FormatOptions } from "./format";
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
      label: "Jobs",
      value: formatNumber(summary.jobs, opts),
      sub: `${formatNumber(summary.completed, opts)} completed · ${formatNumber(summary.failed, opts)} failed · ${formatNumber(summary.cancelled, opts)} cancelled`,
    },
    {
      id: "success_rate",
      label: "Success rate",
      value: formatPercent(summary.success_rate, opts),
      sub: summary.in_progress ? `${formatNumber(summary.in_progress, opts)} printing now` : undefined,
    },
    {
      id: "print_hours",
      label: "Print time",
      value: `${formatNumber(summary.print_hours, opts, 1)} h`,
      sub:
        summary.avg_print_hours !== null && summary.avg_print_hours !== undefined
          ? `${formatNumber(summary.avg_print_hours, opts, 2)} h per job`
          : undefined,
    },
    {
      id: "filament",
      label: "Filament",
      value: formatFilament(summary.filament_g, summary.filament_mm, opts),
      sub: summary.filament_mm ? `${formatNumber(summary.filament_mm / 1000, opts, 1)} m` : undefined,
    },
    { id: "cost", label: "Cost", value: formatCost(summary.cost, opts) },
  ];
}

