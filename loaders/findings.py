"""Findings read from any document: placeholder until the findings extractors are written."""

from kg.loaders.context import Context


def load(ctx: Context) -> None:
    return None
