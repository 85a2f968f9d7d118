"""SPARQL over the embedded store: canned and typed queries, parameters bound as literals.

A query declares each parameter as `VALUES ?param_NAME { UNDEF }` inside its WHERE clause;
`--param NAME=VALUE` binds it to an RDF literal serialised by Oxigraph, so the value can
never change the query's structure. Unbound, the parameter does not filter.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg.canned import QueryError


def term_text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal | ox.NamedNode):
        return term.value
    return str(term)


def bind_parameters(text: str, params: dict[str, str]) -> str:
    """Bind each parameter where the query declares it (`VALUES ?param_NAME { UNDEF }`).

    The value goes in as an RDF literal serialised by Oxigraph (quotes and newlines escaped),
    so a document's or user's text can never change the query's structure.
    """
    for key, value in params.items():
        declaration = f"VALUES ?param_{key} {{ UNDEF }}"
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) or declaration not in text:
            raise QueryError(f"this query takes no parameter {key!r}")
        text = text.replace(declaration, f"VALUES ?param_{key} {{ {ox.Literal(value)} }}")
    return text


def run_sparql(store: ox.Store, text: str, params: dict[str, str] | None = None,
               ) -> tuple[list[str], list[list[str]]]:
    """Columns and rows (as text) of a SPARQL SELECT over the store, all graphs as the default graph."""
    text = bind_parameters(text, params or {})
    try:
        result = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"SPARQL query failed: {exc}") from exc
    if isinstance(result, bool | ox.QueryBoolean):
        return ["result"], [["true" if bool(result) else "false"]]
    if not isinstance(result, ox.QuerySolutions):
        return ["subject", "predicate", "object"], [[term_text(t.subject), term_text(t.predicate),
                                                    term_text(t.object)] for t in result]
    columns = [v.value for v in result.variables]
    rows = [[term_text(solution[c]) for c in columns] for solution in result]
    return columns, rows
