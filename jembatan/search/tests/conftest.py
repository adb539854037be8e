from jembatan.content.tests.conftest import approved, draft  # noqa: F401  (joint posts)
