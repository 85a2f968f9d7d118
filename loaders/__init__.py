"""Loaders: one module per document family, and the registry that picks them.

Each family module has a docstring saying what the family is, and exposes:

    FAMILY: str                      # the family's name, as stored on the Document
    PRECEDENCE: int                  # families are loaded (and listed) lowest first
    EXCLUDES: tuple[str, ...]        # families it overrides where it shows its own signs
    def signs(text: str) -> bool     # does this document (or part of it) look like the family's?
    def recognise(text: str) -> bool # does the family read it: its signs, and no family excluding it shows its own
    def load(ctx: Context) -> None   # emit the family's statements through the context

`kg.loaders.registry` applies the declarations; no family calls another's `recognise`. A
document may belong to more than one family (council papers that embed an inspection
report): every family that recognises it is loaded, and one that then extracts nothing is
reported in the warnings. A document no family recognises is read by the generic
extractors, so it still yields what they can find. The findings extractors (ratings,
recommendations, strengths, key facts) run on every document, and so does the reader of board
membership tables: a table under a "Board membership" heading lists members whatever the
document's family (a plan, an annual report, minutes). A part of another kind set under its own heading
(a copy list, a body's minutes) is read whatever the family too, once: by the family that declares
it reads such parts itself (its PARTS), else after the families (`registry.parts_unread`).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from kg import names
from kg.documents import Document
from kg.loaders import attendance, council_papers, findings, generic, passing, people_lists, registry, speakers, text
from kg.loaders.context import Context
from kg.statements import Statement


@dataclass(frozen=True)
class LoadResult:
    document: Document
    families: tuple[str, ...]
    statements: list[Statement]
    warnings: list[str]


def family_modules() -> list[ModuleType]:
    """The family loaders, most specific first (by their PRECEDENCE)."""
    return registry.family_modules()


# What the readers memoise of one document (its lines, lists and names, keyed by its text or by stretches of it): a
# document's reading starts with them empty, so that no reading keeps another document's text alive, and a second
# load of one text costs what the first did (a timed retry is no cheaper).
DOCUMENT_MEMOS = (names._find_names, names._no_name_in, text._lines, text._document_lines, text._cell_bounds, text._cells,
                  text._column_heads, attendance._sections, attendance._heading_kind, attendance._listed_people, generic._area_of_head,
                  people_lists._title_lines, people_lists._emails)


def load_document(document: Document) -> LoadResult:
    """Every statement the loaders can read from one document."""
    for memo in DOCUMENT_MEMOS:
        memo.cache_clear()
    ctx = Context(document)
    ctx.home_area = generic.document_area(ctx)
    ctx.home_body = generic.document_body(ctx)
    ctx.home_police_area = ctx.gazetteer.written_police_area(ctx.home_area, ctx.text[:6000]) if ctx.home_area else None
    published = generic.publication_date(ctx)
    ctx.home_date = published[0] if published else None
    matched = registry.recognised(document.text)
    for module in matched or [generic]:
        ctx.family = module.FAMILY
        ctx.extractor = module.FAMILY
        before, roles_before = dict(ctx.statements), len(ctx.roles)
        module.load(ctx)
        if matched and not emitted_since(ctx, before, roles_before):
            ctx.warn(f"recognised as {module.FAMILY} but nothing was extracted by it")
    families = tuple(module.FAMILY for module in matched) or (generic.FAMILY,)
    # the parts under their own heading that no family reading the document reads itself ('APPENDIX 2: COPY LIST' after
    # a news item, 'EXTRACT FROM THE MINUTES OF CABINET' after a cabinet report)
    unread = registry.parts_unread(matched or [generic])
    ctx.extractor = "parts"
    if "copy_list" in unread:
        people_lists.copy_list(ctx, ctx.home_area)
    if "minutes" in unread:
        council_papers.read_minutes_extracts(ctx)
    ctx.extractor = "membership"
    people_lists.board_membership(ctx, ctx.home_area)
    if not matched:  # a paper of no family quotes the members its membership table lists (read just above)
        speakers.members_quoted(ctx, ctx.home_area)
    ctx.extractor = "passing"
    passing.people_named_in_passing(ctx)
    ctx.extractor = "findings"
    findings.load(ctx)
    ctx.extractor = "document"
    generic.document_facts(ctx, families)
    return LoadResult(document, families, ctx.finish(), ctx.warnings)


def emitted_since(ctx: Context, before: dict[str, Statement], roles_before: int) -> bool:
    """Whether anything was emitted since `before`: a new statement, one emitted again (even if another family had
    it already), or a person's role (roles are written at `finish`)."""
    return len(ctx.roles) > roles_before or len(ctx.statements) > len(before) or any(
        ctx.statements[key] is not statement for key, statement in before.items())
