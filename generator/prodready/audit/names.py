"""Name resolution for the audit: import aliases, dotted names, parents of AST nodes.

`import anthropic as a` then `a.Anthropic` resolves to `anthropic.Anthropic`, so every
rule matches on the library's real names, whatever the prototype called them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

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
    stack: list[tuple[ast.AST, Function | None, ast.AST]] = [(tree, None, tree)]
    while stack:
        node, function, scope = stack.pop()
        inner = node if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) else function
        if isinstance(node, LOCAL_SCOPES):
            scope = node
            local[node] = []
        for name in node._fields:
            value = getattr(node, name, None)
            children = value if isinstance(value, list) else (value,)
            for child in children:
                if isinstance(child, ast.AST) and not isinstance(child, ast.expr_context):
                    parents[child] = (node, name)
                    functions[child] = inner
                    local[scope].append(child)
                    nodes.append(child)
                    stack.append((child, inner, scope))
    for owner, found in local.items():
        setattr(owner, "_prodready_local", found)  # noqa: B010 (our own attribute)
    setattr(tree, "_prodready_index", (nodes, parents, functions))  # noqa: B010
    return nodes, parents, functions


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
                    full = f"{module}.{alias.name}" if module else alias.name
                    self.aliases[alias.asname or alias.name] = full

    def resolve(self, node: ast.AST) -> str | None:
        """The full dotted name a reference stands for, through import aliases."""
        name = dotted(node)
        if name is None:
            return None
        head, _, rest = name.partition(".")
        full = self.aliases.get(head)
        if full is None:
            return name
        return f"{full}.{rest}" if rest else full

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
        for name in parent._fields:
            value = getattr(parent, name, None)
            for child in value if isinstance(value, list) else (value,):
                if isinstance(child, ast.AST) and not isinstance(child, ast.expr_context):
                    found.append(child)
                    if not isinstance(child, LOCAL_SCOPES):
                        stack.append(child)
    setattr(node, "_prodready_local", found)  # noqa: B010 (our own attribute)
    return found


LOCAL_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
