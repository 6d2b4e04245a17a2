// bakery-trainer-cli: the headless entry point. Dispatches on the command word.
#include "ForecastCommand.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bakery-trainer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BAKERY_VERSION));
    QLocale::setDefault(QLocale::system());
    bakery::i18n::installTranslators(app, QLocale::system());
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QLatin1String("forecast")) return bakery::app::runForecastCommand(args);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "bakery-trainer-cli " << BAKERY_VERSION << '\n';
        return 0;
    }
    QTextStream(command.isEmpty() || command == QLatin1String("--help") ? stdout : stderr)
        << QCoreApplication::translate("cli",
                                       "Usage: bakery-trainer-cli <command> [options]\n\n"
                                       "Commands:\n"
                                       "  forecast   fit a ds,y series on all but the last days "
                                       "and score them\n\n"
                                       "Run 'bakery-trainer-cli <command> --help' for the "
                                       "options of a command.\n");
    return command.isEmpty() || command == QLatin1String("--help") ? 0 : 2;
}
