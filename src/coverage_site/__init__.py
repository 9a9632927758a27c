"""coverage-site: compare how several news articles report the same event, claim by claim."""

__version__ = "0.1.0"
