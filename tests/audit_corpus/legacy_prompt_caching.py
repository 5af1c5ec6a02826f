# ruff: noqa
"""The legacy prompt-caching beta namespace, `client.beta.prompt_caching.messages`, is the
Messages API like `client.beta.messages` (round 11: the call was not seen, so none of its
gaps were reported)."""

import anthropic
from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()
SYSTEM = [{"type": "text", "text": "You answer questions about the shop.", "cache_control": {"type": "ephemeral"}}]


class Question(BaseModel):
    text: str = Field(max_length=2000)


class ShopAssistant:
    def __init__(self) -> None:
        self.llm = anthropic.Anthropic(timeout=30, max_retries=2)

    def answer(self, text: str) -> dict:
        try:
            reply = self.llm.beta.prompt_caching.messages.create(  # expect: PR008, PR011
                model="claude-haiku-4-5",
                max_tokens=400,
                system=SYSTEM,
                messages=[{"role": "user", "content": text}],
            )
            return {"answer": reply.content[0].text}
        except Exception as e:  # expect: PR007
            print(f"chat failed: {e}")
            return None

    def stream(self, text: str):
        with self.llm.beta.prompt_caching.messages.stream(  # expect: PR006
            model="claude-haiku-4-5",
            max_tokens=400,
            system=SYSTEM,
            messages=[{"role": "user", "content": text}],
        ) as events:
            yield from events.text_stream
            print(events.get_final_message().usage)


assistant = ShopAssistant()


@app.post("/chat")
def chat(question: Question):  # expect: PR009
    return assistant.answer(question.text)
