# ruff: noqa
"""The request body: max_tokens must be positive, and nothing bounds it from above."""

from pydantic import BaseModel, Field


class Turn(BaseModel):
    role: str = Field(pattern="^(user|assistant)$")
    content: str = Field(max_length=8000)


class ChatBody(BaseModel):
    turns: list[Turn] = Field(max_length=40)
    max_tokens: int | None = Field(default=None, gt=0)
