//! One page per department, as HTML and Markdown: its opportunities, its efforts that overlap
//! other departments' efforts, with whom, and whom to contact.
//!
//! In: the report model. Out: `departments/<slug>.html` and `departments/<slug>.md`, where the
//! slug is made safe by [`super::text::department_slugs`] (a name never becomes a path).

use super::output::write_file;
use super::templates::{environment, render};
use super::{DepartmentView, Render, ReportModel};
use crate::error::Result;
use minijinja::{Environment, Value, context};
use std::path::{Path, PathBuf};

/// Renders the department pages.
pub struct DepartmentPages;

impl DepartmentPages {
    /// One department's page in one format (`department.html` or `department.md`).
    pub fn page(
        env: &Environment<'_>,
        template: &str,
        model: &ReportModel,
        model_value: &Value,
        d: &DepartmentView,
    ) -> Result<String> {
        let mine: std::collections::HashSet<&str> =
            d.opportunities.iter().map(String::as_str).collect();
        let opportunities: Vec<_> = model
            .opportunities
            .iter()
            .filter(|o| mine.contains(o.id.as_str()))
            .collect();
        render(
            env,
            template,
            context! {
                model => model_value.clone(),
                d => Value::from_serialize(d),
                opportunities => Value::from_serialize(&opportunities),
                prefix => "../",
            },
        )
    }
}

impl Render for DepartmentPages {
    fn name(&self) -> &'static str {
        "departments"
    }

    fn render(&self, model: &ReportModel, dir: &Path) -> Result<Vec<PathBuf>> {
        let env = environment()?;
        // Serialised once: the pages share it (per page it made 100 pages of a 100k-effort run
        // take a minute).
        let model_value = Value::from_serialize(model);
        let mut written = Vec::new();
        for d in &model.departments {
            for (template, ext) in [("department.html", "html"), ("department.md", "md")] {
                let page = Self::page(&env, template, model, &model_value, d)?;
                written.push(write_file(
                    dir,
                    &format!("departments/{}.{ext}", d.slug),
                    page,
                )?);
            }
        }
        Ok(written)
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures;
    use super::*;

    #[test]
    fn each_department_gets_both_pages_under_departments() {
        let f = fixtures::hostile();
        let model = ReportModel::build(&f.input()).unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let written = DepartmentPages.render(&model, tmp.path()).unwrap();
        assert_eq!(written.len(), 2 * model.departments.len());
        for p in &written {
            assert!(p.starts_with("departments"), "{p:?}");
            assert!(tmp.path().join(p).is_file(), "{p:?}");
        }
        // The `../../etc` department becomes a file inside departments/.
        assert!(tmp.path().join("departments/etc.html").is_file());
    }

    #[test]
    fn page_names_partners_and_contacts() {
        let f = fixtures::period();
        let model = ReportModel::build(&f.input()).unwrap();
        let env = environment().unwrap();
        let d = model
            .departments
            .iter()
            .find(|d| d.name == "Home Affairs Office")
            .unwrap();
        let html = DepartmentPages::page(
            &env,
            "department.html",
            &model,
            &Value::from_serialize(&model),
            d,
        )
        .unwrap();
        // HAO's casework platform overlaps the justice department's case management.
        assert!(html.contains("Case Working Platform"));
        assert!(html.contains("Case Management Replacement"));
        assert!(html.contains("digital@justice.gov.example"));
        assert!(html.contains("href=\"ministry-of-justice-and-courts.html\""));
    }

    #[test]
    fn department_markdown_snapshot() {
        let f = fixtures::period();
        let model = ReportModel::build(&f.input()).unwrap();
        let env = environment().unwrap();
        let d = model
            .departments
            .iter()
            .find(|d| d.name == "Ministry of Health and Care")
            .unwrap();
        insta::assert_snapshot!(
            DepartmentPages::page(
                &env,
                "department.md",
                &model,
                &Value::from_serialize(&model),
                d
            )
            .unwrap()
        );
    }
}
