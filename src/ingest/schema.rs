//! The catalogue schema: its columns and how headers are recognised.
//!
//! In: a file's header row and the config's `[columns]` table. Out: a [`Layout`] saying which
//! field of each row holds which schema column, which headers were ignored and why, and which
//! headers competed for the same column. Recognition forgives case, spacing, punctuation and
//! common variants ("Project Name", "Description / Aims", "Budget (£)", "Dept").

use std::collections::BTreeMap;

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

    /// The column's position in [`Column::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Header spellings recognised without any config, in [`compact`] form.
    pub fn variants(self) -> &'static [&'static str] {
        match self {
            Column::Department => &[
                "department",
                "dept",
                "departmentname",
                "deptname",
                "organisation",
                "organization",
                "org",
                "organisationname",
                "ministry",
                "agency",
                "departmentoragency",
                "owningdepartment",
                "leaddepartment",
            ],
            Column::RecordId => &[
                "recordid",
                "id",
                "ref",
                "reference",
                "referencenumber",
                "refno",
                "projectid",
                "serviceid",
                "projectref",
                "projectreference",
                "uniqueid",
                "identifier",
                "recordref",
                "recordnumber",
                "effortid",
            ],
            Column::Name => &[
                "name",
                "projectname",
                "servicename",
                "title",
                "projecttitle",
                "projectorservicename",
                "projectservicename",
                "programmename",
                "effortname",
                "projectorservice",
            ],
            Column::Description => &[
                "description",
                "descriptionaims",
                "aims",
                "summary",
                "purpose",
                "projectdescription",
                "servicedescription",
                "overview",
                "descriptionofproject",
                "objectives",
                "aimsandobjectives",
                "details",
            ],
            Column::Kind => &["kind", "type", "efforttype", "projecttype", "kindofeffort"],
            Column::Phase => &[
                "phase",
                "stage",
                "deliveryphase",
                "projectphase",
                "lifecyclestage",
                "gdsphase",
                "currentphase",
                "lifecyclephase",
            ],
            Column::UserGroups => &[
                "usergroups",
                "usergroup",
                "users",
                "audience",
                "targetusers",
                "serviceusers",
                "whoitserves",
                "customers",
            ],
            Column::Capabilities => &[
                "capabilities",
                "capability",
                "commoncapabilities",
                "functions",
                "features",
            ],
            Column::Technologies => &[
                "technologies",
                "technology",
                "tech",
                "techstack",
                "technologystack",
                "platforms",
                "products",
                "suppliers",
            ],
            Column::StartDate => &[
                "startdate",
                "start",
                "started",
                "datestarted",
                "projectstart",
                "commenced",
                "begindate",
            ],
            Column::EndDate => &[
                "enddate",
                "end",
                "finishdate",
                "finish",
                "completiondate",
                "expectedend",
                "expectedenddate",
                "closedate",
            ],
            Column::BudgetGbp => &[
                "budgetgbp",
                "budget",
                "budgetpounds",
                "cost",
                "wholelifecost",
                "wlc",
                "totalcost",
                "wholelifecostgbp",
                "totalbudget",
                "costgbp",
            ],
            Column::Owner => &[
                "owner",
                "serviceowner",
                "responsibleowner",
                "seniorresponsibleowner",
                "sro",
                "projectowner",
                "businessowner",
            ],
            Column::ContactEmail => &[
                "contactemail",
                "email",
                "emailaddress",
                "contactemailaddress",
                "contactaddress",
            ],
        }
    }

    /// The schema column a header names, forgiving case, spacing, punctuation and common
    /// variants; `None` for a header that is not recognised.
    pub fn recognise(header: &str) -> Option<Column> {
        let key = compact(header);
        Column::ALL
            .into_iter()
            .find(|c| c.variants().contains(&key.as_str()))
    }

    pub fn required(self) -> bool {
        matches!(
            self,
            Column::Department | Column::RecordId | Column::Name | Column::Description
        )
    }
}

/// A header reduced to lower-case letters and digits: "Budget (£)" -> "budget",
/// "Record ID" -> "recordid", "Description / Aims" -> "descriptionaims".
pub fn compact(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Where each schema column sits in a file's rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// For each column (by [`Column::index`]), the 0-based field that holds it.
    fields: [Option<usize>; 14],
    /// Headers that compete for a column already taken: (field, column, field kept).
    pub duplicates: Vec<(usize, Column, usize)>,
    /// Headers not used, with the reason, for `-v`.
    pub notes: Vec<String>,
}

impl Layout {
    /// Works out the layout from the header row. `mapping` is the config's `[columns]`
    /// (header -> schema column name), which beats recognition; when `department_from_file`
    /// is true any department header is left unused (its department comes from the file).
    pub fn plan(
        headers: &[String],
        mapping: &BTreeMap<String, String>,
        department_from_file: bool,
    ) -> Layout {
        let mut layout = Layout::default();
        let mapped: Vec<(String, Column)> = mapping
            .iter()
            .filter_map(|(h, c)| Column::parse(c).map(|c| (compact(h), c)))
            .collect();
        let mut by_config = [false; 14];
        // Config mappings first, then recognised headers.
        let mut claims: Vec<(usize, Column, bool)> = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            let key = compact(h);
            if let Some((_, c)) = mapped.iter().find(|(k, _)| *k == key) {
                claims.push((i, *c, true));
            }
        }
        for (i, h) in headers.iter().enumerate() {
            if claims.iter().any(|(f, _, _)| *f == i) {
                continue;
            }
            match Column::recognise(h) {
                Some(c) => claims.push((i, c, false)),
                None if h.trim().is_empty() => {}
                None => layout.notes.push(format!(
                    "column {} '{}' ignored: not a schema column (map it in [columns] to use it)",
                    i + 1,
                    h.trim()
                )),
            }
        }
        for (i, c, from_config) in claims {
            if c == Column::Department && department_from_file {
                layout.notes.push(format!(
                    "column {} '{}' ignored: the department comes from the file name \
                     (map it to another column, e.g. owner, in [columns] to keep it)",
                    i + 1,
                    headers[i].trim()
                ));
                continue;
            }
            match layout.fields[c.index()] {
                None => {
                    layout.fields[c.index()] = Some(i);
                    by_config[c.index()] = from_config;
                }
                Some(kept) if by_config[c.index()] && !from_config => {
                    layout.notes.push(format!(
                        "column {} '{}' ignored: [columns] maps column {} to {}",
                        i + 1,
                        headers[i].trim(),
                        kept + 1,
                        c.as_str()
                    ));
                }
                Some(kept) => layout.duplicates.push((i, c, kept)),
            }
        }
        layout
    }

    /// The 0-based field holding `column`, if any.
    pub fn field(&self, column: Column) -> Option<usize> {
        self.fields[column.index()]
    }
}

/// The header most like `column`, for a "missing column" message: (0-based field, similarity
/// in [0, 1]). Headers already used by another column are skipped.
pub fn closest_header(column: Column, headers: &[String], layout: &Layout) -> Option<(usize, f64)> {
    let used = |i: usize| Column::ALL.iter().any(|c| layout.field(*c) == Some(i));
    let mut best: Option<(usize, f64)> = None;
    for (i, h) in headers.iter().enumerate() {
        let key = compact(h);
        if key.is_empty() || used(i) {
            continue;
        }
        let score = column
            .variants()
            .iter()
            .map(|v| {
                let contains = v.len() >= 4 && (key.contains(v) || v.contains(key.as_str()));
                let bonus = if contains && key.len() >= 4 { 0.8 } else { 0.0 };
                strsim::normalized_levenshtein(&key, v).max(bonus)
            })
            .fold(0.0, f64::max);
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(s: &str) -> Vec<String> {
        s.split(',').map(String::from).collect()
    }

    #[test]
    fn recognises_the_variants_seen_in_sample_data() {
        let cases = [
            ("Project Name", Column::Name),
            ("Description / Aims", Column::Description),
            ("Record ID", Column::RecordId),
            ("Dept", Column::Department),
            ("Budget (£)", Column::BudgetGbp),
            ("User Groups", Column::UserGroups),
            ("Contact Email", Column::ContactEmail),
            ("START_DATE", Column::StartDate),
            (" e-mail ", Column::ContactEmail),
            ("budget_gbp", Column::BudgetGbp),
        ];
        for (h, c) in cases {
            assert_eq!(Column::recognise(h), Some(c), "{h}");
        }
        assert_eq!(Column::recognise("delivery_confidence"), None);
        assert_eq!(
            Column::recognise("Budget (£m)"),
            None,
            "a budget in other units needs a mapping"
        );
    }

    #[test]
    fn every_canonical_name_is_recognised_as_itself() {
        for c in Column::ALL {
            assert_eq!(Column::recognise(c.as_str()), Some(c));
            assert_eq!(Column::ALL[c.index()], c);
        }
    }

    #[test]
    fn config_mapping_beats_recognition() {
        let h = headers("id,name,description,owner,tags");
        let map: BTreeMap<String, String> = [("Owner", "department"), ("tags", "capabilities")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let l = Layout::plan(&h, &map, false);
        assert_eq!(l.field(Column::Department), Some(3));
        assert_eq!(l.field(Column::Owner), None);
        assert_eq!(l.field(Column::Capabilities), Some(4));
        assert_eq!(l.field(Column::RecordId), Some(0));
    }

    #[test]
    fn department_from_file_leaves_department_header_unused() {
        let h = headers("department,record_id,name,description");
        let l = Layout::plan(&h, &BTreeMap::new(), true);
        assert_eq!(l.field(Column::Department), None);
        assert!(l.notes.iter().any(|n| n.contains("file name")));
    }

    #[test]
    fn second_header_for_a_column_is_a_duplicate() {
        let h = headers("Name,Project Name,description");
        let l = Layout::plan(&h, &BTreeMap::new(), false);
        assert_eq!(l.field(Column::Name), Some(0));
        assert_eq!(l.duplicates, vec![(1, Column::Name, 0)]);
    }

    #[test]
    fn closest_header_points_at_the_likely_typo() {
        let h = headers("dept,record_id,name,descripton");
        let l = Layout::plan(&h, &BTreeMap::new(), false);
        assert_eq!(l.field(Column::Description), None);
        assert_eq!(
            closest_header(Column::Description, &h, &l).map(|(i, _)| i),
            Some(3)
        );
    }
}
