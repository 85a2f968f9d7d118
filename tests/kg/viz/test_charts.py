"""Charts checked for content: the data behind each mark equals the rows of the canned queries
(SPARQL on the store), and the drawn marks (cells, bars, labels) equal that data."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.comparators import NATIONAL
from kg.graph import ResolvedGraph, build_graph
from kg.resolve import resolve
from kg.store import Store
from kg.viz.charts import (
    LEVELS,
    draw_ratings,
    draw_reoffending,
    draw_themes,
    draw_timeline,
    ratings_data,
    reoffending_data,
    themes_data,
    timeline_data,
)
from tests.conftest import load_text, query_rows

runner = CliRunner()


@pytest.fixture(scope="module")
def graph(corpus_store: Path) -> ResolvedGraph:
    return Store(corpus_store).graph(include_contacts=False)


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_the_ratings_heat_map_shows_every_rating_of_the_store(corpus_store: Path, graph: ResolvedGraph) -> None:
    data = ratings_data(graph)
    expected = {(r["area"], r["scope"], r["rating"]) for r in query_rows(corpus_store, "ratings") if r["rating"]}
    assert {(data.areas[row], scope, written) for (row, scope), (written, _) in data.cells.items()} == expected
    ax = draw_ratings(data).axes[0]
    image = ax.images[0].get_array()
    texts = {(round(t.get_position()[1]), round(t.get_position()[0])): one_line(t.get_text()) for t in ax.texts}
    for (row, scope), (written, normalised) in data.cells.items():
        r, c = data.rows.index(row), data.columns.index(scope)
        assert texts[r, c] == one_line(written)
        if normalised in LEVELS:
            assert image[r, c] == LEVELS.index(normalised)
        else:
            assert np.ma.is_masked(image[r, c])
    assert [t.get_text() for t in ax.get_yticklabels()] == data.rows
    assert len(texts) == len(data.cells)


def test_reoffending_bars_are_the_rates_and_national_averages(corpus_store: Path, graph: ResolvedGraph) -> None:
    data = reoffending_data(graph)
    rows = query_rows(corpus_store, "metrics", "metric=reoffending_rate")
    national = {(r["area"], float(r["value"]), r["period"]): float(r["comparator_value"]) for r in rows
                if r["comparator"] == NATIONAL}
    expected = sorted((area, rate, national.get((area, rate, period)), period)
                      for area, rate, period in {(r["area"], float(r["value"]), r["period"]) for r in rows})
    assert sorted(zip(data.areas, data.rates, data.national, data.periods, strict=True)) == expected
    ax = draw_reoffending(data).axes[0]
    area_bars, national_bars = ax.containers
    assert [b.get_height() for b in area_bars] == data.rates
    assert [b.get_height() for b in national_bars] == data.national
    assert [t.get_text().split("\n")[0] for t in ax.get_xticklabels()] == data.areas
    assert any(t.get_text().startswith("Sources: ") and "003_7f08350e2b0dc4b1.txt" in t.get_text()
               for t in ax.figure.texts)


def test_each_rate_is_one_bar_against_england_and_wales() -> None:
    """A rate given against the nation and the region is one bar, beside the England and Wales figure (the regional
    one is no national average), and the legend names the comparator."""
    loaded = load_text("Harrowmere Youth Justice Board\n\nMinutes\n\nReoffending (binary): Harrowmere 34.2%, "
                       "South West 36.0%, England and Wales 32.1%.\n")
    data = reoffending_data(build_graph(loaded.statements, resolve(loaded.statements)))
    assert list(zip(data.areas, data.rates, data.national, strict=True)) == [("Harrowmere", 34.2, 32.1)]
    ax = draw_reoffending(data).axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["area", f"{NATIONAL}, same period"]


def test_themes_count_the_recommendations_of_each_area(corpus_store: Path, graph: ResolvedGraph) -> None:
    data = themes_data(graph)
    expected: Counter[tuple[str, str]] = Counter()
    for row in query_rows(corpus_store, "recommendations"):
        for theme in filter(None, row["themes"].split("; ")):
            expected[row["area"], theme] += 1
    assert Counter(data.counts) == expected
    ax = draw_themes(data).axes[0]
    image = ax.images[0].get_array()
    for (area, theme), count in data.counts.items():
        assert image[data.areas.index(area), data.themes.index(theme)] == count
    assert sum(int(t.get_text()) for t in ax.texts) == sum(expected.values())


def test_the_timeline_of_an_area(corpus_store: Path, graph: ResolvedGraph) -> None:
    data = timeline_data(graph, "portsmouth")
    ratings = query_rows(corpus_store, "ratings", "area=Portsmouth")
    recommendations = [r for r in query_rows(corpus_store, "area-profile", "area=Portsmouth") if r["kind"] == "recommendation"]
    assert sum(sum(counts) for counts in data.ratings.values()) == len(ratings) > 0
    assert sum(data.recommendations) == len(recommendations) > 0
    ax = draw_timeline(data).axes[0]
    *rating_bars, recommendation_bars = ax.containers
    assert [b.get_height() for b in recommendation_bars] == data.recommendations
    assert sum(b.get_height() for bars in rating_bars for b in bars) == len(ratings)


def test_kg_chart_writes_png_and_svg_and_says_what_is_wrong(corpus_store: Path, tmp_path: Path) -> None:
    png = tmp_path / "ratings.png"
    result = runner.invoke(app, ["chart", "ratings", "--store", str(corpus_store), "--output", str(png)])
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = tmp_path / "portsmouth.svg"
    result = runner.invoke(app, ["chart", "timeline", "--area", "Portsmouth", "--store", str(corpus_store),
                                 "--output", str(svg)])
    assert result.exit_code == 0 and "<svg" in svg.read_text(encoding="utf-8")
    missing = runner.invoke(app, ["chart", "timeline", "--store", str(corpus_store), "--output", str(svg)])
    assert missing.exit_code == 2 and "--area" in missing.output
