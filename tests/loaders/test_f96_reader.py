"""Stop 33's batch b96 layouts (2009-2016 inspection letters and reports, board and scrutiny minutes), in fixtures
written for them: a team table surname first with a column of bodies before the posts, a committee's membership
marked '*' before each member who came over '(* denotes present)', guests 'By invitation:', two attendance lists
side by side set by tabs whose entries hold a post in a cell of their own and a member present '(for' one away, a
letter's 'To' and 'From' labelled by tabs alone, a copy list in two pairs of columns with dot leaders, a deputy lead
inspector named 'as' such and a member of the team who 'provided' a part of the work."""

from __future__ import annotations

from kg.loaders import attendance
from kg.names import find_names
from tests.conftest import load_text, people_rows, role_rows

# A report's team table: surname first in capitals, the body in a column of its own before the post; a forename the
# lexicon lacks ('Dev') and one it sets aside as a word ('Grace').
TEAM_TABLE = """APPENDIX 2: INSPECTION ARRANGEMENTS

Inspection team
HALSTOW, Miriam\t\tHMI Probation\t\t\tLead Inspector
QUENBY, Dev\t\tHMI Probation\t\t\tDeputy Lead Inspector
MARLOTT, Grace\t\tHMI Probation\t\t\tInformation Officer
"""


def test_a_forename_the_lexicon_lacks_before_a_column_of_bodies_then_posts() -> None:
    found = [name.name for name in find_names(TEAM_TABLE, strict=False)]
    assert {"Dev Quenby", "Grace Marlott"} <= set(found)


def test_a_column_of_bodies_alone_after_an_unknown_forename_is_no_evidence() -> None:
    assert not find_names("Totals:\nWexcombe, Ottery     Service 12\n", strict=False)


# A committee's membership whose '*' before a member marks who came, as its note says; the chair and vice-chair marked
# in brackets; a guest 'By invitation:'.
STARRED_MEMBERSHIP = """KILVERDALE COUNTY COUNCIL

HEALTH AND CHILDREN OVERVIEW AND SCRUTINY COMMITTEE

MINUTES of a meeting of the Health and Children Overview and Scrutiny Committee held on Tuesday, 4 March 2014.

Membership:
* Councillor F. Ollerton (Chairman)
* Councillor Mrs G. Pendry (Vice-Chairman)
  Councillor H. Quayne
* Councillor J. Rusholme
(* denotes present)

By invitation: Mr L. Tansley, HM Inspectorate of Probation (minute 9 only).

8.  APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Quayne.
"""


def test_a_bulleted_member_with_the_chair_in_brackets_is_no_key_to_the_list() -> None:
    found = attendance.sections(STARRED_MEMBERSHIP)
    members = [attendee for section in found if section.kind == attendance.MEMBERSHIP for attendee in section.attendees]
    assert [member.name.name for member in members] == ["F. Ollerton", "G. Pendry", "H. Quayne", "J. Rusholme"]
    assert members[0].chair and members[1].vice_chair


def test_the_mark_before_each_member_who_came_and_the_note_in_brackets() -> None:
    rows = people_rows(load_text(STARRED_MEMBERSHIP, "kilverdale-scrutiny-minutes.txt"))
    assert {("F. Ollerton", "panel_chair"), ("F. Ollerton", "present_at_meeting"), ("G. Pendry", "panel_vice_chair"),
            ("J. Rusholme", "present_at_meeting"), ("H. Quayne", "panel_member"), ("H. Quayne", "apologies")} <= rows
    assert ("H. Quayne", "present_at_meeting") not in rows  # unmarked: away, as the note says


def test_a_guest_by_invitation_attends_as_an_officer() -> None:
    rows = people_rows(load_text(STARRED_MEMBERSHIP, "kilverdale-scrutiny-minutes.txt"))
    assert ("L. Tansley", "officer_attending") in rows


# A board's PRESENT and APOLOGIES side by side, set by tabs: each entry's post in a cell of its own (one tab), the lists
# parted by two; a member present in the place of one who sent apologies.
TABBED_LISTS = """ASHPERTON YOUTH OFFENDING SERVICE
MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 8 March 2011 at 10.00 am

PRESENT\t\t\t\tAPOLOGIES
Harriet Sowerby (Chair)\tDirector of Children's Services\t\tSupt Owen Legard\tAshperton Police
Simon Crathorne\tHead of Youth Offending Service\t\tDr Nadia Fenwick\tNHS Ashperton
Cllr Irene Brompton\tCabinet Member, Children & Young People\t\tMabel Thixendale JP\tChair, Ashperton Youth Panel
Insp Rory Skelton\tAshperton Police (for Supt Legard)
Ursula Welburn\tYOS Operations Manager

1.   WELCOME

     The Chair welcomed members.
"""


def test_two_lists_set_by_tabs_whose_entries_hold_a_post_cell() -> None:
    rows = {(name, relation): role for name, relation, role in role_rows(load_text(TABBED_LISTS, "board.txt"))}
    assert rows[("Simon Crathorne", "present_at_meeting")] == "Head of Youth Offending Service"
    assert rows[("Ursula Welburn", "present_at_meeting")] == "YOS Operations Manager"
    assert {("Owen Legard", "apologies"), ("Nadia Fenwick", "apologies"), ("Mabel Thixendale", "apologies")} <= set(rows)
    assert ("Irene Brompton", "cabinet_member") in rows


def test_a_member_present_for_one_who_sent_apologies_is_a_deputy() -> None:
    rows = {(name, relation): role for name, relation, role in role_rows(load_text(TABBED_LISTS, "board.txt"))}
    assert rows.get(("Rory Skelton", "standing_deputy")) == "for Supt Legard"
    assert ("Simon Crathorne", "standing_deputy") not in rows


# A screening letter's head labelled by tabs alone, the addressee's posts wrapped under the value's column; a copy list
# in two pairs of columns, dot leaders between each post and name, a hand-padded row a character off, a post wrapped
# over the row of its name and a leader cut to one stop.
LETTER = """HM Inspectorate of Probation

To\t\tPhilippa Garrowby, Chair of Kilverdale YOS Management Board and
\t\tDirector of Children's Services, Kilverdale County Council
From\t\tNoel Tregothnan, Assistant Chief Inspector (Youth Justice)
Date\t\t2 December 2015


SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN KILVERDALE

We examined 16 cases.

Copy to:

Head of YOS ............... Simon Crathorne       Leader of the Council ..... Cllr Edwin Farleigh
Chief Executive ........... Agnes Rudstone        Lead Member, Children ..... Cllr Irene Brompton
Police and Crime
Commissioner .............. Basil Ormesby        Chair, LSCB ............... Professor Vera Lastingham
Chair of Youth Court
Bench ..................... (vacant)             YJB Head of Business Area . Colin Hinderwell
YJB link staff ............ Nora Lealholm,       YJB Press Office .......... Tom Raskelf
                            Ian Kildale
Ofsted - Social Care ...... Hilda Sneaton        Care Quality Commission ... Farid Qadri
HM Inspectorate of
Constabulary .............. Fenella Rigg         MoJ Criminal Justice
                                                 Policy Directorate ........ Lorna Danby
"""


def test_a_letters_head_labelled_by_tabs_alone() -> None:
    rows = people_rows(load_text(LETTER, "kilverdale-sqs-letter.txt"))
    assert {("Philippa Garrowby", "addressee"), ("Noel Tregothnan", "author")} <= rows


def test_a_copy_list_in_two_pairs_of_columns() -> None:
    rows = {(name, relation): role for name, relation, role in role_rows(load_text(LETTER, "kilverdale-sqs-letter.txt"))}
    assert rows[("Edwin Farleigh", "copy_to")] == "Leader of the Council"
    assert rows[("Irene Brompton", "copy_to")] == "Lead Member, Children"
    assert rows[("Vera Lastingham", "copy_to")] == "Chair, LSCB"
    assert rows[("Agnes Rudstone", "copy_to")] == "Chief Executive"
    assert rows[("Colin Hinderwell", "copy_to")] == "YJB Head of Business Area"  # after a leader of one stop
    assert rows[("Tom Raskelf", "copy_to")] == "YJB Press Office"
    assert rows[("Farid Qadri", "copy_to")] == "Care Quality Commission"
    assert rows[("Lorna Danby", "copy_to")] == "MoJ Criminal Justice Policy Directorate"  # wrapped over its row
    assert rows[("Basil Ormesby", "copy_to")] == "Police and Crime Commissioner"
    assert rows[("Fenella Rigg", "copy_to")] == "HM Inspectorate of Constabulary"


# A report's closing paragraph: the lead, the deputy 'as' such, the team, and one who 'provided' a part of the work.
TEAM_PROSE = """Full Joint Inspection of Youth Offending Work in Kilverdale

ACKNOWLEDGEMENTS

The inspection was led by Miriam Halstow, HMI Probation, with Dev
Quenby as deputy lead inspector. The team comprised Ada Fearby (HMI Probation) and Lionel Gisburn (Ofsted).
Ruth Swainby, HMI Probation, provided research and data support, and case assessors from a neighbouring YOT
assisted with the first week.
"""


def test_a_deputy_lead_inspector_named_as_such_after_with() -> None:
    rows = people_rows(load_text(TEAM_PROSE, "kilverdale-fji-report.txt"))
    assert ("Dev Quenby", "deputy_lead_inspector") in rows
    assert ("Dev Quenby", "inspection_team") not in rows


def test_a_member_who_provided_a_part_of_the_work_is_of_the_team() -> None:
    rows = {(name, relation): role for name, relation, role in role_rows(load_text(TEAM_PROSE, "kilverdale-fji-report.txt"))}
    assert rows.get(("Ruth Swainby", "inspection_team")) == "research and data support"


# A list whose post cell holds a body alone: the body is the member's, as a force is an officer's.
BODY_CELLS = """ASHPERTON YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on Tuesday 8 March 2011

PRESENT
Simon Crathorne\tHead of Youth Offending Service

APOLOGIES
Dr Nadia Fenwick\tNHS Ashperton
Supt Owen Legard\tAshperton Police

1. WELCOME
"""


def test_a_body_alone_in_an_entrys_post_cell_is_its_organisation() -> None:
    result = load_text(BODY_CELLS, "board.txt")
    orgs = {s.entity: s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    names = {s.entity: s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}
    rows: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Involvement" and s.prop in ("person", "organisation"):
            rows.setdefault(s.entity, {})[s.prop] = s.value
    assert ("Nadia Fenwick", "NHS Ashperton") in {(names[row["person"]], orgs[row["organisation"]])
                                                  for row in rows.values() if "organisation" in row}


REPORT_AUTHOR = """KILVERDALE COUNTY COUNCIL

MINUTES of a meeting of the Children Overview and Scrutiny Committee held on Tuesday, 4 March 2014.

14.  INSPECTION

The Committee considered a report of the Director of Children's Services
(Report author: Ursula Welburn, YOS Operations Manager, tel 01632 960441)
which summarised the findings.
"""


def test_a_report_authors_post_opening_with_capitals() -> None:
    rows = role_rows(load_text(REPORT_AUTHOR, "kilverdale-scrutiny-minutes.txt"))
    assert ("Ursula Welburn", "contact_officer", "YOS Operations Manager") in rows


def test_a_post_in_brackets_wrapped_onto_the_next_line_is_read_without_them() -> None:
    text = "Officers in attendance: Simon Crathorne (Head of Youth Offending Service) and Mrs K. Lythe\n" \
           "(Democratic Services Officer).\n\n8.  APOLOGIES\n"
    roles = {attendee.name.name: attendee.role_text for section in attendance.sections(text)
             for attendee in section.attendees}
    assert roles["K. Lythe"] == "Democratic Services Officer"
