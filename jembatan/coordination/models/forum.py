"""Models of the forum part of the Bakohumas space."""

__all__: list[str] = []
