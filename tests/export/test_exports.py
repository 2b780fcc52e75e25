"""Exports: ACLED CSV columns and rules, GeoJSON, JSON lines, Parquet (atomic files)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from marsad.errors import ConfigError
from marsad.export.acled import ACLED_COLUMNS, ACLED_SCHEMA_VERSION, write_acled
from marsad.export.geojson import write_geojson
from marsad.export.jsonl import write_jsonl
from marsad.export.parquet import write_parquet
from marsad.export.rows import ROW_COLUMNS, event_row
from marsad.registry import build_registries
from marsad.vocab import ActorType, CasualtyKind, EventType

from .records import event


def test_acled_row_uses_conservative_fatalities_and_keeps_the_range() -> None:
    out = io.StringIO()
    assert write_acled([event()], out) == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(ACLED_COLUMNS)
    row = rows[0]
    assert row["fatalities"] == "2"
    assert (row["marsad_fatalities_min"], row["marsad_fatalities_max"]) == ("2", "3")
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Remote explosive/landmine/IED"
    assert row["marsad_schema"] == ACLED_SCHEMA_VERSION
    assert row["country"] == "Syria" and row["iso"] == "760"
    assert row["inter1"] == "2" and row["inter2"] == "7" and row["interaction"] == "27"
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["time_precision"] == "1"


def test_acled_unknown_perpetrator_is_unidentified_armed_group() -> None:
    out = io.StringIO()
    write_acled([event(perpetrator="", perpetrator_type=None, ledger=())], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["actor1"] == "Unidentified Armed Group"
    assert row["fatalities"] == "0" and row["marsad_fatalities_min"] == ""


def test_row_flags_casualty_disagreement() -> None:
    assert event_row(event())["casualty_disagreement"] is True
    assert event_row(event(ledger=()))["casualty_disagreement"] is False


def test_geojson_places_only_located_events_and_counts_the_rest() -> None:
    out = io.StringIO()
    n = write_geojson([event(), event(id="evt_2", place=None, place_text="somewhere")], out)
    data = json.loads(out.getvalue())
    assert n == 1 and data["marsad_unplaced_events"] == 1
    feature = data["features"][0]
    assert feature["geometry"]["coordinates"] == [40.0, 35.0]
    assert feature["properties"]["summary"] == "انفجار عبوة ناسفة"


def test_jsonl_keeps_arabic_unescaped() -> None:
    out = io.StringIO()
    write_jsonl([event()], out)
    line = out.getvalue().splitlines()[0]
    assert "انفجار" in line
    assert set(json.loads(line)) == set(ROW_COLUMNS)


def test_parquet_has_a_stable_schema_even_when_empty(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert write_parquet([], path) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0 and table.column_names == list(ROW_COLUMNS)
    write_parquet([event()], path)
    table = pq.read_table(path)
    assert table.column("killed").to_pylist() == [2]
    assert not (tmp_path / "events.parquet.part").exists()


def test_parquet_refuses_the_terminal() -> None:
    with pytest.raises(ConfigError, match="--output"):
        write_parquet([event()], io.StringIO())


def test_text_export_to_a_path_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"

    def broken():  # type: ignore[no-untyped-def]
        yield event()
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_acled(broken(), path)
    assert not path.exists()


def test_exporters_are_registered_by_name() -> None:
    regs = build_registries()
    assert {"acled", "geojson", "jsonl", "parquet"} <= set(regs.exporters.names())


def test_every_event_type_exports() -> None:
    for et in EventType:
        row = event_row(event(event_type=et, target_type=ActorType.CIVILIANS))
        assert row["acled_event_type"] and row["acled_sub_event_type"]
    assert CasualtyKind.KILLED.value == "killed"


def test_conservative_figure_prefers_exact_counts_over_vague_ones() -> None:
    from marsad.export.rows import conservative
    from marsad.model import CasualtyLedgerEntry

    def entry(report: str, value: int, approximate: bool) -> CasualtyLedgerEntry:
        return CasualtyLedgerEntry(
            report_id=report, source=report, kind=CasualtyKind.KILLED, value=value, approximate=approximate
        )

    mixed = event(ledger=(entry("a", 5, False), entry("b", 3, True), entry("c", 12, True)))
    assert conservative(mixed, CasualtyKind.KILLED) == (5, 3, 12)
    vague_only = event(ledger=(entry("a", 12, True), entry("b", 10, True)))
    assert conservative(vague_only, CasualtyKind.KILLED) == (10, 10, 12)


@pytest.mark.parametrize(
    ("event_type", "target_type", "expected"),
    [
        (EventType.ARMED_ATTACK, ActorType.STATE_FORCES, ("Battles", "Armed clash")),
        (EventType.SHOOTING, ActorType.REBEL_GROUP, ("Battles", "Armed clash")),
        (EventType.ASSASSINATION, ActorType.EXTERNAL_FORCES, ("Battles", "Armed clash")),
        (EventType.ARMED_ATTACK, ActorType.CIVILIANS, ("Violence against civilians", "Attack")),
        (EventType.ARMED_ATTACK, None, ("Violence against civilians", "Attack")),
        (EventType.ABDUCTION, ActorType.STATE_FORCES,
         ("Violence against civilians", "Abduction/forced disappearance")),
        (EventType.MINE_IED, ActorType.STATE_FORCES,
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ],
)
def test_acled_type_of_direct_violence_depends_on_whether_the_target_is_armed(
    event_type: EventType, target_type: ActorType | None, expected: tuple[str, str]
) -> None:
    out = io.StringIO()
    write_acled([event(event_type=event_type, target_type=target_type)], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["event_type"], row["sub_event_type"]) == expected
