"""Findings read from any document: the inspection it reports, its ratings and scores, its
recommendations, strengths and areas for improvement, key facts, named programmes and links
between areas.

`load` runs on every document after the family loaders, so each extractor reads a layout
that recurs across families rather than one family's file, and is quiet where its layout is
absent: a council paper that embeds a report yields the report's findings; minutes or a
press release yield what their sentences say ("rated Inadequate", "reoffending rate ... was
42.5%, worse than the average for England and Wales (35.4%)"); a web page yields nothing.

One inspection, several documents: the Inspection id is hashed from stable keys (area,
inspection type, year of fieldwork or else of publication), never from the document, so a
report and the minutes that discuss it meet on one node, each linked to it by `reported_in`.
Where the area or the year cannot be read, the document id is part of the key, so unrelated
inspections are never merged on a guess.

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
from collections.abc import Iterator
from dataclasses import dataclass

from kg.dates import iso_date
from kg.gazetteer import fold
from kg.loaders.context import Context, EntityBuilder
from kg.loaders.generic import document_area
from kg.loaders.roles import organisation_for_role
from kg.loaders.text import Span, is_blank, lines, plain, sentences, span, strip_bullet, trim
from kg.statements import stable_hash
from kg.themes import tag

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
NUMBER = (r"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|"
          r"six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")

# Inspection types, each with the wording that names it; the earliest mention in a document wins.
INSPECTION_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("SQS", re.compile(r"\bShort Quality Screening\b|\bSQS (?:inspection|letter|report)\b", re.IGNORECASE)),
    ("Full Joint Inspection", re.compile(r"\bFull Joint (?:Re-?)?inspections?\b|\bFJI\b", re.IGNORECASE)),
    ("standards inspection", re.compile(r"\bAn inspection of youth (?:offending|justice) services in\b|"
                                        r"\bInspection of youth (?:offending|justice) services in:", re.IGNORECASE)),
    ("probation inspection", re.compile(r"\bAn inspection of probation services in\b|"
                                        r"\bInspection of probation services:", re.IGNORECASE)),
    ("Core Case Inspection", re.compile(r"\bCore Case Inspection of youth offending\b", re.IGNORECASE)),
    ("thematic inspection", re.compile(r"\bthematic inspection\b|^\s*A Joint Inspection of (?!youth offending)",
                                       re.IGNORECASE | re.MULTILINE)),
]
TITLE_AREA = re.compile(r"(?:work|services?) in:?[ \t]*(?:\*\*)?\s*\n*\s*(?:\*\*)?([A-Z][\w'’&,\- ]{2,60}?)(?:\*\*)?"
                        r"\s*(?:\n|$|HM |·|\d|\()")
SERVICE = re.compile(r"\b(?:Service:\s*|supervised by (?:the )?)((?:[A-Z][\w'’&-]*\s+){1,5}?(?:Youth Offending "
                     r"(?:Service|Team)|Youth Justice Service|YOS|YOT))\b")

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
    re.compile(rf"^\W*Overall rating\W*\n(?:\s*\n)*\W*(?P<rating>{STANDARD_RATINGS})\W*$", re.IGNORECASE | re.MULTILINE),
    re.compile(rf"\b(?:was|were|been|is|are)\s+(?:rated|judged|graded)\s+(?:as\s+)?(?:being\s+)?['‘\"“*]*"
               rf"(?P<rating>{JUDGEMENT})\b", re.IGNORECASE),
    re.compile(r"\b(?P<rating>(?:one|two|three|four|five|[1-5])[\s-]stars?)\b(?:\s+rating)?", re.IGNORECASE),
]
SERVICE_RATED = re.compile(r"\b(?:YOS|YOT|YJS|[Ss]ervice|[Tt]eam|Youth Offending \w+|Youth Justice \w+|[Pp]artnership)"
                           r"\s+(?:has\s+been|had\s+been|was|were|is|has|got)\b")
STANDARD_ROW = re.compile(rf"^\W*(?:<p>)?\s*(?P<code>[1-9]\.[1-9])\.?(?!\d)\s*(?:</p>)?\s*(?P<rest>.+?)[\s|]*(?:<p>)?\s*"
                          rf"(?P<rating>{STANDARD_RATINGS})\s*(?:</p>)?[\s|]*$", re.IGNORECASE)
KEY_QUESTION_ROW = re.compile(r"^\W*(?:<p>)?\s*(?P<code>[1-9]\.[1-9]\.[1-9])\.?\s*(?P<question>.+?)[\s|]*(?:</p>)?"
                              r"[\s|]*(?:<p>)?\s*(?P<percent>\d{1,3}(?:\.\d+)?)\s?%\s*(?:</p>)?[\s|]*$")
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
THEME_HEADING = re.compile(r"^\W*Theme\s+\d+\s*:\s*(?P<name>[A-Z][^\n]{2,80}?)\W*$")
DOMAIN_HEADING = re.compile(r"^\W*(?:\d\.|Domain (?:one|two|three|four|\d):?)\s+(?P<name>[A-Z][a-z-]+(?: [a-z-]+){0,5})\s*$")

RECOMMENDATIONS_HEADING = re.compile(r"^\W*(?:Recommendations?|Our recommendations)\s*:?\s*$", re.IGNORECASE)
ADDRESSEE_LINE = re.compile(r"^\W*(?P<who>[A-Z(‘'][^.:\n]{1,120}?)\s+(?:should|must|will need to|needs to)\s*:?\s*$")
NUMBERED_ITEM = re.compile(r"^\W*?(?P<number>\d{1,2})[.)]?\s+(?=\S)")
BULLET_ITEM = re.compile(r"^\s*(?:[-•·▪●◦*]|\(\w\)|[a-z][.)])\s+")
OWNER = re.compile(r"\((?P<owner>[^()]{3,120})\)\W*$")
POST_WORDS = re.compile(r"\b(?:manager|board|chair|director|head|YOT|YOS|YJB|council|police|service|services|"
                        r"partnership|lead|officer|commissioner|executive|member|authority|trust|team|ministry|"
                        r"justice|court|probation|panel)\b", re.IGNORECASE)
COUNCIL_RECOMMENDATION = re.compile(r"^\W*(?P<head>RECOMMEND(?:ED|ATION)?S?\s*(?:-|–|:)?\s*(?:T\s?H\s?A\s?T|that))\s+"
                                    r"(?P<text>.+)$")
COUNCIL_BODY = re.compile(r"\bthe\s+((?:[A-Z][\w&'’]*\s+){0,5}?(?:Scrutiny |Management )?(?:Panel|Committee|Cabinet|"
                          r"Board))\b")

FINDING_HEADINGS: list[tuple[str, re.Pattern[str]]] = [
    ("strength", re.compile(r"^\W*(?:key |main |particular )?strengths?(?: were| identified[^:]*?)?\W*$|"
                            r"\bkey strengths (?:identified|found|noted)[^:]*?\bwere\s*:\s*$", re.IGNORECASE)),
    ("improvement", re.compile(r"^\W*(?:key |main )?areas? (?:for|requiring|that require|needing) (?:further )?"
                               r"improvement\W*$|\bareas? (?:for|requiring) (?:further )?improvement "
                               r"(?:identified|found|noted)?[^:]*?\bwere\s*:\s*$", re.IGNORECASE)),
    ("summary", re.compile(r"^\W*(?:Our )?key findings(?: about (?P<domain>[^:]+?) were as follows)?\W*$",
                           re.IGNORECASE)),
]
ITEM_MAX = 700
# Where bullets were lost, a list ends at the letter's or report's next paragraph in its own voice.
CLOSING = re.compile(r"^(?:We|I|Please|If|Our|Thank|Yours|This report|The inspection)\b")
# Sub-headings found inside a domain or theme section, above its lists.
DOMAIN_SUBHEADINGS = re.compile(r"^(?:Summary|What we expect to see|Case assessment score|Key findings|Explanation of "
                                r"findings|Data summary|Strengths|Areas? (?:for|requiring) improvement)\W*$", re.IGNORECASE)

REOFFENDING = re.compile(rf"\b(?:re-?offending|published)\s+rates?(?P<marker>[{SUPERSCRIPTS}]*)(?P<between>[^.%\n]{{0,160}}?)"
                         r"\s(?:was|is|were|are|at|of|stood at|had risen to|had fallen to)\s+"
                         r"(?P<value>\d{1,2}(?:\.\d+)?)\s?(?:%|per\s?cent)", re.IGNORECASE)
COMPARATOR = re.compile(r"(?P<comparator>(?:the\s+)?(?:(?:national|England and Wales|regional|family|YOT family|"
                        r"London|comparator)\s+)?average(?:\s+performance)?(?:\s+(?:rate\s+)?(?:for|in|across)\s+"
                        r"(?:England and Wales|England|Wales|London|the region|its family))?)"
                        r"(?:\s+(?:of|was|at|which was|rate of))?\s*\(?\s*(?P<value>\d{1,2}(?:\.\d+)?)\s?(?:%|per\s?cent)",
                        re.IGNORECASE)
KEY_FACT = re.compile(rf"^\W*(?P<label>(?:First[- ]time entrants?(?: rate)?|Re-?offending rates?|Custody rate)"
                      rf"[{SUPERSCRIPTS}]*[^\n]{{0,40}}(?:\n(?!\W*\d[\d,.]*%?\W*$)[^\n]{{0,40}})?)$", re.IGNORECASE | re.MULTILINE)
POPULATION = re.compile(rf"\bTotal\s+(?P<what>[a-z ]*?(?:\s*\n\s*[a-z ]*?)?)\s*population(?P<place>[^\d\n]{{0,60}}?)"
                        rf"[{SUPERSCRIPTS}]*\s+(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+)\b", re.IGNORECASE)
POPULATION_SENTENCE = re.compile(r"\b(?:has|had|with)\s+a\s+(?P<what>(?:youth |total |10-17 |child )?)population of\s+"
                                 r"(?:around\s+|approximately\s+|about\s+|some\s+|over\s+|nearly\s+)?"
                                 r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)", re.IGNORECASE)
CASES_EXAMINED = [
    re.compile(rf"\b(?:examined|inspected|assessed|looked at)\s+(?:a\s+(?:representative\s+)?sample\s+of\s+)?"
               rf"(?P<value>{NUMBER})\s+(?:individual\s+|recent\s+)?cases\b", re.IGNORECASE),
    re.compile(rf"\b(?P<value>{NUMBER})\s+cases\s+were\s+(?:inspected|examined|assessed)\b", re.IGNORECASE),
]
CASES_COURT = re.compile(rf"\bexamined\s+(?P<value>{NUMBER})\s+(?:post-court|court(?:\s+disposal)?)\s+cases\b",
                         re.IGNORECASE)
CASES_OUT_OF_COURT = re.compile(rf"\bexamined\s+(?P<value>{NUMBER})\s+out-of-court(?:\s+disposal)?\s+(?:cases|disposals)\b",
                                re.IGNORECASE)
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

KNOWN_SYSTEMS = ["AssetPlus", "Asset", "Onset", "Viewpoint", "Liquid Logic", "LiquidLogic", "ChildView", "Careworks",
                 "CareWorks", "YOIS", "Core+", "Mosaic", "Police National Computer", "MAPPA", "Triage",
                 "Multi-Agency Public Protection Arrangements", "multi-agency safeguarding hub", "MASH",
                 "Multi-Agency Safeguarding Hub", "CAMHS", "triage"]
PROGRAMME_PATTERNS = [
    re.compile(r"\b(?:system|survey|tool|scheme|programme|project|database|initiative|service)\s+(?:called\s+|known as\s+)?"
               r"['‘\"“](?P<name>[A-Z][^'’\"”\n]{1,40})['’\"”]"),
    re.compile(r"\((?P<name>[A-Z][a-z]+\d[\w]*|[A-Z][a-z]+[A-Z][a-z]\w*)\)"),
    re.compile(r"\b(?P<name>[A-Z][a-z]+\d+[A-Za-z]*)\b"),
    re.compile(r"\b(?P<name>[A-Z][\w]+)\s+\((?:the|a|an)\s+[^)]{0,60}?(?:service|team|project|programme|scheme)\)"),
    re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]+,?\s+(?:(?:and|of|for|to|in)\s+)?){1,6}\([A-Z]{2,6}\))"),
    re.compile(r"\b(?P<name>[A-Z]{4,})\s+(?:meetings?|sessions?|programmes?|groups?|project)\b"),
    re.compile(r"\b(?P<name>Operation\s+[A-Z][a-z]+)\b"),
    re.compile(rf"\b(?P<name>(?:[A-Z][\w/-]*\s+(?:(?:to|in|of|and|for)\s+)?){{2,8}}\({MONTH}\s+\d{{4}}\))"),
    re.compile(r"\b(?:the|a|an)\s+(?P<name>(?:[a-z][\w-]+\s+){1,3}(?:unit|pilot|panel|matrix(?: team)?|"
               r"participation group|tracker tool))\b"),
    re.compile(r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:and|of|for|to)\s+)?){1,5}"
               r"(?:scheme|programme|project|pilot|initiative|forum|panel|tool|matrix|unit)s?)\b"),
]
NOT_PROGRAMMES = {"yos", "yot", "yjb", "hmi", "crc", "nps", "the", "this", "a", "our", "his", "her", "their", "its",
                  "ofsted", "cqc", "hmic", "ete", "psr", "psrs", "imd", "ero", "rosh", "bme", "fji", "sqs", "mash board"}
AREA_LINK = re.compile(r"\b(?P<relation>managed|run|hosted|provided|delivered|commissioned|merged with|shared with|"
                       r"combined with)\s+(?:jointly\s+)?(?:by\s+)?(?:the\s+)?(?P<other>(?:London Borough of|Royal Borough of|"
                       r"City of|Borough of)\s+[A-Z][\w'’-]*(?:\s+(?:&|and|upon|on)\s+[A-Z][\w'’-]*)*|[A-Z][\w'’-]*"
                       r"(?:\s+(?:&|and|upon|on)\s+[A-Z][\w'’-]*)*\s+(?:City |County |Borough )?Council)")


@dataclass(frozen=True)
class InspectionRef:
    id: str
    area: str | None


def load(ctx: Context) -> None:
    """Every findings extractor, on any document; an extractor that fails warns and the rest carry on."""
    inspection = safely(ctx, "inspection facts", lambda: inspection_facts(ctx))
    for name, extractor in [("ratings", ratings), ("key question scores", key_question_scores),
                            ("theme scores", theme_scores), ("recommendations", recommendations),
                            ("strengths and improvements", strengths_and_improvements), ("metrics", metrics),
                            ("programmes", programmes), ("area links", area_links)]:
        safely(ctx, name, lambda extractor=extractor: extractor(ctx, inspection))


def safely(ctx: Context, name: str, run):  # type: ignore[no-untyped-def]
    """Findings are optional: a layout no extractor expected must never stop the document."""
    try:
        return run()
    except Exception as error:  # noqa: BLE001 - reported as a warning, the load goes on
        ctx.warn(f"findings: {name} skipped ({type(error).__name__}: {error})")
        return None


# --- the inspection -----------------------------------------------------------------------

def inspection_facts(ctx: Context) -> InspectionRef | None:
    """The inspection the document reports or discusses, with its type, area, service, dates and cases."""
    found = inspection_type(ctx.text)
    if found is None:
        return None
    kind, where = found
    area, area_span = inspection_area(ctx, where)
    fieldwork = fieldwork_dates(ctx.text)
    published = publication_date(ctx.text, where.start)
    year = next((d[0][:4] for d in (fieldwork[0] if fieldwork else None, published) if d), None)
    keys = (fold(area) if area else ctx.document.id, kind, year or ctx.document.id)
    inspection = EntityBuilder(ctx, "Inspection", "inspection-" + stable_hash(*keys))
    inspection.add("inspection_type", kind, where)
    inspection.add("reported_in", ctx.document_entity, where)
    if area and area_span:
        inspection.add("area", ctx.area(area, area_span), area_span)
    service = inspected_service(ctx, area)
    if service:
        inspection.add("service", ctx.organisation(service.text, service), service)
    if fieldwork:
        start, end = fieldwork
        inspection.add("fieldwork_start", start[0], start[1])
        if end:
            inspection.add("fieldwork_end", end[0], end[1])
    if published:
        inspection.add("published", published[0], published[1])
    cases_examined(ctx, inspection)
    return InspectionRef(inspection.id, area)


def inspection_type(text: str) -> tuple[str, Span] | None:
    """The inspection type named earliest in the text, and where."""
    matches = [(m.start(), kind, m) for kind, pattern in INSPECTION_TYPES for m in [pattern.search(text)] if m]
    if not matches:
        return None
    _, kind, match = min(matches, key=lambda found: found[0])
    return kind, trim(text, match.start(), match.end(), " \t\n")


def inspection_area(ctx: Context, where: Span) -> tuple[str | None, Span | None]:
    """The area named in the inspection's title, else the document's area, with a span naming it."""
    title = TITLE_AREA.match(ctx.text, where.end, min(len(ctx.text), where.end + 200))
    if title is None:
        title = TITLE_AREA.search(ctx.text, where.start, min(len(ctx.text), where.end + 200))
    if title:
        candidate = title.group(1).strip(" ,")
        return ctx.gazetteer.area_name(candidate), span(ctx.text, title.start(1), title.start(1) + len(candidate))
    area = document_area(ctx)
    if not area:
        return None, None
    at = ctx.text.find(area)
    return area, (span(ctx.text, at, at + len(area)) if at >= 0 else where)


def inspected_service(ctx: Context, area: str | None) -> Span | None:
    """The service inspected: 'Service: X Youth Offending Service', 'supervised by X YOS', or the area's YOS named."""
    match = SERVICE.search(ctx.text)
    if match:
        return trim(ctx.text, match.start(1), match.end(1))
    if area:
        named = re.search(rf"\b{re.escape(area)}\s+(?:Youth Offending (?:Service|Team)|Youth Justice Service)\b", ctx.text)
        if named:
            return span(ctx.text, named.start(), named.end())
    return None


def fieldwork_dates(text: str) -> tuple[tuple[str, Span], tuple[str, Span] | None] | None:
    """Fieldwork start and end: 'conducted from 13-15 July 2015', 'Fieldwork started: September 2018',
    'undertaken on the weeks commencing: 11 May 2015 and 01 June 2015'."""
    ordinal = r"(\d{1,2})(?:st|nd|rd|th)?"
    ranged = re.search(rf"\b(?:conducted|carried out|undertaken|took place)\s+(?:from|between|on)\s+{ordinal}\s*(?:-|–|to|and)\s*"
                       rf"{ordinal}\s+({MONTH})\s+(\d{{4}})", text, re.IGNORECASE)
    if ranged:
        where = span(text, ranged.start(), ranged.end())
        day1, day2, month, year = ranged.groups()
        return (iso_date(day1, month, year), where), (iso_date(day2, month, year), where)
    weeks = re.search(rf"\bweeks? commencing:?\s+{ordinal}\s+({MONTH})\s+(\d{{4}})(?:\s+and\s+{ordinal}\s+({MONTH})\s+(\d{{4}}))?",
                      text, re.IGNORECASE)
    if weeks:
        where = span(text, weeks.start(), weeks.end())
        day1, month1, year1, _, month2, year2 = weeks.groups()
        end = (iso_date(None, month2, year2), where) if month2 else None
        return (iso_date(day1, month1, year1), where), end
    during = re.search(rf"\b(?:during|in)\s+({MONTH})\s+(\d{{4}}),?\s+(?:the\s+)?(?:Inspectorate|inspectors?|HMI Probation)"
                       rf"[^.]{{0,80}}?\b(?:undertook|undertaken|carried out|conducted|inspected)", text, re.IGNORECASE)
    if during:
        month, year = during.groups()
        return (iso_date(None, month, year), span(text, during.start(), during.end())), None
    started = re.search(rf"\bfieldwork(?: for this inspection)?\s+(?:started|began|commenced)(?: on)?:?\s+(?:{ordinal}\s+)?"
                        rf"({MONTH})\s+(\d{{4}})", text, re.IGNORECASE)
    if started:
        day, month, year = started.groups()
        return (iso_date(day, month, year), span(text, started.start(), started.end())), None
    return None


def publication_date(text: str, after: int) -> tuple[str, Span] | None:
    """'Publication date: 12 August 2015', else a title page's or foreword's 'Month YYYY' line near the title."""
    labelled = re.search(rf"Publication date:?\W*(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})\s+(\d{{4}})", text, re.IGNORECASE)
    if labelled:
        day, month, year = labelled.groups()
        return iso_date(day, month, year), span(text, labelled.start(), labelled.end())
    for line in lines(text, after, min(len(text), after + 5000)):
        alone = re.fullmatch(rf"\W*(?:(?:HMI Probation|HM Inspectorate of Probation),?\s*)?({MONTH})\s+(\d{{4}})\W*",
                             plain(line.text), re.IGNORECASE)
        if alone:
            return iso_date(None, alone.group(1), alone.group(2)), trim(text, line.start, line.end)
    return None


def number_value(words: str) -> int:
    """'20', '1,234', 'seven', 'Twenty one', 'twenty-one' as an int."""
    cleaned = words.replace(",", "").strip().lower()
    if cleaned.isdigit():
        return int(cleaned)
    parts = re.split(r"[\s-]+", cleaned)
    return sum(TENS.get(part, NUMBER_WORDS.get(part, 0)) for part in parts)


def cases_examined(ctx: Context, inspection: EntityBuilder) -> None:
    """Cases examined, with the court / out-of-court split where the report gives it."""
    court = CASES_COURT.search(ctx.text)
    out_of_court = CASES_OUT_OF_COURT.search(ctx.text)
    if court:
        inspection.add("cases_court", str(number_value(court.group("value"))), span(ctx.text, court.start(), court.end()))
    if out_of_court:
        inspection.add("cases_out_of_court", str(number_value(out_of_court.group("value"))),
                       span(ctx.text, out_of_court.start(), out_of_court.end()))
    if court and out_of_court:
        first, last = sorted([court, out_of_court], key=lambda m: m.start())
        total = number_value(court.group("value")) + number_value(out_of_court.group("value"))
        inspection.add("cases_examined", str(total), span(ctx.text, first.start(), last.end()))
        return
    for pattern in CASES_EXAMINED:
        match = pattern.search(ctx.text)
        if match:
            where = span(ctx.text, match.start(), match.end())
            inspection.add("cases_examined", str(number_value(match.group("value"))), where)
            return


# --- ratings and scores -------------------------------------------------------------------

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


# --- recommendations ----------------------------------------------------------------------

@dataclass
class Item:
    """One list item (a recommendation or a finding) as the lines it spans."""

    start: int
    end: int
    number: str | None
    addressee: Span | None


def recommendations(ctx: Context, inspection: InspectionRef | None) -> None:
    """Recommendations under a 'Recommendations' heading: numbered or bulleted, grouped under 'X should:' lines or
    ending with their owners in brackets ('(YOT manager)'); and council 'RECOMMENDED that ...' resolutions."""
    all_lines = lines(ctx.text)
    area = inspection.area if inspection else document_area(ctx)
    for index, line in enumerate(all_lines):
        if RECOMMENDATIONS_HEADING.match(plain(line.text)) and not re.search(r"\.{3,}|\t\d+\s*$", line.text):
            for item in recommendation_items(ctx, all_lines, index + 1):
                emit_recommendation(ctx, inspection, area, item)
    council_recommendations(ctx, inspection, all_lines)


def recommendation_items(ctx: Context, all_lines: list[Span], begin: int) -> Iterator[Item]:
    addressee: Span | None = None
    current: Item | None = None
    blank_run = 0
    intro = 0
    for line in all_lines[begin:]:
        text = plain(line.text)
        if is_blank(line):
            blank_run += 1
            if blank_run > 3 and current:
                break
            continue
        after_blank, blank_run = blank_run > 0, 0
        who = ADDRESSEE_LINE.match(text)
        numbered = NUMBERED_ITEM.match(line.text.lstrip(" -•·*\t"))
        bulleted = BULLET_ITEM.match(line.text) and not numbered
        if who and not numbered:
            if current:
                yield current
                current = None
            addressee = trim(ctx.text, line.start + line.text.find(who.group("who")[:5]),
                             line.start + line.text.find(who.group("who")[:5]) + len(who.group("who")))
            continue
        if numbered or (bulleted and (addressee or current)):
            if current:
                yield current
            number = numbered.group("number") if numbered else None
            current = Item(line.start, line.end, number, addressee)
            continue
        if current and (not after_blank or text[:1].islower()) and not looks_like_heading(text):
            current.end = line.end
            continue
        if current or intro >= 3:
            break
        intro += 1
    if current:
        yield current


def looks_like_heading(text: str) -> bool:
    return len(text) < 60 and not text.rstrip().endswith((".", ",", ";", ")", ":", '"', "”")) and text[:1].isupper()


def emit_recommendation(ctx: Context, inspection: InspectionRef | None, area: str | None, item: Item) -> None:
    first = span(ctx.text, item.start, item.end)
    body = strip_bullet(ctx.text, first)
    if item.number:
        body = without_number(ctx, body)
    body = trim(ctx.text, body.start, body.end, " \t\n-–•·*")
    addressee = item.addressee
    owner = OWNER.search(body.text)
    if owner and POST_WORDS.search(owner.group("owner")):
        addressee = trim(ctx.text, body.start + owner.start("owner"), body.start + owner.end("owner"))
        body = trim(ctx.text, body.start, body.start + owner.start(), " \t\n")
    if len(body.text) < 15:
        return
    recommendation = ctx.entity("Recommendation", item.number, fold(body.text[:80]))
    recommendation.add("text", body.text, body).add("number", item.number, body)
    recommendation.add("document", ctx.document_entity, body)
    if inspection:
        recommendation.add("inspection", inspection.id, body)
    for theme in tag(body.text):
        recommendation.add("theme", theme, body)
    if addressee:
        recommendation.add("addressee", addressee.text, addressee)
        for part in addressee_parts(addressee.text):
            organisation = organisation_for_role(part, area, gazetteer=ctx.gazetteer, default=part)
            recommendation.add("addressed_to", ctx.organisation(organisation or part, addressee), addressee)


def addressee_parts(written: str) -> list[str]:
    """'Chair of the YOT Management Board/YOT manager' is two addressees; 'YOT/YOS Manager' is one."""
    cleaned = re.sub(r"^(?:the)\s+", "", written.strip(), flags=re.IGNORECASE)
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s*;\s*|\s+and\s+(?=(?:the\s+)?[A-Z])", cleaned) if p.strip()]
    if len(parts) > 1 and all(len(p.split()) > 1 and POST_WORDS.search(p) for p in parts):
        return [re.sub(r"^the\s+", "", p, flags=re.IGNORECASE) for p in parts]
    return [cleaned]


def council_recommendations(ctx: Context, inspection: InspectionRef | None, all_lines: list[Span]) -> None:
    """'RECOMMENDED that the minutes of the ECYP Scrutiny Panel ... be approved': addressed to the body named."""
    for line in all_lines:
        match = COUNCIL_RECOMMENDATION.match(line.text)
        if not match:
            continue
        body = trim(ctx.text, line.start + match.start("text"), line.end, " \t")
        recommendation = ctx.entity("Recommendation", "council", fold(body.text[:80]))
        where = trim(ctx.text, line.start, line.end)
        recommendation.add("text", where.text, where).add("document", ctx.document_entity, where)
        for theme in tag(body.text):
            recommendation.add("theme", theme, where)
        named = COUNCIL_BODY.search(body.text)
        if named:
            who = span(ctx.text, body.start + named.start(1), body.start + named.end(1))
            recommendation.add("addressee", who.text, who)
            recommendation.add("addressed_to", ctx.organisation(who.text, who), who)


# --- strengths, areas for improvement and summary findings --------------------------------

def strengths_and_improvements(ctx: Context, inspection: InspectionRef | None) -> None:
    """Lists under 'Key strengths' / 'Strengths:', 'Areas requiring improvement' / 'Areas for improvement:' and
    'Our key findings about X were as follows:' / 'Key Findings', each item a Finding with its polarity."""
    all_lines = lines(ctx.text)
    for index, line in enumerate(all_lines):
        text = plain(line.text)
        for polarity, pattern in FINDING_HEADINGS:
            heading = pattern.search(text)
            if not heading or len(text) > 160:
                continue
            domain = (heading.groupdict().get("domain") or domain_before(all_lines, index) or "").strip()
            for number, item in enumerate(list_items(ctx, all_lines, index + 1), 1):
                emit_finding(ctx, inspection, polarity, domain, item, number)
            break


def domain_before(all_lines: list[Span], index: int) -> str | None:
    """The section a list sits in: the nearest domain ('2. Court disposals') or theme heading above it, unless
    another section heading ('Operational management') comes between them."""
    for line in reversed(all_lines[:index]):
        text = plain(line.text)
        heading = THEME_HEADING.match(text) or DOMAIN_HEADING.match(text)
        if heading:
            return heading.group("name")
        if looks_like_heading(text) and len(text.split()) <= 5 and not DOMAIN_SUBHEADINGS.match(text):
            return None
    return None


def list_items(ctx: Context, all_lines: list[Span], begin: int) -> Iterator[Span]:
    """The items of a list after a heading: bulleted or numbered lines (with wrapped continuations), or, where
    the bullets were lost, sentence lines ending in a full stop."""
    bulleted: bool | None = None
    kind: str | None = None
    current: Span | None = None
    blank_run = 0
    for line in all_lines[begin:]:
        if is_blank(line):
            blank_run += 1
            if blank_run > 2 and current:
                break
            continue
        after_blank, blank_run = blank_run > 0, 0
        text = plain(line.text)
        marker = "bullet" if BULLET_ITEM.match(line.text) else \
            "number" if NUMBERED_ITEM.match(line.text.lstrip(" \t")) else None
        if bulleted is None:
            bulleted, kind = marker is not None, marker
        if marker and (marker != kind or looks_like_heading(text)):
            break
        if marker or (not bulleted and text.endswith(".") and len(text) < ITEM_MAX and not after_blank_heading(text)
                      and not CLOSING.match(text)):
            if current:
                yield current
            current = item_text(ctx, line)
            continue
        if current and not after_blank and text[:1].islower():
            current = span(ctx.text, current.start, line.end)
            continue
        break
    if current:
        yield current


def after_blank_heading(text: str) -> bool:
    return any(pattern.search(text) for _, pattern in FINDING_HEADINGS)


def item_text(ctx: Context, line: Span) -> Span:
    body = without_number(ctx, strip_bullet(ctx.text, line))
    return trim(ctx.text, body.start, body.end, " \t-–•·*")


def without_number(ctx: Context, body: Span) -> Span:
    """The item without its leading number ('1. ', '2) ')."""
    numbered = NUMBERED_ITEM.match(body.text)
    return span(ctx.text, body.start + numbered.end(), body.end) if numbered else body


def emit_finding(ctx: Context, inspection: InspectionRef | None, polarity: str, domain: str, item: Span,
                 number: int) -> None:
    if len(item.text) < 10:
        return
    finding = ctx.entity("Finding", polarity, domain, fold(item.text[:120]))
    finding.add("polarity", polarity, item).add("text", item.text, item).add("domain", domain, item)
    finding.add("document", ctx.document_entity, item)
    if inspection:
        finding.add("inspection", inspection.id, item)
    for theme in tag(item.text):
        finding.add("theme", theme, item)


# --- key facts ----------------------------------------------------------------------------

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
    for match in REOFFENDING.finditer(ctx.text):
        paragraph_end = ctx.text.find("\n\n", match.end())
        window_end = min(match.end() + 300, paragraph_end if paragraph_end >= 0 else len(ctx.text))
        comparator = COMPARATOR.search(ctx.text, match.end(), window_end)
        end = comparator.end() if comparator else match.end()
        where = span(ctx.text, match.start(), end)
        found = observation(ctx, inspection, "reoffending_rate", match.group("value"), "%", where,
                            comparator=" ".join(comparator.group("comparator").split()) if comparator else None,
                            comparator_value=comparator.group("value") if comparator else None)
        footnote = reoffending_footnote(ctx, match.group("marker"), match.end())
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
        figures = []
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
    for pattern, metric in [(CASES_EXAMINED[0], "cases_examined"), (SURVEY, "survey_respondents"),
                            (STAFF_SURVEY, "staff_survey_respondents")]:
        match = pattern.search(ctx.text)
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


# --- programmes, systems and links between areas -----------------------------------------

def programmes(ctx: Context, inspection: InspectionRef | None) -> None:
    """Named services, programmes and systems (Spark2Life, AssetPlus, Liquid Logic, MAPPA), linked to the area and
    inspection that mention them. The node is keyed by the folded name, so every document meets on it."""
    found: dict[str, Span] = {}
    for name in KNOWN_SYSTEMS:
        match = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.text)
        if match:
            found.setdefault(programme_key(name), span(ctx.text, match.start(), match.end()))
    for pattern in PROGRAMME_PATTERNS:
        for match in pattern.finditer(ctx.text):
            name = trim(ctx.text, match.start("name"), match.end("name"), " \t\n'‘’\"“”")
            if plausible_programme(ctx, name.text):
                found.setdefault(programme_key(name.text), name)
    area = ctx.area(inspection.area, next(iter(found.values()))) if inspection and inspection.area and found else None
    for key, name in found.items():
        programme = EntityBuilder(ctx, "Programme", "programme-" + stable_hash(key))
        programme.add("name", " ".join(name.text.split()), name).add("document", ctx.document_entity, name)
        if inspection:
            programme.add("inspection", inspection.id, name)
        if area:
            programme.add("area", area, name)


GENERIC_NOUN = re.compile(r"\s+(?:scheme|programme|project|pilot|initiative|forum|panel|tool|matrix|unit|meeting|session|"
                          r"group)s?$", re.IGNORECASE)


def programme_key(name: str) -> str:
    """'The Spark2Life scheme' and 'Spark2life' are one programme."""
    bare = GENERIC_NOUN.sub("", re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))
    return fold(re.sub(r"\s*\([A-Z]{2,6}\)$", "", bare)).replace(" ", "")


def plausible_programme(ctx: Context, name: str) -> bool:
    words = name.split()
    if not words or fold(words[0]) in NOT_PROGRAMMES or fold(name) in NOT_PROGRAMMES or len(name) < 4:
        return False
    if re.match(r"(?:Mc|Mac)[A-Z]", name) or re.search(r"[\n'’‘\"“”]|\bInspections?\b", name):
        return False
    bare = re.sub(r"\s*\([A-Z]{2,6}\)$", "", name)
    if ctx.gazetteer.known_organisation(bare) or re.search(
            r"\b(?:Council|Inspectorate|Ministry|Board|Report|Index|Probation Service|Police|inspection|referral|Youth Offending|"
            r"Youth Justice|Office for|Statistics)\b|"
            r"^(?:YOS|YOT)$|\b(?:YOS|YOT)$", name):
        return False
    if GENERIC_NOUN.search(name) and not re.search(r"\b[A-Z]{2,}\b|\b[A-Z]\w*\s+(?:\w+\s+)*[A-Z]|\d", GENERIC_NOUN.sub("", name)):
        return False  # 'Parenting programmes', 'Recent initiatives': a kind of work, not a named one
    return not re.fullmatch(r"(?:The|This|Our|A|An|Each|Every|One)\b.*", name)


def area_links(ctx: Context, inspection: InspectionRef | None) -> None:
    """Explicit links between areas: 'Until November 2014, it was managed by the London Borough of Barking &
    Dagenham'; the nature is the sentence that states it."""
    area = inspection.area if inspection else document_area(ctx)
    if not area:
        return
    for sentence in sentences(ctx.text):
        match = AREA_LINK.search(sentence.text)
        if not match:
            continue
        other = ctx.gazetteer.area_name(match.group("other"))
        if fold(other) == fold(area):
            continue
        other_span = span(ctx.text, sentence.start + match.start("other"), sentence.start + match.end("other"))
        link = ctx.entity("AreaLink", fold(area), fold(other))
        link.add("area", ctx.area(area, sentence), sentence)
        link.add("other_area", ctx.area(other, other_span), other_span)
        link.add("nature", sentence.text, sentence).add("document", ctx.document_entity, sentence)
