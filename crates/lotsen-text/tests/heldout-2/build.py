#!/usr/bin/env python3
"""Build the second held-out set for the text guard (posts.jsonl).

The posts are written inline below. Personal data is written as placeholders that are filled in
from ../heldout/gen_numbers.py (imported by path, not modified) with a fixed seed:

    <<pn:FMT[:YYYY-YYYY]>>     personnummer (Skatteverket test numbers)     -> labelled
    <<sn:FMT>>                 samordningsnummer                             -> labelled
    <<org:FMT[:PREFIX]>>       organisationsnummer                           -> labelled
    <<acct:BANK[:FMT]>>        bank account                                  -> labelled
    <<bg:N>>  <<pg:N:FMT>>     bankgiro / plusgiro                           -> labelled
    <<card:KIND:SEP>>          card number (SEP sp / da / no)                -> labelled
    <<iban:CC:MODE>>           IBAN (MODE g grouped, c compact, l lower)     -> labelled
    <<mob:FMT>> <<rmob:FMT>> <<land:SERIES:FMT>>   phone numbers             -> labelled
    <<email:ADDRESS>>          e-mail address                                -> labelled
    ...@tag                    remember the value under tag
    <<typo@tag>>               one-digit typo of a remembered value (fails its check) -> unlabelled
    <<bad:KIND:...>>           a look-alike whose check digit is wrong       -> unlabelled

Everything else (case numbers, OCR, amounts, dates, versions, last four digits, the bank's
published numbers, functional addresses) is literal text and unlabelled. The script checks that
no unlabelled number in a post passes a personnummer, card, IBAN or organisation-number check.

Run:  python3 build.py      (deterministic; rewrites posts.jsonl next to this file)
"""

import datetime
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent

_spec = importlib.util.spec_from_file_location("gen_numbers", TESTS / "heldout" / "gen_numbers.py")
gn = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gn)

# Own seed; also keep clear of the numbers in the later development set and the first held-out set.
gn.RNG = random.Random(20260521)
_SERIES = {"07017406": "070", "08465004": "08", "03139006": "031", "04062804": "040", "09803192": "0980"}
for _f in (TESTS / "corpus" / "posts-2.jsonl", TESTS / "heldout" / "posts.jsonl"):
    for _line in _f.read_text(encoding="utf-8").splitlines():
        for _item in json.loads(_line)["pii"]:
            _d = re.sub(r"\D", "", _item["text"])
            gn._used.add(_d)
            if _item["kind"] == "phone":
                _n = "0" + _d[2:] if _d.startswith("46") else ("0" + _d[4:] if _d.startswith("0046") else _d)
                for _pre, _ser in _SERIES.items():
                    if _n.startswith(_pre):
                        gn._phone_xx[_ser].add(_n[-2:])

DEMO = ["Anna Lindqvist", "Johan Berg", "Maria Nilsson", "Linnea Gustafsson", "Lina",
        "Oskar Pettersson", "Alex", "Fatima Osman", "Sam", "Emma Larsson", "Kim"]
INSURER = ["Karin Holm", "Petra", "Mikael Ek", "Jonas Ahmadi", "Jonas", "Sofia Berglund", "Nora"]
CARDCO = ["Erik Sandberg", "Elin", "Ahmed Karimi", "Robin", "Sara Lind"]
DIRS = {"D": DEMO, "I": INSURER, "C": CARDCO}
ORDER = ["threat", "racism", "sexism", "severe_profanity", "staff_named", "harassment"]

# (lang, visibility, directory, tone, moderation, text)
# visibility: pub / priv; tone: A angry, U upset, N neutral
POSTS = [
    # ------------------------------------------------------------------ personal data, Swedish
    ("sv", "pub", "D", "U", "", "Hej! Kortet blev spärrat mitt i handlingen på Coop och jag har ingen annan betalning med mig. Personnummer <<pn:short-dash>> om ni behöver det. Snälla, kan nån kolla??"),
    ("sv", "priv", "D", "N", "", "Hej, jag har bytt jobb och vill att lönen går till mitt nya konto <<acct:swedbank8:comma>> från och med juni. Räcker det att jag meddelar arbetsgivaren eller måste ni göra något? Mvh Gunilla"),
    ("sv", "priv", "D", "N", "", "God dag. Det är Astrid som skriver, med hjälp av mitt barnbarn. Jag fyller 101 år i höst och mitt personnummer är <<pn:plus>>. Jag undrar om ni kan skicka kontoutdragen på papper som förr. Tack på förhand."),
    ("sv", "pub", "D", "U", "", "hej jag har samordningsnummer <<sn:short-dash>> och jag får inte bankid. jag jobbar på restaurang men lön kommer inte utan konto, chef säger måste ha konto innan 25. vad jag göra?"),
    ("sv", "priv", "D", "N", "", "Hej! Vi driver ett litet aktiebolag, Berits Sömnad AB, org.nr <<org:dash>>. Hur kopplar vi vårt bankgiro <<bg:8>> till Swish Företag? Jag hittar inget om det på hemsidan."),
    ("sv", "priv", "D", "U", "", "Någon har tagit 14 500 kr från mitt konto i natt, jag har inte godkänt något!! Kortet är <<card:visa:sp>>. Jag har spärrat det i appen men pengarna är borta. Ring mig på <<mob:dash>> så fort ni kan."),
    ("sv", "pub", "D", "U", "", "Min pappa dog i mars och jag och min bror är dödsbodelägare. Hans personnummer var <<pn:long-dash:1938-1946>>. Hur gör vi för att betala begravningen från hans konto? Begravningsbyrån vill ha betalt inom 30 dagar och vi har inte de pengarna själva."),
    ("sv", "priv", "D", "N", "", "Hej! Jag flyttar till Berlin i augusti för jobbet. Kan jag föra över sparpengarna till mitt tyska konto <<iban:DE:g>> direkt i appen, och vad kostar det? Och ska jag säga upp kontot här eller får jag ha kvar det?"),
    ("sv", "priv", "D", "N", "", "Uppgifterna till bolåneansökan som du bad om:\nPersonnummer: <<pn:long-plain:1984-1984>>\nTelefon: <<rmob:spaced>>\nMejl: <<email:jonas.wikstrom84@example.se>>\nTack för ett bra möte i tisdags!"),
    ("sv", "pub", "D", "A", "", "Tredje gången jag skriver!!! Ni har dragit försäkringspremien två gånger från <<acct:handelsbanken:comma>>, 2 x 389 kr. Det är stöld helt enkelt och ingen av er gör ett skit åt det. Fixa det NU."),
    ("sv", "priv", "D", "U", "", "Hej, jag köpte en 30-dagarsbiljett i appen 3/5 men den kom aldrig till reskortet. Fick en tilläggsavgift på 1 500 kr vid spärrarna på Slussen fast jag visade kvittot. Ordernummer 7745-2201-88. Ring gärna <<mob:0046>> efter 16, jag jobbar innan dess."),
    ("sv", "pub", "D", "N", "", "Kan man swisha till ett plusgirokonto? Vår körförening har pg <<pg:7:spaced>> och de äldre medlemmarna vill helst betala medlemsavgiften med Swish."),
    ("sv", "priv", "D", "U", "", "Hej, ni har registrerat fel personnummer på min son när vi öppnade ungdomskontot. Det står <<typo@son>> men det rätta är <<pn:short-dash:2009-2010@son>>. Kan ni rätta det innan hans första sommarlön kommer?"),
    ("sv", "pub", "D", "U", "", "asså kortet funkar inte på swish typ alls?? har ungdomskonto <<acct:swedbank8:dot>> snälla hjälp ska betala bion m kompisar kl 19 😭😭"),
    ("sv", "priv", "D", "N", "", "Hej. Jag vill ge min mamma Ingrid en fullmakt så att jag kan betala hennes räkningar. Hennes personnummer är <<pn:long-space:1934-1942>>. Hon klarar inte att ta sig till kontoret, kan någon komma hem till henne eller kan ni skicka papperen?"),
    ("sv", "priv", "I", "U", "", "Hej Petra, tack för samtalet i morse. Här är kontot som ersättningen för vattenskadan ska in på: <<acct:seb:space>>. Skadenummer S-2026-004417. Hantverkaren vill ha betalt senast den 15:e, annars stoppar han arbetet."),
    ("sv", "priv", "C", "N", "", "Hej Elin! Jag har fått det nya kortet men det gamla, <<card:visa:da>>, ligger kvar i Apple Pay. Ska jag ta bort det själv eller försvinner det automatiskt?"),
    ("sv", "pub", "D", "N", "", "Säljer min gamla barncykel om nån här vill ha den, 300 kr, swisha till <<rmob:dash>> så kan ni hämta i Bagarmossen 🚲"),
    ("sv", "priv", "D", "N", "", "Hej, fakturan från vår idrottsförening ska betalas till bankgiro <<bg:7>>, OCR 4410293387002. Men i ert system står det fel mottagare, Fröviks IF heter vi. Kan ni kolla upp det?"),
    ("sv", "priv", "D", "U", "", "Min lön på 28 400 kr kom inte in idag. Arbetsgivaren säger att de har skickat den till <<acct:nordea:dash>> och det är mitt konto. Hyran dras i morgon bitti, vad gör jag?"),
    ("sv", "pub", "D", "A", "", "Hur svårt kan det vara?! Jag har skrivit från <<email:kjell.ahlgren@example.se>> till kundservice@demobanken.example tre gånger på två veckor. Inget svar. Ni är ett skämt."),
    ("sv", "priv", "D", "N", "", "Jag är 86 år och har ingen mobiltelefon. Ring mig hellre på <<land:08:dash>> efter klockan tio på förmiddagen. Det gäller min sparränta.\nVänliga hälsningar\nBengt Holmgren"),
    ("sv", "priv", "D", "U", "", "Jag har blivit lurad på Blocket. Swishade 3 200 kr till <<rmob:plain>> för en barnvagn som aldrig kom och nu svarar personen inte. Kan ni stoppa betalningen eller få tillbaka pengarna?"),
    ("sv", "priv", "D", "N", "", "Hej, jag har flyttat till Alicante och vill att räntan på sparkontot betalas ut till mitt spanska konto <<iban:ES:c>>. Går det? Jag är utvandrad sedan 1 juli."),
    ("sv", "pub", "C", "N", "", "Hej Robin, tack för hjälpen igår! Kortet <<card:mc2:sp>> funkar igen, köpte precis kaffe med det ☕"),
    ("sv", "priv", "D", "U", "", "BankID slutade funka när jag bytte telefon och jag MÅSTE signera köpekontraktet för lägenheten före fredag. Pnr <<pn:short-plain>>, nås på <<mob:spaced>>. Snälla hör av er idag."),
    ("sv", "priv", "D", "N", "", "Hej! Vår bostadsrättsförening Brf Lärkan har plusgiro <<pg:8:plain>> hos en annan bank. Kan vi flytta det till er och behålla numret?"),
    ("sv", "pub", "D", "U", "", "Är det driftstörning? Kommer inte in i appen sen 07.30 och räkningen på 4 125 kr förfaller idag. Kontonr <<acct:ica:dash>> om det hjälper er att kolla."),
    ("sv", "priv", "D", "U", "", "Hallå, ja har fått ett sms om att mitt kort e spärrat å att ja ska ringa 0771-10 10 10. E de äkta eller e de bedragare? Kortet slutar på 4471. Ja heter Mats, ring mig på <<land:040:dash>> om ni kan."),
    ("sv", "priv", "D", "N", "", "Hej. Jag heter Amina. Jag behöver hjälp för min man Yusuf, han har samordningsnummer <<sn:long-plain>>. Han är i Mogadishu nu och kommer tillbaka i oktober. Kan han få BankID när han kommer eller måste han gå till kontoret?"),
    ("sv", "pub", "D", "U", "", "Snälla hjälp, min mammas plånbok blev stulen på tåget till Uppsala. Hennes kort <<card:visa:no>> står på ett gammalt kvitto jag har. Hon är 91 och fattar inte appen, hur spärrar vi det?"),
    ("sv", "priv", "D", "N", "", "Hej, jag har fått ett IBAN av min hyresvärd för depositionen: <<iban:SE:l>>. Det är skrivet med små bokstäver, gör det något när jag lägger in det?"),
    ("sv", "priv", "D", "U", "", "Jag gick i pension 1 mars men ingen tjänstepension har kommit. Personnummer <<pn:long-dash:1960-1961>>. Jag har inte råd att vänta en månad till, vem kan hjälpa mig?"),
    ("sv", "priv", "D", "N", "", "Hej! Faktureringsuppgifter för vårt bolag: Norrlandsbygg AB, org.nr <<org:plain>>, Storgatan 12, 941 31 Piteå. Skicka fakturan för terminalhyran dit, tack."),
    ("sv", "pub", "I", "N", "", "Ring mig gärna på <<mob:paren>> om barnförsäkringen, jag hinner inte sitta i telefonkö på dagtid. /Lotta"),
    ("sv", "priv", "D", "U", "", "Min hyresvärd påstår att hyran inte har kommit fram. Jag betalade 9 850 kr till hans konto <<acct:swedbank7:dash>> den 28:e och har kvittot. Han hotar med att säga upp mig. Kan ni se vart pengarna tagit vägen?"),
    ("sv", "priv", "D", "U", "", "Hej igen, fortfarande inget svar sedan i fredags. Min dotter har personnummer <<pn:short-space:2008-2010>> och hon behöver sitt nya kort innan hon åker på språkresa 12 juni. Vad händer??"),
    ("sv", "pub", "D", "A", "staff_named,harassment", "Johan Berg på ert kontor i Västerås vägrade hjälpa min mamma med dödsboet. Här är hans privata nummer: <<rmob:dash>>. Ring honom och säg vad ni tycker, alla!"),
    ("sv", "pub", "D", "A", "harassment", "@Kenneth Lund du som tycker banken är så jävla bra, här är ditt nummer <<rmob:spaced>>. Ring honom folk, han gillar att prata 😂"),
    ("sv", "priv", "D", "U", "", "Ni skickade det nya kortet till min gamla adress i Luleå. I formuläret hade jag tydligen skrivit kortnumret <<typo@mc>>, men det rätta på det gamla kortet är <<card:mc:da@mc>>. Kan ni spärra det som skickades? Jag är orolig att någon tar det."),
    ("sv", "priv", "D", "N", "", "Hej, jag är kassör i Hembygdsföreningen Gläntan, org.nr <<org:16:802>>. Vi behöver byta firmatecknare efter årsmötet den 12 april. Vilka papper vill ni ha?"),
    ("sv", "priv", "I", "U", "", "Hej, jag fick avslag på min reseskadeanmälan. Jag bifogar kvittona igen. Ersättningen ska till <<acct:swedbank8:plain>>. Jag har lagt ut 11 900 kr för hemresan och har knappt pengar till mat."),
    ("sv", "pub", "D", "N", "", "Hittade ett reskort på 4:ans buss i morse. Det står Eva på fodralet och ett nummer på en lapp, <<mob:intl>>. Kan ni hjälpa henne att få tillbaka det?"),
    ("sv", "priv", "D", "U", "", "Pengarna från försäljningen av sommarstugan skulle in på <<iban:SE:c>> men de har inte kommit. Köparen säger att de skickade 1,2 miljoner i fredags!!"),

    # ------------------------------------------------------------------ personal data, English
    ("en", "priv", "D", "U", "", "Hi, I'm an exchange student from Valencia. My coordination number is <<sn:long-dash>>. The ATM at Centralen swallowed my card and my rent of 6,200 kr is due Friday. What do I do?"),
    ("en", "pub", "D", "N", "", "Can my salary be paid into my UK account? IBAN <<iban:GB:g>>. I start at the Gothenburg office on 1 June and haven't opened a Swedish account yet."),
    ("en", "priv", "D", "N", "", "Hello, please update my phone number to <<mob:intl-compact>> and my email to <<email:priya.raman@example.se>>. Thanks! Priya"),
    ("en", "priv", "D", "U", "", "Someone called pretending to be from your fraud team and I gave them my card number <<card:mc:sp>>. 22,000 SEK is gone. Police report number is 5000-K123456-26. Please tell me you can get it back."),
    ("en", "priv", "D", "N", "", "Hi! Dual citizen here, moving to Copenhagen next month. Can my pension be paid into <<iban:DK:g>>? My personnummer is <<pn:long-dash:1958-1962>>."),
    ("en", "pub", "D", "N", "", "Where do I send the documents for my late father's estate? Case ref 20260402-0113. Best reached on <<rmob:intl>>, thanks."),
    ("en", "priv", "D", "U", "", "I swished 6,000 kr to the wrong number, <<rmob:dash>>, instead of my brother's <<rmob:spaced>>. Typed it in a hurry. Can you reverse it? That's my whole deposit for the flat."),
    ("en", "priv", "D", "N", "", "We run a small café in Malmö, Fika & Co AB, org no <<org:dash>>. We'd like two card terminals. Our bankgiro is <<bg:8>> if you need it for the invoice."),
    ("en", "priv", "D", "U", "", "My salary from my Finnish employer to <<iban:FI:g>> bounced back to them, they say your side rejected it. Rent is due tomorrow."),
    ("en", "pub", "D", "U", "", "My card <<card:amex:sp>> was declined at Arlanda and my flight boards in 40 min!! Please help, nothing works"),
    ("en", "priv", "D", "N", "", "Hi, my travel card got blocked after I reported it lost, but I found it in my other jacket. Can you unblock it? You can reach me at <<email:tom.okafor@example.se>>."),
    ("en", "priv", "C", "U", "", "Sara, as we discussed, the card <<card:visa:da>> still shows three pending charges of 1 140 SEK each that I didn't make. It's been 9 days."),
    ("en", "priv", "D", "N", "", "<<sn:short-space>> is my coordination number. What documents do I need to open a savings account for my daughter?"),
    ("en", "priv", "D", "U", "", "Been trying to call for two hours. Please call me back on <<land:031:intl>>. My mother's account was frozen after she died and the funeral home needs paying."),
    ("en", "priv", "D", "A", "", "I have sent my IBAN <<iban:NO:c>> THREE times. Just pay the refund. This is pathetic and you know it."),
    ("en", "priv", "D", "N", "", "Hi, for the transfer form: my Swedbank account is <<acct:swedbank8:comma>>. Earlier I wrote <<bad:iban:SE:g>> as the IBAN, ignore that one, it was wrong."),
    ("en", "pub", "D", "U", "", "My dad (he's 79) got a text saying his BankID was expiring, called the number and read out his personnummer <<pn:short-dash:1946-1947>>. Is his account at risk??"),
    ("en", "priv", "I", "N", "", "Hi Nora, here's the number for my contractor as you asked: <<rmob:dash>>. He can confirm the date of the water leak."),

    # ------------------------------------------------------------------ code of conduct, Swedish
    ("sv", "pub", "D", "A", "threat", "Om pengarna inte är tillbaka på mitt konto på måndag kommer jag ner till kontoret på Drottninggatan med en kofot. Det är ett löfte."),
    ("sv", "pub", "D", "A", "threat", "Ni kanske ska tänka på att era anställda går hem samma väg varje kväll. Bara så ni vet."),
    ("sv", "priv", "D", "A", "threat,staff_named", "Maria Nilsson, jag har sett dig på parkeringen bakom kontoret. Hon kommer att ångra att hon nekade mitt lån, det kan ni hälsa henne."),
    ("sv", "pub", "D", "A", "threat", "Nån borde tända eld på hela skiten i Kista med alla där inne. Jag skulle inte gråta en tår."),
    ("sv", "pub", "D", "A", "threat,staff_named", "Det är såna som Oskar som får däcken sönderskurna en dag. Han kan tänka på det när han går till bilen ikväll."),
    ("sv", "pub", "I", "A", "threat", "ja ska sk*ta skallen av den som avslog min skadeanmälan. ni har mitt ord"),
    ("sv", "priv", "D", "A", "threat", "om ni inte fixar swish till ikväll kmr ja å grabbarna å hälsar på kontoret i fittja 😈🔪 lovar"),
    ("sv", "pub", "I", "A", "threat,staff_named", "Sista varningen. Betala ut ersättningen, annars får Jonas Ahmadi skylla sig själv. Han vet vad jag menar."),
    ("sv", "priv", "D", "A", "threat", "Jag har köpt två dunkar bensin. Ni har 24 timmar på er att häva spärren på mitt konto."),
    ("sv", "pub", "D", "A", "threat", "Nästa gång en kontrollant tar i mig på pendeln åker kniven fram. Ni är varnade."),
    ("sv", "priv", "D", "A", "threat,harassment", "Du i chatten, jag hittar dig. Du är en värdelös liten råtta och snart vet jag var du bor."),
    ("sv", "priv", "D", "A", "threat,staff_named,harassment", "Har googlat Linnea Gustafsson. Vet att hon bor i Sollentuna och har två ungar på förskolan vid torget. Hon borde vara försiktig."),
    ("sv", "pub", "D", "A", "racism", "Klart det blir fel när ni anställer en massa kackerlackor från Mellanöstern som inte kan räkna. Skicka hem dom allihop."),
    ("sv", "pub", "D", "A", "racism,staff_named,harassment", "Fatima Osman borde åka tillbaka till öknen hon kom ifrån. Hon ska inte handlägga svenska pensioner."),
    ("sv", "pub", "D", "A", "racism,severe_profanity", "t@ttarpacket som sitter och tigger utanför ert kontor i Gävle borde väktarna köra bort, de förstör hela stan"),
    ("sv", "priv", "D", "A", "racism,severe_profanity", "Jag vill inte prata med nån z1gge, ge mig en riktig svensk handläggare."),
    ("sv", "pub", "D", "A", "racism", "Alla somalier är bidragsfuskare. Sluta öppna konton åt dom."),
    ("sv", "pub", "D", "A", "racism,severe_profanity", "Lappjääävlar ska inte få stöd för sina renar på våra skattepengar, och ni lånar ut till dom också"),
    ("sv", "pub", "D", "A", "racism", "Banken har blivit ett moskéfinansieringsbolag. Islam är en pest och muslimer borde inte få bo här."),
    ("sv", "pub", "C", "A", "racism,staff_named,harassment", "Ahmed Karimi och hans terroristkusiner ska inte röra mina pengar. Han hör inte hemma här."),
    ("sv", "pub", "D", "A", "racism,severe_profanity", "svaaartingaaar överallt i kön på kontoret, man tror man är i Afrika"),
    ("sv", "priv", "D", "A", "racism,severe_profanity,harassment", "bror varför jobbar en b@bbe där, hon kan ju inte ens svenska. byt ut henne"),
    ("sv", "pub", "D", "A", "sexism", "Det här är därför man inte ska ha kvinnor som chefer på en bank. Känslostyrda och dumma i huvudet."),
    ("sv", "priv", "D", "A", "sexism", "Kan jag få prata med en man istället? Tjejer fattar inte räntor, det är inget personligt."),
    ("sv", "pub", "D", "A", "sexism,severe_profanity,staff_named,harassment", "Lina i chatten är en jävla s.l.y.n.a som inte borde få röra andras pengar"),
    ("sv", "pub", "I", "A", "sexism", "Kärringarna på skadeavdelningen borde stanna hemma och laga mat istället."),
    ("sv", "priv", "D", "A", "sexism,severe_profanity,staff_named,harassment", "Emma Larsson din hoooora, du har förstört min kreditvärdighet. Hon ska få sparken."),
    ("sv", "pub", "D", "A", "sexism,severe_profanity", "Kvinnliga handläggare = fittstyre. Ingen undrar varför banken går åt helvete."),
    ("sv", "priv", "I", "A", "sexism,staff_named,harassment", "Sofia Berglund har säkert legat sig till sin tjänst. Hon kan ingenting om försäkringar."),
    ("sv", "pub", "D", "A", "sexism", "alla tjejer i kassan e typ bimbos lmao ingen av dom kan räkna växel"),
    ("sv", "pub", "D", "A", "sexism", "Varför får en 25-årig tjej bestämma om min pension? Kvinnor har ingen ordning på pengar, det vet alla."),
    ("sv", "pub", "D", "A", "severe_profanity", "Den här kukappen kraschar VARJE gång jag ska swisha. Fixa den."),
    ("sv", "pub", "D", "A", "severe_profanity", "Ni kan knulla er själva med era nya avgifter."),
    ("sv", "pub", "D", "A", "severe_profanity", "fiiiiittbolag fiiiiittbolag fiiiiittbolag 🤬🤬"),
    ("sv", "pub", "D", "A", "severe_profanity", "k u k h u v u d e n  allihopa, tre veckor för en återbetalning"),
    ("sv", "priv", "D", "A", "severe_profanity", "Va fan håller ni på me, era jävla kuksugare. Ja har väntat sen i måndags å ingen ringer."),
    ("sv", "pub", "D", "A", "severe_profanity", "F-I-T-T-A vad jag hatar er app"),
    ("sv", "pub", "D", "A", "severe_profanity", "Jävla kukpendel, 40 minuter sen igen och ingen info i appen"),
    ("sv", "priv", "D", "A", "severe_profanity,harassment", "Du e en liten kuk, fattar du det? Koppla mig till nån som kan nåt."),
    ("sv", "pub", "D", "A", "harassment", "@Håkan Ström du är så dum i huvet att det gör ont. Gå och lägg dig, gubbjävel."),
    ("sv", "pub", "D", "A", "staff_named", "Johan på Göteborgskontoret är totalt inkompetent. Han borde sparkas idag."),
    ("sv", "pub", "D", "A", "staff_named,harassment", "Oskar Pettersson är ett jävla fån. Hälsa honom det från mig."),
    ("sv", "pub", "D", "A", "staff_named,harassment", "Alex som \"hjälpte\" mig igår är en clown. Hen vet ingenting om bolån och borde inte få svara i telefon."),
    ("sv", "pub", "I", "A", "staff_named", "Mikael Ek avslog min skadeanmälan utan att ens läsa den. Han är en skam för hela branschen och borde inte jobba kvar."),
    ("sv", "pub", "D", "A", "staff_named", "Pratade med Maria igår om dödsboet. Hon var otrevlig, slarvig och helt ointresserad. Hon ska inte jobba med människor i sorg."),
    ("sv", "pub", "I", "A", "staff_named", "Nora på skadeavdelningen, hon med det lila håret som sitter vid fönstret, är helt värdelös. Håll er borta från henne."),
    ("sv", "priv", "D", "A", "staff_named,harassment", "Fatima sa att jag får vänta 8 veckor på besked. Lat och korkad, det är vad hon är."),
    ("sv", "pub", "D", "A", "harassment", "@Birgitta S du är en patetisk gammal tant som försvarar banken gratis. Skaffa ett liv."),
    ("sv", "priv", "D", "N", "harassment", "Hej sötnos i chatten 😍 har du pojkvän? Du får gärna mitt nummer om du vill ses efter jobbet"),
    ("sv", "pub", "D", "A", "harassment", "Alla som läser: skriv till killen i kassan på Kungsgatan varje dag tills han säger upp sig. Han förtjänar det."),
    ("sv", "pub", "D", "A", "racism,harassment", "@Mohammed_A åk hem till ditt sandland istället för att gnälla på svenska banker"),
    ("sv", "pub", "D", "U", "staff_named,harassment", "Kim som handlägger min pension bor på Vasagatan 9 i Borås, det står på Ratsit, så nu vet ni andra också var hen bor. Jag vill bara ha mina pengar, jag orkar inte vänta mer."),
    ("sv", "priv", "D", "U", "staff_named", "Jag har ringt tre gånger och Anna Lindqvist lägger på varje gång hon hör mitt namn. Hon borde inte få jobba här. Jag behöver bara hjälp med mammas konto."),
    ("sv", "pub", "D", "N", "severe_profanity", "Fan vad kuk det var med BankID i morse men nu funkar allt, tack för snabb fix"),

    # ------------------------------------------------------------------ code of conduct, English
    ("en", "pub", "D", "A", "threat", "Keep robbing pensioners and see what happens when one of us snaps. Your branch windows are glass, remember that."),
    ("en", "priv", "D", "A", "threat,staff_named", "I know Sam leaves the Uppsala office at 5. Tell them to watch their back."),
    ("en", "pub", "D", "A", "threat,staff_named", "Somebody should pay a visit to the manager at the Lund branch, Anna Lindqvist. Bring friends. She's there every day till 4."),
    ("en", "pub", "D", "A", "threat,racism,severe_profanity", "Fire every one of those sand monk3ys at your call centre or we'll sort them out ourselves with bats"),
    ("en", "pub", "D", "A", "racism,severe_profanity", "Your call centre is full of ch1nks and g00ks who can't understand a word of English"),
    ("en", "pub", "D", "A", "racism", "Rothschild-owned bank. We all know who really pulls the strings here 🐀✡️"),
    ("en", "priv", "D", "A", "racism,severe_profanity,staff_named,harassment", "tell that sp1c Alex to learn proper english before touching my account again"),
    ("en", "pub", "D", "A", "racism", "Sweden is being replaced and banks like you are helping the invaders. Remigration now, starting with your staff."),
    ("en", "pub", "D", "A", "sexism", "women in finance lol. no wonder my mortgage got messed up, some girl doing it between nail appointments"),
    ("en", "priv", "D", "A", "sexism", "Put a man on the phone. Women at banks just read scripts and start crying the moment you push back."),
    ("en", "priv", "D", "A", "sexism,severe_profanity,harassment", "listen here you dumb b!tch, put me through to your supervisor NOW"),
    ("en", "pub", "I", "A", "sexism,severe_profanity,staff_named,harassment", "Petra at claims is a c*nt and every woman in that department should be fired"),
    ("en", "pub", "D", "A", "severe_profanity", "fvcking useless app, down since 8am and not a word from you"),
    ("en", "priv", "D", "A", "severe_profanity", "Get your sh1t together or go f*** yourselves"),
    ("en", "pub", "D", "A", "severe_profanity", "motherf**kers charged me twice for the same train ticket"),
    ("en", "pub", "D", "A", "severe_profanity", "what the f u c k happened to my savings account"),
    ("en", "pub", "D", "N", "severe_profanity", "Fuck yeah, mortgage approved!!! Thank you team 🏡🎉"),
    ("en", "pub", "D", "A", "severe_profanity,harassment", "@Lisa_K nobody asked you, go suck a d!ck"),
    ("en", "pub", "D", "A", "severe_profanity", "cuuuuunts, the lot of you"),
    ("en", "pub", "D", "A", "staff_named", "Kim, your \"help\" cost me 4,000 kr. They shouldn't be allowed anywhere near customers."),
    ("en", "pub", "D", "A", "staff_named,harassment", "Emma Larsson lied to me on the phone. Remember that name, everyone. Emma Larsson. Make her famous."),
    ("en", "priv", "D", "A", "staff_named,harassment", "Anna L. at your Malmö branch is a spineless little worm and I'll be telling everyone I know."),
    ("en", "pub", "C", "A", "staff_named", "Robin told me my dispute was \"not a priority\". I want Robin fired."),
    ("en", "priv", "D", "N", "harassment", "your voice on the phone yesterday was so sexy 😏 I'd love to hear it in my bed sometime"),
    ("en", "pub", "D", "A", "harassment", "To the guy in the grey suit at the Örebro branch: you're a fat useless slob and everyone laughs at you behind your back"),
    ("en", "pub", "D", "A", "harassment", "lmao look at @MikeJ crying about fees, bet he still lives in his mum's basement, loser"),
    ("en", "pub", "D", "A", "threat,staff_named", "Johan Berg denied my loan. He drives a blue Volvo and parks on level 2. He should start checking under it before he drives home."),

    # ------------------------------------------------------------------ clean, Swedish, angry
    ("sv", "pub", "D", "A", "", "Ni är fan det sämsta bolaget jag haft att göra med. 45 minuter i kö för att få höra att ni \"inte kan se något\". Jag anmäler er till ARN."),
    ("sv", "pub", "D", "A", "", "Värdelösa bank. Appen nere IGEN, andra gången den här veckan. Vad betalar vi avgifter för egentligen?"),
    ("sv", "priv", "D", "A", "", "Jag har pratat med min advokat och vi kommer att driva det här vidare. Ni har tagit 2 400 kr i avgifter som aldrig avtalats. Ärendenummer 20260311-0453."),
    ("sv", "pub", "I", "A", "", "Ni är ett gäng lögnare allihop. Först säger ni att försäkringen gäller, sen att den inte gäller. Skäms."),
    ("sv", "priv", "D", "A", "", "Skit i era automatiska svar, jag vill prata med en människa. Helvete vad trött jag är på er."),
    ("sv", "pub", "D", "A", "", "Aftonbladet kommer att få höra hur ni behandlar pensionärer. Min mamma har väntat sju veckor på sitt pensionsbesked."),
    ("sv", "pub", "D", "A", "", "Tack för ingenting. Tåget stod still i Flemingsberg i en timme och ni har mage att neka förseningsersättning. Jävla cirkus."),
    ("sv", "pub", "D", "A", "", "Bedrägerierna ökar och ni sitter på händerna. Ert \"säkerhetsarbete\" är ett skämt. Jag anmäler er till Finansinspektionen."),
    ("sv", "pub", "D", "A", "", "Som företagare är jag förbannad. Swish Företag låg nere hela lunchrusningen och ni skriver \"vi undersöker\". Jag förlorade minst 6 000 kr idag."),
    ("sv", "pub", "D", "A", "", "Hahaha vilken clownbank 🤡🤡 ni kan inte ens hålla en app uppe"),
    ("sv", "priv", "D", "A", "", "Satan vad ni är dåliga på att svara. 9 dagar sen jag mejlade."),
    ("sv", "pub", "I", "A", "", "Ni tar 4 800 kr om året i premie och när det väl händer något är det \"självrisk\" och \"undantag\". Bedragare, det är vad ni är."),
    ("sv", "pub", "D", "A", "", "Fy fan för er. Ni blockerade mitt kort mitt i semestern på Kreta utan att fråga."),
    ("sv", "pub", "C", "A", "", "Kortbolaget från helvetet. Räntan ni tar borde vara olaglig och jag tänker kontakta Konsumentverket."),

    # ------------------------------------------------------------------ clean, English, angry
    ("en", "pub", "D", "A", "", "Absolute joke of a bank. Third outage this month. Shit service, shit app."),
    ("en", "priv", "D", "A", "", "I've contacted the Financial Ombudsman and my lawyer. You have until Friday to refund the 3,900 kr."),
    ("en", "pub", "D", "A", "", "wtf is wrong with you people, why does every transfer abroad take a week"),
    ("en", "pub", "D", "A", "", "You are thieves, plain and simple. Charging a \"service fee\" on a dead man's account. I'm going to the press."),
    ("en", "pub", "D", "A", "", "Damn useless trains. 50 min delay and your app says \"on time\". Do better."),
    ("en", "pub", "I", "A", "", "Don't bother with this insurer, they'll take your money and deny every claim. Worst company in Sweden."),

    # ------------------------------------------------------------------ clean, Swedish, upset
    ("sv", "pub", "D", "U", "", "Lönen skulle ha kommit igår men syns inte. Har ni problem med överföringarna?"),
    ("sv", "priv", "D", "U", "", "Jag har blivit utelåst från internetbanken efter tre felaktiga försök. Hur lång tid tar det att låsa upp? Jag måste betala hyran senast den 30:e."),
    ("sv", "priv", "D", "U", "", "Min pappa har gått bort och hans konto är fryst. Vi behöver ta ut pengar till begravningen, hur gör vi?"),
    ("sv", "priv", "I", "U", "", "Tredje gången jag skriver om samma sak. Fortfarande inget besked om min skadeanmälan från 2 april."),
    ("sv", "pub", "D", "U", "", "HJÄLP!!! BankID funkar inte och jag måste logga in hos Försäkringskassan innan 12"),
    ("sv", "priv", "D", "U", "", "Jag blev lurad av någon som ringde och sa att de var från banken. De fick mig att godkänna med BankID. 38 000 kr är borta. Jag skäms så."),
    ("sv", "priv", "D", "U", "", "Jag har väntat i fyra veckor på mitt pensionsbesked och har inget att leva på i juni."),
    ("sv", "pub", "D", "U", "", "Kortet slukades av automaten på Storgatan i Umeå och jag är bara på genomresa. Vad gör jag nu?"),
    ("sv", "pub", "D", "U", "", "Mitt reskort drog dubbelt i spärren i morse, 2 x 42 kr. Det är tredje gången den här månaden."),
    ("sv", "priv", "D", "U", "", "Ni har nekat mitt lån utan att förklara varför. Vi har redan lagt bud på huset."),
    ("sv", "priv", "D", "U", "", "Hej, jag har flyttat till Norge och kan inte längre logga in med BankID. Hur ska jag betala mina räkningar i Sverige?"),
    ("sv", "priv", "D", "U", "", "Min mamma på 88 fick ett sms om att hennes konto skulle stängas. Hon klickade på länken. Vad ska vi göra?"),
    ("sv", "pub", "D", "U", "", "Varför är det så svårt att få ett svar? Jag har bara frågat om min pappas bouppteckning."),
    ("sv", "priv", "D", "U", "", "Vi har inte fått några utbetalningar från kortterminalen sedan i torsdags, det rör sig om ungefär 47 000 kr. Vi har löner att betala på fredag."),
    ("sv", "pub", "D", "U", "", "Jag ringde 0771-10 10 10 och satt i kö i en timme innan samtalet bröts. Kan någon ringa mig?"),
    ("sv", "priv", "I", "U", "", "Min bil blev stulen i natt utanför huset i Knivsta. Vad gör jag först? Jag behöver bilen för att ta mig till jobbet."),
    ("sv", "priv", "D", "U", "", "hej, jag är ny i sverige och jag förstår inte brevet från er. det står att konto ska stänga om jag inte skickar papper. vilka papper? snälla"),
    ("sv", "priv", "D", "U", "", "mitt kort funkar inte i mataffären och mamma är utomlands 😭 vad ska jag göra"),
    ("sv", "priv", "D", "U", "", "Ni har dragit 1 299 kr för ett abonnemang som jag sa upp i februari. Jag vill ha tillbaka pengarna."),
    ("sv", "priv", "I", "U", "", "Min sambo dog i januari och jag hittar inte hans försäkringsbrev. Vi var inte gifta, har jag rätt till något?"),
    ("sv", "priv", "D", "U", "", "Vi ska flytta till Portugal nästa vecka men ni har stoppat överföringen av handpenningen. Säljaren väntar."),
    ("sv", "pub", "D", "U", "", "Hur lång tid tar det att få ett nytt kort? Jag har inget annat sätt att betala och det är helg."),
    ("sv", "priv", "D", "U", "", "Jag fick ett brev om att bolånet ska villkorsändras till 4,2 % ränta. Det klarar vi inte. Kan vi prata om amorteringen?"),
    ("sv", "pub", "D", "U", "", "En man vid spärrarna på T-centralen skrek rasistiska saker åt mig och sa att han skulle slå mig. Er personal stod bredvid och gjorde ingenting. Jag vågar inte åka den vägen längre."),
    ("sv", "pub", "D", "U", "", "Någon har skrivit elaka kommentarer om mig under ert inlägg och kallat mig saker jag inte vill upprepa. Kan ni ta bort dem?"),
    ("sv", "priv", "D", "U", "", "Jag har betalat 12 400 kr till fel konto, jag skrev en siffra fel. Mottagaren svarar inte. Går det att få tillbaka pengarna?"),
    ("sv", "pub", "D", "U", "", "Swish säger \"betalningen kunde inte genomföras\" hela tiden. Jag försöker betala min hyra."),
    ("sv", "priv", "D", "U", "", "Jag förstår inte varför min pension har minskat med 1 100 kr i månaden. Ingen har informerat mig."),
    ("sv", "priv", "D", "U", "", "Vi har väntat i sex veckor på att dödsboets konto ska avslutas. Arvskiftet kan inte göras förrän det är klart."),
    ("sv", "priv", "D", "U", "", "Mitt periodkort laddades aldrig och jag fick tilläggsavgift. Kvittot har jag kvar. Hur överklagar jag?"),
    ("sv", "pub", "D", "U", "", "Asså kortet funkar inte i nån automat i hela Majorna, e det nåt fel på era grejer eller? Behöver kontanter till loppisen"),
    ("sv", "priv", "D", "U", "", "Jag är gravid och ska gå på föräldraledighet i höst. Kan jag pausa amorteringen? Jag är orolig för ekonomin."),
    ("sv", "priv", "D", "U", "", "Min son har lånat 40 000 kr via en app utan att vi visste om det. Han är 18. Kan lånet stoppas?"),
    ("sv", "pub", "D", "U", "", "Ni stänger kontoret i Emmaboda? Vart ska alla äldre ta vägen, jag kan inte åka till Växjö varje gång."),
    ("sv", "priv", "D", "U", "", "Jag hittar inte årsbeskedet för mitt ISK och deklarationen ska in senast 4 maj."),
    ("sv", "priv", "D", "U", "", "Fick ett samtal från \"bankens säkerhetsavdelning\" från ett dolt nummer. De visste mitt namn och min adress. Jag lade på men är rädd att de vet mer."),
    ("sv", "priv", "D", "U", "", "Vi har fått avslag på ansökan om företagskonto två gånger utan motivering. Vi är ett nystartat städbolag och kan inte fakturera utan konto."),
    ("sv", "priv", "I", "U", "", "Försäkringen täcker inte vattenskadan eftersom röret var \"för gammalt\". Vi har betalat premie i 19 år. Vad kan vi göra?"),
    ("sv", "priv", "D", "U", "", "Tappade min mobil på Kastrup och därmed BankID. Jag är kvar i Danmark i två veckor till. Hur gör jag?"),
    ("sv", "pub", "D", "U", "", "Mitt kort nekas på nätet sedan uppdateringen till version 8.14.2 av appen. Måste boka tåg idag."),
    ("sv", "priv", "I", "U", "", "Snälla. Jag har inte fått ersättning för cykelstölden fast det har gått 10 veckor. Jag har ingen annan cykel att ta till jobbet."),
    ("sv", "priv", "D", "U", "", "Kommer pengarna fram till Thailand före midsommar om jag skickar på måndag? Min mamma behöver dem till sjukhuset."),
    ("sv", "priv", "C", "U", "", "Jag har fått en faktura på 3 450 kr från er men jag har aldrig haft kreditkort hos er. Har någon använt mitt namn?"),
    ("sv", "priv", "D", "U", "", "Spärrade mitt kort igår för att jag trodde att det var stulet, nu hittade jag det. Kan jag öppna det igen? Ska betala tandläkaren 2 800 kr i morgon."),
    ("sv", "priv", "C", "U", "", "Hej. Det har nu gått 22 dagar sedan ni lovade att återkomma om min reklamation. Jag vill ha ett skriftligt besked."),
    ("sv", "priv", "D", "U", "", "Anna lovade att ringa tillbaka i tisdags men inget har hänt. Den nya bindningstiden på bolånet börjar gälla den 1:a."),
    ("sv", "priv", "D", "U", "", "Min man Kim har fått sitt kort spärrat och han är i Japan på jobb. Han har inga andra kort. Kan ni ringa honom?"),
    ("sv", "pub", "D", "U", "", "Varför har sparräntan sänkts till 0,75 % utan att ni meddelat något? Jag har 300 000 kr där."),
    ("sv", "pub", "D", "U", "", "Min dotter på 12 blev avvisad från bussen för att hennes kort inte fungerade, i regnet, 3 km hemifrån. Jag vill veta hur det kan hända."),
    ("sv", "pub", "D", "U", "", "Går det att betala räkningar alls idag? Både appen och webben säger \"tekniskt fel\" och förfallodagen är idag."),

    # ------------------------------------------------------------------ clean, English, upset
    ("en", "pub", "D", "U", "", "My salary hasn't arrived and it's the 25th. Is there a problem with incoming payments today?"),
    ("en", "priv", "D", "U", "", "I'm locked out of BankID after changing phones and I'm stuck in Thailand. How can I pay my rent?"),
    ("en", "priv", "I", "U", "", "Third time writing. Still no decision on my claim from March. I just need to know whether to repair the car or not."),
    ("en", "priv", "D", "U", "", "I got scammed on Marketplace, paid 4,500 kr by Swish for a phone that never came. Is there anything you can do?"),
    ("en", "priv", "D", "U", "", "My card was skimmed in Barcelona. Eight transactions I didn't make. I'm scared to use any card now."),
    ("en", "priv", "D", "U", "", "Moving back to Canada next month. What happens to my ISK and my pension savings? I can't find anything clear on your site."),
    ("en", "priv", "D", "U", "", "My grandmother passed away and we can't access her account to pay for the funeral. Who do I talk to?"),
    ("en", "pub", "D", "U", "", "The app keeps crashing on login since yesterday's update (v8.14.2). I need to approve a payment to my landlord today."),
    ("en", "pub", "D", "U", "", "Travel card was charged twice at Odenplan this morning, and yesterday too. Small amounts but it adds up."),
    ("en", "priv", "D", "U", "", "I don't speak Swedish well and your letters are only in Swedish. I don't know if I have to pay something or not. Please help."),
    ("en", "pub", "D", "U", "", "A man on the tram harassed me and said disgusting things about women. The driver saw it and did nothing. I don't feel safe on line 7 anymore."),
    ("en", "pub", "D", "U", "", "Our shop's card terminal has been offline since 10 am, we're losing sales every hour. Ticket ref 20260514-2297."),
    ("en", "priv", "D", "U", "", "My loan application has been \"in progress\" for 19 days. The seller won't wait forever."),
    ("en", "priv", "D", "U", "", "Why was my account frozen? I just received money from my sister in Nigeria for my tuition."),
    ("en", "pub", "D", "U", "", "I've been on hold for 70 minutes. I just need someone to confirm my card is cancelled after it was stolen."),
    ("en", "priv", "D", "U", "", "my son Oskar is 15 and his card got blocked after he bought a game online. he's on a school trip to Scunthorpe and has no money"),
    ("en", "priv", "I", "U", "", "The insurance payout for the burglary was 8,000 kr less than agreed. Nobody explains why."),
    ("en", "priv", "D", "U", "", "I lost my job and can't pay this month's loan instalment. Can I postpone it without it hurting my credit?"),
    ("en", "priv", "D", "U", "", "Swish says my number is registered with another bank, but I've never used another bank. Is someone using my identity?"),
    ("en", "priv", "C", "U", "", "Flight cancelled, hotel refused to refund. I paid with your card. Am I covered? Already 6 weeks without answers."),
    ("en", "priv", "D", "U", "", "A website asked me to \"verify\" my card and rejected <<bad:card:mc:da>> as invalid. I think I typed it wrong. Should I block the card anyway?"),

    # ------------------------------------------------------------------ clean, Swedish, neutral
    ("sv", "pub", "D", "N", "", "Hej! Vilka öppettider har kontoret i Oskarshamn i sommar?"),
    ("sv", "pub", "D", "N", "", "Hur aktiverar jag ett bankgiro för min enskilda firma?"),
    ("sv", "pub", "D", "N", "", "Tack Johan för hjälpen med bolånet igår, allt är klart nu!"),
    ("sv", "pub", "I", "N", "", "Vad täcker hemförsäkringen om jag hyr ut min lägenhet i andra hand?"),
    ("sv", "pub", "D", "N", "", "Ja men fan vad smidigt det blev med nya appen, bra jobbat 👏"),
    ("sv", "pub", "D", "N", "", "Jävligt bra service i chatten idag, Lina löste allt på fem minuter"),
    ("sv", "pub", "D", "N", "", "Kan man ha BankID på två telefoner samtidigt?"),
    ("sv", "pub", "D", "N", "", "Vad är skillnaden mellan ISK och kapitalförsäkring för ett barnsparande?"),
    ("sv", "priv", "D", "N", "", "Hur gör jag för att flytta tjänstepensionen från min gamla arbetsgivares bolag?"),
    ("sv", "pub", "D", "N", "", "Vi ska till Kukkolaforsen och sen över gränsen till Torneå. Behöver vi växla till euro eller går kortet bra?"),
    ("sv", "priv", "D", "N", "", "Min dotter heter Emma och fyller 18 i juli. Kan hon öppna eget konto då eller måste jag följa med?"),
    ("sv", "pub", "D", "N", "", "Har ni några tips på hur man känner igen bedrägerimejl? Min granne fick ett som såg ut att komma från er."),
    ("sv", "pub", "D", "N", "", "Köpte en kuksa på marknaden i Jokkmokk och kortet drogs två gånger, men nu syns bara 349 kr en gång. Var det en reservation?"),
    ("sv", "pub", "D", "N", "", "Gäller ungdomsrabatten på reskortet tills man fyller 20 eller 19?"),
    ("sv", "pub", "D", "N", "", "Hej, jag bor i Fittja och undrar om det finns någon bankomat i närheten nu när kontoret har stängt?"),
    ("sv", "pub", "D", "N", "", "Vilka dokument behövs för att öppna ett konto till en förening?"),
    ("sv", "priv", "D", "N", "", "Fick ett mejl från \"Bolagsverket\" med org.nr <<bad:org:dash>>, som inte stämmer med vårt. Ser ut som nätfiske, så jag vidarebefordrar det till er."),
    ("sv", "priv", "D", "N", "", "Tack Fatima Osman för att du tog dig tid att förklara bouppteckningen så noga. Det betydde mycket."),
    ("sv", "priv", "D", "N", "", "Vad händer med bolånet om vi flyttar utomlands i två år för jobb? Vi vill behålla huset."),
    ("sv", "pub", "D", "N", "", "När kommer nästa version av appen? Jag har 8.13.0 och hittar inte funktionen för kvartalsrapport."),
    ("sv", "priv", "D", "N", "", "Min bror Sam hjälper mig med ekonomin. Kan han få se mina konton utan fullmakt?"),
    ("sv", "pub", "D", "N", "", "Har ni öppet på Kristi himmelsfärdsdag?"),
    ("sv", "pub", "D", "N", "", "Jag gör en analys av mina utgifter, går det att exportera transaktionerna till Excel?"),
    ("sv", "pub", "D", "N", "", "Hur mycket kan man låna till en bastu i trädgården? Tänkte på ett privatlån på runt 80 000."),
    ("sv", "pub", "D", "N", "", "Sålde min Samsung och vill aktivera BankID på nya iPhonen. Måste jag beställa ett nytt?"),
    ("sv", "pub", "D", "N", "", "Hur lång tid tar en utlandsbetalning till Niger? Vi skickar pengar till en skola där varje termin."),
    ("sv", "priv", "D", "N", "", "Rolig grej: min man heter Johan Berg, precis som en av era rådgivare 😅 Kan ni lägga till honom som medlåntagare på vårt bolån?"),
    ("sv", "pub", "D", "N", "", "Testade nya funktionen för sparmål, riktigt smidig och bombsäker inloggning. Ett tips: låt oss välja egna ikoner."),
    ("sv", "pub", "D", "N", "", "Har ni slutat med checkar helt? Min farmor hittade en gammal check från 90-talet, nummer 4411 0932 7781 2265 längst ner."),
    ("sv", "priv", "D", "N", "", "Vad händer vid slutbetalningen av billånet, får jag ett brev?"),
    ("sv", "pub", "D", "N", "", "Tack till busschauffören på linje 4 mot Sexdrega som väntade på mig i morse ❤️"),
    ("sv", "pub", "D", "N", "", "Hej! Länken till fullmaktsblanketten på er hemsida går till en 404-sida."),
    ("sv", "priv", "D", "N", "", "Hur länge sparas kontoutdrag? Jag behöver ett från 2019 till CSN."),
    ("sv", "priv", "D", "N", "", "Fick kontonumret <<bad:acct:handelsbanken:comma>> av en säljare på Tradera men appen säger att det är ogiltigt. Hur kan det komma sig?"),
    ("sv", "priv", "D", "N", "", "Jag har ett ärende hos er, ärendenummer 20260407-3311. Ville bara höra om ni behöver mer underlag."),
    ("sv", "priv", "D", "N", "", "Jag skrev fel personnummer i låneansökan, <<bad:pn:short-dash>>, och fick ett felmeddelande. Behöver jag göra om hela ansökan?"),
    ("sv", "pub", "D", "N", "", "Mitt kort som slutar på 8812 går ut 09/26. Skickas ett nytt automatiskt?"),
    ("sv", "pub", "D", "N", "", "Hej! Ville bara säga att min mamma Maria blev så glad när ni ringde henne på hennes 90-årsdag 🎂"),
    ("sv", "pub", "D", "N", "", "Vad är räntan på sparkontot nu? Det står 2,35 % på hemsidan men 2,10 % i appen."),
    ("sv", "pub", "D", "N", "", "Vi är ett handelsbolag med tre delägare. Kan alla tre ha BankID för företaget?"),
    ("sv", "pub", "D", "N", "", "Hej, det är ett stavfel på skylten vid kontoret i Höör 😄 \"Oppettider\""),
    ("sv", "pub", "C", "N", "", "Funkar Apple Pay med ert Mastercard nu?"),
    ("sv", "priv", "D", "N", "", "Vad händer med min pension om jag flyttar till Thailand? Jag går i pension 2027."),
    ("sv", "pub", "D", "N", "", "Tack Alex! Du fick mig att förstå amorteringskravet äntligen."),
    ("sv", "pub", "D", "N", "", "Hur många dagar har man på sig att ångra ett lån?"),
    ("sv", "priv", "D", "N", "", "Vi fick en faktura med bankgiro <<bad:bg:8>> men appen säger att numret är ogiltigt. Kan ni kolla om det är bedrägeri?"),
    ("sv", "pub", "D", "N", "", "Är det här rätt nummer till spärrtjänsten: 08-555 100 00? Eller ska man ringa +46 771 10 10 10 från utlandet?"),
    ("sv", "pub", "D", "N", "", "Min son ska sommarjobba på shiitakeodlingen utanför Ystad. Kan han få ett ungdomskonto med kort innan dess?"),

    # ------------------------------------------------------------------ clean, English, neutral
    ("en", "pub", "D", "N", "", "What are your opening hours at the Gothenburg branch over midsummer?"),
    ("en", "pub", "D", "N", "", "Thanks Maria Nilsson for sorting out my ISK transfer so quickly, really appreciated!"),
    ("en", "pub", "D", "N", "", "Holy crap, that was fast. Card arrived in two days, and the new savings goals are a killer feature. Thanks!"),
    ("en", "pub", "D", "N", "", "Is there a fee for using my card in Norway?"),
    ("en", "priv", "D", "N", "", "How do I add my wife as a co-signer on our mortgage? Her name's Linnea, same as one of your staff haha"),
    ("en", "priv", "D", "N", "", "Is it possible to get statements in English? I'm a researcher at Lund doing a cost analysis for my grant."),
    ("en", "pub", "I", "N", "", "Quick question: does home insurance cover a cocktail party gone wrong? Someone spilled red wine on the landlord's sofa 😅"),
    ("en", "priv", "D", "N", "", "Can I open an account with an LMA card, or do I need a personnummer first?"),
    ("en", "priv", "D", "N", "", "My husband Alex and I want a joint savings account. Can we do it online?"),
    ("en", "priv", "D", "N", "", "Funny thing, my name is Kim too and I keep getting e-mails meant for your staff member Kim. Maybe check your mailing list?"),
    ("en", "priv", "D", "N", "", "Hi, which documents do you need from me as executor of my aunt's estate? She banked with you for 40 years."),
    ("en", "pub", "D", "N", "", "Is it safe to use your app on a rooted Android phone? Version 8.14.2 says \"unsupported device\"."),
    ("en", "pub", "D", "N", "", "Does the travel card work on the airport buses too?"),
    ("en", "priv", "D", "N", "", "We're moving to Spain in October. The Spanish bank gave us <<bad:iban:ES:g>> but your app says the IBAN is invalid. Did they give us the wrong one?"),
    ("en", "pub", "D", "N", "", "Spent a week in Essex and Sussex and the card worked everywhere, good job 👍"),
    ("en", "pub", "D", "N", "", "The branch in Skövde was spic and span today and the staff were lovely. Just wanted to say that."),
    ("en", "pub", "D", "N", "", "Reading Moby-Dick on the 7:40 when the card reader beeped twice. Was I charged twice or is that just the sound?"),
    ("en", "pub", "D", "N", "", "How does the Swish limit work for businesses? We run a small bakery and customers sometimes pay 3,000 kr+ for wedding cakes."),
]

KIND = {"pn": "personnummer", "sn": "samordningsnummer", "org": "organisationsnummer",
        "acct": "bank_account", "bg": "bankgiro", "pg": "plusgiro", "card": "card_number",
        "iban": "iban", "mob": "phone", "rmob": "phone", "land": "phone", "email": "email"}
SEP = {"sp": " ", "da": "-", "no": ""}


def _years(args, i):
    if len(args) > i:
        a, b = args[i].split("-")
        return (int(a), int(b))
    return (1940, 2006)


def generate(kind, args):
    if kind == "pn":
        if args[0] == "plus":
            return gn.pin("plus")
        return gn.pin(args[0], _years(args, 1))
    if kind == "sn":
        return gn.coord(args[0])
    if kind == "org":
        prefix = args[1] if len(args) > 1 else "55"
        return gn.orgnr(prefix, args[0])
    if kind == "acct":
        return gn.account(args[0], args[1] if len(args) > 1 else None)
    if kind == "bg":
        return gn.bankgiro(int(args[0]))
    if kind == "pg":
        return gn.plusgiro(int(args[0]), args[1])
    if kind == "card":
        return gn.card(args[0], SEP[args[1]])
    if kind == "iban":
        mode = args[1]
        return gn.iban(args[0], grouped=mode in ("g", "l"), lower=mode in ("l", "lc"))
    if kind == "mob":
        return gn.fict_mobile(args[0])
    if kind == "rmob":
        return gn.rand_mobile(args[0])
    if kind == "land":
        return gn.fict_land(args[0], args[1])
    if kind == "email":
        return args[0]
    raise ValueError(kind)


def typo(value):
    """Change one of the last four digits: fails Luhn, mod 10, mod 11 and mod 97 alike."""
    pos = [i for i, c in enumerate(value) if c.isdigit()][-4:]
    i = gn.RNG.choice(pos)
    new = str((int(value[i]) + gn.RNG.randint(1, 9)) % 10)
    return value[:i] + new + value[i + 1:]


def bad(kind, args):
    v = generate(kind, args)
    if kind == "iban":
        return gn.bad_iban(v.upper()) if args[1] in ("g", "c") else gn.bad_iban(v.upper()).lower()
    return gn.bad_check(v)


PH = re.compile(r"<<([^<>]+)>>")


# ---------------------------------------------------------------- checks on unlabelled numbers

def luhn_ok(digits):
    return gn.luhn_digit(digits[:-1]) == digits[-1]


def _date_ok(yy_or_yyyy, mm, dd):
    for y in ([int(yy_or_yyyy)] if len(yy_or_yyyy) == 4 else [1900 + int(yy_or_yyyy), 2000 + int(yy_or_yyyy)]):
        for d in (dd, dd - 60):
            try:
                datetime.date(y, mm, d)
                return True
            except ValueError:
                pass
    return False


def suspicious(text):
    """Unlabelled numbers that would pass a check (should be none)."""
    out = []
    for m in re.finditer(r"(?<![\d-])(\d{2}|\d{4})(\d{2})(\d{2})[-+ ]?(\d{4})(?![\d-])", text):
        ten = (m.group(1)[-2:] + m.group(2) + m.group(3) + m.group(4))
        if _date_ok(m.group(1), int(m.group(2)), int(m.group(3))) and luhn_ok(ten):
            out.append(("identity", m.group(0)))
    for m in re.finditer(r"(?<![\d-])\d{6}-\d{4}(?![\d-])", text):
        d = m.group(0).replace("-", "")
        if int(d[2]) >= 2 and luhn_ok(d):
            out.append(("orgnr", m.group(0)))
    for m in re.finditer(r"(?<![\d])\d[\d -]{11,22}\d(?![\d])", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            out.append(("card", m.group(0)))
    for m in re.finditer(r"(?<![\d-])\d{3,4}-\d{4}(?![\d-])", text):
        d = m.group(0).replace("-", "")
        if luhn_ok(d):
            out.append(("bankgiro", m.group(0)))
    for m in re.finditer(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?", text):
        s = re.sub(r"\s", "", m.group(0)).upper()
        if len(s) >= 15 and gn._mod97(s[4:] + s[:4]) == 1:
            out.append(("iban", m.group(0)))
    return out


def build():
    rows = []
    tags = {}
    for lang, vis, d, tone, mods, text in POSTS:
        pii = []
        pending = []

        def sub(m):
            spec = m.group(1)
            tag = None
            if "@" in spec and not spec.startswith("email:"):
                spec, tag = spec.split("@")
            if spec == "typo":
                pending.append(tag)
                return "\x00" + tag + "\x00"
            parts = spec.split(":")
            if parts[0] == "bad":
                return bad(parts[1], parts[2:])
            if parts[0] == "email":
                value = spec[len("email:"):]
            else:
                value = generate(parts[0], parts[1:])
            if tag:
                tags[tag] = value
            pii.append({"kind": KIND[parts[0]], "text": value})
            return value

        out = PH.sub(sub, text)
        for tag in pending:
            out = out.replace("\x00" + tag + "\x00", typo(tags[tag]))
        rows.append(dict(lang=lang, visibility={"pub": "public", "priv": "private"}[vis],
                         staff_names=DIRS[d], text=out, pii=pii,
                         moderation=[c for c in ORDER if c in mods.split(",")],
                         tone={"A": "angry", "U": "upset", "N": "neutral"}[tone]))
        assert set(mods.split(",")) - {""} <= set(ORDER), mods

    errors = []
    for r in rows:
        blank = r["text"]
        for item in r["pii"]:
            if r["text"].count(item["text"]) != 1:
                errors.append(("not exactly once", item["text"], r["text"][:60]))
            blank = blank.replace(item["text"], " " * len(item["text"]))
        for s in suspicious(blank):
            errors.append(("unlabelled number passes a check", s, r["text"][:60]))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    shuf = random.Random(20260522)
    out = []
    for lang in ("sv", "en"):
        group = [r for r in rows if r["lang"] == lang]
        shuf.shuffle(group)
        for i, r in enumerate(group, 1):
            out.append({"id": f"h2-{lang}-{i:03d}", **r})
    keys = ["id", "lang", "visibility", "staff_names", "text", "pii", "moderation", "tone"]
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} posts to {HERE / 'posts.jsonl'}")


if __name__ == "__main__":
    build()
