"""Score extracted people and relations against answer keys in the shared gold schema.

The unit is (document, person, relation): the person's name compared by `name_key`
(honorifics, post-nominals, case and punctuation off), the relation from the model's
vocabulary; `other` is left out unless asked for. Scores are given per document, per
relation and in all, with the missing and unexpected rows, so that a user who adds a
document family can measure it and see what to fix. On the rows found, the organisation
(both sides resolved through the gazetteer in the document's area, so "Havering YOS" is
"Havering Youth Offending Service" and "Devon Council" is Devon County Council) and the role
(folded; one containing the other) are scored too, per relation: an F1 of 1.0 says nothing
about whom a person works for.

    kg eval --gold GOLD_DIR [--corpus CORPUS_DIR]   # from the store, or straight from the documents

`evaluate_findings` scores the findings (ratings, % yes, theme scores, recommendations and
their addressees, strengths, areas for improvement, metrics, programmes) the same way.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.comparators import standard_comparator
from kg.gazetteer import fold
from kg.graph import preferred_name
from kg.loaders.findings_common import rating_label
from kg.loaders.findings_metrics import standard_metric
from kg.loaders.findings_ratings import theme_of_work
from kg.names import name_key, other_form_of
from kg.statements import Statement
from kg.vocabulary import singular_post

Row = tuple[str, str, str]  # (document, person key, relation)
Row2 = tuple[str, str]  # (document, person key)


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
class Accuracy:
    """How many of the values compared were right."""

    right: int = 0
    compared: int = 0

    @property
    def rate(self) -> float:
        return self.right / self.compared if self.compared else 1.0

    def add(self, right: bool) -> None:
        self.right += int(right)
        self.compared += 1

    def text(self) -> str:
        return f"{self.rate:.3f}" if self.compared else "-"


@dataclass
class Report:
    total: Score = field(default_factory=Score)
    by_document: dict[str, Score] = field(default_factory=dict)
    by_relation: dict[str, Score] = field(default_factory=dict)
    missing: list[Row] = field(default_factory=list)
    unexpected: list[Row] = field(default_factory=list)
    organisation: dict[str, Accuracy] = field(default_factory=dict)  # by relation, on the rows found
    role: dict[str, Accuracy] = field(default_factory=dict)
    wrong_details: list[str] = field(default_factory=list)

    def organisation_total(self) -> Accuracy:
        return _summed(self.organisation.values())

    def role_total(self) -> Accuracy:
        return _summed(self.role.values())


def _summed(accuracies: Iterable[Accuracy]) -> Accuracy:
    total = Accuracy()
    for accuracy in accuracies:
        total.right += accuracy.right
        total.compared += accuracy.compared
    return total


class AnswerKeyError(ValueError):
    """An answer key that is not JSON, or not a key of the shared gold schema: its message names the file."""


def answer_keys(gold_dir: Path) -> list[dict[str, Any]]:
    """The answer keys in one folder (not its subfolders: score corpus/extra against gold/extra)."""
    return [answer_key(path) for path in sorted(gold_dir.glob("*.json"))]


def answer_key(path: Path) -> dict[str, Any]:
    """One answer key, checked for the fields scoring reads: a `doc`, and people with a name and relations."""
    try:
        key = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AnswerKeyError(f"{path.name}: unreadable answer key ({exc})") from None
    except json.JSONDecodeError as exc:
        raise AnswerKeyError(f"{path.name}: not JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(key, dict) or not isinstance(key.get("doc"), str):
        raise AnswerKeyError(f"{path.name}: not an answer key (an object whose 'doc' names its document)")
    people = key.get("people", [])
    if not isinstance(people, list) or not all(_is_person(person) for person in people):
        raise AnswerKeyError(f"{path.name}: 'people' is not a list of {{name, relations[{{relation, ...}}]}}")
    return key


def _is_person(person: object) -> bool:
    return (isinstance(person, dict) and isinstance(person.get("name"), str)
            and isinstance(person.get("relations", []), list)
            and all(isinstance(rel, dict) and isinstance(rel.get("relation"), str)
                    for rel in person.get("relations", [])))


@dataclass(frozen=True)
class Details:
    """The roles and organisations written for one (document, person, relation) row."""

    roles: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()


def gold_details(gold_dir: Path) -> tuple[dict[Row, Details], dict[str, str | None]]:
    """The role and organisation of every gold row, and each document's area."""
    details: dict[Row, Details] = {}
    areas: dict[str, str | None] = {}
    for key in answer_keys(gold_dir):
        doc = key["doc"]
        areas[doc] = key.get("area")
        for person in key.get("people", []):
            for rel in person.get("relations", []):
                row = (doc, name_key(person["name"]), rel["relation"])
                old = details.get(row, Details())
                details[row] = Details(old.roles | {rel["role"]} if rel.get("role") else old.roles,
                                       old.organisations | {rel["organisation"]} if rel.get("organisation")
                                       else old.organisations)
    return details, areas


def resolved_names(statements: Iterable[Statement], canonical: dict[str, str] | None = None,
                   as_written: Iterable[Row2] = ()) -> dict[str, str]:
    """The name of each person mention: the fullest name of the person it was resolved to (`canonical`), as the graph
    names them ('Councillor Carver-Smyth' in one paper is 'Imelda Carver-Smyth'), else its own; its own where the
    keys name it so in its document (`as_written`: (document, name key); minutes' 'G Ashworth' is Gillian Ashworth,
    and a key that writes 'G Ashworth' is right too)."""
    statements = list(statements)
    names = {s.entity: s.value for s in statements if s.schema == "Person" and s.prop == "name"}
    if not canonical:
        return names
    documents = {s.entity: s.document for s in statements if s.schema == "Person" and s.prop == "name"}
    written = set(as_written)
    by_person: dict[str, list[str]] = defaultdict(list)
    for entity, name in names.items():
        by_person[canonical.get(entity, entity)].append(name)
    fullest = {person: preferred_name(found) or "" for person, found in by_person.items()}
    return {entity: name if (documents[entity], name_key(name)) in written else fullest[canonical.get(entity, entity)]
            for entity, name in names.items()}


def extracted_details(statements: Iterable[Statement], canonical: dict[str, str] | None = None,
                      as_written: Iterable[Row2] = ()) -> dict[Row, Details]:
    """The roles and organisations the statements write for every (document, person, relation) row."""
    statements = list(statements)
    names = resolved_names(statements, canonical, as_written)
    org_names: dict[str, str] = {}
    props: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    documents: dict[str, str] = {}
    for s in statements:
        if s.schema == "Organisation" and s.prop == "name":
            org_names[s.entity] = s.value
        elif s.schema == "Involvement":
            props[s.entity][s.prop].add(s.value)
            documents[s.entity] = s.document
    details: dict[Row, Details] = {}
    for entity, values in props.items():
        person = names.get(next(iter(values.get("person", ())), ""))
        for relation in values.get("relation", ()):
            if not person:
                continue
            row = (documents[entity], name_key(person), relation)
            old = details.get(row, Details())
            details[row] = Details(old.roles | values.get("role", set()),
                                   old.organisations | {org_names.get(o, o) for o in values.get("organisation", ())})
    return details


CHAIRMAN = re.compile(r"\bchair(?:man|woman|person)\b")


def same_role(gold: str, found: str) -> bool:
    """Roles as written agree when, folded, one holds the other ('Chief Inspector' in 'Chief Inspector, X Police'); a
    plural post is one member's ('CQC Inspectors' over a list is each member's 'CQC Inspector')."""
    a, b = (" " + CHAIRMAN.sub("chair", fold(singular_post(text))) + " " for text in (gold, found))
    return bool(a.strip() and b.strip()) and (a in b or b in a)


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


def extracted_rows(statements: Iterable[Statement], *, include_other: bool = False,
                   canonical: dict[str, str] | None = None, as_written: Iterable[Row2] = ()) -> dict[str, set[Row]]:
    """The (document, person, relation) rows the statements hold, by document file name (each person by the name of
    the person resolution made them, given `canonical`, or as written where the keys write it so: `resolved_names`)."""
    statements = list(statements)
    names = resolved_names(statements, canonical, as_written)
    involvements: dict[str, dict[str, str]] = defaultdict(dict)
    documents: dict[str, str] = {}
    for s in statements:
        if s.schema == "Involvement" and s.prop in ("person", "relation"):
            involvements[s.entity][s.prop] = s.value
            documents[s.entity] = s.document
    rows: dict[str, set[Row]] = defaultdict(set)
    for entity, props in involvements.items():
        relation = props.get("relation")
        person = names.get(props.get("person", ""))
        if relation and person and (include_other or relation != "other"):
            rows[documents[entity]].add((documents[entity], name_key(person), relation))
    return rows


def evaluate(statements: Iterable[Statement], gold_dir: Path, *, include_other: bool = False,
             canonical: dict[str, str] | None = None) -> Report:
    """Score the statements' people against the keys, each person by the name resolution gave them (`canonical`)."""
    statements = list(statements)
    gold = gold_rows(gold_dir, include_other=include_other)
    written = {(doc, person) for rows in gold_rows(gold_dir, include_other=True).values() for doc, person, _ in rows}
    found = extracted_rows(statements, include_other=include_other, canonical=canonical, as_written=written)
    report = Report()
    score_details(report, gold_dir, extracted_details(statements, canonical, written),
                  {row for rows in gold.values() for row in rows} & {row for rows in found.values() for row in rows})
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


def score_details(report: Report, gold_dir: Path, found: dict[Row, Details], rows: set[Row]) -> None:
    """Organisation and role accuracy on the rows both sides hold, where the gold gives one."""
    from kg.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    expected, areas = gold_details(gold_dir)
    for row in sorted(rows):
        doc, _, relation = row
        gold, got = expected.get(row, Details()), found.get(row, Details())
        if gold.organisations:
            area = areas.get(doc)
            wanted = {gazetteer.organisation(o, area).id for o in gold.organisations}
            right = bool(wanted & {gazetteer.organisation(o, area).id for o in got.organisations})
            report.organisation.setdefault(relation, Accuracy()).add(right)
            if not right:
                report.wrong_details.append(f"organisation {row}: {sorted(gold.organisations)} "
                                            f"!= {sorted(got.organisations)}")
        if gold.roles:
            right = any(same_role(g, f) for g in gold.roles for f in got.roles)
            report.role.setdefault(relation, Accuracy()).add(right)
            if not right:
                report.wrong_details.append(f"role {row}: {sorted(gold.roles)} != {sorted(got.roles)}")


def format_report(report: Report, *, details: bool = True) -> str:
    out = [f"{'document':60} {'P':>6} {'R':>6} {'F1':>6}"]
    for doc, score in sorted(report.by_document.items()):
        out.append(f"{doc[:60]:60} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}")
    out.append("")
    out.append(f"{'relation':46} {'P':>6} {'R':>6} {'F1':>6} {'org':>6} {'role':>6}")
    for relation, score in sorted(report.by_relation.items()):
        org, role = report.organisation.get(relation, Accuracy()), report.role.get(relation, Accuracy())
        out.append(f"{relation:46} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {org.text():>6} "
                   f"{role.text():>6}")
    t = report.total
    org, role = report.organisation_total(), report.role_total()
    out.append("")
    out.append(f"TOTAL precision {t.precision:.3f} recall {t.recall:.3f} F1 {t.f1:.3f} "
               f"(tp {t.tp}, fp {t.fp}, fn {t.fn})")
    out.append(f"ORGANISATION accuracy {org.text()} ({org.right} of {org.compared}); "
               f"ROLE accuracy {role.text()} ({role.right} of {role.compared}) on the rows found")
    if details:
        out.extend(f"  missing    {row}" for row in report.missing)
        out.extend(f"  unexpected {row}" for row in report.unexpected)
        out.extend(f"  wrong      {line}" for line in report.wrong_details)
    return "\n".join(out)


# --- findings ------------------------------------------------------------------------------
# Ratings, key question scores, theme scores, recommendations with their addressees, key
# strengths and areas for improvement, and key-fact metrics (with the cases examined, which the core keys
# state apart and the extra keys as a metric), compared with the gold keys as sets of rows per document.
# Texts are compared by their folded opening words (the keys hold the opening of each text);
# metrics by value and comparator (any of the comparators stated with the fact: its value, and its name in the
# comparator vocabulary's words, so a key's "National average" is kg's "England and Wales"), and by name where the key
# gives a standard one (not "other:..."), in the vocabulary's words; an inspection's cases examined is that metric whether written as an observation
# or on the inspection. Programmes are compared loosely (one name inside the other).

FindingRow = tuple[str, ...]
FINDING_KINDS = ("rating", "percent_yes", "theme_score", "recommendation", "strength", "improvement", "metric",
                 "programme")


@dataclass
class FindingsReport:
    by_kind: dict[str, Score] = field(default_factory=dict)
    missing: list[tuple[str, FindingRow]] = field(default_factory=list)
    unexpected: list[tuple[str, FindingRow]] = field(default_factory=list)
    overall_stated: int = 0  # overall ratings the keys state (a rating row of scope "overall")

    @property
    def overall_missed(self) -> list[FindingRow]:
        return [row for kind, row in self.missing if kind == "rating" and row[1] == OVERALL]

    @property
    def overall_read(self) -> float:
        """The share of the overall ratings stated that were read, for their document."""
        return 1 - len(self.overall_missed) / self.overall_stated if self.overall_stated else 1.0


OVERALL = "overall"  # the scope of an overall rating, folded


def _fold(text: object, length: int = 60) -> str:
    return fold(str(text or ""))[:length].strip()


def _scope(scope: str) -> str:
    """A key's scope under the one name kg gives its theme of work ('Protecting children and young people' is
    'Protecting the child or young person') or its domain ('Domain one: organisational delivery' is 'Organisational
    delivery'), folded."""
    scope = re.sub(r"^domain\s+\w+\s*:\s*", "", scope, flags=re.IGNORECASE)
    return _fold(theme_of_work(scope) or scope)


def _number(value: object) -> str:
    """A figure as one text however it is written ('1,200', 1200.0); a figure that is no number ('11-13', a
    range) is compared as it is written."""
    if value is None or value == "":
        return ""
    try:
        number = float(str(value).replace(",", ""))
    except ValueError:
        return str(value).strip()
    return str(int(number)) if number.is_integer() else str(number)


# The field of a key that states each kind: a key without it (the extra schema has no programmes, strengths or
# recommendations) says nothing of that kind, so what is found of it is neither right nor wrong.
KIND_FIELDS = {"rating": ("ratings",), "percent_yes": ("ratings",), "theme_score": ("theme_scores",),
               "recommendation": ("recommendations",), "strength": ("key_strengths",),
               "improvement": ("areas_for_improvement",), "metric": ("metrics", "cases_examined"),
               "programme": ("services_and_programmes",)}


def gold_findings(gold_dir: Path) -> dict[str, dict[str, set[FindingRow]]]:
    """The gold finding rows, by document and kind (core keys and the lighter extra keys); only the kinds a key
    states."""
    found: dict[str, dict[str, set[FindingRow]]] = {}
    for key in answer_keys(gold_dir):
        doc = key["doc"]
        rows: dict[str, set[FindingRow]] = {kind: set() for kind in FINDING_KINDS
                                            if any(field in key for field in KIND_FIELDS[kind])}
        for rating in key.get("ratings", []):
            # a key's "Require improvement" is the scale's "Requires improvement", as kg labels it
            rows["rating"].add((doc, _scope(rating["scope"]), _fold(rating_label(rating["rating"]))))
            for score in rating.get("percent_yes", []):
                rows["percent_yes"].add((doc, score["question"], _number(score["value"])))
        for theme in key.get("theme_scores", []):
            rows["theme_score"].add((doc, _scope(theme["theme"]), _number(theme["percent_done_well"])))
        for rec in key.get("recommendations", []):
            rows["recommendation"].add((doc, _number(rec.get("number")), _fold(rec.get("addressee")),
                                        _fold(rec["text_start"], 40)))
        for text in key.get("key_strengths", []):
            rows["strength"].add((doc, _fold(text)))
        for text in key.get("areas_for_improvement", []):
            rows["improvement"].add((doc, _fold(text)))
        for metric in key.get("metrics", []):
            name = "" if metric["name"].startswith("other:") else standard_metric(metric["name"], metric.get("unit"))
            rows["metric"].add((doc, name, _number(metric["value"]),
                                _compared(metric.get("comparator_value"), metric.get("comparator"))))
        if key.get("cases_examined") is not None:  # the core keys state it apart; the extra keys list it as a metric
            rows["metric"].add((doc, "cases_examined", _number(key["cases_examined"]), ""))
        for name in key.get("services_and_programmes", []):
            rows["programme"].add((doc, _fold(name, 80)))
        found[doc] = rows
    return found


def extracted_findings(statements: Iterable[Statement]) -> dict[str, dict[str, set[FindingRow]]]:
    """The finding rows the statements hold, by document and kind."""
    entities: dict[tuple[str, str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for s in statements:
        if s.schema in {"Rating", "KeyQuestion", "Recommendation", "Finding", "Observation", "Programme"} or (
                s.schema == "Inspection" and s.prop == "cases_examined"):
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
        elif schema == "Inspection":
            rows["metric"].update((doc, "cases_examined", _number(value), "") for value in props["cases_examined"])
        elif schema == "Observation":
            rows["metric"].add((doc, one.get("metric", ""), _number(one.get("value")),
                                _compared(one.get("comparator_value"), one.get("comparator"))))
        elif schema == "Programme":
            rows["programme"].update((doc, _fold(name, 80)) for name in set(props.get("name", [])))
    for rows in found.values():
        rows["metric"] = _one_row_per_fact(rows["metric"])
    return found


def _compared(value: object, comparator: str | None) -> str:
    """A comparator's value and its name in the vocabulary ('32.5 England and Wales'), or '' for none."""
    return " ".join(part for part in (_number(value), standard_comparator(comparator) if comparator else "") if part)


def _one_row_per_fact(rows: set[FindingRow]) -> set[FindingRow]:
    """A key fact stated with several comparators is one observation per comparator; it is one row, holding every
    comparator ('32.5 England and Wales|35.0 region'), since a key may list any one of them."""
    compared: dict[FindingRow, set[str]] = defaultdict(set)
    for doc, name, value, comparator in rows:
        compared[(doc, name, value)].add(comparator)
    return {(*fact, "|".join(sorted(values - {""} or values))) for fact, values in compared.items()}


def _matches(kind: str, expected: FindingRow, got: FindingRow) -> bool:
    if kind == "metric":
        _, name, value, comparator = expected
        return got[2] == value and (not comparator or comparator in got[3].split("|")) and (not name or got[1] == name)
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
        for kind in kinds:
            expected, got = kinds[kind], found.get(doc, {}).get(kind, set())
            hit_expected = {e for e in expected if any(_matches(kind, e, g) for g in got)}
            hit_got = {g for g in got if any(_matches(kind, e, g) for e in expected)}
            score = Score(len(hit_expected), len(got - hit_got), len(expected - hit_expected))
            report.by_kind.setdefault(kind, Score()).add(score)
            report.missing.extend((kind, row) for row in sorted(expected - hit_expected))
            report.unexpected.extend((kind, row) for row in sorted(got - hit_got))
        report.overall_stated += sum(1 for row in kinds.get("rating", ()) if row[1] == OVERALL)
    return report


def format_findings_report(report: FindingsReport, *, details: bool = True) -> str:
    out = [f"{'findings':20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for kind in FINDING_KINDS:
        s = report.by_kind.get(kind, Score())
        out.append(f"{kind:20} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}")
    if report.overall_stated:
        read = report.overall_stated - len(report.overall_missed)
        out.append(f"overall ratings read: {read} of {report.overall_stated} ({report.overall_read:.3f})")
    if details:
        out.extend(f"  missing    {kind:14} {row}" for kind, row in report.missing)
        out.extend(f"  unexpected {kind:14} {row}" for kind, row in report.unexpected)
    return "\n".join(out)


# --- resolution across documents -------------------------------------------------------------
# An official the keys name in two documents or more (by `name_key`) should be one Person node of
# the resolved graph. The keys give no identity of their own, so a shared name stands for one
# person: a set whose keys name two different people alike must say so in a note, not here.


@dataclass
class ResolutionReport:
    """Officials the keys name in several documents, and whether the graph holds each as one person."""

    officials: int = 0
    found: int = 0  # found by the graph in two documents or more
    resolved: int = 0  # ... and as one Person node that holds no one else the keys name
    split: list[tuple[str, tuple[str, ...], int]] = field(default_factory=list)  # (name, documents, people)
    merged: list[tuple[str, tuple[Row2, ...]]] = field(default_factory=list)  # (name, others' (document, name))

    @property
    def rate(self) -> float:
        return self.resolved / self.officials if self.officials else 1.0


def gold_officials(gold_dir: Path) -> list[tuple[str, set[str]]]:
    """Each official the keys name in two documents or more: (name key, documents). Mentions of one name are one
    official when their documents are about one area (or one key gives none), or when the keys give them an
    organisation in common (an inspector across areas); a name in two areas with nothing shared is two people."""
    return [(name, documents) for name, documents in gold_people(gold_dir) if len(documents) >= 2]


def gold_people(gold_dir: Path) -> list[tuple[str, set[str]]]:
    """Every person the keys name with a relation besides 'other', as `gold_officials` joins them: (name key,
    documents), one document or more."""
    seen: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    for key in answer_keys(gold_dir):
        for person in key.get("people", []):
            relations = [rel for rel in person.get("relations", []) if rel["relation"] != "other"]
            if relations:
                organisations = {fold(rel["organisation"]) for rel in relations if rel.get("organisation")}
                seen[name_key(person["name"])].append((key["doc"], fold(key.get("area") or ""), organisations))
    return [(name, documents) for name, mentions in sorted(seen.items()) for documents in _one_official(mentions)]


def _one_official(mentions: list[tuple[str, str, set[str]]]) -> list[set[str]]:
    """The documents of one name joined into officials: same area, or an organisation in common."""
    groups: list[tuple[set[str], set[str], set[str]]] = []  # (documents, areas, organisations)
    for doc, area, organisations in mentions:
        joined = [g for g in groups if not area or not g[1] or area in g[1] or organisations & g[2]]
        merged = ({doc} | set().union(*(g[0] for g in joined)), {area} - {""} | set().union(*(g[1] for g in joined)),
                  organisations | set().union(*(g[2] for g in joined)))
        groups = [g for g in groups if g not in joined] + [merged]
    return [documents for documents, _, _ in groups]


def evaluate_resolution(statements: Iterable[Statement], canonical: dict[str, str], gold_dir: Path) -> ResolutionReport:
    """How many officials the keys name in several documents are one person once resolved (`canonical`: the
    person each mention became), and that person no one else: a person who also holds a mention the keys give to
    someone else (another name in a document, or the same name in another area) is a false merge, not resolved."""
    statements = list(statements)
    found = gold_people(gold_dir)
    whose = {(doc, name): index for index, (name, docs) in enumerate(found) for doc in docs}
    # each mention by the name the graph gives it, as the relations are scored: 'Cllr Pike-Lomas' in one set of
    # minutes, resolved to Sandra Pike-Lomas, is her mention there
    names = resolved_names(statements, canonical, whose)
    people: dict[Row2, set[str]] = defaultdict(set)  # (document, name key) -> person entities
    holds: dict[str, set[Row2]] = defaultdict(set)  # person entity -> (document, name key) of its mentions
    for s in statements:
        if s.schema == "Person" and s.prop == "name":
            person = canonical.get(s.entity, s.entity)
            people[(s.document, name_key(names[s.entity]))].add(person)
            holds[person].add((s.document, name_key(s.value)))
    areas = {key["doc"]: fold(key.get("area") or "") for key in answer_keys(gold_dir)}
    report = ResolutionReport()
    for name, docs in gold_officials(gold_dir):
        report.officials += 1
        seen = {doc: people[(doc, name)] for doc in docs if people.get((doc, name))}
        entities = set().union(*seen.values()) if seen else set()
        if len(seen) < 2:
            continue
        report.found += 1
        if len(entities) > 1:
            report.split.append((name, tuple(sorted(seen)), len(entities)))
            continue
        me = whose[(next(iter(docs)), name)]
        others = tuple(sorted(row for row in holds[next(iter(entities))] if whose.get(row, me) != me
                              and not _written_short(row, name, {areas.get(doc, "") for doc in docs}, areas)))
        if others:
            report.merged.append((name, others))
        else:
            report.resolved += 1
    return report


def _written_short(row: Row2, name: str, official_areas: set[str], areas: dict[str, str]) -> bool:
    """A mention the keys write short ('G Ashworth' in one set of minutes, 'Bob Castellane' in the news) that may be
    the official named in full ('Gillian Ashworth', 'Robert Castellane') in a document about one of their areas, or the
    other way round (the official is the short form two sets of minutes write): the keys name people as written and
    cannot say it is someone else."""
    area = areas.get(row[0], "")
    return (other_form_of(row[1], name) or other_form_of(name, row[1])) and (
        not area or not official_areas - {""} or area in official_areas)


def format_resolution_report(report: ResolutionReport, *, details: bool = True) -> str:
    out = [f"officials in several documents: {report.officials}, found in several: {report.found}, "
           f"resolved to one person: {report.resolved} ({report.rate:.3f}), merged with someone else: "
           f"{len(report.merged)}"]
    if details:
        out.extend(f"  split      {name!r} in {', '.join(docs)}: {count} people" for name, docs, count in report.split)
        out.extend(f"  merged     {name!r} with {', '.join(f'{other!r} in {doc}' for doc, other in others)}"
                   for name, others in report.merged)
    return "\n".join(out)
