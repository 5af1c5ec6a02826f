# ruff: noqa
"""The project's own client class: the SDK's client, under the SDK's name, with tracing
mixed in; defined only when the SDK is installed. The tracer patches the SDK module and
records every call's usage. Importers build it like the SDK's client."""

try:
    import anthropic
    from anthropic import Anthropic
except ImportError:
    anthropic = None
else:
    from observability import trace_llm

    class _Traced:
        def __init__(self, *args, **kwargs) -> None:
            trace_llm(anthropic)
            super().__init__(*args, **kwargs)

    class Anthropic(_Traced, Anthropic):
        """Every call of this client is traced, its usage recorded."""
