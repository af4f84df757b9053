"""Letters to delegates: visa support letters, invitations, confirmations and certificates of
attendance, printed from templates an organizer edits, numbered in the forum's register.

Templates are looked up file by file: the forum's own folder first (set with
`mmdesk letters folder PATH`, else a folder ``<store name>-letters`` beside a SQLite store),
then resources/letters/. Issuing letters is logged like a sensitive export; the closing
erases the register's names (erase_register, called by privacy.close_event) and keeps
the counts.
"""

from __future__ import annotations

import contextlib
import shutil
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session as DbSession

from mmdesk.domain.accreditation import APPROVED_STATES
from mmdesk.domain.countries import country_name_in
from mmdesk.domain.enums import AccreditationState, CheckInOutcome
from mmdesk.domain.errors import MmdeskError, ValidationError
from mmdesk.domain.sentences import Joined, Sentence
from mmdesk.files import atomic_write, writable_target
from mmdesk.i18n import say
from mmdesk.paths import resources_dir
from mmdesk.printing.letter_templates import (
    KINDS,
    Sender,
    Template,
    listed,
    long_day,
    read_sender,
    read_template,
    when_phrase,
)
from mmdesk.printing.letters import LetterText, render_letters
from mmdesk.printing.words import LANGUAGES, Words
from mmdesk.services.common import changed_rows, current_event, default_actor
from mmdesk.store.database import Store, sqlite_path
from mmdesk.store.models import (
    Accreditation,
    AccreditationRoute,
    CheckIn,
    Delegate,
    DelegateSensitive,
    Event,
    ExportLog,
    Letter,
    Organisation,
)

__all__ = ["KINDS", "IssuedLetter", "LeftOut", "LetterBatch", "LetterRefused", "PassportErasure",
           "RegisterEntry", "erase_passports", "erase_register", "forum_folder", "letter_register",
           "passports_without_visa_letter", "print_letters", "set_forum_folder", "template_sources"]

#: the kind's code in a letter's reference (MF2019/VISA/0007)
KIND_CODES = {"visa": "VISA", "invitation": "INV", "confirmation": "CONF", "attendance": "CERT"}
#: "Ref." in each language
REFERENCE_LABEL = {"en": "Ref.", "fr": "Réf.", "es": "Ref."}
#: the PDF's title
KIND_TITLES = {"visa": "Visa support letters", "invitation": "Letters of invitation",
               "confirmation": "Confirmations of participation", "attendance": "Certificates of attendance"}
SENDER_FILE = "sender.toml"
#: the state named for a delegate with no accreditation at all (said in the reader's language)
NO_ACCREDITATION = Sentence("no accreditation", code="letters.no-accreditation")


class LetterRefused(ValidationError):
    """No letter was printed: the one person asked for, or everyone, was left out (says why)."""


@dataclass(frozen=True)
class LeftOut:
    """A delegate a letter was not printed for, and why ("no passport number") as data."""

    delegate_id: int
    name: str
    why: Sentence

    @property
    def reason(self) -> str:
        """Why, in English."""
        return self.why.english

    def message(self, language: str | None = None) -> str:
        """Why, in a language (default: the one mmdesk speaks now)."""
        return self.why.message(language)


@dataclass(frozen=True)
class IssuedLetter:
    """A letter printed and entered in the register."""

    number: int
    reference: str
    delegate_id: int
    name: str
    language: str


@dataclass(frozen=True)
class LetterBatch:
    """What printing letters did: the letters issued, who was left out and why, the pages."""

    kind: str
    target: Path
    issued: tuple[IssuedLetter, ...]
    left_out: tuple[LeftOut, ...]
    pages: int


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the register (recipient and issuer are None / "—" after the closing)."""

    number: int
    reference: str
    kind: str
    language: str
    template: str
    delegate_id: int | None
    recipient: str | None
    issued_at: datetime
    issued_by: str


@dataclass(frozen=True)
class PassportErasure:
    """Passport records erased, and the delegates with passport data but no visa letter."""

    erased: int
    without_letter: tuple[str, ...]


@dataclass(frozen=True)
class _Person:
    """A delegate as letters need them (plain values, read once)."""

    id: int
    name: str
    full_name: str
    values: dict[str, str]
    languages: tuple[str, ...]
    approved: bool
    state: str | Sentence  # the best accreditation's state, or "no accreditation" (a known word)
    attended: tuple[date, ...]
    passport: str | None
    born: date | None
    nationality: str | None
    country: str | None


# -- where the templates are

def forum_folder(store: Store) -> Path | None:
    """The forum's own template folder: the one set with set_forum_folder, else
    ``<store name>-letters`` beside a SQLite store when it exists, else None."""
    with store.reading() as db:
        chosen = current_event(db).letters_folder
    if chosen:
        return Path(chosen)
    db_file = sqlite_path(store.url)
    if db_file is not None:
        beside = db_file.with_name(f"{db_file.stem}-letters")
        if beside.is_dir():
            return beside
    return None


def set_forum_folder(store: Store, folder: Path | None, *, copy_defaults: bool = False) -> list[Path]:
    """Use this folder's templates before the defaults (None: back to the folder beside the
    store). copy_defaults copies the default templates and images it lacks into it, for
    editing; returns the files copied."""
    copied: list[Path] = []
    with store.reading() as db:
        current_event(db)  # no forum: say so before touching any folder
    if folder is not None:
        folder = Path(folder).expanduser().resolve()
        if not folder.is_dir():
            raise ValidationError(
                "folder {folder} does not exist",
                folder=folder, code="letters.folder-does-not")
        if copy_defaults:
            for source in sorted(_defaults().iterdir()):
                if source.is_file() and source.name != "README.md" and not (folder / source.name).exists():
                    shutil.copyfile(source, folder / source.name)
                    copied.append(folder / source.name)
    with store.transaction() as db:
        current_event(db).letters_folder = str(folder) if folder is not None else None
    return copied


def _defaults() -> Path:
    return resources_dir() / "letters"


def _folders(store: Store) -> list[Path]:
    own = forum_folder(store)
    if own is not None and not own.is_dir():
        raise MmdeskError(
            "the forum's letters folder {own} does not exist on this desk (set another with `mmdesk letters "
            "folder PATH`, or --clear)",
            own=own, code="letters.forum-letters-folder")
    return [p for p in (own, _defaults()) if p is not None]


def _find(folders: list[Path], name: str) -> tuple[Path, str] | None:
    """The first folder's file of that name, and how the register names it."""
    for i, folder in enumerate(folders):
        path = folder / name
        if path.is_file():
            label = f"default/{name}" if folder == _defaults() and i == len(folders) - 1 else str(path)
            return path, label[-300:]
    return None


def template_sources(store: Store) -> list[tuple[str, str, str]]:
    """(kind, language, file used) for every template there is, the forum's first."""
    folders = _folders(store)
    out = []
    for kind in KINDS:
        for language in _languages_of(folders, kind):
            found = _find(folders, f"{kind}.{language}.txt")
            assert found is not None
            out.append((kind, language, found[1]))
    return out


def _languages_of(folders: list[Path], kind: str) -> list[str]:
    found = {p.name.split(".")[1] for f in folders for p in f.glob(f"{kind}.*.txt")
             if len(p.name.split(".")) == 3}
    return sorted(found)


# -- the people

def _people(db: DbSession, event: Event, ids: list[int] | None) -> list[_Person]:
    query = (sa.select(Delegate, Organisation.name, DelegateSensitive)
             .outerjoin(Organisation, Delegate.organisation_id == Organisation.id)
             .outerjoin(DelegateSensitive, DelegateSensitive.delegate_id == Delegate.id)
             .where(Delegate.event_id == event.id))
    if ids is not None:
        query = query.where(Delegate.id.in_(ids))
    rows = db.execute(query.order_by(Delegate.family_name, Delegate.given_name, Delegate.id)).all()
    accreditations: dict[int, list[tuple[AccreditationState, str, str | None]]] = defaultdict(list)
    for delegate_id, state, route, body in db.execute(
            sa.select(Accreditation.delegate_id, Accreditation.state, AccreditationRoute.name,
                      AccreditationRoute.nominating_body).join(AccreditationRoute)
            .where(AccreditationRoute.event_id == event.id)):
        accreditations[delegate_id].append((state, route, body))
    attended: dict[int, set[date]] = defaultdict(set)
    for attendee, at in db.execute(
            sa.select(CheckIn.delegate_id, CheckIn.at).where(
                CheckIn.event_id == event.id, CheckIn.outcome == CheckInOutcome.ADMITTED,
                CheckIn.delegate_id.is_not(None))):
        if attendee is not None:
            attended[attendee].add(at.date())
    people = []
    for d, organisation, sensitive in rows:
        accs = accreditations.get(d.id, [])
        good = [a for a in accs if a[0] in APPROVED_STATES]
        chosen = good[0] if good else (accs[0] if accs else None)
        full = " ".join(p for p in (d.given_name, d.family_name) if p)
        name = " ".join(p for p in (d.honorific, full) if p)
        values = {
            "full_name": full, "name": name, "honorific": d.honorific or "", "given_name": d.given_name or "",
            "family_name": d.family_name or "", "position": d.position or "",
            "organisation": organisation or "", "city": d.city or "",
            "route": good[0][1] if good else "", "nominated_by": (good[0][2] or "") if good else "",
        }
        people.append(_Person(
            id=d.id, name=name, full_name=full, values=values,
            languages=tuple(str(x).strip().lower() for x in (d.languages or ()) if str(x).strip()),
            approved=bool(good), state=chosen[0].value.replace("_", " ") if chosen else NO_ACCREDITATION,
            attended=tuple(sorted(attended.get(d.id, ()))),
            passport=sensitive.passport_number if sensitive else None,
            born=sensitive.date_of_birth if sensitive else None,
            nationality=(sensitive.nationality if sensitive and sensitive.nationality else d.country) or None,
            country=d.country,
        ))
    return people


def _reason(kind: str, person: _Person) -> Sentence | None:
    """Why this person gets no letter of this kind (None: they get one)."""
    if kind == "attendance":
        return None if person.attended else Sentence(
            "not checked in at the venue (certificates need an admission)", code="letters.not-checked-in")
    if not person.approved:
        return Sentence("not accredited ({state}): letters go to approved delegates", state=person.state,
                        code="letters.not-accredited")
    if kind == "visa":
        needed = (("passport number", person.passport), ("date of birth", person.born),
                  ("nationality", person.nationality))
        missing = [what for what, value in needed if not value]
        if missing:
            return Sentence("no passport data ({missing} missing): add it to the delegate first",
                            missing=Joined(missing), code="letters.no-passport-data")
    return None


def _language_for(person: _Person, chosen: str | None, available: list[str],
                  event_languages: list[str]) -> str:
    if chosen:
        return chosen
    forum = [x for x in event_languages if x in available]
    for lang in person.languages:
        if lang[:2] in forum:
            return lang[:2]
    return forum[0] if forum else ("en" if "en" in available else available[0])


def _prefix(event: Event) -> str:
    """MF2019 from "Mayoral Forum 2019": initials of capitalised words, numbers whole."""
    words = "".join(ch if ch.isalnum() else " " for ch in (event.short_name or event.name or "")).split()
    out = "".join(w if w.isdigit() else w[0].upper() for w in words if w.isdigit() or w[0].isupper())
    return out[:12] or "LTR"


def reference_of(event: Event, kind: str, number: int) -> str:
    """The reference a letter prints: MF2019/VISA/0007."""
    return f"{_prefix(event)}/{KIND_CODES[kind]}/{number:04d}"


# -- printing

def print_letters(store: Store, target: Path | str, kind: str, *, delegate_ids: list[int] | None = None,
                  language: str | None = None, actor: str | None = None,
                  today: date | None = None) -> LetterBatch:
    """Print letters of one kind into one PDF, each numbered in the register and logged.

    delegate_ids None: every delegate the kind applies to (approved ones; attendance: those
    admitted at the venue). One person asked for and left out: LetterRefused naming them; in
    a batch the others print and the batch lists who was left out and why. language None:
    each delegate's first language among the forum's, else the forum's first."""
    if kind not in KINDS:
        raise ValidationError(
            "no letter kind {kind} (kinds: {join})",
            kind=repr(kind), join=', '.join(KINDS), code="letters.no-letter-kind")
    target = writable_target(target)
    folders = _folders(store)
    available = _languages_of(folders, kind)
    if not available:
        raise MmdeskError(
            "no {kind} template in {join}",
            kind=kind, join=', '.join(str(f) for f in folders), code="letters.no-template")
    if language is not None:
        language = language.strip().lower()
        if language not in available:
            raise ValidationError(
                "no {kind} template in {language} (languages: {join})",
                kind=kind, language=repr(language), join=', '.join(available),
                code="letters.no-template-languages")
    with store.reading() as db:
        event = current_event(db)
        if event.closed_at is not None:
            raise MmdeskError(
                "the event is closed and its personal data erased: no letters are issued",
                code="letters.event-closed-personal")
        people = _people(db, event, delegate_ids)
        event_languages = [str(x).lower() for x in (event.languages or [])]
    if delegate_ids is not None and len(people) < len(set(delegate_ids)):
        raise ValidationError(
            "some of the delegates asked for are not in this forum",
            code="letters.some-delegates-asked")
    chosen, left = [], []
    for person in people:
        reason = _reason(kind, person)
        if reason is None:
            chosen.append(person)
        else:
            left.append(LeftOut(person.id, person.name, reason))
    if not chosen:
        if delegate_ids is not None and len(people) == 1:
            raise LetterRefused(
                "{name}: no {kind} letter: {reason}",
                name=left[0].name, kind=kind, reason=left[0].why, code="letters.no-letter")
        if not left:
            raise LetterRefused(
                "no {kind} letter to print: no delegate {value}",
                kind=kind, value='is checked in' if kind == 'attendance' else 'is approved',
                code="letters.no-letter-print")
        shown = "; ".join(f"{x.name}: {x.message()}" for x in left[:3])
        more = "; " + say("… and {n} more", n=len(left) - 3) if len(left) > 3 else ""
        raise LetterRefused(
            "no {kind} letter printed: {n} delegate left out ({shown}{more})",
            plural="no {kind} letter printed: {n} delegates left out ({shown}{more})",
            kind=kind, n=len(left), shown=shown, more=more, code="letters.no-letter-printed")
    plan = [(person, _language_for(person, language, available, event_languages)) for person in chosen]
    templates: dict[str, tuple[Template, str, Sender]] = {}
    for lang in sorted({lang for _, lang in plan}):
        path, label = _find(folders, f"{kind}.{lang}.txt") or (None, "")
        assert path is not None
        sender_file = _find(folders, SENDER_FILE)
        sender = read_sender(sender_file[0], lang, _defaults(), sender_file[1]) if sender_file else Sender()
        templates[lang] = (read_template(path, label), label, sender)
    return _issue(store, target, kind, plan, templates, tuple(left), actor or default_actor(),
                  today or date.today())


def _issue(store: Store, target: Path, kind: str, plan: list[tuple[_Person, str]],
           templates: dict[str, tuple[Template, str, Sender]], left: tuple[LeftOut, ...], actor: str,
           today: date) -> LetterBatch:
    issued: list[IssuedLetter] = []
    with atomic_write(target, private=True) as tmp, store.transaction() as db:
        event = current_event(db)
        db.execute(sa.select(Event.id).where(Event.id == event.id).with_for_update())  # the numbering
        number = db.scalar(sa.select(sa.func.max(Letter.number)).where(Letter.event_id == event.id)) or 0
        items = []
        for person, lang in plan:
            number += 1
            template, label, sender = templates[lang]
            reference = reference_of(event, kind, number)
            values = _values(event, person, lang, sender, reference, number, today)
            items.append(LetterText(template.fill(values), reference,
                                    ", ".join(p for p in (values["place"], values["date"]) if p),
                                    sender, REFERENCE_LABEL.get(lang, "Ref.")))
            db.add(Letter(event_id=event.id, number=number, kind=kind, language=lang, template=label,
                          delegate_id=person.id, recipient=person.name[:300], issued_by=actor[:120]))
            issued.append(IssuedLetter(number, reference, person.id, person.name, lang))
        fields = [f"{kind}_letter"] + (["passport_number", "date_of_birth", "nationality"]
                                       if kind == "visa" else [])
        db.add(ExportLog(event_id=event.id, actor=actor[:120], fields=fields, rows=len(items),
                         target=str(target)[:500]))
        pages = render_letters(items, tmp, title=f"{KIND_TITLES[kind]} — {event.name}")
    return LetterBatch(kind, target, tuple(issued), left, pages)


def _values(event: Event, person: _Person, lang: str, sender: Sender, reference: str, number: int,
            today: date) -> dict[str, str]:
    """Every field of a template for one letter, in its language."""
    venue = event.venue or ""
    city = event.city or ""
    where = ", ".join(dict.fromkeys(p for p in (venue, city, country_name_in(event.country, lang)) if p))
    first, last = event.start_date, event.end_date
    dates = Words((lang,)).days(first, last) if lang in LANGUAGES else long_day(first, lang)
    return {
        **person.values,
        "country": country_name_in(person.country, lang),
        "date_of_birth": long_day(person.born, lang) if person.born else "",
        "passport_number": person.passport or "",
        "nationality": country_name_in(person.nationality, lang) if person.nationality else "",
        "forum": event.name, "forum_short": event.short_name or event.name, "theme": event.theme or "",
        "dates": dates, "when": when_phrase(first, last, lang), "where": where,
        "first_day": long_day(first, lang), "last_day": long_day(last, lang), "venue": venue,
        "forum_city": city, "forum_country": country_name_in(event.country, lang),
        "days_attended": listed([long_day(d, lang) for d in person.attended], lang),
        "organiser": sender.organisation, "signatory": sender.signatory,
        "signatory_title": sender.signatory_title, "place": sender.place or city,
        "date": long_day(today, lang), "reference": reference, "number": str(number),
    }


# -- the register

def letter_register(store: Store) -> list[RegisterEntry]:
    """Every letter issued, by number."""
    with store.reading() as db:
        event = current_event(db)
        return [RegisterEntry(x.number, reference_of(event, x.kind, x.number), x.kind, x.language, x.template,
                              x.delegate_id, x.recipient, x.issued_at, x.issued_by)
                for x in db.scalars(sa.select(Letter).where(Letter.event_id == event.id)
                                    .order_by(Letter.number))]


def register_counts(store: Store) -> dict[str, int]:
    """How many letters of each kind were issued (kept after the closing)."""
    with store.reading() as db:
        event = current_event(db)
        return {kind: n for kind, n in db.execute(
            sa.select(Letter.kind, sa.func.count()).where(Letter.event_id == event.id).group_by(Letter.kind))}


def erase_register(db: DbSession, event_id: int) -> int:
    """The closing's part: the register keeps numbers, kinds, languages, templates and dates,
    and forgets for whom and by whom (called inside privacy.close_event's transaction)."""
    return changed_rows(db, sa.update(Letter).where(Letter.event_id == event_id)
                        .values(recipient=None, issued_by="—"))


# -- passport data

def passports_without_visa_letter(store: Store) -> list[tuple[int, str]]:
    """Delegates holding passport data who have no visa letter yet: (id, name)."""
    with store.reading() as db:
        event = current_event(db)
        with_letter = sa.select(Letter.delegate_id).where(
            Letter.event_id == event.id, Letter.kind == "visa", Letter.delegate_id.is_not(None))
        rows = db.execute(
            sa.select(Delegate.id, Delegate.honorific, Delegate.given_name, Delegate.family_name)
            .join(DelegateSensitive, DelegateSensitive.delegate_id == Delegate.id)
            .where(Delegate.event_id == event.id, DelegateSensitive.passport_number.is_not(None),
                   Delegate.id.not_in(with_letter))
            .order_by(Delegate.family_name, Delegate.given_name)).all()
    return [(i, " ".join(p for p in (h, g, f) if p)) for i, h, g, f in rows]


def erase_passports(store: Store, *, force: bool = False, dry_run: bool = False,
                    actor: str | None = None) -> PassportErasure:
    """Erase every delegate's passport data (number, date of birth, nationality) once the
    visa letters are issued; refused while someone with passport data has no visa letter,
    unless force. dry_run: say what would happen. Logged with the sensitive exports."""
    missing = passports_without_visa_letter(store)
    names = tuple(name for _, name in missing)
    if missing and not force and not dry_run:
        shown = ", ".join(names[:5])
        if len(names) > 5:
            shown += ", " + say("… and {n} more", n=len(names) - 5)
        raise MmdeskError(
            "{n} delegate with passport data has no visa letter yet ({shown}): print the visa letter "
            "first, or erase anyway with --force",
            plural="{n} delegates with passport data have no visa letter yet ({shown}): print their visa "
            "letters first, or erase anyway with --force",
            n=len(names), shown=shown, code="letters.delegate-passport-data")
    with store.transaction() as db:
        event = current_event(db)
        ids = sa.select(Delegate.id).where(Delegate.event_id == event.id).scalar_subquery()
        held = DelegateSensitive.delegate_id.in_(ids)
        rows = sa.select(sa.func.count()).select_from(DelegateSensitive).where(held)
        if dry_run:
            return PassportErasure(db.scalar(rows) or 0, names)
        secure = db.get_bind().dialect.name == "sqlite"
        if secure:  # erased numbers leave no trace in the file's freed pages
            db.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            erased = changed_rows(db, sa.delete(DelegateSensitive).where(held))
            db.add(ExportLog(event_id=event.id, actor=(actor or default_actor())[:120],
                             fields=["passport_data_erased"], rows=erased, target="—"))
            db.flush()
        finally:
            if secure:
                with contextlib.suppress(sa.exc.DBAPIError):
                    db.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
    return PassportErasure(erased, names)
