#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

namespace Gatehouse::App {

namespace {

QFile *g_log = nullptr;
QtMessageHandler g_previous = nullptr;
QMutex g_mutex;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        // Messages come from worker threads too.
        QMutexLocker lock(&g_mutex);
        if (g_log) {
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levelName(type) + ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8()
                + '\n';
            g_log->write(line);
            g_log->flush();
        }
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

QString installLogFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    if (!QDir().mkpath(folder))
        return {};
    auto *file = new QFile(folder + QStringLiteral("/gatehouse.log"));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        delete file;
        return {};
    }
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QMutexLocker lock(&g_mutex);
        g_log = file;
    }
    g_previous = qInstallMessageHandler(handler);
    return file->fileName();
}

} // namespace Gatehouse::App
