#include "import/ImportTableModel.h"
#include "import/ImportWizard.h"
#include "import/ImportWizardPages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bakery::ui {
namespace {

using Layout = data::ImportSpec::Layout;

void addItems(QComboBox* combo, const QList<QPair<QString, QString>>& items)
{
    for (const auto& [text, value] : items)
        combo->addItem(text, value);
}

void select(QComboBox* combo, const QString& value)
{
    int i = combo->findData(value);
    if (i < 0) { // a saved column name the header no longer has: keep it, the report says so
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

QString value(const QComboBox* combo)
{
    return combo->currentData().toString();
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check the format"));
    setSubTitle(tr("The first rows as read, and how they are understood. Change any choice "
                   "that is wrong: the file is read again at once."));

    m_savedSpecLabel = new QLabel(tr("Using the settings saved for this till export."));
    m_savedSpecLabel->setObjectName(QStringLiteral("savedSpecLabel"));
    m_savedSpecLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #e0f2fe; color: #0c4a6e; padding: 8px; }"));
    m_savedSpecLabel->setVisible(false);

    auto* format = new QGroupBox(tr("Format"));
    auto* formatForm = new QFormLayout(format);
    m_sheet = addCombo(formatForm, QStringLiteral("sheetCombo"), tr("&Sheet:"),
                       tr("The sheet of the workbook that holds the sales"));
    m_encoding = addCombo(formatForm, QStringLiteral("encodingCombo"), tr("&Encoding:"),
                          tr("How the letters are stored (accents, ñ, €)"));
    m_delimiter = addCombo(formatForm, QStringLiteral("delimiterCombo"), tr("&Delimiter:"),
                           tr("The character between the columns of a row"));
    m_decimal = addCombo(formatForm, QStringLiteral("decimalCombo"), tr("Deci&mal mark:"),
                         tr("The character before the decimals: 12,5 or 12.5"));
    m_thousands = addCombo(formatForm, QStringLiteral("thousandsCombo"), tr("&Thousands mark:"),
                           tr("The character between groups of thousands: 1.234 or 1,234"));
    m_dateOrder = addCombo(formatForm, QStringLiteral("dateOrderCombo"), tr("Date &order:"),
                           tr("The order of day, month and year in the dates"));
    m_layout = addCombo(formatForm, QStringLiteral("layoutCombo"), tr("&Layout:"),
                        tr("How the sales are laid out in the file"));
    m_measure = addCombo(formatForm, QStringLiteral("measureCombo"), tr("&Forecast:"),
                         tr("Forecast units sold, or revenue"));

    auto* columns = new QGroupBox(tr("Columns"));
    auto* columnsForm = new QFormLayout(columns);
    m_dateColumn = addCombo(columnsForm, QStringLiteral("dateColumnCombo"), tr("D&ate:"),
                            tr("The column with the day of the sale"));
    m_productColumn = addCombo(columnsForm, QStringLiteral("productColumnCombo"), tr("&Product:"),
                               tr("The column with the product's name"));
    m_quantityColumn = addCombo(columnsForm, QStringLiteral("quantityColumnCombo"),
                                tr("&Quantity:"), tr("The column with the units sold"));
    m_revenueColumn = addCombo(columnsForm, QStringLiteral("revenueColumnCombo"), tr("&Revenue:"),
                               tr("The column with the amount charged"));
    m_priceColumn = addCombo(columnsForm, QStringLiteral("priceColumnCombo"), tr("&Unit price:"),
                             tr("The column with the unit price"));
    m_categoryColumn = addCombo(columnsForm, QStringLiteral("categoryColumnCombo"),
                                tr("&Category:"), tr("The column with the product's category"));
    m_updating = true; // filling the combos is no choice of the user's
    fillOptions();
    m_updating = false;

    m_previewModel = new ImportTableModel(this);
    m_previewTable = new QTableView;
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAccessibleName(tr("First rows of the file"));
    m_previewTable->setToolTip(tr("The first rows of the file, cells as read; the row "
                                  "headers are the line numbers"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);

    m_decisions = new QListWidget;
    m_decisions->setObjectName(QStringLiteral("decisionsList"));
    m_decisions->setAccessibleName(tr("What was detected"));
    m_decisions->setToolTip(tr("Every choice made while reading the file"));
    auto* decisionsLabel = new QLabel(tr("&What was detected:"));
    decisionsLabel->setBuddy(m_decisions);

    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(QStringLiteral("previewBusyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyBar->setAccessibleName(tr("Reading the file"));
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("previewStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto* choices = new QWidget;
    auto* choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(format);
    choicesLayout->addWidget(columns);
    choicesLayout->addStretch(1);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewTable, 3);
    rightLayout->addWidget(decisionsLabel);
    rightLayout->addWidget(m_decisions, 1);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->addWidget(choices);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_savedSpecLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_statusLabel);

    connect(m_wizard, &ImportWizard::dryRunStarted, this, &ImportPreviewPage::showStarted);
    connect(m_wizard, &ImportWizard::dryRunFinished, this, &ImportPreviewPage::showDryRun);
}

QComboBox* ImportPreviewPage::addCombo(QFormLayout* form, const QString& name, const QString& label,
                                       const QString& tooltip)
{
    auto* combo = new QComboBox;
    combo->setObjectName(name);
    combo->setToolTip(tooltip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    auto* buddy = new QLabel(label);
    buddy->setBuddy(combo);
    form->addRow(buddy, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::choiceChanged);
    return combo;
}

void ImportPreviewPage::fillOptions()
{
    const QString detect = tr("(detect)");
    m_sheet->addItem(tr("(first sheet)"), QString());
    m_sheet->setEnabled(false);
    addItems(m_encoding, {{detect, {}},
                          {tr("UTF-8"), QStringLiteral("utf-8")},
                          {tr("Windows-1252 (Western Europe)"), QStringLiteral("windows-1252")}});
    addItems(m_delimiter, {{detect, {}},
                           {tr("Comma ,"), QStringLiteral(",")},
                           {tr("Semicolon ;"), QStringLiteral(";")},
                           {tr("Tab"), QStringLiteral("\t")},
                           {tr("Vertical bar |"), QStringLiteral("|")}});
    addItems(m_decimal, {{detect, {}},
                         {tr("Comma (12,5)"), QStringLiteral(",")},
                         {tr("Point (12.5)"), QStringLiteral(".")}});
    addItems(m_thousands, {{detect, {}},
                           {tr("None (1234)"), QStringLiteral("none")},
                           {tr("Point (1.234)"), QStringLiteral(".")},
                           {tr("Comma (1,234)"), QStringLiteral(",")},
                           {tr("Space (1 234)"), QStringLiteral(" ")},
                           {tr("Apostrophe (1'234)"), QStringLiteral("'")}});
    addItems(m_dateOrder, {{detect, {}},
                           {tr("Year first (2024-03-31)"), QStringLiteral("ymd")},
                           {tr("Day first (31/03/2024)"), QStringLiteral("dmy")},
                           {tr("Month first (03/31/2024)"), QStringLiteral("mdy")}});
    addItems(m_layout, {{detect, QStringLiteral("auto")},
                        {tr("A row per sale or per day"), QStringLiteral("long")},
                        {tr("A line per unit sold"), QStringLiteral("line_per_unit")},
                        {tr("A column per product"), QStringLiteral("wide")},
                        {tr("A price list"), QStringLiteral("price_list")}});
    addItems(m_measure, {{tr("Units sold"), QStringLiteral("units")},
                         {tr("Revenue"), QStringLiteral("revenue")}});
    for (QComboBox* c : {m_dateColumn, m_productColumn, m_quantityColumn, m_revenueColumn,
                         m_priceColumn, m_categoryColumn})
        c->addItem(detect, QString());
}

void ImportPreviewPage::initializePage()
{
    if (!m_wizard->dryRun() && !m_wizard->dryRunning())
        m_wizard->startDryRun();
    else if (m_wizard->dryRun())
        showDryRun();
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard->dryRun().has_value();
}

void ImportPreviewPage::showStarted()
{
    m_busyBar->setVisible(true);
    m_statusLabel->setText(tr("Reading the file..."));
    emit completeChanged();
}

void ImportPreviewPage::choiceChanged()
{
    if (!m_updating)
        m_wizard->setSpec(specFromCombos());
}

void ImportPreviewPage::setCombos(const data::ImportSpec& spec)
{
    select(m_sheet, spec.sheet);
    select(m_encoding, spec.encoding);
    select(m_delimiter, spec.delimiter);
    select(m_decimal, spec.decimal);
    select(m_thousands, spec.thousands);
    select(m_dateOrder, spec.dateOrder);
    select(m_layout, data::layoutName(spec.layout));
    select(m_measure, spec.measure == data::ImportSpec::Measure::Revenue ? QStringLiteral("revenue")
                                                                         : QStringLiteral("units"));
    select(m_dateColumn, spec.dateColumn);
    select(m_productColumn, spec.productColumn);
    select(m_quantityColumn, spec.quantityColumn);
    select(m_revenueColumn, spec.revenueColumn);
    select(m_priceColumn, spec.priceColumn);
    select(m_categoryColumn, spec.categoryColumn);
}

data::ImportSpec ImportPreviewPage::specFromCombos() const
{
    data::ImportSpec spec = m_wizard->spec(); // keeps what the page does not show
    spec.sheet = value(m_sheet);
    spec.encoding = value(m_encoding);
    spec.delimiter = value(m_delimiter);
    spec.decimal = value(m_decimal);
    spec.thousands = value(m_thousands);
    spec.dateOrder = value(m_dateOrder);
    const QString layout = value(m_layout);
    spec.layout = layout == QLatin1String("long")            ? Layout::Long
                  : layout == QLatin1String("line_per_unit") ? Layout::LinePerUnit
                  : layout == QLatin1String("wide")          ? Layout::Wide
                  : layout == QLatin1String("price_list")    ? Layout::PriceList
                                                             : Layout::Auto;
    spec.measure = value(m_measure) == QLatin1String("revenue") ? data::ImportSpec::Measure::Revenue
                                                                : data::ImportSpec::Measure::Units;
    spec.dateColumn = value(m_dateColumn);
    spec.productColumn = value(m_productColumn);
    spec.quantityColumn = value(m_quantityColumn);
    spec.revenueColumn = value(m_revenueColumn);
    spec.priceColumn = value(m_priceColumn);
    spec.categoryColumn = value(m_categoryColumn);
    return spec;
}

void ImportPreviewPage::showDryRun()
{
    const auto& run = m_wizard->dryRun();
    if (!run)
        return;
    m_updating = true;
    // The column choices are the header's names.
    for (QComboBox* c : {m_dateColumn, m_productColumn, m_quantityColumn, m_revenueColumn,
                         m_priceColumn, m_categoryColumn}) {
        while (c->count() > 1)
            c->removeItem(1);
        for (const QString& name : run->preview.header)
            if (!name.trimmed().isEmpty() && c->findData(name) < 0)
                c->addItem(name, name);
    }
    while (m_sheet->count() > 1)
        m_sheet->removeItem(1);
    for (const QString& sheet : run->preview.sheets)
        m_sheet->addItem(sheet, sheet);
    m_sheet->setEnabled(!run->preview.sheets.isEmpty());
    const bool textFile = run->preview.sheets.isEmpty();
    for (QComboBox* c : {m_encoding, m_delimiter, m_decimal, m_thousands})
        c->setEnabled(textFile); // a workbook's cells are text and numbers already
    setCombos(run->spec);
    // "(detect)" says what detection found.
    const DetectedFormat found = detectedFormat(run->report, run->preview.delimiter);
    const auto label = [](QComboBox* c, const QString& detected) {
        const int i = detected.isEmpty() ? -1 : c->findData(detected);
        c->setItemText(0, i > 0 ? tr("(detect: %1)").arg(c->itemText(i)) : tr("(detect)"));
    };
    label(m_encoding, found.encoding);
    label(m_delimiter, found.delimiter);
    label(m_decimal, found.decimal);
    label(m_dateOrder, found.dateOrder);
    label(m_layout, found.layout == Layout::Auto ? QString() : data::layoutName(found.layout));
    label(m_dateColumn, found.columns.value(QStringLiteral("Date")));
    label(m_productColumn, found.columns.value(QStringLiteral("Product")));
    label(m_quantityColumn, found.columns.value(QStringLiteral("Quantity")));
    label(m_revenueColumn, found.columns.value(QStringLiteral("Revenue")));
    label(m_priceColumn, found.columns.value(QStringLiteral("Price")));
    label(m_categoryColumn, found.columns.value(QStringLiteral("Category")));
    m_updating = false;

    QStringList lines;
    for (int line : run->preview.lines)
        lines << QString::number(line);
    m_previewModel->setTable(run->preview.header, run->preview.rows, {}, lines);
    m_previewTable->resizeColumnsToContents();
    m_decisions->clear();
    m_decisions->addItems(run->report.decisions);
    m_savedSpecLabel->setVisible(run->savedSpecUsed);
    m_busyBar->setVisible(false);

    const data::ImportReport& r = run->report;
    if (r.rejected()) {
        QString reason;
        for (const data::ImportIssue& issue : r.issues)
            if (issue.severity == data::ImportIssue::Severity::Error) {
                reason = issue.line > 0 ? tr("line %1: %2").arg(issue.line).arg(issue.message)
                                        : issue.message;
                break;
            }
        m_statusLabel->setText(
            tr("This file cannot be imported with these settings: %1").arg(reason));
    } else {
        m_statusLabel->setText(tr("Ready: %n product(s) found in %1 rows. Next shows the full "
                                  "report.",
                                  nullptr, static_cast<int>(r.products.size()))
                                   .arg(r.rowsRead));
    }
    emit completeChanged();
}

} // namespace bakery::ui
