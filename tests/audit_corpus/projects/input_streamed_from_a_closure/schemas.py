# ruff: noqa
"""The request's body: `document` is text of any length (no max_length, no validator)."""

from pydantic import BaseModel


class EditRequest(BaseModel):
    instruction: str
    document: str
