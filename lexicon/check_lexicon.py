#!/usr/bin/env python3
"""Sanity checks for the suasana lexicon files (run: python3 lexicon/check_lexicon.py)."""
import os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
errors, warnings, counts = [], [], {}

def data_lines(name):
    path = os.path.join(HERE, name)
    raw = open(path, 'rb').read()
    if b'\r' in raw: errors.append(f'{name}: CR characters (need LF line endings)')
    if raw.startswith(b'\xef\xbb\xbf'): errors.append(f'{name}: BOM')
    text = raw.decode('utf-8')
    lines = text.split('\n')
    if not lines[0].startswith('#'): errors.append(f'{name}: first line is not a # comment')
    for i, line in enumerate(lines, 1):
        if line.strip() == '' or line.startswith('#'): continue
        yield i, line

def norm_ok(name, i, key):
    if key != unicodedata.normalize('NFKC', key).casefold() and name != 'emoji.tsv':
        errors.append(f'{name}:{i}: {key!r} is not NFKC + case-folded')
    if name == 'emoji.tsv' and key != key.casefold():
        errors.append(f'{name}:{i}: {key!r} is not case-folded')
    if key != key.strip() or '  ' in key or '\t' in key:
        errors.append(f'{name}:{i}: {key!r} has stray whitespace')

def load_tsv(name, kind):
    d = {}
    for i, line in data_lines(name):
        f = line.split('\t')
        if len(f) != 2: errors.append(f'{name}:{i}: expected 2 tab-separated fields, got {len(f)}'); continue
        k, v = f
        norm_ok(name, i, k)
        if k in d: errors.append(f'{name}:{i}: duplicate key {k!r}')
        if kind == 'score':
            if not re.fullmatch(r'-?[1-5]', v): errors.append(f'{name}:{i}: score {v!r} not an integer in -5..5 without 0')
            else: v = int(v)
        elif kind == 'weight':
            if not re.fullmatch(r'[1-3]', v): errors.append(f'{name}:{i}: weight {v!r} not an integer 1..3')
            else: v = int(v)
        elif kind == 'mult':
            try:
                v = float(v)
                # negative: "kurang"-type words that turn praise into mild criticism
                if not (-1 <= v <= 3) or v == 0: errors.append(f'{name}:{i}: multiplier {v} out of [-1, 3] or 0')
            except ValueError: errors.append(f'{name}:{i}: multiplier {v!r} not a number')
        elif kind == 'side':
            if v not in ('winner', 'loser'): errors.append(f'{name}:{i}: side {v!r} is not winner or loser')
        elif kind == 'text':
            if v != v.strip() or '  ' in v or not v: errors.append(f'{name}:{i}: bad normal form {v!r}')
        d[k] = v
    counts[name] = len(d)
    return d

def load_list(name):
    d = {}
    for i, line in data_lines(name):
        if '\t' in line: errors.append(f'{name}:{i}: tab in a one-column file')
        norm_ok(name, i, line)
        if line in d: errors.append(f'{name}:{i}: duplicate {line!r}')
        d[line] = i
    counts[name] = len(d)
    return d

words = load_tsv('words.tsv', 'score')
slang = load_tsv('slang.tsv', 'text')
emoji = load_tsv('emoji.tsv', 'score')
spam = load_tsv('spam.tsv', 'weight')
intens = load_tsv('intensifiers.tsv', 'mult')
neg = load_list('negators.txt')
contrast = load_list('contrast.txt')
rhetorical = load_list('rhetorical.txt')
versus = load_tsv('versus.tsv', 'side')
nostem = load_list('nostem.txt')


def stems(w):
    """Rough candidate stems (particles, possessives, -kan/-an/-i, one prefix) for counting lemmas."""
    out, bases = set(), {w}
    for s in ('nya', 'lah', 'kah', 'pun', 'ku', 'mu'):
        if w.endswith(s) and len(w) - len(s) >= 3: bases.add(w[:-len(s)])
    for b in list(bases):
        for s in ('kan', 'an', 'i'):
            if b.endswith(s) and len(b) - len(s) >= 4: bases.add(b[:-len(s)])
    prefixes = [('meng', ''), ('meng', 'k'), ('meny', 's'), ('mem', ''), ('mem', 'p'), ('men', ''),
                ('men', 't'), ('me', ''), ('peng', ''), ('peng', 'k'), ('peny', 's'), ('pem', ''),
                ('pem', 'p'), ('pen', ''), ('pen', 't'), ('pe', ''), ('ber', ''), ('be', ''),
                ('ter', ''), ('di', ''), ('ke', ''), ('se', ''), ('per', ''), ('memper', ''), ('diper', '')]
    for b in bases:
        out.add(b)
        for p, r in prefixes:
            if b.startswith(p) and len(b) - len(p) >= 4: out.add(r + b[len(p):])
    out.discard(w)
    return out

for w in words:
    if len(w.split()) > 4: errors.append(f'words.tsv: phrase longer than 4 words: {w!r}')
for f, n in slang.items():
    if f in words: errors.append(f'term in both words.tsv and slang.tsv: {f!r}')
    if ' ' in f: errors.append(f'slang.tsv: form is not one token: {f!r}')
    for t in n.split():
        if t in slang: errors.append(f'slang chain: {f!r} -> {n!r} ({t!r} is itself a form)')
    if f == n: errors.append(f'slang.tsv: identity mapping {f!r}')
for w in words:
    toks = w.split()
    if len(toks) > 1 and any(t in slang for t in toks):
        warnings.append(f'words.tsv phrase contains a slang form and can never match after normalisation: {w!r}')
for w in neg:
    if w in words: warnings.append(f'negator also scored in words.tsv: {w!r}')
for w in intens:
    if w in words: warnings.append(f'intensifier also scored in words.tsv: {w!r}')

for w in nostem:
    if w in words: warnings.append(f'nostem.txt word is scored in words.tsv (the score wins): {w!r}')

for name in ['words.tsv', 'slang.tsv', 'negators.txt', 'intensifiers.tsv', 'contrast.txt', 'emoji.tsv', 'spam.tsv',
             'rhetorical.txt', 'versus.tsv', 'nostem.txt']:
    print(f'{name:18s} {counts[name]:5d} entries')
pos = sum(1 for v in words.values() if isinstance(v, int) and v > 0)
print(f'words.tsv: {pos} positive, {len(words) - pos} negative, {sum(1 for w in words if " " in w)} phrases')
# Affixed variants of a lemma that is itself listed count once (the "distinct lemmas").
variants = sum(1 for w in words if ' ' not in w and any(c in words for c in stems(w)))
print(f'words.tsv: {len(words) - variants} distinct lemmas and phrases ({variants} affixed variants of listed lemmas)')
for w in warnings: print('warning:', w)
for e in errors: print('ERROR:', e)
print('OK' if not errors else f'{len(errors)} error(s)')
sys.exit(1 if errors else 0)
