#!/usr/bin/env node
// Security lint of the frontend sources: user-supplied text must only reach the DOM through Lit's
// escaping templates. Fails on any API that parses HTML or code from strings.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SRC = join(ROOT, "src");

const RULES = [
  [/\bunsafeHTML\b/, "unsafeHTML renders a string as HTML: use a Lit template"],
  [/\bunsafeSVG\b/, "unsafeSVG renders a string as SVG: use a Lit svg template"],
  [/\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML/, "assigning HTML strings bypasses escaping"],
  [/document\.write/, "document.write parses HTML"],
  [/\beval\s*\(|new\s+Function\s*\(/, "no code from strings"],
  [/\bunsafeCSS\s*\((?!uPlotCss\))/, "unsafeCSS only for the bundled uPlot stylesheet"],
  [/\bconsole\.log\b/, "no console.log left in the bundle (console.warn for real problems)"],
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : [];
  });
}

let problems = 0;
for (const file of walk(SRC)) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (line.trim().startsWith("//") || line.trim().startsWith("*")) return;
    for (const [pattern, why] of RULES) {
      if (pattern.test(line)) {
        console.error(`${relative(ROOT, file)}:${i + 1}: ${why}\n    ${line.trim()}`);
        problems += 1;
      }
    }
  });
}
if (problems) {
  console.error(`lint: ${problems} problem(s)`);
  process.exit(1);
}
