"""Evaluation against annotated gold files."""
