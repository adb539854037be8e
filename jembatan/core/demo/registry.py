"""Each domain adds its part of the demo here (in its AppConfig.ready); load_demo runs them
in order after the core data (jurisdiction, regions, agencies, people)."""

from collections.abc import Callable

DEMO_LOADERS: list[tuple[str, Callable]] = []


def register_demo_loader(name: str, loader: Callable) -> None:
    if name not in {existing for existing, _ in DEMO_LOADERS}:
        DEMO_LOADERS.append((name, loader))
