"""The rules that follow how the Messages API works: retiring models (PR013), uncached
large system prompts (PR014), streams read outside error handling (PR015), max_tokens from
an unbounded variable (PR016), tool loops with no bound (PR017).

Pure functions over nodes; analysis.py calls them with what it knows of the module.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..catalog import load_catalog
from .names import Function, last_name, walk_local

CACHEABLE_CHARS = 4096
"""About 1,024 tokens: the smallest prompt the API caches (Sonnet and Opus)."""
STREAM_READERS = frozenset(
    {"get_final_message", "get_final_text", "until_done", "text_stream", "__stream__"}
)
TOOL_WORDS = re.compile(r"tool_use|tool_result|stop_reason|tool_calls")
BOUND_NAME = re.compile(r"max|limit|turn|iter|step|round|budget", re.IGNORECASE)


@dataclass(frozen=True)
class Retirement:
    """A catalog model with a retirement date, and what to move to."""

    model: str
    retires: date
    replacement: str | None


@cache
def retirements() -> dict[str, Retirement]:
    """Every id (aliases included) of a catalog model that has a retirement date."""
    catalog = load_catalog()
    current = [m for m in catalog.models if m.retires is None and not m.unverified]
    found: dict[str, Retirement] = {}
    for model in catalog.models:
        if model.retires is None:
            continue
        family = model.id.split("-")[1] if model.id.count("-") else ""
        same = [m.id for m in current if m.id.split("-")[1:2] == [family]]
        entry = Retirement(model.id, model.retires, same[0] if same else None)
        for name in (model.id, *model.aliases):
            found[name] = entry
    return found


def retirement_message(text: str, entry: Retirement, today: date) -> str:
    when = (
        f"retired on {entry.retires.isoformat()}: every call fails"
        if entry.retires <= today
        else f"retires on {entry.retires.isoformat()} (in {(entry.retires - today).days} days)"
    )
    move = f"; move to {entry.replacement}" if entry.replacement else ""
    return f"Model {text} {when}{move} (catalog.yml)."


def static_length(node: ast.AST | None, sizes: Mapping[str, int] | None = None) -> int:
    """Characters of fixed text in an expression: literals, `+` of them, `text * n`, the
    literal parts of an f-string; with `sizes` (the fixed text each name holds), also the
    names used or interpolated (`f"...{SCHEMA}..."`, `BASE + RULES`)."""
    if isinstance(node, ast.Constant):
        return len(node.value) if isinstance(node.value, str) else 0
    if isinstance(node, ast.Name):
        return sizes.get(node.id, 0) if sizes is not None else 0
    if isinstance(node, ast.FormattedValue):
        return static_length(node.value, sizes) if isinstance(node.value, ast.Name) else 0
    if isinstance(node, ast.JoinedStr):
        return sum(static_length(part, sizes) for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return static_length(node.left, sizes) + static_length(node.right, sizes)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        for text, times in ((node.left, node.right), (node.right, node.left)):
            if isinstance(times, ast.Constant) and type(times.value) is int:
                return static_length(text, sizes) * times.value
    return 0


def uncached_system(value: ast.expr, texts: Mapping[str, int]) -> bool:
    """A `system=` value that is a large static text with no cache_control on it."""
    if not isinstance(value, ast.Name | ast.List):
        return static_length(value, texts) >= CACHEABLE_CHARS
    if isinstance(value, ast.Name):
        return texts.get(value.id, 0) >= CACHEABLE_CHARS
    if isinstance(value, ast.List):
        marked = any(
            isinstance(key, ast.Constant) and key.value == "cache_control"
            for block in value.elts
            if isinstance(block, ast.Dict)
            for key in block.keys
        )
        blocks = [
            v
            for block in value.elts
            if isinstance(block, ast.Dict)
            for k, v in zip(block.keys, block.values, strict=True)
            if isinstance(k, ast.Constant) and k.value == "text"
        ]
        return not marked and any(uncached_system(v, texts) for v in blocks)
    return False


def stream_readers(names: set[str], scope: ast.AST) -> list[ast.AST]:
    """Where a stream bound to `names` is read: `for x in s`, `s.text_stream`,
    `s.get_final_message()`."""
    found: list[ast.AST] = []
    for node in walk_local(scope) if not isinstance(scope, ast.Module) else ast.walk(scope):
        if (isinstance(node, ast.For | ast.AsyncFor) and _mentions(node.iter, names)) or (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in STREAM_READERS
            and _mentions(node.func.value, names)
        ):
            found.append(node)
    return found


def _mentions(node: ast.AST, names: set[str]) -> bool:
    return any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(node))


def unbounded_loop(chain: list[ast.AST], tools: bool = False) -> ast.While | None:
    """The `while` loop of a tool-use conversation around the call, when nothing bounds
    its iterations (no counter compared with a limit, no enclosing `for ... in range`).
    `tools`: the call sends tools (the loop's own text need not say so)."""
    loop = next((n for n in chain if isinstance(n, ast.While | ast.For | ast.AsyncFor)), None)
    if not isinstance(loop, ast.While) or _waits_for_input(loop):
        return None
    if not tools and not any(TOOL_WORDS.search(_text(n)) for n in [loop.test, *loop.body]):
        return None
    if _bounded_test(loop.test) or _counts_down(loop):
        return None
    for node in ast.walk(loop):
        if isinstance(node, ast.If) and _bounded_test(node.test) and _leaves(node.body):
            return None
    return loop


def _waits_for_input(loop: ast.While) -> bool:
    """An interactive loop: every turn first reads `input()` (at the top of its body, or in
    a `try` there), so the user, not the model, decides whether it goes on."""
    top: list[ast.stmt] = []
    for statement in loop.body:
        top += statement.body if isinstance(statement, ast.Try) else [statement]
    return any(
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "input"
        for statement in top
        if not isinstance(statement, ast.If | ast.For | ast.While | ast.With)
        for node in ast.walk(statement)
    )


def _text(node: ast.AST) -> str:
    return ast.unparse(node)


def _bounded_test(test: ast.expr) -> bool:
    """A comparison with a limit: `turns < MAX_TURNS`, `i >= 10`, `len(history) > limit`."""
    for node in ast.walk(test):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        if not any(isinstance(op, ast.Lt | ast.LtE | ast.Gt | ast.GtE) for op in node.ops):
            continue
        for side in sides:
            if isinstance(side, ast.Constant) and type(side.value) is int:
                return True
            name = last_name(side) or ""
            if name.isupper() or BOUND_NAME.search(name):
                return True
    return False


def _counts_down(loop: ast.While) -> bool:
    """`while left:` (or `while left > 0:`) whose body takes one off `left`: the counter
    is the bound, whatever its name."""
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    for node in ast.walk(loop):
        if (
            isinstance(node, ast.AugAssign)
            and isinstance(node.op, ast.Sub)
            and isinstance(node.target, ast.Name)
            and node.target.id in tested
        ):
            return True
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.BinOp)
            and isinstance(node.value.op, ast.Sub)
            and isinstance(node.value.left, ast.Name)
            and any(isinstance(t, ast.Name) and t.id == node.value.left.id for t in node.targets)
            and node.value.left.id in tested
        ):
            return True
    return False


def _leaves(body: list[ast.stmt]) -> bool:
    return any(isinstance(n, ast.Break | ast.Return | ast.Raise) for s in body for n in ast.walk(s))


def clamped(name: str, function: Function) -> bool:
    """The function bounds `name`: `min(name, ...)` or an `if name > ...:` that leaves."""
    for node in walk_local(function):
        if (
            isinstance(node, ast.Call)
            and last_name(node.func) in ("min", "clamp")
            and any(_mentions(a, {name}) for a in node.args)
        ):
            return True
        if isinstance(node, ast.If) and _mentions(node.test, {name}) and _leaves(node.body):
            return True
    return False
