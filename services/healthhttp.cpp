#include "services/healthhttp.h"

#include "services/secretstore.h"
#include "services/whenfinished.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <memory>

namespace Gatehouse::Services {

struct HealthHttp::Pending
{
    QByteArray verb;
    QString path;
    Params query;
    QByteArray body;
    QByteArray contentType;
    QPromise<Reply> promise;
};

HttpEndpoint HttpEndpoint::forSource(const QUrl &url, const Models::HttpSourceAccess &access)
{
    HttpEndpoint endpoint;
    endpoint.url = url;
    endpoint.caCertificateFile = access.caFile;
    if (!access.bearerTokenRef.isEmpty()) {
        endpoint.auth = Auth::Bearer;
        endpoint.secretRef = access.bearerTokenRef;
    } else if (!access.basicAuthUser.isEmpty()) {
        endpoint.auth = Auth::Basic;
        endpoint.user = access.basicAuthUser;
        endpoint.secretRef = access.basicAuthPasswordRef;
    }
    return endpoint;
}

HealthHttp::HealthHttp(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Health sources are polled; a cached connection to a dead server only delays the verdict.
    m_network->setAutoDeleteReplies(true);
}

HealthHttp::~HealthHttp()
{
    for (const auto &pending : m_waiting) {
        Reply reply;
        reply.failure = tr("The request was cancelled.");
        pending->promise.addResult(reply);
        pending->promise.finish();
    }
}

void HealthHttp::setEndpoint(const HttpEndpoint &endpoint)
{
    m_endpoint = endpoint;
    m_secret.clear();
    m_secretReady = endpoint.auth == HttpEndpoint::Auth::None || endpoint.secretRef.isEmpty();
    m_secretFailure.clear();
}

void HealthHttp::setSecretStore(SecretStore *store)
{
    m_secrets = store;
}

void HealthHttp::setSecret(const QString &secret)
{
    m_secret = secret;
    m_secretReady = true;
    m_secretFailure.clear();
}

QString HealthHttp::displayUrl() const
{
    return m_endpoint.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::StripTrailingSlash);
}

void HealthHttp::recordSuccess()
{
    if (m_state.recordSuccess(QDateTime::currentDateTimeUtc()))
        Q_EMIT stateChanged(m_state);
}

void HealthHttp::recordFailure(Models::SourceState::Status status, const QString &reason)
{
    if (m_state.recordFailure(status, reason, QDateTime::currentDateTimeUtc()))
        Q_EMIT stateChanged(m_state);
}

QByteArray HealthHttp::encode(const Params &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QFuture<HealthHttp::Reply> HealthHttp::postForm(const QString &path, const Params &form)
{
    return send("POST", path, {}, encode(form), "application/x-www-form-urlencoded");
}

QFuture<HealthHttp::Reply> HealthHttp::send(const QByteArray &verb, const QString &path, const Params &query,
                                             const QByteArray &body, const QByteArray &contentType)
{
    auto pending = std::make_shared<Pending>();
    pending->verb = verb;
    pending->path = path;
    pending->query = query;
    pending->body = body;
    pending->contentType = contentType;
    pending->promise.start();
    QFuture<Reply> future = pending->promise.future();
    if (m_secretReady) {
        sendNow(pending);
    } else {
        m_waiting.push_back(pending);
        resolveSecret();
    }
    return future;
}

void HealthHttp::resolveSecret()
{
    if (m_secretLoading)
        return;
    if (!m_secrets) {
        m_secretFailure = tr("No keychain is available to read the credentials %1.").arg(m_endpoint.secretRef);
        m_secretReady = true;
    } else {
        m_secretLoading = true;
        whenFinished(m_secrets->readPassword(m_endpoint.secretRef), this, [this](const Models::Result<QString> &secret) {
            m_secretLoading = false;
            m_secretReady = true;
            if (secret)
                m_secret = secret.value();
            else
                m_secretFailure = tr("Cannot read the credentials %1 from the keychain: %2")
                                      .arg(m_endpoint.secretRef, secret.error().message);
            auto waiting = std::move(m_waiting);
            m_waiting.clear();
            for (const auto &pending : waiting)
                sendNow(pending);
        });
        return;
    }
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (const auto &pending : waiting)
        sendNow(pending);
}

void HealthHttp::sendNow(const std::shared_ptr<Pending> &pending)
{
    if (!m_secretFailure.isEmpty()) {
        Reply reply;
        reply.failure = m_secretFailure;
        reply.credentials = true;
        pending->promise.addResult(reply);
        pending->promise.finish();
        return;
    }

    QUrl url = m_endpoint.url;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + pending->path);
    if (!pending->query.isEmpty())
        url.setQuery(QString::fromLatin1(encode(pending->query)), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_endpoint.timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!pending->contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, pending->contentType);
    switch (m_endpoint.auth) {
    case HttpEndpoint::Auth::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_secret.toUtf8());
        break;
    case HttpEndpoint::Auth::Basic:
        request.setRawHeader("Authorization",
                             "Basic " + (m_endpoint.user + QLatin1Char(':') + m_secret).toUtf8().toBase64());
        break;
    case HttpEndpoint::Auth::None:
        break;
    }
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_endpoint.caCertificateFile.isEmpty())
            tls.addCaCertificates(QSslCertificate::fromPath(m_endpoint.caCertificateFile, QSsl::Pem));
        if (!m_endpoint.verifyTls)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_network->sendCustomRequest(request, pending->verb, pending->body);
    connect(reply, &QNetworkReply::finished, this, [reply, pending] {
        Reply out;
        out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        if (out.httpStatus == 0) {
            // Qt's own text names the URL and the cause; the secret is only in a header.
            out.failure = reply->error() == QNetworkReply::OperationCanceledError
                ? tr("No answer within the time limit.")
                : reply->errorString();
        }
        pending->promise.addResult(out);
        pending->promise.finish();
    });
}

} // namespace Gatehouse::Services
