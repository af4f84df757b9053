"""The header row of mmdesk's own delegate export, in each of its languages, is recognised
column by column (issue 18: a French or Spanish export imports back)."""

from __future__ import annotations

import pytest

from mmdesk import i18n
from mmdesk.services.delegate_import_words import export_headers
from mmdesk.services.exchange import COLUMNS
from mmdesk.spreadsheets.headers import field_of, recognise

#: export columns the import does not read back (the date of registration, the photo's file name)
UNREAD = {"registered", "photo"}


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_every_header_of_the_export_is_recognised_in_its_language(code: str) -> None:
    i18n.set_language(code)
    try:
        headers = export_headers()
    finally:
        i18n.set_language("en")
    assert set(headers) == set(COLUMNS)
    if code == "en":
        assert headers == {k: c.header for k, c in COLUMNS.items()}  # English exports as before
    else:
        assert not {k for k in headers if headers[k] == COLUMNS[k].header} - {"organisation", "notes"}
    for key, header in headers.items():
        if key not in UNREAD:
            assert field_of(header) == ("country" if key == "country_code" else key), (code, header)
    row = [headers[k] for k in ("reference", "given_name", "family_name", "country", "country_code", "state")]
    assert list(recognise(row).values()) == ["reference", "given_name", "family_name", "country", "state"]
