"""The printed documents, one module each (programme_booklet, doorsigns, itineraries, runsheets,
tentcards, participants, signatories; their shared styles in styles.py and schedule.py),
gathered under their old names for the callers that import them from here."""

from __future__ import annotations

from mmdesk.domain.collation import collation_key
from mmdesk.printing.doorsigns import door_signs
from mmdesk.printing.itineraries import itineraries
from mmdesk.printing.participants import participants
from mmdesk.printing.programme_booklet import KIND_COLOURS, PrintedDayGrid, programme
from mmdesk.printing.runsheets import clock_times, run_sheets
from mmdesk.printing.schedule import ROLE_WORDS
from mmdesk.printing.signatories import signatories_pdf
from mmdesk.printing.styles import DARK, GREY, RED, P
from mmdesk.printing.tentcards import tent_cards

__all__ = [
    "DARK", "GREY", "KIND_COLOURS", "RED", "ROLE_WORDS", "P", "PrintedDayGrid", "clock_times",
    "collation_key", "door_signs", "itineraries", "participants", "programme", "run_sheets",
    "signatories_pdf", "tent_cards",
]
