#!/usr/bin/env python3
"""Hand annotations of dev round 8 (15 ANT articles), added to the dev set on 2026-11-25 as
data/eval/attributions-dev-r8.jsonl, annotated after the round-7 fixes as a fresh check of
how they generalize (scored once before any change motivated by it). Same guidelines (data/eval/attributions-guidelines.md) and
format as data/eval/annotate_attributions.py: (cue, occurrence-or-context, source,
occurrence-or-context, direct). Annotated by hand before the extractor was run on these articles.

Selection: the ANT corpus (v2.1) shuffled with random.seed(80808); in that order the first
3 articles of each source with 400-1,300 characters and
at least two occurrences of common reporting words (قال، أكد، أضاف، أوضح، وفق، بحسب، أعلن، ذكر),
excluding the test set and earlier dev ids (rounds 1-7). `select` below reproduces the pick.

Usage:
  python3 data/attributions/annotate_dev_round_8.py select ANT.jsonl.gz > picked.jsonl
  python3 data/attributions/annotate_dev_round_8.py build picked.jsonl > data/eval/attributions-dev-r8.jsonl
(for `build` the round-8 dev file itself can serve as picked.jsonl: it has id and text)."""
from dev_round import main

ROUND8 = {
"SK-internationalNews-3556-20181019": [
 ("وقال", 0, "الأسطول السابع التابع للبحرية الأميركية", 0, False),
 ("وقالت", 0, "البحرية", "وقالت البحرية", False),
 ("قالت", "لكنها قالت", "البحرية", "ولم تذكر البحرية", False),
 ("قالت", "قالت البحرية إن الحادث", "البحرية", "قالت البحرية إن الحادث", False)],
"SK-sport-1054-20180507": [
 ("وقال", 0, "ريبيري", "وقال ريبيري", True),
 ("أعلن", 1, "ريبيري", "وقال ريبيري", False),
 ("مضيفا", 0, "ريبيري", "وقال ريبيري", True),
 ("فقال", 0, "المدير الرياضي للنادي البوسني حسن صلاح حميدزيتش", 0, True),
 ("كشف", 0, "حميدزيتش", "وكان حميدزيتش", False)],
"AL-internationalNews-160-20180222": [
 ("أعلنت", 0, "سيول", 0, False),
 ("وقالت", 0, "وزارة التوحيد", 0, False),
 ("وأضافت", 0, "الوزارة الكورية الجنوبية", 0, False),
 ("وأشارت", 0, "الوكالة", "وأشارت الوكالة", False),
 ("نقلا عن", 0, "مصدر في الرئاسة الكورية الجنوبية", 0, False),
 ("أعلن", "الأبيض أعلن", "البيت الأبيض", 0, False)],
"AL-economy-470-20180502": [
 ("قال", 0, "العضو المنتدب للهيئة العامة للاستثمار الكويتية", 0, False),
 ("وأضاف", 0, "بستكي", "وأضاف بستكي", False),
 ("وقال", 0, "بستكي", "وأضاف بستكي", False),
 ("وشدد", 0, "بستكي", "وأضاف بستكي", False),
 ("لفت", "لفت بستكي", "بستكي", "لفت بستكي", False)],
"SK-sport-199-20180310": [
 ("وقالت", 0, "التشيكية كفيتوفا", 0, True),
 ("وأضافت", 0, "التشيكية كفيتوفا", 0, True),
 ("أقول", 0, "التشيكية كفيتوفا", 0, False),
 ("وتابعت", 0, "التشيكية كفيتوفا", 0, True)],
"FR-internationalNews-2475-20180726": [
 ("وتقول", 0, "إدارة الطيران والفضاء الأمريكية (ناسا)", 0, False),
 ("وقال", 0, "أندرو فابيان أستاذ علم الفلك بجامعة كمبردج", 0, True),
 ("وقال", "وقال فابيان \"لو", "فابيان", "وقال فابيان \"لو", True)],
"FR-middleEast-581-20180604": [
 ("أعلنت", 0, "السعودية", 0, False),
 ("وأفادت", 0, "وكالة الأنباء الرسمية", 0, True),
 ("وتابعت", 0, "وكالة الأنباء الرسمية", 0, True),
 ("وأوضحت", 0, "وكالة الأنباء الرسمية", 0, False)],
"CN-middleEast-343-20180323": [
 ("قال", 0, "المتحدث باسم الخارجية التركية", 0, False),
 ("وذكر", 0, "آق صوي", "وذكر آق صوي بأن تركيا", False),
 ("وفقاً لما نقلته", 0, "وكالة الاناضول الرسمية", 0, False),
 ("وأكد", 0, "المسؤول التركي", 0, False),
 ("واضاف", 0, "المسؤول التركي", 0, False),
 ("مشيراً", 0, "المسؤول التركي", 0, False),
 ("وفقاً لما ذكرته", 0, "الوكالة", "ذكرته الوكالة", False),
 ("وذكر", "وذكر آق صوي بأن الحكومة", "آق صوي", "وذكر آق صوي بأن الحكومة", False),
 ("وفقاً لما نقلته", 1, "الوكالة", "نقلته الوكالة", False)],
"AL-economy-584-20180515": [
 ("قال", 0, "مسؤول كبير", 0, False),
 ("وأضاف", 0, "المسؤول بالاتحاد الأوروبي", 0, False)],
"FR-internationalNews-1343-20180520": [
 ("بحسب ما أفاد", 0, "مصدر قضائي", 0, False),
 ("وقال", 0, "محامي المخرج", 0, False),
 ("أعلن", 0, "مصدر قضائي فرنسي", 0, False),
 ("وأفادت", 0, "مصادر مطلعة على مجريات التحقيق", 0, False),
 ("وقال", "وقال المصدر", "المصدر القضائي", 0, True),
 ("أكدت", "أكدت فيها", "مقدمة الشكوى", 0, False),
 ("أوضحت", "على ما أوضحت", "المصادر", "أوضحت المصادر", False),
 ("وأضافت", 0, "هذه المصادر", 0, False),
 ("قال", "مارنبير قال", "محاميه تييري مارنبير", 0, True)],
"BB-internationalNews-188-20180319": [
 ("وقالت", 0, "الشرطة", "وقالت الشرطة", False),
 ("وقال", "وقال سيسيل", "سيسيل كانتريل", 0, True),
 ("أعتقد", 0, "سيسيل كانتريل", 0, False),
 ("وأضاف", 0, "كانتريل", "وأضاف كانتريل", True)],
"CN-middleEast-887-20180512": [
 ("أكدت", 0, "السفارة الألمانية في السعودية", 0, False),
 ("وقالت", 0, "السفارة", 1, True),
 ("قالت", "الكحولية قالت", "شركة Eichbaum للمشروبات الكحولية", 0, False),
 ("وأضافت", 0, "الشركة", "وأضافت الشركة", False),
 ("موضحة", 0, "الشركة", "وأضافت الشركة", False),
 ("وتابعت", 0, "الشركة", "وتابعت الشركة", False)],
"BB-sport-267-20180708": [
 ("أوضحت", 0, "الإحصاءات", 0, False),
 ("وتشير", 0, "الأرقام", 0, False),
 ("وكشف", 0, "الإحصاء", "وكشف الإحصاء", False)],
"BB-middleEast-809-20180729": [
 ("وتقول", 0, "إدارة السجون الإسرائيلية", 0, False),
 ("قالت", "عهد قالت", "عهد", "وكانت عهد", False),
 ("وقال", 0, "الجيش الاسرائيلي", 0, False),
 ("وتقول", "وتقول منظمات", "منظمات إنسانية", 0, False),
 ("وتقول", "وتقول إنه", "مجموعات مدافعة عن الحقوق المدنية", 0, False),
 ("وتقر", 0, "قوات الدفاع الإسرائيلية", 0, False)],
"CN-middleEast-564-20180410": [
 ("وكتب", 0, "رئيس الوزراء اللبناني", 0, True),
 ("وكتب", 1, "الحريري", "وشارك الحريري", True),
 ("كتبت", 0, "متابعة", "كتبت متابعة", True),
 ("وقال", 0, "آخر", "وقال آخر", True),
 ("وكتب", 2, "الحريري", "أن الحريري كان", True)],
}


if __name__ == "__main__":
    main(
        __doc__,
        ROUND8,
        seed=80808,
        quota={"CNN": 3, "france24": 3, "BBC": 3, "alarabia": 3, "skynews": 3},
        exclude=[
            "attributions-gold.jsonl",
            "attributions-dev.jsonl",
            "attributions-dev-r6.jsonl",
            "attributions-dev-r7.jsonl",
        ],
    )
