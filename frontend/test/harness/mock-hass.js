// An in-memory Print Logger API behind a fake `hass` object, for the component tests in Chromium.
// It follows docs/api.md: filters, sort, cursor pages, admin-only changes, live events. Every call is
// recorded in window.__calls so the tests can check what the UI asked for.
//
// Every call, answer and pushed event is checked against the real commands' schemas (api-schema.js,
// exported from the operations by scripts/api_docs.py): an unknown command, a field the command does
// not have or a value out of its bounds, an admin command called by a user who is not one, or an answer
// of the mock that the real API would never give is logged as a console error (which fails the test)
// and kept in window.__violations.
import { checkCall, checkEvent, checkResult, checkSubscribe, command, limits } from "./api-schema.js";

const STATUSES = [
  "completed",
  "completed",
  "completed",
  "cancelled",
  "error",
  "completed",
  "klippy_shutdown",
  "completed",
];

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const LOCAL = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  weekday: "long",
  hour: "2-digit",
  hourCycle: "h23",
});

// The hour of the week (weekday × 24 + hour, Monday 00:00 = 0) of an instant in Berlin, as the server.
function weekdayHour(isoTime) {
  const parts = Object.fromEntries(LOCAL.formatToParts(new Date(isoTime)).map((p) => [p.type, p.value]));
  const key = WEEKDAYS.indexOf(parts.weekday) * 24 + Number(parts.hour);
  return [key, `${parts.weekday} ${parts.hour}:00`];
}

// The print-duration bins of the `duration` breakdown: each bin's lower bound in seconds (its key) and
// English label, as store/rollups.py's DURATION_BINS and store/analytics.py's labels.
const DURATION_KEYS = [0, 900, 1800, 3600, 7200, 14400, 28800, 57600];
const DURATION_LABELS = ["<15 min", "15–30 min", "30 min–1 h", "1–2 h", "2–4 h", "4–8 h", "8–16 h", "≥16 h"];

// The `duration` breakdown's key and label of a job (null: no duration).
function durationBin(job) {
  if (job.print_duration == null) return [null, "Unknown"];
  let index = 0;
  while (index + 1 < DURATION_KEYS.length && job.print_duration >= DURATION_KEYS[index + 1]) index++;
  return [DURATION_KEYS[index], DURATION_LABELS[index]];
}

// The slicer facts of a mock job (the job list does not carry them): a function of its number.
const jobNumber = (job) => parseInt(job.id, 16);
export const slicerOf = (job) => ["OrcaSlicer", "PrusaSlicer", "Cura"][jobNumber(job) % 3];
export const layerHeightOf = (job) => [0.2, 0.12, 0.28, 0.16][jobNumber(job) % 4];
// The slicer's filament estimate: 5 % under what the job used, none for every fifth job.
export const estimatedMm = (job) => (jobNumber(job) % 5 === 4 ? null : job.filament_used_mm * 0.95);

/** The id of job number ``n``: 32 hexadecimal digits, as the store makes them. */
export function jobId(n) {
  return n.toString(16).padStart(32, "0");
}

function iso(ms) {
  return new Date(ms).toISOString().replace(".000Z", "+00:00");
}

export function makeJobs(count, printers, now = Date.UTC(2026, 10, 24, 12)) {
  const jobs = [];
  for (let i = 0; i < count; i++) {
    const printer = printers[i % printers.length];
    const start = now - (i + 1) * 5 * 3600 * 1000;
    const duration = 600 + ((i * 1733) % 30000);
    const status = STATUSES[i % STATUSES.length];
    jobs.push({
      id: jobId(i),
      printer_id: printer.id,
      printer_name: printer.name,
      uid: String(i),
      filename: `part_${i}.gcode`,
      status,
      source: "live",
      start: iso(start),
      end: iso(start + duration * 1000),
      print_duration: duration,
      total_duration: duration + 60,
      filament_used_mm: 1000 + i * 10,
      filament_weight_g: 3 + (i % 50),
      filament_type: i % 3 === 0 ? "PETG" : "PLA",
      filament_colour: i % 2 ? "#FF0000" : "#00AAFF",
      estimated_time: duration,
      progress: 1,
      pause_count: 0,
      paused_duration: 0,
      error_message: status === "error" ? "Heater extruder not heating at expected rate" : null,
      notes: "",
      rating: null,
      tags: i % 4 === 0 ? ["functional"] : [],
      failure_reason: null,
      cost: null,
      has_thumbnail: false,
      spools:
        i % 5 === 0
          ? [{ spool_id: 1 + (i % 2), length_mm: 1000 + i * 10, weight_g: 3 + (i % 50), filament_name: i % 2 ? "PETG Blue" : "PLA+ Black", vendor: "eSUN", material: i % 2 ? "PETG" : "PLA", color_hex: i % 2 ? "1E90FF" : "1A1A1A", cost: 0.1 }]
          : [],
      spool_filament_cost: i % 5 === 0 ? 0.1 : null,
      end_photo_id: null,
      file_id: null,
      costs: {
        energy_kwh: i % 3 === 0 ? 0.25 + (i % 7) / 10 : null,
        energy_source: i % 3 === 0 ? "measured" : null,
        electricity_cost: i % 3 === 0 ? 0.08 : null,
        electricity_source: i % 3 === 0 ? "measured" : null,
        computed_filament_cost: null,
        computed_filament_source: null,
        machine_cost: null,
        total_cost: null,
        total_cost_source: null,
      },
    });
  }
  return jobs;
}

export function createMockHass({ admin = true, jobs, printers, language = "en" } = {}) {
  const calls = [];
  const violations = [];
  const listeners = new Set();
  window.__violations = violations;

  function violated(found) {
    for (const v of found) {
      violations.push(v);
      console.error(`websocket API contract: ${v}`);
    }
    return found.length > 0;
  }
  const state = { jobs: [...jobs], printers: [...printers] };
  window.__calls = calls;
  window.__state = state;

  const sortValue = (job, key) => (key === "printer" ? job.printer_name : job[key]);

  function filtered(msg) {
    let rows = state.jobs;
    if (msg.printer_ids) rows = rows.filter((j) => msg.printer_ids.includes(j.printer_id));
    if (msg.statuses) rows = rows.filter((j) => msg.statuses.includes(j.status));
    if (msg.since) rows = rows.filter((j) => j.start >= msg.since.replace("Z", "+00:00").replace(".000", ""));
    if (msg.until) rows = rows.filter((j) => j.start < msg.until.replace("Z", "+00:00").replace(".000", ""));
    if (msg.q) rows = rows.filter((j) => j.filename.toLowerCase().includes(msg.q.toLowerCase()));
    if (msg.filament_type) rows = rows.filter((j) => (j.filament_type || "").toLowerCase() === msg.filament_type.toLowerCase());
    if (msg.tags) rows = rows.filter((j) => j.tags.some((t) => msg.tags.includes(t)));
    if (msg.min_duration !== undefined) rows = rows.filter((j) => j.print_duration >= msg.min_duration);
    if (msg.max_duration !== undefined) rows = rows.filter((j) => j.print_duration <= msg.max_duration);
    return rows;
  }

  function summary(rows) {
    const ended = rows.filter((j) => j.status !== "in_progress");
    const completed = rows.filter((j) => j.status === "completed").length;
    const cancelled = rows.filter((j) => j.status === "cancelled").length;
    const hours = rows.reduce((s, j) => s + j.print_duration, 0) / 3600;
    return {
      jobs: rows.length,
      completed,
      cancelled,
      failed: ended.length - completed - cancelled,
      in_progress: rows.length - ended.length,
      success_rate: ended.length ? Math.round((completed / ended.length) * 1000) / 10 : null,
      print_hours: Math.round(hours * 100) / 100,
      filament_mm: rows.reduce((s, j) => s + j.filament_used_mm, 0),
      filament_g: rows.reduce((s, j) => s + (j.filament_weight_g || 0), 0),
      cost: 0,
      energy_kwh: rows.reduce((s, j) => s + (j.costs?.energy_kwh || 0), 0),
      electricity_cost: rows.reduce((s, j) => s + (j.costs?.electricity_cost || 0), 0),
      filament_cost: 0,
      machine_cost: 0,
      maintenance_cost: 0,
      avg_print_hours: rows.length ? Math.round((hours / rows.length) * 100) / 100 : null,
    };
  }

  // The accuracy report as the server computes it (store/analytics.py `accuracy`), the mock's jobs'
  // slicer estimates being their `estimated_time` and `estimatedMm`.
  function accuracyFigures(rows) {
    const part = (pairs, unit, scale) => {
      const ok = pairs.filter(([e, a]) => e > 0 && a > 0);
      const estimated = ok.reduce((s, [e]) => s + e, 0);
      const actual = ok.reduce((s, [, a]) => s + a, 0);
      const error = ok.reduce((s, [e, a]) => s + Math.abs(a - e) / e, 0);
      return {
        jobs: ok.length,
        [`estimated_${unit}`]: Math.round((estimated / scale) * 1e4) / 1e4,
        [`actual_${unit}`]: Math.round((actual / scale) * 1e4) / 1e4,
        ratio: ok.length && estimated > 0 ? Math.round((actual / estimated) * 1e4) / 1e4 : null,
        mean_abs_error_pct: ok.length ? Math.round((error / ok.length) * 1000) / 10 : null,
      };
    };
    return {
      jobs: rows.length,
      time: part(rows.map((j) => [j.estimated_time, j.print_duration]), "hours", 3600),
      filament: part(rows.map((j) => [estimatedMm(j), j.filament_used_mm]), "mm", 1),
    };
  }

  function accuracy(rows) {
    const grouped = (keyOf, labelOf) => {
      const groups = new Map();
      for (const j of rows) groups.set(keyOf(j), [...(groups.get(keyOf(j)) || []), j]);
      return [...groups.entries()]
        .map(([key, jobs]) => ({ key, label: key === null ? "Unknown" : labelOf(jobs[0]), ...accuracyFigures(jobs) }))
        .sort((a, b) => b.jobs - a.jobs || (a.label < b.label ? -1 : 1));
    };
    return {
      overall: accuracyFigures(rows),
      by_printer: grouped((j) => j.printer_id, (j) => j.printer_name),
      by_material: grouped((j) => j.filament_type, (j) => j.filament_type),
    };
  }

  function error(code, message) {
    const err = { code, message };
    return Promise.reject(err);
  }

  function emit(event) {
    violated(checkEvent(event));
    for (const l of listeners) l(event);
  }

  async function callWS(msg) {
    calls.push(msg);
    await new Promise((r) => setTimeout(r, 5));
    if (violated(checkCall(msg))) return error("invalid_format", "The call breaks the API's schema");
    if (command(msg.type).admin && !hass.user.is_admin) return error("unauthorized", "Unauthorized");
    const result = await answer(msg);
    if (violated(checkResult(msg.type, result))) throw new Error(`${msg.type}: the mock's answer breaks the API's schema`);
    return result;
  }

  async function answer(msg) {
    const admin = hass.user.is_admin;
    switch (msg.type) {
      case "print_logger/printers/list":
        return { printers: state.printers };
      case "print_logger/jobs/list": {
        const rows = [...filtered(msg)];
        const key = msg.sort || "start";
        const dir = msg.order === "asc" ? 1 : -1;
        rows.sort((a, b) => {
          const va = sortValue(a, key);
          const vb = sortValue(b, key);
          if (va === vb) return a.id < b.id ? -1 : 1;
          if (va === null) return 1;
          if (vb === null) return -1;
          return (va < vb ? -1 : 1) * dir;
        });
        const offset = msg.cursor ? Number(msg.cursor) : 0;
        const limit = msg.limit || 50;
        const page = rows.slice(offset, offset + limit);
        return {
          jobs: page,
          total: rows.length,
          next_cursor: offset + limit < rows.length ? String(offset + limit) : null,
        };
      }
      case "print_logger/jobs/get": {
        const job = state.jobs.find((j) => j.id === msg.job_id);
        if (!job) return error("not_found", "No such job");
        return {
          job: {
            ...job,
            details: { slicer: "OrcaSlicer", slicer_version: "2.3.1", layer_height: 0.2, raw: { x: 1 } },
            events: [
              { type: "started", at: job.start, data: {} },
              { type: "finished", at: job.end, data: {} },
            ],
            metadata: { slicer: "OrcaSlicer", estimated_time: job.estimated_time },
            photos: [],
            climate: [],
          },
        };
      }
      case "print_logger/jobs/power": {
        const job = state.jobs.find((j) => j.id === msg.job_id);
        if (!job) return error("not_found", "No such job");
        if (job.costs?.energy_kwh === null) {
          return { entity_id: null, kind: null, source: null, reason: "no_sensor", mean_w: null, max_w: null, points: [] };
        }
        // Heating (high), printing (steady with a wobble), the last part cooler.
        const points = [];
        for (let i = 0; i < 60; i++) points.push([(i * job.print_duration) / 60, i < 4 ? 310 : 120 + (i % 5) * 6]);
        return { entity_id: "sensor.plug_power", kind: "power", source: "states", reason: null, mean_w: 139.5, max_w: 310, points };
      }
      case "print_logger/jobs/update": {
        if (!admin) return error("unauthorized", "Unauthorized");
        const job = state.jobs.find((j) => j.id === msg.job_id);
        if (!job) return error("not_found", "No such job");
        for (const k of ["notes", "rating", "tags", "failure_reason", "cost"]) if (k in msg) job[k] = msg[k];
        emit({ type: "job_changed", job: { ...job } });
        return { job: { ...job, details: null, events: [], metadata: null, photos: [], climate: [] } };
      }
      case "print_logger/jobs/delete": {
        if (!admin) return error("unauthorized", "Unauthorized");
        const before = state.jobs.length;
        state.jobs = state.jobs.filter((j) => !msg.job_ids.includes(j.id));
        for (const id of msg.job_ids) emit({ type: "job_deleted", job_id: id });
        return { deleted: before - state.jobs.length };
      }
      case "print_logger/jobs/create": {
        if (!admin) return error("unauthorized", "Unauthorized");
        const printer = state.printers.find((p) => p.id === msg.printer_id);
        const job = {
          ...makeJobs(1, [printer])[0],
          id: (0xa000 + state.jobs.length).toString(16).padStart(32, "0"),
          source: "manual",
          filename: msg.filename,
          status: msg.status,
          start: msg.start,
          end: msg.end || null,
          print_duration: msg.print_duration || 0,
          notes: msg.notes || "",
          tags: msg.tags || [],
          rating: msg.rating || null,
        };
        state.jobs.unshift(job);
        return { job: { ...job, details: null, events: [], metadata: null, photos: [], climate: [] } };
      }
      case "print_logger/analytics/summary":
        return summary(filtered(msg));
      case "print_logger/limits":
        return limits();
      // The mock's printers have no files and no maintenance tasks.
      case "print_logger/files/list":
        return { files: [], total: 0 };
      case "print_logger/maintenance/get":
        return { tasks: [], log: [], cost: {} };
      case "print_logger/analytics/timeseries": {
        const rows = filtered(msg);
        const buckets = new Map();
        for (const j of rows) {
          const b = j.start.slice(0, msg.bucket === "month" ? 7 : 10) + (msg.bucket === "month" ? "-01" : "");
          buckets.set(b, (buckets.get(b) || 0) + (msg.metric === "hours" ? j.print_duration / 3600 : 1));
        }
        return {
          bucket: msg.bucket,
          metric: msg.metric,
          points: [...buckets.entries()].sort().map(([bucket, value]) => ({ bucket, value: Math.round(value * 100) / 100 })),
        };
      }
      case "print_logger/analytics/spools": {
        const groups = new Map();
        for (const j of filtered(msg)) {
          for (const s of j.spools || []) {
            const key = msg.by === "spool" ? s.spool_id : msg.by === "vendor" ? s.vendor : msg.by === "material" ? s.material : `${s.vendor} ${s.filament_name}`;
            const label = msg.by === "spool" ? `#${s.spool_id} ${s.vendor} ${s.filament_name}` : String(key);
            const g = groups.get(key) || { key, label, color_hex: s.color_hex ?? null, jobs: 0, length_mm: 0, filament_g: 0, cost: 0 };
            g.jobs += 1;
            g.length_mm += s.length_mm;
            g.filament_g += s.weight_g || 0;
            g.cost += s.cost || 0;
            groups.set(key, g);
          }
        }
        const rows = [...groups.values()].sort((a, b) => b.filament_g - a.filament_g);
        return {
          by: msg.by,
          rows,
          totals: { filament_g: rows.reduce((t, r) => t + r.filament_g, 0), cost: rows.reduce((t, r) => t + r.cost, 0) },
        };
      }
      case "print_logger/analytics/accuracy":
        return accuracy(filtered(msg).filter((j) => j.status === "completed"));
      case "print_logger/analytics/breakdown": {
        let rows = filtered(msg);
        // As the server: the duration bins count the ended jobs only.
        if (msg.by === "duration") rows = rows.filter((j) => j.status !== "in_progress");
        const keyOf = {
          printer: (j) => [j.printer_id, j.printer_name],
          status: (j) => [j.status, j.status],
          filament_type: (j) => [j.filament_type, j.filament_type],
          filament_colour: (j) => [j.filament_colour, j.filament_colour],
          weekday_hour: (j) => weekdayHour(j.start),
          slicer: (j) => [slicerOf(j), slicerOf(j)],
          layer_height: (j) => [layerHeightOf(j), `${layerHeightOf(j)} mm`],
          duration: durationBin,
        }[msg.by];
        if (!keyOf) return error("invalid_format", `by: not a valid value`);
        let groups = new Map();
        for (const j of rows) {
          const [key, label] = keyOf(j);
          const g = groups.get(key) || { key, label, jobs: [], };
          g.jobs.push(j);
          groups.set(key, g);
        }
        if (msg.by === "weekday_hour") {
          // Every hour of the week, in order, zeros included.
          for (let key = 0; key < 7 * 24; key++) {
            const label = `${WEEKDAYS[Math.floor(key / 24)]} ${String(key % 24).padStart(2, "0")}:00`;
            if (!groups.has(key)) groups.set(key, { key, label, jobs: [] });
          }
          groups = new Map([...groups.entries()].sort((a, b) => a[0] - b[0]));
        }
        if (msg.by === "duration") {
          // Every bin, in order, zeros included; then "Unknown" if some jobs have no duration.
          const unknown = groups.get(null);
          groups = new Map(
            DURATION_KEYS.map((key, index) => [key, groups.get(key) || { key, label: DURATION_LABELS[index], jobs: [] }]),
          );
          if (unknown) groups.set(null, unknown);
        }
        if (msg.by === "layer_height") groups = new Map([...groups.entries()].sort((a, b) => a[0] - b[0]));
        return {
          by: msg.by,
          rows: [...groups.values()].map((g) => {
            const s = summary(g.jobs);
            return { key: g.key, label: g.label, jobs: s.jobs, hours: s.print_hours, filament_g: s.filament_g, success_rate: s.success_rate };
          }),
        };
      }
      case "print_logger/analytics/costs": {
        // As store/cost_analytics.py: the cost is the manual one, else the computed total; kWh per
        // job over the metered jobs, cost per gram over the jobs with a cost and a weight.
        const keyOf = {
          printer: (j) => [j.printer_id, j.printer_name],
          filament_type: (j) => [j.filament_type ?? null, j.filament_type ?? "Unknown"],
          month: (j) => [`${j.start.slice(0, 7)}-01`, j.start.slice(0, 7)],
        }[msg.by];
        if (!keyOf) return error("invalid_format", `by: not a valid value`);
        const groups = new Map();
        const blank = () => ({ jobs: 0, cost: 0, electricity_cost: 0, filament_cost: 0, machine_cost: 0, energy_kwh: 0, seconds: 0, grams: 0, metered: 0, meteredSeconds: 0, weighedCost: 0, weighedGrams: 0, costed: 0 });
        const total = blank();
        const add = (g, j) => {
          const c = j.costs || {};
          const cost = j.cost ?? c.total_cost ?? null;
          const grams = j.filament_weight_g ?? 0;
          g.jobs += 1;
          g.cost += cost ?? 0;
          g.electricity_cost += c.electricity_cost ?? 0;
          g.filament_cost += c.computed_filament_cost ?? 0;
          g.machine_cost += c.machine_cost ?? 0;
          g.energy_kwh += c.energy_kwh ?? 0;
          g.seconds += j.print_duration;
          g.grams += grams;
          if (c.energy_kwh != null) {
            g.metered += 1;
            g.meteredSeconds += j.print_duration;
          }
          if (cost !== null) g.costed += 1;
          if (cost !== null && grams > 0) {
            g.weighedCost += cost;
            g.weighedGrams += grams;
          }
        };
        for (const j of filtered(msg)) {
          const [key, label] = keyOf(j);
          const g = groups.get(key) || { key, label, sums: blank() };
          add(g.sums, j);
          add(total, j);
          groups.set(key, g);
        }
        const round = (v, d = 4) => Math.round(v * 10 ** d) / 10 ** d;
        const ratio = (a, b, d = 4) => (b > 0 ? round(a / b, d) : null);
        const figures = (g) => ({
          jobs: g.jobs,
          cost: round(g.cost),
          electricity_cost: round(g.electricity_cost),
          filament_cost: round(g.filament_cost),
          machine_cost: round(g.machine_cost),
          energy_kwh: round(g.energy_kwh),
          print_hours: round(g.seconds / 3600),
          filament_g: round(g.grams),
          metered_jobs: g.metered,
          costed_jobs: g.costed,
          kwh_per_job: ratio(g.energy_kwh, g.metered),
          kwh_per_print_hour: ratio(g.energy_kwh, g.meteredSeconds / 3600),
          cost_per_gram: ratio(g.weighedCost, g.weighedGrams, 6),
          cost_per_job: ratio(g.cost, g.costed),
        });
        const rows = [...groups.values()].map((g) => ({ key: g.key, label: g.label, ...figures(g.sums) }));
        rows.sort((a, b) => (msg.by === "month" ? (a.key < b.key ? -1 : 1) : b.cost - a.cost));
        return { by: msg.by, rows, totals: figures(total) };
      }
      case "print_logger/analytics/expensive_jobs": {
        const costOf = (j) => j.cost ?? j.costs?.total_cost ?? null;
        const rows = filtered(msg)
          .filter((j) => costOf(j) !== null)
          .sort((a, b) => costOf(b) - costOf(a) || (a.start < b.start ? 1 : -1))
          .slice(0, msg.limit ?? 10);
        return {
          jobs: rows.map((j) => ({
            id: j.id,
            printer_id: j.printer_id,
            printer_name: j.printer_name,
            filename: j.filename,
            status: j.status,
            start: j.start,
            print_hours: Math.round((j.print_duration / 3600) * 10000) / 10000,
            filament_g: j.filament_weight_g,
            filament_type: j.filament_type,
            energy_kwh: j.costs?.energy_kwh ?? null,
            cost: costOf(j),
            electricity_cost: j.costs?.electricity_cost ?? null,
            filament_cost: j.costs?.computed_filament_cost ?? null,
            machine_cost: j.costs?.machine_cost ?? null,
          })),
        };
      }
      default:
        violated([`the mock has no answer for ${msg.type}`]);
        return error("unknown_command", `Unknown command ${msg.type}`);
    }
  }

  const hass = {
    user: { id: "u1", name: admin ? "Admin" : "Viewer", is_admin: admin },
    language,
    locale: { language, number_format: "language", time_format: "24", time_zone: "server" },
    config: { time_zone: "Europe/Berlin", currency: "EUR" },
    themes: { darkMode: false },
    callWS,
    connection: {
      async subscribeMessage(callback, msg) {
        calls.push(msg);
        violated(checkSubscribe(msg));
        listeners.add(callback);
        return async () => listeners.delete(callback);
      },
    },
    async fetchWithAuth() {
      return new Response("", { status: 404 });
    },
    emit,
  };
  return hass;
}
