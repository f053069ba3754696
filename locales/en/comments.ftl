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
