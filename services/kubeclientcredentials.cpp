#include "kubeclientcredentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>

namespace Gatehouse::Services {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("KubeClientCredentials", text);
}
} // namespace

struct KubeClientCredentials::Private
{
    KubeConnectionConfig config;
    mutable QMutex mutex;
    std::optional<KubeCredential> cached;
    int runs = 0;
    int timeoutMs = 60000;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };

    Models::Result<KubeCredential> runPlugin();
};

KubeClientCredentials::KubeClientCredentials(KubeConnectionConfig config) : d(std::make_unique<Private>())
{
    d->config = std::move(config);
}

KubeClientCredentials::~KubeClientCredentials() = default;

bool KubeClientCredentials::usesExecPlugin() const
{
    return d->config.exec.isSet();
}

int KubeClientCredentials::pluginRuns() const
{
    QMutexLocker lock(&d->mutex);
    return d->runs;
}

void KubeClientCredentials::setClock(std::function<QDateTime()> clock)
{
    QMutexLocker lock(&d->mutex);
    d->clock = std::move(clock);
}

void KubeClientCredentials::setPluginTimeout(int milliseconds)
{
    QMutexLocker lock(&d->mutex);
    d->timeoutMs = milliseconds;
}

void KubeClientCredentials::invalidate()
{
    QMutexLocker lock(&d->mutex);
    d->cached.reset();
}

Models::Result<KubeCredential> KubeClientCredentials::credential()
{
    QMutexLocker lock(&d->mutex);
    const KubeConnectionConfig &c = d->config;
    if (c.exec.isSet()) {
        if (d->cached && (!d->cached->expiry.isValid() || d->clock() < d->cached->expiry))
            return *d->cached;
        d->cached.reset();
        Models::Result<KubeCredential> fresh = d->runPlugin();
        if (fresh)
            d->cached = fresh.value();
        return fresh;
    }
    KubeCredential cred;
    cred.token = c.token;
    cred.clientCertificatePem = c.clientCertificatePem;
    cred.clientKeyPem = c.clientKeyPem;
    if (cred.token.isEmpty() && !c.tokenFile.isEmpty()) {
        QFile f(c.tokenFile);
        if (!f.open(QIODevice::ReadOnly))
            return Models::Result<KubeCredential>::failure(
                tr("users.user.tokenFile: cannot read %1: %2").arg(c.tokenFile, f.errorString()),
                Models::SourceLocation{c.sourceFile, 0, 0});
        cred.token = QString::fromUtf8(f.readAll()).trimmed();
    }
    return cred;
}

Models::Result<KubeCredential> KubeClientCredentials::Private::runPlugin()
{
    const KubeExecConfig &exec = config.exec;
    ++runs;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : exec.env)
        env.insert(name, value);
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    const QJsonObject info{{QStringLiteral("apiVersion"), exec.apiVersion},
                           {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("spec"), spec}};
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
    process.setProcessEnvironment(env);
    process.setProgram(exec.command);
    process.setArguments(exec.args);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    const QString name = QFileInfo(exec.command).fileName();
    if (!process.waitForStarted(timeoutMs)) {
        QString message = tr("the credential plugin \"%1\" could not be started: %2").arg(name, process.errorString());
        if (!exec.installHint.isEmpty())
            message += QLatin1Char(' ') + exec.installHint.trimmed();
        return Models::Result<KubeCredential>::failure(message, Models::SourceLocation{config.sourceFile, 0, 0});
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Models::Result<KubeCredential>::failure(
            tr("the credential plugin \"%1\" did not finish within %2 s").arg(name).arg(timeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // Only the first line of its error output: enough to act on, and plugins do not print tokens there.
        const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0).left(300);
        return Models::Result<KubeCredential>::failure(
            tr("the credential plugin \"%1\" failed (exit code %2)%3")
                .arg(name)
                .arg(process.exitCode())
                .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential"))
        return Models::Result<KubeCredential>::failure(
            tr("the credential plugin \"%1\" did not print an ExecCredential").arg(name));
    if (root.value(QLatin1String("apiVersion")).toString() != exec.apiVersion)
        return Models::Result<KubeCredential>::failure(
            tr("the credential plugin \"%1\" answered with apiVersion \"%2\", expected \"%3\"")
                .arg(name, root.value(QLatin1String("apiVersion")).toString(), exec.apiVersion));
    const QJsonObject status = root.value(QLatin1String("status")).toObject();
    KubeCredential cred;
    cred.token = status.value(QLatin1String("token")).toString();
    cred.clientCertificatePem = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    cred.clientKeyPem = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    const QString expiry = status.value(QLatin1String("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        cred.expiry = QDateTime::fromString(expiry, Qt::ISODateWithMs);
        if (!cred.expiry.isValid())
            return Models::Result<KubeCredential>::failure(
                tr("the credential plugin \"%1\" gave an unreadable expirationTimestamp").arg(name));
    }
    if (cred.token.isEmpty() && (cred.clientCertificatePem.isEmpty() || cred.clientKeyPem.isEmpty()))
        return Models::Result<KubeCredential>::failure(
            tr("the credential plugin \"%1\" gave neither a token nor a client certificate and key").arg(name));
    return cred;
}

} // namespace Gatehouse::Services
