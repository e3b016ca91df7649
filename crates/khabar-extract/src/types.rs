//! The `khabar analyze` JSON object. All `start`/`end` are Unicode code point
//! offsets into the original text (or into the byline for a dateline found
//! there), end-exclusive. The JSON Schema is `schema/analysis.schema.json`.
use serde::{Deserialize, Serialize, Serializer};

/// Serialize an `f64` that holds an integer as a JSON integer (150, not 150.0).
pub fn ser_num<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        None => s.serialize_none(),
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) => s.serialize_f64(*x),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub id: Option<String>,
    pub text: String,
    pub dateline: Option<Dateline>,
    pub sentences: Vec<SentenceSpan>,
    pub entities: Vec<Entity>,
    pub quantities: Vec<Quantity>,
    pub times: Vec<Time>,
    pub attributions: Vec<Attribution>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub place: Option<String>,
    pub agency: Option<String>,
    pub agency_canonical: Option<String>,
    pub reporter: Option<String>,
    /// `Some("byline")` when found in the byline field (offsets then point into the byline).
    #[serde(rename = "in", skip_serializing_if = "Option::is_none", default)]
    pub in_field: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// PER, ORG, LOC or MISC.
    pub label: String,
    pub canonical: Option<String>,
    pub id: Option<String>,
    /// Canonical country of a nationality adjective modifying this entity (الكونغرس الأمريكي → United States).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub nationality: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(serialize_with = "ser_num")]
    pub value: Option<f64>,
    #[serde(serialize_with = "ser_num")]
    pub low: Option<f64>,
    #[serde(serialize_with = "ser_num")]
    pub high: Option<f64>,
    /// exact, approximately, more_than, less_than, at_least, at_most, range, vague.
    pub qualifier: String,
    /// Counted noun (singular, no clitics), ISO 4217 currency code, or "%".
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Time {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value; null when the expression is invalid (31/02/2016).
    pub value: Option<String>,
    /// TIMEX3 `mod`: APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS,
    /// START, MID or END (نحو شهرين، أكثر من 4 سنوات، أواخر ديسمبر); omitted when none.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub anonymous: bool,
    /// Canonical name of the earlier mention a pronoun/definite description/implicit subject refers to.
    pub refers_to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    pub source: Source,
    pub cue: TextSpan,
    pub content: TextSpan,
    pub direct: bool,
    /// "speech" or "belief".
    pub kind: String,
}
