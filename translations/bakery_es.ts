<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>GuiMain</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Train, compare and deploy sales forecasts for each product of your bakery.</source>
        <translation>Entrena, compara y despliega previsiones de ventas para cada producto de tu panadería.</translation>
    </message>
    <message>
        <source>Use this language (es, en) instead of the system&apos;s.</source>
        <translation>Usar este idioma (es, en) en vez del idioma del sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Save a PNG of every page into &lt;dir&gt;, then quit.</source>
        <translation>Guardar un PNG de cada página en &lt;carpeta&gt; y salir.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Prophet</source>
        <translation>Prophet</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Where sales and models are stored: a SQLite file or a postgresql:// address; empty for the default file.</source>
        <translation>Dónde se guardan las ventas y los modelos: un archivo SQLite o una dirección postgresql://; vacío para el archivo por defecto.</translation>
    </message>
    <message>
        <source>Folder for trained model files; empty for a models folder next to the database file.</source>
        <translation>Carpeta para los archivos de los modelos entrenados; vacío para una carpeta de modelos junto al archivo de la base de datos.</translation>
    </message>
    <message>
        <source>Name of the shop whose data this installation holds.</source>
        <translation>Nombre de la tienda cuyos datos guarda esta instalación.</translation>
    </message>
    <message>
        <source>How many products are trained at the same time.</source>
        <translation>Cuántos productos se entrenan a la vez.</translation>
    </message>
    <message>
        <source>Minutes after which a training job is stopped.</source>
        <translation>Minutos tras los que se detiene un trabajo de entrenamiento.</translation>
    </message>
    <message>
        <source>How often a failed training is tried again.</source>
        <translation>Cuántas veces se reintenta un entrenamiento fallido.</translation>
    </message>
    <message>
        <source>Processor threads used for training; 0 uses all.</source>
        <translation>Hilos del procesador usados para entrenar; 0 usa todos.</translation>
    </message>
    <message>
        <source>Days of sales a product needs before it is trained.</source>
        <translation>Días de ventas que necesita un producto para poder entrenarse.</translation>
    </message>
    <message>
        <source>Most recent days kept aside to measure accuracy.</source>
        <translation>Días más recientes que se reservan para medir la precisión.</translation>
    </message>
    <message>
        <source>Use a new model automatically when it is more accurate.</source>
        <translation>Usar automáticamente un modelo nuevo cuando sea más preciso.</translation>
    </message>
    <message>
        <source>Days an unused model version is kept.</source>
        <translation>Días que se conserva una versión de modelo sin usar.</translation>
    </message>
    <message>
        <source>Most model versions kept for each product.</source>
        <translation>Número máximo de versiones de modelo que se conservan por producto.</translation>
    </message>
    <message>
        <source>Compress stored model files.</source>
        <translation>Comprimir los archivos de modelo guardados.</translation>
    </message>
    <message>
        <source>How freely the trend may change direction.</source>
        <translation>Con qué libertad puede cambiar de dirección la tendencia.</translation>
    </message>
    <message>
        <source>How strong weekly and yearly patterns may be.</source>
        <translation>Qué fuerza pueden tener los patrones semanales y anuales.</translation>
    </message>
    <message>
        <source>How strong the effect of holidays may be.</source>
        <translation>Qué fuerza puede tener el efecto de los festivos.</translation>
    </message>
    <message>
        <source>Whether patterns add to sales or scale with them.</source>
        <translation>Si los patrones se suman a las ventas o crecen en proporción a ellas.</translation>
    </message>
    <message>
        <source>Share of future sales the forecast range covers.</source>
        <translation>Proporción de las ventas futuras que cubre el rango de la previsión.</translation>
    </message>
    <message>
        <source>Simulations behind the forecast range; 0 for none.</source>
        <translation>Simulaciones con las que se calcula el rango de la previsión; 0 para ninguna.</translation>
    </message>
    <message>
        <source>Model a yearly pattern (auto: with enough history).</source>
        <translation>Modelar un patrón anual (auto: con suficiente historial).</translation>
    </message>
    <message>
        <source>Model a pattern over the days of the week.</source>
        <translation>Modelar un patrón según los días de la semana.</translation>
    </message>
    <message>
        <source>Model a pattern within the day (needs hourly data).</source>
        <translation>Modelar un patrón dentro del día (necesita datos por horas).</translation>
    </message>
    <message>
        <source>Day of retraining, 1 Monday to 7 Sunday.</source>
        <translation>Día del reentrenamiento, de 1 (lunes) a 7 (domingo).</translation>
    </message>
    <message>
        <source>Hour of the day for retraining, 0 to 23.</source>
        <translation>Hora del día para el reentrenamiento, de 0 a 23.</translation>
    </message>
    <message>
        <source>Retrain every product once a week with new sales.</source>
        <translation>Volver a entrenar cada producto una vez por semana con las ventas nuevas.</translation>
    </message>
</context>
<context>
    <name>bakery::ui::EmptyStatePage</name>
    <message>
        <source>Coming soon</source>
        <translation>Próximamente</translation>
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
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>&amp;Import sales...</source>
        <translation>&amp;Importar ventas...</translation>
    </message>
    <message>
        <source>Import a sales history file (%1). %2</source>
        <translation>Importar un archivo con el historial de ventas (%1). %2</translation>
    </message>
    <message>
        <source>&amp;Train all</source>
        <translation>&amp;Entrenar todo</translation>
    </message>
    <message>
        <source>Train the forecasts of every product (%1). %2</source>
        <translation>Entrenar las previsiones de todos los productos (%1). %2</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Bakery-IA Trainer</source>
        <translation>&amp;Acerca de Bakery-IA Trainer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>No sales yet</source>
        <translation>Todavía no hay ventas</translation>
    </message>
    <message>
        <source>Import your sales history to see how well each product can be forecast, or try the demo bakery to look around first.</source>
        <translation>Importa tu historial de ventas para ver qué tal se puede prever cada producto, o prueba la panadería de demostración para echar un vistazo primero.</translation>
    </message>
    <message>
        <source>Import sales history...</source>
        <translation>Importar historial de ventas...</translation>
    </message>
    <message>
        <source>Try the demo bakery</source>
        <translation>Probar la panadería de demostración</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Todavía no hay productos</translation>
    </message>
    <message>
        <source>Your products appear here once you import sales: days of history, accuracy and the version in use for each one.</source>
        <translation>Tus productos aparecerán aquí cuando importes ventas: días de historial, precisión y la versión en uso de cada uno.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Nothing trained yet</source>
        <translation>Todavía no se ha entrenado nada</translation>
    </message>
    <message>
        <source>Training learns the sales pattern of each product. The progress of the current training job and the history of past ones appear here.</source>
        <translation>El entrenamiento aprende el patrón de ventas de cada producto. Aquí verás el progreso del trabajo de entrenamiento en curso y el historial de los anteriores.</translation>
    </message>
    <message>
        <source>Train all</source>
        <translation>Entrenar todo</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Soon you can choose where your data is kept, the holidays of your region and how often the forecasts are trained again.</source>
        <translation>Pronto podrás elegir dónde se guardan tus datos, los festivos de tu región y cada cuánto se vuelven a entrenar las previsiones.</translation>
    </message>
    <message>
        <source>Choose the holidays of your region...</source>
        <translation>Elegir los festivos de tu región...</translation>
    </message>
    <message>
        <source>Last training: never</source>
        <translation>Último entrenamiento: nunca</translation>
    </message>
    <message>
        <source>Next training: not scheduled</source>
        <translation>Próximo entrenamiento: sin programar</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Base de datos local</translation>
    </message>
    <message>
        <source>Your sales and forecasts are kept in a database on this computer.</source>
        <translation>Tus ventas y previsiones se guardan en una base de datos en este ordenador.</translation>
    </message>
    <message>
        <source>About Bakery-IA Trainer</source>
        <translation>Acerca de Bakery-IA Trainer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bakery-IA Trainer %1&lt;/h3&gt;&lt;p&gt;Train, compare and deploy sales forecasts for each product of your bakery.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bakery-IA Trainer %1&lt;/h3&gt;&lt;p&gt;Entrena, compara y despliega previsiones de ventas para cada producto de tu panadería.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilado con Qt %1.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The command.</source>
        <translation>La orden.</translation>
    </message>
    <message>
        <source>Series file (CSV with ds,y).</source>
        <translation>Archivo de la serie (CSV con ds,y).</translation>
    </message>
    <message>
        <source>Days held out for scoring (default 28).</source>
        <translation>Días reservados para medir el acierto (por defecto 28).</translation>
    </message>
    <message>
        <source>Future days to forecast (default 0).</source>
        <translation>Días futuros que prever (por defecto 0).</translation>
    </message>
    <message>
        <source>Uncertainty interval width (default 0.95).</source>
        <translation>Amplitud del intervalo de incertidumbre (por defecto 0,95).</translation>
    </message>
    <message>
        <source>National holidays: ES or none (default ES).</source>
        <translation>Festivos nacionales: ES o none (por defecto ES).</translation>
    </message>
    <message>
        <source>Holiday/event table: ds,holiday[,lower_window,upper_window,prior_scale].</source>
        <translation>Tabla de festivos o eventos: ds,holiday[,lower_window,upper_window,prior_scale].</translation>
    </message>
    <message>
        <source>Write the forecast of every row to this CSV.</source>
        <translation>Escribe la previsión de cada fila en este CSV.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprime un único objeto JSON.</translation>
    </message>
    <message>
        <source>Rows: %1 (trained on %2, held out %3)
</source>
        <translation>Filas: %1 (entrenado con %2, reservadas %3)
</translation>
    </message>
    <message>
        <source>Fit: %1 ms, predict: %2 ms
</source>
        <translation>Ajuste: %1 ms, previsión: %2 ms
</translation>
    </message>
    <message>
        <source>Holdout: MAE %1, RMSE %2, MAPE %3 % (%4 zero days skipped), WAPE %5 %, accuracy %6 %, coverage %7
</source>
        <translation>Reserva: MAE %1, RMSE %2, MAPE %3 % (%4 días con cero omitidos), WAPE %5 %, precisión %6 %, cobertura %7
</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>Rows read: %1, imported: %2, skipped: %3</source>
        <translation>Filas leídas: %1, importadas: %2, omitidas: %3</translation>
    </message>
    <message>
        <source>Days: %1 to %2, %3 closed days</source>
        <translation>Días: del %1 al %2, %3 días cerrados</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Productos: %1</translation>
    </message>
    <message>
        <source>%1 days, total %2</source>
        <translation>%1 días, total %2</translation>
    </message>
    <message>
        <source>Import rejected: nothing was written.</source>
        <translation>Importación rechazada: no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written (%1 product-days would replace stored values).</source>
        <translation>Prueba: no se ha guardado nada (%1 días de producto sustituirían valores guardados).</translation>
    </message>
    <message>
        <source>Imported (%1 product-days replaced older values).</source>
        <translation>Importado (%1 días de producto han sustituido valores anteriores).</translation>
    </message>
    <message>
        <source>Import settings (JSON) instead of detection.</source>
        <translation>Ajustes de importación (JSON) en lugar de la detección automática.</translation>
    </message>
    <message>
        <source>Read and report; write nothing.</source>
        <translation>Lee e informa; no guarda nada.</translation>
    </message>
    <message>
        <source>expected one FILE to import</source>
        <translation>se esperaba un ARCHIVO que importar</translation>
    </message>
    <message>
        <source>List the products with their sales history and training readiness.</source>
        <translation>Lista los productos con su historial de ventas y si están listos para entrenar.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Print a product&apos;s daily sales.</source>
        <translation>Muestra las ventas diarias de un producto.</translation>
    </message>
    <message>
        <source>The product&apos;s name.</source>
        <translation>El nombre del producto.</translation>
    </message>
    <message>
        <source>expected one PRODUCT name</source>
        <translation>se esperaba el nombre de un PRODUCTO</translation>
    </message>
    <message>
        <source>no product named &quot;%1&quot;</source>
        <translation>no hay ningún producto llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Import sales history (or weather, or events) from a CSV or XLSX file.</source>
        <translation>Importa el historial de ventas (o el tiempo, o los eventos) de un archivo CSV o XLSX.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>El archivo que importar.</translation>
    </message>
    <message>
        <source>What the file holds: sales (default), weather or events.</source>
        <translation>Qué contiene el archivo: ventas (sales, por defecto), tiempo (weather) o eventos (events).</translation>
    </message>
    <message>
        <source>--kind: expected sales, weather or events, found &quot;%1&quot;</source>
        <translation>--kind: se esperaba sales, weather o events, pero se encontró &quot;%1&quot;</translation>
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
        <translation>precisión %</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>cobertura</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>version %1 (model %2)</source>
        <translation>versión %1 (modelo %2)</translation>
    </message>
    <message>
        <source>%1: A = %2, B = %3</source>
        <translation>%1: A = %2, B = %3</translation>
    </message>
    <message>
        <source>Window: %1 to %2 (%3 days with sales)</source>
        <translation>Periodo: del %1 al %2 (%3 días con ventas)</translation>
    </message>
    <message>
        <source>Note: %1 was trained on these days: its scores are in-sample (flattering).</source>
        <translation>Nota: %1 se entrenó con estos días: sus resultados son dentro de la muestra (demasiado favorables).</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>Settings: the same.</source>
        <translation>Ajustes: los mismos.</translation>
    </message>
    <message>
        <source>Settings that differ:</source>
        <translation>Ajustes que difieren:</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>Average accuracy: %1 %</source>
        <translation>Precisión media: %1 %</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <source>version (model)</source>
        <translation>versión (modelo)</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>desplegada</translation>
    </message>
    <message>
        <source>holdout days</source>
        <translation>días de reserva</translation>
    </message>
    <message>
        <source>Accuracy distribution:</source>
        <translation>Distribución de la precisión:</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>Training durations per product (seconds):</source>
        <translation>Duración de los entrenamientos por producto (segundos):</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>global</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Per job (seconds per product):</source>
        <translation>Por trabajo (segundos por producto):</translation>
    </message>
    <message>
        <source>Compare two versions of a product on the same recent days: metrics side by side, settings that differ and the daily values.</source>
        <translation>Compara dos versiones de un producto en los mismos días recientes: las métricas una al lado de la otra, los ajustes que difieren y los valores diarios.</translation>
    </message>
    <message>
        <source>A model id.</source>
        <translation>Un id de modelo.</translation>
    </message>
    <message>
        <source>Another model id.</source>
        <translation>Otro id de modelo.</translation>
    </message>
    <message>
        <source>The newest N days with sales (default 28).</source>
        <translation>Los N días más recientes con ventas (por defecto 28).</translation>
    </message>
    <message>
        <source>expected two MODEL ids</source>
        <translation>se esperaban dos ids de MODELO</translation>
    </message>
    <message>
        <source>expected a model id (a whole number &gt; 0), found &quot;%1&quot;</source>
        <translation>se esperaba un id de modelo (un número entero &gt; 0), pero se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--days: expected a whole number &gt;= 1, found &quot;%1&quot;</source>
        <translation>--days: se esperaba un número entero &gt;= 1, pero se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no model version with id %1</source>
        <translation>no hay ninguna versión de modelo con id %1</translation>
    </message>
    <message>
        <source>models %1 (%2) and %3 (%4) are versions of different products</source>
        <translation>los modelos %1 (%2) y %3 (%4) son versiones de productos distintos</translation>
    </message>
    <message>
        <source>Accuracy of each product&apos;s current model, how accuracies spread, and how long trainings take.</source>
        <translation>Precisión del modelo actual de cada producto, cómo se reparten las precisiones y cuánto tardan los entrenamientos.</translation>
    </message>
    <message>
        <source>analytics takes no arguments</source>
        <translation>analytics no admite argumentos</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida &quot;%1&quot;</translation>
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
        <translation>Uso: bakery-trainer-cli &lt;orden&gt; [opciones]

Historial de ventas:
  import FILE         importa ventas (o --kind weather|events) de un archivo CSV o XLSX
  products            lista los productos, sus días de historial y si están listos
                      para entrenar
  sales PRODUCT       muestra las ventas diarias de un producto

Entrenamiento:
  train --all | PRODUCT...  pone en cola un trabajo de entrenamiento [--force]
                      [--priority N]; lo ejecuta un worker en segundo plano, o aquí
                      con --wait (progreso; Ctrl+C cancela)
  worker              ejecuta los trabajos en cola [--until-idle] [--poll-ms N]
  jobs                lista los trabajos de entrenamiento
  job JOB             un trabajo y sus productos
  logs JOB            los registros de los pasos de un trabajo
  cancel JOB          cancela un trabajo pendiente o detiene uno en curso
  retry JOB           vuelve a poner en cola los productos fallidos y cancelados de
                      un trabajo [--wait]
  schedule            muestra o cambia el reentrenamiento semanal
                      [--set &quot;sunday 03:00&quot;] [--enable|--disable]
  run-due             ejecuta el reentrenamiento semanal si está pendiente [--wait]
                      (cron, temporizadores)

Modelos:
  models [PRODUCT]    lista las versiones de modelo (&apos;*&apos; desplegada)
  model MODEL         una versión: métricas, ajustes, archivo, historial de despliegues
  deploy MODEL        despliega una versión (se comprueba su SHA-256)
  rollback PRODUCT    vuelve a desplegar la versión desplegada antes de la actual
  compare MODEL MODEL dos versiones en los mismos días recientes [--days N]
  analytics           precisión por producto y su reparto, duraciones de entrenamiento
  forecast PRODUCT    los días tras la última venta, con el modelo desplegado
                      [--days N] [--output FILE]
  forecast --input SERIES.csv  ajusta un archivo ds,y sin los últimos días y mide
                      el acierto en ellos

Todas las órdenes admiten --json (salida para programas), y las que usan el almacén,
--database LOCATION (un archivo SQLite, sqlite:///ruta o postgresql://...; por
defecto, DATABASE_URL del entorno o del archivo de ajustes). JOB es un id de trabajo
(job-...), y MODEL, un id de modelo (un número).

Códigos de salida: 0 éxito; 1 la operación falló, o el trabajo, el modelo o el
producto no existe; 2 uso o datos incorrectos (p. ej., un MODEL que no es un número).

Ejecuta &apos;bakery-trainer-cli &lt;orden&gt; --help&apos; para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Database: a SQLite file, sqlite:///path or postgresql://user@host:port/db (default: DATABASE_URL from the environment or the settings file, else the user&apos;s data folder).</source>
        <translation>Base de datos: un archivo SQLite, sqlite:///ruta o postgresql://usuario@servidor:puerto/bd (por defecto: DATABASE_URL del entorno o del archivo de ajustes o, si no, la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>job %1 was interrupted (its process ended); marked failed</source>
        <translation>el trabajo %1 se interrumpió (su proceso terminó); marcado como fallido</translation>
    </message>
    <message>
        <source>removed a leftover model file: %1</source>
        <translation>se ha eliminado un archivo de modelo sobrante: %1</translation>
    </message>
    <message>
        <source>a registered model file is missing: %1</source>
        <translation>falta un archivo de modelo registrado: %1</translation>
    </message>
    <message>
        <source>database integrity check: %1</source>
        <translation>comprobación de integridad de la base de datos: %1</translation>
    </message>
    <message>
        <source>crash recovery: %1</source>
        <translation>recuperación tras un fallo: %1</translation>
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
        <translation>Ajusta el modelo de previsión a una serie ds,y, reservando los últimos días, e informa del acierto en ellos. (Para la previsión de un producto guardado con su modelo desplegado: &apos;forecast PRODUCT --days N&apos;; véase &apos;forecast PRODUCT --help&apos;.)</translation>
    </message>
    <message>
        <source>The job id.</source>
        <translation>El id del trabajo.</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>no hay ningún trabajo %1</translation>
    </message>
    <message>
        <source>List the shop&apos;s training jobs, newest first.</source>
        <translation>Lista los trabajos de entrenamiento de la tienda, los más recientes primero.</translation>
    </message>
    <message>
        <source>At most N jobs (default 50).</source>
        <translation>Como mucho N trabajos (por defecto 50).</translation>
    </message>
    <message>
        <source>jobs takes no arguments</source>
        <translation>jobs no admite argumentos</translation>
    </message>
    <message>
        <source>--limit: expected a whole number &gt;= 1, found &quot;%1&quot;</source>
        <translation>--limit: se esperaba un número entero &gt;= 1, pero se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hechos</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallidos</translation>
    </message>
    <message>
        <source>progress %</source>
        <translation>progreso %</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>Show a training job and its products.</source>
        <translation>Muestra un trabajo de entrenamiento y sus productos.</translation>
    </message>
    <message>
        <source>expected one JOB id</source>
        <translation>se esperaba un id de TRABAJO</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Products asked for</source>
        <translation>Productos pedidos</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Pedido por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%1 % (%2/%3 done, %4 failed, %5 skipped)</source>
        <translation>%1 % (%2/%3 hechos, %4 fallidos, %5 omitidos)</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintento</translation>
    </message>
    <message>
        <source>%1 of %2 (of %3)</source>
        <translation>%1 de %2 (de %3)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>recommended action</source>
        <translation>acción recomendada</translation>
    </message>
    <message>
        <source>Show the step logs of a training job.</source>
        <translation>Muestra los registros de los pasos de un trabajo de entrenamiento.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>Cancel a pending job, or ask a running one to stop (in any process). Products trained before keep their new versions.</source>
        <translation>Cancela un trabajo pendiente o pide a uno en curso que se detenga (en cualquier proceso). Los productos ya entrenados conservan sus versiones nuevas.</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>Trabajo %1 cancelado.</translation>
    </message>
    <message>
        <source>Job %1 was asked to stop; products that finished keep their new versions.</source>
        <translation>Se ha pedido al trabajo %1 que se detenga; los productos terminados conservan sus versiones nuevas.</translation>
    </message>
    <message>
        <source>, accuracy %1 %</source>
        <translation>, precisión %1 %</translation>
    </message>
    <message>
        <source>, deployed</source>
        <translation>, desplegada</translation>
    </message>
    <message>
        <source>  %1/%2 done</source>
        <translation>  %1/%2 hechos</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fallidos</translation>
    </message>
    <message>
        <source>  ETA %1</source>
        <translation>  quedan %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Job %1 %2 after %3: %4 products, %5 trained, %6 skipped, %7 failed, %8 cancelled.</source>
        <translation>Trabajo %1 (%2) tras %3: %4 productos, %5 entrenados, %6 omitidos, %7 fallidos, %8 cancelados.</translation>
    </message>
    <message>
        <source>cancelling job %1 (press Ctrl+C again to stop at once)</source>
        <translation>cancelando el trabajo %1 (pulsa Ctrl+C otra vez para detenerlo en el acto)</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n other job(s) running here</source>
        <translation>
            <numerusform>esperando a %n otro trabajo que se ejecuta aquí</numerusform>
            <numerusform>esperando a %n otros trabajos que se ejecutan aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; job %1 is being stopped</source>
        <translation>interrumpido; se está deteniendo el trabajo %1</translation>
    </message>
    <message>
        <source>job %1 has disappeared</source>
        <translation>el trabajo %1 ha desaparecido</translation>
    </message>
    <message>
        <source>MODEL: expected a model id (a whole number &gt; 0), found &quot;%1&quot;</source>
        <translation>MODELO: se esperaba un id de modelo (un número entero &gt; 0), pero se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Desplegada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>%1 to %2, %3 days</source>
        <translation>del %1 al %2, %3 días</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>accuracy %1 %, MAE %2, RMSE %3, MAPE %4 %, WAPE %5 %, sMAPE %6 %, R2 %7, coverage %8</source>
        <translation>precisión %1 %, MAE %2, RMSE %3, MAPE %4 %, WAPE %5 %, sMAPE %6 %, R2 %7, cobertura %8</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Datos de entrenamiento</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Tiempo de entrenamiento</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Artifact size</source>
        <translation>Tamaño del archivo</translation>
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
        <translation>Hash del modelo</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Huella de los datos</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Hyperparameters:</source>
        <translation>Hiperparámetros:</translation>
    </message>
    <message>
        <source>List the stored model versions (&apos;*&apos; deployed).</source>
        <translation>Lista las versiones de modelo guardadas (&apos;*&apos; desplegada).</translation>
    </message>
    <message>
        <source>Only this product&apos;s versions.</source>
        <translation>Solo las versiones de este producto.</translation>
    </message>
    <message>
        <source>expected at most one PRODUCT</source>
        <translation>se esperaba como mucho un PRODUCTO</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>Show a model version: metrics, settings, artifact and the product&apos;s deployment history.</source>
        <translation>Muestra una versión de modelo: métricas, ajustes, archivo e historial de despliegues del producto.</translation>
    </message>
    <message>
        <source>The model id.</source>
        <translation>El id del modelo.</translation>
    </message>
    <message>
        <source>expected one MODEL id</source>
        <translation>se esperaba un id de MODELO</translation>
    </message>
    <message>
        <source>Deployments of %1:</source>
        <translation>Despliegues de %1:</translation>
    </message>
    <message>
        <source>when</source>
        <translation>cuándo</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Deploy a model version (its artifact&apos;s SHA-256 is checked first).</source>
        <translation>Despliega una versión de modelo (antes se comprueba el SHA-256 de su archivo).</translation>
    </message>
    <message>
        <source>deployed by %1 from the command line</source>
        <translation>desplegada por %1 desde la línea de órdenes</translation>
    </message>
    <message>
        <source>%1 version %2 (model %3) is deployed already.</source>
        <translation>La versión %2 de %1 (modelo %3) ya está desplegada.</translation>
    </message>
    <message>
        <source>Deployed %1 version %2 (model %3).</source>
        <translation>Se ha desplegado la versión %2 de %1 (modelo %3).</translation>
    </message>
    <message>
        <source>Deploy again the version of a product that was deployed before the current one.</source>
        <translation>Vuelve a desplegar la versión de un producto que estaba desplegada antes de la actual.</translation>
    </message>
    <message>
        <source>Rolled back %1 to version %2 (model %3).</source>
        <translation>Se ha revertido %1 a la versión %2 (modelo %3).</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>Forecast the days after a product&apos;s last sale with its deployed model (loaded and checked by SHA-256).</source>
        <translation>Prevé los días posteriores a la última venta de un producto con su modelo desplegado (cargado y comprobado por SHA-256).</translation>
    </message>
    <message>
        <source>Days to forecast (default 7).</source>
        <translation>Días que prever (por defecto 7).</translation>
    </message>
    <message>
        <source>Also write the forecast to this CSV file.</source>
        <translation>Escribe también la previsión en este archivo CSV.</translation>
    </message>
    <message>
        <source>--days: expected a whole number from 1 to 3660, found &quot;%1&quot;</source>
        <translation>--days: se esperaba un número entero de 1 a 3660, pero se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no sales</source>
        <translation>%1 no tiene ventas</translation>
    </message>
    <message>
        <source>%1 has no deployed model; train it first (bakery-trainer-cli train &quot;%1&quot; --wait)</source>
        <translation>%1 no tiene ningún modelo desplegado; entrénalo antes (bakery-trainer-cli train &quot;%1&quot; --wait)</translation>
    </message>
    <message>
        <source>model %1: %2</source>
        <translation>modelo %1: %2</translation>
    </message>
    <message>
        <source>cannot forecast %1: %2 (import a weather forecast for those days)</source>
        <translation>no se puede prever %1: %2 (importa una previsión del tiempo para esos días)</translation>
    </message>
    <message>
        <source>cannot forecast %1: %2</source>
        <translation>no se puede prever %1: %2</translation>
    </message>
    <message>
        <source>%1, version %2 (model %3), after the last sale on %4:</source>
        <translation>%1, versión %2 (modelo %3), tras la última venta del %4:</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>previsión</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>inferior</translation>
    </message>
    <message>
        <source>upper</source>
        <translation>superior</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Weekly retraining: %1, %2 at %3:00</source>
        <translation>Reentrenamiento semanal: %1, %2 a las %3:00</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Última ejecución: %1</translation>
    </message>
    <message>
        <source>Latest slot: %1</source>
        <translation>Última hora programada: %1</translation>
    </message>
    <message>
        <source>Next slot: %1</source>
        <translation>Próxima hora programada: %1</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Pendiente ahora: %1</translation>
    </message>
    <message>
        <source>Show or change the weekly retraining (continuous learning). Changes go to the settings file (%1); environment variables of the same names override it.</source>
        <translation>Muestra o cambia el reentrenamiento semanal (aprendizaje continuo). Los cambios se guardan en el archivo de ajustes (%1); las variables de entorno con los mismos nombres tienen prioridad sobre él.</translation>
    </message>
    <message>
        <source>Day and hour: &quot;sunday 03:00&quot;, &quot;domingo 4&quot;, &quot;7 03:00&quot; (1 = Monday).</source>
        <translation>Día y hora: &quot;sunday 03:00&quot;, &quot;domingo 4&quot;, &quot;7 03:00&quot; (1 = lunes).</translation>
    </message>
    <message>
        <source>Turn it on.</source>
        <translation>Lo activa.</translation>
    </message>
    <message>
        <source>Turn it off.</source>
        <translation>Lo desactiva.</translation>
    </message>
    <message>
        <source>schedule takes no arguments</source>
        <translation>schedule no admite argumentos</translation>
    </message>
    <message>
        <source>give --enable or --disable, not both</source>
        <translation>indica --enable o --disable, no ambos</translation>
    </message>
    <message>
        <source>%1 is set in the environment (%2) and overrides the settings file</source>
        <translation>%1 está definida en el entorno (%2) y tiene prioridad sobre el archivo de ajustes</translation>
    </message>
    <message>
        <source>If the weekly retraining is due, queue it (every product, incremental) and run it; else say when it is next due. Meant for cron or a systemd timer.</source>
        <translation>Si el reentrenamiento semanal está pendiente, lo pone en cola (todos los productos, incremental) y lo ejecuta; si no, dice cuándo será el siguiente. Pensado para cron o un temporizador de systemd.</translation>
    </message>
    <message>
        <source>Run the job in this process until it ends.</source>
        <translation>Ejecuta el trabajo en este proceso hasta que termine.</translation>
    </message>
    <message>
        <source>run-due takes no arguments</source>
        <translation>run-due no admite argumentos</translation>
    </message>
    <message>
        <source>nothing due (next: %1)</source>
        <translation>nada pendiente (siguiente: %1)</translation>
    </message>
    <message>
        <source>nothing due (weekly retraining is disabled)</source>
        <translation>nada pendiente (el reentrenamiento semanal está desactivado)</translation>
    </message>
    <message>
        <source>Run the job in this process and show its progress until it ends (Ctrl+C cancels it). Without it a background worker runs the job.</source>
        <translation>Ejecuta el trabajo en este proceso y muestra su progreso hasta que termine (Ctrl+C lo cancela). Sin esta opción, lo ejecuta un worker en segundo plano.</translation>
    </message>
    <message>
        <source>job %1 is already queued (%2); not queued again</source>
        <translation>el trabajo %1 ya está en cola (%2); no se vuelve a poner en cola</translation>
    </message>
    <message>
        <source>job %1 is queued, but no background worker could be started (%2); run &apos;bakery-trainer-cli worker --until-idle&apos;</source>
        <translation>el trabajo %1 está en cola, pero no se ha podido iniciar ningún worker en segundo plano (%2); ejecuta &apos;bakery-trainer-cli worker --until-idle&apos;</translation>
    </message>
    <message>
        <source>training in the background; follow it with &apos;bakery-trainer-cli job %1&apos;</source>
        <translation>entrenando en segundo plano; síguelo con &apos;bakery-trainer-cli job %1&apos;</translation>
    </message>
    <message>
        <source>Queue a training job for every product (--all) or the named ones. Products whose sales and settings did not change since their latest model are skipped unless --force. The same request while one is pending or running returns that job.</source>
        <translation>Pone en cola un trabajo de entrenamiento para todos los productos (--all) o para los indicados. Los productos cuyas ventas y ajustes no han cambiado desde su último modelo se omiten, salvo con --force. Si se repite una petición mientras otra igual está pendiente o en curso, se devuelve ese trabajo.</translation>
    </message>
    <message>
        <source>Products to train.</source>
        <translation>Productos que entrenar.</translation>
    </message>
    <message>
        <source>Train every product.</source>
        <translation>Entrena todos los productos.</translation>
    </message>
    <message>
        <source>Retrain products whose data did not change.</source>
        <translation>Vuelve a entrenar los productos cuyos datos no han cambiado.</translation>
    </message>
    <message>
        <source>Higher runs first (default 0).</source>
        <translation>Cuanto más alta, antes se ejecuta (por defecto 0).</translation>
    </message>
    <message>
        <source>give --all or PRODUCT names, not both</source>
        <translation>indica --all o nombres de PRODUCTO, no ambos</translation>
    </message>
    <message>
        <source>name the PRODUCTs to train, or give --all</source>
        <translation>indica los PRODUCTOS que entrenar, o --all</translation>
    </message>
    <message>
        <source>--priority: expected a whole number, found &quot;%1&quot;</source>
        <translation>--priority: se esperaba un número entero, pero se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Queue the failed and cancelled products of a finished job again (at most MAX_TRAINING_RETRIES times).</source>
        <translation>Vuelve a poner en cola los productos fallidos y cancelados de un trabajo terminado (como mucho MAX_TRAINING_RETRIES veces).</translation>
    </message>
    <message>
        <source>Run queued training jobs, and help with running ones, until SIGINT/SIGTERM (stopping cancels the jobs still running here). Several workers, on this machine or others sharing a PostgreSQL store, drain one queue.</source>
        <translation>Ejecuta los trabajos de entrenamiento en cola, y ayuda con los que están en curso, hasta recibir SIGINT/SIGTERM (al detenerse cancela los trabajos que aún se ejecutan aquí). Varios workers, en esta máquina o en otras que compartan un almacén PostgreSQL, vacían una misma cola.</translation>
    </message>
    <message>
        <source>Exit when no job of the shop is pending or running.</source>
        <translation>Termina cuando no queda ningún trabajo de la tienda pendiente ni en curso.</translation>
    </message>
    <message>
        <source>Look for new jobs every N ms (default 1000; 0: only when a job ends).</source>
        <translation>Busca trabajos nuevos cada N ms (por defecto 1000; 0: solo cuando termina un trabajo).</translation>
    </message>
    <message>
        <source>worker takes no arguments</source>
        <translation>worker no admite argumentos</translation>
    </message>
    <message>
        <source>--poll-ms: expected a whole number &gt;= 0, found &quot;%1&quot;</source>
        <translation>--poll-ms: se esperaba un número entero &gt;= 0, pero se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>started job %1</source>
        <translation>iniciado el trabajo %1</translation>
    </message>
    <message>
        <source>finished its part of job %1 (another worker ends it)</source>
        <translation>terminada su parte del trabajo %1 (otro worker lo termina)</translation>
    </message>
    <message>
        <source>job %1 %2: %3 of %4 products done, %5 failed, %6 skipped</source>
        <translation>trabajo %1 (%2): %3 de %4 productos hechos, %5 fallidos, %6 omitidos</translation>
    </message>
    <message>
        <source>stopping the worker</source>
        <translation>deteniendo el worker</translation>
    </message>
</context>
</TS>
