"""Which files are audited, how they are parsed, and which findings a comment suppresses.

Files (and the code cells of notebooks) are read and parsed, never imported; only those
that can reach the SDK (or hold a key-shaped string) are parsed at all. A file that does
not parse is reported as a warning with the number of SDK calls it may hide, so one broken
file does not hide the findings of the others.

Test files (under a `tests`/`test` folder, `conftest.py`, and a `test_*.py` / `*_test.py`
holding a test) are searched for keys only (PR010): a real key leaks from a test as from
anything else, but tests call the SDK against fakes on purpose, without retries, limits or
fallbacks.
`AuditConfig(audit_tests=True)` applies every rule to them too.
"""

from __future__ import annotations

import ast
import dataclasses
import gc
import hashlib
import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import (
    AppLimiter,
    AuditConfig,
    ModuleAudit,
    ProjectFacts,
    reaching_sdk,
    text_findings,
    text_worth_parsing,
)
from .names import walk_all
from .project import Module, Project, files_to_parse, imported_names
from .rules import Finding
from .sdk import max_retries_zero
from .web import APP_WIDE_WORDS, LIMITER, module_limits_all

SKIPPED_DIRS = frozenset(
    {".git", ".hg", ".svn", ".venv", "venv", "env", "node_modules", "__pycache__", ".tox",
     ".nox", "build", "dist", "site-packages", ".mypy_cache", ".ruff_cache", ".pytest_cache",
     ".ipynb_checkpoints", ".eggs", ".cache", ".direnv"}
)  # fmt: skip
"""Folders of tools, caches and environments; other hidden folders are scanned (a CI
script under `.github/scripts` makes real calls)."""
SUFFIXES = (".py", ".ipynb")
IGNORE_COMMENT = re.compile(r"#\s*prodready:\s*ignore\[([A-Za-z0-9_,\s]+)\]")
IGNORE_FILE_COMMENT = re.compile(r"#\s*prodready:\s*ignore-file\[([A-Za-z0-9_,\s]+)\]")
SDK_CALL = re.compile(r"\.messages\s*\.\s*(?:with_\w+\s*\.\s*)?(?:create|stream|parse)\s*\(")
TEST_FOLDERS = frozenset({"tests", "test"})
TEST_MARKERS = re.compile(
    r"^\s*(?:async\s+)?def\s+test|^\s*class\s+Test|^\s*(?:import|from)\s+(?:pytest|unittest)\b",
    re.MULTILINE,
)
"""What makes a file named like a test one: a test function or class, pytest or unittest."""
ANCESTORS = 3
# IPython lines that are not Python: magics, shell escapes, help.
MAGIC = re.compile(r"^\s*(?:[%!]|\?\?|\w[\w.]*\?\s*$)")
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun"})
# The opening of a one-line f-string (prefixes in any order and case; not triple-quoted).
FSTRING_START = re.compile(r"(?<![\w'\"])(?:[rR]?[fF]|[fF][rR])(['\"])(?!\1\1)")
MAX_REQUOTED_LINES = 50


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
    call_sites: int = 0
    """messages.create/stream calls found (test files included): what the rules looked at."""


def python_files(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, folder it was found under) for the .py and .ipynb files named, and those
    under the folders named (skipping the folders of tools, caches and environments: any
    holding a `pyvenv.cfg` is a virtualenv, whatever its name)."""
    for path in paths:
        if path.is_file():
            yield path, path.parent
            continue
        found: list[Path] = []
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = [
                name
                for name in subfolders
                if name not in SKIPPED_DIRS
                and not os.path.exists(os.path.join(folder, name, "pyvenv.cfg"))
            ]
            found += [Path(folder, name) for name in files if name.endswith(SUFFIXES)]
        for candidate in sorted(found):
            if candidate.is_file():
                yield candidate, path


def is_test_file(relative: str, source: str | None = None) -> bool:
    """A test module by the usual conventions (pytest's, unittest's); `relative` is the
    path under the folder scanned, so auditing `tests/` itself audits it fully. Outside a
    tests folder, a `test_*.py` / `*_test.py` whose `source` holds no test (no `def test_`,
    no `class Test`, no pytest or unittest) is a script someone named so (`claude_test.py`
    trying the API out): it is audited like any other file."""
    parts = relative.split("/")
    name = parts[-1]
    if any(part in TEST_FOLDERS for part in parts[:-1]) or name == "conftest.py":
        return True
    named = name.startswith("test_") or name.endswith("_test.py")
    return named and (source is None or bool(TEST_MARKERS.search(source)))


def ignored_rules(line: str, pattern: re.Pattern[str] = IGNORE_COMMENT) -> set[str]:
    """Rule ids a `# prodready: ignore[PR001, PR008] reason` comment on the line suppresses."""
    match = pattern.search(line)
    if match is None:
        return set()
    return {part.strip().upper() for part in match.group(1).split(",") if part.strip()}


def suppressed(lines: list[str], number: int, start: int | None = None) -> set[str]:
    """Rules ignored at a line: by a comment on it, or on a comment line just above it or
    above the statement it is part of (`start`, its first line): room for the reason."""
    line = lines[number - 1] if 0 < number <= len(lines) else ""
    rules = ignored_rules(line)
    for first in {number, start or number}:
        above = lines[first - 2] if 1 < first <= len(lines) + 1 else ""
        if above.lstrip().startswith("#"):
            rules |= ignored_rules(above)
    return rules


def statement_starts(tree: ast.Module) -> dict[int, int]:
    """For each line, the first line of the innermost statement (or compound statement's
    header: `with f(\n  x,\n) as y:`) it belongs to."""
    starts: dict[int, int] = {}
    for node in walk_all(tree):  # outer statements first: inner ones overwrite them
        if not isinstance(node, ast.stmt):
            continue
        body = getattr(node, "body", None)
        nested = body[0].lineno - 1 if isinstance(body, list) and body else None
        end = nested if nested is not None else (node.end_lineno or node.lineno)
        for line in range(node.lineno, max(end, node.lineno) + 1):
            starts[line] = node.lineno
    return starts


def ignored_in_file(lines: list[str]) -> set[str]:
    """Rules a comment line `# prodready: ignore-file[PR006] reason` ignores in the file."""
    rules: set[str] = set()
    for text in lines:
        if text.lstrip().startswith("#"):
            rules |= ignored_rules(text, IGNORE_FILE_COMMENT)
    return rules


def display_path(path: Path, root: Path) -> str:
    """The path relative to the root (posix separators, `../` when outside it); absolute
    only when no relative path exists (another drive)."""
    try:
        return Path(os.path.relpath(path.resolve(), root.resolve())).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def module_name(path: Path, base: Path) -> tuple[str, bool]:
    """The dotted module name of a file, and whether it is a package's `__init__`. The
    name starts with the folder scanned and up to ANCESTORS folders above it, so imports
    written from a higher root resolve when a subfolder is scanned (`app/services` scanned,
    `from app.services.llm import client` in a sibling)."""
    parts = list(path.relative_to(base).with_suffix("").parts)
    package = parts[-1] == "__init__"
    if package:
        parts = parts[:-1]
    above: list[str] = []
    for part in reversed(base.resolve().parts[1:]):
        if len(above) == ANCESTORS or not part.isidentifier():
            break  # `my-project` is no package: nothing above it can be imported through it
        above.insert(0, part)
    return ".".join([*above, *parts]) or base.name, package


def notebook_source(text: str) -> tuple[str, list[tuple[int, int]], int]:
    """The code cells of a notebook joined into one module (they share one namespace),
    with magics blanked; the (cell, line) of each joined line; cells that do not parse."""
    cells = json.loads(text).get("cells", [])
    lines: list[str] = []
    where: list[tuple[int, int]] = []
    broken = 0
    for number, cell in enumerate(cells, start=1):
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        code = "".join(source) if isinstance(source, list) else str(source)
        first = code.lstrip().split(maxsplit=1)[:1]
        if first and first[0].startswith("%%") and first[0][2:] not in PYTHON_CELL_MAGICS:
            continue  # %%bash, %%html...: not Python
        cell_lines = ["" if MAGIC.match(line) else line for line in code.splitlines()]
        try:
            parse_source("\n".join(cell_lines))
        except SyntaxError:
            broken += 1
            continue
        lines += cell_lines
        where += [(number, line) for line in range(1, len(cell_lines) + 1)]
    return "\n".join(lines) + "\n", where, broken


def requote_fstrings(line: str) -> str:
    """The line with each f-string's own quote, reused inside a replacement field as
    Python 3.12 allows (`f"{d["k"]}"`), swapped for the other quote, as older Pythons
    need (`f"{d['k']}"`). Same length: every position in the file stays where it was."""
    chars = list(line)
    start = 0
    while (match := FSTRING_START.search(line, start)) is not None:
        quote = match.group(1)
        other = "'" if quote == '"' else '"'
        index, depth = match.end(), 0
        while index < len(line):
            char = line[index]
            if depth == 0 and (char == "\\" or line.startswith(("{{", "}}"), index)):
                index += 2  # an escape, or a literal brace
                continue
            if depth == 0 and char == quote:
                break
            if char == "{":
                depth += 1
            elif char == "}" and depth:
                depth -= 1
            elif depth and char == quote:
                chars[index] = other
            index += 1
        start = index + 1
    return "".join(chars)


def parse_source(source: str, filename: str = "<unknown>") -> ast.Module:
    """The module's tree. Python 3.12's f-strings (the outer quote reused inside) are read
    on older interpreters too: each line the parser stops at is requoted, then parsed again.
    Anything else that does not parse raises SyntaxError as ast.parse does."""
    lines: list[str] | None = None
    for _ in range(MAX_REQUOTED_LINES):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", SyntaxWarning)
                return ast.parse(source, filename=filename)
        except SyntaxError as error:
            lines = lines or source.split("\n")
            index = (error.lineno or 0) - 1
            if not error.msg.startswith("f-string") or not 0 <= index < len(lines):
                raise
            requoted = requote_fstrings(lines[index])
            if requoted == lines[index]:
                raise
            lines[index] = requoted
            source = "\n".join(lines)
    return ast.parse(source, filename=filename)


def _read(path: Path) -> tuple[str | None, list[tuple[int, int]] | None, str | None]:
    """(source, notebook cell map, problem) of one file; a notebook's code cells joined.
    A leading UTF-8 byte order mark is dropped, as Python itself does when it runs the file
    (left in, it is an "invalid non-printable character" and the file's calls are lost)."""
    try:
        source = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return None, None, f"cannot read: {error}"
    if path.suffix != ".ipynb":
        return source, None, None
    try:
        joined, cells, broken = notebook_source(source)
    except (ValueError, AttributeError, TypeError) as error:
        return None, None, f"not a readable notebook: {error}"
    note = f"{broken} code cell(s) are not valid Python; skipped" if broken else None
    return joined, cells, note


def _compile(path: Path, source: str) -> tuple[ast.Module | None, str | None]:
    """The module's tree, or why there is none (with the SDK calls it may hide)."""
    try:
        return parse_source(source, str(path)), None
    except SyntaxError as error:
        calls = len(SDK_CALL.findall(source))
        return None, (
            f"not valid Python for this interpreter (line {error.lineno}): {error.msg}; "
            f"skipped, {calls} messages call(s) in it not audited"
        )


Read = tuple[Path, str, str, tuple[str, bool], list[tuple[int, int]] | None, str]
"""A file read: path, as shown, under the folder scanned, (module name, package), notebook
cells, source."""


def _project_facts(project: Project) -> ProjectFacts:
    """Facts across files: whether every client built anywhere has its own retries off."""
    constructors = [
        node
        for module in project.relevant
        if module.clients is not None
        for node in walk_all(module.tree)
        if isinstance(node, ast.Call) and module.clients.is_constructor(node)
    ]
    return ProjectFacts(
        all_clients_retry_free=bool(constructors) and all(map(max_retries_zero, constructors)),
        parse=parse_source,
    )


def _app_limiters(read: list[Read], modules: list[Module]) -> list[AppLimiter]:
    """Files applying a limiter to every route of their app (an app factory need not name
    anthropic); only files whose text names a limiter and an app-wide hook are parsed for
    it (test files never count)."""
    parsed = {module.path: module.tree for module in modules}
    found: list[AppLimiter] = []
    for path, shown, relative, (name, package), _, source in read:
        if is_test_file(relative, source) or not (
            LIMITER.search(source) and any(w in source for w in APP_WIDE_WORDS)
        ):
            continue
        tree = parsed.get(shown) or _compile(path, source)[0]
        if tree is not None and module_limits_all(tree, routers=False):
            base = name if package else name.rpartition(".")[0]
            found.append(AppLimiter(name, package, frozenset(imported_names(source, base))))
    return found


def _placed(finding: Finding, module: Module, text: str) -> Finding:
    """The finding with its fingerprint's text (rule, path, the line's code); a notebook's
    moved from the joined source to its cell and line."""
    key = "\0".join((finding.rule.id, finding.path, " ".join(text.split())))
    finding = dataclasses.replace(finding, fingerprint=key)
    if module.cells is None or not 0 < finding.line <= len(module.cells):
        return finding
    cell, line = module.cells[finding.line - 1]
    # An edit's lines are in the joined cells, not in the file: no SARIF fix for notebooks.
    return dataclasses.replace(finding, cell=cell, line=line, edit=None)


def audit(
    paths: Iterable[Path], *, root: Path | None = None, config: AuditConfig | None = None
) -> AuditResult:
    """Audit the Python files and notebooks under `paths` as one project; paths in
    findings are relative to `root` (default: the current directory)."""
    # The audit holds every tree until it ends and makes no garbage worth collecting on
    # the way: the collector's passes over a growing heap of AST nodes were a third of
    # the time on a large project (parse and index). Resumed as it was, whatever happens.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _audit(paths, root=root, config=config)
    finally:
        if collecting:
            gc.enable()


def _audit(paths: Iterable[Path], *, root: Path | None, config: AuditConfig | None) -> AuditResult:
    root = root or Path.cwd()
    config = config or AuditConfig()
    result = AuditResult()
    read: list[Read] = []
    for path, base in python_files(paths):
        shown = display_path(path, root)
        source, cells, problem = _read(path)
        if problem is not None:
            result.skipped.append(Skipped(shown, problem))
        if source is not None:
            relative = path.relative_to(base).as_posix()
            read.append((path, shown, relative, module_name(path, base), cells, source))
    result.files = len(read)
    # Only files that can reach the SDK (or hold a key) are parsed: on a large project
    # most files never import anything that leads to anthropic, and parsing is the cost.
    wanted = files_to_parse(
        [(name, source) for _, _, _, name, _, source in read], text_worth_parsing()
    )
    modules: list[Module] = []
    for index in sorted(wanted):
        path, shown, relative, (name, package), cells, source = read[index]
        tree, problem = _compile(path, source)
        if tree is None:
            result.skipped.append(Skipped(shown, problem or "cannot parse"))
            continue
        module = Module(shown, name, tree, source, package, cells)
        module.relative = relative
        modules.append(module)
    project = Project(modules)
    facts = _project_facts(project)
    facts.app_limiters = _app_limiters(read, modules)
    facts.sources = [source for *_, source in read]
    if not config.audit_tests:
        facts.skipped_callers = {m for m in project.relevant if is_test_file(m.relative, m.source)}
    peers: dict[Module, ModuleAudit] = {}
    audits = [ModuleAudit(m, project, config, facts, peers) for m in project.relevant]
    facts.reaching = reaching_sdk(audits)
    result.call_sites = sum(len(a.sites) for a in audits)
    for module_audit in audits:
        module_audit.run()
    found: list[tuple[Module, Finding]] = [(a.module, f) for a in audits for f in a.results()]
    found += [(m, f) for m in modules if m not in peers for f in text_findings(m, config.today)]
    whole_file: dict[Module, set[str]] = {}
    starts: dict[Module, dict[int, int]] = {}
    for module, finding in found:
        tested = is_test_file(module.relative, module.source)
        if tested and not config.audit_tests and finding.rule.id != "PR010":
            continue
        lines = module.lines
        if module not in whole_file:
            # Most files carry no ignore comment: no statement map to build for them.
            commented = "prodready:" in module.source
            whole_file[module] = ignored_in_file(lines) if commented else set()
            starts[module] = statement_starts(module.tree) if commented else {}
        start = starts[module].get(finding.line)
        ignored = whole_file[module]
        if starts[module]:
            ignored = ignored | suppressed(lines, finding.line, start)
        if finding.rule.id not in ignored:
            line = lines[finding.line - 1] if 0 < finding.line <= len(lines) else ""
            result.findings.append(_placed(finding, module, line))
    result.findings.sort(key=lambda f: f.sort_key)
    seen: Counter[str] = Counter()
    for index, finding in enumerate(result.findings):
        seen[finding.fingerprint] += 1  # the same text twice in a file: told apart by order
        digest = hashlib.sha256(f"{finding.fingerprint}\0{seen[finding.fingerprint]}".encode())
        result.findings[index] = dataclasses.replace(finding, fingerprint=digest.hexdigest()[:32])
    return result


def audit_paths(paths: Iterable[Path], *, config: AuditConfig | None = None) -> list[Finding]:
    """The findings under `paths`, suppressions applied (for tests: `== []` means clean)."""
    return audit(paths, config=config).findings
