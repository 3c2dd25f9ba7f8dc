"""HTML export: one self-contained page with a visual timeline people can filter.

No network: the CSS and the small filter script are inline, and a Content-Security-Policy
forbids loading anything else. Every event is rendered on the server side (the page reads
without JavaScript); the script only hides what the filters exclude. All article text goes
through `html.escape`, and the script never writes HTML, only the `hidden` flag and a count.

The time axis is broken: each calendar year that an event starts or ends in gets the same
width and the years between them shrink to a short gap marked "…". A chronology that reaches
from 1907 to 2022 then still shows the months of 2022.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from itertools import groupby, pairwise
from urllib.parse import quote

from timeline.chronology import year_heading
from timeline.display import display_spec, label, reader_date, source_count, summary_label
from timeline.filters import source_documents
from timeline.model import Chronology, DocumentInfo, Event, Interval

#: Width of a gap between two non-adjacent years, relative to the width of one year.
GAP = 0.35
#: The mark of an expected event, as in the terminal view.
EXPECTED_MARK = "○"
#: Colours for event types, assigned in sorted type order.
PALETTE = ("#2f6db5", "#c2571a", "#2e8b57", "#8e44ad", "#b8860b", "#c0392b", "#16808a", "#6d6d6d")


def to_html(chronology: Chronology, language: str = "nl") -> str:
    """The chronology as one HTML page with inline CSS and JavaScript."""
    axis = Axis.of(chronology.events)
    types = sorted({e.type for e in (*chronology.events, *chronology.undated)})
    colour = {t: i % len(PALETTE) for i, t in enumerate(types)}
    title = label("title", language)
    summary = summary_label(chronology, language)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(display_spec(language).language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
        f"<title>{escape(title)}</title>",
        f"<style>{_css()}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{escape(summary)}</p>',
        _filters(chronology, types, colour, language),
        "</header>",
        "<main>",
        _axis_html(axis, language),
        '<div id="events">',
    ]
    for year, in_year in groupby(chronology.events, key=year_heading):
        parts.append(_year_section(year, list(in_year), axis, colour, language))
    if chronology.undated:
        heading = display_spec(language).headings["undated"]
        parts.append(_year_section(heading, list(chronology.undated), axis, colour, language))
    if not chronology.events and not chronology.undated:
        parts.append(f'<p class="empty">{escape(label("no_events", language))}</p>')
    parts += ["</div>", _documents(chronology.documents, language), "</main>"]
    parts += [f"<script>{_SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(parts)


def sentence_html(sentence: str, time_text: str | None) -> str:
    """A source sentence, escaped, with the expression that dated the event in `<mark>`."""
    sentence = " ".join(sentence.split())
    at = sentence.find(time_text) if time_text else -1
    if time_text is None or at < 0:
        return escape(sentence)
    end = at + len(time_text)
    return f"{escape(sentence[:at])}<mark>{escape(time_text)}</mark>{escape(sentence[end:])}"


@dataclass(frozen=True, slots=True)
class Axis:
    """A broken time axis: equal-width segments for the years events touch, gaps between."""

    segments: tuple[tuple[int, float], ...]  # (year, left edge as a fraction of the width)
    gaps: tuple[tuple[float, float], ...]  # (left, width) of each break
    year_width: float

    @classmethod
    def of(cls, events: Sequence[Event]) -> Axis:
        years = sorted(
            {y for e in events if e.interval for y in (e.interval.start.year, e.interval.end.year)}
        )
        if not years:
            return cls((), (), 0.0)
        units = len(years) + GAP * sum(1 for a, b in pairwise(years) if b > a + 1)
        year_width = 1 / units
        segments: list[tuple[int, float]] = []
        gaps: list[tuple[float, float]] = []
        left = 0.0
        for i, year in enumerate(years):
            if i and year > years[i - 1] + 1:
                gaps.append((left, GAP * year_width))
                left += GAP * year_width
            segments.append((year, left))
            left += year_width
        return cls(tuple(segments), tuple(gaps), year_width)

    def position(self, day: date) -> float:
        """Where a day begins on the axis, as a fraction of the width (0..1)."""
        for year, left in self.segments:
            if year == day.year:
                first = date(year, 1, 1)
                days = (date(year + 1, 1, 1) - first).days
                return left + self.year_width * (day - first).days / days
        raise ValueError(f"{day} is not on the axis")

    def span(self, interval: Interval) -> tuple[float, float]:
        """Left edge and width of an interval, as fractions of the axis width."""
        left = self.position(interval.start)
        last = interval.end
        if last.month == 12 and last.day == 31:
            right = self.position(date(last.year, 1, 1)) + self.year_width
        else:
            right = self.position(last + timedelta(days=1))
        return left, right - left


def _pct(x: float) -> str:
    return f"{100 * x:.3f}%"


def _filters(
    chronology: Chronology, types: list[str], colour: dict[str, int], language: str
) -> str:
    events = (*chronology.events, *chronology.undated)
    count = {t: sum(1 for e in events if e.type == t) for t in types}
    actors = sorted({a for e in events for a in e.actors}, key=str.casefold)
    total = len(events)
    shown = escape(label("shown", language, shown=total, total=total))
    out = [
        f'<form id="filters" class="filters" data-shown="{escape(label("shown", language))}">',
        f"<fieldset><legend>{escape(label('type', language))}</legend>",
    ]
    for t in types:
        out.append(
            f'<label class="type t{colour[t]}"><input type="checkbox" name="type" '
            f'value="{escape(t)}" checked> {escape(t)} <span class="n">{count[t]}</span></label>'
        )
    out.append("</fieldset>")
    options = "".join(f'<option value="{escape(a)}">{escape(a)}</option>' for a in actors)
    out.append(
        f'<label>{escape(label("actors", language))} <select name="actor">'
        f'<option value="">{escape(label("all", language))}</option>{options}</select></label>'
    )
    out.append(
        f'<label>{escape(label("status", language))} <select name="status">'
        f'<option value="">{escape(label("all", language))}</option>'
        f'<option value="reported">{escape(label("reported", language))}</option>'
        f'<option value="expected">{escape(label("expected", language))}</option>'
        "</select></label>"
    )
    out.append(f'<button type="reset">{escape(label("reset", language))}</button>')
    out.append(f'<output id="shown" aria-live="polite">{shown}</output>')
    out.append("</form>")
    return "\n".join(out)


def _axis_html(axis: Axis, language: str) -> str:
    months = display_spec(language).months
    out = ['<div class="axis-row" aria-hidden="true"><div></div><div class="axis">']
    for year, left in axis.segments:
        out.append(f'<span class="tick year" style="left:{_pct(left)}">{year}</span>')
        if len(axis.segments) <= 2:
            for month in (4, 7, 10):
                x = axis.position(date(year, month, 1))
                out.append(
                    f'<span class="tick month" style="left:{_pct(x)}">'
                    f"{escape(months[month - 1][:3])}</span>"
                )
    for left, width in axis.gaps:
        out.append(
            f'<span class="gap" style="left:{_pct(left)};width:{_pct(width)}">'
            f"{escape(label('axis_break', language))}</span>"
        )
    out.append("</div></div>")
    return "".join(out)


def _year_section(
    heading: str, events: list[Event], axis: Axis, colour: dict[str, int], language: str
) -> str:
    out = [f'<section class="year"><h2>{escape(heading)}</h2><ol>']
    out += [_event_html(e, axis, colour, language) for e in events]
    out.append("</ol></section>")
    return "\n".join(out)


def _event_html(event: Event, axis: Axis, colour: dict[str, int], language: str) -> str:
    when = reader_date(event.date, event.mod, event.status, language)
    documents = source_documents(event)
    interval = event.interval
    data = (
        f'data-id="{escape(event.id)}" data-type="{escape(event.type)}" '
        f'data-status="{escape(event.status)}" '
        f'data-actors="{escape(json.dumps(list(event.actors), ensure_ascii=False))}"'
    )
    if interval is not None:
        data += f' data-start="{interval.start.isoformat()}" data-end="{interval.end.isoformat()}"'
    classes = f"event t{colour[event.type]} {escape(event.status)}"
    out = [f'<li class="{classes}" {data}>', '<div class="text">']
    mark = (
        f'<span class="mark" title="{escape(label("expected", language))}">{EXPECTED_MARK}</span> '
        if event.status == "expected"
        else ""
    )
    out.append(f'<p class="when">{mark}<time>{escape(when)}</time></p>')
    out.append(f'<p class="title">{escape(" ".join(event.title.split()))}</p>')
    meta = [f'<span class="type">{escape(event.type)}</span>']
    if event.actors:
        meta.append(f'<span class="actors">{escape(", ".join(event.actors))}</span>')
    meta.append(f'<span class="count">{escape(source_count(len(documents), language))}</span>')
    out.append(f'<details><summary class="meta">{" · ".join(meta)}</summary><ul class="sources">')
    for m in event.mentions:
        dated = (
            f"{escape(label('dated_by', language))} “{escape(m.time_text)}”"
            if m.time_text
            else escape(label("dated_by_publication", language))
        )
        out.append(
            f'<li><a href="#doc-{escape(m.document)}">{escape(m.document)}</a> '
            f"<small>{dated}</small><blockquote>{sentence_html(m.sentence, m.time_text)}"
            "</blockquote></li>"
        )
    out.append("</ul></details></div>")
    out.append('<div class="track">')
    if interval is not None and axis.segments:
        left, width = axis.span(interval)
        mod = f" mod-{escape(event.mod.lower())}" if event.mod else ""
        point = " point" if interval.precision == "day" else ""
        tip = f"{when} ({interval.start.isoformat()} – {interval.end.isoformat()})"
        out.append(
            f'<span class="bar{point}{mod}" style="left:{_pct(left)};width:{_pct(width)}" '
            f'title="{escape(tip)}"></span>'
        )
    out.append("</div></li>")
    return "".join(out)


def _documents(documents: Sequence[DocumentInfo], language: str) -> str:
    out = [f'<section id="documents"><h2>{escape(label("documents", language))}</h2><ul>']
    for d in documents:
        published = (
            reader_date(d.published, language=language)
            if d.published
            else label("no_date", language)
        )
        out.append(
            f'<li id="doc-{escape(d.id)}"><a href="{escape(quote(d.path))}">{escape(d.id)}</a> '
            f"<small>{escape(label('published', language))}: {escape(published)}</small></li>"
        )
    out.append("</ul></section>")
    return "\n".join(out)


def _css() -> str:
    colours = "".join(f".t{i}{{--c:{c}}}" for i, c in enumerate(PALETTE))
    return _CSS + colours


_CSS = """
:root{--ink:#1d232b;--muted:#5b6470;--line:#d8dde3;--bg:#fff;--soft:#f4f6f8;--exp:#a0522d}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
background:var(--bg)}
header{padding:1rem 1.5rem .5rem;border-bottom:1px solid var(--line);background:var(--soft);
position:sticky;top:0;z-index:2}
h1{margin:0;font-size:1.4rem}
.summary{margin:.2rem 0 .6rem;color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center}
.filters fieldset{border:0;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.2rem .6rem}
.filters legend{float:left;margin-right:.4rem;font-weight:600}
.filters label{white-space:nowrap}
.filters label.type{border-left:4px solid var(--c);padding-left:.3rem}
.filters .n{color:var(--muted);font-size:.85em}
.filters output{color:var(--muted)}
main{padding:0 1.5rem 2rem;max-width:1400px}
.axis-row,.event{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);gap:1.2rem}
.axis-row{position:sticky;top:var(--head,0);background:var(--bg);z-index:1;padding-top:.4rem}
.axis{position:relative;height:1.8rem;border-bottom:2px solid var(--ink)}
.tick{position:absolute;bottom:0;font-size:.8rem;padding-left:3px;border-left:1px solid var(--ink);
line-height:1.1;white-space:nowrap}
.tick.year{height:1.6rem;font-weight:700}
.tick.month{height:.8rem;color:var(--muted);border-color:var(--line);font-size:.7rem}
.gap{position:absolute;bottom:-2px;height:1.2rem;text-align:center;color:var(--muted);
background:var(--bg);border-bottom:2px dotted var(--muted);font-weight:700;line-height:1}
.year h2{font-size:1.1rem;margin:1.2rem 0 .3rem;padding-bottom:.2rem;
border-bottom:1px solid var(--line)}
ol{list-style:none;margin:0;padding:0}
.event{padding:.35rem 0;border-bottom:1px solid var(--soft)}
.event p{margin:0}
.when{font-weight:600}
.title{overflow-wrap:anywhere}
.meta{color:var(--muted);font-size:.88rem}
.meta .type{border-left:4px solid var(--c);padding-left:.3rem}
.mark{color:var(--exp);font-weight:700}
.expected .when time{color:var(--exp);font-style:italic}
details summary{cursor:pointer;color:var(--muted);font-size:.88rem}
.sources{margin:.3rem 0 .2rem;padding-left:1rem}
.sources li{margin:.3rem 0}
.sources small{color:var(--muted)}
blockquote{margin:.15rem 0 0;padding-left:.6rem;border-left:3px solid var(--line)}
mark{background:#ffe28a;padding:0 .1em}
.track{position:relative;min-height:1.4rem;background:linear-gradient(var(--line),var(--line))
0 .7rem/100% 1px no-repeat}
.bar{position:absolute;top:.3rem;height:.8rem;min-width:6px;border-radius:3px;background:var(--c);
opacity:.85}
.bar.point{width:.8rem!important;margin-left:-.4rem;border-radius:50%;opacity:1}
.bar.mod-before{background:linear-gradient(90deg,transparent,var(--c) 70%)}
.bar.mod-after{background:linear-gradient(90deg,var(--c) 30%,transparent)}
.bar.mod-approx{opacity:.5}
.expected .bar{background:repeating-linear-gradient(135deg,var(--c) 0 4px,transparent 4px 8px);
outline:2px dashed var(--exp);outline-offset:1px}
#documents{margin-top:2rem}
#documents li{margin:.2rem 0}
#documents small{color:var(--muted)}
.empty{color:var(--muted)}
@media (max-width:720px){.event,.axis-row{grid-template-columns:1fr;gap:.3rem}
.axis-row>div:first-child{display:none}header{position:static}.axis-row{top:0}}
@media print{header{position:static}.axis-row{position:static}details{display:block}}
"""

# Only toggles `hidden` and writes a count with textContent: no data becomes markup.
_SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var output = document.getElementById("shown");
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.year"));
  var template = form.getAttribute("data-shown");
  var header = document.querySelector("header");
  function apply() {
    var types = {};
    form.querySelectorAll("input[name=type]").forEach(function (box) {
      types[box.value] = box.checked;
    });
    var actor = form.elements.actor.value;
    var status = form.elements.status.value;
    var shown = 0;
    events.forEach(function (li) {
      var actors = JSON.parse(li.getAttribute("data-actors"));
      var ok = types[li.getAttribute("data-type")] === true &&
        (!actor || actors.indexOf(actor) >= 0) &&
        (!status || li.getAttribute("data-status") === status);
      li.hidden = !ok;
      if (ok) { shown += 1; }
    });
    sections.forEach(function (section) {
      section.hidden = section.querySelector("li.event:not([hidden])") === null;
    });
    output.textContent = template.replace("{shown}", String(shown))
      .replace("{total}", String(events.length));
  }
  function stick() {
    document.documentElement.style.setProperty("--head", header.offsetHeight + "px");
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  window.addEventListener("resize", stick);
  stick();
  apply();
}());
"""
