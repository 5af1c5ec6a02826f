"""Finds the anthropic SDK in a module: clients, factories, and the messages calls made on them.

A client is a constructor call (through any import alias), a name or attribute assigned
one, a parameter annotated with a client class, or a same-module function returning one.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Literal

from .names import Function, Imports, Parents, last_name

CLIENT_CLASSES = frozenset(
    {
        "Anthropic",
        "AsyncAnthropic",
        "Client",
        "AsyncClient",
        "AnthropicBedrock",
        "AsyncAnthropicBedrock",
        "AnthropicVertex",
        "AsyncAnthropicVertex",
        "AnthropicFoundry",
        "AsyncAnthropicFoundry",
    }
)
MESSAGE_METHODS = frozenset({"create", "stream", "parse"})
RESPONSE_WRAPPERS = frozenset({"with_raw_response", "with_streaming_response"})

CallKind = Literal["create", "stream"]


def is_sdk_name(resolved: str | None) -> bool:
    return resolved is not None and resolved.startswith("anthropic.")


def keyword(call: ast.Call, name: str) -> ast.keyword | None:
    """The keyword argument `name` of a call, if given."""
    return next((kw for kw in call.keywords if kw.arg == name), None)


def has_star_kwargs(call: ast.Call) -> bool:
    """`f(**options)`: any keyword may hide in there."""
    return any(kw.arg is None for kw in call.keywords)


@dataclass(frozen=True)
class CallSite:
    """One `messages.create` / `messages.stream` call on a client."""

    node: ast.Call
    kind: CallKind
    function: Function | None
    client: ast.expr


@dataclass
class Clients:
    """Everything in one module that holds or makes an SDK client."""

    imports: Imports
    parents: Parents
    module_names: set[str] = field(default_factory=set)
    local_names: dict[Function, set[str]] = field(default_factory=dict)
    attributes: set[str] = field(default_factory=set)
    factories: set[str] = field(default_factory=set)

    def is_client_class(self, node: ast.AST) -> bool:
        resolved = self.imports.resolve(node)
        return is_sdk_name(resolved) and str(resolved).rsplit(".", 1)[-1] in CLIENT_CLASSES

    def is_client_type(self, annotation: ast.AST | None) -> bool:
        """An annotation naming a client class (also `X | None`, `Optional[X]`)."""
        if annotation is None:
            return False
        if isinstance(annotation, ast.BinOp):
            return self.is_client_type(annotation.left) or self.is_client_type(annotation.right)
        if isinstance(annotation, ast.Subscript):
            return self.is_client_type(annotation.slice)
        return self.is_client_class(annotation)

    def is_constructor(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Call) and self.is_client_class(node.func)

    def is_client(self, node: ast.AST, scope: Function | None) -> bool:
        """Whether an expression evaluates to an SDK client."""
        if isinstance(node, ast.Call):
            func = node.func
            if self.is_client_class(func):
                return True
            if isinstance(func, ast.Attribute) and func.attr == "with_options":
                return self.is_client(func.value, scope)
            return last_name(func) in self.factories
        if isinstance(node, ast.Name):
            enclosing = scope
            while enclosing is not None:  # closures see their enclosing functions' names
                if node.id in self.local_names.get(enclosing, set()):
                    return True
                enclosing = self.parents.function_of(enclosing)
            return node.id in self.module_names
        if isinstance(node, ast.Attribute):
            return node.attr in self.attributes
        return False

    def _bind(self, target: ast.AST, scope: Function | None, in_class: bool) -> None:
        if isinstance(target, ast.Attribute) or (in_class and isinstance(target, ast.Name)):
            self.attributes.add(last_name(target) or "")
        elif isinstance(target, ast.Name):
            if scope is None:
                self.module_names.add(target.id)
            else:
                self.local_names.setdefault(scope, set()).add(target.id)

    def discover(self, tree: ast.Module) -> None:
        """Find every client binding; repeated so factories of factories are found too."""
        for _ in range(4):
            for node in ast.walk(tree):
                self._visit(node)

    def _visit(self, node: ast.AST) -> None:
        scope = self.parents.function_of(node)
        in_class = isinstance(self.parents.parent_of(node), ast.ClassDef)
        if isinstance(node, ast.Assign) and self.is_client(node.value, scope):
            for target in node.targets:
                self._bind(target, scope, in_class)
        elif isinstance(node, ast.AnnAssign) and (
            self.is_client_type(node.annotation)
            or (node.value is not None and self.is_client(node.value, scope))
        ):
            self._bind(node.target, scope, in_class)
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            if self.is_client(node.context_expr, scope):
                self._bind(node.optional_vars, scope, False)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args
            for arg in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]:
                if self.is_client_type(arg.annotation):
                    self.local_names.setdefault(node, set()).add(arg.arg)
            if self.is_client_type(node.returns):
                self.factories.add(node.name)
        elif (
            isinstance(node, ast.Return)
            and node.value is not None
            and scope is not None
            and self.is_client(node.value, scope)
        ):
            self.factories.add(scope.name)

    def call_site(self, call: ast.Call) -> CallSite | None:
        """The call as a messages call on a client, or None."""
        func = call.func
        if not isinstance(func, ast.Attribute) or func.attr not in MESSAGE_METHODS:
            return None
        owner = func.value
        if isinstance(owner, ast.Attribute) and owner.attr in RESPONSE_WRAPPERS:
            owner = owner.value
        if not isinstance(owner, ast.Attribute) or owner.attr != "messages":
            return None
        scope = self.parents.function_of(call)
        base = owner.value
        if (
            isinstance(base, ast.Attribute)
            and base.attr == "beta"
            and self.is_client(base.value, scope)
        ):
            base = base.value
        if not self.is_client(base, scope):
            return None
        stream = keyword(call, "stream")
        streaming = func.attr == "stream" or (
            stream is not None
            and isinstance(stream.value, ast.Constant)
            and stream.value.value is True
        )
        return CallSite(call, "stream" if streaming else "create", scope, base)


def max_retries_zero(call: ast.Call) -> bool:
    """Whether a constructor or with_options call sets max_retries=0 literally."""
    given = keyword(call, "max_retries")
    return given is not None and isinstance(given.value, ast.Constant) and given.value.value == 0


def retries_disabled(client: ast.expr) -> bool:
    """`client.with_options(max_retries=0)` in the expression itself."""
    node: ast.AST = client
    while isinstance(node, ast.Call | ast.Attribute):
        if isinstance(node, ast.Call):
            if last_name(node.func) == "with_options" and max_retries_zero(node):
                return True
            node = node.func
        else:
            node = node.value
    return False
