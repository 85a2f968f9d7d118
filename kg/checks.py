"""Data-quality checks on the resolved graph, for what the F1 does not see (`kg eval --checks`).

- every area is a place the gazetteer knows (a person's name never becomes an area); a
  place-like name a document's title gives that the gazetteer lacks ("Northshire") is noted,
  not failed, so it can be added to ontology/gazetteer.yaml;
- each area has at most one youth offending service ("Havering YOS" and "Havering Youth
  Offending Service" are one organisation), or one per name the gazetteer says it went by;
- no person's name holds an organisation or place word ("Miriam Robertson YOS", "Town Hall"), and no
  organisation's name is only a person's ("and Jo Hart", the next name of a list) or holds a person's title
  ("D/Supt Jo Hart Police"), nor holds the words of a meeting's record or a word in capitals that is no acronym ("Minutes of a Meeting of the CABINET");
- no rating is a percentage (a case-assessment score is not a rating);
- every rating is a label of its scale ("Good", "Requires improvement", "Satisfactory"), never
  the words as written ("good", "REQUIRES IMPROVEMENT", "Require improvement");
- a document's title is its title, not its page's furniture (a date, an embargo, its publisher and section), a
  wrapped sentence or a title cut short;
- an inspection with ratings whose report is in the corpus is dated (its publication or fieldwork), and every
  inspection with ratings is of an area;
- a theme of work has one name (a score and a judgement of the same theme are not two themes);
- an area has one inspection node per inspection (a report, its press release and the papers
  discussing it are one inspection, see kg/inspections.py);
- a role that ends with an organisation's name ("Policy Directorate, Ministry of Justice", "Chief
  Inspector, Northshire Police") has that organisation: it is not left inside the role text;
- a role is the post as written, without the agenda items, telephone, e-mail or 'also attended' a list writes
  beside it (a contact detail in a role would escape `--no-contacts`);
- an organisation of a place (its council, its service, a body named after it, a police force or
  commissioner's office named by its force area) is linked to an area;
- a comparator has one name, the comparator vocabulary's ("the national average", "England and Wales
  average" and "the England and Wales rate" are all "England and Wales"); one it lacks is noted;
- on a built store, a document's date is its own (not its next meeting's, its last minutes', nor that of a report
  it discusses, 'the report was published on ...'); every canned query that needs no parameter gives the same rows in both engines, and
  board-members gives an attendee (present, apologies, officer attending) the board whose meeting the document
  records, or none, never their own organisation;
- a property the model gives one value has one ("Kellingmoor and Esk Police" is not also the same name wrapped over
  two lines; an inspection is not both a "standards inspection" and an "inspection"), or SPARQL and Cypher disagree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.canned import canned_queries, get_query, run_canned
from kg.comparators import is_standard_comparator, standard_comparator
from kg.gazetteer import LOCAL_OFFICE, Gazetteer, fold, load_gazetteer, looks_like_place
from kg.graph import Node, ResolvedGraph
from kg.inspections import Seen, merged_groups
from kg.loaders.findings_common import is_rating_label, rating_label
from kg.loaders.findings_inspection import REPORT_FAMILIES
from kg.loaders.findings_ratings import theme_of_work
from kg.loaders.generic import HEADLINE_WORDS, ends_unfinished, is_page_furniture
from kg.loaders.roles import (  # ROLE_PARTS: where a role's last part (its body) begins
    ROLE_PARTS,
    chairs_local_board,
    post_written,
)
from kg.names import is_body_word, is_first_name, is_honorific, is_only_a_name
from kg.store import Store
from kg.vocabulary import is_meeting_word, is_shouted_word, names_by_letters, names_post_or_body

SERVICE_KIND = "youth_offending_service"
# Words that belong to organisations and places, never to a person's name.
NOT_NAME_WORDS = frozenset({
    "council", "yos", "yot", "yjs", "service", "services", "police", "constabulary", "board", "panel", "committee",
    "team", "court", "inspectorate", "ofsted", "borough", "county", "trust", "nhs", "partnership", "hall", "suite",
    "room", "department", "directorate", "office", "group", "forum", "unit", "centre", "authority", "probation",
    "floor", "civil",  # an address read as a name: '1st Floor Civil Justice Centre' ('Street', 'Lane' are surnames too)
})
PERCENTAGE = re.compile(r"^\s*\d+(?:\.\d+)?\s*%?\s*$")


@dataclass
class CheckResult:
    name: str
    description: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    noted: str = "not in the gazetteer"  # what a note says of its name

    @property
    def passed(self) -> bool:
        return not self.problems


def run_checks(graph: ResolvedGraph, gazetteer: Gazetteer | None = None) -> list[CheckResult]:
    gazetteer = gazetteer or load_gazetteer()
    return [areas_are_places(graph, gazetteer), one_service_per_area(graph, gazetteer),
            people_are_not_organisations(graph, gazetteer), ratings_are_not_percentages(graph),
            ratings_are_labels_of_their_scale(graph), one_name_per_theme(graph), one_node_per_inspection(graph),
            roles_keep_their_organisation(graph, gazetteer), local_organisations_have_areas(graph, gazetteer),
            one_name_per_comparator(graph), one_value_where_one_is_due(graph), organisations_are_not_people(graph),
            organisations_hold_no_persons_title(graph), one_figure_per_metric(graph), figures_possible(graph),
            recommendations_are_addressed(graph),
            meetings_have_areas(graph), one_office_per_area(graph), rated_inspections_have_areas(graph),
            organisations_are_named_as_written_names(graph), roles_are_posts(graph), roles_are_whole(graph),
            rated_inspections_are_dated(graph), documents_titled_plainly(graph, gazetteer)]


def _of_schema(graph: ResolvedGraph, schema: str) -> list[Node]:
    return sorted((node for node in graph.nodes.values() if node.schema == schema), key=lambda n: n.id)


def _nodes(graph: ResolvedGraph, schema: str) -> list[tuple[str, str]]:
    return [(node.id, graph.caption(node.id)) for node in _of_schema(graph, schema)]


def areas_are_places(graph: ResolvedGraph, gazetteer: Gazetteer) -> CheckResult:
    result = CheckResult("areas-are-places", "every area in the graph is a place the gazetteer knows")
    councils = _areas_with_councils(graph)
    for node, caption in _nodes(graph, "Area"):
        if not gazetteer.place(caption):
            # a quote at its edge is a cited title's ('... services in Westmere',): no place is so written
            # nor is a rating ('Good', from 'Youth justice service rated Good' over a service's name), nor a heading of
            # a meeting's record ('Attendance' over the board's name), whatever council was named after it
            place = (looks_like_place(caption) or node in councils) and not QUOTE_AT_EDGE_RE.search(caption) \
                and not is_rating_label(rating_label(caption)) and not is_meeting_word(caption.split()[0])
            (result.notes if place else result.problems).append(f"{caption} ({node})")
    return result


QUOTE_AT_EDGE_RE = re.compile(r"^['‘’\"“”]|['‘’\"“”]$")


def _areas_with_councils(graph: ResolvedGraph) -> set[str]:
    """The areas a council is named after ('Fenwick Borough Council' of Fenwick): places, though their name may be a
    given name too (a person's name read as an area has no council)."""
    return {area for node in _of_schema(graph, "Organisation") if node.first("kind") == "local_authority"
            for area in node.values("area") if area in graph.nodes
            and fold(graph.caption(node.id)).startswith(fold(graph.caption(area)) + " ")}


def one_service_per_area(graph: ResolvedGraph, gazetteer: Gazetteer) -> CheckResult:
    result = CheckResult("one-service-per-area", "each area has at most one youth offending service organisation "
                                                 "(per name it went by)")
    services: dict[str, list[str]] = defaultdict(list)
    for node in graph.nodes.values():
        if node.schema != "Organisation" or node.first("kind") != SERVICE_KIND:
            continue
        caption = graph.caption(node.id)
        areas = [graph.caption(a) for a in node.values("area")]
        found = gazetteer.service_area(caption)
        area = areas[0] if areas else found[0] if found else caption
        services[area].append(caption)
    result.problems = [f"{area}: {', '.join(sorted(names))}" for area, names in sorted(services.items())
                       if len(names) > 1 and not set(names) <= set(gazetteer.service_names(area))]
    return result


def people_are_not_organisations(graph: ResolvedGraph, gazetteer: Gazetteer) -> CheckResult:
    result = CheckResult("people-are-people", "no person's name holds an organisation or place word")
    for node, caption in _nodes(graph, "Person"):
        words = {w.casefold() for w in re.findall(r"[\w'’-]+", caption)}
        clash = sorted(words & NOT_NAME_WORDS)
        if clash or gazetteer.place(caption):
            result.problems.append(f"{caption} ({node}): {', '.join(clash) or 'a place'}")
    return result


def organisations_are_not_people(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("organisations-are-not-people", "no organisation's name is only a person's name ('and Jo "
                                                         "Hart', the next name of a list read as a body) or a "
                                                         "forename ('HALLORAN, Victor': the cell after a surname's "
                                                         "comma read as its body)")
    result.problems = [f"{caption} ({node})" for node, caption in _nodes(graph, "Organisation")
                       if is_only_a_name(caption) or _only_a_forename(caption)]
    return result


def _only_a_forename(caption: str) -> bool:
    words = caption.split()
    return len(words) == 1 and words[0][:1].isupper() and is_first_name(words[0]) and not is_body_word(words[0])


def organisations_hold_no_persons_title(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("organisations-hold-no-title", "no organisation's name holds a person's title or rank ('D/Supt "
                                                        "Jo Hart Police': a table's name cell read into its body's)")
    for node, caption in _nodes(graph, "Organisation"):
        titles = [word for word in caption.split() if is_honorific(word)]
        if titles:
            result.problems.append(f"{caption} ({node}): {', '.join(titles)}")
    return result


def organisations_are_named_as_written_names(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("organisations-named-plainly", "an organisation's name holds no word of a meeting's record "
                                                        "('Minutes of a meeting of the Cabinet') and no word in "
                                                        "capitals but the letters of a body ('Westmere CABINET', "
                                                        "'London Borough OF ...'; 'NHS' is one)")
    for node, caption in _nodes(graph, "Organisation"):
        words = [word for word in caption.split() if is_meeting_word(word) or is_shouted_word(word)]
        if words:
            result.problems.append(f"{caption} ({node}): {', '.join(words)}")
    return result


def ratings_are_not_percentages(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("ratings-are-grades", "no rating value is a number or a percentage")
    for node in _of_schema(graph, "Rating"):
        result.problems.extend(f"{node.first('scope') or node.id}: {value}" for value in node.values("rating")
                               if PERCENTAGE.match(value))
    return result


def ratings_are_labels_of_their_scale(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("ratings-on-their-scale", "every rating is a label of its scale (Good, Requires "
                                                   "improvement, Satisfactory), whatever the case it was written in")
    for node in _of_schema(graph, "Rating"):
        result.problems.extend(f"{node.first('scope') or node.id}: {value!r}" for value in node.values("rating")
                               if not PERCENTAGE.match(value) and not is_rating_label(value))
    return result


def one_name_per_theme(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("one-name-per-theme", "a theme of work has one name, for its score and its judgement")
    for node in _of_schema(graph, "Rating"):
        scope = node.first("scope")
        theme = theme_of_work(scope) if scope else None
        if theme and theme != scope:
            result.problems.append(f"{scope!r} is the theme {theme!r} ({node.id})")
    return result


def documents_titled_plainly(graph: ResolvedGraph, gazetteer: Gazetteer) -> CheckResult:
    result = CheckResult("documents-titled-plainly", "a document's title is its title: not its page's furniture (a "
                                                     "date, an embargo, 'Westmere Council – Newsroom', a menu's first "
                                                     "link 'Menu'), not a wrapped sentence ('inspection of our work and "
                                                     "...'), not cut short ('... rated good by', '... rated 'Good')")
    for node in _of_schema(graph, "Document"):
        area = next((graph.caption(a) for a in node.values("area")), None)
        for title in node.values("heading"):
            if is_page_furniture(gazetteer, title, area) or title[:1].islower() or ends_unfinished(title) or \
                    len(title.split()) < HEADLINE_WORDS:
                result.problems.append(f"{node.first('file_name') or node.id}: {title!r}")
    return result


def rated_inspections_are_dated(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("rated-inspections-are-dated", "an inspection with ratings whose report is in the corpus has "
                                                        "its publication or fieldwork date (else its ratings are "
                                                        "undated, and a later inspection of the area cannot be told "
                                                        "from it)")
    for node in _rated_inspections(graph):
        inspection = graph.nodes[node]
        reports = [d for d in inspection.values("reported_in") if d in graph.nodes
                   and REPORT_FAMILIES & set(graph.nodes[d].values("family"))]
        if reports and not inspection.values("published") and not inspection.values("fieldwork_start"):
            areas = ", ".join(graph.caption(a) for a in inspection.values("area")) or "no area"
            result.problems.append(f"{node} ({areas})")
    return result


def _rated_inspections(graph: ResolvedGraph) -> list[str]:
    return sorted({edge.target for edge in graph.edges if edge.type == "OF_INSPECTION"
                   and graph.nodes[edge.source].schema == "Rating"})


def rated_inspections_have_areas(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("rated-inspections-have-areas", "an inspection with ratings is of an area (a release "
                                                         "headed 'WESTMERE: ...', 'the service in Westmere received "
                                                         "a rating'): else its ratings compare with no other area's")
    for node in _rated_inspections(graph):
        if not graph.nodes[node].values("area"):
            documents = [graph.nodes[d].first("file_name") or d for d in graph.nodes[node].values("reported_in")
                         if d in graph.nodes]
            result.problems.append(f"{node} ({', '.join(documents) or 'no document'})")
    return result


def one_node_per_inspection(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("one-node-per-inspection", "an area has one inspection node per inspection (its report, "
                                                    "press release and the papers discussing it)")
    by_area: dict[str, list[Seen]] = defaultdict(list)
    for node in _of_schema(graph, "Inspection"):
        documents = [graph.nodes[d] for d in node.values("reported_in") if d in graph.nodes]
        areas = set(node.values("area")) or {a for d in documents for a in d.values("area")}
        seen = Seen(node.id, areas, set(node.values("inspection_type")), documents={d.id for d in documents})
        for prop in ("fieldwork_start", "published"):
            seen.dates[prop].update(node.values(prop))
        seen.dates["paper"] = {date for d in documents for date in d.values("published")}
        if len(areas) == 1:
            by_area[graph.caption(next(iter(areas)))].append(seen)
    for area, found in sorted(by_area.items()):
        result.problems.extend(f"{area}: {', '.join(sorted(one.id for one in group))} are one inspection"
                               for group in merged_groups(found))
    return result


def roles_keep_their_organisation(graph: ResolvedGraph, gazetteer: Gazetteer) -> CheckResult:
    result = CheckResult("roles-name-their-organisation", "a role that ends with an organisation's name has that "
                                                          "organisation")
    for edge in sorted(graph.edges, key=lambda e: e.id):
        if edge.type != "INVOLVED_IN":
            continue
        organisations = {fold(graph.caption(o)) for o in edge.values("organisation")}
        areas = [graph.caption(a) for a in graph.nodes[edge.target].values("area")]
        for role in edge.values("role"):
            last = ROLE_PARTS.split(role)[-1].strip(" )")
            if last == role.strip() or not (gazetteer.known_organisation(last) or gazetteer.force_area(last)):
                continue
            # the chair of a youth justice board in a paper about an area chairs the area's board, of its service
            local = {fold(gazetteer.organisation(f"{area} YOS", area).name) for area in areas} \
                if chairs_local_board(role) else set()
            if fold(gazetteer.organisation(last).name) not in organisations and not local & organisations:
                result.problems.append(f"{graph.caption(edge.source)} in {graph.caption(edge.target)}: {role!r} "
                                       f"has organisation {sorted(organisations) or 'none'}")
    return result


def roles_are_posts(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("roles-are-posts", "a role is the post as written, without what a list writes beside it: "
                                            "agenda items ('(item 4)'), a telephone or e-mail (kept apart, as "
                                            "contacts), 'also attended'")
    for edge in sorted(graph.edges, key=lambda e: e.id):
        if edge.type == "INVOLVED_IN":
            result.problems.extend(f"{graph.caption(edge.source)} in {graph.caption(edge.target)}: {role!r}"
                                   for role in edge.values("role") if post_written(role) != role)
    return result


# A post cut by the line's end or a cell's edge: it ends on a word that leads on ('Cabinet Member for Children and',
# 'Head of'), or with a register's mark run into it ('Head of Inclusion, CCBC, P'), or opens inside a bracket
# ('minutes), Business Support'). Each branch is anchored at an end of a short string: linear.
CUT_ROLE_RE = re.compile(r"(?:\b(?:and|of|for|at|the|to|in|with|by)|[,(&\u2013-])\s*\Z|,\s*[A-Z]\Z|\A[^()]*\)")


def roles_are_whole(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("roles-are-whole", "a role is a whole post, not one cut by a line's end or a cell's edge "
                                            "('Cabinet Member for Children and', 'Head of Inclusion, P')")
    for edge in sorted(graph.edges, key=lambda e: e.id):
        if edge.type == "INVOLVED_IN":
            result.problems.extend(f"{graph.caption(edge.source)} in {graph.caption(edge.target)}: {role!r}"
                                   for role in edge.values("role") if CUT_ROLE_RE.search(role))
    return result


def local_organisations_have_areas(graph: ResolvedGraph, gazetteer: Gazetteer) -> CheckResult:
    result = CheckResult("local-organisations-have-areas", "an organisation of a place (council, service, police "
                                                           "force, a body named after it, a place the gazetteer lacks "
                                                           "too) is linked to an area")
    areas = {fold(caption) for _, caption in _nodes(graph, "Area")}  # places the documents taught, too
    for node, caption in _nodes(graph, "Organisation"):
        service = gazetteer.service_area(caption)
        local = (gazetteer.council_area(caption) or (service and service[1]) or gazetteer.force_area(caption)
                 or gazetteer.named_place(caption) or _opens_with(caption, areas))
        if local and not graph.nodes[node].values("area"):
            result.problems.append(f"{caption} ({node})")
    return result


def one_office_per_area(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("one-office-per-area", "an office every area has one of, named by its kind alone ('Office of "
                                                "the Police and Crime Commissioner', 'Church of England Diocese'), is "
                                                "each area's own: one node for the papers of two areas links them "
                                                "falsely")
    areas: dict[str, set[str]] = defaultdict(set)  # an office -> the areas of the documents naming it
    for edge in graph.edges:
        if edge.type == "INVOLVED_IN":
            for office in edge.values("organisation"):
                areas[office].update(graph.caption(area) for area in graph.nodes[edge.target].values("area"))
    result.problems = [f"{graph.caption(office)} ({office}): {', '.join(sorted(named))}"
                       for office, named in sorted(areas.items()) if len(named) > 1
                       and LOCAL_OFFICE.fullmatch(graph.caption(office)) and not graph.nodes[office].values("area")]
    return result


def _opens_with(name: str, places: set[str]) -> bool:
    """Whether a body's name opens with one of these places ('Tarrow Youth Bench' with Tarrow)."""
    words = fold(name).split()
    return any(" ".join(words[:end]) in places for end in range(1, len(words)))


def one_name_per_comparator(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("one-name-per-comparator", "a comparator has one name, the vocabulary's, however documents "
                                                    "write it ('the national average', 'England and Wales average')",
                         noted="not in the comparator vocabulary")
    written: dict[str, set[str]] = defaultdict(set)  # the vocabulary's name -> the names the graph holds for it
    for node in graph.nodes.values():
        if node.schema == "Observation":
            for name in node.values("comparator"):
                written[standard_comparator(name)].add(name)
    for name, held in sorted(written.items()):
        if held != {name}:
            result.problems.append(f"{', '.join(repr(one) for one in sorted(held))}: the comparator {name!r}")
        elif not is_standard_comparator(name):
            result.notes.append(name)
    return result


def one_figure_per_metric(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("one-figure-per-metric", "a document gives an area's metric one figure per period and unit "
                                                  "(a comparator's figure on the line above, 'England and Wales 149', "
                                                  "is not the area's; a rate per 1,000 and a share of disposals are two)")
    figures: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for node in _of_schema(graph, "Observation"):
        for value in node.props.get("value", []):
            document = graph.statement(value.statements[0]).document
            areas = ", ".join(graph.caption(area) for area in node.values("area")) or "no area"
            figures[(document, areas, node.first("metric") or "", node.first("unit") or "no unit",
                     node.first("period") or "no period")].add(value.text)
    result.problems = [f"{document}: {metric} ({unit}) of {areas} ({period}) is {', '.join(sorted(values))}"
                       for (document, areas, metric, unit, period), values in sorted(figures.items())
                       if len(values) > 1]
    return result


# A figure its unit rules out: a count in parts ('3.3 Custody' heading a paragraph read as custodial sentences), a share
# over a hundred, a population that is a year ('(ONS 2010)').
YEAR_RE = re.compile(r"(?:19|20)\d\d")


def figures_possible(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("figures-possible", "a metric's figure is one its unit allows: a count is whole, a share at "
                                             "most 100%, a population no year ('3.3 Custody' heading a paragraph is "
                                             "no count of sentences)")
    for node in _of_schema(graph, "Observation"):
        metric, unit = node.first("metric") or "", node.first("unit") or ""
        for value in node.props.get("value", []):
            figure = value.text.replace(",", "")
            impossible = unit == "count" and "." in figure or unit == "%" and _number(figure) > 100 \
                or metric.endswith("population") and YEAR_RE.fullmatch(figure)
            if impossible:
                document = graph.statement(value.statements[0]).document
                result.problems.append(f"{document}: {metric} is {value.text} ({unit})")
    return result


def _number(figure: str) -> float:
    try:
        return float(figure)
    except ValueError:
        return 0.0


def meetings_have_areas(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("meetings-have-areas", "the minutes of a meeting are about an area (its council's or board's "
                                                "place, 'LONDON BOROUGH OF X' over a committee's minutes): else "
                                                "board-members gives its people no area")
    for edge in sorted(graph.edges, key=lambda e: e.id):
        if edge.type == "MEETING_OF" and not graph.nodes[edge.source].values("area"):
            document = graph.nodes[edge.source]
            result.problems.append(f"{document.first('file_name') or document.id}: a meeting of "
                                   f"{graph.caption(edge.target)}")
    return result


def recommendations_are_addressed(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("recommendations-addressed", "a recommendation is addressed to a post or a body (the list's "
                                                      "'The Westmere YJS should:' line, its owner in brackets, or the "
                                                      "subject of its sentence), never to no one or to a non-body")
    for node in _of_schema(graph, "Recommendation"):
        addressees = node.values("addressee")
        # ('Westmere YJS should:': a body by its letters)
        if not any(names_post_or_body(addressee) or names_by_letters(addressee) for addressee in addressees):
            text = node.first("text") or ""
            result.problems.append(f"{node.first('number') or '-'} {text[:60]!r} ({node.id}): addressed to "
                                   f"{', '.join(repr(one) for one in addressees) or 'no one'}")
    return result


def one_value_where_one_is_due(graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("one-value-where-one-is-due", "a property the model gives one value (an organisation's "
                                                       "name, an inspection's type) has one: the RDF store keeps "
                                                       "every value and the property graph one, so their answers "
                                                       "would differ")
    for entity, schema, props in sorted(graph.entities(), key=lambda e: e[0]):
        for prop, values in sorted(props.items()):
            if len(values) > 1 and graph.model.property(schema, prop).max == 1:
                result.problems.append(f"{graph.caption(entity)} ({entity}): {schema}.{prop} is "
                                       + ", ".join(repr(value.text) for value in values))
    return result


ATTENDING = frozenset({"present_at_meeting", "apologies", "officer_attending"})
OWN_TERMS = frozenset({"provenance"})  # each engine names subjects and graphs in its own terms (IRIs, ids)


def run_store_checks(store: Store, graph: ResolvedGraph) -> list[CheckResult]:
    """The checks that read a built store: what the canned queries show in its two engines, and its texts."""
    return [engines_agree(store), attendees_sit_at_the_meeting(store, graph),
            documents_dated_by_their_own_date(graph, store.document_text)]


def engines_agree(store: Store) -> CheckResult:
    result = CheckResult("engines-agree", "every canned query that needs no parameter gives the same rows in SPARQL "
                                          "and Cypher (a list cell as the set of its parts)")
    sparql, cypher = canned_queries("sparql"), canned_queries("cypher")
    for name in sorted(set(sparql) & set(cypher) - OWN_TERMS):
        if any(sparql[name].parameter_names().values()):
            continue
        found = {engine: _row_set(run_canned(store, queries[name], {})[1])
                 for engine, queries in (("SPARQL", sparql), ("Cypher", cypher))}
        for engine, other in (("SPARQL", "Cypher"), ("Cypher", "SPARQL")):
            only = sorted(found[engine] - found[other])
            if only:
                result.problems.append(f"{name}: {len(only)} rows only in {engine}, such as {only[0]}")
    return result


def _row_set(rows: list[list[str]]) -> set[tuple[str, ...]]:
    return {tuple("; ".join(sorted(cell.split("; "))) for cell in row) for row in rows}


def attendees_sit_at_the_meeting(store: Store, graph: ResolvedGraph) -> CheckResult:
    result = CheckResult("attendees-at-the-meeting", "board-members gives those present, sending apologies or "
                                                     "attending as officers the board whose meeting the document "
                                                     "records, or none: never the body they come from")
    bodies = {_document_label(graph.nodes[edge.source]): graph.caption(edge.target) for edge in graph.edges
              if edge.type == "MEETING_OF"}
    for _, board, person, relation, _, _, document in run_canned(store, get_query("board-members"), {})[1]:
        if relation in ATTENDING and board != bodies.get(document, ""):
            result.problems.append(f"{person} ({relation}) in {document}: board {board!r}, where the meeting is of "
                                   f"{bodies.get(document) or 'no body named'}")
    return result


# Words before a date that make it another event's: the next meeting, the last one's minutes as an item or confirmed
# ('RESOLVED that the minutes of the meeting held on'), a report a paper discusses ('the report was published on'; a
# label is 'Published:' or starts its line capitalised).
ANOTHER_EVENT = re.compile(r"next\s+meeting|(?-i:published)(?!\s*:)|^[^\S\n]*\d+\.?[^\S\n]+(?:minutes|notes)\b|"
                           r"\bthat\s+the\s+minutes\s+of\s+the\s+(?:\w+\s+)?meeting\b", re.IGNORECASE | re.MULTILINE)

# A report's own date on a line of its own: 'Report published March 2011' under its title.
OWN_PUBLICATION_LINE = re.compile(r"(?:^|\n)[^\S\n]*(?:(?:this\s+)?report\s+)?published(?:[^\S\n]+(?:on|in))?[^\S\n]*\Z",
                                  re.IGNORECASE)

# A page's own date under its label, whatever the headline above says ('... inspection report published' / 'Posted
# on: 25 May 2023').
OWN_DATE_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:posted|published|updated|last\s+updated|issued|date)(?:[^\S\n]+on)?[^\S\n]*:[^\S\n]*\Z",
                            re.IGNORECASE)


def documents_dated_by_their_own_date(graph: ResolvedGraph, text_of: Callable[[str], str]) -> CheckResult:
    result = CheckResult("documents-dated-by-their-own-date", "a document's date is when it was published or its "
                                                              "meeting held: not its next meeting's, the last "
                                                              "minutes', or that of a report it discusses")
    for node in _of_schema(graph, "Document"):
        for value in node.props.get("published", []):
            dated = graph.statement(value.statements[0])
            text = text_of(dated.document_id)
            before = text[text.rfind("\n", 0, max(0, text.rfind("\n", 0, dated.start))) + 1:dated.start]
            if ANOTHER_EVENT.search(before) and not OWN_PUBLICATION_LINE.search(before) \
                    and not OWN_DATE_LABEL.search(before):
                result.problems.append(f"{dated.document}: {value.text} from {' '.join(before.split())!r}")
    return result


def _document_label(document: Node) -> str:
    """How the canned queries name a document: its title, else its file name."""
    return document.first("heading") or document.first("file_name") or document.id


def format_checks(results: list[CheckResult]) -> str:
    out = []
    for result in results:
        out.append(f"{'ok  ' if result.passed else 'FAIL'} {result.name}: {result.description}"
                   + ("" if result.passed else f" ({len(result.problems)} problems)"))
        out.extend(f"       {problem}" for problem in result.problems)
        out.extend(f"       note: {result.noted}: {note}" for note in result.notes)
    return "\n".join(out)
