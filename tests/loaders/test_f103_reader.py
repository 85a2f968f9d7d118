"""Stop 34's batch b103 layouts, in fixtures written for them: a district council's report on the county's youth
justice service, its letterhead the district's council while the paper is about the county's service, its officers and
portfolio holder named with no body; an inspectorate's news page whose 'From:' line stands over its 'Published:' line,
its chief quoted in a paragraph of his own under 'said:'; minutes that tell who came in prose, initials in brackets after
each name (one bracket opening the next line), then quote them by their initials; a service 'led by' its head, his post
after his name on the next line."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows

# A district's cabinet report on the county's service: the letterhead names the district's council; the title, the
# service and most of the text the county.
DISTRICT_REPORT_ON_THE_COUNTY_SERVICE = """BRINDLEHOLT DISTRICT COUNCIL

REPORT TO CABINET

Meeting date:\t\t\t14 March 2022
Title:\t\t\t\tCaverstone Youth Justice Service - Inspection Outcome
Report of:\t\t\tHead of Community Services
Portfolio Holder:\t\tCouncillor Oona Trethewey, Portfolio Holder for Community Safety

1.   PURPOSE OF REPORT

1.1  To inform Cabinet of the inspection of youth justice services in Caverstone,
     provided by Caverstone County Council through the Caverstone Youth Justice Service.

REPORT AUTHOR:       Piers Gedling
                     Community Safety Officer
                     Tel: 01632 960111
"""


def test_a_district_letterhead_over_a_paper_on_the_county_service_makes_its_people_the_districts() -> None:
    orgs = organisation_rows(load_text(DISTRICT_REPORT_ON_THE_COUNTY_SERVICE, "brindleholt-cabinet-report.txt"))
    assert orgs[("Piers Gedling", "contact_officer")] == "Brindleholt Council"
    assert orgs[("Oona Trethewey", "cabinet_member")] == "Brindleholt Council"


# A news page's metadata as the publisher's site sets it: 'From:' over 'Published:', then the chief's quote in a
# paragraph of its own under 'said:'.
RELEASE_FROM_OVER_PUBLISHED = """Press release

Caverstone youth justice work is good - inspectors

From:         HM Inspectorate of Probation
Published:    3 May 2022


HM Inspectorate of Probation has today published its inspection of youth justice
services in Caverstone. Inspectors gave the service an overall rating of 'Good'.

Chief Inspector of Probation Walter Tredinnick said:

    "This is a well-led service with a stable workforce."

Notes to editors
1.  The inspection was led by Moira Penhallow, HM Inspector.
"""


def test_a_news_page_with_its_publisher_over_its_date_is_a_release_and_quotes_its_chief() -> None:
    rows = people_rows(load_text(RELEASE_FROM_OVER_PUBLISHED, "caverstone-release.txt"))
    assert {("Walter Tredinnick", "quoted"), ("Walter Tredinnick", "chief_inspector"),
            ("Moira Penhallow", "lead_inspector")} <= rows


# Minutes that tell who came in prose, each name's initials in brackets after it (one bracket opening the next line),
# then quote them by their initials; two people share 'RO', so 'RO said' is no one's.
PROSE_ATTENDANCE_WITH_INITIALS = """Brindleholt Borough Council
Corporate Parenting Panel

Minutes of the meeting held on Tuesday 8 March 2022, 4.00pm, Committee Room 2


1.  Attendance

The meeting was chaired by Councillor Tamsin Orchard (TO). Councillors Rupert Oakes
(RO) and Della Marsh (DM) were present.

Also in attendance were Vernon Kettle (VK), Head of Youth Justice Service; and
Rhoda Ostler (RO), Participation Officer.

Apologies were received from Councillor Neville Barrow.

2.  Youth justice update

VK said that the number of children in custody had fallen. RO said the young people wanted
one plan. DM asked whether this would continue.
"""


def test_minutes_telling_attendance_in_prose_quote_those_they_name_by_their_initials() -> None:
    rows = people_rows(load_text(PROSE_ATTENDANCE_WITH_INITIALS, "brindleholt-panel-minutes.txt"))
    assert ("Vernon Kettle", "quoted") in rows
    assert ("Rupert Oakes", "quoted") not in rows  # 'RO' is two people's
    assert ("Rhoda Ostler", "quoted") not in rows
    assert ("Della Marsh", "quoted") not in rows  # asked, not said


# A council's paper on the service's inspection: the service 'led by' its head, his post after his name on the next line.
SERVICE_LED_BY_ITS_HEAD = """BRINDLEHOLT DISTRICT COUNCIL

REPORT TO CABINET

3.1  Youth justice is a county council function. The service is provided by Caverstone County Council through
     the Caverstone Youth Justice Service, led by
     Cedric Wolstan, Head of Youth Justice.

4.1  The inspection by HM Inspectorate of Probation was led by Moira Penhallow, HM Inspector.
"""


def test_a_service_led_by_its_head_named_with_his_post_is_no_lead_inspector() -> None:
    rows = people_rows(load_text(SERVICE_LED_BY_ITS_HEAD, "brindleholt-cabinet-report.txt"))
    assert ("Cedric Wolstan", "lead_inspector") not in rows
    assert ("Moira Penhallow", "lead_inspector") in rows
