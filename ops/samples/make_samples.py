#!/usr/bin/env python3
"""Writes sample résumés the way people make them, as LibreOffice documents converted by
`libreoffice --headless` (apt-get install libreoffice-writer-nogui):

  evals/samples/resumes/icu-nurse-okafor.docx       Word: Heading styles, list bullets, a
                                                    title<TAB>employer<TAB>dates line, a skills table
  evals/samples/resumes/staff-accountant-lindqvist.pdf  two-column PDF (a sidebar column)
  evals/samples/resumes/electrician-brennan.pdf     LaTeX-style PDF: serif, centred name, ruled headings

The people are fictional. Run from the repository root: python3 ops/samples/make_samples.py
"""
import pathlib
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


def convert(name, body, target, **style):
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
print("written:", ", ".join(str(p) for p in sorted(OUT.glob("*-*.*")) if p.suffix in (".docx", ".pdf")))
