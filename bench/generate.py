#!/usr/bin/env python3
"""Synthetic caseload for Tutela's load test: cases with about 4 people each, 1 consultation per case on average
and 5 audit rows per case (sealed into the audit chain), loaded with COPY.

Every name, address, phone number and e-mail address is made up: surnames are built from invented
syllable pairs, streets and towns from invented words, phone numbers are in the 555-01xx range reserved
for fiction, e-mail addresses use example.org. Nothing here comes from real records.

The cases go into the demo region ("Suncoast Region") and its DCF, CBC and CMO organizations, so that the
demo users bas (every case of the region), supervisor (the DCF's cases), cpi and casemanager see them. A few
dozen synthetic caseworkers, and 4 synthetic BAS besides the demo bas, are added to the region (password hash
copied from the demo user cpi) so that case assignments and consultations spread over many workers.

The search column case_file.search_text is written exactly as CaseManagement.refreshSearchText does it:
lower-case of case number, each person's "first last" in insertion order, then for each maltreatment its
code with '_' replaced by ' ' followed by its label, all joined by single spaces. PostgreSQL derives
case_file.search_words from it (V15).

Surnames follow a Zipf-like law (weight 1/sqrt(rank) over 2,000 names): the commonest surname appears in
about 2% of the cases, the surname of rank 300 in about 0.1%. One surname pick in a hundred takes instead one of
400 rare surnames, each in about 0.005% of the cases. The search terms go to <out>/search-terms.txt (rare,
typical = rank 300, common = rank 1, missing = a word no case has, dense = 'ipv', in about 70% of the cases);
<out>/search-term.txt keeps the typical one.

Consultations (the BAS log, V5): dates from the case's intake up to four months after it, E.1.1 and E.1.2
answers as ConsultationRules requires them (N/A for a DCF professional, the required sentences in the note for
a YES), follow-ups on some of the NO answers. With --consultations N (the STOP BAS report's scale, bench/report.sh), about
N / --cases consultations per case instead (at least one, the count varying by 60% either side), every one by the
demo bas or one of the 4 synthetic BAS of the same DV center, so that one provider's report holds them all; intakes
are spread evenly from the start of the fiscal year --fiscal-years - 1 before the current one (4 months earlier) to two
weeks ago, and each case's consultations fall in its first ten months, none after today, so that each full fiscal
quarter holds about the same share. Audit rows: per case CREATE CASE and CREATE PERSON by its CPI,
READ_PROTECTED CASE, UPDATE CASE, and CREATE CONSULTATION by its BAS (or the supervisor's READ_PROTECTED CASE).

Loading: the rows are written in chunks of --chunk cases, and each chunk is loaded by its own psql (COPY, one
transaction) while the next is generated. The indexes that back no constraint are dropped first and created
again from their own definitions afterwards; foreign keys are not checked row by row during COPY
(session_replication_role = replica) but set-wise afterwards, by an anti-join per foreign key, and the load
fails if any row lacks its parent. The audit rows are sealed exactly as audit_seal() does it (the same rows, in
seq order, the same digest, the same watermark), in one transaction that holds the sealers' lock, with the
digests computed here instead of row by row in PL/pgSQL; --seal-with-function uses audit_seal() instead.
bench/run.sh checks the whole chain with /api/v1/audit/verify.

Only the Python standard library is used; psql does the loading.

    python3 bench/generate.py --port 5432 [--cases 100000] [--seed 2026] [--out bench/out]
    python3 bench/generate.py --port 5432 --cases 100000 --consultations 1000000 [--fiscal-years 3]
"""
import argparse
import csv
import datetime
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

# ---- made-up name material -----------------------------------------------------------------------------

SURNAME_HEADS = [
    "Ash", "Birch", "Bright", "Brook", "Calder", "Crest", "Dal", "Dun", "Elder", "Fair", "Fen", "Glen",
    "Gold", "Hal", "Hart", "Hollin", "Kest", "Lang", "Lind", "Mar", "Mel", "Nor", "Oak", "Orm", "Pell",
    "Quill", "Ravel", "Ros", "Sal", "Sever", "Stan", "Tarn", "Thorn", "Tul", "Vant", "Wend", "Wex",
    "Whit", "Win", "Yar", "Alvar", "Belmon", "Castel", "Delar", "Esqui", "Ferra", "Galv", "Ibar",
    "Mont", "Quint",
]
SURNAME_TAILS = [
    "bury", "combe", "cott", "dale", "don", "er", "field", "ford", "gate", "grove", "ham", "hope",
    "hurst", "ley", "low", "mere", "more", "nell", "ridge", "rock", "shaw", "stead", "stone", "ton",
    "vale", "wick", "well", "wood", "worth", "by", "ano", "ares", "edo", "ena", "ero", "ez", "illa",
    "ino", "ona", "oza",
]
FIRST_FEMALE = [
    "Abigail", "Adriana", "Aisha", "Alicia", "Amber", "Ana", "Andrea", "Angela", "Ashley", "Beatriz",
    "Brianna", "Brittany", "Camila", "Carmen", "Chelsea", "Crystal", "Daniela", "Danielle", "Destiny",
    "Diana", "Ebony", "Elena", "Erica", "Fatima", "Gabriela", "Heather", "Imani", "Jasmine", "Jennifer",
    "Jessica", "Kayla", "Keisha", "Kimberly", "Latoya", "Lauren", "Leticia", "Lindsey", "Lucia", "Maria",
    "Marisol", "Megan", "Melissa", "Monique", "Nadia", "Natalia", "Nicole", "Paola", "Priya", "Rachel",
    "Rosa", "Samantha", "Shanice", "Sofia", "Stephanie", "Tamara", "Tanya", "Tiffany", "Valeria",
    "Vanessa", "Yolanda",
]
FIRST_MALE = [
    "Aaron", "Adrian", "Andre", "Anthony", "Brandon", "Brian", "Carlos", "Chris", "Cody", "Corey",
    "Dante", "Darius", "Darnell", "Derek", "Dustin", "Eduardo", "Eric", "Ernesto", "Gabriel", "Hector",
    "Isaiah", "Jamal", "Jason", "Javier", "Jeremy", "Jerome", "Jorge", "Joshua", "Juan", "Justin",
    "Kevin", "Kyle", "Lamar", "Luis", "Malik", "Marcus", "Mario", "Miguel", "Nathan", "Omar", "Oscar",
    "Pedro", "Rafael", "Ramon", "Raymond", "Ricardo", "Robert", "Ryan", "Sergio", "Shane", "Terrence",
    "Travis", "Trevor", "Tyler", "Tyrone", "Victor", "Wade", "Wesley", "Xavier", "Zachary",
]
FIRST_CHILD_F = [
    "Aaliyah", "Amara", "Aria", "Ava", "Bella", "Camila", "Chloe", "Daisy", "Elena", "Ella", "Emma",
    "Gianna", "Hazel", "Isabella", "Ivy", "Jade", "Kiara", "Layla", "Leah", "Lily", "Luna", "Maya",
    "Mia", "Nevaeh", "Nora", "Olivia", "Paisley", "Riley", "Ruby", "Sadie", "Skylar", "Sophia",
    "Valentina", "Willow", "Zoe",
]
FIRST_CHILD_M = [
    "Aiden", "Alexander", "Angel", "Asher", "Caleb", "Carter", "Dylan", "Eli", "Elijah", "Ethan",
    "Ezra", "Gael", "Grayson", "Hudson", "Isaac", "Jace", "Jayden", "Josiah", "Kai", "Leo", "Levi",
    "Liam", "Logan", "Lucas", "Mateo", "Micah", "Noah", "Owen", "Roman", "Santiago", "Theo", "Wyatt",
    "Xavier", "Zion", "Jonah",
]
STREET_WORDS = [
    "Amberleaf", "Bayshade", "Bittern", "Coralwick", "Cypressmoor", "Driftpine", "Egretfield",
    "Fernhollow", "Gullcrest", "Heronmere", "Ibisgate", "Jasminevale", "Kestrelwood", "Lagoonview",
    "Mangrove Bend", "Marlinshaw", "Osprey Reach", "Palmetto Shade", "Pelicanford", "Quailrun",
    "Sandpiper Knoll", "Sawgrass Hollow", "Seagrape", "Tarponwick", "Tidewater Glen", "Wrenbrook",
]
STREET_TYPES = ["Way", "Court", "Lane", "Drive", "Street", "Avenue", "Circle", "Terrace", "Place", "Trail"]
TOWNS = [
    "Sampleton", "Exampleville", "Demo Springs", "Placida Shores", "Fictional Bay", "Mockingport",
    "Testhaven", "Pretend Pines", "Imaginary Isles", "Specimen Key",
]
WORKPLACES = [
    "Example Logistics Co.", "Sample Harbor Marina", "Placeholder Auto Body", "Demo Grocery Outlet",
    "Fictional Roofing LLC", "Mock Street Diner", "Specimen Warehouse Inc.", None, None, None,
]
SCHOOLS = [
    "Sampleton Elementary", "Little Sprouts Child Care", "Exampleville Middle School",
    "Demo Springs High School", "Heronmere Academy", "Tiny Steps Early Learning", None,
]
LANGUAGES = ["en"] * 14 + ["es"] * 5 + ["ht", "pt", "vi"]  # codes, as Tutela stores them

# Maltreatment codes and labels, as in src/main/java/org/tutela/caseload/Maltreatment.java
MALTREATMENTS = {
    "IPV_THREATENS_CHILD": "Intimate Partner Violence Threatens Child",
    "HOUSEHOLD_VIOLENCE_THREATENS_CHILD": "Household Violence Threatens Child",
    "PHYSICAL_INJURY": "Physical Injury",
    "INADEQUATE_SUPERVISION": "Inadequate Supervision",
    "SUBSTANCE_MISUSE": "Substance Misuse",
    "ENVIRONMENTAL_HAZARDS": "Environmental Hazards",
    "MENTAL_INJURY": "Mental Injury",
    "THREATENED_HARM": "Threatened Harm",
    "SEXUAL_ABUSE": "Sexual Abuse",
}
SECONDARY = ["INADEQUATE_SUPERVISION", "SUBSTANCE_MISUSE", "PHYSICAL_INJURY", "ENVIRONMENTAL_HAZARDS",
             "MENTAL_INJURY", "THREATENED_HARM", "SEXUAL_ABUSE"]

WORKERS = (  # synthetic caseworkers added to the region: (role, organization type, count)
    ("CPI", "DCF", 24), ("SUPERVISOR", "DCF", 4), ("CASE_MANAGER", "CBC", 16), ("CASE_MANAGER", "CMO", 8),
)


BAS_WORKERS = 4  # synthetic BAS added to the demo bas's organization
REPORT_CASE_DAYS = 300  # --consultations: a case's consultations fall in its first ten months
# rare surnames: one pick in RARE_SHARE takes one of these, so each is in about 0.005% of the cases
RARE_HEADS = ["Quorv", "Zebul", "Yxar", "Vozzel", "Jubrin", "Kvasz", "Oxmor", "Prazz", "Ulvet", "Zirn",
              "Xoldt", "Wuzz", "Gnarv", "Tzebb", "Hvor", "Ekzil", "Ibbot", "Azzur", "Fjolv", "Nyvv"]
RARE_TAILS = ["anek", "ozzi", "urgh", "ixen", "obaum", "ecki", "utz", "ahov", "emsk", "ilde", "orvy", "ampf",
              "uddle", "eyne", "oskar", "ietz", "ald", "unko", "ervy", "axton"]
RARE_SHARE = 0.01
MISSING_WORD = "xandrovel"  # starts no word of any case
DENSE_WORD = "ipv"

TOPICS = ["RISK_FACTORS", "POWER_AND_CONTROL", "BEHAVIORS_HARMING_CHILD", "IMPACT_ON_CHILDREN",
          "PERPETRATOR_INTERVIEW_STRATEGIES", "SAFETY_ACTIONS", "ACCOUNTABILITY_STRATEGIES"]
MODES = ["IN_PERSON", "PHONE", "VIRTUAL", "STAFFING"]
PROFESSIONAL_ROLES = {"DCF": ["Child Protective Investigator", "CPI Supervisor"],
                      "CBC": ["Dependency Case Manager", "Case Management Supervisor"],
                      "CMO": ["Case Manager", "Family Support Worker"]}
# ConsultationRules: the E.1.1 sentence and the E.1.2 sentences a YES must carry in the note
MONITORING_SENTENCE = "BAS initiated batterer compliance monitoring."
GUIDANCE_SENTENCES = [
    "Guided the child welfare professional in creating safety actions that increase batterer accountability.",
    "Guided child welfare professional in creating case plans that increase batterer accountability.",
    "Guided child welfare professional in creating safety actions and case plans that increase batterer accountability.",
]
NOTE_OPENINGS = [
    "Reviewed the perpetrator's pattern of coercive control with the professional.",
    "Discussed the children's exposure to violence and the protective parent's efforts.",
    "Staffed the case; talked through the perpetrator's history and current risk.",
    "Consulted by phone about the upcoming perpetrator interview.",
    "Went over the safety plan and the perpetrator's access to the children.",
]

SEAL_LOCK = 7305003  # audit_seal()'s advisory lock (V12)
TABLES = ("case_file", "case_maltreatment", "case_assignment", "person", "consultation", "audit_event", "audit_seal")
COLUMNS = {
    "case_file": "id, case_number, region_id, intake_date, status, organization_id, search_text, created_at, "
                 "updated_at",
    "case_maltreatment": "case_id, code",
    "case_assignment": "case_id, user_id",
    # empty CSV fields are NULL, as the app stores blank optional fields
    "person": "id, case_id, role, first_name, last_name, date_of_birth, gender, preferred_language, address_line1, "
              "address_line2, city, state, postal_code, phone, email, workplace, school_or_child_care, shelter_status",
    "consultation": "id, case_id, bas_user_id, consulted_on, professional_name, professional_role, organization_id, "
                    "organization_type, mode, topics, note, compliance_monitoring, guided_safety_actions, "
                    "follow_up_on, created_at, updated_at",
    "audit_event": "at, actor, role, action, entity_type, entity_id, request_id",
}
# every foreign key of the loaded tables, checked set-wise after the load: (table, column, parent table)
FOREIGN_KEYS = [
    ("case_file", "organization_id", "organization"), ("case_file", "region_id", "region"),
    ("case_maltreatment", "case_id", "case_file"), ("case_assignment", "case_id", "case_file"),
    ("case_assignment", "user_id", "app_user"), ("person", "case_id", "case_file"),
    ("consultation", "case_id", "case_file"), ("consultation", "bas_user_id", "app_user"),
    ("consultation", "organization_id", "organization"), ("audit_seal", "seq", "audit_event"),
]
FOREIGN_KEY_PARENT_COLUMN = {"organization": "id", "region": "id", "case_file": "id", "app_user": "id",
                             "audit_event": "seq"}


def psql_base(args):
    return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", args.host, "-p", str(args.port), "-U", args.user,
            "-d", args.dbname]


def query(args, sql):
    out = subprocess.run(psql_base(args) + ["-At", "-F", "|", "-c", sql], check=True, capture_output=True,
                         text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


def run_sql(args, script):
    subprocess.run(psql_base(args), input=script, text=True, check=True)


class Session:
    """One psql session kept open: statements in, their rows out (marked ends), so that a transaction can span
    work done here between its statements."""

    def __init__(self, args):
        env = dict(os.environ, PGCLIENTENCODING="UTF8")
        self.p = subprocess.Popen(psql_base(args) + ["-At", "-F", "|"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True, env=env)
        self.n = 0

    def run(self, sql):
        self.n += 1
        mark = "__end_%d__" % self.n
        self.p.stdin.write(sql.rstrip() + "\n\\echo " + mark + "\n")
        self.p.stdin.flush()
        rows = []
        while True:
            line = self.p.stdout.readline()
            if not line:
                raise RuntimeError("psql session ended (an error above) during: %s" % sql[:200])
            line = line.rstrip("\n")
            if line == mark:
                return rows
            rows.append(line.split("|"))

    def close(self):
        self.p.stdin.close()
        if self.p.wait() != 0:
            raise RuntimeError("psql session failed")


def surnames(rng):
    names = [h + t for h in SURNAME_HEADS for t in SURNAME_TAILS]
    assert len(set(names)) == len(names)
    rng.shuffle(names)
    return names


def fast_uid(rng):
    """uuid.UUID(int=rng.getrandbits(128), version=4) as text, the same value at less than half the cost."""
    bits = rng.getrandbits

    def uid():
        h = "%032x" % ((bits(128) & 0xffffffffffff0fff3fffffffffffffff) | 0x00000000000040008000000000000000)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return uid


def ts(day, seconds):
    """A timestamp with time zone (UTC) as COPY reads it: the day plus seconds, to the microsecond."""
    t = datetime.datetime(day.year, day.month, day.day) + datetime.timedelta(seconds=seconds)
    return t.strftime("%Y-%m-%d %H:%M:%S.%f+00")


class Generator:
    def __init__(self, args, region, orgs, demo):
        self.args = args
        self.region = region
        self.orgs = orgs
        self.rng = random.Random(args.seed)           # the cases and their people (as in earlier versions)
        self.rare_rng = random.Random(args.seed + 1)  # which surname picks take a rare surname
        self.ext = random.Random(args.seed + 2)       # consultations and audit rows
        self.uid = fast_uid(self.rng)
        self.ext_uid = fast_uid(self.ext)
        self.names = surnames(self.rng)
        self.rare_names = [h + t for h in RARE_HEADS for t in RARE_TAILS]
        weights = [1 / (r + 1) ** 0.5 for r in range(len(self.names))]
        self.cum = []
        total = 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.today = datetime.date.today()
        self.now_s = (datetime.datetime.utcnow() - datetime.datetime(self.today.year, self.today.month,
                                                                      self.today.day)).total_seconds()
        # workers: (id, role, org type); the demo users get their share of cases too
        self.workers = {"DCF": [demo["cpi"]], "CBC": [demo["casemanager"]], "CMO": []}
        self.username = {demo["cpi"]: "cpi", demo["casemanager"]: "casemanager"}
        self.worker_rows = []
        n = 0
        for role, org_type, count in WORKERS:
            for _ in range(count):
                n += 1
                wid = self.uid()
                first = self.rng.choice(FIRST_FEMALE + FIRST_MALE)
                self.worker_rows.append((wid, "worker%02d" % n, "%s %s" % (first, self.pick_surname()), role,
                                         orgs[org_type]))
                self.username[wid] = "worker%02d" % n
                if role != "SUPERVISOR":
                    self.workers[org_type].append(wid)
        self.bas = [(demo["bas"], "bas")]
        for i in range(BAS_WORKERS):
            wid = self.ext_uid()
            first = self.ext.choice(FIRST_FEMALE + FIRST_MALE)
            self.worker_rows.append((wid, "bas%02d" % (i + 1), "%s %s" % (first, self.ext.choice(self.names)), "BAS",
                                     orgs["DV_CENTER"]))
            self.bas.append((wid, "bas%02d" % (i + 1)))
        # --consultations (the STOP BAS report's scale): that many consultations over the cases, about the same
        # number per case, dated from the start of the fiscal year --fiscal-years - 1 before the current one to today
        self.report = bool(args.consultations)
        if self.report:
            self.per_case = max(1, round(args.consultations / args.cases))
            self.spread = min(self.per_case - 1, max(0, round(self.per_case * 0.6)))
            start = datetime.date(self.today.year, args.fiscal_start_month, 1)
            if start > self.today:
                start = datetime.date(start.year - 1, start.month, 1)
            self.window_from = datetime.date(start.year - (args.fiscal_years - 1), start.month, 1)
        self.people = 0
        self.consultations = 0
        self.audit_rows = 0
        self.dcf_cases = []
        self.rare_cases = dict.fromkeys(self.rare_names, 0)  # cases per rare surname

    def pick_surname(self):
        name = self.rng.choices(self.names, cum_weights=self.cum, k=1)[0]
        if self.rare_rng.random() < RARE_SHARE:
            name = self.rare_rng.choice(self.rare_names)
        return name

    def chunk(self, first, count, folder):
        """Writes cases first .. first + count - 1 and everything that belongs to them as CSV files."""
        rng, ext, uid, ext_uid = self.rng, self.ext, self.uid, self.ext_uid
        today, orgs, region = self.today, self.orgs, self.region
        files = {t: open(os.path.join(folder, t + ".csv"), "w", newline="") for t in COLUMNS}
        w = {t: csv.writer(f) for t, f in files.items()}
        for i in range(first, first + count):
            case_id = uid()
            if self.report:  # intakes spread evenly from 4 months before the window to 2 weeks ago
                intake = self.window_from + datetime.timedelta(
                    days=int(rng.random() * ((today - self.window_from).days + 120 - 14)) - 120)
            else:
                intake = today - datetime.timedelta(days=int(rng.random() ** 1.3 * 6 * 365))
            age = (today - intake).days
            r = rng.random()
            if age < 60 or (age < 365 and r < 0.15):
                status = "INVESTIGATION"
            elif age < 3 * 365 and r < 0.7:
                status = "CASE_MANAGEMENT"
            else:
                status = "CLOSED"
            if status == "INVESTIGATION":
                org_type = "DCF"
            elif status == "CASE_MANAGEMENT":
                org_type = "CBC" if rng.random() < 0.65 else "CMO"
            else:
                org_type = rng.choices(["DCF", "CBC", "CMO"], [0.45, 0.35, 0.20])[0]
            if org_type == "DCF":
                self.dcf_cases.append(case_id)
            case_number = "%d-SC-%06d" % (intake.year, 100_000 + i)

            codes = ["IPV_THREATENS_CHILD" if rng.random() < 0.7 else "HOUSEHOLD_VIOLENCE_THREATENS_CHILD"]
            for _ in range(rng.choices([0, 1, 2], [0.55, 0.35, 0.10])[0]):
                code = rng.choice(SECONDARY)
                if code not in codes:
                    codes.append(code)
            for code in codes:
                w["case_maltreatment"].writerow((case_id, code))

            assigned = [rng.choice(self.workers["DCF"])]
            if status != "INVESTIGATION" and org_type != "DCF":
                assigned.append(rng.choice(self.workers[org_type]))
            for a in assigned:
                w["case_assignment"].writerow((case_id, a))

            family = self.pick_surname()
            other_family = self.pick_surname() if rng.random() < 0.8 else family
            people = []  # (role, first, last, born, gender)
            people.append(("SURVIVOR", rng.choice(FIRST_FEMALE), family, 20 + rng.randrange(25), "FEMALE"))
            people.append(("PERPETRATOR", rng.choice(FIRST_MALE), other_family, 21 + rng.randrange(28), "MALE"))
            for _ in range(rng.choices([1, 2, 3], [0.35, 0.45, 0.20])[0]):
                girl = rng.random() < 0.5
                people.append(("CHILD", rng.choice(FIRST_CHILD_F if girl else FIRST_CHILD_M),
                               family if rng.random() < 0.8 else other_family, rng.randrange(17),
                               "FEMALE" if girl else "MALE"))
            if rng.random() < 0.15:
                people.append(("OTHER_CAREGIVER", rng.choice(FIRST_FEMALE), self.pick_surname(),
                               45 + rng.randrange(30), "FEMALE"))
            household = "%d %s %s" % (100 + rng.randrange(9800), rng.choice(STREET_WORDS), rng.choice(STREET_TYPES))
            town = rng.randrange(len(TOWNS))
            person_ids = []
            for role, first_name, last, years, gender in people:
                born = intake - datetime.timedelta(days=years * 365 + rng.randrange(365))
                adult = role != "CHILD"
                separate = role in ("PERPETRATOR", "OTHER_CAREGIVER")
                address = ("%d %s %s" % (100 + rng.randrange(9800), rng.choice(STREET_WORDS),
                                         rng.choice(STREET_TYPES)) if separate else household)
                city = TOWNS[rng.randrange(len(TOWNS))] if separate else TOWNS[town]
                pid = uid()
                person_ids.append(pid)
                w["person"].writerow((
                    pid, case_id, role, first_name, last, born.isoformat(), gender, rng.choice(LANGUAGES),
                    address, "Apt %d" % (1 + rng.randrange(40)) if rng.random() < 0.25 else "", city, "FL",
                    "3%04d" % (3000 + town * 100 + rng.randrange(100)),
                    "(727) 555-01%02d" % rng.randrange(100) if adult else "",
                    "%s.%s%d@example.org" % (first_name.lower(), last.lower(), rng.randrange(100))
                    if adult and rng.random() < 0.5 else "",
                    (rng.choice(WORKPLACES) or "") if adult else "",
                    (rng.choice(SCHOOLS) or "") if not adult else "",
                    "IN_SHELTER" if role == "SURVIVOR" and rng.random() < 0.12 else "",
                ))
            self.people += len(people)
            for last in {p[2] for p in people}:
                if last in self.rare_cases:
                    self.rare_cases[last] += 1

            search_text = " ".join([case_number, " ".join("%s %s" % (f, l) for _, f, l, _, _ in people),
                                    " ".join("%s %s" % (c.replace("_", " "), MALTREATMENTS[c])
                                             for c in codes)]).lower()
            created = ts(intake, 9 * 3600 + ext.randrange(8 * 3600))
            w["case_file"].writerow((case_id, case_number, region, intake.isoformat(), status, orgs[org_type],
                                     search_text, created, created))

            # ---- consultations and audit rows (their own random stream) ----
            cpi = assigned[0]
            cpi_name = self.username[cpi]
            later = assigned[1] if len(assigned) > 1 else cpi
            consulted = []
            if self.report:  # about --consultations / --cases per case, at least one
                many = max(1, self.per_case + ext.randint(-self.spread, self.spread))
            else:
                many = ext.choices((0, 1, 2, 3), (0.30, 0.45, 0.20, 0.05))[0]
            for _ in range(many):
                if self.report:  # over the case's first ten months, none after today
                    offset = ext.randrange(REPORT_CASE_DAYS)
                    if offset > (today - intake).days:
                        offset = ext.randrange((today - intake).days + 1)
                    day = intake + datetime.timedelta(days=offset)
                else:
                    day = min(today, intake + datetime.timedelta(days=ext.randrange(120)))
                k_type = "DCF" if (day - intake).days < 45 or org_type == "DCF" else org_type
                bas_id, bas_name = self.bas[0] if ext.random() < 0.2 else ext.choice(self.bas[1:])
                monitoring = "NOT_APPLICABLE" if k_type == "DCF" else ("YES" if ext.random() < 0.35 else "NO")
                guided = "YES" if ext.random() < 0.6 else "NO"
                note = [ext.choice(NOTE_OPENINGS)]
                if monitoring == "YES":
                    note.append(MONITORING_SENTENCE)
                if guided == "YES":
                    note.append(ext.choice(GUIDANCE_SENTENCES))
                follow_up = (day + datetime.timedelta(days=7 + ext.randrange(24))).isoformat() \
                    if guided == "NO" and ext.random() < 0.5 else ""
                topics = ext.sample(TOPICS, ext.choice((1, 2, 2, 3)))
                kid = ext_uid()
                at = ts(day, 10 * 3600 + ext.randrange(7 * 3600))
                w["consultation"].writerow((
                    kid, case_id, bas_id, day.isoformat(),
                    "%s %s" % (ext.choice(FIRST_FEMALE + FIRST_MALE), ext.choice(self.names)),
                    ext.choice(PROFESSIONAL_ROLES[k_type]), orgs[k_type], k_type, ext.choice(MODES),
                    "{%s}" % ",".join(topics), " ".join(note), monitoring, guided, follow_up, at, at))
                consulted.append((kid, bas_name, at))
            self.consultations += len(consulted)
            # 5 audit rows per case, as the app writes them (actor, role, action, entity, request id)
            request = ext_uid()
            rows = [
                (created, cpi_name, "CPI", "CREATE", "CASE", case_id, request),
                (ts(intake, 9 * 3600 + 8 * 3600 + ext.randrange(3600)), cpi_name, "CPI", "CREATE", "PERSON",
                 person_ids[0], ext_uid()),
                (ts(min(today, intake + datetime.timedelta(days=ext.randrange(1, 30))), 8 * 3600 + ext.randrange(36000)),
                 cpi_name, "CPI", "READ_PROTECTED", "CASE", case_id, ext_uid()),
                (ts(min(today, intake + datetime.timedelta(days=ext.randrange(30, 200))),
                    8 * 3600 + ext.randrange(36000)), self.username[later],
                 "CPI" if later == cpi else "CASE_MANAGER", "UPDATE", "CASE", case_id, ext_uid()),
            ]
            if consulted:
                kid, bas_name, at = consulted[0]
                rows.append((at, bas_name, "BAS", "CREATE", "CONSULTATION", kid, ext_uid()))
            else:
                rows.append((ts(min(today, intake + datetime.timedelta(days=ext.randrange(1, 60))),
                                8 * 3600 + ext.randrange(36000)), "supervisor", "SUPERVISOR", "READ_PROTECTED", "CASE",
                             case_id, ext_uid()))
            for row in rows:
                if row[0] > self.now_text:  # nothing in the future (rows of today's cases)
                    row = (self.now_text,) + row[1:]
                w["audit_event"].writerow(row)
            self.audit_rows += len(rows)
        for f in files.values():
            f.close()


def load_chunk(args, folder):
    """Starts a psql that loads one chunk in one transaction; returns the process."""
    lines = ["BEGIN;", "SET LOCAL session_replication_role = replica;", "SET LOCAL synchronous_commit = off;"]
    for table, cols in COLUMNS.items():
        lines.append("\\copy %s (%s) FROM '%s' WITH (FORMAT csv)" % (table, cols, os.path.join(folder, table + ".csv")))
    lines.append("COMMIT;")
    p = subprocess.Popen(psql_base(args), stdin=subprocess.PIPE, text=True)
    p.stdin.write("\n".join(lines) + "\n")
    p.stdin.close()
    return p


def seal_in_python(args, session, tmp):
    """audit_seal(no limit), with the digests computed here: the rows of finished transactions from the last
    seal's watermark on that are not sealed yet, in seq order, each hashed as audit_event_digest() does (sha256 of
    the UTF-8 text of a JSON array of the previous hash in hex and the row's fields), chained from the head, with
    the watermark audit_seal() would write. The caller holds the sealers' lock in this session."""
    session.run("BEGIN;")
    head = session.run("SELECT s.position, encode(s.hash, 'hex'), s.watermark FROM audit_seal s "
                       "ORDER BY s.position DESC LIMIT 1;")
    position, prev, since = (int(head[0][0]), bytes.fromhex(head[0][1]), head[0][2]) if head else (0, None, "0")
    upto = session.run("SELECT greatest(pg_snapshot_xmin(pg_current_snapshot()), '%s'::xid8);" % since)[0][0]
    rows_file = os.path.join(tmp, "to-seal.csv")
    seals_file = os.path.join(tmp, "seals.csv")
    # the digest's JSON array without its first element (the previous hash), built by PostgreSQL as
    # audit_event_digest() builds it
    session.run(
        "\\copy (SELECT e.seq, json_build_array(e.seq, to_char(e.at AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), e.actor::text, e.role::text, e.action::text, e.entity_type::text, "
        "e.entity_id::text, e.request_id::text)::text FROM audit_event e WHERE e.xid >= '%s' AND e.xid < '%s' "
        "AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.seq = e.seq) ORDER BY e.seq) TO '%s' WITH (FORMAT csv)"
        % (since, upto, rows_file))
    first = position + 1
    count = 0
    sha = hashlib.sha256
    with open(rows_file, newline="", encoding="utf-8") as rows, open(seals_file, "w") as out:
        for seq, rest in csv.reader(rows):
            assert rest[0] == "[" and rest[1] != "]"
            text = ('["%s", ' % prev.hex() if prev is not None else "[null, ") + rest[1:]
            digest = sha(text.encode("utf-8")).digest()
            position += 1
            out.write("%d,%s,%s,\\x%s,%s\n" % (position, seq, "\\x" + prev.hex() if prev is not None else "",
                                               digest.hex(), upto))
            prev = digest
            count += 1
    if count:
        session.run("SET LOCAL session_replication_role = replica;")
        session.run("SET LOCAL synchronous_commit = off;")
        session.run("\\copy audit_seal (position, seq, prev_hash, hash, watermark) FROM '%s' WITH (FORMAT csv)"
                    % seals_file)
        # the first and last new seals, and a sample between, as audit_event_digest() computes them
        bad = session.run(
            "SELECT count(*) FROM audit_seal s JOIN audit_event e ON e.seq = s.seq WHERE s.position IN "
            "(SELECT p FROM generate_series(%d, %d, greatest(1, %d / 1000)) p UNION ALL SELECT %d) "
            "AND s.hash IS DISTINCT FROM audit_event_digest(s.prev_hash, e.seq, e.at, e.actor, e.role, e.action, "
            "e.entity_type, e.entity_id, e.request_id);" % (first, position, count, position))
        if int(bad[0][0]):
            session.run("ROLLBACK;")
            raise RuntimeError("%s seals of the sample differ from audit_event_digest(); nothing sealed" % bad[0][0])
    session.run("COMMIT;")
    os.remove(rows_file)
    os.remove(seals_file)
    return count


def seal_with_function(args, session):
    """audit_seal() itself, in batches of 100,000, until nothing is left (the lock is this session's already)."""
    total = 0
    while True:
        n = int(session.run("SELECT audit_seal(100000);")[0][0])
        total += n
        if n == 0:
            return total


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="localhost")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--user", default="postgres")
    p.add_argument("--dbname", default="postgres")
    p.add_argument("--cases", type=int, default=100_000)
    p.add_argument("--chunk", type=int, default=50_000, help="cases per COPY transaction")
    p.add_argument("--consultations", type=int, default=0,
                   help="the STOP BAS report's scale: about this many consultations over the cases, all of the demo "
                        "bas's DV center, spread over --fiscal-years fiscal years up to today (default: about one "
                        "per case over six years)")
    p.add_argument("--fiscal-years", type=int, default=3, help="with --consultations: the current fiscal year and "
                                                                "this many minus one before it")
    p.add_argument("--fiscal-start-month", type=int, default=7, help="the month the fiscal year starts in (July)")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--region", default="Suncoast Region")
    p.add_argument("--keep-indexes", action="store_true", help="load with every index in place")
    p.add_argument("--seal-with-function", action="store_true", help="seal with audit_seal() row by row")
    p.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    started = time.monotonic()
    timings = {}

    rows = query(args, "SELECT id FROM region WHERE name = '%s'" % args.region.replace("'", "''"))
    if not rows:
        sys.exit("no region named %r: start the app with demo data first" % args.region)
    region = rows[0][0]
    orgs = {t: i for i, t in query(args, "SELECT id, type FROM organization WHERE region_id = '%s' "
                                         "AND type IN ('DCF','CBC','CMO') ORDER BY name" % region)}
    if set(orgs) != {"DCF", "CBC", "CMO"}:
        sys.exit("the region lacks a DCF, CBC or CMO organization: %r" % orgs)
    demo = {u: i for u, i in query(args, "SELECT username, id FROM app_user WHERE username IN "
                                         "('cpi','casemanager','supervisor','bas')")}
    orgs["DV_CENTER"] = query(args, "SELECT organization_id FROM app_user WHERE username = 'bas'")[0][0]
    existing = int(query(args, "SELECT count(*) FROM case_file WHERE case_number LIKE '%-SC-1_____'")[0][0])
    if existing:
        sys.exit("synthetic cases are already loaded (%d); start from a fresh data folder" % existing)

    gen = Generator(args, region, orgs, demo)
    gen.now_text = ts(gen.today, gen.now_s - 60)
    tmp = tempfile.mkdtemp(prefix="tutela-bench-")
    # the sealers' lock, held from here to the end of the sealing: the app's sealer skips its turns meanwhile
    # (audit_seal() only tries the lock), so that the loaded rows are sealed here in one go
    sealer = Session(args)
    sealer.run("SELECT pg_advisory_lock(%d);" % SEAL_LOCK)

    dropped = []
    if not args.keep_indexes:
        dropped = query(args, "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                              "WHERE i.indrelid::regclass::text IN (%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                              "WHERE c.conindid = i.indexrelid) ORDER BY 1" % ",".join("'%s'" % t for t in TABLES))
        run_sql(args, "".join("DROP INDEX %s;\n" % name for name, _ in dropped))
    with open(os.path.join(tmp, "worker_in.csv"), "w", newline="") as f:
        csv.writer(f).writerows(gen.worker_rows)
    run_sql(args, "\n".join([
        "BEGIN;",
        "CREATE TEMP TABLE worker_in (id uuid, username text, display_name text, role text, organization_id uuid);",
        "\\copy worker_in FROM '%s' WITH (FORMAT csv)" % os.path.join(tmp, "worker_in.csv"),
        "INSERT INTO app_user (id, username, display_name, role, organization_id, password_hash) "
        "SELECT w.id, w.username, w.display_name, w.role, w.organization_id, u.password_hash "
        "FROM worker_in w CROSS JOIN app_user u WHERE u.username = 'cpi';",
        "COMMIT;"]))

    # generate chunk k + 1 while psql loads chunk k: one core each
    loader, loading, gen_s = None, None, 0.0
    for first in range(0, args.cases, args.chunk):
        folder = os.path.join(tmp, "chunk-%d" % first)
        os.mkdir(folder)
        t0 = time.monotonic()
        gen.chunk(first, min(args.chunk, args.cases - first), folder)
        gen_s += time.monotonic() - t0
        if loader is not None:
            if loader.wait() != 0:
                sys.exit("loading %s failed" % loading)
            shutil_rm(loading)
        loader, loading = load_chunk(args, folder), folder
    if loader is not None:
        if loader.wait() != 0:
            sys.exit("loading %s failed" % loading)
        shutil_rm(loading)
    timings["generate_s"] = round(gen_s, 1)
    timings["load_s"] = round(time.monotonic() - started, 1)
    t = time.monotonic()

    if dropped:
        run_sql(args, "SET maintenance_work_mem = '1GB';\n" + "".join("%s;\n" % d for _, d in dropped))
    timings["indexes_s"] = round(time.monotonic() - t, 1)
    t = time.monotonic()
    orphans = query(args, " UNION ALL ".join(
        "SELECT '%s.%s', count(*) FROM %s x WHERE x.%s IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %s p WHERE p.%s = x.%s)"
        % (tb, col, tb, col, parent, FOREIGN_KEY_PARENT_COLUMN[parent], col) for tb, col, parent in FOREIGN_KEYS
        if tb != "audit_seal"))
    bad = [(k, n) for k, n in orphans if int(n)]
    if bad:
        sys.exit("rows without their parent: %r" % bad)
    timings["foreign_keys_s"] = round(time.monotonic() - t, 1)
    t = time.monotonic()

    sealed = seal_with_function(args, sealer) if args.seal_with_function else seal_in_python(args, sealer, tmp)
    if not args.seal_with_function:
        missing = query(args, "SELECT count(*) FROM audit_seal s WHERE NOT EXISTS "
                              "(SELECT 1 FROM audit_event e WHERE e.seq = s.seq)")[0][0]
        if int(missing):
            sys.exit("%s seals without their audit row" % missing)
    sealer.run("SELECT pg_advisory_unlock(%d);" % SEAL_LOCK)
    sealer.close()
    timings["audit_seal_s"] = round(time.monotonic() - t, 1)
    t = time.monotonic()

    # a steady state: statistics for the planner, visibility map set
    subprocess.run(psql_base(args) + ["-c", "VACUUM (ANALYZE) case_file, case_maltreatment, case_assignment, "
                                            "person, consultation, app_user, organization, region, audit_event, "
                                            "audit_seal"], check=True)
    timings["vacuum_analyze_s"] = round(time.monotonic() - t, 1)
    timings["total_s"] = round(time.monotonic() - started, 1)
    shutil_rm(tmp)

    # the rare surname whose share of the cases is nearest 0.005%
    rare = min(gen.rare_names, key=lambda n: (abs(gen.rare_cases[n] - args.cases * 0.00005), n))
    terms = {"rare": rare.lower(), "typical": gen.names[300].lower(), "common": gen.names[0].lower(),
             "missing": MISSING_WORD, "dense": DENSE_WORD}
    with open(os.path.join(args.out, "search-terms.txt"), "w") as f:
        for k, v in terms.items():
            f.write("%s=%s\n" % (k, v))
    with open(os.path.join(args.out, "search-term.txt"), "w") as f:
        f.write(terms["typical"] + "\n")
    with open(os.path.join(args.out, "case-ids.txt"), "w") as f:  # cases the demo supervisor (DCF) may open
        for case_id in gen.rng.sample(gen.dcf_cases, min(2000, len(gen.dcf_cases))):
            f.write(case_id + "\n")
    summary = dict(cases=args.cases, people=gen.people, consultations=gen.consultations,
                   audit_rows=gen.audit_rows, audit_sealed=sealed, workers=len(gen.worker_rows),
                   indexes_rebuilt=len(dropped), **timings)
    if gen.report:
        summary["consultations_from"] = gen.window_from.isoformat()
    summary.update(("term_" + k, v) for k, v in terms.items())
    print(" ".join("%s=%s" % kv for kv in summary.items()))


def shutil_rm(path):
    shutil.rmtree(path, ignore_errors=True)


if __name__ == "__main__":
    main()
