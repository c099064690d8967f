"""
Render Print Logger's brand images from their SVG sources.

    python scripts/brand/render.py [OUT_DIR]     # default: custom_components/print_logger/brand

Writes icon.png (256×256), icon@2x.png (512×512), logo.png (shortest side 256), logo@2x.png (double)
and their dark_ variants, as Home Assistant's brands rules want them: PNG, RGBA with a transparent
background, the logo trimmed to its drawing, every @2x image exactly twice its 1x image. The dark
variants are the same drawings with the stylesheet ``DARK_CSS`` appended. Needs ``rsvg-convert``
(Debian's librsvg2-bin, installed by scripts/setup) and Pillow (in .venv with Home Assistant).
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path
import re
import shutil
import subprocess
import sys

from PIL import Image

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
DEFAULT_OUT = REPO_ROOT / "custom_components" / "print_logger" / "brand"
ICON_SIZE = 256
LOGO_HEIGHT = 256

# Dark theme: the hot end in light greys, the name in near-white; the filament keeps its colours.
DARK_CSS = """
      .block { fill: #b0bec5; }
      .fin { fill: #eceff1; }
      .name { fill: #eceff1; }
      .accent { fill: #ff9800; }
"""


def _with_dark_colours(svg: str) -> str:
    return svg.replace("</style>", DARK_CSS + "    </style>", 1)


def _logo_svg(icon_svg: str, logo_svg: str) -> str:
    """Return the logo's SVG with the icon's drawing and stylesheet put in."""
    style = re.search(r"<style>(.*?)</style>", icon_svg, re.DOTALL)
    body = re.search(r"</defs>(.*)</svg>", icon_svg, re.DOTALL)
    if style is None or body is None:
        raise SystemExit(
            "icon.svg: expected a <style> in <defs> and the drawing after </defs>"
        )
    logo = logo_svg.replace("<style>", "<style>" + style.group(1), 1)
    return logo.replace('<g id="icon"></g>', f'<g id="icon">{body.group(1)}</g>', 1)


def _render(rsvg: str, svg: str, width: int, height: int) -> Image.Image:
    """Render SVG text at the given pixel size with rsvg-convert; return an RGBA image."""
    result = subprocess.run(  # noqa: S603 - our own SVG, to the rsvg-convert found on PATH
        [rsvg, "--format=png", f"--width={width}", f"--height={height}"],
        input=svg.encode(),
        capture_output=True,
        check=True,
    )
    return Image.open(io.BytesIO(result.stdout)).convert("RGBA")


def _save(image: Image.Image, path: Path) -> None:
    image.save(path, format="PNG", optimize=True)
    print(f"{path.relative_to(REPO_ROOT)}: {image.width}×{image.height}")


def render(out: Path) -> None:
    """Write the eight brand images into ``out``."""
    rsvg = shutil.which("rsvg-convert")
    if rsvg is None:
        raise SystemExit(
            "rsvg-convert is missing: run scripts/setup (Debian: librsvg2-bin)"
        )
    icon_svg = (HERE / "icon.svg").read_text(encoding="utf-8")
    logo_svg = _logo_svg(icon_svg, (HERE / "logo.svg").read_text(encoding="utf-8"))
    canvas = re.search(r'viewBox="0 0 (\d+) (\d+)"', logo_svg)
    assert canvas is not None
    canvas_w, canvas_h = int(canvas.group(1)), int(canvas.group(2))
    out.mkdir(parents=True, exist_ok=True)
    for prefix, transform in (("", str), ("dark_", _with_dark_colours)):
        for scale, suffix in ((1, ""), (2, "@2x")):
            size = ICON_SIZE * scale
            _save(
                _render(rsvg, transform(icon_svg), size, size),
                out / f"{prefix}icon{suffix}.png",
            )
        # The logo is trimmed to its drawing: the width is found on the @2x rendering (even, so the
        # 1x crop is exactly half of it), the height is the canvas's.
        big = _render(
            rsvg,
            transform(logo_svg),
            canvas_w * 2 * LOGO_HEIGHT // canvas_h,
            LOGO_HEIGHT * 2,
        )
        bbox = big.getchannel("A").getbbox()
        assert bbox is not None
        left, right = bbox[0] // 2 * 2, -(-bbox[2] // 2) * 2
        small = _render(rsvg, transform(logo_svg), big.width // 2, LOGO_HEIGHT)
        _save(
            small.crop((left // 2, 0, right // 2, LOGO_HEIGHT)),
            out / f"{prefix}logo.png",
        )
        _save(big.crop((left, 0, right, LOGO_HEIGHT * 2)), out / f"{prefix}logo@2x.png")


def main() -> int:
    """Parse the arguments and render."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1].strip())
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    render(parser.parse_args().out.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
