# ruff: noqa
"""A FastAPI prototype: validated and unvalidated bodies, limiter dependency or none."""

from typing import Annotated

import anthropic
from anthropic import APIError, AsyncAnthropic
from fastapi import Depends, FastAPI, Query
from pydantic import BaseModel, Field

app = FastAPI()
client = AsyncAnthropic(timeout=30.0, max_retries=2)
FALLBACK_ANSWER = "The assistant is busy; please try again in a minute."


class Ask(BaseModel):
    prompt: str = Field(max_length=8000)
    max_tokens: int = Field(default=1024, le=4096)


class Loose(BaseModel):
    prompt: str
    max_tokens: int


async def rate_limit_per_user(user_id: str) -> None: ...


@app.post("/ask")
async def ask(body: Ask, _: None = Depends(rate_limit_per_user)):
    try:
        message = await client.messages.create(
            model="claude-sonnet-5-5",
            max_tokens=body.max_tokens,
            messages=[{"role": "user", "content": body.prompt}],
        )
    except APIError:
        return {"answer": FALLBACK_ANSWER, "degraded": True}
    print(message.usage)
    return {"answer": message.content[0].text}


@app.post("/loose")
async def loose(body: Loose):  # expect: PR009
    try:
        message = await client.messages.create(  # expect: PR012
            model="claude-sonnet-5-5",
            max_tokens=body.max_tokens,  # expect: PR005
            messages=[{"role": "user", "content": body.prompt}],
        )
    except APIError:
        return {"answer": FALLBACK_ANSWER}
    print(message.usage)
    return {"answer": message.content[0].text}


@app.get("/quick")
async def quick(q: str, max_tokens: int = 256):  # expect: PR009
    try:
        message = await client.messages.create(  # expect: PR012
            model="claude-haiku-4-5",
            max_tokens=max_tokens,  # expect: PR005
            messages=[{"role": "user", "content": f"Answer briefly: {q}"}],
        )
    except APIError:
        return {"answer": FALLBACK_ANSWER}
    print(message.usage)
    return {"answer": message.content[0].text}


@app.get("/bounded")
async def bounded(q: Annotated[str, Query(max_length=500)], _: None = Depends(rate_limit_per_user)):
    try:
        message = await client.messages.create(
            model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": q}]
        )
    except APIError:
        return {"answer": FALLBACK_ANSWER}
    print(message.usage)
    return {"answer": message.content[0].text}


async def complete(prompt: str) -> str:
    try:
        message = await client.messages.create(  # expect: PR012
            model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": prompt}]
        )
    except anthropic.APIError:
        return FALLBACK_ANSWER
    print(message.usage)
    return message.content[0].text


async def registered(prompt: str):  # expect: PR009
    return {"answer": await complete(prompt)}


app.post("/v1/registered")(registered)
