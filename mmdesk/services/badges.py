"""Printing badges: only approved delegates, every badge a fresh serial, all or nothing.

A batch is planned (who gets a badge, with new serials), drawn into a
temporary file, and only when the file is complete are the serials issued in
one transaction (the old serial of a reprinted badge revoked, the move to
"badge issued" recorded) and the file moved into place. A failed or
cancelled batch leaves the store and the target file as they were.

The plan keeps three numbers a badge (BadgePlan); what the badges show is read from
the store, signed and handed to the drawing a slice at a time, and the serials are
written in slices: a batch of 70,000 badges takes about the memory of one of 20,000.

At the desk and in the window (BadgeBatch) a batch is drawn first and issued
only in the step that hands its pages to a printer or saves its file: a
preview closed without printing issues nothing.
"""

from __future__ import annotations

import os
import shutil
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, overload

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mmdesk.domain.accreditation import APPROVED_STATES
from mmdesk.domain.badge_codes import serial_for, sign, signing_key
from mmdesk.domain.countries import country_name_in
from mmdesk.domain.enums import AccreditationState as S
from mmdesk.domain.enums import Category
from mmdesk.domain.errors import MmdeskError
from mmdesk.domain.validation import display_name
from mmdesk.files import atomic_write, writable_target
from mmdesk.printing.badges import CATEGORY_STYLE, BadgeData, EventHeader, write_badges
from mmdesk.printing.layouts import Layout, load_layout
from mmdesk.printing.words import Words
from mmdesk.services.common import current_event, default_actor
from mmdesk.services.keys import NO_KEY, NoSigningKey, ensure_key, last_badge_number
from mmdesk.store.database import CLOSED, DbSession, EventClosed, Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationChange,
    AccreditationRoute,
    Badge,
    Delegate,
    Event,
    Organisation,
    utcnow,
)


class NothingToPrint(MmdeskError):
    """No approved delegate is left to print (or none was chosen)."""


#: the reasons a desk offers for a reprint (any other text is taken too)
REPRINT_REASONS = ("lost", "damaged", "name corrected")


def revoked_because(reason: str | None) -> str:
    """What a reprint writes on the badge it revokes (and in the history)."""
    reason = " ".join((reason or "").split())[:150]
    return f"reprinted: {reason}" if reason else "reprinted"


class _DelegateRow(NamedTuple):
    """The columns of a delegate that a badge shows."""

    id: int
    badge_name: str | None
    given_name: str
    family_name: str
    honorific: str | None
    position: str | None
    city: str | None
    country: str | None
    category: Category


@dataclass(frozen=True)
class PlannedBadge:
    """One badge of a batch: the accreditation it belongs to, its state then, what it shows."""

    accreditation_id: int
    state: S
    badge: BadgeData


def event_header(event: Event, words: Words | None = None) -> EventHeader:
    """The event lines of a badge: its name, its days and city, and the category bands, in
    the chosen language(s) (default: the event's first)."""
    words = words or Words.for_event(event.languages)
    days = words.days(event.start_date, event.end_date)
    bands = {c.value: words(label) for c, (_, label) in CATEGORY_STYLE.items()}
    return EventHeader(event.name, " · ".join(p for p in (days, event.city) if p), bands)


#: Badges read from the store at a time while a batch is drawn: a batch never holds what its
#: badges show all at once, only three numbers a badge (see BadgePlan).
FETCH_BADGES = 500
#: Accreditations looked up or changed per statement when a batch is issued.
_ISSUE_PART = 900
_STATES: tuple[S, ...] = tuple(S)


def _badge_columns() -> sa.Select:
    """What a badge shows, by accreditation: the columns, not whole Delegate objects."""
    return (
        sa.select(Accreditation.id, Organisation.name, AccreditationRoute.zones,
                  Delegate.id, Delegate.badge_name, Delegate.given_name, Delegate.family_name,
                  Delegate.honorific, Delegate.position, Delegate.city, Delegate.country,
                  Delegate.category)
        .join(Delegate, Delegate.id == Accreditation.delegate_id)
        .join(AccreditationRoute, AccreditationRoute.id == Accreditation.route_id)
        .outerjoin(Organisation, Organisation.id == Delegate.organisation_id)
    )


class BadgePlan(Sequence[PlannedBadge]):
    """Who gets a badge in a batch, in print order: for each badge its accreditation, its
    delegate and the accreditation's state then, held as plain numbers; badge i has serial
    number `first_number + i`. What a badge shows (names, places, photo, signed code) is read
    from the store FETCH_BADGES badges at a time as the batch is iterated, so a batch of
    70,000 takes about as much memory as one of 20,000."""

    def __init__(self, store: Store, header: EventHeader, *, language: str,
                 key: Ed25519PrivateKey, first_number: int, photos: bool = False) -> None:
        self.store, self.header, self.language = store, header, language
        self.first_number, self.photos = first_number, photos
        self._key = key
        self.accreditation_ids = array("q")
        self.delegate_ids = array("q")
        self._states = array("B")  # index in _STATES
        #: badges read from the store at a time (a test makes it small)
        self.fetch = FETCH_BADGES

    def add(self, accreditation_id: int, delegate_id: int, state: S) -> None:
        """The next badge of the batch."""
        self.accreditation_ids.append(accreditation_id)
        self.delegate_ids.append(delegate_id)
        self._states.append(_STATES.index(state))

    def __len__(self) -> int:
        return len(self.accreditation_ids)

    def state(self, index: int) -> S:
        """The state of badge `index`'s accreditation when the batch was planned."""
        return _STATES[self._states[index]]

    def serial(self, index: int) -> str:
        """The serial of badge `index`."""
        return serial_for(self.first_number + index)

    def reprint_indexes(self) -> Iterator[int]:
        """Which badges replace a badge issued before."""
        approved = _STATES.index(S.APPROVED)
        return (i for i, st in enumerate(self._states) if st != approved)

    @overload
    def __getitem__(self, index: int) -> PlannedBadge: ...

    @overload
    def __getitem__(self, index: slice) -> list[PlannedBadge]: ...

    def __getitem__(self, index: int | slice) -> PlannedBadge | list[PlannedBadge]:
        if isinstance(index, slice):
            return self.planned(range(len(self))[index])
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return self.planned([index % len(self)])[0]

    def __iter__(self) -> Iterator[PlannedBadge]:
        for start in range(0, len(self), self.fetch):
            yield from self.planned(range(start, min(start + self.fetch, len(self))))

    def badges(self) -> Iterator[BadgeData]:
        """What each badge shows, in order, read a slice at a time."""
        return (p.badge for p in self)

    def planned(self, indexes: Sequence[int]) -> list[PlannedBadge]:
        """These badges with what they show, read from the store now (one short read)."""
        ids = [self.accreditation_ids[i] for i in indexes]
        found: dict[int, tuple] = {}
        photos: dict[int, bytes] = {}
        with self.store.reading() as db:
            for at in range(0, len(ids), _ISSUE_PART):
                found.update((row[0], row) for row in db.execute(
                    _badge_columns().where(Accreditation.id.in_(ids[at:at + _ISSUE_PART]))))
            if self.photos and ids:
                from mmdesk.services.photos import photos_for

                photos = photos_for(db, (self.delegate_ids[i] for i in indexes))
        out = []
        for i in indexes:
            row = found.get(self.accreditation_ids[i])
            if row is None or row[3] != self.delegate_ids[i]:  # deleted since it was planned
                gone = [j for j in indexes if self.accreditation_ids[j] not in found]
                raise MmdeskError(
                    "{n} accreditation changed while the badges were drawn ({name}); nothing was "
                    "issued, print again", plural="{n} accreditations changed while the badges were drawn "
                    "(e.g. {name}); nothing was issued, print again",
                    n=max(1, len(gone)), name=f"#{self.delegate_ids[i]}",
                    code="badges.accreditation-changed-while")
            _, org, zones, *columns = row
            d = _DelegateRow(*columns)
            serial = self.serial(i)
            place = ", ".join(p for p in (d.city, country_name_in(d.country, self.language)) if p)
            out.append(PlannedBadge(self.accreditation_ids[i], self.state(i), BadgeData(
                serial=serial, code=sign(serial, self._key),
                name=d.badge_name or display_name(None, d.given_name, d.family_name),
                honorific=d.honorific, position=d.position, organisation=org, place=place,
                category=d.category, zones=tuple(zones or ()), photo=photos.get(d.id),
            )))
        return out

    def name_of(self, db: DbSession, index: int) -> str:
        """The name badge `index` shows (its delegate's number when the delegate is gone)."""
        row = db.execute(sa.select(Delegate.badge_name, Delegate.given_name, Delegate.family_name)
                         .where(Delegate.id == self.delegate_ids[index])).first()
        if row is None:
            return f"#{self.delegate_ids[index]}"
        return row[0] or display_name(None, row[1], row[2])


def plan_badges(store: Store, *, only_new: bool = False, delegate_ids: list[int] | None = None,
                languages: str | list[str] | None = None, photos: bool = False,
                ) -> tuple[EventHeader, BadgePlan]:
    """Who gets a badge in this batch: every approved delegate (or only those never printed,
    or the chosen ones); each gets the store's next badge number as its serial, signed with
    the event's key (and their photo when the layout prints one) as the plan is iterated."""
    with store.transaction() as db:
        event = current_event(db)
        if event.closed_at is not None:
            raise EventClosed(CLOSED, code="event.closed")
        pair = ensure_key(db, event.id)
        if pair.private is None:
            raise NoSigningKey(NO_KEY, code="keys.no-signing-key")
        words = Words.for_event(event.languages, languages)
        q = (
            sa.select(Accreditation.id, Accreditation.state, Delegate.id)
            .join(Delegate, Delegate.id == Accreditation.delegate_id)
            .join(AccreditationRoute, AccreditationRoute.id == Accreditation.route_id)
            .where(Delegate.event_id == event.id,
                   Accreditation.state.in_([s.value for s in APPROVED_STATES]))
            .order_by(Delegate.family_name, Delegate.given_name, Delegate.id, Accreditation.id)
        )
        if only_new:
            q = q.where(Accreditation.state == S.APPROVED)
        if delegate_ids is not None:
            q = q.where(Delegate.id.in_(delegate_ids))
        # numbers are taken when the batch is issued; another desk issuing first is refused then
        plans = BadgePlan(store, event_header(event, words), language=words.main,
                          key=signing_key(pair.private), first_number=last_badge_number(db) + 1,
                          photos=photos)
        last = None
        for acc_id, state, delegate_id in db.execute(q.execution_options(yield_per=5000)):
            if delegate_id != last:  # one badge per delegate (their rows come together)
                plans.add(acc_id, delegate_id, state)
                last = delegate_id
        header = plans.header
    if delegate_ids is not None and len(plans) < len(set(delegate_ids)):
        missing = len(set(delegate_ids)) - len(plans)
        if not plans:
            raise NothingToPrint(
                "{n} chosen delegate is not approved: no badge",
                plural="none of the {n} chosen delegates is approved: no badge",
                n=missing, code="badges.none-chosen-delegate")
    if not plans:
        if only_new:
            raise NothingToPrint("no approved delegate is waiting for a badge", code="badges.none-waiting")
        raise NothingToPrint("no approved delegate: no badge to print", code="badges.none-approved")
    return header, plans


def issue_planned(store: Store, plans: BadgePlan, *, actor: str | None = None,
                  reason: str | None = None) -> int:
    """Issue the batch's serials in one transaction; refuses if any accreditation moved meanwhile.
    A badge it replaces is revoked as "reprinted" (with the reason given, e.g. "lost")."""
    actor = actor or default_actor()
    why = revoked_because(reason)
    now = utcnow()
    total = len(plans)
    ids = plans.accreditation_ids
    with store.transaction() as db:
        if total and last_badge_number(db, lock=True) >= plans.first_number:
            raise MmdeskError(
                "another desk issued badges while this batch was drawn, with the same numbers; nothing was "
                "issued, print again",
                code="badges.another-desk-issued")
        changed, first_changed = 0, -1
        for at in range(0, total, _ISSUE_PART):  # in slices: never every row of the batch at once
            part = ids[at:at + _ISSUE_PART].tolist()
            states = {acc_id: st for acc_id, st in db.execute(
                sa.select(Accreditation.id, Accreditation.state).where(Accreditation.id.in_(part)))}
            for i, acc_id in enumerate(part, at):
                if states.get(acc_id) is not plans.state(i):
                    changed += 1
                    first_changed = i if first_changed < 0 else first_changed
        if changed:
            raise MmdeskError(
                "{n} accreditation changed while the badges were drawn ({name}); nothing was "
                "issued, print again", plural="{n} accreditations changed while the badges were drawn "
                "(e.g. {name}); nothing was issued, print again",
                n=changed, name=plans.name_of(db, first_changed), code="badges.accreditation-changed-while")
        for at in range(0, total, _ISSUE_PART):
            part = ids[at:at + _ISSUE_PART].tolist()
            db.execute(sa.update(Badge)
                       .where(Badge.accreditation_id.in_(part), Badge.revoked_at.is_(None))
                       .values(revoked_at=now, revoked_reason=why))
            db.execute(sa.update(Accreditation).where(Accreditation.id.in_(part))
                       .values(state=S.BADGE_ISSUED, updated_at=now))
        for at in range(0, total, 5000):  # in slices: the rows of 70,000 badges never all at once
            part_range = range(at, min(at + 5000, total))
            db.execute(sa.insert(Badge), [
                dict(accreditation_id=ids[i], serial=plans.serial(i), issued_at=now, issued_by=actor)
                for i in part_range])
            db.execute(sa.insert(AccreditationChange), [
                dict(accreditation_id=ids[i], from_state=plans.state(i), to_state=S.BADGE_ISSUED,
                     reason=why if plans.state(i) is not S.APPROVED else None, actor=actor, at=now)
                for i in part_range])
    return total


def print_badges(store: Store, target: Path, *, layout: str = "a6", only_new: bool = False,
                 delegate_ids: list[int] | None = None, actor: str | None = None,
                 languages: str | list[str] | None = None) -> Iterator[tuple[int, int]]:
    """Print a batch, yielding (done, total); stopping the generator early changes nothing."""
    chosen = load_layout(layout)
    target = writable_target(target)
    header, plans = plan_badges(store, only_new=only_new, delegate_ids=delegate_ids, languages=languages,
                                photos="photo" in chosen.boxes)
    total = len(plans)
    tmp = target.with_name(f".{target.name}.part")
    finished = False
    try:
        for done in write_badges(tmp, chosen, header, plans.badges(), total):
            yield done, total
        from mmdesk.services.backup import auto_backup

        auto_backup(store, "before-badges")
        issue_planned(store, plans, actor=actor)
        os.replace(tmp, target)
        finished = True
    finally:
        if not finished:
            tmp.unlink(missing_ok=True)


class BadgeBatch:
    """Badges drawn now and issued later, in the one step that hands the pages to a printer or
    saves the file (issue_to_file, or issue() called by the printer's code before it ends the
    job); dropped without either, nothing is issued.

    A reprint (a delegate whose badge was issued) needs a reason when `reprint_reason` is
    required: the desk asks for one ("lost", "damaged", "name corrected")."""

    def __init__(self, store: Store, *, layout: str = "a6", only_new: bool = False,
                 delegate_ids: list[int] | None = None, languages: str | list[str] | None = None,
                 reason: str | None = None, actor: str | None = None,
                 require_reason: bool = False) -> None:
        self.store = store
        self.layout: Layout = load_layout(layout)
        self.only_new, self.delegate_ids, self.languages = only_new, delegate_ids, languages
        self.reason = " ".join((reason or "").split()) or None
        self.actor = actor
        self.require_reason = require_reason
        #: the drawn batch, in order (what each badge shows is read again when indexed)
        self.plans: Sequence[PlannedBadge] = ()
        self._plan: BadgePlan | None = None
        self.path: Path | None = None
        self.issued = False

    @property
    def reprints(self) -> list[PlannedBadge]:
        """The badges of this batch that replace a badge issued before."""
        if self._plan is None:
            return []
        return self._plan.planned(list(self._plan.reprint_indexes()))

    def draw(self, path: Path) -> Iterator[tuple[int, int]]:
        """Plan and draw the batch into path (nothing issued), yielding (done, total)."""
        header, plans = plan_badges(self.store, only_new=self.only_new, delegate_ids=self.delegate_ids,
                                    languages=self.languages, photos="photo" in self.layout.boxes)
        first_reprint = next(plans.reprint_indexes(), None)
        if self.require_reason and not self.reason and first_reprint is not None:
            who = plans[first_reprint].badge.name
            raise MmdeskError(
                "{who} has a badge already: a reprint needs a reason (e.g. {join})",
                who=who, join=', '.join(REPRINT_REASONS), code="badges.badge-already-reprint")
        self.plans = self._plan = plans
        total = len(plans)
        path = Path(path)
        with atomic_write(path) as tmp:
            for done in write_badges(tmp, self.layout, header, plans.badges(), total):
                yield done, total
        self.path = path

    def draw_now(self, path: Path) -> int:
        """Draw the batch at once (a badge or two at a desk); how many badges."""
        for _ in self.draw(path):
            pass
        return len(self.plans)

    def issue(self) -> int:
        """Issue the drawn batch's serials (once); call it as the pages go to the printer."""
        if self.path is None:
            raise MmdeskError("the badges were not drawn: nothing to issue",
                              code="badges.not-drawn-nothing-to-issue")
        if self.issued:
            raise MmdeskError(
                "these badges were issued already; print again for new ones",
                code="badges.these-badges-were")
        assert self._plan is not None  # drawn
        count = issue_planned(self.store, self._plan, actor=self.actor, reason=self.reason)
        self.issued = True
        return count

    def issue_to_file(self, target: Path) -> Path:
        """Save the drawn PDF as target and issue its serials, both or neither."""
        if self.path is None:
            raise MmdeskError(
                "the badges were not drawn: nothing to save",
                code="badges.not-drawn-nothing-to-save")
        with atomic_write(writable_target(target)) as tmp:
            shutil.copyfile(self.path, tmp)
            self.issue()
        return Path(target)
