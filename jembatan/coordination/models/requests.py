"""Models of the requests part of the Bakohumas space."""

__all__: list[str] = []
