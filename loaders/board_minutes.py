"""Placeholder for the board_minutes family: recognises nothing yet (being written)."""

from kg.loaders import generic
from kg.loaders.context import Context

FAMILY = "board_minutes"


def recognise(text: str) -> bool:
    return False


def load(ctx: Context) -> None:
    generic.load(ctx)
