"""Speakers and the holders of key posts named in prose, in any document: press releases, council
news and papers, plans and forewords.

"..., said Paul McDowell, Chief Inspector of Probation", "Assistant chief inspector Helen Mercer
says:", "Devon's Cabinet member for children's services, James McInnes, said:", "Probation's
Paul Wilson said", "Ann Hall, chair of the Northshire Youth Justice Board, said", and a news item's
"Ann Hall – Head of Service" on a line of its own above the words she said. Speakers are
only looked for outside quotation marks, so people named inside a quote, and children in case
stories, are not taken for speakers. A post written beside a name says a relation of its own
(`post_relation`): a chief inspector, a cabinet member, a board's chair (also 'who chairs', 'who
leads' or 'who heads' the board), a lead inspector, the head of the inspection programme; "the
Board is chaired by X" names a board's chair too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace

from kg.gazetteer import load_gazetteer
from kg.loaders.context import INSPECTORATE, Context, PendingRole
from kg.loaders.roles import POST_GOES_ON_RE, organisation_for_role, organisation_named
from kg.loaders.text import (
    Span,
    clause_end,
    clause_start,
    end_of_line,
    is_column_heads,
    sentence_start,
    span,
    start_of_line,
    trim,
    wrapped_sentence_start,
)
from kg.names import (
    NameMatch,
    find_names,
    hyphenated_half_before,
    name_at,
    name_key,
    police_rank,
    short_form_of,
)
from kg.vocabulary import CABINET_POST_RE, POLITICAL_OFFICES, is_body_word, is_post_word, names_post

SPEECH_VERB_RE = re.compile(
    # not in the passive, where no one speaks ('be added to the work programme', 'It was said that'), nor in the
    # pluperfect, where the minutes or someone in them report what was said elsewhere ('He added that the lead
    # inspector, Mr X, had acknowledged the progress', 'Members noted that the Chief Inspector, Y, had said')
    r"\b(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bhad\s)(?<!\bhad\salso\s)(?:said|says|say|saying|added|adds|commented|comments|explained|explains|concluded|concludes|stated|states|"
    r"warned|warns|replied|replies|responded(?=\s+that\b)|remarked|remarks|continued|continues|observed|observes|insisted|insists|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|acknowledged|"
    r"acknowledges|wrote(?!\s+to\b)|writes(?!\s+to\b)|told|tells|according\s+to|put\s+it|puts\s+it|"
    # 'The Director, Jo Bloggs, replied that ...' in minutes (not 'responded to the consultation')
    r"(?:replied|replies|responded|responds)(?=\s+that\b|\s*:)|"
    # 'described the board as "one of the more ..."': the words quoted are theirs
    r"describe[sd](?=\s[^.\n\"“]{1,60}?\sas\s+[\"“]))\b",  # 'wrote to the Leader': a letter
    re.IGNORECASE,
)
# A verb whose object, not subject, follows it: "told Jane Smith" names the listener.
LISTENER_VERBS = {"told", "tells"}
WRITER_LISTENING_RE = re.compile(r"\s++me\b")  # 'tells me': the one who writes is told, no one is quoted
SUBJECT_ONLY_VERBS = {"according to"}
CHIEF_INSPECTOR_RE = re.compile(r"(?<!Assistant )(?<!Deputy )\bChief\s+Inspector\b", re.IGNORECASE)
POLICE_RANK_RE = re.compile(r"\bDetective\b|\bPolice\b|\bConstabulary\b", re.IGNORECASE)
LEAD_INSPECTOR_RE = re.compile(r"^(?:the\s+)?lead\s+inspector\b", re.IGNORECASE)
# The chair of a youth justice or management board: "chair of the Northshire Youth Justice Board", "Chair, X YOT
# Management Board"; not a vice or deputy chair, nor the chair of a panel or a safeguarding board.
BOARD_CHAIR = (r"(?<!vice[- ])(?<!deputy\s)\b(?:independent\s+)?(?:chair(?:man|woman|person)?(?:\s*,\s*|\s+of\s+)|chair(?:s|ed)\s+)"
               r"(?:the\s+)?"
               r"(?:[\w'’&-]+\s+){0,6}?(?:board|partnership(?:\s+board)?|YJMB|YJPB|YOSMB|YOTMB)\b")
BOARD_CHAIR_RE = re.compile(BOARD_CHAIR, re.IGNORECASE)
# 'Board chair Annika Lindqvist said', 'the chair of the Board': in a document about a youth justice service, the board
# is the one that oversees it.
# 'who leads the Northshire Youth Justice Board', 'who heads the partnership board': a relative clause that leads a
# board is its chair (only as the whole post, so 'heads the service' or 'leads the board's work on' are not).
LEADS_BOARD_RE = re.compile(r"^(?:leads|heads)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?(?:board|partnership(?:\s+board)?)$",
                            re.IGNORECASE)
THE_BOARD_CHAIR_RE = re.compile(r"^(?:the\s+)?(?:board\s+chair(?:man|woman|person)?|chair(?:man|woman|person)?\s+of\s+the\s+"
                                r"(?:partnership\s+|management\s+)?board)$|"
                                # 'Mr Jones, who chairs the Board, said', 'who also chairs the partnership board'
                                r"^(?:chairs|chaired|leads|heads)\s+the\s+(?:partnership\s+|management\s+)?board$",
                                re.IGNORECASE)
# (a board's own initials too: 'Chair of the Northshire YJMB')
YOUTH_JUSTICE_BOARD_RE = re.compile(r"\b(?:youth|yos|yot|yjs|management|offending|justice|yjmb|yjpb|yosmb|yotmb)\b",
                                    re.IGNORECASE)
# (a safeguarding board's, and the Local Criminal Justice Board's: another partnership's board, its chair no youth
# justice board's; 'justice' alone would take 'Chair of the Local Criminal Justice Board' for one)
SAFEGUARDING_RE = re.compile(r"\bsafeguarding\b|\bcriminal\s+justice\b|\bLCJB\b", re.IGNORECASE)
# 'Head of Youth Inspections', or as a verb: 'who heads the Inspectorate's youth inspection programme', or the post
# described: 'who leads the Inspectorate's youth work'
HEAD_OF_INSPECTIONS_RE = re.compile(r"\bhead(?:\s+of|s|ed)\s+(?:[\w'’-]+\s+){0,5}?inspections?\b|"
                                    r"\bleads?\s+(?:the\s+)?inspectorate['’]s\s+(?:youth|youth\s+justice)\s+"
                                    r"(?:work|inspections?|inspection\s+programme)\b", re.IGNORECASE)
KEY_ROLE_RE = re.compile(
    r"\b(?:(?:HM|Her\s+Majesty['’]s|His\s+Majesty['’]s)\s+)?(?:(?:Assistant|Deputy)\s+)?(?<!Detective\s)Chief\s+Inspector"
    # ('Cllr Jo Lee, the district cabinet member,': the council's kind, in lower case, part of the post)
    r"(?:\s+of\s+[A-Z]\w+)?|\b(?-i:(?:district|county|borough|city)\s+)?(?:Cabinet|Executive|Lead)\s+Member"
    r"(?:\s+for\s+[^,.;:\n“”\"]{3,80})?|"
    r"\bPortfolio\s+Holder(?:\s+for\s+[^,.;:\n“”\"]{3,80})?|(?<!deputy\s)(?<!assistant\s)\blead\s+inspector\b|"
    # 'the Leader, Cllr Jo Lee', 'The Leader of Westmere County Borough Council, Councillor Jo Lee,', 'the Leader of the
    # Council, County Councillor Jo Lee': the council's
    r"\bthe\s+(?-i:Leader)(?:\s+of\s+(?:the\s+(?-i:Council)|(?:(?-i:[A-Z])[\w'’-]*+\s+){1,4}(?-i:Council)))?"
    r"(?=,\s*(?:(?:County|Borough|City|District|Town)\s+)?(?:Cllr|Councillor)\b)|"
    # 'Cabinet (Chair: Cllr Jo Lee, Leader of the Council)': the Leader after the name and its comma (no deputy's), the
    # council named too ('Councillor Jo Lee, Leader of Westmere County Council, and')
    r"(?<=,[^\S\n])(?-i:Leader)[^\S\n]++of[^\S\n]++(?:the[^\S\n]++|(?:(?-i:[A-Z])[\w'’-]*+[^\S\n]++){1,4})"
    r"(?-i:Council)\b|" + BOARD_CHAIR,
    re.IGNORECASE,
)
# 'The Board is chaired by X', 'the partnership board, chaired since April 2022 by X', 'The Board meets every quarter and
# is chaired by X', 'has been chaired since 2019 by X': the words between stay in the board's sentence and name no
# other board ('a partnership governed by the YOS Management Board, chaired by X': the board nearest the verb; 'the
# Board, the partnership which oversees the service, is chaired by' names one).
CHAIRED_BY_RE = re.compile(r"\b(?:board|partnership)\b(?![^\S\n]*+\n?[^\S\n]*+(?:board|partnership)\b)(?P<between>(?:(?!\n[^\S\n]*\n|\bboard\b)[^.;:“”\"]){0,60}?)\bchaired\s+"
                           r"(?:(?:since|from|in|until)\s+(?:\w+\s+){1,3}?)?by\s+", re.IGNORECASE)
# A children's portfolio written as held ('who holds the children and families portfolio'): a cabinet member's.
PORTFOLIO_RE = re.compile(r"^(?:who\s+)?(?:holds\s+)?(?:the\s+)?(?:[\w'’,&-]+\s+){0,8}?portfolio$", re.IGNORECASE)
# 'Councillor X, speaking as Cabinet Member for Children, Young People and Families, told the Committee': the post a
# speaker speaks in, commas and all.
SPEAKING_AS_RE = re.compile(r"\s*,\s*(?:speaking|writing|responding)\s+as\s+(?:the\s+)?([^()“”\"]{3,120}?)\s*,\s*", re.IGNORECASE)
# 'Cllr Jo Bloggs (Liberal Democrat, Harbourside) said': a councillor's party and ward in brackets.
BRACKETED_GAP_RE = re.compile(r"\s*\(([^()]{1,120})\)\s*")
# 'Jo Bloggs, Corporate Director – People, who chairs the Youth Justice Board, said': the post, then a relative clause
# that states another (read by `clause_post`).
POST_THEN_CLAUSE_RE = re.compile(r"\s*,([^,()“”\"]{2,120}),\s*who\s[^,()“”\"]{3,160},\s*")
# 'Councillor Hall, the Cabinet Member for Children, thanked the Committee and said': a post set off by commas, then
# another verb of the speaker's joined to the speech verb by 'and'.
# ('..., also attended and observed the meeting' is no speech)
POST_THEN_VERB_GAP_RE = re.compile(r"\s*,\s*([^,()“”\"]{3,120}?)\s*,\s+(?![\w\s]*\battend)[a-z][\w’'\s]{0,60}?\band\s+")
# 'Hugh Carrow of Eastmarch Police, who said': the speaker's body, then a relative clause that speaks; or a clause
# that says what they do, the speech verb after its comma ('Hugh Carrow of Eastmarch Police, who leads for the force on
# children, added').
RELATIVE_GAP_RE = re.compile(r"(?:\s+(?:of|from|at)\s+[A-Z][^,.;:()“”\"]{0,60})?\s*,\s*who\s+(?:[^,.;:()“”\"]{3,160},\s*)?")
# A post's title in Title Case may run on past its commas ('Cabinet Member for Children, Young People and Families'):
# what follows a comma is still the title while it is capitalised words, 'and' and '&'.
# 'Superintendent Jo Hart of Wexmoor Police said': the speaker's body after 'of', 'from' or 'at', with no comma.
OF_BODY_GAP_RE = re.compile(r"\s+(?:of|from|at)\s+(?P<body>(?:the\s+)?[A-Z][\w'’&-]*+"
                            r"(?:\s+(?:(?:and|&|of|for)\s+)?[A-Z][\w'’&-]*+){0,5})\s+")
POST_RUN_ON = r"(?:\s*,?\s+(?:(?:and|&|of|the|for)\s+)*[A-Z][\w'’-]*)+"
RUN_ON_PIECES = 3
POSSESSIVE_RE = re.compile(r"^(?:the\s+)?([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})['’]s?\s+(.*)$", re.DOTALL)


@dataclass(frozen=True)
class Speaker:
    """A person a document quotes, the role written beside the name, and the words that say so."""

    name: NameMatch
    role: Span | None
    owner: str | None  # the organisation named in a possessive: "Devon's Cabinet member"
    evidence: Span


def quoted_people(ctx: Context, area: str | None, *, posts_only: bool = False, attendees: bool = False) -> None:
    """Every speaker `quoted`, and the relation their post gives; posts_only: only speakers who hold a key post
    (in a plan or a council paper, where anyone else quoted is not what the document is about), and with `attendees`
    those the minutes list at the meeting too ('Jo Bloggs said that two providers had been approved')."""
    youth_justice = about_youth_justice(ctx.text)
    known = {name_key(role.name) for role in ctx.roles if role.relation in ATTENDING_RELATIONS} if attendees else set()
    for speaker in speakers(ctx.text, known):
        role = role_text(speaker.role)
        relation = post_relation(role, youth_justice=youth_justice)
        # 'Chief Inspector Lyle Dunn said': a police officer's rank written as a title, not the inspectorate's chief
        # (in the inspectorate's own release it is its chief's title: 'HM INSPECTORATE OF PROBATION - NEWS')
        police_rank = relation == "chief_inspector" and ctx.home_body != INSPECTORATE \
            and _rank_before_name(ctx.text, speaker.role, speaker.name)
        if police_rank:
            relation = None
        clause = clause_post(ctx.text, speaker.role, speaker.evidence.end) if speaker.role else None
        clause_relation = post_relation(clause.text, youth_justice=youth_justice) if clause else None
        if posts_only and relation is None and clause_relation is None and not _holds_key_post(ctx, speaker.name) \
                and not (attendees and _attended(ctx, speaker.name)):
            continue
        organisation = ctx.police_force if police_rank else _organisation(ctx, role, speaker.owner, area)
        role_span = speaker.role or None
        held, key_post = _two_posts(ctx.text, speaker.role, youth_justice=youth_justice) if speaker.role else (None, None)
        if held and key_post:  # 'the council's Director for People and chair of the Board': speaks in the first
            ctx.person_role(speaker.name, "quoted", speaker.evidence, role=role_text(held), role_span=held,
                            organisation=_organisation(ctx, role_text(held), speaker.owner, area))
            key_relation = post_relation(key_post.text, youth_justice=youth_justice)  # the second post's, not the whole's
            ctx.person_role(speaker.name, str(key_relation), speaker.evidence, role=role_text(key_post), role_span=key_post,
                            organisation=_organisation(ctx, role_text(key_post), None, area))
            continue
        ctx.person_role(speaker.name, "quoted", speaker.evidence, role=role, organisation=organisation,
                        role_span=role_span)
        if relation:
            ctx.person_role(speaker.name, relation, speaker.evidence, role=role, organisation=organisation,
                            role_span=role_span)
        if clause and clause_relation and clause_relation != relation:  # ', who chairs the Board,': that post too
            ctx.person_role(speaker.name, clause_relation, speaker.evidence, role=role_text(clause), role_span=clause,
                            organisation=_organisation(ctx, role_text(clause), None, area))
    post_holders_quoted(ctx, area, youth_justice=youth_justice)


def clause_post(text: str, role: Span, end: int) -> Span | None:
    """The post a relative clause just after a speaker's post states ('Corporate Director, who chairs the Board,')."""
    after = re.compile(r"\s*,\s*(?=who\s)").match(text, role.end, end)
    if after is None:
        return None
    stop = text.find(",", after.end(), end)
    return relative_post(text, after.end(), stop if stop >= 0 else end)


def _two_posts(text: str, role: Span, *, youth_justice: bool) -> tuple[Span | None, Span | None]:
    """'the council's Corporate Director for People and chair of the Youth Justice Management Board': a post held, then
    after 'and' the key post (one that gives a relation of its own), as two spans; (None, None) if the role is one."""
    for joint in re.finditer(r"\s+and\s+", role.text):
        before = trim(text, role.start, role.start + joint.start())
        after = trim(text, role.start + joint.end(), role.end)
        if before and after and post_relation(after.text, youth_justice=youth_justice) \
                and not post_relation(before.text, youth_justice=youth_justice) and _is_post(before.text):
            return before, after
    return None, None


KEY_POST_RELATIONS = frozenset({"chief_inspector", "cabinet_member", "board_chair", "panel_chair", "lead_inspector",
                                "head_of_inspections"})


MEMBER_RELATIONS = frozenset({"board_member", "board_chair"})


def members_quoted(ctx: Context, area: str | None) -> None:
    """A member the document's membership list names in full, quoted where they speak under their full name ('Jo Lee,
    Head of Service, said: "..."'): a plan of no meeting quotes its board's members as minutes quote those present."""
    members = {name_key(role.name) for role in ctx.roles if role.relation in MEMBER_RELATIONS and not role.surname_only}
    if not members:
        return
    for speaker in speakers(ctx.text, members):
        if speaker.name.surname_only or name_key(speaker.name.name) not in members:
            continue
        role = role_text(speaker.role) if speaker.role else None
        ctx.person_role(speaker.name, "quoted", speaker.evidence, role=role, role_span=speaker.role or None,
                        organisation=_organisation(ctx, role, speaker.owner, area))


def _holds_key_post(ctx: Context, name: NameMatch) -> bool:
    """'Cllr Hryhorenko-Blake thanked the staff and said': a speaker the document has already named in a key post
    (the Cabinet Member listed as attending), though the post is not written where they speak."""
    key = name_key(name.name)
    # the post's holder named short in the form's label ('Cabinet Member: Cllr A. Greave'), in full where they speak
    return any((role.relation in KEY_POST_RELATIONS or post_relation(role.role) is not None)
               and (name_key(role.name) == key or name.surname_only and name_key(role.name).endswith(" " + key)
                    or short_form_of(name_key(role.name), key))
               for role in ctx.roles)


ATTENDING_RELATIONS = frozenset({"present_at_meeting", "officer_attending", "board_member", "panel_member", "board_chair",
                                 "panel_chair", "panel_vice_chair", "standing_deputy"})


def _attended(ctx: Context, name: NameMatch) -> bool:
    """A speaker the minutes list at the meeting, named in full where they speak; or an officer attending named by title
    and surname ('Ms Bloggs said that'), the one officer listed with that surname (most keys quote them: u126, u134,
    u137, u146, u155, u160; u25 does not)."""
    key = name_key(name.name)
    if not name.surname_only:  # listed with initials ('Councillor G. Morgan'), named in full where they speak
        # ... or listed in full and named by initial and surname where they speak ('D Ferraby said the gap had narrowed')
        return any(role.relation in ATTENDING_RELATIONS and (
            name_key(role.name) == key or short_form_of(name_key(role.name), key) or short_form_of(key, name_key(role.name)))
            for role in ctx.roles)
    officers = {name_key(role.name) for role in ctx.roles if role.relation == "officer_attending"
                and name_key(role.name).endswith(" " + key)}
    if len(officers) == 1 and name.title != "Councillor":
        return True
    # 'Inspector Drury added', 'Dr Venkataraman said', 'CI Oakhurst replied': a rank or an honorific and the surname of
    # the one person the lists name at the meeting with it (a member as much as an officer)
    # (not a councillor at a council committee's meeting, who sits on it: 'Councillor Haddow added that a site visit
    # should be arranged' is a member's question or motion, which the keys do not quote; a board's councillor they do,
    # and a cabinet member is `_holds_key_post`'s)
    listed = {name_key(role.name) for role in ctx.roles if role.relation in ATTENDING_RELATIONS and not role.surname_only
              and name_key(role.name).endswith(" " + key)}
    if name.title == "Councillor" and (ctx.family in COMMITTEE_FAMILIES or any(
            role.relation in COMMITTEE_RELATIONS and name_key(role.name) in listed for role in ctx.roles)):
        return False
    return len(listed) == 1 and bool(name.title) and _one_with_surname(ctx, key)


COMMITTEE_RELATIONS = frozenset({"panel_member", "panel_chair", "panel_vice_chair"})
COMMITTEE_FAMILIES = frozenset({"council_papers"})  # a council's committee's papers and minutes


def _one_with_surname(ctx: Context, key: str) -> bool:
    """No one else the document names in full has the surname (an apology, a report's author): 'Dr Venkataraman' is
    the attendee only where she is the one Venkataraman."""
    return len({name_key(role.name) for role in ctx.roles if not role.surname_only
                and (name_key(role.name).endswith(" " + key) or name_key(role.name) == key)}) == 1


# 'The Cabinet Member, who also chairs the Youth Offending Service Management Board, said': a key post with no name,
# then perhaps a relative clause with another post, as the whole subject of a speech verb.
# (a post may hold a comma before a word in capitals, as a list writes it: 'The Strategic Director, People explained')
POST_SUBJECT_RE = re.compile(r"(?i:the)\s+(?P<post>[A-Z](?:[^,()“”\"\n]|\n(?![^\S\n]*\n)|,(?=[^\S\n]?[A-Z])){2,80}?)(?:\s*,\s*(?P<clause>who\s+[^,()“”\"]{3,160}?)\s*,)?\s*")


# A paragraph's number or an item's letter before its first sentence: '4.2  ', '(c) ', 'b) '.
PARAGRAPH_NUMBER_RE = re.compile(r"(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(?[a-z0-9]{1,4}\))[^\S\n]+")
# (its question's subject may take a relative clause of its own: 'about the reoffending rate, which at 41.2% was
# above the England and Wales average of 38.4%, the Leader said')
ADVERBIAL_LEAD_RE = re.compile(r"(?:in\s+(?:response|reply|answer)\s+to|following|after)\b[^,.;:“”\"]{0,120}?,\s*"
                               r"(?:(?:which|who)\s(?:[^,;:“”\"]|,(?=\d)){0,120}?,(?!\d)\s*)?", re.IGNORECASE)  # ('100,000': no clause's end)


def post_holders_quoted(ctx: Context, area: str | None, *, youth_justice: bool) -> None:
    """A key post that speaks with no name ('The Cabinet Member said') is the one person the document names in
    that post: `quoted`, and holding the post a relative clause gives them ('who also chairs the Board'); after a
    lead clause too ('In response to a question from X, the Cabinet Member said')."""
    text = ctx.text
    regions = quoted_regions(text)
    memo: HolderMemo = {}
    for verb in SPEECH_VERB_RE.finditer(text):
        if inside(regions, verb.start()) or verb.group(0).lower().startswith("according"):
            continue
        begin = wrapped_sentence_start(text, verb.start())
        numbered = PARAGRAPH_NUMBER_RE.match(text, begin, verb.start())  # '4.2  The Cabinet Member commented:'
        begin = numbered.end() if numbered else begin
        lead = ADVERBIAL_LEAD_RE.match(text, begin, verb.start())  # 'In response to a question from X, the Director replied'
        subject = POST_SUBJECT_RE.fullmatch(text, lead.end() if lead else begin, verb.start())
        if not subject:
            told = _post_before_pronoun(ctx, begin, verb.start(), memo, youth_justice=youth_justice)
            if told is not None:  # 'The Cabinet Member introduced the report. He said that ...'
                holder, post, opened = told
                ctx.person_role(holder.name, "quoted", span(text, opened, verb.end()), role=" ".join(post.text.split()),
                                role_span=post, title=holder.title,
                                organisation=holder.organisation or organisation_for_role(post.text, area))
            continue
        if find_names(text, subject.start(), subject.end()):
            continue
        post = _post_words(text, trim(text, subject.start("post"), subject.end("post")))
        relation = post_relation(subject.group("post"), youth_justice=youth_justice)
        holder = _post_holder(ctx, subject.group("post"), post, relation, memo)
        if holder is None:
            continue
        evidence = span(text, subject.start(), verb.end())
        # (the post the list gives in full where the words spoken are its short form: 'the Head of Service' of the
        # 'Head of Youth Offending Service' listed)
        listed = holder.role if holder.role and _post_short_for(holder.role, FOLDED_WORD_RE.findall(post.text.lower())) \
            else None
        ctx.person_role(holder.name, "quoted", evidence, role=listed or " ".join(post.text.split()),
                        role_span=None if listed else post, title=holder.title,
                        organisation=holder.organisation or organisation_for_role(post.text, area))
        also = relative_post(text, subject.start("clause"), subject.end("clause")) if subject.group("clause") else None
        other = post_relation(also.text, youth_justice=youth_justice) if also else None
        if also and other and other != relation:
            ctx.person_role(holder.name, other, evidence, role=role_text(also), role_span=also, title=holder.title,
                            organisation=organisation_for_role(also.text, area))


MEETING_CHAIR_RE = re.compile(r"Chair(?:man|woman|person)?")


HolderMemo = dict[tuple[str, str, str | None], PendingRole | None]


def _post_holder(ctx: Context, written: str, post: Span, relation: str | None, memo: HolderMemo) -> PendingRole | None:
    """The one person a post that speaks with no name stands for: the holder of the relation it gives, the one holder
    of a key post opening with its words, or the one attendee listed in a post opening with them. Asked once a post a
    reading (`memo`): the roles it looks through grow with every quote it resolves, and minutes repeat 'The Director
    said' (the quotes it adds are no one's post or attendance, so the answer stands)."""
    asked = (" ".join(written.split()), " ".join(post.text.split()), relation)
    if asked not in memo:
        memo[asked] = _post_holder_of(ctx, written, post, relation)
    return memo[asked]


def _post_holder_of(ctx: Context, written: str, post: Span, relation: str | None) -> PendingRole | None:
    if relation is None and MEETING_CHAIR_RE.fullmatch(post.text):
        relation = _meeting_chair(ctx)  # 'The Chair thanked officers and said': the one who chaired the meeting
    return (_one_person(r for r in ctx.roles if r.relation == relation) if relation else None) or \
        _one_holder_of(ctx, written) or _one_attendee_in(ctx, post.text)


# The sentence before a pronoun's, opened by a post and no name: 'The Cabinet Member introduced the report.'
POST_OPENING_RE = re.compile(r"(?i:the)[^\S\n]+(?=[A-Z])")


def _post_before_pronoun(ctx: Context, begin: int, verb: int, memo: HolderMemo, *,
                         youth_justice: bool) -> tuple[PendingRole, Span, int] | None:
    """'The Cabinet Member introduced the report. He said that ...': 'He' or 'She' opening the sentence speaks for the
    post that opens the sentence before, where that sentence names no one and the post resolves to one person; the
    holder, the post's words and where the sentence before begins."""
    text = ctx.text
    if begin == 0 or PRONOUN_SUBJECT_RE.fullmatch(text, begin, verb) is None:
        return None
    end = begin
    while end > 0 and text[end - 1].isspace():  # (stepped back, not the text before copied: a pronoun a sentence)
        end -= 1
    before = wrapped_sentence_start(text, max(0, end - 1))
    opening = POST_OPENING_RE.match(text, before, begin)
    if opening is None or find_names(text, before, begin, strict=False):
        return None
    post = _post_words(text, trim(text, opening.end(), begin))
    if post.end >= begin or not _is_post(post.text):
        return None  # (a post that runs to the sentence's end is no subject of a verb)
    holder = _post_holder(ctx, post.text, post, post_relation(post.text, youth_justice=youth_justice), memo)
    return (holder, post, before) if holder is not None else None


def _meeting_chair(ctx: Context) -> str | None:
    """The relation of whoever the minutes list as chairing the meeting: a panel's chair, else a board's."""
    relations = {r.relation for r in ctx.roles}
    return next((relation for relation in ("panel_chair", "board_chair") if relation in relations), None)


def _one_holder_of(ctx: Context, post: str) -> PendingRole | None:
    """'The Leader said': the one person the document gives a key post that opens with the words ('Leader of the
    Council'), none where two hold it or the words name no post ('The Director explained' is an officer's answer)."""
    return _sole_holder(ctx, post, key_post=True) if _is_post(post) else None


def _one_attendee_in(ctx: Context, post: str) -> PendingRole | None:
    """'The Director of Children's Services replied', 'The Corporate Director explained': the one person the minutes
    list at the meeting in a post that opens with the words (any post, not only a key one: the list says who sat in it);
    none where two attendees hold it, for a chair (whose holder `_meeting_chair` reads), or where no list was read."""
    if not _is_post(post) or re.match(r"chair", post.strip(), re.IGNORECASE):
        return None
    words = FOLDED_WORD_RE.findall(post.lower())
    listed = _one_person(r for r in ctx.roles if r.relation in ATTENDING_RELATIONS and r.role
                         and _post_opens_with(r.role, words)) or \
        _one_person(r for r in ctx.roles if r.relation in ATTENDING_RELATIONS and r.role and _post_short_for(r.role, words))
    if listed is not None:
        return listed
    # 'Officers: P. Lamberton' over 'a report of the Director of Children's Services (Priya Lamberton)': the one
    # person the document gives the post anywhere, where the minutes list them at the meeting
    holder = _one_person(r for r in ctx.roles if r.role and _post_opens_with(r.role, words))
    if holder is None:
        return None
    key = name_key(holder.name)
    return holder if any(r.relation in ATTENDING_RELATIONS and (name_key(r.name) == key or short_form_of(
        name_key(r.name), key) or short_form_of(key, name_key(r.name))) for r in ctx.roles) else None


def _post_opens_with(role: str, words: list[str]) -> bool:
    """Whether a listed post opens with these words, or one of its tongues does where a bilingual list parts them by
    a slash ('Prif Weithredwr / Chief Executive' is the 'Chief Executive' who speaks)."""
    return any(FOLDED_WORD_RE.findall(part.lower())[:len(words)] == words for part in [role, *role.split(" / ")[1:]])


def _post_short_for(role: str, words: list[str]) -> bool:
    """Whether the spoken post is the listed one with words in its middle left out ('the Head of Service' for the 'Head
    of Youth Offending Service' the list names): the same first and last words, the others in the listed order."""
    listed_words = FOLDED_WORD_RE.findall(role.lower())
    listed = iter(listed_words)  # (each word looked for after the last one found: the listed order)
    return len(words) >= 2 and listed_words[:1] == words[:1] and all(word in listed for word in words) \
        and next(listed, None) is None


FOLDED_WORD_RE = re.compile(r"[a-z]+")  # a post's words, lower-cased, to compare two writings of it


def _sole_holder(ctx: Context, post: str, *, key_post: bool = False) -> PendingRole | None:
    """The one person the document gives a post that opens with the words of `post`, compared word by word
    ('Corporate Director – Social Services' is the 'Corporate Director - Social Services' of a list); none where two
    hold it. key_post: only a post that gives a relation of its own."""
    words = FOLDED_WORD_RE.findall(post.lower())
    return _one_person(r for r in ctx.roles if r.role and FOLDED_WORD_RE.findall(r.role.lower())[:len(words)] == words
                       and (not key_post or post_relation(r.role) in KEY_POST_RELATIONS))


def _one_person(roles: Iterable[PendingRole]) -> PendingRole | None:
    """The one person these roles are given to (a surname alone names no one), none where they are two or more; a name
    written short is the one it may be short for ('Councillor R. Tattersall (Chairman)' over the register's 'Rhona
    Tattersall (Chairman)' is one chair), the fuller form kept."""
    people = {name_key(r.name): r for r in roles if not r.surname_only}
    people = {key: role for key, role in people.items() if not any(other != key and short_form_of(key, other) for other in people)}
    return next(iter(people.values())) if len(people) == 1 else None


POST_WORD_RE = re.compile(r"[A-Z][\w'’&-]*|for|of|and|the|&")


def _post_words(text: str, post: Span) -> Span:
    """'Cabinet Member thanked the staff team and': the post's own words, up to the first that is none of a title."""
    end = post.start
    for word in re.finditer(r"\S+", post.text):
        if not POST_WORD_RE.fullmatch(word.group(0).rstrip(",")):
            break
        end = post.start + word.end()
    while (trimmed := re.sub(r"\s+(?:for|of|and|the|&)$", "", text[post.start:end])) != text[post.start:end]:
        end = post.start + len(trimmed)
    return span(text, post.start, end) if end > post.start else post


def key_posts(ctx: Context, area: str | None, *, attendees: bool = False) -> None:
    """The holders of key posts in a document of any family: quoted where they speak, and named beside their post
    (in minutes, with `attendees`, those listed at the meeting are quoted where they speak too)."""
    key_role_holders(ctx, area)
    board_chaired_by(ctx, area)
    service_led_by(ctx, area)
    officers_preparing(ctx, area)
    boards_chaired_by_subject(ctx, area)
    committee_chair(ctx, area)
    board_its_chair(ctx, area)
    chairs_named_by_post(ctx)
    board_vice_chairs(ctx, area)
    # after the posts: 'Councillor Penhallow said' speaks as the Cabinet Member the minutes named in full above
    quoted_people(ctx, area, posts_only=True, attendees=attendees)


# 'The Corporate Director, who chairs the Youth Offending Service Management Board, reported', 'The Corporate Director,
# as Chair of the Management Board, reported': a post with no name, then the board it chairs.
# (the gap before the clause taken whole, once: a run of blanks after the post is crossed in one step)
POST_CHAIRS_RE = re.compile(r"\b[Tt]he\s++(?P<post>[A-Z][^,.;:()\n“”\"]{2,60}?)(?:\s*+,)?\s++(?P<chair>(?:who\s+(?:also\s+)?chairs|"
                            r"as\s+(?:the\s+)?[Cc]hair\s+of)\s+the\s+[^,.;:]{0,80}?\b[Bb]oard)\b")
THE_POST_RE = re.compile(r"the\s+(?=[A-Z])")
CHAIR_CLAUSE_LEAD_RE = re.compile(r"^(?:who\s+(?:also\s+)?|as\s+(?:the\s+)?)")


def chairs_named_by_post(ctx: Context) -> None:
    """A youth justice board chaired by a post the document names no one beside ('chaired by the Corporate Director –
    Social Services', 'the Corporate Director, who chairs the Board'): its chair is the one person the document lists
    in that post (among those present, or signing)."""
    text = ctx.text
    for match in POST_CHAIRS_RE.finditer(text):
        chair = CHAIR_CLAUSE_LEAD_RE.sub("", match.group("chair"))  # 'chairs the X Board', 'Chair of the X Board'
        _chair_by_post(ctx, span(text, match.start("post"), match.end("post")), match.group("chair"),
                       span(text, match.start(), match.end()), span(text, match.end("chair") - len(chair), match.end("chair")))
    for match in _boards_chaired(text):
        post = THE_POST_RE.match(text, match.end())
        if post is None:
            continue
        end = clause_end(text, match.end(), 120)
        post_span = trim(text, post.end(), end)
        _chair_by_post(ctx, post_span, text[clause_start(text, match.start(), 120):match.end()],
                       span(text, clause_start(text, match.start(), 120), post_span.end))


def _chair_by_post(ctx: Context, post: Span, board: str, evidence: Span, role: Span | None = None) -> None:
    if find_names(ctx.text, post.start, post.end) or not any(is_post_word(word) for word in post.text.split()) or \
            not YOUTH_JUSTICE_BOARD_RE.search(board) or SAFEGUARDING_RE.search(board):
        return
    holder = _sole_holder(ctx, post.text)
    if holder:
        ctx.person_role(holder.name, "board_chair", evidence, role=" ".join(role.text.split()) if role else "Chair",
                        role_span=role, title=holder.title)


YOUTH_JUSTICE_SERVICE_RE = re.compile(r"\b(?:YOS|YOT|YJS|youth\s+(?:offending|justice)\s+(?:service|team)s?)\b", re.IGNORECASE)


def about_youth_justice(text: str) -> bool:
    """Whether a document is about a youth justice service: it names one near its start."""
    return bool(YOUTH_JUSTICE_SERVICE_RE.search(text[:6000]))


# A council panel's or committee's chair named by the post in news, the panel named before ('The panel's chair,
# Councillor Jo Bloggs, said'); 'Chair of the Scrutiny Panel' alone may be another council's.
# 'who chairs the authority's Social Care and Health Scrutiny Committee': a relative clause naming the council's
# scrutiny committee or panel in full.
PANEL_CHAIR_RE = re.compile(r"^(?:the\s+)?(?:scrutiny\s+)?(?:panel|committee)['’]s\s+chair(?:man|woman)?$|"
                            r"^chairs\s+the\s+(?:(?:council|authority)['’]s\s+)?(?:[\w'’&,-]+\s+){0,8}?scrutiny\s+"
                            r"(?:committee|panel)$", re.IGNORECASE)


# 'the Leader' alone, in capitals, as a council's papers name its leader.
LEADER_RE = re.compile(r"(?:the\s+)?(?-i:Leader)", re.IGNORECASE)


def post_relation(role: str | None, *, youth_justice: bool = False) -> str | None:
    """The relation a post implies: a chief inspector, a cabinet member, a youth justice board's chair, the lead
    inspector or the head of the inspection programme. youth_justice: the document is about a youth justice service,
    so 'the Board' unqualified is its board."""
    if not role:
        return None
    role = " ".join(role.split())  # 'Assistant' / 'Chief Inspector' wrapped over two lines is one post
    if CHIEF_INSPECTOR_RE.search(role) and not POLICE_RANK_RE.search(role):
        return "chief_inspector"
    if CABINET_POST_RE.search(role) or PORTFOLIO_RE.search(role) or LEADER_RE.fullmatch(role.strip()):
        return "cabinet_member"
    chair = BOARD_CHAIR_RE.search(role) or LEADS_BOARD_RE.match(" ".join(role.split()))
    if chair and YOUTH_JUSTICE_BOARD_RE.search(chair.group(0)) and not SAFEGUARDING_RE.search(chair.group(0)) \
            or youth_justice and THE_BOARD_CHAIR_RE.match(" ".join(role.split())):
        return "board_chair"
    if PANEL_CHAIR_RE.match(" ".join(role.split())):
        return "panel_chair"
    if LEAD_INSPECTOR_RE.search(role):
        return "lead_inspector"
    if HEAD_OF_INSPECTIONS_RE.search(role):
        return "head_of_inspections"
    return None


def role_text(role: Span | None) -> str | None:
    if not role:
        return None
    return re.sub(r"^the\s+", "", " ".join(role.text.split()), flags=re.IGNORECASE)


def _organisation(ctx: Context, role: str | None, owner: str | None, area: str | None) -> str | None:
    if owner:
        if ctx.gazetteer.known_organisation(owner):
            return ctx.gazetteer.organisation(owner).name
        inspectorate = ctx.gazetteer.inspectorate_named(owner)
        if inspectorate:
            return inspectorate
        place = ctx.gazetteer.area_name(owner)
        return organisation_for_role(role, place) or f"{place} Council"
    return organisation_for_role(role, area)


# --- speakers -------------------------------------------------------------------------------

# A paper quoting a meeting's record, its minute in quotation marks ('The relevant minute reads: "Councillor X asked
# ... HQ explained that ..."'): the minute records who spoke at the meeting, as minutes do, so its words are read.
QUOTED_RECORD_RE = re.compile(r"\bminutes?[^\S\n]++(?:reads?|records?|states?)[^\S\n]*+:\s*+\Z", re.IGNORECASE)
RECORD_LEAD = 40  # characters before a quotation mark that may introduce the minute


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks; a quote left open ends with its paragraph (the next one reopens it). A minute
    quoted whole is no region: its speakers spoke at the meeting."""
    return [(start, end) for start, end in _quotation_marks(text)
            if QUOTED_RECORD_RE.search(text, max(0, start - 1 - RECORD_LEAD), start - 1) is None]


def _quotation_marks(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks; a quote left open ends with its paragraph (the next one reopens it)."""
    regions = []
    opened: int | None = None
    for match in re.finditer(r"[“”\"]|\n[ \t]*\n", text):
        mark, pos = match.group(0), match.start()
        if mark.strip() == "":
            if opened is not None:
                regions.append((opened, pos))
                opened = None
        elif opened is None and (mark == "“" or (mark == '"' and _opens(text, pos))):
            opened = pos + 1
        elif opened is not None and mark in "”\"":
            regions.append((opened, pos))
            opened = None
    if opened is not None:
        regions.append((opened, len(text)))
    return regions


def _opens(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def inside(regions: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in regions)


# A news item's attribution: 'Jo Bloggs – Head of Service' in a paragraph of its own (its post may wrap onto a second
# line), the words they said opening the next line with a quotation mark.
ATTRIBUTION_RE = re.compile(r"(?:^|\n[^\S\n]*\n)(?P<block>[^\S\n]*[A-Z][^\n“”\"]{3,160}(?:\n[^\S\n]*[A-Za-z][^\n“”\"]{1,100})?)"
                            r"\n[^\S\n]*[“\"]")
ATTRIBUTION_SEPARATOR_RE = re.compile(r"\s*(?:[–—-]|,)\s*")


def attributions(text: str) -> list[Speaker]:
    """The people a news item introduces above their words: a name, a dash or a comma and the post, then the quote."""
    found = []
    for match in ATTRIBUTION_RE.finditer(text):
        block = trim(text, match.start("block"), match.end("block"))
        names = find_names(text, block.start, block.end, strict=False)
        separator = ATTRIBUTION_SEPARATOR_RE.match(text, names[0].end, block.end) if names else None
        if not names or names[0].start != block.start or separator is None:
            continue
        role = trim(text, separator.end(), block.end)
        if role and _is_post(" ".join(role.text.split())):
            found.append(Speaker(names[0], role, None, block))
    return found


def speakers(text: str, known: Collection[str] = ()) -> list[Speaker]:
    """Every named person a speech verb outside quotation marks attributes words to, and every person a news item
    introduces above their words (a name the lexicon lacks only beside a post, or among the `known` name keys)."""
    regions = quoted_regions(text)
    found = attributions(text)
    for verb in SPEECH_VERB_RE.finditer(text):
        if inside(regions, verb.start()) or verb.group(0)[:1].isupper() and \
                is_column_heads(span(text, start_of_line(text, verb.start()), end_of_line(text, verb.end()))):
            continue  # 'Member   Attended   Comments': a register's head, no one speaking
        word = " ".join(verb.group(0).lower().split())
        if word in LISTENER_VERBS and WRITER_LISTENING_RE.match(text, verb.end()):
            continue  # 'the Head of Service, Jo Bloggs, tells me that ...': the writer reports what they heard
        speaker = None
        if word not in LISTENER_VERBS:
            speaker = _speaker_after(text, verb)
        if speaker is None and word not in SUBJECT_ONLY_VERBS:
            speaker = _speaker_before(text, verb, known) or _pronoun_speaker(text, verb)
        if speaker is not None:
            found.append(speaker)
    found.extend(_introduced_by_colon(text, regions))
    found.extend(_signed_under_quote(text, regions))
    return found


PRONOUN_SUBJECT_RE = re.compile(r"(?:He|She)\s+(?:also\s+|then\s+)?$")


def _pronoun_speaker(text: str, verb: re.Match[str]) -> Speaker | None:
    """'... is chaired by Jo Bloggs, the council's director. She said:': 'He' or 'She' opening the sentence is the one
    person the sentence before names in full."""
    begin = sentence_start(text, verb.start())
    pronoun = PRONOUN_SUBJECT_RE.fullmatch(text, begin, verb.start())
    if pronoun is None or begin == 0:
        return None
    end, named = begin, None
    for step in range(PRONOUN_REACH):  # (a sentence naming no one may come between: 'Mr X took members through the
        before = wrapped_sentence_start(text, max(0, len(text[:end].rstrip()) - 1))  # plan. Of the 11 actions, 7 ...')
        named = _one_named(text, before, end)
        if named and step and named.start != trim(text, before, end).start:
            named = None  # further back, only the subject opening its sentence ('The screening, led by X, had ...' is no X's)
        if named or find_names(text, before, end, strict=False) or before == 0 or "\n\n" in text[before:end].strip():
            break
        end = before
    if named is None:
        return None
    return Speaker(named, apposition_after(text, named, begin), None, span(text, named.start, verb.end()))


PRONOUN_REACH = 2  # sentences back to the one naming the person 'He' or 'She' stands for


def _one_named(text: str, before: int, end: int) -> NameMatch | None:
    """The one person text[before:end] names (outside brackets), by full name or else by title and surname."""
    named = {}
    for strict in (True, False):  # the one name the lexicon knows, before words in capitals ('the Full Joint Inspection')
        named = {name_key(n.name): n for n in _names_outside_brackets(text, before, end, strict=strict) if not n.surname_only}
        if len(named) == 1 or not named and any(n.surname_only and n.title for n in _names_outside_brackets(text, before, end)):
            break  # (none the lexicon knows, but 'Mr Aspinall explained that ... Risk of Serious Harm ...': the titled one)
    if not named:  # 'Mr Mwangi-Thomas drew Members' attention to ... He said': the one person named by title and surname
        named = {name_key(n.name): n for n in _names_outside_brackets(text, before, end) if n.surname_only and n.title}
    return next(iter(named.values())) if len(named) == 1 else None


def _names_outside_brackets(text: str, start: int, end: int, *, strict: bool = True) -> list[NameMatch]:
    """The names of text[start:end] but those inside brackets, where any stands outside: 'Councillor A introduced the
    report (report author: Jo Bloggs, Head of Service)' names the author aside, and A is the one 'He said' after it is;
    'The Head of Service (Jo Bloggs) introduced the report' names her in brackets alone."""
    names = find_names(text, start, end, strict=strict)
    outside = [name for name in names if text.count("(", start, name.start) <= text.count(")", start, name.start)]
    return outside or names


# 'Jo Bloggs, head of youth justice, paid tribute to his team: “...”': a name and its post open a sentence that a colon
# ends just before a quotation.
COLON_QUOTE_RE = re.compile(r":\s*[“\"]")


def _introduced_by_colon(text: str, regions: list[tuple[int, int]]) -> list[Speaker]:
    found = []
    for colon in COLON_QUOTE_RE.finditer(text):
        if inside(regions, colon.start()) or SPEECH_VERB_RE.search(text, max(0, colon.start() - 12), colon.start()):
            continue  # a speech verb before the colon is read as such
        begin = wrapped_sentence_start(text, colon.start())
        name = name_at(text, begin, colon.start(), strict=False)
        if name is None or name.start != begin or name.surname_only:
            continue
        post = apposition_after(text, name, colon.start())
        if post is not None and re.match(r"[^\S\n]*,[^\S\n]+[a-z]", text[post.end:colon.start()]):
            found.append(Speaker(name, post, None, span(text, name.start, colon.end() - 1)))
    return found


# A quote signed after its closing mark, on its line or the next: '..." - Councillor Jo Bloggs', '  - Cllr Jo Bloggs,
# Cabinet Member for Children' (the dash set off by blanks, as a signature is; a hyphen run into a word is no dash).
QUOTE_SIGNATURE_RE = re.compile(r"[^\S\n]*+\n?[^\S\n]*+[–—-][^\S\n]++(?=[A-Z])")


def _signed_under_quote(text: str, regions: list[tuple[int, int]]) -> list[Speaker]:
    """The people who sign a quote after its closing mark (see above): a whole name to the line's end, or a name and
    a post after a comma."""
    found = []
    for _, end in regions:
        signature = QUOTE_SIGNATURE_RE.match(text, end + 1) if text[end:end + 1] in ("”", '"') else None
        if signature is None:
            continue
        line_end = end_of_line(text, signature.end())
        name = name_at(text, signature.end(), line_end, strict=False)
        if name is None or name.start != signature.end() or name.surname_only:
            continue
        post = apposition_after(text, name, line_end)
        if not trim(text, post.end if post else name.end, line_end, " \t,."):
            found.append(Speaker(name, post, None, span(text, signature.end(), line_end)))
    return found


CLAUSE_IN_GAP_RE = re.compile(r"\b(?:that|was|were|would|will|had|has|have)\b|^(?:he|she|they|it|we|I)\b")


def _speaker_after(text: str, verb: re.Match[str]) -> Speaker | None:
    """'said Paul McDowell, Chief Inspector of Probation' / 'said the Chief Inspector, Jo Bloggs'."""
    end = clause_end(text, verb.end())
    name = _first_person(text, verb.end(), end)
    if name is None:
        return None
    gap = trim(text, verb.end(), name.start, " \t\n")  # '”, said' at a line's end, the speaker on the next
    if gap and (not _is_post(gap.text) or re.match(r"that\b", gap.text) or CLAUSE_IN_GAP_RE.search(gap.text)):
        # 'explained that the screening, led by HM Inspector Jo Lee, ...', 'said the lead member was seen, and that he
        # would brief the Leader, Cllr Jo Lee': what was said, not who said it
        return None
    role = apposition_after(text, name, end) or _relative_after(text, name, end) or (gap if gap else None)
    owner, role = _split_owner(text, role)
    last = max(name.end, role.end if role else 0)
    return Speaker(name, role, owner, span(text, verb.start(), last))


def _relative_after(text: str, name: NameMatch, end: int) -> Span | None:
    """'added Jo Bloggs, who has chaired the Northshire Youth Justice Board since 2021': the post a relative clause
    after the name states."""
    comma = re.match(r"\s*,", text[name.end:end])
    return relative_post(text, name.end + comma.end(), end) if comma else None


# A post between a speaker's name and the verb, set off by commas or brackets: two posts joined by 'and' over a line's
# break may run long (', Corporate Director for Social Services at' / 'Westmere County Borough Council and chair of the
# Youth Justice Management Board,').
APPOSITION_GAP_RE = re.compile(r"\s*[,(]([^,()]{0,180})[,)]?\s*")
# A verb's phrase between a speaker's comma and the speech verb, joined to it by 'and': 'X, thanked officers and said'.
COORDINATED_VERB_RE = re.compile(r"\s*,\s*[a-z][^,()]{0,120}?\band\s*")
QUESTIONER_LEAD_RE = re.compile(r"\b(?:in\s+(?:answer|response|reply)\s+to|replying\s+to|answering|asked\s+by)\s+"
                                r"(?:(?:a\s+)?question\s+from\s+)?(?:[^\s,]+\s+){0,2}$", re.IGNORECASE)


def _speaker_before(text: str, verb: re.Match[str], known: Collection[str] = ()) -> Speaker | None:
    """'Assistant chief inspector Helen Mercer says:' / 'Jo Bloggs, Head of Service, said' / 'Ms Bloggs concludes:'."""
    start = clause_start(text, verb.start())
    strict = True
    names = [n for n in find_names(text, start, verb.start()) if not _possessive(text, n)]
    if not names:
        strict = False  # a name the lexicon lacks, accepted below only beside a post
        names = [n for n in find_names(text, start, verb.start(), strict=False) if not _possessive(text, n)]
    if not names:
        ranked = _ranked_attendee(text, start, verb.start(), known)
        names, strict = ([ranked], True) if ranked else ([], strict)
    if not names:
        return None
    name = names[-1]
    if QUESTIONER_LEAD_RE.search(text, start, name.start):
        return None  # 'In answer to Councillor Bhatti, the Head of Service said': the name asked, the post speaks
    gap = text[name.end:verb.start()]
    apposition = APPOSITION_GAP_RE.fullmatch(gap) or _listing_post(gap) or SPEAKING_AS_RE.fullmatch(gap) or \
        BRACKETED_GAP_RE.fullmatch(gap) or POST_THEN_CLAUSE_RE.fullmatch(gap) or POST_THEN_VERB_GAP_RE.fullmatch(gap)
    body = _body_of_speaker(gap)
    if not (gap.strip() == "" or apposition or re.fullmatch(r"\s+[a-z][a-z ]{0,60}\band\s*", gap)
            or RELATIVE_GAP_RE.fullmatch(gap) or body):
        return None
    if apposition and COORDINATED_VERB_RE.fullmatch(gap):
        apposition = None  # 'The Chair, Councillor Ellingham, thanked officers and said': what they did, no post
    if apposition and re.fullmatch(r"\s*(?:aged\s+)?\d{1,2}\s*", apposition.group(1)):
        return None  # 'Dexter Hale, 15, said': an age marks a young person's story, not an official
    role: Span | None = None
    relative = apposition and relative_post(text, name.end + apposition.start(1), name.end + apposition.end(1))
    if relative:  # ', who chairs the X Board,': the post the clause states, without its 'who'
        role = relative
    elif apposition and _is_post(apposition.group(1)):
        role = trim(text, name.end + apposition.start(1), name.end + apposition.end(1))
    elif apposition:
        role = relative_post(text, name.end + apposition.start(1), name.end + apposition.end(1))
    if role is None:
        role = _role_before(text, start, name)
    if not strict and not role and not _known_name(name, known):
        return None
    owner, role = _split_owner(text, role)
    owner = owner or body
    colon = 1 if text[verb.end():verb.end() + 1] == ":" else 0
    first = min(name.start, role.start if role else name.start)
    if owner:
        first = min(first, text.rfind(owner, start, name.start) if owner in text[start:name.start] else first)
    return Speaker(name, role, owner, span(text, first, verb.end() + colon))


def _body_of_speaker(gap: str) -> str | None:
    """The body a speaker is 'of' between their name and the verb ('of Wexmoor Police', 'from the Westmere Youth
    Justice Service'), as it should be written; None where the words name no body ('of Westmere', a place)."""
    of_body = OF_BODY_GAP_RE.fullmatch(gap)
    if of_body is None:
        return None
    written = re.sub(r"^the\s+", "", of_body.group("body"))
    return organisation_named(written) or (written if is_body_word(written.split()[-1]) else None)


def _known_name(name: NameMatch, known: Collection[str]) -> bool:
    """The name is one the minutes list, or a short form of one the list gives in full: 'D Ferraby' or 'C. Threlfall'
    of 'Declan Ferraby' (one listed name only)."""
    key = name_key(name.name)
    return key in known or not name.surname_only and sum(short_form_of(key, listed) for listed in known) == 1


# ', cabinet member for children, young people and families at X Council,': a post whose remit is a list, its commas
# inside the apposition, ended by 'and' before its last item.
LISTING_POST_RE = re.compile(r"\s*,((?:[^,()]{1,80},){1,3}[^,()]{0,40}\band\s[^,()]{1,80}),\s*")


def _listing_post(gap: str) -> re.Match[str] | None:
    listing = LISTING_POST_RE.fullmatch(gap)
    return listing if listing and _is_post(listing.group(1).split(",")[0]) else None


# 'Sergeant Yilmaz-Hart said': a rank or post of a word or three, then a surname, just before the verb.
RANKED_SURNAME_RE = re.compile(r"(?P<rank>(?:[A-Z][a-z]+\s+){1,3})(?P<surname>[A-Z][\w'’-]+)\s*$")


WORD_REACH = 40  # characters: the rest of a word the page's end hyphenated, before the verb


def _ranked_attendee(text: str, start: int, end: int, known: Collection[str]) -> NameMatch | None:
    """'Sergeant Yilmaz-Hart said': a rank, which no lexicon reads as a title, then the surname of the one person the
    minutes list with it (known name keys), as that surname with its rank (the rank's words only: 'Later Sergeant X');
    the surname may be hyphenated over a page's footer ('Inspector Har-' / the footer / 'rop said')."""
    rest = re.search(r"[a-z]++\s*+$", text[max(start, end - WORD_REACH):end])
    half = hyphenated_half_before(text, end - len(rest.group(0))) if rest else None
    ranked = RANKED_SURNAME_RE.search(text, start, half - 1) if half and start < half else \
        RANKED_SURNAME_RE.search(text, start, end)
    if ranked is None:
        return None
    surname = ranked.group("surname") + rest.group(0).strip() if half and rest else ranked.group("surname")
    words = list(re.finditer(r"\S+", ranked.group("rank")))
    while words and not all(is_post_word(word.group(0)) for word in words):
        words = words[1:]
    key = name_key(surname)
    if not words or not key or sum(1 for listed in known if listed.endswith(" " + key)) != 1:
        return None
    rank = " ".join(word.group(0) for word in words)
    return NameMatch(ranked.start("rank") + words[0].start(), end - len(rest.group(0)) + len(rest.group(0).strip())
                     if half and rest else ranked.end("surname"), surname, rank, surname_only=True)


# 'who chairs the X Board and is the council's Director of Children's Services', 'who holds the children's portfolio':
# a relative clause that states posts, one per clause joined by 'and'; the first is the one the person speaks in.
RELATIVE_POST_RE = re.compile(r"\s*who\s+(?:also\s+)?(?:(?:is|was)\s+(?:also\s+)?(?:the\s+)?|holds\s+the\s+|"
                              r"(?:has\s+)?(?=(?:chair|lead|head)(?:s|ed)\b|led\b))",
                              re.IGNORECASE)
NEXT_POST_RE = re.compile(r"\s+and\s+(?:also\s+)?(?:is|was|holds|chairs|leads|heads)\b", re.IGNORECASE)


def relative_post(text: str, start: int, end: int) -> Span | None:
    """The first post a relative clause after a name states ('who chairs the X Board and is ...' -> 'chairs the X
    Board'; 'who holds the children and families portfolio' -> 'children and families portfolio')."""
    lead = RELATIVE_POST_RE.match(text, start, end)
    if not lead:
        return None
    following = NEXT_POST_RE.search(text, lead.end(), end)
    role = trim(text, lead.end(), following.start() if following else end)
    return role if role and (_is_post(role.text) or post_relation(role.text)) else None


def _first_person(text: str, start: int, end: int) -> NameMatch | None:
    names = find_names(text, start, end)
    if names:
        return names[0]
    loose = find_names(text, start, end, strict=False)
    if loose and apposition_after(text, loose[0], end):
        return loose[0]  # a name the lexicon lacks, vouched for by the post written after it
    return None


def _possessive(text: str, name: NameMatch) -> bool:
    return bool(re.match(r"['’]s?\b", text[name.end:name.end + 2]))


def apposition_after(text: str, name: NameMatch, end: int) -> Span | None:
    """', Chief Inspector of Probation' or ' (Head of Service)' written after a name."""
    # a post may wrap onto the next line mid-phrase ('the council's portfolio' / 'holder for children's services'), the
    # next line set in as the paragraph is
    match = re.match(r"\s*(?:,|\(|-|–|—)\s*(?:who\s+is\s+|the\s+)?([^,()\n“”\"]{2,120}(?:\n[^\S\n]{0,12}(?=[a-z])[^,()\n“”\"]{1,80})?)",
                     text[name.end:end])
    if not match:
        return None
    role = trim(text, name.end + match.start(1), name.end + match.end(1))
    relative = role and relative_post(text, role.start, role.end)
    return relative or (role if role and _is_post(role.text) else None)  # 'who chairs the X Board': without its 'who'



COUNCIL_KIND_END_RE = re.compile(r"(?<=\s)(?:County|Borough|City|District|Town)\s+$")


ADVERBIAL_OPENING_RE = re.compile(r"(?:in\s+(?:response|reply|answer)\s+to|following|after|during)\b", re.IGNORECASE)


def _role_before(text: str, start: int, name: NameMatch) -> Span | None:
    """The post written just before a name: 'Assistant chief inspector Helen Mercer', 'X's Cabinet member, Jo Bloggs'."""
    prefix = COUNCIL_KIND_END_RE.sub("", text[start:name.start])  # 'The Chair, County Councillor X': 'County' is his title's
    stripped = prefix.rstrip()
    if stripped.endswith(","):
        stripped = stripped[:-1]
    elif prefix and not prefix[-1:].isspace():
        return None
    cut = max(stripped.rfind(","), stripped.rfind("("), stripped.rfind("\n\n"))
    for _ in range(RUN_ON_PIECES):
        if _is_post(stripped[cut + 1:]) or not _runs_on(stripped[cut:]) or cut <= 0:
            break
        cut = max(stripped.rfind(",", 0, cut), stripped.rfind("(", 0, cut))  # the title ran on past a comma
    role = trim(text, start + cut + 1, start + len(stripped))
    verbs = list(re.finditer(r"\b(?:is|was|are|were|has|have|had|been|by)\b", role.text))
    if verbs:  # 'the Board is chaired by Superintendent Hugh Carrow': the post is what follows the verb
        role = trim(text, role.start + verbs[-1].end(), role.end)
    key = KEY_ROLE_RE.search(role.text)
    if key and key.start() and not POSSESSIVE_RE.match(role.text):
        role = trim(text, role.start + key.start(), role.end)  # 'reported that the Chief Inspector': the post alone
    if not role or len(role.text.split()) > 12 or not (_is_post(role.text) or POSSESSIVE_RE.match(role.text)):
        return None
    if ADVERBIAL_OPENING_RE.match(role.text.lstrip()):
        return None  # 'In response to Members' questions, Ms Bevan-Okoro explained': when she spoke, not her post
    if find_names(text, role.start, role.end):
        return None  # 'In response to a question from Councillor Rowlands, Ms Bevan-Okoro explained': no post of hers
    return role


def _split_owner(text: str, role: Span | None) -> tuple[str | None, Span | None]:
    """'Devon's Cabinet member for ...' -> ('Devon', 'Cabinet member for ...'); 'Probation's' -> ('Probation', None)."""
    if not role:
        return None, role
    match = POSSESSIVE_RE.match(role.text)
    if not match or "’" not in role.text[:match.start(2)] and "'" not in role.text[:match.start(2)]:
        return None, role
    rest = trim(text, role.start + match.start(2), role.end)
    return match.group(1), rest if rest and _is_post(rest.text) else None


def _is_post(phrase: str) -> bool:
    """Does a short phrase name a post ('Chief Inspector of Probation', 'Cabinet member for ...', 'Probation's')?"""
    words = re.findall(r"[A-Za-z][\w’'\-]*", phrase)
    # two posts may be joined by 'and' ('Corporate Director for People and chair of the Board'): each is short
    if not words or any(len(part.split()) > 14 for part in re.split(r"\s+and\s+", phrase)) or SPEECH_VERB_RE.search(phrase) \
            or PARTICIPLE_OPENING_RE.match(phrase):
        return False
    return any(is_post_word(w.rstrip("’'s")) or is_post_word(w) or w.lower() in POLITICAL_OFFICES for w in words) \
        or bool(load_gazetteer().inspectorate_named(phrase)) or FORCE_POST_RE.search(phrase) is not None


# 'Councillor Jo Bloggs, speaking at the invitation of the Chair, said': how they came to speak, no post (but 'acting
# head of service', 'incoming chair' are posts, and 'speaking as chair of the Board' gives one)
PARTICIPLE_OPENING_RE = re.compile(r"[^\S\n]*+(?!(?:acting|managing|incoming|outgoing)\b)[a-z]++(?<=ing)\b(?![^\S\n]++as\b)")


# A post held at a force ('area commander for the west of the county at Westmere Constabulary'), which the
# inspectorate's marks no longer take for HM Inspectorate of Constabulary.
FORCE_POST_RE = re.compile(r"\bConstabulary\b")

# --- named posts ---------------------------------------------------------------------------

def key_role_holders(ctx: Context, area: str | None, *, only: Collection[str] | None = None) -> None:
    """Chief inspectors, cabinet members, board chairs and lead inspectors named beside their post anywhere in the
    text (`only`: these relations, where a family reads the others its own way)."""
    text = ctx.text
    youth_justice = about_youth_justice(text)  # 'the Chair of the board, X' is the youth justice board's
    for match in KEY_ROLE_RE.finditer(text):
        role = _role_up_to_name(text, match)
        relation = post_relation(role.text, youth_justice=youth_justice)
        if relation is None or only is not None and relation not in only:
            continue
        name = name_beside(text, role)
        if name is None or relation == "chief_inspector" and (_rank_before_name(text, role, name)
                                                               or _force_after_rank(text, role)) \
                or _addressed_post(text, role, name):
            continue
        if name.start >= role.end and POST_GOES_ON_RE.search(role.text.rstrip()):
            continue  # 'Councillor R Hale, Cabinet Member for' / 'Councillor J Bell (Vice-Chair)': a cut post, the next line's
        if relation == "cabinet_member" and name.start > role.end and (RANK_WORD_RE.search(text, role.end, name.start) or (
                name.title is not None and police_rank(frozenset({name.title})))):  # '... Families DCI Jo Lee': the next
            continue  # 'as Cabinet Member, Chief Superintendent Jo Lee': the officer by their rank is the next one thanked
        if relation == "lead_inspector" and name.start > role.start and not _post_in_apposition(text, role, name):
            continue  # 'Lead Inspector<TAB>X' is a team list's line, read with the team; in prose, 'thanked X, lead inspector'

        if name.start > role.end and _bracketed_after(text, role, name):  # '... Young People and Schools' / '(Cllr X)'
            role = trim(text, role.start, text.rindex("(", role.end, name.start))
        elif name.start > role.end and _runs_on(re.sub(r"\s*,\s*$", "", text[role.end:name.start])) \
                and not SECOND_POST_RE.fullmatch(text, role.end, name.start):  # ', the Director of X,' is another post
            role = trim(text, role.start, name.start)  # with the words of its title that ran on past a comma
        evidence = span(text, min(name.start, role.start), max(name.end, role.end))
        ctx.person_role(name, relation, evidence, role=role_text(role), role_span=role,
                        organisation=_body_after(text, max(name.end, role.end), area)
                        or _council_of_its_kind(text, role.text) or organisation_for_role(role.text, area))


# 'Councillor Jo Lee, Cabinet Member for Children's Services, Westmere County Council, ...': the body written after the
# post and its holder, set off by a comma.
BODY_AFTER_RE = re.compile(r",[^\S\n]*+\n?[^\S\n]*+(?P<body>[A-Z][\w'’&-]*+(?:[^\S\n]++[A-Z][\w'’&-]*+){0,5})")


def _body_after(text: str, end: int, area: str | None) -> str | None:
    """The organisation named after the comma that ends a post and its holder, if one is."""
    after = BODY_AFTER_RE.match(text, end)
    return organisation_named(after.group("body"), area=area, groups=False) if after else None


# A post that opens with a council's kind in lower case ('the district cabinet member'), and the councils of that kind a
# text names ('Burnholme District Council').
KIND_OPENING_RE = re.compile(r"(?-i:(district|county|borough|city))\s")


def _council_of_its_kind(text: str, post: str) -> str | None:
    """The council a post's kind names ('Cllr Jo Lee, the district cabinet member,' in a county board's minutes), where
    the text names one council of that kind only ('Burnholme District Council'); else None."""
    kind = KIND_OPENING_RE.match(post)
    if kind is None:
        return None
    councils = {re.sub(r"^The\s", "", " ".join(found.group(1).split())) for found in re.finditer(
        rf"\b((?:[A-Z][\w'’-]*+[^\S\n]++){{1,3}}{kind.group(1).capitalize()}[^\S\n]++Council)\b", text)}
    return next(iter(councils)) if len(councils) == 1 else None


# 'the Inspectorate's lead inspector, Mr Jo Bloggs,': a post after an article or a possessive, then a comma and the name.
ARTICLE_BEFORE_POST_RE = re.compile(r"(?:\bthe|['’]s)\s+$", re.IGNORECASE)


def _post_in_apposition(text: str, role: Span, name: NameMatch) -> bool:
    """The post is prose, the name set beside it after a comma ('the Inspectorate's lead inspector, Mr X'), not a team
    list's label over its name."""
    return re.fullmatch(r",\s*", text[role.end:name.start]) is not None and \
        ARTICLE_BEFORE_POST_RE.search(text, max(0, role.start - 20), role.start) is not None


# 'Chief Inspector Bronwen Ashdown-Lyle and Sergeant Faisal Rahman of Northvale Police': the rank written as a title
# before the name is a police officer's; the inspectorate's is 'HM Chief Inspector', 'the Chief Inspector, X' or 'Chief
# Inspector of Probation X'.
RANK_AS_TITLE_RE = re.compile(r"Chief\s+Inspector")


def _rank_before_name(text: str, role: Span, name: NameMatch) -> bool:
    return bool(RANK_AS_TITLE_RE.fullmatch(role.text)) and name.start > role.end and \
        not text[role.end:name.start].strip() and not re.search(r"\b(?:HM|the)\s*$", text[max(0, role.start - 5):role.start],
                                                                 re.IGNORECASE)


# 'GETHIN, Owain, Chief Inspector, Heddlu Teifi / Teifi Police', 'Chief Inspector (Westmere Constabulary)': the rank's
# force named after it in its entry, on its line.
FORCE_AFTER_RANK_RE = re.compile(r"[^\S\n]*+[,(–—-][^\n]{0,80}?\b(?:Police|Constabulary|Heddlu)\b")


def _force_after_rank(text: str, role: Span) -> bool:
    """'Chief Inspector' followed on its line by a police force is that force's rank, not the inspectorate's chief."""
    return bool(RANK_AS_TITLE_RE.fullmatch(role.text)) and FORCE_AFTER_RANK_RE.match(text, role.end) is not None


APPOSITION_RE = re.compile(r"^\s*,[^,]{0,60},")


def _boards_chaired(text: str) -> Iterator[re.Match[str]]:
    """Each 'the Board is chaired by' of the text, where the board itself is chaired, not a part of it ('the Board's
    education sub-group is chaired by')."""
    for match in CHAIRED_BY_RE.finditer(text):
        # words set off by commas just after the board say what it is ('Board, the partnership which oversees the
        # service, is chaired by'), not which part of it is chaired
        if not any(is_body_word(word) for word in APPOSITION_RE.sub("", match.group("between")).split()):
            yield match


def board_chaired_by(ctx: Context, area: str | None) -> None:
    """'The Board is chaired by Ken Oduya, Director of Children's Services': the board's chair."""
    text = ctx.text
    for match in _boards_chaired(text):
        if SAFEGUARDING_RE.search(text, max(0, match.start() - 40), match.start()):
            continue  # 'the Safeguarding Children Partnership is chaired by'
        end = clause_end(text, match.end(), 120)
        names = find_names(text, match.end(), end) or find_names(text, match.end(), end, strict=False)
        rank = trim(text, match.end(), names[0].start).text if names else ""
        if not names or rank.lower() not in ("", "the") and not _is_post(rank):
            continue  # 'chaired by Superintendent Hugh Carrow', 'by the Strategic Director, Jo Bloggs': a post first
        name = names[0]
        post = apposition_after(text, name, end)
        evidence = span(text, clause_start(text, match.start(), 120), max(name.end, post.end if post else 0))
        board = _board_named(text, match)
        # 'the partnership board is chaired by X, the council's Director': the chair of the area's board, in their post
        organisation = organisation_for_role(board, area) if board else \
            ctx.service_of(area) or organisation_for_role(
                post.text if post else None, area)
        # the post written after the name is the one they hold elsewhere ('chaired by Jo Bloggs, Director of
        # Children's Services'): in the board they are its chair
        ctx.person_role(name, "board_chair", evidence, role=board or "Chair", organisation=organisation)


# A board the subject of the sentence chairs, written with a pronoun after the board: 'The Director replied that the
# Management Board, which he chaired, monitored the plan', 'Jo Bloggs said the Partnership Board she chairs had met',
# 'the Board (which she has chaired since 2019)'. The subject is a name, or a post the document gives one person.
CHAIRED_BY_PRONOUN_RE = re.compile(r"\b(?:[Bb]oard|[Pp]artnership)(?:[^\S\n]*+[,(]\s*+|\s++)(?:(?:which|that)\s++)?(?:he|she|they)"
                                   r"\s++(?:(?:also|now|currently|has|had|then)\s++)*+(?:chairs|chaired)\b")
BOARD_WORDS_BEFORE_RE = re.compile(r"\bthe\s++(?P<words>(?:[A-Z][\w'’&-]*+\s++){0,5}+)$")


def boards_chaired_by_subject(ctx: Context, area: str | None) -> int:
    """'The Director of Children's Services replied that the Management Board, which he chaired, ...': `board_chair`
    (of the area's service) for the sentence's subject, named or the one holder of the post it opens with."""
    text = ctx.text
    found = 0
    for match in CHAIRED_BY_PRONOUN_RE.finditer(text):
        if SAFEGUARDING_RE.search(text, max(0, match.start() - 60), match.start()) or not about_youth_justice(text):
            continue
        begin = wrapped_sentence_start(text, match.start())
        lead = ADVERBIAL_LEAD_RE.match(text, begin, match.start())
        begin = lead.end() if lead else begin
        names = [n for n in find_names(text, begin, match.start(), strict=False) if n.start > begin or n.title or
                 not n.surname_only]
        holder: NameMatch | PendingRole | None = None
        if names and names[0].start == begin and len({name_key(n.name) for n in names}) == 1:
            holder = names[0]  # 'Jo Bloggs said the Board she chairs ...'
        elif not names and (article := re.match(r"(?i:the)\s++", text[begin:match.start()])):
            post = _post_words(text, trim(text, begin + article.end(), match.start()))
            holder = _sole_holder(ctx, post.text) if post.text and _is_post(post.text) else None
        if holder is None:
            continue
        words = BOARD_WORDS_BEFORE_RE.search(text, max(0, match.start() - 80), match.start())
        board = " ".join(((words.group("words") if words else "") + match.group(0).split()[0].rstrip(",(")).split())
        role = f"Chair of the {board[0].upper() + board[1:]}"
        evidence = span(text, begin, match.end())
        if isinstance(holder, NameMatch):
            ctx.person_role(holder, "board_chair", evidence, role=role,
                            organisation=ctx.service_of(area))
        else:
            ctx.person_role(holder.name, "board_chair", evidence, role=role, title=holder.title,
                            organisation=ctx.service_of(area))
        found += 1
    return found


# 'County Councillor Jo Bloggs, Cabinet Member for Children's Services, sits on the Board': a member of the board.
SITS_ON_BOARD_RE = re.compile(r"(?<=\S),?\s++(?:also\s++)?sits\s+on\s+the\s+(?:[\w'’-]+\s+){0,5}?[Bb]oard\b")
NAMED_BOARD_RE = re.compile(r"\b(?!The\s)(?:[A-Z][\w'’-]+\s+){1,4}Youth\s+(?:Justice|Offending)\s+(?:[\w-]+\s+)?Board\b")


def board_members_in_prose(ctx: Context, area: str | None) -> int:
    """'Jo Bloggs, Cabinet Member for Children's Services, sits on the Board': `board_member` of the youth justice
    board the text last named before it (its service's), in the post written beside the name."""
    text = ctx.text
    found = 0
    for sits in SITS_ON_BOARD_RE.finditer(text):
        start = clause_start(text, sits.start(), 200)
        names = find_names(text, start, sits.start())
        if not names:
            continue
        name = names[0]
        post = apposition_after(text, name, sits.start() + 1)
        boards = list(NAMED_BOARD_RE.finditer(text, max(0, start - 600), sits.end()))
        if post is None or not boards:
            continue
        ctx.person_role(name, "board_member", span(text, start, sits.end()), role=role_text(post), role_span=post,
                        organisation=organisation_for_role(" ".join(boards[-1].group(0).split()), area))
        found += 1
    return found


# 'The vice-chair is Chief Superintendent Jo Lee of Westmere Police', 'The Board's vice-chair is Supt J. Lee (Westmere
# Police)', a line 'Vice-Chair: Supt Jo Lee' under a board's membership: a member of the board, of the body written with
# the name (the vice-chair of a committee or a panel, the nearest body named before, is the council's, read elsewhere).
VICE_CHAIR_IS_RE = re.compile(r"\b(?:(?:[Tt]he|[Ii]ts)\s+(?:(?:[Bb]oard|[Pp]artnership)['’]s\s+)?|(?<=\n)[^\S\n]*+)"
                              r"[Vv]ice[- ]?[Cc]hair(?:man|woman|person)?(?:[^\S\n]*+:|\s+is)[^\S\n]*+\n?[^\S\n]*+")
VICE_CHAIR_BODY_RE = re.compile(r"(?:\s+of\s+(?:the\s+)?|[^\S\n]*+\()(?P<body>[A-Z][^,.;:()\n]{2,60}?)(?=\)|[.,;\n]|\s*$)")
MEETING_BODY_RE = re.compile(r"\b(?:board|partnership|committee|panel)\b", re.IGNORECASE)
RANK_GAP_RE = re.compile(r"(?:[A-Z][a-z]*\.?[^\S\n]+){0,3}")
VICE_CHAIR_REACH = 1500  # how far back the body whose vice-chair it is may be named


def board_vice_chairs(ctx: Context, area: str | None) -> int:
    """'The vice-chair is Chief Superintendent Jo Lee of Westmere Police': `board_member` of the body written with the
    name (the service's where none is), where the body the text last named before it is a board or partnership."""
    text = ctx.text
    found = 0
    for match in VICE_CHAIR_IS_RE.finditer(text):
        bodies = [m.group(0).lower() for m in MEETING_BODY_RE.finditer(text, max(0, match.start() - VICE_CHAIR_REACH),
                                                                         match.start())]
        if not bodies or bodies[-1] not in ("board", "partnership") or not about_youth_justice(text):
            continue
        line_end = text.find("\n", match.end())
        end = len(text) if line_end < 0 else line_end
        names = find_names(text, match.end(), end, strict=False)
        name = names[0] if names else None  # after a rank the lexicon may not take for a title ('Chief Superintendent')
        if name is None or name.surname_only or not RANK_GAP_RE.fullmatch(text, match.end(), name.start):
            continue
        body = VICE_CHAIR_BODY_RE.match(text, name.end, min(len(text), name.end + 100))
        organisation = organisation_named(body.group("body"), area=area, groups=False) if body else None
        if organisation is None:
            organisation = ctx.service_of(area)
        evidence = span(text, match.start(), body.end() if body else name.end)
        ctx.person_role(name, "board_member", evidence, role="Vice-chair", organisation=organisation)
        found += 1
    return found


# A board's members an inspection report or a plan names in prose by their rank or title and surname, as it describes
# the board's attendance: 'The Board is well attended; Chief Superintendent Mahmood (Northmoor Police) and ... attend
# regularly', 'Mr Okafor (Westmere Health Board) attends every meeting', 'The Police representative, Superintendent
# Bevan, champions the Bureau', 'Its health representative, Dr Jo Lee, ...'. Each is `board_member` of the body in
# brackets (or the body the 'representative' names), the surname joined later to the one person named in full.
FULL_RANK_NAME_RE = re.compile(r"(?P<rank>(?:(?:Detective|Chief|Assistant\s++Chief|Deputy\s++Chief)\s++)?+"
                               r"(?:Superintendent|Inspector|Sergeant|Constable))\s++(?P<surname>[A-Z][a-z'’]++(?:-[A-Z][a-z'’]++)?+)\b")
BRACKETED_BODY_RE = re.compile(r"\((?P<body>[A-Z][^()\n]{2,60}+)\)")
BOARD_ATTENDANCE_RE = re.compile(r"\b(?:attend(?:s|ed|ing|ance)?|represent(?:s|ed|ing|atives?)?|sits?\s+on)\b", re.IGNORECASE)
BOARD_WORD_RE = re.compile(r"\b(?:[Bb]oard|[Pp]artnership)\b")
REPRESENTATIVE_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s++(?P<agency>(?:[A-Za-z][\w'’-]*+\s++){1,3}?)representative,\s*+")
PARAGRAPH_REACH = 400  # how far back the paragraph that speaks of the board may begin


def _titled_name_at(text: str, start: int, end: int) -> NameMatch | None:
    """The name written at start with its title or rank ('Chief Superintendent Mahmood', 'Mr Okafor', 'Dr Jo Lee')."""
    rank = FULL_RANK_NAME_RE.match(text, start, end)
    if rank is not None:  # a rank written in full before a surname alone, which the lexicon takes for no title
        return NameMatch(start, rank.end(), rank.group("surname"), " ".join(rank.group("rank").split()), True)
    name = name_at(text, start, end, strict=False)
    return name if name is not None and (name.title or not name.surname_only) else None


def _paragraph_before(text: str, pos: int) -> str:
    """The text of the paragraph or bullet that holds pos, up to pos."""
    floor = max(0, pos - PARAGRAPH_REACH)
    breaks = list(re.finditer(r"\n[^\S\n]*+(?:\n|[-•*][^\S\n])", text[floor:pos]))
    return text[floor + breaks[-1].end() if breaks else floor:pos]


def _blanks_before(text: str, pos: int) -> int:
    """Where the run of blanks (not line breaks) that ends at pos begins. The pattern does not match the run
    itself: tried at each of its places, a run with no bracket after it cost time in the square of its length."""
    while pos > 0 and text[pos - 1].isspace() and text[pos - 1] != "\n":
        pos -= 1
    return pos


def board_members_by_title(ctx: Context, area: str | None) -> int:
    """'Chief Superintendent Mahmood (Northmoor Police) attends the Board', 'The Police representative, Superintendent
    Bevan': `board_member` of the body, where the paragraph speaks of the board's attendance or representatives."""
    text = ctx.text
    if not about_youth_justice(text):
        return 0
    found = 0
    for bracket in BRACKETED_BODY_RE.finditer(text):
        opening = _blanks_before(text, bracket.start())  # the name ends where the blanks before the bracket begin
        line_start = text.rfind("\n", 0, opening) + 1
        before = text[max(line_start, opening - 60):opening]
        name = None
        for at in (m.start() for m in re.finditer(r"(?<![\w'’-])[A-Z]", before)):
            name = _titled_name_at(text, opening - len(before) + at, opening)
            if name is not None and name.end == opening:
                break
            name = None
        body = organisation_named(bracket.group("body"), area=area, groups=False) if name else None
        if name is None or body is None or load_gazetteer().inspectorate_named(body):
            continue  # 'Inspector Hale (HMI Probation) attended the Board': an inspector observing it
        paragraph = _paragraph_before(text, name.start) + text[name.start:clause_end(text, bracket.end())]
        if not BOARD_WORD_RE.search(paragraph) or not BOARD_ATTENDANCE_RE.search(paragraph):
            continue
        ctx.person_role(name, "board_member", span(text, name.start, bracket.end()),
                        role=name.title if name.title and police_rank(frozenset({name.title})) else None, organisation=body)
        found += 1
    for match in REPRESENTATIVE_RE.finditer(text):
        name = _titled_name_at(text, match.end(), min(len(text), match.end() + 60))
        agency = " ".join(match.group("agency").split())
        if name is None or not BOARD_WORD_RE.search(_paragraph_before(text, match.start()) + match.group(0)) \
                or not (is_body_word(agency.split()[-1]) or organisation_named(agency, area=area, groups=False)):
            continue
        ctx.person_role(name, "board_member", span(text, match.start(), name.end), role=f"{agency} representative",
                        organisation=organisation_named(agency, area=area, groups=False))
        found += 1
    return found


# 'Its membership includes Northshire Police (Supt D. Pryce), the Integrated Care Board (Dr F. Mabbott) and Eastholm
# District Council (Cllr S. Dunnock and M. Hebblethwaite)': each body, then its members in brackets.
MEMBERSHIP_INCLUDES_RE = re.compile(r"\b(?:[Ii]ts|[Tt]he\s+[Bb]oard[’']s)\s+membership\s+(?:includes|comprises)\s+")
BODY_MEMBERS_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?(?P<body>[^\W\d_][^(),;.:]{1,80}?)\s*"
                             r"\((?P<names>[^()]{2,120})\)")


def board_members_in_brackets(ctx: Context, area: str | None) -> int:
    """'Its membership includes Northshire Police (Supt D. Pryce), ... and Eastholm District Council (Cllr S. Dunnock
    and M. Hebblethwaite)': `board_member` of each body named before the brackets, one after another to the first
    item that is not a body and its members."""
    text = ctx.text
    found = 0
    for includes in MEMBERSHIP_INCLUDES_RE.finditer(text):
        pos = includes.end()
        while (item := BODY_MEMBERS_RE.match(text, pos)) is not None:
            names = find_names(text, item.start("names"), item.end("names"), strict=False)
            body = " ".join(item.group("body").split())
            if not names or not is_body_word(body.split()[-1]) and not ctx.gazetteer.organisation(body, area).kind:
                break
            known = ctx.gazetteer.organisation(body, area).kind
            for name in names:
                ctx.person_role(name, "board_member", span(text, item.start("body"), item.end()),
                                organisation=body if known else None)
                found += 1
            pos = item.end()
    return found


# 'The service is led by Jo Bloggs, Head of Youth Justice', 'Westmere YJS is managed by Jo Bloggs': its head, staff.
# 'The service, based at X, supervises 120 young people. It is led by Jo Bloggs.': 'It' after a sentence about the service.
# (the services of several places, or of the area: 'Youth offending services in the area were managed by Jo Lee')
# ('Day-to-day management of the team is led by Jo Bloggs (YJS Operations Manager)': the service's team's manager)
# ('I thank the staff of the service, led by Jo Bloggs, and the Board': the participle after a comma)
SERVICE_LED_BY_RE = re.compile(r"\b(?:the\s+service|(?:youth\s+(?:justice|offending)\s+(?:services?|team)|YOS|YOT|YJS)"
                               r"|(?:day[- ]to[- ]day\s+)?management\s+of\s+the\s+(?:service|team)"
                               r"(?:\s+in\s+(?:the|this)\s+(?:area|borough|county|city))?|"
                               r"(?P<it>(?-i:It)))"
                               # (or the participle set off by a comma: 'the practitioners of the service, led by Jo Lee,')
                               r"(?:\s+(?:is|are|was|were|has\s+been)|(?<!It)(?P<comma>,))\s+(?:(?:currently|now)\s+)?"
                               r"(?:led|managed|headed)\s+by\s+",
                               re.IGNORECASE)


def service_led_by_matches(text: str) -> list[re.Match[str]]:
    """Each 'the service is led by' of the text ('It is led by' only where the sentence before opens with the service:
    'The YOS is located within the council's directorate. It is managed by Jo Lee')."""
    return [match for match in SERVICE_LED_BY_RE.finditer(text) if (not match.group("it") or re.match(
        r"\s*(?:the\s+service|(?:the\s+)?(?:youth\s+(?:justice|offending)\s+(?:service|team)|YOS|YOT|YJS))\b",
        text[wrapped_sentence_start(text, max(0, match.start() - 2)):match.start()], re.IGNORECASE))
        and not (match.group("comma") and _inspection_led(text, match))]


INSPECTION_WORD_RE = re.compile(r"\b(?:inspection|inspectorate|inspectors?|fieldwork|screening|review)\b", re.IGNORECASE)
SENTENCE_REACH = 300  # characters before a participle where its sentence may open


def _inspection_led(text: str, match: re.Match[str]) -> bool:
    """'the inspection of the Youth Justice Service, led by HM Inspector Jo Lee,': the participle after the comma is
    the inspection's, whose sentence names it before the service."""
    opening = wrapped_sentence_start(text, match.start(), max(0, match.start() - SENTENCE_REACH))
    return INSPECTION_WORD_RE.search(text, opening, match.start()) is not None


# 'The Head of Youth Justice is Jo Bloggs.', 'its YOT Manager is Jo Bloggs': the service's head named by the post alone,
# the name right after the verb.
SERVICE_HEAD_IS_RE = re.compile(r"\b(?:the|its)\s++(?P<post>head\s++of\s++(?:the\s++)?(?:youth\s++(?:justice|offending)"
                                r"(?:\s++(?:service|team))?+|service)|(?:YOS|YOT|YJS|youth\s++(?:justice|offending)\s++"
                                r"(?:service|team))\s++manager)\s++(?:is|was)\s++(?:(?:currently|now)\s++)?(?-i:(?=[A-Z]))",
                                re.IGNORECASE)


def service_head_is(ctx: Context, area: str | None) -> None:
    """'The Head of Youth Justice is Jo Bloggs': the head of the area's service, `staff` of it, in the post written."""
    text = ctx.text
    for match in SERVICE_HEAD_IS_RE.finditer(text):
        names = find_names(text, match.end(), clause_end(text, match.end(), 80))
        if not names or names[0].start != match.end() or names[0].surname_only:
            continue
        post = trim(text, match.start("post"), match.end("post"))
        ctx.person_role(names[0], "staff", span(text, match.start(), names[0].end), role=role_text(post),
                        role_span=post, organisation=ctx.service_of(area) or organisation_for_role(post.text, area))


CLAUSE_OPENERS = frozenset({"and", "or", "but", "who", "which", "with"})  # words that open a clause after a comma, no post


def service_led_by(ctx: Context, area: str | None) -> None:
    """'The service is led by Jo Bloggs, Head of Youth Justice': the head of the area's service, `staff` of it (and
    the service's head named by the post alone: `service_head_is`)."""
    service_head_is(ctx, area)
    text = ctx.text
    for match in service_led_by_matches(text):
        end = clause_end(text, match.end(), 120)
        names = find_names(text, match.end(), end, strict=False)
        if not names or names[0].start != match.end() or names[0].surname_only:
            continue  # 'led by the Head of Service, Jo Bloggs': a post first, read with the post
        name = names[0]
        post = apposition_after(text, name, end)
        # ('the service, led by Jo Lee, and the members of the Board': the clause after the comma is no post)
        post = None if post is not None and post.text.split()[0].lower() in CLAUSE_OPENERS else post
        if post is None and not find_names(text, name.start, name.end, strict=True):
            continue  # a name the lexicon lacks is taken only with its post written beside it
        evidence = span(text, match.start(), post.end if post else name.end)
        ctx.person_role(name, "staff", evidence, role=role_text(post) if post else None, role_span=post,
                        organisation=ctx.service_of(area) or
                        organisation_for_role(role_text(post), area))


# The officer who prepares the service's reports or data, named with their post: 'Performance reports are prepared by Jo
# Bloggs, Performance and Information Analyst', 'Quarterly data is produced by Jo Bloggs, Information Officer', 'The
# dashboard is compiled by ...': the service's staff (a plan's or report's own author is read elsewhere: 'This report').
PREPARED_BY_RE = re.compile(r"\b(?:reports|data|figures|statistics|returns|dashboards?|analysis|information)\s++"
                            r"(?:is|are|was|were|has\s++been|have\s++been)\s++(?:(?:regularly|routinely|currently|now)\s++)?"
                            r"(?:prepared|produced|compiled|collated|supplied|provided|analysed)\s++by\s++", re.IGNORECASE)
PREPARER_POST_RE = re.compile(r"[^\S\n]*+,\s*+(?P<post>[A-Z][^,.;:()\n]{1,80}+(?:\n[^\S\n]*+[A-Za-z][^,.;:()\n]{0,60}+)?)")


def officers_preparing(ctx: Context, area: str | None) -> int:
    """'Performance reports are prepared by Jo Bloggs, Performance and Information Analyst': `staff` of the area's
    service (or of the body the post names), the post after the name's comma."""
    text = ctx.text
    found = 0
    for match in PREPARED_BY_RE.finditer(text):
        name = name_at(text, match.end(), min(len(text), match.end() + 80), strict=False)
        post = PREPARER_POST_RE.match(text, name.end, min(len(text), name.end + 160)) if name else None
        if name is None or name.surname_only or post is None or not _is_post(" ".join(post.group("post").split())):
            continue
        role = trim(text, post.start("post"), post.end("post"))
        written = " ".join(role.text.split())
        body = organisation_named(written, gazetteer=ctx.gazetteer, area=area)
        ctx.person_role(name, "staff", span(text, match.start(), role.end), role=written, role_span=role,
                        organisation=body or (ctx.service_of(area) or
                                              organisation_for_role(written, area)))
        found += 1
    return found


# The chair of the committee or panel a paper is for, named as its: 'the Committee, at the request of its Chair,
# Councillor Jo Bloggs', 'the Chair of the Panel, Cllr Jo Bloggs', 'the Committee's Chair, Councillor Jo Bloggs' (not
# 'the Chair of the Licensing Committee', another body).
COMMITTEE_CHAIR_RE = re.compile(r"\b(?:(?:committee|panel)['’]s|its)\s+chair(?:man|person|woman)?|"
                                r"\bchair(?:man|person|woman)?\s+of\s+(?:the|that|this)\s+(?:committee|panel)\b", re.IGNORECASE)
COMMITTEE_RE = re.compile(r"\b(?:committee|panel)\b", re.IGNORECASE)
CHAIR_NAME_GAP_RE = re.compile(r"[^\S\n]*,\s*")


# ('... Scrutiny Panel, under the chairmanship of Councillor X' too, and 'under Councillor X's chairmanship'; 'the
# committee, chaired by Councillor X' and 'the panel, which is chaired by Cllr X' after a scrutiny body is named)
SCRUTINY_CHAIRED_BY_RE = re.compile(r"(?P<body>\b(?:scrutiny|overview)\b[^.;:\n]{0,60}?\b(?:committee|panel)|"
                                    r"(?P<back>\bthe\s++(?:committee|panel)))[^\S\n]*+,?\s++"
                                    r"(?:(?:which\s++)?(?:is|was)\s++)?"
                                    r"(?:chaired\s++by|under(?:\s++the\s++chair(?:man)?ship\s++of)?)\s++", re.IGNORECASE)
SCRUTINY_BODY_RE = re.compile(r"\b(?:scrutiny|overview)\b[^.;:\n]{0,60}?\b(?:committee|panel)\b", re.IGNORECASE)
POSSESSIVE_END_RE = re.compile(r"['’]s?$")
CHAIRMANSHIP_AFTER_RE = re.compile(r"['’]s?\s++chair(?:man)?ship\b", re.IGNORECASE)


def committee_chair(ctx: Context, area: str | None) -> None:
    """The councillor a paper names as its committee's chair: `panel_chair` (an 'its' that follows no committee is
    another body's)."""
    text = ctx.text
    for match in COMMITTEE_CHAIR_RE.finditer(text):
        if match.group(0).lower().startswith("its") and not COMMITTEE_RE.search(
                text, sentence_start(text, match.start()), match.start()):
            continue
        gap = CHAIR_NAME_GAP_RE.match(text, match.end())
        if gap is None:
            continue
        name = name_at(text, gap.end(), min(len(text), gap.end() + 80), strict=False)
        if name is None or name.title != "Councillor" or name.start != gap.end():
            continue
        ctx.person_role(name, "panel_chair", span(text, match.start(), name.end), role="Chair",
                        organisation=organisation_for_role("Councillor", area))
    for match in SCRUTINY_CHAIRED_BY_RE.finditer(text):  # '... Overview and Scrutiny Committee, chaired by Councillor X'
        if match.group("back") and not SCRUTINY_BODY_RE.search(text, 0, match.start()):
            continue  # 'the committee' refers back to a scrutiny body only where one is named before it
        name = name_at(text, match.end(), min(len(text), match.end() + 80), strict=False)
        if name is None or name.title != "Councillor" or name.start != match.end():
            continue
        if match.group(0).split()[-1].lower() == "under":  # 'under Councillor X's chairmanship', not '... X's portfolio'
            owner = POSSESSIVE_END_RE.search(name.name)  # (the surname read with its possessive: 'Sproston's')
            name = replace(name, end=name.end - len(owner.group(0)), name=name.name[:owner.start()]) if owner else name
            if not CHAIRMANSHIP_AFTER_RE.match(text, name.end):
                continue
        ctx.person_role(name, "panel_chair", span(text, match.start(), name.end), role="Chair",
                        organisation=organisation_for_role("Councillor", area))


# 'The plan was agreed by the Partnership Board in May. Its chair, Jo Bloggs, will report': the chair of the body the
# words before name last (a board; a committee's or panel's chair is `committee_chair`'s).
ITS_CHAIR_RE = re.compile(r"\b[Ii]ts\s+chair(?:man|person|woman)?[^\S\n]*,\s*")
LAST_BODY_RE = re.compile(r"(?s:.*)\b(board|committee|panel|cabinet|council|forum)\b", re.IGNORECASE)
ITS_REACH = 200  # characters back, within the paragraph


def board_its_chair(ctx: Context, area: str | None) -> None:
    """A board's chair named as 'its chair' just after the board: `board_chair` of the area's service's board."""
    text = ctx.text
    for match in ITS_CHAIR_RE.finditer(text):
        floor = max(0, match.start() - ITS_REACH, text.rfind("\n\n", 0, match.start()))
        body = LAST_BODY_RE.match(text, floor, match.start())
        if body is None or body.group(1).lower() != "board" or \
                SAFEGUARDING_RE.search(text, max(floor, body.start(1) - 60), body.end(1)):
            continue  # ('The Safeguarding Children Board met. Its chair, ...': another board's)
        name = name_at(text, match.end(), min(len(text), match.end() + 80), strict=False)
        if name is None or name.surname_only:
            continue
        ctx.person_role(name, "board_chair", span(text, match.start(), name.end), role="Chair",
                        organisation=ctx.service_of(area))


# The board's own name before 'is chaired by': 'The Lanthorne Youth Justice Partnership Board'.
BOARD_NAME_RE = re.compile(r"(?:[A-Z][\w'’&-]*(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?:(?:and|of|for)[^\S\n]+)?){1,8}$")


def _board_named(text: str, chaired: re.Match[str]) -> str | None:
    """'Chair, X Board' for the board a 'chaired by' sentence names in capitals; None for 'the board'."""
    word = re.match(r"\w+", chaired.group(0))  # the match opens with 'board' or 'partnership'
    word_end = chaired.start() + (word.end() if word else 0)
    named = BOARD_NAME_RE.search(text, max(0, chaired.start() - 100), chaired.start())
    if not named or not text[chaired.start()].isupper() or re.fullmatch(r"The\s+", named.group(0)):
        return None
    written = " ".join(text[named.start():word_end].split())
    # the name opens at its last 'The' ('... Leadership   Good\nThe Youth Justice Partnership Board is chaired by': a
    # table's rating on the line above is no part of it)
    return "Chair, " + re.split(r"\bThe\s+", written)[-1]


# A post someone speaks to or is asked by ('In reply to the Cabinet Member for Housing, Mr Pryce confirmed'): the name
# after it is the subject of the sentence, not the post's holder.
ADDRESSED_POST_RE = re.compile(r"\b(?:in\s+reply\s+to|in\s+response\s+to|asked\s+by|responding\s+to|replying\s+to|"
                               r"question\s+from|on\s+behalf\s+of)\s+the\s*$", re.IGNORECASE)


def _addressed_post(text: str, role: Span, name: NameMatch) -> bool:
    """The post is the object of a reply or a question and the name after it runs on into the sentence's verb, with no
    comma closing an apposition ('the Cabinet Member for X, Councillor Y, said' names its holder)."""
    return name.start > role.end and ADDRESSED_POST_RE.search(text, max(0, role.start - 40), role.start) is not None \
        and not text.startswith(",", name.end)


def _role_up_to_name(text: str, match: re.Match[str]) -> Span:
    """A post phrase stops where a name begins ('Cabinet Member for Children Councillor Jo Bloggs')."""
    end = match.end()
    inner = find_names(text, match.start(), end)
    if inner:
        end = inner[0].start
    # a bracket it did not open closes it ('(Cabinet' / 'Member for Children's Services)<pad>Co-opted: Mrs X'): the post
    # was the bracket's, the name after it another's
    closed = text.find(")", match.start(), end)
    if closed >= 0 and "(" not in text[match.start():closed]:
        end = closed
    return trim(text, match.start(), end)


# A police officer's rank: no councillor's.
RANK_WORD_RE = re.compile(r"\b(?:Superintendent|Inspector|Sergeant|Constable|Commander)\b")


def _rank_between(gap: str) -> bool:
    """', Detective Superintendent ' between a post and the name: a second post, a rank, held by the same person."""
    words = gap.strip().lstrip(",").split()
    return gap.lstrip().startswith(",") and "\n" not in gap and 0 < len(words) <= 3 and all(is_post_word(w) for w in words)


def _runs_on(words: str) -> bool:
    """The words continue a post's title in Title Case past a comma, within its paragraph ('and the Head of Service'
    is another post, whose holder the name is: 'the Chair of the Board and the Head of Service, Jo Lee')."""
    return bool(re.fullmatch(POST_RUN_ON, words)) and not re.search(r"\n[ \t]*\n|\band\s+the\s+[A-Z]", words)


def _word_end(text: str, at: int) -> int:
    """The end of the word at `at`: a window that ends there cuts no name (not 'Councillor Dafydd Ifans-O'Brie')."""
    found = re.compile(r"\S*").match(text, min(at, len(text)))
    return found.end() if found else len(text)


COLUMN_GAP_RE = re.compile(r"(?<=\S)(?:\t|[^\S\n]{3,})")  # after words on the line: no line's indent
# A name then a dash or a comma just before the post, on its line: the post's holder ('Cllr A. Pughe - Cabinet Member').
HOLDER_BEFORE_RE = re.compile(r"[^\S\n]*+(?:[–—-]|,)[^\S\n]*+$")


def _holder_before_on_line(text: str, role: Span) -> bool:
    """A name stands before the post on its line, set off by a dash or a comma: the post is that name's."""
    start = start_of_line(text, role.start)
    before = find_names(text, start, role.start)
    return bool(before) and HOLDER_BEFORE_RE.match(text, before[-1].end, role.start) is not None


# 'The Cabinet Member for Children and Young People,' / 'Councillor Jo Bloggs, attends ...': prose wrapped after the
# comma, the name closed by a comma of its own; a list's next line holds another's name, with no commas round it.
WRAPPED_APPOSITION_RE = re.compile(r"[^\S\n]*+,[^\S\n]*+\n[^\S\n]*+")


def _apposition_wrapped(text: str, role: Span, name: NameMatch) -> bool:
    return WRAPPED_APPOSITION_RE.fullmatch(text, role.end, name.start) is not None and text[name.end:name.end + 1] == "," \
        and re.search(r"\bthe\s+$", text[max(0, role.start - 5):role.start], re.IGNORECASE) is not None


# ', the Director of Children's Services, ' between a post and its holder: another post of theirs, in apposition.
SECOND_POST_RE = re.compile(r"[^\S\n]*,\s+the\s+(?P<post>[A-Z][^,;.()\n]{2,60}+),[^\S\n]*+")


# 'Cabinet Member, Children and Schools' / 'GATHERCOLE, Cllr Lucy': the next line opens a list's next entry, surname
# first; the forename after it is that entry's, not the post's holder.
SURNAME_FIRST_OPENING_RE = re.compile(r"\n[^\S\n]*+(?:Mc|Mac|O['’])?[A-Z]{2,}+(?:[-'’][A-Z]{2,}+)*+,[^\S\n]*+$")


# '... the Director of Children's Services, Jago Trelissick, who chairs the board': a post of a few words, a comma, then
# the name set off after it (a forename the lexicon may lack).
POST_BEFORE_NAME_RE = re.compile(r"(?:[A-Za-z'’]++\s+){0,5}[A-Za-z'’]++[^\S\n]*+,\s*+$")


def _name_after_post(text: str, end: int) -> list[NameMatch]:
    """The name set off by a comma after a post just before `end` ('the Director of Children's Services, Jago
    Trelissick, '), read whatever its forename: the post says a person follows."""
    named = find_names(text, max(0, end - 80), end, strict=False)
    if not named or named[-1].surname_only:
        return []
    lead = POST_BEFORE_NAME_RE.search(text, max(0, named[-1].start - 60), named[-1].start)
    return [named[-1]] if lead and names_post(lead.group()) else []


# The holder in brackets after the post (its title's words past a comma too, over a line's end): 'Report of the Cabinet
# Member for Children, Young People and Schools' / '(Cllr T. Brannigan)'.
BLANKS_OVER_A_LINE = r"[^\S\n]*+\n?[^\S\n]*+"
BRACKET_OPENS_RE = re.compile(rf"(?:,{BLANKS_OVER_A_LINE}[A-Z][\w'’-]*+(?:(?=\s){BLANKS_OVER_A_LINE}(?:[A-Z][\w'’-]*+|and|of|for|the|&))*+)?"
                              rf"{BLANKS_OVER_A_LINE}\(")


def _bracketed_after(text: str, role: Span, name: NameMatch) -> bool:
    """The name alone in the brackets that open straight after the post."""
    return bool(BRACKET_OPENS_RE.fullmatch(text, role.end, name.start)) and text[name.end:name.end + 1] == ")"


WHO_HOLDS_GAP_RE = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*+(?:\s+[A-Z][\w'’&-]*+){0,4})?\s*,\s*who\s+(?:also\s+)?")


def name_beside(text: str, role: Span) -> NameMatch | None:
    """The name written just after a post (', ' or nothing between) or just before it (', the', ' is the')."""
    after = find_names(text, role.end, _word_end(text, role.end + 60))
    if after and COLUMN_GAP_RE.search(text, role.end, after[0].start) and _holder_before_on_line(text, role):
        after = []  # 'Councillor A. Pughe - Cabinet Member     Dafydd Corrin - ...': the next column's name is another's
    # a name on the next line is another's; 'County Councillor Jo Bloggs': the council's kind before the honorific
    # ('Cabinet Member,<pad>Jo Lee': a comma, then a column's padding, ends the post; the name is the next column's)
    if after and (re.fullmatch(r"[^\S\n]*(?::[^\S\n]*|,[^\S\n]{0,2})?(?:(?:County|Borough|City|District|Town)[^\S\n]+)?",
                               text[role.end:after[0].start])
                  or _rank_between(text[role.end:after[0].start])
                  or _bracketed_after(text, role, after[0])
                  or _apposition_wrapped(text, role, after[0])
                  or _runs_on(re.sub(r"\s*,\s*$", "", text[role.end:after[0].start]))
                  and not COLUMN_GAP_RE.search(text, role.end, after[0].start)  # a table's next column is another's
                  and not SURNAME_FIRST_OPENING_RE.search(text, role.end, after[0].start)):
        return after[0]
    # 'the Chair of the board, the Director of Children's Services, Jo Bloggs': a second post of theirs between
    farther = find_names(text, role.end, _word_end(text, role.end + 120))
    if farther and (post := SECOND_POST_RE.fullmatch(text, role.end, farther[0].start)) and _is_post(post.group("post")):
        return farther[0]
    before = find_names(text, max(0, role.start - 80), role.start) or _name_after_post(text, role.start)
    if before:
        gap = text[before[-1].end:role.start]
        # ('Jo Bloggs, your Head of Youth Justice Service': a letter to the partnership's chair)
        if re.fullmatch(r"\s*,\s*(?:the\s+|your\s+)?|\s+(?:is|was|as)\s+(?:the\s+)?|\s*,\s*who\s+is\s+(?:the\s+)?", gap,
                        re.IGNORECASE):
            return before[-1]
        # 'Jo Bloggs, who chairs the Management Board': the post as a verb in the relative clause (after the body the
        # holder comes from: 'Supt Jo Bloggs of Westmere Police, who chairs the Partnership Board')
        if WHO_HOLDS_GAP_RE.fullmatch(gap) and re.match(r"(?:chairs|leads|heads)\b", role.text):
            return before[-1]
    return None

