"""Numbers in text: digits, Arabic and English number words, duals and vague quantities.

Everything runs on normalized text (:mod:`marsad.text.normalize` already maps Arabic-Indic and
Persian digits to ASCII, ``٬`` to ``,``, ``ة`` to ``ه`` ...). One Aho-Corasick pass finds where number
words and digit groups start (:class:`marsad.text.tokens.WordFinder`); only there are tokens read and
parsed, so the cost follows the numbers in a document, not its length.

- digits: ``12``, ``1,200`` / ``1٬200``, ``1.5 مليون`` (a bare decimal such as ``3.5`` is no count
  and is skipped);
- words: ``ثلاثة``, ``وثلاثة وعشرين``, ``ثلاثمئة``, ``ثلاث مئة``, ``خمسة آلاف``, ``twenty-three``,
  ``one hundred and five``, ``a dozen``;
- vague: ``عشرات`` / ``tens`` = 10, ``dozens`` = 12, ``مئات`` = 100, ``آلاف`` = 1000, ``عدة`` /
  ``several`` = 3, ``عشرات الآلاف`` = 10000; these are ``approximate``, as is any number after a
  hedge (``نحو عشرين``);
- duals of person nouns (:func:`find_dual_nouns`): ``شخصين``, ``امرأتين``, ``مدنيين اثنين``.

Number mentions do not know about dates: ``12 نيسان 2024`` yields 12 and 2024. Callers drop numbers
that fall inside a :func:`marsad.text.dates.find_dates` span. The word tables are data:
``marsad/data/text/numbers.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

from marsad.text.match import LexiconMatcher
from marsad.text.normalize import NormalizedText, normalize, normalize_str
from marsad.text.tokens import (
    ARTICLE_PREFIXES,
    Token,
    Tokens,
    WordFinder,
    load_table,
    strip_clitics,
)

__all__ = [
    "NumberForm",
    "NumberMention",
    "find_dual_nouns",
    "find_numbers",
    "find_ordinals",
    "find_ordinals_in",
    "number_at",
    "number_words",
    "ordinal_matchers",
    "parse_number",
]

NumberForm = Literal["digits", "word", "dual", "vague", "ordinal"]


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberMention:
    """A number found at ``[start, end)`` of the *normalized* text (map back with ``to_original``)."""

    start: int
    end: int
    value: int
    approximate: bool
    form: NumberForm


# --- lexicon -------------------------------------------------------------------------------------

_Kind = Literal["unit", "tens", "hundred", "mult", "dual", "vague", "a"]


@dataclass(frozen=True, slots=True)
class _Word:
    kind: _Kind
    value: int  # value alone
    mult: int = 0  # multiplier when a number precedes (ألف, آلاف, مئة after a unit, hundred, dozen)
    arabic: bool = True
    teen: bool = False  # عشر/عشرة: completes a teen after a unit ("ثلاثة عشر")
    vague_alone: int = 0  # alone it is vague (آلاف = 1000)
    article_ok: bool = True


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: dict[str, _Word]
    phrases: dict[tuple[str, str], int]  # two-word vague quantities
    hedges: frozenset[str]
    dual_nouns: tuple[str, ...]
    sound_plural: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    data = load_table("numbers.toml")
    ar, en = data["arabic"], data["english"]
    words: dict[str, _Word] = {}
    no_article = {normalize_str(w) for w in ar["no_article"]}

    def put(surface: str, word: _Word) -> None:
        key = normalize_str(surface)
        if key in no_article:
            word = replace(word, article_ok=False)
        old = words.get(key)
        if old is not None:  # the same spelling in two tables: merge what each adds
            word = _Word(
                kind=old.kind, value=old.value, mult=old.mult or word.mult, arabic=old.arabic,
                teen=old.teen or word.teen, vague_alone=old.vague_alone or word.vague_alone,
                article_ok=old.article_ok and word.article_ok,
            )
        words[key] = word

    for s, v in ar["units"].items():
        put(s, _Word("unit", v, teen=v == 10))
    for s, v in ar["tens"].items():
        put(s, _Word("tens", v))
    for s, v in ar["hundreds"].items():
        put(s, _Word("hundred", v, mult=100 if v == 100 else 0))
    for s, v in ar["multipliers"].items():
        put(s, _Word("mult", v, mult=v))
    for s, v in ar["duals"].items():
        key = normalize_str(s)
        if key in words:  # ألفا: 1000 after a number, 2000 alone
            old = words[key]
            words[key] = _Word(old.kind, v, mult=old.mult)
        else:
            put(s, _Word("dual", v))
    for s, v in ar["vague"].items():
        key = normalize_str(s)
        if key in words and words[key].kind == "mult":
            old = words[key]
            words[key] = _Word("mult", old.value, mult=old.mult, vague_alone=v)
        else:
            put(s, _Word("vague", v))
    for s, v in en["units"].items():
        put(s, _Word("unit", v, arabic=False))
    for s, v in en["tens"].items():
        put(s, _Word("tens", v, arabic=False))
    for s, v in en["multipliers"].items():
        put(s, _Word("hundred" if v == 100 else "mult", v, mult=v, arabic=False))
    for s, v in en["vague"].items():
        put(s, _Word("vague", v, arabic=False))
    words["a"] = _Word("a", 1, arabic=False)
    words["an"] = _Word("a", 1, arabic=False)
    phrases: dict[tuple[str, str], int] = {}
    for table in (ar["vague_phrases"], en["vague_phrases"]):
        for s, v in table.items():
            first, second = normalize_str(s).split()
            phrases[(first, second)] = v
    hedges = frozenset(normalize_str(h) for h in [*ar["hedges"], *en["hedges"]])
    duals = data["dual_nouns"]
    return _Lexicon(
        words=words, phrases=phrases, hedges=hedges,
        dual_nouns=tuple(normalize_str(n) for n in duals["nouns"]),
        sound_plural=frozenset(normalize_str(n) for n in duals["sound_plural"]),
    )


# --- parsing -------------------------------------------------------------------------------------


def _lookup(tok: Token, lex: _Lexicon, langs: frozenset[str], first: bool) -> tuple[str, _Word] | None:
    if tok.digits:
        return None
    found = strip_clitics(tok.text, lex.words)
    if not first and tok.text[:1] == "و" and tok.text[1:] in lex.words:
        found = "و", tok.text[1:]  # "مئة وأحد عشر": وأحد normalizes to واحد, read it as و + أحد
    if found is None:
        return None
    prefix, base = found
    word = lex.words[base]
    if ("ar" if word.arabic else "en") not in langs:
        return None
    if prefix:
        if not first and prefix not in ("و", "ال", "وال"):
            return None
        if prefix in ARTICLE_PREFIXES and not word.article_ok:
            return None
        if len(base) <= 2 and prefix != "و":
            return None  # "لست" is "I am not", not ل + ست
    return prefix, word


def _joined(text: str, a: Token, b: Token) -> bool:
    """Whether two tokens are adjacent words of one expression (space or hyphen between)."""
    gap = text[a.end : b.start]
    return len(gap) <= 3 and gap.strip() in ("", "-")


_MAX_DIGITS = 15
_AND = frozenset({"and"})
_A_WORDS = frozenset({"a", "an"})
_OF = frozenset({"of"})


_BOTH = frozenset({"ar", "en"})
_LANGS = {"ar": frozenset({"ar"}), "en": frozenset({"en"})}


def number_at(
    text: str, tokens: Tokens, i: int, *, language: str = "ar"
) -> tuple[int, NumberMention] | None:
    """Read one number expression starting at ``tokens[i]``: ``(index after it, mention)``."""
    lex = _lexicon()
    langs = _LANGS.get(language, _BOTH)
    tok = tokens[i]
    if tok.digits:
        return _digits_at(text, tokens, i, lex, langs)
    found = _lookup(tok, lex, langs, first=True)
    if found is None:
        pair = (tok.text, tokens[i + 1].text) if tokens.has(i + 1) else None
        if pair is not None and pair in lex.phrases and _joined(text, tok, tokens[i + 1]):
            return i + 2, _mention(tok.start, tokens[i + 1].end, lex.phrases[pair], True, "vague")
        return None
    _, word = found
    if word.kind == "a":
        return _article_a_at(text, tokens, i, lex, langs)
    if word.kind == "vague" or (word.kind == "mult" and word.vague_alone):
        return _vague_at(text, tokens, i, word, lex, langs)
    return _words_at(text, tokens, i, word, lex, langs)


def _mention(start: int, end: int, value: int, approximate: bool, form: NumberForm) -> NumberMention:
    return NumberMention(start=start, end=end, value=value, approximate=approximate, form=form)


def _next_mult(
    text: str, tokens: Tokens, j: int, lex: _Lexicon, langs: frozenset[str], allow_of: bool
) -> tuple[int, _Word] | None:
    """A multiplier word at ``tokens[j]`` (or after an English "of"): (its index, entry)."""
    if not tokens.has(j) or not _joined(text, tokens[j - 1], tokens[j]):
        return None
    if allow_of and tokens[j].text in _OF and tokens.has(j + 1) and _joined(text, tokens[j], tokens[j + 1]):
        j += 1
    found = _lookup(tokens[j], lex, langs, first=False)
    if found is None or found[0] not in ("", "ال"):
        return None
    word = found[1]
    if word.mult >= 1000:
        return j, word
    if word.kind == "vague" and word.value >= 1000:  # "thousands" in "tens of thousands"
        return j, _Word("mult", word.value, mult=word.value, arabic=word.arabic)
    return None


def _digits_at(
    text: str, tokens: Tokens, i: int, lex: _Lexicon, langs: frozenset[str]
) -> tuple[int, NumberMention] | None:
    tok = tokens[i]
    before = text[tok.start - 1] if tok.start > 0 else ""
    if before.isascii() and before.isalpha():
        return None  # M16, T72
    if before == "-" and tok.start > 1 and text[tok.start - 2].isascii() and text[tok.start - 2].isalpha():
        return None  # F-16
    raw = tok.text.replace(",", "")
    if len(raw) > _MAX_DIGITS:
        return None  # a phone number, an id or noise: no count
    nxt = _next_mult(text, tokens, i + 1, lex, langs, allow_of=False)
    if nxt is not None:
        j, word = nxt
        return j + 1, _mention(tok.start, tokens[j].end, round(float(raw) * word.mult), False, "digits")
    if "." in raw:
        return None  # 3.5: a measure, not a count
    return i + 1, _mention(tok.start, tok.end, int(raw), False, "digits")


def _article_a_at(
    text: str, tokens: Tokens, i: int, lex: _Lexicon, langs: frozenset[str]
) -> tuple[int, NumberMention] | None:
    """"a dozen", "a hundred", "a thousand", "a few", "a number of"."""
    if not tokens.has(i + 1) or not _joined(text, tokens[i], tokens[i + 1]):
        return None
    nxt = tokens[i + 1]
    pair = (tokens[i].text, nxt.text)
    if pair in lex.phrases:
        return i + 2, _mention(tokens[i].start, nxt.end, lex.phrases[pair], True, "vague")
    found = _lookup(nxt, lex, langs, first=False)
    if found is None or found[0]:
        return None
    word = found[1]
    if word.kind == "vague":
        return i + 2, _mention(tokens[i].start, nxt.end, word.value, True, "vague")
    if word.kind in ("hundred", "mult") and not word.arabic:
        return _words_at(text, tokens, i, _Word("unit", 1, arabic=False), lex, langs)
    return None


def _vague_at(
    text: str, tokens: Tokens, i: int, word: _Word, lex: _Lexicon, langs: frozenset[str]
) -> tuple[int, NumberMention]:
    value = word.vague_alone or word.value
    nxt = _next_mult(text, tokens, i + 1, lex, langs, allow_of=True)
    if nxt is not None and word.kind != "mult":  # عشرات الآلاف, hundreds of thousands
        j, mult = nxt
        return j + 1, _mention(tokens[i].start, tokens[j].end, value * mult.mult, True, "vague")
    if word.kind == "vague" and not word.arabic and tokens.has(i + 1):
        # "several dozen", "several hundred"
        found = _lookup(tokens[i + 1], lex, langs, first=False)
        if found is not None and not found[0] and found[1].mult and _joined(text, tokens[i], tokens[i + 1]):
            return i + 2, _mention(tokens[i].start, tokens[i + 1].end, value * found[1].mult, True, "vague")
    return i + 1, _mention(tokens[i].start, tokens[i].end, value, True, "vague")


def _words_at(
    text: str, tokens: Tokens, i: int, first: _Word, lex: _Lexicon, langs: frozenset[str]
) -> tuple[int, NumberMention] | None:
    """A number written in words: Arabic (units before tens, joined by و) or English."""
    total = 0
    current = first.value
    last: _Word = first
    last_kind: str = first.kind
    if first.kind in ("mult", "dual"):  # ألف = 1000, ألفين = 2000; "ألف وخمسمئة" goes on
        total, current, last_kind = first.value, 0, "mult"
    end_tok = i
    j = i + 1
    while tokens.has(j) and _joined(text, tokens[j - 1], tokens[j]):
        k = j
        if (not last.arabic and tokens[k].text in _AND and tokens.has(k + 1)
                and _joined(text, tokens[k], tokens[k + 1])):
            k += 1  # "one hundred and five"
        found = _lookup(tokens[k], lex, langs, first=False)
        if found is None:
            break
        prefix, word = found
        if word.arabic != first.arabic:
            break
        waw = prefix in ("و", "وال")
        step = _combine(total, current, last, last_kind, word, waw, and_=k > j)
        if step is None:
            break
        total, current, last_kind = step
        last = word
        end_tok = k
        j = k + 1
    value = total + current
    if value <= 0:
        return None
    return end_tok + 1, _mention(tokens[i].start, tokens[end_tok].end, value, False, "word")


def _combine(
    total: int, current: int, last: _Word, last_kind: str, word: _Word, waw: bool, and_: bool
) -> tuple[int, int, str] | None:
    """Add ``word`` to a number being read, or None when it starts something else."""
    kind = word.kind
    if word.arabic:
        if and_:
            return None
        if not waw:
            if word.teen and last_kind == "unit" and last.value <= 9 and 1 <= current % 100 <= 9:
                return total, current + 10, "teen"  # ثلاثة عشر, مئة وثلاثة عشر
            if word.mult == 100 and last_kind == "unit" and 1 <= current <= 9:
                return total, current * 100, "hundred"  # ثلاث مئة
            if word.mult >= 1000 and current > 0 and last_kind != "mult":
                return total + current * word.mult, 0, "mult"  # خمسة آلاف, عشرين ألفا
            return None
        if kind == "tens" and last_kind == "unit" and current % 100 < 10:
            return total, current + word.value, "tens"  # ثلاثة وعشرين
        if kind in ("unit", "tens") and last_kind == "hundred":
            return total, current + word.value, kind  # مئة وخمسة
        if kind in ("unit", "tens", "hundred") and last_kind == "mult":
            return total, current + word.value, kind  # ألف ومئتين
        return None
    # English
    if waw:
        return None
    if kind == "unit" and last_kind == "tens" and current % 10 == 0 and word.value < 10:
        return total, current + word.value, "unit"  # twenty-three
    if kind in ("unit", "tens") and (last_kind == "hundred" or (last_kind == "mult" and current == 0)):
        return total, current + word.value, kind  # one hundred and five, a thousand five
    if kind == "hundred" and 1 <= current <= 99 and last_kind in ("unit", "tens"):
        return total, current * 100, "hundred"
    if kind == "mult" and current > 0 and last_kind != "mult":
        return total + current * word.mult, 0, "mult"  # three thousand, two dozen
    return None


def find_numbers(norm: NormalizedText, *, language: str = "ar") -> list[NumberMention]:
    """Every number in ``norm``, left to right, non-overlapping (normalized offsets).

    ``language`` picks the word tables: ``"ar"`` or ``"en"``; anything else reads both. Digits are
    read in every language.
    """
    text = norm.text
    lex = _lexicon()
    out: list[NumberMention] = []
    taken = 0
    for start in _finder(language if language in _LANGS else "any").starts(text):
        if start < taken:
            continue
        before_start, before = _word_before(text, start)
        if before in _A_WORDS:  # "a dozen", "a few": the finder keys on the word after "a"
            start = before_start
            if start < taken:
                continue
            before = _word_before(text, start)[1]
        tokens = Tokens(text, start)
        if not tokens.has(0) or tokens[0].start != start:
            continue
        got = number_at(text, tokens, 0, language=language)
        if got is None:
            continue
        mention = got[1]
        if not mention.approximate and before in lex.hedges:
            mention = _mention(mention.start, mention.end, mention.value, True, mention.form)
        out.append(mention)
        taken = mention.end
    return out


def number_words(language: str = "any") -> frozenset[str]:
    """The normalized number words of ``language`` ("ar", "en", or anything else for both)."""
    langs = _LANGS.get(language, _BOTH)
    return frozenset(
        w for w, e in _lexicon().words.items() if ("ar" if e.arabic else "en") in langs and e.kind != "a"
    )


def _word_before(text: str, start: int) -> tuple[int, str]:
    """(start, text) of the word just before ``start`` across spaces only; (start, "") if none."""
    e = start
    while e > 0 and start - e < 3 and text[e - 1] == " ":
        e -= 1
    s = e
    while s > 0 and e - s < 16 and text[s - 1].isalpha():
        s -= 1
    if e == start or s == e or (s > 0 and text[s - 1].isalpha()):
        return start, ""
    return s, text[s:e]


def number_word_finder(language: str = "ar") -> WordFinder:
    """The finder :func:`find_numbers` starts from for ``language`` (for a shared document pass, see
    :class:`marsad.text.match.MatcherSet`)."""
    return _finder(language if language in _LANGS else "any")


@cache
def _finder(language: str) -> WordFinder:
    """Candidates: the number words of ``language`` (clitics are checked by the finder), digits."""
    phrases = _lexicon().phrases
    words = number_words(language) | {first for first, _ in phrases}
    words |= {second for first, second in phrases if first in _A_WORDS}  # "a number of"
    return WordFinder(words - _A_WORDS)


# --- duals -----------------------------------------------------------------------------------------

_TWO = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان"})


@lru_cache(maxsize=32)
def _dual_matcher(nouns: tuple[str, ...], sound_plural: frozenset[str]) -> LexiconMatcher[tuple[str, bool]]:
    """Matcher of dual forms; payload (singular, needs a following اثنين)."""
    entries: list[tuple[str, tuple[str, bool], bool]] = []
    for noun in nouns:
        stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
        entries.append((stem + "ان", (noun, False), False))
        entries.append((stem + "ين", (noun, noun in sound_plural), False))
    return LexiconMatcher(entries)


@lru_cache(maxsize=32)
def _dual_matcher_for(
    nouns: tuple[str, ...] | None, sound_plural: tuple[str, ...]
) -> LexiconMatcher[tuple[str, bool]]:
    lex = _lexicon()
    chosen = lex.dual_nouns if nouns is None else tuple(normalize_str(x) for x in nouns)
    plural = lex.sound_plural | {normalize_str(x) for x in sound_plural}
    return _dual_matcher(tuple(sorted(set(chosen))), frozenset(plural))


def find_dual_nouns(
    norm: NormalizedText, nouns: Iterable[str] | None = None, *, sound_plural: Iterable[str] = ()
) -> list[NumberMention]:
    """Dual forms of person nouns (``شخصين``, ``امرأتان``): value 2, form ``"dual"``.

    ``nouns`` are singulars (default: the list in ``numbers.toml``). For nouns whose ``-ين`` form is
    also the sound plural (``مدنيين``: the packaged list plus ``sound_plural``), that form counts only
    when ``اثنين``/``اثنان`` follows; the span then covers both words, as it does after any dual.
    """
    if (nouns is None or isinstance(nouns, tuple)) and isinstance(sound_plural, tuple):
        matcher = _dual_matcher_for(nouns, sound_plural)  # the usual call: constant lists, built once
    else:
        matcher = _dual_matcher_for(
            None if nouns is None else tuple(nouns), tuple(sound_plural)
        )
    text = norm.text
    out: list[NumberMention] = []
    for m in matcher.find(norm):
        _, needs_two = m.payload
        end = m.end
        k = end
        while k < len(text) and text[k] == " ":
            k += 1
        w = k
        while w < len(text) and text[w].isalpha():
            w += 1
        if text[k:w] in _TWO:
            end = w
        elif needs_two:
            continue
        if out and out[-1].start == m.start:
            continue
        out.append(_mention(m.start, end, 2, False, "dual"))
    return out


def parse_number(text: str) -> int | None:
    """The value of ``text`` when it is exactly one number expression (any form), else None."""
    norm = normalize(text)
    body = norm.text.strip()
    if not body:
        return None
    lead = len(norm.text) - len(norm.text.lstrip())
    for found in (find_numbers(norm, language="any"), find_dual_nouns(norm)):
        if len(found) == 1 and found[0].start == lead and found[0].end == lead + len(body):
            return found[0].value
    return None


# --- ordinals --------------------------------------------------------------------------------------

_ORDINAL_DIGITS = re.compile(r"(?<![\w.,])(\d{1,2})(?:st|nd|rd|th)\b")


@cache
def _ordinal_matcher(language: str) -> LexiconMatcher[int]:
    table = load_table("numbers.toml")["ordinals"]
    names = {"ar": ("arabic",), "en": ("english",)}.get(language, ("arabic", "english"))
    return LexiconMatcher((w, v, False) for name in names for w, v in table[name].items())


def find_ordinals(norm: NormalizedText, *, language: str = "ar") -> list[NumberMention]:
    """Ordinals 2-10 in ``norm`` ("الثالث", "ثانية", "fourth", "4th"): value n, form ``"ordinal"``,
    left to right (normalized offsets). Words carry clitics and the article ("والرابعة")."""
    return find_ordinals_in(norm.text, 0, len(norm.text), language=language)


def find_ordinals_in(text: str, start: int, end: int, *, language: str = "ar") -> list[NumberMention]:
    """:func:`find_ordinals` of ``text[start:end]`` (normalized text; offsets relative to ``start``),
    read from one scan of the whole ``text`` kept for the next slice (``LexiconMatcher.find_in``)."""
    out = [
        _mention(m.start, m.end, m.payload, False, "ordinal")
        for m in _ordinal_matcher(language).find_in(text, start, end)
    ]
    if language != "ar":
        for d in _ORDINAL_DIGITS.finditer(text[start:end]):
            value = int(d.group(1))
            if value >= 2:
                out.append(_mention(d.start(), d.end(), value, False, "ordinal"))
        out.sort(key=lambda m: m.start)
    return out


def ordinal_matchers() -> tuple[LexiconMatcher[int], ...]:
    """The matchers :func:`find_ordinals_in` reads (to scan a document once with the others)."""
    return (_ordinal_matcher("ar"), _ordinal_matcher("en"))
