# ruff: noqa
"""A generator's body runs when it is iterated, not when it is called: the `try` around
`StreamingResponse(tokens(...))` catches nothing of the stream (held-out round 4). A caller
that iterates the generator inside its `try` does cover it."""

import anthropic
from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

client = anthropic.Anthropic(timeout=30, max_retries=2)
router = APIRouter()


async def per_user_rate_limit() -> None: ...


class Question(BaseModel):
    text: str = Field(max_length=2000)


def tokens(text: str):
    with client.messages.stream(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=512, messages=[{"role": "user", "content": text}]
    ) as stream:
        for piece in stream.text_stream:
            yield piece
        print(stream.get_final_message().usage)


@router.post("/stream", dependencies=[Depends(per_user_rate_limit)])
def stream_answer(question: Question):
    try:
        return StreamingResponse(tokens(question.text), media_type="text/plain")
    except anthropic.APIError:
        return {"answer": "The assistant is busy, please try again in a minute."}


def lines(text: str):
    with client.messages.stream(
        model="claude-haiku-4-5", max_tokens=512, messages=[{"role": "user", "content": text}]
    ) as stream:
        for piece in stream.text_stream:
            yield piece
        print(stream.get_final_message().usage)


def collected(text: str) -> str:
    """Iterated inside the try: its handler covers the stream."""
    try:
        return "".join(lines(text))
    except anthropic.APIError:
        return "The assistant is busy, please try again in a minute."
