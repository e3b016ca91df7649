#!/usr/bin/env python3
"""gen.py KIND N > doc.jsonl — hostile single documents for linear-time checks."""
import json, sys, random
kind, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(1)
W = ['قال', 'الوزير', 'محمد', 'علي', 'إن', 'أن', 'الحكومة', 'في', 'يوم', 'الاثنين', 'نحو', '5', 'آلاف',
     'شخص', 'وأضاف', 'الرئيس', 'عبد', 'الله', 'بن', 'من', 'إلى', 'مارس', 'عام', '2018', 'أكثر', 'الماضي',
     'وكالة', 'الأنباء', 'رويترز', 'مجلس', 'الأمن', 'وقالت', 'مصادر', 'بحسب', 'ثلاثة', 'مليون', 'دولار']
def words(k): return ' '.join(rng.choice(W) for _ in range(k))
if kind == 'nopunct': t = words(n)
elif kind == 'quotes': t = ' '.join(f'وقال {rng.choice(W)}: «{words(5)}' for _ in range(n // 6))
elif kind == 'names': t = ' و'.join(['محمد بن عبد الله آل خليفة'] * (n // 6))
elif kind == 'longnum': t = 'بلغ ' + ''.join(rng.choice('0123456789') for _ in range(n)) + ' دولار'
elif kind == 'cues': t = ' '.join(['قال إن'] * (n // 2))
elif kind == 'dates': t = ' '.join(f'{rng.randint(1,28)} مارس {rng.randint(1990,2020)} و' for _ in range(n // 4))
elif kind == 'nums': t = ' '.join(f'نحو {rng.randint(1,999)} ألف و' for _ in range(n // 4))
elif kind == 'commas': t = '، '.join(words(3) for _ in range(n // 3))
else: sys.exit('unknown kind')
print(json.dumps({'id': kind, 'text': t, 'published': '2018-05-01T12:00:00+00:00'}, ensure_ascii=False))
