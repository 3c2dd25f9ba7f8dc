"""Temporal expressions: find them (tagger), read them (grammar) and resolve them (resolve)."""
