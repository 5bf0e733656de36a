"""Dates of events: a date phrase resolved against the publication date, to the day or not at all.

dateparser does the parsing; what it lacks is added here: a weekday plus month and day fixes
the year even without a publication date, a bare weekday is taken in the direction the
event's tense points, and vague phrases ("last week", "in March") are refused.

>>> import datetime as dt
>>> resolve_date("Saturday, January 27", None)
'2024-01-27'
>>> resolve_date("on Monday", dt.date(2025, 1, 10), future=True)
'2025-01-13'
>>> resolve_date("yesterday", dt.date(2023, 11, 20))
'2023-11-19'
>>> resolve_date("last week", dt.date(2023, 11, 20)) is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from kgraph.nlp.wordlists import ordered, pairs

__all__ = ["resolve_date", "anchor_date"]

WEEKDAYS = ordered("weekdays")
MONTHS = ordered("months")
WEEKDAY_ABBREVIATIONS = ordered("weekday_abbreviations")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_RELATIVE_DAYS = {w: int(n) for w, n in pairs("relative_days").items()}
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS + WEEKDAY_ABBREVIATIONS) + r")\b\.?")
_MONTH_DAY_RE = re.compile(r"\b(" + "|".join(_MONTH_ABBR) + r")[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_DAY_MONTH_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + "|".join(_MONTH_ABBR) + r")[a-z]*\.?(?:,?\s+(\d{4}))?")
_RANGE_START_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*$")
_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _weekday_index(word: str) -> int:
    word = word.lower().rstrip(".")
    for i, name in enumerate(WEEKDAYS):
        if name.startswith(word[:3]):
            return i
    return -1


def _month_day(text: str) -> tuple[int, int, int | None] | None:
    for pattern, order in ((_MONTH_DAY_RE, "md"), (_DAY_MONTH_RE, "dm")):
        m = pattern.search(text)
        if m:
            if order == "md":
                month, day = _MONTH_ABBR[m.group(1)[:4] if m.group(1) == "sept" else m.group(1)[:3]], int(m.group(2))
            else:
                day, month = int(m.group(1)), _MONTH_ABBR[m.group(2)[:3]]
                first = _RANGE_START_RE.search(text[: m.start()])
                if first:  # "15-17 December 2024": a span of days starts on its first
                    day = int(first.group(1))
            year = int(m.group(3)) if m.group(3) else None
            if 1 <= day <= 31:
                return month, day, year
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_date(text: str, published: dt.date | None, future: bool | None = False) -> str | None:
    """Resolve a date phrase to ``YYYY-MM-DD``, or ``None`` when it does not give a day.

    ``published`` anchors relative phrases; ``future`` says the event is planned, so a bare
    weekday means the next one rather than the last one; ``None`` says no tense tells (a weekday naming a
    gathering: "Monday's talks"), so it is the nearest one.

    >>> [resolve_date("Monday", dt.date(2024, 4, day), future=None) for day in (21, 24)]
    ['2024-04-22', '2024-04-22']
    """
    lower = " ".join(text.lower().split())
    iso = _ISO_RE.search(lower)
    if iso:
        found = _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return found.isoformat() if found else None
    weekday_match = _WEEKDAY_RE.search(lower)
    weekday = _weekday_index(weekday_match.group(1)) if weekday_match else -1
    month_day = _month_day(lower)
    if month_day:
        month, day, year = month_day
        if year:
            found = _safe_date(year, month, day)
            return found.isoformat() if found else None
        if published is not None:
            return _nearest_year(month, day, published, future)
        if weekday >= 0:  # the weekday fixes the year: the latest such year not after today
            for year in range(dt.date.today().year, dt.date.today().year - 12, -1):
                found = _safe_date(year, month, day)
                if found and found.weekday() == weekday:
                    return found.isoformat()
        return None
    if published is None:
        return None
    for word, delta in _RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", lower):
            return (published + dt.timedelta(days=delta)).isoformat()
    if weekday >= 0:
        return _weekday_near(weekday, published, future, lower).isoformat()
    return _dateparser_day(lower, published, future)


def _nearest_year(month: int, day: int, published: dt.date, future: bool) -> str | None:
    candidates = [d for d in (_safe_date(published.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not candidates:
        return None
    best = min(candidates, key=lambda d: abs((d - published).days))
    return best.isoformat()


def _weekday_near(weekday: int, published: dt.date, future: bool | None, lower: str) -> dt.date:
    delta = (weekday - published.weekday()) % 7
    if re.search(r"\b(next|coming|upcoming)\b", lower):
        return published + dt.timedelta(days=delta or 7)
    if re.search(r"\blast\b", lower):
        return published - dt.timedelta(days=(7 - delta) % 7 or 7)
    if delta == 0:
        return published
    if future is None:  # the nearest: "Monday's visit" told on a Sunday is tomorrow's, told on a Wednesday Monday's
        return published + dt.timedelta(days=delta) if delta <= 3 else published - dt.timedelta(days=7 - delta)
    if future:
        return published + dt.timedelta(days=delta)
    return published - dt.timedelta(days=7 - delta)


@lru_cache(maxsize=4096)
def _dateparser_day(lower: str, published: dt.date, future: bool) -> str | None:
    """Other phrases with a day in them ("3 days ago", "12/03/2024"), through dateparser."""
    if not re.search(r"\d", lower) or re.search(r"\b(week|month|year|decade|century)s?\b", lower):
        return None
    if re.search(r"\b(day|hour)s?\b", lower) and not re.search(r"\b(ago|from now|hence)\b", lower):
        return None  # a length of time names no day: "within 30 days", "for 72 hours" (not "3 days ago")
    import dateparser

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": ["day", "month"],
        "STRICT_PARSING": False,
    }
    parsed = dateparser.parse(lower, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def anchor_date(texts: list[str]) -> dt.date | None:
    """A date that fixes the year for an article without publication date: the first full date found.

    >>> anchor_date(["They met on Saturday, January 27."])
    datetime.date(2024, 1, 27)
    """
    for text in texts:
        for m in re.finditer(r"[A-Z][a-z]+day,? [A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}", text):
            found = resolve_date(m.group(0), None)
            if found:
                return dt.date.fromisoformat(found)
    return None
