"""The canned queries as a test runs them on the real corpus: each with the parameters it needs
(taken from the golden rows or from the built graph, never answers), and rows compared as
sets, a list cell ('a; b') as the set of its parts, since neither GROUP_CONCAT nor collect
promises an order."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.canned import canned_queries, run_canned
from kg.store import Store

Rows = list[list[str]]
ONLY_CYPHER = {"path"}  # SPARQL can test that a path exists, not return it


@dataclass(frozen=True)
class Case:
    name: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.name + "".join(f"[{k}={v}]" for k, v in sorted(self.params.items()))


def canned_cases(store: Store) -> list[Case]:
    """Every canned query once, with what its required parameters need, and a filtered run of
    the new ones."""
    people = Counter(row[1] for row in run(store, "person-roles")[1])
    busiest = people.most_common(1)[0][0]
    cases = [Case(name) for name, query in canned_queries("cypher").items()
             if not any(query.parameter_names().values())]  # no required parameter
    cases += [
        Case("area-profile", {"area": "Barking and Dagenham"}),
        Case("board-members", {"area": board_area(store)}),
        Case("inspector-areas", {"inspector": run(store, "inspector-areas")[1][0][0]}),
        Case("post-holders", {"post": "chair"}),
        Case("post-holders", {"post": "chief inspector"}),
        Case("post-holders", {"post": "chair", "at": "2015-06"}),
        Case("metrics", {"metric": "reoffending_rate", "comparator": "England and Wales"}),
        Case("person", {"name": busiest}),
        Case("path", {"from": busiest, "to": people.most_common(2)[1][0]}),
    ]
    return cases


def board_area(store: Store) -> str:
    """The area with the most board and panel rows."""
    return Counter(row[0] for row in run(store, "board-members")[1] if row[0]).most_common(1)[0][0]


def run(store: Store, name: str, params: dict[str, str] | None = None, engine: str = "sparql"
        ) -> tuple[list[str], Rows]:
    return run_canned(store, canned_queries(engine)[name], params or {})


def comparable(rows: Rows) -> list[tuple[str, ...]]:
    """Rows sorted, each cell's '; '-separated parts sorted."""
    return sorted(tuple("; ".join(sorted(cell.split("; "))) for cell in row) for row in rows)


def row_diff(found: Rows, expected: Rows, limit: int = 10) -> str:
    """What one side has that the other lacks, as many times as it lacks it, readably."""
    a, b = Counter(comparable(found)), Counter(comparable(expected))
    missing, extra = sorted((b - a).elements())[:limit], sorted((a - b).elements())[:limit]
    return "\n".join([f"{len(found)} rows found, {len(expected)} expected", "missing:",
                      *(f"  {row}" for row in missing), "unexpected:", *(f"  {row}" for row in extra)])
