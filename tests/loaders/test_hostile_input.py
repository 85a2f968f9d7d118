"""Hostile input: real corpus documents mutated (flipped characters, shuffled and duplicated
lines, truncation, removed line breaks, inserted unicode, long runs of spaces, tabs, blank
lines, names and punctuation) load without an exception and in time proportional to their
length.

The time bound is a guard against pathological patterns, not a benchmark: a second per 100 KB,
or six times the rate at which the same run loads the unmutated corpus when that is more (a busy
machine, and a dense case: thousands of attendees in a grid load at two or three times the
corpus's rate), where a super-linear pattern takes tens or thousands of times that on a run of a
few thousand characters. Whether a case grows linearly with its run is the second test's
question, a ratio measured in one run; `benchmarks/fuzz.py` runs the same strategy for longer,
and `benchmarks/build.py` measures speed.
"""

from __future__ import annotations

import re
import time
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.documents import Document
from kg.loaders import load_document

SECONDS_PER_100_KB = 1.0
MARGIN = 6  # over the corpus's rate in this run: a dense case's spread (3,000 rows of attendees: 3 times); a super-linear pattern is 10-1000 times
# A load has a fixed cost (the registry, the lexicon look-ups of new words) that a small document cannot amortise:
# the floor is still far below a super-linear pattern's 10-100 s.
SMALLEST_BUDGET = 1.0
RUNS = [" ", "\t", "\n", "\n\n", "|", "(", ")", ".", "-", "*", "Mr ", "Councillor ", "John Smith, ", "Overall rating\n",
        "1.1 ", "Good ", "'", "“", "<p>", "\u00a0", "COPY TO:\n", "Present:\n"]
UNICODE = ["\u200b", "\u202e", "\ufeff", "é", "ß", "İ", "\u0301", "😀", "\u2028", "\x00", "\x0c", "ﬁ", "Ⅻ", "١٢٣"]
LONGEST_CASE = 500_000  # duplicated lines compound; a case stays a long document, not a corpus
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def corpus_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(CORPUS.rglob("*.txt"))] if CORPUS.is_dir() else []


@st.composite
def mutated(draw: st.DrawFn, texts: list[str]) -> str:
    """A corpus document with one to four mutations, each at a drawn place."""
    text = draw(st.sampled_from(texts))
    for _ in range(draw(st.integers(1, 4))):
        text = draw(st.sampled_from(MUTATIONS))(draw, text)[:LONGEST_CASE]
    return text


def place(draw: st.DrawFn, text: str) -> int:
    return draw(st.integers(0, len(text)))


def flip_characters(draw: st.DrawFn, text: str) -> str:
    chars = list(text)
    for _ in range(draw(st.integers(1, 50))):
        if chars:
            chars[draw(st.integers(0, len(chars) - 1))] = chr(draw(st.integers(0, 0x2FFF)))
    return "".join(chars)


def shuffle_lines(draw: st.DrawFn, text: str) -> str:
    return "\n".join(draw(st.permutations(text.split("\n"))))


def duplicate_lines(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    at = draw(st.integers(0, len(lines) - 1))
    return "\n".join(lines[:at] + lines[at:at + draw(st.integers(1, 40))] * draw(st.integers(2, 20)) + lines[at:])


def truncate(draw: st.DrawFn, text: str) -> str:
    return text[:place(draw, text)]


def remove_line_breaks(draw: st.DrawFn, text: str) -> str:
    return text.replace("\n", draw(st.sampled_from(["", " "])))


def insert_unicode(draw: st.DrawFn, text: str) -> str:
    at = place(draw, text)
    return text[:at] + draw(st.sampled_from(UNICODE)) * draw(st.integers(1, 200)) + text[at:]


def insert_run(draw: st.DrawFn, text: str) -> str:
    at = place(draw, text)
    unit = draw(st.sampled_from(RUNS))
    return text[:at] + unit * draw(st.integers(100, 12_000 // len(unit) + 100)) + text[at:]


MUTATIONS = [flip_characters, shuffle_lines, duplicate_lines, truncate, remove_line_breaks, insert_unicode,
             insert_run, insert_run]


def budget(text: str) -> float:
    return max(SMALLEST_BUDGET, max(SECONDS_PER_100_KB / 100_000, MARGIN * seconds_per_character()) * len(text))


@cache
def seconds_per_character() -> float:
    """The rate of a sound load, measured on the unmutated corpus in this run."""
    if not TEXTS:
        return 0.0
    return sum(seconds_to_load(text) for text in TEXTS) / sum(len(text) for text in TEXTS)


def timed_load(text: str) -> float:
    """Seconds to load the text; the shorter of two loads when the first is over budget (a busy machine)."""
    took = seconds_to_load(text)
    return min(took, seconds_to_load(text)) if took > budget(text) else took


@cache
def warmed_up() -> bool:
    """The first load reads the name lexicon; timing it would charge that to the first case."""
    load_document(Document.from_text("warm-up.txt", TEXTS[0] if TEXTS else "Warm-up"))
    return True


def seconds_to_load(text: str) -> float:
    """Processor seconds, not elapsed ones: other processes on a busy machine do not count against the loaders."""
    warmed_up()
    started = time.process_time()
    load_document(Document.from_text("hostile.txt", text))
    return time.process_time() - started


def describe(text: str) -> str:
    """A case as it can be pasted back: its length and its longest run of one character."""
    longest, char, run, previous = 0, "", 0, ""
    for current in text:
        run = run + 1 if current == previous else 1
        previous = current
        if run > longest:
            longest, char = run, current
    return f"{len(text)} characters, longest run {longest} x {char!r}, start {text[:120]!r}"


TEXTS = corpus_texts()


@pytest.mark.skipif(not TEXTS, reason="the shared corpus (../shared beside the repository) is not present")
@settings(max_examples=60, deadline=None, derandomize=True,  # the same cases each run; benchmarks/fuzz.py explores
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_mutated_documents_load_quickly_and_without_error(data: st.DataObject) -> None:
    text = data.draw(mutated(TEXTS))
    took = timed_load(text)
    assert took <= budget(text), f"{took:.2f} s for {describe(text)}"


# Minimal cases once super-linear, each as found by benchmarks/patterns.py or benchmarks/fuzz.py (fictional names).
MINIMAL_CASES = {
    "a 'Present:' line of commas between two names": "Present: Jan Kowalczyk" + "," * 16_000 + " Ola Nowak\n",
    "a 'Present:' heading over a line of commas": "Present:\n" + "," * 16_000 + "\n",
    "a name alone repeated after a piece that is not a name": "Present: Xq, " + "Smithy Jonesy, " * 2_000 + "\n",
    "a role with a run of no-break spaces (fuzz seed 4)": "| <i>To:</i> | Tamsin Greaves, Chair of Westmere"
    + "\u00a0" * 24_000 + " Youth Offending Service Management Board |\n\nReport of Short Quality Screening (SQS) of "
    "youth offending work in Westmere\n",
    "a long line whose only full stop is inside a number (fuzz seed 4)": "Westmere Youth Offending Service\n\n"
    "The rate fell " + "and fell " * 4_000 + "to 32.8 per cent in Westmere.\n",
    "an attendance line with a run of tabs before no status (fuzz seed 3)": "Westmere Youth Justice Board\n\n"
    "Present:\nTamsin Greaves" + "\t" * 2_000 + "x\nApologies:\nRuth Okafor\n",
    "a run of quote marks before a rating grouping its standards": "Westmere Youth Justice Service\n\nIt was rated "
    + "'" * 12_000 + "Inadequate (1.1, 1.3).\n",
    "a scoring table's row with a run of blanks and no score (CI fuzz)": "Full Joint Inspection of youth offending work "
    "in Westmere\n\nSafeguarding work" + " " * 12_000 + "x\n" + " " * 12_000 + "\n",
    "a run of blanks after a full stop, before no domain rated (CI fuzz)": "Westmere Youth Justice Service\n\n"
    "Contents\nAnnex 3 – Glossary." + " " * 12_000 + "....\t33\n",
    "a line of thousands of cells, each a group's label": "Westmere Council\n\nPresent:\n" + "Labour Group   " * 3_000 + "\n",
    "a run of tabs after 'the' and a post, before a chair's clause (fuzz)": "Westmere YOS\n\nthe report of the Vale of "
    "Westmere’s" + "\t" * 6_000 + " Youth Offending Service.\n",
    "a cover's run of spaced letters that ends in a word": "HM Inspectorate of Probation\n\n" + "A " * 6_000
    + "AN inspection of youth justice services in Westmere\n",
    "a register's key of codes repeated along a line": "Westmere Council\n\nREGISTER OF ATTENDANCE\n"
    "  BLOGGS, Jo .......... Councillor   P\n" + "  P = present   Ap = apologies" * 3_000 + "\n",
    "a register's dot leaders run on to a line's end, a key's codes over it (register reader)": "Westmere Council\n\n"
    "REGISTER OF ATTENDANCE\n(P = present;  Ab = apologies)\n  BLOGGS, Jo " + "." * 24_000 + " Ab\n  OKAFOR, Ruth "
    + "." * 24_000 + "\n",
    "a footnote key of marks repeated along a line under a starred list (register reader)": "Westmere Council\n\n"
    "Members:\n  Councillor J. Bloggs*     Councillor R. Okafor\n" + "* = apologies " * 1_500 + "\n" + "* " * 12_000 + "\n",
    "a line of apostrophes: a foreword's heading, a board's membership lead (fuzz seed 11)": "Westmere Youth Justice "
    "Board\n\n" + "'" * 12_000 + "\n",
    "a member's post with a run of no-break spaces before its place (fuzz seed 11)": "Westmere Youth Justice Board\n\n"
    "Present:\nTina Beckett Assistant Director, National Probation Service -" + "\u00a0" * 12_000 + " Teesside\nJo Bloggs\n",
    "an entry on a heading's line with a run of no-break spaces, no stand-in (fuzz seed 11)": "Westmere Youth Justice "
    "Board\n\nPresent: Tina Beckett, Probation Service -" + "\u00a0" * 24_000 + " Teesside; Jo Bloggs\n",
    "a body before a name, set off by a run of blanks (fuzz seed 11)": "Westmere Council\n\nPresent:\nCouncillor Jo "
    "Bloggs, Probation" + " " * 12_000 + "x – Ruth Okafor\n",
    "a list parted by semicolons wrapping on to thousands of lines (fuzz seed 7)": "Westmere Council\n\nPresent: Jo "
    "Bloggs (Chair); Ruth Okafor\n" + "x\n" * 6_000,
    "an area of work over a dot leader, no score (fuzz seed 11)": "Westmere Youth Offending Service\n\n"
    + ("Safeguarding" + "." * 8_000 + "\n") * 4,
    "a figure run into a dot leader before a long sentence (fuzz seed 12)": "Westmere Youth Offending Service\n\n- 1.1"
    + "." * 900 + " the causes of the child's offending behaviour" * 4 + "\n",
    "a line of names under 'Present:', each asked whether it came for an item (fuzz seed 14)": "Present:\n"
    + "Jo Bloggs, " * 1_500 + "\n",
    "lines opening with a long run of no-break spaces in a list (fuzz seed 15)": "Westmere Youth Justice Board\n\n"
    "Present:\nJo Bloggs\tChair\n" + ("\u00a0" * 3_000 + "x\n") * 4,
    "an entry's post running on over a thousand short lines (fuzz seed 15)": "Westmere Youth Justice Board\n\nPresent:\n"
    "Jo Bloggs Head of Service\n" + "Children's Services\n" * 1_500,
    "a name listed a thousand times, a long run of words as its post (fuzz seed 14)": "Westmere Youth Offending "
    "Service\n\n" + "Present:\n" * 20 + "Jo Bloggs, " * 1_000 + "Good " * 1_000 + "\n",
    "a bar table's wrapped cell with a long run of blanks before its bar (batch 61)": "Westmere Youth Justice Board\n"
    "Minutes\n\n| JB | Jo Bloggs | Director of Children's Services," + " " * 12_000 + "|\n|    |    | Council (Chair) |\n",
    "a dashed register row with a long run before its cells (batch 61)": "Westmere Council\n\nREGISTER OF ATTENDANCE\n"
    "Surname, forename\tPost\tAgency\tPresent / Apologies\nBLOGGS, Jo\tChair\tWestmere Council\tP\n-"
    + " " * 12_000 + "\tMagistrate (vacancy)\n",
    "a name at a line's end over thousands of lines ending in names (batch 61)": "Westmere Council\n\nPresent: J Bloggs\n"
    + "arranged by the Officer, Joanne Pickers\n" * 3_000,
    "a line of thousands of ratings with no full stop, each read in its sentence (fuzz seed 16)": "Westmere Youth "
    "Justice Service\n\n" + "Westmere YJS has been rated Good overall by the inspectorate and " * 3_000 + "\n",
    # each short line was read as a list's entry by a dozen readers, each asking find_names again: 2 s before
    "a copy list's short line repeated thousands of times under a board's attendance (fuzz seed 15)": "Westmere Youth "
    "Justice Board\n\nMinutes of the meeting held on 4 March 2024\n\nPresent:\nJo Bloggs, Chair\nRuth Okafor, Head of "
    "Service\n\n" + "COPY TO:\n" * 2_500,
    "a news item whose line breaks were lost, a thousand key facts on its one line (fuzz seed 17)": "Westmere Youth "
    "Offending Service news " + "The reoffending rate in Westmere was 34.5% against a national average of 37.7% in 2014. "
    * 1_000 + "\n",
    "a list of thousands of entries by initials, the key's row after it (initials reader)": "Westmere Youth Justice "
    "Board\n\nPresent: " + "AT (Chair), HQ; " * 6_000 + "\nAnne Tranter (AT), Head of Service\nHarriet Quist (HQ)\n",
    "a name before a long run of blanks and no initials, then a run of bracketed initials (initials reader)": "Westmere "
    "Youth Justice Board\n\nAnne Tranter" + " " * 30_000 + "x\nAnne Tranter " + "(AT) " * 12_000 + "\n",
    "a key's row of initials before a long run of tabs, and a line of equals signs (initials reader)": "Westmere Youth "
    "Justice Board\n\nAT" + "\t" * 30_000 + "Anne Tranter\n" + "AT = " * 12_000 + "\nPresent: AT\n",
    "a letter's 'To' label before a long run of blanks and no bar or tab (fuzz seed 19: 27 s for 17 KB)":
    "Short Quality Screening of youth offending work in Westmere\n\n<i>To" + " " * 1_500
    + "\n<i>Copy to:</i>\tSee copy list at end\n<i>From:</i>\tHelen Mercer, Assistant Chief Inspector\n",
    "lines of a report opening with long runs of no-break spaces, each read as a running header (fuzz seed 19)":
    "An inspection of youth offending services in\n\nWestmere\n\nHM Inspectorate of Probation\n\nThe service works "
    "with\n" + ("\u00a0" * 6_000 + " Westmere Youth Offending Service\n") * 3 + "children in Westmere.\n",
    "a contact's name before a long run of no-break spaces, no telephone after it (fuzz seed 17)": "Westmere Council\n\n"
    "Scrutiny Panel\n\nTelephone enquiries to Jo Bloggs" + "\u00a0" * 12_000 + "x\n",
    # each name a line's end cuts is compared with the document's names and its surname looked for in the whole text
    "thousands of names cut by a line's end, a hyphen or a forename alone (names step)": "Westmere Council\n\n"
    "Membership: Councillors " + "Penelope Strat-\nford-Lyle, Imogen\nCastellane, Marcus Pendle-\n" * 2_500 + "\n",
    "a forename ending a cell over thousands of rows of cells (names step)": "Westmere Youth Justice Board\n\n"
    "Present:\n" + "Police      Supt Hamish\n        Achterberg (HA)   x\n" * 3_000,
    "a forename at a line's end before a run of hyphens and blanks (names step)": "Westmere Council\n\nPresent: "
    "Councillor Jo Bloggs and Imogen" + "-" * 6_000 + " " * 6_000 + "\nCastellane\n",
    # the prose attendance reader's words run on: each clause's list reaches to the next clause, once
    "a run of 'as did' after an apology in a board's note": "Westmere Youth Justice Board\n\nNote of meeting\n\n"
    "Jo Hart sent apologies" + ", as did" * 3_000 + " Ann Lee.\n",
    "a run of 'attended for' in a board's note": "Westmere Youth Justice Board\n\nNote of meeting\n\nJo Hart"
    + " attended for" * 2_000 + " Ann Lee.\n",
    "a run of 'Also present were' leads in a board's note": "Westmere Youth Justice Board\n\nNote of meeting\n\n"
    + "Also present were " * 1_400 + "Jo Hart.\n",
    "a run of 'who sent apologies' after a deputy in a board's note": "Westmere Youth Justice Board\n\nNote of "
    "meeting\n\nJo Hart attended for Ann Lee" + ", who sent apologies" * 1_250 + ".\n",
    "a run of 'chaired the meeting' after a name in a board's note (stop 34)": "Westmere Youth Justice Board\n\n"
    "Note of meeting\n\nJo Hart" + " chaired the meeting" * 1_500 + ".\n",
    "a run of 'Present with her were' leads in a board's note (stop 34)": "Westmere Youth Justice Board\n\n"
    "Note of meeting\n\n" + "Present with her were " * 1_200 + "Jo Hart.\n",
    "a run of ranks before a name of a body sending apologies (stop 34)": "Westmere Youth Justice Board\n\n"
    "Note of meeting\n\n" + "Chief Inspector " * 1_500 + "Corvin Hart of Westmere Police had sent apologies.\n",
    "a run of 'joined online' after a name in a board's note (stop 34)": "Westmere Youth Justice Board\n\n"
    "Note of meeting\n\nJo Hart" + " joined online" * 2_000 + ".\n",
    "a run of 'was unable to attend' after a name in a board's note (stop 34)": "Westmere Youth Justice Board\n\n"
    "Note of meeting\n\nJo Hart" + " was unable to attend" * 1_400 + ".\n",
    "a run of 'together with' in a list of guests": "Westmere Youth Justice Board\n\nNote of meeting\n\nAlso in "
    "attendance were Jo Hart" + " together with" * 1_750 + " Ann Lee of NHS Westmere.\n",
    # person_cells: each label's value was trimmed to the line's end, a long run of blanks after thousands of labels
    "a credits line of thousands of labels before a long run of blanks (stop 28)": "Inspection of youth offending "
    "services: Westmere\n\nAcknowledgements\n" + "Inspector:   " * 4_000 + " " * 48_000 + "\n",
    "a meeting's line of chair and vice-chair labels repeated along it (stop 28)": "Westmere Youth Justice Board\n\n"
    "Minutes\n\n" + "Chair: Jo Bloggs        Vice-chair: " * 2_500 + "\n",
    "a membership's flattened row whose post wraps onto thousands of lines (stop 28)": "Westmere Youth Justice Plan\n\n"
    "The Westmere Youth Justice Board meets quarterly. Membership at June 2024:\n\n"
    "Jo BloggsHead of Children's Services and\n" + "Education and\n" * 3_000 + "Ruth OkaforHead of Service\n",
    "a membership grid under its heads whose cells wrap under thousands of columns (stop 28)": "Westmere Youth "
    "Justice Plan\n\nBoard membership\nName          Organisation        Role\n" + "Jo Bloggs     Westmere Council"
    "    Chair" + "   x" * 3_000 + "\n" + " " * 14 + "Council" + "   y" * 3_000 + "\n",
    "a panel's weekday-and-date line whose date never comes, blanks and ordinals on and on (stop 28)": "CHILDREN'S "
    "SCRUTINY PANEL\n\nTuesday, " + "22nd " * 10_000 + "\n" + "Tuesday" + " " * 50_000 + "March\n\nPresent: Jo Bloggs\n",
    "a sentence of apologies negated over and over (stop 28)": "Minutes of the meeting of the Children's Panel held on 3 "
    "May 2022.\n\nPresent: Jo Bloggs\n\nApologies " + "were not no apology " * 5_000 + "from Councillor Jo Lee.\n",
    "a copy list over a table's heads run along a line, and contact labels line after line (stop 28)": "Distribution:\n\n"
    "Jo Bloggs        Chief Executive\n" + "Owner  Due  " * 8_000 + "\n" + "Contact for enquiries " * 4_000 + "\n",
    "a left column's padded label before padding that never ends, and labels padded line after line (stop 28)": "Minutes "
    "of the meeting of the Children's Panel held on 3 May 2022\n\nOfficers" + " " * 50_000 + "Jo Bloggs\n"
    + "Also present  Jo Bloggs - Manager\n" * 2_500,
    "a membership of members in capitals with no comma, parted by semicolons without end (stop 28)": "CHILDREN'S "
    "SCRUTINY PANEL\n\nMembership:  " + "BLOGGS Jo (Chair); " * 5_000 + "\n\nPRESENT:  Councillor Bloggs\n",
    "an appendix's number before a run of blanks that never reaches its title (stop 29)": "Westmere Youth Justice "
    "Service\n\nAPPENDIX 2" + " " * 50_000 + "x\nAnnex B – COPY LIST\nJo Bloggs        Chief Executive\n",
    "an extract of minutes' heading after heading, none followed by a part's end (stop 29)": "Westmere Council\n\n"
    + "Extract from minutes of Cabinet, 3 May 2022\nPresent: Councillor Jo Bloggs\n" * 2_000,
    "an extract of minutes' heading whose words run on past a heading's length (stop 29)": "Westmere Council\n\n"
    "EXTRACT FROM THE MINUTES OF CABINET" + " and Cabinet" * 5_000 + "\nPresent: Councillor Jo Bloggs\n",
    "a membership row of cells a PDF ran together, over and over along the line (stop 29)": "Westmere Youth Justice "
    "Plan\n\nAPPENDIX 1 - WESTMERE YOUTH JUSTICE BOARD, MEMBERSHIP 2024/25\n\nJo BloggsHead of Service"
    + "Westmere CouncilChair" * 3_000 + "\nRuth OkaforHead of Service\n",
    "a present list's title in two languages whose slash runs on and on (stop 29)": "Minutes of the meeting of the "
    "Children's Panel held on 3 May 2022\n\nPRESENT\n   Cyng." + " /" * 30_000 + " Cllr H. T. Jones\n",
    "a register's first cell of surnames and commas run on without a forename (stop 29: quadratic before it)": "Westmere "
    "Youth Justice Board\n\nAttendance register\n" + "Quennell, " * 5_000 + "Rachel (Chair)    Westmere Council    P\n",
    "a Welsh title paired with the English over and over before one name (stop 29)": "CHILDREN'S SCRUTINY PANEL\n\n"
    "Minutes of the meeting held on 3 May 2022\n\nPRESENNOL / PRESENT\n" + "Y Cynghorydd / Cyng. / Cllr " * 4_000
    + "Jo Bloggs\n",
    "a heading in two languages parted by bars without end (stop 29)": "CHILDREN'S SCRUTINY PANEL\n\nMinutes of the "
    "meeting held on 3 May 2022\n\n" + "PRESENNOL | " * 5_000 + "PRESENT\nCynghorwyr / Councillors Jo Bloggs\n",
    "a register's surname-first entry after a title in two languages paired again and again (stop 30: 3.8 s, then 58 s "
    "at four times the run)": "Westmere Youth Justice Board\n\nAttendance register\n" + "Cyng. / Cllr / " * 2_000
    + "BLOGGS, Jo (Chair)    Westmere Council    P\n",
    # person_cells.stacked_table: each table's heads, records and the text its wrapped cells join
    "a table flattened one cell a line under its heads, thousands of records long (stop 29)": "Westmere Youth Justice "
    "Plan\n\nBoard membership at June 2024:\nName\nPost\nAgency\n" + "Jo Bloggs\nHead of Service and\nEducation\n"
    "Westmere Council\n\n" * 2_000 + "Present:\nName\nPost\n" + "Ruth Okafor\nChair\n" * 2_000,
    "heads one a line over and over, the name's and the post's (stop 29)": "Westmere Youth Justice Board\n\nMinutes\n\n"
    "Present:\n" + "Name\nPost\n" * 4_000 + "Jo Bloggs\nChair\n",
    "a flattened membership whose last post wraps onto thousands of lines (stop 29)": "Westmere Youth Justice Plan\n\n"
    "Board membership at June 2024:\nName\nPost\nAgency\nJo Bloggs\n" + "Head of Service and\n" * 6_000,
    "a flattened membership's body with a long run of blanks before its marker (stop 29)": "Westmere Youth Justice "
    "Plan\n\nBoard membership at June 2024:\nName\nAgency\nJo Bloggs\nWestmere Council" + " " * 50_000
    + "x (non-voting)\nRuth Okafor\n" + "Vacant " * 6_000 + "\n",
    "a post that speaks, then a pronoun, sentence after sentence (shorthand reader)": "Westmere Youth Justice Board\n"
    "Minutes of the meeting\n\nPresent:\nJo Bloggs (Head of Service)\n\n" + "The Head. She said.\n\n" * 3_000,
    "initials after a semicolon, clause after clause, of a member listed by an initial (shorthand reader)": "Westmere "
    "Youth Justice Board\nMinutes of the meeting\n\nPresent:\nJ. Bloggs - Head of Service\n\n1. Item\n" + "x; JB said "
    * 6_000 + "\n",
    "a body's letters joined by '&' without end (shorthand reader; a panel's name was read from each capital)": "Westmere "
    "Youth Justice Board\n\nPresent: Jo Bloggs\n\n" + "HM&" * 12_000 + "C YOS\n",
    # each membership lead read the rest of the document's lines, split again (issue 10: 18 s for 57 KB)
    "a board's membership heading over and over, each over a one-row list (issue 10)": "Westmere Youth Justice "
    "Plan\n\n" + "Board membership\nJo\tYOS\n" * 400,
    # each lead read as a table's heads under the lead before, each table running on to the document's end
    "a membership lead that is a table's heads too, over and over, each over a row (issue 10)": "Westmere Youth "
    "Justice Plan\n\n" + "Board members:\nJo\tYOS\n" * 400,
    "a membership lead that is a table's row too, over and over (issue 10)": "Westmere Youth Justice Plan\n\n"
    + "Jo Lee   Board members:\n" * 400,
    # each signature looked for its signer's spelling among all of the document's e-mail addresses (issue 10)
    "a sign-off row over and over, each with an e-mail address (issue 10)": "Westmere Youth Justice Plan\n\n"
    + "Signed: Jo Lee, a@b.uk\n" * 500,
    # each apologies list read its paragraph for deputies and bars to the next blank line: the document's end (issue 10)
    "a list of apologies over and over with no blank line between (issue 10)": "Westmere Youth Justice Board\n\n"
    "Minutes\n\n" + "Apologies: Jo Lee\n" * 1_000,
    # each place a line's end cut looked for its longer form in the document's head
    "a place wrapped at a line's end over and over, its longer form written nowhere (resolve)": "Westmere Council\n\n"
    + "the inspection of youth offending work in Westmere\n    Moor Lane told us\n" * 400,
    "a letter's 'To:' with a long run of blanks before no 'From:' (resolve)": "Short Quality Screening\n\nTo:  Jo Bloggs"
    + " " * 20_000 + "x\n     Chair of the Board\n",
    "a letter's 'To:' and 'From:' over thousands of post lines (resolve)": "Short Quality Screening\n\nTo:  Jo Bloggs"
    "      From:  Ann Lee\n" + "     Chair        HM Inspector\n" * 2_000,
    # stop 30 (attend): a key of codes in brackets, a post's column after a surname-first name, capitals and initials
    # with stops, a board's sentence before a dated membership lead, a name cell's surname wrapped under it
    "a key's bracketed codes without end (stop 30)": "Westmere Youth Justice Board\n\nMinutes\n\nAttendance register\n"
    "(P) present   " + "(A) " * 6_000 + "\nLEE, Jo   Head of Service   P\n",
    "surname-first names the lexicon lacks, each before its post's column, row after row (stop 30)": "Westmere Youth "
    "Justice Board\n\nMinutes\n\nPresent:\n" + "Okoli, Obinna   Head\n" * 1_000,
    "a surname-first name before thousands of a post's words on its line (stop 30: its post and body were cut at each "
    "word)": "Westmere Youth Justice Board\n\nMinutes\n\nPresent:\nOkoli, Colette   " + "Head " * 6_000 + "\n",
    "a present list's entry of thousands of verbs of deputising (stop 30: each read the clause before it again)":
    "Westmere Youth Justice Board\n\nMinutes\n\nPresent:\nJo Lee, Head of Service " + "deputising " * 2_000
    + "for Supt Ray Dee\n",
    "a surname-first name before a run of blanks (stop 30)": "Westmere Youth Justice Board\n\nMinutes\n\nPresent:\n"
    "Okoli, Obinna" + " " * 20_000 + "Head of Service\n",
    "capitals and initials with stops without end (stop 30)": "Westmere Council\nScrutiny Panel minutes\n\n"
    "Members present:  LEE J. " + "A. " * 6_000 + "(Chair); TULL B.\n",
    "a board's paragraph of full stops before a membership lead (stop 30)": "Westmere Youth Justice Plan\n\n"
    "The Board meets" + ". x" * 6_000 + ". Membership at June 2024:\nJo Lee   Head of Service   YOS\n",
    "a name cell over surname after surname in its column (stop 30)": "Westmere Youth Justice Plan\n\n"
    "Board membership:\nName        Post              Agency\nCllr Jo     Lead Member       Westmere Council\n"
    + "Fitz-Allen\n" * 4_000,
    "a membership heading's words and slashes without end (roles reader)": "Westmere Council\n\nCHILDREN'S SCRUTINY "
    "PANEL\n\nMinutes of the meeting held on Monday 3 March 2014\n\n" + "Aelodaeth / " * 6_000
    + "Membership: Councillors Jo Lee (Chair), Ann Roe\nPresent: Councillor Lee\n",
    "a cabinet's head line of its words without end (roles reader)": "Westmere Council\n" + "CABINET | Y " * 6_000
    + "CABINET\nMinutes of the meeting held on Monday 3 March 2014\n\nPresent: Councillor Jo Lee (Housing)\n",
    "a minute taker's dash and notes without end before the bracket closes (roles reader)": "Westmere Youth Justice "
    "Board\n\nMinutes of the meeting\n\nIn attendance: Jo Lee (Support Officer" + " - notes" * 6_000 + ")\n",
    "a councillors' label in two languages, its slashes and words without end (cabinet reader)": "Westmere Council\n"
    "CABINET\nMinutes of the meeting held on Monday 3 March 2014\n\nPresent:\nY Cynghorwyr" + " / Cynghorwyr" * 6_000
    + ":\nJ. Lee - Housing and Communities\nApology:- Councillor Ann Roe\n",
    "the Leader of a council whose name's capitalised words run without end (cabinet reader)": "Westmere Council\n\n"
    "News release\n\nThe Leader of" + " Westmere" * 6_000 + " Council, Councillor Jo Lee, welcomed the report.\n",
    "the district cabinet member among capitalised words without end (cabinet reader)": "Westmere Youth Justice "
    "Board\n\nMinutes of the meeting\n\n" + "Ashby " * 6_000 + "District Council\nCllr Jo Lee, the district cabinet "
    "member, asked for data.\n",
    "a consultation heading over line after line of names (cabinet reader)": "Westmere Council\n\nReport to Cabinet\n\n"
    "6.  YMGYNGHORI / CONSULTATION\n" + "    Cllr Jo Lee, Leader of the Council\n" * 2_000,
    "the minutes' opening words with a run of blanks before the executive (cabinet reader)": "Westmere Council\n\n"
    "Minutes of the" + " " * 12_000 + "Executive held on Monday 3 March 2014\n\nPresent: Councillors Jo Lee and Ann Roe\n",
    # stop 31 (tables): a membership read by its heads in any column order, tabbed or padded
    "a tabbed membership under heads whose last row's post wraps onto thousands of tabbed lines (stop 31)": "Westmere "
    "Youth Justice Plan\n\nBoard membership (June 2024)\nAgency\tRepresentative\tPosition\nWestmere Council\tJo "
    "Bloggs\tHead of\n" + "\t\tand Services\n" * 4_000,
    "a padded membership row whose cells part at two blanks thousands of times (stop 31)": "Westmere Youth Justice "
    "Plan\n\nBoard membership (June 2024)\nPost          Name          Agency\nHead          Jo Bloggs     Council"
    + "  x" * 6_000 + "\n",
    "a membership's name before a long run of blanks and its marker (stop 31)": "Westmere Youth Justice Plan\n\nBoard "
    "membership (June 2024)\nAgency\tMember\tRole\nWestmere Council\tJo Bloggs" + " " * 50_000 + "(Chair)\tHead\n",
    "a membership's post that chairs another body, its name run on (stop 31)": "Westmere Youth Justice Plan\n\nBoard "
    "membership (June 2024)\nName\tRole\tAgency\nJo Bloggs\tChair, " + "Westmere " * 6_000 + "\tCouncil\n",
    "a membership lead's label in two languages over and over (stop 31)": "Westmere Youth Justice Plan\n\n"
    + "Tabl 1 / " * 6_000 + "Table 1: Aelodaeth y Bwrdd / Board membership\nEnw / Name\tSwydd / Role\nJo Bloggs\tHead\n",
    "tabbed membership tables under heads over and over (stop 31)": "Westmere Youth Justice Plan\n\n"
    + "Board membership (June 2024)\nAgency\tMember\tRole\nWestmere Council\tJo Bloggs (Chair)\tHead of\n\t\tService\n\n"
    * 400,
    # each line of names under a credits label checked against every name read before it
    "a credits label's names going on under it line after line": "An inspection of youth justice services in "
    "Westmere\n\nLead inspector      Jo Lee\nInspectors          Dev Rao\n" + "                    Una Price\n" * 2_000,
    # copylists: a copy list's rows of a post first and a name after it, in columns, posts wrapped over lines
    "a copy list's two columns of posts wrapped over the row below, row after row (copylists)": "Westmere YOS\n\n"
    "Copy to:\n\n" + "Lead Member for Children,\nWestmere CC ...... Cllr Jo Lee   Leader, Westmere CC ..... Ann Roe\n"
    * 1_500,
    "a copy list's post wrapped over thousands of lines before its name (copylists)": "Westmere YOS\n\nCopy to:\n\n"
    "Chief Executive ..... Jo Lee   Leader ..... Ann Roe\n" + "Cabinet Member for Children and\n" * 3_000
    + "Young People ..... Cllr Dev Rao\n",
    "a copy list's post going on under its column over thousands of lines (copylists)": "Westmere YOS\n\nCopy to:\n\n"
    "Cabinet Member for   Cllr Jo Lee   Leader   Ann Roe\n" + "  Children and\n" * 3_000,
    "a copy list's row of lone dots and cells without end (copylists)": "Westmere YOS\n\nCopy to:\n\nYOS Manager"
    + " . x,\t" * 6_000 + " Jo Lee   Chief Executive ..... Ann Roe\nLeader ..... Dev Rao\n",
    "a surname's particles without end before its comma (copylists)": "Westmere Youth Justice Board\n\n"
    "Attendance register\n" + "DE " * 6_000 + "WINTON, Jeremy    Westmere Council    P\n",
    "an address's capitalised words without end under a copy list (copylists)": "Westmere YOS\n\nCopy to:\n\n"
    "Chief Executive ..... Jo Lee\n1 " + "Bridge " * 6_000 + "Street\n",
    # a letter's 'To:' with a run of blanks before the second label looked for after it
    "a 'To:' line with a run of blanks before its 'From:'": "Westmere YOS\n\nTo:  Jo Lee" + " " * 12_000
    + "From:  Dev Rao\n     Chair" + " " * 12_000 + "x\n",
    # a committee paper's 'To:' over its members (stop 31): the heading's slashes and blanks, the members' run, a
    # wrapped 'Vice-' marker, surnames in capitals with elided prefixes, a label's words before its colon
    "a paper's 'To:' with its other tongue's slashes and blanks without end (stop 31)": "Westmere Council\n\nTo"
    + " / At" * 6_000 + ":  Councillor Jo LEE (Chair); Councillors A. ROE and B. TULL\n",
    "a paper's 'To:' over thousands of councillors marked 'Vice-' at the line's end (stop 31)": "Westmere Council\n\n"
    "To:  Councillor A. O'BRIEN-LEE (Chair), " + "Cllr LEE (Vice-\nChair), " * 1_200 + "\n",
    "surnames in capitals with elided prefixes under 'Councillors' without end (stop 31)": "Westmere Council\n"
    "Scrutiny Panel minutes\n\nPRESENT:  Councillors LEE, " + "O'DRISCOLL, " * 2_000 + "ROE and TULL.\n",
    "a 'To:' list's next line of a label's words without end (stop 31)": "Westmere Council\n\nTo:  Councillors "
    "A. Lee, B. Roe and C. Tull\nReport " + "of " * 6_000 + "the Director\n",
    "a membership and attendance register's heading of blanks without end (stop 31)": "Westmere Council\nScrutiny "
    "Panel\nMinutes - 3 March 2025\n\nMembership" + " " * 12_000 + "and attendance register\n  Member      Attendance\n"
    "  Councillor Jo Lee (Chair)   Present\n  Councillor Ann Roe   Apologies (substitute:" + " x" * 6_000 + "\n",
    # a copy list's label, a run of blanks, then its note in brackets (stop 31)
    "a copy label's run of blanks before its note": "Westmere YOS\n\nDear Jo\n\nYours sincerely\n\nDev Rao\n\ncc"
    + " " * 12_000 + "(in order of surname)\nLEE, Dr Jo ...... Chief Executive\n",
    "a footer's page number then a run of blanks in a list": "Westmere Council\n\nPresent:\nLEE, Jo (Chair)   Present\n"
    "Page 1 of 2" + " " * 12_000 + "Safer Together\n",
    "a register's remarks column over row after row": "Westmere Council\n\nATTENDANCE REGISTER\nMember      Attended"
    "   Notes\n" + "LEE, Jo     No         Substitute: Cllr ROE, Ann\n" * 2_000,
    # the service's staff in prose (stop 31)
    "a sentence of thanks of names and the service's posts without end": "HM Inspectorate of Probation\n\nDear Jo\n\n"
    "We thank, in particular, " + "Jo Lee, Team Manager, " * 3_000 + "for their help.\n",
    "'in particular' before thousands of words of thanks": "HM Inspectorate of Probation\n\nDear Jo\n\nWe thank the "
    "staff, in particular " + "the team and " * 3_000 + "Jo Lee, for their help.\n",
    "a post's holder in brackets after a run of blanks": "Westmere Youth Justice Service\n\nThe Head of Service"
    + " " * 12_000 + "\n(Jo Lee) and the Operational Manager (Dev Rao) led it.\n",
    "a post and its holder on a line of column gaps without end": "Westmere Youth Justice Service\n\nThe Head of "
    "Service, Jo Lee," + "   x" * 6_000 + "\n",
    "an action's lead label over and over": "Westmere Youth Justice Plan\n\n" + "(lead: " * 6_000
    + "Jo Lee, Team Manager)\n",
    "a plan's title after a run of capitalised words and column gaps": "WESTMERE   " * 6_000
    + "YOUTH JUSTICE PLAN 2024-25\n\nThe Head of Service, Jo Lee, leads.\n",
    # a name a page's end cut, its rest looked for past the page's furniture (stop 31)
    "a forename at a page's end over a run of page numbers": "Westmere Youth Justice Board\n\nchaired by Councillor Jo\n"
    + "  Page 3\n" * 4_000 + "Lee, Director\n",
    # a record of attendance declaring the minutes, its key on the heading's line (stop 32)
    "a record of attendance's heading of blanks without end before its key (stop 32)": "Westmere Council\n\nSCRUTINY "
    "PANEL\n\n3 March 2025\n\nRECORD OF ATTENDANCE" + " " * 12_000 + "P = present   A = absent\nCllr Jo Lee ..... P\n",
    "a record's key of codes without end on its heading's line (stop 32)": "Westmere Council\n\nSCRUTINY PANEL\n\n"
    "RECORD OF ATTENDANCE\t" + "P = present   " * 3_000 + "\nCllr Jo Lee ..... P\n",
    "capitalised words and blanks without end before a cabinet's name at the head (stop 32)": "WESTMERE   " * 6_000
    + "·  CABINET\n\nPresent: Councillor Jo Lee (Chair)\n",
    "a circulation label's run of blanks before its colon and entries (stop 32)": "Westmere YOS\n\nCirculation"
    + " " * 12_000 + ": Board members; Cllr Jo Lee, Leader of the Council; Board file.\n",
    "an officers-and-guests heading's run of blanks before its names (stop 32)": "Westmere Council\n\nOFFICERS AND"
    + " " * 12_000 + "GUESTS: Jo Lee, Director; Ann Roe, Head of Service.\n",
    "a substitute's 'for' and a run of blanks before the member sat for (stop 32)": "Westmere Council\n\nPresent:\n"
    "Councillor Jo Lee (Chair)\n\nSubstitute Members:\nCouncillor Ann Roe for" + " " * 12_000 + "Councillor Dev Rao\n",
    "a copied name's surname cut after a run of blanks (stop 32)": "Westmere YOS\n\nCirculation: Board members; Supt Jo"
    + " " * 12_000 + "Kettle-\n----\n\nborough's officer; Cllr Ann Roe, Leader\n",
    "names cut by pages one after another": "Westmere Youth Justice Board\n\n" + "Dr Jo\n- 2 -\nLee, Chair\n" * 3_000,
    "a forename at a page's end and a run of blanks": "Westmere Youth Justice Board\n\nchaired by Dr Jo" + " " * 12_000
    + "\n  7\n" + " " * 12_000 + "Lee, Director\n",
    # each indented row of a councillors' grid asked for the label its run hangs from by walking up the whole run:
    # quadratic in the rows (8,000 rows: 10.8 CPU s, 7.4 s once each run's label is found once; stop 32)
    "a councillors' grid over indented rows without end": "Westmere Borough Council\n\nPresent:\n"
    "Councillors   Adams   Baker\n" + "    Smith   Jones\n" * 600,
    # a year's register under a part's title, its meetings' dates as column heads, the officers' heading dated (stop 32)
    "a register's head row of meetings' dates without end": "Westmere Youth Justice Board\nMINUTES\n\n"
    "Appendix A – Attendance register 2023/24\n\nMember\tRepresenting" + "\t09/11/23" * 6_000 + "\nLee, J. (Chair)\tWCC\tP\n",
    "a register's row of marks without end": "Westmere Youth Justice Board\nMINUTES\n\nAttendance register 2023/24\n\n"
    "Member\tRepresenting\t09/11/23\t15/02/24\nLee, J. (Chair)\tWCC" + "\tP" * 3_000 + "\n",  # (8,000 took 0.87 of the budget)
    "a dated heading then a run of blanks": "Westmere Youth Justice Board\nMINUTES\n\nOfficers in attendance 15/02/24"
    + " " * 12_000 + ": Lee, J. (Team Manager)\n",
    # (1,500 people, not 4,000: each entry is a person read whole, 0.3 ms each; at 4,000 the linear cost alone came
    # within 5% of the budget and went over it once in CI; the growth test still times it four times longer)
    "surnames and initials with stops without end": "Westmere Youth Justice Board\nMINUTES\n\nPresent:\n"
    + "Lee, J. " * 1_500 + "\n",
    "a circulation label over and over": "Westmere Youth Justice Board\nMINUTES\n\n" + "Circulation: " * 4_000
    + "Cllr Jo Lee, Leader of Westmere Council; Chief Executive\n",
    # the service's staff described by their post before their name (stop 32)
    "a described post's words without end": "Inspection of youth offending services in Westmere\n\nThe team "
    + "case " * 6_000 + "manager, Jo Lee, runs it.\n",
    "a described post's place without end": "Inspection of youth offending services in Westmere\n\nThe team manager "
    "for the " + "north " * 6_000 + ", Jo Lee, runs it.\n",
    "a described post over a run of blanks": "Inspection of youth offending services in Westmere\n\nthe team manager"
    + " " * 12_000 + ", Jo Lee, runs it.\n",
    "an own post wrapped before 'who acted as' without end": "Inspection of youth offending services in Westmere\n\n"
    "We are grateful to Jo Lee, business" + " and\n" * 6_000 + "manager, who acted as the inspection coordinator.\n",
    "a media contact label over and over": "Westmere Council news\n\n" + "MEDIA CONTACT " * 4_000
    + "\nJo Lee, Communications Officer\n",
    "a speaker's relative clause without end": "Westmere Council news\n\nSuperintendent Jo Lee of Westmere Police, who "
    "leads" + " for the force" * 3_000 + ', added: "Good work."\n',
    "a team's research label over and over": "Inspection of youth offending services in Westmere\n\n    Lead inspector"
    "\t\tJo Lee\n" + "    Research and data\t\tDev Rao\n" * 3_000 + "    Assistant Chief Inspector\t\tUna Price\n",
    # a register's head row of codes and initials, a particle's letter inside initials (stop 32, batch 93)
    "a head row of slashed codes without end": "Westmere Youth Justice Board\n\nATTENDANCE REGISTER\n\nName   Post   "
    + "P / " * 6_000 + "A\nLEE, Jo   Police   JL   P\n",
    "a register's row then a run of blanks before its initials": "Westmere Youth Justice Board\n\nATTENDANCE REGISTER\n"
    "\nName   Post   Init.   P / A\nLEE, Jo   Police – Inspector" + " " * 12_000 + "JL   P\n",
    "initials with small letters over and over": "Westmere Youth Justice Board\n\nPresent:\nJo ap Lee   Police   JaL\n\n"
    + "JaLaLaLa" * 3_000 + " said that it was so.\n",
    "a grid of councillors set by tabs without end": "Westmere Council\n\nPresent:\nCouncillors:\n"
    + "A.B. Lee\t\t" * 1_000 + "C.D. Roe\n",
    "the lead inspector's name set off after a run of blanks": "HM Inspectorate of Probation\n\nDear Jo\n\nPlease "
    "contact the lead inspector," + " " * 12_000 + "Eurwen Talog, on 07700 900111.\n\ncc.\nJo Lee ...... Manager\n",
    "a lead inspector stated of a run of names": "Westmere Council\n\nREPORT TO CABINET\n\nThe lead inspector was "
    + "Eurwen Talog " * 3_000 + ".\n",
    "three-word names before dot leaders over and over": "HM Inspectorate of Probation\n\nDear Jo\n\ncc.\n\n"
    + "Emyr Gwynant Rowe .. " * 3_000 + "Chief Executive\n",
    "a bilingual substitute's bracket of words without end": "Westmere Council\n\nPresent:\nJ. Lee ("
    + "yn lle " * 4_000 + "/ substituting for K. Roe)\n",
    # a register's rank in brackets, a deputy's cell after a mark, a key naming deputies, meetings' dates as heads, a
    # plan's title in spaced capitals (stop 33, batch 97)
    "a register's rank in brackets then a run of blanks": "Westmere Youth Justice Board\nMINUTES\n\nATTENDANCE "
    "REGISTER\n\nLEE J (Ch Insp)" + " " * 12_000 + "Police   D   Insp K Roe\n",
    "a register's row of marks before a deputy's cell": "Westmere Youth Justice Board\nMINUTES\n\nATTENDANCE "
    "REGISTER\n\nLEE J   Police" + "   D" * 3_000 + "   Insp K Roe\n",
    "a key's deputies without end": "Westmere Youth Justice Board\nMINUTES\n\nAttendance 2021/22\n\n"
    "Lee J   Police   A\n\nA apologies   D deputy (" + "Lee: DI K. Roe; " * 3_000 + ")\n",
    "a register's head row of dates alone without end": "Westmere Youth Justice Board\nMINUTES\n\nBoard attendance "
    "2021/22\n\n" + "   10/06/21" * 4_000 + "\nLee J   Police   P   P\n",
    "a surname and initial then a run of blanks": "Westmere Youth Justice Board\nMINUTES\n\nPresent:\nLee J"
    + " " * 12_000 + "Police\n",
    "a board's attendance heading after a run of blanks": "Westmere Youth Justice Board\nMINUTES\n\nBoard"
    + " " * 12_000 + "attendance 2021/22\n\nLee J   Police   P\n",
    "a membership heading's attendance then a run of blanks": "Westmere Youth Justice Plan\n\nBoard membership at 1 "
    "June 2021 and attendance" + " " * 12_000 + "(four meetings)\n\nJo Lee\tChair\tWestmere Council\n",
    "a title in spaced capitals without end": "WESTMERE COUNTY COUNCIL\n\n" + "W E S T   " * 4_000
    + "Y O U T H   J U S T I C E\n\nYouth Justice Plan\n",
    "the management of a team over a run of blanks": "Westmere Youth Justice Plan\n\nDay-to-day management of the"
    + " " * 12_000 + "team is led by Jo Lee (Operations Manager).\n",
    "a lead officer's bracket over and over": "Westmere Youth Justice Plan\n\n. Safety plan " + "(lead officer: "
    * 4_000 + "J. Lee)\n",
    "a page in two columns without end": "Westmere Youth Justice Plan\n\nBoard membership (2020)\n"
    + "Jo Lee – Corporate Director,                       Custody 0.21\n" * 2_000 + "\n",
    "a deputy's bracket of blanks under a dashed entry": "Westmere Youth Justice Plan\n\nBoard membership (2020)\n\n"
    "Jo Lee – Corporate Director,\nPeople, Westmere Council\n  (deputy:" + " " * 12_000 + "DCI Ann Roe)\nKim Poe – Head\n",
    "a portfolio's brackets over and over in a cabinet's list": "Westmere Council\n\nCABINET\n\nPresent:   Councillor "
    "Jo Lee (Leader) – in the Chair\n          Councillors Ann Roe " + "(Deputy; Finance) " * 3_000 + "\n          Kim Poe\n",
    # a bare 'cc' line with a run of blanks after it, a council's tier before a title over and over (stop 33, batch 95)
    "a bare cc line then a run of blanks": "Westmere Council\n\nDear Jo\n\ncc" + " " * 12_000
    + "\nCllr Jo Lee      Leader of Westmere Council\n",
    "a council's tier before a councillor's title over and over": "Westmere Council\n\ncc\n"
    + "County Cllr " * 3_000 + "Jo Lee      Leader of Westmere Council\n",
    # attendance labels inside a paragraph, a form's right-hand column, the team joined by others,
    # the Leader after a name (stop 33, batch 95)
    "attendance labels inside one paragraph without end": "Westmere Council\n\nREPORT TO:  CABINET\n\n1.1  The panel met."
    + " Present: Jo Lee." * 600 + " The minute reads:\n",
    "an attendance label inside a paragraph then a run of blanks": "Westmere Council\n\nThe panel met. Present: Jo Lee"
    + " " * 12_000 + "and Dev Rao. In attendance: Ann Roe.\n",
    "a form's right-hand labels without end": "WESTMERE COUNCIL\n\nREPORT TO:   CABINET"
    + "      DATE:   1 May" * 2_000 + "\nREPORT OF:   Jo Lee       PORTFOLIO:   Children (Cllr Dev Rao)\n",
    "a form's two columns of labels line after line": "WESTMERE COUNCIL\n\n"
    + "REPORT OF:   Jo Lee       PORTFOLIO:   Children and\n" * 2_000 + "\n",
    "the team joined by others over and over": "An inspection of youth justice services in Westmere\n\nThis inspection"
    " was led by HM Inspector Jo Lee, supported by Dev Rao." + " They were joined by Ann Roe from Ofsted." * 1_000 + "\n",
    "the Leader of the Council after name after name": "Westmere Council\n\nCabinet (Chair: "
    + "Cllr Jo Lee, Leader of the Council, " * 2_000 + "is recommended to note it.\n",
    "a rating then a run of blanks before a count of standards": "Westmere YOS\n\nThe service was rated 'Good' in"
    + " " * 12_000 + "seven.\n",
    "a participle rating the service over and over": "Westmere YOS\n\nThe report, "
    + "rating the service " * 3_000 + "'Good'.\n",
    "a minute quoted after a run of blanks": "Westmere Council\n\nThe minute reads:" + " " * 12_000
    + "\"JL said that it was so.\"\n",
    # a boxed register's row of meetings' marks, the earlier ones no part of the post (stop 33)
    "a boxed register's row of marks without end": "Kelland Youth Justice Board\nMINUTES\n\nAttendance record\n\n"
    "| Member | Agency / post | 17/02 | 18/05 |\n| H. Tregear | Head of Inclusion" + " |   P" * 3_000 + " |\n",
    # a form's row of two labels, the holder's value ending at the second (stop 33)
    "a form's row of blanks after the holder": "Westmere Borough Council\n\nREPORT TO CABINET\n\nLead Member:    Cllr Jo "
    "Pennock" + " " * 12_000 + "x\n",
    # a post cut by the line's end on a word that leads on, its next line's words read on (stop 33)
    "a wrapped post's next line without end": "Westmere Council news\n\nCllr Jo Lee, Cabinet Member for Children and\n"
    + "Young " * 6_000 + "People, said: \"Good work.\"\n",
    "a wrapped post's next line after a run of blanks": "Westmere Council news\n\nCllr Jo Lee, Cabinet Member for "
    "Children and" + " " * 12_000 + "\n" + " " * 12_000 + "Young People, said: \"Good work.\"\n",
    # stop 33 (b96): a membership's marks before its members and their note in brackets, two lists set by tabs with
    # posts in cells of their own, a member 'for' another, a body's column before the post, copy lists in two pairs of
    # columns and leaders of one stop, a head labelled by tabs, a deputy 'as' such, a member who 'provided' a part (two
    # of them found older patterns quadratic, mended: a rated domain's opening marks crossed from each stop of a run
    # ' . . .', a register's date head's blanks crossed from each tab of a run)
    "members marked by a star over a note in brackets": "Westmere Council\n\nMINUTES of a meeting\n\nMembership:\n"
    + "* Councillor A. Lee (Chairman)\n  Councillor B. Roe\n" * 150 + "(" + " " * 3_000 + "* denotes present)\n",
    "two lists set by tabs whose entries hold posts": "Westmere YOS Management Board\n\nMinutes\n\nPRESENT\t\t\t\t"
    "APOLOGIES\n" + "Jo Lee\tHead of Service\t\tAnn Roe\tNHS Westmere\n" * 100 + "Jo Lee" + "\t" * 6_000 + "Ann Roe\n",
    "a member present for one away, the bracket run on": "Westmere YOS Management Board\n\nPRESENT\nInsp Jo Lee\t"
    "Westmere Police (for " + "Ch Supt " * 2_000 + "Roe)\n\nAPOLOGIES\nCh Supt Ann Roe\tWestmere Police\n",
    "an unknown forename before a body's column without end": "Inspection team\n" + "ROE, Dev\t\tHMI Probation\t\t"
    "Inspector\n" * 1_000 + "LEE, Dev" + "\t\tHMI Probation" * 3_000 + "\n",
    "a copy list in two pairs of columns, padded without end": "HM Inspectorate of Probation\n\nDear Jo\n\nCopy to:\n\n"
    + "Head of YOS ....... Jo Lee      Leader of the Council ..... Cllr Ann Roe\n" * 600 + "Chief Executive"
    + " " * 6_000 + "Ann Roe\n",
    "leaders of one stop between blanks without end": "HM Inspectorate of Probation\n\nDear Jo\n\nCopy to:\n\n"
    "YJB Head of Business Area" + " ." * 6_000 + " Jo Lee\n",
    "a letter's head labelled by tabs without end": "HM Inspectorate of Probation\n\nTo" + "\t" * 12_000
    + "Jo Lee, Chair of Westmere YOS Management Board\nFrom\t\tAnn Roe, Assistant Chief Inspector\n\nShort Quality Screening\n",
    "a deputy lead inspector after blanks without end": "ACKNOWLEDGEMENTS\n\nThe inspection was led by Jo Lee, HMI "
    "Probation, with Ann Roe as" + " " * 12_000 + "deputy lead inspector. The team comprised Kim Ford (Ofsted).\n",
    "a member who provided a part, the body run on": "ACKNOWLEDGEMENTS\n\nThe inspection was led by Jo Lee. The team "
    "comprised Kim Ford (Ofsted).\nAnn Roe, " + "HMI Probation " * 3_000 + "provided research support.\n",
    "guests by invitation after blanks without end": "Westmere Council\n\nMINUTES of a meeting\n\nPresent" + " " * 12_000
    + "by invitation: Ms J. Lee, HM Inspectorate of Probation (minute 4 only).\n",
    # stop 33 (b98): a deputy 'attending for' the member after the post, over blanks and line breaks; a table whose
    # middle columns are bodies, its rows' empty cells without end
    "a post's 'attending for' over blanks and line breaks without end": "Westmere Youth Justice Board\nMINUTES\n\n"
    "Present:\nJo Lee (Chair), Director\nAnn Roe, Senior Probation Officer, attending for" + " \n" * 6_000
    + "Dev Rao\n",
    "a comma then blanks without end before 'attending for'": "Westmere Youth Justice Board\nMINUTES\n\nPresent:\n"
    "Ann Roe, Senior Probation Officer," + " " * 12_000 + "attending for Dev Rao\n",
    "a body-columns table's empty cells without end": "Westmere Youth Justice Board\nMINUTES\n\nATTENDANCE\n"
    "Name\tWestmere MBC\tPolice\tProbation\tStatus\nJo Lee (Chair)\tDirector" + "\t" * 12_000 + "P\n",
    # stop 34: a paragraph number's '1.' over and over before a speaker (a dot-leader row's figure was read to the
    # run's end from each of its digits)
    "a paragraph number's '1.' without end before a speaker": "Westmere Council\nMINUTES of a meeting\n\nPresent: "
    "Cllr Jo Lee, Cllr Ann Roe\n\n4. Inspection\n" + "1." * 6_000 + " Jo Lee said the report was good.\n",
    # a boxed form's cut post, its cell's blanks and the row below's empty cells without end
    "a boxed cell's cut post over blanks without end": "Westmere Council\nCABINET\n\n| Cabinet Member: | "
    "Councillor Jo Lee, Cabinet Member for" + " " * 6_000 + "|\n|" + " " * 6_000 + "| Children and Families |\n",
    "a speaker's deeds joined by 'and' without end": "Westmere Council\nSCRUTINY PANEL\n\nPresent: Cllr Jo Lee\n\n"
    "The Chair, Councillor Lee, thanked" + " officers and" * 2_000 + " said that the plan was sound.\n",
    "a post's article before blanks without end": "Westmere Youth Justice Board\nMINUTES\n\nPresent: Jo Lee (Chair)\n"
    "Ann Roe attended as deputy for the" + " " * 12_000 + "\nChair of the Youth Bench.\n",
    "a right column's cut post over blanks without end": "Westmere Youth Justice Plan\n\nJ. LEE" + " " * 6_000
    + "Cllr A. ROE\nChair, Westmere Youth Justice Board" + " " * 6_000 + "Executive Member, Children and\n"
    "Corporate Director, People" + " " * 6_000 + "Families\n",
    "a population's bracket without end": "Westmere Youth Justice Plan\n\nTotal population of Westmere ("
    + "ONS " * 3_000 + "2010)   118,400\n",
    "a measure's heading over places' figures apart without end": "Westmere Youth Justice Plan\n\n3.2 Reoffending\n\n"
    "Westmere 35.6%" + " " * 12_000 + "Wales 33.0%\n",
    # stop 34 (b100): a register giving each attendance a column ('Member   Present   Apologies   Substitute'), its
    # rows' marks and cells without end; officers who 'attended for' an item, others supporting them
    "a register's attendance columns, a row of marks without end": "Westmere Council\n\nATTENDANCE REGISTER\n"
    "Member          Present   Apologies   Substitute\nCouncillor Jo Lee" + "   Y" * 3_000 + "\n",
    "a register's attendance columns in tabs, a row's empty cells without end": "Westmere Council\n\nATTENDANCE "
    "REGISTER\nMember\tPresent\tApologies\tSubstitute\nCouncillor Jo Lee" + "\t" * 12_000 + "Cllr A Roe\n",
    "a register's head row with blanks without end before its attendance columns": "Westmere Council\n\nATTENDANCE "
    "REGISTER\nMember" + " " * 12_000 + "Present   Apologies\nCouncillor Jo Lee" + " " * 12_000 + "Y\n",
    # stop 34 (b100): quotes signed after their closing mark, a report headed by its author's post in capitals or
    # by a councillor's name, an officer in brackets after their department
    "quotes closed over and over, each signed by a dash and no name": "Westmere Council\n\nCABINET MEMBER'S "
    "COMMENTS\n\n" + '"Good." - ' * 3_000 + "\n",
    "a quote's closing mark before blanks without end and its signature": "Westmere Council\n\n\"Good.\""
    + " " * 12_000 + "- Councillor Jo Lee\n",
    "a report headed by a post in capitals without end": "Westmere Council\n\nREPORT OF THE "
    + "CABINET MEMBER " * 3_000 + "\n\nCabinet Member:  Cllr J. Lee, Children\n",
    "a report headed by councillors over and over": "Westmere Council\n\n" + "Report of Cllr Jo Lee, " * 3_000
    + "Cabinet Member for Children's\nServices\n",
    "departments' brackets over and over": "Westmere Council\n\nKey decision:   No\n\n" + "Legal Services ("
    * 3_000 + "Jo Lee, Senior Solicitor) has no comments.\n",
    # (an addressee's label in capitals, posts wrapped to its column; a surname hyphenated over a page's footer and
    # rule; a safeguarding board by its letters)
    "an addressee's posts wrapped to the label's column without end": "HM Inspectorate of Probation\n\nADDRESSEE:   "
    "Jo Lee, Chair,\n" + "             Board,\n" * 3_000 + "FROM:   Ann Roe, Assistant Chief Inspector\n\nDear Ms Lee\n",
    "words hyphenated at lines' ends over and over before a speaker": "Westmere Council\n\nMINUTES\n\nPresent: "
    "Inspector Jo Harrop\n\n" + "Inspector Har-\n" * 3_000 + "\nPage 3\n_____\n\nrop said that it was so.\n",
    "a safeguarding board's letters over and over": "Westmere Youth Justice Board\nMINUTES\n\nAPOLOGIES\nJo Lee  "
    "Independent Chair, " + "KSCB " * 3_000 + "\n",
    "brackets closed on the next line before more entries, over and over": "Westmere Youth Justice Board\nMINUTES\n\n"
    "Apologies\nJo Lee (Wes" + "\nCourt); Ann Roe (Wes" * 400 + "\nPolice)\n",
    "a table's row of dashes for no figure without end": "Westmere Youth Justice Plan\n\nIndicator   2022/23   "
    "England\nFirst-time entrants (count)\t176" + "\t-" * 6_000 + "\n",
    "a safeguarding board's name after words without end": "Westmere Youth Justice Board\nMINUTES\n\nPresent:\nJo Lee"
    "   Independent Chair, " + "Westmere " * 3_000 + "Safeguarding Children Board\n",
    "officers attending for an item over and over": "Westmere Council\n\nMINUTES\n\nJo Lee, Head of Service, attended"
    " for" + " this item and" * 3_000 + " the next, supported by Ann Roe, Manager.\n",
    # stop 34 (b99): a team told in prose under its heading, names before their posts in brackets or after 'were the'
    "a team heading's paragraph of names without end": "Annex 1 - The inspection team\n\nThe team was large. "
    + "Jo Lee and Ann Roe were the HMI Probation inspectors, and Dev Rao (research officer) helped. " * 1_000 + "\n",
    "a team member's bracket of blanks without end": "Annex 1 - The inspection team\n\nThe team was large. Jo Lee ("
    + " \n" * 6_000 + "research officer) helped. Ann Roe and Dev Rao were" + " " * 6_000 + "the inspectors.\n",
    # a copy table's initials with a surname's prefix ('LMcV')
    "initials with a surname's prefix over and over": "HM Inspectorate of Probation\n\nDear Jo\n\nYours sincerely\n\n"
    "cc:\n  Initials\tName\tPost\n" + "  LMcV\tLorna McVitie\tDirector of Children's Services\n" * 1_000,
    # an address line beside the sender's column, the deputy lead by the part they will act as, the service's head as
    # 'your' post
    "an address line beside the sender's without end": "Superintendent Jo Lee" + " " * 12_000 + "Direct line: 0161 496\n"
    "Chair, Westmere Youth Justice Partnership Board\n\nDear Superintendent Lee\n\nWe will inspect.\n",
    "a deputy lead's verb after blanks without end": "HM Inspectorate of Probation\n\nDear Jo\n\nThe team will visit. Jo Lee"
    + " \n" * 6_000 + "will act as deputy lead inspector, and Ann Roe, your" + " " * 12_000 + "Head of Youth Justice Service.\n",
    # a cabinet report's form of two label columns, its portfolio holder in brackets under the post, officers labelled
    # as having written its implications, the lead inspector 'for' the place over a line's end
    "a form's row of labels without end": "LONDON BOROUGH OF WESTMERE\n\nCABINET\n\nReport Author: Jo Lee, Manager and"
    + "\tKey Decision: No" * 3_000 + "\nQuality Lead\tTel: 020 7946 0000\n",
    "a post's words before a bracketed holder without end": "Westmere Council\n\nCABINET\n\nReport of the Cabinet Member "
    "for Children, Young" + " People and" * 3_000 + "\n(Cllr J. Lee)\n",
    "an implications officer's post wrapped without end": "Westmere Council\n\nCABINET\n\nImplications completed by: "
    "Jo Lee, Senior Lawyer, Litigation and" + "\n  Care and" * 3_000 + "\n\n1.1 None.\n",
    "a lead inspector for a place after blanks without end": "Westmere Council\n\nCABINET\n\nThe lead" + " " * 12_000
    + "\ninspector for Westmere" + " " * 12_000 + "was Ms J. Lee, HM Inspector.\n",
    # a release's rating 'for' standards named in words, its overall rating opening a numbered note
    "a rating for work named over and over": "HM Inspectorate of Probation\n\nNEWS RELEASE\n\n- the service rated 'Good' "
    "for" + " staff, for planning" * 3_000 + "\n",
    "a numbered note's overall rating after blanks without end": "HM Inspectorate of Probation\n\nNEWS RELEASE\n\n3."
    + " " * 12_000 + "Overall rating: Requires improvement.\n",
    # the board's chair named with her own body before 'who chairs'
    "a chair's own body before 'who chairs' without end": "Westmere Youth Justice Service news\n\nSupt Jo Lee of "
    "Westmere" + " Police" * 3_000 + ", who chairs the Partnership Board, added that it was so.\n",
    # stop 34 (b102): a board chaired after a sentence naming another body, the Leader with a county councillor's
    # title, two labelled chairs on a line, an apology's bracket naming a substitute, 'who took the minutes' closing a
    # paragraph of officers, a 'Cabinet Member attending:' label and a lead inspector's initial set off by commas
    "boards before 'chaired by' without end": "Westmere Council\n\nCABINET\n\nThe YOS is a partnership governed by"
    + " the Management Board" * 3_000 + ", chaired by Jo Lee, Director.\n",
    "the Leader before a council's kind without end": "Westmere Council\n\nCABINET\n\nThe Leader of the Council,"
    + " County" * 3_000 + " Councillor Jo Lee, has been briefed.\n",
    "hyphened labels after a chair without end": "Westmere Council\n\nMINUTES of a meeting\n\nPresent: Councillor Jo Lee\n\n"
    "Chairman: Councillor Jo Lee." + " Vice-Vice-" * 3_000 + "Chairman: Councillor Ann Roe.\n",
    "an apology's substitute after blanks without end": "Westmere Council\n\nMINUTES of a meeting\n\nApologies were "
    "received from Councillor Jo Lee (substitute" + " " * 12_000 + ": Councillor Ann Roe).\n",
    "officers before 'who took the minutes' without end": "Westmere Council\n\nMINUTES of a meeting\n\nAlso in "
    "attendance were Jo Lee, Officer" + "; Ann Roe, Officer" * 1_000 + ", who took the minutes.\n",
    "a cabinet member's label over a bracket without end": "Westmere Council\n\nMINUTES of a meeting\n\nPRESENT\n"
    "Cabinet Member attending: Councillor Jo Lee (" + "Children and " * 3_000 + "Families)\n",
    "a borough's name over blanks before 'London Borough'": "Westmere" + " \n" * 3_000 + "London Borough\n\n"
    "MINUTES of a meeting\n\nIN ATTENDANCE:  Supt Jo Lee - Borough Commander, Metropolitan Police Service\n",
    "a lead inspector's initials without end": "Westmere Youth Justice Board\nMINUTES\n\nThe lead inspector, "
    + "B. " * 6_000 + "Lee, had praised the work.\n",
    # a news page's 'From:' over its 'Published:' line, the publisher after blanks without end
    "a news page's publisher after blanks without end": "Press release\n\nFrom:" + " " * 12_000
    + "HM Inspectorate of Probation\nPublished:" + " " * 12_000 + "3 May 2022\n",
    # stop 34 (b101): a police rank with its force after it, a post's holder before it on its line and a name in the
    # next column, the chair's marker closing a post's bracket or wrapped at its slash, a Welsh force's name
    "a rank's line of words without end and no force": "Westmere Youth Justice Board\nMINUTES\n\nPRESENT\nLEE, Jo, "
    "Chief Inspector, " + "Westmere " * 3_000 + "\n",
    "a holder's dash before blanks without end and a post": "Westmere Youth Justice Board\nMINUTES\n\nCouncillor Jo Lee -"
    + " " * 12_000 + "Cabinet Member" + " " * 12_000 + "Ann Roe - Manager\n",
    "a post's bracket of chairs without end": "Westmere Youth Justice Board\nMINUTES\n\nMembers: Jo Lee (Director"
    + ", Chair" * 3_000 + "); Ann Roe (Head of YJS).\n",
    "a bilingual marker's slash wrapped over and over": "Westmere Youth Justice Board\nMINUTES\n\nPRESENT\nLEE, Jo, "
    "Director (" + "Cadeirydd /\n" * 3_000 + "Chair)\n",
    # each contact of a line of many read the line's rest as their post and the line from its start as their quote:
    # quadratic in the contacts (1,200 on one line: 12 CPU s; stop 35)
    "contacts on one line without end": "Westmere Council\n\n" + "Contact officer: Jo Lee " * 1_500 + "\n",
    "a report's words without 'published today' (stop 35)": "Westmere Council news\n\n9 June 2026\n\nWestmere YJS "
    "was rated Good in a report " + "the report " * 4_000 + "published\n",
    "a headline of quotes opened without end (stop 35)": "Westmere Council news\n\nSearch westmere." + "gov." * 3_000
    + "\n\nWestmere YJS " + "'rated " * 3_000 + "\nwas rated Good by inspectors.\n\nENDS\n",
    "a membership lead dated in words without end (stop 35)": "Westmere Youth Justice Plan\n\nThe Board meets "
    "monthly. Membership at the time of " + "writing " * 4_000 + ":\n\nJo Lee | Director | Westmere Council\n",
    "contact labels on one line without end": "Westmere Council\n\n" + "Contact Details: " * 3_000 + "Jo Lee\n",
    "a Welsh force's words after blanks without end": "Westmere Youth Justice Board\nMINUTES\n\nPRESENT\nInsp. Jo Lee - "
    "Heddlu" + "  Teifi" * 3_000 + "\n",
    # stop 35 (b108): a release's reference beside its date, an indented headline, a contact labelled by their post, a
    # place before a comma and a clause, a bracketed label before a lead inspector, a surname hyphenated over a footer
    # and a running header, a custody count, an earlier period's bracket after a line's break
    "a release's reference of letters without end": "NEWS RELEASE\nFor immediate release: 3 May 2011   Ref: "
    + "ref " * 6_000 + "\n\n    Youth work in Westmere: inspectors report\n",
    "an indented headline's blanks without end": "NEWS RELEASE\n\n" + "  " * 6_000 + "Westmere youth work:"
    + "   " * 4_000 + "rated good\n",
    "a press officer's label before blanks without end": "NEWS RELEASE\n\nInspectors visited Westmere.\n\nPress Officer"
    + " " * 12_000 + ":" + " " * 12_000 + "Jo Lee   Tel: 020 7946 0311\n",
    "a place before blanks and brackets without end": "Report to the Panel\n\nThe inspection of youth offending work in "
    "Westmere" + " (" * 6_000 + "March 2010)\n",
    "an inspection lead's label before blanks without end": "Westmere Council\n\nMINUTES of a meeting\n\nPRESENT\n"
    "Councillor Jo Lee\n\n1. The screening (inspection lead:" + " " * 12_000 + "Mr J. Roe) was noted.\n",
    "a hyphenated surname over rules without end": "Westmere Council\n\nMINUTES of a meeting\n\nThe Director, Jo Amber-"
    "\n\n   - 3 -\n" + "_" * 20_000 + "\nCabinet 4.3.15\n\nley, said the plan was sound.\n",
    "a custody label before blanks without end": "Westmere Youth Justice Board\nMINUTES\n\nPerformance report\nCustody"
    + " " * 12_000 + "3" + " " * 12_000 + "young people.\n",
    "an earlier period's bracket after wrapped words without end": "Westmere Youth Justice Board\nMINUTES\n\n"
    "Performance report\nFTEs 29" + " in the\n" * 1_500 + "(2013/14 full year: 41).\n",
    # stop 35 (b107): a register whose months head its meetings' columns, its cells cut where each head starts; 'Minutes'
    # alone over a name set in; the chair's 'chairing' after blanks; guests 'and by' each; a speaker 'of' a body;
    # apologies that 'were recorded'; 'Report' over 'author:'
    "a register's head row of months without end (stop 35)": "Westmere Youth Justice Board\nMINUTES\n\nREGISTER OF "
    "MEMBERS AND ATTENDANCE 2023/24\nMember   Post   " + "Jun  " * 3_000 + "\nJo Lee   Director   " + "P    " * 3_000 + "\n",
    "a register's row of words run past its heads without end (stop 35)": "Westmere Youth Justice Board\nMINUTES\n\n"
    "REGISTER OF MEMBERS AND ATTENDANCE 2023/24\nMember   Organisation   Post   Jun  Sep\n" + "Jo Lee Westmere " * 3_000
    + "  P    P\n",
    "blanks and tabs without end before 'chairing' (stop 35)": "Westmere Youth Justice Board\nMINUTES\n\nRound the table\n"
    "  LEE, Jo ..... Director" + " " * 12_000 + "chairin\n  ROE, Ann, Head" + "\t" * 12_000 + "chairin\n",
    "'Minutes' alone over a name set in by blanks without end (stop 35)": "Westmere Youth Justice Board\n\nPresent\n"
    "  Jo Lee, Director\nMinutes\n" + " " * 12_000 + "Ann Roe, Officer\n",
    "'and by' over and over in an attendance sentence (stop 35)": "Westmere Youth Justice Board\n\nPRESENT\nJo Lee\n\n"
    "The meeting was also attended by Ann Roe (Officer), who" + " and by Ann Roe, who" * 2_000 + " observed.\n",
    "a speaker 'of' capitalised words without end (stop 35)": "Westmere Council news\n\nJo Lee of the"
    + " Westmere" * 3_000 + " Police said the force would help.\n",
    "apologies from a name 'were' without end (stop 35)": "Westmere Youth Justice Board\n\nPRESENT\nJo Lee\n\n"
    "1  Apologies\nApologies from Dr Roe" + " were" * 3_000 + " recorded.\n",
    "'Report' over 'author:' over and over (stop 35)": "Westmere Council\nScrutiny Committee\n\n"
    + "(Report\n  author: Jo Lee, Officer)\n" * 2_000,
    "a speaker's post wrapped onto lines set in over and over (stop 35)": "Westmere Council news\n\n   \"We are proud,\" "
    "said Jo Lee, the Cabinet Member" + "\n   for children" * 3_000 + ".\n",
    # stop 35 (b104): a headline's rating and a contrastive clause after its dash, 'the delivery of' a domain's work,
    # a plan's 'our staffing and our out-of-court work' rated in quotes
    "a headline's rated work before its contrast without end": "HM Inspectorate of Probation\n\nPRESS RELEASE\n"
    "Westmere YJS rated 'Good' -" + " strong work," * 3_000 + " but resettlement needs attention\n",
    "deliveries of work without end before a court": "HM Inspectorate of Probation\n\nPRESS RELEASE\n\nStaffing was "
    "rated 'Good', as was" + " the delivery of" * 3_000 + " court work.\n",
    "owned parts rated in quotes without end": "Westmere Youth Justice Plan\n\nInspectors judged our staffing"
    + " and our staff" * 3_000 + " 'Outstanding'.\n",
    # a key to initials in two columns parted by bars or tabs, 'Present 17 May:', initials after a note's bullet or a
    # row's label and colon; a register's seat column, a name's cell run into the post, a deputy's line under a member
    "a key's row parted by bars without end": "Westmere Youth Justice Board\nACTION LOG\n\nKEY TO INITIALS\nJL   Jo Lee, "
    "Director" + "   |" * 3_000 + "  AR   Ann Roe\n\nPresent: JL, AR.\n",
    "a key's rows wrapped under their columns without end": "Westmere Youth Justice Board\nACTION LOG\n\nKEY TO "
    "INITIALS\nJL   Jo Lee, Director   |  AR   Ann Roe, Officer\n" + "     of Services      |       of Services\n" * 400
    + "\nPresent: JL, AR.\n",
    "a key's row parted by tabs without end": "Westmere Youth Justice Board\nACTION LOG\n\nKEY TO INITIALS\nJL\tJo Lee"
    + "\tAB" * 3_000 + "\n\nPresent: JL.\n",
    "a present heading's day before blanks without end": "Westmere Youth Justice Board\nACTION LOG\n\nPresent 17"
    + " " * 12_000 + "May: JL, AR.\n",
    "labels before initials that said without end": "Westmere Youth Justice Board\nMINUTES\n\nPresent: Jo Lee (JL)\n\n- "
    + "Action 1: " * 3_000 + "JL said it was done.\n",
    "a register's name run into its post over and over": "Westmere Youth Justice Plan\n\nIts membership at 1 May 2024:"
    "\n\nLEE, Jo (Dr)" + " (Dr)" * 3_000 + " Director   Member\n",
    "deputies' lines under a member without end": "Westmere Youth Justice Plan\n\nIts membership at 1 May 2024:\n\n"
    "LEE, Jo      Director, Westmere Council      Member\n" + "  (deputy: ROE, Ann, Inspector)\n" * 1_000,
    # stop 35 (b106): 'the committee, chaired by' after a scrutiny body, a row of members surname first a cell, initials
    # run together, a service in a place set off by commas, 'requiring improvement', domains in 'domain: rating' pairs,
    # the county's service in a district's post
    "the committee before 'chaired by' after blanks without end": "Westmere Council News\n\nThe Scrutiny Committee met."
    "\n\nThe committee," + " " * 12_000 + "chaired by Councillor Jo Lee, heard it.\n",
    "a row of members surname first without end": "Westmere Council\n\nSCRUTINY COMMITTEE\n\nMINUTES\n\nPRESENT:\n"
    + "LEE, J.   " * 1_500 + "\n",
    "initials run together after a surname without end": "Westmere Council\n\nSCRUTINY COMMITTEE\n\nMINUTES\n\n"
    "PRESENT:\n  LEE, " + "A." * 3_000 + "\n",
    "a service's place set off by commas without end": "HM Inspectorate of Probation\n\nNEWS\n\nThe service in Westmere"
    + ", north Wales" * 3_000 + ", has been rated 'Good'.\n",
    "'requiring improvement' after blanks without end": "Westmere Council\n\nDECISION NOTICE\n\nThe service was judged "
    "as" + " " * 12_000 + "requiring improvement overall.\n",
    "domains in pairs without end": "Westmere Council\n\nDECISION NOTICE\n\nThe service was rated Good ("
    + "court disposals: good; " * 2_000 + "organisational delivery" + " " * 12_000 + "- good).\n",
    "a bracket's figures 'against' after blanks without end": "Westmere Council\n\nSCRUTINY COMMITTEE\n\nMINUTES\n\n"
    "Reoffending was higher than the Wales average (41.2%" + " " * 12_000 + "against 37.9%).\n",
    "comparators in brackets under lines of prose over and over": "Westmere Council News\n\n" + "The reoffending rate,"
    " 41.2 per cent, was higher than the average for Wales\n(37.9 per cent)\n" * 1_000,
    "the county's service after blanks without end": "Westmere District Council > News\n\nPosted on: 4 May 2023\n\n"
    "Fenwick County Council runs it.\n\nJo Lee, head of the county" + " " * 12_000 + "youth justice service, said: "
    "\"It works.\"\n",
    # stop 35 (b105): a register's mark with its remark after a dash, a substitute's cell after padding, a mark one
    # blank after a long standing, a speaker's participle, a post with commas speaking, a bracket left open over lines
    "a register's mark and blanks before its remark without end": "Westmere Council\nMINUTES of a meeting\n\nAttendance register\n"
    "Name                Status              Attended\nLEE, Jo (Cllr)      Member              N" + " " * 12_000 + "- apologies\n",
    "a substitute's padding without end": "Westmere Council\nMINUTES of a meeting\n\nAttendance register\n"
    "Name                Status              Attended\nLEE, Jo (Cllr)" + " " * 12_000 + "Substitute for Cllr Roe Y\n",
    "a speaker's participle without end": "Westmere Council\nMINUTES of a meeting\n\nCouncillor Jo Lee, speak"
    + "ing" * 4_000 + " at the invitation of the Chair, said that it was so.\n",
    "a speaking post's commas without end": "Westmere Council\nMINUTES of a meeting\n\nThe Director" + ", People" * 3_000
    + " explained that it was so.\n",
    "a councillors' list of open brackets without end": "Westmere Council\nCABINET\nMinutes of the meeting\n\n"
    "Present: Councillors Jo Lee (Deputy\n" + "   Ann Roe (Deputy\n" * 500 + "   Leader)\n",
    "a declaration's titled name before blanks and a dash": "Westmere Council\nMINUTES of a meeting\n\nDeclarations of "
    "interest\n   Cllr Lee" + " " * 12_000 + "- personal, item 3: is a magistrate sitting in the youth court.\n",
    "a copy list's ranks over lines without end": "HM Inspectorate of Probation\n\nYours sincerely,\n\nJo Lee\n\n"
    "Copy to: Ann Roe, Chief Executive; Superintendent" + " \n" * 3_000 + "Jo Hart, Westmere Police\n",
    "a head of inspections' label before blanks": "FULL JOINT INSPECTION OF YOUTH OFFENDING WORK\n\nInspection team\n"
    "Jo Lee   Lead Inspector\n\nHead of Inspections:" + " " * 12_000 + "Ann Roe, Assistant Chief Inspector\n",
    "a letter's addressees under 'To:' over and over": "HM Inspectorate of Probation\n\nTo:   Jo Lee, Director\n"
    + "      Ann Roe, Director\n" * 500 + "\nDear Ms Lee,\n",
    "a score table's bare numbers without end": "Full Joint Inspection of Youth Offending Work in Westmere\n\n"
    "Aspect        Score (%)     Comment\nSafeguarding" + "   61" * 3_000 + "   Substantial improvement required\n",
    "a running footer's padded dashes without end": "Dear Ms Lee,\n\nYours sincerely\n\nJo Lee\n\ncc\n\n"
    "Police              Ann Roe, Borough Commander\n" + "Westmere  -  " * 3_000 + "Full Joint Inspection 2010\n",
    # stop 36 (f36c): a row's cell of comparators parted by semicolons, a label over its unit's bracket
    "a cell of comparators parted without end": "Westmere YJS\n\nFirst-time entrants    131 per 100,000    (England"
    + " 219;" * 3_000 + " Wales 201)\n",
    "a cell of commas and blanks before no comparator": "Westmere YJS\n\nReoffending rate    36.2%    England 37.4%"
    + ", " * 6_000 + "x\n",
    "labels over unit brackets without end": "Westmere Youth Justice Plan\n\n        Westmere    Wales\n"
    + "Use of custody\n(rate per 1,000)   0.18   0.11\n" * 1_000,
    "a standard's name before open brackets without end": "Westmere YJS news\n\n  - Assessment" + " (" * 6_000
    + "court disposals) ..... Good\n",
    "a rating 'with' another over and over": "Westmere YJS\n\nIt was rated 'Good' overall" + ", with 'Good'" * 3_000
    + " for its staff.\n",
    "a speaker's apposition of posts joined by 'and' without end": "Westmere Council\nNews\n\nJo Lee, Director at"
    + "\nWestmere Council and chair" * 2_000 + " of the Youth Justice Board, said: \"It works.\"\n",
    "a contact's abbreviations without end": "Westmere Council\nMINUTES of a meeting\n\nCouncillor Lee introduced the "
    "report (author: Jo Roe" + ", tel. 0" * 1_000 + "). He said that it was so.\n",
    # stop 36: people named in passing (a name with a post or a body beside it), blanks between a name and its post
    "a name in passing and blanks before its post": "Westmere Council newsroom\n\nThe board met Jo Lee" + " " * 12_000
    + "- Head of Service, in May.\n",
    "names in passing without end": "Westmere Council newsroom\n\nThe board met "
    + "Superintendent Jo Lee of Westmere Police, Ann Roe (inspector), " * 1_500 + "and others.\n",
    # stop 37: a name in passing whose post, set off after it, wraps onto a line of post words; dashes set off
    "a post in passing wrapped onto a line of posts": "Westmere Council newsroom\n\nThe board met Jo Lee, Assistant"
    + "\n" + "Chief " * 12_000 + "said so.\n",
    "a top grade given for a part, over and over": "Westmere Council news\n\nThe service was given the "
    + "top grade of 'Good' for " * 3_000 + "its staff.\n",
    "names in passing set off by dashes without end": "Westmere Council newsroom\n\nThe board met "
    + "Jo Lee - HM Inspector - " * 3_000 + "and others.\n",
    # stop 36 (f36a): an entry that sent apologies after blanks, a register's mark with a substitute's bracket after
    # blanks, two attendance columns whose heads stand far apart
    "an entry's apologies after blanks without end": "Westmere Council\nMINUTES of a meeting\n\nCo-opted: Revd Jo Lee "
    "(Diocese of Westmere)" + " " * 12_000 + "sent his apologies.\n",
    "a register's mark and a substitute's bracket after blanks": "Westmere Council\nMINUTES of a meeting\n\n"
    "ATTENDANCE REGISTER\nMember           Present\nLEE, Jo          Y" + " " * 12_000 + "(sub for Cllr Roe)\n",
    "attendance columns' heads apart without end": "WESTMERE YOUTH JUSTICE MANAGEMENT BOARD\nMinutes of the meeting\n\n"
    "ATTENDANCE\nMembers" + " " * 12_000 + "In attendance\nJo Lee (JL)  Chair      Ann Roe (AR)  Head of YJS\n\n"
    "Apologies: Sam Hart\n",
    "a note's 'also there' and blanks before its colon": "WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD\n"
    "Minutes of the meeting\n\nPresent: Jo Lee, Director (Chair)\nalso there" + " " * 12_000 + ": Ann Roe (notes)\n",
    "a register's seat after blanks without end": "Westmere Council\nMinutes of the SCRUTINY COMMITTEE\n\n"
    "Register of attendance\nLEE, Cllr Jo" + " " * 12_000 + "Chair ........... present\n",
    # stop 36 (f36b): a team run on after its label between semicolons, 'Copy list:' with its entries on its line, a
    # team row whose label fills its column
    "a team's entries between semicolons without end": "An inspection of youth justice services in Westmere\n\n"
    "Acknowledgements\nThe team:  Jo Lee (lead inspector); " + "Ann Roe (inspector); " * 3_000 + "Dev Rao (assessor).\n",
    "a team's label line after line in one paragraph": "An inspection of youth justice services in Westmere\n\n"
    "Acknowledgements\n" + "The team: Jo Lee\n" * 3_000 + "Ann Roe (inspector); Dev Rao (assessor); Jo Hart (HMI).\n",
    "a team member's comma and blanks before the post": "An inspection of youth justice services in Westmere\n\n"
    "Acknowledgements\nThe team:  Jo Lee," + " " * 12_000 + "inspector; Ann Roe (inspector); Dev Rao (assessor).\n",
    "a copy list's entries on its label's line without end": "HM Inspectorate of Probation\n\nYours sincerely\n\n"
    "Jo Lee\n\nCopy list:  Ann Roe, Chief Executive; " + "Dev Rao, Director; " * 3_000 + "Jo Hart, Leader.\n",
    "the Inspectorate team led by a title over blanks without end": "Westmere Council\nCABINET\nMinutes of the meeting\n\n"
    "Thanks went to the Inspectorate team led by Ms" + " " * 12_000 + "Lee.\n" + "the Inspectorate team led by " * 2_000 + "\n",
    "a surname hyphenated over a page's number and header, over and over": "Inspection of youth offending services\n\n"
    "the Head of Service, " + "Jo Marl-\n\n 7\nWestmere\n" * 2_000 + "\nborough.\n",
    "a team row's label run past its column without end": "An inspection of youth justice services in Westmere\n\n"
    "Acknowledgements\n\nLead    Jo Lee\nHMI     Ann Roe\nHMI     Jo Hart\n" + "Inspectors Dev Rao\n" * 3_000,
    # stop 37 (f37b): a screening's team in prose, a copy list in a sentence or of two posts parted by a slash, a chief
    # inspector by rank, a part of the work led by one of the team
    "the team led by a name after blanks": "HM Inspectorate of Probation\n\nDear Jo\n\nThe team was led by" + " " * 12_000
    + "Jo Lee, HM Inspector, supported by Ann Roe and Dev Rao (inspectors).\n",
    "a screening team's names joined without end": "HM Inspectorate of Probation\n\nDear Jo\n\nThe screening team "
    "comprised Jo Lee (lead inspector), " + "Ann Roe and " * 3_000 + "Dev Rao (inspectors).\n",
    "copies sent to recipients without end": "HM Inspectorate of Probation\n\nCopies of this report have been sent to "
    "Mr Jo Lee, Chief Executive; " + "to Ann Roe, Director; " * 3_000 + "and to the Youth Justice Board (Ms D Rao).\n",
    "copies sent to a post held over blanks": "HM Inspectorate of Probation\n\nThis letter is copied to Jo Lee, as"
    + " " * 12_000 + "Chair of the Board; and to Ann Roe, Leader.\n",
    "a copy row's posts parted by slashes without end": "HM Inspectorate of Probation\n\nYours sincerely\n\nJo Lee\n\n"
    "Copied to:\nAnn Roe        " + "Chief Executive / " * 3_000 + "Chair, YOS Management Board\n",
    "a chief inspector by rank over and over": "An inspection of youth offending services\n\nJo Lee\nHM Chief "
    "Inspector of Probation\n\nWe met " + "Chief Inspector Jo Lee. " * 3_000 + "\n",
    "a part of the work led after blanks": "FULL JOINT INSPECTION OF YOUTH OFFENDING WORK\n\nThe case assessment work"
    + " " * 12_000 + "was led by Jo Lee.\n" + "the data analysis work was led by " * 2_000 + "Ann Roe.\n",
    # stop 37 (f37a): a register surname first run into its posts, a title after the forename after blanks, an
    # apologies line of entries between semicolons before a remark
    "a register row's post surname first without end": "WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD\n"
    "Minutes of the meeting\n\nLEE Joanne" + " Head of Westmere" * 3_000 + "\nROE Susan Director\n\nApologies: Sam Hart\n",
    "a register row's blanks before a title": "WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD\nMinutes of the meeting\n\n"
    "LEE Joanne" + " " * 12_000 + "Cllr Cabinet Member\nROE Susan Director\n\nApologies: Sam Hart\n",
    "apologies between semicolons before a remark": "WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD\n"
    "Minutes of the meeting\n\nPresent: Jo Lee (Chair)\n\nSent apologies: " + "ROE Susan (Police); " * 1_000
    + "Jo Lee would leave early.\n",
    "a register row's marks without end": "Westmere Council\nMINUTES of the SCRUTINY PANEL\n\nATTENDANCE REGISTER\n"
    "  LEE, Jo (Cllr) .... P    ROE, Ann (Cllr) .... P\n  HART, Sam (Cllr)" + "    P" * 3_000 + "\n\nP = present\n",
    "those present chairing the meeting over and over": "WESTMERE YOUTH JUSTICE PARTNERSHIP BOARD\nNotes of meeting\n\n"
    "Those present were Jo Lee, Director" + ", who chaired the meeting; Ann Roe" * 1_000 + ".\n\nApologies: Sam Hart\n",
    "an apology's deputy and blanks before 'on his behalf'": "WESTMERE YOUTH JUSTICE PARTNERSHIP BOARD\nNotes of meeting\n\n"
    "Present: Jo Lee (Chair)\n\nApologies:\n   Sam Hart (Police) - Ann Roe attended" + " " * 12_000 + "on his behalf\n",
    "an absent member's dash and blanks before the apology": "Westmere Council\nMINUTES OF THE CABINET\n\nPresent: "
    "Councillor Jo Lee (Leader)\n\nCabinet member absent: Councillor Ann Roe (Housing) -" + " " * 12_000 + "apology\n",
    # stop 37 (f37c): spaced dot leaders, a membership lead's verb after blanks, a contact section's heading, a contact
    # given by an address alone, a post's words after a contact's label
    "spaced dot leaders without end, the last one no leader": "Westmere Youth Justice Plan\n\nMembership at June 2024:"
    "\n\nName . . . Post\nJo Lee" + " ." * 6_000 + "x Head of Service\n",
    "a membership lead's blanks before its verb": "Westmere Youth Justice Plan\n\nThe Board meets quarterly. "
    "Membership at June 2024" + " " * 12_000 + "was:\nJo Lee   Head of Service   Westmere YJS\n",
    "a contact section's heading over and over": "Westmere Youth Justice Plan\n\n" + "5.  CONTACT\n\n" * 3_000
    + "Jo Lee\nHead of Youth Justice\n",
    "contact labels each with an address alone": "Westmere Youth Justice Plan\n\nJo Lee\tHead of Service\n\n"
    + "Contact: jo.lee@westmere.example.gov.uk, " * 3_000 + "\n",
    "a contact's label over words the lexicon lacks": "Notes to editors\n" + "Enquiries: Media Relations Manager "
    * 3_000 + "\n",
    "a council's Leader after a comma over capitalised words": "Inspection of youth offending services\n\nthanks to "
    + "Cllr Jo Lee, Leader of Westmere " * 3_000 + "Council.\n",
    "the service's head named by the post over and over": "Westmere Youth Justice Service\n\n"
    + "The Head of Youth Justice is " * 3_000 + "Jo Lee.\n",
    "a member's post wrapped under its column, line after line": "Westmere Youth Justice Plan\n\nBoard membership:\n\n"
    "LEE, Jo ...... Director of Children's Services ...... Chair\nROE, Ann ...... Head of Service, Westmere\n"
    + "               and Westmere ...... Member\n" * 3_000,
    "a Welsh post's articles without end before its slash": "Westmere Youth Justice Plan\n\nFOREWORD\n\nOur plan.\n\n"
    "Jo Lee\nCadeirydd" + " y Bwrdd" * 3_000 + " / Chair of the Board\n",
    "a membership heading's words over and over": "Westmere Youth Justice Plan\n\n" + "Members of the Partnership "
    * 3_000 + "Board\nJo Lee   Head of Service   Westmere YJS\n" + "Aelodau’r Bwrdd " * 3_000 + "/ Board members\n",
    "the service's head, blanks before its verb": "Westmere Youth Justice Service\n\nThe Head of Youth Justice"
    + " " * 12_000 + "is Jo Lee.\n",
    # stop 38 (lead)
    "apologies from a member, a run of blanks before 'with' a substitute": "Westmere Council\n\nApologies were "
    "received from Cllr Jo Lee," + " " * 12_000 + "with Cllr Ann Roe substituting.\n" + "Cllr Ann Roe, with " * 3_000
    + "substituting.\n",
    "a deputy for a body of capitalised words without end": "Westmere Youth Justice Board\n\nMinutes of the meeting"
    "\n\nInspector Jo Lee deputised for " + "Westmere " * 6_000 + "Police.\n",
    "a table's head of months run on without a year": "Westmere Youth Justice Service\n\nIndicator          "
    "2018/19     " + "Yr to Sep " * 3_000 + "19\nFirst time entrants (number)       57          41\n",
    "a news page's trail of links set apart by slashes, over and over": "Westmere Council\nwww.westmere.gov.uk "
    + "/ News " * 6_000 + "\n" + "Youth justice / plan " * 6_000 + "\n\nThe service was rated Good.\n\nENDS\n",
    # stop 38 (f38b): a copy list under a section's number, in groups under bodies, or parted by slashes; a lead by
    # initial with the inspectorate after the name; 'led by' after the service
    "a section's number and blanks before a copy list's label": "HM Inspectorate of Probation\n\nDear Jo\n\n7."
    + " " * 12_000 + "COPY LIST\n\n   | Chief Executive   | Jo Lee   |\n",
    "a copy list's groups under bodies without end": "HM Inspectorate of Probation\n\nDear Jo\n\n"
    "cc.   Westmere BC   -  Jo Lee (Chief Executive);\n" + "      Westmere YOS  -  Ann Roe (Head of Service)\n" * 3_000,
    "a copy group's body and blanks before its dash": "HM Inspectorate of Probation\n\nDear Jo\n\ncc.   Westmere BC"
    + " " * 12_000 + "-  Jo Lee (Chief Executive)\n      Westmere YOS  -  Ann Roe (Head of Service)\n",
    "a copy group's bracket left open over lines without end": "HM Inspectorate of Probation\n\nDear Jo\n\n"
    "cc.   Westmere BC   -  Jo Lee (Chief Executive,\n" + "                        and Director\n" * 3_000
    + "      Westmere YOS  -  Ann Roe (Head of Service)\n",
    "a copy list's entries parted by slashes without end": "HM Inspectorate of Probation\n\nYours sincerely\n\nJo Lee"
    "\n\nDistribution: Ann Roe (Chief Executive) / " + "Cllr Dev Rao (Leader) / " * 3_000 + "Ofsted\n",
    "a lead by initial, blanks before the inspectorate": "Westmere Council\nScrutiny Panel\n\nThe inspection team, "
    "led by R. Lee" + " " * 12_000 + "of HM Inspectorate of Probation, judged the service.\n",
    "the service led by, over and over": "Westmere Youth Justice Plan\n\nHM Inspectorate of Probation visited. "
    + "The staff of the service, led by Jo Lee, " * 3_000 + "worked hard.\n",
    # stop 38 (f38a): 'Others attending' beside 'Members', a deputy's bare '(deputising)' after blanks, a relative's word
    # of kin after blanks, 'Cabinet members present:' over and over
    "others attending beside members, blanks between": "WESTMERE YOUTH OFFENDING MANAGEMENT BOARD\nMinutes\n\n"
    "Members" + " " * 12_000 + "Others attending\nJo Lee Director (Chair)     Ann Roe Head of Service\n",
    "a deputy's bracket with blanks inside": "WESTMERE YOUTH OFFENDING MANAGEMENT BOARD\nMinutes\n\nPresent:\n"
    "Jo Lee (Chair)\nAnn Roe, Probation Officer (deputising" + " " * 12_000 + ")\n",
    "a relative declared after blanks": "Westmere Council\nMINUTES OF THE CABINET\n\nPresent: Councillor Jo Lee "
    "(Leader)\n\nDeclarations of interest\nCouncillor Lee declared that her" + " " * 12_000 + "close son works here.\n",
    "a register's lines each with an apology": "WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD\nMinutes of the "
    "meeting\n\nJo Lee Director (Chair)\n" + "Ann Roe sent apologies\n" * 2_000 + "\n1. Minutes\n",
    "a council's name, blanks and a line's end between its words": "Public Document Pack\n\nWestmere" + " " * 6_000
    + "\n" + " " * 6_000 + "City Council\n\nCabinet\n\nMinutes of the meeting\n\nPresent: Councillor Jo Lee (Leader)\n",
    "a cabinet members' label, blanks between its words": "Westmere Council\n\nCabinet\n\nMinutes of the meeting\n\n"
    "Cabinet" + " " * 12_000 + "members present: Councillor Jo Lee (Housing)\n",
    # stop 38 (f38c): a membership led 'as follows.' or headed 'X BOARD: MEMBERSHIP', a page's foot inside a table, a
    # name a page's end cut after a rank
    "a membership lead's blanks before 'as follows.'": "Westmere Youth Justice Plan\n\nIts membership"
    + " " * 12_000 + "was as follows.\nName   Post   Agency\nJo Lee   Head of Service   Westmere YJS\n",
    "a board's colon heading over and over": "Westmere Youth Justice Plan\n\n" + "WESTMERE BOARD: " * 3_000
    + "MEMBERSHIP\nName   Post   Agency\nJo Lee   Head of Service   Westmere YJS\n",
    "a membership's page feet without end": "Westmere Youth Justice Plan\n\nBoard membership:\nName   Post   Agency\n"
    "Jo Lee   Head of Service   Westmere YJS\n" + "__________\nPlan\t\t4\n" * 600
    + "Ann Roe   Director   Westmere Council\n",
    "a rank and a forename over page feet without end": "Westmere Youth Justice Plan\n\nBoard membership:\n"
    "Name   Post   Agency\nJo Lee   Head of Service   Westmere YJS\nSuperintendent Kwame\n"
    + "__________\nPlan\t\t4\n" * 600 + "Asante-Boyd   Area Commander   Westmere Police\n",
    "a contact's name and post, blanks before no column of details": "Westmere Council\n\nREPORT AUTHOR   CONTACT "
    "DETAILS\nJo Lee" + " " * 12_000 + "x\nHead of Service" + " " * 12_000 + "Tel\n",
    "a contact officer's form, its name label over and over": "Westmere Council\n\n" + "CONTACT OFFICER\n  Name:  "
    * 3_000 + "Jo Lee\n  Post:  Head of Service\n",
    "implications' comments labelled over and over, blanks before no date": "Westmere Council\n\nReport to: Cabinet\n\n"
    + "(Finance comments: Jo Lee, Finance Partner, " * 3_000 + " " * 12_000 + "dated x.)\n",
    "the service set off by commas over and over, blanks before no participle": "Westmere Youth Justice Plan\n\n"
    + "the service, " * 3_000 + " " * 12_000 + "led for Jo Lee.\n",
    "a membership's pointing sentence, line after line, blanks before no 'below'": "Westmere Youth Justice Plan\n\n"
    + "Its members are listed\n" * 3_000 + "Its membership is shown" + " " * 12_000 + "x\n",
    "members' posts ending in initials, row after row, over capitalised words without end": "Westmere Youth Justice "
    "Plan\n\n" + "Westmere Borough Council " * 1_500 + "\n\nBoard membership:\n\nName\tPost\n"
    + "Jo Lee\tHead of Service, WBC\n" * 500,
    # stop 39 (f39a): a register's head of who was sent in the member's place, blanks inside it; rows of marks
    "a stand-in's head, blanks between its words": "WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD\nMinutes\n\n"
    "ATTENDANCE REGISTER\nMember\tAgency\tAttended\tSent in" + " " * 12_000 + "their place\nJo Lee\tWestmere\tN\tAnn Roe\n",
    "a register's rows of marks and stand-ins without end": "WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD\n"
    "Minutes\n\nATTENDANCE REGISTER\nMember\tAgency\tAttended\tSent in their place\n"
    + "Jo Lee\tWestmere Council\tN\tAnn Roe, Officer\n" * 2_000,
    "a chair's marker, blanks before the mark": "WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD\nMinutes\n\n"
    "REGISTER\nName\tPost\tStatus\nJo Lee\tDirector\tChair -" + " " * 12_000 + "P\n",
    "a register's heading between rules without end": "WESTMERE YOUTH OFFENDING SERVICE MANAGEMENT BOARD\nMinutes"
    "\n\nREGISTER\nName\tPost\tStatus\n" + "-" * 50_000 + " Members " + "-" * 50_000 + "\nJo Lee\tDirector\tP\n",
    "a capitals label over surnames without end": "Westmere Council\nScrutiny Panel\nMinutes\n\nPRESENT       "
    + "LEE (Chair), " * 5_000 + "ROE and\n              HART\n",
    "a decision notice's opening, blanks between its words": "Westmere Council\n\nDECISION NOTICE - CABINET\n"
    + "Decisions" + " " * 12_000 + "taken at" + " " * 12_000 + "the meeting held on 3 May 2022\n\nPRESENT\n"
    "Leader of the Council .... Councillor Jo Lee\n",
    "a status's remark after blanks, row after row": "Westmere Council\nScrutiny Panel\nMinutes of the meeting held on "
    "3 May 2022\n\nAttendance details\nAttendee\tRole\tAttendance\n"
    + ("Councillor Jo Lee\tMember\tPresent" + " " * 3_000 + "as substitute\n") * 20
    + "Councillor Ann Roe\tMember\tApologies," + " " * 12_000 + "sent substitute\n",
    "a co-opted member's bracket left open after reserves": "Westmere Council\nScrutiny Panel\nMinutes of the meeting "
    "held on 3 May 2022\n\nReserve members: Councillors Lee and Roe\nCo-opted member (" + "education " * 6_000 + ":\n",
}


@pytest.mark.parametrize("text", MINIMAL_CASES.values(), ids=MINIMAL_CASES.keys())
def test_minimal_hostile_cases_load_in_time(text: str) -> None:
    took = timed_load(text)
    assert took <= budget(text), f"{took:.2f} s for {describe(text)}"


# A case's longest run of one repeated unit (a character, or a short piece such as 'Jo Bloggs, '), made four times
# longer: a linear load takes about four times as long, a quadratic one sixteen. Each case's fixed budget alone let
# a quadratic pattern through while its run was short (0.6 s for 12 KB of blanks, 8 s for 48 KB).
REPEATED_UNIT_RE = re.compile(r"(.{1,24}?)\1{99,}", re.DOTALL)
GROWTH = 4
GROWTH_LIMIT = 8  # times the time at the case's own length; between linear (4) and quadratic (16)
GROWN_LONGEST = 100_000  # longer cases are already timed at a length where a super-linear pattern shows


def grown(text: str) -> str | None:
    run = max(REPEATED_UNIT_RE.finditer(text), key=lambda m: len(m.group()), default=None)
    if run is None or len(text) > GROWN_LONGEST:
        return None
    return text[:run.start()] + run.group() * GROWTH + text[run.end():]


GROWN_CASES = {name: (text, longer) for name, text in MINIMAL_CASES.items() if (longer := grown(text)) is not None}


@pytest.mark.parametrize(("text", "longer"), GROWN_CASES.values(), ids=GROWN_CASES.keys())
def test_minimal_hostile_cases_grow_linearly_with_their_run(text: str, longer: str) -> None:
    took, took_longer = seconds_to_load(text), seconds_to_load(longer)
    if took_longer > max(GROWTH_LIMIT * took, SMALLEST_BUDGET):  # a busy machine: the shorter of two loads each
        took, took_longer = max(took, seconds_to_load(text)), min(took_longer, seconds_to_load(longer))
    assert took_longer <= max(GROWTH_LIMIT * took, SMALLEST_BUDGET), \
        f"{took:.2f} s for {describe(text)}, {took_longer:.2f} s with its run {GROWTH} times longer"


def test_a_documents_dates_are_read_once_however_many_ratings_it_states(monkeypatch: pytest.MonkeyPatch) -> None:
    # each rating sentence of a release keys its inspection by the document's fieldwork and publication dates: read
    # for each, a long line of ratings re-read the whole text hundreds of times (fuzz seed 16: 16 s for 500 KB)
    from kg import dates
    from kg.loaders import findings_inspection

    calls: list[int] = []
    reader = dates.fieldwork_dates
    monkeypatch.setattr(dates, "fieldwork_dates", lambda text: calls.append(len(text)) or reader(text))
    getattr(findings_inspection.fieldwork_dates, "cache_clear", lambda: None)()  # (a document read before)
    text = "Westmere Council news\n\nPosted on 3 March 2024\n\n" + "Westmere Youth Justice Service was rated Good. " * 50
    load_document(Document.from_text("release.txt", text))
    assert len(calls) == 1
