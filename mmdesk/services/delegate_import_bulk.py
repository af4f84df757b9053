"""Bulk inserts of a delegate import, tens of thousands of rows in one transaction.

On SQLite the first row of each table goes through the ORM session like any write (so the
event's closing, the tables' revisions and the change log see it), and the others straight
to the driver's executemany as tuples, each value converted by its column's own type (the
same bind processors SQLAlchemy uses; each distinct value converted once). That costs a
fraction of SQLAlchemy building one parameter dictionary per row. The import's
transaction is the one they share: committed whole (durable at commit, as any write) or
rolled back whole. Other back ends take mmdesk.services.common.insert_numbered's path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.services.common import insert_numbered
from mmdesk.store.models import Base


def _table(model: type[Base] | sa.Table) -> sa.Table:
    return model if isinstance(model, sa.Table) else cast(sa.Table, model.__table__)


def insert_columns(db: DbSession, model: type[Base] | sa.Table, columns: dict[str, list[Any]], *,
                   numbered: bool = True) -> list[int]:
    """Insert rows in bulk, given field by field: one list a field, every list as long (tens
    of thousands of rows are cheaper to gather so than as one dictionary a row). Ids are
    chosen here when numbered, returned in the rows' order; a field left out takes its
    column's default. New delegates are indexed for search on SQLite by its trigger, row by
    row, unless the caller inserts them inside mmdesk.store.fulltext.indexed_beside (as the
    import does), which indexes them in one statement."""
    n = len(next(iter(columns.values()), ()))
    if not n:
        return []
    table = _table(model)
    if db.get_bind().dialect.name == "sqlite" and _driver_takes(table, columns):
        return _insert(db, table, dict(columns), n, numbered)
    rows = [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)]
    return _through_orm(db, model, table, rows, numbered)


def _through_orm(db: DbSession, model: type[Base] | sa.Table, table: sa.Table, rows: list[dict[str, Any]],
                 numbered: bool) -> list[int]:
    if numbered:
        return insert_numbered(db, cast(type[Base], model), rows)
    db.execute(sa.insert(table), rows)
    return []


def _insert(db: DbSession, table: sa.Table, columns: dict[str, list[Any]], n: int,
            numbered: bool) -> list[int]:
    """The first row through the session (its checks and the change log), the others
    straight to the driver."""
    ids: list[int] = []
    if numbered:
        start = (db.scalar(sa.select(sa.func.max(table.c.id))) or 0) + 1
        ids = list(range(start, start + n))
        columns["id"] = ids
    db.execute(sa.insert(table), [{k: v[0] for k, v in columns.items()}])
    if n > 1:
        _executemany(db.connection(), table, {k: v[1:] for k, v in columns.items()}, n - 1)
    return ids


def _driver_takes(table: sa.Table, columns: dict[str, list[Any]]) -> bool:
    """Whether the driver can take the columns as they are: not where a None stands in a
    column with a default (the ORM would leave it out), nor where a column left out has a
    default computed in Python (a scalar default is filled in by _executemany)."""
    for c in table.columns:
        if c.key in columns:
            if (c.default is not None or c.server_default is not None) and None in columns[c.key]:
                return False
        elif c.default is not None and not c.default.is_scalar:
            return False
    return True


def _executemany(connection: sa.Connection, table: sa.Table, columns: dict[str, list[Any]], n: int) -> None:
    dialect = connection.dialect
    values = {c.key: [c.default.arg] * n for c in table.columns  # type: ignore[attr-defined]
              if c.key not in columns and c.default is not None}
    values.update(columns)
    converted = [_converted(v, table.c[k].type.dialect_impl(dialect).bind_processor(dialect))
                 for k, v in values.items()]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(table.c[k].name) for k in values)}) "
           f"VALUES ({', '.join('?' for _ in values)})")
    connection.exec_driver_sql(sql, list(zip(*converted, strict=True)))


def _converted(values: list[Any], convert: Callable[[Any], Any] | None) -> list[Any]:
    """The values as the driver takes them; each distinct value converted once (a list or
    a dict by what it holds, as repr() spells it)."""
    if convert is None:
        return values
    first = values[0]
    if first.__class__ is not list and first.__class__ is not dict and values.count(first) == len(values):
        return [convert(first)] * len(values)  # one value throughout (the moment of writing)
    try:
        distinct = set(values)  # a few states or categories, each converted once
    except TypeError:
        distinct = None
    if distinct is not None:
        done = {v: convert(v) for v in distinct}
        return list(map(done.__getitem__, values))
    seen: dict[Any, Any] = {}
    out = []
    for v in values:
        key = (v.__class__, repr(v)) if v.__class__ is list or v.__class__ is dict else v
        try:
            out.append(seen[key])
        except KeyError:
            out.append(seen.setdefault(key, convert(v)))
        except TypeError:  # another unhashable value: converted every time
            out.append(convert(v))
    return out
