"""The HTML page in a real headless Chromium: loads cleanly, shows every event, filters work.

Chromium is driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: commands
on fd 3, answers on fd 4, each message ending in NUL), so no driver package and no network
port are needed. Skipped when Debian's `chromium` is not installed; `.ci/run` installs it.

The screenshot of the seeds page goes to docs/timeline.png (shown in README.md) when the
golden files are rewritten (`TIMELINE_UPDATE_GOLDEN=1`) or when it is missing.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import struct
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline.exporters.html import to_html

from .samples import HOSTILE_TITLE, ROOT, UPDATE_ENV, sample_chronology

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

SCREENSHOT = ROOT / "docs" / "timeline.png"
TIMEOUT = 20.0


class Browser:
    """A headless Chromium and one page, spoken to over the DevTools pipe."""

    def __init__(self, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_pipes() -> None:  # runs in the child: fd 3 reads commands, fd 4 answers
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        assert CHROMIUM is not None
        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,
            preexec_fn=wire_pipes,  # no threads run here, so preexec_fn is safe
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session = ""

    def close(self) -> None:
        with contextlib.suppress(OSError, TimeoutError, RuntimeError):
            self.send("Browser.close", session=False)
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_chrome], [], [], max(left, 0))
            if not ready:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError(f"chromium closed the pipe (exit {self.process.poll()})")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)  # type: ignore[no-any-return]

    def send(self, method: str, session: bool = True, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer, keeping the events that arrive meanwhile."""
        self._next_id += 1
        command: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session and self.session:
            command["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(command).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self._read_message(deadline)
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})  # type: ignore[no-any-return]
            self.events.append(message)

    def wait_for(self, method: str) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            message = self._read_message(deadline)
            self.events.append(message)
            if message.get("method") == method:
                return message

    def open_page(self, width: int = 1280, height: int = 1000) -> None:
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )

    def load(self, path: Path) -> None:
        self.events.clear()
        self.send("Page.navigate", url=path.as_uri())
        self.wait_for("Page.loadEventFired")

    def eval(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, failed loads and dialogs since the last load."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails']}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(f"log: {params['entry'].get('text')}")
            elif method == "Page.javascriptDialogOpening":
                found.append(f"dialog: {params.get('message')}")
        return found

    def screenshot(self) -> bytes:
        data = self.send("Page.captureScreenshot", format="png")["data"]
        return base64.b64decode(data)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    chrome = Browser(tmp_path_factory.mktemp("chromium-profile"))
    try:
        chrome.open_page()
        yield chrome
    finally:
        chrome.close()


@pytest.fixture(scope="module")
def sample_page(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Browser:
    path = tmp_path_factory.mktemp("page") / "sample.html"
    path.write_text(to_html(sample_chronology()), encoding="utf-8")
    browser.load(path)
    assert browser.problems() == []
    return browser


ALL = "Array.from(document.querySelectorAll('li.event')).map(e => e.dataset.id)"
VISIBLE = "Array.from(document.querySelectorAll('li.event:not([hidden])')).map(e => e.dataset.id)"


def set_filter(page: Browser, script: str) -> list[str]:
    page.eval(
        f"(() => {{ const f = document.getElementById('filters'); {script};"
        " f.dispatchEvent(new Event('change')); })()"
    )
    return page.eval(VISIBLE)  # type: ignore[no-any-return]


def test_events_are_in_the_dom(sample_page: Browser) -> None:
    ids = sample_page.eval(ALL)
    chronology = sample_chronology()
    assert ids == [e.id for e in (*chronology.events, *chronology.undated)]
    assert sample_page.eval(VISIBLE) == ids
    assert sample_page.eval("document.getElementById('shown').textContent") == "7 van 7 getoond"
    # the hostile title is text on the page, not markup
    assert HOSTILE_TITLE in sample_page.eval("document.body.innerText")
    assert sample_page.eval("document.querySelectorAll('img, script').length") == 1


def test_bars_are_drawn_on_the_axis(sample_page: Browser) -> None:
    boxes = sample_page.eval(
        "Array.from(document.querySelectorAll('.bar')).map(b => {"
        " const r = b.getBoundingClientRect();"
        " return [b.closest('li').dataset.id, r.left, r.width]; })"
    )
    place = {name: (left, width) for name, left, width in boxes}
    assert place["deal-2018"][1] > place["protest-2022-10"][1] > 0  # a year is wider than a month
    assert place["deal-2018"][0] < place["protest-2022-10"][0] < place["delivery-2023-12"][0]


def test_type_filter_hides_what_it_should(sample_page: Browser) -> None:
    visible = set_filter(sample_page, "f.querySelector('input[value=protest]').checked = false")
    assert "protest-2022-09-13" not in visible and "protest-2022-10" not in visible
    assert len(visible) == 5
    assert sample_page.eval("document.getElementById('shown').textContent") == "5 van 7 getoond"
    hidden = sample_page.eval(
        "getComputedStyle(document.querySelector('[data-id=protest-2022-10]')).display"
    )
    assert hidden == "none"
    set_filter(sample_page, "f.querySelector('input[value=protest]').checked = true")
    assert len(sample_page.eval(VISIBLE)) == 7


def test_actor_and_status_filters(sample_page: Browser) -> None:
    assert set_filter(sample_page, "f.elements.actor.value = 'Oekraïne'") == ["protest-2022-10"]
    expected = "f.elements.actor.value = ''; f.elements.status.value = 'expected'"
    assert set_filter(sample_page, expected) == ["delivery-2023-12"]
    # a year whose events are all filtered out loses its heading too
    headings = sample_page.eval(
        "Array.from(document.querySelectorAll('section.year:not([hidden]) h2'))"
        ".map(h => h.textContent)"
    )
    assert headings == ["2023"]
    set_filter(sample_page, "f.elements.status.value = ''")
    assert len(sample_page.eval(VISIBLE)) == 7
    assert sample_page.problems() == []


def test_seeds_page_and_screenshot(
    browser: Browser, seeds_output: Callable[[str], str], tmp_path: Path
) -> None:
    path = tmp_path / "timeline.html"
    path.write_text(seeds_output("html"), encoding="utf-8")
    browser.load(path)
    assert browser.problems() == []
    assert browser.eval("document.querySelectorAll('li.event').length") >= 1
    browser.eval("document.querySelector('li.event details')?.setAttribute('open', '')")
    png = browser.screenshot()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1280, 1000)
    (tmp_path / "timeline.png").write_bytes(png)
    if os.environ.get(UPDATE_ENV) or not SCREENSHOT.exists():
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(png)
