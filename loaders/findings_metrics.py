"""Findings: key facts as observations with their units and comparators: reoffending,
first-time-entrant and custody rates, population figures, caseloads, cases examined, survey
counts and area profile sentences.

One reader (`KeyFactReader`) finds the key facts of the metric vocabulary (`MEASURES`) whatever
the layout: a figure with its label before or after it (the same line, the next line, the same
table row, a table flattened to one cell a line), its unit, its period and every comparator
stated. The graph holds one comparator per observation, as the gold keys hold one per row, so a
fact stated against several comparators is one observation for each. A figure is never a page,
a date, a year, a score, a phone number, money or a share of the cases inspected.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace

from kg.comparators import PLACE_COMPARATOR, standard_comparator
from kg.dates import MONTH_NAME, MONTH_WORD
from kg.loaders.context import Context, EntityBuilder
from kg.loaders.findings_common import (
    CASES_EXAMINED,
    NUMBER,
    PAGE_MARK,
    InspectionRef,
    cases_counted,
    number_value,
    page_breaks_closed,
)
from kg.loaders.generic import document_area
from kg.loaders.text import (
    EDGE_CHARS,
    PHONE_RE,
    SENTENCE_REACH,
    Line,
    Span,
    cells,
    end_of_line,
    is_blank,
    lines,
    plain,
    sentence_end,
    sentence_start,
    span,
    start_of_line,
    trim,
    wrapped_sentence_start,
)

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# A footnote's mark at the end of a line ('Reoffending rate²' over a table's rows): it ends the label there.
HEADING_MARK = re.compile(rf"[{SUPERSCRIPTS}]+(?=[^\S\n]*$)", re.MULTILINE)
NO_SUPERSCRIPTS = str.maketrans(SUPERSCRIPTS, " " * len(SUPERSCRIPTS))  # a footnote's mark is no part of a word

# 'Total black and minority / ethnic youth population': the words between, over at most one line break, each word
# followed by its own spaces, so a run of spaces or blank lines is crossed once.
# (a bracketed note after the place is crossed whole: 'Total population of the district (ONS 2010)   118,400')
POPULATION = re.compile(rf"\bTotal\s++(?P<what>(?:[a-z]+[ \t]*+(?:\n[ \t]*+)?){{0,8}}?)population"
                        rf"(?P<place>[^\d\n({SUPERSCRIPTS}]{{0,60}}?(?:\([^)\n]{{0,40}}\))?)"
                        rf"[{SUPERSCRIPTS}]*\s+(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+)\b", re.IGNORECASE)
# '331,400     Total population Westmere (2018)': the figure opens the row, the label after it ends with no figure
FIGURE_FIRST_POPULATION = re.compile(r"^[^\S\n]*+(?P<value>\d{1,3}(?:,\d{3})++|\d++)[^\S\n]++(?:the[^\S\n]++)?(?P<label>Total)[^\S\n]++"
                                     r"(?P<what>(?:[a-z]++[^\S\n]++){0,8}?)population\b",
                                     re.IGNORECASE | re.MULTILINE)
FIGURE_FIRST = re.compile(r"[^\S\n]*(?P<value>\d{1,3}(?:,\d{3})+|\d+)[^\S\n]+(?:[Tt]he[^\S\n]+)?")  # '... The total population'
# ('has a resident population of 187,300': the residents are the whole population)
POPULATION_SENTENCE = re.compile(r"\b(?:has|had|with)\s+a\s+(?P<what>(?:youth |total |10-17 |child |resident )?)population\s+"
                                 r"(?:\((?:aged\s+)?10\s*(?:-|–|to)\s*17\)\s+)?of\s+"  # 'a youth population (10-17) of 21,400'
                                 r"(?:around\s+|approximately\s+|about\s+|some\s+|over\s+|nearly\s+)?"
                                 r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)", re.IGNORECASE)
# The youth population in the area's description: 'a population of 148,900, of whom 13,700 are (children) aged 10 to
# 17', 'a population of 298,000, including some 31,400 children aged 10 to 17', 'a borough of 276,300 people, with 28,900
# children aged 10 to 17', 'Ashgrove has around 24,600 children aged 10 to 17.' (a place's, not a service's: the
# children a service works with are its caseload), 'The youth population of Ashgrove (aged 10 to 17) is 31,900'.
ABOUT = r"(?:around\s+|approximately\s+|about\s+|some\s+|over\s+|nearly\s+|almost\s+)?"
AGED_10_TO_17 = r"aged\s+10\s*(?:-|–|to)\s*17\b"
YOUTH_OF_THE_POPULATION = re.compile(
    rf"(?:\bof\s+whom|\b(?:population|people|residents|inhabitants)\b[^.;]{{0,60}}?\b(?:with|including))\s+{ABOUT}(?P<value>\d{{1,3}}(?:,\d{{3}})+)\s+"
    rf"(?:\(\d{{1,2}}(?:\.\d+)?%\)\s+)?(?:(?:are|were)\s+)?(?:(?:children|young\s+people)(?:\s+and\s+young\s+people)?\s+)?"
    rf"{AGED_10_TO_17}", re.IGNORECASE)
PLACE_HAS_CHILDREN = re.compile(
    rf"(?:^[^\S\n]*+|[.!?][^\S\n]++|\bthat\s++)(?P<place>(?-i:[A-Z])[\w'’-]*(?:[^\S\n]+(?-i:[A-Z])[\w'’-]*){{0,3}})\s+has\s+{ABOUT}"
    rf"(?P<value>\d{{1,3}}(?:,\d{{3}})+)\s+(?:children|young\s+people)(?:\s+and\s+young\s+people)?\s+{AGED_10_TO_17}"
    rf"(?:\s+years)?\s*(?:[.;]|,\s*and\b)", re.IGNORECASE | re.MULTILINE)  # ('The report notes that X has ..., and that')
# The place's population, then its children in the same sentence or the next: 'a population of 143,600. There are 12,950
# children aged 10-17', 'a population of approximately 186,000 and around 17,900 children aged 10 to 17', '134,800 (ONS
# mid-2009). Of these, 14,200 were young people aged 10 to 17', '... 10.7% of whom were aged 10 to 17 years
# (approximately 11,200 young people)'.
NUMBER_OF_PEOPLE = r"\d{1,3}(?:,\d{3})+"
CHILDREN_OF_THE_POPULATION = re.compile(
    rf"\bpopulation\b[^.;\d]{{0,60}}?{NUMBER_OF_PEOPLE}\b[^.;]{{0,40}}?(?:[.;]\s*(?:There\s+(?:are|were)|Of\s+(?:these|them|whom),?)"
    rf"|,?\s+(?:and|with|including))\s+{ABOUT}(?P<value>{NUMBER_OF_PEOPLE})\s+(?:(?:are|were)\s+)?(?:(?:children|young\s+people)"
    rf"(?:\s+and\s+young\s+people)?\s+)?(?:(?:are|were)\s+)?{AGED_10_TO_17}"
    rf"|\bpopulation\b[^.;\d]{{0,60}}?{NUMBER_OF_PEOPLE}\b(?:[^.;]|\.(?=\d)){{0,60}}?\bof\s+whom\s+(?:are|were)\s+{AGED_10_TO_17}(?:\s+years)?\s*\(\s*"
    rf"{ABOUT}(?P<bracketed>{NUMBER_OF_PEOPLE})\s+(?:children|young\s+people)(?:\s+and\s+young\s+people)?\s*\)", re.IGNORECASE)
A_SERVICE = re.compile(r"\b(?:the|YOS|YOT|YJS|service|team|board|panel|we)\b", re.IGNORECASE)
YOUTH_POPULATION_IS = re.compile(
    rf"\b(?:youth|child)\s+population\s+(?:\((?:{AGED_10_TO_17[:-2]}|10\s*(?:-|–|to)\s*17)\)\s+)?(?:of|in)\s+(?-i:[A-Z])[\w'’ -]{{0,40}}?\s+"
    rf"(?:\((?:{AGED_10_TO_17[:-2]}|10\s*(?:-|–|to)\s*17)\)\s+)?(?:is|was|stands\s+at|stood\s+at)\s+(?:now\s+)?(?:estimated\s+at\s+)?{ABOUT}"
    rf"(?P<value>\d{{1,3}}(?:,\d{{3}})+)", re.IGNORECASE)
CHILDREN_AGED_10_TO_17 = re.compile(r"\s++(?:children|young\s+people)(?:\s+and\s+young\s+people)?\s+aged\s+10\s*(?:-|–|to)\s*17\b",
                                    re.IGNORECASE)
# '25,100     Child population (10-17 years)': the figure opens the row, the children's population after it.
FIGURE_FIRST_YOUTH_POPULATION = re.compile(r"^[^\S\n]*+(?P<value>\d{1,3}(?:,\d{3})++)[^\S\n]++(?:the[^\S\n]++)?"
                                           r"(?:child(?:ren['’]?s)?|youth|young[^\S\n]++people['’]?s?)[^\S\n]++population\b",
                                           re.IGNORECASE | re.MULTILINE)
# 'Westmere is a county borough of about 118,000 people': the place's size in its description.
# '331,200        Population of Westmere (mid-2023 estimate)': the figure opens the row, the place's population after it.
FIGURE_FIRST_POPULATION_OF = re.compile(r"^[^\S\n]*+(?P<value>\d{1,3}(?:,\d{3})++)[^\S\n]++Population[^\S\n]++(?:of|in)[^\S\n]++"
                                        r"(?-i:[A-Z])", re.IGNORECASE | re.MULTILINE)
PLACE_OF_PEOPLE = re.compile(r"\b(?:an?\s+)(?:(?:county|metropolitan|London|unitary)\s+)?(?:borough|county|city|district|town|"
                             r"authority)\s+of\s+(?:around\s+|approximately\s+|about\s+|some\s+|over\s+|nearly\s+|almost\s+)?"
                             r"(?P<value>\d{1,3}(?:,\d{3})+)\s+(?:people|residents|inhabitants)\b", re.IGNORECASE)
SURVEY = re.compile(rf"\b(?P<value>{NUMBER})\s+(?:children and young people|young people|children|parents(?:/carers)?)"
                    rf"\s+(?:from\s+[^.]{{0,60}}?\s+)?(?:(?:have|had)\s+)?(?:completed|responded to|taken part in|took part in)\s+"
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


# --- the metric vocabulary -------------------------------------------------------------------
# One name per key fact. A measure's words label its figure wherever the layout puts them (before or after it, on the
# same line, the next line or the same table row); the figure's unit picks the name: a first-time-entrant figure per
# 100,000 is the rate, a bare one the count. A measure without a name for a unit takes no figure in it (a reoffending
# figure is a percentage; a population is a count).
@dataclass(frozen=True)
class Measure:
    label: re.Pattern[str]
    names: dict[str, str]  # its name by the kind of figure: 'percentage', 'rate' (per N) or 'count'

    def name(self, unit: str) -> str | None:
        kind = "percentage" if unit == "%" else "count" if unit == "count" else "rate"
        return self.names.get(kind)


MEASURES = (
    Measure(re.compile(r"\bre-?offend(?:ing|s|ed)?\b|\b(?:published|binary)\s+rates?\b", re.IGNORECASE),
            {"percentage": "reoffending_rate"}),
    # (wrapped too; 'children entering the youth justice system for the first time', as news writes it)
    # ('Average caseload case managers (FTE)': a bracketed FTE is the staff's full-time equivalent, as is one after a
    # decimal figure or before a post: '22,500 (plus 1.0 FTE seconded officer)')
    Measure(re.compile(r"\bfirst(?:-|\s+)time(?:-|\s+)entrants?\b|(?<!\()(?<!\.\d )(?<!\.\d\d )\bFTEs?\b(?!\))"
                       r"(?![^\S\n]+(?:seconded|posts?|staff|officers?|workers?|practitioners?|roles?)\b)|\b(?:entering|entered|enter)\s+the\s+(?:youth\s+)?"
                       r"justice\s+system\s+for\s+the\s+first\s+time\b", re.IGNORECASE),
            {"rate": "first_time_entrant_rate", "count": "first_time_entrants"}),
    # ('Custody: 2 children sentenced to custody': the word alone as a label before its colon; 'Custody (per 1,000
    # 10-17)' heading a table's row: custody by its rate's unit)
    Measure(re.compile(r"\bcustody\s+rates?\b|\b(?:use|rate)\s+of\s+custody\b|\bcustody\s+use\b|\bcustodial\s+sentences\b|\bcustody(?=[^\S\n]*:)|"
                       r"\bcustody(?=[^\S\n]*\(?(?:rate[^\S\n]+)?per\s+(?:1,000|10,000|100,000)\b)|"
                       # ('Custody 0.31 per 1,000', 'custody was at 0.94 per 1,000', 'Custody 4.8% of court disposals')
                       r"\bcustody(?=[^\S\n]+(?:(?:was|is|stood|at)[^\S\n]+){0,2}\d[\d.]*(?:%[^\S\n]+of[^\S\n]+(?:all[^\S\n]+)?court|"
                       r"[^\S\n]+per\s+(?:1,000|10,000|100,000)\b))|"
                       # ('Custody 3 young people.', 'Custody: 12 children;'): a count of those it names, ending its
                       # clause (a line going on, '2 children sentenced to custody in the quarter' / 'ETE 61%', runs
                       # into the next row's figures)
                       r"\bcustody(?=[^\S\n]*+:?[^\S\n]*+\d{1,4}[^\S\n]++(?:young[^\S\n]++people|children|young[^\S\n]++persons)"
                       r"[^\S\n]*+(?:[.;,)]|\n|\Z))|"
                       r"\b(?:children|young\s+people)\s+in\s+custody\s+per\b", re.IGNORECASE),
            {"rate": "custody_rate", "count": "custodial_sentences", "percentage": "custody_rate"}),  # of court disposals
    # ('Child population (10-17 years) of X', 'Population of X aged 10 to 17', 'Children in X aged 10 to 17': the place
    # between)
    Measure(re.compile(r"\b(?:youth|child|10\s*(?:-|–|to)\s*17(?:[- ]year[- ]old)?)\s+population\b|\bpopulation\s+(?:of\s+|aged\s+)?"
                       r"(?:children\s+|young\s+people\s+)?(?:aged\s+)?10\s*(?:-|–|to)\s*17(?:[- ]year[- ]olds?)?\b|\b(?:children|young\s+people)\s+"
                       r"aged\s+10\s*(?:-|–|to)\s*17\b|\b10\s*(?:-|–|to)\s*17[- ]year[- ]olds\b|"
                       r"\b(?:population\s+of|(?:children|young\s+people)\s+in)[^\S\n]+(?-i:[A-Z])[\w'’-]*+(?:[^\S\n]+(?-i:[A-Z])[\w'’-]*+){0,3}"
                       r"[^\S\n]+aged\s+10\s*(?:-|–|to)\s*17\b",
                       re.IGNORECASE),
            {"count": "youth_population"}),
    # (an average caseload is each case manager's, not the service's)
    Measure(re.compile(r"(?<!average\s)\bcaseload\b|\bopen\s+cases\b", re.IGNORECASE), {"count": "caseload"}),
    # ('3  Resettlement cases examined' beside '52  Cases inspected': a kind's cases are a measure of their own)
    Measure(re.compile(r"\bresettlement\s+cases\s+(?:examined|inspected)\b", re.IGNORECASE),
            {"count": "resettlement_cases_examined"}),
    Measure(re.compile(r"(?<!resettlement )(?<!resettlement\n)\bcases\s+(?:examined|inspected)\b", re.IGNORECASE),
            {"count": "cases_examined"}),
    Measure(re.compile(r"\bsurvey\s+respondents\b|\brespondents\s+to\s+(?:the|our)\s+survey\b", re.IGNORECASE),
            {"count": "survey_respondents"}),
)


# The rest of a bracket that parts a total into its kinds after its first figure: ' first tier / community, 9 custody'.
BREAKDOWN_AFTER = re.compile(r"[^\S\n]++[A-Za-z][^()\d\n]{0,40}?[,;/][^\S\n]*+(?:and[^\S\n]++)?\d")
UNIT_CELL = re.compile(r"[^\S\n]*+\(?[^\S\n]*+(?:rate[^\S\n]++)?per[^\S\n]++(?:1,000|10,000|100,000)\b", re.IGNORECASE)
# A bound just before a figure: a target's ('keep the use of custody below 4%', 'at least 90%'), not a figure stated.
BOUND_BEFORE = re.compile(r"\b(?:below|under|less\s+than|more\s+than|above|at\s+least|no\s+more\s+than)\s*+$", re.IGNORECASE)


def standard_metric(name: str, unit: str | None) -> str:
    """The vocabulary's name for a metric another writer named ('first_time_entrants' in 'per 100,000' is
    'first_time_entrant_rate', 'binary_reoffending_rate' is 'reoffending_rate'): the measure whose label begins the
    name, in the kind of its unit; a name that qualifies the measure otherwise ('bme_youth_population') is its own."""
    words = re.sub(r"\b10 17\b", "10-17", name.replace("_", " "))
    for measure in MEASURES:
        found = measure.label.search(words) or measure.label.search(words + " rate")  # 'custody' alone
        if found and re.fullmatch(r"(?:(?:binary|proven|published|total|number of)\s+)?", words[:found.start()]):
            return measure.name(unit_of(unit)) or name
    return name


# Words that make a measure's name the subject of work, not a figure: 'work to reduce reoffending', 'the risk of
# reoffending'.
# ('218 per 100,000 children aged 10-17': the children after a rate's 'per 100,000' are its denominator)
NOT_A_MEASURE = re.compile(r"(?:reduc\w*|prevent\w*|risk\s+of|likelihood\s+of|likely\s+to|scores?:?|tackl\w*|address\w*|desist\w*|average|"
                           r"caseload\s+of|per(?:\s+\d{1,3}(?:[, ]\d{3})*)?(?:\s+of)?|minority\s+ethnic)[^\S\n]*\n?[^\S\n]*(?:the\s+|their\s+)?\Z",
                           re.IGNORECASE)  # 'per 100,000 young people aged 10-17': the rate's denominator

# A figure: a number with its unit ('34.2%', '38.2 per\ncent', '171 per 100,000') or a bare count ('23,400'); never
# a number run into a word, a fraction or a score ('25/36'), a range ('10-17'), money or a decimal cut in two.
FIGURE = re.compile(r"(?<![\w£$€/.,–-])(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                    r"(?P<unit>[^\S\n]?%|\s?per\s+cent\b|\s+(?:(?:children|young\s+people|(?:custodial\s+)?sentences|first[-\s]time\s+entrants)\s+)?per\s+(?:100,000|100 000|10,000|1,000|100k|10k|1k)\b"
                    r"(?:\s+of\s+the\s+(?:10\s*(?:-|–|to)\s*17\s+|youth\s+)?population\b)?)?"
                    r"(?![\w/%£]|[.,]\d|[^\S\n]?[-–][^\S\n]?\d|\s*(?:million|billion|bn)\b)", re.IGNORECASE)
# A line that opens with a figure and gives its label after a column's padding: '  31.4%        Proven reoffending rate'.
# '(England and Wales 0.12)', '(England and' / 'Wales 151)': a comparator's name and figure in brackets.
BRACKETED_COMPARATOR_RE = re.compile(r"\((?P<name>[A-Za-z][A-Za-z \n]{2,60}?)\s++(?P<figure>\d[\d.,]*+%?)\)")
WRAPPED_UNIT_CELL = re.compile(r"(?P<figure>\d[\d.,]*)[^\S\n]+per")  # '168 per' over '100,000': the unit wrapped
# A table's cell that holds a dash for no figure, set off by a tab or wide padding on each side (or ending the row).
NO_FIGURE_CELL_RE = re.compile(r"(?:(?<=\t)|(?<=[^\S\n]{3}))[-–—](?=[^\S\n]*+$|\t|[^\S\n]{3})")
# One of the comparators a cell lists, up to a semicolon or a comma before a word ('North West 221; England 222'; a
# thousands' comma, '1,087', parts nothing).
COMPARATOR_PART_RE = re.compile(r"(?:[^;,]|[;,](?![^\S\n]*+[A-Za-z]))++")
CELL_GAP_RE = re.compile(r"[^\S\n]{2,}+|\t")  # the padding between a table's cells (two spaces in a narrow column)
FIGURE_THEN_LABEL = re.compile(r"[^\S\n]*(?P<figure>[\d.,]+(?:[^\S\n]?%|[^\S\n]per[^\S\n]cent)?)(?:[^\S\n]{3,}|\t+)(?P<label>\S.*)")
# A number that is a date, a page, an item or a quarter, never a key fact.
# A change ('fallen by 12%') is no figure of the measure either, nor the 100,000 of 'per 100,000'; a comparator's
# 'national figure 0.11' is a figure, 'Figure 3' is not.
NOT_A_FIGURE_BEFORE = re.compile(rf"(?:\b(?:page|p|para(?:graph)?|section|item|appendix|table|"
                                 rf"(?<!national\s)(?<!regional\s)(?<!wales\s)(?<!england\s)figure|chart|quarter|Q|"
                                 rf"action|minute|by|per|{MONTH_NAME})\.?|\bno\.|£|#)\s*$", re.IGNORECASE)
# A numbered paragraph's number at the head of its line ('4.2', '3.10'): no count of anything.
# (never '0.58   Custody rate per 1,000', a key fact's figure before its label: a paragraph's line runs on as a sentence)
PARAGRAPH_NUMBER_RE = re.compile(r"[1-9]\d?\.\d{1,2}")
PROSE_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would)\b", re.IGNORECASE)
# '(0.5 FTE)' just after a figure is a post's full-time equivalent, no first time entrants.
NOT_A_FIGURE_AFTER = re.compile(rf"^\s*(?:{MONTH_NAME}|(?:st|nd|rd|th)\b|FTEs?\b)", re.IGNORECASE)
LIST_MARKER = re.compile(r"[^\S\n]*\d{1,2}[.)]\s")  # matched at a line's start (a `^` would hold only at the text's)
# An inspection's case-assessment scores: '85% of cases', 'in 72% of the cases inspected', 'Does the assessment consider
# reoffending? | 85%', 'done well enough 73% of the time'.
CASE_SHARE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:cases|case\s+files|assessments|plans|time)\b", re.IGNORECASE)
# The base of a rate ('per 100,000'), and the bracket its words close when the unit wraps onto a line of its own.
RATE_BASES = frozenset({"1000", "10000", "100000"})
BRACKET_CLOSES_AFTER = re.compile(r"[^\S\n]+[^()\n]{0,40}\)")
# A theme's score before its judgement ('72%    MINIMUM improvement required'): a share of the work done well enough.
SCORE_JUDGEMENT_AFTER = re.compile(r"[^\S\n]*+(?:minimum|moderate|substantial|drastic)[^\S\n]+improvement[^\S\n]+required\b",
                                   re.IGNORECASE)
QUESTION = re.compile(r"\?")
AGE_RANGE = re.compile(r"\baged\s+\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b", re.IGNORECASE)
FIGURE_REACH = 200  # how far back a figure's line and sentence are read
LABEL_AFTER_REACH = 40  # how far after a figure another measure's label is looked for
CASES_COUNTED_RE = re.compile(r"[^\S\n]+cases\s+were\s+(?:examined|inspected)\b", re.IGNORECASE)
# Between the fact's figure and the comparator's in one bracket: '(41.2% against 37.9%)', '(31% compared with 34%)'.
AGAINST_IN_BRACKETS = re.compile(r"[^\S\n]*+(?:against|compared\s+(?:with|to)|versus|vs\.?)\s++", re.IGNORECASE)
BRACKET_CLOSE_RE = re.compile(r"[^\S\n]*+\)")
PROSE_LINE = 50  # characters: a line of prose wrapped by the margin, longer than a key fact's label
PAGE_NUMBER_INDENT = 30  # spaces before a number alone on its line: a page's number at the right margin
MONEY = re.compile(r"£|\b(?:budgets?|costs?|spend(?:ing)?|grants?|funding|allocations?)\b", re.IGNORECASE)
# The name of a comparator: 'the national average', 'England and Wales', 'the England and Wales rate', 'Average for
# England and Wales', 'family group', 'regionally'.
COMPARATOR_NAME = re.compile(rf"\b(?:(?:the\s+|a\s+|an\s+)?(?:{PLACE_COMPARATOR})(?:\s+(?:average|rate|figure|mean)"
                             rf"(?:\s+(?:for|in|across)\s+(?:{PLACE_COMPARATOR}))?)?\b|(?:the\s+)?"
                             rf"average(?:\s+(?:performance\s+)?(?:for|in|across)\s+(?:{PLACE_COMPARATOR}|its\s+family))?\b)",
                             re.IGNORECASE)
# What may stand between a comparator's name and its figure ('the national average of 37.7%', 'England and Wales:
# 32.1%', '(regional 35.4%)', 'the national average was 37.7%'), and between a figure and a name after it ('32.5% for
# England and Wales', '33.4% nationally').
NAME_THEN_FIGURE = re.compile(r"[\s:=(–—-]*(?:(?:of|was|is|were|at|stood\s+at|which\s+was|rate|figure|of\s+around|the|a)\b"
                              r"[\s:(]*)*", re.IGNORECASE)
# A name followed by a colon or a figure names the figure after it: '34.2% (national: 37.7%)'.
FIGURE_THEN_NAME = re.compile(rf"[^\S\n]*(?:\n[^\S\n]*)?[()]?[^\S\n]*(?:(?:average\s+)?(?:for|across|in)\s+)?(?:the\s+)?"
                              rf"(?P<name>{PLACE_COMPARATOR})\b"
                              r"(?![^\S\n]*(?:(?:average|rate|figure)[^\S\n]*)?(?::|\d)|\s*(?:and|&)\s*Wales)", re.IGNORECASE)
# A comparator named with no figure after a fact's: 'better than the London average', 'in line with the national figure'.
UNVALUED_COMPARATOR = re.compile(rf"\b(?:than|above|below|with|against)\s+(?P<name>{COMPARATOR_NAME.pattern})(?![^\S\n]*(?:of|at|:)?[^\S\n]*\d)",
                                 re.IGNORECASE)
# A next sentence that carries on the comparison: 'This was worse than the England and Wales average of 36.6%.'
COMPARISON_GOES_ON = re.compile(r"^\W*(?:this|it|that|which|by\s+comparison|in\s+comparison|nationally|regionally|"
                                r"the\s+(?:national|regional|England|Wales|family|average|comparator))\b", re.IGNORECASE)
# An earlier period's figure after a fact's ('(Q2: 7)', ', down from 231 a year earlier', 'against 388 in 2008/09'), or
# before it ('from 23 in 2020/21 to'), with nothing but words between (no other figure: `earlier_period` reads it)
EARLIER_PERIOD = (r"(?:Q[1-4](?:\s+(?:19|20)\d{2}/\d{2,4})?|(?:19|20)\d{2}/\d{2,4}(?:\s+full\s+year)?|"
                  r"(?:the\s+)?(?:previous|last|prior|preceding)\s+(?:year|quarter|period|cohort)|(?:a|one|the)\s+year\s+(?:earlier|before|ago)|"
                  r"the\s+same\s+period\s+last\s+year)")
# The words between a figure and its earlier period's bracket, a line's break among them ('29 in the first' / 'three
# quarters (2013/14 full year: 41)'), never a blank line.
WORDS_BEFORE_BRACKET = r"[^\S\n]*+(?:(?:[^\d\n()]|\n(?![^\S\n]*+\n)|Q\d){0,60}?\s)?"
EARLIER_AFTER = (
    re.compile(rf"{WORDS_BEFORE_BRACKET}\(\s*(?P<name>{EARLIER_PERIOD})\s*:\s*(?P<figure>\d[\d,.]*)\s*\)", re.IGNORECASE),
    re.compile(rf"(?:[^\d.;]|(?:19|20)\d\d|\d{{1,2}}\s+months){{0,80}}?\b(?:down|up|fallen|fell|risen|rose|reduced|increased)\s+from\s+(?P<figure>\d[\d,]*)\s+"
               rf"(?:in\s+)?(?P<name>{EARLIER_PERIOD})\b", re.IGNORECASE),
    re.compile(rf"\s+in\s+(?:19|20)\d{{2}}/\d{{2,4}}\s+against\s+(?P<figure>\d[\d,]*)\s+in\s+(?P<name>{EARLIER_PERIOD})\b",
               re.IGNORECASE),
    # '152 per 100,000 against 168 in the previous year', '19 in April-September 2016, against 27 in the same period
    # last year': the fact's unit or period between, the earlier figure after 'against'
    re.compile(rf"(?:[^\d.;]|(?:19|20)\d\d|1(?:00)?,000){{0,60}}?\bagainst\s+(?P<figure>\d[\d,]*)\s+in\s+"
               rf"(?P<name>{EARLIER_PERIOD})\b", re.IGNORECASE),
    # 'had risen to 97 in 2011/12 from 84 the year before'
    re.compile(rf"(?:\s+in\s+(?:19|20)\d{{2}}(?:/\d{{2,4}})?)?\s+from\s+(?P<figure>\d[\d,]*)\s+(?:in\s+)?(?P<name>{EARLIER_PERIOD})\b",
               re.IGNORECASE),
    # '9 in the quarter (11 in Q1 2018/19)': the earlier period's figure in brackets, its period after it
    re.compile(rf"{WORDS_BEFORE_BRACKET}\(\s*(?P<figure>\d[\d,.]*)\s+in\s+(?P<name>{EARLIER_PERIOD})\s*\)",
               re.IGNORECASE),
)
EARLIER_BEFORE = re.compile(rf"\bfrom\s+(?P<figure>\d[\d,]*)\s+in\s+(?P<name>{EARLIER_PERIOD})\s+to\s+\Z", re.IGNORECASE)
FROM_TO = re.compile(r"\s+(?:in\s+\d{4}(?:[/–-]\d{2,4})?\s+)?to\s+")  # 'from 1,412 per 100,000 in 2009/2010 to 1,087
# A figure, dot leaders, then what it measures, up to the next figure after wide padding or the line's end. A leader is
# crossed once (possessive), or, where nothing follows it, all but its last dot, which is then the label (as a leader
# given back a dot at a time found); a figure's dots run into the leader, so it ends only where at most four dots
# follow (more would be a leader as long, found already): each given back from each would be cubic in the leader.
# A figure is at most 21 characters: unbounded, a long run of '1.1.1.' was read to its end from each of its digits.
LEADER_PAIR_RE = re.compile(r"(?P<figure>\d[\d,.]{0,20}(?!\.{5})%?)[^\S\n]*"
                            r"(?:[.…]{3,}+[^\S\n]*|[.…]{3,}(?=[.…](?:[^\S\n]{3,}\d|[^\S\n]*+$)))"
                            r"(?P<label>\S[^\n]{0,120}?)(?=[^\S\n]{3,}\d|[^\S\n]*+$)")
# 'There are 23,400 children aged 10 to 17', '23,400 children aged 10-17 live in Westmere'
RESIDENTS_AFTER = re.compile(r"\s+(?:live|living|resid\w*)\b", re.IGNORECASE)
RESIDENTS_BEFORE = re.compile(r"\b(?:there\s+(?:are|were)|is\s+home\s+to|population\s+of)\s+(?:around\s+|approximately\s+|"
                              r"about\s+|some\s+|over\s+|nearly\s+)?$", re.IGNORECASE)
# What may stand between a label and its bare count ('Caseload: 112', 'the caseload stood at 87') ...
COUNT_LINK = re.compile(r"[^\S\n]*[:=(–—-]?[^\S\n]*(?:(?:was|is|were|are|stood|stands?|at|of|around|about|approximately|some|has|"
                        r"have|had|fallen|fell|risen|rose|increased|decreased|dropped|reduced|to|now|totalled|total)\b"
                        r"[^\S\n]*)*[:=(]?[^\S\n]*", re.IGNORECASE)
# ... or the place it is of before the verb: 'The 10-17 population of Westmere is 53,100', 'The youth population across
# the two areas is 78,900'.
PLACE_LINK = re.compile(r"\s+(?:of|in|for|across)\s+[^.;:\d%]{1,40}?\s+(?:is|was|stands\s+at|stood\s+at)\s+"
                        r"(?:about\s+|around\s+|some\s+|approximately\s+)?", re.IGNORECASE)
# ... or a label that ends in a colon: 'Children aged 10 to 17 in the borough: 23,400', 'First-time
# entrants (1 April 2023 – 31 March 2024): 171'
LABEL_COLON = re.compile(r"[^\n:]{0,60}:[^\S\n]*")
PERIOD = re.compile(rf"\b(?:{MONTH_NAME}\s+\d{{4}}\s*(?:-|–|to)\s*{MONTH_NAME}\s+\d{{4}}(?:\s+cohort)?|"
                    rf"(?:year|12\s+months)\s+(?:ending|to)\s+{MONTH_NAME}\s+\d{{4}}|(?:quarter|Q)\s*[1-4](?:\s+(?:of\s+)?"
                    rf"\d{{4}}(?:/\d{{2,4}})?)?|(?:19|20)\d{{2}}\s*(?:/|-|–|to)\s*(?:19|20)?\d{{2}}\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    value: str
    unit: str  # '%', 'per 100,000' (or per 1,000, per 10,000) or 'count'
    start: int
    end: int


@dataclass
class KeyFact:
    """A measure's figure, where its label is, and every comparator stated with it (name and figure)."""

    measure: Measure
    figure: Figure
    label: Span
    comparators: list[tuple[str, Figure]] = field(default_factory=list)
    reach: int = 0  # the end of a comparator's name written after its figure ('32.5% for England and Wales')
    unvalued: list[str] = field(default_factory=list)  # comparators named with no figure ('above the national average')

    @property
    def end(self) -> int:
        return max([self.figure.end, self.label.end, self.reach] + [figure.end for _, figure in self.comparators])


SHORT_THOUSANDS = {"100k": "100,000", "10k": "10,000", "1k": "1,000"}


def unit_of(written: str | None, context: str = "") -> str:
    """A figure's unit as written, else the one its label or column head states ('First-time entrants per 100,000')."""
    text = (written or "").strip() or context
    per = re.search(r"per\s+(100,000|100 000|10,000|1,000|100k|10k|1k)\b", text, re.IGNORECASE)
    if per:  # 'per 100k' in a table's label is per 100,000
        return "per " + SHORT_THOUSANDS.get(per.group(1).lower(), per.group(1).replace(" ", ","))
    if re.search(r"%|per\s*cent", text, re.IGNORECASE):
        return "%"
    return "count"


def compatible(unit: str, comparator_unit: str) -> bool:
    """A comparator is in the figure's unit; a rate per N may drop its unit ('164 per 100,000 (England: 167)')."""
    return comparator_unit == unit or comparator_unit == "count" and unit.startswith("per ")


# A running footer or header: the same words on several pages, then the page's number after wide padding ('Westmere YJ
# Plan 2024-25   7').
RUNNING_LINE_RE = re.compile(r"[^\S\n]*+(?P<words>\S(?:[^\n]*\S)?)[^\S\n]{2,}\d{1,3}[^\S\n]*+")


def running_footers(text: str) -> list[tuple[int, int]]:
    """The lines of a footer or header that runs over the pages: its number is the page's, no figure."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for line in lines(text):
        match = RUNNING_LINE_RE.fullmatch(line.text)
        if match and re.search(r"[A-Za-z]", match.group("words")):
            found[" ".join(match.group("words").split())].append((line.start, line.end))
    return [bounds for spans in found.values() if len(spans) >= 2 for bounds in spans]


def bracket_wrapped_labels(text: str) -> list[tuple[int, int]]:
    """A row's label whose unit's bracket the column's width wrapped ('First-time entrants (per' / '100,000 10-17 year
    olds)'): the words up to the bracket's close on the line below are the label's, not figures."""
    found = []
    previous = ""
    for line in lines(text):
        close = line.text.find(")")
        opened = previous.rfind("(")
        # the unit's bracket ('(per'), not a comparator's ('(England and' / 'Wales 151)')
        if opened >= 0 and ")" not in previous[opened:] and re.match(r"\(\s*per\b", previous[opened:], re.IGNORECASE) \
                and close >= 0 and "(" not in line.text[:close]:
            found.append((line.start, line.start + close))
        previous = line.text
    return found



class KeyFactReader:
    """Finds the key facts of one document, whatever the layout: a table's row per measure or column per measure,
    a table flattened to one cell a line, blocks of figure lines, sentences. Each figure is read once: the readers run
    in that order and a figure one has read (as a fact's or a comparator's) is not read again."""

    def __init__(self, text: str) -> None:
        self.written = text
        self.text = HEADING_MARK.sub(lambda mark: " " * len(mark.group()), text)  # 'Reoffending rate²' over its table
        self.text = page_breaks_closed(self.text)  # '... worse than' / '- 4 -' / '____' / 'the London average of 36.8%'
        # (not a run of a table's figures: '1,087         1,011' is no phone number)
        self.phones = [(m.start(), m.end()) for m in PHONE_RE.finditer(text) if not re.search(r"[\d,.]$", text[:m.start()])]
        self.ages = [(m.start(), m.end()) for m in AGE_RANGE.finditer(text)]  # 'aged 10 to 17': no figures
        self.furniture = running_footers(self.text) + bracket_wrapped_labels(self.text)
        self.used: set[int] = set()  # figures already read as a key fact's or a comparator's
        self.read: dict[int, set[str | None]] = defaultdict(set)  # a label's start -> the kinds of figure read for it

    # --- figures and labels ---
    def is_figure(self, match: re.Match[str]) -> bool:
        """Whether a number can be a key fact's figure: not a date, a page, a list number, a phone, money."""
        start, end = match.start(), match.end()
        if NOT_A_FIGURE_BEFORE.search(self.text, max(0, start - 14), start) or NOT_A_FIGURE_AFTER.match(self.text[end:end + 12]):
            return False
        if not match.group("unit") and re.fullmatch(r"(?:19[89]|20[0-4])\d", match.group("value")):
            return False  # a year
        # looked for within a bounded reach, so a document that is one long line stays linear
        reach = max(0, start - FIGURE_REACH)
        line_start = start_of_line(self.text, start, FIGURE_REACH)
        if LIST_MARKER.match(self.text, line_start) and not self.text[line_start:start].strip():
            return False  # '3. The reoffending rate ...'
        line_end = self.text.find("\n", end, end + FIGURE_REACH)
        if PAGE_MARK.fullmatch(self.text, line_start, line_end if line_end >= 0 else min(len(self.text), end + FIGURE_REACH)):
            return False  # '-- 4 --', 'Page 3 of 9': a page's number, on its own line
        if not match.group("unit") and start - line_start >= PAGE_NUMBER_INDENT and not self.text[line_start:start].strip() \
                and re.match(r"[^\S\n]*(?:\n|$)", self.text[end:end + FIGURE_REACH]):
            return False  # a page's number, alone at the right of its line
        if CASE_SHARE.match(self.text, end) or QUESTION.search(self.text, line_start, start) \
                or SCORE_JUDGEMENT_AFTER.match(self.text, end):
            return False  # a share of the cases inspected, the answer to a case-assessment question, a theme's score
        if match.group("value").replace(",", "") in RATE_BASES and "(" not in self.text[line_start:start] \
                and BRACKET_CLOSES_AFTER.match(self.text, end):
            return False  # a rate's base wrapped onto the next line: '(rate per' / '100,000 10-17 population)'
        if MONEY.search(self.text, sentence_start(self.text, start, reach), start):
            return False  # a budget line: 'Cost of custodial sentences: 250,000'
        return not any(a <= start < b for a, b in [*self.phones, *self.ages, *self.furniture])

    def figures(self, start: int, end: int) -> list[Figure]:
        return [Figure(m.group("value").replace(",", ""), unit_of(m.group("unit")), m.start(), m.end())
                for m in FIGURE.finditer(self.text, start, end) if self.is_figure(m)]

    def labels(self, start: int, end: int) -> list[tuple[Measure, Span]]:
        """The measures named in text[start:end], each once where labels overlap (the first measure wins)."""
        found: list[tuple[Measure, Span]] = []
        taken: list[tuple[int, int]] = []  # the labels' bounds, in order: they never overlap, so neither do their ends
        for measure in MEASURES:
            for match in measure.label.finditer(self.text, start, end):
                if NOT_A_MEASURE.search(self.text, max(0, match.start() - 30), match.start()):
                    continue
                before = bisect_left(taken, (match.end(),))  # the labels that start before this one ends
                if before and taken[before - 1][1] > match.start():
                    continue  # (the last of them ends furthest on)
                insort(taken, (match.start(), match.end()))
                found.append((measure, span(self.text, match.start(), match.end())))
        return sorted(found, key=lambda pair: pair[1].start)

    def named_before(self, start: int, figure: Figure) -> str | None:
        """The comparator named just before a figure ('the national average of', 'England and Wales:')."""
        names = list(COMPARATOR_NAME.finditer(self.text, start, figure.start))
        if not names:
            return None
        # the measure may be named again between: 'the national reoffending rate of 37.7%'
        between = self.text[names[-1].end():figure.start]
        for measure in MEASURES:
            between = measure.label.sub(" ", between)
        return comparator_text(names[-1].group(0)) if NAME_THEN_FIGURE.fullmatch(between) else None

    def named_after(self, figure: Figure, end: int) -> re.Match[str] | None:
        """The comparator named just after a figure ('32.5% for England and Wales', '33.4% nationally')."""
        return FIGURE_THEN_NAME.match(self.text, figure.end, end)

    # --- comparators ---
    def comparators(self, fact: KeyFact, start: int, end: int) -> None:
        """Every comparator figure in text[start:end] with its name, up to another measure's label (its own may be
        named again: 'lower than the national reoffending rate of 37.7%')."""
        anchor = start
        stop = next((s.start for measure, s in self.labels(start, end) if measure != fact.measure), end)
        for figure in self.figures(start, stop):
            if figure.start not in self.used and self.another_kind(fact, figure) and not self.named_before(anchor, figure):
                break  # '2 sentenced to custody, a rate of 0.19 per 1,000 against 0.38 for Wales': the rate's, not the count's
            if figure.start in self.used or not compatible(fact.figure.unit, figure.unit):
                continue
            after = None if (name := self.named_before(anchor, figure)) else self.named_after(figure, stop)
            if after:
                name, fact.reach = comparator_text(after.group("name")), after.end()
            if name:
                fact.comparators.append((name, figure))
                self.used.add(figure.start)
                anchor = max(figure.end, fact.reach)

    @staticmethod
    def another_kind(fact: KeyFact, figure: Figure) -> bool:
        """Whether a figure is the fact's measure in another kind (a rate after a count), not a comparator's."""
        kind = fact.measure.name(figure.unit)
        return kind is not None and kind != fact.measure.name(fact.figure.unit) and not compatible(fact.figure.unit, figure.unit)

    def figure_of_another_kind(self, measure: Measure, first: Figure, end: int) -> Figure | None:
        """The measure's figure of another kind straight after its first, in the same sentence: '2 young people sentenced
        to custody in 2015/16, a rate of 0.19 per 1,000', '96 in the twelve months to December, a rate of 652 per
        100,000'."""
        following = self.figures(first.end, end)
        figure = following[0] if following else None
        if figure is None or figure.start in self.used or not self.another_kind(KeyFact(measure, first, Span(0, 0, "")), figure):
            return None
        between = self.text[first.end:figure.start]
        if COMPARATOR_NAME.search(between) or re.search(r"\b(?:against|compared|than|versus|vs|target)\b", between, re.IGNORECASE) \
                or self.labels(first.end, figure.start):
            return None
        return figure

    # --- prose ---
    def prose(self) -> Iterator[KeyFact]:
        """A label and its figure in one sentence, the figure after the label ('reoffending ... stood at 38.2%',
        'has fallen from 41.0% to 38.2%') or before it ('36% of young people reoffend'), and the comparators that
        follow in the sentence or in the next one when it carries on the comparison."""
        for measure, label in self.labels(0, len(self.text)):
            end = sentence_end(self.text, label.end, min(len(self.text), label.end + 240))
            # one figure of each kind: '41 first-time entrants, a rate of 171 per 100,000'; a label a layout gave its
            # figure has it ('55   Cases examined (34 court disposals, 21 out-of-court)': the 34 is a part)
            names = set(self.read[label.start])
            first = self.figure_after(measure, label, end)
            for figure in (first, self.figure_before(measure, label), first and self.figure_of_another_kind(measure, first, end)):
                if figure is None or measure.name(figure.unit) in names or figure.start in self.used:
                    continue
                names.add(measure.name(figure.unit))
                self.used.add(figure.start)
                fact = KeyFact(measure, figure, label)
                self.comparators(fact, max(figure.end, label.end), self.comparison_end(end))
                if not fact.comparators and (pair := self.compared_in_brackets(label.end, figure)) \
                        and pair[1].start not in self.used and compatible(figure.unit, pair[1].unit):
                    fact.comparators.append(pair)
                    self.used.add(pair[1].start)
                self.named_without_figure(fact, end)
                yield fact

    def named_without_figure(self, fact: KeyFact, end: int) -> None:
        """A comparator the sentence names with no figure of its own, where it gave none with one: 'a reoffending rate
        of 34.4%, better than the national average', 'was 0.11 per 1,000 children, in line with the national figure'."""
        if fact.comparators:
            return
        start = max(fact.figure.end, fact.label.end)
        following = self.figures(start, end)
        stop = min([end, *(f.start for f in following), *(s.start for _, s in self.labels(start, end))])
        for found in UNVALUED_COMPARATOR.finditer(self.text, start, stop):
            fact.unvalued.append(comparator_text(found.group("name")))

    def figure_after(self, measure: Measure, label: Span, end: int) -> Figure | None:
        following = [f for f in self.figures(label.end, end) if measure.name(f.unit)]
        if not following or following[0].start in self.used:
            return None
        figure = following[0]
        between = self.text[label.end:figure.start]
        compared = self.compared_in_brackets(label.end, figure) is not None  # '... than the Wales average (41.2% against'
        if any(s.start < figure.start for _, s in self.labels(label.end, figure.start)) or not compared and (
                re.search(r"\b(?:against|compared|than|versus|vs)\b", between, re.IGNORECASE) or
                self.named_before(label.end, figure) or self.named_after(figure, end)):
            return None  # another measure's figure, or a comparator's (a label line above 'England and Wales: 32.1%')
        if self.labelled_after(measure, figure):
            return None  # 'Caseload at the time of fieldwork: 26 cases were inspected': the figure's own words say
        if BOUND_BEFORE.search(between):
            return None  # 'Keep the use of custody below 4%': a bound the plan aims for, not a figure
        if re.fullmatch(r"\s*\(\s*", between) and BREAKDOWN_AFTER.match(self.text, figure.end):
            return None  # '38 cases examined (26 first tier / community, 9 custody, 3 licence)': the bracket's parts
        later = following[1] if len(following) > 1 else None
        link_end = figure.start  # (a count's link to its label: 'fell' before 'from 23 in 2022/23 to 18')
        came_from = re.search(r"\s*\bfrom\s*$", between)
        if later and later.unit == figure.unit and FROM_TO.fullmatch(self.text, figure.end, later.start):
            self.used.add(figure.start)
            figure = later  # 'from 41.0% to 38.2%': the figure now
            link_end = label.end + came_from.start() if came_from else figure.start
        elif came_from:
            return None  # 'has fallen from 212 per 100,000 at the time of the inspection': an earlier figure, not now
        stated = unit_of(None, self.text[label.start:figure.start]) if figure.unit == "count" else figure.unit
        if stated != "count" and measure.name(stated):  # 'First-time entrants (rate per 100,000): 171'
            return Figure(figure.value, stated, figure.start, figure.end)
        # a bare count is the label's only when nothing but linking words stand between ('Caseload: 112'), not in
        # '28 cases inspected, 9 out-of-court disposals'
        linked = COUNT_LINK.fullmatch(self.text, label.end, link_end) or LABEL_COLON.fullmatch(
            self.text, label.end, link_end) or PLACE_LINK.fullmatch(self.text, label.end, link_end)
        return figure if linked else None

    def compared_in_brackets(self, start: int, figure: Figure) -> tuple[str, Figure] | None:
        """A bracket that opens with the fact's figure and closes with a comparator's, the comparator named before it:
        'higher than the Wales average (41.2% against 37.9%)': the comparator's name and figure."""
        opening = self.text.rfind("(", start, figure.start)
        link = AGAINST_IN_BRACKETS.match(self.text, figure.end)
        if opening < 0 or self.text[opening + 1:figure.start].strip() or link is None:
            return None
        names = list(COMPARATOR_NAME.finditer(self.text, start, opening))
        other = self.figures(link.end(), min(len(self.text), link.end() + LABEL_AFTER_REACH))
        if not names or not other or other[0].start != link.end() or not BRACKET_CLOSE_RE.match(self.text, other[0].end):
            return None
        return comparator_text(names[-1].group(0)), other[0]

    def earlier_period(self, fact: KeyFact) -> None:
        """The fact's own figure for an earlier period, as a comparator named by the period (beside any other): '312 in 2023/24 against 388
        in 2022/23', '168 ..., down from 231 a year earlier', '5 children in Q3 (Q2: 7)', '143 (2022/23: 176)', 'fell
        from 23 in 2022/23 to 18'."""
        end = sentence_end(self.text, fact.figure.end, min(len(self.text), fact.figure.end + 160))
        found = next((match for pattern in EARLIER_AFTER if (match := pattern.match(self.text, fact.figure.end, end))),
                     None) or EARLIER_BEFORE.search(self.text, max(0, fact.figure.start - 60), fact.figure.start)
        if found is None:
            return
        figures = self.figures(found.start("figure"), found.end("figure"))
        # (the figure before, 'from 23 in 2022/23 to 18', was read as the earlier one already)
        if len(figures) == 1 and (figures[0].start not in self.used or found.start() < fact.figure.start) \
                and compatible(fact.figure.unit, figures[0].unit):
            fact.comparators.append((" ".join(found.group("name").split()), figures[0]))
            self.used.add(figures[0].start)

    def labelled_after(self, measure: Measure, figure: Figure) -> bool:
        """Another measure's label straight after the figure, on its line ('26 cases inspected', '26 cases were
        inspected'), is what the figure counts."""
        if measure.names.get("count") != "cases_examined" and CASES_COUNTED_RE.match(self.text, figure.end):
            return True
        return any(other != measure and re.fullmatch(r"[^\S\n]*", self.text[figure.end:span_.start])
                   for other, span_ in self.labels(figure.end, min(len(self.text), figure.end + LABEL_AFTER_REACH)))

    def figure_before(self, measure: Measure, label: Span) -> Figure | None:
        """The figure just before its label: '41 first-time entrants', '34.2% reoffending rate' at the head of a line,
        '36% of young people reoffend', 'Only 36 per cent of children went on to reoffend', 'At 31.0%, reoffending
        is below ...'."""
        start = wrapped_sentence_start(self.text, label.start, max(0, label.start - FIGURE_REACH))
        before = [f for f in self.figures(start, label.start) if measure.name(f.unit)]
        if not before or before[-1].start in self.used:
            return None
        figure, between = before[-1], self.text[before[-1].end:label.start]
        line_head = not self.text[self.text.rfind("\n", 0, figure.start) + 1:figure.start].strip(EDGE_CHARS)
        line_end = self.text.find("\n", label.end, label.end + FIGURE_REACH)
        if line_head and figure.unit == "count" and PARAGRAPH_NUMBER_RE.fullmatch(self.text, figure.start, figure.end) \
                and (PROSE_VERB.search(self.text, label.end, line_end if line_end >= 0 else label.end + FIGURE_REACH)
                     or between == " " and label.text[:1].isupper()):
            return None  # '4.2  First time entrants have fallen ...', '3.3 Custody (rate per 1,000)': a paragraph's number
        # 'N children aged 10-17' is more often a caseload than the population, unless they live there
        residents = not re.match(r"children|young", label.text, re.IGNORECASE) or bool(
            RESIDENTS_AFTER.match(self.text, label.end) or RESIDENTS_BEFORE.search(self.text, start, figure.start))
        beside = re.fullmatch(r"[^\S\n]*" if figure.unit == "count" else r"[^\S\n]*[:–—-]?[^\S\n]*", between) and (
            figure.unit != "count" and line_head or figure.unit == "count" and residents)
        of_children = figure.unit == "%" and re.fullmatch(
            r"\s+of\s+(?:the\s+)?(?:children|young\s+people|young\s+offenders|offenders)\b[^.%\d]{0,80}", between,
            re.IGNORECASE)
        at_figure = re.fullmatch(r"\W*at\s+", self.text[start:figure.start], re.IGNORECASE) and \
            re.fullmatch(r",\s*", between)  # 'At 31.0%, reoffending is below ...'
        # '128 children per 100,000 aged 10 to 17 became first-time entrants'
        became = figure.unit.startswith("per ") and re.fullmatch(
            r"(?:\s+aged\s+10\s*(?:-|–|to)\s*17)?\s+(?:became|were|entered\s+the\s+system\s+as)\s+", between, re.IGNORECASE)
        return figure if beside or of_children or at_figure or became else None

    def comparison_end(self, end: int) -> int:
        """The end of the sentence, or of the next one when it carries on the comparison ('This was worse than ...')."""
        following = self.text[end + 1:end + 240]
        if self.text[end:end + 1] != "." or not COMPARISON_GOES_ON.match(following):
            return end
        return sentence_end(self.text, end + 1, min(len(self.text), end + 240))

    # --- dot leaders ---
    def leader_rows(self) -> Iterator[KeyFact]:
        """A line of figures each joined by dot leaders to what it measures ('248 ..... First-time entrants per
        100,000 (Westmere)     221 ..... Wales average'): the first a measure's, those after it its comparators."""
        for line in lines(self.text):
            pairs = list(LEADER_PAIR_RE.finditer(line.text))
            named = self.labels(line.start + pairs[0].start("label"), line.start + pairs[0].end("label")) if pairs else []
            figures = self.figures(line.start + pairs[0].start("figure"), line.start + pairs[0].end("figure")) \
                if named else []
            if not figures or figures[0].start in self.used:
                continue
            measure, label = named[0]
            figure = figures[0]
            unit = figure.unit if figure.unit != "count" else unit_of(None, label.text + self.text[label.end:line.end])
            fact = KeyFact(measure, Figure(figure.value, unit, figure.start, figure.end), label)
            for pair in pairs[1:]:
                name = COMPARATOR_NAME.search(pair.group("label"))
                other = self.figures(line.start + pair.start("figure"), line.start + pair.end("figure"))
                if name and other and compatible(unit, other[0].unit):
                    fact.comparators.append((comparator_text(pair.group("label").strip()), other[0]))
                    fact.reach = line.start + pair.end("label")
            self.used.update([figure.start, *(other.start for _, other in fact.comparators)])
            yield fact

    # --- tables ---
    def table_rows(self) -> Iterator[KeyFact]:
        """A row whose first cell names a measure and whose other cells hold figures ('Reoffending rate | 34.2% |
        36.0% | 32.1%'): the figure under a head that is no comparator is the area's (the latest year's when the
        heads are years), the others are compared under their heads ('Measure | Westmere | Wales | Family group |
        England and Wales'), and so are the rows under it that a comparator heads ('National average | 32.1%')."""
        all_lines = lines(self.text)
        for index, line in enumerate(all_lines):
            row = self.row_cells(line)
            last = index  # the row's last line, its figures'
            if self.label_wraps(all_lines, index):  # 'First-time entrants (per 100,000' / '  children aged 10–17)  142'
                below = cells(self.text, all_lines[index + 1])
                row = [span(self.text, row[0].start, below[0].end), *below[1:]]
                last = index + 1
            row = self.figure_split_off(row)
            named = self.labels(row[0].start, row[0].end) if len(row) >= 2 else []
            if not named:
                continue
            # the unit in a cell of its own after the figures ('Use of custody   0.09   0.12   per 1,000 10-17 population')
            unit_cell = row[-1].text if len(row) > 2 and UNIT_CELL.match(row[-1].text) else ""
            unit_start = row[-1].start
            row = [row[0], *(part for cell in row[1:] for part in self.cell_parts(cell))]
            heads = self.column_heads(all_lines, index, len(row))
            if unit_cell and len(heads) > 1 and not heads[0]:
                heads = [*heads[1:], ""]  # the heads above leave the unit's column unheaded, not the labels'
            measure, label = named[0]
            # the label's rest on the line below its figures' (last) line gives its unit ('First-time entrants   172   148'
            # / '  (rate per 100,000 aged 10-17)')
            tail = self.label_tail(all_lines, last)
            label_text = f"{row[0].text} {tail.text}" if tail else row[0].text
            below = cells(self.text, all_lines[last + 1]) if last + 1 < len(all_lines) else []
            columns: list[tuple[int, Figure, str]] = []  # column, figure in the unit its label or head states, head
            named_before = ""  # a comparator's name in the cell before its figure ('England and Wales   32.2%')
            for column, cell in enumerate(row[1:], 1):
                figure, head = self.cell_figure(cell) or self.unit_wrapped(cell, below), heads[column] if column < len(heads) else ""
                if figure is None:  # 'England 876': the comparator's name and figure in one cell
                    figure, head = self.named_cell(cell)
                    named_before = "" if figure else " ".join(cell.text.split()) if COMPARATOR_NAME.fullmatch(
                        " ".join(cell.text.split())) else ""
                elif named_before:
                    head, named_before = named_before, ""
                if figure is not None and unit_cell and figure.start >= unit_start:
                    continue  # the unit cell's own number ('per 1,000') is no figure
                if figure is not None and figure.start not in self.used:
                    unit = figure.unit if figure.unit != "count" else unit_of(None, f"{label_text} {head} {unit_cell}")
                    columns.append((column, Figure(figure.value, unit, figure.start, figure.end), head))
            local = [entry for entry in columns if not COMPARATOR_NAME.search(entry[2]) and measure.name(entry[1].unit)]
            if not local:
                continue
            column, figure, _ = max(local, key=lambda entry: (latest_year(entry[2]), -entry[0]))
            fact = KeyFact(measure, figure, label)
            fact.comparators += [(" ".join(head.split()), other) for _, other, head in columns
                                 if COMPARATOR_NAME.search(head) and compatible(figure.unit, other.unit)]
            fact.comparators += self.comparator_rows(all_lines[index + 1:index + 5], column, figure.unit)
            self.used.update(entry[1].start for entry in columns)
            self.used.update(other.start for _, other in fact.comparators)
            yield fact

    def row_cells(self, line: Line) -> list[Span]:
        """A table row's cells, a dash standing for no figure among them ('First-time entrants<TAB>241<TAB>214<TAB>-'),
        so that each figure stays under its head."""
        row = cells(self.text, line)
        dashes = [span(self.text, line.start + dash.start(), line.start + dash.end())
                  for dash in NO_FIGURE_CELL_RE.finditer(line.text)] if len(row) >= 2 else []
        return sorted([*row, *dashes], key=lambda cell: cell.start) if dashes else row

    def figure_split_off(self, row: list[Span]) -> list[Span]:
        """A row whose label the column's padding left two spaces from its first figure ('First-time entrants (per
        100,000)  1,087    1,011'): the figure is a cell of its own, so each figure stays under its head."""
        joined = re.search(r"\S(?P<gap>[^\S\n]{2})(?P<figure>[\d.,]+%?)$", row[0].text) if len(row) >= 2 else None
        if joined is None or self.cell_figure(cell := span(self.text, row[0].start + joined.start("figure"), row[0].end)) is None:
            return row
        return [Span(row[0].start, row[0].start + joined.start("gap"), row[0].text[:joined.start("gap")]),
                cell, *row[1:]]

    def comparator_rows(self, below: list[Line], column: int, unit: str) -> list[tuple[str, Figure]]:
        """The rows under a measure's row that a comparator heads, each with its figure in the same column."""
        found = []
        for line in below:
            row = cells(self.text, line)
            name = COMPARATOR_NAME.match(row[0].text) if len(row) > column else None
            figure = self.cell_figure(row[column]) if name and not self.labels(row[0].start, row[0].end) else None
            if figure is None or figure.start in self.used or not compatible(unit, figure.unit):
                break
            found.append((" ".join(row[0].text.split()), figure))
        return found

    def column_tables(self) -> Iterator[KeyFact]:
        """A table whose heads name the measures and whose rows are the area and its comparators ('Area |
        Reoffending rate | First-time entrants per 100,000' / 'Harrowmere | 34.2% | 171' / 'England and Wales |
        32.1% | 165'): the first row that names no comparator is the area's."""
        all_lines = lines(self.text)
        for index, line in enumerate(all_lines):
            heads = cells(self.text, line)
            measures = {column: found[0] for column, cell in enumerate(heads)
                        if column and (found := self.labels(cell.start, cell.end))}
            if not measures or any(self.cell_figure(cell) for cell in heads):
                continue
            rows = []
            for below in all_lines[index + 1:index + 12]:
                row = cells(self.text, below)
                if len(row) != len(heads):
                    if not row and is_blank(below):
                        continue  # a markdown table's rule, or a blank line inside the table
                    break
                rows.append(row)
            # (a row whose first cell is a figure names no area: figures over a line of labels, '171   167')
            area = next((row for row in rows if not COMPARATOR_NAME.search(row[0].text)), None)
            if area is None or self.cell_figure(area[0]):
                continue
            for column, (measure, label) in measures.items():
                fact = self.column_fact(measure, label, heads[column], area[column])
                if fact is None:
                    continue
                for row in rows:
                    compared = self.cell_figure(row[column]) if COMPARATOR_NAME.search(row[0].text) else None
                    if compared and compatible(fact.figure.unit, compared.unit) and compared.start not in self.used:
                        fact.comparators.append((" ".join(row[0].text.split()), compared))
                        self.used.add(compared.start)
                yield fact

    def column_fact(self, measure: Measure, label: Span, head: Span, cell: Span) -> KeyFact | None:
        figure = self.cell_figure(cell)
        if figure is None or figure.start in self.used:
            return None
        unit = figure.unit if figure.unit != "count" else unit_of(None, head.text)
        if not measure.name(unit):
            return None
        self.used.add(figure.start)
        return KeyFact(measure, Figure(figure.value, unit, figure.start, figure.end), label)

    def cell_figure(self, cell: Span) -> Figure | None:
        found = self.figures(cell.start, cell.end)
        return found[0] if len(found) == 1 and not self.text[cell.start:found[0].start].strip() \
            and not self.text[found[0].end:cell.end].strip() else None

    def cell_parts(self, cell: Span) -> list[Span]:
        """A cell's figures, or its comparators each named before its figure, one cell each ('276 per 100k  222 per
        100k', '(North West 221; England 222)'), so each figure stays under its head or keeps its name."""
        return self.figures_apart(cell) or self.comparators_apart(cell) or [cell]

    def figures_apart(self, cell: Span) -> list[Span]:
        """A cell that holds two figures the column's padding left two spaces apart, else none."""
        parts = [trim(self.text, cell.start + a.start(), cell.start + a.end()) for a in re.finditer(r"\S+(?:[^\S\n]\S+)*", cell.text)]
        return parts if len(parts) > 1 and all(self.cell_figure(part) for part in parts) else []

    def comparators_apart(self, cell: Span) -> list[Span]:
        """A cell that lists comparators parted by semicolons or commas ('North West 221; England 222', 'Wales 35.1%,
        England 37.4%'), each named before its figure, else none."""
        parts = [trim(self.text, cell.start + a.start(), cell.start + a.end()) for a in COMPARATOR_PART_RE.finditer(cell.text)]
        return parts if len(parts) > 1 and all(self.named_cell(part)[0] for part in parts) else []

    def named_cell(self, cell: Span) -> tuple[Figure | None, str]:
        """A comparator's name and its figure in one cell ('England 876', 'North West 1.09')."""
        found = re.fullmatch(r"(?P<name>\S.*?)[^\S\n]+(?P<figure>\S+)", cell.text)
        name = " ".join(found.group("name").split()) if found else ""
        if not found or not COMPARATOR_NAME.fullmatch(name):
            return None, ""
        figure = self.cell_figure(span(self.text, cell.start + found.start("figure"), cell.end))
        return (figure, name) if figure else (None, "")

    def unit_wrapped(self, cell: Span, below: list[Span]) -> Figure | None:
        """A figure whose unit the cell's width wrapped: '168 per' over '100,000' in the same column."""
        found = WRAPPED_UNIT_CELL.fullmatch(cell.text)
        if not found:
            return None
        at = _column(self.text, cell.start)
        unit = next((under.text for under in below if abs(_column(self.text, under.start) - at) <= 2
                     and re.fullmatch(r"(?:100|10|1),000|100k|10k|1k", under.text)), None)
        # (read as the cell's figure, not by the text before it: the cell to its left ends in 'per' too)
        value = found.group("figure")
        return Figure(value.replace(",", ""), unit_of(f"per {unit}"), cell.start, cell.start + found.end("figure")) \
            if unit and re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?", value) else None

    def label_tail(self, all_lines: list[Line], index: int) -> Line | None:
        """The rest of a row's label, wrapped onto the line below its figures ('First-time entrants   172   148' /
        '  (rate per 100,000 aged 10-17)', 'Reoffending (binary,   36.1%   31.2%' / 'Jan-Dec 2022 cohort)'): a line
        of one cell that opens a bracket or closes one the line above left open."""
        if index + 1 >= len(all_lines) or len(cells(self.text, all_lines[index])) < 2:
            return None
        below = all_lines[index + 1]
        text = below.text.strip()
        if len(cells(self.text, below)) != 1 or not (text.startswith("(") or text.count(")") > text.count("(")):
            return None
        return below

    def label_wraps(self, all_lines: list[Line], index: int) -> bool:
        """A row whose label the column's width broke: a line of one cell, then a line, indented or opening a bracket
        ('First-time entrants' / '(rate per 100,000, 2021)   198   176'), whose cells after the label's rest hold
        figures."""
        if index + 1 >= len(all_lines) or len(cells(self.text, all_lines[index])) != 1 \
                or index and self.label_tail(all_lines, index - 1) == all_lines[index]:  # the row above's label's rest
            return False
        below = all_lines[index + 1]
        rest = cells(self.text, below)
        return (below.text[:1] in " \t(") and len(rest) >= 2 and all(self.cell_figure(cell) for cell in rest[1:])

    def column_heads(self, all_lines: list[Line], index: int, width: int) -> list[str]:
        """The head of each column of a row, from the nearest row above of (nearly) as many cells with no figure,
        aligned on the right when the head row leaves the first column blank."""
        for at in range(index - 1, max(0, index - 8) - 1, -1):
            above = all_lines[at]
            heads = cells(self.text, above)
            if len(heads) < 2:
                if is_blank(above) or self.label_wraps(all_lines, at) or self.label_tail(all_lines, at - 1) == above:
                    continue
                return []
            if any(self.cell_figure(cell) or WRAPPED_UNIT_CELL.fullmatch(cell.text) for cell in heads[1:]):
                continue  # another row of figures
            upper = cells(self.text, all_lines[at - 1]) if at and len(heads) < width else []
            if len(upper) == width and not any(self.figures(cell.start, cell.end) for cell in upper):
                return self.wrapped_heads(upper, heads)
            texts = [cell.text for cell in heads]
            if len(texts) > width and not latest_year(texts[0]) and not COMPARATOR_NAME.search(texts[0]):
                return texts[:width]  # the labels' head over the first column ('Indicator'): a row's last cell left empty
            texts = texts[-width:]
            return [""] * (width - len(texts)) + texts
        return []

    def wrapped_heads(self, upper: list[Span], lower: list[Span]) -> list[str]:
        """Heads the columns' width broke over two rows ('Indicator   Westmere   England &   Northern' over '
        Wales       region'): each lower cell goes on with the upper cell it starts under."""
        texts = [cell.text for cell in upper]
        starts = [_column(self.text, cell.start) for cell in upper]
        for cell in lower:
            at = _column(self.text, cell.start)
            column = max((i for i, start in enumerate(starts) if start <= at + 2), default=None)
            if column is not None:
                texts[column] = f"{texts[column]} {cell.text}"
        return texts

    def cell_per_line_tables(self) -> Iterator[KeyFact]:
        """A table flattened to one cell a line: the heads ('Measure' / 'Westmere' / 'Wales' / 'England and Wales'),
        then each row's label and its figures, one a line; the figures are read under the heads as in a table."""
        all_lines = [line for line in lines(self.text) if not is_blank(line)]
        index = 0
        while index < len(all_lines):
            rows = self.flat_rows(all_lines, index)
            if not rows:
                index += 1
                continue
            width = len(rows[0][1])
            heads = [plain(line.text) for line in all_lines[max(0, index - width):index]]
            if len(heads) == width and not any(self.figures(line.start, line.end) for line in all_lines[index - width:index]):
                for (measure, label), figures in rows:
                    local = [(figure, head) for figure, head in zip(figures, heads, strict=True)
                             if not COMPARATOR_NAME.search(head)]
                    unit = unit_of(None, self.line_of(label)) if local and local[0][0].unit == "count" else \
                        local[0][0].unit if local else ""
                    if not local or not measure.name(unit):
                        continue
                    fact = KeyFact(measure, Figure(local[0][0].value, unit, local[0][0].start, local[0][0].end), label)
                    fact.comparators += [(head, figure) for figure, head in zip(figures, heads, strict=True)
                                         if COMPARATOR_NAME.search(head) and compatible(unit, figure.unit)]
                    self.used.update(figure.start for figure in figures)
                    yield fact
            index += sum(1 + len(figures) for _, figures in rows)

    def flat_rows(self, all_lines: list[Line], index: int) -> list[tuple[tuple[Measure, Span], list[Figure]]]:
        """The rows of a flattened table from a line on: a label line, then as many lone figures as every row has."""
        rows: list[tuple[tuple[Measure, Span], list[Figure]]] = []
        while index < len(all_lines):
            line = all_lines[index]
            named = self.labels(line.start, line.end)
            if not named or self.figures(line.start, line.end) or len(plain(line.text)) > 90:
                break
            figures = []
            for below in all_lines[index + 1:index + 8]:
                found = self.figure_line(below)
                if found is None or found[1] is not None:
                    break
                figures.append(found[0])
            if len(figures) < 2 or rows and len(figures) != len(rows[0][1]):
                break
            rows.append((named[0], figures))
            index += 1 + len(figures)
        return rows

    # --- a column of figures, each with its label after wide padding ---
    def figure_columns(self) -> Iterator[KeyFact]:
        """Key facts as a column of figures with their labels beside them ('31.4%        Proven reoffending rate for
        children in Westmere' / '32.2%        Proven reoffending rate for children in England and Wales'): each line
        whose label names a measure is a fact, the lines after it whose labels name the same measure and a comparator
        are its comparators."""
        fact: KeyFact | None = None
        all_lines = lines(self.text)
        for index, line in enumerate(all_lines):
            row = FIGURE_THEN_LABEL.match(line.text)
            figures = self.figures(line.start, line.start + row.end("figure")) if row else []
            labelled = self.labels(line.start + row.start("label"), line.end) if row and figures else []
            if row is None and fact is not None and self.label_goes_on(all_lines, index):
                continue  # ('44.1%   Reoffending rate, Westmere (proven reoffending,' / '   cohort to March 2016)')
            if row is None or not labelled or figures[0].start in self.used:
                fact = None
                continue
            measure, label = labelled[0]
            figure = figures[0]
            if CELL_GAP_RE.search(self.text, line.start + row.start("label"), label.start):
                fact = None  # '5    LB/YCP    Deep-dive on FTEs': a numbered row of a table whose later cell names a measure
                continue
            # a bare figure takes a rate's unit from its label ('179   First-time entrants per 100,000'), never a
            # percentage, which the column writes with its figure
            stated = unit_of(None, row.group("label"))
            if figure.unit == "count" and "." in figure.value and not (
                    stated.startswith("per") and re.fullmatch(r"0\.\d+|\d+\.\d{2,}", figure.value)):
                # '4.5    The reoffending rate for ...', '5.1   The first-time entrant rate ... per 100,000': a
                # paragraph's number ('0.15   Custody rate per 1,000' is a rate's figure)
                fact = None
                continue
            unit = figure.unit if figure.unit != "count" else stated if stated != "%" else "count"
            figure = Figure(figure.value, unit, figure.start, figure.end)
            # the comparator's figure in brackets at the label's end ('Custody rate per 1,000  (England and Wales
            # 0.12)'), perhaps wrapped onto the next line: the label is what stands before it
            label_start = line.start + row.start("label")
            reach = all_lines[index + 1].end if index + 1 < len(all_lines) and line.text.count("(") > line.text.count(")") \
                else line.end
            inline = BRACKETED_COMPARATOR_RE.search(self.text, label_start, reach)
            inline = inline if inline and COMPARATOR_NAME.fullmatch(" ".join(inline.group("name").split())) else None
            before = self.text[label_start:inline.start()] if inline else row.group("label")
            compared = COMPARATOR_NAME.search(before.translate(NO_SUPERSCRIPTS))  # 'Wales¹' ends at Wales
            if inline and not compared and measure.name(unit):
                other = self.figures(inline.start("figure"), inline.end("figure"))
                if other and compatible(unit, other[0].unit if other[0].unit != "count" else unit):
                    fact = KeyFact(measure, figure, label)
                    fact.comparators.append((" ".join(inline.group("name").split()),
                                             Figure(other[0].value, unit if other[0].unit == "count" else other[0].unit,
                                                    other[0].start, other[0].end)))
                    self.used.update({figure.start, other[0].start})
                    yield fact
                    fact = None
                    continue
            if fact is not None and measure == fact.measure and compared and compatible(fact.figure.unit, unit) \
                    and not is_population(measure.name(unit)):  # (the nation's children are no comparator of a count)
                fact.comparators.append((comparator_text(compared.group(0)), figure))
                self.used.add(figure.start)
                continue
            fact = KeyFact(measure, figure, label) if measure.name(unit) and not compared else None
            if fact is not None:
                self.used.add(figure.start)
                yield fact

    def label_goes_on(self, all_lines: list[Line], index: int) -> bool:
        """Whether a line with no figure carries on the label of the figure line above it: indented past the figure,
        after a bracket the line above left open or in lower case."""
        line, above = all_lines[index], all_lines[index - 1]
        words = line.text.lstrip()
        return bool(words) and line.text[:1].isspace() and (above.text.count("(") > above.text.count(")")
                                                            or words[:1].islower())

    # --- blocks of figure lines ---
    def blocks(self) -> Iterator[KeyFact]:
        """Figures on lines of their own: the label after the figure ('34.2%' / 'reoffending rate (binary), April
        2021 - March 2022 cohort' / 'England and Wales: 32.1%') or before it, as the 2018 reports' key facts write
        them ('Reoffending rates' / '47.3%' / 'Barking and Dagenham YOS' / '41.9%' / 'Average for England and
        Wales'); each comparator a figure line with its name beside it, or on the lines after it."""
        all_lines = [line for line in lines(self.text) if not is_blank(line)]
        figure_lines = {index: found for index, line in enumerate(all_lines) if (found := self.figure_line(line))}
        fact: KeyFact | None = None
        for index, (figure, name) in sorted(figure_lines.items()):
            after = self.text_lines(all_lines, index + 1, 1, figure_lines)
            before = self.text_lines(all_lines, index - 1, -1, figure_lines)
            words = after[:next((i for i, line in enumerate(after) if self.labels_in([line])), len(after))]
            if name is None and words:
                written = COMPARATOR_NAME.search(self.joined(words))
                name = comparator_text(written.group(0)) if written else None
            # the label on the line next to the figure, before a label across a blank line ('Population of
            # 10-17-year-olds' / '21,950' / '' / 'First-time entrants ...')
            label_after, label_before = self.labels_in(after[:1]), self.labels_in(before) if name is None else []
            after_touches = bool(after) and not self.blank_between(figure.end, after[0].start)
            before_touches = bool(before) and not self.blank_between(before[-1].end, figure.start)
            from_after = bool(label_after) and not (label_before and before_touches and not after_touches)
            # words of its own right under the figure, a blank line above it: the figure is theirs, a measure the
            # vocabulary lacks ('86' / 'children supervised by the YJS'), not the label's across the blank line
            own_words = bool(after) and after_touches and not before_touches and not label_after
            labelled = label_after[0] if from_after else label_before[-1] if label_before and not own_words else None
            # a figure named as a comparator's ('England and Wales 149') is never the measure's own
            if labelled and name is None and figure.start not in self.used:
                measure, label = labelled
                unit = figure.unit if figure.unit != "count" else unit_of(None, self.joined(after[:1] if from_after
                                                                                            else before))
                figure = Figure(figure.value, unit, figure.start, figure.end)
                fact = KeyFact(measure, figure, label) if measure.name(unit) else None
                if fact is not None:
                    self.used.add(figure.start)
                    if from_after:  # comparators in the label's bracket or on one line under it: 'National: 37.7% |
                        # Regional: 35.2%', '(England and Wales average: 32.2%)'
                        blank = re.search(r"\n[^\S\n]*\n", self.text[after[0].end:after[0].end + 300])
                        self.comparators(fact, label.end, after[0].end + (blank.start() if blank else 300))
                    yield fact
            elif fact is not None and name and figure.start not in self.used and compatible(fact.figure.unit, figure.unit):
                fact.comparators.append((name, figure))
                self.used.add(figure.start)
            else:
                fact = None

    # --- a measure's heading over a line of places' figures ---
    def headed_pairs(self) -> Iterator[KeyFact]:
        """A measure heading a line of its own ('3.2 Reoffending (binary rate, 12 month cohort)'), the next line the
        area's figure and then its comparators', each beside its name ('Ashgrove 35.6%    Wales 33.0%    England and
        Wales 32.2%')."""
        all_lines = [line for line in lines(self.text) if not is_blank(line)]
        for heading, below in zip(all_lines, all_lines[1:], strict=False):
            named = self.labels(heading.start, heading.end)
            pairs = [self.place_figure(cell) for cell in cells(self.text, below)]
            if not named or len(pairs) < 2 or any(pair is None for pair in pairs):
                continue
            (area, figure), *others = [pair for pair in pairs if pair is not None]
            if COMPARATOR_NAME.search(area) or figure.start in self.used \
                    or not all(COMPARATOR_NAME.fullmatch(name) for name, _ in others):
                continue
            measure, label = named[0]
            unit = figure.unit if figure.unit != "count" else unit_of(None, heading.text)
            if not measure.name(unit):
                continue
            fact = KeyFact(measure, Figure(figure.value, unit, figure.start, figure.end), label)
            fact.comparators += [(name, other) for name, other in others if compatible(unit, other.unit)]
            self.used.update([figure.start, *(other.start for _, other in others)])
            yield fact

    def place_figure(self, cell: Span) -> tuple[str, Figure] | None:
        """A place's name and its figure in one cell ('Ashgrove 35.6%', 'England and Wales 32.2%')."""
        found = re.fullmatch(r"(?P<name>[A-Z][\w'’]*+(?:[^\S\n][\w'’/]++){0,4}?)[^\S\n]++(?P<figure>\S++)", cell.text)
        figure = self.cell_figure(span(self.text, cell.start + found.start("figure"), cell.end)) if found else None
        return (" ".join(found.group("name").split()), figure) if found and figure else None

    def figure_line(self, line: Line) -> tuple[Figure, str | None] | None:
        """A line holding one figure alone, or with a comparator's name beside it ('England and Wales: 32.1%')."""
        found = self.figures(line.start, line.end)
        if len(found) != 1:
            return None
        rest = (self.text[line.start:found[0].start] + " " + self.text[found[0].end:line.end]).strip(EDGE_CHARS + "*")
        if not rest:
            return None if self.sentence_tail(line, found[0]) else (found[0], None)
        name = COMPARATOR_NAME.fullmatch(" ".join(rest.split()))
        return (found[0], comparator_text(name.group(0))) if name else None

    def sentence_tail(self, line: Line, figure: Figure) -> bool:
        """'36.0%.' ending a sentence the margin wrapped ('... the England and Wales average of' / '36.0%.'), or a
        figure in brackets under a line of prose ('... higher than the average for Wales' / '(37.9 per cent)'): the end
        of prose, not a figure on a line of its own."""
        wrapped = re.search(r"[A-Za-z,][^\S\n]*\n[^\S\n]*$", self.text[max(0, line.start - 80):line.start]) is not None
        before, after = self.text[line.start:figure.start].strip(), self.text[figure.end:line.end].strip()
        if after.startswith(".") or after.startswith(")") and not before:
            return wrapped  # ('... (39.4% against' / '35.1%).': the bracket opened on the line above closes)
        above = self.text[self.text.rfind("\n", 0, max(0, line.start - 1)) + 1:line.start].strip()
        return before == "(" and after == ")" and wrapped and len(above) >= PROSE_LINE

    def text_lines(self, all_lines: list[Line], index: int, step: int, figure_lines: Mapping[int, object]) -> list[Line]:
        """Up to three short lines of words next to a figure line, up to the next figure line."""
        found: list[Line] = []
        while 0 <= index < len(all_lines) and index not in figure_lines and len(found) < 3:
            line = all_lines[index]
            if len(plain(line.text)) > 90 or self.written[line.start:line.end].lstrip()[:1] in tuple(SUPERSCRIPTS):
                break  # prose, or a footnote under a table ('² Ministry of Justice, proven reoffending ...')
            found.append(all_lines[index])
            index += step
        return found if step > 0 else found[::-1]

    def line_of(self, where: Span) -> str:
        end = self.text.find("\n", where.end)
        return self.text[self.text.rfind("\n", 0, where.start) + 1:end if end >= 0 else len(self.text)]

    def blank_between(self, start: int, end: int) -> bool:
        return bool(re.search(r"\n[^\S\n]*\n", self.text[start:end]))

    def joined(self, block: list[Line]) -> str:
        return " ".join(plain(line.text) for line in block)

    def labels_in(self, block: list[Line]) -> list[tuple[Measure, Span]]:
        return [found for line in block for found in self.labels(line.start, line.end)]


def is_population(metric: str | None) -> bool:
    """Whether a metric counts a place's people ('population', 'youth_population'): a count, not a rate to compare."""
    return metric is not None and metric.endswith("population")


# A year a head writes in two digits after a month: 'Yr to Sep 19', 'Mar 24'.
MONTH_SHORT_YEAR_RE = re.compile(rf"\b{MONTH_WORD}[^\S\n]*+['’]?(\d{{2}})\b")


def latest_year(head: str) -> int:
    """The latest year a column head names ('Westmere 2023/24' -> 2023, 'Yr to Sep 19' -> 2019), or 0."""
    years = [int(year) for year in re.findall(r"\b((?:19|20)\d{2})\b", head)]
    years += [2000 + int(year) for year in MONTH_SHORT_YEAR_RE.findall(head)]
    return max(years, default=0)


def comparator_text(written: str) -> str:
    """A comparator's name as written, on one line and without an indefinite article: 'a national average' ->
    'national average' ('the England and Wales average' keeps its 'the')."""
    return re.sub(r"^(?:a|an)\s+", "", " ".join(written.split()), flags=re.IGNORECASE)


def metrics(ctx: Context, inspection: InspectionRef | None) -> None:
    """Key facts as observations: reoffending and first-time-entrant rates with their comparators, population
    figures, caseload profiles, cases examined and survey counts, each with its unit."""
    key_facts(ctx, inspection)
    population_figures(ctx, inspection)
    caseload_tables(ctx, inspection)
    counts(ctx, inspection)
    profile_sentences(ctx, inspection)


def observation(ctx: Context, inspection: InspectionRef | None, metric: str, value: str, unit: str, where: Span,
                *, comparator: str | None = None, comparator_value: str | None = None) -> EntityBuilder:
    # One fact, one observation: a figure against each comparator (by its one name: 'national' and 'England and
    # Wales' are one) is its own fact, even where two comparators' figures are equal.
    compared_with = standard_comparator(comparator) if comparator else None
    found = ctx.entity("Observation", metric, value, compared_with, comparator_value)
    found.add("metric", metric, where).add("value", value.replace(",", ""), where).add("unit", unit, where)
    if comparator:  # under the vocabulary's one name, and as the document writes it
        found.add("comparator", compared_with, where).add("comparator_as_written", comparator, where)
    found.add("comparator_value", comparator_value, where)
    found.add("document", ctx.document_entity, where)
    if inspection:
        found.add("inspection", inspection.id, where)
    area = inspection.area if inspection else document_area(ctx)
    if area:
        found.add("area", ctx.area(area, where), where)
    return found


# Dot leaders from a label to its figure ('Reoffending rate ........ 41.3% (Wales 38.5%)'); a figure's leaders to its
# label after ('32% ...... reoffended') are the leader rows' own. The blanks either side are crossed once (possessive).
LABEL_LEADERS_RE = re.compile(r"(?<=[A-Za-z)])[^\S\n]*+[.…]{3,}+[^\S\n]*+(?=\d)")


def label_leaders_blanked(text: str) -> str:
    """The text with the dot leaders from a label to its figure written as spaces (same offsets): a padded row."""
    return LABEL_LEADERS_RE.sub(lambda leader: " " * len(leader.group(0)), text)


def key_facts(ctx: Context, inspection: InspectionRef | None) -> None:
    """Every key fact the document states, in a table row, a block of figure lines or a sentence (each figure read
    once, in that order), as one observation per comparator stated (or one with none)."""
    reader = KeyFactReader(label_leaders_blanked(ctx.text))
    facts: list[KeyFact] = []
    for layout in (reader.leader_rows, reader.table_rows, reader.column_tables, reader.cell_per_line_tables,
                   reader.figure_columns, reader.blocks, reader.headed_pairs, reader.prose):
        read = list(layout())  # whole: a layout adds the comparators on the lines after a fact's once it is found
        for fact in read:
            reader.read[fact.label.start].add(fact.measure.name(fact.figure.unit))
        facts += read
    for fact in facts:
        reader.earlier_period(fact)
        key_fact(ctx, inspection, fact)


# A measure split by kind on its figure's line, the kind after a colon: 'Total current caseload: custody   13'.
BREAKDOWN = re.compile(r"[^\S\n]*:[^\S\n]*(?P<kind>[a-z][a-z'’-]*(?:[^\S\n]+[a-z][a-z'’-]*){0,3})[^\S\n]*")
NOT_A_KIND = re.compile(r"(?<![\w'’-])(?:rate|number|per|percentage|total|count|figure|average|of|in)(?![\w'’-])")


def breakdown(text: str, fact: KeyFact) -> str | None:
    """The kind a figure's line splits its measure by ('custody' of 'Total current caseload: custody   13'), if any."""
    labels = list(fact.measure.label.finditer(text, start_of_line(text, fact.figure.start), fact.figure.start))
    kind = BREAKDOWN.fullmatch(text, labels[-1].end(), fact.figure.start) if labels else None
    if kind is None or COUNT_LINK.fullmatch(kind.group(0)) or NOT_A_KIND.search(kind.group("kind")):
        return None
    return slug(kind.group("kind"))


# The unit right after a measure's label, qualifying it: 'Custody rate per 1,000', 'First-time entrants (per 100,000)'.
LABEL_UNIT = re.compile(r"[^\S\n]*+\(?(?:rate[^\S\n]+)?per[^\S\n]+(?:100,000|10,000|1,000|100k|10k|1k)\b", re.IGNORECASE)


def key_fact(ctx: Context, inspection: InspectionRef | None, fact: KeyFact) -> None:
    """A key fact's observations, with the period its label or sentence states, or its footnote's; a measure split by
    kind is named with its kind ('caseload_custody'), so its figures are not three of one measure."""
    qualified = LABEL_UNIT.match(ctx.text, fact.label.end) if fact.figure.unit == "count" else None
    if qualified:  # 'Custody rate per 1,000 in Holmcliffe', 'First-time entrants per 100,000': the figure is a rate
        fact = replace(fact, figure=Figure(fact.figure.value, unit_of(qualified.group(0)), fact.figure.start, fact.figure.end))
    metric = fact.measure.name(fact.figure.unit)
    if metric is None or fact.figure.unit == "count" and "." in fact.figure.value:
        return  # a count is whole: '3.3 Custody' heads a paragraph, 'the custody rate (0.09)' is a rate without its base
    kind = breakdown(ctx.text, fact)
    metric = f"{metric}_{kind}" if kind else metric
    where = trim(ctx.text, min(fact.label.start, fact.figure.start), fact.end, " \t\n")
    line_start = start_of_line(ctx.text, fact.label.start)
    line_end = end_of_line(ctx.text, fact.label.end, min(len(ctx.text), fact.label.end + SENTENCE_REACH))
    period = PERIOD.search(ctx.text, min(where.start, line_start), max(where.end, line_end))
    marker = re.match(rf"[^{SUPERSCRIPTS}\n]{{0,40}}?([{SUPERSCRIPTS}]+)", ctx.text[fact.label.end:fact.label.end + 40])
    footnote = reoffending_footnote(ctx, marker.group(1) if marker else "", fact.end) \
        if metric == "reoffending_rate" else None
    compared: list[tuple[str | None, Figure | None]] = [*fact.comparators, *((name, None) for name in fact.unvalued)] \
        or [(None, None)]
    for comparator, figure in compared:
        found = observation(ctx, inspection, metric, fact.figure.value, fact.figure.unit, where, comparator=comparator,
                            comparator_value=figure.value if figure else None)
        if period:
            found.add("period", " ".join(period.group(0).split()), span(ctx.text, period.start(), period.end()))
        elif footnote:
            cohort = re.search(r"for the\s+(.+?cohort)|(\w+ \d{4}\s*(?:to|-|–)\s*\w+ \d{4})", footnote.text)
            if cohort:
                found.add("period", " ".join((cohort.group(1) or cohort.group(2)).split()), footnote)
        source = re.search(r"Source:\s*([^.\n]+)|\b(Ministry of Justice|Youth Justice Board)\b", footnote.text) \
            if footnote else None
        if source and footnote:
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


# The children aged 10 to 17 as their age group's count: 'The 10 to 17 age group numbered 17,950', 'the 10-17 population
# was around 21,400'.
AGE_GROUP_NUMBERED = re.compile(r"\b10\s*(?:to|-|–)\s*17\s+(?:year[- ]old\s+)?(?:age\s+group|population)\s+(?:numbered|numbers|was|"
                                r"is|stood\s+at|totalled|totals)\s+(?:estimated\s+(?:at|to\s+be)\s+)?(?:(?:around|about|some|approximately)\s+)?"
                                r"(?P<value>\d{1,3}(?:,\d{3})+|\d{4,7})\b", re.IGNORECASE)


def population_figures(ctx: Context, inspection: InspectionRef | None) -> None:
    """'Total population Barking and Dagenham 210,711', 'Total youth population 23,635', 'Total black and minority
    ethnic youth population 9,535', 'has a population of around 565,000 people'."""
    for match in POPULATION.finditer(ctx.text):
        if COMPARATOR_NAME.search(match.group("place")):
            continue  # 'Total youth population England and Wales   5,480,000': a comparator's, not the area's
        what = " ".join(match.group("what").lower().split())
        metric = "bme_youth_population" if re.search(r"black|minority|bme", what) else \
            "youth_population" if "youth" in what else "population"
        line_start = ctx.text.rfind("\n", 0, match.start()) + 1
        # '642,300     Total population Corrowby': the figure opens the label's line, the one after it is the next row's
        first = FIGURE_FIRST.fullmatch(ctx.text, line_start, match.start())
        where = span(ctx.text, line_start, ctx.text.find("\n", match.start())) if first else \
            span(ctx.text, match.start(), match.end())
        observation(ctx, inspection, metric, first.group("value") if first else match.group("value"), "count", where)
    for match in FIGURE_FIRST_POPULATION.finditer(ctx.text):
        if COMPARATOR_NAME.search(ctx.text, match.end(), end_of_line(ctx.text, match.end())):
            continue  # '5,480,000   Total youth population (10-17 year olds) in England and Wales'
        if POPULATION.match(ctx.text, match.start("label")) is None:  # a figure after the label too: read above
            what = " ".join(match.group("what").lower().split())
            metric = "youth_population" if "youth" in what else "population"
            observation(ctx, inspection, metric, match.group("value"), "count",
                        span(ctx.text, match.start("value"), ctx.text.find("\n", match.end())))
    for match in FIGURE_FIRST_YOUTH_POPULATION.finditer(ctx.text):
        observation(ctx, inspection, "youth_population", match.group("value"), "count",
                    span(ctx.text, match.start("value"), match.end()))
    for match in FIGURE_FIRST_POPULATION_OF.finditer(ctx.text):
        observation(ctx, inspection, "population", match.group("value"), "count",
                    span(ctx.text, match.start("value"), ctx.text.find("\n", match.end())))
    for match in PLACE_OF_PEOPLE.finditer(ctx.text):
        observation(ctx, inspection, "population", match.group("value"), "count", span(ctx.text, match.start(), match.end()))
    for match in YOUTH_OF_THE_POPULATION.finditer(ctx.text):
        observation(ctx, inspection, "youth_population", match.group("value"), "count", span(ctx.text, match.start(), match.end()))
    for match in (*PLACE_HAS_CHILDREN.finditer(ctx.text), *YOUTH_POPULATION_IS.finditer(ctx.text)):
        if "place" not in match.groupdict() or not A_SERVICE.search(match.group("place")):
            observation(ctx, inspection, "youth_population", match.group("value"), "count",
                        span(ctx.text, match.start("value") if "place" not in match.groupdict() else match.start("place"), match.end()))
    for match in CHILDREN_OF_THE_POPULATION.finditer(ctx.text):
        value = "value" if match.group("value") else "bracketed"
        observation(ctx, inspection, "youth_population", match.group(value), "count",
                    span(ctx.text, match.start(value), match.end()))
    for match in AGE_GROUP_NUMBERED.finditer(ctx.text):
        observation(ctx, inspection, "youth_population", match.group("value"), "count",
                    span(ctx.text, match.start(), match.end()))
    for match in POPULATION_SENTENCE.finditer(ctx.text):
        what = match.group("what").strip().lower()
        children = CHILDREN_AGED_10_TO_17.match(ctx.text, match.end())  # 'a population of 26,900 children aged 10 to 17'
        metric = "youth_population" if what in {"youth", "10-17", "child"} or children else "population"
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
            observation(ctx, inspection, metric, str(cases_counted(match)), "count", where)


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


def _column(text: str, pos: int) -> int:
    """How far into its line the position is."""
    return pos - (text.rfind("\n", 0, pos) + 1)
