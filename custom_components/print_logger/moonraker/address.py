"""
Reading a Moonraker address as people type it.

Users paste what their browser shows for Fluidd or Mainsail (``http://voron.local/``,
``https://printer:7130/#/history``) or type ``voron.local:7125`` into the host field. This finds
the host, and the port and TLS when the text states them; a bare IPv6 address (``fe80::1``) stays
a host.
"""

from __future__ import annotations

from dataclasses import dataclass
import ipaddress
import re

from yarl import URL

_HOST_PORT = re.compile(r"^(?P<host>[^:/\[\]\s]+):(?P<port>\d{1,5})/?$")
_BRACKETED = re.compile(r"^\[(?P<host>[0-9A-Fa-f:.%]+)\](?::(?P<port>\d{1,5}))?/?$")


@dataclass(frozen=True, slots=True)
class Address:
    """A host, and what the text said of the port and TLS (``None``: not said)."""

    host: str
    port: int | None = None
    ssl: bool | None = None


def _port(text: str | None) -> int | None:
    if text is None:
        return None
    port = int(text)
    return port if 1 <= port <= 65535 else None


def parse_address(text: str) -> Address:
    """
    Split a host field into host, port and TLS.

    ``http(s)://host[:port]/path`` gives the host, its explicit port and ``ssl`` from the scheme
    (the path, query and fragment are dropped); ``host:port`` and ``[v6]:port`` give host and
    port. Anything else is a host as written (stripped). A port outside 1–65535 is not a port:
    the text is then kept whole, so that the connection check reports it.
    """
    text = text.strip()
    if "://" in text:
        try:
            url = URL(text)
        except ValueError:
            return Address(text)
        if url.scheme.lower() in ("http", "https", "ws", "wss") and url.host:
            try:
                explicit = url.explicit_port
            except ValueError:
                return Address(text)
            return Address(
                url.host,
                explicit if explicit is None else _port(str(explicit)),
                url.scheme.lower() in ("https", "wss"),
            )
        return Address(text)
    if match := _BRACKETED.match(text):
        return Address(match["host"], _port(match["port"]))
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        pass
    else:
        return Address(text)
    if (match := _HOST_PORT.match(text)) and (port := _port(match["port"])):
        return Address(match["host"], port)
    return Address(text.rstrip("/"))
