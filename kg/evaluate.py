"""Score extracted people and relations against answer keys in the shared gold schema.

The unit is (document, person, relation): the person's name compared by `name_key`
(honorifics, post-nominals, case and punctuation off), the relation from the model's
vocabulary; `other` is left out unless asked for. Scores are given per document, per
relation and in all, with the missing and unexpected rows, so that a user who adds a
document family can measure it and see what to fix.

    python -m kg.evaluate CORPUS_DIR GOLD_DIR [--findings]   # read the documents directly, no store

`evaluate_findings` scores the findings (ratings, % yes, theme scores, recommendations and
their addressees, strengths, areas for improvement, metrics, programmes) the same way.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def answer_keys(gold_dir: Path) -> list[dict[str, Any]]:
    """The answer keys in one folder (not its subfolders: score corpus/extra against gold/extra)."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(gold_dir.glob("*.json"))]


def gold_rows(gold_dir: Path, *, include_other: bool = False) -> dict[str, set[Row]]:
    """The gold (document, person, relation) rows, by document file name."""
    rows: dict[str, set[Row]] = {}
    for key in answer_keys(gold_dir):
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


# --- findings ------------------------------------------------------------------------------
# Ratings, key question scores, theme scores, recommendations with their addressees, key
# strengths and areas for improvement, and key-fact metrics, compared with the gold keys as sets
# of rows per document. Texts are compared by their folded opening words (the keys hold the
# opening of each text); metrics by value and comparator value, and by name where the key gives a
# standard one (not "other:..."). Programmes are compared loosely (one name inside the other).

FindingRow = tuple[str, ...]
FINDING_KINDS = ("rating", "percent_yes", "theme_score", "recommendation", "strength", "improvement", "metric",
                 "programme")


@dataclass
class FindingsReport:
    by_kind: dict[str, Score] = field(default_factory=dict)
    missing: list[tuple[str, FindingRow]] = field(default_factory=list)
    unexpected: list[tuple[str, FindingRow]] = field(default_factory=list)


def _fold(text: object, length: int = 60) -> str:
    from kg.gazetteer import fold

    return fold(str(text or ""))[:length].strip()


def _number(value: object) -> str:
    if value is None or value == "":
        return ""
    number = float(str(value).replace(",", ""))
    return str(int(number)) if number.is_integer() else str(number)


def gold_findings(gold_dir: Path) -> dict[str, dict[str, set[FindingRow]]]:
    """The gold finding rows, by document and kind (core keys and the lighter extra keys)."""
    found: dict[str, dict[str, set[FindingRow]]] = {}
    for key in answer_keys(gold_dir):
        doc = key["doc"]
        rows: dict[str, set[FindingRow]] = {kind: set() for kind in FINDING_KINDS}
        for rating in key.get("ratings", []):
            rows["rating"].add((doc, _fold(rating["scope"]), _fold(rating["rating"])))
            for score in rating.get("percent_yes", []):
                rows["percent_yes"].add((doc, score["question"], _number(score["value"])))
        for theme in key.get("theme_scores", []):
            rows["theme_score"].add((doc, _fold(theme["theme"]), _number(theme["percent_done_well"])))
        for rec in key.get("recommendations", []):
            rows["recommendation"].add((doc, _number(rec.get("number")), _fold(rec.get("addressee")),
                                        _fold(rec["text_start"], 40)))
        for text in key.get("key_strengths", []):
            rows["strength"].add((doc, _fold(text)))
        for text in key.get("areas_for_improvement", []):
            rows["improvement"].add((doc, _fold(text)))
        for metric in key.get("metrics", []):
            name = "" if metric["name"].startswith("other:") else metric["name"]
            rows["metric"].add((doc, name, _number(metric["value"]), _number(metric.get("comparator_value"))))
        for name in key.get("services_and_programmes", []):
            rows["programme"].add((doc, _fold(name, 80)))
        found[doc] = rows
    return found


def extracted_findings(statements: Iterable[Statement]) -> dict[str, dict[str, set[FindingRow]]]:
    """The finding rows the statements hold, by document and kind."""
    entities: dict[tuple[str, str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for s in statements:
        if s.schema in {"Rating", "KeyQuestion", "Recommendation", "Finding", "Observation", "Programme"}:
            entities[(s.document, s.schema, s.entity)][s.prop].append(s.value)
    found: dict[str, dict[str, set[FindingRow]]] = defaultdict(lambda: {kind: set() for kind in FINDING_KINDS})
    for (doc, schema, _), props in entities.items():
        one = {prop: values[0] for prop, values in props.items()}
        rows = found[doc]
        if schema == "Rating" and "rating" in one:
            rows["rating"].update((doc, _fold(one.get("scope")), _fold(value)) for value in set(props["rating"]))
        if schema == "Rating" and "percent" in one:
            rows["theme_score"].add((doc, _fold(one.get("scope")), _number(one["percent"])))
        elif schema == "KeyQuestion":
            rows["percent_yes"].add((doc, one.get("code", ""), _number(one.get("percent_yes"))))
        elif schema == "Recommendation":
            rows["recommendation"].add((doc, _number(one.get("number")), _fold(one.get("addressee")),
                                        _fold(one.get("text"), 40)))
        elif schema == "Finding" and one.get("polarity") in {"strength", "improvement"}:
            rows[one["polarity"]].add((doc, _fold(one.get("text"))))
        elif schema == "Observation":
            rows["metric"].add((doc, one.get("metric", ""), _number(one.get("value")),
                                _number(one.get("comparator_value"))))
        elif schema == "Programme":
            rows["programme"].update((doc, _fold(name, 80)) for name in set(props.get("name", [])))
    return found


def _matches(kind: str, expected: FindingRow, got: FindingRow) -> bool:
    if kind == "metric":
        _, name, value, comparator = expected
        return got[2] == value and (not comparator or got[3] == comparator) and (not name or got[1] == name)
    if kind == "programme":
        a, b = expected[1].replace(" ", ""), got[1].replace(" ", "")
        return bool(a and b) and (a in b or b in a)
    return expected == got


def evaluate_findings(statements: Iterable[Statement], gold_dir: Path) -> FindingsReport:
    """Precision and recall of the findings per kind, over the documents the gold keys cover."""
    gold = gold_findings(gold_dir)
    found = extracted_findings(statements)
    report = FindingsReport()
    for doc, kinds in gold.items():
        for kind in FINDING_KINDS:
            expected, got = kinds[kind], found.get(doc, {}).get(kind, set())
            hit_expected = {e for e in expected if any(_matches(kind, e, g) for g in got)}
            hit_got = {g for g in got if any(_matches(kind, e, g) for e in expected)}
            score = Score(len(hit_expected), len(got - hit_got), len(expected - hit_expected))
            report.by_kind.setdefault(kind, Score()).add(score)
            report.missing.extend((kind, row) for row in sorted(expected - hit_expected))
            report.unexpected.extend((kind, row) for row in sorted(got - hit_got))
    return report


def format_findings_report(report: FindingsReport, *, details: bool = True) -> str:
    out = [f"{'findings':20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for kind in FINDING_KINDS:
        s = report.by_kind.get(kind, Score())
        out.append(f"{kind:20} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}")
    if details:
        out.extend(f"  missing    {kind:14} {row}" for kind, row in report.missing)
        out.extend(f"  unexpected {kind:14} {row}" for kind, row in report.unexpected)
    return "\n".join(out)
