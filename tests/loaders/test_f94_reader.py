"""Stop 32's batch b94 layouts, in fixtures written for them: a panel's minutes that declare themselves by a record of
attendance alone (no 'Minutes of', no weekday on the date line), the record's heading with its key to the marks on
the same line, and a co-opted member's label closing a membership block after its standing deputies."""

from __future__ import annotations

from kg.documents import Document
from kg.loaders import council_papers
from kg.loaders.context import Context
from tests.conftest import load_text, people_rows

# A council's name, the panel's heading in capitals, a bare date; the membership with its deputies and a co-opted
# member; the record of attendance with its key on the heading's line, dotted leaders to each member's mark.
RECORD_OF_ATTENDANCE = """Brackenfold Council

YOUNG PEOPLE'S SCRUTINY PANEL

4 February 2021

Membership:
Councillors O Pettifer (Chair), N Quarles (Vice-Chair), S Ransome and
V Tilbury
Standing deputies: Councillors E Ugworth and F Vintner
Co-opted (education): Mr G Waddell (Parent governor representative)

________________________________________________________________________________
RECORD OF ATTENDANCE\t\tP = present   Ap = apologies   A = absent   S = substitute

Cllr Orla Pettifer (Chair) ...................... P
Cllr Nathan Quarles (Vice-Chair) ................ P
Cllr Selina Ransome ............................. Ap
Cllr Victor Tilbury ............................. A
Cllr Edwin Ugworth .............................. S (for Cllr Ransome)
Mr Gareth Waddell (co-opted) .................... Ap
________________________________________________________________________________

Also in attendance: Dr Pauline Hesketh, Director of Children's Services.


12.  APOLOGIES AND SUBSTITUTIONS

Noted as above.


Meeting closed: 8.10pm
"""


def test_a_record_of_attendance_declares_a_meetings_minutes() -> None:
    assert council_papers.recognise(RECORD_OF_ATTENDANCE)


def test_a_record_of_attendance_with_its_key_on_the_heading_line_reads_each_mark() -> None:
    rows = people_rows(load_text(RECORD_OF_ATTENDANCE, "brackenfold-scrutiny-minutes.txt"))
    assert {("Orla Pettifer", "present_at_meeting"), ("Orla Pettifer", "panel_chair"),
            ("Nathan Quarles", "present_at_meeting"), ("Selina Ransome", "apologies"),
            ("Edwin Ugworth", "present_at_meeting"), ("Gareth Waddell", "apologies")} <= rows
    assert ("Selina Ransome", "present_at_meeting") not in rows  # 'Ap': her apologies, by the key
    assert ("Victor Tilbury", "present_at_meeting") not in rows  # 'A': absent


def test_a_co_opted_label_after_the_standing_deputies_closes_the_membership() -> None:
    rows = people_rows(load_text(RECORD_OF_ATTENDANCE, "brackenfold-scrutiny-minutes.txt"))
    assert ("Gareth Waddell", "panel_member") in rows


# A cabinet's minutes named by the place alone over its members in columns: no council's name anywhere.
PLACE_OVER_CABINET = """THORNWICK  ·  CABINET

Minutes of the meeting held on Tuesday 9 March 2021, 7.00pm
Council Chamber, Thornwick Town Hall

CABINET MEMBERS PRESENT
OKAFOR-BRAY, Linnea (Cllr)\t\tLeader of the Council (in the Chair)
PASCOE, Ambrose (Cllr)\t\t\tChildren and Families

OFFICERS
Idris Penhallow\t\tChief Executive


1.  APOLOGIES FOR ABSENCE
None.
"""


def test_a_cabinet_named_by_its_place_alone_is_that_places_council() -> None:
    assert council_papers.council_name(Context(Document.from_text("thornwick-cabinet.txt", PLACE_OVER_CABINET))) \
        == "Thornwick Council"
    result = load_text(PLACE_OVER_CABINET, "thornwick-cabinet-minutes.txt")
    organisations = {s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    assert "Thornwick Council" in organisations


def test_a_records_title_before_its_cabinet_names_no_place() -> None:
    text = "MINUTES - CABINET\n\nPresent: Councillor Jo Lee (Chair)\n"
    assert council_papers.PLACE_OVER_CABINET_RE.match(text) is not None
    assert council_papers.council_name(Context(Document.from_text("cabinet.txt", text))) != "Minutes Council"


# Board minutes ending with who receives them under 'Circulation:', the entries parted by semicolons after a group.
CIRCULATION_LINE = """TARNBY YOUTH OFFENDING TEAM MANAGEMENT BOARD

Minutes of the meeting held on 3 May 2017

Present:
Dr Ingrid Moss, Director of Children's Services (Chair)
Paul Tovey, Head of YOT

1. Apologies

None.

Circulation: Board members; Cllr Roderick Fane, Leader of the Council;
Yasmin Oduya, Chief Executive, Tarnby Council; Board file.
"""


def test_a_circulation_label_with_its_entries_on_its_line_is_a_copy_list() -> None:
    rows = people_rows(load_text(CIRCULATION_LINE, "tarnby-board-minutes.txt"))
    assert {("Roderick Fane", "copy_to"), ("Roderick Fane", "cabinet_member"), ("Yasmin Oduya", "copy_to")} <= rows


# Members in two columns, then officers and guests under a heading of that name: the guests are no members' column.
OFFICERS_AND_GUESTS = """ROYAL BOROUGH OF CALDERFORD

YOUTH SCRUTINY SUB-COMMITTEE

MINUTES of the meeting held on Monday 4 November 2019 at 7.00 pm

MEMBERS PRESENT\t\t\t\t\tALSO PRESENT
Councillor Imogen Blakeway (Chair)\t\tCouncillor Rufus Kettering, Cabinet
Councillor Dorian Fellowes\t\t\t  Member for Children

OFFICERS AND GUESTS: Beatrix Holloway, Director of Children's Services; Lucian Ferrier, Head of Youth Justice Service.


1.\tAPOLOGIES FOR ABSENCE

None.
"""


def test_officers_and_guests_heading_opens_a_list_of_its_own() -> None:
    rows = people_rows(load_text(OFFICERS_AND_GUESTS, "calderford-scrutiny-minutes.txt"))
    assert {("Beatrix Holloway", "officer_attending"), ("Lucian Ferrier", "officer_attending")} <= rows
    assert ("Beatrix Holloway", "present_at_meeting") not in rows


# A web page's minutes: substitutes named with the member each sat for.
SUBSTITUTE_FOR_MEMBER = """Tarnby Council

Minutes of the meeting of the Youth Scrutiny Panel held on Tuesday, 5th October, 2021 6.00 pm

Attendance Details

Present:
Councillor Hollis Grange (Chair), Councillor Peregrine Voss

Substitute Members:
Councillor Agatha Mirren for Councillor Basil Thorncroft

Apologies:
Councillor Basil Thorncroft

1.   Declarations of Interest

None.
"""


def test_a_substitute_named_for_a_member_sat_in_their_seat() -> None:
    rows = people_rows(load_text(SUBSTITUTE_FOR_MEMBER, "tarnby-scrutiny-minutes.txt"))
    assert {("Agatha Mirren", "present_at_meeting"), ("Agatha Mirren", "standing_deputy"),
            ("Basil Thorncroft", "apologies")} <= rows
    assert ("Basil Thorncroft", "standing_deputy") not in rows


def test_a_circulation_entry_whose_surname_a_page_cut_names_no_one() -> None:
    text = CIRCULATION_LINE.replace("Board file.", "Insp Hester Wain-\n" + "-" * 60 + "\n\nbridge's staff officer.")
    rows = people_rows(load_text(text, "tarnby-board-minutes.txt"))
    assert ("Roderick Fane", "copy_to") in rows
    assert not any(name.startswith("Hester") for name, _ in rows)
