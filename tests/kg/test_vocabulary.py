"""The shared vocabulary of posts and bodies: one list, read by names and every loader."""

from __future__ import annotations

import pytest

from kg.names import find_names, is_role_word
from kg.vocabulary import (
    CABINET_POST_RE,
    NAME_STOPS,
    is_post_noun,
    is_post_word,
    names_post,
    names_post_or_body,
    singular_post,
)


@pytest.mark.parametrize("word", ["Manager", "inspectors", "Co-ordinator", "Chair,", "(Clerk)", "Caseworkers"])
def test_post_nouns_singular_and_plural(word: str) -> None:
    assert is_post_noun(word)


def test_qualifiers_are_post_words_but_not_post_nouns() -> None:
    assert is_post_word("Deputy") and not is_post_noun("Deputy")
    assert not is_post_word("Northshire")


def test_phrases() -> None:
    assert names_post("Joint Assistant Director, Commissioning")
    assert not names_post("Democratic Services") and names_post_or_body("Democratic Services")
    assert names_post_or_body("the YJB") and not names_post_or_body("Northshire")


def test_singular_post() -> None:
    assert singular_post("YOT Team Leaders") == "YOT Team Leader"
    assert singular_post("Heads of Service") == "Head of Service"
    assert singular_post("Team Manager") == "Team Manager"


def test_cabinet_posts() -> None:
    for post in ("Cabinet Member for Children", "executive  member", "Portfolio Holder", "Leader of the Council"):
        assert CABINET_POST_RE.search(post), post
    assert not CABINET_POST_RE.search("Board member")


def test_names_stop_at_every_post_and_body_word() -> None:
    assert {"manager", "managers", "service", "yos", "north", "of", "minutes"} <= NAME_STOPS
    assert all(is_role_word(word) for word in ("Therapist", "Ministry", "Council"))
    assert [m.name for m in find_names("Ann Wright Therapist, Westmere YOS")] == ["Ann Wright"]


def test_a_post_that_is_also_a_surname_does_not_stop_a_name() -> None:
    assert "holder" not in NAME_STOPS and is_post_noun("Holder")
    assert [m.name for m in find_names("Councillor Jo Holder said")] == ["Jo Holder"]
