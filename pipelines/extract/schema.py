"""Columns of the tables the extraction step writes (schema `extract`). One writer: the extract asset.

Every row carries article_id, sentence_idx and the character offsets of its evidence in clean.articles.text.
"""
from __future__ import annotations

import pyarrow as pa

_LIST = pa.list_(pa.string())

ENTITY_MENTIONS = pa.schema([
    ("article_id", pa.string()), ("sentence_idx", pa.int32()), ("char_start", pa.int32()),
    ("char_end", pa.int32()), ("surface", pa.string()), ("entity_type", pa.string()),
    ("entity_id", pa.string()), ("canonical_name", pa.string()), ("country_code", pa.string()),
])

MEETING_MENTIONS = pa.schema([
    ("mention_id", pa.string()), ("article_id", pa.string()), ("sentence_idx", pa.int32()),
    ("char_start", pa.int32()), ("char_end", pa.int32()), ("evidence", pa.string()),
    ("published_date", pa.date32()), ("city", pa.string()), ("country_code", pa.string()),
    ("start_date", pa.date32()), ("end_date", pa.date32()), ("date_precision", pa.string()),
    # The dates the meeting can fall on, as far as the article tells: the exact dates when stated,
    # a span bounded by the publication date when not, NULL when the article gives no clue.
    ("window_start", pa.date32()), ("window_end", pa.date32()),
    ("status", pa.string()), ("format", pa.string()), ("parties", _LIST),
    ("participant_ids", _LIST),
])

MEETING_PARTICIPANTS = pa.schema([
    ("mention_id", pa.string()), ("article_id", pa.string()), ("sentence_idx", pa.int32()),
    ("person_id", pa.string()), ("person_name", pa.string()), ("country_code", pa.string()),
    ("role", pa.string()),
])

PROPOSAL_MENTIONS = pa.schema([
    ("mention_id", pa.string()), ("article_id", pa.string()), ("sentence_idx", pa.int32()),
    ("char_start", pa.int32()), ("char_end", pa.int32()), ("evidence", pa.string()),
    ("published_date", pa.date32()), ("kind", pa.string()), ("name", pa.string()),
    ("n_points", pa.int32()), ("scope", pa.string()), ("merge_key", pa.string()),
    ("proposed_by", _LIST), ("supported_by", _LIST), ("rejected_by", _LIST),
    ("mention_date", pa.date32()),
])

ATTACK_MENTIONS = pa.schema([
    ("mention_id", pa.string()), ("article_id", pa.string()), ("sentence_idx", pa.int32()),
    ("char_start", pa.int32()), ("char_end", pa.int32()), ("evidence", pa.string()),
    ("published_date", pa.date32()), ("attack_date", pa.date32()), ("date_precision", pa.string()),
    ("attacker_country", pa.string()), ("target_country", pa.string()), ("target_type", pa.string()),
    ("weapons", _LIST), ("n_drones", pa.int32()), ("n_missiles", pa.int32()), ("killed", pa.int32()),
    ("injured", pa.int32()), ("regions", _LIST),
])

TABLES = {
    "entity_mentions": ENTITY_MENTIONS,
    "meeting_mentions": MEETING_MENTIONS,
    "meeting_participants": MEETING_PARTICIPANTS,
    "proposal_mentions": PROPOSAL_MENTIONS,
    "attack_mentions": ATTACK_MENTIONS,
}
