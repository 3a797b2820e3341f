//! The generator's built-in vocabulary of public-sector activity: policy domains with the
//! things they deal in and the people they serve, the activities departments build around
//! them, and the places, programmes, people and products that make each effort distinct.
//!
//! Pure data. Templates use `{o}` (the object, lower case), `{a}` (the object with "a"/"an"),
//! `{u}` (a user group) and `{p}` (a place). An object written `main|alternative` has a second
//! wording that people use for the same thing.

/// A policy domain: what a department (or a planted overlap) is about.
pub struct Domain {
    /// Used in department names: "Ministry of {title}".
    pub title: &'static str,
    /// The things this domain deals in; `main|alternative` where two wordings are common.
    pub objects: &'static [&'static str],
    /// Who the domain's services are for.
    pub users: &'static [&'static str],
}

/// An activity: the kind of thing a department builds around an object.
pub struct Activity {
    /// Ways of naming the effort, all meaning the same thing.
    pub names: &'static [&'static str],
    /// A name without the object, for "{generic} for {u}" names.
    pub generic: &'static str,
    /// Capabilities this activity always involves.
    pub capabilities: &'static [&'static str],
    /// Ways of describing its purpose, all meaning the same thing.
    pub purposes: &'static [&'static str],
}

macro_rules! domain {
    ($title:expr, [$($o:expr),* $(,)?], [$($u:expr),* $(,)?]) => {
        Domain { title: $title, objects: &[$($o),*], users: &[$($u),*] }
    };
}

#[rustfmt::skip]
pub static DOMAINS: &[Domain] = &[
    domain!("Health", ["vaccination record|immunisation record", "GP registration", "hospital referral|outpatient referral", "prescription exemption", "patient transport", "screening invitation", "care home inspection", "blood donation appointment", "dental contract"], ["patients", "GP practices", "hospital trusts", "clinicians", "pharmacists", "carers"]),
    domain!("Social Care", ["care assessment|needs assessment", "carer allowance", "safeguarding referral", "care package", "adult social care workforce record", "home adaptation grant", "direct payment account", "care provider registration"], ["social workers", "care providers", "unpaid carers", "local authorities", "care home residents"]),
    domain!("Education", ["school admission|school place application", "free school meal claim", "teacher registration", "exam result|examination result", "school inspection report", "special educational needs plan|EHC plan", "pupil attendance record", "school funding allocation"], ["parents", "pupils", "headteachers", "teachers", "school business managers", "academy trusts"]),
    domain!("Skills", ["apprenticeship levy account", "adult learning grant", "skills bootcamp place", "training provider contract", "qualification certificate", "learner record", "careers advice session"], ["apprentices", "employers", "training providers", "adult learners", "careers advisers"]),
    domain!("Transport", ["rail fare refund|train fare refund", "street works permit|roadworks permit", "bus service registration", "concessionary travel pass", "road safety grant", "traffic regulation order", "freight movement record", "accessible transport grant"], ["rail passengers", "highway authorities", "bus operators", "utility companies", "hauliers", "local transport authorities"]),
    domain!("Justice", ["court fee|court fee payment", "probation case", "legal aid application", "prisoner record", "prison visit", "jury summons", "victim support referral", "criminal record check"], ["probation officers", "court users", "legal professionals", "prison staff", "victims of crime", "families of prisoners"]),
    domain!("Defence", ["service personnel record", "armed forces pension", "veteran support claim", "reservist mobilisation", "equipment maintenance record", "training range booking", "security clearance"], ["service personnel", "veterans", "reservists", "defence contractors", "unit commanders"]),
    domain!("Environment", ["environmental permit", "flood warning|flood alert", "waste carrier registration", "pollution incident report", "water abstraction licence", "air quality reading", "protected species licence", "tree felling licence"], ["farmers", "landowners", "waste operators", "water companies", "residents in flood risk areas", "environment officers"]),
    domain!("Agriculture", ["farm payment|rural payment", "livestock movement record", "animal health certificate", "crop inspection", "pesticide approval", "land management plan", "farm holding registration"], ["farmers", "vets", "livestock keepers", "land agents", "crop inspectors"]),
    domain!("Fisheries", ["fishing vessel licence|fishing boat licence", "catch record", "quota transfer", "fish export certificate", "marine protected area permit", "vessel monitoring report"], ["skippers", "fish merchants", "marine officers", "producer organisations", "harbour masters"]),
    domain!("Housing", ["social housing application|housing register application", "homelessness case", "building safety certificate", "housing benefit claim", "planning appeal", "right to buy application", "rough sleeping outreach record", "tenancy deposit claim"], ["tenants", "housing officers", "landlords", "local authorities", "planning inspectors"]),
    domain!("Local Government", ["council tax account", "business rates bill", "electoral registration", "local grant allocation", "parking permit", "licensing committee decision", "community asset transfer"], ["council officers", "residents", "local businesses", "electoral services teams", "councillors"]),
    domain!("Culture", ["museum loan", "listed building consent", "arts funding application|arts grant application", "export licence for cultural objects", "library membership", "heritage site booking", "public lending right payment"], ["museums", "artists", "heritage owners", "library users", "arts organisations"]),
    domain!("Sport", ["sports facility grant", "club accreditation", "stadium safety certificate", "community sport booking", "athlete funding award", "coaching licence"], ["sports clubs", "national governing bodies", "athletes", "coaches", "stadium operators"]),
    domain!("Employment", ["jobseeker claim|jobseeker allowance claim", "work coach appointment", "employment support placement", "redundancy payment", "minimum wage complaint", "employer vacancy listing", "work capability assessment"], ["claimants", "work coaches", "employers", "jobseekers", "disability employment advisers"]),
    domain!("Pensions", ["state pension forecast", "pension credit claim", "winter fuel payment", "pension transfer", "workplace pension enrolment", "bereavement payment"], ["pensioners", "pension schemes", "employers", "bereaved families", "pension advisers"]),
    domain!("Revenue", ["self assessment return|tax return", "VAT registration", "tax credit renewal", "payroll submission", "tax debt plan|time to pay arrangement", "stamp duty return", "tax refund claim"], ["taxpayers", "tax agents", "self-employed people", "employers", "compliance officers"]),
    domain!("Customs", ["import declaration|customs declaration", "export licence", "excise duty return", "border inspection", "authorised trader application", "tariff classification ruling"], ["importers", "exporters", "freight forwarders", "border officers", "customs brokers"]),
    domain!("Borders", ["visa application", "biometric residence permit", "passport renewal", "asylum claim", "sponsor licence", "border crossing record", "citizenship ceremony booking"], ["visa applicants", "sponsors", "passport holders", "asylum seekers", "border force officers"]),
    domain!("Policing", ["firearms licence|firearm certificate", "crime report", "missing person case", "police vetting check", "custody record", "lost property report", "speeding fine|fixed penalty notice"], ["police officers", "members of the public", "firearms owners", "custody sergeants", "police staff"]),
    domain!("Fire and Rescue", ["fire safety inspection", "home fire safety visit", "incident log", "fire certificate", "hydrant maintenance record", "community risk register"], ["firefighters", "building owners", "householders", "fire safety officers", "control room staff"]),
    domain!("Energy", ["energy efficiency grant|home insulation grant", "smart meter installation", "energy supplier licence", "heat pump voucher", "nuclear site permit", "fuel poverty referral", "offshore wind lease"], ["householders", "energy suppliers", "installers", "network operators", "site operators"]),
    domain!("Climate", ["carbon emissions report", "net zero grant", "climate adaptation plan", "emissions trading account", "green finance application"], ["emitting businesses", "local authorities", "scheme participants", "climate analysts", "investors"]),
    domain!("Science", ["research grant application", "laboratory accreditation", "research data deposit", "innovation voucher", "peer review assignment", "scientific equipment booking"], ["researchers", "universities", "innovators", "peer reviewers", "laboratory managers"]),
    domain!("Trade", ["trade mission booking", "export finance application", "trade remedy investigation", "free trade agreement query", "overseas market report", "inward investment enquiry"], ["exporters", "small businesses", "trade advisers", "investors", "trade negotiators"]),
    domain!("Business", ["company registration", "business support grant", "insolvency case", "product safety recall", "weights and measures inspection", "small business loan"], ["company directors", "small businesses", "insolvency practitioners", "trading standards officers", "business advisers"]),
    domain!("Competition", ["merger notification", "market investigation", "consumer complaint", "cartel leniency application", "price monitoring return"], ["businesses", "consumers", "case officers", "competition lawyers", "economists"]),
    domain!("Land", ["land title|title register", "property search", "boundary dispute", "land charge search", "mortgage discharge", "land survey record"], ["conveyancers", "homeowners", "mortgage lenders", "surveyors", "land registrars"]),
    domain!("Mapping", ["address gazetteer|address register", "boundary map", "aerial imagery licence", "geodetic survey", "street name record"], ["planners", "surveyors", "emergency services", "map users", "geospatial analysts"]),
    domain!("Statistics", ["census return", "household survey response", "business survey return", "statistical release", "microdata access request", "price index"], ["survey respondents", "statisticians", "researchers", "policy analysts", "data users"]),
    domain!("Archives", ["archive record request|archive document request", "digital preservation deposit", "public record transfer", "reading room booking", "archive catalogue entry"], ["historians", "archivists", "family researchers", "records managers", "departmental record officers"]),
    domain!("Maritime", ["ship registration", "seafarer certificate", "port inspection", "maritime incident report", "coastguard callout", "pilotage licence"], ["ship operators", "seafarers", "port authorities", "coastguard officers", "marine surveyors"]),
    domain!("Aviation", ["pilot licence", "drone operator registration", "airport security inspection", "air traffic incident report", "aircraft registration", "airspace change proposal"], ["pilots", "drone operators", "airlines", "airport operators", "aviation inspectors"]),
    domain!("Rail", ["rail franchise payment", "level crossing inspection", "station accessibility audit", "rail freight path", "track access application", "rail safety report"], ["train operators", "station staff", "rail engineers", "freight operators", "rail passengers"]),
    domain!("Roads", ["driving licence|driver licence", "driving test booking", "vehicle tax payment", "vehicle registration certificate|logbook", "MOT record", "road defect report", "penalty charge notice"], ["drivers", "vehicle keepers", "driving instructors", "motor traders", "garages"]),
    domain!("Water", ["water quality sample", "drinking water complaint", "reservoir safety inspection", "drought permit", "sewer overflow report", "water company return"], ["water companies", "reservoir undertakers", "inspectors", "customers", "environmental scientists"]),
    domain!("Food Safety", ["food business registration", "food hygiene rating", "food alert|food recall", "allergen complaint", "meat plant inspection", "import health certificate"], ["food businesses", "environmental health officers", "consumers", "meat inspectors", "importers"]),
    domain!("Veterinary", ["veterinary medicine authorisation", "animal disease report", "pet travel certificate", "zoo licence", "animal welfare inspection"], ["vets", "pet owners", "zoo operators", "animal keepers", "veterinary inspectors"]),
    domain!("Medicines", ["medicine licence|marketing authorisation", "clinical trial application", "adverse reaction report|yellow card report", "medical device registration", "pharmacy inspection"], ["pharmaceutical companies", "clinicians", "patients", "device manufacturers", "pharmacy inspectors"]),
    domain!("Prisons", ["prisoner transfer", "release plan", "prison maintenance request", "offender education record", "prisoner money account", "visitor approval"], ["prison officers", "prisoners", "offender managers", "prison governors", "families of prisoners"]),
    domain!("Probation", ["community sentence order", "unpaid work placement", "approved premises referral", "risk assessment|offender risk assessment", "electronic monitoring order"], ["probation practitioners", "people on probation", "sentencers", "approved premises staff", "partner agencies"]),
    domain!("Children", ["childcare account|tax-free childcare account", "adoption application", "fostering approval", "child maintenance case", "early years funding claim", "children's centre referral"], ["parents", "foster carers", "childminders", "social workers", "nursery providers"]),
    domain!("Veterans", ["veterans card application", "war pension claim", "medal application", "armed forces compensation claim", "resettlement grant"], ["veterans", "service leavers", "bereaved families", "veterans' charities", "welfare officers"]),
    domain!("Charities", ["charity registration", "charity annual return", "serious incident report", "trustee eligibility check", "gift aid claim"], ["charity trustees", "charities", "donors", "case officers", "fundraisers"]),
    domain!("Elections", ["postal vote application", "voter ID certificate", "candidate nomination", "political donation report", "polling station allocation"], ["voters", "electoral administrators", "candidates", "political parties", "returning officers"]),
    domain!("Equalities", ["gender pay gap report", "discrimination complaint", "accessibility statement", "equality impact assessment"], ["employers", "public bodies", "complainants", "equality advisers", "disabled people"]),
    domain!("Gambling", ["gambling operator licence", "self-exclusion registration", "lottery return", "gambling complaint"], ["gambling operators", "players", "licensing officers", "lottery operators"]),
    domain!("Broadcasting", ["broadcasting licence", "spectrum licence", "broadcast complaint", "TV licence payment", "radio station application"], ["broadcasters", "viewers", "spectrum users", "licence fee payers", "radio operators"]),
    domain!("Telecoms", ["broadband voucher", "mast planning notice", "telecoms outage report", "numbering allocation", "rural connectivity grant"], ["broadband providers", "rural communities", "network operators", "telecoms engineers", "local councils"]),
    domain!("Procurement", ["supplier registration", "tender notice", "framework agreement", "contract award|contract award notice", "supplier performance review"], ["suppliers", "buyers", "commercial teams", "small businesses", "contract managers"]),
    domain!("Treasury", ["spending review bid", "public body budget return", "grant funding agreement", "investment appraisal", "asset register entry"], ["finance directors", "spending teams", "public bodies", "analysts", "auditors"]),
    domain!("Foreign Affairs", ["emergency travel document", "consular assistance case", "overseas birth registration", "diplomatic visa", "travel advice alert"], ["British nationals abroad", "consular staff", "embassy staff", "travellers", "diplomats"]),
    domain!("International Development", ["aid programme grant", "humanitarian response fund", "development project report", "partner due diligence check"], ["delivery partners", "programme managers", "NGOs", "country offices", "evaluators"]),
    domain!("Weather", ["severe weather warning", "weather observation", "climate data request", "marine forecast", "aviation weather briefing"], ["forecasters", "emergency planners", "pilots", "mariners", "data users"]),
    domain!("Nuclear", ["radioactive waste consignment", "nuclear safeguards report", "site security inspection", "radiation dose record"], ["site licensees", "nuclear inspectors", "radiation workers", "transport operators"]),
    domain!("Mining", ["mineral extraction licence", "coal mining report|mining subsidence claim", "quarry inspection", "mine water discharge permit"], ["mine operators", "quarry owners", "homeowners", "mining engineers", "inspectors"]),
];

macro_rules! activity {
    ([$($n:expr),* $(,)?], $g:expr, [$($c:expr),* $(,)?], [$($p:expr),* $(,)?]) => {
        Activity { names: &[$($n),*], generic: $g, capabilities: &[$($c),*], purposes: &[$($p),*] }
    };
}

#[rustfmt::skip]
pub static ACTIVITIES: &[Activity] = &[
    activity!(["Apply for {a}", "{o} applications", "Online {o} application service", "{o} application portal"], "Online application service", ["online forms", "payments", "eligibility checking"], ["Lets {u} apply for {a} online, with the evidence uploaded in the same journey.", "An online route for {u} to submit {o} applications instead of paper forms.", "Digital application service for {a}, used by {u} to apply, pay and track progress."]),
    activity!(["{o} register", "National {o} register", "{o} registry"], "Register", ["registers", "search", "data sharing"], ["Keeps the authoritative register of every {o}, searchable by {u}.", "A single national record of {o} details that {u} can look up and update.", "Holds and publishes {o} data as the master register used by {u}."]),
    activity!(["{o} case management system", "{o} casework platform", "Casework system for {o} cases"], "Case management system", ["case management", "workflow", "document management"], ["Caseworkers use it to manage each {o} case from receipt to decision for {u}.", "Replaces case handling on spreadsheets with a workflow tool that tracks every {o} case.", "A casework tool that allocates, tracks and records decisions on {o} cases for {u}."]),
    activity!(["Book {a} appointment", "{o} appointment booking", "{o} booking service"], "Appointment booking service", ["booking", "scheduling", "notifications"], ["Lets {u} book, move and cancel {o} appointments online and sends reminders.", "Online booking of {o} appointments for {u}, replacing phone booking.", "A scheduling service where {u} choose a slot for their {o} and get reminders."]),
    activity!(["Pay for {a}", "{o} payments", "{o} fee collection service"], "Payments service", ["payments", "refunds", "reconciliation"], ["Takes card and direct debit payments from {u} for each {o} and reconciles them automatically.", "Lets {u} pay {o} fees online, with refunds and reconciliation in the same service.", "Collects {o} fees online and matches payments to accounts without manual keying."]),
    activity!(["{o} inspections app", "Mobile {o} inspection tool", "{o} inspection and compliance system"], "Inspections app", ["inspections", "mobile working", "compliance"], ["Inspectors record {o} inspections on tablets in the field and sync findings to the office.", "A mobile tool for planning and recording {o} inspections, with photos and offline working.", "Schedules {o} inspections, records outcomes and follows up non-compliance with {u}."]),
    activity!(["{o} data platform", "{o} analytics and reporting", "{o} management information dashboard"], "Data and analytics platform", ["analytics", "reporting", "data sharing"], ["Brings {o} data into one platform so analysts can report on trends for {u}.", "Dashboards and reporting on {o} volumes and outcomes for managers and {u}.", "An analytics platform joining {o} data from several systems for performance reporting."]),
    activity!(["{o} reminders and alerts", "{o} notification service", "Text and email alerts for {o} changes"], "Notifications service", ["notifications", "email", "text messaging"], ["Sends {u} text and email reminders about their {o}, replacing printed letters.", "Notifies {u} by email and text when their {o} changes or needs action.", "An alerts service that tells {u} about {o} deadlines and decisions."]),
    activity!(["Renew {a}", "{o} renewals online", "Online {o} renewal"], "Online renewals service", ["online forms", "payments", "notifications"], ["Lets {u} renew {a} online in minutes, with reminders before it expires.", "An online renewal route for {o} holders, replacing the paper renewal pack.", "Online renewal of {a} for {u}, with payment and confirmation by email."]),
    activity!(["{o} complaints handling", "Complaints about {o} decisions", "{o} complaints and redress system"], "Complaints system", ["complaints handling", "case management", "reporting"], ["Logs, allocates and tracks complaints from {u} about {o} decisions through to resolution.", "A complaints tool for {o} cases with escalation, redress payments and reporting.", "Records complaints about {o} handling and tracks responses against target times."]),
    activity!(["{o} grant scheme portal", "{o} grants management", "Online {o} grant applications"], "Grants management system", ["grants management", "payments", "eligibility checking"], ["Runs the {o} grant scheme end to end: applications from {u}, assessment, award and payment.", "A grants system for {o} funding, from eligibility checks to payment and monitoring.", "Lets {u} apply for {o} funding and lets officers assess, award and monitor grants."]),
    activity!(["Check eligibility for {a}", "{o} eligibility checker", "{o} eligibility calculator"], "Eligibility checker", ["eligibility checking", "online forms"], ["A short online checker that tells {u} whether they qualify for {a} before they apply.", "Helps {u} find out if they are eligible for {a}, cutting ineligible applications.", "An eligibility calculator for {o} that explains the rules in plain English to {u}."]),
    activity!(["{o} records digitisation", "Digitising {o} paper records", "{o} document scanning"], "Records digitisation", ["document management", "scanning", "records management"], ["Scans and indexes paper {o} files so staff can find them online.", "Digitises the backlog of {o} paper records into the document management system.", "Moves {o} records from paper archives to searchable digital storage."]),
    activity!(["{o} identity checks", "Verify identity for {o} applicants", "{o} identity verification"], "Identity verification service", ["identity verification", "fraud detection"], ["Checks the identity of {u} applying for {a} online against trusted sources.", "Online identity verification for {o} applicants, so {u} need not post documents.", "Confirms who {u} are before any {o} decision, reducing impersonation fraud."]),
    activity!(["{o} fraud detection", "{o} fraud and error analytics", "Counter-fraud checks for {o}"], "Fraud detection analytics", ["fraud detection", "analytics", "data matching"], ["Uses data matching to flag suspicious {o} claims for investigation.", "Analytics that score {o} cases for fraud and error risk before payment.", "Finds fraud in {o} cases by matching against other government data."]),
    activity!(["{o} appeals service", "Appeal {a} decision", "{o} appeals casework"], "Appeals service", ["appeals", "case management", "document management"], ["Lets {u} appeal a {o} decision online and track the appeal to a hearing.", "Handles appeals against {o} decisions, from lodging to hearing and outcome.", "An appeals process for {o} decisions with evidence upload and hearing scheduling."]),
    activity!(["{o} map viewer", "{o} geospatial mapping", "Map of {o} locations"], "Map viewer", ["geospatial", "mapping", "open data"], ["Shows every {o} on an interactive map for {u} and planners.", "A geospatial service that plots {o} locations and lets {u} search by area.", "Mapping of {o} data with spatial analysis for officers and {u}."]),
    activity!(["{o} chatbot", "Virtual assistant for {o} enquiries", "{o} webchat"], "Chatbot", ["chatbot", "webchat", "contact centre"], ["A virtual assistant answering common {o} questions from {u} around the clock.", "Webchat and chatbot for {o} enquiries, handing over to an adviser when needed.", "Answers routine questions from {u} about {a} automatically to reduce calls."]),
    activity!(["{o} contact centre telephony", "{o} helpline system", "{o} contact centre"], "Contact centre system", ["contact centre", "telephony", "case management"], ["Cloud telephony and call routing for the {o} helpline used by {u}.", "Replaces the {o} helpline's phone system with a cloud contact centre.", "Handles calls and emails from {u} about {o} with call recording and queue reporting."]),
    activity!(["{o} API", "{o} data sharing API", "{o} data exchange"], "Data sharing API", ["APIs", "data sharing", "integration"], ["An API that lets {u} and other systems read and update {o} data securely.", "Shares {o} data with partner organisations through a documented API.", "A data exchange for {o} records between the department and {u}."]),
    activity!(["{o} system replacement", "Replacing the {o} legacy system", "{o} platform modernisation"], "Legacy system replacement", ["legacy replacement", "cloud hosting", "data migration"], ["Replaces the ageing {o} system with a supported cloud platform and migrates its data.", "Moves {o} processing off an unsupported legacy system onto modern cloud services.", "Modernises the {o} platform, retiring the old system and its manual workarounds."]),
    activity!(["{o} online account", "Manage your {o} online", "{o} self-service portal"], "Online account", ["accounts", "identity verification", "online forms"], ["An online account where {u} see and manage their {o} and update details.", "Self-service for {u} to view {o} details, make changes and download documents.", "Gives {u} one place online to manage their {o} without phoning."]),
    activity!(["{o} demand forecasting", "{o} forecasting model", "{o} modelling and forecasting"], "Forecasting model", ["analytics", "forecasting", "modelling"], ["Forecasts {o} demand so teams can plan staffing and budgets.", "A statistical model projecting {o} volumes for planning and spending bids.", "Models future {o} demand by area to guide resourcing."]),
    activity!(["{o} open data", "Publish {o} statistics", "{o} open data publication"], "Open data publication", ["open data", "publishing", "statistics"], ["Publishes {o} data openly so researchers and {u} can reuse it.", "Regular publication of {o} statistics as open data with an API.", "Makes {o} data available to the public in open formats."]),
    activity!(["{o} licensing system", "{o} permits and licensing", "{o} licence management"], "Licensing system", ["licensing", "online forms", "payments"], ["Issues, varies and revokes {o} licences and keeps the licence record for {u}.", "Manages the {o} licensing process from application to renewal and enforcement.", "A licensing system for {o} with online applications from {u} and officer decisions."]),
    activity!(["Track {a}", "{o} tracking service", "{o} progress tracker"], "Progress tracker", ["tracking", "notifications"], ["Lets {u} track the progress of their {o} online instead of calling.", "Shows {u} where their {o} is in the process and what happens next.", "A tracker for {o} status with updates by email and text."]),
    activity!(["Report {a}", "{o} reporting service", "Online {o} reporting"], "Online reporting service", ["online forms", "incident reporting", "case management"], ["Lets {u} report {a} online, routing each report to the right team.", "An online reporting form for {o} with automatic triage and acknowledgement.", "Collects {o} reports from {u} online and passes them to caseworkers."]),
    activity!(["{o} e-learning for {u}", "{o} training portal", "{o} learning platform"], "Learning platform", ["learning management", "content management"], ["Online training on {o} rules and processes for {u}, with completion tracking.", "A learning platform with courses on {o} handling and records of completion.", "E-learning modules that train {u} on {o} procedures."]),
    activity!(["{o} user feedback", "{o} satisfaction survey", "{o} feedback collection"], "Feedback and survey tool", ["surveys", "feedback", "analytics"], ["Collects feedback from {u} about the {o} service and reports satisfaction.", "A survey tool asking {u} about their {o} experience after each transaction.", "Gathers and analyses feedback from {u} on {o} to improve the service."]),
    activity!(["{o} scheduling for {u}", "{o} visit scheduling", "{o} workforce scheduling"], "Workforce scheduling", ["scheduling", "mobile working", "workforce management"], ["Plans and allocates {o} visits to field staff, with routes and rotas.", "Schedules staff to {o} work by skills, location and priority.", "A rota and scheduling tool for {o} field work."]),
];

/// Descriptions' second sentence: what the effort replaces.
#[rustfmt::skip]
pub static LEGACY: &[&str] = &[
    "It replaces paper forms and manual keying.",
    "It replaces a mainframe system that is out of support.",
    "It replaces shared spreadsheets kept by regional teams.",
    "It replaces requests by email and phone.",
    "It replaces three separate regional systems.",
    "It replaces a supplier contract that ends next year.",
    "It replaces manual checks by caseworkers.",
    "It replaces an Access database built in-house.",
    "It replaces a bespoke system nobody can now change.",
    "It replaces posted letters and a paper diary.",
    "It replaces a desktop application installed in every office.",
    "It replaces a call-centre-only process.",
];

/// Descriptions' third sentence: what it is for.
#[rustfmt::skip]
pub static BENEFITS: &[&str] = &[
    "The aim is to cut processing times from weeks to days.",
    "The aim is to reduce calls to the helpline.",
    "The aim is to improve data quality and reduce rework.",
    "The aim is to meet new statutory reporting duties.",
    "The aim is to save staff time on routine checks.",
    "The aim is to give managers a live view of backlogs.",
    "The aim is to make the service accessible to everyone.",
    "The aim is to reduce fraud and error losses.",
    "The aim is to retire licence costs for the old product.",
    "The aim is to let other teams reuse the same component.",
    "The aim is to clear the backlog built up since 2020.",
    "The aim is to support a policy change announced in the budget.",
    "The aim is to move the service to cloud hosting.",
    "The aim is to share data once instead of asking users again.",
];

/// Anchor sentences naming a place.
#[rustfmt::skip]
pub static PLACE_SENTENCES: &[&str] = &[
    "Piloting in {p} first.",
    "Covers {p} and neighbouring districts.",
    "Run from the {p} office.",
    "Starting with users in {p}.",
];

/// Qualifiers that narrow an object ("temporary drought permit", "overseas visa application").
#[rustfmt::skip]
pub static QUALIFIERS: &[&str] = &[
    "temporary", "emergency", "commercial", "domestic", "overseas", "youth", "rural", "urban",
    "regional", "cross-border", "seasonal", "priority", "bulk", "replacement", "joint",
    "specialist", "annual", "interim", "provisional", "historic", "small-scale", "high-risk",
    "multi-site", "community", "fast-track", "group", "standard", "enhanced",
];

/// Aspects of an object that an effort may be about ("permit variation", "licence transfer").
#[rustfmt::skip]
pub static ASPECTS: &[&str] = &[
    "renewal", "variation", "transfer", "exemption", "suspension", "amendment", "cancellation",
    "extension", "review", "backlog", "verification", "enforcement",
];

/// Words that writers swap for one another; each description picks its own. None of them
/// occurs in an object, qualifier, aspect or user group, which must survive intact.
#[rustfmt::skip]
pub static SYNONYMS: &[&[&str]] = &[
    &["lets", "allows", "enables"],
    &["online", "digitally", "over the web"],
    &["tracks", "monitors"],
    &["manages", "handles", "runs"],
    &["tool", "system", "solution"],
    &["replacing", "retiring", "superseding"],
    &["automatically", "with no manual steps", "without rekeying"],
    &["sends", "issues"],
    &["shows", "displays"],
    &["checks", "validates", "verifies"],
    &["collects", "gathers"],
    &["publishes", "releases"],
    &["documents", "files", "paperwork"],
    &["questions", "queries"],
    &["enquiries", "queries", "contacts"],
    &["appointments", "bookings"],
    &["phone", "telephone"],
    &["fees", "charges"],
    &["process", "procedure"],
    &["trends", "patterns"],
    &["reminders", "prompts"],
        &["cut", "reduce"],
    &["improve", "raise", "strengthen"],
    &["find", "locate"],
    &["update", "amend"],
    &["cases", "files"],
    &["decisions", "determinations", "outcomes"],
    ];

/// Themes of cross-government programmes ("the {place} {theme} Programme").
#[rustfmt::skip]
pub static PROGRAMME_THEMES: &[&str] = &[
    "Coastal Resilience", "Digital Inclusion", "Levelling Up", "Net Zero Estates", "Shared Services",
    "Border Modernisation", "Flood Recovery", "Growth Deal", "Health Inequalities", "Rural Connectivity",
    "Town Regeneration", "Freeport", "Cost of Living", "Data Sharing", "Family Hubs",
    "Skills Accelerator", "Clean Air", "Safer Streets", "Housing Recovery", "Green Transport",
    "Tourism Recovery", "Innovation Cluster", "Youth Futures", "Ageing Well", "Community Safety",
    "Water Security", "Smart Ports", "Heritage Renewal", "Energy Transition", "Food Resilience",
];

/// Fictional place names: a first part and a last part, joined ("Ashford", "Kingsmoor").
#[rustfmt::skip]
pub static PLACE_HEADS: &[&str] = &[
    "Ash", "Oak", "Elm", "Thorn", "Bram", "Kings", "Queens", "Stan", "Ald", "Bar", "Hal", "Mar",
    "Wen", "Brad", "Chel", "Dun", "Fair", "Glen", "Hart", "Hol", "Kirk", "Lang", "Mill", "Nor",
    "Pen", "Red", "Rother", "Salt", "Shep", "Stoke", "Sut", "Tam", "Upton", "Wal", "Wood", "Yar",
    "Black", "Brook", "Castle", "Cold",
];
#[rustfmt::skip]
pub static PLACE_TAILS: &[&str] = &[
    "ford", "ton", "bury", "field", "ham", "wick", "mouth", "bridge", "moor", "dale", "stead",
    "worth", "by", "minster", "chester", "well", "gate", "haven", "combe", "cliffe",
];

/// Project codenames.
#[rustfmt::skip]
pub static CODENAMES: &[&str] = &[
    "Kestrel", "Heron", "Osprey", "Curlew", "Merlin", "Kingfisher", "Lapwing", "Skylark", "Plover",
    "Avocet", "Bittern", "Dunlin", "Egret", "Fulmar", "Gannet", "Goshawk", "Harrier", "Jackdaw",
    "Linnet", "Nightjar", "Oriole", "Peregrine", "Redstart", "Sandpiper", "Shearwater", "Siskin",
    "Swift", "Tern", "Wagtail", "Wren", "Badger", "Otter", "Marten", "Stoat", "Hare", "Lynx",
    "Beacon", "Granite", "Quartz", "Basalt", "Cobalt", "Flint", "Jasper", "Onyx", "Slate", "Topaz",
    "Amber", "Cedar", "Hazel", "Juniper", "Larch", "Rowan", "Willow", "Yew", "Aspen", "Alder",
    "Severn", "Trent", "Tamar", "Wye", "Tay", "Dee", "Ouse", "Avon", "Exe", "Test",
];

/// Extra capabilities an effort may mention beyond its activity's own.
#[rustfmt::skip]
pub static EXTRA_CAPABILITIES: &[&str] = &[
    "notifications", "payments", "identity verification", "document management", "reporting",
    "search", "address lookup", "workflow", "online forms", "data sharing", "analytics",
    "geospatial", "APIs", "records management", "scheduling", "accessibility", "audit trail",
];

/// Technologies, products and suppliers.
#[rustfmt::skip]
pub static TECHNOLOGIES: &[&str] = &[
    "AWS", "Azure", "Google Cloud", "Salesforce", "Microsoft Dynamics 365", "ServiceNow", "Java",
    ".NET", "Python", "Node.js", "Ruby on Rails", "PostgreSQL", "Oracle", "SQL Server", "SAP",
    "Snowflake", "Databricks", "Esri ArcGIS", "Pega", "Appian", "Power BI", "Tableau", "Kubernetes",
    "Elasticsearch", "MongoDB", "Amazon Connect", "Genesys", "Twilio", "Drupal", "WordPress",
    "Microsoft SharePoint", "Liferay", "OutSystems", "Mendix", "Kafka", "Terraform",
];

#[rustfmt::skip]
pub static FIRST_NAMES: &[&str] = &[
    "Aisha", "Alan", "Amara", "Andrew", "Anita", "Ben", "Bronwen", "Callum", "Chen", "Chloe",
    "Daniel", "Deepa", "Eilidh", "Emma", "Farah", "Fiona", "Gareth", "Grace", "Hamid", "Hannah",
    "Ian", "Imogen", "Jack", "Jasmine", "Kwame", "Kate", "Liam", "Lucy", "Mohammed", "Megan",
    "Niamh", "Nikhil", "Olivia", "Owen", "Priya", "Paul", "Rhys", "Ruth", "Samir", "Sarah",
    "Tariq", "Tom", "Usha", "Victoria", "Wei", "William", "Yusuf", "Zara", "Catriona", "Declan",
];
#[rustfmt::skip]
pub static LAST_NAMES: &[&str] = &[
    "Adams", "Ahmed", "Bailey", "Begum", "Brennan", "Campbell", "Chowdhury", "Clarke", "Davies",
    "Edwards", "Evans", "Fraser", "Gill", "Green", "Hughes", "Hussain", "Jones", "Kaur", "Kelly",
    "Khan", "Lewis", "MacLeod", "Mensah", "Morgan", "Murphy", "Nowak", "Okafor", "Osei", "Patel",
    "Phillips", "Price", "Quinn", "Rahman", "Reid", "Roberts", "Robinson", "Shah", "Singh",
    "Smith", "Taylor", "Thomas", "Turner", "Walker", "Watson", "White", "Williams", "Wilson",
    "Wood", "Wright", "Young",
];
#[rustfmt::skip]
pub static ROLES: &[&str] = &[
    "Head of Digital", "Service Owner", "Product Manager", "Deputy Director, Digital",
    "Programme Director", "Senior Responsible Owner", "Delivery Manager", "Chief Technology Officer",
    "Head of Data", "Head of Service Design",
];

/// Department name patterns: `{t}` is the domain title, `{s}` a second subject.
#[rustfmt::skip]
pub static DEPARTMENT_PATTERNS: &[&str] = &[
    "Ministry of {t}", "Department for {t}", "Department of {t}", "{t} Agency", "National {t} Agency",
    "{t} Authority", "Office for {t}", "{t} Inspectorate", "National {t} Service", "{t} Commission",
    "{t} Standards Agency", "{t} Board", "Ministry of {t} and {s}", "Department for {t} and {s}",
    "{t} and {s} Agency", "Office of {t} and {s}",
];

/// Second subjects for department names.
#[rustfmt::skip]
pub static SECOND_SUBJECTS: &[&str] = &[
    "Skills", "Standards", "Regulation", "Investment", "Resilience", "Innovation", "Communities",
    "Enterprise", "Safety", "Infrastructure", "Wellbeing", "Growth", "Security", "Development",
    "Inclusion", "Services",
];

/// Small words left out of acronyms and initials.
#[rustfmt::skip]
pub static MINOR_WORDS: &[&str] = &["a", "an", "and", "for", "of", "the", "to", "in", "on", "with", "by", "your"];
