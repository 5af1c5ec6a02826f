# ruff: noqa
"""Django views: `request` as the first parameter; django-ratelimit as the limiter."""

import anthropic
from django.http import JsonResponse
from django_ratelimit.decorators import ratelimit

client = anthropic.Anthropic(timeout=20, max_retries=1)
BUSY = "The assistant is busy; please try again in a minute."


def chat_view(request):  # expect: PR009
    prompt = request.POST["prompt"]
    try:
        message = client.messages.create(  # expect: PR012
            model="claude-sonnet-5-5",
            max_tokens=int(request.POST.get("max_tokens", 512)),  # expect: PR005
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError:
        return JsonResponse({"answer": BUSY})
    print(message.usage)
    return JsonResponse({"answer": message.content[0].text})


@ratelimit(key="user", rate="10/m")
def limited_view(request):
    prompt = clean_prompt(request.POST["prompt"])
    try:
        message = client.messages.create(
            model="claude-sonnet-5-5",
            max_tokens=512,
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError:
        return JsonResponse({"answer": BUSY})
    print(message.usage)
    return JsonResponse({"answer": message.content[0].text})


def clean_prompt(text: str) -> str:
    return text.strip()[:4000]


def helper(data):  # not a view: its first parameter is not `request`
    try:
        message = client.messages.create(model="m", max_tokens=256, messages=data)
    except anthropic.APIError:
        return BUSY
    print(message.usage)
    return message
