"""The offline graph page: one self-contained HTML file, sigma.js and graphology bundled inside,
positions precomputed in Python, that shows the graph with search, filters (node type,
relation, area, year), a side panel of facts each with its quote and document, shortest
paths, a legend of colours, labels by zoom and a cap on what is drawn for big graphs.

The data rides in a JSON script element; document text is hostile, so every "<", ">" and "&"
in it is written as a JSON escape and the page only ever sets text, never markup.

    html = graph_page(laid_out(net), facts_by_node(graph, net.nodes), title="kg")
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from importlib import resources

import networkx as nx

from kg.network import TYPE_COLOURS, Fact, colour, facts_by_node
from kg.viz.exports import NetworkWriter

VENDORED = ("graphology-0.26.0.umd.min.js", "sigma-3.0.2.min.js")
# past this many nodes passing the filters, only the best-connected are drawn (said on the page)
DRAWN_CAP = 5000
# characters that could end the script element or start markup, and the two JSON allows but JS did not
PLACEHOLDER = re.compile(r"\{\{(?:title|data|graphology|sigma)\}\}")
JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def page_file(name: str) -> str:
    return resources.files("kg.viz").joinpath(name).read_text(encoding="utf-8")


def script_json(value: object) -> str:
    """JSON that is safe inside a <script> element whatever the strings hold."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "".join(JSON_ESCAPES.get(c, c) for c in text)


class Index:
    """Small integers for repeated strings (types, relations, areas, documents) to keep pages small."""

    def __init__(self, values: Sequence[str] = ()) -> None:
        self.values: list[str] = list(values)
        self.positions = {v: i for i, v in enumerate(self.values)}

    def __call__(self, value: str) -> int:
        if value not in self.positions:
            self.positions[value] = len(self.values)
            self.values.append(value)
        return self.positions[value]


def page_data(net: nx.MultiDiGraph, facts: Mapping[str, Sequence[Fact]], cap: int = DRAWN_CAP) -> dict[str, object]:
    """The page's data: nodes and edges as compact rows, with the lists they index into."""
    present = sorted({t for _, t in net.nodes(data="type")}, key=lambda t: (t not in TYPE_COLOURS, t))
    types = Index(present)
    areas = Index(sorted({a for _, d in net.nodes(data=True) for a in d["area"]}))
    relations = Index(sorted({d["relation"] for *_, d in net.edges(data=True)}))
    documents = Index()
    order = {node: i for i, node in enumerate(net.nodes)}
    nodes = [[d["label"], types(d["type"]), d["x"], d["y"], d["size"], [areas(a) for a in d["area"]], list(d["year"])]
             for _, d in net.nodes(data=True)]
    edges = [[order[s], order[t], relations(d["relation"]), d["date"], [documents(x) for x in d["document"]],
              d["quote"]] for s, t, d in net.edges(data=True)]
    node_facts = {order[node]: [[f.label, f.value, f.quote, documents(f.document)] for f in found]
                  for node, found in facts.items() if node in order and found}
    return {
        "types": [[t, colour(t)] for t in types.values],
        "relations": relations.values,
        "areas": areas.values,
        "years": sorted({y for _, d in net.nodes(data=True) for y in d["year"]}),
        "documents": documents.values,
        "nodes": nodes,
        "edges": edges,
        "facts": node_facts,
        "cap": cap,
    }


def graph_page(net: nx.MultiDiGraph, facts: Mapping[str, Sequence[Fact]], title: str, cap: int = DRAWN_CAP) -> str:
    """The whole page as one string: template, vendored scripts and data."""
    graphology, sigma = (page_file(f"vendor/{name}") for name in VENDORED)
    parts = {
        "{{title}}": title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
        "{{data}}": script_json(page_data(net, facts, cap)),
        "{{graphology}}": graphology,
        "{{sigma}}": sigma,
    }
    # one pass over the template, so that nothing inserted is read again as a placeholder
    return PLACEHOLDER.sub(lambda m: parts[m.group(0)], page_file("graph_page.html"))


class HtmlWriter(NetworkWriter):
    """The offline interactive page (kg export html)."""

    opens_with = "open it in a web browser; it needs no network"

    def render(self, net: nx.MultiDiGraph) -> bytes:
        facts = facts_by_node(self.graph, net.nodes)
        where = f" around {self.options.around}" if self.options.around else ""
        return graph_page(net, facts, f"kg graph{where}: {net.number_of_nodes()} nodes").encode("utf-8")
