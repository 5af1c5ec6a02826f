"""`prodready audit`: find the prototype-to-production gaps in existing anthropic SDK code.

Static only (the standard library's ast): no project code is imported or run. Rules and
their fixes live in rules.py; analysis.py applies them; report.py prints the results.
"""

from .analysis import DEFAULT_MAX_TOKENS_THRESHOLD, AuditConfig
from .rules import RULES, RULES_BY_ID, Finding, Rule, Severity
from .scan import AuditResult, Skipped, audit, audit_paths

__all__ = [
    "DEFAULT_MAX_TOKENS_THRESHOLD",
    "RULES",
    "RULES_BY_ID",
    "AuditConfig",
    "AuditResult",
    "Finding",
    "Rule",
    "Severity",
    "Skipped",
    "audit",
    "audit_paths",
]
