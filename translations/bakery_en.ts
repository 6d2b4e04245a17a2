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
        <source>How many products are trained at the same time.</source>
        <translation>How many products are trained at the same time.</translation>
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
</context>
</TS>
