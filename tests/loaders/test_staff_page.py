"""YOT/YOS staff pages: people with posts in each layout, the publishing council, recognition."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.loaders import staff_page
from kg.names import name_key
from tests.conftest import load_text, people_rows

WILTSHIRE = "29_wiltshire_yot_contacts_other"


def roles_by_person(result) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Person name -> the posts written with them."""
    names = {s.entity: s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}
    involvements: dict[str, dict[str, str]] = {}
    for s in result.statements:
        if s.schema == "Involvement" and s.prop in ("person", "role"):
            involvements.setdefault(s.entity, {})[s.prop] = s.value
    found: dict[str, set[str]] = {}
    for props in involvements.values():
        found.setdefault(names[props["person"]], set()).add(props.get("role", ""))
    return found


def test_wiltshire_matches_gold(corpus_dir: Path, gold_dir: Path) -> None:
    text = (corpus_dir / "extra" / f"{WILTSHIRE}.txt").read_text(encoding="utf-8")
    key = json.loads((gold_dir / "extra" / f"{WILTSHIRE}.json").read_text(encoding="utf-8"))
    expected = {(name_key(p["name"]), r["relation"], r["role"]) for p in key["people"] for r in p["relations"]}
    result = load_text(text, f"{WILTSHIRE}.txt")
    found = {(name_key(person), "staff", role) for person, roles in roles_by_person(result).items() for role in roles}
    assert found == expected, f"missing {sorted(expected - found)}; unexpected {sorted(found - expected)}"
    organisations = {s.value for s in result.statements if s.schema == "Organisation" and s.prop == "name"}
    assert "Wiltshire Council" in organisations


def test_recognises_staff_pages_only(corpus_dir: Path) -> None:
    recognised = {path.stem for path in sorted(corpus_dir.glob("**/*.txt"))
                  if staff_page.recognise(path.read_text(encoding="utf-8"))}
    assert recognised == {WILTSHIRE}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Youth Offending Service\n\nContact us\n\nTel: 01632 960000\n\nNadia Crouch YOS Manager\n"
                 "Gregory Lamb, Team Leader\nPatricia Orme - Case Manager\n",
                 {"Nadia Crouch": {"YOS Manager"}, "Gregory Lamb": {"Team Leader"},
                  "Patricia Orme": {"Case Manager"}}, id="name-then-post"),
    pytest.param("Meet the team\n\nHead of Service: Nadia Crouch\nOperations Manager: Gregory Lamb\n",
                 {"Nadia Crouch": {"Head of Service"}, "Gregory Lamb": {"Operations Manager"}}, id="post-then-name"),
    pytest.param("Our staff\n\nCase Managers\nNadia Crouch\nGregory Lamb\nZbigniew Wrobel\n\nEmail: yot@example.org\n",
                 {"Nadia Crouch": {"Case Manager"}, "Gregory Lamb": {"Case Manager"},
                  "Zbigniew Wrobel": {"Case Manager"}}, id="plural-heading-over-names"),
    pytest.param("Contact us\n\nName\tPost\tTelephone\nNadia Crouch\tYOS Manager\t01632 960000\n"
                 "Gregory Lamb\tTeam Leader\t01632 960001\n",
                 {"Nadia Crouch": {"YOS Manager"}, "Gregory Lamb": {"Team Leader"}}, id="table"),
])
def test_staff_layouts(text: str, expected: dict[str, set[str]]) -> None:
    result = load_text(text)
    assert "staff_page" in result.families
    assert {relation for _, relation in people_rows(result)} == {"staff"}
    assert roles_by_person(result) == expected


def test_contact_details_on_the_persons_line() -> None:
    result = load_text("Contact us\n\n| Nadia Crouch | YOS Manager | nadia.crouch@example.org |\n"
                       "| Gregory Lamb | Team Leader | 01632 960001 |\n")
    contacts = {(s.prop, s.value) for s in result.statements if s.prop in ("email", "phone")}
    assert contacts == {("email", "nadia.crouch@example.org"), ("phone", "01632 960001")}


def test_addresses_are_not_people() -> None:
    result = load_text("Contact us\n\nBorsetshire Council\nMonkton Park\nCouncil House\nBourne Hill\nTel: 01632 960000\n")
    assert "staff_page" not in result.families
    assert people_rows(result) == set()


def test_minutes_with_posts_are_not_a_staff_page() -> None:
    assert not staff_page.recognise("Minutes of the board\n\nPresent:\nNadia Crouch YOS Manager\n"
                                    "Gregory Lamb Team Leader\n\nContact us on 01632 960000\n")


def test_a_news_item_whose_sentences_name_posts_is_no_staff_page() -> None:
    news = ("Press release\n16 May 2025\n\nDunmoor youth justice service rated 'Good'\n\n"
            "The inspection was led by HM Inspector Bryony Tallis\n\n"
            "Raj Patel, Head of Youth Justice, added: \"This is the staff's achievement.\"\n\nENDS\n")
    assert not staff_page.signs(news)
    assert not {row for row in people_rows(load_text(news, "news.txt")) if row[1] == "staff"}
