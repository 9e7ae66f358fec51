#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build testdata/articles/, testdata/heldout/ and testdata/fresh/ ({docs,gold}.jsonl)
from the hand-written articles.

The articles and their answer keys live in the article_*.py modules beside
this script; places.py holds the gazetteer entries the keys point to.  Three
sets are built: "articles" (article_africa, article_mideast, article_other),
"heldout" (article_heldout), a held-out set that no rule was tuned on, and
"fresh" (article_fresh), a second held-out set in other voices.
The sets are kept apart: no article of one set may appear in another.  Every
annotation names its text by a quoted substring, and this script finds the
offsets itself (UTF-16 code units, half-open, as Java's String counts them).
It fails loudly when a substring is missing or ambiguous, so a typo in an
article or a key cannot slip through.

    python3 testdata/tools/build_articles.py          # writes all sets
    python3 testdata/tools/build_articles.py --check  # verify all, write nothing
    python3 testdata/tools/build_articles.py --set heldout [--check]  # one set only
"""
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from places import PLACES  # noqa: E402

# set name -> (output folder, article modules)
SETS = {
    "articles": (os.path.normpath(os.path.join(HERE, "..", "articles")),
                 ["article_africa", "article_mideast", "article_other"]),
    "heldout": (os.path.normpath(os.path.join(HERE, "..", "heldout")),
                ["article_heldout"]),
    "fresh": (os.path.normpath(os.path.join(HERE, "..", "fresh")),
              ["article_fresh"]),
}

FAMILIES = ["ATTACK", "CLASH", "TERRITORY", "DETENTION", "CEASEFIRE", "EVACUATION",
            "DISPLACEMENT", "SERVICES_DISRUPTED", "AID", "TALKS", "AGREEMENT", "SANCTION",
            "THREAT", "ACCUSATION", "APPEAL", "DENIAL", "PROTEST"]
TYPES = ["ATTACK.SHELLING", "ATTACK.AIRSTRIKE", "ATTACK.EXPLOSIVE", "ATTACK.CIVILIANS", "CLASH",
         "TERRITORY.TAKEN", "TERRITORY.ENCIRCLED", "TERRITORY.REPELLED", "DETENTION", "CEASEFIRE",
         "EVACUATION", "DISPLACEMENT", "SERVICES_DISRUPTED", "AID", "TALKS", "AGREEMENT",
         "SANCTION", "THREAT", "ACCUSATION", "APPEAL", "DENIAL", "PROTEST"]
STATUSES = ["occurred", "ongoing", "planned", "claimed", "denied", "hypothetical", "agreed",
            "violated", "suspended", "historical"]
COUNT_KINDS = ["killed", "injured", "missing", "captured", "evacuated", "planned_evacuees",
               "displaced", "refugees", "arrested", "other"]
OPEN_CLOSE = {'"': '"', "\u201c": "\u201d", "''": "''"}


class KeyError_(Exception):
    pass


def fail(article, msg):
    raise KeyError_("%s: %s" % (article, msg))


def utf16_index(text):
    """Python index -> UTF-16 code-unit index, for every position 0..len."""
    idx, n = [], 0
    for ch in text:
        idx.append(n)
        n += 2 if ord(ch) > 0xFFFF else 1
    idx.append(n)
    return idx


def find_unique(aid, text, needle, what):
    hits = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not hits:
        fail(aid, "%s not found: %r" % (what, needle))
    if len(hits) > 1:
        fail(aid, "%s ambiguous (%d hits): %r" % (what, len(hits), needle))
    return hits[0]


def word_hits(text, surface):
    pat = r"(?<![\w\-])" + re.escape(surface) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def place_entry(aid, key):
    if key not in PLACES:
        fail(aid, "unknown place key %r" % key)
    return PLACES[key]


def build_toponyms(aid, text, u16, specs):
    cands = []
    for order, spec in enumerate(specs):
        surface, keys = spec[0], spec[1]
        opts = spec[2] if len(spec) > 2 else {}
        hits = word_hits(text, surface)
        for ctx in opts.get("except", []):
            for cs in [m.start() for m in re.finditer(re.escape(ctx), text)]:
                hits = [h for h in hits if not (cs <= h[0] and h[1] <= cs + len(ctx))]
        if not hits:
            fail(aid, "toponym not found: %r" % surface)
        for h in hits:
            cands.append((h[0], h[1], order, surface, keys))
    # longest match wins where two surfaces overlap ("Gaza Strip" over "Gaza")
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept, last_end = [], -1
    for c in cands:
        if c[0] < last_end:
            continue
        kept.append(c)
        last_end = c[1]
    per_surface = {}
    for c in kept:
        per_surface.setdefault(c[2], []).append(c)
    out = []
    for order, spec in enumerate(specs):
        surface, keys = spec[0], spec[1]
        occ = per_surface.get(order, [])
        if not occ:
            fail(aid, "toponym %r only occurs inside longer toponyms" % surface)
        if isinstance(keys, list):
            if len(keys) != len(occ):
                fail(aid, "toponym %r: %d keys for %d occurrences" % (surface, len(keys), len(occ)))
            klist = keys
        else:
            klist = [keys] * len(occ)
        for c, key in zip(occ, klist):
            p = place_entry(aid, key)
            out.append({"start": u16[c[0]], "end": u16[c[1]], "text": text[c[0]:c[1]],
                        "geonames_id": p["geonames_id"], "lat": p["lat"], "lon": p["lon"],
                        "country": p["country"], "level": p["level"]})
    out.sort(key=lambda t: t["start"])
    return out


def opening_mark(text, i):
    if i >= 2 and text[i - 2:i] == "''":
        return "''"
    if i >= 1 and text[i - 1] in ('"', "\u201c"):
        return text[i - 1]
    return None


def build_quotes(aid, text, u16, specs):
    out = []
    for spec in specs:
        prefix, speakers = spec[0], spec[1]
        opts = spec[2] if len(spec) > 2 else {}
        hits = [m.start() for m in re.finditer(re.escape(prefix), text)
                if opening_mark(text, m.start())]
        if not hits:
            fail(aid, "quote not found after an opening mark: %r" % prefix)
        if len(hits) > 1:
            fail(aid, "quote ambiguous: %r" % prefix)
        s = hits[0]
        close = OPEN_CLOSE[opening_mark(text, s)]
        e_close = text.find(close, s)
        e_nl = text.find("\n", s)
        if e_nl == -1:
            e_nl = len(text)
        if e_close == -1 or e_nl < e_close:
            e = e_nl  # runs on into the next paragraph
            if not opts.get("continues"):
                fail(aid, "quote has no closing mark in its paragraph: %r" % prefix)
        else:
            e = e_close
            if opts.get("continues"):
                fail(aid, "quote marked 'continues' but closes: %r" % prefix)
        q = text[s:e]
        for bad in ('"', "\u201c", "\u201d", "''"):
            if bad in q:
                fail(aid, "quote contains a quotation mark %r: %r" % (bad, q))
        if not speakers and not opts.get("optional"):
            fail(aid, "quote without speaker must be optional: %r" % prefix)
        item = {"start": u16[s], "end": u16[e], "text": q, "speaker": list(speakers)}
        if opts.get("optional"):
            item["optional"] = True
        out.append(item)
    out.sort(key=lambda t: t["start"])
    return out


def build_events(aid, text, u16, specs):
    out = []
    for ev in specs:
        typ = ev["type"]
        if typ not in TYPES:
            fail(aid, "unknown type %r" % typ)
        status = ev.get("status", "occurred")
        if status not in STATUSES:
            fail(aid, "unknown status %r" % status)
        alts = list(ev.get("alt", []))
        for a in alts:
            if a not in FAMILIES:
                fail(aid, "unknown alt family %r" % a)
        spans = []
        for evid in [ev["ev"]] + list(ev.get("more", [])):
            s = find_unique(aid, text, evid, "evidence")
            spans.append([u16[s], u16[s + len(evid)]])
        counts = []
        for c in ev.get("counts", []):
            if c[0] not in COUNT_KINDS:
                fail(aid, "unknown count kind %r" % c[0])
            item = {"kind": c[0], "value": c[1]}
            if len(c) > 2:
                item["text"] = c[2]
            counts.append(item)
        place = None
        if ev.get("place"):
            p = place_entry(aid, ev["place"])
            place = {"name": p["name"], "geonames_id": p["geonames_id"], "lat": p["lat"],
                     "lon": p["lon"]}
        date = ev.get("date")
        if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            fail(aid, "bad date %r" % date)
        item = {"family": typ.split(".")[0], "type": typ, "alt_families": alts,
                "start": spans[0][0], "end": spans[0][1], "place": place, "date": date,
                "actors": list(ev.get("actors", [])), "targets": list(ev.get("targets", [])),
                "counts": counts, "status": status, "optional": bool(ev.get("optional", False)),
                "evidence": ev["ev"]}
        if len(spans) > 1:
            item["spans"] = spans
        out.append(item)
    return out


def article_counts(events, extra):
    counts = {}
    for ev in events:
        if ev["optional"]:
            continue
        for c in ev["counts"]:
            if c["value"] is None or c["kind"] == "other":
                continue
            counts[c["kind"]] = max(counts.get(c["kind"], 0), c["value"])
    for k, v in (extra or {}).items():
        if k in counts and counts[k] != v:
            raise KeyError_("explicit count %s=%s contradicts events (%s)" % (k, v, counts[k]))
        counts[k] = v
    return {k: counts[k] for k in COUNT_KINDS if k in counts}


def build(article):
    aid = article["id"]
    text = article["text"].strip("\n")
    if "\n\n" in text or "\r" in text:
        fail(aid, "paragraphs must be separated by a single newline")
    words = len(text.split())
    if not 250 <= words <= 700:
        fail(aid, "%d words; articles must have 250-700" % words)
    u16 = utf16_index(text)
    doc = {"id": aid, "text": text, "published": article["published"],
           "title": article["title"], "source": article["source"]}
    events = build_events(aid, text, u16, article["events"])
    gold = {"id": aid,
            "toponyms": build_toponyms(aid, text, u16, article["toponyms"]),
            "quotes": build_quotes(aid, text, u16, article["quotes"]),
            "counts": article_counts(events, article.get("counts")),
            "events": events,
            "covered": FAMILIES}
    verify(aid, text, gold)
    return doc, gold, words


def verify(aid, text, gold):
    """Re-check every span against the text, counting UTF-16 units afresh."""
    enc = text.encode("utf-16-le")

    def sub(s, e):
        return enc[2 * s:2 * e].decode("utf-16-le")

    for t in gold["toponyms"]:
        if sub(t["start"], t["end"]) != t["text"]:
            fail(aid, "toponym span mismatch %r" % t)
    for q in gold["quotes"]:
        if sub(q["start"], q["end"]) != q["text"]:
            fail(aid, "quote span mismatch %r" % q)
    for ev in gold["events"]:
        if sub(ev["start"], ev["end"]) != ev["evidence"]:
            fail(aid, "evidence span mismatch %r" % ev["evidence"])


def load(modules):
    articles = []
    for name in modules:
        articles.extend(importlib.import_module(name).ARTICLES)
    return articles


def build_set(name, check):
    out, modules = SETS[name]
    articles = load(modules)
    ids = [a["id"] for a in articles]
    if len(set(ids)) != len(ids):
        raise KeyError_("%s: duplicate article ids" % name)
    docs, golds = [], []
    totals = {"docs": 0, "toponyms": 0, "quotes": 0, "quotes_optional": 0, "events": 0,
              "events_optional": 0, "country_level": 0, "figures": 0}
    fams = set()
    for a in articles:
        doc, gold, words = build(a)
        docs.append(doc)
        golds.append(gold)
        nq = sum(1 for q in gold["quotes"] if not q.get("optional"))
        ne = sum(1 for e in gold["events"] if not e["optional"])
        totals["docs"] += 1
        totals["toponyms"] += len(gold["toponyms"])
        totals["country_level"] += sum(1 for t in gold["toponyms"] if t["level"] == "country")
        totals["quotes"] += nq
        totals["quotes_optional"] += len(gold["quotes"]) - nq
        totals["events"] += ne
        totals["events_optional"] += len(gold["events"]) - ne
        totals["figures"] += len(gold["counts"])
        fams.update(e["family"] for e in gold["events"])
        print("%-32s %4d words  %3d toponyms  %2d quotes  %2d events (+%d optional)  %s" % (
            doc["id"], words, len(gold["toponyms"]), nq, ne, len(gold["events"]) - ne,
            gold["counts"]))
    print("total:", json.dumps(totals))
    missing = [f for f in FAMILIES if f not in fams]
    print("families used:", len(fams), "missing:", missing)
    types = sorted({e["type"] for g in golds for e in g["events"]})
    print("types used:", len(types), [t for t in TYPES if t not in types])
    if check:
        return
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "docs.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", out)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    names = list(SETS)
    if "--set" in args:
        i = args.index("--set")
        if i + 1 >= len(args) or args[i + 1] not in SETS:
            raise KeyError_("--set takes one of: %s" % ", ".join(SETS))
        names = [args[i + 1]]
    # the held-out sets must stay held out: no article may be in two sets
    seen = {}
    for name in SETS:
        for a in load(SETS[name][1]):
            for key in ("id", "text"):
                val = a[key].strip("\n")
                if (key, val) in seen and seen[(key, val)] != name:
                    raise KeyError_("article %s is in both %s and %s" % (a["id"], seen[(key, val)], name))
                seen[(key, val)] = name
    for name in names:
        print("== %s" % name)
        build_set(name, check)


if __name__ == "__main__":
    try:
        main()
    except KeyError_ as e:
        sys.exit("build_articles: " + str(e))
