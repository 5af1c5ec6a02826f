"""`<package> keys create|list|revoke`: API keys, managed from the command line.

The full key is printed once, by `create`; afterwards only its prefix exists anywhere.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..config import Settings
from . import DEVELOPMENT_AUTH_SECRET, DEVELOPMENT_HASHING_WARNING, key_secret
from .apikeys import KeyManagementError, issue_key, revoke_key
from .core import AuthConfigError
from .keystore import open_key_store


def add_key_commands(commands: Any) -> None:
    """Register `keys` and its subcommands on the CLI's subparsers."""
    keys = commands.add_parser("keys", help="create, list and revoke API keys")
    actions = keys.add_subparsers(dest="keys_command", required=True)
    create = actions.add_parser("create", help="issue a key for a user (printed once)")
    create.add_argument("--user", required=True, help="the user id the key authenticates as")
    create.add_argument("--limit", help="per-key rate limit, e.g. 10/minute;200/day")
    create.add_argument("--budget", help="per-key monthly budget in USD, e.g. 25")
    actions.add_parser("list", help="list keys by prefix (never the key itself)")
    revoke = actions.add_parser(
        "revoke", help="revoke a key by its prefix (docs/security.md: how soon)"
    )
    revoke.add_argument("prefix", help="the 8-hex-digit prefix shown by `keys list`")


def run_key_command(args: argparse.Namespace, settings: Settings) -> int:
    """Run one `keys` subcommand; returns the exit code (2 for bad input or settings)."""
    if settings.auth_mode != "api_key":
        print(
            f"AUTH_MODE is {settings.auth_mode}: API keys are used only with AUTH_MODE=api_key.",
            file=sys.stderr,
        )
        return 2
    try:
        secret = key_secret(settings)
    except AuthConfigError as exc:
        print(f"Configuration error:\n  {exc}", file=sys.stderr)
        return 2
    if secret == DEVELOPMENT_AUTH_SECRET:
        # stderr: stdout carries only the key, so `KEY=$(... keys create ...)` works.
        print(f"Warning: {DEVELOPMENT_HASHING_WARNING}", file=sys.stderr)
    store = open_key_store(settings)
    try:
        if args.keys_command == "create":
            key, record = issue_key(
                store, secret, user_id=args.user, rate_limit=args.limit, budget_usd=args.budget
            )
            print(key)
            print(
                f"Key {record.prefix} for user {record.user_id}. It is shown only now: "
                "store it safely; to replace it, create another and revoke this one.",
                file=sys.stderr,
            )
        elif args.keys_command == "list":
            print(f"{'PREFIX':<10}{'USER':<24}{'CREATED':<27}{'STATUS':<10}{'LIMIT':<20}BUDGET")
            for r in store.all():
                status = "active" if r.active else "revoked"
                print(
                    f"{r.prefix:<10}{r.user_id:<24}{r.created_at:<27}{status:<10}"
                    f"{r.rate_limit or '-':<20}{r.budget_usd if r.budget_usd is not None else '-'}"
                )
        else:
            record = revoke_key(store, args.prefix)
            print(f"Revoked {record.prefix} (user {record.user_id}) at {record.revoked_at}.")
    except KeyManagementError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return 0
