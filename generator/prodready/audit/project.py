"""The scanned files as one project: module names, what each module exports to the others,
and a call graph, so a client built in one file is seen where another file calls it.

Still static: imports are matched to scanned files by dotted name, nothing is imported.
Only modules that can reach the SDK (they name anthropic, or import a module that does,
transitively) are analysed deeply; the rest are only searched for keys.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from .names import (
    Function,
    Imports,
    Parents,
    absolute_module,
    annotated_field,
    dotted,
    last_name,
    nodes_of,
    statements,
    walk_all,
    walk_local,
)
from .sdk import CLAUDE_CALL, RUNNERS, Clients, Kind

MAX_ALIAS_HOPS = 4


@dataclass(eq=False)
class Module:
    """One parsed file (or notebook) of the project."""

    path: str
    """As shown in findings (relative to the root)."""
    name: str
    """Dotted, relative to the folder scanned: `services.claude.client`."""
    tree: ast.Module
    source: str
    is_package: bool = False
    cells: list[tuple[int, int]] | None = None
    """Notebooks: for each line of the joined code cells, (cell number, line in the cell)."""
    relative: str = ""
    """The path under the folder scanned (decides whether it is a test file)."""
    imports: Imports = field(init=False)
    parents: Parents | None = None
    clients: Clients | None = None

    def __post_init__(self) -> None:
        package = self.name if self.is_package else self.name.rpartition(".")[0]
        self.imports = Imports(self.tree, package)

    @cached_property
    def lines(self) -> list[str]:
        return self.source.splitlines()

    @cached_property
    def instruments_sdk(self) -> bool:
        """A call here is handed the SDK module itself (`log10(anthropic)`,
        `trace_llm(anthropic)`): an observability library patching the SDK."""
        names = [alias for alias, full in self.imports.aliases.items() if full == "anthropic"]
        if not any(f"({name}" in self.source for name in names):
            return False  # no call handed it: the text says so without a walk
        return any(
            isinstance(node, ast.Call)
            and any(
                isinstance(arg, ast.Name) and self.imports.aliases.get(arg.id) == "anthropic"
                for arg in node.args
            )
            for node in walk_all(self.tree)
        )


class View:
    """The project as one module sees it (names resolve to the nearest matching module)."""

    def __init__(self, project: Project, module: Module) -> None:
        self.project = project
        self.module = module

    def exported(self, full: str) -> Kind | None:
        return self.project.exported(full, self.module)

    def presets(self, full: str) -> list[ast.keyword]:
        found = self.project.target(full, self.module)
        if found is None or found[0].clients is None:
            return []
        return found[0].clients.partials.get(found[1], [])


class Project:
    """Every module scanned, the names they share, and who calls whom."""

    def __init__(self, modules: Iterable[Module]) -> None:
        self.modules = list(modules)
        self._by_suffix: dict[str, list[Module]] = {}
        for module in self.modules:
            parts = module.name.split(".")
            for start in range(len(parts)):
                self._by_suffix.setdefault(".".join(parts[start:]), []).append(module)
        self._imports_of: dict[Module, list[Module]] = {}
        self._further: dict[Module, set[Module]] = {}
        for _ in range(MAX_ALIAS_HOPS):  # a star import of a module that has one itself
            if not any([self._expand_stars(module) for module in self.modules]):
                break
        self.relevant = self._relevant()
        self.attributes: dict[str, Kind] = {}
        for module in self.relevant:
            module.parents = Parents(module.tree)
            module.clients = Clients(module.imports, module.parents, View(self, module))
            module.clients.claude_calls = bool(CLAUDE_CALL.search(module.source))
            module.clients.attributes = self.attributes  # one table for the project
            if module.clients.claude_calls:  # a notebook, or a snippet saved as a .py
                module.clients.module_names.update(
                    dict.fromkeys(_unbound_receivers(module), "client")
                )
        for _ in range(MAX_ALIAS_HOPS + 2):  # until no module learns anything new
            changed = [m.clients.discover(m.tree) for m in self.relevant if m.clients]
            if not any(changed):
                break
        self._callers: dict[Function, list[tuple[Module, ast.Call]]] = {}
        self._callees: dict[Function, set[Function]] = {}
        self._calls_in: dict[Module, list[tuple[ast.Call, Function]]] = {}
        self._call_methods: dict[tuple[Module, str], Function] = {}
        """Each class's `__call__`, by (module, class name): `chat(...)` on an instance."""
        self._functions: dict[Module, dict[str, list[Function]]] = {}
        self._methods: dict[Module, dict[str, list[Function]]] = {}
        """The module-level functions and the methods of each module, by name."""
        self._instances: dict[ast.AST, dict[str, tuple[Module, str]]] = {}
        self._graph()

    # --- names across modules -------------------------------------------------------

    def _expand_stars(self, module: Module) -> bool:
        """`from claude import *`: each public top-level name of a scanned module imported
        that way becomes an import of it here (its `__all__` when it has one); whether any
        was new. The module's own names win over the star's, as in Python."""
        learned = False
        for star in module.imports.stars:
            source = self.module_named(star, module)
            if source is None or source is module:
                continue
            bound = _bound_names(module.tree)
            for name, full in _public_names(source).items():
                if name not in bound and module.imports.aliases.get(name) != full:
                    module.imports.aliases[name] = full
                    learned = True
        return learned

    def module_named(self, dotted_name: str, importer: Module) -> Module | None:
        """The scanned module an import names, the one nearest the importer if several.
        `anthropic...` is always the SDK: a project's own `llm/anthropic.py` is reached by
        its package path, never by the SDK's name."""
        if dotted_name.partition(".")[0] == "anthropic":
            return None
        candidates = self._by_suffix.get(dotted_name)
        if not candidates:
            return None
        return max(candidates, key=lambda m: _shared_prefix(m.name, importer.name))

    def target(self, full: str, importer: Module, hops: int = 0) -> tuple[Module, str] | None:
        """(module, top-level name) that `pkg.mod.name` refers to, through re-exports."""
        module_part, _, name = full.rpartition(".")
        module = self.module_named(module_part, importer) if module_part else None
        if module is None:
            return None
        alias = module.imports.aliases.get(name)
        if alias is not None and alias != full and hops < MAX_ALIAS_HOPS:
            return self.target(alias, module, hops + 1) or (module, name)
        return module, name

    @cached_property
    def instrumented_classes(self) -> bool:
        """Some module defines a client class and hands the SDK module to a call (log10's
        `Anthropic`): only then are imports worth following for it (see ModuleAudit)."""
        return any(
            m.clients is not None
            and "class" in m.clients.module_names.values()
            and m.instruments_sdk
            for m in self.relevant
        )

    def exported(self, full: str, importer: Module) -> Kind | None:
        found = self.target(full, importer)
        if found is None or found[0].clients is None:
            return None
        return found[0].clients.module_names.get(found[1])

    def exception_names(self, module: Module, node: ast.expr, hops: int = 0) -> list[str]:
        """The exception classes an `except` clause names, a tuple held in a name included
        (`_RETRYABLE = (RateLimitError, APIConnectionError)`, here or imported)."""
        if isinstance(node, ast.Tuple):
            return [n for element in node.elts for n in self.exception_names(module, element)]
        if isinstance(node, ast.Name) and hops < MAX_ALIAS_HOPS:
            held = _module_tuple(module.tree, node.id)
            if held is not None:
                return self.exception_names(module, held, hops + 1)
            full = module.imports.aliases.get(node.id)
            found = self.target(full, module) if full else None
            if found is not None:
                held = _module_tuple(found[0].tree, found[1])
                if held is not None:
                    return self.exception_names(found[0], held, hops + 1)
        return [module.imports.resolve(node) or ""]

    # --- the call graph ---------------------------------------------------------------

    def callers(self, function: Function) -> list[tuple[Module, ast.Call]]:
        """Every call, anywhere in the project, that may run the function."""
        return self._callers.get(function, [])

    def calls_in(self, module: Module) -> list[tuple[ast.Call, Function]]:
        """The module's calls that may run a function of the project, with that function."""
        return self._calls_in.get(module, [])

    def _graph(self) -> None:
        functions, methods = self._functions, self._methods
        for module in self.relevant:
            assert module.parents is not None
            for node in nodes_of(module.tree, ast.FunctionDef, ast.AsyncFunctionDef):
                owner = module.parents.class_of(node)
                table = methods if owner else functions
                table.setdefault(module, {}).setdefault(node.name, []).append(node)
                if owner is not None and node.name == "__call__":
                    self._call_methods[(module, owner.name)] = node
        self._method_names = {name for table in methods.values() for name in table}
        self._subclasses: dict[str, list[ast.ClassDef]] = {}
        for module in self.relevant:
            for owner in nodes_of(module.tree, ast.ClassDef):
                for base in owner.bases:
                    self._subclasses.setdefault(last_name(base) or "", []).append(owner)
        for module in self.relevant:
            parents = module.parents
            assert parents is not None
            for call in nodes_of(module.tree, ast.Call):
                scope = parents.function_of(call)
                sdk = isinstance(call.func, ast.Attribute) and bool(
                    module.clients and module.clients.kind(call.func.value, scope)
                )
                for callee in [*self._resolve(module, call, sdk), *self._handed(module, call)]:
                    self._callers.setdefault(callee, []).append((module, call))
                    self._calls_in.setdefault(module, []).append((call, callee))
                    if scope is not None:
                        self._callees.setdefault(scope, set()).add(callee)

    def _imported_modules(self, module: Module) -> list[Module]:
        """The module itself, then the scanned modules it imports (once star imports are
        expanded; computed once per module)."""
        cached = self._imports_of.get(module)
        if cached is not None:
            return cached
        found = self._imports_of[module] = [module]
        for full in module.imports.aliases.values():
            parts = full.split(".")
            for cut in range(len(parts), 0, -1):
                target = self.module_named(".".join(parts[:cut]), module)
                if target is not None:
                    found.append(target)
                    break
        return found

    def _further_modules(self, module: Module, imported: list[Module]) -> set[Module]:
        """The modules imported by those the module imports (computed once per module)."""
        found = self._further.get(module)
        if found is None:
            found = self._further[module] = {
                t for other in imported[1:] for t in self._imported_modules(other)[1:]
            }
        return found

    def reached_from(self, function: Function, within: Container[Function]) -> set[Function]:
        """The functions `function` may call, directly or not, among `within`."""
        allowed = within
        found: set[Function] = set()
        stack = [function]
        while stack:
            for callee in self._callees.get(stack.pop(), ()):
                if callee in allowed and callee not in found:
                    found.add(callee)
                    stack.append(callee)
        return found

    def _resolve(self, module: Module, call: ast.Call, sdk: bool) -> Iterator[Function]:
        """The project's functions a call may run (`sdk`: the receiver is an SDK object)."""
        functions, methods = self._functions, self._methods
        imported = self._imported_modules(module)
        func = call.func
        if isinstance(func, ast.Name):
            local = functions.get(module, {}).get(func.id)
            if local:
                yield from local
                return
            instance_of = self._instance_class(module, call, func.id)
            if instance_of in self._call_methods:  # `chat(...)`, `self(...)`: its __call__
                yield self._call_methods[instance_of]
                return
        if isinstance(func, ast.Attribute) and _on_self(func):
            own = methods.get(module, {}).get(func.attr, [])
            yield from own
            if own and all(_stub(m) for m in own):
                # `self._act()` in an abstract base: what runs is a subclass's override.
                yield from self._overrides(module, call, func.attr)
            return
        full = module.imports.resolve(func)
        head = (dotted(func) or "").split(".")[0]
        if full and head in module.imports.aliases:
            found = self.target(full, module)
            if found is not None and found[1] in functions.get(found[0], {}):
                yield from functions[found[0]][found[1]]
                return
        if isinstance(func, ast.Attribute) and not func.attr.startswith("__") and not sdk:
            # `service.ask()`: any method of that name in this module or one it imports (not
            # a method of the SDK's own objects: `client.messages.create` is no `create` here).
            near = [m for other in imported for m in methods.get(other, {}).get(func.attr, [])]
            if not near:
                # ...else in what those import, when only one method there has that name:
                # `ConnectorFactory.llm()` hands out an object of a module the caller never
                # imports itself (two candidates: the object's class is anyone's guess).
                further = self._further_modules(module, imported)
                only = [m for other in further for m in methods.get(other, {}).get(func.attr, [])]
                near = only if len(only) == 1 else []
            yield from near
            # `self.provider.ask()` on a provider typed by an abstract base and injected:
            # the implementations, subclasses of that base, are in modules this one never
            # imports; each one's method of that name may be the one run.
            interface = None
            if func.attr in self._method_names and all(_stub(m) for m in near):
                interface = _interface_type(module, func.value)
            if interface is not None:
                for other in self.relevant:
                    assert other.parents is not None
                    for method in methods.get(other, {}).get(func.attr, []):
                        owner = other.parents.class_of(method)
                        if owner is not None and interface in map(last_name, owner.bases):
                            yield method

    def _handed(self, module: Module, call: ast.Call) -> list[Function]:
        """The project's functions a runner is handed and calls in a thread, returning or
        raising what they do: `await asyncio.to_thread(parse, text)` runs `parse`, and a
        `try` around the runner is around its body too."""
        if not call.args or last_name(call.func) not in RUNNERS:
            return []
        found: list[Function] = []
        for handed in call.args[:2]:
            if isinstance(handed, ast.Name) or (
                isinstance(handed, ast.Attribute) and _on_self(handed)
            ):
                as_called = ast.Call(func=handed, args=[], keywords=[])
                found += self._resolve(module, as_called, sdk=False)
        return found

    def _overrides(self, module: Module, call: ast.Call, name: str) -> Iterator[Function]:
        """The methods `name` of the subclasses (at any depth, in any module) of the class
        the call is made in."""
        parents = module.parents
        assert parents is not None
        scope = parents.function_of(call)
        owner = parents.class_of(scope) if scope is not None else None
        pending = [owner.name] if owner is not None else []
        seen: set[str] = set()
        while pending:
            for subclass in self._subclasses.get(pending.pop(), []):
                if subclass.name in seen:
                    continue
                seen.add(subclass.name)
                pending.append(subclass.name)
                yield from (
                    m
                    for m in subclass.body
                    if isinstance(m, ast.FunctionDef | ast.AsyncFunctionDef) and m.name == name
                )

    def _instance_class(self, module: Module, call: ast.Call, name: str) -> tuple[Module, str]:
        """(module, class) of the instance a name holds where it is called: `self` in a
        method, or a name assigned `SomeClass(...)` in the same function (any module's
        class, through imports); a class named `?` when it holds none of them."""
        parents = module.parents
        assert parents is not None
        if not self._call_methods:
            return module, "?"
        scope = parents.function_of(call)
        if name == "self" and scope is not None:
            owner = parents.class_of(scope)
            return (module, owner.name) if owner else (module, "?")
        key = scope if scope is not None else module.tree
        if key not in self._instances:
            self._instances[key] = self._instances_in(module, scope)
        return self._instances[key].get(name, (module, "?"))

    def _instances_in(
        self, module: Module, scope: Function | None
    ) -> dict[str, tuple[Module, str]]:
        """Names a scope assigns an instance of a project class to (`chat = Chat(...)`)."""
        found: dict[str, tuple[Module, str]] = {}
        body = walk_local(scope) if scope is not None else list(statements(module.tree))
        for node in body:
            if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
                continue
            built = node.value.func
            target: tuple[Module, str] | None = None
            if isinstance(built, ast.Name) and (module, built.id) in self._call_methods:
                target = (module, built.id)
            elif full := module.imports.resolve(built):
                target = self.target(full, module)
            if target is not None:
                found.update((t.id, target) for t in node.targets if isinstance(t, ast.Name))
        return found

    # --- relevance --------------------------------------------------------------------

    def _relevant(self) -> list[Module]:
        """Modules that name anthropic or make a Messages API call on a client they were
        handed, and those importing them (transitively)."""
        relevant = {m for m in self.modules if _names_sdk(m.source)}
        changed = True
        while changed:
            changed = False
            for module in self.modules:
                if module in relevant:
                    continue
                if any(t in relevant for t in self._imported_modules(module)[1:]):
                    relevant.add(module)
                    changed = True
        return [m for m in self.modules if m in relevant]


IMPORT_FROM = re.compile(
    r"^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)", re.MULTILINE
)
IMPORT = re.compile(r"^[ \t]*import[ \t]+([^\n#;]+)", re.MULTILINE)


def imported_names(source: str, package: str) -> list[str]:
    """What a file imports, read from its text (no parse): dotted module and name paths.
    An over-approximation is fine: it only decides which files are parsed."""
    found: list[str] = []
    for match in IMPORT_FROM.finditer(source):
        module = absolute_module(match.group(2), len(match.group(1)), package) or ""
        found.append(module)
        for part in match.group(3).strip("()").split(","):
            name = part.split(" as ")[0].strip()
            if name and name != "*":
                found.append(f"{module}.{name}" if module else name)
    for match in IMPORT.finditer(source):
        found += [p.split(" as ")[0].strip() for p in match.group(1).split(",") if p.strip()]
    return found


def files_to_parse(files: list[tuple[tuple[str, bool], str]], keys: re.Pattern[str]) -> set[int]:
    """Indexes of the files (dotted name and whether a package, source) worth parsing:
    those naming anthropic (or making a Messages API call), those importing one of them
    (transitively), those with a key."""
    by_suffix: dict[str, list[int]] = {}
    for index, ((name, _), _) in enumerate(files):
        parts = name.split(".")
        for start in range(len(parts)):
            by_suffix.setdefault(".".join(parts[start:]), []).append(index)
    reaches: dict[int, set[int]] = {}
    for index, ((name, package), source) in enumerate(files):
        base = name if package else name.rpartition(".")[0]
        for full in imported_names(source, base):
            parts = full.split(".")
            for cut in range(len(parts), 0, -1):
                targets = by_suffix.get(".".join(parts[:cut]))
                if targets:
                    for target in targets:
                        reaches.setdefault(target, set()).add(index)
                    break
    relevant = {i for i, (_, source) in enumerate(files) if _names_sdk(source)}
    stack = list(relevant)
    while stack:
        for importer in reaches.get(stack.pop(), ()):
            if importer not in relevant:
                relevant.add(importer)
                stack.append(importer)
    return relevant | {i for i, (_, source) in enumerate(files) if keys.search(source)}


def _names_sdk(source: str) -> bool:
    return "anthropic" in source or (".messages." in source and bool(CLAUDE_CALL.search(source)))


TYPING_NAMES = frozenset({"Any", "Optional", "Union", "List", "Dict", "Type", "Callable"})


def _interface_type(module: Module, receiver: ast.expr) -> str | None:
    """The class name the receiver is annotated with, when it is a parameter, or an
    attribute set from one (`self.provider = provider`, or declared `provider:
    LLMProvider` in the class): an injected object whose class the code does not name."""
    parents = module.parents
    assert parents is not None
    scope = parents.function_of(receiver)
    if scope is None:
        return None
    if isinstance(receiver, ast.Name):
        return _class_annotation(_parameter(scope, receiver.id))
    if not (isinstance(receiver, ast.Attribute) and _on_self(receiver)):
        return None
    owner = parents.class_of(scope)
    if owner is None:
        return None
    declared = annotated_field(owner, receiver.attr)
    if declared is not None:
        return _class_annotation(declared)
    for method in owner.body:
        if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in walk_local(method):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Name)
                and any(
                    isinstance(t, ast.Attribute) and _on_self(t) and t.attr == receiver.attr
                    for t in node.targets
                )
            ):
                return _class_annotation(_parameter(method, node.value.id))
    # Set by a base class's __init__ (`super().__init__(provider=provider)`): the
    # subclass's own parameter of that name says the type.
    for method in owner.body:
        if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) and method.name == "__init__":
            return _class_annotation(_parameter(method, receiver.attr))
    return None


def _parameter(function: Function, name: str) -> ast.arg | None:
    arguments = function.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    return next((a for a in every if a.arg == name), None)


def _class_annotation(node: ast.arg | ast.AnnAssign | None) -> str | None:
    """The class an annotation names (`LLMProvider`, `"LLMProvider"`, `Provider | None`)."""
    annotation: ast.expr | None = node.annotation if node is not None else None
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return None
    if annotation is None:
        return None
    names = [last_name(n) for n in ast.walk(annotation) if isinstance(n, ast.Name | ast.Attribute)]
    classes = [n for n in names if n and n[:1].isupper() and n not in TYPING_NAMES]
    return classes[0] if len(classes) == 1 else None


def _stub(method: Function) -> bool:
    """A method of an interface: only a docstring, `...`, `pass` or `raise
    NotImplementedError` (a Protocol's or an abstract base's)."""
    for statement in method.body:
        if isinstance(statement, ast.Pass | ast.Raise):
            continue
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue
        return False
    return True


def _unbound_receivers(module: Module) -> set[str]:
    """Names a notebook makes Messages API calls on (`client.messages.create(...)`) but
    never binds: the client was built in a cell that does not parse, or in another notebook
    run first; the calls are the notebook's all the same. So for a file of examples that
    leaves the client to the code it is pasted into (no import, no assignment)."""
    receivers: set[str] = set()
    bound = set(module.imports.aliases)
    for node in walk_all(module.tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.add(node.id)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif (
            isinstance(node, ast.Attribute)
            and node.attr in ("create", "stream")
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "messages"
            and isinstance(node.value.value, ast.Name)
        ):
            receivers.add(node.value.value.id)
    return receivers - bound


def _public_names(module: Module) -> dict[str, str]:
    """What `from module import *` binds: the names in its `__all__`, or every top-level
    name not starting with `_` (defined there, or imported there: the full name then)."""
    found: dict[str, str] = {}
    listed: set[str] | None = None
    for statement in module.tree.body:
        for name in _bound_by(statement):
            found[name] = f"{module.name}.{name}"
        if (
            isinstance(statement, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in statement.targets)
            and isinstance(statement.value, ast.List | ast.Tuple)
        ):
            listed = {
                e.value
                for e in statement.value.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            }
    for name, full in module.imports.aliases.items():
        found[name] = full
    if listed is not None:
        return {name: full for name, full in found.items() if name in listed}
    return {name: full for name, full in found.items() if not name.startswith("_")}


def _bound_by(statement: ast.stmt) -> list[str]:
    """The names a top-level statement defines (imports aside)."""
    if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [statement.name]
    targets = (
        statement.targets
        if isinstance(statement, ast.Assign)
        else [statement.target]
        if isinstance(statement, ast.AnnAssign)
        else []
    )
    return [t.id for t in targets if isinstance(t, ast.Name)]


def _bound_names(tree: ast.Module) -> set[str]:
    """Names the module's own top-level statements define."""
    return {name for statement in tree.body for name in _bound_by(statement)}


def _on_self(func: ast.Attribute) -> bool:
    return isinstance(func.value, ast.Name) and func.value.id in ("self", "cls")


def _shared_prefix(a: str, b: str) -> int:
    count = 0
    for left, right in zip(a.split("."), b.split("."), strict=False):
        if left != right:
            break
        count += 1
    return count


def _module_tuple(tree: ast.Module, name: str) -> ast.Tuple | None:
    """The tuple a module-level name is assigned, if any."""
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        if isinstance(value, ast.Tuple) and any(
            isinstance(t, ast.Name) and t.id == name for t in targets
        ):
            return value
    return None
