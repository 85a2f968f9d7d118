"""Council committee and scrutiny panel papers: the real corpus against its gold keys, and one fixture per layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.documents import Document
from kg.loaders import council_papers, load_document
from kg.loaders.context import Context
from kg.names import name_key
from tests.conftest import FIXTURES, load_text, people_rows
from tests.loaders.test_roles import involvements_of

MEETING_RELATIONS = {
    "panel_member", "panel_chair", "panel_vice_chair", "standing_deputy", "present_at_meeting", "apologies",
    "officer_attending", "declared_interest", "contact_officer", "minute_taker", "cabinet_member", "board_chair",
    "board_member",
}


def keyed(rows: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(name_key(name), relation) for name, relation in rows if relation in MEETING_RELATIONS}


def gold_people(path: Path) -> set[tuple[str, str]]:
    key = json.loads(path.read_text(encoding="utf-8"))
    return keyed({(p["name"], r["relation"]) for p in key["people"] for r in p["relations"]})


def assert_same_rows(got: set[tuple[str, str]], expected: set[tuple[str, str]]) -> None:
    missing = sorted(expected - got)
    unexpected = sorted(got - expected)
    assert not missing and not unexpected, "\n".join(
        [f"missing    {row}" for row in missing] + [f"unexpected {row}" for row in unexpected])


def fixture(name: str) -> set[tuple[str, str]]:
    text = (FIXTURES / "council_papers" / name).read_text(encoding="utf-8")
    result = load_text(text, name)
    assert council_papers.FAMILY in result.families
    return keyed(people_rows(result))


def load_corpus(path: Path) -> set[tuple[str, str]]:
    return keyed(people_rows(load_document(Document.from_text(path.name, path.read_text(encoding="utf-8")))))


def test_portsmouth_panel_papers_match_gold(corpus_dir: Path, gold_dir: Path) -> None:
    name = "004_1ae96f1106e970da"
    assert_same_rows(load_corpus(corpus_dir / f"{name}.txt"), gold_people(gold_dir / f"{name}.json"))


def test_vale_of_glamorgan_minutes_match_gold(corpus_dir: Path, gold_dir: Path) -> None:
    name = "57_vale_of_glamorgan_scrutiny_minutes_council"
    assert_same_rows(load_corpus(corpus_dir / "extra" / f"{name}.txt"),
                     gold_people(gold_dir / "extra" / f"{name}.json"))


@pytest.mark.parametrize("name", ["000_07678c9e3f642107.txt", "001_e25209491b5badc3.txt", "002_0fa993fe3d4a66ee.txt",
                                  "003_7f08350e2b0dc4b1.txt"])
def test_inspection_reports_are_not_council_papers(corpus_dir: Path, name: str) -> None:
    assert not council_papers.recognise((corpus_dir / name).read_text(encoding="utf-8"))


def test_board_minutes_are_not_council_papers() -> None:
    text = (FIXTURES / "board_minutes" / "run_together.txt").read_text(encoding="utf-8")
    assert not council_papers.recognise(text)


def test_notice_membership_chair_vice_chair_and_deputies() -> None:
    rows = fixture("notice.txt")
    assert {("anwen price", "panel_member"), ("anwen price", "panel_chair"), ("dilys morgan", "panel_member"),
            ("dilys morgan", "panel_vice_chair"), ("ieuan probert", "panel_member"),
            ("carys whitfield", "panel_member"), ("bryn talfryn", "standing_deputy"),
            ("elinor vaughan", "standing_deputy")} <= rows
    assert ("ieuan probert", "panel_chair") not in rows


def test_notice_contact_officer_from_telephone_enquiries() -> None:
    assert ("imelda rourke", "contact_officer") in fixture("notice.txt")


@pytest.mark.parametrize("labels", ["Contact:  Contact Details:  Enid Marchbank, Democratic Services",
                                    "Enquiries to: Contact Officer: Enid Marchbank, Democratic Services"])
def test_a_contact_label_after_another_is_no_person(labels: str) -> None:
    """A label following a label ('Contact: Contact Details: ...') is not the contact's name: the name after it is."""
    rows = people_rows(load_text(f"Quillbury Borough Council\nCorporate Parenting Panel\n\n{labels}, tel 01632 960812\n",
                                 "contact.txt"))
    assert rows == {("Enid Marchbank", "contact_officer")}


def test_officers_who_will_attend_named_in_agenda() -> None:
    rows = fixture("notice.txt")
    assert {("nerys atherton", "officer_attending"), ("gethin mabbott", "officer_attending")} <= rows


def test_inline_present_list_with_surnames_and_plural_councillors() -> None:
    rows = fixture("surnames_and_officers.txt")
    assert {("halloran", "present_at_meeting"), ("halloran", "panel_chair"), ("pritchard", "present_at_meeting"),
            ("pritchard", "panel_vice_chair"), ("okafor", "present_at_meeting"), ("whitlock", "present_at_meeting"),
            ("t d ellery", "present_at_meeting")} <= rows


def test_in_attendance_executive_member_is_cabinet_member() -> None:
    rows = fixture("surnames_and_officers.txt")
    assert {("rowena pike", "present_at_meeting"), ("rowena pike", "cabinet_member")} <= rows
    assert ("rowena pike", "officer_attending") not in rows


def test_officers_section() -> None:
    rows = fixture("surnames_and_officers.txt")
    assert {("marcus fenwick", "officer_attending"), ("alison breen", "officer_attending")} <= rows


def test_apologies_as_agenda_item_sentence() -> None:
    rows = fixture("surnames_and_officers.txt")
    assert {("deacon", "apologies"), ("jasmine rudd", "apologies")} <= rows


def test_declaration_of_interest_by_cllr() -> None:
    assert ("whitlock", "declared_interest") in fixture("surnames_and_officers.txt")


def test_officers_introduced_in_prose() -> None:
    rows = fixture("surnames_and_officers.txt")
    assert {("sunita kaur", "officer_attending"), ("owen thackeray", "officer_attending")} <= rows


def test_role_in_apposition_is_kept() -> None:
    text = (FIXTURES / "council_papers" / "surnames_and_officers.txt").read_text(encoding="utf-8")
    roles = {s.value for s in load_text(text).statements if s.schema == "Involvement" and s.prop == "role"}
    assert {"Head of Youth Justice", "Performance Manager", "Director of Children's Services"} <= roles


def test_entries_separated_by_blank_lines_and_also_present() -> None:
    rows = fixture("blank_lines.txt")
    assert {("p j haverford", "present_at_meeting"), ("p j haverford", "panel_chair"),
            ("k lindqvist", "present_at_meeting"), ("s oduya", "present_at_meeting"),
            ("r castellano", "present_at_meeting"), ("b tranter", "apologies")} <= rows


def test_apologies_from_those_listed_above_adds_nobody() -> None:
    rows = fixture("blank_lines.txt")
    assert {name for name, relation in rows if relation == "apologies"} == {"b tranter"}


def test_embedded_report_is_left_to_its_own_family() -> None:
    rows = fixture("embedded_report.txt")
    assert {("morwenna tull", "panel_chair"), ("idris fane", "present_at_meeting"),
            ("shona barrow", "present_at_meeting"), ("kester lyle", "apologies")} <= rows
    assert not any(name == "rupert gale" for name, _ in rows)


def test_minutes_heading_without_council_words_is_not_council_papers() -> None:
    assert not council_papers.recognise("Present: Jane Doe\nApologies: John Roe\nThe team met to plan the fair.")


def test_councillors_with_colon_and_initials_without_full_stops() -> None:
    rows = fixture("modern_minutes.txt")
    assert {("j smith", "panel_chair"), ("a brown", "present_at_meeting"), ("c davis", "present_at_meeting"),
            ("e fox", "present_at_meeting"), ("g hill", "present_at_meeting")} <= rows


def test_officers_present_with_dashes_and_cabinet_member_also_present() -> None:
    rows = fixture("modern_minutes.txt")
    assert {("sarah jones", "officer_attending"), ("tom baker", "officer_attending"),
            ("lucy gray", "officer_attending"), ("k lee", "present_at_meeting"), ("k lee", "cabinet_member")} <= rows


def test_apologies_sentence_under_numbered_heading_keeps_no_prose_role() -> None:
    text = (FIXTURES / "council_papers" / "modern_minutes.txt").read_text(encoding="utf-8")
    result = load_text(text)
    assert {("m patel", "apologies"), ("r singh", "apologies")} <= keyed(people_rows(result))
    roles = {s.value for s in result.statements if s.schema == "Involvement" and s.prop == "role"}
    assert not any("received from" in role for role in roles)


def test_councillor_speaking_in_prose_is_not_an_officer() -> None:
    assert ("brown", "officer_attending") not in fixture("modern_minutes.txt")


def meeting_bodies(text: str) -> list[str]:
    """The names of the bodies a document records a meeting of."""
    result = load_text(text)
    bodies = {s.value for s in result.statements if s.schema == "Document" and s.prop == "meeting_of"}
    return sorted(s.value for s in result.statements
                  if s.schema == "Organisation" and s.prop == "name" and s.entity in bodies)


@pytest.mark.parametrize("heading", ["CHILDREN AND FAMILIES SCRUTINY PANEL",
                                     "MINUTES of the meeting of the Children and Families Scrutiny Panel held on "
                                     "Tuesday, 3 May 2016"])
def test_papers_record_a_meeting_of_the_panel_named_with_its_council(heading: str) -> None:
    text = (f"NOTICE OF MEETING\n\n{heading}\n\nMembership\n\nCouncillor Anwen Price (Chair) Councillor Dilys Morgan\n\n"
            "Please see the Westmere Borough Council website.\n")
    assert meeting_bodies(text) == ["Westmere Children and Families Scrutiny Panel"]


@pytest.mark.parametrize(("council", "heading", "body"), [
    ("HALLOWMERE METROPOLITAN BOROUGH COUNCIL", "MINUTES OF A MEETING OF THE CABINET", "Hallowmere Cabinet"),
    ("HALLOWMERE COUNTY BOROUGH COUNCIL", "CABINET", "Hallowmere Cabinet"),
    ("LONDON BOROUGH OF HALLOWMERE", "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE",
     "Hallowmere Children and Young People Scrutiny Committee"),
    ("HALLOWMERE BOROUGH COUNCIL", "MINUTES OF THE CORPORATE PARENTING PANEL", "Hallowmere Corporate Parenting Panel"),
])
def test_a_body_headed_in_capitals_is_named_plainly(council: str, heading: str, body: str) -> None:
    """The heading's record words and capitals are no part of the body's name ('Hallowmere Minutes of A Meeting of
    the Cabinet', 'Hallowmere CABINET', 'London Borough OF Hallowmere ...' are how analysts saw them)."""
    text = (f"{council}\n\n{heading}\n\nMINUTES of the meeting held at 7.00 pm on Tuesday 12 March 2019 in "
            "Committee Room 2, Hallowmere Town Hall\n\nPRESENT: Councillor Anwen Price (Chair), Councillor Dilys "
            "Morgan (Vice-Chair) and Councillors Rhodri Evans and Carys Vaughan\n")
    assert meeting_bodies(text) == [body]


def test_a_panel_named_by_its_initials_in_the_papers_is_the_panel_that_met() -> None:
    text = ("NOTICE OF MEETING\n\nCHILDREN AND FAMILIES SCRUTINY PANEL\n\nMembership\n\nCouncillor Anwen Price (Chair) "
            "Councillor Dilys Morgan\n\nPlease see the Westmere Borough Council website.\n\n3 Minutes\n\nRECOMMENDED that "
            "the minutes of the CF Scrutiny Panel meeting held on 4 May 2016 be approved as a correct record.\n")
    statements = load_text(text).statements
    [body] = {s.value for s in statements if s.schema == "Document" and s.prop == "meeting_of"}
    assert {s.value for s in statements if s.schema == "Recommendation" and s.prop == "addressed_to"} == {body}


def test_a_line_about_the_panel_is_no_panels_name() -> None:
    text = ("NOTICE OF MEETING\n\nMembers of the panel\n\nMembership\n\nCouncillor Anwen Price (Chair) Councillor Dilys "
            "Morgan\n\nPlease see the Westmere Borough Council website.\n")
    assert meeting_bodies(text) == []


def test_a_panel_named_with_its_area_is_not_named_twice() -> None:
    text = ("BRACKWICK DISTRICT COUNCIL\nSafer Brackwick Overview Panel\nMinutes of the meeting held on 16 January 2024\n\n"
            "Present: Councillor Ann Tabor (Chair)\n")
    organisations = {s.value for s in load_text(text, "minutes.txt").statements
                     if s.schema == "Organisation" and s.prop == "name"}
    assert "Safer Brackwick Overview Panel" in organisations
    assert not any(name.startswith("Brackwick Safer") for name in organisations), organisations


LONDON_BOROUGH_MINUTES = """LONDON BOROUGH OF ASHCOMBE VALE

CHILDREN'S SCRUTINY COMMITTEE

MINUTES of the meeting held on Tuesday 4 April 2023 in Committee Room C, Ashcombe Vale Town Hall

PRESENT: Councillor Ottoline Brayfield (Chair) and Councillors Ezekiel Marwood and Pippa Thackeray

1 MINUTES

RESOLVED: That the minutes be agreed.
"""


def test_a_council_named_as_a_london_borough_is_its_councillors_body() -> None:
    rows = involvements_of(LONDON_BOROUGH_MINUTES, "minutes.txt")
    chairs = {(name, organisation) for name, relation, _, organisation in rows if relation == "panel_chair"}
    assert chairs == {("Ottoline Brayfield", "Ashcombe Vale Council")}


def test_a_london_borough_in_capitals_and_an_officer_of_the_services_post() -> None:
    minutes = ("LONDON BOROUGH OF ASHCOMBE VALE\n\nMINUTES of a meeting of the Children's Scrutiny Committee held on "
               "4 March 2025\n\nPRESENT: Councillor Jo Hart (Chair)\n\n5.  INSPECTION\n\nRaj Patel, Head of Youth "
               "Justice, introduced the report together with Amy Cole-Parry, the service's\neducation lead.\n")
    assert council_papers.council_name(Context(Document.from_text("minutes.txt", minutes))) == \
        "London Borough of Ashcombe Vale"
    organisations = {(name, organisation) for name, relation, _, organisation in involvements_of(minutes, "minutes.txt")}
    assert ("Amy Cole-Parry", "Ashcombe Vale Youth Offending Service") in organisations


# Cabinet minutes (batch 20): an officer who introduced the report, with a relative clause saying they chair the board.
OFFICER_WHO_CHAIRS = """TARROWBY COUNCIL

MINUTES OF THE MEETING OF THE CABINET HELD ON 4 MARCH 2025

PRESENT: Councillor Gethin Parry-Hale (in the Chair), Councillor Sioned Wyn-Rees

12.  YOUTH JUSTICE INSPECTION

      The Corporate Director of Social Services, Gareth Blythe-Ormond, who
      chairs the Tarrowby Youth Justice Service Management Board, introduced the report.
"""


def test_an_officer_whose_relative_clause_says_they_chair_the_board() -> None:
    rows = people_rows(load_text(OFFICER_WHO_CHAIRS, "tarrowby_cabinet.txt"))
    assert {("Gareth Blythe-Ormond", "officer_attending"), ("Gareth Blythe-Ormond", "board_chair")} <= rows


def test_a_welsh_county_borough_councils_committee_is_named_with_its_place() -> None:
    minutes = ("DUNMOOR COUNTY BOROUGH COUNCIL\n\nCHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n\n"
               "Minutes of a meeting held in the Council Chamber on Wednesday, 4th June, 2025 at 2.00 p.m.\n\n"
               "Present:  Councillor A.B. Tovey (Chair); Councillors C. Lusk and D. Penry.\n\n"
               "12   MINUTES -\n\nThe minutes were approved.\n")
    statements = load_text(minutes, "minutes.txt").statements
    bodies = {s.value for s in statements if s.schema == "Organisation" and s.prop == "name"}
    assert "Dunmoor Children and Young People Scrutiny Committee" in bodies
    assert not any("County Children" in body for body in bodies)


def test_a_committee_named_in_the_minutes_heading_is_the_committee_not_its_minutes() -> None:
    minutes = ("THISTLECOMBE COUNTY BOROUGH COUNCIL\n\nMINUTES OF THE SOCIAL CARE AND HEALTH SCRUTINY COMMITTEE\n"
               "HELD ON TUESDAY, 21 SEPTEMBER 2021\n\nPRESENT: Councillor Ada Brackley (Chair)\n\n"
               "18. APOLOGIES FOR ABSENCE\n\nNone.\n")
    statements = load_text(minutes, "scrutiny.txt").statements
    panels = {s.value for s in statements if s.schema == "Organisation" and s.prop == "name" and "Committee" in s.value}
    assert panels == {"Thistlecombe Social Care and Health Scrutiny Committee"}, panels


def test_the_councillors_council_is_the_letterhead_not_a_partner_named_later() -> None:
    from tests.loaders.test_attendance import PANEL_IN_CAPITALS
    rows = involvements_of(PANEL_IN_CAPITALS, "minutes.txt")
    assert {organisation for _, relation, _, organisation in rows if relation == "present_at_meeting"} == {
        "Fenwick Vale District Council"}


SCRUTINY_SUBSTITUTE_BRACKET_BELOW = """HOLMEFIELD METROPOLITAN BOROUGH COUNCIL

CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE

MINUTES of a meeting held in Committee Room 2, Town Hall, Holmefield
on Tuesday, 10th July, 2012 at 6.00 p.m.

PRESENT:- Councillor GRIMSHAW (in the Chair);
Councillors Y. Ashdown (Vice-Chair), K. Lomax and C. Bramall
(substitute for Councillor Petch).

14.   APOLOGIES FOR ABSENCE

An apology for absence was received from Councillor D. Petch.

15.   YOUTH OFFENDING

Mr. Pollard explained that inspectors, led by Idris Vaughan-Lloyd of HMI Probation, had examined 40 cases.

(a)  Councillor Lomax asked for a report, and the Leader, Councillor Roy Tattersall, had asked for a
     report to Cabinet in December.
"""


def test_a_substitutes_bracket_on_the_line_below_and_the_leader_named_in_a_minute() -> None:
    rows = people_rows(load_text(SCRUTINY_SUBSTITUTE_BRACKET_BELOW, "holmefield_scrutiny_minutes.txt"))
    assert {("C. Bramall", "present_at_meeting"), ("C. Bramall", "standing_deputy"),
            ("Roy Tattersall", "cabinet_member"), ("Idris Vaughan-Lloyd", "lead_inspector")} <= rows


BILINGUAL_CABINET_REPORT = """CYNGOR BWRDEISTREF SIROL GLYNTAFF          GLYNTAFF COUNTY BOROUGH COUNCIL

ADRODDIAD I'R CABINET                        REPORT TO CABINET

Dyddiad / Date of meeting:   22 September 2015          Agenda Item: 9
Teitl / Title:               YOUTH JUSTICE SERVICE - POST-INSPECTION ACTION PLAN
Adroddiad gan / Report of:   Corporate Director - Social Services
Aelod Portffolio /
Portfolio Member:            Cllr G. Rhydderch, Social Services & Wellbeing

1.    DIBEN / PURPOSE OF REPORT

1.1   To inform Cabinet of the outcome of the inspection of the Youth Justice Service.
"""


def test_a_portfolio_member_labelled_on_a_bilingual_front_sheet() -> None:
    rows = people_rows(load_text(BILINGUAL_CABINET_REPORT, "glyntaff_cabinet_report.txt"))
    assert ("G. Rhydderch", "cabinet_member") in rows
MARGIN_LABELS = """Tarrowby County Council

CHILDREN'S SERVICES SCRUTINY PANEL

Tuesday, 9 December 2014 - 10.00 am

  MEMBERSHIP                                   STANDING DEPUTIES
  Councillor H. Dunstable (Chair)              Councillor E. Brackenbury
  Councillor J. Winterbottom (Vice-Chair)
  Councillors A. Cholmondeley and R. Oyelaran
  Co-opted: Rev. Canon P. Wrexham (Diocese of Tarrowby)

MINUTES

PRESENT      Councillors Hubert Dunstable (in the Chair), Agatha Cholmondeley, Rufus Oyelaran
             and Rev. Canon Percival Wrexham

ALSO PRESENT Councillor Marguerite Ashdown, Cabinet Member for Children and Young People

OFFICERS     Dr Leopold Farquharson (Director of Children's Services) and Winifred Gallimore
             (Democratic Services Officer)

41.  APOLOGIES FOR ABSENCE
     Apologies were received from Councillor Jemima Winterbottom.

42.  MINUTES
     RESOLVED that the minutes of the meeting of 7 October 2014 be confirmed.
"""


def test_labels_in_capitals_in_the_margin_and_a_membership_block_closed_by_co_opted_members() -> None:
    """'PRESENT      Councillors ...', 'ALSO PRESENT Councillor ...', 'OFFICERS     ...': labels in the margin without a
    colon; 'Co-opted:' closing the membership block is a member's line; a chair and vice-chair marked in the
    'MEMBERSHIP' hold those seats and are members too (batch 40 gave the seats only; the keys since batch 54, and
    u275's and u371's, name them members of the committee's membership)."""
    people = people_rows(load_text(MARGIN_LABELS, "tarrowby_scrutiny_minutes.txt"))
    assert {("Hubert Dunstable", "present_at_meeting"), ("Rufus Oyelaran", "present_at_meeting"),
            ("Marguerite Ashdown", "present_at_meeting"), ("Marguerite Ashdown", "cabinet_member"),
            ("Leopold Farquharson", "officer_attending"), ("Winifred Gallimore", "officer_attending"),
            ("Percival Wrexham", "panel_member"), ("Hubert Dunstable", "panel_chair")} <= people
    assert ("Hubert Dunstable", "panel_member") in people
    assert ("Jemima Winterbottom", "panel_member") in people


CABINET_FORM = """ TARROWBY COUNTY COUNCIL                                      Agenda Item No. 7
 ___________________________________________________________________________________
|Meeting:        | CABINET                                                          |
|Date:           | 10 February 2015                                                 |
|Report of:      | Director of Children's Services                                  |
|Title:          | TARROWBY YOUTH JUSTICE PLAN 2015/16                              |
|________________|___________________________________________________________________|

1.  BACKGROUND
1.1 The YOS is overseen by the YOS Management Board, chaired by Dr Leopold
    Farquharson, Director of Children's Services.
1.2 The Children's Services Scrutiny Panel (Chair:
    Councillor Hubert Dunstable) received progress reports in 2014.
"""


def test_a_panels_chair_in_brackets_and_a_forms_report_of_post_alone_names_no_author() -> None:
    """'the Scrutiny Panel (Chair: Councillor Y)'; the letterhead beside 'Agenda Item No.' names the area; 'Report of:
    Director of Children's Services' names no one, though the text names the director (u143's practice) (batch 40)."""
    rows = involvements_of(CABINET_FORM, "tarrowby_cabinet_report.txt")
    assert not [row for row in rows if row[1] == "author"]
    assert ("Hubert Dunstable", "panel_chair", "Chair, Children's Services Scrutiny Panel", "Tarrowby Council") in rows
