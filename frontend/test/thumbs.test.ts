/** Unit tests of the job pictures' cache (thumbs.ts), the "Paused" status (printers.ts) and the panel's early calls. */
import { describe, expect, it } from "vitest";

import { compact, type PrintLoggerApi } from "../src/api";
import { JobsList } from "../src/components/jobs/jobs-list";
import { firstLoadCalls } from "../src/first-load";
import { isPaused } from "../src/printers";
import { THUMB_CACHE_SIZE, thumbCacheSize, thumbKey, thumbUrl } from "../src/thumbs";
import type { Job, Printer } from "../src/types";

/** A stand-in for the REST calls the cache makes, counting them. */
function fakeApi(fail = new Set<string>()) {
  const calls: string[] = [];
  const api = {
    async thumbnail(jobId: string) {
      calls.push(`t:${jobId}`);
      if (fail.has(jobId)) throw new Error("HTTP 500");
      return jobId === "none" ? null : new Blob(["png"], { type: "image/png" });
    },
    async photo(photoId: string, thumb: boolean) {
      calls.push(`p:${photoId}:${thumb}`);
      return new Blob(["jpeg"], { type: "image/jpeg" });
    },
  } as unknown as PrintLoggerApi;
  return { api, calls };
}

describe("job pictures", () => {
  it("prefer the end photo, then the slicer's thumbnail", () => {
    expect(thumbKey({ id: "j1", end_photo_id: "p1", has_thumbnail: true })).toBe("p:p1");
    expect(thumbKey({ id: "j1", end_photo_id: null, has_thumbnail: true })).toBe("t:j1");
    expect(thumbKey({ id: "j1", has_thumbnail: false })).toBe("");
  });

  it("are fetched once and kept", async () => {
    const { api, calls } = fakeApi();
    const first = await thumbUrl(api, "t:cached");
    const again = await thumbUrl(api, "t:cached");
    expect(first).toMatch(/^blob:/);
    expect(again).toBe(first);
    expect(await thumbUrl(api, "p:photo1")).toMatch(/^blob:/);
    expect(calls).toEqual(["t:cached", "p:photo1:true"]);
    // A job without a picture is remembered as such.
    expect(await thumbUrl(api, "t:none")).toBeNull();
    expect(await thumbUrl(api, "t:none")).toBeNull();
    expect(calls.filter((c) => c === "t:none")).toHaveLength(1);
  });

  it("ask again after a failed request", async () => {
    const fail = new Set(["flaky"]);
    const { api, calls } = fakeApi(fail);
    expect(await thumbUrl(api, "t:flaky")).toBeNull();
    fail.clear();
    expect(await thumbUrl(api, "t:flaky")).toMatch(/^blob:/);
    expect(calls.filter((c) => c === "t:flaky")).toHaveLength(2);
  });

  it("are bounded: the least recently shown go first", async () => {
    const { api, calls } = fakeApi();
    await thumbUrl(api, "t:keep");
    for (let i = 0; i < THUMB_CACHE_SIZE + 10; i++) {
      await thumbUrl(api, `t:n${i}`);
      if (i % 50 === 0) await thumbUrl(api, "t:keep"); // shown again: stays
    }
    expect(thumbCacheSize()).toBe(THUMB_CACHE_SIZE);
    calls.length = 0;
    await thumbUrl(api, "t:keep");
    await thumbUrl(api, "t:n0");
    expect(calls).toEqual(["t:n0"]);
  });
});

describe("paused jobs", () => {
  const job = { id: "j1", printer_id: "p1", status: "in_progress" } as Job;
  const printer = (state: string, online = true, current: Partial<Job> | null = job) =>
    ({ id: "p1", online, print_state: state, current_job: current }) as unknown as Printer;

  it("are the running job of a paused printer", () => {
    expect(isPaused(job, [printer("paused")])).toBe(true);
    expect(isPaused(job, [printer("printing")])).toBe(false);
    expect(isPaused(job, [printer("paused", false)])).toBe(false);
    expect(isPaused(job, [printer("paused", true, { id: "other" })])).toBe(false);
    expect(isPaused({ ...job, status: "cancelled" }, [printer("paused")])).toBe(false);
    expect(isPaused(job, [])).toBe(false);
  });
});

describe("the panel's early calls", () => {
  it("are the calls the job list makes first (else their answers would go unused)", async () => {
    const made: [string, object][] = [];
    const api = {
      listJobs: async (params: object) => (made.push(["jobs/list", params]), { jobs: [], total: 0, next_cursor: null }),
      summary: async (scope: object) => (made.push(["analytics/summary", scope]), {}),
    };
    const host = { api, addController() {}, requestUpdate() {} };
    const list = new JobsList(host as unknown as ConstructorParameters<typeof JobsList>[0], () => "Europe/Berlin", () => false);
    await list.reload();
    const early = firstLoadCalls();
    expect(early[0]).toEqual(["printers/list", {}]);
    expect(made.map(([type, params]) => [type, compact(params)])).toEqual(
      early.slice(1).map(([type, params]) => [type, compact(params)]),
    );
  });
});
