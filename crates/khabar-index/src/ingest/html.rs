//! HTML main-text extraction (readability, via `dom_smoothie`).

/// What is extracted from one HTML page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlArticle {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
    /// Main text, paragraphs separated by blank lines.
    pub text: String,
}

/// Extracts title, byline, publication date and main text of an HTML page.
/// `url` (absolute) resolves relative links; it is optional.
pub fn extract_html(html: &str, url: Option<&str>) -> Result<HtmlArticle, String> {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut r =
        dom_smoothie::Readability::new(html, url, Some(cfg)).map_err(|e| format!("HTML: {e}"))?;
    let a = r
        .parse()
        .map_err(|e| format!("HTML main text not found: {e}"))?;
    let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let text = tidy(&a.text_content);
    if text.is_empty() {
        return Err("HTML page has no main text".into());
    }
    Ok(HtmlArticle {
        title: clean(Some(a.title)),
        byline: clean(a.byline),
        published: clean(a.published_time),
        site_name: clean(a.site_name),
        text,
    })
}

/// Collapses runs of blank lines and trailing spaces.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = 0;
    }
    out
}

/// Plain text of an HTML fragment (feed summaries): tags removed, block
/// elements become line breaks, common entities decoded.
pub(super) fn fragment_text(html: &str) -> String {
    let doc = dom_smoothie::Readability::new(
        format!("<html><body><div>{html}</div></body></html>"),
        None,
        None,
    );
    match doc.and_then(|mut r| r.parse()) {
        Ok(a) if !a.text_content.trim().is_empty() => tidy(&a.text_content),
        _ => strip_tags(html),
    }
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    tidy(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_arabic_article() {
        let para = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد في العاصمة الأسبوع المقبل لبحث التطورات الأخيرة في المنطقة. ";
        let html = format!(
            "<html><head><title>عنوان الخبر</title><meta property=\"article:published_time\" content=\"2018-03-01T10:00:00Z\"></head>\
             <body><nav>القائمة الرئيسية</nav><article><h1>عنوان الخبر</h1><p>{}</p><p>{}</p></article></body></html>",
            para.repeat(5),
            para.repeat(4)
        );
        let a = extract_html(&html, None).unwrap_or_default();
        assert!(a.text.contains("قال المتحدث"), "{a:?}");
        assert!(!a.text.contains("القائمة الرئيسية"));
        assert_eq!(a.title.as_deref(), Some("عنوان الخبر"));
        assert_eq!(a.published.as_deref(), Some("2018-03-01T10:00:00Z"));
    }

    #[test]
    fn strips_fragment_tags() {
        assert_eq!(strip_tags("<p>نص &amp; <b>خبر</b></p>"), "نص &  خبر");
    }
}
