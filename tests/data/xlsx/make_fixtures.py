#!/usr/bin/env python3
"""Writes the XLSX fixtures of TestXlsxReader next to this script.

Python 3 standard library only: every OOXML part is written by hand, laid out
as Excel 2016 writes it (namespaces, [Content_Types].xml, _rels/.rels,
docProps, deflate), so the reader is tested on what it meets in real files
without needing Excel or LibreOffice here. Output is deterministic (fixed zip
timestamps); run `python3 make_fixtures.py` after changing it and commit the
.xlsx files with it.

Expected values, converted by hand (1900 system: serial 1 = 1900-01-01,
Excel counts a 1900-02-29 that never was, so from serial 61 on the date is
1899-12-30 + serial): 45658 = 2025-01-01, 45659 = 2025-01-02, ...;
1904 system: serial 0 = 1904-01-01, so 2025-01-01 = 45658 - 1462 = 44196.
"""

import os
import struct
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2025, 1, 1, 0, 0, 0)

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = NS_R + "/"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def content_types(sheet_count, shared_strings=True):
    overrides = [
        ("/xl/workbook.xml",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")]
    overrides += [(f"/xl/worksheets/sheet{i}.xml", CT_SHEET) for i in range(1, sheet_count + 1)]
    overrides.append(("/xl/styles.xml",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"))
    if shared_strings:
        overrides.append(("/xl/sharedStrings.xml", "application/vnd.openxmlformats-"
                          "officedocument.spreadsheetml.sharedStrings+xml"))
    overrides += [
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
            + "</Types>")


def relationships(rels):
    return (DECL + f'<Relationships xmlns="{NS_PKG_RELS}">'
            + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
            + "</Relationships>")


PACKAGE_RELS = relationships([
    ("rId3", REL + "extended-properties", "docProps/app.xml"),
    ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
             "core-properties", "docProps/core.xml"),
    ("rId1", REL + "officeDocument", "xl/workbook.xml")])

CORE = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
        'XMLSchema-instance"><dc:creator>Obrador</dc:creator><dcterms:created '
        'xsi:type="dcterms:W3CDTF">2025-01-05T09:00:00Z</dcterms:created></cp:coreProperties>')

APP = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
       'extended-properties"><Application>Microsoft Excel</Application>'
       '<AppVersion>16.0300</AppVersion></Properties>')


def workbook(sheets, date1904=False):
    """sheets: (name, r:id) in workbook order."""
    pr = ' date1904="1"' if date1904 else ""
    return (DECL + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'mc:Ignorable="x15"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" '
            f'rupBuild="27328"/><workbookPr{pr} defaultThemeVersion="166925"/><bookViews>'
            '<workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/>'
            "</bookViews><sheets>"
            + "".join(f'<sheet name="{escape(n)}" sheetId="{k + 1}" r:id="{r}"/>'
                      for k, (n, r) in enumerate(sheets))
            + '</sheets><calcPr calcId="191029"/></workbook>')


def styles(num_fmts, cell_xfs):
    """num_fmts: (id, code) custom formats; cell_xfs: numFmtId of each cellXfs entry."""
    fmts = ""
    if num_fmts:
        fmts = (f'<numFmts count="{len(num_fmts)}">'
                + "".join(f'<numFmt numFmtId="{i}" formatCode="{escape(c, {chr(34): "&quot;"})}"/>'
                          for i, c in num_fmts) + "</numFmts>")
    xfs = "".join(f'<xf numFmtId="{n}" fontId="0" fillId="0" borderId="0" xfId="0"'
                  + (' applyNumberFormat="1"/>' if n else "/>") for n in cell_xfs)
    return (DECL + f'<styleSheet xmlns="{NS_MAIN}">{fmts}<fonts count="1"><font><sz val="11"/>'
            '<color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>'
            '</font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1">'
            '<border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            f'</cellStyleXfs><cellXfs count="{len(cell_xfs)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            '</cellStyles><dxfs count="0"/><tableStyles count="0" '
            'defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
            "</styleSheet>")


def shared_strings(items, uses):
    """items: raw <si> contents (already XML)."""
    return (DECL + f'<sst xmlns="{NS_MAIN}" count="{uses}" uniqueCount="{len(items)}">'
            + "".join(f"<si>{i}</si>" for i in items) + "</sst>")


def t(text):
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<t{space}>{escape(text)}</t>"


def worksheet(dimension, rows_xml):
    return (DECL + f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/'
            f'spreadsheetml/2009/9/ac"><dimension ref="{dimension}"/><sheetViews><sheetView '
            'tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr '
            'defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>' + rows_xml
            + '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
            'header="0.3" footer="0.3"/></worksheet>')


def row(r, cells, spans="1:8"):
    attr = f' r="{r}"' if r else ""
    return f'<row{attr} spans="{spans}" x14ac:dyDescent="0.25">{"".join(cells)}</row>'


def c(ref, v=None, t_=None, s=None, f=None, inline=None):
    attrs = (f' r="{ref}"' if ref else "") + (f' s="{s}"' if s else "") + \
            (f' t="{t_}"' if t_ else "")
    body = (f"<f>{escape(f)}</f>" if f else "") + (f"<v>{escape(str(v))}</v>" if v is not None
                                                  else "")
    if inline is not None:
        attrs = (f' r="{ref}"' if ref else "") + (f' s="{s}"' if s else "") + ' t="inlineStr"'
        body = f"<is>{inline}</is>"
    return f"<c{attrs}>{body}</c>"


def save(name, parts):
    """parts: (entry name, text or bytes) in zip order."""
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in parts:
            info = zipfile.ZipInfo(entry, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def package(sheets, sheet_parts, styles_xml, sst_xml=None, date1904=False, sheet_targets=None):
    """sheets: names in workbook order; sheet_parts: their XML (sheet1.xml, sheet2.xml, ...)."""
    rids = [f"rId{k + 1}" for k in range(len(sheets))]
    targets = sheet_targets or [f"worksheets/sheet{k + 1}.xml" for k in range(len(sheets))]
    wb_rels = [(rid, REL + "worksheet", tg) for rid, tg in zip(rids, targets)]
    wb_rels.append((f"rId{len(sheets) + 2}", REL + "styles", "styles.xml"))
    if sst_xml:
        wb_rels.append((f"rId{len(sheets) + 3}", REL + "sharedStrings", "sharedStrings.xml"))
    parts = [("[Content_Types].xml", content_types(len(sheets), sst_xml is not None)),
             ("_rels/.rels", PACKAGE_RELS),
             ("docProps/app.xml", APP), ("docProps/core.xml", CORE),
             ("xl/workbook.xml", workbook(list(zip(sheets, rids)), date1904)),
             ("xl/_rels/workbook.xml.rels", relationships(wb_rels))]
    parts += [(f"xl/worksheets/sheet{k + 1}.xml", x) for k, x in enumerate(sheet_parts)]
    parts.append(("xl/styles.xml", styles_xml))
    if sst_xml:
        parts.append(("xl/sharedStrings.xml", sst_xml))
    return parts


# basic.xlsx ---------------------------------------------------------------
# Styles: 0 General, 1 date (14), 2 "dd/mm/yyyy hh:mm" (164), 3 "0.00" (2),
# 4 a price format whose quoted text contains a d (165): not a date.
BASIC_STYLES = styles([(164, r"dd/mm/yyyy\ hh:mm"), (165, r'#,##0.00\ "€/ud"')],
                      [0, 14, 164, 2, 165])
BASIC_SST = shared_strings([t(x) for x in ["Fecha", "Fecha y hora", "Producto", "Cantidad",
                                           "Precio", "Oferta", "Nota", "Barra de pan",
                                           "Croissant", " Pan de leña "]], 11)
BASIC_ROWS = (
    # Rows 1-2 do not exist; column D is never written.
    row(3, [c("A3", 0, "s"), c("B3", 1, "s"), c("C3", 2, "s"), c("E3", 3, "s"),
            c("F3", 4, "s"), c("G3", 5, "s"), c("H3", 6, "s")])
    + row(4, [c("A4", 45658, s=1), c("B4", 45658.3125, s=2), c("C4", 7, "s"), c("E4", 12),
              c("F4", 0.85, s=3), c("G4", 1, "b"),
              c("H4", "Barra de pan fresca", "str", f='C4&" fresca"')])
    # An empty but formatted row, as Excel writes it after a row height change.
    + '<row r="5" spans="1:8" ht="8.25" customHeight="1" x14ac:dyDescent="0.25"/>'
    + row(6, [c("A6", 45659, s=1), c("B6", 45659.75, s=2), c("C6", 8, "s"),
              c("E6", "1234.5599999999999"), c("F6", 1.2, s=4), c("G6", 0, "b"),
              c("H6", "#N/A", "e", f="VLOOKUP(C6,Precios!A:B,2,FALSE)")])
    + row(7, [c("A7", 45660, s=1), c("B7", 45660.999999, s=2), c("C7", inline=t("Ensaimada")),
              c("E7", -2), c("F7", "0.30000000000000004", s=4),
              c("H7", "", "str", f='IF(E7<0,"","ok")')])
    # No r on the row nor on most cells: placed after row 7 and after the previous cell.
    + row(None, [c(None, 45661, s=1), c(None, 45661.1, s=2), c(None, 9, "s"),
                 c("E8", 100000), c(None, 2.5, s=3)])
)


def make_basic():
    return save("basic.xlsx", package(["Hoja1"], [worksheet("A3:H8", BASIC_ROWS)],
                                      BASIC_STYLES, BASIC_SST))


def make_two_sheets():
    sst = shared_strings([t(x) for x in ["Total", "Fecha", "Producto", "Cantidad", "Barra"]], 5)
    ventas = worksheet("A1:C2", row(1, [c("A1", 1, "s"), c("B1", 2, "s"), c("C1", 3, "s")],
                                    "1:3")
                       + row(2, [c("A2", 45658, s=1), c("B2", 4, "s"), c("C2", 10)], "1:3"))
    resumen = worksheet("A1:B1", row(1, [c("A1", 0, "s"), c("B1", 42)], "1:2"))
    # "Resumen" comes first in the workbook but is sheet2.xml, reached by an
    # absolute target; "Ventas" is sheet1.xml, relative.
    parts = package(["Resumen", "Ventas"], [ventas, resumen], styles([], [0, 14]), sst,
                    sheet_targets=["/xl/worksheets/sheet2.xml", "worksheets/sheet1.xml"])
    save("two_sheets.xlsx", parts)


def make_date1904():
    sheet = worksheet("A1:B3", row(1, [c("A1", inline=t("Fecha")),
                                       c("B1", inline=t("Fecha y hora"))], "1:2")
                      + row(2, [c("A2", 44196, s=1), c("B2", 44196.5, s=2)], "1:2")
                      + row(3, [c("A3", 0, s=1), c("B3", 1.25, s=2)], "1:2"))
    save("date1904.xlsx", package(["Hoja1"], [sheet], styles([], [0, 14, 22]), date1904=True))


def make_rich_text():
    items = [
        '<r><t xml:space="preserve">Pan </t></r><r><rPr><b/><sz val="11"/><color theme="1"/>'
        '<rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>integral</t></r>',
        # Phonetic guide of a Japanese name: not part of the cell's text.
        '<t>食パン</t><rPh sb="0" eb="1"><t>ショク</t></rPh><phoneticPr fontId="1"/>',
        t("  Magdalena "),
        "<t>Tarta_x000D_\nde queso</t>",  # Excel escapes CR; LF is written as is
        "<t>Ref_x005F_x0031_</t>",        # an escaped underscore: the text "Ref_x0031_"
    ]
    cells = [row(k + 1, [c(f"A{k + 1}", k, "s")], "1:1") for k in range(len(items))]
    cells.append(row(6, [c("A6", inline='<r><t xml:space="preserve">Roscón </t></r><r><rPr><i/>'
                                         "</rPr><t>de Reyes</t></r>")], "1:1"))
    save("rich_text.xlsx", package(["Hoja1"], [worksheet("A1:A6", "".join(cells))],
                                   styles([], [0]), shared_strings(items, len(items))))


def make_date_edges():
    fmts = [(164, "[Red]0.00"), (165, '0" días"'),
            (166, r"[$-F800]dddd\,\ mmmm\ dd\,\ yyyy"), (167, r"yyyy\-mm\-dd"),
            (168, '"Día "0'), (169, r"mmm\-yy"), (170, "[h]:mm:ss"), (171, "0.00E+00"),
            (172, r"0\ \h"), (173, "Standard")]
    # cellXfs: 0 General, 1 14, 2 22, 3 21, 4-13 the custom formats, 14 45 (mm:ss), 15 2 (0.00)
    xfs = [0, 14, 22, 21] + [i for i, _ in fmts] + [45, 2]
    r1 = [c("A1", 1, s=1), c("B1", 59, s=1), c("C1", 60, s=1), c("D1", 61, s=1),
          c("E1", 60.5, s=2), c("F1", 0.25, s=3), c("G1", 2958465, s=1), c("H1", -1, s=1),
          c("I1", 2958466, s=1), c("J1", 45658.99999999, s=2), c("K1", 0.5, s=14)]
    r2 = [c(f"{chr(65 + k)}2", 45658, s=s) for k, s in enumerate(range(4, 14))]
    r2 += [c("K2", 45658, s=15), c("L2", 45658, s=99), c("M2", 45658)]
    r3 = [c("A3", "1E-3"), c("B3", "1E-7"), c("C3", "1.2345678901234568E+20"), c("D3", "1E+21"),
          c("E3", "-0"), c("F3", "0.1"), c("G3", "abc"), c("H3", "2025-01-01T10:00:00", "d")]
    sheet = worksheet("A1:M3", row(1, r1, "1:11") + row(2, r2, "1:13") + row(3, r3, "1:8"))
    save("date_edges.xlsx", package(["Hoja1"], [sheet], styles(fmts, xfs)))


def make_broken(basic_path):
    data = open(basic_path, "rb").read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    with open(os.path.join(HERE, "not_a_zip.xlsx"), "w", encoding="utf-8", newline="\n") as f:
        f.write("Fecha;Producto;Cantidad\n01/01/2025;Barra de pan;12\n")

    parts = package(["Hoja1"], [worksheet("A3:H8", BASIC_ROWS)], BASIC_STYLES, BASIC_SST)
    save("no_workbook.xlsx", [p for p in parts if p[0] != "xl/workbook.xml"])

    # Pretty-printed so that the error has a telling line: <c> is never closed (line 9).
    bad = (DECL + f'<worksheet xmlns="{NS_MAIN}">\n'
           "  <sheetData>\n"
           '    <row r="1">\n'
           '      <c r="A1" t="inlineStr"><is><t>Fecha</t></is></c>\n'
           "    </row>\n"
           '    <row r="2">\n'
           '      <c r="A2" s="1"><v>45658</v>\n'
           "    </row>\n"
           "  </sheetData>\n"
           "</worksheet>\n")
    save("bad_sheet_xml.xlsx", package(["Hoja1"], [bad], styles([], [0, 14])))

    # A zip bomb's signature without its bulk: the directory claims 600,000,000
    # bytes for the sheet, which the reader must refuse before inflating anything.
    path = save("zip_bomb.xlsx", parts)
    claim_size(path, "xl/worksheets/sheet1.xml", 600_000_000)

    path = save("corrupt_entry.xlsx", parts)
    damage_local_header(path, "xl/worksheets/sheet1.xml")


def damage_local_header(path, entry):
    """Points the entry's data past the end of the file (extra field length
    0xFFFF in its local header): reading it fails while the zip's directory
    still looks fine, which must end in an error, not in a reader waiting for
    bytes that never come."""
    data = bytearray(open(path, "rb").read())
    with zipfile.ZipFile(path) as z:
        local = z.getinfo(entry).header_offset
    struct.pack_into("<H", data, local + 28, 0xFFFF)
    open(path, "wb").write(data)


def claim_size(path, entry, size):
    data = bytearray(open(path, "rb").read())
    with zipfile.ZipFile(path) as z:
        local = z.getinfo(entry).header_offset
    assert data[local:local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, local + 22, size)  # local header: uncompressed size
    name = entry.encode()
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:  # central directory entries
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + name_len] == name:
            struct.pack_into("<I", data, pos + 24, size)
        pos = data.find(b"PK\x01\x02", pos + 4)
    open(path, "wb").write(data)


if __name__ == "__main__":
    basic = make_basic()
    make_two_sheets()
    make_date1904()
    make_rich_text()
    make_date_edges()
    make_broken(basic)
    print("fixtures written to", HERE)
