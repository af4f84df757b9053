"""`mmdesk export delegates --filter` takes a category or a state in the user's words (issue 18)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mmdesk.cli import main


@pytest.mark.parametrize("code,category,state", [("fr", "Société civile", "approuvée"),
                                                 ("es", "sociedad civil", "aprobada"),
                                                 ("en", "Civil society", "approved")])
def test_the_export_filter_takes_translated_words(demo_path: Path, tmp_path: Path, code: str,
                                                 category: str, state: str) -> None:
    target = tmp_path / "civil.csv"
    assert main(["--language", code, "--db", str(demo_path), "export", "delegates", str(target),
                 "--filter", f"category={category}"]) == 0
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 3  # the demo's two from civil society
    assert main(["--language", code, "--db", str(demo_path), "export", "delegates", str(target),
                 "--filter", f"state={state}"]) == 0
    with open(target, encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == 18  # seventeen approved
