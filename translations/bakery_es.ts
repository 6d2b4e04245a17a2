<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccuracyPage</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
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
        <translation>No se pueden leer las versiones de los modelos</translation>
    </message>
    <message>
        <source>Cannot read the training durations</source>
        <translation>No se pueden leer las duraciones de los entrenamientos</translation>
    </message>
</context>
<context>
    <name>ArtifactStore</name>
    <message>
        <source>Invalid model file path &quot;%1&quot;: it must be relative to the model folder, without &quot;.&quot; or &quot;..&quot;</source>
        <translation>Ruta de archivo de modelo no válida &quot;%1&quot;: debe ser relativa a la carpeta de modelos, sin &quot;.&quot; ni &quot;..&quot;</translation>
    </message>
    <message>
        <source>Model file %1 is missing. Retrain the product or restore the file.</source>
        <translation>Falta el archivo de modelo %1. Vuelve a entrenar el producto o restaura el archivo.</translation>
    </message>
    <message>
        <source>Model file %1 is damaged or was changed: its SHA-256 is %2, the registry expects %3. Retrain the product or restore the file.</source>
        <translation>El archivo de modelo %1 está dañado o se ha modificado: su SHA-256 es %2 y el registro espera %3. Vuelve a entrenar el producto o restaura el archivo.</translation>
    </message>
    <message>
        <source>Cannot create the model folder %1</source>
        <translation>No se puede crear la carpeta de modelos %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot build the model zip (zip error %1)</source>
        <translation>No se puede generar el zip del modelo (error de zip %1)</translation>
    </message>
    <message>
        <source>use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos;</source>
        <translation>usa de 1 a 64 letras, cifras, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, sin empezar por &apos;.&apos;</translation>
    </message>
    <message>
        <source>Cannot store a model without a shop (tenant id)</source>
        <translation>No se puede guardar un modelo sin tienda (tenant id)</translation>
    </message>
    <message>
        <source>Invalid model version &quot;%1&quot;: %2</source>
        <translation>Versión de modelo no válida &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot store a model for a product without a name</source>
        <translation>No se puede guardar un modelo de un producto sin nombre</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>No se puede crear un archivo temporal en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the model file %1: %2</source>
        <translation>No se puede escribir el archivo de modelo %1: %2</translation>
    </message>
    <message>
        <source>Model file %1 already exists; a stored model version is never replaced</source>
        <translation>El archivo de modelo %1 ya existe; una versión de modelo guardada nunca se sustituye</translation>
    </message>
    <message>
        <source>Cannot move the model file into place at %1: %2</source>
        <translation>No se puede mover el archivo de modelo a su sitio en %1: %2</translation>
    </message>
    <message>
        <source>Model file %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo de modelo %1: %2</translation>
    </message>
    <message>
        <source>Model file %1 is too large to be a model (%2 bytes)</source>
        <translation>El archivo de modelo %1 es demasiado grande para ser un modelo (%2 bytes)</translation>
    </message>
    <message>
        <source>Model file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de modelo %1: %2</translation>
    </message>
    <message>
        <source>Model file %1 is not a readable zip archive (zip error %2)</source>
        <translation>El archivo de modelo %1 no es un archivo zip legible (error de zip %2)</translation>
    </message>
    <message>
        <source>Model file %1 has no %2 entry</source>
        <translation>El archivo de modelo %1 no contiene la entrada %2</translation>
    </message>
    <message>
        <source>The %1 entry of model file %2 cannot be read (zip error %3)</source>
        <translation>No se puede leer la entrada %1 del archivo de modelo %2 (error de zip %3)</translation>
    </message>
    <message>
        <source>Cannot delete the model file %1: %2</source>
        <translation>No se puede borrar el archivo de modelo %1: %2</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>the import settings name a column &quot;%1&quot;; the header has %2</source>
        <translation>los ajustes de importación indican una columna &quot;%1&quot;; el encabezado tiene %2</translation>
    </message>
    <message>
        <source>no column holds dates; expected a column such as fecha, date or datum (header: %1)</source>
        <translation>ninguna columna contiene fechas; se esperaba una columna como fecha, date o datum (encabezado: %1)</translation>
    </message>
    <message>
        <source>the quantity column &apos;%1&apos; was inferred from its numbers; check the totals, or name it in the import settings</source>
        <translation>la columna de cantidad &apos;%1&apos; se ha deducido por sus números; revisa los totales o indícala en los ajustes de importación</translation>
    </message>
    <message>
        <source>revenue was asked for but no column holds it; expected a column such as importe, total or revenue</source>
        <translation>se han pedido importes, pero ninguna columna los contiene; se esperaba una columna como importe, total o revenue</translation>
    </message>
    <message>
        <source>no quantity column, but &apos;%1&apos; holds amounts; set the measure to revenue, name the quantity column, or choose the layout line_per_unit in the import settings</source>
        <translation>no hay columna de cantidad, pero &apos;%1&apos; contiene importes; en los ajustes de importación, elige la medida revenue, indica la columna de cantidad o elige la disposición line_per_unit</translation>
    </message>
    <message>
        <source>the import settings name a product column &quot;%1&quot; that the header lacks</source>
        <translation>los ajustes de importación indican una columna de producto &quot;%1&quot; que no está en el encabezado</translation>
    </message>
    <message>
        <source>no column names products and no column holds quantities; expected a product column (producto, item, artikel...) or one numeric column per product</source>
        <translation>ninguna columna nombra productos ni contiene cantidades; se esperaba una columna de producto (producto, item, artikel...) o una columna numérica por producto</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Columna de fecha</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Columna de hora</translation>
    </message>
    <message>
        <source>Product column</source>
        <translation>Columna de producto</translation>
    </message>
    <message>
        <source>Quantity column</source>
        <translation>Columna de cantidad</translation>
    </message>
    <message>
        <source>Revenue column</source>
        <translation>Columna de ingresos</translation>
    </message>
    <message>
        <source>Price column</source>
        <translation>Columna de precio</translation>
    </message>
    <message>
        <source>Category column</source>
        <translation>Columna de categoría</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; (set by hand)</source>
        <translation>%1: &apos;%2&apos; (indicada a mano)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; (by its name)</source>
        <translation>%1: &apos;%2&apos; (por su nombre)</translation>
    </message>
    <message>
        <source>Date column: &apos;%1&apos; (inferred: its values are dates)</source>
        <translation>Columna de fecha: &apos;%1&apos; (deducida: sus valores son fechas)</translation>
    </message>
    <message numerus="yes">
        <source>Product column: &apos;%1&apos; (inferred: text with %n distinct value(s))</source>
        <translation>
            <numerusform>Columna de producto: &apos;%1&apos; (deducida: texto con %n valor distinto)</numerusform>
            <numerusform>Columna de producto: &apos;%1&apos; (deducida: texto con %n valores distintos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: price list (products and prices, no dates)</source>
        <translation>Estructura: lista de precios (productos y precios, sin fechas)</translation>
    </message>
    <message>
        <source>Quantity column: &apos;%1&apos; (inferred: its values are numbers)</source>
        <translation>Columna de cantidad: &apos;%1&apos; (deducida: sus valores son números)</translation>
    </message>
    <message>
        <source>Layout: long (one row per sale or per day and product)</source>
        <translation>Estructura: formato largo (una fila por venta o por día y producto)</translation>
    </message>
    <message>
        <source>Layout: one line per unit sold (no quantity column: lines are counted)</source>
        <translation>Estructura: una línea por unidad vendida (no hay columna de cantidad: se cuentan las líneas)</translation>
    </message>
    <message>
        <source>Layout: a single series (&apos;%1&apos; is the quantity) named &apos;%2&apos;</source>
        <translation>Estructura: una sola serie (&apos;%1&apos; es la cantidad) llamada &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Layout: wide, one column per product (%n product(s): %1)</source>
        <translation>
            <numerusform>Estructura: formato ancho, una columna por producto (%n producto: %1)</numerusform>
            <numerusform>Estructura: formato ancho, una columna por producto (%n productos: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Mean error (MAE)</source>
        <translation>Error medio (MAE)</translation>
    </message>
    <message>
        <source>Typical error, large misses weigh more (RMSE)</source>
        <translation>Error típico, los fallos grandes pesan más (RMSE)</translation>
    </message>
    <message>
        <source>Error as share of sales (WAPE)</source>
        <translation>Error respecto a las ventas (WAPE)</translation>
    </message>
    <message>
        <source>Average error per day (MAPE)</source>
        <translation>Error medio por día (MAPE)</translation>
    </message>
    <message>
        <source>Fit to the ups and downs (R²)</source>
        <translation>Ajuste a las subidas y bajadas (R²)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Days inside the forecast range</source>
        <translation>Días dentro del rango de la previsión</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unidades</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (deployed)</source>
        <translation>%1 (desplegada)</translation>
    </message>
    <message>
        <source>the recent days</source>
        <translation>los días recientes</translation>
    </message>
    <message numerus="yes">
        <source>the last %n day(s)</source>
        <translation>
            <numerusform>el último %n día</numerusform>
            <numerusform>los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>MAE %1 -&gt; %2 units, no change on %3</source>
        <translation>MAE %1 -&gt; %2 unidades, sin cambios en %3</translation>
    </message>
    <message>
        <source>MAE %1 -&gt; %2 units, %3 % better on %4</source>
        <translation>MAE %1 -&gt; %2 unidades, un %3 % mejor en %4</translation>
    </message>
    <message>
        <source>MAE %1 -&gt; %2 units, %3 % worse on %4</source>
        <translation>MAE %1 -&gt; %2 unidades, un %3 % peor en %4</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>la última %n semana</numerusform>
            <numerusform>las últimas %n semanas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CovariateImporter</name>
    <message>
        <source>the import could not be stored, nothing was written: %1</source>
        <translation>no se ha podido guardar la importación, no se ha escrito nada: %1</translation>
    </message>
</context>
<context>
    <name>CovariateStore</name>
    <message>
        <source>Cannot read stored %1</source>
        <translation>No se pueden leer los datos guardados de %1</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>No se puede registrar la importación</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>No se puede preparar la importación</translation>
    </message>
    <message>
        <source>Cannot store %1 &apos;%2&apos; of %3</source>
        <translation>No se puede guardar %1 &apos;%2&apos; del %3</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>No se puede confirmar la importación: %1</translation>
    </message>
    <message>
        <source>Cannot store event &apos;%1&apos;</source>
        <translation>No se puede guardar el evento &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CovariateTable</name>
    <message>
        <source>Dates: %1 (set by hand)</source>
        <translation>Fechas: %1 (indicado a mano)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2, so 01/02 could be 1 February or 2 January; set the date order (day first or month first) in the import settings</source>
        <translation>columna &apos;%1&apos;: %2, así que 01/02 podría ser el 1 de febrero o el 2 de enero; indica el orden de la fecha (primero el día o primero el mes) en los ajustes de importación</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2; expected one date format in the whole column</source>
        <translation>columna &apos;%1&apos;: %2; se esperaba un único formato de fecha en toda la columna</translation>
    </message>
    <message>
        <source>the import settings name the date column &apos;%1&apos;, which the header does not have</source>
        <translation>los ajustes de importación indican la columna de fecha &apos;%1&apos;, que no está en el encabezado</translation>
    </message>
    <message>
        <source>Date column: &apos;%1&apos; (set by hand)</source>
        <translation>Columna de fecha: &apos;%1&apos; (indicada a mano)</translation>
    </message>
    <message>
        <source>Date column: &apos;%1&apos; (by its name)</source>
        <translation>Columna de fecha: &apos;%1&apos; (por su nombre)</translation>
    </message>
    <message>
        <source>no column of dates; expected a %1 file with a date column (%2)</source>
        <translation>no hay columna de fechas; se esperaba un archivo de %1 con una columna de fecha (%2)</translation>
    </message>
    <message>
        <source>Date column: &apos;%1&apos; (inferred from its content)</source>
        <translation>Columna de fecha: &apos;%1&apos; (deducida de su contenido)</translation>
    </message>
    <message>
        <source>the file has no data rows; expected a header line and %1 rows</source>
        <translation>el archivo no tiene filas de datos; se esperaba una línea de encabezado y filas de %1</translation>
    </message>
    <message>
        <source>Numbers: decimal &apos;%1&apos; (set by hand)</source>
        <translation>Números: decimal &apos;%1&apos; (indicado a mano)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2; line skipped</source>
        <translation>se esperaban %1 campos, como en el encabezado, y hay %2; línea omitida</translation>
    </message>
    <message>
        <source>not a calendar date: &quot;%1&quot;; line skipped</source>
        <translation>no es una fecha del calendario: &quot;%1&quot;; línea omitida</translation>
    </message>
    <message>
        <source>expected a date, found &quot;%1&quot;; line skipped</source>
        <translation>se esperaba una fecha y hay &quot;%1&quot;; línea omitida</translation>
    </message>
    <message>
        <source>%1 of %2 lines could not be read (more than %3 %); check the import settings</source>
        <translation>no se han podido leer %1 de %2 líneas (más del %3 %); revisa los ajustes de importación</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>datos meteorológicos</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Fechas: %1</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>Números: %1</translation>
    </message>
</context>
<context>
    <name>Covariates</name>
    <message>
        <source>%1: %2 days missing (%3); the model needs it on every day, so it cannot predict these days</source>
        <translation>%1: faltan %2 días (%3); el modelo lo necesita todos los días, así que no puede prever estos días</translation>
    </message>
    <message>
        <source>%1: %2 days missing (%3); not used</source>
        <translation>%1: faltan %2 días (%3); no se usa</translation>
    </message>
    <message>
        <source>event %1: another prior scale than the model&apos;s holiday of that name; not used</source>
        <translation>evento %1: otra escala a priori que la del festivo del modelo con ese nombre; no se usa</translation>
    </message>
    <message>
        <source>%1: the model uses this name for its own terms; not used</source>
        <translation>%1: el modelo usa este nombre para sus propios términos; no se usa</translation>
    </message>
    <message>
        <source>%1: the same value on every day; not used</source>
        <translation>%1: el mismo valor todos los días; no se usa</translation>
    </message>
</context>
<context>
    <name>CrossValidation</name>
    <message>
        <source>the model could not be fitted: %1</source>
        <translation>no se ha podido ajustar el modelo: %1</translation>
    </message>
    <message>
        <source>fold with cutoff day %1 failed: %2</source>
        <translation>ha fallado el tramo con día de corte %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>unknown database error</source>
        <translation>error desconocido de la base de datos</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>No se puede usar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to WAL mode (journal mode is %2)</source>
        <translation>No se puede pasar la base de datos %1 al modo WAL (el modo de diario es %2)</translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>No se puede abrir %1: el controlador PostgreSQL de Qt (QPSQL, paquete de Debian libqt6sql6-psql) no está instalado</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <source>No database location given</source>
        <translation>No se ha indicado la ubicación de la base de datos</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a folder</source>
        <translation>No se puede abrir la base de datos %1: es una carpeta</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2</source>
        <translation>No se puede crear la carpeta %1 para la base de datos %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>No se puede iniciar una transacción en %1: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>No se puede bloquear %1: %2</translation>
    </message>
    <message>
        <source>cannot lock it: </source>
        <translation>no se puede bloquear: </translation>
    </message>
    <message>
        <source>cannot create schema_version: </source>
        <translation>no se puede crear schema_version: </translation>
    </message>
    <message>
        <source>cannot read schema_version</source>
        <translation>no se puede leer schema_version</translation>
    </message>
    <message>
        <source>Cannot migrate the database %1: %2</source>
        <translation>No se puede migrar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) of %3 failed: %4</source>
        <translation>Ha fallado la migración %1 (%2) de %3: %4</translation>
    </message>
</context>
<context>
    <name>DeployPolicy</name>
    <message>
        <source>deployed: no version of %1 was deployed yet</source>
        <translation>desplegada: todavía no había ninguna versión desplegada de %1</translation>
    </message>
    <message>
        <source>deployed: version %1 could not be scored on %2 (%3)</source>
        <translation>desplegada: la versión %1 no se ha podido evaluar en %2 (%3)</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>sin filas</translation>
    </message>
    <message>
        <source>as deployed</source>
        <translation>tal como está desplegada</translation>
    </message>
    <message>
        <source>refitted on the same rows</source>
        <translation>reajustada con las mismas filas</translation>
    </message>
    <message>
        <source>deployed: MAE %1 matches or beats version %2&apos;s %3 (%4) on %5; ties go to the newer version</source>
        <translation>desplegada: MAE %1 igual o mejor que el %3 de la versión %2 (%4) en %5; en caso de empate gana la versión más nueva</translation>
    </message>
    <message>
        <source>kept version %2: its MAE %3 (%4) is better than the new %1 on %5; ties go to the newer version</source>
        <translation>se mantiene la versión %2: su MAE %3 (%4) es mejor que el %1 de la nueva en %5; en caso de empate gana la versión más nueva</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Cannot record the event</source>
        <translation>No se puede registrar el evento</translation>
    </message>
</context>
<context>
    <name>EventsPass</name>
    <message>
        <source>Event name column: &apos;%1&apos; (inferred from its content)</source>
        <translation>Columna del nombre del evento: &apos;%1&apos; (deducida de su contenido)</translation>
    </message>
    <message>
        <source>Event name column: &apos;%1&apos;</source>
        <translation>Columna del nombre del evento: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; -&gt; %2</source>
        <translation>Columna &apos;%1&apos; -&gt; %2</translation>
    </message>
    <message>
        <source>no column with the events&apos; names; expected a column such as evento/event/name/holiday/festivo</source>
        <translation>no hay columna con los nombres de los eventos; se esperaba una columna como evento/event/name/holiday/festivo</translation>
    </message>
    <message>
        <source>expected an event name, found an empty cell; line skipped</source>
        <translation>se esperaba el nombre de un evento y la celda está vacía; línea omitida</translation>
    </message>
    <message>
        <source>expected a name without &quot;_delim_&quot;; line skipped</source>
        <translation>se esperaba un nombre sin &quot;_delim_&quot;; línea omitida</translation>
    </message>
    <message>
        <source>expected a whole number of days%1 up to %2, found &quot;%3&quot;; line skipped</source>
        <translation>se esperaba un número entero de días%1 hasta %2 y hay &quot;%3&quot;; línea omitida</translation>
    </message>
    <message>
        <source>expected a number &gt; 0, found &quot;%1&quot;; line skipped</source>
        <translation>se esperaba un número &gt; 0 y hay &quot;%1&quot;; línea omitida</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;: expected the prior scale of line %2 (one per event name), found &quot;%3&quot;</source>
        <translation>evento &quot;%1&quot;: se esperaba la escala a priori de la línea %2 (una por nombre de evento) y hay &quot;%3&quot;</translation>
    </message>
    <message>
        <source>event &quot;%1&quot; on this day appears earlier; the first is kept</source>
        <translation>el evento &quot;%1&quot; de este día aparece antes; se conserva el primero</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: positive values read as days before the event (2 -&gt; lower_window -2)</source>
        <translation>Columna &apos;%1&apos;: los valores positivos se leen como días antes del evento (2 -&gt; lower_window -2)</translation>
    </message>
    <message>
        <source>no line holds an event; expected at least one</source>
        <translation>ninguna línea contiene un evento; se esperaba al menos uno</translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <source>the series has fewer than 2 rows with a value</source>
        <translation>la serie tiene menos de 2 filas con valor</translation>
    </message>
    <message>
        <source>regressor &apos;%1&apos; has a missing value</source>
        <translation>al regresor &apos;%1&apos; le falta un valor</translation>
    </message>
    <message>
        <source>the optimiser failed</source>
        <translation>ha fallado el optimizador</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
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
    <message>
        <source>Bakery-IA Trainer</source>
        <translation>Bakery-IA Trainer</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>No se puede abrir la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>HoldoutRun</name>
    <message>
        <source>future days need regressor and cap values; give them as rows instead</source>
        <translation>los días futuros necesitan valores de los regresores y de cap; indícalos como filas</translation>
    </message>
    <message>
        <source>the model could not be fitted: %1</source>
        <translation>no se ha podido ajustar el modelo: %1</translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a text value</source>
        <translation>&quot;%1&quot;: se esperaba un texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected one of %2, found &quot;%3&quot;</source>
        <translation>&quot;%1&quot;: se esperaba uno de %2 y hay &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a list of texts</source>
        <translation>&quot;%1&quot;: se esperaba una lista de textos</translation>
    </message>
    <message>
        <source>&quot;layout&quot;: expected auto, long, line_per_unit, wide or price_list, found &quot;%1&quot;</source>
        <translation>&quot;layout&quot;: se esperaba auto, long, line_per_unit, wide o price_list y hay &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;measure&quot;: expected units or revenue, found &quot;%1&quot;</source>
        <translation>&quot;measure&quot;: se esperaba units o revenue y hay &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;max_unparsable_share&quot;: expected a number from 0 to 1</source>
        <translation>&quot;max_unparsable_share&quot;: se esperaba un número de 0 a 1</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>ajuste desconocido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>IssueLog</name>
    <message>
        <source>... and %1 more issues like the ones above (%2)</source>
        <translation>... y %1 incidencias más como las anteriores (%2)</translation>
    </message>
</context>
<context>
    <name>JobLogs</name>
    <message>
        <source>Cannot write the training log</source>
        <translation>No se puede escribir el registro del entrenamiento</translation>
    </message>
    <message>
        <source>Cannot record progress</source>
        <translation>No se puede registrar el progreso</translation>
    </message>
    <message>
        <source>Cannot cancel</source>
        <translation>No se puede cancelar</translation>
    </message>
    <message>
        <source>Job %1 is not pending or running</source>
        <translation>El trabajo %1 no está pendiente ni en curso</translation>
    </message>
    <message>
        <source>Cannot stop the job&apos;s products</source>
        <translation>No se pueden detener los productos del trabajo</translation>
    </message>
    <message>
        <source>Cannot hand the job&apos;s products back</source>
        <translation>No se pueden devolver los productos del trabajo</translation>
    </message>
    <message>
        <source>Cannot hand the job back</source>
        <translation>No se puede devolver el trabajo</translation>
    </message>
    <message>
        <source>Cannot finish the job</source>
        <translation>No se puede terminar el trabajo</translation>
    </message>
    <message>
        <source>Cannot read running jobs</source>
        <translation>No se pueden leer los trabajos en curso</translation>
    </message>
    <message>
        <source>Training was interrupted: the program stopped while the job ran. Products trained before that keep their new versions; the others can be retried.</source>
        <translation>El entrenamiento se interrumpió: el programa se detuvo mientras se ejecutaba el trabajo. Los productos entrenados antes conservan sus versiones nuevas; los demás se pueden reintentar.</translation>
    </message>
    <message>
        <source>Cannot recover the job</source>
        <translation>No se puede recuperar el trabajo</translation>
    </message>
    <message>
        <source>Cannot recover products</source>
        <translation>No se pueden recuperar los productos</translation>
    </message>
    <message>
        <source>Cannot read running products</source>
        <translation>No se pueden leer los productos en curso</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot read products</source>
        <translation>No se pueden leer los productos</translation>
    </message>
    <message>
        <source>Unknown product: %1</source>
        <translation>Producto desconocido: %1</translation>
    </message>
    <message>
        <source>Cannot read jobs</source>
        <translation>No se pueden leer los trabajos</translation>
    </message>
    <message>
        <source>Job %1 was already retried as job %2</source>
        <translation>El trabajo %1 ya se reintentó como trabajo %2</translation>
    </message>
    <message>
        <source>Cannot queue the job</source>
        <translation>No se puede poner el trabajo en la cola</translation>
    </message>
    <message>
        <source>Cannot read the queue</source>
        <translation>No se puede leer la cola</translation>
    </message>
    <message>
        <source>Cannot start the job</source>
        <translation>No se puede iniciar el trabajo</translation>
    </message>
    <message>
        <source>Cannot list products</source>
        <translation>No se pueden enumerar los productos</translation>
    </message>
    <message>
        <source>Cannot count products</source>
        <translation>No se pueden contar los productos</translation>
    </message>
    <message>
        <source>Cannot read the job&apos;s products</source>
        <translation>No se pueden leer los productos del trabajo</translation>
    </message>
    <message>
        <source>Cannot claim a product</source>
        <translation>No se puede reservar un producto</translation>
    </message>
    <message>
        <source>Cannot record the product&apos;s result</source>
        <translation>No se puede registrar el resultado del producto</translation>
    </message>
    <message>
        <source>%1 was abandoned while it trained</source>
        <translation>%1 se abandonó mientras se entrenaba</translation>
    </message>
</context>
<context>
    <name>JobSummary</name>
    <message>
        <source>Retry the job for the remaining products, or raise MAX_TRAINING_TIME_MINUTES.</source>
        <translation>Reintenta el trabajo para los productos que faltan o aumenta MAX_TRAINING_TIME_MINUTES.</translation>
    </message>
    <message>
        <source>Retry the job: products trained before the interruption keep their versions.</source>
        <translation>Reintenta el trabajo: los productos entrenados antes de la interrupción conservan sus versiones.</translation>
    </message>
    <message>
        <source>Import sales history, then train again.</source>
        <translation>Importa el historial de ventas y vuelve a entrenar.</translation>
    </message>
    <message>
        <source>Read each product&apos;s reason in the job log; most often more sales history is needed.</source>
        <translation>Lee el motivo de cada producto en el registro del trabajo; casi siempre hace falta más historial de ventas.</translation>
    </message>
    <message>
        <source>Start the training again when convenient.</source>
        <translation>Vuelve a iniciar el entrenamiento cuando te venga bien.</translation>
    </message>
</context>
<context>
    <name>ModelJson</name>
    <message>
        <source>damaged model document: %1</source>
        <translation>documento de modelo dañado: %1</translation>
    </message>
    <message>
        <source>the model was made with other holiday rules (%1); retrain it</source>
        <translation>el modelo se creó con otras reglas de festivos (%1); vuelve a entrenarlo</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>no es JSON: %1</translation>
    </message>
    <message>
        <source>not a forecast model document</source>
        <translation>no es un documento de modelo de previsión</translation>
    </message>
    <message>
        <source>unsupported model schema version %1</source>
        <translation>versión de esquema de modelo no admitida: %1</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>Cannot register the model</source>
        <translation>No se puede registrar el modelo</translation>
    </message>
    <message>
        <source>Cannot record the model&apos;s metrics</source>
        <translation>No se pueden registrar las métricas del modelo</translation>
    </message>
    <message>
        <source>Cannot record the model&apos;s artifact</source>
        <translation>No se puede registrar el archivo del modelo</translation>
    </message>
    <message>
        <source>Cannot read the deployed version</source>
        <translation>No se puede leer la versión desplegada</translation>
    </message>
    <message>
        <source>Cannot read the version</source>
        <translation>No se puede leer la versión</translation>
    </message>
    <message>
        <source>Model %1 is not a version of this product</source>
        <translation>El modelo %1 no es una versión de este producto</translation>
    </message>
    <message>
        <source>Cannot undeploy</source>
        <translation>No se puede retirar la versión desplegada</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>No se puede desplegar</translation>
    </message>
    <message>
        <source>Cannot record the deployment</source>
        <translation>No se puede registrar el despliegue</translation>
    </message>
    <message>
        <source>No model version with id %1</source>
        <translation>No hay ninguna versión de modelo con id %1</translation>
    </message>
    <message>
        <source>%1 has no deployed model to roll back</source>
        <translation>%1 no tiene ningún modelo desplegado que revertir</translation>
    </message>
    <message>
        <source>%1 has no earlier deployed version to roll back to</source>
        <translation>%1 no tiene ninguna versión desplegada anterior a la que volver</translation>
    </message>
</context>
<context>
    <name>ModelRegistryRows</name>
    <message>
        <source>Cannot read artifacts</source>
        <translation>No se pueden leer los archivos de modelo</translation>
    </message>
    <message>
        <source>No model version with id %1</source>
        <translation>No hay ninguna versión de modelo con id %1</translation>
    </message>
    <message>
        <source>Cannot remove an old version</source>
        <translation>No se puede eliminar una versión antigua</translation>
    </message>
</context>
<context>
    <name>ProductForecast</name>
    <message>
        <source>Mondays</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>sábados</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>domingos</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Weekly pattern</source>
        <translation>Estacionalidad semanal</translation>
    </message>
    <message>
        <source>Yearly pattern</source>
        <translation>Estacionalidad anual</translation>
    </message>
    <message>
        <source>Daily pattern</source>
        <translation>Estacionalidad diaria</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>Lluvia</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Humedad</translation>
    </message>
    <message>
        <source>The underlying level goes from %1 to %2 a day (%3 %) over this period.</source>
        <translation>El nivel de base pasa de %1 a %2 al día (%3 %) en este periodo.</translation>
    </message>
    <message>
        <source>%1 sell %2 % more than average, %3 %4 % less.</source>
        <translation>Los %1 venden un %2 % más que la media; los %3, un %4 % menos.</translation>
    </message>
    <message>
        <source>%1 sells %2 % more than the yearly average, %3 %4 % less.</source>
        <translation>En %1 se vende un %2 % más que la media anual; en %3, un %4 % menos.</translation>
    </message>
    <message>
        <source>On holidays you sell %1 % more on average.</source>
        <translation>Los festivos vendes de media un %1 % más.</translation>
    </message>
    <message>
        <source>On holidays you sell %1 % less on average.</source>
        <translation>Los festivos vendes de media un %1 % menos.</translation>
    </message>
    <message>
        <source>%1 moves sales from %2 % to %3 % against an average day.</source>
        <translation>%1: las ventas varían entre un %2 % y un %3 % respecto a un día medio.</translation>
    </message>
    <message>
        <source>There is no product called &quot;%1&quot;.</source>
        <translation>No hay ningún producto llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the deployed model: %1</source>
        <translation>No se puede leer el modelo desplegado: %1</translation>
    </message>
    <message>
        <source>Weather data ends on %1: the forecast shows %2 of %3 days ahead.</source>
        <translation>Los datos del tiempo terminan el %1: la previsión muestra %2 de los %3 días siguientes.</translation>
    </message>
    <message>
        <source>The deployed version cannot predict these days: %1</source>
        <translation>La versión desplegada no puede prever estos días: %1</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Product requires minimum %1 days of sales data. Currently: %2 days.</source>
        <translation>El producto necesita como mínimo %1 días de datos de ventas. Ahora tiene: %2 días.</translation>
    </message>
</context>
<context>
    <name>RecordPass</name>
    <message>
        <source>the last line has %1 of %2 fields and no line break; the file seems cut short (expected a complete last line)</source>
        <translation>la última línea tiene %1 de %2 campos y ningún salto de línea; parece que el archivo está cortado (se esperaba una última línea completa)</translation>
    </message>
    <message>
        <source>text after the closing quote was ignored; expected a delimiter right after a quoted field</source>
        <translation>se ha ignorado el texto que sigue a las comillas de cierre; se esperaba un separador justo después de un campo entre comillas</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2; line skipped</source>
        <translation>se esperaban %1 campos, como en el encabezado, y hay %2; línea omitida</translation>
    </message>
    <message>
        <source>not a calendar date: &quot;%1&quot;; line skipped</source>
        <translation>no es una fecha del calendario: &quot;%1&quot;; línea omitida</translation>
    </message>
    <message>
        <source>expected a date, found &quot;%1&quot;; line skipped</source>
        <translation>se esperaba una fecha y hay &quot;%1&quot;; línea omitida</translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;; cell left out</source>
        <translation>se esperaba un número y hay &quot;%1&quot;; celda descartada</translation>
    </message>
    <message>
        <source>no value; day left out</source>
        <translation>sin valor; día descartado</translation>
    </message>
    <message>
        <source>negative value %1 (a return?); kept</source>
        <translation>valor negativo %1 (¿una devolución?); se conserva</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product; line skipped</source>
        <translation>&quot;%1&quot; no es un producto; línea omitida</translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;; line skipped</source>
        <translation>se esperaba un número y hay &quot;%1&quot;; línea omitida</translation>
    </message>
    <message>
        <source>negative quantity %1 (a return?); kept</source>
        <translation>cantidad negativa %1 (¿una devolución?); se conserva</translation>
    </message>
    <message>
        <source>the same as an earlier line; kept (a real repeat sale?)</source>
        <translation>igual que una línea anterior; se conserva (¿una venta repetida de verdad?)</translation>
    </message>
    <message>
        <source>%1 empty lines (or lines of empty fields) were ignored</source>
        <translation>se han ignorado %1 líneas vacías (o con todos los campos vacíos)</translation>
    </message>
    <message>
        <source>%1 lines have dates after today; kept</source>
        <translation>%1 líneas tienen fechas posteriores a hoy; se conservan</translation>
    </message>
    <message>
        <source>%1 of %2 cells could not be read as numbers (more than %3 %); expected one number per product column, check the import settings</source>
        <translation>no se han podido leer como números %1 de %2 celdas (más del %3 %); se esperaba un número por columna de producto, revisa los ajustes de importación</translation>
    </message>
    <message>
        <source>%1 of %2 lines could not be read (more than %3 %); expected a sales file in the detected format, check the import settings</source>
        <translation>no se han podido leer %1 de %2 líneas (más del %3 %); se esperaba un archivo de ventas con el formato detectado, revisa los ajustes de importación</translation>
    </message>
    <message>
        <source>product &quot;%1&quot; has no sales in this file; left out</source>
        <translation>el producto &quot;%1&quot; no tiene ventas en este archivo; se descarta</translation>
    </message>
    <message>
        <source>no line holds a sale; expected at least one day with sales</source>
        <translation>ninguna línea contiene una venta; se esperaba al menos un día con ventas</translation>
    </message>
    <message>
        <source>too few fields; line skipped</source>
        <translation>faltan campos; línea omitida</translation>
    </message>
    <message>
        <source>expected a price, found &quot;%1&quot;; line skipped</source>
        <translation>se esperaba un precio y hay &quot;%1&quot;; línea omitida</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %n day(s) far from the usual for their weekday (first: %2 on %3); kept and flagged for training</source>
        <translation>
            <numerusform>&quot;%1&quot;: %n día muy alejado de lo habitual para su día de la semana (el primero: %2 el %3); se conserva y se marca para el entrenamiento</numerusform>
            <numerusform>&quot;%1&quot;: %n días muy alejados de lo habitual para su día de la semana (el primero: %2 el %3); se conservan y se marcan para el entrenamiento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot read artifacts: %1</source>
        <translation>No se pueden leer los archivos de modelo: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>No se pueden confirmar los cambios: %1</translation>
    </message>
</context>
<context>
    <name>ResultWriter</name>
    <message>
        <source>Cannot read the deployed version: %1</source>
        <translation>No se puede leer la versión desplegada: %1</translation>
    </message>
    <message>
        <source>Check that the database %1 is reachable and writable, then retry.</source>
        <translation>Comprueba que la base de datos %1 está accesible y se puede escribir en ella, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>auto-deploy is off</source>
        <translation>el despliegue automático está desactivado</translation>
    </message>
    <message>
        <source>identical to version %1; stored once</source>
        <translation>idéntica a la versión %1; se guarda una sola vez</translation>
    </message>
    <message>
        <source>version %1%2</source>
        <translation>versión %1%2</translation>
    </message>
    <message>
        <source>, deployed</source>
        <translation>, desplegada</translation>
    </message>
</context>
<context>
    <name>RetrainSchedule</name>
    <message>
        <source>Cannot read the training schedule</source>
        <translation>No se puede leer la programación del entrenamiento</translation>
    </message>
    <message>
        <source>Cannot read the trained models</source>
        <translation>No se pueden leer los modelos entrenados</translation>
    </message>
    <message>
        <source>Cannot record the scheduled run: no valid time given</source>
        <translation>No se puede registrar la ejecución programada: no se ha indicado una hora válida</translation>
    </message>
    <message>
        <source>Cannot record the scheduled run</source>
        <translation>No se puede registrar la ejecución programada</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>No se pueden confirmar los cambios: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2; expected a day and an hour, e.g. &quot;sunday 03:00&quot;, &quot;dom 3&quot; or &quot;7 03:00&quot;</source>
        <translation>&quot;%1&quot;: %2; se esperaba un día y una hora, p. ej. &quot;sunday 03:00&quot;, &quot;dom 3&quot; o &quot;7 03:00&quot;</translation>
    </message>
    <message>
        <source>not two parts</source>
        <translation>no tiene dos partes</translation>
    </message>
    <message>
        <source>unknown day &quot;%1&quot;</source>
        <translation>día desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable hour &quot;%1&quot;</source>
        <translation>hora ilegible &quot;%1&quot;</translation>
    </message>
    <message>
        <source>hour %1 is not 0..23</source>
        <translation>la hora %1 no está entre 0 y 23</translation>
    </message>
    <message>
        <source>the schedule runs on the hour (minutes must be 00)</source>
        <translation>la programación se ejecuta a la hora en punto (los minutos deben ser 00)</translation>
    </message>
</context>
<context>
    <name>SalesImporter</name>
    <message>
        <source>the import could not be stored, nothing was written: %1</source>
        <translation>no se ha podido guardar la importación, no se ha escrito nada: %1</translation>
    </message>
    <message>
        <source>the file has only blank lines; expected a header line and sales rows</source>
        <translation>el archivo solo tiene líneas en blanco; se esperaba una línea de encabezado y filas de ventas</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>el archivo tiene encabezado pero ninguna fila de datos</translation>
    </message>
    <message>
        <source>this line uses another delimiter than the header; expected every line to separate its fields the same way</source>
        <translation>esta línea usa un separador distinto del encabezado; se esperaba que todas las líneas separasen sus campos de la misma forma</translation>
    </message>
    <message>
        <source>%1; set the decimal mark (&apos;,&apos; or &apos;.&apos;) in the import settings</source>
        <translation>%1; indica la marca decimal (&apos;,&apos; o &apos;.&apos;) en los ajustes de importación</translation>
    </message>
    <message>
        <source>Numbers: decimal &apos;%1&apos; (set by hand)</source>
        <translation>Números: decimal &apos;%1&apos; (indicado a mano)</translation>
    </message>
    <message>
        <source>Dates: %1 (set by hand)</source>
        <translation>Fechas: %1 (indicado a mano)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2, so 01/02 could be 1 February or 2 January; set the date order (day first or month first) in the import settings</source>
        <translation>columna &apos;%1&apos;: %2, así que 01/02 podría ser el 1 de febrero o el 2 de enero; indica el orden de la fecha (primero el día o primero el mes) en los ajustes de importación</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2; expected one date format in the whole column</source>
        <translation>columna &apos;%1&apos;: %2; se esperaba un único formato de fecha en toda la columna</translation>
    </message>
    <message>
        <source>numeric cells of the workbook</source>
        <translation>celdas numéricas del libro</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>Números: %1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Fechas: %1</translation>
    </message>
</context>
<context>
    <name>SalesStore</name>
    <message>
        <source>Cannot read stored days</source>
        <translation>No se pueden leer los días guardados</translation>
    </message>
    <message>
        <source>Cannot read products</source>
        <translation>No se pueden leer los productos</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>No se puede preparar la importación</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>No se puede registrar la importación</translation>
    </message>
    <message>
        <source>Cannot store product &apos;%1&apos;</source>
        <translation>No se puede guardar el producto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot update product &apos;%1&apos;</source>
        <translation>No se puede actualizar el producto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot read the measure of &apos;%1&apos;</source>
        <translation>No se puede leer la medida de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot store the sales of &apos;%1&apos;</source>
        <translation>No se pueden guardar las ventas de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>No se puede confirmar la importación: %1</translation>
    </message>
</context>
<context>
    <name>SeriesCsvReader</name>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1: no se puede abrir el archivo (%2)</translation>
    </message>
    <message>
        <source>the file is empty; expected a header with columns ds and y</source>
        <translation>el archivo está vacío; se esperaba un encabezado con las columnas ds e y</translation>
    </message>
    <message>
        <source>expected a header with columns ds and y, found &quot;%1&quot;</source>
        <translation>se esperaba un encabezado con las columnas ds e y y hay &quot;%1&quot;</translation>
    </message>
    <message>
        <source>header column %1 has no name</source>
        <translation>la columna %1 del encabezado no tiene nombre</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>la columna &apos;%1&apos; aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>se esperaban %1 columnas y hay %2</translation>
    </message>
    <message>
        <source>column &apos;ds&apos;: expected a date YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>columna &apos;ds&apos;: se esperaba una fecha AAAA-MM-DD y hay &quot;%1&quot;</translation>
    </message>
    <message>
        <source>column &apos;ds&apos;: duplicate date %1</source>
        <translation>columna &apos;ds&apos;: fecha repetida %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: expected a number, found &quot;%2&quot;</source>
        <translation>columna &apos;%1&apos;: se esperaba un número y hay &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected at least 2 data rows, found %1</source>
        <translation>se esperaban al menos 2 filas de datos y hay %1</translation>
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
    <message>
        <source>How many training jobs run at the same time.</source>
        <translation>Cuántos trabajos de entrenamiento se ejecutan a la vez.</translation>
    </message>
    <message>
        <source>true or false (also yes/no, on/off, 1/0)</source>
        <translation>true o false (también yes/no, on/off, 1/0)</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>a number %1 %2 and %3 %4</source>
        <translation>un número %1 %2 y %3 %4</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>mayor que</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>como mínimo</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>menor que</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de estos: %1</translation>
    </message>
    <message>
        <source>a non-empty text</source>
        <translation>un texto no vacío</translation>
    </message>
    <message>
        <source>a file path, sqlite:///absolute/path.db or postgresql://user:password@host:port/database</source>
        <translation>una ruta de archivo, sqlite:///ruta/absoluta.db o postgresql://usuario:contraseña@servidor:puerto/basededatos</translation>
    </message>
    <message>
        <source>a folder path (empty for the default)</source>
        <translation>una ruta de carpeta (vacía para la predeterminada)</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>el valor predeterminado</translation>
    </message>
    <message>
        <source>%1=%2: expected %3</source>
        <translation>%1=%2: se esperaba %3</translation>
    </message>
    <message>
        <source>%1=%2 (%3): expected %4; using %5</source>
        <translation>%1=%2 (%3): se esperaba %4; se usa %5</translation>
    </message>
    <message>
        <source>%1: not a readable settings file; ignored</source>
        <translation>%1: no es un archivo de ajustes legible; se ignora</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>%1 (%2): unknown setting; ignored</source>
        <translation>%1 (%2): ajuste desconocido; se ignora</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: the settings file cannot be written</source>
        <translation>%1: no se puede escribir el archivo de ajustes</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>ajuste desconocido %1</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Cannot commit: %1</source>
        <translation>No se pueden confirmar los cambios: %1</translation>
    </message>
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>a quoted field opens here and is never closed; expected a closing &quot; before the end of the file</source>
        <translation>aquí se abre un campo entre comillas que nunca se cierra; se esperaba unas comillas &quot; de cierre antes del final del archivo</translation>
    </message>
    <message>
        <source>a record longer than %1 bytes; expected lines of a sales file (is this really a CSV file?)</source>
        <translation>un registro de más de %1 bytes; se esperaban líneas de un archivo de ventas (¿es de verdad un archivo CSV?)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line and sales rows</source>
        <translation>el archivo está vacío; se esperaba una línea de encabezado y filas de ventas</translation>
    </message>
    <message>
        <source>Delimiter: %1%2</source>
        <translation>Separador: %1%2</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (detectado)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>Encoding: %1%2</source>
        <translation>Codificación: %1%2</translation>
    </message>
    <message>
        <source> (detected)</source>
        <comment>encoding</comment>
        <translation> (detectada)</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file is UTF-16 text; expected UTF-8 or Windows-1252 (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>el archivo es texto UTF-16; se esperaba UTF-8 o Windows-1252 (guárdalo como &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL bytes); expected a CSV or XLSX file</source>
        <translation>el archivo no es de texto (contiene bytes NUL); se esperaba un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8; expected UTF-8 text as the import settings say</source>
        <translation>el byte 0x%1 no es UTF-8 válido; se esperaba texto UTF-8, como indican los ajustes de importación</translation>
    </message>
    <message>
        <source>byte 0x%1 is neither UTF-8 nor Windows-1252 text; expected a text file in one of those</source>
        <translation>el byte 0x%1 no es texto UTF-8 ni Windows-1252; se esperaba un archivo de texto en una de esas codificaciones</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
</context>
<context>
    <name>TrainingPipeline</name>
    <message>
        <source>Import at least %1 days of sales for %2, then train again.</source>
        <translation>Importa al menos %1 días de ventas de %2 y vuelve a entrenar.</translation>
    </message>
    <message>
        <source>Holding out %1 days leaves too little history to evaluate.</source>
        <translation>Al reservar %1 días queda demasiado poco historial para evaluar.</translation>
    </message>
    <message>
        <source>Import more sales history for %1.</source>
        <translation>Importa más historial de ventas de %1.</translation>
    </message>
    <message>
        <source>Check %1&apos;s sales for unusual values, or change the model settings, then retry.</source>
        <translation>Revisa si las ventas de %1 tienen valores raros o cambia los ajustes del modelo, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check %1&apos;s sales for unusual values, then retry.</source>
        <translation>Revisa si las ventas de %1 tienen valores raros y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>TrainingRunner</name>
    <message numerus="yes">
        <source>%n days of sales</source>
        <translation>
            <numerusform>%n día de ventas</numerusform>
            <numerusform>%n días de ventas</numerusform>
        </translation>
    </message>
    <message>
        <source>sales and settings unchanged since its latest model</source>
        <translation>ventas y ajustes sin cambios desde su último modelo</translation>
    </message>
    <message>
        <source>Cancelled. Products trained before keep their new versions.</source>
        <translation>Cancelado. Los productos ya entrenados conservan sus versiones nuevas.</translation>
    </message>
    <message>
        <source>Stopped after %1 minutes (MAX_TRAINING_TIME_MINUTES). Products trained before keep their new versions; retry the job for the rest, or raise the limit.</source>
        <translation>Detenido tras %1 minutos (MAX_TRAINING_TIME_MINUTES). Los productos ya entrenados conservan sus versiones nuevas; reintenta el trabajo para los demás o aumenta el límite.</translation>
    </message>
    <message>
        <source>There are no products to train: import sales history first.</source>
        <translation>No hay productos que entrenar: primero importa el historial de ventas.</translation>
    </message>
    <message>
        <source>No product could be trained.</source>
        <translation>No se ha podido entrenar ningún producto.</translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>%1 values like 1.500 or 1,500 read both as thousands and as three decimals</source>
        <translation>%1 valores como 1.500 o 1,500 se pueden leer como miles y como tres decimales</translation>
    </message>
    <message>
        <source>some dates have a day above 12 first, others second</source>
        <translation>unas fechas tienen primero un día mayor que 12 y otras en segundo lugar</translation>
    </message>
    <message>
        <source>every date reads both day-first and month-first (no field above 12)</source>
        <translation>todas las fechas se pueden leer con el día primero y con el mes primero (ningún campo mayor que 12)</translation>
    </message>
    <message numerus="yes">
        <source>decimal comma (%n value(s) like 12,5)</source>
        <translation>
            <numerusform>coma decimal (%n valor como 12,5)</numerusform>
            <numerusform>coma decimal (%n valores como 12,5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decimal point (%n value(s) like 12.5)</source>
        <translation>
            <numerusform>punto decimal (%n valor como 12.5)</numerusform>
            <numerusform>punto decimal (%n valores como 12.5)</numerusform>
        </translation>
    </message>
    <message>
        <source>decimal point (no decimals seen)</source>
        <translation>punto decimal (ningún valor con decimales)</translation>
    </message>
    <message>
        <source>year first (ISO, YYYY-MM-DD)</source>
        <translation>primero el año (ISO, AAAA-MM-DD)</translation>
    </message>
    <message numerus="yes">
        <source>day first (%n date(s) with a first field above 12)</source>
        <translation>
            <numerusform>primero el día (%n fecha con el primer campo mayor que 12)</numerusform>
            <numerusform>primero el día (%n fechas con el primer campo mayor que 12)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month first (%n date(s) with a second field above 12)</source>
        <translation>
            <numerusform>primero el mes (%n fecha con el segundo campo mayor que 12)</numerusform>
            <numerusform>primero el mes (%n fechas con el segundo campo mayor que 12)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionComparison</name>
    <message>
        <source>version %1 (id %2)</source>
        <translation>versión %1 (id %2)</translation>
    </message>
    <message>
        <source>Cannot read the model of %1: %2</source>
        <translation>No se puede leer el modelo de la %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot predict %2..%3: %4</source>
        <translation>La %1 no puede prever %2..%3: %4</translation>
    </message>
    <message>
        <source>The comparison window must be at least one day (got %1)</source>
        <translation>El periodo de comparación debe ser de al menos un día (se ha indicado %1)</translation>
    </message>
    <message>
        <source>%1 is a model of %2 and %3 one of %4: only versions of the same product can be compared</source>
        <translation>La %1 es un modelo de %2 y la %3, de %4: solo se pueden comparar versiones del mismo producto</translation>
    </message>
    <message>
        <source>%1 has no stored sales to compare the versions on</source>
        <translation>%1 no tiene ventas guardadas con las que comparar las versiones</translation>
    </message>
</context>
<context>
    <name>WeatherPass</name>
    <message>
        <source>Column &apos;%1&apos; ignored: not a numeric covariate</source>
        <translation>Columna &apos;%1&apos; ignorada: no es una covariable numérica</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; ignored: constant</source>
        <translation>Columna &apos;%1&apos; ignorada: es constante</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; -&gt; covariate &apos;%2&apos;%3</source>
        <translation>Columna &apos;%1&apos; -&gt; covariable &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source> (other)</source>
        <translation> (otra)</translation>
    </message>
    <message>
        <source>Columns ignored: %1 (identifiers, places, times of day or set in the import settings)</source>
        <translation>Columnas ignoradas: %1 (identificadores, lugares, horas del día o indicadas en los ajustes de importación)</translation>
    </message>
    <message>
        <source>the same line appears earlier; skipped so that precipitation is not counted twice</source>
        <translation>la misma línea aparece antes; se omite para no contar dos veces la precipitación</translation>
    </message>
    <message>
        <source>expected a number, found &quot;%1&quot;; cell left out</source>
        <translation>se esperaba un número y hay &quot;%1&quot;; celda descartada</translation>
    </message>
    <message>
        <source>%1 lines have a date but no weather value; skipped</source>
        <translation>%1 líneas tienen fecha pero ningún dato meteorológico; se omiten</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2 &apos;Ip&apos; (inappreciable, &lt; 0.1 mm) values read as 0</source>
        <translation>columna &apos;%1&apos;: %2 valores &apos;Ip&apos; (inapreciable, &lt; 0,1 mm) leídos como 0</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2 of %3 values are not numbers (more than %4 %); expected %5 values, check the column and the decimal mark</source>
        <translation>columna &apos;%1&apos;: %2 de %3 valores no son números (más del %4 %); se esperaban valores de %5, revisa la columna y la marca decimal</translation>
    </message>
    <message>
        <source>no line holds a weather value; expected at least one day</source>
        <translation>ninguna línea contiene un dato meteorológico; se esperaba al menos un día</translation>
    </message>
    <message>
        <source>Several rows per day (usually %1, up to %2): temperature and other covariates averaged, precipitation summed</source>
        <translation>Varias filas por día (normalmente %1, hasta %2): se hace la media de la temperatura y las demás covariables y se suma la precipitación</translation>
    </message>
    <message>
        <source>%1 has %2 rows where most days have %3; its daily values cover only part of the day</source>
        <translation>%1 tiene %2 filas cuando la mayoría de los días tienen %3; sus valores diarios solo cubren parte del día</translation>
    </message>
    <message>
        <source>no numeric weather column; expected columns such as temperatura/temperature/tmed and precipitacion/rain/prec</source>
        <translation>no hay ninguna columna numérica de datos meteorológicos; se esperaban columnas como temperatura/temperature/tmed y precipitacion/rain/prec</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the model folder %1 (MODEL_STORAGE_PATH)</source>
        <translation>No se puede crear la carpeta de modelos %1 (MODEL_STORAGE_PATH)</translation>
    </message>
</context>
<context>
    <name>XlsxParts</name>
    <message>
        <source>a &lt;sheet&gt; has no name</source>
        <translation>un &lt;sheet&gt; no tiene nombre</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>corrupt or truncated zip archive: entry %1 cannot be read</source>
        <translation>archivo zip dañado o incompleto: no se puede leer la entrada %1</translation>
    </message>
    <message>
        <source>entry %1 is too large: %2 bytes uncompressed, more than the 512 MB allowed</source>
        <translation>la entrada %1 es demasiado grande: %2 bytes sin comprimir, más de los 512 MB permitidos</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML at line %2: %3</source>
        <translation>%1 no es XML bien formado en la línea %2: %3</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>no se puede abrir el archivo (%1)</translation>
    </message>
    <message>
        <source>not an XLSX file: it is not a zip archive</source>
        <translation>no es un archivo XLSX: no es un archivo zip</translation>
    </message>
    <message>
        <source>corrupt or truncated zip archive: its central directory cannot be read</source>
        <translation>archivo zip dañado o incompleto: no se puede leer su directorio central</translation>
    </message>
    <message>
        <source>not an XLSX workbook: %1 is missing</source>
        <translation>no es un libro XLSX: falta %1</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>el libro no tiene hojas</translation>
    </message>
    <message>
        <source>no sheet named &apos;%1&apos;; the workbook has %2</source>
        <translation>no hay ninguna hoja llamada &apos;%1&apos;; el libro tiene %2</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has no relationship &apos;%2&apos; in %3</source>
        <translation>la hoja &apos;%1&apos; no tiene la relación &apos;%2&apos; en %3</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; (%2)</source>
        <translation>hoja &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1 is missing from the archive</source>
        <translation>falta %1 en el archivo zip</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>row number &apos;%1&apos; is not valid</source>
        <translation>el número de fila &apos;%1&apos; no es válido</translation>
    </message>
    <message>
        <source>more rows than Excel&apos;s %1</source>
        <translation>más filas que las %1 de Excel</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells</source>
        <translation>la hoja tiene más de %1 celdas</translation>
    </message>
    <message>
        <source>cell reference &apos;%1&apos; is not valid</source>
        <translation>la referencia de celda &apos;%1&apos; no es válida</translation>
    </message>
    <message>
        <source>more cells in a row than Excel&apos;s %1</source>
        <translation>más celdas en una fila que las %1 de Excel</translation>
    </message>
    <message>
        <source>cell %1: shared string %2 does not exist (the workbook has %3)</source>
        <translation>celda %1: la cadena compartida %2 no existe (el libro tiene %3)</translation>
    </message>
</context>
<context>
    <name>XlsxSource</name>
    <message>
        <source>File: XLSX workbook, sheet &apos;%1&apos;%2 of %3</source>
        <translation>Archivo: libro XLSX, hoja &apos;%1&apos;%2 de %3</translation>
    </message>
    <message>
        <source> (the first)</source>
        <translation> (la primera)</translation>
    </message>
</context>
<context>
    <name>bakery::training::TrainingQueue</name>
    <message>
        <source>No job %1</source>
        <translation>No existe el trabajo %1</translation>
    </message>
    <message>
        <source>Job %1 is still %2</source>
        <translation>El trabajo %1 sigue en estado %2</translation>
    </message>
    <message>
        <source>Job %1 was retried %2 times already (MAX_TRAINING_RETRIES)</source>
        <translation>El trabajo %1 ya se ha reintentado %2 veces (MAX_TRAINING_RETRIES)</translation>
    </message>
    <message>
        <source>Job %1 has no failed or cancelled product to retry</source>
        <translation>El trabajo %1 no tiene ningún producto fallido o cancelado que reintentar</translation>
    </message>
</context>
<context>
    <name>bakery::ui::AccuracyChart</name>
    <message>
        <source>Good (85 % or more)</source>
        <translation>Buena (85 % o más)</translation>
    </message>
    <message>
        <source>Fair (70-85 %)</source>
        <translation>Aceptable (70-85 %)</translation>
    </message>
    <message>
        <source>Poor (under 70 %)</source>
        <translation>Baja (menos del 70 %)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 (n/a)</source>
        <translation>%1 (n/d)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
</context>
<context>
    <name>bakery::ui::AccuracyDistributionChart</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>%1-%2 %</source>
        <translation>%1-%2 %</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
</context>
<context>
    <name>bakery::ui::AccuracyPage</name>
    <message>
        <source>No product has a trained model yet. Import your sales and click Train all: each product&apos;s accuracy will appear here.</source>
        <translation>Ningún producto tiene todavía un modelo entrenado. Importa tus ventas y haz clic en Entrenar todo: aquí aparecerá la precisión de cada producto.</translation>
    </message>
    <message>
        <source>How accurate is each product&apos;s forecast?</source>
        <translation>¿Qué precisión tiene la previsión de cada producto?</translation>
    </message>
    <message>
        <source>Click a bar to open the product. Green: 85 % or more, amber: 70 to 85 %, red: under 70 %, grey: cannot be measured.</source>
        <translation>Haz clic en una barra para abrir el producto. Verde: 85 % o más; ámbar: del 70 al 85 %; rojo: menos del 70 %; gris: no se puede medir.</translation>
    </message>
    <message>
        <source>How many products reach each accuracy</source>
        <translation>Cuántos productos alcanzan cada precisión</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with a model; average accuracy %1 %.</source>
        <translation>
            <numerusform>%n producto con modelo; precisión media: %1 %.</numerusform>
            <numerusform>%n productos con modelo; precisión media: %1 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with a model; the average accuracy cannot be measured yet.</source>
        <translation>
            <numerusform>%n producto con modelo; todavía no se puede medir la precisión media.</numerusform>
            <numerusform>%n productos con modelo; todavía no se puede medir la precisión media.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some figures could not be read: %1</source>
        <translation>No se han podido leer algunas cifras: %1</translation>
    </message>
    <message>
        <source>Training time: no finished training yet.</source>
        <translation>Tiempo de entrenamiento: todavía no ha terminado ningún entrenamiento.</translation>
    </message>
    <message numerus="yes">
        <source>Training time per product over %n training(s): mean %1, median %2, 95 % of trainings within %3.</source>
        <translation>
            <numerusform>Tiempo de entrenamiento por producto en %n entrenamiento: media %1, mediana %2; el 95 % de los entrenamientos tarda %3 o menos.</numerusform>
            <numerusform>Tiempo de entrenamiento por producto en %n entrenamientos: media %1, mediana %2; el 95 % de los entrenamientos tarda %3 o menos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bakery::ui::CompareChart</name>
    <message>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <source>Actual sales</source>
        <translation>Ventas reales</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ComparePage</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Left version</source>
        <translation>Versión izquierda</translation>
    </message>
    <message>
        <source>Right version</source>
        <translation>Versión derecha</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Desplegar</translation>
    </message>
    <message>
        <source>Left version:</source>
        <translation>Versión izquierda:</translation>
    </message>
    <message>
        <source>Right version:</source>
        <translation>Versión derecha:</translation>
    </message>
    <message>
        <source>Settings that differ:</source>
        <translation>Ajustes que difieren:</translation>
    </message>
    <message>
        <source>Deploy this version?</source>
        <translation>¿Desplegar esta versión?</translation>
    </message>
    <message>
        <source>Choose a product to compare its model versions.</source>
        <translation>Elige un producto para comparar sus versiones de modelo.</translation>
    </message>
    <message>
        <source>Compare versions of %1</source>
        <translation>Comparar versiones de %1</translation>
    </message>
    <message>
        <source>Loading the versions of %1...</source>
        <translation>Cargando las versiones de %1...</translation>
    </message>
    <message>
        <source>%1 has no trained version yet. Train it first.</source>
        <translation>%1 todavía no tiene ninguna versión entrenada. Entrénalo primero.</translation>
    </message>
    <message>
        <source>%1 has one version only: train it again to have two to compare.</source>
        <translation>%1 solo tiene una versión: vuelve a entrenarlo para tener dos que comparar.</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Elige dos versiones distintas.</translation>
    </message>
    <message>
        <source>Scoring both versions on the same recent days...</source>
        <translation>Evaluando las dos versiones en los mismos días recientes...</translation>
    </message>
    <message>
        <source>These versions cannot be compared: %1</source>
        <translation>Estas versiones no se pueden comparar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Both versions scored on %1 (%n day(s) with sales).</source>
        <translation>
            <numerusform>Las dos versiones, evaluadas en %1 (%n día con ventas).</numerusform>
            <numerusform>Las dos versiones, evaluadas en %1 (%n días con ventas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Izquierda: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Derecha: %1</translation>
    </message>
    <message>
        <source>%1: %2 (left), %3 (right)</source>
        <translation>%1: %2 (izquierda), %3 (derecha)</translation>
    </message>
    <message>
        <source>None: both were trained with the same settings (on different sales data).</source>
        <translation>Ninguno: las dos se entrenaron con los mismos ajustes (con datos de ventas distintos).</translation>
    </message>
    <message>
        <source>Note: both versions learned from these same days, so their figures look better than they will be on new days.</source>
        <translation>Nota: las dos versiones aprendieron de estos mismos días, así que sus cifras parecen mejores de lo que serán en días nuevos.</translation>
    </message>
    <message>
        <source>Note: the left version learned from these same days, so its figures look better than they will be on new days.</source>
        <translation>Nota: la versión izquierda aprendió de estos mismos días, así que sus cifras parecen mejores de lo que serán en días nuevos.</translation>
    </message>
    <message>
        <source>Note: the right version learned from these same days, so its figures look better than they will be on new days.</source>
        <translation>Nota: la versión derecha aprendió de estos mismos días, así que sus cifras parecen mejores de lo que serán en días nuevos.</translation>
    </message>
    <message>
        <source>Difference (right - left)</source>
        <translation>Diferencia (derecha - izquierda)</translation>
    </message>
    <message>
        <source>%1 (better)</source>
        <translation>%1 (mejor)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Deploy version of %1</source>
        <translation>Desplegar la versión del %1</translation>
    </message>
    <message>
        <source>Deploy the version of %1 for %2? Its forecasts will be used from now on.</source>
        <translation>¿Desplegar la versión del %1 para %2? A partir de ahora se usarán sus previsiones.</translation>
    </message>
    <message>
        <source>Chosen on the Compare page: %1</source>
        <translation>Elegida en Comparar versiones: %1</translation>
    </message>
    <message>
        <source>The version could not be deployed: %1</source>
        <translation>No se ha podido desplegar la versión: %1</translation>
    </message>
    <message>
        <source>Deployed. The version of %1 is now used for %2.</source>
        <translation>Desplegada. Ahora se usa la versión del %1 para %2.</translation>
    </message>
    <message>
        <source>Could not go back to the previous version: %1</source>
        <translation>No se ha podido volver a la versión anterior: %1</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ComponentsChart</name>
    <message>
        <source>No clear effect in this period.</source>
        <translation>Sin un efecto claro en este periodo.</translation>
    </message>
</context>
<context>
    <name>bakery::ui::DemoBakery</name>
    <message>
        <source>the demo bakery&apos;s sales are missing from this build; nothing was imported</source>
        <translation>faltan las ventas de la panadería de demostración en esta compilación; no se ha importado nada</translation>
    </message>
    <message>
        <source>the demo bakery could not be stored, nothing was written: %1</source>
        <translation>no se ha podido guardar la panadería de demostración; no se ha escrito nada: %1</translation>
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
    <name>bakery::ui::ForecastChart</name>
    <message>
        <source>Sold: %1</source>
        <translation>Vendido: %1</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Previsión: %1</translation>
    </message>
    <message>
        <source>95 % interval: %1 to %2</source>
        <translation>Intervalo del 95 %: de %1 a %2</translation>
    </message>
    <message>
        <source>Units sold per day</source>
        <translation>Unidades vendidas al día</translation>
    </message>
    <message>
        <source>Accuracy check (holdout)</source>
        <translation>Comprobación de la precisión (reserva)</translation>
    </message>
    <message>
        <source>Accuracy check</source>
        <translation>Comprobación de la precisión</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Actual sales</source>
        <translation>Ventas reales</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ImportFilePage</name>
    <message>
        <source>Choose a sales file</source>
        <translation>Elige un archivo de ventas</translation>
    </message>
    <message>
        <source>A till export or a spreadsheet with your sales history: CSV, TXT or XLSX.</source>
        <translation>Una exportación de la caja o una hoja de cálculo con tu historial de ventas: CSV, TXT o XLSX.</translation>
    </message>
    <message>
        <source>&amp;Sales file:</source>
        <translation>&amp;Archivo de ventas:</translation>
    </message>
    <message>
        <source>Choose a file, or type its path</source>
        <translation>Elige un archivo o escribe su ruta</translation>
    </message>
    <message>
        <source>The sales file to import (CSV, TXT or XLSX)</source>
        <translation>El archivo de ventas que importar (CSV, TXT o XLSX)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Open a file from this computer</source>
        <translation>Abrir un archivo de este ordenador</translation>
    </message>
    <message>
        <source>The format is detected for you: the delimiter, decimal mark, date format and columns. You can check and change every choice on the next page before anything is stored.</source>
        <translation>El formato se detecta automáticamente: el separador, la marca decimal, el formato de fecha y las columnas. En la página siguiente puedes revisar y cambiar cada opción antes de que se guarde nada.</translation>
    </message>
    <message>
        <source>Sales files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Archivos de ventas (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ImportPreviewPage</name>
    <message>
        <source>Check the format</source>
        <translation>Revisa el formato</translation>
    </message>
    <message>
        <source>The first rows as read, and how they are understood. Change any choice that is wrong: the file is read again at once.</source>
        <translation>Las primeras filas tal como se leen y cómo se interpretan. Cambia cualquier opción que esté mal: el archivo se vuelve a leer al instante.</translation>
    </message>
    <message>
        <source>Using the settings saved for this till export.</source>
        <translation>Se usan los ajustes guardados para esta exportación de la caja.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the sales</source>
        <translation>La hoja del libro que contiene las ventas</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>How the letters are stored (accents, ñ, €)</source>
        <translation>Cómo se guardan las letras (acentos, ñ, €)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Separa&amp;dor:</translation>
    </message>
    <message>
        <source>The character between the columns of a row</source>
        <translation>El carácter que separa las columnas de una fila</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Marca deci&amp;mal:</translation>
    </message>
    <message>
        <source>The character before the decimals: 12,5 or 12.5</source>
        <translation>El carácter antes de los decimales: 12,5 o 12.5</translation>
    </message>
    <message>
        <source>&amp;Thousands mark:</source>
        <translation>Separador de mi&amp;les:</translation>
    </message>
    <message>
        <source>The character between groups of thousands: 1.234 or 1,234</source>
        <translation>El carácter entre los grupos de miles: 1.234 o 1,234</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>&amp;Orden de la fecha:</translation>
    </message>
    <message>
        <source>The order of day, month and year in the dates</source>
        <translation>El orden del día, el mes y el año en las fechas</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>Es&amp;tructura:</translation>
    </message>
    <message>
        <source>How the sales are laid out in the file</source>
        <translation>Cómo están organizadas las ventas en el archivo</translation>
    </message>
    <message>
        <source>&amp;Forecast:</source>
        <translation>Pre&amp;ver:</translation>
    </message>
    <message>
        <source>Forecast units sold, or revenue</source>
        <translation>Prever las unidades vendidas o los ingresos</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <source>The column with the day of the sale</source>
        <translation>La columna con el día de la venta</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>The column with the product&apos;s name</source>
        <translation>La columna con el nombre del producto</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Ca&amp;ntidad:</translation>
    </message>
    <message>
        <source>The column with the units sold</source>
        <translation>La columna con las unidades vendidas</translation>
    </message>
    <message>
        <source>&amp;Revenue:</source>
        <translation>&amp;Ingresos:</translation>
    </message>
    <message>
        <source>The column with the amount charged</source>
        <translation>La columna con el importe cobrado</translation>
    </message>
    <message>
        <source>&amp;Unit price:</source>
        <translation>Precio &amp;unitario:</translation>
    </message>
    <message>
        <source>The column with the unit price</source>
        <translation>La columna con el precio unitario</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <source>The column with the product&apos;s category</source>
        <translation>La columna con la categoría del producto</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>The first rows of the file, cells as read; the row headers are the line numbers</source>
        <translation>Las primeras filas del archivo, con las celdas tal como se leen; los encabezados de fila son los números de línea</translation>
    </message>
    <message>
        <source>What was detected</source>
        <translation>Qué se ha detectado</translation>
    </message>
    <message>
        <source>Every choice made while reading the file</source>
        <translation>Cada decisión tomada al leer el archivo</translation>
    </message>
    <message>
        <source>&amp;What was detected:</source>
        <translation>&amp;Qué se ha detectado:</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lectura del archivo</translation>
    </message>
    <message>
        <source>(detect)</source>
        <translation>(detectar)</translation>
    </message>
    <message>
        <source>(first sheet)</source>
        <translation>(primera hoja)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>Comma (12,5)</source>
        <translation>Coma (12,5)</translation>
    </message>
    <message>
        <source>Point (12.5)</source>
        <translation>Punto (12.5)</translation>
    </message>
    <message>
        <source>None (1234)</source>
        <translation>Ninguno (1234)</translation>
    </message>
    <message>
        <source>Point (1.234)</source>
        <translation>Punto (1.234)</translation>
    </message>
    <message>
        <source>Comma (1,234)</source>
        <translation>Coma (1,234)</translation>
    </message>
    <message>
        <source>Space (1 234)</source>
        <translation>Espacio (1 234)</translation>
    </message>
    <message>
        <source>Apostrophe (1&apos;234)</source>
        <translation>Apóstrofo (1&apos;234)</translation>
    </message>
    <message>
        <source>Year first (2024-03-31)</source>
        <translation>Primero el año (2024-03-31)</translation>
    </message>
    <message>
        <source>Day first (31/03/2024)</source>
        <translation>Primero el día (31/03/2024)</translation>
    </message>
    <message>
        <source>Month first (03/31/2024)</source>
        <translation>Primero el mes (03/31/2024)</translation>
    </message>
    <message>
        <source>A row per sale or per day</source>
        <translation>Una fila por venta o por día</translation>
    </message>
    <message>
        <source>A line per unit sold</source>
        <translation>Una línea por unidad vendida</translation>
    </message>
    <message>
        <source>A column per product</source>
        <translation>Una columna por producto</translation>
    </message>
    <message>
        <source>A price list</source>
        <translation>Una lista de precios</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Leyendo el archivo...</translation>
    </message>
    <message>
        <source>(detect: %1)</source>
        <translation>(detectar: %1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported with these settings: %1</source>
        <translation>Este archivo no se puede importar con estos ajustes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n product(s) found in %1 rows. Next shows the full report.</source>
        <translation>
            <numerusform>Listo: se ha encontrado %n producto en %1 filas. Pulsa Siguiente para ver el informe completo.</numerusform>
            <numerusform>Listo: se han encontrado %n productos en %1 filas. Pulsa Siguiente para ver el informe completo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bakery::ui::ImportReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>What will be stored, and every problem found, with its line and column.</source>
        <translation>Lo que se va a guardar y cada problema encontrado, con su línea y su columna.</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Productos encontrados</translation>
    </message>
    <message>
        <source>The products found, with their days of history and totals</source>
        <translation>Los productos encontrados, con sus días de historial y sus totales</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Every problem found; errors stop the import, warnings do not</source>
        <translation>Todos los problemas encontrados; los errores detienen la importación, los avisos no</translation>
    </message>
    <message>
        <source>&amp;Products found:</source>
        <translation>&amp;Productos encontrados:</translation>
    </message>
    <message>
        <source>P&amp;roblems found:</source>
        <translation>P&amp;roblemas encontrados:</translation>
    </message>
    <message>
        <source>Rows read: %1. Imported: %2. Skipped: %3.</source>
        <translation>Filas leídas: %1. Importadas: %2. Omitidas: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n producto, del %1 al %2.</numerusform>
            <numerusform>%n productos, del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values are revenue.</source>
        <translation>Los valores son ingresos.</translation>
    </message>
    <message>
        <source>Values are units sold.</source>
        <translation>Los valores son unidades vendidas.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1. Nothing will be stored. Go back to change the settings, or correct the file and choose it again.</source>
        <translation>Este archivo no se puede importar: %1. No se guardará nada. Vuelve atrás para cambiar los ajustes, o corrige el archivo y vuelve a elegirlo.</translation>
    </message>
    <message>
        <source>No sales were found in this file, so there is nothing to import. Go back to check the settings.</source>
        <translation>No se han encontrado ventas en este archivo, así que no hay nada que importar. Vuelve atrás para revisar los ajustes.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Days of history</source>
        <translation>Días de historial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>The sales are stored in one step: all of them, or nothing if anything goes wrong.</source>
        <translation>Las ventas se guardan de una sola vez: todas, o ninguna si algo sale mal.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Storing the sales; this cannot be stopped halfway</source>
        <translation>Guardando las ventas; no se puede detener a medias</translation>
    </message>
    <message>
        <source>Storing the sales of %1...</source>
        <translation>Guardando las ventas de %1...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s), from %1 to %2.</source>
        <translation>
            <numerusform>Se ha importado %n producto, del %1 al %2.</numerusform>
            <numerusform>Se han importado %n productos, del %1 al %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product-day(s) replaced earlier values.</source>
        <translation>
            <numerusform>%n día de producto ha sustituido valores anteriores.</numerusform>
            <numerusform>%n días de producto han sustituido valores anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings could not be saved for next time: %1</source>
        <translation>No se han podido guardar los ajustes para la próxima vez: %1</translation>
    </message>
    <message>
        <source>The settings are saved: the next file from this till is read the same way.</source>
        <translation>Los ajustes se han guardado: el próximo archivo de esta caja se leerá igual.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>No se ha guardado nada: %1</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ImportWizard</name>
    <message>
        <source>Import sales</source>
        <translation>Importar ventas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
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
        <translation>&amp;Importar ventas...</translation>
    </message>
    <message>
        <source>&amp;Train all</source>
        <translation>&amp;Entrenar todo</translation>
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
    <message>
        <source>No product open</source>
        <translation>Ningún producto abierto</translation>
    </message>
    <message>
        <source>Open a product from the products table (double-click) to see its sales, its forecast and why the forecast looks the way it does.</source>
        <translation>Abre un producto desde la tabla de productos (doble clic) para ver sus ventas, su previsión y por qué la previsión es como es.</translation>
    </message>
    <message>
        <source>Show the products</source>
        <translation>Ver los productos</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Todavía no hay nada que comparar</translation>
    </message>
    <message>
        <source>After a product has been trained twice, compare its versions here and deploy the better one. Right-click a product to compare its versions.</source>
        <translation>Cuando un producto se haya entrenado dos veces, compara aquí sus versiones y despliega la mejor. Haz clic derecho en un producto para comparar sus versiones.</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>No accuracy yet</source>
        <translation>Todavía no hay datos de precisión</translation>
    </message>
    <message>
        <source>Once products are trained, this page shows how well each one forecasts.</source>
        <translation>Cuando los productos estén entrenados, esta página mostrará lo bien que se prevé cada uno.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Settings saved. They apply the next time the app starts.</source>
        <translation>Ajustes guardados. Se aplicarán la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Last training: %1</source>
        <translation>Último entrenamiento: %1</translation>
    </message>
    <message>
        <source>Next training: %1</source>
        <translation>Próximo entrenamiento: %1</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>Base de datos en servidor</translation>
    </message>
    <message>
        <source>Your sales and forecasts are kept in %1.</source>
        <translation>Tus ventas y previsiones se guardan en %1.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Importing the demo bakery...</source>
        <translation>Importando la panadería de demostración...</translation>
    </message>
    <message>
        <source>Demo bakery</source>
        <translation>Panadería de demostración</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
    <message>
        <source>Closing stops the training. Products already trained keep their new versions. Close anyway?</source>
        <translation>Al cerrar se detiene el entrenamiento. Los productos ya entrenados conservan sus versiones nuevas. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Import a sales history file (%1). You can also drop the file on the window.</source>
        <translation>Importa un archivo de historial de ventas (%1). También puedes soltar el archivo en la ventana.</translation>
    </message>
    <message>
        <source>Train the forecasts of every product whose sales changed (%1).</source>
        <translation>Entrena las previsiones de todos los productos cuyas ventas han cambiado (%1).</translation>
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
        <translation>Productos listos para prever</translation>
    </message>
    <message>
        <source>Average accuracy</source>
        <translation>Precisión media</translation>
    </message>
    <message>
        <source>Last training</source>
        <translation>Último entrenamiento</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Double-click a product to open it.</source>
        <translation>Haz doble clic en un producto para abrirlo.</translation>
    </message>
    <message>
        <source>%1: not enough data (%2 days). Import more sales history.</source>
        <translation>%1: datos insuficientes (%2 días). Importa más historial de ventas.</translation>
    </message>
    <message>
        <source>%1: training failed. %2</source>
        <translation>%1: el entrenamiento ha fallado. %2</translation>
    </message>
    <message>
        <source>%1: accuracy %2 %. Open it to see why; irregular products forecast poorly.</source>
        <translation>%1: precisión del %2 %. Ábrelo para ver por qué; los productos irregulares se prevén peor.</translation>
    </message>
    <message>
        <source>%1: not trained yet. Use Train all.</source>
        <translation>%1: todavía sin entrenar. Usa Entrenar todo.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nada requiere atención</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ProductPage</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Loading the forecast...</source>
        <translation>Cargando la previsión...</translation>
    </message>
    <message>
        <source>Sales and forecast</source>
        <translation>Ventas y previsión</translation>
    </message>
    <message>
        <source>How good is the forecast?</source>
        <translation>¿Cómo de buena es la previsión?</translation>
    </message>
    <message>
        <source>Mean error (MAE)</source>
        <translation>Error medio (MAE)</translation>
    </message>
    <message>
        <source>On an average day of the accuracy check, the forecast was this many units off.</source>
        <translation>En un día medio de la comprobación de precisión, la previsión se desvió estas unidades.</translation>
    </message>
    <message>
        <source>Typical large error (RMSE)</source>
        <translation>Error grande típico (RMSE)</translation>
    </message>
    <message>
        <source>Like the mean error, but big misses count more. Much larger than MAE means a few days were badly off.</source>
        <translation>Como el error medio, pero los fallos grandes cuentan más. Si es mucho mayor que el MAE, algunos días la previsión falló mucho.</translation>
    </message>
    <message>
        <source>Total error (WAPE)</source>
        <translation>Error total (WAPE)</translation>
    </message>
    <message>
        <source>All the units the forecast missed, as a share of all the units sold.</source>
        <translation>Todas las unidades en que falló la previsión, como proporción de todas las unidades vendidas.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>100 % minus the average error in percent: higher is better.</source>
        <translation>100 % menos el error medio en porcentaje: cuanto más alta, mejor.</translation>
    </message>
    <message>
        <source>Interval coverage</source>
        <translation>Cobertura del intervalo</translation>
    </message>
    <message>
        <source>How many of the checked days fell inside the 95 % interval. Close to 95 % means the band can be trusted.</source>
        <translation>Cuántos de los días comprobados cayeron dentro del intervalo del 95 %. Si se acerca al 95 %, la banda es fiable.</translation>
    </message>
    <message>
        <source>Explained variation (R2)</source>
        <translation>Variación explicada (R2)</translation>
    </message>
    <message>
        <source>How much of the ups and downs the forecast follows: 1 is perfect, 0 is no better than the average.</source>
        <translation>Cuánto sigue la previsión las subidas y bajadas: 1 es perfecto; 0, no mejor que la media.</translation>
    </message>
    <message>
        <source>What drives the forecast</source>
        <translation>De qué depende la previsión</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Fecha de entrenamiento</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Desplegada</translation>
    </message>
    <message>
        <source>Compare versions...</source>
        <translation>Comparar versiones...</translation>
    </message>
    <message>
        <source>The deployed version against the newest other one.</source>
        <translation>La versión desplegada frente a la más reciente de las demás.</translation>
    </message>
    <message>
        <source>Train this product</source>
        <translation>Entrenar este producto</translation>
    </message>
    <message>
        <source>Cannot show this product: %1</source>
        <translation>No se puede mostrar este producto: %1</translation>
    </message>
    <message>
        <source>The forecast could not be loaded. Training the product again makes a new version.</source>
        <translation>No se ha podido cargar la previsión. Si vuelves a entrenar el producto, se creará una versión nueva.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>Accuracy %1 % (%2)</source>
        <translation>Precisión del %1 % (%2)</translation>
    </message>
    <message>
        <source>Accuracy n/a</source>
        <translation>Precisión n/d</translation>
    </message>
    <message>
        <source>Accuracy on the last days the model did not see while training.</source>
        <translation>Precisión en los últimos días, que el modelo no vio durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Deployed version: %1</source>
        <translation>Versión desplegada: %1</translation>
    </message>
    <message>
        <source>No version deployed</source>
        <translation>Ninguna versión desplegada</translation>
    </message>
    <message>
        <source>%1 has no trained version yet. Train it to see what it will sell and why.</source>
        <translation>%1 todavía no tiene ninguna versión entrenada. Entrénalo para ver cuánto venderá y por qué.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unidades</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>How much of the sales history the chart shows, with the coming days.</source>
        <translation>Cuánto historial de ventas muestra el gráfico, junto con los próximos días.</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ProductsModel</name>
    <message>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>datos insuficientes</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>sin entrenar</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unidades</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Qué hacer: %2</translation>
    </message>
    <message>
        <source>%1 days of sales; at least %2 are needed to train.</source>
        <translation>%1 días de ventas; se necesitan al menos %2 para entrenar.</translation>
    </message>
    <message>
        <source>Mean error: how many units a day the forecast was off, on average.</source>
        <translation>Error medio: cuántas unidades al día se desvió la previsión, de media.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Days of history</source>
        <translation>Días de historial</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Última venta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Mean error (MAE)</source>
        <translation>Error medio (MAE)</translation>
    </message>
    <message>
        <source>Deployed version</source>
        <translation>Versión desplegada</translation>
    </message>
    <message>
        <source>Last trained</source>
        <translation>Último entrenamiento</translation>
    </message>
    <message>
        <source>How close the deployed version&apos;s forecast came to the actual sales of the most recent days, which it did not learn from (100 % - mean percentage error).</source>
        <translation>Cuánto se acercó la previsión de la versión desplegada a las ventas reales de los días más recientes, de los que no aprendió (100 % - error porcentual medio).</translation>
    </message>
</context>
<context>
    <name>bakery::ui::ProductsPage</name>
    <message>
        <source>Train selected</source>
        <translation>Entrenar seleccionados</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Show only the products whose name contains this text (Ctrl+F).</source>
        <translation>Muestra solo los productos cuyo nombre contiene este texto (Ctrl+F).</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Todos los productos</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>sin entrenar</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>datos insuficientes</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Show only the products with this status.</source>
        <translation>Muestra solo los productos con este estado.</translation>
    </message>
    <message>
        <source>Train the selected products now.</source>
        <translation>Entrena ahora los productos seleccionados.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Deploy previous version (roll back)</source>
        <translation>Desplegar la versión anterior (volver atrás)</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Volver a la versión anterior</translation>
    </message>
</context>
<context>
    <name>bakery::ui::SettingsPage</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Added to sales (additive)</source>
        <translation>Se suman a las ventas (aditivo)</translation>
    </message>
    <message>
        <source>Scaling with sales (multiplicative)</source>
        <translation>Proporcionales a las ventas (multiplicativo)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>empty (the default location)</source>
        <translation>vacío (la ubicación por defecto)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores por defecto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Applies the next time the app starts.</source>
        <translation>Se aplica la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>%1
Default: %2
(%3)</source>
        <translation>%1
Por defecto: %2
(%3)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>Base de datos SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Set by the environment variable %1; changes apply when it is unset.</source>
        <translation>Lo fija la variable de entorno %1; los cambios se aplicarán cuando deje de estar definida.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Ubicación por defecto</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Este valor no es válido.</translation>
    </message>
    <message>
        <source>Correct the values marked in red to save.</source>
        <translation>Corrige los valores marcados en rojo para poder guardar.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se han podido guardar los ajustes: %1</translation>
    </message>
    <message>
        <source>Saved. Some changes apply the next time the app starts.</source>
        <translation>Guardado. Algunos cambios se aplicarán la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Defaults restored. Click Save to keep them.</source>
        <translation>Valores por defecto restaurados. Haz clic en Guardar para conservarlos.</translation>
    </message>
</context>
<context>
    <name>bakery::ui::TrainingPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
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
        <translation>comprobando los días de historial</translation>
    </message>
    <message>
        <source>setting unusual days aside</source>
        <translation>apartando los días atípicos</translation>
    </message>
    <message>
        <source>comparing with the version in use</source>
        <translation>comparando con la versión en uso</translation>
    </message>
    <message>
        <source>learning from all the history</source>
        <translation>aprendiendo de todo el historial</translation>
    </message>
    <message>
        <source>saving the new version</source>
        <translation>guardando la versión nueva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Train all</source>
        <translation>Entrenar todo</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>No training running.</source>
        <translation>No hay ningún entrenamiento en curso.</translation>
    </message>
    <message>
        <source>Stop the training. Products already trained keep their new versions.</source>
        <translation>Detiene el entrenamiento. Los productos ya entrenados conservan sus versiones nuevas.</translation>
    </message>
    <message>
        <source>Train every product whose sales changed (Ctrl+T).</source>
        <translation>Entrena todos los productos cuyas ventas han cambiado (Ctrl+T).</translation>
    </message>
    <message>
        <source>Each product appears here as it finishes.</source>
        <translation>Cada producto aparece aquí a medida que termina.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Entrenados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Select a job to read its log.</source>
        <translation>Selecciona un trabajo para leer su registro.</translation>
    </message>
    <message>
        <source>Current training</source>
        <translation>Entrenamiento en curso</translation>
    </message>
    <message>
        <source>Past training jobs</source>
        <translation>Trabajos de entrenamiento anteriores</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Deteniendo...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 de %2 productos</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallido</numerusform>
            <numerusform>, %n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <source>trained, accuracy %1 %</source>
        <translation>entrenado, precisión del %1 %</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>entrenado</translation>
    </message>
    <message>
        <source>unchanged, skipped</source>
        <translation>sin cambios, omitido</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
    <message>
        <source> (deployed)</source>
        <translation> (desplegada)</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2 &lt;i&gt;%3&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Training finished: %n product(s) trained.</source>
        <translation>
            <numerusform>Entrenamiento terminado: %n producto entrenado.</numerusform>
            <numerusform>Entrenamiento terminado: %n productos entrenados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training cancelled: %n product(s) trained before it stopped keep their new versions.</source>
        <translation>
            <numerusform>Entrenamiento cancelado: %n producto entrenado antes de detenerse conserva su versión nueva.</numerusform>
            <numerusform>Entrenamiento cancelado: %n productos entrenados antes de detenerse conservan sus versiones nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Entrenamiento detenido: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;These products could not be trained:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;br&gt;No se han podido entrenar estos productos:&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>Last training %1: %2.</source>
        <translation>Último entrenamiento %1: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 products trained</source>
        <translation>%1 de %2 productos entrenados</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>menos de un segundo</translation>
    </message>
    <message>
        <source>learning from all but the most recent days</source>
        <translation>aprendiendo de todo menos los días más recientes</translation>
    </message>
    <message>
        <source>checking accuracy on the most recent days</source>
        <translation>comprobando la precisión en los días más recientes</translation>
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
        <source>Products: %1</source>
        <translation>Productos: %1</translation>
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
    <message numerus="yes">
        <source>Days: %1 to %2, %n closed day(s)</source>
        <translation>
            <numerusform>Días: del %1 al %2, %n día cerrado</numerusform>
            <numerusform>Días: del %1 al %2, %n días cerrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), total %1</source>
        <translation>
            <numerusform>%n día, total %1</numerusform>
            <numerusform>%n días, total %1</numerusform>
        </translation>
    </message>
</context>
</TS>
