#include "kubesimfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

KubeSimFixture::KubeSimFixture() = default;

KubeSimFixture::~KubeSimFixture()
{
    stop();
}

QString KubeSimFixture::kubeconfigPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("kubeconfig")) : QString();
}

QString KubeSimFixture::stateDir() const
{
    return m_dir ? m_dir->path() : QString();
}

bool KubeSimFixture::start(const QString &estateDir, double clockScale)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString program = QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse-estate-sim");
    const QString estate = estateDir.isEmpty() ? QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate") : estateDir;
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("--estate"), estate, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--state-dir"), m_dir->path(), QStringLiteral("--clock-scale"),
                            QString::number(clockScale)});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!out.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    const int at = out.indexOf("listening ");
    if (at < 0) {
        m_error = QStringLiteral("the simulator did not start: %1")
                      .arg(QString::fromUtf8(out + m_process.readAllStandardError()));
        stop();
        return false;
    }
    m_server = QUrl(QString::fromUtf8(out.mid(at + 10, out.indexOf('\n', at) - at - 10)).trimmed());
    QFile token(m_dir->filePath(QStringLiteral("token")));
    QFile ca(m_dir->filePath(QStringLiteral("ca.crt")));
    if (!token.open(QIODevice::ReadOnly) || !ca.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("the simulator wrote no token or CA");
        stop();
        return false;
    }
    m_token = token.readAll().trimmed();
    m_ca = ca.readAll();
    return true;
}

bool KubeSimFixture::lowerPriority(int niceValue)
{
    if (m_process.state() != QProcess::Running)
        return false;
    // On Linux each thread has its own nice value: set it for every thread of the process.
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(m_process.processId()));
    const QStringList threads = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    bool all = !threads.isEmpty();
    for (const QString &thread : threads)
        all = setpriority(PRIO_PROCESS, static_cast<id_t>(thread.toInt()), niceValue) == 0 && all;
    return all;
}

void KubeSimFixture::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

QNetworkRequest KubeSimFixture::makeRequest(const QString &pathAndQuery, const QByteArray &contentType) const
{
    QUrl url = m_server;
    const int q = int(pathAndQuery.indexOf(QLatin1Char('?')));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(m_ca, QSsl::Pem));
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(30000);
    return request;
}

QPair<int, QByteArray> KubeSimFixture::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                            const QByteArray &contentType)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QNetworkReply *reply = m_network->sendCustomRequest(makeRequest(pathAndQuery, contentType), verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    delete reply;
    return {status, answer};
}

QJsonObject KubeSimFixture::admin(const QString &path, const QJsonObject &body)
{
    const auto [status, answer] =
        send("POST", QStringLiteral("/admin/") + path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    return status == 200 ? QJsonDocument::fromJson(answer).object() : QJsonObject();
}

QPair<int, QByteArray> KubeSimFixture::call(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                            const QByteArray &contentType, int attempts)
{
    QPair<int, QByteArray> result;
    for (int i = 0; i < attempts; ++i) {
        result = send(verb, pathAndQuery, body, contentType);
        if (result.first != 429 && result.first < 500 && result.first != 0)
            return result;
    }
    return result;
}

namespace {
QMap<QString, QByteArray> versionsOfList(const QByteArray &body)
{
    QMap<QString, QByteArray> out;
    const QJsonArray items = QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject md = v.toObject().value(QLatin1String("metadata")).toObject();
        out.insert(md.value(QLatin1String("name")).toString(), md.value(QLatin1String("resourceVersion")).toString().toLatin1());
    }
    return out;
}
} // namespace

QMap<QString, QByteArray> KubeSimFixture::listVersions(const QString &collectionPath)
{
    const auto [status, body] = call("GET", collectionPath);
    return status == 200 ? versionsOfList(body) : QMap<QString, QByteArray>();
}

QList<QMap<QString, QByteArray>> KubeSimFixture::listVersions(const QStringList &collectionPaths)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QList<QMap<QString, QByteArray>> out(collectionPaths.size());
    for (int attempt = 0; attempt < 50; ++attempt) {
        QList<QNetworkReply *> replies;
        for (const QString &path : collectionPaths)
            replies.append(m_network->get(makeRequest(path, {})));
        QEventLoop loop;
        int pending = int(replies.size());
        for (QNetworkReply *reply : replies) {
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&pending, &loop] {
                if (--pending == 0)
                    loop.quit();
            });
        }
        loop.exec();
        bool all = true;
        for (int i = 0; i < replies.size(); ++i) {
            if (replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                out[i] = versionsOfList(replies[i]->readAll());
            else
                all = false;
            delete replies[i];
        }
        if (all)
            return out;
    }
    return out;
}
