"""Stop 35's batch b106 layouts, each in fixtures written for it twice (the batch's layout and another author's): a
council's news naming its place only in its footer's council and its service's possessive; a committee 'chaired by' a
councillor after a scrutiny body is named; a present list whose rows hold several members surname first, initials run
together ('PRITCHARD, A.L.'); an inspectorate's release headed in capitals, its chief quoted by title and its lead
inspector stated; a service 'in X, south Wales,' rated over a line's break; a service judged 'as requiring improvement
overall', its domains rated in 'domain: rating' pairs; a copy list's initial and hyphenated surname; a district's news
quoting the head of 'the county youth justice service'."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows, rating_rows
from tests.loaders.test_findings_metrics import key_facts

# A council's news page whose head names no place: the council in the footer, the service by its possessive in prose.
NEWS_PLACE_IN_FOOTER = """Newyddion | News

Home > News > Youth work praised by committee

Gwaith ieuenctid yn cael ei ganmol
Youth work praised by committee

Last updated: 03/04/2024

Cwmgarrow's Youth Justice Service has made "real progress", a report to the
Children and Young People Scrutiny Committee has found.

The committee, chaired by Councillor Idris Penwarden, heard on 2 April that the
plan is on track.

Cabinet Member for Children, Councillor Mererid Hafren, said: "We listened and
we acted."

------------------------------------------------------------
Cysylltwch â ni / Contact us
Cwmgarrow County Borough Council, Tŷ Cwmgarrow, Heol Fawr, Cwmgarrow CF99 1ZZ
"""

# ... as another author writes it: the service in lower case, the council in a copyright line, the panel's chair in a
# relative clause.
NEWS_COPYRIGHT_FOOTER = """Latest news

Progress on youth crime welcomed
Committee hears of falling numbers

Posted 9 May 2024

Tarnwick's youth offending service has cut first-time entrants by a third, the
council's Corporate Parenting Scrutiny Panel heard this week.

The panel, which is chaired by Cllr Oswin Galbraith, asked for a further report.

Councillor Leda Marchbank, Cabinet Member for Children's Services, said: "This is
good news for young people."

(c) Tarnwick Borough Council 2024
"""


def test_a_news_page_learns_its_place_from_its_footer_council_and_its_service_in_prose() -> None:
    orgs = organisation_rows(load_text(NEWS_PLACE_IN_FOOTER, "cwmgarrow-news.txt"))
    assert orgs[("Mererid Hafren", "cabinet_member")] == "Cwmgarrow Council"
    orgs = organisation_rows(load_text(NEWS_COPYRIGHT_FOOTER, "tarnwick-news.txt"))
    assert orgs[("Leda Marchbank", "cabinet_member")] == "Tarnwick Council"


def test_the_committee_chaired_by_a_councillor_after_a_scrutiny_body_is_named() -> None:
    assert ("Idris Penwarden", "panel_chair") in people_rows(load_text(NEWS_PLACE_IN_FOOTER, "cwmgarrow-news.txt"))
    assert ("Oswin Galbraith", "panel_chair") in people_rows(load_text(NEWS_COPYRIGHT_FOOTER, "tarnwick-news.txt"))


def test_the_committee_chaired_by_names_no_chair_where_no_scrutiny_body_is_named() -> None:
    text = "Sports club news\n\nThe committee, chaired by Councillor Bryn Aldwinckle, met in May.\n"
    assert ("Bryn Aldwinckle", "panel_chair") not in people_rows(load_text(text, "club-news.txt"))


# Scrutiny minutes whose present list holds several members a row, surname first with initials (run together too).
GRID_OF_SURNAMES_FIRST = """CWMGARROW COUNTY BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

MINUTES of the meeting held on Thursday, 7 March 2024 at 10.00 a.m.

PRESENT:
  PENWARDEN, I.       (Chair)
  NANTMAWR, E.        GLANABER, R.J.      FELSTONE, T.
  ASHWELL, M.         CROSSHOLME, D.W.

Officers in attendance:
  H. Yarrowdene       Head of Youth Justice Service

41   APOLOGIES FOR ABSENCE
Apologies were received from Councillor P. Ellesby.
"""

# ... as another author writes it: the cells parted by tabs, forenames and initials mixed.
GRID_SET_BY_TABS = """TARNWICK BOROUGH COUNCIL

Overview and Scrutiny Panel (Children)

Minutes of the meeting held on 14 May 2024

Members present:
Councillor GALBRAITH, Oswin (Chair)
MARCHBANK, Leda\tPENDLE, A.B.\tCROWE, Simon

1. Apologies
None.
"""


def test_a_present_lists_row_of_members_surname_first_is_a_member_a_cell() -> None:
    rows = people_rows(load_text(GRID_OF_SURNAMES_FIRST, "cwmgarrow-scrutiny.txt"))
    for name in ("E. Nantmawr", "R.J. Glanaber", "T. Felstone", "M. Ashwell", "D.W. Crossholme"):
        assert (name, "present_at_meeting") in rows
    rows = people_rows(load_text(GRID_SET_BY_TABS, "tarnwick-scrutiny.txt"))
    for name in ("Leda Marchbank", "A.B. Pendle", "Simon Crowe"):
        assert (name, "present_at_meeting") in rows


# An inspectorate's release headed in capitals: its chief quoted by title, its lead inspector stated, its service
# rated over a line's break with the place set off by commas.
RELEASE_HEADED_IN_CAPITALS = """HM INSPECTORATE OF PROBATION - NEWS

Release date: 2 March 2023

PENDLEMERE YOUTH JUSTICE SERVICE MUST IMPROVE

The youth justice service in Pendlemere, north Wales, has been rated 'Requires
improvement' following an inspection by HM Inspectorate of Probation.

Inspectors visited in November 2022. The lead inspector
was Delphine Haworth.

Chief Inspector Ambrose Kettering said: "The service has work to do."
"""

# ... as another author writes it: 'HMI PROBATION' over 'PRESS RELEASE', the lead an HM Inspector, the place after the
# service set off as a clause.
RELEASE_HMI_HEAD = """HMI PROBATION
PRESS RELEASE

Ellesby youth offending work judged good

Youth offending services in Ellesby, a rural county, have been rated Good
following an inspection in June 2023.

The lead inspector was HM Inspector Rosamund Tey.

Chief Inspector Ambrose Kettering said: "Leaders know their service well."
"""


def test_an_inspectorates_release_headed_in_capitals_quotes_its_chief_inspector() -> None:
    rows = people_rows(load_text(RELEASE_HEADED_IN_CAPITALS, "pendlemere-release.txt"))
    assert ("Ambrose Kettering", "chief_inspector") in rows
    rows = people_rows(load_text(RELEASE_HMI_HEAD, "ellesby-release.txt"))
    assert ("Ambrose Kettering", "chief_inspector") in rows


def test_a_releases_lead_inspector_stated_as_papers_state_it() -> None:
    assert ("Delphine Haworth", "lead_inspector") in people_rows(load_text(RELEASE_HEADED_IN_CAPITALS, "pendlemere-release.txt"))
    assert ("Rosamund Tey", "lead_inspector") in people_rows(load_text(RELEASE_HMI_HEAD, "ellesby-release.txt"))


def test_a_service_in_a_place_set_off_by_commas_is_rated_overall() -> None:
    assert ("overall", "Requires improvement") in rating_rows(load_text(RELEASE_HEADED_IN_CAPITALS, "pendlemere-release.txt"))
    assert ("overall", "Good") in rating_rows(load_text(RELEASE_HMI_HEAD, "ellesby-release.txt"))


# A cabinet's decision notice: the service judged 'as requiring improvement overall', its domains in bracketed pairs.
DECISION_NOTICE_DOMAIN_PAIRS = """Cwmgarrow County Borough Council

DECISION NOTICE

REASON FOR THE DECISION

HM Inspectorate of Probation inspected the Cwmgarrow Youth Justice Service in
May 2023. The service was judged as requiring improvement overall (organisational
delivery: requires improvement; court disposals: good; out-of-court disposals:
inadequate), and the Inspectorate made 5 recommendations.
"""

# ... as another author writes it: the domains after a colon, each after a dash, the overall rating a sentence before.
REPORT_DOMAIN_DASHES = """TARNWICK BOROUGH COUNCIL

REPORT TO CABINET

2.1  Tarnwick Youth Offending Service was rated as requiring improvement overall.
     The domain ratings were: Organisational delivery - Good, Court disposals -
     Outstanding, and Out-of-court disposals - Requires improvement.
"""


def test_a_service_judged_as_requiring_improvement_and_its_domains_in_pairs() -> None:
    rows = rating_rows(load_text(DECISION_NOTICE_DOMAIN_PAIRS, "cwmgarrow-decision.txt"))
    assert {("overall", "Requires improvement"), ("Organisational delivery", "Requires improvement"),
            ("Court disposals", "Good"), ("Out-of-court disposals", "Inadequate")} <= rows
    rows = rating_rows(load_text(REPORT_DOMAIN_DASHES, "tarnwick-cabinet-report.txt"))
    assert {("overall", "Requires improvement"), ("Organisational delivery", "Good"),
            ("Court disposals", "Outstanding"), ("Out-of-court disposals", "Requires improvement")} <= rows


# A letter's copy list padded into columns: an initial and a hyphenated surname in the names' column.
COPY_LIST_INITIAL_AND_HYPHEN = """Dear Mr Ashwell

Yours sincerely

Ambrose Kettering
Assistant Chief Inspector


Copy to:
Cllr Mererid Hafren         Leader, Cwmgarrow County Borough Council
T. Glanaber-Rhys            Head of Youth Offending Service
Chair, Cwmgarrow Youth Offending Management Board
Idris Penwarden             Chief Executive, Cwmgarrow County Borough Council
"""

# ... as another author writes it: 'cc:' over names and posts set by tabs.
CC_LIST_SET_BY_TABS = """Dear Ms Crowe

Yours sincerely

Rosamund Tey
HM Inspector

cc:
J. Ashworth-Lee\tDirector of Children's Services, Tarnwick Borough Council
Leda Marchbank\tCabinet Member for Children's Services
"""


def test_an_initial_and_a_hyphenated_surname_in_a_copy_list_is_copied() -> None:
    assert ("T. Glanaber-Rhys", "copy_to") in people_rows(load_text(COPY_LIST_INITIAL_AND_HYPHEN, "cwmgarrow-letter.txt"))
    assert ("J. Ashworth-Lee", "copy_to") in people_rows(load_text(CC_LIST_SET_BY_TABS, "tarnwick-letter.txt"))


# A district's news quoting the head of the county's service, which the news names with the county council.
DISTRICT_NEWS_COUNTY_HEAD = """Ellesby District Council > News > Community

Youth crime down in Ellesby

Posted on: 4 May 2023

The work is delivered with Felstone Youth Justice Service, run by Felstone County
Council.

Rhian Nantmawr, head of the county youth justice service, added: "Ellesby has been a
model of partnership."
"""

# ... as another author writes it: the county's service named by its possessive.
DISTRICT_NEWS_COUNTYS_SERVICE = """NEWS RELEASE
Ellesby District Council

Diversion scheme extended

Published 12 June 2023

Felstone County Council has agreed to extend the scheme for a year.

Owen Pendle, manager of the county's youth offending service, said: "It works, and
the district's youth workers have made it work."
"""


def test_the_head_of_the_county_service_in_a_districts_news_is_the_countys() -> None:
    orgs = organisation_rows(load_text(DISTRICT_NEWS_COUNTY_HEAD, "ellesby-news.txt"))
    assert orgs[("Rhian Nantmawr", "quoted")] == "Felstone Youth Offending Service"
    orgs = organisation_rows(load_text(DISTRICT_NEWS_COUNTYS_SERVICE, "ellesby-press.txt"))
    assert orgs[("Owen Pendle", "quoted")] == "Felstone Youth Offending Service"


# Minutes naming a standard by a word only one domain has, in brackets after 'standards'.
MINUTES_STANDARDS_IN_BRACKETS = """CWMGARROW COUNTY BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

MINUTES

44   INSPECTION OF THE YOUTH JUSTICE SERVICE
The service had been rated Good overall; two standards (Staff,
and Reviewing) were rated Outstanding.
"""

# ... as another author writes it: the standards set off by dashes, in lower case.
MINUTES_STANDARDS_SET_OFF_BY_DASHES = """TARNWICK BOROUGH COUNCIL

Overview and Scrutiny Panel (Children)

Minutes

5. Youth offending inspection
Members noted that the service was rated Good overall, although two standards -
partnerships and services, and reviewing - were judged Inadequate.
"""


def test_reviewing_named_alone_as_a_standard_is_the_court_disposals() -> None:
    assert ("2.4 Reviewing", "Outstanding") in rating_rows(load_text(MINUTES_STANDARDS_IN_BRACKETS, "cwmgarrow-minutes.txt"))
    assert ("2.4 Reviewing", "Inadequate") in rating_rows(load_text(MINUTES_STANDARDS_SET_OFF_BY_DASHES, "tarnwick-minutes.txt"))


# A release's bullets: the comparator's figure in brackets under the line naming it, the next bullet another measure.
RELEASE_COMPARATOR_UNDER_ITS_NAME = """HM INSPECTORATE OF PROBATION - NEWS

Release date: 2 March 2023

PENDLEMERE YOUTH JUSTICE SERVICE MUST IMPROVE

Inspectors found that:
 - the reoffending rate, 39.4 per cent, was higher than the average for Wales
   (35.1 per cent)
 - the custody rate was 0.18 per 1,000 children aged 10-17, against 0.11 for Wales.
"""

# ... as another author writes it: the comparator's figure in brackets under a wrapped sentence, a heading after.
NEWS_COMPARATOR_UNDER_ITS_NAME = """Tarnwick Borough Council > News

Youth reoffending falls

Posted on: 4 May 2023

Councillors heard that the proportion of children who reoffend in Tarnwick, 28.3%, is now lower than the national average
(31.6%)

Custody
"""


def test_a_comparators_figure_in_brackets_under_its_name_is_no_line_of_its_own() -> None:
    facts = key_facts(RELEASE_COMPARATOR_UNDER_ITS_NAME, "pendlemere-release.txt")
    assert ("reoffending_rate", "39.4", "%", "the average for Wales", "35.1") in facts
    assert not {fact for fact in facts if fact[0] == "custody_rate" and fact[1] == "35.1"}
    facts = key_facts(NEWS_COMPARATOR_UNDER_ITS_NAME, "tarnwick-news.txt")
    assert ("reoffending_rate", "28.3", "%", "the national average", "31.6") in facts


# Minutes comparing the area's figure with a comparator's in one bracket after the comparator's name.
MINUTES_FIGURES_IN_ONE_BRACKET = """CWMGARROW COUNTY BOROUGH COUNCIL

CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE

MINUTES

A Member asked why reoffending was higher than the Wales average (39.4% against
35.1%).
"""

# ... as another author writes it: 'compared with' in the bracket, the measure named after 'the'.
REPORT_FIGURES_IN_ONE_BRACKET = """TARNWICK BOROUGH COUNCIL

REPORT TO CABINET

3.2  The reoffending rate remains above the national average (36.2% compared with 32.9%).
"""


def test_the_areas_figure_and_a_comparators_in_one_bracket() -> None:
    facts = key_facts(MINUTES_FIGURES_IN_ONE_BRACKET, "cwmgarrow-minutes.txt")
    assert ("reoffending_rate", "39.4", "%", "the Wales average", "35.1") in facts
    facts = key_facts(REPORT_FIGURES_IN_ONE_BRACKET, "tarnwick-report.txt")
    assert ("reoffending_rate", "36.2", "%", "the national average", "32.9") in facts
