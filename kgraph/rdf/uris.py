"""The one place that makes IRIs: stable across runs and processes for the same input.

>>> actor_iri("country:LTU")
rdflib.term.URIRef('https://w3id.org/kgraph/id/actor/country/LTU')
>>> article_iri("d01")
rdflib.term.URIRef('https://w3id.org/kgraph/id/article/d01')
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kgraph.config import BASE_IRI

__all__ = ["actor_iri", "article_iri", "event_iri", "node_iri", "time_iri", "safe_segment"]


def safe_segment(text: str) -> str:
    """An IRI path segment: ASCII letters, digits, ``-``, ``_`` and ``.``; others percent-encoded."""
    text = unicodedata.normalize("NFC", text.strip())
    text = re.sub(r"\s+", "-", text)
    return quote(text, safe="-_.") or "_"


def actor_iri(identifier: str) -> URIRef:
    """IRI of an actor, place, topic or role from its identifier (``kind:rest``)."""
    kind, _, rest = identifier.partition(":")
    if not rest:
        kind, rest = "topic", identifier
    group = "actor" if kind in ("country", "org", "person", "user", "group") else kind
    if group == "actor":
        return URIRef(f"{BASE_IRI}actor/{kind}/{'/'.join(safe_segment(p) for p in rest.split(':'))}")
    return URIRef(f"{BASE_IRI}{group}/{'/'.join(safe_segment(p) for p in rest.split(':'))}")


node_iri = actor_iri


def article_iri(article_id: str) -> URIRef:
    """IRI of an article (and of the named graph holding what it says)."""
    return URIRef(f"{BASE_IRI}article/{safe_segment(article_id)}")


def event_iri(doc: str, *parts: object) -> URIRef:
    """IRI of an event: a hash of what identifies it within its article."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in (doc, *parts)).encode("utf-8")).hexdigest()[:20]
    return URIRef(f"{BASE_IRI}event/{safe_segment(doc)}/{digest}")


def time_iri(date: str) -> URIRef:
    """IRI of a day as an OWL-Time instant."""
    return URIRef(f"{BASE_IRI}day/{safe_segment(date)}")
