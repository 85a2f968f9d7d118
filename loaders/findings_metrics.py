"""Findings: key facts as observations with their units and comparators: reoffending,
first-time-entrant and custody rates, population figures, caseload profiles, cases examined,
survey counts and area profile sentences.
"""

from __future__ import annotations

import re

from kg.loaders.context import Context, EntityBuilder
from kg.loaders.findings_common import CASES_EXAMINED, NUMBER, InspectionRef, number_value
from kg.loaders.generic import document_area
from kg.loaders.text import Line, Span, lines, plain, span, trim

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

REOFFENDING = [
    # 'The published reoffending rate for Thurrock was 39.6%', 'Reoffending by young people in Westmere is 36%',
    # 'the rate of reoffending fell to 36%'
    re.compile(rf"\b(?:re-?offending(?:\s+rates?)?|published\s+rates?|rates?\s+of\s+re-?offending)"
               rf"(?P<marker>[{SUPERSCRIPTS}]*)(?P<between>[^.%\n]{{0,160}}?)"
               # 'has fallen from 41.0% to 38.2%': the rate it came to
               r"\s(?:was|is|were|are|at|of|stood at|(?:had |has )?(?:risen|rose|fallen|fell|dropped|reduced)"
               r"(?:\s+from\s+\d{1,2}(?:\.\d+)?\s?(?:%|per\s?cent))?\s+to)\s+"
               r"(?P<value>\d{1,2}(?:\.\d+)?)\s?(?:%|per\s?cent)", re.IGNORECASE),
    # 'Only 36% of young people reoffend, against a national average of 37.7%'
    re.compile(r"\b(?P<value>\d{1,2}(?:\.\d+)?)\s?(?:%|per\s?cent)\s+of\s+(?:the\s+)?(?:children|young people|"
               r"young offenders|offenders)(?P<marker>)\s+(?:\w+\s+){0,3}?re-?offend(?:ed|s)?\b", re.IGNORECASE),
    # 'children who reoffend within a year is 34.9%', 'the rate at which children in Westmere reoffend – 27.4% –',
    # a dashboard's 'Reoffending rate 29.8% (England 32.2%)'
    re.compile(rf"\b(?:re-?offend(?:s|ed)?|re-?offending\s+rates?)\b(?P<marker>[{SUPERSCRIPTS}]*)"
               r"(?P<between>(?:(?!\b(?:average|against|compared)\b)(?:[^.%\d\n]|\n(?![^\S\n]*\n))){0,60}?)"
               r"(?:\s(?:is|was|were|are|stood\s+at|at)\s+|\s*[–—:-]\s*|\s+)(?P<value>\d{1,2}(?:\.\d+)?)\s?(?:%|per\s?cent)",
               re.IGNORECASE),
]
COMPARATOR = re.compile(r"(?P<comparator>(?:(?:the\s+)?(?:(?:national|England and Wales|regional|family|YOT family|"
                        r"London|comparator)\s+)?average(?:\s+performance)?|"
                        # 'the England and Wales rate of 32.5%': a rate, not an average, of a named comparison
                        r"(?:the\s+)?(?:national|England and Wales|England|Wales|regional)\s+rate)"
                        r"(?:\s+(?:rate\s+)?(?:for|in|across)\s+"
                        r"(?:England and Wales|England|Wales|London|the region|its family))?)"
                        r"(?:\s+(?:of|was|at|which was|rate of))?\s*\(?\s*(?P<value>\d{1,2}(?:\.\d+)?)\s?(?:%|per\s?cent)",
                        re.IGNORECASE)
# '(England 32.2%)' straight after the rate
COMPARATOR_BRACKETED = re.compile(r"\s*\(\s*(?P<comparator>England and Wales|England|Wales|national|regional)"
                                  r"(?:\s+average)?:?\s+(?P<value>\d{1,2}(?:\.\d+)?)\s?(?:%|per\s?cent)\s*\)", re.IGNORECASE)
# 'compared to 33.4% nationally', 'against 32.5% for England and Wales', 'compared with 32.5 per / cent for England'
COMPARED_TO = re.compile(r"[,;]?\s*(?:compared\s+(?:to|with)|against)\s+(?P<value>\d{1,2}(?:\.\d+)?)\s?(?:%|per\s*cent)\s+"
                         r"(?P<comparator>nationally|regionally|(?:in|for|across)\s+(?:England(?:\s+and\s+Wales)?|Wales))",
                         re.IGNORECASE)
KEY_FACT = re.compile(rf"^[^\w\n]*(?P<label>(?:First[- ]time entrants?(?: rate)?|Re-?offending rates?|Custody rate)"
                      rf"[{SUPERSCRIPTS}]*[^\n]{{0,40}}(?:\n(?![^\w\n]*\d[\d,.]*%?[^\w\n]*$)[^\n]{{0,40}})?)$", re.IGNORECASE | re.MULTILINE)
# 'Total black and minority / ethnic youth population': the words between, over at most one line break, each word
# followed by its own spaces, so a run of spaces or blank lines is crossed once.
POPULATION = re.compile(rf"\bTotal\s++(?P<what>(?:[a-z]+[ \t]*+(?:\n[ \t]*+)?){{0,8}}?)population(?P<place>[^\d\n]{{0,60}}?)"
                        rf"[{SUPERSCRIPTS}]*\s+(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+)\b", re.IGNORECASE)
POPULATION_SENTENCE = re.compile(r"\b(?:has|had|with)\s+a\s+(?P<what>(?:youth |total |10-17 |child )?)population of\s+"
                                 r"(?:around\s+|approximately\s+|about\s+|some\s+|over\s+|nearly\s+)?"
                                 r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)", re.IGNORECASE)
SURVEY = re.compile(rf"\b(?P<value>{NUMBER})\s+(?:children and young people|young people|children|parents(?:/carers)?)"
                    rf"\s+(?:from\s+[^.]{{0,60}}?\s+)?(?:have|had)\s+(?:completed|responded to|taken part in)\s+"
                    rf"(?:this|the\s+survey|our\s+survey|Viewpoint)", re.IGNORECASE)
SHARE = re.compile(r"\b(?P<value>\d{1,3}(?:\.\d+)?)\s?(?:%|per cent) of (?:the )?(?P<group>[\w\s-]{3,40}?) population (?:are|is|were|was)"
                   r" (?P<what>[^.]{3,60}?) compared (?:to|with) (?P<other>\d{1,3}(?:\.\d+)?)\s?(?:%|per cent)"
                   r"(?P<comparator>[^.]{0,60})")
RANK = re.compile(r"\bhas the (?P<value>\d{1,3})(?:st|nd|rd|th) (?:highest|lowest|largest|worst) (?P<what>[^.]{3,80}?)"
                  r"(?: score| rank)? in (?:England|Wales|England and Wales|the country)")
PART_OF_WHOLE = re.compile(r"\b(?P<part>\d{1,4}) of the (?P<whole>\d{1,4}) (?:children and young people|children|young people)"
                           r"[^.]{0,60}? who (?:received|were given|were sentenced to) (?P<what>[a-z ]{3,40}?) "
                           r"(?:were|was) (?P<who>[A-Za-z ]{3,40}?)\b(?=[,.;]| in )")
AREAS_VISITED = re.compile(rf"\bvisited (?P<value>{NUMBER}) (?:local authority )?areas\b", re.IGNORECASE)
STAFF_SURVEY = re.compile(rf"\bsurveyed\s+(?P<value>{NUMBER})\s+(?:individual\s+)?(?P<who>case managers|staff|practitioners)",
                          re.IGNORECASE)


def metrics(ctx: Context, inspection: InspectionRef | None) -> None:
    """Key facts as observations: reoffending and first-time-entrant rates with their comparators, population
    figures, caseload profiles, cases examined and survey counts, each with its unit."""
    reoffending_sentences(ctx, inspection)
    key_fact_blocks(ctx, inspection)
    population_figures(ctx, inspection)
    caseload_tables(ctx, inspection)
    counts(ctx, inspection)
    profile_sentences(ctx, inspection)


def observation(ctx: Context, inspection: InspectionRef | None, metric: str, value: str, unit: str, where: Span,
                *, comparator: str | None = None, comparator_value: str | None = None) -> EntityBuilder:
    found = ctx.entity("Observation", metric, value, comparator_value)
    found.add("metric", metric, where).add("value", value.replace(",", ""), where).add("unit", unit, where)
    found.add("comparator", comparator, where).add("comparator_value", comparator_value, where)
    found.add("document", ctx.document_entity, where)
    if inspection:
        found.add("inspection", inspection.id, where)
    area = inspection.area if inspection else document_area(ctx)
    if area:
        found.add("area", ctx.area(area, where), where)
    return found


def reoffending_sentences(ctx: Context, inspection: InspectionRef | None) -> None:
    """'The published reoffending rate for Thurrock was 39.6% against the England and Wales average of 36.1%',
    with the comparator in the same or the next sentence, and the cohort period and source from its footnote."""
    matches = sorted((m for pattern in REOFFENDING for m in pattern.finditer(ctx.text)), key=lambda m: m.start())
    for match in matches:
        paragraph_end = ctx.text.find("\n\n", match.end())
        window_end = min(match.end() + 300, paragraph_end if paragraph_end >= 0 else len(ctx.text))
        comparator = (COMPARATOR_BRACKETED.match(ctx.text, match.end(), window_end)
                      or COMPARED_TO.match(ctx.text, match.end(), window_end)
                      or COMPARATOR.search(ctx.text, match.end(), window_end))
        end = comparator.end() if comparator else match.end()
        where = span(ctx.text, match.start(), end)
        found = observation(ctx, inspection, "reoffending_rate", match.group("value"), "%", where,
                            comparator=" ".join(comparator.group("comparator").split()) if comparator else None,
                            comparator_value=comparator.group("value") if comparator else None)
        marker = re.search(rf"[{SUPERSCRIPTS}]+", match.group(0))  # 'rate¹', wherever the wording put the rate
        footnote = reoffending_footnote(ctx, marker.group(0) if marker else "", match.end())
        if footnote:
            period = re.search(r"for the\s+(.+?cohort)|(\w+ \d{4}\s*(?:to|-|–)\s*\w+ \d{4})", footnote.text)
            source = re.search(r"Source:\s*([^.\n]+)|\b(Ministry of Justice|Youth Justice Board)\b", footnote.text)
            if period:
                found.add("period", " ".join((period.group(1) or period.group(2)).split()), footnote)
            if source:
                found.add("source", (source.group(1) or source.group(2)).strip(), footnote)


def reoffending_footnote(ctx: Context, marker: str, after: int) -> Span | None:
    """The footnote a rate's superscript points at, or the nearest following line about the cohort."""
    window = ctx.text[after:after + 4000]
    if marker:
        note = re.search(rf"^\s*{re.escape(marker)}\s*(?P<note>[^\n]+(?:\n(?!\s*\n)[^\n]+)?)", window, re.MULTILINE)
        if note:
            return trim(ctx.text, after + note.start("note"), after + note.end("note"), " \t\n")
    cohort = re.search(r"^[^\n]*(?:binary reoffending|reoffending statistics|cohort)[^\n]*(?:\nSource:[^\n]*)?", window,
                       re.MULTILINE | re.IGNORECASE)
    if cohort:
        return trim(ctx.text, after + cohort.start(), after + cohort.end(), " \t\n")
    return None


def key_fact_blocks(ctx: Context, inspection: InspectionRef | None) -> None:
    """The 2018-onward 'Key facts' layout: a label, the area's figure, its label, then the comparator's figure and
    label, each on its own line ('Reoffending rates / 47.3% / Barking and Dagenham YOS / 41.9% / Average for ...')."""
    for match in KEY_FACT.finditer(ctx.text):
        label = plain(match.group("label")).lower()
        metric = "first_time_entrant_rate" if "first" in label else "custody_rate" if "custody" in label \
            else "reoffending_rate"
        figures: list[tuple[str, str, Line, list[str]]] = []  # value, '%' or '', its line, its label's lines
        for line in lines(ctx.text, match.end(), min(len(ctx.text), match.end() + 400)):
            text = plain(line.text)
            if not text:
                continue
            figure = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)\s?(%?)", text)
            if figure:
                figures.append((figure.group(1), figure.group(2), line, []))
            elif figures:
                if KEY_FACT.match(line.text) or len(figures[-1][3]) > 3:
                    break
                figures[-1][3].append(text)
            else:
                break
            if len(figures) == 2 and figures[-1][3] and len(figures[-1][3]) >= 2:
                break
        if len(figures) < 2:
            continue
        (value, pct, first, _), (other, _, second, other_label) = figures[:2]
        unit = "%" if pct else "per 100,000" if "100,000" in label else "count"
        end_line = lines(ctx.text, second.end + 1, min(len(ctx.text), second.end + 200))
        tail = next((ln.end for ln in end_line if plain(ln.text) and plain(ln.text).lower().startswith(
            other_label[-1].lower()[:10])), second.end) if other_label else second.end
        where = span(ctx.text, first.start, tail)
        comparator = " ".join(other_label) if other_label else None
        observation(ctx, inspection, metric, value, unit, where, comparator=comparator, comparator_value=other)


def population_figures(ctx: Context, inspection: InspectionRef | None) -> None:
    """'Total population Barking and Dagenham 210,711', 'Total youth population 23,635', 'Total black and minority
    ethnic youth population 9,535', 'has a population of around 565,000 people'."""
    for match in POPULATION.finditer(ctx.text):
        what = " ".join(match.group("what").lower().split())
        metric = "bme_youth_population" if re.search(r"black|minority|bme", what) else \
            "youth_population" if "youth" in what else "population"
        where = span(ctx.text, match.start(), match.end())
        observation(ctx, inspection, metric, match.group("value"), "count", where)
    for match in POPULATION_SENTENCE.finditer(ctx.text):
        what = match.group("what").strip().lower()
        metric = "youth_population" if what in {"youth", "10-17", "child"} else "population"
        observation(ctx, inspection, metric, match.group("value"), "count", span(ctx.text, match.start(), match.end()))


def caseload_tables(ctx: Context, inspection: InspectionRef | None) -> None:
    """Caseload profile tables: a header of categories, the area's row of percentages and the national average's
    ('Gender / Male / Female', 'Barking and Dagenham / 87% / 13%', 'National average / 83% / 17%')."""
    from kg.loaders.text import cells

    all_lines = lines(ctx.text)
    for index in range(len(all_lines) - 2):
        header, local, national = (cells(ctx.text, line) for line in all_lines[index:index + 3])
        if not (len(header) >= 3 and len(local) == len(header) and len(national) == len(header)):
            continue
        if not re.search(r"average|England and Wales|national", national[0].text, re.IGNORECASE):
            continue
        values = [re.fullmatch(r"(\d{1,3}(?:\.\d+)?)\s?%", c.text) for c in local[1:] + national[1:]]
        if not all(values):
            continue
        where = span(ctx.text, all_lines[index].start, all_lines[index + 2].end)
        prefix = "age_" if re.fullmatch(r"age", header[0].text, re.IGNORECASE) else ""
        for column, category in enumerate(header[1:], 1):
            metric = "caseload_" + prefix + re.sub(r"[^a-z0-9]+", "_", category.text.lower()).strip("_")
            observation(ctx, inspection, metric, local[column].text.rstrip("% "), "%", where,
                        comparator=national[0].text, comparator_value=national[column].text.rstrip("% "))


def counts(ctx: Context, inspection: InspectionRef | None) -> None:
    """Cases examined and survey respondents, as observations with the unit 'count'."""
    cases = next((found for found in (pattern.search(ctx.text) for pattern in CASES_EXAMINED) if found), None)
    for match, metric in [(cases, "cases_examined"), (SURVEY.search(ctx.text), "survey_respondents"),
                          (STAFF_SURVEY.search(ctx.text), "staff_survey_respondents")]:
        if match:
            where = span(ctx.text, match.start(), match.end())
            if metric == "survey_respondents" and re.search(r"Viewpoint", ctx.text[max(0, match.start() - 300):match.end()]):
                metric = "viewpoint_survey_respondents"
            observation(ctx, inspection, metric, str(number_value(match.group("value"))), "count", where)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def profile_sentences(ctx: Context, inspection: InspectionRef | None) -> None:
    """Area profile sentences: '40 per cent of the 10-17 population are from minority ethnic backgrounds compared to
    60 per cent ...', 'has the 11th highest Index of Multiple Deprivation (IMD) score in England', '9 of the 10 children
    ... who received custodial sentences were Looked After Children', 'visited seven local authority areas'."""
    for match in SHARE.finditer(ctx.text):
        where = span(ctx.text, match.start(), match.end())
        comparator = " ".join(match.group("comparator").split()).strip(" ,") or None
        observation(ctx, inspection, slug(f"{match.group('what')} share of {match.group('group')} population"),
                    match.group("value"), "%", where, comparator=comparator, comparator_value=match.group("other"))
    for match in RANK.finditer(ctx.text):
        metric = slug(re.sub(r"\s*\([A-Z]+\)", "", match.group("what"))) + "_rank"
        observation(ctx, inspection, metric, match.group("value"), "rank", span(ctx.text, match.start(), match.end()))
    for match in PART_OF_WHOLE.finditer(ctx.text):
        where = span(ctx.text, match.start(), match.end())
        what = slug(match.group("what"))
        observation(ctx, inspection, what, match.group("whole"), "count", where)
        observation(ctx, inspection, f"{what}_{slug(match.group('who'))}", match.group("part"), "count", where)
    for match in AREAS_VISITED.finditer(ctx.text):
        observation(ctx, inspection, "areas_visited", str(number_value(match.group("value"))), "count",
                    span(ctx.text, match.start(), match.end()))
