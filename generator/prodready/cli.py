"""`prodready new` and `prodready plan`: ask, show the cost plan, render with copier.

The CLI is a front-end to copier.yml: it asks the planning questions itself, shows
the plan as a table, then lets copier render and ask the remaining questions.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import shlex
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import questionary
from jinja2.sandbox import SandboxedEnvironment
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__, update
from .planner import Plan, PlanInputError, Traffic, plan
from .questions import PLANNING_KEYS, AnswerError, Question, load_questions, parse_data
from .source import template_source

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
MAX_FILES_SHOWN = 20
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class UsageError(Exception):
    """The command cannot run as asked; the message says what to do instead."""


class Interrupted(Exception):
    """Ctrl-C at a point where something may have changed; the message says what."""


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


def _destination(text: str) -> Path:
    """The destination folder; an empty answer would render into the current folder."""
    if not text.strip():
        raise UsageError(
            "the destination folder is empty: give the name of a new folder, "
            "e.g. prodready new support-bot"
        )
    return Path(text)


def _check_destination(destination: Path) -> None:
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise UsageError(
            f"{destination} is not empty. Choose a new folder; to refresh an existing "
            "project, run `copier update` inside it."
        )


def _copier_default(key: str, context: dict[str, Any]) -> str:
    """A question's default as copier renders it (the same Jinja filters copier enables)."""
    environment = SandboxedEnvironment(
        extensions=["jinja2_ansible_filters.AnsibleCoreFiltersExtension"]
    )
    template = str(load_questions()[key].default)
    return environment.from_string(template).render(context).strip()


def _check_package_name(destination: Path, data: dict[str, Any]) -> None:
    """With --defaults the package name is derived, unasked: refuse a bad one before planning."""
    if "package_name" in data:
        return  # parse_data has validated it
    context: dict[str, Any] = {"_copier_conf": {"dst_path": str(destination.resolve())}}
    project_name = data.get("project_name") or _copier_default("project_name", context)
    name = _copier_default("package_name", {**context, "project_name": project_name})
    if message := load_questions()["package_name"].validate(name):
        raise UsageError(
            f'the package name "{name}", derived from the project name "{project_name}", '
            f"cannot be used: {message} Choose one with --data package_name=NAME "
            f"(for example --data package_name={name}_service)."
        )


@contextlib.contextmanager
def _uninterruptible() -> Iterator[None]:
    """Ignore Ctrl-C during a short step that must not stop halfway (a move, a clean-up)."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: signals go elsewhere anyway
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def _staged(destination: Path) -> Iterator[Path]:
    """A scratch folder to render into, moved to `destination` only once it is complete.

    An error or Ctrl-C before that leaves `destination` as it was: absent, or empty.
    The scratch folder sits beside the destination (inside it when it exists), so the
    final move is a rename, and the rendered folder keeps the destination's name
    (copier.yml derives the project name from it).
    """
    target = destination.resolve()
    anchor = target if target.is_dir() else next(p for p in target.parents if p.is_dir())
    scratch = Path(tempfile.mkdtemp(prefix=".prodready-", dir=anchor))
    try:
        staged = scratch / target.name
        yield staged
        with _uninterruptible():
            if target.is_dir():
                for entry in staged.iterdir():
                    entry.rename(target / entry.name)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                staged.rename(target)
    finally:
        with _uninterruptible():
            shutil.rmtree(scratch, ignore_errors=True)


class _PlainText(io.TextIOBase):
    """A text stream that drops ANSI colour codes (copier colours its output unconditionally)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(ANSI_ESCAPE.sub("", text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()


def _plain_stderr() -> contextlib.AbstractContextManager[Any]:
    """Strip copier's colour codes when stderr is a file or a pipe, not a terminal."""
    if sys.stderr.isatty():
        return contextlib.nullcontext()
    return contextlib.redirect_stderr(_PlainText(sys.stderr))


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
            "Destination folder",
            default="claude-service",
            validate=lambda text: bool(text.strip()) or "Type the name of a new folder.",
        ).unsafe_ask()
    destination = _destination(args.destination)
    _check_destination(destination)
    if args.defaults:
        _check_package_name(destination, data)

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
        with _staged(destination) as staged, _plain_stderr():
            copier.run_copy(
                template_source(args.template),
                staged,
                data={**data, **answers},
                defaults=args.defaults,
                vcs_ref=args.vcs_ref,
                unsafe=False,
            )
    except copier.errors.CopierAnswersInterrupt:
        # Ctrl-C at copier's own prompts: the same one line as anywhere else, not its answers.
        raise KeyboardInterrupt from None
    except (ValueError, copier.errors.CopierError) as error:
        raise UsageError(f"copier could not render the project: {error}") from None
    console.print(
        f"\n[bold green]Created {escape(str(destination))}.[/] "
        f"Next: cd {escape(shlex.quote(str(destination)))} and follow its README "
        "(install, test, run with LLM_BACKEND=fake).",
        soft_wrap=True,  # a path broken across lines cannot be copied
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
    if not preview.new_version_exists:
        console.print(f"Up to date with template version {preview.current_version}.")
        return
    step = f"{preview.current_version} -> {preview.new_version}"
    if not preview.update_available:
        console.print(f"Template version {step} changes nothing in this project: up to date.")
        return
    console.print(f"[bold]Template version:[/] {step}")
    if preview.changed_files:
        shown = preview.changed_files[:MAX_FILES_SHOWN]
        console.print(f"Files it changes ({len(preview.changed_files)}):")
        for name in shown:
            console.print(f"  {escape(name)}", highlight=False)
        if len(preview.changed_files) > len(shown):
            console.print(f"  ... and {len(preview.changed_files) - len(shown)} more")
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
    preview = update.preview(project, vcs_ref=args.vcs_ref, template=args.template)
    show_preview(preview, console)
    if not preview.update_available or args.dry_run:
        return 0
    try:
        if args.template and update.record_source(project, args.template):
            console.print(
                f"Recorded the new template source in {update.ANSWERS_FILE} (its own commit).",
                highlight=False,
            )
        conflicted = update.apply(project, vcs_ref=args.vcs_ref)
    except KeyboardInterrupt:
        raise Interrupted(
            f"the update may be half applied in {project}: review it with `git status`, "
            "undo it with `git reset --hard && git clean -fd` (the tree was clean before)."
        ) from None
    if conflicted:
        console.print("[bold red]Conflicts to resolve[/] (look for <<<<<<< markers):")
        for name in conflicted:
            console.print(f"  {escape(name)}", highlight=False)
        console.print("Resolve them, run the tests, then commit.")
        return 1
    console.print("[bold green]Updated cleanly.[/] Review with `git diff`, run the tests, commit.")
    return 0


def _run_check_update(args: argparse.Namespace, console: Console) -> int:
    preview = update.preview(Path(args.path), vcs_ref=args.vcs_ref, template=args.template)
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
    config = AuditConfig(args.max_tokens_threshold, audit_tests=args.include_tests)
    result = audit(paths, root=root, config=config)
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
    update_command.add_argument(
        "--template",
        metavar="SOURCE",
        help="the template's new location (path or git URL) when _src_path moved; "
        "recorded as _src_path in its own commit",
    )
    update_command.set_defaults(handler=_run_update)

    check = commands.add_parser(
        "check-update", help="exit 1 when a newer template version exists (for CI)"
    )
    check.add_argument("path", nargs="?", default=".", metavar="PATH")
    check.add_argument("--vcs-ref", help="template git ref to compare with (default: latest)")
    check.add_argument(
        "--template",
        metavar="SOURCE",
        help="compare with the template at this path or git URL instead of _src_path",
    )
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
    audit_command.add_argument(
        "--include-tests",
        action="store_true",
        help="apply every rule to test files too (tests/, test_*.py, *_test.py, conftest.py); "
        "by default they are searched for API keys only",
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
        errors.print("Interrupted; nothing was written.", highlight=False)
        return EXIT_INTERRUPTED
    except Interrupted as interrupted:
        errors.print(f"Interrupted; {interrupted}", highlight=False, soft_wrap=True)
        return EXIT_INTERRUPTED
    return code


if __name__ == "__main__":
    sys.exit(main())
