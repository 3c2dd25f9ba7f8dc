"""A cluster's terms and the measures of how alike two clusters' terms are."""

from __future__ import annotations

from timeline.events import clusters


def test_overlap_with_masses_computed_once_is_the_similarity() -> None:
    weight = {"raket": 2.5, "iran": 1.25, "drone": 0.1, "@Iran": 3.0}
    a, b = frozenset({"raket", "iran", "onbekend"}), frozenset({"iran", "drone", "@Iran"})
    common = a & b
    masses = clusters.mass(a, weight), clusters.mass(b, weight)
    assert clusters.overlap(common, *masses, weight) == clusters.similarity(a, b, weight)
    assert clusters.overlap(frozenset(), *masses, weight) == 0.0


def test_a_cluster_keeps_its_terms_sorted_without_repeats() -> None:
    own = ("aanslag", "utrecht", "@Nederland")
    assert clusters.union((), own) == ("@Nederland", "aanslag", "utrecht")
    ordered = tuple(sorted(own))
    assert clusters.union((), ordered) is ordered  # a mention's own tuple, not a copy
    assert clusters.union(ordered, iter(["tram", "aanslag"])) == (
        "@Nederland",
        "aanslag",
        "tram",
        "utrecht",
    )
    assert clusters.union(ordered, ("utrecht",)) is ordered
    assert clusters.union((), ("b", "a", "b")) == ("a", "b")


def test_marked_terms_are_found_in_sorted_terms() -> None:
    terms = ("#aanval", "#raket", "@Iran", "@Rusland", "drone", "iran")
    assert clusters.marked(terms, "@") == ("@Iran", "@Rusland")
    assert clusters.marked(terms, "#") == ("#aanval", "#raket")
    assert clusters.marked(("drone", "iran"), "@") == ()


def test_a_cluster_s_kinds_found_by_bisection_are_its_kinds() -> None:
    cluster = clusters.Cluster([], None, ("attack", "reported"))  # type: ignore[arg-type]
    for terms in (("#raket", "@Iran", "drone"), ("@Iran", "drone"), ()):
        cluster.terms = terms
        assert clusters.cluster_kinds(cluster) == clusters.kinds_of(terms)
