#!/usr/bin/env python3
"""Synthetic caseload for Tutela's load test: 100,000 cases with about 400,000 people, loaded with COPY.

Every name, address, phone number and e-mail address is made up: surnames are built from invented
syllable pairs, streets and towns from invented words, phone numbers are in the 555-01xx range reserved
for fiction, e-mail addresses use example.org. Nothing here comes from real records.

The cases go into the demo region ("Suncoast Region") and its DCF, CBC and CMO organizations, so that the
demo users bas (every case of the region), supervisor (the DCF's cases), cpi and casemanager see them. A few
dozen synthetic caseworkers are added to the region (password hash copied from the demo user cpi) so that
case assignments spread over many workers, as they would in a real office.

The search column case_file.search_text is written exactly as CaseManagement.refreshSearchText does it:
lower-case of case number, each person's "first last" in insertion order, then for each maltreatment its
code with '_' replaced by ' ' followed by its label, all joined by single spaces.

Surnames follow a Zipf-like law (weight 1/sqrt(rank) over 2,000 names): the commonest surname appears in
about 2% of the cases, a median one in about 70, the rarest in about 50. The surname of rank 300 (about 130
cases) is written to <out>/search-term.txt for the benchmark.

Only the Python standard library is used; psql does the loading.

    python3 bench/generate.py --port 5432 [--cases 100000] [--seed 2026] [--out bench/out]
"""
import argparse
import csv
import datetime
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid

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


def psql_base(args):
    return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", args.host, "-p", str(args.port), "-U", args.user,
            "-d", args.dbname]


def query(args, sql):
    out = subprocess.run(psql_base(args) + ["-At", "-F", "|", "-c", sql], check=True, capture_output=True,
                         text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


def surnames(rng):
    names = [h + t for h in SURNAME_HEADS for t in SURNAME_TAILS]
    assert len(set(names)) == len(names)
    rng.shuffle(names)
    return names


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="localhost")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--user", default="postgres")
    p.add_argument("--dbname", default="postgres")
    p.add_argument("--cases", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--region", default="Suncoast Region")
    p.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    started = time.monotonic()

    rows = query(args, "SELECT id FROM region WHERE name = '%s'" % args.region.replace("'", "''"))
    if not rows:
        sys.exit("no region named %r: start the app with demo data first" % args.region)
    region = rows[0][0]
    orgs = {t: i for i, t in query(args, "SELECT id, type FROM organization WHERE region_id = '%s' "
                                         "AND type IN ('DCF','CBC','CMO') ORDER BY name" % region)}
    if set(orgs) != {"DCF", "CBC", "CMO"}:
        sys.exit("the region lacks a DCF, CBC or CMO organization: %r" % orgs)
    demo = {u: i for u, i in query(args, "SELECT username, id FROM app_user WHERE username IN "
                                         "('cpi','casemanager','supervisor')")}
    existing = int(query(args, "SELECT count(*) FROM case_file WHERE case_number LIKE '%-SC-1_____'")[0][0])
    if existing:
        sys.exit("synthetic cases are already loaded (%d); start from a fresh data folder" % existing)

    rng = random.Random(args.seed)
    uid = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # reproducible
    names = surnames(rng)
    weights = [1 / (r + 1) ** 0.5 for r in range(len(names))]
    cum = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)
    pick_surname = lambda: rng.choices(names, cum_weights=cum, k=1)[0]

    # workers: (id, role, org type); the demo users get their share of cases too
    workers = {"DCF": [demo["cpi"]], "CBC": [demo["casemanager"]], "CMO": []}
    worker_rows = []
    n = 0
    for role, org_type, count in WORKERS:
        for _ in range(count):
            n += 1
            wid = uid()
            first = rng.choice(FIRST_FEMALE + FIRST_MALE)
            worker_rows.append((wid, "worker%02d" % n, "%s %s" % (first, pick_surname()), role, orgs[org_type]))
            if role != "SUPERVISOR":
                workers[org_type].append(wid)

    tmp = tempfile.mkdtemp(prefix="tutela-bench-")
    files = {t: open(os.path.join(tmp, t + ".csv"), "w", newline="") for t in
             ("worker_in", "case_file", "case_maltreatment", "case_assignment", "person")}
    w = {t: csv.writer(f) for t, f in files.items()}
    for wid, username, display, role, org in worker_rows:
        w["worker_in"].writerow((wid, username, display, role, org))

    today = datetime.date.today()
    people_count = 0
    dcf_cases = []
    for i in range(args.cases):
        case_id = uid()
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
            dcf_cases.append(case_id)
        case_number = "%d-SC-%06d" % (intake.year, 100_000 + i)

        codes = ["IPV_THREATENS_CHILD" if rng.random() < 0.7 else "HOUSEHOLD_VIOLENCE_THREATENS_CHILD"]
        for _ in range(rng.choices([0, 1, 2], [0.55, 0.35, 0.10])[0]):
            code = rng.choice(SECONDARY)
            if code not in codes:
                codes.append(code)
        for code in codes:
            w["case_maltreatment"].writerow((case_id, code))

        assigned = [rng.choice(workers["DCF"])]
        if status != "INVESTIGATION" and org_type != "DCF":
            assigned.append(rng.choice(workers[org_type]))
        for a in assigned:
            w["case_assignment"].writerow((case_id, a))

        family = pick_surname()
        other_family = pick_surname() if rng.random() < 0.8 else family
        people = []  # (role, first, last, born, gender)
        people.append(("SURVIVOR", rng.choice(FIRST_FEMALE), family, 20 + rng.randrange(25), "FEMALE"))
        people.append(("PERPETRATOR", rng.choice(FIRST_MALE), other_family, 21 + rng.randrange(28), "MALE"))
        for _ in range(rng.choices([1, 2, 3], [0.35, 0.45, 0.20])[0]):
            girl = rng.random() < 0.5
            people.append(("CHILD", rng.choice(FIRST_CHILD_F if girl else FIRST_CHILD_M),
                           family if rng.random() < 0.8 else other_family, rng.randrange(17),
                           "FEMALE" if girl else "MALE"))
        if rng.random() < 0.15:
            people.append(("OTHER_CAREGIVER", rng.choice(FIRST_FEMALE), pick_surname(), 45 + rng.randrange(30),
                           "FEMALE"))
        household = "%d %s %s" % (100 + rng.randrange(9800), rng.choice(STREET_WORDS), rng.choice(STREET_TYPES))
        town = rng.randrange(len(TOWNS))
        for role, first, last, years, gender in people:
            born = intake - datetime.timedelta(days=years * 365 + rng.randrange(365))
            adult = role != "CHILD"
            separate = role in ("PERPETRATOR", "OTHER_CAREGIVER")
            address = ("%d %s %s" % (100 + rng.randrange(9800), rng.choice(STREET_WORDS), rng.choice(STREET_TYPES))
                       if separate else household)
            city = TOWNS[rng.randrange(len(TOWNS))] if separate else TOWNS[town]
            w["person"].writerow((
                uid(), case_id, role, first, last, born.isoformat(), gender, rng.choice(LANGUAGES),
                address, "Apt %d" % (1 + rng.randrange(40)) if rng.random() < 0.25 else "", city, "FL",
                "3%04d" % (3000 + town * 100 + rng.randrange(100)),
                "(727) 555-01%02d" % rng.randrange(100) if adult else "",
                "%s.%s%d@example.org" % (first.lower(), last.lower(), rng.randrange(100))
                if adult and rng.random() < 0.5 else "",
                (rng.choice(WORKPLACES) or "") if adult else "",
                (rng.choice(SCHOOLS) or "") if not adult else "",
                "IN_SHELTER" if role == "SURVIVOR" and rng.random() < 0.12 else "",
            ))
        people_count += len(people)

        search_text = " ".join([case_number, " ".join("%s %s" % (f, l) for _, f, l, _, _ in people),
                                " ".join("%s %s" % (c.replace("_", " "), MALTREATMENTS[c]) for c in codes)]).lower()
        w["case_file"].writerow((case_id, case_number, region, intake.isoformat(), status, orgs[org_type],
                                 search_text, intake.isoformat() + " 09:00:00+00"))
    for f in files.values():
        f.close()
    generated = time.monotonic()

    copy = lambda table, cols: "\\copy %s (%s) FROM '%s' WITH (FORMAT csv)" % (
        table, cols, os.path.join(tmp, table + ".csv"))
    script = "\n".join([
        "BEGIN;",
        "CREATE TEMP TABLE worker_in (id uuid, username text, display_name text, role text, organization_id uuid);",
        copy("worker_in", "id, username, display_name, role, organization_id"),
        "INSERT INTO app_user (id, username, display_name, role, organization_id, password_hash) "
        "SELECT w.id, w.username, w.display_name, w.role, w.organization_id, u.password_hash "
        "FROM worker_in w CROSS JOIN app_user u WHERE u.username = 'cpi';",
        copy("case_file", "id, case_number, region_id, intake_date, status, organization_id, search_text, created_at"),
        copy("case_maltreatment", "case_id, code"),
        copy("case_assignment", "case_id, user_id"),
        # empty CSV fields are NULL, as the app stores blank optional fields
        copy("person", "id, case_id, role, first_name, last_name, date_of_birth, gender, preferred_language, "
                       "address_line1, address_line2, city, state, postal_code, phone, email, workplace, "
                       "school_or_child_care, shelter_status"),
        # each case's opening, as the app would have audited it (docs/adr/0006): one row per case, sealed below
        "INSERT INTO audit_event (actor, role, action, entity_type, entity_id, request_id) "
        "SELECT 'bench-generator', NULL, 'CREATE', 'CASE', id::text, 'bench-generate' FROM case_file "
        "WHERE case_number LIKE '%-SC-1_____' ORDER BY created_at, case_number;",
        "COMMIT;",
    ])
    subprocess.run(psql_base(args), input=script, text=True, check=True)
    copied = time.monotonic()
    # chain the generated audit rows now, so that the app's sealer has no backlog during the measurements
    # (audit_seal returns NULL while another session, the app's sealer, has its turn)
    deadline = time.monotonic() + 600
    while int(query(args, "SELECT count(*) FROM audit_event e WHERE NOT EXISTS "
                          "(SELECT 1 FROM audit_seal s WHERE s.seq = e.seq)")[0][0]) > 0:
        if time.monotonic() > deadline:
            sys.exit("the generated audit rows were not sealed within 10 minutes")
        query(args, "SELECT audit_seal(20000)")
    sealed = time.monotonic()
    # a steady state: statistics for the planner, GIN pending list merged, visibility map set
    subprocess.run(psql_base(args) + ["-c", "VACUUM (ANALYZE) case_file, case_maltreatment, case_assignment, "
                                            "person, app_user, organization, region, audit_event, audit_seal"],
                   check=True)
    analyzed = time.monotonic()
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    os.rmdir(tmp)

    term = names[300].lower()
    with open(os.path.join(args.out, "search-term.txt"), "w") as f:
        f.write(term + "\n")
    with open(os.path.join(args.out, "case-ids.txt"), "w") as f:  # cases the demo supervisor (DCF) may open
        for case_id in rng.sample(dcf_cases, min(2000, len(dcf_cases))):
            f.write(case_id + "\n")
    summary = {
        "cases": args.cases, "people": people_count, "workers": len(worker_rows),
        "generate_s": round(generated - started, 1), "copy_s": round(copied - generated, 1),
        "audit_seal_s": round(sealed - copied, 1), "vacuum_analyze_s": round(analyzed - sealed, 1),
        "total_s": round(analyzed - started, 1),
        "search_term": term,
    }
    print(" ".join("%s=%s" % kv for kv in summary.items()))


if __name__ == "__main__":
    main()
