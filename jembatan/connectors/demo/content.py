"""What Wonosobo's citizens write to their agencies on WhatsApp, Facebook and Instagram, for the
demo and `simulate_channels`; read from `conversations.toml` beside this module."""

from jembatan.core.demo.files import read_demo_file

_data = read_demo_file(__file__, "conversations.toml")

# (agency slug, account name, Instagram user name)
ACCOUNTS: list[tuple[str, str, str]] = [
    (row["agency"], row["name"], row["instagram"]) for row in _data["account"]]
# (full name, Instagram user name)
PEOPLE: list[tuple[str, str]] = [(row["name"], row["instagram"]) for row in _data["person"]]
ITEMS: list[dict] = _data["item"]
