/// <reference types="vitest/config" />
/**
 * Builds two ES modules into ../custom_components/print_logger/frontend/ (committed: HACS ships it):
 *   print-logger-panel.js  the sidebar panel (module_url of the custom panel)
 *   print-logger-card.js   the Lovelace card (loaded on every page through add_extra_js_url)
 * plus a content-hashed chunk they share (Lit). The build is deterministic: same sources, same bytes.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export const OUT_DIR = fileURLToPath(new URL("../custom_components/print_logger/frontend", import.meta.url));

export default defineConfig(({ command }) => {
  // The committed bundle must not depend on the shell: always Lit's production build.
  if (command === "build") process.env.NODE_ENV = "production";
  return {
    base: "./",
    publicDir: false,
    logLevel: "warn",
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: "es2021",
      minify: "esbuild",
      sourcemap: false,
      reportCompressedSize: false,
      modulePreload: false,
      cssCodeSplit: false,
      // Application mode with two JS entries (lib mode would keep the whitespace of ES output).
      rollupOptions: {
        input: {
          "print-logger-panel": fileURLToPath(new URL("src/panel.ts", import.meta.url)),
          "print-logger-card": fileURLToPath(new URL("src/card.ts", import.meta.url)),
        },
        preserveEntrySignatures: false,
        output: {
          format: "es",
          entryFileNames: "[name].js",
          // The texts of each language but English: one small chunk each, loaded on demand.
          chunkFileNames: (chunk) =>
            chunk.facadeModuleId?.includes("/src/i18n/") ? "chunks/i18n-[name]-[hash].js" : chunk.isDynamicEntry ? "chunks/[name]-[hash].js" : "chunks/shared-[hash].js",
          // No banner with dates or paths: the output depends on the sources only.
        },
      },
    },
    esbuild: {
      // Keep the licence notices of the bundled libraries (at the end of each file).
      legalComments: "eof",
    },
    test: {
      include: ["test/**/*.test.ts"],
      globalSetup: ["test/global-setup.ts"],
      environment: "node",
      testTimeout: 60_000,
      hookTimeout: 60_000,
      fileParallelism: false,
    },
  };
});
