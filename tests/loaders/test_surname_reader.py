"""Names written surname first, with titles in odd places, read in the shared name layer (`kg.names`) so that every
reader of a cell gets them: a copy list's row whose post comes first and whose name, surname first, ends it ('Chief
Executive ...   PRENDERGAST, Aurelia', 'Supt FAIRWEATHER, Imogen'), a register's first cell in Title Case with the
title after the comma or in brackets ('Okonjo-Hale, Cllr Tristan', 'Lindqvist, Margit (Chair)', 'QUARSHIE, Elspeth
(Dr)'), a list parted by semicolons, and a title in two languages ('Cyng./Cllr G. W. Bowen', whose initials the
membership line writes in full). The person is named in natural order, the title kept, the rest of the cell left as
the post or the body. Not people: a post or a body before a comma ('Manager, Youth Offending Service', 'Chair,
Board'), a place ('Corbury, Harlowden'), a firm ('Smith, Jones and Partners'), a list of surnames under a plural title
('Councillors Harris, Jordan, Lee'). Fictional documents."""

from __future__ import annotations

from kg.names import find_names, name_at
from tests.conftest import load_text, organisation_rows, people_rows

COPY_LIST_POSTS_FIRST = """HM Inspectorate of Probation

To:       Jo Lindgren, Director of Children's Services, Westmere District Council
From:     Amos Ferrand, Assistant Chief Inspector

Report of Short Quality Screening (SQS) of youth offending work in Westmere

The screening took place in March 2014. We looked at 20 cases.

Please contact the lead inspector, Petra Oakes, HM Inspector, with any questions.

Copy list:
Chief Executive, Westmere District Council          PRENDERGAST, Aurelia
Portfolio Holder for Children                       Cllr ABERNATHY-COLE, Desmond
Area Commander, Westmere Police                     Supt FAIRWEATHER, Imogen
Manager, Youth Offending Service                    Corbury, Harlowden
Auditors                                            Smith, Jones and Partners
Chair, Board                                        (post vacant)
"""


def test_a_copy_lists_name_surname_first_after_its_post_is_the_person_in_natural_order() -> None:
    result = load_text(COPY_LIST_POSTS_FIRST, "westmere_sqs_letter.txt")
    copied = {name for name, relation in people_rows(result) if relation == "copy_to"}
    assert {"Aurelia Prendergast", "Desmond Abernathy-Cole", "Imogen Fairweather"} <= copied
    # a place, a firm and a seat no one holds are no one; the forename is never the organisation
    assert not copied & {"Harlowden Corbury", "Jones Smith", "Harlowden", "Corbury"}
    organisations = organisation_rows(result)
    assert organisations[("Imogen Fairweather", "copy_to")] != "Imogen"
    assert organisations[("Aurelia Prendergast", "copy_to")] != "Aurelia"
    titles = {s.value for s in result.statements if s.schema == "Person" and s.prop == "title"}
    assert {"Councillor", "Superintendent"} <= titles


REGISTER_TITLE_AFTER_COMMA = """BRAMLEIGH YOUTH JUSTICE PARTNERSHIP BOARD
Minutes of the meeting held on 3 March 2022, Committee Room 4, Bramleigh House

Attendance register   (Y = attended, A = apologies)
Name\tOrganisation\tAttended
Lindqvist, Margit (Chair)\tBramleigh Borough Council\tY
Okonjo-Hale, Cllr Tristan\tBramleigh Borough Council\tY
Featherstone, Insp Rowena\tMidshire Police\tA
Achterberg, Dr Hendrik\tMidshire Integrated Care Board\tY
QUARSHIE, Elspeth (Dr)\tBramleigh Youth Justice Service\tY
Corbury, Harlowden\tVenue\tY

1. Minutes of the last meeting
The minutes were agreed.
"""


def test_a_registers_first_cell_surname_first_with_a_title_after_the_comma_or_in_brackets() -> None:
    rows = people_rows(load_text(REGISTER_TITLE_AFTER_COMMA, "bramleigh_board_minutes.txt"))
    present = {name for name, relation in rows if relation == "present_at_meeting"}
    assert {"Margit Lindqvist", "Tristan Okonjo-Hale", "Hendrik Achterberg", "Elspeth Quarshie"} <= present
    assert ("Rowena Featherstone", "apologies") in rows
    assert ("Margit Lindqvist", "board_chair") in rows
    named = {name for name, _ in rows}
    # the forename alone, the title alone and a place are no one
    assert not named & {"Tristan", "Hendrik", "Rowena", "Harlowden Corbury", "Harlowden"}


DISTRIBUTION_SEMICOLONS = """Westmere Youth Justice Service
Inspection improvement plan: progress report to the Management Board, June 2023

Distribution: Dunmore, Cllr Agnes (Lead Member for Children); Pettifer, Rhiannon (Head of Youth Justice Service);
Cole, Prof. Elias (Chair, Westmere Safeguarding Partnership)
"""


def test_a_distribution_run_on_surname_first_with_titles_and_posts_in_brackets() -> None:
    rows = people_rows(load_text(DISTRIBUTION_SEMICOLONS, "westmere_plan_progress.txt"))
    copied = {name for name, relation in rows if relation == "copy_to"}
    assert {"Agnes Dunmore", "Rhiannon Pettifer", "Elias Cole"} <= copied
    assert not {name for name, _ in rows} & {"Agnes", "Elias", "Dunmore", "Cole"}


BILINGUAL_TITLES = """PWYLLGOR CRAFFU PLANT                |  CHILDREN'S SCRUTINY COMMITTEE

Cofnodion / Minutes of the meeting held on 9 May 2023

Aelodaeth / Membership: Cynghorwyr / Councillors Gwilym Wyn Bowen (Cadeirydd / Chair), Mererid Haf Lloyd,
Tomos Prydderch

PRESENNOL / PRESENT
   Cyng./Cllr G. W. Bowen ......................... Cadeirydd / Chair
   Cyng./Cllr M. H. Lloyd, T. Prydderch

1.  YMDDIHEURIADAU / APOLOGIES
    None.
"""


def test_a_title_in_two_languages_before_initials_that_the_membership_line_writes_in_full() -> None:
    rows = people_rows(load_text(BILINGUAL_TITLES, "llanwern_scrutiny_minutes.txt"))
    present = {name for name, relation in rows if relation == "present_at_meeting"}
    assert {"Gwilym Wyn Bowen", "Mererid Haf Lloyd", "Tomos Prydderch"} <= present
    assert ("Gwilym Wyn Bowen", "panel_chair") in rows


def test_the_name_layer_reads_a_name_surname_first_only_in_a_cell_of_its_own() -> None:
    read = {text: [(n.name, n.title) for n in find_names(text, strict=False)] for text in (
        "Ch Supt GARRIGAN, Oliver", "Prof. MALLINDER, Ruth", "Mawdesley, Supt Kirsty   Westmere Police",
        "RUSK, Mrs P. (Chair)", "Achterberg, Dr Hendrik\tMidshire ICB", "OKWUOSA Chidi, Supt\tMidshire Police")}
    assert read == {"Ch Supt GARRIGAN, Oliver": [("Oliver Garrigan", "Chief Superintendent")],
                    "Prof. MALLINDER, Ruth": [("Ruth Mallinder", "Professor")],
                    "Mawdesley, Supt Kirsty   Westmere Police": [("Kirsty Mawdesley", "Superintendent")],
                    "RUSK, Mrs P. (Chair)": [("P. Rusk", "Mrs")],
                    "Achterberg, Dr Hendrik\tMidshire ICB": [("Hendrik Achterberg", "Dr")],
                    # no comma after the surname in capitals: the title after the forename says it is a name
                    "OKWUOSA Chidi, Supt\tMidshire Police": [("Chidi Okwuosa", "Superintendent")]}
    for text in ("Manager, Youth Offending Service", "Chair, Board", "Corbury, Harlowden", "Smith, Jones and Partners",
                 "Harris, Jordan, Lee", "In Sturminford, Rachel (the Chair) spoke", "APOLOGIES Helen, Dr   Head of PDU"):
        assert all("," not in text[n.start:n.end] for n in find_names(text, strict=False)), text
    # under a plural title the words are surnames, each its own member
    assert [n.name for n in find_names("Councillors Harris, Jordan and Lee", strict=False)][:1] == ["Harris"]
    assert name_at("Haldane-Fry, Cllr Bernard     P", 0, 31) is not None
