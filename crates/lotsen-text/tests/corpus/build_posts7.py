#!/usr/bin/env python3
"""Build posts-7.jsonl, the seventh development set of the text guard (focus: tone).

The posts are written inline below: a realistic inbox of a Swedish bank, an insurer, a payment
company and a transit operator. Labelled personal data is marked [[kind|text]] in the text and
filled in by the generators in this file (seeded, so the build is deterministic):

* personnummer and samordningsnummer are Skatteverket's published test numbers, taken from
  /work/shared/conformance/swedish-identity-numbers/personnummer-meta/allPins.json and
  allCoords.json (numbers reserved never to be given to a person);
* organisation numbers, bankgiro, plusgiro and card numbers pass Luhn, bank accounts follow
  Bankgirot's clearing table (mod 10 / mod 11), IBANs pass mod 97;
* about half of the mobile numbers and all landlines are in PTS's ranges for fiction.

Numbers already labelled in posts.jsonl, posts-2.jsonl, posts-3.jsonl and posts-4.jsonl are
excluded. The held-out sets are not read. Look-alikes (numbers that fail their check) are made
with bad(), which changes one digit of a valid number; they are never labelled.

Rerun with `python3 build_posts7.py`; it writes posts-7.jsonl next to this file.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONF = Path("/work/shared/conformance/swedish-identity-numbers/personnummer-meta")
RNG = random.Random(20260707)

DEMO = ["Anna Lindqvist", "Johan Berg", "Maria Nilsson", "Linnea Gustafsson", "Lina", "Oskar Pettersson",
        "Alex", "Fatima Osman", "Sam", "Emma Larsson", "Kim"]
INS = ["Karin Holm", "Petra", "Mikael Ek", "Jonas Ahmadi", "Jonas", "Sofia Berglund", "Nora"]
CARD = ["Erik Sandberg", "Elin", "Ahmed Karimi", "Robin", "Sara Lind"]

# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------

USED = set()
for _f in ("posts.jsonl", "posts-2.jsonl", "posts-3.jsonl", "posts-4.jsonl"):
    _p = HERE / _f
    if _p.exists():
        for _line in _p.read_text(encoding="utf-8").splitlines():
            for _item in json.loads(_line)["pii"]:
                _d = re.sub(r"\D", "", _item["text"])
                USED.add(_d)
                if _item["kind"] == "phone":
                    _t = _item["text"].replace("(0)", "")
                    _n = re.sub(r"\D", "", _t)
                    if _t.startswith("+46"):
                        _n = "0" + _n[2:]
                    elif _n.startswith("0046"):
                        _n = "0" + _n[4:]
                    USED.add(_n)

PINS = json.loads((CONF / "allPins.json").read_text(encoding="utf-8"))
COORDS = json.loads((CONF / "allCoords.json").read_text(encoding="utf-8"))


def luhn_digit(body):
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


def fresh(make):
    """Call make() until it returns a number whose digits were not used before."""
    while True:
        value = make()
        if value is None:
            continue
        key = re.sub(r"\D", "", value)
        if key not in USED:
            USED.add(key)
            return value


def _fmt_id(p12, fmt):
    yyyy, mmdd, tail = p12[:4], p12[4:8], p12[8:]
    yy = yyyy[2:]
    return {
        "short-dash": f"{yy}{mmdd}-{tail}",
        "short-plain": f"{yy}{mmdd}{tail}",
        "short-space": f"{yy}{mmdd} {tail}",
        "short-plus": f"{yy}{mmdd}+{tail}",
        "long-dash": f"{yyyy}{mmdd}-{tail}",
        "long-plain": f"{yyyy}{mmdd}{tail}",
        "long-space": f"{yyyy}{mmdd} {tail}",
    }[fmt]


def _pick(pool, years, fmt, sex=None):
    cands = [p for p in pool if years[0] <= int(p[:4]) <= years[1] and p[8:11] != "000"]
    if sex:
        cands = [p for p in cands if (int(p[10]) % 2 == 0) == (sex == "f")]

    def make():
        p = RNG.choice(cands)
        if p[2:] in USED or p in USED:
            return None
        chosen.append(p)
        return _fmt_id(p, fmt)
    chosen = []
    value = fresh(make)
    USED.update({chosen[-1], chosen[-1][2:]})
    return value


def pin(fmt="short-dash", years=(1945, 2005), sex=None):
    return _pick(PINS, years, fmt, sex)


def coord(fmt="short-dash", years=(1975, 2004)):
    return _pick(COORDS, years, fmt)


def orgnr(prefix="559", fmt="dash"):
    def make():
        body = prefix + rnd(9 - len(prefix))
        d = body + luhn_digit(body)
        if fmt == "dash":
            return d[:6] + "-" + d[6:]
        if fmt == "16":
            return "16" + d[:6] + "-" + d[6:]
        return d
    return fresh(make)


def _mod11_check(digits, weights):
    """The last digit that makes sum(d*w) % 11 == 0, or None when it would be 10."""
    s = sum(int(d) * w for d, w in zip(digits, weights))
    w = weights[len(digits)]
    for c in range(10):
        if (s + c * w) % 11 == 0:
            return str(c)
    return None


def account(bank, fmt="space"):
    """A bank account by Bankgirot's rules, written in one of several customer styles."""
    def make():
        if bank == "swedbank8":
            clr = "8" + rnd(3)
            c5 = luhn_digit(clr)
            body = rnd(9)
            acc = body + luhn_digit(body)
            if fmt == "comma":
                return f"{clr}-{c5}, {acc[:3]} {acc[3:6]} {acc[6:9]}-{acc[9]}"
            if fmt == "dash":
                return f"{clr}-{c5} {acc[:3]} {acc[3:6]} {acc[6:9]}-{acc[9]}"
            return f"{clr}-{c5} {acc}"
        if bank == "handelsbanken":
            clr = "6" + rnd(3)
            body = rnd(8)
            c = _mod11_check(body, list(range(9, 0, -1)))
            if c is None:
                return None
            acc = body + c
            if fmt == "dash":
                return f"{clr}-{acc[:3]} {acc[3:6]} {acc[6:]}"
            if fmt == "plain":
                return clr + acc
            return f"{clr} {acc[:3]} {acc[3:6]} {acc[6:]}"
        ranges = {"seb": (5000, 5999, 1), "swedbank7": (7000, 7999, 1), "nordea": (1100, 1199, 1),
                  "danske": (1200, 1399, 1), "ica": (9270, 9279, 1), "sbab": (9250, 9259, 1),
                  "lf": (9020, 9029, 2), "nordea4": (4000, 4999, 2)}
        lo, hi, comment = ranges[bank]
        clr = str(RNG.randint(lo, hi))
        body = rnd(6)
        if comment == 1:
            c = _mod11_check(clr[1:] + body, list(range(10, 0, -1)))
        else:
            c = _mod11_check(clr + body, [1] + list(range(10, 0, -1)))
        if c is None:
            return None
        acc = body + c
        if fmt == "dash":
            return f"{clr}-{acc}"
        if fmt == "dot":
            return f"{clr}.{acc[:2]}.{acc[2:]}"
        if fmt == "plain":
            return clr + acc
        if fmt == "comma":
            return f"{clr}, {acc}"
        return f"{clr} {acc[:2]} {acc[2:]}"
    return fresh(make)


def bankgiro(n=8):
    def make():
        body = rnd(n - 1)
        if body[0] == "0":
            return None
        d = body + luhn_digit(body)
        return d[:-4] + "-" + d[-4:]
    return fresh(make)


def plusgiro(n=7, fmt="spaced"):
    def make():
        body = rnd(n - 1)
        if body[0] == "0":
            return None
        d = body + luhn_digit(body)
        head = d[:-1]
        if fmt == "spaced":
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            groups.insert(0, head)
            return " ".join(groups) + "-" + d[-1]
        return head + "-" + d[-1]
    return fresh(make)


def card(kind="visa", sep=" "):
    def make():
        if kind == "visa":
            body = "4" + rnd(14)
        elif kind == "mc":
            body = "5" + RNG.choice("12345") + rnd(13)
        elif kind == "mc2":
            body = str(RNG.randint(2221, 2720)) + rnd(11)
        else:  # amex
            body = "3" + RNG.choice("47") + rnd(12)
        d = body + luhn_digit(body)
        if kind == "amex":
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, 16, 4))
    return fresh(make)


def _iban_check(country, bban):
    s = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - num % 97:02d}"


def iban(country="SE", grouped=True, lower=False):
    def make():
        if country == "SE":
            bban = RNG.choice(["500", "600", "800", "300", "120", "957"]) + rnd(17)
        elif country == "DE":
            bban = rnd(18)
        elif country == "NO":
            bban = rnd(11)
        elif country in ("DK", "FI"):
            bban = rnd(14)
        elif country == "GB":
            bban = RNG.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rnd(14)
        elif country == "NL":
            bban = RNG.choice(["ABNA", "INGB", "RABO"]) + rnd(10)
        elif country == "ES":
            bban = rnd(20)
        elif country == "PL":
            bban = rnd(24)
        else:
            raise ValueError(country)
        full = country + _iban_check(country, bban) + bban
        if grouped:
            full = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
        return full.lower() if lower else full
    return fresh(make)


_FICT = {"mobile": "07017406", "08": "08465004", "031": "03139006", "040": "04062804", "0980": "09803192"}


def _fict_digits(series):
    def make():
        return _FICT[series] + f"{RNG.randint(0, 99):02d}"
    return fresh(make)


def fict_mobile(fmt="dash"):
    d = _fict_digits("mobile")  # 070 174 06 xx
    xx = d[-2:]
    return {
        "dash": f"070-174 06 {xx}",
        "space": f"070 174 06 {xx}",
        "plain": d,
        "plus": f"+46 70 174 06 {xx}",
        "pluscompact": f"+4670174 06{xx}".replace(" ", ""),
        "0046": f"0046 70 174 06 {xx}",
        "plus0": f"+46(0)70 174 06 {xx}",
        "dash2": f"070-17406{xx}",
    }[fmt]


def fict_land(series="08", fmt="dash"):
    d = _fict_digits(series)
    xx = d[-2:]
    if series == "08":
        return {"dash": f"08-465 004 {xx}", "plus": f"+46 8 465 004 {xx}", "plain": d}[fmt]
    if series == "031":
        return {"dash": f"031-390 06 {xx}", "plus": f"+46 31 390 06 {xx}", "plain": d}[fmt]
    if series == "040":
        return {"dash": f"040-628 04 {xx}", "plus": f"+46 40 628 04 {xx}", "plain": d}[fmt]
    return {"dash": f"0980-31 92 {xx}", "plus": f"+46 980 31 92 {xx}", "plain": d}[fmt]


def rand_mobile(fmt="dash"):
    def make():
        d = "07" + RNG.choice("02369") + rnd(7)
        if d.startswith("070174"):
            return None
        return d
    d = fresh(make)
    return {
        "dash": f"{d[:3]}-{d[3:6]} {d[6:8]} {d[8:]}",
        "space": f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}",
        "plain": d,
        "plus": f"+46 {d[1:3]} {d[3:6]} {d[6:8]} {d[8:]}",
        "pluscompact": "+46" + d[1:],
        "0046": f"0046{d[1:]}",
        "dash2": f"{d[:3]}-{d[3:]}",
    }[fmt]


def bad(value, pos=-1):
    """A look-alike: the same number with the digit at digit-position pos changed (fails its check)."""
    idx = [i for i, ch in enumerate(value) if ch.isdigit()]
    i = idx[pos]
    old = int(value[i])
    new = str((old + RNG.choice([1, 2, 3, 4, 5, 6, 7, 8])) % 10)
    return value[:i] + new + value[i + 1:]


# Markers: [[kind|text]] in a post's text becomes a pii item.
def L(kind, text):
    return f"[[{kind}|{text}]]"


def PN(fmt="short-dash", years=(1945, 2005), sex=None):
    return L("personnummer", pin(fmt, years, sex))


def SN(fmt="short-dash"):
    return L("samordningsnummer", coord(fmt))


def ORG(prefix="559", fmt="dash"):
    return L("organisationsnummer", orgnr(prefix, fmt))


def ACC(bank, fmt="space"):
    return L("bank_account", account(bank, fmt))


def BG(n=8):
    return L("bankgiro", bankgiro(n))


def PG(n=7, fmt="spaced"):
    return L("plusgiro", plusgiro(n, fmt))


def CC(kind="visa", sep=" "):
    return L("card_number", card(kind, sep))


def IB(country="SE", grouped=True, lower=False):
    return L("iban", iban(country, grouped, lower))


def FM(fmt="dash"):
    return L("phone", fict_mobile(fmt))


def FL(series="08", fmt="dash"):
    return L("phone", fict_land(series, fmt))


def RM(fmt="dash"):
    return L("phone", rand_mobile(fmt))


def EM(text):
    return L("email", text)


# ---------------------------------------------------------------------------------------------
# Posts
# ---------------------------------------------------------------------------------------------

P = []
VIS = {"pub": "public", "priv": "private"}
U, N, A = "upset", "neutral", "angry"


def sv(vis, tone, text, mods=(), staff=DEMO):
    P.append(("sv", VIS[vis], staff, text, list(mods), tone))


def en(vis, tone, text, mods=(), staff=DEMO):
    P.append(("en", VIS[vis], staff, text, list(mods), tone))


# =============================================================================================
# Swedish, upset
# =============================================================================================
# --- bank: salary, pension, money missing
sv("pub", U, "Lönen skulle ha kommit i går, den 25:e. Arbetsgivaren säger att den gick iväg i onsdags. Jag har 312 kr på kontot och hyran dras på måndag.")
sv("priv", U, "Hej. Pensionen brukar alltid vara inne den 19:e men i dag är det den 21:a och ingenting. Jag är 79 och har inget sparat att ta av. Kan någon se var den har tagit vägen?")
sv("pub", U, "Hörrö, vet int va som hänt men pensionen ä int inne. Ha int mer än 90 kroner på kontot å maten ska handlas. Hä ä int klokt.")
sv("priv", U, "csn kom idag men ni har dragit 2 400 kr för nån ”skuld” jag inte har en aning om?? har typ 600 kvar för hela månaden. vad är det här")
sv("pub", U, "Betalningen till Skatteverket på 18 420 kr som jag lade in den 10 april står fortfarande som ”under behandling”. Sista dag är den 12 maj. Jag vill inte få ränta på något jag redan betalat.")
sv("pub", U, f"Min arbetsgivare har betalat ut lönen till mitt gamla konto som ni avslutade i mars. Nu säger lönekontoret att pengarna har kommit tillbaka till dem och att nästa utbetalning är om en månad. Mitt nya konto är {ACC('swedbank8', 'comma')}. Finns det något ni kan göra från ert håll?")
sv("priv", U, "Föräldrapenningen har inte kommit. Försäkringskassan säger att den är utbetald den 24:e. Ni säger att ni inte ser något. Någon av er har fel och jag har en bebis på sex veckor.")
sv("priv", U, "Jag blev uppsagd i februari och klarar inte amorteringen på bolånet längre. Jag vill verkligen inte hamna hos Kronofogden. Finns det någon möjlighet till amorteringsfrihet i ett halvår?")
sv("pub", U, "Fick avslag på kortkrediten utan någon motivering. Fast jobb sedan 2011, inga anmärkningar, inga andra lån. Jag förstår ingenting och ingen kan förklara.")
sv("priv", U, "Jag har fått ett brev från inkasso om en faktura på 1 890 kr som jag betalade den 3:e via er internetbank. Jag har kvittot. Jag har aldrig haft inkasso i mitt liv och har inte sovit i natt.")
sv("priv", U, "Ni har dragit månadsavgiften för kortet två gånger i maj, 2 x 35 kr. Inte stora summor men jag har bett om att få tillbaka den första sedan den 6:e.")
sv("priv", U, "Räntan på bolånet gick upp med 0,4 procentenheter utan att jag fick något brev. Jag såg det först när dragningen kom. Det är 1 300 kr mer i månaden för oss. Varför informerades vi inte?")
sv("pub", U, "Bindningstiden gick ut förra veckan och lånet lades om till rörlig ränta innan jag hann välja. Jag hade tänkt binda på tre år. Går det att ändra i efterhand eller är det kört nu?")
sv("priv", U, "Hej, jag swishade 3 500 kr till fel nummer, en siffra fel. Mottagaren svarar inte på sms. Det var pengarna till min dotters klassresa och sista inbetalningen är på fredag. Kan ni hjälpa mig att få tillbaka dem?")
_es = iban("ES")
sv("pub", U, f"Jag har fått tillbaka en utlandsbetalning på 640 euro till min hyresvärd i Spanien för tredje gången, med felkoden AC04. Hans IBAN är {L('iban', _es)}, samma som jag använt i två år. Han börjar tro att jag ljuger.")
# --- bank: access, BankID, cards
sv("pub", U, "har försökt logga in med bankid sen i morse, står bara ”något gick fel, försök igen senare”. måste betala fyra räkningar idag innan 16 annars blir det påminnelseavgifter överallt")
sv("priv", U, "BankID-appen har frusit 😩😩 kan inte godkänna nånting och bilförsäkringen ska betalas idag. Har startat om telefonen tre gånger. Hjälp 🙏")
sv("pub", U, "Helt ärligt, det här är so frustrating. Jag har försökt förnya mitt BankID i två dagar, face scan failar varje gång. Handpenningen till mäklaren ska in imorgon.")
sv("priv", U, "Är på en färja mellan Split och Hvar och kortet spärrades direkt efter att jag betalat biljetten. Har 15 euro i kontanter och hotellet ska betalas ikväll. På +46 771 10 10 10 säger en röst bara att väntetiden är lång. Vad gör jag??")
sv("pub", U, "KORTET FUNKAR INTE PÅ NÅGON MACK. Står utanför Hudiksvall med 20 km kvar i tanken och två trötta ungar i baksätet!!!")
sv("priv", U, "Kortet nekas överallt sedan uppdateringen av appen till 9.2.1. Stod i kassan på Willys med full vagn och fick lämna allt. Jag skämdes så mycket.")
sv("pub", U, "Fortfarande inget nytt kort. Beställde den 3 mars, i dag är det den 24:e. Jag lever på att min syster swishar mig.")
sv("pub", U, f"Jag har blivit utelåst från internetbanken efter tre felaktiga försök med kortdosan. Jag är 84 år och har inget BankID. Närmaste kontor är fem mil bort och bussen går två gånger om dagen. Hur ska jag göra? Ring gärna hemtelefonen {FL('08', 'plus')}.")
sv("priv", U, "Ni har spärrat mitt konto för ”kontroll av kundkännedom”. Jag har fyllt i formuläret två gånger och svarat på alla frågor. Hyran på 7 850 kr går inte att betala. Hur lång tid ska det här ta?")
sv("pub", U, f"Min son är 19 och sitter fast i Berlin. Hans kort fungerar inte och han har ingenstans att sova i natt. Kan någon snälla ringa mig så fort som möjligt på {RM('dash')}? Jag står som medsökande på hans konto.")
sv("pub", U, "Tredje gången jag försöker ändra adressen i appen. Det står ”sparat” men nästa dag är den gamla tillbaka. Brev från er hamnar fortfarande hos de nya ägarna till min gamla lägenhet.")
_sn = coord("short-dash")
sv("pub", U, f"Jag är utbytesstudent från Indien och har samordningsnummer {L('samordningsnummer', _sn)} (inte {bad(_sn)} som det står i ert brev). Mitt konto har varit fryst sedan 2 maj för att ni ”väntar på dokument”. Jag har skickat passet och antagningsbeskedet. Jag kan inte betala studentrummet.")
sv("priv", U, "Jag har flyttat hem från Norge och försöker öppna konto igen. Tre veckor senare har jag fortfarande inget konto, inget kort och inget BankID. Arbetsgivaren kan inte betala ut lön.")
# --- bank: fraud
sv("priv", U, "Jag blev uppringd av en man som sa att han var från er säkerhetsavdelning. Han visste vad jag hette och vilken bank jag har. Jag legitimerade mig med BankID för att ”stoppa en betalning”. Nu är 48 000 kr borta från sparkontot. Jag skäms så att jag knappt kan skriva det här.")
sv("pub", U, "Det kom ett sms om att mitt konto skulle stängas om jag inte klickade på en länk. Jag klickade. Sedan ringde en man. Nu vågar jag inte öppna appen. Är pengarna kvar? Vad ska jag göra?")
sv("pub", U, f"Min pappa är 86 och har blivit lurad av en kvinna på nätet som han trodde var hans flickvän. Han har skickat över 120 000 kr på ett halvår. Senaste överföringen gick till {IB('DE')}. Kan ni stoppa den? Han vill inte själv prata med er för han skäms.")
sv("pub", U, "Någon har handlat för 9 312 kr på Zalando och en elektronikbutik i Polen med mitt kort i natt. Jag har kortet i plånboken. Har spärrat det. Hur får jag tillbaka pengarna?")
sv("pub", U, f"Jag trodde jag sålde en cykel på Blocket och fick en länk för ”Swish-betalning”. Jag skrev in mitt kortnummer {CC('visa', ' ')} och koden från sms:et. Sen fick jag ett falskt ”kvitto” med numret {bad(card('visa', ' '), 5)}. Det drogs 6 400 kr direkt. Jag är så arg på mig själv.")
sv("pub", U, "Polisanmälan är gjord (K-nummer 5500-K112233-26) men ni har fortfarande inte svarat på min reklamation om de obehöriga dragningarna. Det är nästan en månad sedan nu.")
sv("priv", U, "Mamma har fått ett brev om ett lån på 250 000 kr som hon aldrig har tagit. Hon har demens och har inte ens BankID. Någon har utnyttjat henne. Vem hjälper oss med det här?")
# --- bank: grief and estates
sv("priv", U, "Hej. Min man Kim gick bort i förra veckan efter en lång tids sjukdom. Jag vet inte var jag ska börja. Alla räkningar går från hans konto och jag har ingen fullmakt. Vad gör jag med hyran?")
sv("pub", U, "Pappa dog i januari. Bouppteckningen registrerades för en månad sedan men dödsboet har fortfarande inte fått tillgång till kontot. Begravningsbyrån har skickat påminnelse två gånger.")
sv("priv", U, f"Min syster dog i en bilolycka den 4 april. Hon var 34. Jag är dödsbodelägare tillsammans med våra föräldrar. Hennes personnummer var {PN('long-dash', (1990, 1993), 'f')}. Vi har fått ett brev om att hennes lån är förfallet och ska betalas. Jag orkar inte med det här just nu, vad behöver ni för papper?")
sv("pub", U, "Ni fortsätter skicka reklam om sparkonton till min mamma, som dog för ett år sedan. Jag har skickat dödsbeviset två gånger. Varje gång det kommer ett kuvert med hennes namn går min pappa sönder.")
sv("priv", U, "Min fru gick bort i mars. Hon skötte alltid vår ekonomi och jag förstår ingenting av internetbanken. Jag vet inte vilka räkningar som ska betalas eller när. Finns det någon som kan sitta ner med mig en stund?")
sv("pub", U, "Farmor dog i vintras och vi försöker avsluta dödsboet. Det har gått elva veckor sedan vi skickade in allt och det enda vi får är ”handläggningstiden är just nu lång”. Huset kan inte säljas förrän det här är klart.")
# --- bank: housing, loans, people in crisis
sv("priv", U, "Vi ska skriva kontrakt på lägenheten på fredag kl 10 och lånelöftet har gått ut. Jag ansökte om förnyelse för två veckor sedan. Mäklaren ringer varje dag. Snälla, kan någon titta på det i dag?")
sv("pub", U, "Har väntat i tre veckor på besked om att lösa mammas bolån. Hon har flyttat till ett äldreboende och huset måste säljas. Det tär på hela familjen.")
sv("priv", U, "Jag orkar inte mer. Jag har pratat med fem olika personer om samma sak och alla säger olika saker. Kan EN person bara ta mitt ärende och följa det hela vägen?")
sv("pub", U, "Har varit kund i 34 år. Jag trodde att det betydde något. Att ni stänger kontoret i Sollefteå utan att fråga oss som bor här känns som ett svek.")
sv("priv", U, "Jag har lämnat min sambo efter flera år av våld. Han har fortfarande tillgång till vårt gemensamma konto och har tagit ut allt. Jag bor på ett skyddat boende med barnen. Kan ni stänga hans tillgång?")
sv("priv", U, "Hej. Jag har fått en cancerdiagnos och blir sjukskriven på heltid. Jag vet inte hur vi ska klara bolånet på sjukpenning. Kan vi pausa amorteringen medan jag får behandling?")
sv("pub", U, "Oskar på kontoret i Gävle lovade att skicka låneavtalet förra veckan. Inget har kommit och tillträdet är den 1 juni. Kan någon annan kolla?")
sv("priv", U, "Jag är ensamstående med tre barn och fick just veta att ni säger upp min kontokredit med 30 dagars varsel. Jag har aldrig missat en betalning. Jag har ingen aning om hur jag ska fixa 15 000 kr på en månad.")
sv("priv", U, "Min bostadsrättsförening säger att avgiften för april inte kommit in, men jag ser den som betald i appen den 28 mars. Nu hotar de med att skicka det till inkasso. Vem har rätt?")
sv("pub", U, f"Hej, hyresvärden säger att hyran på 9 240 kr inte har kommit in. Jag betalade den 27:e till deras bankgiro 5050-1056 som vanligt. Mitt konto är {ACC('handelsbanken', 'space')}. Kan ni se var pengarna är?")
# --- bank: small business
sv("pub", U, "Vi är en liten byggfirma i Ljusdal och företagskontot har varit spärrat sedan i tisdags. Ingen förklaring. Sex anställda ska ha lön på fredag.")
sv("pub", U, f"Jag är snickare med enskild firma, så firman har mitt personnummer {PN('short-dash', (1975, 1988))} som organisationsnummer. Nu säger ni att företagskontot inte kan öppnas för att ”organisationsnummer saknas”. Tre kunder vill betala mig och jag har inget konto att ta emot pengarna på.")
sv("pub", U, f"Vår ideella förening, Hagalunds IK ({ORG('802', 'dash')}), får ”mottagaren kan inte ta emot betalningar” när föräldrar försöker betala medlemsavgiften till vårt bankgiro. Sista dag är den 31:a och vi har 180 barn i klubben.")
# --- insurer
sv("priv", U, "Min katt Sixten opererades akut i söndags, räkningen blev 23 700 kr. Nu säger ni att det inte täcks för att det är ett ”medfött fel”. Ingen veterinär har någonsin sagt det. Jag har betalat premien i nio år.", staff=INS)
sv("priv", U, "Skadeanmälan om vattenläckan i badrummet avslogs med hänvisning till ”bristande tätskikt”. Badrummet renoverades 2019 av ett certifierat företag och jag har intyget. Hur överklagar jag?", staff=INS)
sv("priv", U, "Bilen blev påkörd på parkeringen vid Maxi för sex veckor sedan. Ingen har hört av sig om värderingen. Hyrbilen går ut på fredag och jag har ingen annan väg till jobbet.", staff=INS)
sv("pub", U, "Vi blev sjuka i Thailand och fick åka hem tidigare. Ersättningen för de missade nätterna nekades för att läkarintyget inte var på engelska. Det var på thai, det var allt sjukhuset kunde ge oss.", staff=INS)
sv("priv", U, "Jag väntar på besked om min sjukvårdsförsäkring täcker knäoperationen. Jag kan inte jobba för smärtan. Det har gått 19 dagar sedan remissen skickades och ingen svarar i telefon.", staff=INS)
sv("pub", U, "Vårt hus brann i natt. Alla är ute och oskadda men vi har ingenting kvar. Vad gör vi nu? Var ska vi bo?", staff=INS)
sv("priv", U, "Petra var jättevänlig i telefon i måndags och sa att en värderingsman skulle ringa inom två dagar. Det har inte hänt. Taket läcker och det ska regna hela helgen.", staff=INS)
sv("priv", U, "Försäkringen ska betala tillfälligt boende men hotellet säger att ni inte har bekräftat bokningen. Vi måste checka ut kl 12 med två barn och en hund. Vart tar vi vägen?", staff=INS)
sv("pub", U, "Vår hund dog på operationsbordet i fredags. Nu har jag fått en faktura från er på självrisken och ett brev om att ”försäkringen upphör”. Kunde det inte vänta en vecka?", staff=INS)
sv("priv", U, "Cykeln stals utanför jobbet, polisanmälan finns. Ni ersätter 2 100 kr för en elcykel som kostade 24 000 för ett år sedan, med hänvisning till ”ålder och skick”. Den var ett år gammal. Jag förstår inte uträkningen.", staff=INS)
sv("priv", U, "Fjärde veckan utan besked om inbrottet. Försäkringsbolaget vill ha kvitton på saker vi köpte för tio år sedan. Vem sparar kvitton i tio år?", staff=INS)
_pnins = pin("long-plain", (1968, 1980), "m")
sv("pub", U, f"Hej, jag är sjukskriven sedan februari och inkomstskyddet skulle ha börjat betalas ut i april. Inget har kommit. I ert senaste brev står {bad(_pnins)}, men mitt personnummer är {L('personnummer', _pnins)}. Vi har två barn och min fru jobbar deltid.", staff=INS)
sv("pub", U, "Mamma fick inte ut olycksfallsersättningen när hon bröt höften för att hon var ”över 85”. Ingen sa det när hon tecknade. Hon har betalat i trettio år.", staff=INS)
sv("priv", U, "Jag har ringt om min skada tre gånger och varje gång får jag förklara allt från början. Jag är så trött. Kan ni bara läsa det som redan står i ärendet?", staff=INS)
sv("priv", U, "Jonas lovade att återkomma i torsdags om hur mycket ni betalar för bilen. Det är tisdag nu. Jag har hittat en ny bil men säljaren väntar inte för evigt.", staff=INS)
# --- payment company
sv("priv", U, "Jag betalade fakturan på 1 249 kr den 2 maj men fick i dag en påminnelse med avgift på 60 kr. Kvittot är bifogat. Kan ni ta bort påminnelsen?", staff=CARD)
sv("pub", U, "Köpet avbröts men 4 890 kr har varit reserverade på mitt kort i elva dagar. Jag är student och det är hela min månadsbudget.", staff=CARD)
sv("priv", U, "Butiken gick i konkurs och jag fick aldrig soffan. Ni säger att jag ändå ska fortsätta betala delbetalningarna. Hur kan det vara rätt? Jag har inte ens en soffa.", staff=CARD)
sv("pub", U, f"Vår största leverantör, org.nr {bad(orgnr('556', 'dash'))}, vill ha betalt i dag. Utbetalningarna till vår webbshop har stått still sedan den 2 april. Det står ”granskning pågår” men ingen säger vad som granskas. Vi har fjorton leverantörsfakturor som väntar.", staff=CARD)
sv("priv", U, "Hello, jag förstår inte brev från er. Det står ”inkasso” och 3 000 kr. Jag betalade i affären med kort. Kan någon förklara på enkel svenska? Jag är rädd att jag gjort fel.", staff=CARD)
sv("pub", U, "Elin på chatten sa att returen var registrerad och att fakturan var pausad. Nu har det kommit en påminnelse. Vem ska jag tro på?", staff=CARD)
sv("priv", U, f"Hej. Jag har returnerat jackan (returnr RTN-448120, postat 14/3) men fakturan på 2 399 kr är inte krediterad och förfaller imorgon. Jag vill inte få en anmärkning. Kortet är {CC('mc', ' ')} om det behövs.", staff=CARD)
sv("priv", U, "Har försökt nå er i chatten sedan 08:00. ”Du är nummer 47 i kön.” Nu är klockan 11:20 och jag är nummer 12. Min prenumeration har dragits tre gånger.", staff=CARD)
sv("priv", U, "Min 15-åring har handlat spel för 4 300 kr med mitt kort utan att jag visste. Jag vet att det är mitt fel att han kom åt det men finns det någon möjlighet att få något tillbaka?", staff=CARD)
sv("pub", U, "Vi har en kaffebar i Örebro och terminalen har tappat uppkopplingen varje lunch i en vecka. Kunderna går. Vi har bytt router och startat om allt. Snälla, skicka en ny terminal.", staff=CARD)
sv("priv", U, f"Hej, utbetalningen från er för marsförsäljningen skulle till vårt konto {ACC('seb', 'space')} men har inte kommit. Det gäller 41 220 kr. Vi är ett litet aktiebolag ({ORG('559', 'plain')}) och det är halva månadens omsättning.", staff=CARD)
# --- transit
sv("pub", U, "Appen hängde sig när jag skulle köpa biljett på perrongen i Södertälje. Missade pendeln och kom för sent till en anställningsintervju. Den första jag fått på två månader.")
sv("priv", U, "Fick kontrollavgift på 1 500 kr fast jag köpte biljetten i appen tio sekunder innan jag klev på. Biljetten syns i historiken med tiden 07:42. Jag har inte råd med 1 500 kr.")
sv("pub", U, "Laddade 500 kr på reskassan i automaten på Slussen. Kvittot säger ”genomfört”. Kortet säger 0 kr. Har sparat kvittot.")
sv("priv", U, "Jag ansökte om förseningsersättning för taxin när sista tåget till Hallsberg ställdes in (1 340 kr). Har väntat i sju veckor. Jag är pensionär och det är mycket pengar för mig.")
sv("pub", U, "Jag sitter i rullstol och hissen på stationen har varit trasig i tre veckor. Jag får åka två stationer förbi och tillbaka varje morgon. Ingen skylt, ingen information, inget.")
sv("pub", U, "Min dotter på 12 blev avsläppt av bussen vid fel hållplats i mörkret för att kortet ”inte blippade”. Hon ringde mig och grät. Hon hade giltig periodbiljett.")
sv("priv", U, "Månadsbiljetten laddades inte till mitt kort fast betalningen gick igenom den 1:a. Jag har köpt enkelbiljetter i en vecka nu och har pratat med er tre gånger. Alla säger att de ska skicka det vidare.")
sv("pub", U, "Tåget stod still i 2 timmar utanför Flemingsberg utan vatten och utan information. Jag är gravid i vecka 34 och mådde jättedåligt. Ingen personal kom förbi.")
sv("priv", U, "Min pendlarbiljett försvann ur appen efter uppdateringen i går. Jag har betalat 1 030 kr för maj. Konduktören i morse var snäll men sa att nästa gång blir det avgift.")
sv("pub", U, "Fjärde inställda avgången den här veckan. Jag har redan fått en varning på jobbet för att jag kommer sent. Vad ska jag säga till min chef?")
sv("priv", U, "Jag har skickat in samma ansökan om förseningsersättning tre gånger nu. Först var kvittot fel, sen var tiden fel, sen försvann den. Jag ger snart upp.")
sv("pub", U, "Färdtjänstbilen kom aldrig i morse. Min mamma satt i rullstolen vid porten i en timme i minusgrader och väntade. Hon är 91.")
# --- more upset: varied voices and styles
sv("pub", U, "hej jag har inte fått min lön den skulle komma 25 nu är det 27 jag har ringt min chef han säger den är skickad vad ska jag göra jag har barn")
sv("priv", U, "Hej, jag heter Amina. Jag har inte fått pengar från Försäkringskassan till mitt konto. Tre dagar nu. Jag har två barn och inte mycket mat hemma. Snälla hjälp mig.")
sv("priv", U, "Jag förstår inte varför kort är stängd. Jag har inte gjort något fel. Jag jobbar natt och kan inte komma till kontor på dagen. Vad ska jag göra?")
sv("pub", U, f"Hej igen. Andra mejlet om samma sak. Jag väntar fortfarande på kontoutdragen för 2025 som CSN vill ha senast 30 april. Det är tio dagar kvar. Skicka dem till {EM('hassan.k@example.se')}.")
sv("pub", U, "Åh vad kul, ännu en gång ”tekniskt fel” precis när lönen kommer 🙃 Kan ni åtminstone säga när det funkar igen?")
sv("priv", U, "Jag blev lovad återkoppling inom 48 timmar. Det har nu gått nio dagar.")
sv("pub", U, "Ärende 20260402-0317. Tredje veckan. Inget svar.")
sv("priv", U, "Fan, jag har tappat plånboken på Arlanda och flyget till Chicago går om 40 minuter. Kortet måste spärras och jag behöver ett nytt där borta. Går det?")
sv("pub", U, "mitt bankid funkar inte på nya mobilen och jag kan inte logga in nånstans, inte ens på vårdcentralen 😭 har provat allt ni skriver på hemsidan")
sv("priv", U, "Jag är 92 år och skriver med hjälp av min granne. Jag har fått ett brev om att mitt bankfack sägs upp. Där ligger min mans vigselring och våra papper. Vart ska jag göra av det?")
sv("pub", U, "Har ni möjligtvis glömt bort oss på landet? Bankomaten i Edsbyn har varit tom sedan midsommar. Det är 6 mil till nästa. Alla här är pensionärer.")
sv("priv", U, "Jag har sparat till min dotters körkort i fem år på det här kontot och nu står det att det är ”spärrat för uttag”. Hon ska göra uppkörningen på tisdag och jag måste betala.")
sv("pub", U, "Sonen fyller 18 i morgon och hans ungdomskonto har spärrats för att han ”inte har signerat nya villkor”. Han kan inte signera utan BankID och BankID får han inte utan konto. Vad är det här för moment 22?")
sv("priv", U, "Det känns som att jag pratar med en vägg. Jag har skickat samma intyg tre gånger via appen, varje gång får jag svaret att det saknas. Jag är så trött på det här.")
sv("priv", U, "Kan någon förklara varför jag fått en avgift på 95 kr för ”kontantuttag i annan bank” när jag tog ut pengar i er egen automat på Storgatan? Det känns inte okej.")
sv("priv", U, "Min man och jag ska skilja oss och vi är oense om hur bolånet ska delas. Nu har ni spärrat kontot helt. Jag kan inte ens betala el. Det är inte jag som har bett om det.")
sv("pub", U, "Bussen åkte förbi hållplatsen i Gottsunda utan att stanna, för andra morgonen i rad. Jag står där kl 06:12 varje dag. Nästa buss kommer 06:42 och då missar jag skiftet.")
sv("pub", U, f"Snälla. Jag behöver bara att någon ringer tillbaka. Jag har lämnat nummer i chatten två gånger, här är det igen: {FL('031', 'dash')}. Det gäller min pappas konto och han ligger på sjukhus.")
sv("priv", U, "Vi är nyanlända och har väntat i sju veckor på att få öppna ett konto. Min man har fått jobb men lönen kan inte betalas ut. Vi har skickat alla papper från Migrationsverket.")
sv("priv", U, "Jag förstår att ni har mycket att göra men jag har väntat 2 h 15 min i telefonkön. Jag ringer från jobbet och har rast. Fick lägga på.")
_nd = account("nordea", "dash")
sv("pub", U, f"Pensionsmyndigheten säger att kontot jag angav inte finns. I appen står {L('bank_account', _nd)} men i deras brev står {bad(_nd, 7)}. Pensionen ska komma den 18:e, vad gör jag om den studsar?")
sv("priv", U, f"Mamma är 88 och ringde mig helt hysterisk i kväll. Någon hade ringt och sagt att hennes konto var hackat och att hon skulle flytta pengarna. Hon hann inte göra något men hon vågar inte svara i telefon nu. Kan ni kolla att allt är som det ska? Hennes personnummer är {PN('long-space', (1937, 1938), 'f')}, jag har fullmakt.")
sv("pub", U, "Tack för den ”nya förbättrade” appen. Nu hittar jag inte ens var man betalar räkningar. Jag är 74 och har lärt mig den gamla i fem år. Kan ni inte ha kvar ett enkelt läge?")
sv("priv", U, "Jag är skuldsatt efter en skilsmässa och försöker göra rätt för mig. Jag har ringt er för att få en avbetalningsplan tre gånger och varje gång säger ni att någon ska ringa tillbaka. Ingen ringer. Jag vill bara betala.")
sv("priv", U, "Försöker betala studentrummet från Tyskland. Överföringen till mitt svenska konto har varit ”pågående” i åtta bankdagar. Hyresvärden har gett mig en vecka till.")
sv("priv", U, "Jag har fått en sms-kod från er för att logga in, men jag har inte försökt logga in. Har fått fyra nu sedan i morse. Vad betyder det?? Någon försöker komma in på mitt konto?")
sv("pub", U, "Hej! Jag vill bara säga att jag är väldigt besviken. Jag bad om att få prata med en chef om min reklamation och fick höra att chefen ”inte tar kundsamtal”. Vem tar ansvar då?")
sv("priv", U, "Vi har fått besked om att vår villaförsäkring inte förnyas efter två vattenskador. Inget annat bolag vill ta oss. Huset är vår pension. Vad gör vi utan försäkring?", staff=INS)
sv("priv", U, "Min son har autism och blir jätteorolig när hans reskort inte fungerar. I dag stod han kvar på bussen till ändhållplatsen för att han inte vågade gå av utan att ha blippat. Han är 16. Kan ni kolla kortet?")
sv("priv", U, "Tåget från Göteborg ställdes in och ersättningsbussen var full. Vi kom fram till Borås kl 01:30 med en treåring. Jag vill bara veta vad vi har rätt till.")
# =============================================================================================
# Swedish, neutral
# =============================================================================================
# --- bank: questions and requests
sv("pub", N, "Hej! Vilka tider har kontoret i Visby öppet på lördagar??")
sv("priv", N, "Gäller fortfarande erbjudandet om fri kortavgift för studenter? Jag börjar på Chalmers i höst.")
sv("priv", N, "Hur aktiverar man ett bankgiro för en nystartad förening? Vi har fått numret men det går inte att betala till det än.")
sv("priv", N, "Hej, jag vill byta från kortdosa till BankID. Behöver jag boka tid på kontoret eller kan jag göra det själv?")
sv("pub", N, "Vad gäller för ränteavdrag om man är två som äger bostaden men bara en som betalar räntan?")
sv("priv", N, "Kan jag öppna ett sparkonto åt mitt barnbarn utan att föräldrarna är med? Hon är fem.")
sv("priv", N, "Hej! Funkar Apple Pay med ert nya debetkort eller är det bara Google Pay än så länge?")
sv("priv", N, "Hej. Jag ska köpa min första bostadsrätt och undrar hur lång tid ett lånelöfte gäller hos er, och om det kostar något att förnya det.")
sv("pub", N, "Kan man sätta in mynt någonstans? Har en burk med tiokronor som barnen har sparat i sex år 😄")
sv("priv", N, "Hej, vad är skillnaden mellan ert ISK och en kapitalförsäkring om jag vill spara till pensionen och har 20 år kvar?")
sv("priv", N, "Hur gör man för att få sitt kontonummer på engelska med BIC och IBAN? Ska skicka till en arbetsgivare i Irland.")
sv("priv", N, "Hej! Min dotter Emma är 13 och vill ha ett eget kort. Vilka kort finns för den åldern och kan jag sätta en gräns per vecka?")
sv("pub", N, "Tack Lina för hjälpen i chatten i går! Allt löste sig och kortet fungerar igen 😊")
sv("priv", N, "Hej Johan, tack för ett bra möte i tisdags. Här kommer lönespecifikationerna vi pratade om, tre månader bakåt.")
sv("pub", N, "Fy fan vad smidigt det nya flödet för att swisha utomlands är. Tog tio sekunder 👌")
sv("priv", N, "Ja jävlar, det gick fort! Kortet kom på två dagar. Tack!")
sv("pub", N, "God morgon kundtjänst! Hoppas ni får en fin fredag ☀️ Ingen fråga, bara en hälsning från en nöjd kund i Luleå.")
sv("priv", N, "Hej igen, bara en påminnelse om min fråga om ränteavdraget från i måndags. Ingen brådska.")
sv("pub", N, "FYI: länken till prislistan för företagskonton på er sida ger ”sidan finns inte”. Testat i Firefox och Safari.")
sv("priv", N, "Jag har ärendenummer 20260311-0187. Vill bara lägga till att kvittot nu är uppladdat i appen.")
sv("pub", N, "Vilket nummer ringer man från utlandet? Är det +46 771 10 10 10 även från Spanien?")
sv("priv", N, "Min sambo och jag vill ha ett gemensamt konto för hushållet. Kan vi båda ha kort till det och var för sig se saldot i våra appar?")
sv("pub", N, "Har ni några tips på bra sparformer för en 17-åring som precis fått sitt första sommarjobb?")
sv("priv", N, "Hej. Jag är 68 och har precis gått i pension. Finns det något sätt att se alla mina pensionsutbetalningar samlat i appen?")
sv("pub", N, "Har ni slutat med kontanthantering på kontoret i Halmstad? Undrar för att min pappa vill sätta in pengar han fått i present.")
sv("priv", N, "Hejsan! Vad kostar det att skicka pengar till Bosnien? Jag skickar 2 000 kr till min mamma varje månad och vill veta vad som är billigast.")
sv("priv", N, "jag undrar bara om man kan byta pinkoden i appen eller måste man beställa ny")
sv("priv", N, "Kan man ha två BankID på olika telefoner samtidigt? Jobbtelefon och privat.")
sv("pub", N, f"Hur lång tid tar en överföring till ett konto i Finland? Skickade 3 200 kr i morse kl 09:15 till min kompis {IB('FI')}.")
sv("priv", N, "Hej! Jag har en fråga om fonder. Jag har 45 000 kr på ett sparkonto och funderar på en indexfond. Hur ser avgifterna ut hos er jämfört med en vanlig aktivt förvaltad?")
sv("pub", N, f"Fråga om Swish företag: vår scoutkår har bankgiro {BG(7)}. Kan man koppla Swish till det och få en QR-kod utskriven till loppisen, eller måste man generera den själv?")
sv("priv", N, "Hej, jag är tandläkare med enskild firma och vill öppna ett separat företagskonto. Räcker det med F-skattsedeln och BankID?")
sv("pub", N, "Någon som vet om man kan ta ut euro i era automater? Ska till Tyskland på onsdag.")
sv("priv", N, "Hej! Min man Kim och jag har bestämt oss för att flytta vårt bolån till er. Vad behöver vi skicka in för att ni ska kunna göra en kalkyl?")
sv("pub", N, "Kul att se att ni sponsrar damlaget i Piteå! Heja er 💛💙")
sv("priv", N, "Hej Anna! Jag fick ditt brev om den nya räntan. Allt ser bra ut, jag bara bekräftar att jag har tagit del av det.")
sv("pub", N, "Fortfarande lite osäker på hur ni räknar räntan på kontokrediten. Är det dag för dag eller per månad?")
sv("priv", N, "Jag undrar om ni kan skicka en kopia av mitt låneavtal från 2019. Jag behöver det till en bodelning. Ingen brådska, inom en månad räcker.")
# --- bank: numbers (pii and hard negatives)
sv("priv", N, f"Hej! Jag vill att 800 kr går till min dotters konto {ACC('danske', 'dash')} varje fredag under terminen, med start 22 augusti. Kan jag ställa in det själv i appen eller behöver ni göra det?")
sv("priv", N, f"Hej, jag vill ha kontoutdragen skickade till {EM('birgitta.lund@example.se')} i stället för på papper. Jag har mitt BankID nu tack vare barnbarnet!")
sv("pub", N, f"Hej, vi är en bostadsrättsförening i Västerås ({ORG('769', '16')}) och ska byta bank till hösten. Kan vi behålla vårt bankgiro?")
sv("priv", N, f"Jag är 101 år och skriver via min dotter. Mitt personnummer är {PN('short-plus', (1923, 1925))}. Jag vill ha en ny kortdosa, den gamla har slutat lysa.")
sv("priv", N, f"Hej! Vi behöver ett kontonummer till bröllopslistan. Kan ni bekräfta att {ACC('swedbank7', 'space')} är ett giltigt konto hos er? Det är min blivande mans.")
sv("priv", N, f"Kan ni ringa mig på {FM('space')} efter kl 17 i morgon om bolåneoffert? Jag jobbar i förskola och kan inte svara innan dess.")
sv("pub", N, "Tips: om man har problem med BankID efter byte av telefon, kolla att klockan i mobilen är rätt inställd. Det var hela felet för mig (version 7.14).")
sv("priv", N, "Jag har en fråga om en inbetalning med OCR 4400 1278 3390 2. Kommer den fram i dag om jag betalar före 13?")
sv("pub", N, "Kan man betala till ett plusgiro från appen eller bara till bankgiro? Tänker på Röda Korsets insamling.")
sv("priv", N, "Hej, jag har fått ett brev med referens LÅN-2026-88417 om att villkoren ändras 1 juli. Vad betyder ”ny referensränta” för mig med bunden ränta?")
# --- insurer
sv("priv", N, "Gäller hemförsäkringen om min cykel blir stulen utanför jobbet eller bara hemma?", staff=INS)
sv("priv", N, "Hej! Vi har fått en valp (Ronja, 9 veckor). Vad kostar en veterinärvårdsförsäkring och från vilken dag gäller den?", staff=INS)
sv("pub", N, "Behöver man en separat reseförsäkring om man betalar resan med ert kort? Ska till Japan tre veckor i oktober.", staff=INS)
sv("priv", N, "Tack Karin för genomgången av barnförsäkringarna i morse. Vi väljer den större, papperen kommer i veckan.", staff=INS)
sv("priv", N, "Hur funkar det med självrisken om man har både villa- och bilförsäkring hos er och båda drabbas av samma storm?", staff=INS)
sv("priv", N, "Hej, jag ska hyra ut min lägenhet i andra hand i ett år. Behöver jag ändra något i hemförsäkringen?", staff=INS)
sv("pub", N, "Sjukt bra bemötande när jag anmälde vattenskadan i förra veckan. Hantverkaren kom dagen efter. Stort tack!", staff=INS)
sv("priv", N, f"Hej, jag vill att ersättningen för glasögonen (skadenummer S-26-004471) betalas till {ACC('ica', 'space')} i stället för mitt gamla konto.", staff=INS)
sv("priv", N, "Täcker olycksfallsförsäkringen för barn även när de spelar hockey i förening, eller behöver klubben ha en egen?", staff=INS)
sv("priv", N, "Min son heter Jonas och har precis fått körkort. Kan han köra min bil utan att premien ändras?", staff=INS)
sv("pub", N, "Vad räknas som ”värdesak” i hemförsäkringen? Har en gitarr värd ca 30 000 kr.", staff=INS)
sv("priv", N, "Hej! Hur gör jag för att säga upp bilförsäkringen när bilen är såld? Köparen tog över den i lördags, 12 april.", staff=INS)
sv("priv", N, "Kan man få ersättning för en hyrbil när bilen är på verkstad efter en parkeringsskada, eller ingår inte det?", staff=INS)
# --- payment company
sv("pub", N, "Kan man dela upp en betalning i tre delar utan ränta, eller är det bara i vissa butiker?", staff=CARD)
sv("priv", N, f"Hej! Jag har flyttat och vill uppdatera min adress. Nya är Storgatan 14B, 852 30 Sundsvall, och nytt mobilnummer {RM('space')}.", staff=CARD)
sv("pub", N, "Tack Robin för snabb hjälp med returen i går! Fakturan är redan justerad.", staff=CARD)
sv("priv", N, "Vi är en webbutik med ca 600 order i månaden och funderar på att lägga till er som betalsätt. Hur lång tid tar integrationen med WooCommerce, och vilka avgifter gäller per transaktion?", staff=CARD)
sv("pub", N, "Hur lång tid tar det innan en retur syns på fakturan? Skickade tillbaka skorna i måndags.", staff=CARD)
sv("pub", N, f"Hej, jag vill betala hela restskulden på 7 300 kr på en gång. Går det att dra det från mitt konto {ACC('lf', 'space')}?", staff=CARD)
sv("priv", N, "Får man samma köpskydd om man betalar med ert kort i en utländsk webbutik?", staff=CARD)
sv("priv", N, "Kan ni skicka fakturorna till min e-post i stället? Och kan jag välja förfallodag den 27:e så att den hamnar efter lönen?", staff=CARD)
sv("pub", N, "Vi har en fråga om utbetalningsfrekvens: kan vi få dagliga utbetalningar i stället för veckovis under högsäsong (juni–augusti)?", staff=CARD)
sv("priv", N, f"Hej! Jag driver en cateringfirma, Smakbyrån HB ({ORG('969', 'dash')}). Vi vill ta betalt med kort på festivaler. Hyr ni ut mobila terminaler per månad?", staff=CARD)
# --- transit
sv("priv", N, "Gäller ungdomsbiljetten till och med den dag man fyller 20 eller dagen innan?")
sv("priv", N, "Hej! Kan man ta med cykel på pendeltåget mellan Uppsala och Märsta en lördag?")
sv("pub", N, "Vad gäller om jag glömt mobilen hemma men har köpt periodbiljetten i appen? Kan konduktören kolla på något annat sätt?")
sv("priv", N, "Hej, jag vill bara säga tack till busschauffören på linje 4 i Linköping i morse som väntade på min mamma med rollatorn. Det gjorde hennes dag.")
sv("pub", N, "Kommer nattbussarna att gå som vanligt under Valborg?")
sv("priv", N, "Jag har hittat en plånbok på tåget mellan Stockholm och Eskilstuna kl 16:48. Var lämnar jag den?")
sv("pub", N, "Finns det någon rabatt för pensionärer på länstrafiken? Min pappa är 72 och åker mest mitt på dagen.")
sv("priv", N, "Hej! Vi är 28 elever och 3 lärare som ska åka till Skansen den 14 maj. Kan vi boka gruppbiljett i förväg?")
sv("pub", N, "Appen visar ”Tåg 431 inställt” men skylten på perrongen säger att det går. Vilken gäller? Bara nyfiken, jag tar bussen ändå.")
sv("pub", N, f"Hej, jag har flyttat till Norrköping och vill flytta mitt resekort till nya länet. Mitt telefonnummer är {FM('plus')} om ni behöver nå mig.")
sv("pub", N, "Är det sant att man kan betala med kort direkt vid kortläsaren på bussen nu? Det skulle vara supersmidigt.")
# --- more neutral: small talk, praise, follow-ups, time on hands
sv("pub", N, "Jag har varit kund hos er sedan 1971 när kontoret låg vid torget i Arvika. Minns någon kassörskan Gunvor? Hon hade alltid godis till barnen.")
sv("priv", N, "Bara en tanke: det vore fint om appen hade större text som val. Jag är 77 och använder förstoringsglas ibland 🙂 Annars fungerar den bra.")
sv("pub", N, "Vilket fint inlägg om bedrägerier, delade det med min pensionärsförening. Vi har träff varje torsdag i Bollnäs om ni vill komma och prata någon gång.")
sv("priv", N, "Hej, jag skriver en uppsats om digitala banktjänster för äldre på Södertörns högskola. Skulle någon på er kundtjänst vilja ställa upp på en kort intervju?")
sv("pub", N, "Testade ert nya budgetverktyg i appen. Jävligt bra faktiskt! Kanske lite för många färger.")
sv("priv", N, "Hej Fatima, du hjälpte mig med fullmakten för pappa förra veckan. Han bad mig hälsa och säga tack. ❤️")
sv("pub", N, "Finns det någon möjlighet att få kontoutdrag i punktskrift? Frågar för min granne som är blind.")
sv("priv", N, "Hej! Jag har blivit med barn och undrar om jag kan ändra förmånstagare på pensionsförsäkringen redan nu eller först när bebisen har ett personnummer?", staff=INS)
sv("pub", N, "Vad händer med sparkontot om banken skulle gå i konkurs? Har läst om insättningsgarantin men förstår inte om det gäller per person eller per konto.")
sv("priv", N, "Hej, ingen fråga egentligen. Ville bara meddela att jag är utomlands 3–24 juni ifall kortet används i Portugal. Så ni inte spärrar det 😅")
sv("pub", N, "Sam i chatten var superduktig och pedagogisk när jag skulle byta till nytt BankID. Mer sånt!")
sv("priv", N, "Kan ni bekräfta att ni har tagit emot min uppsägning av kontokrediten? Ingen brådska, vill bara ha det skriftligt.")
sv("priv", N, "Hej! Varför ser räntan olika ut på hemsidan och i appen? 2,89 % mot 2,94 %. Misstänker att en av dem inte är uppdaterad.")
sv("priv", N, "Hej! Jag är ny i Sverige och lär mig svenska. Kan jag få information om konto på engelska eller arabiska? Tack så mycket för hjälpen.")
sv("pub", N, "Äntligen fick jag tag på någon i telefon på 08-555 100 00 och det tog bara fyra minuter. Tack för det!")
sv("priv", N, "Hej, jag vill bara förvarna om att min fullmakt för mammas konto går ut den 30 juni. Vi har skickat in en ny, den ska ha kommit med posten.")
sv("pub", N, "Någon annan som har svårt att hitta var man ändrar notiserna i nya appen? Ingen panik, bara nyfiken 🙂")
sv("priv", N, "Tjena! Undrar bara om era öppettider i chatten ändras under sommaren?")
sv("pub", N, "Kan man säga upp en autogiroanslutning själv i appen eller måste företaget göra det?")
sv("priv", N, "Vi är ett fastighetsbolag med tre dotterbolag och vill samla likviditeten i en koncernkontostruktur. Kan ni ta fram ett förslag med toppkonto och underkonton, och hur hanteras räntan mellan bolagen?")
sv("priv", N, "Två frågor: 1) Kan man ha ISK för ett barn? 2) Vem deklarerar schablonskatten i så fall, barnet eller föräldern??")
sv("priv", N, "Hej! Jag fick besked om att min bolåneränta blir 3,14 % från 1 maj. Jag har sett att ni har 2,99 % för nya kunder. Går det att diskutera?")
sv("pub", N, "Jag läste att ni inför avgift på pappersfakturor från 1 september. Gäller det även för oss som är över 80?")
sv("priv", N, "Hej! Jag råkade skriva 19820230-4417 i ansökan om kort, alltså 30 februari 😅 Behöver jag göra om den? Och en fråga till: jag är doktorand från Brasilien och har precis fått mitt personnummer. Vilka papper behöver jag ta med till kontoret för att öppna ett konto?")
sv("priv", N, "Finns det nåt sätt att exportera alla transaktioner från 2025 till Excel? Ska göra hushållsbudget med frugan.")
sv("priv", N, "Hej. Hur gör vi med vår avlidna mosters konto när vi är tre syskonbarn som ärver? Ingen brådska, bouppteckningen är inte klar än.")
sv("priv", N, "Tjejen som svarade i chatten ikväll verkar så het. Skicka gärna en bild på henne, eller ge henne mitt nummer 😏", mods=["harassment"])
sv("pub", N, "Hej! Kan ni förklara vad ”reserverat belopp” betyder i appen? Jag ser 349 kr från en bensinmack i Gnesta som inte dragits än.")
# =============================================================================================
# Swedish, angry (no code-of-conduct violation)
# =============================================================================================
# --- bank
sv("pub", A, "Grattis, ni har lyckats igen. Tredje gången på en månad som BankID ligger nere på lönedagen. Värdelösa är bara förnamnet.")
sv("pub", A, "Ni är tjuvar. Rena rama tjuvar. 495 kr i ”avslutsavgift” för att jag ville stänga ett konto jag haft i 20 år?")
sv("priv", A, "Vad i helvete håller ni på med? Andra dagen utan inloggning och ingen säger ett ord. Ni har mina pengar och jag kommer inte åt dem.")
sv("pub", A, "SLUTA DRA PENGAR FRÅN MITT KONTO UTAN LOV. NI ÄR INGENTING ANNAT ÄN BLODIGLAR SOM LEVER PÅ AVGIFTER.")
sv("pub", A, "Ni borde skämmas. En änka på 82 år som blir blåst på sina besparingar och ni svarar med ett standardbrev. Skäms!")
sv("priv", A, "Jag har kontaktat Aftonbladet och ARN. Ni kommer att få förklara offentligt varför ni lät en 84-åring föra över 200 000 kr till en bedragare utan att reagera.")
sv("pub", A, "Otroligt imponerande. En hel app som inte klarar det som en bankomat klarade 1985. Lysande jobbat, geni-gänget.")
sv("pub", A, "Skandal. Ni stänger det sista kontoret i kommunen och skriver i pressmeddelandet att ni ”finns nära kunden”. Vilket hån.")
sv("priv", A, "Har inte pengarna kommit tillbaka till fredag flyttar jag allt, 1,2 miljoner, till en annan bank. Och hela min förening följer med. Det är inget hot, det är ett löfte.")
sv("pub", A, "Ni är bedragare med banklicens. Höjer räntan på lånen samma dag som riksbanken höjer och sänker den ett halvår efter att den sänkts.")
sv("priv", A, "Ni ljuger. I telefon fick jag höra att pengarna var skickade i måndags. Nu säger chatten att ingen betalning har gjorts. Vem av er ljuger?")
sv("pub", A, "Vilken jävla cirkus det här är. Sex veckor för att byta adress. SEX VECKOR.")
sv("priv", A, "Fyrtio år som kund och nu ska jag bevisa var mina EGNA 30 000 kr kommer ifrån innan jag får ta ut dem. Ni är ett skämt.")
sv("pub", A, "Kan ni sluta låtsas att ni bryr er? ”Vi förstår din frustration” – nej, det gör ni inte, ni har aldrig förstått någonting.")
sv("priv", A, "Amatörer. Hela banken drivs av amatörer. Hur svårt kan det vara att posta ett kort till adressen som står i ert eget system?")
sv("pub", A, "Nu får det fan vara nog. Tredje kortet på ett år som ”komprometterats” hos er. Er säkerhet är ett skämt och ni skyller på oss kunder.")
sv("priv", A, "Min advokat har fått hela korrespondensen. Ni hör från honom på måndag, och jag kommer inte att nöja mig med en ursäkt den här gången. Ni har tagit mina pengar och ni ska betala tillbaka varenda krona.")
sv("pub", A, "Vilka clowner. Ring +46 771 10 10 10 säger ni, och där får man sitta i kö i en timme och sen bryts samtalet. Fantastisk service 👏👏👏")
sv("pub", A, "Ni är så jävla inkompetenta att det nästan är imponerande. Hur kan en bank tappa bort en bouppteckning? TVÅ gånger.")
sv("priv", A, "Jaha, så ni har ”uppdaterat villkoren” och nu kostar kortet 45 kr i månaden. Ni suger ut oss och tror att vi inte märker något.")
sv("pub", A, "Jag hoppas att alla läser det här: byt bank. De här idioterna spärrade mitt konto under min semester utan att höra av sig. Jag fick stå i kassan i Split och skämmas.")
sv("priv", A, "Hur dum får man vara? Ni skickar mitt nya BankID till min gamla adress, samma adress jag bett er ändra TRE gånger.")
sv("pub", A, "Bank? Skojfirma är ordet. 129 kr i avgift för ett papperskontoutdrag som ni själva skickade ut utan att jag bad om det.")
sv("priv", A, "Det här är sista gången jag skriver snällt. Svarar ni inte i dag går jag till Finansinspektionen, Konsumentverket och varenda tidning som vill lyssna.")
sv("pub", A, "Lögnare. Ni lovade ”inga dolda avgifter” i reklamen och nu har jag hittat fyra på mitt kontoutdrag.")
sv("pub", A, "Hela ert så kallade bedrägeriskydd är ett skämt. 38 000 kr borta och ni säger att jag var ”grovt oaktsam”. Ni är medskyldiga, inget annat.")
sv("pub", A, f"Fattar ni ingenting? För FEMTE gången: pensionen ska in på {ACC('swedbank8', 'dash')}. Inte på det gamla kontot. Är det så svårt att läsa?")
sv("priv", A, "Ni har mage att skicka en enkät och fråga hur nöjd jag är. Noll av tio. Minus tio om det gick.")
sv("priv", A, "Sluta skicka mig till en ny person hela tiden! Jag har berättat samma historia för sex av er nu. Det är ren sabotage av er.")
sv("pub", A, "Skitbank. Kortet nekat igen, på apoteket den här gången. Medicinen till min son fick vänta. Tack för ingenting.")
sv("priv", A, "Vem i ledningen tyckte att det var en bra idé att stänga telefonsupporten på helgerna? Ni har tappat kontakten med verkligheten helt.")
sv("priv", A, "Den här banken är ett jävla skämt från topp till botten. Jag flyttar allt på måndag och ni kan stoppa upp era ”lojalitetspoäng”.")
sv("pub", A, "Ni tar betalt för allt utom att andas. Snart kommer det en avgift för att logga in också, vänta bara.")
sv("priv", A, "Kasta era ”vi ber om ursäkt för besväret”. Ni ber inte om ursäkt, ni bara klistrar in. Ge mig en människa som kan tänka själv.")
sv("pub", A, "Det är kriminellt det ni håller på med. Tar 12 % ränta av folk som redan inte har råd. Ni lever på människors elände.")
sv("pub", A, "jävla skitapp. uppdatering på uppdatering och den blir bara sämre. vem fan testar den här innan ni släpper den?")
sv("priv", A, "Lika bra att ha pengarna i madrassen. Åtminstone stänger madrassen inte av mig en fredag kväll utan förklaring.")
sv("pub", A, "Ni är den sämsta banken i Sverige och ni vet om det. Ingen vettig människa skulle välja er i dag.")
sv("priv", A, "Är ni dumma i huvudet på riktigt? Ni har spärrat min dotters konto för att hon fick 500 kr av sin farmor i födelsedagspresent.")
sv("pub", A, "Ett tips till alla som funderar på att ta lån här: gör det inte. De har noll respekt för kunder och ännu mindre för äldre.")
# --- insurer
sv("priv", A, "Ni är försäkringsbedragare. Tar premie i tolv år och när huset översvämmas hittar ni en paragraf på sidan 43. Skäms.", staff=INS)
sv("priv", A, "Ni skickade en värderingsman som tittade på skadan i fem minuter och kallade det ”slitage”. Hela ert bolag är ett skämt, ni vet inte vad ni håller på med.", staff=INS)
sv("pub", A, "Försäkra er hos någon annan. De här jävlarna letar bara efter skäl att slippa betala.", staff=INS)
sv("priv", A, "Sju veckor och ni har fortfarande inte betalat ut något för bilen. Betalar ni inte senast fredag går jag till ARN och en advokat, och jag lovar att det blir dyrare för er.", staff=INS)
sv("pub", A, "Hahaha, ”vi finns här när du behöver oss”. Ja, precis så länge man inte behöver er. Sen är ni borta som fan.", staff=INS)
sv("priv", A, "Ni är samvetslösa. Min pappa dog och ni vägrar betala ut livförsäkringen för ett formfel i ett papper från 1998. Ni äcklar mig.", staff=INS)
sv("pub", A, "Hur kan det vara lagligt? Premien upp 34 % och självrisken dubblad samma år. Rena rånet.", staff=INS)
sv("priv", A, "Ni skickar mig runt som en boll. Skadeavdelningen säger kundtjänst, kundtjänst säger skadeavdelningen. Lägg ner hela skiten och börja om.", staff=INS)
sv("pub", A, "Tack för att ni bevisar att försäkringsbolag är den lägsta formen av liv. Djurförsäkring som inte täcker sjukdom. Bravo.", staff=INS)
sv("priv", A, "Lyssna nu. Jag har betalat för en tjänst. Antingen ersätter ni mobilen som ni lovade eller så ses vi i tingsrätten. Välj.", staff=INS)
# --- payment company
sv("pub", A, "Era inkassometoder är rena maffian. 60 kr påminnelse på en faktura som ni själva skickade till fel mejl.", staff=CARD)
sv("priv", A, "Ni har frusit våra utbetalningar i tre veckor utan förklaring. 180 000 kr. Det är STÖLD. Släpp pengarna i dag eller så går vi till pressen.", staff=CARD)
sv("pub", A, "Betala senare? Betala för alltid, snarare. Ni lever på att lura unga att handla saker de inte har råd med. Ni borde skämmas.", staff=CARD)
sv("priv", A, "Ni är inte en betaltjänst, ni är en bluff. Returen registrerad, fakturan betald, och ändå inkasso. Hur jävla inkompetenta får man vara?", staff=CARD)
sv("pub", A, "Det här företaget är en skam för hela branschen. Kortet spärrat i tre dagar för att jag handlade i Danmark. DANMARK.", staff=CARD)
sv("pub", A, f"För tredje gången, era clowner: jag har betalat. Från mitt konto {ACC('handelsbanken', 'dash')} den 2 maj. Stoppa inkassot NU.", staff=CARD)
sv("priv", A, "Skandal hur ni behandlar småföretagare. Stänger vårt handlarkonto över en natt och ger oss ett standardmejl. Vi har haft er i sju år.", staff=CARD)
# --- transit
sv("pub", A, "Inställt. Igen. Varje jävla morgon. Vad betalar vi för egentligen?")
sv("priv", A, "Era kontrollanter är ett skämt. Bötfällde en 14-åring vars mobil dog och lät honom gå hem själv i mörkret. Ni borde skämmas allihop.")
sv("pub", A, "Grattis till årets sämsta kollektivtrafik! Ni har verkligen jobbat hårt för den titeln.")
sv("pub", A, "1 500 kr i kontrollavgift för att er app inte fungerade. Det är rån, ingenting annat. Jag betalar inte.")
sv("priv", A, "Jag har skickat in ansökan om förseningsersättning fyra gånger och ni ”hittar den inte”. Ni slänger dem med flit, det fattar ju vem som helst.")
sv("pub", A, "Ni höjer priset på månadskortet igen och samtidigt går hälften av avgångarna inte. Vilka parasiter.")
sv("pub", A, "VARFÖR SÄGER NI INGENTING? Vi har stått på Centralen i 50 minuter. INGEN INFORMATION. Ni är helt jävla värdelösa.")
sv("priv", A, "Era förare kör som dårar och när man klagar får man ett autosvar. Jag tänker anmäla er till Transportstyrelsen och skriva till lokaltidningen.")
sv("pub", A, "Tänk att man kan ta 1 030 kr i månaden för ett kort som inte fungerar hälften av tiden. Respekt, det kräver en viss sorts fräckhet.")
sv("priv", A, "Ge mig mina pengar tillbaka, ni jävla tjuvar. Tåget gick aldrig och ni vägrar återbetala.")
# --- more voices
sv("pub", A, "jag har aldrig sett så dålig service NÅNSIN. ni är bara lata. ingen svarar, ingen bryr sig, ingen vet nånting")
sv("priv", A, "Du vet vad, strunt samma. Ni är bara ett gäng klåpare med fina slipsar. Stäng mitt konto.")
sv("pub", A, "Min mamma fick sitta i telefonkö i 90 minuter för att ni tagit bort kontoret. Hon är 87 och döv på ena örat. Ni är ett cyniskt, girigt och hänsynslöst gäng.")
sv("pub", A, "Vill bara varna alla i den här gruppen: den här banken är ett gäng lögnare. Jag har bevis och jag ska lägga upp dem.")
sv("priv", A, "Tror ni att ni kommer undan med det här? Jag har skärmdumpar på allt. Ni har lurat mig på 4 300 kr och jag ska se till att alla vet om det.")
sv("priv", A, "Ni har en hel avdelning för ”kundnöjdhet” och ändå är ni sämst i mätningarna varje år. Lägg ner den och anställ folk som svarar i telefon istället.")
sv("priv", A, "Håll käften med era ”säkerhetsskäl”. Jag vill ha mitt kort upplåst NU. Det är mina pengar, inte era.")
sv("pub", A, "Hahaha ni är så löjliga. ”Vi arbetar på att lösa problemet” sedan i tisdags. Jobbar ni med det med hammare och mejsel eller?")
sv("pub", A, "Jag har jobbat i bank i 30 år och aldrig skämts så över branschen. Ni förstör allt förtroende som finns kvar.")
sv("priv", A, "Ni är så jävla fega. Ingen vågar ge mig ett namn på en chef. Vad är ni rädda för?")
sv("pub", A, "Ni har förvandlat en enkel sak som att betala en räkning till en mardröm. Vem fan har designat det här? Sparka hela IT-avdelningen.")
sv("priv", A, "Det här är sista varningen. Antingen stryker ni avgiften på 350 kr i dag eller så säger jag upp allt, bolån, pension och barnens konton. Ni får välja.")
sv("pub", A, "Fatta att ni kallar er ”Sveriges mest kundnära bank”. Kundnära? Ni vet inte ens vad en kund är.")
sv("priv", A, "Ni är patetiska. Ett bankkonto för en sjuåring och ni vill ha ”intyg om pengarnas ursprung”. Det är hennes veckopeng!")
sv("pub", A, "Vi har varit kunder i fyra generationer. Från och med i dag är vi det inte. Ni har spottat på varenda en av oss.")
sv("pub", A, "Ännu en ”planerad driftstörning” mitt på dagen. Planerad av vem? Av en schimpans?")
sv("priv", A, "Lägg ner den där chattboten. Jag har skrivit ”prata med människa” tolv gånger. Den är lika dum som resten av er support.")
sv("pub", A, "Snyggt jobbat igen, ni har tappat mina inlämnade papper för andra gången. Det är inte slarv längre, det är ren inkompetens.")
sv("priv", A, "Jag skiter i era rutiner. Ni har hållit inne min lön i fyra dagar och jag har fått betala straffavgifter överallt. Ni ska ersätta varenda öre.", staff=CARD)
sv("pub", A, "Försäkringsbolag är lagliga maffiagäng och ni är värst av dem alla. Tio år utan skada och första gången det händer något är vi ”inte täckta”.", staff=INS)
sv("priv", A, "Sluta ringa mig och sälja fonder när ni inte ens kan svara på en enkel fråga om mitt lån. Skamlöst.")
sv("pub", A, "Hur kan en statligt ägd trafikhuvudman vara så arrogant? Ni skiter fullständigt i om folk kommer till jobbet.")
sv("priv", A, "Vet ni vad? Jag har anmält er till Konsumentverket och JO, och en reporter på lokalradion har fått hela min mejlväxling med er. Lycka till med att förklara er.")
sv("pub", A, "BEDRAGARE. Det är vad ni är. Låser in folks pengar och kallar det ”säkerhet”.")
sv("priv", A, "Ni är de största idioterna jag någonsin haft att göra med. Hur kan ni inte se att det är samma betalning dragen två gånger?", staff=CARD)
sv("pub", A, "När ska ni fatta att folk inte vill ha en chatbot? Det är ert jobb att svara. Gör ert jävla jobb.")
sv("priv", A, "Jag kommer att skriva om er i varenda grupp jag är med i. Tusentals medlemmar. Ni kommer att ångra hur ni behandlat min mamma.")
sv("pub", A, "Ni tjänade 28 miljarder förra året och kan inte hålla öppet ett kontor i Kiruna. Girigt pack.")
sv("pub", A, "Hela er kundtjänst är en vägg av idioti. Jag ringer, ni lovar, ingenting händer. Varje. Gång.", staff=INS)
sv("priv", A, "Ni har ljugit för mig tre gånger nu. Tre. Jag har inspelningar. Vill ni att jag skickar dem till Kalla fakta?")
sv("pub", A, "Vilken fantastisk bank. Blockerar kortet när jag är i Thailand, men när en bedragare tömmer mammas konto märker ni ingenting. Fy fan för er.")
# =============================================================================================
# Swedish, code of conduct
# =============================================================================================
sv("pub", A, "Får jag inte tillbaka mina pengar före helgen tar jag med mig en slägga till ert kontor på Storgatan. Era fina glasrutor håller inte länge.", mods=["threat"])
sv("pub", A, "Fint kontor ni har på Drottninggatan. Vore synd om det började brinna där en natt när ingen är kvar.", mods=["threat"])
sv("pub", A, "Kim i chatten ska nog inte gå ensam till bussen ikväll. Bara ett litet tips.", mods=["threat", "staff_named"])
sv("pub", A, "Nästa gång en av era kontrollanter skriver ut en avgift till mig slår jag ner honom. Lovar.", mods=["threat"])
sv("pub", A, "Handläggaren som nekade min skada bor på Lövstigen 4 i Kumla. Åk dit allihop och säg vad ni tycker om henne.", mods=["threat", "harassment"], staff=INS)
sv("pub", A, "Självklart fick jag en handläggare som knappt kunde svenska. Ni anställer bara invandrare numera. Skicka hem hela bunten.", mods=["racism"])
sv("pub", A, "Ert kontor i Tensta är fullt av bl4ttar som inte kan räkna till tio.", mods=["racism", "severe_profanity"])
sv("priv", A, "Muslimer ska inte ha hand om försäkringar. De tror ju att allt är Allahs vilja ändå, så varför skulle de betala ut något?", mods=["racism"], staff=INS)
sv("priv", A, "Varför ska en som Jonas Ahmadi avgöra min skada? Hans folk har aldrig betalat in ett öre till det här landet.", mods=["racism", "staff_named"], staff=INS)
sv("pub", A, "Det är därför man inte ska låta kvinnor sköta skadereglering. Känslor i stället för förstånd, varenda gång.", mods=["sexism"], staff=INS)
sv("pub", A, "Petra har uppenbarligen aldrig gjort något annat än att säga nej. Typisk surkärring bakom ett skrivbord, byt ut henne.", mods=["sexism", "staff_named", "harassment"], staff=INS)
sv("priv", A, "Sluta tjafsa, din lilla slyna, och gör om min ansökan.", mods=["sexism", "severe_profanity", "harassment"])
sv("pub", A, "Emma Larsson är en f1tta. Någon borde sparka henne innan hon förstör fler lån.", mods=["sexism", "severe_profanity", "staff_named", "harassment"])
sv("pub", A, "Fittbank. Tredje gången på en månad som kortet slutar funka.", mods=["severe_profanity"])
sv("pub", A, "Knulla er och era jävla avgifter.", mods=["severe_profanity"])
sv("priv", A, "Kukapp från helvetet. Loggar ut mig mitt i varenda betalning.", mods=["severe_profanity"], staff=CARD)
sv("priv", A, "Du i chatten är en kuk, vet du det? Svara på frågan istället för att klistra in samma text.", mods=["severe_profanity", "harassment"])
sv("pub", A, "Johan Berg på bolåneavdelningen är fullständigt inkompetent och borde inte få ha kvar sitt jobb. Han har förstört vårt husköp.", mods=["staff_named"])
sv("pub", A, "Lina i chatten är ett jävla pucko. Hon fattar ingenting av vad man skriver.", mods=["staff_named", "harassment"])
sv("pub", U, "Sara Lind, jag vet att du bor i samma trappuppgång som jag på Björkgatan 7. Kan du inte bara knacka på och hjälpa mig med fakturan? Jag är så orolig.", mods=["staff_named"], staff=CARD)
sv("pub", A, "@Mikke_72 din patetiska lilla mupp, ingen har bett om din åsikt. Gå och lägg dig.", mods=["harassment"])
sv("pub", A, "@jonte_b säg det där en gång till så hittar jag dig. Jag vet var du jobbar.", mods=["threat", "harassment"])
# =============================================================================================
# English, upset
# =============================================================================================
en("priv", U, "My employer paid my relocation bonus of 45,000 kr and you've put a hold on it 'for review'. The deposit for my flat is due Thursday and I'm new in Sweden, there's nobody I can borrow from.")
en("pub", U, "I'm a US citizen living in Gothenburg and just got a letter saying my account will be closed over FATCA paperwork. I sent the W-9 form in February. Where did it go? My pension lands in that account.")
en("pub", U, "Hey, the ATM at Lund C swallowed my card on Sunday night. Branch is closed, the app says a new card takes 7-10 days. How am I meant to buy food until then?")
en("pub", U, "We're tourists from Australia and bought a 72-hour pass in your app. It vanished when my phone updated overnight and we got two fines on the tram this morning. We have the receipt. Please.")
en("priv", U, "hello i am from afghanistan, live in sweden 1 year. bank say i must show where money come from, it is my salary from restaurant. i send payslip 2 times. account still closed. i cannot pay rent")
en("priv", U, "The nursery fee was taken three times from my account, 1,850 kr each. The nursery says they only got one payment. I'm a single dad and that was the food budget for the month.")
en("priv", U, "Transfer of 212,000 kr to the notary in France for our house purchase, sent 3 June, has not arrived. Completion is on 14 June. The notary says the sale falls through without the funds.")
en("priv", U, "My wife died on Sunday. The undertaker needs 28,000 kr by next week, but our joint account has been frozen. I don't understand why, it's my account too.")
en("pub", U, "Writing on behalf of my late mother's estate. We have now sent the death certificate, the estate inventory and the power of attorney. Every time we call, one more document is 'missing'. It has been four months.")
en("priv", U, "I sold my sofa on Marketplace and the buyer sent a 'Swish link'. I approved it with BankID thinking I was receiving money. 14,500 kr went out instead. It's reported to the police. Is there anything you can do?")
en("pub", U, "Got a text pretending to be from the post office and typed my card details into the page. Within an hour there were three charges in Romania. Card's blocked now but I'm honestly shaking.")
en("priv", U, "My BankID expired while I was working in Norway for six months. I can't renew it without visiting a branch in Sweden and I'm not back until August. Meanwhile I can't log in to pay a single bill.")
en("pub", U, "Our dog was diagnosed with diabetes and the claim was refused as a 'pre-existing condition'. He was insured at eight weeks old and had never been ill before. We have every vet record.", staff=INS)
en("priv", U, "Our flight home from Bali was cancelled and we had to stay four extra nights. You say volcanic ash isn't covered. Nobody mentioned exclusions like that when we bought the policy. 23,000 kr out of pocket.", staff=INS)
en("priv", U, "My car was stolen from outside our flat four weeks ago and there's been no update on the claim. I'm a nurse on night shifts and there's no bus to the hospital at 10 pm.", staff=INS)
en("pub", U, "Water is coming through the ceiling from the flat upstairs. Your emergency line says to wait for a callback. It's been three hours and the kitchen floor is flooded. What do I do right now?", staff=INS)
en("pub", U, "I returned the headphones on the 2nd but the invoice was never updated, and now it's gone to collection. I was just turned down for a rental flat because of a payment remark. Please fix this.", staff=CARD)
en("priv", U, "Our ice cream kiosk only trades June to August. The terminal has rejected contactless payments since Saturday. This is our entire season.", staff=CARD)
en("pub", U, "Your app showed the 07:14 as on time, so I ran for it. It had left at 07:09 from another platform. I missed the start of my exam and the resit isn't until January.")
en("priv", U, "The train from Arlanda stopped for 40 minutes and I missed the last connection to Sundsvall. Had to pay 1,600 kr for a hotel. Will that be refunded?")
en("pub", U, "I'm a seasonal berry picker from Thailand. Our employer says the wages were sent on Friday. None of us have received anything. There are twelve of us and we need to buy food.")
en("pub", U, f"Card blocked in Tokyo. Every payment declined and it's midnight here. The hotel needs a card at check-in tomorrow at 3 pm. Please unblock it, my Swedish mobile is {FM('0046')}.")
en("priv", U, "The seller's agent needs proof of funds by 5 pm today. Your loan promise still shows last year's amount. I asked for an update eight days ago.")
en("pub", U, "I've recommended you to every new colleague for ten years. After how the branch handled my dad's estate, I can't anymore. Honestly, I'm just sad.")
en("priv", U, "Please. I'm not asking for anything special. I just need someone to check why my salary bounced back to my employer.")
en("pub", U, "Still no card. Still no reply. Still paying the monthly fee for a card I've never held.")
en("priv", U, "I have chemo every Tuesday and can't spend hours on the phone. Is there any way to sort out the payment holiday on my loan by email?")
en("pub", U, "My CSN was paid to an account you closed. CSN says it's up to the bank to return it. It's been twelve days and I've had to borrow money for rent.")
en("priv", U, "I'm 83 and I type slowly, so please be patient with me. My card stopped working yesterday at the chemist. The prescription was 412 kr and I had to leave it behind.")
en("pub", U, "You moved my mortgage payment date from the 28th to the 15th without asking. My pension arrives on the 18th. This month's payment failed and now there's a fee.")
en("priv", U, "My grandmother gave her BankID to a man who said he was from the police. She's 91. He took 64,000 kr. She keeps asking me if she's going to prison. What can we do?")
en("pub", U, "I'm visually impaired and the new ticket machines have no audio. I can't buy a ticket at the station anymore, and the app doesn't work with my screen reader either.")
en("pub", U, "My 10-year-old fell asleep on the bus and was driven to the depot. Nobody checked the bus. He called me crying from a stranger's phone. I'm still shaking.")
en("priv", U, "I'm in a shelter after leaving an abusive partner. He knows my bank login because he set up my phone. Can you help me lock everything down and get new details?")
_seb = account("seb", "dash")
en("pub", U, f"My mortgage payment bounced because my salary went to an old account. Payroll had {bad(_seb, -2)}, which is wrong; the correct one is {L('bank_account', _seb)}. Could you waive the late fee this once? It's never happened before.")
en("pub", U, f"Two charges from a car rental in Málaga, 6,230 kr each, on my card {CC('mc', '-')}. I returned the car undamaged and have the photos. The rental firm won't answer. Can you dispute this?", staff=CARD)
en("priv", U, f"I'm a PhD student with coordination number {SN('long-dash')}. The bank says I can't get BankID until I have a personal number, and the university says I need BankID to sign my contract. I'm going in circles.")
en("priv", U, f"My uncle (79) keeps sending money to someone he met in an online game who claims to be stuck in London. The latest 25,000 kr went to {IB('GB')}. Can you recall it? He won't believe us that it's a scam.")
en("pub", U, f"We sell handmade ceramics online. The March settlement of 36,400 kr was due into {ACC('swedbank8', 'space')} on the 5th. It's the 12th. We're two people with no buffer.", staff=CARD)
_de = iban("DE", grouped=False)
en("priv", U, f"Paying rent to my landlord in Munich for the first time. I typed {bad(_de, 8)} by mistake and it bounced, then resent to his IBAN {L('iban', _de)}. That was nine days ago and he's threatening to keep my deposit.")
en("pub", U, "Our claim for the two stolen bikes was refused because the lock was 'not approved'. Nobody ever told us there was a list of approved locks. That's 18,000 kr.", staff=INS)
en("priv", U, "My mother broke her hip while visiting us from Canada. The hospital bill is 64,000 kr and the travel insurance hasn't answered in ten days. She's meant to fly home on Friday.", staff=INS)
en("pub", U, "Double charge on my monthly pass, 2 × 1,030 kr. I'm a student and that's two weeks of food. Receipts sent twice already.")
en("pub", U, "So my card gets blocked every single time I use it in Norway. I live 20 minutes from the border and do my shopping there. Is there a setting I'm missing? Fourth time this month.")
en("pub", U, "Kim promised on Monday that the valuation would be ready by Wednesday. It's Friday. The seller won't wait much longer.")
en("priv", U, "I'm so sorry to bother you again, I know you're busy. But the money for my son's school trip is still stuck in the pending transfer and the deadline was yesterday.")
en("priv", U, "hi my card not working since yesterday, i try in shop 3 times, my children need food. i have money in account i see it in app. please what is the problem")
# =============================================================================================
# English, neutral
# =============================================================================================
en("pub", N, "Hi! Which branches in Stockholm still take cash deposits?")
en("priv", N, "Can I have my salary paid into my account in euros, or is everything converted to kronor?")
en("pub", N, "What's the cut-off time for same-day transfers to other Swedish banks?")
en("priv", N, "Hi, I'm an Erasmus student here until December. Is there an account I can open without BankID?")
en("priv", N, "Thanks Linnea for the mortgage meeting yesterday, super clear. We'll get back to you after the viewing on Sunday.")
en("pub", N, "Bloody brilliant, the new app lets me freeze my card with one tap. Well done.")
en("pub", N, "Quick one: do you charge a fee for card payments in Norway?")
en("priv", N, "What documents does a sole trader need to open a business account with you?")
en("pub", N, "Does the travel insurance on the premium card cover off-piste skiing?", staff=INS)
en("priv", N, "We're expecting twins in October 🙂 Is it possible to take out child insurance before they're born?", staff=INS)
en("priv", N, "Hi Nora, thanks for the call this morning. Attached are the photos of the water damage as promised.", staff=INS)
en("pub", N, "Is my laptop covered by the home insurance if I drop it in a café?", staff=INS)
en("pub", N, "Am I covered by my car insurance if I drive a friend's car in Denmark?", staff=INS)
en("priv", N, "How is the payout calculated for a stolen phone that's two years old?", staff=INS)
en("priv", N, "Can I move the due date on my invoices to the 25th?", staff=CARD)
en("pub", N, "Is there a monthly limit on how much I can spend with pay-later?", staff=CARD)
en("priv", N, "We run a café on the Gotland ferry. Can your terminals work offline when there's no signal at sea and sync later?", staff=CARD)
en("pub", N, "Thanks Ahmed for the quick walkthrough of the settlement report, that saved me an afternoon!", staff=CARD)
en("pub", N, "What's the exchange-rate markup when I pay in USD with your card?", staff=CARD)
en("priv", N, "Do you refund unused days on a 30-day pass if I move abroad halfway through?")
en("pub", N, "Are dogs allowed on the commuter trains? A small one, fits in a bag.")
en("pub", N, "Which app should I use for tickets in Skåne, yours or the regional one?")
en("priv", N, "Is there a student discount for international students who don't have a Swedish student card yet?")
en("pub", N, "Lost property: I left a blue umbrella on bus 6 on Tuesday afternoon. Not a big deal, but it was my grandmother's 🙂")
en("pub", N, "What time does the first train from Arlanda into the city leave on Sundays?")
en("pub", N, "Just wanted to say the new departure screens at Malmö C are great. Much easier to read.")
en("priv", N, "Hi, we're a group of 14 pensioners from Dalarna visiting Stockholm 3–5 May. Is there a group ticket for three days?")
en("priv", N, f"Please pay out the bike claim (S-26-004903) to my new account {ACC('nordea4', 'dash')}; the old one is closed.", staff=INS)
en("priv", N, f"Please send the annual tax statement to {EM('j.obrien@example.se')}. I'm in Dublin until March and won't see my Swedish post.")
en("pub", N, f"Our chess club, Springaren SK ({ORG('802', 'plain')}), still has an old plusgiro, {PG(7, 'spaced')}. Can members Swish to it, or do we need a bankgiro?")
en("priv", N, f"Could you ring me on {RM('plus')} on Thursday between 12 and 1? I'm a surgeon and that's my only free window.")
en("pub", N, "For anyone else struggling: the QR login works much better if you turn the screen brightness up. Took me ages to figure out.")
en("priv", N, "My son Oskar is 16. Can he get his own card with Swish if I approve it?")
en("pub", N, "Can I buy US stocks in an ISK with you, and what's the currency fee?")
en("priv", N, "We're the Swedish subsidiary of a Dutch group. Can we receive an intra-group loan of about 4 MEUR into our SEK account, or do we need a separate currency account?")
en("pub", N, "1) Can I set a daily limit on Swish? 2) Does it apply to business Swish too??")
en("pub", N, "Your website says the savings rate is 2.5 % but my March statement shows 2.25 %. Maybe it changed mid-month? Just curious.")
en("pub", N, "Great post about fake BankID calls. Could you do one in Arabic and Somali too? Lots of people in my building don't read Swedish.")
en("priv", N, "I'm a journalism student at JMK. Could I interview someone from your social media team about how you handle complaints online?")
en("pub", N, "Shoutout to Emma at the Lund branch, she sorted out my residence-permit paperwork in ten minutes.")
en("priv", N, "Heads up, I'll be in Chile and Argentina from 2 to 30 November. Please don't block my card 😅")
en("priv", N, "Hi, my name is Johan Berg too, funnily enough! I'd like to open a savings account for my daughter. What do I need?")
en("pub", N, "Does the home insurance include legal expenses cover if I end up in a dispute with my landlord?", staff=INS)
en("priv", N, "The girl who answered the phone last night had the sexiest voice I've ever heard 😘 Can you give her my number?", mods=["harassment"])
en("pub", N, "Shit, that was quick! Refund already on my account. Cheers.", staff=CARD)
en("pub", N, "The number on your site, 08-555 100 00, is that for business customers too or only private ones?")
en("priv", N, "Regarding case 20260311-0219: I found the original receipt in a drawer, so you can ignore my question about a duplicate.")
en("priv", N, "Hi Maria, the employment certificate you asked for is attached. My employer only issues it in English, hope that's fine.")
en("pub", N, "FYI the claim form PDF on your site won't open on iPhone. Works on my laptop though. I also emailed kundservice@forsakringen.example about it.", staff=INS)
en("priv", N, "Morning! Is it possible to get a replacement card with a different design? Mine is cracked but still works, no hurry.")
# =============================================================================================
# English, angry
# =============================================================================================
en("pub", A, "Congratulations on yet another payday outage. At this point I'd trust a carrier pigeon with my money more than your servers.")
en("pub", A, "Thieves. A 25 kr 'foreign transaction fee' on a 40 kr coffee in Copenhagen. Who signs off on this daylight robbery?")
en("priv", A, "What the hell is wrong with your app? It has logged me out six times while I was trying to pay my electricity bill.")
en("pub", A, "I'M DONE. YOU HAVE LOST MY DOCUMENTS THREE TIMES. THREE. DO YOU EVEN HAVE A FILING SYSTEM OR JUST A BIN?")
en("pub", A, "Shame on you. My 79-year-old father was conned out of his savings and your response was to charge him for a paper statement.")
en("priv", A, "Expect to hear from Finansinspektionen and Dagens Nyheter. You blocked my business account without a reason and it has cost me two contracts.")
en("pub", A, "Oh wonderful, another 'improvement' to the app. Five taps instead of two now. Truly visionaries of making things worse.")
en("pub", A, "A disgrace. You close the branch in a town of 8,000 people and tell us to 'go digital'. Half of us are over 70.")
en("priv", A, "Fix it by Monday or I take my mortgage, my savings and my company's accounts elsewhere. And I'll tell every founder I know exactly why.")
en("pub", A, "Liars. Your ad said 'no fees for students'. I've paid 45 kr a month for a year.")
en("pub", A, "You're a bank in name only. A wallet with holes in it would be more reliable.")
en("priv", A, "Bloody ridiculous. Forty minutes on hold to be told to use the app that doesn't work.")
en("pub", A, "Your fraud team is a joke. Someone empties my account from a phone abroad and you call it an 'authorised transaction'. Authorised by whom? Useless.")
en("priv", A, "Incompetent from top to bottom. How can a bank not know which address its own customer lives at?")
en("priv", A, "So you froze my account for 'suspicious activity' because I got a pay rise. Unbelievable. Are you people actually stupid?")
en("priv", A, "Stop sending me the same pasted apology. Nobody believes it. Put me through to a human being with actual authority.")
en("pub", A, "Clowns. Absolute clowns. The chat closed my case as 'resolved' while I was still typing.")
en("pub", A, "Everyone in this group: avoid this bank. They froze my account for two weeks over a 3,000 kr gift from my sister and treated me like a money launderer.")
en("pub", A, "You've got some nerve asking me to rate my experience. Zero. I'd go lower if the form let me.")
en("pub", A, "Whoever designed this 'customer journey' has never met a customer. It's a maze built to make people give up.")
en("pub", A, "It's criminal what you charge on overdrafts. You feed off people who have nothing left.")
en("priv", A, "Worst customer service I've dealt with in three countries, and that's saying something. You should all be embarrassed.")
en("priv", A, "Ever heard of answering emails? Three weeks. Three. You're a disgrace.")
en("pub", A, f"I've written the same account number on four forms now: {ACC('handelsbanken', 'space')}. Which part of it are your geniuses unable to copy?")
en("priv", A, f"Your phone agent swore the refund went out Monday. Your chat says there is no refund. Somebody there is lying through their teeth. Send the proof to {EM('m.haddad@example.se')} or admit it.")
en("pub", A, "Your claims department is where hope goes to die. Twelve weeks for a broken window. Pathetic.", staff=INS)
en("priv", A, "I've got a lawyer, I've got photos and I've got your adjuster's email saying it's covered. Pay by the 30th or we settle this in court.", staff=INS)
en("pub", A, "Heartless vultures. You dragged out my mum's claim until she died and then closed it.", staff=INS)
en("pub", A, "Premium up again, cover down again. You call it an 'adjustment', I call it a rip-off.", staff=INS)
en("priv", A, "Useless, the lot of you. Three adjusters, three different answers, zero payouts.", staff=INS)
en("priv", A, "Two weeks of payouts frozen without a word. That's our staff wages. Release the money today or every screenshot goes to the press.", staff=CARD)
en("pub", A, "Your pay-later scheme is a debt trap with a pastel logo. Disgusting business model.", staff=CARD)
en("priv", A, "Scam company. I paid, I have the receipt, and you still sent me to debt collectors. Get your damn act together.", staff=CARD)
en("pub", A, "Blocked my card because I bought a plane ticket. A PLANE TICKET. What do you think cards are for, you muppets?", staff=CARD)
en("pub", A, "Every. Single. Morning. Late. You should be paying US for the privilege of standing on your platforms.")
en("pub", A, "A 1,500 kr fine because your own app crashed. That's extortion and you know it.")
en("priv", A, "Your 'refund process' is designed to make people give up. Fourth form, fourth 'we can't find it'. Pathetic.")
en("pub", A, "Another fare increase, another winter of cancelled trains. You've got some cheek.")
en("pub", A, "Record profits and you can't staff a single phone line on a Saturday. Greedy, cynical lot.")
en("priv", A, "I've recorded every call. When this ends up on the evening news, don't say you weren't warned.")
en("pub", A, "Wtf is wrong with you people? You decline my card in Thailand but let a scammer empty my mum's account without blinking.")
en("pub", A, "Dear customer service, you are a wall of stupidity. I call, you promise, nothing happens. Every. Single. Time.", staff=INS)
# =============================================================================================
# English, code of conduct
# =============================================================================================
en("pub", A, "Keep robbing pensioners and one day someone's going to put a brick through your branch window. Might well be me.", mods=["threat"])
en("priv", A, "Mikael Ek walks his dog in Slottsskogen every evening. Would be a pity if something happened to one of them before he reviews my claim again.", mods=["threat", "staff_named"], staff=INS)
en("pub", A, "Your call centre is full of p@kis who can't speak English or Swedish. Send them back.", mods=["racism", "severe_profanity"])
en("pub", A, "Put a man on my case. Women in finance is exactly why this bank is a mess.", mods=["sexism"])
en("pub", A, "Your f*cking app logged me out AGAIN in the middle of paying rent.", mods=["severe_profanity"])
en("pub", A, "F U C K this company and its fees.", mods=["severe_profanity"], staff=CARD)
en("pub", A, "Erik Sandberg in your disputes team is completely incompetent. He lost my documents twice and then blamed me. He shouldn't be in that job.", mods=["staff_named"], staff=CARD)
en("priv", A, "Whoever 'helped' me in the chat today is a brain-dead moron.", mods=["harassment"])
en("pub", A, "Fatima Osman is a useless idiot who can't read a simple form. Fire her already.", mods=["staff_named", "harassment"])


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def finish():
    rng = random.Random(7)
    order = list(range(len(P)))
    rng.shuffle(order)
    counters = {"sv": 0, "en": 0}
    out = []
    for i in order:
        lang, vis, staff, text, mods, tone = P[i]
        pii = []

        def repl(m):
            pii.append({"kind": m.group(1), "text": m.group(2)})
            return m.group(2)

        plain = re.sub(r"\[\[(\w+)\|([^\]]+)\]\]", repl, text)
        counters[lang] += 1
        out.append({"id": f"d7-{lang}-{counters[lang]:03d}", "lang": lang, "visibility": vis,
                    "staff_names": staff, "text": plain, "pii": pii, "moderation": mods, "tone": tone})
    out.sort(key=lambda p: (p["lang"] != "sv", p["id"]))
    path = HERE / "posts-7.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in out), encoding="utf-8")
    print(len(out), counters)


finish()
