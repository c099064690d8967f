#!/usr/bin/env node
// The end-to-end tests: a real Home Assistant, a seeded print log and a simulated printer driven by
// headless Chromium (tests/frontend, Python + Playwright). `npm test` runs them after the unit tests.
// scripts/test sets PRINT_LOGGER_E2E=pytest: its pytest step runs them (with coverage), not this one.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
if (process.env.PRINT_LOGGER_E2E === "pytest") {
  console.log("e2e: run by scripts/test's pytest step (tests/frontend)");
  process.exit(0);
}
const python = `${REPO}.venv/bin/python`;
if (!existsSync(python)) {
  console.error("e2e: no .venv — run scripts/setup first");
  process.exit(1);
}
const result = spawnSync(
  python,
  ["-m", "pytest", "tests/frontend", "-m", "browser", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"],
  { cwd: REPO, stdio: "inherit" },
);
process.exit(result.status ?? 1);
