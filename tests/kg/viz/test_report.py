"""The area briefing page on the real corpus: its tables equal the canned queries' rows, every
fact carries a quote found in its document, charts and the graph neighbourhood are inside."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.loaders.text import EMAIL_RE, PHONE_RE
from kg.store import Store
from tests.conftest import query_rows

runner = CliRunner()


class Tables(HTMLParser):
    """The rows of every table after each h2 heading, cells as text (quote and document apart)."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, list[list[str]]] = {}
        self.heading: str | None = None
        self.in_heading = False
        self.cell: list[str] | None = None
        self.row: list[str] = []
        self.images = 0
        self.frames: list[str] = []
        self.quoted = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self.in_heading, self.heading = True, ""
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "q", "cite"):
            self.cell = []
        elif tag == "img":
            self.images += 1
        elif tag == "iframe":
            self.frames.append(dict(attrs).get("srcdoc") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self.in_heading = False
            self.sections[self.heading or ""] = []
        elif tag in ("q", "cite") and self.cell is not None:
            self.row.append("".join(self.cell))
            self.quoted, self.cell = True, []
        elif tag == "td" and self.cell is not None:
            if not self.quoted:  # a cell of quote and document gave its two parts already
                self.row.append("".join(self.cell))
            self.quoted, self.cell = False, None
        elif tag == "tr" and self.row and self.heading is not None:
            self.sections[self.heading].append(self.row)

    def handle_data(self, data: str) -> None:
        if self.in_heading:
            self.heading = (self.heading or "") + data
        elif self.cell is not None:
            self.cell.append(data)


@pytest.fixture(scope="module")
def report(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Tables:
    output = tmp_path_factory.mktemp("report") / "portsmouth.html"
    result = runner.invoke(app, ["report", "--area", "portsmouth", "--store", str(corpus_store), "--output",
                                 str(output)])
    assert result.exit_code == 0, result.output
    tables = Tables()
    tables.feed(output.read_text(encoding="utf-8"))
    return tables


def section(report: Tables, start: str) -> list[list[str]]:
    return next(rows for heading, rows in report.sections.items() if heading.startswith(start))


def test_every_fact_has_a_quote_found_in_its_document(report: Tables, corpus_store: Path) -> None:
    store = Store(corpus_store)
    # the report leaves officials' contact details out, also from its quotes
    texts = {d["name"]: PHONE_RE.sub("[telephone]", EMAIL_RE.sub("[e-mail]", store.document_text(d["id"])))
             for d in store.manifest()["documents"]}
    facts = [row for heading in ("Inspections", "Recommendations", "People") for row in section(report, heading)]
    assert len(facts) > 20
    for row in facts:
        quote, document = row[-2], row[-1]
        assert quote and quote in texts[document], row


def document_files(store: Path, labels: set[str]) -> set[str]:
    """The file names of the documents a query names by these labels (a title, else the file name)."""
    return {node.first("file_name") or "" for node in Store(store).graph().nodes.values()
            if node.schema == "Document" and (node.first("heading") or node.first("file_name")) in labels}


def test_ratings_and_people_equal_the_canned_rows(report: Tables, corpus_store: Path) -> None:
    ratings = {(r["scope"], r["rating"] or r["score"]) for r in query_rows(corpus_store, "ratings", "area=Portsmouth")}
    shown = {(row[2], row[3]) for row in section(report, "Inspections") if row[2] != "inspection"}
    assert shown == ratings
    documents = document_files(corpus_store, {r["document"] for r in query_rows(corpus_store, "area-profile",
                                                                                "area=Portsmouth")})
    people = {(r["person"], r["relation"]) for r in query_rows(corpus_store, "person-roles") if r["document"] in documents}
    assert {(row[0], row[1]) for row in section(report, "People")} == people


def test_recommendations_carry_their_addressees(report: Tables, corpus_store: Path) -> None:
    expected = {(r["text"], r["addressee"]) for r in query_rows(corpus_store, "recommendations", "area=Portsmouth")}
    shown = {(row[1], row[2]) for row in section(report, "Recommendations")}
    assert expected and expected <= shown


def test_no_contact_details_reach_the_report(report: Tables, corpus_store: Path) -> None:
    graph = Store(corpus_store).graph()
    contacts = {v.text for n in graph.nodes.values() for p in ("email", "phone") for v in n.props.get(p, [])}
    cells = " ".join(cell for rows in report.sections.values() for row in rows for cell in row)
    assert contacts and not [c for c in contacts if c in cells]


def test_links_charts_and_the_neighbourhood_are_inside(report: Tables) -> None:
    links = section(report, "Links to other areas")
    assert links and all(row[2] for row in links)
    assert report.images >= 2
    assert len(report.frames) == 1 and 'id="kg-data"' in report.frames[0]


def test_an_unknown_area_names_the_nearest(corpus_store: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "--area", "Portsmuth", "--store", str(corpus_store), "--output",
                                 str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "nearest: Portsmouth" in result.output
