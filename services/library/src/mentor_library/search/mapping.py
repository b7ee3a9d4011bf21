"""The index design, written down: strict mappings, Russian and English analysis of every text field."""

from typing import Any

# Text is analysed twice: Russian stemming on the field itself (most items are Russian), English stemming on a
# `.en` sub-field. Codes are keywords, for filters and facets.
_TEXT: dict[str, Any] = {
    "type": "text",
    "analyzer": "russian",
    "fields": {"en": {"type": "text", "analyzer": "english"}},
}

SETTINGS: dict[str, Any] = {"number_of_shards": 1, "number_of_replicas": 0}

MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "title": _TEXT,
        "body": _TEXT,
        "authors": {"type": "text", "analyzer": "standard"},
        "kind": {"type": "keyword"},  # case, article, book, link
        "rubrics": {"type": "keyword"},
        "participants": {"type": "keyword"},
        "language": {"type": "keyword"},
        "year": {"type": "integer"},
        "url": {"type": "keyword", "index": False},
        "visibility": {"type": "keyword"},  # public, registered
        "published_at": {"type": "date"},
    },
}

# Boosts: a hit in the title counts three times a hit in the body; the English sub-fields a little less.
SEARCH_FIELDS = ["title^3", "title.en^2", "body", "body.en^0.8", "authors"]
SIMILAR_FIELDS = ["title", "body", "title.en", "body.en"]
