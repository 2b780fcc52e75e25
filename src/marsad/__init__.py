"""marsad: an Arabic-first conflict-event observatory.

The public Python API lives in :mod:`marsad.api_python` and is re-exported here so that a notebook
can write ``import marsad; store = marsad.open_store("events.db")``.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
