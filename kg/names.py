"""People's names: recognition in running text and lists, and normalisation for resolution.

Recognition works on tokens with features, not on one pattern per document: a first-name
lexicon (gender_guesser's list of some 40,000 given names), capitalisation (Title Case or
CAPITALS), initials ("J.C."), honorifics before a name and post-nominals after it, and a
lexicon of words that begin a role or an organisation (kg/vocabulary.py), where a name must stop ("Mike Batty
Head of Community Protection"). Where a layout already says a cell holds names (a copy list,
an attendance list), `find_names(..., strict=False)` accepts names whose first name is not
in the lexicon.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from kg.dates import MONTH_NAMES
from kg.vocabulary import (
    WELSH_ARTICLES,
    WELSH_HONORIFICS,
    is_body_word,
    is_name_stop,
    is_post_noun,
    is_post_word,
    is_venue_word,
)

HONORIFICS = {
    "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx", "messrs": "Mr",
    "dr": "Dr", "doctor": "Dr", "prof": "Professor", "professor": "Professor",
    "sir": "Sir", "dame": "Dame", "lord": "Lord", "lady": "Lady", "baroness": "Baroness",
    "baron": "Baron", "rev": "Reverend", "revd": "Reverend", "reverend": "Reverend", "canon": "Canon",
    "councillor": "Councillor", "councillors": "Councillor", "cllr": "Councillor",
    "cllrs": "Councillor", "alderman": "Alderman", "ald": "Alderman", "judge": "Judge", "rt": "Right Honourable",
    "hon": "Honourable",
    "father": "Father", "fr": "Father",
    "supt": "Superintendent", "insp": "Inspector", "sgt": "Sergeant", "dci": "DCI", "ds": "DS", "dc": "DC", "pc": "PC",
    "di": "DI", "dsi": "DSI", "dcs": "DCS", "d/supt": "Detective Superintendent", "d/insp": "Detective Inspector",
    "d/sgt": "Detective Sergeant", "det": "Detective", "ch": "Chief",  # 'Ch Supt', 'Ch Insp'
    "dsupt": "Detective Superintendent", "dinsp": "Detective Inspector", "dsgt": "Detective Sergeant",  # 'DSupt Jo Lee'
    "c/insp": "Chief Inspector", "c/supt": "Chief Superintendent", "ci": "Chief Inspector",
    "acc": "Assistant Chief Constable", "dcc": "Deputy Chief Constable",
}
# A Welsh title is the English one it stands for: 'Cyng. / Cllr Jo Bloggs', 'Y Cynghorydd Jo Bloggs' is a councillor.
HONORIFICS.update({welsh: HONORIFICS[english] for welsh, english in WELSH_HONORIFICS.items()})
# Ranks that are a given name too when not in capitals: 'DI Callum Brodie', but 'Di Moss'; 'CI Raman' is a chief
# inspector, not the initials C. I.
CAPITALS_ONLY_HONORIFICS = {"di", "ci"}
POST_NOMINALS = {
    "CBE", "OBE", "MBE", "KBE", "DBE", "CB", "JP", "QPM", "KPM", "DL", "MP", "MSP", "AM",
    "QC", "KC", "PhD", "BSc", "MA", "MSc", "FRSA", "BA", "MBA", "LLB", "CQSW", "DipSW",
}
# Words of the calendar, never a name's: the months and the days of the week.
CALENDAR_WORDS = {*MONTH_NAMES, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# First names that are far more often ordinary capitalised words at the start of a line.
FIRST_NAME_EXCLUSIONS = {
    "will", "may", "mark", "page", "rich", "hope", "grace", "joy", "faith", "bill", "young",
    "case", "summary", "key", "note", "notes", "see", "all", "our", "new", "copy", "from",
    "good", "overall", "work", "ensure", "ensuring", "protecting", "reducing", "planning",
    "assessment", "reviewing", "lead", "chair", "deputy", "major", "king", "queen", "prince",
    "england", "wales", "london", "guy", "sunny", "sandy", "dean", "rose", "april", "june",
    "august", "an", "in", "is", "it", "as", "at", "by", "so", "no", "yes", "do", "me", "my",
    "via", "per", "item", "items", "action", "actions", "matters", "minutes", "apologies",
    "tŷ",  # Welsh 'house', which opens the name of a building ('Tŷ Penrhos'); unaccented it is the name 'Ty'
}
# Pronouns and auxiliary verbs are never part of a name: in a text in capitals or Title Case ("REX WAS IN CUSTODY",
# "It Was Clear") they would otherwise pass for name tokens wherever a layout accepts names outside the lexicon.
FUNCTION_WORDS = {
    "me", "we", "us", "you", "he", "him", "she", "it", "they", "them", "his", "hers", "its", "our", "ours",
    "their", "your", "was", "were", "is", "are", "am", "be", "been", "being", "has", "have", "had", "having", "does",
    "did", "not", "would", "could", "should", "shall", "this", "that", "these", "those", "who", "which", "what",
}
# Short words that a text in capitals is full of: never a first name or a surname of three capitals ('REX WAS').
SHORT_WORDS = {
    "was", "are", "has", "had", "did", "can", "may", "not", "the", "and", "for", "but", "nor", "yet", "his", "her",
    "its", "our", "you", "she", "him", "who", "how", "why", "all", "any", "new", "now", "out", "off", "own", "one",
    "two", "six", "ten", "yes", "see", "got", "get", "let", "say", "use", "way", "day", "age", "key", "top", "due",
}
# Words inside a surname, in any case: 'van der Berg', 'ap Gwilym' and 'ferch Huw' (the Welsh son and daughter of),
# and the Irish and Scottish 'Ní Bhriain', 'Ó Súilleabháin', 'Nic Giolla', 'Mac Giolla'.
NAME_PARTICLES = {"de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "bin", "al", "st", "st.", "ap", "ab",
                  "ferch", "verch", "ní", "nic", "ó", "ua", "uí", "mac", "mhic"}
# Welsh initials of a digraph, written with their full stop: 'Gareth Ll. Humphreys' (Llywelyn), 'Rh.' (Rhys).
DIGRAPH_INITIALS = {"ll.", "rh.", "th."}



def _letter_class(*categories: str, extra: tuple[tuple[int, int], ...] = ()) -> str:
    """The letters of the given Unicode categories, as ranges to put between brackets in a pattern: every alphabet
    of the first blocks of Unicode (Latin with all its extensions, Greek, Cyrillic), and `extra` ranges."""
    ranges: list[tuple[int, int]] = []
    for code in range(LETTER_BLOCKS):
        if unicodedata.category(chr(code)) in categories:
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges + list(extra))


# The letters a name is written in, as classes to put between brackets, defined once for every pattern that reads a
# name (here and in the loaders): 'Zieliński', 'Łukasz', 'Nguyễn' (composed, or with combining marks) and 'Ó Briain'
# are read whole. UPPER: capitals (and title-case letters); MARKS: combining accents; LOWER: small letters and marks;
# LETTER: any of them.
LETTER_BLOCKS = 0x2000
MARKS = _letter_class("Mn", "Mc", extra=((0x20D0, 0x20FF), (0xFE20, 0xFE2F)))
UPPER = _letter_class("Lu", "Lt")
LOWER = _letter_class("Ll", "Lm", "Lo") + MARKS
LETTER = UPPER + LOWER
TOKEN_RE = re.compile(rf"(?i:[DC]/(?:Supt|Insp|Sgt))\.?|[{LETTER}][{LETTER}'’\-]*\.?|[{UPPER}]\.(?:\s?[{UPPER}]\.)*")
INITIALS_RE = re.compile(rf"^(?:[{UPPER}]\.?\s?){{1,3}}$")
# A capitalised word of a name, with the prefixes of a surname, also after a hyphen: 'O'Riordan', 'N'Diaye', 'd'Souza',
# 'Ifans-O'Brien', 'Banks-McLeod'.
SURNAME_PREFIX = rf"(?:Mc|Mac|Fitz|[{UPPER}Dd]['’])"
CAPITALISED_RE = re.compile(rf"^{SURNAME_PREFIX}?[{UPPER}][{LOWER}]+(?:(?:-{SURNAME_PREFIX}?|['’])[{UPPER}]?[{LOWER}]+)*$")
MC_RE = re.compile(rf"^(?:Mc|Mac)[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*$")
# A name in capitals keeps the small letters of its prefix: 'SHONA McFADYEN', 'IAN MacLEOD'.
MC_CAPITALS_RE = re.compile(rf"^(?:Mc|Mac)[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})*$")
# 'Jo Hart JPChair, Youth Bench': a list run together leaves the letters against the role's first word
POST_NOMINAL_RE = re.compile(r",?[ \u00a0]+([A-Z]{2,5}(?=[A-Z][a-z])|[A-Za-z]{2,5}\b)\.?")
UPPER_RE = re.compile(rf"^[{UPPER}][{UPPER}{MARKS}'’\-]+$")
# What follows a word at the end of a page: the end of the text, a form feed, or a page number line.
# A name reads at most three honorifics and four parts (each perhaps a surname broken over two lines) and a word
# after them: the words past these never count.
NAME_TOKENS = 16
PAGE_END_RE = re.compile(r"[ \t]*(?:\Z|\f|\n[ \t]*\n?[ \t]*(?:Page[ \t]+)?\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*(?:\n|\Z)|\n\s*\Z)")


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


@lru_cache(maxsize=50_000)
def is_first_name(token: str) -> bool:
    """True when the token is a given name in the lexicon (case-insensitive)."""
    word = token.strip(".,;:'’").split("-")[0]
    if len(word) < 2 or word.lower() in FIRST_NAME_EXCLUSIONS or is_name_stop(word):
        return False
    # the lexicon spells a name without the accents it is often written with: 'Siân' is 'Sian', 'Zoë' is 'Zoe'
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    return any(_detector().get_gender(spelling.capitalize()) != "unknown" for spelling in dict.fromkeys((word, plain)))


def is_ambiguous_first_name(token: str) -> bool:
    """A given name the lexicon knows that prose also writes as a word ('Mark', 'Will', 'Grace', 'Dean'), which
    `is_first_name` therefore refuses: a name only where a layout declares the word a forename (a surname in capitals
    and its comma before it: 'ELLERY, Mark')."""
    word = token.strip(".,;:'’")
    return len(word) > 2 and word.lower() in FIRST_NAME_EXCLUSIONS and not is_name_stop(word) \
        and word.lower() not in CALENDAR_WORDS and word.lower() not in FUNCTION_WORDS and _detector().get_gender(word.capitalize()) != "unknown"


def is_honorific(token: str) -> bool:
    word = token.rstrip(".")
    return word.lower() in HONORIFICS and (word.lower() not in CAPITALS_ONLY_HONORIFICS or word.isupper())


def is_post_nominal(token: str) -> bool:
    return token.strip(".,") in POST_NOMINALS


def is_role_word(token: str) -> bool:
    """A word that begins a post, a body or a meeting heading (the shared vocabulary): a name stops before it."""
    return is_name_stop(token)


@lru_cache(maxsize=50_000)  # names recur in a document: each word is judged once
def is_name_token(token: str) -> bool:
    """A capitalised word that could be part of a name (Title Case, Mc/Mac/O', CAPITALS)."""
    word = token.rstrip(".,;:")
    if word.lower() in CALENDAR_WORDS or word.lower() in FUNCTION_WORDS or is_role_word(word) or is_honorific(word) \
            or is_post_nominal(word):
        return False
    return bool(CAPITALISED_RE.match(word) or MC_RE.match(word) or (UPPER_RE.match(word) and len(word) > 1)
                or MC_CAPITALS_RE.match(word))


@lru_cache(maxsize=50_000)  # names recur in a document: each word is judged once
def is_initials(token: str) -> bool:
    """'J.C.', 'JC', 'J C'; not a short word in capitals ('HE', 'WAS')."""
    word = token.strip()
    return bool(INITIALS_RE.match(word)) and word.lower() not in FUNCTION_WORDS


@dataclass(frozen=True)
class NameMatch:
    """A person's name found in a text: the span of the whole mention and its parts."""

    start: int
    end: int
    name: str
    title: str | None
    surname_only: bool = False


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int


def _tokens(text: str, start: int = 0, end: int | None = None, limit: int | None = None) -> list[_Token]:
    """The words of text[start:end] (the first `limit` of them), with absolute offsets."""
    tokens = []
    for m in islice(TOKEN_RE.finditer(text, start, len(text) if end is None else end), limit):
        word, stop = m.group(0), m.end()
        if word.endswith(".") and len(word) > 2 and not is_honorific(word) and word[:-1].lower() not in NAME_PARTICLES \
                and word.lower() not in DIGRAPH_INITIALS:
            word, stop = word[:-1], stop - 1  # a full stop after a word ends the sentence, not an initial
        tokens.append(_Token(word, m.start(), stop))
    return tokens


def _titles_joined(text: str, left: _Token, right: _Token) -> bool:
    """Two titles of one name: joined as a name's words are, or the same title in two languages (`_title_pair`)."""
    return _joined(text, left, right) or _title_pair(text, left, right)


def _joined(text: str, left: _Token, right: _Token) -> bool:
    """Two tokens belong to one name only when separated by plain spaces (no comma, no line break)."""
    gap = text[left.end:right.start]
    return len(gap) <= 3 and gap.strip(" \u00a0") == "" and "\n" not in gap and "\t" not in gap


MERGED_RE = re.compile(rf"^((?:Mc|Mac|Fitz|O['’])?[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}][{LOWER}]+)*)(?=[{UPPER}][{LOWER}]|(?<=[{LOWER}]{{2}})(?<!^Mac)[{UPPER}]{{2,}}\b)")


def _split_merged(token: _Token) -> _Token:
    """'YoungCleveland' (a name run into the next column) keeps only 'Young'; 'Fitz-AllenDesignated', 'Fitz-Allen';
    'Mackintosh-LeeYJS' (run into a body's letters), 'Mackintosh-Lee'; 'AdeyemiYOT', 'Adeyemi'."""
    match = MERGED_RE.match(token.text)
    bare = token.text.rstrip(".,;:")
    if match and not MC_RE.match(bare) and not MC_CAPITALS_RE.match(bare):
        return _Token(match.group(1), token.start, token.start + len(match.group(1)))
    return token


def find_names(text: str, start: int = 0, end: int | None = None, *, strict: bool = True) -> list[NameMatch]:
    """Every person's name in text[start:end], with absolute offsets.

    strict: the first name must be in the lexicon unless an honorific precedes the name;
    otherwise (a cell that layout says holds names) any run of two or three name tokens counts.
    """
    return list(_find_names(text, start, len(text) if end is None else end, strict))


# The loaders ask again of the same stretch of a document (a list's line is read as an entry, as a run of people, as a
# role before a name): each stretch is read once. The answer depends on the whole text (the line before a name, the
# page's end after it), which is the key, not only the stretch.
@lru_cache(maxsize=8192)
def _find_names(text: str, start: int, end: int, strict: bool) -> tuple[NameMatch, ...]:
    cut = page_cut_names(text)  # a name whose rest a page's end put on the next page: its first half alone opens it
    if _no_name_in(text[start:end]) and not any(start < half <= end for half in cut):
        return ()
    tokens = _tokens(text, start, end)
    matches: list[NameMatch] = []
    i = 0
    while i < len(tokens):
        inverted = _surname_first_at(text, tokens, i, end, strict)
        if inverted is not None:
            matches.append(inverted[0])
            i += inverted[1]
            continue
        if _no_name_opens(tokens, i) and tokens[i].end not in cut:
            i += 1  # (what `_name_at` finds there, without reading the words one by one)
            continue
        match, consumed = _name_at(text, tokens, i, strict)
        if match:
            matches.append(match)
            i += consumed
            while cut and i < len(tokens) and tokens[i].start < match.end and any(match.start < half < match.end for half in cut):
                i += 1  # the page's furniture and the rest of a name a page's end cut
        else:
            i += 1
    return tuple(matches)


@lru_cache(maxsize=50_000)  # names recur in a document: each word is judged once
def _may_open_name(word: str) -> bool:
    """Whether a name may begin at a word: a title, or a word `_name_at` would take as a name's first part (in
    capitals, an initial, a name's word, or one a line's break hyphenated); a particle is let through too."""
    return is_honorific(word) or word.endswith("-") or _short_capitals(word, surname=False) or _initial(word) \
        or is_name_token(_split_merged(_Token(word, 0, len(word))).text) or word.lower() in NAME_PARTICLES


@lru_cache(maxsize=8192)
def _no_name_in(window: str) -> bool:
    """Whether no name opens at any word of a stretch, judged from its words alone (each word and the next), so from the
    stretch's own text wherever it stands: a line repeated down a page is judged once."""
    tokens = _tokens(window)  # (a stretch's words are the same read alone: no pattern of a word looks outside it)
    return all(_no_name_opens(tokens, i) for i in range(len(tokens)))


def _no_name_opens(tokens: list[_Token], i: int) -> bool:
    """Whether `_name_at` finds no name at tokens[i], judged from its word and the next alone."""
    return _no_name_from(tokens[i].text, tokens[i + 1].text if i + 1 < len(tokens) else None)


@lru_cache(maxsize=50_000)
def _no_name_from(word: str, following: str | None) -> bool:
    """No name opens at `word` before `following` (None: the last word): the word is no title and no part of a name,
    or, untitled, it is one and the next word cannot be a second part after it (a name of one part needs a title)."""
    if following is not None and _opens_title(word, following):
        return False  # 'Y Cynghorydd', 'County Cllr': the first word opens the title
    if not _may_open_name(word):
        return True
    if is_honorific(word) or word.endswith("-") or _split_merged(_Token(word, 0, len(word))).text != word:
        return False
    return following is None or not _may_follow(word, following)


def _may_follow(first: str, word: str) -> bool:
    """Whether `word` may be a name's second part after `first` (as `_name_at` reads it, but for the case of the
    first and how the two are parted, so that no name is missed): a name's word, a particle, a short word in capitals,
    an initial after initials or a lone middle initial, or a word a line's break hyphenated."""
    if word.endswith("-") or _short_capitals(word, surname=True):
        return True
    if _initial(word):
        return is_initials(first) or len(word.rstrip(".")) == 1
    return word.lower() in NAME_PARTICLES or is_name_token(_split_merged(_Token(word, 0, len(word))).text)


# A name that goes on a proper name one blank before it, or a number's (an address's): 'Heddlu De Cymru', 'Parc Glan
# Hafren', '2 Ashley House', '1st Floor Manchester'; a post or a title before it is no part of it ('Chief
# Superintendent Jo Lee', 'HMI Jo Lee'), and a column's gap is no join.
JOINED_BEFORE_RE = re.compile(r"(?:\b(?P<word>[A-Z][\w'-]*)|\d(?:st|nd|rd|th)?) $")


def goes_on_a_name_before(text: str, name: NameMatch) -> bool:
    """Whether the name is the end of a longer proper name or of an address: a capitalised word that is no post nor
    title, or a number, one blank before it."""
    before = JOINED_BEFORE_RE.search(text, max(0, name.start - 40), name.start)
    return before is not None and not _post_or_title(before.group("word"))


def post_or_title_before(text: str, name: NameMatch) -> bool:
    """Whether a post or a title stands one blank before the name ('Chief Superintendent Jo Lee', 'HMI Jo Lee')."""
    before = JOINED_BEFORE_RE.search(text, max(0, name.start - 40), name.start)
    return before is not None and _post_or_title(before.group("word"))


def _post_or_title(word: str | None) -> bool:
    """A post's word, a title, or the letters of one ('Superintendent', 'Cllr', 'HMI'); None for a number."""
    return word is not None and (is_post_word(word) or is_honorific(word) or word.isupper())


def is_only_a_name(text: str) -> bool:
    """Whether text is a person's name and nothing else, after a joining 'and' or comma ('and Jo Hart', the last of a
    list 'A, B and Jo Hart' read as the body of B): then it is nobody's organisation."""
    bare = re.sub(r"^[\s,;&]*(?:and\s+)?", "", text).rstrip(" .,;")
    found = find_names(bare)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(bare) and not any(
        is_body_word(word) for word in bare.split())


def name_at(text: str, start: int, end: int, *, strict: bool = True) -> NameMatch | None:
    """The name that text[start:end] begins with, if it begins with one: the first of `find_names`
    when that starts at `start`, without reading the names after it."""
    tokens = _tokens(text, start, end, NAME_TOKENS)
    if not tokens or tokens[0].start != start:
        return None
    inverted = _surname_first_at(text, tokens, 0, end, strict)
    if inverted is not None:
        return inverted[0]
    if _no_name_opens(tokens, 0) and tokens[0].end not in page_cut_names(text):
        return None
    return _name_at(text, tokens, 0, strict)[0]


def surname_first_at(text: str, start: int, end: int, *, strict: bool = False) -> NameMatch | None:
    """The name text[start:end] opens with (after its blanks) when it is written surname first in a cell of its own
    ('HALLORAN, Victor', 'Haldane-Fry, Cllr Bernard'; see `_surname_first_at`), else None: a list's splitter keeps the
    name's comma inside it."""
    tokens = _tokens(text, start, end, NAME_TOKENS)
    if not tokens or text[start:tokens[0].start].strip():
        return None
    found = _surname_first_at(text, tokens, 0, end, strict)
    return found[0] if found is not None else None


# Title words read from one start ('Councillor Mrs Dr'): a longer run of them is read in steps, not from each of its words.
TITLE_RUN = 3


def _titles_at(text: str, tokens: list[_Token], j: int) -> tuple[list[str], int, bool]:
    """The run of titles that opens at tokens[j]: their canonical forms, the index of the word after them, and whether
    one of them names several people ('Councillors'). A title in two languages ('Cyng. / Cllr') is one; an honorific in
    capitals before a word that is not ('MS Teams') is none."""
    start = j
    titles: list[str] = []
    several = False
    while j < len(tokens) and j - start < TITLE_RUN and is_honorific(tokens[j].text) \
            and (j == start or _titles_joined(text, tokens[j - 1], tokens[j])) and not _capitals_before_title_case(tokens, j):
        word = tokens[j].text.rstrip(".").lower()
        several = several or word in PLURAL_HONORIFICS
        if j == start or not _title_pair(text, tokens[j - 1], tokens[j]):
            titles.append(HONORIFICS[word])
        j += 1
    return titles, j, several


def _name_at(text: str, tokens: list[_Token], i: int, strict: bool) -> tuple[NameMatch | None, int]:
    j = i + _title_qualifier(text, tokens, i)  # 'Y Cynghorydd', 'County Cllr': the first word is the title's
    honorifics, j, _ = _titles_at(text, tokens, j)
    past_page = _past_page(text, tokens, j - 1) if honorifics else None  # 'chaired by Dr' / the page's footer / 'Jo Hart'
    tokens = past_page or tokens
    if j >= len(tokens) or (honorifics and not _joined(text, tokens[j - 1], tokens[j])
                            and not _wrapped(text, tokens[j - 1], tokens[j]) and not _over_page(text, tokens[j - 1], tokens[j])):
        return None, max(1, j - i)
    parts: list[_Token] = []
    capitals: set[int] = set()  # 'JO FITZ-ALLEN', 'DEV RAO': short words in capitals, not initials (by start)
    wrapped_line = False  # the name runs on to the next line
    k = j
    while k < len(tokens) and len(parts) < 4:
        token = tokens[k]
        if parts and not _joined(text, parts[-1], token):
            if len(parts) == 1 and _over_page(text, parts[-1], token):
                pass  # 'chaired by Dr Colette' / the page's footer / 'Wainwright, Strategic Director'
            elif not _wrapped_after_first_name(text, parts, token, strict):
                break
            else:
                wrapped_line = True
        wrapped = _wrapped_at_hyphen(text, tokens, k)
        if wrapped is not None:  # (the rest of a word the page's footer cut may lie past the last token)
            token, k = wrapped, min(k + 1, len(tokens) - 1)
        word = token.text
        if _capitals_word(text, tokens, k, parts, capitals):
            capitals.add(token.start)
            parts.append(token)
        elif _initial(word):
            if any(not is_initials(p.text) for p in parts) and not _middle_initial(text, tokens, k, parts):
                break  # an initial after the surname starts something else
            parts.append(token)
        elif word.lower() in NAME_PARTICLES and (parts or honorifics and word[:1].islower()) and k + 1 < len(tokens):
            # 'Mr ap Rhys': after a title, a particle in small letters opens the surname
            parts.append(token)
        else:
            merged = _split_merged(token)
            if not is_name_token(merged.text) or not _same_case(parts, merged.text):
                break
            parts.append(merged)
            if merged is not token:
                k += 1
                break
        if len(parts) == 1 and parts[0].end == tokens[k].end:
            tokens = _past_page(text, tokens, k) or tokens  # 'is Gavin' / a running footer / 'Pettifer. We would ...'
        k += 1
    while parts and (parts[-1].text.lower() in NAME_PARTICLES or is_initials(parts[-1].text)
                     and parts[-1].start not in capitals):
        parts.pop()
    if not parts:
        return None, max(1, j - i) if honorifics else 1
    parts = parts if _three_names_in_a_cell(text, parts) else _trim_to_name(parts)
    first = parts[0].text
    initials_first = is_initials(first) and parts[0].start not in capitals
    # 'Councillor Jo Fi' where the page ends is cut short too, title or none ('Councillor Li' alone is a surname)
    if not honorifics and (_venue(parts) or _venue_after(text, parts)) or len(parts) > 1 and _cut_off(text, parts) \
            or wrapped_line and body_follows(text, parts[-1].end):
        return None, len(parts)
    if honorifics and first.lower() in NAME_PARTICLES and first[:1].islower():  # 'Mr ap Rhys': a surname alone
        surname_text = " ".join(_clean(p.text) for p in parts)
        return NameMatch(tokens[i].start, parts[-1].end, surname_text, honorifics[0], True), (j - i) + len(parts)
    if len(parts) == 1:
        if honorifics and not initials_first:
            surname = parts[0]
            mention_start = tokens[i].start
            return NameMatch(mention_start, surname.end, _clean(surname.text).rstrip("."), honorifics[0], True), (j - i) + 1
        return None, 1
    if strict and not honorifics and not initials_first and not is_first_name(_titlecase(first)):
        return None, 1
    if initials_first and not honorifics and strict:
        return None, 1
    mention_start = tokens[i].start
    name_end = parts[-1].end
    post, post_end = _post_nominals(text, name_end)
    title_parts = leading_title(honorifics) + post
    words = [_clean(p.text).capitalize() if p.start in capitals else _clean(p.text) for p in parts]
    name = " ".join(words).replace(". ", ".").replace(".", ". ").replace("  ", " ")
    name = re.sub(r"((?:[A-Z]\. )*[A-Z]\.) ", lambda m: m.group(1).replace(" ", "") + " ", name + " ").strip()
    consumed = (j - i) + len(parts)
    return NameMatch(mention_start, post_end or name_end, name, " ".join(title_parts) or None), consumed


# --- a name written surname first, as a register or a list in surname order writes it ---------------------------

# Honorifics that name several people ('Councillors Harris, Jordan and Lee'): never one name's title, written surname first.
PLURAL_HONORIFICS = frozenset({"councillors", "cllrs", "messrs", "cynghorwyr"})
# What stands just before a cell's first word: the line's start, a column's gap (a tab, two blanks or more), dot
# leaders, a bar, a label's colon, a semicolon between entries, a bullet.
CELL_OPENS_RE = re.compile(r"(?:\n|\t|[^\S\n]{2}|\.\.|[|:;•·*]|[–—-][^\S\n])[^\S\n]*\Z")
CELL_OPENS_REACH = 8
# The comma after a surname written first ('HALLORAN, Victor', 'Haldane-Fry, Cllr Bernard').
SURNAME_COMMA_RE = re.compile(r"[^\S\n]?,[^\S\n]{1,3}(?=\S)")
# A title written after the forename: 'RASHID, Farooq, Cllr', 'NOORANI, Farida (Dr)'.
TITLE_AFTER_RE = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?P<comma>[A-Za-z/]{2,12}\.?)|\([^\S\n]*(?P<bracket>[A-Za-z/]{2,12}\.?)"
                            r"[^\S\n]*\))")
# What ends the cell of a name written surname first: the line's end, a bracket, a comma or a semicolon, a column's
# gap, a bar, a dash, dot leaders.
NAME_CELL_END_RE = re.compile(r"[^\S\n]*(?:\Z|\n|\(|,|;|\t|\||\.\.)|[^\S\n]{2}|[^\S\n]+[–—-](?:[^\S\n]|\Z)")
# A comma, then a first name: the name ended a list of surnames ('Harris, Jordan, Lee'), not a forename's cell.
LIST_GOES_ON_RE = re.compile(rf"[^\S\n]*,[^\S\n]*([{UPPER}][{LOWER}]+)\b")


def _opens_cell(text: str, start: int) -> bool:
    """Whether text[start] opens a cell or an entry of a list (see `CELL_OPENS_RE`), not a word inside running prose."""
    floor = max(0, start - CELL_OPENS_REACH)
    before = text[floor:start]
    return CELL_OPENS_RE.search(before) is not None or floor == 0 and not before.strip(" \t\u00a0")


def _surname_word(word: str) -> bool:
    """A surname that opens a name written surname first: a capitalised word ('Quennell', 'Haldane-Fry', 'O'Hara') or
    one in capitals ('HALLORAN', 'OKAFOR-BRIGHT', 'McFADYEN', 'RAO'), no word of a post, a body, a venue or a place's
    name ('Manager, Youth Offending Service', 'Chair, Board', 'Hall, Corbury')."""
    bare = word.rstrip(".")
    if len(bare) < 2 or is_honorific(bare) or not is_name_token(bare) or is_post_word(bare) or is_body_word(bare) \
            or is_venue_word(bare) or bare.lower() in PLACE_NAME_WORDS:
        return False
    if _in_capitals(bare):
        return len(bare) >= 3 and re.search(r"[AEIOUY]", bare) is not None and bare.lower() not in SHORT_WORDS
    return True


# The cell of the name's own initials one blank after it, where a title in brackets overran the name's column
# ('GRIFFITHS, Huw Aled (C/Insp) HAG     Bro Hafren Police').
OWN_INITIALS_AFTER_RE = re.compile(rf"[^\S\n](?P<initials>[{UPPER}]{{2,4}})(?=\t|[^\S\n]{{2}}|[^\S\n]*+(?:\n|\Z))")


def _own_initials_after(text: str, at: int, parts: list[_Token], surname: _Token) -> bool:
    """Whether the name's cell is closed by a cell of its own initials, forenames' then surname's ('HAG')."""
    cell = OWN_INITIALS_AFTER_RE.match(text, at)
    if cell is None:
        return False
    letters = [part.text[0] for part in parts] + [piece[0] for piece in re.split(r"[-'’]", surname.text) if piece]
    return cell.group("initials") == "".join(letters).upper()


def _second_forename(text: str, token: _Token) -> bool:
    """A second forename after a known first one in a name written surname first, the lexicon lacking it: a word that
    is no title, post, body, venue or place, ending the name's cell ('Nia Haf   Head of ...', 'Huw Aled (C/Insp)')."""
    word = token.text
    return is_name_token(word) and not (is_honorific(word) or is_post_word(word) or is_body_word(word)
                                        or is_venue_word(word) or is_role_word(word) or word.lower() in PLACE_NAME_WORDS) \
        and NAME_CELL_END_RE.match(text, token.end) is not None


def _surname_first_at(text: str, tokens: list[_Token], i: int, end: int, strict: bool) -> tuple[NameMatch, int] | None:
    """The name tokens[i] opens when it is written surname first in a cell of its own (a register, a copy list in
    surname order): 'HALLORAN, Victor', 'Cllr RENFREW, Tobias', 'Ch Supt GARRIGAN, Oliver', 'Quennell, Rachel (Chair)',
    'Haldane-Fry, Cllr Bernard', 'Venkataraman, Dr Anjali', 'RUSK, Mrs P.', 'NOORANI, Farida (Dr)', and with no comma
    after a surname in capitals where a title is written too ('RASHID Farooq, Cllr', 'Supt LUMSDEN Craig'). The name is given
    in its natural order ('Victor Halloran'), the titles before the surname, after its comma or after the forename
    kept as its title, and the mention ends where the name does (the post or the body after it is the cell's rest).
    Only at a cell's start (`_opens_cell`), where the forename's cell ends after it (`NAME_CELL_END_RE`), and with
    evidence that the words are a person's: a title, or a forename the lexicon knows (initials after a surname in
    capitals, where the layout says the cell holds names); a surname in Title Case that is a first name too before a
    forename ending at a comma is a list of surnames ('Harris, Jordan, Lee'). The count is the tokens read."""
    before, j, several = _titles_at(text, tokens, i)
    if several or j + 1 >= len(tokens) or before and not _joined(text, tokens[j - 1], tokens[j]):
        return None
    particles = _surname_particles(text, tokens, j)  # 'AP DAFYDD, Alun', 'de la Mare, Honor': the surname's particles
    j += len(particles)
    if j + 1 >= len(tokens):
        return None
    surname = tokens[j]
    capitals = _in_capitals(surname.text.rstrip("."))
    comma = SURNAME_COMMA_RE.match(text, surname.end)
    # no comma after a surname in capitals, where a title says it is a name ('RASHID Farooq, Cllr'; checked below)
    uncommaed = comma is None and capitals and text[surname.end:tokens[j + 1].start] == " "
    if (comma is None or comma.end() != tokens[j + 1].start) and not uncommaed or not _surname_word(surname.text) \
            or not _opens_cell(text, tokens[i].start):
        return None
    after, k, several = _titles_at(text, tokens, j + 1)
    if several or after and (k >= len(tokens) or not _joined(text, tokens[k - 1], tokens[k])):
        return None
    parts: list[_Token] = []
    while k < len(tokens) and len(parts) < 4 and (not parts or _next_forename_part(text, parts[-1], tokens[k])):
        word = tokens[k].text
        if _initial(word) and len(word.rstrip(".")) == 1:
            if parts and not is_initials(parts[-1].text):
                if len(parts) > 1:
                    break
            parts.append(tokens[k])  # 'RUSK, Mrs P.', 'Jones, H. T.', 'Tremlett, Alison J.'
        elif parts and not is_initials(parts[0].text) and (CAPITALISED_RE.match(word) or MC_RE.match(word)) \
                and is_first_name(word) and not is_initials(parts[-1].text):
            parts.append(tokens[k])  # a middle name: 'OWEN, Cllr Dafydd Tudur'
        elif capitals and len(parts) == 1 and not is_initials(parts[0].text) and is_first_name(_titlecase(parts[0].text)) \
                and CAPITALISED_RE.match(word) and _second_forename(text, tokens[k]):
            # one the lexicon lacks, ending the cell, after a surname in capitals: 'PRITCHARD, Nia Haf', 'GRIFFITHS, Huw
            # Aled (C/Insp)'; after a word in Title Case it is the surname of a name in its natural order, a sentence's
            # opening word before it ('Responding, Deborah Ashcombe, the borough's director, said')
            parts.append(tokens[k])
        elif not parts and (CAPITALISED_RE.match(word) or MC_RE.match(word) or capitals and _in_capitals(word)
                            and is_first_name(_titlecase(word))) and is_name_token(word):
            parts.append(tokens[k])
        else:
            break
        k += 1
    if not parts:
        return None
    name_end = parts[-1].end
    post, post_end = _post_nominals(text, name_end)
    name_end = post_end or name_end
    title_after = TITLE_AFTER_RE.match(text, name_end)
    trailing = title_after.group("comma") or title_after.group("bracket") if title_after else None
    if trailing is not None and is_honorific(trailing) and trailing.rstrip(".").lower() not in PLURAL_HONORIFICS:
        after.append(HONORIFICS[trailing.rstrip(".").lower()])
        name_end = title_after.end()  # type: ignore[union-attr]
    titled = bool(before or after)
    first = parts[0].text
    initials_only = all(is_initials(p.text) or len(p.text.rstrip(".")) == 1 for p in parts)
    # ('PENWARDEN A.' in a cell the layout says holds names, a register's next column after it: the initials' stops
    # close the name, as a comma would; not a list's 'SCHEDULE A.; ANNEX C.')
    stopped_initials = initials_only and not strict and all(p.text.endswith(".") for p in parts) and \
        NEXT_COLUMN_RE.match(text, name_end) is not None
    if uncommaed and not (titled and CAPITALISED_RE.match(parts[0].text)) and not stopped_initials:
        return None
    # a surname in capitals and its comma declare the word after them a forename, one prose writes as a word too
    known = not initials_only and (is_first_name(_titlecase(first))
                                   or capitals and comma is not None and is_ambiguous_first_name(_titlecase(first)))
    if not (name_end == end or NAME_CELL_END_RE.match(text, name_end) or _own_initials_after(text, name_end, parts, surname)):
        return None
    listed = LIST_GOES_ON_RE.match(text, name_end)
    if listed is not None and is_first_name(listed.group(1)) and not is_post_word(listed.group(1)) and not titled:
        return None
    if initials_only:
        # initials each with its stop after a surname and its comma ('Hebden, C.'), closing the cell: a register's
        # member however the surname is cased, as the capitals' surname is ('RUSK, P')
        stopped = all(p.text.endswith(".") for p in parts)
        if not (titled or (capitals or stopped) and not strict):
            return None
    elif not titled:
        if not (known or _post_column_after(text, parts, name_end)) \
                or not capitals and is_first_name(_titlecase(surname.text)) and text[name_end:name_end + 1] == ",":
            return None
    forenames = [_clean(p.text).capitalize() if _in_capitals(p.text) else _clean(p.text) for p in parts]
    written = " ".join(forenames + [_particle_written(p.text) for p in particles] + [_clean(surname.text)])
    written = re.sub(r"((?:[A-Z]\. )*[A-Z]\.) ", lambda m: m.group(1).replace(" ", "") + " ",
                     written.replace(". ", ".").replace(".", ". ").replace("  ", " ") + " ").strip()
    title = " ".join(leading_title(before + after) + post) or None
    consumed = sum(1 for token in tokens[i:] if token.start < name_end)
    return NameMatch(tokens[i].start, name_end, written, title), max(1, consumed)


# A register's next column after a name's cell, a bracket in the cell between ('LEE J. (Ch Supt)<TAB>Area Commander').
NEXT_COLUMN_RE = re.compile(r"[^\S\n\t]*+(?:\([^()\n]{1,20}+\)[^\S\n\t]*+)?(?:\t|(?<=[^\S\n]{2}))")


def _next_forename_part(text: str, last: _Token, token: _Token) -> bool:
    """The token goes on the forenames after a surname's comma: a blank apart, or an initial's stop run straight into
    the next initial ('PRITCHARD, A.L.', as 'Jones, H. T.' with its blank)."""
    between = text[last.end:token.start]
    return between in (" ", "\u00a0") or not between and last.text.endswith(".") and _initial(last.text) \
        and _initial(token.text)


PARTICLES_BEFORE_SURNAME = 3  # 'DE LA MARE', 'VAN DER BERG': a surname's particles are a word or two


def _surname_particles(text: str, tokens: list[_Token], j: int) -> list[_Token]:
    """The particles that open a surname written first, before its last word, each a word apart ('AP DAFYDD', 'de
    Winton', 'VAN DER BERG'): none where no surname's word follows them."""
    particles: list[_Token] = []
    k = j
    while k + 1 < len(tokens) and len(particles) < PARTICLES_BEFORE_SURNAME and tokens[k].text.lower() in NAME_PARTICLES \
            and text[tokens[k].end:tokens[k + 1].start] == " ":
        particles.append(tokens[k])
        k += 1
    return particles if particles and tokens[k].text.lower() not in NAME_PARTICLES else []


def _particle_written(word: str) -> str:
    """A surname's particle as a name writes it in its natural order: 'AP' is 'ap', 'ST' is 'St'; 'De' as written."""
    if not word.isupper():
        return word
    return word.capitalize() if word.rstrip(".").lower() == "st" else word.lower()


# A register's next column after the name's cell: a column's padding or a tab, then its first words (a bounded reach: a
# long run of blanks or of words is read no further each time a name is looked for on the line); a column of the
# name's initials between them is passed over ('WINTERBOTTOM, Mark      MW      Head of Inclusion').
POST_COLUMN_RE = re.compile(r"(?:[^\S\n]{2,40}+|\t{1,4}+)(?:[A-Z]{2,4}+(?:[^\S\n]{2,40}+|\t{1,4}+))?(?P<post>[^\s,]{1,40}+(?:[^\S\n\t][^\s]{1,40}+){0,2})")
POST_COLUMN_WORDS = 3  # the post's first words name it ('Strategic Director', 'Head of PDU')


def _post_column_after(text: str, parts: list[_Token], name_end: int) -> bool:
    """Whether a forename the lexicon lacks ('Oduya-Barnes, Kwame', 'Hesketh-Ryle, Mark') is one by the layout: one
    capitalised word, no post's, body's or venue's, in a cell of its own with a post in the next column ('Strategic
    Director,', 'Head of PDU')."""
    if len(parts) != 1 or not CAPITALISED_RE.match(parts[0].text):
        return False
    word = parts[0].text
    if is_post_word(word) or is_body_word(word) or is_venue_word(word) or word.lower() in PLACE_NAME_WORDS:
        return False
    column = POST_COLUMN_RE.match(text, name_end)
    return column is not None and (_names_post(column.group("post")) or _body_then_post(text, column))


def _names_post(cell: str) -> bool:
    return any(is_post_noun(word.strip(",.;:()")) or is_post_word(word.strip(",.;:()"))
               for word in cell.split()[:POST_COLUMN_WORDS])


# The cells of a row after the column by the name, each set off by a tab or wider padding (a row is read so far).
ROW_CELLS_GAP_RE = re.compile(r"\t++|[^\S\n]{2,}+")
ROW_REACH = 200


def _body_then_post(text: str, column: re.Match[str]) -> bool:
    """A column of bodies by the names, the post in the next ('LOCKYER, Dev<TAB>HMI Probation<TAB>Deputy Lead
    Inspector'): the body's cell names one and the cell after it a post."""
    start = column.start("post")
    end = text.find("\n", start, start + ROW_REACH)
    row = [cell for cell in ROW_CELLS_GAP_RE.split(text[start:end if end >= 0 else start + ROW_REACH]) if cell.strip()]
    return len(row) > 1 and any(is_body_word(word.strip(",.;:()")) for word in row[0].split()) and _names_post(row[1])


# Two titles parted by a slash or a bar, the same title in two languages: 'Cyng. / Cllr', 'Cynghorydd/Councillor'.
TITLE_PAIR_GAP_RE = re.compile(r"[ \u00a0]*[/|][ \u00a0]*")


def _title_pair(text: str, left: _Token, right: _Token) -> bool:
    """Whether right is a title set after the same title in the other language ('Cyng. / Cllr')."""
    if not is_honorific(left.text) or not is_honorific(right.text):
        return False
    return HONORIFICS[left.text.rstrip(".").lower()] == HONORIFICS[right.text.rstrip(".").lower()] \
        and TITLE_PAIR_GAP_RE.fullmatch(text, left.end, right.start) is not None


# The tier of a council before a councillor's title is the title's: 'County Cllr Jo Bloggs' (a two-tier county's papers
# tell its councillors from the districts' so).
COUNCIL_TIERS = frozenset({"county", "district", "borough", "parish", "town", "city"})


def _opens_title(word: str, following: str) -> bool:
    """Whether `word` is the first of a title's two words: the Welsh article before a Welsh title ('Y Cynghorydd',
    'Yr'), or a council's tier before one councillor's ('County Cllr'; not 'County Councillors', several people)."""
    lowered, title = word.lower(), following.rstrip(".").lower()
    return word[:1].isupper() and (lowered in WELSH_ARTICLES and title in WELSH_HONORIFICS or lowered in COUNCIL_TIERS
                                   and HONORIFICS.get(title) == "Councillor" and title not in PLURAL_HONORIFICS)


def _title_qualifier(text: str, tokens: list[_Token], i: int) -> int:
    """1 where tokens[i] is the first of a title's two words ('Y Cynghorydd', 'County Cllr'), else 0."""
    return int(i + 1 < len(tokens) and _opens_title(tokens[i].text, tokens[i + 1].text)
               and _joined(text, tokens[i], tokens[i + 1]))


# Police ranks are abbreviated in capitals before a name in Title Case ('DS Colin Fairweather').
RANK_ABBREVIATIONS = {"dci", "ds", "dc", "pc", "di", "dsi", "dcs", "acc", "dcc", "ci"}


def _capitals_before_title_case(tokens: list[_Token], j: int) -> bool:
    """'MS Teams': an honorific written in capitals is one only before a name in capitals ('MS JANE DOE')."""
    word = tokens[j].text.rstrip(".")
    if not (word.isupper() and len(word) > 1) or word.lower() in RANK_ABBREVIATIONS or j + 1 >= len(tokens):
        return False
    return not tokens[j + 1].text.isupper()


# A line of running prose that the page's width broke is long; a heading or a list entry is short. So only a long
# line ends in the middle of a name.
WRAPPED_LINE = 50


def _wrapped_after_first_name(text: str, parts: list[_Token], token: _Token, strict: bool) -> bool:
    """'chaired by Olamide' at the end of a line of prose and 'Ferreira-Banks' at the start of the next: one name the
    margin broke. Only after a lone first name (one in the lexicon where names are looked for in running text), so
    that one name a line in a list never runs into the next."""
    if len(parts) == 2 and parts[1].text.lower() in NAME_PARTICLES:  # 'led by Rhodri ap' / 'Gwilym': a particle ends no name
        return not is_initials(parts[0].text) and _wrapped(text, parts[1], token)
    if len(parts) == 1 and not strict and _listed_initial(text, parts[0]):
        return _wrapped(text, parts[0], token)  # 'Councillors L. Trewin, P.' / 'Abernethy and K. Oyelowo'
    if len(parts) <= 3 and all(re.fullmatch(r"[A-Z]\.?", part.text) for part in parts) \
            and TITLE_BEFORE_RE.search(text, max(0, parts[0].start - 12), parts[0].start):
        return _wrapped(text, parts[-1], token)  # 'Councillor Mrs P M' / 'Verity (Vice-Chairman)': a titled name's initials
    return len(parts) == 1 and not is_initials(parts[0].text) and (not strict or is_first_name(_titlecase(parts[0].text))) \
        and (_wrapped(text, parts[0], token) and not _name_opens_line(text, parts[0], token)
             or _entry_broken_after_first_name(text, parts[0], token))


# An honorific just before a name's initials: 'Councillor Mrs P M', 'Mrs E'.
TITLE_BEFORE_RE = re.compile(r"\b(?:Mrs|Mr|Ms|Miss|Dr|Councillor|Cllr)\.?[^\S\n]+$")
# Before an initial that ends a line, what says it opens a list's next name: a comma, 'and', '&'.
LIST_BEFORE_INITIAL_RE = re.compile(r"(?:,|\band|&)[ \t]*$")


def _listed_initial(text: str, initial: _Token) -> bool:
    """'P.' after a comma or 'and' at the end of a line: a name in a list whose surname the margin broke off."""
    return bool(re.fullmatch(r"[A-Z]\.", initial.text)) and LIST_BEFORE_INITIAL_RE.search(
        text, max(0, initial.start - 10), initial.start) is not None


def _name_opens_line(text: str, last: _Token, following: _Token) -> bool:
    """'... Commissioner for Corrowby' / 'Karen Oduya-Field': a first name and a surname that open the next line after a
    word that is no first name begin a name of their own, not the end of one the margin broke ('from Bramwell' / 'Udo
    (Head of Inclusion)' is one name)."""
    return is_first_name(_titlecase(following.text)) and not is_first_name(_titlecase(last.text)) \
        and NEXT_WORD_RE.match(text, following.end) is not None


# What may follow a surname that opens a list entry's second line: the line's end, a post after a comma or a dash, a
# marker in brackets, a column.
# After a surname with no title before its first name, only a post after a comma says the line was one entry ('Kay' /
# 'Lund, Head of Service'): a surname a line ('Jones' / 'Smith (Chair)') is a list of councillors' surnames.
POST_AFTER_RE = re.compile(r"[ \t]*,[ \t]*[A-Z]")
# A capitalised word after a first name on the next line: 'Ann Lee' there begins the next entry ('Jones' alone ends one).
NEXT_WORD_RE = re.compile(r"[ \t]+[A-Z][\w'’-]")
ENTRY_TAIL_RE = re.compile(r"[ \t]*(?:$|[,(–—-]|\t|[ ]{2,})", re.MULTILINE)


def _entry_broken_after_first_name(text: str, first: _Token, following: _Token) -> bool:
    """'Councillor Jo' / 'Fitz-Allen (Chair)', 'Apologies: Councillor Ruth' / 'Jones': a list entry whose line holds
    only a title (after the list's heading) and a first name, its surname opening the next line (not a first name and
    a surname, which begin the next entry). Without a title the line may be a surname of a list of them, so only a
    post after a comma on the next line says it is one entry ('Kay' / 'Lund, Head of Service')."""
    gap = text[first.end:following.start]
    if gap.count("\n") != 1 or gap.strip() or not is_first_name(_titlecase(first.text)):
        return False  # (asked first: the line before the name is read only at a line's end, once a line)
    line_start = text.rfind("\n", 0, first.start) + 1
    titles = text[line_start:first.start].split()
    return all(is_honorific(word) or not word.strip("•·*–—-") or word.endswith(":") for word in titles) \
        and not (is_first_name(_titlecase(following.text)) and NEXT_WORD_RE.match(text, following.end)) \
        and (ENTRY_TAIL_RE if any(is_honorific(word) for word in titles) else POST_AFTER_RE).match(text, following.end) \
        is not None


def _wrapped(text: str, left: _Token, right: _Token) -> bool:
    """Two words on either side of a line break that the margin made: the first ends a long line that holds more
    than it ('... and Councillor' / 'Kavanagh')."""
    gap = text[left.end:right.start]
    if gap.count("\n") != 1 or gap.strip():
        return False
    line_start = text.rfind("\n", 0, left.start) + 1
    return bool(text[line_start:left.start].strip()) and left.end - line_start >= WRAPPED_LINE


def body_follows(text: str, end: int) -> bool:
    """Whether a body's name runs on from text[:end]: 'Bae' / 'Gwyrdd University Health Board', 'Pen Dinas University
    Health Board': words that look like a name, run on (after plain spaces) into a body's word, begin the body's name."""
    following = next(iter(_tokens(text, end, limit=1)), None)
    return following is not None and _joined(text, _Token("", end, end), following) and following.text[:1].isupper() \
        and is_body_word(following.text)


def _wrapped_at_hyphen(text: str, tokens: list[_Token], k: int) -> _Token | None:
    """'Greenhalgh-' at the end of a line and 'Smith' at the start of the next: one surname the page's width broke."""
    token = tokens[k]
    if not token.text.endswith("-"):
        return None
    over_footer = _hyphenated_over_footer(text, tokens, k)  # read from the text: the rest may lie past the window
    if over_footer is not None or k + 1 >= len(tokens):
        return over_footer
    following = tokens[k + 1]
    gap = text[token.end:following.start]
    if gap.count("\n") != 1 or gap.strip():
        return None
    if following.text[:1].islower() and len(token.text) >= 4:
        # 'Penelope Strat-' / 'ford-Lyle': a word the line's width hyphenated, its rest in small letters
        return _Token(token.text[:-1] + following.text, token.start, following.end)
    if not following.text[:1].isupper():
        return None
    return _Token(token.text + following.text, token.start, following.end)


# A page's running footer or header between a word's two halves: 'Inspection of youth services: Northshire    9', or
# the page's number alone ('- 15 -').
# Blank lines and a rule drawn over or under the footer may stand around it ('Hebble-', '', '-----', 'Panel - 27.01.15
# Page 1', '', 'thwaite'; 'Har-', '', 'Committee - 19.03.13   Page 14', '_____', '', 'rop').
# The next page's running header may stand under the rule, before the rest ('Prit-', '', '- 27 -', '_____', 'Cabinet
# 21.04.15', '', 'chard, explained'), or under the page's number alone ('Pil-', '', '5', 'Inspection of youth offending
# services: Northshire', '', 'beam.').
FOOTER_LINE_RE = re.compile(r"\n(?:[^\S\n]*+\n){0,3}(?:[^\S\n]*+[_=~*-]{4,}[^\S\n]*+\n)?"
                            r"[^\S\n]*+(?:[A-Z][^\n]{0,120}?[^\S\n]\d{1,3}|(?:[–—-][^\S\n]*+)?\d{1,3}(?:[^\S\n]*+[–—-])?)"
                            r"[^\S\n]*+\n(?:[^\S\n]*+[_=~*-]{4,}[^\S\n]*+\n(?:[^\S\n]*+[A-Z][^\n]{0,80}+\n)?"
                            r"|[^\S\n]*+[A-Z][^\n]{0,80}+\n)?"
                            r"(?:[^\S\n]*+\n){0,3}[^\S\n]*+(?=[a-z])")


def _hyphenated_over_footer(text: str, tokens: list[_Token], k: int) -> _Token | None:
    """'Raghu-', a page's footer line, then 'nathan' in small letters at the top of the next page: one surname that
    the end of the page hyphenated ('Raghunathan')."""
    token = tokens[k]
    footer = FOOTER_LINE_RE.match(text, token.end) if len(token.text) >= 4 else None
    # read from the text, not the tokens: the footer may be longer than the window the name is looked for in
    rest = SMALL_WORD_RE.match(text, footer.end()) if footer else None
    if rest is None:
        return None
    return _Token(token.text[:-1] + rest.group(0), token.start, rest.end())


SMALL_WORD_RE = re.compile(rf"[{LOWER}]+")
HYPHENATED_HALF_RE = re.compile(rf"[{UPPER}][{LOWER}]{{2,}}-[^\S\n]*$", re.MULTILINE)  # 'Har-' ending its line
FOOTER_REACH = 400  # characters: a page's footer, its rules and blank lines between a word's halves


def hyphenated_half_before(text: str, rest: int) -> int | None:
    """Where the first half of a capitalised word ends ('Har-', past its hyphen) when text[rest:] opens the next page
    with the rest of it in small letters ('rop replied that ...'), the page's footer between (`_hyphenated_over_footer`);
    else None."""
    if not text[rest:rest + 1].islower():
        return None
    for half in HYPHENATED_HALF_RE.finditer(text, max(0, rest - FOOTER_REACH), rest):
        footer = FOOTER_LINE_RE.match(text, half.start() + len(half.group(0).rstrip()))
        if footer is not None and footer.end() == rest:
            return half.start() + len(half.group(0).rstrip())
    return None


# --- a name a page's furniture cut between its words ---------------------------------------------------------------

# A page's furniture between two halves of a sentence or a name: its number ('- 4 -', '-- 4 --', 'Page 7', 'Page 3 of 9'),
# a rule or a form feed, and beside them a running header or footer (a short line with no full stop) or a bare number
# ('12'), which alone may be a table's figure.
PAGE_MARK = re.compile(r"[^\S\n]*(?:[-–—(]{1,80}[^\S\n]*(?:page[^\S\n]+)?\d{1,3}[^\S\n]*[-–—)]{1,80}|page[^\S\n]+\d{1,3}(?:[^\S\n]+of[^\S\n]+"
                       r"\d{1,3})?|[_=\-–—.·]{5,}|\f[^\n]*)[^\S\n]*", re.IGNORECASE)
BARE_PAGE_NUMBER = re.compile(r"[^\S\n]*\d{1,3}[^\S\n]*")
RUNNING_LINE = re.compile(r"[^\S\n]*[^\s.!?][^\n]{0,100}(?<![.!?:;])[^\S\n]*")
# a figure after a table's column gap; a gap is tried from its first blank only (from each, a long run is quadratic)
TABLE_FIGURE_CELL = re.compile(r"(?<![^\S\n])[^\S\n]{3,}+\d")
# A running header or footer that carries the page's number: 'HM Inspectorate of Probation    Page 3 of 14', 'Tudalen 1 o
# 4 / Page 1 of 4', 'Inspection of youth offending services in: Hartmoor          3'.
NUMBERED_RUNNING_RE = re.compile(r"(?i:\b(?:page|tudalen)[^\S\n]++\d{1,3}\b)|\S[^\S\n]{2,}+\d{1,3}[^\S\n]*+$")
PAGE_CUT_REACH = 10  # lines between a name's halves: blank lines, the page's number, a rule, a running line or two
PAGE_CUT_RUNNING = 3  # running lines, at most (a header and a footer, one with the number)
PAGE_CUT_TAIL = 80  # characters: the end of a line a name's first half may take
# Capitalised words that open a sentence or a heading, never a surname at the top of a page.
SENTENCE_OPENERS = frozenset({
    "the", "a", "an", "this", "these", "those", "there", "here", "in", "on", "of", "for", "with", "however", "following",
    "during", "after", "before", "since", "although", "while", "when", "where", "as", "at", "by", "to", "from", "if",
    "each", "every", "some", "most", "many", "both", "overall", "also", "further", "finally", "one", "two", "three",
    "contents", "appendix", "annex", "table", "figure", "section", "part", "chapter", "introduction", "background",
    # a table's heads, repeated at the top of its next page ('Name    Post    Organisation')
    "name", "names",
})
# What goes on after a surname that opens the next page: the rest of a list's entry or a clause (a comma, a bracket, a
# semicolon, a full stop, a possessive, a column's gap) or the verb of the sentence the name is the subject of.
PAGE_CUT_REST_RE = re.compile(
    r"[,(;]|\.(?!\S)|['’]s\b|\t|[^\S\n]{2,}+(?=\S)|[^\S\n]+(?:said|says|told|added|explained|reported|noted|confirmed|asked|"
    r"replied|stated|agreed|thanked|welcomed|presented|introduced|highlighted|responded|commented|remarked|emphasised|"
    r"acknowledged|assured|advised|informed|invited|proposed|seconded|moved|updated|outlined|summarised|gave|was|is|has|"
    r"had|who|chaired|chairs|led|leads)\b")
# After a title and a word the lexicon does not know as a forename ('Ms Anwen', which may be a title and a surname),
# only the rest of an entry: a comma, a bracket, a column's gap.
ENTRY_REST_RE = re.compile(r"[,(]|\t|[^\S\n]{2,}+(?=\S)")


def _page_surname(word: str) -> bool:
    """A word that may be a surname opening a page: a name's word in Title Case, no sentence's opening word, no post's,
    body's or venue's word."""
    bare = word.lower()
    return is_name_token(word) and word[1:2].islower() and bare not in SENTENCE_OPENERS \
        and bare not in FIRST_NAME_EXCLUSIONS and bare not in SHORT_WORDS and not is_post_word(word) \
        and not is_body_word(word) and not is_venue_word(word)


def _half_name_ending(text: str, start: int, end: int) -> str | None:
    """How text[start:end] (a line's words) ends in half a name that cannot stand alone: 'title' (a title alone, 'chaired
    by Dr'), 'forename' (a forename of the lexicon, after a title or alone: 'Dr Colette', 'is Gavin', 'Manager, Lowri'),
    'word' (a title and a word the lexicon does not know as a forename, 'Ms Anwen', which may be a surname), or None."""
    tokens = _tokens(text, max(start, end - PAGE_CUT_TAIL), end)
    if not tokens or tokens[-1].end != end:
        return None
    last = tokens[-1]
    if is_honorific(last.text):
        return "title" if not last.text.isupper() and not last.text.endswith("-") else None
    if not CAPITALISED_RE.match(last.text) or not is_name_token(last.text):
        return None
    before = tokens[-2] if len(tokens) > 1 else None
    if before is not None and _joined(text, before, last):
        # (a police officer's rank stands as a title does: 'Superintendent Kwame' / the footer / 'Asante-Boyd')
        if is_honorific(before.text) and not before.text.isupper() or police_rank(frozenset({before.text})):
            return "forename" if is_first_name(last.text) else "word"
        if before.text[:1].isupper() and not is_role_word(before.text):
            return None  # 'Jo Bloggs': a whole name
    return "forename" if is_first_name(last.text) else None


def page_cut_names(text: str) -> dict[int, int]:
    """Names a page's end cut between their words, its furniture between the halves (blank lines, the page's number, a
    rule, a running header or footer): where the first half ends -> where the rest opens the next page. The first half
    cannot stand alone (`_half_name_ending`), the rest is a surname followed by the rest of an entry or a clause ('Dr
    Colette' / '8' / 'An inspection of ...' / 'Wainwright, Strategic Director', 'deputy: Ms Anwen' / 'Tudalen 1 o 4 /
    Page 1 of 4' / 'Llewelyn, Senior Education Welfare Officer'); a whole name ending a page and a name opening the
    next ('Jo Bloggs' / 'Page 3' / 'Ann Lee, Director') stay two."""
    if "\n" not in text:
        return {}
    # a document is asked again and again, each window's names read: read once; a short stretch (a cell, a post) is
    # read afresh, so that many of them never push the document out
    return _document_page_cuts(text) if len(text) > PAGE_CUTS_KEPT else _page_cuts(text)


PAGE_CUTS_KEPT = 2000  # characters: a text longer is a document, its page cuts kept


@lru_cache(maxsize=16)  # (the document and the few views of it the readers make)
def _document_page_cuts(text: str) -> dict[int, int]:
    return _page_cuts(text)


def _page_cuts(text: str) -> dict[int, int]:
    found: dict[int, int] = {}
    every: list[tuple[int, int]] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        every.append((start, end))
        start = end + 1
    for index, (line_start, line_end) in enumerate(every):
        words_end = line_start + len(text[line_start:line_end].rstrip())
        if words_end == line_start or not text[words_end - 1].isalpha() and text[words_end - 1] != ".":
            continue
        kind = _half_name_ending(text, line_start, words_end)
        if kind is None:
            continue
        rest = _page_rest(text, every[index + 1:index + 1 + PAGE_CUT_REACH], kind)
        if rest is not None:
            found[words_end] = rest
    return found


def page_cut_rests(text: str) -> dict[int, int]:
    """`page_cut_names` the other way: where the rest of a name opens the next page -> where its first half ends."""
    cut = page_cut_names(text)
    return _document_page_rests(text) if cut and len(text) > PAGE_CUTS_KEPT else {rest: half for half, rest in cut.items()}


@lru_cache(maxsize=16)
def _document_page_rests(text: str) -> dict[int, int]:
    return {rest: half for half, rest in page_cut_names(text).items()}


def _page_rest(text: str, following: list[tuple[int, int]], kind: str) -> int | None:
    """Where the rest of a name cut at a page's end opens, past the page's furniture on the `following` lines, or None."""
    numbered = False  # the page's number (or a form feed) was met: only past it does the next page begin
    running = 0
    for start, end in following:
        line = text[start:end]
        if not line.strip():
            continue
        opening = re.match(r"[^\S\n]*+([^\W\d_][\w'’-]*)", line)
        if numbered and opening is not None and _rest_of_name(text, start + opening.start(1), start + opening.end(1), kind):
            return start + opening.start(1)
        if PAGE_MARK.fullmatch(line) or BARE_PAGE_NUMBER.fullmatch(line):
            numbered = True
            continue
        if RUNNING_LINE.fullmatch(line) is None or len(TABLE_FIGURE_CELL.findall(line)) >= 2:
            return None  # the next line of prose, or a table's row of figures
        running += 1
        numbered = numbered or NUMBERED_RUNNING_RE.search(line) is not None
        if running > PAGE_CUT_RUNNING:
            return None
    return None


def _rest_of_name(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the word text[start:end] that opens a page goes on with a name cut at the last page's end: a surname and
    the rest of an entry or a clause; after a title alone, a name (a forename and a surname, or a surname)."""
    word = text[start:end]
    if kind == "title" and is_first_name(word) and not is_role_word(word):
        following = next(iter(_tokens(text, end, limit=1)), None)
        if following is not None and _joined(text, _Token(word, start, end), following) and _page_surname(following.text):
            start, end, word = following.start, following.end, following.text
    if not _page_surname(word):
        return False
    return (ENTRY_REST_RE if kind == "word" else PAGE_CUT_REST_RE).match(text, end) is not None


def _over_page(text: str, left: _Token, right: _Token) -> bool:
    """Two words of one name that a page's end parted (`page_cut_names`)."""
    return page_cut_names(text).get(left.end) == right.start


def _past_page(text: str, tokens: list[_Token], k: int) -> list[_Token] | None:
    """When a name's first half ends at tokens[k] at a page's end, the tokens with the next page's words in place of the
    furniture: the first of them opens the rest of the name (read from the text: it may lie past the window)."""
    rest = page_cut_names(text).get(tokens[k].end)
    if rest is None or k + 1 < len(tokens) and tokens[k + 1].start == rest:
        return None
    line_end = text.find("\n", rest)
    return tokens[:k + 1] + _tokens(text, rest, len(text) if line_end < 0 else line_end, NAME_TOKENS)


def _initial(word: str) -> bool:
    """'J.', 'J', 'JR': a person's initials; 'NHS' and 'YOS' are the letters of a body."""
    return (is_initials(word) or (len(word) == 1 and word.isupper())) and not is_role_word(word)


def _short_capitals(word: str, *, surname: bool) -> bool:
    """Two or three capitals that read as a word: a known first name ('JO', 'KIM'), or as a surname three letters
    with a vowel that are no common word ('RAO', not 'WAS'); 'JR' and 'JRT' stay initials."""
    word = word.rstrip(".,;:")
    if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 3) or is_role_word(word) \
            or word.lower() in SHORT_WORDS or word.lower() in FIRST_NAME_EXCLUSIONS:
        return False
    return is_first_name(word.capitalize()) or surname and len(word) == 3 and any(c in "AEIOUY" for c in word)


def _capitals_word(text: str, tokens: list[_Token], k: int, parts: list[_Token], capitals: set[int]) -> bool:
    """A short word in capitals inside a name written in capitals: 'JO' in 'JO FITZ-ALLEN', both words of 'DEV RAO'."""
    word = tokens[k].text
    if not _short_capitals(word, surname=bool(parts)):
        return False
    if parts:  # after a first name in capitals, a surname
        last = parts[-1]
        return last.start in capitals or bool(UPPER_RE.match(last.text)) and not is_initials(last.text)
    if k + 1 >= len(tokens) or not _joined(text, tokens[k], tokens[k + 1]):
        return False
    following = tokens[k + 1].text.rstrip(".,;:")
    return bool(UPPER_RE.match(following)) and not is_role_word(following) and (
        len(following) > 3 or _short_capitals(following, surname=True))


def _middle_initial(text: str, tokens: list[_Token], k: int, parts: list[_Token]) -> bool:
    """'J.' in 'Mary J. Blige-Carter': one initial between a first name and the surname written after it."""
    if len(parts) != 1 or is_initials(parts[0].text) or len(tokens[k].text.rstrip(".")) != 1 or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    # the surname may run into the next column ('Sunita K. Mistry-BainesOperations Manager')
    surname = _split_merged(following).text
    return _joined(text, tokens[k], following) and is_name_token(surname) and _same_case(parts, surname)


def _venue(parts: list[_Token]) -> bool:
    """'Civic Suite', 'Town Hall': a place the meeting was held, unless it begins with a first name ('Ann Hall')."""
    return is_venue_word(parts[-1].text) and not is_first_name(_titlecase(parts[0].text))


VENUE_AFTER_RE = re.compile(r"[^\S\n]([A-Z][a-z]+)\b")


def _venue_after(text: str, parts: list[_Token]) -> bool:
    """'Greywell Civic Centre': the words before a place's last word are no name, unless they begin with a first name."""
    after = VENUE_AFTER_RE.match(text, parts[-1].end)
    return after is not None and is_venue_word(after.group(1)) and not is_first_name(_titlecase(parts[0].text))


def _cut_off(text: str, parts: list[_Token]) -> bool:
    """'Kim Fo' where the page or the text ends: a surname cut short, not a person; so is 'Kim Fors' there where the
    text writes that name longer elsewhere ('Kim Forsyth-Lee', 'KIM FORSYTH-LEE')."""
    last = parts[-1]
    if is_initials(last.text) or not PAGE_END_RE.match(text, last.end):
        return False
    return len(last.text.rstrip(".")) <= 2 or re.search(rf"\b{re.escape(last.text)}[{LETTER}-]", text, re.IGNORECASE) is not None


def _same_case(parts: list[_Token], word: str) -> bool:
    """A name is all Title Case or all CAPITALS: 'Jean Bell HMCS' stops before HMCS; but a surname in capitals may
    follow a first name in Title Case, as lists write it ('Gwen ATTWATER'), and ends the name."""
    named = [p.text for p in parts if not is_initials(p.text)]
    if not named:
        return True
    if not _in_capitals(named[0]) and any(_in_capitals(p) for p in named[1:]):
        return False  # a surname in capitals after a Title Case first name ends the name
    return _in_capitals(named[0]) == _in_capitals(word.rstrip(".,;:")) or _capitals_surname(named, word)


def _in_capitals(word: str) -> bool:
    return bool(UPPER_RE.match(word) or MC_CAPITALS_RE.match(word))


def _capitals_surname(named: list[str], word: str) -> bool:
    """'ATTWATER' after 'Gwen': a surname in capitals after a known first name, no acronym or word of a body."""
    bare = word.rstrip(".,;:")
    return len(named) == 1 and not _in_capitals(named[0]) and is_first_name(named[0]) and _in_capitals(bare) \
        and len(bare) > 3 and re.search(r"[AEIOUY]", bare) is not None and not is_name_stop(bare) and not is_body_word(bare)


# The words of a place's or a building's name ('Fenwick Vale Gazette', 'Kelso Park House'): never a middle name and
# surname a cell's three words hold.
PLACE_NAME_WORDS = frozenset({"vale", "valley", "bay", "heath", "moor", "moors", "hill", "hills", "park", "green", "cross",
                              "bridge", "wood", "woods", "forest", "marsh", "fen", "dale", "downs", "water", "port",
                              "haven", "head", "end", "lane", "street", "road", "house", "court", "hall", "centre",
                              "gazette", "herald", "times", "echo", "post", "news", "chronicle", "mercury", "advertiser"})
# What ends a name's cell: a column's gap, a tab, a comma, a bracket ('Rhodri Maelor Jenkins (Chair)'), the line's end,
# a copy list's dot leaders ('Alun Gwynfor Rees ...... Chief Executive').
CELL_END_RE = re.compile(r"[^\S\n]{2,}|\t|,|[^\S\n]*(?:\(|\n|$)|[^\S\n]?[.…]{2}")


def _three_names_in_a_cell(text: str, parts: list[_Token]) -> bool:
    """'Rhodri Maelor Jenkins  Corporate Director': three words in title case, the last ending the name's cell and
    none a post's or a body's word, are a forename, a middle name the lexicon lacks and a surname ('Jane Edmends
    Housing' is cut by its post's word)."""
    return len(parts) == 3 and all(p.text[:1].isupper() and p.text[1:].islower() and p.text.isalpha()
                                   and not is_post_word(p.text) and not is_body_word(p.text) and not is_venue_word(p.text)
                                   and p.text.lower() not in PLACE_NAME_WORDS for p in parts) \
        and CELL_END_RE.match(text, parts[-1].end) is not None


def _trim_to_name(parts: list[_Token]) -> list[_Token]:
    """Keep first name, middle names or initials, and one surname: 'Jane Edmends Housing' -> 'Jane Edmends'."""
    if len(parts) <= 2:
        return parts
    keep = [parts[0]]
    for middle in parts[1:-1]:
        if is_initials(middle.text) or middle.text.lower() in NAME_PARTICLES | DIGRAPH_INITIALS \
                or is_first_name(_titlecase(middle.text)):
            keep.append(middle)
        else:
            return keep + [middle]
    return keep + [parts[-1]]


def _post_nominals(text: str, pos: int) -> tuple[list[str], int]:
    found: list[str] = []
    end = 0
    cursor = pos
    while match := POST_NOMINAL_RE.match(text, cursor):
        if not is_post_nominal(match.group(1)):
            break
        found.append(match.group(1))
        end = cursor = match.end()
    return found, end


def _titlecase(word: str) -> str:
    return word.capitalize() if word.isupper() else word


def cased(word: str) -> str:
    """A name's word as a name is written: 'FITZ-ALLEN' -> 'Fitz-Allen', "O'DRISCOLL" -> "O'Driscoll", 'McFADYEN' ->
    'McFadyen'; a word in lower and capitals as it is."""
    return _clean(word)


def _clean(word: str) -> str:
    word = word.rstrip(",;:")
    if not is_initials(word):
        word = word.rstrip(".")
    if UPPER_RE.match(word) and len(word) > 2:
        # 'FITZ-ALLEN' -> 'Fitz-Allen', "O'NEILL" -> "O'Neill"
        return re.sub(r"(^|[-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), word.lower())
    prefixed = MC_CAPITALS_RE.match(word)
    if prefixed:  # 'McFADYEN' -> 'McFadyen'
        head = 3 if word.startswith("Mac") else 2
        return word[:head] + _clean(word[head:])
    return word


# Words that qualify the rank after them: 'Ch Supt' is one title, 'Chief Superintendent'.
RANK_QUALIFIERS = {"Chief", "Detective"}


def leading_title(honorifics: list[str]) -> list[str]:
    """The title a person's honorifics give: the first ('Councillor' of 'Councillor Mrs'), with the rank it qualifies
    ('Ch Supt' -> 'Chief Superintendent', 'Det Ch Insp' -> 'Detective Chief Inspector')."""
    title = honorifics[:1]
    for word in honorifics[1:]:
        if title[-1] not in RANK_QUALIFIERS:
            break
        title.append(word)
    return title


def split_title(raw: str) -> tuple[str, str | None]:
    """'Councillor Mrs. M.R. Wilkinson' -> ('M.R. Wilkinson', 'Councillor'); 'Paul Wilson CBE' -> ('Paul Wilson', 'CBE')."""
    words = raw.replace(",", " ").split()
    titles: list[str] = []
    while words and is_honorific(words[0]):
        titles.append(HONORIFICS[words.pop(0).rstrip(".").lower()])
    post: list[str] = []
    while words and is_post_nominal(words[-1]):
        post.insert(0, words.pop().strip(".,"))
    title = " ".join(leading_title(titles) + post) or None
    return " ".join(words), title


# Letters that carry their mark in themselves, so that unaccenting leaves them as they are: 'Łukasz' is 'lukasz'.
UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ŀ": "l", "ß": "ss", "æ": "ae",
                              "œ": "oe", "ð": "d", "þ": "th"})


@lru_cache(maxsize=50_000)  # names recur in a document: each word is judged once
def name_key(name: str) -> str:
    """The key names are compared by: no honorifics, post-nominals, middle initials, accents, punctuation or case
    ('Cllr Sunita K. Mistry-Baines MBE' and 'Sunita Mistry-Baines' are one key; 'J. P. Okonkwo' keeps its initials)."""
    bare = _without_middle_initials(split_title(name)[0])
    folded = unicodedata.normalize("NFKD", bare)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold().translate(UNDECOMPOSED)
    folded = re.sub(r"[’'`]", "", folded)
    folded = re.sub(r"[\W_]+", " ", folded)
    return " ".join(folded.split())


MIDDLE_INITIAL_RE = re.compile(r"^(?:[A-Z]\.?|(?:[A-Z]\.){2,3})$")


def _without_middle_initials(bare: str) -> str:
    """'Sunita K. Mistry-Baines' -> 'Sunita Mistry-Baines': a middle initial is written in one document and not in
    the next, so it cannot tell people apart; a name that opens with initials ('J.P. Okonkwo') keeps them."""
    words = bare.split()
    if len(words) < 3 or MIDDLE_INITIAL_RE.match(words[0]) or "." in words[0]:
        return bare
    return " ".join([words[0], *(w for w in words[1:-1] if not MIDDLE_INITIAL_RE.match(w)), words[-1]])


def surname(name: str) -> str:
    return name_key(name).split(" ")[-1] if name_key(name) else ""


def name_parts(name: str) -> tuple[tuple[str, ...], str]:
    """A name's forenames (or initials) and its surname, each folded as `name_key` folds: 'Cllr Dafydd ap Rhys' ->
    (('dafydd',), 'ap rhys'); 'Dr R.J. Fairbairn-Taylor' -> (('r', 'j'), 'fairbairn taylor'); 'Carver-Smyth' ->
    ((), 'carver smyth'). The words before the surname that join it ('ap', 'van der', 'Ó') are part of it."""
    words = re.sub(r"\.(?=\S)", ". ", split_title(name)[0]).split()
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in NAME_PARTICLES:
        start -= 1  # the first word is a forename even when it is a particle's spelling ('Di Moss')
    if start == 1 and words[0].casefold() in NAME_PARTICLES and (words[0].islower() or not words[0].isascii()):
        start = 0  # 'ap Rhys' and 'Ó Floinn' alone are a surname; 'Di Moss' is not
    forenames = tuple(key for word in words[:max(start, 0)] if (key := name_key(word)))
    return forenames, name_key(" ".join(words[max(start, 0):]))


def initials_agree(initials: tuple[str, ...], forenames: tuple[str, ...]) -> bool:
    """Whether initials ('r', 'j') may stand for forenames ('rosemary',) or ('keri ann',): each initial the first
    letter of the forename in its place (or of a part of a double forename), an initial past the forenames written
    a middle name left out."""
    letters = [word[0] for forename in forenames for word in forename.split()]
    by_forename = [forename[0] for forename in forenames]
    return bool(initials and forenames) and any(
        all(i >= len(written) or initial == written[i] for i, initial in enumerate(initials))
        for written in (by_forename, letters))


def short_form_of(short_key: str, full_key: str) -> bool:
    """Whether one name key may be another written short: the surname alone or after initials that fit ('g ashworth'
    and 'ashworth' of 'gillian ashworth'; not 'j ashworth', nor 'gillian ashworth' itself, nor 'dafydd' of 'rhys ap
    dafydd')."""
    words, full = short_key.split(), full_key.split()
    initials = next((i for i, word in enumerate(words) if len(word) > 1), len(words))
    rest = words[initials:]
    if not rest or len(rest) >= len(full) or full[-len(rest):] != rest or not whole_surname(full, len(rest)):
        return False
    return not initials or initials_agree(tuple(words[:initials]), tuple(full[:-len(rest)]))


# --- what a title and a forename say about a person, for resolution ---------------------------------------------

# Titles that say a person's sex: 'Mrs Okonkwo-Barr' is never Henry Okonkwo-Barr.
FEMALE_TITLES = frozenset({"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"})
MALE_TITLES = frozenset({"Mr", "Sir", "Lord", "Baron", "Father"})
# Titles every adult has: no evidence that two mentions are one person.
COMMON_TITLES = FEMALE_TITLES | MALE_TITLES | {"Mx"}
# The words of a police officer's rank: a serving officer may not sit as a councillor, so 'Inspector Baptiste' is
# never 'Councillor Baptiste'.
POLICE_RANK_WORDS = frozenset({"superintendent", "inspector", "sergeant", "constable", "dci", "ds", "dc", "pc", "di",
                               "dsi", "dcs"})


# A police rank written in full at the end of a post ('Inspector', a key's 'D deputy attended - Inspector'); not its
# abbreviations, which end other posts ('Northshire DC', the district council).
POST_RANK_RE = re.compile(r"\b(?:(?:detective|chief) )*(?:superintendent|inspector|sergeant|constable)$")


def rank_of_post(post: str) -> str | None:
    """The police rank a folded post ends with, written as a title ('d deputy attended inspector' -> 'Inspector',
    'chief superintendent' -> 'Chief Superintendent'), or None."""
    found = POST_RANK_RE.search(post)
    return found.group().title() if found else None


def title_parts(title: str) -> frozenset[str]:
    """The titles a person's written title holds, each apart: 'Chief Superintendent QPM' -> {'Chief Superintendent',
    'QPM'}; 'Councillor' -> {'Councillor'}."""
    words = title.split()
    post = [w for w in words if is_post_nominal(w)]
    leading = " ".join(w for w in words if not is_post_nominal(w))
    return frozenset(post + ([leading] if leading else []))


def police_rank(titles: frozenset[str]) -> bool:
    """Whether a title is a police officer's rank ('Chief Superintendent', 'DCI')."""
    return any(word in POLICE_RANK_WORDS for title in titles for word in title.lower().split())


def title_sex(titles: frozenset[str]) -> str | None:
    """'female' or 'male' where a title says it ('Mrs', 'Sir'), else None (also where two titles disagree)."""
    said = {"female" for t in titles if t in FEMALE_TITLES} | {"male" for t in titles if t in MALE_TITLES}
    return next(iter(said)) if len(said) == 1 else None


@lru_cache(maxsize=50_000)  # forenames recur across a corpus: each is judged once
def forename_sex(forename: str) -> str | None:
    """'female' or 'male' where the first-name lexicon is sure of a given name ('Helen', 'Henry'), else None ('Sam'
    and 'Chris' it calls mostly male, 'Jo', an initial, a name it does not know)."""
    said = _detector().get_gender(forename.capitalize()) if len(forename) > 1 else None
    return said if said in ("female", "male") else None


@lru_cache(maxsize=1)
def _nicknames():  # type: ignore[no-untyped-def]
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=50_000)  # forenames recur across a corpus: each pair is judged once
def familiar_form_of(familiar: str, formal: str) -> bool:
    """Whether a forename (folded) is a familiar form of another, as the curated list of English names and their
    nicknames pairs them ('bob' of 'robert', 'liz' of 'elizabeth'; not 'roberta' of 'robert', nor 'jon' of 'jo'). The
    list pairs them both ways ('bill' with 'robert' and 'robert' with 'bill'), so the familiar form is the shorter."""
    return 1 < len(familiar) < len(formal) and familiar in _nicknames().nicknames_of(formal) | \
        _nicknames().canonicals_of(formal)


@lru_cache(maxsize=50_000)  # forenames recur across a corpus: each pair is judged once
def clipped_form_of(short: str, formal: str) -> bool:
    """Whether a forename (folded) is another cut to its first letters where the curated list knows neither, as names
    of other languages are ('tad' of 'tadeusz', 'raj' of 'rajesh'): three letters or more, two fewer than the other;
    never a name the list knows ('jan', which it pairs with 'janet', is not 'janina'; 'ann' is not 'annabel')."""
    return len(short) >= 3 and len(formal) >= len(short) + 2 and formal.startswith(short) and not any(
        _nicknames().nicknames_of(name) | _nicknames().canonicals_of(name) for name in (short, formal))


def forenames_fit(written: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether forenames (folded) are another person's written shorter: the first a familiar form of the other's first
    ('bob' of 'robert') or cut short ('tad' of 'tadeusz'), or a middle name left out ('elin' of 'elin mair'), or both; each forename written in its
    place, none added ('elin mair' is not 'elin'; 'mair' alone is not 'elin mair')."""
    if not written or not full or written == full or len(written) > len(full):
        return False
    first, rest = written[0], iter(full[1:])
    return (first == full[0] or familiar_form_of(first, full[0]) or clipped_form_of(first, full[0])) and all(
        name in rest for name in written[1:])


def other_form_of(key: str, full_key: str) -> bool:
    """Whether one name key may be another person's written otherwise: short (`short_form_of`), or with forenames that
    fit theirs ('bob castellane' and 'elin harries' of 'robert castellane' and 'elin mair harries')."""
    if short_form_of(key, full_key):
        return True
    (written, surname), (forenames, full_surname) = name_parts(key), name_parts(full_key)
    return surname == full_surname and forenames_fit(written, forenames)


def release_lexicons() -> None:
    """Drop the first-name and nickname lexicons and what was judged with them (about 30 MB): a build needs them while
    it reads and resolves, not while its databases load, where its memory peaks; they load again when next asked."""
    for cached in (_detector, _nicknames, is_first_name, forename_sex, familiar_form_of, clipped_form_of, _find_names,
                   _may_open_name, _no_name_from, _no_name_in, _document_page_cuts, _document_page_rests):
        cached.cache_clear()


def whole_surname(words: list[str], count: int) -> bool:
    """Whether the last `count` of a full name's words may be its whole surname: not the end of a surname a particle
    joins ('Dafydd' of 'Rhys ap Dafydd' is his father's forename, and a councillor's 'Dafydd' cut off at the end of a
    line is not him); the first word is a forename whatever its spelling ('Di Moss')."""
    return count >= len(words) - 1 or words[-count - 1].casefold() not in NAME_PARTICLES
