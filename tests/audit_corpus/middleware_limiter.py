# ruff: noqa
"""An HTTP middleware refuses a client past its budget with a 429 before any route runs:
every route of the app is rate limited (quiet file)."""

from anthropic import APIError, AsyncAnthropic
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

client = AsyncAnthropic(timeout=30.0, max_retries=2)
app = FastAPI()
buckets: dict[str, int] = {}


@app.middleware("http")
async def refuse_when_over_budget(request: Request, call_next):
    host = request.client.host if request.client else "unknown"
    buckets[host] = buckets.get(host, 0) + 1
    if buckets[host] > 60:
        return JSONResponse({"detail": "Too many requests"}, status_code=429)
    return await call_next(request)


class Question(BaseModel):
    text: str = Field(max_length=2000)


@app.post("/ask")
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
