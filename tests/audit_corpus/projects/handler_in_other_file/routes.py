# ruff: noqa
"""Routes that reach the SDK through the service module: one with a limiter, one without."""

from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field

import service

app = FastAPI()


class Ask(BaseModel):
    prompt: str = Field(max_length=4000)


async def rate_limit(user: str = "") -> None: ...


@app.post("/ask")
async def ask(body: Ask):  # expect: PR009
    return {"answer": await service.complete(body.prompt)}


@app.post("/ask-limited", dependencies=[Depends(rate_limit)])
async def ask_limited(body: Ask):
    return {"answer": await service.complete(body.prompt)}


@app.get("/health")
async def health():
    return {"ok": True}
