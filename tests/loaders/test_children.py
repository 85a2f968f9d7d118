"""Children named in practice examples are pseudonyms of children: never Person entities."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.loaders import LoadResult, load_document
from kg.loaders.readers import read_document
from kg.names import name_key
from tests.conftest import load_text


def person_names(result: LoadResult) -> set[str]:
    return {s.value for s in result.statements if s.schema == "Person" and s.prop == "name"}


def children_as_people(names: set[str], pseudonyms: set[str]) -> list[str]:
    """Person names whose first name is a child's pseudonym."""
    children = {name_key(child) for child in pseudonyms}
    return sorted(name for name in names if name_key(name).split()[:1] and name_key(name).split()[0] in children)


def gold_keys(gold_dir: Path) -> list[Path]:
    return sorted([*gold_dir.glob("*.json"), *gold_dir.glob("extra/*.json")])


def test_gold_keys_name_children(gold_dir: Path) -> None:
    """The corpus has practice examples to test against (the test below would pass vacuously without)."""
    named = [json.loads(path.read_text(encoding="utf-8")).get("case_example_pseudonyms") for path in gold_keys(gold_dir)]
    assert sum(len(children or []) for children in named) >= 5


@pytest.mark.parametrize("key_name", ["000_07678c9e3f642107", "003_7f08350e2b0dc4b1", "004_1ae96f1106e970da"])
def test_no_child_becomes_a_person_in_the_real_corpus(corpus_dir: Path, gold_dir: Path, key_name: str) -> None:
    key = json.loads((gold_dir / f"{key_name}.json").read_text(encoding="utf-8"))
    pseudonyms = set(key.get("case_example_pseudonyms") or key.get("children_pseudonyms") or [])
    assert pseudonyms
    result = load_document(read_document(corpus_dir / key["doc"]))
    assert children_as_people(person_names(result), pseudonyms) == []


def test_no_child_becomes_a_person_anywhere(corpus_dir: Path, gold_dir: Path) -> None:
    """Every pseudonym in any key, against every document: a child's name is never a person's first name."""
    pseudonyms: set[str] = set()
    documents: list[Path] = []
    for path in gold_keys(gold_dir):
        key = json.loads(path.read_text(encoding="utf-8"))
        pseudonyms |= set(key.get("case_example_pseudonyms") or key.get("children_pseudonyms") or [])
        folder = corpus_dir if path.parent == gold_dir else corpus_dir / "extra"
        documents.append(folder / key["doc"])
    found = {doc.name: children_as_people(person_names(load_document(read_document(doc))), pseudonyms)
             for doc in documents if doc.exists()}
    assert {doc: names for doc, names in found.items() if names} == {}


@pytest.mark.parametrize("text", [
    pytest.param("Report of Short Quality Screening of youth offending work in Borsetshire\n\nTo: Nadia Crouch, "
                 "Chair of the Board\nFrom: Gregory Lamb, HM Inspector\n\nIn one case we saw the following example: "
                 "*\"Dexter was in custody. His case manager, Ms Orme, visited him and Dexter said he felt safe.\"*\n",
                 id="letter-case-story"),
    pytest.param("Inspection report published today\n\nAssistant Chief Inspector Gregory Lamb said: “Dexter Hale told "
                 "us his case manager had helped him. Dexter Hale said he now attends college.”\n",
                 id="child-inside-a-quote"),
    pytest.param("Practice example\n\nDexter was led by his mentor into sport. Dexter said the YOT had helped.\n",
                 id="first-name-only"),
])
def test_children_in_practice_examples_are_not_people(text: str) -> None:
    assert children_as_people(person_names(load_text(text)), {"Dexter"}) == []


def practice_examples(corpus_dir: Path, gold_dir: Path) -> list[tuple[str, str]]:
    """(pseudonym, paragraph) for every paragraph of a keyed document that names one of its children."""
    examples = []
    for path in gold_keys(gold_dir):
        key = json.loads(path.read_text(encoding="utf-8"))
        folder = corpus_dir if path.parent == gold_dir else corpus_dir / "extra"
        children = key.get("case_example_pseudonyms") or key.get("children_pseudonyms") or []
        if not children or not (folder / key["doc"]).exists():
            continue
        for paragraph in (folder / key["doc"]).read_text(encoding="utf-8").split("\n"):
            examples += [(child, paragraph) for child in children if re.search(rf"\b{child}\b", paragraph)]
    return examples


# Fictional lists written directly before a practice example, as a letter's copy list and a meeting's attendance.
LISTS_BEFORE = {
    "copy list": "Copy to:\nYOS Manager\tNadia Crouch\nDirector of Children's Services\tGregory Lamb\n",
    "copy list, one line": "COPY TO:\nNadia Crouch, Chair of the Board\n",
    "attendance list": "Present:\nNadia Crouch (Chair)\nGregory Lamb, Head of Service\n",
    "apologies": "Apologies:\nNadia Crouch\nGregory Lamb\n",
}
CASES = {"upper": str.upper, "lower": str.lower, "title": str.title, "as written": str}


@pytest.mark.parametrize("layout", LISTS_BEFORE)
@pytest.mark.parametrize("case", CASES)
def test_no_practice_example_gives_a_person_in_any_case_or_layout(corpus_dir: Path, gold_dir: Path, layout: str,
                                                                  case: str) -> None:
    """Every practice example of the keys, in capitals, lower and Title Case, right after a list of people: no child
    is a person, and nothing of the example is taken for a name (only the list's own people may be found)."""
    examples = practice_examples(corpus_dir, gold_dir)
    assert len(examples) >= 8
    listed = {name_key(name) for name in ("Nadia Crouch", "Gregory Lamb")}
    wrong = {}
    for child, paragraph in examples:
        for list_case in (str, CASES[case]):
            text = list_case(LISTS_BEFORE[layout]) + CASES[case](paragraph) + "\n"
            people = person_names(load_text(text))
            strangers = sorted(name for name in people if name_key(name) not in listed)
            if strangers:
                wrong[f"{child}: {text[:60]!r}"] = strangers
    assert wrong == {}
