"""What changed in the store since a window last looked: the tables whose change counters
moved and, for delegates, accreditations and badges, which rows (from the change log the
store writes at every commit, see store.database), so a window re-reads those rows only."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from mmdesk.store.database import LOGGED, Store


@dataclass(frozen=True)
class Changes:
    """Changes between two sets of table revisions.

    `whole` names the logged tables whose changed rows are not known (a statement over many
    rows, an import, a log pruned since, a first look): read them again entirely.
    """

    tables: frozenset[str]
    #: delegates whose rows changed, or whose nominations did (their state and route)
    delegate_ids: frozenset[int] = frozenset()
    accreditation_ids: frozenset[int] = frozenset()
    whole: frozenset[str] = field(default_factory=frozenset)
    #: delegates whose own rows changed (names and organisations shown on their nominations)
    edited_delegate_ids: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.tables)


def changes_since(store: Store, seen: dict[str, int], now: dict[str, int]) -> Changes:
    """The changes from revisions `seen` to `now` (both from Store.revisions())."""
    tables = frozenset(t for t, n in now.items() if seen.get(t) != n)
    whole: set[str] = set()
    delegates: set[int] = set()
    edited: set[int] = set()
    accreditations: set[int] = set()
    badges: set[int] = set()
    logged = [t for t in LOGGED if t in tables]
    if not logged:
        return Changes(tables)
    with store.reading() as db:
        for table in logged:
            before, after = seen.get(table), now[table]
            if before is None or after < before:
                whole.add(table)
                continue
            entries = db.execute(sa.text(
                "SELECT revision, row_id, owner_id FROM change_log WHERE table_name = :t "
                "AND revision > :a AND revision <= :b"), {"t": table, "a": before, "b": after}).all()
            if {r for r, _, _ in entries} != set(range(before + 1, after + 1)) \
                    or any(row is None for _, row, _ in entries):
                whole.add(table)  # pruned, or many rows at once: read the table again
                continue
            for _, row, owner in entries:
                if table == "delegates":
                    delegates.add(row)
                    edited.add(row)
                elif table == "accreditations":
                    accreditations.add(row)
                    if owner is not None:
                        delegates.add(owner)
                else:
                    badges.add(row)
                    if owner is not None:
                        accreditations.add(owner)
        if badges or accreditations:  # a badge's or a moved nomination's delegate (state, route)
            wanted = sorted(accreditations)
            for start in range(0, len(wanted), 500):
                delegates.update(db.scalars(sa.text(
                    "SELECT delegate_id FROM accreditations WHERE id IN ("
                    + ",".join(str(int(i)) for i in wanted[start:start + 500]) + ")")))
    return Changes(tables, frozenset(delegates), frozenset(accreditations), frozenset(whole),
                   frozenset(edited))
