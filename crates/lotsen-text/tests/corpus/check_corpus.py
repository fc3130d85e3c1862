#!/usr/bin/env python3
"""Validate the Lotsen text-guard test corpus (posts.jsonl).

Checks every labelled set of the text guard: the corpus (ids "sv-0001"), its second
development set (ids "d2-sv-001") and the held-out set (ids "ho-sv-001"). An IBAN may
be written in lower case (validated upper-cased) and a phone number may carry the
international "(0)" trunk prefix ("+46(0)70 174 06 46").

Usage: python3 check_corpus.py [path/to/posts.jsonl]

Checks, per line:
  * valid JSON object with exactly the keys id, lang, visibility, staff_names,
    text, pii, moderation, tone; ids unique and shaped "sv-0001" / "en-0001";
  * lang, visibility, tone, moderation categories and pii kinds come from the
    allowed sets;
  * every pii text occurs exactly once in the post text, as a whole token (no
    digit or letter glued to either side), does not overlap another pii item,
    and is not repeated within the post;
  * every labelled number passes its own rule: Luhn (personnummer,
    samordningsnummer, organisationsnummer, bankgiro, plusgiro, cards),
    real calendar dates and serial != 000 (personnummer, samordningsnummer),
    the Bankgirot clearing table with mod 10 / mod 11 (bank accounts),
    mod 97 and country length (IBAN), plausible shape (phone, email);
  * the bank's own published service numbers are never labelled.

It also scans the unlabelled rest of every text for numbers that look like
personal data and *pass* their check (warnings: they should be labelled or
changed), and counts the hard negatives: posts with unlabelled numbers and
posts with look-alikes that fail their check.

Exit status 0 when there are no errors (warnings do not fail the run).
"""

import collections
import datetime
import json
import re
import sys
from pathlib import Path

KEYS = ["id", "lang", "visibility", "staff_names", "text", "pii", "moderation", "tone"]
LANGS = {"sv", "en"}
VISIBILITY = {"public", "private"}
TONES = ["angry", "upset", "neutral"]
MODERATION = ["threat", "racism", "sexism", "severe_profanity", "staff_named", "harassment"]
PII_KINDS = ["personnummer", "samordningsnummer", "organisationsnummer", "bank_account",
             "bankgiro", "plusgiro", "card_number", "iban", "phone", "email"]

# The demo bank's own published numbers: never personal data.
BANK_SERVICE_NUMBERS = {"0771101010", "0855510000"}

# Reference year for the century of 10-digit identity numbers and the "+" separator
# (person aged 100 or more); the same default as lotsen_text::PiiOptions.
REFERENCE_YEAR = 2026

# ---------------------------------------------------------------------------
# Check-digit helpers
# ---------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    """Mod 10 (Luhn) over a digit string whose last digit is the check digit."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mod11_ok(digits: str, weights) -> bool:
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11 == 0


def real_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------------------
# Identity numbers
# ---------------------------------------------------------------------------

ID_RE = re.compile(r"^(\d{2})?(\d{2})(\d{2})(\d{2})([-+ ]?)(\d{3})(\d)$")


def check_identity(text: str, coordination: bool):
    """personnummer (coordination=False) or samordningsnummer (True)."""
    m = ID_RE.match(text)
    if not m:
        return "not shaped YYMMDD-NNNC / YYYYMMDD-NNNC"
    century, yy, mm, dd, sep, serial, check = m.groups()
    if serial == "000":
        return "serial 000 is never issued"
    day = int(dd)
    if coordination:
        if not 61 <= day <= 91:
            return "samordningsnummer day must be 61..91"
        day -= 60
    elif day > 31:
        return "personnummer day > 31 (a samordningsnummer?)"
    if century:
        if sep == "+":
            return "'+' is only used in the 10-digit form"
        years = [int(century + yy)]
    elif sep == "+":
        years = [y for y in (1800 + int(yy), 1900 + int(yy)) if REFERENCE_YEAR - y >= 100]
    else:
        years = [y for y in (1900 + int(yy), 2000 + int(yy)) if 0 <= REFERENCE_YEAR - y < 100]
    if not any(real_date(y, int(mm), day) for y in years):
        return "not a real calendar date"
    if not luhn_ok(yy + mm + dd + serial + check):
        return "Luhn check digit fails"
    return None


def check_personnummer(text):
    return check_identity(text, coordination=False)


def check_samordningsnummer(text):
    return check_identity(text, coordination=True)


def check_organisationsnummer(text):
    if not re.fullmatch(r"(16)?\d{6}-?\d{4}", text):
        return "not shaped NNNNNN-NNNN (optionally prefixed 16)"
    digits = re.sub(r"\D", "", text)
    if len(digits) == 12:
        digits = digits[2:]
    if int(digits[2]) < 2:
        return "third digit must be >= 2"
    if not luhn_ok(digits):
        return "Luhn check digit fails"
    return None


# ---------------------------------------------------------------------------
# Bank accounts (Bankgirot, "Bankernas kontonummer"; see
# /work/shared/conformance/swedish-bank-accounts/clearing-rules.csv)
# (from, to, type, comment); type-2 single-clearing rows first so they win.
# ---------------------------------------------------------------------------

CLEARING = [
    (3300, 3300, 2, 1), (3782, 3782, 2, 1),  # Nordea personkonto
    (9580, 9589, 1, 1), (9550, 9569, 1, 2), (9680, 9689, 1, 1), (9470, 9479, 1, 2),
    (9040, 9049, 1, 2), (1200, 1399, 1, 1), (2400, 2499, 1, 1), (9190, 9199, 1, 2),
    (9260, 9269, 1, 2), (9700, 9709, 1, 2), (9590, 9599, 1, 2), (9400, 9449, 1, 1),
    (9270, 9279, 1, 1), (9170, 9179, 1, 1), (9670, 9679, 1, 2), (9780, 9789, 1, 2),
    (9390, 9399, 1, 2), (9710, 9719, 1, 2), (9630, 9639, 1, 1), (3400, 3409, 1, 1),
    (9020, 9029, 1, 2), (9060, 9069, 1, 1), (9230, 9239, 1, 1), (9650, 9659, 1, 2),
    (9070, 9079, 1, 1), (9640, 9649, 1, 2), (1100, 1199, 1, 1), (1400, 2099, 1, 1),
    (3000, 3399, 1, 1), (3410, 3999, 1, 1), (4000, 4999, 1, 2), (9100, 9109, 1, 2),
    (9750, 9759, 1, 2), (9280, 9289, 1, 1), (9880, 9889, 1, 2), (9460, 9469, 1, 1),
    (9250, 9259, 1, 1), (5000, 5999, 1, 1), (9120, 9124, 1, 1), (9130, 9149, 1, 1),
    (9150, 9169, 1, 2), (9660, 9669, 1, 2), (7000, 7999, 1, 1), (2300, 2399, 1, 2),
    (9180, 9189, 2, 1), (6000, 6999, 2, 2), (9500, 9549, 2, 3), (9960, 9969, 2, 3),
    (9890, 9899, 2, 1), (9570, 9579, 2, 1), (8000, 8999, 2, 3), (9300, 9349, 2, 1),
]


def clearing_rule(clearing: int):
    for lo, hi, typ, comment in CLEARING:
        if lo <= clearing <= hi:
            return typ, comment
    return None


def check_bank_account(text):
    if not re.fullmatch(r"[\d][\d ,.\-]*\d", text):
        return "bank account must be digits with separators"
    digits = re.sub(r"\D", "", text)
    if len(digits) < 6:
        return "too short"
    clearing = digits[:4]
    rule = clearing_rule(int(clearing))
    if rule is None:
        return f"unknown clearing {clearing}"
    typ, comment = rule
    if typ == 1:
        account = digits[4:]
        if not 1 <= len(account) <= 7:
            return f"type 1 account must have up to 7 digits, has {len(account)}"
        account = account.zfill(7)
        if comment == 1:
            ok = mod11_ok(clearing[1:] + account, range(10, 0, -1))
        else:
            ok = mod11_ok(clearing + account, [1] + list(range(10, 0, -1)))
        return None if ok else "mod 11 fails"
    if comment == 2:  # Handelsbanken: 9 digits, mod 11
        account = digits[4:]
        if not 8 <= len(account) <= 9:
            return f"Handelsbanken account must have 8-9 digits, has {len(account)}"
        return None if mod11_ok(account.zfill(9), range(9, 0, -1)) else "mod 11 fails"
    if comment == 1:
        account = digits[4:]
        if len(account) != 10:
            return f"account must have 10 digits, has {len(account)}"
        return None if luhn_ok(account) else "mod 10 fails"
    # comment 3: Swedbank 8xxx (optionally with a 5th clearing check digit), Plusgirot
    candidates = []
    if clearing.startswith("8") and len(digits) >= 6 and luhn_ok(digits[:5]):
        candidates.append(digits[5:])
    candidates.append(digits[4:])
    for account in candidates:
        if 1 <= len(account) <= 10 and luhn_ok(account):
            return None
    return "mod 10 fails (Swedbank/Plusgirot account)"


def check_bankgiro(text):
    if not re.fullmatch(r"\d{3,4}-\d{4}", text):
        return "bankgiro must be written NNN-NNNN or NNNN-NNNN"
    return None if luhn_ok(text.replace("-", "")) else "Luhn check digit fails"


def check_plusgiro(text):
    if not re.fullmatch(r"\d[\d ]*-\d", text):
        return "plusgiro must be written with a dash before the check digit"
    digits = re.sub(r"\D", "", text)
    if not 2 <= len(digits) <= 8:
        return "plusgiro must have 2..8 digits"
    return None if luhn_ok(digits) else "Luhn check digit fails"


def card_prefix_ok(digits: str) -> bool:
    if digits[0] == "4":
        return len(digits) in (13, 16, 19)
    if digits[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(digits[:4]) <= 2720:
        return len(digits) == 16
    if digits[:2] in ("34", "37"):
        return len(digits) == 15
    if digits.startswith("6011") or digits.startswith("65"):
        return len(digits) in (16, 19)
    return False


def check_card_number(text):
    if not re.fullmatch(r"\d[\d -]*\d", text):
        return "card number must be digits with spaces or dashes"
    digits = re.sub(r"\D", "", text)
    if not 13 <= len(digits) <= 19:
        return "card number must have 13..19 digits"
    if not card_prefix_ok(digits):
        return "implausible card prefix/length"
    return None if luhn_ok(digits) else "Luhn check digit fails"


IBAN_LENGTHS = {"SE": 24, "DE": 22, "NO": 15, "DK": 18, "FI": 18, "GB": 22,
                "FR": 27, "ES": 24, "NL": 18, "PL": 28, "IT": 27}


def iban_mod97(compact: str) -> int:
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97


def check_iban(text):
    text = text.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4})+", text):
        return "IBAN must be compact or in groups of four"
    compact = text.replace(" ", "")
    length = IBAN_LENGTHS.get(compact[:2])
    if length is None:
        return f"country {compact[:2]} not in the length table"
    if len(compact) != length:
        return f"{compact[:2]} IBAN must have {length} characters, has {len(compact)}"
    return None if iban_mod97(compact) == 1 else "mod 97 fails"


def normalise_phone(text: str) -> str:
    text = text.replace("(0)", "", 1) if text.startswith(("+46", "0046")) else text
    digits = re.sub(r"[\s\-()]", "", text)
    if digits.startswith("+46"):
        digits = "0" + digits[3:]
    elif digits.startswith("0046"):
        digits = "0" + digits[4:]
    return digits


def check_phone(text):
    if not re.fullmatch(r"\+?[\d][\d \-]*\d", text.replace("(0)", " ", 1)):
        return "phone must be digits with spaces/dashes, optionally +"
    digits = normalise_phone(text)
    if not digits.isdigit() or not digits.startswith("0") or digits.startswith("00"):
        return "not a Swedish number (+46 / 0046 / 0...)"
    if digits in BANK_SERVICE_NUMBERS:
        return "the bank's own service number must not be labelled"
    if digits.startswith("07"):
        if len(digits) != 10 or digits[2] not in "02369":
            return "Swedish mobile must be 07[02369] + 7 digits"
    elif not 8 <= len(digits) <= 10:
        return "landline must have 8..10 digits"
    return None


EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+")


def check_email(text):
    return None if EMAIL_RE.fullmatch(text) else "not an e-mail address"


CHECKERS = {
    "personnummer": check_personnummer,
    "samordningsnummer": check_samordningsnummer,
    "organisationsnummer": check_organisationsnummer,
    "bank_account": check_bank_account,
    "bankgiro": check_bankgiro,
    "plusgiro": check_plusgiro,
    "card_number": check_card_number,
    "iban": check_iban,
    "phone": check_phone,
    "email": check_email,
}

# ---------------------------------------------------------------------------
# Scanner for the unlabelled rest of a text
# ---------------------------------------------------------------------------

SCAN_ID = re.compile(r"(?<![\w+\-])((?:19|20)?\d{6})([-+ ]?)(\d{4})(?![\w])")
SCAN_ORG = re.compile(r"(?<![\w\-])(\d{6}-\d{4})(?![\w\-])")
SCAN_CARD = re.compile(r"(?<![\w+\-])\d(?:[ \-]?\d){12,18}(?![\w])")
SCAN_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}(?![\w])")
SCAN_GIRO = re.compile(r"(?<![\w\-])(\d{1,4}(?: \d\d)*-\d{1,4})(?![\w\-])")
SCAN_ACCOUNT = re.compile(r"(?<![\w\-])(\d{4}(?:-\d)?[ ,\-]+\d[\d \-]{4,14}\d)(?![\w])")
GIRO_CONTEXT = re.compile(r"bankgiro|bg\b|plusgiro|pg\b|giro", re.I)
ACCOUNT_CONTEXT = re.compile(r"konto|account|clearing|mottagare", re.I)


def mask(text, spans):
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            chars[i] = "\u2588"
    return "".join(chars)


def scan_unlabelled(masked: str):
    """Return (valid_findings, lookalike_findings) in the unlabelled text."""
    valid, lookalike = [], []
    for m in SCAN_ID.finditer(masked):
        cand = m.group(0)
        head = m.group(1)
        if len(head) == 8 and not head.startswith(("19", "20")):
            continue
        yymmdd = head[-6:]
        month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
        datey = 1 <= month <= 12 or 1 <= day <= 91
        if not datey:
            continue
        if check_personnummer(cand) is None:
            valid.append(("personnummer", cand))
        elif check_samordningsnummer(cand) is None:
            valid.append(("samordningsnummer", cand))
        elif m.group(2) in "-+" and month >= 1:
            lookalike.append(("personnummer-like", cand))
    for m in SCAN_ORG.finditer(masked):
        cand = m.group(1)
        if int(cand[2]) >= 2:
            if check_organisationsnummer(cand) is None:
                valid.append(("organisationsnummer", cand))
            else:
                lookalike.append(("organisationsnummer-like", cand))
    for m in SCAN_CARD.finditer(masked):
        cand = m.group(0)
        digits = re.sub(r"\D", "", cand)
        if check_card_number(cand) is None:
            valid.append(("card_number", cand))
        elif 15 <= len(digits) <= 19:
            lookalike.append(("card-like", cand))
    for m in SCAN_IBAN.finditer(masked):
        cand = m.group(0).rstrip()
        compact = cand.replace(" ", "")
        if compact[:2] not in IBAN_LENGTHS:
            continue
        compact = compact[:IBAN_LENGTHS[compact[:2]]]
        if len(compact) == IBAN_LENGTHS[compact[:2]] and iban_mod97(compact) == 1:
            valid.append(("iban", cand))
        else:
            lookalike.append(("iban-like", cand))
    for m in SCAN_GIRO.finditer(masked):
        cand = m.group(1)
        before = masked[max(0, m.start() - 30):m.start()]
        if not GIRO_CONTEXT.search(before):
            continue
        if check_bankgiro(cand) is None or check_plusgiro(cand) is None:
            valid.append(("giro", cand))
        else:
            lookalike.append(("giro-like", cand))
    for m in SCAN_ACCOUNT.finditer(masked):
        cand = m.group(1).rstrip(" ,-")
        before = masked[max(0, m.start() - 40):m.start()]
        if not ACCOUNT_CONTEXT.search(before):
            continue
        if check_bank_account(cand) is None:
            valid.append(("bank_account", cand))
        else:
            lookalike.append(("account-like", cand))
    return valid, lookalike


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def main(path: Path) -> int:
    errors, warnings, notes = [], [], []
    posts = []
    ids = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {lineno}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            post = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON: {e}")
            continue
        if not isinstance(post, dict):
            errors.append(f"{where}: not an object")
            continue
        keys = list(post)
        if set(keys) != set(KEYS):
            errors.append(f"{where}: keys {keys}, expected {KEYS}")
            continue
        pid = post["id"]
        where = f"line {lineno} ({pid})"
        if not isinstance(pid, str) or not re.fullmatch(r"(sv|en)-\d{4}|(ho|h[2-9]|d[2-9])-(sv|en)-\d{3}", pid):
            errors.append(f"{where}: bad id")
        elif pid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(pid)
        if post["lang"] not in LANGS:
            errors.append(f"{where}: bad lang {post['lang']!r}")
        elif isinstance(pid, str) and not re.sub(r"^(ho|h[2-9]|d[2-9])-", "", pid).startswith(post["lang"] + "-"):
            errors.append(f"{where}: id prefix does not match lang")
        if post["visibility"] not in VISIBILITY:
            errors.append(f"{where}: bad visibility {post['visibility']!r}")
        if post["tone"] not in TONES:
            errors.append(f"{where}: bad tone {post['tone']!r}")
        staff = post["staff_names"]
        if not isinstance(staff, list) or not staff or not all(isinstance(s, str) and s for s in staff):
            errors.append(f"{where}: staff_names must be a non-empty list of names")
        text = post["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        mods = post["moderation"]
        if not isinstance(mods, list) or len(set(mods)) != len(mods):
            errors.append(f"{where}: moderation must be a list without repeats")
        else:
            for cat in mods:
                if cat not in MODERATION:
                    errors.append(f"{where}: unknown moderation category {cat!r}")
        pii = post["pii"]
        spans = []
        if not isinstance(pii, list):
            errors.append(f"{where}: pii must be a list")
            pii = []
        seen = set()
        for item in pii:
            if not isinstance(item, dict) or set(item) != {"kind", "text"}:
                errors.append(f"{where}: pii item {item!r} must have exactly kind and text")
                continue
            kind, ptext = item["kind"], item["text"]
            if kind not in PII_KINDS:
                errors.append(f"{where}: unknown pii kind {kind!r}")
                continue
            if not isinstance(ptext, str) or not ptext:
                errors.append(f"{where}: empty pii text")
                continue
            if ptext in seen:
                errors.append(f"{where}: pii text {ptext!r} listed twice")
            seen.add(ptext)
            if ptext != ptext.strip() or ptext[-1] in ".,;:!?)" or ptext[0] in "(,.;:":
                errors.append(f"{where}: pii text {ptext!r} carries surrounding whitespace/punctuation")
            starts = [m.start() for m in re.finditer("(?=" + re.escape(ptext) + ")", text)]
            if len(starts) != 1:
                errors.append(f"{where}: pii text {ptext!r} occurs {len(starts)} times in text")
                continue
            start, end = starts[0], starts[0] + len(ptext)
            before = text[start - 1] if start > 0 else ""
            after = text[end] if end < len(text) else ""
            if kind != "email" and (before.isalnum() or after.isalnum()):
                errors.append(f"{where}: pii text {ptext!r} is glued to neighbouring characters")
            if kind == "email" and (before.isalnum() or before in "._%+-@" or (after and (after.isalnum() or after in "_%+-@"))):
                errors.append(f"{where}: email {ptext!r} is not a whole address")
            for s, e in spans:
                if start < e and s < end:
                    errors.append(f"{where}: pii text {ptext!r} overlaps another pii item")
            spans.append((start, end))
            problem = CHECKERS[kind](ptext)
            if problem:
                errors.append(f"{where}: {kind} {ptext!r}: {problem}")
        for name in re.findall(r"(?:0771[- ]?10 ?10 ?10|\+46 ?771 ?10 ?10 ?10|08-555 100 00)", text):
            if any(item.get("text") == name for item in pii if isinstance(item, dict)):
                errors.append(f"{where}: the bank's service number {name!r} is labelled")
        masked = mask(text, spans)
        valid, lookalike = scan_unlabelled(masked)
        for kind, cand in valid:
            warnings.append(f"{where}: unlabelled {kind}-valid number {cand!r}")
        for m in EMAIL_RE.finditer(masked):
            notes.append(f"{where}: unlabelled e-mail address {m.group(0)!r} (must be an organisation's, not a person's)")
        post["_lookalike"] = lookalike
        post["_unlabelled_numbers"] = bool(re.search(r"\d", masked))
        posts.append(post)

    # ---- summary -----------------------------------------------------------
    n = len(posts)
    print(f"posts: {n}")
    langs = collections.Counter(p["lang"] for p in posts)
    vis = collections.Counter(p["visibility"] for p in posts)
    print("lang: " + ", ".join(f"{k} {v} ({100 * v / max(n, 1):.0f}%)" for k, v in sorted(langs.items())))
    print("visibility: " + ", ".join(f"{k} {v} ({100 * v / max(n, 1):.0f}%)" for k, v in sorted(vis.items())))
    lengths = sorted(len(p["text"]) for p in posts)
    if lengths:
        print(f"text length: min {lengths[0]}, median {lengths[len(lengths) // 2]}, max {lengths[-1]}")

    print("\npii kind             items  posts")
    for kind in PII_KINDS:
        items = sum(1 for p in posts for i in p["pii"] if i.get("kind") == kind)
        nposts = sum(1 for p in posts if any(i.get("kind") == kind for i in p["pii"]))
        print(f"  {kind:<18} {items:>5} {nposts:>6}")
    print(f"  {'(posts with pii)':<18} {'':>5} {sum(1 for p in posts if p['pii']):>6}")
    print(f"  {'(public with pii)':<18} {'':>5} {sum(1 for p in posts if p['pii'] and p['visibility'] == 'public'):>6}")

    print("\nmoderation           posts")
    for cat in MODERATION:
        print(f"  {cat:<18} {sum(1 for p in posts if cat in p['moderation']):>5}")
    print(f"  {'(none)':<18} {sum(1 for p in posts if not p['moderation']):>5}")
    print(f"  {'(2+ categories)':<18} {sum(1 for p in posts if len(p['moderation']) > 1):>5}")

    print("\ntone                 posts   sv   en")
    for tone in TONES:
        row = [p for p in posts if p["tone"] == tone]
        print(f"  {tone:<18} {len(row):>5} {sum(p['lang'] == 'sv' for p in row):>4} {sum(p['lang'] == 'en' for p in row):>4}")

    friendly = 0
    for p in posts:
        if "staff_named" in p["moderation"]:
            continue
        names = set()
        for full in p["staff_names"]:
            names.add(full)
            names.add(full.split()[0])
        if any(re.search(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", p["text"]) for nm in names):
            friendly += 1
    print("\nhard negatives")
    print(f"  posts naming staff without staff_named    {friendly:>4}")
    print(f"  posts with unlabelled numbers             {sum(p['_unlabelled_numbers'] for p in posts):>4}")
    print(f"  posts with failing look-alike numbers     {sum(1 for p in posts if p['_lookalike']):>4}")
    la = collections.Counter(k for p in posts for k, _ in p["_lookalike"])
    print("    " + ", ".join(f"{k} {v}" for k, v in sorted(la.items())))

    if notes:
        print(f"\n{len(notes)} note(s):")
        for note in notes:
            print("  NOTE " + note)
    if warnings:
        print(f"\n{len(warnings)} warning(s):")
        for w in warnings:
            print("  WARN " + w)
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  ERROR " + e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    default = Path(__file__).with_name("posts.jsonl")
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
