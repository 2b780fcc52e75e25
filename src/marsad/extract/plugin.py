"""Registers the rule-based extractor as ``rules`` in ``regs.extractors``."""

from __future__ import annotations

from marsad.registry import Registries


def register(regs: Registries) -> None:
    from marsad.extract.pipeline import extract_batch, extract_document, load_resources

    regs.extractors.register(
        "rules",
        {
            "load_resources": load_resources,
            "extract_document": extract_document,
            "extract_batch": extract_batch,
        },
    )
