"""The admin page: spend, budget, breaker and API keys at /admin, for people who do not use
the command line (page.py); off unless ADMIN_TOKEN is set."""

from .page import install_admin_page

__all__ = ["install_admin_page"]
