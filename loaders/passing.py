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
from kg.gazetteer import guess_kind
from kg.loaders.context import Context
from kg.loaders.inspection_people import relation_for_label
from kg.loaders.roles import organisation_for_role
from kg.loaders.text import (
    SENTENCE_REACH,
    Span,
    end_of_line,
    sentence_end,
    span,
    start_of_line,
    trim,
    wrapped_sentence_start,
)
from kg.names import (
    NameMatch,
    find_names,
    goes_on_a_name_before,
    is_first_name,
    is_honorific,
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
# What is set after a name: 'of' / 'from' and a body's name ('Jo Lee of the Probation Service'), a post run into it
# ('Jo Lee Head of Service', 'Jo Lee Performance Analyst'; a body's word run into it makes it a place: 'Bae Morlan
# University Health Board', 'Kent Downs Probation'), or a few words set off by a comma, a bracket or a dash,
# on its line or the next ('Jo Lee, Head of Service', 'Jo Lee' / '(Estyn inspector)', 'Jo Lee - Northshire Police').
AFTER_RE = re.compile(r"[ \t]++(?P<of>of|from)\s{1,4}(?:the\s{1,4})?[A-Z]|[ \t]++(?P<run>\w[\w'-]*+)(?:[ \t]++(?P<run2>[\w'-]++))?"
                      r"|[ \t]*+\n?[ \t]*+[,(\u2013\u2014-][ \t]*+(?P<set>[^,()\n]{1,60}"
                      # (a bracket closed on the next line: 'Jo Lee (Performance and Information' / 'Officer)')
                      r"(?:(?<=[^\W\d_])[ \t]*+\n[ \t]*+[^,()\n]{1,30}+(?=\)))?)")
# A post set off after a name that names a part in an inspection ('Jo Lee (Lead Inspector)', 'Jo Lee (local assessor)',
# 'Jo Lee, HMI Probation'), and the parts it can name: the post's words, on the team's list, say which.
INSPECTION_POST_RE = re.compile(r"\b(?:inspectors?|hmi|assessors?)\b", re.IGNORECASE)
INSPECTION_PARTS = frozenset({"lead_inspector", "deputy_lead_inspector", "inspection_team"})
# Small words inside a post's name ('Head of Service', 'Inspector of Probation') and inside a body's name it holds
# ('Head of Kelsworth and Dales Probation'); the words that open a sentence going on after a name rather than a post
# ('Jo Lee, who chairs it', 'Jo Lee, our Vice Chair'); and how far into the words set off a post's noun is looked for
# ('Jo Lee (Youth Offending Team manager)').
POST_LINKS = frozenset({"of", "for"})
BODY_LINKS = frozenset({"and", "&"})
SENTENCE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "has", "had", "have", "is", "was", "were", "will",
                            "said", "says", "a", "an", "the", "and", "or", "but", "to", "in", "at", "on", "with", "our",
                            "their", "its", "his", "her", "my", "your"})
POST_NOUN_REACH = 4
WORDS_AND_ENDS_RE = re.compile(r"\S++")  # (a word and the stop written on it)
# The words of a rank that lead on to its noun ('Assistant Chief Inspector'), and a line's break with the next line's
# capitalised first word.
LEADING_POST_WORDS = frozenset({"chief", "assistant", "deputy", "senior", "principal"})
NEXT_LINE_RE = re.compile(r"[ \t]*+\n[ \t]*+(?=[A-Z])")
# The word before a name set off by a comma or colon ('Its chair, Jo Lee', 'Youth Justice Manager: Jo Lee').
WORD_BEFORE_RE = re.compile(r"(?P<word>[\w'-]+)[,:][ \t]*$")


def people_named_in_passing(ctx: Context) -> None:
    """A mention with the relation 'other' for each full name no reader gave a part in the document."""
    placed = {surname(role.name) for role in ctx.roles}
    words = set(LOWER_CASE_WORD_RE.findall(ctx.text))
    kept: set[str] = set()
    for name in find_names(ctx.text):
        key = name_key(name.name)
        if key in kept or surname(name.name) in placed:
            continue
        after = AFTER_RE.match(ctx.text, name.end)
        if not _named_in_full(ctx.text, name, after):
            continue
        if any(part.lower() in words for part in name.name.split()):
            continue  # a word the document writes in lower case too ('Harm Must', 'Be Kept' in a heading's capitals)
        if _title_cased_line(ctx.text, name):
            continue
        post_after = _post_or_body_after(after)
        if not (post_after or name.title or _post_or_title_before(ctx.text, name)):
            continue
        if not post_after and _cut_at_line_end(ctx.text, name):
            continue
        kept.add(key)
        start = wrapped_sentence_start(ctx.text, name.start)
        post = _post_set_off(ctx.text, after) if post_after and after else None
        sentence = trim(ctx.text, start, max(name.end, sentence_end(ctx.text, name.end)))
        if post is None and (seat := COUNCILS_SEAT_BEFORE_RE.search(ctx.text, max(0, name.start - 60), name.start)):
            role = " ".join(seat.group("post").split())  # "The council's Leader, Councillor Jo Lee": its cabinet's
            ctx.person_role(name, "cabinet_member", sentence, role=role, extractor="passing",
                            organisation=organisation_for_role(f"Council {role}", ctx.home_area))
            continue
        part = _part_of_post(ctx.text, post) if post else "other"
        staff = part == "other" and post is not None and _service_post(_post_going_on(ctx.text, post), sentence.text)
        ctx.person_role(name, "staff" if staff else part, sentence, role=" ".join(post.text.split()) if post else None,
                        role_span=post, organisation=ctx.service_of(ctx.home_area) if staff else None,
                        extractor="passing")


def _named_in_full(text: str, name: NameMatch, after: re.Match[str] | None) -> bool:
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
    return not (after and after.group("run") and is_body_word(after.group("run")))


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


def _post_or_body_after(after: re.Match[str] | None) -> bool:
    """A post or a body written after the name (`after`, AFTER_RE's match at its end): 'Jo Lee, Head of Service',
    'Jo Lee of Northshire Police', 'Jo Lee Head of Service', 'Jo Lee' / '(inspector)'."""
    if after and (after.group("of") or after.group("run") and _post_run_in(after.group("run"), after.group("run2"))):
        return True
    return bool(after and after.group("set") and _sets_off_post_or_body(after.group("set").split()))


def _post_set_off(text: str, after: re.Match[str]) -> Span | None:
    """The post set off after a name by a comma, a bracket or a dash: 'Assistant Chief Inspector' in 'Jo Lee,
    Assistant Chief Inspector, has overseen', 'Head of the Probation Delivery Unit' in 'Jo Lee, Head of the Probation
    Delivery Unit, had led', 'practice assessor' in 'Jo Lee (practice assessor)'; None where the words set off are a
    body's name or a sentence going on ('Jo Lee, who chairs it', 'Jo Lee, to take lead'). `after` is AFTER_RE's
    match at the name's end."""
    if not after.group("set"):
        return None
    written = after.group("set").split()
    ends = next((at + 1 for at, word in enumerate(written) if word.endswith((".", ";", ":"))), len(written))
    words = [word.rstrip(".;:") for word in written[:ends]]  # (a stop ends it: 'Jo Lee, Chief Inspector. We met')
    bracketed = text[:after.start("set")].rstrip().endswith("(")
    # (a bracket holds the post alone, its links too: 'Jo Lee (Performance and Information Officer)')
    opening = list(takewhile(lambda word: (word.lower() not in SENTENCE_WORDS or bracketed and word in BODY_LINKS)
                             and (bracketed or word[:1].isupper() or is_post_word(word)), words[:POST_NOUN_REACH]))
    nouns = [at for at, word in enumerate(opening) if is_post_noun(word)]
    if not nouns:
        return None
    end = nouns[-1] + 1
    while (more := _post_goes_on(words[end:end + 3])):
        end += more
    if end == len(written) - 1 and words[-1].lower() in POST_LINKS | BODY_LINKS:
        end += 1  # 'Director of' / 'Children's Services': the context goes on with the next line (`wrapped_post`)
    start = after.start("set")
    post_end = start + _end_of_words(after.group("set"), end)
    if end == len(written) and words[-1].lower() in LEADING_POST_WORDS:
        post_end = _post_wrapped(text, post_end)  # a rank's leading word ends the line: 'Assistant Chief' / 'Inspector'
    return span(text, start, post_end)


def _post_wrapped(text: str, end: int) -> int:
    """Where a post cut by the line's end goes on to: the next line's first words while they are a post's."""
    wrapped = NEXT_LINE_RE.match(text, end)
    if not wrapped:
        return end
    for word in WORDS_AND_ENDS_RE.finditer(text, wrapped.end(), end_of_line(text, wrapped.end())):
        if not is_post_word(word.group().rstrip(".,;:")) or is_honorific(word.group()):
            break  # (the next line's list entry: 'Councillor Jo Lee')
        end = word.start() + len(word.group().rstrip(".,;:"))
        if word.group()[-1] in ".,;:":
            break
    return end


def _post_goes_on(words: list[str]) -> int:
    """How many of the next words go on with a post: a capitalised word ('Chief Executive'), or a link and the name
    it leads to ('Head of Youth Justice', 'Head of the Probation Delivery Unit'); none for a sentence going on."""
    if words and words[0][:1].isupper() and words[0].lower() not in SENTENCE_WORDS:
        return 1
    linked = words[1:2] == ["the"]
    if len(words) < 2 + linked or not words[1 + linked][:1].isupper():
        return 0
    if words[0].lower() in POST_LINKS or words[0] in BODY_LINKS and not is_first_name(words[1]):
        return 2 + linked  # ('Head of Kelsworth and Dales Probation', not 'Head of Service and Jo Lee')
    return 0


def _end_of_words(text: str, count: int) -> int:
    """Where the first `count` words of a text end, their trailing full stop or colon left out."""
    found = list(WORDS_AND_ENDS_RE.finditer(text))[count - 1]
    return found.start() + len(found.group().rstrip(".;:"))


def _part_of_post(text: str, post: Span) -> str:
    """The part a post set off after a name gives in the document: an inspection's (the lead inspector, one of the
    team: a report's 'Jo Lee (inspector)', the minutes' 'Jo Lee, Lead Inspector'), unless a police force follows
    it ('Jo Lee, Inspector, Northshire Police': a rank); else none but being named."""
    relation = relation_for_label(post.text) if INSPECTION_POST_RE.search(post.text) else None
    if relation not in INSPECTION_PARTS or guess_kind(text[post.end:end_of_line(text, post.end)]) == "police":
        return "other"
    return relation or "other"


# A seat on the council's cabinet written before a name, set off by a comma, after the council's possessive: 'The
# council's Leader, Councillor Jo Lee', 'the authority's Deputy Leader, Cllr Jo Lee,'.
COUNCILS_SEAT_BEFORE_RE = re.compile(r"\b(?:council|authority)['’]s\s++(?P<post>(?:(?-i:D)eputy\s++)?(?-i:L)eader)"
                                     r"[ \t]*+,[ \t]*+\n?[ \t]*+$", re.IGNORECASE)


# A post in the youth justice service: one that names it ('Head of Youth Justice Service'), or a manager's or an
# officer's in a sentence about the service's own team ('The service's operational management team is led by Jo Lee
# (Operational Manager), with Ann Hall (Practice Manager)').
SERVICE_NAMED_RE = re.compile(r"\b(?:youth\s++(?:justice|offending)\s++(?:service|team)|YJS|YOS|YOT)\b", re.IGNORECASE)
SERVICE_TEAM_RE = re.compile(r"\bthe\s++service['’]s\s++(?:[a-z]++\s++){0,3}?team\b", re.IGNORECASE)
STAFF_POST_RE = re.compile(r"\b(?:head|manager|officer|practitioner|worker|co-?ordinator|analyst)\b", re.IGNORECASE)


def _service_post(post: str, sentence: str) -> bool:
    """Whether a post set off after a name in passing is one in the youth justice service (SERVICE_NAMED_RE): its
    holder is the service's `staff`."""
    return STAFF_POST_RE.search(post) is not None and (SERVICE_NAMED_RE.search(post) is not None
                                                       or SERVICE_TEAM_RE.search(sentence) is not None)


# The rest of a post on the next line after the link that ended it ('Head of' / 'Youth Justice Service, is ...').
LINKED_REST_RE = re.compile(r"[ \t]*+\n[ \t]*+[^,.;:()\n]{1,60}+")


def _post_going_on(text: str, post: Span) -> str:
    """A post with its rest on the next line, where a link ended it ('Head of' / 'Youth Justice Service')."""
    words = post.text.split()
    rest = LINKED_REST_RE.match(text, post.end) if words and words[-1].lower() in POST_LINKS else None
    return post.text + rest.group() if rest else post.text


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
