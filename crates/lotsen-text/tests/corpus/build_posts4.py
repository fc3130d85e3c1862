#!/usr/bin/env python3
"""Build posts-4.jsonl, the fourth development set of the text guard (focus: tone and personal data).

The posts are written inline below. Labelled personal data is marked [[kind|text]] and filled in
from ../heldout/gen_numbers.py (reseeded for this set), so every labelled number is synthetic and
check-digit valid: identity numbers are Skatteverket's published test numbers, fiction-range phone
numbers come from PTS's ranges. Numbers already labelled in posts.jsonl, posts-2.jsonl and the
held-out set are excluded. The script is deterministic: rerun it with `python3 build_posts4.py`.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
import gen_numbers as G  # noqa: E402

G.RNG.seed(20260404)

# Exclude every number already labelled in the other sets (gen_numbers only knows posts.jsonl),
# and the fiction-range phone numbers they use.
_FICTION = {"07017406": None, "08465004": "08", "03139006": "031", "04062804": "040", "09803192": "0980"}
for _f in (HERE / "posts.jsonl", HERE / "posts-2.jsonl", HERE.parent / "heldout" / "posts.jsonl"):
    for _line in _f.read_text(encoding="utf-8").splitlines():
        for _item in json.loads(_line)["pii"]:
            _d = re.sub(r"\D", "", _item["text"])
            G._used.add(_d)
            if _item["kind"] == "phone":
                _t = _item["text"].replace("(0)", "")
                _n = re.sub(r"\D", "", _t)
                _n = "0" + _n[2:] if _t.startswith("+46") else ("0" + _n[4:] if _n.startswith("0046") else _n)
                for _pre, _series in _FICTION.items():
                    if _n.startswith(_pre) and len(_n) == len(_pre) + 2:
                        if _series is None:
                            G._USED_MOBILE_XX.add(_n[-2:])
                        else:
                            G._phone_xx[_series].add(_n[-2:])

DEMO = ["Anna Lindqvist", "Johan Berg", "Maria Nilsson", "Linnea Gustafsson", "Lina", "Oskar Pettersson",
        "Alex", "Fatima Osman", "Sam", "Emma Larsson", "Kim"]
INS = ["Karin Holm", "Petra", "Mikael Ek", "Jonas Ahmadi", "Jonas", "Sofia Berglund", "Nora"]
CARD = ["Erik Sandberg", "Elin", "Ahmed Karimi", "Robin", "Sara Lind"]


def L(kind, text):
    return f"[[{kind}|{text}]]"


def PN(fmt="short-dash", years=(1940, 2006)):
    return L("personnummer", G.pin(fmt, years))


def PNX(sex, fmt="short-dash", years=(1940, 2006)):
    """A personnummer of a woman ("f") or a man ("m"): the ninth digit is even for women."""
    while True:
        p = G.pin(fmt, years)
        if (int(re.sub(r"\D", "", p)[-2]) % 2 == 0) == (sex == "f"):
            return L("personnummer", p)


def SN(fmt="short-dash"):
    return L("samordningsnummer", G.coord(fmt))


def ORG(prefix="559", fmt="dash"):
    return L("organisationsnummer", G.orgnr(prefix, fmt))


def ACC(bank, fmt=None):
    return L("bank_account", G.account(bank, fmt))


def BG(n=8):
    return L("bankgiro", G.bankgiro(n))


def PG(n=7, fmt="spaced"):
    return L("plusgiro", G.plusgiro(n, fmt))


def CC(kind="visa", sep=" "):
    return L("card_number", G.card(kind, sep))


def IB(country="SE", grouped=True, lower=False):
    bban = None
    if country == "FR":
        bban = G.rnd(23)
    elif country == "IT":
        bban = G.RNG.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + G.rnd(22)
    return L("iban", G.iban(country, bban, grouped, lower))


def PH(text):
    return L("phone", text)


def EM(text):
    return L("email", text)


def FM(fmt="dash"):
    return PH(G.fict_mobile(fmt))


def FL(series="08", fmt="dash"):
    return PH(G.fict_land(series, fmt))


def RM(fmt="dash"):
    return PH(G.rand_mobile(fmt))


P = []
VIS = {"pub": "public", "priv": "private"}


def sv(vis, tone, text, mods=(), staff=DEMO):
    P.append(("sv", VIS[vis], staff, text, list(mods), tone))


def en(vis, tone, text, mods=(), staff=DEMO):
    P.append(("en", VIS[vis], staff, text, list(mods), tone))


U, N, A = "upset", "neutral", "angry"

# =====================================================================================
# Swedish, personal data
# =====================================================================================
sv("pub", U, f"Hej! Jag flyttar till Portugal i maj och har läst att BankID kan sluta fungera utan svensk folkbokföring. Stämmer det? Jag är livrädd att bli utelåst från min pension. Personnr {PN('long-dash', (1950, 1960))}, nås bäst på {RM('0046')} (whatsapp).")
sv("priv", N, f"Hej! Jag vill starta ett fondsparande till mitt barnbarn Ella som fyller fyra i vår. Hennes personnummer är {PNX('f', 'long-plain', (2022, 2022))}. Räcker det att jag som mormor loggar in med mitt BankID?")
sv("pub", U, f"Jag har enskild firma (frisörsalong i Eskilstuna) och kortinlösen har inte betalat ut något sedan i fredags, ungefär 38 400 kr. Organisationsnumret är mitt personnummer, {PN('short-dash', (1970, 1990))}. Hyran för lokalen dras den 30:e och jag vet inte hur jag ska klara den.")
sv("priv", N, f"Hej, vi är ett litet aktiebolag med två anställda, org.nr {ORG('559', 'dash')}, och vill flytta företagskontot och Swish företag till er. Vilka handlingar behöver ni?")
sv("pub", U, f"Våra medlemmar får ”mottagaren saknas” när de betalar årsavgiften till föreningens bankgiro {BG(8)}. Det är vår enda betalväg och sista dag är 31 mars. Vad har hänt?? Vi är en liten innebandyklubb med 140 barn.")
sv("priv", N, f"Hej, vår kör har kvar plusgirot {PG(6, 'spaced')} sedan 90-talet. Måste vi byta till bankgiro när vi flyttar föreningens konto till er till hösten?")
sv("pub", U, f"Snälla hjälp. Jag fick ett sms om en ”tullavgift” på 29 kr för ett paket och fyllde i kortet {CC('visa', '')} på sidan. Nu har det gått två dragningar, 1 999 kr och 4 500 kr. Spärra kortet!!")
sv("priv", U, f"Hej Elin. Mitt Amex {CC('amex', ' ')} debiterades USD 412.00 av ett hotell i Chicago som jag avbokade i tid (bokningsnr HX-77120, avbokat 2026-02-11 kl 09:14). Jag har avbokningsmejlet kvar. Kan ni bestrida dragningen?", staff=CARD)
sv("priv", N, f"Min nya arbetsgivare i Köpenhamn vill ha mitt IBAN och BIC. Är det här rätt skrivet: {IB('SE', grouped=False)}? BIC-koden hittar jag inte i appen.")
sv("pub", U, f"Jag skickade hyran för april, 1 150 euro, till hyresvärden i Málaga men pengarna kom tillbaka efter fem dagar med koden AC01. Hans IBAN är {IB('ES')}, jag har kontrollerat det tre gånger. Han hotar att säga upp kontraktet om den inte kommer fram den här veckan.")
sv("priv", N, f"Kan ni mejla årsbeskedet till {EM('linnea.vik@example.se')} i stället för att skicka det på posten? Jag bor i andrahand och har ingen egen brevlåda just nu.")
sv("pub", U, f"Min pappa är 88 och har blivit av med sitt kort. Han har ingen smartphone och kan inte använda appen. Kan någon ringa honom på hemnumret {FL('08', 'dash')}? Han hör dåligt, så prata tydligt. Jag är orolig att någon hittat kortet.")
sv("priv", U, f"Jag har samordningsnummer {SN('short-dash')} och jobbar på ett lager i Jönköping sedan november. Lönen betalas ut på ett kontantkort eftersom jag inte får öppna konto. Det kostar mig 45 kr varje gång jag tar ut. Snälla, vad krävs?")
sv("pub", N, f"Hej! Jag är gästforskare vid Lunds universitet i ett år och har samordningsnummer {SN('long-space')}. Kan jag få BankID hos er, eller är det Freja eID som gäller?")
sv("priv", U, f"Min mamma dog den 2 februari och jag är ensam dödsbodelägare. Hennes personnummer var {PNX('f', 'long-dash', (1938, 1948))}. Begravningsfakturan på 31 800 kr förfaller 15/3 och ska betalas från hennes sparkonto {ACC('swedbank8', 'comma')}. Jag orkar knappt tänka, vad behöver ni från mig?")
sv("pub", A, f"Tredje gången jag skriver det här, ni inkompetenta clowner: kontot är {ACC('handelsbanken', 'dash')} och det är DIT pensionen ska. Kan ni ens läsa?")
sv("priv", N, f"Hej! Kan ni lägga upp en stående överföring på 1 500 kr den 25:e varje månad till min sons konto {ACC('nordea', 'dash')}? Han pluggar i Umeå från och med augusti.")
sv("pub", U, f"Vi har en kaffevagn och använder er kortterminal. Utbetalningen för helgens marknad, ca 22 600 kr, har inte kommit in på {ACC('seb', 'space')}. Leverantören ska ha betalt på tisdag och vi har inget annat att ta av.")
sv("priv", N, f"Hej Robin, tack för hjälpen i telefon nyss! Som du bad om kommer här numret på det nya kortet så att ni kan flytta över abonnemangen: {CC('mc', ' ')}.", staff=CARD)
sv("pub", U, f"Jag är blind och efter senaste uppdateringen läser skärmläsaren inte upp knapparna i BankID-appen. Jag kan inte betala mina räkningar. Ring mig på {RM('dash')}, det är det enda som fungerar för mig.")
sv("priv", U, f"Jag har fått en påminnelse från betala-senare-tjänsten på 2 190 kr plus 60 kr i avgift för en beställning som jag returnerade den 4/2 (returnr RT-99812-SE). Jag vill inte hamna hos inkasso. Mejla mig på {EM('kalle.nyman@example.se')} med vad ni behöver.")
sv("priv", N, f"Hej! Skickar in ansökan om förseningsersättning för resan den 12/3 när pendeltåget ställdes in, taxikvittot på 1 340 kr ligger bifogat. Ersättningen kan betalas till {ACC('danske', 'space')}.")
sv("pub", A, f"Ni spärrade kortet {CC('mc', '-')} MITT I kassan på ICA utan att ringa först. Jag fick lämna en full kundvagn. Värdelös bank. Fixa det idag, annars flyttar jag allt.")
sv("priv", U, f"Vi har fått vårt bud accepterat på radhuset i Tumba men lånelöftet gick ut igår. Mäklaren behöver besked före fredag kl 12, annars går huset till nästa budgivare. Sökande är jag, {PN('short-space')}, och min fru {PNX('f', 'short-dash')}.")
sv("pub", N, f"Hej! Jag börjar plugga i Umeå i höst och vill öppna ett studentkonto som CSN kan betala ut till. Jag är 19, personnummer {PN('short-plain', (2006, 2006))}. Kan jag göra allt i appen?")
sv("priv", U, f"Min son är 15 och blev rånad på mobilen i kväll vid Medborgarplatsen. BankID och kortet ligger i den. Hans personnummer är {PNX('m', 'short-dash', (2010, 2010))}. Jag är vårdnadshavare, spärra allt som går!")
sv("pub", U, f"Kan någon på försäkringen ringa mig? En älg sprang rakt ut framför bilen utanför Sollefteå, fronten är intryckt och jag står vid vägkanten i minus tolv. {RM('spaced')}", staff=INS)
sv("priv", N, f"Hej Nora! Kvittot från veterinären för Bamses ögonoperation är uppladdat (skadenr 44-781203). Ersättningen kan sättas in på {ACC('ica', 'dot')}. Tack för all hjälp!", staff=INS)
sv("pub", U, f"Vi har vatten i hela källaren efter skyfallet i natt. Jag har ringt 0771-10 10 10 men kötiden är 90 minuter. Försäkringen står på mig, {PN('long-dash')}, ring {FM('dash2')} så fort ni kan.", staff=INS)
sv("priv", U, f"Pensionen har inte kommit in idag som den brukar. Jag har ingen annan inkomst. Kontot är {ACC('swedbank7', 'space')}. Kan ni se om något har blivit fel?")
_g = G.pin("short-dash")
_b = G.bad_check(_g)
sv("pub", A, f"I SEX veckor har ni vägrat rätta mitt personnummer på årsbeskedet. Ni har skrivit {_b}, det rätta är {L('personnummer', _g)}. Skatteverket har skickat tillbaka min deklaration. Jag har kontaktat ARN och en advokat. Skäms på er.")
sv("priv", N, f"Hej, jag har bytt både mejladress och telefon. Nya är {EM('jonna.strand@example.se')} och {FL('031', 'space')}. Den gamla adressen kan ni ta bort.")
sv("pub", N, f"Jag har fått jobb i Bergen och lönen kommer till mitt norska konto {IB('NO')}. Går det att betala bolåneavin här automatiskt därifrån, eller måste jag föra över manuellt varje månad?")
sv("priv", U, f"Jag är utbytesstudent från Tyskland, samordningsnummer {SN('long-plain')}. Mitt konto har frysts för ”kundkännedom” och hyran på 5 800 kr ska betalas på fredag. Jag har fyllt i formuläret två gånger. Vad mer ska jag skicka?")
sv("pub", N, f"Tack Kim för hjälpen med fullmakten! Nu kan mamma se sina räkningar igen. Om ni behöver nå mig är mitt nummer {FM('spaced')}.")
sv("priv", A, f"Jag har ringt 08-555 100 00 tolv gånger idag. Ni är ett skämt. Ring mig på {RM('plain')} inom en timme, annars säger jag upp allt och mejlar Dagens Nyheter.")
sv("pub", U, f"Jag sålde en soffa på Blocket och köparen fick mig att ”ta emot” betalningen med BankID. I stället gick 4 000 kr från mig till {RM('dash')}. Kan ni stoppa det?? Jag fattar inte hur jag kunde gå på det.")
sv("priv", N, f"Hej! Jag vill höja kreditgränsen på kortet {CC('visa', ' ')} från 20 000 till 35 000 kr inför köksrenoveringen. Går det att göra i appen?", staff=CARD)
_g = G.iban("SE")
_b = G.bad_iban(_g)
sv("pub", U, f"Min syster i München har försökt skicka 800 euro två gånger och båda gångerna har pengarna kommit tillbaka. Hon skrev {_b}, men på mitt kontobesked står det {L('iban', _g)}. Är det därför? Pengarna var till tandläkaren nästa vecka.")
sv("priv", U, f"Arbetsgivaren säger att lönen, 27 450 kr netto, betalades ut i onsdags till {ACC('handelsbanken', 'comma')}, men ingenting syns. Jag har 112 kr på kontot och matkassen ska betalas i morgon. Snälla kolla!!")
sv("pub", A, f"Grattis, ni har lyckats dra bolåneavin två gånger. Det saknas nu 9 212 kr på {ACC('lf', 'dash')}. Vilken jävla cirkus. Jag vill ha tillbaka pengarna IDAG.")
sv("priv", N, f"Hej, jag har valts till ny kassör i vår bostadsrättsförening (org.nr {ORG('769', 'dash')}). Kan ni lägga till mig som behörig i internetbanken? Mitt personnummer är {PN('short-dash')}.")
sv("pub", U, f"Min farmor har fyllt 100 och nu fungerar inte hennes BankID längre. Hemtjänsten har hjälpt henne med räkningarna, men det går inte nu och elräkningen förfaller. Hennes personnummer är {PNX('f', 'plus')}. Vad gör vi?")
sv("pub", N, f"Min hyresvärd i Nice ska betala tillbaka depositionen och vill ha mitt IBAN. Fungerar det att skriva det så här: {IB('SE', grouped=False, lower=True)}, eller ska det vara versaler?")
sv("priv", U, f"Depositionen för lägenheten i Lyon, 1 150 €, skulle betalas tillbaka i december. Hyresvärden säger att han skickade den från {IB('FR')} den 19/12, men inget har kommit in. Kan ni söka efter betalningen? Jag behöver pengarna till den nya hyran.")
sv("priv", N, f"Hej! Jag vill betala bilförsäkringen via autogiro från {ACC('seb', 'dash')}, helst med dragning den 27:e.", staff=INS)
sv("pub", U, f"Vi sitter fast på Kreta. Flyget hem, DY 1769, ställdes in och nästa lediga plats är om tre dagar. Hotellet kostar 140 € per natt och vi har två barn med oss. Täcker reseförsäkringen det här? Jag nås på {FM('intl')}.", staff=INS)
sv("priv", U, f"Min bror dog i november och jag förvaltar dödsboet. Hans konto {ACC('nordea', 'space')} är spärrat men gymmet fortsätter dra 499 kr varje månad. Bouppteckningen är klar först i april. Hur stoppar jag dragningarna? Det känns som att han dör lite igen varje gång jag ser dem.")
sv("pub", A, f"Ni har dragit årsavgift 495 kr på kortet {CC('mc2', '')} som jag sa upp i oktober. Snyltare. Jag vill ha tillbaka pengarna idag, inte ”inom 30 dagar”.", staff=CARD)
sv("priv", N, f"Hej Maria, här är mejladressen du bad om för bolånehandlingarna: {EM('p.oberg@example.se')}. Tack för ett bra möte i tisdags!")
sv("pub", U, f"Jag är snickare med enskild firma och mitt bankgiro {BG(7)} tar plötsligt inte emot några betalningar. Tre kunder har fått tillbaka sina pengar sedan måndag. Jag lever på de fakturorna.")
sv("priv", U, f"Mina hyresgäster betalar hyran till mitt plusgiro {PG(8, 'plain')}, men sedan ni tog över det syns inte två hyror på 7 200 kr. Jag har egna lån på lägenheten att betala den 28:e.")
sv("pub", U, f"Någon har lagt till mitt kort, det som slutar på 0427, i Apple Pay på en telefon som inte är min! Jag har inte godkänt något. Ring mig på {RM('intl')}, jag vågar inte använda kortet alls nu.")
sv("priv", N, f"Hej! Jag vill byta numret som sms-koderna skickas till, det nya är {FM('paren')}. Det gamla sa jag upp i januari.")
sv("pub", U, f"Vår hund Kaxe blev påkörd och ligger på djursjukhuset. De vill ha 15 000 kr i förskott innan de opererar. Försäkringen står på min sambo, {PN('long-space')}. Kan ni ge kliniken ett besked NU? Snälla.", staff=INS)
sv("priv", A, f"Er ”bedrägeriavdelning” har haft mitt ärende i 61 dagar. 61! Jag har skickat polisanmälan två gånger. Kortet var {CC('visa', '-')} och det gäller 23 000 kr. Ni är totalt oförmögna att göra ert jobb.")
sv("pub", N, f"Hej, min pappa vill ge mig fullmakt för sina konton. Han heter Kim, precis som en av era handläggare 😄, och har personnummer {PNX('m', 'short-dash', (1945, 1955))}. Vilken blankett ska vi använda?")
_g = G.coord("short-plain")
_b = G.bad_check(_g)
sv("priv", U, f"Min ansökan om BankID nekas, det står ”samordningsnummer kan inte användas”. Numret är {L('samordningsnummer', _g)}, men i er ansökan står {_b}, en siffra fel. Jag har bott här i nio månader och hyresvärden kräver BankID för kontraktet före 1 april.")
sv("pub", N, f"Hej! Jag har två BankID, ett ligger kvar på min gamla telefon. Kan ni se vilket som är aktivt? Personnr {PN('long-space')}. Vill bara städa upp.")
sv("priv", N, f"Kan ni skicka ett kontobevis till min nya arbetsgivare? Lönekontoret har adressen lon@byggservice.example, de behöver clearing- och kontonummer: {ACC('danske', 'dash')}.")
sv("pub", A, f"LÄS DÅ!!! Jag har skrivit mitt nummer {FM('dash')} FYRA gånger nu och ingen ringer. Vad håller ni på med där inne, sover ni?")
sv("priv", U, f"Hej. Min man ligger på sjukhus efter en stroke och kan inte använda sitt BankID. Räkningarna dras från hans konto {ACC('swedbank8', 'dot')}. Hur kan jag betala dem åt honom? Elräkningen förfaller på måndag.")
sv("priv", U, f"Kortet {CC('mc', ' ')} nekas i alla automater i Tokyo. Jag har ringt +46 771 10 10 10 men samtalet kostar 40 kr/min härifrån. Jag har 3 000 yen kvar och hotellet vill ha betalt i morgon. Hjälp mig!!")
sv("pub", U, f"Jag köpte en 30-dagarsbiljett för 1 060 kr men den laddades aldrig på resekortet (kvittonr 8812-44-00917). Idag fick jag en tilläggsavgift på 1 500 kr fast jag har betalat. Mejla mig på {EM('sanna_k@example.se')}, jag är så trött på det här.")
sv("priv", N, f"Hej Sara, kan du skicka en kopia av avtalet för kortinlösen? Handelsbolagets organisationsnummer är {ORG('969', 'dash')}.", staff=CARD)
sv("pub", A, f"Kund i 22 år och ni stänger mitt konto {ACC('seb', 'dot')} utan en enda förklaring. Fega byråkrater. Jag har anmält er till Finansinspektionen och tipsat Uppdrag granskning.")
sv("priv", U, f"Jag blev uppringd av ”polisen” som sa att mitt konto var hackat och att jag skulle flytta pengarna till ett säkert konto, {ACC('ica', 'space')}. Jag flyttade 48 000 kr. Nu förstår jag att det var bedrägeri. Vad gör jag?? Det var alla mina besparingar.")
sv("pub", N, f"Tack för snabb hantering av cykelstölden! Ersättningen kom in på {ACC('sbab', 'dash')} redan dagen efter.", staff=INS)
_g = G.pin("long-plain")
_b = _g[:4] + "0231-" + _g[8:]
sv("priv", U, f"Hej, jag har försökt logga in i tre dagar med {L('personnummer', _g)} men det står ”okänd kund”. I ert senaste brev står jag dessutom som född den 31 februari, {_b}. Jag har varit kund sedan 2011! Hyran måste betalas senast den 31:a.")
_g = G.account("swedbank8", "plain")
_b = G.bad_check(_g)
sv("priv", N, f"Hej! Jag har fått nytt jobb och från maj kommer lönen till {L('bank_account', _g)} (inte {_b} som jag skrev förut, slant på tangenten). Kan ni flytta autogirot för bolånet dit också?")
sv("pub", A, f"Bedragarna i telefonen lät precis som ni. Kanske för att ni är lika oseriösa. Jag gav dem {PN('short-dash')} och ni gjorde INGENTING när jag ringde tio minuter senare. Skandal.")
sv("priv", U, f"Jag har samordningsnummer {SN('short-space')} och min arbetsgivare kräver ett svenskt konto till lönen som kommer den 25 mars. Ni har inte svarat på min ansökan på två veckor. Min mejl: {EM('tomasz.w@example.se')}")
sv("pub", N, f"Hej! Vi har startat en ideell förening för hundägare i Borlänge, org.nr {ORG('802', 'dash')}. Kan vi få Swish för föreningar hos er, och vad kostar det?")
sv("priv", U, f"Bilen blev stulen från uppfarten i natt, regnr KLM 47T. Polisanmälan är gjord (diarienr 5000-K123456-26). Jag behöver en hyrbil för att komma till jobbet i morgon, ring mig på {FL('040', 'dash')}.", staff=INS)
sv("pub", U, f"Sedan ni bytte leverantör av kortterminaler kan vår butik inte ta betalt med kort. Kunderna går härifrån. Org.nr {ORG('559', 'plain')}, terminal-id T-44812. Det här kostar oss tusentals kronor varje dag!!!", staff=CARD)
sv("priv", N, f"Hej, i formuläret för företagslån står det att organisationsnumret ska ha 12 siffror. Är det rätt att skriva {ORG('556', '16')}?")
sv("priv", A, f"Sluta ringa mig på {FM('0046')} med era säljsamtal!!! Tredje gången den här veckan. Jag har sagt NEJ. Nästa gång anmäler jag er, era telefonterrorister.")
_g = G.account("nordea", "space")
_b = G.bad_check(_g)
sv("pub", U, f"Försäkringskassan säger att kontot jag angett inte finns. I appen står {_b} men på kontobeviset från er står {L('bank_account', _g)}. Vilket är rätt?? Föräldrapenningen ska komma på fredag.")
sv("priv", N, f"Hej! Jag gifter mig i juni och byter efternamn. Nya mejladressen blir {EM('frida.almgren@example.se')}. Räcker det med en kopia av vigselbeviset?")
sv("pub", A, f"Vilken bank tar sju dagar på sig att flytta 200 000 kr från {ACC('swedbank7', 'dash')} till ett ISK hos er själva? Patetiskt. Jag missade hela uppgången.")
sv("pub", U, f"Emma Larsson gav mig sitt privata nummer när vi sågs på kontoret, {FM('spaced')}, men hon svarar inte. Emma, snälla ring mig, du är den enda som vet något om mitt lån och vi ska tillträda på måndag!", mods=["staff_named"])
sv("priv", U, f"Pappa (92) har fått en faktura från ett betala-senare-bolag på 8 740 kr för en tv han aldrig beställt. De har hans mejl {EM('gosta.lind33@example.se')} och hans personnummer {PNX('m', 'short-dash', (1933, 1933))}. Är han utsatt för id-kapning? Han är jätteorolig.")
sv("priv", N, f"Hej, jag heter Johan Berg, som er rådgivare, haha. Mitt nummer är {RM('0046')} om ni vill boka in mötet om pensionen. Ingen brådska.")
sv("pub", U, f"Bankgirot till vår förening, {BG(7)}, visar fel namn i andra bankers appar. Medlemmarna tror att det är bedrägeri och vågar inte betala. Hur rättar vi det?")
sv("priv", N, f"Hej! Jag har fått ett nytt kort, {CC('mc2', '-')}, och undrar om jag måste aktivera det innan jag använder det i butik.", staff=CARD)
sv("pub", A, f"Jag har nu skickat mitt IBAN {IB('SE')} till er tre gånger för utbetalningen av skadan. Tre gånger! Och ni skickar ändå pengarna till ett avslutat konto. Hur inkompetenta får man bli?", staff=INS)
_g = G.iban("IT", "K" + G.rnd(22))
_b = G.bad_iban(_g)
sv("priv", U, f"Min dotter studerar i Milano och har blivit bestulen på allt. Hon skrev först {_b} men har rättat det, hennes italienska konto är {L('iban', _g)}. Jag vill skicka 600 euro idag, men appen säger att det tar 3–5 bankdagar. Finns det inget snabbare sätt?")
sv("pub", N, f"Hej! Jag har flyttat till Finland men vill behålla sparkontot. Kan ni skicka alla brev till {EM('aino.koski@example.fi')} framöver?")
sv("priv", U, f"Jag försökte ringa er från mitt jobb men kom inte fram. Kan någon ringa mig på {PH('+46 (0)31-390 06 ' + G._xx('031'))} före 16:00? Det gäller min mammas dödsbo och banken har stoppat begravningsbetalningen.")
sv("pub", N, f"Vi har en liten ekonomisk förening för samåkning (org.nr {ORG('769', 'plain')}). Kan vi ha två firmatecknare som båda måste godkänna betalningar?")
sv("priv", U, f"Hej. Försäkringen för min lägenhet betalas från {ACC('danske', 'comma')} men ni har dragit premien två gånger i mars, 2 × 312 kr. Det är inte mycket men jag har väldigt små marginaler som sjukpensionär.", staff=INS)

# =====================================================================================
# Swedish, upset, no personal data
# =====================================================================================
sv("pub", U, "Appen har legat nere sedan 06:40 och jag står vid kassan med full kundvagn. Kortet nekas också. Vad händer?")
sv("priv", U, "Jag vet inte vad jag ska göra längre. Jag har skickat samma läkarintyg tre gånger till sjukförsäkringen och varje gång säger ni att det saknas. Jag orkar inte mer.", staff=INS)
sv("pub", U, "Igen. Swish fungerar inte. Fredag kväll, kompisarna väntar på betalt för middagen och jag står där som ett fån.")
sv("priv", U, "Min mamma gick bort förra veckan. Jag vet inte ens var jag ska börja. Hon hade pension och ett sparkonto hos er. Vad måste jag göra först?")
sv("pub", U, "Snälla. Jag ber er. Låt mig prata med en människa. Jag har skrivit med chattboten i 40 minuter och den förstår inte att mitt kort är borta.")
sv("pub", U, "Skadeärende 2026-0311-447 har varit ”under utredning” i nio veckor. Jag har fortfarande inte fått besked om bilen och har betalat hyrbil själv sedan januari, 14 tkr hittills.", staff=INS)
sv("priv", U, "Hej, jag har fått brev om att räntan höjs från 3,89 % till 4,35 % nästa månad. Det blir nästan 1 900 kr mer i månaden. Jag är pensionär och har inte de pengarna. Finns det något jag kan göra?")
sv("pub", U, "Tack för den fantastiska uppdateringen, nu kan jag inte ens se mitt saldo 🙃 Version 9.2.0 på iPhone. Lönen kom idag och jag vet inte om hyran har dragits.")
sv("priv", U, "Hyran är inte dragen. Autogirot har stoppat. Varför?")
sv("pub", U, "HUR lång tid ska det ta att få ett nytt BankID??? Tredje dagen nu utan att kunna logga in någonstans, inte ens på 1177!!!")
sv("priv", U, "Hej, jag vet inte riktigt om jag skriver till rätt ställe men jag försöker ändå. Förra året köpte vi ett hus i Hudiksvall och tog bolånet hos er, och allt gick bra. I december började det droppa från taket i badrummet och vi anmälde det direkt (skadenummer 7781-2025-12). En besiktningsman kom i januari och sa att det var en gammal fuktskada som inte täcks. Men vi har bara bott här i elva månader och säljaren säger att allt var torrt. Nu är badrummet utrivet, barnen duschar hos grannen och vi har inte råd med en renovering på 180 000 kr ovanpå lånet. Kan någon förklara vilka möjligheter vi har? Jag sover inte på nätterna.", staff=INS)
sv("priv", U, "Att man numera måste ringa för att höja beloppsgränsen är ett problem för mig som är döv. Jag kan inte ringa. Hur ska jag kunna köpa bilen på fredag?")
sv("pub", U, "Fortfarande inget svar om reklamationen av resan till Gran Canaria. 42 dagar nu. Besviken.")
sv("priv", U, "Hej. Jag har fått ett inkassokrav på 3 460 kr från en betala-senare-tjänst för en beställning som aldrig levererades. Kollinumret 00370726201234567891 visar ”returnerad till avsändaren”. Jag är rädd att få en betalningsanmärkning, vi ska söka bolån i vår.")
sv("pub", U, "Jag blev lurad. Han sa att han ringde från er, han visste mitt namn och min adress. Jag godkände med BankID för att ”stoppa” en betalning. 27 000 kr borta. Jag är så arg på mig själv.")
sv("priv", U, "Min dotter ligger inlagd för en ätstörning. Vi har en barnförsäkring hos er men ansökan om ersättning har legat sedan oktober. Vi behöver pengarna för att jag ska kunna vara ledig och vara hos henne.", staff=INS)
sv("priv", U, "Resekortet drogs två gånger i spärren på Slussen i morse, 2 × 42 kr. Det är inga stora pengar men det händer nästan varje vecka nu.")
sv("priv", U, "Har ni glömt mig? Jag skickade in alla papper för flytten av tjänstepensionen den 12 januari. Hörde inget. Skrev igen den 2 februari. Inget.")
sv("pub", U, "Jag står på perrongen i Flemingsberg och appen vägrar visa biljetten, bara ”nätverksfel”. Konduktören säger att jag får betala 1 500 kr i tilläggsavgift. Jag HAR betalat!!")
sv("priv", U, "Försäkringen nekade min hemresa från Thailand när pappa blev sjuk eftersom det ”inte var akut”. Han dog två dagar efter att jag kom hem. Biljetten kostade 11 400 kr. Jag förstår inte hur ni kan skriva att det inte var akut.", staff=INS)
sv("pub", U, "Alltså... jag vill bara kunna betala mina räkningar. Det är allt. Varför ska det vara så svårt?")
sv("pub", U, "Tredje gången jag frågar: varför drar ni 39 kr i månaden för ett kort som jag aldrig har beställt?")
sv("priv", U, "Jag har ångest. Jag skrev fel och skickade 25 000 kr i stället för 2 500 till en hantverkare. Han svarar inte i telefon. Kan ni göra något?")
sv("pub", U, "Sajten ligger nere. Appen ligger nere. Och idag är sista dagen att deklarera digitalt. Hur ska vi göra?")
sv("priv", U, "Min pappa har demens och har gett bort 80 000 kr till någon han ”träffat på nätet”. Vi har en framtidsfullmakt sedan i höstas. Kan ni spärra hans utlandsbetalningar? Vi är förtvivlade.")
sv("priv", U, "Varför har katten Misses försäkring blivit 41 % dyrare? Hon är elva år och har aldrig varit sjuk. Jag har inte råd att ha henne försäkrad om det fortsätter så här.", staff=INS)
sv("priv", U, "Inte igen. Kontot är låst. Fjärde gången i år.")
sv("priv", U, "Jag har Parkinson och händerna skakar så mycket att jag inte klarar BankID med fingret. Kan man få en kortläsare i stället? Jag har frågat på kontoret två gånger och ingen vet.")
sv("priv", U, "Ni har flyttat mitt lån till rörlig ränta utan att fråga. Jag hade bundit på tre år, det står i avtalet från 2024. Jag vill veta varför.")
sv("pub", U, "Varför kan jag inte swisha mer än 150 kr till min egen son?? Han sitter fast i Köpenhamn utan pengar till tåget hem.")
sv("priv", U, "Vi är mitt i en skilsmässa och min exman har tagit ut allt från vårt gemensamma sparkonto, 312 000 kr. Får han göra så? Jag har inga pengar till en ny lägenhet.")
sv("pub", U, "Min resväska kom aldrig fram till Bangkok (TG 961, bagagetagg SK 342117). Jag har haft samma kläder i fyra dagar och ni vill ha originalkvitton på allt. Hur ska jag ha kvitton på kläder jag köpte för fem år sedan?", staff=INS)
sv("priv", U, "Jag försöker avsluta min dotters konto efter att hon gick bort i våras. Varje gång jag ringer får jag förklara allt från början. Jag klarar inte att berätta det en gång till.")
sv("priv", U, "Förlåt att jag skriver igen. Men jag har fortfarande inte fått besked om lånet och vi måste säga ja eller nej till huset före 15:00 i morgon.")
sv("priv", U, "Någon har ansökt om en kredit på 30 000 kr i mitt namn hos ett betala-senare-bolag. Jag fick ett upplysningsbrev från UC idag. Jag har inte ansökt om någonting! Vad ska jag göra?")
sv("pub", U, "Till alla som också fått dubbeldragningar från bensinmackar idag: det är inte bara ni. Men bank, när får vi tillbaka pengarna? Jag har 400 kr kvar till den 25:e.")
sv("priv", U, "Vi hade inbrott den 1 mars. Ni sa att en handläggare skulle ringa inom 48 timmar. Idag är det den 19 mars. Altandörren är fortfarande trasig och vi sover dåligt.", staff=INS)
sv("priv", U, "Hej Johan, du sa att du skulle ringa igår om pensionsflytten. Jag väntade hela dagen. Kan du ringa idag?")
sv("priv", U, "Jag flyttade till Kanada för två år sedan och nu har ni stängt kontot där hyran från lägenheten i Malmö kommer in. Hyresgästen har fått tillbaka sin betalning. Ingen förvarning alls.")
sv("priv", U, "Jag är gravid och försäkringen ville inte täcka ultraljudet som läkaren remitterade mig till. Ni sa nej i telefon utan att läsa remissen. Jag är ledsen och trött.", staff=INS)
sv("priv", U, "Hjälp mig förstå. Varför står det minus 1 250,50 kr på kontot när jag bara har handlat för 300 kr idag? Jag har ingen kredit.")
sv("pub", U, "Förseningsersättningen för januari, åtta resor, har fortfarande inte kommit. Jag skickade in den 3 februari. Bussen är sen varje morgon och jag förlorar lön när jag kommer för sent.")
sv("priv", U, "Fjärde gången samma svar: ”vi tittar på det”. Vår kontantinsats på 450 000 kr har legat fryst i tre veckor och tillträdet är den 4 april.")
sv("pub", U, "🥲 ännu ett dygn utan fungerande BankID. Kan inte hämta ut medicin, kan inte betala, kan inte logga in hos Försäkringskassan.")
sv("priv", U, "Hej. Jag vill inte bråka, men jag har nu väntat elva veckor på att få tillbaka de 6 700 kr som drogs felaktigt i Spanien. Ni lovade åtta. Kan någon titta på det?")
sv("pub", U, "Om jag inte hör något före fredag kommer jag att be Konsumenternas Bank- och finansbyrå om råd. Jag vill helst lösa det här med er.")
sv("priv", U, "Min exfru har fortfarande tillgång till mitt konto via en gammal fullmakt. Jag har bett er ta bort den sedan december. Förra veckan tog hon ut 4 000 kr. Jag är rädd för vad hon gör härnäst.")
sv("pub", U, "ALLTSÅ SNÄLLA!!! Kortet funkar inte, appen funkar inte, och jag står på en mack i Dalarna med tom tank och två barn i baksätet!!!")
sv("priv", U, "Räntan på sparkontot skulle vara 2,75 % enligt er kampanj, men jag har fått 1,10 % i tre månader. Det är inga enorma summor, men det var därför jag flyttade pengarna till er.")
sv("priv", U, "Skadeanmälan om stenskottet i vindrutan gjordes den 2 februari. Rutan har spruckit hela vägen nu och bilen blir underkänd på besiktningen den 14:e. Ingen har hört av sig.", staff=INS)
sv("priv", U, "Jag har försökt byta adress sedan jag flyttade till Umeå i januari. Alla brev från er går fortfarande till den gamla adressen, där min ex bor. Hon öppnar dem.")
sv("pub", U, "Hej. Min man och jag är 81 och 84. Kontoret har tagit bort kontanthanteringen och bankomaten på torget är borta. Vi har aldrig använt en app. Hur ska vi få pengar till frisören och fotvården?")
sv("priv", U, "Jag har blivit sjukskriven för utmattning och klarar inte att ringa. Kan jag få pausa amorteringen i ett halvår via chatten? Jag har läst att det går.")

# =====================================================================================
# Swedish, neutral, no personal data
# =====================================================================================
sv("priv", N, "Hej! Hur aktiverar jag bankgiro för min nya firma? Jag har fått välkomstbrevet men hittar inte var man klickar.")
sv("priv", N, "Vad är skillnaden mellan att binda räntan på 1 och 3 år just nu? Såg att 3 år låg på 3,19 % förra veckan.")
sv("priv", N, "Tack Lina för att du hjälpte mig flytta ISK:et, allt gick precis som du sa!")
sv("priv", N, "Hej, jag har fortfarande några gamla 20-lappar hemma. Går de att sätta in på kontot?")
sv("priv", N, "Vad täcker hemförsäkringen om man har en elsparkcykel? Den kostade 7 990 kr.", staff=INS)
sv("priv", N, "Hej! Vilket datum kommer årsbeskedet för ISK för 2025? Vill deklarera i början av april.")
sv("pub", N, "Är det sant att man kan ta ut allmän pension från 63?? Läste det på nätet men förstår inte hur det påverkar tjänstepensionen.")
sv("priv", N, "Hej, hur lång tid tar en utlandsbetalning till Tyskland? Ska betala en faktura på EUR 1.250,00 som förfaller 30/4, så det är gott om tid.")
sv("pub", N, "Vilket fint bemötande på kontoret i Luleå idag! Fick hjälp med allt kring pappas dödsbo och kände mig aldrig stressad. Tack.")
sv("priv", N, "Vad kostar ett bankfack i Göteborg? Postnummer 411 05 om det spelar någon roll.")
sv("pub", N, "Finns det en app-version för iPad? Jag har iPadOS 17.4 och hittar bara mobilappen i App Store.")
sv("priv", N, "Gäller reseförsäkringen i kortet om jag bara har betalat halva resan med det?", staff=CARD)
sv("priv", N, "Hej Emma! En fråga bara: kan man binda en del av bolånet och ha resten rörligt? Vi har 2,4 mkr totalt.")
sv("pub", N, "Hur söker man förseningsersättning om tåget var 23 minuter sent? Räknas det?")
sv("priv", N, "Tack för att ni ringde tillbaka så snabbt igår kväll! Kortet är spärrat och det nya är beställt.")
sv("priv", N, "Gäller bilförsäkringen om jag lånar ut bilen till min syster en helg? Det är en Volvo, regnr GHT 51B.", staff=INS)
sv("priv", N, "Hej, jag funderar på om jag ska pensionsspara i IPS eller ISK. Vad brukar ni rekommendera för någon som är 34?")
sv("priv", N, "Hej! Jag fick en notis om att app-version 10.1 finns. Ska jag uppdatera direkt eller vänta?")
sv("pub", N, "Vilken valutaavgift tar ni när man betalar med kort i USD, 1,65 % eller 2 %? Det står olika på olika sidor.")
sv("priv", N, "Hej! Jag heter Sam och har en fråga om studentkonton, jag jobbar alltså inte hos er 😅. Gäller erbjudandet även för komvux?")
sv("priv", N, "Vilka dokument behövs för att öppna ett konto åt ett dödsbo? Vi har dödsfallsintyg med släktutredning.")
sv("pub", N, "Hur räknas skatten på ISK 2026? Är det fortfarande statslåneräntan plus en procentenhet?")
sv("priv", N, "Tack Fatima, nu fungerar Swish för företaget igen. Ha en fin helg!")
sv("pub", N, "Jag fick ett mejl från kundservice@demobanken.example om att bekräfta mina uppgifter. Är det er riktiga adress? Har inte klickat på något.")
sv("priv", N, "Hej! Jag ska flytta till Finland för jobb i höst. Kan jag ha kvar mitt ISK och mitt BankID?")
sv("pub", N, "Snyggt jobbat med den nya autogirofunktionen! Det tog två minuter att flytta alla räkningar.")
sv("priv", N, "Vad händer med min premiepension om jag flyttar till Norge? Ingen brådska, jag planerar för 2028.")
sv("priv", N, "Hur funkar försäkringen om man hyr en husbil i Norge? Vi åker den 12 juli.", staff=INS)
sv("priv", N, "Hej, hur blir det med tilläggsavgiften om jag glömmer att blippa resekortet men har periodbiljett? Fick ingen avgift, undrar bara inför framtiden.")
sv("pub", N, "Fy fan vilken skön känsla att äntligen ha betalat av billånet! Tack för smidig hantering.")
sv("priv", N, "Internetbanken visade ”inloggning från ny enhet, IP 85.224.17.203” i morse. Det var väl jag på jobbets wifi? Undrar bara hur det fungerar.")
sv("priv", N, "Okej, nu har jag fått svaret från Oskar och förstår varför räntan ändrades. Tack!")
sv("priv", N, "Hej, jag har fortfarande inte riktigt förstått hur amorteringskravet räknas om vi lägger till 200 000 kr på lånet för köket?? Kan någon förklara enkelt?")
sv("priv", N, "Behöver min hund någon särskild försäkring när vi tar färjan till Åbo? Hon är chippad och vaccinerad.", staff=INS)
sv("priv", N, "Går det att få kontoutdrag på engelska? Behöver dem till en ansökan om uppehållstillstånd i Kanada.")
sv("priv", N, "Tack Anna Lindqvist för genomgången av pensionen. Mycket tydligt!")
sv("pub", N, "Hur lång är uppsägningstiden på hemförsäkringen? Vi flyttar ihop den 1 juni och ska bara ha en.", staff=INS)
sv("priv", N, "Hej, jag fick en faktura med OCR 4466 1020 0017 883. Kan man betala den med Swish i stället?")
sv("priv", N, "Min man Johan vill också få notiser när räkningar betalas från vårt gemensamma konto. Går det?")
sv("pub", N, "Tips: på er sajt står fortfarande den gamla adressen till kontoret i Kiruna, som flyttade i januari.")
sv("priv", N, "Hej! Vi har fått en bebis 🥰 Hur lägger vi till henne i familjeförsäkringen?", staff=INS)
sv("priv", N, "Ja jävlar vad smidigt det var att signera bolånehandlingarna digitalt! Trodde det skulle ta en vecka.")
sv("pub", N, "Hittade en plånbok på pendeltåget med ett av era kort, det som slutar på 5521. Den är inlämnad på hittegodset på Centralen.")
sv("priv", N, "Hej! Kan en 16-åring ha eget Swish om föräldrarna godkänner? Vi bor i 753 20 Uppsala om det spelar roll.")
sv("priv", N, "Vilken tid på dagen betalas pensionen ut? Kommer den vid midnatt eller först på morgonen den 19:e?")
sv("priv", N, "Hej, hur lång tid tar det att handlägga en skada på en iPhone 15 som trillat i sjön? Bara så jag vet om jag ska köpa en begagnad under tiden.", staff=INS)
sv("pub", N, "Fick en kuksa i present av er på kundkvällen i Östersund. Tack, den används varje helg!")
sv("priv", N, "Hej! Gäller studentrabatten på reseförsäkringen även om man läser på distans?", staff=INS)
sv("pub", N, "Stort tack till er i chatten som hjälpte mig i natt kl 02:30 när kortet försvann i Berlin. Fantastisk service.")
sv("priv", N, "Hej, jag har betalat in 12 tkr för mycket på kreditkortet. Står de som plus på kortet eller betalas de tillbaka automatiskt?", staff=CARD)

# =====================================================================================
# Swedish, angry, no code-of-conduct category
# =====================================================================================
sv("pub", A, "Vilken skitbank. Tre dagar utan Swish och inte ett ord från er.")
sv("pub", A, "Ni måste vara Sveriges girigaste försäkringsbolag. Höjer premien med 38 % och kallar det en ”justering”. Skäms!", staff=INS)
sv("priv", A, "Jag ger er till fredag kl 12. Sedan flyttar jag bolånet, pensionen och barnens sparande. Ni har haft sex veckor på er.")
sv("pub", A, "Hahaha ”vi värnar om våra kunder”. Ni värnar om era bonusar, det är allt ni bryr er om.")
sv("pub", A, "VAD ÄR DET FÖR FEL PÅ ER??? Appen nere för tredje gången den här månaden. Ni är helt värdelösa på IT.")
sv("priv", A, "Min advokat har fått kopior på hela konversationen. Räkna med en stämning om pengarna inte är tillbaka på måndag.")
sv("pub", A, "Fan vad dåliga ni är. Två timmar i kö för att få höra att ni ”inte kan se något”.")
sv("pub", A, "Att ni har mage att ta 65 kr i månaden för ett kort som inte fungerar utomlands. Rena stölden.")
sv("priv", A, "Sluta skicka era jävla standardsvar. Jag vill ha en människa som kan läsa.")
sv("pub", A, "Grattis till världens sämsta app, ni måste vara så stolta. Tio års utveckling och den kan inte visa ett saldo.")
sv("pub", A, "Jag har skrivit till Aftonbladet och Kalla fakta. Alla ska få veta hur ni behandlar en änka med ett dödsbo.")
sv("priv", A, "Nej, jag tänker INTE ladda upp mitt pass en tredje gång i er skitapp. Lös det själva, det är ert jobb.")
sv("pub", A, "Ett bolag som nekar en cancersjuk kvinna hennes sjukförsäkring på en teknikalitet borde inte få finnas. Ni är avskyvärda.", staff=INS)
sv("pub", A, "Helvete vad trött jag är på er. Varje gång jag behöver något är det stängt, nere eller ”under utredning”.")
sv("priv", A, "Jaha. Så ni stänger kontoret i Hallstahammar men höjer avgifterna. Ni bryr er inte ett skit om oss på landet.")
sv("pub", A, "Om pengarna inte är tillbaka inom 24 timmar anmäler jag er till Finansinspektionen, ARN och polisen. Det här är bedrägeri.")
sv("pub", A, "Ni är ett gäng tjänstemän som gömmer er bakom regler. Ingen av er skulle klara en dag i verkligheten.")
sv("priv", A, "Lyssna nu. Jag har varit kund i 31 år. Jag kräver att en chef ringer mig idag. Inte i morgon. Idag.")
sv("pub", A, "Cirkus. Rena cirkusen. Kontrollanten tar 1 500 kr av mig för att er app kraschade och sedan säger kundtjänst att det är mitt ansvar. Skäms på er.")
sv("pub", A, "Ni skulle inte kunna organisera en kaffepaus. Tre månader för att flytta ett autogiro.")
sv("priv", A, "Skicka inga fler enkäter om hur nöjd jag är. Jag är inte nöjd. Jag är förbannad. Er felaktiga betalningsanmärkning har förstört min kreditvärdighet.")
sv("pub", A, "Jävla bedragare. Ni drog avgiften två gånger och vägrar betala tillbaka.")
sv("pub", A, "Lögnare. Det stod ”ingen självrisk” i annonsen och nu vill ni ha 3 000 kr.", staff=INS)
sv("priv", A, "Vad tror ni att ni håller på med?! Ni har spärrat företagskontot MITT i lönekörningen. Det här kommer att kosta er, mina jurister är redan på det.")
sv("pub", A, "Tack för ingenting, igen. Ni är ungefär lika hjälpsamma som en tegelsten.")
sv("pub", A, "Ha ha, ”tekniska problem”. Det är ert svar på allt. Byt ut hela IT-avdelningen.")
sv("priv", A, "Era villkor är skrivna av folk som aldrig haft en vattenskada. Fjorton sidor för att säga nej. Pinsamt.", staff=INS)
sv("pub", A, "Vem fan har designat den här inloggningen? Sex steg för att se saldot. Amatörer.")
sv("pub", A, "Äntligen säger jag upp allt hos er. Tolv år som kund och varenda kontakt har varit en plåga. Lycka till med att behålla någon.")
sv("priv", A, "Om jag inte får svar idag lägger jag ut hela chatten på Facebook så att alla ser hur ni behandlar pensionärer.")
sv("pub", A, "149 kr för ett kontoutdrag på papper. 149 kronor! Ni är ingen bank, ni är en avgiftsmaskin.")
sv("pub", A, "Det är skandal att en bank 2026 inte kan hålla sin app uppe en fredag. Skärp er för helvete.")
sv("priv", A, "Är ni dumma i huvudet? Jag har skickat samma kvitto fem gånger!", staff=INS)
sv("pub", A, "Ert ”bedrägeriskydd” är ett skämt. Jag larmade fyra minuter efter och ni lät ändå 19 000 kr gå iväg.")
sv("pub", A, "Kan ni sluta ljuga i era pressmeddelanden? ”Stabil drift” står det. Appen har varit nere tre gånger på en vecka.")
sv("priv", A, "Jag kräver skriftligt vem som fattade beslutet att neka min ersättning, med namn och titel. Annars går jag till ARN och media. Ni har fem arbetsdagar.", staff=INS)
sv("pub", A, "Skit i era ursäkter. Ge mig mina pengar.")
sv("pub", A, "Varför ska man ens ha ett kort från er när det nekas i varannan butik? Skräpbank.")
sv("priv", A, "Fjärde gången ni ”tappar bort” mina papper. Antingen är ni inkompetenta eller så gör ni det med flit. Vilket är det?")
sv("pub", A, "Kära bank. Ni har nu lyckats med konststycket att göra det omöjligt för min 89-åriga mamma att betala sina räkningar. Bra jobbat, verkligen. Hoppas ni sover gott.")
sv("pub", A, "Ni borde skämmas ögonen ur er. Nekar ersättning för en hund som dog på operationsbordet för att ”diagnosen inte var anmäld”.", staff=INS)
sv("priv", A, "Ni har inte svarat på 17 dagar. SJUTTON. Vad håller ni på med där borta, fikar hela dagarna?")
sv("pub", A, "Resekortet dras men ingen biljett registreras, och sedan får man tilläggsavgift. Det är rena rånet och ni vet om det.")
sv("pub", A, "Sluta kalla det ”service” när det är ett callcenter som läser från ett manus. Löjligt.")
sv("priv", A, "Jag har fått nog av er inkompetens. Avsluta alla mina konton idag och skicka pengarna till min nya bank. Och svara inte med en mall.")
sv("pub", A, "Jaha, nu ska man alltså åka åtta mil till ett kontor för att ta ut sina egna pengar. Ni är ju för jävliga.")
sv("pub", A, "Vad är det för maffiametoder att låsa folks pension i tre månader för ”kontroll”? Jag tänker stämma er.")
sv("priv", A, "Skriv inte ”vi förstår din frustration” en gång till. Ni förstår ingenting.")
sv("pub", A, "Ingen bank i Sverige är så arrogant som ni. Man är bara ett kundnummer.")
sv("pub", A, "HALLÅ? NÅGON HEMMA? ELLER HAR NI GÅTT HEM ALLIHOP? Typiskt er, era slöfockar.")
sv("priv", A, "Er kreditbedömning är ett skämt. Jag tjänar 58 000 i månaden och ni nekar ett billån på 150 tkr. Ni kan dra åt skogen.")
sv("pub", A, "Den bästa reklamen för era konkurrenter är ert eget kundcenter. Värdelöst från början till slut.")
sv("pub", A, "Pengarna från bilförsäljningen har varit borta i fem dagar. Syns de inte i morgon bitti ringer jag Uppdrag granskning. Jag skojar inte.")
sv("priv", A, "Så ni ”beklagar” att min mans livförsäkring inte betalas ut efter hans död. Beklaga kan ni göra någon annanstans. Ni är gamar.", staff=INS)
sv("pub", A, "Ännu ett avbrott. Ännu en ursäkt. Ännu en avgiftshöjning. Fy fan för er.")
sv("pub", A, "Ni har gjort det till en konst att inte svara på frågor. Imponerande nivå av ointresse.")
sv("priv", A, "Era regler är idiotiska. Att jag måste legitimera mig på ett kontor för att flytta mina egna pengar till mitt eget ISK är helt sjukt.")
sv("pub", A, "Den som bestämde att man inte längre kan ringa och prata med en människa borde sparkas. Vilken idiotisk idé.")
sv("pub", A, "Ni kan slänga ert förlåt i papperskorgen. Jag vill ha tillbaka mina 6 400 kr från dubbeldragningen, nu.")
sv("priv", A, "Ni är ta mig fan den sämsta försäkringen i landet.", staff=INS)
sv("pub", A, "Tre veckor utan svar på mitt ärende, men reklamen för ert nya sparkonto kommer varje dag. Prioriteringar, va? Löjligt.")
sv("pub", A, "Er chattbot har mindre hjärna än en kaffebryggare. Ge mig en människa NU.")
sv("priv", A, "Om ni inte betalar tillbaka de 8 900 kr ni drog felaktigt inom en vecka ansöker jag om betalningsföreläggande hos Kronofogden och anmäler er till ARN samma dag. Jag har all dokumentation.")

_g = G.card("visa", " ")
_b = G.bad_check(_g)
sv("priv", A, f"Ni har registrerat spärren på {_b}. Det är inte ens mitt kort! Mitt kort är {L('card_number', _g)} och det fungerar fortfarande för den som stal det. Vad är det för amatörer som jobbar där?", staff=CARD)
sv("priv", A, f"Ert så kallade inkassobolag skickar krav med org.nr {G.bad_check(G.orgnr('556'))}, som inte ens finns hos Bolagsverket. Ni låter bedragare använda ert namn och gör ingenting. Skandal.")
sv("pub", A, f"Ni har tryckt fel bankgiro på avierna, {G.bad_check(G.bankgiro(8))}, och nu har halva föreningen betalat till ingenstans. Vilken jävla soppa. Rätta det och stå för avgifterna!")

# =====================================================================================
# Swedish, code of conduct
# =====================================================================================
sv("pub", A, "Den som stängde mitt konto ska få ångra sig. Jag vet vilket kontor ni sitter på i Norrköping.", mods=["threat"])
sv("priv", A, "Fortsätter ni så här kommer någon att bli skadad, och det blir inte jag.", mods=["threat"])
sv("pub", A, "På måndag kommer jag ner med en slägga och krossar era jävla automater, kukbank.", mods=["threat", "severe_profanity"])
sv("pub", A, "Vore synd om ert kontor i Borås brann ner en natt. Bara säger det.", mods=["threat"])
sv("priv", A, "Jonas Ahmadi som nekade min skada, jag har kollat upp var han bor. Han kan räkna med besök.", mods=["threat", "staff_named"], staff=INS)
sv("pub", A, "Klart inget funkar när halva kundtjänsten är somalier som inte kan läsa. Skicka hem dem.", mods=["racism"])
sv("pub", A, "Ni har ju bara svartsk@llar i telefonen nuförtiden, ingen förstår vad de säger.", mods=["racism", "severe_profanity"])
sv("priv", A, "Muslimer borde inte få lån hos en svensk bank, de betalar ändå aldrig tillbaka.", mods=["racism"])
sv("pub", A, "Kvinnor borde inte få sätta räntor. Det är därför det ser ut som det gör.", mods=["sexism"])
sv("priv", A, "Du är en jävla slyna som inte fattar någonting.", mods=["sexism", "severe_profanity", "harassment"])
sv("pub", A, "Typiskt att en kärring ska handlägga bilskador. Hon har säkert aldrig kört bil.", mods=["sexism", "harassment"], staff=INS)
sv("pub", A, "Fuck er och er jävla app.", mods=["severe_profanity"])
sv("pub", A, "Vilken fittförsäkring. Ni nekar allt.", mods=["severe_profanity"], staff=INS)
sv("priv", A, "Ni är ett gäng kuksugare allihop. Ge tillbaka mina pengar.", mods=["severe_profanity"])
sv("pub", A, "Fatima Osman borde inte få jobba med dödsbon. Hon har gjort fel i varje steg och vägrar erkänna det.", mods=["staff_named"])
sv("pub", A, "Oskar Pettersson är ett pucko som inte kan räkna ut en ränta.", mods=["staff_named", "harassment"])
sv("priv", A, "Du är den dummaste människa jag någonsin chattat med. Har du ens gått ut nian?", mods=["harassment"])
sv("pub", A, "@Peter Lund du är en ynklig liten bankslickare, håll käften.", mods=["harassment"])
sv("pub", N, "Tjejen som svarade i telefon igår hade en så sexig röst. Är hon singel? Hälsa henne från mig 😘", mods=["harassment"])
sv("pub", A, "Alla borde skriva till Linnea Gustafsson på LinkedIn och tala om vad vi tycker om henne. Hon förtjänar att få höra det.", mods=["staff_named", "harassment"])

# =====================================================================================
# English, personal data
# =====================================================================================
en("pub", U, f"I moved to Sweden from Ireland for work and have coordination number {SN('short-dash')}. Your branch says I can't open an account without a personal number, but my employer pays salary on the 25th. What am I supposed to do?")
en("priv", N, f"Hi, please send the mortgage offer to {EM('oskar.h@example.se')}. Thanks! (Oskar, a customer, not one of your staff.)")
en("pub", U, f"The ATM at Arlanda Terminal 5 just swallowed my card {CC('visa', ' ')} and I fly out on SK 903 in two hours. Can you send a new one abroad?")
en("priv", N, f"Hello Ahmed, as discussed, this is the Amex I'd like the annual fee refunded on: {CC('amex', '-')}. Thanks for your help earlier.", staff=CARD)
en("pub", U, f"I'm a student from India at KTH, coordination number {SN('long-dash')}. My account was frozen 'for review' and rent of 6 200 SEK is due Friday. Please help.")
en("priv", N, f"Could you change the number for BankID notifications to {FM('intl-compact')}? I've got a new SIM.")
en("pub", U, f"I'm moving back to Manchester. The transfer from my savings to my UK account {IB('GB')} has failed twice with no explanation, and the deposit on my flat there is due next week.")
en("priv", U, f"My father passed away on 3 March and I'm the executor. His personal number was {PNX('m', 'long-dash', (1935, 1945))}. His pension is still being paid into his account and I'm afraid we'll have to pay it all back. What should I do?")
en("pub", N, f"Hi! My partner and I want a joint account. Her personal number is {PNX('f', 'short-dash')}, mine is {PN('short-space')}. Can we do it online or do we need to visit?")
en("priv", U, f"My brother in Rotterdam sent me €1,200 from his account {IB('NL')} eight days ago. It still hasn't arrived, and I need it for the car repair on Monday.")
en("pub", A, f"You've blocked my card {CC('mc', ' ')} for the FOURTH time this month for 'suspicious activity'. Buying groceries isn't suspicious, you clowns. Fix it or I'm gone.")
en("priv", N, f"Hi, please update my contact details: email {EM('r.fernandez@example.se')}, landline {FL('08', 'intl')}.")
en("pub", U, f"Sole trader here (web design). My company number is my personal number, {PN('long-dash', (1980, 1995))}. Card terminal payouts stopped on the 9th and 34,000 kr is missing. Please, I have bills to pay.", staff=CARD)
en("priv", U, f"Someone used my card {CC('mc2', ' ')} for three purchases at an electronics store in Warsaw: 2,399 PLN, 1,899 PLN and 499 PLN. I've never been to Poland and the card is in my wallet.")
en("pub", N, f"Which IBAN should I give my Finnish employer? Is it {IB('SE')} for my salary account? Just want to make sure before I send it.")
en("priv", U, f"I paid my pay-later invoice on time (ref 7700 3319 0042) but got a reminder with a 60 SEK fee anyway. Could you check? My email is {EM('maya.osei@example.se')}.")
en("pub", U, f"My daughter studies in Lyon and her card was stolen. I want to send her 500 EUR today, to her French account {IB('FR')}, but your app keeps saying 'invalid IBAN'.")
en("priv", A, f"I've given you my account number {ACC('handelsbanken', 'dot')} THREE times and the insurance payout still went to my old one. Are you even reading? Useless.", staff=INS)
en("pub", N, f"Thanks Alex for the chat! Here's my number if you need to reach me about the loan: {RM('intl')}.")
en("priv", U, f"My grandmother is over 100 and I'm typing this for her. Her card has stopped working in the shop. Personal number {PNX('f', 'plus')}. She can't come to a branch and has no one else.")
en("pub", U, f"The refund for our cancelled ferry to Copenhagen (booking FR-22871) was sent to {IB('DK')}, which is my old Danish account. It's closed. Where will the money go?")
en("priv", N, f"Hi, my landlord asked for my bank details for the deposit refund. Should I write it like this: {ACC('swedbank8', 'comma')}?")
en("pub", A, f"Real professional. You sent my PIN letter to my old address although I'd updated it. My email is {EM('dan.whitaker@example.se')} and my phone {FM('0046')}, not that you'll use either.")
en("priv", U, f"Please stop the gym's direct debit from account {ACC('nordea', 'space')}. They keep taking 449 kr after I cancelled in January. I'm a student and can't afford it.")
en("pub", U, f"Got scammed on Marketplace. Paid 3,500 kr by Swish to {RM('dash')} for a bike that doesn't exist, and he's blocked me. Can you freeze the money?")
en("priv", N, f"Hello, we run a small registered association for Iranian students in Lund (org. no. {ORG('802', 'dash')}). Could we open an account and get Swish?")
en("pub", U, f"Please call me on {FL('0980', 'dash')}. I live outside Kiruna and have no mobile coverage at home. My pension didn't arrive this month.")
en("priv", N, f"Hi, I need an account certificate for my new job. Account {ACC('seb', 'space')}; HR's address is payroll@nordlogistik.example.")
en("pub", A, f"Typical. I reported fraud on my card {CC('visa', '-')} within minutes and you STILL let 12,000 kr go through. Your fraud team is a joke.")
_g = G.pin("short-dash")
_b = G.bad_check(_g)
en("priv", U, f"Your letter has my personal number as {_b}. It's {L('personnummer', _g)}. That's why the Tax Agency rejected the statement. Please correct it before the May deadline.")
en("pub", N, f"Is it fine to transfer money from my Swedish account to my Norwegian one, {IB('NO', grouped=False)}? Just checking the fees.")
en("priv", U, f"I'm a pensioner living in Spain. My Swedish pension is paid into {ACC('swedbank7', 'comma')} and you've blocked the account because I 'haven't confirmed my address'. I have no other money.")
en("pub", U, f"I gave my wife's number {RM('0046')} as the contact for the claim after a deer hit our car near Sundsvall. Nobody has called in six days.", staff=INS)
en("priv", N, f"Thanks Nora for sorting out the dog insurance! The vet bill refund can go to {ACC('danske', 'dot')}.", staff=INS)
en("pub", A, f"Your 'secure' BankID let someone take out a 45,000 kr loan in my name ({PN('short-dash')}). I'm going to the police AND to Dagens Industri. Disgraceful.")
en("priv", U, f"Our bakery's bankgiro {BG(8)} hasn't received a single payment since Monday. Customers say the payment went through on their side. We need that money for flour and wages.")

# =====================================================================================
# English, upset, no personal data
# =====================================================================================
en("pub", U, "Third day without working card payments. I'm stuck in Berlin on a work trip with 20 euros in cash.")
en("priv", U, "I'm honestly scared. Someone logged into my online bank from an unknown device at 03:12 last night. It wasn't me.")
en("pub", U, "My mum died in January and I've sent the death certificate four times. You keep sending her letters about 'overdue' payments. It breaks my heart every time.")
en("priv", U, "The claim for our cancelled trip to Crete (ref TR-55019) was refused under the 'war and unrest' clause. There was no war, the airline went bankrupt. We lost 28,600 kr.", staff=INS)
en("pub", U, "Still no refund for the monthly travel pass I was charged for twice, 970 kr each. It's been three weeks.")
en("priv", U, "I know you're busy, but could someone please look at my case? I haven't been able to log in since 2 March and my rent is overdue.")
en("pub", U, "Oh great, another 'scheduled maintenance' right on payday. Can't see whether my salary arrived.")
en("priv", U, "My landlord says he never got the rent I paid on the 28th. I can see it left my account. He's threatening to evict us.")
en("pub", U, "Small business owner here. My card terminal hasn't settled for four days, 48,000 kr in total. I have suppliers to pay on Friday. Please escalate this.", staff=CARD)
en("priv", U, "This is the fourth time I'm writing. My pension transfer from my old employer's plan has been 'pending' since November.")
en("pub", U, "Why is my mortgage rate 0.6 percentage points higher than what new customers get? I've been with you for 15 years. Feels awful.")
en("priv", U, "I can't cope with this any more. Every time I call I get someone new who knows nothing about my water damage claim. Please, just one person who follows it.", staff=INS)
en("pub", U, "WHY does the app log me out every 30 seconds?? I'm trying to pay an invoice that's due TODAY!!!")
en("priv", U, "My exchange-student account was closed while I was home for the summer. My scholarship of 12,000 SEK was sent back to the university. I'm stranded.")
en("pub", U, "Please, my son is in hospital in Chiang Mai and they won't start treatment without a payment guarantee. Your emergency line hasn't answered in an hour.", staff=INS)
en("priv", U, "I made a mistake and paid the same invoice twice, 4,250 kr. The company won't answer. Is there any way to get it back? I'm on sick leave and money is tight.")
en("pub", U, "The pet insurance refused my cat's dental surgery over a 'pre-existing condition' the vet says doesn't exist. She's in pain and I can't pay 9,800 kr myself.", staff=INS)
en("pub", U, "Sorry for the caps but I AM LOCKED OUT and I have a flight tomorrow and need to pay the hotel deposit!!")
en("priv", U, "My husband has dementia and keeps reading out his card details to 'friends' on the phone. How do I protect his account? I'm exhausted.")
en("pub", U, "I've been waiting since 14 February for the refund for a cancelled concert. Your specialist team said 10 days. It's 20 March.")
en("pub", U, "Honestly disappointed. I wrote three times about the wrong interest on my savings and got three different answers.")
en("priv", U, "The website has been down since 8:15 (error 503) and I have to sign the house contract with BankID before noon.")
en("pub", U, "Damn it, lost my wallet on the train to Gothenburg with both cards in it. How quickly can I block them? The app won't load.")

# =====================================================================================
# English, neutral, no personal data
# =====================================================================================
en("pub", N, "What time does your chat open on Saturdays?")
en("priv", N, "Hi, do I need to tell you before I use my card in Japan? Going 3–17 May.")
en("pub", N, "Thanks Kim for the quick help with my pension question!")
en("priv", N, "Does the home insurance cover a laptop stolen from a café? Asking for future reference, nothing has happened.", staff=INS)
en("priv", N, "Is there an English version of the ISK terms and conditions?")
en("priv", N, "What's the fee for withdrawing cash abroad with your debit card? 1.5%? 2%?")
en("pub", N, "Just want to say the new app update (v 11.0.3) is brilliant. Face ID works great now.")
en("priv", N, "Can I keep using my Swedish BankID if I move to Germany next year?")
en("pub", N, "Do you still offer student accounts for exchange students?? The website still shows the 2024 offer.")
en("priv", N, "Hi, how do I name my wife as beneficiary on my pension?")
en("pub", N, "Is there a daily Swish limit? I'm planning to pay the carpenter SEK 18.000 next month.")
en("priv", N, "Thank you Fatima, the estate account is open and the funeral invoice is paid. You made a hard week easier.")
en("priv", N, "How long does it take to get a new card delivered to Malmö, postcode 211 19?")
en("priv", N, "I'm Emma Larsson, a customer, not your employee 😊 Can I open a savings account for my nephew?")
en("priv", N, "Does the car insurance cover small windscreen chips? Got one on the E6 today, nothing serious.", staff=INS)
en("priv", N, "What's your current rate on a 3-year fixed mortgage? I saw 3.24% on a comparison site.")
en("pub", N, "Holy hell, that was the fastest claim payout I've ever had. Thanks!", staff=INS)
en("priv", N, "Hi, is flight SK 1417 covered by the card's travel insurance if I only paid the taxes with the card?", staff=CARD)
en("pub", N, "Can I pay my pay-later invoices straight from the app, or do I need the OCR number?")
en("priv", N, "Hello! Where do I find the annual statement for my ISK? My accountant needs it.")
en("priv", N, "What's the process for moving an occupational pension to you? No rush, just researching.")
en("priv", N, "Hi Sam, just confirming our call on Thursday at 14:30 about the business loan. Talk then.")
en("pub", N, "My login history shows a login from 81.232.114.7 at 07:58. That was me on the train wifi, I think. Just curious how the location is worked out.")

# =====================================================================================
# English, angry, no code-of-conduct category
# =====================================================================================
en("pub", A, "Worst bank in the country and it isn't even close.")
en("pub", A, "You raised my premium 40% and call it 'indexation'. Shameless robbers.", staff=INS)
en("priv", A, "I want a manager to call me today. Not tomorrow, not 'within 5 working days'. Today. Or I'm pulling out every krona.")
en("pub", A, "Congratulations on the least usable app of 2026. Truly an achievement.")
en("pub", A, "WHAT IS WRONG WITH YOU PEOPLE? THIRD OUTAGE THIS WEEK!")
en("priv", A, "My solicitor has the whole chat log. You'll hear from her if the money isn't back by Monday.")
en("pub", A, "Bloody useless. Two hours on hold at 0771-10 10 10 to be told you 'can't see anything'.")
en("pub", A, "59 kr a month for a card that gets declined everywhere. Daylight robbery.")
en("priv", A, "Stop sending me copy-paste answers. Get someone who can actually read.")
en("pub", A, "Refusing a dead man's life insurance on a technicality. You people are vultures.", staff=INS)
en("pub", A, "Hell of a way to run a bank. Closed branches, higher fees, nobody answers. Pathetic.")
en("priv", A, "I've contacted Finansinspektionen and a journalist at SVT. Enjoy the publicity.")
en("pub", A, "The ticket machine took my money, the app crashed and your inspector fined me 1,500 kr. Thieves, the lot of you.")
en("pub", A, "Your 'fraud protection' is a fairy tale. I called within three minutes and you still let it through.")
en("priv", A, "This is a disgrace. Five weeks and my claim hasn't even been assigned. What exactly do you do all day?", staff=INS)
en("pub", A, "Shitty bank, shitty app, shitty service. Closing everything on Monday.")
en("pub", A, "'We value your feedback.' No you don't. You've ignored mine for a month.")
en("priv", A, "Your rules are idiotic. I have to go to a branch 90 km away to change my own address?")
en("pub", A, "Nice to see you posting about 'sustainability' while your customers can't log in. Get your priorities straight, clowns.")
en("pub", A, "Incompetent from the board down. I'm telling everyone I know to stay away.")
en("priv", A, "I'm taking this to the National Board for Consumer Disputes and to the papers. You've had six weeks and done nothing.")
en("pub", A, "What the hell is this? My salary shows up and then disappears. Answer me NOW.")
en("pub", A, "Arrogant, slow and greedy. Most companies manage one of those, you've nailed all three.")
en("priv", A, "Don't you dare tell me you 'understand my frustration' again.")
en("pub", A, "Another fee increase? You're a cash grab pretending to be a bank.")
en("pub", A, "Great job locking a 92-year-old out of her own pension. Hope you're proud. Shameful.")
en("priv", A, "Close my accounts, all of them, today. I'm done with this circus.")
en("pub", A, "Your chatbot couldn't find its own off switch. Give me a human.")

en("pub", A, f"Your letter tells me to pay to plusgiro {G.bad_check(G.plusgiro(7, 'spaced'))}. That number doesn't exist, my payment bounced and now there's a late fee. Pathetic.")

# =====================================================================================
# English, code of conduct
# =====================================================================================
en("pub", A, "Keep stalling and someone's going to pay your Gothenburg office a visit. Just saying.", mods=["threat"])
en("priv", A, "If my money isn't back tomorrow I'll be waiting outside your branch when you close. You won't like it.", mods=["threat"])
en("pub", A, "fuuuuck your fees, seriously", mods=["severe_profanity"])
en("pub", A, "Your support line is full of c00lies who can't speak English.", mods=["racism", "severe_profanity"])
en("pub", A, "No wonder the claims department is a mess, it's run by women. They shouldn't be handling money.", mods=["sexism"], staff=INS)
en("priv", A, "Listen you stupid b!tch, just give me my refund.", mods=["sexism", "severe_profanity", "harassment"])
en("pub", A, "Johan Berg is a moron. Can't even work out a simple interest rate. Fire him.", mods=["staff_named", "harassment"])
en("pub", N, "The guy who answered the chat last night seemed really hot 😏 tell him to DM me, I'd love to meet up.", mods=["harassment"])
en("pub", A, "Maria Nilsson should not be handling mortgages. She's lost our documents twice and then blamed us.", mods=["staff_named"])


def finish():
    rng = random.Random(4)
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
        out.append({"id": f"d4-{lang}-{counters[lang]:03d}", "lang": lang, "visibility": vis,
                    "staff_names": staff, "text": plain, "pii": pii, "moderation": mods, "tone": tone})
    out.sort(key=lambda p: (p["lang"] != "sv", p["id"]))
    path = HERE / "posts-4.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in out), encoding="utf-8")
    print(len(out), counters)


finish()
