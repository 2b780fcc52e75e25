"""The Dask runner: the same pipeline and clustering as ``marsad run``, spread over a Dask cluster.

    result = run_dask(["corpus/*.jsonl"], "out/", settings, workers=4)

Without ``scheduler`` (and without ``client``) it starts a LocalCluster; with it, it joins an existing
cluster (``tcp://host:8786``). Stage 1 maps every input partition to :func:`process_partition`;
stage 2 shuffles reports by blocking key (:mod:`marsad.distributed.blocks`) and clusters each block on
one worker; stage 3 reconciles the cuts of chains too large for one block. This is the only module of
marsad that imports Dask (the optional extra ``marsad[dask]``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from dask.distributed import Client, LocalCluster, as_completed

from marsad.config import Settings
from marsad.distributed.blocks import DEFAULT_MAX_BLOCK, Block, BlockPlan, plan_blocks
from marsad.distributed.event_tasks import block_path, chain_path, cluster_block, reconcile_chain
from marsad.distributed.files import DEFAULT_PARTITION_BYTES, OutputFolder, plan_partitions
from marsad.distributed.layout import PartitionDone, write_json_atomic
from marsad.distributed.output import CURRENT_EVENTS, read_report_keys
from marsad.distributed.partition import pipeline_key, process_partition

__all__ = ["DaskRunResult", "RunProgress", "open_client", "run_dask"]


class RunProgress(Protocol):
    """How the runner reports progress (the CLI passes a rich bar on stderr)."""

    def start(self, label: str, total: int | None) -> None: ...

    def advance(self, n: int = 1) -> None: ...

    def finish(self) -> None: ...


class _Silent:
    def start(self, label: str, total: int | None) -> None:
        return None

    def advance(self, n: int = 1) -> None:
        return None

    def finish(self) -> None:
        return None


@dataclass(slots=True, kw_only=True)
class DaskRunResult:
    partitions: list[PartitionDone] = field(default_factory=list)
    blocks: int = 0
    seams: int = 0
    events: int = 0
    dashboard: str = ""
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def documents(self) -> int:
        return sum(p.documents for p in self.partitions)

    @property
    def reports(self) -> int:
        return sum(p.reports for p in self.partitions)

    @property
    def failures(self) -> int:
        return sum(p.failures for p in self.partitions)

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.partitions if p.skipped)

    def counts(self) -> dict[str, int]:
        return {"partitions": len(self.partitions), "partitions_skipped": self.skipped,
                "documents": self.documents, "reports": self.reports, "failures": self.failures,
                "blocks": self.blocks, "events": self.events}  # fmt: skip


@contextlib.contextmanager
def open_client(
    scheduler: str | None = None, workers: int = 2, *, processes: bool = True
) -> Iterator[Client]:
    """A client on an existing scheduler, or on a LocalCluster of ``workers`` one-thread workers."""
    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=":0"
    )
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


def _wait(client: Client, futures: Sequence[Any], progress: RunProgress, label: str) -> list[Any]:
    progress.start(label, len(futures))
    try:
        for _ in as_completed(futures):  # type: ignore[no-untyped-call]
            progress.advance(1)
    finally:
        progress.finish()
    return list(client.gather(futures))  # type: ignore[no-untyped-call]


def run_dask(
    inputs: Sequence[str],
    output: str,
    settings: Settings,
    *,
    client: Client | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    partition_bytes: int = DEFAULT_PARTITION_BYTES,
    max_block: int = DEFAULT_MAX_BLOCK,
    cluster: bool = True,
    progress: RunProgress | None = None,
    on_dashboard: Callable[[str], None] | None = None,
    retries: int = 2,
) -> DaskRunResult:
    """Process ``inputs`` (paths, globs or fsspec URLs of JSONL/Parquet) into ``output``; see the module
    docstring. Re-running skips finished partitions and blocks."""
    if client is None:
        with open_client(scheduler, workers) as own:
            return run_dask(inputs, output, settings, client=own, partition_bytes=partition_bytes,
                            max_block=max_block, cluster=cluster, progress=progress,
                            on_dashboard=on_dashboard, retries=retries)  # fmt: skip
    progress = progress or _Silent()
    result = DaskRunResult(dashboard=str(client.dashboard_link or ""))
    if on_dashboard is not None and result.dashboard:
        on_dashboard(result.dashboard)
    t0 = time.perf_counter()
    parts = plan_partitions(list(inputs), partition_bytes)
    OutputFolder.open(output).fs.makedirs(OutputFolder.open(output).root, exist_ok=True)
    key = pipeline_key(settings)
    futures = client.map(process_partition, parts, output=output, settings=settings, key_of_pipeline=key,
                         retries=retries, pure=False)  # fmt: skip
    result.partitions = [
        p for p in _wait(client, futures, progress, "extracting") if isinstance(p, PartitionDone)
    ]
    result.timings["extract_s"] = time.perf_counter() - t0
    if cluster:
        t1 = time.perf_counter()
        keys = read_report_keys(OutputFolder.open(output), [p.key for p in result.partitions])
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        plan = plan_blocks(keys, max_block=max_block, pack_to=-(-len(keys) // (4 * n_workers)))
        result.blocks, result.seams = len(plan.blocks), len(plan.seams)
        result.events = _cluster(client, plan, output, progress, retries)
        result.timings["cluster_s"] = time.perf_counter() - t1
    result.timings["total_s"] = time.perf_counter() - t0
    return result


def _cluster(client: Client, plan: BlockPlan, output: str, progress: RunProgress, retries: int) -> int:
    futures = client.map(cluster_block, list(plan.blocks), output=output, retries=retries, pure=False)
    counts = dict(
        zip((b.key for b in plan.blocks), _wait(client, futures, progress, "clustering"), strict=True)
    )
    by_key = {b.key: b for b in plan.blocks}
    chains: list[list[Block]] = []  # windows of one cut chain, in order
    for seam in plan.seams:
        if chains and chains[-1][-1].key == seam.left:
            chains[-1].append(by_key[seam.right])
        else:
            chains.append([by_key[seam.left], by_key[seam.right]])
    files: list[str] = []
    in_chain = {b.key for c in chains for b in c}
    files += [block_path(b) for b in plan.blocks if b.key not in in_chain]
    total = sum(int(counts[b.key]) for b in plan.blocks if b.key not in in_chain)
    if chains:
        seams_of = [[s for s in plan.seams if s.left in {b.key for b in c}] for c in chains]
        futures = [client.submit(reconcile_chain, c, s, output, plan.reach, retries=retries, pure=False)
                   for c, s in zip(chains, seams_of, strict=True)]  # fmt: skip
        total += sum(int(n) for n in _wait(client, futures, progress, "reconciling"))
        files += [chain_path(c) for c in chains]
    write_json_atomic(OutputFolder.open(output), CURRENT_EVENTS, {"plan": plan.key, "files": sorted(files)})
    return total
