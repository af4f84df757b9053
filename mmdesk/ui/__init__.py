"""The PySide6 window; the only package that imports Qt."""

# The store's modules (SQLAlchemy and its dialects, a few hundred modules) are imported
# before Qt: once PySide6 is imported, its import hook reads the source of every module
# imported after it (a tenth of the window's start-up at 70,000 delegates went there).
import mmdesk.store.database  # noqa: F401
import mmdesk.store.models  # noqa: F401
