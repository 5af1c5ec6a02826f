"""Where the Copier template comes from: a git checkout, or the copy inside the wheel.

`copier update` needs a template source that is a git repository and still resolves
later, so an installed prodready commits its bundled copy into a local git repository,
tagged with its version, instead of rendering from a plain folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from importlib.resources import files
from pathlib import Path

from . import __version__

ENV_TEMPLATE = "PRODREADY_TEMPLATE"


def _checkout_root() -> Path | None:
    """The repository root when prodready runs from a source checkout."""
    root = Path(__file__).resolve().parents[2]
    return root if (root / "copier.yml").is_file() and (root / "template").is_dir() else None


def template_root() -> Path:
    """The folder holding copier.yml, catalog.yml and template/ for this prodready."""
    return _checkout_root() or Path(str(files("prodready") / "_template"))


def _data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "prodready"


def run_git(cwd: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "user.name=prodready", "-c", "user.email=prodready@localhost", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def _bundled_repository() -> Path:
    """A local git repository with one tagged commit per prodready version that used it.

    Projects record this path as their source, so after upgrading prodready,
    `copier update` in an older project finds the newer version's tag here.
    """
    repo = _data_home() / "template"
    tag = f"v{__version__}"
    if not (repo / ".git").is_dir():
        repo.mkdir(parents=True, exist_ok=True)
        run_git(repo, "init", "--quiet")
    if run_git(repo, "tag", "--list", tag).strip():
        return repo
    for entry in repo.iterdir():
        if entry.name != ".git":
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    shutil.copytree(
        template_root(),
        repo,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns(".git", "__pycache__"),
    )
    run_git(repo, "add", "--all")
    run_git(repo, "commit", "--quiet", "--allow-empty", "-m", f"prodready template {__version__}")
    run_git(repo, "tag", tag)
    return repo


def template_source(explicit: str | None = None) -> str:
    """The copier source to render from, in order: argument, environment, checkout, bundle."""
    if explicit:
        return explicit
    if from_env := os.environ.get(ENV_TEMPLATE):
        return from_env
    checkout = _checkout_root()
    return str(checkout) if checkout else str(_bundled_repository())
