"""Channels: the agencies' connected accounts and the conversations citizens start on them.

Every inbound item (a WhatsApp message, a comment under a Page or Instagram post, an email, a
message from the portal's contact form) becomes a ConversationMessage in a Conversation of one
person and one thread. Replies are outgoing messages of the same conversation; adapters deliver
them to the platform (or store them, in outbox mode) and record the delivery status.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jembatan.core import crypto
from jembatan.core.files import RandomName, StoredFile
from jembatan.core.models import Agency


class Platform(models.TextChoices):
    WHATSAPP = "whatsapp", _("WhatsApp")
    FACEBOOK = "facebook", _("Facebook")
    INSTAGRAM = "instagram", _("Instagram")
    # Names, capitalised as the other platforms are: "Email", "Situs web".
    EMAIL = "email", pgettext_lazy("channel", "Email")
    WEB = "web", pgettext_lazy("channel", "Website")


# Platforms an agency connects as an account (the web channel is the portal itself).
CONNECTABLE = (Platform.WHATSAPP, Platform.FACEBOOK, Platform.INSTAGRAM, Platform.EMAIL)


class ConnectedAccount(models.Model):
    """An agency's WhatsApp number, Facebook Page, Instagram account or mailbox."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="accounts",
                               verbose_name=_("agency"))
    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    # WhatsApp phone_number_id, Page id, Instagram account id, or the email address.
    external_id = models.CharField(_("account id"), max_length=255)
    name = models.CharField(_("name"), max_length=150, blank=True)
    token_encrypted = models.TextField(_("access token (encrypted)"), blank=True, editable=False)
    # Mailboxes: where to poll for new mail (IMAP) — the password is the token.
    imap_host = models.CharField(_("IMAP server"), max_length=255, blank=True)
    imap_port = models.PositiveIntegerField(_("IMAP port"), default=993)
    imap_username = models.CharField(_("IMAP user name"), max_length=255, blank=True)
    imap_use_ssl = models.BooleanField(_("IMAP over TLS"), default=True)
    imap_last_uid = models.PositiveBigIntegerField(_("last email fetched"), default=0,
                                                   editable=False)
    # UIDs count only within one UIDVALIDITY (RFC 3501 2.3.1.1); when it changes, resync.
    imap_uid_validity = models.PositiveBigIntegerField(_("mailbox version"), default=0,
                                                       editable=False)
    is_active = models.BooleanField(_("active"), default=True)
    connected_at = models.DateTimeField(_("connected"), default=timezone.now)
    last_event_at = models.DateTimeField(_("last event"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("connected account")
        verbose_name_plural = _("connected accounts")
        ordering = ["agency__name", "platform"]
        constraints = [
            models.UniqueConstraint(fields=["platform", "external_id"],
                                    name="account_unique_per_platform"),
        ]

    def __str__(self) -> str:
        return f"{self.get_platform_display()} · {self.name or self.external_id}"

    @property
    def token(self) -> str:
        return crypto.decrypt(self.token_encrypted)

    @token.setter
    def token(self, value: str) -> None:
        self.token_encrypted = crypto.encrypt(value)

    @property
    def has_token(self) -> bool:
        return bool(self.token_encrypted)


class WebhookDelivery(models.Model):
    """A webhook request exactly as received, stored before any processing.

    The endpoint answers at once; a task parses the body. If that task fails the delivery stays
    here with its error and is retried, so nothing received is lost.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        PROCESSED = "processed", _("processed")
        IGNORED = "ignored", _("ignored")
        FAILED = "failed", _("failed")

    source = models.CharField(_("source"), max_length=30)  # "meta"; other senders later
    # page, instagram, whatsapp_business_account
    object_type = models.CharField(_("type"), max_length=50, blank=True)
    body = models.TextField(_("content"))
    body_sha256 = models.CharField(_("content fingerprint"), max_length=64, unique=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices,
                              default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    processed_at = models.DateTimeField(_("processed"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-received_at"]
        indexes = [models.Index(fields=["status", "received_at"], name="delivery_status_idx")]

    def __str__(self) -> str:
        return f"{self.source}/{self.object_type} {self.received_at:%Y-%m-%d %H:%M}"


class Contact(models.Model):
    """One person on one platform (a WhatsApp number, a Facebook or Instagram user, an email
    address). Their conversations with every agency hang off it: "earlier contacts"."""

    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    external_id = models.CharField(_("ID on the platform"), max_length=255)
    name = models.CharField(_("name"), max_length=150, blank=True)
    handle = models.CharField(_("user name"), max_length=150, blank=True)
    # Staff said a message of this person read as spam was not: their later messages are never
    # read as spam again (a "Bukan spam" is a correction that lasts).
    not_spam = models.BooleanField(_("not a spammer"), default=False)
    created_at = models.DateTimeField(_("first seen"), default=timezone.now)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        constraints = [
            models.UniqueConstraint(fields=["platform", "external_id"],
                                    name="contact_unique_per_platform"),
        ]

    def __str__(self) -> str:
        return self.name or self.handle or self.external_id


class Label(models.Model):
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="labels",
                               null=True, blank=True, verbose_name=_("agency"))
    name = models.CharField(_("name"), max_length=50)

    class Meta:
        verbose_name = _("label")
        verbose_name_plural = _("labels")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "name"], name="label_unique_per_agency"),
        ]

    def __str__(self) -> str:
        return self.name


class Conversation(models.Model):
    """One person and one thread: a WhatsApp chat, a comment thread under one post, an email
    thread, a portal contact message."""

    class Status(models.TextChoices):
        # A conversation is answered, not "followed up" as a report is: its own wording.
        OPEN = "open", pgettext_lazy("conversation status", "open")
        ANSWERED = "answered", pgettext_lazy("conversation status", "answered")
        CLOSED = "closed", pgettext_lazy("conversation status", "closed")

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="conversations",
                               verbose_name=_("agency"))
    account = models.ForeignKey(ConnectedAccount, verbose_name=_("account"),
                                on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="conversations")
    channel = models.CharField(_("channel"), max_length=20, choices=Platform.choices)
    contact = models.ForeignKey(Contact, on_delete=models.PROTECT, related_name="conversations",
                                verbose_name=_("contact"))
    # What makes messages one thread on the platform: the WhatsApp number, the top-level
    # comment id, the root Message-ID of an email thread.
    thread_key = models.CharField(_("thread on the platform"), max_length=255)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    # The post being commented on (Facebook/Instagram).
    post_id = models.CharField(_("post ID on the platform"), max_length=255, blank=True)
    post_text = models.TextField(_("post"), blank=True)
    post_url = models.URLField(_("post link"), max_length=500, blank=True)

    status = models.CharField(_("status"), max_length=20, choices=Status.choices,
                              default=Status.OPEN)
    needs_reply = models.BooleanField(_("needs a reply"), default=True)
    # True while needs_reply is the automatic suggestion; False once staff set it.
    needs_reply_is_suggestion = models.BooleanField(_("reply need suggested automatically"),
                                                    default=True)
    needs_reply_reason = models.CharField(_("why no reply is needed"), max_length=100, blank=True)
    # In the spam folder, out of every working list: read as spam (needs_reply_reason "spam",
    # with needs_reply_is_suggestion) or marked by staff (needs_reply_is_suggestion False).
    is_spam = models.BooleanField(_("spam"), default=False)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="conversations",
                                    verbose_name=_("assigned to"))
    labels = models.ManyToManyField(Label, blank=True, related_name="conversations",
                                    verbose_name=_("labels"))
    report = models.ForeignKey("reports.Report", on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="conversations",
                               verbose_name=_("report"))

    # Portal questions: the asker follows the thread with a private link; the key is kept
    # hashed (to find the thread) and encrypted (to send the link again with each answer).
    web_key_hash = models.CharField(_("private link key"), max_length=64, blank=True, db_index=True,
                                    editable=False)
    web_key_encrypted = models.TextField(_("private link key (encrypted)"), blank=True,
                                         editable=False)

    created_at = models.DateTimeField(_("started"), default=timezone.now)
    last_message_at = models.DateTimeField(_("last message"), default=timezone.now)
    last_inbound_at = models.DateTimeField(_("last incoming message"), null=True, blank=True)
    last_outbound_at = models.DateTimeField(_("last outgoing message"), null=True, blank=True)
    # Set when the first inbound message that needs a reply waits; cleared by a reply. The
    # response metrics and the "unanswered" queue read these, never the message table.
    waiting_since = models.DateTimeField(_("waiting since"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    first_response_seconds = models.PositiveIntegerField(_("time to first response (seconds)"),
                                                         null=True, blank=True)

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        constraints = [
            models.UniqueConstraint(fields=["channel", "agency", "thread_key"],
                                    name="conversation_unique_thread"),
            # Spam waits for nobody: the waiting counts read waiting_since alone.
            models.CheckConstraint(condition=Q(is_spam=False) | Q(waiting_since__isnull=True),
                                   name="conversation_spam_not_waiting"),
        ]
        indexes = [
            models.Index(fields=["-last_message_at", "-id"], name="conv_recent_idx"),
            models.Index(fields=["agency", "-last_message_at", "-id"], name="conv_agency_idx"),
            models.Index(fields=["waiting_since", "id"], name="conv_waiting_idx",
                         condition=Q(waiting_since__isnull=False)),
            models.Index(fields=["agency", "channel", "created_at"], name="conv_metrics_idx"),
            # The channel filter, newest first (without it: a sort of the channel's rows).
            models.Index(fields=["channel", "-last_message_at", "-id"], name="conv_channel_idx"),
            # Waiting counts per channel (the list's channel tabs, the navigation, the metrics'
            # "unanswered now") read this small index alone, not the table. Channel first: led
            # by agency, SQLite drives the unanswered list from it agency by agency and sorts.
            models.Index(fields=["channel", "agency"], name="conv_waiting_channel_idx",
                         condition=Q(waiting_since__isnull=False)),
            # The "waiting for an answer" list, newest first, walks only waiting rows.
            models.Index(fields=["-last_message_at", "-id"], name="conv_waiting_recent_idx",
                         condition=Q(waiting_since__isnull=False)),
            # The spam folder and its count: a few rows, read without touching the rest.
            models.Index(fields=["agency", "-last_message_at", "-id"], name="conv_spam_idx",
                         condition=Q(is_spam=True)),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} · {self.contact}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("connectors:conversation", args=[self.pk])

    @property
    def is_unanswered(self) -> bool:
        return self.waiting_since is not None


class ConversationMessage(models.Model):
    class Direction(models.TextChoices):
        IN = "in", _("incoming")
        OUT = "out", _("outgoing")
        NOTE = "note", _("internal note")

    class Kind(models.TextChoices):
        TEXT = "text", _("text message")
        IMAGE = "image", _("image")
        DOCUMENT = "document", _("document")
        LOCATION = "location", _("location")
        INTERACTIVE = "interactive", _("button reply")
        TEMPLATE = "template", _("template message")
        MENTION = "mention", _("mention")
        AUDIO = "audio", _("voice or audio message")
        VIDEO = "video", _("video")
        STICKER = "sticker", _("sticker")
        CONTACTS = "contacts", _("contact card")
        REACTION = "reaction", _("reaction")
        ORDER = "order", _("order")
        # Written by the platform, not by the person: a changed number, a first contact.
        SYSTEM = "system", _("system notice")
        UNSUPPORTED = "unsupported", _("message the platform cannot show")
        OTHER = "other", _("other")

    class Delivery(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        DELIVERED = "delivered", _("delivered")
        READ = "read", _("read")
        FAILED = "failed", _("failed")
        OUTBOX = "outbox", _("stored in the outbox")

    conversation = models.ForeignKey(Conversation, verbose_name=_("conversation"),
                                     on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TEXT)
    body = models.TextField(_("message"), blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("author"),
                               on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    author_name = models.CharField(_("author name"), max_length=150, blank=True)
    # The platform's id: wamid, comment id, Message-ID. Unique per channel: redelivery is a no-op.
    external_id = models.CharField(_("ID on the platform"), max_length=255, blank=True)
    parent_external_id = models.CharField(_("replies to (ID on the platform)"), max_length=255,
                                          blank=True)
    # Email threading headers; media ids, location, interactive reply, the raw item.
    headers = models.JSONField(_("email headers"), default=dict, blank=True)
    data = models.JSONField(_("data"), default=dict, blank=True)
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    is_removed = models.BooleanField(_("removed on the platform"), default=False)
    # Written by a system, not a person (an out-of-office reply, a bounce, an empty email, a
    # platform's notice): kept, but it never makes a conversation wait for a reply.
    is_system = models.BooleanField(_("written by a system"), default=False, db_index=True)

    delivery_status = models.CharField(_("delivery status"), max_length=20,
                                       choices=Delivery.choices, blank=True)
    delivery_error = models.TextField(_("delivery error"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["conversation", "external_id"],
                                    condition=~Q(external_id=""),
                                    name="message_unique_external_id"),
        ]
        indexes = [
            models.Index(fields=["external_id"], name="message_external_idx",
                         condition=~Q(external_id="")),
            models.Index(fields=["delivery_status", "next_attempt_at"], name="message_retry_idx",
                         condition=Q(delivery_status__in=["queued", "sending"])),
            # A conversation's messages in order, and its last message, without a sort.
            models.Index(fields=["conversation", "created_at", "id"], name="message_thread_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_direction_display()}: {self.body[:40]}"


# Inbound messages of these kinds never ask for a reply and never start or extend the wait:
# the platform wrote them, or they carry nothing to answer (an emoji reaction).
KINDS_WITHOUT_REPLY = frozenset({ConversationMessage.Kind.REACTION,
                                 ConversationMessage.Kind.SYSTEM,
                                 ConversationMessage.Kind.UNSUPPORTED})


class ConversationAttachment(StoredFile):
    message = models.ForeignKey(ConversationMessage, verbose_name=_("message"),
                                on_delete=models.CASCADE, related_name="attachments")
    # Looser than StoredFile's fields: media not yet fetched from the platform has only its
    # external_ref (WhatsApp media id, a CDN link), no file, type, size or name.
    file = models.FileField(_("file"), upload_to=RandomName("conversations"), blank=True)
    external_ref = models.CharField(_("media reference on the platform"), max_length=500,
                                    blank=True)
    content_type = models.CharField(_("file type"), max_length=100, blank=True)
    size = models.PositiveIntegerField(_("size"), default=0)
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    # The message's own time (webhooks and imports give it), not the time it was stored.
    created_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.original_name or self.external_ref


class QuarantinedEmail(models.Model):
    """An email that could not be read completely: why, and the original bytes.

    What could be read is stored as a message of a conversation like any other; the original
    stays here, in the database and never under the media root, for coordinators to download.
    When even that message could not be stored, `message` is empty and this is all there is.
    """

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="quarantined_mail",
                               verbose_name=_("agency"))
    account = models.ForeignKey(ConnectedAccount, verbose_name=_("account"),
                                on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    message = models.OneToOneField(ConversationMessage, verbose_name=_("message"),
                                   on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="quarantine")
    # Keys of jembatan.connectors.channels.email.quarantine.REASONS.
    reasons = models.JSONField(_("reasons"), default=list)
    raw = models.BinaryField(_("original email"))
    size = models.PositiveIntegerField(_("size"), default=0)
    sha256 = models.CharField(_("email fingerprint"), max_length=64, db_index=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now)

    class Meta:
        verbose_name = _("quarantined email")
        verbose_name_plural = _("quarantined emails")
        ordering = ["-received_at", "-id"]
        indexes = [models.Index(fields=["agency", "-received_at"], name="quarantine_agency_idx")]

    def __str__(self) -> str:
        return f"{self.agency} {self.received_at:%Y-%m-%d %H:%M}"


class ImportJob(models.Model):
    """A platform export file (CSV/JSON) being loaded in the background, with its progress."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="imports",
                               verbose_name=_("agency"))
    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    file = models.FileField(_("file"), upload_to=RandomName("imports"))
    original_name = models.CharField(_("file name"), max_length=255)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"),
                                   on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices,
                              default=Status.PENDING)
    total = models.PositiveIntegerField(_("rows in the file"), default=0)
    processed = models.PositiveIntegerField(_("rows processed"), default=0)
    created = models.PositiveIntegerField(_("messages added"), default=0)
    skipped = models.PositiveIntegerField(_("rows skipped"), default=0)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def percent(self) -> int:
        if not self.total:
            return 100 if self.status == self.Status.DONE else 0
        return min(100, round(100 * self.processed / self.total))
