"""Printing badges: only approved delegates, every badge a fresh serial, all or nothing.

A batch is planned (who gets a badge, with new serials), drawn into a
temporary file, and only when the file is complete are the serials issued in
one transaction (the old serial of a reprinted badge revoked, the move to
"badge issued" recorded) and the file moved into place. A failed or
cancelled batch leaves the store and the target file as they were.

At the desk and in the window (BadgeBatch) a batch is drawn first and issued
only in the step that hands its pages to a printer or saves its file: a
preview closed without printing issues nothing.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import sqlalchemy as sa

from mmdesk.domain.accreditation import APPROVED_STATES
from mmdesk.domain.badge_codes import number_of, serial_for, sign, signing_key
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
from mmdesk.store.database import CLOSED, EventClosed, Store
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


def plan_badges(store: Store, *, only_new: bool = False, delegate_ids: list[int] | None = None,
                languages: str | list[str] | None = None, photos: bool = False,
                ) -> tuple[EventHeader, list[PlannedBadge]]:
    """Who gets a badge in this batch: every approved delegate (or only those never printed,
    or the chosen ones); each gets the store's next badge number as its serial, signed with
    the event's key (and their photo when the layout prints one)."""
    with store.transaction() as db:
        event = current_event(db)
        if event.closed_at is not None:
            raise EventClosed(CLOSED)
        pair = ensure_key(db, event.id)
        if pair.private is None:
            raise NoSigningKey(NO_KEY)
        words = Words.for_event(event.languages, languages)
        language = words.main
        q = (
            sa.select(Accreditation.id, Accreditation.state, Organisation.name, AccreditationRoute.zones,
                      # the columns a badge shows, not whole Delegate objects (faster at 70,000)
                      Delegate.id, Delegate.badge_name, Delegate.given_name, Delegate.family_name,
                      Delegate.honorific, Delegate.position, Delegate.city, Delegate.country,
                      Delegate.category)
            .join(Delegate, Delegate.id == Accreditation.delegate_id)
            .join(AccreditationRoute, AccreditationRoute.id == Accreditation.route_id)
            .outerjoin(Organisation, Organisation.id == Delegate.organisation_id)
            .where(Delegate.event_id == event.id,
                   Accreditation.state.in_([s.value for s in APPROVED_STATES]))
            .order_by(Delegate.family_name, Delegate.given_name, Delegate.id)
        )
        if only_new:
            q = q.where(Accreditation.state == S.APPROVED)
        if delegate_ids is not None:
            q = q.where(Delegate.id.in_(delegate_ids))
        plans: list[PlannedBadge] = []
        seen: dict[int, int] = {}  # delegate id → index of their plan
        # numbers are taken when the batch is issued; another desk issuing first is refused then
        number = last_badge_number(db)
        key = signing_key(pair.private)
        for acc_id, state, org, zones, *columns in db.execute(q):
            d = _DelegateRow(*columns)
            if d.id in seen:  # one badge per delegate, from their best accreditation
                continue
            seen[d.id] = len(plans)
            number += 1
            serial = serial_for(number)
            place = ", ".join(p for p in (d.city, country_name_in(d.country, language)) if p)
            plans.append(PlannedBadge(acc_id, state, BadgeData(
                serial=serial, code=sign(serial, key),
                name=d.badge_name or display_name(None, d.given_name, d.family_name),
                honorific=d.honorific, position=d.position, organisation=org, place=place,
                category=d.category, zones=tuple(zones or ()),
            )))
        if photos and plans:
            from mmdesk.services.photos import photos_for

            for delegate_id, jpeg in photos_for(db, seen).items():
                plan = plans[seen[delegate_id]]
                plans[seen[delegate_id]] = dataclasses.replace(
                    plan, badge=dataclasses.replace(plan.badge, photo=jpeg))
        header = event_header(event, words)
    if delegate_ids is not None and len(plans) < len(set(delegate_ids)):
        missing = len(set(delegate_ids)) - len(plans)
        if not plans:
            raise NothingToPrint(f"none of the {missing} chosen delegate(s) is approved: no badge")
    if not plans:
        raise NothingToPrint("no approved delegate is waiting for a badge"
                             if only_new else "no approved delegate: no badge to print")
    return header, plans


def issue_planned(store: Store, plans: list[PlannedBadge], *, actor: str | None = None,
                  reason: str | None = None) -> int:
    """Issue the batch's serials in one transaction; refuses if any accreditation moved meanwhile.
    A badge it replaces is revoked as "reprinted" (with the reason given, e.g. "lost")."""
    actor = actor or default_actor()
    why = revoked_because(reason)
    now = utcnow()
    ids = [p.accreditation_id for p in plans]
    chunks = [ids[i:i + 900] for i in range(0, len(ids), 900)]
    with store.transaction() as db:
        if plans and last_badge_number(db, lock=True) >= min(number_of(p.badge.serial) or 0
                                                               for p in plans):
            raise MmdeskError("another desk issued badges while this batch was drawn, with the "
                              "same numbers; nothing was issued, print again")
        states: dict[int, S] = {}
        for part in chunks:
            states.update((i, st) for i, st in db.execute(
                sa.select(Accreditation.id, Accreditation.state).where(Accreditation.id.in_(part))))
        changed = [p for p in plans if states.get(p.accreditation_id) is not p.state]
        if changed:
            raise MmdeskError(
                f"{len(changed)} accreditation(s) changed while the badges were drawn "
                f"(e.g. {changed[0].badge.name}); nothing was issued, print again")
        for part in chunks:
            db.execute(sa.update(Badge)
                       .where(Badge.accreditation_id.in_(part), Badge.revoked_at.is_(None))
                       .values(revoked_at=now, revoked_reason=why))
            db.execute(sa.update(Accreditation).where(Accreditation.id.in_(part))
                       .values(state=S.BADGE_ISSUED, updated_at=now))
        for at in range(0, len(plans), 5000):  # in slices: the rows of 70,000 badges never all at once
            part_plans = plans[at:at + 5000]
            db.execute(sa.insert(Badge), [
                dict(accreditation_id=p.accreditation_id, serial=p.badge.serial, issued_at=now,
                     issued_by=actor) for p in part_plans])
            db.execute(sa.insert(AccreditationChange), [
                dict(accreditation_id=p.accreditation_id, from_state=p.state, to_state=S.BADGE_ISSUED,
                     reason=why if p.state is not S.APPROVED else None, actor=actor, at=now)
                for p in part_plans])
    return len(plans)


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
        for done in write_badges(tmp, chosen, header, (p.badge for p in plans), total):
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
        self.plans: list[PlannedBadge] = []
        self.path: Path | None = None
        self.issued = False

    @property
    def reprints(self) -> list[PlannedBadge]:
        """The badges of this batch that replace a badge issued before."""
        return [p for p in self.plans if p.state is not S.APPROVED]

    def draw(self, path: Path) -> Iterator[tuple[int, int]]:
        """Plan and draw the batch into path (nothing issued), yielding (done, total)."""
        header, plans = plan_badges(self.store, only_new=self.only_new, delegate_ids=self.delegate_ids,
                                    languages=self.languages, photos="photo" in self.layout.boxes)
        if self.require_reason and not self.reason and any(p.state is not S.APPROVED for p in plans):
            who = next(p.badge.name for p in plans if p.state is not S.APPROVED)
            raise MmdeskError(f"{who} has a badge already: a reprint needs a reason "
                              f"(e.g. {', '.join(REPRINT_REASONS)})")
        self.plans = plans
        total = len(plans)
        path = Path(path)
        with atomic_write(path) as tmp:
            for done in write_badges(tmp, self.layout, header, (p.badge for p in plans), total):
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
            raise MmdeskError("the badges were not drawn: nothing to issue")
        if self.issued:
            raise MmdeskError("these badges were issued already; print again for new ones")
        count = issue_planned(self.store, self.plans, actor=self.actor, reason=self.reason)
        self.issued = True
        return count

    def issue_to_file(self, target: Path) -> Path:
        """Save the drawn PDF as target and issue its serials, both or neither."""
        if self.path is None:
            raise MmdeskError("the badges were not drawn: nothing to save")
        with atomic_write(writable_target(target)) as tmp:
            shutil.copyfile(self.path, tmp)
            self.issue()
        return Path(target)
