"""Word rarity: common words weigh little in linking, rare words and names fully."""

from __future__ import annotations

from timeline.events.rarity import lists_version, uniform, word_rarity


def test_common_words_weigh_less_than_rare_ones() -> None:
    rarity = word_rarity("nl")
    assert rarity("doen") == 0.0
    assert 0.0 < rarity("crash") < 1.0
    assert rarity("klimaatwet") > rarity("crash")
    assert rarity("@Verenigde Staten") == 1.0  # actors are never discounted


def test_a_language_without_lists_weighs_every_word_the_same() -> None:
    assert word_rarity("xx") is uniform
    assert uniform("doen") == 1.0


def test_the_lists_version_is_known() -> None:
    assert lists_version() != "none"
