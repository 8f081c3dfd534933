"""Fast stdlib patterns for word lists, and when they read text exactly as the `regex` module does.

A list of literal words compiled as one alternation is tried word by word at every position; compiled
as a trie (one branch per next letter) it costs one step per letter. The stdlib engine is also several
times faster than `regex`, but spells a letter `[^\\W\\d_]` (which also takes numerals like ² and ½) and
folds case differently for a few letters (ſ, µ): on text of the Latin letters that never differ, the two
agree, and callers keep the `regex` pattern for any other text.
"""
from __future__ import annotations

import re

# Characters on which `[^\W\d_]` means \p{L} and on which a lower-case literal matches exactly what it
# matches under regex.I: ASCII, Latin-1 without the numerals ¹²³¼½¾ and µ, Latin Extended-A/B without ſ,
# general punctuation and currency signs.
_NOT_PLAIN_LATIN = re.compile("[^\x00-\xb1\xb4\xb6-\xb8\xba\xbb\xbf-\u017e\u0180-\u024f\u2000-\u206f\u20a0-\u20cf]")


def plain_latin(text: str) -> bool:
    return _NOT_PLAIN_LATIN.search(text) is None


def literal_trie(words) -> str:
    """One pattern matching the longest of the words that matches at a position, like an alternation
    of the words sorted longest first."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # a word may end here: the longer words are tried first, then this one
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
