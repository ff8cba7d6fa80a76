"""Shared fixtures: small hand-built texts, the bundled example article, and ../shared when present."""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ci", max_examples=500, deadline=None)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED = REPOSITORY.parent / "shared"


@pytest.fixture(scope="session")
def example_text() -> str:
    return resources.files("stance").joinpath("resources", "example_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: this test needs the project's shared folder (seeds, datasets, reserved URLs)")
    return SHARED


@pytest.fixture(scope="session")
def default_model():
    import stance

    return stance.load_model()
