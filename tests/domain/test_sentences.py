"""A sentence reported as data (a warning, a reason): said in the reader's language."""

from __future__ import annotations

from datetime import datetime

from mmdesk import i18n
from mmdesk.domain.sentences import Joined, Sentence


def test_a_sentence_is_said_in_the_current_language_with_its_moments_and_words() -> None:
    said = Sentence("this kit ({written} UTC) is older than the one imported before ({asof} UTC); its "
                    "revocations were added", written=datetime(2019, 11, 19, 10),
                    asof=datetime(2019, 11, 20, 8), code="keys.kit-older-than-imported")
    assert said.english == ("this kit (19 Nov 10:00 UTC) is older than the one imported before "
                            "(20 Nov 08:00 UTC); its revocations were added")
    assert said.message("fr").startswith("ce kit (19 nov. 10:00 UTC) est plus ancien")
    assert said.message("es").startswith("este kit (19 nov 10:00 UTC) es más antiguo")
    i18n.set_language("es")
    assert str(said) == said.message("es")
    assert said.as_data() == {"code": "keys.kit-older-than-imported", "message": said.message("es"),
                              "values": {"written": "2019-11-19 10:00:00", "asof": "2019-11-20 08:00:00"}}
    words = Sentence("no passport data ({missing} missing): add it to the delegate first",
                     missing=Joined(["passport number", "nationality"]), code="letters.no-passport-data")
    assert "(falta: número de pasaporte, nacionalidad)" in str(words)
    assert words.english.startswith("no passport data (passport number, nationality missing)")
    same = Sentence(words.template, code=words.code, missing=Joined(["passport number", "nationality"]))
    assert words == same
    assert words.as_data()["values"] == {"missing": "passport number, nationality"}
