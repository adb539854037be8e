"""Models of the library part of the Bakohumas space."""

__all__: list[str] = []
