#pragma once

#include "models/result.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace Gatehouse::Services {

/// Passwords and tokens in the system keychain (Secret Service on Linux, through QtKeychain).
///
/// A secret is named by a reference "keychain:SERVICE/ACCOUNT" (the form the estate
/// YAML and the settings hold); the secret itself lives only in the keychain and in
/// memory. No message this class produces ever contains a secret.
///
/// Call from a thread with a running event loop (the UI thread); each call returns at
/// once and its future finishes on that thread when the keychain answers.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Reference
    {
        QString service;
        QString account;
    };

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// Parses "keychain:SERVICE/ACCOUNT" (SERVICE without '/', ACCOUNT non-empty).
    static Models::Result<Reference> parseReference(const QString &reference);
    /// "keychain:SERVICE/ACCOUNT".
    static QString makeReference(const QString &service, const QString &account);

    QFuture<Models::Result<QString>> readPassword(const QString &reference);
    QFuture<Models::Status> writePassword(const QString &reference, const QString &secret);
    QFuture<Models::Status> deletePassword(const QString &reference);
};

} // namespace Gatehouse::Services
