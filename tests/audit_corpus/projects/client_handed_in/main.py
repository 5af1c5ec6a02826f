# ruff: noqa
"""Held-out round 6 (a hidden call): the client is built here and handed to a service
module that never imports anthropic; its `client.messages.create(..., max_tokens=...)` is
found all the same. A Twilio-style `client.messages.create(to=..., body=...)` is not."""

import anthropic
from twilio.rest import Client as Sms

from labels import label
from notify import text_owner

claude = anthropic.Anthropic(timeout=30, max_retries=2)

if __name__ == "__main__":
    print(label("a lease agreement", claude))
    text_owner(Sms(), "+15550100", "labelled")
