"""Rebuild TimeML (.tml) files from the stand-off date gold in benchmarks/gold/dates/.

The corpus articles are copyrighted, so the gold keeps offsets only; the text is read from
../shared (or the project's seeds/) when this runs. Usage: python benchmarks/make_tml.py [OUT]
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import yaml

from timeline.corpus import decode
from timeline.dateline import read_dateline

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "dates"
SHARED = ROOT.parent / "shared"


def source_path(source: str) -> Path:
    """Where an article of the gold lives: seeds in the project, the rest in ../shared."""
    return ROOT / source if source.startswith("seeds/") else SHARED / source


def build_tml(out: Path, split: str | None = None) -> list[Path]:
    """Write one .tml per gold file (of `split`, or all) whose article is present; return them."""
    written = []
    if out.exists():
        shutil.rmtree(out)  # no stale files from a gold file that was removed or moved
    for gold_file in sorted(GOLD.glob("*.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        if split and gold.get("split") != split:
            continue
        article = source_path(gold["source"])
        if not article.exists():
            continue
        text = decode(article.read_bytes()).text
        body_start = read_dateline(text).body_start
        target = out / (gold.get("split") or "all") / f"{gold_file.stem}.tml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(to_tml(text, body_start, gold), encoding="utf-8")
        written.append(target)
    return written


def to_tml(text: str, body_start: int, gold: dict) -> str:
    """TimeML with the DCT and the article body, the gold TIMEX3s inline."""
    parts = []
    cursor = body_start
    for i, t in enumerate(sorted(gold["timexes"], key=lambda t: t["start"]), start=1):
        if t["start"] < cursor:
            raise ValueError(f"overlapping gold spans at {t['start']} in {gold['source']}")
        if text[t["start"] : t["end"]] != t["text"]:
            raise ValueError(f"gold span {t['text']!r} does not match the text of {gold['source']}")
        parts.append(escape(text[cursor : t["start"]]))
        attrs = f'tid="t{i}" type="{t["type"]}" value={quoteattr(str(t["value"]))}'
        if t.get("mod"):
            attrs += f' mod="{t["mod"]}"'
        parts.append(f"<TIMEX3 {attrs}>{escape(t['text'])}</TIMEX3>")
        cursor = t["end"]
    parts.append(escape(text[cursor:]))
    dct = gold.get("dct")
    dct_xml = (
        f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(str(dct))} '
        f'functionInDocument="CREATION_TIME">{escape(str(dct))}</TIMEX3></DCT>\n'
        if dct
        else ""
    )
    body = "".join(parts)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
    return f"{head}{dct_xml}<TEXT>{body}</TEXT>\n</TimeML>\n"


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / "out" / "tml"
    paths = build_tml(out)
    print(f"wrote {len(paths)} TimeML files under {out}")
