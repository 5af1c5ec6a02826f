"""`prodready new` and `prodready plan`: ask, show the cost plan, render with copier.

The CLI is a front-end to copier.yml: it asks the planning questions itself, shows
the plan as a table, then lets copier render and ask the remaining questions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import questionary
from rich.console import Console
from rich.table import Table

from . import __version__, update
from .planner import Plan, PlanInputError, Traffic, plan
from .questions import PLANNING_KEYS, AnswerError, Question, load_questions, parse_data
from .source import template_source

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """The command cannot run as asked; the message says what to do instead."""


def _has_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _ask(question: Question) -> Any:
    """Ask one copier question with questionary, re-asking until copier's validator passes."""
    if question.choices:
        choices = [
            questionary.Choice(title=label, value=value)
            for label, value in question.choices.items()
        ]
        answer = questionary.select(
            question.help, choices=choices, default=question.default
        ).unsafe_ask()
        return answer

    def validate(text: str) -> bool | str:
        try:
            return question.validate(question.parse(text)) or True
        except AnswerError as error:
            return str(error)

    text = questionary.text(
        question.help, default=str(question.default), validate=validate
    ).unsafe_ask()
    return question.parse(text)


def _planning_answers(data: dict[str, Any], *, use_defaults: bool) -> dict[str, Any]:
    questions = load_questions()
    answers: dict[str, Any] = {}
    for key in PLANNING_KEYS:
        question = questions[key].given(answers)  # help and default follow earlier answers
        if key in data:
            answers[key] = data[key]
        elif use_defaults:
            answers[key] = question.default
        else:
            answers[key] = _ask(question)
    return answers


def _plan_from(answers: dict[str, Any]) -> Plan:
    traffic = Traffic(
        requests_per_day=answers["requests_per_day"],
        peak_requests_per_minute=answers["peak_requests_per_minute"],
        input_tokens_per_request=answers["input_tokens_per_request"],
        output_tokens_per_request=answers["output_tokens_per_request"],
    )
    return plan(answers["domain"], traffic, answers["monthly_budget_usd"])


def show_plan(result: Plan, console: Console) -> None:
    """Print the plan: every model's projected cost, the recommendation, limits, warnings."""
    traffic = result.traffic
    table = Table(
        title=(
            f"Projected monthly cost: {traffic.requests_per_day:,} requests/day x "
            f"{traffic.input_tokens_per_request:,} in + "
            f"{traffic.output_tokens_per_request:,} out tokens"
        ),
        caption=(
            f"Budget ${result.monthly_budget_usd:,.2f}/month. "
            f"Catalog prices as of {result.prices_as_of:%Y-%m-%d}."
        ),
    )
    table.add_column("Model")
    table.add_column("Cost / month", justify="right")
    table.add_column("Of budget", justify="right")
    table.add_column("Status")
    styles = {
        "recommended": "bold green",
        "fallback": "cyan",
        "over budget": "red",
        "retiring": "yellow",
    }
    for row in result.costs:
        share = row.monthly_cost_usd / result.monthly_budget_usd
        table.add_row(
            row.model.id,
            f"${row.monthly_cost_usd:,.2f}",
            f"{share:.0%}",
            row.status,
            style=styles.get(row.status),
        )
    console.print(table)
    for line in result.summary():
        console.print(line)
    for warning in result.warnings:
        console.print(f"[bold yellow]warning:[/] {warning}")


def _check_destination(destination: Path) -> None:
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise UsageError(
            f"{destination} is not empty. Choose a new folder; to refresh an existing "
            "project, run `copier update` inside it."
        )


def _run_new(args: argparse.Namespace, console: Console) -> int:
    data = parse_data(args.data)
    interactive = not args.defaults
    if interactive and not _has_terminal():
        raise UsageError(
            "prodready new asks questions and needs a terminal. Without one, pass --defaults "
            "(and --data key=value for any answer)."
        )
    if args.destination is None:
        if not interactive:
            raise UsageError("give the destination folder: prodready new DEST --defaults")
        args.destination = questionary.text(
            "Destination folder", default="claude-service"
        ).unsafe_ask()
    destination = Path(args.destination)
    _check_destination(destination)

    answers = _planning_answers(data, use_defaults=not interactive)
    result = _plan_from(answers)
    show_plan(result, console)
    if (
        interactive
        and not questionary.confirm(
            "Generate the project with this plan?", default=True
        ).unsafe_ask()
    ):
        console.print("Nothing was written.")
        return 0

    import copier  # imported late: `prodready plan` and --help stay fast

    try:
        copier.run_copy(
            template_source(args.template),
            destination,
            data={**data, **answers},
            defaults=args.defaults,
            vcs_ref=args.vcs_ref,
            unsafe=False,
        )
    except (ValueError, copier.errors.CopierError) as error:
        raise UsageError(f"copier could not render the project: {error}") from None
    console.print(
        f"\n[bold green]Created {destination}.[/] Next: cd {destination} and follow its README "
        "(install, test, run with LLM_BACKEND=fake)."
    )
    return 0


def _run_plan(args: argparse.Namespace, console: Console) -> int:
    data = parse_data(args.data)
    if not args.defaults and not _has_terminal():
        raise UsageError(
            "prodready plan asks questions and needs a terminal; pass --defaults without one."
        )
    show_plan(_plan_from(_planning_answers(data, use_defaults=args.defaults)), console)
    return 0


def show_preview(preview: update.UpdatePreview, console: Console) -> None:
    """Print what an update brings: the version step, price changes, retiring models."""
    if not preview.update_available:
        console.print(f"Up to date with template version {preview.current_version}.")
        return
    console.print(f"[bold]Template version:[/] {preview.current_version} -> {preview.new_version}")
    if preview.price_changes:
        table = Table(title="Catalog price changes (USD per million tokens)")
        for column in ("Model", "Price", "Before", "After"):
            table.add_column(column)
        for change in preview.price_changes:
            before = "new" if change.old is None else f"${change.old:g}"
            after = "removed" if change.new is None else f"${change.new:g}"
            table.add_row(change.model, change.kind, before, after)
        console.print(table)
    else:
        console.print("No price changes.")
    for retirement in preview.retirements:
        note = " [bold red](configured in this project)[/]" if retirement.in_use else ""
        console.print(f"[yellow]retiring:[/] {retirement.model} on {retirement.retires}{note}")


def _run_update(args: argparse.Namespace, console: Console) -> int:
    project = Path(args.path)
    update.read_answers(project)
    update.require_clean_git(project)
    preview = update.preview(project, vcs_ref=args.vcs_ref)
    show_preview(preview, console)
    if not preview.update_available or args.dry_run:
        return 0
    conflicted = update.apply(project, vcs_ref=args.vcs_ref)
    if conflicted:
        console.print("[bold red]Conflicts to resolve[/] (look for <<<<<<< markers):")
        for name in conflicted:
            console.print(f"  {name}")
        console.print("Resolve them, run the tests, then commit.")
        return 1
    console.print("[bold green]Updated cleanly.[/] Review with `git diff`, run the tests, commit.")
    return 0


def _run_check_update(args: argparse.Namespace, console: Console) -> int:
    preview = update.preview(Path(args.path), vcs_ref=args.vcs_ref)
    show_preview(preview, console)
    return 1 if preview.update_available else 0


def _run_audit(args: argparse.Namespace, console: Console) -> int:
    from .audit import AuditConfig, Severity, audit, report

    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    if args.max_tokens_threshold < 1:
        raise UsageError("--max-tokens-threshold must be a positive number of tokens")
    root = Path(args.root) if args.root else Path.cwd()
    result = audit(paths, root=root, config=AuditConfig(args.max_tokens_threshold))
    if args.format == "table":
        report.print_table(result, console)
    else:
        document = (
            report.to_json(result) if args.format == "json" else report.to_sarif(result, root)
        )
        sys.stdout.write(report.dumps(document))
        errors = Console(stderr=True)
        for skipped in result.skipped:
            errors.print(f"warning: {skipped.path}: {skipped.reason}", highlight=False)
    if args.fail_on == "none":
        return 0
    threshold = Severity.parse(args.fail_on)
    return 1 if any(f.severity >= threshold for f in result.findings) else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="prodready",
        description="Generate a production-ready Claude API service.",
    )
    parser.add_argument("--version", action="version", version=f"prodready {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    def answers_options(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--defaults",
            action="store_true",
            help="use the default for every question not given with --data",
        )
        command.add_argument(
            "--data",
            action="append",
            default=[],
            metavar="KEY=VALUE",
            help="answer a copier question (repeatable)",
        )

    new = commands.add_parser("new", help="plan and generate a new project")
    new.add_argument(
        "destination", nargs="?", metavar="DEST", help="folder to create (must be new or empty)"
    )
    answers_options(new)
    new.add_argument(
        "--vcs-ref", help="template git ref to render (default: the latest tag or HEAD)"
    )
    new.add_argument(
        "--template", help="copier template source (git URL or path); default: this prodready's"
    )
    new.set_defaults(handler=_run_new)

    plan_command = commands.add_parser(
        "plan", help="print the cost plan without generating anything"
    )
    answers_options(plan_command)
    plan_command.set_defaults(handler=_run_plan)

    update_command = commands.add_parser(
        "update", help="preview and apply template updates to a generated project"
    )
    update_command.add_argument("path", nargs="?", default=".", metavar="PATH")
    update_command.add_argument("--vcs-ref", help="template git ref to update to (default: latest)")
    update_command.add_argument(
        "--dry-run", action="store_true", help="show what would change, change nothing"
    )
    update_command.set_defaults(handler=_run_update)

    check = commands.add_parser(
        "check-update", help="exit 1 when a newer template version exists (for CI)"
    )
    check.add_argument("path", nargs="?", default=".", metavar="PATH")
    check.add_argument("--vcs-ref", help="template git ref to compare with (default: latest)")
    check.set_defaults(handler=_run_check_update)

    audit_command = commands.add_parser(
        "audit", help="find production gaps in existing anthropic SDK code (static, nothing run)"
    )
    audit_command.add_argument(
        "paths", nargs="*", default=["."], metavar="PATH", help="files or folders (default: .)"
    )
    audit_command.add_argument("--format", choices=("table", "json", "sarif"), default="table")
    audit_command.add_argument(
        "--fail-on",
        choices=("low", "medium", "high", "critical", "none"),
        default="high",
        help="exit 1 when a finding at or above this severity exists (default: high)",
    )
    audit_command.add_argument(
        "--max-tokens-threshold",
        type=int,
        default=8192,
        metavar="N",
        help="a literal max_tokens above N is reported (default: 8192)",
    )
    audit_command.add_argument(
        "--root", help="paths in the report are relative to this folder (default: current)"
    )
    audit_command.set_defaults(handler=_run_audit)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    console = Console()
    errors = Console(stderr=True)
    try:
        code: int = args.handler(args, console)
    except (UsageError, AnswerError, PlanInputError, update.UpdateError) as error:
        errors.print(f"[bold red]error:[/] {error}", highlight=False, soft_wrap=True)
        return EXIT_USAGE
    except KeyboardInterrupt:
        errors.print("Interrupted; nothing was written.")
        return EXIT_INTERRUPTED
    return code


if __name__ == "__main__":
    sys.exit(main())
