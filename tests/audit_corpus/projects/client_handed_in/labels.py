# ruff: noqa
def label(text: str, client) -> str | None:
    try:
        reply = client.messages.create(  # expect: PR008, PR011
            model="claude-haiku-4-5",
            max_tokens=16,
            messages=[{"role": "user", "content": f"Label this document: {text}"}],
        )
        return reply.content[0].text
    except Exception as error:  # expect: PR007
        print(f"could not label: {error}")
        return None
