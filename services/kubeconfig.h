#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Gatehouse::Services {

/// An exec credential plugin (client.authentication.k8s.io/v1), as a user entry names it.
struct KubeExecConfig
{
    QString command;  ///< absolute, on PATH, or resolved against the kubeconfig's folder
    QStringList args;
    QList<QPair<QString, QString>> env; ///< added to Gatehouse's environment for the plugin
    QString apiVersion;
    QString installHint;
    bool isSet() const { return !command.isEmpty(); }
};

/// Everything needed to talk to the cluster of one context, with files already read.
/// Holds secrets (token, key): never log or show it.
struct KubeConnectionConfig
{
    QString contextName;
    QString namespaceName; ///< the context's namespace, "default" when it has none
    QUrl server;
    QByteArray caPem;                   ///< empty = system CAs
    bool insecureSkipTlsVerify = false; ///< honoured, but the UI must warn
    QString tlsServerName;
    QString token;     ///< static bearer token
    QString tokenFile; ///< read again whenever a credential is needed
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    KubeExecConfig exec;
    QString sourceFile; ///< the file that defined the context
};

/// The user's kubeconfig, as kubectl reads it: one or several files (KUBECONFIG, with
/// client-go's merge rules: the first file to define a cluster, user or context name
/// wins; the first non-empty current-context wins; missing files in the list are
/// skipped), contexts with cluster, user and namespace. Loading reads and parses files:
/// call it off the UI thread (it is cheap for normal files). Errors name the file, the
/// line and the key. Immutable after loading; any thread.
class KubeConfig
{
public:
    struct Cluster
    {
        QString name;
        QUrl server;
        QByteArray caData;
        QString caFile;
        bool insecureSkipTlsVerify = false;
        QString tlsServerName;
        Models::SourceLocation location;
    };
    struct User
    {
        QString name;
        QString token;
        QString tokenFile;
        QByteArray clientCertificateData;
        QString clientCertificateFile;
        QByteArray clientKeyData;
        QString clientKeyFile;
        KubeExecConfig exec;
        Models::SourceLocation location;
    };
    struct Context
    {
        QString name;
        QString cluster;
        QString user;
        QString namespaceName;
        Models::SourceLocation location;
    };

    /// The files of $KUBECONFIG (split on ':'), or ~/.kube/config when it is unset or empty.
    static QStringList defaultFiles();
    /// Loads defaultFiles() (missing ones skipped; an error when none exists).
    static Models::Result<KubeConfig> loadDefault();
    /// Loads and merges `files` in order. `explicitFile`: a single file that must exist
    /// (as with --kubeconfig); otherwise missing files are skipped with a warning.
    static Models::Result<KubeConfig> load(const QStringList &files, bool explicitFile = false);
    /// Parses one file's text; `fileName` is used in errors and to resolve relative paths.
    static Models::Result<KubeConfig> parse(const QByteArray &text, const QString &fileName);

    QStringList files() const { return m_files; }
    /// Files that were skipped (missing) and similar notes, one sentence each.
    QStringList warnings() const { return m_warnings; }
    QString currentContext() const { return m_currentContext; }
    QStringList contextNames() const;
    const QList<Context> &contexts() const { return m_contexts; }
    const QList<Cluster> &clusters() const { return m_clusters; }
    const QList<User> &users() const { return m_users; }

    /// The connection for `contextName` (current-context when empty): cluster and user
    /// looked up, CA / certificate / key files read. Errors name the file and key.
    Models::Result<KubeConnectionConfig> connection(const QString &contextName = {}) const;

private:
    void mergeFrom(const KubeConfig &other);

    QStringList m_files;
    QStringList m_warnings;
    QString m_currentContext;
    Models::SourceLocation m_currentContextLocation;
    QList<Cluster> m_clusters;
    QList<User> m_users;
    QList<Context> m_contexts;
};

} // namespace Gatehouse::Services
