"""Publication days found in an article's own text.

Only the top of the text is read (HEAD characters): a date further down is
about events, not about when the article came out. Quoted speech is masked
before searching, and a date right after an event word ("on", "since",
"until", ...) is skipped, so "talks on February 10, 2022" is not taken. The
first dated sign in the head decides; when it cannot be made a full day
(a dateline with no usable year, "BRUSSELS, 3 (EUROPE PRESS)"), the answer
is None: a missing date is better than a wrong one.
"""
from __future__ import annotations

import re
from datetime import date

HEAD = 600
YEARS = range(1990, 2101)

MONTHS = {name: k for k, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}

# A month word is capitalised or upper case ("May" the month, not "may" the verb).
_MON = r"(?P<mon>[A-Z][a-zA-Z]{2,8})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# A dateline opens a line: a place of one to four capitalised words, then "." or ",".
_PLACE = r"^[ \t]*[A-Z][\w'’-]*(?:\.?[ \t]+[A-Z][\w'’-]*){0,3}[.,][ \t]+"
_END = r"(?=[ \t]*(?:[.,(/—–-]|$))"

FULL_DATES = [
    re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])"),
    re.compile(rf"\b{_MON}[ \t]+{_DAY},?[ \t]+{_YEAR}\b"),
    re.compile(rf"\b{_DAY}[ \t]+{_MON},?[ \t]+{_YEAR}\b"),
]
DATELINES = [
    re.compile(rf"{_PLACE}{_MON}[ \t]+{_DAY}{_END}", re.M),
    re.compile(rf"{_PLACE}{_DAY}[ \t]+{_MON}{_END}", re.M),
    re.compile(rf"{_PLACE}(?P<day>\d{{1,2}})[ \t]+\((?P<mon>)", re.M),  # day only: no month, never a date
]
QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)|„[^“”]*(?:[“”]|$)")
EVENT_WORDS = {"on", "since", "until", "till", "by", "before", "after", "from", "to", "between", "and",
               "of", "in", "at", "for", "through"}
PUBLISH_WORDS = {"published", "posted", "updated", "dated", "date", "released"}
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def iso_day(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD of a real calendar day in a plausible year, else None."""
    if year not in YEARS:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def is_iso_day(value: object) -> bool:
    """Whether value is a string YYYY-MM-DD naming a real day (any year)."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def mask_quotes(text: str) -> str:
    """The text with every quoted stretch (and an unclosed quote to the end)
    blanked out, same length, so dates a speaker mentions are not found."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def month_number(word: str) -> int | None:
    """1-12 for an English month name or abbreviation, else None."""
    return MONTHS.get(word.lower()) if word else None


def after_event_word(text: str, start: int) -> bool:
    """Whether the word before `start` makes a date an event's ("on March 3"),
    unless the word before that says it is the publication's ("published on")."""
    m = re.search(r"(?:([A-Za-z]+)[ \t]+)?([A-Za-z]+)[ \t]*$", text[max(0, start - 40):start])
    if not m or m[2].lower() not in EVENT_WORDS:
        return False
    return not (m[1] and m[1].lower() in PUBLISH_WORDS)


def head_year(head: str) -> int | None:
    """The year of the head when it names exactly one plausible year outside
    quotes; a year after an event word ("since 2014") or inside a full date
    (which is a sign of its own, often an event's) does not count. Else None."""
    for pattern in FULL_DATES:
        head = pattern.sub(lambda m: " " * len(m.group(0)), head)
    years = {int(m.group(0)) for m in YEAR.finditer(head)
             if int(m.group(0)) in YEARS and not after_event_word(head, m.start())}
    return years.pop() if len(years) == 1 else None


def _day_of(m: re.Match, year: int | None) -> str | None:
    """The ISO day a full date or dateline match names, year supplied or its own."""
    groups = m.groupdict()
    month = int(groups["month"]) if groups.get("month") else month_number(groups.get("mon") or "")
    year = int(groups["year"]) if groups.get("year") else year
    if month is None or year is None:
        return None
    return iso_day(year, month, int(groups["day"]))


def date_signs(head: str) -> list[tuple[int, int, str | None]]:
    """(position, rank, day or None) of each dated sign in a masked head:
    full dates rank before a dateline starting at the same month word."""
    signs = []
    for pattern in FULL_DATES:
        for m in pattern.finditer(head):
            if (m.groupdict().get("mon") is None or month_number(m["mon"])) and not after_event_word(head, m.start()):
                signs.append((m.start(), 0, _day_of(m, None)))
    year = head_year(head)
    for pattern in DATELINES:
        for m in pattern.finditer(head):
            if m["mon"] == "" or month_number(m["mon"]):  # "" is the day-only dateline
                signs.append((min(m.start("mon"), m.start("day")), 1, _day_of(m, year)))
    return sorted(signs, key=lambda s: s[:2])


def find_date(text: str) -> str | None:
    """The publication day (YYYY-MM-DD) the top of an article states: an ISO
    date, "February 4, 2022", "4 February 2022", "Feb. 4, 2022", or a dateline
    ("Riga. November 28.", "BRUSSELS, Nov 28 (Reuters) -") whose year is the
    one year the head names. None when the first sign is not a full day or
    there is none."""
    signs = date_signs(mask_quotes(text[:HEAD]))
    return signs[0][2] if signs else None
