//! `overlap explain`.

use crate::cli::ExplainArgs;
use crate::error::Result;
use crate::ui::Ui;

pub fn execute(args: &ExplainArgs, ui: &Ui) -> Result<i32> {
    let _ = (args, ui);
    Err(crate::Error::Failed("`overlap explain` is being built".into()))
}
