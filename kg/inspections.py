"""One Inspection node per inspection: the report, the press release, the council papers and
the minutes that each make an Inspection of the same area meet on one.

A loader sees one document, so it keys an Inspection by what that document states (area,
type, year of fieldwork or publication) and, where it states no date, by the document itself.
Resolution then merges, within each area (the inspection's, else its document's):

- inspections whose dates overlap: fieldwork to publication, or the six months before a
  publication or after a fieldwork start where only one is stated;
- an undated inspection that a dated paper discusses (minutes, a cabinet report, council news)
  into the one dated inspection of its area published or inspected in the 18 months before
  the paper; where there is none, undated inspections of papers written within six months of
  each other, the closest first, while all their papers fall within a year (a letter, the
  cabinet's minutes and a scrutiny panel's follow-up are one; a board's minutes every quarter
  for years are not);
- an undated inspection of a paper that has no date either (a plan for "2023-24") into the
  area's inspection when the others of the area are all one.

Types must agree, or one be the generic "inspection" a press release gives, across the whole group: a press
release that fits a joint inspection and a later screening joins one of them, never both into one. A thematic
inspection is national, so its area is only the paper's that discusses it: it is merged only with
the thematic inspection of a paper of the same area and the same day (a report to a panel and
the minutes of that meeting), never by the rules above. The merged inspection keeps the id of the one
with the most dates (the report's). The merges are canonical ids, like people's
(`kg.resolve`), so every writer and query sees one node.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from kg.statements import Statement

GENERIC = "inspection"
NEVER_BY_AREA = frozenset({"thematic inspection"})
REPORT_MONTHS = 6  # fieldwork to publication, at most
DISCUSSED_MONTHS = 18  # a paper discusses an inspection published up to this long before it
PAPERS_APART = 6  # undated inspections of papers this close are one
PAPERS_SPAN = 12  # ... as long as all their papers were written within this many months


@dataclass
class Seen:
    """An inspection as the statements give it: its area, types, dates and its documents' dates."""

    id: str
    areas: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    dates: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    documents: set[str] = field(default_factory=set)

    def months(self, kind: str) -> list[int]:
        """The months (year * 12 + month) of its dates of one kind ('published', 'paper', ...)."""
        return [m for d in self.dates[kind] if (m := month(d)) is not None]

    def window(self) -> tuple[int, int] | None:
        """The months (year * 12 + month) the inspection happened in, from its own dates."""
        start, published = self.months("fieldwork_start"), self.months("published")
        if start and published:
            return min(start), max(published)
        if start:
            return min(start), min(start) + REPORT_MONTHS
        if published:
            return max(published) - REPORT_MONTHS, max(published)
        return None


def month(value: str) -> int | None:
    """'2019-11-05', '2019-11' or '2019' as a month count."""
    parts = value.split("-")
    try:
        return int(parts[0]) * 12 + (int(parts[1]) - 1 if len(parts) > 1 else 0)
    except (ValueError, IndexError):
        return None


def about_inspections(s: Statement) -> bool:
    """Whether `inspections` reads the statement: an inspection's, or a document's area or date (an
    incremental build reads only these of the documents it did not read, `kg.index`)."""
    return s.schema == "Inspection" or (s.schema == "Document" and s.prop in DOCUMENT_FACTS)


DOCUMENT_FACTS = frozenset({"area", "published"})


def inspections(statements: Iterable[Statement]) -> list[Seen]:
    """The inspections the statements name, each with its area or else its documents' areas."""
    seen: dict[str, Seen] = {}
    document_areas: dict[str, set[str]] = defaultdict(set)
    document_dates: dict[str, set[str]] = defaultdict(set)
    for s in filter(about_inspections, statements):
        if s.schema == "Document" and s.prop == "area":
            document_areas[s.entity].add(s.value)
        elif s.schema == "Document" and s.prop == "published":
            document_dates[s.entity].add(s.value)
        elif s.schema == "Inspection":
            one = seen.setdefault(s.entity, Seen(s.entity))
            if s.prop == "area":
                one.areas.add(s.value)
            elif s.prop == "inspection_type":
                one.kinds.add(s.value)
            elif s.prop in {"fieldwork_start", "published"}:
                one.dates[s.prop].add(s.value)
            elif s.prop == "reported_in":
                one.documents.add(s.value)
    for one in seen.values():
        if not one.areas:
            one.areas = {area for document in one.documents for area in document_areas[document]}
        one.dates["paper"] = {date for document in one.documents for date in document_dates[document]}
    return sorted(seen.values(), key=lambda one: one.id)


def same_inspections(statements: Iterable[Statement]) -> dict[str, str]:
    """Each inspection merged into another, with the id it takes."""
    by_area: dict[str, list[Seen]] = defaultdict(list)
    for one in inspections(statements):
        if len(one.areas) == 1:
            by_area[next(iter(one.areas))].append(one)
    canonical: dict[str, str] = {}
    for group in by_area.values():
        for merged in merged_groups(group):
            keep = min(merged, key=lambda one: (-sum(len(v) for k, v in one.dates.items() if k != "paper"), one.id))
            canonical.update({one.id: keep.id for one in merged if one is not keep})
    return canonical


def merged_groups(group: list[Seen]) -> list[list[Seen]]:
    """The inspections of one area that are one inspection, by the rules of the module's docstring."""
    national = [one for one in group if one.kinds & NEVER_BY_AREA]
    return _area_groups([one for one in group if not one.kinds & NEVER_BY_AREA]) + same_day_groups(national)


def same_day_groups(group: list[Seen]) -> list[list[Seen]]:
    """The thematic inspections of one area's papers of one day (a report to a meeting, its minutes), undated
    themselves: each day's are one."""
    days: dict[str, list[Seen]] = defaultdict(list)
    for one in group:
        papers = {d for d in one.dates["paper"] if len(d) == len("2024-01-23")}
        if not one.window() and len(papers) == 1:
            days[papers.pop()].append(one)
    return [members for members in days.values() if len(members) > 1]


class Groups:
    """Inspections joined into groups, each group's types agreeing: a press release's generic inspection that
    overlaps a joint inspection and a screening never makes the two one (`agree` holds for every pair in a group)."""

    def __init__(self, inspections: list[Seen]) -> None:
        self.members = {one.id: [one] for one in inspections}
        self.root = {one.id: one.id for one in inspections}

    def find(self, one: Seen) -> str:
        root = one.id
        while self.root[root] != root:
            self.root[root] = root = self.root[self.root[root]]
        return root

    def agree(self, a: Seen, b: Seen) -> bool:
        """Whether every inspection of a's group may be one with every one of b's."""
        return all(agree(x, y) for x in self.members[self.find(a)] for y in self.members[self.find(b)])

    def join(self, a: Seen, b: Seen) -> bool:
        """Put a's group into b's where their types agree; whether they are one group now."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return True
        if not self.agree(a, b):
            return False
        self.root[root_a] = root_b
        self.members[root_b] += self.members.pop(root_a)
        return True

    def of(self, one: Seen) -> list[Seen]:
        return self.members[self.find(one)]


def _area_groups(group: list[Seen]) -> list[list[Seen]]:
    groups = Groups(group)
    dated = [(one, window) for one in group if (window := one.window())]
    undated = [one for one in group if not one.window()]
    for i, (a, window_a) in enumerate(dated):
        for b, window_b in dated[i + 1:]:
            if window_a[0] <= window_b[1] and window_b[0] <= window_a[1]:
                groups.join(a, b)
    for one in undated:
        papers = one.months("paper")
        if not papers:
            continue
        paper = max(papers)
        candidates = {groups.find(other): other for other, window in dated
                      if groups.agree(one, other) and window[0] <= paper <= window[1] + DISCUSSED_MONTHS}
        if len(candidates) == 1:
            groups.join(one, next(iter(candidates.values())))
    # undated inspections of close papers, the closest first; a group's papers span a year at most, so a board's
    # minutes every quarter for years never chain two inspections into one
    alone = sorted((one for one in undated if len(groups.of(one)) == 1), key=lambda one: one.id)
    by_id = {one.id: one for one in alone}
    pairs = sorted((gap, a.id, b.id) for a, b in combinations(alone, 2)
                   if (gap := papers_gap(a, b)) is not None and gap <= PAPERS_APART)
    for _, a_id, b_id in pairs:
        a, b = by_id[a_id], by_id[b_id]
        if groups.find(a) != groups.find(b) and papers_span(groups.of(a) + groups.of(b)) <= PAPERS_SPAN:
            groups.join(a, b)
    known = {groups.find(one): one for one in group if one.window() or one.dates["paper"]}
    if len(known) == 1:
        the_one = next(iter(known.values()))
        for one in undated:
            if not one.dates["paper"]:
                groups.join(one, the_one)  # a paper of no date, in an area with one inspection
    return [members for members in groups.members.values() if len(members) > 1]


def agree(a: Seen, b: Seen) -> bool:
    """Types that may be one inspection's: the same, or one generic."""
    kinds_a, kinds_b = a.kinds - {GENERIC}, b.kinds - {GENERIC}
    return not kinds_a or not kinds_b or bool(kinds_a & kinds_b)


def papers_span(inspections: list[Seen]) -> int:
    """The months from the first paper to the last of the inspections."""
    months = [m for one in inspections for m in one.months("paper")]
    return max(months) - min(months)


def papers_gap(a: Seen, b: Seen) -> int | None:
    """The fewest months between a paper of one and a paper of the other (None if either has no dated paper)."""
    return min((abs(x - y) for x in a.months("paper") for y in b.months("paper")), default=None)
