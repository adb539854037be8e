"""Consultations and participants of the demo, read from `participation.toml` beside this
module."""

from jembatan.core.demo.files import read_demo_file

_data = read_demo_file(__file__, "participation.toml")

PARTICIPANTS: list[str] = [row["name"] for row in _data["participant"]]
CONSULTATIONS: list[dict] = _data["consultation"]
