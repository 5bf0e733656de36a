"""Publication dates from metadata: the forms news feeds use, read strictly.

Accepted: ISO 8601 (``2024-10-25``, ``2024-10-25T08:30:00Z``), ``2024/10/25``, ``October 25, 2024``,
``25 October 2024`` (month names in full or abbreviated, a leading weekday allowed) and RFC 2822 as
RSS feeds write it (``Fri, 25 Oct 2024 08:30:00 GMT``, read with :mod:`email.utils`). The date is
taken as written, in the time zone it was written in. Years have four digits. Numeric day/month
orders (``03/04/2024``) are refused: the same text is 3 April in most of the world and March 4 in
the United States, and a wrong guess would misdate every relative date of the article.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from email.utils import parsedate_tz

from kgraph.errors import InputError

log = logging.getLogger("kgraph")

__all__ = ["parse_published", "parse_date", "ACCEPTED_FORMS"]

#: The accepted forms, as the error message names them.
ACCEPTED_FORMS = ("'2024-10-25' (ISO 8601, a time may follow), '2024/10/25', 'October 25, 2024', "
                  "'25 October 2024', 'Fri, 25 Oct 2024 08:30:00 GMT' (RFC 2822)")

_MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for name in names}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?"
_MONTH = r"(?P<month>[a-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[a-z]{1,5}|[+-]\d{2}:?\d{2}))?)?"

_MONTH_FIRST = re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}$", re.IGNORECASE)
_DAY_FIRST = re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}{_TIME}$", re.IGNORECASE)
_SLASHED = re.compile(r"^(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})$")
_RFC2822 = re.compile(r"^(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
                      r"(?:\s+(?:[+-]\d{4}|[a-z]{1,5}))?$", re.IGNORECASE)
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ]\d{1,2}:\d{2}\S*(?: ?[a-z]{1,5})?)?$",
                  re.IGNORECASE)
_NUMERIC = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$")


def parse_date(value: str) -> dt.date:
    """The calendar date ``value`` names, in one of the accepted forms; ``ValueError`` saying why not.

    >>> [parse_date(v).isoformat() for v in ("2024-10-25T08:30:00Z", "Fri, 25 Oct 2024 08:30:00 GMT",
    ...                                      "October 25, 2024", "25 October 2024", "2024/10/25")]
    ['2024-10-25', '2024-10-25', '2024-10-25', '2024-10-25', '2024-10-25']
    >>> parse_date("03/04/2024")
    Traceback (most recent call last):
    ...
    ValueError: in numbers alone the order of day and month is ambiguous
    """
    text = " ".join(value.split())
    if _NUMERIC.match(text):
        raise ValueError("in numbers alone the order of day and month is ambiguous")
    iso = _ISO.match(text)
    if iso:  # the time that may follow is not needed, only the date as written
        return dt.date(int(iso.group("year")), int(iso.group("month")), int(iso.group("day")))
    if _RFC2822.match(text):
        parts = parsedate_tz(text)
        if parts is None:
            raise ValueError("not an RFC 2822 date")
        return dt.date(*parts[:3])
    match = _SLASHED.match(text) or _MONTH_FIRST.match(text) or _DAY_FIRST.match(text)
    if match is None:
        raise ValueError("not a form of date kgraph reads")
    month = match.group("month")
    month = int(month) if month.isdigit() else _MONTHS.get(month.lower())
    if month is None:
        raise ValueError(f"{match.group('month')!r} is not a month")
    return dt.date(int(match.group("year")), month, int(match.group("day")))


def parse_published(value: object, where: str, field: str | None = "'published'") -> str | None:
    """Return ``value`` as an ISO date string, ``None`` if absent; raise if it is not a date.

    ``where`` names the file and record (or the option) in the message, ``field`` what was read.
    A date more than a day in the future is dropped with a warning.

    >>> parse_published("2024-01-27T10:00:00Z", "x")
    '2024-01-27'
    >>> parse_published("Sat, 27 Jan 2024 10:00:00 +0000", "x")
    '2024-01-27'
    >>> parse_published(None, "x") is None
    True
    """
    if value in (None, ""):
        return None
    subject = f"{field} is not a date" if field else "not a date"
    if not isinstance(value, str):
        raise InputError("E101", path=where, reason=f"{subject}: {value!r}; accepted forms: {ACCEPTED_FORMS}")
    try:
        date = parse_date(value)
    except ValueError as exc:
        raise InputError("E101", path=where,
                         reason=f"{subject}: {value!r} ({exc}); accepted forms: {ACCEPTED_FORMS}") from None
    if date > dt.date.today() + dt.timedelta(days=1):
        # relative dates are resolved against it: a wrong one would misdate every event
        log.warning("%s: publication date %s is in the future; ignored", where, date.isoformat())
        return None
    return date.isoformat()
