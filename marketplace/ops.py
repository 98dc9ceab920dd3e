"""Production operations: the readiness check and PostgreSQL backup/restore helpers.

`/api/v1/health` (marketplace.views.health) is the liveness check: the process answers
and reaches the database. `/api/v1/ready` (`readiness()` here, served by marketplace.api_views) is the readiness check a load balancer
or orchestrator uses before sending traffic: the database answers, every migration is
applied and the cache answers.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor

logger = logging.getLogger(__name__)

# Once every migration is applied, it stays so for the life of the process (a deploy with
# new migrations starts new processes), so the positive answer is kept in-process.
_migrations_applied = False


def database_status(alias: str = DEFAULT_DB_ALIAS) -> str:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("readiness: database unavailable", extra={"alias": alias, "error": str(exc)})
        return "unavailable"
    return "ok"


def migrations_status() -> str:
    """ "ok" when no migration is left to apply on `default`, else "unapplied"."""
    global _migrations_applied
    if _migrations_applied:
        return "ok"
    try:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        logger.warning("readiness: migration check failed", extra={"error": str(exc)})
        return "unavailable"
    if plan:
        logger.warning("readiness: unapplied migrations", extra={"count": len(plan)})
        return "unapplied"
    _migrations_applied = True
    return "ok"


def cache_status() -> str:
    key = f"readiness:{secrets.token_hex(8)}"
    try:
        cache.set(key, "1", timeout=10)
        ok = cache.get(key) == "1"
        cache.delete(key)
    except Exception as exc:  # each cache backend raises its own errors (redis.ConnectionError...)
        logger.warning("readiness: cache unavailable", extra={"error": str(exc)})
        return "unavailable"
    return "ok" if ok else "unavailable"


def readiness() -> dict:
    """The readiness report: every part "ok", or the failing part named."""
    database = database_status()
    report = {
        "database": database,
        "migrations": migrations_status() if database == "ok" else "skipped",
        "cache": cache_status(),
    }
    if "replica" in connections.settings:
        report["replica"] = database_status("replica")
    return {"ok": all(v == "ok" for v in report.values()), **report}


# --- PostgreSQL backups ---------------------------------------------------------------


class BackupError(Exception):
    pass


def pg_env(settings_dict: dict) -> dict[str, str]:
    """Environment for pg_dump/pg_restore/psql pointing at a Django database's server."""
    env = dict(os.environ)
    mapping = {"HOST": "PGHOST", "PORT": "PGPORT", "USER": "PGUSER", "PASSWORD": "PGPASSWORD"}
    for key, var in mapping.items():
        if settings_dict.get(key):
            env[var] = str(settings_dict[key])
    sslmode = (settings_dict.get("OPTIONS") or {}).get("sslmode")
    if sslmode:
        env["PGSSLMODE"] = sslmode
    return env


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise BackupError(f"{name} is not installed (apt-get install postgresql-client)")
    return path


def _run(args: list[str], *, env: dict[str, str]) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{Path(args[0]).name} failed: {result.stderr.strip()[-2000:]}")


def pg_dump(*, settings_dict: dict, output: Path) -> int:
    """Dump the database in pg_dump's custom format (-Fc) to `output`; returns its size.

    Written to a temporary file next to `output` and renamed, so a failed dump never
    leaves a truncated file under the final name.
    """
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    os.close(fd)
    try:
        _run(
            [
                _tool("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--file={tmp}",
                settings_dict["NAME"],
            ],
            env=pg_env(settings_dict),
        )
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return output.stat().st_size


def pg_create_database(*, settings_dict: dict, name: str) -> None:
    _run([_tool("createdb"), name], env=pg_env(settings_dict))


def pg_drop_database(*, settings_dict: dict, name: str) -> None:
    _run([_tool("dropdb"), "--if-exists", name], env=pg_env(settings_dict))


def pg_restore(*, settings_dict: dict, dump: Path, database: str, jobs: int = 2) -> None:
    """Restore a -Fc dump into `database` (which must exist and be empty)."""
    _run(
        [
            _tool("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            f"--jobs={jobs}",
            f"--dbname={database}",
            str(dump),
        ],
        env=pg_env(settings_dict),
    )


def pg_query(*, settings_dict: dict, database: str, sql: str) -> list[tuple]:
    """Run one read query on another database of the same server (own short connection)."""
    import psycopg

    params = {"dbname": database}
    for key, param in (
        ("HOST", "host"),
        ("PORT", "port"),
        ("USER", "user"),
        ("PASSWORD", "password"),
    ):
        if settings_dict.get(key):
            params[param] = str(settings_dict[key])
    with psycopg.connect(**params, autocommit=True) as conn, conn.cursor() as cursor:
        cursor.execute(sql)
        return list(cursor.fetchall())


# What the restore drill compares between the live and the restored database.
DRILL_COUNTS = (
    "skills_skill",
    "skills_skillversion",
    "skills_skillfile",
    "skills_skillsource",
    "skills_rawskill",
    "rankings_skillevent",
    "rankings_skillpopularity",
    "moderation_moderationdecision",
    "auth_user",
)
DRILL_LISTING_SQL = (
    "SELECT slug, name, status FROM skills_skill WHERE status = 'published' "
    "ORDER BY name, slug LIMIT 1000"
)


def drill_snapshot(*, settings_dict: dict, database: str) -> dict:
    """Row counts of the main tables and the first 1,000 published listings."""
    counts_sql = " UNION ALL ".join(
        f"SELECT '{table}', count(*) FROM {table}"  # noqa: S608 - constant names
        for table in DRILL_COUNTS
    )
    return {
        "counts": dict(pg_query(settings_dict=settings_dict, database=database, sql=counts_sql)),
        "listing": pg_query(settings_dict=settings_dict, database=database, sql=DRILL_LISTING_SQL),
    }
