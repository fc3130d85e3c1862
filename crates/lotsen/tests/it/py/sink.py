"""An SMTP sink for tests: aiosmtpd on HOST:PORT, keeping every message it receives as a
file in DIR (the bytes as sent, after aiosmtpd's own parsing of the envelope).

usage: sink.py HOST PORT DIR [CERT KEY USER PASSWORD]
With a certificate it requires STARTTLS and then a login as USER with PASSWORD, as a
company's relay does. Each message's envelope file lists the sender, the recipients,
and whether TLS and a login were used. Prints "ready" when it listens.
"""
import os
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

host, port, directory = sys.argv[1], int(sys.argv[2]), sys.argv[3]
secure = len(sys.argv) >= 8


class Keep:
    def __init__(self):
        self.n = 0

    async def handle_DATA(self, server, session, envelope):
        self.n += 1
        base = os.path.join(directory, f"{self.n:05d}")
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".envelope", "w", encoding="utf-8") as f:
            f.write(envelope.mail_from + "\n" + "\n".join(envelope.rcpt_tos) + "\n")
            if secure:
                tls = "tls" if session.ssl is not None else "plain"
                f.write(f"{tls}\nauthenticated={session.authenticated}\n")
        os.rename(base + ".tmp", base + ".eml")
        return "250 2.0.0 Kept as " + str(self.n)


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == sys.argv[6].encode()
        and auth_data.password == sys.argv[7].encode()
    )
    return AuthResult(success=ok)


if secure:
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(sys.argv[4], sys.argv[5])
    controller = Controller(
        Keep(),
        hostname=host,
        port=port,
        tls_context=context,
        require_starttls=True,
        authenticator=authenticator,
        auth_require_tls=True,
        auth_required=True,
    )
else:
    controller = Controller(Keep(), hostname=host, port=port)
controller.start()
print("ready", flush=True)
try:
    threading.Event().wait()
finally:
    controller.stop()
