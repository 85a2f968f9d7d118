"""Stop 35's batch b104 layouts, in fixtures written for them, each twice (the batch's wording and another author's):
a rating belongs to the scope its sentence gives it, never to a standard a contrastive clause names after it (a
headline's 'rated 'Good' - strong out-of-court work, but resettlement needs attention'); 'the delivery of' a domain's
work is its implementation and delivery standard ('as was the delivery of out-of-court disposals'); a plan's 'judged
our staffing and our out-of-court work 'Outstanding'' rates the staff standard and the out-of-court domain; a plan's
register written 'SURNAME, Forename (title)' with the member's seat in a column of its own and a deputy on a line of
its own under the member; an action log's key to initials set in two columns parted by a bar or tabs, its 'Present 17
May:' list in initials alone, and its notes' speakers by initials after a bullet or a row's label."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows, rating_rows, role_rows

# An inspectorate's release: the headline rates the service and names, after 'but', what needs attention.
RELEASE_WITH_A_CONTRASTIVE_HEADLINE = """PRESS RELEASE
Quellbridge youth justice service rated 'Good' - strong court work, but
resettlement needs attention

Published: 12 March 2024

Youth justice services in Quellbridge have been rated as 'Good' by HM
Inspectorate of Probation.

Staffing was rated 'Outstanding', as was the delivery of out-of-court
disposals.
"""

# Another author's: a colon after the rating, 'while' for the contrast, a court domain's delivery after 'as were'.
RELEASE_WITH_ANOTHER_CONTRAST = """NEWS RELEASE - 3 June 2024

Tamsworth YOS rated "Requires improvement": sound governance while resettlement of
children leaving custody lags behind

The Tamsworth Youth Offending Service has been rated "Requires improvement" overall by HM Inspectorate of Probation.
Governance and leadership was rated "Good", as were the delivery of work with children sentenced by the courts
and staffing.
"""


def test_a_headlines_rating_is_not_the_standard_a_contrastive_clause_names_after_it() -> None:
    found = rating_rows(load_text(RELEASE_WITH_A_CONTRASTIVE_HEADLINE, "quellbridge_press_release.txt"))
    assert not {scope for scope, _ in found if scope.startswith("4.1")}
    assert ("overall", "Good") in found
    other = rating_rows(load_text(RELEASE_WITH_ANOTHER_CONTRAST, "tamsworth_press_release.txt"))
    assert not {scope for scope, _ in other if scope.startswith("4.1")}
    assert ("overall", "Requires improvement") in other


def test_the_delivery_of_a_domains_work_is_its_implementation_and_delivery() -> None:
    found = rating_rows(load_text(RELEASE_WITH_A_CONTRASTIVE_HEADLINE, "quellbridge_press_release.txt"))
    assert {("1.2 Staff", "Outstanding"), ("3.3 Implementation and delivery", "Outstanding")} <= found
    other = rating_rows(load_text(RELEASE_WITH_ANOTHER_CONTRAST, "tamsworth_press_release.txt"))
    assert {("1.1 Governance and leadership", "Good"), ("2.3 Implementation and delivery", "Good")} <= other
    assert not {scope for scope, _ in other if scope.startswith("1.")} - {"1.1 Governance and leadership", "1.2 Staff"}


# A plan's foreword: 'judged our staffing and our out-of-court work' with one quoted rating.
PLAN_FOREWORD = """Quellbridge Youth Justice Plan 2024 - 2025

FOREWORD

Last spring HM Inspectorate of Probation rated our service 'Good', and judged our staffing and our out-of-court work
'Outstanding'. Inspectors also told us where we fell short.
"""

# Another author's: the service's own words with 'the', the rating in double quotes and another order.
PLAN_FOREWORD_OTHER = """Tamsworth Youth Justice Strategic Plan 2023/24

Introduction from the Chair

Our inspection last year found the service "Good" overall. Inspectors rated our
out-of-court work and our staff "Outstanding", and we are proud of that.
"""


def test_a_plan_rates_our_staffing_and_our_out_of_court_work() -> None:
    found = rating_rows(load_text(PLAN_FOREWORD, "quellbridge_youth_justice_plan.txt"))
    assert {("overall", "Good"), ("1.2 Staff", "Outstanding"), ("Out-of-court disposals", "Outstanding")} <= found
    other = rating_rows(load_text(PLAN_FOREWORD_OTHER, "tamsworth_youth_justice_plan.txt"))
    assert {("1.2 Staff", "Outstanding"), ("Out-of-court disposals", "Outstanding")} <= other


# A plan's membership register: 'SURNAME, Forename (title)', the post and body, then the member's seat in a column of
# its own ('Chair', 'Member', 'Adviser'); a name's cell run into the post's by one blank; a member's deputy on a line
# of its own under the row, surname first too, the rank after it.
REGISTER_WITH_SEATS = """Orlinghay Youth Justice Plan 2024 - 2025

1. GOVERNANCE

The Board meets every two months at Orlinghay Town Hall. Its membership at 1 May 2024:

PENROSE-DALE, Ingrid (Dr)  Director of Children's Services, Orlinghay Council   Chair
QUENNELL, Tobias (Cllr) Cabinet Member, Children and Families               Member
GRANGER, Neil              Chief Superintendent, Wessmoor Police               Member
  (deputy: SARNE, Janet, Inspector)
VOSPER, Marco              Head of PDU, Probation Service                      Member
LATHBURY, Aled             Head of Youth Justice Service                       Adviser

2. PERFORMANCE
"""

# Another author's: tabs between the cells, the seat first in its own column, the deputy's line with a dash.
REGISTER_SEAT_FIRST = """Brisketon Youth Justice Strategic Plan 2023/24

Board membership (as at April 2023):

Chair\tOKAFORD, Delia (Ms)\tCorporate Director, Brisketon County Council
Member\tRUSKIN, Paul (Cllr)\tLead Member for Children's Services, Brisketon County Council
Member\tDRAYMAN, Colin\tSuperintendent, Brisketon Police
\t(substitute - FENWORTH, Gail, Chief Inspector)
Member\tINGLEBRAND, Moira\tHead of Service, Brisketon Youth Offending Service
"""


def test_a_register_of_capitalised_surnames_with_a_seat_column_and_a_deputy_on_its_own_line() -> None:
    result = load_text(REGISTER_WITH_SEATS, "orlinghay_youth_justice_plan_2024.txt")
    found, orgs = people_rows(result), organisation_rows(result)
    for member in ("Ingrid Penrose-Dale", "Tobias Quennell", "Neil Granger", "Marco Vosper", "Aled Lathbury"):
        assert (member, "board_member") in found
    assert ("Ingrid Penrose-Dale", "board_chair") in found
    assert orgs[("Ingrid Penrose-Dale", "board_member")] == "Orlinghay Council"  # the post's body, not the seat
    assert ("Tobias Quennell", "cabinet_member") in found
    assert orgs[("Janet Sarne", "standing_deputy")] == "Wessmoor Police"


def test_a_register_with_the_seat_first_and_a_substitute_on_its_own_line() -> None:
    result = load_text(REGISTER_SEAT_FIRST, "brisketon_youth_justice_plan_2023.txt")
    found, orgs = people_rows(result), organisation_rows(result)
    for member in ("Delia Okaford", "Paul Ruskin", "Colin Drayman", "Moira Inglebrand"):
        assert (member, "board_member") in found
    assert ("Delia Okaford", "board_chair") in found
    assert orgs[("Gail Fenworth", "standing_deputy")] == "Brisketon Police"


# An action log's key to initials in two columns parted by a bar, rows wrapped under their column; those present and
# in attendance by initials alone after 'Present 12 June:', then speakers by initials.
ACTION_LOG_BARRED_KEY = """ORLINGHAY YOUTH JUSTICE MANAGEMENT BOARD
IMPROVEMENT PLAN - ACTION LOG
As reviewed at the Board on 12 June 2023

KEY TO INITIALS
IP   Ingrid Penrose-Dale, Director of      |  AL   Aled Lathbury, Head of YJS
     Children's Services (Chair)           |  JS   Janet Sarne, Business
TQ   Cllr T. Quennell, Cabinet Member      |       Support Officer, YJS
NG   Ch Supt N. Granger, Wessmoor Police   |  MV   M. Vosper, Probation Service

Present 12 June: IP (Chair), TQ, NG, MV.  In attendance: AL, JS.

Notes from the meeting
- NG said the force would keep its attendance.
- AL explained that two providers had withdrawn.
"""

# Another author's: the two columns parted by tabs, the present list under 'Attendance (12 June):'.
ACTION_LOG_TABBED_KEY = """BRISKETON YOUTH JUSTICE BOARD - ACTION TRACKER

Initials used in this tracker:
DO\tDelia Okaford, Corporate Director\t\tMI\tMoira Inglebrand, Head of Service
CD\tSupt Colin Drayman, Brisketon Police\t\tGF\tGail Fenworth, Data Officer

Attendance (12 June): DO (Chair), CD.
In attendance: MI, GF.

Action 1: CD said the force would name a deputy.
"""


def test_an_action_logs_present_list_in_initials_beside_a_key_in_two_barred_columns() -> None:
    result = load_text(ACTION_LOG_BARRED_KEY, "orlinghay_action_log_2023_06.txt")
    found = people_rows(result)
    assert {("Ingrid Penrose-Dale", "board_chair"), ("N. Granger", "present_at_meeting"),
            ("M. Vosper", "present_at_meeting"), ("Aled Lathbury", "officer_attending"),
            ("Janet Sarne", "officer_attending"), ("N. Granger", "quoted"), ("Aled Lathbury", "quoted")} <= found
    assert ("Janet Sarne", "present_at_meeting") not in found
    # each row's post read down its own column, over the line it wrapped onto, not across into the other column's
    roles = role_rows(result)
    assert ("Janet Sarne", "officer_attending", "Business Support Officer, YJS") in roles
    assert ("T. Quennell", "present_at_meeting", "Cabinet Member") in roles


def test_an_action_logs_present_list_in_initials_beside_a_key_in_two_tabbed_columns() -> None:
    found = people_rows(load_text(ACTION_LOG_TABBED_KEY, "brisketon_action_tracker_2023_06.txt"))
    assert {("Delia Okaford", "present_at_meeting"), ("Colin Drayman", "present_at_meeting"),
            ("Moira Inglebrand", "officer_attending"), ("Gail Fenworth", "officer_attending"),
            ("Colin Drayman", "quoted")} <= found
    assert {relation for name, relation in found if name == "Delia Okaford"} & {"board_chair", "panel_chair"}
