"""Questions asked on the portal: the public form, the asker's private thread, and answers
shown there and sent by email."""
