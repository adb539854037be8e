"""Events of the agenda demo, read from `agenda.toml` beside this module."""

from jembatan.core.demo.files import read_demo_file

EVENTS: list[dict] = read_demo_file(__file__, "agenda.toml")["event"]
