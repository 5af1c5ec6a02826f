# ruff: noqa
"""Tool loops that reach the model through helpers.chat: one unbounded, one bounded, and a
chat loop driven by the user (no tools: not a tool loop)."""

from helpers import chat

MAX_TURNS = 8


def run_tool(name: str, arguments: dict) -> str: ...


def run_tools(reply) -> list[dict]:
    return [
        {"type": "tool_result", "tool_use_id": block.id, "content": run_tool(block.name, block.input)}
        for block in reply.content
        if block.type == "tool_use"
    ]


def run_conversation(messages: list[dict], tools: list[dict]) -> list[dict]:
    while True:  # expect: PR017
        reply = chat(messages, tools)
        messages.append({"role": "assistant", "content": reply.content})
        if reply.stop_reason != "tool_use":
            break
        messages.append({"role": "user", "content": run_tools(reply)})
    return messages


def run_bounded(messages: list[dict], tools: list[dict]) -> list[dict]:
    for _ in range(MAX_TURNS):
        reply = chat(messages, tools)
        messages.append({"role": "assistant", "content": reply.content})
        if reply.stop_reason != "tool_use":
            break
        messages.append({"role": "user", "content": run_tools(reply)})
    return messages


def repl() -> None:
    messages: list[dict] = []
    while True:
        messages.append({"role": "user", "content": input("> ")})
        reply = chat(messages)
        print(reply.content[0].text)
