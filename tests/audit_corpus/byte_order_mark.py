# ruff: noqa
"""Saved by an editor that writes a UTF-8 byte order mark first (round 10: the file was
skipped as "invalid non-printable character U+FEFF" and its call was lost)."""

import anthropic

client = anthropic.Anthropic()  # expect: PR001
reply = client.messages.create(  # expect: PR003, PR006
    model="claude-haiku-4-5", messages=[{"role": "user", "content": "Hello"}]
)
print(reply.content[0].text)  # a script: the usage below is read
print(reply.usage)
