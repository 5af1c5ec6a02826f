# ruff: noqa
"""Round 8's false positives, in new code: a handler that hands the loop the text it
already had, a caller that keeps its own score when the model gives none, max_tokens set
from a literal by every caller, and a prompt loaded from the database by a request's id.
None of them is a finding (the view's missing rate limit is)."""

import json

import anthropic
from django.http import JsonResponse

from notes.models import Page

client = anthropic.Anthropic(timeout=30, max_retries=2)
SHORT_REPLY = 300


def polish_captions(captions: list[dict]) -> list[dict]:
    polished = []
    for caption in captions:
        try:
            reply = client.messages.create(
                model="claude-haiku-4-5",
                max_tokens=500,
                messages=[{"role": "user", "content": f"Polish: {caption['text']}"}],
            )
            print(reply.usage)
            text = reply.content[0].text
        except anthropic.APIError as error:
            print(f"kept the caption as it was: {error}")
            text = caption["text"]
        polished.append({**caption, "text": text})
    return polished


def rank_with_model(resume: str, posting: str) -> dict | None:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=400,
            messages=[{"role": "user", "content": f"Score 0-100:\n{resume}\n---\n{posting}"}],
        )
        print(reply.usage)
        return {"score": int(reply.content[0].text.strip())}
    except (anthropic.APIError, ValueError) as error:
        print(f"no model score: {error}")
        return None


def rank(resume: str, posting: str) -> dict:
    result = {"score": len(set(resume.split()) & set(posting.split()))}
    ranked = rank_with_model(resume, posting)
    if ranked:
        result.update(ranked)
    return result


def complete(prompt: str, budget: int) -> str:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=budget,
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError:
        return "The writer is resting; try again in a minute."
    print(reply.usage)
    return reply.content[0].text


def outline(topic: str) -> str:
    budget = 2000
    return complete(f"Outline {topic}", budget)


def teaser(topic: str) -> str:
    return complete(f"A teaser for {topic}", SHORT_REPLY)


def summarize_page(request):  # expect: PR009
    data = json.loads(request.body)
    page = Page.objects.get(owner=request.user, id=data.get("id"))
    return JsonResponse({"summary": complete(f"Summarize:\n{page.text}", 800)})
