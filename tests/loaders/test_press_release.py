"""Press releases and news items: speakers, chief inspectors, cabinet members, contacts; recognition."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.loaders import press_release
from kg.names import name_key
from tests.conftest import load_text, people_rows, role_rows
from tests.loaders.test_roles import involvements_of

RELEASES = ["15_lambeth_fji_pressrelease_other", "46_devon_sqs_news_other"]


def gold_people(gold_file: Path) -> set[tuple[str, str]]:
    key = json.loads(gold_file.read_text(encoding="utf-8"))
    return {(name_key(p["name"]), r["relation"]) for p in key["people"] for r in p["relations"]
            if r["relation"] != "other"}


def found_people(text: str, name: str) -> set[tuple[str, str]]:
    return {(name_key(person), relation) for person, relation in people_rows(load_text(text, name))
            if relation != "other"}


@pytest.mark.parametrize("stem", RELEASES)
def test_real_release_matches_gold(corpus_dir: Path, gold_dir: Path, stem: str) -> None:
    text = (corpus_dir / "extra" / f"{stem}.txt").read_text(encoding="utf-8")
    expected = gold_people(gold_dir / "extra" / f"{stem}.json")
    found = found_people(text, f"{stem}.txt")
    assert found == expected, f"missing {sorted(expected - found)}; unexpected {sorted(found - expected)}"


def test_recognises_releases_only(corpus_dir: Path) -> None:
    recognised = {path.stem for path in sorted(corpus_dir.glob("**/*.txt"))
                  if press_release.recognise(path.read_text(encoding="utf-8"))}
    assert recognised == set(RELEASES)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Borsetshire making progress\n\nThe service had improved, said Margaret Quill, Chief Inspector of "
        "Probation. Today she published the report.\n",
        {("Margaret Quill", "quoted"), ("Margaret Quill", "chief_inspector")}, id="said-name-role"),
    pytest.param(
        "Inspection report published today\n\nMargaret Quill, HM Chief Inspector of Probation, said: "
        "“The service has improved.”\n",
        {("Margaret Quill", "quoted"), ("Margaret Quill", "chief_inspector")}, id="name-role-said"),
    pytest.param(
        "Inspection report published\n\nChief Inspector of Probation Margaret Quill said the service had improved.\n",
        {("Margaret Quill", "quoted"), ("Margaret Quill", "chief_inspector")}, id="role-name-said"),
    pytest.param(
        "Inspection report published today\n\nProbation's Oliver Thwaite said: “We found good work.”\n",
        {("Oliver Thwaite", "quoted")}, id="possessive-organisation"),
    pytest.param(
        "Report published\n\n“We found strong leadership,” said Oliver Thwaite, Assistant Chief Inspector. "
        "“But more is needed.”\n\n“Children were safe,” Oliver Thwaite added.\n",
        {("Oliver Thwaite", "quoted")}, id="assistant-chief-is-not-chief"),
    pytest.param(
        "PRESS RELEASE\n\nMARGARET QUILL, Chief Inspector of Probation, said: “Good work.”\n",
        {("Margaret Quill", "quoted"), ("Margaret Quill", "chief_inspector")}, id="capitals"),
    pytest.param(
        "Posted on: 3 March 2016\n\nThe inspectors praised the service.\n\nBorsetshire’s Cabinet Member for "
        "Children, Councillor Derek Pyle, said: “We are proud.”\n",
        {("Derek Pyle", "quoted"), ("Derek Pyle", "cabinet_member")}, id="cabinet-member-with-honorific"),
    pytest.param(
        "Report published today\n\nAssistant Chief Inspector Oliver Thwaite said:\n\n“The work was good.\n\n"
        "“Staff were committed, and Karen Ellis said to be excellent.\n\nMr Thwaite added that the board was strong.\n",
        {("Oliver Thwaite", "quoted")}, id="quote-across-paragraphs"),
    pytest.param(
        "Report published today\n\nThe service is good, according to Oliver Thwaite, lead inspector.\n",
        {("Oliver Thwaite", "quoted"), ("Oliver Thwaite", "lead_inspector")}, id="according-to"),
    pytest.param(
        "PRESS RELEASE\n\nNotes to editors\n2. Margaret Quill is HM Chief Inspector of Probation.\n"
        "3. The inspection was led by HM Inspector Oliver Thwaite.\n",
        {("Margaret Quill", "chief_inspector"), ("Oliver Thwaite", "lead_inspector")}, id="notes-to-editors"),
    pytest.param(
        "PRESS RELEASE\n\nThe inspectorate published the report today.\n\nFor further information contact "
        "Sally Brandt, Press Officer, on 020 7946 0000.\n",
        {("Sally Brandt", "contact_officer")}, id="named-contact"),
    pytest.param(
        "PRESS RELEASE\n\nThe inspectorate published the report today.\n\nFor further information please contact "
        "press.office@example.org\n",
        set(), id="email-only-contact"),
])
def test_release_variants(text: str, expected: set[tuple[str, str]]) -> None:
    result = load_text(text)
    assert "press_release" in result.families
    assert people_rows(result) == expected


def test_name_outside_the_lexicon_beside_a_post() -> None:
    result = load_text("Report published today\n\nZorvath Quellington, Head of Youth Justice, said: “Good.”\n\n"
                       "Ambrel Tonks said nothing of note.\n")
    assert people_rows(result) == {("Zorvath Quellington", "quoted")}


def test_a_speaker_given_an_age_is_a_young_person_not_an_official() -> None:
    result = load_text("Report published today\n\nDexter Hale, 15, said the YOT had helped him.\n\n"
                       "Oliver Thwaite, Head of Service, said: “We are proud.”\n")
    assert people_rows(result) == {("Oliver Thwaite", "quoted")}


def test_named_contact_keeps_phone() -> None:
    result = load_text("PRESS RELEASE\n\nFor further information contact Sally Brandt on 020 7946 0000 or "
                       "sally.brandt@example.org.\n")
    contacts = {s.prop: s.value for s in result.statements if s.prop in ("email", "phone")}
    assert contacts == {"email": "sally.brandt@example.org", "phone": "020 7946 0000"}


def test_people_named_inside_a_quote_are_not_speakers() -> None:
    result = load_text("Report published today\n\nHelen Hartley, Director of Children's Services, said: "
                       "“I thank Simon Pratt, who said we would get there.”\n")
    assert people_rows(result) == {("Helen Hartley", "quoted")}


def test_role_and_owner_of_a_speaker() -> None:
    result = load_text("Report published today\n\nBorsetshire’s Cabinet member for children’s services, "
                       "Derek Pyle,\nsaid: “Good.”\n")
    roles = {s.value for s in result.statements if s.schema == "Involvement" and s.prop == "role"}
    assert roles == {"Cabinet member for children’s services"}


@pytest.mark.parametrize("text", [
    "Minutes of the YOS Management Board\n\nPresent:\nOliver Thwaite, Chair\n\nThe chair said the report was "
    "published and Margaret Quill said it was good.\n",
    "To: Oliver Thwaite, Chair of the Board\nFrom: Margaret Quill\n\nDear Oliver\n\nThe inspection report, "
    "said Margaret Quill, is published.\n",
    # a council report whose form header is two padded columns, quoting the Chief Inspector
    "DUNMOOR COUNCIL\n\nCABINET\n\nReport author       Oliver Thwaite, Service Manager\nWards affected      All\n\n"
    "3.4  In his foreword, the Chief Inspector, Margaret Quill, said: \"A good inspection.\"\n",
])
def test_not_recognised_for_minutes_or_letters(text: str) -> None:
    assert not press_release.recognise(text)


# A GOV.UK release (batch 20): its 'Published:' and 'From:' lines are the page's metadata, not a memo's header.
GOVUK_RELEASE = """Skip to main content
GOV.UK
HM Inspectorate of Probation

PRESS RELEASE

Tarrowby youth justice service rated 'Good'

Published: 2 June 2025
From: HM Inspectorate of Probation

Chief Inspector of Probation Dame Alys Vantreight said: "Tarrowby knows itself well."

ENDS
"""


def test_a_govuk_release_with_its_publisher_line_is_a_press_release() -> None:
    result = load_text(GOVUK_RELEASE, "tarrowby_release.txt")
    assert result.families == ("press_release",)
    assert ("Alys Vantreight", "quoted") in people_rows(result)


# A local newspaper (batch 20): the reporter's byline over the post, a councillor's party and ward in brackets before
# 'said', and people named in its prose 'Name, the council's post' are no staff list.
NEWSPAPER = """Tarrowby Gazette | News

Youth justice team rated good

By GARETH PELLOW-RHYS
Local Democracy Reporter

Tarrowby's youth justice service was rated good following a visit by the inspectorate.

Cllr Nerys Oakhampton, the council's cabinet member for children and
families, said: "Our staff can be proud."

Opposition leader Cllr Morwen Sayle (Liberal Democrat, Quayside)
said: "No child should leave custody without a home."

By March the service had already agreed a new accommodation panel, staff said.
"""


def test_a_newspapers_byline_a_councillor_with_party_and_ward_and_no_staff_list() -> None:
    result = load_text(NEWSPAPER, "tarrowby_gazette.txt")
    assert "staff_page" not in result.families
    assert {org for *_, org in involvements_of(NEWSPAPER, "tarrowby_gazette.txt")} >= {"Tarrowby Gazette"}
    assert people_rows(result) == {
        ("Gareth Pellow-Rhys", "author"), ("Nerys Oakhampton", "cabinet_member"), ("Nerys Oakhampton", "quoted"),
        ("Morwen Sayle", "quoted")}


FORCE_NEWS = """Northshire Echo | News | Courts

Youth justice team rated good

By JO PARRY-WENN
Local Democracy Reporter

HM Inspectorate of Probation spent a week with the service in March.
{filler}
Chief Superintendent Ann Hale-Corrigan, area commander for the east of the county at Northshire Constabulary,
said officers would keep working with the service.

The inspection was led by HM Inspector Tomas Verey-Quinn. It was the first full inspection since 2019.
"""


def test_a_police_force_named_before_the_lead_inspector_is_not_their_inspectorate() -> None:
    """'Northshire Constabulary' is a force, not HM Inspectorate of Constabulary: the inspector who led is the
    inspectorate's the release names, and the force is the superintendent's, with her post."""
    filler = "The service supervises children across the county and works with schools.\n" * 30
    rows = involvements_of(FORCE_NEWS.format(filler=filler), "northshire-echo.txt")
    organisations = {(person, relation): organisation for person, relation, _, organisation in rows}
    assert organisations[("Tomas Verey-Quinn", "lead_inspector")] == "HM Inspectorate of Probation"
    assert organisations[("Ann Hale-Corrigan", "quoted")] == "Northshire Constabulary"


NEWS_PAGE_BYLINE = """Westbrook Gazette
News | Sport | Jobs

Youth justice service rated "Good" by inspectors

By Marisol Penhallow, Local Democracy Reporter
12 March 2024, 10:15

Westbrook YJS was rated "Good" by HM Inspectorate of Probation. Councillor Jo Tamsett, cabinet member for
children, said: "This is a credit to the staff."
By next year the council hopes to open a new youth hub.
"""


def test_a_news_pages_byline_names_its_author() -> None:
    rows = role_rows(load_text(NEWS_PAGE_BYLINE, "news.txt"))
    assert {row for row in rows if row[1] == "author"} == {
        ("Marisol Penhallow", "author", "Local Democracy Reporter")}


def test_a_byline_over_the_agency_the_reporter_writes_for() -> None:
    page = NEWS_PAGE_BYLINE.replace("By Marisol Penhallow, Local Democracy Reporter\n",
                                    "By Marisol Penhallow\nLocal Democracy Reporting Service\n")
    rows = involvements_of(page, "news.txt")
    assert {row for row in rows if row[1] == "author"} == {
        ("Marisol Penhallow", "author", None, "Local Democracy Reporting Service")}


NEWS_IN_CAPITALS = """THE WESTMERE LEADER  |  News  |  Courts  |  What's On

Youth offending service 'must do better', inspectors say

By Cadfael Ormsby-Pryce
Local Democracy Reporter

INSPECTORS have told Westmere's youth offending service that it must do better.

HM Chief Inspector of Probation Jane Doe said: "There is more to do."

The service, based at Mill Road, supervises around 120 young people a year. It is
led by Imogen Farrow-Lacey.
"""


def test_a_bylines_name_the_post_under_it_vouches_for_and_the_head_of_a_service_led_by_her() -> None:
    rows = involvements_of(NEWS_IN_CAPITALS, "westmere-leader.txt")
    assert ("Cadfael Ormsby-Pryce", "author", "Local Democracy Reporter", "Westmere Leader") in rows
    assert {(name, relation) for name, relation, *_ in rows if name == "Imogen Farrow-Lacey"} == {
        ("Imogen Farrow-Lacey", "staff")}, "'It is led by' after a sentence about the service names its head, no inspector"


def test_a_news_item_names_the_chairman_of_that_committee() -> None:
    news = ("Fellstead Evening Post\n\nYouth justice service must do better, inspectors say\n\nBy Jo Akin, Reporter\n\n"
            "Opposition leader Cllr Ruth Penfold said the report was \"a wake-up call\" and called for the city's "
            "scrutiny committee to examine it.\n\nThe chairman of that committee, Councillor Gideon Farrant-Mills, "
            "confirmed the report would be on the agenda for its June meeting.\n")
    assert ("Gideon Farrant-Mills", "panel_chair") in people_rows(load_text(news, "fellstead_news.txt"))


HEAD_WHO_MANAGES = """HM Inspectorate of Probation press release
24 October 2019

Ashgrove youth offending service rated 'Inadequate'

Inspectors rated Ashgrove Youth Offending Service as 'Inadequate' overall.

Saffron Delacourt-Hyde, who manages the Inspectorate's youth inspection programme, said:
"We will be back within two years to check progress."

Ends
"""


def test_the_head_of_inspections_named_before_what_they_do() -> None:
    assert {("Saffron Delacourt-Hyde", "head_of_inspections", "manages the Inspectorate's youth inspection programme"),
            } <= role_rows(load_text(HEAD_WHO_MANAGES, "release.txt"))


def test_news_naming_the_scrutiny_committee_chaired_by_a_councillor() -> None:
    text = ("Holmefield Council\nNews release\n\nInspectors call for better planning in youth offending work\n\n"
            "A joint inspection of Holmefield's Youth Offending Service was published today.\n\n"
            "Councillor Jo Pickersgill, Cabinet Member for Children, said: \"We welcome this report.\"\n\n"
            "The report will be considered by the Children's Services Overview and Scrutiny Committee,\n"
            "chaired by Councillor Trevor Ollerenshaw, in July.\n")
    assert ("Trevor Ollerenshaw", "panel_chair") in people_rows(load_text(text, "holmefield_council_news.txt"))


def test_a_rating_for_a_piece_of_work_named_by_a_gerund_is_no_overall_rating() -> None:
    text = ("Skip to main content\n\nHolmefield Council\nHome > News\n\nInspectors call for better planning in youth "
            "offending work\n\nA JOINT inspection of Holmefield's Youth Offending Service has found that staff work hard.\n\n"
            "The Full Joint Inspection, led by HM Inspectorate of Probation, was published today.\n\n"
            "The service was rated \"good\" for making sure sentences are served, and \"satisfactory\" for\n"
            "protecting children and young people, but \"unsatisfactory\" in three other areas.\n\n"
            "Councillor Jo Pickersgill, Cabinet Member for Children, said: \"We welcome this report.\"\n")
    result = load_text(text, "holmefield_council_news.txt")
    assert not [s for s in result.statements if s.schema == "Rating" and s.prop == "scope" and s.value == "overall"]
