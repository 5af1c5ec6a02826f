# ruff: noqa
"""Client construction (PR001) through import aliases, and a factory in the same module."""

import anthropic as a
import httpx
from anthropic import AnthropicBedrock, AsyncAnthropic
from anthropic import Anthropic as C

bare = C()  # expect: PR001
only_timeout = a.Anthropic(timeout=30.0)  # expect: PR001
bedrock = AnthropicBedrock(aws_region="us-east-1")  # expect: PR001
explicit = AsyncAnthropic(timeout=httpx.Timeout(30, connect=5), max_retries=3)
from_options = C(**{"timeout": 10, "max_retries": 1})  # settings may come from **kwargs


class NotTheSdk:
    def Anthropic(self) -> None: ...


other = NotTheSdk().Anthropic()  # not anthropic's


def make_client() -> C:
    return C(timeout=20, max_retries=0)


def ask(prompt: str) -> str:
    client = make_client()
    try:
        message = client.messages.create(
            model="claude-sonnet-5-5",
            max_tokens=512,
            messages=[{"role": "user", "content": prompt}],
        )
    except a.APIError:
        return "The assistant is busy; please try again in a minute."
    print(message.usage)
    return message.content[0].text


def summarize(text: str):
    return make_client().messages.create(  # expect: PR003, PR006
        model="claude-haiku-4-5",
        messages=[{"role": "user", "content": text}],
    )


# Read, so each is a client the module offers (one nothing reads is a leftover, not judged).
CHOICES = {"bare": bare, "timeout": only_timeout, "bedrock": bedrock, "explicit": explicit}
