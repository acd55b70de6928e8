#pragma once

#include "models/kubestore.h"
#include "models/result.h"
#include "services/kubeconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Gatehouse::Services {

class KubeReflector;
class KubeClientCredentials;

/// Tuning of a KubeClient. The defaults are client-go's; tests shorten the backoff.
struct KubeClientSettings
{
    int initialBackoffMs = 800;
    int maxBackoffMs = 30000;
    int minWatchTimeoutSeconds = 300; ///< each watch asks for a random timeout in [min, max)
    int maxWatchTimeoutSeconds = 600;
    int listPageSize = 500;
    int requestTimeoutMs = 30000; ///< lists and actions; a watch may stay quiet longer
};

/// How one environment's cluster connection is doing, for the UI.
struct KubeConnectionStatus
{
    enum class State {
        Connecting,   ///< first list not finished yet
        Connected,    ///< every resource listed and watched
        Reconnecting, ///< a list or watch failed; retrying at nextRetry
        Unauthorized, ///< the server answered 401/403, or no credential could be obtained
        TlsError,     ///< the server's certificate was rejected (message says why)
    };
    State state = State::Connecting;
    QString message;   ///< why, for every state but Connected; never contains a secret
    QDateTime nextRetry; ///< Reconnecting / Unauthorized / TlsError: when the next attempt starts
    QDateTime dataAsOf;  ///< when the data was last known to be current (invalid: never synced)
    bool insecureSkipTlsVerify = false; ///< the kubeconfig turned TLS verification off: warn

    /// Data is shown but may be out of date (the connection is not Connected).
    bool isStale() const { return state != State::Connected && dataAsOf.isValid(); }
    /// Seconds since dataAsOf; 0 when connected.
    qint64 dataAgeSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static QString stateName(State state);
};

/// The answer to one request (actions and reflectors).
struct KubeResponse
{
    int httpStatus = 0;      ///< 0 when no HTTP answer came (network, TLS)
    QByteArray body;
    QString networkError;    ///< transport failure text, empty when an HTTP answer came
    bool tlsError = false;
    int retryAfterSeconds = -1;

    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    /// The Status object's message of an error answer, or the transport error.
    QString errorMessage() const;
    /// The Status object's reason ("NotFound", "Conflict", …), empty otherwise.
    QString statusReason() const;
};

/// The Kubernetes client of one environment: one context and namespace of the user's
/// kubeconfig. Keeps a KubeStore in step with the cluster through one KubeReflector per
/// resource (deployments, replicasets, pods, events in the namespace), reports the
/// connection state, and sends single requests for actions (see KubeActions).
///
/// Lives on the UI thread; HTTP runs through its own QNetworkAccessManager with streamed
/// watch bodies; list bodies are decoded on the global thread pool, and credentials (an
/// exec plugin may take seconds) are obtained there too.
class KubeClient : public QObject
{
    Q_OBJECT
public:
    explicit KubeClient(KubeConnectionConfig config, QObject *parent = nullptr);
    ~KubeClient() override;

    void setSettings(const KubeClientSettings &settings);
    const KubeClientSettings &settings() const { return m_settings; }

    /// Obtains a credential, then lists and watches every resource. Returns at once.
    void start();
    /// Stops all requests; the store keeps its objects.
    void stop();
    bool isRunning() const { return m_running; }

    Models::KubeStore *store() const { return m_store; }
    QString namespaceName() const { return m_config.namespaceName; }
    QString contextName() const { return m_config.contextName; }
    QUrl server() const { return m_config.server; }
    KubeConnectionStatus status() const { return m_status; }
    /// Every reflector has listed and is watching.
    bool isSynced() const;

    /// Sends one request to `path` (e.g. "/apis/apps/v1/namespaces/x/deployments/y")
    /// with the current credential; `done` runs on the UI thread with the answer.
    /// An empty `contentType` sends no Content-Type header.
    void request(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                 const QByteArray &contentType, std::function<void(const KubeResponse &)> done);
    /// As request(), for a GET whose JSON object answer is wanted.
    QFuture<Models::Result<QJsonObject>> getJson(const QString &path, const QUrlQuery &query = {});

    /// For KubeReflector: a started reply for a streamed or plain GET. Null while no credential.
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                        const QByteArray &contentType, bool streaming);
    /// For KubeReflector: the server refused the credential; get a new one (once at a time).
    void credentialRejected();
    /// The path of a namespaced resource collection: "/api/v1/namespaces/ns/pods", …
    QString collectionPath(Models::KubeKind kind) const;
    /// Reads a response's status, Retry-After and transport error (after finished()).
    static KubeResponse responseOf(QNetworkReply *reply, const QByteArray &body);

Q_SIGNALS:
    /// The connection state or its details changed.
    void statusChanged(const Gatehouse::Services::KubeConnectionStatus &status);
    /// Every reflector has (re)listed and is watching; the store equals the server's state.
    void synced();

private:
    void fetchCredential();
    void updateStatus();

    KubeConnectionConfig m_config;
    KubeClientSettings m_settings;
    std::shared_ptr<KubeClientCredentials> m_credentials;
    bool m_haveCredential = false;
    QString m_token;
    QByteArray m_clientCertPem;
    QByteArray m_clientKeyPem;
    QDateTime m_credentialExpiry;
    bool m_fetchingCredential = false;
    QString m_credentialError;
    int m_credentialAttempts = 0;
    QNetworkAccessManager *m_network = nullptr;      ///< lists and actions
    QNetworkAccessManager *m_watchNetwork = nullptr; ///< watches: connections the server ends are never reused for lists
    Models::KubeStore *m_store = nullptr;
    QList<KubeReflector *> m_reflectors;
    bool m_running = false;
    bool m_wasSynced = false;
    quint64 m_credentialGeneration = 0;
    KubeConnectionStatus m_status;
};

} // namespace Gatehouse::Services
