"""Standards inspections, HM Inspectorate of Probation, 2018 onward.

Youth reports ("An inspection of youth offending services in X") and adult ones ("An
inspection of probation services in: X") share one layout: a led-by paragraph on the
second page ("This inspection was led by HM Inspector Name ... The Head of Youth Offending
Team Inspections, responsible for this inspection programme, is Name"), a foreword signed
by the chief inspector ("Dame Glenys Stacey / Chief Inspector of Probation"), then the
ratings per domain and standard. Copies found online run pages together on one line.
"""

from __future__ import annotations

import re

from kg.loaders import inspection_people, registry
from kg.loaders.context import Context

FAMILY = "standards_inspection"
PRECEDENCE = 20
# "An inspection of youth offending services in X" is not a thematic inspection.
EXCLUDES: tuple[str, ...] = ("thematic_inspection",)

TITLE_RE = re.compile(
    r"\b(?:An\s+)?inspection\s+of\s+(?:youth\s+offending|youth\s+justice|probation)\s+services(?:\s+in\b|[^\S\n]*:[^\S\n]*\w)",
    re.IGNORECASE)
INSPECTORATE_RE = re.compile(r"HM\s*Inspectorate\s+of\s+Probation|HMI\s*Probation|Inspectorate\s+of\s+Probation")


def signs(text: str) -> bool:
    head = text[:20000]
    return bool(TITLE_RE.search(head) and INSPECTORATE_RE.search(text))


def recognise(text: str) -> bool:
    """Whether this family reads the document: its signs, unless a family that excludes it shows its own."""
    return registry.recognises(FAMILY, text)


def load(ctx: Context) -> None:
    inspection_people.report_people(ctx)
