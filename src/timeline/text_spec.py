"""The schema of a language's `text.yaml`: its code and what splits its sentences."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class TextSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str
    abbreviations: list[str]
    #: Words that open a sentence even right after an initial ("... door Bekir E. Hij had").
    sentence_openers: list[str] = Field(default_factory=list)
    #: Words that show a heading glued before a sentence ("Maandenlang De jongen werd ...").
    heading_openers: list[str] = Field(default_factory=list)
