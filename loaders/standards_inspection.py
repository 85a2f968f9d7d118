"""Placeholder for the standards_inspection family: recognises nothing yet (being written)."""

from kg.loaders import generic
from kg.loaders.context import Context

FAMILY = "standards_inspection"


def recognise(text: str) -> bool:
    return False


def load(ctx: Context) -> None:
    generic.load(ctx)
