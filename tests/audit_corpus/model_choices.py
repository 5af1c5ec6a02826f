# ruff: noqa
"""The models a user may pick, in a settings or UI module that never imports the SDK:
still read for retired and retiring ids (PR013)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    label: str
    value: str


MODEL_CHOICES = [
    Choice("Sonnet 5.5", "claude-sonnet-5-5"),
    Choice("Sonnet 4.5", "claude-sonnet-4-5"),  # expect: PR013
]
