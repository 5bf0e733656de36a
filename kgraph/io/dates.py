"""Publication dates from metadata: ISO strings, validated."""

from __future__ import annotations

import datetime as dt

from kgraph.errors import InputError

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
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise InputError("E101", path=where, reason=f"'published' is not a date: {value!r}") from None
