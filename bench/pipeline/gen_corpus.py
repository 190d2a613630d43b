#!/usr/bin/env python3
"""Writes the bench/pipeline corpus: PAGES WordPress comment pages (classic wp_list_comments
markup, as in samples/wordpress/) of COMMENTS comments each, into OUT/pNNN/index.html.

The text is generated from the lexicon's own single-word terms and a list of plain words, with a
fixed seed, so every run writes the same bytes. Each page carries <link rel="canonical">, so
`suasana ingest DIR --scraper wordpress` names it as the scrape does.

usage: gen_corpus.py OUT [PAGES] [COMMENTS] [SEED]
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "lexicon", "words.tsv")

# Plain words (no sentiment) that carry a comment between its opinion words.
PLAIN = (
    "harga beras di pasar sudah naik lagi minggu ini kata pedagang yang jual sejak pagi "
    "warga kampung kami ikut antre dari jam tujuh sampai siang tapi stok cuma sedikit "
    "menurut saya pemerintah daerah harus cek gudang dan jalur distribusi ke kota "
    "kemarin tetangga beli dua kilo untuk makan seminggu anak sekolah juga butuh bekal "
    "petani bilang pupuk mahal gabah murah jadi untung tipis setiap musim tanam "
    "coba bandingkan dengan tahun lalu waktu harga masih sebelas ribu per kilo "
    "semoga bulan depan ada operasi pasar di kelurahan kita biar ibu ibu tenang"
).split()

FIRST = ["Rina", "Darto", "Agus", "Sri", "Bayu", "Dewi", "Putu", "Wayan", "Nining", "Yusuf",
         "Maya", "Hendra", "Lestari", "Joko", "Fitri", "Rudi", "Ayu", "Bima", "Citra", "Eko"]
LAST = ["Wulandari", "Setiawan", "Handayani", "Pratama", "Saputra", "Kusuma", "Nugroho",
        "Lestari", "Siregar", "Hutapea", "Rahman", "Sari", "", "", ""]


def opinion_words():
    words = []
    with open(LEXICON, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            term = line.split("\t", 1)[0]
            if " " not in term and term.isalpha():
                words.append(term)
    return sorted(set(words))


def sentence(rng, opinions):
    n = rng.randint(6, 16)
    words = [rng.choice(opinions) if rng.random() < 0.18 else rng.choice(PLAIN) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice([".", ".", ".", "!", "?"])


def comment_body(rng, opinions):
    paragraphs = []
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
        paragraphs.append(" ".join(sentence(rng, opinions) for _ in range(rng.randint(1, 3))))
    return "\n".join("<p>" + p + "</p>" for p in paragraphs)


def comment(rng, opinions, cid, depth, parity, day, minute, children):
    name = (rng.choice(FIRST) + " " + rng.choice(LAST)).strip()
    ind = "\t" * (3 + 2 * depth)
    hh, mm = divmod(minute, 60)
    stamp = f"{day}T{hh:02d}:{mm:02d}:00+07:00"
    shown = f"{int(day[8:])} Desember 2026 pukul {hh:02d}.{mm:02d}"
    cls = f"comment {parity} depth-{depth}" + (" parent" if children else "")
    out = [
        f'{ind}<li id="comment-{cid}" class="{cls}">',
        f'{ind}\t<article id="div-comment-{cid}" class="comment-body">',
        f'{ind}\t\t<footer class="comment-meta">',
        f'{ind}\t\t\t<div class="comment-author vcard">',
        f"{ind}\t\t\t\t<img alt='' src='../assets/avatar.svg' class='avatar avatar-60 photo' "
        f"height='60' width='60' loading='lazy' decoding='async'>\t\t\t\t"
        f'<b class="fn">{name}</b> <span class="says">berkata:</span>\t\t\t\t\t</div>'
        "<!-- .comment-author -->",
        "",
        f'{ind}\t\t\t<div class="comment-metadata">',
        f'{ind}\t\t\t\t<a href="#comment-{cid}"><time datetime="{stamp}">{shown}</time></a>'
        "\t\t\t</div><!-- .comment-metadata -->",
        f"{ind}\t\t</footer><!-- .comment-meta -->",
        "",
        f'{ind}\t\t<div class="comment-content">',
        f"{ind}\t\t\t{comment_body(rng, opinions)}",
        f"{ind}\t\t</div><!-- .comment-content -->",
        "",
        f"{ind}\t\t<div class=\"reply\"><a rel='nofollow' class='comment-reply-link' "
        f"href='?replytocom={cid}#respond' data-commentid=\"{cid}\" data-postid=\"1187\" "
        f'data-belowelement="div-comment-{cid}" data-respondelement="respond" '
        f"data-replyto=\"Balas ke {name}\" aria-label='Balas ke {name}'>Balas</a></div>"
        "\t\t\t</article><!-- .comment-body -->",
    ]
    if children:
        out.append(f'{ind}<ol class="children">')
        out.extend(children)
        out.append(f"{ind}</ol><!-- .children -->")
    out.append(f"{ind}</li><!-- #comment-## -->")
    return "\n".join(out)


def page(rng, opinions, number, comments):
    day = f"2026-12-{1 + number % 5:02d}"
    slug = f"kabar-{number:03d}"
    items = []
    cid = 100000 + number * 1000
    made = 0
    minute = 0
    while made < comments:
        # A thread: a comment and up to two nested replies, like the sample page.
        depth_n = min(rng.choice([1, 1, 2, 3]), comments - made)
        inner = []
        for depth in range(depth_n, 0, -1):
            minute = (minute + rng.randint(1, 6)) % (24 * 60)
            parity = "even" if (made + depth) % 2 == 0 else "odd alt"
            inner = [comment(rng, opinions, cid + depth, depth, parity, day, minute, inner)]
        cid += depth_n
        items.extend(inner)
        made += depth_n
    title = " ".join(rng.choice(PLAIN) for _ in range(7)).capitalize()
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
\t<meta charset="UTF-8">
\t<meta name="viewport" content="width=device-width, initial-scale=1">
\t<title>{title} &ndash; Kabar Bench</title>
\t<link rel="canonical" href="https://kabarbench.example/2026/12/{slug}/">
\t<meta name="generator" content="WordPress 6.2.2">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
\t<header id="masthead" class="site-header"><p class="site-title"><a href="../">Kabar Bench</a></p></header>
\t<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{number}" class="post type-post status-publish entry">
\t<header class="entry-header"><h1 class="entry-title">{title}</h1>
\t<span class="posted-on"><time class="entry-date published" datetime="{day}T06:00:00+07:00">{day}</time></span></header>
\t<div class="entry-content"><p>{sentence(rng, opinions)}</p><p>{sentence(rng, opinions)}</p></div>
</article>
<div id="comments" class="comments-area default-max-width show-avatars">
\t\t\t<h2 class="comments-title">
\t\t\t{comments} tanggapan untuk &ldquo;{title}&rdquo;\t\t</h2><!-- .comments-title -->
\t\t<ol class="comment-list">
{chr(10).join(items)}
\t\t</ol><!-- .comment-list -->
</div><!-- #comments -->
</main></div></div>
\t<footer id="colophon" class="site-footer"><p>Kaki halaman</p></footer>
</div>
</body>
</html>
"""


def main():
    out = sys.argv[1]
    pages = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    comments = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    rng = random.Random(seed)
    opinions = opinion_words()
    for n in range(pages):
        folder = os.path.join(out, f"p{n:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
            f.write(page(rng, opinions, n, comments))


if __name__ == "__main__":
    main()
