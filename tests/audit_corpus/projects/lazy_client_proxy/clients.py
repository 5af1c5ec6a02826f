# ruff: noqa
"""A client proxy built on first use (round 10: 29 calls of one project were invisible).
`client` is an instance of the project's class; its `messages` property and its
`__getattr__` hand on a global client made the first time either is read."""

import anthropic

_shared = None


class _OnFirstUse:
    def _build(self):
        global _shared
        if _shared is None:
            _shared = anthropic.Anthropic(timeout=20)  # expect: PR001
        return _shared

    def __getattr__(self, name):
        return getattr(self._build(), name)

    @property
    def messages(self):
        return self._build().messages


class _Forwarder:
    """Only `__getattr__` forwards: `assistant.messages` still reaches the client."""

    def __init__(self) -> None:
        self._inner = anthropic.Anthropic(timeout=20, max_retries=2)

    def __getattr__(self, name):
        return getattr(self._inner, name)


client = _OnFirstUse()
assistant = _Forwarder()
