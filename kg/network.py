"""The networkx view of the resolved graph: one MultiDiGraph that analysis, file exports,
pages and reports all share, with the subgraphs people ask for (a neighbourhood, some types).

Every node has `type` (its schema), `label` (its caption), `area` and `year` (lists: where and
when it sits, read from its documents and inspections) and its own scalar properties; every
edge, keyed by its id, has `type` (the relationship), `relation` (the person's relation for an
involvement, else the relationship in lower case), `role`, `date`, `document` and `quote` (the
evidence it was read from). Lists stay lists here; a writer flattens them if its format must.

    graph = Store(path).graph(include_contacts=False)
    net = select(to_network(graph), around="McGuckian", hops=2, only=["Person", "Document"])
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process

from kg.gazetteer import fold
from kg.graph import Edge, Node, ResolvedGraph

# one colour per node type, readable on white and told apart by most colour-blind readers
TYPE_COLOURS = {
    "Person": "#d62728",
    "Organisation": "#1f77b4",
    "Area": "#2ca02c",
    "Document": "#7f7f7f",
    "Inspection": "#ff7f0e",
    "Rating": "#9467bd",
    "KeyQuestion": "#c5b0d5",
    "Recommendation": "#8c564b",
    "Finding": "#e377c2",
    "Observation": "#17becf",
    "Programme": "#bcbd22",
    "AreaLink": "#393b79",
}
OTHER_COLOUR = "#aaaaaa"
# the types a person names when asking for a neighbourhood (texts such as findings are not names)
NAMED_TYPES = ("Person", "Organisation", "Area", "Document", "Programme", "Inspection")
LABEL_LENGTH = 80
SEED = 7
# ForceAtlas2 in networkx holds n x n arrays: larger components are laid out by communities
LAYOUT_LIMIT = 400


class NameNotFound(LookupError):
    """A name matched no node, or several; the message names the nearest or the candidates."""


def colour(node_type: str) -> str:
    return TYPE_COLOURS.get(node_type, OTHER_COLOUR)


def short_label(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_LENGTH else text[:LABEL_LENGTH - 1].rstrip() + "…"


def year_of(date: str | None) -> str | None:
    return date[:4] if date and date[:4].isdigit() else None


@dataclass
class Place:
    """Where and when a node sits: area names and years."""

    areas: set[str]
    years: set[str]

    def add(self, other: Place) -> None:
        self.areas |= other.areas
        self.years |= other.years


def _own_place(graph: ResolvedGraph, node: Node) -> Place:
    areas = {graph.caption(a) for a in node.values("area") if a in graph.nodes}
    if node.schema == "Area":
        areas.add(graph.caption(node.id))
    dates = [node.first(p) for p in ("published", "fieldwork_start", "fieldwork_end")]
    years = {y for y in map(year_of, dates) if y}
    return Place(areas, years)


# where a node's place is read from, in order: documents and areas have their own; inspections
# take those of their reports too; everything else those of the documents, areas and inspections
# it touches
PLACE_STAGES = (("Inspection", ("Area", "Document")), (None, ("Area", "Document", "Inspection")))
PLACED_BY_THEMSELVES = ("Area", "Document")


def places(graph: ResolvedGraph, nodes: Iterable[str], edges: Sequence[Edge]) -> dict[str, Place]:
    """Each node's areas and years: its own, then those of the documents, inspections and areas
    it touches, and of the document an involvement was read from."""
    place = {n: _own_place(graph, graph.nodes[n]) for n in nodes}
    for schema, sources in PLACE_STAGES:
        gathered: dict[str, Place] = defaultdict(lambda: Place(set(), set()))
        for edge in edges:
            for here, there in ((edge.source, edge.target), (edge.target, edge.source)):
                kind = graph.nodes[here].schema
                if kind in PLACED_BY_THEMSELVES or (kind != schema if schema else kind == "Inspection"):
                    continue
                if graph.nodes[there].schema in sources and there in place:
                    gathered[here].add(place[there])
                for document in edge.values("document"):
                    if document in place:
                        gathered[here].add(place[document])
        for node_id, found in gathered.items():
            place[node_id].add(found)
    return place


def _node_attributes(graph: ResolvedGraph, node: Node, place: Place) -> dict[str, object]:
    schema = graph.model.schemas[node.schema]
    attributes: dict[str, object] = {
        "type": node.schema,
        "label": short_label(graph.caption(node.id)),
        "area": sorted(place.areas),
        "year": sorted(place.years),
        "color": colour(node.schema),
    }
    for prop, values in node.props.items():
        if schema.properties[prop].type != "ref" and prop not in attributes:
            attributes[prop] = [v.text for v in values]
    return attributes


def document_node(document_id: str) -> str:
    """The id of the Document node of a document (as the loaders' context makes it)."""
    return "doc-" + document_id


def _edge_attributes(graph: ResolvedGraph, edge: Edge) -> dict[str, object]:
    evidence = [graph.statement(s) for s in edge.statements if s in graph.statements]
    documents = [document_node(d) for d in dict.fromkeys(s.document_id for s in evidence)]
    published = [graph.nodes[d].first("published") for d in documents if d in graph.nodes]
    return {
        "type": edge.type,
        "relation": edge.first("relation") or edge.type.lower(),
        "role": edge.values("role"),
        "date": next((p for p in published if p), ""),
        "document": list(dict.fromkeys(s.document for s in evidence)),
        "quote": evidence[0].quote if evidence else "",
    }


def to_network(graph: ResolvedGraph, nodes: Iterable[str] | None = None, edges: Iterable[Edge] | None = None
               ) -> nx.MultiDiGraph:
    """The MultiDiGraph of the resolved graph (or of the nodes and edges given)."""
    node_ids = list(graph.nodes if nodes is None else nodes)
    chosen = set(node_ids)
    edge_list = [e for e in (graph.edges if edges is None else edges) if e.source in chosen and e.target in chosen]
    place = places(graph, node_ids, edge_list)
    net = nx.MultiDiGraph()
    for node_id in node_ids:
        net.add_node(node_id, **_node_attributes(graph, graph.nodes[node_id], place[node_id]))
    for edge in edge_list:
        net.add_edge(edge.source, edge.target, key=edge.id, **_edge_attributes(graph, edge))
    return net



def _words(text: str) -> list[str]:
    return fold(text).split()


def find_nodes(net: nx.MultiDiGraph, name: str) -> list[str]:
    """The nodes a name means, as people type it: the whole label in any case, else every named
    node whose label holds all the words typed ("McGuckian" finds "Yvonne McGuckian")."""
    wanted = _words(name)
    if not wanted:
        return []
    exact = [n for n, label in net.nodes(data="label") if _words(label) == wanted]
    if exact:
        return exact
    return [n for n, data in net.nodes(data=True)
            if data["type"] in NAMED_TYPES and set(wanted) <= set(_words(data["label"]))]


def find_node(net: nx.MultiDiGraph, name: str) -> str:
    """The one node a name means; NameNotFound names the nearest names, or the several matched."""
    found = find_nodes(net, name)
    # of several, the one with fewest words besides those typed ("Barking": the area, not its council)
    extra = sorted((len(_words(net.nodes[n]["label"])), n) for n in found)
    if len(found) == 1 or len(found) > 1 and extra[0][0] < extra[1][0]:
        return extra[0][1]
    if found:
        listed = ", ".join(f"{net.nodes[n]['label']} ({net.nodes[n]['type']})" for n in found[:8])
        raise NameNotFound(f"{name!r} matches {len(found)} nodes: {listed}; give more of the name")
    labels = sorted({data["label"] for _, data in net.nodes(data=True) if data["type"] in NAMED_TYPES})
    nearest = [match for match, _score, _index in process.extract(name, labels, scorer=fuzz.token_set_ratio,
                                                                  processor=fold, limit=5, score_cutoff=50)]
    hint = f"; nearest: {', '.join(nearest)}" if nearest else ""
    raise NameNotFound(f"nothing named {name!r} in the graph{hint}")


def node_types(types: Iterable[str], known: Iterable[str]) -> set[str]:
    """The node types named, in any case; NameNotFound for one the graph does not have."""
    by_fold = {t.casefold(): t for t in known}
    chosen = set()
    for name in types:
        if name.strip().casefold() not in by_fold:
            raise NameNotFound(f"no node type {name.strip()!r}: choose from {', '.join(sorted(by_fold.values()))}")
        chosen.add(by_fold[name.strip().casefold()])
    return chosen


def select(net: nx.MultiDiGraph, around: str | None = None, hops: int = 1, only: Iterable[str] = ()
           ) -> nx.MultiDiGraph:
    """The part of the network asked for: the nodes within `hops` of the one named `around`
    (edges followed either way), then only the node types in `only`; the whole network if neither."""
    if around is not None:
        centre = find_node(net, around)
        net = nx.ego_graph(net, centre, radius=hops, undirected=True)
    types = node_types(only, TYPE_COLOURS) if only else set()
    if types:
        net = net.subgraph([n for n, t in net.nodes(data="type") if t in types])
    return nx.MultiDiGraph(net)


def _ordered(graph: nx.Graph, members: Iterable[Any]) -> nx.Graph:
    """The subgraph of the members, nodes and neighbours in sorted order: networkx's views iterate
    sets, whose order changes from one process to the next, and layouts depend on that order."""
    chosen = sorted(members)
    wanted = set(chosen)
    sub = nx.Graph()
    sub.add_nodes_from(chosen)
    sub.add_edges_from((u, v) for u in chosen for v in sorted(graph[u]) if v in wanted)
    return sub


def louvain(graph: nx.Graph, seed: int = SEED) -> list[list[Any]]:
    """Louvain communities (each sorted, ordered by first member) that repeat for a seed: networkx's
    Louvain iterates sets of nodes, whose order for text ids changes from one process to the next,
    so it runs on the nodes numbered in sorted order."""
    ordered = sorted(graph)
    numbered = nx.relabel_nodes(_ordered(graph, ordered), {n: i for i, n in enumerate(ordered)})
    found = nx.community.louvain_communities(numbered, seed=seed)
    return sorted((sorted(ordered[i] for i in community) for community in found), key=lambda c: c[0])


def _fa2(graph: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    sizes = {n: 1 + math.sqrt(graph.degree(n)) for n in graph}
    # each step costs n x n: small components get the steps that make them tidy, big ones fewer
    steps = max(50, min(300, 30_000 // len(graph)))
    positions = nx.forceatlas2_layout(graph, seed=seed, max_iter=steps, scaling_ratio=8.0, gravity=0.5,
                                      node_size=sizes)
    return {n: (float(p[0]), float(p[1])) for n, p in positions.items()}


def _normalised(positions: dict[Any, tuple[float, float]], radius: float) -> dict[Any, tuple[float, float]]:
    """Centred on 0 and scaled to the radius, so that components and communities can be packed."""
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    extent = max(max(math.hypot(x - cx, y - cy) for x, y in positions.values()), 1e-9)
    return {n: ((x - cx) / extent * radius, (y - cy) / extent * radius) for n, (x, y) in positions.items()}


def _component_layout(graph: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    """ForceAtlas2 for a component of up to LAYOUT_LIMIT nodes; a larger one is split into its
    Louvain communities, the communities laid out as one node each, then each inside its place."""
    if len(graph) <= LAYOUT_LIMIT:
        return _normalised(_fa2(graph, seed), math.sqrt(len(graph)))
    communities = louvain(graph, seed)
    if len(communities) == 1:  # no structure to split on: halve it arbitrarily but repeatably
        members = sorted(graph)
        communities = [members[: len(members) // 2], members[len(members) // 2:]]
    quotient = nx.Graph()
    quotient.add_nodes_from(range(len(communities)))
    community_of = {n: index for index, members in enumerate(communities) for n in members}
    quotient.add_edges_from((community_of[u], community_of[v]) for u, v in graph.edges
                            if community_of[u] != community_of[v])
    centres = _normalised(_component_layout(quotient, seed), 2.2 * math.sqrt(len(graph)))
    positions: dict[str, tuple[float, float]] = {}
    for index, members in enumerate(communities):
        cx, cy = centres[index]
        inner = _component_layout(_ordered(graph, members), seed)
        positions.update({n: (cx + x, cy + y) for n, (x, y) in inner.items()})
    return positions


def layout(net: nx.MultiDiGraph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Positions for every node, repeatable for a seed: each connected component laid out with
    ForceAtlas2, then the components packed in rows, largest first."""
    simple = nx.Graph(net.to_undirected(as_view=True))
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    row_width = 4 * math.sqrt(len(simple) or 1)
    for members in components:
        local = _component_layout(_ordered(simple, members), seed)
        radius = max(math.sqrt(len(members)), 1.0) + 1.0
        if x + 2 * radius > row_width and x > 0:
            x, y, row_height = 0.0, y - row_height, 0.0
        positions.update({n: (x + radius + px, y - radius + py) for n, (px, py) in local.items()})
        x += 2 * radius
        row_height = max(row_height, 2 * radius)
    return positions


def laid_out(net: nx.MultiDiGraph, seed: int = SEED) -> nx.MultiDiGraph:
    """The network with `x`, `y` and `size` (by degree) on every node."""
    for node, (x, y) in layout(net, seed).items():
        net.nodes[node].update(x=round(x, 3), y=round(y, 3), size=round(2 + 1.5 * math.sqrt(net.degree(node)), 2))
    return net


@dataclass(frozen=True)
class Fact:
    """One thing the graph says about a node, with the quote and document it was read from."""

    label: str
    value: str
    quote: str
    document: str


def facts_by_node(graph: ResolvedGraph, node_ids: Iterable[str]) -> dict[str, list[Fact]]:
    """Every property of each node, then every edge it has, each with its first quote."""
    facts: dict[str, list[Fact]] = {n: [] for n in node_ids}
    for node_id, found in facts.items():
        node = graph.nodes[node_id]
        schema = graph.model.schemas[node.schema]
        for prop, values in node.props.items():
            spec = schema.properties[prop]
            for value in values:
                shown = graph.caption(value.text) if spec.type == "ref" else value.text
                s = graph.statement(value.statements[0])
                found.append(Fact(spec.label, shown, s.quote, s.document))
    for edge in graph.edges:
        if not edge.statements:
            continue
        s = graph.statement(edge.statements[0])
        relation = edge.first("relation") or edge.type.lower().replace("_", " ")
        for here, other, arrow in ((edge.source, edge.target, "→"), (edge.target, edge.source, "←")):
            if here in facts:
                facts[here].append(Fact(relation, f"{arrow} {short_label(graph.caption(other))}", s.quote,
                                        s.document))
    return facts
