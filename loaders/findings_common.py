"""What the findings extractors share: the inspection they link to (`InspectionRef`),
numbers written as digits or words, and the markers and headings of numbered and
bulleted lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.loaders.context import Context
from kg.loaders.text import Span, span

NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
NUMBER = (r"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|"
          r"six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
THEME_HEADING = re.compile(r"^\W*Theme\s+\d+\s*:\s*(?P<name>[A-Z][^\n]{2,80}?)\W*$")
NUMBERED_ITEM = re.compile(r"^\W*?(?P<number>\d{1,2})[.)]?\s+(?=\S)")
BULLET_ITEM = re.compile(r"^\s*(?:[-•·▪●◦*]|\(\w\)|[a-z][.)])\s+")
CASES_EXAMINED = [
    re.compile(rf"\b(?:examined|inspected|assessed|reviewed|looked at)\s+(?:a\s+(?:representative\s+)?sample\s+of\s+)?"
               rf"(?P<value>{NUMBER})\s+(?:individual\s+|recent\s+)?cases\b", re.IGNORECASE),
    # '30 cases were inspected', a slide's '28 cases inspected, 9 out-of-court disposals'
    re.compile(rf"\b(?P<value>{NUMBER})\s+cases\s+(?:were\s+)?(?:inspected|examined|assessed|reviewed)\b", re.IGNORECASE),
]


@dataclass(frozen=True)
class InspectionRef:
    id: str
    area: str | None


def number_value(words: str) -> int:
    """'20', '1,234', 'seven', 'Twenty one', 'twenty-one' as an int."""
    cleaned = words.replace(",", "").strip().lower()
    if cleaned.isdigit():
        return int(cleaned)
    parts = re.split(r"[\s-]+", cleaned)
    return sum(TENS.get(part, NUMBER_WORDS.get(part, 0)) for part in parts)


def looks_like_heading(text: str) -> bool:
    return len(text) < 60 and not text.rstrip().endswith((".", ",", ";", ")", ":", '"', "”")) and text[:1].isupper()


def without_number(ctx: Context, body: Span) -> Span:
    """The item without its leading number ('1. ', '2) ')."""
    numbered = NUMBERED_ITEM.match(body.text)
    return span(ctx.text, body.start + numbered.end(), body.end) if numbered else body
