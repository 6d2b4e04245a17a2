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
        <source>Fit the forecasting model on a ds,y series, holding out the last days, and report accuracy on them.</source>
        <translation>Ajusta el modelo de previsión a una serie ds,y, reservando los últimos días, e informa del acierto en ellos.</translation>
    </message>
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
        <source>Usage: bakery-trainer-cli &lt;command&gt; [options]

Commands:
  import     import sales history from a CSV or XLSX file
  products   list products, days of history and training readiness
  sales      print a product&apos;s daily sales
  forecast   fit a ds,y series on all but the last days and score them

Run &apos;bakery-trainer-cli &lt;command&gt; --help&apos; for the options of a command.
</source>
        <translation>Uso: bakery-trainer-cli &lt;orden&gt; [opciones]

Órdenes:
  import     importa el historial de ventas de un archivo CSV o XLSX
  products   lista los productos, sus días de historial y si están listos para entrenar
  sales      muestra las ventas diarias de un producto
  forecast   ajusta una serie ds,y sin los últimos días y mide el acierto en ellos

Ejecute &apos;bakery-trainer-cli &lt;orden&gt; --help&apos; para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <source>Database: a SQLite file or postgresql://user@host:port/db (default: DATABASE_URL, else the user&apos;s data folder).</source>
        <translation>Base de datos: un archivo SQLite o postgresql://usuario@servidor:puerto/bd (por defecto: DATABASE_URL o, si no, la carpeta de datos del usuario).</translation>
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
</context>
</TS>
