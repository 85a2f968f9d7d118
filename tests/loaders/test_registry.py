"""The registry of family loaders: precedence and exclusions declared by the families, and the warning for a
recognised document its family read nothing from. Small fictional documents."""

from __future__ import annotations

from types import ModuleType

import pytest

from kg.loaders import board_minutes, council_papers, registry, staff_page, thematic_inspection
from tests.conftest import load_text

# A YOT board's minutes that also show a council committee's signs (minutes of, council, Present:).
BOARD_MINUTES = ("Minutes of the meeting of the Southby YOT Management Board\n\n"
                 "Held at the Southby Council offices on 3 March 2015\n\n"
                 "Present:\nJane Doe (Chair), Southby Council\nJohn Roe, Head of Service\n\n"
                 "Apologies:\nAnn Poe\n\n"
                 "1. Welcome\nThe chair welcomed members.\n")
THEMATIC = "A thematic inspection of resettlement services\n\nInspectors looked at how children leave custody.\n"


def test_families_are_tried_by_their_declared_precedence() -> None:
    modules = registry.family_modules()
    assert [module.PRECEDENCE for module in modules] == sorted(module.PRECEDENCE for module in modules)
    assert [module.FAMILY for module in modules] == [
        "sqs_letter", "standards_inspection", "joint_inspection", "thematic_inspection", "council_papers",
        "board_minutes", "press_release", "staff_page"]


def test_a_family_that_excludes_another_reads_the_document_alone() -> None:
    assert council_papers.signs(BOARD_MINUTES) and board_minutes.signs(BOARD_MINUTES)
    assert board_minutes.recognise(BOARD_MINUTES)
    assert not council_papers.recognise(BOARD_MINUTES)
    result = load_text(BOARD_MINUTES, "minutes.txt")
    assert result.families == ("board_minutes",)
    assert not result.warnings


def test_exclusions_and_order_are_read_from_the_declarations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(board_minutes, "EXCLUDES", ())
    assert council_papers.recognise(BOARD_MINUTES)
    assert load_text(BOARD_MINUTES).families == ("council_papers", "board_minutes")
    monkeypatch.setattr(council_papers, "PRECEDENCE", 99)
    assert load_text(BOARD_MINUTES).families == ("board_minutes", "council_papers")


@pytest.mark.parametrize(("module", "name", "value", "message"), [
    (staff_page, "PRECEDENCE", council_papers.PRECEDENCE, "the same precedence twice"),
    (staff_page, "EXCLUDES", ("council_paper",), "staff_page excludes council_paper"),
    (staff_page, "EXCLUDES", ("staff_page",), "staff_page excludes staff_page"),
    (staff_page, "PARTS", ("annex",), "staff_page reads parts of no known kind: annex"),
])
def test_declarations_are_checked(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str, value: object,
                                  message: str) -> None:
    monkeypatch.setattr(module, name, value)
    with pytest.raises(ValueError, match=message):
        registry.family_modules()


def test_a_recognised_document_its_family_reads_nothing_from_is_a_warning() -> None:
    assert thematic_inspection.recognise(THEMATIC)
    result = load_text(THEMATIC, "thematic.txt")
    assert result.families == ("thematic_inspection",)
    assert result.warnings == ["thematic.txt: recognised as thematic_inspection but nothing was extracted by it"]


def test_a_document_of_no_family_is_no_such_warning() -> None:
    assert not load_text("Shopping list\n\n- 3 apples\n- Bread\n").warnings


@pytest.mark.parametrize(("text", "families"), [
    pytest.param(THEMATIC, ("thematic_inspection",), id="thematic-title"),
    pytest.param("Northshire Council news\n\nPublished 3 March 2021\n\nThe Youth Justice Service was rated good "
                 "following an inspection by HM Inspectorate of Probation.\n\nBoard chair Ann Wright said the team "
                 "had worked hard.\n", ("press_release",), id="news-mentioning-an-inspection-by"),
    pytest.param("HM Inspectorate of Probation\n\nFAO: Ann Wright, Head of YOS, Northshire Council\n\nDear Ms Wright\n\n"
                 "Thematic inspection of work with children on remand\n\nThank you for taking part.\n\n"
                 "Yours sincerely\n\nKim Ford\nHM Inspector\n", (), id="letter-about-a-thematic-inspection"),
    pytest.param("NORTHSHIRE COUNCIL\n\nReport to:\tScrutiny Committee\nReport author:\tAnn Wright, YOS Manager\n\n"
                 "Title:\tOutcome of the inspection of Northshire YOS\n\nThe inspectors found good work. Ann Wright "
                 "said: \"We are pleased.\"\n", (), id="council-report-form-header"),
])
def test_a_family_is_read_from_its_layout_not_a_phrase_in_a_sentence(text: str, families: tuple[str, ...]) -> None:
    assert tuple(m.FAMILY for m in registry.family_modules() if m.recognise(text)) == families
