# ruff: noqa
"""A broad handler that answers with a fixed apology ("Sorry, ... please try again") sends
a static message as the reply: a static answer (no PR011), whether it returns the sentence
or adds it to the answer it goes on building (round 11: two sibling handlers got different
verdicts). Text opening with "Error" is the failure told as the answer: still PR011."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
history: list[dict] = []


def run_tool(name: str, arguments: dict) -> str:
    return f"{name} done"


def reply_to(user_text: str) -> str:
    history.append({"role": "user", "content": user_text})
    try:
        first = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=1000,
            messages=history,
        )
        print(first.usage)
    except Exception as problem:  # expect: PR007
        print(f"call failed: {problem}")
        return "Sorry, the assistant could not be reached just now. Please try again."

    answer = ""
    for block in first.content:
        if block.type == "text":
            answer += block.text
        elif block.type == "tool_use":
            history.append({"role": "user", "content": run_tool(block.name, block.input)})
            try:
                follow_up = client.messages.create(
                    model="claude-haiku-4-5",
                    max_tokens=1000,
                    messages=history,
                )
                print(follow_up.usage)
                answer += follow_up.content[0].text
            except Exception as problem:  # expect: PR007
                print(f"follow-up failed: {problem}")
                answer += "\nSorry, the tool's result could not be summarised. Please try again."
    return answer


def summarise_tools(blocks: list) -> str:
    answer = ""
    for block in blocks:
        history.append({"role": "user", "content": run_tool(block.name, block.input)})
        try:
            follow_up = client.messages.create(  # expect: PR011
                model="claude-haiku-4-5",
                max_tokens=1000,
                messages=history,
            )
            print(follow_up.usage)
            answer += follow_up.content[0].text
        except Exception as problem:  # expect: PR007
            print(problem)
            answer += "\nError: the tool's result could not be summarised."
    return answer
