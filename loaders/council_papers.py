"""Placeholder for the council_papers family: recognises nothing yet (being written)."""

from kg.loaders import generic
from kg.loaders.context import Context

FAMILY = "council_papers"


def recognise(text: str) -> bool:
    return False


def load(ctx: Context) -> None:
    generic.load(ctx)
