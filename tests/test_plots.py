"""Pictures of a graph: the rows they draw, and figures that come out (Agg backend, no display)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "notebooks" / "data" / "reports.jsonl"

matplotlib = pytest.importorskip("matplotlib", reason="matplotlib is not installed (pip install -e '.[dev]')")
matplotlib.use("Agg")


@pytest.fixture(scope="module")
def reports():
    """The walkthrough's four reports, built: the dataset and its networkx projection."""
    import kgraph

    dataset = kgraph.build_graph(list(kgraph.extract(REPORTS)), list(kgraph.read_articles(REPORTS)))
    return dataset, kgraph.to_networkx(dataset)


def test_roles_query_maps_officials_to_the_state_they_serve(reports):
    import kgraph

    dataset, _ = reports
    rows = kgraph.query(dataset, "roles").rows
    assert {"person": "Xi Jinping", "role": "President of China", "of": "China"} in rows
    assert {"person": "Vladimir Putin", "role": "President of Russia", "of": "Russia"} in rows


def test_relation_rows_count_officials_for_their_state_and_date_undated_events_by_the_report(reports):
    import kgraph
    from kgraph.views.plots import relation_rows

    dataset, graph = reports
    stands_for = {r["person"]: r["of"] for r in kgraph.query(dataset, "roles").rows if r["of"]}
    rows = relation_rows(graph, "China", stands_for=stands_for)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert {r["other"] for r in rows} >= {"Japan", "South Korea", "Russia", "Kazakhstan", "Philippines",
                                          "United States"}
    assert "China" not in {r["other"] for r in rows} and "Xi Jinping" not in {r["other"] for r in rows}
    putin = [r for r in rows if r["other"] == "Russia"]
    assert [(r["subject"], r["relation"], r["object"], r["date"], r["dated"]) for r in putin] == \
        [("Xi Jinping", "meets_with", "Vladimir Putin", "2024-07-03", True)]
    assert all(r["relation"] not in ("holds_role", "member_of") for r in rows)
    assert any(r["outgoing"] for r in rows) and any(not r["outgoing"] for r in rows)
    # without the mapping, China's own events alone: no meeting with Putin, which Xi held
    assert "Vladimir Putin" not in {r["other"] for r in relation_rows(graph, "China")}


def test_relations_over_time_draws_a_row_per_counterpart(reports, tmp_path):
    import kgraph
    from kgraph.views.plots import relation_rows, relations_over_time

    dataset, graph = reports
    stands_for = {r["person"]: r["of"] for r in kgraph.query(dataset, "roles").rows if r["of"]}
    ax = relations_over_time(graph, "China", stands_for=stands_for)
    counterparts = {r["other"] for r in relation_rows(graph, "China", stands_for=stands_for)}
    assert {t.get_text() for t in ax.get_yticklabels()} == counterparts
    assert sum(len(c.get_offsets()) for c in ax.collections) == len(relation_rows(graph, "China", stands_for=stands_for))
    assert ax.get_title() == "China: relations over time"
    ax.figure.savefig(tmp_path / "china.png")
    assert (tmp_path / "china.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_draw_network_labels_every_node_and_gives_the_same_picture_twice(reports):
    import matplotlib.pyplot as plt

    from kgraph.views.plots import draw_network

    _, graph = reports
    first = draw_network(graph)
    labels = {t.get_text() for t in first.texts}
    assert labels == {graph.nodes[n]["label"] for n in graph}
    positions = sorted((t.get_text(), t.get_position()) for t in first.texts)
    second = draw_network(graph)
    assert sorted((t.get_text(), t.get_position()) for t in second.texts) == positions
    plt.close("all")


def test_a_query_result_shows_itself_in_jupyter_as_an_escaped_html_table(reports):
    import kgraph

    dataset, _ = reports
    result = kgraph.query(dataset, "roles")
    table = result._repr_html_()
    assert table.startswith('<table class="kgraph-result"><thead><tr><th>person</th><th>role</th><th>of</th>')
    assert table.count("<tr>") == len(result.rows) + 1 and f"<p>{len(result.rows)} rows</p>" in table


def test_an_event_the_text_leaves_undated_is_placed_at_its_articles_publication_date():
    import kgraph
    from kgraph.model import Article, Event
    from kgraph.views.plots import relation_rows

    articles = [Article(id="a1", title="", text="x", published="2024-03-02"),
                Article(id="a2", title="", text="y", published="2024-03-09")]
    events = [Event(doc="a1", actor="Chile", actor_type="country", relation="meets_with", object="Peru",
                    object_type="country", actor_id="country:CHL", object_id="country:PER", date="2024-03-01"),
              Event(doc="a2", actor="Peru", actor_type="country", relation="criticizes", object="Chile",
                    object_type="country", actor_id="country:PER", object_id="country:CHL")]
    graph = kgraph.to_networkx(kgraph.build_graph(events, articles))
    assert {data["published"] for _, _, data in graph.edges(data=True)} == {"2024-03-02", "2024-03-09"}
    rows = relation_rows(graph, "Chile")
    assert [(r["relation"], r["date"], r["dated"], r["outgoing"], r["kind"]) for r in rows] == [
        ("meets_with", "2024-03-01", True, True, "cooperative"),
        ("criticizes", "2024-03-09", False, False, "conflictual")]
