"""The audit's three outputs: a rich table for people, JSON for scripts, SARIF 2.1.0 for
code scanning (GitHub's upload-sarif reads tool.driver.rules and results with locations).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .. import __version__
from .rules import RULES, Edit, Finding, Rule, Severity
from .scan import AuditResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVELS = {
    Severity.LOW: "note",
    Severity.MEDIUM: "warning",
    Severity.HIGH: "error",
    Severity.CRITICAL: "error",
}
# GitHub code scanning orders alerts by this property (0.0-10.0).
SECURITY_SEVERITY = {
    Severity.LOW: "2.0",
    Severity.MEDIUM: "5.0",
    Severity.HIGH: "7.5",
    Severity.CRITICAL: "9.5",
}
STYLES = {
    Severity.LOW: "dim",
    Severity.MEDIUM: "yellow",
    Severity.HIGH: "red",
    Severity.CRITICAL: "bold red",
}


def counts(result: AuditResult) -> dict[str, int]:
    """Findings per severity, every severity present (zero included)."""
    totals = {severity.label: 0 for severity in reversed(Severity)}
    for finding in result.findings:
        totals[finding.severity.label] += 1
    return totals


def print_table(result: AuditResult, console: Console) -> None:
    """The findings as a table, then each rule found once: its checklist item and its fix."""
    for skipped in result.skipped:
        console.print(
            f"[yellow]warning:[/] {escape(skipped.path)}: {escape(skipped.reason)}",
            highlight=False,
            emoji=False,
        )
    if not result.findings:
        console.print(f"No findings in {result.files} file(s).")
        return
    table = Table(title=f"prodready audit: {len(result.findings)} finding(s)")
    table.add_column("Severity")
    table.add_column("Location", overflow="fold")
    table.add_column("Rule")
    table.add_column("Finding", overflow="fold")
    for finding in result.findings:
        # Text, not markup: a path like `a.py:100:8` or a folder `[slug]` is shown as it is.
        table.add_row(
            finding.severity.label,
            Text(finding.location),
            finding.rule.id,
            Text(finding.message),
            style=STYLES[finding.severity],
        )
    console.print(table)
    console.print("[bold]How to fix[/]")
    for rule in sorted({f.rule for f in result.findings}, key=lambda r: r.id):
        console.print(
            f"[bold]{rule.id}[/] {escape(rule.name)} [dim]({escape(rule.checklist)})[/]: "
            f"{escape(rule.fix)}",
            highlight=False,
        )
        snippets = dict.fromkeys(f.fix_snippet for f in result.findings if f.rule is rule)
        for snippet in snippets:  # each distinct snippet once, in the order found
            console.print(Text(_indent(snippet)), highlight=False, style="cyan")
    summary = ", ".join(f"{n} {label}" for label, n in counts(result).items() if n)
    console.print(f"{len(result.findings)} finding(s) in {result.files} file(s): {summary}.")


def _indent(snippet: str) -> str:
    return "\n".join("    " + line for line in snippet.splitlines())


def to_json(result: AuditResult) -> dict[str, Any]:
    """A plain document: findings with every field, skipped files, totals by severity."""
    return {
        "tool": "prodready",
        "version": __version__,
        "files": result.files,
        "findings": [_finding_json(f) for f in result.findings],
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
        "counts": counts(result),
    }


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "path": finding.path,
        "cell": finding.cell,
        "line": finding.line,
        "column": finding.column,
        "rule": finding.rule.id,
        "name": finding.rule.name,
        "severity": finding.severity.label,
        "checklist": finding.rule.checklist,
        "message": finding.message,
        "fix": finding.rule.fix,
        "snippet": finding.fix_snippet,
        "edit": _edit_json(finding.edit) if finding.edit else None,
        "heuristic": finding.rule.heuristic,
        "fingerprint": finding.fingerprint,
    }


def _edit_json(edit: Edit) -> dict[str, Any]:
    return {
        "start_line": edit.start_line,
        "start_column": edit.start_column,
        "end_line": edit.end_line,
        "end_column": edit.end_column,
        "text": edit.text,
    }


def to_sarif(result: AuditResult, root: Path) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run; locations are relative to `root` (%SRCROOT%)."""
    index = {rule.id: position for position, rule in enumerate(RULES)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "prodready",
                "version": __version__,
                "rules": [_sarif_rule(rule) for rule in RULES],
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root.resolve().as_uri() + "/"}},
        "results": [_sarif_result(f, index[f.rule.id]) for f in result.findings],
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [
                    {
                        "level": "warning",
                        "message": {"text": skipped.reason},
                        "locations": [_location(skipped.path)],
                    }
                    for skipped in result.skipped
                ],
            }
        ],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def _sarif_rule(rule: Rule) -> dict[str, Any]:
    tags = ["reliability", "production-readiness"] + (["heuristic"] if rule.heuristic else [])
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} Checklist item: {rule.checklist}."},
        "help": {
            "text": f"Fix: {rule.fix}\n\n{rule.snippet}",
            "markdown": f"**Fix:** {rule.fix}\n\n```python\n{rule.snippet}\n```",
        },
        "defaultConfiguration": {"level": SARIF_LEVELS[rule.severity]},
        "properties": {
            "tags": tags,
            "precision": "medium" if rule.heuristic else "high",
            "security-severity": SECURITY_SEVERITY[rule.severity],
            "checklist": rule.checklist,
        },
    }


def _location(path: str) -> dict[str, Any]:
    """Relative to %SRCROOT% (`../` for a file outside the root); absolute only when no
    relative path exists."""
    if path.startswith("/") or ":" in path.split("/")[0]:
        return {"physicalLocation": {"artifactLocation": {"uri": Path(path).as_uri()}}}
    return {"physicalLocation": {"artifactLocation": {"uri": path, "uriBaseId": "%SRCROOT%"}}}


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", ":")) else text + "."


def _sarif_result(finding: Finding, rule_index: int) -> dict[str, Any]:
    location = _location(finding.path)
    location["physicalLocation"]["region"] = {
        "startLine": finding.line,
        "startColumn": finding.column,
    }
    properties: dict[str, Any] = {
        "severity": finding.severity.label,
        "checklist": finding.rule.checklist,
    }
    if finding.cell is not None:
        properties["notebookCell"] = finding.cell  # the region's line is in this cell
    properties["snippet"] = finding.fix_snippet
    result: dict[str, Any] = {
        "ruleId": finding.rule.id,
        "ruleIndex": rule_index,
        "level": SARIF_LEVELS[finding.severity],
        "message": {"text": f"{_sentence(finding.message)} Fix: {finding.rule.fix}"},
        "locations": [location],
        "partialFingerprints": {"prodready/v1": finding.fingerprint},
        "properties": properties,
    }
    if finding.edit is not None:
        result["fixes"] = [_sarif_fix(finding, finding.edit)]
    return result


def _sarif_fix(finding: Finding, edit: Edit) -> dict[str, Any]:
    """The edit as a SARIF fix: one replacement in the finding's file."""
    artifact = _location(finding.path)["physicalLocation"]["artifactLocation"]
    region = {
        "startLine": edit.start_line,
        "startColumn": edit.start_column,
        "endLine": edit.end_line,
        "endColumn": edit.end_column,
    }
    return {
        "description": {"text": finding.fix_snippet},
        "artifactChanges": [
            {
                "artifactLocation": artifact,
                "replacements": [{"deletedRegion": region, "insertedContent": {"text": edit.text}}],
            }
        ],
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2) + "\n"
