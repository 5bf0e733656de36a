"""networkx analyses over the seed graph."""

from __future__ import annotations

import pytest

from kgraph.views import graph as analyses


@pytest.fixture(scope="module")
def dataset(seed_build):
    import kgraph

    _, out = seed_build
    return kgraph.load_graph(out)


def test_actor_graph_keeps_only_actors(dataset):
    g = analyses.actor_graph(dataset)
    assert {d["type"] for _, d in g.nodes(data=True)} <= {"country", "organisation", "person", "group"}
    assert ("Dmytro Kuleba", "Gabrielius Landsbergis") in {(g.nodes[a]["label"], g.nodes[b]["label"])
                                                          for a, b in g.edges()}


def test_actor_topic_graph_links_lithuania_to_drone_production(dataset):
    g = analyses.actor_topic_graph(dataset)
    pairs = {(g.nodes[a]["label"], g.nodes[b]["label"]) for a, b in g.edges()}
    assert any(a == "Lithuania" and "drone production" == b for a, b in pairs | {(b, a) for a, b in pairs})


def test_time_slice_keeps_only_events_in_range(dataset):
    g = analyses.time_slice(analyses.to_networkx(dataset), "2024-01-25", "2024-01-25")
    assert g.number_of_edges() >= 1
    assert {d["date"] for _, _, d in g.edges(data=True)} == {"2024-01-25"}


def test_timeline_of_landsbergis_is_in_date_order(dataset):
    rows = analyses.timeline(analyses.to_networkx(dataset), "Gabrielius Landsbergis")
    dates = [r["date"] for r in rows if r["date"]]
    assert dates == sorted(dates) and dates[0] == "2024-01-25"


def test_path_between_kuleba_and_kyiv_goes_through_landsbergis(dataset):
    steps = analyses.shortest_path(analyses.to_networkx(dataset), "Dmytro Kuleba", "Kyiv")
    assert len(steps) == 2 and "Gabrielius Landsbergis" in steps[0] + steps[1]


def test_centrality_communities_and_balance(dataset):
    g = analyses.to_networkx(dataset)
    top = [label for label, _, _ in analyses.centrality(g, top=4)]
    assert "Lithuania" in top
    assert sum(len(c) for c in analyses.communities(g)) == g.number_of_nodes()
    balance = analyses.cooperation_balance(g)
    assert balance[("Dmytro Kuleba", "Gabrielius Landsbergis")][0] >= 1


def test_unknown_actor_is_a_clear_error(dataset):
    with pytest.raises(KeyError, match="no node labelled"):
        analyses.ego_network(analyses.to_networkx(dataset), "Atlantis")
