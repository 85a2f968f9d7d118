"""The resolved graph: nodes and edges built once from the statements and their resolution,
in the shape the model declares, for every writer (RDF, property graph, files, pages).

Every property value keeps the ids of the statements behind it, so the document, span and
quote of any node property or edge is one look-up away (`ResolvedGraph.statement`). Values
are checked against their property's type here, once: a number or date that does not
parse is a warning naming the document and quote, and stays text.

A graph may also be a part of a larger one (`outside`): the entities of the statements given,
each complete, with edges to nodes of the rest, which an incremental build gives the store
writers that update their last output (`kg.writers.Change`).

    statements ─┬─ resolution (canonical ids) ─▶ ResolvedGraph ─▶ writers
                └──────────────────────────────▶ (statement ids on every value)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kg.gazetteer import fold
from kg.inspections import GENERIC as GENERIC_INSPECTION
from kg.loaders.text import EMAIL_RE, PHONE_RE
from kg.model import Model, Schema, load_model
from kg.names import name_parts
from kg.resolve import Resolution
from kg.statements import Statement

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
YEAR = re.compile(r"^\d{4}$")
DATE_KINDS = ((FULL_DATE, "date"), (YEAR_MONTH, "gYearMonth"), (YEAR, "gYear"))


def date_kind(value: str) -> str | None:
    """'date', 'gYearMonth' or 'gYear' for an ISO date, year-month or year; None otherwise."""
    for pattern, kind in DATE_KINDS:
        if pattern.match(value):
            return kind
    return None


def is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


DECIMAL = re.compile(r"^-?\d+(?:\.\d+)?$")


def number_text(value: str) -> str:
    """A decimal as the RDF store writes it back ('35.0' is '35', '0.210' is '0.21'), so that every engine shows one
    text for one number (the quote keeps it as written); any other text as it is."""
    return format(Decimal(value).normalize(), "f") if DECIMAL.match(value) else value


@dataclass(frozen=True, slots=True)
class Value:
    """One value of one property (refs already canonical), with the statements that say it."""

    text: str
    statements: tuple[str, ...]


class Properties:
    """The values of a node's or an edge's properties, by name."""

    __slots__ = ()
    props: dict[str, list[Value]]

    def first(self, prop: str) -> str | None:
        values = self.props.get(prop)
        return values[0].text if values else None

    def values(self, prop: str) -> list[str]:
        return [v.text for v in self.props.get(prop, ())]


@dataclass(slots=True)
class Node(Properties):
    id: str
    schema: str
    props: dict[str, list[Value]] = field(default_factory=dict)

    def statement_ids(self) -> set[str]:
        return {sid for values in self.props.values() for v in values for sid in v.statements}


@dataclass(slots=True)
class Edge(Properties):
    """A relationship. `entity` and `schema` name what it was built from: an entity of an edge
    schema (with `prop` None for its main edge, or the ref property for the others), or a ref
    property of a node. `props` are the edge entity's properties (empty for a ref of a node)."""

    id: str
    type: str
    source: str
    target: str
    schema: str
    entity: str
    prop: str | None
    props: dict[str, list[Value]]
    statements: tuple[str, ...]


@dataclass
class GraphWarnings:
    """A graph's warnings by what they are about, in the order a build reports them: values that do
    not fit their property's type, by document (in reading order); then edges that could not be
    drawn, by entity (the entities behind edges, then nodes, each in id order). An incremental
    build keeps those of what it did not build again (`kg.index`)."""

    values: dict[str, list[str]] = field(default_factory=dict)  # document id -> messages
    edges: dict[str, list[str]] = field(default_factory=dict)  # entity id -> messages

    def messages(self) -> list[str]:
        return [m for found in (*self.values.values(), *self.edges.values()) for m in found]


@dataclass
class ResolvedGraph:
    model: Model
    nodes: dict[str, Node]
    edges: list[Edge]
    statements: dict[str, Statement]
    resolution: Resolution
    warned: GraphWarnings = field(default_factory=GraphWarnings)

    @property
    def warnings(self) -> list[str]:
        return self.warned.messages()

    def statement(self, statement_id: str) -> Statement:
        return self.statements[statement_id]

    def caption(self, entity_id: str) -> str:
        """What a person reads as the entity's name: its caption property, else its id."""
        node = self.nodes.get(entity_id)
        if node is None:
            return entity_id
        schema = self.model.schemas[node.schema]
        if node.schema == "Person":
            return preferred_name(node.values("name")) or entity_id
        return node.first(schema.caption) or entity_id

    def entities(self) -> Iterator[tuple[str, str, dict[str, list[Value]]]]:
        """(id, schema, props) of every entity, nodes then the entities behind main edges."""
        for node in self.nodes.values():
            yield node.id, node.schema, node.props
        for edge in self.edges:
            if edge.prop is None:
                yield edge.entity, edge.schema, edge.props


def preferred_name(names: Iterable[str]) -> str | None:
    """The fullest of a person's names: one with a forename written out ('Jo Bird', not the 'J.A.B. Bird' of a set
    of minutes), then the longest, then the one with the most accented letters ('Siân', not the 'Sian' a document
    typed without them), then the first in order."""
    ordered = sorted(names, key=lambda n: (not _forename_written(n), -len(n),
                                           -sum(c.isalpha() and not c.isascii() for c in n), n))
    return ordered[0] if ordered else None


def _forename_written(name: str) -> bool:
    forenames = name_parts(name)[0]
    return bool(forenames) and len(forenames[0]) > 1


def _check_value(model: Model, s: Statement, warned: GraphWarnings) -> None:
    kind = model.property(s.schema, s.prop).type
    if kind == "number" and not is_number(s.value):
        warned.values.setdefault(s.document_id, []).append(
            f"{s.document}: {s.schema}.{s.prop} {s.value!r} is not a number (quote {s.quote!r}); kept as text")
    elif kind == "date" and date_kind(s.value) is None:
        warned.values.setdefault(s.document_id, []).append(
            f"{s.document}: {s.schema}.{s.prop} {s.value!r} is not a date (quote {s.quote!r}); kept as text")


def without_contacts(s: Statement) -> Statement:
    """The statement with the e-mail addresses and telephone numbers of its quote blanked out, for
    a graph without contacts: a quote such as "Telephone enquiries to X 023 9283 4056" would
    otherwise carry them into every file."""
    quote = PHONE_RE.sub("[telephone]", EMAIL_RE.sub("[e-mail]", s.quote))
    return s if quote == s.quote else replace(s, quote=quote)


def _collect(statements: Iterable[Statement], resolution: Resolution, model: Model, include_contacts: bool,
             warned: GraphWarnings) -> tuple[dict[str, str], dict[str, dict[str, dict[str, list[str]]]],
                                           dict[str, Statement]]:
    """Schema and props (value -> statement ids, in reading order) of every canonical entity."""
    canonical = resolution.canonical
    schemas: dict[str, str] = {}
    props: dict[str, dict[str, dict[str, list[str]]]] = defaultdict(lambda: defaultdict(dict))
    kept: dict[str, Statement] = {}
    for s in statements:
        if not include_contacts and model.property(s.schema, s.prop).contact:
            continue
        _check_value(model, s, warned)
        entity = canonical.get(s.entity, s.entity)
        schemas.setdefault(entity, s.schema)
        value = canonical.get(s.value, s.value)
        if model.property(s.schema, s.prop).type == "number":
            value = number_text(value)
        props[entity][s.prop].setdefault(value, []).append(s.id)
        kept[s.id] = s if include_contacts else without_contacts(s)
    return schemas, props, kept


def _values(props: dict[str, dict[str, list[str]]]) -> dict[str, list[Value]]:
    return {prop: [Value(text, tuple(ids)) for text, ids in values.items()] for prop, values in props.items()}


def _without_generic_type(schema: str, props: dict[str, list[Value]]) -> dict[str, list[Value]]:
    """An inspection its report calls a 'standards inspection' and a paper discussing it only an 'inspection' is
    the standards inspection: the paper's generic word is no second type (kg.inspections merges the two)."""
    types = props.get("inspection_type", [])
    if schema == "Inspection" and len(types) > 1:
        props["inspection_type"] = [v for v in types if v.text != GENERIC_INSPECTION] or types
    return props


def _one_name(schema: str, props: dict[str, list[Value]]) -> dict[str, list[Value]]:
    """An organisation written two ways that fold alike ('Halsmere & Downe CCG', 'Halsmere and Downe CCG', one in
    capitals) is one organisation with one name: the preferred one (`preferred_written_name`), the others its aliases."""
    names = props.get("name", [])
    if schema != "Organisation" or len(names) < 2 or len({fold(v.text) for v in names}) > 1:
        return props
    chosen = preferred_written_name(names)
    aliases = {v.text: list(v.statements) for v in props.get("alias", [])}
    for other in names:
        if other is not chosen:
            aliases.setdefault(other.text, []).extend(other.statements)
    props["name"] = [chosen]
    props["alias"] = [Value(text, tuple(dict.fromkeys(ids))) for text, ids in aliases.items()]
    return props


def preferred_written_name(names: list[Value]) -> Value:
    """Of one name's forms: one not in capitals, then one with 'and' for '&', then the most often said, then the first."""
    return min(names, key=lambda v: (v.text.upper() == v.text, "&" in v.text, -len(v.statements), names.index(v)))


def _edges_of_edge_entity(entity: str, schema: Schema, props: dict[str, list[Value]], nodes: Nodes,
                          warnings: list[str]) -> list[Edge]:
    assert schema.edge is not None
    spec = schema.edge
    sources, targets = props.get(spec.source, []), props.get(spec.target, [])
    if not sources or not targets:
        warnings.append(f"{schema.name} {entity} has no {spec.source if not sources else spec.target}; kept as a node")
        return []
    source, target = sources[0], targets[0]
    missing = [v.text for v in (source, target) if nodes.schema(v.text) is None]
    if missing:
        warnings.append(f"{schema.name} {entity}: {', '.join(missing)} not in the graph; kept as a node")
        return []
    # the statements naming the source come first: they are the edge's evidence
    every = tuple(dict.fromkeys([*source.statements, *sorted(sid for values in props.values() for v in values
                                                             for sid in v.statements)]))
    edges = [Edge(entity, spec.type, source.text, target.text, schema.name, entity, None, props, every)]
    for ref in schema.refs():
        if ref.name in (spec.source, spec.target):
            continue
        for value in props.get(ref.name, []):
            if _fits(ref.name, ref.range, value.text, nodes, f"{schema.name} {entity}", warnings):
                edges.append(Edge(f"{entity}:{ref.name}:{value.text}", ref.relationship, source.text, value.text,
                                  schema.name, entity, ref.name, props, value.statements))
    return edges


def _fits(prop: str, range_: str | None, target: str, nodes: Nodes, where: str, warnings: list[str]) -> bool:
    """Whether a ref may become an edge: its target is in the graph and of the model's range."""
    schema = nodes.schema(target)
    if schema is None:
        warnings.append(f"{where}: {prop} points at {target}, which is not in the graph")
        return False
    if schema != range_:
        warnings.append(f"{where}: {prop} points at a {schema} where the model expects {range_}")
        return False
    return True


def _edges_of_node(node: Node, schema: Schema, nodes: Nodes, warnings: list[str]) -> list[Edge]:
    edges = []
    for ref in schema.refs():
        for value in node.props.get(ref.name, []):
            if not _fits(ref.name, ref.range, value.text, nodes, f"{node.schema} {node.id}", warnings):
                continue
            edges.append(Edge(f"{node.id}:{ref.name}:{value.text}", ref.relationship, node.id, value.text,
                              node.schema, node.id, ref.name, {}, value.statements))
    return edges


@dataclass(frozen=True)
class Nodes:
    """The nodes an edge may point at: the graph's, else (for a part of a graph) the schema of a node
    of the rest, as `outside` says."""

    inside: dict[str, Node]
    outside: Callable[[str], str | None] | None

    def schema(self, node_id: str) -> str | None:
        node = self.inside.get(node_id)
        if node is not None:
            return node.schema
        return self.outside(node_id) if self.outside else None


def build_graph(statements: Iterable[Statement], resolution: Resolution, *, model: Model | None = None,
                include_contacts: bool = True, outside: Callable[[str], str | None] | None = None) -> ResolvedGraph:
    """The graph of the statements, people merged as `resolution` says; contacts left out if asked.
    Given `outside` (the schema of a node of a larger graph, or None), the statements are those of
    some of its entities, each whole, and edges from them may point at its other nodes."""
    model = model or load_model()
    warned = GraphWarnings()
    schemas, collected, kept = _collect(statements, resolution, model, include_contacts, warned)
    nodes: dict[str, Node] = {}
    reachable = Nodes(nodes, outside)
    edge_entities: list[tuple[str, Schema, dict[str, list[Value]]]] = []
    for entity in sorted(schemas):
        schema = model.schemas[schemas[entity]]
        props = _one_name(schema.name, _without_generic_type(schema.name, _values(collected[entity])))
        if schema.edge is None:
            nodes[entity] = Node(entity, schema.name, props)
        else:
            edge_entities.append((entity, schema, props))
    edges: list[Edge] = []
    for entity, schema, props in edge_entities:
        found: list[str] = []
        made = _edges_of_edge_entity(entity, schema, props, reachable, found)
        if not made:
            nodes[entity] = Node(entity, schema.name, props)
        edges.extend(made)
        _warn(warned, entity, found)
    for node in list(nodes.values()):
        if model.schemas[node.schema].edge is None:  # an edge entity kept as a node draws no edges
            found = []
            edges.extend(_edges_of_node(node, model.schemas[node.schema], reachable, found))
            _warn(warned, node.id, found)
    return ResolvedGraph(model, nodes, edges, kept, resolution, warned)


def _warn(warned: GraphWarnings, entity: str, found: list[str]) -> None:
    if found:
        warned.edges[entity] = found
