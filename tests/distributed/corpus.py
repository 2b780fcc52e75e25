"""Generated Arabic news articles for the distributed tests and bench/scale.py (invented people).

Several outlets report the same incidents in different words, so clustering has real work: the same
attack in one town on one day is written by up to three sources, and near-misses (next day, next town)
are mixed in.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

PLACES = [
    "دير الزور",
    "الحسكة",
    "القامشلي",
    "الرقة",
    "منبج",
    "الشحيل",
    "البصيرة",
    "ذيبان",
    "الميادين",
    "هجين",
]
SOURCES = ["Demo Jazira News", "Demo Euphrates Monitor", "Demo Sham Daily", "Demo Furat Post"]
ACTORS = ["مسلحون مجهولون", "خلايا التنظيم", "عناصر مجهولة", "فصيل مسلح"]
NAMES = ["سليم الحوراني", "فارس العلوان", "كمال النعيمي", "عمر الخلف"]
LEADS = [
    "قُتل {n} مدنيين وأصيب {m} آخرون بانفجار عبوة ناسفة في {p} صباح اليوم، وفق مصادر محلية.",
    "هاجم {a} حاجزاً في ريف {p} الشرقي فجر اليوم ما أدى إلى مقتل {n} عناصر.",
    "اغتال {a} المختار {name} أمام منزله في {p} مساء أمس، بحسب المرصد.",
    "قصفت المدفعية قرى ريف {p} بعشرات القذائف صباح اليوم، ما أسفر عن إصابة {m} مدنيين.",
    "اختطف {a} الطبيب {name} من عيادته في {p} أمس.",
    "تظاهر مئات من أهالي {p} أمس احتجاجاً على انقطاع المياه والكهرباء.",
]
FILLER = [
    "وقال المحللون إن تصاعد الهجمات في المنطقة مرتبط بالظروف الإقليمية.",
    "وأشار التقرير إلى أن الأوضاع المعيشية تزداد سوءاً مع ارتفاع الأسعار.",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ساعة إعداد هذا الخبر.",
    "وتشهد المنطقة توتراً أمنياً منذ أشهر.",
]


def records(n: int, seed: int = 11, days: int = 60) -> list[dict[str, str]]:
    """``n`` article records (JSON Lines fields); incidents repeat across 1-3 sources."""
    rng = random.Random(seed)
    start = datetime(2024, 3, 1, 8, tzinfo=UTC)
    out: list[dict[str, str]] = []
    i = 0
    while len(out) < n:
        lead = rng.choice(LEADS)
        values = {
            "p": rng.choice(PLACES),
            "a": rng.choice(ACTORS),
            "name": rng.choice(NAMES),
            "n": rng.randint(2, 9),
            "m": rng.randint(1, 12),
        }
        published = start + timedelta(days=rng.randrange(days), hours=rng.randrange(10))
        for copy in range(rng.choice((1, 1, 2, 3))):
            if len(out) >= n:
                break
            body = [lead.format(**values)] + [rng.choice(FILLER) for _ in range(rng.randint(1, 4))]
            rng.shuffle(body[1:])
            out.append({
                "url": f"https://example.org/gen/{i}", "title": f"خبر {i}",
                "source": SOURCES[(i + copy) % len(SOURCES)], "language": "ar",
                "published": (published + timedelta(hours=copy)).isoformat().replace("+00:00", "Z"),
                "text": " ".join(body) + f" (#{i})",
            })  # fmt: skip
            i += 1
    return out


def write_jsonl(folder: Path, rows: list[dict[str, str]], files: int = 4) -> list[Path]:
    """Write the records round-robin into ``files`` JSON Lines files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"part-{k:03d}.jsonl" for k in range(files)]
    chunks: list[list[str]] = [[] for _ in paths]
    for j, row in enumerate(rows):
        chunks[j % files].append(json.dumps(row, ensure_ascii=False))
    for path, lines in zip(paths, chunks, strict=True):
        path.write_text("\n".join(lines) + "\n", "utf-8")
    return paths
