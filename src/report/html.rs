//! `index.html`: the chair's page. Self-contained: inline CSS and inline SVG charts, no
//! scripts, no external fonts; links only to the pack's own files.
//!
//! In: the report model (and the charts drawn from it). Out: `index.html` in the pack root.

use super::charts;
use super::output::write_file;
use super::templates::{environment, render};
use super::{Render, ReportModel};
use crate::error::Result;
use minijinja::{Value, context};
use std::path::{Path, PathBuf};

/// Renders `index.html`.
pub struct IndexHtml;

impl IndexHtml {
    /// The page as a string.
    pub fn page(model: &ReportModel) -> Result<String> {
        let env = environment()?;
        let charts: Vec<Value> = charts::draw_all_svg(model)?
            .into_iter()
            .map(|c| {
                context! {
                    name => c.name,
                    caption => c.caption,
                    // Drawn by this program; plotters escapes the text it writes.
                    svg => Value::from_safe_string(c.svg),
                }
            })
            .collect();
        render(
            &env,
            "index.html",
            context! {
                model => Value::from_serialize(model),
                top => Value::from_serialize(model.top()),
                charts => charts,
                prefix => "",
            },
        )
    }
}

impl Render for IndexHtml {
    fn name(&self) -> &'static str {
        "html"
    }

    fn render(&self, model: &ReportModel, dir: &Path) -> Result<Vec<PathBuf>> {
        Ok(vec![write_file(dir, "index.html", Self::page(model)?)?])
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures;
    use super::*;

    fn page() -> String {
        let f = fixtures::period();
        IndexHtml::page(&ReportModel::build(&f.input()).unwrap()).unwrap()
    }

    #[test]
    fn page_has_no_scripts_or_external_resources() {
        let html = page();
        assert!(!html.contains("<script"), "a script tag");
        for external in ["src=\"http", "href=\"http", "@import", "url("] {
            assert!(!html.contains(external), "{external}");
        }
    }

    #[test]
    fn page_shows_every_top_opportunity_with_its_efforts() {
        let f = fixtures::period();
        let html = page();
        for o in &f.outcome.opportunities {
            assert!(html.contains(&format!("id=\"{}\"", o.id)), "{}", o.id);
            for &m in &o.members {
                let name = &f.ingested.records[m as usize].name;
                assert!(html.contains(name.as_str()), "{name}");
            }
        }
        assert!(html.contains("Ranked by match score"));
        // The "new this month" slot is not shown while unknown.
        assert!(!html.contains("New this month"));
    }

    #[test]
    fn new_this_month_is_shown_when_known() {
        let f = fixtures::period();
        let mut model = ReportModel::build(&f.input()).unwrap();
        model.glance.new_this_month = Some(super::super::NewThisMonth {
            new: 2,
            persisting: 1,
            resolved: 4,
        });
        let html = IndexHtml::page(&model).unwrap();
        assert!(html.contains("New this month"));
        assert!(html.contains("4 resolved"));
    }

    #[test]
    fn hostile_text_is_escaped() {
        let f = fixtures::hostile();
        let html = IndexHtml::page(&ReportModel::build(&f.input()).unwrap()).unwrap();
        assert!(
            !html.contains("<script>alert(1)"),
            "script tag rendered raw"
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
        assert!(!html.contains("<img src=x"), "img tag rendered raw");
        assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    }
}
