"""What the findings extractors share: the inspection they link to (`InspectionRef`),
numbers written as digits or words, the markers and headings of numbered and bulleted
lists, a page's furniture between the halves of a sentence, and ratings: their vocabulary,
one label per rating scale, and the Rating entity.

A rating's value is the label of its scale however the document writes it ("REQUIRES
IMPROVEMENT", "require improvement" and "Requires Improvement" are "Requires improvement";
an older Full Joint Inspection's "good" is "Good"); the quote keeps the words as written.
Its normalised value puts the older scales on the 2018 four-point one where one exists:
"excellent" and "outstanding" are Outstanding; "good" is Good; "satisfactory", "adequate"
and "requires improvement" are Requires improvement (Ofsted renamed "satisfactory" so in
2012 and the inspectorates followed); "unsatisfactory", "poor" and "inadequate" are
Inadequate. The Core Case Inspection's "minimum/moderate/substantial/drastic improvement
required" and star ratings have no normalised value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.gazetteer import fold
from kg.loaders.context import Context, EntityBuilder
from kg.loaders.text import Span, lines, span
from kg.names import BARE_PAGE_NUMBER, PAGE_MARK, RUNNING_LINE, TABLE_FIGURE_CELL
from kg.vocabulary import ACRONYMS

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
    # 'examined 58 cases', 'looked at the work in 24 cases', 'examined a total of 58 children's case files', 'looked in
    # detail at 64 cases', 'looking at 18 recent cases', 'examined 22 Wenmouthshire cases', 'in August, examining 18
    # cases of children'
    re.compile(rf"\b(?:examin(?:ed|ing)|inspect(?:ed|ing)|assess(?:ed|ing)|review(?:ed|ing)|look(?:ed|ing)\s+(?:in\s+detail\s+)?at|"
               rf"read)\s+(?:the\s+work\s+(?:in|of)\s+|"
               rf"a\s+(?:representative\s+)?sample\s+of\s+|a\s+total\s+of\s+)?(?P<value>{NUMBER})\s+"
               rf"(?:individual\s+|recent\s+|(?:children|young\s+people)['’]s\s+|(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?)?"
               rf"(?:cases|case\s+files)\b", re.IGNORECASE),
    # '30 cases were inspected', a slide's '28 cases inspected, 9 out-of-court disposals'
    # (on one line: a figure ending the line above, 'Caseload: 112' / 'Cases examined: 38', is not this count)
    # ('62 cases had been examined', as minutes report it)
    re.compile(rf"\b(?P<value>{NUMBER})[^\S\n]+cases\s+(?:were\s+|ha(?:d|ve)\s+been\s+)?(?:inspected|examined|assessed|reviewed|"
               rf"looked\s+at)\b", re.IGNORECASE),
    # 'We examined the quality of work in 21 court disposals and 16 out-of-court disposals, 37 cases in all', 'based on
    # the examination of 38 court disposals and 24 ... - 62 cases in total': the total after the examining word
    re.compile(rf"\b(?:examined|examination|inspected|looked\s+at)\b[^.;]{{0,160}}?\b(?P<value>{NUMBER})\s+cases\s+in\s+"
               rf"(?:all|total)\b", re.IGNORECASE),
    # news: 'looked at the work done with 37 children'
    re.compile(rf"\b(?:examined|inspected|looked\s+at)\s+the\s+work\s+(?:done\s+)?with\s+(?P<value>{NUMBER})\s+"
               rf"(?:children|young\s+people)\b", re.IGNORECASE),
    # 'examined the cases of 36 children', 'reviewed the case files of 40 young people', 'reading the case files of 43'
    re.compile(rf"\b(?:examined|inspected|assessed|reviewed|looked\s+at|read(?:ing)?)\s+the\s+(?:cases|case\s+files|records)\s+of\s+"
               rf"(?P<value>{NUMBER})\s+(?:children|young\s+people)\b", re.IGNORECASE),
    # 'We inspected 38 court disposals and 24 out-of-court disposals': the cases are the two counts together
    re.compile(rf"\b(?:examined|inspected|assessed|reviewed|looked\s+at)\s+(?P<value>{NUMBER})\s+court\s+disposals?"
               rf"(?:\s+cases)?\s+and\s+(?P<more>{NUMBER})\s+out[-\s]+of[-\s]+court\s+disposals?\b", re.IGNORECASE),
    # 'Of the 84 cases we examined', 'of the 20 cases that inspectors looked at' (last: never a part, '14 of the 24 cases
    # we inspected')
    re.compile(rf"(?<!\d)(?<!\d\s)\bof\s+the\s+(?P<value>{NUMBER})\s+cases\s+(?:that\s+)?(?:we|(?:the\s+)?inspectors)\s+(?:had\s+)?"
               rf"(?:inspected|examined|assessed|reviewed|looked\s+at)\b", re.IGNORECASE),
]


STANDARD_RATINGS = r"Outstanding|Good|Requires?\s+improvement|Inadequate"
QUOTES = r"['‘’\"“”*]*"  # quote marks (or the asterisks of a bold rating) around a rating
# (a table's cell may drop the Core Case Inspection's 'required': 'moderate improvement' under the scale's heading)
JUDGEMENT = (r"(?:outstanding|excellent|good|satisfactory|unsatisfactory|adequate|poor|inadequate|"
             r"requires?\s+improvement|(?:minimum|minimal|moderate|substantial|drastic)\s+improvement(?:\s+required)?|"
             r"some\s+improvement\s+required)")
STARS = re.compile(r"(?P<count>one|two|three|four|five|[1-5])[\s-]stars?", re.IGNORECASE)
# The labels of each scale: the 2018 framework's, the older inspections' and the Core Case Inspection's.
RATING_LABELS = frozenset({
    "Outstanding", "Good", "Requires improvement", "Inadequate",
    "Excellent", "Satisfactory", "Adequate", "Unsatisfactory", "Poor",
    "Minimum improvement required", "Moderate improvement required", "Substantial improvement required",
    "Drastic improvement required",
})
OLD_SCALE_WORDS = {"minimal": "minimum", "some": "moderate"}
NORMALISED = {
    "Outstanding": "Outstanding", "Excellent": "Outstanding", "Good": "Good", "Satisfactory": "Requires improvement",
    "Adequate": "Requires improvement", "Requires improvement": "Requires improvement",
    "Unsatisfactory": "Inadequate", "Poor": "Inadequate", "Inadequate": "Inadequate",
}


def rating_label(written: str) -> str:
    """The label of a rating on its scale, whatever its case and spacing: 'REQUIRES  IMPROVEMENT' and 'Require
    Improvement' (or 'requiring improvement') are 'Requires improvement', 'good' is 'Good', 'three-star' is
    '3 stars', 'moderate improvement' is 'Moderate improvement required'."""
    words = " ".join(written.strip("'‘’\"“”* ").split()).lower()
    stars = STARS.fullmatch(words)
    if stars:
        count = number_value(stars.group("count"))
        return f"{count} star" + ("s" if count > 1 else "")
    if words in ("require improvement", "required improvement", "requiring improvement"):
        words = "requires improvement"
    if re.fullmatch(r"(?:minimum|minimal|moderate|some|substantial|drastic) improvement", words):
        words += " required"  # a scoring table's column of the Core Case scale writes its labels short
    # the scale's steps in other words: 'minimal' is its least, 'some' its second ('Some improvement required')
    words = re.sub(r"^(?:minimal|some)(?= improvement required$)", lambda m: OLD_SCALE_WORDS[m.group(0)], words)
    return words[:1].upper() + words[1:]


def is_rating_label(value: str) -> bool:
    """A value of one of the rating scales, as `rating_label` writes it."""
    return value in RATING_LABELS or bool(re.fullmatch(r"[1-5] stars?", value))


def sentence_cased(capitals: str) -> str:
    """A scope a table heads in capitals as the framework writes it ('1.1 GOVERNANCE AND LEADERSHIP' is '1.1 Governance
    and leadership'; 'YOS' stays): one rating is one scope, whichever of its documents names it."""
    words = [word if word.strip(".,;:()").lower() in ACRONYMS else word.lower() for word in capitals.split()]
    first = next((i for i, word in enumerate(words) if word[:1].isalpha()), None)
    if first is not None:
        words[first] = words[first][:1].upper() + words[first][1:]
    return " ".join(words)


def emit_rating(ctx: Context, inspection: InspectionRef | None, scope: str, written: str, where: Span,
                code: str | None = None, key: str | None = None) -> EntityBuilder:
    """A Rating of the inspection: its scope, its label (see `rating_label`) and normalised value, quoted where
    the document states it."""
    rating = ctx.entity("Rating", fold(scope), key) if key else ctx.entity("Rating", fold(scope))
    scope = sentence_cased(scope) if scope.isupper() else scope
    label = rating_label(written)
    rating.add("scope", scope, where).add("rating", label, where)
    rating.add("normalised", NORMALISED.get(label), where)
    if code:
        rating.add("code", code, where)
    if inspection:
        rating.add("inspection", inspection.id, where)
    return rating


@dataclass(frozen=True)
class InspectionRef:
    id: str
    area: str | None


def cases_counted(match: re.Match[str]) -> int:
    """The cases a match of CASES_EXAMINED counts: its one number, or its court and out-of-court disposals together."""
    more = match.groupdict().get("more")
    return number_value(match.group("value")) + (number_value(more) if more else 0)


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


# A page's furniture (its number, a rule, a running header or footer: `kg.names.PAGE_MARK` and beside it) between two
# halves of a sentence.
PAGE_FURNITURE_REACH = 8  # lines between a sentence's halves


def page_breaks_closed(text: str) -> str:
    """The text with a page's furniture between two halves of a sentence (the first ending on no full stop, the
    second going on in small letters) blanked out, so the sentence reads on; the same length, so offsets hold."""
    all_lines = lines(text)
    closed = list(text)
    for index, line in enumerate(all_lines[:-1]):
        if not re.search(r"[A-Za-z,][^\S\n]*$", line.text):
            continue
        furniture: set[str] = set()
        running = 0  # a page's running header or footer is a line or two, never a table's rows
        for number, between in enumerate(all_lines[index + 1:index + 1 + PAGE_FURNITURE_REACH]):
            if not between.text.strip():
                continue
            if re.match(r"[^\S\n]*[a-z]", between.text) and number:
                if "mark" in furniture or furniture == {"number", "running"}:
                    closed[line.end:between.start] = " " * (between.start - line.end)
                break
            # (a table's row of figures, 'First time entrants    168 per    156 per', is no running line)
            kind = "mark" if PAGE_MARK.fullmatch(between.text) else "number" if BARE_PAGE_NUMBER.fullmatch(between.text) \
                else "running" if number and RUNNING_LINE.fullmatch(between.text) and len(
                    TABLE_FIGURE_CELL.findall(between.text)) < 2 else None
            running += kind == "running"
            if kind is None or running > 2:
                break  # the next line of prose; a running header only ever stands after the page's end
            furniture.add(kind)
    return "".join(closed)
