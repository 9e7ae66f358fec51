#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the sample inputs in examples/ from the hand-written test articles.

Three plain-text files, two HTML pages dressed as news sites (menus, adverts,
captions, link lists, newsletter promos, footers, metadata) and one JSON Lines
file with three short articles.  The article texts are the project's own (see
testdata/articles/README.md); the outlets, bylines and page furniture are
invented.

    python3 testdata/tools/make_examples.py
"""
import datetime
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.normpath(os.path.join(HERE, "..", "..", "examples"))
sys.path.insert(0, HERE)

import article_africa  # noqa: E402
import article_mideast  # noqa: E402
import article_other  # noqa: E402

BY_ID = {a["id"]: a for m in (article_africa, article_mideast, article_other) for a in m.ARTICLES}


def text_of(aid):
    return BY_ID[aid]["text"].strip("\n")


def paragraphs(aid, skip_first=0):
    return text_of(aid).split("\n")[skip_first:]


def write(name, content):
    with open(os.path.join(EXAMPLES, name), "w", encoding="utf-8") as f:
        f.write(content)


def txt_files():
    # 1. wire copy: headline, blank line, paragraphs separated by blank lines
    a = BY_ID["sitrep-sd-elfasher-2024-06-03"]
    write("el-fasher-drone-strike.txt",
          a["title"] + "\n\n" + "\n\n".join(paragraphs(a["id"])) + "\n")
    # 2. long-form report: headline, its date line, then one paragraph a line
    a = BY_ID["sitrep-mm-sagaing-longread-2024-11-19"]
    day = datetime.date.fromisoformat(a["published"])
    dateline = "%d %s %d" % (day.day, day.strftime("%B"), day.year)
    write("myanmar-sagaing-report.txt",
          a["title"] + "\n" + dateline + "\n" + text_of(a["id"]) + "\n")
    # 3. ministry statement as pasted from a web page: its own title line is the headline
    write("ukraine-mfa-statement.txt", text_of("sitrep-ua-kharkiv-mfa-2025-05-06") + "\n")


def p_tags(paras, indent="        "):
    out = []
    for p in paras:
        if p.startswith("- "):
            out.append(indent + "<ul><li>%s</li></ul>" % html.escape(p[2:], quote=False))
        else:
            out.append(indent + "<p>%s</p>" % html.escape(p, quote=False))
    return out


HAITI_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} | The Caribbean Courier</title>
  <meta name="description" content="Gang members killed at least nine residents of Kenscoff as thousands fled towards Pétionville.">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="The Caribbean Courier">
  <meta property="article:published_time" content="2025-04-22T15:40:00Z">
  <meta property="article:modified_time" content="2025-04-22T18:05:00Z">
  <meta property="article:section" content="Americas">
  <link rel="stylesheet" href="/static/css/main.3f9a1c.css">
  <script type="application/ld+json">
  {{
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "{title}",
    "datePublished": "2025-04-22T15:40:00Z",
    "dateModified": "2025-04-22T18:05:00Z",
    "author": [{{"@type": "Person", "name": "Nadège Pierre-Louis"}}],
    "publisher": {{"@type": "Organization", "name": "The Caribbean Courier"}},
    "articleSection": "Americas"
  }}
  </script>
</head>
<body class="article-page">
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="site-header">
    <div class="logo"><a href="/">The Caribbean Courier</a></div>
    <nav class="main-nav" aria-label="Sections">
      <ul>
        <li><a href="/world">World</a></li>
        <li><a href="/americas">Americas</a></li>
        <li><a href="/africa">Africa</a></li>
        <li><a href="/middle-east">Middle East</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/opinion">Opinion</a></li>
        <li><a href="/podcasts">Podcasts</a></li>
      </ul>
    </nav>
    <div class="header-tools"><a href="/login">Sign in</a> <a class="subscribe" href="/subscribe">Subscribe</a></div>
  </header>
  <div class="ad ad-leaderboard" data-slot="top">Advertisement</div>
  <main id="main">
    <article class="story">
      <p class="kicker"><a href="/americas/haiti">Haiti</a></p>
      <h1 class="headline">{title}</h1>
      <p class="standfirst">Police and Kenyan officers push gangs back from the town centre, but residents say the roads out remain in gang hands</p>
      <div class="byline">By <a href="/authors/nadege-pierre-louis">Nadège Pierre-Louis</a> · <time datetime="2025-04-22T15:40:00Z">22 April 2025, 15:40 GMT</time> · Updated <time datetime="2025-04-22T18:05:00Z">18:05 GMT</time></div>
      <div class="share"><button>Share</button> <button>Save</button> <span class="read-time">4 min read</span></div>
      <figure class="lead-image">
        <img src="/media/2025/04/kenscoff-road.jpg" alt="People carrying bags walk down a hillside road" width="1200" height="675">
        <figcaption>Residents leave Kenscoff on foot with what they can carry on Monday. Photograph: Courier staff</figcaption>
      </figure>
      <div class="story-body">
{body_top}
        <div class="ad ad-inline" data-slot="mid1">Advertisement · Story continues below</div>
{body_bottom}
      </div>
      <p class="live-promo"><strong>Follow our live blog for the latest updates</strong> <a href="/live/haiti">from Port-au-Prince</a>.</p>
      <section class="read-more">
        <h2>Read more:</h2>
        <ul>
          <li><a href="/americas/haiti-security-mission-explained">Explained: what the multinational mission in Haiti can and cannot do</a></li>
          <li><a href="/americas/haiti-displacement-figures">More than a million Haitians are now displaced. Where have they gone?</a></li>
          <li><a href="/opinion/haiti-transition">Opinion: Haiti's transition is running out of time</a></li>
        </ul>
      </section>
    </article>
    <aside class="newsletter-promo">
      <h3>The Courier Briefing</h3>
      <p>Sign up to our daily briefing… The day's most important stories from the Caribbean and the world, in your inbox every morning.</p>
      <form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email address"> <button type="submit">Sign up</button></form>
    </aside>
    <aside class="most-read">
      <h3>Most read</h3>
      <ol>
        <li><a href="/business/sugar-prices">Sugar prices hit a three-year high</a></li>
        <li><a href="/sport/cricket-final">Late collapse hands visitors the series</a></li>
        <li><a href="/americas/hurricane-season-forecast">Forecasters predict a busy hurricane season</a></li>
      </ol>
    </aside>
    <div class="ad ad-sidebar" data-slot="right">Advertisement</div>
  </main>
  <footer class="site-footer">
    <nav><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/corrections">Corrections</a> · <a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie settings</a></nav>
    <p>© 2025 The Caribbean Courier. All rights reserved.</p>
  </footer>
  <script src="/static/js/app.9c2e41.js" defer></script>
</body>
</html>
"""

LIVE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} – Nile Valley Times</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="{title}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2024-10-08T07:55:00+00:00">
  <meta property="article:section" content="Africa">
  <script type="application/ld+json">
  {{"@context": "https://schema.org", "@type": "LiveBlogPosting",
    "headline": "{title}",
    "datePublished": "2024-10-08T07:55:00+00:00",
    "dateModified": "2024-10-08T15:48:00+00:00",
    "coverageStartTime": "2024-10-08T07:55:00+00:00",
    "publisher": {{"@type": "Organization", "name": "Nile Valley Times"}}}}
  </script>
  <script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"pageType": "liveblog"}});</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>
  <header>
    <a class="brand" href="/">Nile Valley Times</a>
    <nav>
      <a href="/">Home</a> | <a href="/sudan">Sudan</a> | <a href="/africa">Africa</a> | <a href="/world">World</a> | <a href="/economy">Economy</a> | <a href="/video">Video</a> | <a href="/newsletters">Newsletters</a>
    </nav>
  </header>
  <div class="ad" id="ad-top">Advertisement</div>
  <main>
    <article class="liveblog">
      <span class="live-badge">LIVE</span>
      <h1>{title}</h1>
      <p class="meta">By Nile Valley Times staff · First published <time datetime="2024-10-08T07:55:00+00:00">Tuesday 8 October 2024 07:55 GMT</time></p>
      <figure>
        <img src="/img/omdurman-smoke-2024.jpg" alt="Smoke over a city skyline">
        <figcaption>Smoke rises over northern Omdurman after the strike on the power station, in a photograph shared by residents.</figcaption>
      </figure>
      <section class="key-points">
{key_points}
      </section>
{entries}
      <p class="live-promo">Follow our live blog for the latest updates on the war in Sudan, and find all our coverage on <a href="/sudan">our Sudan page</a>.</p>
    </article>
    <div class="ad" id="ad-bottom">Advertisement</div>
    <section class="related">
      <p>Read more:</p>
      <ul>
        <li><a href="/sudan/explainer-who-are-the-rsf">Who are the Rapid Support Forces?</a></li>
        <li><a href="/sudan/el-fasher-siege-timeline">The siege of El Fasher: a timeline</a></li>
        <li><a href="/sudan/aid-access-map">Map: where aid can and cannot reach in Sudan</a></li>
      </ul>
    </section>
    <div class="newsletter">
      <p><strong>Sign up to our daily briefing…</strong> Get the essential news from Sudan and the region every morning.</p>
      <a class="button" href="/newsletters/daily">Sign up</a>
    </div>
  </main>
  <footer>
    <ul><li><a href="/about">About</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/advertise">Advertise with us</a></li></ul>
    <p>© 2024 Nile Valley Times</p>
  </footer>
</body>
</html>
"""


def html_files():
    a = BY_ID["sitrep-ht-kenscoff-2025-04-22"]
    paras = paragraphs(a["id"])
    top, bottom = p_tags(paras[:5]), p_tags(paras[5:])
    write("haiti-kenscoff-gang-attack.html", HAITI_PAGE.format(
        title=html.escape(a["title"], quote=False),
        body_top="\n".join(top), body_bottom="\n".join(bottom)))

    a = BY_ID["sitrep-sd-khartoum-live-2024-10-08"]
    paras = paragraphs(a["id"], skip_first=1)  # the page title is the <h1>
    assert paras[0] == "Key developments"
    i = 1
    points = ["        <h2>Key developments</h2>", "        <ul>"]
    while paras[i].startswith("- "):
        points.append("          <li>%s</li>" % html.escape(paras[i][2:], quote=False))
        i += 1
    points.append("        </ul>")
    entries, cur = [], None
    for p in paras[i:]:
        if p.endswith(" GMT") and p[:2].isdigit():
            if cur:
                entries.append(cur)
            hhmm = p.split()[0]
            cur = ['      <div class="live-entry">',
                   '        <time datetime="2024-10-08T%s:00+00:00">%s</time>' % (hhmm, html.escape(p)),
                   ]
        else:
            cur.append("        <p>%s</p>" % html.escape(p, quote=False))
    entries.append(cur)
    entry_html = []
    for n, e in enumerate(reversed(entries)):  # live blogs show the newest entry first
        entry_html.extend(e + ['        <div class="entry-share"><a href="#">Share this update</a></div>', "      </div>"])
        if n == 3:
            entry_html.append('      <div class="ad ad-inline">Advertisement</div>')
    write("sudan-khartoum-live.html", LIVE_PAGE.format(
        title=html.escape(a["title"], quote=False),
        key_points="\n".join(points), entries="\n".join(entry_html)))


def jsonl_file():
    lines = []
    for aid in ["sitrep-ne-tera-convoy-2024-12-05", "sitrep-ps-jenin-raid-2024-09-12",
                "sitrep-ye-hodeidah-strikes-2025-05-29"]:
        a = BY_ID[aid]
        lines.append(json.dumps({"id": aid, "text": text_of(aid), "published": a["published"],
                                 "title": a["title"], "source": a["source"]}, ensure_ascii=False))
    write("briefs.jsonl", "\n".join(lines) + "\n")


if __name__ == "__main__":
    os.makedirs(EXAMPLES, exist_ok=True)
    txt_files()
    html_files()
    jsonl_file()
    print("wrote", sorted(os.listdir(EXAMPLES)))
