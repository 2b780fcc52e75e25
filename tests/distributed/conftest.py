"""Fixtures for the Dask runner tests: 500 generated articles as JSON Lines, and a 2-worker cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.distributed.corpus import records, write_jsonl

pytest.importorskip("dask.distributed")


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_jsonl(folder, records(500), files=4)
    return folder


@pytest.fixture(scope="session")
def client() -> Iterator[object]:
    from marsad.distributed.runner import open_client

    with open_client(None, 2, processes=False) as c:
        yield c
