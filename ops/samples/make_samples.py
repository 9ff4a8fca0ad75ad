#!/usr/bin/env python3
"""Writes sample résumés the way people make them, as LibreOffice documents converted by
`libreoffice --headless` (apt-get install libreoffice-writer-nogui):

  evals/samples/resumes/icu-nurse-okafor.docx       Word: Heading styles, list bullets, a
                                                    title<TAB>employer<TAB>dates line, a skills table
  evals/samples/resumes/staff-accountant-lindqvist.pdf  two-column PDF (a sidebar column)
  evals/samples/resumes/electrician-brennan.pdf     LaTeX-style PDF: serif, centred name, ruled headings
  evals/samples/resumes/warehouse-supervisor-whitaker.docx  Word, two pages long: eight years, five
                                                    positions with many bullets (the page budget's case)

The people are fictional. Run from the repository root: python3 ops/samples/make_samples.py [name ...]
(the names of the files to write, without extension; all when none is given)
"""
import pathlib
import sys
import subprocess
import tempfile
from xml.sax.saxutils import escape

OUT = pathlib.Path("evals/samples/resumes")

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Sans" svg:font-family="'DejaVu Sans'"/><style:font-face style:name="Serif" svg:font-family="'DejaVu Serif'"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.06cm"/><style:text-properties style:font-name="{font}" fo:font-size="10pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="{title_align}"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.3cm" fo:border-bottom="{rule}" fo:padding-bottom="0.05cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" {caps}/></style:style>
 <style:style style:name="Entry" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.15cm"><style:tab-stops><style:tab-stop style:position="7.5cm"/><style:tab-stop style:position="{right_tab}" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
 <style:style style:name="Columns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"/></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def p(text, style="Standard"):
    parts = [escape(t) for t in text.split("\t")]
    return f'<text:p text:style-name="{style}">' + "<text:tab/>".join(parts) + "</text:p>\n"


def h(text):
    return f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(text)}</text:h>\n'


def bullets(items):
    return ('<text:list text:style-name="Bullets">'
            + "".join(f"<text:list-item>{p(i)}</text:list-item>" for i in items) + "</text:list>\n")


def table(rows):
    cells = "".join("<table:table-row>" + "".join(f"<table:table-cell>{p(c)}</table:table-cell>" for c in r)
                    + "</table:table-row>" for r in rows)
    return f'<table:table table:name="Skills"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>{cells}</table:table>\n'


def nurse():
    return (p("Marisol Okafor, RN, CCRN", "Title")
            + p("Columbus, OH · (614) 555-0142 · marisol.okafor@examplemail.com")
            + h("Summary")
            + p("Critical-care registered nurse with 7 years in a 32-bed medical/surgical ICU, relief charge nurse, "
                "and lead of the unit's CLABSI reduction project.")
            + h("Licenses & Certifications")
            + bullets(["Registered Nurse license, Ohio Board of Nursing (active, expires 08/2027)",
                       "CCRN (AACN), ACLS, BLS for Healthcare Providers"])
            + h("Experience")
            + p("ICU Staff Nurse / Relief Charge Nurse\tRiverside Methodist Hospital\t03/2019 – Present", "Entry")
            + bullets(["Care for 2–3 critically ill patients per shift: mechanical ventilation, vasoactive drips, sepsis bundles",
                       "Managed CRRT and ECMO patients; trained 9 new nurses on CRRT circuits",
                       "Led a CLABSI reduction project: zero CLABSI events in 14 months (from 4 per year)",
                       "Act as relief charge nurse 2 shifts a week: staffing, bed flow, rapid responses"])
            + p("Staff Nurse, Telemetry\tMount Carmel East\t06/2017 – 02/2019", "Entry")
            + bullets(["Cardiac telemetry monitoring and IV therapy for 5 patients per shift",
                       "Charted in Epic; super-user for the 2018 Epic upgrade"])
            + h("Education")
            + p("Bachelor of Science in Nursing (BSN)\tThe Ohio State University\t2017", "Entry")
            + h("Skills")
            + table([["Clinical", "Hemodynamic monitoring, arterial lines, IABP, CRRT, ECMO"],
                     ["Systems", "Epic, Pyxis, Alaris pumps"],
                     ["Languages", "English, Spanish (conversational)"]])
            + h("Professional Affiliations")
            + p("American Association of Critical-Care Nurses (AACN), member since 2018"))


def accountant():
    return (p("Karin Lindqvist", "Title") + p("Staff Accountant · Minneapolis, MN · karin.lindqvist@examplemail.com")
            + '<text:section text:style-name="Columns" text:name="Body">\n'
            + h("Skills") + bullets(["Month-end close", "Account reconciliations", "US GAAP", "Accounts payable",
                                     "NetSuite, QuickBooks Online", "Excel: pivot tables, XLOOKUP"])
            + h("Certifications") + p("CPA candidate (FAR, AUD passed)")
            + h("Education") + p("B.S. Accounting, University of Minnesota, 2020")
            + h("Experience")
            + p("Staff Accountant, Northstar Foods Inc., 2022 – Present", "Entry")
            + bullets(["Own 40 balance-sheet reconciliations each month; close in 5 business days (was 8)",
                       "Prepare accruals, prepaids and fixed-asset schedules under US GAAP",
                       "Built the AP aging review that cut late-payment fees by 60 %"])
            + p("Accounting Associate, Lakes Dental Partners, 2020 – 2022", "Entry")
            + bullets(["Processed 600 vendor invoices a month in QuickBooks", "Bank reconciliations for 6 accounts"])
            + "</text:section>\n")


def electrician():
    return (p("Liam Brennan", "Title") + p("Journeyman Electrician · Gary, IN · (219) 555-0187")
            + h("Licenses") + bullets(["Indiana Journeyman Electrician License #J-44812", "OSHA 30, NFPA 70E arc-flash training"])
            + h("Experience")
            + p("Industrial Electrician\tKestrel Forge & Stamping\t2019 – Present", "Entry")
            + bullets(["Troubleshoot motor controls, VFDs and Allen-Bradley PLCs on 12 press lines",
                       "Lockout/tagout lead for the second shift; zero recordable incidents since 2021",
                       "Conduit bending and installation (EMT, rigid) to NEC for a 480 V line expansion"])
            + p("Apprentice Electrician\tIBEW Local 697\t2015 – 2019", "Entry")
            + bullets(["8,000 hours commercial and industrial; blueprint reading and panel terminations"])
            + h("Education") + p("Electrical apprenticeship (4 years), IBEW Local 697 JATC\t\t2019", "Entry"))


def warehouse():
    return (p("Dana Whitaker", "Title")
            + p("Warehouse Operations Supervisor · Joliet, IL · (815) 555-0163 · dana.whitaker@examplemail.com")
            + h("Summary")
            + p("Warehouse supervisor with 8 years in high-volume distribution: inbound, outbound and inventory "
                "control for grocery and e-commerce, teams of up to 35 associates across two shifts.")
            + h("Experience")
            + p("Operations Supervisor, Second Shift\tPallas Logistics\t04/2023 – Present", "Entry")
            + bullets(["Lead 35 associates and 3 leads across receiving, put-away, picking and shipping on second shift",
                       "Raised pick rate from 118 to 142 lines per hour by re-slotting 2,400 fast movers in the WMS (Manhattan)",
                       "Cut mis-ships by 38 % with a scan-to-verify step at pack-out and daily audits of 50 orders",
                       "Run the shift's OSHA safety huddle; zero recordable injuries in 2024 and 2025",
                       "Plan labor against the next day's volume forecast in Excel; overtime down 21 % year over year",
                       "Certified 14 associates on sit-down and stand-up forklifts and reach trucks",
                       "Coordinate 22 outbound trailers a night with carriers and the transportation desk",
                       "Organised the site's summer food drive and the holiday raffle"])
            + p("Inventory Control Lead\tMidwest Grocers Distribution\t06/2021 – 03/2023", "Entry")
            + bullets(["Owned cycle counts for 18,000 SKUs; inventory accuracy 99.6 % at the annual audit",
                       "Investigated and resolved variances with purchasing and receiving within 48 hours",
                       "Trained 9 clerks on RF scanners and the SAP EWM count transactions",
                       "Reduced expired-product write-offs by 27 % with weekly FEFO checks in the freezer",
                       "Backed up the receiving lead: 40 inbound trailers a day, appointment scheduling",
                       "Kept the team's break-room schedule and birthday calendar"])
            + p("Shipping Lead\tMidwest Grocers Distribution\t02/2020 – 05/2021", "Entry")
            + bullets(["Led 12 loaders on the dock; loaded 30 store routes a night to the route sequence",
                       "Checked bills of lading and seal numbers; no chargebacks for short shipments in 2020",
                       "Operated forklifts and electric pallet jacks; daily pre-shift inspections",
                       "Helped move the dock to a new door layout over one weekend",
                       "Trained new loaders on load sequencing, trailer inspection and pallet wrapping standards",
                       "Tracked nightly load times on a whiteboard and shared the results at the morning shift handover"])
            + p("Warehouse Associate\tFastLane Fulfillment\t08/2019 – 01/2020", "Entry")
            + bullets(["Picked and packed 900 e-commerce orders a shift at 104 % of standard",
                       "Cross-trained on returns processing and quality checks",
                       "Named associate of the month twice",
                       "Replenished pick faces from reserve locations using the RF gun during peak season",
                       "Helped count the building's 6,000 locations during the annual physical inventory"])
            + p("Receiving Clerk\tFastLane Fulfillment\t09/2018 – 07/2019", "Entry")
            + bullets(["Checked in 25 inbound trailers a day against purchase orders and advance ship notices",
                       "Labelled and staged received pallets for put-away; flagged damaged freight to the carrier",
                       "Kept receiving paperwork filed and scanned for the accounts payable team",
                       "Swept and organised the receiving dock at the end of every shift"])
            + h("Certifications")
            + bullets(["OSHA 30-Hour General Industry", "Forklift operator and trainer certification", "Lean Six Sigma Yellow Belt"])
            + h("Education")
            + p("Associate of Applied Science, Supply Chain Management\tJoliet Junior College\t2018", "Entry")
            + h("Skills")
            + table([["Systems", "Manhattan WMS, SAP EWM, RF scanners, Excel"],
                     ["Operations", "Inventory control, cycle counting, slotting, labor planning, carrier coordination"]]))


def convert(name, body, target, **style):
    if len(sys.argv) > 1 and name not in sys.argv[1:]:
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / f"{name}.fodt"
        src.write_text(HEAD.format(**style) + body + TAIL, encoding="utf-8")
        subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        target, "--outdir", str(OUT), str(src)], check=True, stdout=subprocess.DEVNULL)


SANS = dict(font="Sans", title_align="start", rule="0.5pt solid #000000", caps="", right_tab="17cm")
convert("icu-nurse-okafor", nurse(), "docx:MS Word 2007 XML", **SANS)
convert("staff-accountant-lindqvist", accountant(), "pdf", **SANS)
convert("electrician-brennan", electrician(), "pdf", font="Serif", title_align="center",
        rule="0.4pt solid #000000", caps='fo:font-variant="small-caps"', right_tab="17cm")
convert("warehouse-supervisor-whitaker", warehouse(), "docx:MS Word 2007 XML", **SANS)
print("written:", ", ".join(str(p) for p in sorted(OUT.glob("*-*.*")) if p.suffix in (".docx", ".pdf")))
