use super::*;
#[test]
fn dev_gmpp() {
    let dir = std::path::Path::new("/work/shared/data/gmpp-2020-2021");
    let records = testdata::load_dir(dir, true);
    let (outcome, t) = match_records(&records, &Config::default(), &Ui { quiet: true, verbose: 0 });
    let mut csv = Vec::new();
    write_pairs_csv(&mut csv, &records, &outcome).unwrap();
    let rows = read_pairs_csv(csv.as_slice(), "pairs.csv").unwrap();
    let truth = evaluate::read_truth(std::fs::File::open(dir.join("truth.csv")).unwrap(), "t").unwrap();
    let truth = evaluate::align_departments(&truth, &rows);
    let e = evaluate::evaluate(&truth, &rows, None);
    let model = PeriodModel::build(&records, &Config::default(), &mut Vec::new());
    eprintln!("{} records; weights {:?} lambda {}", records.len(), model.weights.0, model.estimate.lambda);
    eprintln!("{:?}", t);
    eprintln!("{}", e.to_text());
}
