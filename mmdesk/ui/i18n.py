"""The window's language: English, French or Spanish, from the menu or the system locale.

The Qt Linguist sources (resources/translations/*.ts) are committed; the .qm files are
built by scripts/build-translations.sh (and the bundle). A checkout where they were
never built compiles them once into the user's cache folder with PySide6's lrelease.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from mmdesk.paths import resources_dir

LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"))
SETTING = "ui/language"


def chosen_language(settings: QSettings) -> str:
    """The saved choice, else the system locale's language if mmdesk speaks it, else English."""
    saved = str(settings.value(SETTING, "") or "")
    if saved in dict(LANGUAGES):
        return saved
    system = QLocale.system().name()[:2]
    return system if system in dict(LANGUAGES) else "en"


def _qm(language: str) -> Path | None:
    ts = resources_dir() / "translations" / f"mmdesk_{language}.ts"
    built = ts.with_suffix(".qm")
    if built.exists() and (not ts.exists() or built.stat().st_mtime >= ts.stat().st_mtime):
        return built
    if not ts.exists():
        return None
    cached = user_cache_path("mmdesk", appauthor=False) / built.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    cached.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(cached)], check=True,
                       capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return cached if cached.exists() else None


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load mmdesk's and Qt's own translations (buttons like Cancel) for the language."""
    from mmdesk import i18n

    i18n.set_language(language)  # the rules' findings, refusals and check-in results too
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    path = _qm(language)  # English too: its plural forms ("1 delegate", "2 delegates")
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed
