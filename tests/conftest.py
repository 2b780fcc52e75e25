"""Suite-wide test settings.

Hypothesis: no per-example deadline and no "too slow" health check. Both are wall-clock limits, and on
a busy machine (CI with two workers, other jobs) they fail tests that are correct; speed is measured
by bench/, never by timed tests. Property tests still run their examples and shrink failures.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile("marsad", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("marsad")
