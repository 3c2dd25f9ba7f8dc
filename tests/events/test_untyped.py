"""Dated clauses that name no type of event: a happening of their date, or a state."""

from __future__ import annotations

import pytest

from timeline.events.clauses import split_clauses
from timeline.events.untyped import in_brackets, other_event
from timeline.language import Language, load_language
from timeline.model import Sentence


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _tells(nl: Language, text: str) -> bool:
    sentence = Sentence(0, 0, len(text), text)
    timexes = nl.tagger.tag(text, "2019-03-20", [sentence], 0)
    clause = split_clauses(nl.events, text, sentence, timexes)[0]
    own = [t for t in timexes if clause.start <= t.start < clause.end]
    return other_event(nl.events, text, clause, own, [], sentence.start)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("In 1907 deelde Moskou samen met de Britten Iran op.", True),
        ("Tot 1961 heette de stad Akmolinsk.", False),  # a state, dated
        ("In 2018 had de helft van de inwoners overgewicht.", False),  # a statistic
        # a figure estimated is a statistic; what the estimated number did is not
        ("In 2016 zijn er naar schatting 300 zeehonden geboren.", False),
        ("In 2016 vluchtten naar schatting duizend mensen de stad uit.", True),
        ("Dus in 2018.", False),  # too few words besides the date
        ("De stad telde veel inwoners.", False),  # no date of its own
        # what always held or recurred is a state or a habit; what is still so is not
        ("In 1997 was het land altijd neutraal.", False),
        ("Op zondag kwam hij dan altijd even langs.", False),
        # ... but what always held since a date tells the turn that began it
        ("Sinds 1979 was het land altijd neutraal.", True),
        ("In 1997 verliet de regering het nog altijd drukke Almaty.", True),
        # working somewhere and thinking something are states; a move beside them is not
        ("Vorig jaar werkten er zo'n driehonderd mensen.", False),
        ("In 2010 dachten we nog dat de fabriek zou blijven.", False),
        ("In 2010 werkte ze in Parijs en verhuisde ze naar Rome.", True),
        # what goes on up to now, told by "zijn" and a verb form after an article (an
        # adjective), is a state; a verb of its own tells the turn that began it
        ("Het land is al acht jaar een mislukte staat.", False),
        ("Het land voert al acht jaar een mislukte oorlog.", True),
        # what can be seen or visited is a state; what was done to do something is not
        ("De tentoonstelling is tot 7 april te zien in Utrecht.", False),
        ("Op 3 maart is het leger erin geslaagd de stad te veroveren.", True),
        ("Op 3 maart was hij naar Parijs gegaan om te praten.", True),
    ],
)
def test_a_dated_clause_tells_a_happening_unless_it_states(
    nl: Language, text: str, told: bool
) -> None:
    assert _tells(nl, text) is told


def test_a_date_in_brackets_is_an_aside() -> None:
    text = "Het boek (Het Hoogste Woord, maandag) verscheen."
    start = text.index("maandag")
    assert in_brackets(text, start, start + len("maandag"), 0, len(text))
    text = "Het boek verscheen maandag (in Utrecht)."
    start = text.index("maandag")
    assert not in_brackets(text, start, start + len("maandag"), 0, len(text))
