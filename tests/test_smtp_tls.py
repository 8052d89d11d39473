"""Delivery to a server that requires STARTTLS and a login: certificate verified, password from the environment."""

import json
import ssl
import subprocess

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from conftest import FIXTURES

from notifications.catcher import free_port


class Recorder:
    """Keeps who logged in and what arrived."""

    def __init__(self) -> None:
        self.users: list[str] = []
        self.messages: list[bytes] = []

    def authenticate(self, server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN201
        ok = auth_data.login == b"tracker" and auth_data.password == b"mat-khau-bi-mat"
        if ok:
            self.users.append(auth_data.login.decode())
        # handled=False: the server itself answers 535 on failure.
        return AuthResult(success=ok, handled=False)

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201
        self.messages.append(envelope.content)
        return "250 OK"


@pytest.fixture
def certificate(tmp_path):
    """A self-signed certificate for 127.0.0.1, its file, and a server context holding it."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return cert, context


@pytest.fixture
def tls_server(certificate):
    """An SMTP server on 127.0.0.1 with a self-signed certificate, STARTTLS and AUTH required."""
    cert, context = certificate
    recorder = Recorder()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                            authenticator=recorder.authenticate, auth_required=True, auth_require_tls=True)
    controller.start()
    yield recorder, port, cert
    controller.stop()


@pytest.fixture
def tick_against(cli, loaded, workdir, tls_server, monkeypatch):
    """Configure the TLS server (password, trusted CA or not), register the reminders, run the 4/2/2021 pass."""
    _, port, cert = tls_server

    def run(password: str, *, trust: bool = True) -> dict:
        ca = f'ca_file = "{cert}"\n' if trust else ""
        (workdir / "config.toml").write_text(
            f'[database]\nurl = "sqlite:///data/tracker.db"\n[smtp]\nport = {port}\ncatcher = false\nstarttls = true\n'
            f'username = "tracker"\n{ca}timeout = 10\n', encoding="utf-8")
        monkeypatch.setenv("TRACKER_SMTP_PASSWORD", password)
        cli("directives", "add", str(FIXTURES / "reminders.toml"), "--now", "2021-01-04T09:00")
        return json.loads(cli("tick", "--json", "--now", "2021-02-04T08:00").stdout)

    return run


def test_starttls_and_login_deliver(tick_against, tls_server):
    recorder, _, _ = tls_server
    figures = tick_against("mat-khau-bi-mat")
    assert (figures["sent"], figures["failed"]) == (2, 0)
    assert recorder.users == ["tracker"]  # one login: one connection for the batch
    assert len(recorder.messages) == 2


def test_wrong_password_fails_with_the_servers_answer(cli, tick_against, tls_server):
    recorder, _, _ = tls_server
    figures = tick_against("sai")
    assert (figures["sent"], figures["failed"]) == (0, 2)
    failed = json.loads(cli("outbox", "list", "--json", "--status", "failed").stdout)
    assert failed[0]["error"].startswith("535")
    assert recorder.messages == []


def test_untrusted_certificate_is_refused(cli, tick_against):
    figures = tick_against("mat-khau-bi-mat", trust=False)
    assert figures["sent"] == 0 and figures["retrying"] == 2
    pending = json.loads(cli("outbox", "list", "--json", "--status", "pending").stdout)
    assert "CERTIFICATE_VERIFY_FAILED" in pending[0]["error"] or "certificate" in pending[0]["error"].lower()


def test_implicit_tls_delivers(cli, loaded, workdir, certificate):
    cert, context = certificate
    recorder = Recorder()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port, ssl_context=context)
    controller.start()
    try:
        (workdir / "config.toml").write_text(
            f'[database]\nurl = "sqlite:///data/tracker.db"\n[smtp]\nport = {port}\ncatcher = false\ntls = true\n'
            f'ca_file = "{cert}"\ntimeout = 10\n', encoding="utf-8")
        cli("directives", "add", str(FIXTURES / "reminders.toml"), "--now", "2021-01-04T09:00")
        figures = json.loads(cli("tick", "--json", "--now", "2021-02-04T08:00").stdout)
        assert (figures["sent"], len(recorder.messages)) == (2, 2)
    finally:
        controller.stop()
