"""The registry of family loaders: which families read a document, and in what order.

Each family module declares, besides `FAMILY` and `load`, as data and one test of its own:

    PRECEDENCE: int            # families are loaded, and listed on the document, lowest first
    EXCLUDES: tuple[str, ...]  # the families it overrides: they do not read a document it shows signs of
    PARTS: tuple[str, ...]     # the parts set under their own heading its loader reads itself (PART_KINDS)
    def signs(text) -> bool    # the family's own evidence, judged without regard to any other family

A family reads a document when it shows its signs and no family that excludes it shows its
own (a standards report says "An inspection of", as thematic reports do, and is not one).
Exclusion is not transitive: a family that is itself excluded still excludes. A family's
`recognise(text)` is `recognises(FAMILY, text)`, so it gives the registry's verdict, and no
family module calls another's.

A document of one family may end with a part of another kind under its own heading (a report's
'APPENDIX 2: COPY LIST', a cabinet report's 'EXTRACT FROM THE MINUTES OF CABINET'): the parts the
families reading it do not declare are read for them, once (`parts_unread`).
"""

from __future__ import annotations

from types import ModuleType


def family_modules() -> list[ModuleType]:
    """The family loaders, by precedence (most specific first); their declarations are checked."""
    from kg.loaders import (
        board_minutes,
        council_papers,
        joint_inspection,
        press_release,
        sqs_letter,
        staff_page,
        standards_inspection,
        thematic_inspection,
    )

    modules = sorted([board_minutes, council_papers, joint_inspection, press_release, sqs_letter, staff_page,
                      standards_inspection, thematic_inspection], key=lambda module: module.PRECEDENCE)
    check(modules)
    return modules


def check(modules: list[ModuleType]) -> None:
    """Every family named once, no two at one precedence, and exclusions naming other known families."""
    names = [module.FAMILY for module in modules]
    for seen, what in [(names, "family name"), ([module.PRECEDENCE for module in modules], "precedence")]:
        repeated = sorted({str(value) for value in seen if seen.count(value) > 1})
        if repeated:
            raise ValueError(f"family loaders: the same {what} twice: {', '.join(repeated)}")
    for module in modules:
        unknown = [name for name in module.EXCLUDES if name not in names or name == module.FAMILY]
        if unknown:
            raise ValueError(f"family loaders: {module.FAMILY} excludes {', '.join(unknown)}, not another family")
        parts = [kind for kind in module.PARTS if kind not in PART_KINDS]
        if parts:
            raise ValueError(f"family loaders: {module.FAMILY} reads parts of no known kind: {', '.join(parts)}")


# The kinds of part a document may set under its own heading, whatever its family: a copy list (`people_lists.copy_list`),
# a body's minutes (`council_papers.read_minutes_extracts`).
PART_KINDS = ("copy_list", "minutes")


def parts_unread(modules: list[ModuleType]) -> tuple[str, ...]:
    """The kinds of part that none of the families reading a document reads itself."""
    read = {kind for module in modules for kind in module.PARTS}
    return tuple(kind for kind in PART_KINDS if kind not in read)


def excluders(family: str, modules: list[ModuleType]) -> list[ModuleType]:
    """The families that override `family`."""
    return [module for module in modules if family in module.EXCLUDES]


def recognised(text: str) -> list[ModuleType]:
    """The families that read the document, by precedence: each showing its signs, none excluded."""
    modules = family_modules()
    shown = {module.FAMILY for module in modules if module.signs(text)}
    return [module for module in modules if module.FAMILY in shown
            and not any(other.FAMILY in shown for other in excluders(module.FAMILY, modules))]


def recognises(family: str, text: str) -> bool:
    """Whether the one family reads the document (what `recognised` would say of it)."""
    modules = family_modules()
    [module] = [module for module in modules if module.FAMILY == family]
    return bool(module.signs(text)) and not any(other.signs(text) for other in excluders(family, modules))
