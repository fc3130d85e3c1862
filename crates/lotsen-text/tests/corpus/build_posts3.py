#!/usr/bin/env python3
"""Build posts-3.jsonl, the third development set of the text guard.

Content warning: the posts below contain threats, racist and sexist slurs and obscenities,
because a moderation classifier cannot be measured without them.

The posts are written inline. Each call gives the visibility ("pub"/"pri"), the moderation
categories as letters (T threat, R racism, S sexism, P severe_profanity, N staff_named,
H harassment; "" for none), the tone ("a" angry, "u" upset, "n" neutral) and the text.
Labelled personal data is written inline as [[kind|text]]; the numbers come from
../heldout/gen_numbers.py, reseeded so that they differ from the earlier sets, and numbers
already used in posts.jsonl, posts-2.jsonl or the held-out set are excluded.

The script is deterministic: it shuffles the posts with a fixed seed, numbers them
d3-sv-001.. and d3-en-001.. and writes posts-3.jsonl next to this file.

    python3 crates/lotsen-text/tests/corpus/build_posts3.py
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
import gen_numbers as G  # noqa: E402

# Fresh numbers: reseed, and exclude every number used in the earlier labelled sets.
G.RNG.seed(3_2026_0403)
for _f in [HERE / "posts.jsonl", HERE / "posts-2.jsonl", HERE.parent / "heldout" / "posts.jsonl"]:
    for _line in _f.read_text(encoding="utf-8").splitlines():
        for _item in json.loads(_line)["pii"]:
            _d = re.sub(r"\D", "", _item["text"])
            G._used.add(_d)
            if _item["kind"] == "phone":
                _t = _item["text"].replace("(0)", "")
                _n = re.sub(r"\D", "", _t)
                if _t.startswith("+46"):
                    _n = "0" + _n[2:]
                elif _t.startswith("0046"):
                    _n = "0" + _n[4:]
                for _series, _head in (("070", "07017406"), ("08", "08465004"), ("031", "03139006"),
                                       ("040", "04062804"), ("0980", "09803192")):
                    if _n.startswith(_head) and len(_n) == len(_head) + 2:
                        G._phone_xx[_series].add(_n[-2:])

DEMO = ["Anna Lindqvist", "Johan Berg", "Maria Nilsson", "Linnea Gustafsson", "Lina", "Oskar Pettersson",
        "Alex", "Fatima Osman", "Sam", "Emma Larsson", "Kim"]
INS = ["Karin Holm", "Petra", "Mikael Ek", "Jonas Ahmadi", "Jonas", "Sofia Berglund", "Nora"]
CARD = ["Erik Sandberg", "Elin", "Ahmed Karimi", "Robin", "Sara Lind"]

CATS = {"T": "threat", "R": "racism", "S": "sexism", "P": "severe_profanity", "N": "staff_named",
        "H": "harassment"}
ORDER = ["threat", "racism", "sexism", "severe_profanity", "staff_named", "harassment"]
TONES = {"a": "angry", "u": "upset", "n": "neutral"}
VIS = {"pub": "public", "pri": "private"}

P = []


def L(kind, text):
    return f"[[{kind}|{text}]]"


def _add(lang, vis, mods, tone, text, staff):
    cats = sorted({CATS[c] for c in mods}, key=ORDER.index)
    assert len(cats) == len(mods), mods
    P.append((lang, VIS[vis], staff, text, cats, TONES[tone]))


def S(vis, mods, tone, text, staff=DEMO):
    _add("sv", vis, mods, tone, text, staff)


def E(vis, mods, tone, text, staff=DEMO):
    _add("en", vis, mods, tone, text, staff)


# =====================================================================================
# Swedish: threats (explicit, conditional, veiled, arson/vandalism, weapons, wishing
# harm, inciting others; slang and dialect)
# =====================================================================================
S("pub", "T", "a", "Om pengarna inte är tillbaka till fredag kommer jag och hämtar dem själv. Och jag kommer inte ensam.")
S("pri", "T", "a", "Du ska få se vad som händer nu. Jag har gott om tid och jag glömmer aldrig ett ansikte.")
S("pub", "T", "a", "vi ses utanför när ni stänger ikväll. jag står vid cykelstället, ni kan inte missa mig")
S("pri", "TN", "a", "Säg åt Johan Berg att han ska se sig för på parkeringen. Grå Passat med takbox, eller hur?")
S("pub", "T", "a", "En molotov genom rutan och ni kanske börjar lyssna. Bara en tanke till ledningen.")
S("pub", "T", "a", "ja ska slå däj gul å blå om ja får tag i nån av er på kontoret i Ystad. ente mycket tålamod kvar nu")
S("pri", "T", "a", "svär på min mamma att jag kommer slå sönder hela ert kontor med en slägga imorgon bitti")
S("pub", "T", "a", "Punkterade däck, repad lack, krossad vindruta... sånt händer ju folk som jobbar på bank nuförtiden. Tänk på det, ni på kontoret i Gävle.")
S("pri", "TH", "a", "Du i chatten, ditt lilla pucko. Jag tar reda på vad du heter och sen knackar jag på hemma hos dig.")
S("pub", "T", "a", "Hoppas hela ert huvudkontor rasar ihop en måndag morgon när alla sitter på plats.")
S("pub", "T", "a", "Walla bror, stänger ni mitt konto en gång till så blir det pang pang. Inget skämt.")
S("pri", "T", "a", "jag e så nära att komma ner dit med kniven nu. ett enda sms till om 'handläggningstid' så gör jag det")
S("pub", "TNH", "a", "Alla som är trötta på Oskar Pettersson: han tar pendeln från Tumba 07.40 varje morgon, sista vagnen. Gör vad ni vill med den infon.")
S("pri", "TN", "a", "Fatima, jag vet vilken förskola dina barn går på. Godkänn lånet nu så slipper vi det här.")
S("pri", "T", "a", "Man vet aldrig vad som kan hända en bankdirektör på väg hem en mörk kväll. Olyckor sker ju hela tiden.")
S("pub", "T", "a", "Den dagen jag blir av med huset kommer jag till er. Med en bensindunk. Kom ihåg var ni läste det först.")
S("pub", "T", "a", "int länge till nu innan nån tar saken i egna händer mot er. ja har pratat med grabbarna i byn å vi e många")
S("pri", "T", "a", "Handläggaren som nekade mig ska få ångra sig. Hon kommer aldrig kunna gå till jobbet lugnt igen.")
S("pub", "T", "a", "🔪🔪🔪 nu räcker det. Ses på kontoret imorn, ni vet vem jag är.")
S("pub", "T", "a", "Det enda språk ni förstår är våld. Kanske dags att vi börjar prata det med er.")
S("pri", "T", "a", "Sprayar ner hela er entré i natt och slår sönder bankomaten. Sen får vi se vem som skrattar.")
S("pub", "TN", "a", "Kim, jag har sett var du låser cykeln. Vore synd om den försvann. Och du med.")
S("pub", "TRP", "a", "Ni och era blattar i kundtjänst ska få det hett om öronen. Vi är många som tänker dyka upp på lördag.")
S("pri", "TH", "a", "om jag ser dig på stan din lilla mes så ska du få smaka asfalt")
S("pri", "TP", "a", "Betala ut skadan eller så kommer jag dit och gör kuksugande krymplingar av er allihop.", INS)
S("pub", "T", "a", "Ställ upp hela styrelsen mot en vägg, säger jag. Ingen skulle sakna dem.")
S("pri", "TN", "a", "Elin, du satt i receptionen på kortcentralen i tisdags i blå jacka. Jag var där. Nästa gång pratar vi ansikte mot ansikte och då blir det inte trevligt.", CARD)
S("pub", "T", "a", "Handläggaren på skadeavdelningen kommer få det jobbigt när han går till bilen ikväll. Hälsa honom det.", INS)
S("pri", "T", "a", "Jag har en pistol i byrålådan och en lista med namnen från er chatt. Tänk på det.")
S("pub", "TH", "a", "Folk! Han som försvarar banken i varje tråd, @per_andersson_1972, bor på Storgatan 12 i Piteå och jobbar på Biltema. Ni vet vad ni ska göra.")
S("pri", "T", "a",
  "Hej.\n\nJag har varit kund i 22 år. I mars spärrade ni mitt konto, i april tappade ni bort mina papper och nu i maj vill ni ha dem igen.\n\n"
  "Jag kommer till kontoret på torsdag. Om jag inte får mina pengar då kommer ingen av er att gå hem därifrån på egna ben.")
S("pub", "TS", "a", "Den där feministen som är vd borde få en ordentlig omgång så hon lär sig var hon hör hemma. Kvinnor ska inte styra banker.")
S("pri", "TNH", "a", "Sam din ynkliga lilla nolla, jag har ditt efternamn nu. Vi ses när du minst anar det.")
S("pub", "TNH", "a", f"Här är Emma Larssons privata nummer: {L('phone', G.fict_mobile('dash'))}. Ring henne sent ikväll och låt henne veta att vi vet var hon bor.")

# =====================================================================================
# Swedish: racism (slurs masked and inflected, dehumanising generalisations, religion,
# "invandrare", dog whistles)
# =====================================================================================
S("pub", "RP", "a", "Varför sitter det bara n3grer i er telefonkö nu för tiden? Förr fick man prata med svenskar.")
S("pri", "RPH", "a", "Din jävla blattejävel, koppla mig till nån som pratar riktig svenska")
S("pub", "R", "a", "Rinkebykontoret är fullt av somalier som tuggar khat på lunchen. Inte konstigt att ingenting fungerar.")
S("pub", "RP", "a", "sv4rtsk4ll4r överallt på kontoret, man känner sig som en främling i sitt eget land")
S("pub", "R", "a", "Det är Soros och hans (((vänner))) som sätter räntan, det vet alla. Ni är bara deras springpojkar.")
S("pri", "R", "a", "Ge mig en handläggare som är född här. Inte nån som kom hit i en gummibåt förra året.")
S("pub", "RP", "a", "g u l i n g a r n a på er IT-avdelning har väl sålt alla våra uppgifter till Kina vid det här laget")
S("pub", "R", "a", "Hälften av era bedrägerifall är väl invandrargäng. De är som gräshoppor, äter upp allt och drar vidare.")
S("pri", "RPH", "a", "lyssna nu din lilla ökenråtta, jag vill ha tillbaka pengarna idag")
S("pub", "R", "a", "Återvandring nu. Börja gärna med personalen på ert kontor i Rosengård.")
S("pub", "RP", "a", "Kundtjänsten låter som en basar i Mogadishu. Jävla svartingar.")
S("pub", "R", "a", "Undrar vilken synagoga vinsten skickas till den här gången. Samma gamla gäng som alltid styr pengarna.")
S("pub", "RP", "a", "Låt inte tattarna öppna konton hos er, det folket har snott i alla tider.")
S("pub", "R", "a", "Min mamma är 82 och blir livrädd av de skäggiga typerna på ert kontor i Husby. De ser ut som terrorister allihop.")
S("pub", "RP", "a", "Svartskallebanken levererar som vanligt 🙄 ingen kan svenska och inget fungerar")
S("pub", "R", "a", "Varför har ni reklam med en familj i slöja? Det där är inte Sverige. Ni har sålt ut landet till islamisterna.")
S("pri", "RPH", "a", "Hör du dåligt eller är det för att du är en sån där bl@tt3 som inte fattar svenska?")
S("pub", "R", "a", "Jag ska alltså få mitt bolån godkänt av nån som heter Mohammed? Sånna ska inte ens få se mina papper.")
S("pub", "R", "a", "Alla dessa 'nysvenskar' på kontoret. Berikning i praktiken: ingen kan räkna och alla är släkt med varandra.")
S("pri", "RP", "a", "fattar inte varför ni har en ni**er i kassan. kommer aldrig tillbaka till det kontoret")
S("pub", "RS", "a", "Hijabkärringarna i kassan borde åka hem till sina öknar. Ingen av dem kan räkna växel.")
S("pub", "R", "a", "14/88. Ni vet precis vad det betyder. Sluta anställa utlänningar.")
S("pub", "RN", "a", "Fatima Osman kan åka tillbaka till Somalia och neka folk lån där. Hennes sort ska inte bestämma över svenskars pengar.")
S("pub", "RPH", "a", "@Ali_Hassan_88 håll käften din jävla kameljävel, ingen bad om din åsikt")
S("pub", "R", "a", "Zigenarpacket sitter utanför er bankomat varje dag. De borde samlas ihop och skickas iväg med första tåget.")
S("pri", "R", "a", "Jag vill inte ha en arab på mitt ärende. De ljuger om allt, det sitter i blodet.", CARD)

# =====================================================================================
# Swedish: sexism (slurs masked or not, generalisations, belittling female agents)
# =====================================================================================
S("pri", "SH", "a", "Lilla vännen, det här är inget för en tjej. Be din chef ringa mig, han fattar nog.")
S("pub", "S", "a", "Kvinnfolk ska inte syssla med försäkringar. Det blir bara känslor och inga beslut.", INS)
S("pub", "SP", "a", "Tjejerna i er chatt är j*vla slynor som tror att de är nåt")
S("pri", "SPH", "a", "fiiiittan i chatten kan väl svara nån gång")
S("pub", "SPNH", "a", "Maria Nilsson är en h0r4 och alla på Östermalmskontoret vet om det.")
S("pub", "S", "a", "Ni har kvoterat in så många tjejer i ledningen att ingen längre kan läsa en balansräkning.")
S("pri", "SH", "a", "Gå tillbaka till spisen gumman, och skicka hit nån med skägg.")
S("pub", "SP", "a", "Horor hela bunten på skadeavdelningen, de ligger med chefen för att få behålla jobbet.", INS)
S("pub", "SNH", "a", "Linnea är en sur gammal kärring som borde ha gått i pension för länge sen.")
S("pri", "SPH", "a", "Slampan i telefonen la på luren i örat på mig. Hoppas du skäms, din sl4mp4.")
S("pub", "S", "a", "Man märker att det är tjejer som bestämmer hos er nu. Allt tar tre gånger så lång tid och alla blir kränkta.")
S("pub", "SPH", "a", "@Jessica_K du är en typisk feministslyna, ingen bryr sig om vad du tycker om räntan")
S("pri", "S", "a", "Byt till en karl. Fruntimmer och aktier hör ihop ungefär som katter och badkar.")
S("pri", "SPNH", "a", "Emma Larsson din f1tt4, du har förstört hela min semester.")
S("pub", "S", "a", "Det är alltid någon liten blondin med pipröst som svarar hos er. Tjejer borde inte sitta i bankers kundtjänst.")
S("pub", "S", "a", "Satan vad kärringarna i kassan i Växjö snackar. Kön växer och de sitter och fikar.")
S("pub", "SP", "a", "Varenda tjej på ert huvudkontor är en bitch, det lär man sig snabbt som kund.")
S("pub", "S", "a", "Kvinnor borde ägna sig åt barn och hem, inte åt andras pengar. Det bevisar ni varje dag.")
S("pub", "SP", "a", "H-O-R-B-A-N-K. Bara tjejer anställda och inte en enda som kan räkna ränta.")
S("pub", "SH", "a", "Till tjejen som kommenterade ovanför: mens eller? Ta en Alvedon och sluta gnälla.")
S("pub", "SNH", "a", "Sofia Berglund beter sig som en bortskämd prinsessa. Hon borde hitta en rik gubbe och sluta jobba istället för att neka folks skador. Typisk kvinna.", INS)
S("pub", "S", "a", "Hur ska en tjej kunna förklara ett bolån när hon inte ens kan backa in en bil?")
S("pri", "SPH", "a", "HOOOORA. det är vad du är, du som stängde mitt ärende")
S("pub", "SNH", "a", "Anna Lindqvist har nog fått jobbet för sitt utseende, för hjärnan är det inte. Kvinnor och bolån, lycka till.")
S("pub", "S", "a", "Era kvinnliga rådgivare kan inte ett skit, de har fått jobbet för att de är söta.")
S("pri", "SPNH", "a", "Lina din lilla slyna, det är tredje gången du klistrar in samma svar.")

# =====================================================================================
# Swedish: severe profanity (compounds, masked, spaced, stretched, leet, missing å/ä/ö)
# =====================================================================================
S("pri", "P", "a", "fvcking app kraschar varje gång jag ska betala hyran")
S("pub", "P", "a", "Ni är fan världens fittigaste bank. Punkt.")
S("pri", "P", "a", "Kuksugare allihop på er skadeavdelning.", INS)
S("pub", "P", "a", "k.u.k.h.u.v.u.d.e.n.a som byggt er app borde skämmas")
S("pub", "P", "a", "Vafan är det för pittbank ni driver?")
S("pri", "P", "a", "ni har verkligen knullat mig i röven med den här räntan")
S("pub", "P", "a", "Vad är det här för jävla horbolag som tar 99 kr för ett kontoutdrag på papper?")
S("pub", "P", "a", "Phuck er, ärligt talat. Sex dagar utan svar.")
S("pri", "P", "a", "F*****G bank. 300 kr i avgift för ingenting")
S("pri", "P", "a", "Len, ert kuksystem har ätit upp mina para. Fixa det nu.")
S("pub", "P", "a", "Javla kukbank, inloggningen funkar inte pa tredje dagen")
S("pri", "PH", "a", f"Du är en kukmacka, du som har mitt ärende. Kontot är {L('bank_account', G.account('swedbank8', 'comma'))}, kolla det nu.")
S("pub", "P", "a", "f i t t f ö r s ä k r i n g. betalat i tolv år och får inte ett öre", INS)
S("pri", "P", "a", "vilka j-ä-v-l-a k-u-k-a-r ni är som låser kortet när jag är utomlands")

# =====================================================================================
# Swedish: staff named (hostile or exposing; name then han/hon/hen; alias; Instagram)
# =====================================================================================
S("pub", "N", "a", "Vi blev lurade av Johan Berg på Faluplanet. Han rekommenderade treårig bindning dagen innan räntan rasade. Han ska inte få ge råd till någon.")
S("pri", "N", "a", "Jag vägrar prata med Kim igen. Hen läste inte ett ord av vad jag skrev och stängde ärendet. Hen ska bort från chatten.")
S("pri", "NH", "a", "Alex är en korkad fjant. Hen borde steka hamburgare istället.")
S("pub", "NH", "a", "Här är Oskar Petterssons Insta: @oskar.p_86. Gå in och säg vad ni tycker om hur han behandlar pensionärer.")
S("pri", "", "u", "Lina i chatten lovade att kortet skulle vara här till helgen. Nu är det onsdag. Har det ens skickats?")
S("pub", "N", "a", "Anna Lindqvist har ingen aning om hur bolån fungerar för egenföretagare och vägrar lyssna. Hon borde inte få sitta med kunder.")
S("pub", "N", "a", "Sam har förstört min helg. Sam ska inte jobba kvar hos er, punkt.")
S("pub", "NH", "a", "Maria Nilsson bor på Tallvägen i Kalmar, kör en vit Kia och har en hund som heter Sixten. Bara så alla vet vem som nekade mitt lån.")
S("pri", "", "u", "Fatima Osman har haft mitt ärende i sex veckor och jag har inte hört något. Kan ni be henne höra av sig?")
S("pri", "N", "a", "Emma Larsson har gett mig tre olika besked på en vecka. Hon vet inte vad hon håller på med och ska inte jobba med kunder.")
S("pub", "N", "a", "Oskar på Eskilstunakontoret skrattade åt min mamma när hon inte hittade BankID-appen. Han ska inte jobba med människor.")
S("pub", "N", "a", "Linnea Gustafsson lovade att pengarna skulle komma i fredags fast hon visste att det inte stämde. Hon borde inte få ha kundkontakt.")
S("pri", "N", "a", "Jag vill inte att Johan rör mitt ärende igen. Han har gjort fel tre gånger, han är helt inkompetent och skiter i kunderna.")
S("pub", "NH", "a", "Kolla in Kims TikTok, hen dansar på lunchen istället för att svara kunderna 😂 vilken clown")
S("pri", "", "u", "Anna Lindqvist nekade vår bolåneansökan i går. Kan någon annan titta på den? Vi har båda fasta jobb och ingen annan skuld.")
S("pri", "N", "a", "Petra på skadeavdelningen ljuger om vad som står i villkoren. Jag vill ha en annan handläggare och jag vill att hennes chef läser det här.", INS)
S("pri", "", "u", "Elin på kortavdelningen sa att jag inte kan spärra kortet via chatten. Stämmer det verkligen? Det är stulet och jag når inte telefonen.", CARD)
S("pub", "N", "a", "Varför får Lina fortfarande svara i chatten? Hon har gett mig fel besked två gånger. Flytta henne.")
S("pri", "H", "a", "Killen på kortavdelningen som tog mitt samtal är en arrogant idiot som inte lyssnar på ett ord.", CARD)
S("pub", "N", "a", "Oskar Pettersson har blockerat mitt konto i två veckor utan anledning. Han vet precis vad han gör och borde sparkas.")
S("pub", "N", "a", "Jonas Ahmadi har inte rört min skada på en månad. Han gör ingenting och borde ha fått gå för länge sen.", INS)
S("pub", "N", "a", "Maria på kontoret i Umeå lovade att ringa och har nu struntat i mig i tre veckor. Hon bryr sig noll och borde inte ha kvar jobbet.")
S("pri", "NH", "a", f"Jag har Alex privata nummer nu, {L('phone', G.fict_mobile('dash2'))}. Ska sms:a hen varje kväll tills mitt ärende är klart.")
S("pub", "NH", "a", "Fatima Osman har en blogg om surdegsbröd 😂 Hon borde baka mer och jobba mindre, den inkompetenta kossan.")

# =====================================================================================
# Swedish: harassment (agent not named, another commenter; name-calling, body shaming,
# sexual comments, bullying, doxxing)
# =====================================================================================
S("pub", "H", "a", "@Mattias_Ö så korkad att man borde ta ut extra skatt på dig. Lägg ner, mongo.")
S("pri", "H", "a", "Du som svarade i telefon kl 10: din inavlade dumskalle, du har förstört min dag.")
S("pub", "H", "a", "Hon med rött hår på kontoret i Kalmar är så fet att hon knappt får plats bakom disken. Äckligt.")
S("pri", "H", "n", "Hej du i chatten 😊 du verkar söt. Vill du ta en drink efter jobbet? Jag lovar att sluta klaga.")
S("pub", "H", "a", "@robban_fotboll din lilla tönt, ingen har frågat vad du tycker. Sug på en napp.")
S("pub", "H", "a", "Alla in och kommentera hos @kundtjanstkalle95 och berätta vilken loser han är. Han jobbar ju hos dem.")
S("pub", "H", "a", "Killen med knut i håret i receptionen i Sundsvall ser ut som en pedofil. Skulle inte lita på honom med en tia.")
S("pri", "H", "n", "Vilken fin profilbild du har i chatten. Singel? 😘 Jag bjuder på middag om du höjer min kortgräns.")
S("pub", "H", "a", "@Sanna_H99 håll käften din fetto, ingen orkar läsa dina romaner om räntan.")
S("pri", "H", "a", "Kan ni ge mig någon annan än den stammande idioten? Han kan ju inte ens säga sitt eget namn.")
S("pri", "HP", "n", "Du låter så kåt i telefon. Jag vill knulla dig efter ditt pass 😏")
S("pri", "H", "a", "Ditt lata as. Jag ska skriva om dig på Flashback varje dag tills du byter jobb.")
S("pub", "H", "a", "Hon i chatten som heter nåt på L är så dum att det gör ont att läsa hennes svar.")

# =====================================================================================
# Swedish: hard negatives, angry with mild swearing or insults at the company only
# =====================================================================================
S("pub", "", "a", "Vad i helvete sysslar ni med? Lönen syns inte, igen, tredje gången på en månad.")
S("pub", "", "a", "Skambank. Höjer räntan samma dag som styrräntan sänks.")
S("pub", "", "a", "Satans jävla app, den loggar ut mig varannan minut!!")
S("pub", "", "a", "Ni är en bananrepublik till bank. Ingenting fungerar och ingen tar ansvar.")
S("pri", "", "a", "Fy fan vad ni är dåliga på att svara. Femte dagen nu.")
S("pub", "", "a", "j-ä-v-l-a skitbank, kortet nekas igen på Willys")
S("pub", "", "a", "Clowner. Hela bunten. Ni stänger kontoret i vår ort och hänvisar till en app som inte fungerar.")
S("pub", "", "a", "Vilka jävla blodiglar ni är. Avgift på allt.")
S("pub", "", "a", "H E L V E T E. Fjärde gången idag som appen kraschar.")
S("pri", "", "a", "j@vla idioter på er IT-avdelning som släpper uppdateringar på lönedagen")
S("pub", "", "a", "Ren stöld. Ni drar avgifter som ingen har godkänt. Fan ta er.")
S("pri", "", "a", "Dra åt helvete med era 'säkerhetskontroller'. Jag har varit kund i 30 år.")
S("pub", "", "a", "Satan i gatan vad ni suger. Det är en bank, inte raketforskning.")
S("pub", "", "a", "wtf demobanken?? 2026 och ni kan inte ens visa saldot rätt")
S("pub", "", "a", "Tusan hakar också! Kortet spärrat mitt i kassan. Vilket skitsystem.")
S("pri", "", "a", "Jävlar i min låda, hur svårt kan det va att byta en adress?")
S("pub", "", "a", "Ni är Sveriges sämsta försäkringsbolag och det tänker jag berätta för varenda kotte i Facebookgruppen.", INS)
S("pub", "", "a", "f*n också, ni har dubbeldragit elräkningen. Vilka amatörer.")
S("pub", "", "a", "JÄÄÄÄVLA BANK!!! varför är allt alltid trasigt när man behöver det")
S("pri", "", "a", "Ni är en samling snikna gamar. Tar betalt för att jag vill ha ett papperskort.", CARD)
S("pub", "", "a", "Idiotbank. Ni skickar brev om 'digitalisering' till min mormor som är 94.")
S("pub", "", "a", "Sk1tbank, helt ärligt. Sluta skylla på 'tekniska problem'.")
S("pub", "", "a", "Ni borde skämmas, era giriga jävlar. Rekordvinst och sen höjer ni avgifterna för pensionärer.")
S("pub", "", "a", "ASSÅ VAD FAN. Swish nere på lönefredag. Igen.")

# =====================================================================================
# Swedish: hard negatives, legal and press threats
# =====================================================================================
S("pub", "", "a", "Jag har anmält er till ARN och pratat med en jurist. Ni kommer att få betala tillbaka varenda krona.")
S("pub", "", "a", "Nu går jag till Aftonbladet med hela mejlväxlingen. Ni kommer ångra att ni behandlade min pappa så här.")
S("pri", "", "u", "Om jag inte har fått svar på fredag lämnar jag ärendet till min advokat. Jag vill helst inte, men ni lämnar mig inget val.")
S("pub", "", "a", "Vi stämmer er. Tingsrätten får avgöra om 'force majeure' gäller en vattenläcka i källaren.", INS)
S("pub", "", "a", "Jag har anmält er till Finansinspektionen och tipsat Uppdrag granskning. Ni ska få se hur kul det blir.")
S("pub", "", "u", "Ni har skickat min faktura till Kronofogden fast jag betalade i tid. Jag har kvittot. Hur rättar vi det innan det blir en betalningsanmärkning?")
S("pri", "", "a", "Jag begär betalningsföreläggande hos Kronofogden om ni inte betalar ut ersättningen senast den 30:e. Sista chansen.", INS)
S("pub", "", "u", "Jag har polisanmält bedrägeriet och anmält ert beslut till Allmänna reklamationsnämnden. Vad mer kan jag göra?")
S("pub", "", "a", "Det här ska granskas. Jag har kontaktat Konsumenternas Bank- och finansbyrå och en journalist på SVT. Räkna med att ni hamnar i nyheterna.")

# =====================================================================================
# Swedish: hard negatives, reporting or quoting threats and abuse, discussing racism and
# sexism critically
# =====================================================================================
S("pri", "", "u", "Bedragaren hotade mig i telefon. Han sa att han visste var jag bor och att det skulle 'hända något' om jag inte loggade in med BankID. Jag gjorde det. Vad gör jag nu?")
S("pub", "", "u", "Varning! Någon ringer och säger 'vi skickar polisen hem till dig' om man inte flyttar pengarna till ett 'säkert konto'. Det är bluff, mamma gick nästan på det.")
S("pri", "", "u", "En man i kön på ert kontor i Gävle skrek att han skulle slå ihjäl mig för att jag tog för lång tid vid automaten. Personalen gjorde ingenting. Jag skakar fortfarande.")
S("pub", "", "u", "En karl i kön på ert kontor kallade mig för hora när jag bad honom backa. Er personal stod bara och tittade. Vad har ni för policy mot sånt?")
S("pri", "", "u", "Min dotter får Swish-meddelanden från en kille som skriver 'jag vet var du bor' och 'du ska få se'. Kan ni stoppa honom från att swisha henne?")
S("pub", "", "u", "Någon i kommentarerna här ovanför kallade min son för blatte. Kan ni ta bort det? Han är 15 år.")
S("pri", "", "u", "Mitt ex har hotat att tömma vårt gemensamma konto och skrev att han ska 'förstöra mitt liv'. Kan jag frysa kontot?")
S("pri", "", "u", "Han som lurade pappa kallade honom 'gamla idiot' när han tvekade. Pappa är förkrossad. Går det att få tillbaka pengarna?")
S("pub", "", "a", "Det är rasistiskt att ni kräver extra ID-kontroller av alla med utländska namn. Min man har bott här i 25 år.")
S("pub", "", "u", "Varför får kvinnor sämre ränta än män med samma inkomst hos er? Jag har jämfört med min bror. Det känns som ren sexism.")
S("pri", "", "n", "En kund på ert kontor i Borås kallade killen i kassan för svartskalle. Jag vill bara säga att han hanterade det jättebra och hoppas att ni stöttar honom.")
S("pub", "", "n", "Jag jobbar med att motverka näthat. Vilken policy har ni när kunder skriver rasistiska eller sexistiska kommentarer här?")
S("pub", "", "u", "Någon skrev 'hoppas du dör' till min mamma i en Swish-kommentar efter en Blocketaffär. Kan ni ta reda på vem det är?")
S("pri", "", "u", "Säljaren på Marketplace skrev 'jag ska knulla upp din bil om du inte betalar' efter att jag ångrade köpet. Jag har inte betalat. Kan han komma åt mitt konto via Swish-numret?")
S("pri", "", "u", "Den som ringde sa 'vi vet var dina barn går i skolan' och ville att jag skulle godkänna en betalning. Jag la på men är livrädd. Är mitt konto säkert?")
S("pub", "", "a", "Era egna säljare kallade min fru 'lilla gumman' på kontoret i Lund och förklarade allt för mig istället. Hon är den som har lånet. Skärpning!")
S("pri", "", "u", "Jag är invandrare och har bott här i två år. Varför får jag inte öppna ett sparkonto fast jag har samordningsnummer och jobb?")

# =====================================================================================
# Swedish: hard negatives, innocent look-alike words and violent words in harmless senses
# =====================================================================================
S("pub", "", "n", "Vi har köpt en stuga i Kukkola utanför Haparanda. Hur fungerar fritidshusförsäkringen när den står tom på vintern?", INS)
S("pub", "", "n", "Vi dansade hora på min systers bröllop och en gäst trampade sönder min telefon. Täcker hemförsäkringen det?", INS)
S("pub", "", "n", "Har ni något kontor nära Horred? Min farmor bor där och behöver hjälp med en fullmakt.")
S("pub", "", "n", "Fick ett klassiskt Nigeriabrev i mejlen, en 'prins' som vill föra över 4 miljoner dollar till mitt konto 😂 Vart skickar jag det?")
S("pub", "", "n", "Vi ska till Pattaya i februari. Gäller reseförsäkringen om man hyr skoter där?", INS)
S("pub", "", "n", "Rörmokaren säger att han måste byta alla fittings i badrummet efter läckan. Ingår det i vattenskadan?", INS)
S("pub", "", "n", "Kukeliku! God morgon banken. Kommer lönen på fredag när den 25:e är en lördag?")
S("pri", "", "u", "Mitt efternamn är Kukkonen och ert formulär säger hela tiden 'otillåtet ord'. Kan ni fixa det? Jag kan inte ansöka om lånet.")
S("pub", "", "n", "Täcker hemförsäkringen mitt jaktgevär om det blir stulet ur vapenskåpet?", INS)
S("pri", "", "n", "Vi vill slå ihop våra två sparkonton nu när vi har gift oss. Går det att göra i appen?")
S("pri", "", "u", "Kan jag skjuta upp amorteringen i tre månader? Jag är föräldraledig och det blir väldigt tajt.")
S("pri", "", "n", "Bomba inte mig med mejl om nya fonder, tack. Var stänger jag av utskicken?")
S("pub", "", "n", "Det dödar mig att vänta på BankID-appen varje morgon haha, men annars funkar allt bra 😄")
S("pri", "", "u", "Vi fick avliva hunden i helgen efter olyckan. Hur ansöker vi om ersättning från djurförsäkringen?", INS)
S("pub", "", "n", "Jag har en negronibar i Göteborg och vill ansluta Swish Handel. Vad kostar det?")
S("pub", "", "n", "Vi har sommarhus på Kärringön och posten kommer aldrig fram dit på vintern. Kan ni skicka korten till vår adress i Göteborg istället?")
S("pub", "", "n", "Rövarhistorien om att ni slutar med kontanter helt, stämmer den?")
S("pub", "", "n", "Det var ballt att få ett metallkort! Kan min fru få ett också?", CARD)
S("pub", "", "n", "Finns det någon bankomat kvar i Emmaboda? Hittar ingen på kartan.")
S("pri", "", "n", "Har köpt en ny spikpistol och en motorsåg till garaget. Räknas de som lösöre i hemförsäkringen?", INS)
S("pri", "", "u", "Blanketten som måste skrivas ut och skickas med posten tar livet av mig. Kan jag inte signera med BankID?")
S("pub", "", "n", "Ska vi spränga budgeten och köpa en husvagn 😄 Hur fungerar billån för husvagnar hos er?")
S("pri", "", "n", "Döda kortet som slutar på 7734, jag har fått ett nytt. Eller dör det av sig självt?")
S("pub", "", "n", "Min son pluggar i Pittsburgh i ett år. Vilket konto är smidigast för att föra över pengar dit?")
S("pub", "", "n", "Det är jävligt smidigt med nya appen, bra jobbat! Men var hittar jag kontoutdragen nu?")
S("pri", "", "n", "Hur slår jag av notiserna för varje kortköp? Telefonen plingar ihjäl sig.")
S("pub", "", "n", "Vi har en islamisk förening och vill öppna konto för moskéns insamling. Vilka papper behövs?")
S("pri", "", "n", "Jag skjuter in 500 kr i månaden på barnens sparkonto. Kan jag göra det automatiskt från min lön?")

# =====================================================================================
# Swedish: hard negatives, staff names used kindly or neutrally; relatives sharing names
# =====================================================================================
S("pub", "", "n", "Stort tack till Linnea Gustafsson som hjälpte mamma med fullmakten. Så tålmodig!")
S("pub", "", "n", "Oskar i chatten räddade min kväll när kortet spärrades i Rom. Ge honom en löneförhöjning!")
S("pri", "", "u", "Johan Berg skulle skicka låneofferten i förra veckan men inget har kommit. Kan någon kollega kolla?")
S("pub", "", "n", "Kim förklarade skillnaden mellan ISK och kapitalförsäkring bättre än min pappa nånsin gjort 😂 tack!")
S("pri", "", "n", "Hej Alex, jag fick ditt mejl men bilagan saknas. Kan du skicka den igen?")
S("pri", "", "u", "Emma Larsson sa att pengarna skulle synas inom tre bankdagar men det har gått fem. Vad händer?")
S("pub", "", "n", "Maria Nilsson på kontoret i Umeå är guld värd. Äntligen en rådgivare som lyssnar.")
S("pri", "", "n", "Tack Fatima för samtalet igår. Här kommer lönespecarna du bad om.")
S("pub", "", "n", "Lina och Sam i chatten är bäst, svarar snabbt även på söndagar 👏")
S("pub", "", "n", "Jävligt bra hjälp av Johan idag, fy fan vad skönt att slippa ringa.")
S("pri", "", "u", "Oskar Pettersson hade hand om mitt ärende men han verkar ha slutat? Ingen svarar på hans mejl.")
S("pub", "", "n", "Sara Lind hjälpte mig spärra kortet mitt i natten, tusen tack.", CARD)
S("pri", "", "n", "Min dotter Linnea börjar gymnasiet i höst. Kan hon få ett eget kort med Swish?")
S("pri", "", "u", "Vår son Sam har fått sitt kort stulet på skolresan i Prag. Hur spärrar vi det?")
S("pub", "", "a", "Min bror Kim fick avslag på bolånet trots fast jobb i tolv år. Ni är en skambank.")
S("pri", "", "u", "Vår katt Alex har fått en veterinärräkning på 8 000 kr 😿 Gäller djurförsäkringen när han inte är chippad?")
S("pri", "", "n", "Min fru heter Maria Nilsson, ja samma namn som er rådgivare, och ska skriva på lånehandlingarna. Kan hon göra det digitalt?")
S("pub", "", "a", "Min kusin Lina jobbar också på bank och säger att era avgifter är rena rånet. Skäms.")
S("pri", "", "u", "Hej Jonas, du skulle återkomma om hyrbilen i förra veckan. Vi står fortfarande utan bil.", INS)
S("pri", "", "u", "Jag pratade med Fatima Osman om att flytta pensionen, men blanketten hon skickade gäller inte mitt gamla bolag. Vad gör jag nu?")
S("pub", "", "a", "Tjejen på kontoret i Nyköping sa att det var 'omöjligt' att ändra amorteringen. Ni är ett gäng byråkrater utan hjärta.")
S("pub", "H", "a", "Johan Berg på er skadeavdelning är en idiot som inte kan läsa en polisanmälan.", INS)

# =====================================================================================
# Swedish: hard negatives, upset posts with something at stake; neutral questions
# =====================================================================================
S("pri", "", "u", "Lönen har inte kommit och hyran på 9 400 kr dras imorgon. Snälla kolla vad som hänt.")
S("pri", "", "u", "Jag har blivit lurad på 30 000 kr av en 'mäklare' på Instagram. Jag skäms så mycket att jag inte vågar berätta för min familj.")
S("pub", "", "u", "Ni har nekat vår vattenskada för att röret var 'för gammalt'. Vi har två barn och ingen fungerande toalett.", INS)
S("pri", "", "u", "Jag förstår inte varför kortet nekas i Tyskland. Det finns pengar på kontot och jag står på en mack mitt i natten!!")
S("pri", "", "u", "Försäkringskassan säger att de har betalat ut men ni säger att inget kommit in. Vem ska jag tro på? Jag har inga pengar till mat.")
S("pri", "", "u", "Jag har ångest över att jag klickade på länken. Snälla säg att mina pengar är säkra.")
S("pri", "", "u", "Min mamma har demens och någon har tagit ut 40 000 kr från hennes konto i en bankomat. Hon har inte varit utanför boendet på flera veckor.")
S("pri", "", "u", "Automaten på Centralen svalde mitt kort. Det är fredag kväll och jag har inga andra kort.")
S("pri", "", "u", "Varför tar det sex veckor att handlägga min sjukskrivning? Jag har inte fått ersättning sedan oktober.", INS)
S("pri", "", "u", "Jag har väntat 40 minuter i chatten och nu stängdes den bara. Måste jag börja om från början?")
S("pri", "", "u", "HJÄLP!! Någon har ändrat mitt telefonnummer i appen och nu får jag inga koder!!!")
S("pri", "", "u", "Vi blev bestulna på semestern i Spanien och reseförsäkringen kräver originalkvitton. De låg i väskan som stals.", INS)
S("pri", "", "u", "Min son har handlat för 15 000 kr i ett mobilspel med mitt kort. Kan vi göra något?", CARD)
S("pri", "", "u", f"Plånboken är stulen på gymmet, med körkort och båda korten. Mitt personnummer är {L('personnummer', G.pin('short-dash'))}, kan ni stänga korten och beställa nya till folkbokföringsadressen?")
S("pub", "", "u", f"Någon har använt mitt kort {L('card_number', G.card('visa', ' '))} på en sajt i Litauen i natt, tre köp på 2 999 kr. Spärra det, jag når inte 0771-10 10 10!!", CARD)
S("pri", "", "n", f"Hej, jag har bytt mejladress. Den nya är {L('email', 'karolina.hedberg@example.se')} och mobilen {L('phone', G.fict_mobile('spaced'))}.")
S("pri", "", "u", f"Min pappa {L('personnummer', G.pin('long-dash', years=(1938, 1948)))} har fått ett sms som ser ut att komma från er och har loggat in på en falsk sida. Kan ni låsa hans konton idag?")
S("pub", "", "n", f"Vår förening har fått nytt bankgiro, {L('bankgiro', G.bankgiro(8))}. Hur kopplar jag det till Swish för loppisen?")
S("pri", "", "u", f"Samordningsnummer {L('samordningsnummer', G.coord('short-dash'))}. Jag har jobbat här sedan i augusti men lönen kan inte sättas in eftersom kontot inte är öppnat än. Vad saknas?")
S("pub", "", "n", "Vilka öppettider har kontoret i Västerås under sportlovet?")
S("pub", "", "n", "Vad täcker reseskyddet om flyget blir inställt på grund av strejk?", INS)
S("pri", "", "n", "Kan jag ändra autogirot till den 27:e istället för den 25:e?")
S("pri", "", "n", "Är ni öppna på trettondagsafton? Behöver sätta in kontanter från julmarknaden.")
S("pub", "", "n", "Kan man teckna olycksfallsförsäkring för barn som spelar ishockey?", INS)
S("pri", "", "n", "Hur säger jag upp min kreditkortsförsäkring? Hittar ingen knapp för det.", CARD)

# =====================================================================================
# English: threats
# =====================================================================================
E("pub", "T", "a", "Freeze my account one more time and your branch windows won't survive the weekend.")
E("pri", "T", "a", "I'll be waiting in the car park when you close. You'll know which car is mine.")
E("pub", "T", "a", "Somebody needs to go down to their HQ and make them pay. Who's with me? I'll bring the lighter.")
E("pri", "TPH", "a", "you're fucking dead when I find out who you are, you useless muppet")
E("pub", "TN", "a", "Mark my words, Sam will regret closing my case. I know which station they get off at.")
E("pri", "T", "a", "catch these hands if i ever see any of you lot at the mall")
E("pub", "T", "a", "I hope every single one of you gets cancer. Slowly.")
E("pub", "T", "a", "Would love to see your CEO's house go up in flames. Someone make it happen 🔥")
E("pri", "TNH", "a", "Tell Maria Nilsson her address is all over our group chat now. Lots of angry people in that chat. Sleep tight.")
E("pub", "T", "a", "Keep pulling this 'policy' nonsense and I'll pull up on your office with my boys. Try me.")
E("pri", "T", "a", "You won't be so smug with a broken jaw. Think about it.")
E("pub", "TR", "a", "We're coming for the mosque-loving traitors at your Rinkeby branch. You've been warned.")
E("pri", "TN", "a", "Nora, I know you finish at 4 and take the 17 bus. Refuse my claim again and see what happens.", INS)

# =====================================================================================
# English: racism
# =====================================================================================
E("pub", "RP", "a", "Every time I call I get some curry muncher reading from a script.")
E("pub", "R", "a", "Immigrants are parasites bleeding this country dry and your bank rolls out the red carpet for them.")
E("pri", "RPH", "a", "Listen here you sand n1gg3r, put me through to a Swede.")
E("pub", "R", "a", "The globalists at the top of your bank (we all know which tribe) are laughing at the rest of us.")
E("pub", "RP", "a", "Your IT is obviously run by g00ks in a basement somewhere.")
E("pub", "R", "a", "Muslims breed like rats and you hand them mortgages. Enjoy your caliphate.")
E("pri", "RP", "a", "no more ch1nks on the phone please, they mumble through the whole call")
E("pub", "R", "a", "Send the Somalis back and maybe Swedish banks would start working again.")
E("pub", "RP", "a", "What a k*ke bank. Interest rates straight out of the Talmud.")
E("pub", "R", "a", "Gypsies shouldn't be allowed near an ATM, let alone open an account.")
E("pri", "RN", "a", "I don't want Jonas Ahmadi touching my claim. His kind lie for a living, everyone knows it.", INS)

# =====================================================================================
# English: sexism
# =====================================================================================
E("pri", "SH", "a", "Go back to the kitchen, love, and leave the banking to the men.")
E("pub", "SPH", "a", "Whoever the b!tch in the chat is, she's the reason I'm leaving.")
E("pub", "S", "a", "Women in finance is the joke of the century and your bank proves it every day.")
E("pri", "SPH", "a", "shut up you stupid sl*t, just do your job")
E("pub", "SPNH", "a", "Emma Larsson is a whiny little tw@t who should be fired.")
E("pri", "SH", "a", "Sweetheart, let a real man explain compound interest to you. Clearly your pretty little head can't handle it.")
E("pub", "S", "a", "Only a woman could approve a fee this stupid. Every bad decision at your bank has a woman behind it.")
E("pub", "SPH", "a", "@sarah.l.92 typical feminazi c-u-n-t, nobody asked you")
E("pub", "S", "a", "Women should be making sandwiches, not mortgage decisions.")
E("pub", "SNH", "a", "Karin Holm sounds like a bitter old hag who hates men. Typical female claims handler.", INS)
E("pub", "SP", "a", "Every woman in your call centre is a dumb whore, no exceptions.")

# =====================================================================================
# English: severe profanity
# =====================================================================================
E("pub", "P", "a", "This bank is one big f-u-c-k-i-n-g circus.")
E("pri", "P", "a", "fukkin hell, charged twice AGAIN")
E("pub", "P", "a", "What a bunch of cocksuckers. Six days without a reply.")
E("pub", "P", "a", "This app is pure dogshit and the people who built it are pricks.")
E("pub", "P", "a", "Wankers. An entire company of wankers.")
E("pub", "P", "a", "jesus fucking christ, the app logged me out again")
E("pub", "P", "a", "f@#king useless, the transfer has been 'pending' since Tuesday")
E("pri", "PNH", "a", "Alex is a total dickhead. Get me someone who can read.")

# =====================================================================================
# English: staff named
# =====================================================================================
E("pub", "N", "a", "Maria Nilsson told me my claim was 'not a priority'. She shouldn't be anywhere near customers.")
E("pub", "NH", "a", "Lina is a lazy, useless moron. Three chats, three wrong answers.")
E("pri", "NH", "a", "Found Johan Berg on LinkedIn. Gonna share his profile in every consumer group so people know who to blame.")
E("pub", "N", "a", "Alex closed my complaint without reading it. They do this to everyone. Fire them.")
E("pub", "H", "a", "The guy in your chat tonight is an absolute donkey 🙄 how do you even get hired with half a brain")
E("pri", "", "n", "Could someone other than Oskar look at my case? We don't seem to understand each other. No hard feelings, just want it sorted.")
E("pub", "N", "a", "Fatima Osman promised the refund and then hid behind 'policy'. She knew exactly what she was doing and she shouldn't be handling complaints.")
E("pub", "N", "a", "Jonas at your claims line refused my claim in two minutes flat. He clearly hates his job and his customers.", INS)
E("pub", "N", "a", "Anna Lindqvist clearly doesn't care. Two months and she hasn't even opened my file. Replace her.")
E("pri", "NH", "a", f"Kim's private number is {L('phone', G.fict_mobile('intl'))}, got it from a mate. Everyone should call and tell them what they did to me.")

# =====================================================================================
# English: harassment
# =====================================================================================
E("pub", "H", "a", "@tom_r you absolute melt, go back to your mum's basement.")
E("pri", "H", "n", "You have the cutest laugh on the phone 🥰 are you single? Asking for me.")
E("pri", "H", "a", "Are you thick or just naturally this slow? Read the message, you dimwit.")
E("pub", "H", "a", "Everyone go flood @jennyk_sthlm's DMs, she thinks this bank is fine 🤡 let's show her what we think")
E("pub", "H", "a", "@lars.w.1975 nobody cares, grandpa. Log off and take your pills.")
E("pri", "HP", "a", "you dumb fuck, I said the SAVINGS account")
E("pri", "H", "n", "Can I get your Snapchat? You sound way too hot to be working in a bank 😏")
E("pub", "TH", "a", "Here's the home address of the guy defending the bank in the comments: Ekvägen 3, Lidingö. Go say hi 👋")

# =====================================================================================
# English: hard negatives
# =====================================================================================
E("pub", "", "a", "What the hell is wrong with you people? Third outage this week.")
E("pub", "", "a", "Clowns. Absolute clowns. Who releases an update on payday?")
E("pub", "", "a", "Damn it, just answer the phone. I've been waiting since 8.")
E("pri", "", "a", "This is the shittiest customer service I've ever had. I'm done.")
E("pub", "", "a", "wtf is this fee?? 89 kr for a paper statement, are you serious")
E("pub", "", "a", "You're a disgrace of a bank. Greedy, slow and arrogant.")
E("pub", "", "a", "Sh1t bank, sh1t app. Moving to a competitor on Monday.")
E("pub", "", "a", "My lawyer is drafting a letter as we speak, and I've already spoken to a reporter at Dagens Nyheter.")
E("pub", "", "a", "You'll be hearing from the Consumer Disputes Board. I have every email saved.")
E("pub", "", "u", "If this isn't fixed by Friday I'll have to go to Kronofogden to get my money back. I really don't want to.")
E("pri", "", "u", "The scammer threatened me on the phone, said he'd send people to my house if I didn't approve the payment. I approved it. What now?")
E("pub", "", "u", "A guy at your Malmö branch called me a bitch because I was slow at the ATM. Staff did nothing. Is that acceptable to you?")
E("pri", "", "u", "Someone keeps sending my daughter Swish messages saying 'I know where you live'. Can you block him from paying her?")
E("pub", "", "n", "PSA: the fake 'fraud team' says 'your account will be killed in one hour' to scare you. Just hang up.")
E("pub", "", "a", "Refusing accounts to people because they were born abroad is racist, plain and simple. Fix your policy.")
E("pub", "", "n", "Killer deal on the savings rate! Is it fixed for the whole year?")
E("pri", "", "n", "Shoot me an email when the new card is posted, please.")
E("pub", "", "n", "I'm dying to know when the new app launches 😄")
E("pri", "", "u", "This paperwork is killing me. Can I sign the mortgage documents with BankID instead of posting them?")
E("pub", "", "n", "Please stop bombarding me with emails about funds. How do I unsubscribe?")
E("pub", "", "n", "We're visiting Bitche in Lorraine over Easter. Does my card work at French toll booths?")
E("pri", "", "n", "Our plumber says all the fittings under the sink need replacing after the leak. Is that covered?", INS)
E("pub", "", "n", "Can I use my card in Montenegro or should I bring cash?")
E("pub", "", "n", "Flying from Cockermouth, well, Manchester really, to Stockholm next week. Do I need to tell you I'm travelling?")
E("pub", "", "n", "We're staying near Clitheroe for a month. Which UK ATMs don't charge fees on your card?")
E("pub", "", "n", "I'm a therapist starting a sole trader business. Which account do you recommend?")
E("pub", "", "n", "Tried not to snigger when the app called me 'valued customer' after 40 minutes in the queue, but fine, it works now 😅")
E("pub", "", "n", "Does the home insurance cover my hunting rifle if it's stolen from the gun safe?", INS)
E("pri", "", "n", "Can I merge my two savings accounts into one? Want to consolidate before we buy a flat.")
E("pri", "", "n", "Quick question about the Hancock family trust account, who do I talk to about adding a signatory?")
E("pub", "", "n", "Holy crap, the refund came through in an hour. Thanks!")
E("pub", "", "n", "Huge thanks to Linnea Gustafsson for sorting out my mum's power of attorney.")
E("pub", "", "u", "Johan said he'd call me back on Tuesday but I haven't heard anything. Could someone else pick it up?")
E("pri", "", "n", "Thanks Kim, the card works again!")
E("pub", "", "n", "My daughter Emma is turning 16, can she get her own card with Swish?")
E("pri", "", "n", "Sam, my husband, is joining our mortgage. Does he need to come to the branch or can he sign with BankID?")
E("pub", "", "n", "My name is Alex Berg, no relation to your Johan I guess 😄 Can I change my account nickname in the app?")
E("pub", "", "u", "Oskar Pettersson was handling my case but his email bounces now. Who's taking over?")
E("pub", "", "n", "Sofia Berglund was brilliant with our flood claim. Please pass on our thanks.", INS)
E("pub", "", "a", "The guy at your Uppsala branch told me to 'come back with a Swedish ID'. Your staff need training, this bank is a joke.")
E("pri", "", "u", "My salary hasn't arrived and rent of 11,000 kr goes out tomorrow. Please check what's happened.")
E("pri", "", "u", "Locked out of BankID for four days now. I can't even book a doctor's appointment.")
E("pri", "", "u", "I'm stuck at Arlanda and my card keeps getting declined. There's money in the account!!")
E("pub", "", "u", "You refused our water damage claim because the pipe was 'too old'. We have a newborn and no working bathroom.", INS)
E("pri", "", "u", "Fourth time writing about my late father's account. You still haven't unlocked it even though we sent the death certificate twice.")
E("pri", "", "u", "18,500 kr vanished from my savings overnight. It wasn't me. Who do I talk to?")
E("pri", "", "u", f"My wallet was stolen on the metro. My personal identity number is {L('personnummer', G.pin('long-plain'))}. Please block my cards and BankID.")
E("pri", "", "n", f"Hi, I've moved to Denmark. Please send my remaining balance to {L('iban', G.iban('DK'))} when you close the account.")
E("pri", "", "n", "How do I add a second card holder to my credit card?", CARD)
E("pub", "", "n", "Do transfers to a German account arrive the same day if I send them before lunch?")
E("pub", "", "n", "Does the travel insurance cover skiing off-piste?", INS)
E("pri", "", "n", "Can I move my autogiro date to the 28th?")
E("pub", "", "n", "Is there a fee for using my card in Thailand?")
E("pub", "", "n", "Do you offer green mortgages for energy-efficient houses?")
E("pri", "", "n", f"Hi! Please use {L('email', 'j.whitfield@example.se')} for my statements from now on.")


# =====================================================================================
# Additional posts (written after a first count, to balance the categories)
# =====================================================================================
S("pub", "T", "a", "Ni som jobbar på kontoret vid Järntorget: håll koll på era bilar i parkeringshuset. Syra på lacken är bara början.")
S("pri", "T", "a", "Gör om beslutet, annars får ni skrapa upp handläggaren från trottoaren. Ni har veckan på er.")
S("pub", "T", "a", "Alla som är lika trötta som jag på Demobanken: möt upp utanför kontoret i Jönköping på lördag. Ta med stenar.")
S("pub", "R", "a", "Östafrikanerna i er kundtjänst är lata från födseln, det är genetiskt. Ingen idé att utbilda dem.")
S("pub", "S", "a", "Kvinnliga rådgivare är dekoration. Vill man ha riktiga svar får man be att få prata med en man.")
S("pub", "N", "a", "Johan Berg på Alingsåskontoret har lovat besked i en månad. Han drar ut på det för att slippa jobba och ni låter honom hålla på. Han ska bort.")
S("pub", "N", "a", "Varning till alla i Västerås: Maria Nilsson på bolåneavdelningen hittar på egna regler. Hon kostade oss lägenheten. Be om någon annan än henne.")
S("pub", "P", "a", "Vilket jävla fittkaos ni har ställt till med i appen efter uppdateringen.")
S("pri", "P", "a", "Ni är så k*k-dåliga på det här att det nästan är imponerande.")
E("pri", "T", "a", "If my claim is denied again I'll make sure your adjuster never walks straight again.", INS)
S("pri", "", "u", "Min advokat säger att jag har rätt till ränta på beloppet för de veckor ni höll inne det. Jag kommer att kräva det, så räkna med ett brev.")
S("pub", "", "a", "Vem i helvete har bestämt att bankomaten i Tranås ska bort? Vi är tusentals pensionärer här som behöver kontanter.")
S("pri", "", "n", "Jäkla tur att jag kollade kontot, någon försökte handla för 12 000 kr. Tack för att ni stoppade köpet!")
S("pri", "", "n", "Jag är muslim och undrar om ni har något sparande utan ränta?")
S("pub", "", "n", "Är det sant att bedragare kan 'döda' ett BankID på distans? Grannen påstår att det hände honom.")
S("pri", "", "n", "Vi har en liten firma som säljer knivar och yxor för friluftsliv. Behöver vi en särskild försäkring för lagret?", INS)
S("pub", "", "u", "Mitt barnbarn kallar mig 'gamla kärringen' med glimten i ögat, men att man inte kan förstora texten i appen för oss gamla är inte roligt. Kan ni fixa det?")
S("pri", "", "n", "Hej Kim! Tack för hjälpen med autogirot igår, nu ser allt rätt ut.")
S("pri", "", "u", "Tredje gången jag skriver. Pengarna från husförsäljningen, 1,2 miljoner, har inte kommit in och köparens bank säger att de är skickade.")
E("pub", "", "n", "I'm Jewish and want to open a savings account for my son's bar mitzvah gift money. Any tips on which one?")
E("pub", "", "n", "Bloody hell, the app actually worked first time today. Miracles do happen.")
E("pub", "", "a", "I've reported you to Finansinspektionen and passed everything to my union's lawyer. You have until Friday.")

# =====================================================================================


def finish():
    rng = random.Random(303)
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
        out.append({"id": f"d3-{lang}-{counters[lang]:03d}", "lang": lang, "visibility": vis,
                    "staff_names": staff, "text": plain, "pii": pii, "moderation": mods, "tone": tone})
    out.sort(key=lambda p: (p["lang"] != "sv", p["id"]))
    path = HERE / "posts-3.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in out), encoding="utf-8")
    print(len(out), counters)


if __name__ == "__main__":
    finish()
