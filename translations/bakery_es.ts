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
        <source>How close the deployed version&apos;s forecast came to the actual sales of the last 4 weeks (100 % - mean percentage error).</source>
        <translation>Cuánto se acercó la previsión de la versión desplegada a las ventas reales de las últimas 4 semanas (100 % - error porcentual medio).</translation>
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
        <source>learning from all but the last 4 weeks</source>
        <translation>aprendiendo de todo salvo las últimas 4 semanas</translation>
    </message>
    <message>
        <source>checking accuracy on the last 4 weeks</source>
        <translation>comprobando la precisión en las últimas 4 semanas</translation>
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
