#!/usr/bin/env python3
"""The plain sentence-retrieval baseline of issue 16: BM25 over folded syllables and syllable pairs.

Usage: scripts/bm25-baseline.py REPORT_FOLDER QUESTIONS_FILE

Reads every .txt report of REPORT_FOLDER, splits it into sentences, and prints for each line of
QUESTIONS_FILE the best sentence. It is what `assistant batch` is compared with for speed.
"""
import math, os, re, sys, unicodedata
from collections import Counter

def fold(text):
    text = unicodedata.normalize("NFD", text.lower()).replace("\u0111", "d")
    return "".join(c for c in text if not unicodedata.combining(c))

def terms(text):
    words = re.findall(r"\w+", fold(text))
    return words + [a + " " + b for a, b in zip(words, words[1:])]

sentences = []
for name in sorted(os.listdir(sys.argv[1])):
    if name.endswith(".txt"):
        with open(os.path.join(sys.argv[1], name), encoding="utf-8") as f:
            for line in f.read().splitlines()[2:]:
                sentences += [s for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]
docs = [Counter(terms(s)) for s in sentences]
lengths = [sum(d.values()) for d in docs]
average = sum(lengths) / max(1, len(lengths))
frequency = Counter(t for d in docs for t in d)
postings = {}
for number, d in enumerate(docs):
    for t, count in d.items():
        postings.setdefault(t, []).append((number, count))
k1, b, n = 1.2, 0.75, len(docs)
with open(sys.argv[2], encoding="utf-8") as questions:
    for question in questions:
        scores = Counter()
        for t in set(terms(question)):
            idf = math.log(1 + (n - frequency[t] + 0.5) / (frequency[t] + 0.5)) if t in frequency else 0
            for number, count in postings.get(t, []):
                scores[number] += idf * count * (k1 + 1) / (count + k1 * (1 - b + b * lengths[number] / average))
        best = scores.most_common(1)
        print(sentences[best[0][0]] if best else "")
