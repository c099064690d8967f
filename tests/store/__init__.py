"""Tests of the durable job store (HA-free), on SQLite, MariaDB and PostgreSQL."""
