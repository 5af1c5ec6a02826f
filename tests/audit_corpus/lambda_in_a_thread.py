# ruff: noqa
"""`await asyncio.to_thread(lambda: client.messages.create(...))` in a `try`: the lambda
runs in the thread and its error is raised at the await, inside the handler (round 10:
the `try` was not seen past the lambda, and its broad handler went unjudged)."""

import asyncio
import random

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
DONE = ["Done!", "All set!", "Got it!"]


async def confirmation(event: str) -> str:
    try:
        reply = await asyncio.to_thread(
            lambda: client.messages.create(
                model="claude-haiku-4-5",
                max_tokens=15,
                messages=[{"role": "user", "content": f"Confirm in three words: {event}"}],
            )
        )
        print(reply.usage)
        line = reply.content[0].text.strip()
    except Exception:  # expect: PR007
        line = random.choice(DONE)
    return line


async def unguarded(event: str) -> str:
    reply = await asyncio.get_running_loop().run_in_executor(
        None,
        lambda: client.messages.create(  # expect: PR006
            model="claude-haiku-4-5",
            max_tokens=15,
            messages=[{"role": "user", "content": event}],
        ),
    )
    print(reply.usage)
    return reply.content[0].text
