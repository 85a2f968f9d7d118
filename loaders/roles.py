"""The organisation a role belongs to, where the role implies it.

"Local Authority Chief Executive" in a letter about Havering belongs to Havering's council
(the London Borough of Havering, as the gazetteer names it); "YJB link staff" to the Youth
Justice Board; "Ofsted – Social Care" to Ofsted; "YOS Manager" to the area's youth offending
service; "Chief Inspector, Cleveland Police" to Cleveland Police. A role that names a known
organisation resolves to it through the gazetteer, and text that is only an organisation's
name ("Stephen Young Cleveland Police") is the person's organisation, not their role.
"""

from __future__ import annotations

import re

from kg.gazetteer import Gazetteer, fold, load_gazetteer
from kg.loaders.text import EMAIL_RE, PHONE_RE, Span
from kg.names import FUNCTION_WORDS, LETTER, SHORT_WORDS, UPPER, is_honorific
from kg.vocabulary import ACRONYMS, is_body_word, is_name_stop, is_post_word, names_post

# (the head of youth justice alone heads the service: 'Head of Youth Justice'; 'Head of Youth Justice and Prevention',
# 'Head of Youth Justice Partnerships' a council division, see COUNCIL_ROLE)
YOS_ROLE = re.compile(r"\b(YOS|YOT|YJS|Youth Offending|Youth Justice Service|Management Board|"
                      r"(?:Head|Manager|Lead)\s+(?:of|for)\s+Youth\s+Justice(?!\s*&|\s+[A-Za-z]))\b",
                      re.IGNORECASE)
# A post the document's own service holds, written as its possessive: 'The service’s head', 'the Service's manager'.
SERVICE_OWNED = re.compile(r"(?:the\s+)?service['’]s\s", re.IGNORECASE)
COUNCIL_ROLE = re.compile(
    r"\b(Local Authority|Chief Executive|Director of Children|Elected Member|Cabinet Member|Portfolio Holder|"
    r"Executive Member|Mayor of|Leader of the Council|Head of Children|Councillor|Children's Services|Children and Young People|"
    r"Assistant Director|(?:Corporate|Strategic) Director|Head of Service|Housing|Youth Support|Youth Work(?:er)?\b|Youth Service\b|Community (?:Safety|Protection)|Education|Early Help|"
    r"Social Care|Social Services|Public Health|Virtual School|Inclusion|Schools|Democratic Services|Committee Services|"
    # a head of youth justice and more ('Head of Youth Justice and Prevention') heads a council division, not the service
    r"Youth Justice\s+(?:and|&)\s+(?![\w ]*\b(?:Service|Team)\b)\w)",
    re.IGNORECASE,
)
# The probation service named by its bare word beside a name ('Bryony Lake (Probation)') or by its local unit, in
# letters too ('Head of PDU').
PROBATION_SERVICE = re.compile(r"^Probation$|\bProbation Delivery Unit\b|\b(?-i:PDU)\b", re.IGNORECASE)
PROBATION = "Probation Service"
# A local body by its place and kind ('Ravensholt CCG', 'Pellmouth Health Trust', 'Ravensholt Bench'): the body of
# the document's area when its name opens with the area, whatever the gazetteer lists.
# (two places joined: 'Westmere and Dale Bench')
LOCAL_BODY = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,5}(?:CCG|ICB|MBC|CAMHS|Bench|Trust|Police|Constabulary|Council|"
                        r"Integrated Care Board|Clinical Commissioning Group|Health Board|Mental Health Services?|YOS|YOT|YJS|"
                        r"Youth (?:Offending|Justice) (?:Service|Team))")
# A body whose name says its kind, whatever the place: 'Ashcombe District Council', 'Thane and Ashcombe CRC'.
KINDED_BODY = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,3}((?:District|Borough|County|City|Town|County\s+Borough|"
                         r"Metropolitan\s+Borough)\s+Council|CRC|Community\s+Rehabilitation\s+Company|Probation\s+Trust|Youth\s+(?:Panel|Bench)|"
                         r"PCT|Primary\s+Care\s+Trust)")  # 'Westmere PCT', before the clinical commissioning groups


# A council named by its kind before the place: 'London Borough of Millhaven Cross', 'Royal Borough of X', 'City of X Council'.
KIND_FIRST_COUNCIL = re.compile(r"(?:(?:London|Royal|Metropolitan)\s+Borough|City(?:\s+and\s+County)?|County\s+Borough)\s+of\s+"
                                r"[A-Z][\w'’-]*+(?:\s+(?:upon\s+|on\s+|and\s+)?[A-Z][\w'’-]*+){0,3}(?:\s+Council)?")


def kinded_body(text: str) -> bool:
    """A body whose name says its kind after a place ('Thane and Ashcombe CRC', 'Thane Probation Trust'), or a council's
    before it ('London Borough of Westmere'), not a post joined to a council's name by a line break ('Chief Executive
    Glynhafod County Borough Council')."""
    council = KIND_FIRST_COUNCIL.fullmatch(text)
    if council:  # the place's words only after 'of' ('London Borough of Westmere Youth Offending Service' is the service)
        words = text[text.index(" of ") + 4:].removesuffix(" Council").split()
        return not any(is_body_word(word) or is_post_word(word) for word in words)
    found = KINDED_BODY.fullmatch(text)
    place = text[:found.start(1)] if found else ""
    return found is not None and not any(is_name_stop(word) or is_body_word(word) for word in place.split() if word[:1].isupper())


OPENING_WORDS = 8  # an organisation's name that opens a role is a few words long ("Youth Justice Board for England")
# A police force named in a role: "Chief Inspector, Cleveland Police", "Northshire Constabulary".
# What a list writes beside a post that is no part of it: the agenda items someone attended for ('(items 4 and 5)',
# '(item 4 only)'), their telephone or e-mail ('(01632 962 118, jo.hart@...)', which the contacts keep, apart), and the
# verb of the sentence it ended ('Consultant Psychiatrist, Bae Gwyrdd UHB, also attended'). Each part is found
# without leading space (a run of spaces before a bracket would be read once per space).
BRACKETED = re.compile(r"\([^()]*\)")
AGENDA_ITEMS = re.compile(r"\(\s*items?\s+\d", re.IGNORECASE)
ALSO_ATTENDED = re.compile(r"\balso\s+attended\b.*", re.IGNORECASE | re.DOTALL)


# The words a list writes beside a name to mark its minute taker, not a post: '(minutes)', 'Note taker', a role column
# saying only that ('Joe Partridge<TAB>JP<TAB>Minutes').
MINUTES_ROLE_RE = re.compile(r"(?:minutes?|notes?|minute[- ]?taker|note[- ]?taker|clerk)", re.IGNORECASE)


def post_written(role: str | None) -> str | None:
    """The post as written, without what a list writes beside it (agenda items, contact details, 'also attended'),
    nor what follows the bracket it was read from."""
    if not role:
        return role
    beside = BRACKETED.sub(lambda found: "" if AGENDA_ITEMS.match(found.group()) or EMAIL_RE.search(found.group())
                           or PHONE_RE.search(found.group()) else found.group(), role)
    beside = ALSO_ATTENDED.sub("", PHONE_RE.sub("", EMAIL_RE.sub("", _bracketed_post(beside))))
    return beside.strip(" \t\n,;:") or None


def _bracketed_post(role: str) -> str:
    """A post read from inside a bracket, run past the bracket's end ('Deputy Police and Crime' / 'Commissioner) - no
    substitute', 'Chief Executive); the Head of ...'): the bracket's words; unless they only mark the minute taker
    ('minutes), Business Support, YJS'): then what follows them."""
    close = role.find(")")
    if close < 0 or "(" in role[:close]:
        return role
    inside, after = role[:close].strip(), role[close + 1:].strip(" \t\n,;:–—-")
    return after if MINUTES_ROLE_RE.fullmatch(inside) and after else inside


# A post cut by the line's end on a word that leads on: 'Cabinet Member for Children and' / 'Young People'.
POST_GOES_ON_RE = re.compile(r"(?:\b(?:of|the|and|for|at|to|in|with)|[,&])\Z")
# The next line's first words, up to a stop, a bracket, a quote, a tab or a column's gap (each blank crossed once).
# (an article the post's reader left at the line's end comes along: 'attended as deputy for the' / 'Chair of ...')
NEXT_LINE_WORDS_RE = re.compile(r"(?P<article>[^\S\n]++(?:the|an?)\b)?[^\S\n]*+\n[^\S\n]*+(?P<words>[^\W\d_][^\n,.;:()\"“”\t]*?)"
                                r"(?=[^\S\n]{2}|[\t,.;:()\"“”\n]|\Z)")
NEXT_LINE_WORDS = 6
COLUMN_GAP_RE = re.compile(r"\S(?:\t|[^\S\n]{2})")


def wrapped_post(text: str, role: str, role_span: Span) -> tuple[str, Span]:
    """A post written after a name and cut by the line's end on a word that leads on ('Councillor Jo Hale, Cabinet
    Member for Children and' / 'Young People') goes on with the next line's first words; not when they open with a
    title (the next line is the list's next person: 'Councillor J Barraclough (Vice-Chair)'). A post in a later column
    goes on in that column below ('Chair, Youth Board      Executive Member, Children and' / 'Corporate Director
    Families'), never with the left column's words."""
    if not POST_GOES_ON_RE.search(role):
        return role, role_span
    cut = role_span.start + len(role_span.text.rstrip())  # a reader may have kept the line's break
    found = NEXT_LINE_WORDS_RE.match(text, cut)
    if found is None:
        return _post_wrapped_in_its_cell(text, role, role_span)
    line_start = text.rfind("\n", 0, role_span.start) + 1  # (one post a line gets here: the one at its end)
    gap = max(COLUMN_GAP_RE.finditer(text, line_start, role_span.start), key=lambda found: found.start(), default=None)
    if gap is not None:  # the post's own column: the last gap before it
        cell = text[gap.end():role_span.start]
        found = _words_in_column(text, found, display_column(text, line_start, gap.end() + len(cell) - len(cell.lstrip())))
        if found is None:
            return role, role_span
    words = found.group("words").split()
    if not words or len(words) > NEXT_LINE_WORDS or is_honorific(words[0]):
        return role, role_span
    end = found.start("words") + len(found.group("words").rstrip())
    article = (found.groupdict().get("article") or "").split()  # (a column's words have none)
    return " ".join([role, *article, *words]), Span(role_span.start, end, text[role_span.start:end])


# The first words of a column's cell on the next line, up to a gap, a tab, a box's edge or punctuation.
COLUMN_WORDS_RE = re.compile(r"(?P<words>[^\W\d_][^\n|,.;:()\"“”\t]*?)(?=[^\S\n]{2}|[|\t,.;:()\"“”\n]|\Z)")
COLUMN_DRIFT = 4  # a column's words below may start a few characters right of its edge
TAB_STOPS = 8


def display_column(text: str, line_start: int, at: int) -> int:
    """The column a character shows at, tabs expanded ('Cabinet Member:<TAB>Councillor' and '<TAB><TAB>Young People'
    line up)."""
    return len(text[line_start:at].expandtabs(TAB_STOPS))


def _words_in_column(text: str, next_line: re.Match[str], column: int) -> re.Match[str] | None:
    """The words that open a cell at a column's edge on the next line, after a gap (a tab, two blanks) or the line's
    start: a left column's words running past the edge are no column's."""
    below = text.rfind("\n", 0, next_line.start("words")) + 1
    end = text.find("\n", below)
    shown = 0
    for at in range(below, end if end >= 0 else len(text)):
        char = text[at]
        if char != " " and char != "\t" and (at == below or text[at - 1] == "\t" or text[at - 2:at] == "  "):
            if shown > column + COLUMN_DRIFT:
                return None
            if shown >= column:
                return COLUMN_WORDS_RE.match(text, at)
        shown = (shown // TAB_STOPS + 1) * TAB_STOPS if char == "\t" else shown + 1
    return None


# A boxed form's cell at its line's end: the post, blanks, the box's edge ('Cabinet Member for      |'); below it, the
# row's other cells empty and the cell's next words ('|                    | Children and Families      |').
CELL_END_RE = re.compile(r"[^\S\n]*+\|[^\S\n]*+\n")
CELL_INDENT = 40  # blanks crossed to the cell's words


def _post_wrapped_in_its_cell(text: str, role: str, role_span: Span) -> tuple[str, Span]:
    """A post cut at its cell's edge in a boxed form goes on in the same cell of the next line, when that line's cells
    before it are empty."""
    edge = CELL_END_RE.match(text, role_span.end)
    if edge is None:
        return role, role_span
    line_start = text.rfind("\n", 0, role_span.start) + 1
    cell = text.rfind("|", line_start, role_span.start) + 1
    if cell == 0:
        return role, role_span
    below = edge.end() + cell - line_start  # the same column on the next line
    if text[edge.end():below].strip(" \t|+") or "\n" in text[edge.end():below]:
        return role, role_span
    indent = len(text[below:below + CELL_INDENT]) - len(text[below:below + CELL_INDENT].lstrip(" \t"))
    found = COLUMN_WORDS_RE.match(text, below + indent)
    words = found.group("words").split() if found else []
    if found is None or not words or len(words) > NEXT_LINE_WORDS or is_honorific(words[0]):
        return role, role_span
    end = found.start("words") + len(found.group("words").rstrip())
    return f"{role} {' '.join(words)}", Span(role_span.start, end, text[role_span.start:end])


# (each word capitalised once: 'DI Jo LeeEast Thames Police', a name run into the force, is 'East Thames Police')
POLICE_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
# A post's word before 'Police' names no force: 'Local Police Commander', 'Neighbourhood Police Team'.
POLICE_QUALIFIER = r"(?:Local|Neighbourhood|Divisional|District|Community|Senior|Area|Basic|Command)\s+(?:Police|Constabulary)\b"
POLICE_FORCE = re.compile(rf"(?:\b|(?<=[a-z]))(?!{POLICE_QUALIFIER})((?:{POLICE_WORD}\s+)(?:(?:and|&)\s+)?(?:{POLICE_WORD}\s+){{0,3}}(?:Police|Constabulary))\b")
# Where a role divides into parts that may name a body: "Head of Service, Northshire Council (YOS)". A run of
# spaces is entered only at its start (the look-behinds), so a long run is read once, not from each space.
ROLE_PARTS = re.compile(r"(?:(?<!\s)\s+)?[,–—(/]\s*|(?<!\s)\s+-\s+")
# 'psychologist with Westmere CAMHS', 'an improvement adviser from the Youth Justice Board': the body the post is held at
AT_BODY = re.compile(r"(?<!\s)\s+(?:at|with|from)\s+(?:the\s+)?([A-Z][^,;()]{2,80})$")
# The inspected service's own post: 'the service's Education Coordinator', 'who leads the service'.
SERVICE_OWN_POST = re.compile(r"^(?:the\s+)?service['’]s?\s|\b(?:leads|heads|manages|runs)\s+the\s+service$", re.IGNORECASE)
ROLE_WORD_PARTS = re.compile(rf"{ROLE_PARTS.pattern}|(?<!\s)\s+for\s+|(?<!\s)\s+of\s+")
INSPECTORATE_ROLE = re.compile(r"\b(HM Inspector|Inspector of Probation|Chief Inspector|lead inspector|HMI|Inspectorate|"
                               r"Youth (?:Justice )?Inspections?|Head of (?:[\w'’-]+\s+){0,3}?Inspections?(?:\s+Programme)?)\b",
                               re.IGNORECASE)
# The chair of a youth justice board, in a document about an area, chairs the area's board, which oversees its
# service ('Chair, Youth Justice Board' signing a service's annual report); the national board says it is national.
# A post that opens with the chair ('Chair, X Youth Justice Board', 'who chairs the youth justice partnership'), not one
# that only ends with it ('Director of Children's Services and chair of the youth justice partnership').
LOCAL_BOARD_CHAIR = re.compile(r"^\W*(?:[\w'’-]+\s+){0,2}?(?:chair(?:man|woman|person|s|ed|ing)?|leads|heads)\b.{0,40}\bYouth Justice "
                               r"(?:\w+\s+)?(?:Board|Partnership)\b|^\W*(?:[\w'’-]+\s+){0,2}?chair\w*\b.{0,40}\bYJ[MP]B\b", re.IGNORECASE)
NATIONAL_BOARD = re.compile(r"\bEngland\b|\bWales\b|\bnational\b|\bYJB\b", re.IGNORECASE)
# A police officer's rank, which says 'Inspector' too: 'Detective Chief Inspector', 'Police Inspector', 'DCI'.
POLICE_RANK = re.compile(r"\b(?:Detective|Det\.|Police|DCI|DI|Chief\s+Superintendent|Superintendent|Sergeant|Constable)\b",
                         re.IGNORECASE)


# The place a post names its youth justice service or board by: 'Head of Wenmouthshire Youth Justice Service', 'chairs
# the Wenmouthshire Youth Justice Management Board' (a county's service, in a district's paper).
SERVICE_PLACE_RE = re.compile(r"\b(?P<place>(?-i:[A-Z][\w'’-]+)(?:\s+(?:and\s+)?(?-i:[A-Z][\w'’-]+)){0,3})\s+Youth\s+"
                              r"(?:Justice|Offending)\s+(?:Service|Team|(?:[\w-]+\s+)?Board)\b", re.IGNORECASE)


def opens_a_place(words: str) -> bool:
    """Whether words before a service's name ('Wenscombeshire', 'THE', 'PLAN 2017/18 AND') may be its place: not an
    article, a possessive, a conjunction or a post's word, in any case."""
    first = words.split()[0] if words.split() else ""
    return bool(first) and first.title() not in ("The", "Our", "Its", "This", "A", "Head", "Chair") \
        and first.lower() not in SHORT_WORDS | FUNCTION_WORDS


def _service_place(role: str, area: str | None) -> str | None:
    """The place whose service the post names, else the document's area."""
    named = SERVICE_PLACE_RE.search(role)
    place = named.group("place") if named else None
    return place if place and opens_a_place(place) else area


def chairs_local_board(role: str) -> bool:
    """Whether a post chairs a youth justice board that, in a document about an area, is the area's own ('Chair, Youth
    Justice Board' signing a service's annual report): its organisation is the area's service, not the national YJB."""
    return bool(LOCAL_BOARD_CHAIR.match(role)) and not NATIONAL_BOARD.search(role)


# A body's letters in brackets after its name, or its parent's: 'NHS Corvenby (PCT)', 'Corvenby Magistrates' Court (HMCS)'.
TRAILING_LETTERS = re.compile(r"(?<=\S)[^\S\n]*+\([A-Z]{2,6}\)[^\S\n]*+$")


# Between two posts one person holds, as a list writes them: a semicolon, or a slash between blanks.
POSTS_APART_RE = re.compile(r";|\s/\s")


def held_apart(role: str) -> list[str]:
    """The posts a role of several holds, parted by semicolons, or by slashes where each part names a post ('Cabinet
    Member / Chair, YOS Management Board'; not 'Chief Inspector, Heddlu Dyffryn Teifi / Teifi Valley Police', a body
    named in two languages); none for a post alone."""
    parts = [part.strip() for part in POSTS_APART_RE.split(role) if part.strip()]
    if ";" not in role and (len(parts) < 2 or not all(names_post(part) for part in parts)):
        return []
    return parts


def organisation_for_role(role: str | None, area: str | None, *, gazetteer: Gazetteer | None = None,
                          default: str | None = None) -> str | None:
    """The organisation a role implies in a document about `area`, or `default`."""
    if not role:
        return default
    gazetteer = gazetteer or load_gazetteer()
    role = FORCE_ABBREVIATION.sub("Constabulary", role)  # 'Stannerby Constab.'
    letters = TRAILING_LETTERS.search(role)  # 'Corvenby Magistrates' Court (HMCS)': the body named before its letters
    if letters and (named := organisation_for_role(role[:letters.start()], area, gazetteer=gazetteer)):
        return named
    run_on = run_on_post_body(" ".join(role.split()), area, gazetteer=gazetteer)
    if run_on:  # 'Assistant Chief Officer Northfell Probation Trust': the body after the post
        return gazetteer.organisation(run_on[1], area).name
    if posts_held := held_apart(role):
        # 'Corporate Director, Westmere Council; Chair, Westmere YJ Board', 'Cabinet Member for Children / Chair, YOS
        # Management Board': the first post is the employer's
        posts = (organisation_for_role(post, area, gazetteer=gazetteer) for post in posts_held)
        return next(filter(None, posts), default)
    body = _body_after_post_letters(role, area, gazetteer)  # 'ACO Wales Probation Trust': the trust's
    if body:
        return gazetteer.organisation(body, area).name
    joint = JOINT_CHAIR.match(role)  # 'Strategic Director (People) and Chair of the Board': the first post's employer
    if joint and (employer := organisation_for_role(joint.group(1), area, gazetteer=gazetteer)):
        return employer
    place = _service_place(role, area)  # a report about no one area names the place's board in the post
    if place and (chairs_local_board(role) or SERVICE_OWN_POST.search(role)):
        return gazetteer.organisation(f"{place} YOS").name
    if gazetteer.known_organisation(role) or local_body(role, area, gazetteer):
        return gazetteer.organisation(role, area).name
    at_body = AT_BODY.search(role)  # 'Service Manager at the Hollis Bramwell Trust': the body the post is held at
    named = organisation_named(at_body.group(1), gazetteer=gazetteer, area=area) if at_body else None
    if named:
        return gazetteer.organisation(named, area).name
    # The organisation a role ends with: a whole part between commas first ("Policy Directorate, Ministry of
    # Justice"), then the words after "of" or "for" ("Chair of Havering YOS Management Board").
    # A council named in full is the post's ('Head of Housing, Tamsford District Council'), another area's too.
    after_comma = re.search(r"(?:^|,)\s*([A-Z]{3})\s*$", role)  # 'Head of Commissioning, CCG', 'ICB': the area's own
    if area and after_comma and AREA_BODY_ACRONYM.fullmatch(after_comma.group(1)):
        return gazetteer.organisation(f"{area} {after_comma.group(1)}", area).name
    council = next((part for part in ROLE_PARTS.split(role) if area and council_initials(part.strip(), area)), None)
    if council and area:  # 'Chair, DCS, SCC': the area's council by its initials
        return gazetteer.organisation(gazetteer.council_name(area), area).name
    for parts in (ROLE_PARTS.split(role), ROLE_WORD_PARTS.split(role)):
        for part in reversed(parts):
            part = DISTRICT_COUNCIL_LETTERS.sub(" District Council", part.strip(" )"))  # 'Trellick Bay DC'

            if part and (gazetteer.known_organisation(part) or local_body(part, area, gazetteer)
                         or gazetteer.local_body(part) or kinded_body(part) or _council_named(part, area, gazetteer)):
                return gazetteer.organisation(part, area).name
    # ... or a body by the shape of its name after the post's comma ('Chief Executive, Northvale Probation Trust',
    # 'Director of Public Health, NHS Westmere'), which the post's own words would give to the council
    last = ROLE_PARTS.split(role)[-1].strip(" )")
    if last != role.strip(" )") and (BODY_NAME.fullmatch(last) or NHS_BODY.fullmatch(last)):
        return last
    # the probation service by its local unit, where the role names no body ('Head of Probation Delivery Unit')
    if PROBATION_SERVICE.search(role):
        return PROBATION
    # ... or opens with ("Youth Justice Board oversight manager", "HMCS legal adviser").
    words = role.split()[:OPENING_WORDS + 1]
    opening = next((" ".join(words[:end]) for end in range(min(len(words) - 1, OPENING_WORDS), 0, -1)
                    if gazetteer.known_organisation(" ".join(words[:end]))), None)
    if opening:
        return gazetteer.organisation(opening).name
    force = POLICE_FORCE.search(role)
    if force and not re.search(r"Commissioner", role, re.IGNORECASE):
        ranked = RANK_BEFORE_FORCE_RE.match(force.group(1))  # 'Superintendent Fellshire Constabulary': the force
        return force.group(1)[ranked.end():] if ranked and POLICE_FORCE.fullmatch(force.group(1), ranked.end()) \
            else force.group(1)
    if re.search(r"Police and Crime Commissioner|\bO?PCC\b", role, re.IGNORECASE):
        # 'Police and Crime Commissioner for Westmere', 'Police and Crime Commissioner, Westmere': the force's area
        where = re.search(r"(?:\bfor|Commissioner\s*,)\s+(.+)$", role)
        place = where.group(1).strip() if where else area
        return f"Office of the Police and Crime Commissioner for {gazetteer.police_area(place)}" if place else None
    if re.search(r"Deputy Mayor for Policing", role, re.IGNORECASE):
        return "Mayor's Office for Policing and Crime"
    # 'Assistant Director, Safeguarding and Quality Assurance' is a council's director, not the safeguarding board's;
    # the board by its letters, the area's initial before them too ('Independent Chair, KSCB')
    if re.search(r"Safeguarding|\b[A-Z]{0,2}SCB\b", role, re.IGNORECASE) and area and not re.match(r"(?:Assistant\s+|Deputy\s+)?Director\b",
                                                                                role, re.IGNORECASE):
        return f"{area} Local Safeguarding Children Board"
    if re.search(r"Criminal\s+Justice\s+Board|\bLCJB\b", role, re.IGNORECASE) and area:
        return f"{area} Local Criminal Justice Board"  # 'Chair of the Local Criminal Justice Board', as a safeguarding board's
    if re.search(r"Youth Court|Bench", role, re.IGNORECASE) and area:
        # the bench as the post names it: 'Chair of the Youth Bench' sits on the Westmere Youth Bench
        return f"{area} Youth Bench" if re.search(r"Youth\s+Bench", role, re.IGNORECASE) else f"{area} Youth Court Bench"
    if INSPECTORATE_ROLE.search(role) and not POLICE_RANK.search(role) and not re.search(r"Constabulary", role):
        return "HM Inspectorate of Probation"
    if (YOS_ROLE.search(role) or SERVICE_OWNED.match(role)) and area:
        return gazetteer.organisation(f"{place} YOS").name
    if COUNCIL_ROLE.search(role) and area:
        return gazetteer.organisation(f"{area} Council").name
    # the body's own name, or the body a representative stands for ('Church in Wales representative')
    body = role.strip(" ()")
    if body.lower().endswith("representative"):
        body = re.sub(r"\s+dioces(?:an|e)$", "", body[:-len("representative")].rstrip())  # 'Church of England diocesan'

    if BODY_NAME.fullmatch(body):
        return body
    return default


# A post held with the chair of a body: 'Corporate Director, People and Chair of the YOS Management Board'.
JOINT_CHAIR = re.compile(r"(\S(?:.*?\S)?)\s+and\s+(?:(?:vice|deputy)[- ]?)?chair(?:man|woman|person)?\s+of\b", re.IGNORECASE)


# A local body written by its kind's letters alone after a post's comma, as a document about its area writes it ('Head
# of Commissioning, CCG'); in brackets after a name the letters may be the person's initials ('(ICB)').
AREA_BODY_ACRONYM = re.compile(r"CCG|ICB")


# A body's own name written where a post goes: "(Tenant Working Group)", "Northshire Carers' Forum", and the church's
# representatives co-opted to a council's children's committees: "(Diocese of Westmere)".
BODY_NAME = re.compile(r"(?:[A-Z][\w'’&-]*\s+(?:(?:and|of)\s+)?){1,5}(?:Group|Forum|Partnership|Trust|Association|Network|Alliance|Pupil\s+Referral\s+Unit)|"
                       r"(?:(?:Roman\s+)?Catholic\s+|Anglican\s+|Church\s+(?:in|of)\s+[A-Z][\w'’-]*\s+)?(?:Arch)?[Dd]iocese"
                       r"(?:\s+of\s+(?:[A-Z][\w'’-]*\s*){1,3})?|"
                       r"Church\s+(?:in|of)\s+(?:(?!Representative\b)[A-Z][\w'’-]*\s*){1,2}")  # a post is no part of it
# (a Welsh health board by its Welsh name too: 'Bwrdd Iechyd Prifysgol Cwm Dyfnant', a university health board)
NHS_BODY = re.compile(r"NHS(?:\s+[A-Z][\w'’-]*){1,4}|Bwrdd\s+Iechyd(?:\s+[A-Z][\w'’-]*){1,4}|(?:[A-Z][\w'’-]*\s+){1,5}(?:Health\s+Board|NHS\s+(?:Foundation\s+)?Trust|"
                      r"Clinical\s+Commissioning\s+Group|Primary\s+Care\s+Trust|PCT)")  # 'Westmere PCT' too
SERVICE_ABBREVIATION = re.compile(r"\bSvc\b\.?")
FORCE_ABBREVIATION = re.compile(r"\bConstab\b\.?")  # 'Stannerby Constab.', a narrow column's Constabulary


def is_organisation_name(text: str | None, *, gazetteer: Gazetteer | None = None, area: str | None = None) -> bool:
    """Whether text written where a role goes is only an organisation's name ("Cleveland Police",
    "HMCS Magistrates Court", "Westfold ICB" in a document about Westfold, a bare "Probation"): it is then the
    person's organisation, and they have no role written."""
    return organisation_named(text, gazetteer=gazetteer, area=area, groups=False) is not None


def organisation_named(text: str | None, *, gazetteer: Gazetteer | None = None, area: str | None = None,
                       groups: bool = True) -> str | None:
    """The organisation text is the name of, as it should be written ('Probation' is the Probation Service), or None;
    with `groups`, a group or forum by its name too ('Tenant Working Group', which a key also keeps as the role)."""
    if not text:
        return None
    gazetteer = gazetteer or load_gazetteer()
    # a narrow column abbreviates the body's kind: 'Westmere Youth Justice Svc'
    cleaned = SERVICE_ABBREVIATION.sub("Service", " ".join(text.split()).strip(" ,;:()[]"))
    cleaned = FORCE_ABBREVIATION.sub("Constabulary", cleaned)
    if PROBATION_SERVICE.fullmatch(cleaned):
        return PROBATION
    body = _body_after_post_letters(cleaned, area, gazetteer)
    if body is not None:
        return body
    ranked = RANK_BEFORE_FORCE_RE.match(cleaned)  # 'Superintendent Fellshire Constabulary': the force, not the rank
    if ranked and POLICE_FORCE.fullmatch(cleaned, ranked.end()):
        return cleaned[ranked.end():]
    known = (gazetteer.known_organisation(cleaned) or POLICE_FORCE.fullmatch(cleaned) or groups and BODY_NAME.fullmatch(cleaned)
             or local_body(cleaned, area, gazetteer) or gazetteer.local_body(cleaned)  # 'Bae Gwyrdd UHB', any place
             or kinded_body(cleaned) or NHS_BODY.fullmatch(cleaned))  # 'NHS Westmere – Director of Public Health'
    return cleaned if known else None


# A police rank run into the force's name in a cell ('Superintendent Fellshire Constabulary', 'Ch Supt Wexmoor Police').
RANK_BEFORE_FORCE_RE = re.compile(r"(?:(?:Detective|Det\.?)\s+)?(?:(?:Chief|Ch\.?|Assistant\s+Chief|Deputy\s+Chief)\s+)?"
                                  r"(?:Superintendent|Supt\.?|Inspector|Insp\.?|Sergeant|Sgt\.?|Constable|Con\.?)\s+"
                                  r"|(?:DCI|DI|DS|DC|PC|DSI|DCS)\s+")


def force_without_holder(found: str) -> str:
    """A force's name a table ran into the officer before it by one blank ('Insp Marcus Dunn Selwood Constabulary'):
    the words after the rank's holder, named by a forename and a surname at most, the force keeping two words."""
    rank = RANK_BEFORE_FORCE_RE.search(found)
    if rank is None:
        return found
    words = found[rank.end():].split()
    return " ".join(words[min(2, max(len(words) - 2, 0)):])


def organisation_before_note(text: str | None, *, gazetteer: Gazetteer | None = None, area: str | None = None
                             ) -> str | None:
    """The body a cell names before a note in brackets in words of lower case ('Ashmere Constabulary (GP attending)',
    'NHS Westmere (left after item 3)'), where the note is no body itself; else None."""
    body, _, note = " ".join((text or "").split()).rstrip(" )").rpartition("(")
    if not body.strip() or "(" in body or not LOWER_WORD_RE.search(note) or \
            organisation_named(note, gazetteer=gazetteer, area=area):
        return None
    return organisation_named(body, gazetteer=gazetteer, area=area)


LOWER_WORD_RE = re.compile(r"\b[a-z]{2,}\b")


# A word of capitals before a body's name, which may be a post's letters ('ACO', 'DCI') or the body's own ('NHS').
POST_LETTERS_BEFORE_BODY = re.compile(r"([A-Z]{2,5})[^\S\n]+(?=[A-Z][a-z])")


def _body_after_post_letters(text: str, area: str | None, gazetteer: Gazetteer) -> str | None:
    """'ACO Wales Probation Trust', 'DCI Westmere Police': a post's letters run into the body it is held in, which
    is the organisation; None where the capitals are a body's own letters ('NHS Westmere', 'YJB Cymru') or the words
    after them are no body."""
    letters = POST_LETTERS_BEFORE_BODY.match(text.strip())
    if letters is None or letters.group(1).lower() in ACRONYMS or gazetteer.known_organisation(text.strip()) \
            or gazetteer.inspectorate_named(letters.group(1)):
        return None
    return organisation_named(text.strip()[letters.end():], gazetteer=gazetteer, area=area, groups=False)


# A post that names the body it is held in, which stays whole: 'Chair, Stavenhurst Bench', 'Member, Youth Justice Board'.
POST_OF_THE_BODY = re.compile(r"(?:(?:vice|deputy)[- ]?)?chair(?:man|woman|person)?|(?:co-opted\s+)?member", re.IGNORECASE)


# Where a row's post and body cells meet once folded: a comma or a dash set off by spaces.
POST_BODY_BREAK = re.compile(r"\s*,\s+|\s+[–—-]\s+")


def post_and_body(role: str, area: str | None, *, gazetteer: Gazetteer | None = None) -> tuple[str, str | None]:
    """'Head of Service, Northshire Council' or 'Probation – Senior Manager' (a row's post and body cells) ->
    ('Head of Service', 'Northshire Council'), ('Senior Manager', 'Probation Service'): the body written after or
    before a post is the person's organisation, no part of the post. A service named without its place stays in the
    post ('Admin Officer, Youth Offending Team'), as the answer keys keep it."""
    breaks = list(POST_BODY_BREAK.finditer(role))
    if not breaks:
        return run_on_post_body(role, area, gazetteer=gazetteer) or (role, None)
    post, last = role[:breaks[-1].start()], role[breaks[-1].end():]
    if not POST_OF_THE_BODY.fullmatch(post.strip()) and names_post(post):
        body = organisation_named(last, gazetteer=gazetteer, area=area, groups=False)
        if body:
            return post, body
    first, post = role[:breaks[0].start()], role[breaks[0].end():]
    body = organisation_named(first, gazetteer=gazetteer, area=area, groups=False) if names_post(post) else None
    return (post, body) if body else (role, None)


POST_JOINS = frozenset({"of", "for", "with", "at", "to", "in", "on", "and", "the", "&"})  # a post's words that join what follows


def _post_before_area(words: list[str], area: str | None, gazetteer: Gazetteer | None) -> tuple[str, str] | None:
    """'Director of Children's Services Westmere County Council', 'Designated Nurse Safeguarding Westmere Clinical
    Commissioning Group': the body begins where the document's area is named, whatever word the post ends with."""
    if not area:
        return None
    for cut in range(1, len(words)):
        rest = " ".join(words[cut:])
        # ('Head of Westmere Youth Justice Service', 'psychologist with Westmere CAMHS': the area opens the body the
        # post is of or with, one phrase)
        if rest.startswith(f"{area} ") and words[cut - 1].lower() not in POST_JOINS and names_post(" ".join(words[:cut])):
            body = organisation_named(rest, gazetteer=gazetteer, area=area, groups=True)
            return (" ".join(words[:cut]), body) if body else None
    return None


RUN_ON_WORDS = 16  # the most words of a post run into its body ('Assistant Chief Officer Northfell Probation Trust': 6)


def run_on_post_body(role: str, area: str | None, *, gazetteer: Gazetteer | None = None) -> tuple[str, str] | None:
    """'Assistant Chief Officer Northfell Probation Trust': a post run into the body it is held in with no comma or
    dash, as a list one a line writes them; the post ends with a post's word ('Officer', 'Director'), the body is
    named whole after it. None where no such split is found ('Head of Youth Offending Service' is one post)."""
    if POST_BODY_BREAK.search(role) or re.search(r"[,;()]", role):
        return None  # a comma or a dash parts them already ('Chair, Youth Justice Board')
    words = role.split()
    if len(words) > RUN_ON_WORDS:
        return None  # no post and body: a cell run on with the line's words (each cut would join them all again)
    at_area = _post_before_area(words, area, gazetteer)
    if at_area is not None:
        return at_area
    for cut in range(1, len(words)):
        post, rest = words[:cut], " ".join(words[cut:])
        if not is_post_word(post[-1]) or is_post_word(words[cut]) or not words[cut][:1].isupper() \
                or POST_OF_THE_BODY.fullmatch(" ".join(post)):
            continue  # 'Chair Westmere Bench', 'Member Youth Justice Board': the body's own seat, held in it
        body = organisation_named(rest, gazetteer=gazetteer, area=area, groups=True)
        if body and names_post(" ".join(post)):
            return " ".join(post), body
    return None


# A body named just after a person's name: 'Jane Cole (Northshire Police)', 'Inspector Jo Hart [Northshire Police]',
# 'Superintendent Jo Hart of Northshire Police', 'Ann Lee and Mr R. Das of the Northshire CCG', 'Inspector Jo Hart and
# Sergeant Al Dee of Wolds and Fen Police' (a second name joined, with its honorific or rank).
# (the second name's words a space apart or wrapped: a column's gap is no part of a name)
ORGANISATION_AFTER_NAME = re.compile(rf"(?:\s+and\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[{UPPER}][{LETTER}'’.-]*"
                                     rf"(?:(?:[^\S\n]{{1,2}}|[^\S\n]*\n[^\S\n]*)[{UPPER}][{LETTER}'’-]*){{1,3}})?"
                                     r"[^\S\n]*(?:[(\[]\s*(?P<bracketed>[^()\[\]\n]{3,80}?)\s*[)\]]|,?\s+(?:of|from)\s+(?:the\s+)?"
                                     r"(?P<of>[A-Z][\w'’&-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’&-]*){0,5})"
                                     # 'Chief Inspector Jo Hart, Fenwick Police (item 3)': a body alone after a comma
                                     r"|,\s+(?P<comma>[A-Z][^,;:()\[\]]{2,60}?)\s*(?=[(;.]|$))")
ROW_TAIL = 300
# A table row's cells: between bars, tabs or wide padding.
ROW_CELLS = re.compile(r"\s*\|\s*|[^\S\n]*\t\s*|[^\S\t\n]{3,}")


# A service named without its place, as a document about its area writes it.
BARE_SERVICE = re.compile(r"YOS|YOT|YJS|Youth\s+(?:Offending|Justice)\s+(?:Service|Team)")


def organisation_after_name(text: str, name_end: int, area: str | None, *, gazetteer: Gazetteer | None = None
                            ) -> str | None:
    """The organisation named just after a person's name (ending at `name_end`), if any."""
    after = ORGANISATION_AFTER_NAME.match(text, name_end, min(len(text), name_end + 140))
    if not after:
        return None
    if after.group("bracketed") or after.group("comma"):
        written = after.group("bracketed") or after.group("comma")
        # '(Heddlu Gwynant Police, deputy for ICB)': the body first in the bracket, then what brought them
        return organisation_named(written, gazetteer=gazetteer, area=area) or (organisation_named(
            written.split(",")[0], gazetteer=gazetteer, area=area) if after.group("bracketed") else None)
    # 'of Wolds and Fen Police attended' is one body; 'of Fen Police and Dr Jo Hart' a body, then another person
    named = after.group("of")
    if area and BARE_SERVICE.fullmatch(named):  # 'X and Y from the YOS health team': the area's own service
        return (gazetteer or load_gazetteer()).organisation(f"{area} YOS", area).name
    cuts = [joint.start() for joint in re.finditer(r"\s+(?:and|&)\s+", named)]
    return next(filter(None, (organisation_named(named[:end], gazetteer=gazetteer, area=area)
                              for end in [len(named), *reversed(cuts)])), None)


def organisation_cell(row: str, area: str | None, *, gazetteer: Gazetteer | None = None) -> str | None:
    """The organisation a table row's last cell names ('Kerry Lund | PA to Head of Service (minutes) | Northshire
    YOT'), if the row has three cells or more."""
    row = row.strip(" |\n")
    tail = row[-ROW_TAIL:]  # only the end is read, so a long row read for each of its people stays linear
    cells = [cell for cell in ROW_CELLS.split(tail) if cell.strip()]
    enough = len(cells) >= 3 or len(cells) >= 2 and len(row) > len(tail)
    return organisation_named(cells[-1], gazetteer=gazetteer, area=area) or organisation_before_note(
        cells[-1], gazetteer=gazetteer, area=area) if enough else None


# The kinds of council whose initials a post writes after the place's: 'SCC' (Stannerby County Council), 'CMBC'.
COUNCIL_INITIALS = ("CC", "MBC", "BC", "DC", "CBC", "C")


def council_initials(part: str, area: str) -> bool:
    """'SCC', 'CMBC': the area's council by its initials, the place's (each word's) then its kind's."""
    place = "".join(word[0] for word in re.split(r"[\s-]+", area) if word[:1].isupper())
    return 2 <= len(part) <= 6 and part.isupper() and part.isalpha() and bool(place) and \
        any(part == place + kind for kind in COUNCIL_INITIALS)


def _council_named(part: str, area: str | None, gazetteer: Gazetteer) -> bool:
    """A council named by its place alone ('Tamsford District Council'), not a post run into it ('Chief Executive
    Westmere Council', 'Children's Services Westmere Council': a line break lost between them)."""
    words = part.split()
    return gazetteer.local_council_area(part, area) is not None and not any(
        is_post_word(word) or is_body_word(word) for word in words[:-1] if word not in COUNCIL_KINDS)


COUNCIL_KINDS = {"City", "County", "Borough", "District", "Metropolitan"}
# A district council by its letters after its place: 'Trellick Bay DC'.
DISTRICT_COUNCIL_LETTERS = re.compile(r"(?<=[a-z])\s+DC$")


def local_body(text: str, area: str | None, gazetteer: Gazetteer) -> bool:
    """Whether text is a body of the document's area by its name ('Ravensholt CCG', 'Pellmouth Borough Council')."""
    if not area:
        return False
    cleaned = " ".join(text.split()).strip(" ,;:()[]")
    return bool(LOCAL_BODY.fullmatch(cleaned)) and (fold(cleaned) + " ").startswith(fold(gazetteer.area_name(area)) + " ")

