"""Membership tables read by their heads, whatever the order of their columns (`people_lists._headed_members` over
`loaders/person_cells.py`). Fictional fixtures, each in a layout the dev set's documents do not use: the body first
and the member second, parted by tabs, the posts wrapped onto lines that open with tabs, a chair marked after the
name, a detective's rank, a post-nominal, a seat in the body's column; the post first under heads in Welsh, padded,
a surname wrapped under its forename, a cell wrapped at the margin, a page's footer inside; the name first over an
attendance column, an 'In attendance' block under it. Near misses in each: a vacant seat, the chair of another body,
a table of figures, a venue, a child's pseudonym."""

from __future__ import annotations

from kg.loaders import person_cells
from kg.loaders.text import lines
from tests.conftest import load_text, organisation_rows, people_rows, role_rows

# ---- the splitter's contract ------------------------------------------------------------------------------------------


def test_a_tabbed_grid_places_each_cell_by_its_tabs_and_the_heads_say_what_it_holds() -> None:
    text = ("Organisation\tMember\tRole\tAttendance\n"
            "Hollin Borough Council\tAmara Quist (Chair)\tExecutive Director of\t4/4\n"
            "\t\tPeople and Communities\n")
    header, row, wrapped = lines(text)
    grid = person_cells.tab_grid(header)
    assert grid is not None
    heads = person_cells.header_kinds(text, header, grid)
    assert heads == ["body", "name", "post", "other"]
    assert [column for column, _cell in person_cells.placed_cells(text, wrapped, grid)] == [2]
    assert person_cells.continues(text, row, wrapped, grid, 0, heads.index("name"))
    member = person_cells.person_cells(text, [row, wrapped], grid, heads)
    assert member is not None and member.post is not None and member.body is not None
    assert (member.name.name, member.post.text, member.body.text, member.chair) == \
        ("Amara Quist", "Executive Director of People and Communities", "Hollin Borough Council", True)


def test_welsh_heads_alone_say_what_each_column_holds() -> None:
    text = "Swydd                 Enw                  Sefydliad\nArea Commander        Supt Gwyn Trefor     Tawelan Police\n"
    header, row = lines(text)
    columns = person_cells.column_starts(text, [header, row])
    assert person_cells.header_kinds(text, header, columns) == ["post", "name", "body"]


# ---- membership tables ---------------------------------------------------------------------------------------------

BODY_FIRST_PLAN = """Harrowfield Youth Justice Plan 2024-25

1. Introduction
The plan sets out how the partnership will keep children in Harrowfield safe.

2. Governance
The Youth Justice Management Board meets every quarter.

Table 3: Management Board membership (May 2024)

Organisation\tMember\tRole
Harrowfield Borough Council\tAmara Quist (Chair)\tExecutive Director of People
Harrowfield Borough Council\tCllr Declan Moorcroft\tCabinet Member for Children
\t\tand Lifelong Learning
Northmoor Police\tDet Supt Lorna Fenwick-Bray\tHead of Safeguarding
Harrowfield Youth Bench\tPeter Okafor OBE\tChair, Harrowfield Bench
Independent\tRuth Castellan\tVice-Chair
NHS Northmoor Integrated Care Board\tVacant\tDesignated Nurse

Page 4 of 12

3. Performance
Case study: "Jordan" (not his real name) was 15 when he was referred.
"""

POST_FIRST_PLAN = """BRO TAWELAN COUNTY COUNCIL
Youth Justice Plan 2024-25

2. Governance

Tabl 2 / Table 2: Aelodaeth y Bwrdd / Board membership 2024

Swydd                            Enw                        Sefydliad
Chair; Director of Social        Eleri Vaughan-Lloyd        Bro Tawelan County Council
Services
Cabinet Member for Education     Cllr Rhys                  Bro Tawelan County Council
                                 Pendergast
Area Commander                   Supt Gwyn Trefor           Dyfed Tawelan Police

                                                          Tudalen 5 / Page 5

Head of Probation Delivery       Mali Hopcyn                Probation Service (Wales)
Unit
Magistrate                       (vacant)                   Tawelan Youth Bench

Meetings are held at Neuadd y Sir, Heol y Bont.
"""

ATTENDANCE_COLUMN_PLAN = """Kelsworth Youth Justice Plan 2023-24

2. Governance
Partnership Board membership (June 2023)

Member                        Post                                      Attendance 2022/23
Cllr Ines Barrowclough (Chair) Lead Member for Children                 4/4
Tariq Mensah-Oduro            Director of Children's Services           3/4
Dr Hollis Quayle              Designated Doctor, Kelsworth ICB          2/4
Vacant                        Youth Bench representative                -
In attendance:
Sunniva Larch                 Head of Youth Justice Service             4/4

The Board approved this plan on 12 July 2023.

Table 4: Partner contributions
Partner                       Contribution
Kelsworth Council             412,000
Kelsworth Police              48,500
"""


def test_a_tabbed_membership_with_the_body_first_reads_each_member_and_their_wrapped_post() -> None:
    result = load_text(BODY_FIRST_PLAN, "harrowfield_youth_justice_plan_2024_05.txt")
    rows = people_rows(result)
    for name in ("Amara Quist", "Declan Moorcroft", "Lorna Fenwick-Bray", "Peter Okafor", "Ruth Castellan"):
        assert (name, "board_member") in rows, name
    assert {("Amara Quist", "board_chair"), ("Declan Moorcroft", "cabinet_member")} <= rows
    roles = role_rows(result)
    assert ("Declan Moorcroft", "board_member", "Cabinet Member for Children and Lifelong Learning") in roles
    assert ("Amara Quist", "board_member", "Executive Director of People") in roles
    organisations = organisation_rows(result)
    assert organisations[("Lorna Fenwick-Bray", "board_member")] == "Northmoor Police"
    assert organisations[("Peter Okafor", "board_member")] == "Harrowfield Youth Bench"
    # the chair of another body is no chair of this board; an empty seat, a seat's word and a pseudonym are no one
    assert ("Peter Okafor", "board_chair") not in rows
    assert not any(name in ("Vacant", "Independent", "Jordan") or name.startswith(("Northmoor", "NHS", "Harrowfield"))
                   for name, _relation in rows)


def test_a_padded_membership_with_the_post_first_under_welsh_heads_reads_past_its_wrapped_cells() -> None:
    result = load_text(POST_FIRST_PLAN, "bro_tawelan_youth_justice_plan_2024_06.txt")
    rows = people_rows(result)
    for name in ("Eleri Vaughan-Lloyd", "Rhys Pendergast", "Gwyn Trefor", "Mali Hopcyn"):
        assert (name, "board_member") in rows, name
    assert {("Eleri Vaughan-Lloyd", "board_chair"), ("Rhys Pendergast", "cabinet_member")} <= rows
    roles = role_rows(result)
    assert ("Mali Hopcyn", "board_member", "Head of Probation Delivery Unit") in roles
    assert ("Gwyn Trefor", "board_member", "Area Commander") in roles
    assert organisation_rows(result)[("Gwyn Trefor", "board_member")] == "Dyfed Tawelan Police"
    # the vacant seat, the venue and the page's footer name no one
    assert not any(name.startswith(("Magistrate", "Neuadd", "Tudalen", "Vacant")) for name, _relation in rows)


def test_a_membership_over_an_attendance_column_reads_no_attendance_into_a_post() -> None:
    result = load_text(ATTENDANCE_COLUMN_PLAN, "kelsworth_youth_justice_plan_2023_07.txt")
    rows = people_rows(result)
    assert {("Ines Barrowclough", "board_chair"), ("Tariq Mensah-Oduro", "board_member"),
            ("Hollis Quayle", "board_member")} <= rows
    roles = role_rows(result)
    assert ("Tariq Mensah-Oduro", "board_member", "Director of Children's Services") in roles
    assert not any(role and "/4" in role for _name, relation, role in roles if relation == "board_member")
    # the one under 'In attendance' attends; the table of figures names no one
    assert ("Sunniva Larch", "board_member") not in rows
    assert not any(name.startswith(("Kelsworth", "Partner", "Vacant")) for name, _relation in rows)


SIDE_BY_SIDE_PLAN = """Wendlebury Youth Justice Strategic Plan 2022

Board membership at March 2022

Member                    Post / organisation              Member                    Post / organisation
Hannah Oyelowo (Chair)    Director of Children's           Insp Callum Treharne      Wendlebury Police
                          Services, Wendlebury Council
Cllr Petra Lindqvist      Portfolio Holder for Families    Dr Farah Haddad           Named GP, Wendlebury CCG
Vacant                    Voluntary sector seat            Oliver Nkemelu            Wendlebury Youth Offending
                                                                                     Service (adviser)

The Board's terms of reference are at Appendix 2.
"""


def test_two_membership_tables_side_by_side_are_each_read_under_their_own_columns() -> None:
    result = load_text(SIDE_BY_SIDE_PLAN, "wendlebury_youth_justice_plan_2022_03.txt")
    rows = people_rows(result)
    for name in ("Hannah Oyelowo", "Petra Lindqvist", "Callum Treharne", "Farah Haddad", "Oliver Nkemelu"):
        assert (name, "board_member") in rows, name
    assert ("Hannah Oyelowo", "board_chair") in rows
    roles = role_rows(result)
    assert ("Hannah Oyelowo", "board_member", "Director of Children's Services") in roles
    organisations = organisation_rows(result)
    assert organisations[("Callum Treharne", "board_member")] == "Wendlebury Police"
    assert organisations[("Farah Haddad", "board_member")] != organisations[("Petra Lindqvist", "board_member")]
    assert not any(name.startswith(("Vacant", "Voluntary")) for name, _relation in rows)


HEADING_UNDER_TABLE_PLAN = """Corrie Vale Youth Justice Plan 2024

Board membership (June 2024)
Post                             Name                       Agency
Director of Children's Services  Jo Marchetti               Corrie Vale Council
Area Commander                   Supt Ian Drummond          Corrie Vale Police
In attendance:
Head of Service                  Lyn Aske                   Corrie Vale YJS
3. Performance
The service's reoffending rate fell to 31 per cent, below the national rate.
"""


def test_a_membership_with_the_post_first_ends_at_a_heading_and_parts_a_post_run_into_the_name() -> None:
    result = load_text(HEADING_UNDER_TABLE_PLAN, "corrie_vale_youth_justice_plan_2024_06.txt")
    rows = people_rows(result)
    assert {("Jo Marchetti", "board_member"), ("Ian Drummond", "board_member")} <= rows
    assert ("Jo Marchetti", "board_member", "Director of Children's Services") in role_rows(result)
    assert organisation_rows(result)[("Jo Marchetti", "board_member")] == "Corrie Vale Council"
    # the one under 'In attendance' attends; the place that opens the body's cell is no one
    assert ("Lyn Aske", "board_member") not in rows
    assert not any(name.startswith(("Corrie", "Performance")) for name, _relation in rows)
