"""The host field read as people fill it: pasted Fluidd / Mainsail addresses, host:port, IPv6."""

from __future__ import annotations

import pytest

from custom_components.print_logger.moonraker.address import Address, parse_address


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("voron.local", Address("voron.local")),
        ("  voron.local  ", Address("voron.local")),
        ("voron.local/", Address("voron.local")),
        ("192.168.1.20", Address("192.168.1.20")),
        ("voron.local:7130", Address("voron.local", 7130)),
        ("http://voron.local/", Address("voron.local", None, ssl=False)),
        ("http://voron.local:7125/", Address("voron.local", 7125, ssl=False)),
        (
            "https://printer.example.org/#/history",
            Address("printer.example.org", None, ssl=True),
        ),
        ("HTTPS://Printer:8443/fluidd?x=1", Address("printer", 8443, ssl=True)),
        ("ws://10.0.0.5:7125/websocket", Address("10.0.0.5", 7125, ssl=False)),
        ("fe80::1", Address("fe80::1")),
        ("[fe80::1]", Address("fe80::1")),
        ("[fe80::1]:7125", Address("fe80::1", 7125)),
        ("http://[fe80::1]:7125/", Address("fe80::1", 7125, ssl=False)),
    ],
)
def test_parse_address(text: str, expected: Address) -> None:
    """Host, port and TLS come from what the text states, nothing else."""
    assert parse_address(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "voron.local:99999",
        "voron.local:0",
        "ftp://voron.local/",
        "http://",
        "http://:7125/",
    ],
)
def test_what_is_not_an_address_stays_as_written(text: str) -> None:
    """No port out of range and no other scheme is read in: the connection check reports them."""
    assert parse_address(text) == Address(text)
