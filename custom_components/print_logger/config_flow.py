"""
Config flow for Print Logger: one config entry per Moonraker printer.

(Over 600 lines on purpose: Home Assistant looks the flows up in this module, and the printer's
config flow (user, zeroconf, reauthentication, reconfiguration), its options flow and the print
farm's options flow share the connection and history schemas and the printer check defined at the
top; split, the options flows would import this module's internals.)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, override

from homeassistant.config_entries import (
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlow,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_API_KEY, CONF_HOST, CONF_NAME, CONF_PORT, CONF_SSL
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import (
    BooleanSelector,
    EntitySelector,
    EntitySelectorConfig,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo
import probatio

from .const import (
    CONF_BACKEND,
    CONF_CAMERA,
    CONF_CLIMATE_SENSORS,
    CONF_DATABASE_URL,
    CONF_FAILURE_REASONS,
    CONF_FARM,
    CONF_IMPORT_DAYS,
    CONF_IMPORT_HISTORY,
    CONF_NOTIFY_SERVICES,
    CONF_PHOTO_MAX_SIDE,
    CONF_PHOTO_RETENTION_DAYS,
    CONF_STATE_INTERVAL,
    DEFAULT_IMPORT_DAYS,
    DEFAULT_NAME,
    DEFAULT_NOTIFY_REASONS,
    DEFAULT_PORT,
    DEFAULT_STATE_INTERVAL,
    DOMAIN,
    FARM_UNIQUE_ID,
    IMPORT_ALL,
    IMPORT_DAYS,
    IMPORT_NONE,
    LOGGER,
    MAX_IMPORT_DAYS,
)
from .data import PRINT_LOGGER_KEY, PrintLoggerConfigEntry
from .database import (
    BACKEND_CUSTOM,
    BACKENDS,
    MOVE_MERGE,
    MOVE_MODES,
    DatabaseSettings,
    MoveMode,
    async_check_url,
    async_count_rows,
    async_move_database,
    resolve_url,
)
from .energy import (
    CONF_ELECTRICITY_PRICE,
    CONF_FILAMENT_PRICES,
    CONF_MACHINE_RATE,
    CONF_PLUG_SENSOR,
    CONF_PRICE_ENTITY,
    CONF_PRICE_MODE,
    CONF_REPRICE_OLD_JOBS,
    PRICE_ENTITY,
    PRICE_FIXED,
    PRICE_MODES,
    PRICE_NONE,
    async_start_repricing,
    price_entity_error,
    prices_changed,
    sensor_kind,
)
from .farm import FARM_TITLE, is_farm
from .moonraker import (
    MoonrakerAuthError,
    MoonrakerClient,
    MoonrakerConnectionError,
    MoonrakerError,
)
from .moonraker.address import parse_address
from .photos import DEFAULT_MAX_SIDE, DEFAULT_RETENTION_DAYS
from .store import (
    FAILURE_REASONS,
    CopyVerificationError,
    SchemaVersionError,
    StoreError,
    StoreUnavailableError,
    redacted_url,
)
from .store.costs import COST_BOUNDS, MATERIALS

CONF_MOVE_MODE: Final = "move_mode"
MOVE_BACK: Final = "back"


@dataclass(frozen=True, kw_only=True)
class PrinterIdentity:
    """What the flow learns from a Moonraker that answered."""

    instance_id: str
    hostname: str | None
    moonraker_version: str | None


class CannotConnectError(Exception):
    """Moonraker could not be reached or did not answer as Moonraker."""


class InvalidAuthError(Exception):
    """Moonraker rejected the (missing) API key."""


async def async_validate_printer(
    hass: HomeAssistant, data: Mapping[str, Any]
) -> PrinterIdentity:
    """
    Call Moonraker with the given settings and return its identity.

    Raises CannotConnectError or InvalidAuthError; anything else is unexpected.
    """
    client = MoonrakerClient(
        async_get_clientsession(hass),
        data[CONF_HOST],
        data.get(CONF_PORT, DEFAULT_PORT),
        ssl=data.get(CONF_SSL, False),
        api_key=data.get(CONF_API_KEY) or None,
    )
    try:
        server_info = await client.server_info()
        instance_id = await client.instance_id()
        hostname: str | None = None
        if server_info.get("klippy_state") == "ready":
            printer_info = await client.printer_info()
            hostname = printer_info.get("hostname")
    except MoonrakerAuthError as err:
        raise InvalidAuthError from err
    except MoonrakerConnectionError as err:
        raise CannotConnectError from err
    except MoonrakerError as err:
        LOGGER.debug("Moonraker at %s answered with an error: %s", data[CONF_HOST], err)
        raise CannotConnectError from err
    return PrinterIdentity(
        instance_id=instance_id,
        hostname=hostname,
        moonraker_version=server_info.get("moonraker_version"),
    )


def _connection_schema(
    defaults: Mapping[str, Any], *, with_name: bool
) -> probatio.Schema:
    """Return the form for host, port, SSL, API key (and the printer's name)."""
    fields: dict[probatio.Marker, Any] = {
        probatio.Required(
            CONF_HOST, default=defaults.get(CONF_HOST, probatio.UNDEFINED)
        ): TextSelector(TextSelectorConfig(autocomplete="off")),
        probatio.Required(
            CONF_PORT, default=defaults.get(CONF_PORT, DEFAULT_PORT)
        ): probatio.All(probatio.Coerce(int), probatio.Range(min=1, max=65535)),
        probatio.Required(CONF_SSL, default=defaults.get(CONF_SSL, False)): bool,
        probatio.Optional(
            CONF_API_KEY, description={"suggested_value": defaults.get(CONF_API_KEY)}
        ): TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD)),
    }
    if with_name:
        fields[
            probatio.Optional(
                CONF_NAME, description={"suggested_value": defaults.get(CONF_NAME)}
            )
        ] = TextSelector()
    return probatio.Schema(fields)


def _clean(user_input: Mapping[str, Any]) -> dict[str, Any]:
    """
    Normalise form input: strip text, drop an empty API key.

    A pasted address (``http://voron.local:7125/``, ``voron.local:7125``) becomes its host; the
    port and TLS it states replace the form's.
    """
    data = dict(user_input)
    address = parse_address(str(data[CONF_HOST]))
    data[CONF_HOST] = address.host
    if address.port is not None:
        data[CONF_PORT] = address.port
    if address.ssl is not None:
        data[CONF_SSL] = address.ssl
    if not (data.get(CONF_API_KEY) or "").strip():
        data.pop(CONF_API_KEY, None)
    else:
        data[CONF_API_KEY] = data[CONF_API_KEY].strip()
    if CONF_NAME in data and not str(data[CONF_NAME]).strip():
        data.pop(CONF_NAME)
    return data


def _history_schema(defaults: Mapping[str, Any]) -> probatio.Schema:
    """
    Return the form's choice of how much of Moonraker's existing job history to import.

    The number of days is asked by a step of its own, only when "the last days" is chosen
    (:func:`_days_schema`): a form of Home Assistant is the same whatever is picked in it.
    """
    return probatio.Schema(
        {
            probatio.Required(
                CONF_IMPORT_HISTORY,
                default=defaults.get(CONF_IMPORT_HISTORY, IMPORT_ALL),
            ): SelectSelector(
                SelectSelectorConfig(
                    options=[IMPORT_ALL, IMPORT_DAYS, IMPORT_NONE],
                    translation_key=CONF_IMPORT_HISTORY,
                    mode=SelectSelectorMode.LIST,
                )
            ),
        }
    )


def _days_schema(defaults: Mapping[str, Any]) -> probatio.Schema:
    """Return the form for the number of days of history to import."""
    return probatio.Schema(
        {
            probatio.Required(
                CONF_IMPORT_DAYS,
                default=defaults.get(CONF_IMPORT_DAYS, DEFAULT_IMPORT_DAYS),
            ): NumberSelector(
                NumberSelectorConfig(
                    min=1,
                    max=MAX_IMPORT_DAYS,
                    step=1,
                    unit_of_measurement="d",
                    mode=NumberSelectorMode.BOX,
                )
            ),
        }
    )


def _history_options(choice: Mapping[str, Any]) -> dict[str, Any]:
    """Return the history options of a choice: the days only with "the last days"."""
    options = {CONF_IMPORT_HISTORY: choice[CONF_IMPORT_HISTORY]}
    if choice[CONF_IMPORT_HISTORY] == IMPORT_DAYS:
        options[CONF_IMPORT_DAYS] = int(choice[CONF_IMPORT_DAYS])
    return options


class PrintLoggerConfigFlow(ConfigFlow, domain=DOMAIN):
    """Add a Moonraker printer to Print Logger."""

    VERSION = 1
    MINOR_VERSION = 1

    _discovered: dict[str, Any]
    _pending: tuple[str, dict[str, Any]]

    @staticmethod
    @callback
    @override
    def async_get_options_flow(config_entry: PrintLoggerConfigEntry) -> OptionsFlow:
        """Return the options flow: the farm's (the database), or a printer's own."""
        if is_farm(config_entry):
            return FarmOptionsFlow()
        return PrintLoggerOptionsFlow()

    async def _async_try(
        self, data: Mapping[str, Any], errors: dict[str, str]
    ) -> PrinterIdentity | None:
        """Validate settings, filling errors; return the identity when it worked."""
        try:
            return await async_validate_printer(self.hass, data)
        except InvalidAuthError:
            errors["base"] = "invalid_auth"
        except CannotConnectError:
            errors["base"] = "cannot_connect"
        except Exception:  # noqa: BLE001 - shown to the user as "unknown"
            LOGGER.exception("Unexpected error talking to Moonraker")
            errors["base"] = "unknown"
        return None

    def _title(self, data: Mapping[str, Any], identity: PrinterIdentity) -> str:
        """Pick the entry title: the user's name, the printer's hostname, or the host."""
        return str(
            data.get(CONF_NAME) or identity.hostname or data[CONF_HOST] or DEFAULT_NAME
        )

    @override
    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the Moonraker address."""
        errors: dict[str, str] = {}
        if user_input is not None:
            data = _clean(user_input)
            if identity := await self._async_try(data, errors):
                await self.async_set_unique_id(
                    identity.instance_id, raise_on_progress=False
                )
                self._abort_if_unique_id_configured(
                    updates={CONF_HOST: data[CONF_HOST], CONF_PORT: data[CONF_PORT]}
                )
                self._pending = (self._title(data, identity), data)
                return await self.async_step_history()
        return self.async_show_form(
            step_id="user",
            data_schema=_connection_schema(user_input or {}, with_name=True),
            errors=errors,
        )

    @override
    async def async_step_zeroconf(
        self, discovery_info: ZeroconfServiceInfo
    ) -> ConfigFlowResult:
        """Handle a Moonraker announced on the network."""
        instance_id = discovery_info.properties.get("uuid")
        if not instance_id:
            return self.async_abort(reason="no_instance_id")
        host = discovery_info.host
        await self.async_set_unique_id(instance_id)
        # A known printer that moved to another address: follow it (an announcement without a
        # port keeps the entry's port).
        updates: dict[str, Any] = {CONF_HOST: host}
        if discovery_info.port:
            updates[CONF_PORT] = discovery_info.port
        self._abort_if_unique_id_configured(updates=updates)
        name = discovery_info.name.removesuffix("._moonraker._tcp.local.").split(" @ ")[
            0
        ]
        self._discovered = {
            CONF_HOST: host,
            CONF_PORT: discovery_info.port or DEFAULT_PORT,
            CONF_NAME: name,
        }
        self.context["title_placeholders"] = {"name": name}
        self.context["configuration_url"] = f"http://{host}"
        return await self.async_step_zeroconf_confirm()

    async def async_step_zeroconf_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Confirm a discovered printer; ask for an API key only if it needs one."""
        errors: dict[str, str] = {}
        if user_input is not None:
            data = _clean({**self._discovered, CONF_SSL: False, **user_input})
            if identity := await self._async_try(data, errors):
                if identity.instance_id != self.unique_id:
                    return self.async_abort(reason="different_printer")
                self._pending = (self._title(data, identity), data)
                return await self.async_step_history()
        return self.async_show_form(
            step_id="zeroconf_confirm",
            data_schema=probatio.Schema(
                {
                    probatio.Optional(
                        CONF_NAME,
                        description={"suggested_value": self._discovered[CONF_NAME]},
                    ): (TextSelector()),
                    probatio.Optional(CONF_API_KEY): TextSelector(
                        TextSelectorConfig(type=TextSelectorType.PASSWORD)
                    ),
                }
            ),
            description_placeholders={
                "name": self._discovered[CONF_NAME],
                "host": f"{self._discovered[CONF_HOST]}:{self._discovered[CONF_PORT]}",
            },
            errors=errors,
        )

    async def async_step_system(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Create the print farm's entry (started by the first printer, never by the user)."""
        await self.async_set_unique_id(FARM_UNIQUE_ID)
        self._abort_if_unique_id_configured()
        return self.async_create_entry(title=FARM_TITLE, data={CONF_FARM: True})

    async def async_step_history(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask how much of Moonraker's existing job history to import."""
        if user_input is not None:
            if user_input[CONF_IMPORT_HISTORY] == IMPORT_DAYS:
                return await self.async_step_history_days()
            return self._create_printer(user_input)
        return self.async_show_form(step_id="history", data_schema=_history_schema({}))

    async def async_step_history_days(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask how many of the last days of Moonraker's history to import."""
        if user_input is not None:
            return self._create_printer(
                {CONF_IMPORT_HISTORY: IMPORT_DAYS, **user_input}
            )
        return self.async_show_form(
            step_id="history_days", data_schema=_days_schema({})
        )

    def _create_printer(self, choice: Mapping[str, Any]) -> ConfigFlowResult:
        """Create the printer's entry with its history choice."""
        title, data = self._pending
        return self.async_create_entry(
            title=title,
            data=data,
            options={
                CONF_STATE_INTERVAL: DEFAULT_STATE_INTERVAL,
                **_history_options(choice),
            },
        )

    async def async_step_reauth(
        self, entry_data: Mapping[str, Any]
    ) -> ConfigFlowResult:
        """Moonraker rejected the API key: ask for a new one."""
        return await self.async_step_reauth_confirm()

    async def async_step_reauth_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the new API key and check it."""
        errors: dict[str, str] = {}
        entry = self._get_reauth_entry()
        if user_input is not None:
            data = _clean(
                {**entry.data, CONF_API_KEY: user_input.get(CONF_API_KEY, "")}
            )
            if identity := await self._async_try(data, errors):
                await self.async_set_unique_id(identity.instance_id)
                self._abort_if_unique_id_mismatch(reason="different_printer")
                return self.async_update_reload_and_abort(entry, data=data)
        return self.async_show_form(
            step_id="reauth_confirm",
            data_schema=probatio.Schema(
                {
                    probatio.Optional(CONF_API_KEY): TextSelector(
                        TextSelectorConfig(type=TextSelectorType.PASSWORD)
                    )
                }
            ),
            description_placeholders={"name": entry.title},
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the address, SSL or API key of a printer, keeping its history."""
        errors: dict[str, str] = {}
        entry = self._get_reconfigure_entry()
        if is_farm(entry):
            # Home Assistant offers Reconfigure for every entry of the integration; the farm has
            # no address to change (where the print log is kept is in its options).
            return self.async_abort(reason="farm_not_reconfigurable")
        if user_input is not None:
            data = _clean(user_input)
            if identity := await self._async_try(data, errors):
                await self.async_set_unique_id(identity.instance_id)
                self._abort_if_unique_id_mismatch(reason="different_printer")
                if name := entry.data.get(CONF_NAME):
                    data[CONF_NAME] = name
                return self.async_update_reload_and_abort(entry, data=data)
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=_connection_schema(user_input or entry.data, with_name=False),
            description_placeholders={"name": entry.title},
            errors=errors,
        )


class PrintLoggerOptionsFlow(OptionsFlowWithReload):
    """
    A printer's own options: a menu of its live and history settings, and what Home Assistant adds.

    ``settings``: the live update interval and the history import; ``capture``: the camera and the
    environment sensors of its jobs, how photos are kept, the phones asked why a job failed and the
    reasons they offer. Each step keeps the other's options.
    """

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show the menu of the printer's options."""
        return self.async_show_menu(
            step_id="init", menu_options=["settings", "capture", "costs"]
        )

    _settings: dict[str, Any]

    def _save(self, user_input: Mapping[str, Any]) -> ConfigFlowResult:
        return self.async_create_entry(data={**self.config_entry.options, **user_input})

    async def async_step_settings(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show the live update interval and the history import (its days on a step of their own)."""
        if user_input is not None:
            self._settings = {CONF_STATE_INTERVAL: user_input[CONF_STATE_INTERVAL]}
            if user_input[CONF_IMPORT_HISTORY] == IMPORT_DAYS:
                return await self.async_step_settings_days()
            kept = {
                key: value
                for key, value in self.config_entry.options.items()
                if key != CONF_IMPORT_DAYS
            }
            return self.async_create_entry(
                data={**kept, **self._settings, **_history_options(user_input)}
            )
        options = self.config_entry.options
        return self.async_show_form(
            step_id="settings",
            data_schema=probatio.Schema(
                {
                    probatio.Required(
                        CONF_STATE_INTERVAL,
                        default=options.get(
                            CONF_STATE_INTERVAL, DEFAULT_STATE_INTERVAL
                        ),
                    ): NumberSelector(
                        NumberSelectorConfig(
                            min=1,
                            max=300,
                            step=1,
                            unit_of_measurement="s",
                            mode=NumberSelectorMode.BOX,
                        )
                    ),
                }
            ).extend(_history_schema(options).schema),
        )

    async def async_step_settings_days(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask how many of the last days of Moonraker's history to import."""
        if user_input is not None:
            return self._save(
                {
                    **self._settings,
                    **_history_options(
                        {CONF_IMPORT_HISTORY: IMPORT_DAYS, **user_input}
                    ),
                }
            )
        return self.async_show_form(
            step_id="settings_days", data_schema=_days_schema(self.config_entry.options)
        )

    async def async_step_capture(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show the camera, the environment sensors, the photos' settings and the phones."""
        if user_input is not None:
            values = {
                CONF_CAMERA: user_input.get(CONF_CAMERA) or "",
                CONF_CLIMATE_SENSORS: list(user_input.get(CONF_CLIMATE_SENSORS) or []),
                CONF_PHOTO_MAX_SIDE: int(user_input[CONF_PHOTO_MAX_SIDE]),
                CONF_PHOTO_RETENTION_DAYS: int(user_input[CONF_PHOTO_RETENTION_DAYS]),
                CONF_NOTIFY_SERVICES: list(user_input.get(CONF_NOTIFY_SERVICES) or []),
                CONF_FAILURE_REASONS: list(user_input.get(CONF_FAILURE_REASONS) or []),
            }
            return self._save(values)
        return self.async_show_form(
            step_id="capture", data_schema=self._capture_schema()
        )

    async def async_step_costs(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show the plug's sensor, the electricity price and the machine rate (``energy.py``)."""
        errors: dict[str, str] = {}
        if user_input is not None:
            values = {
                CONF_PLUG_SENSOR: user_input.get(CONF_PLUG_SENSOR) or "",
                CONF_PRICE_MODE: user_input.get(CONF_PRICE_MODE, PRICE_NONE),
                CONF_ELECTRICITY_PRICE: user_input.get(CONF_ELECTRICITY_PRICE),
                CONF_PRICE_ENTITY: user_input.get(CONF_PRICE_ENTITY) or "",
                CONF_MACHINE_RATE: user_input.get(CONF_MACHINE_RATE),
                CONF_REPRICE_OLD_JOBS: bool(
                    user_input.get(CONF_REPRICE_OLD_JOBS, False)
                ),
            }
            errors = self._cost_errors(values)
            if not errors:
                entry = self.config_entry
                if (
                    values[CONF_REPRICE_OLD_JOBS]
                    and entry.unique_id
                    and prices_changed(entry.options, values)
                ):
                    async_start_repricing(
                        self.hass,
                        entry.unique_id,
                        entry.title,
                        {**entry.options, **values},
                    )
                return self._save(values)
        return self.async_show_form(
            step_id="costs",
            data_schema=self._costs_schema(user_input or self.config_entry.options),
            errors=errors,
        )

    def _cost_errors(self, values: Mapping[str, Any]) -> dict[str, str]:
        """Return the errors of the cost settings: sensors of the wrong kind, missing prices."""
        errors: dict[str, str] = {}
        sensor = values[CONF_PLUG_SENSOR]
        mode = values[CONF_PRICE_MODE]
        if sensor:
            _kind, error = sensor_kind(self.hass.states.get(sensor))
            if error:
                errors[CONF_PLUG_SENSOR] = error
        elif mode != PRICE_NONE:
            errors[CONF_PLUG_SENSOR] = "sensor_required"
        if mode == PRICE_FIXED and values[CONF_ELECTRICITY_PRICE] is None:
            errors[CONF_ELECTRICITY_PRICE] = "price_required"
        if mode == PRICE_ENTITY:
            entity = values[CONF_PRICE_ENTITY]
            if not entity:
                errors[CONF_PRICE_ENTITY] = "price_entity_required"
            elif error := price_entity_error(self.hass.states.get(entity)):
                errors[CONF_PRICE_ENTITY] = error
        return errors

    def _costs_schema(self, values: Mapping[str, Any]) -> probatio.Schema:
        currency = self.hass.config.currency

        def suggested(key: str) -> dict[str, Any]:
            value = values.get(key)
            return {"suggested_value": None if value in ("", None) else value}

        return probatio.Schema(
            {
                probatio.Optional(
                    CONF_PLUG_SENSOR, description=suggested(CONF_PLUG_SENSOR)
                ): EntitySelector(
                    EntitySelectorConfig(
                        domain="sensor", device_class=["energy", "power"]
                    )
                ),
                probatio.Required(
                    CONF_PRICE_MODE, default=values.get(CONF_PRICE_MODE, PRICE_NONE)
                ): SelectSelector(
                    SelectSelectorConfig(
                        options=list(PRICE_MODES),
                        translation_key=CONF_PRICE_MODE,
                        mode=SelectSelectorMode.LIST,
                    )
                ),
                probatio.Optional(
                    CONF_ELECTRICITY_PRICE,
                    description=suggested(CONF_ELECTRICITY_PRICE),
                ): NumberSelector(
                    NumberSelectorConfig(
                        min=0,
                        max=COST_BOUNDS["electricity_price"],
                        step="any",
                        unit_of_measurement=f"{currency}/kWh",
                        mode=NumberSelectorMode.BOX,
                    )
                ),
                probatio.Optional(
                    CONF_PRICE_ENTITY, description=suggested(CONF_PRICE_ENTITY)
                ): EntitySelector(
                    EntitySelectorConfig(domain=["sensor", "input_number", "number"])
                ),
                probatio.Optional(
                    CONF_MACHINE_RATE, description=suggested(CONF_MACHINE_RATE)
                ): NumberSelector(
                    NumberSelectorConfig(
                        min=0,
                        max=COST_BOUNDS["machine_rate"],
                        step=0.01,
                        unit_of_measurement=f"{currency}/h",
                        mode=NumberSelectorMode.BOX,
                    )
                ),
                probatio.Required(
                    CONF_REPRICE_OLD_JOBS,
                    default=bool(values.get(CONF_REPRICE_OLD_JOBS, False)),
                ): BooleanSelector(),
            }
        )

    def _capture_schema(self) -> probatio.Schema:
        options = self.config_entry.options
        phones = sorted(
            f"notify.{name}"
            for name in self.hass.services.async_services_for_domain("notify")
            if name.startswith("mobile_app_")
        )
        camera = options.get(CONF_CAMERA) or None
        return probatio.Schema(
            {
                probatio.Optional(
                    CONF_CAMERA,
                    description={"suggested_value": camera},
                ): EntitySelector(EntitySelectorConfig(domain="camera")),
                probatio.Optional(
                    CONF_CLIMATE_SENSORS,
                    default=list(options.get(CONF_CLIMATE_SENSORS, [])),
                ): EntitySelector(EntitySelectorConfig(domain="sensor", multiple=True)),
                probatio.Required(
                    CONF_PHOTO_MAX_SIDE,
                    default=options.get(CONF_PHOTO_MAX_SIDE, DEFAULT_MAX_SIDE),
                ): NumberSelector(
                    NumberSelectorConfig(
                        min=320,
                        max=4096,
                        step=1,
                        unit_of_measurement="px",
                        mode=NumberSelectorMode.BOX,
                    )
                ),
                probatio.Required(
                    CONF_PHOTO_RETENTION_DAYS,
                    default=options.get(
                        CONF_PHOTO_RETENTION_DAYS, DEFAULT_RETENTION_DAYS
                    ),
                ): NumberSelector(
                    NumberSelectorConfig(
                        min=0,
                        max=3650,
                        step=1,
                        unit_of_measurement="d",
                        mode=NumberSelectorMode.BOX,
                    )
                ),
                probatio.Optional(
                    CONF_NOTIFY_SERVICES,
                    default=list(options.get(CONF_NOTIFY_SERVICES, [])),
                ): SelectSelector(
                    SelectSelectorConfig(
                        options=phones,
                        multiple=True,
                        custom_value=True,
                        mode=SelectSelectorMode.DROPDOWN,
                    )
                ),
                probatio.Optional(
                    CONF_FAILURE_REASONS,
                    default=list(
                        options.get(CONF_FAILURE_REASONS, DEFAULT_NOTIFY_REASONS)
                    ),
                ): SelectSelector(
                    SelectSelectorConfig(
                        options=[r for r in FAILURE_REASONS if r != "other"],
                        multiple=True,
                        translation_key="failure_reason",
                        mode=SelectSelectorMode.LIST,
                    )
                ),
            }
        )


def move_error(err: StoreError) -> str:
    """
    Return the options flow's error key of a failed move (one per kind of failure).

    The database's own (English) words are logged by the caller, never shown as the error.
    """
    if isinstance(err, StoreUnavailableError):
        return "move_unreachable"
    if isinstance(err, CopyVerificationError):
        return "move_counts_differ"
    if isinstance(err, SchemaVersionError):
        return "move_schema_newer"
    return "move_failed"


class FarmOptionsFlow(OptionsFlow):
    """
    The print farm's options: where the print log of every printer is kept.

    The choice is domain-wide (Home Assistant's storage, ``print_logger.database``), not an
    option of this entry: a move unloads and sets up every entry, the farm's included.
    """

    _wanted: DatabaseSettings
    _target_rows: dict[str, int]
    _typed_url: str | None = None

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show the menu of the farm's options: the database, the filament prices."""
        return self.async_show_menu(
            step_id="init", menu_options=["database", "filament_prices"]
        )

    async def async_step_filament_prices(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """
        Show the filament price per kg of each material, shared by every printer.

        Stored once, in the farm's options; a job whose spool (Spoolman) and slicer give no price
        uses its material's (any other material: ``other``).
        """
        if user_input is not None:
            prices = {
                material: float(user_input[material.lower()])
                for material in MATERIALS
                if user_input.get(material.lower()) is not None
            }
            return self.async_create_entry(
                data={**self.config_entry.options, CONF_FILAMENT_PRICES: prices}
            )
        current = self.config_entry.options.get(CONF_FILAMENT_PRICES) or {}
        currency = self.hass.config.currency
        return self.async_show_form(
            step_id="filament_prices",
            data_schema=probatio.Schema(
                {
                    probatio.Optional(
                        material.lower(),
                        description={"suggested_value": current.get(material)},
                    ): NumberSelector(
                        NumberSelectorConfig(
                            min=0,
                            max=COST_BOUNDS["material_price"],
                            step=0.01,
                            unit_of_measurement=f"{currency}/kg",
                            mode=NumberSelectorMode.BOX,
                        )
                    )
                    for material in MATERIALS
                }
            ),
        )

    def _real_url(self, url: str | None) -> str | None:
        """
        Return the URL meant by ``url``.

        A masked URL shown by the form, submitted unchanged, means the URL it masks (the stored
        one, or the one typed before), password included.
        """
        if url is None:
            return None
        current = self.hass.data[PRINT_LOGGER_KEY].database.settings.url
        for known in (current, self._typed_url):
            if known and url == redacted_url(known):
                return known
        return url

    async def async_step_database(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """
        Choose the database of the print log (shared by every printer).

        A change copies every row to the new database and checks the counts before switching;
        the old database is left as it was. A target that already holds print-log rows leads to
        the choice of replacing or merging them (never silently). After an error the form keeps
        what was chosen and typed.
        """
        database = self.hass.data[PRINT_LOGGER_KEY].database
        current = database.settings
        errors: dict[str, str] = {}
        current_url = redacted_url(resolve_url(self.hass, current))
        backend = current.backend
        shown_url = current.url
        if user_input is not None:
            backend = user_input[CONF_BACKEND]
            url = self._real_url(
                (user_input.get(CONF_DATABASE_URL) or "").strip() or None
            )
            shown_url = url
            self._typed_url = url
            wanted = DatabaseSettings(
                backend=backend, url=url if backend == BACKEND_CUSTOM else None
            )
            if backend == BACKEND_CUSTOM and not url:
                errors[CONF_DATABASE_URL] = "url_required"
            elif backend != BACKEND_CUSTOM and url and url != current.url:
                # A URL typed with another choice would be ignored: say so, move nothing.
                errors[CONF_DATABASE_URL] = "url_needs_custom"
            elif backend == BACKEND_CUSTOM and (
                error := await async_check_url(self.hass, url or "")
            ):
                errors[CONF_DATABASE_URL] = error
            elif wanted != current:
                self._wanted = wanted
                target = resolve_url(self.hass, wanted)
                if target != resolve_url(self.hass, current):
                    try:
                        rows = await async_count_rows(self.hass, target)
                    except StoreError as err:
                        LOGGER.error("Cannot read %s: %s", redacted_url(target), err)
                        errors["base"] = move_error(err)
                    else:
                        if any(rows.values()):
                            self._target_rows = rows
                            return await self.async_step_database_conflict()
                if not errors:
                    if error := await self._async_move("copy"):
                        errors["base"] = error
            if not errors:
                return self.async_create_entry(data=dict(self.config_entry.options))
        return self.async_show_form(
            step_id="database",
            data_schema=probatio.Schema(
                {
                    probatio.Required(CONF_BACKEND, default=backend): SelectSelector(
                        SelectSelectorConfig(
                            options=list(BACKENDS),
                            translation_key=CONF_BACKEND,
                            mode=SelectSelectorMode.LIST,
                        )
                    ),
                    probatio.Optional(
                        CONF_DATABASE_URL,
                        description={
                            "suggested_value": redacted_url(shown_url)
                            if shown_url
                            else None
                        },
                    ): TextSelector(TextSelectorConfig(type=TextSelectorType.URL)),
                }
            ),
            description_placeholders={"current": current_url},
            errors=errors,
        )

    async def async_step_database_conflict(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask what to do with the print-log rows the target already holds: replace, merge, back."""
        errors: dict[str, str] = {}
        if user_input is not None:
            choice = user_input[CONF_MOVE_MODE]
            if choice == MOVE_BACK:
                return await self.async_step_database()
            if (error := await self._async_move(choice)) is None:
                return self.async_create_entry(data=dict(self.config_entry.options))
            errors["base"] = error
        rows = self._target_rows
        return self.async_show_form(
            step_id="database_conflict",
            data_schema=probatio.Schema(
                {
                    probatio.Required(
                        CONF_MOVE_MODE, default=MOVE_MERGE
                    ): SelectSelector(
                        SelectSelectorConfig(
                            options=[*MOVE_MODES, MOVE_BACK],
                            translation_key=CONF_MOVE_MODE,
                            mode=SelectSelectorMode.LIST,
                        )
                    ),
                }
            ),
            description_placeholders={
                "target": redacted_url(resolve_url(self.hass, self._wanted)),
                "jobs": str(rows.get("jobs", 0)),
                "printers": str(rows.get("printers", 0)),
            },
            errors=errors,
        )

    async def _async_move(self, mode: MoveMode) -> str | None:
        """Move the print log to the wanted database; return the error's key, None when moved."""
        try:
            counts = await async_move_database(self.hass, self._wanted, mode)
        except StoreError as err:
            LOGGER.error("Could not move the print log: %s", err)
            return move_error(err)
        LOGGER.info("Print log moved (%s); rows copied: %s", mode, counts)
        return None
