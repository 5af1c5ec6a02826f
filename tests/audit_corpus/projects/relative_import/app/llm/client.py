# ruff: noqa
import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
