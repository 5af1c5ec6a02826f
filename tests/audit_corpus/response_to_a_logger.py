# ruff: noqa
"""A whole response handed to a logger's method (`logger.info(reply)`) is written out with
its usage (round 9 false positive); a logger given only the text is not."""

import logging

import anthropic

if __name__ == "__main__":
    logger = logging.getLogger(__name__)
    client = anthropic.Anthropic(timeout=30, max_retries=2)
    try:
        reply = client.messages.create(  # expect: PR011
            model="claude-haiku-4-5",
            max_tokens=300,
            messages=[{"role": "user", "content": "Introduce yourself."}],
        )
        logger.info(reply)
        second = client.messages.create(  # expect: PR008, PR011
            model="claude-haiku-4-5",
            max_tokens=300,
            messages=[{"role": "user", "content": "And again, shorter."}],
        )
        logger.info(second.content[0].text)
    except anthropic.APIError as exc:
        logger.error("The model failed: %s", exc)
        raise SystemExit(1)
