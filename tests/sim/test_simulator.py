"""The Klippy simulator under the REAL Moonraker 0.11: what Moonraker sees and records.

Each scenario mirrors one of ``tests/fixtures/moonraker_captures`` (recorded from a real Klipper +
Moonraker pair) and checks both sides: the simulator's Klipper objects and Moonraker's history.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
import re
from typing import Any

import pytest

from tests.helpers.moonraker import MoonrakerProcess
from tests.helpers.printer import FIXTURES, MoonrakerHTTPError, SimulatedPrinter
from tests.sim import CommandError, KlippySimulator, KlippySimulatorProcess, SimConfig

from .conftest import PrinterFactory


async def start_print(
    printer: SimulatedPrinter, fixture: str = "sim_cube.gcode"
) -> str:
    """Upload a fixture and start it through Moonraker; return once Moonraker's job exists."""
    name = await printer.upload(fixture)
    await printer.start_print(name)
    await printer.sim.wait_for_state("printing")
    await printer.wait_for_job(name, status="in_progress")
    return name


async def mid_print(printer: SimulatedPrinter, progress: float = 0.2) -> None:
    """Wait until the print is well under way and Moonraker has had a status push since."""
    await printer.sim.wait_for_progress(progress)
    await asyncio.sleep(0.3)  # Klippy pushes status every 0.25 s
    assert printer.sim.stats["state"] == "printing"


@pytest.mark.moonraker
async def test_moonraker_reaches_klippy_ready(make_printer: PrinterFactory) -> None:
    printer = await make_printer()
    info = await printer.server_info()
    assert info["klippy_connected"] is True
    assert info["klippy_state"] == "ready"
    assert info["missing_klippy_requirements"] == []
    # klipper_path registers Klipper's example configs and docs, as with a real install
    assert {"config", "gcodes", "logs", "config_examples", "docs"} <= set(
        info["registered_directories"]
    )
    # [virtual_sdcard] path is Moonraker's gcodes folder, printer.cfg is in its config folder
    assert not any("GCode path" in w or "klipper_config" in w for w in info["warnings"])
    printer_info = await printer.request("GET", "/printer/info")
    assert printer_info["state"] == "ready"
    assert printer_info["state_message"] == "Printer is ready"
    assert printer_info["software_version"] == "v0.13.0-sim"
    assert printer_info["app"] == "Klipper"
    objects = (await printer.request("GET", "/printer/objects/list"))["objects"]
    assert {
        "virtual_sdcard",
        "display_status",
        "pause_resume",
        "print_stats",
        "webhooks",
    } <= set(objects)
    status = await printer.query("print_stats", "virtual_sdcard", "webhooks", "heaters")
    assert status["print_stats"]["state"] == "standby"
    assert status["virtual_sdcard"] == {
        "file_path": None,
        "progress": 0.0,
        "is_active": False,
        "file_position": 0,
        "file_size": 0,
    }
    assert status["webhooks"] == {"state": "ready", "state_message": "Printer is ready"}
    assert status["heaters"]["available_heaters"] == ["heater_bed", "extruder"]
    # Moonraker's data_store subscribed to the heaters it found
    store = await printer.request("GET", "/server/temperature_store")
    assert {"extruder", "heater_bed"} <= set(store)
    # ... and Klippy's G-code help is there through Moonraker
    help_ = await printer.request("GET", "/printer/gcode/help")
    assert "SDCARD_PRINT_FILE" in help_


@pytest.mark.moonraker
async def test_each_moonraker_has_a_temp_folder_of_its_own(
    make_printer: PrinterFactory,
) -> None:
    # Uploads in the same second to Moonrakers sharing /tmp collided (test_stress failed with
    # "No such file or directory: '/tmp/moonraker.upload-3643.mru'").
    first, second = await make_printer(), await make_printer()
    folders = set()
    for printer in (first, second):
        assert printer.moonraker.proc is not None
        environ = Path(f"/proc/{printer.moonraker.proc.pid}/environ").read_bytes()
        tmpdir = next(
            v.decode().removeprefix("TMPDIR=")
            for v in environ.split(b"\0")
            if v.startswith(b"TMPDIR=")
        )
        assert Path(tmpdir) == printer.moonraker.data_dir / "tmp"
        assert Path(tmpdir).is_dir()
        folders.add(tmpdir)
    assert len(folders) == 2


async def test_complete_print(make_printer: PrinterFactory) -> None:
    printer = await make_printer(speed=300)
    name = await start_print(printer)
    stats = await printer.sim.wait_for_state("complete")
    job = await printer.wait_for_job(name, status="completed")

    assert printer.sim.gcode_responses.count("Done printing file") == 1
    assert stats["info"] == {"total_layer": 20, "current_layer": 20}
    assert stats["message"] == ""
    # Moonraker's history took its numbers from print_stats
    assert job["print_duration"] == pytest.approx(stats["print_duration"])
    assert job["total_duration"] == pytest.approx(stats["total_duration"])
    assert job["filament_used"] == pytest.approx(stats["filament_used"])
    # ... which are a believable print: the slicer says 222 mm of filament, Klipper counts the
    # net E movement (the last retraction is not counted after the end)
    assert job["metadata"]["filament_total"] == pytest.approx(222.34)
    assert job["filament_used"] == pytest.approx(222.34, rel=0.01)
    assert job["metadata"]["layer_count"] == 20
    # print_stats runs on the wall clock, as Moonraker's start and end times do (each is noted
    # at the status push after the change: 0.25 s apart at most, plus the way through Moonraker)
    assert job["end_time"] - job["start_time"] == pytest.approx(
        job["total_duration"], abs=1.0
    )
    # ... while the machine ran 300 times faster: on its clock, a believable print, where
    # heating happens before the first extrusion and counts in total_duration only
    machine = printer.sim.machine_stats
    assert machine["filament_used"] == pytest.approx(stats["filament_used"])
    assert 100 < machine["print_duration"] < machine["total_duration"] < 400
    assert machine["total_duration"] - machine["print_duration"] > 30
    sd = printer.sim.get_status("virtual_sdcard")
    assert sd["file_path"] is None
    assert sd["progress"] == 1.0
    assert sd["is_active"] is False
    assert sd["file_position"] == sd["file_size"] == (FIXTURES / name).stat().st_size
    assert printer.sim.get_status("display_status")["progress"] == 1.0
    toolhead = printer.sim.get_status("toolhead")
    assert toolhead["homed_axes"] == ""  # M84 at the end
    assert printer.sim.get_status("extruder")["target"] == 0.0
    # Moonraker's view of the printer agrees
    status = await printer.query("print_stats")
    assert status["print_stats"]["state"] == "complete"
    assert status["print_stats"]["filament_used"] == pytest.approx(
        stats["filament_used"]
    )


@pytest.mark.moonraker
async def test_pause_resume_cancel(make_printer: PrinterFactory) -> None:
    printer = await make_printer(speed=300)
    name = await start_print(printer)
    await printer.sim.wait_for_progress(0.2)

    await printer.pause()
    stats = printer.sim.stats
    assert stats["state"] == "paused"
    assert printer.sim.get_status("pause_resume") == {"is_paused": True}
    assert printer.sim.get_status("virtual_sdcard")["is_active"] is False
    machine = printer.sim.machine_stats
    await asyncio.sleep(0.3)  # 90 simulated seconds
    later = printer.sim.stats
    assert later["print_duration"] == pytest.approx(stats["print_duration"])
    assert later["filament_used"] == pytest.approx(stats["filament_used"])
    assert later["total_duration"] - stats["total_duration"] >= 0.3
    machine_later = printer.sim.machine_stats
    assert machine_later["print_duration"] == pytest.approx(machine["print_duration"])
    assert machine_later["total_duration"] - machine["total_duration"] > 80

    await printer.resume()
    await printer.sim.wait_for_state("printing")
    await printer.sim.wait_for_progress(0.5)
    await printer.cancel()
    stats = printer.sim.stats
    assert stats["state"] == "cancelled"
    assert stats["filename"] == name
    assert printer.sim.get_status("virtual_sdcard") == {
        "file_path": None,
        "progress": 0.0,
        "is_active": False,
        "file_position": 0,
        "file_size": 0,
    }
    job = await printer.wait_for_job(name, status="cancelled")
    # print_duration excludes the pause (0.3 s on the wall clock)
    assert job["total_duration"] - job["print_duration"] >= 0.3
    assert 0 < job["filament_used"] < 222


@pytest.mark.moonraker
async def test_pause_inside_the_file(make_printer: PrinterFactory) -> None:
    printer = await make_printer(speed=300)
    name = await start_print(printer, "sim_cube_pause.gcode")
    stats = await printer.sim.wait_for_state("paused")
    # PAUSE sits before layer 7: the file stops right after it
    assert stats["info"] == {"total_layer": 20, "current_layer": 6}
    assert printer.sim.get_status("pause_resume") == {"is_paused": True}
    sd = printer.sim.get_status("virtual_sdcard")
    assert 0.25 < sd["progress"] < 0.4
    assert sd["is_active"] is False
    assert sd["file_path"] is not None
    await asyncio.sleep(0.2)
    assert (await printer.latest_job(name) or {})["status"] == "in_progress"

    await printer.resume()
    stats = await printer.sim.wait_for_state("complete")
    job = await printer.wait_for_job(name, status="completed")
    assert job["print_duration"] == pytest.approx(stats["print_duration"])
    assert job["total_duration"] - job["print_duration"] >= 0.2  # heating + the pause
    assert job["filament_used"] == pytest.approx(222.34, rel=0.01)


@pytest.mark.moonraker
@pytest.mark.parametrize("how", ["out_of_range_move", "raise_error"])
async def test_error_mid_print(make_printer: PrinterFactory, how: str) -> None:
    printer = await make_printer(speed=300)
    if how == "out_of_range_move":
        name = await start_print(printer, "sim_out_of_range.gcode")
        stats = await printer.sim.wait_for_state("error")
    else:
        name = await start_print(printer)
        await printer.sim.wait_for_progress(0.3)
        await printer.sim.raise_error()
        stats = printer.sim.stats
    # the capture: "Move out of range: 9999.000 9999.000 1.800 [5556.500]"
    assert re.fullmatch(
        r"Move out of range: 9999\.000 9999\.000 \d+\.\d{3} \[\d+\.\d{3}\]",
        stats["message"],
    )
    assert f"!! {stats['message']}" in printer.sim.gcode_responses
    if how == "out_of_range_move":
        assert stats["message"].startswith(
            "Move out of range: 9999.000 9999.000 1.800 ["
        )
        assert stats["info"]["current_layer"] == 9
    sd = printer.sim.get_status("virtual_sdcard")
    assert sd["is_active"] is False
    assert sd["file_path"] is not None  # the file stays loaded after an error
    assert printer.sim.get_status("extruder")["target"] == 0.0  # on_error_gcode
    job = await printer.wait_for_job(name, status="error")
    assert job["print_duration"] > 0


@pytest.mark.moonraker
async def test_emergency_stop(make_printer: PrinterFactory) -> None:
    printer = await make_printer(speed=100)
    name = await start_print(printer)
    await mid_print(printer)

    await printer.emergency_stop()
    await printer.sim.wait_for_klippy_state("shutdown")
    stats = await printer.sim.wait_for_state(
        "paused"
    )  # the SD card stops: print_stats pauses
    assert "// Klipper state: Shutdown" in printer.sim.gcode_responses
    job = await printer.wait_for_job(name, status="klippy_shutdown")
    assert job["filament_used"] == pytest.approx(stats["filament_used"], rel=0.05)
    info = await printer.server_info()
    assert info["klippy_state"] == "shutdown"
    printer_info = await printer.request("GET", "/printer/info")
    assert printer_info["state_message"].startswith(
        "Shutdown due to webhooks request\n"
    )
    # G-code is refused while shut down (Moonraker answers 400; Klippy says why on its console)
    with pytest.raises(MoonrakerHTTPError) as err:
        await printer.gcode("G28")
    assert err.value.status == 400
    assert "!! Shutdown due to webhooks request" in printer.sim.gcode_responses

    await printer.firmware_restart()
    await printer.wait_ready()
    assert printer.sim.stats["state"] == "standby"
    assert printer.sim.boot_count == 2


@pytest.mark.moonraker
@pytest.mark.parametrize("kind", ["klippy_restart", "firmware_restart"])
async def test_restart_mid_print(make_printer: PrinterFactory, kind: str) -> None:
    printer = await make_printer(speed=100)
    name = await start_print(printer)
    await mid_print(printer)

    await getattr(printer, kind)()  # POST /printer/restart or /printer/firmware_restart
    job = await printer.wait_for_job(name, status="klippy_disconnect")
    assert job["print_duration"] > 0
    assert job["filament_used"] > 0
    assert "// Klipper state: Disconnect" in printer.sim.gcode_responses
    await printer.wait_ready()
    stats = printer.sim.stats
    assert stats["state"] == "standby"
    assert stats["filename"] == ""
    assert stats["info"] == {"total_layer": None, "current_layer": None}
    assert printer.sim.boot_count == 2
    # a new print after the restart is a new job
    printer.sim.set_speed(300)
    await start_print(printer)
    await printer.sim.wait_for_state("complete")
    await printer.wait_for_job(status="completed")
    jobs = await printer.history()
    assert [j["status"] for j in jobs] == ["completed", "klippy_disconnect"]


@pytest.mark.moonraker
@pytest.mark.parametrize(
    ("kill", "status"), [(False, "server_exit"), (True, "interrupted")]
)
async def test_moonraker_restart_mid_print(
    make_printer: PrinterFactory, kill: bool, status: str
) -> None:
    printer = await make_printer(speed=100)
    name = await start_print(printer)
    await mid_print(printer)

    printer.sim.set_speed(
        10
    )  # the print must outlast Moonraker's restart, however slow
    progress = printer.sim.get_status("virtual_sdcard")["progress"]
    await printer.restart_moonraker(kill=kill)
    # the printer went on printing while Moonraker was away
    assert printer.sim.stats["state"] == "printing"
    assert printer.sim.get_status("virtual_sdcard")["progress"] > progress
    printer.sim.set_speed(300)
    stats = await printer.sim.wait_for_state("complete")
    await asyncio.sleep(0.3)
    jobs = await printer.history()
    # Moonraker never updates the job again: history and printer disagree (as in the capture)
    assert len(jobs) == 1
    assert jobs[0]["filename"] == name
    assert jobs[0]["status"] == status
    assert jobs[0]["filament_used"] < stats["filament_used"]
    status_now = await printer.query("print_stats")
    assert status_now["print_stats"]["state"] == "complete"


@pytest.mark.moonraker
async def test_simulator_dropped_and_restarted(make_printer: PrinterFactory) -> None:
    printer = await make_printer(speed=100)
    name = await start_print(printer)
    await mid_print(printer)

    await printer.sim.stop()  # the Klippy process dies; Moonraker keeps running
    job = await printer.wait_for_job(name, status="klippy_disconnect")
    assert job["filament_used"] > 0
    info = await printer.server_info()
    assert info["klippy_connected"] is False
    assert info["klippy_state"] == "disconnected"

    await printer.sim.start()
    await printer.wait_ready()
    assert printer.sim.stats["state"] == "standby"


@pytest.mark.moonraker
async def test_layers_from_comments_and_absolute_extrusion(
    make_printer: PrinterFactory,
) -> None:
    printer = await make_printer(speed=300)
    name = await start_print(printer, "sim_cura_abs.gcode")
    seen_layers: set[int] = set()
    while (stats := printer.sim.stats)["state"] == "printing":
        if stats["info"]["current_layer"] is not None:
            seen_layers.add(stats["info"]["current_layer"])
        await asyncio.sleep(0.01)
    assert stats["state"] == "complete"
    # no SET_PRINT_STATS_INFO in this file: layers come from ;LAYER_COUNT / ;LAYER:n comments
    assert stats["info"] == {"total_layer": 15, "current_layer": 15}
    assert len(seen_layers) > 3
    job = await printer.wait_for_job(name, status="completed")
    # G92 E0 every layer does not reset the filament count
    assert job["metadata"]["slicer"] == "Cura"
    assert job["filament_used"] == pytest.approx(
        job["metadata"]["filament_total"], rel=0.02
    )


@pytest.mark.moonraker
async def test_subprocess_mode(tmp_path: Path, socket_enabled: None) -> None:
    moonraker = MoonrakerProcess(tmp_path / "data")
    assert moonraker.klippy_uds is not None
    sim = KlippySimulatorProcess(
        moonraker.klippy_uds,
        moonraker.gcodes_dir,
        speed=300,
        log_path=tmp_path / "sim.log",
        extra_args=("--startup-time", "0.1"),
    )
    try:
        await sim.start()
        await asyncio.to_thread(moonraker.start)
        await sim.wait_for_subscriber()
        # Moonraker says "ready" once its components took their first print_stats: a print
        # started before that may reach its job_state before the subscription's answer does
        for _ in range(200):
            info = (await moonraker.async_get("/server/info"))["result"]
            assert isinstance(info, dict)
            if info["klippy_state"] == "ready":
                break
            await asyncio.sleep(0.05)
        assert info["klippy_state"] == "ready"
        data = await asyncio.to_thread((FIXTURES / "sim_cube.gcode").read_bytes)
        await asyncio.to_thread((moonraker.gcodes_dir / "sub.gcode").write_bytes, data)
        await sim.start_print("sub.gcode")
        await sim.wait_for_state("printing")
        await sim.wait_for_progress(0.2)
        await sim.pause()
        assert (await sim.info())["print_stats"]["state"] == "paused"
        await sim.resume()
        stats = await sim.wait_for_state("complete")
        assert stats["filament_used"] == pytest.approx(222.34, rel=0.01)
        with pytest.raises(TimeoutError):
            await sim.wait_for_state("error", timeout=0.1)
        jobs: list[Any] = []
        for _ in range(100):
            result = (await moonraker.async_get("/server/history/list"))["result"]
            assert isinstance(result, dict)
            jobs = result["jobs"]
            if jobs and jobs[0]["status"] == "completed":
                break
            await asyncio.sleep(0.05)
        assert [(j["filename"], j["status"]) for j in jobs] == [
            ("sub.gcode", "completed")
        ]
    finally:
        await asyncio.to_thread(moonraker.stop)
        await sim.stop()


# --------------------------------------------------------------------------- the protocol itself


class RawKlippyClient:
    """Speaks to the simulator's socket as Moonraker does (JSON + 0x03)."""

    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.pushes: list[dict[str, Any]] = []
        self._next_id = 0

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        req_id = self._next_id
        msg = {"id": req_id, "method": method, "params": params}
        self.writer.write(json.dumps(msg).encode() + b"\x03")
        while True:
            data = await asyncio.wait_for(self.reader.readuntil(b"\x03"), 5)
            reply = json.loads(data[:-1])
            if reply.get("id") == req_id:
                return dict(reply)
            self.pushes.append(reply)

    async def next_push(self, method: str) -> dict[str, Any]:
        for i, push in enumerate(self.pushes):
            if push.get("method") == method:
                return self.pushes.pop(i)
        while True:
            data = await asyncio.wait_for(self.reader.readuntil(b"\x03"), 5)
            push = json.loads(data[:-1])
            if push.get("method") == method:
                return dict(push)
            self.pushes.append(push)


async def test_webhooks_protocol(tmp_path: Path, allow_unix_connect: None) -> None:
    gcodes = tmp_path / "gcodes"
    gcodes.mkdir()
    sock = tmp_path / "k.sock"
    sim = KlippySimulator(sock, gcodes, config=SimConfig(speed=50, startup_time=0.2))
    await sim.start()
    reader, writer = await asyncio.open_unix_connection(str(sock))
    client = RawKlippyClient(reader, writer)
    try:
        info = (await client.call("info", client_info={"program": "test"}))["result"]
        assert info["state"] == "startup"
        assert info["state_message"].startswith("Printer is not ready")
        assert {
            "klipper_path",
            "python_path",
            "config_file",
            "log_file",
            "process_id",
        } <= set(info)
        await sim.wait_for_klippy_state("ready")
        assert (await client.call("info"))["result"]["state"] == "ready"

        reply = await client.call("nope")
        assert reply["error"] == {
            "error": "WebRequestError",
            "message": "webhooks: No registered callback for path 'nope'",
        }
        assert (
            "objects/subscribe"
            in (await client.call("list_endpoints"))["result"]["endpoints"]
        )

        await client.call("gcode/subscribe_output", response_template={"method": "gc"})
        assert (await client.call("gcode/script", script="M201 X1000"))["result"] == {}
        assert (await client.next_push("gc"))["params"] == {
            "response": '// Unknown command:"M201"'
        }
        reply = await client.call("gcode/script", script="G1 X10")
        assert (
            reply["error"]["message"]
            == "Must home axis first: 10.000 0.000 0.000 [0.000]"
        )
        assert (await client.next_push("gc"))["params"]["response"].startswith(
            "!! Must home"
        )
        reply = await client.call(
            "gcode/script", script="SDCARD_PRINT_FILE FILENAME=missing.gcode"
        )
        assert reply["error"]["message"] == "Unable to open file"

        query = await client.call(
            "objects/query", objects={"nope": None, "print_stats": ["state"]}
        )
        assert query["result"]["status"] == {
            "nope": {},
            "print_stats": {"state": "standby"},
        }

        sub = await client.call(
            "objects/subscribe",
            objects={"extruder": None, "print_stats": None},
            response_template={"method": "status"},
        )
        assert sub["result"]["status"]["extruder"]["target"] == 0.0
        assert set(sub["result"]["status"]["print_stats"]) >= {
            "state",
            "info",
            "filament_used",
        }
        await client.call("gcode/script", script="M104 S200")
        push = await client.next_push("status")
        # only what changed, for the objects subscribed
        assert set(push["params"]) == {"eventtime", "status"}
        assert set(push["params"]["status"]) == {"extruder"}
        assert {"target", "temperature"} <= set(push["params"]["status"]["extruder"])
        assert "can_extrude" not in push["params"]["status"]["extruder"]

        reg = await client.call(
            "register_remote_method",
            response_template={"method": "x"},
            remote_method="x",
        )
        assert reg["result"] == {}
        await client.call("emergency_stop")
        assert (await client.call("info"))["result"]["state"] == "shutdown"
        reply = await client.call("gcode/script", script="G28")
        assert reply["error"]["message"].startswith("Shutdown due to webhooks request")
        await client.call("gcode/firmware_restart")
        rest = await asyncio.wait_for(reader.read(), 5)  # up to the socket closing
        outputs = [
            p["params"]["response"] for p in client.pushes if p.get("method") == "gc"
        ]
        assert "// Klipper state: Disconnect" in [
            *outputs,
            *(
                json.loads(m)["params"]["response"]
                for m in rest.split(b"\x03")
                if b'"gc"' in m
            ),
        ]
        assert sim.klippy_state == "disconnected"
        await sim.wait_for_klippy_state("ready", timeout=5)
    finally:
        writer.close()
        await sim.stop()
    assert not sock.exists()


async def test_gcode_semantics(tmp_path: Path) -> None:
    """Klipper's G-code semantics, on the simulator alone (no Moonraker, no client)."""
    sim = KlippySimulator(
        tmp_path / "k.sock",
        tmp_path / "gcodes",
        config=SimConfig(speed=1000, startup_time=0.0, write_files=False),
    )
    (tmp_path / "gcodes").mkdir()
    await sim.start()
    try:
        await sim.wait_for_klippy_state("ready")
        await sim.run_script("G28\nG90\nM82\nG1 X10 Y20 Z5 E5 F6000")
        move = sim.get_status("gcode_move")
        assert move["position"] == [10.0, 20.0, 5.0, 5.0]
        assert move["speed"] == pytest.approx(6000)
        await sim.run_script("G92 E0\nG1 E2")  # G92 moves the origin, not the extruder
        move = sim.get_status("gcode_move")
        assert move["position"][3] == pytest.approx(7.0)
        assert move["gcode_position"][3] == pytest.approx(2.0)
        await sim.run_script("M83\nG1 E1\nG91\nG1 X5\nG90")
        assert sim.get_status("toolhead")["position"] == pytest.approx([15, 20, 5, 8])
        await sim.run_script("G2 X25 Y20 I5 J0")  # half circle around (20, 20)
        assert sim.get_status("toolhead")["position"][:2] == pytest.approx([25, 20])
        with pytest.raises(
            CommandError, match=r"^Move out of range: 9999\.000 20\.000 5\.000"
        ):
            await sim.run_script("G1 X9999")
        await sim.run_script("M84")
        assert sim.get_status("toolhead")["homed_axes"] == ""
        with pytest.raises(CommandError, match="Must home axis first"):
            await sim.run_script("G1 X1")

        await sim.run_script("M117 Hello world\nM73 P42\nM106 S128")
        display = sim.get_status("display_status")
        assert display == {"progress": 0.42, "message": "Hello world"}
        assert sim.get_status("fan")["speed"] == pytest.approx(0.502, abs=0.001)
        await sim.run_script("M140 S60\nM109 S215")  # waits until within 1 °C
        assert sim.get_status("extruder")["temperature"] >= 214
        assert sim.get_status("extruder")["target"] == 215.0
        await sim.run_script("TEMPERATURE_WAIT SENSOR=heater_bed MINIMUM=50")
        assert sim.get_status("heater_bed")["temperature"] >= 50
        await sim.run_script("TURN_OFF_HEATERS")
        assert sim.get_status("extruder")["target"] == 0.0

        await sim.run_script("FOO_BAR X=1")
        assert sim.gcode_responses[-1] == '// Unknown command:"FOO_BAR"'
        with pytest.raises(CommandError, match=r"unable to parse 1\.2\.3"):
            await sim.run_script("M104 S1.2.3")
        with pytest.raises(CommandError, match="Unable to open file"):
            await sim.start_print("nothing.gcode")
        with pytest.raises(RuntimeError, match="not printing"):
            await sim.raise_error()
        assert sim.get_status("idle_timeout")["state"] in ("Printing", "Ready")
    finally:
        await sim.stop()
