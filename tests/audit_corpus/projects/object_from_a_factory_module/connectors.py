# ruff: noqa
"""Hands out the connectors: the modules using them never import llm_connector."""

from llm_connector import LlmConnector


class Connectors:
    @staticmethod
    def llm() -> LlmConnector:
        return LlmConnector()
