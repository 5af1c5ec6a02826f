"""Web handlers, the rate limiters in front of them, and the request input inside them.

Heuristics, by design: FastAPI/Starlette/Flask routes (decorated or registered), Django
views (a first parameter named `request` in a module importing django); a limiter is any
decorator, dependency or call named like `limit`/`throttle`, or code that answers 429 itself
(a quota check in the handler, an HTTP middleware); input is tracked by name.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Iterator, Mapping

from .names import (
    Function,
    Imports,
    Parents,
    annotated_field,
    dotted,
    last_name,
    names_read,
    nodes_of,
    walk_local,
)

ROUTE_METHODS = frozenset(
    {"get", "post", "put", "patch", "delete", "route", "api_route", "websocket"}
)
# Registration calls and the positional index of the endpoint among their arguments.
ROUTE_REGISTRARS = {"add_api_route": 1, "add_url_rule": 2, "add_route": 1, "Route": 1}
MOCKS = frozenset({"mock", "mocker", "monkeypatch"})
HTTP_VERBS = frozenset({"get", "post", "put", "patch", "delete"})
RESOURCE_LIBRARIES = ("flask_restx.", "flask_restful.", "flask_restplus.")
ENDPOINT_KEYWORDS = frozenset({"endpoint", "view_func"})
LIMITER = re.compile(r"limit|throttl", re.IGNORECASE)
# Parameter types that carry raw, unvalidated input.
PLAIN_TYPES = frozenset(
    {"str", "bytes", "dict", "list", "Any", "object", "Request", "HttpRequest", "Dict", "List"}
)
INJECTORS = frozenset({"Depends", "Security"})
# Calls that hand their input through unchanged (anything else counts as a check).
PASSTHROUGH_CALLS = frozenset(
    {
        "str", "dict", "list", "tuple", "get", "get_json", "json", "getlist", "strip",
        "lower", "upper", "format", "join", "loads", "dumps", "decode", "copy", "items",
        "values",
    }
)  # fmt: skip
PROMPT_BUILDER = re.compile(
    r"_*(build|format|make|render|compose|construct|prepare)_\w*(prompt|message|content)s?$"
)
"""Helpers that build the prompt from what they are given (`_build_user_prompt(text)`): the
input is in their result, not checked (a check is named for what it does: validate, clean)."""
# Calls that hand a number through unchanged (min() and clamp helpers are caps).
NUMBER_PASSTHROUGH = frozenset({"int", "float", "get", "get_json", "json", "getlist"})
ABORTS = frozenset({"abort", "exit", "HTTPException"})
TOO_MANY_REQUESTS = 429
# Hooks that run before every route of an app: `@app.middleware("http")`, `@app.before_request`.
BEFORE_EVERY_ROUTE = frozenset({"middleware", "before_request"})


def _str_constant(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _route_call(node: ast.AST, imports: Imports | None = None) -> bool:
    """`app.post("/path", ...)` (and friends): the call that makes a route decorator;
    not `mock.patch("pkg.name")`, which patches (a test's decorator, not an HTTP PATCH)."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ROUTE_METHODS
        and (_str_constant(node.args[0]) if node.args else _has_path_keyword(node))
        and not _is_mock(node.func.value, imports)
    )


def _is_mock(receiver: ast.expr, imports: Imports | None) -> bool:
    """`mock`, `unittest.mock`, `mocker` (pytest-mock): what `.patch(...)` patches with."""
    name = (imports.resolve(receiver) if imports else dotted(receiver)) or ""
    return name.rsplit(".", 1)[-1] in MOCKS


def _has_path_keyword(call: ast.Call) -> bool:
    return any(kw.arg in ("path", "rule") and _str_constant(kw.value) for kw in call.keywords)


def find_handlers(tree: ast.Module, imports: Imports, parents: Parents) -> set[Function]:
    """Functions that answer HTTP requests."""
    functions: list[Function] = nodes_of(tree, ast.FunctionDef, ast.AsyncFunctionDef)
    by_name = {f.name: f for f in functions}
    handlers = {f for f in functions if any(_route_call(d, imports) for d in f.decorator_list)}
    for node in nodes_of(tree, ast.Call):
        endpoints: list[ast.expr] = []
        if _route_call(node.func, imports):
            endpoints = node.args[:1]
        elif (index := ROUTE_REGISTRARS.get(last_name(node.func) or "")) is not None:
            endpoints = node.args[index : index + 1]
            endpoints += [kw.value for kw in node.keywords if kw.arg in ENDPOINT_KEYWORDS]
        handlers.update(
            by_name[n.id] for n in endpoints if isinstance(n, ast.Name) and n.id in by_name
        )
    handlers |= _resource_methods(tree, imports)
    if imports.imports_module("django"):
        for function in functions:
            params = [a.arg for a in function.args.args]
            if parents.class_of(function) is not None:
                params = params[1:]
            if params[:1] == ["request"]:
                handlers.add(function)
    return handlers


def _resource_methods(tree: ast.Module, imports: Imports) -> set[Function]:
    """The HTTP methods (`get`, `post`...) of Flask-RESTX / Flask-RESTful resources: a
    class routed by a decorator (`@ns.route("/ask")`) or registered with
    `api.add_resource(Ask, "/ask")`, or any subclass of those libraries' `Resource`."""
    registered = {
        node.args[0].id
        for node in nodes_of(tree, ast.Call)
        if last_name(node.func) == "add_resource"
        and node.args
        and isinstance(node.args[0], ast.Name)
    }
    found: set[Function] = set()
    for owner in nodes_of(tree, ast.ClassDef):
        routed = owner.name in registered or any(
            _route_call(d, imports) for d in owner.decorator_list
        )
        based = any(
            (imports.resolve(base) or "").startswith(RESOURCE_LIBRARIES) for base in owner.bases
        )
        if routed or based:
            found.update(
                method
                for method in owner.body
                if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef)
                and method.name in HTTP_VERBS
            )
    return found


def class_limited(handler: Function, parents: Parents) -> bool:
    """A resource's limiter set on its class: `decorators = [limiter.limit("5/minute")]`
    (`method_decorators` too), or a limiter decorating the class."""
    owner = parents.class_of(handler)
    if owner is None:
        return False
    around: list[ast.AST] = list(owner.decorator_list)
    around += [
        statement.value
        for statement in owner.body
        if isinstance(statement, ast.Assign)
        and any(last_name(t) in ("decorators", "method_decorators") for t in statement.targets)
    ]
    return any(LIMITER.search(name) for name in _names_in(around))


def _names_in(nodes: Iterable[ast.AST]) -> Iterable[str]:
    for node in nodes:
        for child in ast.walk(node):
            if isinstance(child, ast.Name):
                yield child.id
            elif isinstance(child, ast.Attribute):
                yield child.attr


APP_WIDE_WORDS = ("default_limits", "middleware", "before_request")
"""Text an app-wide limiter's module contains: no parse of other modules without it."""


def module_limits_all(tree: ast.Module, routers: bool = True) -> bool:
    """A limiter applied to every route: `Limiter(default_limits=...)` (Flask-Limiter,
    slowapi; `limiter.init_app(app)` may be anywhere), app/router `dependencies=
    [Depends(rate_limit)]`, a limiter middleware class added to the app, or a middleware /
    before-request hook that calls a limiter or answers 429. `routers=False`: only the
    app-wide ones, which limit the routes of every module (a router's `dependencies` limit
    that router's routes only)."""
    for node in nodes_of(tree, ast.FunctionDef, ast.AsyncFunctionDef, ast.Call):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            hooks = [
                last_name(d.func if isinstance(d, ast.Call) else d) for d in node.decorator_list
            ]
            if (
                hooks
                and any(h in BEFORE_EVERY_ROUTE for h in hooks)
                and (calls_limiter(node) or refuses_with_429(node))
            ):
                return True
            continue
        if not isinstance(node, ast.Call) or _route_call(node):
            continue
        if last_name(node.func) == "add_middleware" and any(
            LIMITER.search(name) for name in _names_in(node.args[:1])
        ):
            return True
        for kw in node.keywords:
            if kw.arg == "default_limits" and LIMITER.search(last_name(node.func) or ""):
                return True
            if (
                routers
                and kw.arg == "dependencies"
                and any(LIMITER.search(n) for n in _names_in([kw.value]))
            ):
                return True
    return False


def has_limiter(handler: Function) -> bool:
    """A limiter named in the handler's decorators, parameters, or calls in its body."""
    arguments = handler.args
    around: list[ast.AST] = list(handler.decorator_list)
    around += [a.annotation for a in [*arguments.args, *arguments.kwonlyargs] if a.annotation]
    around += [d for d in [*arguments.defaults, *arguments.kw_defaults] if d is not None]
    if any(LIMITER.search(name) for name in _names_in(around)):
        return True
    return calls_limiter(handler) or refuses_with_429(handler)


def calls_limiter(function: Function) -> bool:
    """A call named like a limiter in the function's body (`self.limiter.slot()`): also
    counts in the functions a handler calls on its way to the SDK, in any module."""
    calls = (n for n in walk_local(function) if isinstance(n, ast.Call))
    return any(LIMITER.search(dotted(call.func) or "") for call in calls)


def refuses_with_429(function: Function) -> bool:
    """The function answers 429 itself (`raise HTTPException(status_code=429)`,
    `JSONResponse(..., status_code=429)`, `abort(429)`): a quota or budget check. Not inside
    an `except`: `except RateLimitError: raise HTTPException(429)` passes the upstream's
    limit on, it limits no one."""
    if not any(
        isinstance(n, ast.Constant) and n.value == TOO_MANY_REQUESTS for n in walk_local(function)
    ):
        return False  # the common case, from the function's cached node list
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.ExceptHandler | ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if isinstance(node, ast.Call):
            values = [*node.args, *(kw.value for kw in node.keywords)]
            if any(isinstance(v, ast.Constant) and v.value == TOO_MANY_REQUESTS for v in values):
                return True
        stack.extend(ast.iter_child_nodes(node))
    return False


class RequestInput:
    """Which names in a handler hold request input, straight or validated."""

    def __init__(
        self,
        handler: Function,
        imports: Imports,
        models: Mapping[str, ast.ClassDef],
        sources: set[str] | None = None,
        numbers: set[str] | None = None,
    ):
        """`sources`: the parameters that hold raw input (default: the handler's
        parameters of plain types), `numbers`: those holding input a number may come from
        (default: all); set for a function a handler passed input to."""
        self.handler = handler
        self.imports = imports
        self.models = models
        self.flask_request = {
            alias for alias, full in imports.aliases.items() if full == "flask.request"
        }
        self.payloads = any(imports.imports_module(m.rstrip(".")) for m in RESOURCE_LIBRARIES)
        """`api.payload` / `ns.payload` is the request's JSON body (Flask-RESTX)."""
        arguments = handler.args
        params = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
        defaults = dict(
            zip(
                [a.arg for a in [*arguments.posonlyargs, *arguments.args]][::-1],
                arguments.defaults[::-1],
                strict=False,
            )
        )
        defaults.update(
            {
                a.arg: d
                for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
                if d
            }
        )
        self.inputs: dict[str, ast.arg] = {}
        for param in params:
            if param.arg in ("self", "cls") or _injected(param.annotation, defaults.get(param.arg)):
                continue
            self.inputs[param.arg] = param
        self.raw = {name for name, p in self.inputs.items() if _plain(p.annotation)}
        self.raw_fields: dict[str, set[str]] = {}
        """Body models' fields of plain text (`message: str`, no length bound): a pydantic
        model checks the type, not what the text says or how long it is."""
        if sources is not None:
            self.raw = sources
        else:
            for name, param in self.inputs.items():
                model = models.get(last_name(param.annotation) or "") if param.annotation else None
                if model is not None and (fields := _open_text_fields(model)):
                    self.raw_fields[name] = fields
        self._open_bodies: set[str] = set()
        self.numbers = set(self.inputs) if numbers is None else numbers
        self._unchecked: set[str] | None = None
        self._numbers_held: set[str] | None = None

    @property
    def carries_input(self) -> bool:
        """Some name here may hold request input (none: nothing to follow)."""
        return bool(
            self.raw or self.numbers or self.flask_request or self.raw_fields or self.payloads
        )

    def capped_field(self, node: ast.Attribute) -> bool:
        """`body.max_tokens` where body's pydantic model declares the field with an upper bound."""
        if not isinstance(node.value, ast.Name) or node.value.id not in self.inputs:
            return False
        annotation = self.inputs[node.value.id].annotation
        model = self.models.get(last_name(annotation) or "") if annotation else None
        if model is None:
            return False
        declared = annotated_field(model, node.attr)
        if declared is None:
            return False
        return any(
            isinstance(n, ast.keyword) and n.arg in ("le", "lt")
            for b in (declared.annotation, declared.value)
            if b is not None
            for n in ast.walk(b)
        )

    def direct_number(self, node: ast.AST) -> bool:
        """A value taken straight from request input (no cap on the way): for max_tokens."""
        if self._numbers_held is None:  # once per handler, as for text
            self._numbers_held = _tainted_names(self.handler, self.numbers, self._number_flows)
        return self._number_flows(node, self._numbers_held)

    def max_tokens_from(self, value: ast.expr) -> bool:
        """A number may come from this value for max_tokens: input, unless it is a model
        of this module whose max_tokens field is capped."""
        if isinstance(value, ast.Name) and value.id in self.inputs:
            field = ast.Attribute(value=value, attr="max_tokens", ctx=ast.Load())
            return not self.capped_field(field)
        return self.direct_number(value)

    def _number_flows(self, node: ast.AST, names: set[str]) -> bool:
        if isinstance(node, ast.Name):
            return node.id in names or node.id in self.flask_request
        if isinstance(node, ast.Attribute):
            return not self.capped_field(node) and self._number_flows(node.value, names)
        if isinstance(node, ast.Subscript | ast.Await):
            return self._number_flows(node.value, names)
        if isinstance(node, ast.Call):
            func = node.func
            if last_name(func) not in NUMBER_PASSTHROUGH:
                return False
            if isinstance(func, ast.Attribute) and self._number_flows(func.value, names):
                return True
            return any(self._number_flows(a, names) for a in node.args[:1])
        if isinstance(node, ast.BoolOp):
            return any(self._number_flows(v, names) for v in node.values)
        if isinstance(node, ast.IfExp):
            return self._number_flows(node.body, names) or self._number_flows(node.orelse, names)
        return False

    def unvalidated(self, node: ast.AST) -> bool:
        """Raw request input reaches this expression with no validation on the way."""
        if self._unchecked is None:  # once per handler: it is asked about many values
            bodies = set(self.raw_fields)
            self._open_bodies = bodies - _guarded_names(self.handler, bodies)
            names = _tainted_names(self.handler, self.raw, self._text_flows)
            self._unchecked = names - _guarded_names(self.handler, names)
        return self._text_flows(node, self._unchecked)

    def _text_flows(self, node: ast.AST, names: set[str]) -> bool:
        if isinstance(node, ast.Name):
            return node.id in names or node.id in self.flask_request
        if isinstance(node, ast.Attribute) and node.attr == "payload" and self.payloads:
            return True
        if isinstance(node, ast.Attribute) and _held_in(node) in names:
            return True  # `self.history`, grown with the input in this method
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in self._open_bodies
        ):
            return node.attr in self.raw_fields[node.value.id]
        if isinstance(node, ast.Call):
            func = node.func
            called = last_name(func) or ""
            if called not in PASSTHROUGH_CALLS and not PROMPT_BUILDER.match(called):
                return False
            if called == "get" and node.keywords and not node.args:
                return False  # `Chapter.objects.get(id=...)`: a stored record, looked up
            receiver = [func.value] if isinstance(func, ast.Attribute) else []
            parts = [*receiver, *node.args, *(kw.value for kw in node.keywords)]
            return any(self._text_flows(p, names) for p in parts)
        if isinstance(node, ast.Lambda | ast.FunctionDef | ast.AsyncFunctionDef):
            return False
        return any(self._text_flows(child, names) for child in ast.iter_child_nodes(node))


def _open_text_fields(model: ast.ClassDef) -> set[str]:
    """The model's own fields declared `str` (or `str | None`) with no length bound and
    no validator in the model: text that reaches the prompt as the caller wrote it."""
    if any(
        "validator" in (last_name(d.func if isinstance(d, ast.Call) else d) or "")
        for statement in model.body
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef)
        for d in statement.decorator_list
    ):
        return set()
    found: set[str] = set()
    for statement in model.body:
        if not (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)):
            continue
        annotation = statement.annotation
        if isinstance(annotation, ast.BinOp):  # `str | None`
            annotation = annotation.left
        elif isinstance(annotation, ast.Subscript) and last_name(annotation.value) == "Optional":
            annotation = annotation.slice
        if last_name(annotation) != "str":
            continue
        bounded = statement.value is not None and any(
            isinstance(n, ast.keyword) and n.arg in ("max_length", "max_len")
            for n in ast.walk(statement.value)
        )
        if not bounded:
            found.add(statement.target.id)
    return found


def _injected(annotation: ast.AST | None, default: ast.AST | None) -> bool:
    """A FastAPI dependency (`Depends(...)`, in the default or in Annotated metadata)."""
    nodes = [n for n in (annotation, default) if n is not None]
    return any(
        isinstance(c, ast.Call) and last_name(c.func) in INJECTORS
        for n in nodes
        for c in ast.walk(n)
    )


def _plain(annotation: ast.AST | None) -> bool:
    """Unannotated, or a plain type (str, dict, Request...): nothing validated it."""
    if annotation is None:
        return True
    if isinstance(annotation, ast.BinOp):
        return _plain(annotation.left) or _plain(annotation.right)
    if isinstance(annotation, ast.Subscript):
        if last_name(annotation.value) == "Annotated":
            # Annotated[str, Query(max_length=...)] carries its own validation.
            return not any(isinstance(n, ast.Call) for n in ast.walk(annotation.slice))
        return last_name(annotation.value) in PLAIN_TYPES | {"Optional"}
    if isinstance(annotation, ast.Constant) and annotation.value is None:
        return False
    return last_name(annotation) in PLAIN_TYPES


Flows = Callable[[ast.AST, set[str]], bool]
GROWING = frozenset({"append", "extend", "insert"})


def _tainted_names(handler: Function, sources: set[str], flows: Flows) -> set[str]:
    """Names holding input: the sources and names assigned from them, unless also assigned
    from something else (`prompt = clean(prompt)` ends the flow)."""
    assignments: list[tuple[str, ast.AST]] = []
    grown: set[str] = set()  # lists items are added to: their first `= []` ends no flow
    for node in walk_local(handler):
        if isinstance(node, ast.Assign):
            assignments += [(t.id, node.value) for t in node.targets if isinstance(t, ast.Name)]
            for target in node.targets:  # `title, text = data["title"], data["text"]`
                if not isinstance(target, ast.Tuple | ast.List):
                    continue
                values = node.value.elts if isinstance(node.value, ast.Tuple | ast.List) else []
                pairs = (
                    zip(target.elts, values, strict=True)
                    if len(values) == len(target.elts)
                    else ((element, node.value) for element in target.elts)
                )
                assignments += [(t.id, v) for t, v in pairs if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign | ast.AugAssign) and node.value is not None:
            if isinstance(node.target, ast.Name):
                assignments.append((node.target.id, node.value))
        elif isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
            if isinstance(node.target, ast.Name):
                assignments.append((node.target.id, node.iter))
        elif isinstance(node, ast.NamedExpr):
            assignments.append((node.target.id, node.value))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in GROWING
            and (held := _held_in(node.func.value))
            and node.args
        ):
            # `messages.append({"content": text})`: the list now holds the input too.
            grown.add(held)
            assignments.append((held, node.args[-1]))
    names = set(sources)
    if not assignments:
        return names
    for _ in range(5):
        flowing = [flows(value, names) for _, value in assignments]
        tainted = {name for (name, _), flowed in zip(assignments, flowing, strict=True) if flowed}
        # `history = [... for m in history]` rebuilds the input it reads: it keeps the
        # taint (judged as if the name held input), `prompt = clean(prompt)` ends it.
        clean = {
            name
            for (name, value), flowed in zip(assignments, flowing, strict=True)
            if not flowed and not (name in names_read(value) and flows(value, names | {name}))
        } - grown
        names, before = (sources | tainted) - clean, names
        if names == before:
            break
    return names


def _held_in(node: ast.expr) -> str | None:
    """The name a list lives in: `messages`, or `self.history` (an attribute of self)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"self.{node.attr}" if node.value.id == "self" else None
    return None


def _guarded_names(handler: Function, names: set[str]) -> set[str]:
    """Names checked by an `if` that rejects the request (raise, abort, or return); a check
    that the input is there at all (`if not question:`, `if text is None:`) bounds nothing."""
    guarded: set[str] = set()
    for node in walk_local(handler):
        if not isinstance(node, ast.If):
            continue
        rejects = any(
            isinstance(n, ast.Raise | ast.Return)
            or (isinstance(n, ast.Call) and last_name(n.func) in ABORTS)
            for statement in node.body
            for n in ast.walk(statement)
        )
        if rejects:
            presence = set(_presence_checked(node.test))
            guarded |= {
                n.id
                for n in ast.walk(node.test)
                if isinstance(n, ast.Name) and not any(n is p for p in presence)
            } & names
    return guarded


def _presence_checked(test: ast.expr) -> Iterator[ast.Name]:
    """The names a test only checks for presence: `x`, `not x`, `x is None`, `x is not
    None`, and those joined by `and` / `or`."""
    if isinstance(test, ast.BoolOp):
        for value in test.values:
            yield from _presence_checked(value)
    elif (
        isinstance(test, ast.Call)
        and last_name(test.func) in ("all", "any")
        and len(test.args) == 1
        and isinstance(test.args[0], ast.List | ast.Tuple | ast.Set)
    ):  # `if not all([title, content]):`
        for element in test.args[0].elts:
            yield from _presence_checked(element)
    elif isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        yield from _presence_checked(test.operand)
    elif isinstance(test, ast.Name):
        yield test
    elif (
        isinstance(test, ast.Call)
        and isinstance(test.func, ast.Attribute)
        and test.func.attr in ("strip", "lstrip", "rstrip")
        and isinstance(test.func.value, ast.Name)
    ):  # `if not prompt.strip():` asks whether anything but blanks is there
        yield test.func.value
    elif (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is | ast.IsNot)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        yield test.left
