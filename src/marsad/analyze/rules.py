"""Counting rules: which events a tally counts by default, stated once so reports can print them."""

from __future__ import annotations

from marsad.vocab import Certainty

__all__ = ["COUNTED_CERTAINTIES", "COUNTING_RULES"]

COUNTED_CERTAINTIES: tuple[Certainty, ...] = (Certainty.ASSERTED, Certainty.ALLEGED, Certainty.THREATENED)
"""Counted by default: events a text asserts, events attributed as allegations, and threat statements
(a threat is itself an event of type ``threaten``). Denied, negated, hypothetical (planned, foiled,
feared) and historical background events are not counted unless asked for."""

COUNTING_RULES: tuple[str, ...] = (
    "One event is counted once, however many reports describe it (reports are clustered into events).",
    "An event counts in the day, week or month of its first date; undated events are left out of "
    "time series and listed separately.",
    "Counted certainties by default: asserted, alleged (attributed accusations) and threatened "
    "(threat statements). Denied, negated, hypothetical and historical mentions are not counted.",
    "Events an analyst rejected are not counted.",
    "Killed and injured are shown as a range: the sum of each event's lowest reported figure to the "
    "sum of its highest. Events without a figure add nothing (so totals are lower bounds).",
    "Tally claims found in the text (\"27 attacks in April\") are quoted next to our counts; they are "
    "claims by their source, never counted as events.",
)
