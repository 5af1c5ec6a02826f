# ruff: noqa
"""The route hands the body's fields to the service from a closure it streams (round 10:
the input was not followed out of the nested function)."""

import json

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from editor import stream_edit
from schemas import EditRequest

router = APIRouter()


@router.post("/edit")
async def edit(request: EditRequest):  # expect: PR009
    def events():
        try:
            for chunk in stream_edit(request.instruction, request.document):
                yield f"data: {json.dumps({'type': 'text', 'content': chunk})}\n\n"
        except Exception as error:
            yield f"data: {json.dumps({'type': 'error', 'content': str(error)})}\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")
