"""A synthetic project for timing `prodready audit`: N modules that all reach the SDK.

Each module imports the shared client from `app/llm.py`, calls it directly, through a
helper, in a loop and from a route, with handlers of every kind, so every rule has work
to do on every file. Run it to time the audit:

    python tests/audit_synthetic.py [N]   # default 1000 modules

The audit's tests build a small one (`write_project(path, 4)`) and check every module's
calls are found through the imported client, with the same findings in each.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

CLIENT = """import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def get_client() -> anthropic.Anthropic:
    return client
"""

MODULE = """import logging

import anthropic
from fastapi import APIRouter

from app.llm import client, get_client
from app.m{other} import ask_{other}

router = APIRouter()
logger = logging.getLogger(__name__)
SYSTEM = "You answer questions about topic {index}."
MAX_TURNS = 8


def ask_{index}(prompt: str) -> str:
    reply = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=512,
        system=SYSTEM,
        messages=[{{"role": "user", "content": prompt}}],
    )
    print(reply.usage)
    return reply.content[0].text


def guarded_{index}(prompt: str) -> str:
    try:
        return ask_{index}(prompt)
    except anthropic.RateLimitError:
        return "busy"
    except Exception:
        logger.exception("failed")
        return ""


def agent_{index}(messages: list[dict]) -> list[dict]:
    for _ in range(MAX_TURNS):
        reply = get_client().messages.create(
            model="claude-haiku-4-5", max_tokens=1024, messages=messages, tools=[]
        )
        messages.append({{"role": "assistant", "content": reply.content}})
        if reply.stop_reason != "tool_use":
            break
    return messages


def stream_{index}(prompt: str):
    with client.messages.stream(
        model="claude-haiku-4-5", max_tokens=256, messages=[{{"role": "user", "content": prompt}}]
    ) as stream:
        yield from stream.text_stream


@router.post("/ask/{index}")
async def route_{index}(prompt: str) -> dict[str, str]:
    return {{"answer": guarded_{index}(prompt), "other": ask_{other}(prompt)}}


class Service{index}:
    def __init__(self) -> None:
        self.client = get_client()
        self.history: list[dict] = []

    def chat(self, text: str) -> str:
        self.history.append({{"role": "user", "content": text}})
        try:
            reply = self.client.messages.create(
                model="claude-haiku-4-5", max_tokens=512, messages=self.history
            )
        except anthropic.APIError as error:
            raise RuntimeError("upstream") from error
        return reply.content[0].text
"""


def write_project(root: Path, modules: int) -> Path:
    """`root/app/`: the client module and `modules` modules that all reach the SDK (each
    one also calls the next one's `ask_`, so the call graph crosses files); returns root."""
    package = root / "app"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("")
    (package / "llm.py").write_text(CLIENT)
    for index in range(modules):
        body = MODULE.format(index=index, other=(index + 1) % modules)
        (package / f"m{index}.py").write_text(body)
    return root


def main() -> None:
    from prodready.audit import audit

    modules = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as folder:
        root = write_project(Path(folder), modules)
        started, cpu = time.perf_counter(), time.process_time()
        result = audit([root], root=root)
        wall, own_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"{result.files} files, {result.call_sites} call sites, {len(result.findings)} findings: "
        f"{wall:.1f} s wall, {own_cpu:.1f} s CPU in this process"
    )


if __name__ == "__main__":
    main()
