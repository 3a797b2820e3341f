//! `summary.md`: the at-a-glance section and the top opportunities in Markdown, for email and
//! wikis. Catalogue text is escaped so it cannot make links, images or HTML.
//!
//! In: the report model. Out: `summary.md` in the pack root.

use super::output::write_file;
use super::templates::{environment, render};
use super::{Render, ReportModel};
use crate::error::Result;
use minijinja::{Value, context};
use std::path::{Path, PathBuf};

/// Renders `summary.md`.
pub struct SummaryMarkdown;

impl SummaryMarkdown {
    /// The summary as a string.
    pub fn page(model: &ReportModel) -> Result<String> {
        let env = environment()?;
        render(
            &env,
            "summary.md",
            context! { model => Value::from_serialize(model), top => Value::from_serialize(model.top()) },
        )
    }
}

impl Render for SummaryMarkdown {
    fn name(&self) -> &'static str {
        "markdown"
    }

    fn render(&self, model: &ReportModel, dir: &Path) -> Result<Vec<PathBuf>> {
        Ok(vec![write_file(dir, "summary.md", Self::page(model)?)?])
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures;
    use super::*;

    #[test]
    fn summary_snapshot() {
        let f = fixtures::period();
        let md = SummaryMarkdown::page(&ReportModel::build(&f.input()).unwrap()).unwrap();
        insta::assert_snapshot!(md);
    }

    #[test]
    fn hostile_text_cannot_make_links_or_html() {
        let f = fixtures::hostile();
        let md = SummaryMarkdown::page(&ReportModel::build(&f.input()).unwrap()).unwrap();
        assert!(!md.contains("<script>"), "{md}");
        assert!(!md.contains("](http"), "{md}");
        assert!(md.contains("\\<script\\>alert\\(1\\)\\</script\\>"), "{md}");
    }

    #[test]
    fn top_count_limits_the_cards() {
        let mut f = fixtures::period();
        f.config.report.top_opportunities = 1;
        let md = SummaryMarkdown::page(&ReportModel::build(&f.input()).unwrap()).unwrap();
        assert_eq!(md.matches("\n### ").count(), 1, "{md}");
        assert!(md.contains("The 1 strongest of 3."), "{md}");
    }
}
