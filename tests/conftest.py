"""Shared helpers for the generator's tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

collect_ignore = ["audit_corpus"]
"""Code the audit reads, not tests of this suite: a corpus project may carry its own tests."""

REQUIRE_SYSTEM_TOOLS = "PRODREADY_REQUIRE_SYSTEM_TOOLS"
"""Set to 1 (as .ci/run does) and a test whose system tool is missing fails instead of
skipping: CI must run everything."""

NEEDS_REDIS_SERVER = "needs redis-server"
"""The skip reason of every test that needs a Redis server; the summary line counts these."""

INSTALL_REDIS_SERVER = (
    "`sudo apt-get install -y redis-server` (Debian/Ubuntu) or `brew install redis` (macOS)"
)


def system_tools_required() -> bool:
    """Whether the switch is on: any value but empty or 0."""
    return os.environ.get(REQUIRE_SYSTEM_TOOLS, "") not in ("", "0")


def run_prodready(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would, with no terminal attached."""
    return subprocess.run(
        [sys.executable, "-m", "prodready", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def repo() -> Path:
    return REPO


SHOWN = "shown in the summary"
"""The user property that carries a report for the end of the run (see `show`)."""


@pytest.fixture
def show(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Print a titled report after the tests, in the run's summary (CI's log): printed from
    the test it would be lost when pytest-xdist runs the test in a worker process."""

    def add(title: str, text: str) -> None:
        request.node.user_properties.append((SHOWN, f"--- {title} ---\n{text}"))

    return add


@pytest.fixture
def requires_redis_server() -> None:
    """Skip the test when redis-server is not installed; fail instead under the switch.

    Request it as a parameter to skip before the test starts, or with
    `request.getfixturevalue("requires_redis_server")` after the checks that need no
    server have run (the render matrix's redis rows)."""
    if shutil.which("redis-server") is not None:
        return
    if system_tools_required():
        pytest.fail(f"redis-server is not installed ({REQUIRE_SYSTEM_TOOLS} is set)")
    pytest.skip(NEEDS_REDIS_SERVER)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The reports tests asked to show, then one line for all the tests skipped for want of
    redis-server, and how to include them."""
    ran = [
        report
        for reports in terminalreporter.stats.values()
        for report in reports
        if isinstance(report, pytest.TestReport) and report.when == "call"
    ]
    for report in sorted(ran, key=lambda report: report.nodeid):
        for name, text in report.user_properties:
            if name == SHOWN:
                terminalreporter.write_line(f"\n{text}")
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if isinstance(report.longrepr, tuple) and NEEDS_REDIS_SERVER in report.longrepr[2]
    ]
    if not skipped:
        return
    per_file = Counter(Path(report.location[0]).name for report in skipped)
    where = ", ".join(f"{count} in {name}" for name, count in sorted(per_file.items()))
    terminalreporter.write_line(
        f"{len(skipped)} skipped: they need redis-server ({where}; `pytest -rs` lists them)."
        f" To include them install it: {INSTALL_REDIS_SERVER}."
        f" {REQUIRE_SYSTEM_TOOLS}=1 turns these skips into failures.",
        yellow=True,
    )
