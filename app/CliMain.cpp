// bakery-trainer-cli: the headless entry point. Dispatches on the command word.
#include "ForecastCommand.h"
#include "ImportCommands.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BakeryIA"));
    QCoreApplication::setApplicationName(QStringLiteral("Trainer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BAKERY_VERSION));
    QLocale::setDefault(QLocale::system());
    bakery::i18n::installTranslators(app, QLocale::system());
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QLatin1String("import"))
        return bakery::app::runImportCommand(args);
    if (command == QLatin1String("products"))
        return bakery::app::runProductsCommand(args);
    if (command == QLatin1String("sales"))
        return bakery::app::runSalesCommand(args);
    if (command == QLatin1String("forecast"))
        return bakery::app::runForecastCommand(args);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "bakery-trainer-cli " << BAKERY_VERSION << '\n';
        return 0;
    }
    const bool help = command.isEmpty() || command == QLatin1String("--help");
    QTextStream(help ? stdout : stderr) << QCoreApplication::translate(
        "cli", "Usage: bakery-trainer-cli <command> [options]\n\n"
               "Commands:\n"
               "  import     import sales history from a CSV or XLSX file\n"
               "  products   list products, days of history and training readiness\n"
               "  sales      print a product's daily sales\n"
               "  forecast   fit a ds,y series on all but the last days and score them\n\n"
               "Run 'bakery-trainer-cli <command> --help' for the options of a command.\n");
    return help ? 0 : 2;
}
