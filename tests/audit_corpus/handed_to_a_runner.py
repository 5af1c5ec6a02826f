# ruff: noqa
"""Messages API calls made by a runner the bound method is handed to: a thread or an
executor, directly or through a partial. Each runner call is a call site, with the
keywords given to it or bound by the partial (round 8: calls handed to `asyncio.to_thread`
were lost)."""

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor

import anthropic

client = anthropic.Anthropic(timeout=20, max_retries=2)
pool = ThreadPoolExecutor(max_workers=2)


async def in_a_thread(question: str) -> str:
    reply = await asyncio.to_thread(  # expect: PR006
        client.messages.create,
        model="claude-haiku-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": question}],
    )
    print(reply.usage)
    return reply.content[0].text


async def in_an_executor(question: str) -> str:
    loop = asyncio.get_running_loop()
    try:
        reply = await loop.run_in_executor(  # expect: PR008
            None,
            functools.partial(
                client.messages.create,
                model="claude-haiku-4-5",
                messages=[{"role": "user", "content": question}],
                max_tokens=400,
            ),
        )
    except anthropic.APIError:
        return "The assistant is busy; try again shortly."
    return reply.content[0].text


async def without_max_tokens(question: str) -> str:
    try:
        reply = await asyncio.to_thread(  # expect: PR003
            client.messages.create,
            model="claude-haiku-4-5",
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.APIError:
        return "The assistant is busy; try again shortly."
    print(reply.usage.output_tokens)
    return reply.content[0].text


def submitted(question: str) -> object:
    # An executor's future raises where its result is read, not here: no site.
    return pool.submit(client.messages.create, model="claude-haiku-4-5", max_tokens=50)


def not_a_runner(question: str) -> list[object]:
    # Handing the method to something that is no runner makes no call here.
    return [client.messages.create, question]
