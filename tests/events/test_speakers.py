"""Names an article gives an official title, before or after the name."""

from __future__ import annotations

import pytest

from timeline.events.speakers import TitleCues, title_holders, titled_names

TITLES = frozenset({"premier", "minister", "woordvoerder", "generaal", "aanklager", "directeur"})
EXPERTS = frozenset({"onderzoeker", "kenner"})
LINKERS = frozenset({"van", "de", "het"})
SAYING = frozenset({"zei", "zegt"})


def names(text: str) -> frozenset[str]:
    return titled_names(text, TitleCues(TITLES, EXPERTS, LINKERS, SAYING, "nl"))


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Gisteren sprak premier Benjamin Netanyahu de pers toe.", "Netanyahu"),
        ("Het was minister van justitie William Barr die schreef.", "Barr"),
        ("Hij sprak met luitenant-generaal Gaed Salah over de eisen.", "Salah"),
        ("John Kirby, woordvoerder van het Pentagon, bevestigde het.", "Kirby"),
        ("Robert Mueller, de speciale aanklager, zweeg.", "Mueller"),
    ],
)
def test_a_title_names_the_person_beside_it(text: str, surname: str) -> None:
    assert surname in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "De minister heeft Jansen gebeld.",  # a verb between: Jansen holds no office
        "De minister sprak. Jansen zweeg.",  # another sentence
        "'Het is genoeg', zei Jansen, zei de minister.",  # a speaker's tail, no apposition
        "Deskundige Van Veen is somber.",  # not an office
    ],
)
def test_a_name_apart_from_a_title_is_not_titled(text: str) -> None:
    assert "Jansen" not in names(text) and "Veen" not in names(text)


def test_a_name_also_titled_an_expert_is_not_official() -> None:
    text = "Alex Vatanka, directeur van het instituut, is somber. Zo ziet onderzoeker Vatanka het."
    assert "Vatanka" not in names(text)


def test_the_kinds_of_words_are_kept_per_set_of_titles() -> None:
    # the same words classified against other titles and experts: no kind carried over
    text = "Zo ziet onderzoeker Vatanka het, zegt minister Jansen."
    assert names(text) == {"Jansen"}
    other = titled_names(
        text, TitleCues(frozenset({"onderzoeker"}), frozenset(), LINKERS, SAYING, "nl")
    )
    assert other == {"Vatanka"}


def test_a_compound_ending_in_a_head_is_a_title_only_when_heads_are_given() -> None:
    text = "Dat meldt politiewoordvoerder Alwin Don."
    assert "Don" not in names(text)
    heads = ("woordvoerder",)
    assert "Don" in titled_names(text, TitleCues(TITLES, EXPERTS, LINKERS, SAYING, "nl", heads))


def test_a_kind_of_organisation_names_only_the_name_after_it() -> None:
    kinds = ("dienst", "organisatie")
    text = "Dat meldt taxidienst Uber."
    assert "Uber" in titled_names(
        text, TitleCues(TITLES, EXPERTS, LINKERS, SAYING, "nl", (), kinds)
    )
    worker = "Dat is onzin, zegt Jan Smit, projectleider bij vredesorganisatie Pax."
    assert "Smit" not in titled_names(
        worker, TitleCues(TITLES, EXPERTS, LINKERS, SAYING, "nl", (), kinds)
    )


def test_a_title_given_to_one_name_holds_it() -> None:
    holders = title_holders(
        "Premier Jacinda Ardern sprak. Minister Blok en minister Grapperhaus zwegen.",
        TitleCues(TITLES, EXPERTS, LINKERS, SAYING, "nl"),
    )
    assert holders == {"premier": "Ardern"}  # two ministers: "de minister" names no one


def test_title_holders_take_compound_titles_as_titled_names_does() -> None:
    text = "Dat meldt politiewoordvoerder Alwin Don. Taxidienst Uber zweeg."
    heads, kinds = ("woordvoerder",), ("dienst",)
    holders = title_holders(text, TitleCues(TITLES, EXPERTS, LINKERS, SAYING, "nl", heads, kinds))
    assert holders == {"politiewoordvoerder": "Don"}  # a kind of organisation holds no title


def test_a_hyphenated_title_holds_the_name_it_opens_with() -> None:
    text = "Dat zegt de ING-woordvoerder. De Tesla-directeur zweeg. Oud-premier Kok ook."
    cues = TitleCues(TITLES, EXPERTS, LINKERS, SAYING, "nl")
    assert {"ING", "Tesla", "Kok"} <= titled_names(text, cues)
    assert "Oud" not in titled_names(text, cues)  # a capital opening a sentence names no one
    assert title_holders(text, cues) == {
        "woordvoerder": "ING",
        "directeur": "Tesla",
        "premier": "Kok",
    }


def test_a_plural_title_holds_no_name() -> None:
    # "de ministers" are several: the name before them is no minister's
    text = "Over de AOW, eisen de ministers meer. Premier Rutte zweeg."
    holders = title_holders(text, TitleCues(TITLES, EXPERTS, LINKERS, SAYING, "nl"))
    assert holders == {"premier": "Rutte"}


def test_a_determiner_alone_links_no_name_to_a_title() -> None:
    determiners = frozenset({"de", "het"})
    cues = TitleCues(TITLES, EXPERTS, LINKERS, SAYING, "nl", determiners=determiners)
    # the object after the title's verb ("verwijt de woordvoerder de Friezen") is not its holder
    assert title_holders("Ook verwijt de woordvoerder de Friezen te weinig hulp.", cues) == {}
    # after a preposition it links: "woordvoerder van de Bond"
    holders = title_holders("Dat zegt een woordvoerder van de Bond.", cues)
    assert holders == {"woordvoerder": "Bond"}


def test_a_title_that_is_another_word_for_one_is_keyed_by_it() -> None:
    same = frozenset({("zegsman", "woordvoerder")})
    cues = TitleCues(TITLES | {"zegsman"}, EXPERTS, LINKERS, SAYING, "nl", same=same)
    holders = title_holders("Zegsman Piet Baars van de bond zweeg.", cues)
    assert holders == {"woordvoerder": "Baars"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a first name with particles after it: the surname they open, as a saying is keyed
        ("Minister Anna van der Berg (Financiën) sprak.", "Van der Berg"),
        ("Minister Anna de Vries sprak.", "De Vries"),
        # a ministry after the name is none of it, nor is a longer name
        ("Minister Bos van Justitie sprak.", "Bos"),
        ("Minister Bos van Sociale Zaken sprak.", "Bos"),
    ],
)
def test_a_title_holds_the_surname_particles_open_after_a_first_name(
    text: str, holder: str
) -> None:
    cues = TitleCues(
        TITLES,
        EXPERTS,
        LINKERS,
        SAYING,
        "nl",
        particles=frozenset({"van", "de", "der"}),
        departments=frozenset({"Justitie", "Zaken"}),
    )
    assert title_holders(text, cues) == {"minister": holder}


def test_a_title_names_the_surname_particles_open_after_a_first_name() -> None:
    # the first name stays found (a saying's candidate starts there) and the surname is found
    cues = TitleCues(TITLES, EXPERTS, LINKERS, SAYING, "nl", particles=frozenset({"van", "der"}))
    found = titled_names("Volgens directeur Anna van der Berg van de bank groeit het.", cues)
    assert {"Anna", "Van der Berg", "Berg"} <= found
