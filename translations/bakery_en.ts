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
</TS>
