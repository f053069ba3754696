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
cli-error-unknown-argument = unexpected argument '{ $arg }'
cli-error-unknown-command = unknown command '{ $command }'
cli-error-value-missing = '{ $arg }' needs a value, and none was given
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-missing = these arguments are needed and were not given: { $args }
cli-error-suggestion = tip: did you mean '{ $suggestion }'?
cli-error-more = For more information, try '--help'.
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
cli-import-blogger-comments = Readers' comments: left out, appended to their post, or written for an Isso comment server (isso-comments.xml).
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
    .help = write each old address as a path from the site's root, without `?`, `#`, `..` or a part that starts with a dot (`/.htaccess`, `/.git/`): `/2014/05/kazakstan.html` or `/post/123/`
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

## check.rs: what `rapport check` finds and its summary

check-missing-heading = Reports and pages missing in a language:
check-missing-file = file
check-missing-has = has
check-missing-lacks = lacks
check-scheduled-heading = Scheduled (left out of builds until their day; `rapport build --future` includes them):
check-summary = check: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
  }, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
  }, { $missing ->
    [one] { $missing } report or page
   *[other] { $missing } reports or pages
  } missing in a language
check-shortcode = a shortcode of another site generator is left in the text, and would be shown as it is
    .help = write it as Markdown: an image as ![alt](photo.jpg "caption"), a video as a link <https://…>
check-untranslated = the title still says `{ $marker }`: this file is not translated yet
    .help = translate the title and the text, then remove the marker
check-prompt-left = the text `rapport new` wrote as a prompt is still here
    .help = replace it with one or two sentences about the meeting
check-future-date = the report is dated { $date }, in the future
    .help = check the year; reports are about meetings that took place
check-unused-message = the message `{ $id }` is not used by the theme
    .help = remove it, or use it in a template with t(key="…")
check-photo-elsewhere = the photo `{ $src }` is published once, beside the { $lang } version of this report, so this address leads nowhere here
    .help = write the photo in Markdown, as in ![What it shows](photo.jpg), and rapport points every language at it
check-file-suggestion = did you mean `{ $suggestion }`? File names must match exactly, upper and lower case too
check-image-nowhere = the image `{ $src }` leads nowhere
    .help = put the photo beside the report's index file (a page bundle), or fix the file name
check-link-nowhere = the link to `{ $target }` leads to no page of the site
    .help = check the address; to link to another report, link to its Markdown file, as in `../2014-05-26-astana/index.sv.md`, and rapport writes the right address
check-no-alt = the image `{ $src }` has no alternative text
    .help = describe the photo in the brackets for readers who cannot see it: ![Delegationen vid mötesbordet](foto.jpg)
check-cover-nowhere = the cover image `{ $src }` leads nowhere
    .help = put the photo beside the report's index file, or fix the file name
check-gps = this photo records the GPS position of where it was taken
    .help = rapport leaves the position out of every published file, but the photo in content/ still has it: remove it there too (most photo apps can, under “location”) if the folder is shared
    .help-kept = `images: keep_metadata: true` in site.yaml publishes this position with the original; remove that setting, or remove the position from the photo, if the place should stay private
check-heic = this is an HEIC photo (the iPhone's format), which most browsers cannot show
    .help = export it as JPEG and put that in its place: on the iPhone, choose Settings › Camera › Formats › Most Compatible before taking photos, or share the photo by e-mail or AirDrop to a Mac and use File › Export › JPEG in Preview
check-date-differs = the date differs from its translation { $file }
    .help = write the date in one language's file only; the others inherit it
check-tag-counts = the translations have different numbers of tags
    .help = give each language version the same tags, translated

## config.rs, load.rs, document/: settings, reading the site folder, one Markdown file

cannot-read-file = cannot read the file: { $error }
config-unreadable = cannot read the settings: { $error }
config-base-url = `base_url` is not an absolute URL: { $url }
    .help = write it with its scheme, as in `base_url: https://example.org/`
config-no-languages = `languages` is empty
    .help = list at least one language, as in `languages: [sv, en]`
config-bad-language = `{ $lang }` is not a language code
    .help = use codes such as `sv`, `en` or `kk`
config-default-language = `default_language` { $lang } is not one of `languages`
    .help = add it to `languages` or choose one of { $languages }
config-paginate = `paginate` must be at least 1
config-widths = `images.widths` must list widths between 16 and 8192 pixels
    .help = write for example `widths: [480, 960, 1600]`
config-base-url-option = --base-url is not an absolute URL: { $url }
    .help = write it with its scheme, as in `--base-url https://example.org/preview/`
load-link-outside = this is a link to { $target }, outside the site folder, and rapport never publishes what lies outside it
    .help = copy the file into the site folder instead of linking to it, or remove the link
load-link-loop = a symbolic link here leads back to a folder that contains it
    .help = remove the link or point it elsewhere
load-unreadable = cannot read this: { $error }
load-check-readable = check that the file exists and that you may read it
load-markdown-in-bundle = a Markdown file inside a page bundle
    .help = content/{ $dir }/ is one report because it has an index file; move this file out of it to make it a report of its own
load-not-utf8 = the file is not UTF-8 text
    .help = save the file as UTF-8 in your editor ("Save with encoding" → UTF-8)
load-no-theme = the theme has no folder { $dir }
    .help = set `theme` in site.yaml to a folder under themes/, or copy themes/default/ from rapport
load-unreadable-template = cannot read the template: { $error }
document-unknown-language = the file name says it is in `{ $lang }`, which site.yaml does not list
    .help = add `{ $lang }` to `languages` in site.yaml (and a folder locales/{ $lang }/), or rename the file to one of: { $names }
document-lang-contradicts = `lang: { $written }` contradicts the file name, which says `{ $lang }`
    .help = remove `lang`, or rename the file to { $name }
document-empty-slug = the slug `{ $slug }` has no letters or digits, so it makes no address
    .help = give the report a `slug:` of letters, digits and `-`, as in `slug: astana-2014`, or rename the file
document-empty-name = the name `{ $name }` has no letters or digits, so it makes no address
document-unread-image = this looks like an image, but Markdown did not read it as one, so it is published as text
    .help = check the brackets: `![What the photo shows](photo.jpg "Caption")`; a file name with spaces works when the file is in the report's folder, or write it in angle brackets: `(<my photo.jpg>)`
document-control-character = an invisible control character ({ $code }) in the text, probably pasted from a word processor
    .help = rapport leaves it out of the site; delete it in your editor to silence this warning

## markdown.rs, i18n.rs: report text, the site's UI strings in locales/

markdown-script-link = the address `{ $address }` would run a script in the reader's browser
    .help = rapport publishes no `javascript:`, `vbscript:` or `data:` links; link to a web address (https://…) or a file of the report instead
markdown-link-nowhere = the link to `{ $target }` leads to no page
    .help = check the file name; links to other reports are relative to this file, as in `../2014-05-26-astana/index.sv.md`
locales-none = the language `{ $lang }` has no UI strings
    .help = create { $dir }/main.ftl with the theme's messages (copy locales/{ $other }/ and translate it), or remove `{ $lang }` from `languages` in site.yaml
locales-syntax = Fluent syntax error: { $error }
    .help = a message is `id = text`; continuation lines are indented; see projectfluent.org/fluent/guide
locales-twice = the message `{ $id }` is defined twice
    .help = it is also in { $place }; keep one
locales-cyclic = the message `{ $id }` refers to itself, so it can never be shown
    .help = remove `{"{"} { $id } {"}"}` from its text, or from the messages it refers to
locales-renamed = `{ $new }` here is called `{ $id }` in the other languages, and locales/{ $lang }/ no longer defines `{ $id }`
    .help = the name is how the theme asks for the text (`t(key="{ $id }")`): rename `{ $new }` back to `{ $id }`; only the text after `=` is translated
locales-missing = the message `{ $id }` is missing in `{ $lang }`
    .help = add `{ $id } = …` to a .ftl file in locales/{ $lang }/; the `{ $other }` text is in { $place }
locales-missing-in-template = the message `{ $id }` is missing in `{ $lang }`; add it to locales/{ $lang }/
locales-no-value = the message `{ $id }` in `{ $lang }` has no value
locales-format-error = the message `{ $id }` in `{ $lang }`: { $error }
template-t-needs-key = t() needs a `key`, as in t(key="site-title")
template-t-no-language = t(): the site has no language `{ $lang }`
template-date-needs-text = the date filter takes a date written as text

## terms.rs: terms.yaml, terms linked across languages

terms-not-a-map = terms.yaml should list terms under a taxonomy's name
    .help = start with `tags:` or `organizations:`, then one `- sv: …` line and `en: …` line for each term
terms-unknown-taxonomy = unknown taxonomy `{ $key }`
    .help = the site's taxonomies are { $taxonomies } (`taxonomies` in site.yaml)
terms-not-a-list = `{ $key }` should be a list of terms
    .help = write each term as `- sv: …` with its other languages below it, indented
terms-name-twice = the { $taxonomy } name `{ $name }` is given twice: here and as `{ $earlier }` of an earlier term
    .help = a name may belong to one term only; merge the two terms or remove one name
terms-item-not-a-map = each of the { $taxonomy } should give the term's name in each language
    .help = write `- sv: primärvård` and, below it and indented, `en: primary care`
terms-not-words = `{ $key }` should be a name in words
    .help = write the name after the colon, in quotes if it contains `:` or `#`
terms-unknown-language = unknown language `{ $key }`
    .help = the site's languages are { $languages } (`languages` in site.yaml); `url` gives an organisation's website
terms-no-name = this term has no name in any language
    .help = give its name in each language, as `sv: primärvård`
terms-look-alike = the { $taxonomy } `{ $a }` ({ $a_lang }) and `{ $b }` ({ $b_lang }) look like one term: the two language versions of this report use them in the same place
    .help = to give them one page in each language, add them to { $file } at the site's root:
        { $snippet }

## model/: addresses, translations, taxonomies

site-no-date = the report has no `date`, and no translation of it has one
    .help = add the meeting's date to the front matter, as in `date: 2014-05-26`
site-same-address = this page has the same address { $address } as { $file }
    .help = give one of them another `slug` in its front matter, or rename its file
outputs-empty-part = the address { $address } has an empty part: a slug, section name or term has no letters or digits
    .help = give it a name of letters, digits and `-`
outputs-long-name = the name `{ $name }…` in the address is longer than the 255 bytes a file name may have
    .help = give the page a shorter `slug`
outputs-static-replaces = this file would replace { $address } that rapport makes
    .help = rename or remove the static file
outputs-alias-clash = the old address `{ $alias }` in `aliases` would be written to { $address }, which another page or old address uses
    .help = keep each old address in the `aliases` of one page only, and remove it where it names a page that exists
outputs-file-and-folder = { $file } would be a file and also the folder of { $inside }
outputs-clash = two parts of the site would be written to { $address }
    .help = give the page another `slug`, or rename the section, term or message that makes the same address
taxonomy-empty-term = the { $taxonomy } `{ $term }` has no letters or digits, so its page would have no address
    .help = write the term in words, or remove it
taxonomy-shared-address = the { $taxonomy } `{ $term }` here and `{ $other }` in { $file } would share the address { $address }
    .help = write the term the same way in both files (the same letters and capitals)
translations-same-language = this file and { $file } are both the `{ $lang }` version of the same report
    .help = translations share their path without the language suffix, or a `translation:` key; give one of the two another key or move it
words-missing = the message `{ $id }` is missing in `{ $lang }` or is empty
    .help = add `{ $id } = …` (the word used in addresses) to a .ftl file in locales/{ $lang }/
words-taxonomy-missing = the message `{ $id }` is missing in `{ $lang }`
    .help = the taxonomy `{ $taxonomy }` of site.yaml needs `{ $id } = …` (its name on pages) in locales/{ $lang }/

## freshness/, scaffold.rs: outdated translations, `rapport translated`, `init` and `new`

freshness-unknown-day = an unknown day
freshness-outdated = this translation may be out of date: its original { $original } changed on { $original_changed }, and the translation was last changed on { $translation_changed }
    .help = bring the translation up to date with the original's changes (the translator's view of `rapport serve` shows them), then commit it; if nothing needs translating, run `rapport translated { $file }`
translated-give-translation = give the path of a translation's Markdown file, as in content/reports/2014-05-26-astana/index.en.md
translated-not-a-page = this file is not a report or page of the site
    .help = give the path of a Markdown file under the site's content/ folder, or the site folder with --root
translated-no-translation = this file has no translation, so it translates nothing
    .help = `rapport translated` marks a translation as up to date with its original
translated-is-original = this file is the original the other languages translate
    .help = run the command on a translation, such as { $file }; to make this file a translation instead, mark the other version `original: true`
translated-original-unreadable = the original cannot be read: { $error }
translated-unwritable = the file cannot be written: { $error }
    .help = check that the file is not read-only
scaffold-cannot-create = cannot create the file: { $error }
    .help = check that the folder is writable
init-title-line = --title must be one line of text
    .help = write the site's name, as in `--title "Föreningen för hälsosamarbete"`
init-not-empty = { $dir } is not empty
    .help = choose a new or empty folder, or add `--force` to add the missing files (no file is overwritten)
new-unknown-languages = --lang names languages the site does not have: { $languages }
    .help = the site's languages are { $languages }
new-bad-section = --section `{ $section }` is not a folder inside content/
    .help = name a section folder relative to content/, as in `--section reports` or `--section news/2024`
new-empty-title = the title has no letters or digits to make an address from
    .help = give the report a title in words, as in `rapport new "Möte i Astana"`
new-exists = a report with this date and title exists already
    .help = open it and go on writing, or choose another title

## render/, write/, photos/: templates, the output folder, photos

theme-no-template = the theme has no template `{ $name }`
    .help = add { $file }; themes/default/ has one to start from
template-url-needs-path = url() needs a `path`, as in url(path="style.css")
theme-template-error = template error: { $error }
    .help = fix the template
    .help-page = this happened while rendering { $page } ({ $url }); fix the template or the page
    .help-url = this happened while rendering { $url }; fix the template
theme-message-missing = the message `{ $id }` is missing in `{ $lang }`
    .help = add `{ $id } = …` to a .ftl file in locales/{ $lang }/
    .help-place = add `{ $id } = …` to a .ftl file in locales/{ $lang }/; the theme uses it in { $place }
output-refused = refusing to write the site into { $dir }: { $reason }
    .help = choose an empty folder or one rapport wrote before, such as `--output public`
output-refused-site-folder = it is the site folder itself
output-refused-contains-site = it contains the site folder
output-refused-inside = it is inside the site's { $folder }/ folder
output-refused-git = it is inside a git folder
output-refused-file = it is a file
output-foreign = the output folder has files rapport did not write, which the site would replace: { $files }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
  }
    .help = move those files away, or choose another folder with `--output`; `--force` lets rapport take over the folder and replace them
output-unwritable = cannot write the output: { $error }
    .help = check that the output folder is writable and the disk has room
photos-cache-unwritable = cannot write to { $dir }: { $error }
photos-not-an-image = it is not a JPEG, PNG or WebP image, whatever its name says
photos-damaged = the file is damaged or incomplete ({ $error })
photos-unsupported = this kind of image is not supported ({ $error })
photos-too-large = the image is too large ({ $error })
photos-unreadable = this photo cannot be read: { $reason }
    .help = open it in a photo editor and save it again as JPEG, or take it out of the report's folder
photos-metadata-damaged = its structure is damaged, so its metadata cannot be removed

## import/: bringing an archive home from Blogger, WordPress or Hugo

import-unreadable = { $file } could not be read: { $error }
    .help = check the path of the export file
import-bad-zip = { $file } is not a readable zip archive: { $error }
    .help = download the Takeout archive again, or unpack it and import its feed.atom
import-no-feed = { $file } holds no Blogger feed (feed.atom)
    .help = choose Blogger when making the Takeout archive, or import the blog's backup file
import-not-blogger = this is not a Blogger export (an Atom `<feed>`)
    .help = in Blogger, use Settings → Back up content, or Google Takeout, and import that file
import-not-wordpress = this is not a WordPress export (WXR)
    .help = in WordPress, use Tools → Export → All content, and import that file
import-kind-deleted = deleted entries
import-kind-other = { $kind } entries
import-kind-type = `{ $kind }` entries
import-kind-attachments = attachments (their photos are found through the posts)
import-kind-year-intros = year folder intros (`_index.md` below a section)
import-untitled-date = it had no title; one was made from its date
import-untitled-file-name = it had no title; one was made from its file name
import-gallery-photo-missing = a photo of a [gallery] (attachment { $id }) is not in the export
import-embed-link = an embedded { $kind } became a link: { $url }
import-shortcode-text = the shortcode [{ $name }] is left as text
import-element-dropped = a <{ $tag }> was left out
import-hugo-not-folder = { $dir } is not a folder
    .help = name the Hugo site's folder (the one with config.toml or hugo.toml and content/)
import-hugo-no-content = { $dir } has no Markdown content
    .help = name the Hugo site's folder, which has content/ with the .md files
import-hugo-bad-toml = the TOML is not readable: { $error }
import-hugo-bad-json = the JSON is not readable: { $error }
import-hugo-fix-line = fix the line shown in the Hugo site, then import again
import-hugo-not-keys-help = write one `key = value` (TOML) or `key: value` (YAML) per line
import-hugo-close-fence = end the front matter with a line `{ $fence }`
import-hugo-bad-json-front = the JSON front matter is not readable
    .help = check the braces and quotes of the front matter
import-hugo-expiry = `{ $setting }` is kept under `extra`; rapport does not take reports down by date, so remove the report or mark it `draft: true` when it expires
import-hugo-ref-nowhere = `{ $shortcode }` leads to no page of the site; its words are kept as text
import-hugo-shortcode-kept = the shortcode `{ $shortcode }` is left as it was; rewrite it as Markdown (`rapport check` points at it)
import-images-not-folder = `--images { $dir }` is not a folder
    .help = name the folder that holds the old site's photos
import-bad-lang = `--lang { $lang }` is not one of the site's languages ({ $languages })
    .help = add it to `languages` in site.yaml first, or choose one of those
import-bad-section = `--section { $section }` is not a section folder
    .help = name a folder under content/, such as `--section reports`
import-bad-xml = the export is not readable XML: { $error }
    .help = export the file again from the old site; if it was edited by hand, check the line shown
import-copy-failed = could not copy { $file }: { $error }
import-photo-unreadable = the photo { $name } could not be read: { $error }
import-unwritable = the file could not be written: { $error }
    .help = check that the site folder is writable and the disk not full
import-not-copied = could not be copied: { $error }
import-record-unwritable = the record of the import could not be written: { $error }
    .help = check that the site folder is writable
import-alias-query = the old address { $url } has a query (`?…`), which a static site cannot answer; it gets no redirect
import-left-out-language = left out: its language `{ $lang }` is not one of the site's ({ $languages }); add it to `languages` in site.yaml and import again
import-left-out-date = left out: it has no date, and a report needs one
import-summary = Imported:
import-summary-reports = { $count ->
    [one] report
   *[other] reports
  }
import-summary-pages = { $count ->
    [one] page
   *[other] pages
  }
import-summary-drafts = { $count ->
    [one] of them a draft (`draft: true`)
   *[other] of them drafts (`draft: true`)
  }
import-summary-already = { $count ->
    [one] already imported, left as it was
   *[other] already imported, left as they were
  }
import-summary-photos-copied = { $count ->
    [one] photo copied
   *[other] photos copied
  }
import-summary-files-copied = { $count ->
    [one] file of bundles and static/ copied
   *[other] files of bundles and static/ copied
  }
import-summary-photos-remote = { $count ->
    [one] photo still on the old site
   *[other] photos still on the old site
  }
import-summary-comments-appended = { $count ->
    [one] comment appended
   *[other] comments appended
  }
import-summary-comments-dropped = comments left out{ $count ->
    [0] {""}
   *[other] {" "}(`--comments append` keeps them)
  }
import-summary-skipped = { $kind } skipped
import-summary-in-the-way = These files were there already and were not overwritten (move them and import again to replace them):
import-summary-remote-list = Photos still on the old site (give the folder of the originals with `--images DIR`, or copy them into the bundle and change the address):
import-summary-by-hand = To look at by hand:

## serve/translator.rs: the translator's view of the preview (HTML; values are escaped)

translator-title = Translations
translator-title-report = Translations: { $title }
translator-document-title = { $title } – rapport preview
translator-failed = The view could not be made.
translator-site-errors = The site has errors, so its translations cannot be compared. Fix them and reload this page.
translator-no-such-report = No such report
    .text = The site has no report <code>{ $key }</code>. <a href="{ $list }">See every report</a>.
translator-state-missing = missing
translator-state-original = original
translator-state-outdated = outdated
translator-state-outdated-since = outdated since { $date }
translator-state-current = up to date
translator-state-unknown = not known
translator-state-only = only version
translator-list-intro = { $reports ->
    [one] { $reports } report and page
   *[other] { $reports } reports and pages
  }; { $outdated ->
    [one] { $outdated } translation is
   *[other] { $outdated } translations are
  } outdated. Choose a report to compare its versions. This page exists only in the preview.
translator-list-caption = Every report and its state in each language
translator-list-report = Report
translator-list-date = Date
translator-all = All translations
translator-original-is = The original is <code>{ $file }</code>.
translator-untranslated = This report has no translation yet.
translator-changed = changed
translator-before = before
translator-changed-marked = Paragraphs of the original that changed since the translation are marked { $label }.
translator-changes-unknown = What changed is not known: the site is not in git, so only the date of the change is.
translator-side-caption = The original ({ $original }) and the translation ({ $translation }), paragraph by paragraph
translator-side-original = Original, { $lang }
translator-side-translation = Translation, { $lang }
translator-removed = Taken out of the original since the translation

## serve/, i18n.rs: the preview server, the date filter

template-date-style = unknown date style `{ $style }`; use long, medium, short, month or iso
serve-cannot-start = error: cannot start the server: { $error }
serve-server-stopped = error: the server stopped: { $error }
serve-watch-warning = warning: watching for changes: { $error }
serve-no-browser = warning: cannot open a browser ({ $error }); open { $url } yourself
serve-not-local = rapport serve answers only requests for this machine (localhost)
serve-address-too-long = the address is too long

## write/: received output folders and two builds at once

output-link-in-the-way = { $path } is a symbolic link where rapport's list of the files it wrote has a file or folder of its own; the build would write through it
    .help = remove the link (it is not part of the built site), or choose another folder with `--output`
output-locked = another rapport build is writing into { $dir } now
    .help = wait until it has finished and build again; each build holds { $lock } while it writes
output-lock-failed = cannot lock { $lock }: { $error }
    .help = make sure the folder beside the output is writable and that { $lock } is not a symbolic link; remove it if it is

## check.rs: raw HTML that runs a script

check-script-in-html = raw HTML here runs a script on the published page: `{ $what }`
    .help = remove it unless you wrote it and mean it: rapport publishes HTML in the text as it is written. Imported or received text may carry readers' scripts; `markdown: {"{"} raw_html: false {"}"}` in site.yaml shows all HTML as text

## check.rs: links to reports the build leaves out

check-link-to-draft = this links to `{ $target }`, a draft, which the build leaves out: the link would lead nowhere
    .help = publish the linked report first (remove `draft: true`, or wait for its `publish_date`), or take the link out for now; `build --drafts` and `build --future` include them
check-link-to-scheduled = this links to `{ $target }`, which is scheduled for { $date }: until then the link would lead nowhere
    .help = publish the linked report first (remove `draft: true`, or wait for its `publish_date`), or take the link out for now; `build --drafts` and `build --future` include them

## import/, scaffold.rs: received archives and sites (issue 21)

safe-write-not-plain = this is not a plain relative path (no `..`, no absolute path, no empty part)
    .help = the name comes from the archive; rename the file or folder there and try again
safe-write-link = this is a symbolic link (to { $target }); rapport does not write through links
    .help = replace the link with a real folder, or remove it, then try again
safe-write-not-folder = this is a file where a folder must be
    .help = move it away, then try again
safe-write-folder = this is a folder where a file must be
    .help = move it away, then try again
safe-write-unreadable = could not be looked at: { $error }
    .help = check the permissions of the folder
safe-write-too-long = more than { $limit } bytes
import-html-as-text = HTML that could run a script or load a page is shown as text
import-html-converted = HTML that could run a script or load a page was turned into Markdown
import-link-unsafe = a link or picture to { $url } is kept as text: only web, mail and site addresses are linked
import-heading-attributes = attributes after a heading (`{ "{" }…{ "}" }`) are kept as text
import-too-deep = its HTML is nested more than { $depth } deep, so its text was kept without formatting
import-embed-not-web = an embedded { $kind } was left out: { $url } is not a web address
import-zip-too-big = its entry { $entry } would unpack to { $size } bytes; rapport reads at most { $limit } from one entry
    .help = unpack the archive yourself and check what it holds; import its feed.atom and give its photos with `--images DIR`
import-zip-ratio = its entry { $entry } would unpack from { $packed } to { $size } bytes, more than { $limit } times its size: this looks like a zip bomb
    .help = unpack the archive yourself and check what it holds; import its feed.atom and give its photos with `--images DIR`
import-zip-lies = its entry { $entry } holds more than the { $size } bytes its directory declares
    .help = unpack the archive yourself and check what it holds; import its feed.atom and give its photos with `--images DIR`
import-hugo-link-outside = this symbolic link leads outside the Hugo site (to { $target }); nothing outside the site is imported
    .help = copy what it leads to into the Hugo site, or remove the link, then import again
import-hugo-setting-outside = `{ $key } = "{ $value }"` names a folder outside the Hugo site; nothing outside it is imported
    .help = name a folder inside the Hugo site's folder, such as `content` or `content/sv`
import-left-out-path = left out: its path { $path } is not a plain relative path
import-left-out-clash = left out: { $clash }; rename one of them and import again
import-renamed = given this name because { $clash }
import-clash-address = the address { $address } is { $other }'s
import-clash-in-bundle = it would be inside the page bundle { $dir }
import-clash-holds = its folder { $dir } holds other reports
import-taken-back = { $count ->
    [one] the { $count } file written before it was removed again, so the site is as it was
   *[other] the { $count } files written before it were removed again, so the site is as it was
  }
import-left-behind = { $count ->
    [one] { $count } file was written and could not be removed again: { $files }
   *[other] { $count } files were written and could not be removed again: { $files }
  }
    .help = remove them by hand (they are new), fix the problem, then import again
scaffold-left-behind = these files were created and could not be removed again: { $files }
import-alias-odd = the old address { $url } is not a plain path of the site (`..`, `.`, `//` or control characters); it gets no redirect

## photos/: a received site's photo cache, decompression bombs, unused HEIC photos (issue 21)

photos-too-many-pixels = it declares { $width } × { $height } pixels ({ $megapixels } megapixels), more than the { $limit } megapixels rapport decodes, so it was not decoded
    .help = make it smaller in a photo editor (under { $limit } megapixels; a page shows at most the widest of `images.widths`), or take it out of the report's folder
photos-too-much-memory = its pixels would take { $megabytes } MB of memory, more than the { $limit } MB rapport allows a photo, so it was not decoded
photos-cache-link = the photo cache is a symbolic link (to { $target }), which rapport neither follows nor removes
    .help = delete { $dir } (only the link, not what it leads to); the next build makes the cache again as a folder
photos-cache-not-folder = the photo cache is not a folder
    .help = delete { $dir }; the next build makes the cache again as a folder
check-heic-unused = this HEIC photo (the iPhone's format) is not published: no report shows it, and most browsers could not
    .help = to show it, export it as JPEG and put that in its place; otherwise take it out of the report's folder

## check.rs: a translation's empty list hiding its original's facts (issue 20)

check-emptied-fact = `{ $key }: []` hides what `{ $key }` says in { $file }: this page shows none of it
    .help = delete the `{ $key }:` line, and the page shows those of { $file }, as a translation inherits the meeting's facts; or list them here

## serve/: a port another program listens on (issue 20)

serve-port-in-use = the port { $port } on { $address } is in use: another program (perhaps another `rapport serve`) listens on it
    .help = stop that program, or choose another port: `--port 8080`, or `--port 0` for any free one

## document/, yaml.rs, load.rs: every mistake of a file in one run; files that look like reports but are not read

yaml-duplicate-key = `{ $key }` is written twice
    .help = keep one of them
yaml-words = `{ $key }` is written in a way rapport does not read
    .help = write the words once for every language (`{ $key }: Astana`), or once per language (`{ $key }: {"{"} sv: …, en: … {"}"}`)
yaml-author = `author` is written in a way rapport does not read
    .help = write one name (`author: Anna Svensson`) or a list of names (`author: [Anna Svensson, Erik Lind]`)
yaml-unknown-nested-key = unknown key `{ $key }` under `{ $parent }`
    .help = `{ $parent }` takes the keys { $keys }
front-matter-summary-twice = `summary` and `description` are one key, written twice
    .help = keep one of them; `summary` is the name rapport uses
load-not-read = this file looks like a report or a page, but rapport reads only names that end in `.md`, in small letters, so it is left out
    .help = rename it to `{ $name }`
load-index-case = this file is published as a report of its own named `{ $stem }`, not as its folder's `{ $meant }`: rapport reads that name in small letters only
    .help = rename it to `{ $name }`
load-language-case = `{ $written }` is not read as a language, since rapport reads language codes in small letters only: the file is published in the default language under the name `{ $stem }`
    .help = rename it to `{ $name }`

## document/: limits

front-matter-too-long = the front matter is longer than { $kib } KB and still not closed at line { $line }
    .help = close it with a line `---` after the settings; long text belongs in the body, below that line

## comments.rs, import/isso.rs: readers' comments through Isso, view counts through GoatCounter (issue 23)

config-server-shape = `{ $key }` is written in a way rapport does not read
    .help = write `{ $parent }:` and below it `  { $key }: https://…`, the server's full address
config-server-url = `{ $key }` is not an absolute address: { $url }
    .help = write `{ $parent }:` and below it `  { $key }: https://…`, the server's full address
import-summary-comments-isso = { $count ->
    [one] comment written for Isso to { $file }
   *[other] comments written for Isso to { $file }
  }
import-isso-next = Give them to Isso (once, into its database): TZ=UTC isso -c isso.cfg import { $file }
## cms_config.rs, serve/editor.rs: the browser editor (issue 24)

cli-editor = Write the browser editor (Decap CMS) into static/admin/: its configuration, made from the site, and its page.
cli-editor-root = The site folder.
cli-editor-backend = The git host the published editor saves to: github or gitlab [default: from the origin remote].
cli-editor-repo = The repository on it, OWNER/NAME [default: from the origin remote].
cli-editor-branch = The branch the site is built from.
editor-written = The editor is ready: `rapport serve` offers it at /__rapport/edit/ on this computer; published, it is at /admin/ and saves to the repository named in static/admin/config.yml.
editor-backend = `{ $backend }` is not a git host the editor can save to
    .help = use `--backend github` or `--backend gitlab`
editor-config-stale = the browser editor's configuration no longer matches the site (its sections, languages or terms changed)
    .help = run `rapport editor` to write it again
editor-config-header = Written by `rapport editor` from site.yaml, terms.yaml and content/; run it again after changing them (`rapport check` says when).
editor-not-loopback = the editor answers only when the preview listens on this computer (`--bind 127.0.0.1`)
editor-other-origin = refused: the request comes from another site ({ $origin })
editor-not-json = refused: the editor's requests are JSON
editor-missing-param = the request has no `{ $key }`
editor-unknown-action = unknown action `{ $action }`
editor-outside = refused: `{ $path }` is not a file of the site's content/ or static/ folder
editor-no-file = there is no file `{ $path }`
editor-bad-base64 = the photo `{ $path }` did not arrive whole (it is not base64)
editor-no-rename = `{ $path }` cannot be moved by the editor
editor-not-saved = Nothing was saved: rapport cannot read the report as it would be written.
editor-report = Report
editor-pages = Pages
editor-page = Page
editor-photo = Photo
editor-photo-caption = Caption (shown under the photo)
editor-preview = The page as rapport makes it
editor-preview-save-first = Save to see the page as rapport makes it.
editor-field-title = Title
editor-field-date = Date
    .hint = The day of the meeting (the first, when it lasted several days).
editor-field-end-date = Last day
    .hint = Only for a meeting of several days.
editor-field-location = Place
editor-field-author = Written by
editor-field-participants = Participants
editor-field-participant = Participant
editor-field-name = Name
editor-field-role = Role
editor-field-organization = Organisation
editor-field-organizations = Organisations
    .hint = New names are added in terms.yaml.
editor-field-tags = Tags
    .hint = New tags are added in terms.yaml.
editor-field-cover = Cover photo
editor-field-photo = Photo
editor-field-alt = Alternative text
    .hint = What the photo shows, for readers who cannot see it.
editor-field-summary = Summary
editor-field-draft = Draft (not published yet)
editor-field-publish-date = Publish on
    .hint = Left out of the site until this day.
editor-field-body = Text
    .hint = The Photo button puts a photo into the report's folder and asks for its alternative text and caption.
editor-cannot-write = could not be written: { $error }
serve-editor = The browser editor: { $url }
editor-bundle-exists = refused: `{ $path }` would be a second report in the folder of one that exists
    .help = change the new report's title or date, so that it gets a folder of its own
## import/: second round (issue 25): old addresses, updates, placeholders
import-summary-updated = { $count ->
    [one] imported before and unchanged since, brought up to date
   *[other] imported before and unchanged since, brought up to date
}
import-summary-no-alt = { $count ->
    [one] photo without alternative text (describe it in the ![…] of the file)
   *[other] photos without alternative text (describe them in the ![…] of their files)
}
import-summary-addresses = { $count ->
    [one] old address found, { $kept } kept (a page or a redirect answers it)
   *[other] old addresses found, { $kept } kept (a page or a redirect answers each)
}
import-summary-placeholders = Sample pages from `rapport init`, unchanged, replaced or removed:
import-summary-edited = These files were imported before and changed since; they were left as they are (remove one and import again to get the new version):
import-summary-addresses-lost = Old addresses that get no redirect:
import-summary-addresses-shared = Old addresses that two imported pages had, counted once and kept by the page named:
import-export-lang-unknown = The export says its language is `{ $lang }`, which is not one of the site's languages; its posts were imported as `{ $default }` (choose another with `--lang`).
import-kind-empty-pages = empty pages (no text)
import-kind-empty-posts = empty posts (no text)
import-left-out-empty = left out: “{ $title }” has no text
import-address-item-left-out = its page was left out (see below)
import-address-not-a-file = no file can answer this address
import-address-taken = the address is { $other }'s now
import-address-twice = it is also an old address of { $other }, which keeps it
import-address-file-there = the file { $file } is there already
import-listing-moved = This page has moved
import-hugo-data-file = `{ $file }` was read into the front matter ({ $keys }) and is not published
import-hugo-attributes = { $count ->
    [one] an attribute line (`{ "{" }.class{ "}" }`) was removed; rapport's theme styles the text itself
   *[other] { $count } attribute lines (`{ "{" }.class{ "}" }`) were removed; rapport's theme styles the text itself
}
import-hugo-no-date-page = it has no date, so it became a standalone page
import-hugo-index-page = its folder holds only this intro, so it became a standalone page
import-address-reserved = rapport writes a file of its own there
## brand.rs: the organisation's logo and colours (issue 27)

brand-shape = write it as `brand:` with the keys on their own lines below it, for example `  logo: logo.svg` and `  color: "#0c3a57"`
brand-not-mapping = `brand` is not a list of settings
brand-empty = `{ $key }` under `brand` has no value
    .help = write the colour in quotes, `{ $key }: "#0c3a57"`: without them, `#` starts a comment and the colour is not read
brand-empty-logo = `logo` under `brand` has no value
    .help = write the name of the logo's file in `static/`, for example `logo: logo.svg`
brand-colour-unread = `{ $key }: { $value }` is not a colour rapport reads
    .help = write it as `#` and six hexadecimal digits, in quotes: `{ $key }: "#0c3a57"`
brand-contrast = the colour { $value } of `{ $key }` has a contrast of { $ratio }:1 on the { $scheme } page, and links need 4.5:1 to be readable (WCAG AA)
    .help = choose a shade with more contrast, for example `{ $key }: "{ $suggestion }"`; or use the colour as `color`, the colour of the header, on which rapport chooses the text's colour itself
brand-logo-kind = the logo `{ $logo }` is neither an SVG nor a PNG file
    .help = save the logo as SVG (best: sharp at every size) or as PNG, and name that file here
brand-logo-missing = the logo `{ $logo }` is not in the folder `static/`
    .help = put the file at `static/{ $logo }`, or write the name of a file that is there
brand-wordmark = `wordmark` under `brand` is neither true nor false
    .help = write `wordmark: true` when the logo shows the site's name (the header then shows the logo alone), else `wordmark: false`
## deploy/: publishing the built site (issue 22)

cli-deploy = Publish the built site to a target named in site.yaml: S3, SFTP or a folder.
cli-deploy-target = The target's name under `deploy.targets` in site.yaml [default: the first].
cli-deploy-root = The site folder.
cli-deploy-output = The folder `rapport build` wrote [default: ROOT/public].
cli-deploy-dry-run = Print what would be sent and removed, and change nothing.
cli-deploy-max-deletes = The most files this deploy may remove [default: deploy.max_deletes, else 256].
cli-deploy-quiet = Print nothing but problems: no progress, no summary.
deploy-summary = Deployed to { $target } ({ $url }): { $sent } files sent ({ $bytes }), { $removed } removed, { $unchanged } unchanged, in { $ms } ms
deploy-dry-run-summary = Dry run, nothing changed on { $target }: { $sent } files would be sent ({ $bytes }), { $removed } removed, { $unchanged } are unchanged
deploy-would-send = send    { $path } ({ $size })
deploy-would-remove = remove  { $path }
deploy-no-targets = site.yaml names no place to publish to
    .help = add one under `deploy:`, e.g. `deploy: {"{"} targets: [{"{"} name: live, url: "s3://my-bucket/site?region=eu-north-1" {"}"}] {"}"}`; the README's chapter "Publishing" shows every kind
deploy-no-such-target = site.yaml has no deploy target named `{ $name }`
    .help = the targets are: { $names }
deploy-url-bad = the deploy address `{ $url }` cannot be used: { $reason }
    .help = write `s3://BUCKET/FOLDER?region=REGION`, `sftp://USER@HOST/FOLDER` or `file:///FOLDER`
deploy-url-no-scheme = it does not start with `s3://`, `sftp://` or `file://`
deploy-url-scheme = rapport publishes to `s3://`, `sftp://` and `file://` addresses, not `{ $scheme }://`
deploy-url-no-bucket = it names no bucket
deploy-url-no-host = it names no host
deploy-url-bad-port = `{ $port }` is not a port number
deploy-url-file-absolute = a folder must be written from the root, as `file:///var/www/site`
deploy-url-unknown-option = rapport does not know the option `{ $option }`
deploy-url-options = the options of this kind of address are: { $options }
deploy-not-built = this is not a finished build to publish: { $reason }
    .help = run `rapport build` (with the same `--output`), then deploy again; deploy publishes only what a build wrote
deploy-not-built-missing = the folder does not exist
deploy-not-built-no-manifest = it has no `.rapport-manifest`, so no build finished here
deploy-not-built-unfinished = the preview is writing into it
deploy-not-built-changed = these files are not as the build wrote them: { $files }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
  }
deploy-too-many-deletes = this deploy would remove { $count } files from { $target }, more than the { $max } allowed; nothing was sent
    .help = check the address and the output folder with `rapport deploy --dry-run`; if removing { $count } files is right, run again with `--max-deletes { $count }`
deploy-failed = publishing to { $target } failed: { $error }
deploy-io = cannot write { $path }: { $error }
    .help = check the folder and run the deploy again: it sends only what is still missing
deploy-disk-full = the disk of { $path } is full
    .help = make room on it (or ask your host for more), then run the deploy again: it sends only what is still missing
deploy-no-permission = no permission to write { $path }: { $error }
    .help = check that the folder belongs to the user you publish as, or ask your host
deploy-file-is-output = the folder { $dir } is the output folder, or inside it or around it
    .help = publish to another folder: the one your web server serves
deploy-s3-no-credentials = no credentials for the object storage were found
    .help = set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment, or write them in ~/.aws/credentials (AWS_PROFILE picks a profile there); never in site.yaml
deploy-s3-setup = the object storage cannot be reached as written: { $error }
deploy-s3-no-bucket = the bucket `{ $bucket }` does not exist
    .help = check the bucket's name and region in the address, or create the bucket first
deploy-s3-credentials = the object storage refused the credentials
    .help = check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or ~/.aws/credentials): the key may be wrong, deleted or expired
deploy-s3-denied = the credentials may not write to the bucket `{ $bucket }`
    .help = give this key permission to list, read, write and delete objects in the bucket (s3:ListBucket, s3:GetObject, s3:PutObject, s3:DeleteObject)
deploy-s3-error = the object storage answered: { $error }
    .help = check the address (`endpoint=`, `region=`) and the network, then run the deploy again: it sends only what is still missing
deploy-sftp-no-client = OpenSSH's `sftp` could not be started: { $error }
    .help = install OpenSSH's client (on Debian and Ubuntu: `apt install openssh-client`)
deploy-sftp-host-unknown = the server { $host } is not in known_hosts, so rapport cannot tell it is the right one
    .help = ask your host for the server's key fingerprint, compare it with `ssh-keyscan -p { $port } { $host } | ssh-keygen -lf -`, and if it matches add it: `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts` (or connect once with `ssh` and answer yes)
deploy-sftp-host-key-changed = the server { $host } answered with another key than the one in known_hosts: nothing was sent
    .help = ask your host whether the server's key changed; only if it did, remove the old key with `ssh-keygen -R { $host }` and add the new one
deploy-sftp-auth = the server refused to log { $destination } in
    .help = check the user name in the address, that your key is loaded (`ssh-add -l`) or named with `?key=` or RAPPORT_SSH_KEY, and that the server has its public half
deploy-sftp-error = the SFTP server answered: { $error }
    .help = check the address and the folder, then run the deploy again: it sends only what is still missing
init-pages = To publish on GitHub Pages, push the site to GitHub and choose Settings → Pages → Source: GitHub Actions; { $file } builds and publishes it at every push. Other hosts: README, "Publishing".

## Import: the safety net (links and images the new site would not answer)
import-summary-changed = Links and images changed so that the site builds:
import-fixed-link-to = the link to `{ $old }` now leads to `{ $new }`
import-fixed-link-text = the link to `{ $old }` is kept as text
import-fixed-image-to = the image `{ $old }` is now `{ $new }`
import-fixed-image-text = the image `{ $old }` is left out, its words kept as text
import-why-empty = it has no address
import-why-not-imported = the page it leads to was not imported
import-why-relative = an address relative to the old page, written from the site's root
import-why-moved = the page was imported here
import-why-language = a page in a language ({ $lang }) this site does not have
import-why-tag = a tag page of the old site
import-why-tag-missing = a tag page of the old site, for a tag no report here has
import-why-listing = a listing of the old site
import-why-page = a further listing page of the old site
import-why-copied = copied from the old site's { $from }
import-why-nowhere = no page or file of the new site has that address
import-why-check = rapport check found that it leads nowhere
import-address-no-tag-page = no published report of the new site has this tag, so it has no tag page
import-address-outside = the old address is outside the new site's address ({ $base } in site.yaml's base_url)
import-why-feed = a feed of the old site
import-why-old-site = a file of the old site, linked where it is; copy it into `static/` to keep it
import-owner-rapport = the search, archive or taxonomy page rapport makes itself
