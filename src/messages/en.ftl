# What rapport says to the person running it, in English.
# Every message here has its twin in sv.ftl, with the same variables
# (a test checks). Text in `backquotes` is what the user types or wrote.

## diagnostics.rs: the labels of a problem and the closing line

diagnostic-error = error
diagnostic-warning = warning
diagnostic-help = help
diagnostics-summary = error: the site has { $count ->
    [one] { $count } problem
   *[other] { $count } problems
  }; nothing was written

## main.rs: what the commands print

progress-files = files
progress-load = load
progress-model = model
progress-render = render
created = Created { $file }
init-kept = Kept    { $file } (it was there)
init-ready = The site is ready: `rapport serve --root { $dir }`
init-name = Its name, tagline and footer are `site-title`, `site-tagline` and `footer-text` in locales/*/main.ftl.
translated-marked = Marked { $translation } as up to date with its original { $original }
import-checking = Checking the site:
build-summary = Built { $pages } pages, { $files } files ({ $written } written, { $unchanged } unchanged, { $removed } removed) in { $ms } ms
build-photos = Photos: { $made } made, { $cached } from .rapport-cache/
build-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
  }: `rapport check` shows where and what to do
build-shortcodes = { $count ->
    [one] { $count } shortcode of another site generator is
   *[other] { $count } shortcodes of another site generator are
  } left in the text and published as written; `rapport check` shows where

## main.rs: --help

cli-heading-usage = Usage:
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands
cli-value-command = COMMAND
cli-value-options = OPTIONS
cli-value-dir = DIR
cli-value-url = URL
cli-value-yyyy-mm-dd = YYYY-MM-DD
cli-value-section = SECTION
cli-value-name = NAME
cli-value-address = ADDRESS
cli-value-lang = LANG
cli-value-port = PORT
cli-value-format = FORMAT
cli-value-comments = COMMENTS
cli-value-title = TITLE
cli-value-file = FILE
cli-value-export = EXPORT
cli-default = default
cli-possible = possible values
cli-flag-help = Print help
cli-flag-version = Print version
cli-help-command = Print this message or the help of the given command
cli = Static site generator for bilingual meeting reports.
cli-build = Build the site into the output folder.
cli-build-root = The site folder.
cli-build-output = Where to write the site [default: ROOT/public].
cli-build-drafts = Include reports and pages marked `draft: true`.
cli-build-future = Include reports whose `publish_date` is still to come.
cli-build-base-url = Replace `base_url` of site.yaml, e.g. for a preview deployment.
cli-build-force = Take over an output folder that holds files rapport did not write, replacing those the site has too.
cli-build-quiet = Print nothing but problems: no progress, no summary.
cli-check = Read the whole site and report what is missing or wrong, writing nothing.
cli-check-root = The site folder.
cli-check-strict = Fail on warnings too.
cli-check-format = `text` for people, `json` for editors and CI.
cli-new = Start a report: a page bundle with a file for each language.
cli-new-title = The report's title, in the first language of --lang.
cli-new-root = The site folder.
cli-new-date = The meeting's date [default: today].
cli-new-lang = The languages to write, the title's first [default: the site's languages].
cli-new-section = The section folder under content/.
cli-translated = Mark a translation as up to date with its original (writes `translated_from:` into it).
cli-translated-file = The translation's Markdown file.
cli-translated-root = The site folder.
cli-init = Create a new site that builds at once.
cli-init-dir = The folder to create it in.
cli-init-force = Add the missing files to a folder that is not empty (no file is overwritten).
cli-init-title = The site's name in every language (else a placeholder to replace in locales/*/main.ftl).
cli-import = Bring an archive home: posts, pages and photos from Blogger, WordPress or Hugo.
cli-import-blogger = A Blogger backup (Settings → Back up content), Takeout's feed.atom, or the Takeout .zip.
cli-import-blogger-export = The export file.
cli-import-blogger-root = The site folder to import into.
cli-import-blogger-lang = The posts' language, where the export does not say [default: the site's default language].
cli-import-blogger-section = The section folder under content/ that posts go into.
cli-import-blogger-images = A folder with the old site's photos, matched to the posts by file name and copied beside them.
cli-import-blogger-comments = Readers' comments: left out, or appended to their post.
cli-import-wordpress = A WordPress export (Tools → Export → All content).
cli-import-wordpress-export = The export file (.xml).
cli-import-wordpress-root = { cli-import-blogger-root }
cli-import-wordpress-lang = { cli-import-blogger-lang }
cli-import-wordpress-section = { cli-import-blogger-section }
cli-import-wordpress-images = { cli-import-blogger-images }
cli-import-wordpress-comments = { cli-import-blogger-comments }
cli-import-hugo = A Hugo site: its content (TOML, YAML or JSON front matter), bundles and static/.
cli-import-hugo-dir = The Hugo site's folder (with config.toml or hugo.toml and content/).
cli-import-hugo-root = The site folder to import into.
cli-import-hugo-lang = The language of files without a suffix, when the Hugo settings name none [default: the site's default language].
cli-serve = Build the site with drafts, serve it, and rebuild and reload on every change.
cli-serve-root = The site folder.
cli-serve-bind = The address to listen on; anything but loopback shows the site to the network.
cli-serve-port = The port; 0 picks a free one.
cli-serve-open = Open the site in the browser.

## serve/: the preview

serve-cannot-listen-on = cannot listen on { $address }:{ $port }: { $error }
    .help = choose another port with `--port`, or `--port 0` for any free one
serve-cannot-listen = cannot listen: { $error }
serve-no-temporary-folder = cannot make a temporary folder for the site: { $error }
serve-serving = Serving the site at { $url } (drafts shown). Press Ctrl-C to stop.
serve-files-in = The files are in { $dir }
serve-translations = Translations and what is outdated: { $url }
serve-network-warning = warning: listening on { $address }, so other computers on the network can see the site, drafts included
serve-stopped = Stopped.
serve-built = Built { $pages } pages, { $files } files in { $ms } ms
serve-rebuilt = Rebuilt in { $ms } ms: { $count ->
    [one] { $count } file changed
   *[other] { $count } files changed
  }
serve-cannot-watch = cannot watch the site for changes: { $error }
error-page = The site could not be built
    .title = rapport: the site has errors
    .advice = Fix what is below and save; this page reloads by itself.

## document/front_matter.rs: the keys at the top of a report

front-matter-empty-file = the file is empty
front-matter-toml = the front matter is TOML (between `+++` lines), and rapport reads YAML
    .help = `rapport import hugo` converts a Hugo folder; by hand, use `---` lines and write `key: value` instead of `key = value`
front-matter-json = the front matter is JSON, and rapport reads YAML
    .help = `rapport import hugo` converts a Hugo folder; by hand, put the keys between two `---` lines as `key: value`
front-matter-missing = the file does not start with front matter
    .help = start the file with a line `---`, then `title: …` and the other keys, then a line `---`
front-matter-not-closed = the front matter is not closed
    .help = end the front matter with a line `---` before the text of the report
front-matter-not-keys = the front matter is not a list of keys
    .help = write one `key: value` per line, as in `title: Möte i Astana`
front-matter-title-empty = the title is empty
front-matter-no-title = the front matter has no `title`
    .help = add a line such as `title: Möte med hälsoministeriet`
front-matter-not-a-date = `{ $value }` is not a date
front-matter-date =
    .help = write the date as year-month-day, as in `date: 2014-05-26` (with a time: `date: 2014-05-26T10:00:00+02:00`), and check that the day exists
front-matter-end-date =
    .help = write the meeting's last day as year-month-day, as in `end_date: 2014-05-28`, and check that the day exists
front-matter-publish-date =
    .help = write the day to publish on as YYYY-MM-DD (2014-05-26)
front-matter-ends-before-start = the meeting ends ({ $end }) before it starts ({ $start })
    .help = `end_date` is the last day of the meeting: check both dates, or remove `end_date` for a one-day meeting
front-matter-end-without-date = `end_date` is written without `date`
    .help = write the first day as `date:` beside it, as in `date: 2014-05-26` above `end_date: 2014-05-28`
front-matter-bad-slug = the slug `{ $slug }` cannot be part of a URL
    .help = a slug is one word or several joined by `-`, without `/` or `..`: `astana-2024`
front-matter-bad-alias = the old address `{ $alias }` cannot be answered by a file
    .help = write each old address as a path from the site's root, without `?`, `#` or `..`: `/2014/05/kazakstan.html` or `/post/123/`
front-matter-language-suggestion = did you mean `{ $suggestion }`? The words of `{ $key }` may be given in the site's languages: { $list }
front-matter-language-list = the words of `{ $key }` may be given in the site's languages ({ $list }), or written once for all of them
front-matter-not-a-language = `{ $code }` is not one of the site's languages
front-matter-not-a-list = `{ $name }` must be a list of words
    .help = write it as `{ $name }: [one, two]`

## yaml.rs: YAML in front matter and settings

did-you-mean = did you mean `{ $suggestion }`?
yaml-check-type = check the value's type against the table of keys in the README
yaml-check-syntax = check the YAML here: indent with spaces, put text containing `:` or `#` in quotes, and write `-` before each list item
yaml-too-deep = the brackets here nest more than { $levels } levels deep
    .help = close the `[` and `{"{"}` you opened; front matter needs only a list or two
yaml-tab = a tab character in column { $column }: YAML indents with spaces only
    .help = replace the tab with spaces (your editor may show it as spaces)
yaml-colon-in-value = the value of `{ $key }` contains `: `, which YAML reads as a new key
    .help = put the text in double quotes: `{ $key }: "{ $quoted }"`
yaml-participant = a participant is written in a way rapport does not read
    .help = write each participant as `- Anna Svensson` or as `- name: Anna Svensson` with optional `role:` and `organization:` lines below it, indented to line up with `name`
yaml-cover = the cover is written in a way rapport does not read
    .help = write `cover: foto.jpg`, or `cover:` with `src: foto.jpg` and `alt: …` lines below it
yaml-not-a-list = `{ $key }` must be a list, not a single text
    .help = write the items in brackets: `[{ $items }]`
yaml-not-a-list-this = this key must be a list, not a single text
yaml-unknown-key = unknown key `{ $key }`
    .help = the known keys are { $keys }; put your own data under `extra`
yaml-hint-cover = rapport calls the report's main photo `cover`: `cover: foto.jpg` (or `cover:` with `src:` and `alt:`)
yaml-hint-tags = rapport files reports under `tags`; to keep `{ $key }` as a taxonomy of its own, add it to `taxonomies` in site.yaml
yaml-hint-summary = write the summary under `summary`
