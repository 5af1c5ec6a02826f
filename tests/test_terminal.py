"""`prodready new` in a real pseudo-terminal, answering prodready's and copier's prompts."""

from __future__ import annotations

import os
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
