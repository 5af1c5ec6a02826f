# ruff: noqa
"""Key-shaped placeholders made of words, one of them a placeholder word, are not keys
(round 11: a test set the first kind in the environment, PR010 said a key was leaked). A
random-looking part (digits, case mixed inside a word) makes it a key again."""

import os

from anthropic import Anthropic

DUMMY = "sk-ant-api03-dummy_key_for_testing_purposes_only"
YOURS = "sk-ant-api03-your-anthropic-api-key-goes-here"
TITLED = "sk-ant-api03-Example-Key-For-The-Documentation"
MASKED = "sk-ant-api03-xxxxxxxx-xxxxxxxx-xxxxxxxx"
os.environ["ANTHROPIC_API_KEY"] = "sk-ant-api03-fake_key_for_the_unit_tests"
template = Anthropic(api_key="sk-ant-api03-your_key_here", timeout=30, max_retries=2)
MIXED = "sk-ant-api03-test_Zq3xV9mT2kR7wP4nL8sD1fH6jB0c"  # expect: PR010
