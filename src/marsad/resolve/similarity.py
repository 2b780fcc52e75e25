"""Text similarity for clustering: MinHash signatures over word shingles of normalized text.

Signatures are deterministic across processes (shingles are hashed with CRC-32, never Python's salted
``hash``) and compact (``permutations`` x 4 bytes), so a million reports fit in memory. Compare two
signatures with :func:`estimate_jaccard`; :func:`lsh_keys` gives band keys for blocking near-duplicates.
Only texts in the same script are compared: across languages the structured fields carry the match.
"""

from __future__ import annotations

import functools
import itertools
import zlib

import numpy as np
import numpy.typing as npt

from marsad.text.normalize import normalize_str

__all__ = ["estimate_jaccard", "lsh_keys", "minhash", "script_of", "shingles"]

_EMPTY = b""


def script_of(text: str) -> str:
    """``ar`` when Arabic letters outnumber Latin ones, ``latin`` when not, ``""`` without letters."""
    arabic = latin = 0
    for ch in text:
        if "\u0600" <= ch <= "\u06ff":
            arabic += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if not arabic and not latin:
        return ""
    return "ar" if arabic >= latin else "latin"


def shingles(text: str) -> list[int]:
    """CRC-32 hashes of the word unigrams and bigrams of the normalized, lower-cased text."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in normalize_str(text).lower()).split()]
    grams = set(words)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return [zlib.crc32(g.encode("utf-8")) for g in grams]


@functools.cache
def _coefficients(permutations: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    rng = np.random.default_rng(20240412)  # fixed: signatures must match across runs and machines
    a = rng.integers(1, 2**63, size=permutations, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=permutations, dtype=np.uint64)
    return a, b


def minhash(text: str, permutations: int = 64) -> bytes:
    """The MinHash signature of ``text`` (``permutations`` uint32 values as bytes; empty for no words).

    Each permutation is a multiply-shift hash ``(a * x + b) >> 32`` over 64-bit words.
    """
    hashed = shingles(text)
    if not hashed:
        return _EMPTY
    a, b = _coefficients(permutations)
    x = np.asarray(hashed, dtype=np.uint64)
    with np.errstate(over="ignore"):
        values = (np.multiply.outer(a, x) + b[:, None]) >> np.uint64(32)
    return bytes(values.min(axis=1).astype(np.uint32).tobytes())


def estimate_jaccard(a: bytes, b: bytes) -> float:
    """The share of equal signature slots: an unbiased estimate of the shingle sets' Jaccard index."""
    if not a or not b or len(a) != len(b):
        return 0.0
    x = np.frombuffer(a, dtype=np.uint32)
    y = np.frombuffer(b, dtype=np.uint32)
    return float(np.count_nonzero(x == y)) / len(x)


def lsh_keys(signature: bytes, bands: int, rows: int) -> list[bytes]:
    """Band keys: two signatures sharing any key are likely near-duplicates (Jaccard well above
    ``(1/bands) ** (1/rows)``). Uses the first ``bands * rows`` slots."""
    if not signature:
        return []
    width = rows * 4
    return [bytes([i]) + signature[i * width : (i + 1) * width] for i in range(bands)]
