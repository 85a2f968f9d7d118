"""Synthetic corpora: fictional documents of every family the loaders read, with their answer keys.

A corpus is drawn from one small fictional world, seeded, so the same arguments give the same
files: areas, each with a youth offending service, a management board, a council scrutiny
panel and its officers; inspectors who lead inspections in several areas; chief inspectors
who sign every report of their years. People recur as officials do in life: a chief
inspector across many reports, a councillor across a panel's minutes, an inspector leading
several areas, a YOS manager on the copy list, at the board and before the panel.

Each document gets an answer key in the shared gold schema (`doc`, `kind`, `area`,
`published`, `people[]` with `relations[]` whose `evidence` is an exact substring of the
document, `case_example_pseudonyms[]`), so `kg eval --gold DIR/gold` scores a build of
`DIR/documents`, and scale and quality are measured on the same corpus. Every name, area and
sentence is invented.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.dates import MONTH_NAMES

FIRST_NAMES = ("Alice", "Bernard", "Carys", "Declan", "Eleanor", "Fergus", "Gemma", "Harriet", "Imogen", "Jasper",
               "Katherine", "Leonard", "Miriam", "Nathaniel", "Olivia", "Patrick", "Rosalind", "Stephen", "Theresa",
               "Vincent", "Wendy", "Adrian", "Beatrice", "Colin", "Deborah", "Edmund", "Frances", "Gordon",
               "Helena", "Isaac", "Joanna", "Kenneth", "Lorna", "Martin", "Nicola", "Oscar", "Philippa", "Robert",
               "Sandra", "Timothy")
SURNAMES = ("Ashdown", "Brackley", "Corrigan", "Dunmore", "Ellery", "Fenwick", "Garside", "Halloran", "Inchley",
            "Jessop", "Kettering", "Lowther", "Marchbank", "Norcott", "Ormsby", "Pellow", "Quarrie", "Rudge",
            "Stannard", "Thackery", "Upcott", "Varley", "Wetherall", "Yelland", "Abernethy", "Blenkinsop",
            "Cargill", "Dimmock", "Eversley", "Fothergill", "Gilchrist", "Hebden", "Ingleby", "Kirkbride",
            "Lumsden", "Mottram", "Nettleship", "Oakshott", "Pennington", "Rowntree")
AREA_HEADS = ("Ash", "Bram", "Cald", "Dun", "Elm", "Fern", "Glen", "Hart", "Ivy", "Kel", "Lang", "Mark", "Nor",
              "Oak", "Pen", "Rock", "Sel", "Thorn", "Wen", "Yar")
AREA_TAILS = ("ford", "mere", "ham", "ton", "bury", "dale", "wick", "field")
CHILDREN = ("Jayden", "Kyle", "Tyler", "Ellie", "Mason", "Chloe", "Reece", "Leah")
RATINGS = ("Outstanding", "Good", "Requires improvement", "Inadequate")
FINDINGS = (
    "Case managers knew the children well and spoke about them with warmth and understanding.",
    "Assessments of the reasons for offending were thorough and drew on information from partners.",
    "Planning to manage the risk of harm to others was not always clear enough.",
    "Management oversight of work to keep children safe needs to improve.",
    "The service had good links with schools, health services and the police.",
    "Children and their parents or carers were involved in planning their work.",
    "Interventions were delivered as planned in most of the cases we inspected.",
    "Information about the needs of victims was not always used to plan work.",
    "Staff were well trained, motivated and supported by their managers.",
    "The board did not always receive the information it needed to hold the service to account.",
)

HMI = "HM Inspectorate of Probation"


@dataclass(frozen=True)
class Person:
    name: str
    gender: str  # for the pronoun a letter uses

    @property
    def email(self) -> str:
        return self.name.lower().replace(" ", ".") + "@example.org"


@dataclass
class Area:
    name: str
    manager: Person
    board_chair: Person
    chief_executive: Person
    lead_member: Person
    councillors: list[Person]
    officer: Person
    staff: list[tuple[Person, str]]

    @property
    def service(self) -> str:
        return f"{self.name} YOS"

    @property
    def council(self) -> str:
        return f"{self.name} Council"


@dataclass
class World:
    areas: list[Area]
    inspectors: list[Person]
    chief_inspectors: dict[int, Person]  # from this year on
    heads_of_inspection: list[Person]
    assistant_chief: Person

    def chief_inspector(self, year: int) -> Person:
        return self.chief_inspectors[max(y for y in self.chief_inspectors if y <= year)]


@dataclass
class Key:
    """An answer key being written beside its document."""

    doc: str
    kind: str
    area: str
    published: str
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    pseudonyms: list[str] = field(default_factory=list)

    def add(self, person: Person, relation: str, role: str, organisation: str, evidence: str,
            title: str | None = None) -> None:
        entry = self.people.setdefault(person.name, {"name": person.name, "title": title, "relations": [],
                                                     "contact": {"email": None, "phone": None}})
        entry["relations"].append({"relation": relation, "role": role, "organisation": organisation,
                                   "evidence": evidence})

    def to_dict(self, text: str) -> dict[str, Any]:
        for person in self.people.values():
            for relation in person["relations"]:
                assert relation["evidence"] in text, f"{self.doc}: evidence {relation['evidence']!r} not in the text"
        return {"doc": self.doc, "kind": self.kind, "area": self.area, "published": self.published,
                "people": list(self.people.values()), "case_example_pseudonyms": self.pseudonyms}


class Names:
    """Fictional people, each drawn once, so a name stands for one person in the whole world."""

    def __init__(self, rng: random.Random) -> None:
        self.pool = [(f, s) for f in FIRST_NAMES for s in SURNAMES]
        rng.shuffle(self.pool)

    def person(self) -> Person:
        first, surname = self.pool.pop()
        return Person(f"{first} {surname}", "f" if first in FEMALE else "m")


FEMALE = {"Alice", "Carys", "Eleanor", "Gemma", "Harriet", "Imogen", "Katherine", "Miriam", "Olivia", "Rosalind",
          "Theresa", "Wendy", "Beatrice", "Deborah", "Frances", "Helena", "Joanna", "Lorna", "Nicola", "Philippa",
          "Sandra"}


def make_world(areas: int, rng: random.Random) -> World:
    names = Names(rng)
    places = [h + t for h in AREA_HEADS for t in AREA_TAILS]
    rng.shuffle(places)
    staff_posts = ("Team Manager", "Case Manager", "Operations Manager")
    areas = min(areas, len(names.pool) // 20)  # 13 people an area, and the inspectors and chiefs besides
    made = [Area(place, names.person(), names.person(), names.person(), names.person(),
                 [names.person() for _ in range(5)], names.person(),
                 [(names.person(), staff_posts[i % 3]) for i in range(3)]) for place in places[:areas]]
    inspectors = [names.person() for _ in range(max(4, areas // 4))]  # a lead and a team of three
    return World(made, inspectors, {2010: names.person(), 2016: names.person(), 2020: names.person()},
                 [names.person() for _ in range(2)], names.person())


def filler(rng: random.Random, paragraphs: int) -> str:
    return "\n\n".join(" ".join(rng.sample(FINDINGS, 3)) for _ in range(paragraphs))


MONTHS = tuple(month.capitalize() for month in MONTH_NAMES)


def sqs_letter(world: World, area: Area, year: int, rng: random.Random, key: Key) -> str:
    month = rng.randrange(12)
    lead = rng.choice(world.inspectors)
    pronoun = "She" if lead.gender == "f" else "He"
    chief = world.assistant_chief
    to_line = f"{area.board_chair.name}, Chair of {area.service} Management Board"
    from_line = f"{chief.name}, Assistant Chief Inspector (Youth Justice)"
    lead_line = f"please contact the lead inspector, who was {lead.name}"
    key.add(area.board_chair, "addressee", f"Chair of {area.service} Management Board", area.service, to_line)
    key.add(area.board_chair, "board_chair", f"Chair of {area.service} Management Board", area.service, to_line)
    key.add(chief, "author", "Assistant Chief Inspector (Youth Justice)", HMI, from_line)
    key.add(lead, "lead_inspector", "lead inspector", HMI, lead_line)
    copies = [("YOS Manager", area.manager, area.service), ("Local Authority Chief Executive",
                                                             area.chief_executive, area.council)]
    copy_lines = []
    for role, person, organisation in copies:
        line = f"{role}\t<i>{person.name}</i>"
        copy_lines.append(line)
        key.add(person, "copy_to", role, organisation, line)
    member_line = f"Lead Elected Member for Children's Services\t<i>Councillor {area.lead_member.name}</i>"
    key.add(area.lead_member, "copy_to", "Lead Elected Member for Children's Services", area.council, member_line,
            title="Councillor")
    copy_lines.append(member_line)
    return f"""<i>To:</i>\t{to_line}
<i>Copy to:</i>\tSee copy list at end
<i>From:</i>\t{from_line}
<i>Publication date:</i>\t{rng.randrange(1, 28)} {MONTHS[month]} {year}

Report of Short Quality Screening (SQS) of youth offending work in {area.name}

The inspection was conducted in {MONTHS[month - 1]} {year} as part of our programme of inspection of youth offending work.

Context

We examined {rng.randrange(12, 40)} cases of children and young people who had recently offended and were supervised by {area.name} Youth Offending Service (YOS).

Summary

{filler(rng, rng.randrange(8, 30))}

Key strengths

- {rng.choice(FINDINGS)}

Areas requiring improvement

- {rng.choice(FINDINGS)}

If you have any further questions about the inspection {lead_line}. {pronoun} can be contacted at {lead.email}.

Copy to:

""" + "\n".join(copy_lines) + "\n"


def standards_inspection(world: World, area: Area, year: int, rng: random.Random, key: Key) -> str:
    lead = rng.choice(world.inspectors)
    head = world.heads_of_inspection[year % 2]
    chief = world.chief_inspector(year)
    child = rng.choice(CHILDREN)
    key.pseudonyms.append(child)
    led_line = f"This inspection was led by HM Inspector {lead.name}"
    head_line = f"responsible for this inspection programme, is {head.name}"
    key.add(lead, "lead_inspector", "HM Inspector", HMI, led_line)
    key.add(head, "head_of_inspections", "Head of Youth Offending Team Inspections", HMI, head_line)
    key.add(chief, "chief_inspector", "Chief Inspector of Probation", HMI, f"{chief.name}\nChief Inspector of "
                                                                             "Probation")
    acknowledgements = inspection_team(world, lead, rng, key)
    rating = rng.choice(RATINGS)
    return f"""An inspection of youth offending services in

{area.name}

{HMI}

{MONTHS[rng.randrange(12)].upper()} {year}

{led_line}, supported by a team of inspectors, as well as staff from our operations and research teams. The Head of Youth Offending Team Inspections, {head_line}.

Please note that throughout the report the names in the practice examples have been changed to protect the individual's identity.

Foreword

We have given {area.service} an overall rating of '{rating}'.

{filler(rng, rng.randrange(8, 30))}

{chief.name}
Chief Inspector of Probation

Overall rating

{rating}

1. Organisational delivery

1.1\tGovernance and leadership\t{rng.choice(RATINGS)}
1.2\tStaff\t{rng.choice(RATINGS)}

Practice example

{child} was fifteen when he was sentenced. His case manager met him every week and worked with his school.

Recommendations

{area.service} should:

1. make sure that plans to keep children safe are completed in every case
2. improve access to education, training and employment.

Acknowledgements

{acknowledgements}
"""


def inspection_team(world: World, lead: Person, rng: random.Random, key: Key) -> str:
    """The acknowledgements' list of who inspected, as a report's appendix has it: the lead, a deputy
    lead and a team, drawn from the inspectors, so that inspectors work together on many inspections."""
    deputy, *team = rng.sample([i for i in world.inspectors if i != lead], 3)
    rows = [("Lead Inspector", lead, "lead_inspector"), ("Deputy Lead Inspector", deputy, "deputy_lead_inspector"),
            *(("Inspection Team" if n == 0 else "", member, "inspection_team") for n, member in enumerate(team))]
    lines = []
    for label, person, relation in rows:
        line = f"{label}\t{person.name}, HMI Probation"
        lines.append(line)
        key.add(person, relation, label or "Inspection Team", HMI, line if label else line.lstrip("\t"))
    return "\n".join(lines)


def panel_minutes(world: World, area: Area, year: int, rng: random.Random, key: Key) -> str:
    chair, *members = area.councillors
    present = rng.sample(members, 2)
    absent = next(m for m in members if m not in present)
    chair_line = f"Councillor {chair.name} (in the Chair)"
    key.add(chair, "present_at_meeting", "Chair", area.council, chair_line, title="Councillor")
    key.add(chair, "panel_chair", "Chair", area.council, chair_line, title="Councillor")
    for person in present:
        key.add(person, "present_at_meeting", "Councillor", area.council, f"Councillor {person.name}",
                title="Councillor")
    key.add(absent, "apologies", "Councillor", area.council, f"Councillor {absent.name}", title="Councillor")
    officer_line = f"{area.manager.name}, YOS Manager, introduced the report"
    key.add(area.manager, "officer_attending", "YOS Manager", area.service, officer_line)
    present_lines = "\n".join(f"Councillor {p.name}" for p in present)
    return f"""CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL

MINUTES of the meeting of the Children and Young People Scrutiny Panel held on Tuesday, {rng.randrange(1, 28)} {MONTHS[rng.randrange(12)]} {year} at 6.00 pm in the Civic Centre, {area.name}.

Present

{chair_line}
{present_lines}

Apologies for Absence

Councillor {absent.name}

1. Declarations of Interest

There were no declarations of interest.

2. Youth Offending Service inspection report

{officer_line} and answered questions from the panel.

{filler(rng, rng.randrange(4, 20))}
"""


def board_minutes(world: World, area: Area, year: int, rng: random.Random, key: Key) -> str:
    chair_line = f"- {area.board_chair.name}, Chair"
    manager_line = f"- {area.manager.name}, Head of Youth Justice Service"
    member_line = f"- Cllr {area.lead_member.name}, Lead Member for Children"
    key.add(area.board_chair, "board_chair", "Chair", area.service, chair_line)
    key.add(area.board_chair, "present_at_meeting", "Chair", area.service, chair_line)
    key.add(area.manager, "present_at_meeting", "Head of Youth Justice Service", area.service, manager_line)
    key.add(area.lead_member, "present_at_meeting", "Lead Member for Children", area.council, member_line,
            title="Councillor")
    taker = area.officer
    taker_line = f"Minute taker: {taker.name}"
    key.add(taker, "minute_taker", "Minute taker", area.service, taker_line)
    return f"""{area.name} Youth Justice Partnership Board

Minutes of meeting: {rng.randrange(1, 28)} {MONTHS[rng.randrange(12)]} {year}

Attendees:
{chair_line}
{manager_line}
{member_line}

{taker_line}

1. Welcome and introductions

{filler(rng, rng.randrange(4, 20))}
"""


def press_release(world: World, area: Area, year: int, rng: random.Random, key: Key) -> str:
    chief = world.chief_inspector(year)
    said = f"said {chief.name}, Chief Inspector of Probation"
    key.add(chief, "quoted", "Chief Inspector of Probation", HMI, said)
    key.add(chief, "chief_inspector", "Chief Inspector of Probation", HMI, said)
    return f"""{area.name} youth offending work inspected

Inspection report published today

The service in {area.name} had made progress, {said}. "{rng.choice(FINDINGS)}"

{rng.choice(FINDINGS)}
"""


def staff_page(world: World, area: Area, year: int, rng: random.Random, key: Key) -> str:
    lines = [f"{area.manager.name} YOS Manager"]
    key.add(area.manager, "staff", "YOS Manager", area.service, lines[0])
    for person, post in area.staff:
        line = f"{person.name}, {post}"
        lines.append(line)
        key.add(person, "staff", post, area.service, line)
    listed = "\n".join(lines)
    return f"""{area.name} Youth Offending Service

Contact us

Tel: 01632 960{rng.randrange(100, 999)}

{listed}
"""


Family = Callable[[World, Area, int, random.Random, Key], str]
FAMILIES: dict[str, tuple[Family, str, range]] = {
    "sqs_letter": (sqs_letter, "sqs", range(2013, 2017)),
    "standards_inspection": (standards_inspection, "inspection2018", range(2018, 2023)),
    "council_papers": (panel_minutes, "council_minutes", range(2012, 2023)),
    "board_minutes": (board_minutes, "board_minutes", range(2012, 2023)),
    "press_release": (press_release, "press_release", range(2013, 2023)),
    "staff_page": (staff_page, "staff_page", range(2015, 2023)),
}


@dataclass(frozen=True)
class SynthReport:
    documents: int
    bytes: int
    families: dict[str, int]


def synthesise(documents: int, out: Path, *, seed: int = 1, areas: int | None = None) -> SynthReport:
    """Write `documents` fictional documents to OUT/documents and their answer keys to OUT/gold."""
    rng = random.Random(seed)
    world = make_world(areas or max(4, min(160, documents // 25)), rng)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    families = list(FAMILIES)
    counts: dict[str, int] = dict.fromkeys(families, 0)
    size = 0
    written: set[bytes] = set()  # digests of the texts so far
    for index in range(documents):
        family = families[index % len(families)]
        make, kind, years = FAMILIES[family]
        while True:  # drawn again until its text is new: two files of one text are one document to kg
            area = rng.choice(world.areas)
            year = rng.choice(years)
            name = f"{index:06d}_{family}_{area.name.lower()}_{year}.txt"
            key = Key(name, kind, area.name, str(year))
            text = make(world, area, year, rng, key)
            digest = hashlib.sha256(text.encode("utf-8")).digest()
            if digest not in written:
                break
        written.add(digest)
        (out / "documents" / name).write_text(text, encoding="utf-8")
        (out / "gold" / name.replace(".txt", ".json")).write_text(
            json.dumps(key.to_dict(text), indent=1, ensure_ascii=False), encoding="utf-8")
        counts[family] += 1
        size += len(text.encode("utf-8"))
    return SynthReport(documents, size, counts)
