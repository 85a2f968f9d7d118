"""The inspectorate's people and the inspection's findings as four blind authors wrote them (stop 27's pooled
batches), each layout or wording family in a small fictional fixture with the other forms real documents use in its
place: a team table indented as a whole whose labels the team vocabulary lacks; a bilingual team heading; the
Assistant Chief Inspector named as answerable for the inspection; the lead inspector in a council's or board's papers;
a release's notes naming the team and the report's addressee; a copy list's rank written in full before the name; a
council report citing the report in its background papers; the older framework's judgements in prose; an overall
rating in a minute's note or in brackets; standards in brackets after their rating; the children aged 10 to 17 after
the place's population; a custody rate with its noun before 'per 1,000'."""

from __future__ import annotations

from kg.gazetteer import load_gazetteer
from kg.loaders import generic, registry
from kg.loaders.generic import is_page_furniture
from tests.conftest import load_text, organisation_rows, people_rows, rating_rows, role_rows


def _metrics(text: str, name: str) -> set[tuple[str, str, str]]:
    """(metric, value, unit) rows a load found."""
    observations: dict[str, dict[str, str]] = {}
    for s in load_text(text, name).statements:
        if s.schema == "Observation":
            observations.setdefault(s.entity, {})[s.prop] = s.value
    return {(o.get("metric", ""), o.get("value", ""), o.get("unit", "")) for o in observations.values()}


# --- the team ------------------------------------------------------------------------------------------

INDENTED_TEAM = """Inspection of youth offending services: Westmere
HM Inspectorate of Probation, October 2019

Acknowledgements
This inspection was led by HM Inspector Jo Lee, supported by a team of inspectors
and colleagues from across the Inspectorate. We thank all those who took part.

  Lead Inspector              Jo Lee
  HM Inspectors               Dev Rao ; Sam Hart
  Practice Assessor           Una Price
  Research                    Bea Cole-Roy
  Assistant Chief Inspector   Tom Vance
  Editorial / Production      Publications Team


Foreword
The report follows.
"""


def test_an_indented_team_table_reads_each_label_in_its_column() -> None:
    rows = role_rows(load_text(INDENTED_TEAM, "westmere_inspection_2019_10.txt"))
    assert ("Una Price", "inspection_team", "Practice Assessor") in rows
    assert ("Bea Cole-Roy", "inspection_team", "Research") in rows
    assert ("Dev Rao", "inspection_team", "HM Inspector") in rows


def test_an_assistant_chief_inspector_in_the_table_is_over_the_team_not_of_it() -> None:
    rows = people_rows(load_text(INDENTED_TEAM, "westmere_inspection_2019_10.txt"))
    assert ("Tom Vance", "inspection_team") not in rows


BILINGUAL_TEAM = """Full Joint Inspection of Youth Offending Work in Westmere

{heading}
Lead Inspector ........................ Jo Lee, HMI Probation
Inspector ............................. Dev Rao, HMI Probation
Estyn Inspector ....................... Sam Hart

CONTEXT
Westmere is a county borough.
"""


def test_a_bilingual_team_heading_gives_its_other_language_after_a_slash() -> None:
    for heading in ("Inspection team / Tîm arolygu", "Inspection Team / Y tîm arolygu:", "INSPECTION TEAM / TÎM AROLYGU"):
        rows = people_rows(load_text(BILINGUAL_TEAM.format(heading=heading), "westmere_fji_2011_06.txt"))
        assert {("Jo Lee", "lead_inspector"), ("Dev Rao", "inspection_team"), ("Sam Hart", "inspection_team")} <= rows, heading


# --- the head of the programme ---------------------------------------------------------------------------

ANSWERABLE = """HM Inspectorate of Probation

To:  Ms Jo Bloggs, Chief Executive, Westmere Council

Dear Ms Bloggs

Short Quality Screening of youth offending work in Westmere

We examined 30 cases. {sentence}

Yours sincerely

Jo Lee
HM Inspector of Probation
"""


def test_an_assistant_chief_inspector_answerable_for_the_inspection_heads_its_programme() -> None:
    for sentence in ("Our Assistant Chief Inspector, Tom Vance, would be pleased to discuss the findings.",
                     "Tom Vance, Assistant Chief Inspector, will write to you separately.",
                     "The Assistant\nChief Inspector, Tom Vance, will be in touch.",
                     "Assistant Chief Inspector responsible: Tom Vance"):
        rows = people_rows(load_text(ANSWERABLE.format(sentence=sentence), "westmere_sqs_letter_2012_03.txt"))
        assert ("Tom Vance", "head_of_inspections") in rows, sentence


def test_an_assistant_chief_inspector_named_otherwise_heads_nothing() -> None:
    for sentence in ("The letter was signed by the Assistant Chief Inspector, Tom Vance.",
                     "Tom Vance, Assistant Chief Inspector, said the work was sound."):
        rows = people_rows(load_text(ANSWERABLE.format(sentence=sentence), "westmere_sqs_letter_2012_03.txt"))
        assert ("Tom Vance", "head_of_inspections") not in rows, sentence


# --- the lead inspector in papers ------------------------------------------------------------------------

BOARD_MINUTES = """WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD

Minutes of the meeting held on 14 January 2013

Present: Jo Bloggs (Chair), Director of Children's Services

4. SQS action plan
   {sentence}
"""


def test_the_lead_inspector_named_in_a_boards_or_committees_papers() -> None:
    for sentence, name in (
            ("All three recommendations of HMI Probation's screening (report April 2012, lead inspector M. Olawale) "
             "are complete.", "M. Olawale"),
            ("The screening of the YOT carried out by HM Inspectorate of Probation in\n   February 2012 and led by "
             "Marguerite Olawale found sound work.", "Marguerite Olawale"),
            ("The inspection was carried out by HMI Probation, led by Marguerite Olawale.", "Marguerite Olawale")):
        rows = people_rows(load_text(BOARD_MINUTES.format(sentence=sentence), "westmere_board_minutes_2013_01.txt"))
        assert (name, "lead_inspector") in rows, sentence


# --- a release's notes to editors -------------------------------------------------------------------------

RELEASE = """PRESS RELEASE
HM Inspectorate of Probation

Westmere youth offending work needs to improve

Inspectors found that work to protect the public was not good enough.

Notes to editors

1. The report is addressed to Jo Bloggs, Chair of the Westmere
   YOS Management Board, and is available on the website from 10 June 2015.
2. The inspection was led by Dev Rao, HM Inspector, with Sam
   Hart.
"""


def test_a_releases_notes_name_the_reports_addressee_and_the_team() -> None:
    rows = role_rows(load_text(RELEASE, "westmere_press_release_2015_06.txt"))
    assert ("Jo Bloggs", "addressee", "Chair of the Westmere YOS Management Board") in rows
    assert ("Sam Hart", "inspection_team") in {(name, relation) for name, relation, _ in rows}


# --- a copy list's rank in full ---------------------------------------------------------------------------

COPY_LIST = """HM Inspectorate of Probation

Dear Mr Bloggs

Short Quality Screening of youth offending work in Westmere

We examined 30 cases.

Yours sincerely

Jo Lee
HM Inspector of Probation

Copy to:
Councillor Ann Lee                 Leader, Westmere Borough Council
{rank_and_name}{body}
Tom Hart                           Head of Youth Offending Service
"""


def test_a_rank_written_in_full_before_a_copied_name_over_its_force_is_the_post_and_the_force_the_body() -> None:
    # (the keys' practice where a copy list writes no other post: u493, u538, u543)
    for rank, body, force in (("Chief Superintendent", "Westmere Police, North Division", "Westmere Police"),
                              ("Detective Inspector", "Westmere Police", "Westmere Police"),
                              ("Superintendent", "Westmere Constabulary", "Westmere Constabulary")):
        copied = COPY_LIST.format(rank_and_name=f"{rank} A. Mahmood".ljust(35), body=body)
        result = load_text(copied, "westmere_sqs_letter_2011_10.txt")
        assert ("A. Mahmood", "copy_to", rank) in role_rows(result), rank
        assert organisation_rows(result)[("A. Mahmood", "copy_to")] == force, rank


# --- a council's report citing the inspection --------------------------------------------------------------

CABINET_REPORT = """WESTMERE METROPOLITAN BOROUGH COUNCIL

REPORT TO:          CABINET
DATE:               15 May 2012
REPORT OF:          Corporate Director, Children's Services
SUBJECT:            INSPECTION OF YOUTH OFFENDING WORK - OUTCOME

Report author:      Jo Bloggs, YOS Manager

3.1  The inspection team, led by David Rowe of HMI Probation, examined 48 cases.

BACKGROUND PAPERS: HMI Probation, Full Joint Inspection of Youth Offending
Work in Westmere (March 2012).
"""


def test_a_council_report_citing_the_inspection_in_its_background_papers_is_no_report_of_it() -> None:
    assert "joint_inspection" not in {module.FAMILY for module in registry.recognised(CABINET_REPORT)}
    assert ("David Rowe", "lead_inspector") in people_rows(load_text(CABINET_REPORT, "westmere_cabinet_2012_05.txt"))


def test_a_report_under_its_own_title_is_still_a_joint_inspection() -> None:
    report = "Full Joint Inspection of Youth Offending Work in Westmere\n\nHM Inspectorate of Probation, March 2012\n"
    assert "joint_inspection" in {module.FAMILY for module in registry.recognised(report)}


# --- ratings ------------------------------------------------------------------------------------------------

PAPER = """WESTMERE COUNCIL

Minutes of the meeting of the Cabinet held on 12 September 2011

Present: Councillor Jo Bloggs (Chair)

5. INSPECTION OF YOUTH OFFENDING WORK
{sentence}
"""


def test_the_older_frameworks_scores_and_judgements_told_area_by_area() -> None:
    sentence = ("Inspectors examined 38 cases. The scores were: Safeguarding 63% (moderate improvement\nrequired); Risk "
                "of Harm to others 52% (substantial improvement required); Likelihood of\nReoffending 71% (minimum "
                "improvement required).")
    rows = rating_rows(load_text(PAPER.format(sentence=sentence), "westmere_cabinet_2011_09.txt"))
    assert {("Safeguarding", "Moderate improvement required"), ("Risk of Harm to others", "Substantial improvement required"),
            ("Likelihood of Reoffending", "Minimum improvement required")} <= rows


def test_the_older_frameworks_judgement_first_then_its_themes() -> None:
    for sentence in ("Substantial improvement was required in Protecting the Public and in\nProtecting the Child, and "
                     "moderate improvement in Reducing Reoffending.",
                     "Substantial improvement is needed in Protecting the Public, Protecting the Child and "
                     "moderate improvement in Reducing Reoffending."):
        rows = {(scope.lower(), rating) for scope, rating in
                rating_rows(load_text(PAPER.format(sentence=sentence), "westmere_cabinet_2012_05.txt"))}
        assert {("protecting the public", "Substantial improvement required"),
                ("protecting the child", "Substantial improvement required"),
                ("reducing reoffending", "Moderate improvement required")} <= rows, sentence


def test_an_overall_rating_in_a_minutes_note_or_in_brackets_after_the_inspection() -> None:
    for sentence in ("PT presented the plan. Overall rating Requires improvement; court work was weak.",
                     "Since our last full inspection by HM\nInspectorate of Probation (2019, rated Requires improvement) "
                     "the partnership has grown."):
        rows = rating_rows(load_text(PAPER.format(sentence=sentence), "westmere_cabinet_2020_02.txt"))
        assert ("overall", "Requires improvement") in rows, sentence


def test_standards_in_brackets_after_the_rating_they_share() -> None:
    sentence = ("Of the twelve standards, one was rated Outstanding, five Good, four Requires improvement and two\n"
                "Inadequate (2.1 Assessment and 2.4 Reviewing, both in court disposals).")
    rows = rating_rows(load_text(PAPER.format(sentence=sentence), "westmere_cabinet_2020_07.txt"))
    assert {("2.1 Assessment", "Inadequate"), ("2.4 Reviewing", "Inadequate")} <= rows


# --- metrics ------------------------------------------------------------------------------------------------

AREA = """Inspection of youth offending services: Westmere
HM Inspectorate of Probation, February 2023

Context
{sentence}
"""


def test_the_children_aged_10_to_17_after_the_places_population() -> None:
    for sentence in ("Westmere has a population of 143,600. There are 12,950 children\naged 10-17.",
                     "Westmere has a population of approximately 143,600, and 12,950 children aged 10 to\n17 years old.",
                     "Westmere is a county borough with a population of\n143,600 (ONS mid-2009). Of these, 12,950 were "
                     "young people aged 10 to 17.",
                     "Westmere has a population of 143,600 as measured in the Census 2011, 9.0% of whom were\naged 10 "
                     "to 17 years (approximately 12,950 young people).",
                     "The report notes that Westmere has around 12,950 children aged 10 to 17, and that its custody "
                     "rate fell.",
                     "Our 10-17 population is estimated at 12,950."):
        assert ("youth_population", "12950", "count") in _metrics(AREA.format(sentence=sentence),
                                                                 "westmere_inspection_2023_02.txt"), sentence


def test_a_custody_rate_whose_noun_stands_before_per_1000() -> None:
    sentence = "Custody: 0.61 custodial sentences per 1,000 young people aged\n10-17 (England 0.88)."
    rows = _metrics(AREA.format(sentence=sentence), "westmere_board_minutes_2012_03.txt")
    assert ("custody_rate", "0.61", "per 1,000") in rows
    assert not any(metric == "custodial_sentences" for metric, _, _ in rows)


def test_a_bracket_that_parts_the_cases_examined_into_kinds_gives_no_second_total() -> None:
    sentence = "Core Case Inspection: 38 cases examined (26 first tier / community, 9 custody,\n3 licence)."
    rows = _metrics(AREA.format(sentence=sentence), "westmere_fji_2011_06.txt")
    assert ("cases_examined", "26", "count") not in rows


# --- the checks: a release's title, a cover's area ------------------------------------------------------------

def test_a_releases_kind_and_embargo_set_apart_on_one_line_are_furniture_not_its_title() -> None:
    gazetteer = load_gazetteer()
    assert is_page_furniture(gazetteer, "NEWS RELEASE                        Embargoed until 00.01, Tuesday 21 February 2023")
    assert not is_page_furniture(gazetteer, "Westmere youth justice service must do more to keep children safe")


def test_a_covers_title_over_the_place_alone_on_a_line_below_names_the_area() -> None:
    cover = ("                    HMI PROBATION\n           Full Joint Inspection of Youth Offending Work\n\n"
             "                      WESTMERE VALE\n                  Report published: March 2012\n\nFOREWORD\n")
    gazetteer = load_gazetteer()
    assert generic._document_area(generic._title_cased(cover, gazetteer), gazetteer) == "Westmere Vale"


def test_rows_under_a_label_that_names_no_post_of_the_team_are_not_the_team() -> None:
    report = ("Next Steps\nA joint inspection of the transition of young people who offend\nfrom youth to adult services\n\n"
              "September 2013\n\nA Joint Inspection by:\nHM Inspectorate of Probation\n\nAcknowledgements\n\n"
              "We would like to thank the six areas that took part. Each area nominated a local\n"
              "co-ordinator, who arranged our programme and our access to files and staff. They were:\n"
              "  Westmere:  Ann Lee, Operations Manager, Westmere Youth Offending Service\n"
              "  Eastmere:  Tom Hart, Quality Assurance Manager, Eastmere Youth Offending\n"
              "              Service\n"
              "and colleagues in four further areas, who asked not to be named in this report.\n")
    rows = people_rows(load_text(report, "national_thematic_2013_09.txt"))
    assert ("Tom Hart", "inspection_team") not in rows and ("Ann Lee", "inspection_team") not in rows


def _compared(text: str, name: str) -> set[tuple[str, str, str, str]]:
    """(metric, value, comparator, comparator's value) rows a load found."""
    observations: dict[str, dict[str, str]] = {}
    for s in load_text(text, name).statements:
        if s.schema == "Observation":
            observations.setdefault(s.entity, {})[s.prop] = s.value
    return {(o.get("metric", ""), o.get("value", ""), o.get("comparator", ""), o.get("comparator_value", ""))
            for o in observations.values()}


def test_an_earlier_periods_figure_after_from_or_in_brackets_with_its_period() -> None:
    for sentence in ("Ms Lee said that the number of first time entrants had risen to 97 in 2011/12\nfrom 84 the year "
                     "before.",
                     "First-time entrants: 97 in the quarter (84 in Q1 2018/19).",
                     "First-time entrants rose to 97 in 2012 from 84 the previous year."):
        rows = _compared(PAPER.format(sentence=sentence), "westmere_scrutiny_minutes_2012_06.txt")
        assert ("first_time_entrants", "97", "previous period", "84") in rows, sentence


def test_a_tables_unit_in_a_cell_of_its_own_after_the_figures() -> None:
    table = ("    Measure                     Westmere      Wales       Period\n"
             "    Reoffending (binary rate)   41.2%         34.6%       Apr 2019 - Mar 2020 cohort\n"
             "    Use of custody              0.09          0.12        per 1,000 10-17 population\n")
    rows = _compared(AREA.format(sentence=table), "westmere_yj_plan_2022_06.txt")
    assert ("custody_rate", "0.09", "Wales", "0.12") in rows
    assert not any(metric == "custodial_sentences" for metric, *_ in rows)


def test_a_tables_unit_in_brackets_under_no_head_of_its_own() -> None:
    table = ("  Measure                       Westmere       England & Wales\n"
             "  First-time entrants           168            149        (per 100,000 10-17)\n"
             "  Use of custody                0.14           0.11       (per 1,000 10-17)\n")
    rows = _compared(AREA.format(sentence=table), "westmere_youth_justice_plan_2023_06.txt")
    assert {("first_time_entrant_rate", "168", "England and Wales", "149"),
            ("custody_rate", "0.14", "England and Wales", "0.11")} <= rows


def test_a_tables_e_and_w_is_england_and_wales() -> None:
    row = "3. Performance\n     Reoffending (proven, 12 months)    32.1%  Northshire 34.0%  E&W 35.9%\n"
    rows = _compared(PAPER.format(sentence=row), "westmere_board_minutes_2013_01.txt")
    assert ("reoffending_rate", "32.1", "England and Wales", "35.9") in rows
