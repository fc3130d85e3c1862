#!/usr/bin/env python3
"""Build posts-5.jsonl, the fifth development set of the text guard.

Focus: threat, harassment and staff_named in many registers (furious customers, trolls, late-night
drunk posts, teenagers, pensioners, broken Swedish, masking, caps, no punctuation), and hard
negatives that are clean by the conventions of README.md (non-hostile complaints about named staff,
thanks, mild swearing, anger at the company only, legal and press threats, reports of threats the
customer received, quotes, violent words in harmless senses, games and sports, hyperbole about
oneself).

The posts are written inline below. Labelled personal data is marked [[kind|text]]; the few labelled
numbers are phone numbers in PTS's fiction ranges (070-174 06 xx, 08-465 004 xx) not labelled in
posts.jsonl, posts-2/3/4/6/7.jsonl (the held-out sets were not read), and e-mail addresses use example.se. Moderation is given as letters
(T threat, R racism, X sexism, P severe_profanity, S staff_named, H harassment) and written in the
README's label order. The script is deterministic: rerun it with `python3 build_posts5.py`.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

DEMO = ["Anna Lindqvist", "Johan Berg", "Maria Nilsson", "Linnea Gustafsson", "Lina", "Oskar Pettersson",
        "Alex", "Fatima Osman", "Sam", "Emma Larsson", "Kim"]
INS = ["Karin Holm", "Petra", "Mikael Ek", "Jonas Ahmadi", "Jonas", "Sofia Berglund", "Nora"]
CARD = ["Erik Sandberg", "Elin", "Ahmed Karimi", "Robin", "Sara Lind"]

ORDER = ["threat", "racism", "sexism", "severe_profanity", "staff_named", "harassment"]
LETTER = {"T": "threat", "R": "racism", "X": "sexism", "P": "severe_profanity", "S": "staff_named",
          "H": "harassment"}
VIS = {"pub": "public", "priv": "private"}
TONE = {"A": "angry", "U": "upset", "N": "neutral"}

P = []


def sv(vis, tone, text, mods="", staff=DEMO):
    P.append(("sv", vis, tone, text, mods, staff))


def en(vis, tone, text, mods="", staff=DEMO):
    P.append(("en", vis, tone, text, mods, staff))


def PH(text):
    return f"[[phone|{text}]]"


def EM(text):
    return f"[[email|{text}]]"


# =====================================================================================
# Swedish: threats (no staff member named)
# =====================================================================================
sv("pub", "A", "Syns inte pengarna på kontot till helgen åker jag in till stan och slår sönder käften på första bästa som står bakom disken.", "T")
sv("pub", "A", "ni e så jävla döda allihop när ja kommer dit imorn", "T")
sv("priv", "A", "Sätt in pengarna före kl 15, annars bränner jag ner ert lilla kontor i Motala. Det här är inget skämt.", "T")
sv("pub", "A", "Vet ni vad som händer med folk som snor pensionärers pengar? De får stryk. Och det är jag som delar ut det.", "T")
sv("pub", "A", "Hoppas ni dör allihop i en brand, varenda en av er på huvudkontoret.", "T")
sv("priv", "A", "Ring mig idag. Annars kommer jag och hämtar svaret själv, och då tar jag med kofoten.", "T")
sv("priv", "A", "ja har en kniv å ja har tid. fortsätt dra era avgifter så får ni se", "T")
sv("pub", "A", "Den som skrev inkassobrevet till min mamma borde få en kula i skallen.", "T")
sv("priv", "A", "Vi får se hur länge du har kvar ditt jobb. Och din bil. Och dina fönster.", "T")
sv("priv", "A", "Jag vet var du parkerar. Silvergrå Golf, längst in i garaget. Sov gott.", "T")
sv("pub", "A", "Mycket glas på ert kontor i Skövde. Glas är skört. Tänk på det innan ni avslår min ansökan igen.", "T")
sv("priv", "A", "Du vet inte vem du bråkar med. Fråga runt i Hallunda om mig, så förstår du.", "T")
sv("pub", "A", "SKA KNIVHUGGA NÄSTA BANKTJÄNSTEMAN JAG SER. NI HAR TAGIT ALLT FRÅN MIG", "T")
sv("pub", "A", "om ja inte får mina pengar idag så klår ja upp hela kundtjänst en efter en, ja vet vilka ni e", "T")
sv("pub", "A", "Jag hoppas att den som fattade beslutet om min pappas konto blir påkörd på väg hem från jobbet.", "T")
sv("priv", "A", "Ni har 24 timmar på er. Sen kommer jag och mina bröder till filialen i Järfälla och då blir det inget prat.", "T")
sv("priv", "A", "Tänk om någon tände eld på din bil medan du satt där och pratade om ”handläggningstid”. Vad skulle du säga då?", "T")
sv("pub", "A", "Ge mig en enda anledning att inte komma dit och strypa någon. En enda.", "T")
sv("pub", "A", "Nästa gång ni drar en avgift utan att fråga så drar jag en kniv. Så enkelt är det.", "T")
sv("pub", "A", "Den som hittar vd:ns hemadress får en tusenlapp av mig. Han behöver ett besök.", "T")
sv("pub", "A", "Kan nån ge han i chatten på käften från mig? Han sitter på kontoret i Nacka, lätt att hitta.", "T")
sv("priv", "A", "jag kommer döda er. alla. den här gången menar jag det", "T")
sv("priv", "A", "ja ska m*rda den som spärrade mitt kort igår kväll", "T")
sv("pub", "A", "d ö d a   e r   a l l a", "T")
sv("pub", "A", "🔫🔫 Ni vet vad det betyder. Kontoret i Eskilstuna, tisdag morgon.", "T")
sv("pub", "A", "Går inte lånet igenom så skjuter jag första bästa som sitter i er reception. Jag har inget kvar att förlora.", "T")
sv("pub", "A", "hoppas era ungar får se er ligga i en kista", "T")
sv("priv", "A", "Jag har tagit reda på vilken skola er chefs barn går på. Mer än så säger jag inte.", "T")
sv("pub", "A", "Vore synd om någon hällde bensin genom brevinkastet på kontoret i Lidköping en natt. Bara en tanke.", "T")
sv("pub", "A", "ERA JÄVLAR JAG SKA SPRÄNGA HELA ER SKITBANK I LUFTEN", "T")
sv("priv", "A", "Jag är 81 år och har inget att förlora. Får jag samma besked en gång till på kontoret tar jag med mig min gamla jaktbössa nästa gång. Det kan ni lita på.", "T")
sv("priv", "A", "Jag inte lugn längre. Om ni inte ge tillbaka min pengar jag kommer och slår alla på kontoret. Jag lovar.", "T")
sv("pub", "A", "typ om ni spärrar mitt kort igen så kommer ja o mina polare o klår upp er lol inte ens skämt", "T")
sv("priv", "A", "Lås upp kontot före fem, annars får ni plocka upp era tänder från golvet.", "T")
sv("pub", "A", "Sov gott ikväll, ni på skadeavdelningen. Medan ni fortfarande kan.", "T", INS)
sv("pub", "A", "Hela styrelsen borde hängas i närmaste lyktstolpe. Jag håller gärna i repet.", "T")
sv("pub", "A", "Ni har krossat min familj. Nu krossar jag er. Det är bara en tidsfråga.", "T")
sv("priv", "A", "Sluta ringa om skulden. Ringer ni en gång till åker jag hem till den som ringer, numret räcker gott för att hitta en adress.", "T")
sv("priv", "A", "Vänta bara tills jag träffar han som nekade min sjukförsäkring. Han kommer inte kunna gå på en månad.", "T", INS)
sv("priv", "A", "Dina dagar är räknade, du som la på luren i örat på mig igår.", "T")
sv("pub", "A", "Kommer jag inte in på mitt konto ikväll ska ni få se på fan. Jag har följt efter en av er hem förut och jag kan göra det igen.", "T")
sv("pub", "A", f"Ring mig på {PH('070-174 06 56')} före klockan sex. Gör ni inte det kommer jag till kontoret och då blir det inte med ord.", "T")
sv("priv", "A", "Om appen loggar ut mig en gång till så mördar jag den som har byggt den. Nej men seriöst, när kommer en fix?", "T")
sv("pub", "A", "Någon borde ge den där tjejen i chatten en läxa som hon sent glömmer. Hon vet vem hon är.", "T")
sv("priv", "A", "om jag får ett enda nej till så kommer det sluta med blod. ert blod.", "T")
sv("pub", "A", "Jag har sparat en bild på kortterminalen i er butik i Kista. Nästa gång ni stänger av den åker en tegelsten genom fönstret, och sen kommer jag in.", "T", CARD)

# Swedish: threats naming staff
sv("pub", "A", "Johan Berg, jag har sett dig på gymmet vid Fridhemsplan. Det finns inga kameror i omklädningsrummet, bara så du vet.", "TS")
sv("pub", "A", "Linnea Gustafsson kör en röd Polo, eller hur? Vore tråkigt om bromsarna slutade fungera en dag.", "TS")
sv("pub", "A", "Maria Nilsson nekade mitt lån. Jag hoppas att hon dör en långsam och plågsam död.", "TS")
sv("pub", "A", "Fatima Osman har ingen aning om vilka jag känner. Det kommer hon att få lära sig snart. Hon har blivit varnad.", "TS")
sv("priv", "A", "Oskar, du har två barn och bor i Bagarmossen. Tänk på dem innan du säger nej till mig igen.", "TS")
sv("pub", "A", "Jag ska ge Alex på käften när hen går hem ikväll. Hälsa hen det.", "TS")
sv("pub", "A", "Kim har stängt mitt ärende för tredje gången. Nästa gång jag ser hen på stan blir det inte snack, det blir stryk.", "TS")
sv("pub", "A", "Anna Lindqvist förstörde vår firma. Hennes hus ska brinna, det lovar jag.", "TS")
sv("pub", "A", "hälsa Emma att ja vet vilken pilatesklass hon går på. tisdagar 18.00. kanske kommer förbi", "TS")
sv("priv", "A", "Sam, ringer du inte före lunch så kommer jag förbi kontoret och hämtar dig. Du fattar.", "TS")
sv("pub", "A", "Lina i chatten, jag har skärmdumpat ditt namn och din profilbild. Mina grabbar letar redan efter dig.", "TS")
sv("pub", "A", "Oskar Pettersson kommer inte ha några hela knän kvar när jag är klar med honom.", "TS")
sv("pub", "A", "Mikael Ek har nekat min skada två gånger. Nästa gång kommer jag till ert kontor och då ska han få känna på hur det är att bli skadad på riktigt.", "TS", INS)
sv("priv", "A", "Robin, jag vet att du slutar kl 16 på fredagar. Spärra mitt kort en gång till så får du se vad som händer.", "TS", CARD)

# Swedish: threats naming staff, with insults or a campaign
sv("pub", "A", "Fatima Osman din värdelösa kärring, jag slår ihjäl dig om du nekar mig en gång till", "TXSH")
sv("pub", "A", "Kim ditt äckel. Jag vet var du bor och jag ska krossa varenda ruta i ditt hus.", "TSH")
sv("pub", "A", "Alla som vill säga till Johan Berg vad de tycker: han spelar korpfotboll på Zinkensdamm varje torsdag kl 19. Ta med er polare och ge honom vad han förtjänar.", "TSH")
sv("pub", "A", "Oskar Pettersson, ditt fega lilla kräk. Vi ses på parkeringen efter jobbet.", "TSH")
sv("pub", "A", "Maria Nilsson din fula feta gris. Hoppas du får cancer.", "TSH")
sv("priv", "A", "Alex ditt miffo, du kommer få dig en omgång när du kommer ut från kontoret. Vi är fem stycken.", "TSH")
sv("pub", "A", "Nora på skadeavdelningen är en patetisk liten nolla. Hon går från kontoret till pendeln strax efter fyra varje dag, säger bara det.", "TSH", INS)

# Swedish: threats with insults, no staff named
sv("priv", "A", "Du som satt i chatten igår, din jävla nolla: jag tar reda på vem du är och sen slår jag in ditt fula tryne.", "TH")
sv("pub", "A", "@Nisse_Bankfan du som alltid försvarar banken, jag vet var du jobbar. Vi ses på lunchen, din lilla råtta.", "TH")
sv("pub", "A", "Till tönten i kundtjänst som skrattade åt mig: hoppas du blir överkörd, ditt miffo.", "TH")
sv("pub", "A", "@Ulla.K62 du bor på Björkvägen 11 i Kumla va? Kanske dags att nån knackar på och säger vad vi tycker om dina kommentarer 😉", "TH")
sv("pub", "A", "Hon i receptionen i Gävle är ful som stryk, och snart ser hon ut som det också.", "TH")
sv("priv", "A", "Din dumma jävla parasit, lägger du på luren en gång till åker du på stryk.", "TH")

# =====================================================================================
# Swedish: harassment (no staff member named)
# =====================================================================================
sv("priv", "A", "Du som svarade i telefon är så jävla korkad att jag tappade hakan. Pucko.", "H")
sv("pub", "A", "Killen på kontoret i Sundbyberg luktar svett och ser ut som ett troll. Vem anställer sånt?", "H")
sv("pub", "A", "Tjejen i chatten är en sån fjant. Kan du ens stava till ränta?", "H")
sv("priv", "A", "Du är en nolla, en total nolla. Gå och gör något annat med ditt liv.", "H")
sv("pub", "A", "@Kalle_R89 håll truten ditt dumhuvud, ingen bad om dina bolånetips", "H")
sv("pub", "A", "@Mikaela_S ditt äckel, vad gör du ens i den här gruppen? Gå tillbaka till Flashback.", "H")
sv("pub", "A", "Hon på kontoret i Västerås har en röst som en skrikande gris och ser ut som en också.", "H")
sv("priv", "A", "Är du mongo eller? Jag har skrivit samma sak tre gånger nu.", "H")
sv("priv", "A", "cp-unge i chatten, fattar du ens vad en överföring är", "H")
sv("pub", "A", "Den feta killen på kontoret vid Drottninggatan borde sluta äta semlor och börja jobba.", "H")
sv("priv", "A", "Du är ett as. Ett lat, värdelöst as.", "H")
sv("priv", "A", "Ditt svin, du la på mitt i samtalet.", "H")
sv("pub", "N", "Hej tjejen i chatten 😍 du har säkert jättefina ben. Skicka en bild så blir jag snäll", "H")
sv("pub", "A", "Han med hästsvansen på kontoret i Lund är så äcklig att man vill spy när han ler.", "H")
sv("pub", "A", "@Patrik.E83 miffo. Läs tråden innan du skriver.", "H")
sv("pub", "A", "Alla in och ge @sofia_bankkritik ett ord på vägen. Hon jobbar på Åhléns i Uppsala, kolla själva.", "H")
sv("pub", "A", "Du som kommenterade ovanför: ta livet av dig, världen blir bättre utan dig.", "H")
sv("pub", "A", "@viktor_95 gå å häng dej din tönt", "H")
sv("priv", "A", "Mähä. Du är ett mähä som gömmer dig bakom ”policyn”.", "H")
sv("priv", "A", "Vilket kräk du är som sitter och skrattar åt pensionärer i telefon.", "H")
sv("pub", "A", "@Stefan_O din ensamma loser, har du verkligen inget bättre för dig än att försvara banker en fredagskväll?", "H")
sv("pub", "A", "Du som har nattpasset i chatten: jag har sett din profilbild. Herregud vad ful du är.", "H")
sv("priv", "A", "Du skriver som en sjuåring. Har du ens lärt dig läsa, ditt dumhuvud?", "H")
sv("pub", "N", "Skicka hit tjejen med de stora brösten från kontoret i Halmstad, hon får gärna böja sig över disken åt mig 😏", "H")
sv("pub", "A", "@Linda_Gbg din sura tant, ingen orkar läsa din livshistoria om räntor", "H")
sv("priv", "A", "Hej loser. Ja, du, som sa åt mig att ”ha tålamod”.", "H")
sv("pub", "A", "Hon i chatten har lika mycket hjärna som en gurka. Tjockis dessutom, det syns på profilbilden.", "H")
sv("priv", "A", "Till han som svarade på mitt mejl: du är en skam för din mamma.", "H")
sv("priv", "A", "Vilket jävla fån du är som skickar samma länk fem gånger. Fån.", "H")
sv("pub", "A", "@AnnikaP2 haha kolla hennes profilbild, hon ser ut som en potatis med peruk 😂", "H")
sv("priv", "A", "Du kommer aldrig bli något. Du sitter i en chatt och klistrar in svar, det är hela ditt liv. Patetiskt.", "H")
sv("pub", "A", "@ellinor.04 du e så jävla cringe asså kys", "H")
sv("priv", "A", "Vem satte dig i telefonen, din idiot? Din mamma?", "H")
sv("priv", "A", "Den unge mannen på kontoret i Ronneby var oförskämd och dum som ett spån. En riktig drummel. Han borde skämmas.", "H")
sv("priv", "A", "Du är dum person. Du inte förstå någonting, du är idiot.", "H")
sv("pub", "A", "Duktig hund, @Erik_B. Vifta på svansen för banken nu.", "H")
sv("priv", "N", "Du skriver så gulligt i chatten 🥰 Sitter du hemma och jobbar i pyjamas? Skicka bild 😉", "H")
sv("pub", "A", "För er som undrar vem @granskaren_77 är: Tobias Hedlund, jobbar på Scania i Södertälje. Det är han som sprider skit om oss kunder här.", "H")
sv("priv", "A", "Du har en hjärna som en guldfisk och ett ansikte som en gammal sko.", "H", CARD)
sv("pub", "A", f"@Ullis_62 heter Ulla Berglund och har nummer {PH('0701740678')}. Ring och säg vad ni tycker om hennes kommentarer 😂", "H")
sv("priv", "A", "Din jävla hora, gör ditt jobb", "XPH")
sv("priv", "A", "Handläggaren som ringde mig om skadan lät som ett fyllo och tänker som ett. Snacka om hjärndöd.", "H", INS)

# Swedish: staff named, with insults or exposure
sv("pub", "A", "Lina är ett pucko. Hon har svarat fel på allt jag frågat.", "SH")
sv("priv", "A", "Johan Berg, din fjant, läs mejlet igen innan du svarar.", "SH")
sv("pub", "A", "Anna Lindqvist är en äcklig människa som skrattar åt folk som har det svårt. Hon har en röst som en kråka också.", "SH")
sv("pub", "A", "Oskar Pettersson ser ut som en kokt korv i slips 😂 och han är lika smart.", "SH")
sv("pub", "A", "Maria Nilsson har en Instagram full av semesterbilder från Thailand medan hon nekar oss lån. Här: @maria.n.travels. Gå in och kommentera, hon förtjänar att höra det.", "SH")
sv("pub", "A", "Alex är en tönt som inte vet vad en bolåneränta är. Hen borde inte få svara i telefon.", "SH")
sv("pub", "A", "Fatima Osman är en lat parasit som sitter och fikar hela dagarna.", "SH")
sv("pub", "A", "Emma Larsson är fet och ful och tror att hon är nån. Ingen står ut med henne.", "SH")
sv("pub", "A", "Linnea Gustafsson bor i en etta på Söder med sin katt, hon är 34 och singel. Kanske därför hon är så sur mot kunderna.", "SH")
sv("priv", "A", "Sam, ditt miffo. Jag bad om en återbetalning, inte en länk till er FAQ.", "SH")
sv("pub", "A", "Emma Larssons sambo jobbar på Volvo i Torslanda, bara så ni vet. Undrar vad han tycker om att hon förstör folks liv.", "SH")
sv("pub", "N", "Lina har en så het röst i telefon 🥵 hälsa henne att hon kan ringa mig när hon vill", "SH")
sv("pub", "A", "Anna på kontoret i Örebro, hon med den fula koftan, är en falsk människa som ljuger för pensionärer. Ful som stryk också.", "SH")
sv("priv", "A", "Fatima ditt kräk, svara på mina mejl.", "SH")
sv("pub", "A", "Maria Nilsson ser ut som att hon inte sovit sedan 1998. Kanske därför hon inte fattar enkla frågor. Dumhuvud.", "SH")
sv("pub", "A", "Kim har en TikTok där hen dansar i fikarummet på kontoret 🤡 Så här jobbar de alltså. Vilken clown.", "SH")
sv("pub", "A", f"Oskar Petterssons privata nummer är {PH('070-174 06 03')}. Sms:a honom gärna hela helgen, han förtjänar det efter hur han skött mitt lån.", "SH")
sv("pub", "A", "Johan Berg ska få sparken. Jag mejlar hans chef varje dag och tänker fortsätta tills det händer. Alla som haft honom borde göra samma sak.", "SH")
sv("pub", "A", "Petra på skadeavdelningen är en dum gås. Hon fattar inte ens vad som står i sina egna villkor.", "SH", INS)
sv("priv", "A", "Elin, hur kan man vara så korkad? Jag har förklarat tre gånger. Idiot.", "SH", CARD)

# Swedish: staff named (hostile or exposing, no insults)
sv("pub", "A", "Johan Berg har tappat bort min ansökan två gånger. Han klarar inte av att jobba med bolån. Flytta honom.", "S")
sv("pub", "A", "Sparka Oskar Pettersson. Han struntar i kunderna och det vet alla på kontoret i Lund.", "S")
sv("pub", "A", "Linnea Gustafsson gav mig fel besked om amorteringskravet och nu får jag betala 40 000 kr extra. Hon borde få gå.", "S")
sv("priv", "A", "Jag vill aldrig mer ha med Kim att göra. Hen är nonchalant och otrevlig och borde inte ha kundkontakt.", "S")
sv("pub", "A", "Fatima Osman har förstört mitt ärende och vägrar erkänna det. Varför har hon kvar jobbet?", "S")
sv("pub", "A", "Alla som har Anna Lindqvist som rådgivare: byt. Hon rekommenderade fonder som tappade 30 % och hon har ingen aning om vad hon gör.", "S")
sv("pub", "A", "Alex i chatten har nu stängt mitt ärende fyra gånger utan att lösa något. Hen gör det med flit. Ta bort hen från chatten.", "S")
sv("pub", "A", "Maria Nilsson skrev ”det är inte mitt problem” till min 80-årige pappa. Alla ska få se hur hon behandlar äldre.", "S")
sv("pub", "A", "Sam gav mig ett nummer som inte finns och la sen på. Sam ska bort från kundtjänst.", "S")
sv("pub", "N", "Lina heter egentligen Karolina Sjöberg och bor i Hägersten, jag kände igen rösten från gymnasiet 😄 Hej Karro!", "S")
sv("pub", "A", "Jag har hittat Oskar Petterssons LinkedIn. Han har jobbat hos er i fyra månader, inte konstigt att han inte kan något. Anställ folk med erfarenhet.", "S")
sv("pub", "A", "Linnea på skadeavdelningen är arrogant och borde omplaceras. Hon behandlar folk som skit.", "S")
sv("priv", "U", f"Emma Larsson gav mig sin privata mejl, {EM('emma.larsson.hemma@example.se')}, när vi sågs på kontoret. Jag har skrivit dit tre gånger om bolånet men hon svarar inte. Snälla be henne höra av sig, vi ska skriva kontrakt på fredag.", "S")
sv("pub", "A", "Oskar Pettersson ska inte få jobba med äldre kunder. Han pratade över huvudet på min mamma tills hon grät.", "S")
sv("pub", "A", "Visste ni att Johan Berg också sitter i styrelsen för en bostadsrättsförening i Täby? Undrar om han sköter den lika dåligt som mitt lån.", "S")
sv("pub", "A", "Sara Lind på kortavdelningen bestred aldrig köpet som hon lovade. Hon har kostat mig 6 000 kr och borde inte ha kvar jobbet.", "S", CARD)

# =====================================================================================
# Swedish hard negatives (no category)
# =====================================================================================
# complaints about named staff that are not hostile
sv("priv", "U", "Johan Berg lovade att skicka lånehandlingarna i måndags men de har inte kommit. Kan någon kolla vad som hänt?")
sv("pub", "U", "Jag har väntat på att Linnea ska återkomma om skadan sedan den 3 mars. Är hon sjuk eller har ärendet försvunnit?")
sv("priv", "U", "Oskar Pettersson sa att räntan skulle bli 3,4 % men i avtalet står det 3,6 %. Vilket gäller?")
sv("pub", "U", "Hej, Kim i chatten sa att kortet skulle komma inom fem dagar. Det har gått åtta. Vad händer?")
sv("priv", "U", "Jag håller inte med om Maria Nilssons bedömning av min ansökan och vill att någon annan tittar på den. Hur begär jag omprövning?")
sv("priv", "N", "Fatima sa att jag skulle få ett mejl med blanketten, men inget har kommit. Kan hon eller någon annan skicka det igen?")
sv("pub", "N", "Alex gav mig ett annat svar än Sam igår om avgiften för utlandsbetalningar. Vem har rätt?")
sv("priv", "U", "Emma Larsson var sjuk när vi skulle ha mötet och sedan dess har ingen hört av sig, två veckor nu. Vi ska tillträda den 1 maj!")
sv("priv", "U", "Ärligt talat tycker jag inte att Anna Lindqvist förklarade riskerna med fonden tillräckligt. Jag vill gärna ha ett nytt möte med någon annan.")
sv("priv", "U", "Lina, du skrev att spärren skulle hävas inom en timme. Nu har det gått tre och jag börjar bli orolig.")
sv("priv", "U", "Jag är besviken på hur Oskar hanterade mitt ärende, men jag förstår att han har mycket. Kan ni sätta en annan handläggare på det?")
sv("priv", "U", "Tredje gången jag ber Johan om kontoutdraget för 2024. Han är säkert upptagen men jag behöver det till Skatteverket.")
sv("pub", "U", "Sam stängde ärendet fast jag inte fått något svar. Kan det öppnas igen?")
sv("priv", "U", "Petra lovade beslut om skadan inom en vecka. Det har gått tre. Hur går det?", staff=INS)
sv("priv", "U", "Elin sa att reservationen på hotellet skulle släppa efter fem dagar, men den ligger kvar efter tio.", staff=CARD)
sv("pub", "U", "Jonas Ahmadi har inte svarat på mitt mejl om reseskadan på tio dagar. Kan någon annan ta över?", staff=INS)
# thanks and kind mentions
sv("pub", "N", "Tack Linnea Gustafsson för att du stod ut med mig i telefon igår, jag var inte på mitt bästa humör. Du räddade min dag.")
sv("pub", "N", "Stort tack till Oskar på kontoret i Lund! Han fixade allt kring pappas fullmakt på en halvtimme.")
sv("pub", "N", "Kim är guld värd 🙌 Fick hjälp med autogirot på fem minuter.")
sv("pub", "N", "Vill bara säga att Alex i chatten var supertrevlig och tålmodig med min mormor. Ge hen en bulle!")
sv("priv", "N", "Sam, du höll ditt ord och ringde upp mig klockan två. Sånt är ovanligt hos banker, tack.")
sv("pub", "N", "Fy fan vad bra Fatima Osman var! Äntligen någon som lyssnar.")
sv("pub", "N", "Maria Nilsson borde få löneförhöjning. Hon löste på en kvart det som ingen annan klarat på två månader.")
sv("priv", "N", "Emma, du är en klippa. Tack för all hjälp med dödsboet.")
sv("pub", "N", "Hej Nora, tack för att du ringde tillbaka om vattenskadan så snabbt. Hantverkarna kommer på måndag.", staff=INS)
sv("pub", "N", "Robin på kortavdelningen var fantastisk i telefon idag. Tack!", staff=CARD)
sv("priv", "N", "Vi ses på kontoret på torsdag kl 10, Johan! Jag tar med pappren från mäklaren.")
# customers who share a staff name, look-alikes
sv("priv", "N", "Jag heter också Johan Berg, men det är inte jag som jobbar hos er 😄 Kan ni sluta skicka hans möteskallelser till min mejl? Det har hänt två gånger.")
sv("priv", "U", "Min man Kim har tappat sitt kort på tåget. Kan jag spärra det åt honom?")
sv("pub", "N", "Emma, min dotter, tar studenten i juni. Kan hon få ett eget kreditkort då eller måste jag gå i borgen?")
sv("pub", "N", "Vår son Alex har fått sitt första sommarjobb. Hur skaffar han BankID?")
sv("pub", "U", "Min Samsung visar inte BankID-appen efter uppdateringen. Någon mer som har samma problem?")
sv("priv", "N", "Jag och min sambo Linnea ska köpa lägenhet. Kan vi få lånelöfte på bara hennes inkomst?")
sv("pub", "N", "Mamma heter Anna Lindqvist precis som er rådgivare, så det blev lite förvirrat på kontoret 😂 Men nu är fullmakten klar, tack.")
sv("priv", "N", "Min kompis Oskar swishade min hyra åt mig när mitt kort var spärrat. Kan det bli något problem med skatten?")
# mild swearing and anger at the company only
sv("pub", "A", "Vad fan är det för jävla bank som stänger ner appen på lönedagen?")
sv("pub", "A", "Helvetes skitapp, den har hängt sig tre gånger medan jag försökt betala hyran.")
sv("pub", "A", "Ni är ett gäng clowner allihop. Hur svårt kan det vara att svara på ett mejl?")
sv("priv", "A", "Jävla skit, nu nekas kortet på Systemet också. Fixa det.")
sv("pub", "A", "Ni är värdelösa, totalt jävla värdelösa. Jag flyttar allt till en annan bank på måndag.")
sv("priv", "N", "Tusan också, jag har glömt säkerhetskoden till BankID igen. Hur återställer jag den?")
sv("pub", "U", "Det suger att ni tar bort kontanthanteringen i Vimmerby. Vad ska pensionärerna göra?")
sv("pub", "A", "Idioter hela banken. Vem kom på att flytta knappen för överföringar?")
sv("pub", "A", "Era jävla avgifter äter upp hela min pension. Skäms på er.")
sv("pub", "A", "Ni lurar pensionärer, det är vad ni gör. Hela ledningen borde skämmas.")
sv("priv", "A", "Har ni hjärnsläpp allihop på skadeavdelningen? Fjärde gången jag laddar upp intyget!", staff=INS)
sv("priv", "A", "Är ni idioter eller bara lata? Ingen har rört mitt ärende på en månad.")
sv("pub", "A", "NI ÄR HELT VÄRDELÖSA!!! Tre veckor utan lön för att ni ”utreder” mitt konto!!!")
sv("pub", "A", "Ni bränner våra pengar på reklam istället för att anställa folk i kundtjänst. 50 minuters kö!")
sv("pub", "A", "Fan vad trött jag är på er bank. Inte Linneas fel, hon var jättetrevlig, men era system är rena skräpet.")
sv("pub", "A", "Killen på kontoret i Borlänge borde få sparken. Han visste ingenting om fullmakter och skickade hem min pappa i onödan.")
sv("pub", "A", "Handläggaren jag fick i telefon idag hade noll koll. Ge henne mer utbildning innan hon får svara på bolånefrågor.")
sv("priv", "A", "Den som svarade i chatten i morse gav mig helt fel besked om avgiften. Se till att era anställda vet vad som gäller.")
sv("pub", "A", "Johan på kundtjänst borde sparkas, han har inte gjort något med min skada på tre veckor.", staff=INS)
sv("priv", "A", "Anna i er chatt lovade att ringa tillbaka och gjorde det aldrig. Helt oacceptabelt.", staff=CARD)
sv("pub", "A", "Jag kommer till kontoret imorgon kl 10 och tänker inte gå därifrån förrän mitt ärende är löst.")
sv("pub", "A", "Ni är som gamar. Min man har varit död i två månader och ni skickar påminnelser i hans namn.")
# legal, press and other non-violent threats
sv("pub", "A", "Jag har polisanmält er för olovlig dragning. Diarienumret skickar jag i ett separat mejl.")
sv("priv", "A", "Jag har kontaktat Kronofogden och ansöker om betalningsföreläggande för de 14 300 kr ni är skyldiga mig.")
sv("pub", "A", "Har redan mejlat en reporter på Corren. Hon vill gärna skriva om hur ni behandlar dödsbon.")
sv("pub", "A", "Jag kommer att stämma er. Varenda krona ska tillbaka, plus ränta.", staff=INS)
sv("priv", "U", "Om ni inte rättar det här anmäler jag er till Finansinspektionen och Konsumentverket. Det är min sista utväg.")
sv("pub", "A", "Ni kommer att få se er själva i Uppdrag granskning. Jag har spelat in alla samtal.")
sv("priv", "A", "Jag har anlitat en jurist och han säger att ni bröt mot avtalet. Vi ses i tingsrätten.", staff=INS)
sv("pub", "A", "Jag skriver en recension på Trustpilot varje dag tills ni svarar. Och den här tråden delar jag i alla privatekonomigrupper jag är med i.")
sv("priv", "U", "Jag har anmält beslutet till er klagomålsansvarige och till ARN. Hur lång tid brukar det ta?")
sv("pub", "A", "Lokaltidningen kommer att få hela mejlkonversationen. Alla i Kiruna ska veta hur ni behandlar kunder.")
sv("pub", "A", "Jag säger upp alla mina försäkringar och ser till att hela släkten gör samma sak. Ni har förlorat fem hushåll idag.", staff=INS)
# reports of threats the customer received or saw
sv("priv", "U", "Bedragaren som ringde hotade att döda min hund om jag inte gav honom koden. Jag gav den. Vad händer nu med pengarna?")
sv("priv", "U", "Min exman skickar Swish på 1 kr med meddelanden som ”jag ska ha ihjäl dig”. Kan ni blockera honom från att swisha mig?")
sv("pub", "N", "Någon i kommentarsfältet här skrev att han skulle skjuta er personal. Jag har polisanmält det, ville bara säga att ni har mitt stöd.")
sv("pub", "U", "En kille vid bankomaten på Storgatan hotade att slå mig om jag inte tog ut pengar åt honom. Kan ni titta på kamerorna?")
sv("priv", "U", "Inkassobolaget ringde och sa att de skulle ”komma hem och hämta pengarna”. Är det verkligen ert ombud? Jag är rädd.")
sv("priv", "U", "Min son får sms från ett nummer som skriver ”vi vet var du bor, betala eller så bränner vi ner huset”. Det gäller ett lån han aldrig har tagit. Hjälp oss.")
sv("pub", "N", "Jag såg en man skrika åt kassörskan på ert kontor i Haninge idag att han skulle spöa henne. Hon var så lugn. Hoppas hon mår bra.")
sv("priv", "U", "Han som lurade av mig pengarna på Marketplace skrev ”jag vet var du bor” när jag krävde tillbaka dem. Ska jag polisanmäla?")
sv("pub", "N", "Varning till alla: det går ett sms där de skriver att ”ditt konto kommer att sprängas” om man inte klickar på en länk. Klicka inte.")
sv("priv", "U", "Min mamma fick ett brev där någon skrivit att hennes hus ska brännas ner om hon inte betalar en ”skuld” till ett konto hos er. Hon är 87 och livrädd.")
sv("priv", "U", "Min dotters pojkvän skrev ”jag kommer krossa dig” till henne i ett Swish-meddelande. Hon är 16. Kan ni se vem som äger numret?")
# quotes
sv("priv", "U", "Er rådgivare sa bokstavligen ”vi kan inte ta livet av kunderna med avgifter, men nästan” och skrattade. Är det er syn på oss?")
sv("pub", "A", "I ert eget nyhetsbrev står det ”Vi krossar konkurrensen med marknadens bästa ränta”. Krossa väntetiderna först kanske.")
sv("pub", "N", "Min pappa läste högt ur ert brev, ”kontot kommer att avslutas”, men han trodde det stod ”avlivas” 😂 Men varför avslutas det?")
sv("pub", "N", "Kunden före mig i kön sa ”jag ska döda den här automaten” och sparkade på den. Nu fungerar den inte. Ni kanske vill skicka någon?")
# violent words in harmless senses, games, sports, hyperbole about oneself
sv("priv", "N", "Kan jag skjuta upp amorteringen till efter sommaren? Vi har fått tvillingar.")
sv("pub", "N", "Vi vill slå ihop två ISK till ett. Blir det någon skatt?")
sv("pub", "U", "Jag dödar tiden i telefonkön genom att läsa era villkor. 38 minuter hittills.")
sv("priv", "U", "Renoveringen har redan sprängt budgeten med 60 000 kr. Kan vi utöka bolånet?")
sv("priv", "U", "Jag har bränt alldeles för mycket pengar på delbetalningar. Kan ni hjälpa mig med ett samlingslån?")
sv("pub", "U", "Ni tar livet av mig med era avgifter 😩 350 kr för en utlandsbetalning?!")
sv("pub", "N", "Går det att slå av blippfunktionen på kortet? Jag vill bara kunna betala med kod.", staff=CARD)
sv("pub", "N", "Jag skjutsar mamma till kontoret i Mora på torsdag. Behöver hon boka tid för att göra en fullmakt?")
sv("pub", "N", "Grabben har slagit rekord i att tömma ett sparkonto 😂 Går det att sätta en beloppsgräns på hans kort?")
sv("priv", "N", "Bouppteckningen för mammas dödsbo är registrerad. Vad behöver ni för att avsluta hennes konton?")
sv("priv", "N", "Jag är kassör i jaktlaget och vi ska skjuta älg i oktober 🦌 Kan jag lägga upp en stående överföring för avgifterna?")
sv("priv", "U", "Köpte ett presentkort på paintball åt min son och det drogs tre gånger. Vad gör jag?", staff=CARD)
sv("pub", "N", "Vi krossade Djurgården med 5–1 igår! Nu till frågan: har ni någon reseförsäkring som täcker bortamatcher utomlands?", staff=INS)
sv("priv", "U", "Min tonåring spelar Call of Duty och har köpt skins för 2 300 kr med mitt kort. Kan jag spärra spelköp?")
sv("pub", "U", "Räntorna är ju rena mordet för oss med rörligt lån. Är det dumt att binda nu?")
sv("pub", "U", "Dödstrött på att logga in igen och igen. Varför åker jag ut ur appen efter två minuter?")
sv("pub", "N", "Vi har en sportskyttegrupp i föreningen och vill öppna ett föreningskonto. Vad behövs?")
sv("priv", "U", "Telefonen exploderade av notiser i natt, 40 stycken om samma köp. Är något fel?")
sv("pub", "N", "Jag vet att det inte är hugget i sten, men ungefär vad kostar ett bolån på 2 miljoner i månaden?")
sv("pub", "N", "Vill slå ett slag för er nya app, äntligen en som är logisk!")
sv("pub", "N", "Jag skjuter mig själv i foten varje månad med småköpen. Finns det en budgetfunktion i appen?")
sv("pub", "N", "Finns det en ”kill switch” för kortet, alltså att stänga av det direkt i appen om det blir stulet?", staff=CARD)
sv("priv", "U", "Mamma höll på att ta livet av mig när hon såg elräkningen 😅 Den har dragits två gånger, 1 840 kr. Kan ni kolla?")
sv("pub", "U", "Jag skulle kunna mörda för en app som inte loggar ut mig var tionde sekund.")
sv("pub", "N", "Boxningsklubben där jag är kassör vill byta bank. Vilka avgifter har ni för ideella föreningar?")
sv("pub", "N", "Era kampanjer är mördande tråkiga men sparräntan är faktiskt bra. Hur binder jag den?")
sv("pub", "N", "Det är en riktig knockoutränta ni har på sparkontot 👊 Gäller den även nya kunder?")
sv("pub", "N", "Har ni stängt kontoret i Hjo? Det stod i tidningen att det ska slås ihop med Tidaholm.")
sv("priv", "U", "Det kändes som en kniv i ryggen när ni höjde räntan igen efter 30 år som kund. Kan vi inte förhandla?")
sv("pub", "N", "Det är krossat glas vid bankomaten på Kungsgatan, någon har slagit sönder skärmen. Tänkte att ni ville veta.")
sv("pub", "U", "Ta kål på mig med ännu en ny inloggning, varför inte. Hur många steg behövs egentligen?")
sv("priv", "U", "Jag dör om jag måste vänta en timme till i kön. Kan någon ringa upp mig istället?")
sv("pub", "U", "Köpte FIFA-poäng för 899 kr och det drogs två gånger. Ingen aning om varför.")
sv("priv", "N", "Sonen vill köpa ett luftgevär för tävlingsskytte. Kan han betala med sitt ungdomskort?", staff=CARD)
sv("priv", "N", "Hur dödar jag ett gammalt autogiro som fortsätter dra pengar från ett gym jag sagt upp?")
sv("pub", "N", "Jag vet var kontoret ligger men inte när det öppnar. Är det 9 eller 10 på lördagar?")
sv("pub", "N", "Kontoret på Kungsgatan har fel öppettider på Google. Där står det att ni stänger 18 men dörren var låst 16.30.")
sv("priv", "N", "Min sambo vill slå vad om att man inte kan ha två BankID på samma telefon. Vem vinner?")
sv("pub", "U", "Den här räntehöjningen slog undan benen för oss. Vi har två barn och bolånet kostar nu 4 000 kr mer i månaden.")
sv("pub", "N", "Vi kör en hackathon på jobbet och ska ”knäcka” er öppna API-sandlåda. Finns det testkonton?")
sv("priv", "N", "Hej! Jag har mejlat kundservice@demobanken.example om ett nytt kort men inte fått svar. Är det rätt adress?")
# upset and neutral posts with stakes, no violations
sv("priv", "U", "Hej. Jag skriver för tredje gången. Min pension har inte kommit in och jag har hyran att betala på fredag. Jag är 79 och klarar inte av att sitta i telefonkö. Kan någon ringa mig?")
sv("priv", "U", "Vi har blivit av med 38 000 kr till en bedragare som utgav sig för att vara från er. Polisanmälan är gjord. Vi vet inte vad vi ska göra.")
sv("priv", "N", f"Hej Petra, du kan nå mig på {PH('08-465 004 53')} efter kl 17 om vattenskadan. Tack på förhand!", staff=INS)
sv("pub", "U", "Varför har min kreditgräns sänkts utan förvarning? Jag står i kassan och kortet nekas.", staff=CARD)
sv("priv", "U", "Mitt lönekonto är låst ”för kontroll” sedan sex dagar. Jag har inte fått någon förklaring och hyran är förfallen.")

# =====================================================================================
# English: threats
# =====================================================================================
en("pub", "A", "Refund me by Friday or I'm driving to your branch to break somebody's nose. Not joking.", "T")
en("priv", "A", "I know what car you drive. Grey Tesla, right? Be careful in that car park.", "T")
en("pub", "A", "watch your back. seriously. watch your back.", "T")
en("pub", "A", "You'll regret this. All of you. I've got nothing left to lose and a lot of free time.", "T")
en("pub", "A", "I hope the person who froze my account gets hit by a bus.", "T")
en("pub", "A", "gonna stab the next bank clerk who tells me to 'be patient' swear down", "T")
en("pub", "A", "If my claim isn't paid I'll blow up your office. You've been warned.", "T", INS)
en("priv", "A", "I will end you. Every last one of you at that call centre.", "T")
en("pub", "A", "Hope you all die screaming.", "T")
en("pub", "A", "Sleep tight, claims department. I know where you park.", "T", INS)
en("pub", "A", "imma shoot up that branch if they take my house im dead serious", "T")
en("pub", "A", "Someone needs to hurt these people before they hurt more families. Any volunteers?", "T")
en("priv", "A", "You think you're safe behind that screen. You're not. Found your office in three minutes.", "T")
en("priv", "A", "Give me my money back or else. You really don't want to find out what 'or else' means.", "T")
en("pub", "A", "I'm going to beat the living daylights out of whoever wrote that letter.", "T")
en("pub", "A", "k1ll every 1 of u", "T")
en("pub", "A", "fucking thieves. next time i'm in your branch somebody's leaving in an ambulance", "TP")
en("priv", "A", "Block my card one more time, Robin, and I'll be waiting outside when your shift ends.", "TS", CARD)
en("pub", "A", "Johan Berg does the 6am spin class at the gym on Sveavägen. I'll be in the back row. He can think about that before he turns me down again.", "TS")
en("pub", "A", "Anna Lindqvist ruined my business. I hope she gets cancer and dies slowly.", "TS")
en("priv", "A", "Sam, you've got until 5pm. After that I'm coming to find you, and I know what you look like now.", "TS")
en("pub", "A", "Oskar Pettersson better hope we never meet in a dark alley.", "TS")
en("pub", "A", "Kim, blue Volvo in the staff car park, right? Have fun getting to work tomorrow.", "TS")
en("pub", "A", "Fatima Osman is a pathetic waste of space and someone should teach her a lesson. She works at the Södermalm branch, go say hello.", "TSH")
en("pub", "A", "Emma Larsson, you ugly troll, I'll make you regret the day you turned down my loan.", "TSH")
en("pub", "A", "Alex you absolute clown, hope they find you face down in a ditch.", "TSH")
en("pub", "A", "@dave_k83 you brain-dead moron, keep defending the bank and I'll find you. Not hard, you post your gym check-ins.", "TH")
en("priv", "A", "To the imbecile on the phone this morning: if I ever hear your smug voice again I'll rip your tongue out.", "TH")
en("priv", "A", "I hope your kids find out what kind of monster you are, and then I hope something happens to you.", "TH")

# English: harassment
en("pub", "A", "The guy on the phone today was an absolute moron. Couldn't find my account even with the account number.", "H")
en("priv", "A", "You're a pathetic loser who hides behind scripts. Get a real job.", "H")
en("pub", "A", "@jenny_m you're so ugly it's actually impressive. Nobody wants your opinion on interest rates.", "H")
en("priv", "A", "Are you retarded or just pretending? I explained it four times.", "H")
en("priv", "A", "Hey imbecile, learn to read before you reply.", "H")
en("pub", "A", "The fat guy at the counter in Malmö should lay off the cinnamon buns and do his job.", "H")
en("pub", "A", "@markus_p kys lol", "H")
en("pub", "A", "Everyone go tell @linda.w what a clown she is, she works at the ICA in Sollentuna, easy to find.", "H")
en("priv", "A", "Wow you're dumb. Like, genuinely, spectacularly dumb.", "H")
en("priv", "N", "Hey cutie in the chat 😘 what are you wearing right now?", "H")
en("pub", "N", "The girl at the front desk in Uppsala is wasted on a bank. Tell her I said so and that she should smile more for me 😏", "H")
en("pub", "A", "Your agent has the IQ of a potato and the face to match.", "H", INS)
en("priv", "A", "Listen here, clown. I don't want your apology, I want my money.", "H")
en("pub", "A", "@tommyboy_92 go back to your gaming chair, you sad little troll.", "H")
en("pub", "A", "@karin_g the only thing bigger than your mouth is your waist. Sit down.", "H")
en("priv", "A", "Whoever answered my email is a spineless worm. Grow a backbone.", "H")
en("priv", "A", "Nobody likes you. Not your colleagues, not your customers. Just quit.", "H")
en("priv", "A", "shut up you dumb fuck and give me a real person", "PH")

# English: staff named, with insults or exposure
en("pub", "A", "Lina is an idiot. Plain and simple.", "SH")
en("pub", "A", "Johan Berg is a lazy, pathetic excuse for an adviser.", "SH")
en("pub", "A", "Oskar Pettersson looks like a ferret in a suit and has the brain of one too 😂", "SH")
en("pub", "A", "Maria Nilsson posts gym selfies all day on Instagram (@maria_lifts_) instead of doing her job. Go tell her what you think.", "SH")
en("pub", "A", "Kim is a clown. They closed my case without a word.", "SH")
en("pub", "A", "Emma Larsson is ugly inside and out.", "SH")
en("priv", "A", "Sam, you absolute imbecile, I asked for a refund, not a smiley face.", "SH")
en("pub", "A", "Linnea Gustafsson still lives with her parents at 36, found her on Facebook. No wonder she can't handle adult problems 🤣", "SH")
en("pub", "A", f"Sam blocked my card, so I've put Sam's personal mobile in every local Facebook group: {PH('+46 70 174 06 91')}. Let's see how Sam likes being bothered.", "SH")
en("pub", "A", "Karin Holm is a useless, brainless moron. Who hired her?", "SH", INS)

# English: staff named (hostile or exposing, no insults)
en("pub", "A", "Fatima Osman lost my documents and blamed me. She shouldn't be working with customers.", "S")
en("pub", "A", "Avoid Anna Lindqvist at all costs. She'll tell you anything to close a sale.", "S")
en("pub", "A", "Sam promised a callback and lied. I want Sam off my case and out of that job.", "S")
en("pub", "A", "Oskar Pettersson's LinkedIn says 'customer obsessed'. What a joke, he hasn't answered me in a month. He should go.", "S")
en("pub", "A", "Maria Nilsson is the reason I'm leaving. She treated my elderly father like dirt. Her manager needs to see this.", "S")
en("pub", "A", "Emma Larsson told me my husband's death 'wasn't her department'. She has no business in customer service.", "S")
en("priv", "A", "Alex keeps sending me the same template. They clearly don't read anything. Replace them.", "S")
en("pub", "A", "Lina in your chat is really Lina Åberg from Västerås, right? I recognise the profile picture. Tell her she's terrible at this.", "S")
en("pub", "A", "Sofia Berglund denied my claim in a two-line email. She has no empathy and should not be handling bereavement cases.", "S", INS)

# =====================================================================================
# English hard negatives (no category)
# =====================================================================================
en("pub", "U", "I'd kill for an app that doesn't log me out every two minutes.")
en("pub", "N", "That cashback promo is a killer. Can I stack it with the student account?", staff=CARD)
en("priv", "U", "This hold music is killing me. 40 minutes and counting.")
en("pub", "N", "We smashed our savings goal this year thanks to the round-up feature 🎉 How do I set a new one?")
en("pub", "U", "Your fees are murdering my budget. Is there a cheaper account for students?")
en("pub", "N", "Johan was super helpful on the phone today, thanks!")
en("pub", "N", "Big thanks to Fatima Osman for sorting out my late mother's accounts. Kind and patient.")
en("priv", "U", "Sam said the refund would arrive in 3 days. It's been 6. Could someone check?")
en("priv", "U", "Linnea told me I'd get a decision last week. Still nothing. Is there a backlog?")
en("priv", "N", "I'm Emma Larsson too (no relation to your staff 😄). Your system keeps merging our e-mails, could you fix that?")
en("priv", "U", "My husband Alex lost his card in Spain. Can I block it for him from my app?")
en("pub", "N", "Does the app work on the new Samsung foldables? It crashes on mine.")
en("priv", "N", "Damn it, I forgot my PIN again. How do I reset it?", staff=CARD)
en("pub", "A", "What the hell happened to the app this morning? Couldn't log in for two hours.")
en("pub", "A", "Bloody useless bank. Fourth outage this month.")
en("pub", "A", "You lot are a bunch of clowns. Three emails, three different answers.")
en("pub", "A", "I'm reporting you to ARN and the Consumer Agency. This is unacceptable.")
en("priv", "A", "My lawyer will be in touch. You charged my late father's estate for an account he closed in 2019.")
en("priv", "U", "I've filed a police report about the unauthorised withdrawal and sent it to your fraud team. What happens next?")
en("pub", "A", "Happy to talk to the press about this if you keep ignoring me. Dagens Industri would love this story.")
en("priv", "U", "The scammer said he'd kill my dog if I hung up. I'm shaking. He got my card details. What do I do?", staff=CARD)
en("priv", "U", "My ex keeps sending me 1 krona Swish payments with messages like 'you're dead'. Can you block him?")
en("pub", "N", "Someone in this thread threatened your staff earlier. Reported it. Hope your team is ok.")
en("pub", "U", "A guy at the ATM outside your Gothenburg branch threatened to beat me up if I didn't hand him cash. Can you check the cameras?")
en("priv", "N", "Your adviser said, and I quote, 'the market will kill you if you sell now'. Was that advice or a guess?")
en("pub", "N", "We're taking my dad to a shooting range for his 60th. Can I split the bill with friends in the app?")
en("pub", "U", "Our hockey team got destroyed 7-0 last night, and then my card was declined at the pub. Great evening. Can you check?")
en("priv", "N", "Bought a Blu-ray of Kill Bill online and got charged twice. Refund please.", staff=CARD)
en("priv", "U", "My son plays Fortnite and has bought 3,000 V-Bucks on my card. Can I block in-game purchases?")
en("pub", "U", "Your login process will be the death of me 😅 Why are there four steps now?")
en("pub", "U", "Honestly, I'd murder a cinnamon bun right now after 50 minutes in the queue. Any idea when I'll get through?")
en("priv", "N", "We're blowing the budget on a wedding this summer 🙈 Can we pause the savings plan for two months?")
en("pub", "N", "Your new savings rate absolutely slays. Does it work inside an ISK?")
en("pub", "A", "The app has crashed and burned for the third time today. Sort it out.")
en("pub", "A", "I'll take you to court if that's what it takes. You can't just freeze a pension payout for nine weeks.", staff=INS)
en("pub", "U", "Would you please stop killing off features people actually use? Where did the monthly overview go?")
en("priv", "N", "My gran Kim (yes, she's called Kim too 😄) wants to set up a power of attorney for me. What do we need?")
en("priv", "N", "Oskar was going to ring me on Tuesday; I guess it slipped his mind. No big deal, could someone else give me a call?")
en("priv", "U", "I think Maria made an honest mistake with the transfer date. Could you correct it so I don't pay the late fee?")
en("priv", "U", "I'm disappointed with how Alex handled my complaint. I'd like a manager to review it, please.")
en("priv", "U", "Shit, I sent money to the wrong account. Please help, it's my rent.")
en("pub", "N", "Holy hell, that was quick. Card blocked and a new one ordered in two minutes. Cheers, Sam.")
en("pub", "A", "I'm going to blast you on every review site until I get an answer.")
en("priv", "U", "Debt collectors keep calling and saying they'll 'come round to sort it out'. Is that really your agency? I'm scared.")
en("pub", "N", "Kill the paper statements, please. How do I switch to digital only?")
en("pub", "A", "Quoting your own ad: 'we fight for our customers'. Start by fighting your IT department.")
en("pub", "U", "A man screamed at your cashier in Lund today that he'd 'come back and finish her'. I gave a statement to the guards. Please look after her.")
en("pub", "N", "I know where your office is, but what are the opening hours on Saturdays?")
en("priv", "N", "See you at the branch on Thursday, Oskar! I'll bring the signed papers.")
en("pub", "A", "I'm coming to the branch tomorrow morning and I'm not leaving until this is sorted.")
en("pub", "A", "The guy at your Karlstad branch should be sacked. He had no idea how a power of attorney works and sent my mum home for nothing.")
en("priv", "A", "Are you people stupid? I've sent the certificate four times!", staff=INS)
en("pub", "N", "Petra, thanks for pushing my claim through before the holidays. Much appreciated.", staff=INS)
en("priv", "N", f"Please call me on {PH('08-465 004 61')} after 5pm about the burst pipe claim.", staff=INS)


def expand(mods):
    cats = [LETTER[c] for c in mods]
    return [c for c in ORDER if c in cats]


def finish():
    rng = random.Random(20260505)
    by_lang = {"sv": [], "en": []}
    for post in P:
        by_lang[post[0]].append(post)
    out = []
    for lang in ("sv", "en"):
        posts = by_lang[lang][:]
        rng.shuffle(posts)
        for n, (lng, vis, tone, text, mods, staff) in enumerate(posts, 1):
            pii = []

            def repl(m):
                pii.append({"kind": m.group(1), "text": m.group(2)})
                return m.group(2)

            plain = re.sub(r"\[\[(\w+)\|([^\]]+)\]\]", repl, text)
            out.append({"id": f"d5-{lang}-{n:03d}", "lang": lang, "visibility": VIS[vis],
                        "staff_names": staff, "text": plain, "pii": pii,
                        "moderation": expand(mods), "tone": TONE[tone]})
    path = HERE / "posts-5.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in out), encoding="utf-8")
    print(len(out), {k: len(v) for k, v in by_lang.items()})


finish()
