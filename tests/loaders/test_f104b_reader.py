"""Stop 35's batch b104 layouts, in fixtures written for them, each twice (the batch's wording and another author's):
a rating belongs to the scope its sentence gives it, never to a standard a contrastive clause names after it (a
headline's 'rated 'Good' - strong out-of-court work, but resettlement needs attention'); 'the delivery of' a domain's
work is its implementation and delivery standard ('as was the delivery of out-of-court disposals'); a plan's 'judged
our staffing and our out-of-court work 'Outstanding'' rates the staff standard and the out-of-court domain."""

from __future__ import annotations

from tests.conftest import load_text, rating_rows

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

