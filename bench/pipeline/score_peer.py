#!/usr/bin/python3
"""The Python peer of `suasana score` over stdin: each line's lower-cased word tokens looked up in
a dict of the lexicon's words, the sum squashed like a compound, labelled with the same neutral
band, and printed as label<TAB>compound<TAB>text.

usage: score_peer.py < TEXTS
"""
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "lexicon", "words.tsv")
WORD = re.compile(r"\w+")


def main():
    words = {}
    with open(LEXICON, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            term, score = line.rstrip("\n").split("\t")[:2]
            words[term] = int(score)
    out = sys.stdout
    for line in sys.stdin:
        text = line.rstrip("\r\n")
        total = sum(words.get(w, 0) for w in WORD.findall(text.lower()))
        compound = total / math.sqrt(total * total + 15)
        label = "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"
        out.write(f"{label}\t{compound:.4f}\t{text}\n")


if __name__ == "__main__":
    main()
