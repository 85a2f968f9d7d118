"""Findings: the overall rating, judgements of FJI themes of work, the '% yes' of each key
question, and older reports' theme scores. The domains' and standards' ratings, in tables and
sentences, are read by `findings_standards`; every rating is written by
`findings_common.emit_rating`, with its scale's label and the quote as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.gazetteer import fold
from kg.loaders.context import Context
from kg.loaders.findings_common import (
    JUDGEMENT,
    NUMBER,
    QUOTES,
    STANDARD_RATINGS,
    THEME_HEADING,
    InspectionRef,
    emit_rating,
    looks_like_heading,
    number_value,
    page_breaks_closed,
    rating_label,
)
from kg.loaders.findings_inspection import rated_inspection
from kg.loaders.findings_standards import (
    AFTER_RATING,
    earlier_inspections_rating,
    rated_subject,
    standard_rows,
    standard_sentences,
    standards_named,
    standards_run_on,
)
from kg.loaders.text import SENTENCE_REACH, Span, leaders_blanked, lines, span, trim

# a table's last row, the word alone in its first cell: 'OVERALL          Good', '| Overall | Requires improvement |'
OVERALL_ROW = re.compile(rf"^[^\w\n]*+overall(?:[ ]*+[\t|][\t |]*+|[^\S\n]{{3,}}+){QUOTES}"
                         rf"(?P<rating>{STANDARD_RATINGS})[^\w\n]*+$", re.IGNORECASE | re.MULTILINE)
SERVICE_NOUN = r"(?:YOS|YOT|YJS|services?|team|partnership)(?![\w'’])"
# An older inspection's scale, in a sentence's words ('requires SUBSTANTIAL improvement').
OLD_SCALE = r"(?:minimum|minimal|moderate|some|substantial|drastic)\s+improvement"
OVERALL_RATING = [
    # an older inspection's overall judgement: 'Overall, the work of Westmere YOS requires SUBSTANTIAL improvement', 'The
    # overall judgement was substantial improvement required', 'its Youth Offending Service needs to make substantial
    # improvement'
    re.compile(rf"\boverall,\s+(?:[^.;:\n]|\n(?![^\S\n]*\n)){{0,80}}?\s(?:requires?|required|needs?|needed)\s+(?:to\s+make\s+)?"
               rf"(?P<rating>{OLD_SCALE})\b", re.IGNORECASE),
    # ... or the scale's words first: 'Overall, substantial improvement was required'
    re.compile(rf"\boverall,\s+(?P<rating>{OLD_SCALE})\s+(?:was|is)\s+(?:required|needed)\b", re.IGNORECASE),
    re.compile(rf"\boverall\s+(?:judge?ment|finding|rating|verdict)\s+(?:was|is)\s+(?:that\s+)?{QUOTES}(?P<rating>{OLD_SCALE})\b",
               re.IGNORECASE),
    re.compile(rf"\b{SERVICE_NOUN}\s+(?:needs|needed|requires|required)\s+(?:to\s+make\s+)?(?P<rating>{OLD_SCALE})\b",
               re.IGNORECASE),
    # 'an overall rating of 'Good'', 'an overall judgement of Requires improvement', 'the top rating of 'Outstanding'';
    # not a part of the work's ('given the top grade of outstanding for delivery': a standard's grade)
    re.compile(rf"\b(?:overall|(?P<top>top|highest|lowest))\s+(?:rating|grade|grading|judge?ment|verdict)\s+of\s*{QUOTES}"
               rf"(?P<rating>{STANDARD_RATINGS})\b(?(top)(?!{QUOTES}\s+for\s))", re.IGNORECASE),
    # 'Overall rating: Requires improvement' on a slide or in a table's row (or after leaders: 'Overall rating .... Good'),
    # or opening a release's numbered note ('3.  Overall rating: Requires improvement. The service was rated ...')
    re.compile(rf"^[^\w\n]*(?:\d{{1,2}}\.?[^\S\n]++)?overall\s+(?:rating|grade|judge?ment)[^\S\n]*(?:[:\-–—\t|]+|[.…]{{3,}}+)[^\S\n]*{QUOTES}"
               rf"(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE | re.MULTILINE),
    OVERALL_ROW,
    # ... or in a minute's note, the rating straight after it: 'Overall rating Requires improvement; court work ...'
    re.compile(rf"\boverall\s+(?:rating|grade|judge?ment)\s+{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}(?=[^\S\n]*(?:[;.,)]|$))",
               re.IGNORECASE | re.MULTILINE),
    # the inspection's year and rating in brackets after it: 'our last inspection by HM Inspectorate of Probation
    # (2019, rated Good)'
    re.compile(rf"\binspection\b(?:[^.;()\n]|\n(?![^\S\n]*\n)){{0,80}}?\((?:[^\S\n]*(?:19|20)\d\d[^\S\n]*[,;:–—-])?[^\S\n]*"
               rf"(?:rated|judged|graded)[^\S\n]+{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}[^\S\n]*\)", re.IGNORECASE),
    # a summary line: 'Wrexley Youth Justice Service: Good (overall)', 'Requires improvement (overall rating)'
    re.compile(rf"\b(?P<rating>{STANDARD_RATINGS}){QUOTES}[^\S\n]*\([^\S\n]*overall(?:[^\S\n]+(?:rating|grade|judge?ment))?"
               rf"[^\S\n]*\)", re.IGNORECASE),
    # 'HM Inspectorate of Probation has rated youth justice services in Kestleby as 'Requires improvement'',
    # 'HMIP judged the Service to be 'Requires Improvement' overall'
    # 'judged the service to Require Improvement', 'rated the service inadequate'
    # (the sentence wrapped between the verb and the service: 'rated the' / 'Westmere Youth Justice Service as')
    # ('published its report on 14 May, rating the county-run service 'Requires improvement'': the participle too)
    re.compile(rf"\b(?:rated|rating|judged|judging|graded|grading|assessed|found)\s+(?:(?:[^.;:\n]|\n(?![^\S\n]*\n)){{0,60}}?\s)?{SERVICE_NOUN}"
               rf"(?:[^.;:\n]{{0,40}}?\s+(?:as|to\s+be)|\s+to(?=\s+require)|)\s+{QUOTES}(?P<rating>{JUDGEMENT})\b",
               re.IGNORECASE),
    # 'Skelbeck's youth justice service is 'Good', according to ...', 'the YJS is Good overall'
    re.compile(rf"\b{SERVICE_NOUN}\s+(?:is|was|has\s+been|remains)\s+(?:now\s+)?(?P<open>['‘’\"“”])?"
               rf"(?P<rating>{STANDARD_RATINGS})(?(open)['‘’\"“”]|(?=\s+overall\b|,\s+according\s+to\b))",
               re.IGNORECASE),
    # a headline: 'Oakhurst Vale youth justice services rated 'Outstanding''
    re.compile(rf"\b{SERVICE_NOUN}\s+(?:rated|judged|graded)\s+(?:as\s+)?{QUOTES}(?P<rating>{STANDARD_RATINGS})\b",
               re.IGNORECASE),
    re.compile(rf"\bis rated as:?\s*{QUOTES}(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE),
    # 'has given Westmere YJS a 'Requires improvement' rating', 'was awarded an overall Good grade'
    re.compile(rf"\b(?:given|awarded|received|achieved|gained)\s+(?:[^.;:\n]{{0,80}}?\s)?(?:an?\s+)?(?:overall\s+)?"
               rf"{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}\s+(?:overall\s+)?(?:rating|grade|judgement)\b", re.IGNORECASE),
    # 'the service's 'Good' rating from the Inspectorate', 'Westmere YJS's 'Outstanding' grade'
    re.compile(rf"\b(?:YOS|YOT|YJS|service|team|partnership)['’]s?\s+(?:overall\s+)?{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}\s+"
               rf"(?:overall\s+)?(?:rating|grade|judgement)\b", re.IGNORECASE),
    # 'inspected our Youth Justice Service and rated it 'Good' overall', 'the service was inspected ... and rated Good
    # overall'
    re.compile(rf"\b(?:rated|judged|graded|assessed)\s+(?:(?:it|them)\s+)?(?:as\s+)?{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}"
               rf"(?=\s+overall\b)", re.IGNORECASE),
    # 'A rating of 'Requires improvement' has been given to the youth offending service in Westmere'
    re.compile(rf"\b(?:rating|grade)\s+of\s+{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}\s+(?:has\s+been|was|is)\s+"
               rf"(?:given|awarded)\s+to\b", re.IGNORECASE),
    # 'was given the rating 'Outstanding'', 'received the grade of 'Good''
    re.compile(rf"\b(?:given|awarded|received|achieved|gained|kept|retained)\s+(?:the|an?)\s+(?:overall\s+)?(?:rating|grade)\s+"
               rf"(?:of\s+)?{QUOTES}(?P<rating>{STANDARD_RATINGS}){QUOTES}", re.IGNORECASE),
    # 'The overall rating for Northshire YJS is Good', 'Our overall rating is 'Good'', 'the inspectorate's verdict on
    # Kestleby YJS was 'requires improvement''
    re.compile(rf"\b(?:overall|inspectorate['’]s|inspectors['’]|HMI\s?Probation['’]s)\s+(?:rating|grade|judgement|verdict)\s+(?:(?:for|of|on|given\s+to)\s+[^.;:\n]{{0,80}}?\s)?(?:is|was|has\s+been)\s+"
               rf"(?:rated\s+)?(?:as\s+)?{QUOTES}(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE),
    # Line by line: each blank or punctuation line between the heading and its rating ends at its own newline.
    re.compile(rf"^[^\w\n]*Overall rating[^\w\n]*\n(?:[^\w\n]*\n)*+[^\w\n]*(?P<rating>{STANDARD_RATINGS})[^\w\n]*$",
               re.IGNORECASE | re.MULTILINE),
    # 'was rated good', 'has been assessed by HM Inspectorate of Probation as 'Outstanding'': loose, see LOOSE
    re.compile(rf"\b(?:was|were|been|is|are)\s+(?:rated|judged|graded|assessed|found)\s+(?:by\s+[^.;:\n]{{3,80}}?\s+)?"
               rf"(?:as:?\s+|to\s+be\s+|to\s+(?=require))?(?:being\s+)?{QUOTES}(?P<rating>{JUDGEMENT}|requiring\s+improvement)\b",
               re.IGNORECASE),  # ('was judged as requiring improvement overall')
    re.compile(r"\b(?P<rating>(?:one|two|three|four|five|[1-5])[\s-]stars?)\b(?:\s+rating)?", re.IGNORECASE),
    # 'has been upgraded to 'Good'', 'moved from 'Requires improvement' to 'Good''
    re.compile(rf"\b(?:upgraded|downgraded|raised|lowered|moved|improved)\s+(?:from\s+{QUOTES}(?:{STANDARD_RATINGS}){QUOTES}\s+)?"
               rf"to\s+{QUOTES}(?P<rating>{STANDARD_RATINGS})\b", re.IGNORECASE),
]
# More of the scale's labels after the one matched: the sentence lists the scale, it rates nothing.
SCALE_AFTER = re.compile(rf"{QUOTES}\s*(?:,|\bor\b|\band\b)\s*{QUOTES}(?:{STANDARD_RATINGS})\b", re.IGNORECASE)
# Patterns that rate anything ('the quality of reports was judged to be good'): a rating of the service only where
# the sentence says 'overall' or names the service just before.
LOOSE = OVERALL_RATING[-3:]
SERVICE_RATED = re.compile(r"\b(?:YOS|YOT|YJS|services?|teams?|Youth Offending \w+|Youth Justice \w+|partnership)"
                           r"(?:\s*\([A-Z]{2,5}\))?"  # 'Our Youth Justice Service (YJS) has been rated Good'
                           r"(?:\s*,[^,.;]{1,80},)?"  # 'the service, which was inspected in January, was rated'
                           r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?"  # 'Youth justice services in Cwmtalog have been'
                           r"(?:\s*+,[^,.;\n]{1,40}+,)?"  # 'The youth justice service in Ormsgate, south Wales, has been'
                           r"\s+(?:has\s+been|had\s+been|have\s+been|was|were|is|are|has|have|got)\b", re.IGNORECASE)
# A rating of the service for one piece of its work: 'was rated good for its work with victims'.
PIECE_OF_WORK = re.compile(r"['’\"”]?\s+(?:for|in|on|at)\s+(?:its|their|the|this|some|one)\b"
                           r"(?!(?:\s+[\w-]+){0,3}?\s+(?:inspection|report|visit|assessment)s?\b)", re.IGNORECASE)
# ... or for a piece of work told by its verb: 'rated the service "Good" for making sure sentences are served'.
PIECE_OF_WORK_DONE = re.compile(r"['’\"”]?\s+for\s+[a-z]+ing\b", re.IGNORECASE)
# ... or for a standard its code names: 'rated the service Outstanding for Staff (1.2)', 'for standard 1.2 (Staff)';
# or in so many of the standards: 'Of the 13 standards inspected, the service was rated 'Good' in seven'
FOR_A_STANDARD = re.compile(r"['’\"”]?\s+(?:for\s+[^.;()\n]{1,60}?\(\s*[1-9]\.[1-9]\s*\)|for\s+(?:the\s+)?standards?\s+[1-9]\.[1-9]\b|"
                            r"in\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]\d?)\b(?![.,]?\d))",
                            re.IGNORECASE)
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
    ("Protecting the child or young person",
     r"(?:work to )?protect(?:ing)? (?:the )?child(?:ren)? (?:and|or) young (?:people|person)"),
    # (news' and minutes' words too: 'for making sure sentences are served', 'Work to make sure sentences were served',
    # 'work to ensure that sentences were served'; an infinitive without 'work' names a purpose, not the theme: 'The
    # YOT's commitment to ... to ensure that sentences were served was outstanding' is a strength)
    ("Ensuring that the sentence is served", r"(?:work to )?ensur(?:e|ing) (?:that )?the sentence (?:is|was) served|"
                                             r"(?:work to (?:ensure|make sure)|making sure) (?:that )?(?:the )?"
                                             r"sentences? (?:is|are|was|were) served"),
    # (not the 2018 framework's standard 'Governance and leadership')
    ("Governance and partnerships", r"(?:effectiveness of )?governance(?!\s+and\s+leadership)(?: and partnerships?)?"
                                    r"(?: arrangements)?"),
]
# ('Work to reduce reoffending, to protect children and young people, and the governance of the service were all judged
# satisfactory': each theme the subject lists)
# (over a line break too: 'protecting the' / 'public')
THEME = re.compile(rf"\b(?:{'|'.join(f'(?:{p})' for _, p in THEMES_OF_WORK)})\b".replace(" ", r"\s+"), re.IGNORECASE)
THEME_JUDGEMENT = re.compile(
    rf"(?P<scope>{THEME.pattern})(?P<more>(?:(?!\n[^\S\n]*\n)[^.;:]){{0,80}}?)\s(?:was|were|is|remained|(?:had|has|have)\s+been)"
    rf"\s+(?:(?:all|both|also)\s+)?"
    rf"(?:judged\s+(?:to\s+be\s+|to\s+(?:need|require)\s+)?|rated\s+(?:as\s+)?)?{QUOTES}(?P<rating>{JUDGEMENT})\b", re.IGNORECASE)
# A theme of work beside its judgement in a table's row or a list ('Reducing reoffending<TAB>62%<TAB>Satisfactory',
# 'Protecting the public – Unsatisfactory', 'reducing reoffending, satisfactory;', 'Ensuring the sentence is served
# (Good).'): separators and a score between, and nothing after the judgement in its cell.
# A table's cell may shorten a theme to its first word ('Interventions – Satisfactory'); prose does not ('the
# interventions delivered were rated outstanding' rates a piece of work).
SHORT_THEME = r"interventions(?=[^\S\n]*[\t|:–—-])"
THEME_PHRASES = "|".join(f"(?:{pattern})" for _, pattern in THEMES_OF_WORK).replace(" ", r"\s+")  # over a line break too
THEME_ROW = re.compile(
    rf"\b(?P<scope>{THEME_PHRASES}|{SHORT_THEME})"
    # (a scoring table's cells between: '62%   done well enough', or 'n/a' for a theme given no score)
    rf"(?:[^\S\n]*\n?[^\S\n]*(?:[\t|,:(–—-]|[.…]{{3,}}+|\d{{1,3}}\s?%|done[^\S\n]well[^\S\n]enough\b|n/a\b)[^\S\n]*\n?[^\S\n]*)+"
    # (or the next column's theme after one space, where two columns ran together)
    rf"(?P<rating>{JUDGEMENT})(?=[^\S\n]*(?:$|[\t|;.)]|[^\S\n]{{3,}})|[^\S\n]+(?:{THEME_PHRASES}|{SHORT_THEME})\b)",
    re.IGNORECASE | re.MULTILINE)
# A table's row whose theme and judgement are parted by padding alone ('  Reducing reoffending        Unsatisfactory').
THEME_PADDED_ROW = re.compile(rf"^[^\S\n]*+(?P<scope>{THEME_PHRASES})[^\S\n]{{3,}}+(?P<rating>{JUDGEMENT})[^\S\n]*+$",
                              re.IGNORECASE | re.MULTILINE)
# A table's row whose theme wraps under its judgement, its rest set in on the next line before dot leaders
# ('Protecting children and young      Satisfactory' / '  people ..........'): the two parts make the theme.
THEME_WRAPPED_ROW = re.compile(rf"^[^\S\n]*+(?P<head>[A-Z][a-z]++(?:[^\S\n][a-z]++){{1,6}})[^\S\n]{{3,}}+"
                               rf"(?P<rating>{JUDGEMENT})[^\S\n]*+\n[^\S\n]++(?P<tail>[a-z]++(?:[^\S\n][a-z]++){{0,4}})"
                               rf"[^\S\n]*+[.…]{{3,}}+[^\S\n]*+$", re.IGNORECASE | re.MULTILINE)
# More themes listed after the first, one judgement for them all ('reducing reoffending, protecting the public and
# governance'); 'interventions' alone is a theme only as a list's last item ('..., protecting the public and
# interventions had been judged unsatisfactory').
# ('... and the delivery of interventions as unsatisfactory': the last item named by the work done on it)
MORE_THEMES = (rf"(?P<more>(?:(?:(?:[^\S\n]*,)?\s+and\s+(?:for\s+)?|[^\S\n]*,\s+(?:for\s+)?)(?:{THEME_PHRASES}|"
               r"(?:the\s+(?:delivery|provision)\s+of\s+)?interventions)\b)*)")
LAST_LISTED_INTERVENTIONS = re.compile(r"\binterventions$", re.IGNORECASE)
# A judgement before the themes it is of, in news and minutes: 'rated "good" for making sure sentences are served',
# 'the "Unsatisfactory" judgement for Protecting the public', 'three were unsatisfactory (reducing reoffending,
# protecting the public, governance and partnerships)', 'rated the team's work to protect the public as
# "unsatisfactory"'; or the judgement with its score after the themes: 'ensuring that the sentence is served good
# at 85%'. (The judgement is quoted or called one where it stands before 'for': 'good for' alone is prose.)
JUDGEMENT_OF_THEMES = [
    re.compile(rf"(?:(?P<open>['‘’\"“”])(?P<rating>{JUDGEMENT})['‘’\"“”](?:\s+(?:judge?ment|rating))?|"
               rf"\b(?P<called>{JUDGEMENT})\s+(?:judge?ment|rating))\s+for\s+(?P<scope>{THEME_PHRASES}){MORE_THEMES}",
               re.IGNORECASE),
    re.compile(rf"\b(?P<rating>{JUDGEMENT})[^\S\n]*\(\s*(?P<scope>{THEME_PHRASES}){MORE_THEMES}\s*\)", re.IGNORECASE),
    re.compile(rf"\brated\s+(?:the\s+(?:[a-z]+['’]s\s+)?)?(?P<scope>{THEME_PHRASES}){MORE_THEMES}\s+as\s+{QUOTES}"
               rf"(?P<rating>{JUDGEMENT})\b",
               re.IGNORECASE),
]
# ... or the judgement with its score after the themes ('ensuring that the sentence is served good at 85%'): read back
# from each judgement at a score, over the few lines a list of themes takes (from each theme of a long list the list
# would be read again to its end: quadratic)
JUDGED_AT_SCORE = re.compile(rf"\b(?P<rating>{JUDGEMENT})\s+at\s+\d{{1,3}}\s?%", re.IGNORECASE)
THEMES_JUDGED_AT_SCORE = re.compile(rf"\b(?P<scope>{THEME_PHRASES}){MORE_THEMES}\s+{JUDGED_AT_SCORE.pattern}\Z",
                                    re.IGNORECASE)
THEMES_LIST_REACH = 400  # characters before a judgement: six themes and their joins


def themes_judged_at_score(text: str) -> Iterator[re.Match[str]]:
    """Each list of themes before a judgement at a score, read back from the judgement (THEMES_JUDGED_AT_SCORE)."""
    for judged in JUDGED_AT_SCORE.finditer(text):
        found = THEMES_JUDGED_AT_SCORE.search(text, max(0, judged.start() - THEMES_LIST_REACH), judged.end())
        if found:
            yield found
# A score beside a judgement in words, as older inspections' letters and reports write them: a figure ('64%'), words
# ('sixty-four per cent') or both ('sixty-four per cent (64%)').
SCORE = (rf"(?:{NUMBER}[^\S\n]+per[^\S\n]*cent[^\S\n]*\([^\S\n]*(?P<figure>\d{{1,3}})[^\S\n]?%[^\S\n]*\)|"
         rf"(?P<percent>\d{{1,3}})[^\S\n]?(?:%|per[^\S\n]*cent\b)|(?P<words>{NUMBER})[^\S\n]+per[^\S\n]*cent\b)")
AREA_OF_WORK = r"(?P<scope>[A-Za-z][^\n:|\t%()]{1,69}?[^\s:|%()])"  # ends on a non-blank
# (a dot leader is crossed once, possessively: the lazy area before it may end at each of its first 69 dots, and a
# leader given back a dot at a time from each cost 69 times its length, each step trying the score and the judgement)
CELL_GAP = r"[^\S\n\t]*+(?:[:|\t,;–—-]|[.…]{3,}+|(?<=[^\S\n]{2}))[^\S\n|:–—.-]*+(?:[|:–—-][^\S\n]*+)*+"
# 'Safeguarding work | 68% | moderate improvement', 'Reducing reoffending: sixty-four per cent (64%) – Satisfactory',
# or the area's heading over its score and its judgement ('Safeguarding' / 'Score: 68%' / 'Moderate improvement
# required'); the score may be left out where the judgement is the Core Case Inspection's ('... improvement required').
SCORED_JUDGEMENT = [
    re.compile(rf"^[^\w\n]*+{AREA_OF_WORK}{CELL_GAP}(?:{SCORE}{CELL_GAP})?{QUOTES}(?P<rating>{JUDGEMENT}){QUOTES}"
               rf"[^\S\n|.]*+[|.]?[^\S\n|]*+$", re.IGNORECASE | re.MULTILINE),
    re.compile(rf"^[^\w\n]*+{AREA_OF_WORK}[^\S\n]*+\n(?:[^\S\n]*\n)?(?:[^\S\n]*(?:(?:case\s+assessment\s+)?score[^\S\n]*:?"
               rf"[^\S\n]*)?{SCORE}[^\S\n.]*\.?[^\S\n]*\n(?:[^\S\n]*\n)?)?[^\S\n]*(?:(?:judgement|rating)[^\S\n]*:[^\S\n]*)?"
               rf"{QUOTES}(?P<rating>{JUDGEMENT}){QUOTES}[^\S\n.]*+\.?[^\S\n]*+$", re.IGNORECASE | re.MULTILINE),
    # the area and its score on one line (by leaders, a colon or padding), the judgement on the line below, perhaps
    # under the work's explanation in brackets ('Safeguarding work ..... 58%' / '(action to protect ...)' / 'Substantial
    # improvement required')
    re.compile(rf"^[^\w\n]*+{AREA_OF_WORK}{CELL_GAP}{SCORE}[^\S\n]*+\n(?:[^\S\n]*+\([^()\n]{{1,80}}\)[^\S\n]*+\n)?"
               rf"[^\S\n]*+{QUOTES}(?P<rating>{JUDGEMENT}){QUOTES}[^\S\n.]*+\.?[^\S\n]*+$", re.IGNORECASE | re.MULTILINE),
]
THEME_SCORE = re.compile(r"(?P<percent>\d{1,3})\s?(?:%|per cent)\s+of\s+(?:the\s+)?work\s+(?:to|on|for)\s+(?P<work>[^.\n]{1,200}?)"
                         r"\s+was\s+done\s+well\s+enough", re.IGNORECASE)


def ratings(ctx: Context, inspection: InspectionRef | None) -> None:
    """The overall rating, each domain's and standard's rating (in tables and sentences), and judgements of themes
    of work as written in summaries, minutes and press releases ('work to protect the public was unsatisfactory')."""
    overall_rating(ctx, inspection)
    standard_rows(ctx, inspection)
    tabled = score_table_rows(ctx, inspection)
    score_sentences(ctx, inspection)
    improvement_in_sentences(ctx, inspection)
    standard_sentences(ctx, inspection)
    standards_run_on(ctx, inspection)
    text = page_breaks_closed(ctx.text)  # 'interventions' / 'Page 7' / a rule / 'to reduce reoffending, satisfactory'
    # a padded row may be padded with dot leaders ('Reducing reoffending ........ Satisfactory'), as a list in news is
    padded = THEME_PADDED_ROW.finditer(leaders_blanked(text))
    judged = [*(match for pattern in JUDGEMENT_OF_THEMES for match in pattern.finditer(text)),
              *themes_judged_at_score(text)]
    for match in [*THEME_JUDGEMENT.finditer(text), *THEME_ROW.finditer(text), *padded, *judged]:
        more = match.groupdict().get("more") or ""
        listed = [theme.group(0) for theme in THEME.finditer(more)]
        listed += ["interventions"] if listed and LAST_LISTED_INTERVENTIONS.search(more) else []
        for written in [match.group("scope"), *listed]:
            scope = theme_of_work(written) or (
                "Interventions to reduce reoffending" if written.lower() == "interventions" else None)
            if scope:
                where = span(ctx.text, match.start(), match.end())
                emit_rating(ctx, inspection, scope, match.group("rating") or match.group("called"), where)
    for match in THEME_WRAPPED_ROW.finditer(text):
        scope = theme_of_work(f"{match.group('head')} {match.group('tail')}")
        if scope:
            emit_rating(ctx, inspection, scope, match.group("rating"), span(ctx.text, match.start(), match.end()))
    scored_judgements(ctx, inspection, tabled)


def scored_judgements(ctx: Context, inspection: InspectionRef | None, tabled: set[int]) -> None:
    """An area of work's judgement in words beside its score (see SCORED_JUDGEMENT): the judgement is the rating, the
    percentage its score, never a rating. A scoring table's rows (their line ends in `tabled`) are read already, with
    the lines their first cell wraps onto."""
    for pattern in SCORED_JUDGEMENT:
        for match in pattern.finditer(ctx.text):
            if ctx.text.find("\n", match.start("rating")) in tabled:
                continue
            written = " ".join(match.group("scope").split())
            score = match.group("figure") or match.group("percent") or (
                str(number_value(match.group("words"))) if match.group("words") else None)
            label = rating_label(match.group("rating"))
            if not score and not label.endswith(" required") or not looks_like_heading(written) \
                    or re.search(r"\b(?:overall|ratings?|judge?ments?|scores?)\b", written, re.IGNORECASE):
                continue  # 'Overall rating' / 'Good' is the overall rating's; a bare 'Good' under a heading rates nothing
            scope = theme_of_work(written) or written
            where = trim(ctx.text, match.start(), match.end())
            emit_rating(ctx, inspection, scope, match.group("rating"), where)
            if score:
                emit_score(ctx, inspection, scope, score, where)


def overall_rating(ctx: Context, inspection: InspectionRef | None) -> None:
    """The overall rating as a report's table, a press release or council news states it; it belongs to the service
    the sentence names, else to the document's inspection (or area), and keeps the sentence as its quote."""
    seen: set[tuple[str, str]] = set()
    for pattern in OVERALL_RATING:
        for match in pattern.finditer(ctx.text):
            sentence = sentence_around(ctx.text, match.start())
            loose = pattern in LOOSE
            # the service named just before, in the same sentence ('... rated Good overall. Staff was rated X': no)
            before = max(0, match.start() - 60, ctx.text.rfind(". ", max(0, match.start() - 60), match.start()) + 1)
            if loose and not (re.search(r"\boverall\b", clause_around(ctx.text, match.start()), re.IGNORECASE)
                              or SERVICE_RATED.search(ctx.text, before, match.start("rating"))
                              and not PIECE_OF_WORK.match(ctx.text, match.end("rating"))):
                continue  # 'the quality of reports was judged to be good' rates a piece of work, not the service
            if FOR_A_STANDARD.match(ctx.text, match.end("rating")) or for_named_standards(ctx, match.end("rating")):
                continue  # 'rated the service Outstanding for Staff (1.2)': that standard's rating
            if PIECE_OF_WORK_DONE.match(ctx.text, match.end("rating")) and not re.search(
                    r"\boverall\b", clause_around(ctx.text, match.start()), re.IGNORECASE):
                continue  # 'rated the service "Good" for making sure sentences are served': one piece of its work
            # a paper's numbered paragraph ('4.1   The overall rating for X is Good.') is no standard's row
            row = STANDARD_ROW.match(sentence)
            # (in the rating's clause: 'The overall finding was X; reducing reoffending was judged to need Y')
            if THEME_JUDGEMENT.search(clause_around(ctx.text, match.start())) or row and not re.search(r"\boverall\b", row.group("rest"), re.IGNORECASE) \
                    or pattern is not OVERALL_ROW and rates_a_standard(ctx, match) or SCALE_AFTER.match(ctx.text, match.end("rating")):
                continue  # 'Services are rated 'Outstanding', 'Good', 'Requires improvement' or ...': the scale
            if earlier_inspections_rating(ctx, sentence):
                continue
            where = sentence_span(ctx.text, match.start(), match.end())
            rated = rated_inspection(ctx, inspection, where, match.group("rating"))
            if (rated.id if rated else "", rating_label(match.group("rating"))) in seen:
                continue
            seen.add((rated.id if rated else "", rating_label(match.group("rating"))))
            emit_rating(ctx, rated, "overall", match.group("rating"), where,
                        key=rated.id if rated and rated is not inspection else None)


# ... or for work the standards' names name, without their codes: "the service rated 'Good' for staff, for planning and
# delivery of court work, and ...": those standards' ratings
FOR_WORK_RE = re.compile(r"['’\"”]?\s++for\s++(?P<work>[^.;:\n]{1,80}+)")


def for_named_standards(ctx: Context, at: int) -> bool:
    """The words after a rating say what it is for, and they name standards."""
    work = FOR_WORK_RE.match(ctx.text, at)
    return bool(work and standards_named(ctx, work.group("work"), cue_before=work.start("work")))


def rates_a_standard(ctx: Context, match: re.Match[str]) -> bool:
    """The words the rating is about name a standard ('the out-of-court disposal policy and provision standard had
    been rated Inadequate'): that standard's rating, not the service's."""
    stage = AFTER_RATING.match(ctx.text, match.end("rating"))
    if stage and stage.group("stage"):
        return True  # 'was rated Outstanding for implementation and delivery': a stage of the work, a standard
    subject = rated_subject(ctx.text, match, None)
    # up to the rating: a headline's 'partnerships and services rated Outstanding' names the standard in the match
    subject = span(ctx.text, subject.start, max(subject.end, match.start("rating")))
    # 'implementation and delivery of services was rated as 'Outstanding'' under a domain's heading: a stage of the work
    return bool(standards_named(ctx, subject.text, cue_before=subject.start) or STAGE_IN_FULL.search(subject.text))


# The one stage of the work whose name no service's sentence uses otherwise (over a line break too).
STAGE_IN_FULL = re.compile(r"\bimplementation\s+and\s+delivery\b", re.IGNORECASE)


def sentence_span(text: str, start: int, end: int) -> Span:
    """The sentence holding text[start:end], on its lines, as the rating's quote."""
    floor, ceiling = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    begin = max(text.rfind(". ", floor, start) + 2, text.rfind("\n", floor, start) + 1, floor)
    stop = re.compile(r"\.(?:\s|$)|\n").search(text, end, ceiling)
    return trim(text, begin, stop.start() + 1 if stop and text[stop.start()] == "." else stop.start() if stop else ceiling,
                " \t")


def clause_around(text: str, at: int) -> str:
    """The clause of the sentence holding `at`: '... rated Good overall; the work was rated X' parts at the semicolon."""
    floor, ceiling = max(0, at - SENTENCE_REACH), min(len(text), at + SENTENCE_REACH)
    start = max(text.rfind(". ", floor, at), text.rfind(".\n", floor, at), text.rfind("\n\n", floor, at),
                text.rfind(";", floor, at), floor - 1) + 1
    stop = re.compile(r"\.\s|\n\n|;").search(text, at, ceiling)
    return text[start:stop.start() if stop else ceiling]


def sentence_around(text: str, at: int) -> str:
    floor, ceiling = max(0, at - SENTENCE_REACH), min(len(text), at + SENTENCE_REACH)
    start = max(text.rfind(". ", floor, at), text.rfind(".\n", floor, at), text.rfind("\n\n", floor, at), floor - 1) + 1
    stop = re.compile(r"\.\s|\n\n").search(text, at, ceiling)
    return text[start:stop.start() if stop else ceiling]


def theme_of_work(phrase: str) -> str | None:
    phrase = " ".join(phrase.split())  # a theme the margin broke over two lines
    for scope, pattern in THEMES_OF_WORK:
        if re.fullmatch(pattern, phrase, re.IGNORECASE):
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


# A row of an older inspection's scoring table: the area of work, the share done well enough and the judgement on the
# improvement it needs ('Safeguarding work | 58% | SUBSTANTIAL improvement required'), in bars, tabs or padded columns.
# (possessive: a run of blanks is read once, never split several ways)
CELL_BREAK = r"(?:[^\S\n\t]*+[|\t][^\S\n]*+|[^\S\n]{2,}+)"
# (a dash for a score the area was not given: 'Governance and partnerships<TAB>--<TAB>Substantial improvement required')
# (the score a bare number where the column's head gives its unit: 'Aspect   Score (%)   Comment' over 'Safeguarding   61   ...')
SCORE_ROW = re.compile(rf"^[^\S\n]*+\|?[^\S\n]*+(?P<scope>[^\s|][^|\t\n%]{{1,60}}?){CELL_BREAK}(?:(?P<percent>\d{{1,3}})(?:\s?%)?|[-–—]{{1,2}})"
                       rf"{CELL_BREAK}(?P<rating>(?i:(?:minimum|minimal|moderate|substantial|drastic)\s+improvement(?:\s+required)?|"
                       rf"some\s+improvement\s+required))"
                       rf"[^\S\n]*\|?[^\S\n]*$", re.MULTILINE)
# A row set over two lines: the area of work with its score, then its explanation in brackets with the judgement
# ('Safeguarding work:        56%' / '(action to protect the young person)        SUBSTANTIAL improvement required').
SCORE_ROW_SPLIT = re.compile(r"^[^\S\n]*+(?P<scope>[A-Z][^\n:|\t%()]{1,60}?):?[^\S\n]{2,}+(?P<percent>\d{1,3})\s?%[^\S\n]*+\n"
                             r"[^\S\n]*+\([^()\n]{1,80}\)[^\S\n]{2,}+(?P<rating>(?i:(?:minimum|minimal|moderate|substantial|"
                             r"drastic)\s+improvement(?:\s+required)?))[^\S\n]*+$", re.MULTILINE)
# A row below whose first cell goes on with the area of work, its other cells empty.
SCORE_ROW_WRAP = re.compile(rf"^[^\S\n]*+\|?[^\S\n]*+(?P<more>[^\s|](?:[^|\t\n]*?[^\s|])?)(?:{CELL_BREAK})+$", re.MULTILINE)


def score_table_rows(ctx: Context, inspection: InspectionRef | None) -> set[int]:
    """Each row of an older inspection's scoring table: the judgement as a rating of the area of work, and the share
    done well enough as its score; the area's name is its first cell and the lines it wraps onto, before any words in
    brackets that explain it ('Likelihood of Reoffending' / 'work (individual and ...)'). Gives the rows' line ends
    (-1 for a row ending the text)."""
    text = ctx.text
    tabled: set[int] = set()
    for row in SCORE_ROW.finditer(text):
        words = [row.group("scope")]
        below = row.end() + 1
        while (more := SCORE_ROW_WRAP.match(text, below)) and "(" not in words[-1]:
            words.append(more.group("more"))
            below = more.end() + 1
        scope = " ".join(" ".join(words).split("(")[0].split()).strip(" '‘’\"") or _heading_above(text, row.start("scope"))
        if not scope:
            continue
        scope = re.sub(r"['‘’\"]", "", scope)
        scope = theme_of_work(scope) or scope  # one name per theme: the row's, the sentences' and the score's
        where = span(text, row.start("scope"), row.end("rating"))
        emit_rating(ctx, inspection, scope, row.group("rating"), where)
        if row.group("percent"):
            emit_score(ctx, inspection, scope, row.group("percent"), where)
        tabled.add(text.find("\n", row.start("rating")))
    for split in SCORE_ROW_SPLIT.finditer(text):
        scope = " ".join(split.group("scope").split())
        scope = theme_of_work(scope) or scope
        where = span(text, split.start("scope"), split.end("rating"))
        emit_rating(ctx, inspection, scope, split.group("rating"), where)
        emit_score(ctx, inspection, scope, split.group("percent"), where)
        tabled.add(text.find("\n", split.start("rating")))
    return tabled


# The area of work on its own line over a row that opens with its explanation in brackets ('Safeguarding work:' over
# '(action to protect the young person)   63%   Substantial improvement required'), its name quoted or not
# ('"Safeguarding" work').
HEADING_ABOVE_REACH = 160  # characters of the heading's line and the row's indent
HEADING_ABOVE_RE = re.compile(r"[^\S\n]*+(?P<scope>['‘’\"“”]?[A-Z][^\n:|\t%()]{1,60}?)[^\S\n]*+:?[^\S\n]*+\n[^\S\n]*+\($")


def _heading_above(text: str, scope_start: int) -> str:
    """The area of work on the line above a row whose first cell is only words in brackets, or ''."""
    if not text.startswith("(", scope_start):
        return ""
    above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, scope_start))) + 1
    if scope_start - above > HEADING_ABOVE_REACH:
        return ""  # a long line above is prose, not the area's heading
    heading = HEADING_ABOVE_RE.fullmatch(text, above, scope_start + 1)
    return " ".join(heading.group("scope").split()) if heading else ""


# The scoring table's row told in a sentence, one area of work of the older framework's three after another:
# 'Safeguarding work had scored 62%, with moderate improvement required; Risk of Harm to others work had scored 57%, ...'.
# or scored at it: 'the inspectors scored Safeguarding work at 58% (substantial improvement required), Risk of Harm ...'.
# ('The scores were: Safeguarding 63% (moderate improvement required); Risk of Harm to others 52% (...)': the area's
# name alone, its score straight after it)
SCORE_SENTENCE = re.compile(r"\b(?P<scope>(?:Safeguarding|Risk\s+of\s+Harm\s+to\s+others|Likelihood\s+of\s+Reoffending)(?:\s+work)?)"
                            r"\s+(?:(?:had|has)\s+(?:been\s+)?)?(?:scored\s+(?:at\s+)?|at\s+)?(?P<percent>\d{1,3})\s?%"
                            r"(?:,?\s+with\s+|[^\S\n]*\([^\S\n]*|[^\S\n]*[,;:–—-][^\S\n]*)"
                            r"(?P<rating>(?:minimum|moderate|substantial|drastic)\s+improvement\s+required)\b", re.IGNORECASE)


def score_sentences(ctx: Context, inspection: InspectionRef | None) -> None:
    """An older inspection's scores and judgements told in minutes or papers, each area of work with its share done
    well enough and the improvement it needs."""
    for told in SCORE_SENTENCE.finditer(ctx.text):
        scope = " ".join(told.group("scope").split())
        where = span(ctx.text, told.start(), told.end())
        emit_rating(ctx, inspection, scope, told.group("rating"), where)
        emit_score(ctx, inspection, scope, told.group("percent"), where)


# The judgement first, then the themes of work it was given to: 'Substantial improvement was required in Protecting the
# Public and in Protecting the Child, and moderate improvement in Reducing Reoffending'.
IMPROVEMENT_IN_RE = re.compile(r"\b(?P<level>minimum|minimal|moderate|substantial|drastic)\s+improvement\s+"
                               r"(?:(?:was|is|were|had\s+been|has\s+been)\s+)?(?:(?:required|needed)\s+)?in\s+", re.IGNORECASE)
OLD_THEME = (r"(?:Protecting\s+the\s+(?:Public|Child(?:\s+or\s+Young\s+Person)?|Young\s+Person)|Reducing\s+Re-?offending|"
             r"Safeguarding(?:\s+work)?|Risk\s+of\s+Harm\s+to\s+others(?:\s+work)?|Likelihood\s+of\s+Re-?offending(?:\s+work)?)")
OLD_THEME_RE = re.compile(rf"(?:the\s+)?(?P<theme>{OLD_THEME})\b", re.IGNORECASE)
OLD_THEMES_JOINED_RE = re.compile(r"\s*(?:,\s*)?(?:and\s+|&\s+)?(?:in\s+)?")


def improvement_in_sentences(ctx: Context, inspection: InspectionRef | None) -> None:
    """The older framework's judgements told judgement first, each naming the themes of work it was given to."""
    for told in IMPROVEMENT_IN_RE.finditer(ctx.text):
        at = told.end()
        while theme := OLD_THEME_RE.match(ctx.text, at):
            written = " ".join(theme.group("theme").split())
            scope = theme_of_work(written) or written  # one name per theme ('Protecting the public')
            emit_rating(ctx, inspection, scope, f"{told.group('level')} improvement required",
                        span(ctx.text, told.start(), theme.end()))
            joined = OLD_THEMES_JOINED_RE.match(ctx.text, theme.end())
            if joined is None or joined.end() == theme.end() or not OLD_THEME_RE.match(ctx.text, joined.end()):
                break
            at = joined.end()


def theme_scores(ctx: Context, inspection: InspectionRef | None) -> None:
    """Older reports' case assessment scores: 'overall 70% of work to reduce reoffending was done well enough',
    under the theme heading before it (Theme 1: Reducing reoffending)."""
    all_lines = lines(ctx.text)
    for match in THEME_SCORE.finditer(ctx.text):
        heading = next((THEME_HEADING.match(line.text) for line in reversed(all_lines)
                        if line.end <= match.start() and THEME_HEADING.match(line.text)), None)
        # one name per theme: the score's heading ('Protecting the child or young person') is the judgement's theme
        written = heading.group("name").strip() if heading else match.group("work")
        scope = theme_of_work(written) or written
        emit_score(ctx, inspection, scope, match.group("percent"), span(ctx.text, match.start(), match.end()))


def emit_score(ctx: Context, inspection: InspectionRef | None, scope: str, percent: str, where: Span) -> None:
    """A case assessment score of its own, never merged with the judgement of the same work: a percentage is not a
    rating."""
    score = ctx.entity("Rating", "score", fold(scope))
    score.add("scope", scope, where).add("percent", percent, where)
    if inspection:
        score.add("inspection", inspection.id, where)
