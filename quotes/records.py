"""The output record: one quote occurrence, as pydantic models.

These models are the public schema (README, quotes.schema.json); every
exporter and the store serialise them with orjson.
"""
from __future__ import annotations

import hashlib
from typing import Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field


class Span(BaseModel):
    model_config = ConfigDict(frozen=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Cue(BaseModel):
    text: str
    lemma: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Speaker(BaseModel):
    name: str | None = Field(description="Canonical name: the fullest name of the entity in the article")
    mention: str | None = Field(description="The text that names the speaker at this quote")
    start: int | None = None
    end: int | None = None
    kind: Literal["person", "organization", "group", "unknown"] = "unknown"
    roles: list[str] = Field(default_factory=list, description="The titles the article gives the entity, as written")
    roles_norm: list[str] = Field(default_factory=list, description="The roles for display and search: abbreviations "
                                  "written out, title words in lower case, one spelling (quotes.roles)")


class Article(BaseModel):
    """What is known of the article a quote came from; None where unknown."""
    model_config = ConfigDict(frozen=True)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = Field(default=None, description="Publication day, ISO 8601 (YYYY-MM-DD)")


class QuoteRecord(BaseModel):
    quote_id: str
    doc_id: str
    type: Literal["direct", "indirect", "mixed"]
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    cue: Cue | None
    parts: list[Span]
    speaker: Speaker
    group_id: str
    confidence: float = Field(ge=0.0, le=1.0, description="Probability that span and speaker are right")
    article: Article = Field(default_factory=Article)
    rules: list[str] = Field(default_factory=list, description="The rules that proposed and shaped it")


def quote_id(doc_id: str, start: int, end: int) -> str:
    """Stable id: the same document and offsets give the same id on every run."""
    return hashlib.blake2b(f"{doc_id}\0{start}\0{end}".encode(), digest_size=8).hexdigest()


def dumps(record: QuoteRecord) -> bytes:
    """One JSONL line (with newline) for a record."""
    return orjson.dumps(record.model_dump(mode="json")) + b"\n"


SCHEMA_VERSION = "2.3.0"  # 2.0.0: records carry their article (title, outlet, url, date); 2.1.0: rules;
# 2.2.0: speaker.roles_norm; 2.3.0: speaker.kind "group" (people named together)


def json_schema() -> dict:
    schema = QuoteRecord.model_json_schema()
    schema["$id"] = f"urn:quotes:record:{SCHEMA_VERSION}"
    schema["version"] = SCHEMA_VERSION
    return schema
