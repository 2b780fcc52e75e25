from __future__ import annotations

from dataclasses import replace

import pytest

from marsad.errors import NotFoundError, StoreError
from marsad.model import Extraction
from marsad.store import Store
from marsad.vocab import Certainty, DocumentStatus, EventType

from .factories import make_document, make_extraction, make_place, make_report, make_tally


def test_save_extractions_stores_reports_tallies_and_document_status(store: Store) -> None:
    doc = make_document(1)
    store.add_documents([doc], run_id=None)
    report = make_report(doc, killed=2, injured=3, perpetrator="Jaysh al-Sahil", place=make_place())
    tally = make_tally(doc)
    store.save_extractions([make_extraction(doc, (report,), (tally,))], run_id="r1")
    assert store.get_report(report.id) == report
    assert store.tallies() == [tally]
    assert store.tallies(document_id=doc.id) == [tally]
    assert store.tallies(document_id="doc_other") == []
    assert store.document_status(doc.id) is DocumentStatus.PROCESSED
    assert store.unassigned_reports(limit=10) == [report]
    assert store.count_reports() == 1


def test_report_columns_are_denormalized_from_the_record(store: Store) -> None:
    doc = make_document(1)
    store.add_documents([doc], run_id=None)
    place = make_place(admin1="Wadi Governorate", admin2="Qasr District", lat=36.25, lon=40.5)
    report = make_report(doc, killed=2, injured=4, perpetrator="Jaysh al-Sahil", target="villagers",
                         place=place, place_text="تل النهر")
    store.save_extractions([make_extraction(doc, (report,))], run_id=None)
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT perpetrator, target, place_text, admin1, admin2, latitude, longitude, killed, injured,"
            " event_type, certainty, date_start, time_precision FROM reports").one()
    assert tuple(row[:9]) == ("Jaysh al-Sahil", "villagers", "تل النهر", "Wadi Governorate",
                              "Qasr District", 36.25, 40.5, 2, 4)
    assert (row[9], row[10], str(row[11]), row[12]) == ("shelling", "asserted", "2024-04-01", "day")


def test_saving_the_same_extraction_twice_is_idempotent(store: Store) -> None:
    doc = make_document(1)
    store.add_documents([doc], run_id=None)
    extraction = make_extraction(doc, (make_report(doc, killed=1),), (make_tally(doc),))
    store.save_extractions([extraction], run_id=None)
    store.save_extractions([extraction], run_id=None)
    assert len(store.unassigned_reports(limit=None)) == 1
    assert len(store.tallies()) == 1
    assert store.history() == []


def test_a_changed_report_is_updated_and_the_change_written_to_history(store: Store) -> None:
    doc = make_document(1)
    store.add_documents([doc], run_id=None)
    report = make_report(doc, killed=1)
    store.save_extractions([make_extraction(doc, (report,))], run_id="r1")
    revised = replace(report, certainty=Certainty.ALLEGED)
    store.save_extractions([make_extraction(doc, (revised,))], run_id="r2")
    assert store.get_report(report.id) == revised
    (change,) = store.history(report.id)
    assert (change.entity, change.action, change.actor) == ("report", "update", "run:r2")
    assert change.old["certainty"] == "asserted" and change.new["certainty"] == "alleged"
    assert store.history(entity_id="rep_other") == []


def test_a_changed_tally_is_updated_and_recorded(store: Store) -> None:
    doc = make_document(1)
    store.add_documents([doc], run_id=None)
    tally = make_tally(doc)
    store.save_extractions([make_extraction(doc, tallies=(tally,))], run_id=None)
    store.save_extractions([make_extraction(doc, tallies=(replace(tally, area="Qasr"),))], run_id=None)
    assert store.tallies()[0].area == "Qasr"
    assert [h.entity for h in store.history(tally.id)] == ["tally"]


def test_an_invalid_extraction_rolls_back_the_whole_call(store: Store) -> None:
    good, unknown = make_document(1), make_document(2)
    store.add_documents([good], run_id=None)  # `unknown` is never added
    first = make_extraction(good, (make_report(good, killed=1),), (make_tally(good),))
    second = Extraction(document_id=unknown.id, status=DocumentStatus.PROCESSED)
    with pytest.raises(NotFoundError, match="unknown documents"):
        store.save_extractions([first, second], run_id=None)
    assert store.unassigned_reports(limit=None) == []
    assert store.tallies() == []
    assert store.document_status(good.id) is DocumentStatus.NEW


def test_a_database_error_mid_call_rolls_back_and_raises_store_error(store: Store) -> None:
    good, unknown = make_document(1), make_document(2)
    store.add_documents([good], run_id=None)
    first = make_extraction(good, (make_report(good),))
    # The second extraction's tally names a document the database does not have (foreign key).
    second = make_extraction(good, tallies=(make_tally(unknown),))
    with pytest.raises(StoreError):
        store.save_extractions([first, second], run_id=None)
    assert store.unassigned_reports(limit=None) == []
    assert store.document_status(good.id) is DocumentStatus.NEW


def test_reports_between_selects_overlapping_dates_and_types(store: Store) -> None:
    from datetime import date

    doc = make_document(1)
    store.add_documents([doc], run_id=None)
    early = make_report(doc, trigger_start=0, day=date(2024, 3, 30))
    inside = make_report(doc, trigger_start=5, day=date(2024, 4, 2))
    other_type = make_report(doc, trigger_start=10, day=date(2024, 4, 2), event_type=EventType.ARREST)
    undated = make_report(doc, trigger_start=15, day=None)
    store.save_extractions([make_extraction(doc, (early, inside, other_type, undated))], run_id=None)
    window = (date(2024, 4, 1), date(2024, 4, 3))
    assert store.reports_between(*window) == sorted([inside, other_type], key=lambda r: r.id)
    assert store.reports_between(*window, event_types=[EventType.SHELLING]) == [inside]
    assert store.reports_between(date(2024, 3, 1), date(2024, 4, 30), [EventType.SHELLING]) == [early, inside]


def test_get_report_of_an_unknown_id_raises_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.get_report("rep_missing")
