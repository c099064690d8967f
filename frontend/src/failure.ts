/** The reasons a job failed: the fixed list's translated names, and text typed by a person as is. */

import { localize, type MessageKey } from "./localize";
import { FAILURE_REASONS, type FailureReason } from "./types";

export function isFailureReason(value: unknown): value is FailureReason {
  return typeof value === "string" && (FAILURE_REASONS as readonly string[]).includes(value);
}

/** The text of a stored failure reason: a fixed reason's name, else what was typed. */
export function failureReasonText(value: string | null | undefined): string {
  if (!value) return "";
  return isFailureReason(value) ? localize(`failure.${value}` as MessageKey) : value;
}
