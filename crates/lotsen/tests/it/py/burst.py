"""Sends a burst of small messages over SMTP from several connections and writes the
number of every message the server accepted with 250 to ACCEPTED (one per line, flushed
at once), so a test can kill the server at any moment and know what was acknowledged.

usage: burst.py HOST PORT NUMBERS CONNECTIONS ACCEPTED
NUMBERS is "FIRST-LAST" (inclusive) or a file with one number a line.
Each message N has Message-ID <burst-N@example.se>. A message the server did not accept
(refused, or the connection died) is simply not listed; the script ends when every
message was tried once.
"""
import smtplib
import sys
import threading

host, port = sys.argv[1], int(sys.argv[2])
spec, connections, accepted_path = sys.argv[3], int(sys.argv[4]), sys.argv[5]
if "-" in spec:
    first, last = (int(x) for x in spec.split("-"))
    numbers = list(range(first, last + 1))
else:
    with open(spec, encoding="ascii") as f:
        numbers = [int(line) for line in f if line.strip()]
lock = threading.Lock()
out = open(accepted_path, "a", encoding="ascii")


def message(n):
    sender = f"kund{n % 997}@example.se"
    return (
        f"From: Kund {n % 997} <{sender}>\r\n"
        f"To: kundservice@banken.se\r\n"
        f"Subject: =?utf-8?q?Fr=C3=A5ga_{n}?=\r\n"
        f"Message-ID: <burst-{n}@example.se>\r\n"
        f"Date: Tue, 01 Dec 2026 10:00:00 +0100\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hej! Jag undrar över faktura nummer {n}. Kortet fungerar inte i butiken.\r\n"
        f"\r\nMvh Kund {n % 997}\r\n"
    ).encode("utf-8"), sender


def worker(numbers):
    smtp = None
    for n in numbers:
        data, sender = message(n)
        try:
            if smtp is None:
                smtp = smtplib.SMTP(host, port, timeout=30)
                smtp.ehlo("mx.example.se")
            smtp.sendmail(sender, ["kundservice@banken.se"], data)
        except Exception:
            try:
                if smtp is not None:
                    smtp.close()
            except Exception:
                pass
            smtp = None
            continue
        with lock:
            out.write(f"{n}\n")
            out.flush()
    if smtp is not None:
        try:
            smtp.quit()
        except Exception:
            pass


threads = [
    threading.Thread(target=worker, args=(numbers[i::connections],))
    for i in range(connections)
]
for t in threads:
    t.start()
for t in threads:
    t.join()
out.close()
