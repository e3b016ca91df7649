//! Attributions: who said (or believes) what.
//!
//! Patterns, all driven by the cue lexicon (`data/attributions/cues.tsv`):
//!
//! * **Verb cue + content** — the Arabic news norm is verb–subject–content:
//!   "كشف دبلوماسيون غربيون أن…", "وقال الوزير في بيان إن…", "قال دبلوماسيون “إنهم…”",
//!   "وقال المتحدث: …". The content opens with a complementizer (أن/إن/بأن + suffixes,
//!   optionally after إلى/من/على/عن: "لفتت الصحيفة الى أن", "حذر من ان"), a quotation
//!   mark (then `direct`) or a colon (then `direct`).
//! * **Subject before the cue** (SVO, "الرئيس قال إن", "وكان تقرير نشره الكونغرس… حذر
//!   من ان…") when nothing stands between cue and content.
//! * **No subject** ("وأضاف أن…") and **continuations** (قائلا، مضيفا، مشيرة الى ان…):
//!   the speaker is carried over from the previous attribution.
//! * **Quote first**: "“…”، قال الوزير" and "…، كما قال الوزير".
//! * **Prepositional sources**: "بحسب/حسب/وفقا لـ/طبقا لـ/نقلا عن/على حد قول X".
//! * **Impersonal passives** ("قيل إن", "يقال إن", "أُفيد بأن", "ذُكر أن", "أُعلن أن"):
//!   hearsay whose source is the passive verb itself, `anonymous`, no `refers_to`.
//!
//! Sources are named (they overlap a PER/ORG entity), anonymous descriptions
//! ("دبلوماسيون غربيون", "مصدر رفض الكشف عن اسمه"), or pronouns / definite
//! descriptions / implicit subjects resolved to an earlier mention in `refers_to`
//! (the entity's canonical name when it has one, else its text).
mod guards;
mod lexicon;
mod scan;

use khabar_text::Span;

use crate::dateline::fold;
use crate::{Attribution, Doc, Entity, Source, TextSpan};
use lexicon::{lexicon, Cue, CueForm};
use scan::{is_close_quote, is_open_quote, Kind, Scan};

/// How far (in tokens) a cue may be from its content.
const MAX_MIDDLE: usize = 40;
/// Longest source noun phrase, in words.
const MAX_SOURCE_WORDS: usize = 12;
/// Maximum words of an explicit source that opens with a name and is followed at once
/// by the complementizer (a name with a long title).
const MAX_NAMED_SOURCE_WORDS: usize = 16;
/// Longest source noun phrase without coordination, in words.
const PLAIN_SOURCE_WORDS: usize = 10;
/// How many sentences back an implicit subject may find its antecedent.
const CARRY_SENTENCES: usize = 4;
/// Longest entity considered when looking up entities around a span, in bytes.
const MAX_ENTITY_BYTES: usize = 400;
/// How far back (bytes) a description looks for its antecedent.
const ANTECEDENT_BYTES: usize = 3000;

/// How the content opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    Complementizer,
    Quote,
    Colon,
}

/// The source as found in the text, before resolution.
#[derive(Debug, Clone, Copy)]
enum SourceRef {
    /// Explicit words (byte span).
    Explicit(Span),
    /// No subject: carried over from the previous attribution.
    Implicit,
    /// An impersonal passive ("قيل إن", "أُفيد بأن"): the speaker is left unsaid. The
    /// source is the passive verb itself (the only word that stands for the hidden
    /// agent), anonymous, with no `refers_to`.
    Unspecified,
}

#[derive(Debug, Clone)]
struct Candidate {
    cue: Span,
    /// Token index of the cue's first token.
    cue_tok: usize,
    source: SourceRef,
    content: Span,
    direct: bool,
    belief: bool,
    /// Indirect content may be cut at the next cue of the same sentence.
    trim: bool,
}

/// A source with its resolution.
#[derive(Debug, Clone)]
struct Resolved {
    span: Span,
    anonymous: bool,
    refers_to: Option<String>,
    /// The name this source stands for (for later carry-over).
    name: String,
}

/// Entities as byte spans.
struct Ents<'e> {
    list: Vec<(Span, &'e Entity)>,
    text: &'e str,
}

impl<'e> Ents<'e> {
    fn new(doc: &'e Doc<'_>, entities: &'e [Entity]) -> Ents<'e> {
        let mut list: Vec<(Span, &Entity)> = entities
            .iter()
            .filter(|e| e.start < e.end)
            .map(|e| {
                (
                    Span::new(doc.chars.byte_offset(e.start), doc.chars.byte_offset(e.end)),
                    e,
                )
            })
            .collect();
        list.sort_by_key(|(s, _)| (s.start, s.end));
        Ents {
            list,
            text: doc.text,
        }
    }

    /// Entities that may overlap `span` (sorted by start; entities are short, so only
    /// those starting at most [`MAX_ENTITY_BYTES`] before the span are looked at).
    fn near(&self, span: Span) -> &[(Span, &'e Entity)] {
        let lo = self
            .list
            .partition_point(|(s, _)| s.start + MAX_ENTITY_BYTES < span.start);
        let hi = self.list.partition_point(|(s, _)| s.start < span.end);
        self.list.get(lo..hi.max(lo)).unwrap_or(&[])
    }

    /// Entities starting before byte `b`, in text order.
    fn before(&self, b: usize) -> &[(Span, &'e Entity)] {
        let hi = self.list.partition_point(|(s, _)| s.start < b);
        self.list.get(..hi).unwrap_or(&[])
    }

    /// PER/ORG entities overlapping `span`.
    fn named_in(&self, span: Span) -> impl Iterator<Item = &(Span, &'e Entity)> + '_ {
        self.near(span).iter().filter(move |(s, e)| {
            s.start < span.end && span.start < s.end && matches!(e.label.as_str(), "PER" | "ORG")
        })
    }

    /// Does a PER/ORG entity start at token `tok`, or is the word the surname of a
    /// person named shortly before ("عبدالله بالخير … قال بالخير")?
    fn named_at(&self, scan: &Scan, tok: usize) -> bool {
        let Some(t) = scan.toks.get(tok) else {
            return false;
        };
        if self
            .named_in(Span::new(t.start, t.end))
            .any(|(s, _)| s.start == t.start)
        {
            return true;
        }
        let word = self.text.get(t.start..t.end).unwrap_or("");
        let lo = self
            .list
            .partition_point(|(s, _)| s.start + ANTECEDENT_BYTES < t.start);
        let hi = self.list.partition_point(|(s, _)| s.start < t.start);
        self.list
            .get(lo..hi.max(lo))
            .unwrap_or(&[])
            .iter()
            .any(|(_, e)| {
                e.label == "PER"
                    && e.text.split_whitespace().last() == Some(word)
                    && word.chars().count() >= 3
            })
    }

    /// Does a PER entity start at token `tok` (its first word)?
    fn person_at(&self, scan: &Scan, tok: usize) -> bool {
        scan.toks.get(tok).is_some_and(|t| {
            self.named_in(Span::new(t.start, t.end))
                .any(|(s, e)| e.label == "PER" && s.start == t.start && s.end > t.end)
        })
    }

    /// Any entity overlapping `span` (PER/ORG first).
    fn best_in(&self, span: Span) -> Option<&'e Entity> {
        self.named_in(span).map(|(_, e)| *e).next().or_else(|| {
            self.near(span)
                .iter()
                .find(|(s, _)| s.start < span.end && span.start < s.end)
                .map(|(_, e)| *e)
        })
    }
}

fn entity_name(e: &Entity) -> String {
    e.canonical.clone().unwrap_or_else(|| e.text.clone())
}

/// Finds the attributions of a document. `entities` (code point offsets) come from NER
/// and name sources and resolve descriptions.
pub fn extract(doc: &Doc<'_>, entities: &[Entity]) -> Vec<Attribution> {
    let scan = Scan::new(doc.text);
    let ents = Ents::new(doc, entities);
    let mut cands = find_candidates(doc, &scan, &ents);
    cands.sort_by_key(|c| c.cue.start);
    // One attribution per cue: "حسبما ذكر" is not also "ذكر".
    let mut last_end = 0;
    cands.retain(|c| {
        let keep = c.cue.start >= last_end;
        if keep {
            last_end = c.cue.end;
        }
        keep
    });
    // "وتابع ميلر، الذي …، بالقول إن", "وأضاف بقوله:": one speech act; the verb is the
    // cue and the masdar after it gives no second attribution.
    let mut prev_verb: Option<(Span, usize)> = None;
    cands.retain(|c| {
        let key = scan.key(c.cue_tok);
        let masdar_cue = matches!(
            key,
            "بالقول" | "وبالقول" | "بقوله" | "بقولها" | "بقولهم" | "بقولهما"
        );
        let sent = scan.sent_of.get(c.cue_tok).copied();
        let same = prev_verb.is_some_and(|(content, s)| content == c.content && sent == Some(s));
        if masdar_cue && same {
            return false;
        }
        if !masdar_cue {
            prev_verb = sent.map(|s| (c.content, s));
        }
        true
    });
    // "نقلا عن مصدر عسكري قال إن …": the relative verb after a relay's source is the
    // same speech act as the relay (one attribution, as for "نقل X عن Y قوله").
    let relays: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| {
            scan.key(c.cue_tok)
                .strip_prefix('و')
                .unwrap_or(scan.key(c.cue_tok))
                == "نقلا"
        })
        .filter_map(|c| match c.source {
            SourceRef::Explicit(s) => Some((s.end, c.content.start)),
            SourceRef::Implicit | SourceRef::Unspecified => None,
        })
        .collect();
    if !relays.is_empty() {
        cands.retain(|c| {
            !relays.iter().any(|(src_end, content_start)| {
                c.content.start == *content_start
                    && c.cue.start >= *src_end
                    && doc
                        .text
                        .get(*src_end..c.cue.start)
                        .is_some_and(|g| g.trim().is_empty())
            })
        });
    }
    // Session 21: "وأوضحت الوزارة نقلا عن الطبيب "أنه …"": a relay right after a cue
    // verb and its source relays that verb's content (the clause after it), never the
    // cue clause before it ("وأوضحت الوزارة" is no reported content).
    let spans: Vec<(Span, Span)> = cands.iter().map(|c| (c.cue, c.content)).collect();
    for c in &mut cands {
        let k = scan.key(c.cue_tok);
        if k.strip_prefix('و').unwrap_or(k) != "نقلا" || c.content.end > c.cue.start {
            continue;
        }
        if let Some((_, content)) = spans.iter().find(|(cue, content)| {
            c.content.start <= cue.start && cue.end <= c.content.end && content.start >= c.cue.end
        }) {
            c.content = *content;
        }
    }
    // "وقال X على حسابه: … وإذا أصبنا فهذا واجبنا …": inside speech after a colon, as
    // inside quotation marks, a first person plural verb is the speaker's own narrative.
    let direct = Cover::new(cands.iter().filter(|c| c.direct).map(|c| c.content));
    let paragraphs = SpeechMarks::new(doc.text);
    cands.retain(|c| {
        let inside = direct.covers(c.cue);
        let key = scan.key(c.cue_tok);
        // "ذكرت الصحيفة أن الفريق فاز، وشخصيا أرى أن …": outside any quotation or
        // speech, a first person verb with no subject is the writer's own view.
        // (a present form with أ — "أرى", "وأعتقد", not the past "اعتقد" — and no colon or
        // quotation mark earlier in the paragraph: an interview's answers run on after
        // "وقال X:" without quotation marks)
        let raw = scan.raw(doc.text, c.cue_tok);
        let own_view = raw.trim_start_matches(['و', 'ف']).starts_with('أ')
            && lexicon().lookup(key).is_some_and(|cue| {
                cue.present
                    && !lexicon()
                        .lemmas
                        .get(cue.lemma)
                        .is_some_and(|l| l.starts_with('أ'))
            });
        let writer = !inside
            && own_view
            && !paragraphs.speech_before(c.cue.start)
            && matches!(c.source, SourceRef::Implicit)
            && !scan.in_quote.get(c.cue_tok).copied().unwrap_or(true);
        let narrative = inside
            && lexicon()
                .lookup(key)
                .or_else(|| object_suffixed(key, by_anna_follows(&scan, c.cue_tok)))
                .is_some_and(|cue| first_plural(&scan, doc.text, c.cue_tok, cue));
        !(writer || narrative)
    });
    trim_contents(&scan, &mut cands);
    // "ويذكر أن خفر السواحل انتشل …، وفقا لإحصائيات الوزارة": the writer's "it is worth
    // mentioning that" before a content that a later frame reports is not reported.
    for c in &mut cands {
        if c.content.end <= c.cue.start {
            let t = scan.toks.partition_point(|t| t.start < c.content.start);
            if let Some(start) = impersonal_lead(&scan, t) {
                if start < c.content.end {
                    c.content.start = start;
                }
            }
        }
    }

    // A dateline at the start of the text is not part of the first sentence's clause.
    let dateline_end = doc
        .dateline()
        .filter(|d| d.in_field.is_none())
        .map_or(0, |d| doc.chars.byte_offset(d.end));
    // "…، حسبما أفادت الوكالة" after "دبي، الإمارات (CNN)-- أعلن …": a content that
    // takes the sentence before its cue starts after the dateline.
    if dateline_end > 0 {
        for c in &mut cands {
            if c.content.start < dateline_end
                && dateline_end < c.content.end
                && c.cue.start >= dateline_end
            {
                let t = scan.toks.partition_point(|t| t.start < dateline_end);
                let start = (t..scan.toks.len())
                    .find(|j| {
                        scan.is_word(*j)
                            || scan.punct(*j).is_some_and(|p| is_open_quote(p) || p == '"')
                    })
                    .and_then(|j| scan.toks.get(j))
                    .map(|t| t.start);
                if let Some(start) = start.filter(|s| *s < c.content.end) {
                    c.content.start = start;
                }
            }
        }
    }
    let mut out: Vec<(Attribution, Resolved, usize)> = Vec::new();
    // Impersonal passives ("قيل إن"), kept apart from `out` (the antecedents).
    let mut unspecified: Vec<Attribution> = Vec::new();
    // `out[..top]` ends with the last attribution that is not nested in another's
    // content: the one an implicit subject carries over from ("ويقول هانكوك إن
    // الدراسات أظهرت أن … . وأضاف:" → هانكوك, not الدراسات).
    let mut top = 0;
    for c in &cands {
        let sent = scan.sent_of.get(c.cue_tok).copied().unwrap_or(0);
        let (cue_cp, _) = doc.cp(c.cue);
        let same_sentence_prev = out.last().is_some_and(|(_, _, s)| *s == sent);
        // Nested: inside an earlier content (a quotation, "قال إن الدراسات أظهرت أن"
        // with a subject right after the complementizer), or a "بحسب/وفقا لـ" frame
        // appended to another attribution's sentence.
        let after_comp = match c.source {
            SourceRef::Explicit(s) => scan
                .toks
                .partition_point(|t| t.start < s.start)
                .checked_sub(1)
                .is_some_and(|p| scan.is_complementizer(p)),
            SourceRef::Implicit | SourceRef::Unspecified => false,
        };
        // "ويتفهم X مخاوف مصر، حيث إن الأمم المتحدة تتوقع أن …": a cue in a causal
        // clause is nested in the main clause, whose subject a later "ويقول:" keeps.
        let subordinate = match c.source {
            SourceRef::Explicit(s) => scan
                .toks
                .partition_point(|t| t.start < s.start)
                .checked_sub(2)
                .is_some_and(|p| {
                    scan.is_complementizer(p + 1) && matches!(scan.key(p), "حيث" | "اذ" | "بما")
                }),
            SourceRef::Implicit | SourceRef::Unspecified => false,
        };
        let is_frame = |k: &str| {
            matches!(
                k,
                "بحسب" | "حسب" | "حسبما" | "وفقا" | "وفق" | "طبقا" | "نقلا"
            )
        };
        let cue_key = scan.key(c.cue_tok);
        let frame = is_frame(cue_key) || cue_key.strip_prefix('و').is_some_and(is_frame);
        // "وبحسب ما ذكر موقع النادي، أكد يوسف أن …": a verb with its own subject inside
        // a frame's content is the main report; a later "وتابع" goes on with يوسف.
        // (only a verb that opens the frame's content, not a relative "الذي نقل X كلامه")
        let explicit = matches!(c.source, SourceRef::Explicit(_));
        let frame_over = |a: &Attribution| {
            let k = fold(&a.cue.text);
            let k = k.split(' ').next().unwrap_or("");
            let k = k.strip_prefix('و').filter(|r| is_frame(r)).unwrap_or(k);
            is_frame(k) && k != "نقلا" && a.content.start > a.cue.start
        };
        let nested = out.iter().rev().take(3).any(|(a, _, _)| {
            a.content.start <= cue_cp
                && cue_cp < a.content.end
                && !(explicit && frame_over(a) && !after_comp && a.content.start == cue_cp)
        }) || (same_sentence_prev && (after_comp || frame))
            || subordinate
            || relay(&scan, c)
            || credit_over(doc, c, frame, &out);
        let fem = Agr {
            fem: cue_feminine(&scan, doc.text, c.cue_tok),
            plural: cue_plural(&scan, c.cue_tok),
        };
        let resolved = match c.source {
            SourceRef::Explicit(span) => {
                resolve_explicit(doc, &scan, &ents, span, &out).map(|mut r| {
                    // "قال الرئيس الفرنسي، إيمانويل ماكرون، إن": the source is the first
                    // noun phrase; the apposed name is whom it refers to.
                    if let Some((title, name)) = apposition_cut(&scan, &ents, r.span) {
                        r.span = title;
                        r.refers_to = r.refers_to.or(Some(name));
                    }
                    r
                })
            }
            // Session 22 (s22a A2, s21d A2(a)): "وقيل إن", "ويُقال إن", "وأُفيد بأن" name
            // no speaker, and guideline 2 leaves impersonal forms unannotated.
            SourceRef::Unspecified => None,
            // Session 21: "وأكد الوزير أن الرئيس "قال بوضوح إنه …"": inside a content, a
            // cue right after the opening quotation mark has the noun phrase before the
            // mark as its subject, not the quoting speaker.
            SourceRef::Implicit => quoted_svo_subject(&scan, &ents, c.cue_tok)
                .and_then(|span| resolve_explicit(doc, &scan, &ents, span, &out))
                .or_else(|| {
                    let outer = out.get(..top).unwrap_or(&[]);
                    let same_sentence = outer
                        .last()
                        .is_some_and(|(_, r, s)| *s == sent && r.span.end <= c.cue.start);
                    // "تطرق X، …، إلى التقارير، وفقا لوسائل إعلام محلية، لافتا إلى أن": a frame
                    // after the clause it reports is an adjunct of that clause; the clause's
                    // subject, not the frame's source, goes on speaking.
                    let participle_after_comma = lexicon()
                        .lookup(cue_key)
                        .is_some_and(|l| l.form == CueForm::Participle)
                        && c.cue_tok
                            .checked_sub(1)
                            .is_some_and(|p| matches!(scan.punct(p), Some('،' | ',')));
                    let after_frame = same_sentence
                        && participle_after_comma
                        && outer.last().is_some_and(|(a, _, _)| {
                            let k = fold(&a.cue.text);
                            let k = k.split(' ').next().unwrap_or("");
                            let k = k.strip_prefix('و').filter(|r| is_frame(r)).unwrap_or(k);
                            // (not a relay "نقلا عن X": X speaks on; nor "بحسب ما أفاد X، قائلا",
                            // whose verb X is the subject of)
                            is_frame(k)
                                && k != "نقلا"
                                && !a.cue.text.contains(' ')
                                && a.content.start < a.cue.start
                        });
                    if coordinated_plural(&scan, c.cue_tok) && scan.is_complementizer(c.cue_tok + 1)
                    {
                        // "وحذر المحللون من …، ويرون أن": only the clause's own subject, a
                        // definite or possessed noun or a name ("آخرون ذلك بشدة" is none).
                        clause_subject(doc, &scan, &ents, c.cue_tok, dateline_end, &out).filter(
                            |r| {
                                // (the original spelling: folding merges ة with the pronoun ه)
                                let head =
                                    doc.slice(r.span).split_whitespace().next().unwrap_or("");
                                let head = head.strip_prefix('و').unwrap_or(head);
                                head.starts_with("ال")
                                    || ["ه", "ها", "هم"].iter().any(|x| head.ends_with(x))
                                    || ents.named_in(r.span).any(|(n, _)| n.start == r.span.start)
                            },
                        )
                    } else if after_frame {
                        let before_frame = outer.get(..outer.len() - 1).unwrap_or(&[]);
                        clause_subject(doc, &scan, &ents, c.cue_tok, dateline_end, &out)
                            .filter(|r| outer.last().is_none_or(|(_, f, _)| f.span != r.span))
                            .or_else(|| {
                                carry_over(doc, &scan, &ents, c.cue, sent, fem, before_frame)
                            })
                    } else if same_sentence {
                        // "قال X: "…"، في حين علق Y قائلا:": a clause of its own after the
                        // previous attribution's content has its own subject.
                        let prev_end = outer
                            .last()
                            .map_or(0, |(a, _, _)| doc.chars.byte_offset(a.content.end));
                        clause_subject(doc, &scan, &ents, c.cue_tok, dateline_end, &out)
                            .filter(|r| r.span.start >= prev_end)
                            .or_else(|| carry_over(doc, &scan, &ents, c.cue, sent, fem, outer))
                    } else {
                        clause_subject(doc, &scan, &ents, c.cue_tok, dateline_end, &out)
                            .or_else(|| {
                                sentence_subject(doc, &scan, &ents, c.cue, sent, fem, outer)
                            })
                            .or_else(|| carry_over(doc, &scan, &ents, c.cue, sent, fem, outer))
                    }
                }),
        };
        let Some(mut r) = resolved else { continue };
        // (an impersonal passive's "source" is its own verb: nothing to repair)
        let repaired = if matches!(c.source, SourceRef::Unspecified) {
            Some(r.span)
        } else {
            repair_source(&scan, doc.text, &ents, r.span)
        };
        match repaired {
            Some(span) => r.span = span,
            None => continue,
        }
        // Session 20: "وقالت مور: "…، وتقول إنها غاضبة"": inside a quotation a cue in the
        // third person with no subject reports someone other than the quoted speaker (who
        // would say "أقول"); the speaker is not its source, and with no other antecedent
        // there is none.
        if matches!(c.source, SourceRef::Implicit)
            && scan.in_quote.get(c.cue_tok).copied().unwrap_or(false)
            && plain_third_person(&scan, doc.text, c.cue_tok)
            && out.iter().rev().take(4).any(|(a, q, _)| {
                a.direct
                    && a.content.start <= cue_cp
                    && cue_cp < a.content.end
                    && (q.span == r.span || doc.slice(q.span) == doc.slice(r.span))
            })
        {
            continue;
        }
        // ("فهناك من يقول إن": the indefinite relative is an anonymous source)
        if matches!(c.source, SourceRef::Explicit(_)) && doc.slice(r.span) == "من" {
            r.anonymous = true;
        }
        // "الأمير فيصل بن فهد بن عبد الله": a name is never cut after "بن"; it names
        // the father otherwise.
        r.span = whole_name_chain(&scan, r.span);
        if matches!(c.source, SourceRef::Implicit) {
            latest_mention(doc, &ents, &mut r, c.cue);
            // A carried-over name never starts inside a word (an entity "سام راضي"
            // cut from "بسام راضي" by a clitic split).
            let ti = scan.toks.partition_point(|t| t.end <= r.span.start);
            if let Some(t) = scan.toks.get(ti) {
                if t.kind == Kind::Word && t.start < r.span.start {
                    // Session 21: "تحدثا لـCNN …، وقالا", "قال لكيم": a name after the
                    // preposition ل right after a speech verb is its addressee, not the
                    // speaker. Elsewhere ("وفقا لجوشي"، "وكان لسوروس نظرة"، "مقابلة
                    // لماكرون") the name is kept without the preposition.
                    if matches!(doc.text.get(t.start..r.span.start), Some("ل" | "لـ")) {
                        let addressee = ti
                            .checked_sub(1)
                            .is_some_and(|p| lexicon().lookup(scan.key(p)).is_some());
                        if addressee {
                            continue;
                        }
                    } else {
                        r.span.start = t.start;
                    }
                }
            }
        }
        let to_text = |s: Span| {
            let (start, end) = doc.cp(s);
            TextSpan {
                start,
                end,
                text: doc.slice(s).to_string(),
            }
        };
        let src = to_text(r.span);
        let att = Attribution {
            source: Source {
                start: src.start,
                end: src.end,
                text: src.text,
                anonymous: r.anonymous,
                refers_to: r.refers_to.clone(),
            },
            cue: to_text(c.cue),
            content: to_text(c.content),
            direct: c.direct,
            kind: if c.belief { "belief" } else { "speech" }.to_string(),
        };
        if matches!(c.source, SourceRef::Unspecified) {
            // An unsaid speaker is no antecedent: "حيث أُفيد بأنه قال إن" — the pronoun
            // of "بأنه" and a later "وأضاف" look past it.
            unspecified.push(att);
            continue;
        }
        out.push((att, r, sent));
        if !nested {
            top = out.len();
        }
    }
    let mut all: Vec<Attribution> = out.into_iter().map(|(a, _, _)| a).collect();
    if !unspecified.is_empty() {
        all.extend(unspecified);
        all.sort_by_key(|a| a.cue.start);
    }
    all
}

/// "وقال المدير "…". حسب فرانس برس. وأضاف "…"": a frame after its content that
/// credits another attribution's words to an outlet passes them on; the speaker of
/// those words, not the outlet, goes on speaking (the frame is no antecedent).
fn credit_over(
    doc: &Doc<'_>,
    c: &Candidate,
    frame: bool,
    out: &[(Attribution, Resolved, usize)],
) -> bool {
    if !frame || c.content.end > c.cue.start {
        return false;
    }
    let (start, end) = doc.cp(c.content);
    out.iter()
        .rev()
        .take(3)
        .any(|(a, _, _)| start <= a.cue.start && a.cue.end <= end)
}

fn find_candidates(doc: &Doc<'_>, scan: &Scan, ents: &Ents<'_>) -> Vec<Candidate> {
    let lex = lexicon();
    let mut cands = Vec::new();
    for i in 0..scan.toks.len() {
        if !scan.is_word(i) {
            continue;
        }
        let key = scan.key(i);
        if let Some(mut c) = prepositional(doc, scan, ents, i) {
            if placeholder_source(scan, &c) {
                c.source = SourceRef::Implicit;
            }
            cands.push(c);
            continue;
        }
        if let Some(c) = came_in(scan, ents, i) {
            cands.push(c);
            continue;
        }
        if let Some(c) = masdar(scan, i) {
            cands.push(c);
            continue;
        }
        if let Some(c) = noun_cue(scan, i) {
            cands.push(c);
            continue;
        }
        if let Some(c) = passive_naql(doc, scan, ents, i) {
            cands.push(c);
            continue;
        }
        // (kept as a candidate so that it ends the content before it and is not read as
        // an active verb; it is dropped when sources are resolved, session 22)
        if let Some(c) = impersonal_passive(doc, scan, i) {
            cands.push(c);
            continue;
        }
        // "وزاد آل الشيخ في تغريداته: …", "واختتم الوزير كلمته: …": verbs that report
        // only before a colon (elsewhere "increased", "concluded").
        // "قالت مدعية المحكمة": the feminine of "مدعي" (prosecutor) in construct with a
        // definite noun is the speaker, not the participle "claiming".
        if matches!(key, "مدعيه" | "ومدعيه") && scan.key(i + 1).starts_with("ال") {
            continue;
        }
        // "وجدت الدراسة أن", "توصل الباحثون إلى أن", "قدّرت الدراسة أن", "لمّح الوزير
        // إلى أن": verbs of finding and hinting report only with the clause right after
        // the verb or its subject (elsewhere "وجد نفسه", "توصلوا إلى اتفاق", "قدر الخسائر").
        if let Some(belief) = finding_verb(key).filter(|_| {
            // ("إذا وجد مقدم الخدمة أن": a hypothetical finding)
            lex.lookup(key).is_none() && !conditional(scan, i) && !negated(scan, i)
        }) {
            if let Some(c) =
                verb_cue(scan, ents, i, belief, false).filter(|c| finding_clause(scan, ents, c, i))
            {
                cands.push(c);
            }
            continue;
        }
        if (colon_verb(key) || publish_verb(key)) && lex.lookup(key).is_none() {
            if let Some(c) = verb_cue(scan, ents, i, false, false).filter(|c| {
                (colon_verb(key) && c.direct && opened_by_colon(scan, c.content))
                    || (clause_after_subject(scan, c)
                        && (!publish_verb(key) || publisher(scan, ents, c)))
            }) {
                cands.push(c);
            }
            continue;
        }
        // "وبين أن …": a homograph excluded as a cue ("بين" "between") is one when a
        // complementizer follows at once, or after a short subject ("وبيّن الوزير أن",
        // "، وبين المسؤولون إن").
        let homograph = || {
            lex.lookup_homograph(key)
                .filter(|_| scan.is_complementizer(i + 1) || bayyana(scan, doc.text, i))
                // (session 23: "أن يختاروا بين أن يبقوا أو …": "between")
                .filter(|_| !guards::between_clauses(scan, i))
        };
        // ("فيما وصفه "…"": "what he called" is no report)
        let relative_ma = i.checked_sub(1).is_some_and(|p| {
            matches!(scan.key(p), "ما" | "فيما" | "مما" | "عما" | "بما" | "كما")
                || relative_feminine(scan.key(p)).is_some()
                // ("ثغرات فيه وصفها بأنها": a relative clause without a pronoun)
                || is_pronoun_preposition(scan.key(p))
        });
        let Some(cue) = lex
            .lookup(key)
            .or_else(homograph)
            // (inside a quotation "فأخبرهم بأنه" is the quoted narrative's own)
            .or_else(|| {
                object_suffixed(key, by_anna_follows(scan, i))
                    .filter(|_| !relative_ma && !scan.in_quote.get(i).copied().unwrap_or(false))
            })
        else {
            continue;
        };
        // "فهناك من يقول إن …", "وثمة من يرى أن …": the indefinite relative "من"
        // ("some people") is the anonymous source.
        if let Some(c) = someone_says(scan, ents, i, cue) {
            cands.push(c);
            continue;
        }
        if after_negating_noun(scan, i)
            || noun_reading(scan, doc.text, i, cue)
            || what_it_says(scan, i)
            || (cue.form == CueForm::Verb && impersonal_for(scan, doc.text, i, cue))
            || inside_name(scan, doc.text, ents, i)
            || anonymity_formula(scan, i, cue)
            || after_number(scan, i)
            || noun_after_cue_verb(scan, i, cue)
            || is_named(scan, i)
            || name_part(scan, i)
            || (cue.form == CueForm::Verb && conditional(scan, i))
            // (session 23: "إذا كنت تعتقد أن", "مما يعني أن", "غير متوقعة", "أمطارا
            // غزيرة يُتوقع أن")
            || (cue.form == CueForm::Verb
                && (guards::conditional_you(scan, i)
                    || guards::inference_after_ma(scan, i)
                    || guards::passive_after_indefinite(scan, ents, doc.text, i, cue)))
            || guards::adjectival_participle(scan, i, cue)
            || (cue.form == CueForm::Verb && cue.present && habitual_when(scan, i))
            || (cue.form == CueForm::Verb && !cue.present && relative_what(scan, i))
            || (cue.form == CueForm::Verb && thing_indicates(scan, ents, i))
            || negated(scan, i)
            || after_preposition(scan, i)
            || after_factive(scan, doc.text, i, cue)
            || read_also(scan, i)
            || link_headline(scan, i)
            || withholding(scan, i)
            || (scan.in_quote.get(i).copied().unwrap_or(false)
                && (first_plural(scan, doc.text, i, cue) || hypothetical(scan, i)))
        {
            continue;
        }
        let found = match cue.form {
            CueForm::Participle => continuation(scan, i, cue.belief),
            CueForm::Verb => verb_cue(scan, ents, i, cue.belief, cue.present),
        }
        .map(|mut c| {
            if placeholder_source(scan, &c)
                || root_waw_after_subject(scan, ents, i, &c)
                || coordinated_object(scan, ents, &c)
                || ends_in_relative_ma(scan, ents, &c)
            {
                c.source = SourceRef::Implicit;
            }
            // Session 23: "البيان الذي وصف هذه الخطة بأنها": the antecedent speaks.
            if let SourceRef::Explicit(span) = c.source {
                if let Some(a) = guards::antecedent_of_object_cue(scan, ents, i, span) {
                    c.source = SourceRef::Explicit(a);
                }
            }
            c
        });
        // "فإذا أصبنا فهذا واجبنا": a first person plural verb without a subject of its
        // own is the narrator's "we" (the writer's, or a speaker's after a colon), never
        // the third person an implicit subject would carry over to.
        if let Some(c) = found.filter(|c| {
            let narrator_we =
                matches!(c.source, SourceRef::Implicit) && first_plural(scan, doc.text, i, cue);
            !(narrator_we
                || evidence_subject(doc, c, cue)
                || not_a_subject(scan, doc.text, ents, c)
                || non_report_sense(scan, c, cue))
        }) {
            cands.push(c);
        }
    }
    cands
}

/// s22b A3: "، وذلك بهدف وضع حد لما يقول إنها …": a cue right after the relative
/// "ما/لما/مما/عما" ("what he says is …") has the main clause's subject as its pro-drop
/// subject; the words before "ما" are never the source.
fn ends_in_relative_ma(scan: &Scan, ents: &Ents<'_>, c: &Candidate) -> bool {
    let SourceRef::Explicit(span) = c.source else {
        return false;
    };
    // ("لولوة الخاطر، التي حاولت جذب الانتباه لما تقول إنه": a named antecedent in the
    // stretch is repaired to later and stays.)
    if ents.named_in(span).next().is_some() {
        return false;
    }
    let after = scan.toks.partition_point(|t| t.start < span.end);
    after == c.cue_tok
        && after > 0
        && matches!(
            scan.key(after - 1),
            "ما" | "لما" | "مما" | "عما" | "بما" | "فيما"
        )
}

/// s22d A1(b): "قدم نبيل عطية وثائق جديدة واتهم الوزير السابق بأنه": a verb that must
/// take an object (اتهم، أبلغ، أخبر), coordinated by و inside a clause that already has
/// its verb and subject, with one noun phrase running up to its content: that noun
/// phrase is the object; the speaker is the clause's subject, found as for a pro-drop
/// cue. At the start of a clause or after a comma the noun phrase stays the subject.
fn coordinated_object(scan: &Scan, ents: &Ents<'_>, c: &Candidate) -> bool {
    let SourceRef::Explicit(span) = c.source else {
        return false;
    };
    let i = c.cue_tok;
    let lemma = lexicon()
        .lookup(scan.key(i))
        .and_then(|l| lexicon().folded_lemmas.get(l.lemma))
        .map_or("", String::as_str);
    if !matches!(lemma, "اتهم" | "ابلغ" | "اخبر") || !scan.key(i).starts_with('و') {
        return false;
    }
    let (ss, _) = scan.sentence(i);
    // a verb and its subject before the cue: at least three words since the sentence
    // start or the last comma, one of them a named person or body
    let from = (ss.max(i.saturating_sub(MAX_MIDDLE))..i)
        .rev()
        .find(|k| !scan.is_word(*k))
        .map_or(ss, |k| k + 1);
    if i < from + 3 || !(from..i).any(|k| ents.named_at(scan, k)) {
        return false;
    }
    // the noun phrase runs up to the content (nothing was cut off as an object)
    let after = scan.toks.partition_point(|t| t.start < span.end);
    let content_tok = scan.toks.partition_point(|t| t.start < c.content.start);
    span.start >= scan.toks.get(i + 1).map_or(usize::MAX, |t| t.start)
        && (after == content_tok || (after + 1 == content_tok && scan.key(after) == "من"))
}

/// Session 20: a cue verb in a sense that reports nothing, told by what stands between
/// it and its content (candidate `c`, lexicon entry `cue`):
/// * the passive "أُخبرت/أُبلغ بأن" ("she was told that"): a past form of أخبر/أبلغ with no
///   object suffix and no subject, right before the complementizer — the teller is
///   unsaid ("أخبرتها بأن", "أبلغ مسؤول رويترز بأن" keep their cue);
/// * "تحدث مع/إلى X" ("talked with/to X") before a complementizer: the أن belongs to
///   another verb ("تحدثت مع أختها، وأنها أخبرتها بأن"); "تحدثت تقارير أن" stays;
/// * "علّق آمالا على" ("pinned hopes on"): the quotation or clause after it is the
///   object of the hope, not speech;
/// * "دعا/طالب/ناشد/حث … (إلى/بـ) "…"": a quoted noun phrase after a call or demand is
///   its object (guideline 2: "دعا إلى تأجيل …"); only a colon opens speech there
///   ("ودعا الوزير: "…"").
fn non_report_sense(scan: &Scan, c: &Candidate, cue: lexicon::Cue) -> bool {
    let lemma = lexicon()
        .folded_lemmas
        .get(cue.lemma)
        .map_or("", String::as_str);
    let key = scan.key(c.cue_tok);
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let content_tok = scan.toks.partition_point(|t| t.start < c.content.start);
    if matches!(
        bare,
        "اخبر" | "اخبرت" | "ابلغ" | "ابلغت" | "اخبروا" | "ابلغوا"
    ) && content_tok == c.cue_tok + 1
        && scan.is_complementizer(content_tok)
        && matches!(c.source, SourceRef::Implicit)
    {
        return true;
    }
    let between = c.cue_tok + 1..content_tok.min(c.cue_tok + 25);
    if lemma == "تحدث"
        && !c.direct
        && between.clone().any(|j| {
            matches!(
                scan.key(j),
                "مع" | "معه"
                    | "معها"
                    | "معهم"
                    | "معنا"
                    | "الي"
                    | "اليه"
                    | "اليها"
                    | "اليهم"
                    | "الينا"
            )
        })
    {
        return true;
    }
    if lemma == "علق"
        && (c.cue_tok + 1..c.cue_tok + 12).any(|j| {
            let k = scan.key(j);
            k.starts_with("امال") || matches!(k, "امل" | "املا" | "الامال" | "اهميه")
        })
    {
        return true;
    }
    // Session 21: "ويظهر التحذير "…" أسفل الرقم": يظهر/تظهر with a quotation and no
    // clause is "appears" (or "shows" + an object); "shows that" takes a complementizer.
    if lemma == "اظهر" && c.direct && !opened_by_colon(scan, c.content) {
        return true;
    }
    // "وتنبه الخاصية السائق بأن يهتز المقود": "بأن + verb" after نبّه is the means ("by
    // vibrating"); "نبه إلى أن / بأنه" reports.
    if lemma == "نبه" && scan.key(content_tok) == "بان" {
        return true;
    }
    // "يهدد "بتقويض الهدنة"", "هدد بالانسحاب": the threat is a noun phrase after بـ
    // (guideline 2), not a clause.
    if lemma == "هدد" && {
        let mut t = content_tok;
        while scan.punct(t).is_some_and(|p| p == '"' || is_open_quote(p)) {
            t += 1;
        }
        scan.key(t).starts_with('ب') && !scan.is_complementizer(t)
    } {
        return true;
    }
    // "لتلاحظ الحكومة أن", "كي يلاحظ": noticing as a purpose ("so that it notices") is
    // no report.
    if lemma == "لاحظ"
        && ((cue.present && ["لي", "لت", "لن"].iter().any(|x| bare.starts_with(x)))
            || c.cue_tok
                .checked_sub(1)
                .is_some_and(|p| matches!(scan.key(p), "كي" | "لكي" | "حتي")))
    {
        return true;
    }
    // s22c A1(a): "لم تكن تنقل أطفالا وإنما "مقاتلين"": نقل reports through "عن Y" or a
    // colon; an indefinite accusative right after the verb is what it carries.
    if lemma == "نقل"
        && c.direct
        && !scan.is_complementizer(c.cue_tok + 1)
        && !between.clone().any(|j| scan.key(j).starts_with("عن"))
        && !opened_by_colon(scan, c.content)
        && {
            let next = scan.key(c.cue_tok + 1);
            scan.is_word(c.cue_tok + 1)
                && !next.starts_with("ال")
                && (next.ends_with('ا') || next.ends_with("ين"))
                && next.chars().count() >= 4
        }
    {
        return true;
    }
    // "تنقل أطفالا وإنما "…"": a source never ends in a contrastive "but rather".
    if let SourceRef::Explicit(span) = c.source {
        let last = scan.toks.partition_point(|t| t.start < span.end);
        if last > 0 && matches!(scan.key(last - 1), "وانما" | "انما" | "بل" | "لكن" | "ولكن")
        {
            return true;
        }
    }
    // "حيث صُنّف في مسابقة بأنه …": the passive "was ranked" has no speaker; صنّف
    // reports only with its subject ("صنفته مجلة فوربس بأنه", s22b A4).
    // ("كما تُصنَّف الشاحنات على أنها خفيفة": the present is the passive "are ranked";
    // only the past with "بأن" is the frame.)
    if lemma == "صنف"
        && (matches!(c.source, SourceRef::Implicit)
            || cue.present
            || !scan.key(content_tok).starts_with("بان"))
    {
        return true;
    }
    // s22c A1(c): "وأقر البرلمان القانون الذي ينص على أن": أقر with a law as object is
    // "passed"; the clause is the law's text ("ينص على أن", "يقضي بأن"), not an admission.
    if lemma == "اقر"
        && (scan.key(content_tok) == "علي"
            || between.clone().any(|j| {
                matches!(
                    scan.key(j),
                    "ينص" | "تنص" | "نص" | "نصت" | "يقضي" | "تقضي" | "قضي" | "قضت"
                )
            }))
    {
        return true;
    }
    // (a vocative is speech: "داعيا "يا رب …"")
    if matches!(lemma, "دعا" | "طالب" | "ناشد" | "حث")
        && c.direct
        && !opened_by_colon(scan, c.content)
        && !matches!(scan.key(content_tok), "يا" | "ايها" | "ايتها")
    {
        return true;
    }
    false
}

/// An explicit source that only stands in the subject's place: an adverb with nothing
/// after it ("وفجأة قالوا", "واعتقدت فجأة أن") or a "بـ/لـ + occasion" adjunct
/// ("بتغريدة قال فيها", "وفقا لما ذكره بمقابلة"). The cue's subject is then implicit,
/// as if no words stood there (session 20).
fn placeholder_source(scan: &Scan, c: &Candidate) -> bool {
    let SourceRef::Explicit(span) = c.source else {
        return false;
    };
    let a = scan.toks.partition_point(|t| t.end <= span.start);
    let b = scan.toks.partition_point(|t| t.start < span.end);
    let words: Vec<usize> = (a..b).filter(|j| scan.is_word(*j)).take(3).collect();
    let Some(&first) = words.first() else {
        return false;
    };
    let k = scan.key(first);
    let adverb_only = words.len() == 1
        && (lexicon::is_adverb(k)
            || lexicon::is_adverb(k.strip_prefix('و').unwrap_or(k))
            || matches!(k, "فجاه" | "وفجاه" | "فجاة" | "وفجاة"));
    // Session 21: "وكتب ذات مرة بلغة ساخرة إنه", "كتب ما يلي :": a span made only of
    // adverbial phrases; "وذلك بعد لقاءات وصفها", "وبرر ذلك قائلا": a demonstrative alone
    // (the verb's object or the clause's "this"); "الحكومة ما زالت ترى أن": the auxiliary
    // ("still") between an SVO subject and its cue.
    let mut j = first;
    while j < b {
        match adverbial_phrase(scan, j) {
            Some(n) => j += n,
            None if !scan.is_word(j) => j += 1,
            None => break,
        }
    }
    let all_adverbial = j >= b && j > first;
    let bare = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    // (not an SVO "هذا يشير إلى أن", "وهذا يؤكد أن": the demonstrative right before the
    // cue is its subject)
    let demonstrative =
        words.len() == 1 && matches!(bare, "ذلك" | "هذا" | "هذه" | "تلك") && b != c.cue_tok;
    let auxiliary = matches!(
        bare,
        "زال"
            | "زالت"
            | "زالوا"
            | "يزال"
            | "تزال"
            | "يزالون"
            | "ظل"
            | "ظلت"
            | "بات"
            | "باتت"
    );
    adverb_only || occasion_adjunct(k) || all_adverbial || demonstrative || auxiliary
}

/// Session 21: "المنظمة وصفت الهجوم بأنه": a verb whose root starts with و, written
/// without a conjunction right after a definite noun or a name, has that noun as its SVO
/// subject; the noun phrase after it is its object, not a postposed subject.
fn root_waw_after_subject(scan: &Scan, ents: &Ents<'_>, i: usize, c: &Candidate) -> bool {
    let SourceRef::Explicit(span) = c.source else {
        return false;
    };
    let key = scan.key(i);
    let Some(cue) = lexicon().lookup(key) else {
        return false;
    };
    let root_waw = lexicon()
        .folded_lemmas
        .get(cue.lemma)
        .is_some_and(|l| l.starts_with('و'))
        && without_conjunction(key, cue) == key
        && !key.starts_with("وو");
    root_waw
        && span.start > c.cue.start
        && i.checked_sub(1).is_some_and(|p| {
            // (the noun opens its clause: "في المقابل وصف X", "من إعلان الاتهامات وصف X"
            // end a phrase, they are no subject)
            scan.is_word(p)
                && (scan.key(p).starts_with("ال") || ents.named_at(scan, p))
                && !scan.is_complementizer(p)
                && relative_feminine(scan.key(p)).is_none()
                && p.checked_sub(1).is_none_or(|q| !scan.is_word(q))
        })
}

/// "بمقابلة", "لتصريحات", "بتغريدة": a speech occasion after بـ/لـ, an adjunct.
fn occasion_adjunct(k: &str) -> bool {
    k.strip_prefix(['ب', 'ل']).is_some_and(|r| {
        matches!(
            r,
            "مقابله"
                | "حديث"
                | "تصريح"
                | "تصريحات"
                | "كلمه"
                | "تغريده"
                | "رساله"
                | "مؤتمر"
                | "موتمر"
                | "حوار"
                | "لقاء"
                | "مداخله"
        )
    })
}

/// "كشفت ما تقول إنه خلل": the first verb takes the relative "ما" and the cue after it
/// ("what it says is …") reports; the first verb is no cue of its own.
fn what_it_says(scan: &Scan, i: usize) -> bool {
    scan.key(i + 1) == "ما" && lexicon().lookup(scan.key(i + 2)).is_some()
}

/// The impersonal passive of a belief verb with a beneficiary: "ويُتوقع له أن يحقق"
/// ("it is expected of it that"), "يُعتقد لها أن": no one is named or implied.
fn impersonal_for(scan: &Scan, text: &str, i: usize, cue: lexicon::Cue) -> bool {
    let lemma = lexicon()
        .folded_lemmas
        .get(cue.lemma)
        .map_or("", String::as_str);
    // Session 21: "التي يُرجَّح بقوة أنها", "يُتوقَّع على نطاق واسع أنه" ("it is strongly
    // expected / widely believed that"): a manner adverb between the passive and the
    // complementizer (not after "وهو", the active "he strongly believes").
    let manner = || {
        !matches!(scan.key(i + 1), "ذات" | "ما" | "مايلي")
            && adverbial_phrase(scan, i + 1).is_some_and(|n| scan.is_complementizer(i + 1 + n))
            && !i
                .checked_sub(1)
                .is_some_and(|p| matches!(scan.key(p), "هو" | "وهو" | "فهو" | "هي" | "وهي" | "فهي"))
    };
    cue.present
        && matches!(lemma, "توقع" | "اعتقد" | "رجح" | "قدر" | "ظن")
        && ((scan.raw(text, i).starts_with('ي')
            && matches!(scan.key(i + 1), "له" | "لها" | "لهم" | "لهما")
            && scan.is_complementizer(i + 2))
            || (scan
                .raw(text, i)
                .trim_start_matches(['و', 'ف'])
                .starts_with('ي')
                && manner()))
}

/// A source span that cannot be the cue's subject (session 18):
/// * it holds a complementizer ("لا يطلبون منك أن تقول": "منك أن");
/// * it opens with a pronoun after a preposition ("منك", "له") or with an accusative
///   written with tanwin ("قال رأيًا مختلفا": the object);
/// * it is the addressee "لـ + noun" of a second-person or generic "(لـ/أن) تقول"
///   ("أن تقول لموظف مخطئ: "…"": no third person speaks).
fn not_a_subject(scan: &Scan, text: &str, ents: &Ents<'_>, c: &Candidate) -> bool {
    let SourceRef::Explicit(span) = c.source else {
        return false;
    };
    if repair_source(scan, text, ents, span).is_none() {
        return true;
    }
    let a = scan.toks.partition_point(|t| t.start < span.start);
    if !scan.is_word(a) {
        return false;
    }
    let first = scan.key(a);
    // the addressee of a generic "you say"
    let raw_cue = scan.raw(text, c.cue_tok);
    let cue_bare = raw_cue.trim_start_matches(['و', 'ف']);
    let generic_you = cue_bare.starts_with("لت")
        || (cue_bare.starts_with('ت')
            && c.cue_tok
                .checked_sub(1)
                .is_some_and(|p| matches!(scan.key(p), "ان" | "وان" | "لن" | "لم" | "لا")));
    generic_you
        && a == c.cue_tok + 1
        && first.starts_with('ل')
        && !matches!(first, "لجنه" | "لجان" | "لائحه" | "لايحه")
        && !ents.named_at(scan, a)
}

/// A source span repaired (session 18): cut before a complementizer or an indirect
/// question inside it ("العمري أن هذه الصفقات …" → "العمري", "الوثائق كيف" →
/// "الوثائق"), without a fronted adverb written with tanwin ("أخيراً هيئة الاستثمار");
/// None when nothing of a subject is left: an accusative object ("رأيًا مختلفا"), a
/// pronoun after a preposition ("منك أن"), a time adverb ("هذا الأسبوع").
fn repair_source(scan: &Scan, text: &str, ents: &Ents<'_>, span: Span) -> Option<Span> {
    let a = scan.toks.partition_point(|t| t.end <= span.start);
    let b = scan.toks.partition_point(|t| t.start < span.end);
    // (not the letter N of a spelled name: "بي أن سي", "يو إن كومترايد")
    let letter = |j: usize| {
        matches!(
            scan.key(j),
            "بي" | "سي"
                | "يو"
                | "دي"
                | "اس"
                | "ايه"
                | "اي"
                | "ام"
                | "تي"
                | "جي"
                | "اف"
                | "ار"
                | "كي"
        )
    };
    let cut = (a + 1..b).find(|j| {
        (scan.is_complementizer(*j)
            && scan.key(*j) != "كون"
            && !scan.in_quote.get(*j).copied().unwrap_or(false)
            && !j.checked_sub(1).is_some_and(letter)
            && !letter(j + 1)
            && !in_name_end(scan, ents, *j))
            || matches!(
                scan.key(*j),
                "كيف" | "لماذا" | "متي" | "قوله" | "قولها" | "قولهم" | "قولهما"
            )
    });
    let mut end = span.end;
    if let Some(c) = cut {
        let last = (a..c).rev().find(|j| scan.is_word(*j))?;
        end = scan.toks.get(last)?.end;
    }
    if !scan.is_word(a) {
        return Some(Span::new(span.start, end));
    }
    // Session 21: "المتهم البالغ 20 عاما والذي أوقف الثلاثاء، … قال إنه", "أبو فيصل الذي
    // بدا متذمرا ذكر أن": a span opening right after a relative pronoun is the relative
    // clause's verb phrase ("أوقف", "بدا متذمرا"), never the subject; the subject is the
    // noun phrase the relative clause hangs on, or there is none to give.
    if a.checked_sub(1)
        .is_some_and(|r| relative_feminine(scan.key(r)).is_some())
    {
        return relative_head(scan, ents, a - 1);
    }
    // Session 21: "التي وصفت "بالرومانسية" أنها": a word with بـ and the article is the
    // predicate of وصف or an adjunct, never a subject (a name such as "بالخير" is tagged).
    // (alone: "بالأمم المتحدة" is left to the rules below)
    if scan.key(a).starts_with("بال")
        && !ents.named_at(scan, a)
        && !(a + 1..b).any(|j| scan.is_word(j))
    {
        return None;
    }
    let mut a = a;
    let mut start = span.start;
    // Session 21: "وكتب ذات مرة بلغة ساخرة إنه", "التي يرجح بقوة أنها", "كتب ما يلي :":
    // adverbial phrases ("once", "in a sarcastic tone", "strongly", "widely") and the
    // content marker "ما يلي" ("the following") are never a subject.
    while let Some(n) = adverbial_phrase(scan, a) {
        let next = (a + n..b).find(|j| scan.is_word(*j))?;
        a = next;
        start = scan.toks.get(a)?.start;
        if start >= end {
            return None;
        }
    }
    // Session 20: "واعتقدت فجأة أن", "وفجأة قالوا": an adverb is never the subject; it is
    // skipped, and with nothing after it there is no source. "التي علقت مقابل أن",
    // "وفقا لما ذكره بمقابلة": a preposition-like noun or a "بـ/لـ + occasion" adjunct
    // opens no subject; nor does the relative "ما" ("كشفت ما تقول").
    let bare = |j: usize| {
        let k = scan.key(j);
        k.strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(k)
    };
    let adverb = |j: usize| {
        let k = scan.key(j);
        lexicon::is_adverb(k)
            || lexicon::is_adverb(bare(j))
            || matches!(k, "فجاه" | "وفجاه" | "فجاة" | "وفجاة")
    };
    while scan.is_word(a) && adverb(a) {
        let next = (a + 1..b).find(|j| scan.is_word(*j))?;
        a = next;
        start = scan.toks.get(a)?.start;
        if start >= end {
            return None;
        }
    }
    if matches!(bare(a), "مقابل" | "بجانب" | "جانب" | "حول" | "ضمن" | "خلال")
        || occasion_adjunct(scan.key(a))
        || (bare(a) == "ما" && lexicon().lookup(scan.key(a + 1)).is_some())
    {
        return None;
    }
    if matches!(
        scan.key(a),
        "منك"
            | "منكم"
            | "منكما"
            | "منه"
            | "منها"
            | "منهم"
            | "مني"
            | "منا"
            | "لك"
            | "لكم"
    ) || (matches!(scan.key(a), "هذا" | "هذه") && lexicon::is_time_word(scan.key(a + 1)))
    {
        return None;
    }
    let raw = scan.raw(text, a);
    if raw.ends_with('\u{064B}') || raw.ends_with("\u{064B}ا") {
        let words = (a + 1..b)
            .filter(|j| scan.is_word(*j) && scan.toks.get(*j).is_some_and(|t| t.end <= end))
            .count();
        if words < 2 {
            return None;
        }
        let next = (a + 1..b).find(|j| scan.is_word(*j))?;
        let start = scan.toks.get(next)?.start;
        return (start < end).then(|| Span::new(start, end));
    }
    (start < end).then(|| Span::new(start, end))
}

/// The number of words of an adverbial phrase opening at word `j` (session 21), if one
/// does: "ذات مرة/يوم" ("once"), "بلغة/بنبرة/بلهجة + adjective" ("in a … tone"), a manner
/// adverb ("بقوة", "بشدة", "كثيرا"), "على نطاق واسع" ("widely") and the content marker
/// "ما يلي/مايلي" ("the following"), none of which names a speaker.
fn adverbial_phrase(scan: &Scan, j: usize) -> Option<usize> {
    if !scan.is_word(j) {
        return None;
    }
    let k = scan.key(j);
    let k = k
        .strip_prefix('و')
        .filter(|r| r.starts_with("ذات"))
        .unwrap_or(k);
    let next = scan.key(j + 1);
    match k {
        "ذات" if matches!(next, "مره" | "يوم" | "ليله" | "صباح" | "مساء") => {
            Some(2)
        }
        // (an indefinite adjective after the manner noun: "بلغة ساخرة", not "بلغة الضاد")
        "بلغه" | "بنبره" | "بلهجه" | "بصوت" if scan.is_word(j + 1) && !next.starts_with("ال") => {
            Some(2)
        }
        "بقوه" | "بشده" | "كثيرا" | "بحزم" | "بسخريه" | "بمراره" | "بحسره" | "بثقه" => {
            Some(1)
        }
        "علي" if next == "نطاق" && matches!(scan.key(j + 2), "واسع" | "كبير") => {
            Some(3)
        }
        "مايلي" => Some(1),
        "ما" if next == "يلي" => Some(2),
        _ => None,
    }
}

/// The subject a relative clause hangs on (session 21), for a relative pronoun at `rel`:
/// a named entity that ends right before it ("سعد الحريري، الذي"), or a short noun phrase
/// opened by a person noun ("الرجل البالغ 40 عاما والذي", "المتحدث باسم المجلس الذي");
/// None otherwise ("الأمر الذي دفعه").
fn relative_head(scan: &Scan, ents: &Ents<'_>, rel: usize) -> Option<Span> {
    let mut p = rel.checked_sub(1)?;
    if matches!(scan.punct(p), Some('،' | ',')) {
        p = p.checked_sub(1)?;
    }
    let end = scan.toks.get(p)?.end;
    let last = Span::new(scan.toks.get(p)?.start, end);
    if let Some((s, _)) = ents.named_in(last).find(|(s, _)| s.end == end) {
        return Some(*s);
    }
    let (sent_start, _) = scan.sentence(rel);
    let mut h = p;
    while h > sent_start && p - h < 5 {
        let q = h - 1;
        if !scan.is_word(q) || scan.is_complementizer(q) {
            break;
        }
        h = q;
    }
    if !scan.is_word(h) || scan.is_complementizer(h) {
        return None;
    }
    let first = scan.key(h);
    let bare = first.strip_prefix('و').unwrap_or(first);
    let bare = bare.strip_prefix("ال")?;
    (lexicon::description_head(bare) == Some(true) || lexicon::is_anonymous_head(bare))
        .then(|| tok_span(scan, h, p))
        .flatten()
}

/// "أظهرت الصور أن المبنى دمر", "تشير الأدلة إلى أن": pictures, tests, results or
/// figures show something; no one is speaking (a document — دراسة، تقرير، وثيقة — does).
fn evidence_subject(doc: &Doc<'_>, c: &Candidate, cue: lexicon::Cue) -> bool {
    let SourceRef::Explicit(span) = c.source else {
        return false;
    };
    let lemma = lexicon().lemmas.get(cue.lemma).map_or("", String::as_str);
    // (figures and statistics are sources by the guidelines: "وتشير الأرقام إلى أن")
    if !matches!(lemma, "أظهر" | "أشار" | "كشف" | "بين") {
        return false;
    }
    let folded = fold(doc.slice(span));
    let head = head_word(&folded);
    matches!(
        head,
        "صور"
            | "صوره"
            | "لقطات"
            | "مقاطع"
            | "مقطع"
            | "تسجيلات"
            | "تجارب"
            | "تجربه"
            | "ادله"
            | "دلائل"
    )
}

/// Is the cue at `i` ("، ويعتبر") coordinated with a clause of its sentence that opens
/// with a present verb and a named subject ("ويشارك أوكجي … في المسيرة، ويعتبر أن")?
fn coordinated_with_named(scan: &Scan, ents: &Ents<'_>, i: usize) -> bool {
    if !scan.key(i).starts_with('و') || i.checked_sub(1).is_none_or(|p| scan.is_word(p)) {
        return false;
    }
    let (ss, _) = scan.sentence(i);
    let Some(f) = (ss..i).find(|j| scan.is_word(*j)) else {
        return false;
    };
    let verb = scan.key(f).trim_start_matches(['و', 'ف']);
    let Some(t) = scan.toks.get(f + 1) else {
        return false;
    };
    // ("ويتوقع أن ينتقل": "is expected to", an impersonal passive before a verb)
    let after = (i + 1..i + 3)
        .find(|j| scan.is_complementizer(*j))
        .map(|c| scan.key(c + 1));
    f + 1 < i
        && !after.is_some_and(|w| w.starts_with(['ي', 'ت']))
        && verb.starts_with(['ي', 'ت'])
        && verb.chars().count() >= 4
        && ents
            .named_in(Span::new(t.start, t.end))
            .any(|(s, e)| s.start == t.start && e.label == "PER")
}

/// "الرئيس سمير نجيب إن …", "بصير بينا": a first person plural present form ("نجيب",
/// "we answer") glued to no conjunction right after a noun is a name.
fn plural_present_after_name(scan: &Scan, j: usize) -> bool {
    let lex = lexicon();
    let k = scan.key(j);
    let Some(cue) = lex.lookup(k) else {
        return false;
    };
    let lemma = lex.folded_lemmas.get(cue.lemma).map_or("", String::as_str);
    cue.present
        && cue.form == CueForm::Verb
        && k.starts_with('ن')
        && !lemma.starts_with('ن')
        && !scan.in_quote.get(j).copied().unwrap_or(false)
        && j.checked_sub(1).is_some_and(|p| {
            scan.is_word(p)
                && !scan.is_complementizer(p)
                && !lexicon::is_content_preposition(scan.key(p))
                && lex.lookup(scan.key(p)).is_none()
        })
}

/// A past verb that reports only before a colon: "وزاد", "واختتمت", "وختم".
fn colon_verb(key: &str) -> bool {
    let k = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    matches!(k, "زاد" | "زادت" | "اختتم" | "اختتمت" | "ختم" | "ختمت")
}

/// A verb of finding, estimating or hinting (folded key, with its و/ف): "وجدت", "توصلوا",
/// "قدرت", "لمح". Returns whether it is a belief (an estimate) rather than a report.
fn finding_verb(key: &str) -> Option<bool> {
    // (the و of "وجدت" is a radical, not a conjunction)
    finding_form(key).or_else(|| key.strip_prefix(['و', 'ف']).and_then(finding_form))
}

/// [`finding_verb`] of a key without a conjunction.
fn finding_form(k: &str) -> Option<bool> {
    match k {
        "وجد" | "وجدت" | "وجدوا" | "توصل" | "توصلت" | "توصلوا" | "لمح" | "لمحت" => {
            Some(false)
        }
        "قدر" | "قدرت" | "قدروا" => Some(true),
        _ => None,
    }
}

/// Does the content of a finding verb's candidate `c` (cue at `i`) open with a
/// complementizer right after the verb ("وجدت أن", "توصلت إلى أن") or right after its
/// explicit subject ("وجدت الدراسة أن")? With no subject, the verb must show its
/// person ("وجدت", "توصلوا"): a bare "وجد أن" may be the passive "وُجد" (it was found).
fn finding_clause(scan: &Scan, ents: &Ents<'_>, c: &Candidate, i: usize) -> bool {
    let k = scan.key(i);
    let k = if finding_form(k).is_some() {
        k
    } else {
        k.strip_prefix(['و', 'ف']).unwrap_or(k)
    };
    let to = matches!(k, "توصل" | "توصلت" | "توصلوا" | "لمح" | "لمحت");
    let mut t = scan.toks.partition_point(|t| t.start < c.content.start);
    // (the content of "إلى أن" may open on إلى)
    if scan.key(t) == "الي" {
        t += 1;
    }
    // ("قدّر الأطباء أنه", "وجدت أنها": the complementizer with its pronoun too)
    let comp = scan.key(t);
    if !(scan.is_complementizer(t) && (comp.starts_with("ان") || comp.starts_with("بان"))) {
        return false;
    }
    // the word before the complementizer: إلى for توصل/لمح
    let before = if to {
        match t.checked_sub(1) {
            Some(p) if matches!(scan.key(p), "الي") => p,
            _ => return false,
        }
    } else {
        t
    };
    // "وتوصل فريق من الباحثين إلى أن …، وفق ما ذكرت صحيفة X": the finding is what the
    // outlet relays; the relay frame is the report (as the gold sets annotate it).
    let (_, sent_end) = scan.sentence(i);
    let relayed = (t + 1..sent_end).any(|j| {
        let frame = |k: &str| {
            matches!(
                k,
                "وفق" | "وفقا" | "بحسب" | "حسب" | "حسبما" | "نقلا" | "طبقا"
            )
        };
        let k = scan.key(j);
        (frame(k) || k.strip_prefix('و').is_some_and(frame))
            && j.checked_sub(1)
                .is_some_and(|p| matches!(scan.punct(p), Some('،' | ',')))
    });
    if relayed {
        return false;
    }
    // "أحاول قدر الإمكان أن", "على قدر المهمة": a bare قدر inside a clause is the noun
    // "extent"; the verb opens its clause.
    if k == "قدر"
        && k == scan.key(i)
        && i.checked_sub(1).is_some_and(|p| {
            scan.is_word(p) && !matches!(scan.key(p), "قد" | "وقد" | "فقد" | "لقد" | "كما")
        })
    {
        return false;
    }
    match c.source {
        SourceRef::Explicit(src) => {
            let first = scan.toks.partition_point(|t| t.start < src.start);
            if src.end <= c.cue.start && !noun_subject(scan, ents, first) {
                // an SVO subject must be a noun ("توفي … وجد أن", "ولكنني وجدت أن")
                return false;
            }
            // right after the verb (an SVO subject before it), or right after the subject
            before == i + 1
                || before
                    .checked_sub(1)
                    .and_then(|q| scan.toks.get(q))
                    .is_some_and(|x| x.end == src.end)
        }
        // A finding with no subject of its own is left out: the carried-over speaker is
        // too often someone else ("أن المحققين "توصلوا …"", "أجرت مقابلات … وتوصلت").
        SourceRef::Implicit | SourceRef::Unspecified => false,
    }
}

/// Does token `j` open a noun subject: a definite noun, a document or person noun, an
/// unnamed plural ("الدراسة", "دراسة", "باحثون"), or a tagged name?
fn noun_subject(scan: &Scan, ents: &Ents<'_>, j: usize) -> bool {
    let k = scan.key(j);
    let k = k
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(k);
    let bare = k.strip_prefix("ال").unwrap_or(k);
    scan.is_word(j)
        && (k.starts_with("ال")
            || ents.named_at(scan, j)
            || is_document_noun(k)
            || lexicon::description_head(bare).is_some()
            || lexicon::is_anonymous_head(bare))
}

/// "نشرت مجلة "X" الفرنسية أن …": "published" reports only with a clause right after
/// its subject (elsewhere "نشرت صورة", "نشر قوات").
fn publish_verb(key: &str) -> bool {
    let k = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    matches!(k, "نشر" | "نشرت")
}

/// Is the source of a "نشر" candidate a publisher: a name or an outlet noun ("صحيفة",
/// "موقع", "وكالة"), not an object ("طلب عدم نشر اسمه، إن": his name)?
fn publisher(scan: &Scan, ents: &Ents<'_>, c: &Candidate) -> bool {
    let SourceRef::Explicit(src) = c.source else {
        return false;
    };
    let t = scan.toks.partition_point(|t| t.start < src.start);
    let before = t.checked_sub(1).map_or("", |p| scan.key(p));
    // (a clause-initial verb, not the masdar "قبل نشر التقرير"، "طلب عدم نشر اسمه")
    let initial = c.cue_tok.checked_sub(1).is_none_or(|p| {
        !scan.is_word(p)
            || matches!(
                scan.key(p),
                "قد" | "وقد"
                    | "فقد"
                    | "كما"
                    | "كانت"
                    | "وكانت"
                    | "كان"
                    | "وكان"
                    | "ثم"
                    | "حيث"
            )
    });
    if !initial || object_like_source(scan, ents, src, c.cue_tok) || before == "عدم" {
        return false;
    }
    let head = scan.key(t);
    let head = head.strip_prefix("ال").unwrap_or(head);
    let words = scan.toks.partition_point(|x| x.start < src.end) - t;
    ents.named_at(scan, t) || (lexicon::description_head(head) == Some(false) && words <= 6)
}

/// Does the content of `c` open with a complementizer right after its explicit source
/// ("واختتم صديقي «أن …»", "نشرت صحيفة "ليكيب" الفرنسية أن …"), with at most a comma or
/// an opening quotation mark between?
fn clause_after_subject(scan: &Scan, c: &Candidate) -> bool {
    let SourceRef::Explicit(src) = c.source else {
        return false;
    };
    let mut t = scan.toks.partition_point(|t| t.start < c.content.start);
    // (the content may start on the quotation mark or the word after it)
    while scan.punct(t).is_some_and(|p| p == '"' || is_open_quote(p)) {
        t += 1;
    }
    if !matches!(scan.key(t), "ان" | "بان") {
        return false;
    }
    let mut p = t;
    while let Some(q) = p.checked_sub(1) {
        if scan
            .punct(q)
            .is_some_and(|x| matches!(x, '،' | ',' | '"') || is_open_quote(x))
        {
            p = q;
        } else {
            break;
        }
    }
    p.checked_sub(1)
        .and_then(|q| scan.toks.get(q))
        .is_some_and(|x| x.end == src.end)
}

/// Does `content` open right after a colon (": …" or ": "…"")?
fn opened_by_colon(scan: &Scan, content: Span) -> bool {
    let t = scan.toks.partition_point(|t| t.start < content.start);
    let p = t.checked_sub(1);
    p.is_some_and(|p| scan.punct(p) == Some(':'))
        || p.is_some_and(|p| {
            scan.punct(p).is_some_and(|c| is_open_quote(c) || c == '"')
                && p.checked_sub(1).is_some_and(|q| scan.punct(q) == Some(':'))
        })
}

/// "وبيّن الوزير أن", "، وبين المسؤولون إن": بين ("between") is the verb "made clear"
/// when it has a shadda or opens a clause, and a short subject without a coordinating
/// و ("بين الحكومة والمعارضة") leads to a complementizer.
fn bayyana(scan: &Scan, text: &str, i: usize) -> bool {
    let k = scan.key(i);
    let bare = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    if !matches!(bare, "بين" | "بينت") {
        return false;
    }
    let shadda = scan.raw(text, i).contains('\u{651}');
    let opens = k != bare && i.checked_sub(1).is_none_or(|p| !scan.is_word(p));
    if !(shadda || opens) || scan.key(i + 1).chars().count() < 3 {
        return false;
    }
    // "وبين الناطق الرسمي باسم وزارة الصحة أن": after a speaker noun ("الناطق",
    // "المتحدث", "مصدر") the subject may be longer; the preposition "بين" ("between the
    // two sides") takes no such noun.
    let head = scan.key(i + 1);
    let head = head.strip_prefix("ال").unwrap_or(head);
    let speaker =
        lexicon::description_head(head) == Some(true) || lexicon::is_anonymous_person(head);
    let reach = if speaker { i + 9 } else { i + 5 };
    (i + 2..=reach).any(|c| {
        scan.is_complementizer(c)
            && (i + 1..c).all(|j| {
                scan.is_word(j)
                    && !scan.is_complementizer(j)
                    // (a coordinating و ends the subject, but after a speaker noun a
                    // word spelled with و is no conjunction: "باسم وزارة الصحة")
                    && (j == i + 1
                        || !scan.key(j).starts_with('و')
                        || (speaker && !scan.key(j).starts_with("وال")))
            })
    })
}

/// "وأخبره الوزير بأن", "وقد وصفها جار لها بأنها": a past cue that takes a person
/// object, with the object pronoun glued to it. The present of وصف counts only right
/// before its "بأن" ("والإعلام يصفه بأنه ضابط"; `by_anna`), since "يصفه" alone is
/// as often "describes it" in a narrative.
fn object_suffixed(key: &str, by_anna: bool) -> Option<Cue> {
    let lex = lexicon();
    ["هما", "هم", "ها", "ه"].iter().find_map(|sfx| {
        let stem = key.strip_suffix(sfx)?;
        let cue = lex.lookup(stem)?;
        let lemma = lex.lemmas.get(cue.lemma)?;
        (cue.form == CueForm::Verb
            && if cue.present {
                // (with و/ف the clause is VSO with a subject yet to come)
                by_anna && lemma == "وصف" && !key.starts_with(['و', 'ف'])
            } else {
                // ("وقد صنفته مجلة فوربس بأنه": s22b A4; "أعلمه بأن", "أجابه: "…"":
                // session 23)
                matches!(
                    lemma.as_str(),
                    "أخبر" | "أبلغ" | "وصف" | "اتهم" | "حذر" | "صنف" | "أعلم" | "أجاب"
                )
            })
        .then_some(cue)
    })
}

/// Does the complementizer "بأن" (بأنه، بأنها…) follow token `i` at once?
fn by_anna_follows(scan: &Scan, i: usize) -> bool {
    scan.is_complementizer(i + 1) && scan.key(i + 1).starts_with("بان")
}

/// "مستثمر يدعى أحمد", "امرأة تدعى سارة": the passive of دعا with alef maqsura ("is
/// named") before a name, not ادّعى ("claims", spelled يدعي) with its content.
fn is_named(scan: &Scan, i: usize) -> bool {
    let k = scan.key(i);
    let k = k.strip_prefix('و').unwrap_or(k);
    matches!(k, "يدعي" | "تدعي")
        && scan.toks.get(i).is_some_and(|t| t.maqsura)
        && !scan.is_complementizer(i + 1)
        && i.checked_sub(1).is_some_and(|p| {
            (scan.is_word(p) && !scan.key(p).starts_with("ال") && !scan.is_complementizer(p))
                // "وقال أحد الركاب، ويدعى سامي حداد، إن": an apposition naming the
                // subject of the cue before it.
                || (matches!(scan.punct(p), Some('،' | ',')) && scan.key(i).starts_with('و'))
        })
}

/// "طلب عدم ذكر اسمه": a verb form after عدم is a masdar, not a cue. So is one after
/// "without" or "any" ("لا يجوز أن تمضي دون رد", "بلا رد عليها", "أي رد").
fn after_negating_noun(scan: &Scan, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        matches!(
            scan.key(p),
            "عدم"
                | "بعدم"
                | "وعدم"
                | "دون"
                | "ودون"
                | "بدون"
                | "وبدون"
                | "دونما"
                | "بلا"
                | "وبلا"
                | "اي"
                | "لاي"
                | "باي"
        )
    })
}

/// "شملت ألفي طالب أن", "مئات طالب": a cue form right after a number word, or after
/// digits that are no year, is the counted noun ("طالب" student, not "demanded").
fn after_number(scan: &Scan, i: usize) -> bool {
    let Some(p) = i.checked_sub(1).filter(|p| scan.is_word(*p)) else {
        return false;
    };
    let k = scan.key(p);
    if is_number(scan, p) {
        // (only the bare form: "عيد ميلاده 26 وقال", "المركز 19 متوقعا" are verbs; a
        // four-digit number is a year: "عام 1829 قال")
        let bare = lexicon()
            .lookup(scan.key(i))
            .and_then(|c| lexicon().folded_lemmas.get(c.lemma))
            .is_some_and(|l| l == scan.key(i));
        return bare && k.chars().count() != 4;
    }
    matches!(
        k,
        "الف"
            | "الفي"
            | "الفا"
            | "الاف"
            | "مئه"
            | "مائه"
            | "مئات"
            | "عشرات"
            | "ملايين"
            | "ثلاثه"
            | "اربعه"
            | "خمسه"
            | "سته"
            | "سبعه"
            | "ثمانيه"
            | "تسعه"
            | "عشره"
            | "عشرين"
            | "ثلاثين"
            | "اربعين"
            | "خمسين"
            | "ستين"
            | "سبعين"
            | "ثمانين"
            | "تسعين"
    )
}

/// "وتشير كتب التاريخ إلى أن": a bare past form right after a finite cue verb and
/// before a definite noun is the verb's subject noun ("كتب" books), not a second cue.
fn noun_after_cue_verb(scan: &Scan, i: usize, cue: lexicon::Cue) -> bool {
    let lex = lexicon();
    cue.form == CueForm::Verb
        && !cue.present
        && lex
            .folded_lemmas
            .get(cue.lemma)
            .is_some_and(|l| l == scan.key(i))
        && scan.key(i + 1).starts_with("ال")
        && i.checked_sub(1).is_some_and(|p| {
            scan.is_word(p)
                && lex
                    .lookup(scan.key(p))
                    .is_some_and(|c| c.form == CueForm::Verb)
        })
}

/// "فهناك من يقول إن الوزير يعرف", "وثمة من يرى أن …": a present cue after "هناك/ثمة
/// من" reports what some (unnamed) people say; the source is "من".
fn someone_says(scan: &Scan, ents: &Ents<'_>, i: usize, cue: lexicon::Cue) -> Option<Candidate> {
    if cue.form != CueForm::Verb || !cue.present || !scan.key(i).starts_with('ي') {
        return None;
    }
    let man = i.checked_sub(1).filter(|p| scan.key(*p) == "من")?;
    let there = man.checked_sub(1)?;
    if !matches!(
        scan.key(there),
        "هناك" | "وهناك" | "فهناك" | "هنالك" | "وهنالك" | "ثمه" | "وثمه" | "فثمه"
    ) {
        return None;
    }
    let mut c = verb_cue(scan, ents, i, cue.belief, true)?;
    if c.content.start < c.cue.end {
        return None;
    }
    c.source = SourceRef::Explicit(tok_span(scan, man, man)?);
    Some(c)
}

/// "الممثل ستيفن فراي": a word inside a person's name after its first word, spelled
/// like a cue with the conjunction ف ("فراي" = ف + رأى), is part of the name.
fn inside_name(scan: &Scan, text: &str, ents: &Ents<'_>, i: usize) -> bool {
    let Some(t) = scan.toks.get(i) else {
        return false;
    };
    text.get(t.start..t.end).is_some_and(|w| w.starts_with('ف'))
        && ents
            .named_in(Span::new(t.start, t.end))
            .any(|(s, e)| e.label == "PER" && s.start < t.start && t.end <= s.end)
}

/// "وقال مسؤولان، تحدثا شريطة عدم الكشف عن هويتهما، إن": the agencies' anonymity
/// formula is no cue of its own (the outer verb reports).
fn anonymity_formula(scan: &Scan, i: usize, cue: lexicon::Cue) -> bool {
    lexicon()
        .folded_lemmas
        .get(cue.lemma)
        .is_some_and(|l| l == "تحدث")
        && matches!(
            scan.key(i + 1),
            "شريطه" | "بشرط" | "شرط" | "مشترطا" | "مشترطين" | "طالبا" | "طالبين"
        )
}

/// A cue form that is a noun or a passive in its context (session 18):
/// * a word written with tanwin ("قال رأيًا مختلفا"): verbs never take it;
/// * "يُدعى / تدعى X" ("is called", spelled with alef maqsura) with no complementizer
///   after it (the verb "يدعي أن", "claims that", keeps its clause);
/// * the masdar "نقل" after "كان" before a definite noun with no "عن" of a relay
///   ("إذا كان نقل السفارة يثير …", not "كان نقل الموقع عن مسؤول أن");
/// * a bare "وصف/وصفت" right after an indefinite word and before "بأن" ("خطة وصفت
///   بأنها ضرورية": the passive of an asyndetic relative, no one is speaking).
fn noun_reading(scan: &Scan, text: &str, i: usize, cue: lexicon::Cue) -> bool {
    // (a participle takes tanwin: "مشيراً", "قائلةً")
    let raw = scan.raw(text, i);
    if cue.form == CueForm::Verb && raw.contains(['\u{064B}', '\u{064C}', '\u{064D}']) {
        return true;
    }
    let lex = lexicon();
    let lemma = lex.folded_lemmas.get(cue.lemma).map_or("", String::as_str);
    let key = scan.key(i);
    let bare = key.strip_prefix('و').unwrap_or(key);
    if cue.present
        && matches!(lemma, "ادعي" | "دعا")
        && matches!(bare, "يدعي" | "تدعي")
        && scan.toks.get(i).is_some_and(|t| t.maqsura)
        && !scan.is_complementizer(i + 1)
    {
        return true;
    }
    if headquarters(scan, i, cue) {
        return true;
    }
    let prev = i.checked_sub(1).filter(|p| scan.is_word(*p));
    if key == "نقل"
        && prev.is_some_and(|p| {
            matches!(
                scan.key(p),
                "كان" | "كانت" | "يكون" | "تكون" | "وكان" | "وكانت"
            )
        })
        && scan.key(i + 1).starts_with("ال")
        && !(i + 2..i + 8).any(|j| scan.key(j) == "عن")
    {
        return true;
    }
    // "بين كتب التاريخ", "أهم كتب الأدب": the plural noun "books" after a preposition
    // or quantifier, not the verb "wrote".
    if bare == "كتب"
        && prev.is_some_and(|p| {
            matches!(
                scan.key(p),
                "بين"
                    | "كل"
                    | "بعض"
                    | "اهم"
                    | "احد"
                    | "احدي"
                    | "عده"
                    | "ضمن"
                    | "عشرات"
                    | "مئات"
                    | "الاف"
                    | "اشهر"
                    | "ابرز"
            )
        })
    {
        return true;
    }
    // "لديه رأي مخالف", "له رأي آخر": the noun رأي, not the verb رأى.
    if bare == "راي"
        && (prev.is_some_and(|p| {
            matches!(
                scan.key(p),
                "لديه"
                    | "لديها"
                    | "لديهم"
                    | "لدي"
                    | "لدينا"
                    | "له"
                    | "لها"
                    | "لهم"
                    | "لنا"
                    | "في"
                    | "عن"
                    | "ذو"
                    | "ذات"
                    | "صاحب"
                    | "ابداء"
                    | "بابداء"
            )
        }) || matches!(
            scan.key(i + 1),
            "مخالف" | "اخر" | "مختلف" | "مغاير" | "اخري" | "اخرين" | "واضح" | "اخير"
        ))
    {
        return true;
    }
    // "لا أستطيع وصف الموقف", "يصعب قول ذلك": a masdar after a verb of ability.
    if cue.form == CueForm::Verb
        && !cue.present
        && prev.is_some_and(|p| {
            matches!(
                scan.key(p),
                "استطيع"
                    | "يستطيع"
                    | "تستطيع"
                    | "نستطيع"
                    | "يمكن"
                    | "يمكنني"
                    | "يمكننا"
                    | "يصعب"
                    | "الصعب"
                    | "يسعني"
                    | "اريد"
                    | "نريد"
            )
        })
        && !scan.is_complementizer(i + 1)
    {
        return true;
    }
    if matches!(key, "وصف" | "وصفت")
        && scan.key(i + 1).starts_with("بان")
        && prev.is_some_and(|p| {
            let k = scan.key(p);
            k.chars().count() >= 3
                && !k.starts_with("ال")
                && !lexicon::is_pronoun(k)
                && !scan.is_complementizer(p)
                && relative_feminine(k).is_none()
                && lex.lookup(k).is_none()
                && !matches!(
                    k,
                    "التي" | "الذي" | "قد" | "لقد" | "ثم" | "كما" | "حين" | "عندما"
                )
        })
    {
        return true;
    }
    false
}

/// "وذلك في رد على …", "من قول …": a verb form right after a preposition is a noun.
fn after_preposition(scan: &Scan, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        scan.is_word(p)
            && matches!(
                scan.key(p),
                "في" | "من"
                    | "علي"
                    | "الي"
                    | "عن"
                    | "بعد"
                    | "قبل"
                    | "خلال"
                    | "منذ"
                    | "حول"
                    | "وفي"
            )
            && !scan.is_name_ali(p)
    })
}

/// "وتابع أن رد الوسام يهدف", "وأكد أن نصف اللوحات": after the factive أنّ/إنّ of a
/// reporting verb (or any إنّ) comes the subject noun, so a past cue form right there is
/// a noun (رد "response", نقل "transfer"). Not after a temporal "بعد أن" (a verb follows
/// أنْ there: "بعد أن قال").
fn after_factive(scan: &Scan, text: &str, i: usize, cue: lexicon::Cue) -> bool {
    if cue.form != CueForm::Verb || cue.present {
        return false;
    }
    let Some(c) = i.checked_sub(1) else {
        return false;
    };
    if !scan.is_word(c) || !matches!(scan.key(c), "ان" | "بان" | "وان") {
        return false;
    }
    // "وإن رأى نصف المشاركين أن …، فإن …": a sentence-initial "وإن" before a past verb
    // is the concessive "even if"; the verb is one.
    if scan.key(c) == "وان" && scan.sentence(c).0 == c {
        return false;
    }
    let raw = scan.raw(text, c);
    let inna = raw.starts_with('إ');
    let after_cue_verb = c.checked_sub(1).is_some_and(|v| {
        scan.is_word(v)
            && !temporal_before(scan, c)
            && lexicon()
                .lookup(scan.key(v))
                .is_some_and(|k| k.form == CueForm::Verb)
    });
    inna || after_cue_verb
}

/// "اقرأ أيضا: …": a web "read also" link (the imperative of قرأ, spelled like the dual
/// of أقر) is no cue.
fn read_also(scan: &Scan, i: usize) -> bool {
    scan.key(i) == "اقرا"
        && (matches!(scan.key(i + 1), "ايضا" | "المزيد") || scan.punct(i + 1) == Some(':'))
}

/// "، ويرون أن", "، ويقولون إن": a plural present cue with its own و right after a
/// comma, outside quotations — a verb coordinated with the clause before it.
fn coordinated_plural(scan: &Scan, i: usize) -> bool {
    let k = scan.key(i);
    k.starts_with('و')
        && k.ends_with("ون")
        && k.chars().count() >= 5
        && lexicon()
            .lookup(k)
            .is_some_and(|c| c.form == CueForm::Verb && c.present)
        && i.checked_sub(1)
            .is_some_and(|p| matches!(scan.punct(p), Some('،' | ',')))
        && !scan.in_quote.get(i).copied().unwrap_or(false)
}

/// "للمزيد: الوزارة تعلن …", "اقرأ أيضا: X يصف …": the headline of a linked article,
/// on a line that opens with a link label, reports nothing in this article. (Only the
/// first words of the line: a headline run together with the next paragraph ends soon.)
fn link_headline(scan: &Scan, i: usize) -> bool {
    let mut j = i;
    let mut words = 0;
    while let Some(p) = j.checked_sub(1) {
        if scan.toks.get(p).is_some_and(|t| t.kind == Kind::Newline) {
            break;
        }
        j = p;
        if scan.is_word(p) {
            words += 1;
            if words > 12 {
                return false;
            }
        }
    }
    let first = (j..i).find(|k| scan.is_word(*k));
    first.is_some_and(|f| {
        scan.key(f) == "للمزيد"
            || (matches!(scan.key(f), "اقرا" | "شاهد" | "طالع")
                && matches!(scan.key(f + 1), "ايضا" | "المزيد"))
    })
}

/// "طالبا عدم كشف هويته", "مطالبين بعدم ذكر أسمائهم": a participle asking for the name to
/// be withheld qualifies the source; it opens no content.
fn withholding(scan: &Scan, i: usize) -> bool {
    matches!(scan.key(i + 1), "عدم" | "بعدم")
}

/// Is the cue at `i` a first person plural speech verb ("نتوقع", "أبلغنا", "نؤكد")?
/// Inside a quotation it is the quoted institution speaking of itself (or, as "أُبلغنا",
/// being told), not a new report; the singular "أذكّر الناس بأن" and belief verbs
/// ("أعتقد أن") stay nested attributions.
fn first_plural(scan: &Scan, text: &str, i: usize, cue: lexicon::Cue) -> bool {
    let k = scan.key(i);
    let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    !cue.belief
        && first_person(scan, text, i)
        && if cue.present {
            k.starts_with('ن')
        } else {
            k.ends_with("نا")
        }
}

/// "قد يقول البعض: …", "ربما يقول قائل": a hypothetical speaker inside a quotation.
fn hypothetical(scan: &Scan, i: usize) -> bool {
    let before = i.checked_sub(1).map_or("", |p| scan.key(p));
    let after = scan.key(i + 1);
    matches!(before, "قد" | "ربما" | "لعل" | "وقد" | "وربما")
        && matches!(after, "البعض" | "بعضهم" | "قائل" | "احدهم")
}

/// "مستعد لفعل أي شيء إذا رأى أنه سيفيده", "لو قال إن …": a cue in the protasis of a
/// conditional reports nothing that was said or believed.
fn conditional(scan: &Scan, i: usize) -> bool {
    let is_if = |k: &str| {
        matches!(
            k,
            "اذا" | "واذا" | "فاذا" | "لو" | "ولو" | "فلو" | "لولا" | "كلما" | "وكلما"
        )
    };
    i.checked_sub(1).is_some_and(|p| {
        scan.is_word(p)
            && (is_if(scan.key(p))
                // "إذا ما رأى"
                || (scan.key(p) == "ما" && p.checked_sub(1).is_some_and(|q| is_if(scan.key(q))))
                // "في حال لاحظوا أن", "وفي حالة رأى أن": "in case"
                || (matches!(scan.key(p), "حال" | "حاله")
                    && p.checked_sub(1)
                        .is_some_and(|q| matches!(scan.key(q), "في" | "وفي"))))
    })
}

/// "عندما يتحدث الناس عن أن …، فإن …": a present verb right after "عندما/حين" is a
/// habitual or generic case, not a report of something said ("عندما قال" is one).
fn habitual_when(scan: &Scan, i: usize) -> bool {
    // (not "في حين يقول X إن" = whereas; not a quotation "عندما يقول الشاعر: "…"")
    let quoted = (i + 1..i + 8).any(|j| {
        scan.punct(j)
            .is_some_and(|c| c == ':' || c == '"' || is_open_quote(c))
    });
    !quoted
        && i.checked_sub(1).is_some_and(|p| {
            scan.is_word(p)
                && matches!(
                    scan.key(p).trim_start_matches(['و', 'ف']),
                    "عندما" | "حينما"
                )
        })
}

/// "إن "ما كتب كان مدفوعا"", "ما نشر عنه": "ما" + a past verb with no complementizer,
/// colon or quotation after it is a relative "what was written", not a report (the
/// negation "ما قال إن" and the frames "بحسب ما ذكر", "وفق ما قال" are left alone).
fn relative_what(scan: &Scan, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    if !scan.is_word(p) || scan.key(p) != "ما" {
        return false;
    }
    let framed = p.checked_sub(1).is_some_and(|q| {
        scan.is_word(q)
            && matches!(
                scan.key(q),
                "بحسب" | "حسب" | "وفق" | "وفقا" | "طبقا" | "علي" | "مثل" | "ك"
            )
    });
    // ("ما قال نواب عرب إنه …", "ما علق عليه الوزير بقوله: …": the clause comes
    // after the subject.)
    let (_, sent_end) = scan.sentence(i);
    let content_follows = (i + 1..sent_end.min(i + 10)).any(|j| {
        scan.is_complementizer(j)
            || scan
                .punct(j)
                .is_some_and(|c| c == ':' || c == '"' || is_open_quote(c))
    });
    !framed && !content_follows
}

/// "أطلقت الشركة خدمة جديدة، والتي تشير إلى أن المستخدم متصل": "تشير/يشير" in a
/// relative clause on a thing (no name, no person noun before the comma) means
/// "indicates"; nobody speaks.
fn thing_indicates(scan: &Scan, ents: &Ents<'_>, i: usize) -> bool {
    let k = scan.key(i);
    // (with nothing but "إلى أن" after it: "والتي تشير تقارير إلى أن" has a subject)
    if !matches!(k, "تشير" | "يشير")
        || !matches!(scan.key(i + 1), "الي" | "بدورها" | "بدوره" | "ان" | "بان")
    {
        return false;
    }
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    if relative_feminine(scan.key(p)).is_none() {
        return false;
    }
    let Some(q) = p.checked_sub(1) else {
        return false;
    };
    let q = if matches!(scan.punct(q), Some('،' | ',')) {
        match q.checked_sub(1) {
            Some(r) => r,
            None => return false,
        }
    } else {
        q
    };
    if !scan.is_word(q) || ents.named_at(scan, q) {
        return false;
    }
    // (the head of the noun phrase before the relative: "خدمة جديدة" → خدمة)
    let head = (q.saturating_sub(1)..=q)
        .filter(|j| scan.is_word(*j))
        .map(|j| scan.key(j))
        .any(|w| {
            let w = w.strip_prefix('و').unwrap_or(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            lexicon::description_head(w).is_some()
                || lexicon::is_anonymous_head(w)
                || lexicon::is_anonymous_plural(w)
                || is_document_noun(w)
        });
    let named = (q.saturating_sub(1)..=q).any(|j| ents.named_at(scan, j));
    !head && !named
}

/// "رأى سامي أبو طالب أن": a word right after "أبو/ابن/بن/عبد" is part of a name
/// ("طالب" is the name, not "demanded").
fn name_part(scan: &Scan, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        scan.is_word(p)
            && matches!(
                scan.key(p),
                "ابو" | "ابي" | "ابا" | "ابن" | "بن" | "بنت" | "عبد"
            )
    })
}

/// "لم أذكر أنه …", "ولا يعتقد أن": a negated cue attributes nothing.
fn negated(scan: &Scan, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        matches!(
            scan.key(p),
            "لم" | "لن" | "لا" | "ولم" | "ولن" | "ولا" | "فلم" | "فلن" | "فلا"
        )
    })
}

fn tok_span(scan: &Scan, a: usize, b: usize) -> Option<Span> {
    let s = scan.toks.get(a)?;
    let e = scan.toks.get(b)?;
    (e.end > s.start).then(|| Span::new(s.start, e.end))
}

/// Finds the opener of the content after token `from` (exclusive), within `limit`
/// tokens and the sentence: (opener, first token of the content, opener token).
fn find_opener(scan: &Scan, from: usize, limit: usize) -> Option<(Opener, usize, usize)> {
    let (_, sent_end) = scan.sentence(from);
    let lex = lexicon();
    let end = sent_end.min(from + 1 + limit);
    let mut j = from;
    while j + 1 < end {
        j += 1;
        let t = scan.toks.get(j)?;
        // A short quotation inside the subject or an adjunct ("صحيفة "ماركا" الإسبانية
        // أن", "في حديث مع "العربية" إلى أن") is a name, not the content.
        if let Kind::Punct(c) = t.kind {
            if is_open_quote(c) || c == '"' {
                if let Some(p) = scan.closing(j) {
                    let inside = (j + 1..p).filter(|k| scan.is_word(*k)).count();
                    // "من أسمتهم بـ"قوى العدوان"، بأنهم": glued to a preposition.
                    let glued = j
                        .checked_sub(1)
                        .and_then(|b| scan.toks.get(b))
                        .is_some_and(|b| b.end == t.start && b.kind != Kind::Newline);
                    // "لصحيفة "ديلي ميل"، أن": a name in an adjunct, then the content.
                    let after_word = j > from + 1 && scan.is_word(j - 1);
                    let then_content = {
                        let mut q = p + 1;
                        while matches!(scan.punct(q), Some('،' | ',')) {
                            q += 1;
                        }
                        // (or a quotation: "عبر موقع "تويتر"، "…"")
                        scan.is_complementizer(q)
                            || scan.punct(q) == Some(':')
                            || (q > p + 1
                                && scan.punct(q).is_some_and(|c| is_open_quote(c) || c == '"')
                                && scan
                                    .partner
                                    .get(q)
                                    .copied()
                                    .flatten()
                                    .is_some_and(|e| e > q))
                    };
                    // "كشفت شركة "هواوي"، عن هاتفها", "كشف المتحدث باسم قوات "تحالف …" عن
                    // سبب …": the cue's complement عن follows a quoted name.
                    let then_an = {
                        let mut q = p + 1;
                        while matches!(scan.punct(q), Some('،' | ',')) {
                            q += 1;
                        }
                        scan.key(q) == "عن"
                    };
                    // "تقرير صادر عن "مؤسسة الدفاع عن الديمقراطيات" بأن": the issuer.
                    let issuer =
                        inside <= 6 && j.checked_sub(1).is_some_and(|b| issued_by(scan, b));
                    // "الناطق باسم قوات الحرس "حرس الحدود"، لوكالة رويترز، إن": a quoted
                    // name a few words after "باسم/تدعى" names whom the speaker speaks
                    // for (session 20).
                    let named_for = inside <= 6
                        && after_word
                        && (p + 1..end).any(|q| scan.is_complementizer(q))
                        && (j.saturating_sub(4).max(from + 1)..j).any(|k| {
                            matches!(
                                scan.key(k),
                                "باسم" | "بلسان" | "تدعي" | "يدعي" | "المسمي" | "المسماه"
                            )
                        });
                    let name_like = named_for
                        || (inside <= 3
                            && (scan.is_word(p + 1) || glued || (after_word && then_content)))
                        || (inside <= 6 && after_word && then_an)
                        || issuer
                        || (after_word && !glued && named_by_noun(scan, j));
                    if name_like && p + 1 < end {
                        j = p;
                        continue;
                    }
                }
            }
        }
        match t.kind {
            Kind::Newline => return None,
            Kind::Punct(':') => {
                // "قال: «…»" — the quote is the content; else the rest of the sentence.
                if scan
                    .punct(j + 1)
                    .is_some_and(|c| is_open_quote(c) || c == '"')
                {
                    return Some((Opener::Quote, j + 1, j + 1));
                }
                return Some((Opener::Colon, j + 1, j));
            }
            // "وذلك "في حالة …"", "أي "…"": a quoted phrase qualifying the clause, not
            // the cue's content.
            Kind::Punct(c)
                if (is_open_quote(c) || c == '"')
                    && j > from + 1
                    && (matches!(scan.key(j - 1), "وذلك" | "ذلك" | "اي" | "وهو" | "وهي")
                        || naming_word(scan.key(j - 1))) =>
            {
                return None
            }
            // A curly mark glued to the word before and not to the next one closes a
            // quotation ("’داعش‘)" with the marks reversed): not an opener.
            Kind::Punct(c) if is_open_quote(c) && closes_word(scan, j) => {}
            Kind::Punct(c)
                if is_open_quote(c)
                    || (c == '"'
                        && scan
                            .partner
                            .get(j)
                            .copied()
                            .flatten()
                            .is_some_and(|p| p > j)) =>
            {
                return Some((Opener::Quote, j, j));
            }
            // A closing quotation mark glued to the word before ("… كان متوقعا".)
            // ends a quote the cue is in.
            Kind::Punct('"')
                if scan
                    .partner
                    .get(j)
                    .copied()
                    .flatten()
                    .is_some_and(|p| p < j)
                    && j.checked_sub(1)
                        .and_then(|b| scan.toks.get(b))
                        .is_some_and(|b| b.kind == Kind::Word && b.end == t.start) =>
            {
                return None
            }
            Kind::Punct('"') => return Some((Opener::Quote, j, j)),
            Kind::Punct('.') if scan.dot_in_word(j) => {}
            Kind::Punct('.' | '!' | '?' | '؟' | '؛') => return None,
            Kind::Punct(_) => {}
            Kind::Word => {
                let k = scan.key(j);
                // "واعتبرت المنظمة، التي تقول إنها مستقلة، أن": a relative clause set off
                // by commas (with a cue of its own) is skipped to its closing comma.
                if j > from + 1 && relative_after_comma(scan, j + 1) {
                    if let Some(c) = (j + 2..end.min(j + 30)).find(|c| {
                        matches!(scan.punct(*c), Some('،' | ','))
                            || matches!(scan.punct(*c), Some('.' | '!' | '?' | '؟' | '؛'))
                    }) {
                        if matches!(scan.punct(c), Some('،' | ',')) && scan.is_complementizer(c + 1)
                        {
                            j = c;
                            continue;
                        }
                    }
                }
                // "بعد أن / قبل أن / منذ أن": a temporal clause, not reported content.
                if scan.is_complementizer(j)
                    && k == "ان"
                    && j > from + 1
                    && temporal_before(scan, j)
                    && !previously_before(scan, j)
                {
                    continue;
                }
                // "ولكنها يمكن أن تستهلك …", "بدلا من أن يصدر …": the أن of a modal or of
                // "instead of" is a verb's complement, not the content of a cue before it.
                if scan.is_complementizer(j)
                    && k == "ان"
                    && j > from + 1
                    && (modal_before(scan, j)
                        || (scan.key(j - 1) == "من"
                            && matches!(scan.key(j.saturating_sub(2)), "بدلا" | "عوضا")))
                {
                    return None;
                }
                // "وأشار إلى كون …": كون after إلى/على opens the content like أن.
                if k == "كون" && j > from + 1 && lexicon::is_content_preposition(scan.key(j - 1))
                {
                    return Some((Opener::Complementizer, j - 1, j));
                }
                // "وتتهم الحكومة المعارض بالتمويل، غير أنه ينفي": "however" opens a
                // clause of its own, never the cue's content.
                if scan.is_complementizer(j)
                    && j > from + 2
                    && matches!(scan.key(j - 1), "الا" | "غير" | "بيد" | "والا")
                    && matches!(scan.punct(j - 2), Some('،' | ','))
                {
                    return None;
                }
                // "تابع تسديدة زميله … إلا أنه سددها": without a comma too, "إلا أن / بيد
                // أن" is "however", never the content of a verb with an object before it.
                if scan.is_complementizer(j)
                    && j > from + 2
                    && matches!(scan.key(j - 1), "الا" | "بيد" | "والا")
                    && scan.is_word(j - 2)
                {
                    return None;
                }
                // "يعتبر التنس الرياضة الأولى، كما أن المشجعين …": "كما أن" ("moreover")
                // opens a clause of the writer's, never a cue's content.
                if scan.is_complementizer(j)
                    && k == "ان"
                    && j > from + 1
                    && matches!(scan.key(j - 1), "كما" | "وكما")
                {
                    return None;
                }
                if scan.is_complementizer(j) {
                    let start = if j > from + 1
                        && lexicon::is_content_preposition(scan.key(j - 1))
                        && !scan.is_name_ali(j - 1)
                    {
                        j - 1
                    } else {
                        j
                    };
                    return Some((Opener::Complementizer, start, j));
                }
                // ("وذكرت الوكالة، نقلا عن مسؤول، أن": نقلا is a prepositional cue that
                // leaves the content to the verb.)
                // ("وقالت الحكومة في رد مكتوب للمحكمة إن": رد after في is a noun;
                // "طالبا عدم كشف هويته" qualifies the source.)
                // ("وقال المدرب بحسب ما نقل الموقع "…"": a relay frame inside the
                // clause passes the quotation on; it opens no content of its own.)
                let relay_frame = j > from + 2
                    && (scan.key(j - 1) == "حسبما"
                        || (scan.key(j - 1) == "ما"
                            && matches!(
                                scan.key(j - 2),
                                "بحسب" | "حسب" | "وفق" | "وفقا" | "طبقا" | "لما"
                            )));
                // ("وقال الكاتب بيتر فراي إن": ف + a cue form glued after a name word
                // is the name's last part)
                let glued_fa = k.starts_with('ف')
                    && scan.is_word(j - 1)
                    && !scan.key(j - 1).starts_with("ال")
                    && scan.key(j - 1).chars().count() >= 3
                    && lexicon().lookup(scan.key(j - 1)).is_none()
                    && !lexicon::is_adverb(scan.key(j - 1))
                    && !lexicon::is_time_word(scan.key(j - 1));
                // ("مسؤولان، تحدثا شريطة عدم الكشف عن هويتهما، إن": the formula)
                let formula = lexicon()
                    .lookup(k)
                    .is_some_and(|c| anonymity_formula(scan, j, c));
                let not_a_cue = glued_fa
                    || formula
                    || lexicon()
                        .lookup(k)
                        .is_some_and(|c| headquarters(scan, j, c))
                    || after_negating_noun(scan, j)
                    || withholding(scan, j)
                    || plural_present_after_name(scan, j)
                    || is_named(scan, j)
                    || name_part(scan, j)
                    || relay_frame
                    || after_preposition(scan, j)
                    || (k == "نقلا" && scan.key(j + 1) == "عن");
                if j > from + 1 && (lex.lookup(k).is_some() || colon_verb(k)) && !not_a_cue {
                    // "وقال الوزير، كما نقلت عنه الصحيفة، إن", "وقالت - كما قالت أمس -
                    // إن": an "as X said" aside set off by commas or dashes is skipped to
                    // its closing mark when the content opens right after it.
                    if let Some(c) = as_said_aside(scan, j, end) {
                        j = c;
                        continue;
                    }
                    // "وقال المتظاهرون، الذين طالبوا بإقالة الحكومة، أمس إنهم": the verb
                    // of a relative clause set off by commas is skipped to the closing
                    // comma (session 22).
                    if let Some(c) = fenced_relative_close(scan, j - 2, end)
                        .filter(|_| relative_after_comma(scan, j))
                    {
                        j = c;
                        continue;
                    }
                    // Another cue first: this one has no content of its own.
                    return None;
                }
            }
        }
    }
    None
}

/// Between a speech verb's subject (ending at byte `span_end`) and its opener: an
/// occasion adjunct ("في مؤتمر صحفي …", "خلال زيارته …", "بعد لقائه …") with no verb
/// particle, relative, complementizer or cue of its own, before «إن» or a quotation of
/// four words or more.
fn occasion_stretch(
    scan: &Scan,
    ents: &Ents<'_>,
    i: usize,
    span_end: usize,
    opener: Opener,
    opener_tok: usize,
) -> bool {
    let speech = lexicon()
        .lookup(scan.key(i))
        .and_then(|c| lexicon().lemmas.get(c.lemma))
        .is_some_and(|l| matches!(l.as_str(), "قال" | "أضاف" | "تابع"));
    let opens = match opener {
        // («إن», and «إنه/إنها/إنهم …» with a pronoun)
        Opener::Complementizer => {
            scan.key(opener_tok).starts_with("ان")
                && scan.is_complementizer(opener_tok)
                && scan.raw(ents.text, opener_tok).starts_with('إ')
        }
        Opener::Quote => {
            let qw = quoted_words(scan, opener_tok);
            qw != usize::MAX && qw >= 4
        }
        Opener::Colon => false,
    };
    let a = scan.toks.partition_point(|t| t.start < span_end);
    // "ونقلت الوكالة عن المحكمة العليا في مدينة … بشمال … في بيان إنه": the «عن Y»
    // of «نقل» is its frame, and the places and the medium after Y are adjuncts
    // (session 21).
    let naql_frame = is_naql(scan.key(i)) && scan.key(a) == "عن";
    if !(speech || naql_frame) || !opens || a >= opener_tok {
        return false;
    }
    let k = scan.key(a);
    let k = k.strip_prefix('و').filter(|r| r.len() > 2).unwrap_or(k);
    let k = if naql_frame { "في" } else { k };
    let occasion = matches!(
        k,
        "في" | "خلال"
            | "لدي"
            | "امام"
            | "عقب"
            | "اثناء"
            | "بعد"
            | "علي"
            | "عبر"
            | "مع"
    )
        // "قال لشبكة … في …، إن", "قال للصحفيين بعد …، إن": the addressee first
        // (session 21).
        || (k.starts_with('ل')
            && k.chars().count() > 3
            && !matches!(k, "لكن" | "لكنه" | "لكنها" | "لذلك" | "لهذا" | "لدي"));
    occasion
        && (a..opener_tok).all(|j| {
            let k = scan.key(j);
            // ("لشبكة سي إن إن": «إن» as the last word of a name)
            (!scan.is_complementizer(j) || in_name_end(scan, ents, j))
                && !matches!(
                    k,
                    "الذي"
                        | "التي"
                        | "الذين"
                        | "اللذين"
                        | "اللتين"
                        | "قد"
                        | "لقد"
                        | "لم"
                        | "لن"
                        | "ما"
                        | "كان"
                        | "كانت"
                        | "حيث"
                        | "عندما"
                        | "حين"
                        | "لكن"
                        | "ولكن"
                )
                && !matches!(scan.punct(j), Some(':' | '؛' | '(' | ')'))
                && lexicon().lookup(k).is_none()
        })
}

/// Is token `j` a word inside a PER/ORG entity, after its first word ("مون جاي إن")?
fn in_name_end(scan: &Scan, ents: &Ents<'_>, j: usize) -> bool {
    let Some(t) = scan.toks.get(j) else {
        return false;
    };
    let span = Span::new(t.start, t.end);
    ents.named_in(span)
        .any(|(s, _)| s.start < t.start && t.end <= s.end)
}

/// "ويصر الاتحاد على أن يدفع النادي الغرامة": أصر + a bare «أن» + a present verb
/// (subjunctive) insists on an act, a demand rather than a report ("يصر على أن النادي
/// مخطئ", "أصر على أنه بريء" report a claim and stay).
fn insists_on_act(
    scan: &Scan,
    ents: &Ents<'_>,
    i: usize,
    opener: Opener,
    opener_tok: usize,
) -> bool {
    let insist = lexicon()
        .lookup(scan.key(i))
        .and_then(|c| lexicon().lemmas.get(c.lemma))
        .is_some_and(|l| l == "أصر");
    if !insist || opener != Opener::Complementizer || scan.key(opener_tok) != "ان" {
        return false;
    }
    let v = opener_tok + 1;
    let k = scan.key(v);
    let tagged = scan.toks.get(v).is_some_and(|t| {
        ents.near(Span::new(t.start, t.end))
            .iter()
            .any(|(e, _)| e.start < t.end && t.start < e.end)
    });
    scan.is_word(v)
        && k.starts_with(['ي', 'ت', 'ن'])
        && k.chars().count() >= 3
        && !tagged
        && lexicon().lookup(k).is_none_or(|c| c.present)
}

/// Is the cue at `j` the verb of an "as X said" aside ("، كما نقلت عنه الصحيفة،",
/// "- كما قالت أمس -", "(مثلما ذكر التقرير)") between a cue and its content? Gives the
/// aside's closing mark when a complementizer or a quotation opens right after it.
fn as_said_aside(scan: &Scan, j: usize, end: usize) -> Option<usize> {
    let p = j.checked_sub(1)?;
    if !matches!(scan.key(p), "كما" | "مثلما" | "حسبما") {
        return None;
    }
    // "وقال X كما نقلت عنه الوكالات الروسية "…"": without marks, an aside "as Y
    // reported from him" runs over a short agent to the quotation or «إن» (s22a A2).
    if p.checked_sub(1).is_some_and(|q| scan.is_word(q))
        && matches!(scan.key(j + 1), "عنه" | "عنها" | "عنهم")
    {
        let n = (j + 2..end.min(j + 8)).find(|&n| !scan.is_word(n) || scan.is_complementizer(n))?;
        let opens = scan.is_complementizer(n)
            || scan.punct(n).is_some_and(|q| is_open_quote(q) || q == '"');
        return (opens && n > j + 2).then_some(n - 1);
    }
    let open = scan.punct(p.checked_sub(1)?)?;
    let closes = |c: char| match open {
        '،' | ',' => matches!(c, '،' | ','),
        '-' | '–' | '—' => matches!(c, '-' | '–' | '—'),
        '(' => c == ')',
        _ => false,
    };
    let c = (j + 1..end.min(j + 12))
        .take_while(|&c| {
            !matches!(scan.punct(c), Some('.' | '!' | '?' | '؟' | '؛' | ':'))
                && scan.toks.get(c).is_some_and(|t| t.kind != Kind::Newline)
        })
        .find(|&c| scan.punct(c).is_some_and(closes))?;
    let mut n = c + 1;
    if matches!(scan.punct(n), Some('،' | ',')) {
        n += 1;
    }
    (scan.is_complementizer(n) || scan.punct(n).is_some_and(|q| is_open_quote(q) || q == '"'))
        .then_some(if n > c + 1 { n - 1 } else { c })
}

/// "أوقفت رجلا مصريا يعتقد أنه قيادي", "أعادت رفات يعتقد أنها لجنود": a belief verb
/// right after an indefinite noun, before أن, opens a relative clause with the passive
/// "is believed" (يُعتقد، يُرجَّح) — no one is speaking. A noun after أن/لكن/فإن is a
/// subject ("لكن كين يعتقد أن"), and so is a name.
fn passive_belief(scan: &Scan, ents: &Ents<'_>, i: usize) -> bool {
    if !matches!(
        scan.key(i),
        "يعتقد" | "يرجح" | "يظن" | "يتوقع" | "يفترض" | "يقدر" | "يشتبه"
    ) || !scan.is_complementizer(i + 1)
    {
        return false;
    }
    let Some(p) = i.checked_sub(1).filter(|p| scan.is_word(*p)) else {
        return false;
    };
    // "شريكا لكريم ناصر، الذي يعتقد أنه أدار الشبكة": a relative pronoun, the verb, and
    // a complementizer whose pronoun is the relative's antecedent ("who is believed to
    // have …"). (Not "الذي يعتقد أن الحكومة …", whose clause has its own subject.)
    if let Some(rel) = relative_feminine(scan.key(p)) {
        let comp = scan.key(i + 1);
        let pronoun_fem = if comp.ends_with("ها") {
            Some(true)
        } else if comp.ends_with("هم") || comp.ends_with('ه') {
            Some(false)
        } else {
            None
        };
        if pronoun_fem == Some(rel) {
            return true;
        }
    }
    // "في انفجار يرجح أنه ناجم عن …", "في غارة جوية يرجح أنها روسية": one to three
    // indefinite words after a preposition, then the verb: a relative on the genitive
    // noun ("which is believed to be").
    let indefinite = |w: usize| {
        let k = scan.key(w);
        scan.is_word(w)
            && k.chars().count() >= 3
            && !k.starts_with("ال")
            && !lexicon::is_pronoun(k)
            && !scan.is_complementizer(w)
            && !ents.named_at(scan, w)
            && lexicon().lookup(k).is_none()
    };
    let after_prep_np = (1..=3usize).any(|n| {
        i.checked_sub(n + 1).is_some_and(|q| {
            matches!(
                scan.key(q),
                "في" | "من" | "علي" | "اثر" | "جراء" | "اثناء" | "خلال"
            ) && !scan.is_name_ali(q)
                && (q + 1..i).all(indefinite)
        })
    });
    if after_prep_np {
        return true;
    }
    let k = scan.key(p);
    let bare = k.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(k);
    // (an accusative indefinite: "رجلا مصريا", "أشخاصا"; a name is rarely one)
    if !k.ends_with('ا')
        || k.starts_with("ال")
        || bare.starts_with("ال")
        || k.starts_with("لل")
        || k.chars().count() < 3
        || lexicon::is_pronoun(k)
        || lexicon::is_adverb(k)
        || lexicon::is_time_word(k)
        || scan.is_complementizer(p)
        || is_number(scan, p)
        || matches!(
            k,
            "هناك"
                | "هنا"
                | "ذلك"
                | "هذا"
                | "هذه"
                | "تلك"
                | "احد"
                | "يعد"
                | "يزال"
                | "تزال"
                | "مازال"
                | "بات"
                | "ظل"
                | "كان"
                | "يكون"
                | "عاد"
                | "جميعا"
                | "ايضا"
                | "نفسه"
        )
    {
        return false;
    }
    // (any entity: "جاكسون إيرفين لاعب أستراليا يعتقد أن")
    let named = scan.toks.get(p).is_some_and(|t| {
        let span = Span::new(t.start, t.end);
        ents.near(span)
            .iter()
            .any(|(e, _)| e.start < span.end && span.start < e.end)
            || ents.named_at(scan, p)
    });
    // ("فإن داوود يتوقع أن", "لكن كين يعتقد أن": the noun is a topic subject)
    // (p > 0: i - 1 is p and the cue is not the first token)
    let topic = p.checked_sub(1).is_some_and(|q| {
        !scan.is_word(q)
            || scan.is_complementizer(q)
            || matches!(
                scan.key(q),
                "لكن" | "ولكن" | "فان" | "بينما" | "فيما" | "كان" | "وكان"
            )
    });
    let first = p == 0;
    !named && !topic && !first
}

/// Words of tokens `a..b` that start at or after byte `from_byte`, a quoted name after
/// its noun (see [`named_by_noun`]) counting as one.
fn words_skipping_names(scan: &Scan, a: usize, b: usize, from_byte: usize) -> usize {
    let mut n = 0;
    let mut j = a;
    while j < b {
        let after = scan.toks.get(j).is_some_and(|t| t.start >= from_byte);
        if named_by_noun(scan, j) {
            if let Some(p) = scan.closing(j) {
                n += usize::from(after);
                j = p + 1;
                continue;
            }
        }
        n += usize::from(after && scan.is_word(j));
        j += 1;
    }
    n
}

/// The quotation opening at token `open` is a name given to the indefinite noun before
/// it ("وقالت منظمة "إس أو إس راسيزم" غير الحكومية إن", "لشبكة "سي أن بي سي""): one to
/// six words with no sentence punctuation.
fn named_by_noun(scan: &Scan, open: usize) -> bool {
    let Some(p) = scan.closing(open) else {
        return false;
    };
    open.checked_sub(1)
        .is_some_and(|b| scan.is_word(b) && lexicon::takes_quoted_name(scan.key(b)))
        && (1..=6).contains(&quoted_words(scan, open))
        && (open + 1..p).all(|k| match scan.punct(k) {
            Some('.') => scan.dot_in_word(k),
            Some(c) => !matches!(c, '!' | '?' | '؟' | '؛' | ':' | '،' | ','),
            // (no clause inside: "قناة "الإخبارية الرسمية بأن "…" pairs the wrong marks)
            None => {
                scan.toks.get(k).is_some_and(|t| t.kind == Kind::Word) && !scan.is_complementizer(k)
            }
        })
}

/// A verb or noun of naming before a quotation ("عما أسمتها "…"", "ما يسمى "…"",
/// "تحت اسم "…""): the quotation is a name.
fn naming_word(k: &str) -> bool {
    let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    matches!(
        k,
        "اسم" | "باسم" | "يسمي" | "تسمي" | "سمي" | "المسمي" | "المسماه"
    ) || [
        "اسما",
        "اسمت",
        "اسمو",
        "سماه",
        "سمته",
        "سموه",
        "يسمي",
        "تسمي",
        "يسمون",
    ]
    .iter()
    .any(|p| k.starts_with(p) && k.chars().count() <= 7)
}

/// Is the word right before token `j` (without a leading و/ف) one of `words`?
fn word_before_in(scan: &Scan, j: usize, words: &[&str]) -> bool {
    j.checked_sub(1).is_some_and(|p| {
        scan.is_word(p)
            && words.contains(&scan.key(p).strip_prefix(['و', 'ف']).unwrap_or(scan.key(p)))
    })
}

/// Is the complementizer at token `j` the أن of a temporal or concessive clause ("بعد
/// أن", "قبل أن", "منذ أن", "من دون أن")?
fn temporal_before(scan: &Scan, j: usize) -> bool {
    const WORDS: &[&str] = &[
        "بعد",
        "قبل",
        "منذ",
        "حتي",
        "دون",
        "رغم",
        "لمجرد",
        "بمجرد",
        "عقب",
        "اثر",
    ];
    word_before_in(scan, j, WORDS)
}

/// "وقال من قبل إن حلمه …": «من قبل» is the adverb "previously", and the «إن» after
/// it is the cue's complementizer, not the «أن» of "before" — which always takes an
/// imperfect verb ("من قبل أن يصل"), never a noun.
fn previously_before(scan: &Scan, j: usize) -> bool {
    j >= 2
        && scan.key(j - 1) == "قبل"
        && scan.key(j - 2) == "من"
        && scan.is_word(j + 1)
        && !scan.key(j + 1).starts_with(['ي', 'ت', 'ن', 'ا'])
}

/// Does a modal ("يمكن", "يجب", "ينبغي", "يستطيع" …) stand right before the
/// complementizer at `j`?
fn modal_before(scan: &Scan, j: usize) -> bool {
    const WORDS: &[&str] = &[
        "يمكن",
        "يمكنه",
        "يمكنها",
        "يمكنهم",
        "يجب",
        "ينبغي",
        "يتعين",
        "يستطيع",
        "تستطيع",
        "يحق",
        "لابد",
        "بد",
        // "ونود أن نعتذر", "وعلينا أن نفهمهم": a wish or a duty takes the أن
        // (session 20)
        "نود",
        "اود",
        "يود",
        "تود",
        "نريد",
        "اريد",
        "يريد",
        "تريد",
        "يريدون",
    ];
    // "وعلينا أن", "، عليه أن": a duty opens its clause (not "القائمين عليها أن",
    // where عليها closes a noun phrase)
    let duty = j.checked_sub(1).is_some_and(|p| {
        let k = scan.key(p);
        matches!(
            k.strip_prefix(['و', 'ف']).unwrap_or(k),
            "علينا" | "عليه" | "عليها" | "عليهم" | "عليك" | "عليكم"
        ) && (k.starts_with(['و', 'ف'])
            || p.checked_sub(1).is_none_or(|q| {
                !scan.is_word(q) || matches!(scan.key(q), "لكن" | "ولكن" | "بل" | "ثم")
            }))
    });
    duty || word_before_in(scan, j, WORDS)
}

/// Is the punctuation token `j` glued to the word before it and followed by a space or
/// punctuation (the shape of a closing mark)?
fn closes_word(scan: &Scan, j: usize) -> bool {
    let (Some(t), Some(prev)) = (
        scan.toks.get(j),
        j.checked_sub(1).and_then(|p| scan.toks.get(p)),
    ) else {
        return false;
    };
    let glued_left = prev.kind == Kind::Word && prev.end == t.start;
    let glued_right = scan
        .toks
        .get(j + 1)
        .is_some_and(|n| n.kind == Kind::Word && n.start == t.end);
    glued_left && !glued_right
}

/// Content span for an opener: a balanced quotation's inside, else to the sentence end.
fn content_span(scan: &Scan, opener: Opener, start_tok: usize) -> Option<(Span, bool, bool)> {
    let (_, sent_end) = scan.sentence(start_tok);
    let last = sent_end.checked_sub(1)?;
    match opener {
        Opener::Quote => {
            let q = scan.toks.get(start_tok)?;
            match scan.partner.get(start_tok).copied().flatten() {
                Some(p) if p > start_tok => {
                    let close = scan.toks.get(p)?;
                    let span = Span::new(q.end, close.start);
                    (!span.is_empty()).then_some((trim_span(scan, span), true, false))
                }
                _ => {
                    // Unbalanced: up to the sentence end.
                    let e = content_end(scan, last)?;
                    Some((Span::new(q.end, e), true, false))
                }
            }
        }
        Opener::Colon | Opener::Complementizer => {
            let s = scan.toks.get(start_tok)?;
            let mut last = if opener == Opener::Complementizer {
                new_clause(scan, start_tok, last).unwrap_or(last)
            } else {
                colon_speech_end(scan, start_tok, last)
            };
            // "…، لأن بعض الأطراف أشاروا إلى أنهم …"": the closing mark of a quotation
            // the content is nested in stays out.
            let closes_outer = |t: usize| {
                scan.punct(t)
                    .is_some_and(|c| c == '"' || scan::is_close_quote(c))
                    && scan
                        .partner
                        .get(t)
                        .copied()
                        .flatten()
                        .is_some_and(|p| p < start_tok)
            };
            while last > start_tok
                && (closes_outer(last)
                    || (matches!(scan.punct(last), Some('.' | '،' | ',' | '!' | '?' | '؟'))
                        && closes_outer(last - 1)))
            {
                last -= if closes_outer(last) { 1 } else { 2 };
            }
            let e = content_end(scan, last)?;
            (e > s.start).then_some((
                Span::new(s.start, e),
                opener == Opener::Colon,
                opener == Opener::Complementizer,
            ))
        }
    }
}

/// Unquoted speech after a colon («وقال المدرب: علينا أن نتحسن. نحن نعمل …») goes on
/// over the next sentences of the same paragraph that speak in the first person
/// (session 22; s21a, s22a A5): up to three more sentences, each with a first-person
/// word among its first six words, no cue, colon or quotation mark of its own, and no
/// paragraph break before it. Narration («وكان المدرب قد …», «ويلتقي الفريق …») ends
/// the speech. Returns the last token of the speech.
fn colon_speech_end(scan: &Scan, start_tok: usize, mut last: usize) -> usize {
    let (_, first_end) = scan.sentence(start_tok);
    if first_end != last + 1 || !matches!(scan.punct(last), Some('.')) {
        return last;
    }
    for _ in 0..3 {
        let next = last + 1;
        let (ns, ne) = scan.sentence(next);
        if ns != next || ne <= ns + 1 || scan.toks.get(ns).is_none_or(|t| t.kind == Kind::Newline) {
            break;
        }
        let words: Vec<usize> = (ns..ne).filter(|j| scan.is_word(*j)).collect();
        // «وكان X لاعبا …»: narration about the speaker.
        if words.first().is_some_and(|j| {
            matches!(
                scan.key(*j),
                "كان" | "كانت" | "وكان" | "وكانت" | "فكان" | "فكانت" | "كما" | "وكما"
            )
        }) {
            break;
        }
        let first_person = words
            .iter()
            .take(6)
            .any(|j| first_person_word(scan.key(*j)));
        let plain = (ns..ne).all(|j| {
            !matches!(scan.punct(j), Some(':' | '"' | '«' | '»' | '“' | '”'))
                && (!scan.is_word(j) || lexicon().lookup(scan.key(j)).is_none())
        });
        if !(first_person && plain && matches!(scan.punct(ne - 1), Some('.' | '!' | '؟' | '?'))) {
            break;
        }
        last = ne - 1;
    }
    last
}

/// A first-person word (folded): a pronoun, «لقد», «علينا/لدينا», a verb in «كنا/سنـ…»,
/// or a noun or preposition with the suffix «ـنا» ("our"/"us": «مستوانا» is left out,
/// since «ـانا» also ends accusatives like «أحيانا», «بيانا»).
fn first_person_word(k: &str) -> bool {
    let bare = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    matches!(
        bare,
        "نحن"
            | "انا"
            | "لقد"
            | "اننا"
            | "انني"
            | "علينا"
            | "لدينا"
            | "عندنا"
            | "كنا"
            | "لسنا"
            | "لست"
            | "اعتقد"
            | "اظن"
            | "اريد"
            | "نريد"
            | "نحتاج"
            | "نامل"
            | "اتمني"
            | "اشعر"
            | "اعرف"
            | "نعرف"
            | "نعمل"
            | "سنعمل"
            | "سنواصل"
            | "سنقاتل"
            | "يمكننا"
            | "لكننا"
            | "لكنني"
    ) || (bare.chars().count() >= 5
        && bare.ends_with("نا")
        // («ـينا» ends names too: «مارشينا», «فيينا»)
        && !bare.ends_with("انا")
        && !bare.ends_with("ينا")
        && !bare.starts_with("ال"))
}

/// In indirect content `[from, last]`, the last token before a comma that opens a
/// continuation ("، نافيا وجود …", "، لافتا إلى أن …") or a contrast with a reporter of
/// its own ("، لكن اقتصاديين كثيرين يرون أن …", "، غير أن الوزارة أكدت …"): the reported
/// clause ends there. (A bare "، لكن …" usually goes on reporting the same speaker.)
fn new_clause(scan: &Scan, from: usize, last: usize) -> Option<usize> {
    let lex = lexicon();
    // (bounded: a 5 MB "sentence" must stay linear)
    // A closing quotation mark whose opening one is after the cue.
    let closes_quote = |j: usize| {
        scan.punct(j)
            .is_some_and(|c| c == '"' || scan::is_close_quote(c))
            && scan
                .partner
                .get(j)
                .copied()
                .flatten()
                .is_some_and(|p| p < j && p > from)
    };
    (from + 1..last.min(from + 400)).find_map(|j| {
        // "و"في طليعة مكافحة الإرهاب،" على حد تعبيره": the narrator's tag after a
        // closing quotation mark.
        if closes_quote(j) && scan.key(j + 1) == "علي" && scan.key(j + 2) == "حد" {
            return Some(j);
        }
        // "إن السبب يعود إلى "…" وفق تعبيره", "… على حد قوله": the narrator's tag
        // closes the content, with or without a comma or quotation mark (s22a A5).
        if scan.is_word(j)
            && j > from + 1
            && ((matches!(scan.key(j), "وفق" | "حسب" | "بحسب" | "وفقا")
                && speaker_word(scan.key(j + 1)))
                || (scan.key(j) == "علي"
                    && scan.key(j + 1) == "حد"
                    && speaker_word(scan.key(j + 2))))
            && !scan.in_quote.get(j).copied().unwrap_or(true)
        {
            return Some(j - 1);
        }
        // "وأكد أن "الفريق جاهز" قبل أن ينتقد الحكم": the speaker's next act after the
        // quotation closes.
        if closes_quote(j)
            && matches!(scan.key(j + 1), "قبل" | "بعد")
            && scan.is_complementizer(j + 2)
            && scan.is_word(j + 3)
        {
            return Some(j);
        }
        // "إنهم سمعوا انفجارا كما أظهرت صور الأقمار الصناعية …": "كما" + a past
        // reporting verb opens the narrator's next report even without a comma.
        if scan.is_word(j)
            && scan.key(j) == "كما"
            && !scan.in_quote.get(j).copied().unwrap_or(true)
            && j.checked_sub(1).is_some_and(|p| scan.is_word(p))
            && lex
                .lookup(scan.key(j + 1))
                .is_some_and(|c| c.form == CueForm::Verb && !c.present)
            && scan.is_word(j + 2)
            && !scan.is_complementizer(j + 2)
            // (a subject after the verb, not "كما أعلن سابقا", "كما أشار إليه")
            && !ends_subject(scan, j + 2)
            && !lexicon::is_adverb(scan.key(j + 2))
        {
            return Some(j - 1);
        }
        if !matches!(scan.punct(j), Some('،' | ','))
            || scan.in_quote.get(j).copied().unwrap_or(true)
        {
            return None;
        }
        let k = scan.key(j + 1);
        // "، فيما تنفي موسكو …", "، في حين …": the narrator sets another party's
        // position against the report.
        let narrator = matches!(k, "فيما" | "بينما" | "وبينما" | "وفيما")
            || (k == "في" && scan.key(j + 2) == "حين");
        if narrator && scan.is_word(j + 2) {
            return Some(j.saturating_sub(1));
        }
        // "، ومنتقدا موسكو …": a (coordinated) circumstantial participle.
        let bare = k.strip_prefix('و').unwrap_or(k);
        let circumstantial = bare.starts_with('م')
            && bare.ends_with('ا')
            && !["ها", "نا", "ما", "يا"].iter().any(|x| bare.ends_with(x))
            && bare.chars().count() >= 5
            && scan.is_word(j + 2);
        if circumstantial {
            return Some(j.saturating_sub(1));
        }
        let contrast = (matches!(k, "لكن" | "ولكن")
            || (matches!(k, "غير" | "بيد" | "الا") && scan.is_complementizer(j + 2)))
            && (j + 2..last.min(j + 10)).any(|v| {
                scan.is_word(v)
                    && lex
                        .lookup(scan.key(v))
                        .is_some_and(|c| c.form == CueForm::Verb)
            });
        // "، إلا أن المدرب رفض ذلك": another party's reaction, set against the report
        // by the narrator (not "رغم …، إلا أنها ستطرد …", the speaker's concession).
        let reaction = matches!(k, "الا" | "غير" | "بيد")
            && scan.key(j + 2) == "ان"
            && scan.key(j + 3).starts_with("ال")
            && (j + 4..last.min(j + 8)).any(|v| reaction_verb(scan.key(v)))
            && !(from..j).any(|v| {
                matches!(
                    scan.key(v),
                    "رغم" | "ورغم" | "برغم" | "وبرغم" | "بالرغم" | "وبالرغم"
                ) || (matches!(scan.key(v), "مع" | "ومع") && scan.key(v + 1) == "ان")
            });
        let participle = lex.lookup(k).is_some_and(|c| c.form == CueForm::Participle)
            // "، خاتما البيان بقوله": the speaker's next act
            || matches!(bare, "خاتما" | "خاتمه");
        // "، على حد تعبيره", "، من دون أن يبلغ عن إصابات": the narrator's tag or comment.
        let tag = (k == "علي" && scan.key(j + 2) == "حد")
            // "، حسب تعبيره", "، بحسب قولها"
            || (matches!(k, "حسب" | "بحسب")
                && matches!(
                    scan.key(j + 2),
                    "تعبيره" | "تعبيرها" | "تعبيرهم" | "قوله" | "قولها" | "قولهم" | "وصفه" | "وصفها"
                ))
            // "، وسبق أن شددت على …": the narrator recalls an earlier position.
            || (k == "وسبق" && scan.is_complementizer(j + 2))
            // "، قال ذلك قبل المباراة", "، جاء ذلك في …": the narrator's note that the
            // words were said (s22d A2(c)).
            // (not "، قالت هذا التعليق": a demonstrative before its noun is an object)
            || (matches!(k, "قال" | "قالت" | "قالها" | "جاء" | "وجاء")
                && matches!(scan.key(j + 2), "ذلك" | "هذا")
                && !scan.key(j + 3).starts_with("ال"))
            // "، وذلك في أحدث تراشق بين الطرفين": the narrator places the report in a
            // series (s22b A8(a)).
            || (k == "وذلك"
                && scan.key(j + 2) == "في"
                && matches!(scan.key(j + 3), "احدث" | "اخر"))
            // "، الأمر الذي زاد المخاوف": the narrator's comment on what followed, in the
            // past (not "الأمر الذي سيؤدي", "الذي يعني", the speaker's forecast).
            || (k == "الامر"
                && scan.key(j + 2) == "الذي"
                && scan.is_word(j + 3)
                && !scan.key(j + 3).starts_with(['س', 'ي', 'ت', 'ن'])
                && !matches!(scan.key(j + 3), "من" | "قد" | "لن" | "لا"))
            // "، وذلك بعد أن عينه نائبا": the narrator's background to the report
            // (session 20)
            || (k == "وذلك" && scan.key(j + 2) == "بعد" && scan.key(j + 3) == "ان")
            || (k == "دون" && scan.is_complementizer(j + 2))
            // "، وشخصيا أرى …", "، بدليل أن …", "، وذلك في إشارة إلى …": the writer's
            // own view, evidence or gloss.
            || matches!(k, "وشخصيا" | "بدليل")
            || (k == "وذلك" && scan.key(j + 2) == "في" && scan.key(j + 3) == "اشاره")
            // "، وذلك في لقاء مع …", "، وذلك خلال كلمته", "، وذلك بحسب الأرقام": the
            // narrator's note of the occasion or the frame.
            || (k == "وذلك" && narrator_gloss(scan, j + 2))
            // "، وهو ما نفاه الوزير": another party's reaction to the report.
            || (matches!(k, "وهو" | "وهي")
                && scan.key(j + 2) == "ما"
                && {
                    let v = strip_possessive(scan.key(j + 3));
                    // ("نفاه" → "نفي": the defective stem before a suffix)
                    let weak = v.strip_suffix('ا').map(|b| format!("{b}ي"));
                    reaction_verb(v)
                        || weak.as_deref().is_some_and(reaction_verb)
                        || lex
                            .lookup(v)
                            .is_some_and(|c| c.form == CueForm::Verb && !c.present)
                })
            // "، لكنه أكد …": a contrast about the speaker, with a report of its own, is
            // the narrator's.
            || (matches!(
                k,
                "لكنه" | "لكنها" | "لكنهم" | "ولكنه" | "ولكنها" | "ولكنهم"
            ) && lex
                .lookup(scan.key(j + 2))
                .is_some_and(|c| c.form == CueForm::Verb && !c.present))
            // "، فمن هو …؟": the writer's own question after the report (a question
            // mark ends the sentence; not "، فمن المهم …").
            || (matches!(
                k,
                "فمن" | "فما" | "فماذا" | "فهل" | "فكيف" | "فلماذا" | "فاين" | "فمتي"
            ) && (j + 2..last.min(j + 40) + 1).any(|q| matches!(scan.punct(q), Some('؟' | '?'))))
            || (k == "من" && scan.key(j + 2) == "دون" && scan.is_complementizer(j + 3))
            // Session 23 (s23d A5, s23b A5(c)): "، وذلك تعليقا على …", "، وذلك بعد
            // يومين من …", "، علما أنه …", "، وهي جملة كررتها …": the narrator's
            // occasion, background, aside or comment on the words.
            || guards::narrator_aside(scan, j + 1);
        // "، كما تابع …", "، وأشاد بـ…": the next report of the narrator.
        let past_cue = |w: &str| {
            lex.lookup(w)
                .is_some_and(|c| c.form == CueForm::Verb && !c.present)
        };
        let next_report = (k == "كما" && past_cue(scan.key(j + 2)))
            || (k.starts_with('و') && k.chars().count() >= 4 && past_cue(k))
            || matches!(
                k,
                "واشاد" | "ورحب" | "واعرب" | "وانتقد" | "وندد" | "وثمن" | "وتعهد"
            );
        (contrast || reaction || participle || tag || next_report).then(|| j.saturating_sub(1))
    })
}

/// "تعبيره", "قوله", "وصفها": the speaker's own words in a narrator's tag ("وفق تعبيره").
fn speaker_word(k: &str) -> bool {
    matches!(
        k,
        "تعبيره"
            | "تعبيرها"
            | "تعبيرهم"
            | "قوله"
            | "قولها"
            | "قولهم"
            | "وصفه"
            | "وصفها"
            | "وصفهم"
    )
}

/// Does the narrator's gloss after "، وذلك" start at token `j`: an occasion ("في لقاء
/// مع", "خلال كلمته", "أثناء مؤتمر") or a frame ("بحسب الأرقام", "وفق بيان")? Not a
/// time or a purpose ("وذلك خلال العام المقبل", "وذلك لتغطية العجز"), which may be
/// the speaker's own words.
fn narrator_gloss(scan: &Scan, j: usize) -> bool {
    let next = scan.key(j + 1);
    let bare = next.strip_prefix("ال").unwrap_or(next);
    let occasion = lexicon::is_adjunct_noun(next)
        || lexicon::is_adjunct_noun(bare)
        || lexicon::is_speech_event(next)
        || adjunct_with_possessive(next);
    match scan.key(j) {
        "في" | "خلال" | "اثناء" | "عقب" => {
            scan.is_word(j + 1)
                && occasion
                && !is_month_or_period(bare)
                && !matches!(
                    bare,
                    "وقت"
                        | "حين"
                        | "بدايه"
                        | "نهايه"
                        | "مستهل"
                        | "اعقاب"
                        | "سياق"
                        | "اطار"
                )
        }
        "بحسب" | "حسب" | "وفق" | "وفقا" | "طبقا" => scan.is_word(j + 1),
        _ => false,
    }
}

/// "ويذكر أن", "يشار إلى أن", "والجدير بالذكر أن" at token `t`: the start of the
/// clause after the complementizer.
fn impersonal_lead(scan: &Scan, t: usize) -> Option<usize> {
    let k = scan.key(t);
    let k = k.strip_prefix('و').unwrap_or(k);
    let comp = match k {
        "يذكر" | "يشار" | "يلاحظ" => {
            (t + 1..=t + 2).find(|c| scan.is_complementizer(*c))?
        }
        "الجدير" | "جدير" if scan.key(t + 1) == "بالذكر" => {
            (t + 2..=t + 3).find(|c| scan.is_complementizer(*c))?
        }
        _ => return None,
    };
    if !(t + 1..comp).all(|j| matches!(scan.key(j), "الي" | "بالذكر" | "هنا")) {
        return None;
    }
    // ("يذكر أنه …": the pronoun is the clause's subject and stays)
    let next = if scan.key(comp) == "ان" {
        comp + 1
    } else {
        comp
    };
    scan.is_word(next)
        .then(|| scan.toks.get(next).map(|x| x.start))?
}

/// Is the quotation opening at `open` a title ("بعنوان "…"", "تحمل عنوان "…"")?
fn quoted_title(scan: &Scan, open: usize) -> bool {
    open.checked_sub(1)
        .is_some_and(|p| matches!(scan.key(p), "بعنوان" | "عنوانه" | "عنوانها" | "عنوان"))
}

/// A past verb of reacting to something said ("رفض", "نفت", "ردّ").
fn reaction_verb(k: &str) -> bool {
    matches!(
        k,
        "رفض"
            | "رفضت"
            | "رفضوا"
            | "نفي"
            | "نفت"
            | "نفوا"
            | "عقب"
            | "عقبت"
            | "رد"
            | "ردت"
            | "ردوا"
            | "اعترض"
            | "اعترضت"
            | "تجاهل"
            | "تجاهلت"
            | "كذب"
            | "كذبت"
    )
}

/// End byte of a content ending at token `last`, without trailing sentence punctuation.
fn content_end(scan: &Scan, mut last: usize) -> Option<usize> {
    // (at most two trailing connectors: "لكنه بعدما")
    let mut connectors = 0;
    while let Some(t) = scan.toks.get(last) {
        match t.kind {
            Kind::Newline => {}
            Kind::Punct('.' | '!' | '?' | '؟' | '،' | ',' | '؛' | '…') => {}
            // "إن الكرة بحاجة "للحماية" بعدما | أشار إلى أن", "… في بلدهم لكنه |
            // أوضح أن": a connector that opens the next cue's clause never ends a
            // content (s22b A8(a)).
            Kind::Word if connectors < 2 && trailing_connector(scan.key(last)) => {
                connectors += 1;
            }
            _ => return Some(t.end),
        }
        last = last.checked_sub(1)?;
    }
    None
}

/// A conjunction that opens a clause and cannot end one ("بعدما", "لكنه", "حيث").
fn trailing_connector(k: &str) -> bool {
    matches!(
        k,
        "بعدما"
            | "عندما"
            | "حينما"
            | "لكنه"
            | "لكنها"
            | "لكنهم"
            | "ولكنه"
            | "ولكنها"
            | "ولكنهم"
            | "لكن"
            | "ولكن"
            | "حيث"
            | "بينما"
            | "وبينما"
            | "ثم"
    )
}

/// Shrinks a span to exclude surrounding whitespace.
fn trim_span(scan: &Scan, span: Span) -> Span {
    let lo = scan.toks.partition_point(|t| t.start < span.start);
    let hi = scan.toks.partition_point(|t| t.end <= span.end);
    match (
        scan.toks.get(lo),
        hi.checked_sub(1).and_then(|h| scan.toks.get(h)),
    ) {
        (Some(a), Some(b)) if lo < hi && a.start < b.end => Span::new(a.start, b.end),
        _ => span,
    }
}

/// Is the belief verb at `i` ("يرى", "يعتبر") no report here? After the subjunctive
/// "أن" it is a perception or a modal judgement ("تكره أن ترى الأطفال يبكون", "لا
/// يمكن أن يعتبر هاربا"), and a quotation right after its object, with no colon or
/// complementizer, is the writer's partial quotation ("يرى القاضي "منحازا"").
fn seeing_or_deeming(scan: &Scan, text: &str, i: usize, opener: Opener, opener_tok: usize) -> bool {
    let lex = lexicon();
    let deeming = lex
        .lookup(scan.key(i))
        .and_then(|c| lex.folded_lemmas.get(c.lemma))
        .is_some_and(|l| matches!(l.as_str(), "راي" | "اعتبر"));
    if !deeming {
        return false;
    }
    // ("بعد أن رأت زبونة أن …" is a past event, no modal)
    // ("أستطيع أن أرى، إلى حد ما، أن …", "أن ترى بوضوح أن": seeing that something is
    // so is a belief; only an object before the clause makes it perception)
    let sees_that = opener == Opener::Complementizer
        && (i + 1..opener_tok).all(|j| {
            let k = scan.key(j);
            !scan.is_word(j)
                || k.starts_with('ب')
                || lexicon::is_adverb(k)
                || matches!(k, "الي" | "حد" | "ما")
        });
    let subjunctive = !sees_that
        && i.checked_sub(1)
            .is_some_and(|p| scan.is_word(p) && scan.raw(text, p) == "أن")
        && !i
            .checked_sub(2)
            .is_some_and(|p| matches!(scan.key(p), "بعد" | "قبل" | "منذ" | "وبعد"));
    // The bare quotation only counts against a verb inside its clause, after its
    // subject ("موكله يرى القاضي "…"", "الصفقة تعتبر خطوة "…""): a clause-initial
    // "واعتبر X Y "…"" or "بينما رأى X "…"" is a report.
    let mid_clause = i.checked_sub(1).is_some_and(|p| {
        let k = scan.key(p);
        let k = k
            .strip_prefix('و')
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(k);
        scan.is_word(p)
            && !scan.is_complementizer(p)
            && !lexicon::is_adverb(k)
            && !matches!(
                k,
                "فيما"
                    | "بينما"
                    | "حيث"
                    | "كما"
                    | "قد"
                    | "وقد"
                    | "لقد"
                    | "فقد"
                    | "بل"
                    | "ثم"
                    | "اذ"
                    | "حين"
                    | "عندما"
                    | "لكن"
                    | "ولكن"
                    | "بحسب"
                    | "حسب"
                    | "وبحسب"
                    | "وحسب"
                    | "في"
                    | "وفي"
                    | "لم"
                    | "ولم"
                    | "لا"
                    | "ولا"
            )
    }) && !text
        .get(scan.toks.get(i).map_or(0, |t| t.start)..)
        .is_some_and(|r| r.starts_with(['و', 'ف']));
    let bare_quote = mid_clause
        && opener == Opener::Quote
        && opener_tok > i + 1
        && scan.is_word(opener_tok - 1)
        && !scan.is_complementizer(opener_tok - 1)
        && !scan.is_complementizer(opener_tok + 1);
    subjunctive || bare_quote
}

/// Does a complementizer follow from token `j` on, past commas and time words only
/// ("، يوم الأربعاء، إن", "، الخميس، أن", "إن")?
fn clause_after_adjunct(scan: &Scan, j: usize) -> bool {
    for k in j..j + 8 {
        if matches!(scan.punct(k), Some('،' | ',')) {
            continue;
        }
        if !scan.is_word(k) {
            return false;
        }
        if scan.is_complementizer(k) {
            return true;
        }
        let w = scan.key(k);
        if !(lexicon::is_time_word(w) || matches!(w, "يوم" | "اليوم" | "امس" | "مساء" | "صباح"))
        {
            return false;
        }
    }
    false
}

/// A finite reporting verb at token `i`.
fn verb_cue(
    scan: &Scan,
    ents: &Ents<'_>,
    i: usize,
    belief: bool,
    present: bool,
) -> Option<Candidate> {
    let cue = tok_span(scan, i, i)?;
    if second_person(scan, i) || vowelled_passive(scan, ents.text, i) {
        return None;
    }
    if passive_belief(scan, ents, i) || nobody_says(scan, i) {
        return None;
    }
    // "صاروخ … تابع لشركة "سبيس إكس"": تابع + لـ is "belonging to", not "went on".
    if matches!(scan.key(i), "تابع" | "تابعه") && scan.key(i + 1).starts_with('ل') {
        return None;
    }
    // "ما نقل عنه بأنه …", "ونقل عنها قولها": the (unvowelled) passive has no source.
    let after = scan.key(i + 2);
    if matches!(scan.key(i + 1), "عنه" | "عنها" | "عنهم" | "عنهما")
        && (!scan.is_word(i + 2)
            || scan.is_complementizer(i + 2)
            || after.strip_prefix('و').unwrap_or(after).starts_with("قول"))
        && lexicon()
            .lookup(scan.key(i))
            .and_then(|c| lexicon().lemmas.get(c.lemma))
            .is_some_and(|l| l == "نقل")
    {
        return None;
    }
    // "وتابعت قائلة: …": the participle that opens the content is the cue (not the
    // noun "مدعية المحكمة", prosecutor).
    if lexicon()
        .lookup(scan.key(i + 1))
        .is_some_and(|c| c.form == CueForm::Participle)
        && !(scan.key(i + 1) == "مدعيه" && scan.key(i + 2).starts_with("ال"))
    {
        return None;
    }
    let clause_lemma = clause_only(scan.key(i));
    let Some(mut found) = find_opener(scan, i, MAX_MIDDLE) else {
        if clause_lemma.is_some() {
            return None;
        }
        return quote_first(scan, ents, i, belief);
    };
    // A quoted name in an adjunct ("في "بورتون داون" …"): look for the content after it.
    for _ in 0..3 {
        let (op, _, op_tok) = found;
        // "وقال الرئيس الكوري مون جاي إن في كلمته إن": «إن» that ends a tagged name is
        // the name's last part, not the complementizer.
        if op == Opener::Complementizer && in_name_end(scan, ents, op_tok) {
            match find_opener(scan, op_tok, MAX_MIDDLE.saturating_sub(op_tok - i)) {
                Some(next) => {
                    found = next;
                    continue;
                }
                None => return None,
            }
        }
        // ("في مقال بعنوان "…" أن": a quoted title of any length, too)
        // ("وقال اقتصاديون في "بنك أوف أميركا"، وهو …، إن": a quoted name, too)
        let term = op == Opener::Quote
            && op_tok > i + 1
            && scan.is_word(op_tok - 1)
            && (quoted_words(scan, op_tok) <= 2
                || quoted_title(scan, op_tok)
                || quoted_name(scan, ents, op_tok));
        let Some(p) = scan.partner.get(op_tok).copied().flatten() else {
            break;
        };
        // "وقالت "تويتر"، يوم الخميس، إن …": a quoted name right after the verb, then
        // only a time adjunct before the complementizer, is the subject.
        let term = term
            || (op == Opener::Quote
                && op_tok == i + 1
                && p > op_tok + 1
                && quoted_words(scan, op_tok) <= 3
                && !scan.is_complementizer(op_tok + 1)
                && clause_after_adjunct(scan, p + 1));
        if !term || p <= op_tok || p - i >= MAX_MIDDLE {
            break;
        }
        match find_opener(scan, p, MAX_MIDDLE - (p - i)) {
            Some(next) => found = next,
            None => break,
        }
    }
    let (opener, start_tok, opener_tok) = found;
    if clause_lemma.is_some() && opener != Opener::Complementizer {
        return None;
    }
    // Session 23: "وتعتبر المدينة وجهة سياحية، مما يعني أن …": the «أن» of an inference
    // between the cue and it is not the cue's content.
    if opener == Opener::Complementizer && guards::opener_of_inference(scan, i, opener_tok) {
        return None;
    }
    // "وقال الحوثيون، الذين هددوا في السابق بإغلاق المضيق، الأسبوع الماضي إنهم": the
    // verb of a relative clause set off by commas does not reach past its closing comma
    // when a cue verb before the antecedent governs the content (session 22).
    if opener == Opener::Complementizer
        && relative_after_comma(scan, i)
        && fenced_relative_end(scan, i - 2, start_tok).is_some()
    {
        let (ss, _) = scan.sentence(i);
        if (ss.max(i.saturating_sub(10))..i - 2).any(|j| {
            lexicon()
                .lookup(scan.key(j))
                .is_some_and(|c| c.form == CueForm::Verb)
        }) {
            return None;
        }
    }
    // "وكاد أن يضيف الهدف الثاني، إلى أن الحارس …": "إلى أن" ("until") is never the
    // complement of أضاف ("add").
    if opener == Opener::Complementizer
        && start_tok < opener_tok
        && matches!(scan.key(start_tok), "الي" | "والي")
        && lexicon()
            .lookup(scan.key(i))
            .and_then(|c| lexicon().folded_lemmas.get(c.lemma))
            .is_some_and(|l| l == "اضاف")
    {
        return None;
    }
    // "ودعت المنظمة الحكومة إلى التعامل مع الظاهرة على أنها "جريمة"": after "دعا … إلى"
    // + a masdar, a later "على أنه / بأنه" is the masdar's complement; the call itself
    // is a directive (guideline 2). ("دعا إلى أن …" keeps its clause.)
    let calls_to_masdar = || {
        (i + 1..opener_tok).any(|j| {
            matches!(scan.key(j), "الي" | "والي")
                && scan.is_word(j + 1)
                && !scan.is_complementizer(j + 1)
        })
    };
    if opener == Opener::Complementizer
        && lexicon()
            .lookup(scan.key(i))
            .and_then(|c| lexicon().lemmas.get(c.lemma))
            .is_some_and(|l| l == "دعا")
        && calls_to_masdar()
    {
        return None;
    }
    if seeing_or_deeming(scan, ents.text, i, opener, opener_tok) {
        return None;
    }
    if insists_on_act(scan, ents, i, opener, opener_tok) {
        return None;
    }
    // "وواصلت: "…"", "وواصل الوزير كلمته: …": واصل ("went on") reports only before a
    // colon ("واصلت القوات تقدمها" is no speech).
    let colon_only = lexicon()
        .lookup(scan.key(i))
        .and_then(|c| lexicon().lemmas.get(c.lemma))
        .is_some_and(|l| l == "واصل");
    if colon_only
        && opener != Opener::Colon
        && scan.punct(opener_tok.saturating_sub(1)) != Some(':')
    {
        return None;
    }
    // Session 23 (s23b A4(b)): "وسأل الصحفي الوزير: "متى …؟"": سأل reports a question
    // quoted or after a colon; "سأل إن كان" is "whether", and "أعلم أن" with nothing
    // between is "I know that" (أعلم "informed" always has an addressee first).
    if guards::question_needs_quote(scan, i, opener, opener_tok)
        || guards::know_not_inform(scan, i, opener, opener_tok)
    {
        return None;
    }
    // "وتعهد المسؤولون بدرجة أكبر من الحذر لضمان أن …": a ب-phrase before the
    // complementizer is the pledge's own object; the clause belongs to something else.
    if clause_lemma.is_some()
        && (i + 1..opener_tok).any(|j| {
            let k = scan.key(j);
            scan.is_word(j)
                && !scan.is_complementizer(j)
                && k.strip_prefix('ب')
                    .is_some_and(|r| r.starts_with("ال") || r.chars().count() >= 4)
                && !scan.toks.get(j).is_some_and(|t| {
                    ents.near(Span::new(t.start, t.end))
                        .iter()
                        .any(|(e, _)| e.start < t.end && t.start < e.end)
                })
        })
    {
        return None;
    }
    let (mut content, direct, trim) = content_span(scan, opener, start_tok)?;
    // "واعتبرت المنظمة، التي تقول إنها مستقلة، أن الحكم قاس": a cue in a relative
    // clause set off by commas reports up to the closing comma; the complementizer after
    // it opens the main verb's content.
    if !direct && relative_after_comma(scan, i) {
        let last = scan.toks.partition_point(|t| t.start < content.end);
        if let Some(c) = (start_tok + 1..last).find(|c| {
            matches!(scan.punct(*c), Some('،' | ','))
                && scan.is_complementizer(c + 1)
                && !scan.in_quote.get(*c).copied().unwrap_or(false)
        }) {
            if let Some(e) = content_end(scan, c) {
                content.end = e;
            }
        }
    }
    // The words between cue and content: subject, then adjuncts.
    let middle_end = if opener == Opener::Complementizer {
        start_tok
    } else {
        opener_tok
    };
    // (a quoted name after its noun, "لصحيفة "لا دوبيش دو ميدي"", counts as one word)
    let words_between = |from_byte: usize| words_skipping_names(scan, i + 1, middle_end, from_byte);
    // Adjuncts between subject and content are short ("في بيان، الأحد،"); a long
    // stretch of words means the opener belongs to something else.
    // A colon is a strong marker: it may follow a long adjunct ("في خطاب ألقاه …:").
    let before_opener = scan.punct(opener_tok.saturating_sub(1));
    // "وصف الوزير الهجوم بـ"…"", "ووصف الأمر "بالكذبة الكبيرة"": a verb with an
    // object quotes a short phrase, not speech.
    // (but "وسأل المراسل الوزير: "هل ستستقيل؟"": a question may be short)
    if opener == Opener::Quote
        && takes_object(scan.key(i))
        && quoted_words(scan, opener_tok) <= 3
        && !guards::asks(scan, i)
    {
        return None;
    }
    // "وأوضح في مقال بعنوان "…"": a quoted title is no speech.
    if opener == Opener::Quote && quoted_title(scan, opener_tok) {
        return None;
    }
    // "أعلنت شركة النفط الكويتية "بترول"، الخميس، عدم صحة …": a quoted name after a
    // word of the clause, with no content after it, is the subject's name, not speech.
    if opener == Opener::Quote && opener_tok > i + 1 && quoted_name(scan, ents, opener_tok) {
        return None;
    }
    // "وشدد على ضرورة "مضاعفة الجهود"": a quoted noun phrase after ضرورة/أهمية is the
    // verb's object, not speech.
    if opener == Opener::Quote
        && opener_tok
            .checked_sub(1)
            .is_some_and(|p| matches!(scan.key(p), "ضروره" | "اهميه" | "بضروره" | "باهميه"))
    {
        return None;
    }
    // "نقلت رويترز عن X قوله في مؤتمر صحفي قبل المباراة بيوم واحد إن": after the
    // masdar قوله everything up to the content is an adjunct.
    let masdar_frame = (i + 1..middle_end).any(|j| {
        matches!(
            scan.key(j),
            "قوله" | "قولها" | "قولهم" | "قولهما" | "تاكيده" | "تاكيدها"
        )
    });
    let budget =
        if scan.punct(opener_tok) == Some(':') || before_opener == Some(':') || masdar_frame {
            18
        } else if opener == Opener::Quote && matches!(before_opener, Some('،' | ',')) {
            // "وقال أحمد في مقابلة مع … في القاهرة، "…"": a quotation set off by a comma
            // after a long adjunct is still the cue's content.
            16
        } else {
            9
        };
    // A one- or two-word quotation right after a non-subject word is a quoted term
    // ("وتتهم لندن موسكو … باستخدام غاز الأعصاب "نوفيتشوك""), not speech.
    // (But "وكتب فوقها "لا تعليق"." quotes what was written.)
    let speech_verb = lexicon()
        .lookup(scan.key(i))
        .and_then(|c| lexicon().lemmas.get(c.lemma))
        .is_some_and(|l| matches!(l.as_str(), "قال" | "كتب" | "غرد" | "أضاف" | "تابع"));
    let ends_sentence = scan
        .partner
        .get(opener_tok)
        .copied()
        .flatten()
        .is_some_and(|p| !scan.is_word(p + 1) && scan.punct(p + 1) != Some('،'));
    let term_after = (opener == Opener::Quote
        && scan.is_word(opener_tok.saturating_sub(1))
        && opener_tok > i + 1
        && quoted_words(scan, opener_tok) <= 2
        && !(speech_verb && ends_sentence))
        .then(|| scan.toks.get(opener_tok - 1).map_or(0, |t| t.end));
    // SVO: a dual or plural verb never precedes its subject ("القادة أبلغوا ترامب
    // بأنه": ترامب is the addressee), and in "وكان مسؤول إماراتي قد أبلغ رويترز بأن"
    // the subject stands before قد.
    // "وكان التلفزيون السوري أكد تعرض …": after كان + subject, the cue's own subject
    // stands before it; what follows is its object.
    let kana_svo = || {
        subject_before(scan, ents, i).is_some_and(|span| {
            let t = scan.toks.partition_point(|t| t.start < span.start);
            let before_kana = t
                .checked_sub(1)
                .is_some_and(|p| matches!(scan.key(p), "كان" | "وكان" | "كانت" | "وكانت"));
            before_kana && scan.toks.get(i - 1).is_some_and(|t| t.end == span.end)
        })
    };
    // Session 23 (s23c A1(a)): "لكن قياديا في الحزب أبلغ الصحفيين بأن": a noun phrase
    // right before أبلغ/أخبر/أعلم is its subject; the one after it is the addressee.
    let informs_svo = || {
        guards::informs(scan, i)
            && subject_before(scan, ents, i)
                .is_some_and(|s| scan.toks.get(i - 1).is_some_and(|t| t.end == s.end))
    };
    let svo = plural_verb(scan.key(i))
        || (i > 0
            && matches!(scan.key(i - 1), "قد" | "لقد")
            && subject_before(scan, ents, i).is_some())
        || (i > 0 && kana_svo())
        || (i > 0 && informs_svo());
    // "أذكّر الناس بأنه", "ولكنني أعتقد أن": a first-person verb has no noun subject
    // (the speaker is the quotation's).
    let first = first_person(scan, ents.text, i);
    // "قال مداخلة هاتفية …:" (في left out): a speech event is never the speaker.
    // "صرح الجمعة رامي عبد الرحمن … بأن": a time word before the subject.
    let mut subj_tok = i + 1;
    // ("أخبره خلاله الأمير محمد بأن": a preposition with a pronoun before the subject)
    while subj_tok < middle_end
        && subj_tok < i + 3
        && (lexicon::is_time_word(scan.key(subj_tok))
            || (subj_tok == i + 1
                && is_pronoun_preposition(scan.key(subj_tok))
                && scan.key(subj_tok).starts_with(['خ', 'ا']))
            // ("في وقت قال فيه مسؤولون غربيون إن", "بيان أكد فيه الوزير أن": the
            // resumptive pronoun of the noun before the cue)
            // (not an object or addressee: "بيان وصف فيه النمو بأنه", "يقول فيه
            // لكتائب …", "بيانا طالبت فيه بمقاطعة …")
            || (subj_tok == i + 1
                && matches!(scan.key(subj_tok), "فيه" | "فيها")
                && !takes_object(scan.key(i))
                && !colon_verb(scan.key(i))
                && scan.is_word(subj_tok + 1)
                && !scan.is_complementizer(subj_tok + 1)
                && (ents.named_at(scan, subj_tok + 1)
                    || scan.key(subj_tok + 1).starts_with("ال")
                    || !(scan.key(subj_tok + 1).starts_with(['ل', 'ب'])
                        || lexicon::is_content_preposition(scan.key(subj_tok + 1)))))
            // ("قد يقول لك قائل", "وقال لي الوزير": the addressee before the subject)
            || (subj_tok == i + 1 && addressee_pronoun(scan.key(subj_tok))))
    {
        subj_tok += 1;
    }
    // "مؤكدة أنها تعتبر الأمر …": the subject is the complementizer's pronoun; the
    // noun after the verb is its object.
    let pronoun_subject = i.checked_sub(1).is_some_and(|p| {
        scan.is_complementizer(p)
            && ["ه", "ها", "هم", "هما", "هن"]
                .iter()
                .any(|sfx| scan.key(p).ends_with(sfx))
    });
    let found = subject_after(scan, ents, subj_tok, middle_end)
        .filter(|_| {
            !svo && !first && !pronoun_subject && !lexicon::is_speech_event(scan.key(i + 1))
                // (s23c A1(b): "وقال مخاطبا الوزير "…"": the addressee of a pro-drop
                // speaker)
                && !guards::addressing(scan, subj_tok)
        })
        // ("ونقل المسؤول عن يونكر قوله": after نقل, عن opens the quoted person, never
        // the complement of "المسؤول عن")
        .and_then(|span| {
            if !is_naql(scan.key(i)) {
                return Some(span);
            }
            let lo = scan.toks.partition_point(|t| t.start < span.start);
            let hi = scan.toks.partition_point(|t| t.start < span.end);
            match (lo + 1..hi).find(|j| scan.key(*j) == "عن") {
                Some(an) => tok_span(scan, lo, an - 1),
                None => Some(span),
            }
        });
    let source = match found {
        Some(span)
            if opener != Opener::Complementizer
                && !quote_may_follow(scan, ents, span.end, middle_end)
                // "نقلت الوكالة عن جوروفا "…"": عن Y is the frame of نقل.
                && !(is_naql(scan.key(i))
                    && scan.key(scan.toks.partition_point(|t| t.start < span.end)) == "عن") =>
        {
            return None
        }
        // "ونقلت الوكالة | البيان الصادر عن الجيش وجاء فيه: "…"": نقل with a direct
        // object carries someone else's text (the object's report), not its own.
        Some(span)
            if is_naql(scan.key(i))
                && scan
                    .key(scan.toks.partition_point(|t| t.start < span.end))
                    .strip_prefix("ال")
                    .is_some_and(|h| lexicon::description_head(h).is_some()) =>
        {
            return None
        }
        Some(span) => {
            // A "subject" that runs to the length limit without a natural boundary is
            // a clause, not a source.
            let subject_words = (i + 1..middle_end)
                .filter(|j| {
                    scan.is_word(*j)
                        && scan
                            .toks
                            .get(*j)
                            .is_some_and(|t| t.start >= span.start && t.end <= span.end)
                })
                .count();
            // Coordinated sources may be longer ("حسن جونين رئيس جامعة عثمان غازي
            // التركية ووسائل إعلام محلية").
            let coordinated = (i + 2..middle_end).any(|j| {
                scan.toks
                    .get(j)
                    .is_some_and(|t| t.start > span.start && t.end <= span.end)
                    && scan.key(j).strip_prefix('و').is_some_and(|r| {
                        r.starts_with("ال")
                            || lexicon::is_anonymous_head(r)
                            || lexicon::description_head(r).is_some()
                    })
            });
            // … or end with a long name ("… في قوات سوريا الديمقراطية").
            let named_end = ents.near(span).iter().any(|(s, _)| s.end == span.end);
            // … or open with a name ("زفن أولريتش حارس مرمى فريق بايرن ميونخ …").
            let named_start = ents.named_in(span).any(|(s, _)| s.start == span.start);
            // "قال جان بيير مدرب نادي ليون المنافس في الدوري الفرنسي الممتاز لكرة القدم
            // إن": a name, then a long title, then the complementizer.
            let max_words = if named_start && opener == Opener::Complementizer {
                MAX_NAMED_SOURCE_WORDS
            } else if coordinated || named_end || named_start {
                MAX_SOURCE_WORDS
            } else {
                PLAIN_SOURCE_WORDS
            };
            // "قالت سيجال ماندلكر، وكيلة وزارة الخزانة الأميركية …، من لندن، إن":
            // a person's name may be followed by a long title set off by commas.
            let person_apposition = scan
                .toks
                .partition_point(|t| t.start < span.end)
                .checked_sub(0)
                .is_some_and(|t| matches!(scan.punct(t), Some('،' | ',')))
                && ents
                    .named_in(span)
                    .any(|(s, e)| e.label == "PER" && s.end == span.end);
            // "وقالت التشيكية كفيتوفا للصحفيين بعد فوزها … "من الصعب …"": a real
            // quotation may follow a long adjunct after a named speaker.
            let qw = quoted_words(scan, opener_tok);
            let long_quote = opener == Opener::Quote
                && qw != usize::MAX
                && (qw >= 8 || (qw >= 5 && ents.named_in(span).next().is_some()));
            // "وقال لودريان في افتتاح مؤتمر دولي حول … في باريس إن": the occasion after a
            // person's name is left out of the source (it was counted in it before), so
            // it may be as long as a source.
            // ("وقال ماكرون لدى بدء خطابه …", "خلال", "أمام", "عقب", "أثناء" too)
            let occasion_after_name = matches!(
                scan.key(scan.toks.partition_point(|t| t.start < span.end)),
                "في" | "لدي" | "خلال" | "امام" | "عقب" | "اثناء"
            ) && ents
                .named_in(span)
                .any(|(s, e)| e.label == "PER" && s.end == span.end);
            let budget = if person_apposition || occasion_after_name {
                budget.max(18)
            } else if long_quote {
                budget.max(14)
            } else {
                budget
            };
            // "وأشارت نيوروز التي أتت من فريبورغ في غرب ألمانيا مع شقيقتها أن": a named
            // subject's relative clause stands between it and the content (but not
            // "… التي تريد أن تعود", whose أن opens a verb's complement).
            let after_span = scan.toks.partition_point(|t| t.start < span.end);
            // ("وأكدت حركة أليكسي نافالني المعارض الرئيسي لبوتين الذي منع …، أنها": a
            // short apposition of up to three words may stand before the relative;
            // session 21.)
            let is_relative = |k: usize| matches!(scan.key(k), "الذي" | "التي" | "الذين");
            // ("وتحدث X عن تلك المعادلة التي …، إنها": «عن/إلى/على …» is the verb's own
            // complement, not an apposition.)
            let relative_at = (after_span..(after_span + 4).min(start_tok)).find(|k| {
                is_relative(*k)
                    && (*k == after_span || !lexicon::is_content_preposition(scan.key(after_span)))
                    && (after_span..*k).all(|w| {
                        scan.is_word(w)
                            && !scan.is_complementizer(w)
                            && lexicon().lookup(scan.key(w)).is_none()
                    })
            });
            let relative = relative_at.is_some()
                && ents.named_in(span).next().is_some()
                && opener == Opener::Complementizer
                // (only a bare «أن» is subjunctive: "… الذي تعرض لانتقادات …، بأنه
                // يبالغ" keeps its clause; session 23)
                && !(scan.key(start_tok) == "ان"
                    && scan.key(start_tok + 1).starts_with(['ي', 'ت']))
                // ("نفى X "الاتهامات" التي ساقها Y …، بقوله إنها": a cue of its own
                // between the relative and the content takes it)
                && (after_span..start_tok).all(|w| {
                    lexicon().lookup(scan.key(w)).is_none() && !scan.key(w).starts_with("بقول")
                })
                // ("… الذي أهدر هدفا إلا أنه سدد": a contrast, not the content)
                && !opener_tok.checked_sub(1).is_some_and(|p| {
                    matches!(scan.key(p), "الا" | "غير" | "بيد" | "رغم" | "برغم" | "بعد" | "قبل")
                });
            let budget = if relative { budget.max(16) } else { budget };
            // "وقال المتظاهرون، الذين طالبوا في السابق بإقالة الحكومة، أمس إنهم": a
            // relative clause set off by commas after the subject, then at most a short
            // adjunct before the content (session 22).
            let budget = if opener == Opener::Complementizer
                && fenced_relative_end(scan, after_span, start_tok).is_some()
            {
                budget.max(24)
            } else {
                budget
            };
            // "وقال رئيس الوزراء في مؤتمر صحفي مساء أمس بعد لقائه وفدا من رجال الأعمال
            // في العاصمة "…"": an occasion adjunct may run on to a speech verb's «إن» or
            // full quotation when nothing in it can take a clause of its own.
            let budget = if occasion_stretch(scan, ents, i, span.end, opener, opener_tok) {
                budget.max(20)
            } else {
                budget
            };
            // "تعهد X (لـY) بأن …": the clause follows the subject at once.
            let clause_budget = if clause_lemma.is_some() { 3 } else { budget };
            // ("قال القائد العام …، الجنرال جون نيكولسن، الأربعاء خلال مؤتمر صحفي …
            // إن": the adjuncts are counted after the appositive name.)
            let span_end = if takes_object(scan.key(i)) && !warning_verb(scan.key(i)) {
                span.end
            } else {
                appositive_name(scan, ents, span, middle_end).unwrap_or(span.end)
            };
            // "وأضاف الملك، في كلمة ألقاها الأحد بمدينة … التي كانت …، أنه": an adjunct
            // set off by commas on both sides may be long (not for clause-only verbs).
            let framed = clause_lemma.is_none()
                && opener == Opener::Complementizer
                && matches!(
                    scan.punct(scan.toks.partition_point(|t| t.start < span_end)),
                    Some('،' | ',')
                )
                && matches!(scan.punct(opener_tok.saturating_sub(1)), Some('،' | ','));
            let clause_budget = if framed {
                clause_budget.max(26)
            } else {
                clause_budget
            };
            // "وقالت منى رشيد، وهي نائبة بارزة من أصل مغربي في هولندا، في تغريدة على
            // موقع تويتر تعليقا على صورة … "إنه …"": a nominal apposition «، وهي/وهو
            // …،» after the subject describes it and is skipped; the adjuncts after it
            // are counted as after the subject (session 23, s23b A4a).
            let (span_end, clause_budget) = match fenced_apposition_close(
                scan,
                scan.toks.partition_point(|t| t.start < span_end),
                middle_end,
            ) {
                Some(close) if clause_lemma.is_none() => {
                    let after = scan.toks.get(close).map_or(span_end, |t| t.end);
                    let stretch = occasion_stretch(scan, ents, i, after, opener, opener_tok);
                    (
                        after,
                        if stretch {
                            clause_budget.max(20)
                        } else {
                            clause_budget
                        },
                    )
                }
                _ => (span_end, clause_budget),
            };
            if words_between(span_end) > clause_budget
                || subject_words >= max_words
                || term_after.is_some_and(|e| e > span.end)
            {
                return None;
            }
            if takes_object(scan.key(i)) {
                let cut = cut_object(scan, ents, span);
                // "وحذرت بريطانيا والولايات المتحدة من أن": after a warning verb, a
                // conjunct is a second subject, not the warned party (session 22).
                let warns = warning_verb(scan.key(i));
                let rest = scan.toks.partition_point(|t| t.start < cut.end);
                let conjunct = (rest..scan.toks.len().min(rest + 3))
                    .find(|n| scan.is_word(*n))
                    .is_some_and(|n| scan.key(n).starts_with('و'));
                let mut span = if warns && conjunct && cut.end < span.end {
                    span
                } else {
                    cut
                };
                // ("حذر الرئيس الأمريكي، دونالد ترامب، من أن": the apposed name still
                // resolves the title.)
                if warns {
                    if let Some(name_end) = appositive_name(scan, ents, span, middle_end) {
                        span.end = name_end;
                    }
                }
                SourceRef::Explicit(cut_addressee(scan, ents, i, span))
            } else {
                let mut span = span;
                if let Some(name_end) = appositive_name(scan, ents, span, middle_end) {
                    span.end = name_end;
                }
                // ("مون جاي إن": the name's last word is no complementizer.)
                let next = scan.toks.partition_point(|t| t.start < span.end);
                if in_name_end(scan, ents, next) {
                    if let Some(t) = scan.toks.get(next) {
                        span.end = t.end;
                    }
                }
                SourceRef::Explicit(span)
            }
        }
        None => {
            let limit = if before_opener == Some(':') || scan.punct(opener_tok) == Some(':') {
                12
            } else if !first && subject_before(scan, ents, i).is_some() {
                // "وكان جون دور، …، قد قال لشبكة … في يوليو 2017، بعد وصول …، إن": an
                // occasion that can take no clause of its own may run on to «إن»
                // (session 21).
                if occasion_stretch(scan, ents, i, cue.end, opener, opener_tok) {
                    20
                } else {
                    // "ويذكر أن شركة X قالت في بيان نشرته عبر صفحتها على "فيسبوك"، إن"
                    9
                }
            } else if matches!(scan.key(i + 1), "في" | "خلال" | "عبر")
                && lexicon::is_adjunct_noun(scan.key(i + 2))
                // (a statement, not a time or frame: "تحدث في إطار …")
                && !matches!(
                    scan.key(i + 2),
                    "اطار" | "سياق" | "وقت" | "الوقت" | "حين" | "ختام" | "مستهل" | "بدايه"
                        | "نهايه" | "اعقاب"
                )
                && !is_month_or_period(scan.key(i + 2))
            {
                // "وقالت في مقابلة مع شبكة سي بي إس الأمريكية إنها": an interview or
                // statement adjunct names its medium.
                9
            } else {
                6
            };
            // ("تضمن" with no subject after it may be "it guarantees": the document
            // must be named.)
            if words_between(cue.end) > limit
                || clause_lemma.is_some_and(|l| l == "تضمن" || words_between(cue.end) > 3)
                || term_after.is_some()
                // "أعرب عن "…"": a quoted phrase right after a preposition.
                || (opener == Opener::Quote
                    && opener_tok
                        .checked_sub(1)
                        .filter(|p| *p > i)
                        .is_some_and(|p| {
                            lexicon::is_content_preposition(scan.key(p)) || scan.key(p) == "ب"
                        }))
            {
                return None;
            }
            // "التي تزعم الممثلة بأنه التقطها ووصفها بأنها": a pronoun-suffixed word right
            // before a cue with its own و is a coordinated verb, not an SVO subject.
            let coordinated_verb = |span: Span| {
                let t = scan.toks.partition_point(|t| t.start < span.start);
                let raw = scan.raw(ents.text, t);
                scan.key(i).starts_with('و')
                    && t + 1 == i
                    && scan.toks.get(t).is_some_and(|tk| tk.end == span.end)
                    && !scan.key(t).starts_with("ال")
                    && ["ها", "هم", "هما", "ه"].iter().any(|x| raw.ends_with(x))
                    && !ents
                        .near(span)
                        .iter()
                        .any(|(s, _)| s.start < span.end && span.start < s.end)
            };
            match subject_before(scan, ents, i).filter(|s| !first && !coordinated_verb(*s)) {
                // "نشر صلاح تغريدة قال فيها": a resumptive "فيها" points to a document
                // whose author, named earlier in the sentence, is the speaker.
                Some(span) if is_resumptive(scan.key(i + 1)) => {
                    SourceRef::Explicit(author_before(scan, ents, i).unwrap_or_else(|| {
                        // "ونشر مكتب الوزير بيانا يحذر فيه …", "أصدرت الشرطة بيانا
                        // أشارت فيه …": the verb that issued the document is no part of
                        // its author (s22b A6(d)).
                        let a = scan.toks.partition_point(|t| t.start < span.start);
                        let k = scan.key(a);
                        let issued = matches!(
                            k.strip_prefix('و').unwrap_or(k),
                            "نشر"
                                | "نشرت"
                                | "اصدر"
                                | "اصدرت"
                                | "بث"
                                | "بثت"
                                | "وزع"
                                | "وزعت"
                        );
                        // (the subject follows the verb: a definite noun or a name, not
                        // its indefinite object "أصدر بيانا")
                        let subject_next = scan.key(a + 1).starts_with("ال")
                            || ents.named_at(scan, a + 1)
                            // ("مكتب الوزير": a construct head before a definite noun;
                            // not the accusative "بيانا")
                            || (scan.key(a + 2).starts_with("ال")
                                && !scan.key(a + 1).ends_with('ا'));
                        match scan.toks.get(a + 1) {
                            Some(t)
                                if issued
                                    && subject_next
                                    && t.end <= span.end
                                    && scan.is_word(a + 1) =>
                            {
                                Span::new(t.start, span.end)
                            }
                            _ => span,
                        }
                    }))
                }
                Some(span) => SourceRef::Explicit(span),
                // "يذكر أن / يعتقد أن" with no subject anywhere: impersonal or passive
                // (but "بأنه يعتقد": the subject is the complementizer's pronoun).
                None if present
                    && (middle_end == i + 1 || impersonal_before_adjunct(scan, i))
                    && scan.key(i).trim_start_matches(['و', 'ف']).starts_with('ي')
                    // ("ويشارك أوكجي … في المسيرة، ويعتبر أن": coordinated with a
                    // clause whose named subject it shares)
                    && !coordinated_with_named(scan, ents, i)
                    // "ويقول إن", "ويضيف أن": these present forms differ from their
                    // passives (يقال، يضاف، يشار), so the subject is carried over.
                    && !matches!(
                        scan.key(i).trim_start_matches(['و', 'ف']),
                        "يقول" | "يضيف" | "يشير" | "يتابع" | "يردف"
                    )
                    // So do "ويرى أن", "فيرى أن", "ويعتبر أن" with their conjunction (the
                    // speaker goes on); a bare "يرى أن" is often generic ("من يتأمل
                    // الأرقام يرى أن") or inside a clause with its own subject.
                    && !(matches!(scan.key(i), "ويري" | "فيري" | "ويعتبر" | "فيعتبر"))
                    // ("، ويرون أن": the impersonal passive is never plural; a
                    // coordinated plural present form shares its clause's subject.)
                    && !coordinated_plural(scan, i)
                    && !i.checked_sub(1).is_some_and(|p| {
                        scan.is_complementizer(p)
                            && scan.key(p).trim_start_matches('ب').chars().count() > 2
                    }) =>
                {
                    return None
                }
                // "الأنباء التي تتحدث عن أنه": a relative agreeing with the cue whose
                // antecedent names no speaker — no one to carry over.
                None if !is_resumptive(scan.key(i + 1))
                    && i.checked_sub(1).is_some_and(|p| {
                        relative_feminine(scan.key(p)).is_some_and(|rel| {
                            cue_feminine(scan, ents.text, i) == Some(rel)
                                && p.checked_sub(1).is_some_and(|q| scan.is_word(q))
                        })
                    }) =>
                {
                    return None
                }
                None => SourceRef::Implicit,
            }
        }
    };
    let lemma = lexicon()
        .lookup(scan.key(i))
        .and_then(|c| lexicon().lemmas.get(c.lemma))
        .map_or("", String::as_str);
    match source {
        // "لأنه أظهر بوضوح أن": "showed" needs a named subject (a poll, a study, a
        // document), not a carried-over one.
        SourceRef::Implicit if lemma == "أظهر" => return None,
        SourceRef::Explicit(span) => {
            let text = fold(window(ents.text, span.start, span.end));
            let first = text.split(' ').next().unwrap_or("");
            // "أشارت كل أصابع الاتهام إلى": an idiom, no speaker; "ويذكّر هذا المشهد
            // الناس بأن": a demonstrative thing reminds, it does not mention.
            if text.split(' ').any(|w| w == "اصابع")
                || (lemma == "ذكر" && present && matches!(first, "هذا" | "هذه" | "ذلك" | "تلك"))
            {
                return None;
            }
        }
        _ => {}
    }
    Some(Candidate {
        cue,
        cue_tok: i,
        source,
        content,
        direct,
        belief,
        trim,
    })
}

/// "ويرجح بحسب التحاليل أنه …", "ويعتقد على نطاق واسع أن": a verb of supposing whose
/// passive is common ("يُرجَّح", "يُعتقد"), followed by an adjunct and no subject, is the
/// impersonal passive.
fn impersonal_before_adjunct(scan: &Scan, i: usize) -> bool {
    let k = scan.key(i).trim_start_matches(['و', 'ف']);
    let supposing = matches!(
        k,
        "يرجح" | "يعتقد" | "يتوقع" | "يقدر" | "يظن" | "يفترض" | "يخشي" | "يعتبر"
    );
    let next = scan.key(i + 1);
    supposing
        && scan.is_word(i + 1)
        && (matches!(next, "بحسب" | "حسب" | "وفق" | "وفقا" | "علي")
            || (next == "من" && scan.key(i + 2) == "خلال"))
}

/// Is the participle of أقر at `i` the noun «مقر» (headquarters): "ومقره في لندن",
/// "يتخذ من مدريد مقرا"، "مقرات أمنية"? Only "مقرا بأن", "مقرا بالهزيمة" ("admitting")
/// report; the feminine «مقرة» folds to «مقره» (his headquarters) and is the noun.
fn headquarters(scan: &Scan, i: usize, cue: lexicon::Cue) -> bool {
    let key = scan.key(i);
    let bare = key.strip_prefix('و').unwrap_or(key);
    cue.form == CueForm::Participle
        && lexicon()
            .folded_lemmas
            .get(cue.lemma)
            .is_some_and(|l| l == "اقر")
        && (matches!(bare, "مقره" | "مقرات")
            || !(scan.is_complementizer(i + 1) || scan.key(i + 1).starts_with("بال")))
}

/// "المتظاهرون، الذين طالبوا في السابق بإقالة الحكومة، أمس إنهم": a relative clause set
/// off by commas from token `comma` (the comma after the subject), closed before
/// `content` with at most three words (no cue) between the closing comma and `content`.
/// Returns the closing comma.
fn fenced_relative_end(scan: &Scan, comma: usize, content: usize) -> Option<usize> {
    let close = fenced_relative_close(scan, comma, content)?;
    let tail: Vec<usize> = (close + 1..content).collect();
    let tail_ok = tail.len() <= 3
        && tail
            .iter()
            .all(|j| scan.is_word(*j) && lexicon().lookup(scan.key(*j)).is_none());
    tail_ok.then_some(close)
}

/// The closing comma of a relative clause set off by commas from token `comma`
/// ("، الذين طالبوا في السابق بإقالة الحكومة،"), before `limit`: the clause holds no
/// complementizer, quotation, colon or full stop.
fn fenced_relative_close(scan: &Scan, comma: usize, limit: usize) -> Option<usize> {
    if !matches!(scan.punct(comma), Some('،' | ','))
        || relative_feminine(scan.key(comma + 1)).is_none()
    {
        return None;
    }
    (comma + 3..limit.min(comma + 18))
        .take_while(|j| {
            scan.punct(*j)
                .is_none_or(|c| !matches!(c, '.' | '"' | '«' | '»' | ':' | '؟' | '!'))
                && !scan.is_complementizer(*j)
        })
        .find(|c| matches!(scan.punct(*c), Some('،' | ',')))
}

/// The closing comma of a nominal apposition set off by commas from token `comma`
/// ("، وهي نائبة بارزة من أصل مغربي في هولندا،", "، وهو منظمة غير حكومية،"), before
/// `limit`: a pronoun of the subject after «و», then a verbless description (no cue,
/// complementizer, quotation, colon or full stop).
fn fenced_apposition_close(scan: &Scan, comma: usize, limit: usize) -> Option<usize> {
    if !matches!(scan.punct(comma), Some('،' | ','))
        || !matches!(scan.key(comma + 1), "وهو" | "وهي" | "وهم" | "وهما" | "وهن")
    {
        return None;
    }
    let close = (comma + 3..limit.min(comma + 18))
        .take_while(|j| {
            scan.punct(*j)
                .is_none_or(|c| !matches!(c, '.' | '"' | '«' | '»' | ':' | '؟' | '!'))
                && !scan.is_complementizer(*j)
        })
        .find(|c| matches!(scan.punct(*c), Some('،' | ',')))?;
    (comma + 2..close)
        .all(|j| !scan.is_word(j) || lexicon().lookup(scan.key(j)).is_none())
        .then_some(close)
}

/// Does the cue at `i` open a relative clause set off by a comma ("المنظمة، التي تقول")?
fn relative_after_comma(scan: &Scan, i: usize) -> bool {
    i >= 2
        && relative_feminine(scan.key(i - 1)).is_some()
        && matches!(scan.punct(i - 2), Some('،' | ','))
}

/// The lemma of a cue that reports only with a clause ("تعهد بأن", "تضمن التقرير أن"):
/// with a noun-phrase object ("تعهد بإجازة قانون", "تضمنت تهديدات") or a quoted phrase
/// ("تعهد "بطي صفحة الماضي"") it is an announcement or a list of contents, not
/// speech (guideline 2).
fn clause_only(key: &str) -> Option<&'static str> {
    let lemma = lexicon()
        .lookup(key)
        .and_then(|c| lexicon().lemmas.get(c.lemma))?;
    ["تعهد", "تضمن"].into_iter().find(|l| l == lemma)
}

/// Is `k` (folded, without و/ف) the 3rd person feminine past of `cue`'s verb: "قالت",
/// "نفت" (نفى) — not "لفت" (a radical ت) nor "قلت" (first person)?
fn past_3fs(k: &str, cue: lexicon::Cue) -> bool {
    let lex = lexicon();
    let Some(stem) = k.strip_suffix('ت') else {
        return false;
    };
    // ("بينت": the stem "بين" is a homograph left out of the plain lookup)
    if lex
        .lookup(stem)
        .or_else(|| lex.lookup_homograph(stem))
        .is_some_and(|c| c.lemma == cue.lemma)
    {
        return true;
    }
    // defective verbs drop the final weak letter: نفى → نفت، دعا → دعت
    let lemma = lex.folded_lemmas.get(cue.lemma).map_or("", String::as_str);
    let mut chars = lemma.chars();
    matches!(chars.next_back(), Some('ي' | 'ا')) && chars.as_str() == stem
}

/// A cue's folded key without its conjunction و/ف, when the rest is still a form of the
/// same verb ("وقلت" → "قلت"); "وصفت", "وعدت" keep the و of their root (session 21).
fn without_conjunction(key: &str, cue: Cue) -> &str {
    key.strip_prefix(['و', 'ف'])
        .filter(|r| lexicon().lookup(r).is_some_and(|c| c.lemma == cue.lemma))
        .unwrap_or(key)
}

/// Is the cue verb at `tok` first person ("أعتقد", "أذكّر", "نقول", "قلت", "قلنا")?
fn first_person(scan: &Scan, text: &str, tok: usize) -> bool {
    let lex = lexicon();
    let key = scan.key(tok);
    let Some(cue) = lex.lookup(key) else {
        return false;
    };
    if cue.form != CueForm::Verb {
        return false;
    }
    // Session 21: the و of "وصفت" ("she described") is the root's first letter, not a
    // conjunction: it is stripped only when the rest is still a form of the same verb
    // ("وقلت" → "قلت"), else "وصفت" read as "صفت" looked like "I described" and its
    // subject ("وصفت المجلة الأميرة بأنها") was dropped for the previous speaker.
    let k = without_conjunction(key, cue);
    let raw = scan.raw(text, tok);
    let lemma = lex.lemmas.get(cue.lemma).map_or("", String::as_str);
    let folded_lemma = lex.folded_lemmas.get(cue.lemma).map_or("", String::as_str);
    // A present form with the prefix أ or ن (not a past form spelled alike: "نقل").
    let present_first = raw.starts_with('أ') && !lemma.starts_with('أ')
        || (cue.present && k.starts_with('ن') && !folded_lemma.starts_with('ن'));
    // A past form with a consonant suffix: "قلت", "قلنا" (not "قالت").
    let past_first = !cue.present
        && k != folded_lemma
        && (k.ends_with("نا") || (k.ends_with('ت') && !past_3fs(k, cue)));
    present_first || past_first
}

/// Is the cue verb at `tok` unambiguously not the first person: a present form with the
/// prefix ي or ت ("ويقول", "وتقول", "ستقول") or a past plural in وا ("قالوا")? Forms such
/// as "أعلن", "اعتقد" (also "I announce", "I think" without hamza) or "رأيت" are left out.
fn plain_third_person(scan: &Scan, text: &str, tok: usize) -> bool {
    let key = scan.key(tok);
    let Some(cue) = lexicon().lookup(key) else {
        return false;
    };
    if cue.form != CueForm::Verb {
        return false;
    }
    let raw = scan.raw(text, tok);
    let raw = raw.strip_prefix(['ل', 'س']).unwrap_or(raw);
    if cue.present {
        raw.starts_with(['ي', 'ت'])
    } else {
        key.ends_with("وا")
    }
}

/// Is the cue verb at `tok` written as a passive ("يُعتقد أن", "يُعتبر", "ذُكر"):
/// a damma on the first letter of a verb whose active form has none there (forms I,
/// V, VIII, X; not "يُؤكد", "يُضيف", whose active prefix takes a damma)?
fn vowelled_passive(scan: &Scan, text: &str, tok: usize) -> bool {
    let Some(cue) = lexicon().lookup(scan.key(tok)) else {
        return false;
    };
    let lemma = lexicon()
        .folded_lemmas
        .get(cue.lemma)
        .map_or("", String::as_str);
    if cue.form != CueForm::Verb
        || !matches!(
            lemma,
            "اعتقد"
                | "اعتبر"
                | "ظن"
                | "راي"
                | "ذكر"
                | "نقل"
                | "كشف"
                | "توقع"
                | "زعم"
                | "ادعي"
                | "اعترف"
                | "كتب"
                | "روي"
                | "استبعد"
                | "وصف"
                | "اتهم"
                | "خشي"
                | "قال"
        )
    {
        return false;
    }
    passive_damma(scan.raw(text, tok), cue.present)
}

/// Does a verb written with its vowels read as a passive: a damma on its first
/// letter (ذُكر، يُعتقد), after a conjunction و/ف (وَذُكر) and, for a present form,
/// after ل/س? A root و keeps its own damma (وُصف).
fn passive_damma(raw: &str, present: bool) -> bool {
    let is_mark = |c: char| matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}');
    let damma_second = |w: &str| w.chars().nth(1) == Some('\u{064F}');
    let strip = |w: &'_ str, letters: [char; 2]| -> Option<String> {
        w.strip_prefix(letters)
            .map(|r| r.trim_start_matches(is_mark).to_string())
    };
    let mut forms = vec![raw.to_string()];
    if let Some(r) = strip(raw, ['و', 'ف']) {
        forms.push(r);
    }
    if present {
        let more: Vec<String> = forms.iter().filter_map(|w| strip(w, ['ل', 'س'])).collect();
        forms.extend(more);
    }
    forms.iter().any(|w| damma_second(w))
}

/// The cue at `tok` and its key without a leading conjunction و/ف.
fn cue_without_conjunction(scan: &Scan, tok: usize) -> Option<(Cue, &str)> {
    let key = scan.key(tok);
    let cue = lexicon().lookup(key)?;
    Some((cue, key.strip_prefix(['و', 'ف']).unwrap_or(key)))
}

/// Is the cue verb at `tok` a second person plural or feminine present form ("هل
/// تعتقدون أن", "تقولين إن")? It addresses the audience and attributes nothing.
fn second_person(scan: &Scan, tok: usize) -> bool {
    let lex = lexicon();
    let Some((cue, k)) = cue_without_conjunction(scan, tok) else {
        return false;
    };
    let k = k.strip_prefix(['س', 'ل']).unwrap_or(k);
    let folded_lemma = lex.folded_lemmas.get(cue.lemma).map_or("", String::as_str);
    cue.form == CueForm::Verb
        && cue.present
        && k.starts_with('ت')
        && (k.ends_with("ون") || k.ends_with("ين"))
        && !folded_lemma.starts_with('ت')
}

/// Is the cue verb (folded key) dual or plural ("قالوا", "يؤكدون", "أكدا", "تقولان")?
fn plural_verb(key: &str) -> bool {
    let lex = lexicon();
    let k = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    if k.ends_with("وا") || k.ends_with("ون") {
        return true;
    }
    if !k.ends_with('ا') && !k.ends_with("ان") {
        return false;
    }
    // A dual suffix, not a final radical ("دعا"): the lemma does not end in ا.
    lex.lookup(key)
        .and_then(|c| lex.folded_lemmas.get(c.lemma))
        .is_some_and(|l| !l.ends_with('ا') && !l.ends_with('ي') && l != k)
}

/// "ما من أحد يقول لي إن …", "لا أحد يقول إن …", "لم يقل أحد إن …": a negated generic
/// subject ("nobody says") denies the content; it reports no one's words.
fn nobody_says(scan: &Scan, i: usize) -> bool {
    let is_ahad = |j: usize| scan.is_word(j) && scan.key(j) == "احد";
    let negator = |j: usize| {
        scan.is_word(j) && matches!(scan.key(j), "لا" | "ولا" | "فلا" | "لم" | "ولم" | "لن" | "ولن")
    };
    // "لا أحد يقول", "ما من أحد يقول", "وليس هناك أحد يقول"
    let before = i.checked_sub(1).is_some_and(|a| {
        is_ahad(a)
            && a.checked_sub(1).is_some_and(|n| {
                negator(n)
                    || (scan.key(n) == "من"
                        && n.checked_sub(1).is_some_and(|m| scan.key(m) == "ما"))
                    || matches!(scan.key(n), "هناك" | "يوجد" | "ثمه")
                        && n.checked_sub(1)
                            .is_some_and(|m| matches!(scan.key(m), "ليس" | "وليس" | "لا" | "ولا"))
            })
    });
    // "لم يقل أحد إن", "لا يقول أحد إن"
    let after = is_ahad(i + 1) && i.checked_sub(1).is_some_and(negator);
    before || after
}

/// Is the short quotation opening at token `open` (one to three words, right after a
/// word) exactly a recognized name ("شركة "أرامكو"", "على "تويتر"", "لشبكة
/// "سي.إن.بي.سي"")? Quoted speech is almost never a bare entity mention.
fn quoted_name(scan: &Scan, ents: &Ents<'_>, open: usize) -> bool {
    let Some(p) = scan.closing(open) else {
        return false;
    };
    let after_word = open.checked_sub(1).is_some_and(|b| {
        scan.is_word(b)
            && scan
                .toks
                .get(b)
                .zip(scan.toks.get(open))
                .is_some_and(|(b, o)| b.end <= o.start)
    });
    if !after_word || !(1..=3).contains(&quoted_words(scan, open)) {
        return false;
    }
    let (Some(a), Some(b)) = (scan.toks.get(open + 1), scan.toks.get(p - 1)) else {
        return false;
    };
    let inner = Span::new(a.start, b.end);
    ents.near(inner)
        .iter()
        .any(|(s, _)| s.start <= inner.start && inner.end <= s.end)
}

/// Words inside the quotation opening at token `open` (`usize::MAX` if unbalanced).
fn quoted_words(scan: &Scan, open: usize) -> usize {
    match scan.partner.get(open).copied().flatten() {
        Some(p) if p > open => (open + 1..p).filter(|k| scan.is_word(*k)).count(),
        _ => usize::MAX,
    }
}

/// Between a subject ending at byte `after` and a quotation/colon opener at token
/// `opener`, may a direct quote follow? Not after a preposition: "دعت الهيئة إلى
/// إتاحة "…"", "وصف الوزير الهجوم بـ"…"" quote a phrase, not speech.
fn quote_may_follow(scan: &Scan, ents: &Ents<'_>, after: usize, opener: usize) -> bool {
    // A word glued to the quotation ("بـ"…"", "لـ"…"") introduces a phrase.
    let prev = opener.checked_sub(1).and_then(|p| scan.toks.get(p));
    let open = scan.toks.get(opener);
    let is_quote =
        matches!(open.map(|o| o.kind), Some(Kind::Punct(c)) if is_open_quote(c) || c == '"');
    if is_quote
        && matches!((prev, open), (Some(p), Some(o)) if p.kind == Kind::Word && p.end == o.start)
    {
        return false;
    }
    // "وكتب ترامب على تويتر: "…"": after a colon the quotation is speech.
    if opener
        .checked_sub(1)
        .is_some_and(|p| scan.punct(p) == Some(':'))
    {
        return true;
    }
    // (binary search: tokens are sorted, and a 5 MB sentence must stay linear)
    let mut first = scan.toks.partition_point(|t| t.start < after);
    // "وكالة الأنباء السورية (سانا) عن "…"": past a parenthesized acronym.
    if scan.punct(first) == Some('(') {
        if let Some(close) =
            (first + 1..(first + 6).min(opener)).find(|k| scan.punct(*k) == Some(')'))
        {
            first = close + 1;
        }
    }
    if first >= scan.toks.len() {
        return true;
    }
    if first >= opener || !scan.is_word(first) {
        return true;
    }
    let k = scan.key(first);
    // "وقال بوغبا عن هذا الأمر "…"": a short topic phrase, then a full quotation.
    let topic = k == "عن"
        && (1..=3).contains(&(first + 1..opener).filter(|j| scan.is_word(*j)).count())
        && quoted_words(scan, opener) != usize::MAX
        && quoted_words(scan, opener) >= 4;
    // "وأوردت الفصائل على حسابها على تويتر "…"": the medium, then a full quotation.
    // ("وقال رئيس الهيئة على حسابه في "تويتر": تداول …": a colon after the medium
    // opens the content as well.)
    let colon = scan.punct(opener) == Some(':');
    let medium = k == "علي"
        && medium_after(scan, first)
        && (colon || (quoted_words(scan, opener) != usize::MAX && quoted_words(scan, opener) >= 4));
    // "وقال الزعيم المحلي حسن موسى من بلدة تيساليت "…"": where the named speaker is
    // from, then a full quotation (session 21).
    let origin = k == "من"
        && quoted_words(scan, opener) != usize::MAX
        && quoted_words(scan, opener) >= 4
        && scan.toks.get(first.saturating_sub(1)).is_some_and(|prev| {
            ents.named_in(Span::new(prev.start, prev.end))
                .any(|(s, e)| e.label == "PER" && s.end == prev.end)
        })
        && (lexicon::is_origin_place_noun(scan.key(first + 1))
            || scan.toks.get(first + 1).is_some_and(|next| {
                ents.near(Span::new(next.start, next.end))
                    .iter()
                    .any(|(s, e)| e.label == "LOC" && s.start == next.start)
            }));
    topic
        || medium
        || origin
        || !(lexicon::is_content_preposition(k) || matches!(k, "ب" | "مع" | "ضد"))
}

/// Is token `j` the start of an adjunct that ends a source noun phrase?
fn ends_subject(scan: &Scan, j: usize) -> bool {
    match scan.toks.get(j).map(|t| t.kind) {
        Some(Kind::Word) => {
            let k = scan.key(j);
            if scan.is_name_ali(j) {
                return false;
            }
            // "مصدر رفض الكشف عن اسمه", "مسؤول طلب عدم الكشف عن هويته": the withheld
            // name belongs to the description of the source (session 23).
            if k == "عن"
                && j > 0
                && matches!(
                    scan.key(j - 1),
                    "الكشف" | "كشف" | "الافصاح" | "افصاح" | "الاعلان" | "اعلان"
                )
                && withheld_name(scan.key(j + 1))
            {
                return false;
            }
            // (and the description ends with the name withheld: "… عن هويته | لفرانس برس")
            if j > 1 && scan.key(j - 2) == "عن" && withheld_name(scan.key(j - 1)) {
                return true;
            }
            if k == "في" {
                let next = scan.key(j + 1);
                let next = next.strip_prefix("ال").unwrap_or(next);
                return !scan.is_word(j + 1)
                    // "وكالات الأنباء في كل من السعودية وقطر …"
                    || scan.key(j + 1) == "كل"
                    || lexicon::is_adjunct_noun(scan.key(j + 1))
                    || lexicon::is_adjunct_noun(next)
                    // "قال الاتحاد في بيانه", "في تسجيل مصور"
                    || adjunct_with_possessive(next)
                    // "في الأيام الماضية"
                    || time_adverbial(scan, j + 1)
                    // "وقال الوزير في تويتر / في حسابه:": a network or the speaker's
                    // own page (not "مصدر في الموقع", "بيان منشور في موقع هيئة …")
                    || (medium_after(scan, j)
                        && (!next.starts_with(['ح', 'م', 'ص', 'ق'])
                            || adjunct_with_possessive(scan.key(j + 1))
                            || ["ه", "ها", "هم"].iter().any(|x| scan.key(j + 1).ends_with(x))
                                && !scan.key(j + 1).starts_with("ال")))
                    || scan
                        .key(j + 1)
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_numeric());
            }
            // "وأوردت الحركة على حسابها على تويتر", "على موقعها": an adjunct of the medium.
            if k == "علي" && medium_after(scan, j) {
                return true;
            }
            // "وفقا لبيان حصلت عليه CNN": a verb with a resumptive pronoun after an
            // indefinite noun opens a relative clause.
            if j > 0
                && !k.starts_with("ال")
                && is_pronoun_preposition(scan.key(j + 1))
                && scan.is_word(j - 1)
                && !scan.key(j - 1).starts_with("ال")
                && !scan.key(j - 1).starts_with("وال")
                && (k.ends_with('ت') || k.starts_with(['ي', 'ت']))
            {
                return true;
            }
            // "وواصل الوزير كلمته قائلا": a speech event with a possessive is the
            // verb's object or an adjunct.
            if !k.starts_with("ال") && adjunct_with_possessive(k) && j > 0 && scan.is_word(j - 1)
            {
                return true;
            }
            // "وقال كريم من قبل إن": the adverb «من قبل» ("previously") before the
            // content ends the subject («من قبل الحكومة», "by the government", does not).
            if k == "من"
                && scan.key(j + 1) == "قبل"
                && (scan.is_complementizer(j + 2) || !scan.is_word(j + 2))
            {
                return true;
            }
            // "وقال بوفون أواخر فبراير", "السلطات الهولندية الأسبوع الماضي": a time
            // adverbial ends the subject.
            if time_adverbial(scan, j) {
                return true;
            }
            // "قالت الشرطة لاحقا إن", "وكانت الوزارة عام 2016 أعلنت": an adverb or a
            // year ends the subject.
            if lexicon::is_adverb(k)
                || (matches!(k, "عام" | "العام" | "سنه" | "السنه")
                    && scan
                        .key(j + 1)
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_numeric()))
            {
                return true;
            }
            // "وهتف المحتجون شعارات"، "وأصدر المجلس بيانا": an indefinite noun of what is
            // said, right after a word of the subject, is the verb's object.
            if j > 0 && scan.is_word(j - 1) && speech_object(k) {
                return true;
            }
            // "مسؤولون بالإدارة الأمريكية": ب + a definite institution after an unnamed
            // official is where the official serves, part of the source.
            if k.starts_with("بال")
                && j > 0
                && !scan.key(j - 1).starts_with("ال")
                && lexicon::is_anonymous_person(scan.key(j - 1))
                && scan.is_word(j + 1)
            {
                return false;
            }
            // "إلا أن متحدثا باسم الجيش قال": before «باسم», «متحدثا» is the noun
            // "a spokesman", not the adjunct "speaking" (session 23).
            if spokesperson_noun(k) && scan.key(j + 1) == "باسم" {
                return false;
            }
            // "بالتوصل …": a ب-prepositional phrase never continues a source; nor does
            // a new clause ("… لكنه أعلن").
            lexicon::is_adjunct_start(k)
                || k == "ب"
                // "قالت مصادر لـCNN": the addressee, not part of the source.
                || k.strip_prefix('ل').is_some_and(|r| {
                    r.starts_with('ـ') || r.starts_with(|c: char| c.is_ascii_alphanumeric())
                })
                || k.starts_with("بال")
                // "وتؤكد المصادر بذلك نبأ …"
                || matches!(k, "بذلك" | "بهذا" | "بهذه" | "به" | "بها" | "بهم" | "بهما")
                // "وأضاف بقوله:": the masdar of saying is no subject
                || matches!(k, "بقوله" | "بقولها" | "بقولهم" | "بقولهما")
                // "وكتب فوقها …", "وقالت فيها …"
                || is_pronoun_preposition(k)
                // a prepositional cue ("وذكرت الوكالة نقلا عن …", "… وفقا لـ")
                || (k == "نقلا" && scan.key(j + 1) == "عن")
                || matches!(k, "وفقا" | "وفق" | "بحسب" | "حسب" | "طبقا" | "حسبما")
                || matches!(
                    k,
                    "حيث"
                        | "لكن"
                        | "لكنه"
                        | "ولكنه"
                        | "لكنها"
                        | "ولكنها"
                        | "اذ"
                        | "كما"
                        | "ثم"
                        | "بعدما"
                        | "عندما"
                        | "حين"
                        // "حسب قول ميرزايانوف وكانت تجرى …": a new clause.
                        | "وكان"
                        | "وكانت"
                        | "وكانوا"
                        | "فكان"
                        | "فكانت"
                        | "وقد"
                        | "فقد"
                        | "لقد"
                        | "قد"
                        | "بل"
                        | "مما"
                )
                // "وبحسب التقديرات هناك 393 ألف": the existential opens the content
                // (not "مراسلنا هناك." = there).
                || (matches!(k, "هناك" | "هنالك" | "ثمه") && scan.is_word(j + 1))
                || k.chars().next().is_some_and(|c| c.is_numeric())
        }
        // A dot or hyphen inside a name ("أ.ف.ب", "بتروبافلوفسك-كامتشاتسكي") is not a boundary.
        Some(Kind::Punct('.' | '-' | '\'')) => {
            let glued = match (scan.toks.get(j), scan.toks.get(j + 1)) {
                (Some(t), Some(n)) => n.kind == Kind::Word && n.start == t.end,
                _ => false,
            };
            !glued
        }
        Some(Kind::Punct(_)) => true,
        _ => true,
    }
}

/// "اسمه", "هويتهم": the name or identity a source withholds ("رفض الكشف عن اسمه").
fn withheld_name(k: &str) -> bool {
    matches!(
        k,
        "اسمه"
            | "اسمها"
            | "اسمهم"
            | "اسمهما"
            | "اسماءهم"
            | "اسمائهم"
            | "هويته"
            | "هويتها"
            | "هويتهم"
            | "هوياتهم"
    )
}

/// An indefinite noun of something said or written, as a verb's object ("بيانا",
/// "تقريرا", "تغريدة"): it ends the subject before it ("وأصدر المجلس | بيانا"). (Not
/// "شعارات": a quotation after it is still the slogans' text, and the verb's object
/// must then stay in the source for the quotation to be kept.)
fn speech_object(k: &str) -> bool {
    matches!(
        k,
        "بيانا"
            | "تقريرا"
            | "رسائل"
            | "خطابا"
            | "تغريده"
            | "تغريدات"
            | "تعليقا"
            | "تحذيرا"
            | "مناشده"
            | "تصريحا"
    )
}

/// Does a medium follow the preposition at `j` ("على حسابها", "على موقعه الرسمي", "على
/// تويتر")?
fn medium_after(scan: &Scan, j: usize) -> bool {
    let next = scan.key(j + 1);
    let bare = next.strip_prefix("ال").unwrap_or(next);
    [
        "حساب",
        "موقع",
        "صفحت",
        "صفحه",
        "منصت",
        "منصه",
        "قنات",
        "قناه",
        "تويتر",
        "فيسبوك",
        "فيس",
        "انستغرام",
        "انستجرام",
        "يوتيوب",
    ]
    .iter()
    .any(|m| bare.starts_with(m))
}

/// Is folded `k` an adjunct noun with a possessive suffix ("بيانه", "كلمتها")?
fn adjunct_with_possessive(k: &str) -> bool {
    let stem = strip_possessive(k);
    if stem.len() == k.len() {
        return false;
    }
    lexicon::is_adjunct_noun(stem)
        || stem
            .strip_suffix('ت')
            .is_some_and(|b| lexicon::is_adjunct_noun(&format!("{b}ه")))
}

/// A folded noun without its possessive suffix ("بيانه" → "بيان", "كلمتها" → "كلمه").
fn strip_possessive(k: &str) -> &str {
    for suffix in ["هما", "هم", "ها", "ه"] {
        if let Some(stem) = k.strip_suffix(suffix) {
            if stem.chars().count() >= 3 {
                return stem;
            }
        }
    }
    k
}

/// Does token `j` open a bare time adverbial: "الأسبوع الماضي", "العام المقبل",
/// "أواخر فبراير", "مطلع الشهر", "منتصف الليل"?
fn time_adverbial(scan: &Scan, j: usize) -> bool {
    let k = scan.key(j);
    let next = scan.key(j + 1);
    let next_is_word = scan.is_word(j + 1);
    match k {
        "الاسبوع" | "الشهر" | "العام" | "السنه" | "الاسابيع" | "الاشهر" | "الايام" | "الصيف"
        | "الشتاء" | "الربيع" | "الخريف" => {
            next_is_word
                && matches!(
                    next,
                    "الماضي"
                        | "الماضيه"
                        | "المقبل"
                        | "المقبله"
                        | "الجاري"
                        | "الحالي"
                        | "القادم"
                        | "القادمه"
                        | "الفايت"
                        | "المنصرم"
                        | "الاخير"
                        | "الاخيره"
                )
        }
        "اواخر" | "اوايل" | "منتصف" | "مطلع" | "اوسط" => {
            next_is_word
                && (lexicon::is_adjunct_noun(next)
                    || lexicon::is_time_word(next)
                    || lexicon::is_adjunct_noun(next.strip_prefix("ال").unwrap_or(next))
                    || matches!(next, "الليل" | "النهار"))
        }
        _ => false,
    }
}

/// A preposition with a pronoun suffix ("فيها", "عليه", "فوقها", "لهم").
fn is_pronoun_preposition(k: &str) -> bool {
    let Some(p) = ["ها", "هما", "هم", "هن", "ه"]
        .iter()
        .find_map(|s| k.strip_suffix(s))
    else {
        return false;
    };
    matches!(
        p,
        "في" | "علي"
            | "فوق"
            | "تحت"
            | "عن"
            | "من"
            | "ل"
            | "مع"
            | "عبر"
            | "امام"
            | "خلف"
            | "حول"
            | "خلال"
            | "اثناء"
    )
}

/// A first or second person addressee ("لك", "لنا", "لكم"; not "لي", also the name Lee): never part of a
/// source ("قد يقول لك قائل", "قائل لك").
fn addressee_pronoun(k: &str) -> bool {
    matches!(k, "لك" | "لكم" | "لكما" | "لنا")
}

/// The subject noun phrase in tokens `[a, b)`: from `a` to the first adjunct.
fn subject_after(scan: &Scan, ents: &Ents<'_>, a: usize, b: usize) -> Option<Span> {
    // "أعلنت #تويتر، الخميس، أن": a hashtag names the subject.
    if a + 1 < b
        && scan.punct(a) == Some('#')
        && scan.is_word(a + 1)
        && scan
            .toks
            .get(a)
            .zip(scan.toks.get(a + 1))
            .is_some_and(|(h, w)| h.end == w.start)
    {
        // ("#الشرطة_البريطانية": the words joined by "_" are one name)
        let mut span = subject_after(scan, ents, a + 1, b)?;
        let mut t = scan.toks.partition_point(|t| t.start < span.end);
        while scan.punct(t) == Some('_')
            && scan.is_word(t + 1)
            && scan
                .toks
                .get(t)
                .zip(scan.toks.get(t + 1))
                .is_some_and(|(u, w)| u.start == span.end && u.end == w.start)
        {
            span.end = scan.toks.get(t + 1).map_or(span.end, |w| w.end);
            t += 2;
        }
        return Some(span);
    }
    // "ويقول لكون-بينديت: "…"": a ل-phrase right before the colon is the addressee.
    // ("وقال لوف: "…"", "قال لافروف:": a name starting with ل is the speaker.)
    if a < b && scan.is_word(a) && addressee_before_colon(scan, a) && !ents.named_at(scan, a) {
        return None;
    }
    // "وقال للحكم: "…"", "أكدت للمتسابق السوري أن", "وقال لأعضاء البرلمان إن": a
    // ل-phrase right after the verb is its addressee; the subject is implicit unless a
    // speaker follows it ("وقال للصحفيين وزير الخارجية إن").
    if a < b
        && scan.is_word(a)
        && (addressee_phrase(scan, ents, a) || preposition_on_name(scan, ents, a))
    {
        let speaker_follows = (a + 1..b.min(a + 5)).any(|j| {
            let k = scan.key(j);
            let bare = k.strip_prefix("ال").unwrap_or(k);
            scan.is_word(j)
                && (lexicon::description_head(bare) == Some(true)
                    || lexicon::is_anonymous_person(bare)
                    || ents
                        .named_in(tok_span(scan, j, j).unwrap_or(Span::new(0, 0)))
                        .any(|(s, e)| {
                            e.label == "PER" && scan.toks.get(j).is_some_and(|t| t.start == s.start)
                        }))
        });
        if !speaker_follows {
            return None;
        }
    }
    // "توقع بعدها مراقبون أن": a suffixed time adverb before the subject is skipped.
    if a + 1 < b
        && scan.is_word(a)
        && matches!(
            scan.key(a),
            "بعدها" | "بعده" | "قبلها" | "قبله" | "وقتها" | "حينها" | "حينئذ" | "يومها"
        )
    {
        // ("أعلن بعدها مباشرة الناطق …": "right after it")
        let next = if scan.key(a + 1) == "مباشره" && a + 2 < b {
            a + 2
        } else {
            a + 1
        };
        return subject_after(scan, ents, next, b);
    }
    // "كشفت 3 مصادر مطلعة أن": a numeral counting an unnamed head is a subject.
    let counted = is_number(scan, a) && lexicon::is_anonymous_head(scan.key(a + 1));
    // A name that looks like a preposition ("قال بالخير إنه"): NER knows better.
    if a < b
        && scan.is_word(a)
        && ends_subject(scan, a)
        && !ents.named_at(scan, a)
        && !(is_number(scan, a) && is_percent(scan, a + 1))
        && !counted
    {
        return None;
    }
    subject_from(scan, ents, a, b)
}

/// "ويقول لكون-بينديت : "…"", "قال لزملائه:": a ل-phrase of one (hyphenated) word
/// before the colon addresses someone; it is not the speaker.
fn addressee_before_colon(scan: &Scan, a: usize) -> bool {
    let k = scan.key(a);
    let Some(rest) = k.strip_prefix('ل').filter(|r| !r.starts_with('ل')) else {
        return false;
    };
    if rest.chars().count() < 3
        || lexicon::description_head(k).is_some()
        || lexicon::is_anonymous_head(k)
        || lexicon::takes_quoted_name(k)
    {
        return false;
    }
    let mut j = a + 1;
    while scan.punct(j) == Some('-') && scan.is_word(j + 1) {
        j += 2;
    }
    scan.punct(j) == Some(':')
}

/// The subject of a cue that opens a quotation inside a content clause (session 21):
/// "أن الرئيس "قال بوضوح إنه …"" → "الرئيس" — at most six words between a complementizer
/// and the opening mark, starting with a definite noun or a name.
fn quoted_svo_subject(scan: &Scan, ents: &Ents<'_>, cue_tok: usize) -> Option<Span> {
    let open = cue_tok.checked_sub(1)?;
    let mark = scan.punct(open)?;
    if !(is_open_quote(mark) || (mark == '"' && scan.closing(open).is_some())) {
        return None;
    }
    let last = open.checked_sub(1).filter(|j| scan.is_word(*j))?;
    let mut first = last;
    loop {
        let p = first.checked_sub(1)?;
        if scan.is_complementizer(p) {
            break;
        }
        if !scan.is_word(p) || last - p >= 6 {
            return None;
        }
        first = p;
    }
    let comp = scan.key(first - 1);
    if !matches!(comp, "ان" | "بان") {
        return None;
    }
    let k = scan.key(first);
    (k.starts_with("ال") || ents.named_at(scan, first))
        .then(|| tok_span(scan, first, last))
        .flatten()
}

/// Session 21: "قال لماكرون إنه", "تحدثا لـCNN": the preposition ل (or "لـ") written on a
/// name that NER tagged without it is an addressee ("to Macron", "to CNN"), never the
/// speaker; a name that merely starts with ل ("لافروف") is tagged from its first letter.
fn preposition_on_name(scan: &Scan, ents: &Ents<'_>, a: usize) -> bool {
    let Some(t) = scan.toks.get(a) else {
        return false;
    };
    let word = Span::new(t.start, t.end);
    ents.near(word).iter().any(|(s, _)| {
        s.start > t.start
            && s.start < t.end
            && matches!(ents.text.get(t.start..s.start), Some("ل" | "لـ"))
    })
}

/// "للحكم", "للمتسابق", "لأعضاء", "لإليسا": a word with the preposition ل fused to the
/// article (لل) or to a hamza-initial noun cannot be a subject (unless NER tagged it).
fn addressee_phrase(scan: &Scan, ents: &Ents<'_>, a: usize) -> bool {
    let raw = scan.raw(ents.text, a);
    let k = scan.key(a);
    let fused = (k.starts_with("لل") && k.chars().count() >= 5)
        || ((raw.starts_with("لأ") || raw.starts_with("لإ")) && raw.chars().count() >= 5);
    // ("لأن", "لإجراء": a conjunction or a masdar opens no addressee either, but that is
    // for the content finder; only a noun-like word is taken here)
    fused && !ents.named_at(scan, a) && !matches!(k, "لان" | "لانه" | "لانها" | "لانهم")
}

/// A month name or a period noun that opens a time phrase ("يناير", "آذار", "الأسبوع").
fn is_month_or_period(k: &str) -> bool {
    lexicon::is_time_word(k)
        || matches!(
            k,
            "يناير"
                | "فبراير"
                | "مارس"
                | "ابريل"
                | "مايو"
                | "يونيو"
                | "يوليو"
                | "اغسطس"
                | "سبتمبر"
                | "اكتوبر"
                | "نوفمبر"
                | "ديسمبر"
                | "كانون"
                | "شباط"
                | "اذار"
                | "نيسان"
                | "ايار"
                | "حزيران"
                | "تموز"
                | "اب"
                | "ايلول"
                | "تشرين"
                | "الاسبوع"
                | "الشهر"
                | "العام"
                | "عام"
                | "اليوم"
                | "الصباح"
                | "المساء"
        )
}

/// Is token `j` a number ("24", "٢٨")?
fn is_number(scan: &Scan, j: usize) -> bool {
    scan.is_word(j) && scan.key(j).chars().next().is_some_and(char::is_numeric)
}

/// Does a percentage unit start at token `j` ("في المئة", "بالمئة", "%", "٪")?
fn is_percent(scan: &Scan, j: usize) -> bool {
    matches!(scan.key(j), "بالمئه" | "بالمايه" | "بالمائه")
        || matches!(scan.punct(j), Some('%' | '\u{066A}'))
        || (scan.key(j) == "في" && matches!(scan.key(j + 1), "المئه" | "المايه" | "المائه"))
}

/// Quantity words that may open a subject before a number ("أكثر من 80 في المئة من
/// المراهقين", "نحو 59 بالمئة").
fn is_quantity_word(k: &str) -> bool {
    matches!(
        k,
        "اكثر"
            | "اقل"
            | "نحو"
            | "حوالي"
            | "قرابه"
            | "زهاء"
            | "من"
            | "ما"
            | "يقارب"
            | "يزيد"
            | "علي"
    )
}

/// Like [`subject_after`] but the first word is taken even if it looks like an
/// adjunct ("وفقا لموقع …": the ل is the preposition of the cue).
fn subject_from(scan: &Scan, ents: &Ents<'_>, a: usize, b: usize) -> Option<Span> {
    // "ونقلت "رويترز" عن …": a quoted name is the subject.
    if scan.punct(a).is_some_and(|c| is_open_quote(c) || c == '"') {
        let p = scan.partner.get(a).copied().flatten()?;
        let then = p + 1;
        let frame = scan.key(then) == "عن"
            || scan.is_complementizer(then)
            || matches!(scan.punct(then), Some('،' | ',' | ':'))
            || then >= b;
        if p > a + 1 && p < b && frame && (1..=3).contains(&quoted_words(scan, a)) {
            return tok_span(scan, a + 1, p - 1);
        }
        return None;
    }
    if a >= b
        || !scan.is_word(a)
        || lexicon::is_pronoun(scan.key(a))
        || lexicon::is_adverb(scan.key(a))
        // (the auxiliary "كانت تقول" is a verb, never the subject)
        || matches!(scan.key(a), "كان" | "كانت" | "كانوا")
    {
        return None;
    }
    // "وقال علي سالم إن", "ويطالب علي حمزة بأن": the first name علي folds like the
    // preposition على; a person the entity pass starts there is the subject (s22d A1).
    let ali = scan.key(a) == "علي" && ents.person_at(scan, a);
    if (lexicon::is_content_preposition(scan.key(a)) && !ali)
        || matches!(scan.key(a), "في" | "ل" | "ب" | "لها" | "له" | "لهم")
    {
        return None;
    }
    let mut end = a;
    let mut words = 0;
    let mut j = a;
    while j < b {
        // "منظمات عدة، بينها العفو الدولية وأوكسفام،": the names a group includes
        // belong to the group's phrase.
        if j > a {
            let list = if matches!(scan.punct(j), Some('،' | ',')) {
                group_list_end(scan, ents, j + 1, b)
            } else {
                group_list_end(scan, ents, j, b)
            };
            if let Some(e) = list {
                end = e;
                words += 1;
                j = e + 1;
                continue;
            }
        }
        // A quoted name inside the subject: صحيفة "ماركا" الإسبانية.
        if j > a {
            if let Some(Kind::Punct(c)) = scan.toks.get(j).map(|t| t.kind) {
                if is_open_quote(c) || c == '"' {
                    if let Some(p) = scan
                        .partner
                        .get(j)
                        .copied()
                        .flatten()
                        .filter(|p| *p > j && *p < b)
                    {
                        let inside = (j + 1..p).filter(|k| scan.is_word(*k)).count();
                        if (1..=3).contains(&inside)
                            || (inside <= 6 && issued_by(scan, j - 1))
                            || named_by_noun(scan, j)
                        {
                            end = p;
                            words += inside;
                            j = p + 1;
                            continue;
                        }
                    }
                }
            }
        }
        // "وقال بنك (إيه.إن.زد)": a parenthesized name after a bare organization noun
        // (an acronym after a full name stays out: "وكالة الأنباء الفلسطينية (وفا)").
        if j == a + 1
            && scan.punct(j) == Some('(')
            && lexicon::description_head(scan.key(a)) == Some(false)
        {
            if let Some(close) = (j + 2..(j + 8).min(b)).find(|k| scan.punct(*k) == Some(')')) {
                // (words or a dotted acronym, not an age "(29 عاما)")
                let inside_ok = (j + 1..close).all(|k| {
                    (scan.is_word(k) && !is_number(scan, k))
                        || matches!(scan.punct(k), Some('.' | '-'))
                });
                if inside_ok {
                    end = close;
                    words += (j + 1..close).filter(|k| scan.is_word(*k)).count();
                    j = close + 1;
                    continue;
                }
            }
        }
        // "أكثر من 80 في المئة من المراهقين", "24 بالمئة منهم": a quantity subject.
        let quantity = (is_number(scan, j)
            && (a..j).all(|k| is_quantity_word(scan.key(k)))
            && is_percent(scan, j + 1))
            || (j > a && is_number(scan, j - 1) && is_percent(scan, j));
        // "وقال بوتين لعباس إن": ل after a person's name marks the addressee.
        // ("وقال الرئيس لصديقه": ل + a noun with a possessive pronoun, likewise.)
        let addressee = j > a
            && scan.key(j).starts_with('ل')
            && scan.key(j).chars().count() > 3
            && (scan.toks.get(j - 1).is_some_and(|prev| {
                ents.named_in(Span::new(prev.start, prev.end))
                    .any(|(s, e)| e.label == "PER" && s.end == prev.end)
            }) || (!scan.key(j).starts_with("لل")
                && scan.key(j).chars().count() >= 5
                && ["ه", "ها", "هم"]
                    .iter()
                    .any(|x| scan.raw(ents.text, j).ends_with(x))));
        // "قائل لك": a first or second person addressee ends the subject.
        // "ويجاهر فريدمان | بدعم الاستيطان", "واختتم الأسطورة البرازيلي | برأيه:": a
        // ب-phrase after a name, or a ب-noun with a possessive, is an adjunct.
        let bi = scan.key(j);
        // (the pronoun as written: "بجامعة" ends in a ta marbuta, not a pronoun)
        let bi_raw = scan.raw(ents.text, j);
        let bi_phrase = j > a
            && bi.starts_with('ب')
            && bi.chars().count() >= 4
            && !ents.named_at(scan, j)
            // ("في برنامجه": a noun in ب after a preposition, not the preposition ب)
            && !matches!(scan.key(j - 1), "في" | "علي" | "من" | "عن" | "الي" | "مع")
            && (["ه", "ها", "هم", "هما"]
                .iter()
                .any(|x| bi_raw.ends_with(x) && bi.chars().count() >= 5)
                || scan.toks.get(j - 1).is_some_and(|prev| {
                    ents.named_in(Span::new(prev.start, prev.end))
                        .any(|(s, e)| e.label == "PER" && s.end == prev.end)
                }));
        // "وصرح ترامب | في البيت الأبيض": في right after a person's name opens a place
        // or occasion, never part of the speaker ("الباحث في المعهد" has no name before).
        let place_after_name = j > a
            && scan.key(j) == "في"
            && scan.toks.get(j - 1).is_some_and(|prev| {
                ents.named_in(Span::new(prev.start, prev.end))
                    .any(|(s, e)| e.label == "PER" && s.end == prev.end)
            });
        // "وقال الزعيم المحلي حسن موسى | من بلدة تيساليت "…"": من + a town or a place
        // name right after a person's name says where the speaker is from; the source
        // ends with the name (session 21).
        let origin_after_name = j > a
            && scan.key(j) == "من"
            && scan.toks.get(j - 1).is_some_and(|prev| {
                ents.named_in(Span::new(prev.start, prev.end))
                    .any(|(s, e)| e.label == "PER" && s.end == prev.end)
            })
            && scan.is_word(j + 1)
            && (lexicon::is_origin_place_noun(scan.key(j + 1))
                || scan.toks.get(j + 1).is_some_and(|next| {
                    ents.near(Span::new(next.start, next.end))
                        .iter()
                        .any(|(s, e)| e.label == "LOC" && s.start == next.start)
                }));
        // ("نفت الناقلة الوطنية "فلاي دبي" | ما يتم تداوله": "what" opens the object)
        let addressee = addressee
            || place_after_name
            || origin_after_name
            || bi_phrase
            || (j > a && scan.key(j) == "ما")
            || (j > a
                && addressee_pronoun(scan.key(j))
                && scan.key(j - 1) != "عن"
                && !ents.named_at(scan, j));
        // "وخاطبت السفيرة الأميركية | الرئيس الفلسطيني": a definite person or
        // organization noun after a nisba adjective is the verb's object.
        let nisba_object = (j > a + 1 && definite_object_after_nisba(scan, j))
            // "ورفض المتحدث باسم الشرطة | التعليق على …": the masdar a refusal takes.
            || (j > a
                && matches!(scan.key(j), "التعليق" | "الافصاح" | "الادلاء")
                && !matches!(scan.key(j - 1), "في" | "علي" | "عن" | "من"));
        // "صحيفة "لوموند" المسائية | كانت قد نقلت": the auxiliary after its subject
        // (not the city of Cannes inside a name: "مهرجان كان").
        let kana = j > a
            && matches!(scan.key(j), "كان" | "كانت" | "كانوا")
            && scan.toks.get(j).is_some_and(|t| {
                !ents
                    .near(Span::new(t.start, t.end))
                    .iter()
                    .any(|(s, _)| s.start < t.end && t.start < s.end)
            })
            && !scan.key(j - 1).ends_with("مهرجان");
        // "تقرير لوكالة "موديز"", "بيان لوزارة الدفاع": ل after a document is its
        // genitive, not an addressee; "فريق الدفاع عن لي", "المسؤول عن الملف": عن
        // after a noun that takes it belongs to the phrase.
        let genitive = j > a
            && ((scan.key(j).starts_with('ل') && is_document_noun(scan.key(j - 1)))
                || (scan.key(j) == "عن" && takes_an(scan.key(j - 1)) && scan.is_word(j + 1))
                || (j > a + 1 && scan.key(j - 1) == "عن" && takes_an(scan.key(j - 2))));
        // "ووصفت روسيا | موقف المملكة المتحدة بأنه": after a place name that is the whole
        // subject, an indefinite noun (no adjective, title or name) opens the object.
        let place_object = j > a
            && (place_then_object(scan, ents, a, j)
                || (j == a + 1 && object_after_person_head(scan, ents, a, j)));
        if j > a
            && !quantity
            && !issued_by(scan, j)
            && (addressee
                || place_object
                || nisba_object
                || kana
                || (ends_subject(scan, j) && !genitive)
                || object_starts(scan, ents, j, false)
                // (the issuer's name ends at the content: "صادر عن الوزارة فإن")
                || ((scan.is_complementizer(j) || scan.key(j) == "فان")
                    && (a.max(j.saturating_sub(16))..j).any(|k| issued_by(scan, k)))
                // "وبحسب تقرير الوزارة فإن …": فإن opens the content (not "فان" the
                // Dutch particle of a name, "فان دايك").
                || (matches!(scan.key(j), "فان" | "فانه" | "فانها" | "فانهم")
                    && !ents.named_at(scan, j)))
        {
            break;
        }
        end = j;
        words += 1;
        if words >= MAX_SOURCE_WORDS {
            break;
        }
        j += 1;
    }
    let mut span = tok_span(scan, a, end)?;
    // Never cut a named entity in two.
    for (s, _) in ents.named_in(span) {
        if s.end > span.end && scan.toks.get(b).is_none_or(|t| s.end <= t.start) {
            span.end = s.end;
        }
    }
    Some(span)
}

/// Is token `j` an indefinite noun that opens the verb's object right after a place
/// name spanning the whole subject `[a, j)` ("ووصفت روسيا | موقف المملكة المتحدة")? Not
/// an adjective (nisba), a title, a connector, a preposition or a name.
fn place_then_object(scan: &Scan, ents: &Ents<'_>, a: usize, j: usize) -> bool {
    let (Some(first), Some(prev), Some(t)) =
        (scan.toks.get(a), scan.toks.get(j - 1), scan.toks.get(j))
    else {
        return false;
    };
    let k = scan.key(j);
    let whole_place = ents
        .near(Span::new(first.start, prev.end))
        .iter()
        .any(|(s, e)| e.label == "LOC" && s.start <= first.start && s.end == prev.end);
    whole_place
        && scan.is_word(j)
        && !k.starts_with("ال")
        && !k.starts_with(['و', 'ب', 'ل', 'ف', 'ك'])
        && k.chars().count() >= 3
        && !k.ends_with('ي')
        && !k.ends_with("يه")
        && !k.chars().next().is_some_and(|c| c.is_numeric())
        && lexicon::description_head(k).is_none()
        && !lexicon::is_anonymous_head(k)
        && !lexicon::is_adverb(k)
        && !lexicon::is_time_word(k)
        && !is_month_or_period(k)
        && !scan.is_complementizer(j)
        && !ents
            .near(Span::new(t.start, t.end))
            .iter()
            .any(|(s, _)| s.start < t.end && t.start < s.end)
}

/// Does an object open at `j` right after a one-word definite person description at
/// `head` ("هاجم الوزير | قناة "الجزيرة""): an organization or place entity, or an
/// organization noun ("قناة", "وزارة") before one? A definite noun is never in construct,
/// so what follows it is no genitive; a person's name would be tagged PER.
fn object_after_person_head(scan: &Scan, ents: &Ents<'_>, head: usize, j: usize) -> bool {
    let person_head = scan
        .key(head)
        .strip_prefix("ال")
        .is_some_and(|h| lexicon::description_head(h) == Some(true));
    let starts = |k: usize, labels: &[&str]| {
        scan.toks.get(k).is_some_and(|t| {
            ents.near(Span::new(t.start, t.end))
                .iter()
                .any(|(s, e)| s.start == t.start && labels.contains(&e.label.as_str()))
        })
    };
    let covered_by_person = scan.toks.get(j).is_some_and(|t| {
        ents.near(Span::new(t.start, t.end))
            .iter()
            .any(|(s, e)| s.start < t.end && t.start < s.end && e.label == "PER")
    });
    person_head
        && scan.is_word(j)
        && !covered_by_person
        && (starts(j, &["ORG", "LOC"])
            || (!scan.key(j).starts_with("ال")
                && lexicon::description_head(scan.key(j)) == Some(false)
                && starts(j + 1, &["ORG", "LOC"])))
}

/// The word that opens the list of a group's members ("منظمات بينها …", "دول عدة،
/// منها …"), after an optional "من" ("من بينها").
fn group_word(scan: &Scan, j: usize) -> Option<usize> {
    let j = if matches!(scan.key(j), "من" | "ومن") {
        j + 1
    } else {
        j
    };
    matches!(
        scan.key(j),
        "بينها" | "بينهم" | "بينهن" | "منها" | "منهم" | "ومنها" | "ومنهم"
    )
    .then_some(j)
}

/// "عدد من المنظمات بينها العفو الدولية وأوكسفام وغرينبيس": with `j` at the word that
/// opens a group's list (or "من" before it), the token index of the list's last word —
/// named entities joined by و or commas, the first right after the opening word — if
/// the list ends before `b`.
fn group_list_end(scan: &Scan, ents: &Ents<'_>, j: usize, b: usize) -> Option<usize> {
    let k = group_word(scan, j)?;
    let mut last = None;
    let mut t = k + 1;
    loop {
        if last.is_some() {
            // the next member: "، X" or "وX"
            if matches!(scan.punct(t), Some('،' | ',')) {
                t += 1;
            } else if !scan.key(t).starts_with('و') {
                break;
            }
        }
        if t >= b || !scan.is_word(t) {
            break;
        }
        let Some(tok) = scan.toks.get(t) else { break };
        // (an entity opening the word, or after its glued و)
        let end_byte = ents
            .near(Span::new(tok.start, tok.end))
            .iter()
            .filter(|(s, _)| s.start >= tok.start && s.start <= tok.start + 'و'.len_utf8())
            .map(|(s, _)| s.end)
            .max();
        let Some(end_byte) = end_byte else { break };
        let Some(e) = scan
            .toks
            .partition_point(|x| x.start < end_byte)
            .checked_sub(1)
        else {
            break;
        };
        if e >= b || e < t {
            break;
        }
        last = Some(e);
        t = e + 1;
    }
    last
}

/// Does `span` hold a group with its listed members ("منظمات بينها A وB")?
fn is_group(scan: &Scan, ents: &Ents<'_>, span: Span) -> bool {
    let a = scan.toks.partition_point(|t| t.start < span.start);
    let b = scan.toks.partition_point(|t| t.start < span.end);
    (a + 1..b).any(|j| group_list_end(scan, ents, j, b).is_some())
}

/// A document that may have an author after ل ("تقرير لوكالة", "دراسة لجامعة").
fn is_document_noun(k: &str) -> bool {
    let k = k
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(k);
    let bare = k.strip_prefix("ال").unwrap_or(k);
    matches!(
        bare,
        "تقرير"
            | "تقارير"
            | "بيان"
            | "دراسه"
            | "وثيقه"
            | "استطلاع"
            | "تحليل"
            | "مذكره"
            | "رساله"
    )
}

/// A noun whose complement is an عن-phrase ("فريق الدفاع عن لي", "المسؤول عن الملف").
fn takes_an(k: &str) -> bool {
    let bare = k.strip_prefix("ال").unwrap_or(k);
    matches!(
        bare,
        "دفاع"
            | "مدافع"
            | "مدافعون"
            | "مدافعين"
            | "مسؤول"
            | "مسؤوله"
            | "مسؤولون"
            | "مسؤولين"
            | "مسئول"
    )
}

/// Is token `j` the "عن" of "(بيان) صادر عن X" ("issued by X")? The issuer belongs to
/// the source: "وقال بيان صادر عن وزارة الخارجية إن", "وفقا لبيان صادر عن وزارة الدفاع
/// فإن".
fn issued_by(scan: &Scan, j: usize) -> bool {
    scan.key(j) == "عن"
        && j.checked_sub(1).is_some_and(|p| {
            let k = scan.key(p);
            let k = k.strip_prefix("ال").unwrap_or(k);
            matches!(k, "صادر" | "صادره" | "صادرة")
        })
}

/// "وقال المدرب، زين الدين زيدان، في مؤتمر صحفي": a description without a name, then
/// a person's name set off by commas (or reaching the content) — the name is part of
/// the source. Returns the byte end of the name.
fn appositive_name(scan: &Scan, ents: &Ents<'_>, span: Span, b: usize) -> Option<usize> {
    // (A name inside the title's own complement does not name the speaker: "المتحدث
    // باسم عباس، نبيل أبو ردينة", "الرئيس التنفيذي لشركة عواد كابيتال، زياد عواد".)
    if ents
        .named_in(span)
        .any(|(s, e)| e.label == "PER" && !title_complement(scan, *s))
    {
        return None;
    }
    let comma = scan.toks.partition_point(|t| t.start < span.end);
    if comma + 1 >= b || !matches!(scan.punct(comma), Some('،' | ',')) {
        return None;
    }
    // ("، الجنرال جون نيكولسن،": a one-word title may stand before the name)
    let titled = scan
        .key(comma + 1)
        .strip_prefix("ال")
        .is_some_and(|h| lexicon::description_head(h) == Some(true));
    let first = scan.toks.get(comma + 1 + usize::from(titled))?;
    let (name, _) = ents
        .named_in(Span::new(first.start, first.end))
        .find(|(s, e)| s.start == first.start && e.label == "PER")?;
    let mut after = scan.toks.partition_point(|t| t.start < name.end);
    let mut name_end = name.end;
    // ("كانغ كونغ-وا": a hyphen-joined piece NER left out is part of the name.)
    while scan.punct(after) == Some('-') && scan.is_word(after + 1) {
        let (Some(h), Some(w)) = (scan.toks.get(after), scan.toks.get(after + 1)) else {
            break;
        };
        if h.start != name_end || w.start != h.end {
            break;
        }
        name_end = w.end;
        after += 2;
    }
    let closed = after >= b
        || matches!(scan.punct(after), Some('،' | ',' | ':'))
        || (titled && lexicon::is_time_word(scan.key(after)));
    (closed && scan.toks.get(b).is_none_or(|t| name_end <= t.start)).then_some(name_end)
}

/// In a spokesperson's title ("المتحدث باسم وزارة المالية", "الناطقة الرسمية بلسان
/// الحكومة"), is the entity at `s` (inside the source `span`) the principal spoken for
/// rather than the speaker? Every entity after «باسم/بلسان» is, except a person apposed
/// to a complete complement ("المتحدث باسم وزارة المالية كريم ناصر"); a person right
/// after «باسم/بلسان/مكتب» ("متحدث باسم ماي", "باسم مكتب هالة منصور") or after a
/// feminine person title a man speaks for ("المتحدث باسم رئيسة الوزراء سارة …") is the
/// principal too.
fn spoken_for(scan: &Scan, span: Span, s: Span, e: &Entity) -> bool {
    let a = scan.toks.partition_point(|t| t.start < span.start);
    let b = scan.toks.partition_point(|t| t.start < span.end);
    let Some(p) = (a + 1..b).find(|&j| {
        matches!(scan.key(j), "باسم" | "بلسان")
            && (j.saturating_sub(2)..j).any(|k| k >= a && spokesperson_noun(scan.key(k)))
    }) else {
        return false;
    };
    let Some(at) = scan.toks.get(p) else {
        return false;
    };
    if s.start < at.end {
        return false;
    }
    if e.label != "PER" {
        return true;
    }
    let before = scan.toks.partition_point(|t| t.start < s.start);
    if before == p + 1
        || before
            .checked_sub(1)
            .is_some_and(|k| matches!(scan.key(k), "مكتب" | "لمكتب"))
    {
        return true;
    }
    let man = (p.saturating_sub(2)..p)
        .filter(|&k| k >= a)
        .any(|k| spokesperson_noun(scan.key(k)) && !scan.key(k).ends_with('ه'));
    let title = scan.key(p + 1);
    let title = title.strip_prefix("ال").unwrap_or(title);
    // Session 21: "المتحدثة باسم رئيس الحكومة الإيطالية جوزيبي كونتي": the name after
    // "باسم + رئيس …" (no comma before it) is the principal, whoever speaks for him.
    let principal = title == "رئيس"
        && before
            .checked_sub(1)
            .is_some_and(|k| k > p && scan.is_word(k));
    principal
        || man
            && matches!(
                title,
                "رئيسه"
                    | "وزيره"
                    | "مستشاره"
                    | "ملكه"
                    | "اميره"
                    | "حاكمه"
                    | "زعيمه"
                    | "مديره"
            )
}

/// "متحدث", "الناطقة", "المتحدثون": a spokesperson noun (folded key).
fn spokesperson_noun(k: &str) -> bool {
    let k = k
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(k);
    let k = k.strip_prefix("ال").unwrap_or(k);
    matches!(
        k,
        "متحدث"
            | "متحدثا"
            | "متحدثه"
            | "متحدثون"
            | "متحدثين"
            | "ناطق"
            | "ناطقا"
            | "ناطقه"
            | "ناطقون"
            | "ناطقين"
    )
}

/// Is the name at `name` the complement of a title ("باسم عباس") or of an organization
/// noun ("لشركة عواد كابيتال", a company name NER may take for a person)?
fn title_complement(scan: &Scan, name: Span) -> bool {
    let Some(p) = scan
        .toks
        .partition_point(|t| t.start < name.start)
        .checked_sub(1)
    else {
        return false;
    };
    let k = scan.key(p);
    let noun = k
        .strip_prefix('ل')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(k);
    k == "باسم"
        || matches!(
            noun,
            "شركه"
                | "مجموعه"
                | "مؤسسه"
                | "موسسه"
                | "بنك"
                | "مصرف"
                | "صحيفه"
                | "قناه"
                | "وكاله"
                | "مجله"
                | "موقع"
                | "جامعه"
                | "منظمه"
                | "صندوق"
        )
}

/// Does an object noun phrase start at token `j`, right after a complete subject? An
/// indefinite noun that is not a name, a title or a prepositional phrase cannot modify
/// a definite noun or a person's name before it ("ووصفت الشرطة الماليزية | مصادرة
/// الممتلكات بأنها", "وتابع ترامب | كلمته قائلا", "انتقد أردوغان | قرار المستشار").
///
/// After a definite noun the cut is made only when `after_definite` (the cue verb takes an
/// object: "وصف", "اعتبر"), since an unrecognized name looks the same ("منتج المسلسل
/// جمال العدل").
fn object_starts(scan: &Scan, ents: &Ents<'_>, j: usize, after_definite: bool) -> bool {
    let (Some(t), Some(p)) = (
        scan.toks.get(j),
        j.checked_sub(1).and_then(|p| scan.toks.get(p)),
    ) else {
        return false;
    };
    if t.kind != Kind::Word || p.kind != Kind::Word {
        return false;
    }
    let k = scan.key(j);
    // "وانتقد الرئيس جون سميث | التحقيق": a definite noun after a full name (not a
    // title, a nisba or a name part) is the verb's object.
    if let Some(stem) = k.strip_prefix("ال") {
        let full_name = ents.named_in(Span::new(p.start, p.end)).any(|(s, e)| {
            e.label == "PER"
                && s.end == p.end
                && (s.start < p.start || e.canonical.is_some())
                && (e.text.contains(' ') || e.canonical.is_some())
        });
        let masculine = stem.strip_suffix('ه').unwrap_or(stem);
        // (not an adjective of the patterns فاعل/فعيل: "مساعد ترمب السابق")
        let c: Vec<char> = masculine.chars().collect();
        let adjective = c.len() == 4 && (c.get(1) == Some(&'ا') || c.get(2) == Some(&'ي'));
        return full_name
            && !adjective
            && stem.chars().count() >= 3
            && !stem.ends_with('ي')
            && !stem.ends_with("يه")
            && lexicon::description_head(stem).is_none()
            && lexicon::description_head(masculine).is_none()
            && !lexicon::is_anonymous_head(stem)
            && !lexicon::is_time_word(k)
            && !is_month_or_period(k);
    }
    if k.starts_with(['و', 'ب'])
        || k.chars().count() < 3
        || k.chars().next().is_some_and(|c| !c.is_alphabetic() || c.is_ascii())
        || lexicon::description_head(k) == Some(true)
        || lexicon::description_head(strip_possessive(k)) == Some(true)
        || lexicon::is_anonymous_head(k)
        || scan.is_name_ali(j)
        // "المصدر نفسه", "الوزير ذاته"
        || matches!(
            k,
            "نفسه" | "نفسها" | "نفسهم" | "انفسهم" | "ذاته" | "ذاتها" | "عينه" | "عينها"
        )
    {
        return false;
    }
    let span = Span::new(t.start, t.end);
    if ents
        .near(span)
        .iter()
        .any(|(s, _)| s.start < span.end && span.start < s.end)
    {
        return false;
    }
    let prev = scan.key(j - 1);
    let prev = prev.strip_prefix('و').unwrap_or(prev);
    let definite_before = prev.starts_with("ال") && prev.chars().count() > 3;
    let name_before = ents
        .named_in(Span::new(p.start, p.end))
        .any(|(s, e)| matches!(e.label.as_str(), "PER" | "ORG") && s.end == p.end);
    // (A title after a name continues the subject: "جوزيه مورينيو مدرب الفريق"; an
    // organization noun after a definite noun may be its complement.)
    let org_head = lexicon::description_head(k).is_some();
    // ("ليدي غاغا | لجمهورها": after a name an ل-phrase is an addressee or adjunct; after
    // a title it may be a complement, "الرئيس التنفيذي لفيسبوك".)
    if k.starts_with('ل') {
        return ents
            .named_in(Span::new(p.start, p.end))
            .any(|(s, e)| e.label == "PER" && s.end == p.end);
    }
    (after_definite && definite_before && !org_head)
        || name_before
        || (nisba_closes(scan, j - 1) && !org_head && !name_like(scan, j))
}

/// "ووصف النائب | القرار بأنه", "وأبلغ الوزير | الصحفيين بأن": a definite noun at
/// `head + 1` (not a nisba, a title, an adjective or a name) right after a one-word
/// definite description at `head` — a new noun phrase, the verb's object.
fn definite_noun_after_head(scan: &Scan, ents: &Ents<'_>, head: usize) -> bool {
    scan.key(head)
        .strip_prefix("ال")
        .is_some_and(|h| lexicon::description_head(h).is_some())
        && object_noun(scan, ents, head + 1)
}

/// Is token `j` a definite noun that is no adjective, title, time word or name (the
/// object after a subject noun phrase)?
fn object_noun(scan: &Scan, ents: &Ents<'_>, j: usize) -> bool {
    scan.key(j).strip_prefix("ال").is_some_and(|h| {
        // (not an adjective of the patterns فاعل/فعيل/أفعل: "الحزب الحاكم",
        // "المدير الجديد", "الوزير الأول")
        let c: Vec<char> = h.chars().collect();
        let adjective = c.len() == 4
            && (c.get(1) == Some(&'ا') || c.get(2) == Some(&'ي') || c.first() == Some(&'ا'));
        // ("الأمين العام": a three-letter stem is as often an adjective)
        c.len() >= 4
            && !adjective
            && !h.ends_with('ي')
            && !h.ends_with("يه")
            && lexicon::description_head(h).is_none()
            && lexicon::description_head(h.strip_suffix('ه').unwrap_or(h)).is_none()
            && !lexicon::is_time_word(scan.key(j))
    }) && !scan.toks.get(j).is_some_and(|t| {
        ents.near(Span::new(t.start, t.end))
            .iter()
            .any(|(s, _)| s.start < t.end && t.start < s.end)
    })
}

/// "السلطات البريطانية | الحكومة الروسية": a definite person or organization noun at
/// `j` right after a nisba adjective, not a title before a name ("وزير الخارجية
/// الإماراتي الشيخ عبدالله بن زايد": an indefinite word follows the title).
fn definite_object_after_nisba(scan: &Scan, j: usize) -> bool {
    let title_before_name = scan.is_word(j + 1) && !scan.key(j + 1).starts_with("ال");
    !title_before_name
        && j > 0
        && scan.key(j).strip_prefix("ال").is_some_and(|h| {
            lexicon::description_head(h).is_some() || lexicon::is_anonymous_head(h)
        })
        && nisba_closes(scan, j - 1)
}

/// Do tokens `j`, `j + 1` look like an untagged two-word name ("وزير الإعلام الإريتري
/// يماني ميسكيل، إن"): two indefinite words without a possessive, then a boundary — not
/// a masdar object with its complement ("اعتقال مشتبه به", "خفض دعم الوقود").
fn name_like(scan: &Scan, j: usize) -> bool {
    let plain = |k: &str| {
        !k.starts_with("ال")
            && !k.starts_with('و')
            && !["ه", "ها", "هم", "هما"].iter().any(|x| k.ends_with(x))
            && !k.ends_with('ي')
    };
    let boundary = |e: usize| {
        !scan.is_word(e)
            || scan.is_complementizer(e)
            || lexicon::is_time_word(scan.key(e))
            || ends_subject(scan, e)
    };
    // (two or three words: "يماني جبر ميسكيل")
    // ("يماني" may end like a nisba; an adjective after the first word may not:
    // "قتل فلسطيني")
    (2..=3).any(|n| {
        (j..j + n).all(|k| {
            let key = scan.key(k);
            scan.is_word(k) && (plain(key) || (k == j && key.strip_suffix('ي').is_some_and(plain)))
        }) && boundary(j + n)
    })
}

/// Is token `j` a definite nisba adjective that closes a noun phrase ("الجيش
/// | الإسرائيلي", "وزارة الخارجية | الروسية")? An indefinite noun after it cannot be
/// its genitive: it is the verb's object ("أعلن الجيش الإسرائيلي | اعتقال مشتبه به").
fn nisba_closes(scan: &Scan, j: usize) -> bool {
    let k = scan.key(j);
    let k = k
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(k);
    let Some(stem) = k.strip_prefix("ال") else {
        return false;
    };
    (stem.ends_with("يه") || stem.ends_with('ي'))
        && stem.chars().count() >= 5
        && lexicon::description_head(stem).is_none()
        && !lexicon::is_anonymous_head(k)
        && j.checked_sub(1).is_some_and(|p| {
            let k = scan.key(p);
            scan.is_word(p) && k.strip_prefix('و').unwrap_or(k).starts_with("ال")
        })
}

/// A preposition with a pronoun that refers back to a document ("قال فيها", "كشف فيه").
fn is_resumptive(k: &str) -> bool {
    matches!(k, "فيها" | "فيه" | "فيهما")
}

/// The first person or organization named in the cue's clause (after the last comma,
/// within [`MAX_MIDDLE`] tokens): the author, subject of the clause's first verb, in
/// "نشر صلاح تغريدة على تويتر قال فيها", "أصدر الحوثيون بيانا نقلته وكالة سبأ أكدوا فيه".
fn author_before(scan: &Scan, ents: &Ents<'_>, i: usize) -> Option<Span> {
    let (sent_start, _) = scan.sentence(i);
    let mut from = sent_start.max(i.saturating_sub(MAX_MIDDLE));
    if let Some(c) = (from..i)
        .rev()
        .find(|k| matches!(scan.punct(*k), Some('،' | ',' | ':' | '؛')))
    {
        from = c + 1;
    }
    let lo = scan.toks.get(from)?.start;
    let hi = scan.toks.get(i)?.start;
    let lo_idx = ents.list.partition_point(|(s, _)| s.start < lo);
    ents.list
        .get(lo_idx..)?
        .iter()
        .take_while(|(s, _)| s.end <= hi)
        .find(|(_, e)| matches!(e.label.as_str(), "PER" | "ORG"))
        .map(|(s, _)| {
            // ("نشرت منظمة "هيومن رايتس ووتش" تقريرا اعتبرت فيه": the quoted name
            // after an organization noun belongs to it.)
            let next = scan.toks.partition_point(|t| t.start < s.end);
            let quoted = scan
                .punct(next)
                .filter(|c| is_open_quote(*c) || *c == '"')
                .and_then(|_| scan.partner.get(next).copied().flatten())
                .filter(|p| *p > next + 1 && *p < i && quoted_words(scan, next) <= 6);
            let span = match quoted.and_then(|p| scan.toks.get(p)) {
                Some(close) if scan.toks.get(next).is_some_and(|t| t.start <= s.end + 1) => {
                    Span::new(s.start, close.end)
                }
                _ => *s,
            };
            // "ونشر محامي الممثلة X تغريدة قال فيها": the head of a construct between the
            // verb and the name is the author, the name its possessor.
            let first = scan.toks.partition_point(|t| t.start < span.start);
            let head = Some(from + 1).filter(|p| {
                *p < first
                    && first - *p <= 2
                    && (*p..first).all(|k| scan.is_word(k))
                    && (*p + 1..first).all(|k| scan.key(k).starts_with("ال"))
                    && scan.is_word(from)
                    && !matches!(scan.key(from), "في" | "وفي" | "من" | "ومن" | "عبر" | "وعبر")
                    && scan.is_word(*p)
                    && !scan.key(*p).starts_with("ال")
                    && !lexicon::is_content_preposition(scan.key(*p))
                    && !scan.key(*p).starts_with(['و', 'ب', 'ل', 'ف'])
                    && !is_number(scan, *p)
            });
            match head.and_then(|p| scan.toks.get(p)) {
                Some(t) => Span::new(t.start, span.end),
                None => span,
            }
        })
}

/// Cue verbs that take a direct object before their content ("وصف الوزير الهجوم بأنه",
/// "اعتبر الحزب القرار خطوة", "اتهم الجيش المعارضة بأنها").
fn takes_object(key: &str) -> bool {
    lexicon()
        .lookup(key)
        .and_then(|c| lexicon().lemmas.get(c.lemma))
        .is_some_and(|l| {
            matches!(
                fold(l).as_str(),
                "وصف"
                    | "اعتبر"
                    | "عد"
                    // "وحذر الرئيس المعارضة من أن", "يحذر فيها إيران من أن": the
                    // warned party (s22b A1)
                    | "حذر"
                    | "نبه"
                    | "انذر"
                    | "اتهم"
                    | "صنف"
                    | "حمل"
                    | "ابلغ"
                    | "اخبر"
                    // (session 23: the addressee of أعلم and سأل)
                    | "اعلم"
                    | "سال"
                    | "طالب"
                    | "ناشد"
                    | "حث"
            )
        })
}

/// "حذر، نبّه، أنذر": warning verbs, whose object (the warned party) is optional — unlike
/// وصف or اتهم, a lone noun phrase after them is usually the subject (session 22).
fn warning_verb(key: &str) -> bool {
    lexicon()
        .lookup(key)
        .and_then(|c| lexicon().folded_lemmas.get(c.lemma))
        .is_some_and(|l| matches!(l.as_str(), "حذر" | "نبه" | "انذر"))
}

/// Cuts a subject span before an object noun phrase when the cue takes an object.
/// "وأبلغ الوزير النائب سامي خليل أن", "وأبلغ زوكربرغ النائب بن لوغان أن": after
/// أبلغ/أخبر a person noun right after a one-word definite subject or a name opening
/// the span is the addressee (the second object), not part of the source.
fn cut_addressee(scan: &Scan, ents: &Ents<'_>, i: usize, span: Span) -> Span {
    let informs = lexicon()
        .lookup(scan.key(i))
        .and_then(|c| lexicon().folded_lemmas.get(c.lemma))
        .is_some_and(|l| matches!(l.as_str(), "ابلغ" | "اخبر" | "اعلم" | "سال"));
    if !informs {
        return span;
    }
    let lo = scan.toks.partition_point(|t| t.start < span.start);
    let hi = scan.toks.partition_point(|t| t.end <= span.end);
    let name_end = ents
        .named_in(span)
        .filter(|(s, _)| s.start == span.start)
        .map(|(s, _)| s.end)
        .max();
    let j = match name_end {
        Some(e) => scan.toks.partition_point(|t| t.start < e),
        None if scan.key(lo).starts_with("ال") => lo + 1,
        None => return span,
    };
    let addressee = j < hi
        && scan.is_word(j)
        && scan.key(j).strip_prefix("ال").is_some_and(|h| {
            lexicon::description_head(h) == Some(true) || lexicon::is_anonymous_plural(h)
        });
    match (addressee, j.checked_sub(1).and_then(|p| scan.toks.get(p))) {
        (true, Some(prev)) if prev.end > span.start => Span::new(span.start, prev.end),
        _ => span,
    }
}

fn cut_object(scan: &Scan, ents: &Ents<'_>, span: Span) -> Span {
    let lo = scan.toks.partition_point(|t| t.start < span.start);
    let hi = scan.toks.partition_point(|t| t.end <= span.end);
    // "ووصفت النائبة نادية سليمان | الخطة بأنها": a person title, then one or two
    // untagged words and a tagged surname, is a titled name (not "title | object").
    let name_end = titled_name_end(scan, ents, lo, hi);
    for j in lo + 1..hi {
        if let Some(e) = name_end {
            if j <= e {
                continue;
            }
            if j == e + 1 {
                let k = scan.key(j);
                let definite_noun = k.strip_prefix("ال").is_some_and(|h| {
                    h.chars().count() >= 3
                        && !h.ends_with('ي')
                        && !h.ends_with("يه")
                        && lexicon::description_head(h).is_none()
                        && !lexicon::is_time_word(k)
                });
                if definite_noun {
                    if let Some(prev) = scan.toks.get(e) {
                        return Span::new(span.start, prev.end);
                    }
                }
            }
        }
        // "واتهمت السلطات البريطانية | الحكومة الروسية بأنها": a definite noun after a
        // nisba adjective opens the object.
        let definite_object = definite_object_after_nisba(scan, j);
        // "ووصف النائب | القرار بأنه", "وأبلغ الوزير | الصحفيين بأن": a definite
        // noun (no nisba, title or name) right after a one-word definite description.
        let after_head = j == lo + 1 && definite_noun_after_head(scan, ents, lo);
        // Session 21: "وصفت الصحيفة | الحارس بأنه", "وصف التقرير | الوزير بأنه": a person
        // title right after a one-word definite noun that is no person title is the
        // object (a title is not apposed to a newspaper or a report).
        let person_title = |k: &str| {
            k.strip_prefix("ال").is_some_and(|h| {
                lexicon::description_head(h) == Some(true)
                    || lexicon::description_head(h.strip_suffix('ه').unwrap_or(h)) == Some(true)
            })
        };
        let title_object = j == lo + 1
            && scan.is_word(lo)
            && scan.key(lo).starts_with("ال")
            && !person_title(scan.key(lo))
            && person_title(scan.key(j));
        let definite_object = definite_object || after_head || title_object;
        // "ووصفت روسيا | تقارير الهجوم بأنها": a noun without the article right after a
        // name that opens the span is the object.
        // ("ووصفت منظمة التعاون الإسلامي | القرار بأنه": a definite object noun too)
        let org_first = ents.near(span).iter().any(|(s, e)| {
            s.start == span.start && e.label == "ORG" && e.text.split_whitespace().nth(1).is_some()
        });
        let after_name = scan.is_word(j)
            && (!scan.key(j).starts_with("ال") || (org_first && object_noun(scan, ents, j)))
            && !matches!(scan.key(j), "بن" | "ابن" | "بنت" | "ابو" | "عبد")
            && scan.toks.get(j - 1).is_some_and(|p| {
                ents.near(span)
                    .iter()
                    .any(|(s, _)| s.start == span.start && s.end == p.end && s.end <= span.end)
            });
        if definite_object || after_name || object_starts(scan, ents, j, true) {
            if let Some(prev) = j.checked_sub(1).and_then(|p| scan.toks.get(p)) {
                if prev.end > span.start {
                    return Span::new(span.start, prev.end);
                }
            }
        }
    }
    span
}

/// The last token of a titled name at `lo` ("النائبة نادية حنا سليمان"): a one-word
/// definite person title, one or two plain indefinite words that no entity covers, then
/// a PER entity starting right after them (the surname the tagger found).
fn titled_name_end(scan: &Scan, ents: &Ents<'_>, lo: usize, hi: usize) -> Option<usize> {
    let title = scan
        .key(lo)
        .strip_prefix("ال")
        .is_some_and(|h| lexicon::description_head(h) == Some(true));
    if !title {
        return None;
    }
    let plain = |j: usize| {
        let k = scan.key(j);
        scan.is_word(j)
            && !k.starts_with("ال")
            && !k.starts_with('و')
            && k.chars().count() >= 2
            && lexicon::description_head(k).is_none()
            && !lexicon::is_anonymous_head(k)
            && !lexicon::is_time_word(k)
            && !scan.is_complementizer(j)
            && !scan.toks.get(j).is_some_and(|t| {
                ents.near(Span::new(t.start, t.end))
                    .iter()
                    .any(|(s, _)| s.start < t.end && t.start < s.end)
            })
    };
    let mut j = lo + 1;
    while j < hi && j <= lo + 2 && plain(j) {
        j += 1;
    }
    if j == lo + 1 || j >= hi {
        return None;
    }
    let t = scan.toks.get(j)?;
    let (s, _) = ents
        .near(Span::new(t.start, t.end))
        .iter()
        .find(|(s, e)| e.label == "PER" && s.start == t.start)?;
    let end = scan
        .toks
        .partition_point(|t| t.end <= s.end)
        .checked_sub(1)?;
    (end < hi).then_some(end)
}

/// Connectors that open a clause: a subject before a cue starts after them.
fn is_clause_connector(k: &str) -> bool {
    matches!(
        k,
        "حيث"
            | "فيما"
            | "بينما"
            | "كما"
            | "لكن"
            | "ولكن"
            | "اذ"
            | "بعدما"
            | "عندما"
            | "حين"
            | "ثم"
            | "وقد"
            | "فقد"
            | "لقد"
            | "قد"
            | "كان"
            | "وكان"
            | "كانت"
            | "وكانت"
            | "كانوا"
            | "وكانوا"
            | "وهو"
            | "وهي"
            | "و"
            | "ف"
            | "لذلك"
            | "بل"
            | "وبينما"
            | "وفيما"
            | "حسبما"
            | "بحسب"
            | "وحسب"
            | "حسب"
            | "ما"
            | "مما"
            | "وما"
            | "لكنه"
            | "ولكنه"
            | "لكنها"
            | "ولكنها"
            | "لكنهم"
            | "ولكنهم"
            | "انه"
            | "وانه"
            | "فانه"
            | "انها"
            | "وانها"
            | "فانها"
            | "انهم"
            | "فانهم"
    )
}

/// A relative pronoun's gender (folded key, with و): feminine (التي) or masculine (الذي).
fn relative_feminine(k: &str) -> Option<bool> {
    match k.strip_prefix('و').unwrap_or(k) {
        "التي" | "اللتين" | "اللتان" | "اللاتي" | "اللواتي" => {
            Some(true)
        }
        "الذي" | "الذين" | "اللذين" | "اللذان" => Some(false),
        _ => None,
    }
}

/// "والمتحدث الذي أطل عبر موقع "يوتيوب"، قال إن": a clause-initial noun phrase, a
/// relative clause agreeing with the cue, a comma, then the cue: the noun phrase before
/// the relative is the subject, never a word inside the relative clause.
fn relative_clause_antecedent(scan: &Scan, ents: &Ents<'_>, i: usize) -> Option<Span> {
    let comma = i.checked_sub(1)?;
    if !matches!(scan.punct(comma), Some('،' | ',')) {
        return None;
    }
    let (sent_start, _) = scan.sentence(i);
    let fem = cue_feminine(scan, ents.text, i);
    let mut j = comma;
    let rel = loop {
        j = j
            .checked_sub(1)
            .filter(|j| *j >= sent_start && comma - *j <= 30)?;
        if let Some(f) = relative_feminine(scan.key(j)) {
            break f;
        }
        if scan.is_complementizer(j)
            || scan
                .punct(j)
                .is_some_and(|c| !(is_open_quote(c) || c == '"' || is_close_quote(c)))
            || matches!(scan.toks.get(j).map(|t| t.kind), Some(Kind::Newline))
        {
            return None;
        }
    };
    if fem.is_some_and(|f| f != rel) || scan.key(j).starts_with('و') {
        return None;
    }
    // the noun phrase: from the clause start (the sentence start, a punctuation mark
    // or a complementizer) to the relative, at most four words
    let mut h = j;
    while h > sent_start {
        let p = h - 1;
        if !scan.is_word(p) || scan.is_complementizer(p) {
            break;
        }
        h = p;
        if j - h > 4 {
            return None;
        }
    }
    if h == j {
        return None;
    }
    let first = scan.key(h);
    let bare = first.strip_prefix('و').unwrap_or(first);
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    let named = ents.named_at(scan, h);
    if !(named || lexicon::description_head(bare) == Some(true) || lexicon::is_anonymous_head(bare))
        || is_clause_connector(first)
    {
        return None;
    }
    let mut span = tok_span(scan, h, j - 1)?;
    if first.starts_with("وال") {
        let start = span.start + 'و'.len_utf8();
        if ents.text.is_char_boundary(start) {
            span.start = start;
        }
    }
    Some(span)
}

/// A subject written before the cue (SVO): "الرئيس قال إن", "وكان تقرير … حذر من".
fn subject_before(scan: &Scan, ents: &Ents<'_>, i: usize) -> Option<Span> {
    let (sent_start, _) = scan.sentence(i);
    let lex = lexicon();
    // "والتقى الوزير بالسفير وقال له": a cue with a conjunction opens its own clause.
    let key = scan.key(i);
    if key
        .strip_prefix(['و', 'ف'])
        .and_then(|r| lex.lookup(r))
        .is_some_and(|c| lex.lookup(key) == Some(c))
    {
        return None;
    }
    if let Some(span) = relative_clause_antecedent(scan, ents, i) {
        return Some(span);
    }
    // "رفعت الدعوى امرأة تقول إن …", "شاهد عيان يقول إن": an indefinite person noun
    // (with an adjective) right before a present cue is its subject (an asyndetic
    // relative clause).
    if let Some(span) = indefinite_subject(scan, ents, i) {
        return Some(span);
    }
    if let Some(span) = genitive_relative_subject(scan, i) {
        return Some(span);
    }
    // "المتحدث باسم الرئاسة، بسام راضي، قال": skip an apposition set off by commas.
    let mut cue_end = i;
    // ("وكان وزير الخارجية، سيرغي لافروف، قد قال": when the apposition before قد is
    // the name, the whole "title، name" is found as before; a title apposition after a
    // name, "وكان جون دور، الرئيس التنفيذي، قد قال", is skipped.)
    if let Some(c1) = apposition_before(scan, i, sent_start).filter(|c1| {
        !matches!(scan.key(i - 1), "قد" | "لقد")
            || !(c1 + 1..i - 1).any(|k| {
                scan.toks.get(k).is_some_and(|t| {
                    ents.near(Span::new(t.start, t.end))
                        .iter()
                        .any(|(s, e)| e.label == "PER" && s.start < t.end && t.start < s.end)
                })
            })
    }) {
        cue_end = c1;
    }
    let mut a = cue_end;
    let mut words = 0;
    // "مجلة Variety التي قالت إن": the relative's antecedent is the subject when the
    // cue agrees with it; "المناطق … والتي قال إنها" (disagreeing): no subject before.
    let mut rel_end = None;
    // "التقى بالسفير، الذي قال": a comma between antecedent and relative, and the
    // preposition glued to the antecedent (bytes to skip).
    let mut rel_comma = false;
    let mut clitic = 0;
    let mut kana_end = None;
    let fem = cue_feminine(scan, ents.text, i);
    while a > sent_start {
        let j = a - 1;
        if let Some(rel) = relative_feminine(scan.key(j)) {
            if fem != Some(rel) || rel_end.is_some() || j + 1 != cue_end {
                break;
            }
            rel_end = Some(j);
            a = j;
            continue;
        }
        if rel_end == Some(a) && !rel_comma && matches!(scan.punct(j), Some('،' | ',')) {
            rel_comma = true;
            a = j;
            continue;
        }
        // The antecedent of a relative is a short noun phrase after any preposition
        // ("بما يقوله القاضي، الذي قال": not after "what" or a verb with its object
        // pronoun).
        if rel_end.is_some_and(|r| {
            let k = scan.key(j);
            let suffixed_verb = k.starts_with(['ي', 'ت'])
                && k.chars().count() >= 5
                && ["ه", "ها", "هم"].iter().any(|x| k.ends_with(x))
                && !ents.named_at(scan, j)
                && lexicon::description_head(k).is_none()
                && !lexicon::is_anonymous_head(k);
            (a < r && (suffixed_verb || matches!(k, "ما" | "بما" | "لما" | "مما" | "عما")))
                || r >= j + 4 + 2 * usize::from(rel_comma)
                || lexicon::is_content_preposition(k)
                // ("وفق المرصد الذي أضاف")
                || (lexicon::is_adjunct_start(k) && !k.starts_with("ال"))
                || matches!(k, "في" | "مع" | "ل" | "ب")
        }) {
            break;
        }
        // "ونفى الوزير | الأنباء التي تتحدث": the antecedent is the object, not the
        // subject before it.
        // ("وتحدثت الصحيفة إلى الطبيب المناوب، الذي": after a preposition the two
        // words are one noun phrase, the antecedent.)
        let after_preposition = j.checked_sub(1).is_some_and(|p| {
            let k = scan.key(p);
            lexicon::is_content_preposition(k) || matches!(k, "في" | "مع" | "الي")
        });
        if rel_end.is_some()
            && a < i
            && scan.is_word(j)
            && !after_preposition
            && definite_noun_after_head(scan, ents, j)
        {
            break;
        }
        // "للسودان والدول المجاورة التي تخشى": the relative belongs to the last
        // conjunct.
        if rel_end.is_some() && a < i && scan.key(a).starts_with("وال") && scan.is_word(j) {
            clitic = 'و'.len_utf8();
            break;
        }
        // "بالسفير الإيطالي، الذي": the antecedent starts after the glued preposition.
        if rel_end.is_some() {
            let k = scan.key(j);
            // (the preposition's bytes: "بالسفير" → "السفير", "للسفير" → "سفير")
            if let Some(n) = [("بال", "ب"), ("وبال", "وب"), ("لل", "لل"), ("ولل", "ولل")]
                .iter()
                .find(|(p, _)| k.starts_with(*p) && k.chars().count() > p.chars().count() + 2)
                .map(|(_, c)| c.len())
            {
                clitic = n;
                a = j;
                break;
            }
        }
        // "وكانت وكالة الأنباء الفلسطينية (وفا) ذكرت": a parenthesized acronym.
        if scan.punct(j) == Some(')') {
            if let Some(open) = (j.saturating_sub(5).max(sent_start)..j)
                .rev()
                .find(|k| scan.punct(*k) == Some('('))
            {
                if (open + 1..j).all(|k| scan.is_word(k)) && open + 1 < j {
                    a = open;
                    continue;
                }
            }
        }
        match scan.toks.get(j).map(|t| t.kind) {
            Some(Kind::Word) => {
                let k = scan.key(j);
                // "وكان براودر قد قال": the auxiliary قد stands between subject and cue.
                if j + 1 == i && matches!(k, "قد" | "لقد") {
                    a = j;
                    continue;
                }
                // "يذكر أن الشرطة كانت (قد) أعلنت أن": the auxiliary كان after its
                // subject.
                if kana_end.is_none()
                    && rel_end.is_none()
                    && cue_end == i
                    && matches!(k, "كان" | "كانت" | "كانوا")
                    && (j + 1 == i || (j + 2 == i && matches!(scan.key(j + 1), "قد" | "لقد")))
                    && j > sent_start
                    && scan.is_word(j - 1)
                {
                    kana_end = Some(j);
                    a = j;
                    continue;
                }
                // "… وأن معلومات المخابرات تشير إلى أن": a clause opened by وأن/فإن/لأن.
                let conj_comp = k
                    .strip_prefix(['و', 'ف', 'ل'])
                    .is_some_and(lexicon::is_complementizer);
                if is_clause_connector(k) || scan.is_complementizer(j) || conj_comp {
                    break;
                }
                if lex.lookup(k).is_some() {
                    // "تتهم السعودية باعتقال أحد مواطنيها | والإعلام السعودي يصفه": after
                    // another cue its object comes first; the subject is the last
                    // conjunct with و + ال.
                    if rel_end.is_none() && cue_end == i {
                        if let Some(w) = (a..i)
                            .rev()
                            .find(|w| scan.key(*w).starts_with("وال"))
                            // ("اتفاق بين الإسرائيليين والفلسطينيين وصفه": a pair after بين)
                            .filter(|w| !(a..*w).any(|b| matches!(scan.key(b), "بين" | "وبين")))
                        {
                            a = w;
                            clitic = 'و'.len_utf8();
                        }
                    }
                    break;
                }
                words += 1;
                if words > 12 {
                    return None;
                }
                a = j;
            }
            _ => break,
        }
    }
    let end = if let Some(r) = rel_end {
        r
    } else if let Some(k) = kana_end {
        k
    } else if cue_end < i {
        cue_end
    } else if a + 1 < i && matches!(scan.key(i - 1), "قد" | "لقد") {
        i - 1
    } else {
        i
    };
    if a >= end || matches!(scan.key(a), "قد" | "لقد") {
        return None;
    }
    if lexicon::is_pronoun(scan.key(a)) {
        return None;
    }
    // "وفي تغريدة سبقت ذلك قال": a prepositional phrase is never the speaker.
    let first = scan.key(a);
    let bare = first.strip_prefix(['و', 'ف']).unwrap_or(first);
    // ("ولي العهد", "ولي الأمر" is a title, not و + لي.)
    let wali = first == "ولي" && scan.key(a + 1).starts_with("ال");
    if bare != first
        && !wali
        && (lexicon::is_adjunct_start(bare)
            || lexicon::is_content_preposition(bare)
            || matches!(bare, "مع" | "ب" | "ل"))
    {
        return None;
    }
    // "ونشر صلاح تغريدة … قال فيها": a sentence-initial verb (و/ف + a word with no
    // article) right before a name is the clause's verb, not part of the subject.
    if a + 1 < end
        && scan.is_word(a + 1)
        && scan.key(a).starts_with(['و', 'ف'])
        && !scan.key(a).contains("ال")
        && ents
            .named_in(Span::new(
                scan.toks.get(a + 1).map_or(0, |t| t.start),
                scan.toks.get(a + 1).map_or(0, |t| t.end),
            ))
            .any(|(s, _)| scan.toks.get(a + 1).is_some_and(|t| t.start == s.start))
        && ents
            .named_in(Span::new(
                scan.toks.get(a).map_or(0, |t| t.start),
                scan.toks.get(a).map_or(0, |t| t.end),
            ))
            .next()
            .is_none()
    {
        a += 1;
    }
    let mut span = if clitic > 0 {
        subject_from(scan, ents, a, end)?
    } else {
        subject_after(scan, ents, a, end)?
    };
    // ("استدعى المكتب امرأة كانت قد ادعت", "صحيفة "X" الرسمية كانت قد نقلت": before
    // كان the subject must stand whole — from a clause boundary right up to كان.)
    if let Some(k) = kana_end {
        let first = scan.key(a);
        let whole = scan.toks.get(k - 1).is_some_and(|t| t.end == span.end)
            && (a == sent_start || a.checked_sub(1).is_some_and(|p| scan.is_word(p)))
            // (a noun phrase: definite, named or a speaker's noun — not "واستدعت …")
            && (first.starts_with("ال")
                || ents.named_in(span).any(|(s, _)| s.start <= span.start + 'و'.len_utf8())
                || looks_like_source(scan, ents, span, a));
        if !whole {
            return None;
        }
    }
    // "التحقيق الذي تتولاه الشرطة … يتوقع أن": a present verb with an object pronoun
    // opens a relative clause, not a subject.
    let k = scan.key(a);
    if k.starts_with(['ي', 'ت'])
        && k.chars().count() >= 5
        && ["ه", "ها", "هم"].iter().any(|x| k.ends_with(x))
        && !ents.named_at(scan, a)
        && lexicon::description_head(k).is_none()
        && !lexicon::is_anonymous_head(k)
    {
        return None;
    }
    // "هذا ما جعله يقول": a verb with an object pronoun is no subject.
    let one_word = scan.toks.get(a).is_some_and(|t| t.end == span.end);
    if one_word
        && a.checked_sub(1)
            .is_some_and(|p| matches!(scan.key(p), "ما" | "مما"))
        && !k.starts_with("ال")
        && ["ه", "ها", "هم", "هما"].iter().any(|x| k.ends_with(x))
        && k.chars().count() >= 4
        && !ents
            .text
            .get(span.start..span.end)
            .is_some_and(|w| w.ends_with('ة'))
        && !ents.named_at(scan, a)
        && lexicon::description_head(k).is_none()
        && !lexicon::is_anonymous_head(k)
    {
        return None;
    }
    if clitic > 0 && ents.text.is_char_boundary(span.start + clitic) {
        span.start += clitic;
    }
    // "فإن الصور التي قالت إنها": a relative's antecedent speaks only if it names a
    // speaker (a name, a place, an outlet or official, a quoted name).
    if rel_end.is_some() {
        let source_like = looks_like_source(scan, ents, span, a)
            || ents
                .near(span)
                .iter()
                .any(|(s, e)| s.start < span.end && span.start < s.end && e.label == "LOC")
            || (a > 0
                && scan
                    .punct(a - 1)
                    .is_some_and(|c| is_open_quote(c) || c == '"'));
        // "المشروع الأكبر في العالم، والذي يتوقع أن": after a comma, or with a verb
        // of expectation (often the impersonal "يُتوقع"), the antecedent must name
        // someone: a person or organization, or a person noun.
        let expectation = matches!(
            lexicon()
                .lookup(scan.key(i))
                .and_then(|c| lexicon().lemmas.get(c.lemma))
                .map(String::as_str),
            Some("توقع" | "اعتقد" | "رجح" | "قدر" | "افترض" | "ظن")
        );
        let names_someone = ents
            .named_in(span)
            .any(|(_, e)| matches!(e.label.as_str(), "PER" | "ORG"))
            || {
                let first = fold(ents.text.get(span.start..span.end).unwrap_or(""));
                let first = first.split(' ').next().unwrap_or("").to_string();
                let bare = first.strip_prefix("ال").unwrap_or(&first);
                // ("العالم" is "the world" far more often than "the scientist")
                (lexicon::description_head(bare) == Some(true) && bare != "عالم")
                    || lexicon::is_anonymous_head(bare)
            };
        if !source_like || ((rel_comma || expectation) && !names_someone) {
            return None;
        }
    } else {
        // "وبدأت جلسات المؤتمر بكلمات لمسؤولين عراقيين شددوا على أن": an indefinite
        // person noun after ل, then its adjectives, is the subject of the asyndetic
        // relative clause the cue opens.
        let last = scan.toks.partition_point(|t| t.start < span.end);
        let lam = (a + 1..last.min(i)).rev().find(|j| {
            scan.key(*j).strip_prefix('ل').is_some_and(|r| {
                !r.starts_with('ل')
                    && (lexicon::is_anonymous_head(r) || lexicon::description_head(r) == Some(true))
            })
        });
        if let Some(j) = lam {
            let adjectives = (j + 1..last.min(i)).all(|k| {
                let w = scan.key(k);
                scan.is_word(k)
                    && !w.starts_with("ال")
                    && (w.ends_with("ين")
                        || w.ends_with("ون")
                        || w.ends_with('ي')
                        || w.ends_with("يه"))
            });
            if adjectives {
                if let Some(t) = scan.toks.get(j) {
                    let start = t.start + 'ل'.len_utf8();
                    if ents.text.is_char_boundary(start) && start < span.end {
                        span.start = start;
                    }
                }
            }
        }
    }
    Some(span)
}

/// "امرأة تقول إن", "مستثمر أمريكي يقول إن": an indefinite person noun, with at most
/// one indefinite adjective, right before a present-tense cue that agrees with it.
fn indefinite_subject(scan: &Scan, ents: &Ents<'_>, i: usize) -> Option<Span> {
    let cue = lexicon().lookup(scan.key(i))?;
    if !cue.present || cue.form != CueForm::Verb || scan.key(i).starts_with(['و', 'ف']) {
        return None;
    }
    let person = |k: &str| {
        !k.starts_with("ال")
            && (lexicon::description_head(k) == Some(true)
                || lexicon::is_anonymous_head(k)
                || matches!(k, "امراه" | "سيده" | "فتاه" | "شاب" | "شابه" | "رجل"))
    };
    let p = i.checked_sub(1)?;
    if !scan.is_word(p) {
        return None;
    }
    let head = if person(scan.key(p)) {
        p
    } else {
        let k = scan.key(p);
        let adjective = !k.starts_with("ال") && (k.ends_with('ي') || k.ends_with("يه"));
        let q = p.checked_sub(1)?;
        (adjective && scan.is_word(q) && person(scan.key(q))).then_some(q)?
    };
    let span = tok_span(scan, head, p)?;
    let fem = cue_feminine(scan, ents.text, i);
    let agr = Agr {
        fem,
        plural: cue_plural(scan, i),
    };
    // ("فتاة" has no ta marbuta in the folded key; the raw word decides)
    agrees(agr, ents.text.get(span.start..span.end).unwrap_or("")).then_some(span)
}

/// "أعلى من تقديرات سابقة لوسائل إعلام محلية قالت إن …": an indefinite group of
/// speakers in a ل-genitive right before a verb of saying with its complementizer is
/// the subject of that (asyndetic) relative clause: the source is the group without its
/// ل, never the clause before it. Not after a speech event ("في تصريحات لوسائل إعلام قال
/// إن": the speaker is elsewhere).
fn genitive_relative_subject(scan: &Scan, i: usize) -> Option<Span> {
    let cue = lexicon().lookup(scan.key(i))?;
    if cue.form != CueForm::Verb
        || scan.key(i).starts_with(['و', 'ف'])
        || !scan.is_complementizer(i + 1)
    {
        return None;
    }
    let group = |k: &str| {
        k.strip_prefix('ل')
            .filter(|r| !r.starts_with("ال") && !r.starts_with('ل'))
            .is_some_and(|r| {
                lexicon::is_anonymous_head(r)
                    || matches!(r, "صحف" | "وسايل" | "منظمات" | "هييات" | "وكالات" | "جهات")
            })
    };
    let h = (i.saturating_sub(4)..i)
        .rev()
        .find(|j| group(scan.key(*j)))?;
    // (the words between are the group's indefinite genitives and adjectives)
    if !(h + 1..i).all(|j| scan.is_word(j) && !scan.key(j).starts_with("ال")) {
        return None;
    }
    let before = h.checked_sub(1)?;
    let bk = scan.key(before);
    let bare = bk.strip_prefix("ال").unwrap_or(bk);
    if !scan.is_word(before)
        || matches!(bk, "في" | "وفي")
        || lexicon::is_adjunct_noun(bare)
        || lexicon::is_speech_event(bare)
        || adjunct_with_possessive(bk)
    {
        return None;
    }
    let span = tok_span(scan, h, i - 1)?;
    Some(Span::new(span.start + 'ل'.len_utf8(), span.end))
}

/// The first comma of an apposition "، NAME، " right before the cue at `i`: one to
/// four words that are not time words, between two commas, after a word.
fn apposition_before(scan: &Scan, i: usize, sent_start: usize) -> Option<usize> {
    // "وكان جون دور، الرئيس التنفيذي للشركة، قد قال": the auxiliary قد after the
    // apposition (session 21).
    let i = if i >= 2 && matches!(scan.key(i - 1), "قد" | "لقد") {
        i - 1
    } else {
        i
    };
    let c2 = i.checked_sub(1)?;
    if !matches!(scan.punct(c2), Some('،' | ',')) {
        return None;
    }
    let c1 = (c2.saturating_sub(6).max(sent_start)..c2)
        .rev()
        .find(|k| !scan.is_word(*k))?;
    let inside = c2 - c1 - 1;
    let ok = matches!(scan.punct(c1), Some('،' | ','))
        && (1..=4).contains(&inside)
        && c1 > sent_start
        && scan.is_word(c1 - 1)
        && (c1 + 1..c2).all(|k| !lexicon::is_time_word(scan.key(k)));
    ok.then_some(c1)
}

/// "“…”، قال الوزير" and "…، كما قال الوزير": the content comes before the cue.
fn quote_first(scan: &Scan, ents: &Ents<'_>, i: usize, belief: bool) -> Option<Candidate> {
    let (sent_start, sent_end) = scan.sentence(i);
    let cue = tok_span(scan, i, i)?;
    let mut j = i.checked_sub(1)?;
    // "كما قال", "حسبما ذكرت", "وفق ما قال"
    let mut as_said = false;
    if matches!(scan.key(j), "كما" | "حسبما" | "وكما" | "مثلما")
        || (scan.key(j) == "ما"
            && j > 0
            && matches!(scan.key(j - 1), "وفق" | "بحسب" | "حسب" | "علي"))
    {
        as_said = true;
        j = j.checked_sub(1)?;
        if scan.key(j + 1) == "ما" {
            j = j.checked_sub(1)?;
        }
    }
    while matches!(scan.punct(j), Some('،' | ',' | '-' | '–')) {
        j = j.checked_sub(1)?;
    }
    let (content, direct) = match scan.toks.get(j)?.kind {
        Kind::Punct(c) if (scan::is_close_quote(c) || c == '"') => {
            let open = scan.partner.get(j).copied().flatten()?;
            if open >= j {
                return None;
            }
            // "وكانت مجلة "فوكوس" أوردت هذا النبأ": a quoted name after its noun is the
            // subject of the verb, not what was said.
            if named_by_noun(scan, open) {
                return None;
            }
            // "وعبر حسابه على "تويتر" علق الفنان": a quoted name after a word (a
            // preposition, a noun) is a platform or an outlet, not what was said.
            if quoted_name(scan, ents, open) {
                return None;
            }
            let a = scan.toks.get(open)?;
            let b = scan.toks.get(j)?;
            (Span::new(a.end, b.start), true)
        }
        Kind::Word if as_said && j >= sent_start => (tok_span(scan, sent_start, j)?, false),
        _ => return None,
    };
    if content.is_empty() {
        return None;
    }
    // "كما توقعوا تراجع الطلب": a plural verb carries its own subject; the noun after
    // it is its object.
    if as_said && plural_verb(scan.key(i)) {
        return None;
    }
    let src_end = (i + 1 + MAX_SOURCE_WORDS + 4).min(sent_end);
    let span = subject_after(scan, ents, i + 1, src_end)?;
    if object_like_source(scan, ents, span, i) {
        return None;
    }
    // "فرض الاتحاد غرامة، كما هدد الاتحاد بتجميد نشاطها": after "كما" a threat or call
    // with its own "بـ/من" object is the additive "also", not "as X said".
    if as_said && !direct && directive_with_object(scan, i, span) {
        return None;
    }
    Some(Candidate {
        cue,
        cue_tok: i,
        source: SourceRef::Explicit(span),
        content: trim_span(scan, content),
        direct,
        belief,
        trim: false,
    })
}

/// Is the cue at `i` a threat, call or demand ("هدد", "دعا", "طالب", "حذر") whose
/// phrase `span` after it goes on into a "بـ/من" object ("هدد الاتحاد بتجميد …")?
fn directive_with_object(scan: &Scan, i: usize, span: Span) -> bool {
    let lex = lexicon();
    let directive = lex
        .lookup(scan.key(i))
        .and_then(|c| lex.folded_lemmas.get(c.lemma))
        .is_some_and(|l| matches!(l.as_str(), "هدد" | "دعا" | "طالب" | "حذر" | "اتهم"));
    let a = scan.toks.partition_point(|t| t.start < span.start);
    let b = scan.toks.partition_point(|t| t.start < span.end);
    directive
        && (a + 1..b.saturating_add(1)).any(|j| {
            let k = scan.key(j);
            scan.is_word(j) && (k == "من" || (k.starts_with('ب') && k.chars().count() >= 4))
        })
}

/// A noun phrase after a verb that is its object, not its subject: a demonstrative
/// ("أوردت هذا النبأ", "نقلت ذلك") or a noun with a possessive pronoun ("يؤكد تمسكه",
/// "تؤكد أحقيتها") that is no name.
fn object_like_source(scan: &Scan, ents: &Ents<'_>, span: Span, cue_tok: usize) -> bool {
    let t = scan.toks.partition_point(|t| t.start < span.start);
    if !scan.is_word(t) || ents.named_at(scan, t) {
        return false;
    }
    let key = scan.key(t);
    if matches!(key, "هذا" | "هذه" | "ذلك" | "تلك" | "هولاء") {
        return true;
    }
    let raw = scan
        .toks
        .get(t)
        .and_then(|x| ents.text.get(x.start..x.end))
        .unwrap_or("");
    let possessed =
        ["ه", "ها", "هم", "هما"].iter().any(|x| raw.ends_with(x)) && !raw.ends_with('ة');
    // ("كما قالت محاميتها", "كما قال أحدهم", "كما قال معاليه": a person; but "كما
    // وصفت والدتها بـ…": a describing verb takes the person as its object.)
    let stem = strip_possessive(key);
    let stem_ta = stem.strip_suffix('ت').map(|s| format!("{s}ه"));
    let person = [Some(stem), stem_ta.as_deref()]
        .into_iter()
        .flatten()
        .any(|w| {
            lexicon::description_head(w).is_some()
                || lexicon::is_anonymous_head(w)
                || matches!(
                    w,
                    "احد"
                        | "احدي"
                        | "بعض"
                        | "معظم"
                        | "اغلب"
                        | "كل"
                        | "جميع"
                        | "اكثر"
                        | "معالي"
                        | "سمو"
                        | "فخامه"
                        | "جلاله"
                        | "والد"
                        | "والده"
                        | "ام"
                        | "اب"
                        | "زوج"
                        | "زوجه"
                        | "ابن"
                        | "ابنه"
                        | "اخ"
                        | "اخت"
                        | "صديق"
                        | "صديقه"
                        | "عائله"
                        | "اسره"
                        | "محامي"
                        | "محاميه"
                        | "متحدث"
                        | "متحدثه"
                )
        });
    possessed
        && !key.starts_with("ال")
        && raw.chars().count() >= 4
        && (!person || takes_object(scan.key(cue_tok)))
}

/// "وجاء في البيان أن …", "وورد في التقرير: …": the document after في is the source.
fn came_in(scan: &Scan, ents: &Ents<'_>, i: usize) -> Option<Candidate> {
    let k = scan.key(i);
    // "أصدر نادي أرسنال بيانا رسميا جاء فيه "…"": the document's author, named
    // earlier in the clause, speaks.
    if matches!(k, "جاء" | "ورد") && matches!(scan.key(i + 1), "فيه" | "فيها") {
        let (opener, start_tok, opener_tok) = find_opener(scan, i + 1, 2)?;
        if opener_tok > i + 3 {
            return None;
        }
        let platform = |sp: &Span| {
            let w = fold(ents.text.get(sp.start..sp.end).unwrap_or(""));
            [
                "تويتر",
                "فيسبوك",
                "فيس بوك",
                "انستغرام",
                "انستجرام",
                "يوتيوب",
                "سناب",
            ]
            .iter()
            .any(|m| w.contains(m))
        };
        let author = if i
            .checked_sub(1)
            .is_some_and(|p| relative_feminine(scan.key(p)).is_some())
        {
            // "ونقلت رويترز بيان الفيفا الذي جاء فيه": the document's own genitive,
            // right before the relative, is its author (else no one is named).
            let lo = scan.toks.get(i.saturating_sub(3))?.start;
            let hi = scan.toks.get(i - 1)?.start;
            ents.before(hi)
                .iter()
                .rev()
                .take_while(|(sp, _)| sp.start >= lo)
                .find(|(sp, e)| {
                    sp.end <= hi && matches!(e.label.as_str(), "PER" | "ORG") && !platform(sp)
                })
                .map(|(sp, _)| *sp)?
        } else {
            author_before(scan, ents, i).filter(|sp| !platform(sp))?
        };
        return candidate_at(
            scan,
            i,
            SourceRef::Explicit(author),
            opener,
            start_tok,
            false,
        );
    }
    if !matches!(k, "جاء" | "وجاء" | "ورد" | "وورد" | "فجاء") || scan.key(i + 1) != "في"
    {
        return None;
    }
    let (opener, start_tok, opener_tok) = find_opener(scan, i + 1, 12)?;
    let middle_end = if opener == Opener::Complementizer {
        start_tok
    } else {
        opener_tok
    };
    let span = subject_from(scan, ents, i + 2, middle_end)?;
    let words = (i + 2..middle_end).filter(|j| scan.is_word(*j)).count();
    if words > 8 {
        return None;
    }
    candidate_at(scan, i, SourceRef::Explicit(span), opener, start_tok, false)
}

/// A candidate whose cue is the single token `i` and whose content starts at the
/// opener found after it.
fn candidate_at(
    scan: &Scan,
    i: usize,
    source: SourceRef,
    opener: Opener,
    start_tok: usize,
    belief: bool,
) -> Option<Candidate> {
    let (content, direct, trim) = content_span(scan, opener, start_tok)?;
    Some(Candidate {
        cue: tok_span(scan, i, i)?,
        cue_tok: i,
        source,
        content,
        direct,
        belief,
        trim,
    })
}

/// The masdar with a possessive pronoun: "رغم قوله في تغريدة إن …" — the speaker is
/// the pronoun's antecedent. Not after "نقل X عن Y" ("نقلت الوكالة عن مسؤول قوله إن"),
/// where the outlet's attribution already covers it.
fn masdar(scan: &Scan, i: usize) -> Option<Candidate> {
    let k = scan.key(i);
    let k = k
        .strip_prefix(['و', 'ب', 'ل'])
        .filter(|r| r.starts_with("قول"))
        .unwrap_or(k);
    if !matches!(k, "قوله" | "قولها" | "قولهم" | "قولهما") {
        return None;
    }
    let (ss, _) = scan.sentence(i);
    let lex = lexicon();
    let after_naql = (ss.max(i.saturating_sub(20))..i).any(|j| {
        lex.lookup(scan.key(j))
            .is_some_and(|c| lex.lemmas.get(c.lemma).is_some_and(|l| l == "نقل"))
            || matches!(scan.key(j), "نقلا" | "لسان")
    });
    if after_naql {
        return None;
    }
    // "مضيفاً قوله: …", "وأضاف المتحدث قوله: …": the masdar after a cue (and its
    // subject) is part of that cue (guideline 2), not a second report.
    let after_cue = (ss.max(i.saturating_sub(4))..i)
        .any(|j| lex.lookup(scan.key(j)).is_some() && (j + 1..i).all(|k| scan.is_word(k)));
    if after_cue {
        return None;
    }
    let (opener, start_tok, opener_tok) = find_opener(scan, i, 12)?;
    let middle_end = if opener == Opener::Complementizer {
        start_tok
    } else {
        opener_tok
    };
    // Only adjuncts between the masdar and its content.
    if (i + 1..middle_end).any(|j| scan.is_word(j) && j == i + 1 && !ends_subject(scan, j)) {
        return None;
    }
    candidate_at(scan, i, SourceRef::Implicit, opener, start_tok, false)
}

/// A prepositional noun that opens speech: "نشر صورة بتعليق: "…"", "اكتفى بالقول إن …".
/// The speaker is the clause's subject.
fn noun_cue(scan: &Scan, i: usize) -> Option<Candidate> {
    let k = scan.key(i);
    let k = k.strip_prefix('و').unwrap_or(k);
    // "جدد القول إنه بريء": the noun after a verb of repeating.
    let renewed = k == "القول"
        && i.checked_sub(1).is_some_and(|p| {
            matches!(
                scan.key(p),
                "جدد" | "وجدد" | "اعاد" | "واعاد" | "يجدد" | "ويجدد"
            )
        });
    if !renewed && !matches!(k, "بتعليق" | "بالتعليق" | "بالقول" | "بتغريده")
    {
        return None;
    }
    // "وتابع (المصدر) بالقول إن": the verb before is the cue.
    let lex = lexicon();
    let mut words = 0;
    let mut p = i;
    while p > 0 && words < 3 {
        p -= 1;
        if !scan.is_word(p) {
            break;
        }
        if lex.lookup(scan.key(p)).is_some() || colon_verb(scan.key(p)) {
            return None;
        }
        words += 1;
    }
    let (opener, start_tok, opener_tok) = find_opener(scan, i, 2)?;
    // "بتغريدة على "تويتر" مثيرة للجدل": a quoted name followed by more words is not
    // the tweet's text.
    if opener == Opener::Quote
        && quoted_words(scan, opener_tok) <= 2
        && scan
            .partner
            .get(opener_tok)
            .copied()
            .flatten()
            .is_some_and(|p| scan.is_word(p + 1))
    {
        return None;
    }
    candidate_at(scan, i, SourceRef::Implicit, opener, start_tok, false)
}

/// The passive "ونُقل عن الوزير قوله إن …" (vowelled): the source is the person after عن.
fn passive_naql(doc: &Doc<'_>, scan: &Scan, ents: &Ents<'_>, i: usize) -> Option<Candidate> {
    if !matches!(scan.key(i), "نقل" | "ونقل" | "ينقل" | "وينقل") || scan.key(i + 1) != "عن"
    {
        return None;
    }
    let t = scan.toks.get(i)?;
    let raw = doc.text.get(t.start..t.end)?;
    // Damma on the first radical (نُقل، يُنقل) marks the passive.
    let passive = raw.char_indices().any(|(b, c)| {
        c == 'ن'
            && raw
                .get(b + c.len_utf8()..)
                .is_some_and(|r| r.starts_with('\u{064F}'))
    }) || raw.contains("يُ");
    if !passive {
        return None;
    }
    let (opener, start_tok, opener_tok) = find_opener(scan, i + 1, 16)?;
    let middle_end = if opener == Opener::Complementizer {
        start_tok
    } else {
        opener_tok
    };
    // The source ends before the masdar "قوله" if there is one.
    let src_end = (i + 2..middle_end)
        .find(|j| {
            let k = scan.key(*j);
            k.strip_prefix('و').unwrap_or(k).starts_with("قول")
        })
        .unwrap_or(middle_end);
    let span = subject_from(scan, ents, i + 2, src_end)?;
    candidate_at(scan, i, SourceRef::Explicit(span), opener, start_tok, false)
}

/// An impersonal passive of saying right before its complementizer: "وقيل إن …",
/// "ويُقال إن …", "وأُفيد بأن …", "وذُكر أن …", "وأُعلن أن …" — hearsay whose speaker is
/// left unsaid ([`SourceRef::Unspecified`]). "قيل له إن" (an addressee) is allowed.
///
/// Unvowelled "ذكر"/"أعلن" are read as active verbs (their subject comes later or is
/// carried over), so those two count only with the damma of the passive. The writer's
/// own asides "يذكر أن", "يشار إلى أن" (guideline 2) stay unattributed, and so does
/// anything inside a quotation ("أفيد بأن" may be a first person "I inform").
fn impersonal_passive(doc: &Doc<'_>, scan: &Scan, i: usize) -> Option<Candidate> {
    let k = scan.key(i);
    let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    let t = scan.toks.get(i)?;
    let raw = doc.text.get(t.start..t.end)?;
    let passive = match k {
        "قيل" | "يقال" | "يفاد" => true,
        "افيد" => !scan.in_quote.get(i).copied().unwrap_or(false),
        // ذُكر، أُعلن: the damma after the first letter (after any و/ف clitic).
        "ذكر" | "اعلن" => passive_damma(raw, false),
        _ => false,
    };
    if !passive || negated(scan, i) || after_negating_noun(scan, i) {
        return None;
    }
    let mut comp = i + 1;
    if matches!(scan.key(comp), "له" | "لها" | "لهم" | "لنا" | "لي") {
        comp += 1;
    }
    if !scan.is_complementizer(comp) {
        return None;
    }
    candidate_at(
        scan,
        i,
        SourceRef::Unspecified,
        Opener::Complementizer,
        comp,
        false,
    )
}

/// A continuation participle (قائلا، مضيفا، مشيرة الى ان): the speaker carries over.
fn continuation(scan: &Scan, i: usize, belief: bool) -> Option<Candidate> {
    // "مضيفا أن", "مشيرا إلى أن"; a quotation or colon may follow a short adjunct
    // ("مضيفا عبر حسابه على موقع "تويتر"، "…"").
    let (opener, start_tok, opener_tok) = find_opener(scan, i, 12)?;
    // ("واصفا الملاحظات التي كتبها بأنها "…"": a participle that takes an object may
    // have a short one, without punctuation, before its clause.)
    let object_first = takes_object(scan.key(i))
        && start_tok <= i + 8
        && (i + 1..start_tok).all(|j| scan.is_word(j));
    // ("مؤكداً في حديث مع إذاعة "إم بي سي إف إم" أن": a short adjunct first.)
    // ("مما كان متوقعا في نسبة التضخم … يمكن أن": a predicate, not a continuation)
    let adjunct_first = matches!(scan.key(i + 1), "في" | "خلال" | "عبر" | "امام")
        && lexicon::is_adjunct_noun(scan.key(i + 2))
        && !i
            .checked_sub(1)
            .is_some_and(|p| matches!(scan.key(p), "كان" | "ما" | "مما" | "يكون" | "ليس"))
        && words_skipping_names(scan, i + 1, start_tok, 0) <= 6;
    let near = if opener == Opener::Complementizer {
        start_tok <= i + 3 || object_first || adjunct_first
    } else {
        opener_tok <= i + 3 || (i + 1..opener_tok).filter(|j| scan.is_word(*j)).count() <= 7
    };
    if !near {
        return None;
    }
    // "مؤكدا قدرة مقاتليه على "حفظ الأمن"": a quoted phrase after a preposition, not
    // speech.
    // ("مؤكدا على "أن الحكومة تتابع الملف"": a quotation that opens with its
    // complementizer is the clause itself.)
    if opener == Opener::Quote
        && opener_tok > i + 1
        && !scan.is_complementizer(opener_tok + 1)
        && opener_tok
            .checked_sub(1)
            .is_some_and(|p| lexicon::is_content_preposition(scan.key(p)) || scan.key(p) == "ب")
    {
        return None;
    }
    // "مشيرا إلى أزمتي "سد النهضة" وجزيرتي "تيران وصنافير"": a short quotation right
    // after a word of the participle's complement is a quoted name, not speech.
    if opener == Opener::Quote
        && opener_tok > i + 1
        && scan.is_word(opener_tok - 1)
        && quoted_words(scan, opener_tok) <= 4
        && !scan.is_complementizer(opener_tok + 1)
    {
        return None;
    }
    candidate_at(scan, i, SourceRef::Implicit, opener, start_tok, belief)
}

/// "بحسب/حسب/وفقا لـ/طبقا لـ/نقلا عن/على حد قول X" with the content around it.
fn prepositional(doc: &Doc<'_>, scan: &Scan, ents: &Ents<'_>, i: usize) -> Option<Candidate> {
    let k = scan.key(i);
    // ("فوفقا لما أعلنت الوزارة، …": the ف of a consequence, like و; not "فحسب" =
    // "only")
    let k = k
        .strip_prefix('و')
        .or_else(|| k.strip_prefix('ف').filter(|r| *r != "حسب"))
        .filter(|r| {
            matches!(
                *r,
                "بحسب" | "حسب" | "وفقا" | "وفق" | "طبقا" | "نقلا" | "حسبما"
            )
        })
        .unwrap_or(k);
    let lex = lexicon();
    // (last cue token, byte where the source starts)
    // "ما X" after the preposition: any verb of saying or publishing ("بحسب ما ذكرت",
    // "وفقا لما نشره", "وفق ما أعلن").
    let verb_after = |j: usize| -> bool {
        let v = scan.key(j);
        scan.is_word(j)
            && !v.is_empty()
            && !lexicon::is_adjunct_start(v)
            && !lexicon::is_complementizer(v)
            // "ووفق ما يراه الرئيس مناسبا", "حسب ما تقتضيه المصلحة": "as X sees fit /
            // requires / wants" is a manner adverbial, not a report.
            && !matches!(
                v,
                "يراه" | "تراه" | "يرونه" | "يري" | "تري" | "يرون" | "راه" | "راته" | "يجده"
                    | "تجده" | "يلمسه" | "تلمسه" | "تلمسته" | "يقتضيه" | "تقتضيه" | "يتطلبه"
                    | "تتطلبه" | "يسمح" | "تسمح" | "يشاء" | "تشاء" | "يريد" | "تريد" | "يرغب"
                    | "ترغب"
            )
            && {
                let base = v
                    .strip_suffix("ته")
                    .map(|b| format!("{b}ت"))
                    .or_else(|| v.strip_suffix('ه').map(str::to_string));
                lex.lookup(v).is_some()
                    || base.is_some_and(|b| lex.lookup(&b).is_some())
                    || v.chars().count() >= 3
            }
    };
    // (last cue token, first source token, byte where the source starts)
    let (cue_end, src_tok, src_byte) = match k {
        "بحسب" | "حسب" | "حسبما" => {
            if k == "حسبما" {
                if !verb_after(i + 1) {
                    return None;
                }
                (i + 1, i + 2, None)
            } else if scan.key(i + 1) == "ما" {
                if !verb_after(i + 2) {
                    return None;
                }
                (i + 2, i + 3, None)
            } else if matches!(scan.key(i + 1), "قول" | "تعبير" | "روايه" | "تصريحات")
            {
                // "حسب قول المختصين", "بحسب رواية الشهود"
                (i + 1, i + 2, None)
            } else {
                (i, i + 1, None)
            }
        }
        "وفقا" | "وفق" | "طبقا" => {
            // The source follows "لـ" or is glued to ل ("لوكالة"), or "لما/ما ذكره X".
            let next = scan.key(i + 1);
            if next == "ل" {
                (i + 1, i + 2, None)
            } else if next == "لما" || next == "ما" {
                if !verb_after(i + 2) {
                    return None;
                }
                (i + 2, i + 3, None)
            } else if k == "وفق"
                && ((scan.is_word(i + 1) && !next.starts_with('ل'))
                    || quoted_words(scan, i + 1) <= 3)
            {
                // "وفق الخارجية الفرنسية", "وفق "رويترز"" (وفقا needs لـ)
                (i, i + 1, None)
            } else if next.chars().count() > 2 && next.starts_with('ل') {
                let t = scan.toks.get(i + 1)?;
                // "للمصدر" = ل + المصدر (the alef dropped): the source is "مصدر".
                let clitic = if next.starts_with("لل") && next.chars().count() > 4 {
                    2
                } else {
                    1
                };
                (i, i + 1, Some(t.start + clitic * 'ل'.len_utf8()))
            } else {
                return None;
            }
        }
        "نقلا" if scan.key(i + 1) == "عن" => (i + 1, i + 2, None),
        "علي" if scan.key(i + 1) == "حد" && matches!(scan.key(i + 2), "قول" | "تعبير" | "وصف") => {
            (i + 2, i + 3, None)
        }
        _ => return None,
    };
    // Skip a "لـ" tatweel token or punctuation before the source, and the resumptive
    // pronoun of "بحسب ما أفادت به وكالة رويترز".
    let mut src_tok = src_tok;
    // ("وفقا لما كشفت عنه وكالة الأناضول": likewise the resumptive عنه)
    if cue_end > i
        && matches!(
            scan.key(src_tok),
            "به" | "بها" | "بهم" | "عنه" | "عنها" | "عنهم"
        )
    {
        src_tok += 1;
    }
    while scan
        .punct(src_tok)
        .is_some_and(|c| c == 'ـ' || c == '،' || c == ',')
    {
        src_tok += 1;
    }
    // "بحسب ما ورد في صحيفة "الرياض"", "حسبما جاء في بيان الوزارة", "وفقا لما ورد على
    // لسان الوزير": after «جاء/ورد» ("it came in / appeared in") the document or the
    // speaker's tongue is the frame; the source is what follows it, as in «وجاء في
    // البيان أن» (session 23).
    if cue_end > i && matches!(scan.key(cue_end), "جاء" | "ورد") {
        if scan.key(src_tok) == "في" {
            // ("حسبما جاء في حسابه على تويتر", "في بيانها": the clause's own subject's
            // account or statement; that subject is already the speaker)
            let doc_word = scan.raw(doc.text, src_tok + 1);
            if !doc_word.starts_with("ال")
                && doc_word.chars().count() >= 5
                && ["ه", "ها", "هم"].iter().any(|x| doc_word.ends_with(x))
            {
                return None;
            }
            src_tok += 1;
        } else if scan.key(src_tok) == "علي" && scan.key(src_tok + 1) == "لسان" {
            src_tok += 2;
        }
    }
    // "وفقا لما نقلته على لسانه وكالة الأناضول": the speaker's tongue is not the source.
    if cue_end > i
        && scan.key(src_tok) == "علي"
        && matches!(scan.key(src_tok + 1), "لسانه" | "لسانها" | "لسانهم")
    {
        src_tok += 2;
    }
    // "وفق ما أعلن الجمعة مسؤول …": a time word before the source.
    if src_byte.is_none() {
        while src_tok < cue_end + 4
            && scan.is_word(src_tok)
            && lexicon::is_time_word(scan.key(src_tok))
        {
            src_tok += 1;
        }
    }
    let (_, sent_end) = scan.sentence(i);
    let limit = (src_tok + MAX_SOURCE_WORDS + 4).min(sent_end);
    // "نقلا عن مسؤول كبير | أن الوزير استقال": the relayed source ends at the content.
    let limit = if k == "نقلا" {
        (src_tok + 1..limit)
            .find(|j| scan.is_complementizer(*j))
            .unwrap_or(limit)
    } else {
        limit
    };
    // A quoted name ("وفق "رويترز"", "بحسب «الأناضول»") is the source.
    let quoted = scan
        .punct(src_tok)
        .filter(|c| is_open_quote(*c) || *c == '"')
        .and_then(|_| scan.partner.get(src_tok).copied().flatten())
        .filter(|p| *p > src_tok + 1 && quoted_words(scan, src_tok) <= 3);
    let found = if let Some(p) = quoted {
        tok_span(scan, src_tok + 1, p - 1)
    } else if src_byte.is_some() {
        subject_from(scan, ents, src_tok, limit)
    } else {
        subject_after(scan, ents, src_tok, limit)
    };
    // "… 50 منظمة بحسب الخارجية، منها المحكمة الجنائية": after a frame's source, a list
    // opened by منها/بينها names members of something else.
    let found = found.and_then(|span| {
        let a = scan.toks.partition_point(|t| t.start < span.start);
        let b = scan.toks.partition_point(|t| t.start < span.end);
        match (a + 1..b).find(|j| group_list_end(scan, ents, *j, b).is_some()) {
            Some(g) => tok_span(scan, a, g - 1),
            None => Some(span),
        }
    });
    // "نقلا عن مصدر عسكري | قال إن …": a verb of saying right after the relayed source
    // (a relative clause without الذي) ends it; the content follows the verb.
    let found = found.and_then(|span| {
        if k != "نقلا" {
            return Some(span);
        }
        let a = scan.toks.partition_point(|t| t.start < span.start);
        let b = scan.toks.partition_point(|t| t.start < span.end);
        match (a + 1..b).find(|j| relative_speech_verb(scan, *j)) {
            Some(v) => tok_span(scan, a, v - 1),
            None => Some(span),
        }
    });
    let cue = tok_span(scan, i, cue_end)?;
    // "أفضل لاعب في العالم حسب الاتحاد الدولي": a ranking after a superlative, not
    // speech.
    let (ss, _) = scan.sentence(i);
    let superlative = (ss.max(i.saturating_sub(6))..i).any(|j| {
        // ("أكثر من 50 عاما" is a quantity, not a rank)
        let k = scan.key(j);
        let bare = k.strip_prefix("ال").unwrap_or(k);
        matches!(bare, "افضل" | "احسن" | "اسوا")
            || (k.starts_with("ال") && matches!(bare, "اكثر" | "اكبر" | "اعلي" | "اغني" | "اقوي"))
    });
    if superlative && matches!(k, "حسب" | "بحسب" | "وفق" | "وفقا") && cue_end == i {
        return None;
    }
    // "حسبما نشر السبت عبر صفحته": a verb of saying with no subject after it speaks
    // for the clause's subject.
    let verb_form = cue_end > i && src_byte.is_none();
    let (source, span) = match found {
        Some(mut span) => {
            if let Some(b) = src_byte {
                if b < span.end && doc.text.is_char_boundary(b) {
                    span.start = b;
                }
            }
            // "وفقا للوائح الاتحاد الدولي", "طبقا للقانون": a rule is followed, not quoted.
            if !verb_form && quoted.is_none() && is_rule_noun(scan.key(src_tok)) {
                return None;
            }
            // After "لما قاله/ما أعلن" the noun phrase is the verb's subject.
            if !verb_form && quoted.is_none() && !looks_like_source(scan, ents, span, src_tok) {
                return None;
            }
            (SourceRef::Explicit(span), span)
        }
        None if verb_form
            && (!scan.is_word(src_tok) || lexicon::is_adjunct_start(scan.key(src_tok)))
            && (lex.lookup(scan.key(cue_end)).is_some()
                || matches!(scan.key(cue_end), "نشر" | "نشرت" | "نشره" | "نشرته")) =>
        {
            // Session 23: "بحسب ما ادُّعي", "حسبما قيل": a passive frame names nobody.
            if guards::passive_frame_verb(scan, cue_end) {
                (SourceRef::Unspecified, cue)
            } else {
                (SourceRef::Implicit, cue)
            }
        }
        None => return None,
    };
    // Content: before the cue in the sentence, or after the source when the cue opens it.
    let (sent_start, _) = scan.sentence(i);
    // (bounded: a 5 MB "sentence" must not make this quadratic)
    let window_start = sent_start.max(i.saturating_sub(120));
    let before: Vec<usize> = (window_start..i).filter(|j| scan.is_word(*j)).collect();
    // ("فوفقا لما أعلنت الوكالة، …" opens its sentence; inside one the ف joins clauses
    // and the frame's reach is unclear.)
    if scan.key(i).starts_with('ف') && !before.is_empty() {
        return None;
    }
    // "وقال المدرب بحسب ما نقل الموقع "…"": a relay frame inside a speech clause
    // passes on the content that follows it (the verb before it has its own).
    let speech_clause = cue_end > i
        && k != "نقلا"
        && (2..=4).contains(&before.len())
        && before.first().is_some_and(|f| {
            lex.lookup(scan.key(*f))
                .is_some_and(|c| c.form == CueForm::Verb && !c.present)
        });
    // "ووفقا لوكالة الأنباء الرسمية نقلا عن مصدر …": a relay after a frame that opens the
    // sentence reports what follows, as the frame does.
    let after_frame = k == "نقلا"
        && before.first().is_some_and(|f| {
            let fk = scan.key(*f);
            let fk = fk.strip_prefix('و').unwrap_or(fk);
            matches!(fk, "وفقا" | "وفق" | "بحسب" | "حسب" | "طبقا")
        })
        && before.len() <= MAX_SOURCE_WORDS + 2;
    // "وذكرت صحيفة محلية نقلا عن مسؤول كبير أن …": the relay's content is the clause
    // right after its source, not the words before the relay.
    let relay_clause = if k == "نقلا" {
        let mut j = scan.toks.partition_point(|t| t.start < span.end);
        while matches!(scan.punct(j), Some('،' | ',')) {
            j += 1;
        }
        scan.is_complementizer(j)
            .then(|| content_span(scan, Opener::Complementizer, j))
            .flatten()
            .map(|(c, _, _)| c)
    } else {
        None
    };
    // "…، ووفقا لبيانات الشركة، فإن هذا يعني …": a frame between commas that opens a
    // "فإن" clause reports that clause, not the one before it.
    let fa_inna_after = i
        .checked_sub(1)
        .is_some_and(|p| matches!(scan.punct(p), Some('،' | ',')))
        && scan.key(i).starts_with('و')
        && {
            let mut j = scan.toks.partition_point(|t| t.start < span.end);
            while matches!(scan.punct(j), Some('،' | ',')) {
                j += 1;
            }
            // (with or without a comma before it: "، وبحسب محللين فإن …"; bare
            // "فان" right after the source may be a name's particle, "فان دايك")
            matches!(scan.key(j), "فان" | "فانه" | "فانها" | "فانهم")
                && (scan.punct(j - 1).is_some_and(|c| c == '،' || c == ',')
                    || !ents.named_at(scan, j))
        };
    let content = if let Some(c) = relay_clause {
        c
    } else if before.len() <= 1 || speech_clause || after_frame || fa_inna_after {
        'content: {
            // "وبحسب المصادر، فإن …"
            let mut j = src_tok;
            while scan.toks.get(j).is_some_and(|t| t.end <= span.end) {
                j += 1;
            }
            while matches!(scan.punct(j), Some('،' | ',' | ':')) {
                j += 1;
            }
            // "ووفقا لوكالة الأنباء الرسمية (سانا) نقلا عن مصدر عسكري قال إن …": past the
            // source's acronym and a relay to its content.
            if scan.punct(j) == Some('(') {
                if let Some(close) =
                    (j + 1..(j + 7).min(sent_end)).find(|k| scan.punct(*k) == Some(')'))
                {
                    j = close + 1;
                    while matches!(scan.punct(j), Some('،' | ',')) {
                        j += 1;
                    }
                }
            }
            if scan.key(j) == "نقلا" && scan.key(j + 1) == "عن" {
                let to = (j + 2 + MAX_SOURCE_WORDS + 4).min(sent_end);
                if let Some(o) = (j + 2..to).find(|k| {
                    scan.is_complementizer(*k)
                        || scan
                            .punct(*k)
                            .is_some_and(|c| is_open_quote(c) || c == '"' || c == ':')
                }) {
                    j = if scan.punct(o) == Some(':') { o + 1 } else { o };
                }
            } else if relative_speech_verb(scan, j) {
                // ("نقلا عن مصدر عسكري قال إن": the relative verb's content)
                j += 1;
            }
            // "* نقلا عن "الحياة" اللندنية": a republication note under an article (the
            // source's closing mark, a nisba at most) reports nothing.
            if scan
                .punct(j)
                .is_some_and(|c| scan::is_close_quote(c) || c == '"')
                && scan
                    .partner
                    .get(j)
                    .copied()
                    .flatten()
                    .is_some_and(|p| p < j)
            {
                if (j + 1..sent_end).filter(|k| scan.is_word(*k)).count() <= 2 {
                    // ("… خارج الدولة. وفق ما أوردت "الإمارات اليوم".": a frame after a
                    // full stop on the same line closes the sentence before it.)
                    if !before.is_empty() {
                        return None;
                    }
                    break 'content previous_sentence(scan, sent_start, i)?;
                }
                j += 1;
            }
            // "… الشرطة المصرية. بحسب ما أفاد به مراسلنا في مصر.": nothing follows the
            // source; the frame closes the sentence before it.
            if before.is_empty() && !(j..sent_end).any(|k| scan.is_word(k)) {
                break 'content previous_sentence(scan, sent_start, i)?;
            }
            // "وبحسب وثيقة اطلعت عليها الوكالة، فإن …": past a relative clause to فإن.
            if let Some(f) = (j..sent_end.min(j + 24)).find(|k| {
                matches!(scan.key(*k), "فان" | "فانه" | "فانها" | "فانهم")
                    && scan.punct(k - 1).is_some_and(|c| c == '،' || c == ',')
            }) {
                j = f;
            }
            let s = scan.toks.get(j)?;
            let e = content_end(scan, sent_end.checked_sub(1)?)?;
            if e <= s.start {
                return None;
            }
            Span::new(s.start, e)
        }
    } else if let Some(c) = parenthetical_frame(scan, i, span, sent_end, &before) {
        c
    } else {
        let first = *before.first()?;
        let mut last = i.checked_sub(1)?;
        let skip_punct = |mut last: usize| {
            while last > first
                && !scan.is_word(last)
                && !scan
                    .punct(last)
                    .is_some_and(|c| scan::is_close_quote(c) || c == '"')
            {
                last -= 1;
            }
            last
        };
        last = skip_punct(last);
        // "ارتفع العدد إلى مليون، وذلك بحسب الأرقام": the narrator's "وذلك" points at
        // the content; it is not part of it.
        if last > first && matches!(scan.key(last), "وذلك" | "وهذا") {
            last = skip_punct(last - 1);
        }
        tok_span(scan, first, last)?
    };
    // Session 23 (s23b A6(c)): "بحسب جريدة "لو جورنال دو ديمانش" الصادرة الأحد": the
    // paper's issue date or place is no part of its name (but "البيان الصادر عن الوزارة"
    // names the issuer and stays).
    let source = match source {
        SourceRef::Explicit(span) => SourceRef::Explicit(
            guards::issued_cut(scan, span)
                .and_then(|t| {
                    tok_span(
                        scan,
                        scan.toks.partition_point(|x| x.start < span.start),
                        t - 1,
                    )
                })
                .unwrap_or(span),
        ),
        other => other,
    };
    Some(Candidate {
        cue,
        cue_tok: i,
        source,
        content,
        direct: false,
        belief: false,
        trim: false,
    })
}

/// Is token `j` a verb of saying in the past that opens its content right away ("مصدر
/// عسكري قال إن", "مسؤول أكد أن", "شاهد قال:")?
fn relative_speech_verb(scan: &Scan, j: usize) -> bool {
    scan.is_word(j)
        && lexicon()
            .lookup(scan.key(j))
            .is_some_and(|c| c.form == CueForm::Verb && !c.present)
        && (scan.is_complementizer(j + 1)
            || scan
                .punct(j + 1)
                .is_some_and(|c| is_open_quote(c) || c == '"' || c == ':'))
}

/// "قتل عشرة مدنيين في الغارات التي استهدفت، وفق المرصد، بلدات في ريف إدلب": a frame
/// set off by commas inside its sentence interrupts the clause it reports, which goes on
/// after it. The content is the whole sentence — or, when the frame follows a relative
/// pronoun closely ("الذي تتمركز فيه، وفق المرصد، قوات …"), the relative clause only.
/// `before` holds the sentence's words before the cue; `src` is the source span.
fn parenthetical_frame(
    scan: &Scan,
    i: usize,
    src: Span,
    sent_end: usize,
    before: &[usize],
) -> Option<Span> {
    let comma = |j: usize| matches!(scan.punct(j), Some('،' | ','));
    let before_cue = i.checked_sub(1)?;
    let after = scan.toks.partition_point(|t| t.start < src.end);
    if !comma(before_cue) || !comma(after) {
        return None;
    }
    // (the clause goes on: at least two words after the closing comma, and no other
    // frame or new sentence part in between)
    let rest = (after + 1..sent_end)
        .filter(|k| scan.is_word(*k))
        .take(2)
        .count();
    if rest < 2 || !scan.is_word(after + 1) {
        return None;
    }
    // (not when a new clause or an adjunct of the whole sentence follows the frame:
    // "…، بحسب السلطات، دون أن …", "…، وفقا لتقارير، وتم إيداعه …", "، السبت، بعد …")
    let next = scan.key(after + 1);
    // ("، بحسب المصدر، الذي أكد …", "نقلا عن موقع "رابلر"، الأبرز في …": a relative or
    // an apposition of the source)
    let new_clause = next.starts_with("ال")
        || (next.starts_with('و') && next.chars().count() >= 3)
        || (next.starts_with('ف') && !matches!(next, "في" | "فوق"))
        || lexicon::is_time_word(next)
        || lexicon::is_adverb(next)
        || matches!(
            next,
            "دون"
                | "مما"
                | "حيث"
                | "كما"
                | "بينما"
                | "حين"
                | "بعد"
                | "بعدما"
                | "قبل"
                | "اثر"
                | "عقب"
                | "رغم"
                | "وسط"
                | "لكن"
                | "الا"
                | "غير"
                | "اذ"
                | "عندما"
                | "منذ"
                | "ما"
        );
    if new_clause {
        return None;
    }
    let first = *before.first()?;
    let relative = before
        .iter()
        .rev()
        .take(3)
        .find(|j| {
            matches!(
                scan.key(**j),
                "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللواتي" | "اللاتي"
            )
        })
        .copied();
    let start = relative.unwrap_or(first);
    let s = scan.toks.get(start)?;
    let e = content_end(scan, sent_end.checked_sub(1)?)?;
    (e > s.start).then(|| Span::new(s.start, e))
}

/// The sentence before the one starting at token `sent_start`, if it ends on the same
/// line (not a note under the article: "* نقلا عن "الحياة""), trimmed of its final
/// punctuation.
fn previous_sentence(scan: &Scan, sent_start: usize, cue_tok: usize) -> Option<Span> {
    let last = sent_start.checked_sub(1)?;
    let (first, _) = scan.sentence(last);
    let mut end = last;
    while end > first && !scan.is_word(end) {
        end -= 1;
    }
    // (a line break between the two: a note under the text, "* نقلا عن …")
    if (end..cue_tok).any(|k| scan.toks.get(k).is_some_and(|t| t.kind == Kind::Newline)) {
        return None;
    }
    let first = (first..=end).find(|k| scan.is_word(*k))?;
    // (a heading line is no sentence: at least a few words)
    if (first..=end).filter(|k| scan.is_word(*k)).count() < 4 {
        return None;
    }
    tok_span(scan, first, end)
}

/// Is folded `k` (with a ل/لل proclitic or the article) a law, rule or agreement
/// ("للوائح", "للقانون", "لاتفاق", "لقرار") — what "وفقا لـ" follows, not who speaks?
fn is_rule_noun(k: &str) -> bool {
    const RULES: &[&str] = &[
        "قانون",
        "قوانين",
        "لوائح",
        "لائحه",
        "قواعد",
        "قاعده",
        "دستور",
        "اتفاق",
        "اتفاقيه",
        "اتفاقات",
        "اتفاقيات",
        "قرار",
        "قرارات",
        "معايير",
        "شروط",
        "بنود",
        "احكام",
        "ماده",
        "تعليمات",
        "نظام",
        "انظمه",
        "مبادئ",
        "اجراءات",
        "تشريعات",
        "خطه",
        "جدول",
        "اراده",
        "رغبه",
        "مصلحه",
        "توجيهات",
        "اوامر",
        "مرسوم",
        "معاهده",
        "ميثاق",
        "مواثيق",
        "مبادره",
        "ضوابط",
        "مقررات",
        "اسس",
    ];
    let mut forms = vec![k];
    if let Some(r) = k.strip_prefix('و') {
        forms.push(r);
    }
    let mut more = Vec::new();
    for f in &forms {
        if let Some(r) = f.strip_prefix("لل") {
            // ل + اللوائح is written للوائح: the noun keeps one ل.
            more.push(r);
            if let Some(x) = f.strip_prefix('ل') {
                more.push(x);
            }
        } else if let Some(r) = f.strip_prefix('ل') {
            more.push(r);
            more.push(r.strip_prefix("ال").unwrap_or(r));
        }
        more.push(f.strip_prefix("ال").unwrap_or(f));
    }
    forms.extend(more);
    forms.iter().any(|f| RULES.contains(f))
}

/// Does a prepositional object look like a source (a named PER/ORG or a source noun)?
fn looks_like_source(scan: &Scan, ents: &Ents<'_>, span: Span, tok: usize) -> bool {
    if ents.named_in(span).next().is_some() {
        return true;
    }
    // ("والدول المجاورة التي": the conjunction is no part of the noun)
    let orig = scan.key(tok);
    let orig = orig
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(orig);
    let k = orig
        .strip_prefix('ل')
        .filter(|r| r.starts_with("ل") || r.len() > 4)
        .unwrap_or(orig);
    let bare = k.strip_prefix("ال").unwrap_or(k);
    // "للمصدر" = ل + المصدر.
    let bare = orig.strip_prefix("لل").unwrap_or(bare);
    // "حسب كثير من التقارير", "وفقا لعدد من الخبراء": a quantifier before the source noun.
    if matches!(bare, "كثير" | "عدد" | "عديد" | "بعض") && scan.key(tok + 1) == "من"
    {
        let next = scan.toks.get(tok + 2).map(|t| Span::new(t.start, span.end));
        return next
            .is_some_and(|n| n.start < span.end && looks_like_source(scan, ents, n, tok + 2));
    }
    // (a family speaks as a short phrase: "بحسب العائلة", "وفقا لأسرته")
    let family = ents
        .text
        .get(span.start..span.end)
        .is_some_and(|t| t.split_whitespace().count() <= 3 && !t.contains('.'));
    lexicon::is_anonymous_head(bare)
        || lexicon::description_head(bare).is_some()
        || lexicon::is_anonymous_head(k)
        || matches!(
            bare,
            "وسايل"
                | "وسائل"
                | "احصائيات"
                | "شهود"
                | "سكان"
                | "ارقام"
                | "احصاءات"
                | "احصايات"
                | "بيانات"
                | "مصادر"
                | "تقديرات"
                | "مدونه"
                | "حساب"
                | "صفحه"
                | "وثايق"
                | "وثيقه"
                | "سجلات"
                | "معطيات"
                | "دول"
                | "تقرير"
                | "تقارير"
                | "دراسه"
                | "استطلاع"
        )
        // "بحسب العائلة", "وفقا لأقاربه", "حسب الأهالي": the family and the people
        // around a story speak for it.
        || (family
            && (matches!(
                bare,
                "عايله" | "عائله" | "اسره" | "اقارب" | "اهالي" | "اهل" | "ذوي" | "جيران" | "عائلات"
            ) || matches!(
                strip_possessive(bare),
                "عائلت" | "عايلت" | "اسرت" | "اقارب" | "اهل" | "ذوي" | "جيران"
            )))
}

/// Cuts indirect contents at the next cue in the same sentence (outside quotations).
fn trim_contents(scan: &Scan, cands: &mut [Candidate]) {
    let quoted = |c: &Candidate| scan.in_quote.get(c.cue_tok).copied().unwrap_or(false);
    // "قالت: "أعتقد أن X … . أعتقد أننا …"": a nested cue's content ends at the next
    // cue of the same quotation, and inside the quotation.
    let nested_starts: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| quoted(c))
        .map(|c| (c.cue.start, c.cue_tok))
        .collect();
    for c in cands.iter_mut().filter(|c| c.trim && quoted(c)) {
        let first_after = nested_starts.partition_point(|(s, _)| *s <= c.content.start);
        if let Some((_, tok)) = nested_starts
            .get(first_after)
            .filter(|(s, _)| *s < c.content.end)
        {
            // (the sentence end before the next cue: "… مباحثات. أعتقد أننا")
            let lo = scan.toks.partition_point(|t| t.start < c.content.start);
            if let Some(end) = (lo..*tok)
                .rev()
                .find(|j| matches!(scan.punct(*j), Some('.' | '!' | '?' | '؟')))
                .and_then(|j| j.checked_sub(1))
                .and_then(|j| content_end(scan, j))
            {
                if end > c.content.start {
                    c.content.end = c.content.end.min(end);
                }
            }
        }
        // The closing mark of the quotation the cue is in ends its content ("…
        // القرار"، مشيدة برد الرئيس").
        let lo = scan.toks.partition_point(|t| t.start < c.content.start);
        let hi = scan.toks.partition_point(|t| t.start < c.content.end);
        if let Some(close) = (lo..hi.min(lo + 400)).find(|j| {
            // (a straight mark closes only when glued to the word before it: in
            // "تجنيها "إسرائيل"" it opens a quoted name)
            let glued = j
                .checked_sub(1)
                .and_then(|p| scan.toks.get(p))
                .zip(scan.toks.get(*j))
                .is_some_and(|(p, t)| p.end == t.start);
            scan.punct(*j)
                .is_some_and(|p| (p == '"' && glued) || scan::is_close_quote(p))
                && scan
                    .partner
                    .get(*j)
                    .copied()
                    .flatten()
                    .is_some_and(|p| p < c.cue_tok)
        }) {
            if let Some(end) = close.checked_sub(1).and_then(|j| content_end(scan, j)) {
                if end > c.content.start {
                    c.content.end = c.content.end.min(end);
                }
            }
        }
        // "وكنت أعتقد أن أمريكا تعلمت الدرس، ولكن للأسف كنت على خطأ": a first person
        // belief inside a quotation ends at the speaker's own "، ولكن".
        if c.belief {
            let hi = scan.toks.partition_point(|t| t.start < c.content.end);
            if let Some(comma) = (lo + 1..hi.min(lo + 400)).find(|j| {
                matches!(scan.punct(*j), Some('،' | ','))
                    && matches!(scan.key(j + 1), "لكن" | "ولكن" | "لكنني" | "ولكنني")
            }) {
                if let Some(end) = comma.checked_sub(1).and_then(|j| content_end(scan, j)) {
                    if end > c.content.start {
                        c.content.end = c.content.end.min(end);
                    }
                }
            }
        }
    }
    let cue_starts: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| !quoted(c))
        .map(|c| (c.cue.start, c.cue_tok))
        .collect();
    for c in cands.iter_mut().filter(|c| c.trim) {
        // cue_starts is sorted (candidates are sorted by cue start).
        let first_after = cue_starts.partition_point(|(s, _)| *s <= c.content.start);
        let next = cue_starts
            .get(first_after)
            .filter(|(s, _)| *s < c.content.end);
        if let Some((s, tok)) = next {
            // Drop a connector and punctuation before the next cue ("… حيث قال").
            let mut j = *tok;
            let mut end = *s;
            while j > 0 {
                j -= 1;
                let Some(t) = scan.toks.get(j) else { break };
                if t.start < c.content.start {
                    break;
                }
                let is_conn = scan.is_word(j)
                    && (matches!(
                        scan.key(j),
                        "حيث" | "فيما" | "بينما" | "كما" | "و" | "ثم" | "وذلك" | "اذ"
                    ) || trailing_connector(scan.key(j)));
                if is_conn
                    || !scan.is_word(j)
                        && !scan
                            .punct(j)
                            .is_some_and(|p| scan::is_close_quote(p) || p == '"')
                {
                    end = t.start;
                    continue;
                }
                end = t.end;
                break;
            }
            // "مؤكدة أنها تعتبر …", "أوضحت الشرطة أنها اعتقدت …": the next cue is
            // the content's own verb, so the content is not cut to "أنها".
            let lo = scan.toks.partition_point(|t| t.start < c.content.start);
            let only_opener = (lo..*tok)
                .filter(|k| scan.is_word(*k))
                .all(|k| scan.is_complementizer(k) || lexicon::is_content_preposition(scan.key(k)));
            // "وقال إن ولي العهد أخبره بأن …": a short subject after the opener, then the
            // next cue — the content's own clause reports in turn (nested), no new one.
            let lo = if lexicon::is_content_preposition(scan.key(lo)) {
                lo + 1
            } else {
                lo
            };
            let own_subject = scan.is_complementizer(lo)
                && (lo + 1..*tok).all(|k| {
                    scan.is_word(k)
                        && !scan.is_complementizer(k)
                        && !scan.key(k).starts_with("وال")
                        && lexicon().lookup(scan.key(k)).is_none()
                })
                && (1..=3).contains(&(tok - lo - 1));
            // "إنها تحدثت مع أختها، وأنها أخبرتها بأن …": a second complementizer of
            // the same content right before the next cue — that cue is the content's own
            // verb, reported in turn (session 20).
            let second_clause = tok.checked_sub(1).is_some_and(|p| {
                scan.is_word(p)
                    && scan
                        .key(p)
                        .strip_prefix('و')
                        .is_some_and(lexicon::is_complementizer)
                    && p > lo
            });
            let only_opener = only_opener || own_subject || second_clause;
            if end > c.content.start && !only_opener {
                c.content.end = end;
            }
        }
    }
}

/// `text[start..end]` with both ends moved to char boundaries (start forward, end back).
fn window(text: &str, start: usize, end: usize) -> &str {
    let mut end = end.min(text.len());
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = start.min(end);
    while start < end && !text.is_char_boundary(start) {
        start += 1;
    }
    text.get(start..end).unwrap_or("")
}

/// Resolves an explicit source: named, anonymous, or a description / pronoun.
fn resolve_explicit(
    doc: &Doc<'_>,
    scan: &Scan,
    ents: &Ents<'_>,
    span: Span,
    prev: &[(Attribution, Resolved, usize)],
) -> Option<Resolved> {
    let text = doc.slice(span);
    let folded = fold(text);
    let mut words: Vec<&str> = folded.split(' ').collect();
    // ("3 مصادر مطلعة": the counted noun heads the phrase)
    if words.len() > 1
        && words
            .first()
            .is_some_and(|w| w.chars().all(|c| c.is_numeric()))
    {
        words.remove(0);
    }
    let first = *words.first()?;
    let first = first
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(first);
    // "منظمات بينها العفو الدولية وأوكسفام": a group speaks; none of its members is
    // the speaker alone (nor the antecedent of a later "وأضافت").
    if is_group(scan, ents, span) {
        return Some(Resolved {
            span,
            anonymous: false,
            refers_to: None,
            name: text.to_string(),
        });
    }
    // "عدد من السكان", "العديد من التقارير": a quantified group is unnamed; "مصدر مقرب
    // من الوزير سامي حداد": a source close to someone is not that someone; "صحيفة محلية":
    // an outlet without a name.
    // "وقال 40 بالمئة من المشاركين", "يعتقد 43% أنها", "نحو 60 في المئة ممن شملهم
    // الاستطلاع": a share of a group is no one named.
    let share = {
        let a = scan.toks.partition_point(|t| t.start < span.start);
        let j = (a..a + 3)
            .find(|j| !is_quantity_word(scan.key(*j)))
            .unwrap_or(a);
        is_number(scan, j) && is_percent(scan, j + 1)
    };
    let quantified = share
        || matches!(first, "عدد" | "العديد" | "عديد" | "بعض" | "كثير")
            && words.get(1) == Some(&"من");
    // "ويرى مقربون من الوزير أن": people close to someone are no one named.
    let close_to = (matches!(first, "مقربون" | "مقربين" | "مقربه" | "مقرب")
        && words.get(1) == Some(&"من"))
        || matches!(
            first,
            "مصدر" | "مصادر" | "مسؤول" | "مسؤولون" | "مسؤولين" | "مسئول"
        ) && words.get(1).is_some_and(|w| {
            matches!(
                *w,
                "قريب"
                    | "قريبه"
                    | "مقرب"
                    | "مقربه"
                    | "مقربون"
                    | "مقربين"
                    | "مطلع"
                    | "مطلعه"
            )
        });
    let untagged_span = ents
        .near(span)
        .iter()
        .all(|(s, _)| s.end <= span.start || span.end <= s.start);
    let unnamed_medium = matches!(
        first,
        "صحيفه" | "صحف" | "قناه" | "مجله" | "اذاعه" | "محطه" | "وسيله"
    ) && words.len() >= 2
        && untagged_span
        && words.iter().skip(1).all(|w| {
            !w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه") || *w == "اعلام")
        });
    if quantified || close_to || unnamed_medium {
        return Some(Resolved {
            span,
            anonymous: true,
            refers_to: None,
            name: text.to_string(),
        });
    }
    // "محامون" tagged PER by NER is still an unnamed head noun, not a name.
    // ("متحدث باسم شركة نوفا": the company is spoken for; the source stays unnamed.)
    let speaker = |(s, e): &&(Span, &Entity)| !spoken_for(scan, span, *s, e);
    let named = ents
        .named_in(span)
        .filter(speaker)
        .map(|(_, e)| *e)
        .find(|e| !lexicon::is_anonymous_head(&fold(&e.text)));
    if let Some(e) = named {
        // "المتحدثة باسم وزارة الخارجية هيذر نويرت": the person is who speaks, not the
        // organization in her title.
        // ("المتحدث باسم عباس، نبيل أبو ردينة": the apposed name, not the one in the
        // title.)
        let person = |p: &Entity| p.label == "PER" && !lexicon::is_anonymous_head(&fold(&p.text));
        let e = ents
            .named_in(span)
            .filter(speaker)
            .find(|(s, p)| person(p) && !title_complement(scan, *s))
            .or_else(|| ents.named_in(span).filter(speaker).find(|(_, p)| person(p)))
            .map_or(e, |(_, p)| *p);
        // "مصادر سكاي نيوز عربية", "مسؤول في وزارة الخارجية": an unnamed source in a
        // named organization is still anonymous.
        let unnamed = !first.starts_with("ال")
            && matches!(
                first,
                "مصدر" | "مصادر" | "مسؤول" | "مسؤولون" | "مسؤولين" | "مسئول" | "مسئولون"
            )
            && !ents.named_in(span).any(|(_, e)| e.label == "PER");
        // "زوجة الصحفي جمال خاشقجي": the relative is no one the entity names.
        let relative = ents
            .named_in(span)
            .find(|(_, p)| std::ptr::eq(*p, e))
            .and_then(|(s, _)| relation_before(scan, *s))
            .is_some_and(|r| r.start >= span.start && r.start <= span.start + 'و'.len_utf8());
        return Some(Resolved {
            span,
            anonymous: unnamed,
            refers_to: None,
            name: if relative {
                text.to_string()
            } else {
                entity_name(e)
            },
        });
    }
    // "أحد المسؤولين"، "إحدى الجهات": one of an unnamed group is unnamed too.
    // ("وكتب أحد هؤلاء", "قال أحد الحاضرين", s23d A4: one of a group pointed at or
    // present, not named)
    let one_of = matches!(first, "احد" | "احدي")
        && words.get(1).is_some_and(|w| {
            let bare = w.strip_prefix("ال").unwrap_or(w);
            lexicon::is_anonymous_head(bare)
                || lexicon::is_anonymous_plural(bare)
                || matches!(*w, "هؤلاء" | "هولاء" | "منهم" | "الحاضرين" | "الحضور")
        });
    // "وقال تقرير إعلامي فرنسي": an unnamed document is anonymous, but not one whose
    // issuer is named ("تقرير وزارة العمل", "دراسة أجراها البنك").
    let named_document = matches!(first, "تقرير" | "دراسه" | "دراسات")
        && !words.iter().skip(1).all(|w| {
            w.ends_with('ي')
                || w.ends_with("يه")
                || matches!(
                    *w,
                    "عده" | "حديث" | "حديثه" | "جديد" | "جديده" | "اخر" | "اخري" | "سابق"
                )
        });
    // "وأعلن عضو المجلس أنه", "مستشار الرئيس": a member or adviser of a definite body
    // is a description of someone, not an unnamed source ("عضو في المجلس" is).
    let construct_title = matches!(first, "عضو" | "مستشار" | "مساعد" | "مسؤوله" | "مسؤول")
        && words.get(1).is_some_and(|w| w.starts_with("ال"));
    // "ويقول مزارعون إن", "يقول فلسطينيون إن": an indefinite sound masculine plural
    // (nominative -ون, five letters or more before it: not "هارون", "خلدون") names
    // no one, whatever the noun.
    // (not "فالمؤيدون" with its conjunction, nor a foreign name the tagger found
    // elsewhere in the text: "سيلفستر ستالون … وكتب ستالون")
    let indefinite_plural = !first.trim_start_matches(['و', 'ف']).starts_with("ال")
        && first
            .strip_suffix("ون")
            .is_some_and(|stem| stem.chars().count() >= 4)
        && ents.named_in(span).next().is_none()
        && lexicon::description_head(first).is_none()
        && !ents.list.iter().any(|(_, e)| {
            matches!(e.label.as_str(), "PER" | "ORG" | "LOC")
                && e.text.split_whitespace().any(|w| fold(w) == first)
        });
    // "مصدر رفض الكشف عن اسمه": the withheld-name clause may follow the subject.
    if one_of
        || indefinite_plural
        || (!first.starts_with("ال")
            && ((lexicon::is_anonymous_head(first) && !named_document && !construct_title)
                || withheld_before_content(doc, span)))
    {
        return Some(Resolved {
            span,
            anonymous: true,
            refers_to: None,
            name: text.to_string(),
        });
    }
    // "وقال القيادي الفلسطيني، الذي رفض الكشف عن اسمه، إن": a definite source may
    // withhold its name too (the clause must stand before the content).
    let definite_withheld = first.starts_with("ال") && withheld_before_content(doc, span);
    // "وذكرت المصادر الأمنية أن": a definite plural of an unnamed head is no name.
    let unnamed_plural = first
        .strip_prefix("ال")
        .is_some_and(lexicon::is_anonymous_plural);
    if definite_withheld || unnamed_plural {
        return Some(Resolved {
            span,
            anonymous: true,
            refers_to: None,
            name: text.to_string(),
        });
    }
    if lexicon::is_pronoun(first) {
        let sent = scan
            .sent_of
            .get(scan.toks.partition_point(|t| t.start < span.start))
            .copied()
            .unwrap_or(0);
        let agr = Agr {
            fem: None,
            plural: false,
        };
        let mut r = carry_over(doc, scan, ents, span, sent, agr, prev)?;
        r.span = span;
        return Some(r);
    }
    // "وأضافت هذه المصادر": a demonstrative before a description refers back like the
    // description itself.
    if matches!(first, "هذه" | "هذا" | "هولاء" | "تلك" | "ذلك") && words.len() >= 2
    {
        let rest = scan
            .toks
            .get(scan.toks.partition_point(|t| t.start < span.start) + 1)
            .map(|t| t.start)
            .filter(|s| *s < span.end);
        if let Some(start) = rest {
            let mut r = resolve_explicit(doc, scan, ents, Span::new(start, span.end), prev)?;
            r.span = span;
            return Some(r);
        }
    }
    // "أعلن مصدر أمني … . وقال المصدر": an unnamed head mentioned earlier in the text
    // (not as a source) is still the antecedent, anonymous.
    if let Some(head) = first.strip_prefix("ال").filter(|h| {
        words.len() == 1 && lexicon::is_anonymous_head(h) && !lexicon::is_anonymous_plural(h)
    }) {
        let found = resolve_description(
            doc,
            ents,
            Head {
                word: head,
                nisba: None,
            },
            true,
            true,
            span.start,
            prev,
        )
        .is_some();
        if !found {
            if let Some(np) = indefinite_mention(doc, scan, head, span.start) {
                let name = doc.slice(np).to_string();
                return Some(Resolved {
                    span,
                    anonymous: true,
                    refers_to: Some(name.clone()),
                    name,
                });
            }
        }
    }
    if let Some(head) = first.strip_prefix("ال") {
        if words.len() <= 3 {
            if let Some(person) = lexicon::description_head(head) {
                let bare = words.len() == 1;
                let desc = nisba_after_head(&folded, head);
                let target = resolve_description(
                    doc,
                    ents,
                    Head {
                        word: head,
                        nisba: desc.as_deref(),
                    },
                    person,
                    bare,
                    span.start,
                    prev,
                );
                // "قال مصدر أمني … وقال المصدر": a description of an anonymous
                // source is anonymous too.
                let anonymous = target.as_ref().is_some_and(|t| t.anonymous);
                let target = target.map(|t| t.name);
                return Some(Resolved {
                    span,
                    anonymous,
                    name: target.clone().unwrap_or_else(|| text.to_string()),
                    refers_to: target,
                });
            }
        }
    }
    // "قال وزير الخارجية الأمريكي إن": a title in construct with a definite noun is a
    // definite description too; it names the person introduced earlier with the same
    // title ("وزير الخارجية الأمريكي مايك بومبيو").
    if !first.starts_with("ال")
        && lexicon::description_head(first) == Some(true)
        && words.get(1).is_some_and(|w| w.starts_with("ال"))
        && words.len() <= 4
    {
        if let Some(name) = titled_person(doc, ents, &words, span.start) {
            return Some(Resolved {
                span,
                anonymous: false,
                refers_to: Some(name.clone()),
                name,
            });
        }
    }
    // "وكانت القنصلية العامة للسعودية في إسطنبول قالت … . وأكدت القنصلية": a definite
    // noun that heads an earlier source is that source.
    let untagged = ents
        .near(span)
        .iter()
        .all(|(s, _)| s.end <= span.start || span.end <= s.start);
    if let Some(head) = first
        .strip_prefix("ال")
        .filter(|_| words.len() <= 3 && untagged)
    {
        let desc = nisba_after_head(&folded, head);
        if let Some(t) = same_head_source(
            doc,
            ents,
            head,
            desc.as_deref(),
            span.start,
            words.len(),
            prev,
        )
        .filter(|t| t.name != text)
        {
            return Some(Resolved {
                span,
                anonymous: t.anonymous,
                name: t.name.clone(),
                refers_to: Some(t.name),
            });
        }
    }
    // ("السفير السعودي في واشنطن" is not named "Washington": a place after a preposition
    // is no name of the source, nor of a later description that refers back to it.)
    let name = ents
        .named_in(span)
        .find(|(s, e)| !after_in_phrase(doc, span, *s) && !spoken_for(scan, span, *s, e))
        .or_else(|| {
            ents.near(span).iter().find(|(s, e)| {
                s.start < span.end
                    && span.start < s.end
                    && !after_in_phrase(doc, span, *s)
                    && !spoken_for(scan, span, *s, e)
            })
        })
        .map(|(_, e)| entity_name(e))
        .unwrap_or_else(|| text.to_string());
    Some(Resolved {
        span,
        anonymous: false,
        refers_to: None,
        name,
    })
}

/// Extends a span that starts right after "بن/بنت/ابن" over the whole name chain to its
/// left ("خالد بن سلمان بن عبد العزيز", and a title "الأمير/الشيخ" before it).
fn whole_name_chain(scan: &Scan, span: Span) -> Span {
    let mut t = scan.toks.partition_point(|t| t.start < span.start);
    let link = |j: usize| scan.is_word(j) && matches!(scan.key(j), "بن" | "بنت" | "ابن");
    let mut moved = false;
    // (a name word before the link: not a cue, "وأضافت بن عبد الله", nor a
    // complementizer)
    let name_word = |j: usize| {
        scan.is_word(j) && !scan.is_complementizer(j) && lexicon().lookup(scan.key(j)).is_none()
    };
    // ("بن خليفة بن سالم": a span that starts on the link of a chain; a one-link surname
    // "بن دغر" stands alone: "برئاسة بن دغر")
    let end = scan.toks.partition_point(|x| x.start < span.end);
    if t >= 1 && link(t) && name_word(t - 1) && (t + 1..end).any(link) {
        t += 1;
    }
    while t >= 2 && link(t - 1) && name_word(t - 2) {
        t -= 2;
        moved = true;
        // ("عبد العزيز", "أبو بكر": a two-word given name)
        if t >= 1 && scan.is_word(t - 1) && matches!(scan.key(t - 1), "عبد" | "ابو") {
            t -= 1;
        }
    }
    if !moved {
        return span;
    }
    if t >= 1
        && scan.is_word(t - 1)
        && matches!(scan.key(t - 1), "الامير" | "الاميره" | "الشيخ" | "الشيخه")
    {
        t -= 1;
    }
    scan.toks
        .get(t)
        .map_or(span, |x| Span::new(x.start, span.end))
}

/// "الرئيس الفرنسي، إيمانويل ماكرون" (guideline 4): a source of a title, a comma and a
/// person's name apposed to it. Gives the title's span and the name the person goes by.
/// Only when the name closes the span and the title names no person of its own (not
/// "ماكرون، رئيس فرنسا", not a list "سامي، وخالد").
fn apposition_cut(scan: &Scan, ents: &Ents<'_>, span: Span) -> Option<(Span, String)> {
    let a = scan.toks.partition_point(|t| t.start < span.start);
    let b = scan.toks.partition_point(|t| t.start < span.end);
    let commas: Vec<usize> = (a..b)
        .filter(|j| matches!(scan.punct(*j), Some('،' | ',')))
        .collect();
    let [comma] = commas.as_slice() else {
        return None;
    };
    let comma = *comma;
    if comma <= a || !(a..comma).all(|j| scan.is_word(j)) || comma + 1 >= b {
        return None;
    }
    let title_end = scan.toks.get(comma - 1)?.end;
    let after = scan.toks.get(comma + 1)?;
    // (a title word may stand before the name: "الأمير خالد", "الدكتور سامي")
    let person = ents.named_in(span).find(|(s, e)| {
        e.label == "PER"
            && s.end == span.end
            && s.start >= after.start
            && (a..comma).all(|j| scan.toks.get(j).is_some_and(|t| t.end <= s.start))
            && (comma + 1..b)
                .filter(|j| scan.toks.get(*j).is_some_and(|t| t.end <= s.start))
                .count()
                <= 1
            && !lexicon::is_anonymous_head(&fold(&e.text))
    })?;
    // The part before the comma is a description, not a name or a list of names.
    if ents.named_at(scan, a) {
        return None;
    }
    let after_key = scan.key(comma + 1);
    if after_key.starts_with('و') && !ents.named_at(scan, comma + 1) {
        return None;
    }
    Some((Span::new(span.start, title_end), entity_name(person.1)))
}

/// Does the entity at `s` inside the source `span` follow a preposition of the source's
/// phrase ("السفير السعودي في واشنطن", "مسؤول بالخارجية")?
fn after_in_phrase(doc: &Doc<'_>, span: Span, s: Span) -> bool {
    window(doc.text, span.start, s.start.max(span.start))
        .split_whitespace()
        .any(|w| {
            let w = fold(w);
            matches!(
                w.as_str(),
                "في" | "من" | "عن" | "علي" | "لدي" | "الي" | "مع"
            ) || w.starts_with("بال")
                || w.starts_with("لل")
        })
}

/// Does an indefinite `head` ("مصدر بالمكتب الرئاسي") stand in the text shortly before
/// byte `before`? Then "المصدر" is that unnamed source, not an outlet cited after it.
fn unnamed_mention_before(doc: &Doc<'_>, head: &str, before: usize) -> bool {
    fold(window(
        doc.text,
        before.saturating_sub(ANTECEDENT_BYTES),
        before,
    ))
    .split(|c: char| !c.is_alphanumeric())
    .any(|w| w == head || w.strip_prefix('و') == Some(head))
}

/// The latest person before byte `before` whose name follows every word of the title
/// `words` (folded): "وزير الخارجية الأمريكي" → "وزير الخارجية الأمريكي مايك بومبيو".
fn titled_person(doc: &Doc<'_>, ents: &Ents<'_>, words: &[&str], before: usize) -> Option<String> {
    ents.before(before)
        .iter()
        .rev()
        .take_while(|(s, _)| before.saturating_sub(s.start) < 4 * ANTECEDENT_BYTES)
        .filter(|(s, e)| s.end <= before && e.label == "PER")
        .find(|(s, _)| {
            let lead = fold(window(doc.text, s.start.saturating_sub(120), s.start));
            let lead: Vec<&str> = lead
                .split(|c: char| c.is_whitespace() || matches!(c, '،' | ','))
                .filter(|w| !w.is_empty())
                .rev()
                .take(words.len() + 2)
                .map(|w| {
                    w.strip_prefix('و')
                        .filter(|r| r.starts_with("ال"))
                        .unwrap_or(w)
                })
                .collect();
            words.iter().all(|w| lead.contains(w))
        })
        .map(|(_, e)| entity_name(e))
}

/// The last indefinite mention of an unnamed head before `before` ("مصدر أمني مصري"):
/// the head word without the article, with its nisba adjectives.
fn indefinite_mention(doc: &Doc<'_>, scan: &Scan, head: &str, before: usize) -> Option<Span> {
    let lo = scan
        .toks
        .partition_point(|t| t.start + ANTECEDENT_BYTES < before);
    let hi = scan.toks.partition_point(|t| t.start < before);
    let h = (lo..hi).rev().find(|j| {
        scan.is_word(*j) && scan.key(*j).strip_prefix('و').unwrap_or(scan.key(*j)) == head
    })?;
    let mut end = h;
    while end + 1 < hi && end < h + 3 && scan.is_word(end + 1) {
        let k = scan.key(end + 1);
        if k.starts_with("ال") || !(k.ends_with('ي') || k.ends_with("يه")) {
            break;
        }
        end += 1;
    }
    let start = scan.toks.get(h)?.start
        + if scan.key(h).starts_with('و') && scan.key(h) != head {
            'و'.len_utf8()
        } else {
            0
        };
    let end = scan.toks.get(end)?.end;
    (start < end && doc.text.is_char_boundary(start)).then(|| Span::new(start, end))
}

/// Does a withheld-name phrase ("الذي رفض الكشف عن اسمه", "طالبا عدم كشف هويته") follow
/// the source before its content opens (a complementizer, colon or quotation)?
fn withheld_before_content(doc: &Doc<'_>, span: Span) -> bool {
    let raw = window(doc.text, span.start, span.end + 100);
    let raw = raw
        .find([':', '"', '«', '“'])
        .and_then(|e| raw.get(..e))
        .unwrap_or(raw);
    let mut clause = String::new();
    for w in fold(raw).split(' ') {
        if lexicon::is_complementizer(w) {
            break;
        }
        clause.push_str(w);
        clause.push(' ');
    }
    lexicon::withheld_folded()
        .iter()
        .any(|w| clause.contains(w.as_str()))
}

/// The antecedent of a definite description.
struct Target {
    name: String,
    /// The antecedent is an anonymous source ("مصدر أمني" for "المصدر").
    anonymous: bool,
}

impl Target {
    fn named(name: String) -> Target {
        Target {
            name,
            anonymous: false,
        }
    }
}

/// The first word of a folded source span without a leading و (before the
/// article) and without the article: "والوزارة الأمريكية" → "وزارة".
fn head_word(folded: &str) -> &str {
    let lead = folded.split(' ').next().unwrap_or("");
    let lead = lead
        .strip_prefix('و')
        .filter(|l| l.starts_with("ال"))
        .unwrap_or(lead);
    lead.strip_prefix("ال").unwrap_or(lead)
}

/// The latest earlier source whose first word has the head noun `head` ("صحيفة ديلي
/// تلغراف" for "الصحيفة") and more than `min_words` words: the person in it, else the
/// organization of its head phrase, else the source as resolved.
fn same_head_source(
    doc: &Doc<'_>,
    ents: &Ents<'_>,
    head: &str,
    desc: Option<&str>,
    before: usize,
    min_words: usize,
    prev: &[(Attribution, Resolved, usize)],
) -> Option<Target> {
    // (its first word, not a word deep in it: "عضو مجلس إدارة الاتحاد" is no "الاتحاد")
    let leads_with_head = |s: &str| {
        fold(s).split(' ').next().is_some_and(|w| {
            let w = w
                .strip_prefix('و')
                .filter(|r| r.starts_with("ال"))
                .unwrap_or(w);
            w == head || w.strip_prefix("ال") == Some(head)
        })
    };
    for (_, r, _) in prev.iter().rev() {
        let text = doc.slice(r.span);
        // ("المستشارة الألمانية، أنجيلا ميركل" cut before its apposed name is as full a
        // mention as the name itself)
        let apposed = r.refers_to.is_some()
            && doc
                .text
                .get(r.span.end..)
                .is_some_and(|t| t.trim_start().starts_with(['،', ',']));
        if r.span.start < before
            && leads_with_head(text)
            && (text.split_whitespace().count() > min_words || apposed)
            && !nisba_clash(desc, &nisbas_after_head(&fold(text), head))
        {
            // (a person anywhere, "وزير الخارجية مايك بومبيو"; an organization only
            // in the head phrase: "النيابة العامة في المملكة العربية السعودية" is
            // no "Saudi Arabia")
            let in_span = || {
                ents.named_in(r.span)
                    .filter(|(s, e)| e.label == "PER" || !after_in_phrase(doc, r.span, *s))
                    .map(|(_, e)| *e)
            };
            let person = in_span().find(|e| e.label == "PER");
            // (for a fuller earlier mention, an organization must open it: "زعماء كنائس
            // الروم الكاثوليك والروم الأرثوذكس" is no "الروم الأرثوذكس")
            let org = in_span().find(|e| {
                min_words == 0
                    || ents.named_in(r.span).any(|(s, n)| {
                        std::ptr::eq(*n, *e) && s.start <= r.span.start + 'و'.len_utf8()
                    })
            });
            // ("الأمين العام للأمم المتحدة، أنطونيو غوتيريس": a source cut before its
            // apposed name refers to that person, not to the organization in its title)
            let apposed = apposed && person.is_none();
            let name = match person.or(org) {
                _ if apposed => r.refers_to.clone().unwrap_or_else(|| r.name.clone()),
                Some(e) => entity_name(e),
                // (the antecedent as written when its only name is in a PP)
                None if ents.named_in(r.span).next().is_some() => {
                    r.refers_to.clone().unwrap_or_else(|| text.to_string())
                }
                None => r.refers_to.clone().unwrap_or_else(|| r.name.clone()),
            };
            return Some(Target {
                name,
                anonymous: r.anonymous,
            });
        }
    }
    None
}

/// Where the head noun stands among the (folded) words of a phrase, with or
/// without its article, and after a conjunction و before the article.
fn head_position(words: &[&str], head: &str) -> Option<usize> {
    words.iter().position(|&w| {
        let w = w
            .strip_prefix('و')
            .filter(|r| r.starts_with("ال"))
            .unwrap_or(w);
        w == head || w.strip_prefix("ال") == Some(head)
    })
}

/// The relation adjectives after the head noun of a (folded) phrase ("الرئيس
/// الفرنسي" → ["فرنس"]), as skeletons without long vowels, so that spellings agree
/// ("الأمريكي", "الأميركي" → "مرك"). An adjective agrees with its head: "وزير
/// الخارجية" has none (a noun in construct), "المستشارة الألمانية" has one.
fn nisbas_after_head(folded: &str, head: &str) -> Vec<String> {
    let words: Vec<&str> = folded.split(' ').collect();
    let Some(at) = head_position(&words, head) else {
        return Vec::new();
    };
    let feminine = head.ends_with('ه');
    // (the adjectives right after the head, not those of a phrase after a preposition:
    // "الوكالة الرسمية في كوريا الشمالية")
    words
        .iter()
        .skip(at + 1)
        .take_while(|w| w.starts_with("ال"))
        .filter_map(|w| {
            let stem = w.strip_prefix("ال")?;
            let stem = if feminine {
                stem.strip_suffix("يه")?
            } else {
                stem.strip_suffix('ي')?
            };
            // (a kind, not a country or people: "الحكومة الشرعية", "الشرطة المحلية",
            // "الوكالة الرسمية", "الصحيفة العبرية" say nothing against "اليمنية",
            // "الهولندية", "الكورية", "الإسرائيلية")
            let kind = matches!(
                stem,
                "رسم"
                    | "محل"
                    | "شرع"
                    | "فدرال"
                    | "فيدرال"
                    | "حقوق"
                    | "اشتراك"
                    | "حكوم"
                    | "عبر"
                    | "تنفيذ"
                    | "دول"
                    | "اقليم"
                    | "وطن"
                    | "شعب"
                    | "عسكر"
                    | "امن"
                    | "سياس"
                    | "اعلام"
                    | "اقتصاد"
                    | "انتقال"
                    | "مركز"
                    | "اتحاد"
                    | "ديمقراط"
                    | "جمهور"
                    | "حال"
                    | "اصل"
                    | "رياض"
                    | "ثقاف"
                    | "صح"
                    | "قضاي"
                    | "عرب"
                    | "اجنب"
                    | "غرب"
                    | "شرق"
                    | "اسلام"
                    | "مسيح"
            );
            let skeleton: String = stem
                .chars()
                .filter(|c| !matches!(c, 'ا' | 'و' | 'ي' | 'ى'))
                .collect();
            (!kind && stem.chars().count() >= 3 && skeleton.chars().count() >= 2)
                .then_some(skeleton)
        })
        .collect()
}

/// The relation adjective right after the head noun ("الرئيس الأمريكي" → "مرك").
fn nisba_after_head(folded: &str, head: &str) -> Option<String> {
    let words: Vec<&str> = folded.split(' ').collect();
    let at = head_position(&words, head)?;
    let next = words.get(at + 1)?;
    let first = nisbas_after_head(&format!("{head} {next}"), head);
    first.into_iter().next()
}

/// Does a description's relation adjective ("الرئيس الأمريكي") differ from all of an
/// earlier mention's ("الرئيس الفرنسي")? No adjective on either side is no clash.
fn nisba_clash(desc: Option<&str>, other: &[String]) -> bool {
    desc.is_some_and(|d| !other.is_empty() && !other.iter().any(|o| o == d))
}

/// The head noun of a description (folded, without the article) and the relation
/// adjective right after it, if any ("الرئيس الأمريكي" → رئيس, "مرك").
#[derive(Clone, Copy)]
struct Head<'a> {
    word: &'a str,
    nisba: Option<&'a str>,
}

/// Resolves a definite description (الصحيفة، الوزير، الأخير) to an earlier mention.
fn resolve_description(
    doc: &Doc<'_>,
    ents: &Ents<'_>,
    head: Head<'_>,
    person: bool,
    bare: bool,
    before: usize,
    prev: &[(Attribution, Resolved, usize)],
) -> Option<Target> {
    let Head {
        word: head,
        nisba: desc,
    } = head;
    let has_head = |s: &str| {
        fold(s).split(' ').any(|w| {
            w == head
                || w.strip_prefix("ال") == Some(head)
                || w.strip_prefix('و').and_then(|w| w.strip_prefix("ال")) == Some(head)
        })
    };
    // 1. An earlier source with the same head noun ("صحيفة ديلي تلغراف" … "الصحيفة").
    if head != "اخير" && head != "اخيره" {
        if let Some(t) = same_head_source(doc, ents, head, desc, before, 0, prev) {
            return Some(t);
        }
        // 2. An entity introduced by the head noun ("وزير الخارجية مايك بومبيو").
        for (s, e) in ents
            .before(before)
            .iter()
            .rev()
            .take_while(|(s, _)| before.saturating_sub(s.start) < ANTECEDENT_BYTES)
            .filter(|(s, _)| s.end <= before)
        {
            // A person head names a person, an organization head an organization
            // ("العالم" is not "روسيا", "المجلة" not "ترامب").
            let fits = if person {
                e.label == "PER"
            } else {
                e.label == "ORG"
            };
            if !fits {
                continue;
            }
            let lead = window(doc.text, s.start.saturating_sub(60), s.start);
            // (the title right before the name, not one before another name: "كشفت
            // صحيفة "آس" عن خطة برشلونة" gives برشلونة no "صحيفة")
            let mut lead_words: Vec<&str> = Vec::new();
            for (n, w) in lead.split_whitespace().rev().take(4).enumerate() {
                let bare = w.trim_matches(|c: char| {
                    c == '"' || scan::is_close_quote(c) || is_open_quote(c)
                });
                let closes = w.ends_with(|c: char| {
                    c == '"' || scan::is_close_quote(c) || matches!(c, '،' | ',' | '.' | ':' | ')')
                });
                if (n > 0 && closes) || fold(bare) == "عن" {
                    break;
                }
                lead_words.push(w);
            }
            // "خورخي سامباولي المدير الفني للمنتخب": a title right after the name.
            let tail = window(doc.text, s.end, s.end + 60);
            let tail_words: Vec<&str> = tail
                .split([
                    '،', ',', '.', '!', '?', '؟', ':', '؛', '\n', '"', '«', '»', '(', ')', '-', '—',
                ])
                .next()
                .unwrap_or("")
                .split_whitespace()
                .take(3)
                .collect();
            let titled = |words: &[&str]| {
                words.iter().any(|w| has_head(w))
                    || (head == "مدرب"
                        && words
                            .windows(2)
                            .any(|p| fold(p[0]).ends_with("مدير") && fold(p[1]) == "الفني"))
            };
            let mut lead_order = lead_words.clone();
            lead_order.reverse();
            // ("الرئيس الفرنسي إيمانويل ماكرون" is no "الرئيس الأمريكي")
            let lead_folded = fold(&lead_order.join(" "));
            let clash = nisba_clash(desc, &nisbas_after_head(&lead_folded, head));
            if !clash && (titled(&lead_order) || titled(&tail_words) || has_head(&e.text)) {
                return Some(Target::named(entity_name(e)));
            }
        }
    }
    // "بحسب المصدر": the source just cited.
    if matches!(head, "مصدر" | "مصادر") {
        // (an unnamed source, not a wrapper "وفق ما ذكرت وكالة يونهاب" cited after it)
        return prev
            .iter()
            .rev()
            .find(|(_, r, _)| r.span.start < before)
            .filter(|(_, r, _)| {
                // (a quantified group, "عدد من الأهالي", is no "المصدر")
                let group = matches!(
                    head_word(&fold(doc.slice(r.span))),
                    "عدد" | "عديد" | "بعض" | "كثير"
                );
                !group
                    && (r.anonymous
                        || ents.named_in(r.span).any(|(_, e)| e.label == "PER")
                        || !unnamed_mention_before(doc, head, before))
            })
            .map(|(_, r, _)| Target {
                name: r.refers_to.clone().unwrap_or_else(|| r.name.clone()),
                anonymous: r.anonymous,
            });
    }
    // 3. The most recent PER (person heads) or ORG entity — only for a bare head noun
    // ("الوزير"); "السلطات العراقية" or "الشرطة الماليزية" says who it is by itself.
    if !bare {
        return None;
    }
    // Session 21: "والتقى الوزير مايك بومبيو نظيره. وأوضح المتحدث أن": a spokesman is
    // by definition not the person he speaks for; "المتحدث" refers only to an earlier
    // spokesperson mention (steps 1 and 2), never to the last person named or cited.
    let spokesperson = spokesperson_noun(head);
    if !person {
        // An organization head ("الصحيفة", "الاتحاد") falls back only on the source just
        // cited when that is an organization ("ذكرت ديلي تلغراف … وأضافت الصحيفة"), not
        // on whatever organization was mentioned last ("عبر موقع تويتر").
        let (_, r, _) = prev.iter().rev().find(|(_, r, _)| r.span.start < before)?;
        // ("وكالة الأنباء السعودية" is no "الوزارة": another head noun disagrees.)
        let folded = fold(doc.slice(r.span));
        let lead = head_word(&folded);
        if lead != head && lexicon::description_head(lead).is_some() {
            return None;
        }
        let e = ents.named_in(r.span).map(|(_, e)| *e).next()?;
        return (e.label == "ORG").then(|| Target::named(entity_name(e)));
    }
    // "وأفاد مسؤول في جهاز الاستخبارات … . وأضاف المتحدث": a bare person head with no
    // antecedent of its own is the person just cited, when one was (not whoever was
    // named last).
    // "وقال موشيه ليفي إن … . ووصفت النائبة …": a feminine title ("النائبة",
    // "المتحدثة") never refers to a speaker a masculine cue was used for.
    let feminine_title = head
        .strip_suffix('ه')
        .is_some_and(|m| lexicon::description_head(m) == Some(true));
    let masculine = |a: &Attribution| feminine_title && attribution_cue_feminine(a) == Some(false);
    if let Some((a, r, _)) = prev
        .iter()
        .rev()
        .find(|(_, r, _)| r.span.start < before)
        .filter(|(_, r, _)| before.saturating_sub(r.span.end) < ANTECEDENT_BYTES / 2)
    {
        if masculine(a) {
            return None;
        }
        let folded = fold(doc.slice(r.span));
        let lead = head_word(&folded);
        // (an unresolved description is no better than the latest person)
        let person_source = ents.named_in(r.span).any(|(_, e)| e.label == "PER")
            || ((r.anonymous || r.refers_to.is_some())
                && (lexicon::description_head(lead) == Some(true)
                    || lexicon::is_anonymous_person(lead))
                && !lexicon::is_anonymous_plural(lead));
        if person_source {
            return Some(Target {
                name: r.refers_to.clone().unwrap_or_else(|| r.name.clone()),
                anonymous: r.anonymous,
            });
        }
    }
    // Session 21: "والتقى الوزير مايك بومبيو نظيره. وأوضح المتحدث أن": a spokesman is by
    // definition not the person he speaks for; with no earlier spokesperson mention and
    // no speaker just cited, "المتحدث" is not the last person named.
    if spokesperson {
        return None;
    }
    let want = "PER";
    ents.before(before)
        .iter()
        .rev()
        .take_while(|(s, _)| before.saturating_sub(s.start) < ANTECEDENT_BYTES)
        .find(|(s, e)| s.end <= before && e.label == want)
        // (nor to a man a masculine cue was used for: the last person named)
        .filter(|(_, e)| {
            !prev.iter().any(|(a, _, _)| {
                masculine(a)
                    && (a.source.text.contains(e.text.as_str())
                        || a.source.refers_to.as_deref() == Some(e.text.as_str()))
            })
        })
        .map(|(_, e)| Target::named(entity_name(e)))
}

/// Gender of an output attribution's cue word, from its text: a feminine verb or
/// participle ("قالت", "تقول", "مضيفة"), a masculine one ("قال", "يقول", "مضيفا"), or
/// unknown (a frame, a plural, a form not in the lexicon).
fn attribution_cue_feminine(a: &Attribution) -> Option<bool> {
    let lex = lexicon();
    let word = a.cue.text.split_whitespace().next()?;
    let key = fold(word);
    let cue = lex.lookup(&key)?;
    let k = without_conjunction(&key, cue);
    match cue.form {
        CueForm::Participle => {
            if k.ends_with('ه') {
                Some(true)
            } else if k.ends_with('ا') {
                Some(false)
            } else {
                None
            }
        }
        CueForm::Verb if cue.present => {
            let k = k.strip_prefix(['ل', 'س']).unwrap_or(k);
            if k.ends_with("ون") || k.ends_with("ين") || k.ends_with("ان") || k.ends_with("وا")
            {
                None
            } else if k.starts_with('ي') {
                Some(false)
            } else if k.starts_with('ت') {
                Some(true)
            } else {
                None
            }
        }
        CueForm::Verb => {
            if past_3fs(k, cue) {
                Some(true)
            } else if lex.folded_lemmas.get(cue.lemma).is_some_and(|l| l == k)
                && !word.trim_start_matches(['و', 'ف']).starts_with('أ')
                || lex
                    .lemmas
                    .get(cue.lemma)
                    .is_some_and(|l| l.starts_with('أ') && fold(l) == k)
            {
                Some(false)
            } else {
                None
            }
        }
    }
}

/// Moves a carried-over person source to its most recent mention before the cue
/// ("قال أنور قرقاش … . جاء ذلك في تغريدة لقرقاش …، حيث قال:" → قرقاش).
fn latest_mention(doc: &Doc<'_>, ents: &Ents<'_>, r: &mut Resolved, cue: Span) {
    let own = doc.slice(r.span);
    let name = match ents
        .named_in(r.span)
        .map(|(_, e)| *e)
        .find(|e| e.label == "PER")
    {
        // "قال طارق الحبيب" with the entity "طارق": the source's own words name him.
        Some(person)
            if own.starts_with(person.text.as_str())
                && own.len() > person.text.len()
                && (2..=3).contains(&own.split_whitespace().count())
                && !fold(own).starts_with("ال") =>
        {
            own
        }
        Some(person) => person.text.as_str(),
        None => {
            // A bare personal name ("أنور قرقاش"): 2–3 words, no article, not a description.
            let words: Vec<&str> = own.split_whitespace().collect();
            let first = words.first().map(|w| fold(w)).unwrap_or_default();
            let looks_named = (2..=3).contains(&words.len())
                && !r.anonymous
                && !first.starts_with("ال")
                && lexicon::description_head(&first).is_none()
                && ents.named_in(r.span).next().is_none();
            if !looks_named {
                // "السفارة الألمانية في السعودية … على صفحة السفارة الرسمية، وقالت
                // فيها": a definite description's latest mention by its head.
                let head = own.split_whitespace().next().unwrap_or("");
                let bare = fold(head);
                let is_head = bare
                    .strip_prefix("ال")
                    .is_some_and(|h| lexicon::description_head(h).is_some());
                if is_head && own.split_whitespace().count() > 1 {
                    if let Some(gap) = doc.text.get(r.span.end..cue.start) {
                        let hit = gap.rmatch_indices(head).find(|(off, _)| {
                            let before = gap.get(..*off).and_then(|g| g.chars().next_back());
                            let after = gap.get(off + head.len()..).and_then(|g| g.chars().next());
                            before.is_none_or(|c| c.is_whitespace())
                                && after.is_none_or(|c| !c.is_alphabetic())
                        });
                        if let Some((off, _)) = hit {
                            let start = r.span.end + off;
                            r.span = Span::new(start, start + head.len());
                        }
                    }
                }
                return;
            }
            own
        }
    };
    let Some(last) = name
        .split_whitespace()
        .last()
        .filter(|w| w.chars().count() >= 3)
    else {
        return;
    };
    let Some(gap) = doc.text.get(r.span.end..cue.start) else {
        return;
    };
    // (a word end: "مون" is no mention inside "بانمونغوم"; the start may be cut by NER,
    // "ليسا" for "إليسا")
    let whole = |off: usize, len: usize| {
        let after = gap.get(off + len..).and_then(|g| g.chars().next());
        after.is_none_or(|c| !c.is_alphabetic())
    };
    let mut found = gap
        .rmatch_indices(last)
        .find(|(off, _)| whole(*off, last.len()))
        .map(|(off, _)| (off, off + last.len()));
    // "تغريدة للحبيب" = ل + الحبيب (the alef dropped): the mention is "حبيب".
    if let Some(rest) = last.strip_prefix("ال") {
        let glued = format!("لل{rest}");
        if let Some(off) = gap.rfind(&glued) {
            let off = off + "لل".len();
            if found.is_none_or(|(f, _)| off > f) {
                found = Some((off, off + rest.len()));
            }
        }
    }
    if let Some((a, b)) = found {
        r.span = Span::new(r.span.end + a, r.span.end + b);
        return;
    }
    // "الإعلامي السعودي، جمال خاشقجي، … نشرها الإعلامي السعودي …، حيث قال": a title
    // with an apposed name is mentioned again by its title.
    if let Some((title, _)) = own.split_once('،') {
        let title = title.trim();
        let head_ok = title
            .split_whitespace()
            .next()
            .map(fold)
            .and_then(|h| h.strip_prefix("ال").map(str::to_string))
            .is_some_and(|h| lexicon::description_head(&h) == Some(true));
        if head_ok && title.split_whitespace().count() <= 4 {
            if let Some(off) = gap.rfind(title) {
                let before = gap.get(..off).and_then(|g| g.chars().next_back());
                let after = gap.get(off + title.len()..).and_then(|g| g.chars().next());
                if before.is_none_or(|c| c.is_whitespace())
                    && after.is_none_or(|c| !c.is_alphabetic())
                {
                    let start = r.span.end + off;
                    r.span = Span::new(start, start + title.len());
                }
            }
        }
    }
}

/// The subject of the clause a continuation or subjectless cue belongs to: the noun
/// phrase after the clause's first word (its verb, VSO), when it names someone
/// ("أعاد الإعلامي السعودي، جمال خاشقجي، نشر تغريدات …، مؤكدا على أن …").
fn clause_subject(
    doc: &Doc<'_>,
    scan: &Scan,
    ents: &Ents<'_>,
    cue_tok: usize,
    dateline_end: usize,
    prev: &[(Attribution, Resolved, usize)],
) -> Option<Resolved> {
    let (mut ss, _) = scan.sentence(cue_tok);
    // "…، في حين علق صاحب حساب X قائلا:": the clause starts after the connector.
    // (bounded: a 5 MB "sentence" must not make this quadratic)
    if let Some(c) = (ss.max(cue_tok.saturating_sub(MAX_MIDDLE))..cue_tok)
        .rev()
        .find(|j| {
            matches!(
                scan.key(*j),
                "حين" | "حيث" | "بينما" | "اذ" | "وبينما" | "وفيما"
            )
            // ("ملقيا اللوم فيما جرى قائلا": "in what" is no connector; "، فيما"
            // after a comma is.)
            || (scan.key(*j) == "فيما" && j.checked_sub(1).is_some_and(|p| !scan.is_word(p)))
        })
    {
        ss = c + 1;
    }
    let mut f = (ss..cue_tok)
        .find(|j| scan.is_word(*j) && scan.toks.get(*j).is_some_and(|t| t.start >= dateline_end))?;
    // "وكان المحامي جون سميث قد انتقد …، وقال": after كان the subject comes first.
    let after_kana = |f: usize| {
        matches!(scan.key(f), "وكان" | "كان" | "وكانت" | "كانت")
            && (scan.key(f + 1).strip_prefix("ال").is_some_and(|h| {
                lexicon::description_head(h).is_some() || lexicon::is_anonymous_head(h)
            })
                // "وكانت الإمارات قد أدانت …، مؤكدة": a named country or body after كان
                // is the subject too (s22c A2).
                || (scan.key(f + 2) == "قد"
                    && scan.toks.get(f + 1).is_some_and(|t| {
                        ents.near(Span::new(t.start, t.end)).iter().any(|(s, e)| {
                            s.start == t.start && matches!(e.label.as_str(), "LOC" | "ORG" | "PER")
                        })
                    })))
    };
    // ("ولطالما كانت تقول": an adverb opening the clause)
    if lexicon::is_adverb(scan.key(f)) && f + 1 < cue_tok {
        f += 1;
    }
    // "كما دانت الوزارة القطرية …، مؤكدة": "also" before the verb (s22c A2); not
    // "كما أنه طالب …", where a complementizer follows.
    if scan.key(f) == "كما"
        && f + 2 < cue_tok
        && scan.is_word(f + 1)
        && !scan.is_complementizer(f + 1)
        && !lexicon::is_pronoun(scan.key(f + 1))
    {
        f += 1;
    }
    let mut kana_subject = after_kana(f);
    // "وكانت وكالة الأنباء الرسمية أفادت …، وأضافت": an organization noun in construct
    // after كان is the subject, up to its verb.
    let kana_construct = !kana_subject
        && matches!(scan.key(f), "وكان" | "كان" | "وكانت" | "كانت")
        && lexicon::description_head(scan.key(f + 1)) == Some(false);
    // "إلا أن السلطات المصرية تنفي الاتهامات وتؤكد أن": the subject follows a
    // contrastive "إلا أن / غير أن / بيد أن" and stands before its verb.
    let mut contrast_subject = None;
    if matches!(scan.key(f), "الا" | "غير" | "بيد" | "والا")
        && scan.key(f + 1) == "ان"
        && f + 3 < cue_tok
    {
        contrast_subject = Some(np_before_verb(scan, ents, f + 2, cue_tok)?);
        kana_subject = true;
        f += 2;
    }
    while f + 1 < cue_tok
        && matches!(
            scan.key(f),
            "لم" | "لن"
                | "لا"
                | "ما"
                | "قد"
                | "وقد"
                | "ولم"
                | "وكان"
                | "كان"
                | "وكانت"
                | "كانت"
        )
    {
        f += 1;
    }
    // "وفي يناير قدّم نجفي تقريرا …، وقال إن": a time phrase before the clause's verb;
    // "وفي بيان على تويتر، اعتذرت ليدي غاغا …، وقالت": a framing phrase up to a comma.
    // "ومنذ أشهر تشن طائرات تركية غارات …، وتقول": a time phrase before the verb.
    if matches!(scan.key(f), "منذ" | "ومنذ") && f + 3 < cue_tok && contrast_subject.is_none()
    {
        f += if time_adverbial(scan, f + 1) { 3 } else { 2 };
        while f < cue_tok && (!scan.is_word(f) || is_number(scan, f)) {
            f += 1;
        }
    }
    // "وحول أداء الحارس، أضاف:", "وبشأن الاتفاق، قال": a fronted topic is no subject.
    if matches!(
        scan.key(f),
        "حول" | "وحول" | "بشان" | "وبشان" | "وعن" | "وعلي" | "وفي" | "في"
    ) && f + 2 < cue_tok
    {
        // (the first comma, if a clause follows it before the cue)
        let first_comma =
            (f + 1..cue_tok.min(f + 12)).find(|k| matches!(scan.punct(*k), Some('،' | ',')));
        // ("وحول مستوى الحارس، أضاف": the cue right after the topic has no subject here)
        if first_comma.is_some_and(|c| c + 2 >= cue_tok) && !matches!(scan.key(f), "في" | "وفي")
        {
            return None;
        }
        let comma = first_comma.filter(|c| c + 2 < cue_tok);
        if let Some(c) = comma {
            f = c + 1;
            // "وفي أول رد له على توقيف X، المتهم في قضايا عدة، تحدث المحافظ …": an
            // apposition set off by commas after the topic is skipped to the verb.
            for _ in 0..3 {
                if !scan.key(f).starts_with("ال") {
                    break;
                }
                match (f + 1..cue_tok.min(f + 12))
                    .find(|k| matches!(scan.punct(*k), Some('،' | ',')))
                    .filter(|c| c + 2 < cue_tok)
                {
                    Some(c) => f = c + 1,
                    None => break,
                }
            }
        } else if is_month_or_period(scan.key(f + 1)) {
            // ("في الأسبوع الماضي": the modifier belongs to the phrase.)
            f += if time_adverbial(scan, f + 1) { 3 } else { 2 };
        }
        while f < cue_tok && (!scan.is_word(f) || is_number(scan, f)) {
            f += 1;
        }
    }
    // "من جهته بعث علي خامنئي …": the clause's verb follows the framing phrase.
    if matches!(scan.key(f), "من" | "ومن")
        && matches!(
            scan.key(f + 1),
            "جهته" | "جهتها" | "جهتهم" | "جانبه" | "جانبها" | "جانبهم"
        )
    {
        f += 2;
        while f < cue_tok && !scan.is_word(f) {
            f += 1;
        }
    }
    // "حيث أُفيد بأنه قال", "ويبدو أن صلاح قال": a complementizer (bare or with a 3rd
    // person pronoun) is no noun subject. ("ورغم أننا نتوقع": the writer's first
    // person stays as it stands.)
    // "وهو ما دفعه يقول", "هذا ما جعله يقول": a pronoun or demonstrative opens a
    // nominal clause; "ما" is no subject.
    if lexicon::is_pronoun(scan.key(f))
        || matches!(
            scan.key(f),
            "هذا" | "وهذا" | "هذه" | "وهذه" | "ذلك" | "وذلك"
        )
        || matches!(scan.key(f + 1), "ما" | "مما")
    {
        return None;
    }
    let first_person_comp = |k: &str| k.ends_with("نا") || k.ends_with("ني");
    if f + 1 >= cue_tok || (scan.is_complementizer(f + 1) && !first_person_comp(scan.key(f + 1))) {
        return None;
    }
    let mut span = if let Some(np) = contrast_subject {
        np
    } else if kana_subject {
        subject_after(scan, ents, f, cue_tok)?
    } else if kana_construct {
        np_before_verb(scan, ents, f, cue_tok)
            .or_else(|| subject_after(scan, ents, f + 1, cue_tok))?
    } else {
        subject_after(scan, ents, f + 1, cue_tok)?
    };
    // "كما عرض المتحدث "صمامات" …، مشيرا": after a one-word person title, a
    // quotation opens the verb's object, not the title's name (session 22).
    {
        let a = scan.toks.partition_point(|t| t.start < span.start);
        let titled = scan
            .key(a)
            .strip_prefix("ال")
            .is_some_and(|h| lexicon::description_head(h) == Some(true));
        if titled
            && scan.toks.get(a + 1).is_some_and(|t| t.end <= span.end)
            && scan
                .punct(a + 1)
                .is_some_and(|q| is_open_quote(q) || q == '"')
        {
            span = tok_span(scan, a, a)?;
        }
    }
    // "ورفض الملقي سحب التشريع، قائلا": the surname of a person named before.
    let surname = !kana_subject
        && !ents.named_in(span).any(|(s, _)| s.start <= span.start + 1)
        && ents.named_at(scan, f + 1);
    if surname {
        span = tok_span(scan, f + 1, f + 1)?;
    }
    // A name deep inside the phrase is an object or a complement ("وأكد رغبته في
    // العمل مع المدير الفني بيب غوارديولا قائلا"), not the subject.
    let named_early = ents.named_in(span).next().is_some_and(|(s, _)| {
        window(doc.text, span.start, s.start)
            .split_whitespace()
            .count()
            <= 2
    });
    let folded = fold(doc.slice(span));
    let first = folded.split(' ').next().unwrap_or("");
    let first = first
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(first);
    let bare = first.strip_prefix("ال").unwrap_or(first);
    // "وأضاف خاشقجي قائلا": a short subject right before the continuation.
    // ("وقد نفى الاتهامات ووصفها بأنها": a noun right before a finite cue with its
    // own conjunction is the previous verb's object.)
    let own_clause = lexicon()
        .lookup(scan.key(cue_tok))
        .is_none_or(|c| c.form == CueForm::Verb)
        && scan.key(cue_tok).starts_with('و');
    // ("وتابع طعيمة حديثه قائلا": a possessive speech noun may stand between.)
    let before_cue = if cue_tok >= 2
        && !scan.key(cue_tok - 1).starts_with("ال")
        && adjunct_with_possessive(scan.key(cue_tok - 1))
    {
        cue_tok - 2
    } else {
        cue_tok - 1
    };
    let adjacent = scan.toks.get(before_cue).is_some_and(|t| t.end == span.end)
        && folded.split(' ').count() <= 3
        && !own_clause;
    // "ونددت الولايات المتحدة … وقالت": a place right after the verb speaks for its
    // government.
    let place = ents
        .near(span)
        .iter()
        .any(|(s, e)| s.start == span.start && e.label == "LOC");
    // "وتشن طائرات تركية غارات …، وتقول إن": a non-human plural subject of the clause
    // agrees with a coordinated feminine cue (not any feminine noun: "وتسببت العملية
    // بتوتر …، وقالت" has another speaker).
    let feminine_clause = own_clause
        && cue_feminine(scan, doc.text, cue_tok) == Some(true)
        && doc
            .slice(span)
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("ات") && w.chars().count() >= 5);
    let names = named_early
        || is_group(scan, ents, span)
        || surname
        || place
        || lexicon::description_head(bare).is_some()
        // ("الناطقة باسم البيت الأبيض …": the feminine of a listed head)
        || bare
            .strip_suffix('ه')
            .is_some_and(|m| lexicon::description_head(m) == Some(true))
        || lexicon::is_anonymous_head(first)
        || adjacent;
    // "ونشر الإعلام الرسمي السوري شريط فيديو …، وقال إنه": after a comma, a cue with
    // its own و shares the subject of the clause's first verb — a definite noun that
    // agrees with it (with its nisba adjectives; what follows is the verb's object).
    let after_comma = cue_tok
        .checked_sub(1)
        .is_some_and(|p| matches!(scan.punct(p), Some('،' | ',')));
    let head_raw = doc.slice(span).split_whitespace().next().unwrap_or("");
    let head_feminine = head_raw.ends_with('ة') || head_raw.ends_with("ات");
    let definite_clause = !names
        && own_clause
        && after_comma
        && first.starts_with("ال")
        // ("آل الشيخ": the family word is no definite noun)
        && first.chars().count() > 2
        && !ents
            .near(span)
            .iter()
            .any(|(s, e)| s.start < span.end && span.start < s.end && e.label == "MISC")
        // (masculine only: "وتسببت العملية بتوتر …، وقالت" has another speaker)
        && !head_feminine
        && cue_feminine(scan, doc.text, cue_tok) == Some(false);
    if definite_clause {
        let a = scan.toks.partition_point(|t| t.start < span.start);
        let mut e = a;
        while e + 1 < cue_tok
            && scan.toks.get(e + 1).is_some_and(|t| t.end <= span.end)
            && scan.is_word(e + 1)
            && scan.key(e + 1).starts_with("ال")
            && (scan.key(e + 1).ends_with("يه") || scan.key(e + 1).ends_with('ي'))
        {
            e += 1;
        }
        span = tok_span(scan, a, e)?;
        return resolve_explicit(doc, scan, ents, span, prev);
    }
    if !names && !feminine_clause {
        return None;
    }
    // ("طائرات تركية | غارات": an indefinite subject that names no one ends after its
    // nisba adjectives.)
    if !names && !first.starts_with("ال") && ents.named_in(span).next().is_none() {
        let a = scan.toks.partition_point(|t| t.start < span.start);
        let mut e = a;
        while e + 1 < cue_tok
            && scan.toks.get(e + 1).is_some_and(|t| t.end <= span.end)
            && scan.is_word(e + 1)
            && !scan.key(e + 1).starts_with("ال")
            && (scan.key(e + 1).ends_with("يه") || scan.key(e + 1).ends_with('ي'))
        {
            e += 1;
        }
        span = tok_span(scan, a, e)?;
    }
    // "وبث التلفزيون الرسمي المصري تسجيلا …، وقال", "وكان الوزير انتقد القرار، قائلا":
    // a definite subject ends before an indefinite word that is not its genitive (ل/ب,
    // a name): that word is the clause's object or its verb.
    if first.starts_with("ال") && !named_early {
        let a = scan.toks.partition_point(|t| t.start < span.start);
        let b = scan.toks.partition_point(|t| t.start < span.end);
        let cut = (a + 1..b).find(|j| {
            let k = scan.key(*j);
            scan.is_word(*j)
                && !k.starts_with("ال")
                // (a genitive ل/ب phrase or a conjunct: "الرئيس الأمريكي ومستشاره …"; a
                // verb whose root starts with و after "كان + subject": "وكان السفير |
                // وصف التقارير")
                && (!k.starts_with(['ل', 'ب', 'و']) || (kana_subject && waw_verb(k)))
                && !matches!(k, "باسم" | "عن" | "في" | "من")
                && !ents.named_at(scan, *j)
                && scan.toks.get(*j).is_some_and(|t| {
                    !ents
                        .near(Span::new(t.start, t.end))
                        .iter()
                        .any(|(s, _)| s.start < t.end && t.start < s.end)
                })
                && scan.key(*j - 1).starts_with("ال")
        });
        if let Some(c) = cut {
            span = tok_span(scan, a, c - 1)?;
        }
    }
    // "رفض الوزير | الزواج المدني، معتبرا": a definite noun right after a one-word
    // person description is the clause verb's object.
    // ("انتقد الأمين العام | القرار": after the title's own adjectives.)
    if !kana_subject && first.starts_with("ال") && lexicon::description_head(bare) == Some(true) {
        let a = scan.toks.partition_point(|t| t.start < span.start);
        let b = scan.toks.partition_point(|t| t.start < span.end);
        let mut head = a;
        while head + 1 < b && scan.is_word(head + 1) && scan.key(head + 1).starts_with("ال") {
            // (after an adjective, not a participle "المخضرم", "المكلف")
            let participle = scan
                .key(head + 1)
                .strip_prefix("ال")
                .is_some_and(|h| h.starts_with('م'));
            if definite_noun_after_head(scan, ents, head)
                || (head > a && !participle && object_noun(scan, ents, head + 1))
            {
                span = tok_span(scan, a, head)?;
                break;
            }
            head += 1;
        }
    }
    // "حلل باحثون يابانيون | عينات كبيرة من التربة، مشيرين": an indefinite plural
    // subject (with its agreeing adjectives, -ون/-ين) ends before an indefinite word
    // that does not agree with it: the verb's object.
    if !first.starts_with("ال") && ents.named_in(span).next().is_none() {
        // (a stem of four letters or more: "أمين عام" is no plural)
        let plural = |k: &str| {
            k.strip_suffix("ون")
                .or_else(|| k.strip_suffix("ين"))
                .is_some_and(|stem| stem.chars().count() >= 4)
        };
        // (the adjectives of a broken plural are feminine singular or nisbas: "مصادر
        // ميدانية", "علماء يابانيون")
        let agreeing = |k: &str| plural(k) || k.ends_with(['ي', 'ه']);
        if plural(bare) || lexicon::is_anonymous_plural(bare) {
            let a = scan.toks.partition_point(|t| t.start < span.start);
            let b = scan.toks.partition_point(|t| t.start < span.end);
            let cut = (a + 1..b).find(|j| {
                let k = scan.key(*j);
                !scan.is_word(*j)
                    || (!k.starts_with("ال")
                        && !agreeing(k)
                        && !k.starts_with(['ل', 'ب', 'و'])
                        && !matches!(k, "من" | "في" | "عن" | "باسم")
                        && !ents.named_at(scan, *j))
            });
            if let Some(c) = cut.filter(|c| *c > a + 1 || scan.is_word(*c)) {
                span = tok_span(scan, a, c - 1)?;
            }
        }
    }
    // "وربط الوزير | بين الفقر والبطالة، محذرا": "between" opens the earlier verb's
    // complement, never part of its subject.
    {
        let a = scan.toks.partition_point(|t| t.start < span.start);
        let b = scan.toks.partition_point(|t| t.start < span.end);
        if let Some(c) = (a + 1..b).find(|j| scan.key(*j) == "بين" && !ents.named_at(scan, *j)) {
            span = tok_span(scan, a, c - 1)?;
        }
    }
    // "هاجم الوزير | قناة "الجزيرة"، ورأى أنه": an organization or a place right after a
    // one-word person description is the verb's object, not the person's name.
    let a = scan.toks.partition_point(|t| t.start < span.start);
    if scan.toks.get(a + 1).is_some_and(|t| t.end <= span.end)
        && object_after_person_head(scan, ents, a, a + 1)
    {
        span = tok_span(scan, a, a)?;
    }
    // "دافع الرئيس الأمريكي، دونالد ترامب، عن السعودية مشيرا": the apposed name is
    // part of the subject.
    if let Some(end) = appositive_name(scan, ents, span, cue_tok) {
        span.end = end;
    }
    resolve_explicit(doc, scan, ents, span, prev)
}

/// A perfect verb whose root starts with و ("وصف", "وجهت"), as it stands after "كان +
/// subject" ("وكان السفير وصف التقارير").
fn waw_verb(k: &str) -> bool {
    matches!(
        k,
        "وصف"
            | "وصفت"
            | "وجه"
            | "وجهت"
            | "وعد"
            | "وعدت"
            | "وافق"
            | "وافقت"
            | "وضع"
            | "وضعت"
            | "وقع"
            | "وقعت"
            | "وصل"
            | "وصلت"
    )
}

/// The noun phrase that opens at `a` and ends before its verb (`[a, b)`): the head, then
/// definite words and entities ("السلطات المصرية | تنفي", "وزير الخارجية الأميركي مايك
/// بومبيو | قال"). None when no verb-like word follows.
fn np_before_verb(scan: &Scan, ents: &Ents<'_>, a: usize, b: usize) -> Option<Span> {
    if !scan.is_word(a) || scan.is_complementizer(a) || lexicon::is_pronoun(scan.key(a)) {
        return None;
    }
    let mut end = a;
    let mut j = a + 1;
    while j < b && j < a + MAX_SOURCE_WORDS {
        if !scan.is_word(j) {
            return None;
        }
        let t = scan.toks.get(j)?;
        let in_entity = ents
            .named_in(Span::new(t.start, t.end))
            .any(|(s, _)| s.start < t.start || s.end > t.start);
        if scan.key(j).starts_with("ال") || in_entity {
            end = j;
            j += 1;
            continue;
        }
        break;
    }
    // (the next word is the verb: an indefinite word that is no preposition or particle)
    let k = scan.key(j);
    let verb_like = j < b
        && k.chars().count() >= 3
        && !k.starts_with("ال")
        && !lexicon::is_content_preposition(k)
        && !lexicon::is_adverb(k)
        && !lexicon::is_time_word(k)
        && !matches!(
            k,
            "الذي" | "التي" | "الذين" | "نفسه" | "نفسها" | "ذاته" | "ذاتها"
        );
    verb_like.then(|| tok_span(scan, a, end)).flatten()
}

/// The subject of a sentence after the previous attribution (a PER/ORG entity among
/// its first words: "وحمل قرقاش … . وقال إن …" → قرقاش), when one is closer than the
/// previous attribution.
fn sentence_subject(
    doc: &Doc<'_>,
    scan: &Scan,
    ents: &Ents<'_>,
    cue: Span,
    sent: usize,
    fem: Agr,
    prev: &[(Attribution, Resolved, usize)],
) -> Option<Resolved> {
    let from = match prev.last() {
        Some((_, r, s)) if r.span.end <= cue.start => s + 1,
        Some(_) => return None,
        None => sent.saturating_sub(2),
    };
    let lowest = from.max(sent.saturating_sub(2));
    let mut k = sent;
    loop {
        if k < lowest {
            return None;
        }
        let (a, b) = scan.sents.get(k).copied()?;
        // "وأعلن الادعاء الفرنسي … . وأشار إلى أن": a description right after the
        // verb that opens an earlier sentence.
        if k < sent {
            if let Some(r) = description_subject(doc, scan, ents, a, b, prev)
                .filter(|r| agrees(fem, doc.slice(r.span)))
            {
                return Some(r);
            }
        }
        // (a newline or other punctuation opening the sentence is not one of its words)
        let mut a = a;
        while a < b && !scan.is_word(a) {
            a += 1;
        }
        // "لكنه أبدى دهشته من تأخر ميريل ستريب …": a sentence whose subject is a
        // pronoun names its speaker earlier; a name in it is an object.
        if k < sent
            && matches!(
                scan.key(a),
                "لكنه" | "ولكنه" | "لكنها" | "ولكنها" | "وهو" | "وهي" | "فهو" | "فهي"
            )
        {
            return None;
        }
        // "وحول مستوى اللاعب محمد صلاح، أضاف": a name in a fronted topic is talked about;
        // "لكنه أبدى دهشته من تأخر X، قائلا": in a sentence whose subject is a pronoun the
        // speaker is named earlier.
        if k == sent
            && matches!(
                scan.key(a),
                "حول"
                    | "وحول"
                    | "بشان"
                    | "وبشان"
                    | "عن"
                    | "وعن"
                    | "لكنه"
                    | "ولكنه"
                    | "لكنها"
                    | "ولكنها"
            )
        {
            k = k.checked_sub(1)?;
            continue;
        }
        // (six words: "وصعد وزير الخارجية البريطاني، بوريس جونسون،": the commas of an
        // apposition are not words)
        let mut w_end = a;
        let mut words = 0;
        while w_end < b && words < 6 {
            if scan.is_word(w_end) {
                words += 1;
            }
            w_end += 1;
        }
        if let (Some(first), Some(last)) = (
            scan.toks.get(a),
            w_end.checked_sub(1).and_then(|e| scan.toks.get(e)),
        ) {
            // The first person of the window is the subject ("ونال فينغر هدية من
            // أليكس فيرغسون" → فينغر).
            let hit = ents
                .before(last.end)
                .iter()
                .rev()
                .take_while(|(s, _)| s.start >= first.start)
                .filter(|(s, e)| {
                    s.start >= first.start
                        && s.start < last.end
                        && s.end <= cue.start
                        && e.label == "PER"
                })
                .last()
                .filter(|_| !fem.plural);
            // "وتطرق في حديثه إلى الممثلة X، وأكد", "حفل جوائز X": a name after a preposition
            // or a prize noun is an object; the speaker is named earlier. ("رئيس الجمهورية
            // (إيمانويل ماكرون)": a name in parentheses is an aside.)
            // (after a definite noun only: "بين (أبو محمد) وجمهوره" names the subject)
            let aside = |s: &Span| {
                scan.toks
                    .partition_point(|t| t.start < s.start)
                    .checked_sub(1)
                    .is_some_and(|p| {
                        scan.punct(p) == Some('(')
                            && p.checked_sub(1)
                                .is_some_and(|w| scan.key(w).starts_with("ال"))
                    })
            };
            if hit.is_some_and(|(s, _)| object_name(scan, *s) || aside(s)) {
                k = k.checked_sub(1)?;
                continue;
            }
            // "وروت خطيبة خاشقجي …، إذ كتبت": the relative speaks.
            if let Some(rel) = hit.and_then(|(s, _)| relation_before(scan, *s)) {
                if agrees(fem, doc.slice(rel)) {
                    let text = doc.slice(rel).to_string();
                    return Some(Resolved {
                        span: rel,
                        anonymous: false,
                        refers_to: Some(text.clone()),
                        name: text,
                    });
                }
                k = k.checked_sub(1)?;
                continue;
            }
            let hit =
                hit.filter(|(s, _)| agrees(fem, doc.slice(title_before(scan, *s).unwrap_or(*s))));
            if let Some((s, e)) = hit {
                return Some(Resolved {
                    span: title_before(scan, *s).unwrap_or(*s),
                    anonymous: false,
                    refers_to: Some(entity_name(e)),
                    name: entity_name(e),
                });
            }
        }
        k = k.checked_sub(1)?;
    }
}

/// Is the name at `name` an object: right after a preposition ("إلى", "ضد", "تجاه") or a
/// prize noun ("جائزة نوبل", "جوائز إيمي"), directly or through a one-word title ("إلى
/// الممثلة X")?
fn object_name(scan: &Scan, name: Span) -> bool {
    let t = scan.toks.partition_point(|t| t.start < name.start);
    let Some(mut p) = t.checked_sub(1) else {
        return false;
    };
    if scan
        .key(p)
        .strip_prefix("ال")
        .is_some_and(|h| lexicon::description_head(h) == Some(true))
    {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
    }
    // (only prepositions that never introduce the speaker: "من" after a passive, "مع"
    // of an interview, "على" and "لدى" do)
    let key = scan.key(p);
    let bare = key.strip_prefix('و').unwrap_or(key);
    if bare == "الي" {
        // إلى, not the name ألي (folded alike)
        return scan.toks.get(p).is_some_and(|t| t.maqsura);
    }
    let bare = bare.strip_prefix(['ب', 'ل']).unwrap_or(bare);
    matches!(bare, "ضد" | "تجاه" | "جايزه" | "جائزه" | "جوائز" | "جوايز")
}

/// The subject of a sentence `[a, b)` that opens with a verb followed by a definite
/// description ("وأعلن الادعاء الفرنسي …", "ورفضت الوزارة …").
fn description_subject(
    doc: &Doc<'_>,
    scan: &Scan,
    ents: &Ents<'_>,
    a: usize,
    b: usize,
    prev: &[(Attribution, Resolved, usize)],
) -> Option<Resolved> {
    let mut f = (a..b).find(|j| scan.is_word(*j))?;
    // "كما دعا المتحدث باسم وزارة الخارجية …"
    if matches!(scan.key(f), "كما" | "ثم" | "وقد" | "فقد" | "قد") {
        f += 1;
    }
    // "ولا تتردد الروائية في …", "ولم يخف الوزير …": a negated verb.
    if matches!(scan.key(f), "لا" | "ولا" | "لم" | "ولم" | "لن" | "ولن") && f + 2 < b
    {
        f += 1;
    }
    let verb = scan.key(f);
    let bare_verb = verb.strip_prefix(['و', 'ف']).unwrap_or(verb);
    if verb.chars().count() < 3
        || bare_verb.starts_with("ال")
        || lexicon::is_adjunct_start(bare_verb)
        || lexicon::is_content_preposition(bare_verb)
        || is_clause_connector(verb)
        || matches!(
            bare_verb,
            "في" | "مع"
                | "بعد"
                | "قبل"
                | "منذ"
                | "حول"
                | "بحسب"
                | "حسب"
                | "وفق"
                | "وفقا"
                | "كان"
                | "كانت"
        )
    {
        return None;
    }
    // ("وأبدت وزارة الخارجية الإيطالية قلقها": an indefinite head in construct with
    // a definite noun, too)
    let head = scan.key(f + 1).strip_prefix("ال").or_else(|| {
        let k = scan.key(f + 1);
        (scan.key(f + 2).starts_with("ال") && lexicon::description_head(k) == Some(false))
            .then_some(k)
    })?;
    let person = lexicon::description_head(head)?;
    let mut span = subject_after(scan, ents, f + 1, (f + 5).min(b))?;
    // "وأورد التقرير قصصا …", "ونشرت الصحيفة شهادات …": after a definite thing noun an
    // indefinite word that no entity covers is the verb's object, not part of the subject.
    let next = f + 2;
    let indefinite_after = scan.is_word(next)
        && !scan.key(next).starts_with("ال")
        && !ents.named_at(scan, next)
        && scan.toks.get(next).is_some_and(|t| t.start < span.end);
    if !person && indefinite_after {
        if let Some(t) = scan.toks.get(f + 1) {
            span.end = t.end;
        }
    }
    resolve_explicit(doc, scan, ents, span, prev)
}

/// "وروت خطيبة الصحفي جمال خاشقجي": a relation noun in construct with a person's name
/// (right before it, or before a one-word title) heads the phrase — the speaker is the
/// relative, not the person. Returns the span from the relation noun to the name's end.
fn relation_before(scan: &Scan, name: Span) -> Option<Span> {
    let t = scan.toks.partition_point(|t| t.start < name.start);
    let p = t.checked_sub(1)?;
    let rel = if scan.is_word(p) && lexicon::relation_noun(scan.key(p)).is_some() {
        p
    } else {
        // ("خطيبة الراحل X", "والدة الطالب X": one definite word between)
        let q = p.checked_sub(1)?;
        (scan.is_word(p)
            && scan.is_word(q)
            && scan.key(p).starts_with("ال")
            && lexicon::relation_noun(scan.key(q)).is_some())
        .then_some(q)?
    };
    // (a conjunction glued to the noun stays out of the span: "وزوجة")
    let start = scan.toks.get(rel)?.start + lexicon::relation_noun(scan.key(rel)).unwrap_or(0);
    Some(Span::new(start, name.end))
}

/// "الرئيس الأميركي، دونالد ترمب،": for a name set off as an apposition, the title
/// before it (the source span leaves appositions out).
fn title_before(scan: &Scan, name: Span) -> Option<Span> {
    let t = scan.toks.partition_point(|t| t.start < name.start);
    let comma = t.checked_sub(1)?;
    if !matches!(scan.punct(comma), Some('،' | ',')) {
        return None;
    }
    let (ss, _) = scan.sentence(t);
    let last = comma.checked_sub(1)?;
    let mut head = None;
    let mut k = last;
    while k >= ss && k + 4 > last && scan.is_word(k) {
        let key = scan.key(k);
        if is_clause_connector(key) {
            break;
        }
        let key = key
            .strip_prefix('و')
            .filter(|r| r.starts_with("ال"))
            .unwrap_or(key);
        if key
            .strip_prefix("ال")
            .is_some_and(|h| lexicon::description_head(h).is_some())
        {
            head = Some(k);
        }
        k = match k.checked_sub(1) {
            Some(k) => k,
            None => break,
        };
    }
    tok_span(scan, head?, last)
}

/// Gender of a cue word (folded key): feminine ("قالت", "تقول", "مضيفة"), masculine
/// ("قال", "يقول", "مضيفا", "قالوا"), or unknown.
fn cue_feminine(scan: &Scan, text: &str, tok: usize) -> Option<bool> {
    let lex = lexicon();
    let key = scan.key(tok);
    let cue = lex.lookup(key)?;
    let k = without_conjunction(key, cue);
    let raw = scan.raw(text, tok);
    match cue.form {
        CueForm::Participle => {
            if k.ends_with('ه') || k.ends_with("ات") {
                Some(true)
            } else if k.ends_with('ا') || k.ends_with("ين") || k.ends_with("ون") {
                Some(false)
            } else {
                None
            }
        }
        CueForm::Verb if cue.present => {
            let k = k.strip_prefix(['ل', 'س']).unwrap_or(k);
            if k.starts_with('ي') {
                Some(false)
            } else if k.starts_with('ت') && !k.ends_with("ون") && !k.ends_with("ين") {
                Some(true)
            } else {
                None
            }
        }
        CueForm::Verb => {
            let lemma = lex.lemmas.get(cue.lemma).map_or("", String::as_str);
            if past_3fs(k, cue) {
                Some(true)
            } else if k.ends_with("وا") {
                Some(false)
            } else if lex.folded_lemmas.get(cue.lemma).is_some_and(|l| l == k)
                && (!raw.starts_with('أ') || lemma.starts_with('أ'))
            {
                // the bare 3rd person masculine ("قال"), not "أعتقد" (I believe)
                Some(false)
            } else {
                None
            }
        }
    }
}

/// Is the (folded) word a form of نقل?
fn is_naql(key: &str) -> bool {
    let lex = lexicon();
    lex.lookup(key)
        .and_then(|c| lex.lemmas.get(c.lemma))
        .is_some_and(|l| l == "نقل")
}

/// For an attribution "نقل X عن Y …" (source X at `src`), the span of Y.
fn naql_speaker(scan: &Scan, ents: &Ents<'_>, a: &Attribution, src: Span) -> Option<Span> {
    if !is_naql(&fold(&a.cue.text)) {
        return None;
    }
    let mut t = scan.toks.partition_point(|t| t.start < src.end);
    while scan
        .punct(t)
        .is_some_and(|c| c == '"' || scan::is_close_quote(c))
    {
        t += 1;
    }
    if scan.key(t) != "عن" {
        return None;
    }
    let (_, sent_end) = scan.sentence(t);
    // The source ends before the masdar "قوله" or the content.
    let end = (t + 1..sent_end.min(t + 1 + MAX_SOURCE_WORDS))
        .find(|j| {
            let k = scan.key(*j);
            k.strip_prefix('و').unwrap_or(k).starts_with("قول") || scan.is_complementizer(*j)
        })
        .unwrap_or(sent_end.min(t + 1 + MAX_SOURCE_WORDS));
    subject_after(scan, ents, t + 1, end)
}

/// For an attribution whose source is a document or an outlet ("تقرير "أسوشيتد برس"",
/// "الصحيفة") and whose content opens with a complementizer, a person's name and a verb
/// ("أن ترامب قارن …"): that person and its span.
fn reported_person<'e>(
    doc: &Doc<'_>,
    scan: &Scan,
    ents: &Ents<'e>,
    a: &Attribution,
    src: Span,
) -> Option<(Span, &'e Entity)> {
    if ents.named_in(src).any(|(_, e)| e.label == "PER") {
        return None;
    }
    let head = fold(doc.slice(src));
    let head = head.split(' ').next().unwrap_or("");
    let head = head.strip_prefix('و').unwrap_or(head);
    let head = head.strip_prefix("ال").unwrap_or(head);
    let document = matches!(
        head,
        "تقرير"
            | "تقارير"
            | "صحيفه"
            | "وكاله"
            | "موقع"
            | "بيان"
            | "دراسه"
            | "قناه"
            | "شبكه"
            | "مجله"
            | "وسائل"
    );
    if !document {
        return None;
    }
    let start = doc.chars.byte_offset(a.content.start);
    let comp = scan.toks.partition_point(|t| t.start < start);
    if !matches!(scan.key(comp), "ان" | "بان") {
        return None;
    }
    let name_tok = scan.toks.get(comp + 1)?;
    let (span, e) = ents
        .named_in(Span::new(name_tok.start, name_tok.end))
        .find(|(s, e)| s.start == name_tok.start && e.label == "PER")?;
    let verb = scan.toks.partition_point(|t| t.start < span.end);
    let k = scan.key(verb);
    let verb_like = scan.is_word(verb)
        && k.chars().count() >= 3
        && !k.starts_with("ال")
        && !k.starts_with('و')
        && !lexicon::is_content_preposition(k)
        && !lexicon::is_adjunct_start(k);
    verb_like.then_some((*span, *e))
}

/// Gender and number of a cue with an implicit subject.
#[derive(Debug, Clone, Copy)]
struct Agr {
    fem: Option<bool>,
    /// Dual or plural ("قالوا", "قائلين", "قلن"): never a single person.
    plural: bool,
}

/// Does a cue agree with a source `text` in gender and number (unknown agrees)?
fn agrees(agr: Agr, text: &str) -> bool {
    // ("تقديرات أمنية … . وأشار إلى أن": a plural in -ات takes a feminine pronoun verb)
    let sound_feminine_plural = text.split_whitespace().next().is_some_and(|w| {
        let f = fold(w);
        let bare = f.strip_prefix('و').unwrap_or(&f);
        let bare = bare.strip_prefix("ال").unwrap_or(bare);
        let adjective = text
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.ends_with('ة') && !fold(w).starts_with("ال"));
        bare.chars().count() >= 5
            && bare.ends_with("ات")
            && lexicon::description_head(bare).is_none()
            && (f.trim_start_matches('و').starts_with("ال") || adjective)
    });
    if sound_feminine_plural && agr.fem == Some(false) && !agr.plural {
        return false;
    }
    let gender_clash = matches!((agr.fem, source_feminine(text)), (Some(a), Some(b)) if a != b);
    let number_clash = agr.plural && source_singular(text);
    !gender_clash && !number_clash
}

/// Is the cue at `tok` dual or plural: a verb ("قالوا", "يؤكدون", "قلن") or a
/// participle ("قائلين", "مضيفات")?
fn cue_plural(scan: &Scan, tok: usize) -> bool {
    let lex = lexicon();
    let key = scan.key(tok);
    let Some((cue, k)) = cue_without_conjunction(scan, tok) else {
        return false;
    };
    match cue.form {
        CueForm::Participle => k.ends_with("ين") || k.ends_with("ون") || k.ends_with("ات"),
        CueForm::Verb => {
            let lemma = lex.folded_lemmas.get(cue.lemma).map_or("", String::as_str);
            // "قلن", "يقلن" (not "أعلن", whose ن is a radical)
            plural_verb(key) || (k.ends_with('ن') && !lemma.ends_with('ن') && k != lemma)
        }
    }
}

/// Does a source phrase name a single person by its first word ("الوزير", "المتحدثة")?
fn source_singular(text: &str) -> bool {
    let Some(raw) = text.split_whitespace().next() else {
        return false;
    };
    let folded = fold(raw);
    let bare = head_word(&folded);
    !lexicon::is_anonymous_plural(bare)
        && !bare.ends_with("ون")
        && !bare.ends_with("ين")
        && lexicon::description_head(bare) == Some(true)
}

/// A relay after the content ("…، كما نقلت وكالات الأنباء", "…، حسبما ذكرت الصحيفة"):
/// the outlet passes on someone else's words, so a later "مضيفا" does not continue it.
/// (Only a verb of passing on news: "كما غرد هنيدي قائلا" is an additive "also".)
fn relay(scan: &Scan, c: &Candidate) -> bool {
    let lex = lexicon();
    let passes_on = lex
        .lookup(scan.key(c.cue_tok))
        .and_then(|k| lex.lemmas.get(k.lemma))
        .is_some_and(|l| matches!(l.as_str(), "نقل" | "ذكر" | "أورد" | "أفاد" | "روى"));
    c.content.end <= c.cue.start
        && passes_on
        && c.cue_tok.checked_sub(1).is_some_and(|p| {
            matches!(
                scan.key(p),
                "كما" | "مثلما" | "حسبما" | "بحسب" | "وفق" | "وفقا" | "طبقا"
            ) || (scan.key(p) == "ما"
                && p.checked_sub(1)
                    .is_some_and(|q| matches!(scan.key(q), "بحسب" | "حسب" | "وفق" | "وفقا")))
        })
}

/// Gender of a source phrase from its first word: a feminine noun ("المتحدثة",
/// "الوزارة", "وكالة") or a masculine person noun ("الوزير", "رئيس"); else unknown.
fn source_feminine(text: &str) -> Option<bool> {
    // (ta marbuta in the original spelling: folding merges it with ه, "إينجه")
    let raw = text.split_whitespace().next()?;
    if raw.chars().rev().find(|c| !crate::dateline::is_mark(*c)) == Some('ة') {
        // masculine despite the ta marbuta: "عمدة البلدة", "حمزة"
        let bare = fold(raw);
        let bare = bare.strip_prefix('و').unwrap_or(&bare);
        let bare = bare.strip_prefix("ال").unwrap_or(bare);
        return (!matches!(
            bare,
            "عمده"
                | "خليفه"
                | "حمزه"
                | "اسامه"
                | "طلحه"
                | "معاويه"
                | "عبيده"
                | "قتيبه"
                | "علامه"
        ))
        .then_some(true);
    }
    let folded = fold(raw);
    let bare = head_word(&folded);
    // "وأورد التقرير … . وقالت:": a masculine singular document or body ("التقرير",
    // "البيان", "الجيش") never takes a feminine verb.
    // (with the article only: "بيان وزارة الخارجية" may stand for the ministry)
    let body = masculine_body(bare) && folded.trim_start_matches('و').starts_with("ال");
    (lexicon::description_head(bare) == Some(true) || body).then_some(false)
}

/// A masculine singular noun for a document or a body (folded, without the article):
/// "تقرير", "بيان", "جيش", "حزب". Its verb is masculine ("قال التقرير", "أعلن الجيش").
fn masculine_body(bare: &str) -> bool {
    matches!(
        bare,
        "تقرير"
            | "بيان"
            | "استطلاع"
            | "تحليل"
            | "جيش"
            | "حزب"
            | "مكتب"
            | "مركز"
            | "مجلس"
            | "برلمان"
            | "فريق"
            | "نادي"
            | "اتحاد"
            | "معهد"
            | "موقع"
            | "تلفزيون"
    )
}

/// Is `span` a place name without the article ("إيران", "كوريا الشمالية", "واشنطن")?
/// Countries and cities named so are feminine: "أعلنت إيران", never "أعلن إيران", so a
/// masculine cue with no subject ("وقبل ذلك، أُعلن أن") does not carry them over.
/// ("لبنان" is masculine; "العراق", "الأردن" and other names with the article vary.)
fn place_feminine(ents: &Ents<'_>, span: Span) -> bool {
    ents.near(span).iter().any(|(s, e)| {
        *s == span
            && e.label == "LOC"
            && e.text
                .split_whitespace()
                .next()
                .is_some_and(|w| !fold(w).starts_with("ال") && fold(w) != "لبنان")
    })
}

/// The speaker of an implicit subject: the previous attribution (within a few
/// sentences), else the nearest PER/ORG entity before the cue in the sentence or the
/// one before it.
fn carry_over(
    doc: &Doc<'_>,
    scan: &Scan,
    ents: &Ents<'_>,
    cue: Span,
    sent: usize,
    fem: Agr,
    prev: &[(Attribution, Resolved, usize)],
) -> Option<Resolved> {
    // A masculine cue never carries a feminine source over ("ونقلت الوكالة عن بيسكوف
    // قوله … . وتساءل" → بيسكوف), nor a feminine cue a masculine one.
    let agrees = |text: &str| agrees(fem, text);
    // "…، حسب ما جاء في طلب الاستدعاء. … وأكد": a document frame («بحسب/وفقا لما
    // جاء/ورد في X») names where a clause was read, not a speaker who goes on (session 23).
    let document_frame = |a: &Attribution| {
        let words: Vec<String> = a.cue.text.split_whitespace().map(fold).collect();
        words.len() > 1
            && words
                .last()
                .is_some_and(|w| matches!(w.as_str(), "جاء" | "ورد"))
    };
    let keep = prev.len()
        - prev
            .iter()
            .rev()
            .take_while(|(a, _, _)| document_frame(a))
            .count();
    let prev = prev.get(..keep).unwrap_or(&[]);
    if let Some((a, r, s)) = prev.last() {
        // "ونقلت رويترز عن شفيتزر أنه …، مضيفا": the person quoted by the outlet.
        let quoted = naql_speaker(scan, ents, a, r.span).filter(|q| agrees(doc.slice(*q)));
        if let (Some(q), true) = (quoted, sent.saturating_sub(*s) <= CARRY_SENTENCES) {
            // "عن مصدر في شرطة تورنتو": an unnamed source stays anonymous (and is not
            // the place named in it).
            let anonymous = resolve_explicit(doc, scan, ents, q, prev).is_some_and(|r| r.anonymous);
            let name = if anonymous {
                doc.slice(q).to_string()
            } else {
                ents.best_in(q)
                    .map_or_else(|| doc.slice(q).to_string(), entity_name)
            };
            return Some(Resolved {
                span: q,
                anonymous,
                refers_to: Some(name.clone()),
                name,
            });
        }
        // "وذكر تقرير "أسوشيتد برس" أن ترامب قارن …، مضيفا: "…"": a report's content
        // whose subject is a person goes on with that person's words.
        let cue_tok = scan.toks.partition_point(|t| t.start < cue.start);
        let continuation = lexicon()
            .lookup(scan.key(cue_tok))
            .is_some_and(|c| c.form == CueForm::Participle);
        if continuation && *s == sent {
            if let Some(p) = reported_person(doc, scan, ents, a, r.span)
                .filter(|(span, _)| agrees(doc.slice(*span)))
            {
                let (span, e) = p;
                return Some(Resolved {
                    span,
                    anonymous: false,
                    refers_to: Some(entity_name(e)),
                    name: entity_name(e),
                });
            }
        }
        // ("كتب 18 عضوا … إلى نتنياهو قائلين": a plural cue is no single person's.)
        let person = || {
            ents.named_in(r.span).any(|(_, e)| e.label == "PER")
                && !lexicon::is_anonymous_plural(head_word(&fold(doc.slice(r.span))))
        };
        // A masculine cue right after a country spoke is the passive "أُعلن أن": no
        // speaker at all (not some other name nearby). (A name the antecedent's own verb
        // treats as masculine, "غاو قال", is a person NER took for a place.)
        if sent.saturating_sub(*s) <= CARRY_SENTENCES
            && fem.fem == Some(false)
            && place_feminine(ents, r.span)
            && {
                let b = doc.chars.byte_offset(a.cue.start);
                let t = scan.toks.partition_point(|t| t.start < b);
                cue_feminine(scan, doc.text, t) != Some(false)
            }
        {
            return None;
        }
        // Session 21: "وأكد سامي عوض أن … . بدورها، أصدرت الوزارة بيانا …، ولفتت إلى
        // أن": a person whose own cue was masculine is not the source of a feminine one
        // outside quotations (a man's name shows no gender by itself; a masculine cue
        // after a woman is often a slip, "وقالت فريلاند … . وأضاف:", and is let be).
        // (a masculine cue inside a quotation may be the first person "اعتقد")
        let other_gender = fem.fem == Some(true)
            && person()
            && !scan.in_quote.get(cue_tok).copied().unwrap_or(true)
            && prev.iter().any(|(a, q, _)| {
                let at = scan
                    .toks
                    .partition_point(|t| t.start < doc.chars.byte_offset(a.cue.start));
                q.span.start <= r.span.start
                    && r.span.end <= q.span.end
                    && attribution_cue_feminine(a) == Some(false)
                    && !scan.in_quote.get(at).copied().unwrap_or(true)
            });
        if sent.saturating_sub(*s) <= CARRY_SENTENCES
            && agrees(doc.slice(r.span))
            && !(fem.plural && person())
            && !other_gender
        {
            return Some(Resolved {
                span: r.span,
                anonymous: r.anonymous,
                refers_to: Some(r.refers_to.clone().unwrap_or_else(|| r.name.clone())),
                name: r.name.clone(),
            });
        }
        // (whoever else was named last is no likelier: no source rather than a guess)
        if other_gender && sent.saturating_sub(*s) <= CARRY_SENTENCES {
            return None;
        }
    }
    let (s, e) = ents
        .before(cue.start)
        .iter()
        .rev()
        .take_while(|(s, _)| cue.start - s.start < 400 + MAX_ENTITY_BYTES)
        .find(|(s, e)| {
            s.end <= cue.start
                && cue.start - s.end < 400
                && matches!(e.label.as_str(), "PER" | "ORG")
                && agrees(&e.text)
                && !(fem.plural && e.label == "PER")
                && !spoke_other_gender(prev, *s, fem)
        })?;
    Some(Resolved {
        span: *s,
        anonymous: false,
        refers_to: Some(entity_name(e)),
        name: entity_name(e),
    })
}

/// Is the name at `name` the source (or inside the source) of an earlier attribution
/// whose cue has the other gender ("وأعلن رئيس البعثة سامي كريم أن …": a later
/// "وقالت" is not his)?
fn spoke_other_gender(prev: &[(Attribution, Resolved, usize)], name: Span, agr: Agr) -> bool {
    let Some(fem) = agr.fem else {
        return false;
    };
    prev.iter().any(|(a, r, _)| {
        r.span.start <= name.start
            && name.end <= r.span.end
            && attribution_cue_feminine(a).is_some_and(|f| f != fem)
    })
}

/// Spans, answering "does one of them contain this span?" in logarithmic time (a linear
/// scan per candidate made the attribution stage quadratic on long unbroken text).
struct Cover {
    /// Span starts, sorted.
    starts: Vec<usize>,
    /// `reach[i]`: the largest end among the spans up to `starts[i]`.
    reach: Vec<usize>,
}

impl Cover {
    fn new(spans: impl Iterator<Item = Span>) -> Cover {
        let mut spans: Vec<Span> = spans.collect();
        spans.sort_unstable_by_key(|s| s.start);
        let mut reach = Vec::with_capacity(spans.len());
        let mut far = 0;
        for s in &spans {
            far = far.max(s.end);
            reach.push(far);
        }
        Cover {
            starts: spans.iter().map(|s| s.start).collect(),
            reach,
        }
    }

    /// Whether a span starts at or before `x.start` and ends at or after `x.end`.
    fn covers(&self, x: Span) -> bool {
        let n = self.starts.partition_point(|&s| s <= x.start);
        n > 0 && self.reach[n - 1] >= x.end
    }
}

/// Where the text's line breaks and speech marks (colon, quotation marks) are, to ask whether
/// speech opened earlier in the paragraph of a position without rescanning the paragraph.
struct SpeechMarks {
    /// Byte offsets of '\n', sorted.
    breaks: Vec<usize>,
    /// Byte offsets of the speech marks, sorted.
    marks: Vec<usize>,
}

impl SpeechMarks {
    fn new(text: &str) -> SpeechMarks {
        let mut breaks = Vec::new();
        let mut marks = Vec::new();
        for (i, ch) in text.char_indices() {
            match ch {
                '\n' => breaks.push(i),
                ':' | '"' | '«' | '“' | '»' | '”' => marks.push(i),
                _ => {}
            }
        }
        SpeechMarks { breaks, marks }
    }

    /// Whether a speech mark stands between the last line break before byte `at` and `at`.
    fn speech_before(&self, at: usize) -> bool {
        let from = match self.breaks.partition_point(|&b| b < at) {
            0 => 0,
            n => self.breaks[n - 1] + 1,
        };
        let first = self.marks.partition_point(|&m| m < from);
        self.marks.get(first).is_some_and(|&m| m < at)
    }
}

#[cfg(test)]
mod index_tests {
    use super::{Cover, Span, SpeechMarks};

    #[test]
    fn cover_finds_an_enclosing_span_among_overlapping_ones() {
        let c = Cover::new([Span::new(10, 50), Span::new(20, 30), Span::new(60, 70)].into_iter());
        assert!(c.covers(Span::new(25, 28)));
        assert!(
            c.covers(Span::new(40, 50)),
            "inside the first span, after the nested one"
        );
        assert!(c.covers(Span::new(60, 70)), "the span itself");
        assert!(!c.covers(Span::new(45, 55)), "runs past every span");
        assert!(!c.covers(Span::new(5, 12)), "starts before every span");
        assert!(!c.covers(Span::new(52, 58)), "between spans");
        assert!(!Cover::new(std::iter::empty()).covers(Span::new(0, 1)));
    }

    #[test]
    fn speech_marks_count_only_in_the_same_paragraph() {
        let text = "قال: نعم\nأرى أن «الحل» قريب\nأعتقد أن";
        let m = SpeechMarks::new(text);
        let at = |needle: &str| text.find(needle).unwrap_or(usize::MAX);
        assert!(
            m.speech_before(at("نعم")),
            "the colon opens the first paragraph's speech"
        );
        assert!(!m.speech_before(at("أرى")), "a line break ends it");
        assert!(m.speech_before(at("قريب")), "the guillemet before it");
        assert!(!m.speech_before(at("أعتقد")), "the last paragraph has none");
        assert!(!m.speech_before(0));
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_s23;
