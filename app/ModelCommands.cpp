#include "ModelCommands.h"

#include "CliJson.h"
#include "CliOutput.h"

#include "storage/EventLog.h"
#include "storage/ModelRegistry.h"
#include "storage/SalesStore.h"
#include "training/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace bakery::app {
namespace {

using namespace cli;

storage::ModelRegistry registryOf(const training::Workspace& w)
{
    return {w.database(), w.artifacts(), w.tenant()};
}

void describe(QCommandLineParser& parser, const char* command, const QString& description,
              const char* argument, const QString& argumentDescription)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QLatin1String(command),
                                 QCoreApplication::translate("cli", "The command."));
    if (argument)
        parser.addPositionalArgument(QLatin1String(argument), argumentDescription);
    parser.addOptions({jsonOption(), databaseOption()});
}

// The MODEL argument: exit 2 when it is not a number.
bool modelId(const QString& text, qint64* id, int* code)
{
    if (parseId(text, id))
        return true;
    *code = fail(QCoreApplication::translate("cli", "MODEL: expected a model id (a whole number "
                                                    "> 0), found \"%1\"")
                     .arg(text),
                 kBadUsage);
    return false;
}

int noSuchModel(qint64 id)
{
    return fail(QCoreApplication::translate("cli", "no model version with id %1").arg(id));
}

int noSuchProduct(const QString& name)
{
    return fail(QCoreApplication::translate("cli", "no product named \"%1\"").arg(name));
}

QString jsonValueText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

void printVersion(QTextStream& out, const storage::ModelVersion& v,
                  const artifacts::ArtifactStore& store)
{
    const auto field = [&out](const QString& name, const QString& value) {
        out << name << ": " << value << '\n';
    };
    const evaluation::Metrics& m = v.holdout;
    field(QCoreApplication::translate("cli", "Model"), QString::number(v.id));
    field(QCoreApplication::translate("cli", "Product"), v.productName);
    field(QCoreApplication::translate("cli", "Version"), v.version);
    field(QCoreApplication::translate("cli", "Deployed"),
          v.production ? QCoreApplication::translate("cli", "yes")
                       : QCoreApplication::translate("cli", "no"));
    field(QCoreApplication::translate("cli", "Holdout"),
          QCoreApplication::translate("cli", "%1 to %2, %3 days")
              .arg(v.evaluationStart, v.evaluationEnd)
              .arg(m.n));
    field(QCoreApplication::translate("cli", "Metrics"),
          QCoreApplication::translate(
              "cli", "accuracy %1 %, MAE %2, RMSE %3, MAPE %4 %, WAPE %5 %, sMAPE %6 %, R2 %7, "
                     "coverage %8")
              .arg(number(m.accuracy, 1), number(m.mae), number(m.rmse), number(m.mape, 1),
                   number(m.wape, 1), number(m.smape, 1), number(m.r2), number(m.coverage)));
    field(QCoreApplication::translate("cli", "Training data"),
          QCoreApplication::translate("cli", "%1 to %2, %3 days")
              .arg(v.trainingStart, v.trainingEnd)
              .arg(v.trainingSamples));
    field(QCoreApplication::translate("cli", "Training time"), duration(v.trainingDurationSeconds));
    field(QCoreApplication::translate("cli", "Job"),
          v.jobId.isEmpty() ? QStringLiteral("-") : v.jobId);
    field(QCoreApplication::translate("cli", "Created"),
          QStringLiteral("%1 (%2)").arg(localTime(v.createdAt), v.createdBy));
    field(QCoreApplication::translate("cli", "Last used"), localTime(v.lastUsedAt));
    field(QCoreApplication::translate("cli", "Artifact"), store.absolutePath(v.modelPath));
    field(QCoreApplication::translate("cli", "Artifact size"),
          QCoreApplication::translate("cli", "%1 bytes (%2)")
              .arg(v.artifactBytes)
              .arg(v.compression));
    field(QCoreApplication::translate("cli", "SHA-256"), v.checksum);
    field(QCoreApplication::translate("cli", "Model hash"), v.modelHash);
    field(QCoreApplication::translate("cli", "Data fingerprint"), v.dataFingerprint);
    field(QCoreApplication::translate("cli", "Features"), v.features.join(QStringLiteral(", ")));
    out << QCoreApplication::translate("cli", "Hyperparameters:") << '\n';
    for (auto it = v.hyperparameters.constBegin(); it != v.hyperparameters.constEnd(); ++it)
        out << "  " << it.key() << " = " << jsonValueText(it.value()) << '\n';
}

} // namespace

int runModelsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, "models",
             QCoreApplication::translate("cli", "List the stored model versions ('*' deployed)."),
             "PRODUCT", QCoreApplication::translate("cli", "Only this product's versions."));
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QStringList values = parser.positionalArguments().mid(1);
    if (values.size() > 1)
        return fail(QCoreApplication::translate("cli", "expected at most one PRODUCT"), kBadUsage);
    const auto workspace = openWorkspace(parser, &code);
    if (!workspace)
        return code;
    qint64 productId = 0;
    if (!values.isEmpty()) {
        const auto product =
            storage::SalesStore(workspace->database(), workspace->tenant()).product(values[0]);
        if (!product)
            return noSuchProduct(values[0]);
        productId = product->id;
    }
    const std::vector<storage::ModelVersion> versions = registryOf(*workspace).versions(productId);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const storage::ModelVersion& v : versions)
            list.append(versionJson(v));
        printJson({{QStringLiteral("models"), list}});
        return kOk;
    }
    QList<QStringList> rows;
    for (const storage::ModelVersion& v : versions)
        rows << QStringList{QString::number(v.id),
                            v.productName,
                            v.version,
                            v.production ? QStringLiteral("*") : QString(),
                            number(v.holdout.accuracy, 1),
                            number(v.holdout.mae),
                            number(v.holdout.wape, 1),
                            QString::number(v.trainingSamples),
                            localTime(v.createdAt)};
    QTextStream out(stdout);
    printTable(
        out,
        {QCoreApplication::translate("cli", "id"), QCoreApplication::translate("cli", "product"),
         QCoreApplication::translate("cli", "version"),
         QCoreApplication::translate("cli", "deployed"),
         QCoreApplication::translate("cli", "accuracy %"),
         QCoreApplication::translate("cli", "MAE"), QCoreApplication::translate("cli", "WAPE %"),
         QCoreApplication::translate("cli", "samples"),
         QCoreApplication::translate("cli", "created")},
        rows, {0, 4, 5, 6, 7});
    return kOk;
}

int runModelCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, "model",
             QCoreApplication::translate(
                 "cli", "Show a model version: metrics, settings, artifact and the product's "
                        "deployment history."),
             "MODEL", QCoreApplication::translate("cli", "The model id."));
    int code = 0;
    QStringList values;
    qint64 id = 0;
    if (!parseArguments(parser, arguments, 1,
                        QCoreApplication::translate("cli", "expected one MODEL id"), &values,
                        &code) ||
        !modelId(values[0], &id, &code))
        return code;
    const auto workspace = openWorkspace(parser, &code);
    if (!workspace)
        return code;
    const storage::ModelRegistry registry = registryOf(*workspace);
    const auto v = registry.version(id);
    if (!v)
        return noSuchModel(id);
    const std::vector<storage::Deployment> history = registry.deployments(v->productId);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const storage::Deployment& d : history)
            list.append(deploymentJson(d));
        QJsonObject o = versionJson(*v, true, &workspace->artifacts());
        o.insert(QStringLiteral("deployments"), list);
        printJson(o);
        return kOk;
    }
    QTextStream out(stdout);
    printVersion(out, *v, workspace->artifacts());
    QList<QStringList> rows;
    for (const storage::Deployment& d : history)
        rows << QStringList{localTime(d.deployedAt), d.action,
                            QStringLiteral("%1 (%2)").arg(d.version).arg(d.modelId), d.deployedBy,
                            d.reason};
    out << '\n'
        << QCoreApplication::translate("cli", "Deployments of %1:").arg(v->productName) << '\n';
    printTable(
        out,
        {QCoreApplication::translate("cli", "when"), QCoreApplication::translate("cli", "action"),
         QCoreApplication::translate("cli", "version (model)"),
         QCoreApplication::translate("cli", "by"), QCoreApplication::translate("cli", "reason")},
        rows);
    return kOk;
}

int runDeployCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, "deploy",
             QCoreApplication::translate("cli", "Deploy a model version (its artifact's "
                                                "SHA-256 is checked first)."),
             "MODEL", QCoreApplication::translate("cli", "The model id."));
    int code = 0;
    QStringList values;
    qint64 id = 0;
    if (!parseArguments(parser, arguments, 1,
                        QCoreApplication::translate("cli", "expected one MODEL id"), &values,
                        &code) ||
        !modelId(values[0], &id, &code))
        return code;
    const auto workspace = openWorkspace(parser, &code);
    if (!workspace)
        return code;
    const storage::ModelRegistry registry = registryOf(*workspace);
    const auto before = registry.version(id);
    if (!before)
        return noSuchModel(id);
    QString error;
    if (before->production) {
        // The registry leaves a deployed version alone; still say when its file is damaged.
        if (!workspace->artifacts().verify(before->modelPath, before->checksum, &error))
            return fail(error);
    } else if (!registry.deploy(id,
                                QCoreApplication::translate("cli", "deployed by %1 from the "
                                                                   "command line")
                                    .arg(storage::osUser()),
                                &error)) {
        return fail(error);
    }
    const auto after = registry.version(id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = versionJson(after.value_or(*before));
        o.insert(QStringLiteral("already_deployed"), before->production);
        printJson(o);
        return kOk;
    }
    QTextStream(stdout) << (before->production
                                ? QCoreApplication::translate(
                                      "cli", "%1 version %2 (model %3) is deployed already.")
                                : QCoreApplication::translate("cli",
                                                              "Deployed %1 version %2 (model %3)."))
                               .arg(before->productName, before->version)
                               .arg(id)
                        << '\n';
    return kOk;
}

int runRollbackCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, "rollback",
             QCoreApplication::translate(
                 "cli", "Deploy again the version of a product that was deployed before the "
                        "current one."),
             "PRODUCT", QCoreApplication::translate("cli", "The product's name."));
    int code = 0;
    QStringList values;
    if (!parseArguments(parser, arguments, 1,
                        QCoreApplication::translate("cli", "expected one PRODUCT name"), &values,
                        &code))
        return code;
    const auto workspace = openWorkspace(parser, &code);
    if (!workspace)
        return code;
    if (!storage::SalesStore(workspace->database(), workspace->tenant()).product(values[0]))
        return noSuchProduct(values[0]);
    QString error;
    const auto restored = registryOf(*workspace).rollback(values[0], &error);
    if (!restored)
        return fail(error);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(versionJson(*restored));
        return kOk;
    }
    QTextStream(stdout) << QCoreApplication::translate("cli",
                                                       "Rolled back %1 to version %2 (model %3).")
                               .arg(restored->productName, restored->version)
                               .arg(restored->id)
                        << '\n';
    return kOk;
}

} // namespace bakery::app
