"""Documents: turn a RawItem into a Document (HTML cleaned to text, language detected)."""
