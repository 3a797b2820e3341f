//! `overlap review`.

use crate::cli::ReviewArgs;
use crate::error::Result;
use crate::ui::Ui;

pub fn execute(args: &ReviewArgs, ui: &Ui) -> Result<i32> {
    let _ = (args, ui);
    Err(crate::Error::Failed(
        "`overlap review` is being built".into(),
    ))
}
