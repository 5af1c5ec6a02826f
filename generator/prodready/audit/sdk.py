"""Finds the anthropic SDK in a module: clients, factories, and the messages calls made on them.

A client is a constructor call (through any import alias), a name or attribute assigned
one, a parameter annotated with a client class, or a same-module function returning one.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Literal, Protocol

from .names import Function, Imports, Parents, dotted, last_name, walk_all

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
PLATFORM_CLIENT = re.compile(r"(?:Async)?Anthropic[A-Z][A-Za-z]*(?<!Error)(?<!Exception)")
MESSAGE_METHODS = frozenset({"create", "stream", "parse"})
SDK_DEFAULT_RETRIES = 2
RESPONSE_WRAPPERS = frozenset({"with_raw_response", "with_streaming_response"})
PROPERTIES = frozenset({"property", "cached_property"})

CallKind = Literal["create", "stream"]

CLAUDE_CALL = re.compile(r"\.messages\.(?:create|stream)\((?:[^()]|\([^()]*\))*?\bmax_tokens\s*=")
"""A Messages API call in a file's text: `x.messages.create(..., max_tokens=...)`. A file that
only receives its client (never importing anthropic) is found by it; Twilio's
`client.messages.create(to=..., body=...)` has no max_tokens."""


def is_sdk_name(resolved: str | None) -> bool:
    return resolved is not None and resolved.startswith("anthropic.")


def keyword(call: ast.Call, name: str) -> ast.keyword | None:
    """The keyword argument `name` of a call, if given."""
    return next((kw for kw in call.keywords if kw.arg == name), None)


def has_star_kwargs(call: ast.Call) -> bool:
    """`f(**options)`: any keyword may hide in there."""
    return any(kw.arg is None for kw in call.keywords)


Kind = Literal[
    "client",
    "messages",
    "create",
    "stream",
    "factory",
    "first",
    "factory-first",
    "class",
    "proxy",
]
"""What a name holds: a client, its messages resource, a bound `messages.create`/`stream`
(also through functools.partial), a function that returns a client; a tuple whose first
item is a client (`return client, extra`) and a function that returns one; a class of the
project that subclasses the SDK's client (`class Traced(Mixin, anthropic.Anthropic)`); a class
of the project whose instances stand in for a client (a lazy proxy: its `messages` property
returns a client's messages, or its `__getattr__` hands on a client's attributes)."""
METHOD_KINDS: dict[str, Kind] = {"create": "create", "parse": "create", "stream": "stream"}
MADE_BY: dict[str, Kind] = {
    "factory": "client",
    "factory-first": "first",
    "class": "client",
    "proxy": "client",
}
PARTIALS = frozenset({"functools.partial", "partial"})
RUNNERS = frozenset({"to_thread", "run_in_executor", "run_sync", "run_in_threadpool"})
"""Calls that run a callable handed to them in a thread and return (or raise) what it
does, with the arguments given after it (an executor's `submit` raises at `result()`)."""
CLIENT_ATTRIBUTES: dict[str, Kind] = {
    "messages": "messages",
    "beta": "client",
    "prompt_caching": "client",
}
"""Attributes of a client that lead to the Messages API: `messages` itself, and the
namespaces that carry their own `messages` (`client.beta.messages`, and the legacy
prompt-caching beta, `client.beta.prompt_caching.messages`, still in older prototypes)."""
NAMESPACES = frozenset(name for name, kind in CLIENT_ATTRIBUTES.items() if kind == "client")


class Lookup(Protocol):
    """What other modules of the scanned project export (see project.py)."""

    def exported(self, full: str) -> Kind | None:
        """The kind of a project module's top-level name, `pkg.mod.name`."""

    def presets(self, full: str) -> list[ast.keyword]:
        """Keywords bound by functools.partial to an exported name."""


@dataclass(frozen=True)
class CallSite:
    """One `messages.create` / `messages.stream` call on a client (or an alias of one)."""

    node: ast.Call
    kind: CallKind
    function: Function | None
    client: ast.expr
    preset: tuple[ast.keyword, ...] = ()
    """Keywords given by a functools.partial the call goes through."""
    client_retries: int | None = None
    """The client's max_retries when the audit saw it set literally (None: not seen)."""
    handed: bool = False
    """The method was handed to a runner (`asyncio.to_thread`) that makes the call."""

    def keyword(self, name: str) -> ast.keyword | None:
        return keyword(self.node, name) or next((k for k in self.preset if k.arg == name), None)

    @property
    def star_kwargs(self) -> bool:
        return has_star_kwargs(self.node) or any(k.arg is None for k in self.preset)


Binding = tuple[ast.AST, Function | None, bool]


@dataclass
class Clients:
    """Everything in one module that holds or makes an SDK client, by kind."""

    imports: Imports
    parents: Parents
    project: Lookup | None = None
    module_names: dict[str, Kind] = field(default_factory=dict)
    local_names: dict[Function, dict[str, Kind]] = field(default_factory=dict)
    attributes: dict[str, Kind] = field(default_factory=dict)
    """Attribute names bound to a client anywhere (`self.client = ...`); shared by the
    modules of one project, so an attribute set in one file's `__init__` is seen in another."""
    partials: dict[str, list[ast.keyword]] = field(default_factory=dict)
    claude_calls: bool = False
    """The module's text holds a Messages API call (CLAUDE_CALL), whatever it imports."""
    origins: dict[str, ast.Call] = field(default_factory=dict)
    """The constructor call a client name or attribute was built with, where seen."""
    _bindings: list[Binding] | None = None

    def is_client_class(self, node: ast.AST) -> bool:
        """A client class of the SDK: the known ones, and any `Anthropic...` class the
        SDK adds for a platform (AnthropicAWS, AnthropicBedrockMantle...)."""
        resolved = self.imports.resolve(node)
        if not is_sdk_name(resolved):
            return False
        name = str(resolved).rsplit(".", 1)[-1]
        return name in CLIENT_CLASSES or bool(PLATFORM_CLIENT.fullmatch(name))

    def is_client_type(self, annotation: ast.AST | None) -> bool:
        """An annotation naming a client class (also `X | None`, `Optional[X]`, and
        `list[X]`, whose items are clients when iterated)."""
        if annotation is None:
            return False
        if isinstance(annotation, ast.BinOp):
            return self.is_client_type(annotation.left) or self.is_client_type(annotation.right)
        if isinstance(annotation, ast.Subscript):
            return self.is_client_type(annotation.slice)
        return self.is_client_class(annotation)

    def is_constructor(self, node: ast.AST) -> bool:
        """A call that builds a client: an SDK client class, or the project's subclass of
        one (a module-level or imported name)."""
        if not isinstance(node, ast.Call):
            return False
        func = node.func
        return self.is_client_class(func) or (
            isinstance(func, ast.Name) and self._name_kind(func.id, None) == "class"
        )

    def is_client(self, node: ast.AST, scope: Function | None) -> bool:
        """Whether an expression evaluates to an SDK client."""
        return self.kind(node, scope) == "client"

    def kind(self, node: ast.AST, scope: Function | None) -> Kind | None:
        """What an expression evaluates to, as far as the SDK is concerned."""
        if isinstance(node, ast.Await):
            return self.kind(node.value, scope)
        if isinstance(node, ast.BoolOp):  # `client or Anthropic(...)`
            return next(filter(None, (self.kind(v, scope) for v in node.values)), None)
        if isinstance(node, ast.IfExp):
            return self.kind(node.body, scope) or self.kind(node.orelse, scope)
        if isinstance(node, ast.Call):
            return self._call_kind(node, scope)
        if isinstance(node, ast.Tuple) and node.elts:
            return "first" if self.kind(node.elts[0], scope) == "client" else None
        if isinstance(node, ast.List) and node.elts:  # `[primary, backup]`: iterated over
            return "client" if self.kind(node.elts[0], scope) == "client" else None
        if isinstance(node, ast.Name):
            return self._name_kind(node.id, scope)
        if isinstance(node, ast.Attribute):
            return self._attribute_kind(node, scope)
        return None

    def _call_kind(self, node: ast.Call, scope: Function | None) -> Kind | None:
        func = node.func
        if self.is_client_class(func):
            return "client"
        if isinstance(func, ast.Attribute) and func.attr == "with_options":
            return "client" if self.kind(func.value, scope) == "client" else None
        if self.imports.resolve(func) in PARTIALS and node.args:
            bound = self.kind(node.args[0], scope)
            return bound if bound in ("create", "stream") else None
        made = self.kind(func, scope)
        return MADE_BY.get(made or "")

    def _name_kind(self, name: str, scope: Function | None) -> Kind | None:
        enclosing = scope
        while enclosing is not None:  # closures see their enclosing functions' names
            found = self.local_names.get(enclosing, {}).get(name)
            if found:
                return found
            enclosing = self.parents.function_of(enclosing)
        if name in self.module_names:
            return self.module_names[name]
        full = self.imports.aliases.get(name)
        return self.project.exported(full) if full and self.project else None

    def _attribute_kind(self, node: ast.Attribute, scope: Function | None) -> Kind | None:
        base = self.kind(node.value, scope)
        if base == "client":
            return CLIENT_ATTRIBUTES.get(node.attr)
        if base == "messages":
            return "messages" if node.attr in RESPONSE_WRAPPERS else METHOD_KINDS.get(node.attr)
        if base is not None:
            return None
        if self.project is not None and isinstance(node.value, ast.Name | ast.Attribute):
            full = self.imports.resolve(node)
            head = (dotted(node) or "").partition(".")[0]
            imported = full != dotted(node) or head in self.imports.aliases
            if full and imported and (found := self.project.exported(full)):
                return found  # `from services import llm` (or `import llm`) ... `llm.client`
        found = self.attributes.get(node.attr)
        if found not in ("client", "factory") and not _on_self(node):
            return None  # `self.messages = client.messages` says nothing of `sms.messages`
        return found

    def preset(self, func: ast.expr) -> tuple[ast.keyword, ...]:
        """Keywords a functools.partial bound to the called name."""
        name = last_name(func) or ""
        if name in self.partials:
            return tuple(self.partials[name])
        full = self.imports.aliases.get(name) if isinstance(func, ast.Name) else None
        return tuple(self.project.presets(full)) if full and self.project else ()

    def _bind(self, target: ast.AST, kind: Kind, scope: Function | None, in_class: bool) -> None:
        if isinstance(target, ast.Attribute) or (in_class and isinstance(target, ast.Name)):
            self.attributes.setdefault(last_name(target) or "", kind)
        elif isinstance(target, ast.Name):
            if scope is None:
                self.module_names.setdefault(target.id, kind)
            else:
                self.local_names.setdefault(scope, {}).setdefault(target.id, kind)

    def _candidates(self, tree: ast.Module) -> list[Binding]:
        """The nodes that can bind something, with their scope (computed once)."""
        if self._bindings is None:
            kinds: tuple[type[ast.AST], ...] = (ast.Assign, ast.AnnAssign, ast.withitem)
            kinds += (ast.FunctionDef, ast.AsyncFunctionDef, ast.Return)
            kinds += (ast.For, ast.AsyncFor, ast.comprehension, ast.ClassDef)
            self._bindings = [
                (
                    node,
                    self.parents.function_of(node),
                    isinstance(self.parents.parent_of(node), ast.ClassDef),
                )
                for node in walk_all(tree)
                if isinstance(node, kinds)
            ]
        return self._bindings

    def discover(self, tree: ast.Module, rounds: int = 4) -> bool:
        """Find every binding; repeated so factories of factories are found too. Whether
        anything new was found."""
        before = self.size
        for _ in range(rounds):
            size = self.size
            for node, scope, in_class in self._candidates(tree):
                self._visit(node, scope, in_class)
            if self.size == size:
                break
        return self.size != before

    @property
    def size(self) -> int:
        locals_ = sum(len(names) for names in self.local_names.values())
        return len(self.module_names) + locals_ + len(self.attributes)

    def _visit(self, node: ast.AST, scope: Function | None, in_class: bool) -> None:
        if isinstance(node, ast.Assign) and (found := self.kind(node.value, scope)):
            built = [n for n in ast.walk(node.value) if self.is_constructor(n)]
            for target in node.targets:
                if found == "first" and isinstance(target, ast.Tuple) and target.elts:
                    self._bind(target.elts[0], "client", scope, in_class)  # `c, extra = f()`
                    continue
                self._bind(target, found, scope, in_class)
                if built and isinstance(built[0], ast.Call):
                    self.origins.setdefault(last_name(target) or "", built[0])
                if isinstance(node.value, ast.Call) and found in ("create", "stream"):
                    self.partials.setdefault(last_name(target) or "", node.value.keywords)
        elif isinstance(node, ast.AnnAssign):
            if self.is_client_type(node.annotation):
                self._bind(node.target, "client", scope, in_class)
            elif node.value is not None and (found := self.kind(node.value, scope)):
                self._bind(node.target, found, scope, in_class)
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            if self.is_client(node.context_expr, scope):
                self._bind(node.optional_vars, "client", scope, False)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            self._visit_function(node, scope, in_class)
        elif isinstance(node, ast.Return) and node.value is not None and scope is not None:
            found = self.kind(node.value, scope)
            if found in ("client", "first"):
                outer = self.parents.function_of(scope)
                method = self.parents.class_of(scope) is not None
                self._bind_factory(
                    scope, outer, method, "factory" if found == "client" else "factory-first"
                )
        elif isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
            self._visit_loop(node.target, node.iter, scope)
        elif isinstance(node, ast.ClassDef) and any(
            self.is_client_class(base) or self.kind(base, scope) == "class" for base in node.bases
        ):
            self._bind(ast.Name(node.name), "class", scope, in_class)
        elif isinstance(node, ast.ClassDef) and self._is_proxy(node):
            self._bind(ast.Name(node.name), "proxy", scope, in_class)

    def _is_proxy(self, owner: ast.ClassDef) -> bool:
        """A class whose instances stand in for a client built on first use: its `messages`
        (a property) returns a client's `.messages`, or its `__getattr__` returns
        `getattr(<client>, name)`. `client = _LazyClient()` in one module, then
        `client.messages.create(...)` in ten others: every one of those is a call."""
        for method in owner.body:
            if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if method.name not in ("messages", "__getattr__"):
                continue
            for node in ast.walk(method):
                if not isinstance(node, ast.Return) or node.value is None:
                    continue
                value = node.value
                if method.name == "messages" and self.kind(value, method) == "messages":
                    return True
                if (
                    method.name == "__getattr__"
                    and isinstance(value, ast.Call)
                    and isinstance(value.func, ast.Name)
                    and value.func.id == "getattr"
                    and value.args
                    and self.is_client(value.args[0], method)
                ):
                    return True
        return False

    def _visit_function(self, node: Function, scope: Function | None, in_class: bool) -> None:
        """Parameters annotated with a client class or defaulting to a client
        (`_client=client`); a return annotation naming a client (or a tuple starting with one)."""
        arguments = node.args
        positional = [*arguments.posonlyargs, *arguments.args]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults))
        pairs = zip(
            [*positional, *arguments.kwonlyargs],
            [*defaults, *arguments.defaults, *arguments.kw_defaults],
            strict=True,
        )
        for arg, default in pairs:
            held = default is not None and self.is_client(default, scope)
            if self.is_client_type(arg.annotation) or held or self._injected_client(arg):
                self.local_names.setdefault(node, {}).setdefault(arg.arg, "client")
        returns = node.returns
        if self.is_client_type(returns):
            self._bind_factory(node, scope, in_class, "factory")
        elif (
            isinstance(returns, ast.Subscript)
            and last_name(returns.value) in ("tuple", "Tuple")
            and isinstance(returns.slice, ast.Tuple)
            and returns.slice.elts
            and self.is_client_type(returns.slice.elts[0])
        ):
            self._bind_factory(node, scope, in_class, "factory-first")

    def _injected_client(self, arg: ast.arg) -> bool:
        """An unannotated parameter named like a client (`client`, `anthropic_client`) in a
        module that imports anthropic: handed in by a decorator or a caller the audit cannot
        follow. A module that neither imports anthropic nor makes a Messages API call with
        max_tokens (a Twilio client) is left alone."""
        return (
            arg.annotation is None
            and "client" in arg.arg.lower()
            and (self.claude_calls or self.imports.imports_module("anthropic"))
        )

    def _visit_loop(self, target: ast.expr, iterable: ast.expr, scope: Function | None) -> None:
        """`for client in clients`, `for i, client in enumerate(clients)`."""
        if (
            isinstance(iterable, ast.Call)
            and last_name(iterable.func) == "enumerate"
            and iterable.args
            and isinstance(target, ast.Tuple)
            and len(target.elts) == 2
        ):
            iterable, target = iterable.args[0], target.elts[1]
        if self.kind(iterable, scope) == "client" and isinstance(target, ast.Name):
            self._bind(target, "client", scope, False)

    def _bind_factory(
        self, function: Function, scope: Function | None, method: bool, kind: Kind
    ) -> None:
        if method and any(last_name(d) in PROPERTIES for d in function.decorator_list):
            kind = "client" if kind == "factory" else "first"  # `self.client` reads it, no call
        self._bind(ast.Name(function.name), kind, scope, method)

    def call_site(self, call: ast.Call) -> CallSite | None:
        """The call as a messages call on a client (or on an alias of one), or None."""
        func = call.func
        if not isinstance(func, ast.Name | ast.Attribute):
            return None
        scope = self.parents.function_of(call)
        found = self.kind(func, scope)
        if found not in ("create", "stream"):
            return self._handed_to_runner(call, scope)
        direct = isinstance(func, ast.Attribute) and _is_messages_method(func)
        preset = () if direct else self.preset(func)
        kind = _call_kind(found, call, preset)
        return CallSite(call, kind, scope, func, preset, self._retries(func))

    def _handed_to_runner(self, call: ast.Call, scope: Function | None) -> CallSite | None:
        """`asyncio.to_thread(client.messages.create, model=...)`, `loop.run_in_executor(None,
        partial(client.messages.create, ...))`: the runner makes the call, with the keywords
        given to it or bound by the partial; the runner's call is the site."""
        if last_name(call.func) not in RUNNERS:
            return None
        for handed in call.args[:2]:
            found = self.kind(handed, scope)
            if found not in ("create", "stream"):
                continue
            method: ast.expr = handed
            preset: tuple[ast.keyword, ...] = ()
            if isinstance(handed, ast.Call) and handed.args:  # functools.partial(method, ...)
                method, preset = handed.args[0], tuple(handed.keywords)
            preset += self.preset(method)
            kind = _call_kind(found, call, preset)
            return CallSite(call, kind, scope, method, preset, self._retries(method), handed=True)
        return None

    def _retries(self, func: ast.expr) -> int | None:
        """max_retries set literally on the way to the call (with_options) or where the
        client was built."""
        node: ast.AST = func
        while isinstance(node, ast.Call | ast.Attribute):
            if isinstance(node, ast.Call):
                if last_name(node.func) == "with_options" and (given := _retries_of(node)):
                    return given[0]
                node = node.func
                continue
            origin = (
                self.origins.get(node.attr)
                if node.attr != "messages" and node.attr not in NAMESPACES
                else None
            )
            if origin is not None:
                return (_retries_of(origin) or (None,))[0]
            node = node.value
        origin = self.origins.get(node.id) if isinstance(node, ast.Name) else None
        return (_retries_of(origin) or (None,))[0] if origin is not None else None


def _on_self(node: ast.Attribute) -> bool:
    return isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")


def _is_messages_method(func: ast.Attribute) -> bool:
    """`<something>.messages.create` (or via with_raw_response): the SDK method itself."""
    owner = func.value
    if isinstance(owner, ast.Attribute) and owner.attr in RESPONSE_WRAPPERS:
        owner = owner.value
    return (
        func.attr in METHOD_KINDS
        and isinstance(owner, ast.Attribute)
        and (owner.attr == "messages")
    )


def _retries_of(call: ast.Call) -> tuple[int | None] | None:
    """(max_retries,) of a constructor or with_options call: the literal, the SDK's default
    when not given; None when it cannot be read (a variable, **options)."""
    given = keyword(call, "max_retries")
    if given is None:
        return (SDK_DEFAULT_RETRIES,) if not has_star_kwargs(call) else None
    value = given.value
    return (value.value,) if isinstance(value, ast.Constant) and type(value.value) is int else None


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


def _call_kind(found: str, call: ast.Call, preset: tuple[ast.keyword, ...]) -> CallKind:
    """A `messages.stream` call, or a `create` with `stream=True` (given here or bound
    earlier, `preset`), streams; any other `create` does not."""
    stream = keyword(call, "stream") or next((k for k in preset if k.arg == "stream"), None)
    streaming = found == "stream" or (
        stream is not None and isinstance(stream.value, ast.Constant) and stream.value.value is True
    )
    return "stream" if streaming else "create"
