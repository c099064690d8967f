/**
 * The committed bundle (custom_components/print_logger/frontend/, shipped by HACS) must be what the
 * sources build to, byte for byte; the build must be deterministic; the bundle must stay small.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";

import { OUT_DIR } from "../vite.config";
import { buildBundle } from "./build-bundle";

const BUDGET_GZIP = 250 * 1024;

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

describe("bundle", () => {
  it("is committed up to date (run `npm run build` and commit the result if this fails)", () => {
    const fresh = files(inject("bundleDir"));
    const committed = files(OUT_DIR);
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [name, bytes] of fresh) {
      expect(committed.get(name)?.equals(bytes), `${name} differs from a fresh build`).toBe(true);
    }
  });

  it("builds to the same bytes every time", async () => {
    const dir = mkdtempSync(join(tmpdir(), "print-logger-bundle-again-"));
    try {
      await buildBundle(dir);
      const again = files(dir);
      const first = files(inject("bundleDir"));
      expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
      for (const [name, bytes] of first) expect(again.get(name)?.equals(bytes), name).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has the two entry modules and stays within the size budget", () => {
    const fresh = files(inject("bundleDir"));
    expect(fresh.has("print-logger-panel.js")).toBe(true);
    expect(fresh.has("print-logger-card.js")).toBe(true);
    const gzipped = [...fresh.values()].reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
    console.info(`bundle: ${fresh.size} files, ${(gzipped / 1024).toFixed(1)} KiB gzipped`);
    expect(gzipped).toBeLessThan(BUDGET_GZIP);
    // The card is loaded on every dashboard page: it must not pull in the panel or the chart library
    // (it names the panel's module only to start loading it on the panel's own page).
    const card = fresh.get("print-logger-card.js")!.toString();
    const imports = [...card.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports).not.toContain("print-logger-panel.js");
    const chunks = imports.map((i) => fresh.get(i)!.toString()).join("");
    expect([card, chunks].join("")).not.toContain("uplot");
    expect(chunks).not.toContain("print-logger-panel");
    expect(card.match(/print-logger-panel/g)).toHaveLength(1);
  });
});
