/** The Material Design Icons the UI uses (tree-shaken from @mdi/js), drawn as inline SVG. */

import { html, type TemplateResult } from "lit";

export {
  mdiChartBar,
  mdiChevronLeft,
  mdiChevronRight,
  mdiClose,
  mdiDelete,
  mdiDownload,
  mdiFileDocumentMultiple,
  mdiFilterVariant,
  mdiMenu,
  mdiPencil,
  mdiPlus,
  mdiPrinter3d,
  mdiRefresh,
  mdiStar,
  mdiStarOutline,
  mdiTable,
  mdiWrench,
} from "@mdi/js";

/** An icon: decorative (aria-hidden) unless a label is given. */
export function icon(path: string, label?: string): TemplateResult {
  return label
    ? html`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${label}><path d=${path}></path></svg>`
    : html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
}
