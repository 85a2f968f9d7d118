"""Loaders: one module per document family, and the registry that picks them.

Each family module has a docstring saying what the family is, and exposes:

    FAMILY: str                      # the family's name, as stored on the Document
    def recognise(text: str) -> bool # does this document (or part of it) belong to the family?
    def load(ctx: Context) -> None   # emit the family's statements through the context

A document may belong to more than one family (council papers that embed an inspection
report): every family that recognises it is loaded. A document no family recognises is
read by the generic extractors, so it still yields what they can find. The findings
extractors (ratings, recommendations, strengths, key facts) run on every document.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from kg.documents import Document
from kg.loaders import findings, generic
from kg.loaders.context import Context
from kg.statements import Statement


@dataclass(frozen=True)
class LoadResult:
    document: Document
    families: tuple[str, ...]
    statements: list[Statement]
    warnings: list[str]


def family_modules() -> list[ModuleType]:
    """The family loaders, most specific first."""
    from kg.loaders import (
        board_minutes,
        council_papers,
        joint_inspection,
        press_release,
        sqs_letter,
        staff_page,
        standards_inspection,
        thematic_inspection,
    )

    return [sqs_letter, standards_inspection, joint_inspection, thematic_inspection, council_papers,
            board_minutes, press_release, staff_page]


def load_document(document: Document) -> LoadResult:
    """Every statement the loaders can read from one document."""
    ctx = Context(document)
    matched = [module for module in family_modules() if module.recognise(document.text)]
    for module in matched or [generic]:
        ctx.family = module.FAMILY
        ctx.extractor = module.FAMILY
        module.load(ctx)
    families = tuple(module.FAMILY for module in matched) or (generic.FAMILY,)
    ctx.extractor = "findings"
    findings.load(ctx)
    ctx.extractor = "document"
    generic.document_facts(ctx, families)
    return LoadResult(document, families, ctx.finish(), ctx.warnings)
