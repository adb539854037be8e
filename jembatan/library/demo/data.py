"""Items of the library demo, read from `library.toml` beside this module."""

from jembatan.core.demo.files import read_demo_file

LIBRARY: list[dict] = read_demo_file(__file__, "library.toml")["item"]
