"""Public replies under Facebook Page comments and Instagram comments.

Facebook shows comment replies only one level deep and Instagram adds a reply to a reply under
the top-level comment, so a reply always goes to the conversation's top-level comment
(`Conversation.thread_key`):

- Facebook: ``POST /{comment-id}/comments`` with ``message`` → ``{"id": "..."}``
- Instagram: ``POST /{ig-comment-id}/replies`` with ``message`` → ``{"id": "..."}``
"""

from __future__ import annotations

from jembatan.connectors.adapters import SendResult
from jembatan.connectors.channels.meta.graph import GraphRequest, account_problem, call, graph_url
from jembatan.connectors.models import ConversationMessage, Platform


class GraphCommentAdapter:
    """A public reply under a Facebook Page comment or an Instagram comment."""

    def prepare(self, message: ConversationMessage) -> GraphRequest:
        conversation = message.conversation
        target = conversation.thread_key or message.parent_external_id
        edge = "replies" if conversation.channel == Platform.INSTAGRAM else "comments"
        return GraphRequest("POST", graph_url(target, edge), {"message": message.body})

    def preview(self, message: ConversationMessage) -> dict:
        return self.prepare(message).describe()

    def send(self, message: ConversationMessage) -> SendResult:
        account = message.conversation.account
        problem = account_problem(account)
        if problem is not None:
            return problem
        return call(self.prepare(message), token=account.token,
                    read_id=lambda payload: payload.get("id", ""))
