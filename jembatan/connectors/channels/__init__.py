"""One package per channel: what arrives on it, how it is read, and how a reply goes back.

`meta` (WhatsApp, Facebook Pages, Instagram through the Graph API), `email` (IMAP, a mail
server's pipe, SMTP) and `web` (questions asked on the portal). What every channel shares, the
inbound storage, the outbound queue and the conversation actions, is in the app's top level.
"""
