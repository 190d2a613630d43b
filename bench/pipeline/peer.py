#!/usr/bin/python3
"""The Python peer of bench/pipeline: what a short script does with the same pages. Parses each
page under DIR with lxml.html, finds the WordPress comments with XPath, reads id, parent, author,
time and body, and scores each body with a dict of the lexicon's words (sum of term scores over
the lower-cased word tokens, squashed like a compound). Stores nothing; prints the count.

usage: peer.py DIR   (Debian: apt-get install python3-lxml)
"""
import math
import os
import re
import sys

import lxml.etree
import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "lexicon", "words.tsv")

ITEM = lxml.etree.XPath("//li[contains(concat(' ', normalize-space(@class), ' '), ' comment ')]")
# The item's own fields, not a nested reply's: paths that stop at the item's <article>.
AUTHOR = lxml.etree.XPath("./article/footer//*[contains(concat(' ', @class, ' '), ' fn ')][1]")
TIME = lxml.etree.XPath("./article/footer//time/@datetime")
BODY = lxml.etree.XPath("./article/div[contains(concat(' ', @class, ' '), ' comment-content ')][1]")
WORD = re.compile(r"\w+")


def load_words():
    words = {}
    with open(LEXICON, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            term, score = line.rstrip("\n").split("\t")[:2]
            words[term] = int(score)
    return words


def score(text, words):
    total = sum(words.get(w, 0) for w in WORD.findall(text.lower()))
    return total / math.sqrt(total * total + 15)


def main():
    words = load_words()
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(sys.argv[1]) for f in fs
                   if f == "index.html")
    count = 0
    for path in files:
        with open(path, "rb") as f:
            doc = lxml.html.fromstring(f.read())
        for item in ITEM(doc):
            parent = item.getparent().getparent()
            record = {
                "id": item.get("id"),
                "parent": parent.get("id") if parent is not None and parent.tag == "li" else None,
                "author": "".join(a.text_content() for a in AUTHOR(item)).strip(),
                "time": next(iter(TIME(item)), None),
                "body": " ".join(b.text_content() for b in BODY(item)).strip(),
            }
            record["compound"] = score(record["body"], words)
            count += 1
    print(f"{len(files)} pages, {count} comments")


if __name__ == "__main__":
    main()
