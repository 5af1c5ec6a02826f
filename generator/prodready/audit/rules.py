"""The audit's rule table: one stable id, severity, checklist item and fix per gap.

Ids never change meaning (CI suppressions and SARIF history refer to them); a rule
that changes meaning gets a new id. Fixes name the generated project's module that solves it.
"""

from __future__ import annotations

import ast
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
    snippet: str
    """The smallest change onto this project's service: code to paste, shown with the fix."""
    heuristic: bool = False


_RETRIES = "Retries and timeouts are explicit, with one owner"
_MAX_TOKENS = "max_tokens is capped on every request"
_ERRORS = "Upstream failures never become a 500"
_USAGE = "Usage and cost are logged per request"
_LIMITS = "Per-user and global rate limits"
_SECRETS = "Secrets stay out of source"
_FALLBACK = "A degradation plan for every failure"
_VALIDATION = "Input is validated before it is sent"
_MODELS = "Models are current and configurable"
_CACHING = "Large static prompts are cached"
_STREAMS = "Streams survive a dropped connection"
_LOOPS = "Agent and tool loops are bounded"

# Where a call goes instead: the service's /v1/messages (any code, any SDK: base URL and key
# change, the calls stay) or the generated `Claude` client (async code inside the service).
_ONTO_SERVICE = "client = anthropic.Anthropic(base_url=SERVICE_URL)  # the service, /v1/messages"
ONTO_CLAUDE = "client = Claude.from_settings(Settings(), user=user_id)  # llm/claude.py (async)"

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
        "client = anthropic.Anthropic(timeout=httpx.Timeout(30, connect=5), max_retries=0)"
        "  # retries: llm/retry.py, or the service's /v1/messages",
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
        "client = anthropic.Anthropic(timeout=30, max_retries=0)  # the decorator owns retries",
    ),
    Rule(
        "PR003",
        "max-tokens-missing",
        Severity.HIGH,
        _MAX_TOKENS,
        "messages call without max_tokens.",
        "Pass max_tokens on every call, clamped to a configured cap "
        "(llm/validation.py clamps it to MAX_TOKENS_CAP from config.py).",
        "max_tokens=min(requested, settings.max_tokens_cap),  # MAX_TOKENS_CAP in config.py",
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
        "max_tokens=settings.max_tokens_cap,  # MAX_TOKENS_CAP in .env, sized to the answer",
    ),
    Rule(
        "PR005",
        "max-tokens-from-request",
        Severity.HIGH,
        _MAX_TOKENS,
        "max_tokens taken straight from request input: a caller chooses how much you spend.",
        "Clamp the caller's value to the configured cap and reject values above the hard "
        "cap (llm/validation.py check_params), or declare it with Field(le=...).",
        "max_tokens: int = Field(default=1024, le=4096)  # or the service's /v1/messages clamps it",
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
        _ONTO_SERVICE,
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
        "except anthropic.APIError as error:\n"
        "    raise from_sdk_error(error) from error  # llm/errors.py",
    ),
    Rule(
        "PR008",
        "usage-not-read",
        Severity.MEDIUM,
        _USAGE,
        "The response's usage is never read: no cost attribution for this call.",
        "Read message.usage (streams: get_final_message().usage) and log tokens and cost "
        "per request (llm/budget.py settles the cost, llm/telemetry.py logs the event).",
        _ONTO_SERVICE,
    ),
    Rule(
        "PR009",
        "no-per-user-rate-limit",
        Severity.MEDIUM,
        _LIMITS,
        "Heuristic: a web handler reaches the SDK with no per-user rate limiter in between.",
        "Check a per-user and a global limit before the call (llm/ratelimit.py, the `limits` "
        "library; 429 with Retry-After when exceeded).",
        _ONTO_SERVICE,
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
        "client = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY from the environment",
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
        _ONTO_SERVICE,
    ),
    Rule(
        "PR012",
        "unvalidated-input",
        Severity.MEDIUM,
        _VALIDATION,
        "Heuristic: request input flows into the model's messages with no validation on the way.",
        "Validate before sending: a pydantic body model and the checks of "
        "llm/validation.py (roles, empty turns, length), plus the filters of llm/safety/.",
        _ONTO_SERVICE,
        heuristic=True,
    ),
    Rule(
        "PR013",
        "retired-model",
        Severity.HIGH,
        _MODELS,
        "A retired or retiring model id is written in code: calls fail from its retirement date.",
        "Read the model from settings (MODEL in .env, checked against catalog.yml, which refuses "
        "a retired model) and move to a current one.",
        "model=settings.model,  # MODEL in .env; catalog.yml lists each model's retirement",
    ),
    Rule(
        "PR014",
        "system-prompt-not-cached",
        Severity.LOW,
        _CACHING,
        "A large static system prompt is sent on every call without prompt caching: it is "
        "billed in full each time (a cache read costs a tenth).",
        "Mark the static prefix with cache_control (llm/caching.py does it for the service's "
        "own system prompt), or send the call through the service.",
        'system=[{"type": "text", "text": SYSTEM_PROMPT, "cache_control": {"type": "ephemeral"}}],',
    ),
    Rule(
        "PR015",
        "stream-drop-unhandled",
        Severity.MEDIUM,
        _STREAMS,
        "The stream is read outside any handler of a dropped connection: a network error "
        "mid-answer (APIConnectionError, httpx errors) escapes while the call itself is handled.",
        "Read the stream inside the try that handles the SDK's errors and end it with an error "
        "event (the service's SSE sends `error` mid-stream), or stream through the service.",
        "try:\n    for text in stream.text_stream: ...\nexcept anthropic.APIError: ...  "
        "# also around the reading",
    ),
    Rule(
        "PR016",
        "max-tokens-unbounded-variable",
        Severity.LOW,
        _MAX_TOKENS,
        "Heuristic: max_tokens comes from a variable (a parameter, the environment) with no "
        "upper bound on the way.",
        "Clamp it to a configured cap (llm/validation.py check_params clamps to MAX_TOKENS_CAP).",
        "max_tokens=min(max_tokens, settings.max_tokens_cap),  # MAX_TOKENS_CAP in config.py",
        heuristic=True,
    ),
    Rule(
        "PR017",
        "unbounded-tool-loop",
        Severity.MEDIUM,
        _LOOPS,
        "Heuristic: a tool-use loop calls the model until it stops asking for tools, with no "
        "bound on the iterations: one confused answer loops (and bills) forever.",
        "Bound the turns (a for loop over range(MAX_TOOL_TURNS)) and answer with what you have "
        "when the bound is reached.",
        "for _turn in range(MAX_TOOL_TURNS):  # e.g. 10; then stop and answer",
        heuristic=True,
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


@dataclass(frozen=True)
class Edit:
    """A replacement of source text (1-based lines and columns, end exclusive): the part of
    a fix that can be applied as is (SARIF `fixes`)."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int
    text: str

    @classmethod
    def replacing(cls, node: ast.AST, text: str) -> Edit:
        """Replace the node's own source with `text`."""
        start = (getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1)
        end_line = getattr(node, "end_lineno", None) or start[0]
        end_column = (getattr(node, "end_col_offset", None) or start[1] - 1) + 1
        return cls(*start, end_line, end_column, text)

    @classmethod
    def inserting(cls, line: int, column: int, text: str) -> Edit:
        return cls(line, column, line, column, text)


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
    snippet: str = ""
    """This finding's own fix snippet, when it has one (default: the rule's)."""
    edit: Edit | None = None

    @property
    def fix_snippet(self) -> str:
        return self.snippet or self.rule.snippet

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
