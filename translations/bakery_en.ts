<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccuracyPage</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>Cannot read the model versions</source>
        <translation>Cannot read the model versions</translation>
    </message>
    <message>
        <source>Cannot read the training durations</source>
        <translation>Cannot read the training durations</translation>
    </message>
</context>
<context>
    <name>ArtifactStore</name>
    <message>
        <source>Invalid model file path &quot;%1&quot;: it must be relative to the model folder, without &quot;.&quot; or &quot;..&quot;</source>
        <translation>Invalid model file path &quot;%1&quot;: it must be relative to the model folder, without &quot;.&quot; or &quot;..&quot;</translation>
    </message>
    <message>
        <source>Model file %1 is missing. Retrain the product or restore the file.</source>
        <translation>Model file %1 is missing. Retrain the product or restore the file.</translation>
    </message>
    <message>
        <source>Model file %1 is damaged or was changed: its SHA-256 is %2, the registry expects %3. Retrain the product or restore the file.</source>
        <translation>Model file %1 is damaged or was changed: its SHA-256 is %2, the registry expects %3. Retrain the product or restore the file.</translation>
    </message>
    <message>
        <source>Cannot create the model folder %1</source>
        <translation>Cannot create the model folder %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot build the model zip (zip error %1)</source>
        <translation>Cannot build the model zip (zip error %1)</translation>
    </message>
    <message>
        <source>use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos;</source>
        <translation>use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos;</translation>
    </message>
    <message>
        <source>Cannot store a model without a shop (tenant id)</source>
        <translation>Cannot store a model without a shop (tenant id)</translation>
    </message>
    <message>
        <source>Invalid model version &quot;%1&quot;: %2</source>
        <translation>Invalid model version &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot store a model for a product without a name</source>
        <translation>Cannot store a model for a product without a name</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>Cannot create a temporary file in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the model file %1: %2</source>
        <translation>Cannot write the model file %1: %2</translation>
    </message>
    <message>
        <source>Model file %1 already exists; a stored model version is never replaced</source>
        <translation>Model file %1 already exists; a stored model version is never replaced</translation>
    </message>
    <message>
        <source>Cannot move the model file into place at %1: %2</source>
        <translation>Cannot move the model file into place at %1: %2</translation>
    </message>
    <message>
        <source>Model file %1 cannot be opened: %2</source>
        <translation>Model file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Model file %1 is too large to be a model (%2 bytes)</source>
        <translation>Model file %1 is too large to be a model (%2 bytes)</translation>
    </message>
    <message>
        <source>Model file %1 cannot be read: %2</source>
        <translation>Model file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Model file %1 is not a readable zip archive (zip error %2)</source>
        <translation>Model file %1 is not a readable zip archive (zip error %2)</translation>
    </message>
    <message>
        <source>Model file %1 has no %2 entry</source>
        <translation>Model file %1 has no %2 entry</translation>
    </message>
    <message>
        <source>The %1 entry of model file %2 cannot be read (zip error %3)</source>
        <translation>The %1 entry of model file %2 cannot be read (zip error %3)</translation>
    </message>
    <message>
        <source>Cannot delete the model file %1: %2</source>
        <translation>Cannot delete the model file %1: %2</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>the import settings name a column &quot;%1&quot;; the header has %2</source>
        <translation>the import settings name a column &quot;%1&quot;; the header has %2</translation>
    </message>
    <message>
        <source>no column holds dates; expected a column such as fecha, date or datum (header: %1)</source>
        <translation>no column holds dates; expected a column such as fecha, date or datum (header: %1)</translation>
    </message>
    <message>
        <source>the quantity column &apos;%1&apos; was inferred from its numbers; check the totals, or name it in the import settings</source>
        <translation>the quantity column &apos;%1&apos; was inferred from its numbers; check the totals, or name it in the import settings</translation>
    </message>
    <message>
        <source>revenue was asked for but no column holds it; expected a column such as importe, total or revenue</source>
        <translation>revenue was asked for but no column holds it; expected a column such as importe, total or revenue</translation>
    </message>
    <message>
        <source>no quantity column, but &apos;%1&apos; holds amounts; set the measure to revenue, name the quantity column, or choose the layout line_per_unit in the import settings</source>
        <translation>no quantity column, but &apos;%1&apos; holds amounts; set the measure to revenue, name the quantity column, or choose the layout line_per_unit in the import settings</translation>
    </message>
    <message>
        <source>the import settings name a product column &quot;%1&quot; that the header lacks</source>
        <translation>the import settings name a product column &quot;%1&quot; that the header lacks</translation>
    </message>
    <message>
        <source>no column names products and no column holds quantities; expected a product column (producto, item, artikel...) or one numeric column per product</source>
        <translation>no column names products and no column holds quantities; expected a product column (producto, item, artikel...) or one numeric column per product</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Date column</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Time column</translation>
    </message>
    <message>
        <source>Product column</source>
        <translation>Product column</translation>
    </message>
    <message>
        <source>Quantity column</source>
        <translation>Quantity column</translation>
    </message>
    <message>
        <source>Revenue column</source>
        <translation>Revenue column</translation>
    </message>
    <message>
        <source>Price column</source>
        <translation>Price column</translation>
    </message>
    <message>
        <source>Category column</source>
        <translation>Category column</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; (set by hand)</source>
        <translation>%1: &apos;%2&apos; (set by hand)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; (by its name)</source>
        <translation>%1: &apos;%2&apos; (by its name)</translation>
    </message>
    <message>
        <source>Date column: &apos;%1&apos; (inferred: its values are dates)</source>
        <translation>Date column: &apos;%1&apos; (inferred: its values are dates)</translation>
    </message>
    <message numerus="yes">
        <source>Product column: &apos;%1&apos; (inferred: text with %n distinct value(s))</source>
        <translation>
            <numerusform>Product column: &apos;%1&apos; (inferred: text with %n distinct value)</numerusform>
            <numerusform>Product column: &apos;%1&apos; (inferred: text with %n distinct values)</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: price list (products and prices, no dates)</source>
        <translation>Layout: price list (products and prices, no dates)</translation>
    </message>
    <message>
        <source>Quantity column: &apos;%1&apos; (inferred: its values are numbers)</source>
        <translation>Quantity column: &apos;%1&apos; (inferred: its values are numbers)</translation>
    </message>
    <message>
        <source>Layout: long (one row per sale or per day and product)</source>
        <translation>Layout: long (one row per sale or per day and product)</translation>
    </message>
    <message>
        <source>Layout: one line per unit sold (no quantity column: lines are counted)</source>
        <translation>Layout: one line per unit sold (no quantity column: lines are counted)</translation>
    </message>
    <message>
        <source>Layout: a single series (&apos;%1&apos; is the quantity) named &apos;%2&apos;</source>
        <translation>Layout: a single series (&apos;%1&apos; is the quantity) named &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Layout: wide, one column per product (%n product(s): %1)</source>
        <translation>
            <numerusform>Layout: wide, one column per product (%n product: %1)</numerusform>
            <numerusform>Layout: wide, one column per product (%n products: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Mean error (MAE)</source>
        <translation>Mean error (MAE)</translation>
    </message>
    <message>
        <source>Typical error, large misses weigh more (RMSE)</source>
        <translation>Typical error, large misses weigh more (RMSE)</translation>
    </message>
    <message>
        <source>Error as share of sales (WAPE)</source>
        <translation>Error as share of sales (WAPE)</translation>
    </message>
    <message>
        <source>Average error per day (MAPE)</source>
        <translation>Average error per day (MAPE)</translation>
    </message>
    <message>
        <source>Fit to the ups and downs (R²)</source>
        <translation>Fit to the ups and downs (R²)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Days inside the forecast range</source>
        <translation>Days inside the forecast range</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 units</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (deployed)</source>
        <translation>%1 (deployed)</translation>
    </message>
    <message>
        <source>the recent days</source>
        <translation>the recent days</translation>
    </message>
    <message numerus="yes">
        <source>the last %n day(s)</source>
        <translation>
            <numerusform>the last %n day</numerusform>
            <numerusform>the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>MAE %1 -&gt; %2 units, no change on %3</source>
        <translation>MAE %1 -&gt; %2 units, no change on %3</translation>
    </message>
    <message>
        <source>MAE %1 -&gt; %2 units, %3 % better on %4</source>
        <translation>MAE %1 -&gt; %2 units, %3 % better on %4</translation>
    </message>
    <message>
        <source>MAE %1 -&gt; %2 units, %3 % worse on %4</source>
        <translation>MAE %1 -&gt; %2 units, %3 % worse on %4</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>the last %n week</numerusform>
            <numerusform>the last %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CovariateImporter</name>
    <message>
        <source>the import could not be stored, nothing was written: %1</source>
        <translation>the import could not be stored, nothing was written: %1</translation>
    </message>
</context>
<context>
    <name>CovariateStore</name>
    <message>
        <source>Cannot read stored %1</source>
        <translation>Cannot read stored %1</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>Cannot record the import</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Cannot prepare the import</translation>
    </message>
    <message>
        <source>Cannot store %1 &apos;%2&apos; of %3</source>
        <translation>Cannot store %1 &apos;%2&apos; of %3</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>Cannot commit the import: %1</translation>
    </message>
    <message>
        <source>Cannot store event &apos;%1&apos;</source>
        <translation>Cannot store event &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CovariateTable</name>
    <message>
        <source>Dates: %1 (set by hand)</source>
        <translation>Dates: %1 (set by hand)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2, so 01/02 could be 1 February or 2 January; set the date order (day first or month first) in the import settings</source>
        <translation>column &apos;%1&apos;: %2, so 01/02 could be 1 February or 2 January; set the date order (day first or month first) in the import settings</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2; expected one date format in the whole column</source>
        <translation>column &apos;%1&apos;: %2; expected one date format in the whole column</translation>
    </message>
    <message>
        <source>the import settings name the date column &apos;%1&apos;, which the header does not have</source>
        <translation>the import settings name the date column &apos;%1&apos;, which the header does not have</translation>
    </message>
    <message>
        <source>Date column: &apos;%1&apos; (set by hand)</source>
        <translation>Date column: &apos;%1&apos; (set by hand)</translation>
    </message>
    <message>
        <source>Date column: &apos;%1&apos; (by its name)</source>
        <translation>Date column: &apos;%1&apos; (by its name)</translation>
    </message>
    <message>
        <source>no column of dates; expected a %1 file with a date column (%2)</source>
        <translation>no column of dates; expected a %1 file with a date column (%2)</translation>
    </message>
    <message>
        <source>Date column: &apos;%1&apos; (inferred from its content)</source>
        <translation>Date column: &apos;%1&apos; (inferred from its content)</translation>
    </message>
    <message>
        <source>the file has no data rows; expected a header line and %1 rows</source>
        <translation>the file has no data rows; expected a header line and %1 rows</translation>
    </message>
    <message>
        <source>Numbers: decimal &apos;%1&apos; (set by hand)</source>
        <translation>Numbers: decimal &apos;%1&apos; (set by hand)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2; line skipped</source>
        <translation>expected %1 fields as in the header, found %2; line skipped</translation>
    </message>
    <message>
        <source>not a calendar date: &quot;%1&quot;; line skipped</source>
        <translation>not a calendar date: &quot;%1&quot;; line skipped</translation>
    </message>
    <message>
        <source>expected a date, found &quot;%1&quot;; line skipped</source>
        <translation>expected a date, found &quot;%1&quot;; line skipped</translation>
    </message>
    <message>
        <source>%1 of %2 lines could not be read (more than %3 %); check the import settings</source>
        <translation>%1 of %2 lines could not be read (more than %3 %); check the import settings</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>weather</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Dates: %1</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>Numbers: %1</translation>
    </message>
</context>
<context>
    <name>Covariates</name>
    <message>
        <source>%1: %2 days missing (%3); the model needs it on every day, so it cannot predict these days</source>
        <translation>%1: %2 days missing (%3); the model needs it on every day, so it cannot predict these days</translation>
    </message>
    <message>
        <source>%1: %2 days missing (%3); not used</source>
        <translation>%1: %2 days missing (%3); not used</translation>
    </message>
    <message>
        <source>event %1: another prior scale than the model&apos;s holiday of that name; not used</source>
        <translation>event %1: another prior scale than the model&apos;s holiday of that name; not used</translation>
    </message>
    <message>
        <source>%1: the model uses this name for its own terms; not used</source>
        <translation>%1: the model uses this name for its own terms; not used</translation>
    </message>
    <message>
        <source>%1: the same value on every day; not used</source>
        <translation>%1: the same value on every day; not used</translation>
    </message>
</context>
<context>
    <name>CrossValidation</name>
    <message>
        <source>the model could not be fitted: %1</source>
        <translation>the model could not be fitted: %1</translation>
    </message>
    <message>
        <source>fold with cutoff day %1 failed: %2</source>
        <translation>fold with cutoff day %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>unknown database error</source>
        <translation>unknown database error</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Cannot use the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to WAL mode (journal mode is %2)</source>
        <translation>Cannot switch the database %1 to WAL mode (journal mode is %2)</translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>Cannot open %1: the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Cannot use %1: %2</translation>
    </message>
    <message>
        <source>No database location given</source>
        <translation>No database location given</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a folder</source>
        <translation>Cannot open the database %1: it is a folder</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2</source>
        <translation>Cannot create the folder %1 for the database %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>Cannot start a transaction on %1: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>Cannot lock %1: %2</translation>
    </message>
    <message>
        <source>cannot lock it: </source>
        <translation>cannot lock it: </translation>
    </message>
    <message>
        <source>cannot create schema_version: </source>
        <translation>cannot create schema_version: </translation>
    </message>
    <message>
        <source>cannot read schema_version</source>
        <translation>cannot read schema_version</translation>
    </message>
    <message>
        <source>Cannot migrate the database %1: %2</source>
        <translation>Cannot migrate the database %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) of %3 failed: %4</source>
        <translation>Migration %1 (%2) of %3 failed: %4</translation>
    </message>
</context>
<context>
    <name>DeployPolicy</name>
    <message>
        <source>deployed: no version of %1 was deployed yet</source>
        <translation>deployed: no version of %1 was deployed yet</translation>
    </message>
    <message>
        <source>deployed: version %1 could not be scored on %2 (%3)</source>
        <translation>deployed: version %1 could not be scored on %2 (%3)</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>no rows</translation>
    </message>
    <message>
        <source>as deployed</source>
        <translation>as deployed</translation>
    </message>
    <message>
        <source>refitted on the same rows</source>
        <translation>refitted on the same rows</translation>
    </message>
    <message>
        <source>deployed: MAE %1 matches or beats version %2&apos;s %3 (%4) on %5; ties go to the newer version</source>
        <translation>deployed: MAE %1 matches or beats version %2&apos;s %3 (%4) on %5; ties go to the newer version</translation>
    </message>
    <message>
        <source>kept version %2: its MAE %3 (%4) is better than the new %1 on %5; ties go to the newer version</source>
        <translation>kept version %2: its MAE %3 (%4) is better than the new %1 on %5; ties go to the newer version</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Cannot record the event</source>
        <translation>Cannot record the event</translation>
    </message>
</context>
<context>
    <name>EventsPass</name>
    <message>
        <source>Event name column: &apos;%1&apos; (inferred from its content)</source>
        <translation>Event name column: &apos;%1&apos; (inferred from its content)</translation>
    </message>
    <message>
        <source>Event name column: &apos;%1&apos;</source>
        <translation>Event name column: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; -&gt; %2</source>
        <translation>Column &apos;%1&apos; -&gt; %2</translation>
    </message>
    <message>
        <source>no column with the events&apos; names; expected a column such as evento/event/name/holiday/festivo</source>
        <translation>no column with the events&apos; names; expected a column such as evento/event/name/holiday/festivo</translation>
    </message>
    <message>
        <source>expected an event name, found an empty cell; line skipped</source>
        <translation>expected an event name, found an empty cell; line skipped</translation>
    </message>
    <message>
        <source>expected a name without &quot;_delim_&quot;; line skipped</source>
        <translation>expected a name without &quot;_delim_&quot;; line skipped</translation>
    </message>
    <message>
        <source>expected a whole number of days%1 up to %2, found &quot;%3&quot;; line skipped</source>
        <translation>expected a whole number of days%1 up to %2, found &quot;%3&quot;; line skipped</translation>
    </message>
    <message>
        <source>expected a number &gt; 0, found &quot;%1&quot;; line skipped</source>
        <translation>expected a number &gt; 0, found &quot;%1&quot;; line skipped</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;: expected the prior scale of line %2 (one per event name), found &quot;%3&quot;</source>
        <translation>event &quot;%1&quot;: expected the prior scale of line %2 (one per event name), found &quot;%3&quot;</translation>
    </message>
    <message>
        <source>event &quot;%1&quot; on this day appears earlier; the first is kept</source>
        <translation>event &quot;%1&quot; on this day appears earlier; the first is kept</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: positive values read as days before the event (2 -&gt; lower_window -2)</source>
        <translation>Column &apos;%1&apos;: positive values read as days before the event (2 -&gt; lower_window -2)</translation>
    </message>
    <message>
        <source>no line holds an event; expected at least one</source>
        <translation>no line holds an event; expected at least one</translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <source>the series has fewer than 2 rows with a value</source>
        <translation>the series has fewer than 2 rows with a value</translation>
    </message>
    <message>
        <source>regressor &apos;%1&apos; has a missing value</source>
        <translation>regressor &apos;%1&apos; has a missing value</translation>
    </message>
    <message>
        <source>the optimiser failed</source>
        <translation>the optimiser failed</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Train, compare and deploy sales forecasts for each product of your bakery.</source>
        <translation>Train, compare and deploy sales forecasts for each product of your bakery.</translation>
    </message>
    <message>
        <source>Use this language (es, en) instead of the system&apos;s.</source>
        <translation>Use this language (es, en) instead of the system&apos;s.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Save a PNG of every page into &lt;dir&gt;, then quit.</source>
        <translation>Save a PNG of every page into &lt;dir&gt;, then quit.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Bakery-IA Trainer</source>
        <translation>Bakery-IA Trainer</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>The store cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>HoldoutRun</name>
    <message>
        <source>future days need regressor and cap values; give them as rows instead</source>
        <translation>future days need regressor and cap values; give them as rows instead</translation>
    </message>
    <message>
        <source>the model could not be fitted: %1</source>
        <translation>the model could not be fitted: %1</translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>not a JSON object: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a text value</source>
        <translation>&quot;%1&quot;: expected a text value</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected one of %2, found &quot;%3&quot;</source>
        <translation>&quot;%1&quot;: expected one of %2, found &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a list of texts</source>
        <translation>&quot;%1&quot;: expected a list of texts</translation>
    </message>
    <message>
        <source>&quot;layout&quot;: expected auto, long, line_per_unit, wide or price_list, found &quot;%1&quot;</source>
        <translation>&quot;layout&quot;: expected auto, long, line_per_unit, wide or price_list, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;measure&quot;: expected units or revenue, found &quot;%1&quot;</source>
        <translation>&quot;measure&quot;: expected units or revenue, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;max_unparsable_share&quot;: expected a number from 0 to 1</source>
        <translation>&quot;max_unparsable_share&quot;: expected a number from 0 to 1</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>unknown setting &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>IssueLog</name>
    <message>
        <source>... and %1 more issues like the ones above (%2)</source>
        <translation>... and %1 more issues like the ones above (%2)</translation>
    </message>
</context>
<context>
    <name>JobLogs</name>
    <message>
        <source>Cannot write the training log</source>
        <translation>Cannot write the training log</translation>
    </message>
    <message>
        <source>Cannot record progress</source>
        <translation>Cannot record progress</translation>
    </message>
    <message>
        <source>Cannot cancel</source>
        <translation>Cannot cancel</translation>
    </message>
    <message>
        <source>Job %1 is not pending or running</source>
        <translation>Job %1 is not pending or running</translation>
    </message>
    <message>
        <source>Cannot stop the job&apos;s products</source>
        <translation>Cannot stop the job&apos;s products</translation>
    </message>
    <message>
        <source>Cannot hand the job&apos;s products back</source>
        <translation>Cannot hand the job&apos;s products back</translation>
    </message>
    <message>
        <source>Cannot hand the job back</source>
        <translation>Cannot hand the job back</translation>
    </message>
    <message>
        <source>Cannot finish the job</source>
        <translation>Cannot finish the job</translation>
    </message>
    <message>
        <source>Cannot read running jobs</source>
        <translation>Cannot read running jobs</translation>
    </message>
    <message>
        <source>Training was interrupted: the program stopped while the job ran. Products trained before that keep their new versions; the others can be retried.</source>
        <translation>Training was interrupted: the program stopped while the job ran. Products trained before that keep their new versions; the others can be retried.</translation>
    </message>
    <message>
        <source>Cannot recover the job</source>
        <translation>Cannot recover the job</translation>
    </message>
    <message>
        <source>Cannot recover products</source>
        <translation>Cannot recover products</translation>
    </message>
    <message>
        <source>Cannot read running products</source>
        <translation>Cannot read running products</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot read products</source>
        <translation>Cannot read products</translation>
    </message>
    <message>
        <source>Unknown product: %1</source>
        <translation>Unknown product: %1</translation>
    </message>
    <message>
        <source>Cannot read jobs</source>
        <translation>Cannot read jobs</translation>
    </message>
    <message>
        <source>Job %1 was already retried as job %2</source>
        <translation>Job %1 was already retried as job %2</translation>
    </message>
    <message>
        <source>Cannot queue the job</source>
        <translation>Cannot queue the job</translation>
    </message>
    <message>
        <source>Cannot read the queue</source>
        <translation>Cannot read the queue</translation>
    </message>
    <message>
        <source>Cannot start the job</source>
        <translation>Cannot start the job</translation>
    </message>
    <message>
        <source>Cannot list products</source>
        <translation>Cannot list products</translation>
    </message>
    <message>
        <source>Cannot count products</source>
        <translation>Cannot count products</translation>
    </message>
    <message>
        <source>Cannot read the job&apos;s products</source>
        <translation>Cannot read the job&apos;s products</translation>
    </message>
    <message>
        <source>Cannot claim a product</source>
        <translation>Cannot claim a product</translation>
    </message>
    <message>
        <source>Cannot record the product&apos;s result</source>
        <translation>Cannot record the product&apos;s result</translation>
    </message>
    <message>
        <source>%1 was abandoned while it trained</source>
        <translation>%1 was abandoned while it trained</translation>
    </message>
</context>
<context>
    <name>JobSummary</name>
    <message>
        <source>Retry the job for the remaining products, or raise MAX_TRAINING_TIME_MINUTES.</source>
        <translation>Retry the job for the remaining products, or raise MAX_TRAINING_TIME_MINUTES.</translation>
    </message>
    <message>
        <source>Retry the job: products trained before the interruption keep their versions.</source>
        <translation>Retry the job: products trained before the interruption keep their versions.</translation>
    </message>
    <message>
        <source>Import sales history, then train again.</source>
        <translation>Import sales history, then train again.</translation>
    </message>
    <message>
        <source>Read each product&apos;s reason in the job log; most often more sales history is needed.</source>
        <translation>Read each product&apos;s reason in the job log; most often more sales history is needed.</translation>
    </message>
    <message>
        <source>Start the training again when convenient.</source>
        <translation>Start the training again when convenient.</translation>
    </message>
</context>
<context>
    <name>ModelJson</name>
    <message>
        <source>damaged model document: %1</source>
        <translation>damaged model document: %1</translation>
    </message>
    <message>
        <source>the model was made with other holiday rules (%1); retrain it</source>
        <translation>the model was made with other holiday rules (%1); retrain it</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>not JSON: %1</translation>
    </message>
    <message>
        <source>not a forecast model document</source>
        <translation>not a forecast model document</translation>
    </message>
    <message>
        <source>unsupported model schema version %1</source>
        <translation>unsupported model schema version %1</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>Cannot register the model</source>
        <translation>Cannot register the model</translation>
    </message>
    <message>
        <source>Cannot record the model&apos;s metrics</source>
        <translation>Cannot record the model&apos;s metrics</translation>
    </message>
    <message>
        <source>Cannot record the model&apos;s artifact</source>
        <translation>Cannot record the model&apos;s artifact</translation>
    </message>
    <message>
        <source>Cannot read the deployed version</source>
        <translation>Cannot read the deployed version</translation>
    </message>
    <message>
        <source>Cannot read the version</source>
        <translation>Cannot read the version</translation>
    </message>
    <message>
        <source>Model %1 is not a version of this product</source>
        <translation>Model %1 is not a version of this product</translation>
    </message>
    <message>
        <source>Cannot undeploy</source>
        <translation>Cannot undeploy</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>Cannot deploy</translation>
    </message>
    <message>
        <source>Cannot record the deployment</source>
        <translation>Cannot record the deployment</translation>
    </message>
    <message>
        <source>No model version with id %1</source>
        <translation>No model version with id %1</translation>
    </message>
    <message>
        <source>%1 has no deployed model to roll back</source>
        <translation>%1 has no deployed model to roll back</translation>
    </message>
    <message>
        <source>%1 has no earlier deployed version to roll back to</source>
        <translation>%1 has no earlier deployed version to roll back to</translation>
    </message>
</context>
<context>
    <name>ModelRegistryRows</name>
    <message>
        <source>Cannot read artifacts</source>
        <translation>Cannot read artifacts</translation>
    </message>
    <message>
        <source>No model version with id %1</source>
        <translation>No model version with id %1</translation>
    </message>
    <message>
        <source>Cannot remove an old version</source>
        <translation>Cannot remove an old version</translation>
    </message>
</context>
<context>
    <name>ProductForecast</name>
    <message>
        <source>Mondays</source>
        <translation>Mondays</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Tuesdays</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Wednesdays</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Thursdays</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Fridays</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Saturdays</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Sundays</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Weekly pattern</source>
        <translation>Weekly pattern</translation>
    </message>
    <message>
        <source>Yearly pattern</source>
        <translation>Yearly pattern</translation>
    </message>
    <message>
        <source>Daily pattern</source>
        <translation>Daily pattern</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>Rain</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Humidity</translation>
    </message>
    <message>
        <source>The underlying level goes from %1 to %2 a day (%3 %) over this period.</source>
        <translation>The underlying level goes from %1 to %2 a day (%3 %) over this period.</translation>
    </message>
    <message>
        <source>%1 sell %2 % more than average, %3 %4 % less.</source>
        <translation>%1 sell %2 % more than average, %3 %4 % less.</translation>
    </message>
    <message>
        <source>%1 sells %2 % more than the yearly average, %3 %4 % less.</source>
        <translation>%1 sells %2 % more than the yearly average, %3 %4 % less.</translation>
    </message>
    <message>
        <source>On holidays you sell %1 % more on average.</source>
        <translation>On holidays you sell %1 % more on average.</translation>
    </message>
    <message>
        <source>On holidays you sell %1 % less on average.</source>
        <translation>On holidays you sell %1 % less on average.</translation>
    </message>
    <message>
        <source>%1 moves sales from %2 % to %3 % against an average day.</source>
        <translation>%1 moves sales from %2 % to %3 % against an average day.</translation>
    </message>
    <message>
        <source>There is no product called &quot;%1&quot;.</source>
        <translation>There is no product called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the deployed model: %1</source>
        <translation>Cannot read the deployed model: %1</translation>
    </message>
    <message>
        <source>Weather data ends on %1: the forecast shows %2 of %3 days ahead.</source>
        <translation>Weather data ends on %1: the forecast shows %2 of %3 days ahead.</translation>
    </message>
    <message>
        <source>The deployed version cannot predict these days: %1</source>
        <translation>The deployed version cannot predict these days: %1</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Product requires minimum %1 days of sales data. Currently: %2 days.</source>
        <translation>Product requires minimum %1 days of sales data. Currently: %2 days.</translation>
    </message>
</context>
<context>
    <name>RecordPass</name>
    <message>
        <source>the last line has %1 of %2 fields and no line break; the file seems cut short (expected a complete last line)</source>
        <translation>the last line has %1 of %2 fields and no line break; the file seems cut short (expected a complete last line)</translation>
    </message>
    <message>
        <source>text after the closing quote was ignored; expected a delimiter right after a quoted field</source>
        <translation>text after the closing quote was ignored; expected a delimiter right after a quoted field</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2; line skipped</source>
        <translation>expected %1 fields as in the header, found %2; line skipped</translation>
    </message>
    <message>
        <source>not a calendar date: &quot;%1&quot;; line skipped</source>
        <translation>not a calendar date: &quot;%1&quot;; line skipped</translation>
    </message>
    <message>
        <source>expected a date, found &quot;%1&quot;; line skipped</source>
        <translation>expected a date, found &quot;%1&quot;; line skipped</translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;; cell left out</source>
        <translation>expected a number, found &quot;%1&quot;; cell left out</translation>
    </message>
    <message>
        <source>no value; day left out</source>
        <translation>no value; day left out</translation>
    </message>
    <message>
        <source>negative value %1 (a return?); kept</source>
        <translation>negative value %1 (a return?); kept</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product; line skipped</source>
        <translation>&quot;%1&quot; is not a product; line skipped</translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;; line skipped</source>
        <translation>expected a number, found &quot;%1&quot;; line skipped</translation>
    </message>
    <message>
        <source>negative quantity %1 (a return?); kept</source>
        <translation>negative quantity %1 (a return?); kept</translation>
    </message>
    <message>
        <source>the same as an earlier line; kept (a real repeat sale?)</source>
        <translation>the same as an earlier line; kept (a real repeat sale?)</translation>
    </message>
    <message>
        <source>%1 empty lines (or lines of empty fields) were ignored</source>
        <translation>%1 empty lines (or lines of empty fields) were ignored</translation>
    </message>
    <message>
        <source>%1 lines have dates after today; kept</source>
        <translation>%1 lines have dates after today; kept</translation>
    </message>
    <message>
        <source>%1 of %2 cells could not be read as numbers (more than %3 %); expected one number per product column, check the import settings</source>
        <translation>%1 of %2 cells could not be read as numbers (more than %3 %); expected one number per product column, check the import settings</translation>
    </message>
    <message>
        <source>%1 of %2 lines could not be read (more than %3 %); expected a sales file in the detected format, check the import settings</source>
        <translation>%1 of %2 lines could not be read (more than %3 %); expected a sales file in the detected format, check the import settings</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has no sales in this file; left out</source>
        <translation>product &quot;%1&quot; has no sales in this file; left out</translation>
    </message>
    <message>
        <source>no line holds a sale; expected at least one day with sales</source>
        <translation>no line holds a sale; expected at least one day with sales</translation>
    </message>
    <message>
        <source>too few fields; line skipped</source>
        <translation>too few fields; line skipped</translation>
    </message>
    <message>
        <source>expected a price, found &quot;%1&quot;; line skipped</source>
        <translation>expected a price, found &quot;%1&quot;; line skipped</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %n day(s) far from the usual for their weekday (first: %2 on %3); kept and flagged for training</source>
        <translation>
            <numerusform>&quot;%1&quot;: %n day far from the usual for their weekday (first: %2 on %3); kept and flagged for training</numerusform>
            <numerusform>&quot;%1&quot;: %n days far from the usual for their weekday (first: %2 on %3); kept and flagged for training</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot read artifacts: %1</source>
        <translation>Cannot read artifacts: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
</context>
<context>
    <name>ResultWriter</name>
    <message>
        <source>Cannot read the deployed version: %1</source>
        <translation>Cannot read the deployed version: %1</translation>
    </message>
    <message>
        <source>Check that the database %1 is reachable and writable, then retry.</source>
        <translation>Check that the database %1 is reachable and writable, then retry.</translation>
    </message>
    <message>
        <source>auto-deploy is off</source>
        <translation>auto-deploy is off</translation>
    </message>
    <message>
        <source>identical to version %1; stored once</source>
        <translation>identical to version %1; stored once</translation>
    </message>
    <message>
        <source>version %1%2</source>
        <translation>version %1%2</translation>
    </message>
    <message>
        <source>, deployed</source>
        <translation>, deployed</translation>
    </message>
</context>
<context>
    <name>RetrainSchedule</name>
    <message>
        <source>Cannot read the training schedule</source>
        <translation>Cannot read the training schedule</translation>
    </message>
    <message>
        <source>Cannot read the trained models</source>
        <translation>Cannot read the trained models</translation>
    </message>
    <message>
        <source>Cannot record the scheduled run: no valid time given</source>
        <translation>Cannot record the scheduled run: no valid time given</translation>
    </message>
    <message>
        <source>Cannot record the scheduled run</source>
        <translation>Cannot record the scheduled run</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2; expected a day and an hour, e.g. &quot;sunday 03:00&quot;, &quot;dom 3&quot; or &quot;7 03:00&quot;</source>
        <translation>&quot;%1&quot;: %2; expected a day and an hour, e.g. &quot;sunday 03:00&quot;, &quot;dom 3&quot; or &quot;7 03:00&quot;</translation>
    </message>
    <message>
        <source>not two parts</source>
        <translation>not two parts</translation>
    </message>
    <message>
        <source>unknown day &quot;%1&quot;</source>
        <translation>unknown day &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable hour &quot;%1&quot;</source>
        <translation>unreadable hour &quot;%1&quot;</translation>
    </message>
    <message>
        <source>hour %1 is not 0..23</source>
        <translation>hour %1 is not 0..23</translation>
    </message>
    <message>
        <source>the schedule runs on the hour (minutes must be 00)</source>
        <translation>the schedule runs on the hour (minutes must be 00)</translation>
    </message>
</context>
<context>
    <name>SalesImporter</name>
    <message>
        <source>the import could not be stored, nothing was written: %1</source>
        <translation>the import could not be stored, nothing was written: %1</translation>
    </message>
    <message>
        <source>the file has only blank lines; expected a header line and sales rows</source>
        <translation>the file has only blank lines; expected a header line and sales rows</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>the file has a header but no data rows</translation>
    </message>
    <message>
        <source>this line uses another delimiter than the header; expected every line to separate its fields the same way</source>
        <translation>this line uses another delimiter than the header; expected every line to separate its fields the same way</translation>
    </message>
    <message>
        <source>%1; set the decimal mark (&apos;,&apos; or &apos;.&apos;) in the import settings</source>
        <translation>%1; set the decimal mark (&apos;,&apos; or &apos;.&apos;) in the import settings</translation>
    </message>
    <message>
        <source>Numbers: decimal &apos;%1&apos; (set by hand)</source>
        <translation>Numbers: decimal &apos;%1&apos; (set by hand)</translation>
    </message>
    <message>
        <source>Dates: %1 (set by hand)</source>
        <translation>Dates: %1 (set by hand)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2, so 01/02 could be 1 February or 2 January; set the date order (day first or month first) in the import settings</source>
        <translation>column &apos;%1&apos;: %2, so 01/02 could be 1 February or 2 January; set the date order (day first or month first) in the import settings</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2; expected one date format in the whole column</source>
        <translation>column &apos;%1&apos;: %2; expected one date format in the whole column</translation>
    </message>
    <message>
        <source>numeric cells of the workbook</source>
        <translation>numeric cells of the workbook</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>Numbers: %1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Dates: %1</translation>
    </message>
</context>
<context>
    <name>SalesStore</name>
    <message>
        <source>Cannot read stored days</source>
        <translation>Cannot read stored days</translation>
    </message>
    <message>
        <source>Cannot read products</source>
        <translation>Cannot read products</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Cannot prepare the import</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>Cannot record the import</translation>
    </message>
    <message>
        <source>Cannot store product &apos;%1&apos;</source>
        <translation>Cannot store product &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot update product &apos;%1&apos;</source>
        <translation>Cannot update product &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot read the measure of &apos;%1&apos;</source>
        <translation>Cannot read the measure of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot store the sales of &apos;%1&apos;</source>
        <translation>Cannot store the sales of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>Cannot commit the import: %1</translation>
    </message>
</context>
<context>
    <name>SeriesCsvReader</name>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1: cannot open the file (%2)</translation>
    </message>
    <message>
        <source>the file is empty; expected a header with columns ds and y</source>
        <translation>the file is empty; expected a header with columns ds and y</translation>
    </message>
    <message>
        <source>expected a header with columns ds and y, found &quot;%1&quot;</source>
        <translation>expected a header with columns ds and y, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>header column %1 has no name</source>
        <translation>header column %1 has no name</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>column &apos;%1&apos; appears twice in the header</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>expected %1 columns, found %2</translation>
    </message>
    <message>
        <source>column &apos;ds&apos;: expected a date YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>column &apos;ds&apos;: expected a date YYYY-MM-DD, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>column &apos;ds&apos;: duplicate date %1</source>
        <translation>column &apos;ds&apos;: duplicate date %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: expected a number, found &quot;%2&quot;</source>
        <translation>column &apos;%1&apos;: expected a number, found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected at least 2 data rows, found %1</source>
        <translation>expected at least 2 data rows, found %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Prophet</source>
        <translation>Prophet</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Where sales and models are stored: a SQLite file or a postgresql:// address; empty for the default file.</source>
        <translation>Where sales and models are stored: a SQLite file or a postgresql:// address; empty for the default file.</translation>
    </message>
    <message>
        <source>Folder for trained model files; empty for a models folder next to the database file.</source>
        <translation>Folder for trained model files; empty for a models folder next to the database file.</translation>
    </message>
    <message>
        <source>Name of the shop whose data this installation holds.</source>
        <translation>Name of the shop whose data this installation holds.</translation>
    </message>
    <message>
        <source>Minutes after which a training job is stopped.</source>
        <translation>Minutes after which a training job is stopped.</translation>
    </message>
    <message>
        <source>How often a failed training is tried again.</source>
        <translation>How often a failed training is tried again.</translation>
    </message>
    <message>
        <source>Processor threads used for training; 0 uses all.</source>
        <translation>Processor threads used for training; 0 uses all.</translation>
    </message>
    <message>
        <source>Days of sales a product needs before it is trained.</source>
        <translation>Days of sales a product needs before it is trained.</translation>
    </message>
    <message>
        <source>Most recent days kept aside to measure accuracy.</source>
        <translation>Most recent days kept aside to measure accuracy.</translation>
    </message>
    <message>
        <source>Use a new model automatically when it is more accurate.</source>
        <translation>Use a new model automatically when it is more accurate.</translation>
    </message>
    <message>
        <source>Days an unused model version is kept.</source>
        <translation>Days an unused model version is kept.</translation>
    </message>
    <message>
        <source>Most model versions kept for each product.</source>
        <translation>Most model versions kept for each product.</translation>
    </message>
    <message>
        <source>Compress stored model files.</source>
        <translation>Compress stored model files.</translation>
    </message>
    <message>
        <source>How freely the trend may change direction.</source>
        <translation>How freely the trend may change direction.</translation>
    </message>
    <message>
        <source>How strong weekly and yearly patterns may be.</source>
        <translation>How strong weekly and yearly patterns may be.</translation>
    </message>
    <message>
        <source>How strong the effect of holidays may be.</source>
        <translation>How strong the effect of holidays may be.</translation>
    </message>
    <message>
        <source>Whether patterns add to sales or scale with them.</source>
        <translation>Whether patterns add to sales or scale with them.</translation>
    </message>
    <message>
        <source>Share of future sales the forecast range covers.</source>
        <translation>Share of future sales the forecast range covers.</translation>
    </message>
    <message>
        <source>Simulations behind the forecast range; 0 for none.</source>
        <translation>Simulations behind the forecast range; 0 for none.</translation>
    </message>
    <message>
        <source>Model a yearly pattern (auto: with enough history).</source>
        <translation>Model a yearly pattern (auto: with enough history).</translation>
    </message>
    <message>
        <source>Model a pattern over the days of the week.</source>
        <translation>Model a pattern over the days of the week.</translation>
    </message>
    <message>
        <source>Model a pattern within the day (needs hourly data).</source>
        <translation>Model a pattern within the day (needs hourly data).</translation>
    </message>
    <message>
        <source>Day of retraining, 1 Monday to 7 Sunday.</source>
        <translation>Day of retraining, 1 Monday to 7 Sunday.</translation>
    </message>
    <message>
        <source>Hour of the day for retraining, 0 to 23.</source>
        <translation>Hour of the day for retraining, 0 to 23.</translation>
    </message>
    <message>
        <source>Retrain every product once a week with new sales.</source>
        <translation>Retrain every product once a week with new sales.</translation>
    </message>
    <message>
        <source>How many training jobs run at the same time.</source>
        <translation>How many training jobs run at the same time.</translation>
    </message>
    <message>
        <source>true or false (also yes/no, on/off, 1/0)</source>
        <translation>true or false (also yes/no, on/off, 1/0)</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>a number %1 %2 and %3 %4</source>
        <translation>a number %1 %2 and %3 %4</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>greater than</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>less than</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>a non-empty text</source>
        <translation>a non-empty text</translation>
    </message>
    <message>
        <source>a file path, sqlite:///absolute/path.db or postgresql://user:password@host:port/database</source>
        <translation>a file path, sqlite:///absolute/path.db or postgresql://user:password@host:port/database</translation>
    </message>
    <message>
        <source>a folder path (empty for the default)</source>
        <translation>a folder path (empty for the default)</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>the default</translation>
    </message>
    <message>
        <source>%1=%2: expected %3</source>
        <translation>%1=%2: expected %3</translation>
    </message>
    <message>
        <source>%1=%2 (%3): expected %4; using %5</source>
        <translation>%1=%2 (%3): expected %4; using %5</translation>
    </message>
    <message>
        <source>%1: not a readable settings file; ignored</source>
        <translation>%1: not a readable settings file; ignored</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>%1 (%2): unknown setting; ignored</source>
        <translation>%1 (%2): unknown setting; ignored</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: the folder cannot be created</translation>
    </message>
    <message>
        <source>%1: the settings file cannot be written</source>
        <translation>%1: the settings file cannot be written</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>unknown setting %1</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>a quoted field opens here and is never closed; expected a closing &quot; before the end of the file</source>
        <translation>a quoted field opens here and is never closed; expected a closing &quot; before the end of the file</translation>
    </message>
    <message>
        <source>a record longer than %1 bytes; expected lines of a sales file (is this really a CSV file?)</source>
        <translation>a record longer than %1 bytes; expected lines of a sales file (is this really a CSV file?)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line and sales rows</source>
        <translation>the file is empty; expected a header line and sales rows</translation>
    </message>
    <message>
        <source>Delimiter: %1%2</source>
        <translation>Delimiter: %1%2</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (detected)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>Encoding: %1%2</source>
        <translation>Encoding: %1%2</translation>
    </message>
    <message>
        <source> (detected)</source>
        <comment>encoding</comment>
        <translation> (detected)</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file is UTF-16 text; expected UTF-8 or Windows-1252 (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>the file is UTF-16 text; expected UTF-8 or Windows-1252 (save it as &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL bytes); expected a CSV or XLSX file</source>
        <translation>the file is not text (it contains NUL bytes); expected a CSV or XLSX file</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8; expected UTF-8 text as the import settings say</source>
        <translation>byte 0x%1 is not valid UTF-8; expected UTF-8 text as the import settings say</translation>
    </message>
    <message>
        <source>byte 0x%1 is neither UTF-8 nor Windows-1252 text; expected a text file in one of those</source>
        <translation>byte 0x%1 is neither UTF-8 nor Windows-1252 text; expected a text file in one of those</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
</context>
<context>
    <name>TrainingPipeline</name>
    <message>
        <source>Import at least %1 days of sales for %2, then train again.</source>
        <translation>Import at least %1 days of sales for %2, then train again.</translation>
    </message>
    <message>
        <source>Holding out %1 days leaves too little history to evaluate.</source>
        <translation>Holding out %1 days leaves too little history to evaluate.</translation>
    </message>
    <message>
        <source>Import more sales history for %1.</source>
        <translation>Import more sales history for %1.</translation>
    </message>
    <message>
        <source>Check %1&apos;s sales for unusual values, or change the model settings, then retry.</source>
        <translation>Check %1&apos;s sales for unusual values, or change the model settings, then retry.</translation>
    </message>
    <message>
        <source>Check %1&apos;s sales for unusual values, then retry.</source>
        <translation>Check %1&apos;s sales for unusual values, then retry.</translation>
    </message>
</context>
<context>
    <name>TrainingRunner</name>
    <message numerus="yes">
        <source>%n days of sales</source>
        <translation>
            <numerusform>%n day of sales</numerusform>
            <numerusform>%n days of sales</numerusform>
        </translation>
    </message>
    <message>
        <source>sales and settings unchanged since its latest model</source>
        <translation>sales and settings unchanged since its latest model</translation>
    </message>
    <message>
        <source>Cancelled. Products trained before keep their new versions.</source>
        <translation>Cancelled. Products trained before keep their new versions.</translation>
    </message>
    <message>
        <source>Stopped after %1 minutes (MAX_TRAINING_TIME_MINUTES). Products trained before keep their new versions; retry the job for the rest, or raise the limit.</source>
        <translation>Stopped after %1 minutes (MAX_TRAINING_TIME_MINUTES). Products trained before keep their new versions; retry the job for the rest, or raise the limit.</translation>
    </message>
    <message>
        <source>There are no products to train: import sales history first.</source>
        <translation>There are no products to train: import sales history first.</translation>
    </message>
    <message>
        <source>No product could be trained.</source>
        <translation>No product could be trained.</translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>%1 values like 1.500 or 1,500 read both as thousands and as three decimals</source>
        <translation>%1 values like 1.500 or 1,500 read both as thousands and as three decimals</translation>
    </message>
    <message>
        <source>some dates have a day above 12 first, others second</source>
        <translation>some dates have a day above 12 first, others second</translation>
    </message>
    <message>
        <source>every date reads both day-first and month-first (no field above 12)</source>
        <translation>every date reads both day-first and month-first (no field above 12)</translation>
    </message>
    <message numerus="yes">
        <source>decimal comma (%n value(s) like 12,5)</source>
        <translation>
            <numerusform>decimal comma (%n value like 12,5)</numerusform>
            <numerusform>decimal comma (%n values like 12,5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decimal point (%n value(s) like 12.5)</source>
        <translation>
            <numerusform>decimal point (%n value like 12.5)</numerusform>
            <numerusform>decimal point (%n values like 12.5)</numerusform>
        </translation>
    </message>
    <message>
        <source>decimal point (no decimals seen)</source>
        <translation>decimal point (no decimals seen)</translation>
    </message>
    <message>
        <source>year first (ISO, YYYY-MM-DD)</source>
        <translation>year first (ISO, YYYY-MM-DD)</translation>
    </message>
    <message numerus="yes">
        <source>day first (%n date(s) with a first field above 12)</source>
        <translation>
            <numerusform>day first (%n date with a first field above 12)</numerusform>
            <numerusform>day first (%n dates with a first field above 12)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month first (%n date(s) with a second field above 12)</source>
        <translation>
            <numerusform>month first (%n date with a second field above 12)</numerusform>
            <numerusform>month first (%n dates with a second field above 12)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionComparison</name>
    <message>
        <source>version %1 (id %2)</source>
        <translation>version %1 (id %2)</translation>
    </message>
    <message>
        <source>Cannot read the model of %1: %2</source>
        <translation>Cannot read the model of %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot predict %2..%3: %4</source>
        <translation>%1 cannot predict %2..%3: %4</translation>
    </message>
    <message>
        <source>The comparison window must be at least one day (got %1)</source>
        <translation>The comparison window must be at least one day (got %1)</translation>
    </message>
    <message>
        <source>%1 is a model of %2 and %3 one of %4: only versions of the same product can be compared</source>
        <translation>%1 is a model of %2 and %3 one of %4: only versions of the same product can be compared</translation>
    </message>
    <message>
        <source>%1 has no stored sales to compare the versions on</source>
        <translation>%1 has no stored sales to compare the versions on</translation>
    </message>
</context>
<context>
    <name>WeatherPass</name>
    <message>
        <source>Column &apos;%1&apos; ignored: not a numeric covariate</source>
        <translation>Column &apos;%1&apos; ignored: not a numeric covariate</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; ignored: constant</source>
        <translation>Column &apos;%1&apos; ignored: constant</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; -&gt; covariate &apos;%2&apos;%3</source>
        <translation>Column &apos;%1&apos; -&gt; covariate &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source> (other)</source>
        <translation> (other)</translation>
    </message>
    <message>
        <source>Columns ignored: %1 (identifiers, places, times of day or set in the import settings)</source>
        <translation>Columns ignored: %1 (identifiers, places, times of day or set in the import settings)</translation>
    </message>
    <message>
        <source>the same line appears earlier; skipped so that precipitation is not counted twice</source>
        <translation>the same line appears earlier; skipped so that precipitation is not counted twice</translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;; cell left out</source>
        <translation>expected a number, found &quot;%1&quot;; cell left out</translation>
    </message>
    <message>
        <source>%1 lines have a date but no weather value; skipped</source>
        <translation>%1 lines have a date but no weather value; skipped</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2 &apos;Ip&apos; (inappreciable, &lt; 0.1 mm) values read as 0</source>
        <translation>column &apos;%1&apos;: %2 &apos;Ip&apos; (inappreciable, &lt; 0.1 mm) values read as 0</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2 of %3 values are not numbers (more than %4 %); expected %5 values, check the column and the decimal mark</source>
        <translation>column &apos;%1&apos;: %2 of %3 values are not numbers (more than %4 %); expected %5 values, check the column and the decimal mark</translation>
    </message>
    <message>
        <source>no line holds a weather value; expected at least one day</source>
        <translation>no line holds a weather value; expected at least one day</translation>
    </message>
    <message>
        <source>Several rows per day (usually %1, up to %2): temperature and other covariates averaged, precipitation summed</source>
        <translation>Several rows per day (usually %1, up to %2): temperature and other covariates averaged, precipitation summed</translation>
    </message>
    <message>
        <source>%1 has %2 rows where most days have %3; its daily values cover only part of the day</source>
        <translation>%1 has %2 rows where most days have %3; its daily values cover only part of the day</translation>
    </message>
    <message>
        <source>no numeric weather column; expected columns such as temperatura/temperature/tmed and precipitacion/rain/prec</source>
        <translation>no numeric weather column; expected columns such as temperatura/temperature/tmed and precipitacion/rain/prec</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the model folder %1 (MODEL_STORAGE_PATH)</source>
        <translation>Cannot create the model folder %1 (MODEL_STORAGE_PATH)</translation>
    </message>
</context>
<context>
    <name>XlsxParts</name>
    <message>
        <source>a &lt;sheet&gt; has no name</source>
        <translation>a &lt;sheet&gt; has no name</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>corrupt or truncated zip archive: entry %1 cannot be read</source>
        <translation>corrupt or truncated zip archive: entry %1 cannot be read</translation>
    </message>
    <message>
        <source>entry %1 is too large: %2 bytes uncompressed, more than the 512 MB allowed</source>
        <translation>entry %1 is too large: %2 bytes uncompressed, more than the 512 MB allowed</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML at line %2: %3</source>
        <translation>%1 is not well-formed XML at line %2: %3</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>cannot open the file (%1)</translation>
    </message>
    <message>
        <source>not an XLSX file: it is not a zip archive</source>
        <translation>not an XLSX file: it is not a zip archive</translation>
    </message>
    <message>
        <source>corrupt or truncated zip archive: its central directory cannot be read</source>
        <translation>corrupt or truncated zip archive: its central directory cannot be read</translation>
    </message>
    <message>
        <source>not an XLSX workbook: %1 is missing</source>
        <translation>not an XLSX workbook: %1 is missing</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>the workbook has no sheets</translation>
    </message>
    <message>
        <source>no sheet named &apos;%1&apos;; the workbook has %2</source>
        <translation>no sheet named &apos;%1&apos;; the workbook has %2</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has no relationship &apos;%2&apos; in %3</source>
        <translation>sheet &apos;%1&apos; has no relationship &apos;%2&apos; in %3</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; (%2)</source>
        <translation>sheet &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1 is missing from the archive</source>
        <translation>%1 is missing from the archive</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>row number &apos;%1&apos; is not valid</source>
        <translation>row number &apos;%1&apos; is not valid</translation>
    </message>
    <message>
        <source>more rows than Excel&apos;s %1</source>
        <translation>more rows than Excel&apos;s %1</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells</source>
        <translation>the sheet has more than %1 cells</translation>
    </message>
    <message>
        <source>cell reference &apos;%1&apos; is not valid</source>
        <translation>cell reference &apos;%1&apos; is not valid</translation>
    </message>
    <message>
        <source>more cells in a row than Excel&apos;s %1</source>
        <translation>more cells in a row than Excel&apos;s %1</translation>
    </message>
    <message>
        <source>cell %1: shared string %2 does not exist (the workbook has %3)</source>
        <translation>cell %1: shared string %2 does not exist (the workbook has %3)</translation>
    </message>
</context>
<context>
    <name>XlsxSource</name>
    <message>
        <source>File: XLSX workbook, sheet &apos;%1&apos;%2 of %3</source>
        <translation>File: XLSX workbook, sheet &apos;%1&apos;%2 of %3</translation>
    </message>
    <message>
        <source> (the first)</source>
        <translation> (the first)</translation>
    </message>
</context>
<context>
    <name>bakery::training::TrainingQueue</name>
    <message>
        <source>No job %1</source>
        <translation>No job %1</translation>
    </message>
    <message>
        <source>Job %1 is still %2</source>
        <translation>Job %1 is still %2</translation>
    </message>
    <message>
        <source>Job %1 was retried %2 times already (MAX_TRAINING_RETRIES)</source>
        <translation>Job %1 was retried %2 times already (MAX_TRAINING_RETRIES)</translation>
    </message>
    <message>
        <source>Job %1 has no failed or cancelled product to retry</source>
        <translation>Job %1 has no failed or cancelled product to retry</translation>
    </message>
</context>
<context>
    <name>bakery::ui::AccuracyChart</name>
    <message>
        <source>Good (85 % or more)</source>
        <translation>Good (85 % or more)</translation>
    </message>
    <message>
        <source>Fair (70-85 %)</source>
        <translation>Fair (70-85 %)</translation>
    </message>
    <message>
        <source>Poor (under 70 %)</source>
        <translation>Poor (under 70 %)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 (n/a)</source>
        <translation>%1 (n/a)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
</context>
<context>
    <name>bakery::ui::AccuracyDistributionChart</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>%1-%2 %</source>
        <translation>%1-%2 %</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
</context>
<context>
    <name>bakery::ui::AccuracyPage</name>
    <message>
        <source>No product has a trained model yet. Import your sales and click Train all: each product&apos;s accuracy will appear here.</source>
        <translation>No product has a trained model yet. Import your sales and click Train all: each product&apos;s accuracy will appear here.</translation>
    </message>
    <message>
        <source>How accurate is each product&apos;s forecast?</source>
        <translation>How accurate is each product&apos;s forecast?</translation>
    </message>
    <message>
        <source>Click a bar to open the product. Green: 85 % or more, amber: 70 to 85 %, red: under 70 %, grey: cannot be measured.</source>
        <translation>Click a bar to open the product. Green: 85 % or more, amber: 70 to 85 %, red: under 70 %, grey: cannot be measured.</translation>
    </message>
    <message>
        <source>How many products reach each accuracy</source>
        <translation>How many products reach each accuracy</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with a model; average accuracy %1 %.</source>
        <translation>
            <numerusform>%n product with a model; average accuracy %1 %.</numerusform>
            <numerusform>%n products with a model; average accuracy %1 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with a model; the average accuracy cannot be measured yet.</source>
        <translation>
            <numerusform>%n product with a model; the average accuracy cannot be measured yet.</numerusform>
            <numerusform>%n products with a model; the average accuracy cannot be measured yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some figures could not be read: %1</source>
        <translation>Some figures could not be read: %1</translation>
    </message>
    <message>
        <source>Training time: no finished training yet.</source>
        <translation>Training time: no finished training yet.</translation>
    </message>
    <message numerus="yes">
        <source>Training time per product over %n training(s): mean %1, median %2, 95 % of trainings within %3.</source>
        <translation>
            <numerusform>Training time per product over %n training: mean %1, median %2, 95 % of trainings within %3.</numerusform>
            <numerusform>Training time per product over %n trainings: mean %1, median %2, 95 % of trainings within %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bakery::ui::CompareChart</name>
    <message>
        <source>Units sold</source>
        <translation>Units sold</translation>
    </message>
    <message>
        <source>Actual sales</source>
        <translation>Actual sales</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ComparePage</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Left version</source>
        <translation>Left version</translation>
    </message>
    <message>
        <source>Right version</source>
        <translation>Right version</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deploy</translation>
    </message>
    <message>
        <source>Left version:</source>
        <translation>Left version:</translation>
    </message>
    <message>
        <source>Right version:</source>
        <translation>Right version:</translation>
    </message>
    <message>
        <source>Settings that differ:</source>
        <translation>Settings that differ:</translation>
    </message>
    <message>
        <source>Deploy this version?</source>
        <translation>Deploy this version?</translation>
    </message>
    <message>
        <source>Choose a product to compare its model versions.</source>
        <translation>Choose a product to compare its model versions.</translation>
    </message>
    <message>
        <source>Compare versions of %1</source>
        <translation>Compare versions of %1</translation>
    </message>
    <message>
        <source>Loading the versions of %1...</source>
        <translation>Loading the versions of %1...</translation>
    </message>
    <message>
        <source>%1 has no trained version yet. Train it first.</source>
        <translation>%1 has no trained version yet. Train it first.</translation>
    </message>
    <message>
        <source>%1 has one version only: train it again to have two to compare.</source>
        <translation>%1 has one version only: train it again to have two to compare.</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Choose two different versions.</translation>
    </message>
    <message>
        <source>Scoring both versions on the same recent days...</source>
        <translation>Scoring both versions on the same recent days...</translation>
    </message>
    <message>
        <source>These versions cannot be compared: %1</source>
        <translation>These versions cannot be compared: %1</translation>
    </message>
    <message numerus="yes">
        <source>Both versions scored on %1 (%n day(s) with sales).</source>
        <translation>
            <numerusform>Both versions scored on %1 (%n day with sales).</numerusform>
            <numerusform>Both versions scored on %1 (%n days with sales).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Left: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Right: %1</translation>
    </message>
    <message>
        <source>%1: %2 (left), %3 (right)</source>
        <translation>%1: %2 (left), %3 (right)</translation>
    </message>
    <message>
        <source>None: both were trained with the same settings (on different sales data).</source>
        <translation>None: both were trained with the same settings (on different sales data).</translation>
    </message>
    <message>
        <source>Note: both versions learned from these same days, so their figures look better than they will be on new days.</source>
        <translation>Note: both versions learned from these same days, so their figures look better than they will be on new days.</translation>
    </message>
    <message>
        <source>Note: the left version learned from these same days, so its figures look better than they will be on new days.</source>
        <translation>Note: the left version learned from these same days, so its figures look better than they will be on new days.</translation>
    </message>
    <message>
        <source>Note: the right version learned from these same days, so its figures look better than they will be on new days.</source>
        <translation>Note: the right version learned from these same days, so its figures look better than they will be on new days.</translation>
    </message>
    <message>
        <source>Difference (right - left)</source>
        <translation>Difference (right - left)</translation>
    </message>
    <message>
        <source>%1 (better)</source>
        <translation>%1 (better)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Tie</translation>
    </message>
    <message>
        <source>Deploy version of %1</source>
        <translation>Deploy version of %1</translation>
    </message>
    <message>
        <source>Deploy the version of %1 for %2? Its forecasts will be used from now on.</source>
        <translation>Deploy the version of %1 for %2? Its forecasts will be used from now on.</translation>
    </message>
    <message>
        <source>Chosen on the Compare page: %1</source>
        <translation>Chosen on the Compare page: %1</translation>
    </message>
    <message>
        <source>The version could not be deployed: %1</source>
        <translation>The version could not be deployed: %1</translation>
    </message>
    <message>
        <source>Deployed. The version of %1 is now used for %2.</source>
        <translation>Deployed. The version of %1 is now used for %2.</translation>
    </message>
    <message>
        <source>Could not go back to the previous version: %1</source>
        <translation>Could not go back to the previous version: %1</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ComponentsChart</name>
    <message>
        <source>No clear effect in this period.</source>
        <translation>No clear effect in this period.</translation>
    </message>
</context>
<context>
    <name>bakery::ui::DemoBakery</name>
    <message>
        <source>the demo bakery&apos;s sales are missing from this build; nothing was imported</source>
        <translation>the demo bakery&apos;s sales are missing from this build; nothing was imported</translation>
    </message>
    <message>
        <source>the demo bakery could not be stored, nothing was written: %1</source>
        <translation>the demo bakery could not be stored, nothing was written: %1</translation>
    </message>
</context>
<context>
    <name>bakery::ui::EmptyStatePage</name>
    <message>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ForecastChart</name>
    <message>
        <source>Sold: %1</source>
        <translation>Sold: %1</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Forecast: %1</translation>
    </message>
    <message>
        <source>95 % interval: %1 to %2</source>
        <translation>95 % interval: %1 to %2</translation>
    </message>
    <message>
        <source>Units sold per day</source>
        <translation>Units sold per day</translation>
    </message>
    <message>
        <source>Accuracy check (holdout)</source>
        <translation>Accuracy check (holdout)</translation>
    </message>
    <message>
        <source>Accuracy check</source>
        <translation>Accuracy check</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <source>Actual sales</source>
        <translation>Actual sales</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ImportFilePage</name>
    <message>
        <source>Choose a sales file</source>
        <translation>Choose a sales file</translation>
    </message>
    <message>
        <source>A till export or a spreadsheet with your sales history: CSV, TXT or XLSX.</source>
        <translation>A till export or a spreadsheet with your sales history: CSV, TXT or XLSX.</translation>
    </message>
    <message>
        <source>&amp;Sales file:</source>
        <translation>&amp;Sales file:</translation>
    </message>
    <message>
        <source>Choose a file, or type its path</source>
        <translation>Choose a file, or type its path</translation>
    </message>
    <message>
        <source>The sales file to import (CSV, TXT or XLSX)</source>
        <translation>The sales file to import (CSV, TXT or XLSX)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>Open a file from this computer</source>
        <translation>Open a file from this computer</translation>
    </message>
    <message>
        <source>The format is detected for you: the delimiter, decimal mark, date format and columns. You can check and change every choice on the next page before anything is stored.</source>
        <translation>The format is detected for you: the delimiter, decimal mark, date format and columns. You can check and change every choice on the next page before anything is stored.</translation>
    </message>
    <message>
        <source>Sales files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Sales files (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ImportPreviewPage</name>
    <message>
        <source>Check the format</source>
        <translation>Check the format</translation>
    </message>
    <message>
        <source>The first rows as read, and how they are understood. Change any choice that is wrong: the file is read again at once.</source>
        <translation>The first rows as read, and how they are understood. Change any choice that is wrong: the file is read again at once.</translation>
    </message>
    <message>
        <source>Using the settings saved for this till export.</source>
        <translation>Using the settings saved for this till export.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the sales</source>
        <translation>The sheet of the workbook that holds the sales</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>How the letters are stored (accents, ñ, €)</source>
        <translation>How the letters are stored (accents, ñ, €)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>The character between the columns of a row</source>
        <translation>The character between the columns of a row</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Deci&amp;mal mark:</translation>
    </message>
    <message>
        <source>The character before the decimals: 12,5 or 12.5</source>
        <translation>The character before the decimals: 12,5 or 12.5</translation>
    </message>
    <message>
        <source>&amp;Thousands mark:</source>
        <translation>&amp;Thousands mark:</translation>
    </message>
    <message>
        <source>The character between groups of thousands: 1.234 or 1,234</source>
        <translation>The character between groups of thousands: 1.234 or 1,234</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>Date &amp;order:</translation>
    </message>
    <message>
        <source>The order of day, month and year in the dates</source>
        <translation>The order of day, month and year in the dates</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>How the sales are laid out in the file</source>
        <translation>How the sales are laid out in the file</translation>
    </message>
    <message>
        <source>&amp;Forecast:</source>
        <translation>&amp;Forecast:</translation>
    </message>
    <message>
        <source>Forecast units sold, or revenue</source>
        <translation>Forecast units sold, or revenue</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>The column with the day of the sale</source>
        <translation>The column with the day of the sale</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>The column with the product&apos;s name</source>
        <translation>The column with the product&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>The column with the units sold</source>
        <translation>The column with the units sold</translation>
    </message>
    <message>
        <source>&amp;Revenue:</source>
        <translation>&amp;Revenue:</translation>
    </message>
    <message>
        <source>The column with the amount charged</source>
        <translation>The column with the amount charged</translation>
    </message>
    <message>
        <source>&amp;Unit price:</source>
        <translation>&amp;Unit price:</translation>
    </message>
    <message>
        <source>The column with the unit price</source>
        <translation>The column with the unit price</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>The column with the product&apos;s category</source>
        <translation>The column with the product&apos;s category</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>The first rows of the file, cells as read; the row headers are the line numbers</source>
        <translation>The first rows of the file, cells as read; the row headers are the line numbers</translation>
    </message>
    <message>
        <source>What was detected</source>
        <translation>What was detected</translation>
    </message>
    <message>
        <source>Every choice made while reading the file</source>
        <translation>Every choice made while reading the file</translation>
    </message>
    <message>
        <source>&amp;What was detected:</source>
        <translation>&amp;What was detected:</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>(detect)</source>
        <translation>(detect)</translation>
    </message>
    <message>
        <source>(first sheet)</source>
        <translation>(first sheet)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Western Europe)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Vertical bar |</translation>
    </message>
    <message>
        <source>Comma (12,5)</source>
        <translation>Comma (12,5)</translation>
    </message>
    <message>
        <source>Point (12.5)</source>
        <translation>Point (12.5)</translation>
    </message>
    <message>
        <source>None (1234)</source>
        <translation>None (1234)</translation>
    </message>
    <message>
        <source>Point (1.234)</source>
        <translation>Point (1.234)</translation>
    </message>
    <message>
        <source>Comma (1,234)</source>
        <translation>Comma (1,234)</translation>
    </message>
    <message>
        <source>Space (1 234)</source>
        <translation>Space (1 234)</translation>
    </message>
    <message>
        <source>Apostrophe (1&apos;234)</source>
        <translation>Apostrophe (1&apos;234)</translation>
    </message>
    <message>
        <source>Year first (2024-03-31)</source>
        <translation>Year first (2024-03-31)</translation>
    </message>
    <message>
        <source>Day first (31/03/2024)</source>
        <translation>Day first (31/03/2024)</translation>
    </message>
    <message>
        <source>Month first (03/31/2024)</source>
        <translation>Month first (03/31/2024)</translation>
    </message>
    <message>
        <source>A row per sale or per day</source>
        <translation>A row per sale or per day</translation>
    </message>
    <message>
        <source>A line per unit sold</source>
        <translation>A line per unit sold</translation>
    </message>
    <message>
        <source>A column per product</source>
        <translation>A column per product</translation>
    </message>
    <message>
        <source>A price list</source>
        <translation>A price list</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Units sold</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Reading the file...</translation>
    </message>
    <message>
        <source>(detect: %1)</source>
        <translation>(detect: %1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported with these settings: %1</source>
        <translation>This file cannot be imported with these settings: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n product(s) found in %1 rows. Next shows the full report.</source>
        <translation>
            <numerusform>Ready: %n product found in %1 rows. Next shows the full report.</numerusform>
            <numerusform>Ready: %n products found in %1 rows. Next shows the full report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bakery::ui::ImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>What will be stored, and every problem found, with its line and column.</source>
        <translation>What will be stored, and every problem found, with its line and column.</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Products found</translation>
    </message>
    <message>
        <source>The products found, with their days of history and totals</source>
        <translation>The products found, with their days of history and totals</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Every problem found; errors stop the import, warnings do not</source>
        <translation>Every problem found; errors stop the import, warnings do not</translation>
    </message>
    <message>
        <source>&amp;Products found:</source>
        <translation>&amp;Products found:</translation>
    </message>
    <message>
        <source>P&amp;roblems found:</source>
        <translation>P&amp;roblems found:</translation>
    </message>
    <message>
        <source>Rows read: %1. Imported: %2. Skipped: %3.</source>
        <translation>Rows read: %1. Imported: %2. Skipped: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n product from %1 to %2.</numerusform>
            <numerusform>%n products from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values are revenue.</source>
        <translation>Values are revenue.</translation>
    </message>
    <message>
        <source>Values are units sold.</source>
        <translation>Values are units sold.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1. Nothing will be stored. Go back to change the settings, or correct the file and choose it again.</source>
        <translation>This file cannot be imported: %1. Nothing will be stored. Go back to change the settings, or correct the file and choose it again.</translation>
    </message>
    <message>
        <source>No sales were found in this file, so there is nothing to import. Go back to check the settings.</source>
        <translation>No sales were found in this file, so there is nothing to import. Go back to check the settings.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Days of history</source>
        <translation>Days of history</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Units sold</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>The sales are stored in one step: all of them, or nothing if anything goes wrong.</source>
        <translation>The sales are stored in one step: all of them, or nothing if anything goes wrong.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Storing the sales; this cannot be stopped halfway</source>
        <translation>Storing the sales; this cannot be stopped halfway</translation>
    </message>
    <message>
        <source>Storing the sales of %1...</source>
        <translation>Storing the sales of %1...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s), from %1 to %2.</source>
        <translation>
            <numerusform>Imported %n product, from %1 to %2.</numerusform>
            <numerusform>Imported %n products, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product-day(s) replaced earlier values.</source>
        <translation>
            <numerusform>%n product-day replaced earlier values.</numerusform>
            <numerusform>%n product-days replaced earlier values.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings could not be saved for next time: %1</source>
        <translation>The settings could not be saved for next time: %1</translation>
    </message>
    <message>
        <source>The settings are saved: the next file from this till is read the same way.</source>
        <translation>The settings are saved: the next file from this till is read the same way.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Nothing was stored: %1</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ImportWizard</name>
    <message>
        <source>Import sales</source>
        <translation>Import sales</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>bakery::ui::MainWindow</name>
    <message>
        <source>Bakery-IA Trainer</source>
        <translation>Bakery-IA Trainer</translation>
    </message>
    <message>
        <source>&amp;Import sales...</source>
        <translation>&amp;Import sales...</translation>
    </message>
    <message>
        <source>&amp;Train all</source>
        <translation>&amp;Train all</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Bakery-IA Trainer</source>
        <translation>&amp;About Bakery-IA Trainer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>No sales yet</source>
        <translation>No sales yet</translation>
    </message>
    <message>
        <source>Import your sales history to see how well each product can be forecast, or try the demo bakery to look around first.</source>
        <translation>Import your sales history to see how well each product can be forecast, or try the demo bakery to look around first.</translation>
    </message>
    <message>
        <source>Import sales history...</source>
        <translation>Import sales history...</translation>
    </message>
    <message>
        <source>Try the demo bakery</source>
        <translation>Try the demo bakery</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>No products yet</translation>
    </message>
    <message>
        <source>Your products appear here once you import sales: days of history, accuracy and the version in use for each one.</source>
        <translation>Your products appear here once you import sales: days of history, accuracy and the version in use for each one.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Nothing trained yet</source>
        <translation>Nothing trained yet</translation>
    </message>
    <message>
        <source>Training learns the sales pattern of each product. The progress of the current training job and the history of past ones appear here.</source>
        <translation>Training learns the sales pattern of each product. The progress of the current training job and the history of past ones appear here.</translation>
    </message>
    <message>
        <source>Train all</source>
        <translation>Train all</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Last training: never</source>
        <translation>Last training: never</translation>
    </message>
    <message>
        <source>Next training: not scheduled</source>
        <translation>Next training: not scheduled</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Local database</translation>
    </message>
    <message>
        <source>Your sales and forecasts are kept in a database on this computer.</source>
        <translation>Your sales and forecasts are kept in a database on this computer.</translation>
    </message>
    <message>
        <source>About Bakery-IA Trainer</source>
        <translation>About Bakery-IA Trainer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bakery-IA Trainer %1&lt;/h3&gt;&lt;p&gt;Train, compare and deploy sales forecasts for each product of your bakery.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bakery-IA Trainer %1&lt;/h3&gt;&lt;p&gt;Train, compare and deploy sales forecasts for each product of your bakery.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Built with Qt %1.</translation>
    </message>
    <message>
        <source>No product open</source>
        <translation>No product open</translation>
    </message>
    <message>
        <source>Open a product from the products table (double-click) to see its sales, its forecast and why the forecast looks the way it does.</source>
        <translation>Open a product from the products table (double-click) to see its sales, its forecast and why the forecast looks the way it does.</translation>
    </message>
    <message>
        <source>Show the products</source>
        <translation>Show the products</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Nothing to compare yet</translation>
    </message>
    <message>
        <source>After a product has been trained twice, compare its versions here and deploy the better one. Right-click a product to compare its versions.</source>
        <translation>After a product has been trained twice, compare its versions here and deploy the better one. Right-click a product to compare its versions.</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>No accuracy yet</source>
        <translation>No accuracy yet</translation>
    </message>
    <message>
        <source>Once products are trained, this page shows how well each one forecasts.</source>
        <translation>Once products are trained, this page shows how well each one forecasts.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Settings saved. They apply the next time the app starts.</source>
        <translation>Settings saved. They apply the next time the app starts.</translation>
    </message>
    <message>
        <source>Last training: %1</source>
        <translation>Last training: %1</translation>
    </message>
    <message>
        <source>Next training: %1</source>
        <translation>Next training: %1</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>Server database</translation>
    </message>
    <message>
        <source>Your sales and forecasts are kept in %1.</source>
        <translation>Your sales and forecasts are kept in %1.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Importing the demo bakery...</source>
        <translation>Importing the demo bakery...</translation>
    </message>
    <message>
        <source>Demo bakery</source>
        <translation>Demo bakery</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training is running</translation>
    </message>
    <message>
        <source>Closing stops the training. Products already trained keep their new versions. Close anyway?</source>
        <translation>Closing stops the training. Products already trained keep their new versions. Close anyway?</translation>
    </message>
    <message>
        <source>Import a sales history file (%1). You can also drop the file on the window.</source>
        <translation>Import a sales history file (%1). You can also drop the file on the window.</translation>
    </message>
    <message>
        <source>Train the forecasts of every product whose sales changed (%1).</source>
        <translation>Train the forecasts of every product whose sales changed (%1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bakery::ui::OverviewPage</name>
    <message>
        <source>Products ready to forecast</source>
        <translation>Products ready to forecast</translation>
    </message>
    <message>
        <source>Average accuracy</source>
        <translation>Average accuracy</translation>
    </message>
    <message>
        <source>Last training</source>
        <translation>Last training</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Double-click a product to open it.</source>
        <translation>Double-click a product to open it.</translation>
    </message>
    <message>
        <source>%1: not enough data (%2 days). Import more sales history.</source>
        <translation>%1: not enough data (%2 days). Import more sales history.</translation>
    </message>
    <message>
        <source>%1: training failed. %2</source>
        <translation>%1: training failed. %2</translation>
    </message>
    <message>
        <source>%1: accuracy %2 %. Open it to see why; irregular products forecast poorly.</source>
        <translation>%1: accuracy %2 %. Open it to see why; irregular products forecast poorly.</translation>
    </message>
    <message>
        <source>%1: not trained yet. Use Train all.</source>
        <translation>%1: not trained yet. Use Train all.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nothing needs attention</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ProductPage</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Loading the forecast...</source>
        <translation>Loading the forecast...</translation>
    </message>
    <message>
        <source>Sales and forecast</source>
        <translation>Sales and forecast</translation>
    </message>
    <message>
        <source>How good is the forecast?</source>
        <translation>How good is the forecast?</translation>
    </message>
    <message>
        <source>Mean error (MAE)</source>
        <translation>Mean error (MAE)</translation>
    </message>
    <message>
        <source>On an average day of the accuracy check, the forecast was this many units off.</source>
        <translation>On an average day of the accuracy check, the forecast was this many units off.</translation>
    </message>
    <message>
        <source>Typical large error (RMSE)</source>
        <translation>Typical large error (RMSE)</translation>
    </message>
    <message>
        <source>Like the mean error, but big misses count more. Much larger than MAE means a few days were badly off.</source>
        <translation>Like the mean error, but big misses count more. Much larger than MAE means a few days were badly off.</translation>
    </message>
    <message>
        <source>Total error (WAPE)</source>
        <translation>Total error (WAPE)</translation>
    </message>
    <message>
        <source>All the units the forecast missed, as a share of all the units sold.</source>
        <translation>All the units the forecast missed, as a share of all the units sold.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>100 % minus the average error in percent: higher is better.</source>
        <translation>100 % minus the average error in percent: higher is better.</translation>
    </message>
    <message>
        <source>Interval coverage</source>
        <translation>Interval coverage</translation>
    </message>
    <message>
        <source>How many of the checked days fell inside the 95 % interval. Close to 95 % means the band can be trusted.</source>
        <translation>How many of the checked days fell inside the 95 % interval. Close to 95 % means the band can be trusted.</translation>
    </message>
    <message>
        <source>Explained variation (R2)</source>
        <translation>Explained variation (R2)</translation>
    </message>
    <message>
        <source>How much of the ups and downs the forecast follows: 1 is perfect, 0 is no better than the average.</source>
        <translation>How much of the ups and downs the forecast follows: 1 is perfect, 0 is no better than the average.</translation>
    </message>
    <message>
        <source>What drives the forecast</source>
        <translation>What drives the forecast</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trained on</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Deployed</translation>
    </message>
    <message>
        <source>Compare versions...</source>
        <translation>Compare versions...</translation>
    </message>
    <message>
        <source>The deployed version against the newest other one.</source>
        <translation>The deployed version against the newest other one.</translation>
    </message>
    <message>
        <source>Train this product</source>
        <translation>Train this product</translation>
    </message>
    <message>
        <source>Cannot show this product: %1</source>
        <translation>Cannot show this product: %1</translation>
    </message>
    <message>
        <source>The forecast could not be loaded. Training the product again makes a new version.</source>
        <translation>The forecast could not be loaded. Training the product again makes a new version.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>poor</translation>
    </message>
    <message>
        <source>Accuracy %1 % (%2)</source>
        <translation>Accuracy %1 % (%2)</translation>
    </message>
    <message>
        <source>Accuracy n/a</source>
        <translation>Accuracy n/a</translation>
    </message>
    <message>
        <source>Accuracy on the last days the model did not see while training.</source>
        <translation>Accuracy on the last days the model did not see while training.</translation>
    </message>
    <message>
        <source>Deployed version: %1</source>
        <translation>Deployed version: %1</translation>
    </message>
    <message>
        <source>No version deployed</source>
        <translation>No version deployed</translation>
    </message>
    <message>
        <source>%1 has no trained version yet. Train it to see what it will sell and why.</source>
        <translation>%1 has no trained version yet. Train it to see what it will sell and why.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 units</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>All history</translation>
    </message>
    <message>
        <source>How much of the sales history the chart shows, with the coming days.</source>
        <translation>How much of the sales history the chart shows, with the coming days.</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ProductsModel</name>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>not enough data</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>not trained yet</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 units</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
What to do: %2</translation>
    </message>
    <message>
        <source>%1 days of sales; at least %2 are needed to train.</source>
        <translation>%1 days of sales; at least %2 are needed to train.</translation>
    </message>
    <message>
        <source>Mean error: how many units a day the forecast was off, on average.</source>
        <translation>Mean error: how many units a day the forecast was off, on average.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Days of history</source>
        <translation>Days of history</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Last sale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Mean error (MAE)</source>
        <translation>Mean error (MAE)</translation>
    </message>
    <message>
        <source>Deployed version</source>
        <translation>Deployed version</translation>
    </message>
    <message>
        <source>Last trained</source>
        <translation>Last trained</translation>
    </message>
    <message>
        <source>How close the deployed version&apos;s forecast came to the actual sales of the most recent days, which it did not learn from (100 % - mean percentage error).</source>
        <translation>How close the deployed version's forecast came to the actual sales of the most recent days, which it did not learn from (100 % - mean percentage error).</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ProductsPage</name>
    <message>
        <source>Train selected</source>
        <translation>Train selected</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Show only the products whose name contains this text (Ctrl+F).</source>
        <translation>Show only the products whose name contains this text (Ctrl+F).</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>not trained yet</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>not enough data</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Show only the products with this status.</source>
        <translation>Show only the products with this status.</translation>
    </message>
    <message>
        <source>Train the selected products now.</source>
        <translation>Train the selected products now.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Deploy previous version (roll back)</source>
        <translation>Deploy previous version (roll back)</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
</context>
<context>
    <name>bakery::ui::SettingsPage</name>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Added to sales (additive)</source>
        <translation>Added to sales (additive)</translation>
    </message>
    <message>
        <source>Scaling with sales (multiplicative)</source>
        <translation>Scaling with sales (multiplicative)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>empty (the default location)</source>
        <translation>empty (the default location)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Applies the next time the app starts.</source>
        <translation>Applies the next time the app starts.</translation>
    </message>
    <message>
        <source>%1
Default: %2
(%3)</source>
        <translation>%1
Default: %2
(%3)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite database (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Set by the environment variable %1; changes apply when it is unset.</source>
        <translation>Set by the environment variable %1; changes apply when it is unset.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Default location</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>This value is not accepted.</translation>
    </message>
    <message>
        <source>Correct the values marked in red to save.</source>
        <translation>Correct the values marked in red to save.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved. Some changes apply the next time the app starts.</source>
        <translation>Saved. Some changes apply the next time the app starts.</translation>
    </message>
    <message>
        <source>Defaults restored. Click Save to keep them.</source>
        <translation>Defaults restored. Click Save to keep them.</translation>
    </message>
</context>
<context>
    <name>bakery::ui::TrainingPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>checking the days of history</source>
        <translation>checking the days of history</translation>
    </message>
    <message>
        <source>setting unusual days aside</source>
        <translation>setting unusual days aside</translation>
    </message>
    <message>
        <source>comparing with the version in use</source>
        <translation>comparing with the version in use</translation>
    </message>
    <message>
        <source>learning from all the history</source>
        <translation>learning from all the history</translation>
    </message>
    <message>
        <source>saving the new version</source>
        <translation>saving the new version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Train all</source>
        <translation>Train all</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>No training running.</source>
        <translation>No training running.</translation>
    </message>
    <message>
        <source>Stop the training. Products already trained keep their new versions.</source>
        <translation>Stop the training. Products already trained keep their new versions.</translation>
    </message>
    <message>
        <source>Train every product whose sales changed (Ctrl+T).</source>
        <translation>Train every product whose sales changed (Ctrl+T).</translation>
    </message>
    <message>
        <source>Each product appears here as it finishes.</source>
        <translation>Each product appears here as it finishes.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Select a job to read its log.</source>
        <translation>Select a job to read its log.</translation>
    </message>
    <message>
        <source>Current training</source>
        <translation>Current training</translation>
    </message>
    <message>
        <source>Past training jobs</source>
        <translation>Past training jobs</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Stopping...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 of %2 products</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Time left: %1</translation>
    </message>
    <message>
        <source>trained, accuracy %1 %</source>
        <translation>trained, accuracy %1 %</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>trained</translation>
    </message>
    <message>
        <source>unchanged, skipped</source>
        <translation>unchanged, skipped</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source> (deployed)</source>
        <translation> (deployed)</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Training finished: %n product(s) trained.</source>
        <translation>
            <numerusform>Training finished: %n product trained.</numerusform>
            <numerusform>Training finished: %n products trained.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training cancelled: %n product(s) trained before it stopped keep their new versions.</source>
        <translation>
            <numerusform>Training cancelled: %n product trained before it stopped keeps its new version.</numerusform>
            <numerusform>Training cancelled: %n products trained before it stopped keep their new versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Training stopped: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;These products could not be trained:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;br&gt;These products could not be trained:&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Last training %1: %2.</source>
        <translation>Last training %1: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 products trained</source>
        <translation>%1 of %2 products trained</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>under a second</translation>
    </message>
    <message>
        <source>learning from all but the most recent days</source>
        <translation>learning from all but the most recent days</translation>
    </message>
    <message>
        <source>checking accuracy on the most recent days</source>
        <translation>checking accuracy on the most recent days</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>Series file (CSV with ds,y).</source>
        <translation>Series file (CSV with ds,y).</translation>
    </message>
    <message>
        <source>Days held out for scoring (default 28).</source>
        <translation>Days held out for scoring (default 28).</translation>
    </message>
    <message>
        <source>Future days to forecast (default 0).</source>
        <translation>Future days to forecast (default 0).</translation>
    </message>
    <message>
        <source>Uncertainty interval width (default 0.95).</source>
        <translation>Uncertainty interval width (default 0.95).</translation>
    </message>
    <message>
        <source>National holidays: ES or none (default ES).</source>
        <translation>National holidays: ES or none (default ES).</translation>
    </message>
    <message>
        <source>Holiday/event table: ds,holiday[,lower_window,upper_window,prior_scale].</source>
        <translation>Holiday/event table: ds,holiday[,lower_window,upper_window,prior_scale].</translation>
    </message>
    <message>
        <source>Write the forecast of every row to this CSV.</source>
        <translation>Write the forecast of every row to this CSV.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Rows: %1 (trained on %2, held out %3)
</source>
        <translation>Rows: %1 (trained on %2, held out %3)
</translation>
    </message>
    <message>
        <source>Fit: %1 ms, predict: %2 ms
</source>
        <translation>Fit: %1 ms, predict: %2 ms
</translation>
    </message>
    <message>
        <source>Holdout: MAE %1, RMSE %2, MAPE %3 % (%4 zero days skipped), WAPE %5 %, accuracy %6 %, coverage %7
</source>
        <translation>Holdout: MAE %1, RMSE %2, MAPE %3 % (%4 zero days skipped), WAPE %5 %, accuracy %6 %, coverage %7
</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Rows read: %1, imported: %2, skipped: %3</source>
        <translation>Rows read: %1, imported: %2, skipped: %3</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Products: %1</translation>
    </message>
    <message>
        <source>Import rejected: nothing was written.</source>
        <translation>Import rejected: nothing was written.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written (%1 product-days would replace stored values).</source>
        <translation>Dry run: nothing was written (%1 product-days would replace stored values).</translation>
    </message>
    <message>
        <source>Imported (%1 product-days replaced older values).</source>
        <translation>Imported (%1 product-days replaced older values).</translation>
    </message>
    <message>
        <source>Import settings (JSON) instead of detection.</source>
        <translation>Import settings (JSON) instead of detection.</translation>
    </message>
    <message>
        <source>Read and report; write nothing.</source>
        <translation>Read and report; write nothing.</translation>
    </message>
    <message>
        <source>expected one FILE to import</source>
        <translation>expected one FILE to import</translation>
    </message>
    <message>
        <source>List the products with their sales history and training readiness.</source>
        <translation>List the products with their sales history and training readiness.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>Print a product&apos;s daily sales.</source>
        <translation>Print a product&apos;s daily sales.</translation>
    </message>
    <message>
        <source>The product&apos;s name.</source>
        <translation>The product&apos;s name.</translation>
    </message>
    <message>
        <source>expected one PRODUCT name</source>
        <translation>expected one PRODUCT name</translation>
    </message>
    <message>
        <source>no product named &quot;%1&quot;</source>
        <translation>no product named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Import sales history (or weather, or events) from a CSV or XLSX file.</source>
        <translation>Import sales history (or weather, or events) from a CSV or XLSX file.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>The file to import.</translation>
    </message>
    <message>
        <source>What the file holds: sales (default), weather or events.</source>
        <translation>What the file holds: sales (default), weather or events.</translation>
    </message>
    <message>
        <source>--kind: expected sales, weather or events, found &quot;%1&quot;</source>
        <translation>--kind: expected sales, weather or events, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>WAPE %</source>
        <translation>WAPE %</translation>
    </message>
    <message>
        <source>MAPE %</source>
        <translation>MAPE %</translation>
    </message>
    <message>
        <source>R2</source>
        <translation>R2</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>accuracy %</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>coverage</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>version %1 (model %2)</source>
        <translation>version %1 (model %2)</translation>
    </message>
    <message>
        <source>%1: A = %2, B = %3</source>
        <translation>%1: A = %2, B = %3</translation>
    </message>
    <message>
        <source>Window: %1 to %2 (%3 days with sales)</source>
        <translation>Window: %1 to %2 (%3 days with sales)</translation>
    </message>
    <message>
        <source>Note: %1 was trained on these days: its scores are in-sample (flattering).</source>
        <translation>Note: %1 was trained on these days: its scores are in-sample (flattering).</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>tie</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>metric</translation>
    </message>
    <message>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <source>Settings: the same.</source>
        <translation>Settings: the same.</translation>
    </message>
    <message>
        <source>Settings that differ:</source>
        <translation>Settings that differ:</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>Average accuracy: %1 %</source>
        <translation>Average accuracy: %1 %</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>version (model)</source>
        <translation>version (model)</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>deployed</translation>
    </message>
    <message>
        <source>holdout days</source>
        <translation>holdout days</translation>
    </message>
    <message>
        <source>Accuracy distribution:</source>
        <translation>Accuracy distribution:</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <source>products</source>
        <translation>products</translation>
    </message>
    <message>
        <source>Training durations per product (seconds):</source>
        <translation>Training durations per product (seconds):</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>overall</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Per job (seconds per product):</source>
        <translation>Per job (seconds per product):</translation>
    </message>
    <message>
        <source>Compare two versions of a product on the same recent days: metrics side by side, settings that differ and the daily values.</source>
        <translation>Compare two versions of a product on the same recent days: metrics side by side, settings that differ and the daily values.</translation>
    </message>
    <message>
        <source>A model id.</source>
        <translation>A model id.</translation>
    </message>
    <message>
        <source>Another model id.</source>
        <translation>Another model id.</translation>
    </message>
    <message>
        <source>The newest N days with sales (default 28).</source>
        <translation>The newest N days with sales (default 28).</translation>
    </message>
    <message>
        <source>expected two MODEL ids</source>
        <translation>expected two MODEL ids</translation>
    </message>
    <message>
        <source>expected a model id (a whole number &gt; 0), found &quot;%1&quot;</source>
        <translation>expected a model id (a whole number &gt; 0), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--days: expected a whole number &gt;= 1, found &quot;%1&quot;</source>
        <translation>--days: expected a whole number &gt;= 1, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no model version with id %1</source>
        <translation>no model version with id %1</translation>
    </message>
    <message>
        <source>models %1 (%2) and %3 (%4) are versions of different products</source>
        <translation>models %1 (%2) and %3 (%4) are versions of different products</translation>
    </message>
    <message>
        <source>Accuracy of each product&apos;s current model, how accuracies spread, and how long trainings take.</source>
        <translation>Accuracy of each product&apos;s current model, how accuracies spread, and how long trainings take.</translation>
    </message>
    <message>
        <source>analytics takes no arguments</source>
        <translation>analytics takes no arguments</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: bakery-trainer-cli &lt;command&gt; [options]

Sales history:
  import FILE         import sales (or --kind weather|events) from a CSV or XLSX file
  products            list products, days of history and training readiness
  sales PRODUCT       print a product&apos;s daily sales

Training:
  train --all | PRODUCT...  queue a training job [--force] [--priority N]; runs in a
                      background worker, or here with --wait (progress; Ctrl+C cancels)
  worker              run queued jobs [--until-idle] [--poll-ms N]
  jobs                list training jobs
  job JOB             a job and its products
  logs JOB            a job&apos;s step logs
  cancel JOB          cancel a pending job or stop a running one
  retry JOB           queue a job&apos;s failed and cancelled products again [--wait]
  schedule            show or change the weekly retraining [--set &quot;sunday 03:00&quot;]
                      [--enable|--disable]
  run-due             run the weekly retraining if it is due [--wait] (cron, timers)

Models:
  models [PRODUCT]    list model versions (&apos;*&apos; deployed)
  model MODEL         a version: metrics, settings, artifact, deployment history
  deploy MODEL        deploy a version (its SHA-256 is checked)
  rollback PRODUCT    deploy again the version deployed before the current one
  compare MODEL MODEL two versions on the same recent days [--days N]
  analytics           accuracy per product and its spread, training durations
  forecast PRODUCT    the days after the last sale from the deployed model [--days N]
                      [--output FILE]
  forecast --input SERIES.csv  fit a ds,y file on all but the last days and score them

Every command takes --json (machine-readable output), and those using the store
--database LOCATION (a SQLite file, sqlite:///path or postgresql://...; default
DATABASE_URL from the environment or the settings file). JOB is a job id (job-...),
MODEL a model id (a number).

Exit codes: 0 success; 1 the work failed, or the job, model or product does not
exist; 2 bad usage or bad input (e.g. a MODEL that is not a number).

Run &apos;bakery-trainer-cli &lt;command&gt; --help&apos; for the options of a command.
</source>
        <translation>Usage: bakery-trainer-cli &lt;command&gt; [options]

Sales history:
  import FILE         import sales (or --kind weather|events) from a CSV or XLSX file
  products            list products, days of history and training readiness
  sales PRODUCT       print a product&apos;s daily sales

Training:
  train --all | PRODUCT...  queue a training job [--force] [--priority N]; runs in a
                      background worker, or here with --wait (progress; Ctrl+C cancels)
  worker              run queued jobs [--until-idle] [--poll-ms N]
  jobs                list training jobs
  job JOB             a job and its products
  logs JOB            a job&apos;s step logs
  cancel JOB          cancel a pending job or stop a running one
  retry JOB           queue a job&apos;s failed and cancelled products again [--wait]
  schedule            show or change the weekly retraining [--set &quot;sunday 03:00&quot;]
                      [--enable|--disable]
  run-due             run the weekly retraining if it is due [--wait] (cron, timers)

Models:
  models [PRODUCT]    list model versions (&apos;*&apos; deployed)
  model MODEL         a version: metrics, settings, artifact, deployment history
  deploy MODEL        deploy a version (its SHA-256 is checked)
  rollback PRODUCT    deploy again the version deployed before the current one
  compare MODEL MODEL two versions on the same recent days [--days N]
  analytics           accuracy per product and its spread, training durations
  forecast PRODUCT    the days after the last sale from the deployed model [--days N]
                      [--output FILE]
  forecast --input SERIES.csv  fit a ds,y file on all but the last days and score them

Every command takes --json (machine-readable output), and those using the store
--database LOCATION (a SQLite file, sqlite:///path or postgresql://...; default
DATABASE_URL from the environment or the settings file). JOB is a job id (job-...),
MODEL a model id (a number).

Exit codes: 0 success; 1 the work failed, or the job, model or product does not
exist; 2 bad usage or bad input (e.g. a MODEL that is not a number).

Run &apos;bakery-trainer-cli &lt;command&gt; --help&apos; for the options of a command.
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Database: a SQLite file, sqlite:///path or postgresql://user@host:port/db (default: DATABASE_URL from the environment or the settings file, else the user&apos;s data folder).</source>
        <translation>Database: a SQLite file, sqlite:///path or postgresql://user@host:port/db (default: DATABASE_URL from the environment or the settings file, else the user&apos;s data folder).</translation>
    </message>
    <message>
        <source>job %1 was interrupted (its process ended); marked failed</source>
        <translation>job %1 was interrupted (its process ended); marked failed</translation>
    </message>
    <message>
        <source>removed a leftover model file: %1</source>
        <translation>removed a leftover model file: %1</translation>
    </message>
    <message>
        <source>a registered model file is missing: %1</source>
        <translation>a registered model file is missing: %1</translation>
    </message>
    <message>
        <source>database integrity check: %1</source>
        <translation>database integrity check: %1</translation>
    </message>
    <message>
        <source>crash recovery: %1</source>
        <translation>crash recovery: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Fit the forecasting model on a ds,y series, holding out the last days, and report accuracy on them. (A stored product&apos;s forecast from its deployed model: &apos;forecast PRODUCT --days N&apos;, see &apos;forecast PRODUCT --help&apos;.)</source>
        <translation>Fit the forecasting model on a ds,y series, holding out the last days, and report accuracy on them. (A stored product&apos;s forecast from its deployed model: &apos;forecast PRODUCT --days N&apos;, see &apos;forecast PRODUCT --help&apos;.)</translation>
    </message>
    <message>
        <source>The job id.</source>
        <translation>The job id.</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>no job %1</translation>
    </message>
    <message>
        <source>List the shop&apos;s training jobs, newest first.</source>
        <translation>List the shop&apos;s training jobs, newest first.</translation>
    </message>
    <message>
        <source>At most N jobs (default 50).</source>
        <translation>At most N jobs (default 50).</translation>
    </message>
    <message>
        <source>jobs takes no arguments</source>
        <translation>jobs takes no arguments</translation>
    </message>
    <message>
        <source>--limit: expected a whole number &gt;= 1, found &quot;%1&quot;</source>
        <translation>--limit: expected a whole number &gt;= 1, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>progress %</source>
        <translation>progress %</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>Show a training job and its products.</source>
        <translation>Show a training job and its products.</translation>
    </message>
    <message>
        <source>expected one JOB id</source>
        <translation>expected one JOB id</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Products asked for</source>
        <translation>Products asked for</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>%1 % (%2/%3 done, %4 failed, %5 skipped)</source>
        <translation>%1 % (%2/%3 done, %4 failed, %5 skipped)</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>%1 of %2 (of %3)</source>
        <translation>%1 of %2 (of %3)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>recommended action</source>
        <translation>recommended action</translation>
    </message>
    <message>
        <source>Show the step logs of a training job.</source>
        <translation>Show the step logs of a training job.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>Cancel a pending job, or ask a running one to stop (in any process). Products trained before keep their new versions.</source>
        <translation>Cancel a pending job, or ask a running one to stop (in any process). Products trained before keep their new versions.</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>Job %1 cancelled.</translation>
    </message>
    <message>
        <source>Job %1 was asked to stop; products that finished keep their new versions.</source>
        <translation>Job %1 was asked to stop; products that finished keep their new versions.</translation>
    </message>
    <message>
        <source>, accuracy %1 %</source>
        <translation>, accuracy %1 %</translation>
    </message>
    <message>
        <source>, deployed</source>
        <translation>, deployed</translation>
    </message>
    <message>
        <source>  %1/%2 done</source>
        <translation>  %1/%2 done</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 failed</translation>
    </message>
    <message>
        <source>  ETA %1</source>
        <translation>  ETA %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Job %1 %2 after %3: %4 products, %5 trained, %6 skipped, %7 failed, %8 cancelled.</source>
        <translation>Job %1 %2 after %3: %4 products, %5 trained, %6 skipped, %7 failed, %8 cancelled.</translation>
    </message>
    <message>
        <source>cancelling job %1 (press Ctrl+C again to stop at once)</source>
        <translation>cancelling job %1 (press Ctrl+C again to stop at once)</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n other job(s) running here</source>
        <translation>
            <numerusform>waiting for %n other job(s) running here</numerusform>
            <numerusform>waiting for %n other job(s) running here</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; job %1 is being stopped</source>
        <translation>interrupted; job %1 is being stopped</translation>
    </message>
    <message>
        <source>job %1 has disappeared</source>
        <translation>job %1 has disappeared</translation>
    </message>
    <message>
        <source>MODEL: expected a model id (a whole number &gt; 0), found &quot;%1&quot;</source>
        <translation>MODEL: expected a model id (a whole number &gt; 0), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Deployed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>Holdout</translation>
    </message>
    <message>
        <source>%1 to %2, %3 days</source>
        <translation>%1 to %2, %3 days</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>accuracy %1 %, MAE %2, RMSE %3, MAPE %4 %, WAPE %5 %, sMAPE %6 %, R2 %7, coverage %8</source>
        <translation>accuracy %1 %, MAE %2, RMSE %3, MAPE %4 %, WAPE %5 %, sMAPE %6 %, R2 %7, coverage %8</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Training data</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Training time</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artifact</translation>
    </message>
    <message>
        <source>Artifact size</source>
        <translation>Artifact size</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 bytes (%2)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Model hash</source>
        <translation>Model hash</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Data fingerprint</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Hyperparameters:</source>
        <translation>Hyperparameters:</translation>
    </message>
    <message>
        <source>List the stored model versions (&apos;*&apos; deployed).</source>
        <translation>List the stored model versions (&apos;*&apos; deployed).</translation>
    </message>
    <message>
        <source>Only this product&apos;s versions.</source>
        <translation>Only this product&apos;s versions.</translation>
    </message>
    <message>
        <source>expected at most one PRODUCT</source>
        <translation>expected at most one PRODUCT</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>samples</translation>
    </message>
    <message>
        <source>Show a model version: metrics, settings, artifact and the product&apos;s deployment history.</source>
        <translation>Show a model version: metrics, settings, artifact and the product&apos;s deployment history.</translation>
    </message>
    <message>
        <source>The model id.</source>
        <translation>The model id.</translation>
    </message>
    <message>
        <source>expected one MODEL id</source>
        <translation>expected one MODEL id</translation>
    </message>
    <message>
        <source>Deployments of %1:</source>
        <translation>Deployments of %1:</translation>
    </message>
    <message>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Deploy a model version (its artifact&apos;s SHA-256 is checked first).</source>
        <translation>Deploy a model version (its artifact&apos;s SHA-256 is checked first).</translation>
    </message>
    <message>
        <source>deployed by %1 from the command line</source>
        <translation>deployed by %1 from the command line</translation>
    </message>
    <message>
        <source>%1 version %2 (model %3) is deployed already.</source>
        <translation>%1 version %2 (model %3) is deployed already.</translation>
    </message>
    <message>
        <source>Deployed %1 version %2 (model %3).</source>
        <translation>Deployed %1 version %2 (model %3).</translation>
    </message>
    <message>
        <source>Deploy again the version of a product that was deployed before the current one.</source>
        <translation>Deploy again the version of a product that was deployed before the current one.</translation>
    </message>
    <message>
        <source>Rolled back %1 to version %2 (model %3).</source>
        <translation>Rolled back %1 to version %2 (model %3).</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: cannot write (%2)</translation>
    </message>
    <message>
        <source>Forecast the days after a product&apos;s last sale with its deployed model (loaded and checked by SHA-256).</source>
        <translation>Forecast the days after a product&apos;s last sale with its deployed model (loaded and checked by SHA-256).</translation>
    </message>
    <message>
        <source>Days to forecast (default 7).</source>
        <translation>Days to forecast (default 7).</translation>
    </message>
    <message>
        <source>Also write the forecast to this CSV file.</source>
        <translation>Also write the forecast to this CSV file.</translation>
    </message>
    <message>
        <source>--days: expected a whole number from 1 to 3660, found &quot;%1&quot;</source>
        <translation>--days: expected a whole number from 1 to 3660, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no sales</source>
        <translation>%1 has no sales</translation>
    </message>
    <message>
        <source>%1 has no deployed model; train it first (bakery-trainer-cli train &quot;%1&quot; --wait)</source>
        <translation>%1 has no deployed model; train it first (bakery-trainer-cli train &quot;%1&quot; --wait)</translation>
    </message>
    <message>
        <source>model %1: %2</source>
        <translation>model %1: %2</translation>
    </message>
    <message>
        <source>cannot forecast %1: %2 (import a weather forecast for those days)</source>
        <translation>cannot forecast %1: %2 (import a weather forecast for those days)</translation>
    </message>
    <message>
        <source>cannot forecast %1: %2</source>
        <translation>cannot forecast %1: %2</translation>
    </message>
    <message>
        <source>%1, version %2 (model %3), after the last sale on %4:</source>
        <translation>%1, version %2 (model %3), after the last sale on %4:</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>forecast</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lower</translation>
    </message>
    <message>
        <source>upper</source>
        <translation>upper</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Weekly retraining: %1, %2 at %3:00</source>
        <translation>Weekly retraining: %1, %2 at %3:00</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Last run: %1</translation>
    </message>
    <message>
        <source>Latest slot: %1</source>
        <translation>Latest slot: %1</translation>
    </message>
    <message>
        <source>Next slot: %1</source>
        <translation>Next slot: %1</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Due now: %1</translation>
    </message>
    <message>
        <source>Show or change the weekly retraining (continuous learning). Changes go to the settings file (%1); environment variables of the same names override it.</source>
        <translation>Show or change the weekly retraining (continuous learning). Changes go to the settings file (%1); environment variables of the same names override it.</translation>
    </message>
    <message>
        <source>Day and hour: &quot;sunday 03:00&quot;, &quot;domingo 4&quot;, &quot;7 03:00&quot; (1 = Monday).</source>
        <translation>Day and hour: &quot;sunday 03:00&quot;, &quot;domingo 4&quot;, &quot;7 03:00&quot; (1 = Monday).</translation>
    </message>
    <message>
        <source>Turn it on.</source>
        <translation>Turn it on.</translation>
    </message>
    <message>
        <source>Turn it off.</source>
        <translation>Turn it off.</translation>
    </message>
    <message>
        <source>schedule takes no arguments</source>
        <translation>schedule takes no arguments</translation>
    </message>
    <message>
        <source>give --enable or --disable, not both</source>
        <translation>give --enable or --disable, not both</translation>
    </message>
    <message>
        <source>%1 is set in the environment (%2) and overrides the settings file</source>
        <translation>%1 is set in the environment (%2) and overrides the settings file</translation>
    </message>
    <message>
        <source>If the weekly retraining is due, queue it (every product, incremental) and run it; else say when it is next due. Meant for cron or a systemd timer.</source>
        <translation>If the weekly retraining is due, queue it (every product, incremental) and run it; else say when it is next due. Meant for cron or a systemd timer.</translation>
    </message>
    <message>
        <source>Run the job in this process until it ends.</source>
        <translation>Run the job in this process until it ends.</translation>
    </message>
    <message>
        <source>run-due takes no arguments</source>
        <translation>run-due takes no arguments</translation>
    </message>
    <message>
        <source>nothing due (next: %1)</source>
        <translation>nothing due (next: %1)</translation>
    </message>
    <message>
        <source>nothing due (weekly retraining is disabled)</source>
        <translation>nothing due (weekly retraining is disabled)</translation>
    </message>
    <message>
        <source>Run the job in this process and show its progress until it ends (Ctrl+C cancels it). Without it a background worker runs the job.</source>
        <translation>Run the job in this process and show its progress until it ends (Ctrl+C cancels it). Without it a background worker runs the job.</translation>
    </message>
    <message>
        <source>job %1 is already queued (%2); not queued again</source>
        <translation>job %1 is already queued (%2); not queued again</translation>
    </message>
    <message>
        <source>job %1 is queued, but no background worker could be started (%2); run &apos;bakery-trainer-cli worker --until-idle&apos;</source>
        <translation>job %1 is queued, but no background worker could be started (%2); run &apos;bakery-trainer-cli worker --until-idle&apos;</translation>
    </message>
    <message>
        <source>training in the background; follow it with &apos;bakery-trainer-cli job %1&apos;</source>
        <translation>training in the background; follow it with &apos;bakery-trainer-cli job %1&apos;</translation>
    </message>
    <message>
        <source>Queue a training job for every product (--all) or the named ones. Products whose sales and settings did not change since their latest model are skipped unless --force. The same request while one is pending or running returns that job.</source>
        <translation>Queue a training job for every product (--all) or the named ones. Products whose sales and settings did not change since their latest model are skipped unless --force. The same request while one is pending or running returns that job.</translation>
    </message>
    <message>
        <source>Products to train.</source>
        <translation>Products to train.</translation>
    </message>
    <message>
        <source>Train every product.</source>
        <translation>Train every product.</translation>
    </message>
    <message>
        <source>Retrain products whose data did not change.</source>
        <translation>Retrain products whose data did not change.</translation>
    </message>
    <message>
        <source>Higher runs first (default 0).</source>
        <translation>Higher runs first (default 0).</translation>
    </message>
    <message>
        <source>give --all or PRODUCT names, not both</source>
        <translation>give --all or PRODUCT names, not both</translation>
    </message>
    <message>
        <source>name the PRODUCTs to train, or give --all</source>
        <translation>name the PRODUCTs to train, or give --all</translation>
    </message>
    <message>
        <source>--priority: expected a whole number, found &quot;%1&quot;</source>
        <translation>--priority: expected a whole number, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Queue the failed and cancelled products of a finished job again (at most MAX_TRAINING_RETRIES times).</source>
        <translation>Queue the failed and cancelled products of a finished job again (at most MAX_TRAINING_RETRIES times).</translation>
    </message>
    <message>
        <source>Run queued training jobs, and help with running ones, until SIGINT/SIGTERM (stopping cancels the jobs still running here). Several workers, on this machine or others sharing a PostgreSQL store, drain one queue.</source>
        <translation>Run queued training jobs, and help with running ones, until SIGINT/SIGTERM (stopping cancels the jobs still running here). Several workers, on this machine or others sharing a PostgreSQL store, drain one queue.</translation>
    </message>
    <message>
        <source>Exit when no job of the shop is pending or running.</source>
        <translation>Exit when no job of the shop is pending or running.</translation>
    </message>
    <message>
        <source>Look for new jobs every N ms (default 1000; 0: only when a job ends).</source>
        <translation>Look for new jobs every N ms (default 1000; 0: only when a job ends).</translation>
    </message>
    <message>
        <source>worker takes no arguments</source>
        <translation>worker takes no arguments</translation>
    </message>
    <message>
        <source>--poll-ms: expected a whole number &gt;= 0, found &quot;%1&quot;</source>
        <translation>--poll-ms: expected a whole number &gt;= 0, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>started job %1</source>
        <translation>started job %1</translation>
    </message>
    <message>
        <source>finished its part of job %1 (another worker ends it)</source>
        <translation>finished its part of job %1 (another worker ends it)</translation>
    </message>
    <message>
        <source>job %1 %2: %3 of %4 products done, %5 failed, %6 skipped</source>
        <translation>job %1 %2: %3 of %4 products done, %5 failed, %6 skipped</translation>
    </message>
    <message>
        <source>stopping the worker</source>
        <translation>stopping the worker</translation>
    </message>
    <message numerus="yes">
        <source>Days: %1 to %2, %n closed day(s)</source>
        <translation>
            <numerusform>Days: %1 to %2, %n closed day</numerusform>
            <numerusform>Days: %1 to %2, %n closed days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), total %1</source>
        <translation>
            <numerusform>%n day, total %1</numerusform>
            <numerusform>%n days, total %1</numerusform>
        </translation>
    </message>
</context>
</TS>
