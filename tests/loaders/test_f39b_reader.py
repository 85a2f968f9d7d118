"""Stop 39's teams, addressees and copy lists of reports and letters (batches b129-b131), in fixtures written for them,
each twice (the batch's layout and another author's): a team table of two members a row, each 'Name, Body'."""

from __future__ import annotations

from tests.conftest import load_text, organisation_rows, people_rows

REPORT_HEAD = """FULL JOINT INSPECTION OF YOUTH OFFENDING WORK IN QUENMERE

The inspection took place in March 2014. We examined 40 cases.

"""

# --- a team table of two members a row, each 'Name, Body', under the label on the first row --------------------------

TEAM_PAIRS = REPORT_HEAD + """Appendix 2: Acknowledgements

Lead Inspector                 Lucan Okonjo, HMI Probation
Inspection Team                Marisol Tredinnick, HMI Probation       Quillon Abernethy, Care Quality Commission
                               Saffron Pell, HMI Constabulary           Torvald Nyebridge, Ofsted
                               Perpetua Varley, HMI Probation          Isadora Fenwright, Ofsted (learning and skills)
HMI Probation Support          Cedric Pomfrey, Support Services Officer

ISBN: 978-0-00-000000-0
"""

TEAM_PAIRS_TABBED = REPORT_HEAD + """Acknowledgements

Lead inspector:\tLucan Okonjo, HMI Probation
Team:\tMarisol Tredinnick, HMI Probation\tQuillon Abernethy, CQC
\tSaffron Pell, HMIC\tTorvald Nyebridge, OFSTED
\tPerpetua Varley, HMI Probation\tIsadora Fenwright, Ofsted

"""


def test_each_member_of_a_team_row_of_two_is_read_with_their_body() -> None:
    for text in (TEAM_PAIRS, TEAM_PAIRS_TABBED):
        result = load_text(text, "quenmere_fji_2014_06.txt")
        rows, bodies = people_rows(result), organisation_rows(result)
        for member in ("Marisol Tredinnick", "Quillon Abernethy", "Saffron Pell", "Torvald Nyebridge",
                       "Perpetua Varley", "Isadora Fenwright"):
            assert (member, "inspection_team") in rows, (member, text)
        assert bodies[("Torvald Nyebridge", "inspection_team")] == "Ofsted", text
        assert bodies[("Isadora Fenwright", "inspection_team")] == "Ofsted", text
