//! NER throughput: `cargo bench -p khabar-extract --bench ner`.
//!
//! Input: the committed news sample `data/ner/bench-sample.txt` (real ANT
//! articles), tokenized once; the bench measures the entity pipeline
//! (`entities::extract`: features, model, Viterbi, gazetteer merge,
//! canonicalization) and, separately, the model alone.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar_extract::ner::gazetteer::Gazetteer;
use khabar_extract::ner::shipped;
use khabar_extract::{entities, Doc, Input};

const SAMPLE: &str = include_str!("../../../data/ner/bench-sample.txt");

fn bench(c: &mut Criterion) {
    let input = Input {
        text: SAMPLE,
        ..Input::default()
    };
    let doc = Doc::new(&input);
    let words = doc.tokens.len() as u64;
    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Elements(words));
    g.sample_size(20);
    g.bench_function("entities::extract (tokens)", |b| {
        b.iter(|| entities::extract(&doc))
    });
    if let Ok(model) = shipped() {
        let gaz = Gazetteer::get();
        let sentences: Vec<Vec<&str>> = doc
            .sentences
            .iter()
            .map(|s| {
                doc.tokens
                    .iter()
                    .filter(|t| t.span.start >= s.start && t.span.end <= s.end)
                    .map(|t| doc.slice(t.span))
                    .collect()
            })
            .collect();
        g.bench_function("model.tag only (tokens)", |b| {
            b.iter(|| {
                sentences
                    .iter()
                    .map(|s| model.tag(s, gaz).len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
