"""Recognising people's names in lists and prose (fictional names)."""

from __future__ import annotations

import pytest

from kg.names import (
    body_follows,
    find_names,
    initials_agree,
    is_first_name,
    is_only_a_name,
    name_key,
    name_parts,
    short_form_of,
    split_title,
)

CASES = [
    ("Priya Okafor, Chair of Westmere YOS Management Board", ["Priya Okafor"]),
    ("Councillor Tom Brannigan (Chair) Councillor Ruth Ellery (Vice-Chair)", ["Tom Brannigan", "Ruth Ellery"]),
    ("Gareth Lowry Head of Community Safety (Chair)", ["Gareth Lowry"]),
    ("Nadia HollisWestmere Police (on behalf of Owen Price)", ["Nadia Hollis", "Owen Price"]),
    ("Fiona KettleAdmin Officer, Youth Offending Team (Minutes)", ["Fiona Kettle"]),
    ("Oliver Grant HMCS Magistrates Court", ["Oliver Grant"]),
    ("This inspection was led by HM Inspector Sian McAllister, supported by", ["Sian McAllister"]),
    ("Dame Harriet Vance", ["Harriet Vance"]),
    ("Probation's Colin Marsh said the findings", ["Colin Marsh"]),
    ("GRAHAM PELLOW YOT MANAGER", ["Graham Pellow"]),
    ("Present: Councillor J.R. Pask (Chairman); Councillor Mrs. E.M. Dunn", ["J.R. Pask", "E.M. Dunn"]),
    ("Joan Harte-Willis, Kieran O'Dowd and Rhys MacLean", ["Joan Harte-Willis", "Kieran O'Dowd", "Rhys MacLean"]),
    ("Mary J. Blige-Carter, Probation", ["Mary J. Blige-Carter"]),
    ("JO FITZ-ALLEN, Head of Service", ["Jo Fitz-Allen"]),
]


@pytest.mark.parametrize("text", ["NHS Northshire", "Civic Suite", "Town Hall", "YOS Westmere", "Apologies:\nKim Fo",
                                  "Kim Fo\n\n12\n", "Present: Jo Fi\f", "Apologies:\nCouncillor Jo Fi",
                                  "Dr Kim Fo\n\n12\n"])
def test_bodies_venues_and_names_cut_off_by_a_page_end_are_not_names(text: str) -> None:
    assert find_names(text, strict=False) == []


def test_a_surname_the_end_of_the_text_cuts_short_of_its_longer_form_is_no_name() -> None:
    text = "PRESENT\nHELEN OKAFOR-BLAINE (HOB) - Chair\n\nApproved by the Chair: Helen Okaf\n"
    assert [name.name for name in find_names(text, strict=False)] == ["Helen Okafor-Blaine"]
    assert [name.name for name in find_names("Approved by the Chair: Helen Okaf\n", strict=False)] == ["Helen Okaf"]


def test_a_short_surname_inside_the_text_is_a_name() -> None:
    assert [m.name for m in find_names("Kim Fo said it was good.", strict=False)] == ["Kim Fo"]
    assert [m.name for m in find_names("Ann Hall, Town Hall", strict=False)] == ["Ann Hall"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Present:\nCouncillor Jo\nFitz-Allen (Chair)\nCouncillor Mark O'Neill", ["Jo Fitz-Allen", "Mark O'Neill"]),
    ("Dr Sunita\nRamaswamy, Director of Public Health", ["Sunita Ramaswamy"]),
    ("Councillor Jo\nAnn Lee", ["Jo", "Ann Lee"]),  # a first name on the next line begins the next entry
    ("Councillor Jo\nApologies:", ["Jo"]),  # a heading is no surname
    ("Apologies: Councillor Ruth\nJones", ["Ruth Jones"]),  # after the list's heading; a surname the lexicon also has
    ("Kay\nLund, Head of Service", ["Kay Lund"]),  # no title: a post after a comma says it is one entry
    ("Councillors:\nJones\nSmith (Chair)", []),  # a surname a line: no name runs on
    # a particle ends no name: the line broke inside it (batch 20)
    ("The report was presented by the inspection's lead, Rhodri ap\n      Gwilym, HM Inspector.", ["Rhodri ap Gwilym"]),
])
def test_a_list_entry_broken_after_its_first_name_is_one_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_names(text)] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_names(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_names(text)] == expected


def test_surname_only_after_an_honorific() -> None:
    (match,) = find_names("Apologies were received from Councillor Brannigan.")
    assert (match.name, match.title, match.surname_only) == ("Brannigan", "Councillor", True)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr. ap Gwilym, who chairs the Board, said", ("ap Gwilym", "Mr")),
    ("Dear Ms van der Berg", ("van der Berg", "Ms")),
])
def test_a_surname_alone_that_opens_with_a_particle_after_an_honorific(text: str, expected: tuple[str, str]) -> None:
    (match,) = find_names(text)
    assert (match.name, match.title, match.surname_only) == (*expected, True)


def test_a_welsh_initial_of_two_letters_stays_in_the_name() -> None:
    assert [name_key(m.name) for m in find_names("Inspectors: Huw Ll. Pryce and Owen Rh. Morgan")] == [
        "huw ll pryce", "owen rh morgan"]


def test_words_that_are_not_names() -> None:
    assert find_names("Youth Offending Service Management Board met in Westmere Civic Centre") == []
    assert find_names("Rex was in custody and his friend Connor visited.") == []


def test_relaxed_mode_accepts_names_outside_the_lexicon_in_name_cells() -> None:
    assert [m.name for m in find_names("Zebedee Quarmby", strict=False)] == ["Zebedee Quarmby"]
    assert find_names("Zebedee Quarmby") == []


def test_titles_are_split_off_and_keys_fold_case_and_punctuation() -> None:
    assert split_title("Councillor Mrs. M.R. Dunn") == ("M.R. Dunn", "Councillor")
    assert split_title("Harriet Vance DBE") == ("Harriet Vance", "DBE")
    assert name_key("Cllr Joan HARTE-WILLIS") == "joan harte willis"


@pytest.mark.parametrize(("text", "expected"), [
    ("Siobhán Ní Dhonnaill, Head of Service", "Siobhán Ní Dhonnaill"),
    ("Cllr P. Ó Ceallaigh", "P. Ó Ceallaigh"),
    ("Councillor Rufus d'Aubigny", "Rufus d'Aubigny"),
    ("Eilidh Nic Aoidh said", "Eilidh Nic Aoidh"),
    ("Siobhán Ní DhonnaillYouth Justice Manager", "Siobhán Ní Dhonnaill"),
])
def test_irish_and_norman_particles_stay_in_the_surname(text: str, expected: str) -> None:
    assert [name.name for name in find_names(text, strict=False)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("D/Supt Anwen Crewe-Hart\tPolice", ("Anwen Crewe-Hart", "Detective Superintendent")),
    ("DI Rory Glass\t\tPolice", ("Rory Glass", "DI")),
    ("Di Moss said", ("Di Moss", None)),  # a given name, not the rank, when not in capitals
    ("Ch Supt Tegan Voss\tPolice", ("Tegan Voss", "Chief Superintendent")),  # "Ch" qualifies the rank after it
    ("ACC Rhona Petrie\tNorthshire Police", ("Rhona Petrie", "Assistant Chief Constable")),
    ("Rt Hon Jo Bloggs MP", ("Jo Bloggs", "Right Honourable MP")),
    ("Ald. Jo Bloggs", ("Jo Bloggs", "Alderman")),
    ("C/INSP GARETH LOWRY (GL)", ("Gareth Lowry", "Chief Inspector")),  # a chief inspector's rank, written short
    ("C/Supt Ann Hale", ("Ann Hale", "Chief Superintendent")),
])
def test_police_ranks_before_a_name(text: str, expected: tuple[str, str | None]) -> None:
    assert [(name.name, name.title) for name in find_names(text, strict=False)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Councillors Gwendolyn Achebe and Tomasz Wiśniewski-Kołodziej attended", ["Gwendolyn Achebe", "Tomasz Wiśniewski-Kołodziej"]),
    ("Councillor Łucja Brzęczek (Chair)", ["Łucja Brzęczek"]),
    ("Councillor ŁUCJA BRZĘCZEK (Chair)", ["Łucja Brzęczek"]),
    ("Dr Thanh Nguye\u0302\u0303n presented", ["Thanh Nguye\u0302\u0303n"]),  # combining marks, not composed letters
    ("Mr Ciarán Ó Briain, Head of Service", ["Ciarán Ó Briain"]),
])
def test_names_in_any_latin_letters_are_read_whole(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_names(text)] == expected


def test_letters_that_do_not_decompose_fold_in_the_name_key() -> None:
    assert name_key("Łucja Brzęczek") == name_key("Lucja Brzeczek") == "lucja brzeczek"
    assert name_key("Søren Østergård") == "soren ostergard"


PROSE = ("The report was introduced to the committee by the service's operational manager Marguerite\n"
         "Tallis-Ojo, who was joined for the item by Dr Anwen Roper, Consultant Psychiatrist, Bae\n"
         "Gwyrdd University Health Board.\n")


def test_a_name_the_margin_broke_is_one_name() -> None:
    assert [m.name for m in find_names(PROSE)] == ["Marguerite Tallis-Ojo", "Anwen Roper"]
    assert [m.name for m in find_names(PROSE, strict=False)][:2] == ["Marguerite Tallis-Ojo", "Anwen Roper"]
    assert "Bae Gwyrdd" not in [m.name for m in find_names(PROSE, strict=False)]


@pytest.mark.parametrize(("text", "follows"), [
    ("Pen Dinas University Health Board", True),  # a body's name begins with words that look like a name
    ("Pen Dinas  Health Board", True),
    ("Pen Dinas, University Health Board", False),  # a name, then the body it works for
    ("Pen Dinas\nUniversity Health Board", False),
    ("Pen Dinas\tHealth Board", False),  # a table's next column
    ("Pen Dinas service manager", False),  # a post written after the name, not a body's name
    ("Pen Dinas", False),
])
def test_a_body_follows_a_name_only_run_on_into_its_words(text: str, follows: bool) -> None:
    assert body_follows(text, len("Pen Dinas")) is follows


def test_one_name_a_line_never_runs_into_the_next() -> None:
    """Only a long line of prose wraps: a short line that ends in a first name is a list's line."""
    assert [m.name for m in find_names("Present: Councillor Ann\nHarriet Vance\n", strict=False)] == ["Ann", "Harriet Vance"]


def test_a_middle_initial_is_no_part_of_the_name_key_but_leading_initials_are() -> None:
    assert name_key("Sunita K. Mistry-Baines") == name_key("Sunita Mistry-Baines") == "sunita mistry baines"
    assert name_key("Cllr Tomos R.J. ap Dafydd OBE") == name_key("Tomos ap Dafydd") == "tomos ap dafydd"
    assert name_key("J. P. Okonkwo-Farrell") == "j p okonkwo farrell"
    assert name_key("ELERI WYN DAVIES") == name_key("Eleri Wyn Davies") == "eleri wyn davies"


def test_a_qualified_rank_is_one_title_and_no_part_of_the_name() -> None:
    found = find_names("Present: Ch Supt Alistair McKendrick QPM, Northshire Police")
    assert [(m.name, m.title) for m in found] == [("Alistair McKendrick", "Chief Superintendent QPM")]
    assert split_title("Det Ch Insp Rowan Tite") == ("Rowan Tite", "Detective Chief Inspector")
    assert split_title("Councillor Mrs Ann Hall") == ("Ann Hall", "Councillor")


@pytest.mark.parametrize(("name", "parts"), [
    ("Cllr Dafydd ap Rhys", (("dafydd",), "ap rhys")),
    ("Councillor ap Rhys", ((), "ap rhys")),
    ("Dr R.J. Fairbairn-Taylor", (("r", "j"), "fairbairn taylor")),
    ("Dr N. Sethuraman", (("n",), "sethuraman")),
    ("Carver-Smyth", ((), "carver smyth")),
    ("Siân O'Driscoll", (("sian",), "odriscoll")),
    ("Gráinne Ó Floinn", (("grainne",), "o floinn")),
    ("Jan van der Berg", (("jan",), "van der berg")),
    ("Di Moss", (("di",), "moss")),  # a forename spelt like a particle
])
def test_a_name_is_parted_into_forenames_and_a_surname_with_its_particles(name: str,
                                                                           parts: tuple[tuple[str, ...], str]) -> None:
    assert name_parts(name) == parts


def test_initials_fit_forenames_in_their_places() -> None:
    assert initials_agree(("r",), ("rosemary",)) and initials_agree(("r", "j"), ("rosemary",))  # middle name left out
    assert initials_agree(("k", "a"), ("keri ann",))  # a double forename
    assert not initials_agree(("j",), ("rosemary",)) and not initials_agree(("r", "j"), ("rosemary", "ann"))


def test_a_short_form_is_the_surname_alone_or_after_initials_that_fit() -> None:
    assert short_form_of("g ashworth", "gillian ashworth") and short_form_of("ashworth", "gillian ashworth")
    assert short_form_of("d achebe wright", "desmond achebe wright")
    assert not short_form_of("j ashworth", "gillian ashworth") and not short_form_of("gillian ashworth", "gillian ashworth")
    assert not short_form_of("g ashworth", "gillian ashworth smith")


def test_forenames_written_shorter_and_titles_that_say_a_persons_sex() -> None:
    from kg.names import familiar_form_of, forenames_fit, other_form_of, police_rank, title_parts, title_sex

    assert familiar_form_of("bob", "robert") and familiar_form_of("liz", "elizabeth")
    assert not familiar_form_of("robert", "bill") and not familiar_form_of("roberta", "robert")
    assert forenames_fit(("elin",), ("elin", "mair")) and forenames_fit(("liz",), ("elizabeth", "ann"))
    assert not forenames_fit(("mair",), ("elin", "mair")) and not forenames_fit(("elin", "mair"), ("elin",))
    assert other_form_of("bob castellane", "robert castellane") and other_form_of("h okonkwo barr", "helen okonkwo barr")
    assert not other_form_of("robert castellane", "bob castellane") and not other_form_of("jo ford", "jon ford")
    assert title_parts("Chief Superintendent QPM") == {"Chief Superintendent", "QPM"}
    assert police_rank(title_parts("DCI")) and not police_rank(title_parts("Councillor"))
    assert title_sex(frozenset({"Mrs"})) == "female" and title_sex(frozenset({"Councillor"})) is None


def test_a_surname_a_particle_joins_is_written_short_whole() -> None:
    assert short_form_of("ap gwynfor", "idris ap gwynfor") and short_form_of("i ap gwynfor", "idris ap gwynfor")
    assert not short_form_of("gwynfor", "idris ap gwynfor")  # a forename: 'Councillor Gwynfor' is someone else
    assert short_form_of("moss", "di moss")  # the first word is a forename whatever its spelling


def test_a_first_name_written_with_an_accent_the_lexicon_leaves_off() -> None:
    assert is_first_name("Siân") and is_first_name("Zoë")
    assert [n.name for n in find_names("please contact Siân Pellow-Garth, who led it")] == ["Siân Pellow-Garth"]
    assert find_names("Media enquiries: Tŷ Dunmoor, Heol y Bont") == []  # a building, not 'Ty'


def test_a_surname_with_a_prefix_after_its_hyphen_or_a_capitals_apostrophe() -> None:
    assert [n.name for n in find_names("Cllr Idris Pennant-O'Hare and Ms Awa N'Golo attended")] == [
        "Idris Pennant-O'Hare", "Awa N'Golo"]


def test_a_surname_in_capitals_after_a_first_name_in_title_case() -> None:
    assert [n.name for n in find_names("Gwen HALLORAN-PYKE Senior Probation Officer")] == ["Gwen Halloran-Pyke"]
    assert [n.name for n in find_names("Jean Bell HMCS")] == ["Jean Bell"]  # an acronym after a name is no surname


def test_a_middle_initial_before_a_surname_run_into_the_post_and_a_name_opening_the_next_line() -> None:
    lines = ("Sunita K. Mistry-BainesOperations Manager, Dunmoor YOT\n"
             "Jamie NgPolicy Officer, Office of the Police and Crime Commissioner for Dunmoor\n"
             "Karen Oduya-FieldHead of Housing, Tamsford District Council\n")
    assert [name.name for name in find_names(lines)] == ["Sunita K. Mistry-Baines", "Jamie Ng", "Karen Oduya-Field"]
    assert [name.name for name in find_names(lines, strict=False)][-1] == "Karen Oduya-Field"
    # the margin still breaks a name after a lone first name: 'led by Joanne' / 'Wilde-Parkes'
    prose = "We were supported by a health inspector from the Care Quality Commission, Joanne\nWilde-Parkes, and more.\n"
    assert [name.name for name in find_names(prose, strict=False)] == ["Joanne Wilde-Parkes"]


def test_a_surname_with_n_apostrophe() -> None:
    assert [name.name for name in find_names("HM Inspector          Deborah N'Diaye\n")] == ["Deborah N'Diaye"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name in capitals keeps the small letters of its prefix (batch 24)
    ("SHONA McFADYEN                Business Support Officer (minutes)", ["Shona McFadyen"]),
    ("IAN MacLEOD, Chair", ["Ian MacLeod"]),
    # a surname hyphenated at the foot of a page, its footer, then the rest in small letters at the top of the next
    ("the Head of Service, Priya Raghu-\nInspection of youth justice services: Thornbury        9\nnathan, and all the "
     "staff", ["Priya Raghunathan"]),
])
def test_names_in_capitals_with_a_prefix_and_a_surname_broken_over_a_page(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_names(text, strict=False)] == expected


def test_a_surname_run_into_an_acronym_that_opens_the_post() -> None:
    assert [n.name for n in find_names("Tobias QuarshieYOT Operations Manager", strict=False)] == ["Tobias Quarshie"]
    assert [n.name for n in find_names("IAN MacLEOD", strict=False)] == ["Ian MacLeod"]  # a prefix in capitals is no run


def test_a_name_run_into_a_bodys_letters_ends_at_them_and_a_list_initial_runs_on_to_its_surname() -> None:
    assert [n.name for n in find_names("Sorcha Penhallow-ReesYJS Operations Manager")] == ["Sorcha Penhallow-Rees"]
    assert [n.name for n in find_names("SHONA McFADYEN   Business Support Officer", strict=False)] == ["Shona McFadyen"]
    text = "Apologies for absence were received from Councillors L. Farrant, P.\nGethin and K. Morcombe."
    assert [n.name for n in find_names(text, strict=False)] == ["L. Farrant", "P. Gethin", "K. Morcombe"]


@pytest.mark.parametrize(("post", "rank"), [
    ("inspector", "Inspector"),
    ("d deputy attended inspector", "Inspector"),
    ("detective chief inspector", "Detective Chief Inspector"),
    ("chief superintendent", "Chief Superintendent"),
    ("community safety manager northshire dc", None),
    ("head of youth justice service", None),
])
def test_a_police_rank_a_post_ends_with_is_written_as_a_title(post: str, rank: str | None) -> None:
    from kg.names import rank_of_post

    assert rank_of_post(post) == rank


@pytest.mark.parametrize(("short", "formal", "cut"), [
    ("tad", "tadeusz", True),
    ("raj", "rajesh", True),
    ("ann", "annabel", False),  # a name the curated list knows
    ("jan", "janina", False),
    ("ta", "tadeusz", False),  # too short to tell
    ("tadeus", "tadeusz", False),  # one letter left off is a misspelling, not a familiar form
])
def test_a_forename_the_curated_list_does_not_know_may_be_cut_short(short: str, formal: str, cut: bool) -> None:
    from kg.names import clipped_form_of

    assert clipped_form_of(short, formal) is cut


@pytest.mark.parametrize("body", ["Roman Catholic Diocese", "Westmere Carers Association", "Oakhurst Learning Academy"])
def test_a_body_named_in_three_words_is_no_persons_name(body: str) -> None:
    """Three words in title case ending a cell are a name with a middle name ('Rhodri Maelor Jenkins'), unless the last
    is a body's noun: the co-opted diocese of a scrutiny committee is no person."""
    assert not is_only_a_name(body)
