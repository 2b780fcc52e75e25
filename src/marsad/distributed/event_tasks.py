"""The clustering tasks a worker runs: one block, or the reconciliation of one cut chain's seams.
Outputs are named by content and written atomically, so a retried or repeated task changes nothing."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.distributed.blocks import Block, Seam, cluster_reports, reconcile_seam, seam_events
from marsad.distributed.files import OutputFolder
from marsad.distributed.layout import event_rows, write_table_atomic
from marsad.distributed.output import block_reports, read_event_file, read_report_keys, read_reports
from marsad.model import Event, content_hash

__all__ = ["block_path", "chain_path", "cluster_block", "reconcile_chain"]


def block_path(block: Block) -> str:
    return f"events/block-{block.key}.parquet"


def chain_path(blocks: Sequence[Block]) -> str:
    return f"events/chain-{content_hash(*(b.key for b in blocks), prefix='')}.parquet"


def cluster_block(block: Block, output: str) -> int:
    """Cluster one block's reports into ``events/block-<key>.parquet``; returns the number of events."""
    out = OutputFolder.open(output)
    path = block_path(block)
    if out.exists(path):
        return len(read_event_file(out, path))
    reports, sources = block_reports(out, block)
    events = cluster_reports(reports, sources)
    write_table_atomic(out, path, event_rows(events, block.key))
    return len(events)


def reconcile_chain(blocks: Sequence[Block], seams: Sequence[Seam], output: str, reach: int) -> int:
    """Reconcile the cuts of one chain, left to right, into ``events/chain-<key>.parquet`` (which then
    stands for the chain's window blocks); returns the number of events."""
    out = OutputFolder.open(output)
    path = chain_path(blocks)
    if out.exists(path):
        return len(read_event_file(out, path))
    partitions = sorted({p for b in blocks for p in b.partitions})
    ids = [rid for b in blocks for rid in b.report_ids]
    keys = {k.id: k for k in read_report_keys(out, partitions) if k.id in set(ids)}
    reports, sources = read_reports(out, partitions, ids)
    events: dict[str, Event] = {}
    for b in blocks:
        events.update((e.id, e) for e in read_event_file(out, block_path(b)))
    for seam in sorted(seams, key=lambda s: s.day):
        touched = set(seam_events(list(events.values()), keys, seam, reach))
        if not touched:
            continue
        replaced, fresh = reconcile_seam([events[e] for e in sorted(touched)], reports, sources)
        for eid in replaced:
            del events[eid]
        events.update((e.id, e) for e in fresh)
    final = [events[k] for k in sorted(events)]
    write_table_atomic(out, path, event_rows(final, path.rpartition("-")[2].removesuffix(".parquet")))
    return len(final)
