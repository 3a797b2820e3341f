//! `overlap template`.

use crate::cli::TemplateArgs;
use crate::error::Result;
use crate::ui::Ui;

pub fn execute(args: &TemplateArgs, ui: &Ui) -> Result<i32> {
    let _ = (args, ui);
    Err(crate::Error::Failed("`overlap template` is being built".into()))
}
