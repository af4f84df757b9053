"""mmdesk: the organizers' desk for a Mayoral Forum on Human Mobility, Migration and Development."""

from __future__ import annotations

__version__ = "0.1.0"
