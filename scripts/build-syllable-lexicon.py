#!/usr/bin/env python3
"""Builds the Vietnamese syllable lexicon embedded in EdocMan.Search.Core (syllable<TAB>count).

The syllables come from a real dictionary, Debian's hunspell-vi (vi_VN.dic: one syllable per line);
the counts come from corpora of Vietnamese legal text given on the command line (ALQAC-style JSON
arrays of {"articles":[{"text":...}]} or plain .txt). A syllable seen only in the corpora is added
when it is frequent and well-formed, so legal vocabulary missing from the dictionary is not split.
Only counts are written, never the corpus text. Tone placement is canonicalised as in
VietnameseTone (hoà, thuỷ, khoẻ), so both spellings count as one syllable.

Run once, then commit the output:
  apt-get install hunspell-vi   # or: apt-get download hunspell-vi && dpkg -x hunspell-vi_*.deb x
  scripts/build-syllable-lexicon.py /usr/share/hunspell/vi_VN.dic \
      ../shared/eval/alqac2023/new_data_102023/legal_passages.json ../shared/eval/alqac2023/v1_2023/law.json \
      samples/*.txt > src/EdocMan.Search.Core/Text/Resources/vi-syllables.txt
"""
import json
import re
import sys
import unicodedata
from collections import Counter

VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
ONSET = "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
CODA = "(?:ng|nh|ch|c|m|n|p|t|u|o|i|y)?"
SYLLABLE = re.compile("^" + ONSET + "[" + VOWELS + "]{1,3}" + CODA + "$")
TONES = {"o": "òóỏõọ", "u": "ùúủũụ", "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}


def canonical(s):
    """Old tone placement (hòa, thủy) to new (hoà, thuỷ), for syllable-final oa/oe/uy only."""
    if len(s) < 2:
        return s
    first, last = s[-2], s[-1]
    if first in TONES["o"] and last in "ae":
        return s[:-2] + "o" + TONES[last][TONES["o"].index(first)]
    if first in TONES["u"] and last == "y" and not (len(s) >= 3 and s[-3] == "q"):
        return s[:-2] + "u" + TONES["y"][TONES["u"].index(first)]
    return s


def words(text):
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "Đ")
    return re.findall(r"[^\W\d_]+", text)


def main(dic, corpora):
    lexicon = set()
    with open(dic, encoding="utf-8") as f:
        next(f)  # the first line is the entry count
        for line in f:
            entry = unicodedata.normalize("NFC", line.split("/")[0].strip())
            # Upper-case entries are abbreviations (HĐND, PDF), not syllables.
            if len(entry) > 1 and entry.isupper():
                continue
            low = canonical(entry.lower())
            if SYLLABLE.match(low):
                lexicon.add(low)
    counts = Counter()
    for path in corpora:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        if path.endswith(".json"):
            texts = [a["text"] for law in json.loads(raw) for a in law["articles"]]
        else:
            texts = [raw]
        for text in texts:
            for w in words(text):
                # Glued words in the corpus must not count as syllables; only well-formed ones do.
                low = canonical(w.lower())
                if SYLLABLE.match(low):
                    counts[low] += 1
    out = {s: counts.get(s, 0) for s in lexicon}
    for s, c in counts.items():
        if s not in out and c >= 20:
            out[s] = c
    for s in sorted(out, key=lambda s: (-out[s], s)):
        print(f"{s}\t{out[s]}")
    print(f"{len(lexicon)} dictionary syllables, {len(out)} in all", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
