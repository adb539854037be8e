"""Joint content: posts and campaigns written by agencies together."""

from jembatan.content.models.posts import *  # noqa: F403
