//! `overlap evaluate`.

use crate::cli::EvaluateArgs;
use crate::error::Result;
use crate::ui::Ui;

pub fn execute(args: &EvaluateArgs, ui: &Ui) -> Result<i32> {
    let _ = (args, ui);
    Err(crate::Error::Failed("`overlap evaluate` is being built".into()))
}
