# ruff: noqa
"""Look-alikes that are not the anthropic SDK: nothing to report here."""

from twilio.rest import Client

sms = Client("account", "token")


def notify(number: str) -> None:
    sms.messages.create(to=number, from_="+15550100", body="Your order shipped")


def relay(client, prompt: str):
    return client.messages.create(messages=[{"role": "user", "content": prompt}])
