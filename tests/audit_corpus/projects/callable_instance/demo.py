# ruff: noqa
"""The caller: every call on the instance runs inside one broad handler."""

from chat import Chat


def main() -> None:
    try:
        chat = Chat()
        print(chat("What's the weather in Paris?").content[0].text)
        print(chat.ask_twice("And in Tokyo?"))
    except Exception as error:  # expect: PR007
        print(f"Error: {error}")
