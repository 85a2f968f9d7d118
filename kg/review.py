"""The review queue as people read it: one block per group for an 80-column terminal, or rows for
csv and json. A group is one ambiguous name (or near-identical names) with all its mentions,
the people they form now, and the evidence for and against making them one person."""

from __future__ import annotations

import textwrap

from kg.resolve import Mention, ReviewGroup

WIDTH = 80
ROW_COLUMNS = ["group", "names", "score", "person", "mention", "name", "document", "relations", "organisations",
               "for", "against"]


def group_block(group: ReviewGroup, width: int = WIDTH) -> str:
    """A group as a block of lines no wider than `width`: its people, their mentions, the evidence, the commands."""
    by_id = {m.id: m for m in group.mentions}
    out = _wrapped(f"{group.id}  {' / '.join(group.names)}  ({len(group.mentions)} mentions, "
                   f"{len(group.people)} people now, score {group.score:.2f})", width, "")
    for person, ids in group.people.items():
        out.append(f"  {person}")
        for mention in (by_id[i] for i in ids):
            out.extend(_wrapped(_mention_line(mention, len(group.names) > 1), width, "      ", "    "))
    out.extend(_wrapped("for: " + "; ".join(group.evidence_for), width, "       ", "  "))
    if group.evidence_against:
        out.extend(_wrapped("against: " + "; ".join(group.evidence_against), width, "           ", "  "))
    out.extend(_wrapped(f"kg judge confirm {group.id}   (one person)", width, "      ", "  "))
    out.extend(_wrapped(f"kg judge reject {group.id}    (keep these people apart)", width, "      ", "  "))
    return "\n".join(out)


def _mention_line(mention: Mention, named: bool) -> str:
    """'DOCUMENT: relations; organisations', led by the name where the group holds several names."""
    details = [", ".join(sorted(mention.relations))] + sorted(mention.organisations)
    label = f"{mention.name}: " if named else ""
    return f"{label}{mention.document}: {'; '.join(d for d in details if d)}"


def _wrapped(text: str, width: int, indent: str, first: str | None = None) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_long_words=True, break_on_hyphens=False) or [""]


def queue_text(groups: list[ReviewGroup], width: int = WIDTH) -> str:
    """The whole queue as blocks separated by blank lines, with a count at the end."""
    blocks = [group_block(g, width) for g in groups]
    return "\n\n".join([*blocks, f"{len(groups)} groups to review"])


def queue_rows(groups: list[ReviewGroup]) -> list[list[str]]:
    """One row per mention (csv), with its group, its person now and the group's evidence."""
    rows = []
    for group in groups:
        person_of = {m: person for person, ids in group.people.items() for m in ids}
        for m in group.mentions:
            rows.append([group.id, " / ".join(group.names), f"{group.score:.2f}", person_of.get(m.id, ""), m.id,
                         m.name, m.document, ", ".join(sorted(m.relations)), ", ".join(sorted(m.organisations)),
                         "; ".join(group.evidence_for), "; ".join(group.evidence_against)])
    return rows
