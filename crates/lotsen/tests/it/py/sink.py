"""An SMTP sink for tests: aiosmtpd on HOST:PORT, keeping every message it receives as a
file in DIR (the bytes as sent, after aiosmtpd's own parsing of the envelope).

usage: sink.py HOST PORT DIR
Prints "ready" when it listens.
"""
import os
import sys
import threading

from aiosmtpd.controller import Controller

host, port, directory = sys.argv[1], int(sys.argv[2]), sys.argv[3]


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
        os.rename(base + ".tmp", base + ".eml")
        return "250 2.0.0 Kept as " + str(self.n)


controller = Controller(Keep(), hostname=host, port=port)
controller.start()
print("ready", flush=True)
try:
    threading.Event().wait()
finally:
    controller.stop()
