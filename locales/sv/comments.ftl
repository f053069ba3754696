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
