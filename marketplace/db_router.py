"""Route reads to the read replica and writes to the primary (`default`).

Enabled only when `DATABASE_REPLICA_URL` is set (see the settings and docs/DEPLOY.md);
without it there is no router and everything uses `default`.

- Reads go to `replica`, except inside a transaction on `default`: a service that writes
  and then reads in the same `atomic()` block must see its own writes, which an
  asynchronous replica may not have yet.
- Writes always go to `default`.
- Relations between objects of either alias are allowed: they are the same database,
  one a copy of the other.
- Migrations run only on `default`; the replica receives them through replication.
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, connections

REPLICA_DB_ALIAS = "replica"


class ReplicaRouter:
    """Reads from the replica, writes (and migrations) on the primary."""

    def db_for_read(self, model, **hints) -> str:
        if connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return REPLICA_DB_ALIAS

    def db_for_write(self, model, **hints) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints) -> bool | None:
        aliases = {DEFAULT_DB_ALIAS, REPLICA_DB_ALIAS}
        if obj1._state.db in aliases and obj2._state.db in aliases:
            return True
        return None

    def allow_migrate(self, db: str, app_label: str, model_name=None, **hints) -> bool:
        return db == DEFAULT_DB_ALIAS
