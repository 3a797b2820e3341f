//! `overlap generate`.

use crate::cli::GenerateArgs;
use crate::error::Result;
use crate::ui::Ui;

pub fn execute(args: &GenerateArgs, ui: &Ui) -> Result<i32> {
    let _ = (args, ui);
    Err(crate::Error::Failed("`overlap generate` is being built".into()))
}
