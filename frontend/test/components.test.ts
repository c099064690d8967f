/**
 * The panel and the card in headless Chromium with a fake `hass` (test/harness/mock-hass.js): what
 * they render, what they send, admin vs. read-only users, phone layout, keyboard use and escaping.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";

import { DURATION_BINS } from "../src/analytics";
import { launchChromium, newPage, serve, type Chromium } from "./browser";

const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/frontend-unit/", import.meta.url));

let chromium: Chromium;
let server: Awaited<ReturnType<typeof serve>>;
let context: BrowserContext;
let errors: string[];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve(inject("bundleDir"));
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

interface MountOptions {
  admin?: boolean;
  jobs?: number;
  narrow?: boolean;
  width?: number;
  xss?: boolean;
  dark?: boolean;
}

async function mountPanel(opts: MountOptions = {}): Promise<Page> {
  errors = [];
  context = await chromium.browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await newPage(context, errors);
  await page.goto(`${server.url}/harness/index.html`);
  await page.waitForFunction(() => "mountPanel" in window);
  await page.evaluate((o) => (window as unknown as { mountPanel(o: object): Promise<void> }).mountPanel(o), opts);
  await page.locator("pl-jobs-view tbody tr[data-job-id], pl-jobs-view ul.cards li").first().waitFor();
  return page;
}

/** The text of an element including what its shadow roots and slots render. */
async function deepText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((root) => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? "");
      // A <wbr> (where a file name may wrap) joins the texts around it.
      if (node instanceof Element && node.localName === "wbr") parts.push("\u2060");
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk);
      else node.childNodes.forEach(walk);
    };
    walk(root);
    return parts.join(" ").replace(/ ?\u2060 ?/g, "").replace(/\s+/g, " ");
  });
}

/** The id of the mock's job number ``n`` (as mock-hass.js makes them: 32 hexadecimal digits). */
function jobId(n: number): string {
  return n.toString(16).padStart(32, "0");
}

async function calls(page: Page, type: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (t) => (window as unknown as { __calls: Record<string, unknown>[] }).__calls.filter((c) => c.type === t),
    type,
  );
}

describe("panel", () => {
  it("lists the first page, the key figures and the live strip", async () => {
    const page = await mountPanel();
    await expect.poll(() => page.locator("tbody tr[data-job-id]").count()).toBe(50);
    expect(await page.locator("tbody tr[data-job-id]").first().getAttribute("data-job-id")).toBe(jobId(0));
    await expect.poll(() => page.locator('[data-kpi="jobs"] .value').textContent()).toBe("120");
    expect(await page.locator("nav.pager [data-total]").textContent()).toContain("1–50 of 120");
    const strip = page.locator('pl-live-strip li[data-printer="voron"]');
    await expect.poll(() => strip.textContent()).toContain("live_part.gcode");
    expect(await strip.locator('[role="progressbar"]').getAttribute("aria-valuenow")).toBe("42");
    // A printer name with markup is text, not HTML.
    expect(await page.locator('pl-live-strip li[data-printer="ender"] .name').textContent()).toContain("Ender <b>3</b>");
    await page.screenshot({ path: `${ARTIFACTS}panel-jobs.png`, fullPage: false });
  });

  it("pages with the server's cursor and sorts by a column", async () => {
    const page = await mountPanel();
    await page.getByRole("button", { name: "Next page" }).click();
    await expect.poll(() => page.locator("nav.pager [data-total]").textContent()).toContain("51–100 of 120");
    const list = await calls(page, "print_logger/jobs/list");
    expect(list.at(-1)).toMatchObject({ cursor: "50", sort: "start", order: "desc", limit: 50 });
    await page.getByRole("button", { name: "File" }).click();
    await expect.poll(async () => (await calls(page, "print_logger/jobs/list")).at(-1)).toMatchObject({ sort: "filename", order: "asc" });
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain("File");
    expect((await calls(page, "print_logger/jobs/list")).at(-1)).not.toHaveProperty("cursor");
  });

  it("filters by search, printer, status and tags", async () => {
    const page = await mountPanel();
    await page.getByRole("searchbox", { name: "Search file names" }).fill("part_11");
    await expect.poll(() => page.locator("tbody tr[data-job-id]").count()).toBe(11); // part_11, part_110..119
    await page.getByRole("button", { name: /Filters/ }).click();
    await page.locator('#filters select[name="printer"]').selectOption("voron");
    await page.locator('#filters select[name="status"]').selectOption("failed");
    await page.locator('#filters input[name="tags"]').fill("functional, spare");
    await expect.poll(async () => (await calls(page, "print_logger/jobs/list")).at(-1)).toMatchObject({
      q: "part_11",
      printer_ids: ["voron"],
      statuses: ["error", "klippy_shutdown", "klippy_disconnect", "interrupted", "server_exit"],
      tags: ["functional", "spare"],
    });
    // The key figures follow the printer filter.
    expect((await calls(page, "print_logger/analytics/summary")).at(-1)).toMatchObject({ printer_ids: ["voron"] });
  });

  it("edits notes, tags and failure reason inline, and rates with one click", async () => {
    const page = await mountPanel();
    const row = page.locator(`tr[data-job-id="${jobId(4)}"]`);
    await row.getByRole("button", { name: "Edit part_4.gcode" }).click();
    const editor = page.locator("pl-job-editor");
    await expect.poll(() => editor.locator("textarea").evaluate((t) => t === (t.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await editor.locator("textarea").fill("Warped corner, use a brim");
    await editor.locator('input[name="tags"]').fill("warping, petg");
    // The fixed reasons, or "Other" and what happened in words.
    await editor.locator('select[name="failure_reason_choice"]').selectOption("other");
    await editor.locator('input[name="failure_reason"]').fill("Warping");
    await editor.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.locator("pl-job-editor").count()).toBe(0);
    const update = (await calls(page, "print_logger/jobs/update")).at(-1);
    expect(update).toEqual({
      type: "print_logger/jobs/update",
      job_id: jobId(4),
      notes: "Warped corner, use a brim",
      tags: ["warping", "petg"],
      failure_reason: "Warping",
    });
    await expect.poll(() => row.locator('[data-col="notes"]').textContent()).toContain("Warped corner, use a brim");
    expect(await row.locator('[data-col="tags"]').textContent()).toContain("petg");
    await row.getByRole("button", { name: "4 stars" }).click();
    await expect.poll(async () => (await calls(page, "print_logger/jobs/update")).at(-1)).toEqual({
      type: "print_logger/jobs/update",
      job_id: jobId(4),
      rating: 4,
    });
  });

  it("deletes after confirmation, and not when cancelled", async () => {
    const page = await mountPanel();
    const row = page.locator(`tr[data-job-id="${jobId(2)}"]`);
    await row.getByRole("button", { name: "Delete part_2.gcode" }).click();
    await page.getByRole("dialog", { name: "Delete this job?" }).waitFor();
    const dialog = page.locator("pl-dialog[open]");
    expect(await deepText(page, 'pl-dialog[open]')).toContain("part_2.gcode");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await calls(page, "print_logger/jobs/delete")).toEqual([]);
    await row.getByRole("button", { name: "Delete part_2.gcode" }).click();
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect.poll(() => page.locator(`tr[data-job-id="${jobId(2)}"]`).count()).toBe(0);
    expect(await calls(page, "print_logger/jobs/delete")).toEqual([{ type: "print_logger/jobs/delete", job_ids: [jobId(2)] }]);
    await expect.poll(() => page.locator("nav.pager [data-total]").textContent()).toContain("of 119");
  });

  it("adds a manual job", async () => {
    const page = await mountPanel();
    await page.getByRole("button", { name: "Add job" }).click();
    await page.getByRole("dialog", { name: "Add a job" }).waitFor();
    const dialog = page.locator("pl-dialog[open]");
    await dialog.getByRole("button", { name: "Add job" }).click();
    expect(await dialog.locator("#err-filename").textContent()).toContain("Enter the file name");
    await dialog.locator('input[name="filename"]').fill("bracket.gcode");
    await dialog.locator('select[name="printer_id"]').selectOption("ender");
    await dialog.locator('input[name="start_date"]').fill("2026-11-20");
    await dialog.locator('input[name="start_time"]').fill("10:30");
    await dialog.getByLabel("Hours").fill("2");
    await dialog.getByLabel("Minutes").fill("15");
    await dialog.locator('input[name="filament_g"]').fill("35.5");
    await dialog.locator('input[name="tags"]').fill("spare");
    await dialog.getByRole("button", { name: "Add job" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const create = (await calls(page, "print_logger/jobs/create")).at(-1);
    expect(create).toEqual({
      type: "print_logger/jobs/create",
      printer_id: "ender",
      filename: "bracket.gcode",
      status: "completed",
      start: "2026-11-20T09:30:00.000Z", // 10:30 in Europe/Berlin (the server's zone)
      end: "2026-11-20T11:45:00.000Z",
      print_duration: 8100,
      filament_weight_g: 35.5,
      tags: ["spare"],
    });
  });

  it("shows a job's detail with slicer settings and timeline", async () => {
    const page = await mountPanel();
    await page.locator(`tr[data-job-id="${jobId(4)}"]`).getByRole("button", { name: "part_4.gcode", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Job details" });
    await expect.poll(() => deepText(page, "pl-job-detail")).toContain("OrcaSlicer");
    const text = await deepText(page, "pl-job-detail");
    expect(text).toContain("Slicer version");
    expect(text).toContain("2.3.1");
    expect(text).toContain("Timeline");
    expect(text).toContain("No thumbnail");
    expect(await page.locator("pl-job-detail").getByRole("button", { name: "Edit" }).count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}panel-detail.png` });
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it("shows a job's cost breakdown with its sources and its power curve", async () => {
    const page = await mountPanel();
    // Job 3 has measured energy (the mock's every third job); job 4 none.
    await page.locator(`tr[data-job-id="${jobId(3)}"]`).getByRole("button", { name: "part_3.gcode", exact: true }).click();
    const cost = page.locator("pl-job-cost");
    await expect.poll(() => deepText(page, "pl-job-cost")).toContain("mean");
    const text = await deepText(page, "pl-job-cost");
    expect(text).toContain("Energy and cost");
    expect(text).toContain("0.55 kWh");
    expect(text).toContain("measured");
    expect(await cost.locator('tr[data-part="electricity"] td.value').textContent()).toContain("0.08");
    expect(await cost.getByRole("img", { name: "Power of sensor.plug_power over the job" }).count()).toBe(1);
    expect(await cost.locator("polyline.line").count()).toBe(1);
    expect(text).toContain("max 310 W");
    await page.keyboard.press("Escape");
    await page.locator(`tr[data-job-id="${jobId(4)}"]`).getByRole("button", { name: "part_4.gcode", exact: true }).click();
    await expect.poll(() => deepText(page, "pl-job-cost")).toContain("No plug sensor is set for this printer");
    expect(await deepText(page, "pl-job-cost")).toContain("No cost computed for this job");
  });

  it("hides every change for a user who is not an admin", async () => {
    const page = await mountPanel({ admin: false });
    await expect.poll(() => page.locator("tbody tr[data-job-id]").count()).toBe(50);
    expect(await page.getByRole("button", { name: "Add job" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Edit / }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Delete / }).count()).toBe(0);
    expect(await page.locator('tbody input[type="checkbox"]').count()).toBe(0);
    expect(await page.getByRole("button", { name: "4 stars" }).count()).toBe(0);
    await page.locator(`tr[data-job-id="${jobId(4)}"]`).getByRole("button", { name: "part_4.gcode", exact: true }).click();
    await page.getByRole("dialog", { name: "Job details" }).waitFor();
    await expect.poll(() => deepText(page, "pl-job-detail")).toContain("Timeline");
    expect(await page.locator("pl-job-detail").getByRole("button", { name: "Edit" }).count()).toBe(0);
    expect(await page.locator("pl-job-detail").getByRole("button", { name: "Delete" }).count()).toBe(0);
  });

  it("escapes user-supplied text", async () => {
    const page = await mountPanel({ xss: true });
    const cell = page.locator(`tr[data-job-id="${jobId(0)}"] [data-col="filename"]`);
    expect((await cell.textContent())?.trim()).toBe("<img src=x onerror=alert(1)>.gcode");
    expect(await page.locator(`tr[data-job-id="${jobId(0)}"] img`).count()).toBe(0);
    expect(await page.locator(`tr[data-job-id="${jobId(0)}"] [data-col="notes"]`).textContent()).toContain("<script>alert(2)</script>");
    // No dialog fired (newPage records any as an error, checked after each test).
  });

  it("works from the keyboard: tabs with arrow keys, dialogs trap and return focus", async () => {
    const page = await mountPanel();
    await page.getByRole("tab", { name: "Jobs" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("tab", { name: "Files" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("tab", { name: "Analytics" }).getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => page.locator("#view-analytics").isVisible()).toBe(true);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.locator("#view-files").isVisible()).toBe(true);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.locator("#view-jobs").isVisible()).toBe(true);
    const file = page.locator(`tr[data-job-id="${jobId(3)}"]`).getByRole("button", { name: "part_3.gcode", exact: true });
    await file.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Job details" });
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(() =>
        page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.textContent?.trim();
        }),
      )
      .toBe("part_3.gcode");
  });

  it("shows cards instead of a table on a phone", async () => {
    const page = await mountPanel({ narrow: true, width: 390, admin: true });
    await expect.poll(() => page.locator("ul.cards li[data-job-id]").count()).toBe(50);
    expect(await page.locator("table[aria-label='Print jobs']").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Open the sidebar" }).count()).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}panel-phone.png` });
  });

  it("draws the analytics from the server's figures", async () => {
    const page = await mountPanel({ dark: true });
    await page.getByRole("tab", { name: "Analytics" }).click();
    await page.locator('select[name="period"]').selectOption("all");
    const summary = await expect
      .poll(async () => (await calls(page, "print_logger/analytics/summary")).length)
      .toBeGreaterThan(1);
    void summary;
    const view = page.locator("pl-analytics-view");
    await expect.poll(() => view.locator('[data-kpi="jobs"] .value').textContent()).toBe("120");
    await expect.poll(() => view.locator('[data-chart="printer"] li[data-key]').count()).toBe(2);
    // Success rate per printer: the bars carry the API's values.
    const rates = await view.locator('[data-chart="printer"] li[data-key]').evaluateAll((els) =>
      els.map((e) => [e.getAttribute("data-key"), e.getAttribute("data-value")]),
    );
    const expected = await page.evaluate(async () => {
      const hass = (window as unknown as { hass: { callWS: (m: object) => Promise<{ rows: { key: string; success_rate: number }[] }> } }).hass;
      const res = await hass.callWS({ type: "print_logger/analytics/breakdown", by: "printer" });
      return res.rows.map((r) => [r.key, String(r.success_rate)]);
    });
    expect(rates).toEqual(expected);
    // Duration histogram: one count per bin, from one `duration` breakdown (no count of the job list).
    await expect.poll(() => view.locator('[data-chart="duration"] tr[data-key]').count()).toBe(8);
    const histogram = await view
      .locator('[data-chart="duration"] tr[data-key]')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-value"))));
    expect(histogram.reduce((a, b) => a + b, 0)).toBe(120);
    // Bin by bin, the ended jobs of each duration counted here.
    const counted = await page.evaluate((mins) => {
      const jobs = (window as unknown as { __state: { jobs: { status: string; print_duration: number | null }[] } }).__state.jobs;
      const counts = mins.map(() => 0);
      for (const job of jobs) {
        if (job.status === "in_progress" || job.print_duration == null) continue;
        let index = mins.length - 1;
        while (index > 0 && job.print_duration < mins[index]!) index--;
        counts[index] = (counts[index] ?? 0) + 1;
      }
      return counts;
    }, DURATION_BINS.map((b) => b.min));
    expect(histogram).toEqual(counted);
    expect(counted.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect((await calls(page, "print_logger/analytics/breakdown")).filter((c) => c.by === "duration").length).toBeGreaterThanOrEqual(1);
    expect((await calls(page, "print_logger/jobs/list")).filter((c) => "min_duration" in c)).toEqual([]);
    // The heatmap shows the server's weekday × hour breakdown, cell by cell: 120 jobs.
    const cells = view.locator("pl-heatmap td[data-value]");
    await expect.poll(() => cells.evaluateAll((tds) => tds.reduce((s, td) => s + Number(td.getAttribute("data-value")), 0))).toBe(120);
    const shown = await cells.evaluateAll((tds) =>
      tds.map((td) => [Number(td.getAttribute("data-weekday")) * 24 + Number(td.getAttribute("data-hour")), Number(td.getAttribute("data-value"))]),
    );
    const served = await page.evaluate(async () => {
      const hass = (window as unknown as { hass: { callWS: (m: object) => Promise<{ rows: { key: number; jobs: number }[] }> } }).hass;
      const res = await hass.callWS({ type: "print_logger/analytics/breakdown", by: "weekday_hour" });
      return res.rows.map((r) => [r.key, r.jobs]);
    });
    expect(shown).toHaveLength(168);
    expect(shown.sort((a, b) => a[0]! - b[0]!)).toEqual(served);
    await expect.poll(() => view.locator('[data-chart="jobs"] canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}panel-analytics-dark.png`, fullPage: true });
  });

  it("draws the heatmap of every job of a large period from one breakdown, without reading the jobs", async () => {
    const page = await mountPanel({ jobs: 5600 });
    await page.getByRole("tab", { name: "Analytics" }).click();
    await page.locator('select[name="period"]').selectOption("all");
    const view = page.locator("pl-analytics-view");
    await expect
      .poll(() => view.locator("pl-heatmap td[data-value]").evaluateAll((tds) => tds.reduce((s, td) => s + Number(td.getAttribute("data-value")), 0)))
      .toBe(5600);
    const asked = (await calls(page, "print_logger/analytics/breakdown")).filter((c) => c.by === "weekday_hour");
    expect(asked.length).toBeGreaterThanOrEqual(1);
    const pages = (await calls(page, "print_logger/jobs/list")).filter((c) => Number(c.limit) > 1 && !("printer_ids" in c));
    // Only the jobs view's own pages: the analytics never read the jobs themselves.
    expect(pages.every((c) => c.limit === 50)).toBe(true);
  });

  it("follows live updates", async () => {
    const page = await mountPanel();
    await page.evaluate((deleted) => {
      const w = window as unknown as { hass: { emit: (e: object) => void }; __state: { jobs: Record<string, unknown>[] } };
      const job = { ...w.__state.jobs[0], notes: "changed elsewhere" };
      w.hass.emit({ type: "job_changed", job });
      w.hass.emit({ type: "job_deleted", job_id: deleted });
      w.hass.emit({
        type: "printer",
        printer: {
          id: "ender",
          entry_id: "e2",
          name: "Ender <b>3</b>",
          moonraker_url: null,
          online: true,
          print_state: "standby",
          current_job: null,
          active_spool: null,
        },
      });
    }, jobId(1));
    await expect.poll(() => page.locator(`tr[data-job-id="${jobId(0)}"] [data-col="notes"]`).textContent()).toContain("changed elsewhere");
    expect(await page.locator(`tr[data-job-id="${jobId(1)}"]`).count()).toBe(0);
    await expect.poll(() => page.locator('pl-live-strip li[data-printer="ender"]').textContent()).toContain("Standby");
  });
});

describe("the fake hass keeps to the real API's schemas", () => {
  it("refuses and reports what the real commands would refuse or never answer", async () => {
    const page = await mountPanel();
    const refused = await page.evaluate(async (id) => {
      type Hass = { callWS(m: object): Promise<unknown>; emit(e: object): void; user: { is_admin: boolean } };
      const w = window as unknown as { hass: Hass; __violations: string[]; __state: { jobs: Record<string, unknown>[] } };
      w.__violations.length = 0;
      const outcome = async (msg: object) => {
        try {
          await w.hass.callWS(msg);
          return "answered";
        } catch (err) {
          return (err as { code?: string }).code ?? String(err);
        }
      };
      const results = [
        await outcome({ type: "print_logger/jobs/lst" }),
        await outcome({ type: "print_logger/jobs/list", page: 2 }),
        await outcome({ type: "print_logger/jobs/list", limit: 501 }),
        await outcome({ type: "print_logger/jobs/list", statuses: ["failed"] }),
        await outcome({ type: "print_logger/jobs/update", job_id: id, rating: 6 }),
        await outcome({ type: "print_logger/jobs/update", notes: "no job id" }),
        await outcome({ type: "print_logger/jobs/delete", job_ids: ["x".repeat(65)] }),
      ];
      // An answer the real API would never give: a job without its required fields.
      w.hass.emit({ type: "job_changed", job: { id, notes: "partial" } });
      w.hass.user.is_admin = false;
      results.push(await outcome({ type: "print_logger/jobs/delete", job_ids: [id] }));
      return { results, violations: [...w.__violations] };
    }, jobId(3));
    expect(refused.results).toEqual([
      "invalid_format",
      "invalid_format",
      "invalid_format",
      "invalid_format",
      "invalid_format",
      "invalid_format",
      "invalid_format",
      "unauthorized",
    ]);
    expect(refused.violations).toEqual([
      'unknown websocket command "print_logger/jobs/lst"',
      "print_logger/jobs/list fields: (root): unknown field page",
      "print_logger/jobs/list fields: limit: 501 is above 500",
      'print_logger/jobs/list fields: statuses[0]: "failed" is not one of ["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"]',
      "print_logger/jobs/update fields: rating: 6 is above 5",
      "print_logger/jobs/update fields: (root): the required field job_id is missing",
      "print_logger/jobs/delete fields: job_ids[0]: longer than 64",
      expect.stringMatching(/^print_logger\/subscribe event: \(root\): .* fits 0 of the oneOf schemas, not 1$/),
    ]);
    // Each was a console error too: the check every test ends with would have failed.
    expect(errors).toHaveLength(refused.violations.length);
    errors.length = 0;
  });
});

describe("what the API computes, shown", () => {
  it("words the slicer's estimates against the jobs and bars the jobs by slicer and layer height", async () => {
    const page = await mountPanel({ jobs: 60 });
    await page.getByRole("tab", { name: "Analytics" }).click();
    await page.locator('select[name="period"]').selectOption("all");
    const view = page.locator("pl-analytics-view");
    // The mock's slicer estimates time exactly and filament 5 % under what the jobs used.
    const time = view.locator('pl-accuracy .figure[data-kind="time"] .verdict');
    await expect.poll(() => time.textContent()).toBe("The slicer's print time estimates are right on average.");
    const filament = await view.locator('pl-accuracy .figure[data-kind="filament"] .verdict').textContent();
    expect(filament).toBe("The slicer under-estimates filament by 5.3 %: prints use more than it says.");
    const report = await page.evaluate(async () => {
      const hass = (window as unknown as { hass: { callWS: (m: object) => Promise<{ by_printer: { key: string; filament: { ratio: number } }[] }> } }).hass;
      return hass.callWS({ type: "print_logger/analytics/accuracy" });
    });
    const rows = await view
      .locator('pl-accuracy table[data-group="printer"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-key"), Number(tr.querySelector('td[data-kind="filament"]')!.getAttribute("data-ratio"))]));
    expect(rows).toEqual(report.by_printer.map((r) => [r.key, r.filament.ratio]));
    await expect.poll(() => view.locator('[data-chart="slicer"] li[data-key]').count()).toBe(3);
    const heights = await view.locator('[data-chart="layer_height"] li .name').allTextContents();
    expect(heights.map((h) => h.trim())).toEqual(["0.12 mm", "0.16 mm", "0.20 mm", "0.28 mm"]);
  });

  it("narrows the jobs and their key figures by print duration", async () => {
    const page = await mountPanel({ jobs: 60 });
    await page.getByRole("button", { name: "Filters" }).click();
    await page.locator('select[name="duration"]').selectOption("ge4h");
    await expect.poll(async () => (await calls(page, "print_logger/analytics/summary")).at(-1)).toMatchObject({ min_duration: 14400 });
    const listed = (await calls(page, "print_logger/jobs/list")).at(-1);
    expect(listed).toMatchObject({ min_duration: 14400 });
    expect(listed).not.toHaveProperty("max_duration");
    const expected = await page.evaluate(() =>
      (window as unknown as { __state: { jobs: { print_duration: number }[] } }).__state.jobs.filter((j) => j.print_duration >= 14400).length,
    );
    await expect.poll(() => page.locator('[data-kpi="jobs"] .value').textContent()).toBe(String(expected));
    await expect.poll(() => page.locator("tbody tr[data-job-id]").count()).toBe(expected);
  });
});

describe("card", () => {
  async function mountCard(config: Record<string, unknown>): Promise<Page> {
    errors = [];
    context = await chromium.browser.newContext({ viewport: { width: 500, height: 800 } });
    const page = await newPage(context, errors);
    await page.goto(`${server.url}/harness/index.html`);
    await page.waitForFunction(() => "mountCard" in window);
    await page.evaluate((c) => (window as unknown as { mountCard(c: object): Promise<void> }).mountCard(c), config);
    return page;
  }

  it("shows the current job, recent jobs and key figures", async () => {
    const page = await mountCard({ type: "custom:print-logger-card", title: "Printing", recent_count: 3 });
    const card = page.locator("print-logger-card");
    await expect.poll(() => card.locator("ul.recent li").count()).toBe(3);
    expect(await card.locator("ul.recent li").first().locator(".file").textContent()).toBe("<img src=x onerror=alert(1)>.gcode");
    expect(await card.locator("img").count()).toBe(0);
    expect(await card.locator('[data-printer="voron"]').textContent()).toContain("live.gcode");
    expect(await card.locator('[data-printer="ender"]').textContent()).toContain("Ender <b>3</b>");
    await expect.poll(() => card.locator('[data-stat="jobs"] .v').textContent()).toMatch(/^\d+$/);
    await page.screenshot({ path: `${ARTIFACTS}card.png` });
  });

  it("rejects an invalid configuration and offers a stub and an editor", async () => {
    const page = await mountCard({ type: "custom:print-logger-card" });
    const result = await page.evaluate(async () => {
      const Card = customElements.get("print-logger-card") as unknown as {
        getStubConfig(): Record<string, unknown>;
        getConfigElement(): HTMLElement;
      };
      const card = document.createElement("print-logger-card") as HTMLElement & { setConfig(c: object): void };
      let error = "";
      try {
        card.setConfig({ type: "custom:print-logger-card", recent_count: 99 });
      } catch (e) {
        error = (e as Error).message;
      }
      const editor = Card.getConfigElement() as HTMLElement & { setConfig(c: object): void; hass: unknown };
      editor.setConfig(Card.getStubConfig());
      editor.hass = (document.querySelector("print-logger-card") as unknown as { hass: unknown }).hass;
      document.body.appendChild(editor);
      const changes: unknown[] = [];
      editor.addEventListener("config-changed", (e) => changes.push((e as CustomEvent).detail.config));
      await (editor as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const checkbox = editor.shadowRoot!.querySelector('input[name="show_stats"]') as HTMLInputElement;
      checkbox.click();
      const registered = (window as unknown as { customCards: { type: string }[] }).customCards.map((c) => c.type);
      return { error, stub: Card.getStubConfig(), tag: editor.tagName.toLowerCase(), changes, registered };
    });
    expect(result.error).toContain("recent_count");
    expect(result.stub).toMatchObject({ type: "custom:print-logger-card", show_current: true });
    expect(result.tag).toBe("print-logger-card-editor");
    expect(result.changes).toEqual([expect.objectContaining({ show_stats: false })]);
    expect(result.registered).toContain("print-logger-card");
  });

  it("waits for Home Assistant's ha-form where it is loaded lazily, then edits with it", async () => {
    const page = await mountCard({ type: "custom:print-logger-card" });
    const result = await page.evaluate(async () => {
      // Home Assistant's card helpers: creating a built-in card's editor defines ha-form, a little later.
      const asked: unknown[] = [];
      (window as unknown as { loadCardHelpers: () => Promise<unknown> }).loadCardHelpers = async () => ({
        createCardElement(config: unknown) {
          asked.push(config);
          setTimeout(() => {
            customElements.define(
              "ha-form",
              class extends HTMLElement {
                schema: { name: string }[] = [];
                data: Record<string, unknown> = {};
              },
            );
          }, 300);
          return document.createElement("div");
        },
      });
      const Card = customElements.get("print-logger-card") as unknown as { getConfigElement(): HTMLElement };
      const editor = Card.getConfigElement() as HTMLElement & { setConfig(c: object): void; hass: unknown };
      editor.setConfig({ type: "custom:print-logger-card", recent_count: 3, grid_options: { columns: 6 } });
      editor.hass = (document.querySelector("print-logger-card") as unknown as { hass: unknown }).hass;
      document.body.appendChild(editor);
      const before = editor.shadowRoot!.querySelectorAll("ha-form, form").length;
      await customElements.whenDefined("ha-form");
      let form: (HTMLElement & { schema: { name: string }[]; data: Record<string, unknown> }) | null = null;
      for (let i = 0; i < 50 && !form; i++) {
        await new Promise((r) => setTimeout(r, 20));
        form = editor.shadowRoot!.querySelector("ha-form");
      }
      const changes: unknown[] = [];
      editor.addEventListener("config-changed", (e) => changes.push((e as CustomEvent).detail.config));
      form!.dispatchEvent(new CustomEvent("value-changed", { detail: { value: { ...form!.data, show_stats: false } } }));
      return {
        before,
        asked,
        fields: form!.schema.map((f) => f.name),
        data: form!.data,
        plain: editor.shadowRoot!.querySelectorAll("select, input").length,
        changes,
      };
    });
    // Nothing while ha-form loads (no native controls flashing), then ha-form with the card's fields.
    expect(result.before).toBe(0);
    expect(result.asked).toEqual([{ type: "entities", entities: [] }]);
    expect(result.fields).toEqual(["title", "printer_id", "show_current", "show_recent", "recent_count", "show_reprint", "show_stats", "stats_period"]);
    expect(result.data).toMatchObject({ recent_count: 3, printer_id: "*" });
    expect(result.plain).toBe(0);
    // A change fires config-changed, the dashboard's own keys kept, "all printers" not written.
    expect(result.changes).toEqual([
      { type: "custom:print-logger-card", grid_options: { columns: 6 }, recent_count: 3, show_current: true, show_recent: true, show_stats: false, stats_period: "30d", show_reprint: false },
    ]);
  });
});
