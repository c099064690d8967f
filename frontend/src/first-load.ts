/**
 * What the panel's first render asks for (the job list's first page with no filters, its key figures,
 * the printers): shared by the job list, which makes these calls, and the card's module, which makes them
 * early on the panel's page (see card.ts).
 */

import { EMPTY_FILTERS, filterParams, summaryScope } from "./filters";
import type { SortKey } from "./types";

/** The first page's sort and size. */
export const FIRST_SORT: SortKey = "start";
export const FIRST_ORDER = "desc";
export const FIRST_LIMIT = 50;

/** The calls of the panel's first render: `[type, params]` for `callEarly`. */
export function firstLoadCalls(): [string, object][] {
  const params = filterParams(EMPTY_FILTERS, undefined);
  return [
    ["printers/list", {}],
    ["jobs/list", { ...params, sort: FIRST_SORT, order: FIRST_ORDER, limit: FIRST_LIMIT, cursor: null }],
    ["analytics/summary", summaryScope(params)],
  ];
}
