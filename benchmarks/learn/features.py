"""Run-time features of an event mention, for the learned filter experiment (issue 4).

Pure Python over what the pipeline knows of a mention: its fields (type, status, tense,
explicit date or not, weak, verbal, saying, mod, actors and linking terms counted), its date's
precision and distance before the publication, its sentence (length, digits, a percent sign,
quotation marks, position in the article, mentions in it) and the bag of lower-cased words of
its sentence (`w=`) and title (`t=`, about its clause). Cue words (modal verbs, negation,
conditional openers, hedges) come in through the bags: no word list is written here.
Names are `kind=value`; the value of each is 1.
"""

from __future__ import annotations

import re

from timeline.model import EventMention
from timeline.temporal.values import parse_value

_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d")
_QUOTES = '"“”'
_PERCENT = re.compile(r"\d\s*%")


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def mention_features(
    mention: EventMention, index: int, count: int, same_sentence: int
) -> list[str]:
    """The feature names of one mention; `index` of `count` sentences, `same_sentence`
    mentions in its sentence."""
    m = mention.mention
    sentence = m.sentence
    words = [w.lower() for w in _WORD.findall(sentence)]
    title_words = {w.lower() for w in _WORD.findall(mention.title)}
    out = [
        "bias",
        f"type={mention.type}",
        f"status={mention.status}",
        f"tense={mention.tense}",
        f"explicit={mention.explicit}",
        f"weak={mention.weak}",
        f"verbal={mention.verbal}",
        f"saying={mention.saying}",
        f"mod={mention.mod}",
        f"actors={_bucket(len(mention.actors), (0, 1, 2))}",
        f"terms={_bucket(len(mention.terms), (0, 2, 5, 10))}",
        f"words={_bucket(len(words), (8, 15, 25, 40))}",
        f"title_words={_bucket(len(title_words), (3, 6, 10, 20))}",
        f"digits={bool(_NUMBER.search(sentence))}",
        f"percent={bool(_PERCENT.search(sentence))}",
        f"quoted={any(q in sentence for q in _QUOTES)}",
        f"lead={index == 0}",
        f"position={_bucket(10 * index // max(count, 1), (1, 3, 6))}",
        f"in_sentence={_bucket(same_sentence, (1, 2))}",
        f"timed={m.time_text is not None}",
    ]
    interval = mention.interval
    out.append(f"precision={interval.precision if interval else None}")
    published = parse_value(mention.published)
    if interval is not None and published is not None:
        days = (published.start - interval.end).days
        out.append(f"ago={_bucket(days, (-1, 0, 7, 31, 365, 3650))}")
    else:
        out.append(f"ago={m.time_value if m.time_value and m.time_value.endswith('REF') else None}")
    out.append(f"type_tense={mention.type}|{mention.tense}")
    out.append(f"type_explicit={mention.type}|{mention.explicit}")
    out.extend(f"w={w}" for w in sorted(set(words)))
    out.extend(f"t={w}" for w in sorted(title_words))
    return out
