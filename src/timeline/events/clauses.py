"""Cut a sentence into clauses: at semicolons, dashes, a colon before a lower-case word,
clause-opening words, a coordinator before a new subject, and around a relative clause set
inside another ("Turkije, | dat sinds 1975 ..., | waarschuwde")."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from timeline.events.lexicon import EventLexicon
from timeline.events.titles import QUOTES
from timeline.events.words import Word, words_of
from timeline.model import Sentence, Timex


class Clause(NamedTuple):
    """A clause of a sentence, as offsets into the article text (a named tuple: a sentence
    makes one or more, and a tuple is cheaper to build than a frozen dataclass)."""

    start: int
    end: int
    #: Set inside another clause by a relative pronoun ("Turkije, | dat sinds 1975 ... |,
    #: waarschuwde"): its dates are its own, no other clause borrows them.
    embedded: bool = False
    #: Where the clause this one goes on from starts, past one set inside it ("Turkije, |
    #: dat ..., | waarschuwde"): its subject stands there.
    outer: int | None = None
    #: "precedes" for a clause opened by a word like "nadat" (what it tells happened before
    #: the clause it hangs on), "follows" for one like "voordat"; None for the rest.
    side: str | None = None


def split_clauses(
    lexicon: EventLexicon, text: str, sentence: Sentence, timexes: Sequence[Timex]
) -> list[Clause]:
    """Cut a sentence into clauses at semicolons, dashes, a colon before a lower-case word
    ("...: zo kreeg zij") and clause-opening words."""
    cuts = {sentence.start, sentence.end}
    body = sentence.text
    inside: list[tuple[int, int]] = []
    said: set[int] = set()  # cuts before a saying of the clause before's subject
    for match in lexicon.clause_cut.finditer(body):
        at = match.start("at")
        cuts.add(sentence.start + at)
        close = _embedded_end(lexicon, body, match.group(0), at)
        if close is not None:
            cuts.add(sentence.start + close)
            inside.append((sentence.start + at, sentence.start + close))
    if lexicon.preposed_relative is not None:
        # "21 gedetineerden | van wie de risicoanalyses ...": the clause starts at the preposition
        for match in lexicon.preposed_relative.finditer(body):
            before = body.rfind(" ", 0, match.start()) + 1
            if body[before : match.start()].lower() in lexicon.prepositions:
                cuts.add(sentence.start + before)
    for match in lexicon.coordinator.finditer(body):
        after = sentence.start + match.end()
        before = sentence.start + match.start("at")
        # "tussen 1992 en 1996", "maandag en dinsdag", "januari tot en met april": two dates
        # joined, not two clauses
        if any(0 <= before - t.end <= 1 for t in timexes) or _range_link(
            lexicon, text, timexes, before, after
        ):
            continue
        # "en in 1907 deelde Moskou ...", "en België stelde ...": a clause of its own
        dated = any(0 <= t.start - after <= 12 and t.type in ("DATE", "TIME") for t in timexes)
        if dated or (
            text[after : after + 1].isupper() and _new_subject(lexicon, text, cuts, before, after)
        ):
            cuts.add(before)
        elif _saying_besides(lexicon, text, cuts, before, after, sentence.start):
            cuts.add(before)
            said.add(before)
    fronted = _fronted_end(lexicon, text, sentence)
    if fronted is not None:
        cuts.add(fronted)
    ordered = sorted(cuts)
    clauses: list[Clause] = []
    for start, end in pairwise(ordered):
        cut = start
        while start < end and (text[start].isspace() or text[start] in ",;:–—"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—"):
            end -= 1
        if end > start:
            if clauses and _lone_condition(lexicon, text, clauses[-1]):
                # "Als | dat mislukt, dan ...": the pronoun opened no clause of its own here
                clauses[-1] = clauses[-1]._replace(end=end)
                continue
            if clauses and clauses[-1].end < start and _object_pronoun(lexicon, text, start, end):
                # "Hij wil | dat graag, maar ...": the pronoun is the object, no clause opens
                clauses[-1] = clauses[-1]._replace(end=end)
                continue
            embedded = bool(inside) and any(a <= start and end <= b for a, b in inside)
            outer = None
            if clauses and clauses[-1].embedded and not embedded:
                outer = next((c.start for c in reversed(clauses) if not c.embedded), None)
            elif clauses and cut in said:
                outer = clauses[-1].start  # its subject stands in the clause before
            clauses.append(Clause(start, end, embedded, outer, _side(lexicon, text, start, end)))
    return clauses


def _range_link(
    lexicon: EventLexicon, text: str, timexes: Sequence[Timex], before: int, after: int
) -> bool:
    """Whether a coordinator at `before`..`after` is part of a link of several words between
    two expressions ("januari | tot en met | april")."""
    links = lexicon.cues.range_links
    ends = [t.end for t in timexes if t.end <= before]
    starts = [t.start for t in timexes if t.start >= after]
    if not ends or not starts:
        return False
    return " ".join(text[max(ends) : min(starts)].split()) in links


def _lone_condition(lexicon: EventLexicon, text: str, clause: Clause) -> bool:
    """Whether a clause is a word of condition alone, cut off from its clause by the pronoun
    after it ("Als | dat mislukt"; the pronoun opens a clause elsewhere: "zei | dat")."""
    return text[clause.start : clause.end].strip(QUOTES + ",").lower() in lexicon.conditionals


#: The most words a clause opened by a complementiser may hold to be read as its pronoun
#: and what follows it ("dat graag", "dat niet meer").
_PRONOUN_WORDS = 4


def _object_pronoun(lexicon: EventLexicon, text: str, start: int, end: int) -> bool:
    """Whether a short clause opened by a complementiser right after a finite verb ends at a
    comma or the sentence's end with no subject after that word: the word is a pronoun or a
    determiner, the object of that verb ("wil | dat graag,", "heb | dat toegezegd."), not
    the opening of a clause ("wil | dat hij komt", "vindt | dat ook de raad ...")."""
    words = words_of(text, start, end, lexicon.language)
    if not 1 < len(words) <= _PRONOUN_WORDS or words[0].lower not in lexicon.complementisers:
        return False
    # right after a finite verb: not a relative pronoun after its noun ("het projectiel | dat
    # insloeg."), nor a clause after an infinitive ("te hebben | dat gegevens ...")
    before = words_of(text, max(0, start - 40), start, lexicon.language)[-1:]
    if not before or not inflected_verb(before[0], lexicon.infinitive_endings):
        return False
    following = words[1]
    return not (
        following.text[:1].isupper()
        or following.text[:1].isdigit()
        or following.lower in lexicon.condition_subjects
    ) and (text[end : end + 1] == "," or text[start:end].rstrip(QUOTES).endswith("."))


def _opening_word(text: str, start: int, end: int) -> str:
    """The lower-cased first word of `text[start:end]`, without quotes ("" for none)."""
    head = text[start : min(end, start + 20)].split(None, 1)
    return head[0].strip(QUOTES).lower() if head else ""


def _side(lexicon: EventLexicon, text: str, start: int, end: int) -> str | None:
    """Whether a clause's opening word says it happened before ("nadat") or after
    ("voordat") the clause it hangs on."""
    if not (lexicon.earlier or lexicon.later):
        return None
    word = _opening_word(text, start, end)
    if word in lexicon.earlier:
        return "precedes"
    return "follows" if word in lexicon.later else None


def _fronted_end(lexicon: EventLexicon, text: str, sentence: Sentence) -> int | None:
    """Where a sentence's opening subordinate clause ends: at the first comma before a verb
    ("Nadat de man op 5 maart was opgepakt, | werd hij ...", "Omdat ..., | begon ...")."""
    if _opening_word(text, sentence.start, sentence.end) not in lexicon.fronted:
        return None
    comma = text.find(",", sentence.start, sentence.end)
    endings = lexicon.infinitive_endings
    while comma >= 0:
        after = words_of(text, comma + 1, min(sentence.end, comma + 40), lexicon.language)
        if after and (
            after[0].lower in lexicon.verb_cluster_words or inflected_verb(after[0], endings)
        ):
            return comma + 1
        comma = text.find(",", comma + 1, sentence.end)
    return None


def _new_subject(lexicon: EventLexicon, text: str, cuts: set[int], before: int, after: int) -> bool:
    """Whether a coordinator joins two clauses, each with a verb of its own, the second
    opening with a name and its verb ("Volgende maand beslissen de Britten ... | en België
    stelde een onderzoek in"), not two names of one clause ("Iran en Rusland leverden")."""
    right = words_of(text, after, min(len(text), after + 60), lexicon.language)[:3]
    # the name, of one or two capitalised words, and right after it the second clause's verb
    name = 2 if len(right) > 2 and right[1].text[:1].isupper() else 1
    if len(right) <= name or not right[name - 1].text[:1].isupper():
        return False
    endings = lexicon.infinitive_endings

    def verb(word: Word) -> bool:
        return word.lower in lexicon.verb_cluster_words or inflected_verb(word, endings)

    if not verb(right[name]) or text[right[name - 1].end : right[name].start].strip():
        return False
    start = max(c for c in cuts if c <= before)
    left = words_of(text, start, before, lexicon.language)
    # a name of several words holds the coordinator ("de Nationaal Coördinator
    # Terrorismebestrijding en Veiligheid waarschuwt"), so does a list of names
    return bool(left) and left[-1].text.islower() and any(map(verb, left))


def _saying_besides(
    lexicon: EventLexicon, text: str, cuts: set[int], before: int, after: int, start: int
) -> bool:
    """Whether a coordinator joins a main clause with a verb and a verb of saying of the same
    subject ("Frankrijk haalde vorige maand vijf kinderen terug | en zegt ..."): the saying is
    a clause of its own, which neither takes the date of the happening before it nor stands
    for it (it goes on from the clause before, whose subject speaks). Not inside a
    clause set under another ("zei dat zij belde en zei ..."), nor a participle or an
    infinitive after one auxiliary ("werd opgepakt en beschuldigd", "kan ... en aangeven")."""
    if max(c for c in cuts if c <= before) != start:
        return False
    right = words_of(text, after, min(len(text), after + 40), lexicon.language)[:1]
    if not right or text[after : right[0].start].strip():
        return False
    verb, endings = right[0], lexicon.infinitive_endings
    if not inflected_verb(verb, endings) or lexicon.tense.is_participle(verb.lower):
        return False
    if not any(
        t.start == verb.start and t.verbal and t.type in lexicon.reporting
        for t in lexicon.triggers(text, verb.start, verb.end)
    ):
        return False
    left = words_of(text, start, before, lexicon.language)
    return any(w.lower in lexicon.verb_cluster_words or inflected_verb(w, endings) for w in left)


def continued(clauses: Sequence[Clause], index: int) -> Clause | None:
    """The clause a clause goes on from, past a relative clause set inside it ("Turkije, |
    dat sinds 1975 ..., | waarschuwde"); None for a clause that goes on from none."""
    outer = clauses[index].outer
    return None if outer is None else next(c for c in clauses if c.start == outer)


def _embedded_end(lexicon: EventLexicon, body: str, cut: str, at: int) -> int | None:
    """Where a relative clause set inside another after a comma ends: at its next comma when
    a lower-case word that opens no clause of its own follows it ("Turkije, dat sinds 1975
    gebruik maakt van ..., waarschuwde")."""
    if not lexicon.embedded or not cut.lstrip().startswith(","):
        return None
    word = body[at:].split(" ", 1)[0]
    if word.lower() not in lexicon.embedded:
        return None
    comma = body.find(",", at)
    if comma < 0:
        return None
    after = body[comma + 1 :].split(None, 1)
    if not after or not after[0][:1].islower() or after[0].lower() in lexicon.openers:
        return None
    return comma + 1


def inflected_verb(word: Word, infinitives: tuple[str, ...]) -> bool:
    """A word the lemmatiser takes for a form of a verb ("heette" of "heten"): not a name
    ("Tel Aviv"), an infinitive or noun as written ("bestaan"), nor a present participle
    used as an adjective, the infinitive and an ending ("de bestaande regels")."""
    return (
        word.text.islower()
        and word.lower != word.lemma
        and word.lemma.endswith(infinitives)
        and not word.lower.startswith(word.lemma)
    )


def opening_verb(word: Word, infinitives: tuple[str, ...]) -> bool:
    """`inflected_verb` for a word written with a capital because it opens the sentence."""
    rest = word.text[1:]
    return (
        bool(rest)
        and rest.islower()
        and inflected_verb(word._replace(text=word.lower), infinitives)
    )
