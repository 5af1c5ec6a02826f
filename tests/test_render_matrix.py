"""Every domain x state backend renders a project whose own tests, lint and types pass.

All renders share this environment (the generator's `test` extra installs what the
generated projects need) and one mypy cache, so the matrix stays fast.
"""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import copier
import pytest
import yaml

from prodready.audit import audit_paths
from prodready.planner import DOMAINS

from .conftest import REPO

BACKENDS = ("sqlite", "redis")
PACKAGE = "matrix_service"

# Every domain with both backends (default authentication), and every other
# authentication mode with both backends.
MATRIX = [(domain, backend, "api_key") for domain in DOMAINS for backend in BACKENDS] + [
    ("general", "sqlite", "jwt"),
    ("healthcare", "redis", "jwt"),
    ("finance", "sqlite", "trusted_header"),
    ("ugc", "redis", "trusted_header"),
]


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


def render(destination: Path, **answers: object) -> Path:
    copier.run_copy(
        str(REPO),
        destination,
        data={"project_name": "Matrix Service", **answers},
        defaults=True,
        vcs_ref="HEAD",  # the commit under test, not the latest release tag
        unsafe=False,  # must render without --trust
        quiet=True,
    )
    return destination


def lint_files(project: Path) -> None:
    """The Dockerfile passes hadolint; the workflows match GitHub's workflow schema."""
    bin_dir = Path(sys.executable).parent
    hadolint = subprocess.run(
        [str(bin_dir / "hadolint"), "Dockerfile"], cwd=project, capture_output=True, text=True
    )
    assert hadolint.returncode == 0, hadolint.stdout + hadolint.stderr
    workflows = sorted(str(p) for p in (project / ".github" / "workflows").glob("*.yml"))
    assert workflows
    schema = subprocess.run(
        [
            str(bin_dir / "check-jsonschema"),
            "--builtin-schema",
            "vendor.github-workflows",
            *workflows,
        ],
        capture_output=True,
        text=True,
    )
    assert schema.returncode == 0, schema.stdout + schema.stderr


def run(project: Path, mypy_cache: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(project / "src"), "MYPY_CACHE_DIR": str(mypy_cache)}
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(
        [sys.executable, "-m", *command],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def check(project: Path, mypy_cache: Path, *command: str) -> None:
    result = run(project, mypy_cache, *command)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"


def check_tests(project: Path, mypy_cache: Path) -> None:
    """The project's own tests; a failure that does not repeat is reported as a flake.

    Rare timing flakes under load have been seen in the socket and thread tests; one rerun
    keeps CI honest about them (a warning with the first run's output) without letting
    a real, repeatable failure through.
    """
    command = ("pytest", "-q", "-p", "no:cacheprovider")
    first = run(project, mypy_cache, *command)
    if first.returncode == 0:
        return
    second = run(project, mypy_cache, *command)
    assert second.returncode == 0, f"pytest failed twice:\n{second.stdout}\n{second.stderr}"
    tail = "\n".join(first.stdout.splitlines()[-30:])
    warnings.warn(f"flaky test in {project.name}, passed on rerun:\n{tail}", stacklevel=1)


def test_copier_yml_needs_no_trust() -> None:
    config = yaml.safe_load((REPO / "copier.yml").read_text())
    assert not {"_tasks", "_migrations", "_jinja_extensions"} & set(config)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::copier.errors.CopierWarning")  # e.g. a dirty checkout
@pytest.mark.parametrize(("domain", "backend", "auth"), MATRIX)
def test_rendered_project_passes_its_own_checks(
    tmp_path: Path, mypy_cache: Path, domain: str, backend: str, auth: str
) -> None:
    project = render(tmp_path / "project", domain=domain, state_backend=backend, auth_mode=auth)
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert (answers["domain"], answers["state_backend"], answers["auth_mode"]) == (
        domain,
        backend,
        auth,
    )
    assert (project / "src" / PACKAGE / "llm" / "catalog.yml").read_text() == (
        REPO / "catalog.yml"
    ).read_text()

    assert audit_paths([project / "src"]) == []  # the generated service audits clean
    lint_files(project)
    check(project, mypy_cache, "ruff", "check", ".")
    check(project, mypy_cache, "ruff", "format", "--check", ".")
    check(project, mypy_cache, "mypy")
    check_tests(project, mypy_cache)


LONGEST_PACKAGE = "p" * 64
"""copier.yml allows package names up to 64 characters; every line that names the package
must still fit the project's line length and its import layout must not depend on it."""


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::copier.errors.CopierWarning")
@pytest.mark.parametrize("backend", BACKENDS)
def test_the_longest_package_name_still_lints_clean(
    tmp_path: Path, mypy_cache: Path, backend: str
) -> None:
    project = render(tmp_path / "project", package_name=LONGEST_PACKAGE, state_backend=backend)
    assert (project / "src" / LONGEST_PACKAGE / "__init__.py").is_file()
    check(project, mypy_cache, "ruff", "check", ".")
    check(project, mypy_cache, "ruff", "format", "--check", ".")
