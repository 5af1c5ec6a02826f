# ruff: noqa
"""False positives of held-out round 3 (whole public projects): each of these is fine and
must stay quiet. Written here to reproduce the patterns; no third-party code."""

import anthropic
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

client = anthropic.Anthropic(timeout=30, max_retries=2)
app = FastAPI()
MAX_TURNS = 8
MESSAGES_PER_USER = 40
sent: dict[str, int] = {}


class Question(BaseModel):
    user: str
    text: str


@app.post("/chat")
def chat(question: Question) -> dict[str, str]:
    """A per-user quota checked in the handler: past it, the handler answers 429."""
    sent[question.user] = sent.get(question.user, 0) + 1
    if sent[question.user] > MESSAGES_PER_USER:
        raise HTTPException(status_code=429, detail="Message limit reached.")
    if len(question.text) > 2000:
        raise HTTPException(status_code=422, detail="Too long.")
    return {"answer": ask(question.text[:2000])["answer"]}


def suggest_queries(topic: str) -> list[str]:
    """The handler logs and falls through to the function's own answer: no queries, so
    the search goes on without them (a degraded answer, not an error)."""
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=150,
            messages=[{"role": "user", "content": f"Three search queries for {topic}"}],
        )
        print(reply.usage)
        return reply.content[0].text.splitlines()[:3]
    except anthropic.APIError as error:
        print(f"query generation failed: {error}")
    return []


def ask(text: str) -> dict[str, object]:
    """A tool loop bounded by MAX_TURNS."""
    messages = [{"role": "user", "content": text}]
    for turn in range(MAX_TURNS):
        try:
            reply = client.messages.create(
                model="claude-haiku-4-5", max_tokens=512, messages=messages, tools=[]
            )
        except anthropic.APIError:
            return {"answer": "The assistant is unavailable, try again later.", "tool_calls": turn}
        print(reply.usage)
        if reply.stop_reason != "tool_use":
            return {"answer": reply.content[0].text, "tool_calls": turn}
        messages.append({"role": "assistant", "content": reply.content})
    return {"answer": "Stopped after too many tool calls.", "tool_calls": MAX_TURNS}


def repl() -> None:
    """An interactive loop: each turn waits for the user's input; the tool loop is ask()'s."""
    while True:
        try:
            line = input("> ").strip()
        except EOFError:
            break
        if line == "quit":
            break
        result = ask(line)
        print(result["answer"], f"[tool calls: {result['tool_calls']}]")
