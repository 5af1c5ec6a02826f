"""Name resolution for the audit: import aliases, dotted names, parents of AST nodes.

`import anthropic as a` then `a.Anthropic` resolves to `anthropic.Anthropic`, so every
rule matches on the library's real names, whatever the prototype called them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import Any

Function = ast.FunctionDef | ast.AsyncFunctionDef


Parented = dict[ast.AST, tuple[ast.AST, str]]


Indexed = tuple[list[ast.AST], Parented, dict[ast.AST, Function | None]]


def _index(tree: ast.AST) -> Indexed:
    """Every node (parents before children), each node's parent and innermost enclosing
    function, in one traversal computed once per tree; each scope's own nodes (walk_local)
    are filed on the way. The rules look at a module's nodes a dozen times, and walking is
    most of the audit's time on a large project."""
    cached: Indexed | None = getattr(tree, "_prodready_index", None)
    if cached is not None:
        return cached
    nodes: list[ast.AST] = [tree]
    parents: Parented = {}
    functions: dict[ast.AST, Function | None] = {}
    local: dict[ast.AST, list[ast.AST]] = {tree: []}
    stack: list[tuple[ast.AST, Function | None, list[ast.AST]]] = [(tree, None, local[tree])]
    while stack:
        node, function, own = stack.pop()
        kind = type(node)
        if kind in LOCAL_SCOPES:
            own = local[node] = []
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                function = node
        fields = _FIELDS.get(kind)
        for name in fields if fields is not None else _child_fields(kind):
            value = getattr(node, name, None)
            if value.__class__ is list:
                for child in value:
                    if isinstance(child, ast.AST):
                        parents[child] = (node, name)
                        functions[child] = function
                        own.append(child)
                        nodes.append(child)
                        stack.append((child, function, own))
            elif isinstance(value, ast.AST):
                parents[value] = (node, name)
                functions[value] = function
                own.append(value)
                nodes.append(value)
                stack.append((value, function, own))
    for owner, found in local.items():
        setattr(owner, "_prodready_local", found)  # noqa: B010 (our own attribute)
    setattr(tree, "_prodready_index", (nodes, parents, functions))  # noqa: B010
    return nodes, parents, functions


_FIELDS: dict[type, tuple[str, ...]] = {}
SCALAR_FIELDS = frozenset({"ctx", "id", "attr", "arg", "kind", "level", "module", "is_async"})
"""Fields that never hold a child worth indexing: names, flags and the load/store context
(an expression context is no node of the program; nothing looks at it)."""


def _child_fields(kind: type) -> tuple[str, ...]:
    """The fields of a node class that may hold child nodes (a Constant's value never does)."""
    fields = _FIELDS.get(kind)
    if fields is None:
        every: tuple[str, ...] = getattr(kind, "_fields", ())
        fields = () if kind is ast.Constant else tuple(f for f in every if f not in SCALAR_FIELDS)
        _FIELDS[kind] = fields
    return fields


def annotated_field(owner: ast.ClassDef, name: str) -> ast.AnnAssign | None:
    """The class body's `name: T` (or `name: T = value`), if it declares one."""
    for statement in owner.body:
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and statement.target.id == name
        ):
            return statement
    return None


def walk_all(tree: ast.AST) -> list[ast.AST]:
    """Like ast.walk(tree) (parents before children), as a list computed once per tree."""
    return _index(tree)[0]


def nodes_of(tree: ast.AST, *kinds: type[ast.AST]) -> list[Any]:
    """walk_all(tree)'s nodes of exactly these classes, in its order, as a list computed
    once per tree and kinds (most rules look for calls or functions only)."""
    cached: dict[tuple[type[ast.AST], ...], list[Any]] | None = getattr(
        tree, "_prodready_kinds", None
    )
    if cached is None:
        cached = {}
        setattr(tree, "_prodready_kinds", cached)  # noqa: B010 (our own attribute)
    found = cached.get(kinds)
    if found is None:
        found = cached[kinds] = [n for n in walk_all(tree) if type(n) in kinds]
    return found


def names_read(node: ast.AST) -> frozenset[str]:
    """The identifiers of every Name in the node (ast.walk's), computed once per node."""
    cached: frozenset[str] | None = getattr(node, "_prodready_names", None)
    if cached is None:
        cached = frozenset(n.id for n in ast.walk(node) if isinstance(n, ast.Name))
        setattr(node, "_prodready_names", cached)  # noqa: B010 (our own attribute)
    return cached


def dotted(node: ast.AST) -> str | None:
    """`a.b.c` for a chain of names and attributes; None for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def last_name(node: ast.AST) -> str | None:
    """The identifier a call or reference ends with: `c` for `a.b.c`, `f` for `f`."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


class Imports:
    """What each imported name of a module stands for; relative imports are made absolute
    against `package` (the importing module's package, dotted)."""

    def __init__(self, tree: ast.Module, package: str = "") -> None:
        self.aliases: dict[str, str] = {}
        self._resolved: dict[ast.AST, str | None] = {}
        self.stars: list[str] = []
        """Modules imported with `from x import *` (their names are added by the project)."""
        for node in statements(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        self.aliases[alias.asname] = alias.name
                    else:
                        head = alias.name.split(".")[0]
                        self.aliases[head] = head
            elif isinstance(node, ast.ImportFrom):
                module = absolute_module(node.module or "", node.level, package)
                if module is None:
                    continue
                for alias in node.names:
                    if alias.name == "*":
                        self.stars.append(module)
                        continue
                    full = f"{module}.{alias.name}" if module else alias.name
                    self.aliases[alias.asname or alias.name] = full

    def resolve(self, node: ast.AST) -> str | None:
        """The full dotted name a reference stands for, through import aliases (the rules
        ask about the same nodes many times: answered once per node; asked only once the
        aliases are complete, star imports expanded)."""
        if node in self._resolved:
            return self._resolved[node]
        name = dotted(node)
        if name is not None:
            head, _, rest = name.partition(".")
            full = self.aliases.get(head)
            if full is not None:
                name = f"{full}.{rest}" if rest else full
        self._resolved[node] = name
        return name

    def imports_module(self, module: str) -> bool:
        """Whether anything from `module` (or a submodule) is imported."""
        return any(
            full == module or full.startswith(module + ".") for full in self.aliases.values()
        )


def statements(tree: ast.AST) -> Iterator[ast.stmt]:
    """Every statement, nested ones included, without visiting expressions (imports are
    statements: this is a fraction of ast.walk's time on a large project)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.stmt):
            yield node
        for name in ("body", "orelse", "finalbody", "handlers", "cases"):
            children = getattr(node, name, None)
            if isinstance(children, list):
                stack.extend(children)


def absolute_module(module: str, level: int, package: str) -> str | None:
    """`from ..x import y` seen from package `a.b.c`: `a.b.x` (None when it climbs out)."""
    if level == 0:
        return module
    parts = package.split(".") if package else []
    if level - 1 > len(parts):
        return None
    base = parts[: len(parts) - (level - 1)]
    return ".".join([*base, module] if module else base)


class Parents:
    """Each node's parent and the field of the parent it sits in."""

    def __init__(self, tree: ast.AST) -> None:
        _, self._parents, self._functions = _index(tree)

    def chain(self, node: ast.AST) -> Iterator[tuple[ast.AST, str, ast.AST]]:
        """(parent, field, child) pairs from the node up to the module."""
        while node in self._parents:
            parent, field = self._parents[node]
            yield parent, field, node
            node = parent

    def parent_of(self, node: ast.AST) -> ast.AST | None:
        """The node's parent (None for the module)."""
        entry = self._parents.get(node)
        return entry[0] if entry else None

    def function_of(self, node: ast.AST) -> Function | None:
        """The innermost function that contains the node (None at module level)."""
        return self._functions.get(node)

    def class_of(self, function: Function) -> ast.ClassDef | None:
        """The class a function is defined in directly, if it is a method."""
        parent = self._parents.get(function)
        return parent[0] if parent and isinstance(parent[0], ast.ClassDef) else None


def walk_local(node: ast.AST) -> list[ast.AST]:
    """Like ast.walk, without descending into nested functions, lambdas or classes; a list
    computed once per node (rules ask for a function's body many times over)."""
    cached: list[ast.AST] | None = getattr(node, "_prodready_local", None)
    if cached is not None:
        return cached
    found: list[ast.AST] = []
    stack = [node]
    while stack:
        parent = stack.pop()
        for name in _child_fields(type(parent)):
            value = getattr(parent, name, None)
            for child in value if isinstance(value, list) else (value,):
                if isinstance(child, ast.AST):
                    found.append(child)
                    if not isinstance(child, LOCAL_SCOPES):
                        stack.append(child)
    setattr(node, "_prodready_local", found)  # noqa: B010 (our own attribute)
    return found


LOCAL_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
