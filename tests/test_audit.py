"""`prodready audit`: exact findings on the corpus, SARIF against the 2.1.0 schema, JSON
shape, exit codes and --fail-on, ignore comments, unparsable files, missing paths."""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from prodready.audit import RULES, AuditConfig, Severity, audit, audit_paths
from prodready.audit.report import to_sarif
from prodready.audit.rules import Edit
from prodready.audit.scan import requote_fstrings
from prodready.cli import main

from .audit_synthetic import write_project

CORPUS = Path(__file__).parent / "audit_corpus"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
EXPECT = re.compile(r"#\s*expect:\s*([A-Z0-9,\s]+?)\s*$")

PROJECTS = CORPUS / "projects"

Key = tuple[str, int, str]


def expected_findings(folder: Path = CORPUS) -> set[Key]:
    """(file, line, rule) for every `# expect: RULE[, RULE]` comment in the corpus; in a
    notebook the file is `name.ipynb:cell N` and the line is in that cell."""
    expected: set[Key] = set()
    for path in sorted(folder.rglob("*.py")):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if match := EXPECT.search(line):
                for rule in match.group(1).split(","):
                    expected.add((path.relative_to(CORPUS).as_posix(), number, rule.strip()))
    for path in sorted(folder.rglob("*.ipynb")):
        cells = json.loads(path.read_text())["cells"]
        for cell_number, cell in enumerate(cells, start=1):
            for number, line in enumerate("".join(cell["source"]).splitlines(), start=1):
                if match := EXPECT.search(line):
                    shown = f"{path.relative_to(CORPUS).as_posix()}:cell {cell_number}"
                    expected |= {(shown, number, r.strip()) for r in match.group(1).split(",")}
    return expected


def shown(path: str, cell: int | None) -> str:
    return f"{path}:cell {cell}" if cell is not None else path


def reported(paths: list[Path], **kwargs: object) -> set[Key]:
    result = audit(paths, root=CORPUS, **kwargs)  # type: ignore[arg-type]
    return {(shown(f.path, f.cell), f.line, f.rule.id) for f in result.findings}


def test_corpus_reports_exactly_the_expected_findings() -> None:
    expected = expected_findings()
    actual = reported([CORPUS])
    assert sorted(actual - expected) == [], "unexpected findings"
    assert sorted(expected - actual) == [], "missing findings"


def test_every_rule_has_positives_and_a_clean_near_miss_file() -> None:
    per_rule = Counter(rule for _, _, rule in expected_findings())
    assert set(per_rule) == {rule.id for rule in RULES}
    # Files with no expectation at all prove the near misses stay quiet as a whole.
    quiet = ["limited_router.py", "not_sdk.py", "near_misses_seen_in_projects.py", *ROUND_3_QUIET]
    assert reported([CORPUS / name for name in quiet]) == set()


# --- whole projects: calls hidden from a per-file analysis ---------------------------


@pytest.mark.parametrize("pattern", sorted(p.name for p in PROJECTS.iterdir() if p.is_dir()))
def test_hidden_call_pattern_is_found_across_modules(pattern: str) -> None:
    """Each folder is a small project (imported client, factory, `or`, alias, partial,
    relative import, handler in another file, exception tuple in another module)."""
    folder = PROJECTS / pattern
    assert reported([folder]) == expected_findings(folder)
    assert audit([folder]).call_sites >= 1


def test_an_app_wide_limiter_in_the_app_factory_limits_routes_in_other_modules() -> None:
    """Held-out round 7: `Limiter(default_limits=...)` in an `__init__.py` that never names
    the SDK covers the routes of the blueprints it registers; elsewhere it covers nothing
    (the corpus's own middleware limiter leaves its other files' routes unlimited)."""
    assert reported([PROJECTS / "app_wide_limiter"]) == set()
    assert ("django_views.py", 12, "PR009") in reported([CORPUS])


def test_request_input_handed_to_a_service_module_is_followed_into_its_call() -> None:
    """Held-out round 7: the route builds the prompt from the request's JSON and passes it
    to a function of another module; its parameter is request input there (PR012), unless
    the route checked it first (`if not all([title, text])` checks presence only), also
    through a helper that builds the prompt from it."""
    findings = audit([PROJECTS / "input_through_service"], root=CORPUS).findings
    assert [(f.path, f.line, f.rule.id) for f in findings] == [
        ("projects/input_through_service/assistant.py", 11, "PR012"),
        ("projects/input_through_service/assistant.py", 42, "PR012"),
    ]
    assert "views.py:20" in findings[0].message


def test_max_tokens_of_a_body_handed_to_a_service_needs_an_upper_bound(tmp_path: Path) -> None:
    """Held-out round 7: `body.max_tokens or DEFAULT` in the service a route passes its
    body to is request input (PR005) when the body's model (in a schemas module that never
    names the SDK) only says gt=0; with le= it is bounded."""
    folder = PROJECTS / "max_tokens_through_service"
    assert reported([folder]) == expected_findings(folder)
    for path in folder.iterdir():
        text = path.read_text().replace("gt=0", "gt=0, le=4096")
        (tmp_path / path.name).write_text(text)
    assert audit([tmp_path], root=tmp_path).findings == []


def test_a_notebook_usage_read_counts_only_for_the_response_bound_before_it() -> None:
    """Held-out round 7: cells share one namespace; `response` rebound by a later cell is a
    new response, and the earlier cell's `response.usage` was not read for it (PR008)."""
    name = "notebook_rebound_names.ipynb"
    found = reported([CORPUS / name])
    assert found == {key for key in expected_findings() if key[0].startswith(name)}
    assert (f"{name}:cell 5", 1, "PR008") in found


def test_a_notebook_call_on_a_client_it_never_binds_is_a_call() -> None:
    """Held-out round 7: `client.messages.create(..., max_tokens=...)` in a notebook whose
    cell building `client` did not parse (or ran in another notebook) is still audited."""
    name = "notebook_client_elsewhere.ipynb"
    result = audit([CORPUS / name], root=CORPUS)
    assert result.call_sites == 1
    assert {(shown(f.path, f.cell), f.line, f.rule.id) for f in result.findings} == {
        key for key in expected_findings() if key[0].startswith(name)
    }


def test_layered_retry_message_uses_the_decorators_stop() -> None:
    messages = {
        (f.path, f.line): f.message
        for f in audit([CORPUS], root=CORPUS).findings
        if f.rule.id == "PR002"
    }
    assert "(2 x 3 = 6 calls, and 6 bills)" in messages["projects/imported_factory/worker.py", 12]
    assert "(3 x 3 = 9 calls" in messages["retry_decorators.py", 14]
    assert "(4 x 3 = 12 calls" in messages["retry_decorators.py", 19]


# Held-out round 3's false positives, reproduced: file -> the SDK calls in it.
ROUND_3_QUIET = {"near_misses_round3.py": 2, "instrumented.py": 1, "middleware_limiter.py": 1}


@pytest.mark.parametrize(("name", "calls"), sorted(ROUND_3_QUIET.items()))
def test_round_3_false_positives_stay_quiet(name: str, calls: int) -> None:
    """A per-user quota answering 429 in the handler and an HTTP middleware answering 429
    are limits (PR009); a handler falling through to `return []` degrades (PR011); a REPL
    loop waits for input (PR017); `trace_llm(anthropic)` records usage (PR008)."""
    result = audit([CORPUS / name], root=CORPUS)
    assert result.call_sites == calls
    assert [(f.line, f.rule.id) for f in result.findings] == []


def test_a_broad_except_after_explicit_handlers_names_what_still_reaches_it() -> None:
    findings = audit([CORPUS / "partly_handled.py"], root=CORPUS).findings
    assert [f.rule.id for f in findings] == ["PR007", "PR011"]  # PR011: tags(), no answer
    message = findings[0].message
    assert "OverloadedError" in message
    assert "RateLimitError" not in message and "rate limits" not in message


def test_a_subclass_of_the_sdk_client_from_another_module_is_a_client() -> None:
    result = audit([PROJECTS / "client_subclass"], root=CORPUS)
    assert result.call_sites == 2


def test_a_generator_is_covered_only_by_callers_that_iterate_it() -> None:
    """`StreamingResponse(tokens())` in a try runs none of the stream there: PR006 on it;
    `"".join(lines())` in a try runs all of it: quiet."""
    result = audit([CORPUS / "generator_streams.py"], root=CORPUS)
    assert result.call_sites == 2
    assert [(f.line, f.rule.id) for f in result.findings] == [(23, "PR006")]


def test_a_client_behind_a_property_is_a_client() -> None:
    result = audit([CORPUS / "lazy_property_client.py"], root=CORPUS)
    assert result.call_sites == 1
    assert [f.rule.id for f in result.findings] == ["PR006"]


def test_fallback_of_computed_data_and_exception_tuples_and_mock_patch_stay_quiet() -> None:
    path = CORPUS / "near_misses_seen_in_projects.py"
    result = audit([path], root=CORPUS)
    assert result.call_sites == 2
    assert result.findings == []


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("import anthropic\nc = anthropic.Anthropic(timeout=1, max_retries=0)\n", None),
        ("import anthropic\nc = anthropic.Anthropic(timeout=1)\n", "PR001"),
        ('KEY = "sk-ant-api03-' + "x" * 30 + '"\n', "PR010"),
    ],
)
def test_single_file(tmp_path: Path, source: str, rule: str | None) -> None:
    (tmp_path / "app.py").write_text(source)
    rules = {f.rule.id for f in audit_paths([tmp_path])}
    assert rules == ({rule} if rule else set())


def test_max_tokens_threshold_is_configurable() -> None:
    path = CORPUS / "max_tokens.py"
    default = {r for _, _, r in reported([path])}
    lowered = reported([path], config=AuditConfig(max_tokens_threshold=1000))
    assert "PR004" in default
    # 8192 and min(CAP, 9000)'s literal... only the plain literal 8192 joins 64_000.
    assert sorted(line for _, line, rule in lowered if rule == "PR004") == [16, 19]


def test_a_retry_decorator_is_fine_when_every_client_has_retries_off(tmp_path: Path) -> None:
    (tmp_path / "client.py").write_text(
        "import anthropic\nclient = anthropic.Anthropic(timeout=5, max_retries=0)\n"
    )
    gateway = (
        "import anthropic\nfrom tenacity import retry\n\n"
        "def build(client: anthropic.Anthropic):\n"
        "    @retry\n"
        "    def call():\n"
        "        try:\n"
        "            m = client.messages.create(model='m', max_tokens=5, messages=[])\n"
        "        except anthropic.APIError:\n"
        "            return 'Try again later.'\n"
        "        return m.usage\n"
        "    return call\n"
    )
    (tmp_path / "gateway.py").write_text(gateway)
    assert audit_paths([tmp_path]) == []
    (tmp_path / "client.py").write_text(
        "import anthropic\nclient = anthropic.Anthropic(timeout=5, max_retries=3)\n"
    )
    assert [f.rule.id for f in audit_paths([tmp_path / "gateway.py"])] == ["PR002"]


# --- output formats ---------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["audit", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_sarif_validates_against_the_2_1_0_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, str(CORPUS), "--format", "sarif", "--root", str(CORPUS))
    assert code == 1
    log = json.loads(out)
    schema = json.loads(SARIF_SCHEMA.read_text())
    # No check_schema(): the official schema's `language` pattern, ^(?i)..., is not a
    # Python regex (a global flag after ^); we never emit `language`, so it is never used.
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    run = log["runs"][0]
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rule_ids == [rule.id for rule in RULES]
    results = {
        (
            shown(
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["properties"].get("notebookCell"),
            ),
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["ruleId"],
        )
        for r in run["results"]
    }
    assert results == expected_findings()
    first = run["results"][0]
    assert first["level"] in ("note", "warning", "error")
    assert first["locations"][0]["physicalLocation"]["region"]["startColumn"] >= 1
    assert rule_ids[first["ruleIndex"]] == first["ruleId"]


def test_sarif_of_a_clean_scan_is_valid_too(tmp_path: Path) -> None:
    (tmp_path / "ok.py").write_text("import anthropic\nprint('no call here')\n(")
    log = to_sarif(audit([tmp_path], root=tmp_path), tmp_path)
    schema = json.loads(SARIF_SCHEMA.read_text())
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    notifications = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [
        n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notifications
    ] == ["ok.py"]


def test_json_output_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        capsys, str(CORPUS / "keys.py"), "--format", "json", "--root", str(CORPUS)
    )
    document = json.loads(out)
    assert code == 1
    assert set(document) == {"tool", "version", "files", "findings", "skipped", "counts"}
    assert document["files"] == 1
    assert document["counts"] == {"critical": 3, "high": 0, "medium": 0, "low": 0}
    finding = document["findings"][0]
    assert finding == {
        "path": "keys.py",
        "line": 9,
        "column": 10,
        "rule": "PR010",
        "name": "hardcoded-api-key",
        "severity": "critical",
        "checklist": "Secrets stay out of source",
        "message": "An Anthropic API key is written in source.",
        "fix": finding["fix"],
        "heuristic": False,
        "fingerprint": finding["fingerprint"],
        "cell": None,
        "snippet": finding["snippet"],
        "edit": finding["edit"],
    }
    assert "ANTHROPIC_API_KEY" in finding["snippet"]
    assert finding["edit"]["text"] == 'os.environ["ANTHROPIC_API_KEY"]'
    assert "config.py" in finding["fix"]


def test_table_output_names_rule_and_fix(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")
    code, out, _ = run_cli(capsys, str(CORPUS / "max_tokens.py"), "--fail-on", "none")
    assert code == 0
    assert "PR003" in out and "PR004" in out and "llm/validation.py" in out
    assert "max_tokens=min(requested, settings.max_tokens_cap)" in out  # the fix's snippet


def test_table_prints_paths_as_they_are(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Not as rich markup: `:100:` is no emoji and a folder named `[slug]` stays."""
    monkeypatch.setenv("COLUMNS", "400")
    folder = tmp_path / "[slug]"
    folder.mkdir()
    (folder / "app.py").write_text("import anthropic\n" + "\n" * 98 + "c = anthropic.Anthropic()\n")
    (folder / "broken.py").write_text("import anthropic\ndef oops(:\n")
    code, out, _ = run_cli(capsys, str(folder), "--fail-on", "none", "--root", str(tmp_path))
    assert code == 0
    assert "[slug]/app.py:100:" in out
    assert "\N{HUNDRED POINTS SYMBOL}" not in out
    assert "warning: [slug]/broken.py:" in out


# --- exit codes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("none", 0), ("critical", 0), ("high", 0), ("medium", 1), ("low", 1)],
)
def test_fail_on_threshold(capsys: pytest.CaptureFixture[str], fail_on: str, code: int) -> None:
    # max_tokens.py has one high (PR003)... so use a file whose worst finding is medium.
    path = CORPUS / "usage.py"
    severities = {f.severity for f in audit_paths([path])}
    assert max(severities) == Severity.MEDIUM
    assert run_cli(capsys, str(path), "--fail-on", fail_on, "--format", "json")[0] == code


def test_default_fails_on_high(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, str(CORPUS / "errors_and_fallback.py"), "--format", "json")[0] == 1
    assert run_cli(capsys, str(CORPUS / "not_sdk.py"))[0] == 0


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, str(tmp_path / "nope"))
    assert code == 2
    assert "no such file or folder" in err


def test_unknown_fail_on_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["audit", str(CORPUS), "--fail-on", "severe"])
    assert exit_info.value.code == 2


def test_unparsable_file_is_a_warning_not_a_crash(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "broken.py").write_text("import anthropic\ndef oops(:\n")
    # A file that cannot reach the SDK is not even parsed: its syntax is not our concern.
    (tmp_path / "unrelated.py").write_text("def oops(:\n")
    (tmp_path / "bad.py").write_text("import anthropic\nc = anthropic.Anthropic()\n")
    code, out, err = run_cli(capsys, str(tmp_path), "--format", "json", "--root", str(tmp_path))
    document = json.loads(out)
    assert code == 0  # PR001 is medium; the broken file does not fail the run by itself
    assert [f["rule"] for f in document["findings"]] == ["PR001"]
    assert document["skipped"][0]["path"] == "broken.py"
    assert "not valid Python" in document["skipped"][0]["reason"]
    assert "broken.py" in err


def test_python_312_fstrings_are_parsed_not_skipped(tmp_path: Path) -> None:
    """A caller written with 3.12 f-strings (`f"{d["k"]}"`) is read on 3.11 too: its
    handler is seen, so the call it wraps is not reported as unhandled."""
    for source in (CORPUS / "newer_syntax").glob("*.py312"):
        (tmp_path / f"{source.stem}.py").write_text(source.read_text())
    expected = {
        (path.name, number, rule.strip())
        for path in tmp_path.glob("*.py")
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if (match := EXPECT.search(line))
        for rule in match.group(1).split(",")
    }
    result = audit([tmp_path], root=tmp_path)
    assert result.skipped == []
    assert {(f.path, f.line, f.rule.id) for f in result.findings} == expected


def test_requoting_keeps_every_position() -> None:
    line = """    x = f"{{a}} {d["k"]:>{w}} \\" {e}" + "f" + f'{g['z']}'"""
    requoted = requote_fstrings(line)
    assert requoted == """    x = f"{{a}} {d['k']:>{w}} \\" {e}" + "f" + f'{g["z"]}'"""
    assert len(requoted) == len(line)


def test_synthetic_timing_project_is_resolved_across_files(tmp_path: Path) -> None:
    """The project `tests/audit_synthetic.py` times: the client imported from app/llm.py,
    every module's calls found, and the same findings in every module (`ask_` is handled
    in `guarded_`, not on the route's path: PR006 there; the raw `prompt` of two routes,
    its module's and the previous module's, reaches its messages: PR012 there, once per
    route)."""
    write_project(tmp_path, 4)
    result = audit([tmp_path], root=tmp_path)
    assert result.call_sites == 16
    per_module: dict[str, list[tuple[int, str]]] = {}
    for finding in result.findings:
        per_module.setdefault(finding.path, []).append((finding.line, finding.rule.id))
    assert sorted(per_module) == [f"app/m{index}.py" for index in range(4)]
    shapes = {tuple(findings) for findings in per_module.values()}
    assert shapes == {
        ((16, "PR006"), (16, "PR012"), (16, "PR012"), (31, "PR007"), (38, "PR006"),
         (38, "PR008"), (48, "PR006"), (48, "PR008"), (55, "PR009"), (67, "PR008"))
    }  # fmt: skip


def test_subfolders_scanned_resolve_imports_written_from_the_root() -> None:
    """`prodready audit app/agents app/services`: `from app.services.llm_client import
    get_client` still names the scanned file (module names carry the folders above)."""
    folder = PROJECTS / "subfolders_scanned"
    scanned = [folder / "app" / "agents", folder / "app" / "services"]
    assert reported(scanned) == expected_findings(folder)


# --- ignore comments ------------------------------------------------------------------


def test_ignore_comment_suppresses_only_the_named_rules() -> None:
    found = sorted((line, rule) for _, line, rule in reported([CORPUS / "ignores.py"]))
    assert found == [(8, "PR001"), (9, "PR001")]


def test_ignore_comment_without_it_the_findings_appear(tmp_path: Path) -> None:
    source = (CORPUS / "ignores.py").read_text()
    (tmp_path / "ignores.py").write_text(re.sub(r"# prodready: ignore\[[^\]]*\]", "", source))
    rules = Counter(f.rule.id for f in audit_paths([tmp_path]))
    assert rules == {"PR001": 4, "PR010": 2}


def test_ignore_comment_on_the_line_above_and_for_the_whole_file(tmp_path: Path) -> None:
    key = "sk-ant-api03-" + "x" * 30
    (tmp_path / "above.py").write_text(
        "import anthropic\n"
        "# prodready: ignore[PR010] a canary shaped like a key, for the leak tests\n"
        f"KEY = {key!r}\n"
        "\n"
        f"OTHER = {key!r}\n"
    )
    (tmp_path / "statement.py").write_text(
        "import anthropic\n"
        "# prodready: ignore[PR010] made up, for a fake server\n"
        "with anthropic.Anthropic(\n"
        f"    api_key={key!r}, timeout=5, max_retries=0\n"
        ") as client:\n"
        "    pass\n"
    )
    (tmp_path / "bench.py").write_text(
        "# prodready: ignore-file[PR001] the bare baseline, measured on purpose\n"
        "import anthropic\na = anthropic.Anthropic()\nb = anthropic.Anthropic()\n"
    )
    found = [(f.path, f.line, f.rule.id) for f in audit([tmp_path], root=tmp_path).findings]
    assert found == [("above.py", 5, "PR010")]


def test_skips_virtualenvs_and_caches_but_scans_other_hidden_folders(tmp_path: Path) -> None:
    for folder in (".venv", "node_modules", ".git", ".tox", "my-env", ".github/scripts"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "m.py").write_text("import anthropic\nanthropic.Anthropic()\n")
    # A virtualenv by any name: the folder holds pyvenv.cfg.
    (tmp_path / "my-env" / "pyvenv.cfg").write_text("include-system-site-packages = false\n")
    found = audit([tmp_path], root=tmp_path).findings
    assert {(f.path, f.rule.id) for f in found} == {(".github/scripts/m.py", "PR001")}


def test_notebook_cells_are_audited_with_the_cell_in_the_location() -> None:
    result = audit([CORPUS / "notebook.ipynb"], root=CORPUS)
    assert result.files == 1 and result.call_sites == 1
    assert sorted(f.location for f in result.findings) == [
        "notebook.ipynb:cell 2:4:10",
        "notebook.ipynb:cell 4:1:9",
        "notebook.ipynb:cell 4:1:9",
    ]
    log = to_sarif(result, CORPUS)
    assert {r["properties"]["notebookCell"] for r in log["runs"][0]["results"]} == {2, 4}


def test_newer_syntax_is_reported_with_the_calls_it_may_hide(tmp_path: Path) -> None:
    # PEP 695 (3.12) syntax: skipped on older interpreters, with its calls counted.
    source = (
        "import anthropic\nclient = anthropic.Anthropic(timeout=5, max_retries=0)\n"
        "type Reply = str\n"
        "def a() -> Reply:\n    return client.messages.create(model='m', messages=[])\n"
        "def b() -> None:\n    client.messages.with_raw_response.create(model='m')\n"
    )
    (tmp_path / "new.py").write_text(source)
    result = audit([tmp_path], root=tmp_path)
    if sys.version_info >= (3, 12):
        assert result.call_sites == 2 and not result.skipped
    else:
        assert [s.path for s in result.skipped] == ["new.py"]
        assert "2 messages call(s) in it not audited" in result.skipped[0].reason


def test_test_files_are_searched_for_keys_only_unless_asked(tmp_path: Path) -> None:
    """The documented policy: tests call the SDK against fakes on purpose."""
    (tmp_path / "tests").mkdir()
    key = "sk-ant-api03-" + "x" * 30
    source = f"import anthropic\nKEY = {key!r}\nc = anthropic.Anthropic()\n"
    source += "\n\ndef test_client():\n    assert c\n"
    for name in ("tests/test_app.py", "tests/helpers.py", "conftest.py", "app_test.py"):
        (tmp_path / name).write_text(source)
    (tmp_path / "app.py").write_text(source)
    found = Counter((f.path, f.rule.id) for f in audit([tmp_path], root=tmp_path).findings)
    assert found == {
        **{(name, "PR010"): 1 for name in ("tests/test_app.py", "tests/helpers.py")},
        ("conftest.py", "PR010"): 1,
        ("app_test.py", "PR010"): 1,
        ("app.py", "PR010"): 1,
        ("app.py", "PR001"): 1,
    }
    everything = audit([tmp_path], root=tmp_path, config=AuditConfig(audit_tests=True))
    assert Counter(f.rule.id for f in everything.findings) == {"PR010": 5, "PR001": 5}
    # Auditing the tests folder itself audits it fully: it was asked for by name.
    assert {f.rule.id for f in audit([tmp_path / "tests"], root=tmp_path).findings} == {
        "PR001",
        "PR010",
    }


def test_include_tests_flag_applies_every_rule_to_test_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_app.py").write_text("import anthropic\nc = anthropic.Anthropic()\n")
    root = ("--root", str(tmp_path), "--format", "json")
    _, out, _ = run_cli(capsys, str(tmp_path), *root)
    assert json.loads(out)["findings"] == []
    _, out, _ = run_cli(capsys, str(tmp_path), *root, "--include-tests")
    assert [(f["path"], f["rule"]) for f in json.loads(out)["findings"]] == [
        ("tests/test_app.py", "PR001")
    ]
    with pytest.raises(SystemExit):
        main(["audit", "--help"])
    assert "--include-tests" in capsys.readouterr().out


def test_sarif_fingerprints_survive_moved_lines_and_tell_twins_apart(tmp_path: Path) -> None:
    body = "import anthropic\na = anthropic.Anthropic()\nb = anthropic.Anthropic()\n"
    (tmp_path / "app.py").write_text(body)
    before = [f.fingerprint for f in audit([tmp_path], root=tmp_path).findings]
    (tmp_path / "app.py").write_text("# a new first line\n\n" + body)
    after = audit([tmp_path], root=tmp_path)
    assert [f.fingerprint for f in after.findings] == before
    assert len(set(before)) == 2  # same rule, different line text
    (tmp_path / "app.py").write_text(body + "a = anthropic.Anthropic()\n")
    twins = [f.fingerprint for f in audit([tmp_path], root=tmp_path).findings]
    assert len(set(twins)) == 3  # the same text twice: told apart by order
    result = to_sarif(after, tmp_path)["runs"][0]["results"][0]
    assert result["partialFingerprints"] == {"prodready/v1": before[0]}


def test_a_file_outside_the_root_gets_a_relative_uri(tmp_path: Path) -> None:
    (tmp_path / "root").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "app.py").write_text("import anthropic\nc = anthropic.Anthropic()\n")
    result = audit([tmp_path / "elsewhere"], root=tmp_path / "root")
    location = to_sarif(result, tmp_path / "root")["runs"][0]["results"][0]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"] == {
        "uri": "../elsewhere/app.py",
        "uriBaseId": "%SRCROOT%",
    }


def test_pr001_message_ends_before_its_fix_starts(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("import anthropic\nc = anthropic.Anthropic()\n")
    result = audit([tmp_path], root=tmp_path)
    text = to_sarif(result, tmp_path)["runs"][0]["results"][0]["message"]["text"]
    assert "(SDK default: 2 retries). Fix: Build the client" in text


def apply_edits(source: str, edits: list[Edit]) -> str:
    """Apply SARIF-style edits (1-based, end exclusive), last first so positions hold."""
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    ordered = sorted(edits, key=lambda e: (e.start_line, e.start_column), reverse=True)
    for edit in ordered:
        start = offsets[edit.start_line - 1] + edit.start_column - 1
        end = offsets[edit.end_line - 1] + edit.end_column - 1
        source = source[:start] + edit.text + source[end:]
    return source


def test_applying_the_fixes_removes_their_findings(tmp_path: Path) -> None:
    key = "sk-ant-api03-" + "x" * 30
    source = (
        "import os\nimport anthropic\n"
        f"client = anthropic.Anthropic(api_key={key!r}, timeout=5, max_retries=0)\n"
        'PROMPT = "Answer about books. " * 300\n'
        "def ask(q):\n"
        "    try:\n"
        "        m = client.messages.create(\n"
        '            model="claude-sonnet-4-5", system=PROMPT, messages=[q]\n'
        "        )\n"
        "    except anthropic.APIError:\n"
        "        return 'Busy, try later.'\n"
        "    return m.usage\n"
    )
    (tmp_path / "app.py").write_text(source)
    before = audit([tmp_path], root=tmp_path).findings
    assert sorted(f.rule.id for f in before) == ["PR003", "PR010", "PR013", "PR014"]
    fixed = apply_edits(source, [f.edit for f in before if f.edit is not None])
    (tmp_path / "app.py").write_text(fixed)
    assert audit([tmp_path], root=tmp_path).findings == []
    assert 'model="claude-sonnet-5-5"' in fixed and "max_tokens=1024, " in fixed


def test_fix_snippets_move_the_call_onto_this_project(tmp_path: Path) -> None:
    """Async code can take the generated Claude client; any code can use /v1/messages."""
    (tmp_path / "app.py").write_text(
        "import anthropic\n"
        "sync = anthropic.Anthropic(timeout=5, max_retries=0)\n"
        "aio = anthropic.AsyncAnthropic(timeout=5, max_retries=0)\n"
        "def ask(q):\n"
        "    return sync.messages.create(model='m', max_tokens=9, messages=q).usage\n"
        "async def ask_async(q):\n"
        "    return (await aio.messages.create(model='m', max_tokens=9, messages=q)).usage\n"
    )
    snippets = {
        f.line: f.fix_snippet
        for f in audit([tmp_path], root=tmp_path).findings
        if f.rule.id == "PR006"
    }
    assert "base_url=SERVICE_URL" in snippets[5] and "/v1/messages" in snippets[5]
    assert "Claude.from_settings" in snippets[7]


def test_the_schema_rejects_a_broken_log(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text("import anthropic\nc = anthropic.Anthropic()\n")
    log = to_sarif(audit([tmp_path], root=tmp_path), tmp_path)
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    schema = json.loads(SARIF_SCHEMA.read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validators.validator_for(schema)(schema).validate(log)


# Held-out round 6's false positives and misses, reproduced: file -> the SDK calls in it.
ROUND_6 = {
    "model_lookup_tables.py": 0,
    "stream_entered_in_try.py": 3,
    "bounded_loops.py": 2,
    "static_default_fallback.py": 2,
    "error_events_mapped.py": 3,
    "rebuilt_request_input.py": 2,
    "reraised_to_a_broad_handler.py": 1,
}


@pytest.mark.parametrize(("name", "calls"), sorted(ROUND_6.items()))
def test_round_6_patterns_report_exactly_their_expectations(name: str, calls: int) -> None:
    """F7: a retiring id as a lookup table's key or in an `==`/`case` test is not a model
    chosen for a call; F2: a stream entered in a try is judged there; F1: a loop whose
    counter runs down is bounded; F3: a static default stored by the handler is a fallback;
    F5: an error event carrying the error to the caller is a mapping, not a swallow; a
    request's history rebuilt by a comprehension is still unvalidated input (PR012); SDK
    errors a wrapper logs and re-raises reach the caller's broad handler (PR007)."""
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == calls
    assert {(f.line, f.rule.id) for f in result.findings} == expected


# Held-out round 7's false positives and misses, reproduced: file -> the SDK calls in it.
ROUND_7 = {
    "handled_before_the_outer_except.py": 2,
    "clients_sending_nothing.py": 1,
    "placeholder_results.py": 2,
    "home_made_retry.py": 3,
}


@pytest.mark.parametrize(("name", "calls"), sorted(ROUND_7.items()))
def test_round_7_patterns_report_exactly_their_expectations(name: str, calls: int) -> None:
    """PR007: a broad `except` further out than an inner handler that handles the SDK's
    errors without raising is never reached by them, and is not judged; PR001: a client that
    sends no request (local tokenizer only, or never read) inherits no default; PR011: an
    empty result of the answer's shape is a degraded answer, unless it says it failed;
    PR002: the project's own decorator that loops and sleeps is a retry decorator."""
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == calls
    assert {(f.line, f.rule.id) for f in result.findings} == expected


# Round 8's misses and false positives, reproduced: file -> the SDK calls in it.
ROUND_8 = {
    "handed_to_a_runner.py": 3,
    "degraded_answers_and_stored_input.py": 3,
    "body_model_text.py": 2,
    "error_text_as_the_answer.py": 2,
    "blank_checks.py": 1,
}


@pytest.mark.parametrize(("name", "calls"), sorted(ROUND_8.items()))
def test_round_8_patterns_report_exactly_their_expectations(name: str, calls: int) -> None:
    """A bound `messages.create` handed to `asyncio.to_thread` or `run_in_executor` (through
    a partial) is a call made there, with the runner's keywords or the partial's. PR011: a
    handler giving the answer's name the text it had, or returning None to callers that
    test it and keep their own, is a fallback; PR016: a name bound only to a literal is a
    constant; PR012: a record looked up by a request's id is stored data, not input, and a
    body model's `str` field with no bound, no validator and no check is unvalidated; PR011:
    text opening with "Error" is the failure told as the answer, and a route's fallback is
    none for errors an inner handler already stopped; `if not x.strip():` checks presence."""
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == calls
    assert {(f.line, f.rule.id) for f in result.findings} == expected


def test_an_object_handed_out_by_a_factory_module_is_followed_to_its_method() -> None:
    """The callers never import the connector's module (the factory does): the call is
    still linked to both, and PR006 names the path with no handler (round 8 miss)."""
    folder = PROJECTS / "object_from_a_factory_module"
    [finding] = [f for f in audit([folder], root=CORPUS).findings if f.rule.id == "PR006"]
    assert "object_from_a_factory_module/agents.py:27" in finding.message


# Round 9's misses and false positives, reproduced: file -> the SDK calls in it.
ROUND_9 = {
    "awaited_later.py": 2,
    "command_line_errors.py": 1,
    "response_to_a_logger.py": 2,
}


@pytest.mark.parametrize(("name", "calls"), sorted(ROUND_9.items()))
def test_round_9_patterns_report_exactly_their_expectations(name: str, calls: int) -> None:
    """PR006: a coroutine made before a `try` and awaited inside it (maybe through
    `asyncio.gather`) raises at the await, inside the handler. PR007: a command-line handler
    that prints the error's text and returns a non-zero status tells the user. PR008: a
    whole response handed to a logger's method (`logger.info(reply)`) is written out."""
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == calls
    assert {(f.line, f.rule.id) for f in result.findings} == expected


def test_a_path_through_a_function_nothing_uses_decides_nothing() -> None:
    """PR006 "not handled on the path through X" is not reported when X is a module-level
    function whose name appears nowhere else (dead code); the live caller handles."""
    folder = PROJECTS / "dead_path"
    result = audit([folder], root=CORPUS)
    prefix = "projects/dead_path/"
    expected = {(p, line, rule) for p, line, rule in expected_findings() if p.startswith(prefix)}
    assert {(f.path, f.line, f.rule.id) for f in result.findings} == expected
    assert "PR006" not in {rule for _, _, rule in expected}


# --- round 10's misses and false positives, reproduced --------------------------------


def test_an_instance_of_a_lazy_client_proxy_is_a_client() -> None:
    """Round 10: `client = _LazyClient()` whose `messages` property (or `__getattr__`)
    hands on a client built on first use hid 29 calls of one project, imported from the
    proxy's module and called directly or in `asyncio.to_thread(lambda: ...)`."""
    folder = PROJECTS / "lazy_client_proxy"
    result = audit([folder], root=CORPUS)
    assert result.call_sites == 2
    assert reported([folder]) == expected_findings(folder)
    # The proxy is no constructor: PR001 is for the client it builds, not for `_OnFirstUse()`.
    assert [f.line for f in result.findings if f.rule.id == "PR001"] == [15]


def test_a_source_starting_with_a_byte_order_mark_is_read_as_python_reads_it() -> None:
    """Round 10: a UTF-8 BOM (U+FEFF) before the first line is valid Python; the file was
    skipped as an invalid character, and its call with it."""
    name = "byte_order_mark.py"
    assert (CORPUS / name).read_bytes().startswith(b"\xef\xbb\xbf")
    result = audit([CORPUS / name], root=CORPUS)
    assert result.skipped == [] and result.call_sites == 1
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert {(f.line, f.rule.id) for f in result.findings} == expected
    assert {f.column for f in result.findings if f.line == 7} == {10}  # the mark takes no column


def test_a_broad_handler_that_only_fails_generically_handles_nothing() -> None:
    """Round 10: `except Exception: raise RuntimeError(...)`, a caller's
    `raise HTTPException(status_code=500)` and `print(...); sys.exit(1)` turn a 429 into a
    500 or a crash: PR006, and no PR011 claiming the errors are handled. A 503 with
    Retry-After, a handler telling the SDK's errors apart, or a RuntimeError a caller
    catches by name and answers anyway, still handles them."""
    name = "generic_failures.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == 6
    assert {(f.line, f.rule.id) for f in result.findings} == expected
    assert {line for line, rule in expected if rule == "PR006"} == {16, 26, 42}


def test_a_script_named_like_a_test_outside_a_tests_folder_is_audited(tmp_path: Path) -> None:
    """Round 10: `claude_test.py` at a project's root trying the API out (no test function,
    no pytest or unittest) is a script: every rule applies. In a tests folder, or holding a
    test, it is still a test file (keys only)."""
    script = (CORPUS / "named_like_a_test" / "claude_test.py").read_text()
    (tmp_path / "tests").mkdir()
    for name in ("claude_test.py", "test_claude.py", "tests/claude_test.py"):
        (tmp_path / name).write_text(script)
    (tmp_path / "real_test.py").write_text(script + "\n\ndef test_reply():\n    assert True\n")
    (tmp_path / "unit_test.py").write_text("import unittest\n" + script)
    found = Counter((f.path, f.rule.id) for f in audit([tmp_path], root=tmp_path).findings)
    script_rules = {"PR001", "PR003", "PR006", "PR008", "PR010"}
    assert {rule for path, rule in found if path == "claude_test.py"} == script_rules
    assert {rule for path, rule in found if path == "test_claude.py"} == script_rules
    for name in ("tests/claude_test.py", "real_test.py", "unit_test.py"):
        assert {rule for path, rule in found if path == name} == {"PR010"}
    folder = CORPUS / "named_like_a_test"
    assert reported([folder]) == expected_findings(folder)


def test_a_function_handed_to_a_runner_is_called_by_it() -> None:
    """Round 10: `await asyncio.to_thread(parse_request, text)` in a `try` runs the call
    inside `parse_request` there: handled (no PR006), and the broad handler that swallows
    its errors is judged (PR007)."""
    name = "function_handed_to_a_thread.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == 1
    assert {(f.line, f.rule.id) for f in result.findings} == expected == {(24, "PR007")}


def test_a_server_sent_event_line_framing_an_error_event_maps_the_error() -> None:
    """Round 10: `yield f"data: {json.dumps({'type': 'error', 'content': str(e)})}\\n\\n"`
    is the error event on the wire (no PR007); the error's text alone is not."""
    name = "sse_error_lines.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == 2
    assert {(f.line, f.rule.id) for f in result.findings} == expected
    assert [f.line for f in result.findings if f.rule.id == "PR007"] == [33]


def test_a_system_prompt_built_from_imported_constants_is_measured() -> None:
    """Round 10: `SYSTEM_PROMPT = f"...{ANSWER_SCHEMA}..."` in a prompts module, the schema
    text from a third (neither names the SDK): over the caching threshold, sent without
    cache_control (PR014, with the edit that caches it); a short one built alike is not."""
    folder = PROJECTS / "system_prompt_from_constants"
    findings = audit([folder], root=CORPUS).findings
    assert [(f.line, f.rule.id) for f in findings] == [(16, "PR014")]
    assert findings[0].edit is not None and "cache_control" in findings[0].edit.text


def test_a_prompt_module_in_newer_syntax_is_read_when_its_size_is_counted(
    tmp_path: Path,
) -> None:
    """The prompts module of the project above, with a Python 3.12 f-string in it (the outer
    quote reused inside): parsed on demand the way the scan parses every file, so its prompt
    is still measured and PR014 still found."""
    folder = tmp_path / "project"
    shutil.copytree(PROJECTS / "system_prompt_from_constants", folder)
    prompts = folder / "prompts.py"
    newer = 'NAMES = {"tone": "calm"}\nMOOD = f"{NAMES["tone"]}"\n'
    prompts.write_text(prompts.read_text(encoding="utf-8") + newer, encoding="utf-8")
    findings = audit([folder], root=tmp_path).findings
    assert [(f.line, f.rule.id) for f in findings] == [(16, "PR014")]


def test_request_input_handed_on_from_a_closure_of_the_route_is_followed() -> None:
    """Round 10: the route's nested `events()` generator (streamed by a StreamingResponse)
    passes the body's unbounded `str` field to a service's generator, which builds the
    system prompt from it: PR012 at the service's call, naming the route."""
    folder = PROJECTS / "input_streamed_from_a_closure"
    findings = audit([folder], root=CORPUS).findings
    assert reported([folder]) == expected_findings(folder)
    [finding] = [f for f in findings if f.rule.id == "PR012"]
    assert "input_streamed_from_a_closure/routes.py:17" in finding.message


def test_a_call_on_a_client_a_python_file_never_binds_is_a_call() -> None:
    """Round 10: as in a notebook, `client.messages.create(..., max_tokens=...)` in a .py
    example that never imports or assigns `client` is audited."""
    name = "snippet_client_elsewhere.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == 1
    assert {(f.line, f.rule.id) for f in result.findings} == expected


def test_flask_restx_resources_are_routes(tmp_path: Path) -> None:
    """Round 9: `get`/`post` of a Resource routed by `@ns.route` or `api.add_resource` are
    handlers (PR009 with no limiter, PR012 for `ns.payload` in the prompt); a limiter in the
    class's `decorators` limits them; a plain class's `get` is no route."""
    name = "restx_resources.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == 3
    assert {(f.line, f.rule.id) for f in result.findings} == expected
    source = (CORPUS / name).read_text().replace('    decorators = [limiter.limit("5/minute")]', "")
    (tmp_path / name).write_text(source)
    unlimited = audit([tmp_path], root=tmp_path).findings
    assert sorted(f.line for f in unlimited if f.rule.id == "PR009") == [21, 38]


def test_client_options_from_a_visible_dict_are_judged() -> None:
    """Round 9: `Anthropic(**OPTIONS)` with OPTIONS a dict literal bound once is judged by
    its keys (PR001 without timeout/max_retries); `**kwargs` handed in, or a dict changed
    after it is built, may hold them: quiet."""
    name = "client_options_dict.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert (
        {(f.line, f.rule.id) for f in result.findings}
        == expected
        == {
            (9, "PR001"),
            (18, "PR001"),
        }
    )


def test_a_handler_falling_through_past_its_block_to_a_static_default_falls_back() -> None:
    """Round 10: `if category: try: ... except Exception: pass` then `return "💳"` after
    the `if`: the default is a fallback (no PR011); the swallow is still PR007."""
    name = "fallback_after_the_block.py"
    result = audit([CORPUS / name], root=CORPUS)
    assert result.call_sites == 1
    assert [(f.line, f.rule.id) for f in result.findings] == [(24, "PR007")]


def test_a_lambda_run_by_a_runner_raises_inside_the_try_around_the_runner() -> None:
    """Round 10: `await asyncio.to_thread(lambda: client.messages.create(...))` in a `try`
    is handled there (its broad handler swallowing is PR007), and the Message the runner
    returns is the one whose usage is read; with no `try`, PR006 as before."""
    name = "lambda_in_a_thread.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == 2
    assert {(f.line, f.rule.id) for f in result.findings} == expected


def test_a_default_verdict_is_a_fallback_and_a_failure_flag_is_not() -> None:
    """Round 10: `return False` for a yes/no the `try` computes (`== "YES"`) is a default
    answer (no PR011); after `return True` once the work is done it flags the failure."""
    name = "default_verdicts.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == 2
    assert {(f.line, f.rule.id) for f in result.findings} == expected == {(26, "PR011")}


def test_a_module_imported_whole_exports_its_client_and_factory() -> None:
    """`import llm` then `llm.client.messages.create(...)`, and `make = llm.get_client`
    then `make().messages.create(...)`: both calls found (neither was), and the broad
    handler behind the factory alias is judged (PR007, round 9)."""
    folder = PROJECTS / "module_imported_whole"
    result = audit([folder], root=CORPUS)
    assert result.call_sites == 2
    assert reported([folder]) == expected_findings(folder)


def test_the_legacy_prompt_caching_beta_namespace_is_a_call_site() -> None:
    """Round 11: `client.beta.prompt_caching.messages.create` (and `.stream`), kept on
    `self`, is the Messages API like `client.beta.messages.create`: both calls are found and
    every rule judges them (PR006/PR007/PR008/PR009/PR011; none was reported)."""
    name = "legacy_prompt_caching.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == 2
    assert {(f.line, f.rule.id) for f in result.findings} == expected
    assert {"PR006", "PR007", "PR008", "PR009", "PR011"} == {rule for _, rule in expected}


def test_a_static_apology_is_a_static_answer_returned_or_added_to_the_answer() -> None:
    """Round 11: one broad handler returned "Sorry, ... Please try again." (no PR011), its
    sibling added a near-identical sentence to the answer it goes on building (PR011). The
    README counts a static answer as a fallback and excludes only text opening with "Error",
    so both are fallbacks now; an appended "Error: ..." still is not."""
    name = "apology_answers.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert result.call_sites == 3
    assert {(f.line, f.rule.id) for f in result.findings} == expected
    assert [rule for _, rule in sorted(expected)].count("PR011") == 1


def test_request_input_reaching_one_call_from_two_routes_names_each_route() -> None:
    """Round 11: one call reached with unvalidated input from /cards (through a module
    function, and straight from the route too) and from /feedback had one PR012 naming only
    /cards; now one per route, each naming its own, none for the route that bounds it."""
    folder = PROJECTS / "input_from_two_routes"
    findings = audit([folder], root=CORPUS).findings
    assert [(f.path, f.line, f.rule.id) for f in findings] == [
        ("projects/input_from_two_routes/bot.py", 12, "PR012"),
        ("projects/input_from_two_routes/bot.py", 12, "PR012"),
    ]
    routes = "projects/input_from_two_routes/routes.py"
    assert f"{routes}:19 " in findings[0].message
    assert f"{routes}:28 " in findings[1].message
    assert len({f.fingerprint for f in findings}) == 2


def test_a_key_shaped_placeholder_made_of_words_is_not_a_key(tmp_path: Path) -> None:
    """Round 11: `sk-ant-api03-dummy_key_for_testing_purposes_only`, set for a test, was
    PR010. Words of one case joined by `_`/`-`, one a placeholder word (dummy, fake, test,
    example, your, xxx...), are a stand-in, in a module using the SDK or not; any random-
    looking part (digits, cases mixed inside a word) or a single run of letters keeps it a
    key (the stand-ins the other tests use stay keys)."""
    name = "placeholder_keys.py"
    result = audit([CORPUS / name], root=CORPUS)
    expected = {(line, rule) for path, line, rule in expected_findings() if path == name}
    assert {(f.line, f.rule.id) for f in result.findings} == expected == {(16, "PR010")}
    placeholders = [
        "sk-ant-api03-dummy_key_for_testing_purposes_only",
        "sk-ant-api03-YOUR-ANTHROPIC-KEY-GOES-HERE",
        "sk-ant-api03-xxxx-xxxx-xxxx-xxxx-xxxx",
        "sk-ant-api03-Example-Key-For-Testing-Purposes",
    ]
    keys = [
        "sk-ant-api03-" + "x" * 30,
        "sk-ant-api03-EXAMPLEEXAMPLEEXAMPLEEXAMPLE-notreal",
        "sk-ant-api03-test_key_Zq3xV9mT2kR7wP4nL8sD1fH6",
        "sk-ant-api03-ExampleKEY-for-testing-purposes",
    ]
    lines = [f'VALUE_{i} = "{text}"' for i, text in enumerate([*placeholders, *keys])]
    (tmp_path / "settings.py").write_text("\n".join(lines) + "\n")  # no SDK use here
    found = audit([tmp_path], root=tmp_path).findings
    assert [(f.line, f.rule.id) for f in found] == [(n, "PR010") for n in (5, 6, 7, 8)]
