"""copier update from an older template state keeps user edits and brings improvements.

The older state is made from the current template with three differences a real release
would have: an older price, a file under its old name, and one question not asked yet.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import copier
import pytest
import yaml

from prodready import cli, update

from .conftest import REPO

OLD_PRICE, NEW_PRICE = 12.0, 10.0  # claude-sonnet-5-5 output, USD per million tokens
USER_PROMPT = "You are Acme's support assistant. Answer in two sentences.\n"
USER_README_NOTE = "\n## Our notes\n\nOn-call: #acme-llm.\n"


GIT = ("git", "-c", "user.name=t", "-c", "user.email=t@localhost")
"""git with an identity of its own: a fresh machine (or CI) may have none configured."""


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        [*GIT, *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def copy_current_template(repo: Path) -> None:
    for name in ("copier.yml", "catalog.yml"):
        shutil.copy2(REPO / name, repo / name)
    shutil.rmtree(repo / "template", ignore_errors=True)
    shutil.copytree(
        REPO / "template", repo / "template", ignore=shutil.ignore_patterns("__pycache__")
    )


def make_old(repo: Path) -> None:
    catalog = (repo / "catalog.yml").read_text()
    sonnet = re.compile(r"(- id: claude-sonnet-5-5\n(?:\s+#.*\n)*\s+prices: \{[^}]*output: )10")
    catalog, count = sonnet.subn(rf"\g<1>{OLD_PRICE:g}", catalog)
    assert count == 1
    (repo / "catalog.yml").write_text(catalog)
    (repo / "template" / ".env.example.jinja").rename(repo / "template" / "env.example.jinja")
    config = (repo / "copier.yml").read_text()
    config, count = re.subn(r"^alert_webhook_url:\n(?:[ \t]+.*\n|\n)*", "", config, flags=re.M)
    assert count == 1
    (repo / "copier.yml").write_text(config)


@pytest.fixture
def template_repo(tmp_path: Path) -> Path:
    """A template repository with v0.1.0 (older) and v0.2.0 (the current template)."""
    repo = tmp_path / "template-repo"
    repo.mkdir()
    git(repo, "init", "--quiet")
    copy_current_template(repo)
    make_old(repo)
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "v0.1.0")
    git(repo, "tag", "v0.1.0")
    copy_current_template(repo)
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "v0.2.0")
    git(repo, "tag", "v0.2.0")
    return repo


@pytest.fixture
def project(tmp_path: Path, template_repo: Path) -> Path:
    """A project rendered from v0.1.0, committed, then edited and committed by its user."""
    project = tmp_path / "project"
    copier.run_copy(
        str(template_repo),
        project,
        data={"project_name": "Update Demo"},
        defaults=True,
        vcs_ref="v0.1.0",
        quiet=True,
    )
    git(project, "init", "--quiet")
    git(project, "add", "--all")
    git(project, "commit", "--quiet", "-m", "Generated")

    package = project / "src" / "update_demo"
    (package / "prompts" / "system.md").write_text(USER_PROMPT)
    (package / "custom.py").write_text('def greet() -> str:\n    return "hi"\n')
    (project / "tests" / "test_custom.py").write_text(
        "from update_demo.custom import greet\n\n\ndef test_greet() -> None:\n"
        '    assert greet() == "hi"\n'
    )
    (project / ".env").write_text("MAX_TOKENS_CAP=512\n")
    with (project / "README.md").open("a") as readme:
        readme.write(USER_README_NOTE)
    git(project, "add", "--all", "--force")
    git(project, "commit", "--quiet", "-m", "Our edits")
    return project


def project_catalog_price(project: Path) -> float:
    catalog = yaml.safe_load((project / "src/update_demo/llm/catalog.yml").read_text())
    sonnet = next(m for m in catalog["models"] if m["id"] == "claude-sonnet-5-5")
    return float(sonnet["prices"]["output"])


@pytest.mark.filterwarnings("ignore::Warning")
def test_update_keeps_user_edits_and_applies_template_changes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert project_catalog_price(project) == OLD_PRICE
    assert (project / "env.example").is_file()

    assert cli.main(["check-update", str(project)]) == 1
    assert cli.main(["update", str(project)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "v0.1.0 -> v0.2.0" in out
    assert re.search(r"claude-sonnet-5-5\W+output\W+\$12\W+\$10\b", out), out
    assert "Updated cleanly" in out

    # Nothing to resolve where the user did not edit.
    leftovers = [p for p in project.rglob("*") if p.suffix == ".rej"]
    assert not leftovers
    for path in project.rglob("*"):
        if path.is_file() and ".git" not in path.parts:
            assert "<<<<<<<" not in path.read_text(errors="ignore"), path

    # The user's edits survive.
    package = project / "src" / "update_demo"
    assert (package / "prompts" / "system.md").read_text() == USER_PROMPT
    assert (package / "custom.py").is_file()
    assert (project / ".env").read_text() == "MAX_TOKENS_CAP=512\n"
    assert (project / "README.md").read_text().endswith(USER_README_NOTE)

    # The template's improvements arrive.
    assert project_catalog_price(project) == NEW_PRICE
    assert not (project / "env.example").exists()  # renamed in the new version
    assert (project / ".env.example").is_file()
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert answers["_commit"] == "v0.2.0"
    assert answers["alert_webhook_url"] == ""  # the new question took its default

    assert cli.main(["check-update", str(project)]) == 0

    # The updated project's own tests still pass (the user's test included).
    env = {**os.environ, "PYTHONPATH": str(project / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.filterwarnings("ignore::Warning")
def test_update_refuses_a_dirty_tree_and_changes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "README.md").write_text("work in progress\n")
    assert cli.main(["update", str(project)]) == 2
    assert "uncommitted changes" in capsys.readouterr().err
    assert (project / "README.md").read_text() == "work in progress\n"
    assert project_catalog_price(project) == OLD_PRICE


def test_update_refuses_a_folder_copier_did_not_generate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["update", str(tmp_path)]) == 2
    assert "has no .copier-answers.yml" in capsys.readouterr().err


WORKFLOW = REPO / "template" / ".github" / "workflows" / "template-update.yml"


def run_workflow_check(project: Path) -> subprocess.CompletedProcess[str]:
    """The template-update workflow's check step, run as GitHub runs a bash step."""
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"]["check-update"]["steps"]
    script = next(step["run"] for step in steps if step.get("shell") == "bash")
    bin_dir = str(Path(sys.executable).parent)  # this venv's python and copier
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=project,
        env={**os.environ, "PATH": bin_dir + os.pathsep + os.environ["PATH"]},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_conflicted_file_is_listed_once(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "--quiet")
    (repo / "a.txt").write_text("base\n")
    git(repo, "add", "a.txt")
    git(repo, "commit", "--quiet", "-m", "base")
    git(repo, "checkout", "--quiet", "-b", "theirs")
    (repo / "a.txt").write_text("theirs\n")
    git(repo, "commit", "--quiet", "--all", "-m", "theirs")
    git(repo, "checkout", "--quiet", "-")
    (repo / "a.txt").write_text("ours\n")
    git(repo, "commit", "--quiet", "--all", "-m", "ours")
    merge = subprocess.run([*GIT, "merge", "theirs"], cwd=repo, capture_output=True)
    assert merge.returncode != 0  # a conflict: a.txt has three index stages now
    assert update.conflicts(repo) == ["a.txt"]


@pytest.mark.filterwarnings("ignore::Warning")
def test_a_moved_template_names_src_path_and_template_finds_it(
    project: Path,
    template_repo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = run_workflow_check(project)
    assert found.returncode == 1
    assert "A newer template version exists" in found.stdout

    moved = tmp_path / "moved-template"
    template_repo.rename(moved)
    assert cli.main(["check-update", str(project)]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert f"_src_path: {template_repo}" in err and "--template" in err
    unreachable = run_workflow_check(project)
    assert unreachable.returncode == 1
    assert "local folder this runner cannot reach" in unreachable.stdout

    assert cli.main(["check-update", str(project), "--template", str(moved)]) == 1
    for name in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{name}_NAME", "t")
        monkeypatch.setenv(f"GIT_{name}_EMAIL", "t@localhost")
    assert cli.main(["update", str(project), "--template", str(moved)]) == 0
    assert "Updated cleanly" in capsys.readouterr().out
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert (answers["_src_path"], answers["_commit"]) == (str(moved), "v0.2.0")
    assert "Template source moved" in git(project, "log", "--format=%s")


@pytest.mark.filterwarnings("ignore::Warning")
def test_a_release_that_changes_nothing_here_is_no_update(
    template_repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "current"
    copier.run_copy(
        str(template_repo), project, data={"project_name": "Current"}, defaults=True, quiet=True
    )
    git(project, "init", "--quiet")
    git(project, "add", "--all")
    git(project, "commit", "--quiet", "-m", "Generated")
    assert run_workflow_check(project).returncode == 0

    (template_repo / "CHANGELOG.md").write_text("# Changelog\n\nNotes only.\n")
    git(template_repo, "add", "CHANGELOG.md")
    git(template_repo, "commit", "--quiet", "-m", "v0.2.1: notes only")
    git(template_repo, "tag", "v0.2.1")
    assert cli.main(["check-update", str(project)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "v0.2.0 -> v0.2.1 changes nothing in this project" in out
    assert cli.main(["update", str(project)]) == 0
    assert git(project, "status", "--porcelain") == ""
