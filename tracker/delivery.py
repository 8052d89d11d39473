"""Wiring delivery from settings: the SMTP transport, and the embedded mail catcher when it is the default."""

import ssl
from collections.abc import Iterator
from contextlib import contextmanager

from notifications.catcher import MailCatcher, is_listening
from notifications.smtp import SmtpConfig, SmtpTransport
from tracker.config import Settings


def make_transport(settings: Settings) -> SmtpTransport:
    """The SMTP transport for the configured server (password from TRACKER_SMTP_PASSWORD)."""
    smtp = settings.smtp
    # Certificates are always verified; ca_file pins the authority that signed the server's certificate.
    context = ssl.create_default_context(cafile=smtp.ca_file) if smtp.ca_file else None
    return SmtpTransport(SmtpConfig(host=smtp.host, port=smtp.port, sender=smtp.sender, starttls=smtp.starttls,
                                    tls=smtp.tls, username=smtp.username,
                                    password=smtp.password.get_secret_value() if smtp.password else None,
                                    timeout=smtp.timeout, tls_context=context,
                                    connections=smtp.connections))


@contextmanager
def embedded_catcher(settings: Settings) -> Iterator[MailCatcher | None]:
    """Run the local mail catcher for the duration of the block, when configured and nothing else listens there."""
    smtp = settings.smtp
    if not smtp.catcher or smtp.host not in ("127.0.0.1", "localhost") or is_listening(smtp.host, smtp.port):
        yield None
        return
    catcher = MailCatcher(smtp.catcher_dir, host="127.0.0.1", port=smtp.port).start()
    try:
        yield catcher
    finally:
        catcher.stop()
