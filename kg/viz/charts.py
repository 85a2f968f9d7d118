"""Charts of the findings, drawn with matplotlib from the resolved graph: ratings per area and
standard (a heat map), each area's reoffending rate against England and Wales in the same
period, themes of recommendations by area, and one area's inspections over time. Every chart
names its sources (documents and dates) beneath it.

Each chart is its data first (a function the tests call and compare with the canned queries'
rows), then a drawing of exactly that data:

    data = ratings_data(Store(path).graph(include_contacts=False))
    save(draw_ratings(data), Path("ratings.png"))
"""

from __future__ import annotations

import textwrap
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import matplotlib

matplotlib.use("Agg")  # files only: no display is needed or wanted

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.colors import ListedColormap  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from kg.comparators import NATIONAL  # noqa: E402
from kg.graph import Node, ResolvedGraph  # noqa: E402

# normalised ratings, worst to best, with their colours
LEVELS = ("Inadequate", "Requires improvement", "Good", "Outstanding")
LEVEL_COLOURS = ("#d7301f", "#fdae61", "#a6d96a", "#1a9641")
SCORE_ONLY = "score only"
REOFFENDING = "reoffending_rate"
CHART_KINDS = ("ratings", "reoffending", "themes", "timeline")


class ChartError(ValueError):
    """The graph holds nothing to draw for the chart asked (the message says what is missing)."""


@dataclass
class Sources:
    """The documents behind a chart, each with its publication date when known."""

    documents: dict[str, str] = field(default_factory=dict)

    def add(self, graph: ResolvedGraph, statement_ids: Iterable[str]) -> None:
        for sid in statement_ids:
            s = graph.statement(sid)
            if s.document not in self.documents:
                node = graph.nodes.get("doc-" + s.document_id)
                self.documents[s.document] = (node.first("published") if node else None) or ""

    def caption(self) -> str:
        listed = "; ".join(f"{name} ({date})" if date else name for name, date in sorted(self.documents.items()))
        return "Sources: " + listed if listed else "Sources: none"


def _ref(graph: ResolvedGraph, node: Node, prop: str) -> Node | None:
    target = node.first(prop)
    return graph.nodes.get(target) if target else None


def _inspection_date(inspection: Node) -> str:
    return next((d for d in (inspection.first(p) for p in ("published", "fieldwork_start", "fieldwork_end")) if d), "")


def _area_of(graph: ResolvedGraph, node: Node) -> str | None:
    """A finding's, recommendation's or observation's area: its own, else its inspection's."""
    area = _ref(graph, node, "area")
    inspection = _ref(graph, node, "inspection")
    if area is None and inspection is not None:
        area = _ref(graph, inspection, "area")
    return graph.caption(area.id) if area else None


def _is(name: str, wanted: str | None) -> bool:
    """Whether an area's name is the one asked for (any case), or no area was asked for."""
    return wanted is None or name.casefold() == wanted.casefold()


def _evidence(node: Node) -> list[str]:
    return [sid for values in node.props.values() for v in values for sid in v.statements]


@dataclass
class RatingsChart:
    rows: list[str]  # one per inspection: "area (type, date)"
    columns: list[str]  # scopes
    cells: dict[tuple[str, str], tuple[str, str | None]]  # (row, scope) -> (rating, normalised)
    areas: dict[str, str]  # row -> area
    sources: Sources


def ratings_data(graph: ResolvedGraph, area: str | None = None) -> RatingsChart:
    """Every rating of an inspection (of one area, if named), by inspection and scope; scores
    without a rating are left to the timeline."""
    cells: dict[tuple[str, str], tuple[str, str | None]] = {}
    areas: dict[str, str] = {}
    sources = Sources()
    for node in graph.nodes.values():
        inspection = _ref(graph, node, "inspection") if node.schema == "Rating" else None
        place = _ref(graph, inspection, "area") if inspection else None
        # a score without a rating (a theme's share of cases done well) is not a rating: not drawn here
        if inspection is None or place is None or not node.first("scope") or not node.first("rating") \
                or not _is(graph.caption(place.id), area):
            continue
        name = graph.caption(place.id)
        row = f"{name} ({graph.caption(inspection.id)}, {_inspection_date(inspection) or 'undated'})"
        cells[row, node.first("scope") or ""] = (node.first("rating") or "", node.first("normalised"))
        areas[row] = name
        sources.add(graph, _evidence(node))
    rows = sorted(areas, key=lambda r: (areas[r], r))
    columns = sorted({scope for _, scope in cells})
    return RatingsChart(rows, columns, cells, areas, sources)


def draw_ratings(data: RatingsChart) -> Figure:
    if not data.cells:
        raise ChartError("the graph holds no ratings of inspections")
    scores = np.ma.masked_all((len(data.rows), len(data.columns)))
    fig, ax = plt.subplots(figsize=(max(8, 0.7 * len(data.columns) + 5), max(3, 0.5 * len(data.rows) + 2.5)))
    for (row, scope), (written, normalised) in data.cells.items():
        r, c = data.rows.index(row), data.columns.index(scope)
        if normalised in LEVELS:
            scores[r, c] = LEVELS.index(normalised)
        ax.text(c, r, textwrap.fill(written, 11, break_long_words=False), ha="center", va="center", fontsize=5.5)
    ax.imshow(scores, cmap=ListedColormap(LEVEL_COLOURS), vmin=-0.5, vmax=len(LEVELS) - 0.5, aspect="auto")
    ax.set_xticks(range(len(data.columns)), [textwrap.fill(c, 22) for c in data.columns], rotation=90, fontsize=7)
    ax.set_yticks(range(len(data.rows)), data.rows, fontsize=8)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colour) for colour in LEVEL_COLOURS]
    ax.legend(handles, LEVELS, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7, title="normalised rating")
    ax.set_title("Ratings per area and standard (text: the rating, its scale's label)")
    return _with_sources(fig, data.sources)


@dataclass
class ReoffendingChart:
    areas: list[str]
    rates: list[float]
    national: list[float | None]
    periods: list[str]
    sources: Sources


def reoffending_data(graph: ResolvedGraph, area: str | None = None) -> ReoffendingChart:
    """Each area's reoffending rates (of one area, if named), one bar a rate and period however many comparators the
    documents give it, with the England and Wales figure given beside (a regional or family figure is no national
    average)."""
    national: dict[tuple[str, float, str], float | None] = {}
    sources = Sources()
    for node in graph.nodes.values():
        if node.schema != "Observation" or node.first("metric") != REOFFENDING or not node.first("value"):
            continue
        place = _area_of(graph, node)
        if place is None or not _is(place, area):
            continue
        bar = (place, float(node.first("value") or 0), node.first("period") or "")
        compared = node.first("comparator_value")
        national.setdefault(bar, None)
        if node.first("comparator") == NATIONAL and compared:
            national[bar] = float(compared)
        sources.add(graph, _evidence(node))
    bars = sorted(national)
    return ReoffendingChart([b[0] for b in bars], [b[1] for b in bars], [national[b] for b in bars],
                            [b[2] for b in bars], sources)


def draw_reoffending(data: ReoffendingChart) -> Figure:
    if not data.areas:
        raise ChartError("the graph holds no reoffending rates")
    fig, ax = plt.subplots(figsize=(max(7, 1.1 * len(data.areas) + 3), 4.8))
    positions = np.arange(len(data.areas))
    ax.bar(positions - 0.2, data.rates, 0.4, label="area", color="#d62728")
    ax.bar(positions + 0.2, [n if n is not None else 0 for n in data.national], 0.4,
           label=f"{NATIONAL}, same period", color="#7f7f7f")
    labels = [f"{a}\n{textwrap.fill(p, 18)}" if p else a for a, p in zip(data.areas, data.periods, strict=True)]
    ax.set_xticks(positions, labels, fontsize=7)
    ax.set_ylabel("proven reoffending rate (%)")
    ax.set_title(f"Reoffending rate of each area against\n{NATIONAL} in the same period")
    ax.legend(fontsize=8)
    return _with_sources(fig, data.sources)


@dataclass
class ThemesChart:
    areas: list[str]
    themes: list[str]
    counts: dict[tuple[str, str], int]  # (area, theme) -> recommendations
    sources: Sources


def themes_data(graph: ResolvedGraph, area: str | None = None) -> ThemesChart:
    """How many recommendations of each area (or of the one named) carry each theme."""
    counts: Counter[tuple[str, str]] = Counter()
    sources = Sources()
    for node in graph.nodes.values():
        if node.schema != "Recommendation":
            continue
        place = _area_of(graph, node)
        if place is None or not _is(place, area):
            continue
        for theme in node.values("theme"):
            counts[place, theme] += 1
        if node.values("theme"):
            sources.add(graph, _evidence(node))
    return ThemesChart(sorted({a for a, _ in counts}), sorted({t for _, t in counts}), dict(counts), sources)


def draw_themes(data: ThemesChart) -> Figure:
    if not data.counts:
        raise ChartError("the graph holds no recommendations with themes")
    matrix = np.zeros((len(data.areas), len(data.themes)))
    fig, ax = plt.subplots(figsize=(max(7, 0.6 * len(data.themes) + 4), max(3, 0.5 * len(data.areas) + 2.5)))
    for (area, theme), count in data.counts.items():
        r, c = data.areas.index(area), data.themes.index(theme)
        matrix[r, c] = count
        ax.text(c, r, str(count), ha="center", va="center", fontsize=8)
    ax.imshow(matrix, cmap="Blues", vmin=0, vmax=max(matrix.max(), 1) * 1.6, aspect="auto")
    ax.set_xticks(range(len(data.themes)), [t.replace("_", " ") for t in data.themes], rotation=60, ha="right",
                  fontsize=8)
    ax.set_yticks(range(len(data.areas)), data.areas, fontsize=8)
    ax.set_title("Themes of recommendations by area (number of recommendations)")
    return _with_sources(fig, data.sources)


@dataclass
class TimelineChart:
    area: str
    inspections: list[str]  # "date\ntype", in date order
    ratings: dict[str, list[int]]  # level (or SCORE_ONLY) -> count per inspection
    recommendations: list[int]
    sources: Sources


def timeline_data(graph: ResolvedGraph, area: str) -> TimelineChart:
    """One area's inspections in date order, with how its standards were rated and how many
    recommendations each made. `area` is matched without regard to case."""
    wanted = area.casefold()
    inspections = sorted((n for n in graph.nodes.values() if n.schema == "Inspection"
                          and (_area_of(graph, n) or "").casefold() == wanted), key=_inspection_date)
    if not inspections:
        known = sorted({graph.caption(n.id) for n in graph.nodes.values() if n.schema == "Area"})
        raise ChartError(f"no inspection of an area named {area!r} (areas: {', '.join(known)})")
    index = {n.id: i for i, n in enumerate(inspections)}
    ratings: dict[str, list[int]] = defaultdict(lambda: [0] * len(inspections))
    recommendations = [0] * len(inspections)
    sources = Sources()
    for node in inspections:
        sources.add(graph, _evidence(node))
    for node in graph.nodes.values():
        inspection = node.first("inspection")
        if inspection not in index:
            continue
        if node.schema == "Rating":
            ratings[node.first("normalised") or SCORE_ONLY][index[inspection]] += 1
        elif node.schema == "Recommendation":
            recommendations[index[inspection]] += 1
        else:
            continue
        sources.add(graph, _evidence(node))
    labels = [f"{_inspection_date(n) or 'undated'}\n{graph.caption(n.id)}" for n in inspections]
    name = graph.caption(_ref(graph, inspections[0], "area").id)  # type: ignore[union-attr]
    return TimelineChart(name, labels, dict(ratings), recommendations, sources)


def draw_timeline(data: TimelineChart) -> Figure:
    fig, ax = plt.subplots(figsize=(max(6, 1.8 * len(data.inspections) + 3), 4.8))
    positions = np.arange(len(data.inspections))
    bottom = np.zeros(len(data.inspections))
    for level, colour in (*zip(LEVELS, LEVEL_COLOURS, strict=True), (SCORE_ONLY, "#bdbdbd")):
        if level in data.ratings:
            counts = np.array(data.ratings[level])
            ax.bar(positions - 0.2, counts, 0.4, bottom=bottom, color=colour, label=f"rated {level}")
            bottom += counts
    ax.bar(positions + 0.2, data.recommendations, 0.4, color="#8c564b", label="recommendations")
    ax.set_xticks(positions, data.inspections, fontsize=8)
    ax.set_ylabel("standards rated / recommendations made")
    ax.set_title(f"{data.area}: inspections, ratings and\nrecommendations over time")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    return _with_sources(fig, data.sources)


def _with_sources(fig: Figure, sources: Sources) -> Figure:
    fig.text(0.01, 0.005, textwrap.fill(sources.caption(), 160), fontsize=6, va="bottom", color="#444444")
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig


def chart(graph: ResolvedGraph, kind: str, area: str | None = None) -> Figure:
    """The named chart of the graph (`timeline` needs an area)."""
    if kind == "ratings":
        return draw_ratings(ratings_data(graph, area))
    if kind == "reoffending":
        return draw_reoffending(reoffending_data(graph, area))
    if kind == "themes":
        return draw_themes(themes_data(graph, area))
    if kind == "timeline":
        if not area:
            raise ChartError("the timeline is of one area: give --area NAME")
        return draw_timeline(timeline_data(graph, area))
    raise ChartError(f"unknown chart {kind!r}: choose {', '.join(CHART_KINDS)}")


def save_to(fig: Figure, output: Path | BinaryIO, image_format: str) -> None:
    """Write the figure as `png` or `svg` and let it go."""
    fig.savefig(output, format=image_format, dpi=150)
    plt.close(fig)


def save(fig: Figure, output: Path) -> None:
    """Write the figure as PNG or SVG, by the file's suffix."""
    if output.suffix.lower() not in (".png", ".svg"):
        raise ChartError(f"{output.name}: a chart is written as .png or .svg")
    save_to(fig, output, output.suffix.lower()[1:])
