#!/usr/bin/env python3
"""Hand annotations of dev round 7 (15 ANT articles), added to the dev set on 2026-11-25 as
data/eval/attributions-dev-r7.jsonl, annotated after the round-6 fixes as a fresh check of
how they generalize (scored once before any change motivated by it). Same guidelines (data/eval/attributions-guidelines.md) and
format as data/eval/annotate_attributions.py: (cue, occurrence-or-context, source,
occurrence-or-context, direct). Annotated by hand before the extractor was run on these articles.

Selection: the ANT corpus (v2.1) shuffled with random.seed(70707); in that order the first
3 articles of each source with 400-1,300 characters and
at least two occurrences of common reporting words (قال، أكد، أضاف، أوضح، وفق، بحسب، أعلن، ذكر),
excluding the test set and earlier dev ids (rounds 1-6). `select` below reproduces the pick.

Usage:
  python3 data/attributions/annotate_dev_round_7.py select ANT.jsonl.gz > picked.jsonl
  python3 data/attributions/annotate_dev_round_7.py build picked.jsonl > data/eval/attributions-dev-r7.jsonl
(for `build` the round-7 dev file itself can serve as picked.jsonl: it has id and text)."""
from dev_round import main

ROUND7 = {
"AL-sport-1909-20180611": [
 ("أكد", 0, "أولي هوينس", 0, False),
 ("وقال", 0, "هوينس", "وقال هوينس", True),
 ("أشارت", 0, "صحيفة \"بيلد شبورت\"", 0, False),
 ("أخبر", 0, "ليفاندوفيسكي", "وكان ليفاندوفيسكي", False)],
"SK-middleEast-1127-20180419": [
 ("وقالت", 0, "مصادر يمنية", 0, False),
 ("وفق ما أفادت", 0, "مصادر محلية", 0, False)],
"AL-sport-1763-20180531": [
 ("أعلن", 0, "المهاجم المكسيكي أوريبي بيرالتا", 0, False),
 ("وقال", 0, "بيرالتا", "وقال بيرالتا", True)],
"SK-technology-1081-20180710": [
 ("حسب ما نقلت", 0, "تقارير لوسائل إعلام غربية", 0, False),
 ("ونقلت", 0, "صحيفة \"ديلي ميل\" البريطانية", 0, True),
 ("وأضافت", 0, "الباحثة المشرفة على الدراسة", 0, True),
 ("وأوضحت", 0, "ليفين", "وأوضحت ليفين", False),
 ("يعتقدون", 0, "الناس", "أن الناس يعتقدون", False)],
"SK-sport-2042-20180705": [
 ("كشفت", 0, "تقارير صحفية", 0, False),
 ("ووفقا", 0, "صحيفة \"الصن\" البريطانية", 0, False),
 ("وغرد", 0, "الصحفي الإيطالي", 0, True),
 ("وتحدثت", 0, "تقارير صحفية", 1, False),
 ("ونقلت", 0, "صحيفة \"أس\" الإسبانية", 0, False),
 ("وذكرت", 0, "الصحيفة الإسبانية", 0, False)],
"FR-sport-236-20180706": [
 ("وأكد", 0, "نادي العاصمة الفرنسية باريس", 0, False),
 ("وقال", 0, "رئيس نادي باريس سان جرمان", 0, True),
 ("وأشارت", 0, "تقارير صحافية", 0, False)],
"AL-sport-1418-20180504": [
 ("أكد", 0, "زفن أولريتش حارس مرمى فريق بايرن ميونخ", 0, False),
 ("وقال", 0, "أولريتش", "وقال أولريتش في", True),
 ("وأضاف", 0, "أولريتش", "وقال أولريتش في", True),
 ("واعترف", 0, "أولريتش", "واعترف أولريتش", False),
 ("وقال", "وقال أولريتش:", "أولريتش", "وقال أولريتش:", True)],
"CN-sport-102-20180314": [
 ("وقالت", 0, "ماي", "وقالت ماي", True),
 ("وأشارت", 0, "رئيسة وزراء بريطانيا", 0, False)],
"CN-internationalNews-49-20180301": [
 ("قال", 0, "رئيس أفغانستان", 0, False),
 ("قال", "حيث قال:", "غاني", "لغاني مع", True),
 ("لافتا", 0, "غاني", "لغاني مع", False),
 ("قائلا", 0, "غاني", "لغاني مع", True),
 ("اعتقد", 0, "غاني", "لغاني مع", False)],
"FR-internationalNews-1284-20180517": [
 ("وقال", 0, "رئيس الحكومة الكندي جاستن ترودو", 0, False),
 ("وأضاف", 0, "ترودو", "وأضاف ترودو", False),
 ("وتابع", 0, "رئيس الحكومة الكندية جوستن ترودو", 0, False),
 ("وقال", "وقال ترودو في", "ترودو", "وقال ترودو في", True),
 ("وأضاف", "وأضاف \"كندا", "ترودو", "وقال ترودو في", True),
 ("وقال", "وقال جوستن", "جوستن", "وقال جوستن", False),
 ("وأضاف", "وأضاف \"نحن", "جوستن", "وقال جوستن", True)],
"CN-middleEast-957-20180517": [
 ("قالت", 0, "رندا سلم", 0, False),
 ("وأوضحت", 0, "سلم", "وأوضحت سلم", False),
 ("قائلة", 0, "سلم", "ولفتت سلم", False),
 ("قالت", "قالت في وقت", "هيذر نويرت", 0, True),
 ("أذكّر", 0, "هيذر نويرت", 0, False),
 ("أعتقد", 0, "هيذر نويرت", 0, False)],
"BB-sport-91-20180401": [
 ("وقال", 0, "إبراهيموفيتش", "ودخل إبراهيموفيتش", True),
 ("وقال", 1, "لاعب المنتخب السويدي", 0, True)],
"BB-culture-197-20180612": [
 ("وقال", 0, "الرقيب تيم زينس", 0, False)],
"BB-middleEast-1067-20181007": [
 ("وقالت", 0, "مصادر عسكرية إسرائيلية", 0, False),
 ("وقالت", 1, "خدمة الإسعاف الإسرائيلية", 0, False),
 ("وقال", "وقال متحدث", "متحدث عسكري إسرائيلي", 0, False),
 ("ووصف", 0, "الأطباء", 0, False),
 ("وقال", "وقال المتحدث العسكري", "المتحدث العسكري", 0, False)],
"FR-internationalNews-2646-20180810": [
 ("بحسب ما أعلنت", 0, "المفوضية العليا للانتخابات", 0, False),
 ("وفق ما أوضحت", 0, "المفوضية المؤلفة من تسعة قضاة", 0, False)],
}


if __name__ == "__main__":
    main(
        __doc__,
        ROUND7,
        seed=70707,
        quota={"CNN": 3, "france24": 3, "BBC": 3, "alarabia": 3, "skynews": 3},
        exclude=[
            "attributions-gold.jsonl",
            "attributions-dev.jsonl",
            "attributions-dev-r6.jsonl",
        ],
    )
