# ruff: noqa
import anthropic
import weave

client = anthropic.Anthropic(timeout=30, max_retries=2)


@weave.op()
def ask(question: str):
    try:
        return client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=256,
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.APIError:
        return "The assistant is busy."


def ask_untraced(question: str):
    try:
        return client.messages.create(  # expect: PR008
            model="claude-haiku-4-5",
            max_tokens=256,
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.APIError:
        return "The assistant is busy."


@weave.op()
def chat_turn(question: str) -> str:
    """The op returns text, not the Message: nothing records the call's usage."""
    try:
        reply = client.messages.create(  # expect: PR008
            model="claude-haiku-4-5",
            max_tokens=256,
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.APIError:
        return "The assistant is busy."
    return reply.content[0].text
