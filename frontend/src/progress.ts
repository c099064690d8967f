/** The progress bar of a running job: one template and its styles, shared by the card and the live strip. */

import { css, html } from "lit";
import { styleMap } from "lit/directives/style-map.js";

import { safeText } from "./format";
import { localize } from "./localize";
import type { Job } from "./types";

/** The progress as a whole percentage (what the bar announces and the label shows). */
export function progressPercent(job: Pick<Job, "progress">): number {
  return Math.round(job.progress * 100);
}

/** An accessible progress bar (role progressbar, 0–100) of a job's progress, named after its file. */
export function progressBar(job: Pick<Job, "filename" | "progress">) {
  return meter(job.progress, localize("live.progress_of", { file: safeText(job.filename) }));
}

/**
 * An accessible bar (role progressbar, 0–100) of a fraction (capped at 1), named by `label`; `kind`
 * colours it (`warn`, `error`: e.g. a maintenance task nearly due or due).
 */
export function meter(fraction: number, label: string, kind?: "warn" | "error") {
  const shown = Math.min(Math.max(fraction, 0), 1);
  return html`<div
    class="progress ${kind ?? ""}"
    role="progressbar"
    aria-label=${label}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${Math.round(shown * 100)}
  >
    <div style=${styleMap({ width: `${Math.round(shown * 1000) / 10}%` })}></div>
  </div>`;
}

export const progressStyles = css`
  .progress {
    height: 6px;
    border-radius: 3px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.2));
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--primary-color, #03a9f4);
  }
  .progress.warn > div {
    background: var(--pl-warn, #ffa600);
  }
  .progress.error > div {
    background: var(--pl-error, #db4437);
  }
`;
