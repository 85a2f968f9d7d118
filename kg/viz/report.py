"""The area briefing: one offline HTML page per area with its inspections and ratings over time,
its recommendations and whom they are addressed to, the people in its documents with their
roles, its links to other areas through people, the charts, and its neighbourhood as the
interactive graph page; every fact with the quote and document it was read from.

Everything is escaped text; the charts are embedded as images and the graph page inside a
frame of its own, so the file opens anywhere without a network.

    html = area_report(Store(path).graph(include_contacts=False), "Portsmouth")
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from kg.analysis import area_connections
from kg.graph import Node, ResolvedGraph
from kg.network import facts_by_node, find_node, laid_out, select, to_network
from kg.viz.charts import (
    ChartError,
    draw_ratings,
    draw_reoffending,
    draw_themes,
    draw_timeline,
    ratings_data,
    reoffending_data,
    save_to,
    themes_data,
    timeline_data,
)
from kg.viz.page import graph_page

NEIGHBOURHOOD_HOPS = 2
STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; color: #222; max-width: 1200px; margin: 0 auto; padding: 16px; }
h1 { margin-bottom: 0; } h2 { margin-top: 32px; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #eee; }
th { background: #f6f6f6; }
q { display: block; color: #444; font-style: italic; white-space: pre-wrap; }
q::before, q::after { content: ""; }
cite { color: #777; font-size: 12px; font-style: normal; }
img { max-width: 100%; border: 1px solid #eee; margin: 8px 0; }
iframe { width: 100%; height: 720px; border: 1px solid #ddd; }
.muted { color: #777; }
"""


class ReportError(LookupError):
    """No such area, said with the nearest names."""


@dataclass(frozen=True)
class Row:
    """One fact of the report: its cells, then the quote and document it was read from."""

    cells: tuple[str, ...]
    quote: str
    document: str


def _evidence(graph: ResolvedGraph, statement_ids: Sequence[str]) -> tuple[str, str]:
    if not statement_ids:
        return "", ""
    s = graph.statement(statement_ids[0])
    return s.quote, s.document


def _value_evidence(graph: ResolvedGraph, node: Node, prop: str) -> tuple[str, str]:
    values = node.props.get(prop)
    return _evidence(graph, values[0].statements) if values else ("", "")


def _date(node: Node) -> str:
    return next((d for d in (node.first(p) for p in ("published", "fieldwork_start", "fieldwork_end")) if d), "")


def find_area(graph: ResolvedGraph, name: str) -> Node:
    """The area a name means, as people type it; ReportError names the nearest areas."""
    from kg.network import NameNotFound

    areas = select(to_network(graph), only=["Area"])
    try:
        return graph.nodes[find_node(areas, name)]
    except NameNotFound as exc:
        raise ReportError(str(exc)) from None


def inspection_rows(graph: ResolvedGraph, area: Node) -> list[Row]:
    inspections = {n.id: n for n in graph.nodes.values() if n.schema == "Inspection" and area.id in n.values("area")}
    rows = [Row((_date(i), graph.caption(i.id), "inspection", ""), *_value_evidence(graph, i, "inspection_type"))
            for i in inspections.values()]
    for node in graph.nodes.values():
        if node.schema == "Rating" and node.first("inspection") in inspections:
            inspection = inspections[node.first("inspection") or ""]
            written = node.first("rating") or (f"{node.first('percent')}%" if node.first("percent") else "")
            prop = "rating" if node.first("rating") else "percent"
            rows.append(Row((_date(inspection), graph.caption(inspection.id), node.first("scope") or "", written),
                            *_value_evidence(graph, node, prop)))
    return sorted(rows, key=lambda r: (r.cells[0], r.cells[1], r.cells[2] != "", r.cells[2]))


def area_documents(graph: ResolvedGraph, area: Node) -> set[str]:
    return {n.id for n in graph.nodes.values() if n.schema == "Document" and area.id in n.values("area")}


def recommendation_rows(graph: ResolvedGraph, area: Node) -> list[Row]:
    inspections = {n.id for n in graph.nodes.values() if n.schema == "Inspection" and area.id in n.values("area")}
    documents = area_documents(graph, area)
    rows = []
    for node in graph.nodes.values():
        if node.schema != "Recommendation" or not (set(node.values("inspection")) & inspections
                                                   or set(node.values("document")) & documents):
            continue
        addressed = "; ".join(graph.caption(o) for o in node.values("addressed_to"))
        rows.append(Row((node.first("number") or "", node.first("text") or "", node.first("addressee") or "",
                         addressed, "; ".join(node.values("theme"))), *_value_evidence(graph, node, "text")))
    return sorted(rows, key=lambda r: (r.document, float(r.cells[0]) if r.cells[0] else 0.0, r.cells[1]))


def people_rows(graph: ResolvedGraph, area: Node) -> list[Row]:
    documents = area_documents(graph, area)
    rows = []
    for edge in graph.edges:
        if edge.type == "INVOLVED_IN" and edge.target in documents:
            organisations = "; ".join(graph.caption(o) for o in edge.values("organisation"))
            rows.append(Row((graph.caption(edge.source), edge.first("relation") or "", "; ".join(edge.values("role")),
                             organisations), *_evidence(graph, edge.statements)))
    return sorted(rows, key=lambda r: (r.cells[0], r.cells[1], r.document))


def _table(columns: Sequence[str], rows: Iterable[Row]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in (*columns, "quote and document"))
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row.cells)
                   + f"<td><q>{escape(row.quote)}</q><cite>{escape(row.document)}</cite></td></tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>" if body else \
        '<p class="muted">None in the graph.</p>'


def _plain_table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>" if body else \
        '<p class="muted">None in the graph.</p>'


def _charts(graph: ResolvedGraph, name: str) -> str:
    drawn = []
    for draw in (lambda: draw_timeline(timeline_data(graph, name)), lambda: draw_ratings(ratings_data(graph, name)),
                 lambda: draw_reoffending(reoffending_data(graph, name)), lambda: draw_themes(themes_data(graph, name))):
        try:
            figure = draw()
        except ChartError:
            continue  # a chart with nothing to show for this area is left out
        buffer = io.BytesIO()
        save_to(figure, buffer, "png")
        drawn.append(f'<img alt="chart" src="data:image/png;base64,{base64.b64encode(buffer.getvalue()).decode()}">')
    return "".join(drawn) or '<p class="muted">No charts: the graph holds no ratings, rates or themes here.</p>'


def _neighbourhood(graph: ResolvedGraph, name: str) -> str:
    net = laid_out(select(to_network(graph), around=name, hops=NEIGHBOURHOOD_HOPS))
    page = graph_page(net, facts_by_node(graph, net.nodes), f"{name}: {NEIGHBOURHOOD_HOPS} steps around")
    return f'<iframe title="graph" srcdoc="{escape(page, quote=True)}"></iframe>'


def area_report(graph: ResolvedGraph, name: str) -> str:
    """The whole briefing page of one area."""
    area = find_area(graph, name)
    title = graph.caption(area.id)
    links = [(c.other_area, str(len(c.through)), "; ".join(c.through))
             for c in area_connections(to_network(graph)) if c.area == title]
    sections = [
        ("Inspections and ratings over time", _table(["date", "inspection", "scope", "rating"],
                                                      inspection_rows(graph, area))),
        ("Recommendations", _table(["number", "recommendation", "addressee as written", "addressed to", "themes"],
                                   recommendation_rows(graph, area))),
        ("People in its documents", _table(["person", "relation", "role as written", "organisation"],
                                           people_rows(graph, area))),
        ("Links to other areas through people (their quotes are under People)",
         _plain_table(["other area", "people and organisations", "through"], links)),
        ("Charts", _charts(graph, title)),
        (f"Its neighbourhood in the graph ({NEIGHBOURHOOD_HOPS} steps)", _neighbourhood(graph, title)),
    ]
    body = "".join(f"<h2>{escape(heading)}</h2>{content}" for heading, content in sections)
    policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            f"<title>{escape(title)}: briefing</title><style>{STYLE}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class=\"muted\">A briefing from the kg graph: every fact with the quote and "
            f"document it was read from.</p>{body}</body></html>")
