"""Score extracted people and relations against answer keys in the shared gold schema.

The unit is (document, person, relation): the person's name compared by `name_key`
(honorifics, post-nominals, case and punctuation off), the relation from the model's
vocabulary; `other` is left out unless asked for. Scores are given per document, per
relation and in all, with the missing and unexpected rows, so that a user who adds a
document family can measure it and see what to fix.

    python -m kg.evaluate CORPUS_DIR GOLD_DIR     # read the documents directly, no store
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.names import name_key
from kg.statements import Statement

Row = tuple[str, str, str]  # (document, person key, relation)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Report:
    total: Score = field(default_factory=Score)
    by_document: dict[str, Score] = field(default_factory=dict)
    by_relation: dict[str, Score] = field(default_factory=dict)
    missing: list[Row] = field(default_factory=list)
    unexpected: list[Row] = field(default_factory=list)


def gold_rows(gold_dir: Path, *, include_other: bool = False) -> dict[str, set[Row]]:
    """The gold (document, person, relation) rows, by document file name."""
    rows: dict[str, set[Row]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        key = json.loads(path.read_text(encoding="utf-8"))
        doc = key["doc"]
        rows[doc] = {
            (doc, name_key(person["name"]), rel["relation"])
            for person in key.get("people", [])
            for rel in person.get("relations", [])
            if include_other or rel["relation"] != "other"
        }
    return rows


def extracted_rows(statements: Iterable[Statement], *, include_other: bool = False) -> dict[str, set[Row]]:
    """The (document, person, relation) rows the statements hold, by document file name."""
    names: dict[str, str] = {}
    involvements: dict[str, dict[str, str]] = defaultdict(dict)
    documents: dict[str, str] = {}
    for s in statements:
        if s.schema == "Person" and s.prop == "name":
            names[s.entity] = s.value
        elif s.schema == "Involvement" and s.prop in ("person", "relation"):
            involvements[s.entity][s.prop] = s.value
            documents[s.entity] = s.document
    rows: dict[str, set[Row]] = defaultdict(set)
    for entity, props in involvements.items():
        relation = props.get("relation")
        person = names.get(props.get("person", ""))
        if relation and person and (include_other or relation != "other"):
            rows[documents[entity]].add((documents[entity], name_key(person), relation))
    return rows


def evaluate(statements: Iterable[Statement], gold_dir: Path, *, include_other: bool = False) -> Report:
    gold = gold_rows(gold_dir, include_other=include_other)
    found = extracted_rows(statements, include_other=include_other)
    report = Report()
    for doc, expected in gold.items():
        got = found.get(doc, set())
        score = Score(len(expected & got), len(got - expected), len(expected - got))
        report.by_document[doc] = score
        report.total.add(score)
        report.missing.extend(sorted(expected - got))
        report.unexpected.extend(sorted(got - expected))
        for relation in {r for _, _, r in expected | got}:
            exp_r = {row for row in expected if row[2] == relation}
            got_r = {row for row in got if row[2] == relation}
            report.by_relation.setdefault(relation, Score()).add(
                Score(len(exp_r & got_r), len(got_r - exp_r), len(exp_r - got_r)))
    return report


def format_report(report: Report, *, details: bool = True) -> str:
    out = [f"{'document':60} {'P':>6} {'R':>6} {'F1':>6}"]
    for doc, score in sorted(report.by_document.items()):
        out.append(f"{doc[:60]:60} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}")
    out.append("")
    out.append(f"{'relation':60} {'P':>6} {'R':>6} {'F1':>6}")
    for relation, score in sorted(report.by_relation.items()):
        out.append(f"{relation:60} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}")
    t = report.total
    out.append("")
    out.append(f"TOTAL precision {t.precision:.3f} recall {t.recall:.3f} F1 {t.f1:.3f} "
               f"(tp {t.tp}, fp {t.fp}, fn {t.fn})")
    if details:
        out.extend(f"  missing    {row}" for row in report.missing)
        out.extend(f"  unexpected {row}" for row in report.unexpected)
    return "\n".join(out)


def main(argv: list[str]) -> int:
    from kg.loaders import load_document
    from kg.loaders.readers import read_document

    corpus, gold = Path(argv[0]), Path(argv[1])
    statements: list[Statement] = []
    for path in sorted(corpus.glob("*")):
        if path.is_file() and path.suffix.lower() in {".txt", ".pdf", ".html", ".htm"}:
            statements.extend(load_document(read_document(path)).statements)
    print(format_report(evaluate(statements, gold, include_other="--other" in argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
