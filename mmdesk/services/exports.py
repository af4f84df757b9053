"""Where an export may write: the file's ending and its folder, refused in one clear line."""

from __future__ import annotations

from pathlib import Path

from mmdesk.domain.errors import MmdeskError
from mmdesk.files import writable_target


class ExportError(MmdeskError):
    """An export that cannot be written as asked (unknown column, bad file name)."""


def export_target(target: Path | str, suffixes: tuple[str, ...], refusal: str) -> Path:
    """The target as a Path once its ending is one of suffixes (else ExportError(refusal))
    and its folder exists (else ExportError naming it)."""
    path = Path(target)
    if path.suffix.lower() not in suffixes:
        raise ExportError(refusal, code="exports.wrong-file-type")
    try:
        return writable_target(path)
    except MmdeskError as exc:
        raise ExportError.wrapping(exc) from None
