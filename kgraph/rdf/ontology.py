"""The ontology's terms as an rdflib ``DefinedNamespace``: a typo is an error, not a new IRI.

Kept in step with ``ontology.ttl`` by a test.

>>> KG.Event
rdflib.term.URIRef('https://w3id.org/kgraph/ontology#Event')
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["KG", "relation_property"]


class KG(DefinedNamespace):
    """kgraph ontology terms."""

    _NS = Namespace("https://w3id.org/kgraph/ontology#")
    _fail = True

    Actor: URIRef
    Article: URIRef
    Asserted: URIRef
    Country: URIRef
    Event: URIRef
    Fact: URIRef
    Group: URIRef
    Hoped: URIRef
    Modality: URIRef
    Negated: URIRef
    Occurrence: URIRef
    Organisation: URIRef
    Person: URIRef
    Place: URIRef
    Planned: URIRef
    RelationProperty: URIRef
    Role: URIRef
    Statement: URIRef
    Topic: URIRef
    actor: URIRef
    agreesOn: URIRef
    attacks: URIRef
    callsFor: URIRef
    cameoRoot: URIRef
    code: URIRef
    confidence: URIRef
    contentHash: URIRef
    cooperatesOn: URIRef
    criticizes: URIRef
    date: URIRef
    discusses: URIRef
    evidence: URIRef
    evidenceEnd: URIRef
    evidenceSection: URIRef
    evidenceStart: URIRef
    eventCount: URIRef
    holdsRole: URIRef
    hosts: URIRef
    identifier: URIRef
    inCountry: URIRef
    isoCode: URIRef
    kgraphVersion: URIRef
    kind: URIRef
    location: URIRef
    meetsWith: URIRef
    memberOf: URIRef
    modality: URIRef
    model: URIRef
    object: URIRef
    occurrenceCount: URIRef
    ploverCategory: URIRef
    providesAidTo: URIRef
    rejects: URIRef
    relation: URIRef
    report: URIRef
    roleOf: URIRef
    roleTitle: URIRef
    sanctions: URIRef
    seeksMembershipIn: URIRef
    signs: URIRef
    source: URIRef
    sourceCount: URIRef
    specName: URIRef
    supports: URIRef
    threatens: URIRef
    time: URIRef
    visits: URIRef


def relation_property(relation: str) -> URIRef:
    """The property IRI of a relation name from ``relations.tsv``.

    >>> relation_property("seeks_membership_in")
    rdflib.term.URIRef('https://w3id.org/kgraph/ontology#seeksMembershipIn')
    """
    first, *rest = relation.split("_")
    return KG[first + "".join(part.title() for part in rest)]
