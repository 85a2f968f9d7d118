"""The people an inspection report names: shared by the standards, joint and thematic families.

Inspection reports of every era name their people in the same few layouts:

- the chief inspector's signature under the foreword: a name line (sometimes after a
  garbled image of the handwritten signature, "Paul Hul M") above "HM Chief Inspector of
  Probation", or both on one line;
- the head of the inspection programme in prose: "The Head of Youth Offending Team
  Inspections, responsible for this inspection programme, is Name";
- the inspection team as a list after an "Acknowledgements" or "Inspection team" heading:
  a label ("Lead Inspector", "HMI Constabulary inspectors", "Support Staff") and the names
  under it, as table rows (tab-separated, markdown, label then names or names then label),
  as label and name lines, or run together on one line when pages were extracted as one;
- the team in prose ('The team comprised ...', 'led by HM Inspector X, supported by a team of
  inspectors and staff: ...'), the inspection support officer named beside the post, and the
  HM Inspector who signs a letter that reports an inspection (its lead, when no other is named).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.gazetteer import load_gazetteer
from kg.loaders import attendance, people_lists, person_cells, speakers
from kg.loaders.context import Context
from kg.loaders.initials import INITIALS, fits
from kg.loaders.roles import BARE_SERVICE, is_organisation_name, is_post_word, organisation_for_role, organisation_named
from kg.loaders.text import (
    LEADERS_RE,
    Line,
    Span,
    cells,
    clause_end,
    column_kind,
    end_of_line,
    is_blank,
    is_column_heads,
    lines,
    plain,
    sentence_end,
    sentence_start,
    span,
    trim,
)
from kg.names import PAGE_CUT_REACH, NameMatch, find_names, is_first_name, name_at, name_key, page_cut_names, surname
from kg.vocabulary import names_post, singular_post

HMI_PROBATION = load_gazetteer().default_inspectorate


def inspectorate_named(text: str | None) -> str | None:
    """The inspectorate a role or an organisation cell names ("HMI Constabulary inspectors"), if any."""
    return load_gazetteer().inspectorate_named(text)


def report_people(ctx: Context, begin: int = 0, *, default_organisation: str | None = HMI_PROBATION) -> None:
    """Every layout above, on the report part of a document (text[begin:])."""
    people_lists.led_by_lines(ctx, begin)
    lead_as_subject(ctx, begin)
    head_of_inspections(ctx, begin)
    chief_inspectors(ctx, begin)
    team_lists(ctx, begin, default_organisation=default_organisation)
    team_entries(ctx, begin)  # 'The team:  Jo Lee (lead inspector); Dev Rao (inspector); ...'
    team_in_prose(ctx, begin)
    team_paragraphs(ctx, begin)  # 'Annex 1 – The inspection team' over prose: 'X and Y were the HMI Probation inspectors'
    acting_as_lead(ctx, begin)  # 'Jo Lee will act as deputy lead inspector'
    # a letter's sign-off, and a foreword signed by an officer of the inspectorate below its chief (the chief's signature
    # is read above)
    people_lists.signatures(ctx, title_page=False, chiefs=False)
    signing_inspector_leads(ctx)
    support_officers(ctx, begin)
    credit_lines(ctx, begin)
    labelled_lines(ctx, begin)
    # the holders of the inspected partnership's posts thanked or described in prose ('and to Jo Bloggs, Chair of the
    # Northshire Youth Justice Board'; 'the Board has been chaired since 2019 by Jo Bloggs')
    speakers.key_role_holders(ctx, ctx.home_area, only=("board_chair", "cabinet_member"))
    speakers.board_chaired_by(ctx, ctx.home_area)
    speakers.boards_chaired_by_subject(ctx, ctx.home_area)  # 'the Board, which she chairs'
    speakers.board_vice_chairs(ctx, ctx.home_area)
    speakers.board_members_by_title(ctx, ctx.home_area)  # 'Chief Superintendent Mahmood (X Police) attends'
    speakers.service_led_by(ctx, ctx.home_area)  # 'At the time of the inspection the YOS was managed by Jo Lee'
    service_staff_in_prose(ctx, begin)
    staff_described(ctx, begin)
    heads_of_services(ctx, begin)
    local_coordinators(ctx, begin)
    thanked_with_team(ctx, begin)
    inspector_with_team(ctx, begin)
    author_who_leads(ctx, begin)
    # a letter about an inspection (its subject a thematic one) is addressed, and copied, as letters are
    people_lists.address_block(ctx, None, begin)
    people_lists.letter_addressee(ctx)
    addressee_who_chairs(ctx)
    addressee_chairs_by_post(ctx)
    people_lists.officers_in_touch(ctx, begin)  # 'our operations officer, Jo Bloggs, will be in touch'
    people_lists.report_to(ctx, ctx.home_area)  # 'Report to:  Jo Bloggs, Chair, ...' over the copy list at a report's end
    people_lists.copy_list(ctx, ctx.home_area)
    people_lists.contact_officers(ctx, begin)  # 'please contact our inspection support officer, Jo Hart, on ...'


# 'I will lead the inspection', 'I will be the lead inspector', 'As the lead inspector, I am writing': the letter's
# author is its lead inspector.
FIRST_PERSON_LEAD_RE = re.compile(r"\bI\s+(?:will|shall|am\s+going\s+to)\s+(?:be\s+)?lead(?:ing)?\s+(?:the|this)\s+inspection\b"
                                  r"|\bI\s+(?:will\s+be|shall\s+be|am)\s+(?:the\s+)?lead\s+inspector\b"
                                  r"|\bAs\s+(?:the\s+)?lead\s+inspector,\s+I\b")


def author_who_leads(ctx: Context, begin: int = 0) -> int:
    """The author of a letter that says 'I will lead the inspection' (signed with their name) leads it."""
    lead = FIRST_PERSON_LEAD_RE.search(ctx.text, begin)
    authors = {role.name: role for role in ctx.roles if role.relation == "author"} if lead else {}
    if not lead or len(authors) != 1:
        return 0
    author = next(iter(authors.values()))
    ctx.person_role(author.name, "lead_inspector", span(ctx.text, lead.start(), lead.end()), role=author.role,
                    title=author.title, organisation=author.organisation or HMI_PROBATION)
    return 1


# 'Yours sincerely / Ruth Ogden / HM Inspector': an inspector (not a chief or an assistant chief) signing a letter.
SIGNING_INSPECTOR_RE = re.compile(r"(?:HM\s+Inspector|HMI|Lead\s+Inspector)(?:\s+of\s+Probation)?", re.IGNORECASE)
# A letter that reports the inspection it was written for ('We recently carried out a Short Quality Screening ...',
# 'Our findings are set out below'), not one that follows an earlier one up or invites a service to take part.
REPORTS_AN_INSPECTION_RE = re.compile(r"\b(?:we|I)\s+(?:have\s+)?(?:recently\s+)?(?:carried\s+out|undertook|conducted|completed|"
                                      r"inspected|screened|found)\b|\b(?:our|the)\s+(?:main\s+)?findings\b", re.IGNORECASE)


def signing_inspector_leads(ctx: Context) -> int:
    """A letter that reports an inspection, signed by one HM Inspector where no other lead is named, is signed by the
    inspector who led it (as a screening letter names its lead)."""
    if any(role.relation == "lead_inspector" for role in ctx.roles) or not REPORTS_AN_INSPECTION_RE.search(ctx.text):
        return 0
    signers = {role.name: role for role in ctx.roles if role.relation == "author" and role.role
               and SIGNING_INSPECTOR_RE.fullmatch(" ".join(role.role.split()))}
    if len(signers) != 1:
        return 0
    signer = next(iter(signers.values()))
    ctx.person_role(signer.name, "lead_inspector", signer.evidence, role=signer.role, title=signer.title,
                    organisation=signer.organisation or HMI_PROBATION)
    return 1


# 'our inspection support officer, Marta Kowal', 'Grant Fell, inspection support officer': one of the inspection's team.
SUPPORT_OFFICER_RE = re.compile(r"\binspection\s+support\s+officer\b", re.IGNORECASE)
CONTACT_WORD_RE = re.compile(r"\bcontact(?:ed|ing)?\b|\benquir", re.IGNORECASE)


def support_officers(ctx: Context, begin: int = 0) -> int:
    """The inspection support officer named beside the post: `inspection_team`, unless the sentence gives them as the
    one to contact (a contact officer, read as one)."""
    text = ctx.text
    found = 0
    for match in SUPPORT_OFFICER_RE.finditer(text, begin):
        role = Span(match.start(), match.end(), match.group(0))
        name = speakers.name_beside(text, role)
        sentence = span(text, sentence_start(text, min(role.start, name.start) if name else role.start),
                        sentence_end(text, role.end))
        if name is None or CONTACT_WORD_RE.search(sentence.text) or _listed_in_team(ctx, name):
            continue
        ctx.person_role(name, "inspection_team", sentence, role=" ".join(role.text.split()), role_span=role,
                        organisation=HMI_PROBATION)
        found += 1
    return found


def _listed_in_team(ctx: Context, name: NameMatch) -> bool:
    """A support officer a team table already gave a place ('Inspection Support   Jo Lee, Inspection Support
    Officer' is support staff, `other`, under that label): the table says what they are. In prose ('with our
    inspection support officer, Jo Lee') they are one of the team."""
    before = ctx.text[ctx.text.rfind("\n", 0, name.start) + 1:name.start]
    if before.strip() and not re.search(r"(?:\t|[^\S\n]{3})$", before):
        return False
    key = name_key(name.name)
    return any(role.relation == "other" and name_key(role.name) == key for role in ctx.roles)


# 'HM Inspector Colm Daly led the inspection', 'Ann Hall led the fieldwork': the lead named as the sentence's subject.
LED_THE_INSPECTION_RE = re.compile(r"(?<![^\S\n])[^\S\n]++led\s+(?:the|this)\s+(?:inspection|fieldwork)\b", re.IGNORECASE)
HM_INSPECTOR_BEFORE_RE = re.compile(r"HM\s+Inspector\s*$")


def lead_as_subject(ctx: Context, begin: int = 0) -> int:
    """The inspector a sentence says led the inspection, named just before 'led the inspection'."""
    text = ctx.text
    found = 0
    for match in LED_THE_INSPECTION_RE.finditer(text, begin):
        names = find_names(text, sentence_start(text, match.start()), match.start())
        if not names or names[-1].end != match.start() or names[-1].surname_only:
            continue
        name = names[-1]
        rank = HM_INSPECTOR_BEFORE_RE.search(text, max(0, name.start - 20), name.start)
        ctx.person_role(name, "lead_inspector", span(text, rank.start() if rank else name.start, match.end()),
                        role="HM Inspector" if rank else "lead inspector", organisation=HMI_PROBATION)
        found += 1
    return found


# 'As you chair the Westmere Youth Justice Partnership Board': the letter's addressee chairs it.
YOU_CHAIR_RE = re.compile(r"\byou\s+(?:chair|are\s+(?:the\s+)?chair\s+of)\s+(?:the\s+)?(?P<board>(?:[A-Z][\w'’&-]*\s+){1,8}Board)\b")


def addressee_who_chairs(ctx: Context) -> int:
    """The one addressee of a letter that says 'you chair the X Board' is that board's chair."""
    chairs = YOU_CHAIR_RE.search(ctx.text)
    addressees = {role.name: role for role in ctx.roles if role.relation == "addressee"} if chairs else {}
    if not chairs or len(addressees) != 1 or not speakers.post_relation(f"Chair of the {chairs.group('board')}") \
            == "board_chair":
        return 0
    addressee = next(iter(addressees.values()))
    board = " ".join(chairs.group("board").split())
    ctx.person_role(addressee.name, "board_chair", span(ctx.text, chairs.start(), chairs.end()), role=f"Chair, {board}",
                    title=addressee.title, organisation=organisation_for_role(f"Chair of the {board}", ctx.home_area))
    return 1


# A compound post's joint: 'Director of Children's Services and Chair of the Youth Offending Management Board'.
POST_JOINT_RE = re.compile(r"\s+and\s+(?=(?:the\s+)?(?:Independent\s+)?Chair)|\s*[;/]\s*")


def addressee_chairs_by_post(ctx: Context) -> int:
    """An addressee whose post, as the address block writes it, includes the chair of a youth justice board ('Director
    of Children's Services and Chair of the Youth Offending Management Board'): that board's chair too."""
    found = 0
    for role in [r for r in ctx.roles if r.relation == "addressee" and r.role]:
        if any(r.relation == "board_chair" and r.name == role.name for r in ctx.roles):
            continue
        for post in POST_JOINT_RE.split(" ".join(str(role.role).split())):  # wrapped over lines, read whole
            if speakers.post_relation(post, youth_justice=True) != "board_chair":
                continue
            ctx.person_role(role.name, "board_chair", role.evidence, role=post, title=role.title,
                            organisation=organisation_for_role(post, ctx.home_area))
            found += 1
            break
    return found


# --- the inspected service's own staff named in the inspectorate's prose ----------------------

# A post the services' heads share, named once for several holders, each with the place whose service they head: 'Both
# heads of service - Jo Lee in Westmere and Sam Hart in Eastmarch - are respected', 'the two service managers, Jo Lee
# (Westmere) and Sam Hart (Eastmarch),'.
SHARED_POST_RE = re.compile(r"\b(?:both|the|two|our|their)\s+(?:two\s+)?(?P<post>heads\s+of\s+(?:the\s+)?services?|"
                            r"(?:service|team|operations?|YOS|YOT|YJS)\s+managers)\s*[-–—:,]\s*", re.IGNORECASE)
# After each holder: the place whose service they head ('in Westmere', '(Eastmarch)').
HOLDER_PLACE_RE = re.compile(r"\s+(?:in|for)\s+(?P<place>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)|"
                             r"\s*\((?P<bracketed>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)\)")
SHARED_POST_REACH = 200
COMPASS_RE = re.compile(r"(?:North|South|East|West|Central|Mid)(?:[\s-]*(?:East|West|Central))?", re.IGNORECASE)


def heads_of_services(ctx: Context, begin: int = 0) -> int:
    """The holders a report names after a post they share, each the staff of the service of the place named with
    them (the report's area's service where none is), in the post named once."""
    text = ctx.text
    found = 0
    for match in SHARED_POST_RE.finditer(text, begin):
        stop = sentence_end(text, match.end(), min(len(text), match.end() + SHARED_POST_REACH))
        closing = re.search(r"\s[-–—]\s", text[match.end():stop])  # the aside's closing dash
        stop = match.end() + closing.start() + 1 if closing else stop
        post = " ".join(singular_post(match.group("post")).split())
        post = post[:1].upper() + post[1:]
        for name in find_names(text, match.end(), stop, strict=False):
            if name.surname_only:
                continue
            where = HOLDER_PLACE_RE.match(text, name.end, stop)
            place = where and (where.group("place") or where.group("bracketed"))
            if place and COMPASS_RE.fullmatch(place):
                place = None  # 'Jo Lee (West)': a team's patch of the area, not another area
            area = ctx.gazetteer.area_name(place) or place if place else ctx.home_area
            organisation = ctx.service_of(area)
            ctx.person_role(name, "staff", span(text, match.start(), where.end() if where else name.end), role=post,
                            organisation=organisation)
            found += 1
    return found


# The posts of the inspected service an inspectorate names beside their holders when it thanks them or arranges its
# fieldwork with them: 'Our thanks go to X, the Head of Service, and to Y, the local inspection coordinator', 'the
# local inspection coordinator, Z', 'The service manager, Z, is supported by a deputy'.
SERVICE_POST_RE = re.compile(r"\b(?:(?:local\s+)?inspection\s+co-?ordinator|(?<=\bas\s)local\s+co-?ordinator|(?:deputy\s+)?head\s+of\s+(?:the\s+)?service|"
                             r"head\s+of\s+the\s+(?:YOS|YOT|YJS)|"  # 'Jo Lee, Head of the YJS, and the coordinator'
                             # the service by its place, its name wrapped too: 'Jo Lee, Head of Westmere Youth Offending Team'
                             r"head\s+of\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+(?:YOS|YOT|YJS|youth\s+"
                             r"(?:offending|justice)\s+(?:service|team))|"

                             # in a sentence only (a letter's list has 'Jo Lee, Head of Youth Justice, Westmere')
                             r"(?<=(?i:the|our|its)\s)head\s+of\s+(?:YOS|YOT|YJS)|"  # 'managed by the Head of YOS, Jo Lee'
                             # ('your Head of Youth Justice Service': a letter's to the partnership's chair)
                             r"(?:(?<=(?i:the|our|its)\s)|(?<=(?i:your)\s))head\s+of\s+(?:the\s+)?youth\s+(?:justice|offending)"
                             r"(?:\s+and\s+[\w'’-]+\s+services?|(?:\s+services?)?)"  # '... and Adolescent Services'
                             r"(?!\s+(?:inspections?|and)\b)|"
                             # or thanked with the staff ('grateful to Jo Lee, Head of Youth Offending Service, and her staff')
                             # ('Jo Lee, Head of Youth Justice, and all the staff of the service')
                             r"head\s+of\s+youth\s+(?:justice|offending)(?:\s+services?)?(?=(?:\s*+,)?\s++and\s+(?:all\s+)?(?:the\s+|his\s+|"
                             r"her\s+|their\s+)(?:staff|team|colleagues|managers|management\s+team|officers)\b)|"
                             # or set off between commas in a sentence that goes on with its verb ('Jo Lee, Head of Youth
                             # Justice Service, is the lead officer and will attend')
                             r"head\s+of\s+youth\s+(?:justice|offending)(?:\s+services?)?(?=,\s*(?:is|was|has|had|will|would|who)\s)|"
                             r"(?:(?:youth\s+(?:justice|offending)|YOS|YOT|YJS)\s+)?service\s+manager|"
                             r"(?:YOS|YOT|YJS)\s+manager|"
                             # 'the YOS Operations Manager, Jo Lee', 'the Head of Service and the Operations Manager, Jo Lee'
                             # (bare only after 'the' in a sentence: a team table's 'Operations Manager' is the inspectorate's)
                             r"(?:YOS|YOT|YJS)\s+operation(?:s|al)\s+manager|(?<=the\s)operation(?:s|al)\s+manager|"
                             # in a sentence, a post the service's initials open: 'the YJS data officer, Jo Lee'
                             r"(?<=(?i:the)\s)(?-i:YOS|YOT|YJS)\s+(?:[a-z][\w-]*\s+){0,3}?(?:officer|manager|worker|"
                             r"co-?ordinator|analyst|practitioner|lead))\b", re.IGNORECASE)
FORM_LABEL_RE = re.compile(r"[^\S\n]*[A-Za-z][\w/ -]{0,30}:[^\S\n]")  # 'cc:' and 'Plan co-ordinated by:' too
# ', the' before the post; or the holder's own post, then 'who acted as the' ('Jo Lee, Quality Assurance Manager, who
# acted as the local inspection co-ordinator', 'Jo Lee, who again acted as local inspection coordinator'; the own post
# in lower case and wrapped too: 'Jo Lee, business and' / 'performance manager, who acted as the inspection coordinator')
BEFORE_POST_RE = re.compile(r"\s*,\s*(?:(?:[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}\s*,\s*)?who\s+(?:again\s+|also\s+)?"
                            r"(?:acted|acts|served|was|is)\s+as\s+(?:the\s+|our\s+)?|(?:the|our|its|their)\s+)", re.IGNORECASE)


POSSESSIVE_END_RE = re.compile(r"['’]s\b")
CONTACT_OR_AUTHOR_RE = re.compile(r"\b(?:contact|author)\b", re.IGNORECASE)


def service_staff_in_prose(ctx: Context, begin: int = 0, *, contacts: bool = True, end: int | None = None) -> int:
    """The inspected service's staff the inspectorate names beside their post in its prose: `staff` of the area's
    service (a post with no name beside it names no one). Without `contacts`, not the officer a line gives as the
    paper's contact or author ('For further information contact Jo Bloggs, Youth Justice Service Manager')."""
    text = ctx.text
    found = 0
    for match in SERVICE_POST_RE.finditer(text, begin, len(text) if end is None else end):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if FORM_LABEL_RE.match(text, line_start):
            continue  # 'Author/contact: Jo Bloggs, Youth Justice Service Manager': a paper's form, read by its label
        if not contacts and CONTACT_OR_AUTHOR_RE.search(text, line_start, match.start()):
            continue
        role = Span(match.start(), match.end(), match.group(0))
        name = speakers.name_beside(text, role)
        after = _loose_name_after(text, role)
        if name is not None and after is not None and name.end <= role.start and re.search(r",\s*$", text[:name.start]):
            name = after  # 'the Chair of the Board, Jo Lee, the Head of the YOS, Dev Rao,': each post before its holder
        name = name or _loose_name_before(text, role) or after or _holder_by(text, role)
        if name is None or name.title == "Councillor" or POSSESSIVE_END_RE.match(text, name.end - 2) \
                or POSSESSIVE_END_RE.match(text, name.end):
            continue  # 'the YOT health worker, Dr Jo Lee's team at the trust': the name owns something, holds no post
        if _listed(text, name, role):
            continue  # a table's row or a list's entry, read by the readers of tables and lists
        evidence = span(text, min(name.start, role.start), max(name.end, role.end))
        ctx.person_role(name, "staff", evidence, role=" ".join(role.text.split()), role_span=role,
                        organisation=ctx.service_of(ctx.home_area))
        found += 1
    return found + thanked_staff(ctx, begin, end) + heads_with_their_team(ctx, begin, end) + action_leads(ctx, begin, end)


# A sentence that names the service's own team, each member with their post in brackets after the name: 'The service's
# operational management team is led by Jo Lee (Operational Manager, Courts), with Dev Rao (Practice Manager) and Al
# Dee (Information Officer).', 'The YJS leadership team comprises Jo Lee (Head of Service) and Dev Rao (Team Manager).'
# (a few words of the team's kind between, each run crossed once)
SERVICE_TEAM_RE = re.compile(r"\b(?:[Tt]he\s++service['’]s|[Tt]he\s++(?:YOS|YOT|YJS)(?:['’]s)?|[Oo]ur)\s++(?:[a-z-]++\s++){0,3}?"
                             r"team\s++(?:is\s++led\s++by|was\s++led\s++by|comprises|consists\s++of|is\s++made\s++up\s++of|"
                             r"includes)\s++")
# A member's post in brackets after the name, on the next line too ('with Dev Rao' / '(Practice Manager)').
POST_BRACKETED_AFTER_RE = re.compile(r"\s*+\((?P<post>[^()]{2,80}+)\)")


def service_team_named(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The service's staff its own team's sentence names, each with a post in brackets (SERVICE_TEAM_RE): `staff` of
    the area's service in that post (a name with no post in brackets is no member the sentence vouches for)."""
    text = ctx.text
    stop = len(text) if end is None else end
    found = 0
    for lead in SERVICE_TEAM_RE.finditer(text, begin, stop):
        sentence = sentence_end(text, lead.end(), min(stop, lead.end() + 600))
        for name in find_names(text, lead.end(), sentence, strict=False):
            post = POST_BRACKETED_AFTER_RE.match(text, name.end, sentence)
            if name.surname_only or post is None or not names_post(post.group("post")):
                continue
            ctx.person_role(name, "staff", span(text, name.start, post.end()), role=" ".join(post.group("post").split()),
                            role_span=span(text, post.start("post"), post.end("post")),
                            organisation=ctx.service_of(ctx.home_area))
            found += 1
    return found


# A post the report describes in its prose, then its holder set off by commas: 'The team manager for the north of the
# county, Jo Bloggs, runs ...', 'The service's clinical psychologist, Dr Jo Bloggs, offers ...', 'a performance and
# information officer, Jo Bloggs, produces ...'. The post is in lower case, as a sentence writes it (a table's or a
# list's post is read by its reader), a phrase 'for the ...' may say where or whom it serves. Each run of words is
# crossed once and bounded.
DESCRIBED_POST_RE = re.compile(r"\b(?:[Tt]he(?:[^\S\n]++service['’]s)?|[Aa]n?|[Ii]ts)\s++(?P<post>(?:[a-z][a-z-]*+\s++){0,4}?[a-z][a-z-]*+"
                               r"(?:\s++for\s++the\s++[a-z][a-z ]{0,40}?)?)\s*+,\s*+(?=[A-Z])")
# The nouns of the posts a youth justice service's own staff hold (a chair, a director, an inspector or a councillor
# described so is another body's).
SERVICE_STAFF_NOUNS = frozenset({"manager", "officer", "worker", "practitioner", "coordinator", "co-ordinator",
                                 "psychologist", "nurse", "therapist", "analyst", "caseworker", "mentor", "specialist",
                                 "adviser", "advisor", "administrator", "supervisor", "counsellor", "assessor"})
OTHER_BODIES_WORDS = frozenset({"police", "probation", "council", "court", "prison", "school", "board", "nhs"})
HOLDER_CLOSED_RE = re.compile(r"\s*+(?:,|\(|who\b)")


def staff_described(ctx: Context, begin: int = 0) -> int:
    """The service's staff an inspection report describes by their post before naming them ('The team manager for the
    north of the county, Jo Bloggs, runs monthly workshops'): `staff` of the area's service, the post as written."""
    text = ctx.text
    found = 0
    for match in DESCRIBED_POST_RE.finditer(text, begin):
        words = match.group("post").split()
        post = words[:words.index("for")] if "for" in words else words
        if post[-1] not in SERVICE_STAFF_NOUNS or OTHER_BODIES_WORDS.intersection(post) \
                or SUPPORT_OFFICER_RE.fullmatch(" ".join(post[-3:])):
            continue  # 'the police officer, Jo Bloggs', 'the inspection support officer, Jo Bloggs': another body's post
        names = find_names(text, match.end(), min(len(text), match.end() + 60), strict=False)
        if not names or names[0].start != match.end() or names[0].surname_only or names[0].title == "Councillor" \
                or not HOLDER_CLOSED_RE.match(text, names[0].end):
            continue
        role = span(text, match.start("post"), match.end("post"))
        ctx.person_role(names[0], "staff", span(text, match.start(), names[0].end), role=" ".join(words),
                        role_span=role, organisation=ctx.service_of(ctx.home_area))
        found += 1
    return found


# A table's cells on the line: a tab, or a run of blanks between two words.
COLUMN_GAP_RE = re.compile(r"\S(?:\t|[^\S\n\t]{3,})\S")
PARAGRAPH_NUMBER_RE = re.compile(r"[^\S\n]*+(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-z]\)|[•·*–-])[^\S\n]++")
# What may close a list's entry after the post: a bracketed note ('(Youth Justice)'), a comma or semicolon.
ENTRY_TAIL_RE = re.compile(r"[^\S\n]*(?:\([^()\n]{0,60}\))?[^\S\n]*[,;]?[^\S\n]*(?:\n|$)")


def _listed(text: str, name: NameMatch, role: Span) -> bool:
    """A name and post that stand in a table's row ('Westmere Youth Justice Service<tab>Jo Lee, Head of Service') or
    make a list's entry by themselves, their line nothing else ('Copy to:' over '<indent>Jo Lee, Deputy Head of
    Service'), not a sentence."""
    for at in (name.start, role.start):  # the lines they open on (a page's footer between may have its columns)
        line_start, line_end = text.rfind("\n", 0, at) + 1, end_of_line(text, at)
        numbered = PARAGRAPH_NUMBER_RE.match(text, line_start, line_end)  # '4.2   The Head of Service, Jo Lee': no column
        if COLUMN_GAP_RE.search(text, numbered.end() if numbered else line_start, line_end):
            return True
    start = text.rfind("\n", 0, min(name.start, role.start)) + 1
    tail = ENTRY_TAIL_RE.match(text, role.end)
    return not text[start:name.start].strip() and name.end <= role.start and tail is not None \
        and not re.match(r"[^\S\n]*[a-z]", text[tail.end():tail.end() + 40])  # the sentence goes on: 'would be happy'



# A sentence of thanks: 'We would like to thank ...', 'Our thanks go to ...', 'I am grateful to ...'.
THANKS_RE = re.compile(r"\b(?:thank(?:s|ing)?|grateful|gratitude)\b", re.IGNORECASE)
THANKS_REACH = 500
# A post of the service itself, as written after its holder's name in a sentence of thanks ('Jo Lee, Operations Manager,
# for their help'): the service's head or deputy, its managers, a post its initials open.
SERVICE_OWN_POST_RE = re.compile(r"(?:(?:deputy|assistant|interim|acting)\s+)?head\s+of\s+(?:the\s+)?(?:service|YOS|YOT|YJS|"
                                 r"youth\s+(?:justice|offending)(?:\s+(?:services?|team))?)|"
                                 r"(?:(?:YOS|YOT|YJS|youth\s+(?:justice|offending)(?:\s+service)?)\s+)?(?:operations?|"
                                 r"operational|service|team|practice|quality\s+assurance)\s+manager|"
                                 r"manager\s+of\s+the\s+(?:YOS|YOT|YJS|service)|"
                                 r"(?-i:YOS|YOT|YJS)\s+(?:[\w-]+\s+){0,3}?(?:manager|officer|worker|co-?ordinator|analyst|"
                                 r"practitioner|lead)|(?:local\s+)?inspection\s+co-?ordinator", re.IGNORECASE)
# After a post, the body that employs its holder when it is another's ('Jo Lee, Operations Manager, Westmere Police').
BODY_AFTER_POST_RE = re.compile(r"[^\S\n]*,\s*(?P<body>[A-Z][^,.;:()\n]{2,60})")
# 'in particular' before the one or two people a sentence of thanks singles out: 'the staff, in particular Jo Lee, for',
# 'in particular the YJS Manager and Jo Lee, who coordinated our visit'.
SINGLED_OUT_RE = re.compile(r"\b(?:in\s+particular|particularly|especially)\s+(?:[^.;:,]{0,60}?\band\s+)?$", re.IGNORECASE)
# What ends a name singled out with no post: a clause of its own, the thanks' reason, the next of a list, the stop.
SINGLED_OUT_END_RE = re.compile(r"\s*(?:,\s*(?:who|for|and)\b|\s(?:and|for|who)\b|[.;])")
PLAIN_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})  # not a councillor, an officer of the police, an inspector


def thanked_staff(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The service's staff an inspectorate (or a plan's foreword) thanks by name: with a post of the service after the
    name ('thank Jo Lee, Head of Youth Justice, and all the staff'; the post of another body names no staff of it),
    or singled out ('in particular Jo Lee, for their help'). ('Jo Lee and her team' alone is no post: a plan's foreword
    thanks the board's members so too.)"""
    text = ctx.text
    stop = len(text) if end is None else end
    found, read_to = 0, begin
    for thanks in THANKS_RE.finditer(text, begin, stop):
        if thanks.start() < read_to:
            continue  # a second 'thank' in a sentence read
        read_to = sentence_end(text, thanks.end(), min(stop, thanks.end() + THANKS_REACH))
        for name in find_names(text, thanks.end(), read_to, strict=False):
            if name.surname_only or name.title and name.title not in PLAIN_TITLES:
                continue
            post = speakers.apposition_after(text, name, read_to)
            if post is not None and _post_of_next(text, post, read_to):
                continue  # 'thank the Chair of the Board, Jo Lee, the Head of the YOS, Dev Rao,': each post before its holder
            if post is not None:
                written = speakers.role_text(post) or ""
                body = BODY_AFTER_POST_RE.match(text, post.end, read_to)
                if not SERVICE_OWN_POST_RE.fullmatch(written) or body and is_organisation_name(body.group("body")) \
                        and not BARE_SERVICE.search(body.group("body")):
                    continue
                ctx.person_role(name, "staff", span(text, name.start, post.end), role=written, role_span=post,
                                organisation=ctx.service_of(ctx.home_area))
            elif (singled := SINGLED_OUT_RE.search(text, max(thanks.end(), name.start - 80), name.start)) is not None \
                    and SINGLED_OUT_END_RE.match(text, name.end, read_to):
                ctx.person_role(name, "staff", span(text, singled.start(), name.end),
                                organisation=ctx.service_of(ctx.home_area))
            else:
                continue
            found += 1
    return found


def _post_of_next(text: str, post: Span, end: int) -> bool:
    """A post after a name that another name follows at once, after a comma: the next one's, written before them."""
    comma = re.compile(r"[^\S\n]*,\s*").match(text, post.end, end)
    names = find_names(text, comma.end(), min(end, comma.end() + 60), strict=False) if comma else []
    return bool(names) and comma is not None and names[0].start == comma.end()


# The lead a plan's priority or action names: 'Lead: Jo Lee, Youth Justice Practice Manager.', '(lead: Jo Lee, Team
# Manager)'.
# (not a council report's form, whose 'Lead officer:' is its contact)
ACTION_LEAD_RE = re.compile(r"(?<![^\s(])(?:[Ll]ead|LEAD)[^\S\n]*:[^\S\n]*+")


def action_leads(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The lead of a plan's action named with a post of the service: `staff` of the area's service (a lead with no post,
    or another body's, is read where the plan lists its board)."""
    text = ctx.text
    found = 0
    for label in ACTION_LEAD_RE.finditer(text, begin, len(text) if end is None else end):
        stop = clause_end(text, label.end(), 160)
        name = find_names(text, label.end(), stop, strict=False)[:1]
        if not name or name[0].start != label.end() or name[0].surname_only or name[0].title:
            continue
        post = speakers.apposition_after(text, name[0], stop)
        written = (speakers.role_text(post) or "").rstrip(".")
        if post is None or not SERVICE_OWN_POST_RE.fullmatch(written):
            continue
        ctx.person_role(name[0], "staff", span(text, label.start(), post.end), role=written, role_span=post,
                        organisation=ctx.service_of(ctx.home_area))
        found += 1
    return found


# 'Jo Lee and her senior team had prioritised the plan': the head the report names with the team they lead, in any
# sentence (a team with no qualifier, 'Jo Lee and her team at the trust', may be another body's).
LEADS_TEAM_RE = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:senior|leadership|management)\s+(?:(?:leadership|management)\s+)?"
                           r"team\b(?!\s+(?:at|from|of|in)\s+(?:the\s+)?[A-Z])")
LEADS_TEAM_SEEN_RE = re.compile(r"\band\s+(?:his|her|their)\s+(?:senior|leadership|management)\b", re.IGNORECASE)


def heads_with_their_team(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The service's head a report names with their senior or management team: `staff` of the area's service."""
    text = ctx.text
    found = 0
    for seen in LEADS_TEAM_SEEN_RE.finditer(text, begin, len(text) if end is None else end):
        names = find_names(text, max(begin, seen.start() - 60), seen.start(), strict=False)
        # (the name just before the 'and': 'Jo Lee and her senior team')
        team = LEADS_TEAM_RE.match(text, names[-1].end) if names and not text[names[-1].end:seen.start()].strip() else None
        if team is None or names[-1].surname_only or names[-1].title and names[-1].title not in PLAIN_TITLES:
            continue
        ctx.person_role(names[-1], "staff", span(text, names[-1].start, team.end()),
                        organisation=ctx.service_of(ctx.home_area))
        found += 1
    return found


# 'The Board is supported by Jo Bloggs, Business Support Officer': the service's officer who supports its board.
BOARD_SUPPORTED_BY_RE = re.compile(r"\b(?:the\s+)?(?:management\s+|partnership\s+)?board\s+is\s+supported\s+by\s+",
                                   re.IGNORECASE)


def board_support_staff(ctx: Context) -> int:
    """The officer a service's paper says supports its board, named with their post: `staff` of the area's service."""
    text = ctx.text
    found = 0
    for match in BOARD_SUPPORTED_BY_RE.finditer(text):
        end = clause_end(text, match.end(), 160)
        name = name_at(text, match.end(), end, strict=False)
        post = speakers.apposition_after(text, name, end) if name else None
        if name is None or post is None:
            continue
        ctx.person_role(name, "staff", span(text, match.start(), post.end), role=speakers.role_text(post), role_span=post,
                        organisation=ctx.service_of(ctx.home_area))
        found += 1
    return found


# 'Each area nominated a local co-ordinator ... They were:' over one line an area: 'Westmere:  Jo Lee, Operations
# Manager, Westmere Youth Offending Service', the body perhaps wrapped onto the next line under it.
COORDINATORS_RE = re.compile(r"\blocal\s+(?:inspection\s+)?co-?ordinators?\b[^.:]{0,200}[.:]\s*(?:(?:They|These)\s+were|"
                             r"[^.:\n]{0,80}\bwere)\s*:[^\S\n]*\n", re.IGNORECASE)
AREA_ROW_RE = re.compile(r"(?P<indent>[^\S\n]*)[A-Z][\w'’ -]{1,40}:[^\S\n]+(?=\S)")


def local_coordinators(ctx: Context, begin: int = 0) -> int:
    """The inspected services' local co-ordinators a thematic report lists one area a line: `staff` of the body written
    after the post (the area's service where none is)."""
    text = ctx.text
    found = 0
    for intro in COORDINATORS_RE.finditer(text, begin):
        rows = lines(text, intro.end(), min(len(text), intro.end() + 3000))
        index = 0
        while index < len(rows) and (row := AREA_ROW_RE.match(rows[index].text)) is not None:
            start, end = rows[index].start + row.end(), rows[index].end
            while index + 1 < len(rows) and _wraps_under(rows[index + 1].text, row.end()):
                index += 1
                end = rows[index].end
            found += _coordinator(ctx, trim(text, start, end))
            index += 1
    return found


def _wraps_under(following: str, column: int) -> bool:
    """A line that goes on with the row above: indented to the row's text, with no area label of its own."""
    indent = len(following) - len(following.lstrip())
    return bool(following.strip()) and indent >= column and AREA_ROW_RE.match(following) is None


def _coordinator(ctx: Context, row: Span) -> int:
    """'Jo Lee, Operations Manager, Westmere Youth Offending Service': a name, the post, then the body."""
    name = find_names(ctx.text, row.start, row.end, strict=False)[:1]
    if not name or name[0].start != row.start or name[0].surname_only:
        return 0
    parts = [" ".join(part.split()) for part in ctx.text[name[0].end:row.end].split(",") if part.strip()]
    post = parts[0] if parts else None
    body = ", ".join(parts[1:]) or None
    ctx.person_role(name[0], "staff", row, role=f"local co-ordinator; {post}" if post else "local co-ordinator",
                    organisation=body or ctx.service_of(ctx.home_area))
    return 1


# 'I would like to thank all the staff of the YOS, and in particular Jo Lee and her management team': the service's head.
THANKED_WITH_TEAM_RE = re.compile(r"\bthank[^.]{0,200}?\bin\s+particular\s+(?=[A-Z])")
WITH_TEAM_RE = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:(?:senior\s+)?management\s+)?team\b")


def thanked_with_team(ctx: Context, begin: int = 0) -> int:
    """The manager an inspectorate thanks with their team: `staff` of the area's service."""
    found = 0
    for thanks in THANKED_WITH_TEAM_RE.finditer(ctx.text, begin):
        named = _named_with_team(ctx, thanks.end())
        if named is None:
            continue
        name, team = named
        ctx.person_role(name, "staff", span(ctx.text, name.start, team.end()),
                        organisation=ctx.service_of(ctx.home_area))
        found += 1
    return found


def _named_with_team(ctx: Context, at: int) -> tuple[NameMatch, re.Match[str]] | None:
    """The full name that starts at `at` and is followed by 'and her team', with that phrase's match."""
    name = find_names(ctx.text, at, min(len(ctx.text), at + 60), strict=False)[:1]
    team = WITH_TEAM_RE.match(ctx.text, name[0].end) if name and name[0].start == at else None
    return None if team is None or name[0].surname_only else (name[0], team)


# 'to thank you and HM Inspector Jo Lee and her team': the inspector named with the team is the one who led it.
INSPECTOR_WITH_TEAM_RE = re.compile(r"\b(?:HM|HMI|Her\s+Majesty['’]s|His\s+Majesty['’]s)\s+Inspector\s+(?=[A-Z])")


def inspector_with_team(ctx: Context, begin: int = 0) -> int:
    """An inspector, by rank and name, named with their team ('HM Inspector Jo Lee and her team'): the lead inspector."""
    found = 0
    for rank in INSPECTOR_WITH_TEAM_RE.finditer(ctx.text, begin):
        named = _named_with_team(ctx, rank.end())
        if named is None:
            continue
        name, team = named
        ctx.person_role(name, "lead_inspector", span(ctx.text, rank.start(), team.end()),
                        role=" ".join(ctx.text[rank.start():rank.end()].split()), organisation=HMI_PROBATION)
        found += 1
    return found


NAME_BEFORE_REACH = 120


def _loose_name_before(text: str, role: Span) -> NameMatch | None:
    """'Saffron Lee, the local inspection coordinator': a name the lexicon lacks, set off by ', the' before the post."""
    line_start = text.rfind("\n", 0, text.rfind("\n", 0, role.start)) + 1  # the post may open the next line
    # a name just before: a line with no breaks is read back a few words, not to its start
    names = find_names(text, max(line_start, role.start - NAME_BEFORE_REACH), role.start, strict=False)
    return names[-1] if names and BEFORE_POST_RE.fullmatch(text, names[-1].end, role.start) else None


# ('The interim Head of Service, Jo Lee,': the post held for now is the post)
THE_POST_RE = re.compile(r"\b(?:the|our|its|their)\s+(?:(?:interim|acting|new|current)\s+)?$", re.IGNORECASE)
# 'The role of local inspection coordinator was carried out by Jo Lee': the post, then who held it.
HELD_BY_RE = re.compile(r"\s+(?:was|is|has\s+been)\s+(?:carried\s+out|undertaken|performed|fulfilled|held)\s+by\s+",
                        re.IGNORECASE)


def _holder_by(text: str, role: Span) -> NameMatch | None:
    held = HELD_BY_RE.match(text, role.end)
    if held is None:
        return None
    names = find_names(text, held.end(), min(len(text), held.end() + 60), strict=False)
    return names[0] if names and names[0].start == held.end() and not names[0].surname_only else None


def _loose_name_after(text: str, role: Span) -> NameMatch | None:
    """'the local inspection co-ordinator, Saffron Lee,': the post in a sentence ('the' before it), then after a comma
    (the line may break there) a name the lexicon lacks, set off by a comma or the sentence's end; or the name in
    brackets ('the YOS Operations Manager (Mrs Y. Marchbank)')."""
    if not THE_POST_RE.search(text, max(0, role.start - 16), role.start):
        return None
    # or its holder in brackets, which the line may break before or inside ('the Head of Service' / '(Jo Lee)')
    gap = re.compile(r"[^\S\n]*(?:,\s*|(?:\n[^\S\n]*)?\((?=[^()]{3,60}\)))").match(text, role.end)
    if gap is None:
        return None
    names = find_names(text, gap.end(), min(len(text), gap.end() + 60), strict=False)
    if not names or names[0].start != gap.end() or names[0].surname_only:
        return None
    return names[0] if re.match(r"\s*[,.;)]", text[names[0].end:names[0].end + 3]) else None


# --- the inspectorate's people named in the papers of the bodies it inspects ---------------------

# 'the inspection will be led by HM Inspector X', 'the lead inspector will be X': a board's or a council's papers name
# the lead inspector only in these inspection-specific wordings (a workshop 'led by' someone names no inspector).
LEAD_IN_PAPERS_RE = re.compile(r"\b(?:inspection|inspectorate|screening)(?:\s+team)?(?:\s*,?\s+|\s*+\(\s*+)"
                               r"(?:(?:will\s+be|was|is(?:\s+being)?|would\s+be|ha[ds]\s+been)\s+)?"
                               r"led\s+(?:again\s+)?by\s+|"  # 'The re-inspection (led again by Jo Lee, with Kim Ford)'
                               r"\binspectors\s*,\s*led\s+by\s+|"  # 'explained that inspectors, led by Jo Lee of HMI Probation,'
                               # 'The inspection took place in May and was led by HM Inspector X': the rank says who
                               r"\binspection\s[^.;]{0,80}?\bled\s+by\s+(?=HM\s+Inspector\s)|"
                               r"(?P<stated>\blead\s+inspector\s+(?:will\s+be|is|was|would\s+be)\s+)|"
                               # '... carried out by HM Inspectorate of Probation in February and led by Jo Lee'
                               r"\b(?:HM\s+Inspectorate\s+of\s+Probation|HMI\s+Probation)\b[^.;\n]{0,60}?(?:\n[^.;\n]{0,60}?)?"
                               r"(?:\band|,)\s+(?:was\s+|were\s+)?led\s+by\s+|"
                               # '(report April 2012, lead inspector J. Lee)': the post set before the name, which it vouches for,
                               # or its label ('(inspection lead: Mr J. Lee)', '; lead inspector: Jo Lee')
                               r"(?P<post>(?<=[(,;])[^\S\n]*+(?:lead\s+inspector[^\S\n]+|(?:lead\s+inspector|inspection\s+lead)"
                               r"[^\S\n]*+:[^\S\n]*+)(?=[A-Z]))|"
                               # 'The lead inspector, Jo Lee, had held the initial call': the name set off by commas,
                               # its initials' stops and all ('The lead inspector, B. Okafor-Lunn, had praised')
                               r"(?P<apposed>\b(?:the|our|their)\s+lead\s+inspector\s*,\s*(?=(?:[^,.;\n]|(?<=\b(?-i:[A-Z]))\.){3,60},))",
                               re.IGNORECASE)
# Where a name that the post vouches for ends: the clause's comma or full stop ('The lead inspector was Jo Lee.').
VOUCHED_NAME_END_RE = re.compile(r"[^\S\n]*+[,.;]")
HM_INSPECTOR_RE = re.compile(r"HM\s+Inspector\s+")
WITH_INSPECTOR_RE = re.compile(r",?[^\S\n]*+with\s+")
# 'Jo Lee, HM Inspector, who led the recent inspection': the name, the rank, then the lead's own clause.
WHO_LED_RE = re.compile(r"\s*,\s*(?P<rank>(?:HM\s+|HMI\s+)?(?:Lead\s+)?Inspector(?:\s+of\s+Probation)?)\s*,\s*who\s+(?:had\s+)?led\s+"
                        r"the\s+(?:[\w-]+\s+){0,3}?(?:inspection|screening)\b", re.IGNORECASE)
# ... or with the inspectorate named after the name: 'Jo Lee of HM Inspectorate of Probation, who had led the inspection'
WHO_LED_BARE_RE = re.compile(r"(?:\s+of\s+(?:HM\s+Inspectorate\s+of\s+Probation|HMI\s+Probation))?"
                             r"\s*,\s*who\s+(?:had\s+)?led\s+the\s+(?:[\w-]+\s+){0,3}?(?:inspection|screening)\b",
                             re.IGNORECASE)


def inspectorate_people_in_papers(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The lead inspector and the head of inspections named in minutes or a council's papers about an inspection."""
    end = len(ctx.text) if end is None else end
    found = head_of_inspections(ctx, begin, end)
    for lead in LEAD_IN_PAPERS_RE.finditer(ctx.text, begin, end):
        rank = HM_INSPECTOR_RE.match(ctx.text, lead.end())
        at = rank.end() if rank else lead.end()
        # after the rank or the post, any name: where the post is set before it, or stated of it up to the clause's end
        # ('The lead inspector, Jo Lee, had', 'The lead inspector was Jo Lee.'), a forename the lexicon lacks too
        name = find_names(ctx.text, at, min(end, at + 60), strict=rank is None and not lead.group("post"))[:1]
        if not name or name[0].start != at:  # ('led by R. Lee of HM Inspectorate of Probation': the body vouches too)
            stated = lead.group("stated") or lead.group("apposed")
            name = [named for named in find_names(ctx.text, at, min(end, at + 60), strict=False)[:1]
                    if stated and VOUCHED_NAME_END_RE.match(ctx.text, named.end)
                    or people_lists.INSPECTORATE_AFTER_RE.match(ctx.text, named.end)]
        if not name or name[0].start != at or name[0].surname_only and name[0].title not in PLAIN_TITLES:
            continue  # ('the Inspectorate team led by Ms Lee': a plain title before the surname makes a person of it)
        evidence = span(ctx.text, lead.start(), name[0].end)
        after = people_lists.INSPECTOR_AFTER_RE.match(ctx.text, name[0].end)  # 'led by Jo Lee, HM Inspector'
        label = " ".join(lead.group("post").strip(" \t\n(,;:").split()) if lead.group("post") else None  # '(inspection lead: X)'
        role = "HM Inspector" if rank else " ".join(after.group(0).strip(" \t\n,(").split()) if after else \
            label or "lead inspector"
        ctx.person_role(name[0], "lead_inspector", evidence, role=role, organisation=HMI_PROBATION)
        found += 1
        joined = WITH_INSPECTOR_RE.match(ctx.text, name[0].end, end)  # '..., with Kim Ford': one of the team
        other = find_names(ctx.text, joined.end(), min(end, joined.end() + 60), strict=False)[:1] if joined else []
        if other and other[0].start == joined.end() and not other[0].surname_only:  # type: ignore[union-attr]
            ctx.person_role(other[0], "inspection_team", span(ctx.text, lead.start(), other[0].end), role=None,
                            organisation=HMI_PROBATION)
            found += 1
    return found + who_led(ctx, begin, end)


# 'HM Inspector Jo Lee, who led the inspection, added': the rank written before the name.
HM_INSPECTOR_BEFORE_NAME_RE = re.compile(r"\bHM\s+Inspector\s+$")


def who_led(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """People named with a clause that says they led the inspection ('Jo Lee, HM Inspector, who led the recent
    inspection', 'Jo Lee, who led the inspection, added', 'HM Inspector Jo Lee, who led the inspection, added'), in
    papers and in the inspectorate's news: its lead inspector."""
    end = len(ctx.text) if end is None else end
    found = 0
    for named in find_names(ctx.text, begin, end):
        clause = WHO_LED_RE.match(ctx.text, named.end, end)
        if clause and not named.surname_only:
            ctx.person_role(named, "lead_inspector", span(ctx.text, named.start, clause.end()),
                            role=" ".join(clause.group("rank").split()), organisation=HMI_PROBATION)
            found += 1
        led = None if clause else WHO_LED_BARE_RE.match(ctx.text, named.end, end)
        if led and (not named.surname_only or named.title):  # 'welcomed Ms Lee, who had led the screening in July'
            ranked = HM_INSPECTOR_BEFORE_NAME_RE.search(ctx.text, max(0, named.start - 20), named.start) \
                or HM_INSPECTOR_RE.match(ctx.text, named.start)
            ctx.person_role(named, "lead_inspector", span(ctx.text, named.start, led.end()),
                            role="HM Inspector" if ranked else "lead inspector", organisation=HMI_PROBATION)
            found += 1
    return found


# 'The report is addressed to Jo Lee, Chair of the Westmere YOS Management Board': a release's or a paper's note of
# whom the inspectorate's report (or letter) is addressed to.
ADDRESSED_TO_RE = re.compile(r"\b(?:report|letter)\s+(?:is|was|has\s+been|will\s+be)\s+addressed\s+to\s+(?:the\s+)?",
                             re.IGNORECASE)


ADDRESSEE_POST_RE = re.compile(r"[^\S\n]*+,\s*+(?P<post>[A-Z][^,;()\n]{2,80}+(?:\n[^\S\n]*+[^,;()\s][^,;()\n]{0,80}+)?)[,;)]")


def report_addressed_to(ctx: Context, area: str | None = None) -> int:
    """The addressee of the inspection's report, named where a note says whom it is addressed to."""
    found = 0
    for match in ADDRESSED_TO_RE.finditer(ctx.text):
        stop = clause_end(ctx.text, match.end(), 200)
        names = find_names(ctx.text, match.end(), stop) or find_names(ctx.text, match.end(), stop, strict=False)
        if not names or names[0].surname_only or trim(ctx.text, match.end(), names[0].start):
            continue
        after = ADDRESSEE_POST_RE.match(ctx.text, names[0].end, stop)  # the post may wrap over the line
        post = trim(ctx.text, after.start("post"), after.end("post")) if after else None
        post = post if post and names_post(post.text) else speakers.apposition_after(ctx.text, names[0], stop)
        role = speakers.role_text(post)
        evidence = span(ctx.text, match.start(), post.end if post else names[0].end)
        ctx.person_role(names[0], "addressee", evidence, role=role, role_span=post,
                        organisation=organisation_for_role(role, area) if role else None)
        found += 1
    return found


# --- credits: a label on a line of its own, the name alone on the next --------------------------

CREDIT_NAME_WORDS = 5


def credit_lines(ctx: Context, begin: int = 0) -> int:
    """'Lead inspector' then 'Nadia Quist' on the next line, 'Head of inspection programme' then 'Owen Tregarthen':
    a report's credits page, each post alone over its holder's name alone."""
    all_lines = [line for line in lines(ctx.text, begin) if not is_blank(line)]
    found = 0
    for label, holder in zip(all_lines, all_lines[1:], strict=False):
        relation = relation_for_label(label.text) if len(label.text.split()) <= LABEL_WORDS_MAX else None
        # the posts a credits page names one holder of (team lists under a heading are team_lists' to read)
        if relation not in ("lead_inspector", "deputy_lead_inspector", "head_of_inspections") or \
                find_names(ctx.text, label.start, label.end, strict=False) or not TEAM_LABEL_LINE_RE.fullmatch(label.text):
            continue
        body = trim(ctx.text, holder.start, holder.end)
        names = find_names(ctx.text, body.start, body.end, strict=False)
        if len(names) != 1 or names[0].start != body.start or names[0].end != body.end \
                or len(body.text.split()) > CREDIT_NAME_WORDS:
            continue
        ctx.person_role(names[0], relation, span(ctx.text, label.start, holder.end), role=" ".join(label.text.split()),
                        organisation=inspectorate_named(label.text) or HMI_PROBATION)
        found += 1
    return found


# A label line of a credits page: words only, no sentence ('Lead inspector', 'Head of inspection programme').
TEAM_LABEL_LINE_RE = re.compile(r"[^\S\n]*[A-Z][A-Za-z ()'’-]{2,60}[^\S\n]*")
# The posts a credits line lists the holders of (the lead inspector's is a led-by line).
LABELLED_RELATIONS = ("deputy_lead_inspector", "inspection_team", "head_of_inspections")
NAME_LIST_SEPARATOR_RE = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


def labelled_lines(ctx: Context, begin: int = 0) -> int:
    """A credits line of posts of the inspectorate and the names of their holders, and nothing else: 'Inspectors:
    Jo Lee, Dev Rao', two pairs to a line ('Lead inspector: Jo Lee      Inspector: Dev Rao'), or a label padded from
    its names with no colon where the lines above or below are credits too ('Team inspectors      Dev Rao, Una Price'
    under 'Lead inspector      Jo Lee'). In a block of such lines that credits the inspectors, a padded label's names
    may go on below it in its names' column ('Inspectors      Jo Lee' over '                Dev Rao (Ofsted)'), and a
    row of the team's research or inspection support ('Research and analysis      Una Price') is one of the team."""
    found = 0
    all_lines = lines(ctx.text, begin)
    credits = [person_cells.label_values(ctx.text, line, relation_for_label, indented=True) for line in all_lines]
    team_block = _team_credit_blocks(ctx.text, all_lines, credits)
    read = _names_read(ctx) if any(team_block) else set()
    carried: tuple[Span, str, int] | None = None  # a padded label whose names may go on below it, at their column
    for index, pairs in enumerate(credits):
        if not pairs:
            carried = _carried_on(ctx, all_lines[index], carried, team_block[index])
            if carried is not None:
                row = trim(ctx.text, all_lines[index].start, all_lines[index].end)
                found += _credit_names(ctx, carried[0], carried[1], row, evidence=row, read=read)
            continue
        padded = len(pairs) == 1 and ":" not in ctx.text[pairs[0][0].end:pairs[0][1].start]
        carried = None
        if padded and not team_block[index] and \
                not any(0 <= other < len(credits) and credits[other] for other in (index - 1, index + 1)):
            continue  # a label padded from a name, alone: no credits block
        for label, value in pairs:
            relation = relation_for_label(label.text)
            support = relation == "other" and team_block[index] and \
                TEAM_SUPPORT_LABEL_RE.fullmatch(" ".join(label.text.split())) is not None
            if support:
                relation = "inspection_team"  # 'Research and analysis   Una Price' among the inspectors' rows
            elif relation not in LABELLED_RELATIONS or not INSPECTOR_LABEL_RE.search(label.text):
                continue
            found += _credit_names(ctx, label, relation, value, read=read if support else None)
            if padded and team_block[index]:
                carried = (label, relation, _column_of(ctx.text, value.start))
    return found


# A credits label that names inspectors: 'Lead inspector', 'HMI', 'Inspection team'.
INSPECTOR_LABEL_RE = re.compile(r"inspect|\bHMI", re.IGNORECASE)
# The labels of a team's own staff who are no inspectors, listed among them: its research and its inspection support
# (not publications, communications or administration, which a credits page may list apart from the team).
TEAM_SUPPORT_LABEL_RE = re.compile(r"(?i:(?:senior\s+)?(?:research(?:\s+(?:and|&)\s+(?:analysis|information|data))?|analysis|"
                                   r"analyst|inspection\s+support)(?:\s+(?:officers?|team|staff))?|(?:inspection\s+)?support\s+officers?)")
# A name's own inspectorate in brackets after it, in a credits line: 'Jo Lee (Ofsted)'.
BRACKETED_BODY_RE = re.compile(r"[^\S\n]*+\((?P<body>[^()\n]{2,60})\)[^\S\n]*+$")


def _team_credit_blocks(text: str, all_lines: list[Line], credits: list[list[tuple[Span, Span]]]) -> list[bool]:
    """Whether each line stands in a block of lines with no blank between them, two of them credits lines, one of
    which credits an inspector ('Lead inspector      Jo Lee'): the team's credits."""
    marks = [False] * len(all_lines)
    index = 0
    while index < len(all_lines):
        stop = index
        while stop < len(all_lines) and not is_blank(all_lines[stop]):
            stop += 1
        block = credits[index:stop]
        inspectors = any(relation_for_label(label.text) in ("lead_inspector", "deputy_lead_inspector", "inspection_team")
                         and INSPECTOR_LABEL_RE.search(label.text) for pairs in block for label, _ in pairs)
        if inspectors and sum(1 for pairs in block if pairs) >= 2:
            marks[index:stop] = [True] * (stop - index)
        index = stop + 1
    return marks


def _carried_on(ctx: Context, line: Line, carried: tuple[Span, str, int] | None, in_block: bool) -> tuple[Span, str, int] | None:
    """The label a line of names alone goes on from: the line stands in the team's credits, its one cell in the
    names' column of the padded label above it."""
    if carried is None or not in_block or not line.text[:1].isspace():
        return None
    cell = trim(ctx.text, line.start, line.end)
    if not cell or len(cells(ctx.text, line) or [cell]) > 1 or _column_of(ctx.text, cell.start) != carried[2]:
        return None
    return carried


def _credit_names(ctx: Context, label: Span, relation: str, value: Span, *, evidence: Span | None = None,
                  read: set[int] | None = None) -> int:
    """Each name of a credits value that holds nothing but names, perhaps with its own inspectorate in brackets after
    the last ('Dev Rao (Ofsted)'); none where `read` (the places of names read before) holds a name's (a team list read
    it in the post it gives the row)."""
    listed = trim(ctx.text, value.start, value.end, " \t.")
    if not listed:
        return 0
    organisation = inspectorate_named(label.text) or HMI_PROBATION
    bracketed = BRACKETED_BODY_RE.search(ctx.text, listed.start, listed.end)
    if bracketed is not None and bracketed.end() == listed.end and inspectorate_named(bracketed.group("body")):
        organisation = inspectorate_named(bracketed.group("body")) or organisation
        listed = trim(ctx.text, listed.start, bracketed.start())
    names = _names_only(ctx.text, listed.start, listed.end) if listed else []
    if read is not None and any(_read_at(read, name) for name in names):
        return 0
    role = singular_post(" ".join(label.text.split()))
    for name in names:
        ctx.person_role(name, relation, evidence or span(ctx.text, label.start, value.end), role=role,
                        organisation=organisation)
    return len(names)


def _read_at(read: set[int], name: NameMatch) -> bool:
    """A role the document's readers have found already for the name written at this place (`read`: where each name
    read starts and ends)."""
    return any(pos in read for pos in range(name.start, name.end + 1))


def _names_read(ctx: Context) -> set[int]:
    return {pos for role in ctx.roles if role.name_span is not None for pos in (role.name_span.start, role.name_span.end)}


def _names_only(text: str, start: int, end: int) -> list[NameMatch]:
    """The names of a list that holds nothing but names ('A, B and C'); none if anything else stands in it."""
    names = []
    at = start
    for separator in [*NAME_LIST_SEPARATOR_RE.finditer(text, start, end), None]:
        stop = separator.start() if separator else end
        name = find_names(text, at, stop, strict=False)
        if len(name) != 1 or name[0].start != at or name[0].end != stop:
            return []
        names.append(name[0])
        at = separator.end() if separator else end
    return names


# --- the chief inspector's signature -------------------------------------------------------

CHIEF_RE = re.compile(
    r"(?<![Aa]ssistant )(?<![Dd]eputy )(?:(?:HM|Her\s+Majesty['’]s|His\s+Majesty['’]s)\s+)?Chief\s+Inspector"
    r"(?:\s+of\s+(?:Probation|Constabulary|Prisons|Education[\w ,’']*?Skills|Social\s+Care[\w ]*|Schools))?",
    re.IGNORECASE)
SIGNATURE_LINES = 3  # a signature block: the role line and up to three name lines above it
SIGNATURE_WORDS = 16


def chief_inspectors(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """'Dame Glenys Stacey / Chief Inspector of Probation' signatures, and 'Name, HM Chief Inspector of X' in a line."""
    all_lines = lines(ctx.text, begin, end)
    found = 0
    titled_in_full = QUALIFIED_CHIEF_RE.search(ctx.text) is not None  # (once: asked of every title in prose)
    for index, line in enumerate(all_lines):
        roles = [Span(line.start + m.start(), line.start + m.end(), m.group(0)) for m in CHIEF_RE.finditer(line.text)]
        if not roles:
            continue
        if trim(ctx.text, line.start, roles[0].start) or len(plain(line.text).split()) > SIGNATURE_WORDS:
            found += sum(_named_beside(ctx, line, role, titled_in_full) for role in roles)
        else:  # ('HM Chief Inspector of Probation: Jo Lee': the post as a label, its holder after it on the line)
            found += (_named_beside(ctx, line, roles[-1], titled_in_full) if trim(ctx.text, roles[-1].end, line.end) else 0) \
                or _signature_above(ctx, all_lines, index, roles)
    return found


def _named_beside(ctx: Context, line: Line, role: Span, titled_in_full: bool) -> int:
    """'Paul Wilson CBE, HM Chief Inspector of Probation' or 'Chief Inspector of Probation, Paul Wilson' in a line;
    `titled_in_full`: whether the document titles the inspectorate's chief in full somewhere."""
    before = [n for n in find_names(ctx.text, max(line.start, role.start - 60), role.start) if not n.surname_only]
    if before and re.fullmatch(r"[ ,]*", ctx.text[before[-1].end:role.start]):
        _emit_chief(ctx, before[-1], span(ctx.text, before[-1].start, role.end), role)
        return 1
    after = find_names(ctx.text, role.end, min(line.end, role.end + 60))
    if after and not after[0].surname_only and re.fullmatch(r"[ ,:]*", ctx.text[role.end:after[0].start]) \
            and not _police_rank(ctx.text, role, after[0], titled_in_full):
        _emit_chief(ctx, after[0], span(ctx.text, role.start, after[0].end), role)
        return 1
    return 0


# A police force named in the sentence: 'Chief Inspector Rhian Lee represents Westmere Police'.
POLICE_BODY_RE = re.compile(r"\b(?:Police|Constabulary)\b")


# The inspectorate's chief by a title that says so: 'HM Chief Inspector', 'Chief Inspector of Probation'.
QUALIFIED_CHIEF_RE = re.compile(r"\b(?:HM|Her\s+Majesty['’]s|His\s+Majesty['’]s)\s+Chief\s+Inspector\b|\bChief\s+Inspector\s+of\s+Probation\b",
                                re.IGNORECASE)


def _police_rank(text: str, role: Span, name: NameMatch, titled_in_full: bool) -> bool:
    """'Chief Inspector' alone (no 'HM', no 'of Probation') before a name in a sentence that names a police force, or
    in a document that titles the inspectorate's chief in full elsewhere ('... and Chief Inspector Jo Lee' in a report
    signed by 'HM Chief Inspector of Probation'): the officer's rank, not the inspectorate's chief."""
    return role.text.lower() == "chief inspector" and (POLICE_BODY_RE.search(
        text, sentence_start(text, role.start), sentence_end(text, name.end)) is not None
        or titled_in_full)


def _chief_roles(line: Line) -> list[Span]:
    """The chief-inspector titles of a short line that holds nothing else; none for prose."""
    if len(plain(line.text).split()) > SIGNATURE_WORDS:
        return []
    return [Span(line.start + m.start(), line.start + m.end(), m.group(0)) for m in CHIEF_RE.finditer(line.text)]


def _signature_above(ctx: Context, all_lines: list[Line], index: int, roles: list[Span]) -> int:
    """The nearest clean name line above the role line; garbled signature images are passed over."""
    seen = 0
    for above in reversed(all_lines[max(0, index - 2 * SIGNATURE_LINES - 2):index]):
        if is_blank(above):
            continue
        seen += 1
        if seen > SIGNATURE_LINES or _chief_roles(above) or len(plain(above.text).split()) > 8:
            return 0
        if _ends_title_line(ctx.text, above):
            continue  # 'An inspection of youth offending services in' / 'Bramwell Hythe': a title's place, no signature
        names = [n for n in find_names(ctx.text, above.start, above.end, strict=False) if not n.surname_only]
        adjacent = above.end + 1 == all_lines[index].start
        if len(names) == len(roles) and all(_clean_signature(ctx, above, n, adjacent=adjacent) for n in names):
            evidence = span(ctx.text, above.start, all_lines[index].end)
            for name, role in zip(names, roles, strict=True):
                _emit_chief(ctx, name, evidence, role)
            return len(names)
    return 0


# A line that ends in a word that links it to the next ('... youth offending services in'): the next line runs it on.
LINKING_END_RE = re.compile(r"\b(?:in|of|for|and|the|to|at|on)[^\S\n]*+$")


def _ends_title_line(text: str, line: Line) -> bool:
    """The line is the end of the line just above it, which ends in a linking word (a cover's title and its place)."""
    before = text.rfind("\n", 0, max(0, line.start - 1))
    return line.start > 0 and LINKING_END_RE.search(text, before + 1, line.start - 1) is not None


def _clean_signature(ctx: Context, line: Line, name: NameMatch, *, adjacent: bool = False) -> bool:
    """A real signature line: a known first name or a title (or, typed on the line just above the post, whole words
    alone: 'Ifeoma Castellanos-Reid'), and nothing left over beside the names."""
    leftover = ctx.text[line.start:line.end]
    for other in find_names(ctx.text, line.start, line.end, strict=False):
        leftover = leftover.replace(ctx.text[other.start:other.end], " ")
    if re.search(r"[A-Za-z]", plain(leftover)):
        return False
    recognised = bool(find_names(ctx.text, name.start, name.end, strict=True))
    named_elsewhere = ctx.text.count(surname(name.name).capitalize()) > 1 if surname(name.name) else False
    typed = adjacent and all(WHOLE_NAME_WORD_RE.fullmatch(word) for word in name.name.split())
    return recognised or bool(name.title) or named_elsewhere or typed


# A word of a typed name: capitalised, three letters or more, perhaps double-barrelled (not an image's 'Hul M').
WHOLE_NAME_WORD_RE = re.compile(r"[A-Z][^\W\d_]{2,}(?:[-'’][A-Z][^\W\d_]{2,})*")


def _emit_chief(ctx: Context, name: NameMatch, evidence: Span, role: Span) -> None:
    role_text = " ".join(role.text.split())
    ctx.person_role(name, "chief_inspector", evidence, role=role_text, role_span=role,
                    organisation=inspectorate_named(role_text) or HMI_PROBATION)


# --- the head of the inspection programme ---------------------------------------------------

# 'Head of Youth Offending Team Inspections', 'head of youth justice inspections', 'Head of the Inspection Programme':
# the words between are those of an inspection programme's name, so 'Head of Service for the inspection' is not one.
HEAD_RE = re.compile(
    r"\b(?:Head|HEAD|head)\s+of\s+(?:(?:[A-Z][\w’'()-]*|youth|justice|offending|team|joint|thematic|the|and|of)\s+){0,6}?"
    r"(?:[Ii]nspections?(?:\s+[Pp]rogrammes?)?|[Ii]nspection\s+[Pp]rogrammes?)\b"
    # 'The manager responsible for this inspection programme is Name': the same post, described ('The Assistant Chief
    # Inspector responsible for this inspection programme is Name' too)
    r"|\b(?:(?:[Ss]enior\s+)?[Mm]anager|Assistant\s+Chief\s+Inspector)\s+responsible\s+for\s+(?:this|the)\s+"
    r"(?:inspection\s+)?programme\b")
# 'is Name', 'was undertaken by Name' (the post's role held for this report: 'The role of ... Head of Youth Inspections
# was undertaken by Name')
HELD_BY = r"(?:\s+(?:undertaken|carried\s+out|performed|held|fulfilled|taken)\s+by)?"
HEAD_VERB_RE = re.compile(rf"\b(?:is|was){HELD_BY}\s+(?:HM\s+Inspector\s+)?")
# The words before the name stay in the post's paragraph: a signature's post is followed by a 'cc:' list, not its holder.
# (a colon straight after the post too, 'Head of Inspections: Name', where no word boundary opens the window read)
HEAD_NAME_AFTER_RE = re.compile(rf"^(?:(?:(?!\n[^\S\n]*\n)[^.;]){{0,160}}?(?:\b(?:is|was){HELD_BY}|:)|\s*,)\s+(?:HM\s+Inspector\s+)?",
                                re.IGNORECASE)
# Between a name and the post after it: a comma, a dash or a bracket, and perhaps the inspectorate's possessive
# ('Mark Tovey, HM Inspectorate of Probation's Head of ...').
NAME_BEFORE_POST_RE = re.compile(r"[\s,(–—-]*(?:(?:the|our|its)\s+)?(?:HMI?\b[\w ]{0,40}['’]s\s+)?", re.IGNORECASE)
# 'The youth inspection programme is overseen by Name, Assistant Chief Inspector': the head of the programme, described
# ('Youth justice inspections are overseen by Name, Head of ...' too).
PROGRAMME_HEAD_RE = re.compile(r"\b(?:(?:youth|justice|offending|inspection)\s+){0,3}(?:(?:inspection\s+)?programme\s+(?:is|was|has\s+been)|"
                               r"(?:youth|justice|offending)\s+inspections\s+are)\s+"
                               r"(?:overseen|led|managed|directed|run)\s+by\s+", re.IGNORECASE)


# 'Jo Lee, who manages the Inspectorate's youth inspection programme, said': the head, named before what they do.
WHO_RUNS_PROGRAMME_RE = re.compile(r",\s++who\s++(?P<post>(?:manages|leads|heads|oversees|runs|directs)\s++(?:the\s++)?"
                                   r"(?:(?:Inspectorate|HMI\s++Probation)['’]s\s++)?(?:youth|youth\s++justice|youth\s++offending)"
                                   r"\s++inspections?(?:\s++programme)?)\b", re.IGNORECASE)


def head_of_inspections(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """'The Head of Youth Offending Team Inspections, responsible for this programme, is Name' and 'Name, Head of X Inspections'."""
    end = len(ctx.text) if end is None else end
    found = 0
    for match in HEAD_RE.finditer(ctx.text, begin, end):
        role = Span(match.start(), match.end(), match.group(0))
        name = _name_after_head(ctx, match.end(), end) or _name_before(ctx, match.start())
        if name is None:
            continue
        evidence = span(ctx.text, min(name.start, role.start), max(name.end, role.end))
        ctx.person_role(name, "head_of_inspections", evidence, role=" ".join(role.text.split()), role_span=role,
                        organisation=inspectorate_named(role.text) or HMI_PROBATION)
        found += 1
    for match in PROGRAMME_HEAD_RE.finditer(ctx.text, begin, end):
        stop = clause_end(ctx.text, match.end())
        names = find_names(ctx.text, match.end(), stop) or find_names(ctx.text, match.end(), stop, strict=False)
        if not names or names[0].start - match.end() > 2:
            continue
        post = speakers.apposition_after(ctx.text, names[0], stop)
        evidence = span(ctx.text, match.start(), max(names[0].end, post.end if post else 0))
        ctx.person_role(names[0], "head_of_inspections", evidence, role=speakers.role_text(post), role_span=post,
                        organisation=HMI_PROBATION)
        found += 1
    return found + programme_run_by(ctx, begin, end) + assistant_chief_answerable(ctx, begin, end)


# The inspectorate's Assistant Chief Inspector named as the one answerable for this inspection is the head of its
# programme: 'Assistant Chief Inspector responsible: Name', 'the Assistant Chief Inspector responsible for youth
# inspections, Name', 'Name, Assistant Chief Inspector, will write to you', 'Our Assistant Chief Inspector, Name, would
# be pleased to discuss the findings'. Named alone (a team's row, a signature, 'said') the post stays what it was.
ASSISTANT_CHIEF_RE = re.compile(r"\b(?:HM\s+)?Assistant\s+Chief\s+Inspector(?:\s+of\s+Probation)?\b"
                                r"(?P<responsible>\s+responsible(?:\s+for\s+[^,:;.\n]{1,80}?)?[^\S\n]*[,:])?")
ANSWERABLE_AFTER_RE = re.compile(r"\s*,\s*(?:will|would|is\s+responsible|has\s+responsibility|can\s+be\s+contacted)\b",
                                 re.IGNORECASE)
NAME_THEN_COMMA_RE = re.compile(r"\s*,\s*")


def assistant_chief_answerable(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The Assistant Chief Inspector answerable for the inspection (see ASSISTANT_CHIEF_RE): head of its programme."""
    text = ctx.text
    end = len(text) if end is None else end
    found = 0
    for match in ASSISTANT_CHIEF_RE.finditer(text, begin, end):
        post = span(text, match.start(), match.start("responsible") if match.group("responsible") else match.end())
        name = None
        if match.group("responsible"):  # 'Assistant Chief Inspector responsible: Name'
            lead_in = re.compile(r"\s*").match(text, match.end(), end)
            at = lead_in.end() if lead_in else match.end()
            names = [n for n in find_names(text, at, min(end, at + 60), strict=False) if not n.surname_only]
            name = names[0] if names and names[0].start == at else None
        elif ANSWERABLE_AFTER_RE.match(text, match.end(), end):  # 'Name, Assistant Chief Inspector, will write'
            name = _name_before(ctx, match.start())
        else:  # 'Our Assistant Chief Inspector, Name, would be pleased to ...'
            comma = NAME_THEN_COMMA_RE.match(text, match.end(), end)
            if comma and comma.group(0).strip() == "," and re.search(r"\b(?:[Oo]ur|[Tt]he)\s+$", text[max(0, match.start() - 6):match.start()]):
                names = [n for n in find_names(text, comma.end(), min(end, comma.end() + 60), strict=False) if not n.surname_only]
                if names and names[0].start == comma.end() and ANSWERABLE_AFTER_RE.match(text, names[0].end, end):
                    name = names[0]
        if name is None or name.surname_only:
            continue
        evidence = span(text, min(name.start, match.start()), max(name.end, match.end()))
        ctx.person_role(name, "head_of_inspections", evidence, role=" ".join(post.text.split()), role_span=post,
                        organisation=HMI_PROBATION)
        found += 1
    return found


def programme_run_by(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The head of the youth inspection programme named before what they do (see WHO_RUNS_PROGRAMME_RE)."""
    found = 0
    for match in WHO_RUNS_PROGRAMME_RE.finditer(ctx.text, begin, len(ctx.text) if end is None else end):
        line_start = ctx.text.rfind("\n", 0, match.start()) + 1
        names = find_names(ctx.text, line_start, match.start(), strict=False)
        if not names or names[-1].end != match.start() or names[-1].surname_only:
            continue
        post = Span(match.start("post"), match.end("post"), match.group("post"))
        ctx.person_role(names[-1], "head_of_inspections", span(ctx.text, names[-1].start, match.end()),
                        role=" ".join(post.text.split()), role_span=post, organisation=HMI_PROBATION)
        found += 1
    return found


def _name_after_head(ctx: Context, pos: int, end: int) -> NameMatch | None:
    """The name after 'is' (or a comma): the first 'is' may belong to a clause between ('..., who is responsible for
    this programme of work, is Kate Weatherill'), so each is tried in turn."""
    window = ctx.text[pos:min(end, pos + 220)]
    lead_in = HEAD_NAME_AFTER_RE.match(window)
    if not lead_in:
        return None
    sentence = re.search(r"\.(?:\s|$)", window)
    for verb in [lead_in, *HEAD_VERB_RE.finditer(window, lead_in.end(), sentence.start() if sentence else len(window))]:
        start = pos + verb.end()
        # the post vouches for a name the lexicon lacks, written straight after its verb
        for strict in (True, False):
            names = [n for n in find_names(ctx.text, start, min(end, start + 60), strict=strict) if not n.surname_only]
            if names and names[0].start - start < 3:
                return names[0]
    return None


def _name_before(ctx: Context, pos: int) -> NameMatch | None:
    """The name just before the post ('Name, our Head of ...'): one the lexicon lacks too, the post vouching for it."""
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    for strict in (True, False):
        names = find_names(ctx.text, line_start, pos, strict=strict)
        if names and NAME_BEFORE_POST_RE.fullmatch(ctx.text, names[-1].end, pos):
            return names[-1]
    return None


# The lead's part one of the team takes, the name before it: 'Jo Lee will act as deputy lead inspector', 'Dev Rao acted
# as the lead inspector', over a line's end too. (The match opens at its run's first blank: from each blank of a long
# run it would be quadratic.)
ACTS_AS_LEAD_RE = re.compile(r"(?<!\s)\s++(?:will\s++(?:act|serve)|acts|acted|serves|served)\s++as\s++"
                             r"(?:the\s++)?(?P<post>(?:(?:deputy|assistant)\s++)?lead\s++inspector)\b", re.IGNORECASE)
NAME_REACH_BEFORE = 80  # characters: a name wrapped over a line's end before its verb


def acting_as_lead(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The one of the team named before the lead's part they act as: its relation (deputy or lead inspector)."""
    found = 0
    for match in ACTS_AS_LEAD_RE.finditer(ctx.text, begin, len(ctx.text) if end is None else end):
        names = find_names(ctx.text, max(begin, match.start() - NAME_REACH_BEFORE), match.start(), strict=False)
        if not names or names[-1].end != match.start() or names[-1].surname_only:
            continue
        post = " ".join(match.group("post").split())
        ctx.person_role(names[-1], relation_for_label(post) or "inspection_team", span(ctx.text, names[-1].start, match.end()),
                        role=post, organisation=HMI_PROBATION)
        found += 1
    return found


# --- the inspection team in prose ----------------------------------------------------------

# The team is named by what it did: 'The inspection team', 'The screening team' (a Short Quality Screening's), 'The
# fieldwork team'.
TEAM_KIND = r"(?:inspection|inspecting|screening|fieldwork)"
TEAM_PROSE_RE = re.compile(
    rf"\b{TEAM_KIND}\s+team\s+(?:was\s+made\s+up\s+of|comprised|consisted\s+of|included|were|was)\b(?!\s+led\b)"
    r"|\bthe\s+team\s+(?:for\s+this\s+inspection\s+)?(?:comprised|consisted\s+of|was\s+made\s+up\s+of)\b"
    r"|\binspection\s+team\s*:(?=[^\S\n]*\S)"  # 'Inspection team: lead inspector X; inspectors Y and Z'
    # the acknowledgements after the lead: 'The inspectors were: Jo Lee, HM Inspector; Sergeant Dev Rao, Police Inspector'
    r"|\bthe\s+(?:other\s+)?inspectors\s+(?:were|was)\b(?:\s*:)?(?=[^\S\n]*\S)"
    # 'The inspection was led by HM Inspector X, supported by a team of inspectors and staff: Y, Z', 'led by X and
    # supported by Y, inspection support officer': the team follows the lead in the lead's own sentence
    # ('The screening was led by X, HM Inspector, with Y, HMI Probation, and a local assessor, Z', its lines wrapped)
    # ('The team was led by X, HM Inspector, supported by Y and Z (inspectors)': the team of the sentence before)
    r"|\b(?:(?:inspection|inspectors?|fieldwork|screening|the\s+team)\b[^.;\n]{0,40}?\bled\s+by\s+(?:[^.;:\n]|\n(?![^\S\n]*\n)){3,80}?"
    r"|led\s+the\s+(?:inspection|fieldwork))"
    r",?\s+(?:(?:and\s+(?:was\s+)?)?(?:supported|assisted)\s+by|with(?=\s+(?:HM\s+|HMI\s+)?(?-i:[A-Z])))"
    r"(?:\s+(?:a|the)\s+team\s+of\s+[^:.;\n]{0,60}?:)?"
    # the next sentence, of the lead: 'The inspection will be led by Jo Lee, HM Inspector. She will be supported by HM
    # Inspector Dev Rao and a team of assistant inspectors'
    r"|\b(?:inspection|fieldwork)\b[^.;\n]{0,40}?\bled\s+by\s+[^.;]{3,120}?\.\s+(?:she|he|they)\s+(?:will\s+be|is|was|were)\s+"
    r"(?:supported|assisted|joined)\s+by\b"
    # a letter announcing the fieldwork: 'The team will include Inspectors Jo Lee and Dev Rao'
    r"|\bthe\s+(?:inspection\s+)?team\s+will\s+(?:include|comprise|consist\s+of|be\s+made\s+up\s+of)\b"
    # the lead's letter: 'The inspection was led by me. I was supported by HM Inspectors Jo Lee and Dev Rao'
    r"|\b(?:led\s+by\s+me|I\s+led\s+(?:the|this)\s+(?:inspection|fieldwork))(?:,?\s+and|[^.;\n]{0,60}\.)\s+"
    r"(?:I|we)\s+(?:was|were)\s+(?:supported|assisted|joined)\s+by\b"
    # the lead's thanks at a letter's end: 'Please accept my thanks, and those of my colleagues Jo Lee and Dev Rao'
    r"|\bthanks,?\s+and\s+those\s+of\s+my\s+colleagues\b(?=\s+(?-i:[A-Z]))",
    re.IGNORECASE)
# A team member's own post written after the name, before the next one or the end: 'Grant Fell, inspection support
# officer, and ...' (', and Ofsted inspector' opens the next member's part; ', and by' too, 'supported by' said again for
# the next: 'supported by Jo Lee, Inspector, and by Dev Rao'); or before the name: '..., with our inspection support officer, Marta Kowal', 'and a local assessor, Jo Lee'.
MEMBER_POST_AFTER_RE = re.compile(r"\s*(?:,\s*(?:the\s+|our\s+)?(?!and\s)(?P<post>[A-Za-z][^,;()\n]{2,60}?)|\((?P<bracketed>[^()\n]{2,60})\))"
                                  r"\s*(?:[,;]?\s*and\s*(?:by\s++)?|[.;]?\s*)$")
MEMBER_POST_BEFORE_RE = re.compile(r"(?:^|,)\s*(?:(?:and|with)\s+)?(?:the\s+|our\s+|an?\s+)(?P<post>[A-Za-z][^,;()\n]{2,60}?)\s*,\s*$")


# A sentence that ends in a colon over the team's list, one member a row: 'The inspection team will be:'.
TEAM_LIST_LEAD_RE = re.compile(r"\b(?:inspection\s+)?team\b[^.:\n]{0,40}?\b(?:will\s+(?:be|include|comprise)|is|are|was|were|"
                               r"comprises|comprised|includes|included)[^\S\n]*:[^\S\n]*(?=\n)", re.IGNORECASE)


PLACE_BEFORE_RE = re.compile(r"\b(?:in|at)\s+$")
# The sentence after the team's that goes on with it: '... supported by HM Inspectors X and Y. They were joined by Z
# from Ofsted and W from the CQC.'
JOINED_NEXT = r"[.;]?\s++(?:They|She|He|The\s+team)\s+(?:were|was)\s+(?:also\s+)?joined\s+by"
JOINED_NEXT_RE = re.compile(rf"{JOINED_NEXT}\b")
# What opens a group of the team of its own, without the label before it: 'with' ('..., with Jo Hart (CQC) and Al Dee
# (Ofsted)'), or the sentence that goes on with the team ('. They were joined by Jo Hart from Ofsted').
WITH_GROUP_RE = re.compile(rf"[^\S\n]*+(?:\([^()\n]{{1,60}}\))?,?\s++with\s++|{JOINED_NEXT}\s++")


def team_in_prose(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """'The inspection team was made up of Jane Doe (lead inspector), John Roe and Ann Poe from HMI Probation.'; or
    the sentence ends in a colon over the list ('The inspection team will be:' then 'Jo Lee    HM Inspector')."""
    end = len(ctx.text) if end is None else end
    found = 0
    leads = list(TEAM_LIST_LEAD_RE.finditer(ctx.text, begin, end))
    for lead in leads:
        found += TeamListReader(ctx, HMI_PROBATION).read(lead, end)[0]
    for match in TEAM_PROSE_RE.finditer(ctx.text, begin, end):
        if any(lead.start() <= match.start() < lead.end() for lead in leads):
            continue
        stop = sentence_end(ctx.text, match.end(), min(end, match.end() + 600))
        if joined := JOINED_NEXT_RE.match(ctx.text, stop):  # 'They were joined by X from HMICFRS and Y from Ofsted.'
            stop = sentence_end(ctx.text, joined.end(), min(end, joined.end() + 600))
        # in the team's own sentence a name the lexicon lacks is still a member ('Inspectors Siobhán Ní Fhlannagáin')
        # (not a place after 'in': '... given to us by everyone in Trewithian Bay')
        names = [n for n in find_names(ctx.text, match.end(), stop, strict=False)
                 if not n.surname_only and not is_organisation_name(n.name)
                 and not PLACE_BEFORE_RE.search(ctx.text, max(0, n.start - 4), n.start)]
        owns = [_own_part(ctx.text, names[position - 1].end if position else match.end(), name)
                for position, name in enumerate(names)]
        ends = group_ends(ctx.text, names)
        for position, name in enumerate(names):
            after_end = names[position + 1].start if position + 1 < len(names) else stop
            after = ctx.text[name.end:after_end]
            after = after[:after.index(";") + 1] if ";" in after else after  # the next member's part is not its own
            # 'X (lead inspector)', 'X, the lead inspector', 'with Y as deputy lead inspector'
            relation = relation_for_label(after) if re.match(r"\s*(?:[(,]\s*|as\s+)(?:the\s+)?(?:deputy\s+)?lead\b", after,
                                                                re.IGNORECASE) else "inspection_team"
            # the words before the first name of its group ('Inspectors X and Y')
            own = _group_label(ctx.text, names, owns, position)
            label = own or _label_before(ctx.text, match.end(), name, names)
            # '..., with Jo Hart (CQC) and Al Dee (Ofsted)': 'with' opens a group of its own, without the label before
            opened = next((k for k in range(position, 0, -1) if WITH_GROUP_RE.fullmatch(ctx.text, names[k - 1].end, names[k].start)), None)
            if opened is not None and not any(owns[opened:position + 1]):
                own = label = None
            if label:
                relation = relation_for_label(label) or "other"
            # whom they come from, up to the words that open the next group ('..., and an inspector from the CQC, X')
            part = _member_part(ctx.text, names, position, stop)
            following = next((owns[k] for k in range(position + 1, len(names)) if owns[k]), None)
            part = part[:part.index(following)] if following and following in part else part
            organisation = inspectorate_named(own) or inspectorate_named(part) or HMI_PROBATION
            evidence = span(ctx.text, match.start(), name.end)
            before = ctx.text[names[position - 1].end if position else match.end():name.start]
            post = MEMBER_POST_BEFORE_RE.search(before) or MEMBER_POST_AFTER_RE.fullmatch(after)
            written = post and (post.groupdict().get("post") or post.groupdict().get("bracketed"))
            own_post = written if written and names_post(written) else _group_post(ctx.text, ends[position], stop)
            ctx.person_role(name, relation or "inspection_team", evidence,
                            role=" ".join(label.split()) if label else own_post or relation and relation.replace("_", " "),
                            organisation=organisation)
            found += 1
        found += _labelled_member_after(ctx, stop, end)
    return found


# --- the team in paragraphs under the team's heading ----------------------------------------

# Under a heading that names the team ('Annex 1 – The inspection team') the team may be told in prose, not listed: the
# heading declares that every full name there is one of the team, however the sentences run ('X and Y were the HMI
# Probation inspectors, and they were joined by Z from Ofsted. W (research officer) supported the team.'). The lead, the
# head of inspections and the chief named there keep the rows their own readers gave them; thanks name no member.
TEAM_PARAGRAPHS = 3
PROSE_LINE_WORDS = 6  # a paragraph of prose, not a list's rows: its lines of several words, no column gaps
OWN_ROLES = frozenset({"lead_inspector", "deputy_lead_inspector", "head_of_inspections", "chief_inspector"})
BRACKETED_POST_RE = re.compile(r"[^\S\n]*+\((?P<post>[^()]{2,60})\)")  # its words wrapped over a line's end too
# the post after a group of names: 'X and Y were the HMI Probation inspectors', 'Z is Head of Youth Inspections'
GROUP_POST_RE = re.compile(r"\s++(?:were|was|is|are)\s++(?:(?:the|our|an?)\s++)?(?P<post>[^,.;:()]{2,60}?)"
                           r"(?=\s*+(?:[,.;]|\band\b|$))")


def team_paragraphs(ctx: Context, begin: int = 0, end: int | None = None) -> int:
    """The members a team heading's paragraphs of prose name, each in the post written beside them and of the
    inspectorate they come 'from' (HMI Probation where none is named)."""
    end = len(ctx.text) if end is None else end
    found = 0
    read = _names_read(ctx)  # (once: the rows written here are at other places, of other names)
    own_rows = {name_key(role.name) for role in ctx.roles if role.relation in OWN_ROLES}
    for heading in TEAM_HEADING_RE.finditer(ctx.text, begin, end):
        if not re.search(r"team", heading.group(0), re.IGNORECASE) \
                or TOC_TAIL_RE.match(ctx.text, heading.end(), end_of_line(ctx.text, heading.end(), end)):
            continue
        for paragraph in _prose_paragraphs(ctx.text, heading.end(), end):
            found += _team_sentences(ctx, paragraph, read, own_rows)
    return found


def _prose_paragraphs(text: str, start: int, end: int) -> list[Span]:
    """The paragraphs of prose straight under a heading, up to the first that is not prose or gives thanks."""
    paragraphs: list[Span] = []
    at = start
    while len(paragraphs) < TEAM_PARAGRAPHS:
        body = trim(text, at, end, " \t\n")
        if body.start >= body.end:
            break
        gap = PARAGRAPH_END_RE.search(text, body.start, body.end)
        paragraph = trim(text, body.start, gap.start() if gap else body.end, " \t\n")
        rows = paragraph.text.split("\n")
        if THANKS_RE.search(paragraph.text[:sentence_end(paragraph.text, 0)]) \
                or any(len(row.split()) < PROSE_LINE_WORDS or COLUMN_GAP_RE.search(row) for row in rows[:-1]) \
                or not paragraph.text.endswith("."):
            break
        paragraphs.append(paragraph)
        at = gap.end() if gap else body.end
    return paragraphs


def _team_sentences(ctx: Context, paragraph: Span, read: set[int], own_rows: set[str]) -> int:
    """One paragraph's members, sentence by sentence (a sentence of thanks is skipped); `read`: where the names the
    readers before have read stand; `own_rows`: the names with a row of their own (the lead, the head, the chief)."""
    text = ctx.text
    found = 0
    start = paragraph.start
    while start < paragraph.end:
        stop = sentence_end(text, start, paragraph.end)
        if not THANKS_RE.search(text, start, stop):
            names = [n for n in find_names(text, start, stop, strict=False)
                     if not n.surname_only and not is_organisation_name(n.name)]
            ends = group_ends(text, names)
            for position in range(len(names)):
                found += _team_member(ctx, names, position, ends[position], span(text, start, stop), read, own_rows)
        start = stop + 1
    return found


def group_ends(text: str, names: list[NameMatch]) -> list[int]:
    """Where the group of names each name stands in ends: names joined by commas and 'and' ('Jo Lee, Al Dee and Kim
    Ford (inspectors)'); read from the last name back, once for them all."""
    ends = [name.end for name in names]
    for position in range(len(names) - 2, -1, -1):
        if JOINED_NAMES_RE.fullmatch(text, names[position].end, names[position + 1].start):
            ends[position] = ends[position + 1]
    return ends


def _group_post(text: str, group_end: int, end: int) -> str | None:
    """The post in brackets after a group of names, each member's one: 'supported by Jo Lee and Al Dee (inspectors)'
    makes each an 'inspector'; None where the brackets hold no post ('(HMI Probation)')."""
    bracketed = BRACKETED_POST_RE.match(text, group_end, end)
    post = " ".join(bracketed.group("post").split()) if bracketed else None
    return singular_post(post) if post and names_post(post) else None


def _team_member(ctx: Context, names: list[NameMatch], position: int, group_end: int, sentence: Span, read: set[int],
                 own_rows: set[str]) -> int:
    """One name of a team sentence: its bracketed post, else the post its group of names 'were'; 0 where the name has
    a row of its own already (the lead, the head of inspections)."""
    text = ctx.text
    name = names[position]
    if name_key(name.name) in own_rows or _read_at(read, name):
        return 0
    bracketed = BRACKETED_POST_RE.match(text, name.end, sentence.end) or BRACKETED_POST_RE.match(text, group_end, sentence.end)
    grouped = GROUP_POST_RE.match(text, group_end, sentence.end)
    post = next((found.group("post") for found in (bracketed, grouped)
                 if found and (names_post(found.group("post")) or relation_for_label(found.group("post")))), None)
    relation = relation_for_label(post) if post else None
    part = _member_part(text, names, position, sentence.end)
    ctx.person_role(name, relation if relation in OWN_ROLES else "inspection_team", span(text, sentence.start, name.end),
                    role=singular_post(post) if post else None,  # each of 'the HMI Probation inspectors' is one
                    organisation=inspectorate_named(part) or HMI_PROBATION)
    return 1


# The sentences after the team's, in its paragraph: 'Local assessor: Ffion Castellano.', 'Research support: Jo Lee.
# Operational support: Kim Ford and Dev Rao.', 'Quality assurance was provided by Ann Hall, Head of Youth Justice
# Inspections.', the label perhaps wrapped: more members under a label of the team's (thanks between them name no member).
# ('The Inspection Support Officer was Jo Lee.', 'Our quality assurance was provided by Jo Lee.': the article or 'our'
# before the label is no part of it)
LABELLED_MEMBER_RE = re.compile(r"\.[^\S\n]*+\n?[^\S\n]*+(?:(?:The|Our)\s++)?(?P<label>[A-Za-z][A-Za-z'’\s-]{2,40}?)(?:[^\S\n]*+:|\s++(?:was|were)\s++"
                                r"(?:(?:provided|carried\s++out|undertaken)\s++by|(?=[A-Z])))[^\S\n]*+")
QUALITY_ASSURANCE_RE = re.compile(r"quality\s+assurance", re.IGNORECASE)  # a team's label, as a list's row has it
PARAGRAPH_END_RE = re.compile(r"\n[^\S\n]*+\n")
MEMBERS_JOINED_RE = re.compile(r"\s*+(?:,\s*+)?and\s++|\s*+,\s*+")
LABELLED_SENTENCES = 4


def _labelled_member_after(ctx: Context, stop: int, end: int) -> int:
    """Members named under a label of the team's in the sentences after the team's own, in its paragraph."""
    text = ctx.text
    paragraph = PARAGRAPH_END_RE.search(text, stop, end)
    end = paragraph.start() if paragraph else end
    found = 0
    for _ in range(LABELLED_SENTENCES):
        if stop >= end or text[stop] != ".":
            break
        following = sentence_end(text, stop + 1, end)
        lead = LABELLED_MEMBER_RE.match(text, stop, following)
        if lead is None:
            found += _member_providing(ctx, stop + 1, following)
        stop = following
        label = lead.group("label") if lead else ""
        if lead is None or not (relation_for_label(label) or QUALITY_ASSURANCE_RE.fullmatch(label)) \
                or PROSE_VERB_END_RE.search(label):
            continue  # 'The inspectors were: ...' opens the team's own sentence; thanks name no member
        names = find_names(text, lead.end(), following, strict=False)
        at = lead.end()
        for name in names:
            if name.start != at or name.surname_only:
                break
            ctx.person_role(name, "inspection_team", span(text, lead.start("label"), name.end),
                            role=" ".join(label.split()), organisation=HMI_PROBATION)
            found += 1
            joined = MEMBERS_JOINED_RE.match(text, name.end, following)
            at = joined.end() if joined else name.end
    return found


# 'Jo Lee, HMI Probation, provided research and data support, and ...': a member named before the part they took, which
# is the label (to the clause's end); the body between commas is the member's.
MEMBER_PROVIDING_RE = re.compile(r"(?:,[^\S\n]*+(?P<body>[^,.;\n]{2,60}+),)?\s++provided\s++(?P<label>[a-z][a-z'’ \t\n-]{2,60}?)(?=[,.;])")


def _member_providing(ctx: Context, start: int, end: int) -> int:
    """A sentence after the team's that opens with a member's name and says what they provided ('Jo Lee, HMI Probation,
    provided research support.'): one of the team, under that label, as 'Research support: Jo Lee.' has it."""
    opening = trim(ctx.text, start, end, " \t\n")
    name = name_at(ctx.text, opening.start, opening.end, strict=False)
    provided = MEMBER_PROVIDING_RE.match(ctx.text, name.end, end) if name and not name.surname_only else None
    if name is None or provided is None or not relation_for_label(provided.group("label")):
        return 0
    body = provided.group("body")
    ctx.person_role(name, "inspection_team", span(ctx.text, name.start, provided.end()),
                    role=" ".join(provided.group("label").split()),
                    organisation=inspectorate_named(body) if body and inspectorate_named(body) else HMI_PROBATION)
    return 1


def _own_part(text: str, start: int, name: NameMatch) -> str | None:
    """The words that introduce one name of a team sentence after the name before it: 'and an inspector from the Care
    Quality Commission,' (its label and its body); None where only 'and' or a comma stands between."""
    between = MEMBER_POST_AFTER_RE.fullmatch(text, start, name.start)
    if between and names_post(between.group("post") or between.group("bracketed")):
        return None  # the post of the name before ('Grant Fell, inspection support officer, and Nell Varga')
    # members parted by semicolons, each post after its name ('Jo Lee, HM Inspector; Sergeant Dev Rao, ...'): the
    # words before the last semicolon are the post of the name before
    start = max(start, text.rfind(";", start, name.start) + 1)
    # 'and by an education inspector from Ofsted,': the 'by' of 'supported by' said again for each group
    # ('..., with Jo Hart (Ofsted)': 'with' joins the next member, as 'and' does)
    words = re.sub(r"^[\s,;]*(?:and\s+)?(?:by\s+|with\s+)?(?:with$)?|[\s,;:]*$", "", text[start:name.start])
    if _rank_of_the_name(words):
        return None
    # the body of the name before, whom it comes from: 'Jo Hart from Ofsted and Al Dee'
    body_before = re.fullmatch(r"from\s+(?P<body>.+?)(?:\s*,)?(?:\s+and)?", " ".join(words.split()))
    if body_before and inspectorate_named(body_before.group("body")):
        return None
    # the post of the name before, then this one's own words: ', HMI Probation, and a local assessor, Jo Lee'
    previous = re.match(r"([^,]+),\s*and\s+(?:an?\s+)?", words)
    if previous and (names_post(previous.group(1)) or inspectorate_named(previous.group(1))):
        words = words[previous.end():]
    return words if words and len(words.split()) <= LABEL_WORDS_MAX and not re.search(r"[.()]", words) else None


def _rank_of_the_name(words: str) -> bool:
    """'Detective Sergeant' straight before a member's name: their rank, not a label over a group of the team."""
    return bool(words) and relation_for_label(words) is None and all(is_post_word(word) for word in words.split())


JOINED_NAMES_RE = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")
PART_JOINT_RE = re.compile(r",|\band\b|&")


TAIL_GROUP_RE = re.compile(r",[^\S\n]*+\n?[^\S\n]*+and\s")


def _member_part(text: str, names: list[NameMatch], position: int, stop: int) -> str:
    """The words of a team list that say whom one member comes from: before a name in brackets ('an Ofsted education
    inspector (Jo Hart)'); else after the name, up to the next name, over names joined to it ('Jo Hart and Al Dee from
    Ofsted')."""
    name = names[position]
    if text[name.start - 1:name.start] == "(":
        return text[names[position - 1].end if position else max(0, name.start - 120):name.start]
    for following in names[position + 1:]:
        if not JOINED_NAMES_RE.fullmatch(text, name.end, following.start):
            part = text[name.end:following.start]
            # the next member's own part ('..., a health inspector from the CQC (Jo Hart)') is not this one's
            joint = PART_JOINT_RE.search(part) if text[following.start - 1:following.start] == "(" else None
            return part[:joint.start()] if joint else part
        name = following
    # after the last name, a comma and 'and' open another group of no names ('X and Y, Inspectors, and colleagues from
    # Ofsted and the CQC'): their bodies are not the members'
    tail = text[name.end:stop]
    other_group = TAIL_GROUP_RE.search(tail)
    return tail[:other_group.start()] if other_group else tail


def _group_label(text: str, names: list[NameMatch], owns: list[str | None], position: int) -> str | None:
    """The words that head the group a name of a team sentence stands in: its own, else those of the names before it
    in its part ('inspectors Bella Moss and Josh Kerr'); a semicolon ends a part ('the lead inspector, Jo Lee, HM
    Inspector; Al Dee and Kim Ford, HM Inspectors': the lead's words head no one after it)."""
    for k in range(position, -1, -1):
        if owns[k]:
            return owns[k]
        if k and text.find(";", names[k - 1].end, names[k].start) >= 0:
            return None
    return None


def _label_before(text: str, start: int, name: NameMatch, names: list[NameMatch]) -> str | None:
    """The label that heads the name's part of a list run into a sentence: 'inspectors' for both names of
    '...; inspectors Bella Moss and Josh Kerr; ...' (the words between the part's start and its first name)."""
    part_start = max(start, text.rfind(";", start, name.start) + 1)
    first = next(n for n in names if n.start >= part_start)
    label = re.sub(r"^and\s+", "", text[part_start:first.start].strip(" \t\n:,"))
    words = label.split()
    if label == "and" or _rank_of_the_name(label):
        return None
    return label if 0 < len(words) <= LABEL_WORDS_MAX and not re.search(r"[.()]", label) else None


# --- the inspection team list ---------------------------------------------------------------

# (a bilingual heading gives its other language after a slash: 'Acknowledgements / Cydnabyddiaethau', 'Inspection team /
# Tîm arolygu'; an annex's heading may join the team to another subject: 'Annexe 1 - Methodology / inspection team', '... and the inspection team')
TEAM_HEADING_RE = re.compile(
    r"\b(?:Acknowledge?ments|ACKNOWLEDGE?MENTS)\b[ \t*:]*(?:/[^\S\n]*+[A-Z][^\W\d_]{2,30}[ \t*:]*(?=\n|$))?"
    r"|(?m:^)[^\S\n]*(?:#+\s*|\*\*)?(?:(?:Annexe?|ANNEXE?|Appendix|APPENDIX)(?:\s+\w{1,3})?\s*[:.–—-]?\s*"
    r"(?:[A-Za-z]{3,20}(?:[^\S\n]+[A-Za-z]{2,20}){0,2}[^\S\n]*(?:/|&|\band\b|\bAND\b)[^\S\n]*)?)?"
    r"(?:\d{1,2}\.?[^\S\n]+)?(?:[Tt]he\s+|THE\s+)?(?:[Ii]nspection\s+[Tt]eam(?:\s+[Mm]embers)?|INSPECTION\s+TEAM|(?:[Ii]nspection\s+arrangements|INSPECTION\s+ARRANGEMENTS)(?=[ \t:]*\n(?:[^\S\n]*\n)*[^\S\n]*Lead\s+[Ii]nspector\b)|(?:[Ii]nspection\s+)?[Tt]eam\s+(?:comprised|consisted\s+of|included|was\s+made\s+up\s+of)|Membership\s+of\s+the\s+"
    r"[Ii]nspection\s+[Tt]eam|About\s+(?:this|the)\s+inspection)\b[ \t*:]*"
    r"(?:/[^\S\n]*+[^\W\d_][^\W\d_'’-]{0,30}(?:[^\S\n]+[^\W\d_'’-]{1,30}){0,3}[ \t*:]*)?(?=\n|$)")
# Labels of a team list, for lists run together on one line (a table's labels are read from its layout).
TEAM_LABEL_RE = re.compile(
    r"(?:(?:Deputy|Assistant)\s+)?Lead\s+[Ii]nspectors?|Inspection\s+[Tt]eam(?:\s+[Mm]embers?)?"
    r"|(?:(?:HMI|HM\s+Inspectorate\s+of)\s+\w+|[A-Z]{2,6}|Ofsted|Estyn)\s+(?:[Ii]nspectors?|[Tt]eam)"
    r"|(?:HMI\s+Probation\s+)?Support\s+(?:[Ss]taff|[Ss]ervices|[Tt]eam)|Publications?\s+[Tt]eam|Editors?"
    r"|Assistant\s+Chief\s+Insp(?:ector)?\b\.?(?:\s*\([^)\n]{0,40}\))?|(?:Research|Communications|Administration)\s+[Tt]eam")
# A row's own label before a colon ('Health adviser:'), a few words at most.
PROSE_VERB_END_RE = re.compile(r"\b(?:were|was|are|is)$")
COLON_LABEL_RE = re.compile(r"[A-Z][A-Za-z'’-]*(?:[^\S\n]+[A-Za-z()'’-]+){0,5}(?=[^\S\n]*:)")
TOC_TAIL_RE = re.compile(r"^[\s.…·]*\d+\s*$")
ITEM_SEPARATORS = " \t,;:&|-–—"
LABEL_WORDS_MAX = 8
NAME_WORDS_MAX = 4  # words of a name with its title at a row's end ('Dr Jo Lee-Roe')


@dataclass
class TeamLabel:
    span: Span
    relation: str | None
    line_index: int
    alone: bool = True  # on a row of its own, above the names it heads
    wrapped: str | None = None  # its words, where the label wraps onto the line below its row
    body: str | None = None  # the inspectorate a cell of the member's row names ('Jo LEE<pad>Ofsted<pad>Inspector')
    trailing: bool = False  # after the name, the member's own post ('Jo Lee      Inspector'): no label over rows below

    @property
    def text(self) -> str:
        return self.wrapped or self.span.text


# A member's post after the name and a comma, to the cell's end: 'Jo Lee, HM Inspector'.
NAME_COMMA_POST_RE = re.compile(r"[^\S\n]*+,[^\S\n]*+(?P<post>[A-Za-z][^,;()\n]{1,60}?)[^\S\n]*+$")


def _column_of(text: str, pos: int) -> int:
    return pos - (text.rfind("\n", 0, pos) + 1)


def _capitals_heading(line: str) -> bool:
    """A line of words in capitals alone, perhaps numbered ('DISTRIBUTION LIST', '6. ANNEX'): a heading."""
    words = line.strip().strip(":").split()
    return 0 < len(words) <= LABEL_WORDS_MAX and all(word.isupper() or not word.isalpha() for word in words) \
        and any(word.isalpha() and len(word) > 3 for word in words) and not re.search(r"\S[^\S\n]{2,}\S", line.strip()) \
        and not is_first_name(words[0].capitalize())  # 'JO LEE' alone over her post is a member


def relation_for_label(label: str) -> str | None:
    """The relation of the people listed under a team-list label; None for labels that are not a team role."""
    text = " ".join(plain(label).lower().split())
    if re.search(r"\b(?:deputy|assistant)\s+lead\b", text):
        return "deputy_lead_inspector"
    if re.search(r"\blead\s+(?:hmi|inspector)|\binspection\s+lead\b|^lead\b|\(\s*lead\s*\)", text):  # 'HM Inspector (lead)'
        return "lead_inspector"
    if re.search(r"\bhead\s+of\b.*\binspections?\b", text):
        return "head_of_inspections"
    if re.search(r"chief\s+insp(?:ector)?\b|support|editor|publication|communication|research|admin|analys|"
                 r"information|statistic|librar|design|press|business", text):
        return "other"
    if re.search(r"\binspectors?\b|\binspection\s+(?:team|staff)\b|\bteam\b|\bhmi\b|\bassociate|\bassessors?\b|\bmembers?\b",
                 text):
        return "inspection_team"
    return None


# Two team lists side by side under their headings: the inspectorate's team, and its partners' inspectors.
SIDE_BY_SIDE_TEAM_RE = re.compile(r"[^\S\n]*(?P<left>[Ii]nspection\s+[Tt]eam|INSPECTION\s+TEAM)[^\S\n]{3,}+"
                                  r"(?P<right>(?:[Pp]artner|PARTNER)\s+(?:[Ii]nspectorates?|[Ii]nspectors?|INSPECTORATES?|INSPECTORS?))"
                                  r"[^\S\n]*$")


def _side_by_side_team(ctx: Context, rows: list[Line], heading: Line, columns: re.Match[str],
                       default_organisation: str | None) -> int:
    """The rows under two team headings side by side: on the left each member's name and post ('Jo Lee   HMI
    Probation'), the lead marked '(lead)' left to the lead's own line; on the right each partner inspector's name and
    inspectorate, in the post of a partner inspector. The right column starts near its heading's column."""
    text = ctx.text
    found = 0
    right_at = columns.start("right")
    for row in rows:
        if is_blank(row):
            break
        split = next((pos for pos in range(max(0, right_at - 4), min(len(row.text), right_at + 5))
                      if row.text[pos - 1:pos] == " " and row.text[pos:pos + 1].strip()), None)
        parts = [(row.start, row.start + split), (row.start + split, row.end)] if split else [(row.start, row.end)]
        for side, (start, stop) in enumerate(parts):
            part = trim(text, start, stop)
            # a column's two cells may stand two spaces apart where a long name fills its width
            gaps = list(re.finditer(r"[^\S\n]{2,}|\t+", part.text)) if part else []
            if len(gaps) != 1:
                continue
            row_cells = [trim(text, part.start, part.start + gaps[0].start()), trim(text, part.start + gaps[0].end(), part.end)]
            name = name_at(text, row_cells[0].start, row_cells[0].end, strict=False)
            if name is None or name.end != row_cells[0].end:
                continue
            written = row_cells[1].text
            if side == 0:
                if relation_for_label(re.sub(r"\((lead)\)", r"\1", written)) == "lead_inspector" or \
                        re.search(r"\(\s*lead\s*\)", written, re.IGNORECASE):
                    continue  # the lead is named as such elsewhere, and a lead is not one of the team too
                organisation = inspectorate_named(written) or default_organisation
                ctx.person_role(name, "inspection_team", span(text, row_cells[0].start, row_cells[1].end), role=written,
                                role_span=row_cells[1], organisation=organisation)
            else:
                organisation = inspectorate_named(written) or organisation_named(written, gazetteer=ctx.gazetteer) \
                    or written
                ctx.person_role(name, "inspection_team", span(text, row_cells[0].start, row_cells[1].end),
                                role="Partner inspector", organisation=organisation)
            found += 1
    return found


def team_lists(ctx: Context, begin: int = 0, end: int | None = None, *, default_organisation: str | None = None) -> int:
    """Every inspection-team list after an 'Acknowledgements' or 'Inspection team' heading in text[begin:end]."""
    end = len(ctx.text) if end is None else end
    found = 0
    parsed_to = begin
    for heading in TEAM_HEADING_RE.finditer(ctx.text, begin, end):
        rest_of_line = ctx.text[heading.end():end_of_line(ctx.text, heading.end(), end)]
        if heading.start() < parsed_to or TOC_TAIL_RE.match(rest_of_line):
            continue
        reader = TeamListReader(ctx, default_organisation)
        found_here, parsed_to = reader.read(heading, end)
        found += found_here
    return found


# A team's label opening a line, before its colon and the members run on after it: 'The team:', 'Inspection team
# members:' (a few words; what the label names is `relation_for_label`'s to say).
TEAM_ENTRIES_LABEL_RE = re.compile(r"[^\S\n]*+(?P<label>[A-Z][A-Za-z'’-]*+(?:[^\S\n]++[A-Za-z'’-]++){0,4}+)[^\S\n]*+:[^\S\n]*+(?=\S)")
# A member's post after the name, in brackets or after a comma, to the entry's end or the full stop that ends the
# list's sentence: 'Jo Lee (inspector)', 'Dev Rao, Ofsted inspector', 'Dr Una Price (health inspector, Care Quality
# Commission)'.
ENTRY_POST_RE = re.compile(r"\s*+(?:\((?P<bracketed>[^()]{2,80}+)\)|,\s*+(?P<after>[^().;]{2,80}?))\s*+(?:$|\.(?=\s))")


def team_entries(ctx: Context, begin: int = 0) -> int:
    """A team's members run on after its label as one paragraph, parted by semicolons, each a name and the member's
    post after it ('The team:  Jo Lee (lead inspector); Dev Rao (inspector); Dr Una Price (health inspector, Care
    Quality Commission)'), wrapped over lines as they fall. Each is of the team in that post, of the inspectorate the
    post names (HMI Probation where none); a post the labels give another relation to holds that ('lead inspector',
    'research officer'). Entries that open with no name ('inspectors Jo Lee and Dev Rao') are other readers'."""
    found, read_to = 0, begin
    for line in lines(ctx.text, begin):
        label = TEAM_ENTRIES_LABEL_RE.match(ctx.text, line.start, line.end) if line.start >= read_to else None
        if label is None or relation_for_label(label.group("label")) != "inspection_team" \
                or PROSE_VERB_END_RE.search(label.group("label")):
            continue  # ('The inspectors were:' opens a sentence of the team's members, read as prose)
        found += sum(_team_entry(ctx, entry) for entry in people_lists.semicolon_entries(ctx.text, label.end()))
        paragraph_end = ctx.text.find("\n\n", label.end())  # (the entries run to it: a label among them is theirs)
        read_to = len(ctx.text) if paragraph_end < 0 else paragraph_end
    return found


def _team_entry(ctx: Context, entry: Span) -> int:
    """One entry of `team_entries`: 1 where it is a name and the post after it."""
    name = name_at(ctx.text, entry.start, entry.end, strict=False)
    post = ENTRY_POST_RE.match(ctx.text, name.end, entry.end) if name is not None and not name.surname_only else None
    if name is None or post is None:
        return 0
    written = post.group("bracketed") or post.group("after")
    role, _, body = (" ".join(written.split())).partition(", ")
    organisation = inspectorate_named(body) or inspectorate_named(role) or HMI_PROBATION
    relation = relation_for_label(role) or "inspection_team"
    if is_organisation_name(role, gazetteer=ctx.gazetteer):  # 'Jo Lee, Care Inspectorate Wales': a body, no post
        ctx.person_role(name, relation, entry, organisation=organisation)
    else:
        ctx.person_role(name, relation, entry, role=role, organisation=organisation)
    return 1


# The head of a team table's column of its members' initials ('Initials   Name   Role'), before the names'.
INITIALS_HEADS = frozenset({"initials", "init", "inits"})
INSPECTORATE_WORDS = 5  # words an inspectorate's name runs to after a post's comma ('HM Inspectorate of Probation')


def _initials_heads(row_cells: list[Span]) -> int:
    """1 where a header row opens with the members' initials' column, else 0."""
    return int(len(row_cells) > 2 and row_cells[0].text.strip().lower().rstrip(".") in INITIALS_HEADS)


CHIEF_LABEL_RE = re.compile(r"(?<!assistant )(?<!deputy )\bchief\s+insp", re.IGNORECASE)


class TeamListReader:
    """Reads one team list, row by row, from just after its heading until the text stops being a list."""

    def __init__(self, ctx: Context, default_organisation: str | None) -> None:
        self.ctx = ctx
        self.default_organisation = default_organisation
        self.label: TeamLabel | None = None
        self.started = False
        self.found = 0
        self.previous_row = -1
        self.ended = False
        self.team_heading = False  # under 'Inspection team', not 'Acknowledgements': every row is a member
        self.led_row = False
        self.aligned_row = False  # its label under the label of the row above, in a table indented as a whole
        self.continued = False  # the row's last cell goes on in the line below
        self.heads: list[str | None] = []  # what each column holds, under a head row ('Name   Role   Organisation')
        self.name_column: int | None = None  # where the names stand, in a table of 'Label   Name, Post' rows
        self.apart = False  # the row read is set apart from the members above it by a blank line
        self.names_columns: dict[int, int | None] = {}  # the names' column of each block of rows, by its first row

    def read(self, heading: re.Match[str], end: int) -> tuple[int, int]:
        text = self.ctx.text
        # 'Inspection team', or 'About this inspection' over a table of who did what: every row is a member
        heading_label = heading.group(0) if re.search(r"team|about", heading.group(0), re.IGNORECASE) else None
        rows = lines(text, heading.end(), min(end, heading.end() + 6000))
        if heading_label:
            self.label = TeamLabel(span(text, heading.start(), heading.end()), "inspection_team", -1)
            self.team_heading = True
        stop = heading.end()
        own_posts: set[int] = set()
        block = 0  # where the block of rows the row stands in begins, after a blank line
        for index, row in enumerate(rows):
            if is_blank(row):
                block = index + 1
            if is_blank(row) or index in own_posts:
                continue
            side_by_side = SIDE_BY_SIDE_TEAM_RE.match(row.text)
            if side_by_side:  # 'Inspection team      Partner inspectorates': two lists in columns, read as such
                self.found += _side_by_side_team(self.ctx, rows[index + 1:], row, side_by_side, self.default_organisation)
                stop = next((r.start for r in rows[index + 1:] if is_blank(r)), row.end)
                break
            if self._team_heading_at(row):
                continue  # the team's own heading under the acknowledgements: every row after it is a member
            if self.team_heading and self.found and index > 0 and is_blank(rows[index - 1]) \
                    and self._name_at(trim(text, row.start, row.end).start, row.end) is None \
                    and not self._labelled_name(row):
                break  # a heading after a blank line under the members ('Foreword'): the list has ended
            if self.found and index > 0 and is_blank(rows[index - 1]) and _capitals_heading(row.text):
                break  # a heading in capitals after a blank line under the members ('DISTRIBUTION LIST')
            if self.found and index > 0 and is_blank(rows[index - 1]) and self.label is not None and self.label.trailing \
                    and (alone := trim(text, row.start, row.end)) and (name := self._name_at(alone.start, alone.end)) \
                    and name.end == alone.end:
                break  # a name alone after a blank line under rows of names and their own posts: a signature, say
            # a row set apart from the members above by a blank line ('Head of Inspections: Jo Lee' under the team)
            self.apart = bool(self.found) and index > 0 and is_blank(rows[index - 1])
            post = self._own_post_below(rows, index)
            if post is not None:  # a post that names no inspector's role ('Police Adviser') is in the list it stands in
                own_posts.add(index + 1)
                listed = self.label.relation if self.label else None
                self.label = TeamLabel(post, self._relation(post.text) or listed, index)
                self.started = True
            over_page = self._row_over_page(rows, index) if post is None else None
            if over_page is not None:  # 'Sunita' / the page's footer / 'Varghese      Health and Justice Inspector'
                rest, joined_cells = over_page
                own_posts.update(range(index + 1, rest + 1))
                row, index = rows[rest], rest
            if not self._read_row(row, index, rows[index + 1] if index + 1 < len(rows) else None,
                                  joined_cells=over_page[1] if over_page else self._label_filled_column(rows, index, block)):
                break
            if self.continued:
                own_posts.add(index + 1)
            self.previous_row = index
            stop = rows[index + 1].end if post is not None else row.end
        return self.found, stop

    def _label_filled_column(self, rows: list[Line], index: int, block: int) -> list[Span] | None:
        """A row whose label fills its column to one blank before the names' column of the rows around it ('Head of
        Youth Inspection Programme Jo Lee' under 'Research Officer      Dev Rao'), or runs past it: its label and its
        name as two cells, the name the whole name that ends the row after a label the team's labels know. `block`:
        the first row of the rows without a blank line the row stands in (their names' column measured once)."""
        text, row = self.ctx.text, rows[index]
        if len(cells(text, row)) != 1 or row.text[:1].isspace():
            return None
        if block not in self.names_columns:
            last = next((at for at in range(block, len(rows)) if is_blank(rows[at])), len(rows))
            self.names_columns[block] = people_lists.names_column(text, rows[block:last])
        column = self.names_columns[block]
        if column is None:
            return None
        row_cells = people_lists.cells_at_column(text, row, column)
        if len(row_cells) == 2:
            return row_cells
        for blank in [*re.finditer(r" ", row.text)][-1:-NAME_WORDS_MAX - 1:-1]:  # a name's few words at the row's end
            label, rest = trim(text, row.start, row.start + blank.start()), trim(text, row.start + blank.end(), row.end)
            named = find_names(text, rest.start, rest.end, strict=False) if label and rest else []
            if len(named) == 1 and (named[0].start, named[0].end) == (rest.start, rest.end) and not named[0].surname_only \
                    and len(label.text.split()) <= LABEL_WORDS_MAX and relation_for_label(label.text) is not None \
                    and not find_names(text, label.start, label.end):
                return [label, rest]
        return None

    def _labelled_name(self, row: Line) -> bool:
        """'HMI Probation Assistant Chief Inspector: Jo Lee': one more of the team after a blank line, by a label that
        names an inspectorate or an inspector's post ('Report to: Jo Lee, Chair ...' under the team heads another list)."""
        start = trim(self.ctx.text, row.start, row.end).start
        label = self._colon_label(start, row.end, False)
        if label is None or not (inspectorate_named(label.group(0)) or relation_for_label(label.group(0).rstrip(" \t:"))):
            return False
        rest = trim(self.ctx.text, label.end() + 1, row.end)
        return self._name_at(rest.start, row.end) is not None

    def _team_heading_at(self, row: Line) -> bool:
        """'Inspection team' alone on a line inside the list read from 'Acknowledgements': the team heading."""
        heading = TEAM_HEADING_RE.match(self.ctx.text, row.start, row.end)
        if heading is None or not re.search(r"[Tt]eam", heading.group(0)) or self.ctx.text[heading.end():row.end].strip():
            return False
        self.label = TeamLabel(span(self.ctx.text, heading.start(), heading.end()), "inspection_team", -1)
        self.team_heading = self.started = True
        return True

    def _own_post_below(self, rows: list[Line], index: int) -> Span | None:
        """'Jo Lee' alone on a line, 'HM Inspector' alone on the next, then a blank line: each member with their own
        post under the name, not a label over the names below it."""
        if index + 1 >= len(rows) or is_blank(rows[index + 1]) or index + 2 < len(rows) and not is_blank(rows[index + 2]):
            return None
        row = trim(self.ctx.text, rows[index].start, rows[index].end)
        name = self._name_at(row.start, row.end) if row else None
        post = trim(self.ctx.text, rows[index + 1].start, rows[index + 1].end)
        if name is None or name.end != row.end or not post or find_names(self.ctx.text, post.start, post.end, strict=True):
            return None
        return post if self._layout_label(post) else None

    def _row_over_page(self, rows: list[Line], index: int) -> tuple[int, list[Span]] | None:
        """A row that ends in a name's first half, its rest opening the next page's first row (the member's post, or
        more names, after it): that row's index, and the two rows' cells as one row's, the name's cell from its first
        half to its rest (`kg.names.page_cut_names`)."""
        text = self.ctx.text
        row = trim(text, rows[index].start, rows[index].end)
        rest = page_cut_names(text).get(row.end) if row else None
        if rest is None:
            return None
        row_cells = cells(text, rows[index]) or [row]
        for later in range(index + 1, min(len(rows), index + PAGE_CUT_REACH + 1)):
            if rows[later].start <= rest < rows[later].end:
                rest_cells = cells(text, rows[later]) or [trim(text, rows[later].start, rows[later].end)]
                if rest_cells[0].start != rest or row_cells[-1].end != row.end:
                    return None
                return later, [*row_cells[:-1], span(text, row_cells[-1].start, rest_cells[0].end), *rest_cells[1:]]
        return None

    def _read_row(self, row: Line, index: int, following: Line | None = None, *,
                  joined_cells: list[Span] | None = None) -> bool:
        """False when the row ends the list. `joined_cells`: the row's cells and those of the row a page's end cut a
        name of, above it (`_row_over_page`)."""
        pairs = person_cells.label_values(self.ctx.text, row, relation_for_label)
        if len(pairs) >= 2:  # 'Lead Inspector:   Jo Lee      Inspector:   Dev Rao': each name under its own label
            self.continued = self.led_row = self.aligned_row = False
            for label, value in pairs:
                self._set_label(label, index)
                if not self._read_cell(value, index, False):
                    return False
            return True
        row_cells = _at_leaders(self.ctx.text, cells(self.ctx.text, row) or [trim(self.ctx.text, row.start, row.end)])
        row_cells = joined_cells or row_cells
        # (a table that opens with the name, or whose heads give the member's post, name and body in their own columns:
        # 'Role   Name   Organisation'; one that opens with the post, its body in it, is read by its labels)
        # (its members' initials may come first: 'Initials   Name   Role')
        if is_column_heads(row) and (kinds := [column_kind(cell.text) for cell in row_cells]).count("name") == 1 \
                and (kinds[_initials_heads(row_cells)] == "name" or "body" in kinds):
            self.heads = kinds
            return True
        if self.heads and len(row_cells) == len(self.heads):
            self._headed_row(row, row_cells, self.heads)
            return True
        initialled = None if self.heads else self._initialled_kinds(row_cells)
        if initialled is not None:  # 'FM<TAB>Inspector<TAB>Farah Masood<TAB>HMI Probation': no heads, the row's own
            self._headed_row(row, row_cells, initialled)  # initials open it, its post before the name, its body after
            return True
        if self._name_then_post(row, row_cells, index):
            return True
        body = self._body_under_label(row_cells)
        if body is not None and self.label is not None:  # 'Inspectors   Jo Lee   HMI Probation' / '   Dev Rao   Ofsted':
            self.label = replace(self.label, body=body)  # the member's body, the label the one above
            row_cells = row_cells[:-1]
        trailing_label = self._trailing_label(row_cells)
        self.continued = False
        if trailing_label is not None and following is not None:
            trailing_label = self._continued_cell(row, trailing_label, following)
        if trailing_label is not None:
            body = None
            middle = row_cells[1] if len(row_cells) == 3 else None
            if middle is not None and self._name_at(middle.start, middle.end) is None and self._layout_label(middle):
                # 'PENHALIGON, Alasdair<pad>HMI Probation<pad>Lead Inspector': the member's body, then their post; or
                # 'Local assessor<pad>(seconded from a neighbouring YOS)': one post over two cells
                body = inspectorate_named(middle.text)
                trailing_label = trailing_label if body else span(self.ctx.text, middle.start, trailing_label.end)
                row_cells = row_cells[:-1]
            self.label = TeamLabel(trailing_label, self._relation(trailing_label.text), index, body=body, trailing=True)
            row_cells = row_cells[:-1]
            self.started = True
        elif following is not None and len(row_cells) > 1 and (wrapped := self._wrapped_label(row, row_cells[0], following)):
            self.label = TeamLabel(row_cells[0], self._relation(wrapped), index, wrapped=wrapped)
            row_cells = row_cells[1:]
            self.started = self.continued = True
        led = LEADERS_RE.search(row.text) is not None  # an indented 'Police Adviser ...... Jo Lee' is a label too
        # a table indented as a whole, its labels in a column ('  Lead Inspector      Jo Lee' over '  Practice Assessor
        # Una Price'): a row whose first cell stands where the row above's label stood opens with its own label
        self.aligned_row = bool(row_cells) and row.text[:1].isspace() and self._under_label_column(row_cells[0], index)
        led = led or self.aligned_row
        self.led_row = led
        if self._wrapped_tail(row, row_cells, index):
            return True
        for position, cell in enumerate(row_cells):
            # a table indented as a whole under the team's own heading ('  Research officer     Jo Lee') starts
            # each row at its indent
            at_row_start = position == 0 and (led or not row.text[:1].isspace() or self.team_heading and self.started)
            if self._read_cell(cell, index, at_row_start):
                continue
            if position == 0 or not self._layout_label(cell):
                return self._skip_preamble(row, index)
        return True

    def _name_then_post(self, row: Line, row_cells: list[Span], index: int) -> bool:
        """'Team      Jo Lee, HM Inspector' with '          Dev Rao, Police inspector' under its name: a label column
        (no colon), then each member's name and their post after a comma, the rows below the label's with their own
        name and post in the names' column. The label gives the relation, the post is the member's."""
        text = self.ctx.text
        if len(row_cells) == 2 and not row.text[:1].isspace() and not row_cells[0].text.rstrip().endswith(":") \
                and self._name_at(row_cells[0].start, row_cells[0].end) is None and self._layout_label(row_cells[0]) \
                and not _inspectorate_label(row_cells[0].text) and not re.fullmatch(r"[A-Z]{2,6}", row_cells[0].text):
            label, cell = row_cells
        elif len(row_cells) == 1 and self.name_column is not None and self.previous_row == index - 1 \
                and _column_of(text, row_cells[0].start) == self.name_column:
            label, cell = None, row_cells[0]
        else:
            return False
        name = self._name_at(cell.start, cell.end)
        post = NAME_COMMA_POST_RE.match(text, name.end, cell.end) if name else None
        if name is None or post is None or find_names(text, post.start("post"), post.end("post"), strict=False) \
                or _inspectorate_label(post.group("post")) or re.fullmatch(r"[A-Z]{2,6}", post.group("post").strip()):
            return False  # 'Education inspector   Jo Lee, Ofsted': the label is the post, the body after the name
        if label is not None:
            self.label = TeamLabel(label, self._relation(label.text), index)
            self.name_column = _column_of(text, cell.start)
        relation = self.label.relation if self.label else None
        if relation is None:
            return False
        role = span(text, post.start("post"), post.end("post"))
        self.ctx.person_role(name, relation, trim(text, row.start, row.end), role=role.text, role_span=role,
                             organisation=inspectorate_named(role.text) or self.default_organisation)
        self.started = True
        self.found += 1
        return True

    def _initialled_kinds(self, row_cells: list[Span]) -> list[str | None] | None:
        """The columns of a headless team row that opens with its member's initials ('GT<TAB>Health Inspector<TAB>Gwen
        Tully<TAB>Care Quality Commission'): the initials, then at most one post before the name and one body after it,
        as the initials declare whose row it is; None where the first cell is not the initials of the row's one name."""
        if not 3 <= len(row_cells) <= 4 or not re.fullmatch(INITIALS, row_cells[0].text):
            return None
        named: list[tuple[int, NameMatch]] = []
        for position, cell in enumerate(row_cells[1:], 1):
            name = self._name_at(cell.start, cell.end)
            if name is not None:
                named.append((position, name))
        if len(named) != 1 or not fits(row_cells[0].text, named[0][1].name):
            return None
        position = named[0][0]
        if position > 2 or len(row_cells) - position > 2:
            return None
        kinds: list[str | None] = [None] * len(row_cells)
        kinds[position] = "name"
        if position == 2:
            kinds[1] = "post"
        if position + 1 < len(row_cells):
            kinds[position + 1] = "body" if position == 2 or organisation_named(row_cells[position + 1].text) else "post"
        return kinds

    def _headed_row(self, row: Line, row_cells: list[Span], heads: list[str | None]) -> None:
        """A row of a team table under its heads: each cell read as its head says (the member, their post, their
        inspectorate); the post says a lead, every other row is one of the team. A row naming no one ('(local
        assessor)   TBC') is a seat to fill."""
        under = {kind: cell for kind, cell in zip(heads, row_cells, strict=True) if kind}
        member = under.get("name")
        name = self._name_at(member.start, member.end) if member else None
        if name is None:
            return
        post, body = under.get("post"), under.get("body")
        if post is not None and body is None and "," in post.text and \
                inspectorate_named(tail := post.text.rsplit(",", 1)[1]) and len(tail.split()) <= INSPECTORATE_WORDS:
            # 'Lead Inspector, HMI Probation' under a head 'Role': the post, then the member's inspectorate
            at = post.start + post.text.rindex(",")
            body, post = trim(self.ctx.text, at, post.end), trim(self.ctx.text, post.start, at)
        relation = relation_for_label(post.text) if post else None
        relation = relation if relation in ("lead_inspector", "deputy_lead_inspector", "head_of_inspections") \
            else "inspection_team"
        organisation = (inspectorate_named(body.text) or body.text) if body else self.default_organisation
        self.ctx.person_role(name, relation, trim(self.ctx.text, row.start, row.end), role=post.text if post else None,
                             role_span=post, organisation=organisation)
        self.started = True
        self.found += 1

    def _wrapped_tail(self, row: Line, row_cells: list[Span], index: int) -> bool:
        """A member's post the column wrapped onto the next line ('Jo Lee, Head of Youth Justice' over an indented
        'Inspections'): a few words under the names, with no name, that go on with the row above."""
        return self.started and self.previous_row == index - 1 and len(row_cells) == 1 and \
            row.text[:WRAP_INDENT].isspace() and len(row_cells[0].text.split()) <= 3 and \
            not find_names(self.ctx.text, row.start, row.end) and self.ctx.text[:row.start].rstrip().endswith(
                tuple("abcdefghijklmnopqrstuvwxyz"))

    def _continued_cell(self, row: Line, last: Span, following: Line) -> Span:
        """A member's post too long for its column goes on under it, on a line of its own ('Assistant Chief Inspector,
        Head of Youth Justice' / '   Inspection (quality assurance)'): the cell is both lines."""
        more = trim(self.ctx.text, following.start, following.end)
        column = last.start - row.start
        if not more or more.start - following.start != column or len(cells(self.ctx.text, following) or [more]) > 1 \
                or find_names(self.ctx.text, more.start, more.end, strict=True):
            return last
        self.continued = True
        return span(self.ctx.text, last.start, more.end)

    def _wrapped_label(self, row: Line, first: Span, following: Line) -> str | None:
        """An inspectorate's name too long for the label column goes on under it ('Care Quality   Dr Jo Lee' over
        'Commission'): the label's words on both lines, where only both name the inspectorate."""
        more = trim(self.ctx.text, following.start, following.end)
        joined = f"{first.text} {more.text}"
        if not more or more.start - following.start != first.start - row.start or first.start != row.start or \
                _inspectorate_label(first.text) or not _inspectorate_label(joined):
            return None
        return joined

    def _body_under_label(self, row_cells: list[Span]) -> str | None:
        """The inspectorate a row names in its last cell after the name, under a label a row above set before its name:
        the member's body, not a post of their own ('HMI Constabulary'); a cell that opens with a name is the next
        member, their body after it ('Jo Lee, HMI Probation      Dev Rao, Ofsted' under the label's row)."""
        if self.label is None or self.label.trailing or self.label.line_index < 0 or len(row_cells) != 2 \
                or not self._name_at(row_cells[0].start, row_cells[0].end) or names_post(row_cells[-1].text) \
                or self._name_at(row_cells[-1].start, row_cells[-1].end):
            return None
        return inspectorate_named(row_cells[-1].text)

    def _trailing_label(self, row_cells: list[Span]) -> Span | None:
        """Names first, role last: 'Avtar Singh, HMI Probation<TAB>Lead Inspector'."""
        if len(row_cells) < 2 or not self._name_at(row_cells[0].start, row_cells[0].end):
            return None
        last = row_cells[-1]
        if find_names(self.ctx.text, last.start, last.end, strict=True):
            return None
        # under the team's own heading, a member's post or inspectorate after the name ('Peer Reviewer, HIW')
        # ('Information and research'): a short cell beside each name is that member's own, not a heading over the rest
        own = self.team_heading and (len(row_cells) == 2 or len(row_cells) == 3 and self._layout_label(row_cells[1])) \
            and (names_post(last.text) or inspectorate_named(last.text) or self._layout_label(last))
        return last if own or TEAM_LABEL_RE.fullmatch(last.text) or relation_for_label(last.text) in (
            "lead_inspector", "deputy_lead_inspector", "inspection_team") else None

    def _read_cell(self, cell: Span, index: int, at_row_start: bool) -> bool:
        """Labels and names along one cell, left to right; False when the cell is not part of a list."""
        text = self.ctx.text
        pos = cell.start
        read_anything = False
        while True:
            while pos < cell.end and (text[pos] in ITEM_SEPARATORS or text.startswith("and ", pos)):
                pos += 4 if text.startswith("and ", pos) else 1
            if pos >= cell.end:
                return True
            label = TEAM_LABEL_RE.match(text, pos, cell.end) or self._colon_label(pos, cell.end, read_anything)
            if label and self._label_before_names(label.end(), cell.end):
                self._set_label(Span(label.start(), label.end(), label.group(0)), index)
                pos = label.end()
                read_anything = True
                continue
            name = self._name_at(pos, cell.end)
            if name is not None:
                pos = self._emit_member(name, cell, index, pos)
                read_anything = True
                if self.ended:
                    return False
                continue
            if not read_anything and at_row_start and self._layout_label(cell):
                self._set_label(cell, index)
                return True
            return read_anything and self._tail_is_noise(pos, cell.end)

    def _colon_label(self, pos: int, end: int, read_anything: bool) -> re.Match[str] | None:
        """'Police adviser: Inspector Dominic Ashby', 'Quality assurance: Name': any short label before a colon that
        opens a row of the list, not only the labels the list's vocabulary knows."""
        label = None if read_anything else COLON_LABEL_RE.match(self.ctx.text, pos, end)
        # 'The inspectors were:' opens a sentence that lists the team (read as prose), not a label
        if label is None or PROSE_VERB_END_RE.search(label.group(0)):
            return None
        return label if not find_names(self.ctx.text, label.start(), label.end(), strict=True) else None

    def _label_before_names(self, label_end: int, cell_end: int) -> bool:
        """A label ends its cell or is followed by a name ('Support Services Officer' is a role, not a label)."""
        rest = trim(self.ctx.text, label_end, cell_end, " \t:|-–")
        return not rest or self._name_at(rest.start, cell_end) is not None

    def _under_label_column(self, cell: Span, index: int) -> bool:
        """The row just below a row read from its label cell, its first cell at that label's column: a label too."""
        label = self.label
        return label is not None and label.relation is not None and self.started and self.previous_row == index - 1 \
            and label.line_index == index - 1 \
            and label.span.start < cell.start and _column_of(self.ctx.text, label.span.start) == _column_of(self.ctx.text, cell.start) \
            and self._name_at(cell.start, cell.end) is None

    def _layout_label(self, cell: Span) -> bool:
        """A short cell with no name at its start, at the start of a row: a label by position (words: a page's number
        under the list's last name is no post)."""
        words = plain(cell.text).split()
        return 0 < len(words) <= LABEL_WORDS_MAX and len(cell.text) <= 70 and not cell.text.rstrip().endswith(".") \
            and re.search(r"[A-Za-z]{2}", cell.text) is not None

    def _tail_is_noise(self, pos: int, end: int) -> bool:
        return not re.search(r"[A-Za-z]{2}", self.ctx.text[pos:end])

    def _set_label(self, label: Span, index: int) -> None:
        self.label = TeamLabel(label, self._relation(label.text), index)
        self.started = True

    def _relation(self, label: str) -> str | None:
        """The relation a label gives; under a heading that names the team, a label that names no inspector's post
        ('Research and analysis', 'Police adviser', 'Editor') still lists a member of the team."""
        relation = relation_for_label(label)
        if relation is None and _inspectorate_label(label):
            return "inspection_team"  # 'Ofsted   Jo Lee' in the team's table: one of the team, from that inspectorate
        if relation == "other" and CHIEF_LABEL_RE.search(label):
            return relation  # 'HM Chief Inspector of Probation' in the team's table: over the team, not of it
        if relation == "other" and self.aligned_row and re.search(r"\bchief\s+insp", label, re.IGNORECASE):
            return relation  # 'Assistant Chief Inspector   Jo Lee' under the team's rows: over it, as a signature is
        # a row of dot leaders ('Estyn ........ Jo Lee') is a member's row whatever its label
        return "inspection_team" if (self.team_heading or self.led_row) and relation in (None, "other") else relation

    def _name_at(self, pos: int, end: int) -> NameMatch | None:
        """A name starting at pos: lexicon-checked, or any two name words where the layout puts an item."""
        window_end = min(end, pos + 80)
        names = find_names(self.ctx.text, pos, window_end, strict=True)
        if names and names[0].start == pos and not names[0].surname_only:
            return names[0]
        names = find_names(self.ctx.text, pos, window_end, strict=False)
        if names and names[0].start == pos and not names[0].surname_only and self._listed_alone(names[0], end):
            return names[0]
        # 'PENHALIGON, Alasdair<pad>HMI Probation<pad>Lead Inspector': a cell of its own, surname first in capitals
        return attendance.capitals_first_name(self.ctx.text, pos, end) \
            or attendance.name_after_rank(self.ctx.text, pos, window_end)  # 'Police adviser: Inspector Dev Rao'


    def _listed_alone(self, name: NameMatch, end: int) -> bool:
        """A name the lexicon does not know counts only as a list item: nothing, an inspectorate or a role after it."""
        if re.match(r"[A-Z]\.?\s", self.ctx.text[name.start:name.end]) and not name.title:
            return False
        separator = re.compile(r"[;\t|\n,(]").search(self.ctx.text, name.end, end)
        tail = trim(self.ctx.text, name.end, separator.start() if separator else end)
        return not tail or inspectorate_named(tail.text) is not None or names_post(tail.text)

    def _emit_member(self, name: NameMatch, cell: Span, index: int, item_start: int) -> int:
        """Emit one listed person with the organisation or own role written after the name (or the rank before it, under
        a label that is only an inspectorate's name); return where the item ends."""
        text = self.ctx.text
        item_end = self._item_end(name.end, cell.end)
        tail = trim(text, name.end, item_end)
        if tail and not _plausible_tail(tail.text):
            # the name is a sentence's subject ('HM Inspector Jo Lee led the fieldwork', 'Jo Lee, Head of Youth
            # Inspections, had overall responsibility'): prose
            if re.match(r"[a-z]", tail.text) and not tail.text.startswith("and ") or PREDICATE_AFTER_POST_RE.search(tail.text):
                self.ended = True
                return item_end
            tail, self.ended = None, True  # text after the list run on into the same line
        label = self.label
        if label is None or label.relation is None:
            return item_end
        own_role = tail.text if tail and names_post(tail.text) else None
        own_span = tail if own_role else None
        # 'HMI Probation, Inspector' after the name, in its cell or as the row's own label: the body, then the post
        body_then_post = tail if own_role else label.span if label.line_index == index and not label.wrapped else None
        if body_then_post and (post := _post_after_inspectorate(text, body_then_post)) is not None:
            own_role, own_span = post.text, post
        rank = trim(text, item_start, name.start) if name.start > item_start else None
        if own_role is None and rank and _inspectorate_label(label.text):
            own_role, own_span = rank.text, rank  # 'HMI Constabulary   Detective Sergeant Jo Lee': a sergeant of that body
        organisation = (inspectorate_named(tail.text) if tail else None) or label.body or inspectorate_named(label.text)
        if organisation is None and tail and not own_role and re.search(r"[A-Za-z]{2}", tail.text):
            organisation = tail.text
        if organisation is None and label.relation != "other" or organisation is None and own_role:
            organisation = self.default_organisation
        label.alone = label.alone and label.line_index != index
        same_row = label.line_index == index or label.alone and label.line_index == self.previous_row
        evidence = span(text, min(label.span.start, name.start), max(label.span.end, item_end)) if same_row \
            else span(text, name.start, max(item_end, name.end))
        evidence = trim(text, evidence.start, evidence.end, " \t|,;")
        # each member listed under a plural post holds one: 'Inspectors' over three names makes each an 'Inspector'
        role_text = own_role or singular_post(" ".join(plain(label.text).split()))
        role_span = own_span if own_role else label.span if label.line_index >= 0 else None
        self.ctx.person_role(name, label.relation, evidence, role=role_text, role_span=role_span,
                             organisation=organisation)
        if self.team_heading and label.relation == "head_of_inspections" \
                and not (self.apart and label.line_index == index and label.span.end <= name.start):
            # listed in the team, so one of it too (not after a label of their own on a line set apart below it)
            self.ctx.person_role(name, "inspection_team", evidence, role=role_text, role_span=role_span,
                                 organisation=organisation)
        self.found += 1
        return item_end

    def _item_end(self, pos: int, end: int) -> int:
        """Where a listed person's item ends: at a separator, the next label or the next name."""
        text = self.ctx.text
        stop = end
        separator = re.compile(r"[;\t|\n]").search(text, pos, end)
        if separator:
            stop = separator.start()
        for comma in re.finditer(",", text[pos:stop]):  # 'Jo Lee, Dev Rao': a comma before the next name alone
            following = trim(text, pos + comma.end(), stop)
            # a name starts within reach of the comma: each comma of a long line reads a few words, not the rest of it
            after_comma = find_names(text, following.start, min(following.end, following.start + 80), strict=False)[:1]
            if after_comma and after_comma[0].start == following.start and self._listed_alone(after_comma[0], stop) \
                    and not inspectorate_named(following.text):
                stop = pos + comma.start()
                break
        for label in TEAM_LABEL_RE.finditer(text, pos, stop):
            if self._label_before_names(label.end(), stop):
                stop = label.start()
                break
        for name in find_names(text, pos, stop, strict=True):
            word_before = text[pos:name.start].split()[-1:] or [""]
            if name.start > pos and not name.surname_only and not word_before[0][:1].islower():
                stop = name.start
                break
        return stop

    def _skip_preamble(self, row: Line, index: int) -> bool:
        """Before the list starts, prose (a thank-you paragraph, a page number) is passed over; after, it ends the list."""
        if self.started or self.ended:
            return False
        label = _label_after_sentence(self.ctx.text, row)
        if label is None:
            return len(plain(row.text).split()) > LABEL_WORDS_MAX or bool(re.fullmatch(r"\W*\d+\W*", row.text))
        rest = Line(label, row.end, self.ctx.text[label:row.end])
        return self._read_row(rest, index)


WRAP_INDENT = 8  # spaces before a wrapped line of a team table's second column

# A post set off by commas, then the sentence's verb in small letters: ', Head of Youth Inspections, had overall'.
PREDICATE_AFTER_POST_RE = re.compile(r"^[^,]*,\s*(?!and\b|or\b)[a-z]")


INSPECTORATE_LABEL_WORDS = 5  # 'HM Inspectorate of Constabulary'


def _post_after_inspectorate(text: str, tail: Span) -> Span | None:
    """'HMI Probation, Lead Inspector' after a member's name: the post after the inspectorate that opens the cell."""
    comma = tail.text.find(",")
    if comma < 0 or not _inspectorate_label(tail.text[:comma]):
        return None
    post = trim(text, tail.start + comma + 1, tail.end)
    return post if post and names_post(post.text) else None


def _inspectorate_label(label: str) -> bool:
    """A team list's label that is only an inspectorate's name, no post ('Ofsted', 'HMI Constabulary'; not 'The role
    of HM Inspectorate of Probation')."""
    words = label.split()
    return 0 < len(words) <= INSPECTORATE_LABEL_WORDS and all(word[:1].isupper() or word in ("of", "and", "for")
                                                                for word in words) \
        and inspectorate_named(label) is not None and not names_post(label)


def _at_leaders(text: str, row_cells: list[Span]) -> list[Span]:
    """The cells of a row with each cell parted at its dot leaders too."""
    parted = []
    for cell in row_cells:
        pos = cell.start
        for leader in LEADERS_RE.finditer(text, cell.start, cell.end):
            parted.append(trim(text, pos, leader.start()))
            pos = leader.end()
        parted.append(trim(text, pos, cell.end))
    return [cell for cell in parted if cell]


def _label_after_sentence(text: str, row: Line) -> int | None:
    """Where a run-together team list starts inside a prose row ('... visited. Lead Inspector Jane ...')."""
    for match in TEAM_LABEL_RE.finditer(text, row.start, row.end):
        before = text[row.start:match.start()].rstrip()
        if before.endswith((".", ":")) and find_names(text, match.end(), min(row.end, match.end() + 60), strict=False):
            return match.start()
    return None


def _plausible_tail(text: str) -> bool:
    """What may follow a listed name: an inspectorate, or a short organisation or role in Title Case."""
    words = plain(text).strip("()").split()
    if len(words) > 6:
        return False
    return bool(inspectorate_named(text)) or all(w[:1].isupper() or w.lower() in {"and", "of", "for", "the", "&"} for w in words)
