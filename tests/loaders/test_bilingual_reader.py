"""Welsh/English papers: a title, a heading or a post in both languages, in either order, or in Welsh alone, reads as
the English one kg knows (the `welsh` table of ontology/vocabulary.yaml; `kg.names` for titles, `attendance` for
headings and markers, `text.council_report_form` for a report's form).

Each fixture is fictional and sets the two languages out differently from the development set: bars between the
halves and a title written without blanks round its slash ('Cynghorydd/Councillor'), Welsh markers alone in brackets
and a clergy title; the English half first ('PRESENT / PRESENNOL', 'Cllr / Cyng.') with a list wrapped over lines and
a page's footer inside it; headings and titles in Welsh alone ('Aelodau yn bresennol:', 'Y Cynghorwyr', 'Ymddiheuriadau am absenoldeb:') and a
grid of names in columns under 'Cynghorwyr:';
a report's form whose labels are in both languages and parted from their values by tabs. The near misses: a
masthead and a venue in two languages, a signature line of posts with no name, a post in Welsh with no name after it,
a table's heads in two languages that are two kinds of list, and the Welsh title in a sentence with no name.
"""

from __future__ import annotations

from kg.names import find_names
from tests.conftest import load_text, people_rows, role_rows

BARRED_HALVES = """CYNGOR SIR GLANHAFREN  |  GLANHAFREN COUNTY COUNCIL

PWYLLGOR CRAFFU PLANT  |  CHILDREN'S SCRUTINY COMMITTEE

Minutes of the meeting held in Siambr y Cyngor / Council Chamber on Wednesday, 9 April 2025

PRESENNOL | PRESENT
Cynghorydd/Councillor Owain Tregaron (Cadeirydd)
Cynghorydd/Councillor Lleucu Mathonwy (Is-gadeirydd)
Cynghorydd/Councillor Berwyn Caerwys
Parch. / Revd Elin Gwaunfawr (co-opted member)

YMDDIHEURIADAU | APOLOGIES
Cynghorydd/Councillor Gwenno Ystrad

1.  COFNODION | MINUTES
The minutes of the meeting held on 12 February 2025 were agreed.

                                                  CADEIRYDD / CHAIR ....................
"""


TABLE_HEADS = """Westhafren Youth Justice Management Board

Minutes of the meeting held on 2 June 2025

| Presennol / Present | Ymddiheuriadau / Apologies |
| Jo Bloggs (Chair) | Ruth Okafor |
| Dev Rao | |
"""


def test_a_heading_in_two_languages_parted_by_a_bar_heads_its_list() -> None:
    rows = people_rows(load_text(BARRED_HALVES, "glanhafren_scrutiny_minutes.txt"))
    assert {("Owain Tregaron", "present_at_meeting"), ("Lleucu Mathonwy", "present_at_meeting"),
            ("Berwyn Caerwys", "present_at_meeting"), ("Elin Gwaunfawr", "present_at_meeting"),
            ("Gwenno Ystrad", "apologies")} <= rows
    assert ("Gwenno Ystrad", "present_at_meeting") not in rows
    # near misses: the masthead, the venue and the signature line in two languages name nobody
    assert not {name for name, _ in rows} & {"Cyngor Sir", "Siambr", "Cadeirydd", "Glanhafren"}
    # a table's heads in two languages parted by bars are two lists, not one heading
    table = people_rows(load_text(TABLE_HEADS, "westhafren_board_minutes.txt"))
    assert ("Ruth Okafor", "present_at_meeting") not in table
    assert not any(name.startswith(("Presennol", "Ymddiheuriadau")) for name, _ in table)


def test_welsh_markers_alone_in_brackets_are_the_chair_and_vice_chair() -> None:
    rows = role_rows(load_text(BARRED_HALVES, "glanhafren_scrutiny_minutes.txt"))
    assert ("Owain Tregaron", "panel_chair", "Chair") in rows
    assert ("Lleucu Mathonwy", "panel_vice_chair", "Vice-Chair") in rows


def test_a_title_in_two_languages_is_one_english_title() -> None:
    text = "Cynghorydd/Councillor Owain Tregaron; Parch. / Revd Elin Gwaunfawr; Cllr / Cyng. Nia Bryncoch"
    assert [(found.name, found.title) for found in find_names(text)] == [
        ("Owain Tregaron", "Councillor"), ("Elin Gwaunfawr", "Reverend"), ("Nia Bryncoch", "Councillor")]
    assert text[find_names(text)[1].start:].startswith("Parch.")


ENGLISH_FIRST = """WESTHAFREN COUNTY BOROUGH COUNCIL / CYNGOR BWRDEISTREF SIROL WESTHAFREN

Minutes of the meeting of the Communities Scrutiny Panel held on Monday, 3 March 2025

PRESENT / PRESENNOL:
Councillors / Cynghorwyr: Tomos Hendre (Chair / Cadeirydd), Lleucu Parri (Vice-Chair /
Is-gadeirydd), Gwion Rhydderch, Heulwen Bryn-Teg,
-------------------------------------------------------------------------------
                                                              Page 1 / Tudalen 1
Iestyn Morfa and Siwan Pennant

APOLOGIES / YMDDIHEURIADAU:
Cllr / Cyng. Nerys Talybont (substitute / dirprwy: Cllr Ifor Garnedd)

1.  MINUTES / COFNODION
Agreed.
"""


def test_the_english_half_first_reads_the_same_list() -> None:
    rows = people_rows(load_text(ENGLISH_FIRST, "westhafren_scrutiny_minutes.txt"))
    assert {("Tomos Hendre", "present_at_meeting"), ("Lleucu Parri", "present_at_meeting"),
            ("Gwion Rhydderch", "present_at_meeting"), ("Heulwen Bryn-Teg", "present_at_meeting"),
            ("Nerys Talybont", "apologies")} <= rows
    assert ("Tomos Hendre", "panel_chair") in rows and ("Lleucu Parri", "panel_vice_chair") in rows
    assert {("Iestyn Morfa", "present_at_meeting"), ("Siwan Pennant", "present_at_meeting")} <= rows, \
        "the list runs on past the page's footer"
    roles = role_rows(load_text(ENGLISH_FIRST, "westhafren_scrutiny_minutes.txt"))
    assert ("Tomos Hendre", "present_at_meeting", "Chair") in roles, "the marker in two languages is the marker"


WELSH_ALONE = """PANEL CRAFFU IEUENCTID
YOUTH SCRUTINY PANEL

Minutes of the meeting held on Thursday, 6 November 2025

Aelodau yn bresennol:
Y Cynghorwyr Alaw Morfa, Berian Gwyndaf and Ceridwen Llanfor
Cynghorwyr:  Alun Maesteg          Bethan Corwen
             Cai Penrhos           Dwynwen Aberdaron

Ymddiheuriadau am absenoldeb:
Cynghorydd Dilys Nantgarw

Swyddogion:
Ffion Garthmyl, Head of Youth Justice Service
Pennaeth Gwasanaeth Cyfiawnder Ieuenctid / Head of Youth Justice Service

1.  DATGAN BUDDIANT / DECLARATIONS OF INTEREST
Diolchodd y Cynghorydd i'r swyddogion. None were declared.
"""


def test_headings_and_titles_in_welsh_alone_read_as_the_english() -> None:
    loaded = load_text(WELSH_ALONE, "youth_scrutiny_minutes.txt")
    rows = people_rows(loaded)
    assert {("Alaw Morfa", "present_at_meeting"), ("Berian Gwyndaf", "present_at_meeting"),
            ("Ceridwen Llanfor", "present_at_meeting"), ("Ffion Garthmyl", "officer_attending")} <= rows
    # a grid of names under the Welsh label, its rows set in under the first
    assert {("Alun Maesteg", "present_at_meeting"), ("Bethan Corwen", "present_at_meeting"),
            ("Cai Penrhos", "present_at_meeting"), ("Dwynwen Aberdaron", "present_at_meeting")} <= rows
    assert ("Dilys Nantgarw", "apologies") in rows and ("Dilys Nantgarw", "present_at_meeting") not in rows


REPORT_FORM = """CYNGOR SIR MORLANNAU
MORLANNAU COUNTY COUNCIL

ADRODDIAD I'R CABINET / REPORT TO CABINET

Dyddiad / Date\t14 Mai / May 2024
Aelod Arweiniol / Lead Member\tY Cynghorydd / Councillor Gethin Aeron, Cabinet Member for
\tChildren's Services
Awdur yr Adroddiad / Report Author\tMali Pencader, Youth Justice Service Manager
\tTel: 01632 960 112
\tEmail: mali.pencader@morlannau.gov.wales
Swyddog Cyswllt / Contact Officer: Pennaeth Gwasanaeth Cyfiawnder Ieuenctid / Head of Youth
Justice Service, Neuadd y Sir, Morlannau

1.  PWRPAS / PURPOSE
1.1  To report the findings of the inspection of Morlannau Youth Justice Service by HM Inspectorate of Probation.
"""


def test_a_report_form_with_labels_in_two_languages_names_its_member_and_author_and_no_post() -> None:
    rows = people_rows(load_text(REPORT_FORM, "morlannau_cabinet_report.txt"))
    assert ("Gethin Aeron", "cabinet_member") in rows
    assert not any(relation == "staff" for _, relation in rows), "a council's report form, not a staff page"
    # a post in Welsh with no name after it ('Pennaeth Gwasanaeth ...', Head of Service) is nobody, nor a Welsh title
    # in a sentence with no name
    names = {name for name, _ in rows} | {name for name, _ in people_rows(load_text(WELSH_ALONE, "youth_scrutiny_minutes.txt"))}
    assert not any(name.startswith(("Pennaeth", "Swyddog", "Cynghorydd", "Diolchodd")) for name in names)
