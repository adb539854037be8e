"""Joint posts of the content demo, read from `posts.toml` beside this module."""

from jembatan.core.demo.files import read_demo_file

POSTS: list[dict] = read_demo_file(__file__, "posts.toml")["post"]
