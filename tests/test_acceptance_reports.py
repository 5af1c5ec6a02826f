"""Print the generated project's acceptance reports into this suite's output.

The render matrix runs every project's tests quietly; this renders one redis project
and shows, in CI's log, the tables those tests print: the fault matrix, the PII
detection tables (tuning and held-out sets), the injection rates, the budget race and
the two-process limit; then
the gateway-overhead benchmark in its quick mode (reported, never asserted), the
throughput benchmark in its quick mode (ratios reported; every request answered), and the
load-and-chaos run in its quick mode, whose correctness checks must pass.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from .test_render_matrix import render

REPORTS = [
    "tests/test_faults.py::test_fault_matrix",
    "tests/test_pii.py::test_detection_table_is_complete_and_clean",
    "tests/test_pii.py::test_heldout_recall_and_false_positives",
    "tests/test_injection.py::test_rates_on_the_held_out_rounds",
    "tests/test_budget.py::test_the_reservation_race_across_connections_never_overspends",
    "tests/test_cost_controls.py::test_parallel_requests_never_spend_past_the_budget",
    "tests/test_ratelimit.py::test_20_a_minute_is_20_across_two_processes_sharing_redis",
]


@pytest.mark.slow
@pytest.mark.usefixtures("requires_redis_server")
@pytest.mark.filterwarnings("ignore::Warning")
def test_print_acceptance_reports(tmp_path: Path, show: Callable[[str, str], None]) -> None:
    project = render(tmp_path / "project", domain="ugc", state_backend="redis")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-s", "-v", "-p", "no:cacheprovider", *REPORTS],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project / "src")},
        capture_output=True,
        text=True,
        timeout=600,
    )
    # The tables, without the log lines the same tests write to the console.
    log_line = re.compile(r"^(\x1b\[|\d{4}-\d\d-\d\d)")
    report = [line for line in result.stdout.splitlines() if not log_line.match(line)]
    show(
        "acceptance reports from a generated project (ugc, redis)",
        "\n".join(line[:200] for line in report),
    )
    assert result.returncode == 0, result.stderr
    assert "test_fault_matrix" in result.stdout
    assert "attempted=" in result.stdout


def benchmark_output(
    tmp_path: Path,
    show: Callable[[str, str], None],
    command: str,
    *,
    state_backend: str,
    note: str = "",
) -> str:
    """Render a general-domain project, run `benchmarks/<command>` in it and print what it
    printed into this suite's log; its output, once it has exited 0."""
    project = render(tmp_path / "project", domain="general", state_backend=state_backend)
    script, *args = command.split()
    result = subprocess.run(
        [sys.executable, f"benchmarks/{script}", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    show(f"benchmarks/{command} ({state_backend}){note}", result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::Warning")
def test_overhead_benchmark_runs_in_quick_mode(
    tmp_path: Path, show: Callable[[str, str], None]
) -> None:
    output = benchmark_output(
        tmp_path,
        show,
        "overhead.py --quick --breakdown",
        state_backend="sqlite",
        note="; numbers are noisy in CI",
    )
    assert "p50" in output
    _, header, stages = output.partition("where the gateway's time goes")
    assert header
    assert "rate limits + budget hold" in stages and "log event + metrics" in stages


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::Warning")
def test_throughput_benchmark_runs_in_quick_mode(
    tmp_path: Path, show: Callable[[str, str], None]
) -> None:
    """The service and the bare endpoint under 50 concurrent clients, both doors: the ratio
    is reported (noisy in CI, never asserted); that every request of both sides was
    answered 200 is asserted (the benchmark raises the limits, so nothing may be refused)."""
    output = benchmark_output(
        tmp_path,
        show,
        "throughput.py --quick",
        state_backend="sqlite",
        note="; ratios are noisy in CI",
    )
    assert "throughput of /v1/ask" in output
    assert "throughput of /v1/messages" in output
    sides = re.findall(
        r"^(bare FastAPI \+ SDK|this service \(full pipeline\))\s+\d+\s+(\{.*\})$",
        output,
        re.MULTILINE,
    )
    assert len(sides) == 4, output  # two sides of two doors
    for side, statuses in sides:
        assert re.fullmatch(r"\{200: \d+\}", statuses), (side, statuses)


@pytest.mark.slow
@pytest.mark.usefixtures("requires_redis_server")
@pytest.mark.filterwarnings("ignore::Warning")
def test_chaos_benchmark_passes_its_checks_in_quick_mode(
    tmp_path: Path, show: Callable[[str, str], None]
) -> None:
    """Two replicas sharing a throwaway redis-server, a fake upstream failing at random:
    no 500s, per-user limits held across the replicas, spend within the budget, every
    billed answer in the ledger. These are correctness checks, so they are asserted."""
    output = benchmark_output(tmp_path, show, "chaos.py --quick", state_backend="redis")
    assert "[FAILED]" not in output
    assert output.count("[ok]") == 6
