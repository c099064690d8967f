"""
Benchmark of the Print Log panel (not a test): first meaningful render with a large print log.

And the bundle's size.

    .venv/bin/python bench/frontend.py [--jobs 100000] [--printers 5] [--runs 5]

Starts what the browser tests start (a simulated printer, a real Home Assistant with this working tree's
integration, onboarding through its API), with ``--jobs`` jobs bulk-loaded into the print log first.
Then, in headless Chromium (Debian's, no download), it measures with the page's own clock
(``performance.now()``, sampled every animation frame):

- *cold*: a new browser context (empty cache) opens ``/print-log``: from navigation start to the first
  frame where the job table shows its first row and the KPI tiles show the summary's numbers;
- *panel*: the same load, from the moment ``<print-logger-panel>`` is in the page (Home Assistant's own
  start-up excluded) to that frame;
- *warm*: Home Assistant already open on another page, a click on "Print Log" in the sidebar until
  that frame (what a user sees every day).

- *analytics*: a click on the Analytics tab until every chart of the default period is drawn (with
  ``--profile``, each websocket command the tab sends, when it was answered).

The print log is seeded by ``tests.frontend.seed bulk`` (the shared fast loader, the files' records
and the analytics' roll-ups built from it; 1M jobs work: keep them with ``--cache DIR``).

It also times the two websocket calls the first render waits for (``jobs/list`` first page and
``analytics/summary``) through REST, and prints the gzipped size of each bundle file. Targets: first
meaningful render < 1.5 s, bundle < 250 KB gzipped. Results also go to ``bench/out/frontend.json``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
from pathlib import Path
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image
from playwright.sync_api import Page, sync_playwright

from tests.frontend.harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PYTHON,
    REPO_ROOT,
    DemoPrinter,
    HomeAssistantProcess,
    missing_packages,
)

BUNDLE = REPO_ROOT / "custom_components" / "print_logger" / "frontend"
OUT = REPO_ROOT / "bench" / "out" / "frontend.json"

# Sampled every animation frame from the start of the page: when the panel appears, and when its job
# table has a row and its KPI tiles show numbers (searching through the shadow roots).
PROBE = """
(() => {
  const marks = (window.__plMarks = {});
  const find = (root, selector) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) {
        const inner = find(el.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  const tick = () => {
    const panel = find(document, "print-logger-panel");
    if (panel && marks.panel === undefined) marks.panel = performance.now();
    if (panel && panel.shadowRoot) {
      const row = find(panel.shadowRoot, "tbody tr[data-job-id]");
      const kpi = find(panel.shadowRoot, '[data-kpi="jobs"] .value');
      if (row && marks.row === undefined) marks.row = performance.now();
      if (kpi && /\\d/.test(kpi.textContent) && marks.kpi === undefined) marks.kpi = performance.now();
      const thumb = find(panel.shadowRoot, "pl-photo-thumb");
      const photo = thumb && thumb.shadowRoot && thumb.shadowRoot.querySelector("img");
      if (photo && photo.complete && photo.naturalWidth && marks.photo === undefined) marks.photo = performance.now();
      if (marks.row !== undefined && marks.kpi !== undefined && marks.done === undefined) {
        marks.done = Math.max(marks.row, marks.kpi);
      }
      if (marks.done !== undefined && (!window.__plPhotos || marks.photo !== undefined)) return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
"""


# After a click on the Analytics tab: the first frame where every figure of the default period is drawn.
ANALYTICS_PROBE = """
(() => {
  const find = (root, selector) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) {
        const inner = find(el.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  window.__plAnalytics = undefined;
  window.__plClick = undefined;
  document.addEventListener("pointerdown", () => { window.__plClick ??= performance.now(); }, true);
  const tick = () => {
    const grid = find(document, "pl-analytics-view");
    const heatmap = grid && grid.shadowRoot && grid.shadowRoot.querySelector("pl-heatmap");
    const done = heatmap && grid.shadowRoot.querySelector('.grid[aria-busy="false"]')
      && heatmap.shadowRoot && heatmap.shadowRoot.querySelector("td[data-value]");
    if (window.__plClick !== undefined && done) {
      window.__plAnalytics = performance.now() - window.__plClick;
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
"""


# With --profile: every websocket command's type, send and answer time, and the bundle files' load times.
WS_PROBE = """
(() => {
  const sent = (window.__plWs = {});
  const original = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    try {
      const parsed = JSON.parse(data);
      for (const m of Array.isArray(parsed) ? parsed : [parsed]) {
        if (m && m.id !== undefined) sent[m.id] = { type: m.type, sent: performance.now() };
      }
    } catch (e) {}
    if (!this.__plHooked) {
      this.__plHooked = true;
      this.addEventListener("message", (ev) => {
        try {
          const parsed = JSON.parse(ev.data);
          for (const m of Array.isArray(parsed) ? parsed : [parsed]) {
            const s = sent[m.id];
            if (s && s.done === undefined) s.done = performance.now();
          }
        } catch (e) {}
      });
    }
    return original.call(this, data);
  };
})();
"""


def print_profile(page: Page, marks: dict[str, float]) -> None:
    """Print when each websocket command of the load was sent and answered, and the bundle's files."""
    calls = page.evaluate("() => Object.values(window.__plWs || {})")
    files = page.evaluate(
        "() => performance.getEntriesByType('resource')"
        ".filter((e) => e.name.includes('/print_logger/') || e.name.includes('/frontend_latest/app'))"
        ".map((e) => ({ name: e.name.split('/').pop(), start: e.startTime, end: e.responseEnd }))"
    )
    print("\nProfile of one cold load (ms from navigation start):")
    print(
        f"  panel element in the page {marks['panel']:7.0f}; first row {marks['row']:7.0f}; KPI {marks['kpi']:7.0f}"
    )
    for f in files:
        print(f"  file {f['name'][:48]:<48} {f['start']:7.0f} → {f['end']:7.0f}")
    for c in sorted(calls, key=lambda c: c["sent"]):
        if c["sent"] > marks["done"]:
            continue
        done = c.get("done")
        took = f"{done - c['sent']:6.0f} ms" if done is not None else "  (open)"
        print(f"  ws {str(c['type'])[:44]:<44} sent {c['sent']:7.0f}  {took}")


def print_analytics_profile(page: Page, took: float) -> None:
    """Print the websocket commands of the analytics tab's load (ms from the click on the tab)."""
    click = page.evaluate("() => window.__plClick")
    calls = page.evaluate("() => Object.values(window.__plWs || {})")
    mine = sorted((c for c in calls if c["sent"] >= click), key=lambda c: c["sent"])
    print(
        f"\nProfile of the analytics tab ({took:.0f} ms from the click to the charts drawn):"
    )
    counts: dict[str, int] = {}
    for c in mine:
        counts[str(c["type"])] = counts.get(str(c["type"]), 0) + 1
        done = c.get("done")
        took_ms = f"{done - c['sent']:6.0f} ms" if done is not None else "  (open)"
        answered = f"answered {done - click:6.0f}" if done is not None else ""
        print(
            f"  ws {str(c['type'])[:44]:<44} sent {c['sent'] - click:6.0f}  {took_ms}  {answered}"
        )
    print(
        f"  {len(mine)} commands: "
        + ", ".join(f"{n}× {kind}" for kind, n in sorted(counts.items()))
    )


def wait_marks(page: Page, timeout: float = 60.0) -> dict[str, float]:
    """Wait until the probe saw the meaningful render (and a photo); return its marks (ms)."""
    page.wait_for_function(
        "() => window.__plMarks && window.__plMarks.done !== undefined"
        " && (!window.__plPhotos || window.__plMarks.photo !== undefined)",
        timeout=timeout * 1000,
    )
    return dict(page.evaluate("() => window.__plMarks"))


def bundle_sizes() -> dict[str, dict[str, int]]:
    """Return raw and gzip -9 sizes of every bundle file."""
    sizes: dict[str, dict[str, int]] = {}
    for path in sorted(BUNDLE.rglob("*.js")):
        data = path.read_bytes()
        sizes[path.relative_to(BUNDLE).as_posix()] = {
            "bytes": len(data),
            "gzip": len(gzip.compress(data, 9)),
        }
    return sizes


def static_closure(entries: list[str]) -> set[str]:
    """Return the bundle files the entries load before they run (their static imports, recursively)."""
    seen: set[str] = set()
    todo = list(entries)
    while todo:
        name = todo.pop()
        if name in seen or not (BUNDLE / name).is_file():
            continue
        seen.add(name)
        text = (BUNDLE / name).read_text()
        base = Path(name).parent
        todo.extend(
            os.path.normpath((base / target).as_posix())
            for target in re.findall(r'(?:from|import)\s*"(\.{1,2}/[^"]+)"', text)
        )
    return seen


def time_rest(ha: HomeAssistantProcess, path: str, runs: int = 20) -> float:
    """Return the median time (ms) of a REST GET."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        ha.api("GET", path)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def measure(
    ha: HomeAssistantProcess, runs: int, photos: bool = False, profile: bool = False
) -> dict[str, list[float]]:
    """Return the cold, panel and warm render times (ms) of ``runs`` loads each."""
    assert ha.tokens is not None
    tokens = json.dumps(ha.tokens.local_storage())
    results: dict[str, list[float]] = {
        "cold": [],
        "panel": [],
        "warm": [],
        "analytics": [],
        "photo": [],
    }
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            for run in range(
                runs + 1
            ):  # the first run warms Home Assistant up and is not counted
                context = browser.new_context(viewport={"width": 1366, "height": 900})
                context.add_init_script(
                    f"window.localStorage.setItem('hassTokens', {tokens});"
                )
                if photos:
                    context.add_init_script("window.__plPhotos = true;")
                context.add_init_script(PROBE)
                if profile:
                    context.add_init_script(WS_PROBE)
                page = context.new_page()
                errors: list[str] = []
                page.on(
                    "pageerror",
                    lambda err, errors=errors: errors.append(err.stack or str(err)),
                )
                page.goto(f"{ha.url}/print-log")
                try:
                    marks = wait_marks(page)
                except Exception:
                    print(
                        "The panel did not render:",
                        page.evaluate("() => window.__plMarks"),
                        errors,
                    )
                    raise
                if profile and run == runs:
                    print_profile(page, marks)
                if run:
                    results["cold"].append(marks["done"])
                    if "photo" in marks:
                        results["photo"].append(marks["photo"])
                    results["panel"].append(marks["done"] - marks["panel"])
                # Warm: go to another page of the app, then click the sidebar entry.
                page.goto(f"{ha.url}/lovelace/0")
                page.locator("ha-sidebar").get_by_text("Print Log").wait_for()
                page.evaluate(
                    "() => { window.__plMarks = undefined; window.__plStart = undefined;"
                    " document.addEventListener('pointerdown',"
                    " () => { window.__plStart ??= performance.now(); }, true); }"
                )
                page.evaluate(PROBE)
                page.locator("ha-sidebar").get_by_text("Print Log").click()
                warm = wait_marks(page)
                start = page.evaluate("() => window.__plStart")
                if run:
                    results["warm"].append(warm["done"] - start)
                # Analytics: every chart of the default period (last 30 days) drawn.
                page.evaluate(ANALYTICS_PROBE)
                page.locator("print-logger-panel").get_by_role(
                    "tab", name="Analytics"
                ).click()
                page.wait_for_function(
                    "() => window.__plAnalytics !== undefined", timeout=60_000
                )
                took = page.evaluate("() => window.__plAnalytics")
                if run:
                    results["analytics"].append(took)
                if profile and run == runs:
                    print_analytics_profile(page, took)
                context.close()
        finally:
            browser.close()
    return results


def add_photos(db_path: Path, config_dir: Path, files: int) -> None:
    """
    Give every job an end photo (a row, and ``end_photo_id``); files for the newest ``files`` jobs.

    The files are what a 1920×1080 camera frame becomes with the default settings (photos.py).
    """
    from custom_components.print_logger.photos import (
        DEFAULT_MAX_SIDE,
        DEFAULT_QUALITY,
        photo_path,
        prepare_image,
    )

    frame = Image.linear_gradient("L").resize((1920, 1080)).convert("RGB")
    buf = io.BytesIO()
    frame.save(buf, "JPEG", quality=90)
    prepared = prepare_image(buf.getvalue(), DEFAULT_MAX_SIDE, DEFAULT_QUALITY)
    base = config_dir / "print_logger" / "photos"
    with sqlite3.connect(db_path) as conn:
        jobs = [
            (row[0], row[1])
            for row in conn.execute(
                'SELECT id, coalesce("end", start) FROM print_logger_jobs ORDER BY start DESC'
            )
        ]
        rows = [(uuid.uuid4().hex, job_id, taken) for job_id, taken in jobs]
        conn.executemany(
            "INSERT INTO print_logger_job_photos (id, job_id, kind, taken_at, size, width, height)"
            f" VALUES (?, ?, 'end', ?, {len(prepared.data)}, {prepared.width}, {prepared.height})",
            rows,
        )
        conn.executemany(
            "UPDATE print_logger_jobs SET end_photo_id = ? WHERE id = ?",
            [(photo_id, job_id) for photo_id, job_id, _ in rows],
        )
    for photo_id, job_id, _ in rows[:files]:
        path = photo_path(base, job_id, photo_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(prepared.data)
        photo_path(base, job_id, photo_id, thumb=True).write_bytes(prepared.thumb)


def cache_name(args: argparse.Namespace) -> str:
    """Return the name of the cached print log of these options."""
    photos = f"-photos{args.photo_files}" if args.photos else ""
    return f"jobs{args.jobs}-printers{args.printers}{photos}"


def summary_line(name: str, samples: list[float]) -> str:
    """Return median and max of a list of milliseconds."""
    return f"{name:<28} median {statistics.median(samples):7.0f} ms   max {max(samples):7.0f} ms   (n={len(samples)})"


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--printers", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--photos",
        action="store_true",
        help="give every job an end photo (files for the newest --photo-files jobs)",
    )
    parser.add_argument("--photo-files", type=int, default=500)
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep the loaded print log in this folder and reuse it on the next run"
        " (the same jobs for two versions of the code, without loading them again)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="print the websocket commands and bundle files of the last cold load",
    )
    args = parser.parse_args()

    if missing := missing_packages():
        sys.exit(
            f"missing Python packages for Home Assistant's frontend: {', '.join(missing)}"
        )
    sizes = bundle_sizes()
    total = sum(s["gzip"] for s in sizes.values())
    print("Bundle (gzip -9):")
    for name, s in sizes.items():
        print(
            f"  {name:<32} {s['bytes'] / 1024:7.1f} KiB raw  {s['gzip'] / 1024:6.1f} KiB gzipped"
        )
    print(f"  {'all files':<32} {total / 1024:31.1f} KiB gzipped (target < 250 KB)")
    # What a page loads before it runs: the entries and their static imports (not the chunks loaded
    # later: the other views, the job detail, each language's texts).
    for label, entries in (
        ("panel page, first render", ["print-logger-card.js", "print-logger-panel.js"]),
        ("dashboards (the card)", ["print-logger-card.js"]),
    ):
        load = sum(sizes[name]["gzip"] for name in static_closure(entries))
        print(f"  {label:<32} {load / 1024:31.1f} KiB gzipped")

    with tempfile.TemporaryDirectory(prefix="print-logger-bench-") as tmp:
        base = Path(tmp)
        printer = DemoPrinter(base / "printer", speed=1.0)
        ha = HomeAssistantProcess(base / "config")
        try:
            cache = args.cache / cache_name(args) if args.cache else None
            if cache and (cache / "print_logger.db").is_file():
                # The same printer (Moonraker keeps the instance id it finds) and print log as last time.
                printer.data_dir.mkdir(parents=True, exist_ok=True)
                shutil.copy2(cache / ".moonraker.uuid", printer.data_dir)
                printer.start()
                ha.prepare()
                shutil.copy2(cache / "print_logger.db", ha.db_path)
                if (cache / "photos").is_dir():
                    shutil.copytree(
                        cache / "photos", ha.config_dir / "print_logger" / "photos"
                    )
                print(f"\nPrint log copied from {cache}")
            else:
                printer.start()
                ha.prepare()
                extra = [f"benchprinter{n:020d}" for n in range(1, args.printers)]
                started = time.perf_counter()
                # Not the tests' seed() helper: its time limit is for the tests' small print log.
                subprocess.run(
                    [
                        str(PYTHON),
                        "-m",
                        "tests.frontend.seed",
                        "bulk",
                        str(ha.db_path),
                        str(args.jobs),
                        printer.instance_uuid,
                        *extra,
                    ],
                    cwd=REPO_ROOT,
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
                print(
                    f"\nLoaded {args.jobs} jobs over {args.printers} printers in {time.perf_counter() - started:.1f} s"
                )
                if args.photos:
                    started = time.perf_counter()
                    add_photos(ha.db_path, ha.config_dir, args.photo_files)
                    print(
                        f"Gave every job an end photo ({args.photo_files} files) in"
                        f" {time.perf_counter() - started:.1f} s"
                    )
                if cache:
                    cache.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(printer.data_dir / ".moonraker.uuid", cache)
                    shutil.copy2(ha.db_path, cache / "print_logger.db")
                    photos = ha.config_dir / "print_logger" / "photos"
                    if photos.is_dir():
                        shutil.copytree(photos, cache / "photos")
            ha.start()
            ha.onboard()
            ha.add_printer(printer, "Voron")
            ha.wait_for(
                "the print log",
                lambda: (
                    ha.api("GET", "/api/print_logger/jobs?limit=1")["total"]
                    >= args.jobs
                ),
            )
            rest = {
                "jobs/list first page (REST)": time_rest(
                    ha, "/api/print_logger/jobs?limit=50"
                ),
                "analytics/summary (REST)": time_rest(
                    ha, "/api/print_logger/analytics/summary"
                ),
            }
            results = measure(ha, args.runs, args.photos, args.profile)
        finally:
            ha.stop()
            printer.stop()

    print(
        f"\nFirst meaningful render of the panel (first job row and KPI tiles), {args.jobs} jobs:"
    )
    print(summary_line("cold load of /print-log", results["cold"]))
    print(summary_line("  of which the panel itself", results["panel"]))
    print(summary_line("warm (sidebar click)", results["warm"]))
    print(summary_line("analytics tab, all charts", results["analytics"]))
    if results["photo"]:
        print(summary_line("cold load to the first end photo", results["photo"]))
    for name, ms in rest.items():
        print(f"{name:<28} median {ms:7.1f} ms")
    print("Target: < 1500 ms")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {
                "jobs": args.jobs,
                "bundle": sizes,
                "gzip_total": total,
                "render_ms": results,
                "rest_ms": rest,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
