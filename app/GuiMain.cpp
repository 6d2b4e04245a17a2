// The desktop app: translations, command line, then the main window.
#include "AppIcon.h"
#include "AppIdentity.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QPixmap>
#include <QTextStream>

namespace {

// Renders every sidebar page to <dir>/<page key>.png at a fixed size, for docs and reviews.
// Works headless (QT_QPA_PLATFORM=offscreen); the window is never put on screen.
bool saveScreenshots(bakery::ui::MainWindow& window, const QString& dirPath)
{
    QTextStream err(stderr);
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        err << QCoreApplication::translate("GuiMain", "Cannot create the folder %1")
                   .arg(QDir::toNativeSeparators(dirPath))
            << Qt::endl;
        return false;
    }
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1366, 768); // the smallest screen ui-design.md must stay readable on
    window.show();
    const QStringList keys = window.pageKeys();
    for (int i = 0; i < keys.size(); ++i) {
        window.setCurrentPage(i);
        QCoreApplication::processEvents();
        const QString file = dir.filePath(keys.at(i) + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            err << QCoreApplication::translate("GuiMain", "Cannot write %1")
                       .arg(QDir::toNativeSeparators(file))
                << Qt::endl;
            return false;
        }
    }
    return true;
}

// --language picks the catalogue, and the catalogue must be installed before the options are
// described for --help: so that one option is read first, on its own.
QLocale chooseLocale(const QStringList& arguments)
{
    QCommandLineParser preParser;
    const QCommandLineOption language(QStringLiteral("language"), QString(),
                                      QStringLiteral("code"));
    preParser.addOption(language);
    preParser.parse(arguments); // the other options are unknown here: errors are expected
    return preParser.isSet(language) ? QLocale(preParser.value(language)) : QLocale::system();
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

    bakery::i18n::installTranslators(app, chooseLocale(QCoreApplication::arguments()));

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

    bakery::ui::MainWindow window;
    if (parser.isSet(screenshotsOption))
        return saveScreenshots(window, parser.value(screenshotsOption)) ? 0 : 1;
    window.show();
    return QApplication::exec();
}
