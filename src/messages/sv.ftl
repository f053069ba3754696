# Det rapport säger till den som kör programmet, på svenska.
# Varje meddelande här har sin tvilling i en.ftl, med samma variabler
# (ett test kontrollerar det). Text inom `bakåtfnuttar` är det användaren
# själv skriver eller har skrivit, och översätts inte.

## diagnostics.rs: etiketterna för ett problem och den avslutande raden

diagnostic-error = fel
diagnostic-warning = varning
diagnostic-help = gör så här
diagnostics-summary = fel: webbplatsen har { $count ->
    [one] { $count } problem
   *[other] { $count } problem
  }; ingenting skrevs

## main.rs: det kommandona skriver ut

progress-files = filer
progress-load = läser
progress-model = bygger
progress-render = skriver
created = Skapade { $file }
init-kept = Behöll  { $file } (den fanns redan)
init-ready = Webbplatsen är klar: `rapport serve --root { $dir }`
init-name = Namnet, undertiteln och sidfoten är `site-title`, `site-tagline` och `footer-text` i locales/*/main.ftl.
translated-marked = Markerade { $translation } som à jour med originalet { $original }
import-checking = Kontrollerar webbplatsen:
build-summary = Byggde { $pages } sidor, { $files } filer ({ $written } skrivna, { $unchanged } oförändrade, { $removed } borttagna) på { $ms } ms
build-photos = Foton: { $made } nya, { $cached } från .rapport-cache/
build-warnings = { $count ->
    [one] { $count } varning
   *[other] { $count } varningar
  }: `rapport check` visar var och vad du kan göra
build-shortcodes = { $count ->
    [one] { $count } kortkod från en annan webbplatsgenerator står kvar i texten och publicerades som den är skriven
   *[other] { $count } kortkoder från en annan webbplatsgenerator står kvar i texten och publicerades som de är skrivna
  }; `rapport check` visar var

## main.rs: --help

cli-heading-usage = Användning:
cli-heading-arguments = Argument
cli-heading-options = Alternativ
cli-heading-commands = Kommandon
cli-value-command = KOMMANDO
cli-value-options = ALTERNATIV
cli-value-dir = MAPP
cli-value-url = URL
cli-value-yyyy-mm-dd = ÅÅÅÅ-MM-DD
cli-value-section = AVDELNING
cli-value-name = NAMN
cli-value-address = ADRESS
cli-value-lang = SPRÅK
cli-value-port = PORT
cli-value-format = FORMAT
cli-value-comments = KOMMENTARER
cli-value-title = RUBRIK
cli-value-file = FIL
cli-value-export = EXPORTFIL
cli-error-unknown-argument = oväntat argument '{ $arg }'
cli-error-unknown-command = okänt kommando '{ $command }'
cli-error-value-missing = '{ $arg }' behöver ett värde, men inget angavs
cli-error-invalid-value = ogiltigt värde '{ $value }' för '{ $arg }'
cli-error-missing = de här argumenten behövs men angavs inte: { $args }
cli-error-suggestion = tips: menade du '{ $suggestion }'?
cli-error-more = Mer information får du med '--help'.
cli-default = standard
cli-possible = möjliga värden
cli-flag-help = Visa hjälpen
cli-flag-version = Visa versionen
cli-help-command = Visa den här hjälpen eller hjälpen för ett kommando
cli = Bygger webbplatser för mötesrapporter på två språk.
cli-build = Bygg webbplatsen i utdatamappen.
cli-build-root = Webbplatsens mapp.
cli-build-output = Var webbplatsen ska skrivas [standard: public/ i webbplatsens mapp].
cli-build-drafts = Ta med rapporter och sidor som är markerade `draft: true`.
cli-build-future = Ta med rapporter vars `publish_date` inte har kommit än.
cli-build-base-url = Ersätt `base_url` i site.yaml, till exempel för en förhandsversion.
cli-build-force = Ta över en utdatamapp med filer som rapport inte har skrivit, och ersätt dem som webbplatsen också har.
cli-build-quiet = Skriv bara ut problem: inga förlopp och ingen sammanfattning.
cli-check = Läs hela webbplatsen och berätta vad som saknas eller är fel, utan att skriva något.
cli-check-root = Webbplatsens mapp.
cli-check-strict = Misslyckas även vid varningar.
cli-check-format = `text` för människor, `json` för redigerare och CI.
cli-new = Påbörja en rapport: en sidmapp med en fil för varje språk.
cli-new-title = Rapportens rubrik, på det första språket i --lang.
cli-new-root = Webbplatsens mapp.
cli-new-date = Mötets datum [standard: i dag].
cli-new-lang = Språken att skriva, rubrikens först [standard: webbplatsens språk].
cli-new-section = Avdelningens mapp under content/.
cli-translated = Markera en översättning som à jour med originalet (skriver in `translated_from:` i den).
cli-translated-file = Översättningens Markdown-fil.
cli-translated-root = Webbplatsens mapp.
cli-init = Skapa en ny webbplats som går att bygga direkt.
cli-init-dir = Mappen den ska skapas i.
cli-init-force = Lägg till de filer som saknas i en mapp som inte är tom (ingen fil skrivs över).
cli-init-title = Webbplatsens namn på alla språk (annars en platshållare att byta ut i locales/*/main.ftl).
cli-import = Ta hem ett arkiv: inlägg, sidor och foton från Blogger, WordPress eller Hugo.
cli-import-blogger = En säkerhetskopia från Blogger (Inställningar → Säkerhetskopiera innehåll), feed.atom från Takeout eller Takeouts .zip-fil.
cli-import-blogger-export = Exportfilen.
cli-import-blogger-root = Mappen för webbplatsen som inläggen ska in i.
cli-import-blogger-lang = Inläggens språk, där exporten inte anger det [standard: webbplatsens huvudspråk].
cli-import-blogger-section = Avdelningens mapp under content/ som inläggen hamnar i.
cli-import-blogger-images = En mapp med den gamla webbplatsens foton; de matchas mot inläggen på filnamn och kopieras till dem.
cli-import-blogger-comments = Läsarnas kommentarer: utelämnas, läggs till sist i sitt inlägg eller skrivs för en Isso-kommentarsserver (isso-comments.xml).
cli-import-wordpress = En export från WordPress (Verktyg → Exportera → Allt innehåll).
cli-import-wordpress-export = Exportfilen (.xml).
cli-import-wordpress-root = { cli-import-blogger-root }
cli-import-wordpress-lang = { cli-import-blogger-lang }
cli-import-wordpress-section = { cli-import-blogger-section }
cli-import-wordpress-images = { cli-import-blogger-images }
cli-import-wordpress-comments = { cli-import-blogger-comments }
cli-import-hugo = En Hugo-webbplats: innehållet (front matter i TOML, YAML eller JSON), sidmappar och static/.
cli-import-hugo-dir = Hugo-webbplatsens mapp (med config.toml eller hugo.toml och content/).
cli-import-hugo-root = Mappen för webbplatsen som filerna ska in i.
cli-import-hugo-lang = Språket för filer utan språktillägg, när Hugos inställningar inte anger något [standard: webbplatsens huvudspråk].
cli-serve = Bygg webbplatsen med utkast, visa den och bygg om och ladda om vid varje ändring.
cli-serve-root = Webbplatsens mapp.
cli-serve-bind = Adressen att lyssna på; allt utom loopback visar webbplatsen för nätverket.
cli-serve-port = Porten; 0 väljer en ledig.
cli-serve-open = Öppna webbplatsen i webbläsaren.

## serve/: förhandsvisningen

serve-cannot-listen-on = kan inte lyssna på { $address }:{ $port }: { $error }
    .help = välj en annan port med `--port`, eller `--port 0` för vilken ledig port som helst
serve-cannot-listen = kan inte lyssna: { $error }
serve-no-temporary-folder = kan inte skapa en tillfällig mapp för webbplatsen: { $error }
serve-serving = Webbplatsen visas på { $url } (med utkast). Tryck Ctrl-C för att avsluta.
serve-files-in = Filerna finns i { $dir }
serve-translations = Översättningar och det som är inaktuellt: { $url }
serve-network-warning = varning: lyssnar på { $address }, så andra datorer i nätverket kan se webbplatsen, även utkasten
serve-stopped = Avslutat.
serve-built = Byggde { $pages } sidor, { $files } filer på { $ms } ms
serve-rebuilt = Byggde om på { $ms } ms: { $count ->
    [one] { $count } fil ändrades
   *[other] { $count } filer ändrades
  }
serve-cannot-watch = kan inte bevaka webbplatsen för ändringar: { $error }
error-page = Webbplatsen gick inte att bygga
    .title = rapport: webbplatsen har fel
    .advice = Rätta det som står nedan och spara; sidan laddas om av sig själv.

## document/front_matter.rs: nycklarna överst i en rapport

front-matter-empty-file = filen är tom
front-matter-toml = inledningen (front matter) är skriven i TOML (mellan rader med `+++`), men rapport läser YAML
    .help = `rapport import hugo` gör om en hel Hugo-mapp; för hand byter du till rader med `---` och skriver `nyckel: värde` i stället för `nyckel = värde`
front-matter-json = inledningen (front matter) är skriven i JSON, men rapport läser YAML
    .help = `rapport import hugo` gör om en hel Hugo-mapp; för hand skriver du nycklarna mellan två rader med `---`, som `nyckel: värde`
front-matter-missing = filen börjar inte med en inledning (front matter)
    .help = börja filen med en rad `---`, sedan `title: …` och de andra nycklarna, och sist en rad `---`
front-matter-not-closed = inledningen (front matter) avslutas aldrig
    .help = avsluta inledningen med en rad `---` före rapportens text
front-matter-not-keys = inledningen (front matter) är inte en lista med nycklar
    .help = skriv en `nyckel: värde` per rad, till exempel `title: Möte i Astana`
front-matter-title-empty = rubriken är tom
front-matter-no-title = inledningen saknar `title`
    .help = lägg till en rad som `title: Möte med hälsoministeriet`
front-matter-not-a-date = `{ $value }` är inte ett datum
front-matter-date =
    .help = skriv datumet som år-månad-dag, till exempel `date: 2014-05-26` (med klockslag: `date: 2014-05-26T10:00:00+02:00`), och kontrollera att dagen finns
front-matter-end-date =
    .help = skriv mötets sista dag som år-månad-dag, till exempel `end_date: 2014-05-28`, och kontrollera att dagen finns
front-matter-publish-date =
    .help = skriv publiceringsdagen som ÅÅÅÅ-MM-DD (2014-05-26)
front-matter-ends-before-start = mötet slutar ({ $end }) innan det börjar ({ $start })
    .help = `end_date` är mötets sista dag: kontrollera båda datumen, eller ta bort `end_date` om mötet var en dag
front-matter-end-without-date = `end_date` står utan `date`
    .help = skriv den första dagen som `date:` intill, till exempel `date: 2014-05-26` ovanför `end_date: 2014-05-28`
front-matter-bad-slug = adressnamnet (slug) `{ $slug }` kan inte ingå i en webbadress
    .help = ett adressnamn är ett ord eller flera ord förenade med `-`, utan `/` och `..`: `astana-2024`
front-matter-bad-alias = den gamla adressen `{ $alias }` kan inte besvaras av en fil
    .help = skriv varje gammal adress som en sökväg från webbplatsens rot, utan `?`, `#`, `..` och delar som börjar med punkt (`/.htaccess`, `/.git/`): `/2014/05/kazakstan.html` eller `/post/123/`
front-matter-language-suggestion = menade du `{ $suggestion }`? Orden i `{ $key }` kan anges på webbplatsens språk: { $list }
front-matter-language-list = orden i `{ $key }` kan anges på webbplatsens språk ({ $list }), eller skrivas en gång för alla
front-matter-not-a-language = `{ $code }` är inte ett av webbplatsens språk
front-matter-not-a-list = `{ $name }` måste vara en lista med ord
    .help = skriv den som `{ $name }: [ett, två]`

## yaml.rs: YAML i inledningar och inställningar

did-you-mean = menade du `{ $suggestion }`?
yaml-check-type = jämför värdets typ med tabellen över nycklar i README
yaml-check-syntax = kontrollera YAML-texten här: dra in med mellanslag, sätt citattecken kring text som innehåller `:` eller `#`, och skriv `-` före varje punkt i en lista
yaml-too-deep = hakparenteserna och klamrarna här ligger i fler än { $levels } nivåer
    .help = stäng de `[` och `{"{"}` du har öppnat; en inledning behöver bara en lista eller två
yaml-tab = ett tabbtecken i kolumn { $column }: YAML dras bara in med mellanslag
    .help = byt tabben mot mellanslag (redigeraren kan visa den som mellanslag)
yaml-colon-in-value = värdet av `{ $key }` innehåller `: `, som YAML läser som en ny nyckel
    .help = sätt texten inom dubbla citattecken: `{ $key }: "{ $quoted }"`
yaml-participant = en deltagare är skriven på ett sätt som rapport inte kan läsa
    .help = skriv varje deltagare som `- Anna Svensson` eller som `- name: Anna Svensson`, med rader för `role:` och `organization:` under om du vill, indragna så att de står rakt under `name`
yaml-cover = omslagsbilden är skriven på ett sätt som rapport inte kan läsa
    .help = skriv `cover: foto.jpg`, eller `cover:` med raderna `src: foto.jpg` och `alt: …` under
yaml-not-a-list = `{ $key }` måste vara en lista, inte en enstaka text
    .help = skriv punkterna inom hakparenteser: `[{ $items }]`
yaml-not-a-list-this = den här nyckeln måste vara en lista, inte en enstaka text
yaml-unknown-key = okänd nyckel `{ $key }`
    .help = de kända nycklarna är { $keys }; lägg egna uppgifter under `extra`
yaml-hint-cover = rapportens huvudbild heter `cover` i rapport: `cover: foto.jpg` (eller `cover:` med `src:` och `alt:`)
yaml-hint-tags = rapport sorterar rapporter under `tags`; vill du behålla `{ $key }` som en egen indelning lägger du till den under `taxonomies` i site.yaml
yaml-hint-summary = skriv sammanfattningen under `summary`

## check.rs: det `rapport check` hittar, och sammanfattningen

check-missing-heading = Rapporter och sidor som saknas på ett språk:
check-missing-file = fil
check-missing-has = finns
check-missing-lacks = saknas
check-scheduled-heading = Schemalagda (utelämnas ur bygget tills deras dag kommer; `rapport build --future` tar med dem):
check-summary = kontroll: { $errors ->
    [one] { $errors } fel
   *[other] { $errors } fel
  }, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
  }, { $missing ->
    [one] { $missing } rapport eller sida
   *[other] { $missing } rapporter eller sidor
  } saknas på ett språk
check-shortcode = en kortkod från en annan webbplatsgenerator står kvar i texten och skulle visas som den är
    .help = skriv den som Markdown: en bild som ![alt](foto.jpg "bildtext"), en video som en länk <https://…>
check-untranslated = rubriken börjar fortfarande med `{ $marker }`: filen är inte översatt än
    .help = översätt rubriken och texten och ta sedan bort markeringen
check-prompt-left = texten som `rapport new` skrev som uppmaning står kvar
    .help = byt ut den mot en eller två meningar om mötet
check-future-date = rapporten är daterad { $date }, i framtiden
    .help = kontrollera årtalet; rapporter handlar om möten som har ägt rum
check-unused-message = meddelandet `{ $id }` används inte av temat
    .help = ta bort det, eller använd det i en mall med t(key="…")
check-photo-elsewhere = fotot `{ $src }` publiceras en gång, intill rapportens `{ $lang }`-version, så den här adressen leder ingenstans här
    .help = skriv fotot i Markdown, till exempel ![Vad bilden visar](foto.jpg), så pekar rapport alla språk mot det
check-file-suggestion = menade du `{ $suggestion }`? Filnamn måste stämma exakt, även stora och små bokstäver
check-image-nowhere = bilden `{ $src }` leder ingenstans
    .help = lägg fotot intill rapportens indexfil (i samma sidmapp), eller rätta filnamnet
check-link-nowhere = länken till `{ $target }` leder inte till någon sida på webbplatsen
    .help = kontrollera adressen; för att länka till en annan rapport länkar du till dess Markdown-fil, till exempel `../2014-05-26-astana/index.sv.md`, så skriver rapport rätt adress
check-no-alt = bilden `{ $src }` saknar alternativtext
    .help = beskriv fotot inom hakparenteserna för läsare som inte kan se det: ![Delegationen vid mötesbordet](foto.jpg)
check-cover-nowhere = omslagsbilden `{ $src }` leder ingenstans
    .help = lägg fotot intill rapportens indexfil, eller rätta filnamnet
check-gps = fotot innehåller GPS-positionen där det togs
    .help = rapport utelämnar positionen i alla publicerade filer, men fotot i content/ har den kvar: ta bort den där också (de flesta fotoappar kan, under ”plats”) om mappen delas med andra
    .help-kept = `images: keep_metadata: true` i site.yaml publicerar positionen med originalet; ta bort den inställningen, eller ta bort positionen från fotot, om platsen ska förbli privat
check-heic = det här är ett HEIC-foto (iPhones format), som de flesta webbläsare inte kan visa
    .help = exportera det som JPEG och lägg det i stället: på iPhone väljer du Inställningar › Kamera › Format › Mest kompatibelt innan du fotograferar, eller så skickar du fotot med e-post eller AirDrop till en Mac och väljer Arkiv › Exportera › JPEG i Förhandsvisning
check-date-differs = datumet skiljer sig från översättningen { $file }
    .help = skriv datumet i bara en av språkversionernas filer; de andra ärver det
check-tag-counts = översättningarna har olika många taggar
    .help = ge varje språkversion samma taggar, översatta

## config.rs, load.rs, document/: inställningar, webbplatsens mapp, en Markdown-fil

cannot-read-file = kan inte läsa filen: { $error }
config-unreadable = kan inte läsa inställningarna: { $error }
config-base-url = `base_url` är inte en fullständig webbadress: { $url }
    .help = skriv den med protokollet först, till exempel `base_url: https://example.org/`
config-no-languages = `languages` är tom
    .help = ange minst ett språk, till exempel `languages: [sv, en]`
config-bad-language = `{ $lang }` är inte en språkkod
    .help = använd koder som `sv`, `en` eller `kk`
config-default-language = `default_language` { $lang } finns inte bland `languages`
    .help = lägg till det under `languages` eller välj ett av { $languages }
config-paginate = `paginate` måste vara minst 1
config-widths = `images.widths` måste ange bredder mellan 16 och 8192 pixlar
    .help = skriv till exempel `widths: [480, 960, 1600]`
config-base-url-option = --base-url är inte en fullständig webbadress: { $url }
    .help = skriv den med protokollet först, till exempel `--base-url https://example.org/preview/`
load-link-outside = det här är en länk till { $target }, utanför webbplatsens mapp, och rapport publicerar aldrig det som ligger utanför den
    .help = kopiera filen till webbplatsens mapp i stället för att länka till den, eller ta bort länken
load-link-loop = en symbolisk länk här leder tillbaka till en mapp som den själv ligger i
    .help = ta bort länken eller låt den peka någon annanstans
load-unreadable = kan inte läsa det här: { $error }
load-check-readable = kontrollera att filen finns och att du har behörighet att läsa den
load-markdown-in-bundle = en Markdown-fil inne i en sidmapp
    .help = content/{ $dir }/ är en enda rapport eftersom den har en indexfil; flytta ut den här filen om den ska bli en egen rapport
load-not-utf8 = filen är inte text i UTF-8
    .help = spara filen som UTF-8 i redigeraren (”Spara med kodning” → UTF-8)
load-no-theme = temat saknar mappen { $dir }
    .help = ange en mapp under themes/ som `theme` i site.yaml, eller kopiera themes/default/ från rapport
load-unreadable-template = kan inte läsa mallen: { $error }
document-unknown-language = enligt filnamnet är den på `{ $lang }`, som inte finns med i site.yaml
    .help = lägg till `{ $lang }` under `languages` i site.yaml (och en mapp locales/{ $lang }/), eller byt namn på filen till något av: { $names }
document-lang-contradicts = `lang: { $written }` stämmer inte med filnamnet, som säger `{ $lang }`
    .help = ta bort `lang`, eller byt namn på filen till { $name }
document-empty-slug = adressnamnet (slug) `{ $slug }` har inga bokstäver eller siffror, så det blir ingen adress
    .help = ge rapporten en `slug:` av bokstäver, siffror och `-`, till exempel `slug: astana-2014`, eller byt namn på filen
document-empty-name = namnet `{ $name }` har inga bokstäver eller siffror, så det blir ingen adress
document-unread-image = det här ser ut som en bild, men Markdown läste det inte som en bild, så det publiceras som text
    .help = kontrollera parenteserna: `![Vad fotot visar](foto.jpg "Bildtext")`; ett filnamn med mellanslag fungerar när filen ligger i rapportens mapp, annars skriver du det inom vinkelparenteser: `(<mitt foto.jpg>)`
document-control-character = ett osynligt styrtecken ({ $code }) i texten, troligen inklistrat från ett ordbehandlingsprogram
    .help = rapport utelämnar det på webbplatsen; ta bort det i redigeraren så försvinner varningen

## markdown.rs, i18n.rs: rapporttexten, webbplatsens texter i locales/

markdown-script-link = adressen `{ $address }` skulle köra ett skript i läsarens webbläsare
    .help = rapport publicerar inga länkar av typen `javascript:`, `vbscript:` eller `data:`; länka till en webbadress (https://…) eller till en fil i rapporten i stället
markdown-link-nowhere = länken till `{ $target }` leder inte till någon sida
    .help = kontrollera filnamnet; länkar till andra rapporter utgår från den här filen, till exempel `../2014-05-26-astana/index.sv.md`
locales-none = språket `{ $lang }` har inga texter för webbplatsen
    .help = skapa { $dir }/main.ftl med temats meddelanden (kopiera locales/{ $other }/ och översätt), eller ta bort `{ $lang }` från `languages` i site.yaml
locales-syntax = fel i Fluent-syntaxen: { $error }
    .help = ett meddelande skrivs `id = text`; fortsättningsrader dras in; se projectfluent.org/fluent/guide
locales-twice = meddelandet `{ $id }` finns två gånger
    .help = det finns också i { $place }; behåll det ena
locales-cyclic = meddelandet `{ $id }` hänvisar till sig självt, så det kan aldrig visas
    .help = ta bort `{"{"} { $id } {"}"}` ur dess text, eller ur de meddelanden det hänvisar till
locales-renamed = `{ $new }` här heter `{ $id }` på de andra språken, och locales/{ $lang }/ definierar inte längre `{ $id }`
    .help = namnet är det temat frågar efter (`t(key="{ $id }")`): byt tillbaka `{ $new }` till `{ $id }`; bara texten efter `=` översätts
locales-missing = meddelandet `{ $id }` saknas på `{ $lang }`
    .help = lägg till `{ $id } = …` i en .ftl-fil i locales/{ $lang }/; texten på `{ $other }` finns i { $place }
locales-missing-in-template = meddelandet `{ $id }` saknas på `{ $lang }`; lägg till det i locales/{ $lang }/
locales-no-value = meddelandet `{ $id }` på `{ $lang }` har inget värde
locales-format-error = meddelandet `{ $id }` på `{ $lang }`: { $error }
template-t-needs-key = t() behöver en `key`, till exempel t(key="site-title")
template-t-no-language = t(): webbplatsen har inget språk `{ $lang }`
template-date-needs-text = datumfiltret tar ett datum skrivet som text

## terms.rs: terms.yaml, termer som hör ihop över språken

terms-not-a-map = terms.yaml ska lista termer under namnet på en indelning
    .help = börja med `tags:` eller `organizations:`, och skriv sedan en rad `- sv: …` och en rad `en: …` för varje term
terms-unknown-taxonomy = okänd indelning `{ $key }`
    .help = webbplatsens indelningar är { $taxonomies } (`taxonomies` i site.yaml)
terms-not-a-list = `{ $key }` ska vara en lista med termer
    .help = skriv varje term som `- sv: …` med de andra språken indragna under
terms-name-twice = namnet `{ $name }` i `{ $taxonomy }` står två gånger: här och som `{ $earlier }` i en tidigare term
    .help = ett namn kan bara höra till en term; slå ihop de två termerna eller ta bort det ena namnet
terms-item-not-a-map = varje term i `{ $taxonomy }` ska ange termens namn på varje språk
    .help = skriv `- sv: primärvård` och, indraget på raden under, `en: primary care`
terms-not-words = `{ $key }` ska vara ett namn i ord
    .help = skriv namnet efter kolonet, inom citattecken om det innehåller `:` eller `#`
terms-unknown-language = okänt språk `{ $key }`
    .help = webbplatsens språk är { $languages } (`languages` i site.yaml); `url` anger en organisations webbplats
terms-no-name = termen har inget namn på något språk
    .help = ange namnet på varje språk, till exempel `sv: primärvård`
terms-look-alike = `{ $a }` ({ $a_lang }) och `{ $b }` ({ $b_lang }) i `{ $taxonomy }` ser ut att vara samma term: rapportens två språkversioner använder dem på samma ställe
    .help = för att ge dem en gemensam sida på varje språk lägger du till dem i { $file } i webbplatsens rot:
        { $snippet }

## model/: adresser, översättningar, indelningar

site-no-date = rapporten saknar `date`, och ingen av dess översättningar har något datum heller
    .help = skriv mötets datum i inledningen, till exempel `date: 2014-05-26`
site-same-address = sidan har samma adress { $address } som { $file }
    .help = ge en av dem en annan `slug` i inledningen, eller byt namn på filen
outputs-empty-part = adressen { $address } har en tom del: ett adressnamn, en avdelning eller en term saknar bokstäver och siffror
    .help = ge den ett namn av bokstäver, siffror och `-`
outputs-long-name = namnet `{ $name }…` i adressen är längre än de 255 byte ett filnamn får ha
    .help = ge sidan en kortare `slug`
outputs-static-replaces = filen skulle ersätta { $address } som rapport skapar
    .help = byt namn på den statiska filen eller ta bort den
outputs-alias-clash = den gamla adressen `{ $alias }` i `aliases` skulle skrivas till { $address }, som en annan sida eller gammal adress redan använder
    .help = ange varje gammal adress under `aliases` på bara en sida, och ta bort den där den pekar på en sida som finns
outputs-file-and-folder = { $file } skulle vara både en fil och mappen för { $inside }
outputs-clash = två delar av webbplatsen skulle skrivas till { $address }
    .help = ge sidan en annan `slug`, eller byt namn på avdelningen, termen eller meddelandet som ger samma adress
taxonomy-empty-term = `{ $term }` i `{ $taxonomy }` saknar bokstäver och siffror, så dess sida skulle inte få någon adress
    .help = skriv termen med ord, eller ta bort den
taxonomy-shared-address = `{ $term }` här och `{ $other }` i { $file } (båda i `{ $taxonomy }`) skulle få samma adress { $address }
    .help = skriv termen likadant i båda filerna (samma bokstäver, stora och små)
translations-same-language = den här filen och { $file } är båda `{ $lang }`-versionen av samma rapport
    .help = översättningar har samma sökväg utan språktillägget, eller samma `translation:`; ge en av dem en annan nyckel eller flytta den
words-missing = meddelandet `{ $id }` saknas på `{ $lang }` eller är tomt
    .help = lägg till `{ $id } = …` (ordet som används i adresser) i en .ftl-fil i locales/{ $lang }/
words-taxonomy-missing = meddelandet `{ $id }` saknas på `{ $lang }`
    .help = indelningen `{ $taxonomy }` i site.yaml behöver `{ $id } = …` (dess namn på sidorna) i locales/{ $lang }/

## freshness/, scaffold.rs: inaktuella översättningar, `rapport translated`, `init` och `new`

freshness-unknown-day = en okänd dag
freshness-outdated = översättningen kan vara inaktuell: originalet { $original } ändrades { $original_changed }, och översättningen ändrades senast { $translation_changed }
    .help = för över originalets ändringar till översättningen (översättarvyn i `rapport serve` visar dem) och checka sedan in den; om inget behöver översättas kör du `rapport translated { $file }`
translated-give-translation = ange sökvägen till en översättnings Markdown-fil, till exempel content/reports/2014-05-26-astana/index.en.md
translated-not-a-page = filen är inte en rapport eller sida på webbplatsen
    .help = ange sökvägen till en Markdown-fil i webbplatsens mapp content/, eller webbplatsens mapp med --root
translated-no-translation = filen har ingen översättning, så den översätter ingenting
    .help = `rapport translated` markerar en översättning som à jour med originalet
translated-is-original = filen är originalet som de andra språken översätter
    .help = kör kommandot på en översättning, till exempel { $file }; vill du att den här filen ska vara översättningen markerar du i stället den andra versionen med `original: true`
translated-original-unreadable = originalet går inte att läsa: { $error }
translated-unwritable = filen går inte att skriva: { $error }
    .help = kontrollera att filen inte är skrivskyddad
scaffold-cannot-create = kan inte skapa filen: { $error }
    .help = kontrollera att du får skriva i mappen
init-title-line = --title måste vara en rad text
    .help = skriv webbplatsens namn, till exempel `--title "Föreningen för hälsosamarbete"`
init-not-empty = { $dir } är inte tom
    .help = välj en ny eller tom mapp, eller lägg till `--force` för att lägga till de filer som saknas (ingen fil skrivs över)
new-unknown-languages = --lang anger språk som webbplatsen inte har: { $languages }
    .help = webbplatsens språk är { $languages }
new-bad-section = --section `{ $section }` är inte en mapp i content/
    .help = ange en avdelnings mapp räknat från content/, till exempel `--section reports` eller `--section news/2024`
new-empty-title = rubriken saknar bokstäver och siffror att göra en adress av
    .help = ge rapporten en rubrik med ord, till exempel `rapport new "Möte i Astana"`
new-exists = det finns redan en rapport med det här datumet och den här rubriken
    .help = öppna den och skriv vidare, eller välj en annan rubrik

## render/, write/, photos/: mallar, utdatamappen, foton

theme-no-template = temat saknar mallen `{ $name }`
    .help = lägg till { $file }; themes/default/ har en att utgå från
template-url-needs-path = url() behöver en `path`, till exempel url(path="style.css")
theme-template-error = fel i mallen: { $error }
    .help = rätta mallen
    .help-page = det hände när { $page } ({ $url }) skulle skrivas; rätta mallen eller sidan
    .help-url = det hände när { $url } skulle skrivas; rätta mallen
theme-message-missing = meddelandet `{ $id }` saknas på `{ $lang }`
    .help = lägg till `{ $id } = …` i en .ftl-fil i locales/{ $lang }/
    .help-place = lägg till `{ $id } = …` i en .ftl-fil i locales/{ $lang }/; temat använder det i { $place }
output-refused = vägrar skriva webbplatsen i { $dir }: { $reason }
    .help = välj en tom mapp eller en som rapport har skrivit förut, till exempel `--output public`
output-refused-site-folder = det är webbplatsens egen mapp
output-refused-contains-site = den innehåller webbplatsens mapp
output-refused-inside = den ligger i webbplatsens mapp { $folder }/
output-refused-git = den ligger i en git-mapp
output-refused-file = det är en fil
output-foreign = utdatamappen har filer som rapport inte har skrivit och som webbplatsen skulle ersätta: { $files }{ $more ->
    [0] {""}
   *[other] {" "}och { $more } till
  }
    .help = flytta bort filerna, eller välj en annan mapp med `--output`; med `--force` tar rapport över mappen och ersätter dem
output-unwritable = kan inte skriva utdata: { $error }
    .help = kontrollera att du får skriva i utdatamappen och att disken har plats
photos-cache-unwritable = kan inte skriva till { $dir }: { $error }
photos-not-an-image = den är inte en bild i JPEG, PNG eller WebP, vad namnet än säger
photos-damaged = filen är skadad eller ofullständig ({ $error })
photos-unsupported = den här sortens bild stöds inte ({ $error })
photos-too-large = bilden är för stor ({ $error })
photos-unreadable = fotot går inte att läsa: { $reason }
    .help = öppna det i ett bildprogram och spara det igen som JPEG, eller ta bort det ur rapportens mapp
photos-metadata-damaged = dess struktur är skadad, så metadata kan inte tas bort

## import/: hämta hem ett arkiv från Blogger, WordPress eller Hugo

import-unreadable = { $file } gick inte att läsa: { $error }
    .help = kontrollera sökvägen till exportfilen
import-bad-zip = { $file } är inte ett läsbart zip-arkiv: { $error }
    .help = ladda ner arkivet från Takeout igen, eller packa upp det och importera dess feed.atom
import-no-feed = { $file } innehåller inget flöde från Blogger (feed.atom)
    .help = välj Blogger när du skapar arkivet i Takeout, eller importera bloggens säkerhetskopia
import-not-blogger = det här är ingen export från Blogger (ett Atom-`<feed>`)
    .help = i Blogger väljer du Inställningar → Säkerhetskopiera innehåll, eller använder Google Takeout, och importerar den filen
import-not-wordpress = det här är ingen export från WordPress (WXR)
    .help = i WordPress väljer du Verktyg → Exportera → Allt innehåll och importerar den filen
import-kind-deleted = borttagna poster
import-kind-other = poster av typen { $kind }
import-kind-type = poster av typen `{ $kind }`
import-kind-attachments = bilagor (deras foton hittas via inläggen)
import-kind-year-intros = inledningar till årsmappar (`_index.md` under en avdelning)
import-untitled-date = den saknade rubrik; en gjordes av datumet
import-untitled-file-name = den saknade rubrik; en gjordes av filnamnet
import-gallery-photo-missing = ett foto i ett [gallery] (bilaga { $id }) finns inte i exporten
import-embed-link = en inbäddad { $kind } blev en länk: { $url }
import-shortcode-text = kortkoden [{ $name }] står kvar som text
import-element-dropped = en <{ $tag }> togs bort
import-hugo-not-folder = { $dir } är ingen mapp
    .help = ange Hugo-webbplatsens mapp (den med config.toml eller hugo.toml och content/)
import-hugo-no-content = { $dir } har inget innehåll i Markdown
    .help = ange Hugo-webbplatsens mapp, den som har content/ med .md-filerna
import-hugo-bad-toml = TOML-texten går inte att läsa: { $error }
import-hugo-bad-json = JSON-texten går inte att läsa: { $error }
import-hugo-fix-line = rätta raden som visas i Hugo-webbplatsen och importera sedan igen
import-hugo-not-keys-help = skriv en `nyckel = värde` (TOML) eller `nyckel: värde` (YAML) per rad
import-hugo-close-fence = avsluta inledningen med en rad `{ $fence }`
import-hugo-bad-json-front = inledningen i JSON går inte att läsa
    .help = kontrollera klamrarna och citattecknen i inledningen
import-hugo-expiry = `{ $setting }` sparas under `extra`; rapport tar inte ner rapporter efter datum, så ta bort rapporten eller markera den `draft: true` när den går ut
import-hugo-ref-nowhere = `{ $shortcode }` leder inte till någon sida på webbplatsen; dess ord behålls som text
import-hugo-shortcode-kept = kortkoden `{ $shortcode }` lämnas som den var; skriv om den som Markdown (`rapport check` visar var)
import-images-not-folder = `--images { $dir }` är ingen mapp
    .help = ange mappen med den gamla webbplatsens foton
import-bad-lang = `--lang { $lang }` är inte ett av webbplatsens språk ({ $languages })
    .help = lägg först till det under `languages` i site.yaml, eller välj ett av dem
import-bad-section = `--section { $section }` är ingen avdelningsmapp
    .help = ange en mapp under content/, till exempel `--section reports`
import-bad-xml = exporten är inte läsbar XML: { $error }
    .help = exportera filen igen från den gamla webbplatsen; om den har redigerats för hand, kontrollera raden som visas
import-copy-failed = kunde inte kopiera { $file }: { $error }
import-photo-unreadable = fotot { $name } gick inte att läsa: { $error }
import-unwritable = filen gick inte att skriva: { $error }
    .help = kontrollera att du får skriva i webbplatsens mapp och att disken inte är full
import-not-copied = gick inte att kopiera: { $error }
import-record-unwritable = importens logg gick inte att skriva: { $error }
    .help = kontrollera att du får skriva i webbplatsens mapp
import-alias-query = den gamla adressen { $url } har en fråga (`?…`), som en statisk webbplats inte kan besvara; den får ingen omdirigering
import-left-out-language = utelämnad: dess språk `{ $lang }` är inte ett av webbplatsens ({ $languages }); lägg till det under `languages` i site.yaml och importera igen
import-left-out-date = utelämnad: den saknar datum, och en rapport måste ha ett
import-summary = Importerat:
import-summary-reports = { $count ->
    [one] rapport
   *[other] rapporter
  }
import-summary-pages = { $count ->
    [one] sida
   *[other] sidor
  }
import-summary-drafts = { $count ->
    [one] av dem utkast (`draft: true`)
   *[other] av dem utkast (`draft: true`)
  }
import-summary-already = { $count ->
    [one] redan importerad, lämnad som den var
   *[other] redan importerade, lämnade som de var
  }
import-summary-photos-copied = { $count ->
    [one] foto kopierat
   *[other] foton kopierade
  }
import-summary-files-copied = { $count ->
    [one] fil i sidmappar och static/ kopierad
   *[other] filer i sidmappar och static/ kopierade
  }
import-summary-photos-remote = { $count ->
    [one] foto kvar på den gamla webbplatsen
   *[other] foton kvar på den gamla webbplatsen
  }
import-summary-comments-appended = { $count ->
    [one] kommentar tillagd
   *[other] kommentarer tillagda
  }
import-summary-comments-dropped = kommentarer utelämnade{ $count ->
    [0] {""}
   *[other] {" "}(`--comments append` behåller dem)
  }
import-summary-skipped = { $kind } hoppades över
import-summary-in-the-way = De här filerna fanns redan och skrevs inte över (flytta dem och importera igen för att ersätta dem):
import-summary-remote-list = Foton kvar på den gamla webbplatsen (ange mappen med originalen med `--images MAPP`, eller kopiera dem till sidmappen och ändra adressen):
import-summary-by-hand = Att titta på för hand:

## serve/translator.rs: översättarvyn i förhandsvisningen (HTML; värdena är redan escapade)

translator-title = Översättningar
translator-title-report = Översättningar: { $title }
translator-document-title = { $title } – förhandsvisning i rapport
translator-failed = Vyn gick inte att skapa.
translator-site-errors = Webbplatsen har fel, så översättningarna går inte att jämföra. Rätta felen och ladda om sidan.
translator-no-such-report = Rapporten finns inte
    .text = Webbplatsen har ingen rapport <code>{ $key }</code>. <a href="{ $list }">Se alla rapporter</a>.
translator-state-missing = saknas
translator-state-original = original
translator-state-outdated = inaktuell
translator-state-outdated-since = inaktuell sedan { $date }
translator-state-current = à jour
translator-state-unknown = okänt
translator-state-only = enda versionen
translator-list-intro = { $reports ->
    [one] { $reports } rapport eller sida
   *[other] { $reports } rapporter och sidor
  }; { $outdated ->
    [one] { $outdated } översättning är inaktuell
   *[other] { $outdated } översättningar är inaktuella
  }. Välj en rapport för att jämföra dess versioner. Sidan finns bara i förhandsvisningen.
translator-list-caption = Alla rapporter och deras läge på varje språk
translator-list-report = Rapport
translator-list-date = Datum
translator-all = Alla översättningar
translator-original-is = Originalet är <code>{ $file }</code>.
translator-untranslated = Rapporten har ingen översättning än.
translator-changed = ändrat
translator-before = före
translator-changed-marked = Stycken i originalet som har ändrats sedan översättningen är markerade med { $label }.
translator-changes-unknown = Det går inte att veta vad som ändrades: webbplatsen ligger inte i git, så bara datumet för ändringen är känt.
translator-side-caption = Originalet ({ $original }) och översättningen ({ $translation }), stycke för stycke
translator-side-original = Original, { $lang }
translator-side-translation = Översättning, { $lang }
translator-removed = Borttaget ur originalet sedan översättningen

## serve/, i18n.rs: förhandsvisningens server, datumfiltret

template-date-style = okänd datumstil `{ $style }`; använd long, medium, short, month eller iso
serve-cannot-start = fel: servern går inte att starta: { $error }
serve-server-stopped = fel: servern stannade: { $error }
serve-watch-warning = varning: bevakningen av ändringar: { $error }
serve-no-browser = varning: kan inte öppna en webbläsare ({ $error }); öppna { $url } själv
serve-not-local = rapport serve svarar bara på anrop från den här datorn (localhost)
serve-address-too-long = adressen är för lång

## write/: mottagna utdatamappar och två byggen samtidigt

output-link-in-the-way = { $path } är en symbolisk länk där rapports lista över filerna den skrev har en egen fil eller mapp; bygget skulle skriva genom den
    .help = ta bort länken (den hör inte till den byggda webbplatsen), eller välj en annan mapp med `--output`
output-locked = ett annat rapport-bygge skriver i { $dir } just nu
    .help = vänta tills det är klart och bygg igen; varje bygge håller { $lock } medan det skriver
output-lock-failed = kan inte låsa { $lock }: { $error }
    .help = se till att mappen bredvid utdatamappen är skrivbar och att { $lock } inte är en symbolisk länk; ta bort den om den är det

## check.rs: HTML som kör ett skript

check-script-in-html = HTML här kör ett skript på den publicerade sidan: `{ $what }`
    .help = ta bort det om du inte själv har skrivit det och menar det: rapport publicerar HTML i texten som den är skriven. Importerad eller mottagen text kan bära läsares skript; `markdown: {"{"} raw_html: false {"}"}` i site.yaml visar all HTML som text

## check.rs: länkar till rapporter som bygget utelämnar

check-link-to-draft = detta länkar till `{ $target }`, ett utkast, som bygget utelämnar: länken skulle inte leda någonstans
    .help = publicera den länkade rapporten först (ta bort `draft: true` eller vänta på dess `publish_date`), eller ta bort länken så länge; `build --drafts` och `build --future` tar med dem
check-link-to-scheduled = detta länkar till `{ $target }`, som ska publiceras { $date }: till dess skulle länken inte leda någonstans
    .help = publicera den länkade rapporten först (ta bort `draft: true` eller vänta på dess `publish_date`), eller ta bort länken så länge; `build --drafts` och `build --future` tar med dem

## import/, scaffold.rs: mottagna arkiv och webbplatser (ärende 21)

safe-write-not-plain = det här är ingen vanlig relativ sökväg (ingen `..`, ingen absolut sökväg, ingen tom del)
    .help = namnet kommer från arkivet; byt namn på filen eller mappen där och försök igen
safe-write-link = det här är en symbolisk länk (till { $target }); rapport skriver aldrig genom länkar
    .help = ersätt länken med en riktig mapp, eller ta bort den, och försök igen
safe-write-not-folder = det här är en fil där en mapp måste vara
    .help = flytta undan den och försök igen
safe-write-folder = det här är en mapp där en fil måste vara
    .help = flytta undan den och försök igen
safe-write-unreadable = gick inte att undersöka: { $error }
    .help = kontrollera mappens behörigheter
safe-write-too-long = mer än { $limit } byte
import-html-as-text = HTML som kunde köra ett skript eller ladda en sida visas som text
import-html-converted = HTML som kunde köra ett skript eller ladda en sida gjordes om till Markdown
import-link-unsafe = en länk eller bild till { $url } behålls som text: bara webb-, e-post- och webbplatsadresser länkas
import-heading-attributes = attribut efter en rubrik (`{ "{" }…{ "}" }`) behålls som text
import-too-deep = dess HTML är nästlad djupare än { $depth } nivåer, så texten behölls utan formatering
import-embed-not-web = en inbäddad { $kind } lämnades bort: { $url } är ingen webbadress
import-zip-too-big = dess post { $entry } skulle packas upp till { $size } byte; rapport läser högst { $limit } från en post
    .help = packa upp arkivet själv och se efter vad det innehåller; importera dess feed.atom och ange fotona med `--images MAPP`
import-zip-ratio = dess post { $entry } skulle packas upp från { $packed } till { $size } byte, mer än { $limit } gånger sin storlek: det ser ut som en zip-bomb
    .help = packa upp arkivet själv och se efter vad det innehåller; importera dess feed.atom och ange fotona med `--images MAPP`
import-zip-lies = dess post { $entry } innehåller mer än de { $size } byte som katalogen uppger
    .help = packa upp arkivet själv och se efter vad det innehåller; importera dess feed.atom och ange fotona med `--images MAPP`
import-hugo-link-outside = den här symboliska länken leder ut ur Hugo-webbplatsen (till { $target }); inget utanför webbplatsen importeras
    .help = kopiera det länken leder till in i Hugo-webbplatsen, eller ta bort länken, och importera igen
import-hugo-setting-outside = `{ $key } = "{ $value }"` anger en mapp utanför Hugo-webbplatsen; inget utanför den importeras
    .help = ange en mapp i Hugo-webbplatsens mapp, till exempel `content` eller `content/sv`
import-left-out-path = utelämnad: dess sökväg { $path } är ingen vanlig relativ sökväg
import-left-out-clash = utelämnad: { $clash }; byt namn på en av dem och importera igen
import-renamed = fick det här namnet eftersom { $clash }
import-clash-address = adressen { $address } tillhör { $other }
import-clash-in-bundle = den skulle hamna inuti sidpaketet { $dir }
import-clash-holds = dess mapp { $dir } innehåller andra rapporter
import-taken-back = { $count ->
    [one] den { $count } fil som skrevs före den togs bort igen, så webbplatsen är som den var
   *[other] de { $count } filer som skrevs före den togs bort igen, så webbplatsen är som den var
  }
import-left-behind = { $count ->
    [one] { $count } fil skrevs och gick inte att ta bort igen: { $files }
   *[other] { $count } filer skrevs och gick inte att ta bort igen: { $files }
  }
    .help = ta bort dem för hand (de är nya), rätta felet och importera igen
scaffold-left-behind = de här filerna skapades och gick inte att ta bort igen: { $files }
import-alias-odd = den gamla adressen { $url } är ingen vanlig sökväg på webbplatsen (`..`, `.`, `//` eller styrtecken); den får ingen omdirigering

## photos/: fotocachen i en mottagen webbplats, dekomprimeringsbomber, oanvända HEIC-foton (ärende 21)

photos-too-many-pixels = det anger { $width } × { $height } bildpunkter ({ $megapixels } megapixel), fler än de { $limit } megapixel som rapport avkodar, så det avkodades inte
    .help = gör det mindre i ett bildprogram (under { $limit } megapixel; en sida visar som mest den största bredden i `images.widths`), eller ta bort det ur rapportens mapp
photos-too-much-memory = dess bildpunkter skulle ta { $megabytes } MB minne, mer än de { $limit } MB som rapport tillåter ett foto, så det avkodades inte
photos-cache-link = fotocachen är en symbolisk länk (till { $target }), som rapport varken följer eller tar bort
    .help = radera { $dir } (bara länken, inte det den leder till); nästa bygge gör cachen igen som en mapp
photos-cache-not-folder = fotocachen är inte en mapp
    .help = radera { $dir }; nästa bygge gör cachen igen som en mapp
check-heic-unused = det här HEIC-fotot (iPhones format) publiceras inte: ingen rapport visar det, och de flesta webbläsare skulle inte kunna det
    .help = för att visa det, exportera det som JPEG och lägg det i stället; annars ta bort det ur rapportens mapp

## check.rs: en översättnings tomma lista som döljer originalets fakta (issue 20)

check-emptied-fact = `{ $key }: []` döljer det som `{ $key }` säger i { $file }: sidan visar inget av det
    .help = ta bort raden `{ $key }:`, så visar sidan dem som står i { $file }, eftersom en översättning ärver mötets fakta; eller skriv dem här

## serve/: en port som ett annat program lyssnar på (issue 20)

serve-port-in-use = porten { $port } på { $address } används: ett annat program (kanske en annan `rapport serve`) lyssnar på den
    .help = stoppa det programmet, eller välj en annan port: `--port 8080`, eller `--port 0` för vilken ledig port som helst

## document/, yaml.rs, load.rs: alla fel i en fil på en gång; filer som ser ut som rapporter men inte läses

yaml-duplicate-key = `{ $key }` står två gånger
    .help = behåll en av dem
yaml-words = `{ $key }` är skriven på ett sätt som rapport inte kan läsa
    .help = skriv orden en gång för alla språk (`{ $key }: Astana`), eller en gång per språk (`{ $key }: {"{"} sv: …, en: … {"}"}`)
yaml-author = `author` är skriven på ett sätt som rapport inte kan läsa
    .help = skriv ett namn (`author: Anna Svensson`) eller en lista med namn (`author: [Anna Svensson, Erik Lind]`)
yaml-unknown-nested-key = okänd nyckel `{ $key }` under `{ $parent }`
    .help = `{ $parent }` har nycklarna { $keys }
front-matter-summary-twice = `summary` och `description` är samma nyckel, skriven två gånger
    .help = behåll en av dem; `summary` är namnet som rapport använder
load-not-read = filen ser ut som en rapport eller en sida, men rapport läser bara namn som slutar på `.md`, med små bokstäver, så den kommer inte med
    .help = byt namn på den till `{ $name }`
load-index-case = filen publiceras som en egen rapport med namnet `{ $stem }`, inte som mappens `{ $meant }`: rapport läser det namnet bara med små bokstäver
    .help = byt namn på den till `{ $name }`
load-language-case = `{ $written }` läses inte som ett språk, eftersom rapport läser språkkoder bara med små bokstäver: filen publiceras på standardspråket med namnet `{ $stem }`
    .help = byt namn på den till `{ $name }`

## document/: gränser

front-matter-too-long = inledningen (front matter) är längre än { $kib } kB och ännu inte stängd på rad { $line }
    .help = stäng den med en rad `---` efter inställningarna; lång text hör hemma i brödtexten, under den raden

## comments.rs, import/isso.rs: readers' comments through Isso, view counts through GoatCounter (issue 23)

config-server-shape = `{ $key }` är skrivet på ett sätt som rapport inte läser
    .help = skriv `{ $parent }:` och under det `  { $key }: https://…`, serverns fullständiga adress
config-server-url = `{ $key }` är inte en fullständig adress: { $url }
    .help = skriv `{ $parent }:` och under det `  { $key }: https://…`, serverns fullständiga adress
import-summary-comments-isso = { $count ->
    [one] kommentar skriven för Isso till { $file }
   *[other] kommentarer skrivna för Isso till { $file }
  }
import-isso-next = Ge dem till Isso (en gång, in i dess databas): TZ=UTC isso -c isso.cfg import { $file }
## cms_config.rs, serve/editor.rs: webbredigeraren (ärende 24)

cli-editor = Skriv webbredigeraren (Decap CMS) till static/admin/: dess inställningar, gjorda av webbplatsen, och dess sida.
cli-editor-root = Webbplatsens mapp.
cli-editor-backend = Git-tjänsten som den publicerade redigeraren sparar till: github eller gitlab [standard: från fjärrarkivet origin].
cli-editor-repo = Arkivet där, ÄGARE/NAMN [standard: från fjärrarkivet origin].
cli-editor-branch = Grenen som webbplatsen byggs från.
editor-written = Redigeraren är klar: `rapport serve` visar den på /__rapport/edit/ på den här datorn; publicerad finns den på /admin/ och sparar till arkivet som står i static/admin/config.yml.
editor-backend = `{ $backend }` är ingen git-tjänst som redigeraren kan spara till
    .help = skriv `--backend github` eller `--backend gitlab`
editor-config-stale = webbredigerarens inställningar stämmer inte längre med webbplatsen (dess avdelningar, språk eller termer har ändrats)
    .help = kör `rapport editor` för att skriva dem på nytt
editor-config-header = Skriven av `rapport editor` från site.yaml, terms.yaml och content/; kör den igen när de ändras (`rapport check` säger till).
editor-not-loopback = redigeraren svarar bara när förhandsvisningen lyssnar på den här datorn (`--bind 127.0.0.1`)
editor-other-origin = nekad: begäran kommer från en annan webbplats ({ $origin })
editor-not-json = nekad: redigerarens begäranden är JSON
editor-missing-param = begäran saknar `{ $key }`
editor-unknown-action = okänd åtgärd `{ $action }`
editor-outside = nekad: `{ $path }` är ingen fil i webbplatsens mapp content/ eller static/
editor-no-file = filen `{ $path }` finns inte
editor-bad-base64 = fotot `{ $path }` kom inte fram helt (det är inte base64)
editor-no-rename = `{ $path }` kan inte flyttas av redigeraren
editor-not-saved = Inget sparades: rapport kan inte läsa rapporten så som den skulle skrivas.
editor-report = Rapport
editor-pages = Sidor
editor-page = Sida
editor-photo = Foto
editor-photo-caption = Bildtext (visas under fotot)
editor-preview = Sidan så som rapport gör den
editor-preview-save-first = Spara för att se sidan så som rapport gör den.
editor-field-title = Rubrik
editor-field-date = Datum
    .hint = Mötets dag (den första, om det varade flera dagar).
editor-field-end-date = Sista dag
    .hint = Bara för ett möte som varade flera dagar.
editor-field-location = Plats
editor-field-author = Skriven av
editor-field-participants = Deltagare
editor-field-participant = Deltagare
editor-field-name = Namn
editor-field-role = Roll
editor-field-organization = Organisation
editor-field-organizations = Organisationer
    .hint = Nya namn läggs till i terms.yaml.
editor-field-tags = Etiketter
    .hint = Nya etiketter läggs till i terms.yaml.
editor-field-cover = Omslagsfoto
editor-field-photo = Foto
editor-field-alt = Alternativtext
    .hint = Vad fotot visar, för läsare som inte kan se det.
editor-field-summary = Sammanfattning
editor-field-draft = Utkast (publiceras inte än)
editor-field-publish-date = Publiceras den
    .hint = Utelämnas från webbplatsen fram till den dagen.
editor-field-body = Text
    .hint = Knappen Foto lägger ett foto i rapportens mapp och frågar efter alternativtext och bildtext.
editor-cannot-write = kunde inte skrivas: { $error }
serve-editor = Webbredigeraren: { $url }
editor-bundle-exists = nekad: `{ $path }` skulle bli en andra rapport i mappen för en som finns
    .help = ändra den nya rapportens rubrik eller datum, så att den får en egen mapp
## import/: andra omgången (ärende 25): gamla adresser, uppdateringar, exempelsidor
import-summary-updated = { $count ->
    [one] importerad förut och oändrad sedan, uppdaterad
   *[other] importerade förut och oändrade sedan, uppdaterade
}
import-summary-no-alt = { $count ->
    [one] foto utan alternativtext (beskriv det inom ![…] i filen)
   *[other] foton utan alternativtext (beskriv dem inom ![…] i sina filer)
}
import-summary-addresses = { $count ->
    [one] gammal adress hittad, { $kept } kvar (en sida eller en omdirigering svarar)
   *[other] gamla adresser hittade, { $kept } kvar (en sida eller en omdirigering svarar på var och en)
}
import-summary-placeholders = Exempelsidor från `rapport init`, oändrade, ersatta eller borttagna:
import-summary-edited = Dessa filer importerades förut och har ändrats sedan; de lämnades som de är (ta bort en och importera igen för att få den nya versionen):
import-summary-addresses-lost = Gamla adresser som inte får någon omdirigering:
import-summary-addresses-shared = Gamla adresser som två importerade sidor hade, räknade en gång och kvar hos sidan som nämns:
import-export-lang-unknown = Exporten säger att dess språk är `{ $lang }`, som inte är ett av webbplatsens språk; inläggen importerades som `{ $default }` (välj ett annat med `--lang`).
import-kind-empty-pages = tomma sidor (utan text)
import-kind-empty-posts = tomma inlägg (utan text)
import-left-out-empty = utelämnad: ”{ $title }” har ingen text
import-address-item-left-out = dess sida utelämnades (se nedan)
import-address-not-a-file = ingen fil kan svara på adressen
import-address-taken = adressen är nu { $other }s
import-address-twice = den är också en gammal adress till { $other }, som behåller den
import-address-file-there = filen { $file } finns redan
import-listing-moved = Sidan har flyttat
import-hugo-data-file = `{ $file }` lästes in i front matter ({ $keys }) och publiceras inte
import-hugo-attributes = { $count ->
    [one] en attributrad (`{ "{" }.class{ "}" }`) togs bort; rapports tema formger texten själv
   *[other] { $count } attributrader (`{ "{" }.class{ "}" }`) togs bort; rapports tema formger texten själv
}
import-hugo-no-date-page = den saknar datum och blev därför en fristående sida
import-hugo-index-page = dess mapp innehåller bara den här inledningen, så den blev en fristående sida
import-address-reserved = rapport skriver en egen fil där
## brand.rs: organisationens logotyp och färger (issue 27)

brand-shape = skriv den som `brand:` med nycklarna på egna rader under, till exempel `  logo: logo.svg` och `  color: "#0c3a57"`
brand-not-mapping = `brand` är inte en lista med inställningar
brand-empty = `{ $key }` under `brand` har inget värde
    .help = skriv färgen inom citattecken, `{ $key }: "#0c3a57"`: utan dem inleder `#` en kommentar och färgen läses inte
brand-empty-logo = `logo` under `brand` har inget värde
    .help = skriv namnet på logotypens fil i `static/`, till exempel `logo: logo.svg`
brand-colour-unread = `{ $key }: { $value }` är inte en färg som rapport kan läsa
    .help = skriv den som `#` och sex hexadecimala siffror, inom citattecken: `{ $key }: "#0c3a57"`
brand-contrast = färgen { $value } i `{ $key }` har kontrasten { $ratio }:1 mot sidan i { $scheme ->
        [light] ljust
       *[dark] mörkt
    } läge, och länkar behöver 4.5:1 för att kunna läsas (WCAG AA)
    .help = välj en nyans med mer kontrast, till exempel `{ $key }: "{ $suggestion }"`; eller använd färgen som `color`, sidhuvudets färg, där rapport själv väljer textens färg
brand-logo-kind = logotypen `{ $logo }` är varken en SVG- eller en PNG-fil
    .help = spara logotypen som SVG (bäst: skarp i alla storlekar) eller som PNG och skriv den filens namn här
brand-logo-missing = logotypen `{ $logo }` finns inte i mappen `static/`
    .help = lägg filen i `static/{ $logo }`, eller skriv namnet på en fil som finns där
brand-wordmark = `wordmark` under `brand` är varken true eller false
    .help = skriv `wordmark: true` när logotypen visar webbplatsens namn (sidhuvudet visar då bara logotypen), annars `wordmark: false`
## deploy/: publicera den byggda webbplatsen (ärende 22)

cli-deploy = Publicera den byggda webbplatsen till ett mål som site.yaml namnger: S3, SFTP eller en mapp.
cli-deploy-target = Målets namn under `deploy.targets` i site.yaml [standard: det första].
cli-deploy-root = Webbplatsens mapp.
cli-deploy-output = Mappen som `rapport build` skrev [standard: public/ i webbplatsens mapp].
cli-deploy-dry-run = Skriv ut vad som skulle skickas och tas bort, och ändra ingenting.
cli-deploy-max-deletes = Högst så många filer får den här publiceringen ta bort [standard: deploy.max_deletes, annars 256].
cli-deploy-quiet = Skriv bara ut problem: inga förlopp och ingen sammanfattning.
deploy-summary = Publicerat till { $target } ({ $url }): { $sent } filer skickade ({ $bytes }), { $removed } borttagna, { $unchanged } oförändrade, på { $ms } ms
deploy-dry-run-summary = Provkörning, ingenting ändrades på { $target }: { $sent } filer skulle skickas ({ $bytes }), { $removed } tas bort, { $unchanged } är oförändrade
deploy-would-send = skicka  { $path } ({ $size })
deploy-would-remove = ta bort { $path }
deploy-no-targets = site.yaml namnger inget ställe att publicera till
    .help = lägg till ett under `deploy:`, till exempel `deploy: {"{"} targets: [{"{"} name: live, url: "s3://min-bucket/site?region=eu-north-1" {"}"}] {"}"}`; README:s kapitel "Publishing" visar alla sorter
deploy-no-such-target = site.yaml har inget publiceringsmål som heter `{ $name }`
    .help = målen är: { $names }
deploy-url-bad = publiceringsadressen `{ $url }` går inte att använda: { $reason }
    .help = skriv `s3://BUCKET/MAPP?region=REGION`, `sftp://ANVÄNDARE@VÄRD/MAPP` eller `file:///MAPP`
deploy-url-no-scheme = den börjar inte med `s3://`, `sftp://` eller `file://`
deploy-url-scheme = rapport publicerar till adresser med `s3://`, `sftp://` och `file://`, inte `{ $scheme }://`
deploy-url-no-bucket = den namnger ingen bucket
deploy-url-no-host = den namnger ingen värd
deploy-url-bad-port = `{ $port }` är inget portnummer
deploy-url-file-absolute = en mapp måste skrivas från roten, som `file:///var/www/site`
deploy-url-unknown-option = rapport känner inte till alternativet `{ $option }`
deploy-url-options = den här sortens adress har alternativen: { $options }
deploy-not-built = det här är inget färdigt bygge att publicera: { $reason }
    .help = kör `rapport build` (med samma `--output`) och publicera sedan igen; deploy publicerar bara det som ett bygge har skrivit
deploy-not-built-missing = mappen finns inte
deploy-not-built-no-manifest = den har ingen `.rapport-manifest`, så inget bygge har blivit klart här
deploy-not-built-unfinished = förhandsvisningen skriver i den
deploy-not-built-changed = de här filerna är inte som bygget skrev dem: { $files }{ $more ->
    [0] {""}
   *[other] {" "}och { $more } till
  }
deploy-too-many-deletes = den här publiceringen skulle ta bort { $count } filer från { $target }, fler än de { $max } som tillåts; ingenting skickades
    .help = kontrollera adressen och utdatamappen med `rapport deploy --dry-run`; om det är rätt att ta bort { $count } filer, kör igen med `--max-deletes { $count }`
deploy-failed = publiceringen till { $target } misslyckades: { $error }
deploy-io = kan inte skriva { $path }: { $error }
    .help = kontrollera mappen och publicera igen: bara det som fortfarande saknas skickas
deploy-disk-full = disken för { $path } är full
    .help = gör plats på den (eller be webbhotellet om mer) och publicera igen: bara det som fortfarande saknas skickas
deploy-no-permission = ingen behörighet att skriva { $path }: { $error }
    .help = kontrollera att mappen tillhör användaren du publicerar som, eller fråga webbhotellet
deploy-file-is-output = mappen { $dir } är utdatamappen, eller ligger i den eller runt den
    .help = publicera till en annan mapp: den som webbservern visar
deploy-s3-no-credentials = inga inloggningsuppgifter för objektlagringen hittades
    .help = sätt AWS_ACCESS_KEY_ID och AWS_SECRET_ACCESS_KEY i miljön, eller skriv dem i ~/.aws/credentials (AWS_PROFILE väljer en profil där); aldrig i site.yaml
deploy-s3-setup = objektlagringen går inte att nå som det står: { $error }
deploy-s3-no-bucket = bucketen `{ $bucket }` finns inte
    .help = kontrollera bucketens namn och region i adressen, eller skapa bucketen först
deploy-s3-credentials = objektlagringen godtog inte inloggningsuppgifterna
    .help = kontrollera AWS_ACCESS_KEY_ID och AWS_SECRET_ACCESS_KEY (eller ~/.aws/credentials): nyckeln kan vara fel, borttagen eller för gammal
deploy-s3-denied = inloggningsuppgifterna får inte skriva i bucketen `{ $bucket }`
    .help = ge nyckeln rätt att lista, läsa, skriva och ta bort objekt i bucketen (s3:ListBucket, s3:GetObject, s3:PutObject, s3:DeleteObject)
deploy-s3-error = objektlagringen svarade: { $error }
    .help = kontrollera adressen (`endpoint=`, `region=`) och nätverket och publicera igen: bara det som fortfarande saknas skickas
deploy-sftp-no-client = OpenSSH:s `sftp` gick inte att starta: { $error }
    .help = installera OpenSSH:s klient (på Debian och Ubuntu: `apt install openssh-client`)
deploy-sftp-host-unknown = servern { $host } finns inte i known_hosts, så rapport kan inte veta att det är rätt server
    .help = be webbhotellet om serverns nyckelfingeravtryck, jämför med `ssh-keyscan -p { $port } { $host } | ssh-keygen -lf -`, och lägg till den om den stämmer: `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts` (eller anslut en gång med `ssh` och svara ja)
deploy-sftp-host-key-changed = servern { $host } svarade med en annan nyckel än den i known_hosts: ingenting skickades
    .help = fråga webbhotellet om serverns nyckel har bytts; bara om den har det, ta bort den gamla med `ssh-keygen -R { $host }` och lägg till den nya
deploy-sftp-auth = servern vägrade logga in { $destination }
    .help = kontrollera användarnamnet i adressen, att din nyckel är laddad (`ssh-add -l`) eller namngiven med `?key=` eller RAPPORT_SSH_KEY, och att servern har dess publika halva
deploy-sftp-error = SFTP-servern svarade: { $error }
    .help = kontrollera adressen och mappen och publicera igen: bara det som fortfarande saknas skickas
init-pages = För att publicera på GitHub Pages: lägg upp webbplatsen på GitHub och välj Settings → Pages → Source: GitHub Actions; { $file } bygger och publicerar den vid varje push. Andra webbhotell: README, "Publishing".

## Import: skyddsnätet (länkar och bilder som den nya webbplatsen inte skulle svara på)
import-summary-changed = Länkar och bilder som ändrades så att webbplatsen kan byggas:
import-fixed-link-to = länken till `{ $old }` leder nu till `{ $new }`
import-fixed-link-text = länken till `{ $old }` behölls som text
import-fixed-image-to = bilden `{ $old }` är nu `{ $new }`
import-fixed-image-text = bilden `{ $old }` togs bort, dess ord behölls som text
import-why-empty = den har ingen adress
import-why-not-imported = sidan den leder till importerades inte
import-why-relative = en adress relativ till den gamla sidan, skriven från webbplatsens rot
import-why-moved = sidan importerades hit
import-why-language = en sida på ett språk ({ $lang }) som webbplatsen inte har
import-why-tag = en etikettsida på den gamla webbplatsen
import-why-tag-missing = en etikettsida på den gamla webbplatsen, för en etikett som ingen rapport här har
import-why-listing = en lista på den gamla webbplatsen
import-why-page = en fortsättningssida av en lista på den gamla webbplatsen
import-why-copied = kopierad från den gamla webbplatsens { $from }
import-why-nowhere = ingen sida eller fil på den nya webbplatsen har den adressen
import-why-check = rapport check fann att den leder ingenstans
import-address-no-tag-page = ingen publicerad rapport på den nya webbplatsen har den här etiketten, så den har ingen etikettsida
import-address-outside = den gamla adressen ligger utanför den nya webbplatsens adress ({ $base } i base_url i site.yaml)
import-why-feed = ett flöde på den gamla webbplatsen
import-why-old-site = en fil på den gamla webbplatsen, länkad där den ligger; kopiera den till `static/` för att behålla den
import-owner-rapport = sök-, arkiv- eller taxonomisidan som rapport gör själv
