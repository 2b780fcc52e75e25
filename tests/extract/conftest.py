"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest

from marsad.extract.actors import ActorFinder, load_actor_catalog
from marsad.extract.pipeline import ExtractionResources, load_resources


@pytest.fixture(scope="session")
def resources() -> ExtractionResources:
    """The extraction resources (lexicons, catalogs, matchers), built once per test process."""
    return load_resources()


@pytest.fixture(scope="session")
def finder() -> ActorFinder:
    """The actor finder over the packaged catalog, built once per test process."""
    return ActorFinder(load_actor_catalog())
