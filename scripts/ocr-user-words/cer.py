#!/usr/bin/env python3
"""Pooled character error rate of OCR outputs against truths, per page set.

Same definition as EdocMan.Search.Core.Text.CharacterErrorRate: NFC, whitespace collapsed, Levenshtein
distance in code units (NFC Vietnamese letters are one unit), total edits over total truth length.
Usage: cer.py TRUTH_DIR OUT_DIR   (files named SET__PAGE.txt; pages without an output are skipped)
"""
import os
import sys
import unicodedata


def collapse(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j - 1] + (ca != cb), previous[j] + 1, current[j - 1] + 1))
        previous = current
    return previous[-1]


def main(truth_dir, out_dir):
    sets = {}
    for name in sorted(os.listdir(truth_dir)):
        out = os.path.join(out_dir, name)
        if not name.endswith(".txt") or not os.path.exists(out):
            continue
        truth = collapse(open(os.path.join(truth_dir, name), encoding="utf-8").read())
        read = collapse(open(out, encoding="utf-8").read())
        edits, length, pages = sets.get(name.split("__")[0], (0, 0, 0))
        sets[name.split("__")[0]] = (edits + distance(truth, read), length + len(truth), pages + 1)
    total = [0, 0, 0]
    for key, (edits, length, pages) in sets.items():
        print(f"{key}\t{pages} pages\t{edits / length:.3%}")
        total = [total[0] + edits, total[1] + length, total[2] + pages]
    print(f"all\t{total[2]} pages\t{total[0] / total[1]:.3%}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
