"""Loading an event lexicon: bad files fail with the file, the YAML path and the fix; user
lexicons add and override types."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.errors import LexiconError
from timeline.events.lexicon_load import load_event_lexicon
from timeline.language import LANG_ROOT

NL = LANG_ROOT / "nl"


def _copy_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "nl"
    shutil.copytree(NL, folder)
    return folder


def test_missing_field_names_file_path_and_fix(tmp_path: Path) -> None:
    folder = _edited(tmp_path, lambda data: data["types"][3].pop("examples"))
    with pytest.raises(LexiconError) as caught:
        load_event_lexicon(folder)
    assert f"{folder / 'events.yaml'}: types[3].examples: field required; add it" in str(
        caught.value
    )


def _edited(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of the Dutch folder whose `events.yaml` has had `edit` applied."""
    folder = _copy_folder(tmp_path)
    data = yaml.safe_load((folder / "events.yaml").read_text(encoding="utf-8"))
    edit(data)
    (folder / "events.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def test_bad_pattern_is_reported(tmp_path: Path) -> None:
    folder = _edited(tmp_path, lambda data: data["types"][0].update(patterns=["(unclosed"]))
    with pytest.raises(
        LexiconError, match=r"types\[0\]\.patterns: .*not a valid regular expression"
    ):
        load_event_lexicon(folder)


def test_a_quotation_type_that_is_not_defined_is_reported(tmp_path: Path) -> None:
    folder = _edited(tmp_path, lambda data: data.update(quotation_type="utterance"))
    with pytest.raises(
        LexiconError, match=r"utterance named as a reporting, quotation, occasion or outcome"
    ):
        load_event_lexicon(folder)


def test_an_occasion_type_that_is_not_defined_is_reported(tmp_path: Path) -> None:
    folder = _edited(tmp_path, lambda data: data.update(occasion_types=["reception"]))
    with pytest.raises(LexiconError, match=r"reception named as a reporting"):
        load_event_lexicon(folder)


def test_a_bad_idiom_is_reported(tmp_path: Path) -> None:
    folder = _edited(tmp_path, lambda data: data.update(idioms=["(te koop"]))
    with pytest.raises(LexiconError, match=r"idioms: .*not a valid regular expression"):
        load_event_lexicon(folder)


def test_bad_actor_file_is_reported(tmp_path: Path) -> None:
    folder = _copy_folder(tmp_path)
    (folder / "actors.yaml").write_text("language: nl\nactors:\n  - name: Iran\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"actors\.yaml: actors\[0\]\.forms: field required"):
        load_event_lexicon(folder)


def test_user_lexicon_adds_and_overrides(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "types:\n"
        "  - name: vaccination\n"
        "    verbs: [vaccineren, inenten, in_enten]\n"
        "    examples: ['Het RIVM vaccineerde vorige week duizend kinderen.']\n"
        "  - name: delivery\n"
        "    verbs: [bezorgen]\n"
        "    examples: ['De post bezorgde het pakket gisteren.']\n",
        encoding="utf-8",
    )
    lexicon = load_event_lexicon(NL, user)
    assert lexicon.type_names()[0] == "vaccination"
    assert {t.type for t in lexicon.triggers("De GGD entte de kinderen in.")} == {"vaccination"}
    assert "delivery" in {t.type for t in lexicon.triggers("De post bezorgde het pakket.")}
    assert "delivery" not in {t.type for t in lexicon.triggers("Iran levert drones.")}


def test_user_lexicon_with_unknown_key(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("types:\n  - name: x\n    verbz: [a]\n    examples: [a]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"mine\.yaml: types\[0\]\.verbz: unknown key"):
        load_event_lexicon(NL, user)


def test_duplicate_user_types_are_refused(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "types:\n  - {name: x, verbs: [a], examples: [a]}\n"
        "  - {name: x, verbs: [b], examples: [b]}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"types\[1\]\.name: 'x' is defined twice"):
        load_event_lexicon(NL, user)


def test_a_pattern_asking_for_a_capital_is_reported(tmp_path: Path) -> None:
    folder = _edited(tmp_path, lambda data: data["types"][0].update(patterns=[r"stemde [A-Z]\w+"]))
    with pytest.raises(LexiconError, match=r"types\[0\]\.patterns: .*'A-Z'.*lower case"):
        load_event_lexicon(folder)
