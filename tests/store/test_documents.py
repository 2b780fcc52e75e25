from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest

from marsad.errors import NotFoundError
from marsad.model import Document
from marsad.store import AddResult, Store
from marsad.vocab import DocumentStatus

from .factories import make_document, make_extraction


def test_add_documents_counts_added_and_duplicates(store: Store) -> None:
    docs = [make_document(n) for n in range(3)]
    assert store.add_documents(docs, run_id=None) == AddResult(added=3, duplicates=0)
    again = [*docs[:2], make_document(3), make_document(3)]
    assert store.add_documents(again, run_id=None) == AddResult(added=1, duplicates=3)
    assert store.count_documents() == 4


def test_adding_the_same_documents_twice_changes_nothing(store: Store) -> None:
    doc = make_document(1)
    store.add_documents([doc], run_id="run-a")
    store.save_extractions([make_extraction(doc)], run_id=None)
    changed = replace(doc, title="another title")  # same id, different metadata
    assert store.add_documents([changed], run_id="run-b") == AddResult(added=0, duplicates=1)
    assert store.get_document(doc.id) == doc
    assert store.document_status(doc.id) is DocumentStatus.PROCESSED


def test_get_document_round_trips_every_field(store: Store) -> None:
    doc = make_document(7)
    store.add_documents([doc], run_id=None)
    back = store.get_document(doc.id)
    assert back == doc
    assert back.published is not None and back.published.tzinfo is not None
    assert back.published.utcoffset() == UTC.utcoffset(None)


def test_get_document_of_an_unknown_id_raises_not_found_with_a_hint(store: Store) -> None:
    with pytest.raises(NotFoundError) as info:
        store.get_document("doc_missing")
    assert info.value.hint


def test_empty_add_is_a_no_op(store: Store) -> None:
    assert store.add_documents([], run_id=None) == AddResult(added=0, duplicates=0)


def test_pending_documents_leave_the_queue_when_processed(store: Store) -> None:
    docs = [make_document(n) for n in range(5)]
    store.add_documents(docs, run_id=None)
    pending = store.pending_documents(limit=10)
    assert [d.id for d in pending] == sorted(d.id for d in docs)  # same ingest time: by id
    assert len(store.pending_documents(limit=2)) == 2
    first, second = pending[0], pending[1]
    store.save_extractions([make_extraction(first),
                            make_extraction(second, status=DocumentStatus.EMPTY)], run_id=None)
    assert {d.id for d in store.pending_documents(limit=10)} == {d.id for d in pending[2:]}
    assert store.count_documents(DocumentStatus.NEW) == 3
    assert store.count_documents("processed") == 1
    assert store.count_documents(DocumentStatus.EMPTY) == 1


def test_pending_documents_come_oldest_ingested_first(store: Store) -> None:
    late, early = make_document(1), make_document(2)
    store.add_documents([early], run_id=None)
    store.add_documents([late], run_id=None)
    assert [d.id for d in store.pending_documents(limit=None)] == [early.id, late.id]


def test_failed_documents_can_be_reset_into_the_queue(store: Store) -> None:
    doc = make_document(1)
    store.add_documents([doc], run_id=None)
    store.mark_document_failed(doc.id)
    assert store.document_status(doc.id) is DocumentStatus.FAILED
    assert store.pending_documents(limit=10) == []
    store.reset_document(doc.id, reason="extractor fixed")
    assert [d.id for d in store.pending_documents(limit=10)] == [doc.id]
    (change,) = store.history(doc.id)
    assert (change.action, change.old, change.new) == ("reset", {"status": "failed"}, {"status": "new"})
    with pytest.raises(NotFoundError):
        store.mark_document_failed("doc_missing")


def test_ten_thousand_documents_are_added_in_one_batch_on_sqlite(tmp_path: Path) -> None:
    """A large batch goes in whole and is all there after reopening (its speed is bench/ingest.py's
    job: a wall-clock limit here would flake on a busy machine)."""
    path = str(tmp_path / "marsad.db")
    store = Store.open(path)
    docs = [Document.create(text=f"تقرير رقم {n} " + "نص " * 200) for n in range(10_000)]
    result = store.add_documents(docs, run_id=None)
    assert result.added == 10_000
    assert store.add_documents(docs[:10], run_id=None).added == 0
    store.close()
    reopened = Store.open(path)
    assert len(reopened.pending_documents(limit=20_000)) == 10_000
    reopened.close()
