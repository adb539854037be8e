"""Joint content: posts and campaigns written by agencies together, and the public's comments
on the published articles."""

from jembatan.content.models.news_comments import *  # noqa: F403
from jembatan.content.models.posts import *  # noqa: F403
