"""marsad: an Arabic-first conflict-event observatory.

The Python API for notebooks::

    import marsad
    with marsad.Observatory.open("events.db") as obs:
        obs.ingest(["reports/"])
        obs.run()
        frame = obs.events_frame(certainties=["asserted"])

Names are imported lazily so that ``import marsad`` stays cheap and does no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Observatory", "__version__"]

if TYPE_CHECKING:
    from marsad.jobs.observatory import Observatory


def __getattr__(name: str) -> Any:
    if name == "Observatory":
        from marsad.jobs.observatory import Observatory

        return Observatory
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")
