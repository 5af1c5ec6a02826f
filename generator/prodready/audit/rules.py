"""The audit's rule table: one stable id, severity, checklist item and fix per gap.

Ids never change meaning (CI suppressions and SARIF history refer to them); a rule
that changes meaning gets a new id. Fixes name the generated project's module that solves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Severity(IntEnum):
    """How bad a gap is in production; ordered, so `>=` compares against `--fail-on`."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        """`high` -> Severity.HIGH; raises ValueError naming the valid choices."""
        try:
            return cls[text.upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r}; choose one of {choices}") from None


@dataclass(frozen=True)
class Rule:
    """One kind of gap the audit reports."""

    id: str
    name: str
    severity: Severity
    checklist: str
    summary: str
    fix: str
    heuristic: bool = False


_RETRIES = "Retries and timeouts are explicit, with one owner"
_MAX_TOKENS = "max_tokens is capped on every request"
_ERRORS = "Upstream failures never become a 500"
_USAGE = "Usage and cost are logged per request"
_LIMITS = "Per-user and global rate limits"
_SECRETS = "Secrets stay out of source"
_FALLBACK = "A degradation plan for every failure"
_VALIDATION = "Input is validated before it is sent"

RULES: tuple[Rule, ...] = (
    Rule(
        "PR001",
        "client-default-retries-timeout",
        Severity.MEDIUM,
        _RETRIES,
        "Anthropic client built without explicit max_retries and timeout "
        "(SDK defaults: 2 retries, 600 s).",
        "Build the client in one place with explicit settings, as llm/client.py does: "
        "Anthropic(timeout=httpx.Timeout(30, connect=5), max_retries=0) and one retry "
        "policy (llm/retry.py), or the SDK's loop with an explicit max_retries.",
    ),
    Rule(
        "PR002",
        "double-retry",
        Severity.HIGH,
        _RETRIES,
        "A retry decorator wraps a call whose client still retries on its own: "
        "attempts multiply (3 x 3 = 9 calls, and 9 bills).",
        "Give retries one owner: build the client with max_retries=0 when the decorator "
        "retries (llm/client.py + llm/retry.py), or drop the decorator.",
    ),
    Rule(
        "PR003",
        "max-tokens-missing",
        Severity.HIGH,
        _MAX_TOKENS,
        "messages call without max_tokens.",
        "Pass max_tokens on every call, clamped to a configured cap "
        "(llm/validation.py clamps it to MAX_TOKENS_CAP from config.py).",
    ),
    Rule(
        "PR004",
        "max-tokens-too-high",
        Severity.MEDIUM,
        _MAX_TOKENS,
        "max_tokens literal above the threshold: output tokens are charged (and counted "
        "against output TPM) up front from max_tokens.",
        "Use a cap sized to the expected answer, read from settings "
        "(MAX_TOKENS_CAP in config.py, applied by llm/validation.py).",
    ),
    Rule(
        "PR005",
        "max-tokens-from-request",
        Severity.HIGH,
        _MAX_TOKENS,
        "max_tokens taken straight from request input: a caller chooses how much you spend.",
        "Clamp the caller's value to the configured cap and reject values above the hard "
        "cap (llm/validation.py check_params), or declare it with Field(le=...).",
    ),
    Rule(
        "PR006",
        "unhandled-api-errors",
        Severity.HIGH,
        _ERRORS,
        "SDK errors (RateLimitError, OverloadedError, APIConnectionError) are not handled "
        "around the call: a 429 or 529 upstream becomes a 500 for your caller.",
        "Catch anthropic.APIError at the call and map it to your own error tree "
        "(llm/errors.py from_sdk_error), answered as 429/503 with Retry-After (api.py).",
    ),
    Rule(
        "PR007",
        "swallowed-api-errors",
        Severity.HIGH,
        _ERRORS,
        "A broad except (bare or Exception) swallows SDK errors: rate limits, overload and "
        "a bad API key all look the same and nothing re-raises or maps them.",
        "Catch the SDK's errors explicitly before any broad handler and map them "
        "(llm/errors.py from_sdk_error); alert on authentication and spend-limit errors.",
    ),
    Rule(
        "PR008",
        "usage-not-read",
        Severity.MEDIUM,
        _USAGE,
        "The response's usage is never read: no cost attribution for this call.",
        "Read message.usage (streams: get_final_message().usage) and log tokens and cost "
        "per request (llm/budget.py settles the cost, llm/telemetry.py logs the event).",
    ),
    Rule(
        "PR009",
        "no-per-user-rate-limit",
        Severity.MEDIUM,
        _LIMITS,
        "Heuristic: a web handler reaches the SDK with no per-user rate limiter in between.",
        "Check a per-user and a global limit before the call (llm/ratelimit.py, the `limits` "
        "library; 429 with Retry-After when exceeded).",
        heuristic=True,
    ),
    Rule(
        "PR010",
        "hardcoded-api-key",
        Severity.CRITICAL,
        _SECRETS,
        "An Anthropic API key is written in source.",
        "Revoke the key, then read it from the environment through settings "
        "(config.py: ANTHROPIC_API_KEY as a SecretStr, passed by llm/client.py).",
    ),
    Rule(
        "PR011",
        "no-fallback",
        Severity.MEDIUM,
        _FALLBACK,
        "Failures of the call are handled, but no handler offers an alternative answer "
        "(a fallback model, a cached answer or a static message): every outage is an error.",
        "Degrade instead of failing: a fallback chain (llm/fallback.py) tries a smaller "
        "model, then a cached or domain-appropriate static answer, flagged as degraded.",
    ),
    Rule(
        "PR012",
        "unvalidated-input",
        Severity.MEDIUM,
        _VALIDATION,
        "Heuristic: request input flows into the model's messages with no validation on the way.",
        "Validate before sending: a pydantic body model and the checks of "
        "llm/validation.py (roles, empty turns, length), plus the filters of llm/safety/.",
        heuristic=True,
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


@dataclass(frozen=True)
class Finding:
    """One gap at one place: what, where, how bad, and how to fix it."""

    path: str
    line: int
    column: int
    rule: Rule
    message: str
    cell: int | None = None
    """In a notebook: the code cell (1-based, counting every cell); `line` is in that cell."""
    fingerprint: str = ""
    """Stable across edits elsewhere in the file: rule, path and the line's text (SARIF's
    partialFingerprints, so code scanning keeps one alert when lines move)."""

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    @property
    def location(self) -> str:
        """`app.py:12:5`, or `notebook.ipynb:cell 3:12:5`."""
        cell = f"cell {self.cell}:" if self.cell is not None else ""
        return f"{self.path}:{cell}{self.line}:{self.column}"

    @property
    def sort_key(self) -> tuple[str, int, int, int, str]:
        return (self.path, self.cell or 0, self.line, self.column, self.rule.id)
