/**
 * A 1–5 star rating. Read-only: one image with a text alternative. Editable: five toggle buttons
 * (Tab / Enter / Space); choosing the current rating again clears it. Fires `value-changed`
 * with `{value: number | null}`.
 */

import { LitElement, css, html } from "lit";
import { property } from "lit/decorators.js";

import { localize } from "../localize";
import { define, fire } from "../define";
import { icon, mdiStar, mdiStarOutline } from "../icons";
import { baseStyles } from "../styles";

export class PlRating extends LitElement {
  @property({ type: Number }) value: number | null = null;
  @property({ type: Boolean }) readonly = false;
  @property({ type: Boolean }) disabled = false;
  /** What is rated, for the accessible names ("Rating of benchy.gcode"). */
  @property() subject = "";

  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-flex;
        color: var(--pl-rating-color, #f9a825);
        white-space: nowrap;
      }
      button {
        border: none;
        background: none;
        padding: 0;
        width: 22px;
        height: 26px;
        cursor: pointer;
        color: inherit;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        border-radius: 4px;
      }
      button[disabled] {
        cursor: default;
        opacity: 0.6;
      }
      svg.icon {
        width: 18px;
        height: 18px;
      }
      .empty {
        color: var(--disabled-text-color, #bdbdbd);
      }
    `,
  ];

  override render() {
    const value = this.value ?? 0;
    if (this.readonly) {
      const label = this.value ? localize("rating.rated", { n: this.value }) : localize("rating.none");
      return html`<span role="img" aria-label=${label} title=${label}
        >${[1, 2, 3, 4, 5].map((n) =>
          html`<span class=${n <= value ? "" : "empty"}>${icon(n <= value ? mdiStar : mdiStarOutline)}</span>`,
        )}</span
      >`;
    }
    const group = this.subject ? localize("rating.of", { subject: this.subject }) : localize("rating.rating");
    return html`<span role="group" aria-label=${group}
      >${[1, 2, 3, 4, 5].map(
        (n) =>
          html`<button
            type="button"
            class=${n <= value ? "" : "empty"}
            aria-label=${localize("rating.stars", { count: n })}
            aria-pressed=${n === this.value ? "true" : "false"}
            ?disabled=${this.disabled}
            @click=${() => this.choose(n)}
          >
            ${icon(n <= value ? mdiStar : mdiStarOutline)}
          </button>`,
      )}</span
    >`;
  }

  private choose(n: number): void {
    const next = n === this.value ? null : n;
    this.value = next;
    fire(this, "value-changed", { value: next });
  }
}

define("pl-rating", PlRating);

declare global {
  interface HTMLElementTagNameMap {
    "pl-rating": PlRating;
  }
}
