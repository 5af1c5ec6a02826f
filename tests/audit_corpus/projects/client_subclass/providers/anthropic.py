# ruff: noqa
"""A provider adapter named like the SDK: `anthropic` in an import still means the SDK."""

import anthropic

PROVIDER = anthropic.__name__
