//! ANERcorp/CoNLL reading and the CoNLL-2003 entity-level scorer
//! (exact span and type; micro and per-type P/R/F1; a confusion table).
use super::gazetteer::Label;
use super::model::Sentence;

/// Errors reading a CoNLL file.
#[derive(Debug, thiserror::Error)]
pub enum ConllError {
    #[error("line {line}: expected `token TAG`, got {text:?}")]
    Format { line: usize, text: String },
    #[error(
        "line {line}: unknown tag {tag:?} (expected O, B-X or I-X with X in PERS/PER/ORG/LOC/MISC)"
    )]
    Tag { line: usize, tag: String },
}

/// Parses `token TAG` lines, blank line between sentences (BIO over PERS/ORG/LOC/MISC).
/// Lines like `-DOCSTART-` are skipped.
pub fn read(text: &str) -> Result<Vec<Sentence>, ConllError> {
    read_documents(text).map(|(s, _)| s)
}

/// Like [`read`], and also the index of the first sentence of each document
/// that a `-DOCSTART-` line opens (empty when the file has none).
pub fn read_documents(text: &str) -> Result<(Vec<Sentence>, Vec<usize>), ConllError> {
    let mut out = Vec::new();
    let mut doc_starts = Vec::new();
    let mut tokens: Vec<String> = Vec::new();
    let mut tags: Vec<(char, Option<Label>)> = Vec::new();
    let flush = |tokens: &mut Vec<String>,
                 tags: &mut Vec<(char, Option<Label>)>,
                 out: &mut Vec<Sentence>| {
        if !tokens.is_empty() {
            out.push(Sentence {
                tokens: std::mem::take(tokens),
                spans: bio_spans(tags),
                extra: Vec::new(),
            });
        }
        tags.clear();
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut tokens, &mut tags, &mut out);
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            flush(&mut tokens, &mut tags, &mut out);
            if doc_starts.last() != Some(&out.len()) {
                doc_starts.push(out.len());
            }
            continue;
        }
        let (tok, tag) = line
            .rsplit_once([' ', '\t'])
            .ok_or_else(|| ConllError::Format {
                line: n + 1,
                text: line.to_string(),
            })?;
        let tok = tok.trim();
        let tag = tag.trim();
        if tok.is_empty() {
            // ANERcorp has a few lines whose token is empty (an invisible character lost
            // in conversion); they carry no text and are skipped.
            continue;
        }
        let parsed = if tag == "O" {
            ('O', None)
        } else {
            let (p, l) = tag.split_once('-').ok_or_else(|| ConllError::Tag {
                line: n + 1,
                tag: tag.to_string(),
            })?;
            let l = Label::parse(l).ok_or_else(|| ConllError::Tag {
                line: n + 1,
                tag: tag.to_string(),
            })?;
            match p {
                "B" => ('B', Some(l)),
                "I" => ('I', Some(l)),
                _ => {
                    return Err(ConllError::Tag {
                        line: n + 1,
                        tag: tag.to_string(),
                    })
                }
            }
        };
        tokens.push(tok.to_string());
        tags.push(parsed);
    }
    flush(&mut tokens, &mut tags, &mut out);
    Ok((out, doc_starts))
}

/// Spans from BIO tags, conlleval-style: an `I-X` that does not continue an `X` chunk starts one.
pub fn bio_spans(tags: &[(char, Option<Label>)]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, Label)> = None;
    for (k, &(p, l)) in tags.iter().enumerate() {
        let continues = p == 'I' && l.is_some() && cur.map(|c| c.1) == l;
        if !continues {
            if let Some((s, cl)) = cur.take() {
                out.push((s, k, cl));
            }
            if let Some(l) = l {
                cur = Some((k, l));
            }
        }
    }
    if let Some((s, l)) = cur {
        out.push((s, tags.len(), l));
    }
    out
}

/// Per-type counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Accumulates CoNLL-2003 scores over sentences.
#[derive(Debug, Clone, Default)]
pub struct Scorer {
    pub per_type: [Counts; 4],
    /// `confusion[gold][pred]` for spans with identical boundaries; index 4 = none
    /// (row 4: spurious predictions; column 4: gold spans with no same-boundary prediction).
    pub confusion: [[usize; 5]; 5],
    /// Predictions that overlap a gold span but with other boundaries.
    pub boundary_errors: usize,
    pub sentences: usize,
    pub tokens: usize,
}

impl Scorer {
    pub fn add(
        &mut self,
        n_tokens: usize,
        gold: &[(usize, usize, Label)],
        pred: &[(usize, usize, Label)],
    ) {
        self.sentences += 1;
        self.tokens += n_tokens;
        for g in gold {
            if pred.contains(g) {
                self.per_type[g.2.index()].tp += 1;
            } else {
                self.per_type[g.2.index()].fn_ += 1;
            }
            let col = pred
                .iter()
                .find(|p| p.0 == g.0 && p.1 == g.1)
                .map_or(4, |p| p.2.index());
            self.confusion[g.2.index()][col] += 1;
        }
        for p in pred {
            if !gold.contains(p) {
                self.per_type[p.2.index()].fp += 1;
            }
            if !gold.iter().any(|g| g.0 == p.0 && g.1 == p.1) {
                self.confusion[4][p.2.index()] += 1;
                if gold.iter().any(|g| g.0 < p.1 && p.0 < g.1) {
                    self.boundary_errors += 1;
                }
            }
        }
    }

    pub fn micro(&self) -> Counts {
        self.per_type.iter().fold(Counts::default(), |a, c| Counts {
            tp: a.tp + c.tp,
            fp: a.fp + c.fp,
            fn_: a.fn_ + c.fn_,
        })
    }

    /// A Markdown report: micro and per-type P/R/F1 and the confusion table.
    pub fn report(&self) -> String {
        let mut s = String::new();
        let m = self.micro();
        s.push_str(&format!(
            "{} sentences, {} tokens\n\n",
            self.sentences, self.tokens
        ));
        s.push_str("| type | precision | recall | F1 | gold | predicted |\n|---|---:|---:|---:|---:|---:|\n");
        let row = |name: &str, c: &Counts| {
            format!(
                "| {name} | {:.2} | {:.2} | {:.2} | {} | {} |\n",
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1(),
                c.tp + c.fn_,
                c.tp + c.fp
            )
        };
        for l in Label::ALL {
            s.push_str(&row(l.as_str(), &self.per_type[l.index()]));
        }
        s.push_str(&row("**micro**", &m));
        s.push_str("\nConfusion (rows: gold, columns: predicted, same boundaries; `missed` = no prediction with the gold span's boundaries, `spurious` = prediction with no gold span of its boundaries):\n\n");
        s.push_str("| gold \\ predicted | PER | ORG | LOC | MISC | missed |\n|---|---:|---:|---:|---:|---:|\n");
        let names = ["PER", "ORG", "LOC", "MISC", "spurious"];
        for (g, name) in names.iter().enumerate() {
            s.push_str(&format!("| {name} |"));
            for p in 0..5 {
                if g == 4 && p == 4 {
                    s.push_str(" |");
                } else {
                    s.push_str(&format!(" {} |", self.confusion[g][p]));
                }
            }
            s.push('\n');
        }
        s.push_str(&format!(
            "\nSpurious predictions overlapping a gold span (boundary errors): {}\n",
            self.boundary_errors
        ));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_anercorp_format() {
        let s = read("أعلن O\nاتحاد B-ORG\nصناعة I-ORG\nفي O\nألمانيا B-LOC\n\nبرند B-PERS\nجوتشولك I-PERS\n").unwrap_or_default();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].spans, vec![(1, 3, Label::Org), (4, 5, Label::Loc)]);
        assert_eq!(s[1].spans, vec![(0, 2, Label::Per)]);
        assert!(matches!(
            read("x B-FOO\n"),
            Err(ConllError::Tag { line: 1, .. })
        ));
        assert!(matches!(
            read("lonely\n"),
            Err(ConllError::Format { line: 1, .. })
        ));
        assert_eq!(
            read(" O\nكلمة O\n").map(|s| s[0].tokens.len()).ok(),
            Some(1)
        );
    }

    #[test]
    fn stray_inside_tag_starts_chunk() {
        let t = [
            ('O', None),
            ('I', Some(Label::Loc)),
            ('I', Some(Label::Loc)),
            ('I', Some(Label::Per)),
        ];
        assert_eq!(bio_spans(&t), vec![(1, 3, Label::Loc), (3, 4, Label::Per)]);
    }

    #[test]
    fn scores_exact_span_and_type() {
        let mut sc = Scorer::default();
        let gold = [(0, 2, Label::Per), (3, 4, Label::Loc), (5, 6, Label::Org)];
        // One exact, one wrong type, one wrong boundary + one spurious.
        let pred = [
            (0, 2, Label::Per),
            (3, 4, Label::Org),
            (5, 7, Label::Org),
            (8, 9, Label::Misc),
        ];
        sc.add(10, &gold, &pred);
        let m = sc.micro();
        assert_eq!((m.tp, m.fp, m.fn_), (1, 3, 2));
        assert!((m.precision() - 0.25).abs() < 1e-9);
        assert!((m.recall() - 1.0 / 3.0).abs() < 1e-9);
        assert!((m.f1() - 2.0 * 0.25 * (1.0 / 3.0) / (0.25 + 1.0 / 3.0)).abs() < 1e-9);
        assert_eq!(sc.per_type[Label::Loc.index()].fn_, 1);
        assert_eq!(sc.per_type[Label::Org.index()].fp, 2);
        assert_eq!(sc.confusion[Label::Loc.index()][Label::Org.index()], 1);
        assert_eq!(sc.confusion[Label::Org.index()][4], 1);
        assert_eq!(sc.confusion[4][Label::Org.index()], 1);
        assert_eq!(sc.confusion[4][Label::Misc.index()], 1);
        assert_eq!(sc.boundary_errors, 1);
        assert!(sc
            .report()
            .contains("| **micro** | 25.00 | 33.33 | 28.57 | 3 | 4 |"));
    }

    #[test]
    fn empty_scores_are_zero() {
        let sc = Scorer::default();
        assert_eq!(sc.micro().f1(), 0.0);
    }
}
