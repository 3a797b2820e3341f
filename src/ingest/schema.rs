//! The catalogue schema: its columns and how headers are recognised.

/// A schema column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    Department,
    RecordId,
    Name,
    Description,
    Kind,
    Phase,
    UserGroups,
    Capabilities,
    Technologies,
    StartDate,
    EndDate,
    BudgetGbp,
    Owner,
    ContactEmail,
}

impl Column {
    pub const ALL: [Column; 14] = [
        Column::Department,
        Column::RecordId,
        Column::Name,
        Column::Description,
        Column::Kind,
        Column::Phase,
        Column::UserGroups,
        Column::Capabilities,
        Column::Technologies,
        Column::StartDate,
        Column::EndDate,
        Column::BudgetGbp,
        Column::Owner,
        Column::ContactEmail,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Column::Department => "department",
            Column::RecordId => "record_id",
            Column::Name => "name",
            Column::Description => "description",
            Column::Kind => "kind",
            Column::Phase => "phase",
            Column::UserGroups => "user_groups",
            Column::Capabilities => "capabilities",
            Column::Technologies => "technologies",
            Column::StartDate => "start_date",
            Column::EndDate => "end_date",
            Column::BudgetGbp => "budget_gbp",
            Column::Owner => "owner",
            Column::ContactEmail => "contact_email",
        }
    }

    /// The schema column with exactly this canonical name.
    pub fn parse(s: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.as_str() == s.trim())
    }

    pub fn names() -> Vec<&'static str> {
        Column::ALL.iter().map(|c| c.as_str()).collect()
    }

    pub fn required(self) -> bool {
        matches!(
            self,
            Column::Department | Column::RecordId | Column::Name | Column::Description
        )
    }
}
