"""Which files are audited, how they are parsed, and which findings a comment suppresses.

Files are read and parsed, never imported; a file that does not parse is reported as a
warning and skipped, so one broken file does not hide the findings of the others.
"""

from __future__ import annotations

import ast
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import AuditConfig, ModuleAudit, ProjectFacts
from .names import Imports, Parents
from .rules import Finding
from .sdk import Clients, max_retries_zero

SKIPPED_DIRS = frozenset(
    {".git", ".hg", ".venv", "venv", "env", "node_modules", "__pycache__", ".tox", ".nox",
     "build", "dist", "site-packages", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
)  # fmt: skip
IGNORE_COMMENT = re.compile(r"#\s*prodready:\s*ignore\[([A-Za-z0-9_,\s]+)\]")


@dataclass(frozen=True)
class Skipped:
    """A file that could not be audited, and why."""

    path: str
    reason: str


@dataclass
class AuditResult:
    """Findings of one audit run, and the files it had to skip."""

    findings: list[Finding] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    files: int = 0


def python_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The .py files named, and those under the folders named (skipping venvs and caches)."""
    for path in paths:
        if path.is_file():
            yield path
            continue
        for candidate in sorted(path.rglob("*.py")):
            relative = candidate.relative_to(path).parts[:-1]
            if not any(part in SKIPPED_DIRS or part.startswith(".") for part in relative):
                yield candidate


def ignored_rules(line: str) -> set[str]:
    """Rule ids a `# prodready: ignore[PR001, PR008]` comment on the line suppresses."""
    match = IGNORE_COMMENT.search(line)
    if match is None:
        return set()
    return {part.strip().upper() for part in match.group(1).split(",") if part.strip()}


def display_path(path: Path, root: Path) -> str:
    """The path relative to the root (posix separators), or absolute when outside it."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def _parse(path: Path) -> tuple[ast.Module | None, str, str | None]:
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, "", f"cannot read: {error}"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)
            return ast.parse(source, filename=str(path)), source, None
    except SyntaxError as error:
        return None, source, f"not valid Python (line {error.lineno}): {error.msg}; skipped"


def _project_facts(trees: Iterable[ast.Module]) -> ProjectFacts:
    """Facts across files: whether every client built anywhere has its own retries off."""
    constructors = []
    for tree in trees:
        clients = Clients(Imports(tree), Parents(tree))
        constructors += [
            n for n in ast.walk(tree) if isinstance(n, ast.Call) and clients.is_constructor(n)
        ]
    return ProjectFacts(
        all_clients_retry_free=bool(constructors) and all(map(max_retries_zero, constructors))
    )


def audit(
    paths: Iterable[Path], *, root: Path | None = None, config: AuditConfig | None = None
) -> AuditResult:
    """Audit the Python files under `paths`; paths in findings are relative to `root`
    (default: the current directory)."""
    root = root or Path.cwd()
    config = config or AuditConfig()
    result = AuditResult()
    parsed: list[tuple[str, ast.Module, list[str]]] = []
    for path in python_files(paths):
        shown = display_path(path, root)
        tree, source, problem = _parse(path)
        if tree is None:
            result.skipped.append(Skipped(shown, problem or "cannot parse"))
            continue
        parsed.append((shown, tree, source.splitlines()))
    result.files = len(parsed)
    facts = _project_facts(tree for _, tree, _ in parsed)
    for shown, tree, lines in parsed:
        for finding in ModuleAudit(tree, shown, config, facts).run():
            line = lines[finding.line - 1] if 0 < finding.line <= len(lines) else ""
            if finding.rule.id not in ignored_rules(line):
                result.findings.append(finding)
    result.findings.sort(key=lambda f: f.sort_key)
    return result


def audit_paths(paths: Iterable[Path], *, config: AuditConfig | None = None) -> list[Finding]:
    """The findings under `paths`, suppressions applied (for tests: `== []` means clean)."""
    return audit(paths, config=config).findings
