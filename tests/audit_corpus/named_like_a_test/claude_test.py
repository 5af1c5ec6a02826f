# ruff: noqa
"""Named like a test, but a script trying the API out (round 10: skipped as a test file,
its call and its key left unaudited). No test function, no pytest, no unittest."""

import anthropic

KEY = "sk-ant-api03-Zq3xV9mT2kR7wP4nL8sD1fH6jB0cY5gA-notarealkeyatall"  # expect: PR010

client = anthropic.Anthropic(api_key=KEY)  # expect: PR001
message = client.messages.create(  # expect: PR003, PR006, PR008
    model="claude-haiku-4-5", messages=[{"role": "user", "content": "Say hello."}]
)
print(message.content[0].text)
