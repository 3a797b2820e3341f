//! `overlap config --print-defaults`: the default configuration as TOML, every key preceded by
//! its meaning.
//!
//! The meaning of a key is written once, as the doc comment on its field in the Rust struct
//! that owns the section (STYLE.md: document a setting once, where it is defined). Those source
//! files are embedded with `include_str!` and the comments read from them here, so the printed
//! file cannot drift from the code. Written by hand because no crate turns serde structs'
//! doc comments into commented TOML without a derive on every config type (schemars could, at
//! the cost of a JSON-schema dependency and a second walk over it).

use crate::config::Config;
use std::collections::BTreeMap;

/// (TOML section, source of the struct, struct name). `""` is the top level.
const SECTIONS: &[(&str, &str, &str)] = &[
    ("", include_str!("config.rs"), "Config"),
    ("input", include_str!("ingest/mod.rs"), "InputConfig"),
    (
        "matching",
        include_str!("matching/config.rs"),
        "MatchConfig",
    ),
    (
        "matching.weights",
        include_str!("matching/config.rs"),
        "FieldWeights",
    ),
    ("report", include_str!("report/mod.rs"), "ReportConfig"),
    ("cycle", include_str!("cycle/config.rs"), "CycleConfig"),
];

/// The doc comments of a struct's `pub` fields, by field name.
fn field_docs(source: &str, name: &str) -> BTreeMap<String, String> {
    let mut docs = BTreeMap::new();
    let start = format!("pub struct {name} {{");
    let mut inside = false;
    let mut pending: Vec<&str> = Vec::new();
    for line in source.lines() {
        let line = line.trim();
        if !inside {
            inside = line == start;
            continue;
        }
        if line == "}" {
            break;
        }
        if let Some(doc) = line.strip_prefix("///") {
            pending.push(doc.trim());
        } else if let Some(rest) = line.strip_prefix("pub ") {
            if let Some((field, _)) = rest.split_once(':') {
                docs.insert(field.trim().to_string(), pending.join(" "));
            }
            pending.clear();
        } else if !line.starts_with("#[") {
            pending.clear();
        }
    }
    docs
}

/// All documented keys: `section -> key -> meaning`.
fn all_docs() -> BTreeMap<&'static str, BTreeMap<String, String>> {
    SECTIONS
        .iter()
        .map(|&(section, source, name)| (section, field_docs(source, name)))
        .collect()
}

/// Wraps `text` into `# ` comment lines of at most about 96 columns.
fn comment(text: &str, out: &mut String) {
    let mut line = String::from("#");
    for word in text.split_whitespace() {
        if line.len() + word.len() > 96 {
            out.push_str(&line);
            out.push('\n');
            line = String::from("#");
        }
        line.push(' ');
        line.push_str(word);
    }
    if line.len() > 1 {
        out.push_str(&line);
        out.push('\n');
    }
}

/// The documented defaults (or any config), as TOML with comments.
pub fn documented_toml(config: &Config) -> String {
    let docs = all_docs();
    let plain = config.to_toml();
    let mut out = String::from(
        "# overlap.toml: every key with its default. Keep only the keys you change.\n\
         # Check a file with `overlap config --check overlap.toml`.\n",
    );
    let mut section = String::new();
    for line in plain.lines() {
        let trimmed = line.trim_start();
        if let Some(header) = trimmed.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            section = header.to_string();
            // A section's meaning is the doc of the field that holds it.
            let (parent, key) = match header.rsplit_once('.') {
                Some((p, k)) => (p, k),
                None => ("", header),
            };
            out.push('\n');
            if let Some(doc) = docs.get(parent).and_then(|d| d.get(key)) {
                comment(doc, &mut out);
            }
        } else if line == trimmed
            && let Some((key, _)) = trimmed.split_once(" = ")
        {
            let key = key.trim_matches('"');
            if let Some(doc) = docs.get(section.as_str()).and_then(|d| d.get(key)) {
                out.push('\n');
                comment(doc, &mut out);
            }
        }
        if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_key_is_documented() {
        // Guards against a new config key without a doc comment: --print-defaults would show
        // it unexplained.
        let docs = all_docs();
        let value: toml::Value = toml::from_str(&Config::default().to_toml()).unwrap();
        let mut missing = Vec::new();
        fn walk(
            prefix: &str,
            table: &toml::value::Table,
            docs: &BTreeMap<&'static str, BTreeMap<String, String>>,
            missing: &mut Vec<String>,
        ) {
            for (key, v) in table {
                let known = docs
                    .get(prefix)
                    .and_then(|d| d.get(key))
                    .is_some_and(|d| !d.is_empty());
                if !known {
                    missing.push(format!("{prefix}.{key}"));
                }
                let nested = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                if let toml::Value::Table(t) = v
                    && docs.contains_key(nested.as_str())
                {
                    walk(&nested, t, docs, missing);
                }
            }
        }
        walk("", value.as_table().unwrap(), &docs, &mut missing);
        assert!(missing.is_empty(), "undocumented config keys: {missing:?}");
    }

    #[test]
    fn the_documented_defaults_read_back_as_the_defaults() {
        let text = documented_toml(&Config::default());
        assert_eq!(Config::parse(&text).unwrap(), Config::default());
        assert!(text.contains("\n# The longest field accepted, in bytes"));
    }
}
