# English strings of the theme. Every message must exist in every language.

language-name = English
site-title = Sweden–Kazakhstan Health Cooperation
site-tagline = Reports from meetings, delegations and round tables
footer-text = The reports are written by the participants and the editors. Quote freely, naming the source.

skip-to-content = Skip to content
nav-main = Main menu
nav-reports = Reports
language-switcher = Language
switch-to-home = This report is not available in English – go to the home page
go-to-home = To the reports in English

latest-reports = Latest reports
report-count = { $count ->
    [0] No reports yet
    [one] One report
   *[other] { $count } reports
}
no-reports = There are no reports here yet.
pagination = Pages
page-previous = Previous
page-next = Next
page-of = Page { $number } of { $total }
page-number = Page { $number }
page-slug = page

# { $language } is the name of the language the text is in, as CLDR writes
# it mid-sentence ("Swedish"). A language whose grammar needs more than
# the name may select on { $lang } instead: see "Adding a language" in the README.
written-in = in { $language }
only-in = This report is only available in { $language }.
term-only-in = The reports here are only available in { $language }.
also-in = Also available:
byline = By { $names }
draft = Draft
back-to-reports = ← All reports

about-meeting = About the meeting
participants-heading = { $count ->
    [one] Participant
   *[other] Participants ({ $count })
}
participants-more = { $count ->
    [one] Show one more participant
   *[other] Show { $count } more participants
}
table-label = Table
printed-from = Printed from { $url }

not-found-title = Page not found
not-found-text = This address leads nowhere. The report may have moved; start again from the list of reports.

nav-archive = Archive
nav-search = Search
feed-link = Subscribe to the reports (Atom)

taxonomy-tags = Topics
taxonomy-tags-slug = topics
taxonomy-organizations = Organisations
term-website = The organisation's website
taxonomy-organizations-slug = organisations

archive-title = Archive
archive-slug = archive
archive-years = Years

search-title = Search the reports
search-slug = search
search-label = Search words
search-button = Search
search-results = { $count ->
    [one] One result
   *[other] { $count } results
}
search-no-results = Nothing found. Try another word or a shorter form of it.
search-needs-script = Search needs JavaScript. You will find every report in the archive.

# Used by `rapport new` for the skeleton of a new report.
new-heading-background = Background
new-heading-meeting = The meeting
new-heading-next = Next steps
new-summary-prompt = Write here in a sentence or two what the meeting was about.
new-translate-marker = TRANSLATE

# The page at an old address (`aliases` in front matter) that leads to the new one.
redirect-moved = This page has moved: { $title }

# Readers' comments (Isso) and view counts (GoatCounter) on reports, shown
# when site.yaml has `comments:` or `views:`. `$count` is a number: the
# script puts the real count in place of the number it was written with.
comments-heading = Comments
comments-open = Show comments
comments-privacy = Comments are kept on our own server. Nothing is fetched from it until you choose to show them. If you write a comment, your name, text and a shortened IP address are stored, and a cookie lets you edit it for 15 minutes.
comments-count = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
comments-none = No comments yet
comments-unavailable = The comments cannot be shown right now. Please try again later.
views-count = Views: { $count }
# Search (issue 26): the choice of languages, more results, a page opened from disk.
search-scope = Search
search-scope-page = reports in { $language }
search-scope-all = reports in all languages
search-filters = Narrow the results
search-filter-year = Year
search-filter-any = All
search-more = Show more results
search-from-disk = Search does not work in a page opened as a file from this computer. Open the site's address in the browser, or run rapport serve and search there.
