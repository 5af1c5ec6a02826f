# ruff: noqa
"""A factory returning (client, extra options), a platform client class the list of known
names does not hold, and a list of clients tried in turn."""

from anthropic import AnthropicBedrock, AsyncAnthropic
from anthropic import AnthropicAWS  # a platform client, named like the SDK's others


def get_client(provider: str) -> tuple[AnthropicBedrock | AnthropicAWS, dict[str, str]]:
    if provider == "bedrock":
        return AnthropicBedrock(aws_region="us-west-2", timeout=30, max_retries=2), {}
    return AnthropicAWS(timeout=30, max_retries=2), {"beta": "x"}


def clients_to_try() -> list[AsyncAnthropic]:
    return [AsyncAnthropic(timeout=30, max_retries=0), AsyncAnthropic(timeout=60, max_retries=0)]
