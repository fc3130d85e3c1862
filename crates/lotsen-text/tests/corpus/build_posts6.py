#!/usr/bin/env python3
"""Build posts-6.jsonl, the sixth development set of the text guard.

Focus: racism, sexism and severe profanity as they appear on a Swedish bank's or insurer's
Facebook page, with hard negatives (mild swearing, insults at the company only, innocent
look-alike words, neutral mentions of groups, reports of racism or sexism, equality policy).

Content warning: the posts below contain racist and sexist slurs and obscenities, because a
moderation classifier cannot be measured without them. All posts are synthetic.

The posts are written inline. Labelled personal data is marked [[kind|text]] (rare here: a
fiction-range phone number and invented e-mail addresses on example.se). Moderation codes:
T threat, R racism, S sexism, P severe_profanity, N staff_named, H harassment; they are written
out in the README's order. Posts are shuffled per language with a fixed seed and numbered
d6-sv-001.. and d6-en-001..; rerun with `python3 build_posts6.py` for the same file.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "posts-6.jsonl"

DEMO = ["Anna Lindqvist", "Johan Berg", "Maria Nilsson", "Linnea Gustafsson", "Lina", "Oskar Pettersson",
        "Alex", "Fatima Osman", "Sam", "Emma Larsson", "Kim"]
INS = ["Karin Holm", "Petra", "Mikael Ek", "Jonas Ahmadi", "Jonas", "Sofia Berglund", "Nora"]
CARD = ["Erik Sandberg", "Elin", "Ahmed Karimi", "Robin", "Sara Lind"]

CODES = {"T": "threat", "R": "racism", "S": "sexism", "P": "severe_profanity", "N": "staff_named",
         "H": "harassment"}
ORDER = ["threat", "racism", "sexism", "severe_profanity", "staff_named", "harassment"]
VIS = {"pub": "public", "priv": "private"}


def x(vis, mods, tone, text, d=DEMO):
    return {"vis": VIS[vis], "mods": mods, "tone": tone, "text": text, "dir": d}


# ---------------------------------------------------------------------------
# Swedish
# ---------------------------------------------------------------------------

SV = [
    # ---- racism ----------------------------------------------------------
    x("pub", "R P", "angry", "Blattarna på ert kontor i Botkyrka kan inte ens stava till amortering. Anställ folk som är födda här."),
    x("pub", "R P", "angry", "Ni har ju bara b l a t t a r i kundtjänsten numera, inte konstigt att ingenting fungerar."),
    x("priv", "R P", "angry", "bl4tt3b4nk. ingen svarar och ingen kan svenska"),
    x("priv", "R P H", "angry", "Jag fick en svartskalle i telefon i morse som inte ens kunde uttala mitt namn. Ge mig någon som kan svenska."),
    x("pub", "R P", "angry", "Svartskallarna ni anställer borde skickas tillbaka dit de kom ifrån, hela bunten."),
    x("pub", "R P", "angry", "s-v-a-r-t-s-k-a-l-l-e-b-o-l-a-g, det är vad ni har blivit"),
    x("pub", "R", "angry", "Invandrarna lever gott på våra skattepengar och ni ger dem bolån utan kontantinsats. Ut med patrasket."),
    x("priv", "R", "angry", "Utlänningar borde inte få öppna konto förrän de bott här i tio år. De kommer bara hit för att utnyttja systemet."),
    x("pub", "R P", "angry", "Negrerna i er telefonkö pratar som om de hade munnen full av gröt. Man förstår inte ett ord."),
    x("priv", "R P H", "angry", "Varför svarar en n3ger när jag ringer en svensk bank? Lägg på och låt en svensk ringa upp mig."),
    x("priv", "R P H", "angry", "niiiiigger i chatten igen. koppla mig till en vit människa"),
    x("pub", "R", "angry", "Somalierna i kön på kontoret i Rinkeby skriker och tränger sig. Ni borde ha en egen kö för oss svenskar, det folket kan inte bete sig."),
    x("priv", "R", "angry", "Alla araber är lögnare och bedragare. Därför ökar bedrägerierna hos er, enkel matte."),
    x("pub", "R P", "angry", "Arabjävlarna på ert kontor i Malmö gör som de vill. Ut med dem."),
    x("pub", "R", "angry", "Muslimerna tar över Sverige bit för bit och ni hjälper dem med era halal-lån. Skäms."),
    x("pub", "R", "angry", "Islam är en pest och muslimer ska inte få jobba på svenska banker. De har ingen lojalitet mot det här landet."),
    x("pub", "R", "angry", "Följ pengarna: varje räntehöjning gynnar samma judiska familjer. Ni är bara deras kassörer."),
    x("pub", "R", "angry", "Rothschild äger er redan, eller hur? Samma sionistiska nätverk som äger alla medier och alla banker."),
    x("pub", "R", "angry", "J*darna skyller alltid på någon annan och ni är precis likadana. Inte konstigt med den ägarlistan."),
    x("pub", "R", "angry", "Zigenarna tar pengar från pensionärer vid era bankomater varje dag. Det folket borde spärras in."),
    x("pub", "R P", "angry", "Tattarpack överallt i Hässelby, klart att någon har tömt mitt konto."),
    x("pub", "R P", "angry", "Kineserna har säkert byggt er app, den går sönder lika fort som deras billiga skräp. Jävla gulingar."),
    x("priv", "R P", "angry", "G-u-l-i-n-g-a-r i supporten som inte fattar ett ord av vad man säger."),
    x("pub", "R P", "angry", "Snedögda IT-konsulter överallt. Ni har väl flyttat hela driften till Kina nu."),
    x("priv", "R", "angry", "Sluta anställa afrikaner. De kan inte passa tider och nu har mitt ärende legat och ruttnat i en månad."),
    x("pub", "R", "angry", "Polackerna i byggbranschen lurar folk och ni försäkrar dem ändå. Alla vet hur de är.", INS),
    x("priv", "R", "angry", "Ryssar och ukrainare, samma maffiafolk allihop. Frys alla deras konton så slipper vi bedrägerierna."),
    x("pub", "R", "angry", "Kurderna har tagit över kontoret i Husby. Som svensk får man gå därifrån utan hjälp, de hjälper bara sina egna."),
    x("pub", "R", "angry", "Afghanerna som kom 2015 får allt serverat. Kort, Swish och lån direkt. Dra tillbaka vartenda konto."),
    x("pub", "R", "angry", "Er nya reklam är full av mörkhyade. Var är svenskarna? Det här är ett folkutbyte och ni är med och betalar."),
    x("priv", "R H", "angry", "Åk hem till ditt eget land, du som svarade mig i chatten. Sådana som du har inget här att göra."),
    x("pub", "R N H", "angry", "Fatima Osman borde åka hem till Mogadishu istället för att neka svenskar lån. Hon och hennes sort lever på oss."),
    x("pub", "R N H", "angry", "Kan Fatima ens läsa svenska? Typiskt dem, de kommer hit och tar jobben från riktiga svenskar."),
    x("priv", "R P", "angry", "Handläggaren hette något på -ović och såklart har mitt ärende försvunnit. Juggar kan inte hålla ordning på någonting."),
    x("pub", "R P", "angry", "Finnjävlar i Haparanda super bort lönen och ni beviljar dem lån ändå. Inte undra på att inkassot går varmt."),
    x("pub", "R P", "angry", "Lappjävlarna i fjällen får renbidrag och nu ska de ha billigare lån också?"),
    x("priv", "R P H", "angry", "Kameljockeyn som satt i kassan idag fattade inte ens vad ett bankgiro är."),
    x("priv", "R H", "angry", "Ni har anställt en kackerlacka från Eritrea som handläggare och den gör inte ett enda rätt."),
    x("priv", "R", "angry", "Apor från Afrika i telefonen, det är vad man får hos er numera."),
    x("pub", "R P", "angry", "n.e.g.e.r.b.a.n.k"),
    x("pub", "R P", "angry", "Invandrarjävlar har tagit över varenda bankkontor söder om Stockholm."),
    x("priv", "R P H", "angry", "Hon i telefon pratade så dålig svenska att jag fick gissa mig till resten. Ni anställer väl vilken blatte som helst som kan hålla i en lur."),
    x("priv", "R", "angry", "Jag vill ha en ny handläggare. Mustafa förstår inte ett ord svenska, typiskt araber, de lär sig aldrig språket."),
    x("priv", "R P H", "angry", "Svarting eller inte, det skiter jag i, men killen i kassan i Borås kan inte räkna."),
    x("pub", "R P", "angry", "Blatteungarna klottrar på er bankomat varje helg och ni gör ingenting. Skicka hem hela släkten."),
    x("pub", "R", "angry", "Förintelsen har aldrig hänt, men era avgifter finns tyvärr på riktigt."),
    x("pub", "R", "angry", "Skickar ni mina pengar till Israel också nu när ni ändå jobbar för sionisterna? ZOG-banken."),
    x("pub", "R P", "angry", "Sandn*gger-kunder före oss i kön, som vanligt på kontoret vid Möllan."),
    x("pub", "R P", "angry", "Ni ger konto till varenda s v a r t s k a l l e som kliver av båten men min dotter får nej på ett billån."),
    x("pub", "R S P", "angry", "Hijabhororna i kassan på Stortorget kan inte ens räkna växel."),
    x("pub", "R", "angry", "Era rumänska tiggare utanför entrén borde forslas bort med sopbilen."),
    x("pub", "T R P", "angry", "Blattarna på kontoret i Tensta ska få se vad som händer när vi kommer dit på fredag."),
    x("pub", "T R", "angry", "Ni ska få känna på det när vi rensar ut alla muslimer från era kontor. Räkna med oss."),
    x("priv", "R P", "angry", "Skadeavdelningen är full av bl@ttar som inte kan läsa ett läkarintyg. Jag vill ha en svensk handläggare.", INS),
    x("priv", "R N", "angry", "Ta bort Jonas Ahmadi från mitt ärende. Hans folk fuskar med försäkringar, det vet ju alla.", INS),
    x("pub", "R P N H", "angry", "Ahmed Karimi på kortavdelningen är en typisk okenratta som borde åka tillbaka till sin sandlåda.", CARD),
    x("priv", "R P", "angry", "Ingen i er chatt kan svenska. Ni har väl lagt ut den på n-i-g-g-e-r-s i Nairobi."),
    x("pub", "R P", "angry", "Svennejävlar allihop i er ledning, ni är rasister hela bunten och hatar alla som inte heter Andersson."),

    # ---- sexism ----------------------------------------------------------
    x("priv", "S P H", "angry", "Du är en korkad hora som inte kan läsa ett enda villkor."),
    x("priv", "S P H", "angry", "h o r a n i chatten har stängt mitt ärende igen"),
    x("priv", "S P H", "angry", "Sl*nan som svarade igår skulle inte ens klara kassan på Ica."),
    x("pub", "S P H", "angry", "Subban på skadeavdelningen vägrar betala ut. Hon njuter av att säga nej.", INS),
    x("pub", "S P", "angry", "Era kvinnliga handläggare är slampor som har flörtat sig till sina tjänster."),
    x("pub", "S P N H", "angry", "Linnea din jävla slampa, godkänn lånet nu."),
    x("pub", "S P N H", "angry", "Maria Nilsson är en bitter subba som aldrig borde få bestämma över någons pengar."),
    x("priv", "S H", "angry", "Kärringen i växeln la på luren. Typiskt kvinnor, de klarar inte minsta motstånd."),
    x("pub", "S", "angry", "Att låta kvinnor räkna på mitt bolån är som att låta en hund köra buss."),
    x("priv", "S", "angry", "Tjejer kan inte räkna ränta på ränta. Därför ber jag alltid om en manlig rådgivare."),
    x("priv", "S", "angry", "Typiskt kvinnor att tappa bort papper. Tre gånger har jag skickat samma intyg till er."),
    x("priv", "S H", "angry", "Lilla gumman, du behöver inte förstå hur fonder fungerar. Koppla mig bara till din chef."),
    x("priv", "S H", "angry", "Hjärtat, det här är inget för dig. Hämta en kille som kan det här."),
    x("priv", "S H", "angry", "Låt pappa förklara, lilla vän: du har räknat fel. Sätt en karl på ärendet."),
    x("pub", "S N H", "angry", "Emma Larsson ska hålla sig i köket och låta männen sköta bankärendena."),
    x("priv", "S", "angry", "Varför är det alltid fruntimmer som svarar hos er? Vi vill prata med folk som har hjärna."),
    x("pub", "S", "angry", "Tjejerna på kontoret i Sundsvall har säkert legat med chefen allihop, annars hade de aldrig fått jobben."),
    x("priv", "S P H", "angry", "Hon som handlägger min skada har säkert fått jobbet genom att suga av någon på huvudkontoret.", INS),
    x("priv", "S P H", "angry", "Fittan i telefon kunde inte ens säga vad självrisken var."),
    x("priv", "S P H", "angry", "Din f*tta, svara på mejlet."),
    x("pub", "S", "angry", "Kärringgänget på skadeavdelningen borde pensioneras, ingen av dem har sett en motor.", INS),
    x("priv", "S H", "angry", "Kärring! Du har nekat min ersättning för att du hatar män.", INS),
    x("pub", "S", "angry", "Ni kvoterar in kvinnor i styrelsen och sen undrar ni varför aktien rasar. Tjejer hör inte hemma i ett styrelserum."),
    x("pub", "S N H", "angry", "Lina i chatten låter som en tolvårig bimbo. Hämta en vuxen man."),
    x("pub", "S N H", "angry", "Anna Lindqvist borde skaffa barn och stanna hemma i stället för att sabba folks lån."),
    x("priv", "S P H", "angry", "Sluta fnissa och gör ditt jobb, slyna."),
    x("pub", "S P", "angry", "Hela er kundtjänst är ett hönshus fullt av h0r0r."),
    x("priv", "S P H", "angry", "Luder! Du stängde mitt kort utan att ens fråga mig.", CARD),
    x("priv", "S P H", "angry", "Fnasket i kassan vägrade ta emot mina mynt."),
    x("priv", "S P H", "angry", "Vilken tik du är som vägrar ge mig ett rakt svar."),
    x("priv", "S", "angry", "Kvinnor är för känslostyrda för att bedöma skador. De blir ledsna och säger nej till allt.", INS),
    x("pub", "S", "angry", "Det märks att ni anställer efter utseende. Söta brudar som inte kan räkna till tio."),
    x("priv", "S H", "angry", "Hon i telefon hade pms, det hördes direkt. Kvinnor borde inte få jobba de dagarna."),
    x("pub", "S H", "angry", "@Malin_S håll käften kärring, ingen har frågat dig om räntan."),
    x("pub", "S P H", "angry", "@lisa.berg87 din feministhora, gå och gnäll någon annanstans."),
    x("priv", "S P H", "angry", "Jävla sl4mp4 i chatten, svara då!"),
    x("priv", "S P H", "angry", "Fittkarringen i kassan himlade med ogonen at mig nar jag bad om hjalp."),
    x("pub", "S", "angry", "Oskar är väl den enda på kontoret som kan något, resten är tjejer som sitter och fikar."),
    x("pub", "S", "angry", "Kvinnliga chefer är som aprilväder, man vet aldrig vad man får. Därför går er bank åt skogen."),
    x("pub", "S N H", "angry", "Fatima, gå hem och laga mat åt din man istället för att handlägga lån."),
    x("priv", "S N H", "angry", "Kim i chatten har säkert mens, hon är helt omöjlig idag."),
    x("priv", "S", "angry", "Skadeavdelningen är full av tanter som hatar män. Typiskt kvinnor att straffa oss för att vi finns.", INS),
    x("priv", "S P H", "angry", "Hooora, hora, horaaa. Det är allt jag har att säga till dig som nekade mitt lån."),
    x("priv", "S H", "angry", "Du som jobbar i chatten, skicka en bild på dina bröst så kanske jag slutar klaga."),
    x("pub", "S", "angry", "Tjejer som jobbar på bank är bara där för att hitta en rik man."),
    x("priv", "S H", "angry", "Ge mig en riktig handläggare, inte en liten flicka som precis har gått ut gymnasiet."),
    x("pub", "S", "angry", "Johan borde sparka alla kärringar på kontoret, då kanske något skulle bli gjort."),
    x("pub", "S", "angry", "Alla tjejer i er kundtjänst är lika dumma som de är sminkade."),
    x("pub", "S", "angry", "Min fru har fått jobb hos er. Nu förstår jag varför ni går dåligt, kvinnor kan inte hålla koll på pengar."),
    x("pub", "S P", "angry", "Hororna på pensionsavdelningen ska inte bestämma om min pension."),
    x("pub", "S P H", "angry", "Vem är subban som skrev det här svaret? Skriv under med namn så vi vet vem vi ska klaga på."),
    x("pub", "S P N H", "angry", "Lina i chatten heter egentligen något annat. Här är slynans privata nummer: [[phone|070-174 06 93]]. Ring och säg vad ni tycker!"),
    x("pub", "S N", "angry", "Karin Holm är precis som alla kvinnor i chefsposition, hon fattar beslut på känsla och inte på fakta. Byt ut henne.", INS),
    x("priv", "S P N H", "angry", "Petra din lilla hora, betala ut skadan nu.", INS),
    x("pub", "S", "angry", "Typiskt att kortbolaget har en kvinna som vd. Avgifterna går upp och ingen vet varför, kvinnor har aldrig förstått ekonomi.", CARD),
    x("pub", "S", "angry", "karringjavlarna pa kundtjanst borde sparkas allihop, de kan ju ingenting"),

    # ---- severe profanity --------------------------------------------------
    x("priv", "P", "angry", "Kukbanken har dragit avgiften två gånger. Igen."),
    x("pub", "P", "angry", "k u k f ö r s ä k r i n g som aldrig betalar ut en krona", INS),
    x("priv", "P", "angry", "KUUUUK vad långsamma ni är"),
    x("pub", "P", "angry", "Knulla era avgifter och er app."),
    x("pub", "P", "angry", "Knull4 er allihop, jag byter bank på måndag."),
    x("pub", "P", "angry", "Fy fan vilket kukgäng ni har på skadeavdelningen.", INS),
    x("pub", "P", "angry", "Runka på era egna villkor, ingen vanlig människa förstår dem ändå."),
    x("pub", "P", "angry", "Ni kan sitta och runka av varandra på huvudkontoret medan vi står i kö."),
    x("priv", "P", "angry", "F1ttbolag. Tre veckor för att flytta ett ISK."),
    x("pub", "P", "angry", "Vilken fittapp ni har, den loggar ut mig hela tiden."),
    x("pub", "P", "angry", "Tjugo år som kund och så blir man knullad med en självrisk på 12 000.", INS),
    x("priv", "P", "angry", "Kuksugande bank. Svara nu."),
    x("pub", "P", "angry", "Ni är ett gäng kukhuvuden som inte borde få driva en korvkiosk."),
    x("pub", "P", "angry", "Vad håller ni på med, era kuklösa pappskallar?"),
    x("pub", "P", "angry", "Vilket pittbolag ni är, ni nekar allt som inte är en brand.", INS),
    x("pub", "P", "angry", "Horbolag! Ni tar ut avgifter för ingenting."),
    x("pub", "P", "angry", "Horungar allihop på ekonomiavdelningen."),
    x("priv", "P H", "angry", "Du är en horunge som stängde mitt konto utan förvarning."),
    x("priv", "P N H", "angry", "Alex, din kuk, ring tillbaka som du lovade."),
    x("pub", "P N H", "angry", "Johan Berg är en kukmacka. Han har inte gjort ett skit på två veckor."),
    x("priv", "P N H", "angry", "Sam din kukhjärna, du har skickat fel blankett tre gånger nu."),
    x("pub", "P N H", "angry", "Oskar Pettersson är en fitta som gömmer sig bakom mejl."),
    x("priv", "P N H", "angry", "Kim, sug min kuk och lås upp kontot."),
    x("pub", "P", "angry", "K.U.K.B.O.L.A.G"),
    x("priv", "P", "angry", "k*k-app som kraschar varje gång man ska betala"),
    x("pub", "P", "angry", "Vad är det för k-u-k-s-u-g-a-r-e som har designat er inloggning?"),
    x("pub", "P", "angry", "FITTBANK!!!!!!"),
    x("priv", "P", "angry", "fiiiiiittbank igen, lönen syns inte"),
    x("priv", "P", "angry", "f!ttjävlar, svara i telefon"),
    x("pub", "P", "angry", "Jag blir så knullad av era avgifter att jag borde ta betalt."),
    x("pub", "T P", "angry", "Knulla er. Fixar ni inte kontot idag kommer jag dit och slår sönder bankomaten."),
    x("pub", "T P", "angry", "Nästa gång jag blir nedkopplad kommer jag och knullar upp hela ert kontor i Kalmar, det lovar jag."),
    x("pub", "P", "neutral", "Fuck vad snabbt det gick! Pengarna var inne på en minut 😄"),
    x("pub", "P", "neutral", "Kuk vad gött att kortet kom redan idag, tack Lina!"),
    x("priv", "P", "upset", "Fuck fuck fuck, jag har tappat plånboken i Barcelona. Hur spärrar jag kortet?? Appen laddar inte."),
    x("priv", "P", "upset", "Kuk också, nu är kortet spärrat igen och jag står i kassan med full kundvagn."),
    x("priv", "P N H", "neutral", "Du låter så sexig i chatten Emma, vill du knulla efter jobbet? 😉"),
    x("priv", "P H", "neutral", "Till hon som svarade i telefon i morse: jag runkade till din röst efteråt 😏 ring mig igen"),
    x("priv", "P", "upset", "Fittkallt i Kiruna och kortet funkar inte i automaten. Vad gör jag nu?"),
    x("pub", "P", "angry", "Ni är så kukdumma att jag bara skrattar."),
    x("pub", "P", "angry", "Vem knullade till inloggningen den här gången?"),
    x("priv", "P", "angry", "Appen är totalt knullad efter uppdateringen."),
    x("pub", "P", "angry", "fuck off med era avgifter"),
    x("priv", "P", "angry", "Ni har lyckats f*cka upp en enkel adressändring."),
    x("pub", "P", "angry", "Motherfuckers på kreditavdelningen nekade mig igen."),
    x("pub", "P", "angry", "Kuksugarbolag. Ni svarar aldrig på mejl."),
    x("pub", "P", "angry", "Mammaknullare allihop, ge mig mina pengar."),
    x("pub", "P", "angry", "Dra åt helvete, era kukar."),
    x("pub", "P", "angry", "Ni får gärna slicka min pung medan ni ändå inte svarar."),
    x("priv", "P", "angry", "Ert fittsystem har låst mig ute för tredje gången."),
    x("pub", "P", "angry", "Ni har väl kuk i huvudet allihop på IT."),
    x("pub", "P", "angry", "En enda stor f i t t a, det är er kundservice."),
    x("pub", "P", "angry", "KNUUUULLA ER OCH ERA SPÄRRAR"),
    x("pub", "P", "angry", "Man blir ju rövknullad av er ränta varje kvartal."),
    x("priv", "P", "angry", "Knullar ni med mig? Tredje gången jag fyller i samma formulär!"),
    x("priv", "P H", "angry", "Vad sa du, din kukjävel? Säg det igen."),
    x("pub", "P", "angry", "Vilket kukkort. Nekat på varenda tankstation i Norge.", CARD),
    x("pub", "P", "angry", "fvcking försäkring, ni hittar alltid en paragraf", INS),
    x("pub", "P", "angry", "K-n-u-l-l-a er och er 'trygghet'."),
    x("priv", "P N H", "angry", "Nora din lilla kuksugare, svara på mejlet", INS),
    x("pub", "P", "angry", "Vilken jävla runkapp."),
    x("priv", "P H", "angry", "Johan på skadeavdelningen är en riktig kukskalle, han har inte rört mitt ärende på en månad.", INS),

    # ---- hard negatives: mild swearing ---------------------------------------
    x("pub", "", "angry", "Fan, nu kastade appen ut mig mitt i hyresbetalningen igen. Fixa det."),
    x("pub", "", "angry", "Helvetes bank, sex dagar utan svar på ett enkelt mejl."),
    x("priv", "", "angry", "Jävla skitapp, den laddar i all evighet."),
    x("pub", "", "neutral", "Fy satan vad smidigt det var att byta till er! Borde ha gjort det för länge sedan."),
    x("pub", "", "neutral", "Fan vad bra att ni har öppet i chatten på söndagar."),
    x("priv", "", "upset", "Helvete, jag har glömt pinkoden och kortet är spärrat. Hur får jag en ny kod snabbt?"),
    x("pub", "", "angry", "Skit samma vad ni lovar, ni håller det ändå aldrig."),
    x("pub", "", "upset", "Tusan också, 52 minuter i telefonkö och sen bröts samtalet."),
    x("priv", "", "angry", "Vad i hela friden håller ni på med? Skitsystem."),
    x("pub", "", "angry", "J-ä-ä-ä-vla bank, varför dras avgiften varje månad?"),
    x("priv", "", "upset", "javla app, jag kommer inte at mitt konto och hyran ska betalas idag"),
    x("pub", "", "neutral", "Ja men fy fan vad gott det är att äntligen vara skuldfri. Tack för hjälpen med omläggningen!"),
    x("pub", "", "upset", "Helvete vad stressad jag blir. Lönen syns inte i appen och hyran dras på fredag."),
    x("pub", "", "neutral", "Sjukt bra service i chatten idag, fan vad skönt."),
    x("priv", "", "angry", "Vafan menar ni med att jag inte kan ta ut mina egna pengar??"),
    x("pub", "", "angry", "Skitförsäkring, ni hittar alltid ett skäl att inte betala.", INS),
    x("pub", "", "neutral", "Jävlar vad bra räntan blev efter omförhandlingen, tack!"),
    x("priv", "", "angry", "Dra åt skogen med era 'verifieringar'. Tredje gången jag skickar passet."),
    x("pub", "", "angry", "Pissdålig app. Ingenting fungerar efter uppdateringen."),
    x("pub", "", "angry", "Stoppa upp er kundkännedom där solen inte skiner."),
    x("pub", "", "angry", "Ni kan dra dit pepparn växer med era nya avgifter."),
    x("priv", "", "upset", "Åh skit, jag har swishat till fel nummer. 450 kr. Går det att få tillbaka?"),
    x("pub", "", "angry", "Satan, vilken soppa ni har gjort av flytten av mitt ISK. Fyra veckor och pengarna är fortfarande inte framme."),

    # ---- hard negatives: insults at the company only -------------------------
    x("pub", "", "angry", "Ni är en samling clowner som inte borde få hålla i andras pengar."),
    x("pub", "", "angry", "Lögnare och bedragare hela banken. Ni sa att det var avgiftsfritt."),
    x("pub", "", "angry", "Vilka idioter ni är som stänger kontoret i Ljusdal. Tänk på pensionärerna."),
    x("pub", "", "angry", "Giriga svin allihop på det här försäkringsbolaget.", INS),
    x("pub", "", "angry", "Ni är ena riktiga blodsugare. 89 kr för ett pappersutdrag."),
    x("pub", "", "angry", "Ni är rasister allihop som kräver tre ID-handlingar av alla med utländska namn."),
    x("pub", "", "angry", "Ni diskriminerar kvinnor med lägre lånelöften, det har jag sett med egna ögon. Mossiga gubbar allihop i er ledning."),
    x("pub", "", "angry", "Kortbolaget från helvetet. Tredje gången ni spärrar utan anledning.", CARD),
    x("priv", "", "angry", "Jag kommer att anmäla er till Finansinspektionen och gå till Aftonbladet. Ni är en skandal."),

    # ---- hard negatives: look-alike words -----------------------------------
    x("pub", "", "neutral", "Flyttar till Fittja i mars. Kan jag byta till ert kontor i Botkyrka eller behöver jag ett nytt kundavtal?"),
    x("pub", "", "neutral", "Fittjabadet har öppnat igen och min son ska börja simma. Täcker barnförsäkringen olyckor i simhallen?", INS),
    x("pub", "", "neutral", "Vi har ett fritidshus i Kukkola, precis vid älven. Ingår skador vid islossningen i försäkringen?", INS),
    x("pub", "", "neutral", "Min morfar har snidat kuksor i 40 år och vill börja sälja dem. Kan han få Swish Företag som pensionär?"),
    x("priv", "", "neutral", "Stämmer det att erbjudandet tar slut i slutet av månaden? Vill hinna binda räntan."),
    x("pub", "", "neutral", "Min slutsats efter två veckor med nya appen: mycket bättre. Bra jobbat!"),
    x("priv", "", "neutral", "När dras slutbetalningen av billånet? Vill se till att det finns täckning."),
    x("priv", "", "upset", "Mitt efternamn är Hora, det är tjeckiskt och betyder berg. Ert formulär säger 'otillåtet ord' och jag kan inte skapa konto. Vad gör jag?"),
    x("pub", "", "neutral", "Vi bor i Horred utanför Kungsbacka. Har ni någon skadeinspektör i området eller ska jag skicka bilder?", INS),
    x("pub", "", "neutral", "Var hittar jag er analys av bostadsmarknaden som nämndes i nyhetsbrevet?"),
    x("priv", "", "neutral", "Påverkas jag negativt om jag säger upp mitt kreditkort och öppnar ett nytt hos er?"),
    x("pub", "", "neutral", "Min bror ska jobba med ett vattenprojekt i Niger i ett år. Kan han behålla sitt konto och BankID där?"),
    x("pub", "", "neutral", "Vi ska på en båtresa längs Nigerfloden i november. Gäller reseskyddet i Mali och Niger, eller avråder UD?", INS),
    x("pub", "", "neutral", "Vi har sommarhus på Käringön. Hur fungerar försäkringen för bryggan om isen tar den?", INS),
    x("priv", "", "neutral", "Jag fick en lapp i brevlådan om att kontoret stänger. Stämmer det, och vart ska jag vända mig då?"),
    x("priv", "", "neutral", "Vår tik har fått sex valpar! Kan vi försäkra dem redan nu eller måste de vara åtta veckor?", INS),
    x("priv", "", "neutral", "Hur sätter jag på kontaktlös betalning på mitt nya kort?"),
    x("pub", "", "upset", "Kön i telefon var 70 minuter idag. Går det att boka en tid i stället?"),
    x("priv", "", "neutral", "Varför måste jag ange kön när jag ansöker om sparkonto? Det borde väl inte spela någon roll?"),
    x("priv", "", "neutral", "Min dotter Pippa fyller 18 i maj. Kan hon öppna eget konto själv då eller behöver vi följa med?"),
    x("pub", "", "neutral", "Det spelades visst in en film med Brad Pitt utanför ert kontor i Ystad, kul! Har ni öppet som vanligt på måndag?"),
    x("pub", "", "neutral", "Ollonborrelarverna har ätit upp hela gräsmattan. Täcker villaförsäkringen skadedjur i trädgården?", INS),
    x("priv", "", "neutral", "Vi har byggt en kåta vid stugan i Arjeplog. Behöver den försäkras separat eller räknas den som komplementbyggnad?", INS),
    x("pub", "", "upset", "Sex dagar kvar till lön och kortet är spärrat. Hur snabbt kan ni skicka ett nytt?"),
    x("pub", "", "neutral", "Vi ska ha en sexa för nya medlemmar i föreningen. Kan vi ta betalt via Swish till föreningen?"),
    x("priv", "", "neutral", "Ljusstaken i mässing föll och det blev ett brännmärke på bordet. Räknas det som allriskskada?", INS),
    x("priv", "", "neutral", "Jag har ett gäng kulor på sparkontot som jag vill placera. Vad rekommenderar ni för fonder?"),
    x("pub", "", "neutral", "Vill skicka pengar till Rom där min dotter pluggar. Hur lång tid tar en SEPA-överföring?"),
    x("priv", "", "neutral", "Hur hög är självrisken om en spik går igenom däcket? Är det vagnskada?", INS),
    x("pub", "", "neutral", "Jag gör en broschyr åt vår förening och undrar om er logga ska sättas i Helvetica eller ett eget typsnitt?"),
    x("priv", "", "upset", "Vår Maine Coon har fått problem med njurarna. Hur mycket av behandlingen täcker djurförsäkringen? Räkningarna är redan uppe i 9 000 kr.", INS),
    x("pub", "", "neutral", "Kukeliku! Tuppen väckte mig kl 5 så jag hann betala alla räkningar innan jobbet. Snygg ny app förresten."),
    x("priv", "", "upset", "Jag fick ett sms med en länk som säger att mitt konto 'slutar gälla' idag. Är det bedrägeri?"),
    x("priv", "", "neutral", "Era presentkort till jul står som slutsålda. Kommer det fler?"),
    x("pub", "", "neutral", "Sätter ni på värmen på kontoret snart? Man fryser i kön 😅"),
    x("priv", "", "neutral", "Min svärfar heter Dick och vill ge oss en gåva till kontantinsatsen. Hur ska vi dokumentera den?"),

    # ---- hard negatives: neutral mentions of groups, language ----------------
    x("priv", "", "neutral", "Jag är invandrare och har inget pass än, bara uppehållstillståndskort. Kan jag ändå få BankID?"),
    x("priv", "", "neutral", "Hej, kan ni svara på arabiska? Min pappa förstår inte svenska så bra. Ni kan mejla honom på [[email|k.haddad61@example.se]]."),
    x("priv", "", "neutral", "Finns det någon rådgivare på kontoret i Järva som pratar somaliska? Min mamma vill gå igenom sin pension."),
    x("priv", "", "neutral", "Jag är muslim och vill inte betala ränta. Har ni något alternativ till vanligt bolån?"),
    x("pub", "", "neutral", "Den judiska församlingen i Göteborg behöver ett nytt föreningskonto. Vem ska vi kontakta?"),
    x("pub", "", "neutral", "Vi är en romsk kulturförening i Malmö och vill söka sponsring till ett barnläger. Vart skickar man ansökan?"),
    x("priv", "", "neutral", "Jag är same och renskötare. Hur fungerar försäkringen för renar som blir påkörda av tåg?", INS),
    x("pub", "", "neutral", "Har ni något sparkonto riktat till kvinnor? Läste att kvinnor får lägre pension och vill börja spara tidigt."),
    x("pub", "", "neutral", "Tipsa gärna om er kurs 'Tjejer och pengar', min dotter på 16 vill gå."),
    x("priv", "", "upset", "Jag förstod inte vad handläggaren sa i telefon idag, hon pratade väldigt snabbt och linjen var dålig. Kan någon ringa upp mig igen?"),
    x("priv", "", "upset", "Handläggaren hade en brytning som jag inte hängde med i, och nu vet jag inte om mitt lån är godkänt. Kan jag få beskedet skriftligt?"),
    x("priv", "", "neutral", "Kan jag få prata med någon på finska? Min mamma är sverigefinne och vill helst ta det på sitt modersmål."),
    x("priv", "", "neutral", "Min man är från Eritrea och har bara ett eritreanskt pass. Vilka handlingar behöver han för att bli medkontohavare?"),
    x("pub", "", "neutral", "Jag ska resa till Nigeria i jul. Behöver jag aktivera kortet för Afrika i appen?", CARD),
    x("pub", "", "neutral", "Jag tycker det är bra att ni har reklam med människor med olika bakgrund. Så ser Sverige ut."),
    x("pub", "", "neutral", "Är ni öppna på kontoret i Rinkeby under ramadan, eller har ni kortare tider då?"),

    # ---- hard negatives: reports of racism or sexism ------------------------
    x("pub", "", "upset", "En man i kön på ert kontor i Uppsala kallade kassörskan 'blatte' högt inför alla. Ingen i personalen gjorde något. Hur hanterar ni sånt?"),
    x("priv", "", "upset", "Min dotter blev kallad hora av en annan kund utanför ert kontor när hon inte ville låna ut sin telefon. Har ni kameror vid entrén? Polisen vill ha filmen."),
    x("priv", "", "upset", "Er rådgivare sa till min fru att 'kvinnor brukar ångra sig' och att hon borde ta med mig nästa gång. Är det er policy? Det var förnedrande."),
    x("pub", "", "upset", "Någon har sprejat 'Sverige åt svenskarna' på er bankomat vid torget. Kan ni sanera den? Barnen går förbi där varje dag."),
    x("pub", "", "angry", "Varför får kommentarerna där folk kallar er personal för n-ordet ligga kvar i flera timmar? Moderera ert flöde!"),
    x("priv", "", "upset", "Jag blev kallad svartskalle av en kund när jag stod i kön till kassan i Örebro igår, och vakten bara tittade på. Jag vill göra en formell klagan. Mejla mig gärna på [[email|yusuf.abdi.orebro@example.se]]."),
    x("pub", "", "neutral", "Min syster jobbar i er kassa i Skövde och jag vill bara tacka för att ni tar bort rasistiska kommentarer här så snabbt. Det betyder mycket."),
    x("priv", "", "upset", "Skadeinspektören frågade om det är min man som 'brukar bestämma' över ekonomin hemma. Det kändes inte okej. Jag vill byta inspektör.", INS),
    x("pub", "", "upset", "Någon i tråden ovanför skrev att 'tjejer inte kan räkna' om er rådgivare. Tänker ni låta det stå kvar?"),

    # ---- hard negatives: equality policy --------------------------------------
    x("pub", "", "neutral", "Hur många kvinnor sitter i er koncernledning? Hittar inga siffror i årsredovisningen."),
    x("pub", "", "neutral", "Vad har ni för policy mot rasism och sexism i kommentarsfältet? Jag såg att ni tog bort några inlägg igår."),
    x("pub", "", "angry", "Varför tog ni bort min kommentar? Jag skrev bara att vd:n borde avgå. Det är censur."),
    x("pub", "", "upset", "Det känns fel att ni har ett sparkonto med bonusränta bara för kvinnor. Jag är ensamstående pappa och sparar lika mycket. Är inte det diskriminering?"),
    x("pub", "", "neutral", "Bra att ni gör lönekartläggning och publicerar lönegapet. Hur stort är det bland rådgivarna?"),
    x("pub", "", "angry", "Era jämställdhetsmål är bara snygg PR. Ni har fortfarande bara män i styrelsen."),

    # ---- hard negatives: staff named kindly or neutrally ----------------------
    x("pub", "", "neutral", "Fatima Osman på kontoret i Västerås förklarade bolånet bättre än någon annan har gjort. Stort tack!"),
    x("priv", "", "neutral", "Tack Johan för att du ringde upp så snabbt, nu fungerar BankID igen."),
    x("pub", "", "neutral", "Jonas Ahmadi hjälpte oss så bra efter vattenskadan. Ge honom en löneförhöjning!", INS),
    x("priv", "", "upset", "Emma Larsson skulle ringa mig i fredags om amorteringsunderlaget, men det har varit tyst sedan dess. Kan någon annan ta över?"),
    x("priv", "", "neutral", "Min dotter heter också Linnea Gustafsson, så om ni får mejl från henne är det inte er kollega 😄 Hon vill öppna ett konto."),
]

# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

EN = [
    # ---- racism ----------------------------------------------------------
    x("priv", "R P", "angry", "Every time I ring you I get some n*gga who can't speak Swedish. Sort it out."),
    x("pub", "R P", "angry", "Your Malmö branch is crawling with sand monkeys now. Not setting foot in there again."),
    x("pub", "R P", "angry", "Deport the lot of them, starting with the r4gheads in your call centre."),
    x("pub", "R P", "angry", "Muzzies shouldn't be allowed to open accounts here, every krona ends up with some terror group."),
    x("pub", "R", "angry", "Funny how every bank board is full of the same tribe. Jewish money runs Sweden and you know it."),
    x("pub", "R P", "angry", "K1kes running the bank, goyim paying the fees. Same as it ever was."),
    x("pub", "R", "angry", "The gypsies were begging outside your ATM again. Those people are vermin, get rid of them."),
    x("pub", "R", "angry", "Africans can't manage money, it's in their genes. Stop handing them credit cards."),
    x("priv", "R", "angry", "Why does all your support staff sound like they just got off the boat? Send them back."),
    x("priv", "R P H", "angry", "The agent I got was some ch!nk who kept saying sorry sorry. Get me a Swede."),
    x("pub", "R P", "angry", "Chinese hackers, Chinese app, Chinese staff. Zipperheads everywhere."),
    x("priv", "R P H", "angry", "That spic on your fraud line laughed at me when I explained what happened."),
    x("pub", "R", "angry", "Somalis are leeches, every single one of them, and you hand them loans."),
    x("pub", "R", "angry", "Muslims are a cancer on this country and your bank keeps feeding it."),
    x("pub", "R N", "angry", "Fatima Osman should go back to Africa. She has no business deciding Swedish people's loans."),
    x("pub", "R", "angry", "The Holocaust was exaggerated, just like your so-called fraud protection."),
    x("priv", "R P", "angry", "Put me through to a real Swede, not a p a k i reading from a script."),
    x("pub", "R P", "angry", "Your new ad is full of darkies. Who exactly is it for?"),
    x("priv", "R P", "angry", "Those w0gs at the Rinkeby branch can't even count change."),
    x("priv", "R", "angry", "Mohammed at your branch couldn't understand a word I said. Typical, they never learn the language and expect us to adjust."),
    x("priv", "R H", "angry", "Go back to your own country, you illiterate monkey, and stop answering Swedish customers."),
    x("priv", "R P", "angry", "Coon on the phone again. Unbelievable."),
    x("pub", "R", "angry", "Jewish bankers and their Swedish puppets. (((Demobanken))) knows exactly who it works for."),
    x("priv", "R P", "angry", "These ni66ers in your card support should be shipped back.", CARD),
    x("pub", "R N", "angry", "Why is Ahmed Karimi handling my card dispute? His lot run half the card scams in Europe.", CARD),
    x("pub", "T R", "angry", "Every Muslim working at your Husby branch had better find another job. We know where it is and we'll clear it out ourselves."),

    # ---- sexism ----------------------------------------------------------
    x("priv", "S H", "angry", "Listen sweetie, let a man handle this. Put your manager on."),
    x("priv", "S H", "angry", "Honey, mortgages aren't for pretty girls. Transfer me to someone who knows."),
    x("priv", "S H", "angry", "Typical woman, she lost my documents and then blamed the system."),
    x("priv", "S H", "angry", "The chat agent is clearly on her period. Women shouldn't work customer service."),
    x("priv", "S", "angry", "Your female advisers are bimbos who got hired for their looks."),
    x("pub", "S P N H", "angry", "Maria Nilsson is a dumb slut who has no idea what she's doing."),
    x("pub", "S P N H", "angry", "Linnea is a frigid bitch. Get me someone else."),
    x("priv", "S P H", "angry", "What a whore that agent was, hung up on me twice."),
    x("priv", "S P H", "angry", "The cunt in the chat closed my case again."),
    x("priv", "S P H", "angry", "b1tch in the chat won't answer"),
    x("pub", "S P", "angry", "Every girl answering your phones is a slut, I'd bet money on it."),
    x("priv", "S", "angry", "Your CEO should be barefoot and pregnant, not running a bank."),
    x("pub", "S N H", "angry", "Ask Anna Lindqvist to fetch me a coffee and then put a man on my case."),
    x("priv", "S N H", "angry", "Emma, sweetheart, I don't need your feelings. Put a proper banker on."),
    x("pub", "S H", "angry", "@jenny_k92 shut up you silly cow, nobody asked a woman."),
    x("priv", "S H", "angry", "She sounded like a whiny little girl. Women shouldn't be anywhere near claims.", INS),
    x("priv", "S P H", "angry", "The skank at the branch refused my cash deposit."),
    x("pub", "S", "angry", "Every woman in your fraud team is a hysterical hag.", INS),
    x("pub", "S P", "angry", "Nice tits on the girl in your new ad, shame she's probably as useless as the ones on the phone."),
    x("priv", "S H", "angry", "Get the girl off the phone, I want to speak to an adult male."),
    x("pub", "S", "angry", "Women drivers cause all the claims and you make men pay the same premium. Pathetic.", INS),
    x("pub", "S P", "angry", "c u n t s, every woman in your claims team", INS),
    x("priv", "S P N H", "angry", "Kim, you dumb b*tch, approve the transfer."),
    x("pub", "S P H", "angry", "@sofia.m some feminist sl*t telling us how to vote at the AGM. Sit down."),

    # ---- severe profanity --------------------------------------------------
    x("pub", "P", "angry", "fvck this bank and its 'security upgrade'"),
    x("pub", "P", "angry", "Phuck your fees. Seriously."),
    x("priv", "P", "angry", "F**k me, three hours on hold and then disconnected."),
    x("pub", "P", "angry", "Cocksuckers, all of you. Give my money back."),
    x("priv", "P", "angry", "Motherfucking app logged me out mid-payment."),
    x("pub", "P", "angry", "What kind of dickhead designs a login with seven steps?"),
    x("pub", "P", "angry", "Absolute w@nkers running this insurance company.", INS),
    x("priv", "P", "angry", "F-U-C-K-I-N-G hell, where is my salary?"),
    x("pub", "P", "angry", "Tell your CEO to go fuck himself."),
    x("pub", "P", "angry", "fuuuuuuuuck off with your chatbot"),
    x("priv", "P", "angry", "m0therf*ckers took the annual fee twice"),
    x("pub", "P", "angry", "Suck my dick, Demobank."),
    x("priv", "P H", "angry", "You prick, you promised me a callback yesterday."),
    x("pub", "P N H", "angry", "Alex is a fucking moron."),
    x("pub", "P N H", "angry", "Johan Berg can go fuck himself."),
    x("pub", "P", "neutral", "Fuck yes! Mortgage approved! Thank you so much 🎉"),
    x("priv", "P", "upset", "Oh fuck, I think I just sent 20,000 kr to the wrong person. Can you stop it?? Please help"),
    x("pub", "P", "neutral", "Holy fuck, the replacement card was in my mailbox the morning after I ordered it."),
    x("priv", "P N H", "neutral", "Hey Lina, you sound cute, want to fuck after your shift? 😉"),
    x("pub", "P", "angry", "This c*nty app crashed again."),
    x("pub", "P", "angry", "F.U.C.K Y.O.U and your 'we're experiencing high volumes'."),
    x("pub", "P", "angry", "Go f*** yourselves."),
    x("pub", "P", "angry", "Piece of shit bank run by dickless wonders."),
    x("pub", "P", "angry", "Your 'premium' card is a total clusterf*ck.", CARD),
    x("pub", "T P", "angry", "I'm going to come down there and fuck up whoever froze my account."),
    x("priv", "P", "upset", "Fuuuck, my card got eaten by an ATM in Lisbon and my flight is tonight. What do I do?", CARD),

    # ---- hard negatives --------------------------------------------------
    x("pub", "", "angry", "Damn it, the app froze again right when I was paying rent."),
    x("priv", "", "angry", "What the hell happened to my transfer? It's been five days."),
    x("pub", "", "neutral", "Holy shit, the new savings goal feature is brilliant."),
    x("pub", "", "angry", "wtf is a 'service adjustment fee'?"),
    x("priv", "", "angry", "This is crap. Three calls and nobody knows where my money is."),
    x("priv", "", "upset", "Bloody hell, I locked myself out of BankID. How do I reset it from abroad?"),
    x("pub", "", "angry", "Screw you and your fee increases."),
    x("pub", "", "neutral", "My daughter studies near Penistone in Yorkshire. Can I set up a monthly transfer to her UK account?"),
    x("pub", "", "neutral", "We're renting a cottage in Cockermouth in August. Does the travel insurance cover the car hire excess in the UK?", INS),
    x("pub", "", "neutral", "We're driving through Bitche in Lorraine on the way to Strasbourg. Are there fees for using my card at French tolls?"),
    x("pub", "", "neutral", "Booked a week in Twatt on Orkney. Is a cancellation due to a ferry strike covered?", INS),
    x("pub", "", "neutral", "Fun fact: I used to live in Fucking, Austria (it's called Fugging now). Anyway, can I pay an Austrian invoice in euros from the app?"),
    x("pub", "", "neutral", "Just finished Bleak House by Dickens and now I'm finally reading your terms. Is there a fee for closing a savings account early?"),
    x("pub", "", "neutral", "Does home insurance cover a cocktail cabinet that got water damage from the neighbour's leak?", INS),
    x("priv", "", "neutral", "Our cocker spaniel needs knee surgery. What's the maximum payout under the pet policy?", INS),
    x("priv", "", "neutral", "Is our Maine Coon covered for dental work? He's six years old.", INS),
    x("pub", "", "neutral", "The only chink in your armour is the slow web bank. Otherwise, great service."),
    x("pub", "", "neutral", "The new branch in Lund is spick and span, lovely place."),
    x("priv", "", "upset", "There's a niggling issue with the app: it shows my balance twice and I don't know which one is right."),
    x("pub", "", "neutral", "Where can I find the analysis behind your interest rate forecast?"),
    x("pub", "", "neutral", "I live in Essex but own a summer house in Sweden. Can I insure it with you?", INS),
    x("pub", "", "neutral", "We danced the hora at our wedding and someone knocked over a chandelier at the venue. Does my liability insurance cover it?", INS),
    x("priv", "", "neutral", "Someone broke into the shed and took my lawnmower, a hoe and two spades. Do I need a police report?", INS),
    x("pub", "", "neutral", "My son plays hooker for his rugby club. Does the children's accident insurance cover rugby injuries?", INS),
    x("priv", "", "upset", "Burglars snapped the door knob and the lock last night. Can I get a locksmith before the assessor comes?", INS),
    x("pub", "", "neutral", "Going to Phuket in February. Will my card just work there or is there a travel setting?"),
    x("pub", "", "neutral", "Sending money to family in Niger: which currency does it arrive in, CFA francs?"),
    x("pub", "", "neutral", "I'm off to Montenegro next week. Will my card work there, as it's not in the EU?", CARD),
    x("pub", "", "neutral", "The bar at your customer evening made a great Negroni. When's the next one?"),
    x("priv", "", "neutral", "Hello, I'm a Muslim and would prefer an interest-free home financing option. Do you have one?"),
    x("priv", "", "neutral", "Do you have advisers who speak Arabic? My parents would feel more comfortable."),
    x("pub", "", "neutral", "Does the women's savings account have a minimum deposit?"),
    x("priv", "", "neutral", "I'm from Pakistan, working in Sweden on a permit. Can I get BankID with my Pakistani passport?"),
    x("priv", "", "upset", "A man at your Gothenburg branch called me a p*ki in the queue and your guard did nothing. I want this investigated. My email is [[email|noor.hassan.gbg@example.se]]."),
    x("priv", "", "upset", "The agent I spoke with this morning had a strong accent and I couldn't follow the explanation. Could someone email me a summary?"),
    x("pub", "", "neutral", "What's your gender pay gap, and is it published anywhere?"),
    x("pub", "", "upset", "Someone in this comment section called your staff the n-word an hour ago and it's still up. Please remove it."),
    x("pub", "", "angry", "You're the racist ones, asking for three extra IDs just because my name is Hussein."),
    x("pub", "", "neutral", "Big thanks to Fatima who sorted out my mortgage in one call. Legend."),
    x("priv", "", "neutral", "My wife is called Emma Larsson too, funny coincidence. She'd like to be added to my account."),
    x("pub", "", "angry", "Expect a letter from my lawyer. And a call from Dagens Nyheter."),
    x("pub", "", "angry", "Your excuses are total crap and so is your app."),
    x("priv", "", "upset", "My grandfather's surname is Cockburn and your online form keeps rejecting it. Can you open his account by phone instead?"),
    x("priv", "", "upset", "Your adviser told my wife to 'check with her husband' before signing the loan papers. She earns more than I do. That's not OK."),
]


PII_RE = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]")


def render(post, pid, lang):
    pii = [{"kind": k, "text": t} for k, t in PII_RE.findall(post["text"])]
    text = PII_RE.sub(lambda m: m.group(2), post["text"])
    mods = [CODES[c] for c in post["mods"].split()]
    mods = [m for m in ORDER if m in mods]
    return {"id": pid, "lang": lang, "visibility": post["vis"], "staff_names": list(post["dir"]),
            "text": text, "pii": pii, "moderation": mods, "tone": post["tone"]}


def main():
    rng = random.Random(20260606)
    lines = []
    for lang, posts in (("sv", SV), ("en", EN)):
        texts = [p["text"] for p in posts]
        assert len(texts) == len(set(texts)), f"duplicate {lang} text"
        order = list(posts)
        rng.shuffle(order)
        for i, post in enumerate(order, 1):
            lines.append(json.dumps(render(post, f"d6-{lang}-{i:03d}", lang), ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} posts to {OUT}")


if __name__ == "__main__":
    main()
