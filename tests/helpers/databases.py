"""Throwaway databases on the three engines the print log supports: SQLite, MariaDB and PostgreSQL.

MariaDB (127.0.0.1:3306, root, no password) and PostgreSQL (127.0.0.1:5432, postgres, trust) are the
shared servers that ``.ci/run`` makes sure are up: tests that use them fail rather than skip when
they are not. Each test gets databases of its own (``print_logger_test_<random>``), dropped after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Final
import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

MARIADB_HOST = "127.0.0.1:3306"
POSTGRES_HOST = "127.0.0.1:5432"

ENGINES = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("mariadb", id="mariadb", marks=pytest.mark.mariadb),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
]
"""The engines, as parameters (the server ones marked with the server they need)."""

DIALECTS: Final = {"sqlite": "sqlite", "mariadb": "mysql", "postgresql": "postgresql"}
"""The SQLAlchemy dialect (``Store.dialect``) of each engine."""


def mariadb_url(database: str, host: str = MARIADB_HOST) -> str:
    """Return the URL of a MariaDB database (root, no password, utf8mb4)."""
    return f"mysql+pymysql://root@{host}/{database}?charset=utf8mb4"


def postgres_url(database: str) -> str:
    """Return the URL of a PostgreSQL database."""
    return f"postgresql://postgres@{POSTGRES_HOST}/{database}"


@dataclass
class Databases:
    """Creates throwaway databases (``print_logger_test_<random>``) and drops them all at the end."""

    tmp_path: Path
    mariadb_host: str = MARIADB_HOST
    created: list[tuple[str, str, str]] = field(default_factory=list)

    def create(self, kind: str) -> str:
        """Create an empty database of ``kind`` (sqlite, mariadb, postgresql); return its URL."""
        name = f"print_logger_test_{uuid.uuid4().hex[:12]}"
        if kind == "sqlite":
            url = f"sqlite:///{self.tmp_path / 'db' / f'{name}.db'}"
        elif kind == "mariadb":
            _admin(mariadb_url("", self.mariadb_host), f"CREATE DATABASE `{name}`")
            url = mariadb_url(name, self.mariadb_host)
        elif kind == "postgresql":
            _admin(postgres_url("postgres"), f'CREATE DATABASE "{name}"')
            url = postgres_url(name)
        else:
            raise ValueError(kind)
        self.created.append((kind, name, url))
        return url

    def drop_all(self) -> None:
        """Drop every database this made."""
        while self.created:
            kind, name, _url = self.created.pop()
            if kind == "mariadb":
                _admin(
                    mariadb_url("", self.mariadb_host),
                    f"DROP DATABASE IF EXISTS `{name}`",
                )
            elif kind == "postgresql":
                _admin(
                    postgres_url("postgres"),
                    f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                )


def _admin(url: str, statement: str) -> None:
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(sa.text(statement))
    finally:
        engine.dispose()


def tables_and_jobs(url: str) -> tuple[set[str], int]:
    """
    Return the tables of the database at ``url`` and its number of print-log jobs (blocking).

    Read straight from the database with a connection of its own, not through the store: what a
    test finds here is really in that database.
    """
    engine = sa.create_engine(make_url(url), poolclass=sa.NullPool)
    try:
        tables = set(sa.inspect(engine).get_table_names())
        jobs = 0
        if "print_logger_jobs" in tables:
            with engine.connect() as conn:
                jobs = conn.execute(
                    sa.text("SELECT COUNT(*) FROM print_logger_jobs")
                ).scalar_one()
        return tables, jobs
    finally:
        engine.dispose()
