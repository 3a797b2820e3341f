#!/usr/bin/env python3
"""Generate the fictional sample catalogues used to demo and measure `overlap`.

Everything here is invented: the government, its departments, people, e-mail
domains, record ids, budgets and dates.  The efforts are hand-written below as
Python data (one line per effort); this script only lays them out the way real
departments' spreadsheet exports look (different headers, column orders, date
and money formats, encodings) and writes three monthly periods:

    2026-10/   previous month (fewer efforts, some earlier phases, one
               Windows-1252 file and one semicolon-delimited file)
    2026-11/   the reference month (truth.csv and the planted invalid rows)
    2026-12/   next month (renames, renumbering, retirements, additions)

plus truth.csv, CHANGES-2026-12.csv and README.md.

Standard library only, deterministic (fixed seeds, no clock).  Run:

    python3 sample-data/make_sample.py

Running it twice gives byte-identical files.

Effort line format (inside the department blocks):

    flags | name | kind | phase | user groups | capabilities | description [| technologies]

flags:  "-" or space-separated tokens
        Gnn   member of planted overlap group nn (see GROUPS)
        Dn    member of an overlap group that first appears in 2026-12
        HNn   one side of hard negative n (looks alike, is NOT an overlap)
        new   first appears in 2026-11 (absent from 2026-10)
        dec   first appears in 2026-12
        oct=PHASE  phase in 2026-10 (moved on by one step in 2026-11)
kind:   P project, S service, PL platform, C contract
"""

import csv
import datetime as dt
import io
import os
import random

SEED = 20261101
HERE = os.path.dirname(os.path.abspath(__file__))
PERIODS = ["2026-10", "2026-11", "2026-12"]
PHASES = ["discovery", "alpha", "beta", "live", "retiring", "retired"]
KINDS = {"P": "project", "S": "service", "PL": "platform", "C": "contract"}

# ---------------------------------------------------------------------------
# Planted overlap groups (2026-11).  kind applies to every pair of the group
# unless overridden for a pair of department slugs.
# ---------------------------------------------------------------------------
GROUPS = {
    "G01": ("Grants management", "shared_capability", {("dchs", "mhlc"): "same_name"}),
    "G02": ("Ministerial correspondence", "same_name", {}),
    "G03": ("Desk booking", "same_name", {}),
    "G04": ("Contract management", "same_name", {}),
    "G05": ("Accessibility testing", "same_name", {}),
    "G06": ("Open data portal", "same_name", {}),
    "G07": ("Digital identity and sign-in", "reworded", {}),
    "G08": ("Contact centre telephony", "reworded", {}),
    "G09": ("Staff learning platform", "reworded", {}),
    "G10": ("Geospatial data infrastructure", "reworded", {}),
    "G11": ("Supplier assurance and onboarding", "reworded", {}),
    "G12": ("Digital ministerial submissions", "reworded", {}),
    "G13": ("Digital evidence sharing", "reworded", {}),
    "G14": ("Casework platform (CMS)", "acronym", {}),
    "G15": ("Freedom of Information requests", "acronym", {("mnd", "nrcs"): "reworded"}),
    "G16": ("Parliamentary questions", "acronym", {}),
    "G17": ("Document and records management", "shared_capability", {("dot", "hao"): "acronym"}),
    "G18": ("Subject access requests", "acronym", {}),
    "G19": ("Robotic process automation", "acronym", {}),
    "G20": ("Appointment booking", "shared_capability",
            {("dvra", "mhc"): "typo", ("hao", "mhc"): "typo", ("dvra", "hao"): "typo"}),
    "G21": ("Stakeholder relationship management", "typo", {}),
    "G22": ("Recruitment applicant tracking", "typo", {}),
    "G23": ("Data protection impact assessments", "typo", {}),
    "G24": ("Corporate risk register", "typo", {}),
    "G25": ("Complaints handling", "shared_capability", {}),
    "G26": ("HR and payroll", "shared_capability", {}),
    "G27": ("Chatbots and virtual assistants", "shared_capability", {}),
    "G28": ("Data platform", "shared_capability", {}),
    "G29": ("Online payments", "shared_capability", {}),
    "G30": ("Notifications (text, email, letter)", "shared_capability", {}),
    "G31": ("Address lookup and matching", "shared_capability", {}),
    "G32": ("Security operations centre", "shared_capability", {("hao", "mjc"): "acronym"}),
    "G33": ("Job vacancy listings", "shared_capability", {}),
    "G34": ("Scanning and data capture of paper post", "shared_capability", {("dvra", "mjc"): "typo"}),
    "G35": ("Debt recovery and payment plans", "shared_capability", {}),
}
# Groups that first appear in 2026-12 (not in truth.csv, which is for 2026-11).
DEC_GROUPS = {
    "D1": ("Vulnerable customers / reasonable adjustments register", "reworded", {}),
    "D2": ("Interpreter and translation booking", "reworded", {}),
}
HARD_NEGATIVES = {
    "HN1": "Fleet Management: naval ship maintenance (defence) vs enforcement and field vans (environment)",
    "HN2": "Court Booking: courtroom and hearing listing (justice) vs Sports Court Booking for community sports halls (culture)",
    "HN3": "CMS: web content management (education) and Child Maintenance Service (pensions) vs the Case Management System (CMS) overlap group",
    "HN4": "Licensing: goods vehicle operator licensing (transport) vs vehicle tax and registration licensing (vehicle agency)",
    "HN5": "Pensions: State Pension forecasts (pensions) vs armed forces pension calculator (defence)",
    "HN6": "Operations centres: military cyber operations (defence) vs corporate security operations centres",
    "HN7": "Register updates: land title changes (land registry) vs vehicle registration certificate changes (vehicle agency)",
    "HN8": "Results services: school exam results (education) vs driving test results (vehicle agency)",
}

# ---------------------------------------------------------------------------
# Departments: how each one's export looks.
#   headers: canonical column -> header text as exported
#   order:   column order in the file
#   dates:   "iso" (2026-11-01) or "uk" (01/11/2026)
#   money:   "plain" (1200000), "short" (£1.2m / £350k), "commas" (1,200,000)
# ---------------------------------------------------------------------------
CANON = ["department", "record_id", "name", "description", "kind", "phase",
         "user_groups", "capabilities", "technologies", "start_date", "end_date",
         "budget_gbp", "owner", "contact_email"]
TITLE = {"department": "Department", "record_id": "Record ID", "name": "Name",
         "description": "Description", "kind": "Kind", "phase": "Phase",
         "user_groups": "User Groups", "capabilities": "Capabilities",
         "technologies": "Technologies", "start_date": "Start Date",
         "end_date": "End Date", "budget_gbp": "Budget (£)", "owner": "Owner",
         "contact_email": "Contact Email"}
SPREADSHEET = dict(TITLE, department="Dept", name="Project Name",
                   description="Description / Aims")

DEPTS = {
    "mhc": dict(
        name="Ministry of Health and Care", domain="health.gov.example",
        ids="MHC-{seq:04d}", seq0=14, headers={}, order=CANON,
        dates="iso", money="plain", newshare=0.07, crlf=False, quote_all=False,
        blank=dict(tech=0.15, end=0.5, budget=0.08, owner=0.03),
        tech=["Azure", "AWS", "FHIR R4", "HL7 v2", "SNOMED CT", "Power BI", "Databricks",
              "Salesforce", "ServiceNow", "Java", ".NET", "Python", "PostgreSQL", "GOV Notify API",
              "MESH messaging", "Spine integration", "Microsoft Dynamics 365", "Tableau"],
        owners=[("Priya Shah", "Deputy Director Digital"), ("Tom Haworth", "Head of Patient Services"),
                ("Dr Aisha Bello", "Chief Clinical Information Officer"), ("Gareth Lloyd", "Service Owner, Screening"),
                ("Helen McAllister", "Director of Data and Analytics"), ("Kwame Mensah", "Product Lead, Workforce"),
                ("Siân Griffiths", "Head of Social Care Digital"), ("Robert Tan", "Programme Director, Urgent Care")],
        mailbox="digital.portfolio"),
    "des": dict(
        name="Department for Education and Skills", domain="education.gov.example",
        ids="DES/{yy:02d}/{seq:03d}", seq0=3, headers=SPREADSHEET,
        order=CANON, dates="uk", money="short", newshare=0.06, crlf=True, quote_all=False,
        blank=dict(tech=0.25, end=0.45, budget=0.1, owner=0.05),
        tech=["Ruby on Rails", "GOV.UK-style design system", "Azure", "Dynamics 365", "SQL Server",
              "Power BI", "Azure Data Factory", "Python", "Salesforce", "SharePoint Online", "Sitecore",
              "Contentful", "Jira", "GOV Notify API"],
        owners=[("Fiona Drummond", "Deputy Director, Digital and Technology"), ("James Okafor", "Head of Schools Data"),
                ("Rachel Stein", "Service Owner, Teacher Services"), ("Daniel Whitcombe", "Head of Student Finance Digital"),
                ("Zoë Clarke", "Product Manager, Skills"), ("Imran Qureshi", "Head of Children's Services Data"),
                ("Lucy Barnard", "Knowledge and Information Manager")],
        mailbox="digital.enquiries"),
    "dep": dict(
        name="Department for Employment and Pensions", domain="dep.gov.example",
        ids="DEP/{yyyy}/{seq:03d}", seq0=41, headers=TITLE,
        order=["record_id", "name", "department", "phase", "kind", "description", "user_groups",
               "capabilities", "technologies", "owner", "contact_email", "start_date", "end_date",
               "budget_gbp"],
        dates="uk", money="commas", newshare=0.08, crlf=True, quote_all=True,
        blank=dict(tech=0.1, end=0.55, budget=0.05, owner=0.02),
        tech=["AWS", "Java", "Kotlin", "Node.js", "MongoDB", "PostgreSQL", "Kafka", "Genesys Cloud",
              "Pega", "Salesforce", "Databricks", "Tableau", "Python", "Oracle", "SAP", "IBM mainframe",
              "GOV Notify API", "Kubernetes"],
        owners=[("Mark Donnelly", "Director, Working Age Benefits Digital"), ("Grace Adeyemi", "Deputy Director, Pensions Digital"),
                ("Neil Fairbairn", "Head of Fraud and Error Analytics"), ("Charlotte Rowe", "Service Owner, Jobcentre Services"),
                ("Arjun Patel", "Chief Data Officer"), ("Bethan Hughes", "Head of Customer Experience"),
                ("Steven Marsh", "Head of Disability Services Digital"), ("Olivia Grant", "Product Lead, Child Maintenance")],
        mailbox="digital.collaboration"),
    "nrcs": dict(
        name="National Revenue and Customs Service", domain="revenue.gov.example",
        ids="R{seq:04d}", seq0=112, headers={},
        order=["record_id", "department", "name", "description", "phase", "kind", "capabilities",
               "user_groups", "technologies", "budget_gbp", "start_date", "end_date", "owner",
               "contact_email"],
        dates="iso", money="commas", newshare=0.07, crlf=False, quote_all=False,
        blank=dict(tech=0.2, end=0.5, budget=0.12, owner=0.04),
        tech=["AWS", "Scala", "Play Framework", "MongoDB", "Java", "Oracle", "SAP", "Pega",
              "Blue Prism", "UiPath", "Genesys Cloud", "Microsoft Dynamics 365", "Python",
              "Spark", "Tableau", "Kafka", "IBM mainframe"],
        owners=[("Alison Carver", "Chief Digital and Information Officer"), ("Rhys Morgan", "Director, Customer Services Digital"),
                ("Nadia Rahman", "Head of Risk and Intelligence Analytics"), ("Peter Lindqvist", "Deputy Director, Customs Digital"),
                ("Joanna Kowalski", "Service Owner, Self Assessment"), ("Ben Ashworth", "Head of Automation"),
                ("Hannah Lee", "Head of Information Rights"), ("Callum Fraser", "Head of Estates and Workplace Technology")],
        mailbox="cdio.portfolio"),
    "mjc": dict(
        name="Ministry of Justice and Courts", domain="justice.gov.example",
        ids="MJC-J-{seq:04d}", seq0=17, headers=SPREADSHEET, order=CANON,
        dates="uk", money="plain", newshare=0.07, crlf=True, quote_all=False,
        blank=dict(tech=0.2, end=0.5, budget=0.1, owner=0.03),
        tech=["Azure", "AWS", "Ruby on Rails", "Java", ".NET", "Microsoft Dynamics 365", "Common Platform",
              "Kubernetes", "PostgreSQL", "Power BI", "Twilio", "Kinly video", "Python", "SharePoint Online"],
        owners=[("Catherine Osei", "Director of Justice Digital"), ("Liam Doherty", "Service Owner, Civil and Family Courts"),
                ("Ruth Abernethy", "Deputy Director, Prisons Technology"), ("Samuel Idowu", "Head of Probation Digital"),
                ("Eleanor Price", "Head of Legal Aid Digital"), ("Vikram Nair", "Head of Tribunals Services"),
                ("Moira Campbell", "Chief Information Security Officer")],
        mailbox="justice.digital"),
    "hao": dict(
        name="Home Affairs Office", domain="homeaffairs.gov.example",
        ids="HAO-{seq:04d}", seq0=7, headers={}, order=CANON,
        dates="iso", money="short", newshare=0.06, crlf=True, quote_all=False, bom=True,
        blank=dict(tech=0.3, end=0.5, budget=0.15, owner=0.04),
        tech=["AWS", "Azure", "Java", "Kotlin", "Python", "Pega", "Salesforce", "Elastic", "Kafka",
              "Oracle", "Palantir", "ServiceNow", "Microsoft Dynamics 365", "Splunk", "SAP SuccessFactors"],
        owners=[("Andrew Pemberton", "Director General, Digital Data and Technology"), ("Farah Hussain", "Deputy Director, Migration Digital"),
                ("Colin Rennie", "Head of Border Systems"), ("Sophie Laurent", "Service Owner, Passports"),
                ("Marcus Bell", "Head of Police Technology Programmes"), ("Joy Nwosu", "Head of Corporate Systems"),
                ("Declan Walsh", "Chief Information Security Officer")],
        mailbox="ddat.portfolio"),
    "dot": dict(
        name="Department of Transport", domain="transport.gov.example",
        ids="T{seq}", seq0=101, headers=SPREADSHEET,
        order=["record_id", "name", "description", "department", "kind", "phase", "start_date",
               "end_date", "budget_gbp", "user_groups", "capabilities", "technologies", "owner",
               "contact_email"],
        dates="iso", money="commas", newshare=0.06, crlf=True, quote_all=False,
        blank=dict(tech=0.25, end=0.4, budget=0.1, owner=0.05),
        tech=["AWS", "Azure", "Python", "R", "Esri ArcGIS", "Power BI", "Snowflake", "Java",
              "Microsoft Dynamics 365", "SharePoint Online", "Oracle Fusion", "Node.js", "PostgreSQL"],
        owners=[("Simon Greaves", "Chief Digital Officer"), ("Nkechi Eze", "Head of Rail Data"),
                ("Paul Brennan", "Deputy Director, Roads Technology"), ("Hazel Pritchard", "Head of Maritime and Aviation Digital"),
                ("Tariq Mahmood", "Head of Corporate Technology"), ("Emma Castleton", "Head of Analysis")],
        mailbox="digital.services"),
    "defr": dict(
        name="Department for Environment, Food and Rivers", domain="environment.gov.example",
        ids="ENV.{seq:04d}", seq0=205, headers=TITLE, order=CANON,
        dates="uk", money="short", newshare=0.06, crlf=True, quote_all=False,
        blank=dict(tech=0.3, end=0.45, budget=0.1, owner=0.05),
        tech=["Azure", "Esri ArcGIS", "Python", "R", ".NET", "Node.js", "PostgreSQL", "PostGIS",
              "Power BI", "Microsoft Dynamics 365", "Salesforce", "Java", "SharePoint Online"],
        owners=[("Catriona MacLeod", "Director of Digital, Data and Technology"), ("Owen Pugh", "Head of Farming Payments Digital"),
                ("Lakshmi Iyer", "Head of Flood and Water Systems"), ("George Ambrose", "Head of Animal and Plant Health Digital"),
                ("Hattie Fenwick", "Service Owner, Waste and Resources"), ("Ibrahim Diallo", "Chief Data Officer")],
        mailbox="ddts.portfolio"),
    "mhlc": dict(
        name="Ministry of Housing and Local Communities", domain="housing.gov.example",
        ids="MHLC-{seq:03d}", seq0=11, headers={}, order=CANON,
        dates="uk", money="plain", newshare=0.05, crlf=False, quote_all=False,
        blank=dict(tech=0.2, end=0.5, budget=0.1, owner=0.04),
        tech=["Azure", "AWS", "Ruby on Rails", "Python", "PostgreSQL", "Microsoft Dynamics 365",
              "Power Apps", "Power BI", "Salesforce", "SharePoint Online", "Esri ArcGIS"],
        owners=[("Helena Varga", "Chief Digital and Information Officer"), ("Jon Whitfield", "Head of Planning Digital"),
                ("Amara Okonkwo", "Deputy Director, Building Safety Data"), ("Patrick Quinn", "Head of Local Government Finance Systems"),
                ("Megan Rhodes", "Product Lead, Homelessness and Rough Sleeping")],
        mailbox="digital.team"),
    "dchs": dict(
        name="Department for Culture, Heritage and Sport", domain="culture.gov.example",
        ids="CHS{seq:04d}", seq0=8, headers=SPREADSHEET,
        order=["department", "record_id", "name", "kind", "phase", "description", "user_groups",
               "capabilities", "technologies", "owner", "contact_email", "budget_gbp", "start_date",
               "end_date"],
        dates="iso", money="short", newshare=0.05, crlf=True, quote_all=False,
        blank=dict(tech=0.3, end=0.5, budget=0.15, owner=0.05),
        tech=["Azure", "Salesforce", "WordPress", "Drupal", "Python", "Microsoft Dynamics 365",
              "Power BI", "SharePoint Online", "AWS", "Node.js", "Axiell Collections"],
        owners=[("Victoria Ashby", "Head of Digital and Data"), ("Kieran O'Connell", "Head of Heritage Casework"),
                ("Naomi Fisher", "Head of Sport Participation Programmes"), ("Dev Malhotra", "Head of Gambling and Media Regulation Data"),
                ("Rosalind Hart", "Head of Grants and Funding Operations")],
        mailbox="digital"),
    "mnd": dict(
        name="Ministry of National Defence", domain="defence.gov.example",
        ids="MND-DIG-{seq:04d}", seq0=103, headers={}, order=CANON,
        dates="iso", money="commas", newshare=0.05, crlf=False, quote_all=False,
        blank=dict(tech=0.45, end=0.4, budget=0.35, owner=0.08),
        tech=["Azure", "AWS", "SAP", "Oracle", "Java", "Python", "ServiceNow", "Palantir",
              "Microsoft Dynamics 365", "Esri ArcGIS", "Red Hat OpenShift", "Splunk", "Cornerstone"],
        owners=[("Air Cdre Helen Forsyth", "Chief Digital Officer (Enterprise)"), ("Cdr James Rutherford", "Head of Naval Support Systems"),
                ("Lt Col Amir Kazemi", "SRO, Land Logistics Digital"), ("Judith Pennington", "Head of Defence People Services Digital"),
                ("Gavin Stroud", "Head of Defence Commercial Systems"), ("Wg Cdr Olu Balogun", "Head of Cyber Operations Capability")],
        mailbox="dd.portfolio"),
    "dvra": dict(
        name="Driver and Vehicle Registration Agency", domain="dvra.gov.example",
        ids="DV{seq:04d}", seq0=2207, headers=TITLE,
        order=["department", "record_id", "name", "description", "phase", "kind", "user_groups",
               "capabilities", "technologies", "start_date", "end_date", "budget_gbp", "owner",
               "contact_email"],
        dates="uk", money="plain", newshare=0.05, crlf=True, quote_all=False,
        blank=dict(tech=0.2, end=0.5, budget=0.1, owner=0.03),
        tech=["AWS", "Java", "Node.js", "PostgreSQL", "Oracle", "Genesys Cloud", "Amazon Connect",
              "Amazon Lex", "Salesforce", "UiPath", "Python", "Microsoft Dynamics 365", "Stripe"],
        owners=[("Rhian Jenkins", "Chief Technology Officer"), ("Mohammed Ali", "Head of Drivers Services"),
                ("Claire Thomas", "Head of Vehicles Services"), ("Dafydd Evans", "Head of Contact Centre Operations"),
                ("Julia Novak", "Head of Corporate Services Digital")],
        mailbox="dvra.digital"),
    "nlr": dict(
        name="National Land Registry", domain="landregistry.gov.example",
        ids="NLR-P{seq:03d}", seq0=118, headers={},
        order=["record_id", "name", "department", "description", "kind", "phase", "user_groups",
               "capabilities", "technologies", "start_date", "end_date", "budget_gbp", "owner",
               "contact_email"],
        dates="iso", money="short", newshare=0.05, crlf=False, quote_all=False,
        blank=dict(tech=0.2, end=0.5, budget=0.1, owner=0.04),
        tech=["AWS", "Python", "Java", "PostgreSQL", "PostGIS", "Esri ArcGIS", "Oracle", "Kafka",
              "Power BI", "Flask", "Elastic", "SAP SuccessFactors"],
        owners=[("Stuart Bellamy", "Chief Digital Officer"), ("Anjali Desai", "Head of Registration Services Digital"),
                ("Tobias Wren", "Head of Geospatial"), ("Caroline Moss", "Head of People Systems"),
                ("Yusuf Karim", "Head of Information Assurance")],
        mailbox="digital.portfolio"),
}

# ---------------------------------------------------------------------------
# Hand-written efforts, one block per department.
# ---------------------------------------------------------------------------
DATA = {}

DATA["mhc"] = r"""
G20 | Appointment Booking Service | PL | live | patients;GP practices;hospital trusts | booking;scheduling;notifications | A national platform that lets patients book, move and cancel appointments at GP practices and hospital outpatient clinics online. Trusts integrate through the booking API rather than procuring their own tools.
G05 | Accessibility Testing Service | S | live | service teams;suppliers | accessibility auditing;assurance | In-house team that audits MHC and arm's-length body services against WCAG 2.2 AA before service assessment. Provides manual testing with assistive technology users and drafts accessibility statements.
G02 | Ministerial Correspondence System | S | live | private office;policy teams;correspondence unit | correspondence management;workflow;document drafting | Logs, allocates and tracks letters from MPs, peers and the public to health ministers through drafting, clearance and dispatch. Reports performance against the 20 working day reply target.
G16 oct=alpha | Parliamentary Questions Management | S | beta | parliamentary branch;policy teams;ministers | workflow;document drafting;tracking | Replaces the spreadsheets used to commission, draft and clear answers to written and oral parliamentary questions. Tracks the deadline on every question and keeps a searchable archive of past answers.
G18 | Subject Access Requests Portal | S | alpha | members of the public;information rights team | case management;redaction;identity verification | Online route for people to ask for the personal data the department holds about them under UK GDPR, with casework and redaction tools for the information rights team so the one-month deadline is met.
G28 | Enterprise Data Platform | PL | live | analysts;data scientists;policy teams | data ingestion;analytics;data sharing;data catalogue | Cloud data platform bringing workforce, activity and finance datasets from across the health system together for analysis. Provides governed access, a data catalogue and reproducible analytical pipelines.
G30 | Patient Notifications Service | PL | live | patients;hospital trusts;GP practices | notifications;SMS;email;letters | Sends appointment reminders, test result alerts and screening invitations by text message, email and letter on behalf of trusts and national programmes, with templates and delivery receipts.
- | Health Service App | PL | live | patients | record access;repeat prescriptions;preferences | The national health app. Patients view their GP record, order repeat prescriptions, see their vaccination history and set organ donation and data opt-out preferences.
- | Electronic Prescription Transfer | S | live | prescribers;community pharmacies;dispensing appliance contractors | messaging;prescribing;dispensing | Sends prescriptions electronically from GP practices to the patient's nominated pharmacy and returns dispensing claims for reimbursement. Around 95% of primary care prescriptions now go this way.
- | Personal Demographics Lookup | PL | live | clinicians;health IT suppliers | demographics;API;patient matching | National index of Health Service Numbers with names, addresses and registered GP. Clinical systems trace and verify patients through the FHIR API.
- | Summary Care Record | S | live | clinicians;paramedics;pharmacists | record access;clinical data | Gives authorised clinicians in urgent care a summary of a patient's medicines, allergies and adverse reactions taken from the GP record.
- | Vaccination Record and Reporting | S | live | vaccinators;pharmacies;commissioners | clinical recording;reporting | Point-of-care recording of vaccinations given outside GP practices, with daily uptake reporting for the flu, COVID-19 and RSV programmes.
- | Seasonal Vaccination Call and Recall | S | beta | eligible adults;ICBs;vaccination sites | cohort selection;invitations | Selects eligible cohorts from the national population register for seasonal vaccination campaigns and passes invitation lists to the patient notifications service.
- | Bowel Cancer Screening Management | S | live | screening hubs;patients;GP practices | scheduling;kit tracking;results | Manages the bowel screening programme from invitation and home test kit dispatch through lab results and referral for colonoscopy.
- | Breast Screening Information System Replacement | P | alpha | breast screening units;radiographers | scheduling;clinical recording | Replaces the 1990s breast screening system with a cloud service for call and recall, clinic scheduling and mammography results. Alpha is testing the clinic day workflow with two units.
- | Cervical Screening Administration | S | live | sample takers;laboratories;patients | call and recall;results | Runs the cervical screening call and recall register and result letters, now built on HPV primary screening intervals.
- oct=live | Newborn Hearing Screening Data | S | retiring | screening teams;audiologists | clinical recording;reporting | Legacy system recording newborn hearing screen outcomes. Data is being migrated into the child health record and the system switched off in March 2027.
- | Organ Donor Register | S | live | members of the public;specialist nurses | register;consent recording | The register of people's organ and tissue donation decisions, checked by specialist nurses when a potential donor is identified.
- | Waiting List Minimum Data Set | P | beta | hospital trusts;ICBs;analysts | data collection;validation | Weekly patient-level collection of referral to treatment (RTT) waiting list data from trusts, replacing aggregate returns and supporting validation of long waiters.
- | Elective Recovery Dashboards | P | live | ICBs;regional teams;ministers | dashboards;reporting | Dashboards tracking elective activity, diagnostics and cancer performance against the recovery plan at trust, ICB and national level.
- | Urgent and Emergency Care Situation Reports | S | live | hospital trusts;ambulance trusts;regional teams | data collection;operational reporting | Daily winter situation reports from trusts covering bed occupancy, A&E attendances, ambulance handover delays and staff absence.
- new | Ambulance Handover Tracking | P | discovery | ambulance trusts;emergency departments | tracking;operational reporting | Discovery into real-time tracking of ambulance arrival to handover times at emergency departments, to release crews back to 999 calls sooner.
- | Virtual Wards Platform | PL | beta | patients;clinical teams;ICBs | remote monitoring;clinical recording | Lets hospital-at-home teams monitor patients' observations remotely so they can be cared for at home rather than on a ward.
- | Remote Monitoring for Long-term Conditions | P | discovery | patients with COPD;patients with heart failure;community teams | remote monitoring;device integration | Exploring how people with long-term conditions could send readings from home devices to community teams to prevent avoidable admissions.
- | Shared Care Records Interoperability Standards | P | beta | ICBs;health IT suppliers | data standards;interoperability | Agrees FHIR profiles and information standards so that shared care records in each ICB can exchange data with one another and with national services.
- | GP Practice Contract Payments | S | live | GP practices;commissioners | payment calculation;contract management | Calculates global sum and quality payments due to GP practices each month from registered list sizes and achievement data.
- | Dental Contract Activity Reporting | S | live | dental practices;commissioners | activity reporting;claims | Collects courses of treatment from dental practices to monitor delivery of units of dental activity (UDAs) against contracts.
- | Community Pharmacy Services Claims | S | live | community pharmacies | claims;reimbursement | Pharmacies submit claims for advanced and enhanced services, such as the New Medicine Service and blood pressure checks, for monthly reimbursement.
- oct=alpha | Prescription Charge Exemption Checking | S | beta | community pharmacies;patients | eligibility checking;data matching | Real-time check at the pharmacy counter of whether a patient is exempt from prescription charges, reducing penalty charge notices issued in error.
- | Medical Exemption Certificates | S | retiring | GP practices;patients | applications;certificates | Paper-based application route for medical exemption certificates. Being replaced by the real-time exemption check.
- | Health Workforce Planning Model | P | alpha | workforce planners;ICBs | modelling;forecasting | Model projecting supply and demand for doctors, nurses and allied health professionals over fifteen years to inform the long-term workforce plan.
- | Digital Staff Passport | P | beta | junior doctors;trust medical staffing teams | credential sharing;data sharing | Lets doctors in training rotate between trusts without repeating pre-employment checks, statutory training and occupational health clearance.
- | Care Home Bed Capacity Tracker | S | live | care homes;local authorities;discharge teams | capacity reporting | Care homes record vacancies and staffing daily so hospital discharge teams can find placements quickly.
- | Adult Social Care Client Level Data | P | beta | local authorities;analysts | data collection;data standards | Quarterly person-level collection from local authorities on adult social care requests, assessments and services, replacing aggregate short and long term returns.
- | Social Care Workforce Data Set | S | live | care providers;local authorities | data collection;reporting | Collects information on the adult social care workforce, pay and turnover from independent and local authority providers.
- | Discharge to Assess Tracker | P | discovery | hospital discharge teams;local authorities | tracking;care coordination | Discovery into a shared view of patients medically fit for discharge who are waiting for social care assessment or a care package.
- | Care Quality Inspectorate Provider Portal | S | live | care providers;registered managers | registration;notifications to regulator | Providers register with the Care Quality Inspectorate (CQI), submit statutory notifications and respond to provider information requests.
- | Medicines Shortages Monitoring | S | beta | pharmaceutical suppliers;medicines regulator;pharmacies | supply monitoring;alerts | Suppliers report anticipated medicine supply problems and the department issues serious shortage protocols to pharmacies.
- | Medical Device Incident Reporting | S | live | clinicians;patients;manufacturers | incident reporting;signal detection | The Yellow Flag scheme for reporting suspected side effects to medicines and adverse incidents with medical devices, and detecting safety signals.
- | Clinical Trials Approval Service | S | live | sponsors;research ethics committees | applications;regulatory approvals | Combined review of clinical trial applications by the medicines regulator and research ethics committees, with a target of 150 days from application to first patient.
- | Genomic Test Ordering | S | alpha | clinicians;genomic laboratory hubs | test ordering;results | Electronic ordering of tests from the national genomic test directory and return of reports into the patient record.
- | Pathology Network Results Exchange | P | beta | pathology networks;GP practices;hospital trusts | messaging;results | Moves pathology requests and results between laboratories in each network and onward to requesters using the FHIR messaging standard.
- | Imaging Network PACS Consolidation | C | live | radiologists;radiographers | image storage;image sharing | Contract consolidating picture archiving and communication systems (PACS) so that imaging networks share one image store and reporting worklist.
- | Infection Surveillance System | S | live | health protection teams;laboratories | surveillance;case recording | Records notifiable infectious disease cases and laboratory reports for the Health Protection Agency's surveillance and outbreak response.
- | Outbreak Contact Tracing Toolkit | PL | retiring | health protection teams | case management;contact tracing | Toolkit built during the pandemic to trace contacts of notifiable disease cases. Being decommissioned as local teams move to the surveillance system.
- | Vaccine Supply Chain Ordering | S | live | GP practices;pharmacies;hospital trusts | ordering;stock management | Central ordering of centrally supplied vaccines, with allocations during constrained supply and cold chain incident reporting.
- oct=alpha | Maternity Digital Record | P | beta | pregnant women;midwives | clinical recording;record access | A shared digital maternity record that women can view on their phone and that follows them between community and hospital midwifery teams.
- | Child Health Information Services | S | live | health visitors;school nurses;parents | clinical recording;call and recall | Records childhood immunisations, development reviews and newborn screening results for every child up to age 19.
- | Mental Health Services Data Set | S | live | mental health trusts;analysts | data collection;reporting | Monthly patient-level return from providers of secondary mental health, learning disability and autism services.
- | Talking Therapies Self-Referral | S | live | adults with anxiety or depression | self-referral;triage | Lets adults refer themselves online to local talking therapies services without seeing a GP first.
- | Health Check Invitations | S | alpha | adults aged 40 to 74;local authorities | cohort selection;risk assessment | Identifies people due a cardiovascular health check and lets them complete parts of the check online before a face-to-face appointment.
- | Smoking Cessation Referral Pathway | P | discovery | hospital inpatients;stop smoking services | referrals;data sharing | Discovery into a referral from hospital tobacco dependence teams to community stop smoking services after discharge.
- | Weight Management Digital Programme | S | live | adults living with obesity;GP practices | behaviour change;coaching | Twelve-week digital weight management programme that GPs and pharmacists can refer patients with diabetes or hypertension into.
- | Social Prescribing Referral Tool | P | alpha | link workers;GP practices;voluntary sector | referrals;directory | Tool for GP practice link workers to refer patients to local voluntary and community activities and record outcomes.
- | Hospital Estates Condition Survey | P | live | trust estates teams;analysts | condition surveys;asset data | Annual estates returns on backlog maintenance, energy use and premises condition from every trust.
- | Trust Financial Returns Collection | S | live | trust finance teams;regional finance teams | data collection;financial reporting | Monthly financial monitoring returns from trusts and ICBs on income, expenditure, agency spend and capital.
- | Clinical Negligence Claims Analytics | P | alpha | resolution authority;trust risk managers | analytics;learning from claims | Analyses closed maternity and surgical negligence claims to feed lessons back to trusts and reduce harm.
- | Continuing Healthcare Assessment Tool | P | beta | ICB nurse assessors;families | assessment;case management | Digital checklist and decision support tool for NHS-funded continuing healthcare eligibility assessments.
- | Personal Health Budgets Management | S | discovery | people with personal health budgets;ICBs | budget management;care planning | Discovery into how people with a personal health budget could see their plan and spending, and how ICBs manage direct payments.
- | Wheelchair Services Data Collection | S | retired | wheelchair services;commissioners | data collection | Quarterly wheelchair services return, stopped in 2026 once the data became available from the community services data set.
- | Laboratory Information Management System | C | live | public health laboratories | sample tracking;results | Contract for the laboratory information management system (LIMS) used by the Health Protection Agency's reference laboratories.
- | Clinical Terminology Server | PL | live | health IT suppliers;clinical systems | terminology;API | Publishes SNOMED CT and the national medicines dictionary releases and serves terminology lookups to clinical systems.
- | GP Record Access APIs | PL | live | health IT suppliers;hospital clinicians | API;record access | APIs letting authorised systems, such as 111 and hospital clinical systems, read structured GP record data.
- | Pharmacy First Consultation Recording | S | beta | community pharmacists;GP practices | clinical recording;messaging | Pharmacists record consultations for seven common conditions and send structured updates to the patient's GP.
- | Electronic Referral Service | S | live | GP practices;hospital trusts;patients | referrals;triage | Sends referrals from primary to secondary care electronically and lets consultants review and return referrals with advice.
- | Hospital Discharge Summaries Standard | P | alpha | hospital trusts;GP practices | data standards;messaging | Standardised structured discharge summaries sent from hospital to GP so that medication changes can be reconciled automatically.
- | Patient-Reported Outcome Measures Collection | S | live | patients;hospital trusts | surveys;outcome measures | Collects patients' own reports of health before and after hip, knee and other elective procedures.
- new | Health Inequalities Indicators | P | discovery | ICBs;public health teams;analysts | analytics;indicators | Developing indicators on access, experience and outcomes by deprivation and ethnicity to support the Core20PLUS5 approach.
- | Blood and Transplant Stock Management | S | live | blood banks;hospital transfusion labs | stock management;ordering | Tracks blood component stock levels across hospital blood banks and supports ordering from the national blood service.
- | Sexual Health Online Testing | S | beta | young people;sexual health clinics | self-testing;results | Free STI self-sampling kits ordered online, with results sent by text and a route into clinic for treatment.
- | Digital Maturity Assessment for Trusts | P | live | trust chief information officers;ICBs | self-assessment;benchmarking | Annual assessment of trusts' and ICBs' digital maturity used to target frontline digitisation funding.
- | Data Security and Protection Toolkit | S | live | trusts;GP practices;care providers | self-assessment;assurance | Annual online self-assessment against the data security standards that every organisation with access to patient data must complete.
- | Directory of Services | S | live | 111 call handlers;urgent care clinicians | directory;service search | Directory of urgent and emergency care services used by 111 to refer callers to the right service that is open now.
- | Emergency Care Data Set | S | live | emergency departments;analysts | data collection;clinical coding | Patient-level data on every attendance at type 1 to 4 emergency care settings, including chief complaint and diagnosis.
- | Pharmacy Market Entry Applications | S | retiring | pharmacy contractors;commissioners | applications;regulatory approvals | Handles applications to open or relocate a community pharmacy under the market entry regulations. Moving to the commissioners' own system.
"""

DATA["des"] = r"""
G01 | Grant Funding Platform | PL | discovery | further education colleges;charities;local authorities | grants;application forms;assessment;payments | Discovery into a single platform to run the department's competitive grant funding rounds, from application and assessment through to award letters, grant payments and monitoring returns. Today each round runs on spreadsheets and email.
G02 | Ministerial Correspondence System | S | beta | private office;policy teams;correspondence unit | correspondence management;workflow;document drafting | New system to receive, allocate, draft and clear replies to ministerial and treat official correspondence, replacing a legacy Lotus Notes database. Tracks each case against departmental reply targets.
G16 | PQ Tracker | S | live | parliamentary unit;policy officials | workflow;tracking | Tool used by the parliamentary unit to commission PQ answers from policy teams, chase deadlines and record ministerial clearance. Holds the archive of answered PQs for search.
G17 | Document and Records Management Rollout | P | alpha | all staff;knowledge and information management team | document management;records management;retention | Moving shared drives into a managed document and records store with retention schedules, version control and legal holds, so the department meets its public records obligations.
G23 | Data Protection Impact Assessment (DPIA) Workflow | S | discovery | data protection officer;project teams | workflow;risk assessment;approvals | Discovery into an online form and approval workflow for DPIAs, replacing a Word template. Screens whether a full DPIA is needed and routes it to the DPO and SIRO for sign-off.
G27 | Student Finance Webchat Bot | S | alpha | students;parents | chatbot;knowledge base;live chat handover | Conversational assistant on the student finance pages answering questions about tuition fee loans, maintenance loans and repayments, handing over to an adviser when it cannot help.
HN3 | Web CMS Migration | P | beta | content designers;publishing team | content publishing;web hosting | Migrating the department's public web pages from an end-of-life web content management system (CMS) to a headless publishing stack. Covers guidance, statistics releases and news; no casework.
HN8 | Exam Results Service | S | live | schools;exam centres;awarding organisations | results publication;data exchange | Publishes GCSE and A level results data to schools and awarding organisations on results day and collects post-results review outcomes.
- | School Census Collection | S | live | schools;academy trusts;local authorities | data collection;validation | Termly statutory collection of pupil-level data from schools, with validation rules and a returns portal for local authorities and academy trusts.
- | Get Information about Schools Register | S | live | schools;local authorities;public | register;search | The authoritative register of schools, colleges and academy trusts, holding establishment details and governance. Feeds funding and inspection systems.
- | Academy Conversion Casework | S | live | academy trusts;regional directors | case management;workflow | Supports regional teams managing schools converting to academy status or transferring between trusts, from application to funding agreement.
- | Free School Meals Eligibility Checking | S | live | local authorities;schools | eligibility checking;data matching | Lets local authorities check a family's eligibility for free school meals against benefit data in one step instead of asking for paper evidence.
- | SEND EHC Plan Data Standard | P | alpha | local authorities;SENCOs;parents | data standards;data sharing | Defines a common data standard for education, health and care (EHC) plans so that plans can move between local authorities and be reported on consistently.
G33 | Teaching Vacancies | S | live | schools;teachers | job listings;search | Free national service for schools to list teaching and support staff vacancies and for teachers to find them. Saves schools paid advertising costs.
- | Apply for Teacher Training | S | live | candidates;training providers | applications;decisions | Single application route for initial teacher training (ITT) courses. Providers receive, interview and decide applications in the service.
- | Register Trainee Teachers | S | live | ITT providers | register;data collection | Training providers record trainee teachers and their outcomes and recommend trainees for qualified teacher status (QTS).
- | Teacher Misconduct Casework | S | beta | teachers;employers;panel members | case management;hearings | Casework for referrals of serious teacher misconduct, through investigation to professional conduct panel hearings and prohibition orders.
- | National Professional Qualifications Registration | S | live | teachers;school leaders;lead providers | registration;funding eligibility | Teachers register for national professional qualifications and lead providers confirm funding eligibility and completion.
- oct=alpha | Early Career Induction Tracking | S | beta | early career teachers;appropriate bodies;schools | tracking;data collection | Records early career teachers' two-year induction, mentors and training provider so appropriate bodies can sign induction off.
- | Student Finance Application Service | S | live | students;parents;universities | applications;eligibility;loan payments | Online applications for tuition fee and maintenance loans and grants, household income assessment and payment of loans to students and universities.
- | Apprenticeship Service for Employers | S | live | employers;training providers | funding;levy accounts | Employers manage apprenticeship levy funds, find training providers and approve apprentice details.
- | Skills Bootcamps Management | S | beta | training providers;local skills partnerships | contract monitoring;learner tracking | Tracks learners on skills bootcamps and the milestone evidence that providers submit for outcome-based funding.
- new | Lifelong Learning Entitlement | P | alpha | adult learners;universities;colleges | entitlement accounts;eligibility | Building the learner account that shows each adult their remaining loan entitlement for modular and full courses from 2027.
- | Further Education Funding Allocations | S | live | colleges;independent training providers | funding calculation;allocations | Calculates and publishes 16 to 19 and adult skills funding allocations for every provider.
- | Individualised Learner Record Collection | S | live | colleges;training providers | data collection;validation | Monthly collection of learner-level data from further education providers used for funding and performance tables.
- | T Level Results and Certification | S | live | providers;awarding organisations;students | results;certification | Combines core and occupational specialism results and industry placement completion to issue T Level certificates.
- | School Funding Formula Calculations | S | live | local authorities;schools forum | funding calculation;modelling | Runs the national funding formula and produces dedicated schools grant allocations for local authorities.
- | Academy Accounts Return | S | live | academy trusts | financial returns;validation | Annual accounts return from academy trusts used to consolidate the sector's accounts.
- | School Condition Data Collection | P | beta | schools;surveyors | condition surveys;asset data | Surveys of the condition of every school building, including RAAC identification, to target capital funding.
- | School Rebuilding Programme Tracker | P | live | project directors;contractors | project tracking;reporting | Tracks design and construction milestones for schools selected for rebuilding.
- | Early Years Foundation Stage Profile Collection | S | live | local authorities;early years settings | data collection | Annual collection of the EYFS profile assessments made at the end of reception year.
- | Children in Need and Looked After Children Returns | S | live | local authority children's services | data collection;validation | Statutory child-level returns on children in need, child protection plans and children looked after.
- | Regional Adoption Matching Platform | P | alpha | adoption agencies;social workers;adopters | matching;profiles | Helps regional adoption agencies match children waiting for adoption with approved adopters across regional boundaries.
- | Children's Homes Sufficiency Dashboard | P | discovery | local authorities;regional commissioners | analytics;dashboards | Discovery into a view of children's home places and demand by region to inform sufficiency duties.
- | Daily School Attendance Feed | P | beta | schools;local authorities;attendance officers | data feeds;dashboards | Automated daily feed of attendance registers from school management systems so schools and local authorities can spot persistent absence early.
- | Suspensions and Exclusions Reviews | P | discovery | parents;governing boards;independent review panels | case tracking | Exploring a service for parents to request an independent review of a permanent exclusion and track it.
- | Multiply Numeracy Programme Monitoring | S | retiring | local authorities | grant monitoring;reporting | Monitoring returns for the adult numeracy programme, closing with the programme in March 2027.
- | National Tutoring Programme Portal | S | retired | schools;tuition partners | funding claims | Portal used by schools to record tutoring and claim subsidy. The programme closed in August 2024 and the portal has been switched off.
- | Devices for Disadvantaged Pupils | S | retired | schools;local authorities | ordering;logistics | Ordering service for laptops and routers for pupils during school closures. Closed.
- | Local Skills Improvement Plans Data Hub | P | alpha | employer representative bodies;colleges | labour market data;dashboards | Brings together employer demand data and provider offer for each local skills improvement plan area.
- | Schools Financial Benchmarking | S | live | school business managers;governors;trusts | benchmarking;financial analysis | Compare a school's or trust's spending with similar schools to find savings.
- | Get Help Buying for Schools | S | live | school business managers | procurement guidance;framework search | Guidance and recommended buying frameworks for schools buying energy, catering, ICT and other goods and services.
- | School Workforce Census | S | live | schools;local authorities | data collection | Annual collection of teacher and support staff numbers, pay, qualifications and absence in schools.
- | Higher Education Student Data Returns | S | live | universities;higher education providers | data collection | Receives the student record data sets from higher education providers for funding, regulation and statistics.
- | Degree Awarding Powers Assessments | P | beta | higher education providers;assessors | assessment;evidence management | Manages evidence and assessor scrutiny for providers applying for degree awarding powers.
- | Post-16 Qualifications Approval | S | live | awarding organisations | applications;approvals | Awarding organisations submit qualifications for approval for funding for 16 to 19 year olds.
- | National Pupil Database Access | S | live | researchers;analysts | data access;secure research | Approves and provides secure access to extracts from the national pupil database for research.
- | Filtering and Monitoring Standards for Schools | P | discovery | schools;designated safeguarding leads | guidance;self-assessment | Discovery into a self-assessment tool for schools against the standards for filtering and monitoring online content.
- new | Trust Growth Assessments | P | discovery | multi-academy trusts;regional directors | assessment;decision support | Discovery into a consistent assessment of trust capacity before new schools join a multi-academy trust.
- | Free Schools Application Service | S | retiring | proposer groups;academy trusts | applications;assessment | Application and assessment service for free school proposals. Closing as application waves end.
"""

DATA["dep"] = r"""
G07 oct=discovery | Prove Your Identity Online | S | alpha | claimants;pensioners | identity verification;document checking;fraud prevention | Lets new claimants prove who they are online with photo ID and a selfie check, instead of attending a Jobcentre interview. Aligns with the cross-government sign-in and identity standard GPG 45.
G08 | Telephony Modernisation | P | beta | claimants;contact centre agents | telephony;call routing;IVR | Moving the department's 35 benefit and pension contact centres from on-premise telephony to a cloud contact centre with skills-based routing, call recording and speech analytics.
G18 | SAR Automation | P | beta | claimants;information rights team | case management;redaction;search | Automates the search, collation and redaction of personal data across benefit systems to answer SARs within the statutory one-month deadline.
G20 | Jobcentre Appointment Scheduling | S | beta | claimants;work coaches | booking;scheduling;reminders | Lets claimants book and rearrange Jobcentre appointments with their work coach online and sends reminders, replacing diary sheets.
G25 | Customer Complaints Handling | S | live | claimants;complaints resolution team | complaints handling;case management;reporting | Records, allocates and tracks customer complaints across all benefits through the two-tier complaints process, with escalation to the Independent Case Examiner.
G28 oct=alpha | Analytical Data Platform | PL | beta | analysts;statisticians;data scientists | data ingestion;analytics;data catalogue;data sharing | Cloud lakehouse replacing legacy analytical servers, bringing benefits, employment and pensions data together for analysis, with a governed catalogue and secure analyst workspaces.
G30 | Notify Claimants by Text and Email | PL | live | claimants;service teams | notifications;SMS;email;letters | Common component sending payment notices, appointment reminders and change-of-circumstance confirmations to claimants by text, email and letter from any benefit service.
HN3 | Child Maintenance Service (CMS) Online | S | live | separated parents;paying parents;receiving parents | calculations;payments;messaging | Online account for separated parents using the Child Maintenance Service (CMS) to see calculations, payments and messages from caseworkers.
HN5 | State Pension Forecast | S | live | people of working age;pension advisers | forecasting;record access | Lets people see how much State Pension they could get, when they can get it and whether they can fill gaps in their National Insurance record.
- | Universal Support Full Service | PL | live | claimants;work coaches;landlords | claims;payments;journal;eligibility | The digital service for the main working-age benefit. Claimants apply, report changes and keep an online journal with their work coach; payments are calculated monthly.
- | Universal Support Advances | S | live | claimants | payments;eligibility | Online request for an advance payment while a claimant waits for their first Universal Support payment.
- | Universal Support Health Journey | P | alpha | claimants with health conditions;healthcare professionals | assessment referrals;work capability | Redesigning how claimants with health conditions move through work capability assessment and into the right support.
- | Work Capability Assessment Referrals | S | live | assessment providers;claimants | referrals;case management | Sends referrals and evidence to contracted assessment providers and receives assessment reports back.
- | Personal Independence Allowance Apply Online | S | beta | disabled people;carers | applications;evidence upload | Online application for the Personal Independence Allowance (PIA), with upload of supporting medical evidence.
- | PIA Assessment Transformation | P | alpha | disabled people;assessors | assessment;scheduling | Modernising PIA functional assessments, including telephone and video assessments and a single case record shared with assessors.
- | Health Assessment Contracts | C | live | assessment providers | contract management;performance reporting | Contracts with independent providers for PIA and work capability assessments, with performance and quality monitoring.
- | Access to Work | S | live | disabled employees;employers | grants;claims;workplace adjustments | Grants towards extra costs of working with a disability or health condition, such as support workers and equipment, claimed online.
- oct=alpha | Access to Work Claims Digitisation | P | beta | Access to Work customers;support workers | claims;evidence upload | Replacing paper claim forms for Access to Work grants with online claims and automatic checks of support worker hours.
- | Carer's Allowance Digital Claim | S | live | carers | claims;eligibility | Online claim for Carer's Allowance, processing 90% of new claims digitally.
- | Carer's Allowance Earnings Verification | P | beta | carers;decision makers | data matching;overpayment prevention | Uses real-time earnings data to flag carers whose earnings exceed the limit, so overpayments are prevented rather than recovered.
- | State Pension Claim Online | S | live | people reaching State Pension age | claims;payments | Online claim for State Pension, with verification of National Insurance record and bank details.
- | Pension Credit Online Claim | S | live | pensioners;family members | claims;eligibility | Online claim for Pension Credit, including a calculator and claims made on someone's behalf.
- | Pension Credit Take-up Campaign Targeting | P | discovery | pensioners;local authorities | data matching;targeting | Discovery into using housing benefit data to identify pensioners likely to be entitled to Pension Credit but not claiming.
- | Get Your State Pension Statement | S | retiring | pensioners | letters;statements | Legacy annual statement service for State Pension uprating. Being replaced by the online pensions dashboard.
- | Pensions Dashboards Programme | PL | beta | savers;pension schemes;dashboard providers | data matching;find and view;API | Connects pension schemes so that savers can see all their pensions, including State Pension, in one dashboard.
- | Bereavement Support Payment | S | live | bereaved people | claims;eligibility | Claims for Bereavement Support Payment, using death registration data to pre-populate the claim.
- | Tell Us Once | S | live | bereaved people;local authorities;registrars | data sharing;notifications to government | Report a death once to the registrar and the information is passed to other government services and local councils.
- | Fraud and Error Integrated Risk Scoring | PL | live | fraud investigators;decision makers | risk scoring;machine learning | Scores new Universal Support claims and changes of circumstance for fraud and error risk so that high-risk cases get a review before payment.
- | Counter Fraud Case Management | S | live | fraud investigators;prosecutors | case management;evidence | Case management for benefit fraud investigations, from referral to sanction or prosecution.
- | Third-Party Bank Data Eligibility Verification | P | alpha | fraud and error service;banks | data matching;eligibility | Implements powers to receive eligibility indicators from banks to find benefit claimants with undeclared capital.
G35 | Debt Management Modernisation | P | discovery | debtors;debt managers | debt recovery;payment plans;affordability | Discovery into replacing the 20-year-old system that recovers benefit overpayments with a modern debt service: standard affordability assessment, repayment plans people can set up and change online, and deductions from benefit.
- | Jobcentre Work Coach Toolkit | S | live | work coaches | caseload management;referrals | Single screen for work coaches to see a claimant's commitments, referrals to provision and journal activity.
G33 | Find a Job | S | live | jobseekers;employers | job listings;search | Free national job search service. Employers, including schools and public bodies, post vacancies and jobseekers search, save searches and get email alerts.
- | Restart Scheme Referrals | S | retiring | work coaches;employment providers | referrals;contract payments | Referral and payment system for the long-term unemployment programme, closing to new referrals in 2027.
- | Employment Support Provider Payments | S | live | employment support providers | payment calculation;contract management | Calculates outcome-based payments to contracted employment support providers from job start and earnings data.
- | Youth Guarantee Digital Offer | P | discovery | young people aged 18 to 21;work coaches | eligibility;referrals | Discovery into the digital offer for 18 to 21 year olds on Universal Support, including training and work experience placements.
- | Sanctions and Hardship Decisions | S | live | decision makers;claimants | decision making;case management | Records labour market sanction referrals and decisions and hardship payment applications.
- | Mandatory Reconsideration and Appeals | S | live | claimants;appeals officers | case management;tribunal submissions | Manages requests to reconsider benefit decisions and prepares responses to appeals to the social security tribunal.
- | Housing Costs Element Verification | P | beta | claimants;social landlords | data sharing;rent verification | Lets social landlords confirm rent and service charges for Universal Support claims through a landlord portal.
- | Landlord Portal | S | live | social landlords | verification;managed payments | Social landlords verify tenants' housing costs and request managed payments of housing costs directly to the landlord.
- | Child Maintenance Calculations Engine | PL | live | caseworkers | calculations;rules engine | Rules engine calculating child maintenance liabilities from HMRC-equivalent income data supplied by the revenue service.
- | Child Maintenance Collect and Pay Enforcement | S | live | caseworkers;paying parents | enforcement;deduction orders | Enforcement actions for unpaid child maintenance, including deductions from earnings orders and deduction from bank accounts.
- oct=alpha | Child Maintenance Family-Based Arrangements | P | beta | separated parents | guidance;calculators | Helps separated parents agree maintenance between themselves, with a calculator and a family-based arrangement template.
- | Social Fund Funeral Expenses Payment | S | live | bereaved people on low incomes | claims;payments | Claims for help with funeral costs for people on qualifying benefits.
- | Cold Weather Payments | S | live | pensioners;claimants | automated payments;weather data | Automatically pays eligible claimants when temperatures in their postcode area are forecast to be zero or below for seven days.
- | Winter Fuel Payment Automation | S | live | pensioners | automated payments;eligibility | Automatically identifies and pays eligible pensioners each winter, with means-testing rules applied.
- | Attendance Allowance Online Claim | S | alpha | people over State Pension age with a disability | claims;evidence upload | Online claim for Attendance Allowance, replacing the 30-page paper form.
- | Disability Living Allowance for Children Claim | S | discovery | parents of disabled children | claims | Discovery into an online claim for DLA for children, starting with renewals at age 16.
- | Employment and Support Allowance Migration | P | live | ESA claimants;migration teams | migration;notices | Moves claimants of legacy income-related benefits to Universal Support through migration notices and transitional protection.
- | Legacy Benefits Decommissioning | P | retiring | service teams | decommissioning;data archiving | Switches off legacy benefit computer systems once caseloads have migrated and archives records.
- | Payment Accuracy Sampling | S | live | statisticians;review officers | sampling;case review | Reviews a random sample of benefit cases to estimate fraud and error for the annual official statistics.
- | Benefit Payment Service | PL | live | all benefit services | payment processing;payment scheduling | Schedules and issues all benefit and pension payments to bank accounts through the banking system.
- | Payment Exception Service | S | live | people without bank accounts | payment vouchers | Lets people who cannot open a bank account collect benefit payments with a voucher at a post office.
- | National Insurance Number Allocation | S | live | new arrivals;young people;employers | applications;evidence checks | Applications for a National Insurance number from people arriving to work, with evidence checks at interview.
- | Employer Engagement Hub | S | beta | employers;employer advisers | vacancy filling;recruitment events | Helps employers fill vacancies with Jobcentre claimants through sector-based work academies and recruitment days.
- | Disability Confident Scheme | S | live | employers | self-assessment;accreditation | Employers sign up and self-assess to become Disability Confident committed, employer or leader.
- | Work and Health Programme Referrals | S | retiring | work coaches;disabled jobseekers | referrals | Referrals to the voluntary Work and Health Programme, closing as the programme ends.
- | Labour Market Insight for Work Coaches | P | alpha | work coaches;district managers | labour market data;dashboards | Local vacancy and skills demand data presented inside the work coach toolkit.
- | Advice Line for Pension Transfers | C | live | savers;pension scheme members | guidance;telephone advice | Contract for the free guidance service on defined contribution pension options.
- new | Pension Scam Risk Checker | P | discovery | savers;pension schemes | risk assessment;guidance | Discovery into a check that savers can run before transferring a pension to spot scam warning signs.
- | Occupational Health Advice Pilot | P | discovery | small employers;employees | advice;referrals | Exploring an online occupational health advice service for small employers to support staff with health conditions to stay in work.
- | Statutory Sick Pay Rebate Claims | S | retired | small employers | claims;payments | Online rebate claims for statutory sick pay during the pandemic. Closed to claims.
- | Capability Risk Profiling | P | alpha | decision makers;analysts | risk profiling;analytics | Identifies claimants whose circumstances suggest a check is due on continuing entitlement to disability benefits.
- | Appointee and Power of Attorney Registration | S | beta | appointees;attorneys;claimants who lack capacity | registration;verification | Lets appointees and people with lasting power of attorney register to act on a claimant's benefit claim.
- | Visiting Service Scheduling | S | live | visiting officers;vulnerable claimants | home visits;caseload management | Allocates home visits by visiting officers to claimants who cannot use phone or online services.
- | Customer Experience Survey Platform | S | live | claimants;service teams | surveys;insights | Runs monthly customer experience surveys after claims and publishes satisfaction measures.
- | Accessible Formats Production | C | live | blind and partially sighted claimants | braille;large print;audio | Contract producing benefit letters in braille, large print, audio and easy read.
- | Medical Evidence Gathering | P | beta | GP practices;hospital clinicians;decision makers | evidence requests;data sharing | Requests and receives medical evidence electronically from GP practices for disability benefit decisions.
- | Universal Support Childcare Costs | S | live | working parents | claims;evidence upload | Claimants report childcare costs and upload receipts to be reimbursed through the childcare element.
- new | Universal Support Migration Notices | P | discovery | tax credit claimants;legacy benefit claimants | notices;tracking | Discovery into tracking migration notices and reminders for remaining legacy benefit claimants.
- | Work Search Review | P | alpha | work coaches;claimants | commitments;evidence | Lets claimants record job search activity against their claimant commitment ahead of work search reviews.
- | Fraud Referral and Intervention Tool | S | live | members of the public;staff | reporting;triage | Online reporting of suspected benefit fraud by the public and triage of referrals to investigators.
- | Employer Verification of Earnings | P | discovery | employers;decision makers | verification;data matching | Discovery into verifying self-reported earnings from employers not yet on real-time payroll reporting.
- | Kickstart Reconciliation | P | retired | employers;grant reconciliation team | reconciliation;payments | Reconciliation and closure of the youth job placement scheme. Complete.
- | Universal Support Change of Circumstances | S | live | claimants | change reporting;payment recalculation | Claimants report changes such as moving house, a new partner or starting work in their online account, and the next monthly payment is recalculated.
- | Universal Support Earnings Verification | S | live | claimants;work coaches | data matching;earnings data | Takes real-time earnings reported by employers to the revenue service and uses it to calculate each claimant's monthly award without payslips.
- | Claimant Commitment Builder | S | beta | work coaches;claimants | commitments;action planning | Helps work coaches agree a tailored claimant commitment, setting expected hours of job search and actions that fit the claimant's circumstances.
- | Work Coach Caseload Allocation | P | alpha | Jobcentre managers;work coaches | caseload management;forecasting | Models expected caseload in each Jobcentre and allocates claimants to work coaches by intensity of support needed.
- | Health Transformation Programme | P | beta | disabled people;health assessment staff | assessment;case management;service design | Programme bringing PIA and work capability assessment services onto one modern assessment platform run by the department rather than suppliers.
- | PIA Award Reviews | S | live | PIA recipients;case managers | reviews;evidence upload | Scheduled reviews of Personal Independence Allowance awards, with a review form that recipients can complete online.
- | State Pension Deferral Choices | S | alpha | people reaching State Pension age | calculations;guidance | Explains how deferring State Pension increases weekly payments and lets people choose when to start.
- | Life Certificates for Pensioners Abroad | P | discovery | State Pension recipients living abroad | proof of life;verification | Discovery into letting pensioners living overseas confirm they are alive online with a video selfie instead of a countersigned paper certificate.
- | Housing Benefit Matching Service | S | live | local authority benefit teams | data matching;fraud and error | Matches housing benefit claims administered by councils against departmental and revenue data and sends referrals to councils.
- | Local Authority Claimant Data Portal | S | live | local authority staff | data access;audit | Gives authorised council staff controlled access to claimant benefit data they need for council tax support, housing benefit and social care charging.
- | Employment Data Lab | S | beta | employment programme providers;charities | impact evaluation;data linkage | Organisations send participant lists and get back an impact estimate of their employment programme, using linked benefit and earnings data.
- | Two-Child Limit Exceptions | S | live | claimants;third-party professionals | exception claims;evidence | Claimants and professionals such as health visitors submit evidence for exceptions to the two-child limit in Universal Support.
- | Disability Employment Adviser Toolkit | P | alpha | disability employment advisers;work coaches | caseload management;referrals | Toolkit for disability employment advisers to track coaching of work coaches and referrals of claimants with complex health needs.
- | Benefit Cap Calculator | S | live | members of the public;advisers | calculations;guidance | Public calculator telling households whether the benefit cap applies to them and by how much.
- | Check Benefits and Financial Support | S | beta | members of the public | eligibility;signposting | Asks a few questions and tells people which benefits and financial support they may be entitled to, with links to apply.
- | Agent-Assisted Universal Support Claims | S | live | claimants who need help;Jobcentre staff | assisted digital;claims | Jobcentre staff make a claim on a claimant's behalf when they cannot use the online service, with the claimant verifying details.
- | Self-Employment Gainful Checks | S | live | self-employed claimants;work coaches | evidence;minimum income floor | Gainful self-employment interviews and evidence of trading for claimants subject to the minimum income floor.
- | Youth Hubs Tracker | P | retiring | work coaches;youth hub partners | referrals;outcomes | Tracks young claimants referred to youth hub partners and their outcomes. Folding into the youth guarantee offer.
- | Transitional Protection Calculator | S | live | migration teams;decision makers | calculations;transitional protection | Calculates transitional protection for claimants moved from legacy benefits so that their entitlement does not drop on migration.
- | Automatic Enrolment Compliance | S | live | employers;pensions regulator | compliance;declarations | Employers declare compliance with workplace pension automatic enrolment duties, with checks against payroll data and penalty notices.
"""

DATA["nrcs"] = r"""
G03 | Desk Booking Service | S | live | office-based staff;estates team | booking;space management;occupancy reporting | Lets staff book desks, meeting rooms and lockers in regional centres from their laptop or phone, and gives the estates team occupancy data to plan the hub estate.
G07 | Digital Identity | PL | live | individual taxpayers;agents;businesses | identity verification;authentication;account recovery | The sign-in and identity verification service for all NRCS online services. Confirms who a taxpayer is using passport, payslip or tax credit data and issues a credential with two-step verification.
G08 oct=discovery | Next Generation Contact Centre | P | alpha | taxpayers;contact centre advisers | telephony;call routing;speech analytics;webchat | Procuring and building a cloud contact centre to replace the helpline telephony estate, with voice biometrics, call-back and a single agent desktop for phone and webchat.
G11 | Third-Party Supplier Onboarding | P | beta | suppliers;commercial teams;security team | supplier due diligence;risk assessment;onboarding | Single route to onboard new suppliers, covering financial standing, cyber security and data protection due diligence before contract award, with annual reassessment.
G15 | FOI Request Tracker | S | live | members of the public;information rights team | case management;deadline tracking;publication | Logs FOI requests, allocates them to business areas, tracks the 20-working-day deadline and publishes the disclosure log.
G19 | Intelligent Automation (RPA) Centre of Excellence | PL | live | operational teams;automation developers | robotic process automation;workflow | Central team and platform building software robots that carry out repetitive back-office tasks, such as keying repayment claims, with over 200 automations in production.
G25 | Complaints and Redress Casework | S | beta | taxpayers;complaints handlers;Adjudicator's Office | complaints handling;case management;redress payments | New casework tool for tier one and tier two complaints, redress and costs payments, replacing three separate systems and spreadsheets.
G27 | Tax Helpline Virtual Assistant | S | live | taxpayers;agents | chatbot;natural language understanding;webchat handover | Digital assistant answering common Self Assessment, PAYE and tax credit questions on the website and handing over to a webchat adviser when needed.
G30 oct=beta | Digital Notices and Alerts | PL | live | taxpayers;businesses | notifications;secure messaging;email;SMS | Sends tax notices, payment reminders and alerts to taxpayers' digital accounts with email and text nudges, instead of printed letters.
- | Self Assessment Online Filing | S | live | self-employed people;landlords;agents | tax returns;calculations | Online filing of Self Assessment tax returns with tax calculation and pre-population from third-party data.
- | Making Tax Digital for Income Tax | PL | beta | sole traders;landlords;software vendors | quarterly updates;API | Requires sole traders and landlords with income over the threshold to keep digital records and send quarterly updates through compatible software.
- | Making Tax Digital for VAT | PL | live | VAT-registered businesses;software vendors | returns;API | VAT returns submitted through compatible software using the VAT API.
- | Personal Tax Account | S | live | individual taxpayers | account;self-service | Taxpayers check their tax code, estimated income tax, National Insurance record and update personal details.
- | Business Tax Account | S | live | businesses;agents | account;self-service | Businesses manage taxes and registrations for VAT, PAYE for employers and Corporation Tax in one account.
- | Agent Services Account | S | live | tax agents;accountants | authorisation;client management | Lets agents get authorisation from clients and manage their clients' taxes online.
- | PAYE Real Time Information | PL | live | employers;payroll software | payroll submissions;data processing | Receives full payment submissions from employers every pay day and updates employees' tax records.
- | Tax Code Change Automation | P | alpha | employers;individual taxpayers | calculations;code notices | Generates in-year tax code changes automatically from real-time payroll data to reduce under- and overpayments.
- | PAYE Reconciliation | S | live | individual taxpayers | reconciliation;repayments | End-of-year reconciliation of PAYE records and automatic repayments or calculations for underpaid tax.
- | Corporation Tax Returns | S | live | companies;agents | tax returns;calculations | Online filing of company tax returns and computations in iXBRL.
- | Corporation Tax Platform Migration | P | beta | companies;caseworkers | migration;tax accounting | Moves Corporation Tax accounting from the legacy mainframe to the modern tax platform.
- | Customs Declaration Service | PL | live | importers;exporters;customs agents | customs declarations;duty calculation | Processes import and export declarations, calculates customs duty and import VAT and interfaces with the border systems.
- | Goods Vehicle Movement Service | S | live | hauliers;customs agents | movement references;border data | Hauliers link declarations to one goods movement reference before arriving at the border.
- | Single Trade Window Integration | P | alpha | traders;border agencies | data sharing;trade data | Lets traders submit data once for imports and exports, shared with the agencies that need it.
- | Authorised Economic Operator Applications | S | live | traders | applications;compliance audit | Applications and audits for authorised economic operator status for trusted traders.
- | Excise Duty Returns | S | live | alcohol producers;tobacco warehouses | returns;duty calculation | Returns for alcohol, tobacco and fuel duties under the reformed alcohol duty structure.
- | Alcohol Duty Reform Implementation | P | retiring | alcohol producers | returns;duty calculation | Project implementing the strength-based alcohol duty system. Closing as the service moves to business as usual.
- | Plastic Packaging Tax | S | live | manufacturers;importers | registration;returns | Registration and quarterly returns for plastic packaging with less than 30% recycled content.
- | Tax-Free Childcare Accounts | S | live | working parents;childcare providers | accounts;top-up payments | Parents open a childcare account, pay in, and receive a government top-up to pay registered childcare providers.
- | Child Benefit Online Claim | S | live | parents | claims;payments | Online claim for Child Benefit, including claims for newborns using birth registration data.
- | High Income Child Benefit Charge via PAYE | P | beta | higher earners;parents | payroll deductions;calculations | Lets higher earners pay the child benefit charge through their tax code instead of registering for Self Assessment.
- | Tax Credits Closure | P | retired | tax credit claimants | closure;migration | Closure of tax credits after migration of remaining claimants. Complete in 2025.
- | Research and Development Tax Relief Claims | S | live | companies;agents | claims;compliance risk | Companies notify and claim R&D relief with a mandatory additional information form to reduce error and fraud.
- | R&D Compliance Risking | P | alpha | compliance caseworkers | risk scoring;case selection | Risk model selecting research and development tax relief claims for compliance checks.
- | Connect Risk Intelligence | PL | live | compliance caseworkers;analysts | data matching;network analysis;risk scoring | The tax compliance analytics platform, matching over a billion records from third parties to find undeclared income.
- | Offshore Tax Data Exchange | S | live | compliance caseworkers | international data exchange;data matching | Receives and matches financial account data from overseas tax authorities under the common reporting standard.
- | Tax Avoidance Schemes Disclosure | S | live | scheme promoters;compliance teams | disclosures;case management | Receives disclosures of tax avoidance schemes and supports action against promoters.
G35 | Debt Management and Banking | PL | live | taxpayers;debt management staff | debt recovery;payment plans;affordability | The tax debt recovery system: debt pursuit, affordability checks, time to pay arrangements and enforcement, including plans taxpayers set up online.
- | Time to Pay Self-Serve | S | beta | Self Assessment taxpayers;employers | payment plans;affordability | Lets taxpayers with debts up to 30,000 pounds set up a monthly payment plan online without calling the helpline.
- | Repayments to Taxpayers | S | live | taxpayers | repayments;bank validation | Issues tax repayments by bank transfer, with bank account validation and fraud checks.
- | National Insurance Contributions Voluntary Payments | S | beta | individuals with gaps in their record | payments;eligibility | Lets people check whether filling a gap in their National Insurance record would increase their State Pension and pay online.
- | Valuation Office Council Tax Banding | S | live | homeowners;local authorities | valuations;appeals | Council Tax bandings for new and altered properties and challenges to bandings.
- | Business Rates Revaluation | P | alpha | ratepayers;local authorities | valuations;data collection | Preparing the 2029 business rates revaluation, with ratepayers submitting rental information online.
- | Stamp Duty Land Tax Returns | S | live | conveyancers;home buyers | tax returns;calculations | Online SDLT returns filed by solicitors and conveyancers on property purchase.
- | Trust Registration Service | S | live | trustees;agents | registration;register | Register of trusts that pay tax or are required to register under money laundering regulations.
- | Money Laundering Supervision | S | live | money service businesses;estate agents;accountancy firms | registration;supervision;fit and proper tests | Registration, fees and supervision of businesses the service supervises under the money laundering regulations.
- | National Minimum Wage Enforcement Casework | S | live | workers;compliance officers | complaints intake;case management;enforcement | Workers report underpayment of the minimum wage and compliance officers investigate employers.
- | Off-Payroll Working Check | S | live | engagers;contractors | status determination;guidance | Check employment status for tax to decide whether the off-payroll working rules apply.
- | Employment Allowance Claims | S | live | employers | claims;eligibility | Employers claim the Employment Allowance through payroll software.
- | VAT Registration Online | S | live | businesses;agents | registration;risk checks | Online VAT registration with automated risk checks to stop fraudulent registrations.
- | VAT Registration Fraud Risking | P | beta | compliance caseworkers | risk scoring;machine learning | Machine learning model scoring VAT registrations for missing trader fraud risk.
- | Import One-Stop Shop Monitoring | P | discovery | e-commerce marketplaces | data collection;compliance | Discovery into using marketplace sales data to check VAT on low-value imports.
- | Digital Platforms Reporting | S | beta | online marketplaces;sellers | data reporting;data matching | Online platforms report sellers' income under the OECD model rules, matched to Self Assessment.
- | Crypto-Asset Reporting Framework | P | alpha | crypto-asset service providers | data reporting;data matching | Receives reporting from crypto-asset service providers from 2027 and matches it to taxpayer records.
- new | Pillar Two Top-up Tax Returns | S | beta | multinational groups | registration;returns | Registration and returns for the multinational and domestic top-up taxes under the global minimum tax.
- | Tax Rules Engine | PL | live | service teams | rules engine;calculations | Shared calculation engine for income tax, National Insurance and student loan deductions across services.
- | Enterprise Tax Management Platform | PL | live | caseworkers;service teams | tax accounting;case management | The core tax accounting platform holding customer records and accounting for most tax regimes.
- | Mainframe Exit Programme | P | beta | service teams | migration;decommissioning | Moving the remaining PAYE and National Insurance processing off the 1990s mainframe.
- | National Insurance Recording System | PL | live | service teams;employers | contribution records | Holds National Insurance contribution records used for contributory benefits and State Pension.
- | Interest and Penalty Calculations | S | live | taxpayers;caseworkers | calculations;penalties | Calculates late payment interest and late filing penalties under the new points-based penalty regime.
- | Penalty Appeals Online | S | alpha | taxpayers;agents | appeals;case management | Taxpayers appeal a penalty online with evidence rather than writing in.
- | Tax Dispute Resolution Casework | S | live | litigators;caseworkers | case management;litigation tracking | Tracks tax disputes through alternative dispute resolution and the tax tribunal.
- | Customs Freight Simplified Procedures | S | retiring | authorised traders | declarations;authorisations | Legacy simplified customs procedures being retired as traders move to the main declaration service.
- | Customs Declaration Risk Targeting | P | beta | customs caseworkers;risk analysts | risk assessment;targeting rules | Risk rules and models selecting import declarations for documentary and physical customs checks, with feedback from check outcomes.
- | Trader Support Service | C | live | traders moving goods to the island territories | guidance;declaration support | Contract for a free service helping traders complete customs declarations for goods moving to the island territories.
- | Transfer Pricing Risk Review | P | discovery | large business compliance teams | risk assessment;analytics | Discovery into using country-by-country reports to select transfer pricing enquiries.
- | Fraud Investigation Service Case Management | S | live | criminal investigators | case management;evidence;digital forensics | Case management for serious tax fraud criminal investigations, including evidence and disclosure.
- | Whistleblowing and Tax Evasion Reports | S | live | members of the public | reporting;triage | Online form for reporting tax evasion and smuggling, with triage of reports to compliance teams.
- | Tax Gap Estimates | P | live | analysts;statisticians | estimation;statistics | Modelling and publication of the annual tax gap estimates by tax regime and taxpayer group.
- | Customer Insight Panels | S | live | taxpayers;researchers | user research;panels | Recruitment and management of research panels with taxpayers and agents for user research.
- | Print and Post Services | C | live | taxpayers | printing;mail handling | Contract for printing outbound letters and scanning inbound post.
G34 | Scanning and Mail Digitisation | P | beta | post handling teams | scanning;classification | Digitises inbound paper post and routes it to caseworkers' queues with automatic classification.
- | Tax Compliance Video Meetings | S | live | taxpayers;compliance officers | video meetings;secure file sharing | Secure video calls and file sharing between compliance officers and taxpayers during enquiries.
- new | Overseas Traders Registration | P | discovery | non-resident businesses | registration;identity checks | Discovery into a simpler registration for overseas businesses selling goods online.
- | Tax Administration Framework Review | P | discovery | policy teams;taxpayers | policy design;research | Research into simplifying tax administration rules for the review announced in the autumn statement.
- | Duty Deferment Accounts | S | live | importers;customs agents | deferment accounts;direct debit | Importers defer customs duty and import VAT to a monthly direct debit, with statements in the customs financial account.
- | Tobacco Track and Trace | S | live | tobacco manufacturers;wholesalers;retailers | traceability;unique identifiers | Traceability of tobacco products from manufacture to retailer using unique identifiers on every pack.
- | Gift Aid Claims for Charities | S | live | charities;community amateur sports clubs | claims;repayments | Charities claim Gift Aid repayments online on donations from taxpayers.
- | Inheritance Tax Online | S | alpha | executors;agents | tax returns;valuations | Online inheritance tax account for estates, replacing paper forms, with valuation of assets and calculation of tax due.
- | Capital Gains Tax on Property Reporting | S | live | residents and non-residents selling UK property;agents | returns;payments on account | Report and pay capital gains tax within 60 days of selling UK residential property.
- | Payrolling Benefits in Kind | P | beta | employers;payroll software developers | payroll submissions;benefits in kind | Mandating employers to report and tax benefits in kind, such as company cars, through payroll instead of P11D forms.
- | Marriage Allowance Transfer | S | live | married couples;civil partners | applications;tax codes | Apply to transfer part of the personal allowance to a spouse or civil partner.
- | Simple Assessment | S | live | pensioners with untaxed income;individual taxpayers | calculations;tax bills | Issues tax calculations for people with simple affairs who do not need to file a Self Assessment return.
- new | Customs Guarantees Management | P | discovery | importers;guarantors | guarantees;financial security | Discovery into managing customs guarantees and comprehensive guarantee reductions digitally.
- | Rebated Fuel Roadside Checks | S | live | fuel testing officers | sampling;enforcement | Records roadside sampling of vehicle fuel for illegal use of rebated red diesel and resulting penalties.
"""

DATA["mjc"] = r"""
G03 new | Desk Booking Service | S | alpha | headquarters staff;facilities management | booking;space management | Desk and meeting room booking for staff in the department's headquarters and regional hubs, so that we can consolidate floors as hybrid working settles.
G09 | Staff Learning and Development Platform | PL | live | all staff;line managers;L&D team | learning management;course booking;compliance training | The learning management system for all justice staff, hosting mandatory e-learning, booking of classroom courses and records of completed training.
G13 | Digital Evidence Sharing Platform | PL | live | prosecutors;defence practitioners;judiciary;police forces | evidence sharing;secure file transfer;media playback | Secure platform for police, prosecutors and defence to share body-worn video, CCTV and other digital evidence for criminal cases, and to present it in the courtroom.
G22 | Recruitment Aplicant Tracking | S | beta | candidates;recruiting managers;HR business partners | applicant tracking;recruitment;vetting | Applicant tracking system for prison officer and probation officer recruitment campaigns, from online application and online tests to vetting and offer.
G29 | Court Fees Online Payments | S | beta | court users;legal professionals | payments;card payments;fee accounts;refunds | Lets court users and solicitors pay court and tribunal fees online by card or fee account, with refunds and remissions handled in the same service.
G30 | Hearing Reminder Notifications | S | beta | defendants;witnesses;parties to cases | notifications;SMS;email | Sends text and email reminders of hearing dates and venue changes to defendants, witnesses and parties to reduce failures to attend.
G32 new | SOC as a Service | C | discovery | information security team;digital services | security monitoring;incident response;threat intelligence | Procurement of a managed security operations centre to monitor the department's cloud platforms and end-user devices around the clock and lead incident response.
HN2 | Court Booking | S | live | listing officers;judiciary;court staff | hearing listing;room scheduling;judicial diaries | Schedules hearings into courtrooms and judicial sitting days across the court estate, matching case type, judge ticketing and courtroom facilities such as secure docks and video links.
- | Common Platform | PL | live | judiciary;court staff;prosecutors;defence | case management;case progression | The single criminal case management system for magistrates' courts and the Crown Court, shared with prosecutors and defence practitioners.
- | Online Civil Money Claims | S | live | claimants;defendants;legal representatives | claims;responses;mediation | Make or respond to a county court claim for money online, with small claims mediation booking.
- | Damages Claims Digital | S | beta | legal representatives;judiciary | claims;case management | Digital service for specified and unspecified damages claims, including personal injury, represented claimants only.
- | Possession Claims Online | S | live | landlords;mortgage lenders;tenants | claims;hearing requests | Landlords and lenders make possession claims online and defendants respond.
- oct=beta | Divorce and Dissolution Online | S | live | applicants;solicitors | applications;case progression | Apply for a no-fault divorce or dissolution of a civil partnership online, sole or jointly, through to final order.
- | Private Family Law Applications | S | beta | parents;solicitors;Cafcass | applications;safeguarding checks | Applications for child arrangements orders, with safeguarding checks requested from the children's advisory service.
- | Public Family Law Case Management | S | live | local authority solicitors;judiciary | case management;bundles | Care proceedings brought by local authorities, with digital case files and bundles for the judiciary.
- | Probate Online | S | live | executors;probate practitioners | applications;grant issue | Apply for a grant of probate online, with the will and death certificate checked digitally.
- | Employment Tribunal Claims | S | live | claimants;respondents;representatives | claims;case management | Make and respond to an employment tribunal claim and follow the case online.
- | Social Security Tribunal Appeals | S | live | appellants;representatives;benefits department presenting officers | appeals;case management;hearing bookings | Appeal a benefit decision online, track the appeal and take part in a hearing.
- | Immigration and Asylum Appeals | S | live | appellants;legal representatives;Home Affairs Office presenting officers | appeals;case management | Legal representatives lodge appeals against immigration decisions and follow the case through the first-tier tribunal.
- | Video Hearings Service | PL | live | judiciary;parties;legal representatives | video hearings;scheduling | Fully video hearings for tribunals and civil and family courts, with test calls and a hearing room.
- | Court Store and Jurisdiction Reference Data | PL | live | service teams | reference data;API | Reference data on courts, tribunal venues, opening hours and jurisdictions used by all court services.
- | Jury Summoning System | S | live | citizens;jury officers | summons;eligibility;expenses | Summons jurors from the electoral register, checks eligibility and pays jurors' expenses.
- | Witness Service Referral | S | discovery | witnesses;victim support organisations | referrals;support | Discovery into automatically offering witness support to prosecution witnesses when they are warned for trial.
- | Victims' Code Compliance Monitoring | P | alpha | victims;criminal justice agencies | monitoring;reporting | Measures agencies' compliance with the victims' code using data from police, prosecutors and courts.
- | Criminal Injuries Compensation Applications | S | live | victims of violent crime | applications;decisions;payments | Apply for compensation after a violent crime, with evidence gathered from police and medical providers.
- | Legal Aid Means Assessment | S | live | legal aid providers;applicants | eligibility;means testing | Checks whether an applicant qualifies financially for civil and criminal legal aid, replacing paper means forms.
- | Legal Aid Claims for Payment | S | beta | solicitors;barristers | claims;fee calculation | Providers submit bills for civil and criminal legal aid work and receive payment.
- | Check if You Can Get Legal Aid | S | live | members of the public | eligibility;signposting | Public-facing eligibility checker that directs people to a legal aid provider or telephone advice.
- | Prison Digital Services for Residents | PL | live | prisoners;prison staff | in-cell technology;requests;content | Lets people in prison use in-cell laptops to book visits, make requests, order canteen and access education content.
G20 | Prison Visits Booking | S | live | visitors of prisoners;prison staff | booking;scheduling;visitor checks | Families and friends book social visits to prisons online, choosing from available visit slots, with visitor approval and banned visitor checks and reminders before the visit.
- | Offender Management in Custody | PL | live | prison staff;key workers | case management;sentence planning | Prison case management covering reception, sentence calculation, key work and release planning.
- | Sentence Calculation Service | S | beta | prison custody staff | calculations;release dates | Calculates release dates from sentences imposed, reducing release in error.
- | Prison Population Modelling | P | live | analysts;prison capacity team | forecasting;modelling | Projects the prison population for capacity planning under different sentencing scenarios.
- | Probation Case Management | PL | live | probation practitioners | case management;risk assessment | The single case management system for people on probation, holding supervision plans, contacts and risk assessments.
- | OASys Risk Assessment Replacement | P | alpha | probation practitioners;prison offender managers | risk assessment;sentence planning | Replacing the offender assessment system used to assess risk of harm and reoffending.
- oct=discovery | Electronic Monitoring Tags | C | alpha | people on licence;probation practitioners | location monitoring;alcohol monitoring | Re-procurement of electronic monitoring services, including location and alcohol tags, for 2027.
- | Unpaid Work Scheduling | S | beta | probation staff;people on community sentences | scheduling;attendance | Schedules community payback sessions and records attendance and hours completed.
- | Approved Premises Referrals | S | live | probation practitioners;approved premises managers | referrals;bed allocation | Referrals and bed allocation for probation hostels for high-risk people released from prison.
- | Youth Justice Case Data Exchange | S | live | youth offending teams | data exchange;reporting | Youth offending teams send case-level data to the youth justice board.
- | Lasting Guardianship Supervision | S | retiring | deputies;case workers | supervision;annual reports | Deputies submit annual reports on managing a person's finances. Being replaced by the new supervision service.
- | Criminal Record Disclosure Calculator | S | discovery | people with convictions;employers | guidance;calculations | Discovery into a tool that tells people when their conviction becomes spent.
- | Tribunal Judicial Fee Payments | S | live | fee-paid judges | claims;payments | Fee-paid tribunal judges and members claim sitting fees and expenses.
- | Court Estates Maintenance Backlog | P | live | court estates team;contractors | asset data;works planning | Prioritises the court maintenance backlog using condition surveys and lists works orders.
- | Court Transcription Services | C | live | court users;judiciary | transcription;audio recording | Contract for recording hearings and producing transcripts on request.
- | Single Justice Procedure | S | live | prosecutors;defendants | online pleas;case management | Defendants charged with minor offences such as TV licence evasion plead online and cases are decided by a single magistrate.
G34 | Bulk Scanning of Paper Applications | S | live | court users;court staff | scanning;data capture | Scans and captures data from paper court forms so that they enter the digital services.
- | Reform Programme Closedown | P | retired | service teams | programme closure | Closure of the courts reform programme and handover of services to live operations. Complete.
- new | Court Appointed Deputy Checks | P | discovery | deputies;public guardian | supervision;financial checks | Discovery into automated checks on deputies' bank statements to spot financial abuse earlier.
- | Crime Data Analytics Workspace | PL | beta | analysts;statisticians | analytics;data linkage | Linked courts, prisons and probation data for analysts, used for the justice statistics publications.
- | Magistrates Sitting and Appraisal Records | S | alpha | magistrates;bench chairs | sitting records;appraisals | Records magistrates' sittings against their minimum commitment and their appraisals by bench chairs.
- | Family Mediation Vouchers | S | retiring | separated parents;mediators | vouchers;payments | Voucher scheme contributing to the cost of family mediation. Closing in March 2027.
"""

DATA["hao"] = r"""
G07 oct=alpha | GOV-ID One Login | PL | beta | visa applicants;passport applicants;citizens | sign-in;identity verification;reusable credential | A single sign-in and identity check for citizens using Home Affairs services, so people prove who they are once with their passport chip and reuse that for other applications. Offered to other departments as a shared component.
G09 | Colleague eLearning Portal | S | discovery | all staff;Border Force officers;line managers | learning management;mandatory training;course booking | Discovery into replacing the current e-learning portal with a learning management system that records mandatory training and books face-to-face courses for operational staff.
G13 oct=discovery | Police Digital Evidence Transfer | P | alpha | police forces;prosecutors;courts | evidence sharing;secure file transfer;chain of custody | Lets police forces transfer digital evidence such as CCTV and body-worn video to prosecutors and courts securely, instead of copying it to discs, with the chain of custody recorded.
G17 | Electronic Document and Records Management System (EDRMS) | PL | live | all staff;records managers | document management;records management;retention;search | Departmental EDRMS holding policy and corporate records with file plans, retention and disposal schedules, and transfer of historic records to the national archives.
G20 | Booking of Appointments | S | discovery | visa applicants;citizenship applicants;passport applicants | booking;scheduling;reminders | Discovery into one appointment booking tool for biometric enrolment, citizenship ceremonies and passport interviews, which currently use three different booking products.
G26 | People and Payroll System | PL | live | all staff;HR shared services;payroll team | HR records;payroll;absence management;expenses | The department's HR and payroll system for 40,000 staff, covering pay, absence, expenses and workforce reporting, run by the shared services centre.
G29 | Visa Fee Payments Integration | P | alpha | visa applicants;sponsors | payments;card payments;refunds;reconciliation | Replaces the payment pages in visa applications with a single payment integration, reconciling application fees and health surcharge payments and processing refunds.
G32 | Security Operations Centre (SOC) | S | live | information security team;digital services | security monitoring;incident response;threat intelligence | Round-the-clock security monitoring and incident response for the department's networks, cloud accounts and end-user devices.
- | Apply for a Visa Online | S | live | visa applicants;sponsors | applications;eligibility;decisions | Online applications for work, study and family visas, with document upload and appointment for biometrics.
- | Electronic Visa Status (eVisa) | S | live | migrants;employers;landlords | status checks;digital status | Digital immigration status replacing physical residence permits, with share codes for right to work and right to rent checks.
- | Right to Work and Right to Rent Checks | S | live | employers;landlords;letting agents | status checks;verification | Employers and landlords check a person's immigration status online with their share code.
- | Electronic Travel Authorisation | S | live | visitors;carriers | applications;risk assessment | Visitors who do not need a visa apply for permission to travel before arriving.
- | Sponsor Management System | S | live | employers;universities | licensing;certificates of sponsorship | Licensed sponsors assign certificates of sponsorship to workers and students and report changes.
- | Asylum Casework Platform | PL | live | asylum caseworkers;decision makers | case management;interviews;decisions | Case management for asylum claims from screening and substantive interview to decision.
- | Asylum Support Applications | S | live | asylum seekers;support providers | applications;accommodation allocation;payments | Applications for accommodation and financial support while an asylum claim is considered.
- | Asylum Accommodation Contracts | C | live | asylum seekers;accommodation providers | accommodation;contract management | Contracts for housing and support services for asylum seekers across regions.
- | Immigration Enforcement Case Management | PL | beta | immigration enforcement officers | case management;reporting | Case working for immigration enforcement from encounter through reporting to removal.
- | Reporting Centre Check-ins | S | alpha | people on immigration bail;reporting officers | check-ins;location | Lets people on immigration bail report remotely with a check-in app instead of attending a reporting centre.
- | Passport Application Online | S | live | citizens;countersignatories | applications;photo checks;renewals | Apply for or renew a passport online, with digital photo checks and countersignatory confirmation.
- | Passport Print and Delivery | C | live | passport applicants | printing;secure delivery | Contract for printing passport books and secure courier delivery.
- | Lost and Stolen Passport Reporting | S | live | citizens;border officers | reporting;alerts | Report a lost or stolen passport so it is cancelled and flagged at the border.
- | Citizenship Applications Online | S | beta | applicants;nationality caseworkers | applications;decisions | Online applications for naturalisation and registration as a citizen.
- | Border Crossing eGates | C | live | arriving passengers;Border Force | automated border control;biometrics | Contract for automated passport gates at airports and rail terminals.
- | Advance Passenger Information | PL | live | carriers;Border Force | passenger data;watchlist checks | Receives passenger and crew data from carriers before travel and checks it against watchlists.
- | Border Force Officer Mobile Devices | P | beta | Border Force officers | mobile working;document checks | Handheld devices for officers to check documents and record encounters away from the primary control point.
- | Small Boats Arrivals Processing | P | live | Border Force;immigration enforcement | biometric enrolment;case creation | Records and biometrically enrols people arriving by small boat and creates cases for onward processing.
- | Biometrics Programme Strategic Platform | PL | beta | immigration and police users | biometric matching;fingerprints;facial matching | The replacement for the immigration and police fingerprint systems on a single biometric matching platform.
- | Police National Database Modernisation | P | alpha | police forces | intelligence sharing;search | Modernises the national database forces use to share local intelligence records.
- | Police National Computer Replacement | PL | beta | police forces;law enforcement agencies | records;vehicle and person checks | Replaces the 1974 police national computer holding records on people, vehicles and property.
- | Emergency Services Network | C | beta | police;fire and rescue;ambulance services | mobile communications;push to talk | Replaces the airwave radio network with a 4G mobile communications service for the emergency services.
- | Firearms Licensing Case Management | S | alpha | police firearms licensing teams;certificate holders | applications;case management | Shared case management for firearms and shotgun certificate applications across police forces.
- | Fire Incident Recording System | S | live | fire and rescue services | incident recording;statistics | Records every incident attended by fire and rescue services for national statistics.
- | Disclosure and Barring Checks | S | live | employers;applicants;registered bodies | criminal record checks;barring | Standard, enhanced and basic criminal record checks and barred list decisions.
- | Disclosure Update Service | S | live | applicants;employers | status checks;subscriptions | Keeps a criminal record certificate up to date so it can be reused with new employers.
- | Counter-Terrorism Referrals | S | live | police;local authorities;schools | referrals;case management | Receives and assesses referrals of people at risk of radicalisation.
- | Modern Slavery Referral Mechanism | S | beta | first responders;potential victims | referrals;decisions | First responders refer potential victims of modern slavery and caseworkers make reasonable grounds decisions.
- | Police Funding Formula | P | discovery | police forces;police and crime commissioners | funding calculation;modelling | Discovery into data needed for a revised police funding formula.
- | Police Officer Uplift Tracker | P | retired | police forces | workforce data;reporting | Monthly tracking of police officer recruitment against the uplift target. Complete.
- | Passport Office Knowledge Base | S | retiring | passport examiners | guidance;search | Legacy guidance system for passport examiners, being replaced by a new guidance publishing tool.
- | Visa Decision Quality Assurance | P | alpha | quality assurance teams;decision makers | sampling;quality assessment | Samples visa decisions to check quality and consistency and feeds findings back to caseworkers.
- | Migration Statistics Data Pipelines | PL | live | statisticians;analysts | data pipelines;statistics | Pipelines producing the quarterly immigration statistics from casework systems.
- | Student Visa Compliance Monitoring | P | beta | universities;sponsor compliance officers | monitoring;compliance | Tracks enrolment and attendance of sponsored students reported by universities.
- | Civil Penalties for Illegal Working | S | live | employers;enforcement officers | penalties;debt recovery | Issues and recovers civil penalties for employing illegal workers.
- | Detention Estate Management | S | live | immigration detention staff;contractors | bed management;welfare records | Manages bed allocation and welfare records across immigration removal centres.
- | Returns Travel Document Requests | S | beta | returns caseworkers;foreign embassies | document requests;case tracking | Requests travel documents from other countries' embassies for people being returned.
- | Resettlement Schemes Casework | S | retiring | refugees;local authorities | case management;housing matching | Casework for the closed humanitarian resettlement schemes.
- | Homes for Refugees Host Matching | S | retired | sponsors;refugees;councils | matching;checks | Matched refugees with host households and carried out council checks. Closed to new applications.
- new | Knife Crime Data Dashboard | P | discovery | police forces;violence reduction units | dashboards;analytics | Discovery into a shared view of knife crime offences and hospital admissions for violence reduction units.
- | Domestic Abuse Disclosure Scheme | S | alpha | members of the public;police | applications;disclosures | Online applications to the police to find out whether a partner has a history of abuse.
- | Exempted Dogs Register | S | discovery | police dog legislation officers;owners of exempted dogs | register;records | Discovery into moving the register of dogs exempted under the dangerous dogs legislation from spreadsheets to a secure service.
- | Fire Safety Building Inspections | S | live | fire safety officers;building owners | inspections;enforcement | Records fire safety audits and enforcement notices for high-risk premises.
- | Crime Recording Standards Audit | P | live | police forces;inspectorate | audit;data quality | Tools for auditing police forces' compliance with the national crime recording standards.
- | Passenger Name Record Analysis | PL | live | border targeting teams | passenger data;risk targeting | Analyses airline booking data to target people of interest before they travel.
- | Visa Application Centres Contract | C | live | visa applicants overseas | biometric enrolment;document scanning | Contract for overseas centres where applicants enrol biometrics and submit documents.
- new | Youth Diversion Referral Tracker | P | discovery | police;youth offending teams | referrals;tracking | Discovery into tracking referrals of young people to diversion schemes after a first arrest.
"""

DATA["dot"] = r"""
G04 | Contract Management System | S | beta | commercial teams;contract managers;budget holders | contract management;supplier performance;obligations tracking | A single contract management system for the department's 1,400 contracts, recording key dates, obligations, supplier performance and contract variations. Replaces local spreadsheets and the old e-sourcing tool's contract module.
G06 | Open Data Portal | S | discovery | data users;developers;researchers | open data publishing;API;data catalogue | Discovery into an open data portal to publish transport statistics and operational datasets, such as road traffic counts and rail performance, with APIs and a searchable catalogue.
G12 | Digital Ministerial Submissions | S | live | policy officials;private office;ministers | submissions;workflow;approvals | Policy teams draft and clear submissions to ministers in a digital workflow; private office tracks them and ministers return decisions and comments on a tablet instead of the red box.
G17 new | EDRMS Replacement | P | discovery | all staff;information management team | records management;document management;retention | Discovery into replacing the department's ageing EDRMS when the current licence expires in 2028, including migration of 12 million records and retention schedules.
G24 new | Corporate Risk Regsiter | S | discovery | risk owners;audit and risk committee;executive board | risk management;reporting | Discovery into moving the corporate and directorate risk registers from Excel into a tool with owners, scores, mitigations and board reporting.
G26 | HR, Payroll and Expenses (Shared Services) | P | discovery | all staff;HR;payroll;finance | HR records;payroll;expenses;absence management | Discovery into moving the department and its agencies onto the cluster shared services platform for HR, payroll and expenses when the current outsourced contract ends.
G28 | Cloud Data Lakehouse | PL | alpha | analysts;statisticians;data scientists | data ingestion;analytics;data catalogue | Alpha of a cloud lakehouse to replace the analytical data warehouse, bringing road, rail and aviation datasets together with governed access and a catalogue.
G32 | Cyber Security Monitoring Service | C | beta | information security team;digital services | security monitoring;incident response | Managed service monitoring the department's networks and cloud services for cyber threats and responding to incidents, shared with the transport agencies.
HN4 | Vehicle Operator Licensing | S | live | haulage operators;bus and coach operators;traffic commissioners | operator licences;compliance;public inquiries | Goods and passenger vehicle operators apply for and manage their operator licence (O-licence), nominate transport managers and respond to traffic commissioner public inquiries. Covers fleet operators, not individual drivers or vehicle tax.
- | Rail Performance Data Hub | PL | live | train operators;regulator;analysts | data integration;performance reporting | Collects train running data from operators and network operator to report punctuality and cancellations by route.
- | Rail Fares Data Reform | P | alpha | train operators;ticket retailers | fares data;data standards | Simplifies the national fares data feed so retailers can show passengers the cheapest fare.
- | Pay As You Go Rail Ticketing | P | beta | rail passengers;train operators | contactless ticketing;fare capping | Extends contactless pay-as-you-go ticketing with daily capping to stations outside the capital.
- | Delay Repay Standardisation | P | discovery | rail passengers;train operators | claims;compensation | Discovery into a single delay compensation claim process across all train operators.
- | Rail Franchise Performance Management | S | live | contract managers;train operators | performance regimes;contract payments | Manages performance benchmarks and payments under national rail contracts.
- | Concessionary Bus Pass Reimbursement | S | live | local transport authorities;bus operators | reimbursement;data collection | Data on concessionary bus journeys used to calculate reimbursement to bus operators.
- | Bus Open Data Service | S | live | bus operators;app developers;passengers | timetables;fares data;location data | Operators publish timetables, fares and real-time bus locations in open standard formats.
- | Bus Service Improvement Plans Funding Tracker | P | retiring | local transport authorities | funding allocation;monitoring | Monitors delivery of local bus improvement plans funded through the bus strategy. Closing in 2027.
- | Road Traffic Statistics Counts | S | live | statisticians;highway authorities | data collection;statistics | Manual and automatic traffic counts used to publish annual road traffic statistics.
- | Street Works Register | S | live | utility companies;highway authorities | permits;register | National register of planned and live street works, used by highway authorities to coordinate works.
- | Roadworks Permits Data Standard | P | alpha | highway authorities;utilities | data standards;permits | Common data standard for street works permit schemes across highway authorities.
- | Local Roads Condition Data | P | beta | local highway authorities | condition surveys;asset data | Collects road condition survey data from local highway authorities to allocate pothole funding.
- | Strategic Road Network Asset Management | PL | live | national highways operator;maintenance contractors | asset management;inspections | Asset inventory and condition of motorways and trunk roads used to plan renewals.
- | Smart Motorways Incident Detection | C | live | traffic officers;control centres | incident detection;radar | Stopped vehicle detection radar and control room alerts on all-lane running motorways.
- | Traffic Regulation Orders Digital | P | alpha | local authorities;sat-nav companies | legal orders;data publishing | Makes traffic regulation orders machine readable so navigation services know about restrictions.
- | Electric Vehicle Chargepoint Registry | S | live | drivers;chargepoint operators;app developers | open data;location data | Registry of public EV chargepoints with location, connector type and live availability.
- | Zero Emission Vehicle Mandate Credits | S | beta | vehicle manufacturers | credit trading;compliance | Tracks manufacturers' zero emission vehicle sales and trading of credits against annual targets.
- | Plug-in Vehicle Grant Claims | S | retiring | vehicle dealers;manufacturers | claims;payments | Dealers claim the plug-in van and motorcycle grant at point of sale. Closing in 2027.
- | Aviation Security Compliance | S | live | airports;airlines;inspectors | inspections;compliance | Records aviation security inspections and enforcement at airports.
- | Air Passenger Rights Data | P | discovery | airlines;passengers | complaints data;monitoring | Discovery into collecting airlines' passenger rights compensation data.
- | Airspace Change Tracker | S | live | airports;community groups | process tracking;consultation | Public portal tracking airspace change proposals through each stage of the process.
- | Drone Registration | S | live | drone operators;remote pilots | registration;online test | Register as a drone operator and take the flyer ID test online.
- | Ship Registration | S | live | ship owners | registration;certificates | Registers merchant ships, fishing vessels and pleasure craft on the national ship register.
- | Seafarer Certification | S | beta | seafarers;training providers | applications;certificates | Apply for and revalidate seafarers' certificates of competency.
- | Maritime Incident Reporting | S | live | ship operators;coastguard | incident reporting;investigations | Reporting of maritime accidents and incidents for investigation.
- | Port Freight Statistics | S | live | port operators;statisticians | data collection;statistics | Quarterly returns from ports on freight tonnage by commodity and route.
- | Transport Appraisal Model | P | live | transport analysts;scheme promoters | modelling;appraisal | National transport model used to appraise the benefits of road and rail schemes.
- | Major Projects Portfolio Dashboard | P | live | investment board;project directors | portfolio reporting;dashboards | Monthly cost, schedule and benefits reporting on the department's major infrastructure projects.
- | Active Travel Fund Monitoring | P | beta | local authorities;active travel inspectorate | monitoring;scheme reviews | Tracks cycling and walking schemes funded by the active travel fund and inspection outcomes.
- | Accessible Stations Audit | P | alpha | train operators;disabled passengers | audits;open data | Collects station step-free access information and publishes it for journey planners.
- | Motor Insurance Database Access | C | live | police;insurers | data access;vehicle insurance checks | Contract with the insurers' bureau giving police access to motor insurance data at the roadside.
- | National Travel Survey | S | live | households;statisticians | surveys;statistics | Household survey of personal travel, now with a smartphone travel diary.
- | Future of Freight Data Sharing | P | discovery | logistics firms;ports | data sharing;standards | Discovery into a federated approach to sharing freight movement data.
- | Road Safety Collision Data | S | live | police forces;road safety analysts | data collection;statistics | Police-reported road collision and casualty records used for road safety statistics.
- | Blue Badge Digital Service | S | live | disabled people;local authorities | applications;eligibility;badge printing | Apply for a Blue Badge online; local authorities assess applications and order badges.
- | Motorway Service Area Signage | P | retired | highways operator | signage | Retired project updating service area signs. Complete.
- | Vehicle Safety Recalls | S | live | manufacturers;vehicle owners | recalls;notifications | Manufacturers notify safety recalls and owners check if their vehicle is affected.
- new | Rail Passenger Ombudsman Data Feed | P | discovery | rail ombudsman;train operators | data feeds;monitoring | Discovery into a monthly data feed from the rail ombudsman on passenger disputes by operator.
- | Station Car Park Occupancy | P | alpha | train operators;passengers | sensors;open data | Live car park occupancy at busy stations published as open data.
- | Transport Decarbonisation Tracker | P | beta | policy teams;ministers | emissions modelling;dashboards | Tracks progress against transport carbon budgets by mode.
"""

DATA["defr"] = r"""
G01 oct=discovery | Nature Recovery Community Grants | S | alpha | community groups;charities;parish councils | grants;application forms;assessment;payments | Alpha of an online service for small grants to community groups for local nature recovery projects, from application and scoring through to grant agreements, payments and end-of-grant reports.
G04 | Contract Management System | S | discovery | commercial teams;contract managers | contract management;supplier performance;contract renewals | Discovery into a contract management system for the department and its agencies, to hold contract records, renewal dates, supplier performance reviews and variations in one place.
G06 | Open Data Portal | S | live | data users;developers;researchers | open data publishing;API;data catalogue | The department's open data portal publishing over 3,000 environmental datasets, such as river levels, water quality samples and air quality readings, with APIs and a data catalogue.
G10 | Spatial Data Infrastructure | PL | live | GIS analysts;field staff;partner organisations | geospatial data;map services;data sharing | Shared infrastructure for publishing and consuming map data and geospatial services across the environment group, with a catalogue of spatial datasets, web map services and base mapping.
G12 oct=discovery | e-Submissions to Ministers | S | alpha | policy officials;private office;ministers | submissions;workflow;approvals | Replaces emailed Word submissions with an online workflow for drafting, clearing and tracking advice to ministers, and recording ministerial decisions.
G21 | Stakeholder Relationship Managment | S | discovery | policy teams;stakeholder engagement team | CRM;contact management;engagement tracking | Discovery into a CRM to record contacts with stakeholders, such as farming unions and water companies, meetings held and consultation responses, replacing team contact spreadsheets.
HN1 | Fleet Management | S | live | waste crime enforcement officers;field operations teams;workshop managers | vehicle tracking;vehicle maintenance;fuel cards | Manages the 900 vans and 4x4s used by field officers for flood response, pollution incidents and waste crime enforcement: servicing schedules, telematics, fuel cards and MOT dates.
- | Farming Payments Service | PL | live | farmers;land managers;agents | claims;payments;land parcels | Farmers apply for and are paid under the sustainable farming incentive and other land management schemes.
- | Land Management Plans | P | alpha | farmers;advisers | planning;mapping | Lets farmers build a whole-farm land management plan on a map and choose scheme actions.
- | Rural Payments Land Parcel Register | PL | live | farmers;payments staff | land parcels;mapping | The register of agricultural land parcels and land cover used to check scheme claims.
- | Farm Inspections Scheduling | S | live | inspectors;farmers | inspection selection;scheduling | Selects farms for scheme compliance inspections and schedules inspector visits.
- | Flood Warning System | PL | live | members of the public;local responders | forecasting;warnings;hydrology | Forecasts river and coastal flooding and issues flood alerts and warnings by phone, text and email to 1.6 million registered properties.
- | Flood Risk Mapping | S | live | homeowners;planners;insurers | flood risk data;mapping | Long-term flood risk maps for rivers, sea, surface water and reservoirs.
- | Flood Defence Asset Inspections | S | beta | field engineers | asset inspection;mobile working | Field engineers record condition inspections of flood defences on mobile devices.
- | Hydrometric Monitoring Network | PL | live | hydrologists | telemetry;monitoring | Telemetry from river level, rainfall and groundwater gauges.
- | Water Quality Sampling | S | live | samplers;laboratories;water companies | sampling;laboratory results | Plans and records environmental water samples and laboratory results.
- | Storm Overflow Event Monitoring | S | beta | water companies;regulators;public | event monitoring;open data | Near real-time data on sewage discharges from storm overflows, published as open data.
- | Bathing Water Quality | S | live | public;local authorities | monitoring;public information | Publishes bathing water classifications and daily pollution risk forecasts.
- | Environmental Permitting | S | live | operators;permitting officers | applications;permits;compliance | Applications for environmental permits for waste, water discharge and industrial installations.
- | Waste Tracking Service | S | alpha | waste producers;carriers;receivers | waste movement tracking;data sharing | Mandatory digital tracking of waste from where it is produced to final treatment.
- | Waste Carrier Registration | S | live | waste carriers;brokers;dealers | registration;public register | Register as a waste carrier, broker or dealer.
- | Extended Producer Responsibility for Packaging | S | beta | producers;compliance schemes;local authorities | data reporting;fees;payments to councils | Producers report packaging data and pay fees that fund councils' collection of packaging waste.
- | Deposit Return Scheme Data | P | discovery | drinks producers;scheme administrator | data reporting | Discovery into data reporting for the drinks container deposit return scheme.
- | Animal Disease Reporting | S | live | vets;farmers | disease notifications;case management | Reports of suspected notifiable animal disease and management of outbreaks.
- | Livestock Movements Register | PL | alpha | farmers;markets;abattoirs | movement recording;traceability | Single livestock traceability service for cattle, sheep, goats and pigs.
- | Import Health Certificates | S | live | importers;border control posts | certification;pre-notification | Importers pre-notify animal and plant products and border control posts record checks.
- | Export Health Certificates | S | live | exporters;official vets | certification | Exporters apply for export health certificates for animals and animal products.
- | Plant Health Inspections | S | live | plant health inspectors;growers | inspections;certification | Plant health inspections, plant passports and phytosanitary certificates.
- | Bovine TB Testing Data | S | live | vets;farmers | test results;herd status | Records TB test results and herd restriction status.
- | Pet Travel Documents | S | retiring | pet owners;vets | certificates | Animal health certificates for pets travelling abroad. Moving to a new service.
- | Catch Recording App | S | live | fishers | catch recording;mobile app | Under-10 metre fishing vessels record their catch on a mobile app.
- | Fishing Vessel Licensing | S | live | vessel owners | licences;quota | Licensing and quota management for commercial fishing vessels.
- | Rod Fishing Licence | S | live | anglers | licences;payments | Buy a rod fishing licence online.
- | Protected Sites Condition Monitoring | S | beta | nature conservation officers | monitoring;site condition | Records the condition of protected nature sites from field surveys.
- | Biodiversity Net Gain Register | S | live | developers;landowners;planning authorities | register;biodiversity units | Register of off-site biodiversity gain sites and allocations to developments.
- | Statutory Biodiversity Credits | S | live | developers | credit sales;payments | Developers buy statutory biodiversity credits as a last resort.
- | Tree Felling Licences | S | live | landowners;forestry officers | applications;licences | Apply for a licence to fell trees.
- | Woodland Creation Offer | S | beta | landowners;forestry officers | planting agreements;mapping | Funding agreements for planting new woodland, with mapping of planting proposals; applications and payments go through the farming payments service.
- | Air Quality Monitoring Network | PL | live | scientists;public | monitoring;open data | Automatic monitoring of air pollutants across the national network.
- | Chemicals Regulation (REACH) | S | beta | chemical manufacturers;importers | registrations;data submission | Registration of chemicals under the domestic REACH regime.
- | Pesticides Approvals | S | live | manufacturers;regulators | applications;approvals | Applications for approval of pesticide products.
- | Food Surplus Redistribution Tracker | P | discovery | food businesses;charities | data collection | Discovery into measuring surplus food redistributed to charities.
- | Water Abstraction Licensing | S | live | farmers;water companies;industry | licences;returns | Licences to abstract water and annual abstraction returns.
- | Drought Monitoring Dashboard | P | alpha | drought teams;water companies | monitoring;dashboards | Combines rainfall, river flow and reservoir data to track drought status.
- | Countryside Stewardship Legacy Agreements | S | retiring | farmers;payments staff | claims;payments | Legacy agri-environment agreements being closed down as they end.
- | Basic Payment Scheme | S | retired | farmers | claims;payments | Legacy direct payments scheme. Final payments made.
- new | Soil Health Monitoring | P | discovery | farmers;scientists | monitoring;sampling | Discovery into a national soil health monitoring scheme.
- | Environmental Incident Hotline | S | live | public;incident officers | incident reporting;triage | The 24-hour hotline and online form for reporting pollution and environmental incidents.
"""

DATA["mhlc"] = r"""
G01 | Grants Management System | PL | beta | local authorities;voluntary sector organisations;grant managers | grants;application forms;assessment;payments;monitoring | A grants management system for the department's funds for councils and community organisations, covering application, assessment, grant agreements, payments and monitoring returns. Will replace spreadsheets for 40 grant schemes.
G14 | Case Management System (CMS) | PL | live | caseworkers;planning inspectors;grant officers | case management;workflow;document management | The department's configurable Case Management System (CMS), built on a low-code platform, runs casework for planning call-ins, building safety remediation cases and grant disputes. Other teams onboard new case types without new procurement.
G25 | Complaints System | S | discovery | members of the public;complaints team | complaints handling;case management | Discovery into a system to log and track complaints about the department and its agencies, which are currently handled in shared mailboxes.
G27 | Conversational AI for Housing Enquiries | S | discovery | tenants;homeowners;leaseholders | chatbot;knowledge base | Discovery into a virtual assistant answering public enquiries about leasehold reform, building safety and the help to buy scheme, which currently go to the public enquiries mailbox.
G31 new | Address Lookup Service | PL | alpha | service teams;local authorities | address lookup;address matching;API | Alpha of a shared address lookup and matching API for the department's services, using the national address gazetteer and unique property reference numbers (UPRNs).
- | Planning Data Platform | PL | live | planning authorities;developers;public | planning data;open data;API | Collects and publishes planning and housing data, such as conservation areas and brownfield land, from planning authorities in standard formats.
- | Planning Applications Back-Office Software | P | beta | planning authorities;planning officers | planning applications;case management | Modern open-source back-office software for local planning authorities to process planning applications.
- | Local Plans Digital | P | alpha | planning authorities;communities | plan-making;consultation | Digital local plans, with maps, policies and consultation in a structured format.
- | Planning Appeals Online | S | live | appellants;planning inspectors | appeals;case management | Appeal a planning decision online and follow it through the planning inspectorate.
- | Building Safety Remediation Tracker | S | live | building owners;leaseholders | data collection;monitoring | Tracks remediation of unsafe cladding on high-rise buildings.
- | Building Safety Fund Applications | S | retiring | building owners | applications;eligibility | Applications for funding to remove unsafe cladding. Closing to new applications.
- | High-Rise Building Register | S | live | building owners;regulator | register;data collection | Register of high-rise residential buildings and key building information.
- | Council Tax Base Returns | S | live | local authorities | data collection | Annual returns from councils on the number of properties by council tax band.
- | Local Government Finance Settlement | P | live | local authorities;analysts | funding calculation;modelling | Calculates the annual local government finance settlement.
- | Business Rates Retention Pool | S | live | local authorities | data collection;financial returns | Business rates forecasts and outturn returns from local authorities.
- | Homelessness Case Level Collection | S | live | local authorities | data collection | Quarterly case-level data on homelessness applications and duties owed.
- | Rough Sleeping Data Framework | P | beta | local authorities;outreach services | data collection;monitoring | Monthly management information on rough sleeping from local areas.
- | Temporary Accommodation Cost Monitoring | P | discovery | local authorities | cost monitoring;analytics | Discovery into better data on costs of temporary accommodation.
- | Social Housing Lettings Data | S | live | housing associations;local authorities | data collection | Collects data on new social housing lettings and sales.
- | Decent Homes Standard Data | P | alpha | social landlords | condition data;standards | Data on social homes meeting the decent homes standard.
- | Private Rented Sector Database | S | beta | landlords;tenants;councils | register;compliance | Database of private landlords and properties, with compliance information for tenants and councils.
- | Leasehold Reform Service Charges | P | discovery | leaseholders;managing agents | transparency;data standards | Discovery into standard service charge information for leaseholders.
- | Help to Buy Redemptions | S | retiring | homeowners | redemptions;valuations | Homeowners repay their help to buy equity loan. Closing to new loans.
- | Affordable Homes Programme Monitoring | S | live | housing providers;regulator | programme monitoring;reporting | Tracks delivery of affordable homes funded by the programme.
- | Housing Delivery Test | P | live | planning authorities | calculations;statistics | Annual measurement of housing delivery against requirement for each authority.
- | Energy Performance Certificate Data | S | live | homeowners;landlords;assessors | register;open data | Register of energy performance certificates for buildings.
- | Electoral Registration Digital Service | S | live | citizens;electoral registration officers | registration;verification | Register to vote online and councils verify applicants.
- | Local Elections Results Data | P | discovery | councils;public | results publishing;open data | Discovery into publishing local election results as open data.
- | Voter Authority Certificates | S | live | electors without photo ID | applications;certificates | Apply for a free voter ID document.
- | Levelling Up Funds Monitoring | S | retiring | local authorities | monitoring;returns | Monitoring returns for the levelling up capital funds.
- | Local Authority Data Explorer | P | beta | councils;public;analysts | open data;benchmarking | Interactive data on local authority performance and finances.
- | Supported Housing Oversight | P | alpha | local authorities | data collection;licensing | Data and licensing for exempt supported accommodation.
- | Housing Ombudsman Data Sharing | P | discovery | ombudsman;regulator | data sharing;regulatory intelligence | Discovery into sharing housing ombudsman determinations against landlords with the social housing regulator to target inspections.
- | Community Ownership Fund | S | retired | community groups | applications;funding | Fund for communities to take ownership of local assets. Closed.
- | Land Use Change Statistics | S | live | statisticians | statistics;geospatial data | Annual statistics on changes in land use, from planning and mapping data.
- | Social Housing Regulation Returns | S | live | housing associations | financial returns;data collection | Statutory returns from registered providers to the social housing regulator.
- | Tenant Satisfaction Measures | S | live | social landlords;tenants | surveys;performance data | Landlords publish and report tenant satisfaction measures.
- new | Awaab's Law Hazard Timescales | P | discovery | social landlords;tenants | compliance;monitoring | Discovery into monitoring how quickly landlords fix damp and mould hazards.
- | Building Control Approvals | S | beta | building control bodies;developers | applications;approvals | Applications to the building safety regulator for high-rise building control approval.
- | Design Codes Pathfinder | P | retired | planning authorities | design codes | Programme supporting councils to prepare design codes. Closed.
- | Council Finance Early Warning | P | alpha | local government finance analysts | financial monitoring;analytics | Early warning indicators of councils at risk of financial failure.
- | Green Belt Mapping | P | beta | planning authorities | mapping;geospatial data | National green belt boundaries collected and published in a standard format.
- | Neighbourhood Planning Support | S | live | neighbourhood forums;parish councils | guidance;support | Support and technical help for communities preparing neighbourhood plans.
"""

DATA["dchs"] = r"""
G01 | Grants Management System | PL | live | arts organisations;sports clubs;heritage charities;grant officers | grants;application forms;assessment;payments;monitoring | The department's grants management system, used by the department and its arm's-length bodies to run open funding rounds: applications, assessment panels, grant offers, payments and end-of-grant monitoring.
G14 oct=discovery | CMS Replacement | P | alpha | heritage caseworkers;export licensing officers | case management;workflow;document management | Replacing the ageing CMS used for listed building designation and export licence casework with a configurable case management product, ideally one already used elsewhere in government.
G21 | Stakeholder Relationship Management | S | discovery | policy teams;sector engagement team | CRM;contact management;engagement tracking | Discovery into a shared CRM for recording engagement with museums, broadcasters, sports governing bodies and other stakeholders across the department.
G28 | Data and Analytics Platform | PL | discovery | analysts;statisticians;policy teams | data ingestion;analytics;data catalogue | Discovery into a cloud data platform to bring participation surveys, economic estimates and funding data together for analysts, replacing desktop databases.
G29 | Online Payments for Licences | S | discovery | licence applicants;exporters | payments;card payments;refunds | Discovery into taking card payments online for export licence and other application fees, which are currently paid by bank transfer and reconciled manually.
HN2 | Sports Court Booking | S | beta | community sports clubs;members of the public;leisure centre operators | booking;facility availability;payments | Lets the public and clubs find and book tennis, netball and basketball courts in parks and community sports facilities funded by the department's sport programmes.
- | Museum Collections Online | PL | live | public;researchers;museums | collections;search;images | Online catalogue of the national museums' collections with images and object records.
- | Heritage Listing Applications | S | live | owners;public;heritage advisers | applications;designation | Apply to have a building or site listed for its historic interest.
- | Export Licensing for Cultural Objects | S | live | exporters;expert advisers | applications;licences;reviewing committee | Applications to export cultural objects over value thresholds, with expert adviser review.
- | Gambling Commission Licensing | S | live | gambling operators | licences;compliance | Operator and personal licensing for the gambling regulator.
- | Gambling Levy Collection | S | alpha | gambling operators | levy returns;calculations | Collects the statutory levy on gambling operators.
- | Online Safety Regulator Data | P | beta | online platforms;regulator | data collection;transparency reports | Collection of transparency information from regulated online services.
- | Broadcasting Licence Fee Modelling | P | discovery | policy analysts | modelling;forecasting | Models options for future public service broadcasting funding.
- | Sport Participation Survey | S | live | public;analysts | surveys;statistics | The national survey of sport and physical activity participation.
- | Participation in Culture Survey | S | live | public;analysts | surveys;statistics | Household survey of engagement with culture, heritage and digital.
- | School Sport Premium Tracking | S | retiring | schools | monitoring;returns | Monitoring of how schools use the PE and sport premium. Moving to the education department.
- | Major Events Ticket Ballot | S | retired | public | ballot;ticketing | Ballot for tickets to state-funded major sporting events. Closed.
- | National Lottery Good Causes Data | S | live | distributors;public | open data;funding data | Publishes lottery funding awards by area and good cause.
- | Heritage at Risk Register | S | live | owners;local authorities;public | register;condition monitoring | Register of listed buildings and sites at risk of loss through neglect or decay.
- | Cultural Objects Spoliation Claims | S | live | claimants;panel members | claims;case management | Claims for return of cultural objects lost during the Nazi era.
- | Treasure Reporting | S | live | finders;coroners;museums | reporting;valuations | Finders report potential treasure and museums acquire finds.
- | Museum Accreditation | S | live | museums | applications;assessment | Accreditation scheme standards for museums.
- | Public Libraries Data Collection | S | beta | library services | data collection | Annual data from library authorities on visits and loans.
- | Digital Skills Inclusion Programme | P | alpha | voluntary organisations;digitally excluded people | programme monitoring | Tracks digital inclusion activities and reach.
- | Broadband Voucher Scheme | S | retiring | rural homes;businesses;suppliers | vouchers;claims | Gigabit broadband vouchers for rural premises. Moving to the new digital infrastructure body.
- | Gigabit Coverage Mapping | PL | live | telecoms providers;policy teams | coverage data;mapping | Premises-level broadband coverage data from providers.
- | Mobile Signal Not-Spots | P | discovery | mobile operators | coverage data;analysis | Discovery into mapping areas without mobile signal.
- | Creative Industries Tax Relief Certification | S | live | film producers;video game developers | cultural tests;certification | Certification under the cultural test for creative tax reliefs.
- | Film Location Register | P | discovery | film producers;local authorities | register;search | Discovery into a register of film locations.
- | Grassroots Music Venues Data | P | alpha | music venues | data collection | Data on grassroots music venue closures.
- | Football Governance Regulator Licensing | S | beta | football clubs | licences;financial monitoring | Licensing and financial monitoring of professional football clubs.
- | Safe Standing Licensing | S | retired | football grounds | licences | Licensing of safe standing areas. Moved to the regulator.
- | Commonwealth Games Legacy Data | P | retired | host cities | legacy reporting | Closed legacy evaluation.
- new | Youth Programme Impact Evaluation | P | discovery | youth organisations;evaluators | evaluation;data collection | Discovery into how to measure outcomes of the national youth guarantee activities.
- | Tourism Statistics Dashboard | P | live | tourism bodies;analysts | dashboards;statistics | Inbound and domestic tourism statistics.
- | Image Rights Collections Licensing | S | alpha | publishers;broadcasters | licensing;image library | Licensing images of national collections for commercial use.
- | Cultural Gifts Scheme | S | live | donors;museums | applications;valuations | Donors offer objects to the nation in return for a tax reduction.
- | Spectrum Auction Data | P | live | mobile operators | auction data | Data and reporting for mobile spectrum auctions.
- | Charity Lottery Registration | S | live | society lotteries | registration;returns | Registration and annual returns for society lotteries.
- | Memorials Register | S | beta | public;heritage organisations | register;search | Register of war memorials with condition records.
- | Cultural Development Fund Monitoring | S | retiring | local authorities | monitoring | Monitoring for the closed cultural development fund.
- | Public Lending Right Payments | S | live | authors;illustrators | registration;payments | Authors register books and receive payments for library loans.
"""

DATA["mnd"] = r"""
G04 | Contract Management System (Commercial) | PL | live | commercial officers;project teams;suppliers | contract management;supplier performance;obligations tracking;contract variations | The defence commercial function's contract management system, holding 9,000 live contracts with key dates, obligations, supplier performance and contract amendments. Integrated with the purchase-to-pay system.
G11 | Supplier Assurance Portal | S | live | suppliers;commercial officers;security assurance | supplier onboarding;cyber risk assessment;due diligence | Suppliers register and complete cyber, financial and security questionnaires before contract award; commercial teams see a risk rating and reassess suppliers annually.
G15 | FOI Casework System | S | beta | information rights team;policy branches | case management;deadline tracking;redaction | Casework for FOI requests across head office and the front-line commands, allocating requests, tracking public interest test extensions and redacting released documents.
G22 oct=beta | Recruitment Applicant Tracking System | S | live | candidates;hiring managers;civilian HR | applicant tracking;recruitment;security clearance | Applicant tracking for civilian staff recruitment, from advert and online application through sift and interview to offer and security clearance.
G26 | Civilian HR and Payroll Replacement | P | alpha | civilian staff;HR;payroll | HR records;payroll;absence management;expenses | Replacing the HR and payroll system for 55,000 civilian staff, covering pay, absence, expenses and HR records, as part of the cross-government shared services strategy.
HN1 | Fleet Management | S | live | naval engineers;fleet support planners;dockyard contractors | maintenance planning;ship availability;spares | Plans maintenance periods, defect rectification and spares for the navy's surface fleet and submarines, to maximise the number of ships available for operations.
HN5 | Armed Forces Pension Calculator | S | live | service personnel;veterans | pension forecasts;calculations | Lets serving personnel and veterans forecast their armed forces pension and early departure payments under the 2015 and legacy schemes.
HN6 | Defence Cyber Operations Centre | PL | beta | cyber operations units;joint command | cyber defence operations;threat hunting;deployed networks | Military capability defending deployed and operational networks, conducting threat hunting and supporting cyber operations in the land, sea and air domains.
- | Defence People Records | PL | live | service personnel;unit admin staff | personnel records;service history | Service personnel records, postings, qualifications and service history for regular and reserve forces.
- | Armed Forces Pay and Allowances | PL | live | service personnel;pay staff | pay;allowances | Pay and allowances for 150,000 regular and reserve personnel, including operational allowances.
- | Recruiting Candidate Journey | S | beta | recruits;armed forces careers offices | applications;medical screening;fitness tests | Online application for joining the armed forces, with medical questionnaire and scheduling of assessment centres.
- | Reserve Forces Training Days Tracker | S | live | reservists;units | training records;bounties | Records reservists' training days and qualifying bounty eligibility.
- | Veterans Welfare Casework | S | live | veterans;welfare managers | case management;referrals | Casework for veterans needing welfare support, referrals to charities and help with compensation claims.
- | Veteran Card | S | beta | veterans | card issue;eligibility | Issue of the veteran card to people who have served, checking service records.
- | Armed Forces Compensation Claims | S | live | injured service personnel;veterans | claims;medical evidence | Claims under the armed forces compensation scheme for injury or illness caused by service.
- | Service Family Accommodation Repairs | C | live | service families;maintenance contractor | repairs reporting;contract management | Contract and reporting app for repairs and maintenance of service family homes.
- | Defence Estate Condition Surveys | P | live | estates teams;infrastructure organisation | condition surveys;asset data | Condition surveys of barracks, airfields and training estate to plan investment.
- | Single Living Accommodation Modernisation | P | alpha | infrastructure organisation | asset data;investment planning | Plans the modernisation of single living accommodation blocks.
- | Land Equipment Logistics | PL | live | logistics units;equipment managers | inventory;supply chain;maintenance | Tracks land equipment, vehicles and spares through the supply chain.
- | Munitions Inventory and Traceability | PL | beta | munitions storage sites;logisticians | inventory;traceability | Tracks munitions from manufacture through storage to use or disposal.
- | Global Supply Chain Visibility | P | alpha | logisticians;commands | supply chain;in-transit visibility | Gives commands visibility of consignments in transit to and from operations.
- | Aircraft Maintenance Information System | PL | live | aircraft engineers | maintenance records;airworthiness | Records aircraft maintenance and airworthiness across air and rotary fleets.
- | Submarine Dismantling Project Data | P | beta | project team | project controls | Project data for dismantling decommissioned submarines.
- | Defence Medical Records | PL | live | defence medical services | clinical records;occupational health | Primary care and occupational health records for service personnel.
- | Medical Employment Standards | S | alpha | medical officers;chains of command | fitness grading;deployability | Records medical grading and deployability for service personnel.
- | Service Justice Case Management | S | live | service police;service prosecutors | case management | Case management for the service police and service prosecuting authority.
- | Defence Intelligence Analysis Platform | PL | live | intelligence analysts | analysis;data fusion | Platform for intelligence analysts to fuse and analyse data. Sensitive: limited detail.
- | Secure Mobile Devices | C | live | personnel at official-sensitive | mobile devices;secure communications | Secure mobile phones and tablets for official-sensitive working.
- | Tactical Communications Modernisation | P | alpha | deployed forces | tactical radio;networks | Next generation tactical communications for land forces.
- | Satellite Communications Service | C | live | deployed forces;ships | satellite communications | Satellite communications contract for deployed forces.
- | Training Area Booking | S | live | units;training area managers | range booking;scheduling | Units book live-firing ranges and dry training areas on the defence training estate, with range safety, live-firing restrictions and environmental constraints applied.
G09 | Defence Learning Environment | PL | live | service personnel;civilian staff;training schools | learning management;e-learning;course booking | The defence learning management system: mandatory e-learning for all service and civilian staff, booking onto courses and records of training completed.
- | Cadet Forces Administration | S | live | cadet adult volunteers;cadets | membership;activity records | Membership, activity and qualification records for cadet forces.
- | Armed Forces Covenant Reporting | P | discovery | local authorities;charities | reporting | Discovery into reporting on how public bodies meet the armed forces covenant.
- | Defence Innovation Challenges | S | live | small businesses;academia | competitions;proposals | Open competitions for innovative defence ideas with funding for proof of concept.
- | Equipment Plan Costing Model | P | live | finance;capability planners | cost modelling | Costing model for the ten-year equipment plan.
- | Nuclear Programme Assurance | P | retiring | nuclear programme teams | assurance;reporting | Legacy assurance reporting for nuclear programmes.
- | Legacy Personnel Admin Decommissioning | P | retired | personnel admin | decommissioning | Switched off legacy personnel administration system. Complete.
- new | Drone Counter Measures Trials Data | P | discovery | test and evaluation teams | trials data;analysis | Discovery into a common store for counter-drone trials data.
- | Hydrographic Charting | S | live | mariners;navy | charting;survey data | Nautical charts and survey data production.
- | Meteorological Support to Operations | C | live | air crews;planners | weather forecasting | Contract for weather forecasting support to operations.
- | Defence Fuel Management | S | beta | fuel depots;logisticians | fuel stocks;quality testing | Fuel stocks, quality testing and issue at defence fuel depots.
- | Service Leavers Resettlement | S | live | service leavers | resettlement;training credits | Resettlement support and training credits for people leaving the armed forces.
- | Defence Export Licence Support | S | live | defence exporters | export advice;security classification | Advice and security classification for defence exports.
- | Defence Estate Energy Metering | P | alpha | estates energy managers | metering;energy data | Smart metering of energy use across the defence estate.
- | Military Working Dogs Register | S | retiring | veterinary corps | animal records | Records of military working dogs. Moving into the veterinary system.
"""

DATA["dvra"] = r"""
G05 | Accessibility Testing Service | S | alpha | product teams;suppliers | accessibility auditing;assurance | A small internal team that tests the agency's services for accessibility against WCAG 2.2 AA with screen reader and voice control users, and publishes accessibility statements.
G08 | Contact Centre Cloud Migration | P | discovery | customers;contact centre agents | telephony;call routing;IVR;call recording | Discovery into moving the agency's contact centre telephony from on-premise kit to a cloud contact centre, with better call routing, call-backs and recording.
G15 | Freedom of Information Requests | S | live | members of the public;journalists;information rights team | case management;deadline tracking | Handles requests made under the Freedom of Information Act: logging, searching for information, applying exemptions and replying within 20 working days.
G19 new | Robotic Process Automation Programme | P | discovery | back-office teams | process automation;software robots | Discovery into automating repetitive back-office tasks, such as keying paper applications and refund requests, using software robots.
G20 oct=discovery | Apointment Booking Service | S | alpha | customers;local office staff | booking;scheduling;reminders | Online booking of appointments at agency local offices for identity checks and vehicle inspections, with reminders and rescheduling, replacing phone booking.
G24 | Corporate Risk Register | S | live | risk owners;audit committee | risk management;reporting | The agency's corporate risk register: risk owners update scores and mitigations monthly and the audit and risk committee sees the reports.
G25 | Complaints Management | S | discovery | customers;customer feedback team | complaints handling;case management;reporting | Discovery into a new tool for logging and responding to customer complaints and ombudsman referrals, replacing the current database.
G27 | Chatbot for Vehicle Tax Queries | S | beta | vehicle keepers | chatbot;knowledge base;webchat handover | Chatbot answering common questions about vehicle tax, SORN and refunds on the agency's web pages, handing over to webchat agents.
G29 | Payment Gateway Service | PL | live | customers;service teams | payments;card payments;direct debit;refunds | The agency's payment gateway taking card and direct debit payments for vehicle tax, licences and personalised registrations, with refunds and reconciliation.
G31 | Address Verification | P | discovery | customers;service teams | address lookup;address matching | Discovery into checking and standardising customer addresses at the point of entry to reduce returned post.
HN4 | Vehicle Licensing Online | S | live | vehicle keepers;motor traders | vehicle tax;SORN;payments | Tax a vehicle, make a SORN or cancel vehicle tax online using the reference from the vehicle log book. For individual vehicle keepers, not haulage operators.
HN7 | Registration Certificate Update | S | beta | vehicle keepers;motor traders | registration certificate changes;vehicle records | Lets keepers tell the agency online about a change of keeper, name or address on the vehicle registration certificate (log book), and issues a new certificate.
HN8 | Driving Test Results Interface | S | live | new drivers;driving testing body | test results;licence upgrades | Receives practical driving test pass results from the driving testing body and upgrades the candidate's provisional entitlement to a full licence without a paper application.
- | Apply for a Driving Licence | S | live | learner drivers | applications;identity checks;photo matching | Apply for a first provisional driving licence online, reusing a passport photo where the applicant consents.
- | Renew a Driving Licence | S | live | drivers | renewals;photo capture | Renew a photocard driving licence online every ten years, or at 70 and every three years after.
- | Medical Fitness to Drive | S | beta | drivers with medical conditions;doctors | medical notifications;case management | Drivers tell the agency about medical conditions such as epilepsy or diabetes and caseworkers make licensing decisions using reports from doctors.
- | Medical Enquiries to Clinicians | P | alpha | GPs;consultants;medical caseworkers | evidence requests;secure messaging | Replaces paper questionnaires sent to doctors about a driver's fitness to drive with secure online forms.
- | Driver Record Check | S | live | drivers;employers;car hire firms | record view;share codes | View driving licence entitlements, endorsements and penalty points and share them with an employer or car hire firm using a check code.
- | Court Endorsements Interface | S | live | courts;fixed penalty offices | endorsements;data exchange | Receives driving endorsements and disqualifications from courts and fixed penalty offices and applies them to driver records.
- | Personalised Registrations | S | live | motorists;motor dealers | sales;auctions;assignments | Buy a private number plate online or at auction and assign it to a vehicle.
- | Vehicle Enquiry Service | S | live | public;motor traders;app developers | vehicle data;API | Check a vehicle's make, colour, tax status and MOT expiry; also offered as an API.
- oct=alpha | Vehicle Register Modernisation | P | beta | service teams | records;mainframe migration | Moving the vehicle register of 42 million vehicles off the mainframe onto a modern cloud database without interrupting services.
- | Driver Register Modernisation | P | alpha | service teams | records;mainframe migration | Modernising the driver register, entitlement rules and endorsement history held for 50 million drivers.
- | Fleet Leasing Bulk Licensing | S | live | leasing companies;rental companies | bulk vehicle tax;API | Leasing and rental companies tax thousands of vehicles at once through a bulk interface.
- | Vehicle Tax Enforcement | S | live | enforcement officers;clamping contractor | enforcement;penalties;ANPR | Finds untaxed vehicles through the register and roadside cameras and clamps or removes them.
- | Late Licensing Penalties | S | live | vehicle keepers | penalties;letters | Automatic penalty letters to keepers whose vehicle is untaxed and not declared off road.
- | Motor Trade Registrations | S | live | motor traders | trade plates;registrations | Motor traders apply for trade licences and plates and register new vehicles.
- | Imported Vehicle Registration | S | beta | importers;owners of imported vehicles | vehicle approvals;registrations | Register and tax a vehicle imported from abroad, with evidence of type approval.
- | Vehicle Export Notifications | S | live | exporters;keepers | vehicle records | Tell the agency that a vehicle has been permanently exported so it is removed from the taxable fleet.
- | Scrapped Vehicle Notification | S | live | authorised treatment facilities | notifications;certificates of destruction | Scrapyards notify the destruction of vehicles and issue certificates of destruction.
- | Tachograph Cards | S | live | lorry and bus drivers;companies | card applications | Apply for driver, company and workshop tachograph cards.
- | Drink Drive Rehabilitation Course Records | S | retiring | course providers | course records | Providers record completions of drink drive rehabilitation courses to reduce disqualification. Moving into the driver register.
- | Licence and Log Book Printing | C | live | customers | card printing;secure mail | Contract for printing photocard driving licences and vehicle log books and posting them.
G34 | Paper Application Scanning | S | live | back-office teams | scanning;data capture | Scans and captures data from paper licence applications and vehicle forms.
- | Police Access to Driver and Vehicle Records | S | live | police forces | data access;vehicle checks | Roadside and control room access to driver entitlement and vehicle keeper records.
- | Keeper Enquiries for Parking Enforcement | S | live | local authorities;approved parking operators | keeper enquiries;data access | Councils and accredited parking operators request keeper details for parking contraventions.
- new | Digital Driving Licence | P | discovery | drivers | mobile credential;digital wallet | Discovery into a digital version of the photocard driving licence held in a phone wallet and accepted for age checks.
- | Green Number Plates Data | P | retired | policy teams | vehicle data | Closed project that flagged zero-emission vehicles with green plates in the register.
- | Vehicle Identity Checks | S | live | owners of rebuilt vehicles;inspectors | vehicle inspections | Inspections of rebuilt, kit-built and radically altered vehicles before they are registered.
- | Tax Class Changes | S | alpha | vehicle keepers | tax class;evidence upload | Change a vehicle's tax class online, for example to disabled exempt or historic vehicle.
- | Disabled Vehicle Tax Exemption | S | live | disabled people;benefits department | eligibility;vehicle tax exemption | Applies the vehicle tax exemption for people receiving the higher rate mobility component, using eligibility data from the benefits department.
- | Clean Air Zone Vehicle Data | S | live | local authorities with clean air zones | vehicle data;emissions standards | Supplies vehicle emissions data so clean air zone charging schemes can decide which vehicles pay.
- | Vehicle Keeper Data for Toll Operators | S | beta | river crossing and road toll operators | keeper enquiries;data access | Keeper data for operators enforcing unpaid tolls on crossings.
"""

DATA["nlr"] = r"""
G10 | National Geospatial Data Hub | PL | live | conveyancers;local authorities;government analysts | geospatial data;map services;data sharing;API | Hub publishing the registry's index polygons and land extents as map services and APIs, with a catalogue of spatial datasets shared with other public bodies.
G23 new | Data Protection Impact Asessment Tool | S | discovery | project managers;data protection officer | risk assessment;workflow;approvals | Discovery into an online tool to complete data protection impact assessments, with screening questions and DPO sign-off, replacing the Word template.
G26 | Payroll Service Migration | P | beta | all staff;HR;payroll | payroll;HR records;absence management | Migrating payroll and HR records for 6,000 staff from an in-house system to the cross-government shared services platform, including absence and pension data.
G31 | Address Matching API | PL | live | conveyancers;government services | address matching;address lookup;API | API that matches free-text addresses to registered titles and property references, used by the registry's services and offered to other public bodies.
HN7 | Register Update Service | S | live | conveyancers;solicitors | title register changes;applications | Conveyancers apply to change the title register after a sale, remortgage or transfer, for example to register a new owner or a new charge.
- | Digital Registration Service | S | live | conveyancers | applications;document upload | Conveyancers lodge registration applications and supporting documents digitally through the business portal instead of by post.
- | Search for Land and Property Information | S | live | public;conveyancers | title search;official copies | Members of the public find a property and buy a copy of its title register and title plan for a small fee.
- | Local Land Charges Register | S | beta | local authorities;conveyancers | register;search | Moving local authorities' land charges registers, such as planning conditions and tree preservation orders, into one national register, council by council.
- | Title Plan Digitisation | P | live | mapping surveyors | mapping;digitisation | Converting scanned title plans into vector data aligned to the large-scale base map.
- | Mortgage Discharge Automation | S | live | mortgage lenders | charge removals;API | Lenders remove registered charges electronically when a mortgage is paid off, with no application form.
- | Digital Mortgage Deeds | S | beta | lenders;borrowers;conveyancers | electronic signatures;deeds | Borrowers sign remortgage deeds electronically with two-factor authentication instead of wet-ink signatures and witnesses.
- | Property Fraud Alert | S | live | property owners | alerts;monitoring | Owners sign up for email alerts when someone applies to change the register for their property, to help spot title fraud.
- | Land Registration Casework | PL | live | registration caseworkers | case management;registration decisions | Casework system for registration applications, from receipt and examination through requisitions to completion.
- | Automated Registration Decisions | P | beta | registration caseworkers | automation;rules engine | Rules that complete simple applications, such as change of name after marriage, without a caseworker.
- | Index Map Searches | S | live | conveyancers;developers | index map searches | Search the index map to find whether land is registered and under which title number.
- | Price Paid Data | S | live | public;analysts;property websites | open data;house prices | Monthly open data on residential property sales and prices.
- | Overseas Entities Ownership Data | S | alpha | public;investigators | transparency data | Publishes registered properties owned by overseas entities, linked to the register of beneficial owners.
- | Adjudicator Referrals | S | live | disputing parties;legal team | referrals;disputes | Refers disputed applications that cannot be settled by agreement to the independent adjudicator, with case bundles.
- oct=alpha | Business Portal Access Agreements | C | beta | conveyancing firms;lenders | access agreements;user administration | Agreements, user administration and billing accounts for firms using the business portal.
- | Land Value Capture Insights | P | discovery | policy teams;analysts | land data analysis | Discovery into using register and price data to estimate land value uplift from new infrastructure.
- | Cautions Against First Registration | S | live | landowners;solicitors | applications | Lodging and withdrawal of cautions against first registration of unregistered land.
- | Determined Boundaries | S | live | landowners;surveyors | boundary determinations;surveys | Applications to record the exact line of a legal boundary on the title plan.
- | Public Sector Land Holdings | P | beta | local authorities;government property teams | land ownership data | Identifies land registered to public bodies to support surplus land disposals for housing.
- | Historic Deeds Scanning | P | retiring | archive team | scanning;archiving | Scanning of pre-1990 deeds retained in the deeds store. Closing as the last boxes are processed.
- | Lease Registration | S | live | conveyancers;landlords | lease registration | Registration of new leases over seven years and prescribed clauses checks.
- | Registration Fees Engine | PL | live | service teams | fee calculation | Calculates fees under the land registration fee order for every application type.
- | Pre-lodgement Application Checks | S | alpha | conveyancers | validation | Checks applications for common errors before they are lodged, to reduce requisitions.
- | Day List Decommissioning | P | retired | service teams | decommissioning | Replaced the legacy day list of pending applications. Complete.
- | Register Data Quality | P | beta | data teams | data quality;matching | Fixes inconsistent addresses and proprietor names on the register to improve search.
- | Local Authority Search Results Portal | S | discovery | conveyancers;local authorities | search results | Discovery into returning local authority search results through the registry's portal.
- | Business Portal Redesign | P | alpha | conveyancers;lenders | portal;user experience | Redesign of the business portal navigation and application forms.
- | Research Access to Register Data | S | live | researchers;universities | data access;secure research | Licensed bulk access to register data for academic research.
- new | Register Views for Lenders | P | discovery | mortgage lenders | API;title data | Discovery into an API giving lenders a structured view of the register during mortgage applications.
- | Land and Property Dispute Mediation | S | alpha | neighbours;landowners | mediation;case tracking | Free mediation for boundary and rights-of-way disputes before they reach the adjudicator.
- | Unregistered Land Completion Drive | P | live | landowners;local authorities | first registrations;campaigns | Encourages voluntary first registration of the remaining unregistered land, starting with public bodies.
- | Restrictions and Notices Review | P | discovery | caseworkers | register entries | Discovery into simplifying the forms of restriction entered on the register.
- | Charges Register Standardisation | P | alpha | lenders;caseworkers | data standards | Standard structured format for registered charges data.
- | Rights of Way Evidence Service | S | beta | landowners;local authorities | evidence;applications | Landowners deposit statements and maps to protect against new public rights of way claims.
- | Chancel Repair Liability Notices | S | retiring | landowners | register entries | Handling of chancel repair liability notices. Volumes now very low.
- | Commercial Leases Data | P | discovery | analysts;investors | lease data;open data | Discovery into publishing structured commercial lease terms.
- | Title Deeds Enquiry Line | S | live | public | telephone enquiries;guidance | Telephone guidance line for members of the public about registration.
- | Official Search with Priority | S | live | conveyancers;lenders | searches;priority periods | Conveyancers make an official search of the register before completion, giving a priority period to lodge the application.
- | Bankruptcy Searches | S | live | lenders;conveyancers | land charges searches | Searches of the land charges register for bankruptcy entries against named individuals before lending.
- | Upgrade of Title Applications | S | beta | landowners;conveyancers | applications;title classes | Applications to upgrade possessory or qualified titles to absolute title after the required period.
"""

# ---------------------------------------------------------------------------
# Efforts added in 2026-12 (two new overlap groups D1, D2 and a few of each
# department's own new work).
# ---------------------------------------------------------------------------
DEC_ADDED = {
    "dep": r"""
D1 dec | Reasonable Adjustments Register | S | discovery | disabled claimants;claimants with vulnerabilities;service staff | vulnerability flags;customer preferences;reasonable adjustments | Discovery into a single record of the reasonable adjustments and extra support a claimant needs, such as letters in large print or calls through a relay service, so every benefit service honours them without the claimant having to ask again.
""",
    "nrcs": r"""
D1 dec | Extra Support Register | S | alpha | taxpayers needing extra support;advisers | vulnerability flags;customer preferences;reasonable adjustments | Records when a taxpayer needs extra support, such as more time, a named adviser or communication in an accessible format, and shows it to every adviser and digital service that deals with them.
""",
    "dvra": r"""
D1 dec | Customer Vulnerability Flags | P | discovery | customers with disabilities;vulnerable customers;contact centre agents | vulnerability flags;reasonable adjustments | Discovery into flagging on the driver and vehicle records that a customer needs reasonable adjustments or extra support, so letters, calls and enforcement action take account of it.
""",
    "mjc": r"""
D2 dec | Interpreter Booking Service | S | alpha | court and tribunal staff;interpreters;court users | interpreter booking;language services;scheduling | Court and tribunal staff book spoken and sign language interpreters for hearings, with interpreters accepting jobs and claiming fees in the same service. Replaces emailed booking requests to the language services contractor.
- dec | Crown Court Backlog Forecasting | P | discovery | listing officers;analysts | forecasting;capacity modelling | Discovery into forecasting the Crown Court outstanding caseload under different sitting day allocations.
""",
    "hao": r"""
D2 dec | Interpreting and Translation Bookings | S | discovery | asylum caseworkers;interpreters;Border Force | interpreter booking;translation;scheduling | Discovery into a booking tool for interpreters at asylum interviews and border encounters, and translation of documents, replacing three regional booking spreadsheets.
""",
    "mhc": r"""
- dec | Community Diagnostic Centres Activity Data | P | discovery | ICBs;community diagnostic centres | data collection;operational reporting | Discovery into a weekly patient-level feed of tests carried out in community diagnostic centres.
""",
    "defr": r"""
- dec | Nutrient Management Planning Tool | S | discovery | farmers;agronomists | planning;calculations | Discovery into a free tool for farmers to plan fertiliser and manure applications and meet farming rules for water.
""",
    "mnd": r"""
- dec | Reserve Forces Mobilisation Planning | P | discovery | reserve units;mobilisation planners | planning;readiness data | Discovery into tracking reservists' readiness and availability for mobilisation.
""",
    "nlr": r"""
- dec | Leasehold Title Data Standard | P | discovery | conveyancers;managing agents | data standards;lease data | Discovery into a standard structured extract of leasehold title information for managing agents.
""",
}

# Changes from 2026-11 to 2026-12 (keyed by department slug and 2026-11 name).
DEC_RENAME = {
    ("dvra", "Apointment Booking Service"): "Appointment Booking Service",
    ("dot", "Corporate Risk Regsiter"): "Corporate Risk Register",
    ("mhc", "Enterprise Data Platform"): "Health Data Platform",
    ("hao", "GOV-ID One Login"): "GOV-ID Sign-in",
    ("dep", "Universal Support Full Service"): "Universal Support Digital Service",
    ("nrcs", "Connect Risk Intelligence"): "Connect Compliance Analytics",
    ("defr", "e-Submissions to Ministers"): "Ministerial Submissions Online",
    ("mjc", "Common Platform"): "Common Platform for Criminal Courts",
    ("mnd", "Land Equipment Logistics"): "Land Equipment Logistics and Inventory",
}
# new id; new name (None keeps the name)
DEC_RENUMBER = {
    ("nrcs", "Digital Identity"): None,
    ("mhlc", "Grants Management System"): None,
    ("mjc", "Probation Case Management"): "Probation Case Management System",
    ("des", "Academy Conversion Casework"): None,
}
DEC_RETIRE = [
    ("mhc", "Newborn Hearing Screening Data"),
    ("des", "Multiply Numeracy Programme Monitoring"),
    ("dep", "Restart Scheme Referrals"),
    ("hao", "Resettlement Schemes Casework"),
    ("dvra", "Drink Drive Rehabilitation Course Records"),
]
DEC_REMOVE = [
    ("mhlc", "Complaints System"),
    ("dot", "Motorway Service Area Signage"),
    ("mnd", "Legacy Personnel Admin Decommissioning"),
    ("dchs", "Commonwealth Games Legacy Data"),
]

# Planted invalid rows: 2026-11, one department only.
INVALID_DEPT = "mjc"
INVALID_ROWS = [
    # (insert after this many valid rows, field values, column, problem)
    (6, dict(name="", description="Replacement of courtroom audio-visual kit in the Crown Court estate so that remote evidence links and displays are reliable.",
             kind="project", phase="alpha", user_groups="court staff;judiciary", capabilities="audio-visual;remote links",
             start=dt.date(2026, 2, 2), end=dt.date(2027, 3, 31), budget=3400000),
     "name", "required field is empty"),
    (14, dict(name="Witness Expenses Claims Online", description="Lets prosecution witnesses claim travel expenses and loss of earnings online after attending court.",
              kind="service", phase="beta", user_groups="witnesses;witness care units", capabilities="claims;expenses",
              start=dt.date(2025, 9, 1), end=None, budget=450000),
     "record_id", "duplicate record_id within the file (first used on an earlier line)"),
    (23, dict(name="Tribunal Decisions Publication", description="Publishes anonymised employment and tax tribunal decisions on a searchable public site.",
              kind="service", phase="live", user_groups="public;legal professionals", capabilities="publication;search",
              start="31/02/2026", end=None, budget=780000),
     "start_date", "unparseable date: there is no 31 February"),
    (31, dict(name="Prison Library Catalogue", description="Shared catalogue and loans system for prison libraries run with local library authorities.",
              kind="service", phase="discovery", user_groups="prison librarians;prisoners", capabilities="catalogue;loans",
              start=dt.date(2026, 7, 6), end=None, budget="about two million"),
     "budget_gbp", "unparseable budget"),
    (40, dict(name="Bail Accommodation Referrals", description="Referrals of people bailed by the courts to the bail accommodation and support service.",
              kind="service", phase="beta", user_groups="probation court teams;accommodation providers", capabilities="referrals;bed allocation",
              start=dt.date(2026, 9, 1), end=dt.date(2026, 3, 31), budget=1250000),
     "end_date", "end date (31/03/2026) is before start date (01/09/2026)"),
    (48, dict(name="Offender Learning Records", description="Records prisoners' education and vocational qualifications so they follow the person between prisons.",
              kind="service", phase="pilot", user_groups="prison education providers;prisoners", capabilities="learning records",
              start=dt.date(2026, 4, 13), end=None, budget=690000),
     "phase", "unknown phase 'pilot'"),
]


# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------
def d(y, m, dd):
    return dt.date(y, m, dd)


def rand_date(rng, lo, hi, snap=0.5):
    day = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
    if rng.random() < snap:
        day = day.replace(day=1)
        if day < lo:
            day = lo
    return day


def log_uniform(rng, lo, hi):
    import math
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    step = 10_000 if v < 1_000_000 else 100_000
    return int(round(v / step) * step)


BUDGETS = {
    "discovery": (60_000, 450_000),
    "alpha": (250_000, 2_500_000),
    "beta": (800_000, 9_000_000),
    "retiring": (500_000, 20_000_000),
    "retired": (300_000, 12_000_000),
}
LIVE_BUDGETS = {"service": (1_000_000, 40_000_000), "platform": (5_000_000, 120_000_000),
                "project": (500_000, 15_000_000), "contract": (2_000_000, 80_000_000)}


def parse_block(slug, block):
    out = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) not in (7, 8):
            raise SystemExit(f"{slug}: bad line: {line}")
        flags = [f for f in parts[0].split() if f != "-"]
        e = dict(slug=slug, name=parts[1], kind=KINDS[parts[2]], phase=parts[3],
                 user_groups=parts[4], capabilities=parts[5], description=parts[6],
                 technologies=parts[7] if len(parts) == 8 else None,
                 group=None, hn=None, new=False, dec=False, oct_phase=None)
        assert e["phase"] in PHASES, line
        for f in flags:
            if f[0] in "GD" and f[1:].isdigit():
                e["group"] = f
            elif f.startswith("HN"):
                e["hn"] = f
            elif f == "new":
                e["new"] = True
            elif f == "dec":
                e["dec"] = True
            elif f.startswith("oct="):
                e["oct_phase"] = f[4:]
                assert PHASES.index(e["oct_phase"]) == PHASES.index(e["phase"]) - 1, line
            else:
                raise SystemExit(f"{slug}: unknown flag {f}")
        out.append(e)
    names = [e["name"] for e in out]
    assert len(names) == len(set(names)), f"{slug}: duplicate names"
    return out


# Which owner looks after what: words matched against an effort's name,
# description and user groups.  The first owner of each department is the
# digital lead, who owns anything that matches nobody else.
OWNER_KEYS = {
    "mhc": {"Tom Haworth": "patient app appointment prescription pharmacy record referral notification booking 111 gp",
            "Dr Aisha Bello": "clinical clinicians pathology genomic maternity discharge terminology snomed imaging medicines trial",
            "Gareth Lloyd": "screening vaccination vaccine immunisation health check infection outbreak laboratory",
            "Helen McAllister": "data analytics dashboards collection returns analysts indicators",
            "Kwame Mensah": "workforce staff doctors passport",
            "Siân Griffiths": "social care care homes continuing personal health budgets",
            "Robert Tan": "urgent emergency ambulance virtual wards remote monitoring"},
    "des": {"James Okafor": "schools school census attendance academy pupil exam funding formula",
            "Rachel Stein": "teacher teaching trainee itt induction qualifications misconduct",
            "Daniel Whitcombe": "student finance loans",
            "Zoë Clarke": "skills apprenticeship further education bootcamps learner colleges higher university",
            "Imran Qureshi": "children adoption send ehc early years social",
            "Lucy Barnard": "records correspondence pq parliamentary dpia data protection documents"},
    "dep": {"Mark Donnelly": "universal support work capability claimant commitment advances migration",
            "Grace Adeyemi": "pension pensioners state pension bereavement winter fuel cold weather",
            "Neil Fairbairn": "fraud error risk debt overpayments matching",
            "Charlotte Rowe": "jobcentre work coach jobseekers employer employment job youth appointments",
            "Arjun Patel": "data analytical analysts statisticians sampling",
            "Bethan Hughes": "complaints notify survey telephony contact centre identity sar customer experience",
            "Steven Marsh": "disability disabled pia attendance access to work carer",
            "Olivia Grant": "child maintenance separated parents"},
    "nrcs": {"Rhys Morgan": "helpline contact_centre complaints notices virtual_assistant customer taxpayers",
             "Nadia Rahman": "risk compliance fraud evasion avoidance data_matching investigation",
             "Peter Lindqvist": "customs import export trader border goods excise duty tobacco",
             "Joanna Kowalski": "self_assessment personal_tax paye income_tax child_benefit childcare marriage",
             "Ben Ashworth": "automation robotic rpa scanning",
             "Hannah Lee": "foi information rights",
             "Callum Fraser": "desk estates workplace print supplier"},
    "mjc": {"Liam Doherty": "civil family divorce probate claims court courts hearing possession video witness jury",
            "Ruth Abernethy": "prison prisons prisoners custody sentence",
            "Samuel Idowu": "probation unpaid work approved premises youth electronic monitoring",
            "Eleanor Price": "legal aid mediation",
            "Vikram Nair": "tribunal tribunals appeals employment",
            "Moira Campbell": "soc security cyber evidence"},
    "hao": {"Farah Hussain": "visa asylum immigration migrants sponsor citizenship resettlement refugees detention returns",
            "Colin Rennie": "border passenger egates boats biometric travel",
            "Sophie Laurent": "passport passports",
            "Marcus Bell": "police firearms fire crime knife domestic counter-terrorism emergency",
            "Joy Nwosu": "payroll people learning staff records appointments booking",
            "Declan Walsh": "security soc cyber"},
    "dot": {"Nkechi Eze": "rail train station fares passengers",
            "Paul Brennan": "road roads motorway traffic street works highway vehicle operator blue badge chargepoint",
            "Hazel Pritchard": "maritime ship seafarer aviation airspace drone airport port",
            "Tariq Mahmood": "contract hr payroll edrms records risk cyber submissions",
            "Emma Castleton": "statistics survey model data appraisal analysts"},
    "defr": {"Owen Pugh": "farm farming farmers land payments grants countryside woodland",
             "Lakshmi Iyer": "flood water drought river hydrometric bathing storm abstraction",
             "George Ambrose": "animal plant livestock health certificates pet disease tb pesticides",
             "Hattie Fenwick": "waste packaging deposit fleet permitting incident",
             "Ibrahim Diallo": "data open spatial monitoring air"},
    "mhlc": {"Jon Whitfield": "planning plans appeals design green belt land use neighbourhood",
             "Amara Okonkwo": "building safety high-rise remediation decent homes",
             "Patrick Quinn": "council tax finance business rates settlement funds grants",
             "Megan Rhodes": "homelessness rough sleeping temporary accommodation supported housing tenants lettings"},
    "dchs": {"Kieran O'Connell": "heritage listing export museum treasure cultural collections memorials",
             "Naomi Fisher": "sport sports football participation youth",
             "Dev Malhotra": "gambling lottery broadcasting online safety spectrum mobile gigabit broadband",
             "Rosalind Hart": "grants funding fund payments vouchers"},
    "mnd": {"Cdr James Rutherford": "naval navy ship submarine hydrographic fleet",
            "Lt Col Amir Kazemi": "logistics equipment munitions supply fuel land training area",
            "Judith Pennington": "personnel pay pension veterans recruitment hr payroll cadet reserve leavers medical",
            "Gavin Stroud": "contract commercial supplier export innovation",
            "Wg Cdr Olu Balogun": "cyber communications intelligence satellite"},
    "dvra": {"Mohammed Ali": "driver drivers driving licence medical tachograph endorsements",
             "Claire Thomas": "vehicle vehicles tax registration keeper number plates trade sorn",
             "Dafydd Evans": "contact centre chatbot complaints appointment booking customers",
             "Julia Novak": "risk foi accessibility automation printing scanning payment"},
    "nlr": {"Anjali Desai": "registration conveyancers register title lease mortgage charges searches",
            "Tobias Wren": "geospatial map mapping plans index boundaries address",
            "Caroline Moss": "payroll hr staff",
            "Yusuf Karim": "data protection fraud information assurance"},
}


def choose_owner(dept, e, rng):
    text = " ".join((e["name"], e["description"], e["user_groups"])).lower()
    keys = OWNER_KEYS[e["slug"]]
    best, best_score = [], 0
    for owner in dept["owners"]:
        words = keys.get(owner[0], "").split()
        score = sum(1 for w in words if w.replace("_", " ") in text)
        if score > best_score:
            best, best_score = [owner], score
        elif score == best_score and score > 0:
            best.append(owner)
    return rng.choice(best) if best else dept["owners"][0]


def fill(e):
    """Dates, budget, technologies and owner, from a per-effort seeded RNG."""
    dept = DEPTS[e["slug"]]
    rng = random.Random(f"{SEED}:{e['slug']}:{e['name']}")
    ph, kind = e["phase"], e["kind"]
    if e["dec"]:
        start = rand_date(rng, d(2026, 11, 16), d(2026, 12, 11))
    elif e["new"]:
        start = rand_date(rng, d(2026, 10, 12), d(2026, 11, 20))
    else:
        lo, hi = {"discovery": (d(2026, 3, 2), d(2026, 10, 9)), "alpha": (d(2025, 6, 2), d(2026, 6, 30)),
                  "beta": (d(2024, 1, 8), d(2025, 12, 15)), "live": (d(2015, 4, 1), d(2025, 6, 30)),
                  "retiring": (d(2012, 4, 2), d(2020, 12, 14)), "retired": (d(2010, 4, 1), d(2019, 12, 16))}[ph]
        start = rand_date(rng, lo, hi)
    end = None
    if ph == "discovery":
        if rng.random() < 0.6:
            end = start + dt.timedelta(days=rng.choice([84, 91, 112, 126, 182]))
    elif ph == "alpha":
        if rng.random() < 0.5:
            end = rand_date(rng, d(2027, 1, 4), d(2027, 12, 20))
    elif ph == "beta":
        if rng.random() < 0.5:
            end = rand_date(rng, d(2027, 3, 1), d(2028, 12, 18))
    elif ph == "live":
        if kind == "contract" or rng.random() < 0.2:
            end = rand_date(rng, d(2027, 3, 31), d(2031, 3, 31))
    elif ph == "retiring":
        end = rand_date(rng, d(2026, 12, 31), d(2027, 9, 30))
    elif ph == "retired":
        end = rand_date(rng, d(2024, 1, 31), d(2026, 9, 30))
    if kind == "contract" and end is None:
        end = start + dt.timedelta(days=rng.choice([3, 4, 5]) * 365)
    if end is not None and end <= start:
        end = start + dt.timedelta(days=120)
    lo, hi = LIVE_BUDGETS[kind] if ph == "live" else BUDGETS[ph]
    budget = log_uniform(rng, lo, hi)
    blank = dept["blank"]
    if rng.random() < blank["budget"]:
        budget = None
    tech = e["technologies"]
    if tech is None:
        tech = ";".join(rng.sample(dept["tech"], rng.choice([1, 2, 2, 3, 3, 4])))
        if rng.random() < blank["tech"]:
            tech = ""
    owner_name, role = choose_owner(dept, e, rng)
    owner = f"{owner_name}, {role}"
    if rng.random() < 0.55:
        email = person_email(owner_name, dept["domain"])
    else:
        email = f"{dept['mailbox']}@{dept['domain']}"
    if rng.random() < blank["owner"]:
        owner = ""
    e.update(start=start, end=end, budget=budget, technologies=tech, owner=owner, contact_email=email)


TITLES = ("Air Cdre ", "Cdr ", "Lt Col ", "Wg Cdr ", "Dr ")
FOLD = str.maketrans({"â": "a", "ë": "e", "é": "e", "'": ""})


def person_email(name, domain):
    for t in TITLES:
        if name.startswith(t):
            name = name[len(t):]
    return ".".join(name.lower().translate(FOLD).split()) + "@" + domain


def make_id(dept, seq, start):
    return dept["ids"].format(seq=seq, yy=start.year % 100, yyyy=start.year)


def assign_ids(slug, efforts):
    dept = DEPTS[slug]
    base = [e for e in efforts if not e["new"] and not e["dec"]]
    random.Random(f"{SEED}:order:{slug}").shuffle(base)
    order = base + [e for e in efforts if e["new"]] + [e for e in efforts if e["dec"]]
    rng = random.Random(f"{SEED}:gaps:{slug}")
    seq = dept["seq0"]
    used = set()
    for e in order:
        e["seq"] = seq
        used.add(seq)
        e["record_id"] = make_id(dept, seq, e["start"])
        seq += rng.choice([1, 1, 1, 1, 1, 2, 2, 3, 5])
    dept["next_seq"] = seq
    dept["used_seqs"] = used
    dept["max_seq"] = max(used)


def pick_new(slug, efforts):
    """Besides the efforts flagged `new`, a share of each department's
    discovery work first appears in 2026-11."""
    dept = DEPTS[slug]
    nov = [e for e in efforts if not e["dec"]]
    target = round(len(nov) * dept["newshare"])
    have = sum(e["new"] for e in nov)
    cands = [e for e in nov if not e["new"] and not e["group"] and not e["hn"]
             and e["phase"] == "discovery" and not e["oct_phase"]]
    rng = random.Random(f"{SEED}:new:{slug}")
    for e in rng.sample(cands, max(0, min(len(cands), target - have))):
        e["new"] = True


def fmt_date(dept, v):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    return v.isoformat() if dept["dates"] == "iso" else v.strftime("%d/%m/%Y")


def fmt_money(dept, v):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if dept["money"] == "plain":
        return str(v)
    if dept["money"] == "commas":
        return f"{v:,}"
    if v < 1_000_000:
        return f"£{v // 1000}k"
    m = v / 1_000_000
    return f"£{int(m)}m" if v % 1_000_000 == 0 else f"£{m:.1f}m"


def to_row(dept, e):
    vals = dict(department=dept["name"], record_id=e["record_id"], name=e["name"],
                description=e["description"], kind=e["kind"], phase=e["phase"],
                user_groups=e["user_groups"], capabilities=e["capabilities"],
                technologies=e["technologies"], start_date=fmt_date(dept, e["start"]),
                end_date=fmt_date(dept, e["end"]), budget_gbp=fmt_money(dept, e["budget"]),
                owner=e["owner"], contact_email=e["contact_email"])
    return [vals[c] for c in dept["order"]]


def write_csv(path, dept, rows, encoding="utf-8", delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if dept["crlf"] else "\n",
                   quoting=csv.QUOTE_ALL if dept["quote_all"] else csv.QUOTE_MINIMAL)
    w.writerow([dept["headers"].get(c, c) for c in dept["order"]])
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    if dept.get("bom"):
        data = b"\xef\xbb\xbf" + data
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def build():
    efforts = {}
    for slug in DEPTS:
        es = parse_block(slug, DATA[slug]) + (parse_block(slug, DEC_ADDED[slug]) if slug in DEC_ADDED else [])
        for e in es:
            fill(e)
        pick_new(slug, es)
        for e in es:  # efforts that are new in November start recently
            if e["new"] and e["start"] < d(2026, 10, 1):
                e["start"] = rand_date(random.Random(f"{SEED}:newstart:{slug}:{e['name']}"), d(2026, 10, 12), d(2026, 11, 20))
                if e["end"] is not None and e["end"] <= e["start"]:
                    e["end"] = e["start"] + dt.timedelta(days=112)
        assign_ids(slug, es)
        efforts[slug] = es
    return efforts


def period_view(efforts, period):
    """Return {slug: [effort dicts as they appear in the period]}."""
    out = {}
    for slug, es in efforts.items():
        dept = DEPTS[slug]
        rows = []
        for e in es:
            v = dict(e)
            if period == "2026-10":
                if e["new"] or e["dec"]:
                    continue
                if e["oct_phase"]:
                    v["phase"] = e["oct_phase"]
            elif period == "2026-11":
                if e["dec"]:
                    continue
            else:
                key = (slug, e["name"])
                if key in DEC_REMOVE:
                    continue
                if key in DEC_RENAME:
                    v["name"] = DEC_RENAME[key]
                if key in DEC_RETIRE:
                    assert e["phase"] == "retiring", key
                    v["phase"] = "retired"
                    v["end"] = rand_date(random.Random(f"{SEED}:retire:{key}"), d(2026, 11, 23), d(2026, 12, 4), snap=0)
                if key in DEC_RENUMBER:
                    if "renum_seq" not in e:
                        e["renum_seq"] = dept["next_seq"]
                        dept["next_seq"] += 1
                    v["seq"] = e["renum_seq"]
                    v["record_id"] = make_id(dept, v["seq"], e["start"])
                    if DEC_RENUMBER[key]:
                        v["name"] = DEC_RENUMBER[key]
            rows.append(v)
        rows.sort(key=lambda v: v["seq"])
        out[slug] = rows
    return out


def invalid_rows(dept, valid_rows):
    """Insert the planted invalid rows; returns the final row list and the
    README facts (line number counting the header as line 1)."""
    spare = sorted(set(range(dept["seq0"], dept["max_seq"])) - dept["used_seqs"])
    rng = random.Random(f"{SEED}:invalid")
    spare = sorted(rng.sample(spare, len(INVALID_ROWS)))
    rows = [("ok", v) for v in valid_rows]
    facts = []
    offset = 0
    for n, (after, vals, column, problem) in enumerate(INVALID_ROWS):
        pos = after + offset
        start = vals["start"]
        if column == "record_id":
            assert rows[pos - 4][0] == "ok"
            rid = rows[pos - 4][1]["record_id"]
        else:
            rid = make_id(dept, spare[n], start if isinstance(start, dt.date) else d(2026, 1, 1))
        owner_name, role = dept["owners"][n % len(dept["owners"])]
        e = dict(record_id=rid, name=vals["name"], description=vals["description"], kind=vals["kind"],
                 phase=vals["phase"], user_groups=vals["user_groups"], capabilities=vals["capabilities"],
                 technologies="", start=start, end=vals["end"], budget=vals["budget"],
                 owner=f"{owner_name}, {role}", contact_email=person_email(owner_name, dept["domain"]))
        rows.insert(pos, ("bad", e))
        offset += 1
        col_header = dept["headers"].get(column, column)
        value = {"name": "", "record_id": rid, "start_date": fmt_date(dept, start),
                 "budget_gbp": fmt_money(dept, vals["budget"]), "end_date": fmt_date(dept, vals["end"]),
                 "phase": vals["phase"]}[column]
        facts.append(dict(line=pos + 2, column=column, header=col_header, value=value, problem=problem,
                          record_id=rid, name=vals["name"]))
    # fill in where the duplicate id was first used
    for f in facts:
        if f["column"] == "record_id":
            first = next(i for i, (_, v) in enumerate(rows) if v["record_id"] == f["record_id"])
            f["problem"] += f"; first used on line {first + 2}"
            f["problem"] = f["problem"].replace(" (first used on an earlier line)", "")
    return [to_row(dept, v) for _, v in rows], facts


def truth_pairs(view, groups):
    members = {}
    for slug, rows in view.items():
        for v in rows:
            if v["group"] in groups:
                members.setdefault(v["group"], []).append((slug, v))
    pairs = []
    for gid, ms in sorted(members.items()):
        slugs = [m[0] for m in ms]
        assert len(slugs) == len(set(slugs)), f"{gid}: two members in one department"
        assert len(ms) >= 2, gid
        _, kind, over = groups[gid]
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                (sa, va), (sb, vb) = ms[i], ms[j]
                k = over.get(tuple(sorted((sa, sb))), kind)
                a = (DEPTS[sa]["name"], va["record_id"])
                b = (DEPTS[sb]["name"], vb["record_id"])
                if b < a:
                    a, b = b, a
                pairs.append((a[0], a[1], b[0], b[1], k, gid))
    pairs.sort()
    return members, pairs


def main():
    efforts = build()
    views = {p: period_view(efforts, p) for p in PERIODS}
    counts = {}
    facts = []
    for period in PERIODS:
        for slug, rows in views[period].items():
            dept = DEPTS[slug]
            path = os.path.join(HERE, period, f"{slug}.csv")
            encoding, delimiter = "utf-8", ","
            if period == "2026-10" and slug == "defr":
                encoding = "cp1252"
            if period == "2026-10" and slug == "dvra":
                delimiter = ";"
            if period == "2026-11" and slug == INVALID_DEPT:
                out_rows, facts = invalid_rows(dept, rows)
            else:
                out_rows = [to_row(dept, v) for v in rows]
            write_csv(path, dept, out_rows, encoding, delimiter)
            counts[(period, slug)] = len(out_rows)

    members, pairs = truth_pairs(views["2026-11"], GROUPS)
    with open(os.path.join(HERE, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["department_a", "record_id_a", "department_b", "record_id_b", "kind"])
        for p in pairs:
            w.writerow(p[:5])

    changes = dec_changes(efforts, views)
    with open(os.path.join(HERE, "CHANGES-2026-12.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["change", "department", "record_id_before", "record_id_after", "note"])
        for c in changes:
            w.writerow(c)

    dec_members, _ = truth_pairs(views["2026-12"], DEC_GROUPS)
    write_readme(efforts, views, counts, facts, members, pairs, changes, dec_members)


def dec_changes(efforts, views):
    nov = {(s, v["name"]): v for s, rows in views["2026-11"].items() for v in rows}
    dec_by_seq = {}
    for s, rows in views["2026-12"].items():
        for v in rows:
            dec_by_seq[(s, v["record_id"])] = v
    out = []
    for (s, name), new in sorted(DEC_RENAME.items()):
        rid = nov[(s, name)]["record_id"]
        out.append(("renamed", DEPTS[s]["name"], rid, rid, f"renamed from '{name}' to '{new}'"))
    for (s, name), new in sorted(DEC_RENUMBER.items()):
        old = nov[(s, name)]
        e = next(e for e in efforts[s] if e["name"] == name)
        new_id = make_id(DEPTS[s], e["renum_seq"], e["start"])
        note = f"'{name}' re-entered under a new record id" + (f" and renamed '{new}'" if new else "")
        out.append(("renumbered", DEPTS[s]["name"], old["record_id"], new_id, note))
    for s, name in sorted(DEC_RETIRE):
        rid = nov[(s, name)]["record_id"]
        out.append(("retired", DEPTS[s]["name"], rid, rid, f"'{name}' phase retiring -> retired"))
    for s, name in sorted(DEC_REMOVE):
        v = nov[(s, name)]
        extra = f" (member of overlap group {v['group']})" if v["group"] else ""
        out.append(("removed", DEPTS[s]["name"], v["record_id"], "", f"'{name}' ({v['phase']}) no longer in the catalogue{extra}"))
    for s in sorted(DEPTS):
        for e in efforts[s]:
            if e["dec"]:
                extra = f"; new overlap group {e['group']}" if e["group"] else ""
                out.append(("added", DEPTS[s]["name"], "", e["record_id"], f"'{e['name']}' ({e['phase']}){extra}"))
    order = {"renamed": 0, "renumbered": 1, "retired": 2, "removed": 3, "added": 4}
    out.sort(key=lambda c: (order[c[0]], c[1], c[2], c[3]))
    return out


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    return "\n".join(out)


def write_readme(efforts, views, counts, facts, members, pairs, changes, dec_members):
    L = []
    add = L.append
    slugs = list(DEPTS)
    total = {p: sum(counts[(p, s)] for s in slugs) for p in PERIODS}
    add("# Sample data for `overlap`\n")
    add("Monthly catalogues of digital projects and services for a **fictional** national government, used to "
        "demo `overlap` and to measure its matching quality. Every department, person, e-mail domain "
        "(`*.gov.example`), record id, budget and date is invented.\n")
    add("Everything in this folder except `check_sample.py` is written by `make_sample.py` (Python 3, "
        "standard library only, fixed seeds, no clock). The efforts are hand-written in that script as "
        "Python data, one line per effort. To regenerate:\n")
    add("```sh\npython3 sample-data/make_sample.py   # writes 2026-10/ 2026-11/ 2026-12/ truth.csv CHANGES-2026-12.csv README.md\n"
        "python3 sample-data/check_sample.py  # sanity checks, including byte-identical regeneration\n```\n")
    add("Do not edit the CSV files or this README by hand: change `make_sample.py` and regenerate.\n")

    add("## Departments and files\n")
    add("One file per department per period, `<period>/<slug>.csv`. The `department` column always holds the "
        "full name below, spelt the same in every file and period. Files deliberately differ the way real "
        "spreadsheet exports do: header names, column order, date format (consistent within a file), money "
        "format, quoting, line endings.\n")
    rows = []
    for s in slugs:
        dp = DEPTS[s]
        heads = "canonical (`record_id`, `budget_gbp`...)" if not dp["headers"] else (
            "spreadsheet (`Dept`, `Record ID`, `Project Name`, `Description / Aims`, `Budget (£)`...)"
            if dp["headers"] is SPREADSHEET else "title case (`Department`, `Record ID`, `Start Date`, `Budget (£)`...)")
        ex = views["2026-11"][s][0]["record_id"]
        notes = []
        if dp["order"] != CANON:
            notes.append("own column order")
        if dp.get("bom"):
            notes.append("UTF-8 with BOM")
        if dp["quote_all"]:
            notes.append("every field quoted")
        notes.append("CRLF" if dp["crlf"] else "LF")
        money = {"plain": "`1200000`", "commas": "`1,200,000`", "short": "`£1.2m` / `£350k`"}[dp["money"]]
        dates = "ISO `2026-11-01`" if dp["dates"] == "iso" else "UK `01/11/2026`"
        rows.append((f"`{s}.csv`", dp["name"], f"`{ex}`", heads, dates, money, ", ".join(notes)))
    add(md_table(["file", "department", "record id e.g.", "headers", "dates", "budget", "other"], rows) + "\n")
    add("Optional fields (technologies, end date, budget, owner) are empty on some rows, more often in some "
        "departments (defence leaves many budgets blank). Owners are `Name, Role`; contact e-mails are a "
        "person's address or a team mailbox.\n")

    add("## Row counts (data rows, header excluded)\n")
    rows = [(f"`{s}.csv`",) + tuple(counts[(p, s)] for p in PERIODS) for s in slugs]
    rows.append(("**total**",) + tuple(total[p] for p in PERIODS))
    add(md_table(["file"] + PERIODS, rows) + "\n")
    add(f"`2026-11/{INVALID_DEPT}.csv` includes the {len(INVALID_ROWS)} planted invalid rows listed below; "
        f"the 2026-11 catalogue therefore holds {total['2026-11'] - len(INVALID_ROWS)} valid efforts.\n")

    add("## Planted overlaps (2026-11) and `truth.csv`\n")
    add("Most of each department's efforts are its own business and are written to be genuinely distinct "
        "from other departments' work. Cross-department overlaps were planted deliberately, written the way "
        "a person meets them in real catalogues: same or nearly the same name; renamed and reworded; an "
        "acronym in one catalogue against the full name in another (sometimes only a common public-sector "
        "acronym such as FOI, PQ or SAR); typos and reordered words; and three to five departments building "
        "the same capability. Phases and budgets are mixed inside groups (one live and others in discovery, "
        "all in discovery, several live).\n")
    add("`truth.csv` lists every cross-department pair that truly overlaps in **2026-11**: for a group of k "
        "efforts in k departments, all k(k-1)/2 pairs. Header `department_a,record_id_a,department_b,"
        "record_id_b,kind`; department values exactly as in the `department` column; one row per unordered "
        "pair with `(department_a, record_id_a)` sorted before `(department_b, record_id_b)`; rows sorted. "
        "`kind` is one of `same_name`, `reworded`, `acronym`, `typo`, `shared_capability` (the most "
        "specific description of how the pair looks; a group can mix kinds). Efforts in the same department "
        "are never pairs, invalid rows are never pairs, and hard negatives are not listed.\n")
    by_kind = {}
    for p in pairs:
        by_kind[p[4]] = by_kind.get(p[4], 0) + 1
    add(f"**{len(pairs)} pairs** in {len(members)} groups: " +
        ", ".join(f"{k} {by_kind[k]}" for k in sorted(by_kind)) + ".\n")
    add("Groups (department slug, record id, name, phase in 2026-11):\n")
    for gid in sorted(members):
        title, kind, over = GROUPS[gid]
        ms = members[gid]
        new = [f"{s}" for s, v in ms if v["new"]]
        head = f"- **{gid} {title}** ({kind}" + (", pair kinds vary" if over else "") + ")"
        if new:
            head += f"; new in 2026-11: {', '.join(new)}"
        add(head)
        for s, v in sorted(ms, key=lambda m: m[0]):
            add(f"  - {s} `{v['record_id']}` {v['name']} ({v['phase']})")
    add("")
    oct_groups = sorted(g for g in members if sum(1 for s, v in members[g] if not v["new"]) < 2)
    add(f"Overlap groups that did not exist in 2026-10 (a member is new in 2026-11): {', '.join(oct_groups)}. "
        "Other groups with a member new in 2026-11 existed in October with fewer members.\n")

    add("## Hard negatives\n")
    add("Near-identical names that are in fact different efforts (different users, capabilities and "
        "purpose). They are **not** in `truth.csv`; a tool that pairs them raises a false alarm.\n")
    hn = {}
    for s in slugs:
        for v in views["2026-11"][s]:
            if v["hn"]:
                hn.setdefault(v["hn"], []).append((s, v))
    for h in sorted(hn, key=lambda x: int(x[2:])):
        add(f"- **{h}** {HARD_NEGATIVES[h]}")
        for s, v in hn[h]:
            add(f"  - {s} `{v['record_id']}` {v['name']}")
    add("")

    add("## Planted invalid rows (2026-11)\n")
    add(f"Only `2026-11/{INVALID_DEPT}.csv` has invalid rows: exactly {len(facts)}, one per problem. Line "
        "numbers count the header as line 1 (no field contains a line break). Every other 2026-11 file, and "
        "every 2026-10 and 2026-12 file, is clean.\n")
    rows = [(f"`2026-11/{INVALID_DEPT}.csv`", f["line"], f"`{f['header']}` ({f['column']})",
             f"`{f['value']}`" if f["value"] else "(empty)", f["problem"]) for f in facts]
    add(md_table(["file", "line", "column", "value", "what is wrong"], rows) + "\n")

    add("## 2026-10: the previous month\n")
    nov_only = [(s, v) for s in slugs for v in views["2026-11"][s] if v["new"]]
    moved = [(s, v) for s in slugs for v in views["2026-11"][s] if v["oct_phase"]]
    add(f"2026-10 has {total['2026-10']} efforts against {total['2026-11'] - len(INVALID_ROWS)} valid ones in "
        f"2026-11: {len(nov_only)} efforts first appear in 2026-11, and {len(moved)} efforts moved on one "
        "phase between October and November. Nothing was removed between October and November.\n")
    add("Deliberate format differences in 2026-10 (not errors):\n")
    add("- `2026-10/defr.csv` is encoded in **Windows-1252** (a spreadsheet export): the `£` in budgets is the "
        "single byte 0xA3. The same file is UTF-8 in 2026-11 and 2026-12.")
    add("- `2026-10/dvra.csv` is **semicolon-delimited**; list fields (which use `;` inside) are quoted. The "
        "same file is comma-delimited in 2026-11 and 2026-12.")
    add("- `hao.csv` carries a UTF-8 byte-order mark in every period.\n")
    add("New in 2026-11 (absent from 2026-10):\n")
    for s, v in nov_only:
        add(f"- {s} `{v['record_id']}` {v['name']}" + (f" (group {v['group']})" if v["group"] else ""))
    add("\nPhase moved on between 2026-10 and 2026-11:\n")
    for s, v in moved:
        add(f"- {s} `{v['record_id']}` {v['name']}: {v['oct_phase']} -> {v['phase']}" +
            (f" (group {v['group']})" if v["group"] else ""))
    add("")

    add("## 2026-12: the next month\n")
    add(f"Every deliberate change from 2026-11 to 2026-12 is listed in `CHANGES-2026-12.csv` (header "
        "`change,department,record_id_before,record_id_after,note`; `change` is renamed, renumbered, retired, "
        "removed or added). Nothing else changes: all other efforts keep their id, name, phase and fields.\n")
    rows = [(c[0], next(s for s in slugs if DEPTS[s]["name"] == c[1]), f"`{c[2]}`" if c[2] else "",
             f"`{c[3]}`" if c[3] else "", c[4]) for c in changes]
    add(md_table(["change", "dept", "id before", "id after", "note"], rows) + "\n")
    add("Two overlap groups first appear in 2026-12 (not in `truth.csv`, which is for 2026-11):\n")
    for gid in sorted(dec_members):
        title, kind, _ = DEC_GROUPS[gid]
        add(f"- **{gid} {title}** ({kind})")
        for s, v in sorted(dec_members[gid], key=lambda m: m[0]):
            add(f"  - {s} `{v['record_id']}` {v['name']} ({v['phase']})")
    add("")
    add("Changes that touch planted overlaps: the typo in the vehicle agency's appointment booking service and "
        "in transport's risk register are corrected (renamed); the revenue service's Digital Identity (G07) and "
        "housing's Grants Management System (G01) are renumbered; housing's Complaints System (G25) is removed.\n")

    add("## Caveats\n")
    add("- Generic words (service, platform, digital, data, online) and generic capabilities (case management, "
        "data collection, reporting) appear everywhere, as in real catalogues; they are not overlaps.")
    add("- Some own-business efforts touch neighbouring ground and are deliberately **not** in `truth.csv`: "
        "the pensions and revenue departments' separate fraud investigation case management and fraud risk "
        "scoring (different offences, powers and data); passport printing (home affairs) and licence card "
        "printing (vehicle agency); the education and home affairs funding formulas; the pensions department's "
        "State Pension Forecast and the revenue service's voluntary National Insurance payments. An analyst "
        "may judge some of them worth a look; a tool that raises them is not badly wrong, but they count as "
        "false alarms against `truth.csv`.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


if __name__ == "__main__":
    main()
