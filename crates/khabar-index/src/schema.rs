//! The tantivy schema of a khabar index.
use tantivy::schema::{
    BytesOptions, DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption,
    NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};

/// Bumped when the schema changes incompatibly.
pub const SCHEMA_VERSION: u32 = 2;

/// Handles to every field.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub title: Field,
    pub body: Field,
    pub source: Field,
    pub category: Field,
    pub url: Field,
    pub byline: Field,
    pub published: Field,
    pub published_raw: Field,
    pub entity: Field,
    pub person: Field,
    pub org: Field,
    pub place: Field,
    pub said_by: Field,
    pub said_about: Field,
    pub f_source: Field,
    pub f_category: Field,
    pub f_person: Field,
    pub f_org: Field,
    pub f_place: Field,
    pub f_month: Field,
    pub analysis: Field,
    /// Id of the duplicate group's first article (copies only).
    pub dup_of: Field,
    /// Story id.
    pub story: Field,
    /// Cluster flags: [`FLAG_COPY`], [`FLAG_STORY_HEAD`], [`FLAG_OTHER_SOURCE`].
    pub flags: Field,
    /// LSH band keys of the MinHash signature.
    pub lsh: Field,
    /// (stem, week) story keys.
    pub skey: Field,
    /// Clustering sketch ([`crate::cluster::Sketch::encode`]).
    pub sketch: Field,
}

/// Flag of near-duplicate copies.
pub const FLAG_COPY: u64 = 1;
/// Flag of the first article of a story.
pub const FLAG_STORY_HEAD: u64 = 2;
/// Flag of an article that joined a story whose first article has another source.
pub const FLAG_OTHER_SOURCE: u64 = 3;

fn text(tokenizer: &str, stored: bool) -> TextOptions {
    let o = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    if stored {
        o.set_stored()
    } else {
        o
    }
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let k = khabar_tantivy::KHABAR;
    let exact = khabar_tantivy::EXACT;
    let facet = FacetOptions::default();
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED | FAST),
        title: b.add_text_field("title", text(k, true)),
        body: b.add_text_field("body", text(k, true)),
        source: b.add_text_field("source", text(exact, true)),
        category: b.add_text_field("category", text(exact, true)),
        url: b.add_text_field("url", STORED),
        byline: b.add_text_field("byline", STORED),
        published: b.add_date_field(
            "published",
            DateOptions::default()
                .set_indexed()
                .set_stored()
                .set_fast()
                .set_precision(DateTimePrecision::Seconds),
        ),
        published_raw: b.add_text_field("published_raw", STORED),
        entity: b.add_text_field("entity", text(k, false)),
        person: b.add_text_field("person", text(k, false)),
        org: b.add_text_field("org", text(k, false)),
        place: b.add_text_field("place", text(k, false)),
        said_by: b.add_text_field("said_by", text(k, false)),
        said_about: b.add_text_field("said_about", text(k, false)),
        f_source: b.add_facet_field("f_source", facet.clone()),
        f_category: b.add_facet_field("f_category", facet.clone()),
        f_person: b.add_facet_field("f_person", facet.clone()),
        f_org: b.add_facet_field("f_org", facet.clone()),
        f_place: b.add_facet_field("f_place", facet.clone()),
        f_month: b.add_facet_field("f_month", facet),
        analysis: b.add_bytes_field("analysis", STORED),
        dup_of: b.add_text_field("dup_of", STRING | STORED | FAST),
        story: b.add_text_field("story", STRING | STORED | FAST),
        flags: b.add_u64_field("flags", NumericOptions::default().set_indexed()),
        lsh: b.add_u64_field("lsh", NumericOptions::default().set_indexed()),
        skey: b.add_u64_field("skey", NumericOptions::default().set_indexed()),
        sketch: b.add_bytes_field("sketch", BytesOptions::default().set_fast()),
    };
    (b.build(), fields)
}

impl Fields {
    /// Looks the fields up in an opened index's schema.
    pub fn from_schema(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |n: &str| schema.get_field(n);
        Ok(Fields {
            id: f("id")?,
            title: f("title")?,
            body: f("body")?,
            source: f("source")?,
            category: f("category")?,
            url: f("url")?,
            byline: f("byline")?,
            published: f("published")?,
            published_raw: f("published_raw")?,
            entity: f("entity")?,
            person: f("person")?,
            org: f("org")?,
            place: f("place")?,
            said_by: f("said_by")?,
            said_about: f("said_about")?,
            f_source: f("f_source")?,
            f_category: f("f_category")?,
            f_person: f("f_person")?,
            f_org: f("f_org")?,
            f_place: f("f_place")?,
            f_month: f("f_month")?,
            analysis: f("analysis")?,
            dup_of: f("dup_of")?,
            story: f("story")?,
            flags: f("flags")?,
            lsh: f("lsh")?,
            skey: f("skey")?,
            sketch: f("sketch")?,
        })
    }

    /// Facet field of a facet name (`source`, `category`, `person`, `org`, `place`, `month`).
    pub fn facet(&self, name: &str) -> Option<Field> {
        Some(match name {
            "source" => self.f_source,
            "category" => self.f_category,
            "person" => self.f_person,
            "org" => self.f_org,
            "place" => self.f_place,
            "month" => self.f_month,
            _ => return None,
        })
    }
}

/// Facet names in display order.
pub const FACETS: [&str; 6] = ["source", "category", "person", "org", "place", "month"];

/// Parses an ISO 8601 / RFC 3339 timestamp (date, date+time, optional
/// fraction, `Z` or ±HH:MM / ±HHMM offset) into Unix seconds (UTC).
pub fn parse_timestamp(s: &str) -> Option<i64> {
    let s = s.trim();
    let date = khabar_extract::Date::parse_iso(s)?;
    let days = days_from_civil(date.year, date.month, date.day);
    let rest = s.get(10..).unwrap_or("");
    if rest.is_empty() {
        return Some(days * 86_400);
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let num = |a: usize, b: usize| rest.get(a..b).and_then(|x| x.parse::<i64>().ok());
    let h = num(0, 2)?;
    let m = num(3, 5)?;
    if rest.get(2..3) != Some(":") || h > 23 || m > 59 {
        return None;
    }
    let mut i = 5;
    let mut sec = 0;
    if rest.get(5..6) == Some(":") {
        sec = num(6, 8)?.min(60);
        i = 8;
        if rest.get(8..9) == Some(".") || rest.get(8..9) == Some(",") {
            i = 9;
            while rest
                .get(i..i + 1)
                .is_some_and(|c| c.as_bytes().first().is_some_and(u8::is_ascii_digit))
            {
                i += 1;
            }
        }
    }
    let tz = rest.get(i..)?.trim();
    let offset = match tz {
        "" | "Z" | "z" => 0,
        _ => {
            let sign = match tz.get(0..1)? {
                "+" => 1,
                "-" => -1,
                _ => return None,
            };
            let digits: String = tz.get(1..)?.chars().filter(|c| *c != ':').collect();
            let oh: i64 = digits.get(0..2)?.parse().ok()?;
            let om: i64 = digits.get(2..4).map_or(Some(0), |x| x.parse().ok())?;
            sign * (oh * 3600 + om * 60)
        }
    };
    Some(days * 86_400 + h * 3600 + m * 60 + sec - offset)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(parse_timestamp("1970-01-01"), Some(0));
        assert_eq!(
            parse_timestamp("2018-02-18T21:35:43+04:00"),
            Some(1_518_975_343)
        );
        assert_eq!(parse_timestamp("2018-02-18T17:35:43Z"), Some(1_518_975_343));
        assert_eq!(
            parse_timestamp("2018-02-18T17:35:43.250Z"),
            Some(1_518_975_343)
        );
        assert_eq!(parse_timestamp("2018-02-18 17:35"), Some(1_518_975_300));
        assert_eq!(parse_timestamp("2018-02-30"), None);
        assert_eq!(parse_timestamp("yesterday"), None);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }
}
