"""Command line for the service: run the HTTP API, manage API keys, report spend.

%(prog)s serve [--host H] [--port P]       run the HTTP API
%(prog)s keys create --user U [--limit L] [--budget USD]
%(prog)s keys list | keys revoke PREFIX    API keys (AUTH_MODE=api_key)
%(prog)s spend [--month YYYY-MM]           spend by day, user, model; budget status
%(prog)s reconcile [--month YYYY-MM]       the ledger vs Anthropic's cost report
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
from collections.abc import Sequence
from typing import Any

import uvicorn
from pydantic import ValidationError
from pydantic_settings import SettingsError

from .api import create_app
from .auth import AuthConfigError
from .auth.cli import add_key_commands, run_key_command
from .config import Settings
from .hardening import MAX_HEAD_BYTES
from .llm.client import MissingApiKey, require_api_key
from .llm.ledger_sqlite import LedgerInUse
from .llm.safety.screen import log_redactor
from .llm.telemetry import route_stdlib_logging
from .spend import add_spend_commands, run_spend_command

# Server timeouts. An idle keep-alive connection must be closed by the side that sends the
# requests (the load balancer, the client's pool), not by the service: a request sent on a
# connection the service is closing gets a reset, no answer. So the service waits longer
# than common balancers keep idle connections (60 s on AWS ALB; httpx pools: 5 s). With 5 s
# here, `chaos.py --restart-redis 1` dropped 1-16 requests that way in 10 of 13 runs; 0 in 5.
# A shutdown lets in-flight calls finish (each is bounded by REQUEST_DEADLINE_S).
KEEP_ALIVE_TIMEOUT_S = 65
GRACEFUL_SHUTDOWN_S = 30
SERVER_OPTIONS: dict[str, Any] = {
    "timeout_keep_alive": KEEP_ALIVE_TIMEOUT_S,
    "timeout_graceful_shutdown": GRACEFUL_SHUTDOWN_S,
    # Bounds a head still arriving; one that arrives whole is measured by HeadSizeLimit.
    "h11_max_incomplete_event_size": MAX_HEAD_BYTES,
    "server_header": False,
    "access_log": False,  # access.py logs each request as JSON, with its request id
    # uvicorn's own lines go to the root logger, which `serve` routes through the service's
    # log pipeline (telemetry.route_stdlib_logging) instead of uvicorn's plain-text handlers.
    "log_config": None,
}
"""uvicorn's settings for `serve`, beyond host and port."""
GC_THRESHOLDS = (10_000, 20, 20)
"""The cyclic collector's thresholds while serving (Python's defaults: 700, 10, 10).

A request allocates thousands of objects, nearly all freed by reference counting; with 50
requests in flight the default first threshold ran a collection every few requests, over
objects still in use. Measured (benchmarks/throughput.py, redis render, API keys, 2,000
requests a round): the service's CPU per request 3.06-3.17 -> 2.91-2.93 ms, memory the same.
"""


def tune_gc() -> None:
    """Freeze what exists at start-up and collect less often while serving (see GC_THRESHOLDS).

    What exists now (modules, settings, catalog, compiled patterns, the gateway: ~200,000
    objects) lives as long as the process: frozen, the collector stops re-scanning it on every
    full pass. Under load that halved the time spent collecting (10 % -> 5 %).
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run it; returns the process exit code."""
    # argparse fills the docstring's %(prog)s with the package name; the raw formatter keeps
    # the command list's lines and columns (the default one runs them into one paragraph).
    parser = argparse.ArgumentParser(
        prog=__package__,
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP API with uvicorn")
    serve.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: %(default)s)"
    )
    serve.add_argument("--port", type=int, default=8000, help="port to bind (default: %(default)s)")
    add_key_commands(commands)
    add_spend_commands(commands)
    args = parser.parse_args(argv)

    try:
        settings = Settings()
    except ValidationError as exc:
        # One line per problem, named by its environment variable: no traceback to dig through.
        print("Configuration error:", file=sys.stderr)
        for error in exc.errors():
            name = "_".join(str(part) for part in error["loc"]).upper() or "settings"
            print(f"  {name}: {error['msg'].removeprefix('Value error, ')}", file=sys.stderr)
        return 2
    except SettingsError as exc:  # a list setting that is not JSON: read before validation
        print(f"Configuration error:\n  {_not_a_json_list(exc)}", file=sys.stderr)
        return 2
    if args.command == "keys":
        return run_key_command(args, settings)
    if args.command in ("spend", "reconcile"):
        return run_spend_command(args, settings)
    try:
        if settings.llm_backend == "anthropic":
            require_api_key(settings)  # first: the plainest of the start-up errors
        app = create_app(settings)
    except (AuthConfigError, LedgerInUse, MissingApiKey) as exc:
        print(f"Configuration error:\n  {exc}", file=sys.stderr)
        return 2
    route_stdlib_logging(
        json=settings.json_logs, level=settings.log_level, redactor=log_redactor(settings)
    )
    tune_gc()
    uvicorn.run(
        app, host=args.host, port=args.port, log_level=settings.log_level.lower(), **SERVER_OPTIONS
    )
    return 0


def _not_a_json_list(error: SettingsError) -> str:
    """pydantic-settings' `error parsing value for field "cors_origins"`, as the variable
    to fix and how to write it (the first one only: it stops there)."""
    field = re.search(r'field "(\w+)"', str(error))
    name = field.group(1).upper() if field else "A list setting"
    return (
        f"{name} is not a JSON list; write it as .env.example does, "
        f'for example {name}=["first", "second"] (or [] for none)'
    )


if __name__ == "__main__":
    sys.exit(main())
