"""Stop 39's plans, membership lists, contact blocks, prose and findings (batches b129-b131), in fictional fixtures
written for them, each twice (the batch's layout and another author's): a news item whose lede names its area in
capitals ('WESTFOLD'S youth offending service'); themes of work rated in a list whose last item is the work done on
interventions, and sentences 'made sure' or 'ensured' to be served; a plan's membership under a numbered section's
heading, its heads on one line parted by slashes over rows parted by tabs, each member surname first in capitals
with initials ('LEE J. (Cllr)'), and an independent chair of another board in it; a release's contact under 'Media
enquiries' alone on its line, the post's Welsh half after a slash. Hostile cases: a 100 KB run of each new
pattern's repeated token reads in well under a second."""

from __future__ import annotations

import time
from collections.abc import Callable

from kg.documents import Document
from kg.loaders import (
    findings_common,
    findings_metrics,
    findings_ratings,
    findings_standards,
    generic,
    passing,
    people_lists,
)
from kg.loaders.context import Context
from tests.conftest import load_text, organisation_rows, people_rows, rating_rows

# --- a news item's lede names its area in capitals -----------------------------------------------------------------

NEWS = """Home  >  News  >  {crumb}

{masthead}
Monday 3 March 2014  |  Last updated 09:12

Youth offending service told to improve

{lede} youth offending service must do better, according to a report
published today.

Petronella Vass, head of the youth offending service, said staff would act on the report.

Opposition spokesman Councillor Ambrose Quillfeather said the council must respond.
"""


def test_a_news_ledes_place_in_capitals_is_the_documents_area() -> None:
    # (the place named in the masthead or the breadcrumb above, as a local paper's is)
    for crumb, masthead, lede, area in [("Local News", "Westfold Courier", "WESTFOLD'S", "Westfold"),
                                        ("Kirkby Marsh", "The Evening Gazette", "KIRKBY MARSH’S", "Kirkby Marsh")]:
        text = NEWS.format(crumb=crumb, masthead=masthead, lede=lede)
        assert generic.document_area(Context(Document.from_text("news.txt", text))) == area
        organisations = organisation_rows(load_text(text))
        assert organisations[("Ambrose Quillfeather", "quoted")] == f"{area} Council"
    # a heading in capitals that is no place's possessive names no area
    plain = NEWS.format(crumb="Local News", masthead="The Evening Gazette", lede="THE")
    assert generic.document_area(Context(Document.from_text("news.txt", plain))) is None


# --- themes of work rated in news and minutes -----------------------------------------------------------------------

THEMES_NEWS = """They examined 30 cases and rated work to reduce reoffending, work to protect
the public and the delivery of interventions as unsatisfactory. Work to make
sure sentences were served was rated good.
"""
THEMES_MINUTES = """Thirty cases had been examined.  Work to reduce reoffending, to
protect the public and to deliver interventions had been judged
unsatisfactory; work to ensure that sentences were served had been
judged good.
"""
THEMES_VARIANT = """Inspectors rated protecting the public, reducing reoffending and the provision of interventions
as 'Satisfactory'. Making sure that sentences are served was judged to be good.
"""


def test_themes_rated_in_a_list_ending_with_interventions_and_sentences_made_sure_of() -> None:
    unsatisfactory = {("Reducing reoffending", "Unsatisfactory"), ("Protecting the public", "Unsatisfactory"),
                      ("Interventions to reduce reoffending", "Unsatisfactory")}
    served = ("Ensuring that the sentence is served", "Good")
    assert unsatisfactory | {served} <= rating_rows(load_text(THEMES_NEWS))
    assert served in rating_rows(load_text(THEMES_MINUTES))
    assert {("Protecting the public", "Satisfactory"), ("Reducing reoffending", "Satisfactory"),
            ("Interventions to reduce reoffending", "Satisfactory"), served} <= rating_rows(load_text(THEMES_VARIANT))
    # interventions alone, no list's last item, rates a piece of work
    assert not any(scope.startswith("Interventions") for scope, _ in
                   rating_rows(load_text("The interventions delivered were rated good by the children.\n")))


FOREWORD = """Foreword

It is a privilege to introduce this plan. In March 2022 HM
Inspectorate of Probation rated {rated}
We have not stood still.
"""


def test_a_forewords_rating_for_the_services_staff_after_its_own_rating() -> None:
    for rated in ["our youth justice service Good overall, with an Outstanding\nrating for our staff.",
                  "the service 'Good', and an 'Outstanding' grade for its staff."]:
        assert ("1.2 Staff", "Outstanding") in rating_rows(load_text(FOREWORD.format(rated=rated)))


# --- a plan's membership, heads parted by slashes, members surname first with initials ---------------------------

SLASHED_MEMBERSHIP = """HOLLINBY COUNCIL                                     Agenda Item 7

Report to Cabinet: Hollinby Youth Justice Plan

APPENDIX A (extract)
{lead}

{heads}
QUARRIE B. \t Corporate Director of People (Chair) \t Hollinby Council
FENSHAWE D. (Cllr) \t Cabinet Member, Children's Services \t Hollinby Council
MALLORIE T. (Ch Supt) \t Area Commander \t Wexdale Constabulary
OSGOODBY R. \t Independent Chair \t Hollinby Local Safeguarding Children Board
(vacant) \t Head of Education Inclusion \t Hollinby Council

The Board meets quarterly.
"""


def test_a_membership_under_a_numbered_section_with_slashed_heads_and_initials() -> None:
    for lead, heads in [("Section 2: Governance – Membership of the YOT Management Board", "NAME / POST / AGENCY"),
                        ("Section 4. Membership of the Youth Justice Board", "Member / Role / Organisation")]:
        result = load_text(SLASHED_MEMBERSHIP.format(lead=lead, heads=heads))
        rows = people_rows(result)
        assert {("B. Quarrie", "board_member"), ("B. Quarrie", "board_chair"), ("D. Fenshawe", "board_member"),
                ("D. Fenshawe", "cabinet_member"), ("T. Mallorie", "board_member"),
                ("R. Osgoodby", "board_member")} <= rows
        assert ("R. Osgoodby", "board_chair") not in rows  # the chair of another board
        organisations = organisation_rows(result)
        assert organisations[("T. Mallorie", "board_member")] == "Wexdale Constabulary"
        assert organisations[("R. Osgoodby", "board_member")] == "Hollinby Local Safeguarding Children Board"


# --- a release's contact under 'Media enquiries' alone on its line -----------------------------------------------

CONTACT = """Council welcomes inspection report

The council's youth justice service was praised by inspectors.

{label}
Emrys Tallowfield, {post}
Tel: 01632 960 233
Email: emrys.tallowfield@example.gov.wales
"""


def test_a_contact_under_media_enquiries_alone_on_its_line_in_english_and_welsh() -> None:
    for label, post in [("Media enquiries / Ymholiadau'r cyfryngau", "Communications Officer / Swyddog Cyfathrebu"),
                        ("PRESS ENQUIRIES", "Press Officer")]:
        result = load_text(CONTACT.format(label=label, post=post))
        assert ("Emrys Tallowfield", "contact_officer") in people_rows(result)
        roles = [s.value for s in result.statements if s.schema == "Involvement" and s.prop == "role"]
        assert post.split(" / ")[0] in roles


# --- the service's staff named in passing ---------------------------------------------------------------------------

TEAM_PLAN = """Harnfield Youth Justice Plan 2023-24

The Head of Youth Justice Service reports to the Board on performance each quarter. {team}

6.1  The plan is owned by the Management Board. {head}, is the lead officer and will attend.
Bryony Castleton, Head of Housing, will attend the Board when asked.
"""


def test_the_services_staff_named_in_passing_by_a_post_in_it_or_in_its_teams_sentence() -> None:
    for team, head in [
        ("The service's operational management team is\nled by Odile Brankstone (Operational Manager, Court and Custody), "
         "with Tamsin Rowlestone\n(Practice Manager, Prevention) and Ivo Pettigrove (Performance and Information\n"
         "Officer).", "Miriam Wrenfield, Head of\n     Youth Justice Service"),
        ("The service's senior team: Odile Brankstone, Operational Manager; Tamsin Rowlestone, Practice Manager; "
         "and Ivo Pettigrove, Information Officer.", "Miriam Wrenfield, YOT Manager")]:
        result = load_text(TEAM_PLAN.format(team=team, head=head))
        rows = people_rows(result)
        assert {("Odile Brankstone", "staff"), ("Tamsin Rowlestone", "staff"), ("Ivo Pettigrove", "staff"),
                ("Miriam Wrenfield", "staff")} <= rows
        assert ("Bryony Castleton", "staff") not in rows  # a post of another service
        assert organisation_rows(result)[("Ivo Pettigrove", "staff")] == "Harnfield Youth Offending Service"
    roles = [s.value for s in load_text(TEAM_PLAN.format(team=team, head=head)).statements if s.prop == "role"]
    assert "Information Officer" in roles
    bracketed = load_text(TEAM_PLAN.format(team="The service's team includes Ivo Pettigrove (Performance and "
                                                 "Information\nOfficer).", head="Miriam Wrenfield, YOT Manager"))
    assert "Performance and Information Officer" in [s.value for s in bracketed.statements if s.prop == "role"]


# --- the council's leader named in passing --------------------------------------------------------------------------

LEADER_NEWS = """Fernleigh Council - Newsroom

Youth justice service praised

{sentence} will chair a cabinet discussion of the report next month.
"""


def test_the_councils_leader_named_before_the_name_in_passing_sits_on_its_cabinet() -> None:
    for sentence, role in [("The council's Leader, Councillor Osric Pembleton,", "Leader"),
                           ("Inspectors met the authority’s Deputy Leader,\nCllr Osric Pembleton, who", "Deputy Leader")]:
        result = load_text(LEADER_NEWS.format(sentence=sentence))
        assert ("Osric Pembleton", "cabinet_member") in people_rows(result)
        assert organisation_rows(result)[("Osric Pembleton", "cabinet_member")] == "Fernleigh Council"
        assert role in [s.value for s in result.statements if s.prop == "role"]
    # the leader of another group holds no seat
    other = load_text(LEADER_NEWS.format(sentence="The opposition's leader, Councillor Osric Pembleton,"))
    assert ("Osric Pembleton", "cabinet_member") not in people_rows(other)


# --- a resident population, cases examined in a participle ------------------------------------------------------

def _metrics(text: str) -> set[tuple[str, str]]:
    result = load_text(text)
    rows: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Observation" and s.prop in ("metric", "value"):
            rows.setdefault(s.entity, {})[s.prop] = s.value
    return {(row["metric"], row["value"]) for row in rows.values() if len(row) == 2}


def test_a_resident_population_and_cases_examined_in_a_participle() -> None:
    for text in ["3.1 Hollinby has a resident population of 187,300 (ONS mid-2014), of whom 17,940 are aged 10 to 17.\n"
                 "HM Inspectorate of Probation carried out a Short Quality Screening of the service\nin August, "
                 "examining 18 cases of children and young people who had recently been sentenced.\n",
                 "The borough had a resident population of 91,250 in 2021.\nInspectors spent a week in Hollinby, "
                 "reviewing 24 recent cases.\n"]:
        metrics = _metrics(text)
        assert {metric for metric, _ in metrics} >= {"population", "cases_examined"}
        assert ("population", "187300") in metrics or ("population", "91250") in metrics
        assert ("cases_examined", "18") in metrics or ("cases_examined", "24") in metrics


def test_an_earlier_periods_figure_against_the_facts_after_its_unit_or_period() -> None:
    for text, value, earlier in [
        ("GM presented the dashboard. First-time entrants had fallen to 152 per 100,000 against\n168 in the previous "
         "year.\n", "152", "168"),
        ("RPL presented the Q2 report. First time entrants: 19 in April-September 2016,\nagainst 27 in the same period "
         "last year.\n", "19", "27")]:
        result = load_text(text)
        rows: dict[str, dict[str, str]] = {}
        for s in result.statements:
            if s.schema == "Observation":
                rows.setdefault(s.entity, {})[s.prop] = s.value
        assert any(row.get("value") == value and row.get("comparator") == "previous period"
                   and row.get("comparator_value") == earlier for row in rows.values())


# --- hostile input ---------------------------------------------------------------------------------------------------

def _seconds(run: Callable[[], object]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def test_the_new_patterns_cross_long_runs_of_their_tokens_in_time() -> None:
    runs = {
        "capitals": "WESTFOLD " * 12_000,
        "possessive": "WESTFOLD'S " * 10_000,
        "slashes": " / " * 35_000,
        "blanks": " " * 100_000,
        "themes": "work to protect the public, " * 4_000,
        "section": "Section 2: " * 10_000,
        "foreword": "rated our youth justice service Good overall, with " * 2_000,
    }
    for token, run in runs.items():
        assert _seconds(lambda run=run: generic.TITLE_SERVICE.findall(run)) < 0.5, token
        assert _seconds(lambda run=run: people_lists.WELSH_HALF_AFTER_RE.sub("", run)) < 0.5, token
        assert _seconds(lambda run=run: people_lists.MEMBERSHIP_LEAD_RE.findall(run)) < 0.5, token
        assert _seconds(lambda run=run: people_lists.CONTACT_RE.findall(run)) < 0.5, token
        # ('rated X, Y and the delivery of interventions as ...': the list's pattern this stop changed)
        assert _seconds(lambda run=run: findings_ratings.JUDGEMENT_OF_THEMES[2].findall(run)) < 0.5, token
        assert _seconds(lambda run=run: findings_standards.RATED_THEN_FOR.findall(run)) < 0.5, token
    for pattern in (passing.AFTER_RE, passing.SERVICE_TEAM_RE, passing.LINKED_REST_RE, passing.COUNCILS_SEAT_BEFORE_RE):
        for run in ["Performance and Information\n" * 4_000, "the service's " * 8_000, " \n" * 50_000]:
            assert _seconds(lambda run=run, pattern=pattern: [pattern.match(run, at) for at in range(0, 2_000)]) < 0.5
    for run in ["examining " * 10_000, "has a resident population of " * 4_000]:
        assert _seconds(lambda run=run: findings_common.CASES_EXAMINED[0].findall(run)) < 0.5
        assert _seconds(lambda run=run: findings_metrics.POPULATION_SENTENCE.findall(run)) < 0.5
        assert _seconds(lambda run=run: [findings_metrics.EARLIER_AFTER[3].match(run, at) for at in range(2_000)]) < 0.5
    for run in ["PENWARDEN A. \t" * 8_000, "Media enquiries / " * 6_000, "WESTFOLD'S youth " * 6_000]:
        assert _seconds(lambda run=run: load_text(run)) < 5.0
