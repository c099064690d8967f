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
  return html`<div
    class="progress"
    role="progressbar"
    aria-label=${localize("live.progress_of", { file: safeText(job.filename) })}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${progressPercent(job)}
  >
    <div style=${styleMap({ width: `${Math.round(job.progress * 1000) / 10}%` })}></div>
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
`;
