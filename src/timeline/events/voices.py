"""Whose voice a saying is, and whether two sayings are one voice's (`within`, `across`).

A statement is what one voice says: an organisation of the gazetteer that speaks ("De VS
wil", "aldus de VVD"), or a person, who is the voice of the organisation the article ties them
to ("zegt VVD-Kamerlid Dilan Yesilgöz", "Fred van Dijk van de politie"). What two voices say
are two statements, within one article and across articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from timeline.events.clusters import Cluster
from timeline.events.sayers import GROUP, PRONOUN, find_name, same_voice
from timeline.model import EventMention

#: A name at most this many words from a saying's speaker is whom the speaker speaks for ("Iris
#: van Veen van de gemeente Amersfoort").
AFFILIATION_REACH = 4
#: How a direct quotation opens: the low double comma of Dutch print and the usual marks.
QUOTE_OPENERS = (",,", "\u201e", '"', "'", "\u201c", "\u2018", "\u00ab")
#: A common noun after a person speaking, with at most this many words between, is what
#: they speak for (`GROUP`: "Fred van Dijk van de politie").
GROUP_REACH = 2


def affiliations(mentions: Sequence[EventMention]) -> dict[tuple[str, str], str]:
    """The organisation each person speaking in an article speaks for, where a saying of the
    organisation names them next to it ("zegt VVD-Kamerlid Dilan Yesilgöz" makes Yesilgöz
    the VVD's voice in that article), or where their saying names next to them the common
    noun another saying is keyed by ("zegt sectorhoofd Van Dijk van de politie" makes Van
    Dijk the voice of "De politie bevestigt"), by (article, speaker)."""
    keyed: dict[str, list[EventMention]] = defaultdict(list)
    for mention in mentions:
        if (_speaker_key(mention) is not None or _group(mention)) and not mention.weak:
            keyed[mention.mention.document].append(mention)
    found: dict[tuple[str, str], str] = {}
    for mention in mentions:
        name, document = mention.speaker, mention.mention.document
        if name is None or name == PRONOUN or _speaker_key(mention) is not None:
            continue
        if _group(mention) or document not in keyed or (document, name) in found:
            continue
        for other in keyed[document]:
            voice = other.speaker
            if voice is not None and (
                _of_group(mention, voice) if _group(other) else _speaks_for(other, name)
            ):
                found[(document, name)] = voice
                break
    return found


def _group(mention: EventMention) -> bool:
    """Whether a mention's speaker is known only by a common noun (`GROUP`)."""
    return mention.speaker is not None and mention.speaker.startswith(GROUP)


def _voice(mention: EventMention, affiliated: Mapping[tuple[str, str], str]) -> str | None:
    """Who speaks in a saying: the organisation it speaks for (`_speaker_key`, or the one the
    article has its person speak for), else the person or title it names; None for a pronoun
    or no speaker."""
    key = _speaker_key(mention)
    if key is not None:
        return key
    name = mention.speaker
    if name is None or name == PRONOUN:
        return None
    return affiliated.get((mention.mention.document, name), name)


def of_one_voice(
    mention: EventMention,
    cluster: Cluster,
    mentions: Sequence[EventMention],
    affiliated: Mapping[tuple[str, str], str],
) -> bool:
    """Whether a saying (not a passing one) has the voice of one of a cluster's sayings."""
    if not mention.saying or mention.weak:
        return False
    voice = _voice(mention, affiliated)
    return voice is not None and any(
        same_voice(_voice(mentions[k], affiliated) or PRONOUN, voice)
        for k in cluster.members
        if mentions[k].saying and not mentions[k].weak
    )


def another_person(
    mention: EventMention, cluster: Cluster, mentions: Sequence[EventMention]
) -> bool:
    """Whether a saying names a person speaking (`_person`) whom none of a cluster's sayings
    names: "zegt Van Wijngaarden" says nothing more of what "stelt Koolmees" said."""
    person = _person(mention)
    return person is not None and all(_person(mentions[k]) != person for k in cluster.members)


def unnamed_voice(
    mention: EventMention,
    cluster: Cluster,
    mentions: Sequence[EventMention],
    affiliated: Mapping[tuple[str, str], str],
) -> bool:
    """Whether a saying (not a passing one) names a person speaking (a name, no organisation
    of the gazetteer: `_speaker_key`), none of a cluster's sayings names who speaks or quotes
    anyone, and the cluster names the person's voice nowhere, among its parties or in its
    sentences ("zegt Kamerlid Jansen" after "Gisteren werd gemeld dat ..."): the person says
    something of their own, and joins what nobody named said by voice (`of_one_voice`), not
    by the words the two share. A quotation nobody is named for may be the person's own
    words, told before their name (an interview's quotes)."""
    name = mention.speaker
    if (
        not mention.saying
        or mention.weak
        or name is None
        or name == PRONOUN
        or _speaker_key(mention) is not None
    ):
        return False
    voice = _voice(mention, affiliated) or name
    if voice.startswith(GROUP):
        return False  # a common noun, or a person of one: `_other_groups`
    said = [mentions[k] for k in cluster.members if mentions[k].saying and not mentions[k].weak]
    if any(_voice(m, affiliated) is not None for m in said):
        return False
    if any(
        mentions[k].saying and mentions[k].mention.sentence.lstrip().startswith(QUOTE_OPENERS)
        for k in cluster.members
    ):
        return False  # passing sayings too: a quotation is what someone named says
    names = {name, voice}
    return names.isdisjoint(cluster.actors) and not any(
        find_name(mentions[k].mention.sentence, n) >= 0 for k in cluster.members for n in names
    )


def _speaker_key(mention: EventMention) -> str | None:
    """The organisation a saying speaks for, as linking keys statements: a country, party or
    organisation of the gazetteer that says it ("De VS wil", "aldus de VVD", "Lodewijk Asscher
    (PvdA)", "een woordvoerder van Shell"), else None. A person's name is no key: the gold
    takes an organisation and its people (its spokesman, mayor, director) as one speaker, and
    whom a person speaks for is mostly not said where they speak."""
    speaker = mention.speaker
    if speaker is None or not mention.saying or speaker not in mention.actors:
        return None
    return speaker


def other_speakers(
    mention: EventMention,
    cluster: Cluster,
    mentions: Sequence[EventMention],
    named: dict[tuple[str, str], set[str]],
) -> bool:
    """Whether a saying speaks for one organisation and the cluster's sayings only for
    others, or a person speaks (`_person`) and the cluster's sayings speak for organisations
    the article does not tie them to (`_unaffiliated`), or, where no organisation speaks, one
    person speaks and the cluster's sayings name only other people: two statements."""
    if _other_groups(mention, cluster, mentions):
        return True
    own = _speaker_key(mention)
    theirs = {key for key in map(_speaker_key, (mentions[k] for k in cluster.members)) if key}
    if own is None and theirs:
        return _unaffiliated(mention, cluster, mentions, theirs, named)
    if own is None:
        return _other_people(mention, cluster, mentions)
    return bool(theirs) and own not in theirs


def _unaffiliated(
    mention: EventMention,
    cluster: Cluster,
    mentions: Sequence[EventMention],
    organisations: AbstractSet[str],
    named: dict[tuple[str, str], set[str]],
) -> bool:
    """Whether a saying (not a passing one) names a person speaking (`_person`) whom the
    article does not tie to any of the `organisations` a cluster's sayings speak for: none
    of the person's sayings in the article names one of them (`named_by_people`), and none
    of the cluster's sayings for an organisation names the person ("zegt Jansen" after "De
    VVD wil ...": two voices; not after "zegt Jansen van de VVD" elsewhere in the article, nor
    after "De VVD en Jansen willen ..."). An organisation and its people are one voice,
    but a person the article does not tie to the organisation is not taken for its voice."""
    person = _person(mention)
    if person is None or mention.weak:
        return False
    if organisations & named.get((mention.mention.document, person), set()):
        return False
    return not any(
        find_name(mentions[k].mention.sentence, person) >= 0
        for k in cluster.members
        if _speaker_key(mentions[k]) is not None
    )


def named_by_people(mentions: Sequence[EventMention]) -> dict[tuple[str, str], set[str]]:
    """The parties each person speaking in an article names in the sentences of their sayings
    (not passing ones), by (article, person): "zegt Jansen van de VVD" ties Jansen to the VVD
    in that article, also where he speaks again without it."""
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for mention in mentions:
        person = _person(mention) if mention.saying and not mention.weak else None
        if person is not None:
            named[(mention.mention.document, person)].update(mention.actors)
    return named


def _named(mention: EventMention) -> str | None:
    """Who a saying (not a passing one) names as speaking, a name or a common noun (`GROUP`);
    None for a pronoun or no speaker."""
    speaker = mention.speaker
    if not mention.saying or mention.weak or speaker is None or speaker == PRONOUN:
        return None
    return speaker


def _other_groups(
    mention: EventMention, cluster: Cluster, mentions: Sequence[EventMention]
) -> bool:
    """Whether a saying and a cluster's sayings name speakers, one side only by a common noun
    (`GROUP`: "De verdachte gaf toe" after "aldus de officier van justitie"), none is the
    same and none names the other next to its speaker: two voices, two statements."""
    own = _named(mention)
    if own is None:
        return False
    said = [m for m in (mentions[k] for k in cluster.members) if _named(m) is not None]
    theirs = {m.speaker or "" for m in said}
    if not theirs or any(same_voice(own, name) for name in theirs):
        return False
    if not own.startswith(GROUP) and not all(n.startswith(GROUP) for n in theirs):
        return False
    # a person of the noun: "zegt sectorhoofd Van Dijk van de politie" after "De politie
    # bevestigt" (`affiliations`)
    return not any(_of_group(mention, n) for n in theirs) and not any(
        _of_group(m, own) for m in said
    )


def _of_group(mention: EventMention, group: str) -> bool:
    """Whether a saying's sentence names the common noun of a `GROUP` speaker after its own
    speaker, at most `GROUP_REACH` words between ("Fred van Dijk van de politie"): the speaker
    is one of them."""
    speaker, sentence = mention.speaker, mention.mention.sentence
    noun = group.removeprefix(GROUP)
    at = -1 if speaker is None else find_name(sentence, speaker)
    if speaker is None or noun == group or speaker.startswith(GROUP) or at < 0:
        return False
    end = at + len(speaker)
    following = sentence[end:].split()[: GROUP_REACH + 1]
    return any(word.strip(",.;:") == noun for word in following)


def _other_people(
    mention: EventMention, cluster: Cluster, mentions: Sequence[EventMention]
) -> bool:
    """Whether a saying's sentence names its person speaking and the cluster's sayings name
    only other people, none of them whom it speaks for ("Mogherini benadrukte" after "Wang Yi
    zei"; not "woordvoerder Wiebe van Terwisga van Re-Match" after "Re-Match zegt")."""
    person = _person(mention)
    if person is None or mention.weak:
        return False
    people = [m for m in (mentions[k] for k in cluster.members) if m.saying and not m.weak]
    names = {p for p in map(_person, people) if p is not None}
    if not names or person in names:
        return False
    return not any(
        _speaks_for(mention, name) or _speaks_for(other, person)
        for other in people
        for name in names
    )


def _person(mention: EventMention) -> str | None:
    """The person a saying names as speaking in its sentence (a capitalised key that is no
    organisation of the gazetteer), else None."""
    speaker = mention.speaker
    if (
        speaker is None
        or not speaker[:1].isupper()
        or speaker in mention.actors
        or find_name(mention.mention.sentence, speaker) < 0
    ):
        return None
    return speaker


def _speaks_for(mention: EventMention, name: str) -> bool:
    """Whether a saying's sentence names `name` next to its speaker ("Iris van Veen van de
    gemeente Amersfoort", "volgens Vonk van de ANWB"): whom the speaker speaks for, or who
    speaks for it."""
    speaker = mention.speaker
    sentence = mention.mention.sentence
    if speaker is None:
        return False
    at, name_at = find_name(sentence, speaker), find_name(sentence, name)
    if at < 0 or name_at < 0:
        return False
    (first, word), (second, _) = sorted(((at, speaker), (name_at, name)))
    return len(sentence[first + len(word) : second].split()) <= AFFILIATION_REACH


def people_speaking(cluster: Cluster, mentions: Sequence[EventMention]) -> frozenset[str]:
    """The people a cluster's sayings name as speaking (`_person`), when no organisation speaks
    in it; passing sayings (weak mentions) name none: they stand in other events' sentences."""
    said = [mentions[k] for k in cluster.members if mentions[k].saying and not mentions[k].weak]
    if not said or any(_speaker_key(m) is not None for m in said):
        return frozenset()
    return frozenset(p for p in map(_person, said) if p is not None)


def one_voice(a: EventMention, b: EventMention, affiliated: Mapping[tuple[str, str], str]) -> bool:
    """Whether two sayings name one voice (`_voice`); not when either names none."""
    voice, other = _voice(a, affiliated), _voice(b, affiliated)
    return voice is not None and other is not None and same_voice(voice, other)
