"""`prodready new` in a real pseudo-terminal, answering prodready's and copier's prompts."""

from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path

import pexpect
import pytest
import yaml

from .conftest import REPO

CLEAR = "\x15"  # Ctrl-U empties a pre-filled answer


@pytest.mark.filterwarnings("ignore::Warning")
def test_new_in_a_pseudo_terminal(tmp_path: Path) -> None:
    destination = tmp_path / "pty-demo"
    env = {**os.environ, "PYTHONPATH": str(REPO / "generator"), "TERM": "xterm", "COLUMNS": "120"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "prodready", "new", str(destination), "--vcs-ref", "HEAD"],
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 120),
    )
    try:
        child.expect("Domain")
        child.send("\r")  # general
        child.expect("requests per day")
        child.send(CLEAR + "0\r")
        child.expect("at least 1")  # refused, asked again
        child.send(CLEAR + "5000\r")
        child.expect("Peak requests per minute")
        child.send(CLEAR + "80\r")
        child.expect("input tokens")
        child.send("\r")
        child.expect("output tokens")
        child.send("\r")
        child.expect("Monthly budget")
        child.send(CLEAR + "-5\r")
        child.expect("positive number of US dollars")
        child.send(CLEAR + "2000\r")
        child.expect("Recommended:")
        child.expect("exceeds the Start-tier RPM limit")
        child.expect("Generate the project")
        child.send("y")
        # From here on the prompts are copier's own.
        child.expect("Project name")
        child.send(CLEAR + "1 bad!\r")
        child.expect("starting with a letter")
        child.send(CLEAR + "Pty Demo\r")
        child.expect("Python package name")
        child.send("\r")
        child.expect("description")
        child.send("\r")
        child.expect("Claude model")
        child.send("\r")
        child.expect("Fallback model")
        child.send("\r")
        child.expect("Where limits, budget and breaker state live")
        child.send("\r")
        child.expect("How callers authenticate")
        child.send("\r")
        child.expect("Webhook URL")
        child.send(CLEAR + "not a url\r")
        child.expect("http:// or https:// URL")
        child.send(CLEAR + "https://hooks.example.test/spend\r")
        child.expect(pexpect.EOF, timeout=120)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    answers = yaml.safe_load((destination / ".copier-answers.yml").read_text())
    assert answers["project_name"] == "Pty Demo"
    assert answers["requests_per_day"] == 5000
    assert answers["peak_requests_per_minute"] == 80
    assert answers["model"] == "claude-sonnet-5-5"  # $1,050 fits 80 % of $2,000
    assert answers["alert_webhook_url"] == "https://hooks.example.test/spend"


# Renders normally, then stops for a minute after the tenth file: the moment to press Ctrl-C.
PAUSE_MID_RENDER = """
import sys, time
from copier._main import Worker
from prodready.cli import main

render = Worker._render_file
rendered = 0

def render_then_pause(self, *args, **kwargs):
    global rendered
    render(self, *args, **kwargs)
    rendered += 1
    if rendered == 10:
        print("PAUSED MID-RENDER", file=sys.stderr, flush=True)
        time.sleep(60)

Worker._render_file = render_then_pause
sys.exit(main(sys.argv[1:]))
"""
INTERRUPTED = "Interrupted; nothing was written."
PLANNING_DEFAULTS = {
    "domain": "general",
    "requests_per_day": 1000,
    "peak_requests_per_minute": 20,
    "input_tokens_per_request": 1500,
    "output_tokens_per_request": 400,
    "monthly_budget_usd": 300,
}
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def spawn(*args: str) -> pexpect.spawn:
    env = {**os.environ, "PYTHONPATH": str(REPO / "generator"), "TERM": "xterm", "COLUMNS": "120"}
    return pexpect.spawn(
        sys.executable,
        list(args),
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 120),
        preexec_fn=_as_from_a_terminal,
    )


def _as_from_a_terminal() -> None:
    """Ctrl-C as a shell started from a terminal gives it: a test runner whose SIGINT is
    ignored (a CI job started in the background) would pass that on, and the program would
    then never see ^C (Python installs its KeyboardInterrupt only over the default)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def lines_after_interrupt(child: pexpect.spawn) -> list[str]:
    """What the program printed after Ctrl-C, without the terminal's echo of ^C."""
    child.expect(pexpect.EOF, timeout=60)
    child.close()
    text = ANSI.sub("", child.before).replace("^C", "")
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.fixture(params=["new", "existing empty"])
def destination(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    destination = tmp_path / "pty-demo"
    if request.param == "existing empty":
        destination.mkdir()
    return destination


def assert_as_before(destination: Path) -> None:
    """The destination exactly as before (absent, or still empty), no scratch left beside it."""
    siblings = sorted(p.name for p in destination.parent.iterdir())
    if destination.is_dir():
        assert list(destination.iterdir()) == []
        assert siblings == [destination.name]
    else:
        assert siblings == []


@pytest.mark.filterwarnings("ignore::Warning")
def test_ctrl_c_while_rendering_leaves_the_destination_as_it_was(destination: Path) -> None:
    planned = [f"--data={key}={value}" for key, value in PLANNING_DEFAULTS.items()]
    child = spawn(
        "-c", PAUSE_MID_RENDER, "new", str(destination), "--defaults", "--vcs-ref", "HEAD", *planned
    )
    child.expect("PAUSED MID-RENDER")
    child.sendintr()
    assert lines_after_interrupt(child) == [INTERRUPTED]
    assert child.exitstatus == 130
    assert_as_before(destination)


@pytest.mark.filterwarnings("ignore::Warning")
def test_ctrl_c_at_copiers_prompt_exits_130_with_one_line(destination: Path) -> None:
    planned = [f"--data={key}={value}" for key, value in PLANNING_DEFAULTS.items()]
    child = spawn("-m", "prodready", "new", str(destination), "--vcs-ref", "HEAD", *planned)
    child.expect("Generate the project")
    child.send("y")
    child.expect("Project name")  # copier's own prompt, drawn once it reads keys
    child.sendintr()
    lines = lines_after_interrupt(child)
    assert lines[-1] == INTERRUPTED
    assert not any("answers" in line.lower() or "Traceback" in line for line in lines), lines
    assert child.exitstatus == 130
    assert_as_before(destination)
