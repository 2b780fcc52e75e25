"""Perpetrator and target of one trigger cluster, read around its main predicate first.

A sentence's violent words form one cluster ("قام جنود بقتل مدنيين بعدما فجرت عبوة ناسفة إحدى
مركباتهم"), but only one of them is the predicate whose arguments are the event's parties. The
anchors are tried in the order :func:`anchor_order` gives, by linguistic criteria only:

1. a word in the main clause before one in a subordinate, relative or circumstantial clause (after
   "بعدما", "الذي", "حيث", "مما", ...) or an adjunct event noun ("في هجوم", "إثر انفجار");
2. a finite event verb ("قتلت", "اختطفوا") before an event noun (masdar: "مقتل", "بقتل"), and an event
   noun before any other trigger word (weapons and attackers: "عبوة ناسفة", "انتحاري");
3. for a protest, a word that names the protesters themselves ("المتظاهرون") comes first: it is the
   acting side;
4. the earlier word first.

In English, only rule 3 and the mention kind apply (:func:`_english_rank`), then the earlier word.

Each side (perpetrator, target) comes from the first anchor that yields it.
"""

from __future__ import annotations

import bisect
import dataclasses

from marsad.extract.actors import ActorFinder, SentenceAnalysis
from marsad.extract.context import SentenceContext
from marsad.extract.phrases import Grammar, Phrase, Token
from marsad.extract.roles import is_event_verb
from marsad.extract.triggers import CASUALTY, EVENT, TriggerCluster, TriggerHit
from marsad.model import ActorMention, EventReport, TextSpan
from marsad.vocab import ActorType, EventType, Role

_CLAUSE_END = frozenset({".", ";", "!", "?", ":"})
# complementizers after a speech verb: what follows is the reported (main) clause
_REPORTED = frozenset({"ان", "انه", "بان", "بانه", "انها", "بانها", "that"})
_PROTESTERS = "protesters"
_CIVILIANS = "civilians"


def _subordinate(tokens: list[Token], i: int, g: Grammar) -> bool:
    """Is token ``i`` inside a subordinate clause or an adjunct phrase of another predicate?"""
    tok = tokens[i]
    verb = is_event_verb(tok, g)
    if i > 0 and g.has(g.adjunct_before, tokens[i - 1]) and not verb:
        return True
    if verb:
        # an asyndetic relative clause: a verb right after an indefinite event noun that is itself an
        # adjunct ("قتل X في هجوم انتحاري بسيارة مفخخة استهدف موكبا") describes that noun
        for k in range(i - 1, max(i - 5, 0), -1):
            t = tokens[k]
            if not t.is_word or t.definite:
                break
            if t.text in g.nominal_forms and not t.text.startswith(("ب", "ل")):
                if g.has(g.adjunct_before, tokens[k - 1]):
                    return True
                break
    subordinator = g.subordinator
    for k in range(i - 1, -1, -1):
        text, bare = tokens[k].text, tokens[k].bare  # g.has, inlined: this loop runs back to the clause start
        if text in _CLAUSE_END or bare in _REPORTED:
            return False
        if text in subordinator or bare in subordinator:
            return True
    return False


def _english_rank(hit: TriggerHit) -> int:
    """English anchors: a strong event word ("attacked", "shot dead") names the predicate whose
    arguments are the parties; then a weapon or participant ("Turkish drones"); then a weak event word
    ("killing" of a participle clause); a casualty word's subject is a victim, last ("Two SDF fighters
    were killed when IS militants attacked ...")."""
    if hit.mention == EVENT:
        return 0 if hit.strong else 2
    return 3 if hit.mention == CASUALTY else 1


def anchor_order(analysis: SentenceAnalysis, cluster: TriggerCluster,
                 event_type: EventType) -> tuple[TriggerHit, ...]:
    """The cluster's hits, the sentence's main predicate first (see the module doc)."""
    hits = cluster.hits
    if len(hits) == 1:
        return hits
    tokens, starts, g = analysis.tokens, analysis.starts, analysis.grammar
    nstart = analysis.ctx.nstart
    protest = event_type is EventType.PROTEST
    protester_at = {i for p in analysis.phrases if p.actor_id == _PROTESTERS
                    for i in range(p.first, p.last + 1)} if protest else set()

    def key(hit: TriggerHit) -> tuple[int, int, int]:
        i = max(bisect.bisect_right(starts, hit.nstart - nstart) - 1, 0)
        tok = tokens[i]
        if i in protester_at:
            return (0, -1, hit.nstart)
        if analysis.english:
            return (0, _english_rank(hit), hit.nstart)
        verb = is_event_verb(tok, g) and not (
            tok.bare in g.stop and (i + 1 >= len(tokens) or g.has(g.stop, tokens[i + 1])))
        kind = 0 if verb else 1 if tok.text in g.nominal_forms else 2
        return (int(_subordinate(tokens, i, g)), kind, hit.nstart)

    return tuple(sorted(hits, key=key))


def _same(analysis: SentenceAnalysis, a: Phrase | None, b: Phrase | None) -> bool:
    """Would ``a`` and ``b`` be mentions of the same original-text span?"""
    if a is None or b is None:
        return False
    if a == b:
        return True
    return _span(analysis, a) == _span(analysis, b)


def _span(analysis: SentenceAnalysis, p: Phrase) -> TextSpan:
    """The original-text span of phrase ``p``'s mention (as ``ActorFinder.mention`` quotes it)."""
    ctx = analysis.ctx
    s = ctx.nstart + analysis.starts[p.first] + p.cut
    e = ctx.nstart + analysis.starts[p.last] + len(analysis.tokens[p.last].text)
    return ctx.doc.norm.to_original(s, e)


def read_roles(
    finder: ActorFinder, ctx: SentenceContext, cluster: TriggerCluster, event_type: EventType
) -> tuple[ActorMention | None, ActorMention | None]:
    """Each side comes from the first anchor (see :func:`anchor_order`) that yields it."""
    perpetrator: Phrase | None = None
    target: Phrase | None = None
    analysis = finder.sentence_analysis(ctx)  # tokens and phrases, read once for every anchor
    if not analysis.tokens:
        return None, None
    marked = False
    markers: bool | None = None  # does the sentence have an agent marker word? (asked at most once)
    for hit in anchor_order(analysis, cluster, event_type):
        perp, targ, marks = finder.role_phrases(analysis, (hit.nstart, hit.nend), event_type)
        if marks and not marked:
            # an agent marker ("هجوم نفذه X", "على يد X") names the perpetrator outright, even when it
            # is read around a lower-ranked word of the cluster
            perpetrator, marked = perp, True
        # one phrase is never both sides of an event: a later anchor's usual-role guess ("the IRGC")
        # does not take the side an earlier anchor gave it by grammar ("فجرت حافلة مملوكة للحرس الثوري")
        if perpetrator is None and not _same(analysis, perp, target):
            perpetrator = perp
        if target is None and not _same(analysis, targ, perpetrator):
            target = targ
        if perpetrator is not None and target is not None:
            if marked:
                break
            if markers is None:
                # a later anchor may still find an agent-marked perpetrator only if the sentence has a
                # marker word
                g = analysis.grammar
                tokens = analysis.tokens
                markers = not (g.agent_before.isdisjoint([t.text for t in tokens])
                               and g.agent_before.isdisjoint([t.bare for t in tokens]))
            if not markers:
                break
    if event_type is EventType.PROTEST and not marked and not analysis.english:
        perpetrator = _antecedent_protesters(finder, analysis, cluster, event_type, perpetrator, target)
    if not marked and not analysis.english:
        # "استهدفت مسيرة تركية نقطة لقوات X": the trigger's own words name the agent ("تركية"), not the
        # phrase the verb reads as its subject after it
        perpetrator = _named_by_trigger(finder, analysis, cluster, event_type) or perpetrator
    perp_mention = finder.mention(ctx, analysis, perpetrator, Role.PERPETRATOR) if perpetrator else None
    targ_mention = finder.mention(ctx, analysis, target, Role.TARGET) if target else None
    if analysis.english:
        victims = _english_victims(finder, ctx, cluster, event_type, analysis, perp_mention)
        members = _first_members(finder, ctx, cluster, analysis)
        if members is not None and (
            victims is None or members.evidence.span.start < victims.evidence.span.start
        ):
            victims = members  # "killing two members of the SDF and injuring a civilian": the SDF
        targ_mention = victims or targ_mention
    if event_type is EventType.PROTEST and perp_mention is not None and perp_mention.actor_id == _CIVILIANS:
        perp_mention = _as_protesters(perp_mention)
    return perp_mention, targ_mention


def _antecedent_protesters(finder: ActorFinder, analysis: SentenceAnalysis, cluster: TriggerCluster,
                           event_type: EventType, perpetrator: Phrase | None, target: Phrase | None
                           ) -> Phrase | None:
    """A definite "المتظاهرون" after an earlier protest word of the sentence whose own clause names who
    protests ("خرج الآلاف من النيباليين في مسيرات ... وكان المتظاهرون يهتفون", "نظم طلاب الجامعة مظاهرة
    ... ورفع المتظاهرون"): the article makes it an anaphor, and its antecedent, the people the earlier
    clause names, is the acting side. Otherwise ``perpetrator`` itself."""
    if perpetrator is None or perpetrator.actor_id != _PROTESTERS \
            or not analysis.tokens[perpetrator.first].definite:
        return perpetrator
    base = analysis.ctx.nstart
    starts, tokens = analysis.starts, analysis.tokens
    for hit in sorted(cluster.hits, key=lambda h: h.nstart):
        ta = max(bisect.bisect_right(starts, hit.nstart - base) - 1, 0)
        if ta >= perpetrator.first:
            break
        tb = max(bisect.bisect_left(starts, hit.nend - base) - 1, ta)
        phrases = [p for p in analysis.phrases if not (p.first <= tb and p.last >= ta)]
        subject = analysis.roles.protest_subject(tokens, ta, tb, phrases, catalogued=True)
        if subject is not None and subject.last < perpetrator.first and not _same(analysis, subject, target):
            return subject
    return perpetrator


def _named_by_trigger(
    finder: ActorFinder, analysis: SentenceAnalysis, cluster: TriggerCluster, event_type: EventType
) -> Phrase | None:
    """The agent a trigger of several words names by its own nationality adjective ("مسيرة تركية",
    "غارة إسرائيلية" read as one trigger), or None."""
    g = analysis.grammar
    starts = analysis.starts
    base = analysis.ctx.nstart
    for hit in cluster.hits:
        lo = bisect.bisect_right(starts, hit.nstart - base)
        hi = bisect.bisect_left(starts, hit.nend - base)
        words = [analysis.tokens[k].bare for k in range(lo, hi)]
        if not any(w in g.nationality or w.removesuffix("ه") in g.nationality for w in words):
            continue
        perp = finder.role_phrases(analysis, (hit.nstart, hit.nend), event_type)[0]
        if perp is not None and not perp.generic and hit.nstart <= base + starts[perp.first] < hit.nend:
            return perp
    return None


def _as_protesters(mention: ActorMention) -> ActorMention:
    """People who protest are the protesters ("Hundreds of people demonstrated", "خرج مئات الأهالي
    في مظاهرة"): the acting side of a protest (eval/events/README.md guideline 5)."""
    return dataclasses.replace(
        mention, actor_id=_PROTESTERS, name=_PROTESTERS, actor_type=ActorType.PROTESTERS
    )


def protesters_by_default(report: EventReport) -> EventReport:
    """A protest whose text names no one doing it is done by its protesters (eval/events/README.md
    guideline 5: "Hundreds demonstrated", "a demonstration of about 200 teachers"): the acting side
    is quoted by the protest word itself."""
    if report.event_type is not EventType.PROTEST or report.perpetrator is not None:
        return report
    evidence = dataclasses.replace(
        report.trigger, producer="extract.roles.v1", note="a protest's acting side: its protesters"
    )
    side = ActorMention(text=evidence.quote, role=Role.PERPETRATOR, evidence=evidence, actor_id=_PROTESTERS,
                        name=_PROTESTERS, actor_type=ActorType.PROTESTERS)
    return dataclasses.replace(report, perpetrator=side)


def _english_victims(
    finder: ActorFinder,
    ctx: SentenceContext,
    cluster: TriggerCluster,
    event_type: EventType,
    analysis: SentenceAnalysis,
    perpetrator: ActorMention | None,
) -> ActorMention | None:
    """The target read around the first casualty word ("Two civilians were wounded when shells hit
    villages ..."): the ones killed or wounded are the event's target, whatever the event word's
    clause says further on; None when the cluster has no casualty word or it names nobody."""
    hit = next((h for h in cluster.hits if h.mention == CASUALTY), None)
    if hit is None:
        return None
    roles = finder.roles(ctx, (hit.nstart, hit.nend), event_type, analysis=analysis)
    return None if _same_mention(roles.target, perpetrator) else roles.target


def _first_members(
    finder: ActorFinder, ctx: SentenceContext, cluster: TriggerCluster, analysis: SentenceAnalysis
) -> ActorMention | None:
    """The body whose counted members a casualty or killing word names first (:func:`_members_of`)."""
    for h in sorted(cluster.hits, key=lambda h: h.nstart):
        if h.mention == CASUALTY or not h.strong:
            members = _members_of(analysis, h.nend - ctx.nstart)
            if members is not None:
                return finder.mention(ctx, analysis, members, Role.TARGET)
    return None


_OF = frozenset({"of", "the"})
_MEMBERS_REACH = 6  # words between a casualty word and the body its victims belong to


def _members_of(analysis: SentenceAnalysis, at: int) -> Phrase | None:
    """The catalogued body right after a casualty word's counted persons: "killing two members of the
    Syrian Democratic Forces", "wounding three soldiers of the Iraqi army" name that body's members."""
    g = analysis.grammar
    tokens = analysis.tokens
    j = bisect.bisect_left(analysis.starts, at)
    persons = 0
    for k in range(j, min(j + _MEMBERS_REACH, len(tokens))):
        tok = tokens[k]
        phrase = next((p for p in analysis.phrases if p.first == k), None)
        if phrase is not None:
            return phrase if persons and phrase.actor_id is not None and not phrase.generic else None
        if g.has(g.person_noun, tok):
            persons += 1
        elif not (tok.text in _OF or g.has(g.quantity, tok) or tok.text.isdigit()):
            return None
    return None


def _same_mention(a: ActorMention | None, b: ActorMention | None) -> bool:
    return a is not None and b is not None and a.evidence.span == b.evidence.span
