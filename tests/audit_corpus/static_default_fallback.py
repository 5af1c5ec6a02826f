# ruff: noqa
"""Held-out round 6 (F3): a handler that stores a static default answer in the result and
goes on degrades (no PR011); storing the error itself is no answer (PR011)."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def classify_all(documents: dict[str, str]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for name, text in documents.items():
        try:
            reply = client.messages.create(
                model="claude-haiku-4-5",
                max_tokens=16,
                messages=[{"role": "user", "content": f"Label this document: {text}"}],
            )
            print(reply.usage)
            labels[name] = reply.content[0].text.strip()
        except Exception as error:  # expect: PR007
            print(f"could not label {name}: {error}; using 'Other'")
            labels[name] = "Other"
    return labels


def summarize_all(documents: dict[str, str]) -> dict[str, dict[str, str]]:
    summaries: dict[str, dict[str, str]] = {}
    for name, text in documents.items():
        try:
            reply = client.messages.create(  # expect: PR011
                model="claude-haiku-4-5",
                max_tokens=256,
                messages=[{"role": "user", "content": f"Summarize: {text}"}],
            )
            print(reply.usage)
            summaries[name] = {"summary": reply.content[0].text}
        except anthropic.APIError as error:
            summaries[name] = {"error": str(error)}
    return summaries
