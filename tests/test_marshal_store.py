"""A value kept as a marshal file: read back whole, in its own format, or not at all."""

from __future__ import annotations

from pathlib import Path

from timeline.marshal_store import (
    Kept,
    code_digest,
    read_kept,
    read_keyed,
    read_value,
    source_key,
    write_value,
)

MAGIC = b"timeline-test-1\n"
VALUE = (("1.0", "data.bin"), ("\nword\t12\n", "\n"), {("1", 2): 0.5})


def test_a_value_reads_back_in_its_own_format_only(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "value.marshal"
    assert write_value(path, MAGIC, VALUE)
    assert read_value(path, MAGIC) == VALUE
    assert read_value(path, b"timeline-other-1\n") is None


def test_a_damaged_or_missing_file_reads_as_nothing(tmp_path: Path) -> None:
    path = tmp_path / "value.marshal"
    assert read_value(path, MAGIC) is None
    write_value(path, MAGIC, VALUE)
    data = bytearray(path.read_bytes())
    data[-2] ^= 0x20
    path.write_bytes(bytes(data))
    assert read_value(path, MAGIC) is None


def test_an_unwritable_folder_stores_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    assert not write_value(blocker / "value.marshal", MAGIC, VALUE)


def test_the_source_key_follows_the_data_file(tmp_path: Path) -> None:
    data = tmp_path / "data.bin"
    data.write_bytes(b"one")
    first = source_key("1.0", data)
    data.write_bytes(b"two")
    assert source_key("1.0", data) != first
    assert source_key("1.1", data) != source_key("1.0", data)


def test_a_keyed_value_is_read_under_its_own_key_only(tmp_path: Path) -> None:
    path = tmp_path / "keyed.marshal"
    write_value(path, MAGIC, (("code", 1), {"a": 1}))
    assert read_keyed(path, MAGIC, ("code", 1)) == {"a": 1}
    assert read_keyed(path, MAGIC, ("code", 2)) is None
    assert read_kept(path, MAGIC, ("code", 1)) == {"a": 1}
    write_value(path, MAGIC, (("code", 1), ["not", "a", "dict"]))
    assert read_kept(path, MAGIC, ("code", 1)) == {}
    write_value(path, MAGIC, "no key")
    assert read_keyed(path, MAGIC, ("code", 1)) is None


def test_the_code_digest_follows_the_files_names_and_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "b.py").write_text("y = 2\n")
    first = code_digest(tmp_path, ("*.py",))
    assert code_digest(tmp_path, ("a.py", "b.py")) == first
    assert code_digest(tmp_path, ("a.py",)) != first
    (tmp_path / "b.py").write_text("y = 3\n")
    assert code_digest(tmp_path, ("*.py",)) != first


def test_a_kept_store_is_written_again_only_when_a_value_was_made(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    write_value(path, MAGIC, (("k",), {"old": 1, "stale": 2}))
    kept: Kept[int] = Kept(path, MAGIC, ("k",))
    assert kept.find("old") == 1
    kept.used["old"] = 1
    kept.close(limit=10)  # nothing made: the file stays as it was
    assert read_kept(path, MAGIC, ("k",)) == {"old": 1, "stale": 2}
    kept.used["new"] = 3
    kept.made = True
    kept.close(limit=10)  # the values it held and the one made
    assert read_kept(path, MAGIC, ("k",)) == {"old": 1, "stale": 2, "new": 3}


def test_a_full_kept_store_keeps_only_the_values_used(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    write_value(path, MAGIC, (("k",), {"a": 1, "b": 2}))
    kept: Kept[int] = Kept(path, MAGIC, ("k",))
    kept.used.update(a=1, c=3)
    kept.made = True
    kept.close(limit=2)  # a, b and c are more than 2: b, unused this time, goes
    assert read_kept(path, MAGIC, ("k",)) == {"a": 1, "c": 3}


def test_a_kept_store_without_a_path_writes_nothing(tmp_path: Path) -> None:
    kept: Kept[int] = Kept(None, MAGIC, ("k",))
    kept.used["a"] = 1
    kept.made = True
    kept.close(limit=10)
    assert kept.find("a") == 1
    assert list(tmp_path.iterdir()) == []
