<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GuiMain</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
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
</context>
<context>
    <name>bakery::ui::EmptyStatePage</name>
    <message>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
    </message>
</context>
<context>
    <name>bakery::ui::MainWindow</name>
    <message>
        <source>Bakery-IA Trainer</source>
        <translation>Bakery-IA Trainer</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>&amp;Import sales...</source>
        <translation>&amp;Import sales...</translation>
    </message>
    <message>
        <source>Import a sales history file (%1). %2</source>
        <translation>Import a sales history file (%1). %2</translation>
    </message>
    <message>
        <source>&amp;Train all</source>
        <translation>&amp;Train all</translation>
    </message>
    <message>
        <source>Train the forecasts of every product (%1). %2</source>
        <translation>Train the forecasts of every product (%1). %2</translation>
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
        <source>Soon you can choose where your data is kept, the holidays of your region and how often the forecasts are trained again.</source>
        <translation>Soon you can choose where your data is kept, the holidays of your region and how often the forecasts are trained again.</translation>
    </message>
    <message>
        <source>Choose the holidays of your region...</source>
        <translation>Choose the holidays of your region...</translation>
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
</context>
<context>
    <name>cli</name>
    <message>
        <source>Fit the forecasting model on a ds,y series, holding out the last days, and report accuracy on them.</source>
        <translation>Fit the forecasting model on a ds,y series, holding out the last days, and report accuracy on them.</translation>
    </message>
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
        <source>Usage: bakery-trainer-cli &lt;command&gt; [options]

Commands:
  import     import sales history from a CSV or XLSX file
  products   list products, days of history and training readiness
  sales      print a product&apos;s daily sales
  forecast   fit a ds,y series on all but the last days and score them

Run &apos;bakery-trainer-cli &lt;command&gt; --help&apos; for the options of a command.
</source>
        <translation>Usage: bakery-trainer-cli &lt;command&gt; [options]

Commands:
  import     import sales history from a CSV or XLSX file
  products   list products, days of history and training readiness
  sales      print a product&apos;s daily sales
  forecast   fit a ds,y series on all but the last days and score them

Run &apos;bakery-trainer-cli &lt;command&gt; --help&apos; for the options of a command.
</translation>
    </message>
    <message>
        <source>Database: a SQLite file or postgresql://user@host:port/db (default: DATABASE_URL, else the user&apos;s data folder).</source>
        <translation>Database: a SQLite file or postgresql://user@host:port/db (default: DATABASE_URL, else the user&apos;s data folder).</translation>
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
        <source>Days: %1 to %2, %3 closed days</source>
        <translation>Days: %1 to %2, %3 closed days</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Products: %1</translation>
    </message>
    <message>
        <source>%1 days, total %2</source>
        <translation>%1 days, total %2</translation>
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
</context>
</TS>
