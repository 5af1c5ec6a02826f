# ruff: noqa
from .base import Provider
from .claude import ClaudeProvider
