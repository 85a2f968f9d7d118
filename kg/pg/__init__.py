"""The property-graph backend: the model's shape as labels and relationship types, and the
resolved graph as rows for them, shared by every property-graph writer (the embedded
LadybugDB store, Neo4j, its bulk-import CSV and Cypher scripts).

- Each node schema is a label keyed by `id`, with `caption`, its scalar properties (a list
  where the model allows several values) and `statements`, the ids of the statements behind it.
- Each statement is a `Statement` node (document, quote, its span, property, value) that
  the entity it describes points to with `EVIDENCE`, so the quote of any node property is
  one hop away. The statements of an edge entity (an involvement) are `Statement` nodes too,
  keyed by the ids its relationships carry, so every statement of the graph is a node.
- Each edge of the resolved graph is a relationship of the type the model declares, with the
  provenance of its first statement (document, quote, quote_start, quote_end: `end` is a
  word of Cypher) and all its statement ids;
  the edges of an edge schema (`INVOLVED_IN`, `ROLE_AT`, `WORKED_ON`) carry its properties
  too (relation, role, organisation) and the date of the document.

All values are text, as written (or lists of text), so Cypher and SPARQL answers compare
as they are.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kg.graph import Edge, Node, ResolvedGraph
from kg.model import Model, Schema, load_model
from kg.writers import GraphWriter, Output, WriteOptions

STATEMENT = "Statement"
EVIDENCE = "EVIDENCE"


class CypherError(Exception):
    """A query the engine refused (syntax, unknown label, ...); the message is one line."""


def cell_text(value: Any) -> str:
    """One result value as text, the same from every engine: lists sorted and joined with '; '
    (neither engine promises the order in which `collect` gathers), nodes and relationships by
    their id."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(sorted(cell_text(v) for v in value))
    if isinstance(value, dict):
        return str(value.get("id") or value.get("_id") or value)
    return str(value)


@dataclass(frozen=True)
class PgProperty:
    name: str
    many: bool = False

    @property
    def cypher_type(self) -> str:
        return "STRING[]" if self.many else "STRING"


@dataclass(frozen=True)
class NodeLabel:
    name: str
    properties: tuple[PgProperty, ...]


@dataclass(frozen=True)
class RelationshipType:
    name: str
    pairs: tuple[tuple[str, str], ...]
    properties: tuple[PgProperty, ...]


@dataclass(frozen=True)
class PgSchema:
    labels: dict[str, NodeLabel]
    relationships: dict[str, RelationshipType]


def _node_label(schema: Schema) -> NodeLabel:
    scalars = [PgProperty(p.name, p.max != 1) for p in schema.properties.values() if p.type != "ref"]
    return NodeLabel(schema.name, (PgProperty("id"), PgProperty("caption"), *scalars, PgProperty("statements", True)))


def _edge_properties(schema: Schema | None) -> tuple[PgProperty, ...]:
    own: list[PgProperty] = []
    if schema is not None:
        own = [PgProperty(p.name, p.max != 1) for p in schema.properties.values() if p.type != "ref"]
        own += [PgProperty(p.name, True) for p in schema.refs() if schema.edge and p.name not in
                (schema.edge.source, schema.edge.target)]
        own.append(PgProperty("date"))
    return (PgProperty("id"), *own, PgProperty("document"), PgProperty("quote"), PgProperty("quote_start"),
            PgProperty("quote_end"), PgProperty("statements", True))


def property_graph_schema(model: Model | None = None) -> PgSchema:
    """Labels and relationship types (with the label pairs they join) the model declares."""
    model = model or load_model()
    labels = {s.name: _node_label(s) for s in model.node_schemas()}
    labels[STATEMENT] = NodeLabel(STATEMENT, tuple(PgProperty(n) for n in
                                                   ("id", "entity", "property", "value", "document", "document_id",
                                                    "quote", "quote_start", "quote_end", "extractor")))
    pairs: dict[str, list[tuple[str, str]]] = {}
    props: dict[str, tuple[PgProperty, ...]] = {}

    def add(name: str, pair: tuple[str, str], properties: tuple[PgProperty, ...]) -> None:
        if pair not in pairs.setdefault(name, []):
            pairs[name].append(pair)
        if props.setdefault(name, properties) != properties:
            raise ValueError(f"relationship type {name} is declared with two sets of properties")

    for schema in model.edge_schemas():
        assert schema.edge is not None
        source = schema.properties[schema.edge.source].range
        target = schema.properties[schema.edge.target].range
        assert source and target
        add(schema.edge.type, (source, target), _edge_properties(schema))
        for ref in schema.refs():
            if ref.name not in (schema.edge.source, schema.edge.target) and ref.range:
                add(ref.relationship, (source, ref.range), _edge_properties(schema))
    for schema in model.schemas.values():
        for ref in schema.refs():
            if schema.edge and ref.name in (schema.edge.source, schema.edge.target):
                continue
            if schema.edge is None and ref.range:
                add(ref.relationship, (schema.name, ref.range), _edge_properties(None))
    for schema in model.node_schemas():
        add(EVIDENCE, (schema.name, STATEMENT), ())
    relationships = {name: RelationshipType(name, tuple(pairs[name]), props[name]) for name in pairs}
    return PgSchema(labels, relationships)


def _value(values: list[str], many: bool) -> Any:
    return values if many else (values[0] if values else None)


def node_row(node: Node, graph: ResolvedGraph, label: NodeLabel) -> dict[str, Any]:
    row: dict[str, Any] = {"id": node.id, "caption": graph.caption(node.id),
                           "statements": sorted(node.statement_ids())}
    for prop in label.properties:
        if prop.name not in row:
            row[prop.name] = _value(node.values(prop.name), prop.many)
    return row


def statement_row(statement_id: str, graph: ResolvedGraph) -> dict[str, Any]:
    s = graph.statement(statement_id)
    return {"id": s.id, "entity": graph.resolution.canonical.get(s.entity, s.entity), "property": s.prop,
            "value": s.value, "document": s.document, "document_id": s.document_id, "quote": s.quote,
            "quote_start": str(s.start), "quote_end": str(s.end), "extractor": s.extractor}


def edge_row(edge: Edge, graph: ResolvedGraph, rel: RelationshipType) -> dict[str, Any]:
    first = graph.statement(edge.statements[0])
    row: dict[str, Any] = {"id": edge.id, "document": first.document, "quote": first.quote,
                           "quote_start": str(first.start), "quote_end": str(first.end),
                           "statements": list(edge.statements)}
    schema = graph.model.schemas[edge.schema]
    for prop in rel.properties:
        if prop.name in row:
            continue
        if prop.name == "date":
            row["date"] = _document_date(edge, graph)
        elif prop.name in schema.properties and schema.properties[prop.name].type == "ref":
            row[prop.name] = [graph.caption(v) for v in edge.values(prop.name)]
        else:
            row[prop.name] = _value(edge.values(prop.name), prop.many)
    return row


def _document_date(edge: Edge, graph: ResolvedGraph) -> str | None:
    spec = graph.model.schemas[edge.schema].edge
    document = graph.nodes.get(edge.first(spec.target) or "") if spec else None
    return document.first("published") if document is not None and document.schema == "Document" else None


def edge_ends(edge: Edge, graph: ResolvedGraph) -> tuple[str, str]:
    """The labels of an edge's ends: its nodes' schemas, or for an end outside a part of a graph
    (`kg.writers.Change`: an edge may point at a node of the rest), the range the model declares."""
    schema = graph.model.schemas[edge.schema]
    declared: tuple[str | None, str | None]
    if schema.edge is None:
        declared = (schema.name, schema.properties[edge.prop or ""].range)
    else:
        declared = (schema.properties[schema.edge.source].range, schema.properties[edge.prop or schema.edge.target].range)
    source, target = (graph.nodes[end].schema if end in graph.nodes else label
                      for end, label in zip((edge.source, edge.target), declared, strict=True))
    assert source is not None and target is not None, f"{edge.id}: an end of no declared range"
    return source, target


def neo4j_schema_statements(schema: PgSchema) -> list[str]:
    """Neo4j's constraints and indexes for the schema: one uniqueness constraint per label (the
    key), one index per caption, one per relationship id and one on the entity of a statement;
    run before loading."""
    statements = [f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:`{label}`) REQUIRE n.id IS UNIQUE"
                  for label in schema.labels]
    statements += [f"CREATE INDEX {label.lower()}_caption IF NOT EXISTS FOR (n:`{label}`) ON (n.caption)"
                   for label in schema.labels if label != STATEMENT]
    statements += [f"CREATE INDEX {rel.name.lower()}_id IF NOT EXISTS FOR ()-[r:`{rel.name}`]-() ON (r.id)"
                   for rel in schema.relationships.values() if rel.properties]
    # the statements of an involvement are found by its id (it is a relationship, not a node)
    statements.append(f"CREATE INDEX {STATEMENT.lower()}_entity IF NOT EXISTS FOR (n:`{STATEMENT}`) ON (n.entity)")
    return statements


EdgeKey = tuple[str, str, str]  # relationship type, source label, target label


class PropertyGraphWriter(GraphWriter):
    """The graph as property-graph rows: node rows per label (statements included) and
    relationship rows (with `from` and `to`) per type and label pair, for a subclass's
    `finalize` to load or write (this one only counts them)."""

    def __init__(self, graph: ResolvedGraph, output: Output, options: WriteOptions) -> None:
        super().__init__(graph, output, options)
        self.schema = property_graph_schema(graph.model)
        self.nodes: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.edges: dict[EdgeKey, list[dict[str, Any]]] = defaultdict(list)

    def write_node(self, node: Node) -> None:
        label = self.schema.labels.get(node.schema)
        if label is None or self.graph.model.schemas[node.schema].edge is not None:
            return  # an edge entity missing an end: the build warned, RDF keeps it
        self.add_node(node.schema, node_row(node, self.graph, label))
        for statement_id in sorted(node.statement_ids()):
            self.add_statement(statement_id)
            self.add_edge((EVIDENCE, node.schema, STATEMENT), {"from": node.id, "to": statement_id})

    def write_edge(self, edge: Edge) -> None:
        rel = self.schema.relationships[edge.type]
        self.add_edge((edge.type, *edge_ends(edge, self.graph)),
                      {"from": edge.source, "to": edge.target, **edge_row(edge, self.graph, rel)})
        for statement_id in edge.statements:
            self.add_statement(statement_id)

    def add_statement(self, statement_id: str) -> None:
        """The statement's node, once however many nodes and edges it is behind."""
        if statement_id not in self.nodes[STATEMENT]:
            self.add_node(STATEMENT, statement_row(statement_id, self.graph))

    def add_node(self, label: str, row: dict[str, Any]) -> None:
        self.nodes[label][row["id"]] = row

    def add_edge(self, key: EdgeKey, row: dict[str, Any]) -> None:
        self.edges[key].append(row)

    def finalize(self) -> int:
        """The rows only (a caller loads them itself): how many nodes and relationships there are."""
        return sum(map(len, self.nodes.values())) + sum(map(len, self.edges.values()))

    def node_columns(self, label: str) -> list[str]:
        return [p.name for p in self.schema.labels[label].properties]

    def edge_columns(self, rel_type: str) -> list[str]:
        return [p.name for p in self.schema.relationships[rel_type].properties]
