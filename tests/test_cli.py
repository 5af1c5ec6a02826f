"""`prodready new` and `prodready plan`: answers, plan table, refusals that write nothing."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from prodready import cli
from prodready.questions import load_questions

from .conftest import run_prodready

DOWN, CLEAR, ENTER = "\x1b[B", "\x15", "\r"


def test_plan_prints_the_cost_table_and_recommendation() -> None:
    result = run_prodready("plan", "--defaults", "--data", "monthly_budget_usd=300")
    assert result.returncode == 0, result.stderr
    assert "claude-sonnet-5-5" in result.stdout
    assert "$210.00" in result.stdout
    assert "Recommended: claude-sonnet-5-5" in " ".join(result.stdout.split())


def test_plan_warns_when_the_budget_is_too_small() -> None:
    result = run_prodready("plan", "--defaults", "--data", "monthly_budget_usd=1")
    assert result.returncode == 0
    assert "too small even for the cheapest" in " ".join(result.stdout.split())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("monthly_budget_usd=-5", "positive number of US dollars"),
        ("monthly_budget_usd=2e9", "up to 1,000,000,000"),
        ("requests_per_day=0", "at least 1"),
        ("requests_per_day=lots", "not a whole number"),
        ("project_name=1 bad!", "starting with a letter"),
        ("package_name=class", "Python keyword"),
        ("model=claude-nonexistent", "not in the model catalog"),
        ("domain=retail", "not one of general, healthcare, finance, legal, ugc"),
        ("colour=blue", "no such question"),
        ("budget", "takes key=value"),
    ],
)
def test_bad_answers_get_a_clear_message_and_write_nothing(
    tmp_path: Path, data: str, message: str
) -> None:
    destination = tmp_path / "project"
    result = run_prodready("new", str(destination), "--defaults", "--data", data)
    assert result.returncode == 2
    assert message in " ".join(result.stderr.split())
    assert "Traceback" not in result.stderr
    assert not destination.exists()


def test_refuses_a_non_empty_destination_and_leaves_it_alone(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine")
    result = run_prodready("new", str(tmp_path), "--defaults")
    assert result.returncode == 2
    assert "is not empty" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_refuses_an_empty_destination_and_writes_nothing(tmp_path: Path) -> None:
    result = run_prodready("new", "", "--defaults", cwd=tmp_path)
    assert result.returncode == 2
    assert "destination folder is empty" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_empty_destination_answer_is_asked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_has_terminal", lambda: True)
    monkeypatch.chdir(tmp_path)
    checked: list[Path] = []

    def check_then_stop(destination: Path) -> None:
        checked.append(destination)
        raise KeyboardInterrupt  # stop here, as Ctrl-C would

    monkeypatch.setattr(cli, "_check_destination", check_then_stop)
    with create_pipe_input() as pipe:
        pipe.send_text(CLEAR + ENTER + "my-service" + ENTER)
        with create_app_session(input=pipe, output=DummyOutput()):
            assert cli.main(["new"]) == cli.EXIT_INTERRUPTED
    assert checked == [Path("my-service")]
    assert list(tmp_path.iterdir()) == []


def test_a_derived_package_name_is_refused_before_the_plan(tmp_path: Path) -> None:
    destination = tmp_path / "test"  # project "test" -> package "test", which shadows a module
    result = run_prodready("new", str(destination), "--defaults")
    assert result.returncode == 2
    assert "--data package_name=" in result.stderr
    assert "Projected monthly cost" not in result.stdout
    assert not destination.exists()


@pytest.mark.filterwarnings("ignore::Warning")
def test_a_render_without_a_terminal(tmp_path: Path) -> None:
    """Plain text, a `cd` that can be pasted, the README's python3, a readable --help."""
    destination = tmp_path / "Support Bot"
    result = run_prodready("new", str(destination), "--defaults", "--vcs-ref", "HEAD")
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stdout + result.stderr
    assert f"Next: cd {shlex.quote(str(destination))} and" in result.stdout
    assert "python3 -m venv .venv" in (destination / "README.md").read_text()

    help_text = subprocess.run(
        [sys.executable, "-m", "support_bot", "--help"],
        env={**os.environ, "PYTHONPATH": str(destination / "src")},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "<package>" not in help_text
    assert "\nsupport_bot serve [--host H] [--port P] " in help_text
    assert "\nsupport_bot reconcile [--month YYYY-MM] " in help_text


def test_without_a_terminal_or_defaults_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    destination = tmp_path / "project"
    result = run_prodready("new", str(destination))
    assert result.returncode == 2
    assert "needs a terminal" in result.stderr
    assert not destination.exists()


def test_passes_copier_only_declared_questions_with_valid_choices(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    captured: dict[str, Any] = {}

    def fake_run_copy(src: str, dst: Path, data: dict[str, Any], **options: Any) -> None:
        captured.update(data)
        dst.mkdir()

    import copier

    monkeypatch.setattr(copier, "run_copy", fake_run_copy)
    code = cli.main(
        [
            "new",
            str(tmp_path / "p"),
            "--defaults",
            "--data",
            "domain=ugc",
            "--data",
            "project_name=X",
        ]
    )
    assert code == 0
    questions = load_questions()
    assert set(captured) >= {"domain", "requests_per_day", "monthly_budget_usd"}
    for key, value in captured.items():
        assert key in questions, key
        if questions[key].choices:
            assert value in questions[key].choices.values(), key
        assert questions[key].validate(value) is None, key


@pytest.mark.filterwarnings("ignore::Warning")  # copier warns about a dirty checkout
def test_new_in_process_with_piped_keystrokes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drive prodready's prompts and then copier's own, as keystrokes on one input."""
    monkeypatch.setattr(cli, "_has_terminal", lambda: True)
    destination = tmp_path / "pipe-demo"
    keys = [
        DOWN + DOWN + ENTER,  # domain: finance
        CLEAR + "2000" + ENTER,  # requests per day
        ENTER,  # peak per minute (default)
        ENTER,  # input tokens (default)
        ENTER,  # output tokens (default)
        CLEAR + "-5" + ENTER,  # budget: refused by the validator, asked again
        CLEAR + "500" + ENTER,
        "y",  # generate with this plan
        CLEAR + "Pipe Demo" + ENTER,  # copier: project name
        ENTER,  # package name (derived)
        ENTER,  # description
        ENTER,  # model (planned default)
        ENTER,  # fallback model
        DOWN + ENTER,  # state backend: redis
        DOWN + ENTER,  # authentication: jwt
        ENTER,  # webhook: none
    ]
    with create_pipe_input() as pipe:
        pipe.send_text("".join(keys))
        with create_app_session(input=pipe, output=DummyOutput()):
            assert cli.main(["new", str(destination), "--vcs-ref", "HEAD"]) == 0

    answers = yaml.safe_load((destination / ".copier-answers.yml").read_text())
    assert answers["domain"] == "finance"
    assert answers["requests_per_day"] == 2000
    assert answers["monthly_budget_usd"] == 500.0
    assert answers["project_name"] == "Pipe Demo"
    assert answers["package_name"] == "pipe_demo"
    assert answers["state_backend"] == "redis"
    assert answers["auth_mode"] == "jwt"
    # Sonnet 5.5 would cost $420 > 80 % of $500, so the planner picked Haiku 5.5.
    assert answers["model"] == "claude-haiku-5-5"
    assert (destination / "src" / "pipe_demo").is_dir()
    shutil.rmtree(destination)
