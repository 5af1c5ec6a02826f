# ruff: noqa
from anthropic import Anthropic

client = Anthropic(timeout=30, max_retries=2)
