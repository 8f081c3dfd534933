"""Fast stdlib patterns for word lists, and when they read text exactly as the `regex` module does.

A list of literal words compiled as one alternation is tried word by word at every position; compiled
as a trie (one branch per next letter) it costs one step per letter. The stdlib engine is also several
times faster than `regex`, but spells a letter `[^\\W\\d_]` (which also takes numerals like ² and ½) and
folds case differently for a few letters (ſ, µ): on text of the Latin letters that never differ, the two
agree, and callers keep the `regex` pattern for any other text.
"""
from __future__ import annotations

import re
from re import _constants as _c  # the parsed form of a pattern, read by start_filter()
from re import _parser

# Characters on which `[^\W\d_]` means \p{L}, on which a lower-case literal matches exactly what it
# matches under regex.I, and which lower() keeps one character long (so offsets in the lowered text are
# offsets in the text): ASCII, Latin-1 without the numerals ¹²³¼½¾ and µ, Latin Extended-A/B without ſ and
# the Turkish dotted İ (lowered to two characters: İstanbul), general punctuation and currency signs.
_NOT_PLAIN_LATIN = re.compile(
    "[^\x00-\xb1\xb4\xb6-\xb8\xba\xbb\xbf-\u012f\u0131-\u017e\u0180-\u024f\u2000-\u206f\u20a0-\u20cf]")


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


_STOP = (None, None)  # marks where a prefix ends: anything may follow
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


def start_filter(pattern: str, flags: int, k: int = 4) -> str | None:
    """A pattern that matches wherever `pattern` can match (it tests only the first k characters a match
    may begin with), to put in a lookahead before a costly pattern; None when any text could begin it.

    Read from the parsed pattern: literals, simple classes (\\s, \\d, [abc]), groups, alternations and
    repeats (optional ones both skipped and taken once); anything else ends the prefix there."""
    prefixes: set[tuple[str, ...]] = set()

    def walk(items: list, prefix: tuple[str, ...]) -> None:
        while items and len(prefix) < k:
            op, av = items[0]
            rest = items[1:]
            if op is _c.LITERAL:
                prefix += (re.escape(chr(av)),)
            elif op is _c.IN and (cls := _simple_class(av)) is not None:
                prefix += (cls,)
            elif op is _c.ASSERT_NOT and not av[1]:
                return  # (?!) never matches: this branch admits nothing
            elif op in _ZERO_WIDTH:
                pass  # a condition only narrows where the pattern matches
            elif op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group with no flags of its own
                rest = list(av[3]) + rest
            elif op is _c.BRANCH:
                for alt in av[1]:
                    walk(list(alt) + rest, prefix)
                return
            elif op in _REPEATS and (rep := _simple_repeat(av)) is not None:
                prefix += (rep,)  # a class repeated (\s+, \d{1,2}): the filter repeats it too and reads on
            elif op in _REPEATS:
                lo, _, sub = av
                if lo == 0:
                    walk(rest, prefix)  # skipped
                walk(list(sub) + [_STOP], prefix)  # taken once; more may follow
                return
            else:
                break  # _STOP, or something this does not read: the prefix ends here
            items = rest
        prefixes.add(prefix)

    walk(list(_parser.parse(pattern, flags)), ())
    if () in prefixes:
        return None
    trie: dict = {}
    for prefix in sorted(prefixes, key=len):
        node = trie
        for frag in prefix:
            if "" in node:
                break  # a shorter prefix already admits this one
            node = node.setdefault(frag, {})
        else:
            node.clear()
            node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""
        branches = [frag + emit(sub) for frag, sub in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie)


def _simple_repeat(av) -> str | None:
    lo, hi, sub = av
    if len(sub) != 1:
        return None
    op, arg = sub[0]
    cls = re.escape(chr(arg)) if op is _c.LITERAL else _simple_class(arg) if op is _c.IN else None
    if cls is None:
        return None
    if hi is _c.MAXREPEAT:
        return cls + ("*" if lo == 0 else "+" if lo == 1 else f"{{{lo},}}")
    return cls + ("?" if (lo, hi) == (0, 1) else f"{{{lo},{hi}}}")


def _simple_class(items: list) -> str | None:
    if items == [(_c.CATEGORY, _c.CATEGORY_SPACE)]:
        return r"\s"
    if items == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
        return r"\d"
    if items and all(op is _c.LITERAL for op, _ in items):
        return "[" + "".join(re.escape(chr(av)) for _, av in items) + "]"
    return None
