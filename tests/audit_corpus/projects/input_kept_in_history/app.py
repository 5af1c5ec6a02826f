# ruff: noqa
"""Held-out round 9 (a PR012 miss): the object comes back inside a tuple and the body's
text is appended to the turns it keeps on `self` before they are sent."""

from fastapi import FastAPI, Request
from pydantic import BaseModel
from slowapi import Limiter
from slowapi.util import get_remote_address

from registry import registry

app = FastAPI()
limiter = Limiter(key_func=get_remote_address)


class Turn(BaseModel):
    user: str
    text: str


@app.post("/say")
@limiter.limit("10/minute")
def say(request: Request, turn: Turn) -> dict:
    conversation, state = registry.pick(turn.user)
    return {"state": state, "answer": conversation.say(turn.text)}
