"""
Check files by hand: ``python -m custom_components.print_logger.gcode FILE...``.

Prints one JSON object per file (one per line): the normalised facts with slicer and version;
``--raw`` adds every ``key = value`` the slicer wrote. The thumbnail is given as its size in bytes
(``--thumbnails DIR`` writes the images there).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from .parser import parse_file


def _record(path: str, *, raw: bool, thumbnail_dir: str | None) -> dict[str, Any]:
    try:
        meta = parse_file(path)
    except OSError as err:
        return {"file": path, "supported": False, "error": f"{err.strerror or err}"}
    record: dict[str, Any] = {
        "file": path,
        "supported": meta.supported,
        "error": meta.error,
        "file_size": meta.file_size,
    }
    record.update(meta.to_details())
    if meta.thumbnail is not None:
        record["thumbnail"] = len(meta.thumbnail)
        if thumbnail_dir is not None:
            name = f"{os.path.basename(path)}.{meta.thumbnail_format}"
            target = os.path.join(thumbnail_dir, name)
            with open(target, "wb") as file:
                file.write(meta.thumbnail)
            record["thumbnail_file"] = target
    if not raw:
        del record["raw"]
    return record


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, sized without ``shutil`` (whose import pulls in every compressor)."""

    def __init__(self, prog: str) -> None:
        try:
            width = os.get_terminal_size().columns
        except OSError:
            width = 80
        super().__init__(prog, width=width - 2)


def main(argv: list[str] | None = None) -> int:
    """Parse the files named on the command line; return 1 if one could not be read."""
    parser = argparse.ArgumentParser(
        prog="python -m custom_components.print_logger.gcode",
        formatter_class=_HelpFormatter,
        description="Print the slicer metadata of G-code files as JSON, one object per line.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--raw", action="store_true", help="add every key = value the slicer wrote"
    )
    parser.add_argument(
        "--indent", type=int, default=None, help="pretty-print with this indent"
    )
    parser.add_argument(
        "--thumbnails",
        default=None,
        metavar="DIR",
        help="write thumbnails here",
    )
    args = parser.parse_args(argv)
    status = 0
    for path in args.files:
        record = _record(path, raw=args.raw, thumbnail_dir=args.thumbnails)
        if not record["supported"]:
            status = 1
        sys.stdout.write(
            json.dumps(record, indent=args.indent, ensure_ascii=False) + "\n"
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
