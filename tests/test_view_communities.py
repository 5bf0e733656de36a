"""Communities in the HTML view, in a real headless Chromium with every network request blocked: a large
graph opens with its communities collapsed, a click expands one, the buttons collapse and expand all, and
the date range and search keep working while collapsed."""

from __future__ import annotations

import pytest

from test_view_browser import hand_built_view, open_view, screen_point, visible_edges

GROUPS, MEMBERS = 30, 70  # 2,100 actors: above the size at which the page opens collapsed


def planted_projection(seed: int = 5):
    """An event projection of GROUPS tight groups of MEMBERS countries with few events between groups,
    one event per pair, dated over the first half of 2024 (one in ten undated)."""
    import random

    import networkx as nx

    rng = random.Random(seed)
    shape = nx.planted_partition_graph(GROUPS, MEMBERS, 0.1, 0.0004, seed=seed)
    graph = nx.MultiDiGraph()
    for n in sorted(shape):
        graph.add_node(f"country:{n}", label=f"Actor {n:04d}", type="country")
    for i, (a, b) in enumerate(sorted(shape.edges)):
        date = None if i % 10 == 0 else f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
        graph.add_edge(f"country:{a}", f"country:{b}", relation="meets_with", plover="CONSULT", date=date,
                       modality="asserted", evidence=f"Actor {a} met Actor {b}.", article=f"urn:test:{i}")
    return graph


@pytest.fixture(scope="module")
def large_view(tmp_path_factory):
    import kgraph

    projection = planted_projection()
    path = kgraph.write_html(projection, tmp_path_factory.mktemp("communities") / "large.html")
    return projection, path


def crossing_events(projection, page, first: str | None = None, last: str | None = None,
                    undated: bool = True) -> int:
    """Events between two communities the page collapsed (as Python counts them), dated in the range."""
    member = {m: i for i, c in enumerate(page.evaluate("DATA.communities")) for m in c["members"]}
    count = 0
    for a, b, data in projection.edges(data=True):
        if member.get(a) is None or member.get(b) is None or member[a] == member[b]:
            continue
        date = data["date"]
        count += undated if date is None else (first is None or first <= date <= last)
    return count


def link_events(page) -> int:
    return page.evaluate("[...shown.links.values()].reduce((sum, link) => sum + link.events, 0)")


def drawn_nodes(page) -> int:
    said = page.evaluate("window.kgraphView.nodes")
    assert page.evaluate("network.body.nodeIndices.length") == said
    return said


def loneliest_community(page) -> str:
    """The community node farthest from every other, so that a click on it hits it."""
    return page.evaluate("""() => {
        const c = DATA.communities;
        const gap = a => Math.min(...c.filter(b => b !== a).map(b => Math.hypot(a.x - b.x, a.y - b.y)));
        return c.reduce((best, a) => gap(a) > gap(best) ? a : best).id;
    }""")


def test_large_graph_opens_collapsed_and_a_click_expands_a_community(browser, large_view):
    projection, path = large_view
    page, requests, errors = open_view(browser, path, settled=True)
    view = page.evaluate("window.kgraphView")
    assert view["totalNodes"] == GROUPS * MEMBERS and view["communities"] == view["collapsed"] == GROUPS
    assert drawn_nodes(page) == GROUPS and page.evaluate("loaded.nodes.size") == 0  # no actor handed to vis yet
    assert visible_edges(page) == view["links"] > 0
    assert link_events(page) == crossing_events(projection, page)
    target = loneliest_community(page)
    members = page.evaluate("id => DATA.communities.find(c => c.id === id).members.length", target)
    point = screen_point(page, target)
    page.evaluate("network.once('animationFinished', () => { window.zoomed = true; })")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#details", state="visible")
    assert page.evaluate("window.kgraphPanel") == {"kind": "community", "id": target, "rows": 0,
                                                   "members": members}
    assert drawn_nodes(page) == GROUPS - 1 + members  # the community's node gives way to its members
    assert page.evaluate("window.kgraphView.collapsed") == GROUPS - 1
    inside = page.evaluate("id => network.getConnectedEdges(DATA.communities.find(c => c.id === id).members[0])"
                           ".filter(e => !e.startsWith('#link:')).length", target)
    assert inside > 0  # its members' own edges are drawn
    visible_edges(page)
    page.wait_for_function("window.zoomed === true", timeout=5_000)  # the view moved to the members
    member = page.evaluate("id => DATA.communities.find(c => c.id === id).members[0]", target)
    point = screen_point(page, member)
    page.mouse.click(point["x"], point["y"])
    panel = page.evaluate("window.kgraphPanel")
    assert panel["kind"] == "node" and panel["id"] in page.evaluate(
        "id => DATA.communities.find(c => c.id === id).members", target)
    assert "community: " in page.inner_text("#details")
    page.click("#details button.collapse-community")  # from a member's panel
    assert drawn_nodes(page) == GROUPS and page.evaluate("window.kgraphView.collapsed") == GROUPS
    assert errors == [] and all(url.startswith("file:") for url in requests)


def test_expand_all_and_collapse_all(browser, large_view):
    projection, path = large_view
    page, _, errors = open_view(browser, path, settled=True)
    page.click("#expand-all")
    view = page.evaluate("window.kgraphView")
    partnered = view["totalNodes"] - page.evaluate("DATA.isolated.length")
    assert view["collapsed"] == 0 and drawn_nodes(page) == partnered
    assert visible_edges(page) == view["totalEdges"] and view["links"] == 0
    page.click("#collapse-all")
    assert page.evaluate("window.kgraphView.collapsed") == GROUPS and drawn_nodes(page) == GROUPS
    assert visible_edges(page) == page.evaluate("window.kgraphView.links")
    assert page.evaluate("Object.values(network.body.edges).filter(e => !e.options.hidden && "
                         "!e.id.startsWith('#link:')).length") == 0  # the actors' edges are hidden again
    assert link_events(page) == crossing_events(projection, page)
    assert errors == []


def test_date_range_changes_the_links_while_collapsed(browser, large_view):
    projection, path = large_view
    page, _, errors = open_view(browser, path, settled=True)
    whole = visible_edges(page)
    page.uncheck("#undated")
    assert link_events(page) == crossing_events(projection, page, undated=False)
    page.click("#play")  # month by month: each month's events only
    page.wait_for_function("window.kgraphView.month === '2024-01'", timeout=5_000)
    page.click("#play")  # stop
    january = visible_edges(page)
    assert 0 < january < whole
    first, last = page.evaluate("[dates[state.from], dates[state.to]]")
    assert first.startswith("2024-01") and last.startswith("2024-01")
    assert link_events(page) == crossing_events(projection, page, first, last, undated=False)
    assert drawn_nodes(page) <= GROUPS
    assert errors == []


def test_search_opens_the_community_of_the_actor_it_finds(browser, large_view):
    _, path = large_view
    page, _, errors = open_view(browser, path, settled=True)
    page.fill("#search", "Actor 0123")
    view = page.evaluate("window.kgraphView")
    assert view["collapsed"] == GROUPS - 1
    assert page.evaluate("network.body.nodeIndices.includes('country:123')")
    page.fill("#search", "Actor 1")  # a thousand actors: their communities are marked, not opened
    assert page.evaluate("window.kgraphView.collapsed") == GROUPS - 1
    marked = page.evaluate("[...shown.found.keys()].filter(id => network.body.nodes[id].options.borderWidth === 4)")
    assert len(marked) == len(page.evaluate("[...shown.found.keys()]")) > 1
    page.fill("#search", "")
    assert page.evaluate("[...shown.found.keys()].length") == 0
    assert errors == []


def test_small_graph_opens_expanded_unless_asked(browser, seed_build, tmp_path):
    import kgraph

    _, out = seed_build
    page, _, _ = open_view(browser, out / "graph.html", settled=True)
    assert page.evaluate("window.kgraphView.collapsed") == 0
    summary = kgraph.view(out, tmp_path / "collapsed.html", communities="collapsed")
    page, _, errors = open_view(browser, summary.path, settled=True)
    view = page.evaluate("window.kgraphView")
    assert view["collapsed"] == view["communities"] > 0 and drawn_nodes(page) < summary.nodes
    assert page.is_visible("#community-box") and page.is_visible("#collapse-all")
    assert errors == []


def test_no_communities_box_without_a_collapsible_community(browser, tmp_path):
    """Two pairs of actors: no group of MIN_MEMBERS to collapse, so the side bar has no Communities box;
    the page otherwise works (both pairs drawn)."""
    path = hand_built_view(tmp_path, [("Chile", "meets_with", "Peru", "2024-01-27"),
                                      ("Norway", "criticizes", "Iceland", None)], communities="collapsed")
    page, _, errors = open_view(browser, path, settled=True)
    assert page.evaluate("window.kgraphView.communities") == 0
    assert page.is_hidden("#community-box") and page.is_hidden("#collapse-all")
    assert page.is_visible("#families") and drawn_nodes(page) == 4
    assert errors == []


def test_hostile_names_in_a_collapsed_community_stay_text(browser, tmp_path):
    payload = "<img src=x onerror=window.pwned=1>"
    path = hand_built_view(tmp_path, [(payload, "criticizes", "Poland", "2024-01-27"),
                                      ("Poland", "meets_with", "<script>window.pwned=2</script>", None),
                                      ("<script>window.pwned=2</script>", "visits", payload, "2024-02-01")],
                           communities="collapsed")
    page, _, errors = open_view(browser, path, settled=True)
    assert page.evaluate("window.kgraphView.collapsed") == 1
    community = page.evaluate("DATA.communities[0].id")
    assert payload in page.evaluate("id => network.body.nodes[id].options.title", community)
    point = screen_point(page, community)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#details", state="visible")
    assert payload in page.inner_text("#details")
    assert page.evaluate("window.pwned === undefined")
    assert page.evaluate("document.querySelectorAll('#details img, #side img, #details script').length") == 0
    assert errors == []
