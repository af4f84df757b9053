"""The door: only a valid signed code admits; a typed number or name is looked up at a staffed
desk for the operator to confirm, never admitted by itself.

Every scan is stored, whatever its outcome. One unforced admission per delegate
and place (the venue entry of a day, or one session) is kept by a unique index,
so the same badge scanned at two desks at once is admitted once and the other
desk hears "already checked in".

A typed badge number, name or e-mail (or a QR code holding one) is refused at a
room door and at a desk that is not staffed. At a staffed desk (`staffed=True`,
no room) `look_up` brings up the person(s) it finds; only whole-word matches of
exactly one person may be confirmed, and `admit_confirmed` records the admission
with the operator who confirmed it (CheckIn.confirmed_by).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, TypedDict
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.accreditation import is_approved
from mmdesk.domain.badge_codes import SERIAL_DIGITS, BadCode, Verifier, looks_like_code, serial_for
from mmdesk.domain.countries import country_name
from mmdesk.domain.enums import (
    AccreditationState,
    CheckInOutcome,
    SessionAccess,
    SessionStatus,
    SlotStatus,
)
from mmdesk.domain.errors import ValidationError
from mmdesk.domain.sentences import Sentence
from mmdesk.domain.text import fold_variants
from mmdesk.domain.validation import clean_text, display_name
from mmdesk.i18n import render, translate_message
from mmdesk.services.common import current_event, default_actor
from mmdesk.services.delegates import matches_words
from mmdesk.services.keys import ensure_key, revocations_warning
from mmdesk.services.photos import photos_for
from mmdesk.store.database import Store
from mmdesk.store.models import (
    Accreditation,
    AccreditationRoute,
    Badge,
    CheckIn,
    Delegate,
    Event,
    Invitation,
    Organisation,
    Room,
    Session,
    SpeakingSlot,
)

#: A room's door opens this long before its next session starts.
DOORS_OPEN = timedelta(minutes=30)

#: the most people a look-up lists
LOOKUP_LIMIT = 20
_TRIM = ".,;:!?()[]{}\"'«»“”‘’"

#: words of a title typed before a name ("Mayor Alexander Vandersmissen"), folded; the titles
#: the event's delegates carry are added at each desk
HONORIFICS = frozenset(w.strip(_TRIM) for w in """
mayor lord lady deputy vice governor councillor councilor alderman alderwoman minister
ambassador president chair chairperson secretary general under assistant special envoy
h.e. he his her excellency hon honourable honorable mr mrs ms miss mx dr prof professor sir dame
rt right sr sra srta dra don dona doña mme mlle m monsieur madame maire mairesse alcalde alcaldesa
intendente prefeito prefeita sindaco sindaca burgermeister bürgermeister oberbürgermeister
""".split()) - {""}


def clean_scan(text: str | None) -> str:
    """What a scanner or a keyboard typed, without control or invisible format characters
    (NUL, tabs, zero-width spaces), spaces collapsed, at most 200 characters."""
    kept = "".join(" " if ch in "\t\r\n" else ch for ch in (text or "")
                   if ch in "\t\r\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    return " ".join(kept.split())[:200]


class Said(TypedDict):
    """What happened as data: the English sentence (stored), its stable code, its template
    (msgid, context "sentence") and values (see said())."""

    reason: str
    code: str
    template: str
    values: Mapping[str, Any]


def said(template: str, /, *, code: str, **values: Any) -> Said:
    """A check-in result's words as data: the English reason made from the template, and the
    code, template and values the desk and the command line say it from in their language."""
    return Said(reason=render(template, values, "en"), code=code, template=template, values=values)


def _refusal(words: Said) -> ValidationError:
    """A check-in result's words as a refusal (same code, template and values)."""
    return ValidationError(words["template"], code=words["code"], **words["values"])


#: what an admission confirmed by an operator adds to its reason
CONFIRMED = "{reason} (typed {text}, confirmed by {operator})"


class _Who(TypedDict):
    """The ScanResult fields naming whose badge was scanned."""

    delegate_id: int
    delegate: str
    affiliation: str | None
    serial: str
    at: datetime


class _Here(_Who):
    """_Who, and where the delegate is let in."""

    place: str
    where: str
    session: str | None
    warning: Sentence | None


@dataclass(frozen=True)
class ScanResult:
    """What the desk shows: the outcome, a readable reason, who, and where."""

    outcome: CheckInOutcome
    reason: str
    delegate_id: int | None = None
    delegate: str | None = None
    affiliation: str | None = None
    serial: str | None = None
    place: str | None = None
    where: str | None = None
    session: str | None = None
    at: datetime | None = None
    first_at: datetime | None = None
    first_desk: str | None = None
    forced: bool = False
    #: the operator who confirmed a typed number or name (None for a signed code)
    confirmed_by: str | None = None
    #: a line the door shows beside an admission (a stale revocation list)
    warning: Sentence | None = None
    #: what happened as data: a stable code ("checkin.admitted"), the English template and
    #: its values; message() says it in the current language
    code: str = "checkin.refused"
    template: str = ""
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def admitted(self) -> bool:
        return self.outcome is CheckInOutcome.ADMITTED

    def message(self, language: str | None = None) -> str:
        """The reason in a language (default: the one mmdesk speaks now)."""
        if not self.template:
            return translate_message(self.reason, language)
        text = render(self.template, self.values, language)
        if self.confirmed_by and "typed" in self.values:
            text = render(CONFIRMED, {"reason": text, "text": repr(self.values["typed"]),
                                      "operator": self.confirmed_by}, language)
        return text


@dataclass(frozen=True)
class Candidate:
    """A person a typed number, name or e-mail found, for the operator to compare and confirm."""

    delegate_id: int
    name: str
    affiliation: str | None
    state: AccreditationState | None
    serial: str | None
    #: every typed word is a whole word of the name (any order, titles left out), the e-mail,
    #: or the badge number; a partial match ("Maria" for Mariani) is never exact
    exact: bool
    #: the delegate's photo (JPEG), for the operator to compare faces; None without one
    photo: bytes | None = None


@dataclass(frozen=True)
class Lookup:
    """What a staffed desk found for typed text: no one, one person, or a pick list."""

    typed: str
    candidates: tuple[Candidate, ...]
    reason: str
    more: bool = False
    #: what was found as data (see ScanResult)
    code: str = "checkin.found"
    template: str = ""
    values: Mapping[str, Any] = field(default_factory=dict)

    def message(self, language: str | None = None) -> str:
        """The reason in a language (default: the one mmdesk speaks now)."""
        if not self.template:
            return translate_message(self.reason, language)
        return render(self.template, self.values, language)

    @property
    def single(self) -> Candidate | None:
        """The one person to confirm: exactly one candidate, and an exact match (else a pick list)."""
        if len(self.candidates) == 1 and self.candidates[0].exact and not self.more:
            return self.candidates[0]
        return None


class CheckInDesk:
    """One desk or door: keeps the event's verifier so each scan costs a signature check and
    a few indexed look-ups. Only a staffed desk (not a room door) looks typed text up."""

    def __init__(self, store: Store, desk: str, room: str | None = None, *,
                 staffed: bool = False) -> None:
        self.store = store
        self.desk = clean_text(clean_scan(desk), limit=80, field="desk") or "desk"
        with store.transaction() as db:
            event = current_event(db)
            self.event_id = event.id
            self.zone = ZoneInfo(event.time_zone)
            self.verifier = Verifier(ensure_key(db, event.id).public)
            self.warning = revocations_warning(db, event.id)
            self.room_id: int | None = None
            self.room_name: str | None = None
            self.room_zone: str | None = None
            if room:
                found = db.scalars(sa.select(Room).where(
                    Room.event_id == event.id, sa.func.lower(Room.name) == room.strip().lower()
                )).first()
                if found is None:
                    names = ", ".join(db.scalars(sa.select(Room.name).where(
                        Room.event_id == event.id).order_by(Room.name)))
                    raise ValidationError(
                        "no room called {room} (rooms: {names})",
                        room=repr(room), names=names, code="checkin.no-room-called")
                self.room_id, self.room_name, self.room_zone = found.id, found.name, found.access_zone
            self.titles = HONORIFICS | {
                w.strip(_TRIM) for h in db.scalars(sa.select(Delegate.honorific).distinct().where(
                    Delegate.event_id == event.id, Delegate.honorific.is_not(None)).limit(500))
                for w in fold_variants(h)[0].split()}
        self.staffed = staffed and self.room_id is None  # a room door is never staffed for names

    def now(self) -> datetime:
        """Wall-clock time at the venue (naive, as sessions are stored)."""
        return datetime.now(self.zone).replace(tzinfo=None, microsecond=0)

    def scan(self, scanned: str, *, at: datetime | None = None, force: bool = False) -> ScanResult:
        """Check one scanned code in; the result is stored before it is returned. Anything but a
        signed code (a typed number, name or e-mail) is refused here: see look_up."""
        text = clean_scan(scanned)
        at = (at or self.now()).replace(microsecond=0)
        with self.store.transaction() as db:
            result = self._record(db, text, self._decide(db, text, at, force))
        return result

    def look_up(self, typed: str) -> Lookup:
        """At a staffed desk: who a typed badge number, name or e-mail finds, for the operator
        to compare and confirm (nothing is admitted, nothing stored)."""
        if not self.staffed:
            raise _refusal(self._typed_refusal())
        text = clean_scan(typed)
        if not text:
            return Lookup(text, (), **said("nothing was typed", code="checkin.nothing-typed"))
        if len(text.split()) > 12:
            return Lookup(text, (), **said("type a name, an e-mail or a badge number (at most 12 words)",
                                           code="checkin.too-many-words"))
        with self.store.reading() as db:
            return self._look_up(db, text)

    def admit_confirmed(self, delegate_id: int, typed: str, *, at: datetime | None = None,
                        force: bool = False, operator: str | None = None) -> ScanResult:
        """At a staffed desk: admit the person the operator confirmed (from look_up), on their
        valid badge and by the same rules as a scan; recorded as confirmed by the operator."""
        if not self.staffed:
            raise _refusal(self._typed_refusal())
        text = clean_scan(typed)
        at = (at or self.now()).replace(microsecond=0)
        operator = clean_text(clean_scan(operator or default_actor()), limit=80) or "desk"
        with self.store.transaction() as db:
            delegate = db.get(Delegate, delegate_id)
            if delegate is None or delegate.event_id != self.event_id:
                result = ScanResult(CheckInOutcome.REFUSED, at=at,
                                    **said("no such delegate", code="checkin.no-such-delegate"))
            else:
                badge = db.scalars(
                    sa.select(Badge).join(Accreditation)
                    .where(Accreditation.delegate_id == delegate.id, Badge.revoked_at.is_(None))
                    .order_by(Badge.id.desc()).limit(1)).first()
                if badge is None:
                    name = display_name(None, delegate.given_name, delegate.family_name)
                    if any(is_approved(a.state) for a in delegate.accreditations):
                        why = said("{name} is approved but has no badge yet: print it first", name=name,
                                   code="checkin.no-badge-yet")
                    else:
                        states = [a.state.value.replace("_", " ") for a in delegate.accreditations]
                        why = said("{name}: accreditation {value}", name=name, value=states or "missing",
                                   code="checkin.not-accredited")
                    result = ScanResult(CheckInOutcome.REFUSED, delegate_id=delegate.id, at=at, **why)
                else:
                    result = self._judge(db, badge, badge.serial, at, force)
            if result.admitted:
                result = replace(result, confirmed_by=operator,
                                 reason=render(CONFIRMED, {"reason": result.reason, "text": repr(text),
                                                           "operator": operator}, "en"),
                                 values={**result.values, "typed": text})
            result = self._record(db, text, result)
        return result

    # -- storing

    def _record(self, db: DbSession, text: str, result: ScanResult) -> ScanResult:
        """Store the scan; returns what the desk says (an admission another desk made a moment
        earlier turns into "already checked in")."""
        def row(r: ScanResult) -> CheckIn:
            return CheckIn(
                event_id=self.event_id, delegate_id=r.delegate_id, serial=r.serial,
                scanned=text[:200], at=r.at, desk=self.desk, room_id=self.room_id,
                place=r.place, outcome=r.outcome, reason=r.reason[:300], forced=r.forced,
                confirmed_by=r.confirmed_by)

        if result.admitted and not result.forced:
            try:
                with db.begin_nested():
                    db.add(row(result))
            except IntegrityError:
                # another desk admitted the same badge a moment ago
                first = self._first_admission(db, result.delegate_id, result.place)
                result = _already(result, first)
                db.add(row(result))
        else:
            db.add(row(result))
        return result

    # -- the decision

    def _typed_refusal(self) -> Said:
        if self.room_id is not None:
            return said("not a badge code: at the door of {room_name} only a badge's signed code admits "
                        "(a typed number or name never does)", room_name=self.room_name,
                        code="checkin.typed-at-door")
        if self.staffed:
            return said("not a badge code: a typed number or name admits only once the operator has "
                        "looked the person up and confirmed them", code="checkin.typed-unconfirmed")
        return said("not a badge code: only a badge's signed code admits here; a typed number or name "
                    "is looked up only at a staffed desk, for the operator to confirm",
                    code="checkin.typed-not-staffed")

    def _decide(self, db: DbSession, text: str, at: datetime, force: bool) -> ScanResult:
        if not text:
            return ScanResult(CheckInOutcome.REFUSED, at=at,
                              **said("nothing was scanned", code="checkin.nothing-scanned"))
        if not looks_like_code(text):
            return ScanResult(CheckInOutcome.REFUSED, at=at, **self._typed_refusal())
        try:
            serial = self.verifier.serial_of(text)
        except BadCode as exc:
            return ScanResult(CheckInOutcome.REFUSED, at=at, reason=exc.english, code=exc.code,
                              template=exc.template, values=exc.values)
        badge = db.scalars(sa.select(Badge).where(Badge.serial == serial)).first()
        if badge is None:
            return ScanResult(CheckInOutcome.REFUSED, serial=serial, at=at,
                              **said("unknown badge: genuine code, but this store has no such badge",
                                     code="checkin.unknown-badge"))
        return self._judge(db, badge, serial, at, force)

    def _judge(self, db: DbSession, badge: Badge, serial: str, at: datetime, force: bool) -> ScanResult:
        acc: Accreditation = badge.accreditation
        delegate: Delegate = acc.delegate
        who = _Who(
            delegate_id=delegate.id,
            delegate=delegate.badge_name or display_name(delegate.honorific, delegate.given_name,
                                                         delegate.family_name),
            affiliation=", ".join(p for p in (delegate.city, country_name(delegate.country)) if p) or None,
            serial=serial, at=at,
        )
        if delegate.event_id != self.event_id:
            return ScanResult(CheckInOutcome.REFUSED, **who,
                              **said("badge of another event", code="checkin.other-event"))
        if badge.revoked_at is not None:
            return ScanResult(CheckInOutcome.REFUSED, **who, **said(
                "revoked badge ({why} {revoked_at}); a newer badge replaces it",
                why=badge.revoked_reason or "revoked", revoked_at=badge.revoked_at,
                code="checkin.revoked"))
        if not is_approved(acc.state):
            return ScanResult(CheckInOutcome.REFUSED, **who, **said(
                "accreditation {state}", state=acc.state.value.replace("_", " "),
                code="checkin.not-approved"))
        route: AccreditationRoute = acc.route
        place, session = f"entry {at.date().isoformat()}", None
        if self.room_id is not None:
            if self.room_zone and self.room_zone not in (route.zones or []):
                return ScanResult(CheckInOutcome.REFUSED, **who, **said(
                    "zone {room_zone} is not opened by route {name} (it opens: {value})",
                    room_zone=repr(self.room_zone), name=repr(route.name),
                    value=", ".join(route.zones or []) or "no zone", code="checkin.zone-closed"))
            session = self._session_now(db, at)
            if session is not None:
                refusal = self._session_refusal(db, session, delegate.id)
                if refusal:
                    return ScanResult(CheckInOutcome.REFUSED, session=session.title, **who, **refusal)
                place = f"session {session.id}"
            else:
                place = f"room {self.room_id} {at.date().isoformat()}"
        first = self._first_admission(db, delegate.id, place)
        title = session.title if session else None
        where = f"“{title}”" if title else (self.room_name or "the venue")
        here = _Here(place=place, where=where, session=title, warning=self.warning, **who)
        if first is not None and not force:
            return _already(ScanResult(CheckInOutcome.ADMITTED, "", **here), first)
        if first is not None:
            return ScanResult(CheckInOutcome.ADMITTED, forced=True, **here, **said(
                "admitted again (forced) to {where}; first in at {at} ({desk})",
                where=where, at=f"{first.at:%H:%M}", desk=first.desk, code="checkin.admitted-again"))
        return ScanResult(CheckInOutcome.ADMITTED, **here,
                          **said("admitted to {where}", where=where, code="checkin.admitted"))

    # -- looking typed text up

    def _look_up(self, db: DbSession, text: str) -> Lookup:
        if text.isdigit():
            return self._by_number(db, text)
        if "@" in text and len(text.split()) == 1:
            ids = list(db.scalars(sa.select(Delegate.id).where(
                Delegate.event_id == self.event_id,
                sa.func.lower(Delegate.email) == text.lower()).limit(2)))
            if ids:
                return self._listed(db, text, ids, exact=set(ids))
        words = [w for w in text.split() if w.strip(_TRIM)]
        folded = [fold_variants(w.strip(_TRIM)) for w in words]
        names = [w for w, f in zip(words, folded, strict=True) if f[0] not in self.titles]
        query = " ".join(w.strip(_TRIM) for w in (names or words))
        ids = list(db.scalars(sa.select(Delegate.id).where(
            Delegate.event_id == self.event_id, *matches_words(query, db.get_bind().dialect.name))
            .order_by(Delegate.family_name, Delegate.given_name, Delegate.id).limit(LOOKUP_LIMIT + 1)))
        if not ids:
            return Lookup(text, (), **said("no delegate matches {text}", text=repr(text),
                                           code="checkin.no-match"))
        wanted = [fold_variants(w) for w in query.split()]
        rows = db.execute(sa.select(Delegate.id, Delegate.given_name, Delegate.family_name,
                                    Delegate.badge_name).where(Delegate.id.in_(ids))).all()
        exact = {i for i, g, f, b in rows if _whole_words(wanted, (g, f, b))}
        return self._listed(db, text, ids, exact=exact)

    def _by_number(self, db: DbSession, text: str) -> Lookup:
        # "1" typed for badge 000001: the number as printed (zero-padded), also in the messages
        serial = text
        if text.isdecimal() and len(text) < SERIAL_DIGITS and int(text) >= 1:
            serial = serial_for(int(text))
        badge = db.scalars(sa.select(Badge).where(Badge.serial == serial)).first()
        if badge is None or badge.accreditation.delegate.event_id != self.event_id:
            return Lookup(text, (), **said("no badge numbered {text}", text=serial,
                                           code="checkin.no-badge-numbered"))
        if badge.revoked_at is not None:
            return Lookup(text, (), **said(
                "badge {text} was revoked ({value} {revoked_at}): a newer badge replaces it", text=serial,
                value=badge.revoked_reason or "revoked", revoked_at=badge.revoked_at,
                code="checkin.badge-revoked"))
        did = badge.accreditation.delegate_id
        return self._listed(db, text, [did], exact={did})

    def _listed(self, db: DbSession, text: str, ids: list[int], *, exact: set[int]) -> Lookup:
        more = len(ids) > LOOKUP_LIMIT
        ids = ids[:LOOKUP_LIMIT]
        rows = {d.id: (d, org) for d, org in db.execute(
            sa.select(Delegate, Organisation.name)
            .outerjoin(Organisation, Organisation.id == Delegate.organisation_id)
            .where(Delegate.id.in_(ids)))}
        badges = dict(db.execute(
            sa.select(Accreditation.delegate_id, Badge.serial).join(Accreditation)
            .where(Accreditation.delegate_id.in_(ids), Badge.revoked_at.is_(None))
            .order_by(Badge.id)).all())
        faces = photos_for(db, ids)
        found: list[Candidate] = []
        for i in ids:
            d, org = rows[i]
            states = [a.state for a in d.accreditations]
            best = next((s for s in states if is_approved(s)), states[0] if states else None)
            found.append(Candidate(
                i, d.badge_name or display_name(d.honorific, d.given_name, d.family_name),
                ", ".join(p for p in (org or d.city, country_name(d.country)) if p) or None,
                best, badges.get(i), i in exact, faces.get(i)))
        found.sort(key=lambda c: not c.exact)  # whole-word matches first
        pick = Lookup(text, tuple(found), "", more)
        if pick.single:
            reason = said("found {name}: confirm it is this person to admit", name=pick.single.name,
                          code="checkin.found-one")
        elif len(found) == 1:
            reason = said("{text} is only part of a name: pick the person to admit", text=repr(text),
                          code="checkin.part-of-name")
        elif more:
            reason = said("more than {count} delegates match {text}: pick the person", count=LOOKUP_LIMIT,
                          text=repr(text), code="checkin.too-many-match")
        else:
            reason = said("{value} delegates match {text}: pick the person", value=len(found),
                          text=repr(text), code="checkin.several-match")
        return Lookup(text, tuple(found), more=more, **reason)

    def _session_now(self, db: DbSession, at: datetime) -> Session | None:
        return db.scalars(
            sa.select(Session)
            .where(Session.room_id == self.room_id, Session.status != SessionStatus.CANCELLED,
                   Session.starts_at <= at + DOORS_OPEN, Session.ends_at > at)
            .order_by(Session.starts_at).limit(1)
        ).first()

    def _session_refusal(self, db: DbSession, session: Session, delegate_id: int) -> Said | None:
        if session.access is SessionAccess.OPEN:
            return None
        taking_part = session.moderator_id == delegate_id or db.scalar(
            sa.select(sa.func.count()).where(
                SpeakingSlot.session_id == session.id, SpeakingSlot.delegate_id == delegate_id,
                SpeakingSlot.status != SlotStatus.DECLINED)
        )
        if taking_part:
            return None
        if session.access is SessionAccess.CLOSED:
            return said("“{title}” is closed to all but its speakers", title=session.title,
                        code="checkin.session-closed")
        invited = db.get(Invitation, (session.id, delegate_id))
        if invited is None:
            return said("“{title}” is by invitation only, and this delegate is not invited",
                        title=session.title, code="checkin.not-invited")
        return None

    def _first_admission(self, db: DbSession, delegate_id: int | None, place: str | None) -> CheckIn | None:
        return db.scalars(
            sa.select(CheckIn).where(
                CheckIn.event_id == self.event_id, CheckIn.delegate_id == delegate_id,
                CheckIn.place == place, CheckIn.outcome == CheckInOutcome.ADMITTED,
                CheckIn.forced.is_(False))
            .limit(1)
        ).first()


def _whole_words(wanted: list[tuple[str, ...]], parts: tuple[str | None, ...]) -> bool:
    """Every typed word (its foldings) is a whole word of the name (hyphenated parts count)."""
    words: set[str] = set()
    for part in parts:
        for variant in fold_variants(part or ""):
            for w in variant.split():
                w = w.strip(_TRIM)
                words.add(w)
                words.update(x for x in w.split("-") if x)
    return bool(wanted) and all(any(v in words for v in variants) for variants in wanted)


def _already(result: ScanResult, first: CheckIn | None) -> ScanResult:
    why = (said("already checked in to {where} at {at} ({desk})", where=result.where, at=f"{first.at:%H:%M}",
                desk=first.desk, code="checkin.already") if first
           else said("already checked in to {where}", where=result.where, code="checkin.already"))
    return ScanResult(
        CheckInOutcome.ALREADY, **why,
        delegate_id=result.delegate_id, delegate=result.delegate, affiliation=result.affiliation,
        serial=result.serial, place=result.place, where=result.where, session=result.session,
        at=result.at, confirmed_by=result.confirmed_by, warning=result.warning,
        first_at=first.at if first else None, first_desk=first.desk if first else None,
    )


@dataclass(frozen=True)
class ScanRecord:
    """One stored scan, for the desk's recent list."""

    at: datetime
    desk: str
    outcome: CheckInOutcome
    delegate: str | None
    reason: str | None
    forced: bool
    confirmed_by: str | None = None


def recent_scans(store: Store, *, limit: int = 50, desk: str | None = None) -> list[ScanRecord]:
    """The latest scans (of one desk, or all), newest first."""
    with store.reading() as db:
        event: Event = current_event(db)
        q = (sa.select(CheckIn, Delegate).outerjoin(Delegate, Delegate.id == CheckIn.delegate_id)
             .where(CheckIn.event_id == event.id).order_by(CheckIn.id.desc()).limit(limit))
        if desk:
            q = q.where(CheckIn.desk == desk)
        return [
            ScanRecord(c.at, c.desk, c.outcome,
                       (d.badge_name or f"{d.given_name} {d.family_name}".strip()) if d else None,
                       c.reason, c.forced, c.confirmed_by)
            for c, d in db.execute(q)
        ]
