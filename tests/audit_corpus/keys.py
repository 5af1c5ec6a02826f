# ruff: noqa
"""API keys in source (PR010) and look-alikes that are not keys."""

import os

from anthropic import Anthropic

PLACEHOLDER = "sk-ant-api03-..."  # too short to be a key: documentation
LEAKED = "sk-ant-api03-EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE-notreal"  # expect: PR010
ADMIN = "sk-ant-admin01-EXAMPLEEXAMPLEEXAMPLEEXAMPLE_notreal"  # expect: PR010
NOTE = "keys start with sk-ant- and live in ANTHROPIC_API_KEY"

literal = Anthropic(api_key="sk-ant-test", timeout=30, max_retries=2)  # expect: PR010
from_env = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"], timeout=30, max_retries=2)
not_a_key = Anthropic(api_key="", timeout=30, max_retries=2)
