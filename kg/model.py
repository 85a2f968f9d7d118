"""The model (ontology/model.yaml) loaded once: schemas, properties, relations, vocabularies."""

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


@dataclass(frozen=True)
class Schema:
    name: str
    label: str
    comment: str
    rdf_class: str
    properties: dict[str, Property] = field(default_factory=dict)


@dataclass(frozen=True)
class Model:
    base: str
    prefixes: dict[str, str]
    relations: dict[str, str]
    schemas: dict[str, Schema]

    def expand(self, curie: str) -> str:
        prefix, _, local = curie.partition(":")
        return self.prefixes[prefix] + local

    def property(self, schema: str, prop: str) -> Property:
        try:
            return self.schemas[schema].properties[prop]
        except KeyError:
            raise KeyError(f"the model has no property {schema}.{prop}") from None


def ontology_file(name: str) -> Any:
    return resources.files("kg.ontology").joinpath(name)


@lru_cache(maxsize=1)
def load_model() -> Model:
    raw = yaml.safe_load(ontology_file("model.yaml").read_text(encoding="utf-8"))
    schemas = {}
    for schema_name, spec in raw["schemas"].items():
        props = {name: Property(name=name, **p) for name, p in spec["properties"].items()}
        schemas[schema_name] = Schema(schema_name, spec["label"], spec["comment"], spec["rdf_class"], props)
    return Model(raw["base"], raw["prefixes"], raw["relations"], schemas)
