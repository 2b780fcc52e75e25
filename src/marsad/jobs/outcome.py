"""What a job reports back: counts, timings, failures. ``ok`` decides the exit status."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class JobOutcome:
    """Mutable while the job runs (owned by that job alone); read by the caller at the end."""

    kind: str
    run_id: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # one-line messages

    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    @property
    def ok(self) -> bool:
        return not self.failures

    def merge(self, other: JobOutcome) -> None:
        for k, v in other.counts.items():
            self.count(k, v)
        for k, t in other.timings.items():
            self.timings[k] = self.timings.get(k, 0.0) + t
        self.failures.extend(other.failures)
