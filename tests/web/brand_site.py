#!/usr/bin/env python3
"""Makes a copy of the example site with a brand: a logo, a colour (and a
link colour), and a report with four captioned portrait photos in a row,
for the browser checks of tests/web/brand.sh. Usage:

    python3 tests/web/brand_site.py DIR COLOUR [ACCENT]
"""
import os
import shutil
import sys

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))
sys.path.insert(0, os.path.join(repo, "tools"))
import draw_photos  # noqa: E402

dest, colour = sys.argv[1], sys.argv[2]
accent = sys.argv[3] if len(sys.argv) > 3 else None
for name in ("content", "themes", "locales"):
    shutil.copytree(os.path.join(repo, name), os.path.join(dest, name))
shutil.copy(os.path.join(repo, "terms.yaml"), dest)
with open(os.path.join(repo, "site.yaml"), encoding="utf-8") as f:
    settings = f.read()
brand = f'\nbrand:\n  logo: logo.svg\n  color: "{colour}"\n'
if accent:
    brand += f'  accent: "{accent}"\n'
with open(os.path.join(dest, "site.yaml"), "w", encoding="utf-8") as f:
    f.write(settings + brand)
os.makedirs(os.path.join(dest, "static"), exist_ok=True)
with open(os.path.join(dest, "static", "logo.svg"), "w", encoding="utf-8") as f:
    f.write('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40">'
            '<circle cx="20" cy="20" r="19" fill="#ffffff"/>'
            '<path d="M20 7 31 27H9z" fill="#0b5d3b"/><circle cx="20" cy="27" r="5" fill="#e4572e"/></svg>')

# A report with four portrait photos in a row, as a phone takes them.
bundle = os.path.join(dest, "content", "reports", "2022-05-18-studiebesok-uppsala")
os.makedirs(bundle)
captions = [("kliniken", "Vårdcentralens entré i Uppsala", "The health centre's entrance in Uppsala"),
            ("samtal", "Samtal med distriktssköterskorna", "Talking with the district nurses"),
            ("tavlan", "Tavlan med veckans patientflöde", "The board with the week's patient flow"),
            ("gruppen", "Delegationen efter besöket", "The delegation after the visit")]
for i, (name, _, _) in enumerate(captions):
    c = draw_photos.Canvas(600, 900)
    c.vgradient(0, 0, 600, 560, (150 + 20 * i, 190, 225 - 15 * i), (220, 232, 240))
    c.rect(0, 560, 600, 900, (170 - 10 * i, 160, 140))
    c.rect(120, 180, 480, 560, (232, 226, 210))
    for k in range(3):
        c.person(170 + 130 * k, 640, 1.2, [(40, 60, 90), (120, 30, 40), (60, 90, 70)][(k + i) % 3])
    c.save(os.path.join(bundle, f"{name}.png"))
for lang, title, idx, body in (
        ("sv", "Studiebesök på en vårdcentral i Uppsala", 1,
         "Delegationen från Almaty besökte en vårdcentral i Uppsala för att se hur distriktssköterskor och läkare delar på arbetet."),
        ("en", "Study visit to a health centre in Uppsala", 2,
         "The delegation from Almaty visited a health centre in Uppsala to see how district nurses and doctors share the work.")):
    photos = "\n\n".join(f'![{c[idx]}]({c[0]}.png "{c[idx]}")' for c in captions)
    front = f"---\ntitle: {title}\n"
    if lang == "sv":
        front += "date: 2022-05-18\nlocation: Uppsala\ntags: [studiebesök, primärvård]\n"
    else:
        front += "tags: [study visit, primary care]\n"
    front += "---\n"
    with open(os.path.join(bundle, f"index.{lang}.md"), "w", encoding="utf-8") as f:
        f.write(f"{front}{body}\n\n{photos}\n\n" + (
            "Besöket avslutades med ett samtal om hur erfarenheterna kan användas i Kazakstan.\n" if lang == "sv" else
            "The visit ended with a talk about how the experience can be used in Kazakhstan.\n"))
