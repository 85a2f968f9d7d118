"""The people of inspection reports: standards (2018-), full joint and thematic inspections.

Real documents are compared with their answer keys as sets of (person, relation) rows; small
synthetic documents with fictional names hold one layout each.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.loaders import joint_inspection, standards_inspection, thematic_inspection
from kg.loaders.readers import read_document
from kg.names import name_key
from tests.conftest import load_text, people_rows, role_rows
from tests.loaders.test_roles import involvements_of

REPORT_RELATIONS = {"lead_inspector", "deputy_lead_inspector", "inspection_team", "head_of_inspections",
                    "chief_inspector", "other"}
FJI_TITLE = "Full Joint Inspection of Youth Offending Work in Exampleshire\n\nAn inspection led by HMI Probation\n\n"
STANDARDS_TITLE = ("An inspection of youth offending services in\n\nExampleshire\n\nHM Inspectorate of Probation\n\n"
                   "JUNE 2019\n\n")


def report_rows(rows: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(name_key(name), relation) for name, relation in rows if relation in REPORT_RELATIONS}


def gold_report_rows(gold_file: Path, names: set[str] | None = None) -> set[tuple[str, str]]:
    key = json.loads(gold_file.read_text(encoding="utf-8"))
    return {(name_key(person["name"]), rel["relation"]) for person in key["people"]
            for rel in person["relations"] if rel["relation"] in REPORT_RELATIONS
            and (names is None or person["name"] in names)}


def assert_same_rows(found: set[tuple[str, str]], expected: set[tuple[str, str]]) -> None:
    missing, unexpected = sorted(expected - found), sorted(found - expected)
    assert not missing and not unexpected, f"missing {missing}\nunexpected {unexpected}"


def load_file(path: Path) -> set[tuple[str, str]]:
    from kg.loaders import load_document

    return report_rows(people_rows(load_document(read_document(path))))


# --- the real documents ----------------------------------------------------------------------

@pytest.mark.parametrize("doc", [
    "003_7f08350e2b0dc4b1",
    "extra/02_warwickshire_inspection2018",
    "extra/17_humberside_lincolnshire_crc_adultprobation_other",
    "extra/47_national_youth_crime_prevention_thematic_2010_other",
])
def test_report_people_match_the_answer_key(corpus_dir: Path, gold_dir: Path, doc: str) -> None:
    assert_same_rows(load_file(corpus_dir / f"{doc}.txt"), gold_report_rows(gold_dir / f"{doc}.json"))


def test_fji_report_embedded_in_council_papers(corpus_dir: Path, gold_dir: Path) -> None:
    """Portsmouth papers embed a full joint reinspection: its foreword and acknowledgements are read."""
    found = load_file(corpus_dir / "004_1ae96f1106e970da.txt")
    expected = gold_report_rows(gold_dir / "004_1ae96f1106e970da.json")
    report_people = {row for row in found if row[1] in REPORT_RELATIONS - {"other"}} | {
        row for row in found if row[1] == "other" and row in expected}
    assert_same_rows(report_people, {row for row in expected if row[1] in REPORT_RELATIONS})
    assert ("paul hul", "chief_inspector") not in found
    assert ("jane attwood", "lead_inspector") not in found


def test_families_recognise_their_reports(corpus_dir: Path) -> None:
    def text(name: str) -> str:
        return (corpus_dir / name).read_text(encoding="utf-8")

    assert standards_inspection.recognise(text("003_7f08350e2b0dc4b1.txt"))
    assert standards_inspection.recognise(text("extra/17_humberside_lincolnshire_crc_adultprobation_other.txt"))
    assert joint_inspection.recognise(text("004_1ae96f1106e970da.txt"))
    assert thematic_inspection.recognise(text("extra/47_national_youth_crime_prevention_thematic_2010_other.txt"))
    assert not joint_inspection.recognise(text("extra/47_national_youth_crime_prevention_thematic_2010_other.txt"))
    assert not thematic_inspection.recognise(text("003_7f08350e2b0dc4b1.txt"))
    for letter in ("000_07678c9e3f642107.txt", "001_e25209491b5badc3.txt"):
        assert not any(family.recognise(text(letter))
                       for family in (standards_inspection, joint_inspection, thematic_inspection))


# --- standards reports -----------------------------------------------------------------------

def test_led_by_head_of_inspections_and_signature() -> None:
    result = load_text(STANDARDS_TITLE
                       + "This inspection was led by HM Inspector Tobias Wrenfield, supported by a team of inspectors. "
                         "The Head of Youth Offending Team Inspections, responsible for this inspection programme, "
                         "is Rupert Haddow. We would like to thank all those who helped.\n\nForeword\n\nText.\n\n"
                         "Dame Harriet Lovelock\nChief Inspector of Probation\n")
    assert report_rows(people_rows(result)) == {
        ("tobias wrenfield", "lead_inspector"), ("rupert haddow", "head_of_inspections"),
        ("harriet lovelock", "chief_inspector")}
    titles = {s.value for s in result.statements if s.prop == "title"}
    assert "Dame" in titles


def test_role_broken_over_lines_and_pages_run_together() -> None:
    result = load_text("Page 1: An inspection of youth offending services in Exampleshire HM Inspectorate of Probation "
                       "Page 2: This inspection was led by HM Inspector Tobias Wrenfield, supported by a team. The Head of"
                       "\n\nYouth Offending Team Inspections, responsible for this inspection programme, is Rupert "
                       "Haddow. We thank all those who helped. areas for improvement. Dame Harriet Lovelock Chief "
                       "Inspector of Probation Overall findings\n")
    assert report_rows(people_rows(result)) == {
        ("tobias wrenfield", "lead_inspector"), ("rupert haddow", "head_of_inspections"),
        ("harriet lovelock", "chief_inspector")}


def test_adult_probation_report_and_names_in_capitals() -> None:
    result = load_text("An inspection of probation services in: Exampleshire Community Rehabilitation Company\n\n"
                       "HMI Probation, May 2020\n\nThis inspection was led by HM Inspector Tobias Wrenfield.\n\n"
                       "DAME HARRIET LOVELOCK\nHM CHIEF INSPECTOR OF PROBATION\n")
    assert report_rows(people_rows(result)) == {
        ("tobias wrenfield", "lead_inspector"), ("harriet lovelock", "chief_inspector")}


def test_head_of_inspections_named_first() -> None:
    result = load_text(STANDARDS_TITLE + "Rupert Haddow, Head of Youth Offending Team Inspections\n")
    assert ("rupert haddow", "head_of_inspections") in report_rows(people_rows(result))


# --- chief inspector signatures --------------------------------------------------------------

@pytest.mark.parametrize("signature", [
    "Harriet Hul M\n\nHarriet Lovelock CBE\n\nHM Chief Inspector of Probation\n",  # garbled image above
    "Harriet Lovelock CBE\n\nHarriet Hul M\n\nHM Chief Inspector of Probation\n",  # garbled image below
    "Harriet Lovelock CBE, HM Chief Inspector of Probation\n",
    "The report was written by HMI Probation's Tobias Wrenfield. Chief Inspector of Probation, Harriet Lovelock\n",
])
def test_signature_resolves_to_the_named_person(signature: str) -> None:
    rows = report_rows(people_rows(load_text(FJI_TITLE + "Foreword\n\nText.\n\n" + signature)))
    assert ("harriet lovelock", "chief_inspector") in rows
    assert not any("hul" in name for name, _ in rows)


def test_two_chief_inspectors_sign_side_by_side() -> None:
    rows = report_rows(people_rows(load_text(
        "A Joint Inspection of Youth Crime Prevention\n\nForeword\n\nText.\n\n"
        "Tobias Wrenfield\t\tHarriet Lovelock\nHM Chief Inspector of Constabulary\tHM Chief Inspector of Probation\n")))
    assert rows == {("tobias wrenfield", "chief_inspector"), ("harriet lovelock", "chief_inspector")}


def test_address_and_assistant_chief_are_not_signatures() -> None:
    rows = report_rows(people_rows(load_text(
        FJI_TITLE + "Anyone wishing to comment should write to:\n\nHM Chief Inspector of Probation\n\n"
                    "1st Floor, Civil Justice Centre\n\nAssistant Chief Inspector Tobias Wrenfield visited.\n")))
    assert not {row for row in rows if row[1] == "chief_inspector"}


# --- acknowledgements tables and team lists --------------------------------------------------

TEAM = {("marjorie quillfeather", "lead_inspector"), ("tobias wrenfield", "deputy_lead_inspector"),
        ("rupert haddow", "inspection_team"), ("helena marchbank", "inspection_team")}


@pytest.mark.parametrize("table", [
    # tab-separated, continuation rows under the role above
    "Appendix 2 - Acknowledgements\n\nLead Inspector\tMarjorie Quillfeather, HMI Probation\n"
    "Deputy Lead Inspector\tTobias Wrenfield, HMI Probation\nInspection Team\tRupert Haddow, HMI Probation\n"
    "\tHelena Marchbank, Care Quality Commission\n",
    # markdown
    "Acknowledgements\n\n| Role | Name |\n|---|---|\n| Lead Inspector | Marjorie Quillfeather, HMI Probation |\n"
    "| Deputy Lead Inspector | Tobias Wrenfield, HMI Probation |\n| Inspection Team | Rupert Haddow, HMI Probation |\n"
    "| | Helena Marchbank, HMI Constabulary |\n",
    # name, then role
    "Acknowledgements\n\nMarjorie Quillfeather, HMI Probation\tLead Inspector\n"
    "Tobias Wrenfield, HMI Probation\tDeputy Lead Inspector\nRupert Haddow, HMI Probation\tInspection Team\n"
    "Helena Marchbank, Ofsted\tInspection Team\n",
    # label: names
    "Acknowledgements\n\nLead Inspector: Marjorie Quillfeather, HMI Probation\n"
    "Deputy Lead Inspector: Tobias Wrenfield, HMI Probation\nInspection Team: Rupert Haddow, Helena Marchbank\n",
    # pages run together on one line, Welsh back cover after the list
    "Appendix 2 - Acknowledgements Lead Inspector Marjorie Quillfeather, HMI Probation Deputy Lead Inspector "
    "Tobias Wrenfield, HMI Probation Inspection Team Rupert Haddow, HMI Probation Helena Marchbank, Care Quality "
    "Commission Arolygiad ar y Cyd Cyfiawnder Troseddol HM Inspectorate of Probation, Civil Justice Centre\n",
])
def test_acknowledgements_table_layouts(table: str) -> None:
    assert_same_rows(report_rows(people_rows(load_text(FJI_TITLE + table))), TEAM)


def test_acknowledgements_support_rows_and_own_roles() -> None:
    result = load_text(FJI_TITLE + "Appendix 2 - Acknowledgements\n\nInspection Team\tRupert Haddow, HMI Probation\n"
                                   "\tOwen Brackley Ofsted further education and learning\n"
                                   "\tLydia Fenwick, User Engagement Officer\n"
                                   "HMI Probation Support Services\tCedric Ashdown, Support Services Officer\n"
                                   "\tPenelope Garside, Communications Manager\n"
                                   "Assistant Chief Inspector (Youth Justice)\tHelena Marchbank, HMI Probation\n")
    assert_same_rows(report_rows(people_rows(result)), {
        ("rupert haddow", "inspection_team"), ("owen brackley", "inspection_team"),
        ("lydia fenwick", "inspection_team"), ("cedric ashdown", "other"), ("penelope garside", "other"),
        ("helena marchbank", "other")})
    roles = {s.value for s in result.statements if s.schema == "Involvement" and s.prop == "role"}
    assert {"User Engagement Officer", "Support Services Officer", "Communications Manager"} <= roles


def test_thematic_label_and_name_lines() -> None:
    result = load_text(
        "A Joint Inspection of Youth Crime Prevention\n\nA Joint Inspection by HMI Constabulary and HMI Probation\n\n"
        "Acknowledgements\n\nWe are grateful to the staff in six areas for their help with this inspection.\n\n3\n\n"
        "Lead inspector\n\nMarjorie Quillfeather (HMI Constabulary)\n\nHMI Probation Inspectors\n\n"
        "Rupert Haddow, Helena Marchbank\n\nSupport Staff\n\nLydia Fenwick; Cedric Ashdown\n\nEditor\n\nOwen Brackley\n\n"
        "A Joint Inspection of Youth Crime Prevention\n\nForeword This thematic inspection is one of several which, "
        "with the Core Case Inspections, form the programme.\n")
    assert result.families == ("thematic_inspection",)
    assert_same_rows(report_rows(people_rows(result)), {
        ("marjorie quillfeather", "lead_inspector"), ("rupert haddow", "inspection_team"),
        ("helena marchbank", "inspection_team"), ("lydia fenwick", "other"), ("cedric ashdown", "other"),
        ("owen brackley", "other")})


def test_thank_you_prose_before_a_run_together_list_is_skipped() -> None:
    rows = report_rows(people_rows(load_text(
        FJI_TITLE + "Acknowledgements We would like to thank all those who took part, in particular Colin Fairweather. "
                    "Lead Inspector Marjorie Quillfeather, HMI Probation Inspection Team Rupert Haddow, HMI Probation\n")))
    assert rows == {("marjorie quillfeather", "lead_inspector"), ("rupert haddow", "inspection_team")}


def test_inspection_team_in_prose() -> None:
    rows = report_rows(people_rows(load_text(
        STANDARDS_TITLE + "The inspection team was made up of Marjorie Quillfeather (lead inspector), Rupert Haddow "
                          "and Helena Marchbank from HMI Probation, with Owen Brackley from Ofsted.\n")))
    assert rows == {("marjorie quillfeather", "lead_inspector"), ("rupert haddow", "inspection_team"),
                    ("helena marchbank", "inspection_team"), ("owen brackley", "inspection_team")}


def test_deputy_lead_row_is_not_a_lead_inspector() -> None:
    """Regression: 'led by' lines read 'Lead Inspector' inside a 'Deputy Lead Inspector' table row."""
    rows = report_rows(people_rows(load_text("Minutes\n\nDeputy Lead Inspector\tTobias Wrenfield, HMI Probation\n"
                                             "The lead inspector (Harriet Lovelock), Rupert Haddow and others.\n")))
    assert ("tobias wrenfield", "lead_inspector") not in rows
    assert ("rupert haddow", "lead_inspector") not in rows


HEAD_OF_INSPECTIONS_WORDINGS = """An inspection of youth justice services in Eastholm

HM Inspectorate of Probation, June 2022

Foreword
This inspection is part of our programme of youth justice inspections. The head of youth justice inspections, Helen Dyer, oversaw the fieldwork.

Acknowledgements
This inspection was led by HM Inspector Dana Price, supported by a team of inspectors.
Our thanks go to Sarah Pike (Head of Youth Inspections) for her support.
Neil Tovey, HM Inspectorate of Probation's Head of Youth Justice Inspection Programme, quality assured the report.
The Head of Service for the inspected area, Ruth Ellery, met the inspectors.
"""


def test_the_head_of_inspections_in_a_foreword_and_acknowledgements_in_several_wordings() -> None:
    rows = people_rows(load_text(HEAD_OF_INSPECTIONS_WORDINGS, "report.txt"))
    assert {name for name, relation in rows if relation == "head_of_inspections"} == {
        "Helen Dyer", "Sarah Pike", "Neil Tovey"}


def test_posts_and_their_holders_on_one_line_each() -> None:
    result = load_text(STANDARDS_TITLE + "Lead inspector: Bryony Tallis\nInspectors: Colm Ashby, Petra Lind and Yusuf "
                       "Karim\nHead of youth inspections: Delia Moor\nInspection dates: 3 to 7 June\n"
                       "Inspectors' note: the partnership and the council were helpful\n\nForeword\n\nText.\n")
    assert report_rows(people_rows(result)) == {
        ("bryony tallis", "lead_inspector"), ("colm ashby", "inspection_team"), ("petra lind", "inspection_team"),
        ("yusuf karim", "inspection_team"), ("delia moor", "head_of_inspections")}


def test_a_copy_list_under_the_head_of_inspections_signature_is_copied_not_the_head() -> None:
    letter = ("HM Inspectorate of Probation\n\nDear Mr Patel\n\nInspection of youth justice services in Dunmoor\n\n"
              "The inspection will take place in March.\n\nYours sincerely\n\nDelia Moor\nHead of Youth Inspections\n\n"
              "cc: Greta Halvorsen, Chair, Dunmoor Youth Justice Management Board\n")
    rows = people_rows(load_text(letter, "letter.txt"))
    assert {row for row in rows if row[1] == "head_of_inspections"} == {("Delia Moor", "head_of_inspections")}
    assert ("Greta Halvorsen", "copy_to") in rows


def test_an_annexe_headed_inspection_team_with_posts_then_names_in_columns() -> None:
    result = load_text(STANDARDS_TITLE + "Contents\nInspection team ........ 32\n\nForeword\n\nText.\n\n"
                       "Annexe 1 – Inspection team\nLead inspector\t\tTamsin Oakley, HM Inspector\n"
                       "Inspectors\t\tKwame Osei\n\t\tRhiannon Pell\nHead of Inspection\t\tDelia Moor\n")
    assert report_rows(people_rows(result)) == {
        ("tamsin oakley", "lead_inspector"), ("kwame osei", "inspection_team"), ("rhiannon pell", "inspection_team"),
        ("delia moor", "head_of_inspections"), ("delia moor", "inspection_team")}  # listed in the team, so one of it


TEAM_UNDER_ITS_HEADING = STANDARDS_TITLE + """Acknowledgements

HM Inspector Rosalind Quennell led the fieldwork, working with the inspectors named below.

Inspection team

Lead inspector:\t\t\tRosalind Quennell
Inspectors:\t\t\tTeodor Vasquez-Lund
Police adviser:\t\tInspector Graham Oakhill
Research and analysis:\t\tDr Ifeyinwa Brackley
Quality assurance:\t\tPerpetua Nakamura-Wells
"""


def test_every_row_under_an_inspection_team_heading_is_a_member() -> None:
    """Under 'Inspection team' the heading says what the rows are: a label the vocabulary does not know ('Police
    adviser', 'Quality assurance') or knows as support ('Research') still lists a member, a rank before the name is
    no part of it, and the inspector named as a sentence's subject above the list is no row of it."""
    rows = report_rows(people_rows(load_text(TEAM_UNDER_ITS_HEADING, "report.txt")))
    assert {name for name, relation in rows if relation == "inspection_team"} == {
        "teodor vasquez lund", "graham oakhill", "ifeyinwa brackley", "perpetua nakamura wells"}
    assert ("rosalind quennell", "lead_inspector") in rows


SERVICE_THANKED = STANDARDS_TITLE + """Acknowledgements

We are grateful to Leontyne Prosser-Grey, the Head of Service, and to Casimir Oyelowo, the local inspection
coordinator, for their help in arranging the fieldwork. We met the local inspection coordinator, Wilhelmina Achter,
and the Head of Service on 3 May.
"""


def test_the_inspected_services_people_named_beside_their_post() -> None:
    rows = involvements_of(SERVICE_THANKED, "report.txt")
    staff = {(name, role, organisation) for name, relation, role, organisation in rows if relation == "staff"}
    assert staff == {("Leontyne Prosser-Grey", "Head of Service", "Exampleshire Youth Offending Service"),
                     ("Casimir Oyelowo", "local inspection coordinator", "Exampleshire Youth Offending Service"),
                     ("Wilhelmina Achter", "local inspection coordinator", "Exampleshire Youth Offending Service")}


@pytest.mark.parametrize("sentence", [
    "The inspection was led by Aled Penrose, supported by a team of inspectors. Dervla Ní Fhlannagáin, our Head of\n"
    "Youth Justice Inspections, had overall responsibility for the programme.",
    "The youth inspection programme is overseen by Dervla Ní Fhlannagáin, Assistant Chief Inspector.",
])
def test_the_head_of_the_youth_inspection_programme_in_acknowledgements(sentence: str) -> None:
    rows = people_rows(load_text(STANDARDS_TITLE + "Acknowledgements\n\n" + sentence + "\n", "report.txt"))
    assert ("Dervla Ní Fhlannagáin", "head_of_inspections") in rows


def test_the_boards_chair_thanked_in_a_reports_acknowledgements() -> None:
    text = (STANDARDS_TITLE + "Acknowledgements\n\nOur thanks go to Gavin Tresilian-Moyo, the Head of Service, and to "
            "the local inspection coordinator, for their help in arranging the fieldwork, and to Hester\n"
            "Quennell, Chair of the Exampleshire Youth Justice Partnership Board.\n")
    assert ("Hester Quennell", "board_chair") in people_rows(load_text(text, "report.txt"))


def test_the_services_staff_the_inspectorate_thanks_by_name_and_post() -> None:
    text = (STANDARDS_TITLE + "Acknowledgements\n\nOur thanks go to Gavin Tresilian-Moyo, the Head of Service, and to "
            "Saffron Pendeen, the\nlocal inspection coordinator, for their help. We also met the service manager "
            "and the YOS Manager.\n")
    rows = people_rows(load_text(text, "report.txt"))
    assert {name for name, relation in rows if relation == "staff"} == {"Gavin Tresilian-Moyo", "Saffron Pendeen"}


def test_the_author_of_a_letter_who_will_lead_the_inspection() -> None:
    letter = ("HM Inspectorate of Probation\n\nMs Kerensa Tonkin\nChair, Exampleshire Youth Justice Partnership Board\n\n"
              "19 August 2022\n\nDear Ms Tonkin\n\nInspection of youth offending services: Exampleshire\n\n"
              "I am writing to let you know that HM Inspectorate of Probation will inspect youth offending services in "
              "Exampleshire. I will lead the inspection.\n\nYours sincerely\n\nHelen Roskilly\nHM Inspector\n")
    result = load_text(letter, "letter.txt")
    assert {("Helen Roskilly", "author"), ("Helen Roskilly", "lead_inspector")} <= people_rows(result), result.families


def test_a_team_annex_with_each_post_under_its_name() -> None:
    text = ("Inspection of youth justice services in Westmere\nHM Inspectorate of Probation\n\n"
            "The service was rated Good.\n\nAnnexe 2: Inspection team\n\n"
            "Morwenna Trevail\nLead Inspector, HM Inspectorate of Probation\n\n"
            "Idris Polglase\nHM Inspector\n\n"
            "DS Kitto Rowse\nPolice Adviser\n\n"
            "Demelza Hocking\nHead of Youth Inspection Programme\n")
    rows = people_rows(load_text(text, "inspection.txt"))
    assert {row for row in rows if row[1] in ("lead_inspector", "inspection_team", "head_of_inspections")} == {
        ("Morwenna Trevail", "lead_inspector"), ("Idris Polglase", "inspection_team"), ("Kitto Rowse", "inspection_team"),
        ("Demelza Hocking", "head_of_inspections"), ("Demelza Hocking", "inspection_team")}


def test_a_typed_chief_inspector_above_the_post_and_a_team_table_about_the_inspection() -> None:
    text = ("An inspection of youth justice\nservices in Westmere\n\nHM Inspectorate of Probation\n\nMarch 2025\n\n"
            "Foreword\n\nWe have inspected the service. Overall, it is rated Good.\n\n"
            "Oyinkansola Tregarthen-Voss\nHM Chief Inspector of Probation\n\n"
            "Annexe 2: About this inspection\n\n"
            "Role                                Name\n"
            "Lead Inspector                      Morwenna Trevail\n"
            "Inspectors                          Adebowale Quist, Ruaraidh MacPhàil-Orr\n"
            "Police Adviser                      PC Zinnia Hartwell-Dane\n"
            "Quality Assurance                   Demelza Hocking\n\n"
            "The team is grateful to the service's staff, and in particular to the local inspection co-ordinator,\n"
            "Tamsin Carveth-Rowe, for arranging the week. The Head of Youth Justice, Idris Polglase, reports to "
            "the Director.\n")
    rows = people_rows(load_text(text, "report.txt"))
    assert {row for row in rows if row[1] != "other"} == {
        ("Oyinkansola Tregarthen-Voss", "chief_inspector"), ("Morwenna Trevail", "lead_inspector"),
        ("Adebowale Quist", "inspection_team"), ("Ruaraidh MacPhàil-Orr", "inspection_team"),
        ("Zinnia Hartwell-Dane", "inspection_team"), ("Demelza Hocking", "inspection_team"),
        ("Tamsin Carveth-Rowe", "staff"), ("Idris Polglase", "staff")}


def test_a_head_of_youth_justice_in_a_copy_list_or_a_papers_form_is_no_staff() -> None:
    text = (STANDARDS_TITLE + "The Head of Youth Justice Inspections, Demelza Hocking, had overall responsibility.\n\n"
            "Author/contact:     Idris Polglase, Youth Justice Service Manager\n\n"
            "Copy to:\nTamsin Carveth, Head of Youth Justice and Early Help, Exampleshire\n")
    rows = people_rows(load_text(text, "report.txt"))
    assert not {row for row in rows if row[1] == "staff"}


def test_a_letter_announcing_the_team_the_lead_inspector_and_the_addressee_who_chairs_the_board() -> None:
    letter = ("HM Inspectorate of Probation\n\n7 October 2024\n\nMarcus Penhallow\nDirector of Children's Services\n"
              "Westmere County Council\n\nDear Mr Penhallow,\n\nInspection of youth justice services in Westmere\n\n"
              "I write to confirm that HM Inspectorate of Probation will inspect youth justice services in Westmere. I "
              "will be the lead\ninspector. As you chair the Westmere Youth Justice Partnership Board, I should be "
              "grateful if you would share this letter.\n\n"
              "The team will include Inspectors Siobhán Ní Dhuibhir and Gideon Azikiwe-Marr, and an inspector from "
              "the Care Quality Commission, Priyamvada Rao-Kessel.\n\nYours sincerely,\n\nKwabena Tregenza\n"
              "HM Inspector\n")
    result = load_text(letter, "letter.txt")
    rows = people_rows(result)
    assert {("Kwabena Tregenza", "author"), ("Kwabena Tregenza", "lead_inspector"),
            ("Marcus Penhallow", "addressee"), ("Marcus Penhallow", "board_chair"),
            ("Siobhán Ní Dhuibhir", "inspection_team"), ("Gideon Azikiwe-Marr", "inspection_team"),
            ("Priyamvada Rao-Kessel", "inspection_team")} <= rows, result.families
    team = {(name, organisation) for name, relation, _, organisation in involvements_of(letter, "letter.txt")
            if relation == "inspection_team"}
    assert team == {("Siobhán Ní Dhuibhir", "HM Inspectorate of Probation"),
                    ("Gideon Azikiwe-Marr", "HM Inspectorate of Probation"),
                    ("Priyamvada Rao-Kessel", "Care Quality Commission")}


def test_each_team_members_body_from_their_own_part_of_the_list() -> None:
    """'HM Inspectors A and B, ... a health inspector from the Care Quality Commission (C) and an Ofsted education
    inspector (D)': a body written before a name in brackets is that member's, not the one before it."""
    text = (STANDARDS_TITLE + "Acknowledgements\n\nThis inspection was led by HM Inspector Tobias Wrenfield. The "
            "inspection team\ncomprised HM Inspectors Ottilie Marsh-Dunn and Caspar Welland, a health inspector from "
            "the Care Quality\nCommission (Imelda Rourke) and an Ofsted education inspector (Fergal Ashby).\n")
    rows = {(person, relation, organisation) for person, relation, _, organisation in
            involvements_of(text, "inspection.txt")}
    assert {("Ottilie Marsh-Dunn", "inspection_team", "HM Inspectorate of Probation"),
            ("Caspar Welland", "inspection_team", "HM Inspectorate of Probation"),
            ("Imelda Rourke", "inspection_team", "Care Quality Commission"),
            ("Fergal Ashby", "inspection_team", "Ofsted")} <= rows, rows


INSPECTORATE_LETTER = """HM Inspectorate of Probation
Youth Inspection Programme

OFFICIAL

2 May 2023

Dear Ms Pettigrew

Inspection of youth justice services in Westmere: end of fieldwork

As the lead inspector, I am writing to confirm the next steps. If you have any questions,
please contact me or our inspection support officer, Tancred Oyelaran, on 07700 900 111.

Yours sincerely

Ottilie Marsh-Dunn
HM Inspector
"""


TEAM_SUPPORTING_THE_LEAD = STANDARDS_TITLE + """Acknowledgements

This inspection was led by HM Inspector Ann Hollis, supported by a team of inspectors and staff: Raj Pillai, Kim Fordyce,
Lola Brennan and Tariq Osei. The manager responsible for this inspection programme is Dee Marsh.

We would like to thank all those who helped plan and took part in the inspection.
"""

TEAM_COMPRISED_WITH_SUPPORT_OFFICER = STANDARDS_TITLE + """Acknowledgements

The inspection was led by HM Inspector Colm Daly. The team comprised Priya Nair, Owen Hartley and Sadie Quinn, with our
inspection support officer, Marta Kowal.
"""


TEAM_SUPPORTING_THE_LEAD_WITH_POSTS_IN_BRACKETS = STANDARDS_TITLE + """Acknowledgements

HM Inspector Colm Daly led the inspection, supported by Priya Nair and Owen Hartley (inspectors) and Sadie Quinn
(inspection support officer).
"""


def test_a_team_in_prose_supporting_the_lead_and_a_support_officer_named_before_or_after_the_post() -> None:
    rows = role_rows(load_text(TEAM_SUPPORTING_THE_LEAD, "report.txt"))
    assert {(name, relation) for name, relation, _ in rows if relation in REPORT_RELATIONS} == {
        ("Ann Hollis", "lead_inspector"), ("Raj Pillai", "inspection_team"), ("Kim Fordyce", "inspection_team"),
        ("Lola Brennan", "inspection_team"), ("Tariq Osei", "inspection_team"), ("Dee Marsh", "head_of_inspections")}
    rows = role_rows(load_text(TEAM_COMPRISED_WITH_SUPPORT_OFFICER, "report.txt"))
    team = {(name, role) for name, relation, role in rows if relation == "inspection_team"}
    assert team == {("Priya Nair", "inspection team"), ("Owen Hartley", "inspection team"),
                    ("Sadie Quinn", "inspection team"), ("Marta Kowal", "inspection support officer")}
    rows = role_rows(load_text(TEAM_SUPPORTING_THE_LEAD_WITH_POSTS_IN_BRACKETS, "report.txt"))
    assert {(name, relation) for name, relation, _ in rows if relation in REPORT_RELATIONS} == {
        ("Colm Daly", "lead_inspector"), ("Priya Nair", "inspection_team"), ("Owen Hartley", "inspection_team"),
        ("Sadie Quinn", "inspection_team")}
    assert ("Sadie Quinn", "inspection_team", "inspection support officer") in rows


INSPECTORATE_LETTER_WITH_ITS_TEAM = """HM Inspectorate of Probation

Ms Lia Trent
Head of Service
Corbridge Youth Justice Service

3 March 2021

Dear Ms Trent

Inspection of youth justice services in Corbridge

The inspection team was led by HM Inspector Ruth Ogden, supported by Grant Fell, inspection support officer, and Nell
Varga, HM Inspector.

Our inspection support officer, Petra Lund, will be in touch next week to agree the fieldwork timetable.

If you have any questions, please contact the inspection support officer, Omar Said, on 07700 900123.

Yours sincerely

Ruth Ogden
HM Inspector
"""


def test_an_inspectorate_letter_names_its_team_and_support_officers_in_prose() -> None:
    rows = role_rows(load_text(INSPECTORATE_LETTER_WITH_ITS_TEAM, "letter.txt"))
    assert {(name, relation, role) for name, relation, role in rows if relation in REPORT_RELATIONS} == {
        ("Ruth Ogden", "lead_inspector", "HM Inspector"),
        ("Grant Fell", "inspection_team", "inspection support officer"),
        ("Nell Varga", "inspection_team", "HM Inspector"),
        ("Petra Lund", "inspection_team", "inspection support officer")}  # the one to contact is not listed as team


SCREENING_LETTER_SIGNED_BY_AN_INSPECTOR = """HM Inspectorate of Probation

Mr Tom Bexworth
Chief Executive
Harlow Vale Council

2 September 2015

Dear Mr Bexworth

Short Quality Screening of youth offending work in Harlow Vale

We recently carried out a Short Quality Screening of youth offending work in Harlow Vale. Our findings are set out below.

Yours sincerely

Gemma Rowntree
HM Inspector
"""

FOLLOW_UP_LETTER_SIGNED_BY_AN_INSPECTOR = """HM Inspectorate of Probation

18 February 2020

Dear Ruth,

Youth offending services in Harlow Vale: your improvement plan

Thank you for meeting me on 4 February. I was pleased to see the progress made since our inspection.

Yours sincerely

Gemma Rowntree
HM Inspector
"""


def test_a_letter_by_the_lead_inspector_and_its_support_officer_to_contact() -> None:
    rows = {(person, relation) for person, relation, _, _ in involvements_of(INSPECTORATE_LETTER, "letter.txt")}
    assert {("Ottilie Marsh-Dunn", "author"), ("Ottilie Marsh-Dunn", "lead_inspector"),
            ("Tancred Oyelaran", "contact_officer")} <= rows, rows


def test_the_hm_inspector_signing_a_letter_that_reports_an_inspection_led_it() -> None:
    assert ("Gemma Rowntree", "lead_inspector") in people_rows(load_text(SCREENING_LETTER_SIGNED_BY_AN_INSPECTOR, "sqs.txt"))
    # a letter that follows an earlier inspection up names no lead
    assert ("Gemma Rowntree", "lead_inspector") not in people_rows(
        load_text(FOLLOW_UP_LETTER_SIGNED_BY_AN_INSPECTOR, "letter.txt"))


# An inspectorate's letter announcing its fieldwork (batch 20): the team under a sentence that ends in a colon, each
# member's own post and inspectorate after the name; and a thematic's acknowledgements naming who held the head's role.
NOTIFICATION_LETTER = """HM Inspectorate of Probation

Dear Ms Pryce

Inspection of youth justice services in Tarrowby: notification

I will be the lead inspector for the inspection. The inspection team will be:

     Eluned Carrow-Vane           HM Inspector
     Tomos Heilyn                 Inspector
     Dr Seren Abernant            Peer Reviewer, HIW
     Ceinwen Morlais              Inspector, CIW

The role of HM Inspectorate of Probation's Head of Youth Inspections was
undertaken by Idwal Pennant-Ross.

Yours sincerely

Bethan Carreg
HM Inspector
"""


def test_a_team_listed_under_a_sentence_ending_in_a_colon_and_the_head_who_held_the_role() -> None:
    rows = involvements_of(NOTIFICATION_LETTER, "tarrowby_letter.txt")
    team = {(name, role, org) for name, relation, role, org in rows if relation == "inspection_team"}
    assert team == {("Eluned Carrow-Vane", "HM Inspector", "HM Inspectorate of Probation"),
                    ("Tomos Heilyn", "Inspector", "HM Inspectorate of Probation"),
                    ("Seren Abernant", "Peer Reviewer, HIW", "Healthcare Inspectorate Wales"),
                    ("Ceinwen Morlais", "Inspector, CIW", "Care Inspectorate Wales")}
    assert ("Idwal Pennant-Ross", "head_of_inspections") in {(name, relation) for name, relation, _, _ in rows}


DOT_LEADER_TEAM = STANDARDS_TITLE + """Acknowledgements

This inspection was led by HM Inspector Tamsin Ollerenshaw, supported by a team of inspectors.

Inspection team:
   Lead Inspector ................. Tamsin Ollerenshaw
   HM Inspectors .................. Gideon Prewett; Anouk Vandersteen
   Ofsted ......................... Marisol Atherley
   Police Adviser ................. DS Callum Brightwater
   Research ....................... Dr Yusuf Kettering-Hale

Please note that the names in the practice examples have been changed.
"""


def test_a_team_list_with_dot_leaders_between_labels_and_names() -> None:
    found = report_rows(people_rows(load_text(DOT_LEADER_TEAM, "report.txt")))
    assert_same_rows(found, {(name_key(name), relation) for name, relation in [
        ("Tamsin Ollerenshaw", "lead_inspector"), ("Gideon Prewett", "inspection_team"),
        ("Anouk Vandersteen", "inspection_team"), ("Marisol Atherley", "inspection_team"),
        ("Callum Brightwater", "inspection_team"), ("Yusuf Kettering-Hale", "inspection_team")]})


LEADS_IN_MINUTES = """Harrowfield Youth Justice Management Board
Minutes of the meeting held on 4 April 2024

Present
Ysolde Kinnaird-BraceDirector of Children's Services (Chair)
Petroc Venables-AhmedHead of Youth Justice Service

1. Welcome

YKB welcomed members, in particular Ottilie Farnsworth-Obi, HM Inspector, who led the recent
inspection and attended for item 2.

2. Scrutiny

The Chair reminded members that the previous inspection had been led by Caroline Tull of HM
Inspectorate of Probation.
"""


def test_a_lead_inspector_named_in_minutes_by_a_clause_or_as_having_led_the_inspection() -> None:
    found = people_rows(load_text(LEADS_IN_MINUTES, "board.txt"))
    assert {("Ottilie Farnsworth-Obi", "lead_inspector"), ("Caroline Tull", "lead_inspector")} <= found


COORDINATOR_CARRIED_OUT = STANDARDS_TITLE + """Acknowledgements

This inspection was led by HM Inspector Tamsin Ollerenshaw.

The role of local inspection coordinator was carried out by Linnea Osterhout-Vale, Data
Officer, Exampleshire Youth Justice Service.
"""

THANKED_IN_A_LETTER = """HM Inspectorate of Probation
Manchester

Ms Dora Pennick
Director of Children's Services
Exampleshire Council

Dear Dora

FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN EXAMPLESHIRE

I would like to thank the staff of the YOS, and particularly Everard
Quist-Mallory, the Head of Youth Offending Service, for their help.

Yours sincerely

cc: Odile Fanshawe-Reid, YOS Manager
"""


def test_the_services_staff_named_by_the_inspectorate_as_coordinator_or_thanked_in_a_letter() -> None:
    assert ("Linnea Osterhout-Vale", "staff") in people_rows(load_text(COORDINATOR_CARRIED_OUT, "report.txt"))
    letter = people_rows(load_text(THANKED_IN_A_LETTER, "letter.txt"))
    assert {name for name, relation in letter if relation == "staff"} == {"Everard Quist-Mallory"}  # a 'cc:' is no thanks


def test_a_team_list_of_labels_over_names_with_the_head_of_inspections_in_it_and_a_page_number_below() -> None:
    report = (STANDARDS_TITLE + "Annexe 1 – Methodology\nWe interviewed 20 case managers.\n\n"
              "Inspection team\nLead inspector\nNia Brook\nInspectors\nOwen Pellow\nRuth Ll. Madoc\n"
              "Head of Youth Inspections\nKim Fordham\nOperations\nAnn Wright\n"
              "                                                      21\n")
    rows = role_rows(load_text(report, "report.txt"))
    team = {(name_key(name), relation, role) for name, relation, role in rows if relation in REPORT_RELATIONS}
    assert team == {
        ("nia brook", "lead_inspector", "Lead inspector"), ("owen pellow", "inspection_team", "Inspector"),
        ("ruth ll madoc", "inspection_team", "Inspector"),
        ("kim fordham", "head_of_inspections", "Head of Youth Inspections"),
        ("kim fordham", "inspection_team", "Head of Youth Inspections"),
        ("ann wright", "inspection_team", "Operations")}


ACKNOWLEDGED_TEAM = """An inspection of youth justice services in Dunmoor

HM Inspectorate of Probation, March 2024

Acknowledgements

This inspection was led by HM Inspector Tamsin Rooke-Hadley, supported by a team of inspectors. We would like to
thank all those who helped.

Inspection team

Lead inspector                          Tamsin Rooke-Hadley
HM inspector                            Piran Trevelyan-Moss
Healthcare Inspectorate Wales           Dr Eluned Pryse-Garth
Quality assurance                       Ottoline Farquhar-Bligh, Head of Youth Justice
                                        Inspections
Research                                Dr Barnaby Quennell

Foreword

The service has improved.

Augustin Pellow-Carne
HM Chief Inspector of Probation
"""


def test_a_team_heading_under_the_acknowledgements_lists_every_row_as_a_member_until_a_heading() -> None:
    rows = people_rows(load_text(ACKNOWLEDGED_TEAM, "dunmoor_inspection_report.txt"))
    assert {row for row in rows if row[1] == "inspection_team"} == {
        ("Piran Trevelyan-Moss", "inspection_team"), ("Eluned Pryse-Garth", "inspection_team"),
        ("Ottoline Farquhar-Bligh", "inspection_team"), ("Barnaby Quennell", "inspection_team")}


def test_a_lead_inspectors_letter_names_the_team_supporting_them_and_thanks_the_head_of_the_yjs() -> None:
    letter = ("HM Inspectorate of Probation\n1 Quay Street\nManchester M1 1AA\n\nAnn Wright\nDirector of Children's "
              "Services\nDunmoor Council\n\n3 May 2024\n\nDear Ann\n\nInspection of youth justice services in Dunmoor\n\n"
              "The inspection was led by me. I was supported by HM Inspectors Kim Ford\nand Dev Rao, by a health "
              "inspector from the Care Quality Commission, Amy\nCole-Parry, and by an education inspector from Ofsted, "
              "Lee Moss.\n\nI would like to thank Raj Patel, Head of the YJS, and the local inspection coordinator, "
              "Jo Hart, for the arrangements.\n\nYours sincerely\n\nNia Brook\nHM Inspector\n\n\nCopy to:\n"
              " Leader of the Council                          Cllr Tom Dunn\n"
              " HM Chief Inspector of Probation                Eve Marsh\n"
              " HM Chief Inspector, Estyn                      Sian Lloyd\n")
    rows = {(name, relation, organisation) for name, relation, _, organisation in involvements_of(letter, "letter.txt")}
    assert {row for row in rows if row[1] in ("inspection_team", "staff", "chief_inspector")} == {
        ("Kim Ford", "inspection_team", "HM Inspectorate of Probation"),
        ("Dev Rao", "inspection_team", "HM Inspectorate of Probation"),
        ("Amy Cole-Parry", "inspection_team", "Care Quality Commission"), ("Lee Moss", "inspection_team", "Ofsted"),
        ("Raj Patel", "staff", "Dunmoor Youth Offending Service"), ("Jo Hart", "staff", "Dunmoor Youth Offending Service"),
        ("Eve Marsh", "chief_inspector", "HM Inspectorate of Probation")}


def test_the_lead_inspector_named_in_a_boards_minutes_and_in_a_releases_notes() -> None:
    minutes = ("DUNMOOR YOUTH JUSTICE MANAGEMENT BOARD\n\nMinutes of the meeting held on 6 March 2025\n\n"
               "Present: Ann Wright (Chair), Raj Patel\n\n1.  Inspection\n\nThe Board noted the thanks of the lead "
               "inspector, Kim Ford, to staff.\n")
    release = ("PRESS RELEASE\n\nDunmoor youth justice service rated Good\n\nThe service was rated Good.\n\nENDS\n\n"
               "Notes to editors\n1.  The inspection was led by HM Inspector Zubeida Okonkwo-Lyle. Fieldwork took "
               "place in May.\n")
    assert ("Kim Ford", "lead_inspector") in people_rows(load_text(minutes, "board.txt"))
    assert ("Zubeida Okonkwo-Lyle", "HM Inspector") in {
        (name, role) for name, relation, role in role_rows(load_text(release, "release.txt")) if relation == "lead_inspector"}


@pytest.mark.parametrize("sentence", [
    "The inspection was led by me, and I was supported by HM Inspectors Kim Ford and Dev Rao.",
    "I led the inspection in May. I was supported by HM Inspectors Kim Ford and Dev Rao.",
])
def test_the_team_supporting_the_lead_who_writes(sentence: str) -> None:
    letter = ("HM Inspectorate of Probation\n1 Quay Street\nManchester M1 1AA\n\nAnn Wright\nDirector of Children's "
              f"Services\nDunmoor Council\n\n3 May 2024\n\nDear Ann\n\n{sentence}\n\nYours sincerely\n\nNia Brook\n"
              "HM Inspector\n")
    rows = people_rows(load_text(letter, "letter.txt"))
    assert {row for row in rows if row[1] == "inspection_team"} == {("Kim Ford", "inspection_team"),
                                                                     ("Dev Rao", "inspection_team")}


# The team's table, then a sentence about the head of inspections, then thanks to the board's chair and the head of
# service, whose surname the page's end hyphenated (batch 24).
TEAM_THEN_PROSE = STANDARDS_TITLE + """Inspection team

Lead inspector                    Rosalind Quennell
Inspectors                        Teodor Vasquez-Lund
Editorial                         Perpetua Nakamura-Wells

Gideon Halloran-Pike, Head of Youth Justice Inspections, had overall
responsibility for the inspection.

We would like to thank the Chair of the Management Board and the Head of
Service, Priya Raghu-
An inspection of youth offending services: Exampleshire                    9
nathan, and all the staff of the service for their help.
"""


def test_a_team_table_ends_at_a_sentence_and_thanks_name_the_last_posts_holder_only() -> None:
    rows = involvements_of(TEAM_THEN_PROSE, "report.txt")
    relations = {(name, relation) for name, relation, _, _ in rows}
    assert ("Gideon Halloran-Pike", "head_of_inspections") in relations
    assert ("Gideon Halloran-Pike", "inspection_team") not in relations
    assert {(name, relation) for name, relation in relations if name.startswith("Priya")} == {
        ("Priya Raghunathan", "staff")}


def test_the_lead_inspector_set_off_by_commas_in_a_boards_minutes() -> None:
    minutes = ("Exampleshire Youth Justice Management Board\nNotes of meeting: 20 January 2022\n\n"
               "Present: Helena Marsh (Chair), Tariq Lomax and Ruth Denby.\n\n"
               "Item 3 – Notification of inspection\nThe lead inspector, Yasmin Ferreira-Holt, had held the initial "
               "call with the Chair.\n")
    assert ("yasmin ferreira holt", "lead_inspector") in report_rows(people_rows(load_text(minutes, "board.txt")))


CAPITALS_TEAM_REPORT = FJI_TITLE + """Acknowledgements

We are grateful to the staff of Exampleshire Youth Offending Service, and in particular to the Head of Service, Tomos Lee Jenk
________________________________________________________________________________
Full Joint Inspection – Exampleshire                                              4

ins, and to Harriet Quill, Performance Manager, who acted as the local
inspection co-ordinator.

The Head of Youth Offending Service, Tomos Lee Jenkins, is respected by staff.

Appendix: Inspection arrangements

INSPECTION TEAM

MAREN OSTROWE-BLAKE          Lead Inspector, HMI Probation
DR PELHAM GRAYSTOCK          Healthcare Inspectorate Wales
Ottilie Fanshawe             Information and research

HUGO VANTERPOOL              Assistant Chief Inspector, Head of Youth Justice
                             Inspection (quality assurance)
"""


def test_a_team_in_capitals_each_member_with_their_own_cell_and_a_post_that_runs_onto_the_next_line() -> None:
    rows = involvements_of(CAPITALS_TEAM_REPORT, "fji.txt")
    assert {row for row in rows if row[1] in REPORT_RELATIONS} == {
        ("Maren Ostrowe-Blake", "lead_inspector", "Lead Inspector, HMI Probation", "HM Inspectorate of Probation"),
        ("Pelham Graystock", "inspection_team", "Healthcare Inspectorate Wales", "Healthcare Inspectorate Wales"),
        ("Ottilie Fanshawe", "inspection_team", "Information and research", "HM Inspectorate of Probation"),
        ("Hugo Vanterpool", "head_of_inspections", "Assistant Chief Inspector, Head of Youth Justice Inspection "
         "(quality assurance)", "HM Inspectorate of Probation"),
        ("Hugo Vanterpool", "inspection_team", "Assistant Chief Inspector, Head of Youth Justice Inspection "
         "(quality assurance)", "HM Inspectorate of Probation"),
    }, "a cell beside one name is that member's alone, not a label over the names below it"


def test_a_name_cut_by_the_page_is_the_full_name_and_the_coordinator_who_acted_as_one() -> None:
    rows = involvements_of(CAPITALS_TEAM_REPORT, "fji.txt")
    staff = {(name, role) for name, relation, role, _ in rows if relation == "staff"}
    assert {("Tomos Lee Jenkins", "Head of Service"), ("Harriet Quill", "local inspection co-ordinator")} <= staff
    assert "Tomos Lee Jenk" not in {name for name, *_ in rows}, \
        "'Tomos Lee Jenk' at the foot of a page is the Tomos Lee Jenkins named in full later"


THEMATIC_WITH_COORDINATORS = """A joint inspection of youth offending work with young adults

September 2016

Acknowledgements

We would like to thank the areas that took part. Each area nominated a local
co-ordinator, who arranged our programme. They were:
  Westmere:   Ida Marchbank, Operations Manager, Westmere Youth Offending Service
  Dunholme:   Lewin Crabtree, Quality Assurance Manager, Dunholme Youth Offending
              Service
and colleagues in two further areas.
"""


def test_local_coordinators_listed_one_area_a_line_are_staff_of_the_body_after_their_post() -> None:
    rows = involvements_of(THEMATIC_WITH_COORDINATORS, "thematic.txt")
    assert {row for row in rows if row[1] == "staff"} == {
        ("Ida Marchbank", "staff", "local co-ordinator; Operations Manager", "Westmere Youth Offending Service"),
        ("Lewin Crabtree", "staff", "local co-ordinator; Quality Assurance Manager", "Dunholme Youth Offending Service"),
    }


TEAM_AFTER_THE_LEAD = STANDARDS_TITLE + """Acknowledgements
This inspection was led by HM Inspector Rosalind Achterberg-Vane, supported by a team of inspectors.
The inspectors were: Tobias Quennell-Rhys, HM Inspector; Detective Sergeant Idris
Penhallow, Police Inspector; Wenna Trefusis-Hale, Care Inspectorate Wales; and Bartholomew
Okoye-Lindqvist, Healthcare Inspectorate Wales. Local assessor: Morwenna Castellane.
We would like to thank all those who helped plan the inspection.
"""


def test_the_inspectors_listed_after_the_lead_each_post_after_the_name_up_to_a_semicolon() -> None:
    rows = involvements_of(TEAM_AFTER_THE_LEAD, "report.txt")
    assert {(name, role, organisation) for name, relation, role, organisation in rows
            if relation == "inspection_team"} == {
        ("Tobias Quennell-Rhys", "HM Inspector", "HM Inspectorate of Probation"),
        ("Idris Penhallow", "Police Inspector", "HM Inspectorate of Probation"),
        ("Wenna Trefusis-Hale", "inspection team", "Care Inspectorate Wales"),
        ("Bartholomew Okoye-Lindqvist", "inspection team", "Healthcare Inspectorate Wales"),
        ("Morwenna Castellane", "Local assessor", "HM Inspectorate of Probation")}


def test_the_lead_inspector_after_a_possessive_and_a_comma_in_a_cabinets_minutes() -> None:
    minutes = ("Thistlecombe County Council\n\nCabinet\n\nMINUTES of a meeting held on 3 March 2020.\n\n"
               "Present: Councillor Ada Brackley (in the Chair) and Councillor Owen Pask.\n\n"
               "12.  INSPECTION OF THE YOUTH JUSTICE SERVICE\n     Mr Pask said that the Inspectorate's lead "
               "inspector, Mr\n     Fennimore-Hale, had offered to return in the autumn.\n")
    assert ("fennimore hale", "lead_inspector") in report_rows(people_rows(load_text(minutes, "cabinet.txt")))


# A joint inspection's acknowledgements as a table of label and names (batch 29): 'Inspection Staff' over rows whose
# label cell is empty, labels that are only an inspectorate's name, one wrapped onto the line below, a rank before a name.
LABELLED_TEAM = FJI_TITLE + """Acknowledgements

We thank everyone who helped with this inspection.

Lead Inspector          Perpetua Ashgrove-Lim, HM Inspector of Probation
Inspection Staff        Caspian Treloar, HMI Probation
                        Wenna Polglase-Odu, Local Assessor
HMI Constabulary        Detective Sergeant Tobias Kernow-Baptiste
Ofsted                  Ottilie Vasquez-Penrose
Care Quality            Dr Leontyne Hargreave-Amadi
Commission
Inspection Support      Jory Penberthy-Nwosu

Key findings
"""


def test_a_team_table_whose_labels_name_the_staff_and_the_inspectorates() -> None:
    rows = {(person, relation, role, organisation) for person, relation, role, organisation in
            involvements_of(LABELLED_TEAM, "fji_report.txt")}
    team = {row for row in rows if row[1] in REPORT_RELATIONS}
    expected = {
        ("Perpetua Ashgrove-Lim", "lead_inspector", "HM Inspector of Probation", "HM Inspectorate of Probation"),
        ("Caspian Treloar", "inspection_team", "Inspection Staff", "HM Inspectorate of Probation"),
        ("Wenna Polglase-Odu", "inspection_team", "Local Assessor", "HM Inspectorate of Probation"),
        ("Tobias Kernow-Baptiste", "inspection_team", "Detective Sergeant", "HM Inspectorate of Constabulary"),
        ("Ottilie Vasquez-Penrose", "inspection_team", "Ofsted", "Ofsted"),
        ("Leontyne Hargreave-Amadi", "inspection_team", "Care Quality Commission", "Care Quality Commission"),
        ("Jory Penberthy-Nwosu", "other", "Inspection Support", None),
    }
    assert expected <= team, expected - team
    assert {row[:2] for row in team} == {row[:2] for row in expected}, team


def test_a_screening_led_by_the_lead_with_the_team_in_the_same_sentence() -> None:
    letter = ("HM Inspectorate of Probation\n\nDear Ms Cardew\n\nShort Quality Screening of youth offending work in "
              "Fellstead\n\nThe screening was led by Marisol Tregear-\nObi, HM Inspector, with Caspian Treloar, HMI "
              "Probation, and a local\nassessor, Mr Wenna Polglase. We examined 20 cases.\n\nYours sincerely\n\n"
              "Marisol Tregear-Obi\nHM Inspector\n")
    rows = {(person, relation, role) for person, relation, role, _ in involvements_of(letter, "letter.txt")}
    assert {("Caspian Treloar", "inspection_team", "inspection team"),
            ("Wenna Polglase", "inspection_team", "local assessor")} <= rows, rows


@pytest.mark.parametrize(("post", "expected"), [
    ("HM Assistant Chief Inspector of Probation", {("Oriana Castellane", "author")}),
    ("HM Chief Inspector of Probation", {("Oriana Castellane", "chief_inspector")}),  # the keys: no author of a report
])
def test_a_reports_foreword_signed_below_the_chief_names_its_author(post: str, expected: set[tuple[str, str]]) -> None:
    report = (FJI_TITLE + "Foreword\n\nThis inspection of youth offending work in Exampleshire was carried out in "
              "November 2011.\n\nWe are grateful to the staff of the service.\n\nOriana Castellane\n" + post +
              "\n\nMarch 2012\n\nScoring\n")
    rows = {row for row in people_rows(load_text(report, "fji_report.txt")) if row[0] == "Oriana Castellane"}
    assert rows == expected, rows


def test_the_inspectorates_letter_names_the_head_of_the_service_by_its_place() -> None:
    letter = ("HM Inspectorate of Probation\n\n14 October 2014\n\nDear Ms Quillan\n\nShort Quality Screening of youth "
              "offending work in Fellstead\n\nOur findings were shared with Evander Lowry-Achebe, Head of Fellstead\n"
              "Youth Offending Team, and with members of the Management Board.\n\nYours sincerely\n\n"
              "Marisol Tregear-Obi\nHM Assistant Chief Inspector of Probation\n")
    rows = {(person, relation, role) for person, relation, role, _ in involvements_of(letter, "letter.txt")}
    assert ("Evander Lowry-Achebe", "staff", "Head of Fellstead Youth Offending Team") in rows, rows


# batch 28: a thematic's team as a table indented as a whole under 'Inspection team', support staff too
INDENTED_TEAM = """HM Inspectorate of Probation

A thematic inspection of resettlement services for children in the youth justice system

An inspection by HM Inspectorate of Probation
March 2025

Foreword

Too many children leave custody with nowhere to live. We examined 60 cases across five services.

Acknowledgements

This inspection was led by HM Inspector Helena Stroud, supported by a team of inspectors and operations,
research and corporate staff.

Inspection team
  Lead inspector             Helena Stroud
  HM Inspector               Dr Konrad Vasquez-Lindqvist
  Ofsted inspector           Maelle Ostrova
  Research officer           Bettina Oakes
  Inspection support         Pieter Lowndes

We are grateful to the local coordinators.
"""


def test_a_team_table_indented_under_the_teams_own_heading() -> None:
    rows = people_rows(load_text(INDENTED_TEAM, "thematic.txt"))
    assert {name for name, relation in rows if relation == "inspection_team"} == {
        "Konrad Vasquez-Lindqvist", "Maelle Ostrova", "Bettina Oakes", "Pieter Lowndes"}


def test_the_inspector_welcomed_by_title_and_surname_who_had_led_the_screening() -> None:
    text = """Westmere YOS Management Board
Minutes – 10 October 2025

Board members present: Ann Lee (Chair), Raj Patel

In attendance: Fiona Castell-Reeve, HM Inspector of Probation, for item 3

3   Short Quality Screening – verbal feedback
    The Chair welcomed Ms Castell-Reeve, who had led the screening in July.
"""
    assert ("Fiona Castell-Reeve", "lead_inspector") in people_rows(load_text(text, "westmere-board.txt"))


def test_a_screening_letters_thanks_to_one_who_acted_as_local_coordinator_with_no_article() -> None:
    letter = """HM Inspectorate of Probation

21 October 2026

Dear Mrs Penhale

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WESTMERE

We are grateful to Marcus Tregenza, Head of Service, and to Nasreen Polglase, who
acted as local coordinator, for the way in which the screening was arranged.

Yours sincerely
"""
    staff = {(name, role) for name, relation, role, _ in involvements_of(letter, "sqs.txt") if relation == "staff"}
    assert ("Nasreen Polglase", "local coordinator") in staff


REINSPECTION_ACKNOWLEDGEMENTS = (
    "A re-inspection of youth offending services in\n\nExampleshire\n\nHM Inspectorate of Probation\n\nMAY 2022\n\n"
    "Background\nExampleshire is a borough in the north. The Cabinet Member for Children's Services,\n"
    "Councillor Wenna Trask, attends the board. Chief Inspector Ivo Pellow represents Exampleshire Police.\n"
    "The interim Head of\nService, Delyth Marchbank, has led the court team, and the YOS Operations Manager, Osian\n"
    "Prothero, chairs the decision-making panel.\n\n"
    "Acknowledgements\n"
    "This re-inspection was led by Tobias Wrenfield, HM Inspector, with HM Inspectors\n"
    "Hollis Drummond and Ines Varga, and Ofsted inspector Ruth Calloway. Quality\n"
    "assurance was provided by R. Haddow, Head of Youth Justice Inspections. We are\n"
    "grateful to Mabli Tregear, who again acted as local inspection coordinator.\n"
    "Research support: Selwyn Ottaway. Operational support: Corin Blyth and\nAnwen Pask.\n")


def test_a_re_inspection_s_team_labelled_after_the_lead_s_sentence() -> None:
    result = load_text(REINSPECTION_ACKNOWLEDGEMENTS)
    rows = people_rows(result)
    assert {("Hollis Drummond", "inspection_team"), ("Ines Varga", "inspection_team"), ("Ruth Calloway", "inspection_team"),
            ("R. Haddow", "inspection_team"), ("R. Haddow", "head_of_inspections"), ("Selwyn Ottaway", "inspection_team"),
            ("Corin Blyth", "inspection_team"), ("Anwen Pask", "inspection_team")} <= rows
    bodies = {name: org for name, relation, _, org in involvements_of(REINSPECTION_ACKNOWLEDGEMENTS, "report.txt")
              if relation == "inspection_team"}
    assert bodies["Hollis Drummond"] == bodies["Ines Varga"] == "HM Inspectorate of Probation"
    assert bodies["Ruth Calloway"] == "Ofsted"


def test_the_service_s_people_in_a_report_s_prose() -> None:
    rows = people_rows(load_text(REINSPECTION_ACKNOWLEDGEMENTS))
    assert {("Wenna Trask", "cabinet_member"), ("Delyth Marchbank", "staff"), ("Osian Prothero", "staff"),
            ("Mabli Tregear", "staff")} <= rows
    assert ("Ivo Pellow", "chief_inspector") not in rows  # a police officer's rank


TEAM_WITH_LEAD_MARKED = STANDARDS_TITLE + """This inspection was led by HM Inspector Rowan Thistlewood, supported by a team of
inspectors.

Inspection team
Rowan Thistlewood        HM Inspector (lead)
Ffion Caradog-Rees       HM Inspector

Acknowledgements

Lead Inspector          Rowan Thistlewood, HMI Probation
Inspection Team         Sandrine Quayle      Probation Inspector
Assistant Chief Insp.   Marisa Coldwell      HMI Probation
"""


def test_the_lead_marked_in_the_team_and_an_assistant_chief_inspector_abbreviated() -> None:
    rows = report_rows(people_rows(load_text(TEAM_WITH_LEAD_MARKED, "report.txt")))
    assert {("rowan thistlewood", "lead_inspector"), ("ffion caradog rees", "inspection_team"),
            ("marisa coldwell", "other")} <= rows  # as the shared keys list an assistant chief inspector
    assert ("rowan thistlewood", "inspection_team") not in rows
FJI_TEAM_SURNAME_FIRST = """                    Full Joint Inspection of Youth Offending Work in

                                   B R A E M O O R

APPENDIX 2: INSPECTION ARRANGEMENTS

The fieldwork took place over two weeks in March 2012.

Inspection team

TREWHELLA, Imogen            HMI Probation       Lead Inspector
GARLAND, Crispin             Ofsted              Inspector
MOTTRAM, Dervla              HMI Constabulary    Staff Officer
PEMBERY, Ossian              HMI Probation       Information Officer
ABERNETHY-COLE, Femi         Local assessor      (seconded from a neighbouring YOS)

HMI Probation Assistant Chief Inspector: Rosalind Achterby
"""


def test_a_team_written_surname_first_in_capitals_with_each_members_inspectorate_then_post() -> None:
    rows = role_rows(load_text(FJI_TEAM_SURNAME_FIRST, "braemoor_fji_report.txt"))
    assert {(person, relation) for person, relation, _ in rows} == {
        ("Imogen Trewhella", "lead_inspector"), ("Crispin Garland", "inspection_team"),
        ("Dervla Mottram", "inspection_team"), ("Ossian Pembery", "inspection_team"),
        ("Femi Abernethy-Cole", "inspection_team"), ("Rosalind Achterby", "inspection_team")}
    assert ("Dervla Mottram", "inspection_team", "Staff Officer") in rows
    team = {person: organisation for person, relation, _, organisation in
            involvements_of(FJI_TEAM_SURNAME_FIRST, "braemoor_fji_report.txt")}
    assert team["Crispin Garland"] == "Ofsted"
def test_two_team_lists_side_by_side_the_inspectorates_and_its_partners() -> None:
    """'Inspection team' beside 'Partner inspectorates': each column read as its own list, each partner inspector with
    their inspectorate, a long name two spaces from its cell, the lead marked '(lead)' left to the lead's line
    (batch 40)."""
    rows = involvements_of(STANDARDS_TITLE + (
        "Acknowledgements\n\nThis inspection was led by HM Inspector Marjorie Quillfeather.\n\n"
        "  Inspection team                                  Partner inspectorates\n"
        "  Marjorie Quillfeather  HMI Probation (lead)      Rupert Haddow        Estyn\n"
        "  Helena Marchbank       Research Officer          Dr Angharad Llewellyn-Pryce  Care Inspectorate Wales\n"
        "\nWe would like to thank all those who helped.\n"), "exampleshire_inspection_report.txt")
    team = {row for row in rows if row[1] in ("inspection_team", "lead_inspector")}
    assert team == {
        ("Marjorie Quillfeather", "lead_inspector", "HM Inspector", "HM Inspectorate of Probation"),
        ("Helena Marchbank", "inspection_team", "Research Officer", "HM Inspectorate of Probation"),
        ("Rupert Haddow", "inspection_team", "Partner inspector", "Estyn"),
        ("Angharad Llewellyn-Pryce", "inspection_team", "Partner inspector", "Care Inspectorate Wales"),
    }


def test_a_relative_clause_chairing_the_board_after_the_name() -> None:
    """'... reports to the Corporate Director Social Services, Jo Bloggs, who chairs the Management Board': the board's
    chair (batch 40)."""
    rows = involvements_of(STANDARDS_TITLE + (
        "Background\n\nThe Head of Service, Rupert Haddow, reports to the Corporate Director Social Services,\n"
        "Helena Marchbank, who chairs the Management Board. Board members include the police.\n"),
        "exampleshire_inspection_report.txt")
    assert ("Helena Marchbank", "board_chair") in {(row[0], row[1]) for row in rows}
