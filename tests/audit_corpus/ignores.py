# ruff: noqa
"""`# prodready: ignore[RULE]` suppresses exactly the named rules on its line."""

from anthropic import Anthropic

suppressed = Anthropic()  # prodready: ignore[PR001]
several = Anthropic(api_key="sk-ant-test")  # prodready: ignore[PR001, PR010]
other_rule = Anthropic()  # prodready: ignore[PR002]  # expect: PR001
partly = Anthropic(api_key="sk-ant-test")  # prodready: ignore[PR010]  # expect: PR001
