//! `overlap run`.

use crate::cli::RunArgs;
use crate::error::Result;
use crate::ui::Ui;

pub fn execute(args: &RunArgs, ui: &Ui) -> Result<i32> {
    let _ = (args, ui);
    Err(crate::Error::Failed("`overlap run` is being built".into()))
}
