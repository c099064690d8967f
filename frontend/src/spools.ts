/** The spools of a job (Spoolman through Moonraker): colour chips, the detail's list, bars. */

import { css, html, nothing } from "lit";

import type { BarItem } from "./bars";
import { cssColour, formatCost, formatGrams, formatLength, formatNumber, formatWeight, type FormatOptions } from "./format";
import { localize } from "./localize";
import type { JobSpool, SpoolBreakdownRow } from "./types";

/** A spool's name: "#1 eSUN PLA+ Black" (the id alone when its facts are unknown). */
export function spoolName(spool: JobSpool): string {
  const name = [spool.vendor, spool.filament_name].filter(Boolean).join(" ");
  return name ? `#${spool.spool_id} ${name}` : `#${spool.spool_id}`;
}

/** The CSS background of a spool's chip: its colour, or its colours side by side. */
export function spoolBackground(spool: Pick<JobSpool, "color_hex" | "multi_color_hexes">): string | undefined {
  const many = (spool.multi_color_hexes ?? "")
    .split(",")
    .map((c) => cssColour(c))
    .filter((c): c is string => Boolean(c));
  if (many.length > 1) {
    const step = 100 / many.length;
    return `linear-gradient(90deg, ${many.map((c, i) => `${c} ${i * step}% ${(i + 1) * step}%`).join(", ")})`;
  }
  return cssColour(spool.color_hex);
}

/** A job's spools as small colour chips (the jobs list); nothing for a job without spools. */
export function spoolChips(spools: JobSpool[] | undefined, opts: FormatOptions) {
  if (!spools?.length) return nothing;
  return html`<span class="spools" data-spools=${spools.map((s) => s.spool_id).join(",")}>
    ${spools.map((s) => {
      const bg = spoolBackground(s);
      const grams = s.weight_g !== undefined ? formatGrams(s.weight_g, opts, 1) : "";
      const title = [spoolName(s), s.material, grams].filter(Boolean).join(" · ");
      return html`<span class="spool-chip" title=${title} aria-label=${title}>
        <span class="spool-dot" style=${bg ? `background:${bg}` : ""}></span>${s.filament_name ?? `#${s.spool_id}`}
      </span>`;
    })}
  </span>`;
}

/** The job detail's table of spools: name, material, length, grams and cost of each. */
export function spoolTable(spools: JobSpool[], total: number | null, opts: FormatOptions) {
  return html`<table class="spool-table">
    <thead>
      <tr>
        <th>${localize("spools.spool")}</th>
        <th>${localize("spools.material")}</th>
        <th class="num">${localize("spools.length")}</th>
        <th class="num">${localize("spools.weight")}</th>
        <th class="num">${localize("kpi.cost")}</th>
      </tr>
    </thead>
    <tbody>
      ${spools.map((s) => {
        const bg = spoolBackground(s);
        return html`<tr data-spool-id=${s.spool_id}>
          <td><span class="spool-dot" style=${bg ? `background:${bg}` : ""}></span> ${spoolName(s)}</td>
          <td>${s.material ?? "—"}</td>
          <td class="num">${formatLength(s.length_mm, opts)}</td>
          <td class="num">${s.weight_g !== undefined ? formatGrams(s.weight_g, opts, 1) : "—"}</td>
          <td class="num">${formatCost(s.cost ?? null, opts)}</td>
        </tr>`;
      })}
    </tbody>
    <tfoot>
      <tr>
        <td colspan="4">${localize("spools.filament_cost")}</td>
        <td class="num">${formatCost(total, opts)}</td>
      </tr>
    </tfoot>
  </table>`;
}

/** Spool breakdown rows → bars of grams, in each spool's colour, with jobs and cost as note. */
export function spoolBarItems(rows: SpoolBreakdownRow[], opts: FormatOptions, colours: boolean): BarItem[] {
  return rows.map((r) => {
    const item: BarItem = {
      key: r.key === null ? "" : String(r.key),
      label: r.key === null ? localize("common.unknown") : r.label,
      value: r.filament_g,
      display: formatWeight(r.filament_g, opts, 0),
      note: [
        localize("common.n_jobs", { count: r.jobs, n: formatNumber(r.jobs, opts) }),
        r.cost !== null ? formatCost(r.cost, opts) : "",
      ]
        .filter(Boolean)
        .join(" · "),
    };
    const c = colours ? cssColour(r.color_hex) : undefined;
    if (c) item.colour = c;
    return item;
  });
}

export const spoolStyles = css`
  .spools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    margin-top: 2px;
    white-space: normal;
  }
  .spool-chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px 1px 3px;
    border-radius: 12px;
    border: 1px solid var(--divider-color, #ddd);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .spool-dot {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    background: var(--disabled-text-color, #bbb);
    vertical-align: middle;
  }
  .spool-table {
    border-collapse: collapse;
    width: 100%;
  }
  .spool-table th,
  .spool-table td {
    padding: 4px 8px;
    text-align: start;
    border-bottom: 1px solid var(--divider-color, #ddd);
  }
  .spool-table .num {
    text-align: end;
  }
`;
