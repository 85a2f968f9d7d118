"""A fictional network in the shape of the networkx view (kg/network.py), of any size: areas
with their documents, inspections, findings and organisations, and people of whom some
recur across areas as inspectors and officials do. For the page benchmark and the test that
a big page stays readable; every name is invented."""

from __future__ import annotations

import random

import networkx as nx

from kg.network import colour

FIRST = ("Ada", "Bram", "Cleo", "Dov", "Elin", "Fenn", "Gita", "Hal", "Ines", "Jory", "Kit", "Lior", "Mina", "Nell")
LAST = ("Quillfeather", "Marrowby", "Tansley", "Okonkwo-Reed", "Vantongeren", "Brightwater", "Selkirk-Hale",
        "Penhallow", "Ashdown", "Mirefield", "Coldharbour", "Dunmere")
PLACES = ("Amberleigh", "Brackenford", "Coldwater", "Dunhallow", "Eastmere", "Fallowfield", "Greystone",
          "Hollinsby", "Ironbridge", "Juniper Vale")
RELATIONS = ("copy_to", "lead_inspector", "panel_member", "board_member", "present_at_meeting", "author")


def synthetic_network(nodes: int, seed: int = 1) -> nx.MultiDiGraph:
    """About `nodes` nodes: per area of about 130, one in eight a document, one in four a finding,
    one in ten an organisation, an inspection, and people for the rest."""
    rng = random.Random(seed)
    net = nx.MultiDiGraph()
    areas = max(1, nodes // 130)
    per_area = max(nodes // areas, 10)
    people: list[str] = []

    def add(node: str, kind: str, label: str, area: list[str], year: list[str]) -> str:
        net.add_node(node, type=kind, label=label, area=area, year=year, color=colour(kind))
        return node

    def link(source: str, target: str, kind: str, relation: str, document: str, year: str) -> None:
        net.add_edge(source, target, key=f"e{net.number_of_edges()}", type=kind, relation=relation, role=[],
                     date=f"{year}-06-01", document=[document], quote=f"{net.nodes[source]['label']} ({relation})")

    for a in range(areas):
        name = f"{PLACES[a % len(PLACES)]} {a // len(PLACES) + 1}"
        area = add(f"area-{a}", "Area", name, [name], [])
        documents = []
        for d in range(max(per_area // 8, 1)):
            year = str(2010 + rng.randrange(12))
            documents.append(add(f"doc-{a}-{d}", "Document", f"{name} report {d + 1}", [name], [year]))
            link(documents[-1], area, "IN_AREA", "in_area", f"{name} report {d + 1}", year)
        inspection = add(f"insp-{a}", "Inspection", f"inspection of {name}", [name], [])
        link(inspection, area, "IN_AREA", "in_area", net.nodes[documents[0]]["label"], "2015")
        for f in range(per_area // 4):
            finding = add(f"finding-{a}-{f}", "Finding", f"finding {f + 1} on {name}", [name], [])
            link(finding, inspection, "OF_INSPECTION", "of_inspection", net.nodes[documents[0]]["label"], "2015")
        for o in range(per_area // 10):
            org = add(f"org-{a}-{o}", "Organisation", f"{name} service {o + 1}", [name], [])
            link(org, area, "IN_AREA", "in_area", net.nodes[documents[0]]["label"], "2015")
        for p in range(per_area - 2 - len(documents) - per_area // 4 - per_area // 10):
            # one in twenty is someone already met in another area: inspectors and officials recur
            person = rng.choice(people) if people and rng.random() < 0.05 else add(
                f"person-{a}-{p}", "Person", f"{rng.choice(FIRST)} {rng.choice(LAST)} {a}-{p}", [], [])
            people.append(person)
            for document in rng.sample(documents, min(len(documents), rng.randint(1, 2))):
                year = net.nodes[document]["year"][0]
                link(person, document, "INVOLVED_IN", rng.choice(RELATIONS), net.nodes[document]["label"], year)
                net.nodes[person]["area"] = sorted({*net.nodes[person]["area"], name})
                net.nodes[person]["year"] = sorted({*net.nodes[person]["year"], year})
    return net
