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

from kg.loaders import speakers
from kg.loaders.context import Context
from kg.loaders.text import sentence_start, sentences, span, wrapped_sentence_start
from kg.names import UPPER, find_names

INITIALS_RE = re.compile(rf"(?<![\w&/.'’-])[{UPPER}]{{2,4}}(?![\w&/'’-]|\.\w)")


def initials_of(name: str) -> set[str]:
    """The initials a person may go by: 'Jo Fitz-Allen' is JF, JFA or JF-A, "Ciaran O'Halloran" CO or CO'H."""
    words = name.split()
    by_word = "".join(w[0] for w in words if w[:1].isalpha())
    by_part = "".join(p[0] for w in words for p in w.split("-") if p[:1].isalpha())
    # the hyphen or apostrophe kept between the parts' letters, as minutes write them: "CO'H", 'LN-W'
    by_mark = "".join(w[0] + "".join(m.group(0) for m in PART_MARK_RE.finditer(w)) for w in words if w[:1].isalpha())
    return {i.upper() for i in (by_word, by_part, by_mark.replace("’", "'")) if len(i) >= 2}


PART_MARK_RE = re.compile(r"(?<=\w)[-'’]\w")


def _holders(attendees: Iterable[str]) -> dict[str, set[str]]:
    """The attendees who go by each initials."""
    holders: dict[str, set[str]] = defaultdict(set)
    for name in attendees:
        for initials in initials_of(name):
            holders[initials].add(name)
    return holders


def link_initials(ctx: Context, attendees: Iterable[str], after: int) -> int:
    """Mentions of attendees by their initials in the sentences after `after`; how many were linked."""
    holders = _holders(attendees)
    linked = 0
    for sentence in sentences(ctx.text, after):
        if _shouted(sentence.text, holders):
            continue  # "REPORT TO THE BOARD": capitals there are words, not initials
        for initials in dict.fromkeys(INITIALS_RE.findall(sentence.text)):
            named = holders.get(initials, set())
            if len(named) == 1:
                ctx.emit(ctx.person_id(next(iter(named))), "Person", "mentioned_as", initials, sentence)
                linked += 1
    return linked


def _shouted(text: str, initials: dict[str, set[str]]) -> bool:
    """A heading in capitals: three words or more in capitals that are no attendee's initials."""
    return len([w for w in re.findall(r"\b[A-Z]{2,}\b", text) if w not in initials]) >= 3


# 'FC said the Gangs Unit would ...': the initials open the sentence as the speaker; 'LFP accepted the findings. He said
# that ...': a pronoun speaks for the initials that open the sentence before, or the paragraph's first.
# (a numbered paragraph's number may come first: '3.3  KAR said that')
# ('DH welcomed this and said that', 'SK thanked the team and said': a verb of another act before 'and' leaves the
# initials the speaker's; or a row's label set off by a dash: 'Rec 7 (appropriate adults) - GL said'). A surname in
# capitals is a speaker too where minutes name members so ('GETHIN said the health board ...').
INITIALS_SUBJECT_RE = re.compile(rf"(?:\d{{1,3}}(?:\.\d{{1,3}})*\.?\s+|[^\n–—]{{1,60}}?[^\S\n][-–—][^\S\n]+)?"
                                 rf"(?P<initials>[{UPPER}]{{2,4}}|[{UPPER}]{{2,}}(?:[-'’][{UPPER}]{{2,}})*|[{UPPER}]{{1,3}}[-'’][{UPPER}])"
                                 r"(?=\s+(?:[a-z]+ed\b[^.;:\"“”]{0,80}?\s+and\s+)?(?:also\s+)?$)")
# What a member's words are given with in minutes; 'reported', 'noted', 'asked' and 'presented' say what they did (the
# keys of other sets never quote 'JB reported that').
INITIALS_SPEECH_RE = re.compile(r"\b(?:said|says|stated|added|explained|commented|replied)\b")
PRONOUN_RE = re.compile(r"(?:He|She)\s+(?:also\s+)?$")


def initials_quoted(ctx: Context, attendees: Iterable[str], after: int) -> int:
    """Attendees quoted by their initials in the items after `after` ('EF said that magistrates had noticed ...'), or
    by a pronoun after a sentence their initials open: `quoted`, in the post the minutes list them with."""
    attendees = list(attendees)
    holders = {initials: next(iter(names)) for initials, names in _holders(attendees).items() if len(names) == 1}
    holders.update(written_keys(ctx.text, attendees, after))  # 'HGT<TAB>Cllr Huw Tresize': the notes' own key
    surnames = _holders_by_surname(attendees)
    for surname, holder in surnames.items():
        holders.setdefault(surname, holder)  # initials first: 'LEE' may be Lucy Ellen Evans's
    regions = speakers.quoted_regions(ctx.text)
    quoted = 0
    for verb in INITIALS_SPEECH_RE.finditer(ctx.text, after):
        if speakers.inside(regions, verb.start()):
            continue
        begin = sentence_start(ctx.text, verb.start())
        if begin == verb.start():  # 'IC' / 'said that ...': a short line of initials over the verb's line
            begin = wrapped_sentence_start(ctx.text, verb.start(), after)
        subject = ctx.text[begin:verb.start()]
        opening = INITIALS_SUBJECT_RE.match(subject)
        initials = opening.group("initials") if opening else _initials_before(ctx.text, begin, after, holders) \
            if PRONOUN_RE.fullmatch(subject) and not _named_just_before(ctx.text, begin, after) else None
        name = holders.get(initials.replace("’", "'")) if initials else None
        if name is not None:
            ctx.person_role(name, "quoted", span(ctx.text, begin, verb.end()))
            quoted += 1
    return quoted


# A list's row that opens with the initials the notes use, a column's gap or a dash before the name: 'HGT<TAB>Cllr Huw
# Tresize', 'LK – Lorna Keatley'.
WRITTEN_KEY_RE = re.compile(rf"^[^\S\n]*+(?P<initials>[{UPPER}][{UPPER}a-z]{{0,3}}[{UPPER}])(?:\t+|[^\S\n]{{2,}}|[^\S\n]*[–—:-][^\S\n]*)"
                            r"(?P<rest>[^\n]*)", re.MULTILINE)


def written_keys(text: str, attendees: Iterable[str], before: int) -> dict[str, str]:
    """The initials a list writes before an attendee's name, where they are not the name's own ('HGT<TAB>Cllr Huw
    Tresize': a middle name the list leaves out), each given to one attendee only."""
    names = list(attendees)
    keys: dict[str, set[str]] = defaultdict(set)
    for row in WRITTEN_KEY_RE.finditer(text, 0, before):
        found = find_names(row.group("rest"), 0, min(len(row.group("rest")), 80), strict=False)
        if found and found[0].name in names and not row.group("rest")[:found[0].start].strip(" .").count(" ") > 2:
            keys[row.group("initials")].add(found[0].name)
    return {initials: next(iter(held)) for initials, held in keys.items() if len(held) == 1}


def _holders_by_surname(attendees: list[str]) -> dict[str, str]:
    """The attendees by their surname in capitals ('LLOYD-PUGH'), where one attendee alone has it."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in attendees:
        by_surname[name.split()[-1].upper()].add(name)
    return {surname: next(iter(names)) for surname, names in by_surname.items() if len(names) == 1}


def _named_just_before(text: str, begin: int, floor: int) -> bool:
    """The sentence before names someone in full ('GVS welcomed Jo Bloggs, the lead inspector. He said'): the pronoun
    is theirs, read with the speakers."""
    before = wrapped_sentence_start(text, max(floor, len(text[:begin].rstrip()) - 1), floor)
    return any(not name.surname_only for name in find_names(text, before, begin))


def _initials_before(text: str, begin: int, floor: int, holders: dict[str, str]) -> str | None:
    """The attendee's initials that open the latest sentence before `begin` in its paragraph to open with any."""
    paragraph = max(text.rfind("\n\n", floor, begin), floor)
    found = None
    for sentence in sentences(text, paragraph, begin):
        opening = re.match(rf"\s*([{UPPER}]{{2,4}})\s", sentence.text)
        if opening and opening.group(1) in holders:
            found = opening.group(1)
    return found
