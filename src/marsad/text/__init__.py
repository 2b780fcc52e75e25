"""Text layer: offset-preserving normalization, sentences, lexicon matching, numbers and dates."""
