"""The day a report was written, from its dateline, and the day that anchors an article's relative dates.

A wire report opens with a dateline: "KYIV, Jan 12 (Reuters) -", "Riyadh, September 11, 2024 -",
"Tokyo, Jan. 10 (Jiji Press)--". Its date is the day the report was written, the day that "on Friday" and
"yesterday" are counted from. A dateline date without a year takes it from the publication date (the nearest
such day), else from today (the latest such day not after it).

>>> import datetime as dt
>>> dateline_day("KYIV, Jan 12 (Reuters) - Ukraine said ...", dt.date(2024, 1, 13))
datetime.date(2024, 1, 12)
>>> dateline_day("Riyadh, September 11, 2024 — The two ministers met ...", None)
datetime.date(2024, 9, 11)
>>> dateline_day("Ukraine said on Friday ...", None) is None
True
"""

from __future__ import annotations

import datetime as dt
import re

from kgraph.nlp.dates.resolve import anchor_date, resolve_date

__all__ = ["dateline_day", "dateline_end", "article_anchor"]

_MONTH_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?"
_DAY_MONTH = r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?(?:,? \d{4})?"
# a place (and its country or state), a comma, the date, an agency in brackets, then a dash
# (places may be joined by a slash: "WARSAW/KYIV, Sept 19 (Reuters) -"; the agency's bracket may close with a
# full stop: "Riga, Latvia, Mar 18 (EFE).-")
_DATELINE = re.compile(rf"^[A-Z][\w.’'/ -]{{1,30}}?(?:, [A-Z][\w.’' ]{{1,25}})?,? (?P<date>{_MONTH_DAY}|{_DAY_MONTH})"
                       r"(?: \([^)]{1,40}\)\.?)?\s*(?:--|—|–|-)")
# a report is published on the day of its dateline or a day or two later
LATEST_PUBLICATION = 2


def dateline_day(text: str, published: dt.date | None, today: dt.date | None = None) -> dt.date | None:
    """The date of the dateline that opens ``text``, or None when it opens with none (or one without a date).

    A date without a year is the one nearest ``published``; without a publication date, the latest such day
    not after ``today`` (the reading of a report just out):

    >>> dateline_day("MANILA, Oct 9 (AFP) - ...", None, today=dt.date(2025, 3, 1))
    datetime.date(2024, 10, 9)
    >>> dateline_day("Nairobi, 3 May 2024 - Kenya ...", dt.date(2024, 5, 4))
    datetime.date(2024, 5, 3)
    """
    found = _DATELINE.match(text.lstrip())
    if found is None:
        return None
    phrase = found.group("date")
    day = resolve_date(phrase, published)
    if day is None and published is None:
        today = today or dt.date.today()
        for year in (today.year, today.year - 1):
            day = resolve_date(f"{phrase} {year}", None)
            if day and day <= today.isoformat():
                break
            day = None
    return dt.date.fromisoformat(day) if day else None


def dateline_end(text: str) -> int | None:
    """Where the dated dateline that opens ``text`` ends (a character offset), or None when it opens with none.

    >>> dateline_end("WARSAW/KYIV, Sept 19 (Reuters) - Ukraine said ...")
    32
    >>> dateline_end("Ukraine said on Friday ...") is None
    True
    """
    stripped = text.lstrip()
    found = _DATELINE.match(stripped)
    return found.end() + len(text) - len(stripped) if found else None


def article_anchor(published: dt.date | None, body: str, texts: list[str]) -> dt.date | None:
    """The day an article's relative dates count from: its dateline's day where the report was published that
    day or up to two days later (or where it has no publication date), else the publication date, else the
    first full date its text gives (``texts``: the headline and paragraphs).

    >>> article_anchor(dt.date(2024, 1, 13), "KYIV, Jan 12 (Reuters) - ...", [])
    datetime.date(2024, 1, 12)
    >>> article_anchor(dt.date(2024, 3, 1), "KYIV, Jan 12 (Reuters) - ...", [])
    datetime.date(2024, 3, 1)
    >>> article_anchor(None, "They met on Saturday, January 27.", ["They met on Saturday, January 27."])
    datetime.date(2024, 1, 27)
    """
    day = dateline_day(body, published)
    if published is None:
        return day or anchor_date(texts)
    if day is not None and 0 <= (published - day).days <= LATEST_PUBLICATION:
        return day
    return published
