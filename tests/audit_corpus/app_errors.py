# ruff: noqa
"""SDK errors mapped once by the app (no PR006), but only to an error: no fallback (PR011)."""

from anthropic import APIError, AsyncAnthropic
from fastapi import FastAPI
from fastapi.responses import JSONResponse

client = AsyncAnthropic(timeout=30, max_retries=2)


async def upstream_failed(request, exc):
    return JSONResponse({"detail": "upstream unavailable"}, status_code=503)


app = FastAPI(exception_handlers={APIError: upstream_failed})


async def answer(prompt: str) -> str:
    message = await client.messages.create(  # expect: PR011
        model="claude-sonnet-5-5", max_tokens=400, messages=[{"role": "user", "content": prompt}]
    )
    print(message.usage)
    return message.content[0].text
