#!/usr/bin/env python3
"""Writes the fuzz targets' starting seeds into DIR/<target>/ from the repository's own files
(scrapers/, samples/, config.toml, tests/e2e/, tests/unit/) and the small inputs written below.
The committed corpora (tests/fuzz/corpus/) are these seeds plus what libFuzzer found, minimised
as TESTING.md shows. Usage: make_seeds.py REPO DIR"""
import hashlib
import pathlib
import re
import sys
import tomllib

repo = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])


def put(target, data, name=None):
    if isinstance(data, str):
        data = data.encode()
    if len(data) > 64 * 1024:
        return
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    name = name or "seed-" + hashlib.sha1(data).hexdigest()[:12]
    (d / name).write_bytes(data)


def tomls():
    for p in sorted(repo.glob("scrapers/*.toml")) + sorted(repo.glob("tests/**/*.toml")):
        yield p


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings_in(v)


# Scraper files and configs, as written in the repository (broken ones included: error paths).
for p in tomls():
    text = p.read_bytes()
    is_config = b"[[target]]" in text or b"[database]" in text or b"[fetch]" in text
    put("config" if is_config else "scraper_file", text)
put("config", (repo / "config.toml").read_bytes())

# Selectors: every selector-looking value of the repository's scraper files, and our own.
selector_keys = {"title", "published", "comment_count", "item", "id", "author", "time", "body",
                 "id_selector", "dislikes",
                 "likes", "replies", "parent", "next", "script", "drop"}
for p in tomls():
    try:
        doc = tomllib.loads(p.read_text())
    except Exception:
        continue
    for table in ("page", "comments", "pagination", "source"):
        for key, value in doc.get(table, {}).items():
            if key in selector_keys:
                for s in strings_in(value):
                    put("selector", s)
for s in ["*", "div > p", "a b > c d", "[data-id]", "[lang|=id]", "[a='x y']", "[a=\"]\"]@b",
          "li.comment#c1.x[data-parent^=c][title$=\"!\"][class*=com][rel~=next]", "x-comment",
          ":hover", "a + b", "a ~ b", "@", "a@", ".", "#", "[", "[a", "[a=", "[a^]", "a,,b",
          "A.B > C", " \t a \n", "é.ü", "[class~=\"\"]", "time@DateTime", "@data-id"]:
    put("selector", s)

# Pages for the HTML extractor: the samples, and small pages written for each rule.
for p in sorted(repo.glob("samples/**/*.html")):
    put("html_extract", p.read_bytes())
for p in sorted(repo.glob("tests/e2e/cases/*/site/*.html")):
    put("html_extract", p.read_bytes())
put("html_extract", "<ol><li id=c1 class=comment><b class=fn>Ani</b><time datetime="
    "\"2023-07-22T00:30:00+07:00\">kemarin</time><p>Bagus sekali!</p><span class=like "
    "data-count=\"1,2rb\"></span><ol><li id=c2 data-parent=c1 class=comment><b>Budi</b>"
    "<time>5 menit yang lalu</time><p>gak setuju<br>sama sekali</p></li></ol></li></ol>")
put("html_extract", "<h1>Judul</h1><h2>12 komentar</h2><article><b>x</b><span class=date>"
    "Senin, 06 Jul 2020 07:02 WIB</span><p>" + "panjang " * 40 + "</p><i>Lihat Asli</i>"
    "<a class=reply>Balas0</a></article><div class=next><a href=\"?page=2\">next</a></div>")
put("html_extract", "<div><div><div><div>" * 30 + "deep" + "</div>" * 120)
put("html_extract", "<li>" * 60)
put("html_extract", b"<li class=comment><p>\xff\xfe bad \xc3\x28 bytes</p></li>")

# JSON for the JSON extractor: the API sample, the Next.js sample, and small documents.
for p in sorted(repo.glob("samples/**/*.json")):
    put("json_extract", p.read_bytes())
put("json_extract", (repo / "samples/gate-square-next/post-status-31415926.html").read_bytes())
put("json_extract", '{"data":{"pages":3,"comments":[{"id":"c-1","user":{"name":"Ani"},'
    '"t":"1689915600.0","text":"bagus","likes":"1,2rb","n":2,"replies":[{"id":7,"user":'
    '{"name":null},"t":1689915600,"text":["x"],"replies":[{"id":true,"t":"07-22-2023 10:00"}]}]}]}}')
put("json_extract", '{"data":{"pages":"x","comments":{"id":1}}}')
put("json_extract", '{"data":{"comments":[{"id":"1","text":"<ins data-x></ins>"},{"id":"2","text":'
    '"%uD83D%uDE02 &amp; 100%gak$//$%uD83D","type":"sticker","replies":[{"id":"3","refer":"2"},'
    '{"id":"4","refer":"4"},{"id":"5","refer":"9"}]},{"id":"6","text":"&#x110000;%uDE02"}]}}')
put("json_extract", '{"data":{"comments":[null,1,"s",[],{}]}}')
put("json_extract", '[' * 300 + ']' * 300)
put("json_extract", '<script id=data type="application/json">{"data":{"comments":[{"id":1,'
    '"text":"isi","t":"2023-07-22T10:00:00Z","user":{"name":"B"}}]}}</script><h1>T</h1>')
put("json_extract", '<script type=application/ld+json>{"data":')

# Timestamps: "formats|separated|by|bars\nraw"; the raw times of the timestamp table test.
table = (repo / "tests/unit/time/timestamp_table_test.cpp").read_text()
for raw in re.findall(r'^\s*\{"([^"]*)", "[^"]*", How::', table, re.M):
    put("timestamp", "\n" + raw)
for formats, raw in [
        ("iso8601", "2023-07-22T00:30:00+07:00"), ("epoch", "1788581385.0"), ("epoch", "-1e300"),
        ("D MMMM YYYY [pukul] HH.mm", "22 Juli 2023 pukul 00.30"),
        ("MM-DD HH:mm", "07-23 10:56"), ("dddd, DD/MM/YY H:mm", "Senin, 24/07/23 7:05"),
        ("DD MMM YYYY HH:mm:ss", "31 Feb 2023 25:61:61"), ("YYYY|YY|M|D|[", "2023"),
        ("", "Senin, 06 Jul 2020 07:02 WIB"), ("", "kemarin lusa pukul 23.59 WITA"),
        ("", "4 thn lalu"), ("", "999999999 hari yang lalu"), ("", "2023-03-26 02:30"),
        ("", "29/02/2023"), ("", "12.05.2021 24.00 WIT"), ("", "sejam"), ("", "2 minggu lalu")]:
    put("timestamp", formats + "\n" + raw)

# robots.txt: "URL\nrobots.txt", written for these seeds.
for url, robots in [
        ("https://example.test/post/status/1?x=1",
         "User-agent: *\nDisallow: /post/\nAllow: /post/status/\nCrawl-delay: 2.5\n"),
        ("/a/b$", "user-agent: suasana\nuser-agent: other\ndisallow: /*.html$\nallow: /a/*\n"),
        ("http://h/%7Euser/%E3%83%84", "User-agent: SUASANA\nDisallow: /~user/ツ\n"),
        ("x", "Disallow: /\n\nUser-agent: *\nCrawl-delay: -3\ncrawl-delay: inf\nDisallow:\n"),
        ("http://h", "# comment only\nsitemap: http://h/s.xml\nUser-agent suasana\n"),
        ("/?q=*", "User-agent: *\r\nDisallow: /?q=\\*$\r\nAllow: /$\r\n"),
        ("/", "\xef\xbb\xbfUser-agent: suasana/1.0\nDisallow: /" + "*" * 40 + "x\n")]:
    put("robots", url + "\n" + robots)

# Charsets: "Content-Type\nbody", Indonesian text of our own in several encodings.
text = "Harga beras naik — “mahal sekali” kata Bu Siti, €5; café ½"
for ct, enc in [("text/html; charset=utf-8", "utf-8"), ("text/html; charset=ISO-8859-1", "cp1252"),
                ("text/html; charset=windows-1252", "cp1252"), ("", "utf-16"),
                ("text/html;charset=\"utf-16be\"", "utf-16-be"), ("", "latin-1"),
                ("text/html; charset=shift_jis", "utf-8"), ("text/plain; charset=bogus", "utf-8"),
                ("text/html; charset=utf-7", "utf-7"), ("", "utf-8-sig")]:
    try:
        body = text.encode(enc, errors="replace")
    except LookupError:
        continue
    put("charset", ct.encode() + b"\n" + body)
put("charset", b"\n<meta charset=\"iso-8859-2\"><p>\xb1\xe6</p>")
put("charset", b"\n<meta http-equiv=Content-Type content='text/html; charset=koi8-r'>\xc1\xc2")
put("charset", b"\n\xfe\xff\x00a\xd8\x00")
put("charset", b"text/html; charset=utf-8\n\xc3\x28\xed\xa0\x80\xf4\x90\x80\x80")
put("charset", b"\n" + "Komentar warga soal harga cabai".encode("utf-16-le"))

# Texts for the scorer: the scorer tests' sentences and our own, one or more per line.
for p in ["tests/unit/score/scorer_test.cpp", "tests/unit/score/rules_test.cpp"]:
    for s in re.findall(r'score\("([^"\\]*)"\)', (repo / p).read_text()):
        put("score", s)
for p in sorted(repo.glob("tests/e2e/cases/scorer/*.tsv")):
    put("score", "\n".join(line.split("\t")[0] for line in p.read_text().splitlines()[:30]))
for s in ["bagusss banget tapi mahal", "gak jelek-jelek amat", "tidak sangat bagus :)",
          "wkwkwk 😂😂 mantap", "Falcon mengalahkan Llama, domba kalah", "slot gacor maxwin situs",
          "apakah ini bagus?", "KEREN-KEREN!!!", "ｆｕｌｌｗｉｄｔｈ ﬁ ǅ", "memperbaiki pengeluaran",
          "tidak tidak tidak tidak bagus", "\u200b\u0301\u0300a", "kurang sangat amat sekali baik",
          "llama2 vs falcon-40b: elang menang telak, meta kalah", "bagus\r\nbaik\n\njelek"]:
    put("score", s)
put("score", b"bagus \xff\xfe tidak \xc3")
