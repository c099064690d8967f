"""Throwaway benchmark databases on SQLite, MariaDB (127.0.0.1:3306) and PostgreSQL (127.0.0.1:5432)."""

from __future__ import annotations

from pathlib import Path
import uuid

import sqlalchemy as sa

ADMIN = {
    "mariadb": "mysql+pymysql://root@127.0.0.1:3306/",
    "postgresql": "postgresql://postgres@127.0.0.1/postgres",
}


def _admin(url: str, statement: str) -> None:
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with engine.connect() as conn:
        conn.execute(sa.text(statement))
    engine.dispose()


def create_database(kind: str, tmp: Path) -> tuple[str, str]:
    """Return (url, name) of a new empty database."""
    name = f"print_logger_bench_{uuid.uuid4().hex[:8]}"
    if kind == "sqlite":
        return f"sqlite:///{tmp / (name + '.db')}", name
    if kind == "mariadb":
        _admin(ADMIN[kind], f"CREATE DATABASE `{name}`")
        return f"mysql+pymysql://root@127.0.0.1:3306/{name}?charset=utf8mb4", name
    _admin(ADMIN[kind], f'CREATE DATABASE "{name}"')
    return f"postgresql://postgres@127.0.0.1/{name}", name


def drop_database(kind: str, name: str) -> None:
    """Drop a database made by create_database."""
    if kind == "mariadb":
        _admin(ADMIN[kind], f"DROP DATABASE IF EXISTS `{name}`")
    elif kind == "postgresql":
        _admin(ADMIN[kind], f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
