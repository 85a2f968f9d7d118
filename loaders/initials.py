"""Initials in minutes: "MR advised that ..." is Miriam Robertson when she is the only attendee
with those initials.

Minutes name the people at a meeting once, in the attendance lists, then refer to them by
initials ("ACTION: MR"). Each sentence after the lists that uses the initials of exactly one
attendee becomes a mention of that person: `Person.mentioned_as` with the initials as value
and the sentence as quote, so the person's record shows what they said and were asked to do.
Initials two attendees share, or that no attendee has ("YOS", "YJB"), link nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from kg.loaders.context import Context
from kg.loaders.text import sentences, span
from kg.names import UPPER

INITIALS_RE = re.compile(rf"(?<![\w&/.'’-])[{UPPER}]{{2,4}}(?![\w&/'’-]|\.\w)")


def initials_of(name: str) -> set[str]:
    """The initials a person may go by: 'Jo Fitz-Allen' is JF or JFA."""
    words = name.split()
    by_word = "".join(w[0] for w in words if w[:1].isalpha())
    by_part = "".join(p[0] for w in words for p in w.split("-") if p[:1].isalpha())
    return {i.upper() for i in (by_word, by_part) if len(i) >= 2}


def link_initials(ctx: Context, attendees: Iterable[str], after: int) -> int:
    """Mentions of attendees by their initials in the sentences after `after`; how many were linked."""
    holders: dict[str, set[str]] = defaultdict(set)
    for name in attendees:
        for initials in initials_of(name):
            holders[initials].add(name)
    linked = 0
    for sentence in sentences(ctx.text, after):
        if _shouted(sentence.text, holders):
            continue  # "REPORT TO THE BOARD": capitals there are words, not initials
        for initials in dict.fromkeys(INITIALS_RE.findall(sentence.text)):
            named = holders.get(initials, set())
            if len(named) == 1:
                ctx.emit(ctx.person_id(next(iter(named))), "Person", "mentioned_as", initials, sentence)
                linked += 1
    for speech in SPEAKS_RE.finditer(ctx.text, after):
        named = holders.get(speech.group("initials"), set())
        if len(named) == 1:  # 'CO said that the force had reviewed': the attendee speaks
            ctx.person_role(next(iter(named)), "quoted", span(ctx.text, speech.start(), speech.end()))
    return linked


# Initials as the subject of a verb of speech: 'KAR said that', 'IBA said:', 'IC\nsaid'.
SPEAKS_RE = re.compile(rf"(?<![\w&/.'’-])(?P<initials>[{UPPER}]{{2,4}})\s+(?:said|added|stated|commented)\b")


def _shouted(text: str, initials: dict[str, set[str]]) -> bool:
    """A heading in capitals: three words or more in capitals that are no attendee's initials."""
    return len([w for w in re.findall(r"\b[A-Z]{2,}\b", text) if w not in initials]) >= 3
