//! The template environment shared by the HTML and Markdown renderers.
//!
//! Templates live in `src/report/templates/` and are embedded at compile time. Auto-escaping is
//! on for every template: HTML escaping for `*.html`, Markdown escaping (see
//! [`super::text::escape_markdown`]) for `*.md`, so catalogue text is inert unless a template
//! explicitly marks a value safe (only the SVG charts the program drew itself are).

use super::text::{escape_markdown, money, score2};
use crate::error::{Error, Result};
use minijinja::{AutoEscape, Environment, Value};

const TEMPLATES: [(&str, &str); 8] = [
    ("base.html", include_str!("templates/base.html")),
    ("card.html", include_str!("templates/card.html")),
    ("since.html", include_str!("templates/since.html")),
    ("style.css", include_str!("templates/style.css")),
    ("index.html", include_str!("templates/index.html")),
    ("department.html", include_str!("templates/department.html")),
    ("summary.md", include_str!("templates/summary.md")),
    ("department.md", include_str!("templates/department.md")),
];

/// The environment with every pack template loaded.
pub fn environment() -> Result<Environment<'static>> {
    let mut env = Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".md") {
            AutoEscape::Custom("markdown")
        } else if name.ends_with(".html") {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    env.set_formatter(|out, state, value| {
        if state.auto_escape() == AutoEscape::Custom("markdown") {
            if value.is_safe() || value.is_number() {
                write!(out, "{value}")?;
            } else if !value.is_none() && !value.is_undefined() {
                write!(out, "{}", escape_markdown(&value.to_string()))?;
            }
            Ok(())
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    env.add_filter("money", |v: f64| money(v));
    env.add_filter("score", |v: f64| score2(v));
    env.add_filter("thousands", |v: i64| thousands(v));
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .map_err(|e| template_error(name, e))?;
    }
    Ok(env)
}

/// Renders one template with a context.
pub fn render(env: &Environment<'_>, name: &str, ctx: Value) -> Result<String> {
    let template = env
        .get_template(name)
        .map_err(|e| template_error(name, e))?;
    template.render(ctx).map_err(|e| template_error(name, e))
}

fn template_error(name: &str, e: minijinja::Error) -> Error {
    Error::Failed(format!(
        "template {name} failed (a bug in the report templates; please report it): {e:#}"
    ))
}

/// `12345` -> `12,345`.
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minijinja::context;

    #[test]
    fn every_template_parses() {
        let env = environment().unwrap();
        for (name, _) in TEMPLATES {
            assert!(env.get_template(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn markdown_templates_escape_values_but_not_numbers() {
        let mut env = environment().unwrap();
        env.add_template("t.md", "{{ name }} {{ n }} {{ none }}")
            .unwrap();
        let out = render(&env, "t.md", context! { name => "[x](http://y)", n => 0.5 }).unwrap();
        assert_eq!(out, "\\[x\\]\\(http://y\\) 0.5 ");
    }

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(730), "730");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(-1000), "-1,000");
    }
}
