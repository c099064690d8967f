/**
 * What the job forms share (the inline editor `pl-job-editor` and the manual job form `pl-job-form`): the
 * grid layout and its styles, the cost field (bounded by the server's limits) and the row of actions.
 */

import { css, html, nothing } from "lit";

import { fire } from "./define";
import { localize } from "./localize";
import { limits } from "./limits";

/**
 * A grid of labelled fields (`--pl-form-column` is a column's narrowest width), `.wide` fields spanning
 * the row, the actions at the end with the form's error before them.
 */
export const formStyles = css`
  form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(var(--pl-form-column, 200px), 1fr));
    gap: 12px;
  }
  label,
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 0.9em;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .actions {
    grid-column: 1 / -1;
    display: flex;
    gap: 8px;
    justify-content: flex-end;
    align-items: center;
    flex-wrap: wrap;
  }
  .form-error {
    color: var(--pl-error);
    margin-right: auto;
  }
`;

interface CostInputOptions {
  value: string;
  onInput: (e: Event) => void;
  /** Whether the server or the form found the value wrong (aria-invalid); left out when not checked. */
  invalid?: boolean;
  /** The id of the field's error text. */
  describedBy?: string;
}

/** The cost field: a non-negative amount with cents, at most the server's bound. */
export function costInput(o: CostInputOptions) {
  return html`<input
    name="cost"
    type="number"
    min="0"
    max=${limits()?.numbers.cost?.max ?? nothing}
    step="0.01"
    inputmode="decimal"
    .value=${o.value}
    @input=${o.onInput}
    aria-invalid=${o.invalid === undefined ? nothing : o.invalid ? "true" : "false"}
    aria-describedby=${o.describedBy ?? nothing}
  />`;
}

/** The form's error (announced), Cancel (fires `cancel` on the host) and the submit button. */
export function formActions(host: HTMLElement, error: string, busy: boolean, submitLabel: string) {
  return html`<div class="actions">
    ${error ? html`<span class="form-error" role="alert">${error}</span>` : ""}
    <button type="button" class="btn" @click=${() => fire(host, "cancel")}>${localize("common.cancel")}</button>
    <button type="submit" class="btn primary" ?disabled=${busy}>${submitLabel}</button>
  </div>`;
}
