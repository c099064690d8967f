/**
 * A modal dialog on the native <dialog> element: focus is trapped and restored, Escape closes it,
 * and it is announced with its heading. Content goes in the default slot, buttons in slot "actions".
 */

import { LitElement, css, html, type PropertyValues } from "lit";
import { property, query, state } from "lit/decorators.js";

import { localize } from "../localize";
import { define, fire } from "../define";
import { icon, mdiClose } from "../icons";
import { baseStyles } from "../styles";

export class PlDialog extends LitElement {
  @property() heading = "";
  @property({ type: Boolean, reflect: true }) open = false;
  @property({ type: Boolean }) wide = false;
  @query("dialog") private dialog?: HTMLDialogElement;
  @state() private hasActions = false;
  private opener: Element | null = null;

  static override styles = [
    baseStyles,
    css`
      dialog {
        border: none;
        padding: 0;
        border-radius: var(--ha-dialog-border-radius, 16px);
        background: var(--mdc-theme-surface, var(--card-background-color, #fff));
        color: var(--primary-text-color);
        width: min(560px, calc(100vw - 24px));
        max-height: calc(100vh - 48px);
        box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
      }
      dialog.wide {
        width: min(960px, calc(100vw - 24px));
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.45);
      }
      .frame {
        display: flex;
        flex-direction: column;
        max-height: calc(100vh - 48px);
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 12px 8px 8px 20px;
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.25rem;
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      .content {
        padding: 0 20px 12px;
        overflow: auto;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        flex-wrap: wrap;
        gap: 8px;
        padding: 12px 20px 16px;
        border-top: var(--pl-border);
      }
      footer:not(.has-actions) {
        display: none;
      }
      @media (max-width: 600px) {
        dialog,
        dialog.wide {
          width: 100vw;
          max-width: 100vw;
          height: 100%;
          max-height: 100%;
          border-radius: 0;
        }
        .frame {
          max-height: 100%;
          height: 100%;
        }
        .content {
          flex: 1;
        }
      }
    `,
  ];

  override render() {
    return html`<dialog
      class=${this.wide ? "wide" : ""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${localize("common.close")} @click=${this.close}>${icon(mdiClose)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions ? "has-actions" : ""}>
          <slot
            name="actions"
            @slotchange=${(e: Event) => (this.hasActions = (e.target as HTMLSlotElement).assignedElements().length > 0)}
          ></slot>
        </footer>
      </div>
    </dialog>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has("open") || !this.dialog) return;
    if (this.open && !this.dialog.open) {
      this.opener = deepActiveElement();
      this.dialog.showModal();
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
    }
  }

  close(): void {
    this.open = false;
  }

  private onCancel(ev: Event): void {
    ev.preventDefault();
    this.open = false;
  }

  private onClose(): void {
    this.open = false;
    if (this.opener instanceof HTMLElement && this.opener.isConnected) this.opener.focus();
    this.opener = null;
    fire(this, "closed");
  }
}

function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

define("pl-dialog", PlDialog);

declare global {
  interface HTMLElementTagNameMap {
    "pl-dialog": PlDialog;
  }
}
