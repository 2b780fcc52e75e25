"""Analysis over stored events: pure functions over count series and tally rows.

- ``periods``, ``series``, ``fetch``: calendar periods and zero-filled count series (from the store);
- ``rules``: the counting rules every tally and report states;
- ``selectors``: ``"actor=... type=..."`` -> :class:`~marsad.store.analytics.EventQuery`;
- ``tally``: tally records and tally claims found in the text next to our counts;
- ``trends``: surge and decline detection against a rolling baseline;
- ``lagged``, ``glm``, ``multitest``, ``event_study``, ``link``, ``explain``: testing a claimed link;
- ``simulate``: simulated series with known effects, and the validation of the claim test.

See docs/analysis.md.
"""
