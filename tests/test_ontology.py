"""The ontology declares every relation of the spec and every term the builder emits."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph, URIRef

from kgraph.config import data_path, ontology_path
from kgraph.rdf.ontology import KG, relation_property

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(ROOT / "ontology.ttl", format="turtle")


def spec_relations():
    with data_path("relations.tsv").open(encoding="utf-8") as handle:
        return [row["relation"] for row in csv.DictReader(handle, delimiter="\t")]


def test_package_copy_is_the_top_level_ontology():
    assert ontology_path().read_bytes() == (ROOT / "ontology.ttl").read_bytes()


def test_shipped_spec_is_the_shared_spec():
    shared = ROOT.parent / "shared" / "spec" / "relations.tsv"
    if not shared.exists():
        pytest.skip(f"shared spec not found at {shared}: nothing to compare with")
    assert data_path("relations.tsv").read_text() == shared.read_text()


@pytest.mark.parametrize("relation", spec_relations())
def test_every_spec_relation_has_a_property(ontology, relation):
    prop = relation_property(relation)
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert str(ontology.value(prop, KG.specName)) == relation


def test_symmetric_relations_are_owl_symmetric(ontology):
    assert (KG.meetsWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KG.visits, RDF.type, OWL.SymmetricProperty) not in ontology


def test_defined_namespace_matches_ontology(ontology):
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(str(KG._NS))}
    in_code = {str(KG._NS) + name for name in KG.__annotations__}
    assert declared == in_code


def test_everything_the_builder_emits_is_declared(ontology, seed_build):
    from kgraph.rdf.files import load_graph

    _, out = seed_build
    ds = load_graph(out)
    declared = set(ontology.subjects())
    ns = str(KG._NS)
    used = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        if g is not None and str(g.identifier if hasattr(g, "identifier") else g) == "https://w3id.org/kgraph/ontology":
            continue
        used |= {t for t in (p, o) if isinstance(t, URIRef) and str(t).startswith(ns)}
        if p == RDF.type:
            used.add(o)
    assert used, "the build emitted no ontology terms"
    assert {t for t in used if str(t).startswith(ns)} <= declared
    # classes used from other vocabularies are the standard ones
    assert all(str(t).startswith((ns, "http://www.w3.org/")) for t in used)
