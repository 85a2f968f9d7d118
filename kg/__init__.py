"""kg: a knowledge graph of people, organisations and findings from public inspection reports."""

__version__ = "0.1.0"
