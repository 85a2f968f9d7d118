"""Thematic inspections: one subject across several areas, by HM Inspectorate of Probation alone or
jointly with the police, health, social care and education inspectorates ("A Joint Inspection of
Youth Crime Prevention", "Joint thematic inspection of resettlement services to children").

The people are in the acknowledgements: a list of labels and names ("Lead inspector / Gary
Doe (HMI Constabulary)", "HMI Constabulary inspectors / Ann Roe, Ben Poe", "Support Staff /
Cal Loe; Dee Moe", "Editor / Eve Hoe"), one item a line, or run together when the pages were
extracted as one line; and the foreword signed by one or more chief inspectors.
"""

from __future__ import annotations

import re

from kg.loaders import inspection_people, joint_inspection, sqs_letter, standards_inspection
from kg.loaders.context import Context

FAMILY = "thematic_inspection"

THEMATIC_RE = re.compile(
    r"\bthematic\s+(?:inspection|review)\b|\bA(?:n)?\s+(?:[Jj]oint\s+)?[Ii]nspection\s+(?:by|of)\b|"
    r"\bA\s+Joint\s+Inspection\b", re.IGNORECASE)


def recognise(text: str) -> bool:
    head = text[:20000]
    if not THEMATIC_RE.search(head):
        return False
    return not any(family.recognise(text) for family in (standards_inspection, joint_inspection, sqs_letter))


def load(ctx: Context) -> None:
    inspection_people.report_people(ctx, default_organisation=None)
