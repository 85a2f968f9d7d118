"""What the build generates from the model (ontology/model.yaml): the OWL ontology
(ontology/kg.ttl), the SHACL shapes (ontology/shapes.ttl), the property graph's constraints
and indexes (ontology/property-graph.cypher) and the model page (docs/model.md).

The Turtle is written as text, in the model's order, so the files are stable and their diffs
readable. Run `kg ontology` after editing the model; a test fails
while the committed files are out of date.

Classes are `kg:<Schema>`, each a subclass of the standard class the model names (foaf:Person,
org:Organization, org:Membership, prov:Entity, ...). Domains and ranges are asserted only for
kg: properties; properties reused from standard vocabularies keep their own definitions and
are constrained by the shapes instead. The provenance terms that kg/rdf.py writes beside every
fact (kg:Statement, kg:quote, kg:start, kg:end, kg:extractor, kg:mergedFrom) are declared here
too, since they are part of every built graph.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.model import Model, Property, Schema, load_model

STANDARD_PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "sh": "http://www.w3.org/ns/shacl#",
}
DATATYPES = {"string": "xsd:string", "text": "xsd:string", "number": "xsd:decimal"}
DATE_DATATYPES = ("xsd:date", "xsd:gYearMonth", "xsd:gYear")
GENERATED_NOTE = "Generated from ontology/model.yaml by `kg ontology`: edit the model, not this file."


class ModelError(Exception):
    """The model cannot be turned into a consistent ontology; the message names the property."""


@dataclass(frozen=True)
class Usage:
    """One use of an RDF property IRI by one schema's property."""

    schema: Schema
    prop: Property


@dataclass(frozen=True)
class ProvenanceTerm:
    curie: str
    kind: str
    label: str
    comment: str
    range: str


PROVENANCE_TERMS = (
    ProvenanceTerm("kg:quote", "owl:DatatypeProperty", "quote", "The exact text the fact was read from.",
                   "xsd:string"),
    ProvenanceTerm("kg:start", "owl:DatatypeProperty", "start", "Character offset where the quote starts.",
                   "xsd:integer"),
    ProvenanceTerm("kg:end", "owl:DatatypeProperty", "end", "Character offset where the quote ends.",
                   "xsd:integer"),
    ProvenanceTerm("kg:extractor", "owl:DatatypeProperty", "extractor", "The extractor that read the fact.",
                   "xsd:string"),
    ProvenanceTerm("kg:page", "owl:DatatypeProperty", "page", "The page the quote is on (from 1), in a document "
                   "that has pages.", "xsd:integer"),
)


def turtle_string(text: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
               .replace("\t", "\\t"))
    return f'"{escaped}"'


def english(text: str) -> str:
    return turtle_string(text) + "@en"


def kg_class(schema: Schema | str) -> str:
    return f"kg:{schema if isinstance(schema, str) else schema.name}"


def usages(model: Model) -> dict[str, list[Usage]]:
    """Every RDF property IRI (as a CURIE) with the schema properties that use it, in model order."""
    found: dict[str, list[Usage]] = {}
    for schema in model.schemas.values():
        for prop in schema.properties.values():
            found.setdefault(prop.rdf, []).append(Usage(schema, prop))
    return found


def value_kind(prop: Property) -> str:
    """What a property's values are: the range schema for refs, else the datatype."""
    if prop.type == "ref":
        return f"ref {prop.range}"
    if prop.type == "date":
        return "date"
    return DATATYPES[prop.type]


def check_model(model: Model) -> None:
    """Fail when one IRI has two kinds of value, a ref has no known range, or a type is unknown."""
    for schema in model.schemas.values():
        for prop in schema.properties.values():
            if prop.type not in (*DATATYPES, "date", "ref"):
                raise ModelError(f"{schema.name}.{prop.name}: unknown type {prop.type!r}")
            if prop.type == "ref" and prop.range not in model.schemas:
                raise ModelError(f"{schema.name}.{prop.name}: range {prop.range!r} is not a schema")
            if prop.inverse and prop.type != "ref":
                raise ModelError(f"{schema.name}.{prop.name}: only refs can have an inverse")
    check_graph_shape(model)
    for curie, used in usages(model).items():
        kinds = {value_kind(u.prop) for u in used}
        if len(kinds) > 1:
            where = ", ".join(f"{u.schema.name}.{u.prop.name} ({value_kind(u.prop)})" for u in used)
            raise ModelError(f"{curie} is used with different ranges: {where}")


def check_graph_shape(model: Model) -> None:
    """Fail when a caption is not a property, an edge's ends are not refs, or a relationship
    type would clash with a label (the embedded store's catalogue ignores case)."""
    labels = {name.lower() for name in model.schemas}
    for schema in model.schemas.values():
        if schema.caption not in schema.properties:
            raise ModelError(f"{schema.name}: caption {schema.caption!r} is not one of its properties")
        if schema.edge:
            for end in (schema.edge.source, schema.edge.target):
                if end not in schema.properties or schema.properties[end].type != "ref":
                    raise ModelError(f"{schema.name}: edge end {end!r} is not a ref property")
        ends = (schema.edge.source, schema.edge.target) if schema.edge else ()
        for prop in schema.properties.values():
            if prop.edge_type and prop.type != "ref":
                raise ModelError(f"{schema.name}.{prop.name}: only refs can have an edge_type")
            if prop.type == "ref" and prop.name not in ends and prop.relationship.lower() in labels:
                raise ModelError(f"{schema.name}.{prop.name}: relationship type {prop.relationship} is also a label;"
                                 " give it an edge_type")


def prefix_block(model: Model, extra: dict[str, str]) -> list[str]:
    prefixes = {**STANDARD_PREFIXES, **model.prefixes, **extra}
    return [f"@prefix {name}: <{iri}> ." for name, iri in sorted(prefixes.items())] + [""]


def ontology_iri(model: Model) -> str:
    return model.prefixes["kg"].rstrip("#/")


def class_lines(model: Model, schema: Schema) -> list[str]:
    parents = [] if schema.rdf_class == kg_class(schema) else [schema.rdf_class]
    for prop in schema.properties.values():
        if prop.max is not None:
            parents.append(f"[ a owl:Restriction ; owl:onProperty {prop.rdf} ; "
                           f'owl:maxCardinality "{prop.max}"^^xsd:nonNegativeInteger ]')
    lines = [f"{kg_class(schema)} a owl:Class ;",
             f"    rdfs:label {english(schema.label)} ;",
             f"    rdfs:comment {english(schema.comment)}"]
    for parent in parents:
        lines[-1] += " ;"
        lines.append(f"    rdfs:subClassOf {parent}")
    lines[-1] += " ."
    return lines + [""]


def domain_of(used: list[Usage]) -> str:
    classes = list(dict.fromkeys(kg_class(u.schema) for u in used))
    if len(classes) == 1:
        return classes[0]
    return f"[ a owl:Class ; owl:unionOf ( {' '.join(classes)} ) ]"


def range_of(prop: Property) -> str:
    if prop.type == "ref":
        return kg_class(prop.range or "")
    if prop.type == "date":
        return f"[ a rdfs:Datatype ; owl:unionOf ( {' '.join(DATE_DATATYPES)} ) ]"
    return DATATYPES[prop.type]


def property_lines(curie: str, used: list[Usage]) -> list[str]:
    first = used[0].prop
    kind = "owl:ObjectProperty" if first.type == "ref" else "owl:DatatypeProperty"
    labels = list(dict.fromkeys(u.prop.label for u in used))
    users = ", ".join(f"{u.schema.name}.{u.prop.name}" for u in used)
    return [f"{curie} a {kind} ;",
            f"    rdfs:label {english(' / '.join(labels))} ;",
            f"    rdfs:comment {english('Used by ' + users + '.')} ;",
            f"    rdfs:domain {domain_of(used)} ;",
            f"    rdfs:range {range_of(first)} .", ""]


def inverse_lines(model: Model) -> list[str]:
    lines = []
    for curie, used in usages(model).items():
        for inverse in dict.fromkeys(u.prop.inverse for u in used if u.prop.inverse):
            if inverse.startswith("kg:"):
                lines += [f"{inverse} a owl:ObjectProperty ;",
                          f"    rdfs:label {english('inverse of ' + used[0].prop.label)} ;",
                          f"    owl:inverseOf {curie} .", ""]
            else:
                lines += [f"{curie} owl:inverseOf {inverse} .", ""]
    return lines


STATEMENT_COMMENT = ("One fact as read from one document: the reified triple (rdf:subject, rdf:predicate, "
                     "rdf:object), prov:wasDerivedFrom the document, and where in it.")


def provenance_lines() -> list[str]:
    lines = ["kg:Statement a owl:Class ;",
             f"    rdfs:label {english('Statement')} ;",
             f"    rdfs:comment {english(STATEMENT_COMMENT)} ;",
             "    rdfs:subClassOf rdf:Statement, prov:Entity .", ""]
    for term in PROVENANCE_TERMS:
        lines += [f"{term.curie} a {term.kind} ;",
                  f"    rdfs:label {english(term.label)} ;",
                  f"    rdfs:comment {english(term.comment)} ;",
                  "    rdfs:domain kg:Statement ;",
                  f"    rdfs:range {term.range} .", ""]
    lines += ["kg:mergedFrom a owl:ObjectProperty ;",
              f"    rdfs:label {english('merged from')} ;",
              f"    rdfs:comment {english('A person mention that resolution merged into this person.')} ;",
              "    rdfs:domain kg:Person ;",
              "    rdfs:range kg:Person .", ""]
    return lines


def ontology_turtle(model: Model | None = None) -> str:
    """The OWL ontology of the model, as Turtle."""
    model = model or load_model()
    check_model(model)
    lines = [f"# {GENERATED_NOTE}", *prefix_block(model, {}),
             f"<{ontology_iri(model)}> a owl:Ontology ;",
             f"    rdfs:label {english('Inspections knowledge graph ontology')} ;",
             f"    rdfs:comment {english(GENERATED_NOTE)} .", "", "# Classes", ""]
    for schema in model.schemas.values():
        lines += class_lines(model, schema)
    lines += ["# Properties of the kg: namespace (standard ones keep their own definitions)", ""]
    for curie, used in usages(model).items():
        if curie.startswith("kg:"):
            lines += property_lines(curie, used)
    lines += ["# Inverses", "", *inverse_lines(model), "# Provenance of every fact", "", *provenance_lines()]
    return "\n".join(lines).rstrip("\n") + "\n"


def value_constraints(prop: Property) -> list[str]:
    if prop.type == "ref":
        return ["sh:nodeKind sh:IRI", f"sh:class {kg_class(prop.range or '')}"]
    if prop.type == "date":
        return ["sh:or ( " + " ".join(f"[ sh:datatype {d} ]" for d in DATE_DATATYPES) + " )"]
    return [f"sh:datatype {DATATYPES[prop.type]}"]


def property_shape(schema: Schema, prop: Property) -> list[str]:
    constraints = [f"sh:path {prop.rdf}", f"sh:name {english(prop.label)}", *value_constraints(prop)]
    if prop.max is not None:
        constraints.append(f"sh:maxCount {prop.max}")
    body = " ;\n    ".join(constraints)
    return [f"kgsh:{schema.name}-{prop.name} a sh:PropertyShape ;", f"    {body} .", ""]


def node_shape(schema: Schema) -> list[str]:
    shapes = ", ".join(f"kgsh:{schema.name}-{p}" for p in schema.properties)
    return [f"kgsh:{schema.name} a sh:NodeShape ;",
            f"    sh:targetClass {kg_class(schema)} ;",
            f"    sh:property {shapes} .", ""]


STATEMENT_SHAPES = """kgsh:Statement a sh:NodeShape ;
    sh:targetClass kg:Statement ;
    sh:property [ sh:path rdf:subject ; sh:nodeKind sh:IRI ; sh:minCount 1 ; sh:maxCount 1 ] ,
        [ sh:path rdf:predicate ; sh:nodeKind sh:IRI ; sh:minCount 1 ; sh:maxCount 1 ] ,
        [ sh:path rdf:object ; sh:minCount 1 ; sh:maxCount 1 ] ,
        [ sh:path prov:wasDerivedFrom ; sh:class kg:Document ; sh:minCount 1 ; sh:maxCount 1 ] ,
        [ sh:path kg:quote ; sh:datatype xsd:string ; sh:minCount 1 ; sh:maxCount 1 ] ,
        [ sh:path kg:start ; sh:datatype xsd:integer ; sh:minCount 1 ; sh:maxCount 1 ] ,
        [ sh:path kg:end ; sh:datatype xsd:integer ; sh:minCount 1 ; sh:maxCount 1 ] ,
        [ sh:path kg:extractor ; sh:datatype xsd:string ; sh:minCount 1 ; sh:maxCount 1 ] ,
        [ sh:path kg:page ; sh:datatype xsd:integer ; sh:maxCount 1 ] .
"""


def shapes_turtle(model: Model | None = None) -> str:
    """The SHACL shapes of the model, as Turtle: one node shape per schema, one property shape
    per property (datatype or class, and the maximum count), and the provenance shape."""
    model = model or load_model()
    check_model(model)
    lines = [f"# {GENERATED_NOTE}", *prefix_block(model, {})]
    for schema in model.schemas.values():
        lines += node_shape(schema)
        for prop in schema.properties.values():
            lines += property_shape(schema, prop)
    lines += ["# Every fact's provenance node", "", STATEMENT_SHAPES]
    return "\n".join(lines).rstrip("\n") + "\n"


def range_text(prop: Property) -> str:
    if prop.type == "ref":
        return f"[{prop.range}](#{(prop.range or '').lower()})"
    return {"date": "date (xsd:date, gYearMonth or gYear)", "number": "number (xsd:decimal)"}.get(
        prop.type, f"{prop.type} (xsd:string)")


def schema_section(schema: Schema) -> list[str]:
    lines = [f"## {schema.name}", "", f"{schema.comment}", "",
             f"Class `kg:{schema.name}`, a subclass of `{schema.rdf_class}`." if schema.rdf_class != kg_class(schema)
             else f"Class `kg:{schema.name}`.", "",
             "| property | label | range | RDF | at most | inverse |", "|---|---|---|---|---|---|"]
    for prop in schema.properties.values():
        label = prop.label + (" (contact detail: can be left out of exports)" if prop.contact else "")
        lines.append(f"| `{prop.name}` | {label} | {range_text(prop)} | `{prop.rdf}` | {prop.max or ''} | "
                     f"{f'`{prop.inverse}`' if prop.inverse else ''} |")
    return lines + [""]


def property_graph_cypher(model: Model) -> str:
    """Constraints and indexes of the property graph, in Neo4j's Cypher (run before loading)."""
    from kg.pg import neo4j_schema_statements, property_graph_schema

    lines = [f"// {GENERATED_NOTE}", "// One uniqueness constraint per label (the key), one index per caption.", ""]
    lines += [f"{statement};" for statement in neo4j_schema_statements(property_graph_schema(model))]
    return "\n".join(lines) + "\n"


def property_graph_section(model: Model) -> list[str]:
    from kg.pg import property_graph_schema

    schema = property_graph_schema(model)
    lines = ["## The property graph", "",
             "The same model drawn as labels and relationship types (the embedded LadybugDB store, Neo4j, "
             "the Neo4j CSV and Cypher exports). Every node is keyed by `id` (unique: "
             "`ontology/property-graph.cypher` holds the constraints and indexes); every value is text as "
             "written, or a list of text.", "",
             "| label | properties |", "|---|---|"]
    for label in schema.labels.values():
        lines.append(f"| `{label.name}` | {', '.join(p.name + ('[]' if p.many else '') for p in label.properties)} |")
    lines += ["", "| relationship | from → to | properties |", "|---|---|---|"]
    for rel in schema.relationships.values():
        pairs = "; ".join(f"{a} → {b}" for a, b in rel.pairs)
        props = ", ".join(p.name + ("[]" if p.many else "") for p in rel.properties)
        lines.append(f"| `{rel.name}` | {pairs} | {props} |")
    return lines + [""]


def model_markdown(model: Model | None = None) -> str:
    """The human-readable page of the model."""
    model = model or load_model()
    check_model(model)
    lines = ["# The kg model", "", f"<!-- {GENERATED_NOTE} -->", "",
             "Every entity is typed with its `kg:` class and the standard class it specialises. Every fact "
             "(one property value of one entity) sits in the named graph of the document it was read from, "
             "beside a `kg:Statement` node giving `prov:wasDerivedFrom` (the document), `kg:quote`, "
             "`kg:start` and `kg:end`.", "",
             f"Instance IRIs sit under `{model.base}` (set `KG_BASE_IRI` when building, or give `kg export --base`, to change it): "
             f"`{model.base}person/<id>` for entities (likewise for each kind), "
             f"`{model.base}graph/<document id>` for document graphs. "
             f"Classes and properties sit under `{model.prefixes['kg']}`.", "",
             "Generated files: `ontology/kg.ttl` (OWL), `ontology/shapes.ttl` (SHACL), "
             "`ontology/property-graph.cypher` (property-graph constraints and indexes).", "",
             "## Prefixes", "", "| prefix | namespace |", "|---|---|"]
    lines += [f"| `{name}` | <{iri}> |" for name, iri in model.prefixes.items()]
    lines += ["", "## Relations of people to documents", "",
              "The values of `Involvement.relation`:", "", "| relation | meaning |", "|---|---|"]
    lines += [f"| `{name}` | {meaning} |" for name, meaning in model.relations.items()]
    lines.append("")
    for schema in model.schemas.values():
        lines += schema_section(schema)
    lines += property_graph_section(model)
    return "\n".join(lines).rstrip("\n") + "\n"


def default_root() -> Path:
    """The project folder holding ontology/ (the model's package folder's parent)."""
    return Path(str(resources.files("kg.ontology"))).parent


def generated_files(root: Path, model: Model | None = None) -> Iterator[tuple[Path, str]]:
    model = model or load_model()
    yield root / "ontology" / "kg.ttl", ontology_turtle(model)
    yield root / "ontology" / "shapes.ttl", shapes_turtle(model)
    yield root / "ontology" / "property-graph.cypher", property_graph_cypher(model)
    yield root / "docs" / "model.md", model_markdown(model)


def stale_files(root: Path) -> list[Path]:
    """The generated files that differ from what the model generates now."""
    return [path for path, text in generated_files(root)
            if not path.exists() or path.read_text(encoding="utf-8") != text]


def write_generated(root: Path) -> list[Path]:
    written = []
    for path, text in generated_files(root):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
