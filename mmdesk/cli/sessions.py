"""mmdesk session add|list|show|duplicate|remove, mmdesk speaker add, mmdesk invite|uninvite:
the programme from the command line."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mmdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    find_delegate,
    opened,
    print_json,
    show_list,
)
from mmdesk.date_words import long_day, moment
from mmdesk.domain.enums import SessionAccess, SessionKind, SessionStatus, SlotMode, SlotRole
from mmdesk.i18n import _, say, say_n

if TYPE_CHECKING:
    from mmdesk.services.programme import SessionView, SlotView


def parse_time(value: str, option: str, day: datetime | None = None) -> datetime:
    """"YYYY-MM-DD HH:MM" (or HH:MM on the day of `day`), in the forum's time zone."""
    text = value.strip().replace("T", " ")
    try:
        if day is not None and len(text) <= 5 and ":" in text:
            hours, minutes = (int(x) for x in text.split(":"))
            return day.replace(hour=hours, minute=minutes, second=0, microsecond=0)
        return datetime.fromisoformat(text).replace(second=0, microsecond=0)
    except ValueError:
        raise CommandError(
            "{option} wants a time like \"2022-05-17 10:00\", not {value}",
            EXIT_USAGE, option=option, value=repr(value), code="sessions.wants-time-like") from None


def enum_word(value: object) -> str:
    """A session's kind, access or status, or a speaker's role, in the user's language."""
    from mmdesk.domain.enums import KIND_LABELS

    if isinstance(value, SessionKind):
        return _(KIND_LABELS[value])
    words = {SessionAccess.OPEN: _("open"), SessionAccess.INVITATION: _("by invitation"),
             SessionAccess.CLOSED: _("closed"), SessionStatus.TBC: _("to be confirmed"),
             SessionStatus.CONFIRMED: _("confirmed"), SessionStatus.CANCELLED: _("cancelled"),
             SlotRole.OPENING_REMARKS: _("opening remarks"), SlotRole.KEYNOTE: _("keynote"),
             SlotRole.PANELLIST: _("panellist"), SlotRole.MODERATOR: _("moderator"),
             SlotRole.RESPONDENT: _("respondent"), SlotRole.FLOOR_INTERVENTION: _("floor intervention"),
             SlotRole.CLOSING_REMARKS: _("closing remarks"), SlotRole.RAPPORTEUR: _("rapporteur")}
    return words.get(value, str(getattr(value, "value", value)).replace("_", " "))  # type: ignore[call-overload]


def cmd_session_add(args: argparse.Namespace) -> int:
    from mmdesk.services.programme import SessionInput, create_session
    from mmdesk.services.venue import find_room

    starts = parse_time(args.start, "--start")
    ends = parse_time(args.end, "--end", starts)
    with opened(args) as store:
        room = find_room(store, args.room) if args.room else None
        moderator = find_delegate(store, args.moderator) if args.moderator else None
        s = create_session(store, SessionInput(
            title=args.title, kind=args.kind, starts_at=starts, ends_at=ends,
            room_id=room.id if room else None, host=args.host, co_chairs=list(args.co_chair or []),
            moderator_id=moderator, access=args.access, status=args.status, series=args.series,
            expected_attendance=args.expected))
    print(say("added session {id}: “{title}” {start}–{end} in {room} ({access})" if s.room
              else "added session {id}: “{title}” {start}–{end} ({access})", id=s.id, title=s.title,
              start=moment(s.starts_at), end=f"{s.ends_at:%H:%M}", room=s.room, access=enum_word(s.access)))
    return EXIT_OK


def _session_json(s: SessionView) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "kind": s.kind.value, "starts_at": s.starts_at.isoformat(),
            "ends_at": s.ends_at.isoformat(), "room": s.room, "access": s.access.value,
            "status": s.status.value, "host": s.host, "co_chairs": list(s.co_chairs),
            "moderator": s.moderator,
            "speakers": [{"name": x.delegate_name, "role": x.role.value, "minutes": x.minutes}
                         for x in s.slots]}


def cmd_session_list(args: argparse.Namespace) -> int:
    from mmdesk.services.programme import list_sessions

    with opened(args) as store:
        sessions = list_sessions(store)
    return show_list(args, sessions, _session_json,
                     _('no sessions yet; add one with: mmdesk session add TITLE --kind plenary '
                       '--start "YYYY-MM-DD HH:MM" --end HH:MM --room ROOM'),
                     lambda found: (f"{s.id:4}  {moment(s.starts_at)}–{s.ends_at:%H:%M}  "
                                    f"{s.room or _('(no room)')}: {s.title} "
                                    f"[{enum_word(s.kind)}, {enum_word(s.access)}]" for s in found))


def speaker_line(x: SlotView) -> str:
    """A speaker of a session as the commands list them: "  2. Ana Pérez (keynote, 10 min)"."""
    return "  " + say("{position}. {name} ({role}, {minutes} min)", position=x.position, name=x.delegate_name,
                      role=enum_word(x.role), minutes=x.minutes)


def cmd_session_show(args: argparse.Namespace) -> int:
    from mmdesk.services.programme import find_session, invitees

    with opened(args) as store:
        s = find_session(store, args.session)
        invited = invitees(store, s.id)
    if args.json:
        out = _session_json(s)
        out["invited"] = [{"id": i, "name": n} for i, n in invited]
        print_json(out)
        return EXIT_OK
    print(f"{s.id}: {s.title}")
    print(f"  {long_day(s.starts_at.date())} {s.starts_at:%H:%M}–{s.ends_at:%H:%M}, "
          f"{s.room or _('no room')}; {enum_word(s.kind)}, {enum_word(s.access)}, {enum_word(s.status)}")
    if s.host:
        print("  " + say("host: {host}", host=s.host))
    if s.co_chairs:
        print("  " + say("co-chairs: {names}", names="; ".join(s.co_chairs)))
    if s.moderator:
        print("  " + say("moderator: {name}", name=s.moderator))
    for x in s.slots:
        print(speaker_line(x))
    if invited or s.access is not SessionAccess.OPEN:
        print("  " + say("invited ({n}): {names}", n=len(invited),
                         names=", ".join(n for _i, n in invited) or _("nobody yet")))
    return EXIT_OK


def cmd_session_remove(args: argparse.Namespace) -> int:
    from mmdesk.services.programme import delete_session, find_session

    with opened(args) as store:
        s = find_session(store, args.session, exact=True)  # a removal never guesses
        delete_session(store, s.id)
    print(say_n("removed session {id}: “{title}” with its {n} speaker and invitations",
                "removed session {id}: “{title}” with its {n} speakers and invitations", len(s.slots),
                id=s.id, title=s.title))
    return EXIT_OK


def cmd_session_duplicate(args: argparse.Namespace) -> int:
    from mmdesk.services.programme import duplicate_session, find_session

    with opened(args) as store:
        copy = duplicate_session(store, find_session(store, args.session).id)
    print(say("added session {id}: “{title}” (tentative, same time, room and speakers)", id=copy.id,
              title=copy.title))
    return EXIT_OK


def cmd_speaker_add(args: argparse.Namespace) -> int:
    from mmdesk.services.delegates import get_delegate
    from mmdesk.services.programme import add_slot, find_session

    if args.minutes <= 0:
        raise CommandError("--minutes must be more than 0", EXIT_USAGE, code="sessions.minutes-must-more")
    with opened(args) as store:
        s = find_session(store, args.session)
        d = get_delegate(store, find_delegate(store, args.who))
        s = add_slot(store, s.id, d.id, args.role, minutes=args.minutes, mode=args.mode,
                     position=args.position)
    print(say("{name} speaks in “{title}” ({role}, {minutes} min; {speakers}, {used} of {total} min)",
              name=d.full_name, title=s.title, role=enum_word(SlotRole(args.role)), minutes=args.minutes,
              speakers=say_n("{n} speaker", "{n} speakers", len(s.slots)), used=s.speaking_minutes,
              total=s.minutes))
    return EXIT_OK


def _invite(args: argparse.Namespace, add: bool) -> int:
    from mmdesk.services.programme import find_session, invite, invitees, uninvite

    with opened(args) as store:
        s = find_session(store, args.session)
        ids = list(dict.fromkeys(find_delegate(store, who) for who in args.who))
        n = (invite if add else uninvite)(store, s.id, ids)
        total = len(invitees(store, s.id))
    text = (say_n("invited {n} delegate to “{title}” ({total} invited)",
                  "invited {n} delegates to “{title}” ({total} invited)", n, title=s.title, total=total)
            if add else say_n("took {n} delegate off “{title}” ({total} invited)",
                       "took {n} delegates off “{title}” ({total} invited)", n, title=s.title, total=total))
    if add and s.access is SessionAccess.OPEN:
        text = say("{text}; the session is open to all accredited delegates anyway", text=text)
    print(text)
    return EXIT_OK


def cmd_invite(args: argparse.Namespace) -> int:
    return _invite(args, True)


def cmd_uninvite(args: argparse.Namespace) -> int:
    return _invite(args, False)


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    session = sub.add_parser("session", help="add, list, show, duplicate or remove programme sessions")
    actions = session.add_subparsers(dest="action", metavar="ACTION", required=True,
                                     parser_class=type(session))
    add = actions.add_parser("add", help="add a session (within the forum's days)")
    add.add_argument("title", metavar="TITLE")
    add.add_argument("--kind", required=True, choices=[k.value for k in SessionKind])
    add.add_argument("--start", required=True, metavar='"YYYY-MM-DD HH:MM"',
                     help="venue time (the forum's time zone)")
    add.add_argument("--end", required=True, metavar='"YYYY-MM-DD HH:MM"|HH:MM',
                     help="venue time; HH:MM alone is on the start's day")
    add.add_argument("--room", metavar="R", help="the room's name or id")
    add.add_argument("--access", default="open", choices=[a.value for a in SessionAccess],
                     help="open (default), invitation (invited delegates only) or closed")
    add.add_argument("--status", default="confirmed", choices=[s.value for s in SessionStatus])
    add.add_argument("--moderator", metavar="WHO", help="a delegate id, e-mail or name")
    add.add_argument("--co-chair", action="append", metavar="TEXT", help="a co-chair (repeat)")
    add.add_argument("--host", metavar="TEXT", help="who hosts it")
    add.add_argument("--series", metavar="TEXT", help="e.g. Roundtable 1")
    add.add_argument("--expected", type=int, metavar="N", help="expected attendance")
    add.set_defaults(run=cmd_session_add)
    list_ = actions.add_parser("list", help="the programme in time order")
    list_.add_argument("--json", action="store_true", help="print it as JSON")
    list_.set_defaults(run=cmd_session_list)
    show = actions.add_parser("show", help="a session with its speakers and invited delegates")
    show.add_argument("session", metavar="TITLE_OR_ID")
    show.add_argument("--json", action="store_true", help="print it as JSON")
    show.set_defaults(run=cmd_session_show)
    dup = actions.add_parser("duplicate", help="copy a session (tentative, “(copy)”)")
    dup.add_argument("session", metavar="TITLE_OR_ID")
    dup.set_defaults(run=cmd_session_duplicate)
    remove = actions.add_parser("remove", help="remove a session with its speakers and invitations")
    remove.add_argument("session", metavar="TITLE_OR_ID")
    remove.set_defaults(run=cmd_session_remove)

    speaker = sub.add_parser("speaker", help="add a speaker to a session")
    speaker_actions = speaker.add_subparsers(dest="action", metavar="ACTION", required=True,
                                             parser_class=type(speaker))
    sadd = speaker_actions.add_parser("add", help="give a delegate a speaking slot (at the end)")
    sadd.add_argument("who", metavar="WHO", help="a delegate id, e-mail or name")
    sadd.add_argument("--session", required=True, metavar="TITLE_OR_ID")
    sadd.add_argument("--role", required=True, choices=[r.value for r in SlotRole])
    sadd.add_argument("--minutes", type=int, default=5, metavar="N", help="speaking minutes (default 5)")
    sadd.add_argument("--mode", default="in_person", choices=[m.value for m in SlotMode])
    sadd.add_argument("--position", type=int, metavar="N", help="1-based place in the order")
    sadd.set_defaults(run=cmd_speaker_add)

    for name, run, words in (("invite", cmd_invite, "invite delegates to a session"),
                             ("uninvite", cmd_uninvite, "take delegates off a session's invitations")):
        p = sub.add_parser(name, help=words)
        p.add_argument("who", nargs="+", metavar="WHO", help="delegate ids, e-mails or names")
        p.add_argument("--session", required=True, metavar="TITLE_OR_ID")
        p.set_defaults(run=run)
