"""find_date: the publication day an article's top states, or None."""
from pathlib import Path

import pytest

from quotes.dates import HEAD, find_date, head_year, is_iso_day, mask_quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "\n\nNATO Secretary General Jens Stoltenberg asked Russia to lower tension in Europe on Thursday.\n"


@pytest.mark.parametrize("top, day", [
    ("2022-02-04\nBrussels", "2022-02-04"),
    (" date 2022-02-04 NATO Secretary-General Jens Stoltenberg", "2022-02-04"),
    ("Stoltenberg warns Russia\nFebruary 4, 2022", "2022-02-04"),
    ("Stoltenberg warns Russia\n4 February 2022", "2022-02-04"),
    ("By Anna Berzina | Feb. 4, 2022", "2022-02-04"),
    ("Published on Sept. 14, 2021 at 10:05", "2021-09-14"),
    ("WASHINGTON, Nov. 28, 2021 (AP) —", "2021-11-28"),
    ("Headline\n\nRiga. November 28. INTERFAX/BNS - Text.\nUpdated 2021", "2021-11-28"),
    ("© 2021 Reuters\nBRUSSELS, Nov 28 (Reuters) - NATO said", "2021-11-28"),
    ("ST. PETERSBURG, Nov 28 /TASS/. Posted 2021", "2021-11-28"),
    ("Riga, 28 November (BNS). Copyright 2021", "2021-11-28"),
], ids=["iso", "date-iso", "month-day-year", "day-month-year", "abbrev", "sept-published-on",
        "dateline-full", "dateline-riga", "dateline-reuters", "dateline-two-word-place", "dateline-day-month"])
def test_each_form(top, day):
    assert find_date(top + BODY) == day


@pytest.mark.parametrize("text", [
    "NATO urges de-escalation\n\nNATO on Thursday voiced concern over Russia's deployment.",
    "BRUSSELS, 3 (EUROPE PRESS)\n\nNATO said on Thursday it was concerned.",  # day only
    "BRUSSELS, Nov 28 (Reuters) - NATO said it was concerned.",  # no year anywhere
    "Riga. November 28. INTERFAX - NATO said." + " Filler text." * 60 + " Sales grew in 2024.",  # year only far below
    "Riga. November 28. INTERFAX - NATO, which has grown since 2014, said.",  # an event's year
    "Riga. November 28. Copyright 2020, 2021",  # two years: which one is unknown
    "He said: “We met on February 4, 2022 and we will meet again.”",  # inside a quote
    'He said: "The deadline is 4 February 2022" and left.',
    "“The deadline is 4 February 2022, and no later",  # a quote not closed in the head
    "The talks on February 10, 2022 will decide it.",  # an event's date
    "Background." + " Filler text." * 60 + "\nFebruary 4, 2022",  # far from the top
    "February 30, 2022 is not a day.",
    "Meeting in 1850: March 3, 1850 was long ago.",
    "",
], ids=["none", "day-only", "no-year", "year-far", "event-year", "two-years", "curly-quote", "straight-quote",
        "open-quote", "event-date", "far-down", "impossible-day", "implausible-year", "empty"])
def test_no_usable_date_is_none(text):
    assert find_date(text) is None


def test_the_first_sign_decides():
    # a yearless dateline first: a later date in the head is about events, not publication
    assert find_date("Riga. November 28. The summit, scheduled for 4 December 2021, ...") is None
    assert find_date("Updated 4 December 2021\nRiga. November 28. Text.") == "2021-12-04"


def test_only_the_head_is_read():
    pad = "x" * (HEAD - len("February 4, 2022") - 1) + " "
    assert find_date(pad + "February 4, 2022") == "2022-02-04"
    assert find_date(pad + "x" + "February 4, 2022") is None


def test_may_the_verb_is_not_a_month():
    assert find_date("Officials may 4 2022 ...") is None
    assert find_date("Officials, May 4 2022 ...") == "2022-05-04"


def test_seed_dates():
    read = lambda name: next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    assert find_date(read("003")) == "2022-02-04"  # " date 2022-02-04" opens it
    # 004 opens "Riga. November 28." but never names 2021: its only year is a 2024 sidebar headline far below
    text = read("004")
    assert "Riga. November 28." in text[:HEAD] and "2021" not in text and "2024" in text
    assert find_date(text) is None
    for name in ("000", "001", "002"):
        assert find_date(read(name)) is None


def test_helpers():
    assert mask_quotes('a "b c" d') == "a       d"
    assert head_year("Posted 2021. Since 2014 the alliance ...") == 2021
    assert head_year("2255 views") is None
    assert is_iso_day("2022-02-04") and not is_iso_day("2022-2-4") and not is_iso_day("20220204")
    assert not is_iso_day("2022-02-30") and not is_iso_day(None)
