"""One gazetteer row: a GeoNames place or an admin unit, with its names in every script."""

from __future__ import annotations

from dataclasses import dataclass

ADMIN_CODES = frozenset({"ADM1", "ADM2", "ADM3", "ADM4", "ADMD"})


@dataclass(frozen=True, slots=True, kw_only=True)
class GazetteerEntry:
    """``id`` is ``geonames:<id>`` for places and ``admin1:<CC.code>`` / ``admin2:<CC.a1.a2>`` for areas.

    Admin units derived from their seat (bundled data) keep ``geonameid`` 0 and say which city lent
    its coordinates in ``note``.
    """

    id: str
    geonameid: int
    name: str
    ascii_name: str = ""
    names_ar: tuple[str, ...] = ()
    names_other: tuple[str, ...] = ()
    latitude: float
    longitude: float
    country: str
    admin1_code: str = ""  # "SY.01"
    admin2_code: str = ""  # "SY.01.xxxx"
    feature_class: str = "P"
    feature_code: str = ""
    population: int = 0
    note: str = ""

    @property
    def is_admin(self) -> bool:
        return self.feature_class == "A" and self.feature_code in ADMIN_CODES

    @property
    def admin_level(self) -> int:
        """1 or 2 for admin units, 0 for places."""
        if not self.is_admin:
            return 0
        return 1 if self.feature_code == "ADM1" else 2

    @property
    def name_ar(self) -> str:
        return self.names_ar[0] if self.names_ar else ""

    def all_names(self) -> tuple[str, ...]:
        return (self.name, self.ascii_name, *self.names_ar, *self.names_other)
