"""A throw-away PostgreSQL/PostGIS cluster holding the sandbox catalogue in pgstac.

The real stac.terrascope.be runs stac-fastapi on Elasticsearch (VITO's terra-stac-api over SFEOS), which has
no Debian package; pgstac is the maintained stac-fastapi backend we can run here, with the same STAC API
semantics (item search, CQL2 filter, sortby, paging through ``next`` links). See README.md for the
differences that matter to a client.

The cluster lives in a temporary folder, listens on a free loopback port and is owned by the ``postgres``
system user when we run as root (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NUMERIC_QUERYABLES = {
    "eo:cloud_cover": {"title": "Cloud cover (%)", "type": "number", "minimum": 0, "maximum": 100},
    "sat:relative_orbit": {"title": "Relative orbit", "type": "integer", "minimum": 1},
    "sat:absolute_orbit": {"title": "Absolute orbit", "type": "integer", "minimum": 1},
    "gsd": {"title": "Ground sample distance (m)", "type": "number"},
}


class PgstacError(RuntimeError):
    pass


def _pg_bindir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not candidates:
        raise PgstacError("PostgreSQL server binaries not found: apt-get install postgresql postgis")
    return Path(candidates[-1]).parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgCluster:
    datadir: Path
    port: int
    user: str = "postgres"
    _owner: str | None = None

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres"

    @classmethod
    def start(cls) -> PgCluster:
        bindir = _pg_bindir()
        root = Path(tempfile.mkdtemp(prefix="terrascope-pg-"))
        datadir = root / "data"
        owner = "postgres" if os.geteuid() == 0 else None
        if owner:
            pw = pwd.getpwnam(owner)
            os.chown(root, pw.pw_uid, pw.pw_gid)
        cluster = cls(datadir=datadir, port=free_port(), _owner=owner)
        cluster._run(
            [
                str(bindir / "initdb"),
                "-D",
                str(datadir),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ]
        )
        options = (
            f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        cluster._run(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(datadir),
                "-o",
                options,
                "-w",
                "-l",
                str(root / "postgres.log"),
                "start",
            ]
        )
        return cluster

    def _run(self, argv: list[str]) -> None:
        if self._owner:
            runuser = shutil.which("runuser") or shutil.which("runuser", path="/usr/sbin:/sbin") or "runuser"
            argv = [runuser, "-u", self._owner, "--", *argv]
        proc = subprocess.run(argv, capture_output=True, text=True, check=False)  # noqa: S603
        if proc.returncode != 0:
            raise PgstacError(f"{' '.join(argv)} failed: {proc.stderr.strip() or proc.stdout.strip()}")

    def stop(self) -> None:
        bindir = _pg_bindir()
        try:
            self._run([str(bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(self.datadir.parent, ignore_errors=True)


def migrate_and_load(dsn: str, collections: list[dict[str, Any]], items: list[dict[str, Any]]) -> None:
    """Create the pgstac schema and load the catalogue (pypgstac's own migration and loader)."""
    from pypgstac.db import PgstacDB
    from pypgstac.load import Loader, Methods
    from pypgstac.migrate import Migrate

    with PgstacDB(dsn=dsn) as db:
        Migrate(db).run_migration()
        # The real API (SFEOS) always reports numberMatched; pgstac only does with its context setting on.
        db.query_one(
            "INSERT INTO pgstac.pgstac_settings (name, value) VALUES ('context', 'on') "
            "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value RETURNING value;"
        )
        # Elasticsearch (the real backend) maps numeric properties as numbers; pgstac compares properties it
        # has no queryable for as text ("100" < "9.5"), so declare the numeric ones that clients sort on.
        for name, definition in NUMERIC_QUERYABLES.items():
            db.query_one(
                "INSERT INTO pgstac.queryables (name, definition, property_wrapper, property_index_type) "
                "VALUES (%s, %s::jsonb, 'to_float', 'BTREE') RETURNING name;",
                (name, json.dumps(definition)),
            )
        loader = Loader(db=db)
        loader.load_collections(iter(collections), insert_mode=Methods.upsert)
        loader.load_items(iter(items), insert_mode=Methods.upsert)


def wait_for(dsn: str, timeout: float = 20.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(dsn, connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
