# ruff: noqa
"""The calls on those clients: unpacked from the factory's tuple, iterated, and bound as a
closure's default argument."""

import anthropic

from providers import clients_to_try, get_client


def sample(provider: str, question: str) -> str:
    client, extra = get_client(provider)
    reply = client.messages.create(  # expect: PR003, PR006
        model="claude-haiku-4-5", messages=[{"role": "user", "content": question}], extra_body=extra
    )
    print(reply.usage)
    return reply.content[0].text


async def first_answer(question: str) -> str:
    for index, client in enumerate(clients_to_try()):

        async def attempt(_client=client):
            return await _client.messages.create(  # expect: PR006
                model="claude-haiku-4-5", max_tokens=64, messages=[{"role": "user", "content": question}]
            )

        reply = await attempt()
        print(index, reply.usage)
        return reply.content[0].text
    return ""
