"""The model (ontology/model.yaml) loaded once: schemas, properties, relations, the shape of
the property graph (captions, edges, relationship types) and the terms of provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class Property:
    name: str
    label: str
    type: str
    rdf: str
    range: str | None = None
    max: int | None = None
    contact: bool = False
    inverse: str | None = None
    edge_type: str | None = None

    @property
    def relationship(self) -> str:
        """The relationship type a ref property becomes in the property graph."""
        return self.edge_type or self.name.upper()


@dataclass(frozen=True)
class EdgeSpec:
    """A schema drawn as a relationship: `type` from the entity in `source` to the one in `target`."""

    source: str
    target: str
    type: str


@dataclass(frozen=True)
class Schema:
    name: str
    label: str
    comment: str
    rdf_class: str
    caption: str
    properties: dict[str, Property] = field(default_factory=dict)
    edge: EdgeSpec | None = None

    def refs(self) -> list[Property]:
        return [p for p in self.properties.values() if p.type == "ref"]


@dataclass(frozen=True)
class Model:
    base: str
    prefixes: dict[str, str]
    relations: dict[str, str]
    schemas: dict[str, Schema]
    provenance: dict[str, str]

    def expand(self, curie: str) -> str:
        prefix, _, local = curie.partition(":")
        return self.prefixes[prefix] + local

    def property(self, schema: str, prop: str) -> Property:
        try:
            return self.schemas[schema].properties[prop]
        except KeyError:
            raise KeyError(f"the model has no property {schema}.{prop}") from None

    def term(self, name: str) -> str:
        """The full IRI of one provenance or resolution term (`quote`, `document`, ...)."""
        return self.expand(self.provenance[name])

    def node_schemas(self) -> list[Schema]:
        return [s for s in self.schemas.values() if s.edge is None]

    def edge_schemas(self) -> list[Schema]:
        return [s for s in self.schemas.values() if s.edge is not None]


def ontology_file(name: str) -> Any:
    return resources.files("kg.ontology").joinpath(name)


def _schema(name: str, spec: dict[str, Any]) -> Schema:
    props = {prop: Property(name=prop, **p) for prop, p in spec["properties"].items()}
    edge = EdgeSpec(**spec["edge"]) if spec.get("edge") else None
    return Schema(name, spec["label"], spec["comment"], spec["rdf_class"], spec["caption"], props, edge)


@lru_cache(maxsize=1)
def load_model() -> Model:
    raw = yaml.safe_load(ontology_file("model.yaml").read_text(encoding="utf-8"))
    schemas = {name: _schema(name, spec) for name, spec in raw["schemas"].items()}
    return Model(raw["base"], raw["prefixes"], raw["relations"], schemas, raw["provenance"])
