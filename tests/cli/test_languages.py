"""The command line in French and Spanish: `check`, a refusal, check-in results, JSON codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mmdesk import i18n
from mmdesk.cli import main
from mmdesk.store.database import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _badge_code(demo_path: Path) -> str:
    from mmdesk.services.delegates import search_delegates
    from mmdesk.services.keys import code_for_delegate

    store = Store.open(demo_path)
    try:
        return code_for_delegate(store, search_delegates(store, "plante")[0].id)
    finally:
        store.close()


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ("ERREUR", "est dans deux séances à la fois", "erreurs,", "Voies d’accréditation")),
    ("es", ("ERROR", "está en dos sesiones a la vez", "errores,", "Vías de acreditación")),
])
def test_check_speaks_the_chosen_language(demo_path: Path, capsys: pytest.CaptureFixture[str],
                                          language: str, words: tuple[str, ...]) -> None:
    code, out, err = run(capsys, "--language", language, "--db", str(demo_path), "check")
    assert code == 1 and err == ""
    for w in words:
        assert w in out
    for english in ("is in two sessions at once", "error(s)", "Accreditation routes", " used, ", "speaker_"):
        assert english not in out


def test_check_json_keeps_codes_and_translates_messages(demo_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--db", str(demo_path), "check", "--json")
    english = json.loads(out)
    _, out, _ = run(capsys, "--language", "fr", "--db", str(demo_path), "check", "--json")
    french = json.loads(out)
    assert [f["rule"] for f in french["findings"]] == [f["rule"] for f in english["findings"]]
    assert [f["severity"] for f in french["findings"]] == [f["severity"] for f in english["findings"]]
    clash = next(f for f in french["findings"] if f["rule"] == "speaker_double_booked")
    assert "est dans deux séances à la fois" in clash["message"]
    pairs = zip(french["findings"], english["findings"], strict=True)
    assert all(f["message"] != e["message"] for f, e in pairs)


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "aucune salle appelée 'Ballroom' (salles : "),
    ("es", "ninguna sala se llama 'Ballroom' (salas: "),
])
def test_a_refusal_in_french_and_spanish(demo_path: Path, capsys: pytest.CaptureFixture[str],
                                         language: str, expected: str) -> None:
    code, out, err = run(capsys, "--language", language, "--db", str(demo_path), "checkin",
                         _badge_code(demo_path), "--room", "Ballroom")
    assert code == 1 and out == ""
    assert err.startswith("mmdesk: " + expected) and "no room called" not in err


def test_a_usage_refusal_in_spanish(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--language", "es", "--db", str(demo_path), "check", "--buffer", "-1")
    assert code == 2 and err.strip() == "mmdesk: --buffer debe ser de 0 minutos o más"


def test_check_in_results_in_french(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, code = str(demo_path), _badge_code(demo_path)
    status, out, _ = run(capsys, "--language", "fr", "--db", db, "checkin", code, "--desk", "Desk 1",
                         "--at", "2019-11-20T08:50")
    assert status == 0 and out.startswith("ADMIS : Mayor Valérie Plante")
    assert "entrée autorisée dans l’enceinte" in out
    status, out, _ = run(capsys, "--language", "fr", "--db", db, "checkin", code, "--desk", "Desk 2",
                         "--at", "2019-11-20T08:52")
    assert status == 3 and "entrée déjà enregistrée dans l’enceinte à 08:50 (Desk 1)" in out
    assert "already" not in out
    status, out, _ = run(capsys, "--language", "fr", "--db", db, "checkin", code[:-2] + "AA")
    assert status == 1 and out.startswith("REFUSÉ : code falsifié")


def test_check_in_results_in_spanish(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, code = str(demo_path), _badge_code(demo_path)
    run(capsys, "--db", db, "checkin", code, "--desk", "Desk 1", "--at", "2019-11-20T08:50")
    status, out, _ = run(capsys, "--language", "es", "--db", db, "checkin", code, "--desk", "Desk 2",
                         "--at", "2019-11-20T08:52")
    assert status == 3 and out.startswith("YA ENTRÓ: ")
    assert "entrada ya registrada en el recinto a las 08:50 (Desk 1)" in out


def test_language_comes_from_the_environment(demo_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MMDESK_LANGUAGE")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MESSAGES", "es_ES.UTF-8")
    _, out, _ = run(capsys, "--db", str(demo_path), "check")
    assert "está en dos sesiones a la vez" in out
    monkeypatch.setenv("MMDESK_LANGUAGE", "fr")
    _, out, _ = run(capsys, "--db", str(demo_path), "check")
    assert "est dans deux séances à la fois" in out
    _, out, _ = run(capsys, "--language", "en", "--db", str(demo_path), "check")
    assert "is in two sessions at once" in out


def test_environment_rules() -> None:
    assert i18n.language_from_environment({"LANG": "fr_CA.UTF-8"}) == "fr"
    assert i18n.language_from_environment({"LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.language_from_environment({"LC_ALL": "C", "LANG": "es_ES"}) == "en"
    assert i18n.language_from_environment({"MMDESK_LANGUAGE": "es", "LANG": "fr_FR"}) == "es"
    assert i18n.language_from_environment({}) == "en"


def test_plurals_follow_each_language() -> None:
    i18n.set_language("fr")
    said = [i18n.say_n("{n} error", "{n} errors", n) for n in (0, 1, 2)]
    assert said == ["0 erreur", "1 erreur", "2 erreurs"]
    i18n.set_language("es")
    said = [i18n.say_n("{n} error", "{n} errors", n) for n in (0, 1, 2)]
    assert said == ["0 errores", "1 error", "2 errores"]


def test_every_message_is_translated_with_its_placeholders() -> None:
    import re

    from babel.messages.pofile import read_po

    for code in ("fr", "es"):
        with i18n.catalogue_source(code).open("rb") as f:
            catalog = read_po(f, locale=code)
        for m in catalog:
            if not m.id:
                continue
            ids = m.id if isinstance(m.id, tuple) else (m.id,)
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            holes = set(re.findall(r"\{(\w+)\}", " ".join(ids)))
            for s in strings:
                assert s, (code, m.id)
                assert set(re.findall(r"\{(\w+)\}", s)) == holes, (code, m.id, s)
                # no "délégué(s)", "admis(e)", "aprobado/a": plurals by ngettext, words that need neither
                assert not re.search(r"\w\((s|es|e)\)|\w/as?\b", s), (code, m.id, s)


def test_catalogues_hold_every_sentence_of_the_code() -> None:
    """A refusal or check-in sentence added to the code is in both catalogues (run
    scripts/extract_messages.py and translate it, like the window's .ts files)."""
    import importlib.util

    from babel.messages.pofile import read_po

    root = Path(__file__).resolve().parents[2]
    script = root / "scripts" / "extract_messages.py"
    spec = importlib.util.spec_from_file_location("extract_messages", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    wanted = set(module.collect())
    for code in ("fr", "es"):
        with i18n.catalogue_source(code).open("rb") as f:
            catalog = read_po(f, locale=code)
        held = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id) for m in catalog if m.id}
        assert wanted <= held, f"{code}: run scripts/extract_messages.py: {sorted(wanted - held)[:5]}"


def test_a_known_sentence_keeps_its_values_and_unknown_text_is_left_alone() -> None:
    i18n.set_language("es")
    assert i18n.translate_message("route Media is full: 3 of 3 places taken") == \
        "la vía Media está completa: 3 de 3 plazas ocupadas"
    assert i18n.translate_message("Dr. Ana Ruiz") == "Dr. Ana Ruiz"
    i18n.set_language("en")
    assert i18n.translate_message("route Media is full: 3 of 3 places taken") == \
        "route Media is full: 3 of 3 places taken"


def test_an_import_report_and_its_refusal_in_french(demo_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "list.csv"
    source.write_text("First name,Last name,Email,Country\nAna,Ruiz,ana@example.org,Ecuador\n"
                      "Bob,Lee,bob@x,Narnia\n", encoding="utf-8")
    code, out, err = run(capsys, "--language", "fr", "--db", str(demo_path), "import", "delegates",
                         str(source), "--dry-run")
    assert code == 1 and out == ""
    assert err.splitlines() == ["mmdesk: rien n’a été importé : 1 problème dans le fichier",
                                "ligne 3 : pas une adresse e-mail : 'bob@x'"]
    code, out, _ = run(capsys, "--language", "fr", "--db", str(demo_path), "import", "delegates",
                       str(source), "--dry-run", "--skip-invalid")
    assert code == 0
    assert out.startswith("vérifié list.csv : 2 lignes : à importer : 1, fusionnés : 0, ignorés : 0 ; "
                          "1 problème ; 1 avertissement")
    assert "ligne 3 : pays inconnu 'Narnia' : laissé vide (les plus proches : Arménie (AM)" in out
    assert "row" not in out and "closest" not in out
