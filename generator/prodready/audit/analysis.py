"""The rules, applied to one module of the project: every SDK call site and web handler.

Names come from the whole project (project.py; nothing imported or run); a function's
callers anywhere in the project count as "around" its calls, so a handler in another file
that catches the SDK's errors, or reaches the SDK through a service module, is seen.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from .messages_rules import (
    clamped,
    retirement_message,
    retirements,
    static_length,
    stream_readers,
    unbounded_loop,
    uncached_system,
)
from .names import Function, Imports, dotted, last_name, nodes_of, walk_all, walk_local
from .project import Module, Project
from .rules import ONTO_CLAUDE, RULES_BY_ID, Edit, Finding
from .sdk import (
    RUNNERS,
    SDK_DEFAULT_RETRIES,
    CallSite,
    is_sdk_name,
    keyword,
    retries_disabled,
)
from .web import (
    RequestInput,
    calls_limiter,
    class_limited,
    find_handlers,
    has_limiter,
    module_limits_all,
    refuses_with_429,
)

DEFAULT_MAX_TOKENS_THRESHOLD = 8192

RATE_LIMIT, OVERLOADED, CONNECTION = "RateLimitError", "OverloadedError", "APIConnectionError"
ALL_FAILURES = frozenset({RATE_LIMIT, OVERLOADED, CONNECTION})
# What catching each SDK exception class covers of the three failures that must be handled.
COVERS: dict[str, frozenset[str]] = {
    "AnthropicError": ALL_FAILURES,
    "APIError": ALL_FAILURES,
    "APIStatusError": frozenset({RATE_LIMIT, OVERLOADED}),
    "RateLimitError": frozenset({RATE_LIMIT}),
    "InternalServerError": frozenset({OVERLOADED}),
    "OverloadedError": frozenset({OVERLOADED}),
    "APIConnectionError": frozenset({CONNECTION}),
}
BROAD = frozenset({"Exception", "BaseException", "builtins.Exception", "builtins.BaseException"})
RETRY_DECORATORS = frozenset(
    {
        "tenacity.retry",
        "backoff.on_exception",
        "backoff.on_predicate",
        "stamina.retry",
        "retry.retry",
        "retrying.retry",
    }
)
EXCEPTION_HANDLER_REGISTRARS = frozenset(
    {"exception_handler", "add_exception_handler", "errorhandler", "register_error_handler"}
)
REGISTRAR_WORDS = ("exception_handler", "errorhandler", "error_handler")
"""Text one of the registrars (or `exception_handlers=`) contains: no parse walk without it."""
USAGE_SINK = re.compile(r"log|record|track|meter|usage|cost|bill|account", re.IGNORECASE)
"""Calls a response handed to is taken as read for its usage (PR008): loggers, meters."""
LOOPS = (ast.While, ast.For, ast.AsyncFor)
QUIET_CALLS = frozenset({"print", "len", "append", "debug", "info", "warning", "error"})
"""Calls a loop may make besides its model steps and still be only a tool loop."""
FALLBACK_NAMES = re.compile(r"fallback|degrad|cache|backup|canned|static", re.IGNORECASE)
HTTP_ERRORS = re.compile(r"http|abort|response", re.IGNORECASE)
RAISING_CALLS = frozenset({"abort", "exit"})
GENERIC_ERRORS = frozenset({"RuntimeError", "Exception"})
EXITS = frozenset({"sys.exit", "exit", "quit", "os._exit"})
"""Calls that end the program: a failure that ends a run is no handling of a 429."""
SHOWN_TO_USER = frozenset({"print", "echo", "secho", "write"})
LOG_METHODS = frozenset({"debug", "info", "warning", "error", "exception", "critical", "log"})
TRACING_OPS = {"weave.op": "weave.init("}
"""Decorators of tracing libraries whose SDK integration records every call's usage, and
the text that turns the tracing on (log10-style patching of the SDK: Module.instruments_sdk)."""
CALLER_DEPTH = 4
FLAGS = frozenset({"success", "ok", "succeeded"})
"""Keys of a result that say whether it failed (a placeholder with one False is an error)."""
LOCAL_ONLY = frozenset({"get_tokenizer", "count_tokens"})
"""Client methods of older SDKs that run locally (the tokenizer), sending no request."""
CONSUMERS = frozenset({"list", "tuple", "set", "join", "sum", "any", "all", "next"})
"""Calls that iterate the generator they are given, there and then."""
ATTEMPT_KEYWORDS = frozenset({"max_tries", "attempts", "tries", "stop_max_attempt_number"})


@dataclass(frozen=True)
class AuditConfig:
    """Knobs of the audit."""

    max_tokens_threshold: int = DEFAULT_MAX_TOKENS_THRESHOLD
    audit_tests: bool = False
    """Apply every rule to test files too (by default they are searched for keys only)."""
    today: date = field(default_factory=date.today)
    """The day retirements are counted from (PR013)."""


@dataclass
class ProjectFacts:
    """What the whole scan knows beyond one module."""

    all_clients_retry_free: bool = False
    """Every client constructor in the scanned files sets max_retries=0."""
    reaching: dict[Function, list[CallSite]] = field(default_factory=dict)
    """Each function whose body, or a function it calls (in any module), makes an SDK call."""
    skipped_callers: set[Module] = field(default_factory=set)
    app_limiters: list[AppLimiter] = field(default_factory=list)
    """Files that apply a limiter to every route of their app."""

    sources: list[str] = field(default_factory=list)
    """Every file's text, parsed or not (classes are looked up in them by name)."""
    _classes: dict[str, ast.ClassDef | None] = field(default_factory=dict)
    owners: dict[Function, ModuleAudit] = field(default_factory=dict)
    """The audit of each function's module (filled once every module's audit exists)."""
    _trees: dict[str, ast.Module | None] = field(default_factory=dict)
    _mentions: dict[str, int] = field(default_factory=dict)
    parse: Callable[[str], ast.Module] = ast.parse
    """How a file's text is parsed (the scan hands its own: newer syntax read too)."""
    _parsed: dict[int, ast.Module | None] = field(default_factory=dict)

    def _tree(self, index: int) -> ast.Module | None:
        """The tree of `sources[index]`, parsed once whichever lookup asks first (None: it
        does not parse)."""
        if index not in self._parsed:
            try:
                self._parsed[index] = self.parse(self.sources[index])
            except (SyntaxError, ValueError):
                self._parsed[index] = None
        return self._parsed[index]

    def tree_defining(self, name: str) -> ast.Module | None:
        """The parsed file that defines a top-level function of that name (None: none)."""
        if name not in self._trees:
            self._trees[name] = None
            pattern = re.compile(rf"^(async[ \t]+)?def[ \t]+{re.escape(name)}\b", re.MULTILINE)
            for index, source in enumerate(self.sources):
                if name and pattern.search(source) and (tree := self._tree(index)) is not None:
                    self._trees[name] = tree
                    break
        return self._trees[name]

    def text_size(self, name: str, depth: int) -> int:
        """The fixed text a top-level `name = ...` of some file holds (the first file that
        assigns it; 0 when none does): a prompt module that never names the SDK is not
        parsed with the others; it is parsed here, once, when a system prompt is judged."""
        pattern = re.compile(rf"^{re.escape(name)}[ \t]*(?::[^=\n]*)?=[^=]", re.MULTILINE)
        for index, source in enumerate(self.sources):
            if name and pattern.search(source) and (tree := self._tree(index)) is not None:
                return TextSizes(tree, Imports(tree).aliases, self, depth)[name]
        return 0

    def unused(self, function: Function) -> bool:
        """A plain function whose name appears nowhere but in its `def` (no call, no import,
        no callback, no test)."""
        if function.decorator_list:
            return False
        name = function.name
        if name not in self._mentions:
            pattern = re.compile(rf"\b{re.escape(name)}\b")
            self._mentions[name] = sum(len(pattern.findall(text)) for text in self.sources)
        return self._mentions[name] == 1

    def class_named(self, name: str) -> ast.ClassDef | None:
        """The first class of that name defined in any file of the project."""
        if name not in self._classes:
            self._classes[name] = None
            pattern = re.compile(rf"^[ \t]*class[ \t]+{re.escape(name)}\b", re.MULTILINE)
            for index, source in enumerate(self.sources):
                if name and pattern.search(source) and (tree := self._tree(index)) is not None:
                    classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
                    self._classes[name] = next((c for c in classes if c.name == name), None)
                    break
        return self._classes[name]

    def app_limited(self, module: Module) -> bool:
        """Some file limits every route of the app this module's handlers belong to."""
        return any(limiter.covers(module) for limiter in self.app_limiters)


MAX_TEXT_HOPS = 3
"""Imports followed to find the text a name holds (a prompt built of another module's)."""


class TextSizes(Mapping[str, int]):
    """Characters of fixed text each top-level name of a module holds: its literal, `+`
    or f-string, with the names it interpolates counted when their text is known (this
    module's constants, or another file's it imports: `SYSTEM = f"...{SCHEMA}..."` with
    SCHEMA from a schema module). Computed on demand, once per name; 0 when unknown."""

    def __init__(
        self, tree: ast.Module, aliases: Mapping[str, str], facts: ProjectFacts, depth: int = 0
    ) -> None:
        self.assigned = {
            target.id: node.value
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        }
        self.aliases = aliases
        self.facts = facts
        self.depth = depth
        self._sizes: dict[str, int] = {}

    def __getitem__(self, name: str) -> int:
        if name in self._sizes:
            return self._sizes[name]
        self._sizes[name] = 0  # a name whose text uses itself counts nothing for it
        value = self.assigned.get(name)
        full = self.aliases.get(name)
        if value is not None:
            size = static_length(value, self)
        elif full is not None and self.depth < MAX_TEXT_HOPS:
            size = self.facts.text_size(full.rpartition(".")[2], self.depth + 1)
        else:
            size = 0
        self._sizes[name] = size
        return size

    def __iter__(self) -> Iterator[str]:
        return iter(self.assigned)

    def __len__(self) -> int:
        return len(self.assigned)


class ModelClasses(Mapping[str, ast.ClassDef]):
    """The classes a module's annotations may name (request body models): its own, else
    the one of that name in any file of the project (a schemas module never naming the
    SDK is not parsed with the others; it is parsed here, once, when a body is judged)."""

    def __init__(self, local: dict[str, ast.ClassDef], facts: ProjectFacts) -> None:
        self.local = local
        self.facts = facts

    def __getitem__(self, name: str) -> ast.ClassDef:
        found = self.local.get(name) or self.facts.class_named(name)
        if found is None:
            raise KeyError(name)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self.local)

    def __len__(self) -> int:
        return len(self.local)


@dataclass(frozen=True)
class AppLimiter:
    """A file that applies a limiter to every route of its app (a Flask-Limiter or
    slowapi `Limiter(default_limits=...)`, a limiting middleware), maybe never naming the
    SDK. Its app's routes: in its package (an app factory's `__init__.py`), in the modules
    it imports (blueprints registered) and in those importing it (`from app import limiter`)."""

    name: str
    package: bool
    imported: frozenset[str]

    def covers(self, module: Module) -> bool:
        def within(name: str, root: str) -> bool:
            return name == root or name.startswith(root + ".")

        if module.name == self.name or (self.package and within(module.name, self.name)):
            return True
        if any(within(full, module.name) for full in self.imported):
            return True
        return any(within(full, self.name) for full in module.imports.aliases.values())

    """Modules whose calls do not make a path unhandled (test files, unless audited)."""


def reaching_sdk(audits: Iterable[ModuleAudit]) -> dict[Function, list[CallSite]]:
    """Each function that makes an SDK call, directly or through the functions it calls."""
    audits = list(audits)
    reaching: dict[Function, list[CallSite]] = {}
    owner: dict[Function, ModuleAudit] = {}
    for audit in audits:
        for site in audit.sites:
            if site.function is not None:
                reaching.setdefault(site.function, []).append(site)
                owner[site.function] = audit
    for _ in range(CALLER_DEPTH):
        for function, sites in list(reaching.items()):
            for caller_audit, call in owner[function]._calls_to(function):
                caller = caller_audit.parents.function_of(call)
                if caller is not None and caller is not function:
                    owner.setdefault(caller, caller_audit)
                    known = reaching.setdefault(caller, [])
                    known += [s for s in sites if s not in known]
    return reaching


@dataclass
class Coverage:
    """The except handlers that wrap a call, directly or at its callers in the module."""

    covered: set[str] = field(default_factory=set)
    broad: list[tuple[ModuleAudit, ast.ExceptHandler, frozenset[str]]] = field(default_factory=list)
    """Broad handlers, the module they are in, and the SDK failures already caught nearer
    the call (an earlier `except` of the same try, or an inner try)."""
    handlers: list[tuple[ModuleAudit, ast.ExceptHandler]] = field(default_factory=list)
    deferred: bool = False
    """The error leaves the module translated (`raise OurError(...) from exc`) from a function
    no code in the module calls: the fallback decision is made where the audit cannot see."""
    unhandled_through: str | None = None
    """`path:line` of a caller's call on a path where nothing catches the SDK's errors,
    while other paths to the call do (None: every path handles them, or none does)."""


class ModuleAudit:
    """Runs every rule over one module of the project."""

    def __init__(
        self,
        module: Module,
        project: Project,
        config: AuditConfig,
        facts: ProjectFacts,
        peers: dict[Module, ModuleAudit],
    ) -> None:
        assert module.parents is not None and module.clients is not None
        self.module = module
        self.project = project
        self.tree = module.tree
        self.path = module.path
        self.config = config
        self.facts = facts
        self.peers = peers
        peers[module] = self
        self.imports = module.imports
        self.parents = module.parents
        self.clients = module.clients
        self.functions: list[Function] = nodes_of(self.tree, ast.FunctionDef, ast.AsyncFunctionDef)
        self.sites = [
            site for node in nodes_of(self.tree, ast.Call) if (site := self.clients.call_site(node))
        ]
        self.site_calls = {site.node for site in self.sites}
        self.handlers = find_handlers(self.tree, self.imports, self.parents)
        local = {n.name: n for n in nodes_of(self.tree, ast.ClassDef)}
        self.models = ModelClasses(local, facts)
        self.context_managers = {
            n.name: n
            for n in self.tree.body
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
            and any(_decorator_name(d).endswith("contextmanager") for d in n.decorator_list)
        }
        self.app_covered = self._app_exception_handlers()
        self.reads_usage = "usage" in module.source and any(
            _usage_of(n) is not None for n in nodes_of(self.tree, ast.Attribute, ast.Call)
        )
        self.module_texts = {
            target.id
            for node in self.tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign) and _is_text(node.value)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        }
        self.text_sizes = TextSizes(self.tree, self.imports.aliases, facts)
        self.findings: dict[tuple[int, int, str, str], Finding] = {}
        """Keyed by place, rule and route: one finding per (line, column, rule), except
        PR012, which names each route whose input reaches the call (one per route)."""
        self._instruments: bool | None = None

    # --- reporting ----------------------------------------------------------------

    def report(
        self,
        rule_id: str,
        node: ast.AST,
        message: str | None = None,
        *,
        snippet: str = "",
        edit: Edit | None = None,
        route: str = "",
    ) -> None:
        """Record a finding once per place and rule (and `route`, when one is given: the
        same call reached from two routes is two findings, each naming its route)."""
        rule = RULES_BY_ID[rule_id]
        line, column = getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1
        text = message or rule.summary
        self.findings.setdefault(
            (line, column, rule_id, route),
            Finding(self.path, line, column, rule, text, snippet=snippet, edit=edit),
        )

    def run(self) -> None:
        """Apply every rule; a finding in another module (a caller's handler) goes to that
        module's audit, so read `results()` once every module has run."""
        self.check_keys()
        self.check_constructors()
        self.check_models()
        for site in self.sites:
            self.check_max_tokens(site)
            self.check_errors(site)
            self.check_usage(site)
            self.check_system_prompt(site)
            self.check_tool_loop(site)
        self.check_tool_loops_through_calls()
        self.check_retry_decorators()
        self.check_handlers()

    def results(self) -> list[Finding]:
        """This module's findings, in source order."""
        return sorted(self.findings.values(), key=lambda f: (f.sort_key, f.message))

    # --- PR013: retiring models ---------------------------------------------------------

    def check_models(self) -> None:
        for finding in model_findings(self.module, self.config.today):
            self.findings.setdefault((finding.line, finding.column, "PR013", ""), finding)

    # --- PR014: large static system prompts without caching ---------------------------

    def check_system_prompt(self, site: CallSite) -> None:
        given = site.keyword("system")
        if given is None or not uncached_system(given.value, self.text_sizes):
            return
        value = given.value
        edit = None
        if isinstance(value, ast.Name):
            cached = (
                f'[{{"type": "text", "text": {value.id}, '
                '"cache_control": {"type": "ephemeral"}}]'
            )
            edit = Edit.replacing(value, cached)
        self.report("PR014", value, edit=edit)

    # --- PR015: streams read outside the error handling ---------------------------------

    def check_stream_reading(self, site: CallSite, coverage: Coverage) -> None:
        if site.kind != "stream" or not self._handles_drop(coverage):
            return
        names = self._bound_names(site.node)
        scope: ast.AST = site.function or self.tree
        for reader in stream_readers(names, scope):
            if not self._handles_drop(self.coverage(reader)):
                self.report("PR015", reader)
                return

    @staticmethod
    def _handles_drop(coverage: Coverage) -> bool:
        return bool(coverage.broad) or CONNECTION in coverage.covered

    # --- PR017: tool loops ----------------------------------------------------------------

    def check_tool_loop(self, site: CallSite) -> None:
        self._check_loop_around(site.node, site.function)

    def check_tool_loops_through_calls(self) -> None:
        """Loops that reach the model through a helper (`response = chat(messages)`)."""
        reaching = self.facts.reaching
        steps = {call for call, callee in self.project.calls_in(self.module) if callee in reaching}
        for call, callee in self.project.calls_in(self.module):
            if callee in reaching:
                # A helper that sends tools (`while True: self._act()` -> `tools=...`) makes
                # it a tool loop though the loop's own text never says so, when the loop
                # does nothing else (one reading a microphone or a queue serves requests).
                tools = any(site.keyword("tools") for site in reaching[callee])
                loop = next(
                    (p for p, _, _ in self.parents.chain(call) if isinstance(p, LOOPS)), None
                )
                only_steps = loop is not None and all(
                    node in steps or last_name(node.func) in QUIET_CALLS
                    for node in walk_local(loop)
                    if isinstance(node, ast.Call)
                )
                self._check_loop_around(call, self.parents.function_of(call), tools and only_steps)

    def _check_loop_around(
        self, node: ast.AST, function: Function | None, tools: bool = False
    ) -> None:
        chain = [parent for parent, _, _ in self.parents.chain(node)]
        if function is not None:
            chain = chain[: chain.index(function)] if function in chain else chain
        loop = unbounded_loop(chain, tools)
        if loop is not None:
            self.report("PR017", loop)

    # --- PR010: keys ------------------------------------------------------------------

    def check_keys(self) -> None:
        if "sk-ant-" not in self.module.source:  # both cases below need the literal
            return
        for node in walk_all(self.tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if _has_key(node.value):
                    self.report("PR010", node, edit=Edit.replacing(node, ENV_KEY))
            elif isinstance(node, ast.Call) and self.clients.is_constructor(node):
                given = keyword(node, "api_key")
                if (
                    given is not None
                    and isinstance(given.value, ast.Constant)
                    and isinstance(given.value.value, str)
                    and given.value.value.startswith("sk-ant-")
                    and not _placeholder_key(given.value.value)
                ):
                    self.report("PR010", given.value, edit=Edit.replacing(given.value, ENV_KEY))

    # --- PR001: client settings -----------------------------------------------------

    def check_constructors(self) -> None:
        for node in nodes_of(self.tree, ast.Call):
            if not self.clients.is_constructor(node):
                continue
            given = self._keywords_given(node)
            if given is None or self._sends_no_request(node):
                continue
            missing = [
                f"{name} (SDK default: {default})"
                for name, default in (("timeout", "600 s"), ("max_retries", "2 retries"))
                if name not in given
            ]
            if missing:
                self.report(
                    "PR001",
                    node,
                    "Anthropic client built without explicit " + " and ".join(missing) + ".",
                )

    def _keywords_given(self, call: ast.Call) -> set[str] | None:
        """The keyword names a call is given, `**options` included when options is a dict
        literal there or a name bound once in the same scope to one and never changed
        (`options = {"api_key": key}`); None when some `**` hides what it holds."""
        given = {kw.arg for kw in call.keywords if kw.arg is not None}
        for kw in call.keywords:
            if kw.arg is not None:
                continue
            keys = self._literal_keys(kw.value, self.parents.function_of(call))
            if keys is None:
                return None
            given |= keys
        return given

    def _literal_keys(self, value: ast.expr, scope: Function | None) -> set[str] | None:
        """The string keys of a dict literal, or of the one a name is bound to once in the
        scope and never changed (no item set, no update); None when not known."""
        if isinstance(value, ast.Dict):
            if not all(
                isinstance(k, ast.Constant) and isinstance(k.value, str) for k in value.keys
            ):
                return None  # `{**more, ...}` or a computed key
            return {str(k.value) for k in value.keys if isinstance(k, ast.Constant)}
        if not isinstance(value, ast.Name):
            return None
        body = walk_local(scope) if scope is not None else walk_all(self.tree)
        bound: list[ast.expr] = []
        for node in body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == value.id for t in node.targets
            ):
                bound.append(node.value)
            elif isinstance(node, ast.Subscript | ast.Attribute) and not isinstance(
                node.ctx, ast.Load
            ):
                if isinstance(node.value, ast.Name) and node.value.id == value.id:
                    return None  # `options["timeout"] = 30`
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == value.id
            ):
                return None  # `options.update(...)`, `options.setdefault(...)`
            elif isinstance(node, ast.arg) and node.arg == value.id:
                return None  # a parameter: what the caller hands in
        if len(bound) != 1 or not isinstance(bound[0], ast.Dict):
            return None
        return self._literal_keys(bound[0], scope)

    def _sends_no_request(self, constructor: ast.Call) -> bool:
        """PR001 is about the retries and timeout the client's requests inherit: a client
        that never sends one is no gap. Built only for its local tokenizer
        (`Anthropic().get_tokenizer()`, the old `client.count_tokens(text)`), or kept in a
        name (module, function or `self.` attribute) that nothing but those reads, here or
        in another module; a name nothing reads at all only where the module's calls go
        through other clients (a leftover: theirs are judged; alone in a module, a client
        is what the module offers). `client.messages.count_tokens` is a request: a use."""
        parent = self.parents.parent_of(constructor)
        if isinstance(parent, ast.Attribute):
            return parent.attr in LOCAL_ONLY
        if not (isinstance(parent, ast.Assign) and len(parent.targets) == 1):
            return False
        target = parent.targets[0]
        function = self.parents.function_of(constructor)
        if isinstance(target, ast.Name):
            held, scope, text = target.id, function, rf"\b{re.escape(target.id)}\b"
        elif isinstance(target, ast.Attribute) and _on_self_attr(target):
            held, scope, text = target.attr, None, rf"\.{re.escape(target.attr)}\b"
        else:
            return False
        kind = ast.Name if isinstance(target, ast.Name) else ast.Attribute
        read = False
        for node in walk_local(scope) if scope is not None else walk_all(self.tree):
            if not isinstance(node, kind) or isinstance(node.ctx, ast.Store):
                continue
            if (node.id if isinstance(node, ast.Name) else node.attr) == held:
                above = self.parents.parent_of(node)
                if not (isinstance(above, ast.Attribute) and above.attr in LOCAL_ONLY):
                    return False
                read = True
        if not read and not self.sites:
            return False
        if scope is not None:
            return True
        word = re.compile(text)
        return not any(word.search(m.source) for m in self.project.modules if m is not self.module)

    # --- PR003-PR005: max_tokens ----------------------------------------------------

    def check_max_tokens(self, site: CallSite) -> None:
        given = site.keyword("max_tokens")
        if given is None:
            if site.handed and not site.star_kwargs:  # the runner's arguments come first
                self.report("PR003", site.node)
            elif not site.star_kwargs:
                func = site.node.func
                line, column = func.end_lineno or func.lineno, (func.end_col_offset or 0) + 2
                insert = "max_tokens=1024, " if site.node.args or site.node.keywords else ""
                edit = Edit.inserting(line, column, insert or "max_tokens=1024")
                self.report("PR003", site.node, edit=edit)
            return
        value = given.value
        threshold = self.config.max_tokens_threshold
        if isinstance(value, ast.Constant) and isinstance(value.value, int):
            if value.value > threshold:
                self.report(
                    "PR004",
                    value,
                    f"max_tokens={value.value:,} is above the threshold of {threshold:,}: "
                    "output tokens are charged and counted against output TPM up front.",
                )
            return
        handler = site.function
        request_input = (
            RequestInput(handler, self.imports, self.models) if handler in self.handlers else None
        )
        if request_input is not None and request_input.direct_number(value):
            self.report("PR005", value)
        elif request_input is None:
            self._check_max_tokens_parameter(site, value)

    def _check_max_tokens_parameter(self, site: CallSite, value: ast.expr) -> None:
        """PR016: max_tokens is a parameter of the function, no bound in it, and a caller
        somewhere in the project passes it a variable."""
        function = site.function
        if function is None or not isinstance(value, ast.Name):
            return
        arguments = [*function.args.posonlyargs, *function.args.args]
        names = [a.arg for a in arguments]
        keyword_only = [a.arg for a in function.args.kwonlyargs]
        if value.id not in names + keyword_only or clamped(value.id, function):
            return
        offset = 1 if self.parents.class_of(function) is not None else 0
        for owner, call in self._calls_to(function):
            passed = keyword(call, value.id)
            argument = passed.value if passed is not None else None
            if argument is None and value.id in names:
                index = names.index(value.id) - offset
                argument = call.args[index] if 0 <= index < len(call.args) else None
            if argument is None or isinstance(argument, ast.Constant):
                continue
            if isinstance(argument, ast.Call) and last_name(argument.func) in ("min", "clamp"):
                continue
            if isinstance(argument, ast.Name) and owner._holds_literal(call, argument.id):
                continue
            where = f"{owner.path}:{call.lineno}"
            self.report(
                "PR016",
                value,
                f"max_tokens comes from the parameter {value.id!r}, and {where} passes it a "
                "variable: nothing bounds what a caller spends.",
            )
            return

    def _holds_literal(self, call: ast.Call, name: str) -> bool:
        """The name, where the call reads it, is only ever bound to an int literal (`max_tokens
        = 4000` just before the call, or a module constant): the caller passes a constant."""
        scope = self.parents.function_of(call)
        if scope is not None:
            arguments = scope.args
            every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
            if any(a.arg == name for a in every):
                return False
        body = walk_local(scope) if scope is not None else []
        stores = [n for n in body if isinstance(n, ast.Name) and n.id == name and _stored(n)]
        if not stores:  # not bound in the function: a module-level name
            body = walk_local(self.tree)
            stores = [n for n in body if isinstance(n, ast.Name) and n.id == name and _stored(n)]
        return bool(stores) and all(
            isinstance(parent := self.parents.parent_of(n), ast.Assign | ast.AnnAssign)
            and isinstance(parent.value, ast.Constant)
            and type(parent.value.value) is int
            for n in stores
        )

    # --- PR006, PR007, PR011: errors and fallback ------------------------------------

    def _try_groups(self, node: ast.AST) -> Iterator[tuple[ModuleAudit, list[ast.ExceptHandler]]]:
        """The handlers of each try whose body contains the node, innermost first, with the
        module they are written in; a `with` block of a context manager of the project
        counts as the try around its yield (errors mapped in one place, as httpx's
        `map_exceptions`)."""
        for parent, field_name, _ in self.parents.chain(node):
            if isinstance(parent, ast.Lambda) and self._run_by_runner(parent):
                continue  # `await asyncio.to_thread(lambda: ...)`: it raises right here
            if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                return
            if isinstance(parent, ast.Try | ast.TryStar) and field_name == "body":
                yield self, parent.handlers
            if isinstance(parent, ast.With | ast.AsyncWith) and field_name == "body":
                for item in parent.items:
                    yield from self._yield_guards(item.context_expr)

    def _run_by_runner(self, function: ast.Lambda) -> bool:
        """A lambda handed to a runner (`asyncio.to_thread`, `run_in_executor`), which runs
        it and returns or raises what it does where the runner is called (awaited)."""
        runner = self.parents.parent_of(function)
        return (
            isinstance(runner, ast.Call)
            and last_name(runner.func) in RUNNERS
            and any(argument is function for argument in runner.args[:2])
        )

    def _yield_guards(
        self, expression: ast.expr
    ) -> Iterator[tuple[ModuleAudit, list[ast.ExceptHandler]]]:
        """The handlers around the `yield` of the context manager `expression` calls, when
        it is a `@contextmanager` function of this module or one imported from another."""
        call = expression.func if isinstance(expression, ast.Call) else None
        name = call.id if isinstance(call, ast.Name) else None
        owner: ModuleAudit = self
        manager = self.context_managers.get(name or "")
        full = self.imports.aliases.get(name or "") if manager is None else None
        found = self.project.target(full, self.module) if full else None
        if found is not None and found[0] in self.peers:
            owner = self.peers[found[0]]
            manager = owner.context_managers.get(found[1])
        if manager is None:
            return
        for node in ast.walk(manager):
            if isinstance(node, ast.Try | ast.TryStar) and any(
                isinstance(inner, ast.Yield) for stmt in node.body for inner in ast.walk(stmt)
            ):
                yield owner, node.handlers

    def _calls_to(self, function: Function) -> list[tuple[ModuleAudit, ast.Call]]:
        """Calls, anywhere in the project, that may run a function of this module."""
        return [
            (self.peers[module], call)
            for module, call in self.project.callers(function)
            if module in self.peers
        ]

    def _exception_names(self, handler: ast.ExceptHandler) -> list[str] | None:
        """The classes a handler catches (resolved); None for a bare `except:`."""
        if handler.type is None:
            return None
        return self.project.exception_names(self.module, handler.type)

    def coverage(
        self,
        node: ast.AST,
        depth: int = 0,
        seen: frozenset[int] = frozenset(),
        inner: frozenset[str] | None = frozenset(),
    ) -> Coverage:
        """What the handlers around a node (and around calls to its function) catch, and a
        caller on a path where nothing does. `inner`: what the frames below caught on this
        path (None: a broad handler there)."""
        result = Coverage(covered=set(self.app_covered))
        nearer: set[str] = set()  # caught by the tries met so far (not the app's handlers)
        # ...and not re-raised there: what no longer reaches a broad handler further out.
        kept: set[str] = set()
        raising = False  # a handler here raises (maybe a translated error): it goes on out
        for owner, handlers in self._try_groups(node):
            caught: set[str] = set()
            stopped: set[str] = set()
            for handler in handlers:
                result.handlers.append((owner, handler))
                raising = raising or _raises(handler)
                names = owner._exception_names(handler)
                if names is None or any(name in BROAD for name in names):
                    if _reraises(handler) or owner._fails_generically(handler):
                        continue  # `except Exception: log(...); raise`: it handles nothing
                    # An earlier clause of the same try ends its errors' way here, re-raised
                    # or not: a `raise` in a clause leaves the try, skipping its siblings.
                    result.broad.append((owner, handler, frozenset(kept | caught)))
                    if not _raises(handler):
                        # It handles what reaches it (returns, assigns, logs and goes on):
                        # no SDK error gets further out, the handlers there are not judged.
                        stopped |= ALL_FAILURES
                    continue
                for name in names:
                    if is_sdk_name(name):
                        covers = COVERS.get(name.rsplit(".", 1)[-1], frozenset())
                        caught |= covers
                        stopped |= frozenset() if _reraises(handler) else covers
            nearer |= caught
            kept |= stopped
        result.covered |= nearer
        on_path = None if inner is None or result.broad else inner | nearer | self.app_covered
        handled = on_path is None or on_path >= ALL_FAILURES
        function = self.parents.function_of(node)
        callers = list(self._calls_to(function)) if function is not None else []
        if function is not None and _is_generator(function):
            # Calling a generator runs none of it: only a caller that iterates it (`for x in
            # gen()`) has its handlers around the body; `StreamingResponse(gen())` has not.
            callers = [(owner, call) for owner, call in callers if owner._iterates(call)]
        if function is not None and not callers and function not in self.handlers:
            result.deferred = any(self._translates(h) for _, h in result.handlers)
        # A path that only tests take is no path: a wrapper only tests call closes it.
        paths = [c for c in callers if c[0].module not in self.facts.skipped_callers]
        if depth and not handled and not callers and not _private(function):
            dead = function is not None and self._dead(function)
            if not dead:  # an entry point: nothing caught it
                result.unhandled_through = self.location(node)
        if function is not None and depth < CALLER_DEPTH and id(function) not in seen:
            for owner, call in callers:
                passed = None if handled else frozenset(on_path or ())
                at = owner._awaited_at(call) if isinstance(function, ast.AsyncFunctionDef) else call
                outer = owner.coverage(at, depth + 1, seen | {id(function)}, passed)
                result.covered |= outer.covered
                result.broad += [(o, h, caught | kept) for o, h, caught in outer.broad]
                if raising or not kept >= ALL_FAILURES:
                    # Handlers further out see the SDK's errors only when this frame lets
                    # some through: a route's fallback is none for errors stopped below it.
                    result.handlers += outer.handlers
                    result.deferred |= outer.deferred
                if (owner, call) in paths and not handled:
                    result.unhandled_through = result.unhandled_through or outer.unhandled_through
        return result

    def _dead(self, function: Function) -> bool:
        """A module-level function nothing mentions, in a module whose other functions other
        modules call: they chose what they use, so it is dead code, not an entry point."""
        if not isinstance(self.parents.parent_of(function), ast.Module):
            return False
        if not self.facts.unused(function):
            return False
        return any(
            module is not self.module
            for sibling in self.tree.body
            if isinstance(sibling, ast.FunctionDef | ast.AsyncFunctionDef)
            for module, _ in self.project.callers(sibling)
        )

    def _awaited_at(self, call: ast.Call) -> ast.AST:
        """Where a coroutine bound to a name (`task = fetch()`) is awaited later in the same
        function, maybe inside `asyncio.gather`: its errors surface there, not at the call."""
        parent = self.parents.parent_of(call)
        if not (
            isinstance(parent, ast.Assign)
            and len(parent.targets) == 1
            and isinstance(parent.targets[0], ast.Name)
        ):
            return call
        name = parent.targets[0].id
        function = self.parents.function_of(call)
        uses = [
            inner
            for node in (walk_local(function) if function else walk_all(self.tree))
            if isinstance(node, ast.Await) and node.lineno > call.lineno
            for inner in ast.walk(node.value)
            if isinstance(inner, ast.Name) and inner.id == name
        ]
        return min(uses, key=lambda use: use.lineno, default=call)

    def _iterates(self, call: ast.Call) -> bool:
        """The call's result is iterated where it is made: `for x in call`, a
        comprehension's source, `yield from call`, `list(call)`, `"".join(call)`."""
        node: ast.AST = call
        parent = self.parents.parent_of(node)
        if isinstance(parent, ast.Await):
            node, parent = parent, self.parents.parent_of(parent)
        if isinstance(parent, ast.For | ast.AsyncFor | ast.comprehension):
            return parent.iter is node
        if isinstance(parent, ast.YieldFrom):
            return True
        return isinstance(parent, ast.Call) and last_name(parent.func) in CONSUMERS

    def location(self, node: ast.AST) -> str:
        """`path:line` of a node, `path:cell N:line` in a notebook."""
        line = getattr(node, "lineno", 1)
        cells = self.module.cells
        if cells is not None and 0 < line <= len(cells):
            return f"{self.path}:cell {cells[line - 1][0]}:{cells[line - 1][1]}"
        return f"{self.path}:{line}"

    def _translates(self, handler: ast.ExceptHandler) -> bool:
        """The handler raises another exception (not the caught one, not an HTTP error)."""
        for node in _walk_body(handler.body):
            if not isinstance(node, ast.Raise) or node.exc is None:
                continue
            raised = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            name = last_name(raised) or ""
            if name != handler.name and not HTTP_ERRORS.search(name):
                return True
        return False

    def check_errors(self, site: CallSite) -> None:
        coverage = self.coverage(self._request_made_at(site))
        self.check_stream_reading(site, coverage)
        for owner, handler, caught in coverage.broad:
            # Reported in the handler's own module: a caller's `except` is in another file.
            if not caught >= ALL_FAILURES and owner._swallows(handler):
                owner.report("PR007", handler, _swallowed_message(caught))
        if not coverage.broad and not coverage.covered >= ALL_FAILURES:
            missing = ", ".join(sorted(ALL_FAILURES - coverage.covered))
            message = RULES_BY_ID["PR006"].summary
            if coverage.covered:
                message = (
                    f"Only {', '.join(sorted(coverage.covered))} is handled around the call; "
                    f"{missing} still reach the caller as a 500."
                )
            self.report("PR006", site.node, message, snippet=_onto(site))
            return
        if coverage.unhandled_through is not None:
            self.report(
                "PR006",
                site.node,
                "SDK errors are handled on some paths to this call, but not on the one through "
                f"{coverage.unhandled_through}: a 429 or 529 there becomes a 500 for its caller.",
                snippet=_onto(site),
            )
        if not coverage.deferred and not any(
            owner._offers_alternative(h) for owner, h in coverage.handlers
        ):
            self.report("PR011", site.node, snippet=_onto(site))

    def _request_made_at(self, site: CallSite) -> ast.AST:
        """Where the request is made: the call, or for a stream manager kept in a name
        (`s = client.messages.stream(...)`) the `with s` that enters it, maybe in a `try`."""
        parent = self.parents.parent_of(site.node)
        if site.kind != "stream" or not isinstance(parent, ast.Assign):
            return site.node
        names = self._bound_names(site.node)
        for node in walk_local(site.function) if site.function else walk_all(self.tree):
            if (
                isinstance(node, ast.With | ast.AsyncWith)
                and node.lineno > site.node.lineno
                and any(
                    isinstance(item.context_expr, ast.Name) and item.context_expr.id in names
                    for item in node.items
                )
                and self.parents.function_of(node) is site.function
            ):
                return node
        return site.node

    def _swallows(self, handler: ast.ExceptHandler) -> bool:
        """A broad handler that neither re-raises nor tells SDK errors apart."""
        for node in _walk_body(handler.body):
            if isinstance(node, ast.Raise):
                return False
            if isinstance(node, ast.Call) and last_name(node.func) in RAISING_CALLS:
                return False
            if isinstance(node, ast.Name | ast.Attribute) and is_sdk_name(
                self.imports.resolve(node)
            ):
                return False
            if isinstance(node, ast.Return | ast.Yield) and _error_event(node.value, handler.name):
                return False
        return not _reports_and_fails(handler)

    def _fails_generically(self, handler: ast.ExceptHandler) -> bool:
        """A broad handler that ends every error the same generic way: `raise
        RuntimeError(...)`, `raise Exception(...)`, `raise HTTPException(500, ...)` (no
        status, or a 5xx other than 503) or `sys.exit(1)`. A 429 becomes a 500 or a crash
        for the user, as with no handler at all: it handles nothing (PR006), and "handled,
        no alternative" (PR011) would say the wrong thing. A handler that tells the SDK's
        errors apart, returns or yields anything, or raises the project's own error (a
        translation its caller may handle) is left as it was."""
        if not handler.body:
            return False
        for node in _walk_body(handler.body):
            if isinstance(node, ast.Return | ast.Yield | ast.YieldFrom):
                return False
            if isinstance(node, ast.Name | ast.Attribute) and is_sdk_name(
                self.imports.resolve(node)
            ):
                return False
        last = handler.body[-1]
        if isinstance(last, ast.Raise) and last.exc is not None:
            return _generic_error(last.exc) and not self._caught_by_callers(last.exc, handler)
        return (
            isinstance(last, ast.Expr)
            and isinstance(last.value, ast.Call)
            and (dotted(last.value.func) or "") in EXITS
            and not _exits_cleanly(last.value)
        )

    def _caught_by_callers(self, raised: ast.expr, handler: ast.ExceptHandler) -> bool:
        """A caller of the handler's function catches the class it raises by name
        (`except RuntimeError:` around `summarize(...)`): a translation that caller
        handles, not a failure left to the user."""
        name = last_name(raised.func if isinstance(raised, ast.Call) else raised)
        function = self.parents.function_of(handler)
        if name is None or function is None:
            return False
        for owner, call in self._calls_to(function):
            for group_owner, handlers in owner._try_groups(call):
                for outer in handlers:
                    names = group_owner._exception_names(outer) or []
                    if any(caught.rsplit(".", 1)[-1] == name for caught in names):
                        return True
        return False

    def _offers_alternative(self, handler: ast.ExceptHandler) -> bool:
        """The handler answers anyway: another model call, a fallback/cache, a static text,
        or it falls through to a return after the `try` that answers so."""
        for node in [*_walk_body(handler.body), *self._fall_through_return(handler)]:
            if isinstance(node, ast.Call) and node in self.site_calls:
                return True
            if isinstance(node, ast.Name | ast.Attribute) and FALLBACK_NAMES.search(
                last_name(node) or ""
            ):
                return True
            if isinstance(node, ast.Return | ast.Yield) and (
                _static_answer(node.value, handler.name, self.module_texts)
                or _computed_answer(node.value, handler.name)
                or self._default_verdict(node, handler)
            ):
                return True
        raises = any(isinstance(node, ast.Raise) for node in _walk_body(handler.body))
        if raises:
            return False
        if any(_stores_default(s, handler.name, self.module_texts) for s in handler.body):
            return True
        return self._substitutes_result(handler) or self._callers_keep_their_own(handler)

    def _default_verdict(self, node: ast.Return | ast.Yield, handler: ast.ExceptHandler) -> bool:
        """`return False` where the `try` returns a yes/no the model decided (`return
        reply.text == "YES"`): a default answer of the same kind, the way an empty result of
        the answer's shape is. Not where the `try` returns a constant (`return True` after
        sending: then False says the call failed)."""
        if not (isinstance(node.value, ast.Constant) and type(node.value.value) is bool):
            return False
        try_node = self.parents.parent_of(handler)
        if not isinstance(try_node, ast.Try | ast.TryStar):
            return False
        return any(
            isinstance(inner, ast.Return) and _verdict(inner.value)
            for inner in _walk_body(try_node.body)
        )

    def _substitutes_result(self, handler: ast.ExceptHandler) -> bool:
        """`refined = original["text"]  # fall back to the unrefined text`: the handler
        gives the name its `try` binds the answer to another value the code goes on with
        (not the error, not None or an empty value)."""
        try_node = self.parents.parent_of(handler)
        if not isinstance(try_node, ast.Try | ast.TryStar):
            return False
        answers = self._answer_names(try_node.body)
        for statement in handler.body:
            if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
                continue
            target, value = statement.targets[0], statement.value
            if not isinstance(target, ast.Name) or target.id not in answers:
                continue
            if "err" in target.id.lower() or _says_error(value) or _empty(value):
                continue
            if not any(isinstance(n, ast.Name) and n.id == handler.name for n in ast.walk(value)):
                return True
        return False

    def _answer_names(self, statements: list[ast.stmt]) -> set[str]:
        """Names the statements bind the model's answer to: a Messages API call's result
        (or a helper's that makes one), and names assigned from those."""
        reaching = {call for call, callee in self.project.calls_in(self.module)
                    if callee in self.facts.reaching}  # fmt: skip
        assignments = [
            (target.id, node.value)
            for statement in statements
            for node in [statement, *walk_local(statement)]
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        ]
        answers: set[str] = set()
        for _ in range(3):
            for name, value in assignments:
                if any(
                    (isinstance(n, ast.Call) and (n in reaching or n in self.site_calls))
                    or (isinstance(n, ast.Name) and n.id in answers)
                    for n in ast.walk(value)
                ):
                    answers.add(name)
        return answers

    def _callers_keep_their_own(self, handler: ast.ExceptHandler) -> bool:
        """The handler returns None and every caller tests the result before using it
        (`analysis = analyze(...)`, `if analysis: ...`): each goes on with what it already
        had, a degraded answer (the basic score), not an error."""
        returns = [n for n in _walk_body(handler.body) if isinstance(n, ast.Return)]
        if not returns or any(not _none(r.value) for r in returns):
            return False
        function = self.parents.function_of(handler)
        callers = self._calls_to(function) if function is not None else []
        return bool(callers) and all(owner._result_tested(call) for owner, call in callers)

    def _result_tested(self, call: ast.Call) -> bool:
        """The call's result is bound to a name that an `if` tests before only adding to
        what the caller has (`if analysis: result.update(analysis)`, no return in it)."""
        parent = self.parents.parent_of(call)
        if isinstance(parent, ast.Await):
            parent = self.parents.parent_of(parent)
        if not (isinstance(parent, ast.Assign) and len(parent.targets) == 1):
            return False
        target = parent.targets[0]
        if not isinstance(target, ast.Name):
            return False
        scope = self.parents.function_of(call)
        body = walk_local(scope) if scope is not None else walk_all(self.tree)
        leaves = (ast.Return, ast.Raise, ast.Continue, ast.Break)
        return any(
            isinstance(node, ast.If)
            and _tests_present(node.test, target.id)
            and not any(isinstance(n, leaves) for n in _walk_body(node.body))
            for node in body
        )

    def _fall_through_return(self, handler: ast.ExceptHandler) -> list[ast.Return]:
        """The `return` the function reaches when the handler ends without leaving (logs
        and goes on): the first one among the statements right after its `try` (one inside
        a later `if` may not be reached)."""
        leaves = (ast.Return, ast.Raise, ast.Continue, ast.Break)
        if any(isinstance(node, leaves) for node in _walk_body(handler.body)):
            return []
        node = self.parents.parent_of(handler)
        while node is not None:
            parent, field_name, _ = next(self.parents.chain(node), (None, "", None))
            siblings = getattr(parent, field_name, None)
            if not isinstance(siblings, list) or node not in siblings:
                return []
            after = siblings[siblings.index(node) + 1 :]
            found = [s for s in after if isinstance(s, ast.Return)][:1]
            if found:
                return found
            # Nothing after it in its block leaves: the block ends, and the code after the
            # `if` (or `with`) holding it runs next (`if category: try: ... except: pass`,
            # then `return "default"`). Not out of a loop, which goes round again.
            if any(isinstance(n, leaves) for n in _walk_body(after)) or not isinstance(
                parent, ast.If | ast.With | ast.AsyncWith
            ):
                return []
            node = parent
        return []

    def _app_exception_handlers(self) -> set[str]:
        """SDK errors an app maps in one place (`@app.exception_handler(RateLimitError)`...)."""
        covered: set[str] = set()
        candidates: list[ast.AST] = []
        if not any(word in self.module.source for word in REGISTRAR_WORDS):
            return covered
        for node in walk_all(self.tree):
            if isinstance(node, ast.Call) and last_name(node.func) in EXCEPTION_HANDLER_REGISTRARS:
                candidates += node.args[:1]
            elif (
                isinstance(node, ast.keyword)
                and node.arg == "exception_handlers"
                and isinstance(node.value, ast.Dict)
            ):
                candidates += [k for k in node.value.keys if k is not None]
        for candidate in candidates:
            name = self.imports.resolve(candidate)
            if is_sdk_name(name):
                covered |= COVERS.get(str(name).rsplit(".", 1)[-1], frozenset())
        return covered

    # --- PR008: usage -----------------------------------------------------------------

    def check_usage(self, site: CallSite) -> None:
        if self._instrumented() or self._traced(site):
            return
        scope = site.function
        if site.kind == "stream":
            body = walk_local(scope) if scope else walk_all(self.tree)
            if not any(_usage_of(n) is not None for n in body) and not (
                self._result_used(self._bound_names(site.node), scope)
            ):
                self.report(
                    "PR008",
                    site.node,
                    "The stream's usage is never read (get_final_message().usage, or the "
                    "message_start/message_delta usage): no cost attribution for this call.",
                )
            return
        result: ast.AST = site.node
        parent, field_name, _ = next(self.parents.chain(result))
        if isinstance(parent, ast.Lambda) and field_name == "body":
            # `await asyncio.to_thread(lambda: client.messages.create(...))`: the runner
            # returns the lambda's Message; it is bound (or not) where the runner is called.
            runner = self.parents.parent_of(parent)
            if isinstance(runner, ast.Call) and last_name(runner.func) in RUNNERS:
                result = runner
                parent, field_name, _ = next(self.parents.chain(runner))
        if isinstance(parent, ast.Await):
            result = parent
            parent, field_name, _ = next(self.parents.chain(parent))
        if isinstance(parent, ast.Return):
            if not self.reads_usage:
                self.report("PR008", site.node)
            return
        if isinstance(parent, ast.Assign | ast.AnnAssign) and field_name == "value":
            targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if names and self._result_used(names, scope, parent):
                return
        self.report("PR008", site.node)

    def _instrumented(self) -> bool:
        """The module hands the SDK module itself to a call (`log10(anthropic)`,
        `trace_llm(anthropic)`), or builds its clients from a client class of a module that
        does: an observability library patches the SDK and records every call's usage, so
        none needs reading here."""
        if self._instruments is None:
            self._instruments = self.module.instruments_sdk or (
                self.project.instrumented_classes
                and any(
                    found[0].clients is not None
                    and found[0].clients.module_names.get(found[1]) == "class"
                    and found[0].instruments_sdk
                    for full in self.imports.aliases.values()
                    if (found := self.project.target(full, self.module)) is not None
                )
            )
        return self._instruments

    def _traced(self, site: CallSite) -> bool:
        """The call's Message is what an op of a tracing library returns (`@weave.op()`), and
        the project turns that tracing on (`weave.init`): the op's output, usage included,
        is recorded. An op that returns something else records no usage of the call."""
        function = site.function
        if function is None or not self._returned(site.node, function):
            return False
        for decorator in function.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            switch = TRACING_OPS.get(self.imports.resolve(target) or "")
            if switch is not None and any(switch in m.source for m in self.project.modules):
                return True
        return False

    def _returned(self, call: ast.Call, function: Function) -> bool:
        """`return call`, `return await call`, or `x = call` and later `return x`."""
        parent = self.parents.parent_of(call)
        if isinstance(parent, ast.Await):
            parent = self.parents.parent_of(parent)
        if isinstance(parent, ast.Return):
            return True
        names = self._bound_names(call)
        return any(
            isinstance(node, ast.Return)
            and isinstance(node.value, ast.Name)
            and node.value.id in names
            for node in walk_local(function)
        )

    def _bound_names(self, call: ast.Call) -> set[str]:
        """Names the call's result is bound to (`x = await call`, `with call as x`)."""
        node: ast.AST = call
        parent = self.parents.parent_of(node)
        if isinstance(parent, ast.Await):
            node, parent = parent, self.parents.parent_of(parent)
        targets: list[ast.AST] = []
        if isinstance(parent, ast.Assign):
            targets = list(parent.targets)
        elif isinstance(parent, ast.AnnAssign | ast.NamedExpr):
            targets = [parent.target]
        elif isinstance(parent, ast.withitem) and parent.optional_vars is not None:
            targets = [parent.optional_vars]
        return {t.id for t in targets if isinstance(t, ast.Name)}

    def _result_used(
        self, names: set[str], scope: Function | None, binding: ast.stmt | None = None
    ) -> bool:
        """`name.usage` is read, the result is handed to a logger or meter (`self.logger.
        log_response(reply)`, `record_cost(reply)`: read where the audit may not look), or it
        escapes (returned, passed on, stored) and the module reads `.usage` somewhere.
        At module level (a script, a notebook's cells: one namespace) only between the
        binding and the next one of the name: a read of an earlier response is not this one's."""
        body = list(walk_local(scope) if scope else walk_all(self.tree))
        if scope is None and binding is not None:
            start = binding.end_lineno or binding.lineno
            rebound = [
                node.lineno
                for node in self.tree.body
                if isinstance(node, ast.Assign | ast.AnnAssign)
                and node.lineno > start
                and any(
                    isinstance(t, ast.Name) and t.id in names
                    for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                )
            ]
            end = min(rebound, default=len(self.module.lines) + 1)
            body = [n for n in body if binding.lineno <= getattr(n, "lineno", start) < end]
        for node in body:
            if type(node) is not ast.Attribute and type(node) is not ast.Call:
                continue  # only these read usage or hand the result on
            owner = _usage_of(node)
            if isinstance(owner, ast.Name) and owner.id in names:
                return True
            if isinstance(node, ast.Call) and (
                USAGE_SINK.search(last_name(node.func) or "") or _logger_call(node)
            ):
                passed = [*node.args, *(kw.value for kw in node.keywords)]
                if any(isinstance(a, ast.Name) and a.id in names for a in passed):
                    return True
        if not self.reads_usage:
            return False
        for node in body:
            if not (
                isinstance(node, ast.Name) and node.id in names and isinstance(node.ctx, ast.Load)
            ):
                continue
            parent, _, _ = next(self.parents.chain(node))
            if isinstance(parent, ast.Return | ast.Yield | ast.Call | ast.keyword):
                return True
            if isinstance(parent, ast.Assign | ast.Tuple | ast.List | ast.Dict):
                return True
        return False

    # --- PR002: retry decorators ------------------------------------------------------

    def check_retry_decorators(self) -> None:
        reaching = self.facts.reaching
        for function in self.functions:
            if function not in reaching:
                continue
            decorators = [d for d in function.decorator_list if self._retries(d)]
            if not decorators:
                continue
            sites = reaching[function]
            if self.facts.all_clients_retry_free or all(
                retries_disabled(s.client) or s.client_retries == 0 for s in sites
            ):
                continue
            self.report("PR002", decorators[0], _layered_message(decorators[0], sites))

    def _retries(self, decorator: ast.expr) -> bool:
        """A retry library's decorator, or one the project defines whose body loops and
        sleeps between attempts (`@retry_with_backoff(max_retries=3)`)."""
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if self.imports.resolve(target) in RETRY_DECORATORS:
            return True
        name = target.id if isinstance(target, ast.Name) else None
        full = self.imports.aliases.get(name or "")
        found = self.project.target(full, self.module) if full else None
        tree = found[0].tree if found else self.tree if name else None
        if found:
            name = found[1]
        elif full:  # imported from a file not parsed with the others
            tree, name = self.facts.tree_defining(full.rpartition(".")[2]), full.rpartition(".")[2]
        defined = [
            n
            for n in (tree.body if tree is not None else [])
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == name
        ]
        return bool(defined) and _loops_and_sleeps(defined[0])

    # --- PR009, PR012: web handlers ---------------------------------------------------

    def check_handlers(self) -> None:
        reaching = self.facts.reaching
        limited_everywhere = self.facts.app_limited(self.module) or module_limits_all(self.tree)
        for handler in sorted(self.handlers, key=lambda f: f.lineno):  # same report each run
            if handler not in reaching:
                continue
            on_the_way = self.project.reached_from(handler, reaching)
            if not (
                limited_everywhere
                or has_limiter(handler)
                or class_limited(handler, self.parents)
                or any(calls_limiter(f) or refuses_with_429(f) for f in on_the_way)
            ):
                self.report("PR009", handler)
            request_input = RequestInput(handler, self.imports, self.models)
            self._check_input_into_calls(handler, request_input, None, 0, set())

    def _check_input_into_calls(
        self,
        function: Function,
        request_input: RequestInput,
        via: str | None,
        depth: int,
        followed: set[tuple[Function, frozenset[str], frozenset[str]]],
    ) -> None:
        """PR012 at the SDK calls of the function, and of the project functions it hands
        unvalidated request input to (`call_claude(prompt)` in a service module: the
        parameters the input lands in are followed as input, a few calls deep, each
        function once per handler for the same parameters); PR005
        there too, for a max_tokens taken from input handed on (`request.max_tokens or
        DEFAULT` in the service a route passes its body to)."""
        if not request_input.carries_input:
            return
        for site in self.sites:
            if not self._within(site.function, function):
                continue
            given = site.keyword("max_tokens")
            if via is not None and given is not None and request_input.direct_number(given.value):
                self.report(
                    "PR005",
                    given.value,
                    f"max_tokens taken from request input the handler at {via} passes on, with "
                    "no upper bound on the way: a caller chooses how much you spend.",
                )
            content = [kw.value for kw in site.node.keywords if kw.arg in ("messages", "system")]
            if any(request_input.unvalidated(value) for value in content):
                message = None
                if via is not None:
                    message = (
                        f"Heuristic: request input from the handler at {via} flows into the "
                        "model's messages here with no validation on the way."
                    )
                self.report("PR012", site.node, message, route=via or "")
        if depth >= CALLER_DEPTH:
            return
        for call, callee in self.project.calls_in(self.module):
            if callee not in self.facts.reaching or not self._within(
                self.parents.function_of(call), function
            ):
                continue
            owner = self._owner_of(callee)
            if owner is None:
                continue
            params = owner._parameters_given(call, callee, request_input.unvalidated)
            numbers = owner._parameters_given(call, callee, request_input.max_tokens_from)
            key = (callee, frozenset(params), frozenset(numbers))
            if (not params and not numbers) or key in followed:
                continue
            followed.add(key)
            passed = RequestInput(
                callee, owner.imports, owner.models, sources=params, numbers=numbers
            )
            where = via or self.location(function)
            owner._check_input_into_calls(callee, passed, where, depth + 1, followed)

    def _within(self, scope: Function | None, function: Function) -> bool:
        """The scope is the function or one nested in it: a closure (`def event_stream():`
        inside the route, handed to a StreamingResponse) sees the function's names, the
        request's input among them."""
        while scope is not None:
            if scope is function:
                return True
            scope = self.parents.function_of(scope)
        return False

    def _owner_of(self, function: Function) -> ModuleAudit | None:
        """The audit of the module defining the function (a table built once per scan)."""
        owners = self.facts.owners
        if not owners:
            owners.update((f, a) for a in self.peers.values() for f in a.functions)
        return owners.get(function)

    def _parameters_given(
        self, call: ast.Call, callee: Function, carries: Callable[[ast.expr], bool]
    ) -> set[str]:
        """The callee's parameters the call passes a value that `carries` input to."""
        positional = [a.arg for a in [*callee.args.posonlyargs, *callee.args.args]]
        if self.parents.class_of(callee) is not None and isinstance(call.func, ast.Attribute):
            positional = positional[1:]  # `obj.method(x)`: x is the first after self
        given: set[str] = set()
        for name, value in zip(positional, call.args, strict=False):
            if not isinstance(value, ast.Starred) and carries(value):
                given.add(name)
        for kw in call.keywords:
            if kw.arg is not None and carries(kw.value):
                given.add(kw.arg)
        return given


ENV_KEY = 'os.environ["ANTHROPIC_API_KEY"]'
KEY_PATTERN = re.compile(r"sk-ant-[a-z]+\d{2}-[A-Za-z0-9_\-]{20,}")
KEY_PREFIX = re.compile(r"sk-ant-[a-z]+\d{2}-")
PLACEHOLDER_WORDS = re.compile(
    r"dummy|fake|mock|test(?:ing|s)?|examples?|sample|placeholder|your|replace|changeme|x{3,}"
)
"""Words that mark a key-shaped string as a stand-in (`..._for_testing`, `your-key-here`)."""


def _has_key(text: str) -> bool:
    """The text holds an API key: key-shaped (prefix and 20+ key characters) and not a
    placeholder made of words."""
    return any(not _placeholder_key(m.group(0)) for m in KEY_PATTERN.finditer(text))


def _placeholder_key(text: str) -> bool:
    """`sk-ant-api03-dummy_key_for_testing_purposes_only`, `sk-ant-api03-your-key-here`,
    `sk-ant-api03-xxxx-xxxx`: after the prefix, two or more words (lower, upper or title
    case) joined by `_` or `-`, one of them a placeholder word. A real key's part is random
    letters of both cases and digits, so a single run (`xxxx...`, `EXAMPLEEXAMPLE...`), a
    digit or a word mixing cases keeps it a key: stand-ins written to look like keys stay
    found."""
    prefix = KEY_PREFIX.match(text)
    if prefix is None:
        return False
    words = re.split(r"[_\-]+", text[prefix.end() :].strip("_-"))
    return (
        len(words) >= 2
        and all(w.isalpha() and (w.islower() or w.isupper() or w.istitle()) for w in words)
        and any(PLACEHOLDER_WORDS.fullmatch(w.lower()) for w in words)
    )


@cache
def retiring_ids() -> re.Pattern[str]:
    """Any retired or retiring model id of the catalog, as text (never matches if none)."""
    models = "|".join(re.escape(model) for model in sorted(retirements(), key=len, reverse=True))
    return re.compile(models or r"(?!)")


@cache
def text_worth_parsing() -> re.Pattern[str]:
    """What makes a file that never reaches the SDK worth parsing: a key-shaped string, or
    a retiring model's id (a list of model choices in a settings or UI module)."""
    return re.compile(f"{KEY_PATTERN.pattern}|{retiring_ids().pattern}")


def model_findings(module: Module, today: date) -> list[Finding]:
    """PR013: string literals that are the id of a retired or retiring model (catalog.yml).

    A key of a lookup table (`PRICING = {"claude-...": 3.0}`, a context-limit or display-name
    table) and a side of an `==`/`case` test name a model someone else chose; they are not
    reported: the table only lacks the successor, which makes no call fail, while the place
    that chooses the model (a default, a list of choices, a call's `model=`) is reported."""
    if not retiring_ids().search(module.source):
        return []
    known = retirements()
    rule = RULES_BY_ID["PR013"]
    found: list[Finding] = []
    looked_up = _lookup_keys(module.tree)
    for node in walk_all(module.tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if node in looked_up:
            continue
        entry = known.get(node.value)
        if entry is None:
            continue
        replacement = entry.replacement
        found.append(
            Finding(
                module.path,
                node.lineno,
                node.col_offset + 1,
                rule,
                retirement_message(node.value, entry, today),
                snippet=f'"{replacement}"  # or settings.model (MODEL in .env)'
                if replacement
                else "",
                edit=Edit.replacing(node, f'"{replacement}"') if replacement else None,
            )
        )
    return found


def _lookup_keys(tree: ast.Module) -> set[ast.AST]:
    """String literals a model is looked up by: dict keys, sides of `==`/`!=`, `case` values."""
    keys: set[ast.AST] = set()
    for node in walk_all(tree):
        if isinstance(node, ast.Dict):
            keys.update(key for key in node.keys if key is not None)
        elif isinstance(node, ast.Compare) and all(
            isinstance(op, ast.Eq | ast.NotEq) for op in node.ops
        ):
            keys.update([node.left, *node.comparators])
        elif isinstance(node, ast.MatchValue):
            keys.add(node.value)
    return keys


def text_findings(module: Module, today: date) -> list[Finding]:
    """In a module that never reaches the SDK: key-shaped strings (PR010) and retiring
    model ids (PR013), the rules that need no call to attach to."""
    rule = RULES_BY_ID["PR010"]
    keys = [
        Finding(module.path, node.lineno, node.col_offset + 1, rule, rule.summary)
        for node in (walk_all(module.tree) if KEY_PATTERN.search(module.source) else ())
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _has_key(node.value)
    ]
    return keys + model_findings(module, today)


def _swallowed_message(caught: frozenset[str]) -> str | None:
    """PR007's message when handlers before the broad one catch some failures already: it
    names what still reaches it (None: the rule's summary, nothing caught before)."""
    if not caught:
        return None
    left = ", ".join(sorted(ALL_FAILURES - caught))
    return (
        f"A broad except (bare or Exception) swallows the SDK errors no handler before it "
        f"catches: {left} and a bad API key all look the same here and nothing re-raises "
        "or maps them."
    )


def _loops_and_sleeps(function: Function) -> bool:
    """A loop in the function (or the wrapper it returns) that sleeps: attempts with a
    wait between them."""
    return any(
        isinstance(loop, ast.For | ast.AsyncFor | ast.While)
        and any(
            isinstance(n, ast.Call) and last_name(n.func) == "sleep"
            for statement in loop.body
            for n in ast.walk(statement)
        )
        for loop in ast.walk(function)
    )


def _on_self_attr(node: ast.Attribute) -> bool:
    return isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")


def _is_generator(function: Function) -> bool:
    """A `yield` in the function's own body (not in a nested function); once per function."""
    found: bool | None = getattr(function, "_prodready_generator", None)
    if found is None:
        found = any(isinstance(n, ast.Yield | ast.YieldFrom) for n in walk_local(function))
        setattr(function, "_prodready_generator", found)  # noqa: B010 (our own attribute)
    return found


def _private(function: Function | None) -> bool:
    """`_helper` that nothing calls is dead code, not an entry point (a route, main)."""
    name = function.name if function is not None else ""
    return name.startswith("_") and not name.startswith("__")


def _usage_of(node: ast.AST) -> ast.expr | None:
    """What `x.usage` or `getattr(x, "usage", None)` reads the usage of (None: neither)."""
    if isinstance(node, ast.Attribute) and node.attr == "usage":
        return node.value
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "getattr"
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and node.args[1].value == "usage"
    ):
        return node.args[0]
    return None


def _walk_body(statements: list[ast.stmt]) -> Iterator[ast.AST]:
    for statement in statements:
        yield statement
        yield from walk_local(statement)


def _is_text(node: ast.AST | None) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(
        node, ast.JoinedStr
    )


def _static_answer(value: ast.AST | None, exception_name: str | None, texts: set[str]) -> bool:
    """A return of a fixed answer (not an error, not the error's own message): a static
    fallback. `"Busy, try later"`, `jsonify(answer="...")`, `{"answer": "..."}` count;
    `{"error": ...}`, `{"type": "error", ...}`, `(body, 503)` and
    `JSONResponse(..., status_code=503)` do not."""
    if isinstance(value, ast.Name):
        return value.id in texts
    if isinstance(value, ast.Constant):
        return isinstance(value.value, str) and bool(value.value) and not _error_text(value)
    if isinstance(value, ast.JoinedStr):
        if value.values and _error_text(value.values[0]):
            return False
        return not any(isinstance(n, ast.Name) and n.id == exception_name for n in ast.walk(value))
    if isinstance(value, ast.Tuple):
        if any(_error_status(element) for element in value.elts):
            return False
        return bool(value.elts) and _static_answer(value.elts[0], exception_name, texts)
    if isinstance(value, ast.Dict):
        if any(_names_error(key) for key in value.keys if key is not None):
            return False
        if any(_is_error_word(item) for item in value.values):  # {"type": "error", ...}
            return False
        if any(_static_answer(v, exception_name, texts) for v in value.values):
            return True
        return _placeholder(value)
    if isinstance(value, ast.Call):
        if any(
            _names_error(ast.Constant(kw.arg)) or _error_status(kw.value) for kw in value.keywords
        ):
            return False
        parts = [*value.args, *(kw.value for kw in value.keywords)]
        if any(_is_error_word(part) for part in parts):  # Event("error", ...)
            return False
        return any(_static_answer(part, exception_name, texts) for part in parts)
    return False


def _raises(handler: ast.ExceptHandler) -> bool:
    """Anything raised (or `abort()`ed) in the handler: the error, or one built from it,
    goes on to the handlers outside."""
    return any(
        isinstance(node, ast.Raise)
        or (isinstance(node, ast.Call) and last_name(node.func) in RAISING_CALLS)
        for node in _walk_body(handler.body)
    )


def _placeholder(value: ast.Dict) -> bool:
    """`{"content": "", "usage": {"total_tokens": 0}}`: an empty result of the answer's own
    shape, which the caller goes on with (a section left out). PR011 asks for a way to
    degrade instead of failing, and this is one: the swallowing of the error, if any, is
    PR007's to report. Not when it says it failed (`"success": False`, an error key)."""
    for key, item in zip(value.keys, value.values, strict=True):
        if isinstance(item, ast.Dict):
            if not _placeholder(item):
                return False
        elif isinstance(item, ast.List | ast.Tuple):
            if item.elts:
                return False
        elif (
            not isinstance(item, ast.Constant)
            or (item.value is False and isinstance(key, ast.Constant) and key.value in FLAGS)
            or _error_text(item)
        ):
            return False
    return bool(value.keys) and all(k is not None for k in value.keys)


def _generic_error(raised: ast.expr) -> bool:
    """`RuntimeError(...)`, `Exception(...)`, `HTTPException(status_code=500)` (or with no
    status, or any 5xx but 503, which asks the client to come back): an error that no
    longer says the upstream was busy."""
    call = raised if isinstance(raised, ast.Call) else None
    name = last_name(call.func if call else raised) or ""
    if name in GENERIC_ERRORS:
        return True
    if name != "HTTPException" or call is None:
        return False
    given = keyword(call, "status_code")
    status = given.value if given is not None else (call.args[0] if call.args else None)
    if status is None:
        return True
    code = _status_code(status)
    return code is not None and code >= 500 and code != 503


def _status_code(node: ast.expr) -> int | None:
    """500 from `500` or `status.HTTP_500_INTERNAL_SERVER_ERROR`; None when unknown."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    match = re.match(r"HTTP_(\d{3})", last_name(node) or "")
    return int(match.group(1)) if match else None


def _exits_cleanly(call: ast.Call) -> bool:
    """`sys.exit(0)` or `sys.exit()`: the run ends as a success, not as a failure."""
    if not call.args:
        return True
    first = call.args[0]
    return isinstance(first, ast.Constant) and first.value in (0, None)


def _reraises(handler: ast.ExceptHandler) -> bool:
    """`except RateLimitError: log(...); raise`: the error goes on to the handlers outside."""
    return any(
        isinstance(node, ast.Raise)
        and (node.exc is None or (isinstance(node.exc, ast.Name) and node.exc.id == handler.name))
        for node in _walk_body(handler.body)
    )


def _error_event(value: ast.AST | None, exception_name: str | None) -> bool:
    """`{"type": "error", "data": {"error": str(e), "type": type(e).__name__}}` or
    `Event("error", ...)`: the error handed to the caller as a structured event that carries
    it, which the caller can tell apart (text like `f"[Error: {e}]"` cannot be). A
    server-sent event's line, `f"data: {json.dumps({'type': 'error', ...})}\n\n"`, is
    judged by the event it frames."""
    if isinstance(value, ast.JoinedStr):
        return any(
            _error_event(part.value, exception_name)
            for part in value.values
            if isinstance(part, ast.FormattedValue)
        )
    if not isinstance(value, ast.Dict | ast.Call) or exception_name is None:
        return False
    carried = any(isinstance(n, ast.Name) and n.id == exception_name for n in ast.walk(value))
    return carried and any(
        _is_error_word(node)
        or (isinstance(node, ast.Dict) and any(_names_error(k) for k in node.keys if k))
        for node in ast.walk(value)
    )


def _logger_call(call: ast.Call) -> bool:
    """`logger.info(reply)`, `self.log.debug(...)`: a logging method of a logger, which
    writes the whole response (usage included) out."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr in LOG_METHODS
        and "log" in (last_name(func.value) or "").lower()
    )


def _reports_and_fails(handler: ast.ExceptHandler) -> bool:
    """A command-line handler: it shows the user the error's text (`print`, `echo`, a
    stream's `write`) and returns a non-zero exit status; the failure is told, not hidden."""
    if handler.name is None:
        return False
    body = list(_walk_body(handler.body))
    told = any(
        isinstance(node, ast.Call)
        and last_name(node.func) in SHOWN_TO_USER
        and any(
            isinstance(inner, ast.Name) and inner.id == handler.name
            for argument in node.args
            for inner in ast.walk(argument)
        )
        for node in body
    )
    fails = any(
        isinstance(node, ast.Return)
        and isinstance(node.value, ast.Constant)
        and type(node.value.value) is int
        and node.value.value != 0
        for node in body
    )
    return told and fails


def _stores_default(statement: ast.stmt, exception_name: str | None, texts: set[str]) -> bool:
    """`labels[name] = "Other"`, `answer = FALLBACK_TEXT` in a handler that goes on: a static
    default answer stored where the result is built (not an error under an error's name).
    Also `answer += "Sorry, ... please try again."`: a static sentence added to the answer
    being built is a static message sent as the reply, as when the handler returns it (the
    README counts a static answer; only text opening with "Error" is the failure itself)."""
    if not isinstance(statement, ast.Assign | ast.AnnAssign | ast.AugAssign):
        return False
    if statement.value is None or (
        isinstance(statement, ast.AugAssign) and not isinstance(statement.op, ast.Add)
    ):
        return False
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
    for target in targets:
        key = target.slice if isinstance(target, ast.Subscript) else None
        named = last_name(target.value if isinstance(target, ast.Subscript) else target) or ""
        if "err" in named.lower() or (key is not None and _names_error(key)):
            return False
    value = statement.value
    return not _is_error_word(value) and _static_answer(value, exception_name, texts)


def _onto(site: CallSite) -> str:
    """Async code can take the generated `Claude` client in-process; any other code moves
    onto the service's /v1/messages (the rule's own snippet)."""
    return ONTO_CLAUDE if isinstance(site.function, ast.AsyncFunctionDef) else ""


def _decorator_attempts(decorator: ast.expr) -> int | None:
    """The attempts a retry decorator makes, when it says so with a literal:
    tenacity's stop_after_attempt(N), backoff's max_tries, stamina's attempts, retry's tries."""
    if not isinstance(decorator, ast.Call):
        return None
    for node in ast.walk(decorator):
        if isinstance(node, ast.Call) and last_name(node.func) == "stop_after_attempt":
            return _int(node.args[0]) if node.args else None
        if isinstance(node, ast.keyword) and node.arg in ATTEMPT_KEYWORDS:
            return _int(node.value)
    return None


def _int(node: ast.AST) -> int | None:
    return node.value if isinstance(node, ast.Constant) and type(node.value) is int else None


def _layered_message(decorator: ast.expr, sites: list[CallSite]) -> str:
    """PR002's message with the decorator's real stop and the client's own attempts
    (1 + max_retries; the SDK's default of 2 retries when the client was not seen)."""
    retries = {r for s in sites if (r := s.client_retries) is not None}
    client_attempts = 1 + (max(retries) if retries else SDK_DEFAULT_RETRIES)
    attempts = _decorator_attempts(decorator)
    if attempts is None:
        product = f"each of the decorator's attempts is up to {client_attempts} calls"
    else:
        total = attempts * client_attempts
        product = f"{attempts} x {client_attempts} = {total} calls, and {total} bills"
    return (
        "A retry decorator wraps a call whose client still retries on its own: "
        f"attempts multiply ({product})."
    )


def _computed_answer(value: ast.AST | None, exception_name: str | None) -> bool:
    """A return of data the function already has (`return results[:k]`, the unranked
    list when reranking fails) or a list of none (`return []`: no suggestions, the caller
    goes on): an answer, not an error, if the exception is not in it."""
    held = isinstance(value, ast.Name) and value.id not in ("None", exception_name)
    computed = isinstance(value, ast.Subscript | ast.ListComp | ast.SetComp | ast.DictComp)
    computed |= isinstance(value, ast.List)  # not a tuple: `(body, 503)` is an error
    if value is None or not (held or computed):
        return False
    return not any(
        isinstance(n, ast.Name) and n.id == exception_name for n in ast.walk(value)
    ) and not _static_error(value)


def _verdict(value: ast.AST | None) -> bool:
    """A yes/no computed from something: a comparison, `not x`, `a and b`, `bool(x)`."""
    if isinstance(value, ast.Compare | ast.BoolOp):
        return True
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.Not):
        return True
    return isinstance(value, ast.Call) and last_name(value.func) == "bool"


def _static_error(value: ast.AST) -> bool:
    """A name that says it holds an error (`error`, `err_response`)."""
    return isinstance(value, ast.Name) and "err" in value.id.lower()


def _tests_present(test: ast.expr, name: str) -> bool:
    """`if name:` or `if name is not None:`."""
    if isinstance(test, ast.Name):
        return test.id == name
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == name
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.IsNot)
        and _none(test.comparators[0])
    )


def _error_text(node: ast.AST) -> bool:
    """Text that opens by saying it is an error (`"Error: Claude may be down"`): the failure
    told as the answer, with a 200, not an answer to go on with."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.lstrip(" [(\n").lower().startswith("error")
    )


def _says_error(node: ast.AST) -> bool:
    """Text in the value says it failed (`{"error": ...}`, `"Failed to refine"`)."""
    return any(
        isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and any(word in n.value.lower() for word in ("error", "fail"))
        for n in ast.walk(node)
    )


def _stored(node: ast.Name) -> bool:
    return isinstance(node.ctx, ast.Store)


def _none(node: ast.AST | None) -> bool:
    """`return` or `return None`."""
    return node is None or (isinstance(node, ast.Constant) and node.value is None)


def _empty(node: ast.AST) -> bool:
    """None, or an empty literal (`""`, `[]`, `{}`): no answer to go on with."""
    if isinstance(node, ast.Constant):
        return not node.value
    return isinstance(node, ast.List | ast.Dict | ast.Tuple | ast.Set) and not (
        node.keys if isinstance(node, ast.Dict) else node.elts
    )


def _names_error(key: ast.AST) -> bool:
    return isinstance(key, ast.Constant) and "error" in str(key.value).lower()


def _is_error_word(node: ast.AST) -> bool:
    """A value that says the answer is an error: `"error"`, `"failed"`."""
    return isinstance(node, ast.Constant) and str(node.value).lower() in ("error", "failed")


def _error_status(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, int) and node.value >= 400


def _decorator_name(decorator: ast.expr) -> str:
    """`contextlib.contextmanager`, `contextmanager` or `x.asynccontextmanager` as text."""
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return ast.unparse(target)
