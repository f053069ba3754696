#!/usr/bin/env python3
"""Writes src/input/i18n/language_names.tsv: CLDR's name of each language in each
language, which the theme's `t()` gives Fluent messages as `$language`.

The languages are CLDR's locales with "modern" coverage that are a plain
language (no script or region), copied below from cldr-json's
cldr-core/coverageLevels.json of a recent release (Babel does not carry
coverage levels), plus `nb`, which CLDR covers at the modern level through
`no`. Each of them names each of them: about 90 × 90 names. A name is
CLDR's `localeDisplayNames/languages` form, the one written mid-sentence
(Swedish `engelska`, English `English`).

Made with Babel 2.18.0 (CLDR 47). To regenerate, from the repository root:

    python3 -m venv /tmp/babel && /tmp/babel/bin/pip install babel==2.18.0
    /tmp/babel/bin/python tools/language_names.py > src/input/i18n/language_names.tsv

A newer Babel brings a newer CLDR; the comment line of the file says which.
"""
import babel
from babel import Locale
from babel.core import get_cldr_version

MODERN = """
af am ar as az be bg bn bs ca chr cs cy da de dsb el en es et eu fa fi fil fr
ga gd gl gu ha he hi hr hsb hu hy id ig is it ja jv ka kk km kn ko kok ky lo
lt lv mk ml mn mr ms my nb ne nl nn no or pa pl ps pt ro ru sd si sk sl so sq
sr sv sw ta te th tk tr uk ur uz vi yo yue zh zu
""".split()


def main():
    print(
        f"# CLDR {get_cldr_version()} language names, by Babel {babel.__version__}:"
        " made by tools/language_names.py, do not edit."
    )
    print("# locale\tlanguage\tname of the language in the locale's language")
    for locale in MODERN:
        names = Locale.parse(locale).languages
        for code in MODERN:
            name = names.get(code)
            if name:
                print(f"{locale}\t{code}\t{name}")


if __name__ == "__main__":
    main()
