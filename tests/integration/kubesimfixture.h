#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/// Runs the estate simulator (gatehouse-estate-sim) for a test or benchmark: a free
/// loopback port, a temp state folder with its kubeconfig, CA and token; admin and API
/// calls straight to it, bypassing Gatehouse's client. Stops the simulator on
/// destruction. Blocking calls (they spin a local event loop); one thread.
class KubeSimFixture
{
public:
    KubeSimFixture();
    ~KubeSimFixture();

    /// Starts the simulator on the demo estate (or `estateDir`); false with error() set on failure.
    bool start(const QString &estateDir = {}, double clockScale = 20.0);
    void stop();
    QString error() const { return m_error; }
    /// Lowers the running simulator's scheduling priority (every thread to `niceValue`),
    /// as if its work ran elsewhere: it stands in for a remote API server but shares this
    /// machine's cores. False when the simulator is not running or the change is refused.
    bool lowerPriority(int niceValue);

    QString kubeconfigPath() const;
    QByteArray token() const { return m_token; }
    QByteArray caPem() const { return m_ca; }
    QUrl server() const { return m_server; }
    QString stateDir() const;

    /// POST /admin/<path> with `body`; the answer object (empty on failure).
    QJsonObject admin(const QString &path, const QJsonObject &body);
    /// Any API call with the simulator's token; retried while the simulator answers an
    /// injected 429/5xx, for at most `attempts` tries. Returns HTTP status and body.
    QPair<int, QByteArray> call(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                                const QByteArray &contentType = {}, int attempts = 50);
    /// GET of a list: the items' name → resourceVersion.
    QMap<QString, QByteArray> listVersions(const QString &collectionPath);
    /// The same for several lists, fetched at once.
    QList<QMap<QString, QByteArray>> listVersions(const QStringList &collectionPaths);

private:
    QNetworkRequest makeRequest(const QString &pathAndQuery, const QByteArray &contentType) const;
    QPair<int, QByteArray> send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                const QByteArray &contentType);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network; ///< one, so connections and TLS sessions are reused
    QProcess m_process;
    QByteArray m_token;
    QByteArray m_ca;
    QUrl m_server;
    QString m_error;
};
