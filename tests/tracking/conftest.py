"""The tracker's tests write into a real store: the store's fixtures, on every engine."""

from tests.store.conftest import (  # noqa: F401
    auto_enable_custom_integrations,
    databases,
    db_url,
    engine_kind,
    store,
    store_sockets_enabled,
)
