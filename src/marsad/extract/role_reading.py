"""Perpetrator and target of one trigger cluster, read around its preferred anchors."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.extract.context import SentenceContext
from marsad.extract.triggers import TriggerCluster
from marsad.model import ActorMention
from marsad.vocab import EventType


def read_roles(
    finder: ActorFinder, ctx: SentenceContext, cluster: TriggerCluster, event_type: EventType
) -> tuple[ActorMention | None, ActorMention | None]:
    """Each side comes from the first anchor (see ``TriggerCluster.role_anchors``) that yields it."""
    perpetrator: ActorMention | None = None
    target: ActorMention | None = None
    analysis = finder.sentence_analysis(ctx)  # tokens and phrases, read once for every anchor
    for hit in cluster.role_anchors:
        roles = finder.roles(ctx, (hit.nstart, hit.nend), event_type, analysis=analysis)
        perpetrator = perpetrator or roles.perpetrator
        target = target or roles.target
        if perpetrator is not None and target is not None:
            break
    return perpetrator, target
