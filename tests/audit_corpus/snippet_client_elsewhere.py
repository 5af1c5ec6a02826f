# ruff: noqa
"""An example file that leaves the client to the code it is pasted into: no import, no
assignment, a Messages API call with max_tokens on a name it never binds (round 10: the
call was not seen, as it already is in a notebook)."""

import base64

picture = base64.b64encode(b"...").decode("utf-8")
messages = [
    {
        "role": "user",
        "content": [
            {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": picture}},
            {"type": "text", "text": "Describe this image."},
        ],
    }
]

response = client.messages.create(  # expect: PR006, PR008
    model="claude-haiku-4-5", max_tokens=1024, messages=messages
)
print(response.content[0].text)
