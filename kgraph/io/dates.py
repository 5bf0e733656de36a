"""Publication dates from metadata: ISO strings, validated."""

from __future__ import annotations

import datetime as dt
import logging

from kgraph.errors import InputError

log = logging.getLogger("kgraph")

__all__ = ["parse_published"]


def parse_published(value: object, where: str) -> str | None:
    """Return ``value`` as an ISO date string, ``None`` if absent; raise if it is not a date.

    >>> parse_published("2024-01-27T10:00:00Z", "x")
    '2024-01-27'
    >>> parse_published(None, "x") is None
    True
    """
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError("E101", path=where, reason=f"'published' is not a date: {value!r}")
    try:
        date = dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError("E101", path=where, reason=f"'published' is not a date: {value!r}") from None
    if date > dt.date.today() + dt.timedelta(days=1):
        # relative dates are resolved against it: a wrong one would misdate every event
        log.warning("%s: publication date %s is in the future; ignored", where, date.isoformat())
        return None
    return date.isoformat()
