"""Findings read from any document: the inspection it reports, its ratings and scores, its
recommendations, strengths and areas for improvement, key facts, named programmes and links
between areas.

`load` runs on every document after the family loaders, so each extractor reads a layout
that recurs across families rather than one family's file, and is quiet where its layout is
absent: a council paper that embeds a report yields the report's findings; minutes or a
press release yield what their sentences say ("rated Inadequate", "reoffending rate ... was
42.5%, worse than the average for England and Wales (35.4%)"); a web page yields nothing.

The extractors live in one module each, by what they read; `load` runs them in this order:

    findings_inspection       the inspection: type, area, service, fieldwork and publication dates, cases
    findings_ratings          the overall rating, FJI themes' judgements, key question scores, theme scores
    findings_standards        (called by findings_ratings) the standards' ratings, in tables and sentences
    findings_recommendations  recommendations, and council 'RECOMMENDED that ...' resolutions
    findings_lists            lists of strengths, areas for improvement and key findings
    findings_metrics          key facts as observations: rates, populations, caseloads, counts, profiles
    findings_programmes       named programmes and systems, and links between areas

`findings_common` holds only what two of them share (the InspectionRef every extractor takes
after the first, number words, list markers, the rating scales' labels and the Rating entity). The inspection is read first, and every other
extractor links what it finds to it.
"""

from __future__ import annotations

from kg.loaders.context import Context
from kg.loaders.findings_inspection import inspection_facts
from kg.loaders.findings_lists import strengths_and_improvements
from kg.loaders.findings_metrics import metrics
from kg.loaders.findings_programmes import area_links, programmes
from kg.loaders.findings_ratings import key_question_scores, ratings, theme_scores
from kg.loaders.findings_recommendations import recommendations


def load(ctx: Context) -> None:
    """Every findings extractor, on any document; an extractor that fails warns and the rest carry on."""
    inspection = safely(ctx, "inspection facts", lambda: inspection_facts(ctx))
    for name, extractor in [("ratings", ratings), ("key question scores", key_question_scores),
                            ("theme scores", theme_scores), ("recommendations", recommendations),
                            ("strengths and improvements", strengths_and_improvements), ("metrics", metrics),
                            ("programmes", programmes), ("area links", area_links)]:
        safely(ctx, name, lambda extractor=extractor: extractor(ctx, inspection))


def safely(ctx: Context, name: str, run):  # type: ignore[no-untyped-def]
    """Findings are optional: a layout no extractor expected must never stop the document."""
    try:
        return run()
    except Exception as error:  # noqa: BLE001 - reported as a warning, the load goes on
        ctx.warn(f"findings: {name} skipped ({type(error).__name__}: {error})")
        return None
