"""The simulated machine: a scaled clock, heaters, motion, and Klipper's status objects.

Everything here is plain synchronous state driven by the simulated clock; ``klippy.py`` wires it to
the webhooks protocol. Field names and semantics follow Klipper's ``print_stats.py``,
``virtual_sdcard.py``, ``gcode_move.py``, ``toolhead.py``, ``heaters.py``, ``display_status.py``
and ``idle_timeout.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import math
import time
from typing import Any

from .gcode import CommandError, GCodeCommand

AMBIENT = 25.0


class SimClock:
    """Simulated seconds that run ``speed`` times faster than real (monotonic) seconds.

    Klippy's ``eventtime`` and every duration it reports come from this clock, so a print that takes
    an hour of simulated time runs in a few real seconds at ``speed=2000``.
    """

    def __init__(self, speed: float = 1.0) -> None:
        """Start the clock at the machine's real uptime."""
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._speed = float(speed)
        self._real0 = time.monotonic()
        self._sim0 = self._real0

    @property
    def speed(self) -> float:
        """Return simulated seconds per real second."""
        return self._speed

    def set_speed(self, speed: float) -> None:
        """Change the speed factor from now on (the clock does not jump)."""
        if speed <= 0:
            raise ValueError("speed must be positive")
        now = self.now()
        self._real0 = time.monotonic()
        self._sim0 = now
        self._speed = float(speed)

    def now(self) -> float:
        """Return the simulated monotonic time."""
        return self._sim0 + (time.monotonic() - self._real0) * self._speed

    def real_delay(self, sim_seconds: float) -> float:
        """Return how many real seconds ``sim_seconds`` of simulated time take."""
        return max(0.0, sim_seconds) / self._speed


class Heater:
    """A heater whose temperature follows its target: a linear ramp up, Newton cooling down.

    The physical temperature survives Klippy restarts (the metal does not cool at once); the target is
    reset by a restart and forced to zero power by a shutdown.
    """

    def __init__(
        self, name: str, heat_rate: float, cool_tau: float, max_temp: float
    ) -> None:
        """Create a heater at ambient temperature."""
        self.name = name
        self.heat_rate = heat_rate
        self.cool_tau = cool_tau
        self.max_temp = max_temp
        self.target = 0.0
        self._drive = 0.0  # the target the physics follows (0 when shut down)
        self._t0 = 0.0
        self._temp0 = AMBIENT

    def temperature(self, now: float) -> float:
        """Return the temperature at simulated time ``now``."""
        dt = max(0.0, now - self._t0)
        if self._drive > self._temp0:
            return min(self._drive, self._temp0 + self.heat_rate * dt)
        floor = max(self._drive, AMBIENT)
        if self._temp0 <= floor:
            return self._temp0 + (floor - self._temp0) * (
                1 - math.exp(-dt / self.cool_tau)
            )
        return floor + (self._temp0 - floor) * math.exp(-dt / self.cool_tau)

    def _rebase(self, now: float) -> None:
        self._temp0 = self.temperature(now)
        self._t0 = now

    def set_target(self, now: float, target: float) -> None:
        """Set a new target temperature."""
        self._rebase(now)
        self.target = float(target)
        self._drive = float(target)

    def power_off(self, now: float) -> None:
        """Cut the power (shutdown) but keep reporting the target, as Klipper does."""
        self._rebase(now)
        self._drive = 0.0

    def restart(self, now: float) -> None:
        """Reset the target as a fresh Klippy would, keeping the physical temperature."""
        self.set_target(now, 0.0)

    def time_to_settle(self, now: float) -> float:
        """Return simulated seconds until the temperature is within 1 °C of the target."""
        temp = self.temperature(now)
        target = self._drive
        if abs(target - temp) <= 1.0:
            return 0.0
        if target > temp:
            return (target - 1.0 - temp) / self.heat_rate
        floor = max(target, AMBIENT)
        goal = target + 1.0
        if goal <= floor:
            return math.inf
        return self.cool_tau * math.log((temp - floor) / (goal - floor))

    def time_to_reach(
        self, now: float, minimum: float | None, maximum: float | None
    ) -> float:
        """Return simulated seconds until the temperature is within ``[minimum, maximum]``."""
        temp = self.temperature(now)
        if (minimum is None or temp >= minimum) and (
            maximum is None or temp <= maximum
        ):
            return 0.0
        if minimum is not None and temp < minimum:
            if self._drive < minimum:
                return math.inf
            return (minimum - temp) / self.heat_rate
        assert maximum is not None
        floor = max(self._drive, AMBIENT)
        if maximum <= floor:
            return math.inf
        return self.cool_tau * math.log((temp - floor) / (maximum - floor))

    def power(self, now: float) -> float:
        """Return the heater's PWM duty as Klipper reports it (0..1)."""
        if self._drive <= 0:
            return 0.0
        temp = self.temperature(now)
        if temp < self._drive - 2.0:
            return 1.0
        return round(min(1.0, 0.15 + (self._drive - AMBIENT) / 600.0), 3)

    def status(self, now: float) -> dict[str, Any]:
        """Return Klipper's heater status."""
        return {
            "temperature": round(self.temperature(now), 2),
            "target": self.target,
            "power": self.power(now),
        }


@dataclass
class MachineLimits:
    """Kinematic limits (``[printer]`` and the steppers' ranges)."""

    axis_minimum: tuple[float, float, float] = (0.0, 0.0, -2.0)
    axis_maximum: tuple[float, float, float] = (250.0, 210.0, 220.0)
    max_velocity: float = 300.0
    max_accel: float = 3000.0
    max_z_velocity: float = 15.0
    max_z_accel: float = 100.0
    max_extrude_only_velocity: float = 60.0
    square_corner_velocity: float = 5.0
    minimum_cruise_ratio: float = 0.5
    homing_time: float = 4.0


def _coord(values: list[float]) -> list[float]:
    return [round(v, 6) for v in values]


@dataclass
class Motion:
    """``gcode_move`` plus ``toolhead``: positions, coordinate modes, homing and move timing.

    ``position`` is the toolhead position (Klipper's ``last_position``): its E component only moves
    with extrusion, so ``G92 E0`` changes ``base_position`` and never the filament count.
    """

    limits: MachineLimits = field(default_factory=MachineLimits)
    require_homing: bool = True
    position: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0, 0.0])
    base_position: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0, 0.0])
    homing_position: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0, 0.0])
    absolute_coord: bool = True
    absolute_extrude: bool = True
    speed: float = 25.0  # mm/s
    speed_factor: float = 1.0 / 60.0
    extrude_factor: float = 1.0
    homed: set[str] = field(default_factory=set)
    max_velocity: float = 0.0
    max_accel: float = 0.0
    stalls: int = 0
    saved_states: dict[str, dict[str, Any]] = field(default_factory=dict)
    last_velocity: float = 0.0
    last_extruder_velocity: float = 0.0

    def __post_init__(self) -> None:
        """Take the configured velocity limits."""
        self.max_velocity = self.max_velocity or self.limits.max_velocity
        self.max_accel = self.max_accel or self.limits.max_accel

    @property
    def homed_axes(self) -> str:
        """Return the homed axes in Klipper's order (``"xyz"``)."""
        return "".join(a for a in "xyz" if a in self.homed)

    def _check_move(self, start: list[float], end: list[float]) -> None:
        for i, axis in enumerate("xyz"):
            if end[i] == start[i]:
                continue
            if self.require_homing and axis not in self.homed:
                raise _move_error(end, "Must home axis first")
            if not self.limits.axis_minimum[i] <= end[i] <= self.limits.axis_maximum[i]:
                raise _move_error(end)

    def _duration(self, start: list[float], end: list[float], speed: float) -> float:
        dist = math.dist(start[:3], end[:3])
        if dist > 0:
            velocity = min(speed, self.max_velocity)
            accel = self.max_accel
            if end[2] != start[2]:
                z_ratio = dist / abs(end[2] - start[2])
                velocity = min(velocity, self.limits.max_z_velocity * z_ratio)
                accel = min(accel, self.limits.max_z_accel * z_ratio)
            extrude = abs(end[3] - start[3])
            duration = dist / min(velocity, math.sqrt(accel * dist))
            self.last_velocity = dist / duration
            self.last_extruder_velocity = extrude / duration
            return duration
        extrude = abs(end[3] - start[3])
        if extrude > 0:
            velocity = min(speed, self.limits.max_extrude_only_velocity)
            duration = extrude / min(velocity, math.sqrt(self.max_accel * extrude))
            self.last_velocity = 0.0
            self.last_extruder_velocity = extrude / duration
            return duration
        return 0.0

    def _move_to(self, end: list[float], speed: float) -> float:
        start = list(self.position)
        self._check_move(start, end)
        duration = self._duration(start, end, speed)
        self.position = end
        return duration

    def g1(self, gcmd: GCodeCommand) -> float:
        """Run ``G0``/``G1``; return the move's duration in simulated seconds."""
        end = list(self.position)
        params = gcmd.params
        try:
            for i, axis in enumerate("XYZ"):
                if axis in params:
                    value = float(params[axis])
                    if not self.absolute_coord:
                        end[i] += value
                    else:
                        end[i] = value + self.base_position[i]
            if "E" in params:
                value = float(params["E"]) * self.extrude_factor
                if not self.absolute_coord or not self.absolute_extrude:
                    end[3] += value
                else:
                    end[3] = value + self.base_position[3]
            if "F" in params:
                feed = float(params["F"])
                if feed <= 0.0:
                    raise gcmd.error(f"Invalid speed in '{gcmd.commandline}'")
                self.speed = feed * self.speed_factor
        except ValueError:
            raise gcmd.error(f"Unable to parse move '{gcmd.commandline}'") from None
        return self._move_to(end, self.speed)

    def arc(self, gcmd: GCodeCommand, clockwise: bool) -> float:
        """Run ``G2``/``G3`` in the XY plane; return its duration."""
        start = list(self.position)
        end = list(start)
        params = gcmd.params
        try:
            for i, axis in enumerate("XYZ"):
                if axis in params:
                    value = float(params[axis])
                    end[i] = (
                        start[i] + value
                        if not self.absolute_coord
                        else value + self.base_position[i]
                    )
            offset_i = float(params.get("I", "0") or 0)
            offset_j = float(params.get("J", "0") or 0)
            if "E" in params:
                value = float(params["E"]) * self.extrude_factor
                if not self.absolute_coord or not self.absolute_extrude:
                    end[3] += value
                else:
                    end[3] = value + self.base_position[3]
            if "F" in params:
                self.speed = float(params["F"]) * self.speed_factor
        except ValueError:
            raise gcmd.error(f"Unable to parse move '{gcmd.commandline}'") from None
        if not offset_i and not offset_j:
            raise gcmd.error("G2/G3 requires IJ, IK or JK parameters")
        center = (start[0] + offset_i, start[1] + offset_j)
        radius = math.hypot(offset_i, offset_j)
        a0 = math.atan2(start[1] - center[1], start[0] - center[0])
        a1 = math.atan2(end[1] - center[1], end[0] - center[0])
        sweep = (a0 - a1) if clockwise else (a1 - a0)
        if sweep <= 0:
            sweep += 2 * math.pi
        length = math.hypot(radius * sweep, end[2] - start[2])
        self._check_move(start, end)
        velocity = min(self.speed, self.max_velocity)
        duration = length / max(
            1e-9, min(velocity, math.sqrt(self.max_accel * max(length, 1e-9)))
        )
        self.position = end
        return duration

    def g28(self, gcmd: GCodeCommand) -> float:
        """Home the given axes (all when none is given); return the homing time."""
        axes = [a for a in "XYZ" if a in gcmd.params] or list("XYZ")
        for axis in axes:
            i = "XYZ".index(axis)
            self.position[i] = 0.0
            self.homed.add(axis.lower())
        return self.limits.homing_time * len(axes)

    def g92(self, gcmd: GCodeCommand) -> None:
        """Set the G-code position (only ``base_position`` changes)."""
        given = False
        for i, axis in enumerate("XYZE"):
            value = gcmd.get_float(axis, None)
            if value is None:
                continue
            given = True
            if i == 3:
                value *= self.extrude_factor
            self.base_position[i] = self.position[i] - value
        if not given:
            self.base_position = list(self.position)

    def motors_off(self) -> None:
        """``M84``: the steppers lose their position."""
        self.homed.clear()

    def gcode_position(self) -> list[float]:
        """Return the position in G-code coordinates."""
        pos = [p - b for p, b in zip(self.position, self.base_position, strict=True)]
        pos[3] /= self.extrude_factor
        return pos

    def save_state(self, name: str) -> None:
        """``SAVE_GCODE_STATE``."""
        self.saved_states[name] = {
            "absolute_coord": self.absolute_coord,
            "absolute_extrude": self.absolute_extrude,
            "base_position": list(self.base_position),
            "speed": self.speed,
            "speed_factor": self.speed_factor,
            "extrude_factor": self.extrude_factor,
            "position": list(self.position),
        }

    def restore_state(self, name: str, move: bool) -> float:
        """``RESTORE_GCODE_STATE``; return the duration of the move back, if any."""
        state = self.saved_states.get(name)
        if state is None:
            raise CommandError(f"Unknown g-code state: {name}")
        self.absolute_coord = state["absolute_coord"]
        self.absolute_extrude = state["absolute_extrude"]
        self.base_position = list(state["base_position"])
        self.speed = state["speed"]
        self.speed_factor = state["speed_factor"]
        self.extrude_factor = state["extrude_factor"]
        # Klipper restores the E position without moving the extruder
        self.position[3] = state["position"][3]
        if not move:
            return 0.0
        target = [*state["position"][:3], self.position[3]]
        if target == self.position:
            return 0.0
        return self._move_to(target, self.max_velocity)

    def gcode_move_status(self) -> dict[str, Any]:
        """Return Klipper's ``gcode_move`` status."""
        return {
            "speed_factor": round(self.speed_factor * 60.0, 6),
            "speed": round(self.speed / self.speed_factor, 6),
            "extrude_factor": self.extrude_factor,
            "absolute_coordinates": self.absolute_coord,
            "absolute_extrude": self.absolute_extrude,
            "homing_origin": _coord(self.homing_position),
            "position": _coord(self.position),
            "gcode_position": _coord(self.gcode_position()),
        }

    def toolhead_status(
        self, print_time: float, estimated_print_time: float
    ) -> dict[str, Any]:
        """Return Klipper's ``toolhead`` status."""
        return {
            "homed_axes": self.homed_axes,
            "axis_minimum": [*self.limits.axis_minimum, 0],
            "axis_maximum": [*self.limits.axis_maximum, 0],
            "print_time": print_time,
            "stalls": self.stalls,
            "estimated_print_time": estimated_print_time,
            "extruder": "extruder",
            "position": _coord(self.position),
            "max_velocity": self.max_velocity,
            "max_accel": self.max_accel,
            "minimum_cruise_ratio": self.limits.minimum_cruise_ratio,
            "square_corner_velocity": self.limits.square_corner_velocity,
            "extra_axes": {"extruder": 3},
        }


def _move_error(pos: list[float], msg: str = "Move out of range") -> CommandError:
    return CommandError(f"{msg}: {pos[0]:.3f} {pos[1]:.3f} {pos[2]:.3f} [{pos[3]:.3f}]")


class PrintStats:
    """Klipper's ``print_stats`` (durations from the simulated clock, filament from the E axis)."""

    def __init__(self) -> None:
        """Start in ``standby``."""
        self.reset()

    def reset(self) -> None:
        """Forget the loaded file (``SDCARD_RESET_FILE``, a new print, a restart)."""
        self.filename = ""
        self.error_message = ""
        self.state = "standby"
        self.prev_pause_duration = 0.0
        self.last_epos = 0.0
        self.filament_used = 0.0
        self.total_duration = 0.0
        self.print_start_time: float | None = None
        self.last_pause_time: float | None = None
        self.init_duration = 0.0
        self.info_total_layer: int | None = None
        self.info_current_layer: int | None = None

    def set_current_file(self, filename: str) -> None:
        """A file was loaded."""
        self.reset()
        self.filename = filename

    def _update_filament_usage(self, epos: float, extrude_factor: float) -> None:
        self.filament_used += (epos - self.last_epos) / extrude_factor
        self.last_epos = epos

    def note_start(self, now: float, epos: float) -> None:
        """The print started or resumed."""
        if self.print_start_time is None:
            self.print_start_time = now
        elif self.last_pause_time is not None:
            self.prev_pause_duration += now - self.last_pause_time
            self.last_pause_time = None
        self.last_epos = epos
        self.state = "printing"
        self.error_message = ""

    def note_pause(self, now: float, epos: float, extrude_factor: float) -> None:
        """The print paused (``PAUSE``, or a shutdown stopping the SD card)."""
        if self.last_pause_time is None:
            self.last_pause_time = now
            self._update_filament_usage(epos, extrude_factor)
        if self.state != "error":
            self.state = "paused"

    def _note_finish(
        self, now: float, state: str, message: str, epos: float, extrude_factor: float
    ) -> None:
        if self.print_start_time is None:
            return
        if self.last_pause_time is None:
            # Klipper counts filament only when its status is polled (every 0.25 s); at a high
            # speed factor that would lose the last minutes of a print, so count up to the end.
            self._update_filament_usage(epos, extrude_factor)
        self.state = state
        self.error_message = message
        self.total_duration = now - self.print_start_time
        if self.filament_used < 0.0000001:
            self.init_duration = self.total_duration - self.prev_pause_duration
        self.print_start_time = None

    def note_complete(self, now: float, epos: float, extrude_factor: float) -> None:
        """The file ended."""
        self._note_finish(now, "complete", "", epos, extrude_factor)

    def note_error(
        self, now: float, message: str, epos: float, extrude_factor: float
    ) -> None:
        """A command in the file failed."""
        self._note_finish(now, "error", message, epos, extrude_factor)

    def note_cancel(self, now: float, epos: float, extrude_factor: float) -> None:
        """``CANCEL_PRINT``."""
        self._note_finish(now, "cancelled", "", epos, extrude_factor)

    def set_info(self, total_layer: int | None, current_layer: int | None) -> None:
        """``SET_PRINT_STATS_INFO`` semantics."""
        if total_layer == 0:
            self.info_total_layer = None
            self.info_current_layer = None
        elif total_layer != self.info_total_layer:
            self.info_total_layer = total_layer
            self.info_current_layer = 0
        if (
            self.info_total_layer is not None
            and current_layer is not None
            and current_layer != self.info_current_layer
        ):
            self.info_current_layer = min(current_layer, self.info_total_layer)

    def status(self, now: float, epos: float, extrude_factor: float) -> dict[str, Any]:
        """Return Klipper's ``print_stats`` status."""
        time_paused = self.prev_pause_duration
        if self.print_start_time is not None:
            if self.last_pause_time is not None:
                time_paused += now - self.last_pause_time
            else:
                self._update_filament_usage(epos, extrude_factor)
            self.total_duration = now - self.print_start_time
            if self.filament_used < 0.0000001:
                self.init_duration = self.total_duration - time_paused
        print_duration = self.total_duration - self.init_duration - time_paused
        return {
            "filename": self.filename,
            "total_duration": self.total_duration,
            "print_duration": print_duration,
            "filament_used": self.filament_used,
            "state": self.state,
            "message": self.error_message,
            "info": {
                "total_layer": self.info_total_layer,
                "current_layer": self.info_current_layer,
            },
        }


class DisplayStatus:
    """Klipper's ``display_status``: ``M73`` progress (else the SD card's) and ``M117`` message."""

    M73_TIMEOUT = 5.0

    def __init__(self) -> None:
        """No message, no M73 progress."""
        self.progress: float | None = None
        self.expire_progress = 0.0
        self.message: str | None = None

    def set_progress(self, now: float, percent: float) -> None:
        """``M73 P<percent>``."""
        self.progress = min(1.0, max(0.0, percent / 100.0))
        self.expire_progress = now + self.M73_TIMEOUT

    def status(self, now: float, printing: bool, sd_progress: float) -> dict[str, Any]:
        """Return the status; M73 progress expires once the printer stops printing."""
        progress = self.progress
        if progress is not None and now > self.expire_progress and not printing:
            self.progress = progress = None
        if progress is None:
            progress = sd_progress
        return {"progress": progress, "message": self.message}


class IdleTimeout:
    """Klipper's ``idle_timeout``: Idle → Printing while busy → Ready → Idle after the timeout."""

    def __init__(self, timeout: float) -> None:
        """Start ``Idle``."""
        self.timeout = timeout
        self.state = "Idle"
        self.printing_start = 0.0
        self.ready_since = 0.0

    def note_busy(self, now: float) -> None:
        """The toolhead has work."""
        if self.state != "Printing":
            self.state = "Printing"
            self.printing_start = now

    def note_idle(self, now: float) -> None:
        """The toolhead ran out of work."""
        if self.state == "Printing":
            self.state = "Ready"
            self.ready_since = now

    def timed_out(self, now: float) -> bool:
        """Return whether the Ready state has lasted the whole timeout (then go Idle)."""
        if self.state == "Ready" and now - self.ready_since >= self.timeout:
            self.state = "Idle"
            return True
        return False

    def status(self, now: float) -> dict[str, Any]:
        """Return the status."""
        printing_time = now - self.printing_start if self.state == "Printing" else 0.0
        return {"state": self.state, "printing_time": printing_time}
