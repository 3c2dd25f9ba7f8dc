"""A bucketed lemma dictionary answers every look-up as the dictionary it was made from."""

from __future__ import annotations

import pytest

from timeline.lemma_buckets import BucketedLemmas, bucket_dictionary, well_formed

DICTIONARY = {
    b"liepen": b"lopen",
    b"gebeurde": b"gebeuren",
    b"\xc3\xa9\xc3\xa9n": b"een",
    b"Amsterdam": b"Amsterdam",
    b"lopen": b"lopen",
    b"l": b"l",
}


@pytest.mark.parametrize("count", [1, 2, 8, 1 << 15])
def test_every_key_gives_its_value_and_no_other_key_gives_one(count: int) -> None:
    buckets = bucket_dictionary(DICTIONARY, count)
    assert buckets is not None and well_formed(buckets)
    lemmas = BucketedLemmas(buckets)
    for key, value in DICTIONARY.items():
        assert lemmas.get(key.decode()) == value.decode()
        assert lemmas[key.decode()] == value.decode()
        assert key.decode() in lemmas
    # parts, extensions and neighbours of keys, and what the lines are made of
    for other in ("liep", "iepen", "liepenx", "amsterdam", "", "\t", "\n", "lopen\tlopen", "o"):
        assert lemmas.get(other) is None
        assert lemmas.get(other, "fallback") == "fallback"
        assert other not in lemmas
        with pytest.raises(KeyError):
            lemmas[other]


def test_it_is_a_mapping_of_the_same_entries() -> None:
    buckets = bucket_dictionary(DICTIONARY, 4)
    assert buckets is not None
    lemmas = BucketedLemmas(buckets)
    assert len(lemmas) == len(DICTIONARY)
    assert dict(lemmas) == {k.decode(): v.decode() for k, v in DICTIONARY.items()}
    assert len(BucketedLemmas(bucket_dictionary({}, 4) or ())) == 0


@pytest.mark.parametrize(
    "entry", [(b"a\tb", b"c"), (b"a", b"b\tc"), (b"a\nb", b"c"), (b"a", b"\n")]
)
def test_an_entry_the_lines_cannot_carry_gives_no_buckets(entry: tuple[bytes, bytes]) -> None:
    assert bucket_dictionary({**DICTIONARY, entry[0]: entry[1]}) is None


def test_only_the_shape_bucket_dictionary_gives_is_well_formed() -> None:
    assert well_formed((b"\n",))
    for value in ((), [b"\n"], (b"\n", b"\n", b"\n"), (b"x",), ("\n",), None):
        assert not well_formed(value)
