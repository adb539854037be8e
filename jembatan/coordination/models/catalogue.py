"""Models of the catalogue part of the Bakohumas space."""

__all__: list[str] = []
