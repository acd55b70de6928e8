#pragma once

#include "services/kubeconfig.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace Gatehouse::Services {

/// What a request to the cluster authenticates with. Holds secrets: never log it.
struct KubeCredential
{
    QString token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QDateTime expiry; ///< invalid = does not expire (until the server says 401)
};

/// The credentials of one context: a static token, a token file (read again each time a
/// credential is needed), a client certificate, or an exec credential plugin
/// (client.authentication.k8s.io/v1: run with the kubeconfig's args and env plus
/// KUBERNETES_EXEC_INFO, its ExecCredential cached until expirationTimestamp).
///
/// credential() may run a process and block: call it on a worker thread (KubeClient does,
/// through QtConcurrent). Thread-safe; concurrent callers share one plugin run.
class KubeClientCredentials
{
public:
    explicit KubeClientCredentials(KubeConnectionConfig config);
    ~KubeClientCredentials();

    /// A valid credential, from the cache when it has not expired.
    Models::Result<KubeCredential> credential();
    /// Forgets the cached credential (after a 401), so the next call asks again.
    void invalidate();
    /// How many times the exec plugin ran (tests).
    int pluginRuns() const;
    /// Replaces the clock used for expiry (tests).
    void setClock(std::function<QDateTime()> clock);
    /// Longest a plugin may run before it is killed; 60 s by default.
    void setPluginTimeout(int milliseconds);

    bool usesExecPlugin() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatehouse::Services
