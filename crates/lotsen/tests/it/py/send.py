"""Delivers one message file to an SMTP server with Python's smtplib, as an MTA would.

usage: send.py HOST PORT MAIL_FROM RCPT_TO FILE
Prints the server's final reply code; exits 1 when the message was refused.
"""
import smtplib
import sys

host, port, mail_from, rcpt_to, path = sys.argv[1:6]
with open(path, "rb") as f:
    data = f.read()
with smtplib.SMTP(host, int(port), timeout=30) as smtp:
    smtp.ehlo("mx.example.se")
    code, _ = smtp.mail(mail_from)
    assert code == 250, code
    code, _ = smtp.rcpt(rcpt_to)
    assert code == 250, code
    code, reply = smtp.data(data)
    print(code, reply.decode("utf-8", "replace"))
    sys.exit(0 if code == 250 else 1)
