"""prodready: generate a production-ready Claude API service from a Copier template."""

__version__ = "0.1.0"
