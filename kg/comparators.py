"""The comparators of key facts, one name each: a figure 'against the national average', '32.5% for England and
Wales', 'the England and Wales rate' and 'Average for England and Wales' are all compared with England and Wales.

A small vocabulary of what an area is compared with: England and Wales (the national figure), England, Wales, the
area's region (named or not), its YOT family (statistical neighbours, similar areas), its own previous period, and the
area as a whole (a group's share against the whole population). `COMPARATOR_WORDS` gives the words that name each; the
key-fact reader finds comparators by them (`PLACE_COMPARATOR`) and `standard_comparator` gives the one name of a
comparator however it is written, so the loaders, `kg eval` and its checks name comparators alike. A comparator the
vocabulary does not know keeps its written name, tidied.
"""

from __future__ import annotations

import re

NATIONAL = "England and Wales"
ENGLAND = "England"
WALES = "Wales"
REGION = "region"
FAMILY = "YOT family"
PREVIOUS_PERIOD = "previous period"
WHOLE_AREA = "area as a whole"

# The words that name each comparator, most telling first: a place written wins over the kind of average ('the
# national average for England' is England's), and a named region is the area's region.
COMPARATOR_WORDS: tuple[tuple[str, str], ...] = (
    (NATIONAL, r"England\s*(?:and|&)\s*Wales|E\s?&\s?W"),  # (or "England & Wales", a table's "E&W")
    (ENGLAND, r"England"),
    (WALES, r"Wales|Welsh(?=\s+(?:average|rate|figure|mean)\b)"),  # 'a Welsh average of 35.1%'
    # (a capitalised word after it is another place's name, 'South West Yorkshire'; 'the South East region' is the
    # region: the case of the look-ahead kept when the patterns ignore it)
    # (after a table's column gap, 'South West   England', it is the next cell's; a line break may part its words)
    (REGION, r"London|(?:the\s+)?(?:North|South)(?:[\s-]|\n[^\S\n]*+)(?:East|West)(?![^\S\n]{1,2}(?-i:[A-Z]))|(?:East|West)\s+Midlands|"
             r"Yorkshire\s+and\s+(?:the\s+)?Humber"),
    (FAMILY, r"(?:YOT\s+|YJS\s+|YOS\s+)?family(?:\s+group)?|statistical\s+neighbours?|"
             r"comparator\s+(?:group|areas?|YOTs?|services)|similar\s+areas"),
    (NATIONAL, r"national(?:ly)?"),
    (REGION, r"regional(?:ly)?|(?:the\s+)?region"),
)
# The places and kinds of average the key-fact reader takes for a comparator's name.
PLACE_COMPARATOR = "|".join(words for _, words in COMPARATOR_WORDS)
# Comparators named by time or by the whole, which no place word names: read after the places ('the England and Wales
# average last year' is the national one).
OTHER_COMPARATORS: tuple[tuple[str, str], ...] = (
    (PREVIOUS_PERIOD, r"(?:previous|last|prior|preceding)\s+(?:year|quarter|period|month|cohort)|"
                      r"same\s+(?:period|quarter|time)\s+(?:last|the\s+previous)\s+year|last\s+year|previous\s+period|"
                      # 'a year earlier', and a period named alone ('388 in 2008/09', '(Q2: 7)', '(2010/11 full year: 212)'):
                      # the area's own figure then
                      r"(?:a\s+|one\s+)?year\s+(?:earlier|before|ago)|^(?:Q[1-4](?:\s+(?:19|20)\d{2}\s*[/–-]\s*\d{2,4})?|"
                      r"(?:19|20)\d{2}\s*[/–-]\s*\d{2,4})(?:\s+full\s+year)?$"),
    (WHOLE_AREA, r"overall|as\s+a\s+whole"),
)
VOCABULARY = tuple((name, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
                   for name, words in (*COMPARATOR_WORDS, *OTHER_COMPARATORS))
COMPARATORS = frozenset(name for name, _ in VOCABULARY)
# Words before a name that are no part of it: 'the average', 'in the local authority'.
LEADING_WORDS = re.compile(r"^(?:(?:the|a|an|in|for|across|against|with)\s+)+", re.IGNORECASE)


def standard_comparator(written: str) -> str:
    """The vocabulary's name for a comparator as written ('the national average' -> 'England and Wales', 'Family
    group' -> 'YOT family', 'South West' -> 'region'), else the written name on one line without the words around
    it ('the local authority average' -> 'local authority average')."""
    text = " ".join(written.split()).strip(" :;,.()")
    for name, words in VOCABULARY:
        if words.search(text):
            return name
    return LEADING_WORDS.sub("", text) or text


def is_standard_comparator(name: str) -> bool:
    """Whether a comparator's name is one of the vocabulary's."""
    return name in COMPARATORS
