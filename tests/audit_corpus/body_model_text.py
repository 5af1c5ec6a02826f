# ruff: noqa
"""A FastAPI body model whose text field has no bound: pydantic checks that it is a
string, not what it says or how long it is (round 8 miss). A bound, a validator, or a
check in the handler that rejects the request each count as validation."""

from anthropic import APIError, AsyncAnthropic
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field, field_validator

app = FastAPI()
client = AsyncAnthropic(timeout=30.0, max_retries=2)


async def per_user_limit() -> None: ...


class Chat(BaseModel):
    message: str
    tone: str | None = None


class BoundedChat(BaseModel):
    message: str = Field(min_length=1, max_length=4000)


class CheckedChat(BaseModel):
    message: str

    @field_validator("message")
    @classmethod
    def short(cls, value: str) -> str:
        if len(value) > 4000:
            raise ValueError("too long")
        return value


async def ask(text: str) -> str:
    try:
        reply = await client.messages.create(
            model="claude-haiku-4-5", max_tokens=300, messages=[{"role": "user", "content": text}]
        )
    except APIError:
        return "The assistant is busy; try again in a minute."
    print(reply.usage)
    return reply.content[0].text


@app.post("/chat")
async def chat(body: Chat, limit: None = per_user_limit()) -> dict[str, str]:
    try:
        reply = await client.messages.create(  # expect: PR012
            model="claude-haiku-4-5",
            max_tokens=300,
            messages=[{"role": "user", "content": body.message}],
        )
    except APIError:
        return {"reply": "The assistant is busy; try again in a minute."}
    print(reply.usage)
    return {"reply": reply.content[0].text}


@app.post("/bounded")
async def bounded(body: BoundedChat, limit: None = per_user_limit()) -> dict[str, str]:
    return {"reply": await ask(body.message)}


@app.post("/checked")
async def checked(body: CheckedChat, limit: None = per_user_limit()) -> dict[str, str]:
    return {"reply": await ask(body.message)}


@app.post("/guarded")
async def guarded(body: Chat, limit: None = per_user_limit()) -> dict[str, str]:
    if len(body.message) > 4000:
        raise HTTPException(status_code=422, detail="Too long.")
    return {"reply": await ask(body.message)}
