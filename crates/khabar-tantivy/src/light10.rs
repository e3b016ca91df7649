//! Larkey, Ballesteros & Connell's *light10* Arabic stemmer (the algorithm
//! behind Lucene's `ArabicNormalizationFilter` + `ArabicStemFilter` and
//! Elasticsearch's `arabic` analyzer), written from the published rules.
//!
//! It is provided as a baseline for evaluation and for users who want exactly
//! the Lucene behaviour.

/// Lucene-style Arabic normalization: strips harakat and tatweel, folds
/// alef with hamza/madda to bare alef, alef maqsura to ya and ta marbuta to ha.
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            // Tatweel and harakat (fathatan … sukun), superscript alef.
            '\u{0640}' | '\u{064B}'..='\u{0652}' | '\u{0670}' => {}
            '\u{0622}' | '\u{0623}' | '\u{0625}' => out.push('\u{0627}'),
            '\u{0649}' => out.push('\u{064A}'),
            '\u{0629}' => out.push('\u{0647}'),
            c => out.push(c),
        }
    }
    out
}

const PREFIXES: [&str; 7] = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];
const SUFFIXES: [&str; 10] = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

/// Stems a word that is already [`normalize`]d: strips at most one prefix
/// (ال، وال، بال، كال، فال، لل، و), then each suffix of the list once, in
/// order, keeping at least two letters.
pub fn stem_normalized(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut start = 0;
    let mut end = chars.len();
    for p in PREFIXES {
        let pc: Vec<char> = p.chars().collect();
        let ok = if pc.len() == 1 {
            // The conjunction و only comes off words of more than three letters.
            end > 3
        } else {
            end >= pc.len() + 2
        };
        if ok && chars.get(..pc.len()) == Some(pc.as_slice()) {
            start = pc.len();
            break;
        }
    }
    for s in SUFFIXES {
        let sc: Vec<char> = s.chars().collect();
        if end - start >= sc.len() + 2 && chars.get(end - sc.len()..end) == Some(sc.as_slice()) {
            end -= sc.len();
        }
    }
    chars
        .get(start..end)
        .map(|c| c.iter().collect())
        .unwrap_or_default()
}

/// Normalizes then stems one word.
pub fn stem(word: &str) -> String {
    stem_normalized(&normalize(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_examples() {
        for (input, expected) in [
            ("الحسن", "حسن"),
            ("والحسن", "حسن"),
            ("للاخر", "اخر"),
            ("زوجها", "زوج"),
            ("ساهدون", "ساهد"),
            ("ساهدهات", "ساهد"),
            ("وساهدون", "ساهد"),
            ("أحمد", "احمد"),
            ("سوريا", "سوريا"),
        ] {
            assert_eq!(stem(input), expected, "{input}");
        }
    }

    /// Lucene's own test pairs, when the shared peer data is present.
    #[test]
    fn lucene_peer_pairs() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/peers/lucene/light-stem.tsv"
        );
        let Ok(data) = std::fs::read_to_string(path) else {
            eprintln!("skipping: {path} not found (shared peer data absent)");
            return;
        };
        let mut n = 0;
        for line in data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut it = line.split('\t');
            let (Some(i), Some(e)) = (it.next(), it.next()) else {
                continue;
            };
            assert_eq!(stem(i), e, "{i}");
            n += 1;
        }
        assert!(n > 10);
    }
}
