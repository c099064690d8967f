/** The climate chart's pure parts: the pauses of a job and the unbroken runs of a series. */

import type { JobEvent } from "./types";

/** The pauses of a job as [from, to] seconds since its start (an open pause runs to `end`). */
export function pauseSpans(events: JobEvent[], start: string, end: number): [number, number][] {
  const t0 = Date.parse(start);
  const spans: [number, number][] = [];
  let from: number | null = null;
  for (const event of events) {
    const at = (Date.parse(event.at) - t0) / 1000;
    if (event.type === "paused" && from === null) from = at;
    else if ((event.type === "resumed" || event.type === "finished" || event.type === "cancelled") && from !== null) {
      spans.push([from, at]);
      from = null;
    }
  }
  if (from !== null) spans.push([from, end]);
  return spans;
}

/** The polyline segments of a series (a null value breaks the line). */
export function segments(series: [number, number | null][]): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  for (const [t, v] of series) {
    if (v === null) {
      if (current.length) out.push(current);
      current = [];
    } else current.push([t, v]);
  }
  if (current.length) out.push(current);
  return out;
}
