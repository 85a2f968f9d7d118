"""Findings: ratings (the overall rating, each standard's, judgements of FJI themes of work),
the '% yes' of each key question, and older reports' theme scores.

Ratings keep the wording as written and a normalised value on the 2018 four-point scale
where one exists (see `NORMALISED`): "excellent" and "outstanding" are Outstanding;
"good" is Good; "satisfactory", "adequate" and "requires improvement" are Requires
improvement (Ofsted renamed "satisfactory" so in 2012 and the inspectorates followed);
"unsatisfactory", "poor" and "inadequate" are Inadequate. The Core Case Inspection's
"minimum/moderate/substantial/drastic improvement required" and star ratings are kept as
written, with no normalised value.
"""

from __future__ import annotations

import re

from kg.gazetteer import fold
from kg.loaders.context import Context, EntityBuilder
from kg.loaders.findings_common import THEME_HEADING, InspectionRef
from kg.loaders.text import Span, lines, span, trim

STANDARD_RATINGS = r"Outstanding|Good|Requires improvement|Inadequate"
NORMALISED = {
    "outstanding": "Outstanding", "excellent": "Outstanding", "good": "Good", "satisfactory": "Requires improvement",
    "adequate": "Requires improvement", "requires improvement": "Requires improvement",
    "unsatisfactory": "Inadequate", "poor": "Inadequate", "inadequate": "Inadequate",
}
JUDGEMENT = (r"(?:outstanding|excellent|good|satisfactory|unsatisfactory|adequate|poor|inadequate|"
             r"requires improvement|(?:minimum|moderate|substantial|drastic) improvement required)")
OVERALL_RATING = [
    re.compile(rf"\boverall rating of\s*['‘\"“*]*(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE),
    re.compile(rf"\bis rated as:?\s*['‘\"“*]*(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE),
    # Line by line: each blank or punctuation line between the heading and its rating ends at its own newline.
    re.compile(rf"^[^\w\n]*Overall rating[^\w\n]*\n(?:[^\w\n]*\n)*+[^\w\n]*(?P<rating>{STANDARD_RATINGS})[^\w\n]*$",
               re.IGNORECASE | re.MULTILINE),
    re.compile(rf"\b(?:was|were|been|is|are)\s+(?:rated|judged|graded)\s+(?:as\s+)?(?:being\s+)?['‘\"“*]*"
               rf"(?P<rating>{JUDGEMENT})\b", re.IGNORECASE),
    re.compile(r"\b(?P<rating>(?:one|two|three|four|five|[1-5])[\s-]stars?)\b(?:\s+rating)?", re.IGNORECASE),
]
SERVICE_RATED = re.compile(r"\b(?:YOS|YOT|YJS|[Ss]ervice|[Tt]eam|Youth Offending \w+|Youth Justice \w+|[Pp]artnership)"
                           r"\s+(?:has\s+been|had\s+been|was|were|is|has|got)\b")
# Table rows, matched on one line. Separators are possessive and a cell's text ends on a character that is not one,
# so a long run of spaces, tabs or pipes is crossed once, not once for every place the cell might end.
ROW_START = r"^(?:[^\w<]|<(?!p>))*+(?:<p>)?\s*+"
ROW_GAP = r"[\s|]*+(?:</p>)?[\s|]*+(?:<p>)?\s*+"
ROW_END = r"\s*+(?:</p>)?[\s|]*+$"
STANDARD_ROW = re.compile(rf"{ROW_START}(?P<code>[1-9]\.[1-9])\.?(?!\d)\s*+(?:</p>)?\s*+(?P<rest>.*?[^\s|])[\s|]*+(?:<p>)?\s*+"
                          rf"(?<![\w-])(?P<rating>{STANDARD_RATINGS}){ROW_END}", re.IGNORECASE)
KEY_QUESTION_ROW = re.compile(rf"{ROW_START}(?P<code>[1-9]\.[1-9]\.[1-9])\.?\s*+(?P<question>.*?[^\s|]){ROW_GAP}"
                              rf"(?<![\d.])(?P<percent>\d{{1,3}}(?:\.\d+)?)\s?%{ROW_END}")
# FJI themes and the phrases press releases and summaries use for them.
THEMES_OF_WORK = [
    ("Interventions to reduce reoffending", r"(?:management and delivery of )?interventions to reduce reoffending"),
    ("Reducing reoffending", r"(?:work to )?reduc(?:e|ing) (?:the likelihood of )?reoffending"),
    ("Protecting the public", r"(?:work to )?protect(?:ing)? the public"),
    ("Protecting children and young people",
     r"(?:work to )?protect(?:ing)? (?:the )?child(?:ren)? (?:and|or) young (?:people|person)"),
    ("Ensuring that the sentence is served", r"(?:work to )?ensur(?:e|ing) (?:that )?the sentence (?:is|was) served"),
    ("Governance and partnerships", r"(?:effectiveness of )?governance(?: and partnership)?(?: arrangements)?"),
]
THEME_JUDGEMENT = re.compile(
    rf"\b(?P<scope>{'|'.join(f'(?:{p})' for _, p in THEMES_OF_WORK)})\b[^.;:]{{0,80}}?\s(?:was|were|is|remained)\s+"
    rf"(?:judged\s+(?:to\s+be\s+)?|rated\s+(?:as\s+)?)?(?P<rating>{JUDGEMENT})\b", re.IGNORECASE)
THEME_SCORE = re.compile(r"(?P<percent>\d{1,3})\s?(?:%|per cent)\s+of\s+(?:the\s+)?work\s+(?:to|on|for)\s+(?P<work>[^.\n]+?)"
                         r"\s+was\s+done\s+well\s+enough", re.IGNORECASE)


def rating_entity(ctx: Context, scope: str) -> EntityBuilder:
    return ctx.entity("Rating", fold(scope))


def emit_rating(ctx: Context, inspection: InspectionRef | None, scope: str, rating_text: str, where: Span,
                code: str | None = None) -> EntityBuilder:
    rating = rating_entity(ctx, scope)
    rating.add("scope", scope, where).add("rating", rating_text, where)
    rating.add("normalised", NORMALISED.get(" ".join(rating_text.lower().split())), where)
    if code:
        rating.add("code", code, where)
    if inspection:
        rating.add("inspection", inspection.id, where)
    return rating


def ratings(ctx: Context, inspection: InspectionRef | None) -> None:
    """The overall rating, each standard's rating (1.1 Governance and leadership: Good), and judgements as
    written in summaries, minutes and press releases ('work to protect the public was unsatisfactory')."""
    overall_rating(ctx, inspection)
    for line in lines(ctx.text):
        match = STANDARD_ROW.match(line.text)
        if match and not KEY_QUESTION_ROW.match(line.text):
            name = standard_name(ctx, line.start + match.start("rest"), line.start + match.end("rest"))
            if name:
                rating = trim(ctx.text, line.start + match.start("rating"), line.start + match.end("rating"))
                code = match.group("code")
                emit_rating(ctx, inspection, f"{code} {name.text}", rating.text, trim(ctx.text, line.start, line.end),
                            code)
    for match in THEME_JUDGEMENT.finditer(ctx.text):
        scope = theme_of_work(match.group("scope"))
        if scope:
            where = span(ctx.text, match.start(), match.end())
            emit_rating(ctx, inspection, scope, match.group("rating"), where)


def overall_rating(ctx: Context, inspection: InspectionRef | None) -> None:
    for pattern in OVERALL_RATING:
        for match in pattern.finditer(ctx.text):
            sentence = sentence_around(ctx.text, match.start())
            loose = pattern is OVERALL_RATING[3] or pattern is OVERALL_RATING[4]
            if loose and not (re.search(r"\boverall\b", sentence, re.IGNORECASE)
                              or SERVICE_RATED.search(ctx.text, max(0, match.start() - 60), match.start("rating"))):
                continue  # 'the quality of reports was judged to be good' rates a piece of work, not the service
            if THEME_JUDGEMENT.search(sentence) or STANDARD_ROW.match(sentence):
                continue
            where = span(ctx.text, match.start("rating"), match.end("rating"))
            emit_rating(ctx, inspection, "overall", match.group("rating"), where)


def sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind(".\n", 0, at), text.rfind("\n\n", 0, at)) + 1
    stop = re.compile(r"\.\s|\n\n").search(text, at)
    return text[start:stop.start() if stop else len(text)]


def standard_name(ctx: Context, start: int, end: int) -> Span | None:
    """A standard's name from the cell after its code: the first `<p>` or tab-separated part, and no more
    than the words before the standard's description begins ('3.1. Assessment Assessment is well-informed')."""
    start = trim(ctx.text, start, end).start
    raw = ctx.text[start:end]
    cut = re.search(r"</p>|\t| {3,}|\|", raw)
    stop = start + (cut.start() if cut else len(raw))
    name = trim(ctx.text, start, stop)
    words = name.text.split()
    if len(words) > 5:
        repeat = next((i for i in range(1, len(words)) if words[i].lower() == words[0].lower()), None)
        stop_at = repeat if repeat else next((i for i, w in enumerate(words) if w.lower() in {"is", "are", "the"}), 0)
        if not stop_at:
            return None
        kept = " ".join(words[:stop_at if repeat else stop_at - 1])
        if not kept:
            return None
        name = trim(ctx.text, name.start, name.start + len(kept))
    if not name or len(name.text.split()) > 6 or not name.text[0].isupper():
        return None
    return name


def theme_of_work(phrase: str) -> str | None:
    for scope, pattern in THEMES_OF_WORK:
        if re.fullmatch(pattern, phrase.strip(), re.IGNORECASE):
            return scope
    return None


def key_question_scores(ctx: Context, inspection: InspectionRef | None) -> None:
    """The '% yes' of each key question (2.1.1 Does assessment ... ? 84%), as tab, pipe, <p> or spaced rows."""
    for line in lines(ctx.text):
        match = KEY_QUESTION_ROW.match(line.text)
        if not match:
            continue
        code = match.group("code")
        where = trim(ctx.text, line.start, line.end)
        question = trim(ctx.text, line.start + match.start("question"), line.start + match.end("question"))
        score = ctx.entity("KeyQuestion", code)
        score.add("code", code, where).add("percent_yes", match.group("percent"), where)
        score.add("question", question.text, question)
        score.add("rating", rating_for_code(ctx, code[:3]), where)
        if inspection:
            score.add("inspection", inspection.id, where)


def rating_for_code(ctx: Context, code: str) -> str | None:
    """The Rating entity of a standard code already emitted from this document, if any."""
    for statement in ctx.statements.values():
        if statement.schema == "Rating" and statement.prop == "code" and statement.value == code:
            return statement.entity
    return None


def theme_scores(ctx: Context, inspection: InspectionRef | None) -> None:
    """Older reports' case assessment scores: 'overall 70% of work to reduce reoffending was done well enough',
    under the theme heading before it (Theme 1: Reducing reoffending)."""
    all_lines = lines(ctx.text)
    for match in THEME_SCORE.finditer(ctx.text):
        heading = next((THEME_HEADING.match(line.text) for line in reversed(all_lines)
                        if line.end <= match.start() and THEME_HEADING.match(line.text)), None)
        scope = heading.group("name").strip() if heading else theme_of_work(match.group("work")) or match.group("work")
        where = span(ctx.text, match.start(), match.end())
        rating = rating_entity(ctx, scope)
        rating.add("scope", scope, where).add("percent", match.group("percent"), where)
        if inspection:
            rating.add("inspection", inspection.id, where)
