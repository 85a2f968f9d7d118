"""Initials in place of names: one resolver per document, from the document's own key to them.

Minutes name their members once, in a key that pairs each one's initials with their name and post (a table under
'Init. / Member / Agency', 'Anne Tranter (AT)', 'AT - Anne Tranter, Head of Service', 'AT = Anne Tranter'), then write
only the initials: in the lists of those present and apologies ('Present: AT (Chair), HQ, RM'), in the items ('HQ
explained that ...'), against actions. `document_key` reads every pair the document declares, and derives the initials
of the full names it is given (the people the lists name) where no one else has them; `InitialsKey.holder` resolves a
token to the one person it stands for, or to no one: initials two people share, or letters that stand for a body or a
post ('YOS', 'YJB', 'the DCS', a council's 'TMBC'), resolve to nobody.

The attendance lists (`initials_entries`), the items' speakers (`initials_quoted`) and the mentions (`link_initials`)
all ask the one key. Each sentence after the lists that uses a person's initials becomes a mention of them:
`Person.mentioned_as` with the initials as value and the sentence as quote.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.loaders import speakers
from kg.loaders.context import PLACE_IN_BODY_RE, Context, councils_by_letters_of
from kg.loaders.text import Span, sentence_start, sentences, span, trim, wrapped_sentence_start
from kg.names import NAME_PARTICLES, UPPER, NameMatch, find_names, is_initials, name_key, short_form_of
from kg.vocabulary import BODY_AND_POST_LETTERS, is_body_word, is_post_noun

# Initials as minutes write them: two to five capitals, a hyphen or an apostrophe kept between a surname's parts
# ('JF-A', "CO'H"), the small letters of a surname's particles between them ('RaG', Rhys ap Gwilym; 'CdlM', Cara de
# la Mare), a surname's prefix as the surname writes it ('LMcV', Lorna McVitie), and one lower-case letter that tells
# two members with the same capitals apart ('PHa', 'RBa').
PARTICLE_LETTERS = "adlv"  # the particles' first letters: ap, ab, de, da, di, du, la, le, van, von ('f' of ferch is
# left out: 'DfE' is a department's letters)
INITIALS = rf"[{UPPER}](?:[{UPPER}]|[-'’](?=[{UPPER}])|[{PARTICLE_LETTERS}]{{1,2}}+(?=[{UPPER}])|(?<=M)a?c(?=[{UPPER}])){{1,4}}+[a-z]?"
PREFIX_INITIALS_RE = re.compile(rf"M(?:a?c)(?=[{UPPER}])")
INITIALS_RE = re.compile(rf"(?<![\w&/.'’-]){INITIALS}(?![\w&/'’-]|\.\w)")


def initials_of(name: str) -> set[str]:
    """The initials a person may go by: 'Jo Fitz-Allen' is JF, JFA or JF-A, "Ciaran O'Halloran" CO or CO'H."""
    words = name.split()
    by_word = "".join(w[0] for w in words if w[:1].isalpha())
    by_part = "".join(p[0] for w in words for p in w.split("-") if p[:1].isalpha())
    # the hyphen or apostrophe kept between the parts' letters, as minutes write them: "CO'H", 'LN-W'
    by_mark = "".join(w[0] + "".join(m.group(0) for m in PART_MARK_RE.finditer(w)) for w in words if w[:1].isalpha())
    written = {i.upper() for i in (by_word, by_part, by_mark.replace("’", "'")) if len(i) >= 2}
    # a particle in small letters keeps its letter small, as minutes write it: 'Rhys ap Gwilym' is RaG too
    return written | ({by_word} if by_word != by_word.upper() and _particles_small(words, by_word) else set())


def _particles_small(words: list[str], letters: str) -> bool:
    """Whether the name's only words in small letters are its particles (so its letters' small ones are theirs)."""
    return all(word.casefold() in NAME_PARTICLES for word, letter in zip(words, letters, strict=False) if letter.islower())


PART_MARK_RE = re.compile(r"(?<=\w)[-'’]\w")


def fits(initials: str, name: str) -> bool:
    """Whether a key may pair these initials with this name: the forename's letter first, the surname's (or one of its
    parts') last, no more capitals than the name has words and parts (a middle name the key writes and the name leaves
    out: 'HGT' for Huw Tresize), and a lower-case letter after the last capital that is the surname's second ('PHa',
    Priya Halloran)."""
    prefix = PREFIX_INITIALS_RE.search(initials)
    if prefix:  # 'LMcV': the surname's own prefix ('McVitie'), its capital the letter after it
        if not re.search(rf"\b{prefix.group()}(?=[{UPPER}])", name):
            return False
        initials = initials[:prefix.start()] + initials[prefix.end():]
        name = re.sub(rf"\b{prefix.group()}(?=[{UPPER}])", "", name)
    words = [word for word in name.split() if word[:1].isalpha()]
    capitals = [letter for letter in initials if letter.isupper()]
    tail = initials[-1] if initials[-1].islower() else ""
    if len(words) < 2 or len(capitals) < 2 or len(capitals) > len(words) + 2:
        return False
    inner = [letter for letter in (initials[:-1] if tail else initials) if letter.islower()]
    if inner and inner != [word[0] for word in words if word.casefold() in NAME_PARTICLES and word.islower()][:len(inner)]:
        return False  # 'RaG': the small letters are the name's particles' ('ap'), in their order
    parts = [part for part in re.split(r"[-'’]", words[-1]) if part]
    return words[0][0].upper() == capitals[0] and any(
        part[0].upper() == capitals[-1] and (not tail or part[1:2].lower() == tail) for part in parts)


def written_for(written: str, name: str) -> bool:
    """Whether a cell or a bracket holds only initials a key may pair with the name ('AT' beside Alison Treverrow)."""
    return re.fullmatch(INITIALS, written.strip(" \t()|")) is not None and fits(written.strip(" \t()|"), name)


@dataclass(frozen=True)
class Holder:
    """The one person some initials stand for in a document."""

    initials: str
    name: str
    match: NameMatch | None = None  # where the document writes the name in full, if known
    row: Span | None = None  # a key's row from the name on: the post and body the key declares with it
    declared: bool = False  # the document pairs the initials with the name itself, not derived from the name
    source: str | None = None  # the text the row reads in: a key set in two columns, its other column blanked


# A key's row opening with the initials, then a column's gap, a bar, an equals sign, a colon or a dash before the name:
# 'AT<TAB>Alison Treverrow<TAB>Strategic Director', 'AT   Anne Tranter', '| AT | Anne Tranter |', 'AT - Anne Tranter'.
KEY_ROW_RE = re.compile(rf"^[^\S\n]*+(?:\|[^\S\n]*+)?(?P<initials>{INITIALS})"
                        r"(?:\t++|[^\S\n]{2,}+|[^\S\n]*+(?:[|=:–—]|-(?=[^\S\n]))[^\S\n]*+)(?=\S)", re.MULTILINE)
# The initials after a name: in brackets ('Anne Tranter (AT)') or in a column of their own ('Anne Tranter<TAB>AT<TAB>').
# (a match starts at a run's first blank: from each blank of a long run it would be quadratic)
AFTER_NAME_RE = re.compile(rf"(?<![^\S\n])(?:[^\S\n]*+\((?P<bracketed>{INITIALS})\)|(?:\t++|[^\S\n]{{2,}}+|[^\S\n]*+\|[^\S\n]*+)"
                           rf"(?P<column>{INITIALS})(?=\t|[^\S\n]{{2,}}|[^\S\n]*+(?:\||$)))", re.MULTILINE)
# A key to the initials on one line: 'JT = Julian Thwaite, LC = Lynne Cattermole'.
EQUALS_KEY_RE = re.compile(rf"(?<![\w/])(?P<initials>{INITIALS})[^\S\n]*+=[^\S\n]*+(?=[{UPPER}])")
# A key set in two columns parted by a bar or a run of tabs, a row of the right column opening after it ('ET   Ewan
# Thackeray, Corporate Director     |  ML   Morwenna Lusk, Head of YJS', 'DO<TAB>Delia Okaford<TAB><TAB>MI<TAB>Moira
# Inglebrand'); a markdown table's bar before a cell ('| AT | Anne Tranter |') has no name after the initials' gap.
COLUMN_PARTING_RE = re.compile(r"(?<=[^\S\n])\|[^\S\n]*+|(?<=\S)\t++")
KEY_CELL_RE = re.compile(rf"(?P<initials>{INITIALS})(?:\t++|[^\S\n]{{2,}}+)(?=[^\s|])")
NAME_REACH = 80  # characters: a key's name starts and ends within them of its initials
KEY_ROW_LEAD = 12  # characters: a title's words before a key row's name ('Ch Supt ', 'Cllr ')


def document_key(text: str, people: Iterable[NameMatch | str] = ()) -> InitialsKey:
    """The document's initials and the one person each stands for: every pair it declares (its key, the initials a
    list writes after a name), and the initials of the people given (those its lists name in full) where no declared
    pair and no one else has them, and they are no body's or post's letters ('YJB', 'the DCS', a council's 'TMBC', a
    'Youth Justice Service' the document names: 'YJS')."""
    people = list(people)
    pairs = _declared(text)
    holders: dict[str, Holder] = {initials: holder for initials, holder in pairs.items()}
    written: dict[str, dict[str, Holder]] = defaultdict(dict)
    for person in people:
        after = AFTER_NAME_RE.match(text, person.end) if isinstance(person, NameMatch) else None
        initials = (after.group("bracketed") or after.group("column")) if after else None
        if isinstance(person, NameMatch) and initials and fits(initials, person.name) and initials not in pairs:
            written[_folded(initials)][name_key(person.name)] = Holder(_folded(initials), person.name, person,
                                                                      declared=True)  # 'Jo Bloggs (JB)' in a list
    holders.update({initials: next(iter(named.values())) for initials, named in written.items() if len(named) == 1})
    derived: dict[str, dict[str, NameMatch | str]] = defaultdict(dict)
    for person in [holder.match or holder.name for holder in holders.values()] + people:
        name = person if isinstance(person, str) else person.name
        words = name.split()
        if isinstance(person, NameMatch) and person.surname_only or len(words) < 2:
            continue
        spelt = _initials_spelt(words)  # 'G Thurlstone' is GT, 'R.M. Jenkins' RMJ: the forename's letters as written
        if spelt is None:
            continue
        for initials in initials_of(spelt):
            _derive(derived[initials], name_key(name), person)
    reserved = _letters_of_bodies(text)
    for initials, named in derived.items():
        if initials in holders or initials in pairs.ambiguous or initials in written or len(named) != 1 or \
                initials in reserved:
            continue
        person = next(iter(named.values()))
        holders[initials] = Holder(initials, person if isinstance(person, str) else person.name,
                                   None if isinstance(person, str) else person)
    return InitialsKey(holders)


def _initials_spelt(words: list[str]) -> str | None:
    """A name whose forenames are written as initials ('G Thurlstone', 'R.M. Jenkins', 'B. Cawthorne') spelt with a
    word for each letter, so that its initials are the letters and the surname's ('G T', 'R M J'); a name in full as it
    is; None for initials alone or a surname alone ('J.C.', 'Thurlstone')."""
    lead = next((i for i, word in enumerate(words) if not is_initials(word)), len(words))
    if lead == 0:
        return " ".join(words)
    if lead != len(words) - 1:
        return None  # ('G Thurlstone Smith'? a forename written in full after initials: not derived)
    letters = [letter for word in words[:lead] for letter in word if letter.isalpha()]
    return " ".join([*letters, words[-1]]) if letters and all(letter.isupper() for letter in letters) else None


AMBIGUOUS = 4  # people with the same initials: more stand for no one however a full name folds a short one in


def _derive(named: dict[str, NameMatch | str], key: str, person: NameMatch | str) -> None:
    """One more person whose initials these are: a name written short ('g thurlstone') and the same name in full
    ('graham thurlstone') are one person, kept under the full name."""
    if key in named or len(named) >= AMBIGUOUS:
        return
    for known in list(named):
        if short_form_of(key, known):
            return
        if short_form_of(known, key):
            del named[known]
    named.setdefault(key, person)


class InitialsKey:
    """The initials a document uses and the one person each stands for."""

    def __init__(self, holders: dict[str, Holder]) -> None:
        self.holders = holders

    def holder(self, token: str) -> Holder | None:
        """The person the initials stand for ('HQ', "CO’H"), or None: unknown, shared by two people, or a body's."""
        return self.holders.get(token.replace("’", "'"))

    def names(self) -> dict[str, str]:
        return {initials: holder.name for initials, holder in self.holders.items()}


class _Declared(dict[str, Holder]):
    """The pairs a document declares, by initials; `ambiguous`: initials it pairs with two people."""

    ambiguous: set[str]


@lru_cache(maxsize=16)
def _declared(text: str) -> _Declared:
    pairs: dict[str, dict[str, Holder]] = defaultdict(dict)
    partings = _key_column_partings(text)
    rows = [(row.group("initials"), row.end()) for row in KEY_ROW_RE.finditer(text)]
    rows += [(cell.group("initials"), cell.end()) for _, right in partings.values()
             if (cell := KEY_CELL_RE.match(text, right, end_of_row(text, right))) is not None]
    columns = _key_columns(text, partings) if partings else None
    for initials, at in rows:
        parting = partings.get(text.rfind("\n", 0, at) + 1)
        # a row of a key in two columns reads its own column, down the lines its post wrapped onto
        source = text if parting is None or columns is None else columns[0] if at < parting[0] else columns[1]
        name = _name_opening(source, at, end_of_row(source, at))
        if name is not None and fits(initials, name.name):
            row_end = _column_row_end(source, at, partings) if source is not text else end_of_row(text, at)
            pairs[_folded(initials)].setdefault(name_key(name.name), Holder(
                _folded(initials), name.name, name, trim(source, name.start, row_end, " \t"), declared=True,
                source=None if source is text else source))
    for after in AFTER_NAME_RE.finditer(text):
        initials = after.group("bracketed") or after.group("column")
        name = _name_ending(text, after.start())
        if name is not None and fits(initials, name.name):
            row = trim(text, after.end(), end_of_row(text, after.end()))
            pairs[_folded(initials)].setdefault(name_key(name.name), Holder(
                _folded(initials), name.name, name, span(text, name.start, row.end if row else after.end()),
                declared=True))
    for written in EQUALS_KEY_RE.finditer(text):
        name = _name_opening(text, written.end(), min(end_of_row(text, written.end()), written.end() + NAME_REACH))
        if name is not None and fits(written.group("initials"), name.name):
            pairs[_folded(written.group("initials"))].setdefault(name_key(name.name), Holder(
                _folded(written.group("initials")), name.name, name, span(text, name.start, name.end), declared=True))
    declared = _Declared({initials: next(iter(named.values())) for initials, named in pairs.items() if len(named) == 1})
    declared.ambiguous = {initials for initials, named in pairs.items() if len(named) > 1}
    return declared


def _key_column_partings(text: str) -> dict[int, tuple[int, int]]:
    """A key set in two columns (see COLUMN_PARTING_RE): by each of its lines' start, where the left column ends and
    the right begins, for every line of a block of parted lines one of which opens a key's row after its parting ('|
    ML   Morwenna Lusk'), its wrapped lines too ('     for People (Board Chair)    |       Officer, YJS'). A line is
    parted where a key's row opens after it, else at its first bar."""
    partings: dict[int, tuple[int, int]] = {}
    block: dict[int, tuple[int, int]] = {}
    keyed = False
    start = 0
    for line in [*text.split("\n"), ""]:
        found = list(COLUMN_PARTING_RE.finditer(line))
        opening = next((parting for parting in found if KEY_CELL_RE.match(line, parting.end())), None)
        parting = opening or next((parting for parting in found if parting.group().startswith("|")), None)
        if parting is None:
            if keyed:
                partings.update(block)
            block, keyed = {}, False
        else:
            block[start] = (start + parting.start(), start + parting.end())
            keyed = keyed or opening is not None
        start += len(line) + 1
    return partings


def _key_columns(text: str, partings: dict[int, tuple[int, int]]) -> tuple[str, str]:
    """The left and the right column of a key set in two columns, each as the text with the other's words blanked
    (the same offsets)."""
    left, right = list(text), list(text)
    for start, (left_end, right_start) in partings.items():
        end = end_of_row(text, start)
        left[left_end:end] = " " * (end - left_end)
        right[start:right_start] = " " * (right_start - start)
    return "".join(left), "".join(right)


def _column_row_end(column: str, at: int, partings: dict[int, tuple[int, int]]) -> int:
    """Where a key's row in one column ends: at the end of the last line below it whose part in the column goes on
    with it (no blank, no other key's row)."""
    end = end_of_row(column, at)
    while end + 1 in partings:
        below = column[end + 1:end_of_row(column, end + 1)]
        words = below.lstrip()
        if not words or KEY_CELL_RE.match(words):
            break
        end = end_of_row(column, end + 1)
    return end


def end_of_row(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _folded(initials: str) -> str:
    return initials.replace("’", "'")


def _name_opening(text: str, start: int, end: int) -> NameMatch | None:
    """The full name a key's row gives at `start`, a title's words before it at most."""
    found = find_names(text, start, min(end, start + NAME_REACH), strict=False)
    name = found[0] if found else None
    if name is None or name.surname_only or name.start - start > KEY_ROW_LEAD or \
            any(not word[:1].isupper() for word in text[start:name.start].split()):
        return None
    return name


def _name_ending(text: str, end: int) -> NameMatch | None:
    """The full name that ends where the initials after it begin ('Anne Tranter (AT)', 'Anne Tranter<TAB>AT'), or
    ends the line above where the initials open their line ('Councillors Anne Tranter' / '(AT), Bill Ode (BO) ...')."""
    line_start = text.rfind("\n", 0, end) + 1
    if line_start and not text[line_start:end].strip():
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
    line_start = max(line_start, end - NAME_REACH)
    found = find_names(text, line_start, end, strict=False)
    name = found[-1] if found else None
    if name is None or name.surname_only or text[name.end:end].strip(" \t|"):
        return None
    return name


# A body or a post named in capitalised words, small words between them: 'Youth Offending Service', 'Director of
# Children's Services', 'Corvenby Metropolitan Borough Council'.
CAPITALISED_RUN_RE = re.compile(r"\b[A-Z][A-Za-z'’]*+(?:[^\S\n]++(?:(?:of|and|for|the|&)[^\S\n]++)?[A-Z][A-Za-z'’]*+){1,6}")


@lru_cache(maxsize=16)
def _letters_of_bodies(text: str) -> frozenset[str]:
    """The letters that stand for a body or a post in the document: the vocabulary's, its places' councils', and those
    of the bodies and posts it names in full."""
    letters = {written.upper() for written in BODY_AND_POST_LETTERS}
    for found in PLACE_IN_BODY_RE.finditer(text):
        letters |= councils_by_letters_of(" ".join((found.group("before") or found.group("after")).split()))
    for run in CAPITALISED_RUN_RE.finditer(text):
        words = run.group(0).split()
        written = "".join(word[0] for word in words if word[0].isupper())
        # (three letters at least: a post of two words, 'Team Manager', is no member's initials' rival, 'TM said')
        if len(written) >= 3 and (is_body_word(words[-1]) or is_post_noun(words[-1])):
            letters.add(written)
    # ('HM&C YOS': the letters of a body of two places joined by '&', no one's initials, however the list parts them)
    for joined in AMPERSAND_LETTERS_RE.finditer(text):
        letters.update((joined.group(1), joined.group(2)))
    return frozenset(letters)


AMPERSAND_LETTERS_RE = re.compile(rf"(?<![\w&])([{UPPER}]{{2,4}})&([{UPPER}]{{1,4}})(?![\w&])")


# An entry of a list by its initials alone, a note in brackets after them: 'AT (Chair)', 'JT (Bench)', 'HQ'.
ENTRY_RE = re.compile(rf"[^\S\n]*+(?P<initials>{INITIALS})(?![\w'’-])[^\S\n]*+(?:\((?P<note>[^()\n]*+)\)[^\S\n]*+)?[.]?")
# What parts a list's entries: a comma, a semicolon, a bar, '&' or 'and', outside brackets.
ENTRY_SPLIT_RE = re.compile(r"\([^()\n]*+\)|[,;|&]|\band\b")


@dataclass(frozen=True)
class InitialsEntry:
    """One entry of a list that names a person by initials: the person, the entry ('AT (Chair)'), its bracket."""

    holder: Holder
    evidence: Span
    note: Span | None


def initials_entries(text: str, part: Span, key: InitialsKey, *, whole: bool = False) -> list[InitialsEntry]:
    """The entries of a list's part that are initials the key resolves ('Present: AT (Chair), HQ, GO'), each with the
    person; entries of other kinds (names, posts, initials no one has) are left to the list's other readers. whole:
    none unless every entry of the part is such initials (a line of its own under a heading)."""
    found: list[InitialsEntry] = []
    start = part.start
    for mark in [*ENTRY_SPLIT_RE.finditer(text, part.start, part.end), None]:
        if mark is not None and mark.group(0).startswith("("):
            continue
        stop = mark.start() if mark is not None else part.end
        entry = ENTRY_RE.fullmatch(text, start, stop)
        holder = key.holder(entry.group("initials")) if entry else None
        if entry is not None and holder is not None:
            note = span(text, entry.start("note"), entry.end("note")) if entry.group("note") is not None else None
            found.append(InitialsEntry(holder, trim(text, start, stop), note))
        elif whole and text[start:stop].strip():
            return []
        start = mark.end() if mark is not None else part.end
    return found


def link_initials(ctx: Context, attendees: Iterable[str], after: int) -> int:
    """Mentions of people by their initials in the sentences after `after`; how many were linked."""
    key = document_key(ctx.text, attendees)
    linked = 0
    for sentence in sentences(ctx.text, after):
        if _shouted(sentence.text, key):
            continue  # "REPORT TO THE BOARD": capitals there are words, not initials
        for initials in dict.fromkeys(INITIALS_RE.findall(sentence.text)):
            holder = key.holder(initials)
            if holder is not None:
                ctx.emit(ctx.person_id(holder.name), "Person", "mentioned_as", initials, sentence)
                linked += 1
    return linked


def _shouted(text: str, key: InitialsKey) -> bool:
    """A heading in capitals: three words or more in capitals that are no one's initials."""
    return len([w for w in re.findall(r"\b[A-Z]{2,}\b", text) if key.holder(w) is None]) >= 3


# 'FC said the Gangs Unit would ...': the initials open the sentence as the speaker; 'LFP accepted the findings. He said
# that ...': a pronoun speaks for the initials that open the sentence before, or the paragraph's first.
# (a numbered paragraph's number may come first: '3.3  KAR said that')
# ('DH welcomed this and said that', 'SK thanked the team and said': a verb of another act before 'and' leaves the
# initials the speaker's; or a row's label set off by a dash or a colon: 'Rec 7 (appropriate adults) - GL said', 'Action 1:
# CD said'; or a note's bullet:
# '- AP said the Constabulary would ...'; a particle's small
# letter inside them: 'RaG said', Rhys ap Gwilym). A surname in
# capitals is a speaker too where minutes name members so ('GETHIN said the health board ...').
INITIALS_SUBJECT_RE = re.compile(rf"(?:\d{{1,3}}(?:\.\d{{1,3}})*\.?\s+|[-–—•*·][^\S\n]++|[^\n–—:]{{1,60}}?(?:[^\S\n][-–—]|:)[^\S\n]+)?"
                                 rf"(?P<initials>[{UPPER}]{{2,4}}|[{UPPER}]{{2,}}(?:[-'’][{UPPER}]{{2,}})*|[{UPPER}]{{1,3}}[-'’][{UPPER}]|[{UPPER}]{{2,3}}[a-z]|"
                                 rf"[{UPPER}]{{1,2}}[{PARTICLE_LETTERS}]{{1,2}}[{UPPER}]{{1,2}})"
                                 r"(?=\s+(?:[a-z]+ed\b[^.;:\"“”]{0,80}?\s+and\s+)?(?:also\s+)?$)")
# What a member's words are given with in minutes; 'reported', 'noted', 'asked' and 'presented' say what they did (the
# keys of other sets never quote 'JB reported that').
INITIALS_SPEECH_RE = re.compile(r"\b(?:said|says|stated|added|explained|commented|replied)\b")
PRONOUN_RE = re.compile(r"(?:He|She)\s+(?:also\s+)?$")


def initials_quoted(ctx: Context, attendees: Iterable[str], after: int) -> int:
    """People quoted by their initials in the items after `after` ('EF said that magistrates had noticed ...'), or
    by a pronoun after a sentence their initials open: `quoted`, in the post the minutes list them with."""
    return initials_subjects(ctx, attendees, after, INITIALS_SPEECH_RE, "quoted")


def initials_subjects(ctx: Context, attendees: Iterable[str], after: int, verbs: re.Pattern[str], relation: str) -> int:
    """People whose initials (or a pronoun after a sentence their initials open) are the subject of one of `verbs` in
    the items after `after` ('EF said that ...', 'LP declared an interest in item 6 as a governor'): in `relation`, in
    the post the minutes list them with."""
    attendees = list(attendees)
    holders = document_key(ctx.text, attendees).names()  # 'HGT<TAB>Cllr Huw Tresize': the notes' own key too
    for surname, holder in _holders_by_surname(attendees).items():
        holders.setdefault(surname, holder)  # initials first: 'LEE' may be Lucy Ellen Evans's
    regions = speakers.quoted_regions(ctx.text)
    quoted = 0
    for verb in verbs.finditer(ctx.text, after):
        if speakers.inside(regions, verb.start()):
            continue
        begin = sentence_start(ctx.text, verb.start())
        if begin == verb.start():  # 'IC' / 'said that ...': a short line of initials over the verb's line
            begin = wrapped_sentence_start(ctx.text, verb.start(), after)
        subject = ctx.text[begin:verb.start()]
        # ('Action 19/34 carried forward; FN said the new lead would start': a clause after a semicolon opens with them,
        # as a table's cell after a tab does: 'Apr 23<TAB>G<TAB>MO explained that ...')
        clause = max(subject.rfind(";"), subject.rfind("\t"))
        opening = INITIALS_SUBJECT_RE.match(subject) or \
            (INITIALS_SUBJECT_RE.match(subject[clause + 1:].lstrip()) if clause >= 0 else None)
        initials = opening.group("initials") if opening else _initials_before(ctx.text, begin, after, holders) \
            if PRONOUN_RE.fullmatch(subject) and not _named_just_before(ctx.text, begin, after) else None
        name = holders.get(initials.replace("’", "'")) if initials else None
        if name is not None:
            ctx.person_role(name, relation, span(ctx.text, begin, verb.end()))
            quoted += 1
    return quoted


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
        opening = re.match(rf"\s*({INITIALS})\s", sentence.text)
        if opening and opening.group(1) in holders:
            found = opening.group(1)
    return found
