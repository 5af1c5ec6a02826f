"""Where the Copier template comes from: a git checkout, or the copy inside the wheel.

`copier update` needs a template source that is a git repository and still resolves
later, so an installed prodready turns its bundled copy into a local git repository
once per version instead of rendering from a plain folder.
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


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=prodready", "-c", "user.email=prodready@localhost", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def _bundled_repository() -> Path:
    """A git repository holding this version's bundled template, made on first use."""
    repo = _data_home() / f"template-{__version__}"
    if (repo / ".git").is_dir():
        return repo
    staging = repo.with_name(repo.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(template_root(), staging, ignore=shutil.ignore_patterns(".git", "__pycache__"))
    _git(staging, "init", "--quiet")
    _git(staging, "add", "--all")
    _git(staging, "commit", "--quiet", "-m", f"prodready template {__version__}")
    _git(staging, "tag", f"v{__version__}")
    staging.rename(repo)
    return repo


def template_source(explicit: str | None = None) -> str:
    """The copier source to render from, in order: argument, environment, checkout, bundle."""
    if explicit:
        return explicit
    if from_env := os.environ.get(ENV_TEMPLATE):
        return from_env
    checkout = _checkout_root()
    return str(checkout) if checkout else str(_bundled_repository())
