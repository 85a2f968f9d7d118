"""Bilingual minutes whose lists declare their own layout (stop 32, batch 93): a register under a head row in two
languages whose last columns are the notes' initials and the marks of who came ('Init.', 'P / A'), initials that
keep a surname's particle in its small letter ('RaG said', Rhys ap Gwilym), a woman councillor's Welsh title after
the article ('Y Gynghorydd'), and the daughter's particle of a Welsh name ('ferch'). Fixtures are fictional."""

from __future__ import annotations

from kg.loaders.attendance import sections
from kg.loaders.initials import fits, initials_of
from kg.names import find_names, name_parts
from tests.conftest import load_text, people_rows, role_rows

REGISTER = """Bwrdd Rheoli Gwasanaeth Cyfiawnder Ieuenctid Glanmorfa
Glanmorfa Youth Justice Service Management Board
Nodiadau'r cyfarfod / Notes of meeting
Dyddiad / Date: 12.03.2021

COFRESTR PRESENOLDEB / ATTENDANCE REGISTER

Enw / Name                  Sefydliad – Swydd / Organisation – Post          Init.   P / A
HOPCYN, Dilys               Glanmorfa CBC – Director of Education            DH      P
                            (Cadeirydd / Chair)
AP TUDUR, Gwion             Glanmorfa YJS – Head of Service                  GaT     P
MORRELL, Saffron            Teifi Coast Health Board – Lead Nurse for        SM      A
                            Looked After Children
PENNANT, Iestyn             Dyfed Vale Police – Chief Inspector              IP      P

P = present / presennol     A = apologies / ymddiheuriadau

1.  Croeso / Welcome
    DH welcomed members. Apologies from SM.

2.  Perfformiad / Performance
    GaT explained that first-time entrants had fallen for the third year.
"""


def people(text: str) -> dict[str, tuple[str, str | None]]:
    return {attendee.name.name: (attendee.status or section.kind, attendee.role_text)
            for section in sections(text) for attendee in section.attendees}


def test_a_register_under_a_bilingual_head_row_with_codes_for_its_marks_is_read() -> None:
    rows = people_rows(load_text(REGISTER, "glanmorfa_board_minutes_2021_03.txt"))
    assert {("Dilys Hopcyn", "present_at_meeting"), ("Dilys Hopcyn", "board_chair"),
            ("Gwion ap Tudur", "present_at_meeting"), ("Saffron Morrell", "apologies"),
            ("Iestyn Pennant", "present_at_meeting")} <= rows


def test_the_initials_and_marks_columns_are_no_part_of_a_post_wrapped_or_not() -> None:
    roles = {(name, role) for name, relation, role in role_rows(load_text(REGISTER, "glanmorfa_board_minutes.txt"))}
    assert {("Iestyn Pennant", "Chief Inspector"), ("Saffron Morrell", "Lead Nurse for Looked After Children"),
            ("Gwion ap Tudur", "Head of Service")} <= roles


def test_initials_ending_a_row_with_no_head_row_are_no_part_of_the_post() -> None:
    text = ("Westmere Youth Offending Service Management Board\n\nPRESENT\n"
            "Tomos Pryddy      Head of Inclusion Services, Westmere CBC                  TP\n"
            "Carys Wynne       YOS Manager                                              CW\n\n1. Welcome\n")
    assert people(text)["Tomos Pryddy"][1] == "Head of Inclusion Services, Westmere CBC"


def test_initials_keep_a_particles_small_letter() -> None:
    assert "GaT" in initials_of("Gwion ap Tudur")
    assert fits("GaT", "Gwion ap Tudur") and not fits("GaT", "Gwion Tudur")


def test_a_member_quoted_by_initials_with_a_particles_letter_is_quoted() -> None:
    assert ("Gwion ap Tudur", "quoted") in people_rows(load_text(REGISTER, "glanmorfa_board_minutes.txt"))


def test_a_woman_councillors_welsh_title_after_the_article_is_a_title() -> None:
    found = find_names("Y Gynghorydd\nMrs E. Prosser-Lloyd (Is-Gadeirydd/Vice-Chair)", strict=False)
    assert [name.name for name in found] == ["E. Prosser-Lloyd"]
    assert [(name.name, name.title) for name in find_names("Y Gynghorydd Nerys Gruffydd said")] == \
        [("Nerys Gruffydd", "Councillor")]


def test_the_welsh_daughters_particle_is_part_of_the_surname() -> None:
    assert [name.name for name in find_names("Cllr Branwen ferch Ifan, Cabinet Member")] == ["Branwen ferch Ifan"]
    assert name_parts("Branwen ferch Ifan") == (("branwen",), "ferch ifan")


SCRUTINY = """CYNGOR SIR GLANMORFA
GLANMORFA COUNTY COUNCIL

MINUTES OF A MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE HELD ON 4 MAY 2021

PRESENT:
Councillor H. Rowe (Cadeirydd / Chair)

Cynghorwyr / Councillors:
A.B. Carne\t\tJ.M. Elwy\t\tMs F. Gower
Mrs K. Jory (Is-Gadeirydd / Vice-Chair)\tP.R. Lloyd\tMrs T. ap Meurig
N. Quilter (yn lle / substituting for V. Rhun)

12.  APOLOGIES FOR ABSENCE

An apology for absence was received from Councillor V. Rhun.
"""


def test_a_grid_of_councillors_set_by_tabs_gives_each_cell_its_own_entry() -> None:
    rows = people_rows(load_text(SCRUTINY, "glanmorfa_scrutiny_minutes_2021_05.txt"))
    assert {("A.B. Carne", "present_at_meeting"), ("J.M. Elwy", "present_at_meeting"), ("F. Gower", "present_at_meeting"),
            ("K. Jory", "panel_vice_chair"), ("P.R. Lloyd", "present_at_meeting"),
            ("T. ap Meurig", "present_at_meeting")} <= rows


def test_a_substitute_marked_in_two_languages_is_a_standing_deputy() -> None:
    assert ("N. Quilter", "standing_deputy") in people_rows(load_text(SCRUTINY, "glanmorfa_scrutiny_minutes_2021_05.txt"))


def test_the_lead_inspector_the_post_vouches_for_is_read_whatever_the_forename() -> None:
    # 'Eurwen' is no forename the lexicon knows: the post set before the name, or stated of it, says who it is
    text = ("GLANMORFA YOUTH OFFENDING SERVICE MANAGEMENT BOARD\n\nMinutes of the meeting held on 3 February 2015\n\n"
            "PRESENT\nDilys Hopcyn, Director of Education (Chair)\nCarys Wynne, YOS Manager\n\n"
            "3.  SHORT QUALITY SCREENING\n\n    CW reported that the letter had been received. The lead inspector,\n"
            "    Eurwen Talog, had given verbal feedback to staff.\n")
    assert ("Eurwen Talog", "lead_inspector") in people_rows(load_text(text, "glanmorfa_board_minutes_2015_02.txt"))
    report = ("GLANMORFA COUNTY COUNCIL\n\nREPORT TO CABINET\n\nDate of Meeting:\t9 February 2016\nTitle:\tYouth Justice "
              "Plan 2016/17\nReport of:\tCorporate Director – Social Services\nContact Officer:\tCarys Wynne, YOS Manager\n\n"
              "1.   PURPOSE OF THE REPORT\n\n1.1  To seek Cabinet approval of the Youth Justice Plan.\n\n3.   BACKGROUND\n\n"
              "3.2  HM Inspectorate of Probation carried out a screening of the service in October 2014. The lead\n"
              "     inspector was Eurwen Talog. Sixteen cases were examined.\n")
    assert ("Eurwen Talog", "lead_inspector") in people_rows(load_text(report, "glanmorfa_cabinet_report_2016_02.txt"))


def test_a_letters_lead_inspector_set_off_by_commas_in_the_contact_paragraph() -> None:
    text = ("HM Inspectorate of Probation\n\nDate: 4 March 2015\n\nDilys Hopcyn\nChair, Glanmorfa YOS Management Board\n\n"
            "Dear Ms Hopcyn\n\nSHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN GLANMORFA\n\nWe examined 14 cases.\n\n"
            "If you have any questions, please contact the lead\ninspector, Eurwen Talog, on 07700 900111.\n\n"
            "Yours sincerely\n\nJo Bloggs\nAssistant Chief Inspector\n\ncc.\n\nCarys Wynne .............. YOS Manager\n")
    assert ("Eurwen Talog", "lead_inspector") in people_rows(load_text(text, "glanmorfa_sqs_letter_2015_03.txt"))


def test_a_three_word_name_before_a_copy_lists_dot_leaders_is_whole() -> None:
    assert [name.name for name in find_names("Emyr Gwynant Rowe .............. Chief Executive", strict=False)] == \
        ["Emyr Gwynant Rowe"]
