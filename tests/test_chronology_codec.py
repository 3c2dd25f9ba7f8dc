"""The chronology kept in the cache: compressed JSON lines, read back exactly."""

from __future__ import annotations

import shutil
import zlib

import pytest

from tests.conftest import SEEDS
from timeline.chronology_codec import MAGIC, decode_chronology, encode_chronology
from timeline.model import Chronology
from timeline.pipeline import build_chronology
from timeline.serialise import PayloadError, dumps


@pytest.fixture(scope="module")
def chronology(tmp_path_factory: pytest.TempPathFactory) -> Chronology:
    """The seeds' chronology, with an undated article of its own story so both lists hold events."""
    folder = tmp_path_factory.mktemp("corpus")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    (folder / "zz_undated.txt").write_text(
        "De burgemeester van Zwolle is gisteren opgepakt door de politie.\n", encoding="utf-8"
    )
    return build_chronology(folder)


def test_a_chronology_comes_back_equal(chronology: Chronology) -> None:
    payload = encode_chronology(chronology)
    assert zlib.decompress(payload).startswith(MAGIC)
    assert decode_chronology(payload) == chronology
    assert chronology.events and chronology.undated  # both lists were carried


def test_an_empty_chronology_comes_back_equal() -> None:
    empty = Chronology((), (), ())
    assert decode_chronology(encode_chronology(empty)) == empty


def test_one_json_document_from_an_older_cache_is_read(chronology: Chronology) -> None:
    old = zlib.compress(dumps(chronology).encode("utf-8"), 1)
    assert decode_chronology(old) == chronology


def test_a_damaged_payload_is_refused(chronology: Chronology) -> None:
    payload = encode_chronology(chronology)
    with pytest.raises(zlib.error):
        decode_chronology(payload[: len(payload) // 2])
    with pytest.raises(PayloadError):
        decode_chronology(zlib.compress(MAGIC + b"{}\nx{}\n"))
