# ruff: noqa
"""A command-line handler that prints the error's text and returns a non-zero exit status
tells the user (round 9 false positive); one that prints a fixed line and returns 0
still hides the failure."""

import json
import sys

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def classify(text: str) -> str:
    reply = client.messages.create(  # expect: PR011
        model="claude-haiku-4-5",
        max_tokens=50,
        messages=[{"role": "user", "content": "Label this text:\n" + text}],
    )
    print(reply.usage)
    return reply.content[0].text


def smoke(text: str) -> int:
    try:
        label = classify(text)
    except Exception as exc:
        print(json.dumps({"ok": False, "error": str(exc)}))
        return 1
    print(json.dumps({"ok": True, "label": label}))
    return 0


def quiet(text: str) -> int:
    try:
        label = classify(text)
    except Exception:  # expect: PR007
        print("classification skipped", file=sys.stderr)
        return 0
    print(label)
    return 0


if __name__ == "__main__":
    sys.exit(smoke(sys.argv[1]) or quiet(sys.argv[1]))
