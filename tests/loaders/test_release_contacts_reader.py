"""A council's news release: its 'MEDIA CONTACT' at the foot over the officer's name and post, and a speaker named
with their body and a relative clause saying what they do before the speech verb."""

from __future__ import annotations

from tests.conftest import load_text, people_rows

RELEASE = """Brindlecombe City Council – News

Youth justice service rated good by inspectors

Published: 4 April 2024

Brindlecombe's youth justice service has been rated Good by HM Inspectorate of Probation.

Councillor Imogen Farrant, Leader of Brindlecombe City Council, said: "We are proud of the team."

Superintendent Marcus Olufemi of Brindlecombe Constabulary, who leads for the force on youth diversion,
added: "Keeping children out of court keeps our streets safe."

                                               – ENDS –

MEDIA CONTACT
Ysolde Brakespeare, Communications Officer
Tel: 01632 960 222
Email: ysolde.brakespeare@brindlecombe.gov.uk
"""


def test_a_media_contact_over_a_name_and_post_is_the_contact_officer() -> None:
    assert ("Ysolde Brakespeare", "contact_officer") in people_rows(load_text(RELEASE, "brindlecombe-news.txt"))


def test_a_speaker_with_a_body_and_a_relative_clause_before_the_verb_is_quoted() -> None:
    rows = people_rows(load_text(RELEASE, "brindlecombe-news.txt"))
    assert ("Marcus Olufemi", "quoted") in rows
    assert ("Imogen Farrant", "quoted") in rows
