"""Sentence splitting over the original text, in one linear pass.

A sentence ends at ``. ! ? ؟ ۔ …`` (with any closing quotes or brackets after them) and at every
newline. The Arabic semicolon ``؛`` does not end a sentence: Arabic news chains clauses with it.
A full stop does not end a sentence after a decimal digit (3.5), a listed abbreviation (Gen., Jan.),
an initial (J. Smith, د. محمد) or a dotted initialism (U.S., a.m.), nor when the next word starts
with a lower-case letter (``He said "Stop!" and left``). Runs longer than ``max_chars`` are cut at
the last space or comma before the limit, so later stages never see an unbounded sentence.

The abbreviation list is data: ``marsad/data/text/sentences.toml``.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from marsad.model import TextSpan

__all__ = ["split_sentences"]

# A newline alone, or a run of terminators: ``[\n\u2028\u2029]|[.!?\u061f\u06d4\u2026]+``, written to open
# with one character class so that re skips ahead to the next candidate in C (a pattern opening with
# an alternation of classes is tried at every position, 4x slower on a 3 KB article); same matches.
_TERMINATORS = re.compile(
    r"[\n\u2028\u2029.!?\u061f\u06d4\u2026]"
    r"(?:(?<=[\n\u2028\u2029])|(?<=[.!?\u061f\u06d4\u2026])[.!?\u061f\u06d4\u2026]*)"
)
_NEWLINES = frozenset("\n\u2028\u2029")
# Always closing: curly/angle quotes and brackets. Straight quotes are closing only when no letter
# follows them (otherwise they open the next sentence).
_CLOSERS = frozenset("\u201d\u2019\u00bb)]}")
_STRAIGHT_QUOTES = frozenset("\"'")
_MORE_TERMINATORS = frozenset(".!?\u061f\u06d4\u2026")  # "(really!)." ends once
_MAX_ABBREVIATION = 12


@cache
def _abbreviations() -> frozenset[str]:
    raw = resources.files("marsad").joinpath("data/text/sentences.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw)["abbreviations"])


def _is_arabic_letter(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" and ch.isalpha()


# a run of letters and dots up to the end of the searched window (a superset of str.isalpha letters:
# it also takes non-decimal numerals such as "²", which _word_before then reads letter by letter)
_WORD_RUN = re.compile(r"(?:[^\W\d_]|\.)+\Z")
_SPACES = frozenset(" \t\u00a0\u2009\u202f")


def _word_before(text: str, end: int) -> tuple[int, str]:
    """The run of letters and dots ending at ``end`` (at most a few characters)."""
    m = _WORD_RUN.search(text, max(0, end - _MAX_ABBREVIATION - 1), end)
    if m is None:
        return end, ""
    word = m.group()
    if word.replace(".", "").isalpha():  # the usual case, read in C: the same run as the loop below
        return m.start(), word
    k = end
    while k > 0 and end - k <= _MAX_ABBREVIATION and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    return k, text[k:end]


def _dot_is_not_a_boundary(text: str, i: int) -> bool:
    """Whether the single full stop at ``i`` belongs to a number, an abbreviation or an initial."""
    n = len(text)
    after = text[i + 1] if i + 1 < n else ""
    before = text[i - 1] if i > 0 else ""
    if after and after.isalnum() and not _is_arabic_letter(after):
        return True  # 3.5, example.com, U.S (the dot inside the initialism)
    if before.isdigit() and after.isdigit():
        return True
    k, word = _word_before(text, i)
    if not word or word.startswith(".") or (k > 0 and text[k - 1].isalnum()):
        return False
    if word in _abbreviations():
        return True
    if "." not in word:
        return len(word) == 1  # "J", "د": an initial (a plain word ends the sentence)
    parts = word.split(".")
    # "U.S" / "a.m" / "e.g" (dotted initialisms): single letters only.
    return all(len(p) == 1 for p in parts)


def _boundary_end(text: str, m: re.Match[str]) -> int | None:
    """Where the sentence ending at terminator ``m`` ends, or None when ``m`` ends nothing."""
    if m.group() in _NEWLINES:
        return m.start()
    if m.group() == "." and _dot_is_not_a_boundary(text, m.start()):
        return None
    n = len(text)
    j = m.end()
    while j < n:
        ch = text[j]
        closing = ch in _CLOSERS or ch in _MORE_TERMINATORS or (
            ch in _STRAIGHT_QUOTES and not (j + 1 < n and text[j + 1].isalnum())
        )
        if not closing:
            break
        j += 1
    end = j
    while j < n and text[j] in " \t\u00a0\u2009\u202f":
        j += 1
    if j < n and text[j].islower():
        return None  # mid-sentence: 'He said "Stop!" and left', 'approx. three'
    return end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int, max_chars: int, out: list[TextSpan]) -> None:
    """Append ``[start, end)`` to ``out``, cut into pieces of at most ``max_chars``."""
    while end - start > max_chars:
        limit = start + max_chars
        cut = max(
            text.rfind(" ", start + 1, limit + 1),
            text.rfind("\t", start + 1, limit + 1),
            text.rfind("\u00a0", start + 1, limit + 1),
            text.rfind(",", start, limit) + 1,
            text.rfind("\u060c", start, limit) + 1,
        )
        if cut <= start:
            cut = limit  # no space or comma: a hard cut keeps the pass linear
        s, e = _trimmed(text, start, cut)
        if e > s:
            out.append(TextSpan(start=s, end=e))
        start, end = _trimmed(text, cut, end)
    if end > start:
        out.append(TextSpan(start=start, end=end))


def split_sentences(text: str, *, max_chars: int = 1000) -> list[TextSpan]:
    """Sentence spans over ``text`` (the original, not normalized), trimmed of surrounding space.

    Every non-space character of ``text`` falls in exactly one span; spans are in order.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    out: list[TextSpan] = []
    start = 0
    n = len(text)
    for m in _TERMINATORS.finditer(text):
        m_start, m_end = m.span()
        if m_start < start:
            continue  # already swallowed as a closer of the previous sentence
        if m_end - m_start == 1 and text[m_start] in _NEWLINES:
            end = m_start  # _boundary_end of a newline, inline
        else:
            # _boundary_end, with its usual case inline: one space after the terminator, then no
            # closer and no lower-case letter
            if m_end < n and text[m_end] == " ":
                if m_end - m_start == 1 and text[m_start] == "." and _dot_is_not_a_boundary(text, m_start):
                    continue
                nxt = m_end + 1
                while nxt < n and text[nxt] in _SPACES:
                    nxt += 1
                found: int | None = None if nxt < n and text[nxt].islower() else m_end
            else:
                found = _boundary_end(text, m)
            if found is None:
                continue
            end = found
        s, e = _trimmed(text, start, end)
        if e > s:
            if e - s > max_chars:
                _cut_long(text, s, e, max_chars, out)
            else:
                out.append(TextSpan(start=s, end=e))
        start = m_end if m_end - m_start == 1 and text[m_start] in _NEWLINES else end
    s, e = _trimmed(text, start, len(text))
    if e > s:
        _cut_long(text, s, e, max_chars, out)
    return out
