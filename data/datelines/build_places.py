#!/usr/bin/env python3
"""Rebuild places-ar.txt from the shared gazetteers (run from the repo root):

    python3 data/datelines/build_places.py ../shared/data/gazetteers > data/datelines/places-ar.txt

Keeps only names: CLDR country/territory names (two-letter codes) and every Arabic
variant of GeoNames cities with population >= 15,000, plus the short forms listed in
EXTRA (common newsroom spellings that CLDR/GeoNames lack). Sorted, deduplicated.
"""
import sys, os

EXTRA = """السعودية أمريكا أميركا الإمارات الامارات بريطانيا المانيا سورية سوريا ليبيا اليمن
فلسطين غزة الضفة_الغربية القدس رام_الله الكويت قطر البحرين عمان مسقط الأردن لبنان العراق
مصر السودان تونس الجزائر المغرب موريتانيا الصومال جيبوتي إيران تركيا روسيا الصين اليابان
الهند باكستان أفغانستان كوريا_الشمالية كوريا_الجنوبية الأمم_المتحدة نيويورك واشنطن
هونغ_كونغ موسكو بطرسبرغ سان_بطرسبرغ بروكسل جنيف لاهاي الفاتيكان ستراسبورغ ميونيخ ميونخ
سوتشي كازان دمشق حلب حمص إدلب الرقة دير_الزور الموصل بغداد البصرة أربيل كركوك الفلوجة
بنغازي طرابلس مصراتة صنعاء عدن الحديدة تعز مأرب أبوظبي أبو_ظبي دبي الشارقة الرياض جدة
مكة المدينة_المنورة الدمام القاهرة الإسكندرية بيروت عمّان اسطنبول إسطنبول أنقرة طهران
""".split()

def main(root):
    names = set()
    with open(os.path.join(root, "cldr", "territories-ar.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            code, ar, _en = line.rstrip("\n").split("\t")[:3]
            if len(code) == 2 and code.isalpha():
                names.add(ar)
    with open(os.path.join(root, "geonames-cities15000-ar.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 5:
                names.update(n for n in cols[4].split("|") if n)
    names.update(e.replace("_", " ") for e in EXTRA)
    for n in sorted(names):
        print(n)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/gazetteers")
