/**
 * Builds the bundle once into a temporary folder for the whole run: the staleness test compares it with
 * the committed bundle byte for byte, and the browser tests load it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

import { buildBundle } from "./build-bundle";

declare module "vitest" {
  export interface ProvidedContext {
    bundleDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "print-logger-bundle-"));
  await buildBundle(dir);
  project.provide("bundleDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
