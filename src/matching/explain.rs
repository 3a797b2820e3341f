//! Evidence in plain words: why two efforts match, and what a group of them has in common.
//!
//! In: the period model, the records, scored pairs. Out: strings a non-specialist can follow,
//! for the opportunities table and the `explain` command. Pure: the callers print.

use super::{MatchConfig, PeriodModel};
use crate::model::{Field, FieldEvidence, OpportunityType, Record, ScoredPair};
use std::collections::HashMap;
use std::fmt::Write;

/// The field's name in words.
pub fn field_words(field: Field) -> &'static str {
    match field {
        Field::Name => "name",
        Field::Description => "description",
        Field::Capabilities => "capabilities",
        Field::UserGroups => "user groups",
        Field::Technologies => "technologies",
        Field::Dates => "delivery dates",
        Field::Phase => "phase",
    }
}

/// A short theme label for a group: its most distinctive shared terms (name terms count double).
pub fn theme(model: &PeriodModel, records: &[Record], pairs: &[&ScoredPair]) -> String {
    let _ = records;
    let corpus = &model.corpus;
    let mut weight: HashMap<u32, f32> = HashMap::new();
    for p in pairs {
        let (fa, fb) = (
            &corpus.features.at(p.a as usize),
            &corpus.features.at(p.b as usize),
        );
        for t in fa
            .name_terms
            .iter()
            .filter(|t| fb.name_terms.binary_search(t).is_ok())
        {
            *weight.entry(*t).or_default() += 2.0 * corpus.idf[*t as usize];
        }
        for (t, _) in fa
            .description
            .iter()
            .filter(|(t, _)| fb.description.binary_search_by_key(t, |x| x.0).is_ok())
        {
            *weight.entry(*t).or_default() += corpus.idf[*t as usize];
        }
        for (la, lb) in fa.lists.iter().zip(&fb.lists) {
            if let (Some(la), Some(lb)) = (la, lb) {
                for t in la.iter().filter(|t| lb.binary_search(t).is_ok()) {
                    *weight.entry(*t).or_default() += corpus.idf[*t as usize];
                }
            }
        }
    }
    let mut terms: Vec<(u32, f32)> = weight.into_iter().collect();
    terms.sort_by(|x, y| {
        y.1.total_cmp(&x.1)
            .then(corpus.terms[x.0 as usize].cmp(&corpus.terms[y.0 as usize]))
    });
    let words: Vec<&str> = terms
        .iter()
        .filter(|(t, _)| corpus.is_label_word(*t))
        .take(3)
        .map(|(t, _)| corpus.display(*t))
        .collect();
    if words.is_empty() {
        "related efforts".to_string()
    } else {
        words.join(", ")
    }
}

/// One phrase per field that helped most, e.g. `names alike (0.91)`, strongest first.
pub fn field_phrases(fields: &[FieldEvidence], limit: usize) -> Vec<String> {
    let mut helpful: Vec<&FieldEvidence> = fields.iter().filter(|f| f.contribution > 0.0).collect();
    helpful.sort_by(|x, y| {
        y.contribution
            .total_cmp(&x.contribution)
            .then(x.field.cmp(&y.field))
    });
    helpful
        .into_iter()
        .take(limit)
        .map(|f| {
            let sim = f.similarity.unwrap_or(0.0);
            let shared = quote_list(&f.shared, 4);
            match f.field {
                Field::Name if shared.is_empty() => format!("names alike ({sim:.2})"),
                Field::Name => format!("names alike ({sim:.2}; both say {shared})"),
                Field::Description if shared.is_empty() => format!("descriptions alike ({sim:.2})"),
                Field::Description => format!("descriptions share {shared} ({sim:.2})"),
                Field::Dates => format!("delivery periods overlap ({sim:.2})"),
                Field::Phase => format!("phases alike ({sim:.2})"),
                _ if shared.is_empty() => format!("{} alike ({sim:.2})", field_words(f.field)),
                _ => format!("same {}: {shared}", field_words(f.field)),
            }
        })
        .collect()
}

fn quote_list(items: &[String], limit: usize) -> String {
    items
        .iter()
        .take(limit)
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The evidence for an opportunity in plain words.
pub fn opportunity_evidence(
    records: &[Record],
    members: &[&Record],
    departments: &[String],
    best: &ScoredPair,
    kind: OpportunityType,
) -> String {
    let (a, b) = (&records[best.a as usize], &records[best.b as usize]);
    let kind_words = match kind {
        OpportunityType::Duplication => "appear to do the same thing for the same users",
        OpportunityType::Overlap => "have similar goals, activities or users",
        OpportunityType::Fragmentation => "work in the same broad area, each on its own part",
    };
    format!(
        "{} efforts in {} departments ({}) {kind_words}. Closest pair: \"{}\" ({}) and \"{}\" ({}), \
         score {:.2}: {}.",
        members.len(),
        departments.len(),
        departments.join(", "),
        a.name,
        a.department,
        b.name,
        b.department,
        best.score,
        field_phrases(&best.fields, 3).join("; ")
    )
}

/// The values of a field in words, for one record.
fn field_value(record: &Record, field: Field) -> String {
    let list = |v: &[String]| {
        if v.is_empty() {
            "(none given)".to_string()
        } else {
            v.join("; ")
        }
    };
    match field {
        Field::Name => record.name.clone(),
        Field::Description => record.description.clone(),
        Field::Capabilities => list(&record.capabilities),
        Field::UserGroups => list(&record.user_groups),
        Field::Technologies => list(&record.technologies),
        Field::Dates => match (record.start_date, record.end_date) {
            (Some(s), Some(e)) => format!("{s} to {e}"),
            (Some(s), None) => format!("{s} onwards (no end date)"),
            _ => "(no start date given)".to_string(),
        },
        Field::Phase => record
            .phase
            .map_or("(none given)".to_string(), |p| p.to_string()),
    }
}

/// Explains, field by field, how records `a` and `b` compare and whether `run` would report
/// them. Plain text for the terminal.
pub fn explain_pair(
    model: &PeriodModel,
    records: &[Record],
    config: &MatchConfig,
    a: usize,
    b: usize,
) -> String {
    let (ra, rb) = (&records[a], &records[b]);
    let (total, fields) = model.evidence(records, a, b);
    let mut out = String::new();
    let _ = writeln!(out, "Comparing two efforts:");
    let _ = writeln!(out, "  A  {} ({})", ra.name, ra.key());
    let _ = writeln!(out, "  B  {} ({})", rb.name, rb.key());
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Each field is compared on a scale from 0 (nothing alike) to 1 (the same). A field's\n\
         weight says how much it counts; the weights were learnt from this period's catalogues.\n\
         Fields that either side leaves empty are left out, so they neither help nor hurt."
    );
    let present: f64 = fields
        .iter()
        .zip(model.weights.0)
        .filter(|(f, _)| f.similarity.is_some())
        .map(|(_, w)| w)
        .sum();
    for (k, f) in fields.iter().enumerate() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}:", capitalise(field_words(f.field)));
        let _ = writeln!(out, "  A: {}", field_value(ra, f.field));
        let _ = writeln!(out, "  B: {}", field_value(rb, f.field));
        match f.similarity {
            None if f.field == Field::Description => {
                let _ = writeln!(
                    out,
                    "  not compared: one side gives no description, or only a placeholder \
                     ([input] null_values)"
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "  not compared: one side gives no {}",
                    field_words(f.field)
                );
            }
            Some(sim) => {
                let share = if present > 0.0 {
                    model.weights.0[k] / present
                } else {
                    0.0
                };
                let _ = writeln!(
                    out,
                    "  similarity {sim:.2} ({}) x weight {share:.2} = adds {:.3} to the score",
                    similarity_words(sim),
                    f.contribution
                );
                if !f.shared.is_empty() {
                    let _ = writeln!(out, "  both mention: {}", quote_list(&f.shared, 10));
                }
            }
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Total score: {total:.3} (the sum of what each field adds; 0 to 1)."
    );
    let _ = writeln!(out, "{}", verdict(model, records, config, a, b, total));
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn similarity_words(sim: f64) -> &'static str {
    match sim {
        s if s >= 0.85 => "very alike",
        s if s >= 0.6 => "alike",
        s if s >= 0.3 => "somewhat alike",
        s if s > 0.0 => "little alike",
        _ => "nothing in common",
    }
}

/// Would `run` report this pair, and why (not)?
fn verdict(
    model: &PeriodModel,
    records: &[Record],
    config: &MatchConfig,
    a: usize,
    b: usize,
    total: f64,
) -> String {
    let (x, y) = (a.min(b) as u32, a.max(b) as u32);
    if records[a].department == records[b].department {
        return "Not reported: both efforts are in the same department; overlap only counts across \
                departments."
            .to_string();
    }
    let (reported, direct) = super::reported_with_groups(model, records, config);
    let position = reported
        .iter()
        .position(|&(p, q, _)| (p.min(q), p.max(q)) == (x, y));
    let scores = model.candidate_scores();
    // An effort of one side's department scoring within `min_lead` of this pair with the other
    // side: (that effort, its score, the side it scores with).
    let rival = || {
        [(x, y), (y, x)].into_iter().find_map(|(p, q)| {
            let department = model.corpus.features.department(q as usize);
            super::next_best(model, &scores, p, department, q)
                .filter(|&(_, w)| total - w < config.min_lead)
                .map(|(z, w)| (z, w, p))
        })
    };
    let subjects = super::Subjects::new(model, config);
    let phrase = subjects.shared_phrase(a, b);
    let needed = || {
        let background = super::background(
            model.corpus.len(),
            &model.candidates,
            &scores,
            config.background_rank,
        );
        let bg = background[a].max(background[b]);
        (bg, config.report_threshold + config.background_share * bg)
    };
    let circle = || {
        let circles = super::close_circles(model, &scores, config, &[x, y]);
        super::in_circle(model, circles.as_ref(), config, total, x, y)
    };
    if let Some(k) = position {
        if k < direct {
            if let Some(members) = circle().filter(|_| phrase.is_none() && total < needed().1) {
                return format!(
                    "Reported: the score is at or above the report threshold of {:.2}, and these \
                     {} efforts, each in a different department, are each other's closest \
                     candidates: {}. Several departments doing one kind of thing is what this \
                     tool looks for, so the pair need not stand out from the efforts that touch \
                     the same thing in passing; it leads both efforts' next-closest candidate by \
                     at least {:.2} ([matching] close_circles).",
                    config.report_threshold,
                    members.len(),
                    circle_names(records, &members),
                    config.min_lead
                );
            }
            let (bg, _) = needed();
            if !subjects.stands_out(config, total, bg, a, b)
                && let Some(members) = super::circle_holding(model, &scores, config, x, y)
            {
                let component = subjects
                    .shared_component(model, a, b)
                    .map(|t| model.corpus.display(t))
                    .unwrap_or_default();
                return format!(
                    "Reported with its close circle: these {} efforts, each in a different \
                     department, are each other's closest candidates: {}. A pair of them \
                     reaches the report threshold and leads its look-alikes, and both of these \
                     efforts name \"{component}\", a common \
                     component, so the circle vouches for this pair whatever it scores \
                     ([matching] close_circles).",
                    members.len(),
                    circle_names(records, &members),
                );
            }
            if let Some(t) = phrase.filter(|_| total < needed().1) {
                return format!(
                    "Reported: the score is at or above the report threshold of {:.2}, and both \
                     efforts name \"{}\", a name of three words or more that at most {} efforts \
                     of the period use (a programme's, say). That ties them, so the pair need \
                     not stand out from their other candidates ([matching] named_phrase_ties).",
                    config.report_threshold,
                    model.corpus.display(t),
                    super::index::MAX_PHRASE_RECORDS
                );
            }
            let (sims, _, _) = model.score_pair(a, b);
            let own = super::other_fields(&model.weights, &sims) < config.min_other_fields;
            let mut text = format!(
                "Reported: the score is at or above the report threshold of {:.2} and stands out \
                 from both efforts' other candidates.",
                config.report_threshold
            );
            if own {
                text.push_str(
                    " Nearly all of it comes from the name, but the two names are the same and \
                     hold a word no other effort uses, so no support from other fields is needed \
                     ([matching] min_other_fields).",
                );
            }
            if rival().is_some() {
                text.push_str(&format!(
                    " Another effort of one of the departments comes within {:.2} of it, but the \
                     two names are the same, which marks this pair as the counterparts \
                     ([matching] min_lead).",
                    config.min_lead
                ));
            }
            return text;
        }
        return format!(
            "Reported through its group: on its own the pair would not be reported, but both \
             efforts are in one group of efforts linked by reported pairs, and inside a group \
             a pair scoring at least {:.2} is reported too ([matching] group_pair_threshold).",
            config.group_pair_threshold
        );
    }
    if total < config.report_threshold {
        return format!(
            "Not reported: the score is below the report threshold of {:.2} ([matching] \
             report_threshold).",
            config.report_threshold
        );
    }
    let (bg, needed) = needed();
    if !subjects.stands_out(config, total, bg, a, b) && circle().is_none() {
        return format!(
            "Not reported: the score does not stand out from these efforts' look-alikes. The \
             {}th closest candidate of one of them already scores {bg:.2}, so this pair needs \
             {needed:.2} ([matching] report_threshold + background_share x that background).",
            config.background_rank
        );
    }
    let (sims, _, _) = model.score_pair(a, b);
    let others = super::other_fields(&model.weights, &sims);
    if others < config.min_other_fields && !model.own_name(a, b) {
        return format!(
            "Not reported: nearly all of the score comes from one field; the other fields add \
             only {others:.2}, and at least {:.2} is needed ([matching] min_other_fields). One \
             field alone, such as the same name, does not make an overlap.",
            config.min_other_fields
        );
    }
    if let Some((s, t)) = subjects.distinct(model, a, b) {
        let (ra, rb) = (&records[a], &records[b]);
        return format!(
            "Not reported: the two efforts are about different things. \"{}\" is about \"{}\" \
             and \"{}\" about \"{}\" (each a word some department uses for its subject), and \
             neither mentions the other's. They share no word as specific as those, such as a \
             place or a programme, and no common component such as a chatbot, so what they \
             have in common is the kind of work, not the thing ([matching] subject_share).",
            ra.name,
            model.corpus.display(s),
            rb.name,
            model.corpus.display(t),
        );
    }
    if model.candidates.binary_search(&(x, y)).is_err() {
        return format!(
            "Not reported: the score reaches the threshold of {:.2}, but the two efforts share too \
             few distinctive terms for either to be among the other's {} closest candidates \
             ([matching] candidates_per_record).",
            config.report_threshold, config.candidates_per_record
        );
    }
    if let Some((z, w, other)) = rival() {
        let (z, other) = (&records[z as usize], &records[other as usize]);
        format!(
            "Not reported: the pair does not stand out in its department. {} ({}:{}) scores \
             {w:.3} with {}, within {:.2} of this pair's {total:.3}, so neither is clearly its \
             counterpart there ([matching] min_lead).",
            z.name, z.department, z.record_id, other.name, config.min_lead
        )
    } else {
        format!(
            "Not reported: the score reaches the threshold of {:.2}, but each effort is reported \
             only with its best matches in each other department (within {:.2}), and a closer \
             match exists ([matching] best_match_per_department).",
            config.report_threshold, config.best_match_margin
        )
    }
}

/// "Name (Department), Name (Department) and Name (Department)".
fn circle_names(records: &[Record], members: &[u32]) -> String {
    let names: Vec<String> = members
        .iter()
        .map(|&m| {
            let r = &records[m as usize];
            format!("\"{}\" ({})", r.name, r.department)
        })
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.join(""),
    }
}
