"""Services and work programmes of the catalogue demo, read from `catalogue.toml` beside this
module."""

from jembatan.core.demo.files import read_demo_file

_data = read_demo_file(__file__, "catalogue.toml")

# Services by agency slug, each agency's in the file's order.
SERVICES: dict[str, list[dict]] = {}
for _service in _data["service"]:
    _fields = dict(_service)
    SERVICES.setdefault(_fields.pop("agency"), []).append(_fields)

PROGRAMMES: list[dict] = _data["programme"]
