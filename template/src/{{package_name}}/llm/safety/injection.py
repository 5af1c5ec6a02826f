"""Prompt-injection and jailbreak heuristics: fast rules, no model, tuned on a labelled set.

Rules, not understanding: they catch the common, copy-pasted attacks (instruction
overrides, role-play jailbreaks, system-prompt extraction, fake role markers, the same
hidden in base64, hex or rot13) and miss novel phrasings. tests/data/injection_prompts.json
holds the labelled attack and benign prompts; the test run prints detection and
false-positive rates on it. Add the attacks you see in production to that file.

Each rule has a reason code (`injection.*`, `jailbreak.*`) that a block decision carries
to the user and to the logs.
"""

# The rules are regular expressions: unbroken, each reads as one rule.
# ruff: noqa: E501

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from dataclasses import dataclass

_F = re.IGNORECASE

_PREVIOUS = r"(?:all\s+|any\s+|the\s+|your\s+|these\s+|those\s+|of\s+)*(?:previous|prior|above|earlier|preceding|original|initial|system|existing|current)"
_RULES = r"(?:instructions?|rules|prompts?|directions|guidelines|constraints|directives|programming|guardrails|restrictions|polic(?:y|ies))"

RULES: dict[str, tuple[re.Pattern[str], ...]] = {
    "injection.instruction_override": (
        re.compile(
            rf"\b(?:ignore|disregard|forget|bypass|override|skip|drop)\s+(?:\w+\s+){{0,3}}?{_PREVIOUS}\s+(?:\w+\s+)?{_RULES}",
            _F,
        ),
        re.compile(
            rf"\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:your|the|these)\s+(?:\w+\s+)?{_RULES}",
            _F,
        ),
        re.compile(
            r"\bforget\s+(?:everything|all)\s+(?:you\s+(?:were|have\s+been)\s+told|above|before)",
            _F,
        ),
        re.compile(r"\b(?:new|updated|real|actual)\s+(?:system\s+)?instructions?\s*:", _F),
        re.compile(r"\byou\s+are\s+(?:no\s+longer|not)\s+(?:bound|restricted|limited)\s+by\b", _F),
        re.compile(
            r"\bfrom\s+now\s+on,?\s+(?:you\s+)?(?:will\s+|must\s+|shall\s+)?(?:ignore|disregard|answer\s+without|respond\s+without|have\s+no)\b",
            _F,
        ),
        re.compile(
            rf"\b(?:do\s+not|don't|never)\s+(?:follow|obey|apply)\s+(?:your|the|any)\s+(?:\w+\s+)?{_RULES}",
            _F,
        ),
    ),
    "jailbreak.roleplay": (
        re.compile(r"\bDAN\b|\bdo\s+anything\s+now\b", 0),
        re.compile(r"\b(?:developer|god|jailbreak|jailbroken|unrestricted|debug)\s+mode\b", _F),
        re.compile(
            r"\b(?:act|behave|respond|roleplay|role-play)\s+as\s+(?:an?\s+)?(?:\w+\s+)?(?:unrestricted|unfiltered|uncensored|amoral|unethical|evil)\b",
            _F,
        ),
        re.compile(
            r"\b(?:pretend|imagine)\s+(?:that\s+)?(?:you\s+are|you're|to\s+be)\b[^.!?\n]{0,80}\b(?:no|without|free\s+of|free\s+from)\s+(?:any\s+)?(?:rules|restrictions|limits|filters|guidelines|ethics|morals|censorship)",
            _F,
        ),
        re.compile(
            r"\byou\s+(?:have|has)\s+(?:no|zero)\s+(?:rules|restrictions|limits|filters|guidelines|ethical\s+guidelines|content\s+polic(?:y|ies))",
            _F,
        ),
        re.compile(
            r"\b(?:without|no)\s+(?:any\s+)?(?:moral|ethical|content)\s+(?:restrictions|filters|guidelines|limits)\b",
            _F,
        ),
        re.compile(
            r"\bstay\s+in\s+character\b[^.!?\n]{0,80}\b(?:no\s+matter|even\s+if|whatever)\b", _F
        ),
        re.compile(r"\b(?:jailbreak|jailbroken)\b", _F),
    ),
    "injection.system_prompt_extraction": (
        re.compile(
            r"\b(?:reveal|show|print|repeat|output|display|leak|dump|tell\s+me|give\s+me)\s+(?:me\s+)?(?:your|the)\s+(?:\w+\s+)?(?:system\s+prompt|(?:hidden|initial|original|secret|system)\s+(?:instructions|prompt|message)|pre-?prompt)",
            _F,
        ),
        # A question about "the original instructions" of something else is fine; "your" is not.
        re.compile(
            r"\bwhat\s+(?:is|are|was|were)\s+(?:your\s+(?:\w+\s+)?(?:system\s+prompt|(?:hidden|initial|original|secret|system)\s+(?:instructions|prompt|message)|pre-?prompt)|the\s+system\s+prompt\s+(?:you|of\s+this))",
            _F,
        ),
        re.compile(
            r"\b(?:repeat|print|output|copy)\s+(?:everything|all|the\s+(?:text|words|content))\s+(?:above|before)\b",
            _F,
        ),
        re.compile(r"\bwords?\s+above\s+starting\s+with\b", _F),
        re.compile(
            r"\b(?:verbatim|word\s+for\s+word)\b[^.!?\n]{0,60}\b(?:instructions|prompt|configuration)\b",
            _F,
        ),
        re.compile(
            r"\b(?:instructions|prompt)\b[^.!?\n]{0,40}\b(?:verbatim|word\s+for\s+word)\b", _F
        ),
    ),
    "injection.role_marker": (
        re.compile(r"<\|?(?:im_start|im_end|system|endoftext)\|?>", _F),
        re.compile(r"</?(?:system|instructions?|admin)>", _F),
        re.compile(
            r"(?:^|\n)\s*(?:\[|#{2,}\s*)(?:system|admin|developer)(?:\s+(?:message|prompt|override))?\s*(?:\]|:)",
            _F,
        ),
        re.compile(r"(?:^|\n\n)(?:Human|Assistant|System)\s*:", 0),
    ),
}

_KEYWORDS = re.compile(
    r"\b(?:ignore|disregard|instructions?|system\s+prompt|jailbreak|unrestricted|bypass|"
    r"no\s+rules|developer\s+mode|pretend|override|reveal)\b",
    _F,
)
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{20,}={0,2}(?![A-Za-z0-9+/])")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[\s:]?){12,}(?![0-9A-Fa-f])")
# Zero-width and invisible format characters: one inside a word ("ig\u200dnore") hides it
# from the rules but not from the model. Input validation keeps the joiners (U+200C/D, which
# emoji and several scripts need), and `detect` may read text that was never validated.
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)


@dataclass(frozen=True)
class Hit:
    """A rule that matched: its reason code and, for a decoded payload, how it was hidden."""

    reason: str
    encoding: str | None = None


def normalise(text: str) -> str:
    """The text the rules read: no invisible characters, NFKC (folds full-width and styled
    letters), single spaces. Only for matching: the caller's text goes upstream unchanged."""
    # Removed before NFKC, so that the letters either side of one compose as if adjacent.
    folded = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    return re.sub(r"[ \t]+", " ", folded)


def _match_rules(text: str) -> list[str]:
    return [reason for reason, patterns in RULES.items() if any(p.search(text) for p in patterns)]


def _decoded_payloads(text: str) -> list[tuple[str, str]]:
    """Readable text hidden in base64 or hex runs, and the rot13 reading of the whole text."""
    payloads: list[tuple[str, str]] = []
    for run in _BASE64.findall(text):
        try:
            decoded = base64.b64decode(run + "=" * (-len(run) % 4), validate=True)
        except (binascii.Error, ValueError):
            continue
        payloads.append(("base64", decoded.decode("utf-8", "ignore")))
    for run in _HEX.findall(text):
        try:
            decoded = bytes.fromhex(re.sub(r"[\s:]", "", run))
        except ValueError:
            continue
        payloads.append(("hex", decoded.decode("utf-8", "ignore")))
    payloads.append(("rot13", codecs.decode(text, "rot13")))
    return payloads


def detect(text: str) -> list[Hit]:
    """The rules a text trips, each once; empty for text that looks like an ordinary request."""
    plain = normalise(text)
    reasons = _match_rules(plain) or _match_rules(plain.translate(_LEET))
    hits = [Hit(reason) for reason in reasons]
    for encoding, payload in _decoded_payloads(plain):
        # rot13 of ordinary text is gibberish that can hold a keyword by chance ("vtaber" is
        # rot13 of "ignore"): only a full rule counts there, a keyword for base64 and hex.
        found = _match_rules(payload) if encoding == "rot13" else _KEYWORDS.search(payload)
        if found:
            hits.append(Hit("injection.encoded_payload", encoding))
            break
    return hits
