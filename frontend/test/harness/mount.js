// Mounts the panel or the card on the harness page with a fake hass (called from the tests).
import { createMockHass, makeJobs } from "./mock-hass.js";

const PRINTERS = [
  {
    id: "voron",
    entry_id: "e1",
    name: "Voron",
    moonraker_url: "http://voron.local:7125",
    online: true,
    print_state: "printing",
    current_job: null,
    active_spool: null,
  },
  {
    id: "ender",
    entry_id: "e2",
    name: "Ender <b>3</b>",
    moonraker_url: "http://ender.local:7125",
    online: false,
    print_state: "offline",
    current_job: null,
    active_spool: null,
  },
];

function fixtures(count, xss) {
  const printers = PRINTERS.map((p) => ({ ...p }));
  const jobs = makeJobs(count, printers);
  if (xss) {
    jobs[0].filename = "<img src=x onerror=alert(1)>.gcode";
    jobs[0].notes = "<script>alert(2)</script>";
  }
  printers[0].current_job = { ...jobs[1], id: "f".repeat(32), status: "in_progress", end: null, progress: 0.42, filename: "live_part.gcode" };
  return { printers, jobs };
}

window.mountPanel = async (opts = {}) => {
  if (opts.dark) document.documentElement.classList.add("dark");
  await import("/bundle/print-logger-panel.js");
  const { printers, jobs } = fixtures(opts.jobs ?? 120, opts.xss);
  const hass = createMockHass({ admin: opts.admin ?? true, jobs, printers });
  hass.themes.darkMode = !!opts.dark;
  window.hass = hass;
  const el = document.createElement("print-logger-panel");
  el.hass = hass;
  el.narrow = !!opts.narrow;
  el.panel = { url_path: "print-log", title: "Print Log" };
  document.body.appendChild(el);
};

window.mountCard = async (config) => {
  await import("/bundle/print-logger-card.js");
  // The entry loads the card itself once it may (see src/card.ts).
  await customElements.whenDefined("print-logger-card");
  const { printers, jobs } = fixtures(30, true);
  printers[0].current_job = { ...printers[0].current_job, progress: 0.5, filename: "live.gcode" };
  const hass = createMockHass({ admin: false, jobs, printers });
  window.hass = hass;
  const card = document.createElement("print-logger-card");
  card.setConfig(config);
  card.hass = hass;
  card.style.maxWidth = "420px";
  card.style.display = "block";
  card.style.margin = "16px";
  document.body.appendChild(card);
};
