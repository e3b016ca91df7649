#!/usr/bin/env python3
"""Hand annotations of dev rounds 4 and 5 (23 ANT articles, 73 attributions), appended to
data/eval/attributions-dev.jsonl on 2026-11-25. Same guidelines and format as
data/eval/annotate_attributions.py (cue, occurrence-or-context, source, occurrence-or-context,
direct). Selection: ANT shuffled with random.seed(424242) (round 4: 5 CNN, 3 BBC, 3 France 24,
2 Al Arabiya, 2 Sky News) and random.seed(90210) (round 5: 4 CNN, 1 of each other source);
400-1,000 characters, at least two common reporting words, excluding test and earlier dev ids.

Usage: python3 data/attributions/annotate_dev_rounds_4_5.py PICKED.jsonl > rounds45.jsonl
(PICKED.jsonl holds the articles with id and text; the dev file itself can serve)."""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval"))
from annotate_attributions import locate  # noqa: E402

ROUND4 = {
"AL-culture-160-20180312": [
 ("أكد", 0, "بالخير", "بالخير أكد", False),
 ("قال", "قال بالخير", "بالخير", "قال بالخير", False),
 ("ذكر", "ذكر أنه", "بالخير", "قال بالخير", False)],
"CN-internationalNews-210-20180403": [
 ("وذكر", 0, "بيان للتنظيم", 0, False),
 ("أكدت", 0, "السلطات الباكستانية", 0, False)],
"CN-internationalNews-162-20180321": [
 ("وفقاً", 0, "نائب المتحدث باسم وزارة الداخلية الأفغانية نصرت رحيمي", 0, False),
 ("وقال", 0, "المتحدث باسم شرطة مدينة كابول", 0, False),
 ("وقال", 1, "المتحدث باسم شرطة مدينة كابول", 0, False),
 ("قالت", "قالت وزارة", "وزارة الصحة العامة", 0, False)],
"SK-internationalNews-3184-20180909": [
 ("بحسب ما ذكر", 0, "موقع \"salut\" الفرنسي", 0, False),
 ("وتزعم", 0, "قطر", "وتزعم قطر", False)],
"CN-middleEast-472-20180403": [
 ("قائلا", 0, "رعد", "وأوضح رعد", False)],
"CN-middleEast-173-20180304": [
 ("قال", "قال مداخلة", "المتحدث باسم الرئاسة المصرية", 0, True),
 ("لافتا", 0, "المتحدث باسم الرئاسة المصرية", 0, False)],
"AL-internationalNews-960-20180503": [
 ("معتبراً", 0, "ترمب", "وأشاد ترمب", False),
 ("وقال", 0, "ترمب", "وأثنى ترمب", False),
 ("مضيفاً", 0, "ترمب", "وأثنى ترمب", False)],
"SK-internationalNews-416-20180317": [
 ("أعلنت", 0, "وزارة الخارجية البريطانية", 0, False),
 ("وقالت", 0, "الخارجية", "وقالت الخارجية إن", False),
 ("وقالت", 1, "الخارجية البريطانية", "وقالت الخارجية البريطانية", False),
 ("حسبما أفادت", 0, "وسائل إعلام روسية رسمية", 0, False)],
"CN-middleEast-982-20180520": [
 ("قال", "حيث قال", "أنور قرقاش", 0, True)],
"BB-middleEast-778-20180726": [
 ("بحسب", 0, "مسؤولين سوريين ونشطاء", 0, False),
 ("وقال", 0, "صحفي محلي", 0, False),
 ("بحسب", 1, "وسائل إعلام حكومية", 0, False)],
"FR-internationalNews-872-20180423": [
 ("أعلن", 1, "رئيس الاتحاد الأفريقي لكرة القدم (كاف) أحمد أحمد", 0, False),
 ("وقال", 0, "أحمد", "وقال أحمد", True),
 ("وأضاف", 0, "أحمد", "وقال أحمد", True),
 ("قال", "قال أحمد:", "أحمد", "قال أحمد:", True)],
"FR-middleEast-597-20180606": [
 ("حسب", 0, "متحدثة باسم لجنة تدعم الصبية", 0, False),
 ("حسب", 1, "مجموعة تدعمها", 0, False),
 ("وتوضح", 0, "محاميتها غابي لاسكي", 0, False),
 ("حسب ما أعلنت", 0, "متحدثة باسم لجنة دعم عهد التميمي", 0, False)],
"BB-economy-97-20180407": [
 ("وذكر", 0, "مقيمو الدعوى", 0, False),
 ("وأوضحت", 0, "الدعوى", "وأوضحت الدعوى", False)],
"BB-internationalNews-105-20180306": [
 ("بحسب ما ذكرته", 0, "وزارة الدفاع الروسية", 0, False),
 ("بحسب ما نقلته", 0, "وسائل إعلام", 0, False),
 ("وتقول", 0, "روسيا", "وتقول روسيا", False),
 ("وتشير", 0, "البيانات الأولية", 0, False),
 ("وأفادت", 0, "تقارير", "وأفادت تقارير", False),
 ("تقول", "موسكو تقول", "موسكو", "موسكو تقول", False)],
"FR-internationalNews-2736-20180816": [
 ("وفق ما أعلن", 0, "وزير الإدارة الإقليمية محمد أغ إرلاف", 0, False),
 ("وأشار", 0, "الوزير", "وأشار الوزير", False)],
}

ROUND5 = {
"SK-technology-1470-20180912": [
 ("ووفق ما ذكرته", 0, "مدونة \"تيك كرانش\" الإلكترونية", 0, False),
 ("وذكر", 0, "خبراء", "وذكر خبراء", False),
 ("مشيرين", 0, "خبراء", "وذكر خبراء", False)],
"CN-internationalNews-2-20180218": [
 ("وفقا لما قالته", 0, "شركة آسمان المالكة للطائرة", 0, False),
 ("وذكرت", 0, "وكالة الأنباء الإيرانية الرسمية", 0, False)],
"AL-internationalNews-1241-20180519": [
 ("أعلنت", 0, "وزارة الصحة في #غزة", 0, False),
 ("وقالت", 0, "الوزارة", "وقالت الوزارة", False),
 ("وقالت", 1, "مصادر طبية", 0, False),
 ("وفقاً", 0, "وزارة الصحة", "لوزارة الصحة", False)],
"CN-middleEast-806-20180505": [
 ("واعتبر", 0, "الرئيس الإيراني", 0, False),
 ("حسبما نشر", 0, "الرئيس الإيراني", 0, False),
 ("وقال", 0, "روحاني", "وقال روحاني", True),
 ("وكشف", 0, "الرئيس الإيراني", "وكشف الرئيس الإيراني", False),
 ("وقال", 1, "الرئيس الإيراني", "وكشف الرئيس الإيراني", True)],
"CN-middleEast-979-20180520": [
 ("قالت", 0, "السياسية الفلسطينية", 0, False),
 ("قالت", "حيث قالت", "عشراوي", "لعشراوي", True),
 ("قائلة", 0, "عشراوي", "لعشراوي", True)],
"CN-sport-297-20180523": [
 ("وفقا لما نقلته", 0, "وكالة الأنباء الإيرانية", 0, False),
 ("وقال", 0, "فاييزي", "وقال فاييزي", False),
 ("وأشارت", 0, "الوكالة", "وأشارت الوكالة", False)],
"FR-middleEast-686-20180625": [
 ("أعلن", 0, "محرم إينجه مرشح حزب \"الشعب الجمهوري\"", 0, False),
 ("أعلنت", 0, "اللجنة العليا للانتخابات", 0, False),
 ("قال", "قال محرم", "محرم إينجه المرشح الرئاسي", 0, False),
 ("وصرح", 0, "إينجه", "وصرح إينجه", True),
 ("معتبرا", 0, "إينجه", "وصرح إينجه", False),
 ("واعتبر", 0, "إينجه", "واعتبر إينجه", False)],
"BB-middleEast-244-20180324": [
 ("وأضاف", 0, "مصدر أمني", 0, False),
 ("وفقا", 0, "مصدر", "للمصدر", False),
 ("وقال", 0, "شهود عيان في مدينة الإسكندرية الساحلية", 0, False),
 ("وأضافوا", 0, "شهود عيان في مدينة الإسكندرية الساحلية", 0, False)],
}


def main(picked):
    docs = {}
    for line in open(picked, encoding="utf-8"):
        d = json.loads(line)
        docs[d["id"]] = d
    for did, items in list(ROUND4.items()) + list(ROUND5.items()):
        d = docs[did]
        t = d["text"]
        atts = []
        for cue, cat, src, sat, direct in items:
            c = locate(t, cue, cat)
            s = locate(t, src, sat)
            atts.append({"cue": {"start": c[0], "end": c[1], "text": cue},
                         "source": {"start": s[0], "end": s[1], "text": src},
                         "direct": direct})
        atts.sort(key=lambda a: a["cue"]["start"])
        print(json.dumps({"id": did, "source": d["source"], "byline": d.get("byline"),
                          "text": t, "attributions": atts}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
