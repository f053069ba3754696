# Svenska texter för temat. Varje meddelande måste finnas i alla språk.

language-name = Svenska
site-title = Hälsosamarbete Sverige–Kazakstan
site-tagline = Rapporter från möten, delegationer och rundabordssamtal
footer-text = Rapporterna skrivs av deltagarna och redaktionen. Texten får citeras med angivande av källa.

skip-to-content = Hoppa till innehållet
nav-main = Huvudmeny
nav-reports = Rapporter
language-switcher = Språk
switch-to-home = Rapporten finns inte på svenska – till startsidan
go-to-home = Till rapporterna på svenska

latest-reports = Senaste rapporterna
report-count = { $count ->
    [0] Inga rapporter ännu
    [one] En rapport
   *[other] { $count } rapporter
}
no-reports = Det finns inga rapporter här ännu.
pagination = Sidnavigering
page-previous = Föregående
page-next = Nästa
page-of = Sida { $number } av { $total }
page-number = Sida { $number }
page-slug = sida

# { $language } är namnet på språket texten är skriven på, som CLDR skriver
# det inne i en mening ("engelska"). Ett språk vars grammatik behöver mer än
# namnet kan i stället välja på { $lang }: se "Adding a language" i README.
written-in = på { $language }
only-in = Rapporten finns bara på { $language }.
term-only-in = Rapporterna här finns bara på { $language }.
also-in = Läs också:
byline = Text: { $names }
draft = Utkast
back-to-reports = ← Alla rapporter

about-meeting = Om mötet
participants-heading = { $count ->
    [one] Deltagare
   *[other] Deltagare ({ $count })
}
participants-more = { $count ->
    [one] Visa en deltagare till
   *[other] Visa { $count } deltagare till
}
table-label = Tabell
printed-from = Utskrivet från { $url }

not-found-title = Sidan finns inte
not-found-text = Adressen leder ingenstans. Kanske har rapporten flyttat; börja om från rapportlistan.

nav-archive = Arkiv
nav-search = Sök
feed-link = Prenumerera på rapporterna (Atom)

taxonomy-tags = Ämnen
taxonomy-tags-slug = amnen
taxonomy-organizations = Organisationer
term-website = Organisationens webbplats
taxonomy-organizations-slug = organisationer

archive-title = Arkiv
archive-slug = arkiv
archive-years = År

search-title = Sök bland rapporterna
search-slug = sok
search-label = Sökord
search-button = Sök
search-results = { $count ->
    [one] En träff
   *[other] { $count } träffar
}
search-no-results = Inga träffar. Pröva ett annat ord eller en kortare form av det.
search-needs-script = Sökningen behöver JavaScript. Du hittar alla rapporter i arkivet.

# Used by `rapport new` for the skeleton of a new report.
new-heading-background = Bakgrund
new-heading-meeting = Mötet
new-heading-next = Nästa steg
new-summary-prompt = Skriv här i en eller två meningar vad mötet handlade om.
new-translate-marker = ÖVERSÄTT

# The page at an old address (`aliases` in front matter) that leads to the new one.
redirect-moved = Sidan har flyttat: { $title }

# Readers' comments (Isso) and view counts (GoatCounter) on reports, shown
# when site.yaml has `comments:` or `views:`. `$count` is a number: the
# script puts the real count in place of the number it was written with.
comments-heading = Kommentarer
comments-open = Visa kommentarer
comments-privacy = Kommentarerna finns på vår egen server. Inget hämtas därifrån förrän du väljer att visa dem. Skriver du en kommentar sparas namn, text och en förkortad IP-adress, och en kaka i 15 minuter låter dig ändra den.
comments-count = { $count ->
    [one] { $count } kommentar
   *[other] { $count } kommentarer
}
comments-none = Inga kommentarer ännu
comments-unavailable = Kommentarerna kan inte visas just nu. Försök igen senare.
views-count = Visningar: { $count }
# Search (issue 26): the choice of languages, more results, a page opened from disk.
search-scope = Sök bland
search-scope-page = rapporter på { $language }
search-scope-all = rapporter på alla språk
search-filters = Begränsa träffarna
search-filter-year = År
search-filter-any = Alla
search-more = Visa fler träffar
search-from-disk = Sökningen fungerar inte i en sida som öppnats som fil från datorn. Öppna webbplatsens adress i webbläsaren, eller kör rapport serve och sök där.
