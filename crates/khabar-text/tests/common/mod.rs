//! Helpers shared by the integration tests.

/// The `input\texpected` pairs of a TSV test file (`#` comments and blank
/// lines skipped); panics naming `file` on a line without two columns.
pub fn tsv_pairs<'a>(src: &'a str, file: &str) -> Vec<(&'a str, &'a str)> {
    src.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let mut cols = line.split('\t');
            let (Some(input), Some(expected)) = (cols.next(), cols.next()) else {
                panic!("malformed line in {file}: {line:?}");
            };
            (input, expected)
        })
        .collect()
}
