"""`python -m mmdesk` runs the same entry point as the `mmdesk` command."""

from __future__ import annotations

import sys

from mmdesk.cli import main

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # badge workers in a frozen (PyInstaller) build
    sys.exit(main())
