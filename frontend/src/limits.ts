/**
 * The bounds of what a person can write, read once from the store (`print_logger/limits`): the forms
 * check the same numbers the REST API, the websocket commands and the actions do (one definition,
 * `store/validation.py`). Until they are read the forms leave the upper bounds to the server.
 */

import { localize } from "./localize";
import type { PrintLoggerApi } from "./api";
import type { Limits } from "./types";

let current: Limits | undefined;
let pending: Promise<Limits | undefined> | undefined;

/** The bounds, once read (undefined before). */
export function limits(): Limits | undefined {
  return current;
}

/** Read the bounds (once per page; a failure is retried on the next call). */
export function loadLimits(api: PrintLoggerApi): Promise<Limits | undefined> {
  pending ??= api
    .limits()
    .then((value) => (current = value))
    .catch(() => {
      pending = undefined;
      return undefined;
    });
  return pending;
}

/** Forget the bounds (tests). */
export function resetLimits(value?: Limits): void {
  current = value;
  pending = undefined;
}

/** Why `value` (already a finite number) is out of `name`'s bounds, or "" when it is not. */
export function boundError(name: string, value: number, label: string, bounds: Limits | undefined = current): string {
  const limit = bounds?.numbers[name];
  if (!limit) return value < 0 ? localize("form.positive", { field: label }) : "";
  if (value < limit.min || value > limit.max) return localize("form.range", { field: label, min: String(limit.min), max: String(limit.max) });
  return "";
}
