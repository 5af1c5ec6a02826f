# ruff: noqa
"""Held-out round 9 (a PR012 miss): the body's text goes to a client injected as a
Protocol, which appends it to the list it sends (`messages.append(...)`)."""

from fastapi import Depends, FastAPI, Request
from pydantic import BaseModel
from slowapi import Limiter
from slowapi.util import get_remote_address

from deps import chat_client
from interfaces import ChatClient

app = FastAPI()
limiter = Limiter(key_func=get_remote_address)


class Question(BaseModel):
    text: str


@app.post("/chat")
@limiter.limit("10/minute")
async def chat(request: Request, body: Question, llm: ChatClient = Depends(chat_client)) -> dict:
    return {"answer": await llm.reply(body.text)}
