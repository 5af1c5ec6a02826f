# ruff: noqa
"""The one client of the project, imported by name elsewhere."""

import anthropic

claude = anthropic.Anthropic(timeout=30, max_retries=2)
