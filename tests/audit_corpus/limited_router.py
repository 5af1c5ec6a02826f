# ruff: noqa
"""Every route behind a router-level limiter dependency: no PR009 on any of them."""

from anthropic import APIError, AsyncAnthropic
from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

client = AsyncAnthropic(timeout=30.0, max_retries=2)


async def per_user_rate_limit() -> None: ...


router = APIRouter(dependencies=[Depends(per_user_rate_limit)])


class Question(BaseModel):
    text: str = Field(max_length=4000)


@router.post("/ask")
async def ask(question: Question):
    try:
        message = await client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=256,
            messages=[{"role": "user", "content": question.text}],
        )
    except APIError:
        return {"answer": "Please try again in a minute."}
    print(message.usage)
    return {"answer": message.content[0].text}
