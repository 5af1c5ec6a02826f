"""A generated project ships pinned (issue 21): its runtime dependencies locked with the hash of
every file, its base image by digest, and the image built from exactly those.

Offline: reads the rendered files of each state backend (the lock differs per backend).
"""

from __future__ import annotations

import re
import shlex
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name

from .test_render_matrix import render

pytestmark = pytest.mark.filterwarnings("ignore::copier.errors.CopierWarning")  # a dirty checkout

BACKENDS = ("sqlite", "redis")
LOCK = "requirements.lock.txt"
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")
PINNED_IMAGE = re.compile(r"[\w./-]+:[\w.-]+@sha256:[0-9a-f]{64}")
IMAGE_MACHINES = ("x86_64", "aarch64")
"""The image's platforms: CPython 3.11 on Linux, both architectures (the lock is universal)."""


@dataclass(frozen=True)
class Pin:
    """One entry of the lock, `name==version ; marker`, and how many file hashes it carries."""

    requirement: Requirement
    hashes: int

    @property
    def version(self) -> str | None:
        """The pinned version, or None when the entry is not an exact `==` pin."""
        specs = list(self.requirement.specifier)
        if len(specs) == 1 and specs[0].operator == "==" and "*" not in specs[0].version:
            return specs[0].version
        return None

    def installs_in_image(self) -> bool:
        """Whether pip installs it in the image, on either architecture."""
        marker = self.requirement.marker
        return marker is None or any(on_image(marker, machine) for machine in IMAGE_MACHINES)


def on_image(marker: Marker, machine: str) -> bool:
    return marker.evaluate(
        {
            "python_version": "3.11",
            "python_full_version": "3.11.17",
            "implementation_name": "cpython",
            "platform_python_implementation": "CPython",
            "sys_platform": "linux",
            "platform_system": "Linux",
            "os_name": "posix",
            "platform_machine": machine,
        }
    )


def parse_lock(text: str) -> dict[NormalizedName, list[Pin]]:
    """Every entry of the lock by package (a package may have one entry per marker)."""
    pins: dict[NormalizedName, list[Pin]] = {}
    for line in text.replace("\\\n", " ").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        requirement = Requirement(line.split(" --", 1)[0])
        pin = Pin(requirement, len(HASH.findall(line)))
        pins.setdefault(canonicalize_name(requirement.name), []).append(pin)
    return pins


def project_table(project: Path) -> dict[str, object]:
    table: dict[str, object] = tomllib.loads((project / "pyproject.toml").read_text())["project"]
    return table


def runtime_requirements(project: Path) -> list[Requirement]:
    dependencies = project_table(project)["dependencies"]
    assert isinstance(dependencies, list)
    return [Requirement(text) for text in dependencies]


def dev_only_names(project: Path) -> set[NormalizedName]:
    extras = project_table(project)["optional-dependencies"]
    assert isinstance(extras, dict)
    dev = {canonicalize_name(Requirement(text).name) for text in extras["dev"]}
    return dev - {canonicalize_name(r.name) for r in runtime_requirements(project)}


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One render per state backend."""
    return {
        backend: render(tmp_path_factory.mktemp(backend) / "project", state_backend=backend)
        for backend in BACKENDS
    }


@pytest.mark.parametrize("backend", BACKENDS)
def test_every_runtime_dependency_is_pinned_within_its_range(
    projects: dict[str, Path], backend: str
) -> None:
    project = projects[backend]
    pins = parse_lock((project / LOCK).read_text())
    for requirement in runtime_requirements(project):
        candidates = pins.get(canonicalize_name(requirement.name), [])
        entries = [pin for pin in candidates if pin.installs_in_image()]
        assert entries, f"{requirement} is not locked for the image"
        for pin in entries:
            assert pin.version is not None, f"{pin.requirement} is not an exact pin"
            assert requirement.specifier.contains(pin.version, prereleases=True), (
                f"the lock's {pin.requirement} is outside pyproject's {requirement}"
            )


@pytest.mark.parametrize("backend", BACKENDS)
def test_every_lock_entry_is_an_exact_pin_with_hashes(
    projects: dict[str, Path], backend: str
) -> None:
    pins = parse_lock((projects[backend] / LOCK).read_text())
    assert pins
    for entries in pins.values():
        for pin in entries:
            assert pin.version is not None, f"{pin.requirement} is not an exact pin"
            assert pin.hashes >= 1, f"{pin.requirement} has no --hash=sha256:"


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_lock_holds_runtime_dependencies_only(projects: dict[str, Path], backend: str) -> None:
    """No dev tool, nothing only the other backend needs, and a refresh command without
    extras (it would lock the dev tools)."""
    project = projects[backend]
    text = (project / LOCK).read_text()
    locked = set(parse_lock(text))
    assert not locked & dev_only_names(project), "dev tools are locked"
    (other,) = (projects[b] for b in BACKENDS if b != backend)
    own = {canonicalize_name(r.name) for r in runtime_requirements(project)}
    other_only = {canonicalize_name(r.name) for r in runtime_requirements(other)} - own
    assert not locked & other_only, f"locked for the other backend only: {locked & other_only}"

    command = next(line for line in text.splitlines() if "pip compile" in line)
    arguments = shlex.split(command.lstrip("# "))
    assert "pyproject.toml" in arguments and "--generate-hashes" in arguments
    assert not {"--extra", "--all-extras", "--group"} & set(arguments)


def from_lines(dockerfile: str) -> list[tuple[str, str | None]]:
    """Each FROM's image and stage name, with the ARG defaults declared before the first FROM
    expanded; a FROM of an earlier stage resolves to that stage's image."""
    defaults: dict[str, str] = {}
    stages: dict[str, str] = {}
    result: list[tuple[str, str | None]] = []
    for line in dockerfile.splitlines():
        words = line.split()
        if not words:
            continue
        if words[0] == "ARG" and not result and "=" in words[1]:
            name, value = words[1].split("=", 1)
            defaults[name] = value
        elif words[0] == "FROM":
            image = re.sub(r"\$\{?(\w+)\}?", lambda m: defaults.get(m[1], m[0]), words[1])
            image = stages.get(image, image)
            stage = words[3] if len(words) == 4 and words[2].upper() == "AS" else None
            if stage is not None:
                stages[stage] = image
            result.append((image, stage))
    return result


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_image_builds_on_a_digest_and_installs_the_lock_with_hashes(
    projects: dict[str, Path], backend: str
) -> None:
    dockerfile = (projects[backend] / "Dockerfile").read_text()
    images = from_lines(dockerfile)
    assert len(images) >= 2
    for image, _stage in images:
        assert PINNED_IMAGE.fullmatch(image), f"FROM {image} is not pinned by digest"
    # The build stage and the runtime stage share one base: the copied venv needs its Python.
    assert len({image for image, _stage in images}) == 1

    installs = [
        shlex.split(line.removeprefix("RUN "))
        for line in dockerfile.splitlines()
        if line.startswith("RUN ") and "pip install" in line
    ]
    locked = [words for words in installs if "-r" in words]
    assert [words[words.index("-r") + 1] for words in locked] == [LOCK]
    assert all("--require-hashes" in words for words in locked)
    # Anything else pip installs brings no dependency of its own: all come from the lock.
    assert all("--no-deps" in words for words in installs if words not in locked)
    assert f"COPY {LOCK} " in dockerfile
