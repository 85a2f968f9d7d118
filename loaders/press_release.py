"""Placeholder for the press_release family: recognises nothing yet (being written)."""

from kg.loaders import generic
from kg.loaders.context import Context

FAMILY = "press_release"


def recognise(text: str) -> bool:
    return False


def load(ctx: Context) -> None:
    generic.load(ctx)
