//! Broken plurals that the plural table lacks (عوامل، أمناء، شهب): the singular is
//! guessed from the plural's pattern and kept only when the news corpus attests it
//! (word counts of the khabar-text lexicon, `data/lexicon/words-ar.tsv`).
//!
//! A pattern gives one or more singular templates (فواعل → فاعل or فاعلة); the most
//! frequent candidate wins, and it must be a common word (≥ [`MIN_SINGULAR`]) and
//! not much rarer than the plural itself. The أ-patterns (أفعال، أفعلاء، أفعلة)
//! need a written hamza above: إفعال is the masdar of form IV (إعلام، إنتاج), not
//! a plural.
use khabar_text::lexicon::{lexfold_str, Lexicon};

/// Minimum corpus count of a guessed singular.
const MIN_SINGULAR: u32 = 30;

/// One letter of a singular template: a letter of the plural (by index) or a
/// literal letter.
#[derive(Clone, Copy)]
enum L {
    At(usize),
    Lit(char),
}

use L::{At, Lit};

/// The singular of the broken plural `letters` (its letters without article,
/// clitics or diacritics, in the source spelling), when a pattern and the corpus
/// agree.
pub(super) fn broken_singular(letters: &[char]) -> Option<String> {
    let f: Vec<char> = lexfold_str(&letters.iter().collect::<String>())
        .chars()
        .collect();
    if f.len() != letters.len() {
        return None;
    }
    let n = f.len();
    let at = |i: usize| f.get(i).copied();
    let hamza_first = letters.first() == Some(&'أ');
    // Only أفعلة ends in ة: رواية، ولاية are singulars, not فواعل.
    let ta = at(n.saturating_sub(1)) == Some('ة');
    let mut templates: Vec<&[L]> = Vec::new();
    match n {
        // أفعلة: أسلحة → سلاح، أرصفة → رصيف.
        5 if hamza_first && ta => {
            templates.push(&[At(1), At(2), Lit('ا'), At(3)]);
            templates.push(&[At(1), At(2), Lit('ي'), At(3)]);
        }
        _ if ta => return None,
        // فعلاء: أمناء → أمين، عملاء → عميل; أفِعّاء: أطباء → طبيب.
        5 if at(3) == Some('ا') && at(4) == Some('ء') => {
            templates.push(&[At(0), At(1), Lit('ي'), At(2)]);
            if hamza_first {
                templates.push(&[At(1), At(2), Lit('ي'), At(2)]);
            }
        }
        // أفعال: أهداف → هدف.
        5 if hamza_first && at(3) == Some('ا') => templates.push(&[At(1), At(2), At(4)]),
        // فواعل: عوامل → عامل، قواعد → قاعدة.
        5 if at(1) == Some('و') && at(2) == Some('ا') => {
            templates.push(&[At(0), Lit('ا'), At(3), At(4)]);
            templates.push(&[At(0), Lit('ا'), At(3), At(4), Lit('ة')]);
        }
        // فعائل: قبائل → قبيلة، رسائل → رسالة.
        5 if at(2) == Some('ا') && letters.get(3) == Some(&'ئ') => {
            templates.push(&[At(0), At(1), Lit('ي'), At(4), Lit('ة')]);
            templates.push(&[At(0), At(1), Lit('ا'), At(4), Lit('ة')]);
        }
        // مفاعل: مراكز → مركز، مدارس → مدرسة.
        5 if at(0) == Some('م') && at(2) == Some('ا') => {
            templates.push(&[At(0), At(1), At(3), At(4)]);
            templates.push(&[At(0), At(1), At(3), At(4), Lit('ة')]);
        }
        // أفعلاء: أصدقاء → صديق.
        6 if hamza_first && at(4) == Some('ا') && at(5) == Some('ء') => {
            templates.push(&[At(1), At(2), Lit('ي'), At(3)]);
        }
        // مفاعيل: مشاريع → مشروع، مفاتيح → مفتاح.
        6 if at(0) == Some('م') && at(2) == Some('ا') && at(4) == Some('ي') => {
            templates.push(&[At(0), At(1), At(3), Lit('و'), At(5)]);
            templates.push(&[At(0), At(1), At(3), Lit('ا'), At(5)]);
        }
        // فُعول: شهور → شهر، دروس → درس.
        4 if at(2) == Some('و') => templates.push(&[At(0), At(1), At(3)]),
        // فُعُل: شهب → شهاب، سفن → سفينة. Most 3-letter words are singulars or verbs
        // (عشق، قرر): only a rare word whose singular clearly outnumbers it.
        3 => {
            templates.push(&[At(0), At(1), Lit('ا'), At(2)]);
            templates.push(&[At(0), At(1), Lit('ي'), At(2)]);
            templates.push(&[At(0), At(1), Lit('ي'), At(2), Lit('ة')]);
        }
        _ => return None,
    }
    let lex = Lexicon::get();
    let plural = lex.count(&f.iter().collect::<String>());
    let mut best: Option<(u32, String)> = None;
    for t in templates {
        let word: Option<String> = t
            .iter()
            .map(|l| match *l {
                At(i) => letters.get(i).copied(),
                Lit(c) => Some(c),
            })
            .collect();
        let Some(word) = word else { continue };
        let folded = lexfold_str(&word);
        let c = lex.count(&folded);
        // A noun takes the article (شارك, a verb, is not the singular of شركاء).
        if lex.count(&format!("ال{folded}")).saturating_mul(20) < c {
            continue;
        }
        // The first template is the usual singular; another must be twice as common.
        if best.as_ref().is_none_or(|(bc, _)| c > bc.saturating_mul(2)) {
            best = Some((c, word));
        }
    }
    let (c, word) = best?;
    let enough = if n == 3 {
        plural < MIN_SINGULAR && c >= MIN_SINGULAR && c >= plural.saturating_mul(3)
    } else {
        c >= MIN_SINGULAR && u64::from(c) * 5 >= u64::from(plural)
    };
    enough.then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sing(w: &str) -> Option<String> {
        broken_singular(&w.chars().collect::<Vec<_>>())
    }

    #[test]
    fn patterns_checked_against_the_corpus() {
        assert_eq!(sing("عوامل").as_deref(), Some("عامل"));
        assert_eq!(sing("أمناء").as_deref(), Some("أمين"));
        assert_eq!(sing("شهب").as_deref(), Some("شهاب"));
        assert_eq!(sing("أهداف").as_deref(), Some("هدف"));
        assert_eq!(sing("عملاء").as_deref(), Some("عميل"));
        assert_eq!(sing("أصدقاء").as_deref(), Some("صديق"));
        assert_eq!(sing("أطباء").as_deref(), Some("طبيب"));
    }

    #[test]
    fn singulars_and_masdars_are_left_alone() {
        // إفعال is a masdar (media, production), not a plural.
        assert_eq!(sing("إعلام"), None);
        assert_eq!(sing("إنتاج"), None);
        // Common 3-letter singulars: رجل is not the singular of anything.
        assert_eq!(sing("رجل"), None);
        assert_eq!(sing("شخص"), None);
        assert_eq!(sing("طفل"), None);
        assert_eq!(sing("قرر"), None);
        assert_eq!(sing("عشق"), None);
        // Singulars in ة are not فواعل plurals.
        assert_eq!(sing("رواية"), None);
        assert_eq!(sing("ولاية"), None);
        // A verb is not a singular: شركاء → شريك, not شارك.
        assert_eq!(sing("شركاء").as_deref(), Some("شريك"));
        assert_eq!(sing("زعماء").as_deref(), Some("زعيم"));
        assert_eq!(sing("حقائب").as_deref(), Some("حقيبة"));
    }
}
