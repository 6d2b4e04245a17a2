// The settings page on real widgets: one editor per catalog key, inline validation that
// blocks Save, Save writing the INI file that Settings::load() reads back.
#include "config/Settings.h"
#include "settings/SettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace bakery;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKeyHasAnEditor();
    void invalidValueBlocksSave();
    void saveWritesTheIniFile();
    void environmentIsNoted();

private:
    QTemporaryDir m_config; // QSettings of the language choice land here
};

void TestSettingsPage::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
}

void TestSettingsPage::everyKeyHasAnEditor()
{
    ui::SettingsPage page(config::Settings{}, m_config.filePath(QStringLiteral("a.ini")));
    for (const config::SettingInfo& info : config::settingCatalog()) {
        const QString key = QString::fromUtf8(info.key);
        auto* editor = page.findChild<QWidget*>(QStringLiteral("setting_") + key);
        QVERIFY2(editor, qPrintable(key));
        QVERIFY2(editor->toolTip().contains(QStringLiteral("Default")), qPrintable(key));
        switch (info.type) {
        case config::SettingType::Bool:
            QVERIFY(qobject_cast<QCheckBox*>(editor));
            break;
        case config::SettingType::Int:
            QVERIFY(qobject_cast<QSpinBox*>(editor));
            break;
        case config::SettingType::Double:
            QVERIFY(qobject_cast<QDoubleSpinBox*>(editor));
            break;
        case config::SettingType::Choice:
            QVERIFY(qobject_cast<QComboBox*>(editor));
            break;
        case config::SettingType::Text:
        case config::SettingType::Path:
            QVERIFY(qobject_cast<QLineEdit*>(editor));
            break;
        }
        if (info.type == config::SettingType::Path)
            QVERIFY(page.findChild<QPushButton*>(QStringLiteral("settingBrowse_") + key));
    }
    QVERIFY(page.findChild<QComboBox*>(QStringLiteral("settingLanguage")));
}

void TestSettingsPage::invalidValueBlocksSave()
{
    ui::SettingsPage page(config::Settings{}, m_config.filePath(QStringLiteral("b.ini")));
    page.show();
    auto* save = page.findChild<QPushButton*>(QStringLiteral("settingsSaveButton"));
    auto* url = page.findChild<QLineEdit*>(QStringLiteral("setting_DATABASE_URL"));
    auto* error = page.findChild<QLabel*>(QStringLiteral("settingError_DATABASE_URL"));
    QVERIFY(save && url && error);
    QVERIFY(save->isEnabled());
    QVERIFY(!error->isVisible());

    url->clear();
    QTest::keyClicks(url, QStringLiteral("sqlite://bad"));
    QVERIFY(!save->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("DATABASE_URL")), qPrintable(error->text()));
    QVERIFY(page.errors().contains(QStringLiteral("DATABASE_URL")));

    url->setText(m_config.filePath(QStringLiteral("good.sqlite")));
    QVERIFY(save->isEnabled());
    QVERIFY(!error->isVisible());
}

void TestSettingsPage::saveWritesTheIniFile()
{
    const QString ini = m_config.filePath(QStringLiteral("sub/c.ini"));
    ui::SettingsPage page(config::Settings{}, ini);
    QSignalSpy saved(&page, &ui::SettingsPage::saved);
    auto* jobs = page.findChild<QSpinBox*>(QStringLiteral("setting_MAX_CONCURRENT_JOBS"));
    auto* auto_ = page.findChild<QCheckBox*>(QStringLiteral("setting_ENABLE_AUTO_DEPLOYMENT"));
    auto* mode = page.findChild<QComboBox*>(QStringLiteral("setting_PROPHET_SEASONALITY_MODE"));
    auto* language = page.findChild<QComboBox*>(QStringLiteral("settingLanguage"));
    QVERIFY(jobs && auto_ && mode && language);
    jobs->setValue(5);
    auto_->setChecked(false);
    mode->setCurrentIndex(mode->findData(QStringLiteral("multiplicative")));
    emit mode->activated(mode->currentIndex());
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("settingsSaveButton")),
                      Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY(QFile::exists(ini));

    QStringList problems;
    const config::Settings back = config::Settings::load(ini, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(back.maxConcurrentJobs, 5);
    QCOMPARE(back.enableAutoDeployment, false);
    QCOMPARE(back.prophetSeasonalityMode, QStringLiteral("multiplicative"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));

    // Restore defaults, save again: the defaults are read back.
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("settingsRestoreButton")),
                      Qt::LeftButton);
    QCOMPARE(jobs->value(), 3);
    QVERIFY(page.save());
    QCOMPARE(config::Settings::load(ini).maxConcurrentJobs, 3);
}

void TestSettingsPage::environmentIsNoted()
{
    qputenv("MAX_TRAINING_RETRIES", "7");
    const config::Settings s = config::Settings::load(m_config.filePath(QStringLiteral("d.ini")));
    qunsetenv("MAX_TRAINING_RETRIES");
    QCOMPARE(s.sourceOf(QStringLiteral("MAX_TRAINING_RETRIES")), QStringLiteral("environment"));
    ui::SettingsPage page(s, m_config.filePath(QStringLiteral("d.ini")));
    auto* note = page.findChild<QLabel*>(QStringLiteral("settingEnvironment_MAX_TRAINING_RETRIES"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("MAX_TRAINING_RETRIES")));
    QCOMPARE(page.findChild<QSpinBox*>(QStringLiteral("setting_MAX_TRAINING_RETRIES"))->value(), 7);
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("settingEnvironment_HOLDOUT_DAYS")));
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BakeryIaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSettingsPage"));
    TestSettingsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSettingsPage.moc"
