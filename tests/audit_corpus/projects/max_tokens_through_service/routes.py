# ruff: noqa
"""Held-out round 7 (a PR005 miss): the route hands its body to a service, which takes
max_tokens from it with a default when absent (`body.max_tokens or DEFAULT`)."""

from fastapi import Depends, FastAPI

from schemas import ChatBody
from service import reply

app = FastAPI()


async def rate_limit() -> None: ...


@app.post("/chat", dependencies=[Depends(rate_limit)])
async def chat(body: ChatBody):
    return {"answer": await reply(body)}
