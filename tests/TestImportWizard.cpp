// The import wizard as the baker meets it (issue 5): real widgets found by object name, a
// real SQLite store in a temporary folder, the dry read and the import on worker threads.
#include "AppController.h"
#include "import/ImportTableModel.h"
#include "import/ImportWizard.h"
#include "storage/SalesStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using bakery::ui::AppController;
using bakery::ui::ImportTableModel;
using bakery::ui::ImportWizard;

namespace {

const QString kData = QStringLiteral(BAKERY_TEST_DATA_DIR "/import");

QString goodFile()
{
    return kData + QStringLiteral("/good/spanish_semicolon.csv");
}

ImportTableModel* tableModel(QWidget* root, const QString& name)
{
    auto* view = root->findChild<QTableView*>(name);
    return view ? qobject_cast<ImportTableModel*>(view->model()) : nullptr;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void brokenFileShowsLineNumberedError();
    void goodFileIsDetectedAndImported();
    void wrongDelimiterRejectsAndDetectRestores();
    void specIsSavedAndReusedForTheSameHeader();
    void headerKeyIgnoresBomAndBlankLines();
    void spreadsheetIsPreviewed();

private:
    bakery::storage::SalesStore store() const
    {
        return bakery::storage::SalesStore(m_controller->workspace().database(),
                                           m_controller->tenant());
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_controller;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // specs and QSettings go to a test folder
    QCoreApplication::setOrganizationName(QStringLiteral("BakeryIA-Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestImportWizard"));
    QLocale::setDefault(QLocale::c());
}

void TestImportWizard::init()
{
    QDir(bakery::ui::importSpecDirectory()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    bakery::config::Settings settings;
    settings.databaseUrl = m_dir->filePath(QStringLiteral("store.sqlite"));
    settings.modelStoragePath = m_dir->filePath(QStringLiteral("models"));
    m_controller = std::make_unique<AppController>(settings);
    QString error;
    QVERIFY2(m_controller->open(&error), qPrintable(error));
}

void TestImportWizard::cleanup()
{
    m_controller.reset();
    m_dir.reset();
    QDir(bakery::ui::importSpecDirectory()).removeRecursively();
}

void TestImportWizard::brokenFileShowsLineNumberedError()
{
    // manifest.csv: unclosed_quote.csv, code unclosed_quote, line 4.
    {
        ImportWizard wizard(m_controller.get(),
                            kData + QStringLiteral("/broken/unclosed_quote.csv"));
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
        QTRY_VERIFY(wizard.dryRun().has_value());
        QVERIFY(wizard.dryRun()->report.rejected());
        auto* status = wizard.findChild<QLabel*>(QStringLiteral("previewStatusLabel"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("line 4")), qPrintable(status->text()));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPageId));
        ImportTableModel* issues = tableModel(&wizard, QStringLiteral("issuesTable"));
        QVERIFY(issues);
        int errorRow = -1;
        for (int r = 0; r < issues->rowCount(); ++r)
            if (issues->index(r, 1).data().toString() == QStringLiteral("4") &&
                issues->index(r, 0).data().toString() == QStringLiteral("Error"))
                errorRow = r;
        QVERIFY2(errorRow >= 0, "no error on line 4 in the issues table");
        QVERIFY(issues->index(errorRow, 3).data().toString().contains(QStringLiteral("quote")));
        QCOMPARE(issues->highlight(errorRow), ImportTableModel::Highlight::Error);
        QVERIFY(issues->index(errorRow, 0).data(Qt::BackgroundRole).isValid());

        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        auto* rejected = wizard.findChild<QLabel*>(QStringLiteral("rejectedLabel"));
        QVERIFY(rejected && rejected->isVisible());
        QVERIFY(rejected->text().contains(QStringLiteral("cannot be imported")));
        QVERIFY(rejected->text().contains(QStringLiteral("line 4")));
        wizard.reject();
        QVERIFY(!wizard.isVisible());
    }
    QVERIFY(store().products().empty());
}

void TestImportWizard::goodFileIsDetectedAndImported()
{
    ImportWizard wizard(m_controller.get(), goodFile());
    QSignalSpy importedSpy(&wizard, &ImportWizard::imported);
    QSignalSpy storeSpy(m_controller.get(), &AppController::storeChanged);
    wizard.show();
    QTRY_VERIFY(wizard.dryRun().has_value());
    QVERIFY(!wizard.dryRun()->report.rejected());

    // The detected format, as the "(detect)" entries show it.
    const auto detected = [&](const char* name, const QString& value) {
        auto* combo = wizard.findChild<QComboBox*>(QLatin1String(name));
        return combo && combo->currentIndex() == 0 &&
               combo->itemText(0).contains(combo->itemText(combo->findData(value)));
    };
    QVERIFY(detected("delimiterCombo", QStringLiteral(";")));
    QVERIFY(detected("decimalCombo", QStringLiteral(",")));
    QVERIFY(detected("dateOrderCombo", QStringLiteral("dmy")));
    QVERIFY(detected("encodingCombo", QStringLiteral("windows-1252")));
    QVERIFY(detected("layoutCombo", QStringLiteral("long")));
    QVERIFY(detected("dateColumnCombo", QStringLiteral("Fecha")));
    QVERIFY(detected("productColumnCombo", QStringLiteral("Art\u00edculo")));
    QVERIFY(detected("revenueColumnCombo", QStringLiteral("Importe")));
    ImportTableModel* preview = tableModel(&wizard, QStringLiteral("previewTable"));
    QVERIFY(preview);
    QCOMPARE(preview->columnCount(), 4);
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Fecha"));
    QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("Napolitana de chocolate"));
    QCOMPARE(preview->headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
    auto* product = wizard.findChild<QComboBox*>(QStringLiteral("productColumnCombo"));
    QVERIFY(product->findData(QStringLiteral("Artículo")) > 0);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPageId));
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    ImportTableModel* products = tableModel(&wizard, QStringLiteral("productsTable"));
    const auto& expected = wizard.dryRun()->report.products;
    QCOMPARE(products->rowCount(), int(expected.size()));

    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
    QTRY_VERIFY(wizard.outcome().has_value());
    QVERIFY(wizard.outcome()->stored);
    QCOMPARE(importedSpy.count(), 1);
    QCOMPARE(importedSpy.at(0).at(0).toInt(), int(expected.size()));
    QVERIFY(importedSpy.at(0).at(1).toInt() > 0);
    QVERIFY(storeSpy.count() >= 1);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    const auto stored = store().products();
    QCOMPARE(stored.size(), expected.size());
    for (const auto& p : expected) {
        const auto s = store().product(p.name);
        QVERIFY2(s.has_value(), qPrintable(p.name));
        QCOMPARE(s->days, p.days);
        QCOMPARE(s->total, p.total);
    }
}

void TestImportWizard::wrongDelimiterRejectsAndDetectRestores()
{
    ImportWizard wizard(m_controller.get(), goodFile());
    wizard.show();
    QTRY_VERIFY(wizard.dryRun().has_value());
    QVERIFY(!wizard.dryRun()->report.rejected());
    ImportTableModel* preview = tableModel(&wizard, QStringLiteral("previewTable"));
    auto* delimiter = wizard.findChild<QComboBox*>(QStringLiteral("delimiterCombo"));
    auto* status = wizard.findChild<QLabel*>(QStringLiteral("previewStatusLabel"));
    QVERIFY(preview && delimiter && status);

    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral("|")));
    QVERIFY(!wizard.currentPage()->isComplete()); // reading again
    QTRY_VERIFY(wizard.dryRun().has_value());
    QCOMPARE(wizard.spec().delimiter, QStringLiteral("|"));
    QVERIFY(wizard.dryRun()->report.rejected());
    QCOMPARE(preview->columnCount(), 1);
    QVERIFY(status->text().contains(QStringLiteral("cannot be imported")));
    wizard.next();
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.back();

    delimiter->setCurrentIndex(0); // (detect)
    QTRY_VERIFY(wizard.dryRun().has_value());
    QVERIFY(!wizard.dryRun()->report.rejected());
    QCOMPARE(preview->columnCount(), 4);
    QVERIFY(status->text().startsWith(QStringLiteral("Ready")));
    wizard.next();
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.reject();
    QVERIFY(store().products().empty()); // nothing is written before Import
}

void TestImportWizard::specIsSavedAndReusedForTheSameHeader()
{
    const QString first = goodFile();
    const QString key = bakery::ui::headerKey(first);
    QCOMPARE(key.size(), 16);
    {
        ImportWizard wizard(m_controller.get(), first);
        wizard.show();
        QTRY_VERIFY(wizard.dryRun().has_value());
        auto* savedLabel = wizard.findChild<QLabel*>(QStringLiteral("savedSpecLabel"));
        QVERIFY(savedLabel && savedLabel->isHidden());
        auto* thousands = wizard.findChild<QComboBox*>(QStringLiteral("thousandsCombo"));
        thousands->setCurrentIndex(thousands->findData(QStringLiteral("none")));
        QTRY_VERIFY(wizard.dryRun().has_value());
        QVERIFY(!wizard.dryRun()->report.rejected());
        wizard.next();
        wizard.next(); // Import
        QTRY_VERIFY(wizard.outcome().has_value());
        QVERIFY(wizard.outcome()->stored);
        QVERIFY(wizard.outcome()->specSaveError.isEmpty());
    }
    QVERIFY(QFile::exists(bakery::ui::importSpecPath(key)));

    // A later export of the same till: same header line, other days.
    QFile source(first);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = source.readAll().split('\n');
    const QString second = m_dir->filePath(QStringLiteral("ventas-enero.csv"));
    QFile out(second);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(lines[0] + "\n");
    out.write("08/01/2024;Napolitana de chocolate;21;31,50\n"
              "08/01/2024;Pan de le\xF1"
              "a;10;35,00\n"
              "09/01/2024;Napolitana de chocolate;19;28,50\n");
    out.close();
    QCOMPARE(bakery::ui::headerKey(second), key);

    ImportWizard wizard(m_controller.get(), second);
    wizard.show();
    QTRY_VERIFY(wizard.dryRun().has_value());
    QVERIFY(wizard.dryRun()->savedSpecUsed);
    auto* savedLabel = wizard.findChild<QLabel*>(QStringLiteral("savedSpecLabel"));
    QVERIFY(savedLabel->isVisible());
    QVERIFY(savedLabel->text().contains(QStringLiteral("saved for this till export")));
    const auto current = [&](const char* name) {
        return wizard.findChild<QComboBox*>(QLatin1String(name))->currentData().toString();
    };
    QCOMPARE(current("thousandsCombo"), QStringLiteral("none"));
    QCOMPARE(current("delimiterCombo"), QStringLiteral(";"));
    QCOMPARE(current("decimalCombo"), QStringLiteral(","));
    QCOMPARE(current("dateOrderCombo"), QStringLiteral("dmy")); // 08/01 alone would not say
    QVERIFY(!wizard.dryRun()->report.rejected());
    QCOMPARE(wizard.dryRun()->report.products.size(), std::size_t(2));

    // Another till's file does not use it.
    ImportWizard other(m_controller.get(), kData + QStringLiteral("/broken/unclosed_quote.csv"));
    other.show();
    QTRY_VERIFY(other.dryRun().has_value());
    QVERIFY(!other.dryRun()->savedSpecUsed);
    QVERIFY(other.findChild<QLabel*>(QStringLiteral("savedSpecLabel"))->isHidden());
}

void TestImportWizard::headerKeyIgnoresBomAndBlankLines()
{
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    };
    const QString plain = write(QStringLiteral("a.csv"), "date,product,quantity\n2024-03-01,A,1\n");
    const QString bom = write(QStringLiteral("b.csv"),
                              "\xEF\xBB\xBF\r\n  \r\ndate,product,quantity\r\n2024-04-01,B,2\r\n");
    const QString other = write(QStringLiteral("c.csv"), "fecha,producto,cantidad\n");
    QVERIFY(!bakery::ui::headerKey(plain).isEmpty());
    QCOMPARE(bakery::ui::headerKey(bom), bakery::ui::headerKey(plain));
    QVERIFY(bakery::ui::headerKey(other) != bakery::ui::headerKey(plain));
    QVERIFY(bakery::ui::headerKey(m_dir->filePath(QStringLiteral("missing.csv"))).isEmpty());
    QCOMPARE(bakery::ui::headerKey(kData + QStringLiteral("/good/ventas.xlsx")).size(), 16);
}

void TestImportWizard::spreadsheetIsPreviewed()
{
    // ventas.xlsx: a notes sheet first, the sales on sheet 'Ventas'.
    ImportWizard wizard(m_controller.get(), kData + QStringLiteral("/good/ventas.xlsx"));
    wizard.show();
    QTRY_VERIFY(wizard.dryRun().has_value());
    QVERIFY(wizard.dryRun()->report.rejected());
    auto* sheet = wizard.findChild<QComboBox*>(QStringLiteral("sheetCombo"));
    QVERIFY(sheet && sheet->isEnabled());
    QVERIFY(sheet->findData(QStringLiteral("Notas")) > 0);
    sheet->setCurrentIndex(sheet->findData(QStringLiteral("Ventas")));
    QTRY_VERIFY(wizard.dryRun().has_value());
    QCOMPARE(wizard.spec().sheet, QStringLiteral("Ventas"));
    QVERIFY(!wizard.dryRun()->report.rejected());
    QCOMPARE(wizard.dryRun()->report.products.size(), std::size_t(2));
    QVERIFY(!wizard.dryRun()->report.products.empty());
    ImportTableModel* preview = tableModel(&wizard, QStringLiteral("previewTable"));
    QVERIFY(preview->columnCount() >= 3);
    QVERIFY(preview->rowCount() > 0 && preview->rowCount() <= bakery::ui::kPreviewRows);
    auto* delimiter = wizard.findChild<QComboBox*>(QStringLiteral("delimiterCombo"));
    QCOMPARE(delimiter->itemText(0), QStringLiteral("(detect)")); // no delimiter in a workbook
}

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
