/**
 * Readable names of filament colours: the nearest of a small table of named colours (in CIELAB, so
 * "nearest" is what an eye sees), in the user's language. "#1A1A1A" → "Black", "#C0392B" → "Dark red".
 */

import { localize, type MessageKey } from "./localize";

/** The named colours: message key suffix and a representative sRGB value. */
export const NAMED_COLOURS: readonly [string, number, number, number][] = [
  ["black", 0, 0, 0],
  ["dark_grey", 64, 64, 64],
  ["grey", 128, 128, 128],
  ["light_grey", 192, 192, 192],
  ["white", 255, 255, 255],
  ["red", 220, 30, 30],
  ["dark_red", 139, 0, 0],
  ["orange", 255, 140, 0],
  ["yellow", 255, 230, 0],
  ["gold", 212, 175, 55],
  ["olive", 128, 128, 0],
  ["lime", 150, 230, 40],
  ["green", 30, 160, 50],
  ["dark_green", 0, 90, 30],
  ["teal", 0, 128, 128],
  ["cyan", 0, 210, 230],
  ["sky_blue", 110, 180, 240],
  ["blue", 20, 80, 220],
  ["navy", 10, 20, 100],
  ["purple", 120, 40, 160],
  ["magenta", 220, 0, 200],
  ["pink", 255, 150, 190],
  ["brown", 120, 70, 30],
  ["beige", 230, 215, 180],
];

/** "#RGB", "#RRGGBB" or "#RRGGBBAA" (with or without "#") → [r, g, b, a] (a in 0–1), else undefined. */
export function parseHex(value: string): [number, number, number, number] | undefined {
  let v = value.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(v)) v = [...v].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(v)) return undefined;
  const n = (i: number): number => parseInt(v.slice(i, i + 2), 16);
  return [n(0), n(2), n(4), v.length === 8 ? n(6) / 255 : 1];
}

/** sRGB (0–255) → CIELAB (D65). */
function lab(r: number, g: number, b: number): [number, number, number] {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27) * t / 116 + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const TABLE = NAMED_COLOURS.map(([name, r, g, b]) => [name, lab(r, g, b)] as const);

/** The key suffix of the named colour nearest to a hex colour ("#ff0000" → "red"), else undefined. */
export function nearestColour(hex: string): string | undefined {
  const rgba = parseHex(hex);
  if (!rgba) return undefined;
  if (rgba[3] < 0.25) return "transparent";
  const [L, A, B] = lab(rgba[0], rgba[1], rgba[2]);
  let best = "";
  let bestDistance = Infinity;
  for (const [name, [l, a, b]] of TABLE) {
    const d = (L - l) ** 2 + (A - a) ** 2 + (B - b) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  }
  return best;
}

/** A hex colour's readable name in the user's language ("Dark grey"); the value itself if not a colour. */
export function colourName(hex: string): string {
  const name = nearestColour(hex);
  return name ? localize(`colour.${name}` as MessageKey) : hex;
}

/** A colour key as the hex a filament table keys by ("#1a1a1a" → "1A1A1A"), else undefined. */
export function hexKey(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const rgba = parseHex(value);
  if (!rgba) return undefined;
  return rgba
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}
