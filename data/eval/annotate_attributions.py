#!/usr/bin/env python3
"""Builds data/eval/attributions-gold.jsonl from hand annotations.
Each item: (cue, cue_at, source, source_at, direct); *_at is the 0-based occurrence
of the string in the text, or a unique context string that contains it."""
import json, sys

A = {
"AL-internationalNews-23-20180217": [
 ("قال", 0, "وزير الدفاع الإثيوبي", 0, False),
 ("وأضاف", 0, "وزير الدفاع الإثيوبي", 0, True),
 ("وأوضح", 0, "مجلس الوزراء", 0, False)],
"AL-culture-138-20180306": [
 ("أكد", 0, "منتج المسلسل جمال العدل", 0, False),
 ("وأشار", 0, "منتج المسلسل جمال العدل", 0, False),
 ("أوضح", 0, "العدل", 1, False),
 ("مؤكدا", 0, "العدل", 1, False)],
"AL-sport-870-20180325": [
 ("أعلن", 0, "المهندس خالد عبد العزيز", 0, False),
 ("وأوضح", 0, "عبد العزيز", 1, False),
 ("مشيرا", 0, "عبد العزيز", 1, False),
 ("وكشف", 0, "وزير الرياضة", 0, False),
 ("أشار", 0, "عبدالعزيز", 0, False)],
"AL-internationalNews-1111-20180511": [
 ("وقالت", 0, "#إسرائيل", 0, False),
 ("وقال", 1, "رئيس الوزراء الإسرائيلي", 0, False)],
"FR-middleEast-798-20180720": [
 ("وكتب", 0, "الصدر", 2, True),
 ("وقال", 0, "رئيس الوزراء حيدر العبادي", 0, False)],
"FR-economy-37-20180520": [
 ("بحسب ما نقلت", 0, "وكالة أنباء الصين الجديدة", 0, False),
 ("أعلن", 0, "نائب رئيس الوزراء الصيني ليو هي", 1, False),
 ("بحسب ما نقلت", 1, "وكالة أنباء الصين الجديدة", 1, False)],
"FR-middleEast-134-20180311": [
 ("حسبما أعلن", 0, "التلفزيون الإيراني", 0, False),
 ("أعلن", 1, "التلفزيون الرسمي الإيراني ووكالة أنباء تسنيم", 0, False),
 ("نقلا عن", 0, "مسؤولين في مجال الطيران", 0, False),
 ("وقال", 0, "التلفزيون", 2, False),
 ("قالت", 0, "وكالة تسنيم الإيرانية للأنباء", 0, False),
 ("ونقل", 0, "التلفزيون الرسمي", 1, False),
 ("فنقلت", 0, "وكالة تسنيم", 1, False),
 ("مشيرا", 0, "مسؤول آخر في المنظمة نفسها", 0, False)],
"FR-middleEast-259-20180411": [
 ("أعلن", 1, "الجيش الروسي", 2, False),
 ("وقال", 0, "الجنرال فيكتور بوزنيخير", 0, False),
 ("أضاف", 0, "الجيش الروسي", 3, False),
 ("وصرح", 0, "الجنرال فيكتور بوزنيخير", 1, False)],
"SK-sport-1523-20180607": [
 ("قالت", 0, "وسائل إعلام بريطانية", 0, False),
 ("ونقلت", 0, "شبكة سكاي سبورتس الرياضية", 0, False),
 ("وقال", 0, "الطبيب رودريغو لاسمار", 0, True),
 ("وذكرت", 0, "سكاي", 1, False),
 ("وأعلن", 0, "مانشستر يونايتد", 1, False),
 ("قالت", 1, "وسائل إعلام بريطانية", 1, False)],
"SK-middleEast-2788-20180709": [
 ("وفقا", 0, "وكالة إنترفاكس للأنباء", 0, False),
 ("وذكرت", 0, "الوكالة", 0, False),
 ("نقلا عن", 0, "مركز المصالحة الروسي بسوريا", 0, False),
 ("وأضافت", 0, "الوكالة", 1, False),
 ("نقلا عن", 1, "المركز", 0, False),
 ("ونقلت", 0, "وكالة الإعلام الروسية", 0, False)],
"SK-middleEast-595-20180327": [
 ("وقالت", 0, "الهيئة الوطنية للانتخابات", 1, False),
 ("وقال", 1, "السيسي", 1, False),
 ("ويقول", 0, "المشاركون", 0, False)],
"SK-internationalNews-502-20180321": [
 ("قائلا", 0, "جوناثان آلن", 0, False),
 ("وأوضح", 0, "آلن", 1, True),
 ("وقال", 0, "مستشار الأمن القومي الأمريكي", 0, False)],
"CN-middleEast-662-20180418": [
 ("مغردا", 0, "أردوغان", 1, True),
 ("وفقاً لما نقلته", 0, "وكالة \"الأناضول\"", 0, False),
 ("وقال", 0, "أردوغان", 2, False),
 ("تكتب", 0, "كامليا انتخابي فرد", 0, True)],
"CN-middleEast-262-20180313": [
 ("أعلنت", 0, "رئاسة الأركان التركية", 0, False),
 ("وجاء", 0, "البيان الصادر عن الجيش", 0, True),
 ("وأضاف", 0, "البيان", 1, False)],
"CN-middleEast-533-20180409": [
 ("بتعليق", 0, "حساب \"شؤون إيرانية\"", 0, True),
 ("يعلق", 0, "وزير خارجية البحرين", 0, True),
 ("قال", "قال فيه", "الشيخ خالد بن أحمد", 0, True),
 ("ليجيب", 0, "أحدهم", 0, False)],
"CN-middleEast-68-20180223": [
 ("كشفت", 0, "تقارير استخباراتية", 0, False),
 ("وذكرت", 0, "الصحيفة", 0, False),
 ("قال", "قال فيها", "يوفغيني بريغوزين", 0, False),
 ("نقلت", 0, "الصحيفة", 1, False),
 ("وفقا", 0, "أصدقاء ومقربين من هؤلاء", 0, False),
 ("قائلا", 0, "وزير الدفاع الأمريكي", 0, True),
 ("قالوا", 0, "الروس", "الروس قالوا", False),
 ("قالت", "قالت، الثلاثاء", "وزارة الخارجية الروسية", 0, False),
 ("لافتة", 0, "وزارة الخارجية الروسية", 0, False)],
"BB-internationalNews-500-20180513": [
 ("قالت", 0, "الشرطة في إندونيسيا", 0, False),
 ("وقال", 0, "مسؤولون", 0, False),
 ("وبحسب", 0, "الشرطة", 1, False),
 ("وقالت", 0, "الشرطة", 3, False),
 ("وذكرت", 0, "تقارير إعلامية", 0, False)],
"BB-internationalNews-1113-20180928": [
 ("قال", 0, "مسؤولو مطار تشوك الدولي في جزيرة ميكرونيزيا", 0, False),
 ("وقال", 0, "مدير مطار تشوك", 0, True),
 ("وأضاف", 0, "مدير مطار تشوك", 0, True),
 ("وقال", 1, "إيميليو", 0, False),
 ("مضيفا", 0, "إيميليو", 0, False),
 ("يعتقد", 0, "إيميليو", 0, False)],
"BB-culture-17-20180204": [
 ("وقالت", 0, "ليدي غاغا", 1, False),
 ("وجاء", 0, "البيان", 0, False),
 ("وكتبت", 0, "ليدي غاغا", 2, True),
 ("وأضافت", 0, "ليدي غاغا", 2, True),
 ("وقال", 1, "ويل غومبرتز", 0, False)],
"BB-middleEast-593-20180607": [
 ("قالت", 0, "مصادر أمنية وطبية عراقية", 0, False),
 ("وقال", 0, "متحدث باسم وزارة الداخلية", 0, False),
 ("نقلت", 0, "وكالة الأنباء الفرنسية", 0, False),
 ("وأشار", 0, "مصدر أمني رفيع المستوى", 0, False),
 ("قائلا", 0, "مصدر طبي", 0, False),
 ("وقال", 1, "شهود عيان", 0, False),
 ("قالت", 1, "أم أحمد", 0, False),
 ("وأضافت", 0, "أم أحمد", 0, True)],
}

def locate(text, s, at):
    if isinstance(at, str):
        c = text.find(at)
        if c < 0 or text.find(at, c + 1) >= 0:
            raise SystemExit(f"context {at!r} not unique/not found")
        i = c + at.index(s)
        return i, i + len(s)
    i = -1
    for _ in range(at + 1):
        i = text.find(s, i + 1)
        if i < 0:
            raise SystemExit(f"{s!r} occurrence {at} not found")
    return i, i + len(s)

def load_docs(picked):
    docs = {}
    for line in open(picked, encoding="utf-8"):
        d = json.loads(line)
        docs[d["id"]] = d
    return docs

def records(annotations, docs, show=False):
    """Yields one gold record per annotated document, spans located in its text."""
    for did, items in annotations.items():
        d = docs[did]
        t = d["text"]
        atts = []
        for cue, cat, src, sat, direct in items:
            c = locate(t, cue, cat)
            s = locate(t, src, sat)
            atts.append({"cue": {"start": c[0], "end": c[1], "text": cue},
                         "source": {"start": s[0], "end": s[1], "text": src},
                         "direct": direct})
            if show:
                print(f"{did} | {t[max(0,c[0]-15):c[1]+25]!r} | SRC {t[max(0,s[0]-10):s[1]+10]!r} | {direct}")
        atts.sort(key=lambda a: a["cue"]["start"])
        yield {"id": did, "source": d["source"], "byline": d.get("byline"),
               "text": t, "attributions": atts}

def main(picked, out, show):
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for rec in records(A, load_docs(picked), show):
            n += len(rec["attributions"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(A), "documents,", n, "attributions", file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], len(sys.argv) > 3)
