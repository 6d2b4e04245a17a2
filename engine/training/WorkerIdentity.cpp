#include "training/WorkerIdentity.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace bakery::training {

namespace {

const QString& token()
{
    static const QString t =
        QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffULL, 36);
    return t;
}

} // namespace

QString currentWorkerId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(token());
}

bool isWorkerAlive(const QString& worker)
{
    const QStringList parts = worker.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] != QHostInfo::localHostName())
        return true;
    bool ok = false;
    const qint64 pid = parts[1].toLongLong(&ok);
    if (!ok)
        return true;
    if (pid == QCoreApplication::applicationPid())
        return parts[2] == token();
#ifdef Q_OS_UNIX
    // Signal 0 only asks whether the process exists (EPERM: it does, another user's).
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    return true;
#endif
}

} // namespace bakery::training
