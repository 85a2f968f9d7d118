"""Writers: every store and export of the resolved graph, found by name in one registry.

A writer has one shape, as followthemoney's exporters do: it is made for a graph and an
output, is given each node (`write_node`) and each edge (`write_edge`), and writes in
`finalize`, which returns how many items it wrote (and may leave a `note` for the user, such
as the command that loads its output). A store writer may also `start_from` its output of the
last generation and write only what changed: a build that adds a few documents rewrites
only their named graphs in Oxigraph. `kind` says where its output goes: a `file` (or
standard output), a `folder`, or a `store` backend, a folder of the store written at build.
`contacts` says whether officials' e-mail addresses and telephone numbers go in by default:
data exports keep them; files meant for sharing (pages, drawings, reports) declare False
and leave them out unless the user asks (`kg export --contacts`).
The registry names each writer's class as "module:Class" and imports it only when it is
made, so listing the formats (`kg export --help`) costs nothing; packages add writers of
their own through the `kg.writers` entry-point group.

    graph = store.graph(include_contacts=False)
    count = write_graph(graph, make_writer("trig", graph, Path("graph.trig")))
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kg.graph import Edge, Node, ResolvedGraph
from kg.statements import write_jsonl

if TYPE_CHECKING:
    from kg.store import Store

Output = Path | BinaryIO


def write_bytes(output: Output, data: bytes) -> None:
    """Write a writer's whole output at once, to its file or its stream."""
    if isinstance(output, Path):
        output.write_bytes(data)
    else:
        output.write(data)


@dataclass(frozen=True)
class WriteOptions:
    base: str | None = None
    around: str | None = None  # drawn formats: only the neighbourhood of the node so named
    hops: int = 2
    only: tuple[str, ...] = ()  # drawn formats: only these node types


@dataclass(frozen=True)
class Change:
    """How a graph differs from the last generation's: the `documents` whose facts are new, gone,
    or about entities that resolution now names otherwise, and the `entities` those facts are
    about or point at (their ids before and after).

    The contract between a build and the store writers that update their last output
    (`start_from`): nothing outside the change differs from the last generation, so a writer
    rewrites the facts of `change.documents` and the nodes, edges and resolution entries of
    `change.entities`, and touches nothing else. When every store writer updates (`updates`),
    the graph a build gives them is only that part (`kg.build.graph_part`): every node and edge
    entity of `change.entities` whole (all its statements, from every document), hence every
    statement and edge of `change.documents`; edges from them may point at nodes outside the part,
    which the last generation holds (a writer takes their labels from the model). The resolution
    (canonical ids, review groups) is whole. A writer that updates goes by `entities` and
    `documents`, never by every node of the graph, and leaves the rest of its copy of the last
    output as it was. `mentions`: the ids as the loaders wrote them (before resolution) whose
    canonical id may differ from the last generation's: those of the changed documents' statements,
    and those resolution now names otherwise (None: any may). `new`: the documents of `documents` that
    the last generation did not hold, so no fact of theirs is there to find or remove (none said: any
    may be there). `held`: the ids of the statements the last generation held for the documents of
    `documents` it held, read from its statement files (None: not said; a writer finds them itself)."""

    documents: frozenset[str]
    entities: frozenset[str]
    mentions: frozenset[str] | None = None
    new: frozenset[str] = frozenset()
    held: frozenset[str] | None = None


class GraphWriter(ABC):
    def __init__(self, graph: ResolvedGraph, output: Output, options: WriteOptions) -> None:
        self.graph = graph
        self.output = output
        self.options = options
        self.note: str | None = None  # what the user should know after finalize (how to load the output)

    @abstractmethod
    def write_node(self, node: Node) -> None: ...

    @abstractmethod
    def write_edge(self, edge: Edge) -> None: ...

    @abstractmethod
    def finalize(self) -> int: ...

    def finalize_later(self) -> Callable[[], int]:
        """Finalize in two steps: now, what needs the graph; the step returned (which holds no
        reference to the graph), the rest, such as loading files the writer wrote into a database.
        A build lets the graph go before it runs the store writers' last steps, one after the other,
        so their engines' memory never stacks on the graph's. By default everything happens now."""
        count = self.finalize()
        return lambda: count

    def start_from(self, previous: Path, change: Change) -> bool:
        """A store writer that can, starts from a copy of `previous` (its output for the last
        generation) and writes again only what `change` touches; False if it writes whole."""
        return False

    @classmethod
    def updates(cls, previous: Path) -> bool:
        """Whether `start_from(previous, ...)` will update that output rather than write whole: asked
        before the graph is built, since a writer that updates needs only the change's part of it."""
        return False


@dataclass(frozen=True)
class WriterSpec:
    name: str
    kind: str  # file | folder | store
    suffix: str
    description: str
    unit: str
    factory: str  # "module:Class", imported only when the writer is made
    contacts: bool = True  # whether contact details are written unless the user says otherwise
    drawn: bool = False  # draws the networkx view, so takes --around, --hops and --only

    def load(self) -> type[GraphWriter]:
        module, _, name = self.factory.partition(":")
        writer: type[GraphWriter] = getattr(importlib.import_module(module), name)
        return writer


BUILT_IN = (
    WriterSpec("oxigraph", "store", "", "the embedded Oxigraph store (SPARQL)", "quads", "kg.rdf.store:OxigraphWriter"),
    WriterSpec("ladybug", "store", "", "the embedded LadybugDB store (Cypher)", "rows", "kg.pg.ladybug:LadybugWriter"),
    WriterSpec("statements", "file", ".jsonl", "every statement with document, span and quote (JSON lines)",
               "statements", "kg.writers:StatementsWriter"),
    WriterSpec("ttl", "file", ".ttl", "Turtle: the union of all document graphs", "quads", "kg.rdf.files:TurtleWriter"),
    WriterSpec("trig", "file", ".trig", "TriG: one named graph per document", "quads", "kg.rdf.files:TrigWriter"),
    WriterSpec("nq", "file", ".nq", "N-Quads: one named graph per document", "quads", "kg.rdf.files:NQuadsWriter"),
    WriterSpec("jsonld", "file", ".jsonld", "JSON-LD with a context: one named graph per document", "quads",
               "kg.rdf.files:JsonLdWriter"),
    WriterSpec("cypher", "file", ".cypher", "a Cypher script that rebuilds the graph in an empty Neo4j "
               "(cypher-shell -f)", "rows", "kg.pg.exports:CypherScriptWriter"),
    WriterSpec("neo4j-csv", "folder", "", "node and relationship CSV files for neo4j-admin database import full",
               "rows", "kg.pg.exports:Neo4jCsvWriter"),
    WriterSpec("graphml", "file", ".graphml", "GraphML for Gephi, yEd and Cytoscape, laid out, coloured by type",
               "nodes", "kg.viz.exports:GraphMLWriter", contacts=False, drawn=True),
    WriterSpec("gexf", "file", ".gexf", "GEXF for Gephi, laid out, coloured by type", "nodes",
               "kg.viz.exports:GexfWriter", contacts=False, drawn=True),
    WriterSpec("cytoscape", "file", ".cyjs", "Cytoscape.js JSON, laid out, coloured by type", "nodes",
               "kg.viz.exports:CytoscapeWriter", contacts=False, drawn=True),
    WriterSpec("dot", "file", ".dot", "Graphviz DOT with pinned positions (neato -n2 -Tsvg)", "nodes",
               "kg.viz.exports:DotWriter", contacts=False, drawn=True),
    WriterSpec("html", "file", ".html", "an offline interactive page: search, filters, facts with quotes, paths",
               "nodes", "kg.viz.page:HtmlWriter", contacts=False, drawn=True),
)
ENTRY_POINT_GROUP = "kg.writers"


def writers(kind: str | None = None) -> dict[str, WriterSpec]:
    """The writers (of one kind, if given) by name: the built-in ones, then any that installed
    packages declare in the `kg.writers` entry-point group (each a WriterSpec)."""
    found = {spec.name: spec for spec in BUILT_IN}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        spec = entry.load()
        found.setdefault(spec.name, spec)
    return {name: spec for name, spec in found.items() if kind is None or spec.kind == kind}


def make_writer(name: str, graph: ResolvedGraph, output: Output, options: WriteOptions | None = None
                ) -> GraphWriter:
    known = writers()
    if name not in known:
        raise KeyError(f"no writer named {name!r} (known: {', '.join(known)})")
    return known[name].load()(graph, output, options or WriteOptions())


@dataclass(frozen=True)
class Exported:
    count: int
    note: str | None


def export(store: Store, name: str, output: Output, options: WriteOptions | None = None, *,
           include_contacts: bool | None = None) -> Exported:
    """Write the store's graph with the named writer: how many items it wrote, and its note. Contact
    details go in as the writer declares unless `include_contacts` says otherwise."""
    spec = writers().get(name)
    contacts = include_contacts if include_contacts is not None else spec is None or spec.contacts
    graph = store.graph(include_contacts=contacts)
    writer = make_writer(name, graph, output, options)
    return Exported(write_graph(graph, writer), writer.note)


def write_graph(graph: ResolvedGraph, writer: GraphWriter) -> int:
    """Give the writer every node, then every edge; returns what its finalize wrote."""
    give_graph(graph, writer)
    return writer.finalize()


def give_graph(graph: ResolvedGraph, writer: GraphWriter) -> None:
    """Give the writer every node, then every edge."""
    for node in graph.nodes.values():
        writer.write_node(node)
    for edge in graph.edges:
        writer.write_edge(edge)


class StatementsWriter(GraphWriter):
    """The statements behind the graph's nodes and edges, one JSON object a line, in reading order."""

    def __init__(self, graph: ResolvedGraph, output: Output, options: WriteOptions) -> None:
        super().__init__(graph, output, options)
        self.ids: set[str] = set()

    def write_node(self, node: Node) -> None:
        self.ids |= node.statement_ids()

    def write_edge(self, edge: Edge) -> None:
        self.ids.update(edge.statements)

    def finalize(self) -> int:
        return write_jsonl((s for sid, s in self.graph.statements.items() if sid in self.ids), self.output)
