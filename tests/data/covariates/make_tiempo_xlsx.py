#!/usr/bin/env python3
"""Writes tiempo.xlsx: daily weather as a spreadsheet holds it (stdlib only).

One sheet 'Tiempo': Fecha (Excel serial numbers with a date format), 'Temperatura (°C)' and
'Lluvia (mm)' as numbers (shared-string header). Expected, by hand: 2024-07-01 = 45474
(serial of 2024-01-01 is 45292, plus 182 days), temperatures 24.5, 27.25, 22, rain 0, 3.5, 12.
"""
import zipfile

rows = [(45474, 24.5, 0), (45475, 27.25, 3.5), (45476, 22, 12)]
strings = ["Fecha", "Temperatura (°C)", "Lluvia (mm)"]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

sheet = ['<row r="1">' + "".join(f'<c r="{c}1" t="s"><v>{i}</v></c>' for i, c in enumerate("ABC")) + "</row>"]
for r, (serial, temp, rain) in enumerate(rows, start=2):
    sheet.append(f'<row r="{r}"><c r="A{r}" s="1"><v>{serial}</v></c><c r="B{r}"><v>{temp}</v></c>'
                 f'<c r="C{r}"><v>{rain}</v></c></row>')
parts = {
    "[Content_Types].xml": XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/></Types>',
    "_rels/.rels": XML + f'<Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": XML + f'<workbook {NS} {RNS}><sheets><sheet name="Tiempo" sheetId="1" r:id="rId1"/>'
        '</sheets></workbook>',
    "xl/_rels/workbook.xml.rels": XML + f'<Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    "xl/styles.xml": XML + f'<styleSheet {NS}><cellXfs count="2"><xf numFmtId="0"/>'
        '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
    "xl/sharedStrings.xml": XML + f'<sst {NS} count="3" uniqueCount="3">'
        + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>",
    "xl/worksheets/sheet1.xml": XML + f'<worksheet {NS}><sheetData>' + "".join(sheet)
        + "</sheetData></worksheet>",
}
with zipfile.ZipFile("tiempo.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text.encode("utf-8"))
