#pragma once

#include "models/environment.h"
#include "models/sourcestate.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QList>

#include <chrono>
#include <memory>
#include <utility>
#include <vector>

class QNetworkAccessManager;
class QSslConfiguration;

namespace Gatehouse::Services {

class SecretStore;

/// Where an HTTP health source (Prometheus, Alertmanager) lives and how to log in.
/// Holds only a keychain reference, never the secret itself.
struct HttpEndpoint
{
    enum class Auth { None, Bearer, Basic };

    QUrl url;                  ///< base URL, e.g. http://127.0.0.1:9090 (a path prefix is kept)
    Auth auth = Auth::None;
    QString user;              ///< Basic only
    QString secretRef;         ///< "keychain:SERVICE/ACCOUNT" holding the token or password
    QString caCertificateFile; ///< PEM file of an extra CA to trust (added to the system's)
    bool verifyTls = true;     ///< false only when the user turned verification off explicitly
    std::chrono::milliseconds timeout{10000};

    /// The endpoint at `url` with the login and CA the estate gives for it
    /// (Environment::prometheusAccess / alertmanagerAccess): a bearer token when one is
    /// referenced, else basic auth when a user is named, else none.
    static HttpEndpoint forSource(const QUrl &url, const Models::HttpSourceAccess &access);
};

/// The HTTP plumbing the health clients share: one QNetworkAccessManager, credentials
/// read once from the keychain, TLS with a custom CA, and the source's SourceState.
///
/// Internal to services/. Lives on the thread that created it (the UI thread); replies
/// and futures finish there. The secret is kept in memory only, sent only in the
/// Authorization header and never put into a message.
class HealthHttp : public QObject
{
    Q_OBJECT
public:
    /// What came back: an HTTP status (0 when the server was not reached) and the body,
    /// or why nothing came back.
    struct Reply
    {
        int httpStatus = 0;
        QByteArray body;
        QString failure;          ///< transport or credential failure, readable, no secret
        bool credentials = false; ///< the failure is reading the secret, not the network

        bool reached() const { return httpStatus != 0; }
    };

    /// Query or form parameters, in order; values may hold any character.
    using Params = QList<std::pair<QString, QString>>;
    /// `params` as application/x-www-form-urlencoded ('+' and '&' in values escaped).
    static QByteArray encode(const Params &params);

    explicit HealthHttp(QObject *parent = nullptr);
    ~HealthHttp() override;

    void setEndpoint(const HttpEndpoint &endpoint);
    const HttpEndpoint &endpoint() const { return m_endpoint; }
    /// Where secretRef is read from; without a store a secretRef cannot be resolved.
    void setSecretStore(SecretStore *store);
    /// Uses `secret` instead of reading secretRef (e.g. one the caller already read).
    void setSecret(const QString &secret);

    /// Sends `verb` to base URL + `path`; the future finishes on this object's thread.
    QFuture<Reply> send(const QByteArray &verb, const QString &path, const Params &query = {},
                        const QByteArray &body = {}, const QByteArray &contentType = {});
    /// POSTs `form` as application/x-www-form-urlencoded (no URL length limit for long queries).
    QFuture<Reply> postForm(const QString &path, const Params &form);

    const Models::SourceState &state() const { return m_state; }
    void recordSuccess();
    void recordFailure(Models::SourceState::Status status, const QString &reason);

    /// "http://host:port" — for messages; never with user info.
    QString displayUrl() const;

Q_SIGNALS:
    /// The source became fresh, stale or unreachable, or the reason changed.
    void stateChanged(const Gatehouse::Models::SourceState &state);

private:
    struct Pending;
    void sendNow(const std::shared_ptr<Pending> &pending);
    void resolveSecret();

    QNetworkAccessManager *m_network = nullptr;
    HttpEndpoint m_endpoint;
    SecretStore *m_secrets = nullptr;
    QString m_secret;
    bool m_secretReady = false;
    bool m_secretLoading = false;
    QString m_secretFailure;
    std::vector<std::shared_ptr<Pending>> m_waiting;
    Models::SourceState m_state;
};

} // namespace Gatehouse::Services
