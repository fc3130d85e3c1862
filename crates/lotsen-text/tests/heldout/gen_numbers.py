"""Number generators for the held-out set (synthetic, check-digit valid or deliberately broken).

Imported by build_heldout.py. Identity numbers come from Skatteverket's published test numbers
(personnummer/meta allPins.json and allCoords.json), excluding those already used in the corpus.
"""

import datetime
import json
import random
import re
from pathlib import Path

RNG = random.Random(20260314)
META = Path("/work/shared/conformance/swedish-identity-numbers/personnummer-meta")
CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "posts.jsonl"

_used = set()
for _line in CORPUS.read_text(encoding="utf-8").splitlines():
    for _item in json.loads(_line)["pii"]:
        _used.add(re.sub(r"\D", "", _item["text"]))
_taken = set()


def _fresh(digits):
    key = digits
    if key in _used or key in _taken or key[-10:] in _used or key[-10:] in _taken:
        return False
    _taken.add(key)
    return True


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def rnd(n):
    return "".join(RNG.choice("0123456789") for _ in range(n))


_PINS = json.loads((META / "allPins.json").read_text())
_COORDS = json.loads((META / "allCoords.json").read_text())


def _fmt_id(full12: str, fmt: str) -> str:
    c, yy, mmdd, tail = full12[:2], full12[2:4], full12[4:8], full12[8:]
    return {
        "short-dash": f"{yy}{mmdd}-{tail}",
        "long-dash": f"{c}{yy}{mmdd}-{tail}",
        "short-space": f"{yy}{mmdd} {tail}",
        "long-space": f"{c}{yy}{mmdd} {tail}",
        "short-plain": f"{yy}{mmdd}{tail}",
        "long-plain": f"{c}{yy}{mmdd}{tail}",
        "plus": f"{yy}{mmdd}+{tail}",
    }[fmt]


def pin(fmt="short-dash", years=(1940, 2006)):
    if fmt == "plus":
        years = (1925, 1925)
    while True:
        p = RNG.choice(_PINS)
        if years[0] <= int(p[:4]) <= years[1] and _fresh(p):
            return _fmt_id(p, fmt)


def coord(fmt="short-dash"):
    while True:
        p = RNG.choice(_COORDS)
        day = int(p[6:8]) - 60
        try:
            datetime.date(int(p[:4]), int(p[4:6]), day)
        except ValueError:
            continue  # allCoords also holds numbers with day 60 / impossible dates; skip them
        if 1950 <= int(p[:4]) <= 2005 and _fresh(p):
            return _fmt_id(p, fmt)


def bad_check(s: str) -> str:
    """Change the last digit so that a Luhn/check-digit number fails."""
    last = s[-1]
    new = str((int(last) + RNG.choice([1, 2, 3, 4])) % 10)
    return s[:-1] + new


def orgnr(prefix="55", fmt="dash"):
    while True:
        body = prefix + rnd(9 - len(prefix))
        if int(body[2]) < 2:
            continue
        d = body + luhn_digit(body)
        if _fresh(d):
            break
    if fmt == "dash":
        return f"{d[:6]}-{d[6:]}"
    if fmt == "16":
        return f"16{d[:6]}-{d[6:]}"
    return d


def bankgiro(n=8):
    body = rnd(n - 1)
    while body[0] == "0":
        body = rnd(n - 1)
    d = body + luhn_digit(body)
    _taken.add(d)
    return f"{d[:-4]}-{d[-4:]}"


def plusgiro(n=7, fmt="spaced"):
    body = rnd(n - 1)
    while body[0] == "0":
        body = rnd(n - 1)
    d = body + luhn_digit(body)
    if fmt == "spaced":
        head = d[:-1]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        groups.insert(0, head)
        return " ".join(groups) + "-" + d[-1]
    return d[:-1] + "-" + d[-1]


def card(kind="visa", sep="-"):
    if kind == "visa":
        body = "4" + rnd(14)
    elif kind == "mc":
        body = "5" + RNG.choice("12345") + rnd(13)
    elif kind == "mc2":
        body = str(RNG.randint(2221, 2720)) + rnd(11)
    elif kind == "amex":
        body = RNG.choice(["34", "37"]) + rnd(12)
    d = body + luhn_digit(body)
    _taken.add(d)
    if kind == "amex":
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(country="SE", bban=None, grouped=True, lower=False):
    if bban is None:
        bban = {
            "SE": lambda: RNG.choice(["500", "800", "600", "300", "927"]) + rnd(17),
            "DE": lambda: rnd(18),
            "NO": lambda: rnd(11),
            "FI": lambda: rnd(14),
            "DK": lambda: rnd(14),
            "GB": lambda: RNG.choice(["NWBK", "BARC", "MIDL"]) + rnd(14),
            "NL": lambda: RNG.choice(["ABNA", "INGB", "RABO"]) + rnd(10),
            "ES": lambda: rnd(20),
            "PL": lambda: rnd(24),
        }[country]()
    check = 98 - _mod97(bban + country + "00")
    compact = f"{country}{check:02d}{bban}"
    out = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if grouped else compact
    return out.lower() if lower else out


def bad_iban(s):
    """Swap the two check digits' value so mod 97 fails."""
    head = s[:2]
    cd = int(s[2:4])
    new = (cd + 11) % 100
    return f"{head}{new:02d}{s[4:]}"


def _mod11_last(prefix_digits, weights):
    s = sum(int(d) * w for d, w in zip(prefix_digits, weights))
    for last in range(10):
        if (s + last * weights[len(prefix_digits)]) % 11 == 0:
            return str(last)
    return None


def account(bank="swedbank8", fmt=None):
    """Bank account valid under Bankgirot's clearing table."""
    while True:
        if bank == "swedbank8":
            cl4 = "8" + rnd(3)
            cl5 = cl4 + luhn_digit(cl4)
            body = rnd(9)
            acct = body + luhn_digit(body)
            fmt = fmt or "comma"
            return {"comma": f"{cl5[:4]}-{cl5[4]}, {acct[:3]} {acct[3:6]} {acct[6:9]}-{acct[9]}",
                    "dot": f"{cl5[:4]}-{cl5[4]}.{acct}",
                    "plain": f"{cl5[:4]}-{cl5[4]} {acct}"}[fmt]
        if bank == "handelsbanken":
            cl = "6" + rnd(3)
            body = rnd(8)
            last = _mod11_last(body, list(range(9, 0, -1)))
            if last is None:
                continue
            acct = body + last
            fmt = fmt or "comma"
            return {"comma": f"{cl}, {acct[:3]} {acct[3:6]} {acct[6:]}",
                    "dot": f"{cl}.{acct}",
                    "dash": f"{cl}-{acct}"}[fmt]
        # type 1
        ranges = {"seb": (5000, 5999, 1), "nordea": (1100, 1199, 1), "danske": (1200, 1399, 1),
                  "ica": (9270, 9279, 1), "lf": (9020, 9029, 2), "swedbank7": (7000, 7999, 1),
                  "sbab": (9250, 9259, 1)}
        lo, hi, comment = ranges[bank]
        cl = str(RNG.randint(lo, hi))
        body = rnd(6)
        if comment == 1:
            last = _mod11_last(cl[1:] + body, list(range(10, 0, -1)))
        else:
            last = _mod11_last(cl + body, [1] + list(range(10, 0, -1)))
        if last is None:
            continue
        acct = body + last
        fmt = fmt or "space"
        return {"space": f"{cl} {acct[:2]} {acct[2:]}",
                "dash": f"{cl}-{acct}",
                "dot": f"{cl}.{acct[:3]}.{acct[3:]}",
                "comma": f"{cl}, {acct}"}[fmt]


_phone_xx = {"070": set(), "08": set(), "031": set(), "040": set(), "0980": set()}
_USED_MOBILE_XX = {"10", "16", "67", "97", "44", "69", "25", "27", "75", "57", "64"}


def _xx(series):
    while True:
        x = f"{RNG.randint(0, 99):02d}"
        if x not in _phone_xx[series] and not (series == "070" and x in _USED_MOBILE_XX):
            _phone_xx[series].add(x)
            return x


def fict_mobile(fmt="dash"):
    x = _xx("070")
    return {"dash": f"070-174 06 {x}", "0046": f"0046 70-174 06 {x}", "paren": f"+46(0)70 174 06 {x}",
            "intl": f"+46 70 174 06 {x}", "plain": f"07017406{x}", "intl-compact": f"+46701740 6{x}",
            "spaced": f"070 174 06 {x}", "dash2": f"070-1740 6{x}"}[fmt]


def fict_land(series="08", fmt="dash"):
    x = _xx(series)
    base = {"08": ("08", "465 004 " + x), "031": ("031", "390 06 " + x), "040": ("040", "628 04 " + x),
            "0980": ("0980", "31 92 " + x)}[series]
    if fmt == "dash":
        return f"{base[0]}-{base[1]}"
    if fmt == "intl":
        return f"+46 {base[0][1:]} {base[1]}"
    return f"{base[0]} {base[1]}"


def rand_mobile(fmt="dash"):
    pre = "07" + RNG.choice("2369")
    d = rnd(7)
    return {"dash": f"{pre}-{d[:3]} {d[3:5]} {d[5:]}", "plain": f"{pre}{d}",
            "0046": f"0046 {pre[1:]} {d[:3]} {d[3:5]} {d[5:]}", "intl": f"+46{pre[1:]}{d}",
            "spaced": f"{pre} {d[:3]} {d[3:5]} {d[5:]}"}[fmt]
