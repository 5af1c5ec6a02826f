"""The questions declared in copier.yml, read so `prodready` never restates them.

copier.yml is the one question source: `prodready new` asks the planning questions
with the same help, defaults, choices and limits, then hands the answers to copier.
Help, defaults and validators are Jinja; they are rendered as copier renders them, with
the answers so far and the computed values (`when: false`) that follow from them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import yaml
from jinja2 import Template, meta
from jinja2.sandbox import SandboxedEnvironment

from .source import template_root

PLANNING_KEYS = (
    "domain",
    "requests_per_day",
    "peak_requests_per_minute",
    "input_tokens_per_request",
    "output_tokens_per_request",
    "monthly_budget_usd",
)


class AnswerError(ValueError):
    """An answer that cannot be used; the message tells the user what to type."""


@dataclass(frozen=True)
class Question:
    key: str
    type: str
    help: str
    default: Any
    choices: Mapping[str, Any]  # label -> stored value; empty when free-form
    validator: str | None = None  # copier's Jinja validator: renders to an error or nothing
    # The answers given before this question, as `given` bound them (empty: none yet).
    answers: Mapping[str, Any] = field(default_factory=dict)

    def given(self, answers: Mapping[str, Any]) -> Question:
        """This question as copier asks it after `answers`: help and default rendered."""
        context = render_context(answers)
        default = self.default
        if isinstance(default, str) and "{" in default:
            default = self.parse(_template(default).render(context))
        help_text = _template(self.help).render(context).strip()
        return replace(self, help=help_text, default=default, answers=dict(answers))

    def validate(self, value: Any) -> str | None:
        """Run copier.yml's own validator on `value`; the error message, or None."""
        if not self.validator:
            return None
        context = render_context({**self.answers, self.key: value})
        message = _template(self.validator).render(context).strip()
        return " ".join(message.split()) or None

    def parse(self, text: str) -> Any:
        """Turn typed text into a value of this question's type, or raise AnswerError."""
        text = text.strip()
        if self.type == "int":
            try:
                return int(text.replace(",", "").replace("_", ""))
            except ValueError:
                raise AnswerError(f"{self.key}: {text!r} is not a whole number.") from None
        if self.type == "float":
            try:
                value = float(text.replace(",", "").replace("_", "").lstrip("$"))
            except ValueError:
                raise AnswerError(f"{self.key}: {text!r} is not a number.") from None
            if not math.isfinite(value):
                raise AnswerError(f"{self.key}: {text!r} is not a finite number.")
            return value
        if self.type == "bool":
            lowered = text.lower()
            if lowered in {"true", "yes", "y", "1"}:
                return True
            if lowered in {"false", "no", "n", "0"}:
                return False
            raise AnswerError(f"{self.key}: {text!r} is not yes or no.")
        if self.choices and text not in self.choices.values():
            allowed = ", ".join(str(value) for value in self.choices.values())
            raise AnswerError(f"{self.key}: {text!r} is not one of {allowed}.")
        return text


@cache
def _jinja() -> SandboxedEnvironment:
    # The same filters copier enables by default (regex_search and friends).
    return SandboxedEnvironment(extensions=["jinja2_ansible_filters.AnsibleCoreFiltersExtension"])


@cache
def _template(source: str) -> Template:
    return _jinja().from_string(source)


@cache
def _names(source: str) -> frozenset[str]:
    """The variables a Jinja source reads from its context (globals such as dict excluded)."""
    names = meta.find_undeclared_variables(_jinja().parse(source))
    return frozenset(names - set(_jinja().globals))


def render_context(answers: Mapping[str, Any]) -> dict[str, Any]:
    """What copier's Jinja sees after `answers`: them, the catalog, the computed values.

    A computed value that needs an answer not given is left out, so a validator that
    compares with another answer guards with `is defined`.
    """
    context: dict[str, Any] = {"catalog": _yaml("catalog.yml")}
    for key, spec in _yaml("copier.yml").items():
        if key in answers:
            context[key] = answers[key]
        elif isinstance(spec, dict) and spec.get("when") is False and key not in context:
            source = str(spec["default"])
            if not _names(source) <= context.keys():
                continue
            text = _template(source).render(context)
            kind = spec.get("type")
            context[key] = json.loads(text) if kind == "json" else yaml.safe_load(text)
    return context


@cache
def _yaml(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((template_root() / name).read_text(encoding="utf-8"))
    return loaded


@cache
def load_questions() -> dict[str, Question]:
    """Every question in copier.yml that a user may answer (computed values excluded)."""
    questions = {}
    for key, spec in _yaml("copier.yml").items():
        if key.startswith("_") or not isinstance(spec, dict) or spec.get("when") is False:
            continue
        choices = spec.get("choices") or {}
        if isinstance(choices, list):
            choices = {str(value): value for value in choices}
        questions[key] = Question(
            key=key,
            type=spec.get("type", "str"),
            help=spec.get("help", key),
            default=spec.get("default"),
            choices=choices,
            validator=spec.get("validator"),
        )
    return questions


def parse_data(items: list[str]) -> dict[str, Any]:
    """Parse `--data key=value` pairs against the declared questions."""
    questions = load_questions()
    data: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise AnswerError(f"--data takes key=value, not {item!r}.")
        if key not in questions:
            raise AnswerError(
                f"--data {key}: no such question; known questions: {', '.join(questions)}."
            )
        data[key] = questions[key].parse(value)
    # Validated together: a validator may compare with another answer (peak and volume).
    for key, value in data.items():
        if message := replace(questions[key], answers=data).validate(value):
            raise AnswerError(f"--data {key}: {message}")
    return data
