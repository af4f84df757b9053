"""The forum at a glance: who is coming by route, state, category, region and gender, badges
printed and collected, check-ins over the day, and the balance of the panels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from mmdesk.domain.balance import GENDER_GROUPS, gender_group
from mmdesk.domain.enums import (
    AccreditationState,
    CheckInOutcome,
    SessionStatus,
    SlotStatus,
)
from mmdesk.services.common import current_event
from mmdesk.services.delegates import best_states
from mmdesk.store.database import Store
from mmdesk.store.models import (
    AccreditationRoute,
    Badge,
    CheckIn,
    Delegate,
    Session,
    SpeakingSlot,
)

NO_REGION = "—"


@dataclass(frozen=True)
class PanelBalance:
    """One session's speakers (moderator included): how many, by gender group, and regions."""

    title: str
    starts_at: datetime
    speakers: int
    genders: dict[str, int]
    regions: int


@dataclass
class Figures:
    """Every count of the dashboard; rows are (label, count), largest first."""

    delegates: int = 0
    by_route: list[tuple[str, int]] = field(default_factory=list)
    by_state: list[tuple[AccreditationState | None, int]] = field(default_factory=list)
    by_category: list[tuple[str, int]] = field(default_factory=list)
    by_region: list[tuple[str, int]] = field(default_factory=list)
    by_gender: list[tuple[str, int]] = field(default_factory=list)
    badges_printed: int = 0
    badges_collected: int = 0
    admitted: int = 0
    checkins_by_hour: list[tuple[datetime, int]] = field(default_factory=list)
    speakers: int = 0
    speakers_by_region: list[tuple[str, int]] = field(default_factory=list)
    speakers_by_gender: list[tuple[str, int]] = field(default_factory=list)
    panels: list[PanelBalance] = field(default_factory=list)


def _ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def _genders(counter: Counter[str]) -> list[tuple[str, int]]:
    return [(g, counter[g]) for g in GENDER_GROUPS if counter[g]]


def figures(store: Store, *, event_id: int | None = None) -> Figures:
    """Count everything in one read of the store (fast enough at 70,000 delegates)."""
    out = Figures()
    with store.reading() as db:
        event = current_event(db, event_id)
        people = db.execute(sa.select(Delegate.id, sa.type_coerce(Delegate.category, sa.String),
                                      Delegate.region, Delegate.gender)
                            .where(Delegate.event_id == event.id)).all()
        info = {i: (cat, region or NO_REGION, gender_group(g)) for i, cat, region, g in people}
        out.delegates = len(info)
        best = best_states(db, event.id)
        states = Counter(best[i][0] if i in best else None for i in info)
        order = list(AccreditationState) + [None]
        out.by_state = [(s, states[s]) for s in order if states[s]]
        active = {AccreditationState.NOMINATED, AccreditationState.APPROVED,
                  AccreditationState.BADGE_ISSUED, AccreditationState.BADGE_COLLECTED}
        out.by_route = _ranked(Counter(route for state, route in best.values() if state in active))
        out.by_category = _ranked(Counter(cat for cat, _, _ in info.values()))
        out.by_region = _ranked(Counter(region for _, region, _ in info.values()))
        out.by_gender = _genders(Counter(g for _, _, g in info.values()))
        out.badges_printed = db.scalar(
            sa.select(sa.func.count()).select_from(Badge).join(Badge.accreditation)
            .join(AccreditationRoute).where(AccreditationRoute.event_id == event.id,
                                            Badge.revoked_at.is_(None))) or 0
        out.badges_collected = states[AccreditationState.BADGE_COLLECTED]
        times = db.scalars(sa.select(CheckIn.at).where(
            CheckIn.event_id == event.id, CheckIn.outcome == CheckInOutcome.ADMITTED,
            CheckIn.session_id.is_(None), CheckIn.room_id.is_(None)))
        hours = Counter(t.replace(minute=0, second=0, microsecond=0) for t in times)
        out.admitted = sum(hours.values())
        out.checkins_by_hour = sorted(hours.items())
        slots = db.execute(
            sa.select(Session.id, Session.title, Session.starts_at, SpeakingSlot.delegate_id)
            .join(SpeakingSlot, SpeakingSlot.session_id == Session.id)
            .where(Session.event_id == event.id, Session.status != SessionStatus.CANCELLED,
                   SpeakingSlot.status != SlotStatus.DECLINED)).all()
        moderators = db.execute(
            sa.select(Session.id, Session.title, Session.starts_at, Session.moderator_id)
            .where(Session.event_id == event.id, Session.status != SessionStatus.CANCELLED,
                   Session.moderator_id.is_not(None))).all()
    panel: dict[int, tuple[str, datetime, set[int]]] = {}
    for sid, title, starts, who in [*slots, *moderators]:
        if who is not None:
            panel.setdefault(sid, (title, starts, set()))[2].add(who)
    speakers: set[int] = set().union(*(p[2] for p in panel.values()))
    out.speakers = len(speakers)
    out.speakers_by_region = _ranked(Counter(info[i][1] for i in speakers if i in info))
    out.speakers_by_gender = _genders(Counter(info[i][2] for i in speakers if i in info))
    for title, starts, panellists in sorted(panel.values(), key=lambda p: (p[1], p[0])):
        genders = Counter(info[i][2] for i in panellists if i in info)
        regions = {info[i][1] for i in panellists if i in info} - {NO_REGION}
        out.panels.append(PanelBalance(title, starts, len(panellists), {g: genders[g] for g in GENDER_GROUPS},
                                       len(regions)))
    return out


def export_figures(store: Store, target: Path, labels: dict[str, str] | None = None) -> Path:
    """The dashboard's figures as an .xlsx workbook, one sheet per table.

    labels turns keys (gender groups, states, categories) into the words shown; by
    default the keys themselves, with underscores as spaces.
    """
    from mmdesk.spreadsheets.tables import write_tables

    words = labels or {}

    def word(key: object) -> str:
        raw = getattr(key, "value", key)
        if raw is None:
            return words.get("none", "no accreditation")
        return words.get(str(raw), str(raw).replace("_", " "))

    f = figures(store)
    count = words.get("count", "Count")
    sheets: list[tuple[str, list[str], Sequence[Sequence[object]]]] = [
        (words.get("sheet_summary", "Summary"), [words.get("figure", "Figure"), count], [
            (words.get("delegates", "Delegates"), f.delegates),
            (words.get("badges_printed", "Badges printed"), f.badges_printed),
            (words.get("badges_collected", "Badges collected"), f.badges_collected),
            (words.get("admitted", "Admitted at the venue"), f.admitted),
            (words.get("speakers", "Speakers and moderators"), f.speakers)]),
        (words.get("sheet_route", "By route"), [words.get("route", "Route"), count], f.by_route),
        (words.get("sheet_state", "By state"), [words.get("state", "State"), count],
         [(word(s), n) for s, n in f.by_state]),
        (words.get("sheet_category", "By category"), [words.get("category", "Category"), count],
         [(word(c), n) for c, n in f.by_category]),
        (words.get("sheet_region", "By region"), [words.get("region", "Region"), count], f.by_region),
        (words.get("sheet_gender", "By gender"), [words.get("gender", "Gender"), count],
         [(word(g), n) for g, n in f.by_gender]),
        (words.get("sheet_checkins", "Check-ins by hour"), [words.get("hour", "Hour"), count],
         [(h, n) for h, n in f.checkins_by_hour]),
        (words.get("sheet_speakers", "Speakers"), [words.get("group", "Group"), count],
         [(word(g), n) for g, n in f.speakers_by_gender] + [(r, n) for r, n in f.speakers_by_region]),
        (words.get("sheet_panels", "Panel balance"),
         [words.get("session", "Session"), words.get("starts", "Starts"), words.get("speakers", "Speakers"),
          *[word(g) for g in GENDER_GROUPS], words.get("regions", "Regions")],
         [(p.title, p.starts_at, p.speakers, *[p.genders[g] for g in GENDER_GROUPS], p.regions)
          for p in f.panels]),
    ]
    return write_tables(target, sheets)
