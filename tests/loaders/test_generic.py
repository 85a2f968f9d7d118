"""Document-level facts every document gets: its area, read from its title."""

from __future__ import annotations

import pytest

from kg.documents import Document
from kg.loaders.context import Context
from kg.loaders.generic import document_area


@pytest.mark.parametrize("title", [
    "An inspection of probation services in: Northshire & Westmere Community Rehabilitation Company",
    "Inspection of probation services: Northshire & Westmere CRC 2 Contents",
])
def test_an_adult_probation_reports_area_is_the_place_before_its_provider(title: str) -> None:
    ctx = Context(Document.from_text("report.txt", f"{title}\n\nHMI Probation, May 2020\n\nForeword\n"))
    assert document_area(ctx) == "Northshire & Westmere"
