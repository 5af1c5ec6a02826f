# ruff: noqa
"""A factory of clients that keep the SDK's default retries."""

from anthropic import Anthropic


def get_anthropic_client():
    return Anthropic(timeout=60)  # expect: PR001
