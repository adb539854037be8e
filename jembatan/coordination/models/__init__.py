"""The Bakohumas space. Each part keeps its models in its own module."""

from jembatan.coordination.models.agenda import *  # noqa: F403
from jembatan.coordination.models.catalogue import *  # noqa: F403
from jembatan.coordination.models.forum import *  # noqa: F403
from jembatan.coordination.models.library import *  # noqa: F403
from jembatan.coordination.models.requests import *  # noqa: F403
