"""Models of the agenda part of the Bakohumas space."""

__all__: list[str] = []
