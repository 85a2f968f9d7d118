"""Full Joint Inspections (and reinspections) of youth offending work, 2012-2017, and the Core Case
Inspections before them: HM Inspectorate of Probation with the police, health, social care and
education inspectorates.

A report opens with a foreword signed by the chief inspector (often above a garbled image of
the handwritten signature: "Paul Hul M / Paul Wilson CBE / HM Chief Inspector of Probation")
and ends with "Appendix: Acknowledgements", a table of Lead Inspector, Deputy Lead Inspector,
Inspection Team and support rows, each name followed by its inspectorate ("Jane Doe, HMI
Probation", "Jon Roe Ofsted further education and learning") or its own role. Council papers
often embed the whole report: only the report part is read where its title line is found.
"""

from __future__ import annotations

import re

from kg.loaders import inspection_people, people_lists, registry
from kg.loaders.context import Context

FAMILY = "joint_inspection"
PRECEDENCE = 30
# A joint inspection of one area's youth offending work is not a thematic inspection; its team list is no staff page.
EXCLUDES: tuple[str, ...] = ("thematic_inspection", "staff_page")
# The parts set under their own heading that its loader reads itself (`registry.PART_KINDS`): the report's copy list (`inspection_people.report_people`).
PARTS: tuple[str, ...] = ("copy_list",)

TITLE_LINE_RE = re.compile(
    r"^[^\S\n]*(?:#+\s*|\*\*)?(?:(?:Full\s+)?Joint\s+|Core\s+Case\s+)?(?:Re-?)?[Ii]nspection\s+of\s+(?:the\s+)?"
    r"[Yy]outh\s+[Oo]ffending\s+[Ww]ork\b"
    # the title in capitals: 'FULL JOINT INSPECTION OF YOUTH OFFENDING WORK' / 'IN SKARROWBY'
    r"|^[^\S\n]*(?:(?:FULL\s+)?JOINT\s+|CORE\s+CASE\s+)?(?:RE-?)?INSPECTION\s+OF\s+(?:THE\s+)?YOUTH\s+OFFENDING\s+WORK\b",
    re.MULTILINE)
# A title run into other text (pages extracted as one line) is still title-cased.
TITLE_RE = re.compile(r"\b(?:Full\s+Joint|Core\s+Case)\s+(?:Re-?)?[Ii]nspection\s+of\s+Youth\s+Offending\s+Work\b")


# A council's paper citing the report by its publisher and title ('BACKGROUND PAPERS: HMI Probation, Full Joint
# Inspection of Youth Offending Work in X (2012)', 'References: HM Inspectorate of Probation, Core Case Inspection of
# ...'): a reference to the report, not its title.
CITED_BEFORE_RE = re.compile(r"(?:\b(?:background\s+papers?|references?|sources?)[^\S\n]*:[^\n]*|"
                             r"\b(?:HM\s+Inspectorate\s+of\s+Probation|HMI\s+Probation)[^\S\n]*,)[^\S\n]*$", re.IGNORECASE)


def signs(text: str) -> bool:
    return bool(TITLE_LINE_RE.search(text) or any(not _cited(text, title.start()) for title in TITLE_RE.finditer(text)))


def _cited(text: str, start: int) -> bool:
    """The run-in title cited after its publisher or under a paper's list of references (see CITED_BEFORE_RE)."""
    line_start = text.rfind("\n", 0, start) + 1
    return CITED_BEFORE_RE.search(text[max(line_start, start - 200):start]) is not None


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def report_start(text: str) -> int:
    """Where the report begins: its title line, or the start of the document."""
    title = TITLE_LINE_RE.search(text) or TITLE_RE.search(text)
    return title.start() if title else 0


# A report sent as a letter heads its title with the letter's own head ('To:  Jo Bloggs, Chair ...' / 'From:  Ann Lee,
# Assistant Chief Inspector'): a few lines, where a council's paper embedding the report runs on for pages.
LETTER_HEAD_CHARS = 1200


def load(ctx: Context) -> None:
    begin = report_start(ctx.text)
    inspection_people.report_people(ctx, begin)
    people_lists.memo_header(ctx, ctx.home_area)  # a letter about the inspection, set out as a memo
    if 0 < begin <= LETTER_HEAD_CHARS and not any(role.relation == "author" for role in ctx.roles):
        people_lists.address_block(ctx, ctx.home_area, 0, begin)  # the letter's head above the report's title
