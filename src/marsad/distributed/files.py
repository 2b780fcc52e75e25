"""Input partitions and the output folder, on local disk or any fsspec filesystem (``s3://``, ``gs://``...).

A JSON Lines file is cut into byte ranges (a line belongs to the range where it starts, as in
``dask.bag.read_text``), so planning needs only file sizes; a Parquet file is cut by row group.
A partition's content key is a hash of its bytes (JSON Lines) or of its rows (Parquet) together with
the pipeline key, so the same input processed by the same pipeline always has the same name.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import fsspec
import pyarrow.parquet as pq

from marsad.errors import ConfigError

__all__ = ["InputPartition", "OutputFolder", "plan_partitions", "read_partition"]

DEFAULT_PARTITION_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class OutputFolder:
    """The root of a run's output (a local path or an fsspec URL) and its filesystem."""

    fs: Any
    root: str

    @classmethod
    def open(cls, url_or_path: str) -> OutputFolder:
        fs, root = fsspec.core.url_to_fs(url_or_path)
        return cls(fs=fs, root=str(root).rstrip("/"))

    def path(self, relative: str) -> str:
        return f"{self.root}/{relative}" if relative else self.root

    def exists(self, relative: str) -> bool:
        return bool(self.fs.exists(self.path(relative)))

    def list(self, folder: str, prefix: str, suffix: str) -> list[str]:
        """Relative paths of the files ``folder/prefix*suffix``, sorted."""
        full = self.path(folder)
        if not self.fs.exists(full):
            return []
        names = (str(n).rpartition("/")[2] for n in self.fs.ls(full, detail=False))
        return sorted(f"{folder}/{n}" for n in names if n.startswith(prefix) and n.endswith(suffix))


@dataclass(frozen=True, slots=True)
class InputPartition:
    """One unit of work: a byte range of a JSON Lines file or one row group of a Parquet file."""

    url: str  # fsspec URL or local path, as the user gave it (expanded from a glob)
    kind: str  # "jsonl" or "parquet"
    start: int  # byte offset (jsonl) or row group index (parquet)
    stop: int  # byte offset, exclusive (jsonl); start + 1 (parquet)

    @property
    def label(self) -> str:
        unit = "bytes" if self.kind == "jsonl" else "row group"
        return f"{self.url} ({unit} {self.start}-{self.stop})"


def _kind(path: str) -> str:
    low = path.lower()
    if low.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    if low.endswith((".parquet", ".pq")):
        return "parquet"
    raise ConfigError(f"unsupported input file {path!r}",
                      hint="give JSON Lines (.jsonl, .ndjson) or Parquet (.parquet) files")  # fmt: skip


def plan_partitions(
    inputs: Sequence[str], partition_bytes: int = DEFAULT_PARTITION_BYTES
) -> list[InputPartition]:
    """Expand paths and globs (a folder means every supported file in it) into partitions, sorted."""
    out: list[InputPartition] = []
    for given in inputs:
        fs, _ = fsspec.core.url_to_fs(given)
        protocol = given.split("://", 1)[0] + "://" if "://" in given else ""
        paths = fs.glob(given.split("://", 1)[-1]) if any(c in given for c in "*?[") else [given]
        expanded: list[str] = []
        for p in paths:
            bare = str(p).split("://", 1)[-1]
            if fs.isdir(bare):
                expanded += [str(q) for q in fs.find(bare) if _supported(str(q))]
            else:
                expanded.append(bare)
        if not expanded:
            raise ConfigError(f"no input files match {given!r}", hint="check the path or glob")
        for bare in sorted(set(expanded)):
            url = protocol + bare if protocol and not bare.startswith(protocol) else bare
            kind = _kind(bare)
            if kind == "parquet":
                with fs.open(bare, "rb") as handle:
                    groups = pq.ParquetFile(handle).metadata.num_row_groups
                out += [InputPartition(url, kind, g, g + 1) for g in range(groups)]
            elif bare.lower().endswith(".gz"):
                out.append(InputPartition(url, kind, 0, -1))  # compressed: one partition per file
            else:
                size = int(fs.size(bare))
                step = max(1, partition_bytes)
                out += [
                    InputPartition(url, kind, s, min(s + step, size)) for s in range(0, max(size, 1), step)
                ]
    return out


def _supported(path: str) -> bool:
    try:
        _kind(path)
    except ConfigError:
        return False
    return True


def _jsonl_lines(part: InputPartition) -> Iterator[tuple[int, bytes]]:
    """(byte offset, line) for each line that starts inside the partition's byte range."""
    if part.stop == -1:
        with fsspec.open(part.url, "rb", compression="infer") as handle:
            offset = 0
            for line in handle:
                yield offset, line
                offset += len(line)
        return
    with fsspec.open(part.url, "rb") as handle:
        if part.start > 0:
            handle.seek(part.start - 1)
            previous = handle.read(1)
            offset = part.start
            if previous != b"\n":  # we are inside a line that belongs to the previous partition
                skipped = handle.readline()
                offset += len(skipped)
        else:
            offset = 0
        while offset < part.stop:
            line = handle.readline()
            if not line:
                break
            yield offset, line
            offset += len(line)


def _json_default(value: object) -> str:
    return str(value)


def read_partition(part: InputPartition) -> tuple[str, list[tuple[str, bytes]]]:
    """The content digest of a partition and its raw records: ``(location, JSON bytes)`` pairs.

    Parquet rows are turned into JSON objects (timestamps as ISO strings), so both formats go through
    the same record reader as ``marsad ingest``.
    """
    digest = hashlib.sha256()
    records: list[tuple[str, bytes]] = []
    if part.kind == "jsonl":
        for offset, line in _jsonl_lines(part):
            digest.update(line)
            if line.strip():
                records.append((f"{part.url}@{offset}", line))
    else:
        with fsspec.open(part.url, "rb") as handle:
            table = pq.ParquetFile(handle).read_row_group(part.start)
        for i, row in enumerate(table.to_pylist()):
            clean = {
                k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items() if v is not None
            }
            line = json.dumps(clean, ensure_ascii=False, sort_keys=True, default=_json_default).encode()
            digest.update(line + b"\n")
            records.append((f"{part.url}#rg{part.start}:{i}", line))
    return digest.hexdigest(), records
