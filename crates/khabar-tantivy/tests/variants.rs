//! Spelling variants that must find each other through the khabar analyzer.
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value};
use tantivy::{doc, Index, TantivyDocument};

fn index_with(texts: &[&str], tokenizer: &str) -> (Index, tantivy::schema::Field) {
    let mut b = Schema::builder();
    let opts = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let body = b.add_text_field("body", opts);
    let index = Index::create_in_ram(b.build());
    khabar_tantivy::register(index.tokenizers());
    let mut w = index
        .writer_with_num_threads(1, 20_000_000)
        .expect("writer");
    for t in texts {
        w.add_document(doc!(body => *t)).expect("add");
    }
    w.commit().expect("commit");
    (index, body)
}

fn hits(index: &Index, field: tantivy::schema::Field, q: &str) -> Vec<String> {
    let reader = index.reader().expect("reader");
    let searcher = reader.searcher();
    let query = QueryParser::for_index(index, vec![field])
        .parse_query(q)
        .expect("query");
    searcher
        .search(&query, &TopDocs::with_limit(10).order_by_score())
        .expect("search")
        .into_iter()
        .map(|(_, a)| {
            let d: TantivyDocument = searcher.doc(a).expect("doc");
            d.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

const DOCS: [&str; 6] = [
    "وصل الوفد إلى المانيا صباح اليوم",
    "الحكومة السورية تعلن أن سورية ستشارك في المؤتمر",
    "قتل مسلحا في اشتباك مع قوات الأمن",
    "استقبل الرئيس وفدا من رجال الأعمال",
    "ارتفعت الأسعار بنسبة 1700 في المئة",
    "فاز الفريق في المباراة النهائية",
];

#[test]
fn variant_pairs_find_each_other() {
    let (index, body) = index_with(&DOCS, khabar_tantivy::KHABAR);
    for (query, expected) in [
        ("ألمانيا", DOCS[0]),
        ("سوريا", DOCS[1]),
        ("المسلحين", DOCS[2]),
        ("الرَّئِيسُ", DOCS[3]),
        ("اسْتَقْبَلَ", DOCS[3]),
        ("١٧٠٠", DOCS[4]),
        ("\"المباراة النهائية\"", DOCS[5]),
    ] {
        let got = hits(&index, body, query);
        assert!(
            got.iter().any(|d| d == expected),
            "{query} should find {expected:?}, got {got:?}"
        );
        assert!(got.len() <= 2, "{query} matched too much: {got:?}");
    }
}

#[test]
fn plain_query_finds_diacritized_text() {
    let (index, body) = index_with(&["قَالَ الرَّئِيسُ إِنَّ المُفَاوَضَاتِ مُسْتَمِرَّةٌ"], khabar_tantivy::KHABAR);
    assert_eq!(hits(&index, body, "المفاوضات").len(), 1);
    assert_eq!(hits(&index, body, "مستمرة").len(), 1);
}

#[test]
fn highlight_offsets_cover_original_words() {
    let text = "أعلنت وزارةُ الخارجيّة أنّ الوزير سيزور ألمانيا";
    let (index, body) = index_with(&[text], khabar_tantivy::KHABAR);
    let reader = index.reader().expect("reader");
    let searcher = reader.searcher();
    let query = QueryParser::for_index(&index, vec![body])
        .parse_query("المانيا الخارجية")
        .expect("query");
    let gen = tantivy::snippet::SnippetGenerator::create(&searcher, &*query, body).expect("gen");
    let snippet = gen.snippet(text);
    let marked: Vec<&str> = snippet
        .highlighted()
        .iter()
        .filter_map(|r| snippet.fragment().get(r.clone()))
        .collect();
    assert_eq!(marked, vec!["الخارجيّة", "ألمانيا"]);
}
