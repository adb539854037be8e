"""Topics, threads and direct threads of the forum demo, read from `forum.toml` beside this
module, in the shapes the loader walks."""

from jembatan.core.demo.files import read_demo_file

_data = read_demo_file(__file__, "forum.toml")


def _messages(rows: list[dict]) -> list[tuple[str, int, str]]:
    return [(row["agency"], row["minutes"], row["text"]) for row in rows]


# (name, description)
TOPICS: list[tuple[str, str]] = [(row["name"], row["description"]) for row in _data["topic"]]
# (channel, agency of the author, days ago, hour, title, text, replies, is announcement,
#  how many agencies have read it)
THREADS = [
    (row["channel"], row["agency"], row["days_ago"], row["hour"], row.get("title", ""),
     row["body"], _messages(row.get("reply", [])), row.get("announcement", False),
     row.get("read_by", 0))
    for row in _data["thread"]]
# (agencies, title, days ago, messages)
DIRECT = [(row["agencies"], row["title"], row["days_ago"], _messages(row["message"]))
          for row in _data["direct"]]
