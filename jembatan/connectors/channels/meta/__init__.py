"""Meta's platforms (WhatsApp Cloud API, Facebook Pages, Instagram): the webhook that receives
their events, the parser of their published formats and the processing of each event."""
