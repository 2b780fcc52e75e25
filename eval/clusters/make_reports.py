"""Generate eval/clusters/reports.jsonl: invented EventReports labelled with the event they describe.

Everything is invented (places, actors, outlets, figures): the set tests clustering, not extraction.
Each event is reported by several outlets in Arabic and English, written differently (outlet styles),
with the disagreements real reporting has (figures, missing actors, a district instead of the village,
a week-precise date, an unresolved place name), plus near-miss events that must stay apart:
the same place on the next day, the same day in the neighbouring village, and two attacks in one town
the same night. Run once (the output is committed); a fixed seed keeps it reproducible:

    .venv/bin/python eval/clusters/make_reports.py
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from marsad.model import (
    ActorMention,
    CasualtyFigure,
    EventDate,
    EventReport,
    Evidence,
    Place,
    PlaceMention,
    TextSpan,
)
from marsad.store.codec import to_json
from marsad.vocab import ActorType, CasualtyKind, Certainty, EventType, GeoPrecision, Role, TimePrecision

OUT = Path(__file__).with_name("reports.jsonl")
PRODUCER = "eval.clusters.v1"

# (key, English, Arabic, lat, lon, admin2, precision)
PLACES = {
    "kharab": ("Tal Kharab", "تل خراب", 35.100, 40.400, "Wadi Sharqi", GeoPrecision.TOWN),
    "kharab_s": ("Kharab Saghir", "خراب الصغير", 35.130, 40.445, "Wadi Sharqi", GeoPrecision.TOWN),
    "ain": ("Ain Dhiba", "عين ذيبة", 35.400, 40.100, "Wadi Sharqi", GeoPrecision.TOWN),
    "jisr": ("Jisr al-Nahr", "جسر النهر", 35.620, 40.810, "Nahr", GeoPrecision.TOWN),
    "marj": ("Marj Harir", "مرج حرير", 36.200, 39.800, "Marj", GeoPrecision.TOWN),
    "qasr": ("Qasr al-Wadi", "قصر الوادي", 36.225, 39.850, "Marj", GeoPrecision.TOWN),
    "burj": ("Burj Ghazal", "برج غزال", 34.900, 41.000, "Burj", GeoPrecision.TOWN),
    "hawsh": ("Hawsh Nimr", "حوش النمر", 35.900, 40.200, "Nahr", GeoPrecision.TOWN),
    "ruqaa": ("Ruqaa", "الرقعة", 36.600, 38.900, "Ruqaa", GeoPrecision.TOWN),
    "zahra": ("Tal Zahra", "تل الزهرة", 36.640, 38.960, "Ruqaa", GeoPrecision.TOWN),
    "safa": ("Safa Junction", "مفرق الصفا", 34.700, 40.600, "Burj", GeoPrecision.TOWN),
    "nakhil": ("Nakhil", "النخيل", 35.300, 41.200, "Nakhil", GeoPrecision.TOWN),
    "sawda": ("Sawda", "السودا", 36.050, 40.650, "Nahr", GeoPrecision.TOWN),
    "sharqi": ("Wadi Sharqi district", "منطقة الوادي الشرقي", 35.150, 40.300, "Wadi Sharqi",
               GeoPrecision.REGION),
    "marj_d": ("Marj district", "منطقة المرج", 36.180, 39.820, "Marj", GeoPrecision.REGION),
}
REGION_OF = {"kharab": "sharqi", "kharab_s": "sharqi", "ain": "sharqi", "marj": "marj_d", "qasr": "marj_d"}

# (key, English, Arabic, type, catalogue id or "")
ACTORS = {
    "bbb": ("Black Banner Brigade", "لواء الراية السوداء", ActorType.REBEL_GROUP, "act:bbb"),
    "ngf": ("National Guard Forces", "قوات الحرس الوطني", ActorType.STATE_FORCES, "act:ngf"),
    "esm": ("Eastern Shield Militia", "ميليشيا الدرع الشرقي", ActorType.POLITICAL_MILITIA, "act:esm"),
    "falcon": ("Falcon Air Command", "قيادة الصقر الجوية", ActorType.EXTERNAL_FORCES, "act:falcon"),
    "patrol": ("a National Guard patrol", "دورية للحرس الوطني", ActorType.STATE_FORCES, "act:ngf"),
    "civ": ("civilians", "مدنيين", ActorType.CIVILIANS, ""),
    "shop": ("a shop owner", "صاحب محل", ActorType.CIVILIANS, ""),
    "council": ("a local council member", "عضو في المجلس المحلي", ActorType.CIVILIANS, ""),
    "guard_post": ("a Shield checkpoint", "حاجز للدرع", ActorType.POLITICAL_MILITIA, "act:esm"),
}

VERBS = {
    EventType.MINE_IED: ("an IED exploded", "انفجار عبوة ناسفة", "explosion"),
    EventType.CAR_BOMB: ("a car bomb went off", "انفجار سيارة مفخخة", "car bomb"),
    EventType.SHELLING: ("artillery shells hit", "قصف مدفعي استهدف", "shelling"),
    EventType.DRONE_STRIKE: ("a drone strike hit", "غارة بطائرة مسيرة استهدفت", "drone strike"),
    EventType.AIR_STRIKE: ("warplanes struck", "غارات جوية استهدفت", "air raid"),
    EventType.ARMED_CLASH: ("clashes broke out", "اندلعت اشتباكات", "clashes"),
    EventType.SHOOTING: ("gunmen opened fire", "أطلق مسلحون النار", "shooting"),
    EventType.ABDUCTION: ("gunmen abducted", "اختطف مسلحون", "abduction"),
    EventType.ASSASSINATION: ("gunmen assassinated", "اغتال مسلحون", "assassination"),
}
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

OUTLETS_EN = ["Levant Monitor", "Euphrates Post", "Valley Wire"]
OUTLETS_AR = ["شبكة الفرات الإخبارية", "المرصد الشرقي", "وكالة الوادي", "صوت الجزيرة"]


@dataclass(frozen=True)
class Spec:
    key: str
    event_type: EventType
    day: date
    place: str
    perpetrator: str | None
    target: str | None
    killed: int | None
    injured: int | None
    n: int
    note: str = ""
    unresolved_ok: bool = True


def en_sentence(outlet: int, s: Spec, place: str, perp: str | None, target: str | None,
                killed: int | None, injured: int | None, day: date, rng: random.Random) -> str:
    verb = VERBS[s.event_type][0]
    wd = WEEKDAYS_EN[day.weekday()]
    cas = []
    if killed is not None:
        cas.append(f"killing {killed}")
    if injured is not None:
        cas.append(f"wounding {injured}")
    tail = (", " + " and ".join(cas)) if cas else ""
    who = f"{perp} said" if perp and outlet == 2 else "local sources said"
    tgt = f" targeting {target}" if target else ""
    if outlet == 0:
        lead = f"{perp} fighters were blamed after " if perp else ""
        return f"{lead}{verb} in {place} on {wd}{tgt}{tail}, {who}."
    if outlet == 1:
        n = f"At least {killed} people were killed" if killed is not None else "Casualties were reported"
        by = f" blamed on {perp}" if perp else ""
        return f"{n} when {verb} in {place}{tgt}{by} on {wd} {day.day} {day.strftime('%B')}."
    extra = rng.choice(["residents told reporters", "a medical source confirmed", "witnesses said"])
    return f"BREAKING: {place} - {verb}{tgt}{tail}; {extra}."


def ar_sentence(outlet: int, s: Spec, place: str, perp: str | None, target: str | None,
                killed: int | None, injured: int | None, day: date, rng: random.Random) -> str:
    verb = VERBS[s.event_type][1]
    wd = WEEKDAYS_AR[day.weekday()]
    k = f"مقتل {killed} أشخاص" if killed is not None else ""
    i = f"وإصابة {injured} آخرين" if injured is not None else ""
    cas = " ".join(x for x in (k, i) if x)
    tgt = f" {target}" if target else ""
    by = f" واتهمت مصادر {perp} بالوقوف وراء الهجوم" if perp else ""
    if outlet == 0:
        return f"{verb}{tgt} في {place} يوم {wd}، ما أسفر عن {cas or 'أضرار مادية'}{by}."
    if outlet == 1:
        return f"أفادت مصادر محلية بـ{cas or 'وقوع إصابات'} جراء {verb}{tgt} في {place} يوم {wd}{by}."
    if outlet == 2:
        return f"عاجل | {place}: {verb}{tgt}{('، و' + cas) if cas else ''}."
    extra = rng.choice(["بحسب ناشطين", "وفق مصدر طبي", "حسب شهود عيان"])
    return f"{verb}{tgt} في بلدة {place} فجر {wd}{('، ما أدى إلى ' + cas) if cas else ''}، {extra}.{by}"


def _ev(doc: str, text: str, start: int, end: int) -> Evidence:
    span = TextSpan(start=start, end=end)
    return Evidence(document_id=doc, span=span, quote=text[start:end], producer=PRODUCER)


def place_record(key: str) -> Place:
    en, ar, lat, lon, admin2, prec = PLACES[key]
    return Place(id=f"geonames:{90000 + sorted(PLACES).index(key)}", name=en, name_ar=ar, latitude=lat,
                 longitude=lon, country_code="SY", admin1="Invented Governorate", admin2=admin2,
                 precision=prec)


def actor_mention(key: str, role: Role, lang: str, doc: str, text: str) -> ActorMention:
    en, ar, kind, aid = ACTORS[key]
    surface = ar if lang == "ar" else en
    at = max(0, text.find(surface))
    return ActorMention(text=surface, role=role, evidence=_ev(doc, text, at, at + len(surface)),
                        actor_id=aid or None, name=en if aid else "", actor_type=kind)


def make_report(s: Spec, idx: int, rng: random.Random) -> tuple[EventReport, str, str]:
    # every multi-report event has at least one Arabic and one English report
    lang = "ar" if idx == 0 else "en" if idx == 1 else rng.choice(["ar", "ar", "en"])
    outlets = OUTLETS_AR if lang == "ar" else OUTLETS_EN
    outlet = (idx + hash_key(s.key)) % len(outlets)
    place_key = s.place
    notes = []
    if idx > 0 and place_key in REGION_OF and rng.random() < 0.15:
        place_key = REGION_OF[place_key]
        notes.append("district instead of the village")
    killed, injured = s.killed, s.injured
    if killed is not None and idx > 0 and rng.random() < 0.3:
        killed = max(0, killed + rng.choice([-1, 1, 2]))
        notes.append("different death toll")
    if killed is not None and idx > 0 and rng.random() < 0.15:
        killed = None
    if injured is not None and idx > 0 and rng.random() < 0.3:
        injured = None
    perp = s.perpetrator if (idx == 0 or rng.random() < 0.7) else None
    target = s.target if (idx == 0 or rng.random() < 0.75) else None
    en_p, ar_p = PLACES[place_key][0], PLACES[place_key][1]
    place_name = ar_p if lang == "ar" else en_p
    perp_name = None if perp is None else (ACTORS[perp][1] if lang == "ar" else ACTORS[perp][0])
    target_name = None if target is None else (ACTORS[target][1] if lang == "ar" else ACTORS[target][0])
    write = ar_sentence if lang == "ar" else en_sentence
    text = write(outlet, s, place_name, perp_name, target_name, killed, injured, s.day, rng)
    doc = f"doc_eval_{s.key}_{idx}"
    precision, start, end = TimePrecision.DAY, s.day, s.day
    if idx > 0 and rng.random() < 0.08:
        precision, start, end = TimePrecision.WEEK, s.day - timedelta(days=s.day.weekday()), \
            s.day - timedelta(days=s.day.weekday()) + timedelta(days=6)
        notes.append("week-precise date")
    resolved: Place | None = place_record(place_key)
    if idx > 0 and s.unresolved_ok and rng.random() < 0.08:
        resolved = None
        notes.append("place not resolved")
    if perp_name and perp_name not in text:
        perp = None
    if target_name and target_name not in text:
        target = None
    killed = killed if killed is not None and str(killed) in text else None
    injured = injured if injured is not None and str(injured) in text else None
    trig_word = text.split()[0]
    trigger = _ev(doc, text, 0, len(trig_word))
    pat = text.find(place_name)
    casualties = []
    for kind, value in ((CasualtyKind.KILLED, killed), (CasualtyKind.INJURED, injured)):
        if value is not None:
            at = max(0, text.find(str(value)))
            evidence = _ev(doc, text, at, at + len(str(value)))
            casualties.append(CasualtyFigure(kind=kind, value=value, evidence=evidence))
    report = EventReport(
        id=EventReport.make_id(doc, s.event_type, trigger.span),
        document_id=doc,
        event_type=s.event_type,
        certainty=Certainty.ASSERTED,
        trigger=trigger,
        sentence=_ev(doc, text, 0, len(text)),
        perpetrator=actor_mention(perp, Role.PERPETRATOR, lang, doc, text) if perp else None,
        target=actor_mention(target, Role.TARGET, lang, doc, text) if target else None,
        places=(PlaceMention(text=place_name, place=resolved,
                             evidence=_ev(doc, text, max(0, pat), max(0, pat) + len(place_name))),),
        date=EventDate(start=start, end=end, precision=precision),
        casualties=tuple(casualties),
    )
    return report, outlets[outlet], "; ".join(notes)


def hash_key(key: str) -> int:
    return sum(ord(c) for c in key)


def specs(seed: int = 7) -> list[Spec]:
    d = date(2024, 3, 1)

    def day(n: int) -> date:
        return d + timedelta(days=n)

    T = EventType
    out = [
        # near-miss 1: the same place on consecutive days (same type, same perpetrator)
        Spec("kharab_ied_d1", T.MINE_IED, day(4), "kharab", "bbb", "patrol", 2, 3, 4,
             "near miss: same place, next day (kharab_ied_d2)"),
        Spec("kharab_ied_d2", T.MINE_IED, day(5), "kharab", "bbb", "civ", 1, 4, 3,
             "near miss: same place, previous day (kharab_ied_d1)"),
        # near-miss 2: the same day in the neighbouring village (about 5 km)
        Spec("kharab_shell", T.SHELLING, day(9), "kharab", "ngf", "civ", 3, 6, 4,
             "near miss: same day, neighbouring village (kharab_s_shell)"),
        Spec("kharab_s_shell", T.SHELLING, day(9), "kharab_s", "ngf", "civ", 5, 2, 3,
             "near miss: same day, neighbouring village (kharab_shell)"),
        # near-miss 3: two attacks in one town the same night
        Spec("marj_night_a", T.MINE_IED, day(12), "marj", "bbb", "patrol", 4, None, 4,
             "near miss: two attacks in one town the same night (marj_night_b)", unresolved_ok=False),
        Spec("marj_night_b", T.MINE_IED, day(12), "marj", None, "guard_post", 12, 7, 3,
             "near miss: two attacks in one town the same night (marj_night_a)", unresolved_ok=False),
        Spec("ruqaa_night_a", T.SHOOTING, day(20), "ruqaa", "esm", "shop", 1, None, 3,
             "near miss: two shootings in one town the same night (ruqaa_night_b)", unresolved_ok=False),
        Spec("ruqaa_night_b", T.SHOOTING, day(20), "ruqaa", "ngf", "guard_post", 3, 2, 3,
             "near miss: two shootings in one town the same night (ruqaa_night_a)", unresolved_ok=False),
        # near-miss 4: neighbouring towns the same day, different types of one family
        Spec("qasr_drone", T.DRONE_STRIKE, day(15), "qasr", "falcon", "bbb", 2, None, 3,
             "near miss: same day, neighbouring town (marj_air)"),
        Spec("marj_air", T.AIR_STRIKE, day(15), "marj", "falcon", "civ", 6, 9, 4,
             "near miss: same day, neighbouring town (qasr_drone)"),
        # near-miss 5: same place, two days apart
        Spec("jisr_clash_1", T.ARMED_CLASH, day(22), "jisr", "esm", "bbb", 4, None, 3,
             "near miss: jisr_clash_2"),
        Spec("jisr_clash_2", T.ARMED_CLASH, day(24), "jisr", "esm", "bbb", 2, None, 3,
             "near miss: jisr_clash_1"),
        Spec("zahra_ied", T.MINE_IED, day(20), "zahra", "bbb", "patrol", 2, 1, 3,
             "near miss: 6 km from ruqaa attacks, same night, other family"),
    ]
    rng = random.Random(seed)
    types = [T.MINE_IED, T.CAR_BOMB, T.SHELLING, T.DRONE_STRIKE, T.AIR_STRIKE, T.ARMED_CLASH, T.SHOOTING,
             T.ABDUCTION, T.ASSASSINATION]
    perps = ["bbb", "ngf", "esm", "falcon", None]
    targets = ["civ", "patrol", "guard_post", "council", None]
    places = ["ain", "jisr", "burj", "hawsh", "safa", "nakhil", "sawda", "kharab", "marj", "ruqaa"]
    for i in range(36):
        t = types[i % len(types)]
        killed = rng.choice([None, 1, 2, 3, 4, 5, 7, 10, 15])
        injured = rng.choice([None, None, 2, 4, 8])
        if t is T.ABDUCTION:
            killed, injured = None, None
        out.append(Spec(f"event_{i:02d}", t, day(30 + (i * 37) % 60), places[(i * 7) % len(places)],
                        perps[i % len(perps)], targets[(i * 3) % len(targets)], killed, injured,
                        2 + (i % 4)))
    for i in range(8):
        out.append(Spec(f"single_{i}", types[(i * 5) % len(types)], day(100 + i * 3), places[i % len(places)],
                        perps[i % len(perps)], None, i + 1, None, 1, "a single report"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=20240412, help="report variation seed")
    parser.add_argument("--events-seed", type=int, default=7, help="seed of the generic events")
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = []
    for s in specs(args.events_seed):
        for idx in range(s.n):
            report, outlet, note = make_report(s, idx, rng)
            why = "; ".join(x for x in (s.note, note) if x)
            row = {"event": s.key, "source": outlet, "note": why, "report": to_json(report)}
            lines.append(json.dumps(row, ensure_ascii=False))
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {len(lines)} reports in {len(specs())} events to {args.output}\n")


if __name__ == "__main__":
    main()
