#!/usr/bin/env python3
"""Expected import results for the real data fixtures in tests/data/import/.

Computed independently of the C++ importer: Python 3 standard library only, and every
file's layout (encoding, BOM, line ending, delimiter, quoting, column names, date format)
is written out by hand below.  Nothing is auto-detected; if a file does not look exactly
as described here the script stops with an AssertionError instead of guessing.

Rules (the product's import rules, see tests/data/README.md):
  * measure = units; one value per product per calendar day (time of day dropped);
  * "line per unit" files: each line is one unit of its item; "wide" files: one column
    per product, an empty cell is 0; "ds,y" files: one product named after the file stem;
  * a day is OPEN if at least one product's value for that day (the sum of its values that
    day) is non-zero; otherwise the day is CLOSED and yields no product-day at all;
  * on an open day every product of the file gets a value (its sum, or 0);
  * a product whose values are all zero/empty in the whole file is not a product of the
    result (listed as never_sold);
  * negative values are values; NaN / empty y values are skipped (warnings).

Outputs, for each input file <folder>/<name> (name includes ".csv"):
  expected/<folder>/<name>.products.csv  name,days,total,first_day,last_day
  expected/<folder>/<name>.days.csv      day,total,products   (open days only)
  expected/<folder>/<name>.summary.json
and for the price list: expected/korean-bakery/Bakery price.csv.prices.csv (name,price).

Totals are repr() of math.fsum over the raw values (so integer counts print as "5471.0").

Usage (from the repository root):
  python3 tests/data/import/expected/compute_expected.py
"""

import datetime
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IMPORT_DIR = os.path.dirname(HERE)

NUMBER_RE = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")  # plain decimal, point as decimal mark
INT_RE = re.compile(r"^[0-9]+$")


# --------------------------------------------------------------------------- reading

def read_lines(rel_path, *, bom, eol, final_newline):
    """Return [(physical_line_number, text)] for every line, header included.

    bom: the file starts with a UTF-8 BOM (checked, then removed).
    eol: the one line terminator used in the file ("\\r\\n", "\\n" or "\\r"); checked.
    final_newline: whether the last line ends with eol; checked.
    """
    with open(os.path.join(IMPORT_DIR, rel_path), "rb") as fh:
        raw = fh.read()
    if bom:
        assert raw.startswith(b"\xef\xbb\xbf"), rel_path + ": expected a UTF-8 BOM"
        raw = raw[3:]
    else:
        assert not raw.startswith(b"\xef\xbb\xbf"), rel_path + ": unexpected BOM"
    text = raw.decode("utf-8")  # strict: raises on any invalid byte
    assert "\x00" not in text
    if eol == "\r\n":
        assert "\r" not in text.replace("\r\n", "") and "\n" not in text.replace("\r\n", ""), \
            rel_path + ": mixed line endings"
    elif eol == "\n":
        assert "\r" not in text, rel_path + ": CR found in an LF file"
    elif eol == "\r":
        assert "\n" not in text, rel_path + ": LF found in a CR-only file"
    else:
        raise ValueError(eol)
    assert text.endswith(eol) == final_newline, rel_path + ": final newline differs"
    if final_newline:
        text = text[: -len(eol)]
    return [(i + 1, line) for i, line in enumerate(text.split(eol))]


def split_plain(line, delim, ncols, where):
    """Split a line that (by inspection of the file) has no quoting at all."""
    assert '"' not in line, where + ": unexpected quote"
    fields = line.split(delim)
    assert len(fields) == ncols, "%s: %d fields, expected %d" % (where, len(fields), ncols)
    return fields


def split_all_quoted_ds_y(line, where):
    """Split a line of the R-written files: "ds","y" header, then "YYYY-MM-DD",number."""
    fields = line.split(",")
    assert len(fields) == 2, where
    ds, y = fields
    assert len(ds) >= 2 and ds[0] == '"' and ds[-1] == '"' and '"' not in ds[1:-1], where
    return [ds[1:-1], y.strip('"') if y.startswith('"') else y]


# --------------------------------------------------------------------------- dates

def date_iso(s, where):                      # YYYY-MM-DD
    m = re.match(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$", s)
    assert m, where + ": not YYYY-MM-DD: " + s
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def date_iso_hms(s, where):                  # YYYY-MM-DD HH:MM:SS
    m = re.match(r"^([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})$", s)
    assert m, where + ": not YYYY-MM-DD HH:MM:SS: " + s
    datetime.time(int(m.group(4)), int(m.group(5)), int(m.group(6)))
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def time_hms(s, where):                      # HH:MM:SS
    m = re.match(r"^([0-9]{2}):([0-9]{2}):([0-9]{2})$", s)
    assert m, where + ": not HH:MM:SS: " + s
    datetime.time(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def date_dmy_dash_hm(s, where):              # DD-MM-YYYY HH:MM
    m = re.match(r"^([0-9]{2})-([0-9]{2})-([0-9]{4}) ([0-9]{2}):([0-9]{2})$", s)
    assert m, where + ": not DD-MM-YYYY HH:MM: " + s
    datetime.time(int(m.group(4)), int(m.group(5)))
    return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def date_dmy_slash_hm(s, where):             # DD/MM/YYYY HH:MM
    m = re.match(r"^([0-9]{2})/([0-9]{2})/([0-9]{4}) ([0-9]{2}):([0-9]{2})$", s)
    assert m, where + ": not DD/MM/YYYY HH:MM: " + s
    datetime.time(int(m.group(4)), int(m.group(5)))
    return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def date_mdy(s, where):                      # M/D/YYYY, no zero padding
    m = re.match(r"^([1-9][0-9]?)/([1-9][0-9]?)/([0-9]{4})$", s)
    assert m, where + ": not M/D/YYYY: " + s
    return datetime.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))


def date_mdy_hm(s, where):                   # M/D/YYYY H:MM, returns (date, hour)
    m = re.match(r"^([1-9][0-9]?)/([1-9][0-9]?)/([0-9]{4}) ([0-9]{1,2}):([0-9]{2})$", s)
    assert m, where + ": not M/D/YYYY H:MM: " + s
    datetime.time(int(m.group(4)), int(m.group(5)))
    return datetime.date(int(m.group(3)), int(m.group(1)), int(m.group(2))), int(m.group(4))


def number(s, where):
    assert NUMBER_RE.match(s), where + ": not a plain number: " + repr(s)
    return float(s)


WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------- result

class Collector:
    """Collects (day, product, value) observations and derives the expected result."""

    def __init__(self, folder, name, layout, fmt):
        self.folder, self.name, self.layout, self.fmt = folder, name, layout, fmt
        self.declared_products = None      # wide / ds,y files: the fixed product list
        self.values = {}                   # product -> day -> [values]
        self.rows_read = 0
        self.rows_used = 0
        self.skipped = {}                  # reason -> {"count", "first_line", "what"}
        self.checks = {}                   # extra consistency checks done while reading
        self.trimmed_names = {}
        self.out_of_order = 0
        self._last_key = None

    def skip(self, reason, line_no, what):
        s = self.skipped.setdefault(reason, {"count": 0, "first_line": line_no, "what": what})
        s["count"] += 1

    def order(self, key):
        if self._last_key is not None and key < self._last_key:
            self.out_of_order += 1
        self._last_key = key

    def add(self, product, day, value):
        self.values.setdefault(product, {}).setdefault(day, []).append(value)

    def finish(self):
        products_all = (list(self.declared_products) if self.declared_products is not None
                        else list(self.values))
        never_sold = sorted(p for p in products_all
                            if all(v == 0 for vs in self.values.get(p, {}).values() for v in vs))
        products = sorted((p for p in products_all if p not in never_sold),
                          key=lambda p: p.encode("utf-8"))
        day_product_sum = {}
        raw_nonzero_days = set()
        for p in products:
            for d, vs in self.values.get(p, {}).items():
                day_product_sum.setdefault(d, {})[p] = math.fsum(vs)
                if any(v != 0 for v in vs):
                    raw_nonzero_days.add(d)
        all_days = set(d for p in self.values for d in self.values[p])
        open_days = sorted(d for d, ps in day_product_sum.items() if any(v != 0 for v in ps.values()))
        # A day with a non-zero raw value but all daily sums 0 (e.g. +1 and -1) would make the
        # open-day rule ambiguous; none of the fixtures has one, and we check that.
        assert raw_nonzero_days == set(open_days), self.name + ": sums cancel to 0 on some day"
        open_set = set(open_days)
        first, last = open_days[0], open_days[-1]
        span = (last - first).days + 1
        closed_in_range = [first + datetime.timedelta(i) for i in range(span)
                           if first + datetime.timedelta(i) not in open_set]
        days_with_rows_closed = sorted(d for d in all_days if d not in open_set)

        out_dir = os.path.join(HERE, self.folder)
        os.makedirs(out_dir, exist_ok=True)
        base = os.path.join(out_dir, self.name)

        product_rows = []
        for p in products:
            allv = [v for vs in self.values.get(p, {}).values() for v in vs]
            product_rows.append((p, len(open_days), repr(math.fsum(allv)), first.isoformat(),
                                 last.isoformat()))
        with open(base + ".products.csv", "w", encoding="utf-8", newline="\n") as fh:
            fh.write("name,days,total,first_day,last_day\n")
            for r in product_rows:
                assert "," not in r[0] and '"' not in r[0]
                fh.write("%s,%d,%s,%s,%s\n" % r)

        with open(base + ".days.csv", "w", encoding="utf-8", newline="\n") as fh:
            fh.write("day,total,products\n")
            for d in open_days:
                vals = [v for p in products for v in self.values.get(p, {}).get(d, [])]
                nz = sum(1 for p in products if day_product_sum[d].get(p, 0.0) != 0)
                fh.write("%s,%s,%d\n" % (d.isoformat(), repr(math.fsum(vals)), nz))

        nonzero_days = {p: sum(1 for d in open_days if day_product_sum[d].get(p, 0.0) != 0)
                        for p in products}
        summary = {
            "file": self.folder + "/" + self.name,
            "layout": self.layout,
            "format": self.fmt,
            "rows_read": self.rows_read,
            "rows_used": self.rows_used,
            "rows_skipped": sum(s["count"] for s in self.skipped.values()),
            "open_days": len(open_days),
            "closed_days_in_range": len(closed_in_range),
            "closed_days_in_range_list": ([d.isoformat() for d in closed_in_range]
                                          if len(closed_in_range) <= 100 else None),
            "days_with_rows_but_closed": [d.isoformat() for d in days_with_rows_closed],
            "first_day": first.isoformat(),
            "last_day": last.isoformat(),
            "products": len(products),
            "never_sold": never_sold,
            "product_days": len(products) * len(open_days),
            "product_days_nonzero": sum(nonzero_days.values()),
            "grand_total": repr(math.fsum(v for p in products for vs in self.values.get(p, {}).values()
                                          for v in vs)),
            "skipped_lines": self.skipped,
            "names_trimmed": self.trimmed_names,
            "rows_out_of_time_order": self.out_of_order,
            "checks": self.checks,
        }
        if summary["closed_days_in_range_list"] is None:
            summary["closed_days_in_range_list_note"] = "more than 100 days, not listed"
        with open(base + ".summary.json", "w", encoding="utf-8", newline="\n") as fh:
            json.dump(summary, fh, ensure_ascii=False, indent=1, sort_keys=False)
            fh.write("\n")
        return summary


# --------------------------------------------------------------------------- files

def bread_basket_dms():
    # Date,Time,Transaction,Item; ASCII, CRLF, no final newline; one line per unit sold.
    c = Collector("bread-basket", "BreadBasket_DMS.csv", "line per unit",
                  "ASCII, CRLF, no final newline, ',' unquoted, Date YYYY-MM-DD + Time HH:MM:SS")
    lines = read_lines("bread-basket/BreadBasket_DMS.csv", bom=False, eol="\r\n", final_newline=False)
    assert lines[0][1] == "Date,Time,Transaction,Item"
    transactions = set()
    for n, line in lines[1:]:
        assert line.strip() != "", "no blank lines expected"
        where = "BreadBasket_DMS.csv:%d" % n
        date_s, time_s, trans, item = split_plain(line, ",", 4, where)
        c.rows_read += 1
        day = date_iso(date_s, where)
        time_hms(time_s, where)
        assert INT_RE.match(trans), where
        transactions.add(int(trans))
        c.order((day, time_s))
        if item == "NONE":
            c.skip("NONE placeholder item", n, "Item == NONE")
            continue
        name = item.strip()
        if name != item:
            c.trimmed_names[repr(item)] = name
        c.rows_used += 1
        c.add(name, day, 1.0)
    c.checks["distinct_transactions"] = len(transactions)
    c.checks["distinct_item_names_including_NONE"] = len(c.values) + (1 if "NONE placeholder item" in c.skipped else 0)
    return c.finish()


def bread_basket_revised():
    # Transaction,Item,date_time,period_day,weekday_weekend; CRLF, final newline; DD-MM-YYYY HH:MM.
    c = Collector("bread-basket", "bread basket.csv", "line per unit",
                  "ASCII, CRLF, ',' unquoted, date_time DD-MM-YYYY HH:MM (day-first)")
    lines = read_lines("bread-basket/bread basket.csv", bom=False, eol="\r\n", final_newline=True)
    assert lines[0][1] == "Transaction,Item,date_time,period_day,weekday_weekend"
    weekend_mismatch = 0
    transactions = set()
    for n, line in lines[1:]:
        assert line.strip() != ""
        where = "bread basket.csv:%d" % n
        trans, item, dt, period, wk = split_plain(line, ",", 5, where)
        c.rows_read += 1
        day = date_dmy_dash_hm(dt, where)
        assert period in ("morning", "afternoon", "evening", "night"), where
        assert wk in ("weekday", "weekend"), where
        if (day.weekday() >= 5) != (wk == "weekend"):
            weekend_mismatch += 1
        transactions.add(int(trans))
        c.order((day, dt[11:]))
        assert item != "NONE"
        name = item.strip()
        if name != item:
            c.trimmed_names[repr(item)] = name
        c.rows_used += 1
        c.add(name, day, 1.0)
    # Checks that day-first is right: weekday_weekend agrees with the day-first reading.
    c.checks["weekday_weekend_mismatches_with_day_first"] = weekend_mismatch
    c.checks["distinct_transactions"] = len(transactions)
    return c.finish()


KOREAN_PRODUCTS = [
    "angbutter", "plain bread", "jam", "americano", "croissant", "caffe latte",
    "tiramisu croissant", "cacao deep", "pain au chocolat", "almond croissant",
    "croque monsieur", "mad garlic", "milk tea", "gateau chocolat", "pandoro", "cheese cake",
    "lemon ade", "orange pound", "wiener", "vanila latte", "berry ade", "tiramisu",
    "merinque cookies",
]
KOREAN_DOW = {"Mon": 0, "Tues": 1, "Wed": 2, "Thur": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def korean_sales():
    # UTF-8 with BOM, CRLF, final newline, ',' unquoted, 27 columns:
    # datetime,day of week,total,place, then the 23 product columns (counts).
    c = Collector("korean-bakery", "Bakery Sales.csv", "wide (row per order)",
                  "UTF-8 with BOM, CRLF, ',' unquoted, datetime DD/MM/YYYY HH:MM (day-first)")
    c.declared_products = KOREAN_PRODUCTS
    lines = read_lines("korean-bakery/Bakery Sales.csv", bom=True, eol="\r\n", final_newline=True)
    header = ["datetime", "day of week", "total", "place"] + KOREAN_PRODUCTS
    assert lines[0][1].split(",") == header
    dow_mismatch = []
    no_product = []
    for n, line in lines[1:]:
        assert line.strip() != ""
        where = "Bakery Sales.csv:%d" % n
        f = split_plain(line, ",", 27, where)
        c.rows_read += 1
        if all(x == "" for x in f):
            c.skip("empty record (only commas)", n, ",,,,")
            continue
        day = date_dmy_slash_hm(f[0], where)
        if all(x == "" for x in f[1:]):
            c.skip("date-only stub record", n, f[0])
            continue
        assert f[1] in KOREAN_DOW, where
        if KOREAN_DOW[f[1]] != day.weekday():
            dow_mismatch.append("%d: %s labelled %s" % (n, f[0], f[1]))
        assert INT_RE.match(f[2]), where
        c.order((day, f[0][11:]))
        c.rows_used += 1
        if all(x == "" for x in f[4:]):
            # A real order (date, day, total, place) with every product cell empty: it is
            # imported as zeros, so it contributes nothing but is not skipped.
            no_product.append("%d: %s total %s" % (n, f[0], f[2]))
        for p, cell in zip(KOREAN_PRODUCTS, f[4:]):
            if cell == "":
                continue                      # empty cell = 0
            c.add(p, day, number(cell, where))
    c.checks["day_of_week_label_mismatches"] = dow_mismatch
    c.checks["orders_with_every_product_cell_empty"] = no_product
    c.checks["rows_read_if_empty_records_are_treated_as_blank_lines"] = (
        c.rows_read - c.skipped["empty record (only commas)"]["count"])
    return c.finish()


def korean_prices():
    # UTF-8 with BOM, LF, final newline; Name,price.
    rel = "korean-bakery/Bakery price.csv"
    lines = read_lines(rel, bom=True, eol="\n", final_newline=True)
    assert lines[0][1] == "Name,price"
    good, bad = [], []
    for n, line in lines[1:]:
        name, price = split_plain(line, ",", 2, "Bakery price.csv:%d" % n)
        if INT_RE.match(price) or NUMBER_RE.match(price):
            good.append((name, price))
        else:
            bad.append({"line": n, "name": name, "price": price})
    out_dir = os.path.join(HERE, "korean-bakery")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "Bakery price.csv.prices.csv"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("name,price\n")
        for name, price in good:                       # file order
            fh.write("%s,%s\n" % (name, repr(float(price))))
    names = {n for n, _ in good}
    summary = {
        "file": rel,
        "layout": "price list (not sales)",
        "rows_read": len(lines) - 1,
        "prices": len(good),
        "not_a_number": bad,
        "sales_products_without_price_row": [p for p in KOREAN_PRODUCTS if p not in names],
        "price_names_not_in_sales": [n for n in sorted(names) if n not in KOREAN_PRODUCTS],
    }
    with open(os.path.join(out_dir, "Bakery price.csv.summary.json"), "w", encoding="utf-8",
              newline="\n") as fh:
        json.dump(summary, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return summary


PHARMA_PRODUCTS = ["M01AB", "M01AE", "N02BA", "N02BE", "N05B", "N05C", "R03", "R06"]


def pharma_daily():
    # ';' separated, LF, final newline; datum M/D/YYYY (no padding); 8 products then
    # Year;Month;Hour;Weekday Name (not products).
    c = Collector("pharma-sales", "salesdaily.csv", "wide (row per day)",
                  "ASCII, LF, ';' unquoted, decimal point, datum M/D/YYYY (month-first, unpadded)")
    c.declared_products = PHARMA_PRODUCTS
    lines = read_lines("pharma-sales/salesdaily.csv", bom=False, eol="\n", final_newline=True)
    header = ["datum"] + PHARMA_PRODUCTS + ["Year", "Month", "Hour", "Weekday Name"]
    assert lines[0][1].split(";") == header
    ymw_mismatch = 0
    seen = set()
    for n, line in lines[1:]:
        where = "salesdaily.csv:%d" % n
        f = split_plain(line, ";", 13, where)
        c.rows_read += 1
        day = date_mdy(f[0], where)
        assert day not in seen, where + ": duplicate day"
        seen.add(day)
        c.order(day)
        if (int(f[9]), int(f[10]), f[12]) != (day.year, day.month, WEEKDAY_NAMES[day.weekday()]):
            ymw_mismatch += 1
        c.rows_used += 1
        for p, cell in zip(PHARMA_PRODUCTS, f[1:9]):
            c.add(p, day, number(cell, where))
    c.checks["year_month_weekday_mismatches_with_month_first"] = ymw_mismatch
    return c.finish()


def pharma_hourly():
    # ',' separated, LF, final newline; datum M/D/YYYY H:MM; same columns as the daily file.
    c = Collector("pharma-sales", "saleshourly.csv", "wide (row per hour)",
                  "ASCII, LF, ',' unquoted, decimal point, datum M/D/YYYY H:MM (month-first)")
    c.declared_products = PHARMA_PRODUCTS
    lines = read_lines("pharma-sales/saleshourly.csv", bom=False, eol="\n", final_newline=True)
    header = ["datum"] + PHARMA_PRODUCTS + ["Year", "Month", "Hour", "Weekday Name"]
    assert lines[0][1].split(",") == header
    mismatch = 0
    negatives = 0
    for n, line in lines[1:]:
        where = "saleshourly.csv:%d" % n
        f = split_plain(line, ",", 13, where)
        c.rows_read += 1
        day, hour = date_mdy_hm(f[0], where)
        c.order((day, hour))
        if (int(f[9]), int(f[10]), int(f[11]), f[12]) != (
                day.year, day.month, hour, WEEKDAY_NAMES[day.weekday()]):
            mismatch += 1
        c.rows_used += 1
        for p, cell in zip(PHARMA_PRODUCTS, f[1:9]):
            v = number(cell, where)
            negatives += v < 0
            c.add(p, day, v)
    c.checks["year_month_hour_weekday_mismatches_with_month_first"] = mismatch
    c.checks["negative_values"] = negatives
    return c.finish()


# Prophet example files: (file, header, quoted, ds format, eol, final newline)
PROPHET_DS_Y = [
    ("example_wp_log_peyton_manning.csv", '"ds","y"', True, "date", "\n"),
    ("example_retail_sales.csv", "ds,y", False, "date", "\n"),
    ("example_air_passengers.csv", "ds,y", False, "date", "\r"),
    ("example_yosemite_temps.csv", "ds,y", False, "datetime", "\n"),
    ("example_pedestrians_covid.csv", "ds,y", False, "date", "\n"),
    ("example_wp_log_R.csv", '"ds","y"', True, "date", "\n"),
    ("example_wp_log_R_outliers1.csv", '"ds","y"', True, "date", "\n"),
    ("example_wp_log_R_outliers2.csv", '"ds","y"', True, "date", "\n"),
]


def prophet_ds_y(name, header, quoted, ds_kind, eol):
    product = name[: -len(".csv")]
    eol_name = {"\n": "LF", "\r": "CR only"}[eol]
    c = Collector("prophet-examples", name, "single series ds,y",
                  "ASCII, %s, ',' %s, ds %s" % (eol_name, "every ds quoted (R write.csv)" if quoted
                                                else "unquoted",
                                                "YYYY-MM-DD" if ds_kind == "date"
                                                else "YYYY-MM-DD HH:MM:SS"))
    c.declared_products = [product]
    lines = read_lines("prophet-examples/" + name, bom=False, eol=eol, final_newline=True)
    assert lines[0][1] == header, name
    seen = set()
    dup_ds = 0
    for n, line in lines[1:]:
        where = "%s:%d" % (name, n)
        assert line.strip() != ""
        ds, y = split_all_quoted_ds_y(line, where) if quoted else split_plain(line, ",", 2, where)
        c.rows_read += 1
        day = date_iso(ds, where) if ds_kind == "date" else date_iso_hms(ds, where)
        if ds in seen:
            dup_ds += 1
        seen.add(ds)
        c.order(ds)
        if y == "NaN":
            c.skip("NaN y value", n, "y == NaN")
            continue
        if y == "":
            c.skip("empty y value", n, "y empty")
            continue
        c.rows_used += 1
        c.add(product, day, number(y, where))
    c.checks["duplicate_ds_values"] = dup_ds
    return c.finish()


def prophet_pedestrians_multivariate():
    c = Collector("prophet-examples", "example_pedestrians_multivariate.csv", "wide (row per hour)",
                  "ASCII, LF, ',' unquoted, ds YYYY-MM-DD HH:MM:SS")
    c.declared_products = ["location_4", "location_41"]
    lines = read_lines("prophet-examples/example_pedestrians_multivariate.csv", bom=False, eol="\n",
                       final_newline=True)
    assert lines[0][1] == "ds,location_4,location_41"
    for n, line in lines[1:]:
        where = "example_pedestrians_multivariate.csv:%d" % n
        ds, a, b = split_plain(line, ",", 3, where)
        c.rows_read += 1
        day = date_iso_hms(ds, where)
        c.order(ds)
        c.rows_used += 1
        c.add("location_4", day, number(a, where))
        c.add("location_41", day, number(b, where))
    return c.finish()


def main():
    results = [
        bread_basket_dms(),
        bread_basket_revised(),
        korean_sales(),
        pharma_daily(),
        pharma_hourly(),
    ]
    for spec in PROPHET_DS_Y:
        results.append(prophet_ds_y(*spec))
    results.append(prophet_pedestrians_multivariate())
    prices = korean_prices()
    for r in results:
        print("%-55s rows %6d  products %3d  open %5d  closed-in-range %5d  %s..%s" % (
            r["file"], r["rows_read"], r["products"], r["open_days"], r["closed_days_in_range"],
            r["first_day"], r["last_day"]))
    print("%-55s prices %d, not a number: %s" % (prices["file"], prices["prices"],
                                                  [b["name"] for b in prices["not_a_number"]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
