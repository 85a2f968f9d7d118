"""Graph files that open as they are in Gephi, yEd, Cytoscape and Graphviz: GraphML, GEXF,
Cytoscape.js JSON and DOT, each with labels, node types, colours by type, seeded ForceAtlas2
positions and the evidence on every edge (relation, role, date, document, quote).

Each is a writer of the registry (kg/writers.py) over the networkx view, cut by the write
options (`--around NAME --hops N --only TYPES`). GraphML, GEXF and DOT hold one value per
attribute, so lists (a person's areas, an edge's documents) are joined with "; " there;
Cytoscape.js JSON keeps them as lists.
"""

from __future__ import annotations

import io
import json
from abc import abstractmethod
from collections.abc import Iterable

import networkx as nx

from kg.graph import Edge, Node, ResolvedGraph
from kg.network import laid_out, select, to_network
from kg.writers import GraphWriter, Output, WriteOptions, write_bytes

SEPARATOR = "; "


def flat(value: object) -> str | float | int:
    """One value a format can hold: lists joined, numbers kept, anything else as text."""
    if isinstance(value, list | tuple):
        return SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    return "" if value is None else str(value)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


class NetworkWriter(GraphWriter):
    """A writer of the networkx view: collects what it is given, then cuts, lays out and writes it."""

    def __init__(self, graph: ResolvedGraph, output: Output, options: WriteOptions) -> None:
        super().__init__(graph, output, options)
        self.node_ids: list[str] = []
        self.edges: list[Edge] = []

    def write_node(self, node: Node) -> None:
        self.node_ids.append(node.id)

    def write_edge(self, edge: Edge) -> None:
        self.edges.append(edge)

    def network(self) -> nx.MultiDiGraph:
        net = to_network(self.graph, self.node_ids, self.edges)
        return laid_out(select(net, self.options.around, self.options.hops, self.options.only))

    opens_with = ""  # how a user opens the file, said after it is written

    def finalize(self) -> int:
        net = self.network()
        write_bytes(self.output, self.render(net))
        self.note = f"and {net.number_of_edges()} edges; {self.opens_with}"
        return int(net.number_of_nodes())

    @abstractmethod
    def render(self, net: nx.MultiDiGraph) -> bytes: ...


def flat_network(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with one value per attribute; the edge's relationship type is `relationship`, since
    `type` and `id` are words of the formats themselves."""
    flattened = nx.MultiDiGraph()
    for node, data in net.nodes(data=True):
        r, g, b = rgb(data["color"])
        flattened.add_node(node, **{k: flat(v) for k, v in data.items()}, r=r, g=g, b=b)
    for source, target, key, data in net.edges(keys=True, data=True):
        attributes = {k: flat(v) for k, v in data.items() if k != "type"}
        flattened.add_edge(source, target, key=key, relationship=data["type"], **attributes)
    return flattened


class GraphMLWriter(NetworkWriter):
    """GraphML (Gephi, yEd, Cytoscape): x, y, size, r, g, b and color on every node."""

    opens_with = "open it in Gephi, yEd (Edit > Properties Mapper for colours) or Cytoscape"

    def render(self, net: nx.MultiDiGraph) -> bytes:
        buffer = io.BytesIO()
        nx.write_graphml(flat_network(net), buffer, encoding="utf-8")
        return buffer.getvalue()


class GexfWriter(NetworkWriter):
    """GEXF 1.2 (Gephi): positions, colours and sizes as viz elements, edge labels the relation."""

    opens_with = "open it in Gephi or Gephi Lite, laid out and coloured"

    def render(self, net: nx.MultiDiGraph) -> bytes:
        flattened = flat_network(net)
        for node, data in flattened.nodes(data=True):
            flattened.nodes[node]["viz"] = {
                "color": {"r": data["r"], "g": data["g"], "b": data["b"], "a": 1.0},
                "position": {"x": data["x"], "y": data["y"], "z": 0.0},
                "size": data["size"],
            }
        for source, target, key in flattened.edges(keys=True):
            data = flattened.edges[source, target, key]
            data.update(id=key, label=data["relation"])
        buffer = io.BytesIO()
        nx.write_gexf(flattened, buffer, encoding="utf-8")
        return buffer.getvalue()


class CytoscapeWriter(NetworkWriter):
    """Cytoscape.js JSON ({"elements": {"nodes", "edges"}}), positions preset, lists kept as lists."""

    opens_with = "import it in Cytoscape (File > Import > Network from File) or load it with cytoscape.js"

    def render(self, net: nx.MultiDiGraph) -> bytes:
        nodes = [{"data": {"id": node, **{k: v for k, v in data.items() if k not in ("x", "y")}},
                  "position": {"x": data["x"], "y": -data["y"]}}  # screen y grows downwards
                 for node, data in net.nodes(data=True)]
        edges = [{"data": {"id": key, "source": source, "target": target, "relationship": data["type"],
                           **{k: v for k, v in data.items() if k != "type"}}}
                 for source, target, key, data in net.edges(keys=True, data=True)]
        document = {"data": {"name": "kg"}, "elements": {"nodes": nodes, "edges": edges}}
        return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def dot_string(value: object) -> str:
    """A DOT quoted string: backslashes and quotes escaped, line breaks as \\n."""
    text = str(flat(value))
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "\\n") + '"'


def dot_attributes(pairs: Iterable[tuple[str, object]]) -> str:
    return ", ".join(f"{name}={dot_string(value)}" for name, value in pairs)


class DotWriter(NetworkWriter):
    """Graphviz DOT for neato or fdp (positions pinned with !), filled circles coloured by type."""

    opens_with = "draw it with: neato -n2 -Tsvg FILE -o graph.svg"

    def render(self, net: nx.MultiDiGraph) -> bytes:
        lines = ["digraph kg {",
                 '  graph [layout="neato", overlap="false", splines="true", outputorder="edgesfirst"];',
                 '  node [shape="circle", style="filled", fontsize="10", fixedsize="false"];',
                 '  edge [fontsize="8", color="#99999980"];']
        for node, data in net.nodes(data=True):
            # `name` is a word of pydot's reader (and of Graphviz tools' scripting): call it `names`
            shown = [("names" if k == "name" else k, v) for k, v in data.items() if k not in ("x", "y", "size", "color")]
            drawing = [("fillcolor", data["color"]), ("pos", f"{data['x']},{data['y']}!"),
                       ("width", round(data["size"] / 10, 2))]
            lines.append(f"  {dot_string(node)} [{dot_attributes([*shown, *drawing])}];")
        for source, target, key, data in net.edges(keys=True, data=True):
            pairs = [("id", key), ("label", data["relation"]), ("relationship", data["type"]),
                     *((k, v) for k, v in data.items() if k != "type")]
            lines.append(f"  {dot_string(source)} -> {dot_string(target)} [{dot_attributes(pairs)}];")
        lines.append("}")
        return ("\n".join(lines) + "\n").encode("utf-8")
