"""A Claude API service: the HTTP API (api.py) over one gateway to Claude (llm/)."""
