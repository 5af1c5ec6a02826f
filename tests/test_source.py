"""An installed prodready renders from a git copy of its bundled template, so updates work."""

from __future__ import annotations

import subprocess
from pathlib import Path

import copier
import pytest
import yaml

import prodready
from prodready import source

from .conftest import REPO


@pytest.mark.filterwarnings("ignore::Warning")
def test_bundled_template_becomes_an_updatable_git_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend to be a wheel install: no checkout, the bundle lives in site-packages.
    monkeypatch.setattr(source, "_checkout_root", lambda: None)
    monkeypatch.setattr(source, "template_root", lambda: REPO)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(source.ENV_TEMPLATE, raising=False)

    src = Path(source.template_source())
    assert (src / ".git").is_dir() and (src / "copier.yml").is_file()
    assert source.template_source() == str(src)  # committed once per version, then reused

    # A later prodready adds its version as a new tag in the same repository.
    monkeypatch.setattr(source, "__version__", "99.0.0")
    assert source.template_source() == str(src)
    tags = subprocess.run(["git", "tag"], cwd=src, capture_output=True, text=True).stdout.split()
    assert tags == [f"v{prodready.__version__}", "v99.0.0"]

    project = tmp_path / "project"
    copier.run_copy(str(src), project, data={"project_name": "Bundled"}, defaults=True, quiet=True)
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert answers["_src_path"] == str(src)
    assert answers["_commit"] == "v99.0.0"


def test_explicit_and_environment_sources_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(source.ENV_TEMPLATE, "gh:example/from-env")
    assert source.template_source("gh:example/explicit") == "gh:example/explicit"
    assert source.template_source() == "gh:example/from-env"
    monkeypatch.delenv(source.ENV_TEMPLATE)
    assert source.template_source() == str(REPO)
