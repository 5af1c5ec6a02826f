# ruff: noqa
def text_owner(client, to: str, body: str) -> None:
    client.messages.create(to=to, from_="+15550199", body=body)
