"""Requests between agencies of the demo, read from `requests.toml` beside this module, in the
shape the loader walks."""

from jembatan.core.demo.files import read_demo_file

# (requesting agency, asked agencies, kind, title, text, created days ago, due in days,
#  answers [(agency, action, note, hours after)], comments [(agency, text, hours after)],
#  cancelled)
REQUESTS = [
    (row["agency"], row["asked"], row["kind"], row["title"], row["body"], row["days_ago"],
     row["due_in_days"],
     [(a["agency"], a["action"], a.get("note", ""), a["hours_after"])
      for a in row.get("answer", [])],
     [(c["agency"], c["text"], c["hours_after"]) for c in row.get("comment", [])],
     row.get("cancelled", False))
    for row in read_demo_file(__file__, "requests.toml")["request"]]
