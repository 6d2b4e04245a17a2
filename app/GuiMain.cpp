// The desktop app: translations, command line, then the main window.
#include "AppController.h"
#include "AppIcon.h"
#include "AppIdentity.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>

namespace {

// --language picks the catalogue, and the catalogue must be installed before the options are
// described for --help: so that one option is read first, on its own.
QLocale chooseLocale(const QStringList& arguments)
{
    QCommandLineParser preParser;
    const QCommandLineOption language(QStringLiteral("language"), QString(),
                                      QStringLiteral("code"));
    preParser.addOption(language);
    preParser.parse(arguments); // the other options are unknown here: errors are expected
    if (preParser.isSet(language))
        return QLocale(preParser.value(language));
    // The Settings page's language choice; empty: follow the system.
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    return saved.isEmpty() ? QLocale::system() : QLocale(saved);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(bakery::ui::kOrganisationName);
    QCoreApplication::setApplicationName(bakery::ui::kApplicationName);
    QCoreApplication::setApplicationVersion(QStringLiteral(BAKERY_VERSION));
    QGuiApplication::setDesktopFileName(bakery::ui::kDesktopFileName);
    QApplication::setWindowIcon(bakery::resources::appIcon());

    const QLocale locale = chooseLocale(QCoreApplication::arguments());
    bakery::i18n::installTranslators(app, locale);
    // A language other than the system's brings its own numbers and dates ("6,9", "26 nov"):
    // Spanish words with English decimal points would read wrong.
    if (locale.language() != QLocale::system().language())
        QLocale::setDefault(locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiMain", "Train, compare and deploy sales forecasts for each product of your bakery."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("language"),
        QCoreApplication::translate("GuiMain", "Use this language (es, en) instead of the "
                                               "system's."),
        QCoreApplication::translate("GuiMain", "code")));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("GuiMain", "Save a PNG of every page into <dir>, then quit."),
        QCoreApplication::translate("GuiMain", "dir"));
    parser.addOption(screenshotsOption);
    parser.process(app);

    if (parser.isSet(screenshotsOption)) {
        QString error;
        if (bakery::ui::renderScreenshots(parser.value(screenshotsOption), &error))
            return 0;
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }

    QStringList problems;
    bakery::ui::AppController controller(bakery::config::Settings::load({}, &problems));
    QString error;
    if (!controller.open(&error)) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("GuiMain", "Bakery-IA Trainer"),
            QCoreApplication::translate("GuiMain", "The store cannot be opened: %1").arg(error));
        return 1;
    }
    bakery::ui::MainWindow window(&controller);
    if (!problems.isEmpty())
        window.statusBar()->showMessage(problems.join(QStringLiteral("; ")), 15000);
    window.show();
    return QApplication::exec();
}
