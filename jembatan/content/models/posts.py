"""Models of joint content."""

__all__: list[str] = []
