"""Extraction throughput on synthetic ~3 KB Arabic articles, one core.

    .venv/bin/python bench/extract.py [N_SMALL] [N_LARGE]

    .venv/bin/python bench/extract.py --mix news [N_SMALL] [N_LARGE]

Articles are composed from varied sentence templates with invented names, places, numbers and
dates. Prints whether the extractor is the mypyc-compiled build (docs/decisions/0011) or pure Python,
then articles/s and peak traced memory for two corpus sizes (cost should be linear).

Two mixes. ``dense`` (the default, the figure quoted against the target): every sentence is drawn
from incident-style templates, about 7.6 event reports per KB: a stress case, since each report
costs role reading, dates and evidence. ``news``: three in ten sentences from those templates, the
rest background (politics, services, prices, statements, history), about 2 reports per KB, between
the demo reports (2.6 per KB, short incident items) and the seed report (1.2 per KB, a 2.4 KB
analysis piece): closer to a realistic news article. Both are printed with their reports per KB so
the two figures are never confused.
"""

from __future__ import annotations

import random
import resource
import sys
import time
import tracemalloc
from datetime import UTC, datetime

import marsad.extract.roles
from marsad.extract.pipeline import extract_batch, extract_document, load_resources
from marsad.model import Document

PLACES = [
    "تل زمرين",
    "كفر زيتون",
    "الرميلة",
    "أم الريش",
    "الشدادي",
    "الخرافي",
    "الحمرة",
    "الصفصافة",
    "عين الصقر",
    "الجرف",
]
NAMES = ["سليم الحوراني", "فارس العلوان", "كمال النعيمي", "عمر الخلف", "ياسر الدندل", "حسن الموسى"]
ACTORS = ["مسلحون مجهولون", "خلايا التنظيم", "قوات الأمن", "فصيل مسلح", "عناصر مجهولة"]
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران"]
TEMPLATES = [
    "هاجم {actor} حاجزا في بلدة {place} فجر اليوم، ما أسفر عن مقتل {n} عناصر وإصابة {m} آخرين.",
    "اغتال {actor} المختار {name} أمام منزله في قرية {place} مساء أمس، بحسب مصادر محلية.",
    "انفجرت عبوة ناسفة بسيارة عسكرية على طريق {place}، ولم ترد أنباء عن إصابات.",
    "قصفت المدفعية قرى ريف {place} بعشرات القذائف صباح اليوم، وفق المرصد السوري لحقوق الإنسان.",
    "اتهمت مصادر محلية {actor} بالوقوف وراء اختطاف الطبيب {name} من عيادته في {place}.",
    "نفت قيادة الشرطة وقوع أي هجوم على مقرها في بلدة {place}.",
    "وثق المرصد {n} عملية اغتيال خلال شهر {month} الماضي في ريف {place}.",
    "تظاهر مئات من أهالي بلدة {place} أمس احتجاجاً على انقطاع المياه والكهرباء.",
    "وقال المحللون إن تصاعد الهجمات في المنطقة مرتبط بالظروف الإقليمية وبغياب الدعم الدولي.",
    "وأشار التقرير إلى أن الأوضاع المعيشية في {place} تزداد سوءاً مع ارتفاع الأسعار وانقطاع الطرق.",
    "أحبطت قوات الأمن محاولة تفجير سيارة مفخخة كانت معدة لاستهداف سوق بلدة {place}.",
    "وكان التنظيم قد نفذ هجوماً مماثلاً على البلدة عام 2019، بحسب الأهالي.",
]
# Sentences of a news article that report no incident: context, services, statements, history.
BACKGROUND = [
    "وعقد المجلس المحلي في {place} اجتماعاً مع وجهاء العشائر لبحث ملف الخدمات وإصلاح شبكة المياه.",
    "وتشهد أسواق {place} ارتفاعاً في أسعار الخبز والمحروقات منذ بداية شهر {month}.",
    "وقال {name}، وهو مدرّس من أهالي المنطقة، إن الطلاب يقطعون مسافات طويلة للوصول إلى المدارس.",
    "وتعاني المنطقة من شح في الأدوية، بحسب ما أفاد به عاملون في القطاع الصحي.",
    "ودعت منظمات إنسانية إلى زيادة الدعم المقدم للنازحين في المخيمات مع اقتراب فصل الشتاء.",
    "وأعلنت الإدارة المحلية عن خطة لإعادة تأهيل الطريق الواصل بين {place} والقرى المجاورة.",
    "ويعتمد معظم سكان الريف على الزراعة وتربية المواشي مصدراً رئيسياً للدخل.",
    "وأضاف المصدر أن المفاوضات بين الأطراف ما تزال متعثرة ولم تحقق أي تقدم حتى الآن.",
    "ويرى مراقبون أن الوضع الأمني يرتبط بالتفاهمات الإقليمية وبمستقبل الوجود الأجنبي في البلاد.",
    "وتقدّر الأمم المتحدة أن ملايين الأشخاص بحاجة إلى مساعدات إنسانية في عموم البلاد.",
    "وشهدت {place} خلال السنوات الماضية موجات نزوح متتالية بسبب الجفاف وتراجع منسوب نهر الفرات.",
    "وتنتظر العائلات العائدة إلى منازلها في {place} وصول الكهرباء منذ أشهر.",
    "وتسعى الجمعيات الزراعية إلى توفير البذور والأسمدة للفلاحين بأسعار مدعومة هذا الموسم.",
    "وأشار {name} إلى أن فرص العمل قليلة وأن كثيراً من الشباب يفكرون بالهجرة.",
]


def article(rng: random.Random, size: int = 3000, *, incident_share: float = 1.0) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        # (no draw when every sentence is an incident: the dense corpus stays what it always was)
        pool = TEMPLATES if incident_share >= 1 or rng.random() < incident_share else BACKGROUND
        s = rng.choice(pool).format(
            actor=rng.choice(ACTORS),
            place=rng.choice(PLACES),
            name=rng.choice(NAMES),
            n=rng.randint(2, 40),
            m=rng.randint(1, 20),
            month=rng.choice(MONTHS),
        )
        parts.append(s)
        total += len(s) + 1
    return " ".join(parts)


MIXES = {"dense": 1.0, "news": 0.3}


def corpus(n: int, seed: int = 7, *, mix: str = "dense") -> list[Document]:
    rng = random.Random(seed)
    published = datetime(2024, 5, 10, tzinfo=UTC)
    share = MIXES[mix]
    return [Document.create(text=article(rng, incident_share=share), published=published) for _ in range(n)]


def run(n: int, mix: str) -> tuple[float, float, float, float, float]:
    """Throughput timed without tracing (wall clock and this process's CPU time, which a busy shared
    machine disturbs less); peak memory from a second, traced pass (tracing is slow)."""
    docs = corpus(n, mix=mix)
    resources = load_resources()
    extract_batch(docs[:5], resources)  # warm caches (lexicons, catalogs)
    t0 = time.perf_counter()
    c0 = time.process_time()
    reports = 0
    for doc in docs:  # streamed, as the pipeline does: each extraction is stored, then dropped
        reports += len(extract_document(doc, resources).reports)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    assert reports > 0
    tracemalloc.start()
    extract_batch(docs[: max(1, n // 4)], resources)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    mean_kb = sum(len(d.text) for d in docs) / n / 1000
    return n / elapsed, n / max(cpu, 1e-9), peak / 2**20, mean_kb, reports / (mean_kb * n)


def build() -> str:
    """Which build of the extractor is imported: figures of the two must never be mixed up."""
    path = marsad.extract.roles.__file__ or ""
    kind = "pure Python" if path.endswith(".py") else "compiled (mypyc)"
    return f"extractor: {kind} ({path})"


def main() -> None:
    args = sys.argv[1:]
    mix = "dense"
    if args[:1] == ["--mix"]:
        mix, args = args[1], args[2:]
    if mix not in MIXES:
        sys.exit(f"unknown mix {mix!r}; choose one of {', '.join(MIXES)}")
    sizes = [int(a) for a in args[:2]] or [200, 800]
    print(build())
    for n in sizes:
        rate, cpu_rate, peak, kb, density = run(n, mix)
        print(
            f"{mix}: {n} articles (~{kb:.1f} KB each, {density:.1f} reports/KB): "
            f"{rate:.0f} articles/s on one core "
            f"({cpu_rate:.0f}/s of CPU time); "
            f"peak traced memory for {max(1, n // 4)} of them: {peak:.1f} MiB; "
            f"process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
        )


if __name__ == "__main__":
    main()
