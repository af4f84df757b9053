"""The Speakers cell of the drafting sheet, written and read back."""

from __future__ import annotations

import itertools

from mmdesk.domain.enums import SlotMode, SlotRole
from mmdesk.domain.speaker_cells import SpeakerCell, read_speaker, read_speakers, speaker_text


def test_what_is_written_reads_back_the_same() -> None:
    for role, mode in itertools.product(SlotRole, SlotMode):
        text = speaker_text("Valérie Plante", role, 12, mode)
        assert read_speaker(text) == SpeakerCell("Valérie Plante", role, 12, mode)
    assert speaker_text("Yvonne Aki-Sawyerr", SlotRole.KEYNOTE, 10, SlotMode.IN_PERSON) == \
        "Yvonne Aki-Sawyerr (keynote, 10 min)"


def test_a_drafter_s_own_words_in_any_order() -> None:
    cell = "Ana Pérez (Remote, 7', Panelist);  ; Bo Li; Chen (8 minutes, OPENING)"
    assert read_speakers(cell) == [
        SpeakerCell("Ana Pérez", SlotRole.PANELLIST, 7, SlotMode.REMOTE),
        SpeakerCell("Bo Li"),
        SpeakerCell("Chen", SlotRole.OPENING_REMARKS, 8),
    ]
    assert read_speakers(None) == read_speakers("") == []


def test_what_cannot_be_read_is_named() -> None:
    unread = read_speaker("Ana (keynote, soon)")
    assert unread.problems == ("Ana: cannot read 'soon' (role, minutes or mode)",)
    assert read_speaker("Ana (0 min)").problems == ("Ana: minutes must be more than 0",)
