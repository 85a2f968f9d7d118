"""Placeholder for the staff_page family: recognises nothing yet (being written)."""

from kg.loaders import generic
from kg.loaders.context import Context

FAMILY = "staff_page"


def recognise(text: str) -> bool:
    return False


def load(ctx: Context) -> None:
    generic.load(ctx)
