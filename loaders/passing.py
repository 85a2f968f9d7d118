"""People named in passing: a full name the text writes in its prose or lists that no reader placed in a relation.

A report names the board's members it met ('met were Superintendent Jo Lee of Northshire Police, Ann Hall of the
Probation Service'); a news item names a manager once in passing. No reader gives them a part in the document, yet
they are the people the next set of minutes lists as 'J Lee' and 'A Hall'. Each is kept as a mention with the
relation 'other' (named in the document, with the sentence as its quote), so that resolution can join those initials
to the full name (`kg.resolve`: initials are the person named in full with that surname in documents about the same
area) and a person's record shows every document that names them.

Only a name the strict reading finds (a forename the lexicon knows, or a title before the name) that the text
shows to be a person's is kept: a title before it ('Superintendent Jo Lee', 'Cllr Ann Hall'), or a post or a body
beside it ('Jo Lee, Head of Service', 'Jo Lee (inspector)', 'Jo Lee of Northshire Police', 'Its chair, Jo Lee'); a
forename the lexicon knows is a word or a place too often for a name alone to do ('Bay Town', 'Fair Access', 'Glan
Hafren'). Not kept either: a name whose surname a reader already gave a part in the document (the same person
written another way), a place ('Ashley House', '1st Floor Manchester'), a name in capitals (a practice example's
child in a heading), or a forename alone (a child's pseudonym is one word).
"""

from __future__ import annotations

import re
from itertools import takewhile

from kg.dates import is_month
from kg.loaders.context import Context
from kg.loaders.text import SENTENCE_REACH, end_of_line, sentence_end, start_of_line, trim, wrapped_sentence_start
from kg.names import (
    NameMatch,
    find_names,
    goes_on_a_name_before,
    is_initials,
    name_key,
    post_or_title_before,
    surname,
)
from kg.vocabulary import is_body_word, is_post_noun, is_post_word, is_venue_word

# A word in lower case: a name's part the document also writes so is a word of its prose, not a name.
LOWER_CASE_WORD_RE = re.compile(r"\b[a-z][\w'-]*+")
# A hyphen ending a line inside a name.
HYPHEN_AT_LINE_END_RE = re.compile(r"-[ \t]*+\n")
# A line's words, and how many besides a name make a line of prose rather than a list's entry.
WORD_RE = re.compile(r"[^\W\d_][\w'-]*+")
TITLE_CASED_WORDS = 5
# A bracket opened just before a name: '(Roman Catholic Diocese representative)'.
BRACKET_BEFORE_RE = re.compile(r"\([ \t]*$")
# The word right after a name: a body's ('Bae Morlan University Health Board', 'Kent Downs Probation') makes it a place.
WORD_AFTER_RE = re.compile(r"[ \t]++([\w'-]++)")
# What is set after a name: 'of' / 'from' and a body's name ('Jo Lee of the Probation Service'), a post run into it
# ('Jo Lee Head of Service', 'Jo Lee Performance Analyst'), or a few words set off by a comma, a bracket or a dash,
# on its line or the next ('Jo Lee, Head of Service', 'Jo Lee' / '(Estyn inspector)', 'Jo Lee - Northshire Police').
AFTER_RE = re.compile(r"[ \t]++(?P<of>of|from)\s{1,4}(?:the\s{1,4})?[A-Z]|[ \t]++(?P<run>[\w'-]++)(?:[ \t]++(?P<run2>[\w'-]++))?"
                      r"|[ \t]*+\n?[ \t]*+[,(\u2013\u2014-][ \t]*+(?P<set>[^,()\n]{1,60})")
# The word before a name set off by a comma or colon ('Its chair, Jo Lee', 'Youth Justice Manager: Jo Lee').
WORD_BEFORE_RE = re.compile(r"(?P<word>[\w'-]+)[,:][ \t]*$")


def people_named_in_passing(ctx: Context) -> None:
    """A mention with the relation 'other' for each full name no reader gave a part in the document."""
    placed = {surname(role.name) for role in ctx.roles}
    words = set(LOWER_CASE_WORD_RE.findall(ctx.text))
    kept: set[str] = set()
    for name in find_names(ctx.text):
        key = name_key(name.name)
        if key in kept or surname(name.name) in placed or not _named_in_full(ctx.text, name):
            continue
        if any(part.lower() in words for part in name.name.split()):
            continue  # a word the document writes in lower case too ('Harm Must', 'Be Kept' in a heading's capitals)
        if _title_cased_line(ctx.text, name):
            continue
        post_after = _post_or_body_after(ctx.text, name)
        if not (post_after or name.title or _post_or_title_before(ctx.text, name)):
            continue
        if not post_after and _cut_at_line_end(ctx.text, name):
            continue
        kept.add(key)
        start = wrapped_sentence_start(ctx.text, name.start)
        ctx.person_role(name, "other", trim(ctx.text, start, max(name.end, sentence_end(ctx.text, name.end))),
                        extractor="passing")


def _named_in_full(text: str, name: NameMatch) -> bool:
    """A forename and a surname in Title Case, no word of them a place's, a post's, a body's or a month's, and no
    proper name, number or bracket going on before them ('Heddlu De Cymru', '1st Floor Manchester') nor a body's word
    after them ('Bae Morlan University Health Board')."""
    words = name.name.split()
    if name.surname_only or len(words) < 2 or is_initials(words[0]):
        return False
    if any(word.isupper() for word in text[name.start:name.end].split()) or is_venue_word(words[-1]) or is_month(words[-1]):
        return False
    if any(is_post_word(part) or is_body_word(part) for word in words for part in word.split("-")):
        return False  # ('Marcus Pendle-' over 'Chair' in a column beside it read as 'Marcus Pendle-Chair')
    if HYPHEN_AT_LINE_END_RE.search(text, name.start, name.end):
        return False  # a surname hyphenated over a line's end: the readers of its layout join it, or it is cut
    if goes_on_a_name_before(text, name) or BRACKET_BEFORE_RE.search(text, max(0, name.start - 8), name.start):
        return False
    after = WORD_AFTER_RE.match(text, name.end)
    return not (after and is_body_word(after.group(1)))


def _title_cased_line(text: str, name: NameMatch) -> bool:
    """A name on a line of prose written with every word capitalised ('Ralph Was 16 Years Old When He Made Significant
    Progress'): no word there tells a name from the words around it. A list's short line is no prose ('Jo Lee, Chair
    Of The Board'). The line is read near the name only (a text whose line breaks were lost is one line)."""
    start = start_of_line(text, name.start)
    end = end_of_line(text, name.end, min(len(text), name.end + SENTENCE_REACH))
    others = WORD_RE.findall(text[start:name.start] + " " + text[name.end:end])
    return len(others) >= TITLE_CASED_WORDS and not any(word[0].islower() for word in others)


def _cut_at_line_end(text: str, name: NameMatch) -> bool:
    """A short surname ending its line with no post after it: a name cut short ('Cllr Bernadette Ok' of a link's
    text cut at the line's end)."""
    return len(name.name.split()[-1]) <= 3 and text.startswith("\n", name.end)


def _post_or_body_after(text: str, name: NameMatch) -> bool:
    """A post or a body written after the name: 'Jo Lee, Head of Service', 'Jo Lee of Northshire Police', 'Jo Lee
    Head of Service', 'Jo Lee' / '(inspector)'."""
    after = AFTER_RE.match(text, name.end)
    if after and (after.group("of") or after.group("run") and _post_run_in(after.group("run"), after.group("run2"))):
        return True
    return bool(after and after.group("set") and _sets_off_post_or_body(after.group("set").split()))


def _post_or_title_before(text: str, name: NameMatch) -> bool:
    """A post or a title written before the name: 'Its chair, Jo Lee', 'Manager: Jo Lee', 'Chief Superintendent Jo
    Lee', 'HMI Jo Lee'."""
    before = WORD_BEFORE_RE.search(text, max(0, name.start - 40), name.start)
    if before and is_post_word(before.group("word")):
        return True  # a body's name before a comma is an address's or a list's ('Youth Justice Service, Ty Afon')
    return post_or_title_before(text, name)


def _post_run_in(word: str, following: str | None) -> bool:
    """A post run into the name: its first word a post's ('Head'), or a body's before a post's ('Performance
    Analyst'); a body's name alone after a name is more often a place's ('Bay Town Council')."""
    return is_post_word(word) or bool(following) and is_body_word(word) and is_post_word(following or "")


def _sets_off_post_or_body(words: list[str]) -> bool:
    """Words set off after a name that are its post or its body: a post's noun among the first three ('Jo Lee (Estyn
    inspector)'), or a body's name ('Jo Lee, Teifi Vale Police'); not a sentence going on ('Ty Afon, the service's
    base')."""
    body = list(takewhile(lambda word: word[:1].isupper(), words[:5]))
    return any(is_post_noun(word) for word in words[:3]) or any(is_body_word(word) for word in body)
