"""The review queue as people read it: blocks within 80 columns, csv and json, and judgements on groups."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app
from kg.resolve import Mention, ReviewGroup
from kg.review import group_block

runner = CliRunner()

LETTER = """<i>To:</i>\t{chair}, Chair of {area} YOS Management Board
<i>From:</i>\tBernard Quill, Assistant Chief Inspector (Youth Justice)
<i>Publication date:</i>\t3 March 2015

Report of Short Quality Screening (SQS) of youth offending work in {area}

Copy to:

{post}\t<i>Dora Finch</i>
"""
POSTS = {"Westmere": ("Amira Castell", "YJB link staff"), "Eastholm": ("Orla Brennick", "Ofsted - Links"),
         "Northmere": ("Tamsin Hale", "Care Quality Commission")}


def test_a_group_reads_in_80_columns_whatever_its_lengths() -> None:
    long_document = "a-very-long-document-name-that-goes-on-" * 3 + ".txt"
    mentions = tuple(Mention(f"person-{i:016x}", "Dora Finch", long_document if i else "b.txt",
                             frozenset({"Northshire Local Safeguarding Children Board and Partnership Trust"}),
                             frozenset({"copy_to", "present_at_meeting"})) for i in range(3))
    group = ReviewGroup("group-0123456789abcdef", ("Dora Finch",), 0.3,
                        {"person-a": (mentions[0].id,), "person-b": (mentions[1].id, mentions[2].id)}, mentions,
                        ("same name 'Dora Finch'",), ("different organisations: " + "x" * 120,))
    block = group_block(group)
    assert max(len(line) for line in block.splitlines()) <= 80, block
    assert block.count("b.txt") == 1 and long_document[:30] in block and "kg judge confirm group-0123456789abcdef" in block


def build(folder: Path, store: Path, judgements: Path) -> None:
    result = runner.invoke(app, ["build", str(folder), "--store", str(store), "--judgements", str(judgements)])
    assert result.exit_code == 0, result.output


def test_review_lists_one_group_per_name_and_a_judgement_on_it_holds(tmp_path: Path) -> None:
    folder, store, judgements = tmp_path / "docs", tmp_path / "store", tmp_path / "judgements.yaml"
    folder.mkdir()
    for area, (chair, post) in POSTS.items():
        (folder / f"{area}.txt").write_text(LETTER.format(area=area, chair=chair, post=post), encoding="utf-8")
    build(folder, store, judgements)

    table = runner.invoke(app, ["review", "--store", str(store)])
    assert table.exit_code == 0 and "Dora Finch" in table.output
    assert "1 groups to review" in table.output

    as_csv = list(csv.DictReader(io.StringIO(runner.invoke(app, ["review", "--store", str(store), "-f", "csv"]).output)))
    assert {r["name"] for r in as_csv} == {"Dora Finch"} and len(as_csv) == 3
    assert len({r["group"] for r in as_csv}) == 1 and len({r["person"] for r in as_csv}) == 3

    [group] = json.loads(runner.invoke(app, ["review", "--store", str(store), "-f", "json"]).output)
    assert len(group["mentions"]) == 3 and group["for"] and group["against"]

    judged = runner.invoke(app, ["judge", "confirm", group["id"], "--store", str(store), "--judgements",
                                 str(judgements), "--note", "one inspector", "--by", "analyst"])
    assert judged.exit_code == 0, judged.output
    build(folder, store, judgements)
    assert json.loads(runner.invoke(app, ["review", "--store", str(store), "-f", "json"]).output) == []
    people = runner.invoke(app, ["query", "person-roles", "--store", str(store), "-f", "csv"]).output
    assert people.count("Dora Finch") == 3

    missing = runner.invoke(app, ["judge", "reject", "group-0000000000000000", "--store", str(store)])
    assert missing.exit_code == 2 and "no group" in missing.output
