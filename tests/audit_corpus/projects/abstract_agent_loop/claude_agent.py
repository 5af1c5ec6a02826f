# ruff: noqa
"""The subclass's step: one Messages API call with tools, and the tools it asked for."""

import queue

import anthropic

from agent_base import Agent, Finished

TOOLS = [{"name": "finish", "description": "End the task.", "input_schema": {"type": "object"}}]


class ClaudeAgent(Agent):
    def __init__(self, client: anthropic.Anthropic) -> None:
        super().__init__()
        self.client = client

    def step(self) -> None:
        reply = self.client.messages.create(  # expect: PR006
            model="claude-haiku-4-5", max_tokens=800, messages=self.history, tools=TOOLS
        )
        print(reply.usage)
        self.history.append({"role": "assistant", "content": reply.content})
        for block in reply.content:
            if block.type == "tool_use" and block.name == "finish":
                raise Finished("done")


def serve(agent: ClaudeAgent, inbox: "queue.Queue[str]") -> None:
    """A loop that waits for the next request serves them: no tool loop, though each run
    sends tools."""
    while True:
        agent.run(inbox.get())
