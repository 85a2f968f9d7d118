"""Copy lists set in columns whose posts wrap, and the councils of a district inside a two-tier county, each in a small
fictional fixture: a copy list in two columns side by side whose entries open with a post (or a body) and go on over
lines set in under it, the name alone, after the post's wrapped tail or before the post under its body; the same in one
column; a row of post and name with a second post in brackets set in under the first; and a district's papers that
write the county council and the district's by their letters ('WCC', 'PDC'), a county councillor by the post
('County Councillor, Cabinet Member CYP'), and the district's own council in full beside a county council in the head."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows, role_rows

TWO_COLUMNS = """\
HM Inspectorate of Probation

Short Quality Screening of youth offending work in Pendlebrook

We examined 18 cases. The Head of Service thanked the staff.

Yours sincerely

Tobias Quenell
Assistant Chief Inspector

Copy list

Leader, Pendlebrook Borough Council              Chief Executive, Pendlebrook Borough
  Councillor Rosa Tindall                          Council
Cabinet Member for Children and Young            Head of Youth Justice Service
  People, Cllr Ivo Marchetti                       Hattie Crewe
Director of Children's Services and               Youth Justice Board
  Safeguarding, Dr Lennox Abara                    Ottilie Fane, Head of Oversight
Police and Crime Commissioner                    Care Inspectorate
  for Pendlebrook and Ashby                        Wales
"""


def test_two_columns_of_posts_set_in_over_their_names() -> None:
    rows = people_rows(load_text(TWO_COLUMNS, "pendlebrook_sqs_letter_2015_03.txt"))
    assert {("Rosa Tindall", "copy_to"), ("Rosa Tindall", "cabinet_member"), ("Ivo Marchetti", "copy_to"),
            ("Ivo Marchetti", "cabinet_member"), ("Lennox Abara", "copy_to"), ("Hattie Crewe", "copy_to"),
            ("Ottilie Fane", "copy_to")} <= rows


def test_a_posts_wrapped_tail_before_the_name_is_the_posts_and_the_next_columns_words_are_no_ones() -> None:
    roles = role_rows(load_text(TWO_COLUMNS, "pendlebrook_sqs_letter_2015_03.txt"))
    copied = {(name, role) for name, relation, role in roles if relation == "copy_to"}
    assert ("Ivo Marchetti", "Cabinet Member for Children and Young People") in copied
    assert ("Lennox Abara", "Director of Children's Services and Safeguarding") in copied
    assert ("Rosa Tindall", "Leader, Pendlebrook Borough Council") in copied
    assert ("Hattie Crewe", "Head of Youth Justice Service") in copied
    assert not any(role and ("Council" == role.split(",")[-1].strip() or "Cllr" in role) for _, role in copied)


def test_a_name_before_its_post_under_a_body_is_of_that_body() -> None:
    load = load_text(TWO_COLUMNS, "pendlebrook_sqs_letter_2015_03.txt")
    assert ("Ottilie Fane", "copy_to", "Head of Oversight") in role_rows(load)
    assert organisation_rows(load_text(TWO_COLUMNS, "pendlebrook_sqs_letter_2015_03.txt"))[("Ottilie Fane", "copy_to")] == \
        "Youth Justice Board"


ONE_COLUMN = """\
HM Inspectorate of Probation

Short Quality Screening of youth offending work in Pendlebrook

Yours sincerely

Tobias Quenell
Assistant Chief Inspector

Copy to:
Cabinet Member for Children and Young
  People, Cllr Ivo Marchetti
Corporate Director, Children and
  Families
  Dr Lennox Abara
Care Inspectorate Wales
Youth Justice Board
  Ottilie Fane
"""


def test_one_column_of_posts_wrapped_over_their_names() -> None:
    roles = role_rows(load_text(ONE_COLUMN, "pendlebrook_sqs_letter_2015_03.txt"))
    assert ("Ivo Marchetti", "copy_to", "Cabinet Member for Children and Young People") in roles
    assert ("Ivo Marchetti", "cabinet_member", "Cabinet Member for Children and Young People") in roles
    assert ("Lennox Abara", "copy_to", "Corporate Director, Children and Families") in roles


def test_a_bodys_name_over_a_persons_is_their_body_not_a_post() -> None:
    assert ("Ottilie Fane", "copy_to", None) in role_rows(load_text(ONE_COLUMN, "pendlebrook_sqs_letter_2015_03.txt"))
    assert organisation_rows(load_text(ONE_COLUMN, "pendlebrook_sqs_letter_2015_03.txt"))[("Ottilie Fane", "copy_to")] == \
        "Youth Justice Board"


SECOND_POST = """\
HM Inspectorate of Probation


Ms Agnes Carrow
Chief Executive
Wenlow County Council
County Hall

14 March 2013


Dear Ms Carrow

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN PENDLEBROOK

We examined 20 cases supervised by Pendlebrook Youth Offending Team, which serves the Pendlebrook district of
Wenlow.

Yours sincerely

Tobias Quenell
HM Inspector of Probation

Copy to:
Director of Children's Services, Wenlow County Council      Oliver Brack
   (Chair, Pendlebrook YOT Management Board)
Chief Executive, Pendlebrook District Council               Neve Sallis
Chair, Children's Services O&S Committee                    County Cllr P Dunmore
YOT Manager                                                 Kit Oldham
"""


def test_a_second_post_in_brackets_under_the_first_is_held_besides_it() -> None:
    organisations = organisation_rows(load_text(SECOND_POST, "pendlebrook_sqs_letter_2013_03.txt"))
    assert organisations[("Oliver Brack", "copy_to")] == "Wenlow Council"
    assert organisations[("Oliver Brack", "board_chair")] == "Pendlebrook Youth Offending Service"


def test_the_districts_council_named_in_a_post_stays_the_districts_beside_the_county_in_the_head() -> None:
    organisations = organisation_rows(load_text(SECOND_POST, "pendlebrook_sqs_letter_2013_03.txt"))
    assert organisations[("Neve Sallis", "copy_to")] == "Pendlebrook Council"
    assert organisations[("Agnes Carrow", "addressee")] == "Wenlow Council"


def test_the_chair_of_an_o_and_s_committee_chairs_a_scrutiny_panel() -> None:
    rows = people_rows(load_text(SECOND_POST, "pendlebrook_sqs_letter_2013_03.txt"))
    assert ("P Dunmore", "panel_chair") in rows


REGISTER = """\
Pendlebrook Youth Offending Team Management Board
Meeting held 3rd March 2014, 10am, Room 2, Mill House

ATTENDANCE REGISTER
Oliver Brack Director of Children's Services WCC (Chair)      [P]
Petra Dunmore County Councillor, Cabinet Member CYP           [P]
Neve Sallis Chief Executive Pendlebrook DC                    [A]
Saul Ibekwe Head of Housing PDC                               [P]
Ray Tulley Superintendent Wenlow Constabulary                 [P]
Kit Oldham YOT Manager                                        [P]
   P = present   A = apologies

1. Apologies - Neil Sallis.

2. Performance
   RT said that the triage scheme "has made the difference".
"""


def test_councils_written_by_their_letters_are_the_county_and_the_district_the_document_names() -> None:
    organisations = organisation_rows(load_text(REGISTER, "pendlebrook_yot_board_minutes_2014_03.txt"))
    assert organisations[("Oliver Brack", "present_at_meeting")] == "Wenlow Council"
    assert organisations[("Saul Ibekwe", "present_at_meeting")] == "Pendlebrook Council"
    assert organisations[("Neve Sallis", "apologies")] == "Pendlebrook Council"


def test_a_county_councillor_by_the_post_sits_for_the_county() -> None:
    organisations = organisation_rows(load_text(REGISTER, "pendlebrook_yot_board_minutes_2014_03.txt"))
    assert organisations[("Petra Dunmore", "present_at_meeting")] == "Wenlow Council"


def test_letters_two_places_share_name_no_council() -> None:
    text = REGISTER.replace("Ray Tulley Superintendent Wenlow Constabulary",
                            "Ray Tulley Superintendent Wenlow Constabulary, Wexcombe Police")
    organisations = organisation_rows(load_text(text, "pendlebrook_yot_board_minutes_2014_03.txt"))
    assert organisations[("Oliver Brack", "present_at_meeting")] != "Wenlow Council"
