//! `overlap validate`.

use crate::cli::ValidateArgs;
use crate::error::Result;
use crate::ui::Ui;

pub fn execute(args: &ValidateArgs, ui: &Ui) -> Result<i32> {
    let _ = (args, ui);
    Err(crate::Error::Failed("`overlap validate` is being built".into()))
}
