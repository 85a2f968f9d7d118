"""The words that mark a post, a body or a meeting (ontology/vocabulary.yaml), read once.

Every loader asks this module whether a word names a post ("Manager", "Chief Inspector"),
qualifies one ("Deputy"), or belongs to a body's name ("Service", "YOS"), so the lists are
data in one place. `NAME_STOPS` is every such word: a person's name stops before it
("Ann Wright Head of Community Safety"), except the post nouns that are also surnames.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml

from kg.model import ontology_file


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    raw: dict[str, Any] = yaml.safe_load(ontology_file("vocabulary.yaml").read_text(encoding="utf-8"))
    return raw


def _words(*path: str) -> frozenset[str]:
    node: Any = _vocabulary()
    for key in path:
        node = node[key]
    return frozenset(str(word).lower() for word in node)


def _with_plurals(words: frozenset[str]) -> frozenset[str]:
    return words | {word + "s" for word in words}


POST_NOUNS = _words("posts", "nouns")
POST_QUALIFIERS = _words("posts", "qualifiers")
POLITICAL_OFFICES = _words("posts", "political")
BODY_NOUNS = _words("bodies", "nouns")
ACRONYMS = _words("bodies", "acronyms")
NAME_STOPS = (
    _with_plurals(POST_NOUNS - _words("posts", "surnames")) | POST_QUALIFIERS | _words("posts", "participants")
    | BODY_NOUNS | ACRONYMS | _words("bodies", "fields") | _words("bodies", "places")
    | _words("connectives") | _words("meetings")
    # the words of a post or a body in Welsh ('Pennaeth Gwasanaeth ...', Head of Service): no name's either
    | {word for phrase in (*_vocabulary()["welsh"]["posts"], *_vocabulary()["welsh"]["bodies"])
       for word in str(phrase).lower().split()}
)
BODY_WORDS = BODY_NOUNS | ACRONYMS | _words("bodies", "fields")
# Letters that stand for a body or a post ('YJB said', 'the DCS agreed'), not for the initials of a name that has them.
BODY_AND_POST_LETTERS = ACRONYMS | _words("bodies", "letters") | _words("posts", "letters")
MEETING_WORDS = _words("meetings")
CONNECTIVES = _words("connectives")
VENUES = _words("venues")
# The leader of a council is named with the council too: 'Leader of Lowmere Council', 'Leader of Eastmere City Council',
# 'Leader, Eastmere City Council' (a copy list's post, its body after a comma; a 'Team Leader, ...' leads no council),
# the council by its letters ('Leader, Eastmere CC', '... DC', '... MBC', '... CBC').
COUNCIL_LEADER = r"(?:leader\s+of|(?<![\w'’-]\s)leader\s*,)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}" \
    r"(?:(?:city\s+|county\s+|borough\s+|district\s+)?council|(?-i:(?:[MLC]?B|C|D)C))"
# (a shadow's, a former holder's post holds no seat: 'Shadow Cabinet Member', 'former Lead Member', 'ex-Leader of ...')
CABINET_POST_RE = re.compile(
    r"(?<!shadow\s)(?<!former\s)(?<!ex-)\b(?:"
    + "|".join([r"\s+".join(map(re.escape, post.split())) for post in _vocabulary()["posts"]["cabinet"]]
               + [COUNCIL_LEADER]) + r")\b",
    re.IGNORECASE)
WORD_RE = re.compile(r"[A-Za-z][\w’'\-]*")


def _welsh(kind: str) -> dict[str, str]:
    return {" ".join(str(welsh).lower().split()): str(english).lower() for welsh, english in _vocabulary()["welsh"][kind].items()}


# Welsh titles, headings and posts, each the English one it stands for ('cynghorydd' -> 'councillor', 'presennol' ->
# 'present', 'cadeirydd' -> 'chair'): a bilingual pair reads as its English half, the Welsh alone as the English.
WELSH_HONORIFICS = _welsh("honorifics")
WELSH_ARTICLES = _words("welsh", "articles")
WELSH_HEADINGS = _welsh("headings")
WELSH_POSTS = _welsh("posts")
WELSH_BODIES = _welsh("bodies")


def welsh_pattern(words: dict[str, str], *, meaning: str | None = None) -> str:
    """An alternation of the Welsh words (those standing for `meaning`'s English words, if given), longest first, each
    word parted from the next by blanks or a hyphen: 'hefyd\\s+yn\\s+bresennol|presennol'."""
    chosen = [welsh for welsh, english in words.items() if meaning is None or re.fullmatch(meaning, english, re.IGNORECASE)]
    return "|".join(r"[^\S\n]+".join(map(re.escape, welsh.split())) for welsh in sorted(chosen, key=len, reverse=True))


def _bare(word: str) -> str:
    return word.strip(".,;:()").lower().replace("’", "'")


def is_post_noun(word: str) -> bool:
    """'Manager', 'Inspectors', 'Co-ordinator': the noun a post is named by (singular or plural)."""
    bare = _bare(word)
    return bare in POST_NOUNS or (bare.endswith("s") and bare[:-1] in POST_NOUNS)


def is_post_word(word: str) -> bool:
    """A post noun or a word that qualifies one ('Deputy', 'Acting')."""
    return is_post_noun(word) or _bare(word) in POST_QUALIFIERS


def is_name_stop(word: str) -> bool:
    """A word that begins a post, a body or a meeting's heading: a person's name stops before it."""
    return _bare(word) in NAME_STOPS


def is_body_word(word: str) -> bool:
    """'Board', 'University', 'Health', 'NHS': a word of a body's name."""
    return _bare(word) in BODY_WORDS


def is_meeting_word(word: str) -> bool:
    """'Minutes', 'Agenda': a word of a meeting's record, never of a body's name."""
    return _bare(word) in MEETING_WORDS


def is_shouted_word(word: str) -> bool:
    """'CABINET', 'OF': a word of a body's name or a small word written in capitals, as a heading writes it; not
    the letters a body is known by ('NHS', 'YOS')."""
    bare = _bare(word)
    return word.strip(".,;:()").isupper() and len(bare) > 1 and bare not in ACRONYMS and (
        bare in BODY_WORDS or bare in CONNECTIVES)


def is_venue_word(word: str) -> bool:
    """'Suite', 'Hall', 'Room': the last word of a place a meeting is held ('Civic Suite')."""
    return _bare(word) in VENUES


def names_post(phrase: str) -> bool:
    """Does a short phrase name a post ('Head of Service', 'YOT Team Leaders')? Any post noun in it."""
    return any(is_post_noun(word) for word in WORD_RE.findall(phrase))


def names_by_letters(phrase: str) -> bool:
    """Does a phrase name a post or a body by its letters ('Westmere YJS', 'the DCS'), as the vocabulary lists them?"""
    return any(_bare(word) in BODY_AND_POST_LETTERS for word in WORD_RE.findall(phrase))


def names_post_or_body(phrase: str) -> bool:
    """Does a phrase name a post or a body ('Chair of the Board', 'YOT Manager', 'the Police')?"""
    return any(is_post_noun(word) or _bare(word) in BODY_NOUNS or _bare(word) in ACRONYMS
               for word in WORD_RE.findall(phrase))


def singular_post(heading: str) -> str:
    """'YOT Team Leaders' -> 'YOT Team Leader': each person listed under a plural post holds one."""
    words = " ".join(heading.split()).rstrip(":").split(" ")
    for index, word in enumerate(words):
        if word.lower().endswith("s") and word[:-1].lower() in POST_NOUNS:
            words[index] = word[:-1]
            break
    return " ".join(words)
