"""The view's actor network and layout, on the seed build (no browser)."""

from __future__ import annotations

from pathlib import Path


def test_by_state_folds_ministers_into_their_states(seed_build):
    import kgraph
    from kgraph.views.network import ViewOptions, actor_network

    _, out = seed_build
    projection = kgraph.to_networkx(kgraph.load_graph(out))
    plain = actor_network(projection)
    folded = actor_network(projection, ViewOptions(by_state=True))
    label = {n.label: n for n in folded.nodes.values()}
    assert "Dmytro Kuleba" in {n.label for n in plain.nodes.values()}
    assert {"person"} & {n.type for n in folded.nodes.values()} == set()
    assert "Dmytro Kuleba" in label["Ukraine"].members and "Gabrielius Landsbergis" in label["Lithuania"].members
    pairs = {(frozenset((folded.nodes[e.source].label, folded.nodes[e.target].label)), e.family) for e in folded.edges}
    assert (frozenset(("Ukraine", "Lithuania")), "CONSULT") in pairs  # the two ministers' talks
    # every event stays in the details: the folded state holds its ministers' events too
    kuleba = next(n for n in plain.nodes.values() if n.label == "Dmytro Kuleba")
    assert set(kuleba.events) <= set(label["Ukraine"].events)
    assert any("Foreign Minister" in role for role in label["Ukraine"].roles)


def test_two_builds_of_one_graph_are_laid_out_alike(seed_build, tmp_path):
    import kgraph
    from kgraph.views.html import page_data

    _, out = seed_build
    kgraph.build([Path(__file__).resolve().parent.parent / "seeds"], tmp_path)
    first, _ = page_data(kgraph.to_networkx(kgraph.load_graph(out)))
    again, _ = page_data(kgraph.to_networkx(kgraph.load_graph(tmp_path)))
    where = lambda data: {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    assert where(first) == where(again) and len(set(where(first).values())) == len(first["nodes"])


def test_large_parts_are_laid_out_without_overlapping_nodes():
    import networkx as nx

    from kgraph.views.layout import SPACING, seeded_layout

    graph = nx.barabasi_albert_graph(1500, 1, seed=3)  # one part, larger than a force layout takes at once
    pos = seeded_layout(graph)
    assert len(pos) == 1500 and pos == seeded_layout(graph)
    cells = {(round(x / (SPACING / 4)), round(y / (SPACING / 4))) for x, y in pos.values()}
    assert len(cells) > 0.8 * len(pos)  # nodes spread out, not piled on each other (found: 86 %)


def test_every_family_the_legend_names_has_its_own_colour():
    from kgraph.views.html import FACT_COLOR, PLOVER_COLORS
    from kgraph.views.network import families

    colours = [PLOVER_COLORS.get(f, FACT_COLOR) for f in families()]
    assert len(set(colours)) == len(colours) == len(families())


def test_show_takes_the_views_options_and_a_subgraph(seed_build):
    import json
    import re
    from html import unescape

    import kgraph
    from kgraph.views.graph import ego_network

    _, out = seed_build
    projection = kgraph.to_networkx(kgraph.load_graph(out))

    def kinds(shown) -> set:
        page = unescape(shown._repr_html_().split('srcdoc="', 1)[1].split('"', 1)[0])
        data = json.loads(re.search(r"const DATA = (\{.*?\});\n", page).group(1))
        return {info["kind"] for info in data["nodeInfo"]}

    near = ego_network(projection, "Ukraine")
    assert kinds(kgraph.show(near)) <= {"country", "organisation", "person", "group"}
    assert "topic" in kinds(kgraph.show(near, with_topics=True))
    assert "person" not in kinds(kgraph.show(projection, by_state=True))


def test_communities_are_the_same_build_after_build_and_find_planted_groups():
    """Two builds of one graph, its events given in opposite orders, give the same communities; on groups
    planted with few events between them, each community found is (all but a few of) one planted group."""
    from collections import Counter

    import networkx as nx

    from kgraph.views.html import page_data
    from test_view_communities import GROUPS, MEMBERS, planted_projection

    projection = planted_projection()
    reverse = nx.MultiDiGraph()
    reverse.add_nodes_from(reversed(list(projection.nodes(data=True))))
    reverse.add_edges_from(reversed(list(projection.edges(keys=True, data=True))))
    first, _ = page_data(projection)
    again, _ = page_data(reverse)
    assert first["communities"] == again["communities"] and len(first["communities"]) == GROUPS
    members = [m for c in first["communities"] for m in c["members"]]
    assert len(members) == len(set(members)) == GROUPS * MEMBERS
    majorities = [Counter(int(m.split(":")[1]) // MEMBERS for m in c["members"]).most_common(1)[0]
                  for c in first["communities"]]
    assert {group for group, _ in majorities} == set(range(GROUPS))  # one community per planted group
    assert sum(count for _, count in majorities) >= 0.99 * GROUPS * MEMBERS  # found: 2,094 of 2,100
    assert first["collapsed"] is True  # more than 2,000 nodes


def test_how_the_page_opens_is_an_option_of_the_api_and_the_cli(seed_build, tmp_path):
    import json
    import re

    import pytest
    from click.testing import CliRunner

    import kgraph
    from kgraph.cli import cli
    from kgraph.views.network import ViewOptions

    _, out = seed_build
    opened = lambda path: json.loads(re.search(r"const DATA = (\{.*?\});\n", path.read_text()).group(1))["collapsed"]
    assert opened(kgraph.view(out, tmp_path / "auto.html").path) is False  # a small graph opens expanded
    assert opened(kgraph.view(out, tmp_path / "c.html", communities="collapsed").path) is True
    result = CliRunner().invoke(cli, ["view", "--graph", str(out), "-o", str(tmp_path / "cli.html"),
                                      "--communities", "collapsed"])
    assert result.exit_code == 0, result.output
    assert opened(tmp_path / "cli.html") is True
    with pytest.raises(ValueError, match="communities must be one of"):
        ViewOptions(communities="folded")


def test_a_collapsed_community_sits_where_its_members_are_drawn():
    """Each community's members are drawn in a block around its collapsed node (radius: twice that node's
    size), and no two blocks overlap, so expanding one draws its members in its place."""
    import math

    from kgraph.views.html import page_data
    from test_view_communities import planted_projection

    data, _ = page_data(planted_projection())
    where = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    blocks = [((c["x"], c["y"]), 2 * c["size"], c["members"]) for c in data["communities"]]
    for centre, radius, members in blocks:
        assert all(math.dist(where[m], centre) <= radius for m in members)
    for i, (a, ra, _) in enumerate(blocks):
        for b, rb, _ in blocks[i + 1:]:
            assert math.dist(a, b) >= ra + rb
