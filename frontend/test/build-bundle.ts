/** Build the bundle into a folder exactly as `npm run build` does (production mode, whatever vitest set). */
import { fileURLToPath } from "node:url";
import { build } from "vite";

export async function buildBundle(outDir: string): Promise<void> {
  const saved = process.env.NODE_ENV;
  // Vitest runs with NODE_ENV=test, which would select Lit's development build.
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: fileURLToPath(new URL("../vite.config.ts", import.meta.url)),
      mode: "production",
      logLevel: "silent",
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = saved;
  }
}
