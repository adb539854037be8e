"""Email: raw RFC 822 messages in (IMAP polling, a mail server's pipe) and replies out by SMTP."""
