/**
 * The editable fields of a job (notes, rating, tags, failure reason, cost) as a form. Fires `save` with
 * the changed fields only (`{changes}`), and `cancel`.
 */

import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";

import { localize } from "../localize";
import { define, fire } from "../define";
import { diffChanges } from "../edit";
import { parseTags, safeText } from "../format";
import { boundError } from "../limits";
import { costInput, formActions, formStyles } from "../forms";
import { baseStyles } from "../styles";
import { failureReasonText, isFailureReason } from "../failure";
import { FAILURE_REASONS, type Job } from "../types";
import "./pl-rating";

export class PlJobEditor extends LitElement {
  @property({ attribute: false }) job?: Job;
  @property({ type: Boolean }) busy = false;
  @property() error = "";
  @state() private notes = "";
  @state() private rating: number | null = null;
  @state() private tags = "";
  @state() private reason = "";
  @state() private reasonChoice = "";
  @state() private cost = "";
  private loadedId?: string;

  static override styles = [
    baseStyles,
    formStyles,
    css`
      :host {
        display: block;
        --pl-form-column: 220px;
      }
      form {
        align-items: start;
      }
    `,
  ];

  protected override willUpdate(): void {
    if (this.job && this.job.id !== this.loadedId) {
      this.loadedId = this.job.id;
      this.notes = this.job.notes ?? "";
      this.rating = this.job.rating ?? null;
      this.tags = this.job.tags.join(", ");
      const stored = this.job.failure_reason ?? "";
      this.reasonChoice = !stored ? "" : isFailureReason(stored) ? stored : "other";
      this.reason = isFailureReason(stored) ? "" : stored;
      this.cost = this.job.cost === null || this.job.cost === undefined ? "" : String(this.job.cost);
    }
  }

  override render() {
    if (!this.job) return html``;
    const failed = this.job.status !== "completed" && this.job.status !== "in_progress";
    return html`<form @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <label class="wide"
        >${localize("column.notes")}
        <textarea
          name="notes"
          .value=${this.notes}
          @input=${(e: Event) => (this.notes = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <div class="field">
        <span id="rating-label">${localize("rating.rating")}</span>
        <pl-rating
          .value=${this.rating}
          .subject=${safeText(this.job.filename)}
          @value-changed=${(e: CustomEvent<{ value: number | null }>) => (this.rating = e.detail.value)}
        ></pl-rating>
      </div>
      <label
        >${localize("form.tags")}
        <input
          name="tags"
          .value=${this.tags}
          @input=${(e: Event) => (this.tags = (e.target as HTMLInputElement).value)}
        />
      </label>
      <label
        >${failed ? localize("detail.failure_reason") : localize("form.failure_reason_failed")}
        <select
          name="failure_reason_choice"
          .value=${this.reasonChoice}
          @change=${(e: Event) => (this.reasonChoice = (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${this.reasonChoice === ""}>—</option>
          ${FAILURE_REASONS.map(
            (reason) =>
              html`<option value=${reason} ?selected=${this.reasonChoice === reason}>${failureReasonText(reason)}</option>`,
          )}
        </select>
      </label>
      ${this.reasonChoice === "other"
        ? html`<label
            >${localize("failure.other_text")}
            <input
              name="failure_reason"
              .value=${this.reason}
              @input=${(e: Event) => (this.reason = (e.target as HTMLInputElement).value)}
            />
          </label>`
        : nothing}
      <label
        >${localize("kpi.cost")}
        ${costInput({ value: this.cost, onInput: (e: Event) => (this.cost = (e.target as HTMLInputElement).value) })}
      </label>
      ${formActions(this, this.error, this.busy, localize("common.save"))}
    </form>`;
  }

  /** Focus the notes field (after opening the editor). */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector("textarea")?.focus());
  }

  private onKeydown(ev: KeyboardEvent): void {
    if (ev.key === "Escape") {
      ev.stopPropagation();
      fire(this, "cancel");
    }
  }

  private onSubmit(ev: Event): void {
    ev.preventDefault();
    if (!this.job) return;
    const costText = this.cost.trim();
    const cost = costText === "" ? null : Number(costText);
    if (cost !== null && (!Number.isFinite(cost) || cost < 0)) {
      this.error = localize("form.positive", { field: localize("kpi.cost") });
      return;
    }
    const outOfBounds = cost === null ? "" : boundError("cost", cost, localize("kpi.cost"));
    if (outOfBounds) {
      this.error = outOfBounds;
      return;
    }
    const changes = diffChanges(this.job, {
      notes: this.notes,
      rating: this.rating,
      tags: parseTags(this.tags),
      failure_reason: this.reasonChoice === "other" ? this.reason.trim() || "other" : this.reasonChoice,
      cost,
    });
    fire(this, "save", { changes });
  }
}

define("pl-job-editor", PlJobEditor);

declare global {
  interface HTMLElementTagNameMap {
    "pl-job-editor": PlJobEditor;
  }
}
