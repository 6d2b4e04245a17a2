#!/usr/bin/env python3
"""Writes ventas.xlsx: a small sales workbook as a spreadsheet exports it (stdlib only).

Sheet 'Notas' first (so the importer must be told or pick the first sheet), then 'Ventas':
Fecha (dates as serial numbers with a date format), Producto (shared strings), Cantidad
(numbers), Precio. Expected figures, by hand: see the comments at the end.
"""
import zipfile

rows = [  # (Excel serial, product, quantity, price)
    (45292, "Barra de pan", 30, 0.9),     # 2024-01-01
    (45292, "Roscón de Reyes", 2, 18.5),  # 2024-01-01
    (45293, "Barra de pan", 25, 0.9),     # 2024-01-02
    (45297, "Roscón de Reyes", 14, 18.5), # 2024-01-06
    (45297, "Barra de pan", 40, 0.9),     # 2024-01-06
    (45298, "Barra de pan", 22.125, 0.9), # 2024-01-07: part trays; 3 decimals, like 1.500
]
strings = ["Fecha", "Producto", "Cantidad", "Precio", "Barra de pan", "Roscón de Reyes", "Apuntes"]

def cell(ref, value, style=None, shared=False):
    s = f' s="{style}"' if style is not None else ""
    if shared:
        return f'<c r="{ref}" t="s"{s}><v>{strings.index(value)}</v></c>'
    return f'<c r="{ref}"{s}><v>{value}</v></c>'

sheet_rows = ['<row r="1">' + "".join(cell(f"{c}1", h, shared=True) for c, h in zip("ABCD", strings[:4])) + "</row>"]
for i, (serial, product, qty, price) in enumerate(rows, start=2):
    sheet_rows.append(f'<row r="{i}">' + cell(f"A{i}", serial, style=1) + cell(f"B{i}", product, shared=True)
                      + cell(f"C{i}", qty) + cell(f"D{i}", price) + "</row>")
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {NS} {RNS}><sheets>'
        '<sheet name="Notas" sheetId="1" r:id="rId1"/><sheet name="Ventas" sheetId="2" r:id="rId2"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>',
    "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {NS}>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
    "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>",
    "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {NS}><sheetData>'
        f'<row r="1">{cell("A1", "Apuntes", shared=True)}</row></sheetData></worksheet>',
    "xl/worksheets/sheet2.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {NS}><sheetData>'
        + "".join(sheet_rows) + "</sheetData></worksheet>",
}
with zipfile.ZipFile("ventas.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text.encode("utf-8"))

# Expected (sheet 'Ventas'), worked out by hand: open days 2024-01-01, 02, 06, 07 (3, 4 and 5
# January are closed); Barra de pan 30 + 25 + 40 + 22.125 = 117.125 over 4 days; Roscón de Reyes
# 2 + 0 + 14 + 0 = 16 over 4 days; prices 0.9 and 18.5.
