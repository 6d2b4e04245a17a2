#!/usr/bin/env python3
"""Writes the broken-file corpus of tests/data/import/broken/ (byte for byte, deterministic).

The files are committed; this script documents exactly what bytes they hold and can
rewrite them.  manifest.csv (written by hand) says which error each file must give.

  python3 tests/data/import/broken/make_broken.py            # rewrite the corpus here
  python3 tests/data/import/broken/make_broken.py --long-line OUT.csv
                                                             # write the 5 MiB one-line file
                                                             # (GENERATED:long_line, never committed)
"""

import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

LONG_LINE_BYTES = 5 * 1024 * 1024  # 5,242,880


def long_line_bytes():
    """GENERATED:long_line: 'date,product,quantity,' then 'x' up to 5 MiB, no newline at all."""
    head = b"date,product,quantity,"
    return head + b"x" * (LONG_LINE_BYTES - len(head))


def files():
    out = {}

    # truncated.csv: long format, the last record is cut in the middle (no final newline,
    # 2 fields instead of 3) -> truncated_file at line 11.
    rows = [
        "date,product,quantity",
        "2024-03-01,Croissant,12",
        "2024-03-01,Baguette,30",
        "2024-03-01,Pain au chocolat,9",
        "2024-03-02,Croissant,14",
        "2024-03-02,Baguette,27",
        "2024-03-03,Croissant,11",
        "2024-03-03,Baguette,31",
        "2024-03-04,Croissant,16",
        "2024-03-04,Pain au chocolat,7",
        "2024-03-05,Croiss",
    ]
    out["truncated.csv"] = ("\n".join(rows)).encode("ascii")

    # binary.csv: 4096 pseudo-random bytes (seeded), containing NULs.
    rng = random.Random(20240301)
    data = bytearray(rng.getrandbits(8) for _ in range(4096))
    for i in range(0, 4096, 97):         # make sure there are plenty of NULs
        data[i] = 0
    data[0:4] = b"\x00\x9c\xd7\x01"      # not a BOM, not "PK" (zip/XLSX), not text
    out["binary.csv"] = bytes(data)

    # empty.csv: 0 bytes.
    out["empty.csv"] = b""

    # blank.csv: only blank lines and spaces.
    out["blank.csv"] = b"\n   \n\n \n      \n\n"

    # header_only.csv: a header and nothing else.
    out["header_only.csv"] = b"date,product,quantity\n"

    # mixed_delimiters.csv: ';' header, rows alternate ';' and ',' (4 of 8 rows use ',');
    # the first ',' row is line 4.
    rows = [
        "fecha;producto;cantidad",
        "2024-03-01;Croissant;12",
        "2024-03-01;Baguette;30",
        "2024-03-02,Croissant,14",
        "2024-03-02;Baguette;27",
        "2024-03-03,Croissant,11",
        "2024-03-03;Baguette;31",
        "2024-03-04,Croissant,16",
        "2024-03-04,Baguette,25",
    ]
    out["mixed_delimiters.csv"] = ("\n".join(rows) + "\n").encode("ascii")

    # utf16.csv: a small valid long-format file saved as UTF-16LE with a BOM (FF FE).
    small = ("date,product,quantity\r\n"
             "2024-03-01,Croissant,12\r\n"
             "2024-03-01,Napolitana de chocolate,8\r\n"
             "2024-03-02,Croissant,14\r\n"
             "2024-03-02,Roscón de Reyes,2\r\n")
    out["utf16.csv"] = b"\xff\xfe" + small.encode("utf-16-le")

    # invalid_utf8_not_1252.csv: line 4 holds 0x81 0x8D 0x8F 0x90 0x9D, which are not valid
    # UTF-8 (lone continuation bytes) and are undefined in Windows-1252.
    out["invalid_utf8_not_1252.csv"] = (
        b"date,product,quantity\n"
        b"2024-03-01,Croissant,12\n"
        b"2024-03-01,Baguette,30\n"
        b"2024-03-02,Pan \x81\x8d\x8f\x90\x9d,5\n"
        b"2024-03-02,Croissant,14\n")

    # unclosed_quote.csv: the quote opened on line 4 is never closed.
    out["unclosed_quote.csv"] = (
        b"date,product,quantity\n"
        b"2024-03-01,Croissant,12\n"
        b"2024-03-01,Baguette,30\n"
        b"2024-03-02,\"Pain au chocolat,8\n"
        b"2024-03-02,Croissant,14\n"
        b"2024-03-03,Baguette,25\n")

    # impossible_date.csv: dd/mm/yyyy, every date impossible (day > 12 on every row, so
    # day-first is the only reading, and no row holds a real date).
    out["impossible_date.csv"] = (
        b"fecha,producto,cantidad\n"
        b"31/02/2024,Croissant,12\n"
        b"30/02/2023,Baguette,30\n"
        b"29/02/2023,Croissant,14\n"
        b"31/04/2024,Baguette,27\n"
        b"31/06/2024,Croissant,11\n"
        b"31/09/2023,Baguette,31\n"
        b"31/11/2023,Croissant,16\n")

    # no_date_column.csv: product and quantity only.
    out["no_date_column.csv"] = (
        b"product,quantity\n"
        b"Croissant,12\n"
        b"Baguette,30\n"
        b"Pain au chocolat,9\n"
        b"Croissant,14\n")

    # no_product_and_no_measure.csv: only date columns (no product, no quantity).
    out["no_product_and_no_measure.csv"] = (
        b"date,delivery_date\n"
        b"2024-03-01,2024-03-02\n"
        b"2024-03-02,2024-03-04\n"
        b"2024-03-04,2024-03-05\n"
        b"2024-03-05,2024-03-06\n"
        b"2024-03-06,2024-03-08\n")

    # ambiguous_dates.csv: every day and month value is <= 12, so DD/MM vs MM/DD can't be
    # decided (and the dates are in no order that would favour one reading).
    out["ambiguous_dates.csv"] = (
        b"date,product,quantity\n"
        b"01/02/2024,Croissant,12\n"
        b"03/04/2024,Baguette,30\n"
        b"05/06/2024,Croissant,14\n"
        b"07/08/2024,Baguette,27\n"
        b"02/01/2024,Croissant,11\n"
        b"09/10/2024,Baguette,31\n"
        b"11/12/2024,Croissant,16\n"
        b"12/11/2024,Baguette,25\n")

    # too_many_bad_numbers.csv: 10 data rows, 8 with text in the quantity column.
    out["too_many_bad_numbers.csv"] = (
        "date,product,quantity\n"
        "2024-03-01,Croissant,12\n"
        "2024-03-01,Baguette,doce\n"
        "2024-03-02,Croissant,n/a\n"
        "2024-03-02,Baguette,muchos\n"
        "2024-03-03,Croissant,?\n"
        "2024-03-03,Baguette,unos 5\n"
        "2024-03-04,Croissant,twelve\n"
        "2024-03-04,Baguette,30\n"
        "2024-03-05,Croissant,sin datos\n"
        "2024-03-05,Baguette,x\n").encode("ascii")
    return out


def main(argv):
    if len(argv) == 3 and argv[1] == "--long-line":
        with open(argv[2], "wb") as fh:
            fh.write(long_line_bytes())
        return 0
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for name, data in files().items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
