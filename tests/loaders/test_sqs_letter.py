"""Short Quality Screening letters: the addressee's posts, the team and the thanks, in a letter's own layouts."""

from __future__ import annotations

from tests.loaders.test_roles import involvements_of

LETTER = """                                                        HM Inspectorate of Probation
                                                        1 Example Street

To:     Philippa Gaunt-Ramsay
        Corporate Director, Children's Services, Westmere Council
        and Chair, Westmere Youth Offending Service Management Board

From:   Osric Penhaligon, Assistant Chief Inspector

Date:   14 March 2013

SHORT QUALITY SCREENING OF YOUTH OFFENDING WORK IN WESTMERE

The inspection team visited Westmere Youth Offending Service to undertake a Short Quality Screening (SQS).
The team comprised:

   Lead inspector ........................ Wilfreda Strangeways, HM Inspector
   Practice assessor (seconded) .......... Barnaby Quenell

I would like to thank all the staff of the YOS, and in particular Cosmo Halliwell-Tate
and his management team, for their co-operation.

Copy to:

YOS Manager\tCosmo Halliwell-Tate
"""


def test_the_team_under_a_sentence_with_dot_leaders_the_addressee_over_her_posts_and_the_manager_thanked() -> None:
    rows = involvements_of(LETTER, "sqs-letter.txt")
    assert {row for row in rows if row[1] in ("lead_inspector", "inspection_team", "staff", "board_chair")} == {
        ("Wilfreda Strangeways", "lead_inspector", "Lead inspector", "HM Inspectorate of Probation"),
        ("Barnaby Quenell", "inspection_team", "Practice assessor (seconded)", "HM Inspectorate of Probation"),
        ("Cosmo Halliwell-Tate", "staff", None, "Westmere Youth Offending Service"),
        ("Philippa Gaunt-Ramsay", "board_chair", "Chair, Westmere Youth Offending Service Management Board",
         "Westmere Youth Offending Service"),
    }
    [addressed] = [row for row in rows if row[1] == "addressee"]
    assert addressed[2] == ("Corporate Director, Children's Services, Westmere Council and Chair, Westmere Youth "
                            "Offending Service Management Board"), "the posts on the lines under 'To:' and the name"
