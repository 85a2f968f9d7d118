"""Stop 33's batch b95 layouts, in fixtures written for them: a letter's copy list under a bare 'cc' line, its rows a
name (a county councillor's title written 'County Cllr') then a post padded into a column and wrapped under it; a
cabinet report whose form header sets its portfolio holder in the right-hand column, wrapped, whose recommendations
name the Leader after the name, and whose consultation paragraph records a committee's meeting with 'Present:' and 'In
attendance:' inside it and quotes its minute (speakers by initials and by post); an inspection team 'joined by' members from other inspectorates in the next sentence; a news page's
'Further information' over its contact; a release rating the service 'in seven' standards and 'for standard 1.2', and
news 'rating the county-run service' its overall grade."""

from __future__ import annotations

from kg.loaders.attendance import labels_set_apart
from kg.loaders.text import form_right_column
from kg.names import find_names
from tests.conftest import load_text, organisation_rows, people_rows, rating_rows, role_rows

# A county's letter to the inspectorate, copied to county and district members and officers under 'cc' alone.
COPIED_LETTER = """                                                      MARSHCOMBE COUNTY COUNCIL
                                                      Date:      3 March 2024

Ms Jo Bloggs
HM Chief Inspector of Probation
HM Inspectorate of Probation

Dear Ms Bloggs

INSPECTION OF YOUTH JUSTICE SERVICES IN MARSHCOMBE

Thank you for your report on Marshcombe Youth Justice Service.

Yours sincerely

Alan Pettigrew
Director of Children's Services, Marshcombe County Council

cc
County Cllr Bernard Oakshott           Leader of Marshcombe County Council
Cllr Winifred Hallam                   Portfolio Holder for Housing and Community
                                       Safety, Brackley District Council
Gwen Tolliver                          Community Safety Manager, Brackley District
                                       Council
"""


def test_a_bare_cc_line_heads_a_copy_list() -> None:
    rows = people_rows(load_text(COPIED_LETTER, "marshcombe-letter.txt"))
    assert {("Winifred Hallam", "copy_to"), ("Gwen Tolliver", "copy_to")} <= rows


def test_a_council_tier_before_a_councillors_title_opens_the_name() -> None:
    text = "County Cllr Bernard Oakshott           Leader of Marshcombe County Council"
    assert [(found.start, found.name) for found in find_names(text, 0, len(text), strict=False)] == [(0, "Bernard Oakshott")]
    rows = people_rows(load_text(COPIED_LETTER, "marshcombe-letter.txt"))
    assert {("Bernard Oakshott", "copy_to"), ("Bernard Oakshott", "cabinet_member")} <= rows


def test_several_councillors_after_a_tier_are_no_one_title() -> None:
    text = "the County Councillors Jo Fenn and Ann Lee"
    assert [found.start for found in find_names(text, 0, len(text), strict=False)][:1] == [11]


def test_a_post_wrapped_under_its_column_in_a_copy_list_is_read_whole() -> None:
    result = load_text(COPIED_LETTER, "marshcombe-letter.txt")
    roles = role_rows(result)
    assert ("Winifred Hallam", "copy_to", "Portfolio Holder for Housing and Community Safety, Brackley District Council") \
        in roles
    organisations = organisation_rows(result)
    assert organisations[("Gwen Tolliver", "copy_to")] == "Brackley Council"  # (the gazetteer's name for it)


# A cabinet report: a form header in two columns, the portfolio holder wrapped in the right-hand one; the Leader in the
# recommendations; a scrutiny committee's meeting recorded inside a paragraph, and its minute quoted.
CABINET_REPORT = """BRACKENMOOR BOROUGH COUNCIL                                      Agenda Item 6

REPORT TO:    CABINET                                 DATE:        12 March 2021
REPORT OF:    Colin Ashworth,                         PORTFOLIO:   Children and Families
              Director of Children's Services                      (Cllr R. Penhallow-Vane)

SUBJECT:  INSPECTION OF BRACKENMOOR YOUTH JUSTICE SERVICE

1.   PURPOSE OF REPORT

1.1  To inform Cabinet of the outcome of the inspection of Brackenmoor Youth Justice
     Service.

2.   RECOMMENDATIONS

     Cabinet (Chair: Cllr F Ormerod, Leader of the Council) is recommended to note
     the report.

3.   CONSULTATION

3.1  The Children's Scrutiny Committee considered the report on 2 March 2021. Present:
     Councillor Agnes Whitlow (Chair); Councillors Basil Fenton, Carys Oldroyd and
     Duncan Pryor. In attendance: Colin Ashworth (Director of Children's Services)
     and Esther Lumb (EL), Head of Youth Justice Service. The minute reads:

     "Councillor Pryor asked about staffing. EL explained that two posts had been
     filled. The Director of Children's Services added that the service would be
     reviewed. Councillor Oldroyd noted the report."

Report author:    Esther Lumb, Head of Youth Justice Service
"""


def test_attendance_labels_inside_a_paragraph_list_a_meeting() -> None:
    result = load_text(CABINET_REPORT, "brackenmoor-cabinet-report.txt")
    rows = people_rows(result)
    assert {("Agnes Whitlow", "present_at_meeting"), ("Agnes Whitlow", "panel_chair"),
            ("Basil Fenton", "present_at_meeting"), ("Carys Oldroyd", "present_at_meeting"),
            ("Duncan Pryor", "present_at_meeting"), ("Colin Ashworth", "officer_attending"),
            ("Esther Lumb", "officer_attending")} <= rows
    # the list ends with its sentence: the words after it are no part of the last post
    assert not any("minute" in (role or "") for _, _, role in role_rows(result))


def test_labels_set_apart_keep_the_offsets_and_end_the_list() -> None:
    apart = labels_set_apart(CABINET_REPORT)
    assert len(apart) == len(CABINET_REPORT)
    assert "\nPresent:\n     Councillor Agnes Whitlow" in apart and "\nIn attendance: Colin Ashworth" in apart
    assert "The minute reads" not in apart
    assert labels_set_apart("Members present: Jo Lee.") == "Members present: Jo Lee."  # a label opening its sentence


def test_speakers_in_a_quoted_minute_are_quoted() -> None:
    rows = people_rows(load_text(CABINET_REPORT, "brackenmoor-cabinet-report.txt"))
    assert {("Esther Lumb", "quoted"), ("Colin Ashworth", "quoted")} <= rows  # 'EL explained', 'The Director ... added'
    assert ("Carys Oldroyd", "quoted") not in rows  # noting is no speech


def test_the_leader_after_a_name_is_a_cabinet_member() -> None:
    assert ("F Ormerod", "cabinet_member") in people_rows(load_text(CABINET_REPORT, "brackenmoor-cabinet-report.txt"))


def test_a_portfolio_holder_wrapped_in_a_forms_right_column() -> None:
    right = form_right_column(CABINET_REPORT)
    assert right is not None and len(right) == len(CABINET_REPORT)
    assert "\n" + " " * 54 + "PORTFOLIO:   Children and Families" in right
    assert form_right_column("Report to:  Cabinet\nReport of:  Jo Lee\n") is None  # one column of labels
    rows = role_rows(load_text(CABINET_REPORT, "brackenmoor-cabinet-report.txt"))
    assert any(name == "R. Penhallow-Vane" and relation == "cabinet_member" and "Children and Families" in (role or "")
               for name, relation, role in rows)


# An inspection report's acknowledgements: the team led and supported in one sentence, others joining in the next.
TEAM_JOINED = """An inspection of youth justice services in Dunmerrow

Acknowledgements

This inspection was led by HM Inspector Imogen Strathairn, supported by HM Inspectors
Felix Ormandy and Grace Tallis. They were joined by Henry Quarmby from HM Inspectorate
of Constabulary and Fire & Rescue Services, Dr Isla Penrose from the Care Quality
Commission and Jasper Wolstenholme from Ofsted.

We are grateful to the staff of Dunmerrow Youth Justice Service.
"""


def test_members_joining_the_team_in_the_next_sentence() -> None:
    result = load_text(TEAM_JOINED, "dunmerrow-inspection.txt")
    rows = people_rows(result)
    assert {("Henry Quarmby", "inspection_team"), ("Isla Penrose", "inspection_team"),
            ("Jasper Wolstenholme", "inspection_team"), ("Felix Ormandy", "inspection_team")} <= rows
    organisations = organisation_rows(result)
    assert organisations[("Isla Penrose", "inspection_team")] == "Care Quality Commission"
    assert organisations[("Jasper Wolstenholme", "inspection_team")] == "Ofsted"
    # the body of the member before is no label of the next: none is 'other' by 'from the Care Quality Commission and'
    assert ("Jasper Wolstenholme", "other") not in rows


# A council's news page, its contact under 'Further information' at its foot.
NEWS_CONTACT = """Dunmerrow District Council - News

Youth centre to open in Eastholme

The council's new youth centre in Eastholme will open in May.

Further information
Keziah Blount, Community Safety Manager
Dunmerrow District Council, Town Hall, Eastholme
community.safety@dunmerrow.gov.uk
"""


def test_further_information_heads_a_contact() -> None:
    assert ("Keziah Blount", "contact_officer") in people_rows(load_text(NEWS_CONTACT, "dunmerrow-news.txt"))


# An inspectorate's release: the overall rating, then the standards rated by their count and by their code.
RATED_BY_COUNT = """Dunmerrow youth justice service rated 'Requires improvement'

Youth justice services in Dunmerrow have been rated 'Requires improvement' by HM
Inspectorate of Probation. Of the 12 standards inspected, the service was rated 'Good' in
five and 'Inadequate' in one. The service was rated 'Outstanding' for standard 1.2 (Staff).
"""


def test_standards_rated_by_count_or_code_are_no_overall_rating() -> None:
    overall = {rating for scope, rating in rating_rows(load_text(RATED_BY_COUNT, "dunmerrow-release.txt"))
               if scope == "overall"}
    assert overall == {"Requires improvement"}


# Council news: the overall rating in a participle after the report's publication.
RATING_PARTICIPLE = """Dunmerrow District Council - News

HM Inspectorate of Probation published its report on Dunmerrow Youth Justice Service on
3 May, rating the county-run service 'Inadequate'. Inspectors praised its work with victims.
"""


def test_a_participle_rating_the_service_gives_its_overall_rating() -> None:
    assert ("overall", "Inadequate") in rating_rows(load_text(RATING_PARTICIPLE, "dunmerrow-news.txt"))
