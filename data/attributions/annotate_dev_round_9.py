#!/usr/bin/env python3
"""Hand annotations of dev round 9 (10 ANT articles), added to the dev set on 2026-11-25 as
data/eval/attributions-dev-r9.jsonl, annotated after the round-8 fixes as a fresh check of
how they generalize (scored once before any change motivated by it). Same guidelines (data/eval/attributions-guidelines.md) and
format as data/eval/annotate_attributions.py: (cue, occurrence-or-context, source,
occurrence-or-context, direct). Annotated by hand before the extractor was run on these articles.

Selection: the ANT corpus (v2.1) shuffled with random.seed(90909); in that order the first
2 articles of each source with 400-1,300 characters and
at least two occurrences of common reporting words (قال، أكد، أضاف، أوضح، وفق، بحسب، أعلن، ذكر),
excluding the test set and earlier dev ids (rounds 1-8). `select` below reproduces the pick.

Usage:
  python3 data/attributions/annotate_dev_round_9.py select ANT.jsonl.gz > picked.jsonl
  python3 data/attributions/annotate_dev_round_9.py build picked.jsonl > data/eval/attributions-dev-r9.jsonl
(for `build` the round-9 dev file itself can serve as picked.jsonl: it has id and text)."""
from dev_round import main

ROUND9 = {
"AL-internationalNews-1939-20180715": [
 ("وفق", 0, "مراسل \"العربية\"", 0, False),
 ("أفاد", 0, "مصدر ميداني عسكري", 0, False),
 ("أشار", "كما أشار", "المصدر", "أشار المصدر", False)],
"FR-internationalNews-613-20180408": [
 ("صرخ", 0, "بعضهم", "صرخ بعضهم", True),
 ("أعلن", "عندما أعلن", "لولا", "وأنهى لولا", False),
 ("القول", "جدد القول", "لولا", "وأنهى لولا", False)],
"CN-middleEast-689-20180422": [
 ("قال", 0, "حسن نصرالله", 0, False),
 ("وقال", 0, "نصر الله", "وقال نصر الله", True)],
"AL-sport-1548-20180514": [
 ("وقال", 0, "كين", "وقال كين", True),
 ("وأضاف", 0, "كين", "وقال كين", True),
 ("وتابع", 0, "كين", "وقال كين", True)],
"SK-sport-1393-20180530": [
 ("قال", 0, "جوردان بيكفورد حارس مرمى إنجلترا", 0, False),
 ("وقال", 0, "بيكفورد", "وقال بيكفورد", True),
 ("وأضاف", 0, "الحارس البالغ عمره 24 عاما", 0, True)],
"SK-technology-403-20180413": [
 ("وقالت", 0, "المفوضة الأوروبية للمسائل القضائية فيرا جوروفا", 0, False),
 ("نقلت", 0, "وكالة الصحافة الفرنسية", 0, True),
 ("مشيرة", 0, "جوروفا", "عن جوروفا", False),
 ("وقال", "وقال إن مجموعته", "زوكيربرغ", "واعتذر زوكيربرغ", False),
 ("يعتبر", 0, "المدعي العام الخاص روبرت مولر", 0, False),
 ("أقرّ", 0, "الاتحاد الأوروبي", "أقرّ الاتحاد الأوروبي", False)],
"CN-middleEast-1109-20180604": [
 ("وقال", 0, "جاسم بن حمد", "وقال جاسم بن حمد", True),
 ("وتابع", 0, "رئيس وزراء قطر السابق", 0, True)],
"BB-culture-263-20180814": [
 ("قال", 0, "مصدر قريب من مغنية السول الأمريكية الشهيرة أريثا فرانكلين", 0, False),
 ("وأكد", 0, "المصدر", "وأكد المصدر", False),
 ("أشارت", "قد أشارت", "فرانكلين", "وكانت فرانكلين", False),
 ("وأشار", 0, "موقع \"تي إم زد\" المعني بالأخبار الفنية", 0, False),
 ("قالت", "قالت فرانكلين", "فرانكلين", "قالت فرانكلين", False),
 ("وقالت", 0, "فرانكلين", "قالت فرانكلين", True)],
"FR-middleEast-495-20180518": [
 ("أفاد", 0, "المرصد السوري لحقوق الإنسان", 0, False),
 ("وقال", 0, "مدير المرصد رامي عبد الرحمن", 0, False),
 ("صرح", 0, "رامي عبد الرحمن مدير المرصد السوري لحقوق الإنسان", 0, False),
 ("وقال", "وقال عبد الرحمن", "عبد الرحمن", "وقال عبد الرحمن", False),
 ("وأورد", 0, "المرصد", "وأورد المرصد", False),
 ("مشيراً", 0, "المرصد", "وأورد المرصد", False),
 ("قالت", "صاروخي قالت", "إسرائيل", "أعلنت إسرائيل", False)],
"BB-sport-304-20180807": [
 ("قال", "بيانا قال فيه", "الحضري", "وأصدر الحضري", True),
 ("رأيت", 0, "الحضري", "وأصدر الحضري", False),
 ("وأضاف", 0, "الحضري", "وأصدر الحضري", True)],
}


if __name__ == "__main__":
    main(
        __doc__,
        ROUND9,
        seed=90909,
        quota={"CNN": 2, "france24": 2, "BBC": 2, "alarabia": 2, "skynews": 2},
        exclude=[
            "attributions-gold.jsonl",
            "attributions-dev.jsonl",
            "attributions-dev-r6.jsonl",
            "attributions-dev-r7.jsonl",
            "attributions-dev-r8.jsonl",
        ],
    )
