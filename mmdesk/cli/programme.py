"""mmdesk programme release|versions|changes, mmdesk speakers sort|level: programme versions,
what changed since one, and protocol order."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from mmdesk.cli.common import EXIT_OK, EXIT_USAGE, CommandError, opened, print_json, show_list
from mmdesk.cli.sessions import speaker_line
from mmdesk.domain.protocol import LEVEL_WORDS, RepresentationLevel
from mmdesk.i18n import _, say, say_n

if TYPE_CHECKING:
    from mmdesk.services.releases import VersionView
    from mmdesk.store.database import Store


def _version_words(number: int, at: datetime, zone: str) -> str:
    """A version and when it was released, on the venue's clock with the zone named (the desk's
    own clock may be another one)."""
    from mmdesk.date_words import moment_year

    return say("version {number} of {at}", number=number, at=f"{moment_year(at)} {zone}")


def _zone(store: Store) -> str:
    from mmdesk.services.events import get_event

    return get_event(store).time_zone


def _level_word(level: RepresentationLevel) -> str:
    """A level of representation in the user's language."""
    words = {RepresentationLevel.HEAD_OF_STATE: _("head of state or government"),
             RepresentationLevel.MINISTER: _("minister"), RepresentationLevel.MAYOR: _("mayor or governor"),
             RepresentationLevel.DEPUTY: _("deputy"),
             RepresentationLevel.SENIOR_OFFICIAL: _("senior official"),
             RepresentationLevel.OTHER: _("other")}
    return words.get(level, LEVEL_WORDS[level].lower())


def _version_json(v: VersionView) -> dict[str, object]:
    return {"number": v.number, "released_at": v.released_at.isoformat() + "Z",
            "released_local": v.released_local.isoformat(), "released_by": v.released_by,
            "note": v.note, "sessions": v.sessions}


def cmd_release(args: argparse.Namespace) -> int:
    from mmdesk.services.releases import changes_since, list_versions, release_programme

    with opened(args) as store:
        changed = len(changes_since(store).changes) if list_versions(store) else None
        v = release_programme(store, args.note)
        zone = _zone(store)
    text = say("released programme {version} by {who}: {sessions}",
               version=_version_words(v.number, v.released_local, zone), who=v.released_by,
               sessions=say_n("{n} session", "{n} sessions", v.sessions))
    if changed is not None:
        text = say_n("{text}, {n} change since version {number}",
                     "{text}, {n} changes since version {number}", changed, text=text, number=v.number - 1)
    print(text + (f" — {v.note}" if v.note else ""))
    return EXIT_OK


def cmd_versions(args: argparse.Namespace) -> int:
    from mmdesk.date_words import moment_year
    from mmdesk.services.releases import list_versions

    with opened(args) as store:
        versions = list_versions(store)
        zone = _zone(store)
    return show_list(args, versions, _version_json,
                     _("no programme version released yet; release one with: "
                       "mmdesk programme release --note TEXT"),
                     lambda found: (f"{v.number:3}  {moment_year(v.released_local)} {zone}  {v.released_by}  "
                                    + say_n("{n} session", "{n} sessions", v.sessions)
                                    + (f"  {v.note}" if v.note else "") for v in found))


def cmd_changes(args: argparse.Namespace) -> int:
    from mmdesk.date_words import moment
    from mmdesk.i18n import language
    from mmdesk.printing.changes import describe
    from mmdesk.printing.words import Words
    from mmdesk.services.releases import changes_since

    with opened(args) as store:
        report = changes_since(store, args.since, args.to)
        zone = _zone(store)
    since = report.since
    if args.json:
        print_json({
            "since": _version_json(since),
            "until": _version_json(report.until) if report.until else None,
            "changes": [c.to_json() for c in report.changes],
        })
        return EXIT_OK
    until = _version_words(report.until.number, report.until.released_local, zone) if report.until \
        else _("the programme as it is now")
    print(say("changes from {since} to {until}: {count}",
              since=_version_words(since.number, since.released_local, zone), until=until,
              count=len(report.changes) or _("none")))
    last: int | None = None
    words = Words((language(),))
    for c in report.changes:
        if c.session_id != last:
            print(f"{moment(c.starts_at)}  {c.title}" + (f" ({c.room})" if c.room else ""))
            last = c.session_id
        print(f"    {describe(c, words)}")
    return EXIT_OK


def cmd_speakers_sort(args: argparse.Namespace) -> int:
    from mmdesk.services.programme import find_session, get_session
    from mmdesk.services.protocol import protocol_sort

    if not args.protocol:
        raise CommandError(
            "say how to sort: --protocol (by level of representation, then request time)",
            EXIT_USAGE, code="programme.say-how-sort")
    with opened(args) as store:
        session = find_session(store, args.session)
        before, after = protocol_sort(store, session.id)
        shown = get_session(store, session.id)
    if before == after:
        print(say("“{title}”: the speakers are already in protocol order", title=shown.title))
    else:
        print(say("“{title}”: speakers now in protocol order", title=shown.title))
    for x in shown.slots:
        print(speaker_line(x))
    return EXIT_OK


def cmd_speakers_level(args: argparse.Namespace) -> int:
    from mmdesk.cli.common import find_delegate
    from mmdesk.services.delegates import get_delegate_input, update_delegate

    with opened(args) as store:
        delegate_id = find_delegate(store, args.who)
        data, version = get_delegate_input(store, delegate_id)
        data.level = args.level
        view = update_delegate(store, delegate_id, data, expected_version=version)
    print(say("{name}: {level}", name=view.full_name, level=_level_word(RepresentationLevel(args.level))))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    programme = sub.add_parser("programme", help="release a version of the programme; what changed since one")
    actions = programme.add_subparsers(dest="action", metavar="ACTION", required=True)
    release = actions.add_parser("release", help="keep the programme as it stands as the next version")
    release.add_argument("--note", help="what this version is (e.g. “after the mayors' call”)")
    release.set_defaults(run=cmd_release)
    versions = actions.add_parser("versions", help="the released versions")
    versions.add_argument("--json", action="store_true")
    versions.set_defaults(run=cmd_versions)
    changes = actions.add_parser("changes", help="what changed since a version (default: the latest)")
    changes.add_argument("--since", type=int, metavar="N",
                         help="the version to compare from (default: the latest)")
    changes.add_argument("--to", type=int, metavar="M",
                         help="a later version to compare with (default: the programme as it is now)")
    changes.add_argument("--json", action="store_true", help="stable codes, for scripts")
    changes.set_defaults(run=cmd_changes)
    speakers = sub.add_parser("speakers", help="order a session's speakers by protocol; a delegate's level")
    speaker_actions = speakers.add_subparsers(dest="action", metavar="ACTION", required=True)
    sort = speaker_actions.add_parser(
        "sort", help="sort a session's speakers by protocol: level of representation ("
                     + ", ".join(LEVEL_WORDS[x].lower() for x in RepresentationLevel)
                     + "), then request time")
    sort.add_argument("--session", required=True, metavar="TITLE_OR_ID")
    sort.add_argument("--protocol", action="store_true", help="by level of representation, then request time")
    sort.set_defaults(run=cmd_speakers_sort)
    level = speaker_actions.add_parser("level", help="set a delegate's level of representation")
    level.add_argument("who", metavar="WHO")
    level.add_argument("level", choices=[x.value for x in RepresentationLevel])
    level.set_defaults(run=cmd_speakers_level)
