"""Network analysis of the graph across areas: who bridges areas, which communities form, how
areas connect and through whom, and which inspectors covered which areas when.

Everything here reads the networkx view (kg/network.py), so `kg analyze --around NAME` analyses
the same neighbourhood that `kg export --around NAME` draws. A person or organisation is linked
to an area through the documents they appear in (see `kg.network.places`).

    net = to_network(Store(path).graph(include_contacts=False))
    for row in bridges(net): print(row.name, row.areas)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from kg.network import SEED, louvain

BRIDGING_TYPES = ("Person", "Organisation")
INSPECTOR_RELATIONS = ("lead_inspector", "deputy_lead_inspector", "inspection_team", "head_of_inspections",
                       "chief_inspector")
# exact betweenness is cubic: past this many nodes it is estimated from a seeded sample of sources
EXACT_BETWEENNESS_LIMIT = 3000
BETWEENNESS_SAMPLE = 500


def _betweenness(graph: nx.Graph) -> dict[str, float]:
    if len(graph) > EXACT_BETWEENNESS_LIMIT:
        return nx.betweenness_centrality(graph, k=BETWEENNESS_SAMPLE, seed=SEED)
    return nx.betweenness_centrality(graph)


def person_area_graph(net: nx.MultiDiGraph) -> nx.Graph:
    """The bipartite graph of people and organisations (one side) and the areas they are linked to."""
    bipartite = nx.Graph()
    for node, data in net.nodes(data=True):
        if data["type"] in BRIDGING_TYPES:
            bipartite.add_node(node, bipartite=0)
            for area in data["area"]:
                bipartite.add_edge(node, f"area:{area}")
    for node in bipartite:
        bipartite.nodes[node].setdefault("bipartite", 1)
    return bipartite


@dataclass(frozen=True)
class Bridge:
    name: str
    type: str
    areas: tuple[str, ...]
    betweenness_areas: float  # on the person-area bipartite graph
    betweenness_graph: float  # on the whole graph, edges undirected


def bridges(net: nx.MultiDiGraph, minimum_areas: int = 2) -> list[Bridge]:
    """People and organisations linked to at least `minimum_areas` areas, those linking most first."""
    on_areas = _betweenness(person_area_graph(net))
    on_graph = _betweenness(nx.Graph(net))
    rows = [Bridge(data["label"], data["type"], tuple(data["area"]), on_areas.get(node, 0.0), on_graph[node])
            for node, data in net.nodes(data=True)
            if data["type"] in BRIDGING_TYPES and len(data["area"]) >= minimum_areas]
    return sorted(rows, key=lambda b: (-len(b.areas), -b.betweenness_areas, b.name))


@dataclass(frozen=True)
class Community:
    number: int
    size: int
    areas: tuple[str, ...]  # the areas its members sit in, most members first
    people: tuple[str, ...]  # its best-connected people
    types: tuple[str, ...]  # how many nodes of each type


def communities(net: nx.MultiDiGraph, people_shown: int = 5) -> list[Community]:
    """Louvain communities of the graph (edges undirected, seeded so runs repeat), largest first."""
    simple = nx.Graph(net)
    found = sorted(louvain(simple, SEED), key=lambda c: (-len(c), c[0]))
    rows = []
    for number, members in enumerate(found, 1):
        areas = Counter(a for n in members for a in net.nodes[n]["area"])
        people = sorted((n for n in members if net.nodes[n]["type"] == "Person"),
                        key=lambda n: (-simple.degree(n), net.nodes[n]["label"]))
        types = Counter(net.nodes[n]["type"] for n in members)
        rows.append(Community(number, len(members), tuple(a for a, _ in areas.most_common()),
                              tuple(net.nodes[n]["label"] for n in people[:people_shown]),
                              tuple(f"{t} {c}" for t, c in sorted(types.items(), key=lambda i: (-i[1], i[0])))))
    return rows


@dataclass(frozen=True)
class AreaConnection:
    area: str
    other_area: str
    through: tuple[str, ...]  # the people and organisations linked to both


def area_connections(net: nx.MultiDiGraph) -> list[AreaConnection]:
    """Each pair of areas that share a person or organisation, both ways round, with who links them."""
    through: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _node, data in net.nodes(data=True):
        if data["type"] not in BRIDGING_TYPES:
            continue
        for area in data["area"]:
            for other in data["area"]:
                if area != other:
                    through[area, other].add(data["label"])
    rows = [AreaConnection(a, b, tuple(sorted(names))) for (a, b), names in through.items()]
    return sorted(rows, key=lambda r: (r.area, -len(r.through), r.other_area))


@dataclass(frozen=True)
class Coverage:
    inspector: str
    area: str
    years: tuple[str, ...]
    relations: tuple[str, ...]
    documents: tuple[str, ...]


def inspector_coverage(net: nx.MultiDiGraph) -> list[Coverage]:
    """Which inspectors were named in the documents of which areas, in which years and roles."""
    seen: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for person, document, data in net.edges(data=True):
        if data["type"] != "INVOLVED_IN" or data["relation"] not in INSPECTOR_RELATIONS:
            continue
        doc = net.nodes[document]
        for area in doc["area"]:
            row = seen[net.nodes[person]["label"], area]
            row["years"].update(doc["year"])
            row["relations"].add(data["relation"])
            row["documents"].add(doc["label"])
    rows = [Coverage(inspector, area, *(tuple(sorted(found[k])) for k in ("years", "relations", "documents")))
            for (inspector, area), found in seen.items()]
    return sorted(rows, key=lambda r: (r.inspector, r.years, r.area))


def rows_of(section: str, net: nx.MultiDiGraph) -> tuple[list[str], list[list[str]]]:
    """The columns and printable rows of one section of the analysis."""
    if section == "bridges":
        return (["name", "type", "area_count", "areas", "betweenness_areas", "betweenness_graph"],
                [[b.name, b.type, str(len(b.areas)), "; ".join(b.areas), f"{b.betweenness_areas:.4f}",
                  f"{b.betweenness_graph:.4f}"] for b in bridges(net)])
    if section == "communities":
        return (["community", "size", "areas", "people", "types"],
                [[str(c.number), str(c.size), "; ".join(c.areas), "; ".join(c.people), "; ".join(c.types)]
                 for c in communities(net)])
    if section == "area-links":
        return (["area", "other_area", "count", "through"],
                [[c.area, c.other_area, str(len(c.through)), "; ".join(c.through)] for c in area_connections(net)])
    if section == "coverage":
        return (["inspector", "area", "years", "relations", "documents"],
                [[c.inspector, c.area, "; ".join(c.years), "; ".join(c.relations), "; ".join(c.documents)]
                 for c in inspector_coverage(net)])
    raise KeyError(section)


SECTIONS = ("bridges", "communities", "area-links", "coverage")
