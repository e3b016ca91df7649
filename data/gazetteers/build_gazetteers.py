#!/usr/bin/env python3
"""Regenerates countries.tsv and cities.tsv in this folder from the CLDR and
GeoNames extracts in ../shared/data/gazetteers (see README.md).

    python3 data/gazetteers/build_gazetteers.py ../shared/data/gazetteers

Hand-curated additions (spelling variants used in news, English names as news
agencies write them) are listed below; output is sorted, so reruns are stable.
"""
import sys
import unicodedata
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/gazetteers")
OUT = Path(__file__).resolve().parent

# Arabic variants used in news, beyond CLDR's one name per territory.
COUNTRY_VARIANTS = {
    "SY": "سوريا|سورية|الجمهورية العربية السورية",
    "DE": "ألمانيا|المانيا",
    "US": "الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا",
    "GB": "المملكة المتحدة|بريطانيا|بريطانيا العظمى",
    "RU": "روسيا|روسيا الاتحادية",
    "SA": "السعودية|المملكة العربية السعودية|المملكة السعودية",
    "AE": "الإمارات|الإمارات العربية المتحدة|دولة الإمارات",
    "EG": "مصر|جمهورية مصر العربية",
    "PS": "فلسطين|الأراضي الفلسطينية|دولة فلسطين",
    "IL": "إسرائيل",
    "OM": "سلطنة عمان|سلطنة عُمان",
    "MA": "المغرب|المملكة المغربية",
    "DK": "الدنمارك|الدانمرك",
    "ES": "إسبانيا|اسبانيا",
    "AU": "أستراليا|استراليا",
    "HU": "المجر|هنغاريا",
    "CZ": "التشيك|جمهورية التشيك",
    "ET": "إثيوبيا|أثيوبيا",
    "CN": "الصين|جمهورية الصين الشعبية",
    "KR": "كوريا الجنوبية",
    "KP": "كوريا الشمالية",
    "BA": "البوسنة|البوسنة والهرسك",
    "CD": "الكونغو الديمقراطية|جمهورية الكونغو الديمقراطية",
    "VA": "الفاتيكان",
    "NL": "هولندا",
    "MM": "ميانمار|بورما",
    "CI": "ساحل العاج|كوت ديفوار",
    "TR": "تركيا",
    "IR": "إيران",
    "LB": "لبنان",
    "IQ": "العراق",
    "YE": "اليمن",
    "LY": "ليبيا",
    "SD": "السودان",
    "SS": "جنوب السودان",
    "MK": "مقدونيا|مقدونيا الشمالية",
}
# Names that are also common words or cities and must not be matched alone.
COUNTRY_DROP = {"عمان", "عُمان", "الكونغو - كينشاسا", "الكونغو - برازافيل"}
ENGLISH = {"GB": "United Kingdom", "US": "United States", "BA": "Bosnia and Herzegovina",
           "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
           "CZ": "Czech Republic", "MM": "Myanmar", "PS": "Palestine", "TR": "Turkey",
           "AG": "Antigua and Barbuda", "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia",
           "VC": "Saint Vincent and the Grenadines", "TT": "Trinidad and Tobago",
           "ST": "São Tomé and Príncipe", "CI": "Ivory Coast", "HK": "Hong Kong", "MO": "Macau"}
# Masculine singular nationality adjective(s) per country (inflections are generated in code).
NATIONALITY = {
    "SY": "سوري", "IQ": "عراقي", "DE": "ألماني", "US": "أمريكي|أميركي", "GB": "بريطاني",
    "FR": "فرنسي", "RU": "روسي", "TR": "تركي", "SA": "سعودي", "AE": "إماراتي", "EG": "مصري",
    "PS": "فلسطيني", "IL": "إسرائيلي", "IR": "إيراني", "LB": "لبناني", "JO": "أردني",
    "YE": "يمني", "LY": "ليبي", "KW": "كويتي", "QA": "قطري", "BH": "بحريني", "OM": "عماني",
    "MA": "مغربي", "DZ": "جزائري", "TN": "تونسي", "SD": "سوداني", "AF": "أفغاني",
    "PK": "باكستاني", "IN": "هندي", "CN": "صيني", "JP": "ياباني", "IT": "إيطالي",
    "ES": "إسباني", "NL": "هولندي", "BE": "بلجيكي", "CH": "سويسري", "AT": "نمساوي",
    "SE": "سويدي", "NO": "نرويجي", "DK": "دنماركي", "FI": "فنلندي", "GR": "يوناني",
    "CY": "قبرصي", "CA": "كندي", "AU": "أسترالي", "BR": "برازيلي", "AR": "أرجنتيني",
    "MX": "مكسيكي", "VE": "فنزويلي", "UA": "أوكراني", "PL": "بولندي", "HU": "مجري",
    "CZ": "تشيكي", "RO": "روماني", "BG": "بلغاري", "RS": "صربي", "NG": "نيجيري",
    "ET": "إثيوبي", "SO": "صومالي", "MR": "موريتاني", "ID": "إندونيسي", "MY": "ماليزي",
    "AM": "أرمني", "AZ": "أذربيجاني", "KZ": "كازاخستاني", "UZ": "أوزبكي", "IE": "إيرلندي",
    "PT": "برتغالي", "SN": "سنغالي", "KE": "كيني", "CU": "كوبي", "CO": "كولومبي",
    "BD": "بنغلاديشي", "LK": "سريلانكي", "PH": "فلبيني", "TH": "تايلاندي", "VN": "فيتنامي",
    "HR": "كرواتي", "BA": "بوسني", "AL": "ألباني", "SK": "سلوفاكي", "SI": "سلوفيني",
    "NZ": "نيوزيلندي", "TD": "تشادي", "NE": "نيجري", "ER": "إريتري", "DJ": "جيبوتي",
    "KP": "", "KR": "",
}
# English names as news agencies write them (GeoNames `name` is a transliteration).
CITY_ENGLISH = {
    "172955": "Raqqa", "170017": "Hama", "163345": "Tartus", "170794": "Deir ez-Zor",
    "169389": "Idlib", "170592": "Douma", "170905": "Daraa", "169577": "Homs", "170063": "Aleppo",
    "170654": "Damascus", "173576": "Latakia", "99072": "Mosul", "95446": "Erbil",
    "99532": "Basra", "94824": "Karbala", "98463": "Sulaymaniyah", "98854": "Nasiriyah",
    "98860": "Najaf", "98182": "Baghdad", "94787": "Kirkuk",
}

# Cities missing from the GeoNames extract (no Arabic name there).
EXTRA_CITIES = [
    ("4140963", "US", "689545", "Washington", "واشنطن|واشنطن العاصمة"),
]
# Spellings news uses that the extract lacks (its Khartoum entry has only a garbled
# "ااالخرطوم").
CITY_ADD = {"379252": "الخرطوم", "1138958": "كابول", "1871859": "بيونغ يانغ",
            "498817": "سان بطرسبرغ|بطرسبرغ"}
# Alternate names in the extract that are wrong or collide with common words.
CITY_DROP = {"ااالخرطوم", "البلا", "ساليم", "اريئيل", "مريّا", "لقدس", "صهيون",
             # common words ("the city", "the new", "the eye", "the door", "the revolution" …)
             "المدينة", "الجديدة", "القائم", "الخمس", "طراز", "الحرية", "الثورة", "الحي", "الباب",
             "العين", "فان", "فإن", "الرمل", "النصر", "السلام", "الوحدة", "الشعب", "البلد",
             "الخميس",  # Thursday
             "ميدان", "بحري",
             # a small namesake takes the famous place's name: Petersburg, Virginia
             # (بطرسبرغ is Saint Petersburg, added back there); Lompoc (لومبوك is Lombok,
             # an island, curated)
             "بطرسبرغ", "لومبوك"}  # "square, field" (Medan), "naval" (Khartoum North keeps الخرطوم بحري)


def clean_english(name: str) -> str:
    nfkd = unicodedata.normalize("NFKD", name)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).replace("ʼ", "'").replace("‘", "'")


def main() -> None:
    rows = []
    for line in (SRC / "cldr/territories-ar.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, arabic, english = line.split("\t")[:3]
        if len(code) != 2 or code in {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}:
            continue
        variants = [] if arabic in COUNTRY_DROP else [arabic]
        variants += [v for v in COUNTRY_VARIANTS.get(code, "").split("|") if v]
        variants = sorted(set(v for v in variants if v not in COUNTRY_DROP))
        nat = NATIONALITY.get(code, "")
        rows.append((code, ENGLISH.get(code, english.replace(" & ", " and ")), "|".join(variants), nat))
    with open(OUT / "countries.tsv", "w", encoding="utf-8") as f:
        f.write("# code\tenglish\tarabic variants\tnationality adjective (masc. sing.)\n")
        for r in sorted(rows):
            f.write("\t".join(r) + "\n")

    cities = []
    for line in (SRC / "geonames-cities15000-ar.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        gid, country, pop, name, arabic = line.split("\t")[:5]
        names = sorted(set(a.strip() for a in arabic.split("|") if a.strip() and " " not in a.strip()[:1]))
        names = [a for a in names if len(a) >= 2 and a not in CITY_DROP]
        names = sorted(set(names) | set(filter(None, CITY_ADD.get(gid, "").split("|"))))
        if not names:
            continue
        english = CITY_ENGLISH.get(gid, clean_english(name))
        cities.append((gid, country, pop, english, "|".join(names)))
    cities += EXTRA_CITIES
    cities.sort(key=lambda r: (-int(r[2]), int(r[0])))
    with open(OUT / "cities.tsv", "w", encoding="utf-8") as f:
        f.write("# geonameid\tcountry\tpopulation\tenglish\tarabic variants\n")
        for r in cities:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
