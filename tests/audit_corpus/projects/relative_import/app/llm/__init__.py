# ruff: noqa
"""Re-exports the client, as packages often do."""

from .client import client as default_client
