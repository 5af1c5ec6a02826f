# ruff: noqa
"""Held-out round 7 (PR007 false positives): an inner handler that catches the SDK's errors
and goes on (returns an error result, falls back to another provider) is the one that
handles them; the broad `except` further out never sees an SDK error and is not judged."""

import logging

import anthropic

logger = logging.getLogger(__name__)
client = anthropic.Anthropic(timeout=30, max_retries=2)


def rewrite_section(text: str) -> dict:
    try:
        reply = client.messages.create(  # expect: PR011
            model="claude-haiku-4-5",
            max_tokens=1024,
            messages=[{"role": "user", "content": f"Rewrite: {text}"}],
        )
        logger.info("tokens: %s", reply.usage.output_tokens)
        return {"success": True, "content": reply.content[0].text}
    except Exception as error:
        return {"success": False, "error": str(error)}


def rewrite_endpoint(payload: dict) -> tuple[dict, int]:
    try:
        result = rewrite_section(payload["text"])
        return result, 200 if result["success"] else 500
    except Exception as error:  # KeyError and friends: not an SDK error, never swallowed here
        return {"error": str(error)}, 500


def tokens_from_claude(question: str):
    try:
        with client.messages.stream(
            model="claude-haiku-4-5",
            max_tokens=512,
            messages=[{"role": "user", "content": question}],
        ) as stream:
            for text in stream.text_stream:
                yield text
            print(stream.get_final_message().usage)
        return
    except Exception as error:  # expect: PR007
        logger.warning("Claude failed (%s), answering from the local model", error)
        yield from local_fallback(question)


def local_fallback(question: str):
    yield f"(offline) {question}"


def answer_live(question: str) -> str:
    try:
        return "".join(tokens_from_claude(question))
    except Exception:
        logger.exception("answer failed")
        return ""
