"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest

from marsad.extract.pipeline import ExtractionResources, load_resources


@pytest.fixture(scope="session")
def resources() -> ExtractionResources:
    """The extraction resources (lexicons, catalogs, matchers), built once per test process."""
    return load_resources()
