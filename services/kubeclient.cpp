#include "kubeclient.h"

#include "services/kubeclientcredentials.h"
#include "services/kubereflector.h"
#include "services/whenfinished.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Gatehouse::Services {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("KubeClient", text);
}

constexpr char SslErrorsProperty[] = "gatehouseSslErrors";

QJsonObject statusObject(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    return o.value(QLatin1String("kind")).toString() == QLatin1String("Status") ? o : QJsonObject();
}
} // namespace

qint64 KubeConnectionStatus::dataAgeSeconds(const QDateTime &now) const
{
    if (state == State::Connected || !dataAsOf.isValid())
        return 0;
    return std::max<qint64>(0, dataAsOf.secsTo(now));
}

QString KubeConnectionStatus::stateName(State state)
{
    switch (state) {
    case State::Connecting:
        return tr("Connecting");
    case State::Connected:
        return tr("Connected");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Unauthorized:
        return tr("Unauthorized");
    case State::TlsError:
        return tr("TLS error");
    }
    return {};
}

QString KubeResponse::errorMessage() const
{
    if (!networkError.isEmpty())
        return networkError;
    const QJsonObject status = statusObject(body);
    const QString message = status.value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        return message;
    if (httpStatus == 401)
        return tr("Unauthorized: the server did not accept the credentials");
    if (httpStatus == 0)
        return tr("No answer from the server");
    return tr("The server answered HTTP %1").arg(httpStatus);
}

QString KubeResponse::statusReason() const
{
    return statusObject(body).value(QLatin1String("reason")).toString();
}

KubeClient::KubeClient(KubeConnectionConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_credentials(std::make_shared<KubeClientCredentials>(m_config)),
      m_network(new QNetworkAccessManager(this)), m_watchNetwork(new QNetworkAccessManager(this)),
      m_store(new Models::KubeStore(this))
{
    m_network->setAutoDeleteReplies(false);
    m_watchNetwork->setAutoDeleteReplies(false);
    m_status.insecureSkipTlsVerify = m_config.insecureSkipTlsVerify;
    for (Models::KubeKind kind : {Models::KubeKind::Deployment, Models::KubeKind::ReplicaSet, Models::KubeKind::Pod,
                                  Models::KubeKind::Event}) {
        auto *reflector = new KubeReflector(kind, this, m_store);
        connect(reflector, &KubeReflector::stateChanged, this, &KubeClient::updateStatus);
        m_reflectors.append(reflector);
    }
}

KubeClient::~KubeClient()
{
    stop();
}

void KubeClient::setSettings(const KubeClientSettings &settings)
{
    m_settings = settings;
}

void KubeClient::start()
{
    if (m_running)
        return;
    m_running = true;
    updateStatus();
    if (m_haveCredential) {
        for (KubeReflector *r : std::as_const(m_reflectors))
            r->start();
    } else {
        fetchCredential();
    }
}

void KubeClient::stop()
{
    m_running = false;
    ++m_credentialGeneration;
    m_fetchingCredential = false;
    for (KubeReflector *r : std::as_const(m_reflectors))
        r->stop();
}

bool KubeClient::isSynced() const
{
    return std::all_of(m_reflectors.cbegin(), m_reflectors.cend(), [](const KubeReflector *r) { return r->isLive(); });
}

void KubeClient::fetchCredential()
{
    if (m_fetchingCredential)
        return;
    m_fetchingCredential = true;
    const quint64 generation = m_credentialGeneration;
    auto credentials = m_credentials;
    whenFinished(
        QtConcurrent::run([credentials] { return credentials->credential(); }), this,
        [this, generation](const Models::Result<KubeCredential> &result) {
            if (generation != m_credentialGeneration)
                return;
            m_fetchingCredential = false;
            if (!result) {
                m_credentialError = result.error().toString();
                ++m_credentialAttempts;
                const int delay = std::min(m_settings.maxBackoffMs,
                                           m_settings.initialBackoffMs << std::min(m_credentialAttempts, 16));
                m_status.nextRetry = QDateTime::currentDateTimeUtc().addMSecs(delay);
                updateStatus();
                QTimer::singleShot(delay, this, [this, generation] {
                    if (generation == m_credentialGeneration && m_running)
                        fetchCredential();
                });
                return;
            }
            m_credentialError.clear();
            m_credentialAttempts = 0;
            m_token = result->token;
            m_clientCertPem = result->clientCertificatePem;
            m_clientKeyPem = result->clientKeyPem;
            m_credentialExpiry = result->expiry;
            m_haveCredential = true;
            if (m_running) {
                for (KubeReflector *r : std::as_const(m_reflectors))
                    r->start();
            }
            updateStatus();
        });
}

void KubeClient::credentialRejected()
{
    if (m_credentials->usesExecPlugin() || !m_config.tokenFile.isEmpty()) {
        m_credentials->invalidate();
        fetchCredential();
    }
}

QString KubeClient::collectionPath(Models::KubeKind kind) const
{
    const QString ns = QString::fromLatin1(QUrl::toPercentEncoding(m_config.namespaceName));
    switch (kind) {
    case Models::KubeKind::Deployment:
    case Models::KubeKind::ReplicaSet:
        return QStringLiteral("/apis/apps/v1/namespaces/") + ns + QLatin1Char('/')
            + Models::KubeObjects::resourceName(kind);
    case Models::KubeKind::Pod:
    case Models::KubeKind::Event:
        return QStringLiteral("/api/v1/namespaces/") + ns + QLatin1Char('/') + Models::KubeObjects::resourceName(kind);
    }
    return {};
}

QNetworkReply *KubeClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                                const QByteArray &body, const QByteArray &contentType, bool streaming)
{
    if (!m_haveCredential)
        return nullptr;
    // An expired exec credential is renewed in the background; this request still goes
    // out and a 401 is retried by the caller.
    if (m_credentialExpiry.isValid() && QDateTime::currentDateTimeUtc() >= m_credentialExpiry) {
        m_credentials->invalidate();
        fetchCredential();
    }
    QUrl url = m_config.server;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "gatehouse/" GATEHOUSE_VERSION);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(streaming ? (m_settings.maxWatchTimeoutSeconds + 60) * 1000 : m_settings.requestTimeoutMs);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_config.caPem.isEmpty())
            ssl.setCaCertificates(QSslCertificate::fromData(m_config.caPem, QSsl::Pem));
        if (!m_clientCertPem.isEmpty()) {
            const QList<QSslCertificate> certs = QSslCertificate::fromData(m_clientCertPem, QSsl::Pem);
            if (!certs.isEmpty())
                ssl.setLocalCertificate(certs.first());
            QSslKey key(m_clientKeyPem, QSsl::Rsa, QSsl::Pem);
            if (key.isNull())
                key = QSslKey(m_clientKeyPem, QSsl::Ec, QSsl::Pem);
            ssl.setPrivateKey(key);
        }
        if (m_config.insecureSkipTlsVerify)
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
        if (!m_config.tlsServerName.isEmpty())
            request.setPeerVerifyName(m_config.tlsServerName);
    }
    QNetworkReply *reply = nullptr;
    QNetworkAccessManager *network = streaming ? m_watchNetwork : m_network;
    if (verb == "GET")
        reply = network->get(request);
    else
        reply = network->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        reply->setProperty(SslErrorsProperty, texts);
    });
    return reply;
}

KubeResponse KubeClient::responseOf(QNetworkReply *reply, const QByteArray &body)
{
    KubeResponse r;
    r.body = body;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok)
        r.retryAfterSeconds = retryAfter;
    if (r.httpStatus == 0 && reply->error() != QNetworkReply::NoError) {
        const QStringList ssl = reply->property(SslErrorsProperty).toStringList();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError || !ssl.isEmpty()) {
            r.tlsError = true;
            r.networkError = tr("The server's TLS certificate was rejected: %1")
                                 .arg(ssl.isEmpty() ? reply->errorString() : ssl.join(QStringLiteral("; ")));
        } else {
            r.networkError = reply->errorString();
        }
    }
    return r;
}

void KubeClient::request(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                         const QByteArray &contentType, std::function<void(const KubeResponse &)> done)
{
    QNetworkReply *reply = send(verb, path, query, body, contentType, false);
    if (!reply) {
        KubeResponse r;
        r.networkError = m_credentialError.isEmpty() ? tr("Not connected: no credential for the cluster yet")
                                                     : m_credentialError;
        QTimer::singleShot(0, this, [done = std::move(done), r] { done(r); });
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(responseOf(reply, reply->readAll()));
    });
}

QFuture<Models::Result<QJsonObject>> KubeClient::getJson(const QString &path, const QUrlQuery &query)
{
    auto promise = std::make_shared<QPromise<Models::Result<QJsonObject>>>();
    promise->start();
    QFuture<Models::Result<QJsonObject>> future = promise->future();
    request("GET", path, query, {}, {}, [promise](const KubeResponse &r) {
        if (!r.ok()) {
            promise->addResult(Models::Result<QJsonObject>::failure(r.errorMessage()));
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson(r.body);
            if (doc.isObject())
                promise->addResult(Models::Result<QJsonObject>(doc.object()));
            else
                promise->addResult(Models::Result<QJsonObject>::failure(tr("The server's answer is not a JSON object")));
        }
        promise->finish();
    });
    return future;
}

void KubeClient::updateStatus()
{
    KubeConnectionStatus s;
    s.insecureSkipTlsVerify = m_config.insecureSkipTlsVerify;
    bool allLive = !m_reflectors.isEmpty();
    QString tlsText;
    QString unauthText;
    QString otherText;
    QDateTime nextRetry;
    for (const KubeReflector *r : std::as_const(m_reflectors)) {
        if (!r->isLive())
            allLive = false;
        switch (r->problem()) {
        case KubeReflector::Problem::Tls:
            tlsText = r->problemText();
            break;
        case KubeReflector::Problem::Unauthorized:
            unauthText = r->problemText();
            break;
        case KubeReflector::Problem::Other:
            otherText = r->problemText();
            break;
        case KubeReflector::Problem::None:
            break;
        }
        if (r->phase() == KubeReflector::Phase::BackingOff && (!nextRetry.isValid() || r->nextRetry() < nextRetry))
            nextRetry = r->nextRetry();
    }
    if (!m_credentialError.isEmpty()) {
        s.state = KubeConnectionStatus::State::Unauthorized;
        s.message = m_credentialError;
        s.nextRetry = m_status.nextRetry;
    } else if (!tlsText.isEmpty()) {
        s.state = KubeConnectionStatus::State::TlsError;
        s.message = tlsText;
        s.nextRetry = nextRetry;
    } else if (!unauthText.isEmpty()) {
        s.state = KubeConnectionStatus::State::Unauthorized;
        s.message = unauthText;
        s.nextRetry = nextRetry;
    } else if (allLive && m_running) {
        s.state = KubeConnectionStatus::State::Connected;
    } else if (!m_wasSynced && otherText.isEmpty()) {
        s.state = KubeConnectionStatus::State::Connecting;
    } else {
        s.state = KubeConnectionStatus::State::Reconnecting;
        s.message = otherText.isEmpty() ? (m_running ? tr("Resynchronising with the cluster") : tr("Stopped")) : otherText;
        s.nextRetry = nextRetry;
    }
    if (s.state == KubeConnectionStatus::State::Connected) {
        s.dataAsOf = QDateTime::currentDateTimeUtc();
    } else {
        // The data was current until the connection was last lost.
        s.dataAsOf = m_status.state == KubeConnectionStatus::State::Connected ? QDateTime::currentDateTimeUtc()
                                                                               : m_status.dataAsOf;
    }
    const bool becameSynced = s.state == KubeConnectionStatus::State::Connected
        && m_status.state != KubeConnectionStatus::State::Connected;
    const bool changed = s.state != m_status.state || s.message != m_status.message || s.nextRetry != m_status.nextRetry;
    m_status = s;
    if (becameSynced)
        m_wasSynced = true;
    if (changed)
        Q_EMIT statusChanged(m_status);
    if (becameSynced)
        Q_EMIT synced();
}

} // namespace Gatehouse::Services
