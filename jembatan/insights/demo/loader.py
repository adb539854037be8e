"""The demo's figures: counted once every domain's demo is loaded."""

from __future__ import annotations


def insights_demo_load(**kwargs) -> None:
    from jembatan.insights import rollups

    rollups.rebuild_all()
