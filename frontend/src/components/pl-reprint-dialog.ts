/**
 * "Print again": a file on a printer of the farm, chosen in a dialog. The server refuses with a reason
 * (busy, offline, file missing…); two refusals are questions: the file is on another printer (copy it
 * there first?) and the slice is for another printer model (print anyway?), answered by a second call.
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";

import { errorMessage, errorReason, type PrintLoggerApi } from "../api";
import { define, fire } from "../define";
import { fileName } from "../format";
import { localize, type MessageKey } from "../localize";
import { baseStyles } from "../styles";
import type { Printer } from "../types";
import "./pl-dialog";

/** The refusals that are questions: the answer repeats the call with this option. */
const QUESTIONS: Record<string, "copy" | "confirm"> = { copy_needed: "copy", model_mismatch: "confirm" };

export class PlReprintDialog extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  @property({ attribute: false }) printers: Printer[] = [];
  /** The file to print; empty: closed. */
  @property() filename = "";
  /** The printer offered first (the one that printed it). */
  @property() printerId = "";

  @state() private chosen = "";
  @state() private busy = false;
  @state() private message = "";
  @state() private question?: "copy" | "confirm";
  @state() private answers: { copy: boolean; confirm: boolean } = { copy: false, confirm: false };
  @state() private started = "";

  static override styles = [
    baseStyles,
    css`
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
        margin: 12px 0;
      }
      .question {
        color: var(--pl-warn);
      }
      .done {
        color: var(--pl-ok);
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new file to print: offer the printer that printed it (else the first).
    if (changed.has("filename") || changed.has("printerId") || !this.printers.some((p) => p.id === this.chosen)) {
      const known = this.printers.some((p) => p.id === this.printerId);
      this.chosen = known ? this.printerId : (this.printers[0]?.id ?? "");
    }
  }

  private reset(): void {
    this.message = "";
    this.question = undefined;
    this.answers = { copy: false, confirm: false };
    this.started = "";
  }

  private close(): void {
    this.reset();
    fire(this, "reprint-closed");
  }

  private async submit(answer?: "copy" | "confirm"): Promise<void> {
    if (!this.api || !this.chosen) return;
    if (answer) this.answers = { ...this.answers, [answer]: true };
    this.busy = true;
    this.message = "";
    this.question = undefined;
    try {
      const result = await this.api.startPrint(this.chosen, this.filename, this.answers.copy, this.answers.confirm);
      const printer = this.printers.find((p) => p.id === result.printer_id)?.name ?? result.printer_id;
      const source = this.printers.find((p) => p.id === result.copied_from)?.name ?? result.copied_from;
      this.started = source
        ? localize("reprint.started_copied", { printer, source })
        : localize("reprint.started", { printer });
      fire(this, "print-started", result);
    } catch (err) {
      const reason = errorReason(err);
      this.question = reason ? QUESTIONS[reason] : undefined;
      this.message = reason
        ? localize(`reprint.reason.${reason}` as MessageKey, { error: errorMessage(err) })
        : errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const open = !!this.filename;
    return html`<pl-dialog .heading=${localize("reprint.heading")} .open=${open} @closed=${() => this.close()}>
      ${open
        ? html`<p>${fileName(this.filename)}</p>
            <label
              >${localize("common.printer")}
              <select
                .value=${this.chosen}
                ?disabled=${this.busy || !!this.started}
                @change=${(e: Event) => {
                  this.chosen = (e.target as HTMLSelectElement).value;
                  this.reset();
                }}
              >
                ${this.printers.map(
                  (p) => html`<option value=${p.id} ?selected=${p.id === this.chosen}>${p.name}</option>`,
                )}
              </select></label
            >
            ${this.message
              ? html`<p class=${this.question ? "question" : "status-error"} role="alert">${this.message}</p>`
              : nothing}
            ${this.started ? html`<p class="done" role="status">${this.started}</p>` : nothing}`
        : nothing}
      <button slot="actions" class="btn" @click=${() => this.close()}>
        ${localize(this.started ? "common.close" : "common.cancel")}
      </button>
      ${this.started
        ? nothing
        : this.question
          ? html`<button slot="actions" class="btn primary" ?disabled=${this.busy} @click=${() => this.submit(this.question)}>
              ${localize(this.question === "copy" ? "reprint.copy_and_print" : "reprint.print_anyway")}
            </button>`
          : html`<button slot="actions" class="btn primary" ?disabled=${this.busy || !this.chosen} @click=${() => this.submit()}>
              ${localize("reprint.print")}
            </button>`}
    </pl-dialog>`;
  }
}

define("pl-reprint-dialog", PlReprintDialog);

declare global {
  interface HTMLElementTagNameMap {
    "pl-reprint-dialog": PlReprintDialog;
  }
}
