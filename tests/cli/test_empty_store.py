"""Every command of `mmdesk --help` on a store that holds no forum yet: one line on stderr,
no traceback, nothing changed, and where the command needs a forum, the next step
(`mmdesk forum new …`) in words that work."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from mmdesk.cli import build_parser, main
from mmdesk.store.database import Store
from tests.conftest import dump

#: what a required value is, by the argument's metavar or destination
VALUES = {
    "WHO": "Ana López", "NAME": "Media", "TITLE": "Opening", "TITLE_OR_ID": "Opening",
    "CODE_OR_NAME": "MF-000001", "DOCUMENT": "Passport copy", "URL": "postgresql://nobody@127.0.0.1:1/x",
    "TZ": "UTC", "DATE": "2022-05-17", "start": "2022-05-17 10:00", "end": "11:00", "name": "Forum",
    "session": "Opening", "route": "Media",
}

#: commands whose work does not need a forum in the store (they may succeed: exit 0)
NO_FORUM_NEEDED = {
    ("demo",), ("forum", "new"), ("backup",), ("restore",), ("template", "forum"), ("import", "forum"),
    ("serve-setup",), ("key", "import"), ("import", "keys"),
}

#: options a command needs to get as far as its work (not a usage error first)
EXTRA = {
    ("accredit", "reject"): ["--reason", "no documents"],
    ("forum", "edit"): ["--name", "Another name"],
    ("room", "edit"): ["--capacity", "10"],
    ("delegate", "add"): ["--given", "Ana", "--family", "López"],
    ("speakers", "sort"): ["--protocol"],
}


def _file_for(path: tuple[str, ...]) -> str:
    """A file name with the extension the command wants (inputs are made by the fixture)."""
    if path[0] == "print":
        return "out.pdf"
    if path[0] in ("export", "template"):
        return {"keys": "keys.json"}.get(path[-1], f"{path[-1]}.xlsx")
    if path[0] == "import":
        return {"delegates": "in/delegates.xlsx", "programme": "in/programme.xlsx"}.get(
            path[-1], f"missing-{path[-1]}.xlsx")
    if path[0] == "restore":
        return "missing-backup.sqlite3"
    if path == ("backup",):
        return "copy.sqlite3"
    return f"{'-'.join(path)}.file"


def _commands() -> list[tuple[tuple[str, ...], list[str]]]:
    """(command path, argv) for every leaf command, each choice of a positional spelled out."""
    out: list[tuple[tuple[str, ...], list[str]]] = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if subs:
            for name, child in subs[0].choices.items():
                walk(child, (*path, name))
            return
        variants: list[tuple[tuple[str, ...], list[str]]] = [(path, [*path])]
        for a in parser._actions:
            if isinstance(a, argparse._HelpAction) or not (a.required or not a.option_strings):
                continue
            key = a.metavar if a.metavar in VALUES else a.dest
            if not a.option_strings and a.choices:  # export delegates|programme|…: one run each
                variants = [((*p, c), [*argv, c]) for p, argv in variants for c in a.choices]
                continue
            for p, argv in variants:
                if a.dest == "file":
                    value = _file_for(p)
                elif a.choices:
                    value = next(iter(a.choices))
                else:
                    value = VALUES.get(key, VALUES.get(a.dest, "x"))
                argv.extend([*a.option_strings[:1], value])
        out.extend((p, [*argv, *EXTRA.get(p, [])]) for p, argv in variants)

    walk(build_parser(), ())
    return out


COMMANDS = _commands()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, _demo_template: Path) -> Path:
    """Real files to import (exported from the demo), so an import is refused for the store."""
    from mmdesk.services import exchange

    folder = tmp_path_factory.mktemp("inputs")
    (folder / "in").mkdir()
    store = Store.open(shutil.copy(_demo_template, folder / "demo.sqlite3"))
    for _ in exchange.export_delegates(store, folder / "in" / "delegates.xlsx", None):
        pass
    exchange.export_programme(store, folder / "in" / "programme.xlsx")
    store.close()
    return folder


def test_every_command_is_covered() -> None:
    names = {p[0] for p, _ in COMMANDS}
    assert {"forum", "room", "route", "delegate", "session", "speaker", "invite", "nominate", "accredit",
            "check", "export", "import", "print", "checkin", "backup", "restore", "close-event",
            "demo"} <= names
    assert len(COMMANDS) > 50


@pytest.mark.parametrize(("path", "argv"), COMMANDS, ids=[" ".join(a) for _, a in COMMANDS])
def test_command_on_an_empty_store(path: tuple[str, ...], argv: list[str], db_path: Path, inputs: Path,
                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    for item in (inputs / "in").iterdir():
        (tmp_path / "in").mkdir(exist_ok=True)
        shutil.copy(item, tmp_path / "in" / item.name)
    monkeypatch.chdir(tmp_path)
    before = dump(db_path)
    code = main(["--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "unexpected error" not in err and "database error" not in err, err
    lines = err.strip().splitlines()
    if path in NO_FORUM_NEEDED:
        assert code in (0, 1, 2) and len(lines) <= 1, err
        return
    assert code in (1, 2), (code, out)
    assert len(lines) == 1, err
    if code == 1:  # refused for the store (a usage error, exit 2, is about the words typed)
        assert "mmdesk forum new --name" in lines[0] and "mmdesk demo" in lines[0], lines[0]
    assert dump(db_path) == before
