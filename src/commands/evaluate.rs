//! `overlap evaluate`: precision, recall and F1 of a pairs file against a truth file.
//!
//! In: `--truth FILE` (either truth layout, see [`crate::matching::evaluate`]) and a pairs.csv.
//! Out: the figures, the misses and the false alarms, as text or JSON on stdout.

use crate::cli::{EvaluateArgs, OutputFormat};
use crate::error::{Error, Result, exit};
use crate::matching::evaluate::{align_departments, evaluate, read_truth};
use crate::matching::read_pairs_csv;
use crate::ui::Ui;
use std::io::Write;

pub fn execute(args: &EvaluateArgs, ui: &Ui) -> Result<i32> {
    if let Some(m) = args.min_score
        && !(0.0..=1.0).contains(&m)
    {
        return Err(Error::Usage(format!(
            "--min-score {m} must be between 0 and 1"
        )));
    }
    let open = |path: &std::path::Path| std::fs::File::open(path).map_err(|e| Error::io(path, e));
    let truth_name = args.truth.display().to_string();
    let truth = read_truth(open(&args.truth)?, &truth_name).map_err(Error::Usage)?;
    let pairs_name = args.pairs.display().to_string();
    let rows = read_pairs_csv(open(&args.pairs)?, &pairs_name).map_err(Error::Usage)?;
    let aligned = align_departments(&truth, &rows);
    if aligned != truth {
        ui.detail("matched truth department names to the pairs file's by suffix");
    }
    let result = evaluate(&aligned, &rows, args.min_score);
    let text = match args.format {
        OutputFormat::Text => result.to_text(),
        OutputFormat::Json => {
            let mut s = serde_json::to_string_pretty(&result)
                .map_err(|e| Error::Failed(format!("cannot write JSON: {e}")))?;
            s.push('\n');
            s
        }
    };
    std::io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| Error::io("standard output", e))?;
    Ok(exit::OK)
}
