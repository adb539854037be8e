"""Published news in the site search: the portal article of a published joint post. Drafts,
posts in review, scheduled and withdrawn posts are never in the index."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from jembatan.content.models import Post, PostStatus
from jembatan.search.registry import Document, DocumentSource


def post_documents(ids: list[int]) -> dict[int, Document]:
    posts = (Post.objects.filter(pk__in=ids, status=PostStatus.PUBLISHED)
             .select_related("lead_agency")
             .only("id", "slug", "title", "body", "lead_agency__name", "published_at"))
    return {
        post.pk: Document(object_id=post.pk, title=post.title, body=post.body,
                          url=post.get_absolute_url(), agency_id=post.lead_agency_id,
                          date=post.published_at, keywords=post.lead_agency.name)
        for post in posts
    }


SOURCE = DocumentSource(kind="berita", label=_("News"), model=Post,
                        documents=post_documents, order=10)
