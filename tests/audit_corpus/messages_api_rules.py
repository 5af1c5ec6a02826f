# ruff: noqa
"""Rules that follow the Messages API: retiring models (PR013), large system prompts without
caching (PR014), streams read outside the error handling (PR015), max_tokens from an
unbounded parameter (PR016), tool loops with no bound (PR017). Near misses alongside."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
CANNED = "The assistant is busy; please try again in a minute."
OLD_MODEL = "claude-sonnet-4-5"  # expect: PR013
DATED_ALIAS = "claude-opus-4-5-20251101"  # expect: PR013
CURRENT = "claude-sonnet-5-5"
SYSTEM_PROMPT = "You are the support assistant of a bookshop. " * 100  # ~4,500 characters
SHORT_PROMPT = "You are terse."
MAX_TURNS = 8


def uncached(question: str) -> str:
    try:
        reply = client.messages.create(
            model=CURRENT,
            max_tokens=512,
            system=SYSTEM_PROMPT,  # expect: PR014
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.APIError:
        return CANNED
    print(reply.usage)
    return reply.content[0].text


def cached_or_short(question: str) -> str:
    try:
        first = client.messages.create(
            model=CURRENT,
            max_tokens=512,
            system=[
                {"type": "text", "text": SYSTEM_PROMPT, "cache_control": {"type": "ephemeral"}}
            ],
            messages=[{"role": "user", "content": question}],
        )
        second = client.messages.create(
            model=CURRENT, max_tokens=512, system=SHORT_PROMPT, messages=first.content
        )
    except anthropic.APIError:
        return CANNED
    print(first.usage, second.usage)
    return second.content[0].text


def stream_read_outside_the_try(question: str):
    try:
        stream = client.messages.create(
            model=CURRENT,
            max_tokens=512,
            stream=True,
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.APIError:
        yield CANNED
        return
    for event in stream:  # expect: PR015
        if event.type == "message_delta":
            print(event.usage)
        yield event


def stream_read_inside_the_try(question: str):
    try:
        with client.messages.stream(
            model=CURRENT, max_tokens=512, messages=[{"role": "user", "content": question}]
        ) as stream:
            for text in stream.text_stream:
                yield text
            print(stream.get_final_message().usage)
    except anthropic.APIError:
        yield CANNED


def complete(prompt: str, max_tokens: int) -> str:
    try:
        reply = client.messages.create(
            model=CURRENT,
            max_tokens=max_tokens,  # expect: PR016
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError:
        return CANNED
    print(reply.usage)
    return reply.content[0].text


def complete_clamped(prompt: str, max_tokens: int) -> str:
    try:
        reply = client.messages.create(
            model=CURRENT,
            max_tokens=min(max_tokens, 2048),
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError:
        return CANNED
    print(reply.usage)
    return reply.content[0].text


def callers(job: dict) -> list[str]:
    return [
        complete(job["prompt"], job["max_tokens"]),
        complete(job["prompt"], 512),
        complete_clamped(job["prompt"], job["max_tokens"]),
    ]


def run_tool(block) -> str: ...


def agent_unbounded(messages: list) -> str:
    while True:  # expect: PR017
        try:
            reply = client.messages.create(
                model=CURRENT, max_tokens=1024, messages=messages, tools=[]
            )
        except anthropic.APIError:
            return CANNED
        print(reply.usage)
        if reply.stop_reason != "tool_use":
            return reply.content[0].text
        results = [run_tool(b) for b in reply.content if b.type == "tool_use"]
        messages += [{"role": "assistant", "content": reply.content}, {"role": "user", "content": results}]


def agent_bounded(messages: list) -> str:
    turns = 0
    while True:
        turns += 1
        if turns > MAX_TURNS:
            return "Stopped after too many tool calls."
        try:
            reply = client.messages.create(
                model=CURRENT, max_tokens=1024, messages=messages, tools=[]
            )
        except anthropic.APIError:
            return CANNED
        print(reply.usage)
        if reply.stop_reason != "tool_use":
            return reply.content[0].text
        messages += [{"role": "assistant", "content": reply.content}]


def agent_for_range(messages: list) -> str:
    for _ in range(MAX_TURNS):
        try:
            reply = client.messages.create(
                model=CURRENT, max_tokens=1024, messages=messages, tools=[]
            )
        except anthropic.APIError:
            return CANNED
        print(reply.usage)
        if reply.stop_reason != "tool_use":
            return reply.content[0].text
        messages += [{"role": "assistant", "content": reply.content}]
    return "Stopped after too many tool calls."
