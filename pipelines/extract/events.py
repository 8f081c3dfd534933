"""The extraction engine: one clean article in, rows for every table of schema.TABLES out.

Analysis (tokens, names, word categories, dates) runs once per article; the meeting, proposal and attack
extractors read it. Mention ids are derived from the article id and the evidence sentence, so a rerun
produces the same ids.
"""
from __future__ import annotations

from pipelines.clean import CleanArticle
from pipelines.extract import attacks, meetings, proposals
from pipelines.extract.analysis import ArticleAnalysis, Sent, analyse
from pipelines.extract.schema import TABLES


def extract(article_id: str, article: CleanArticle) -> dict[str, list[dict]]:
    a = analyse(article_id, article)
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    rows["entity_mentions"] = _entities(a)
    for m in meetings.find(a):
        mid = f"{article_id}:m{m.sent.idx}:{m.trigger}"
        lo, hi = meetings.window(m, a.published)
        rows["meeting_mentions"].append({
            **_evidence(a, m.sent, mid),
            "city": m.city, "country_code": m.country,
            "start_date": m.start, "end_date": m.end, "date_precision": m.precision if m.start else None,
            "window_start": lo, "window_end": hi,
            "status": m.status, "format": m.fmt, "parties": sorted(m.parties),
            "participant_ids": sorted(m.people),
        })
        for p in sorted(m.people.values(), key=lambda p: p.pid):
            rows["meeting_participants"].append({
                "mention_id": mid, "article_id": article_id, "sentence_idx": p.sentence_idx,
                "person_id": p.pid, "person_name": p.name, "country_code": p.country, "role": p.role,
            })
    for p in proposals.find(a):
        pid = f"{article_id}:p{p.sent.idx}:{p.trigger}:{p.key}"
        rows["proposal_mentions"].append({
            **_evidence(a, p.sent, pid),
            "kind": p.kind, "name": p.name, "n_points": p.n_points, "scope": p.scope, "merge_key": p.key,
            "proposed_by": sorted(p.proposed), "supported_by": sorted(p.supported - p.proposed),
            "rejected_by": sorted(p.rejected - p.proposed), "mention_date": p.mention_date,
        })
    for k in attacks.find(a):
        kid = f"{article_id}:a{k.sent.idx}"
        rows["attack_mentions"].append({
            **_evidence(a, k.sent, kid),
            "attack_date": k.date, "date_precision": k.precision if k.date else None,
            "attacker_country": k.attacker, "target_country": k.target, "target_type": k.target_type or "unknown",
            "weapons": sorted(k.weapons), "n_drones": k.counts.get("n_drones"),
            "n_missiles": k.counts.get("n_missiles"), "killed": k.counts.get("killed"),
            "injured": k.counts.get("injured"), "regions": list(k.regions),
        })
    return rows


def _evidence(a: ArticleAnalysis, sent: Sent, mention_id: str) -> dict:
    return {"mention_id": mention_id, "article_id": a.article_id, "sentence_idx": sent.idx,
            "char_start": sent.start, "char_end": sent.end, "evidence": sent.text,
            "published_date": a.published}


def _entities(a: ArticleAnalysis) -> list[dict]:
    out = []
    for s in a.sentences:
        for m in s.mentions:
            e = m.entry
            out.append({"article_id": a.article_id, "sentence_idx": s.idx, "char_start": m.char_start,
                        "char_end": m.char_end, "surface": m.surface, "entity_type": e.etype,
                        "entity_id": e.eid, "canonical_name": e.name, "country_code": e.country})
    return out
