#pragma once

#include <QString>

namespace Gatehouse::Ui {

/// The user's persistent choices, in QSettings (organisation and application
/// "Gatehouse"). Never holds a secret: a server password lives in the keychain
/// and only its reference ("keychain:service/account") is stored here.
/// Any thread may call these (QSettings is reentrant).
class AppSettings
{
public:
    static QString lastEstateFolder();
    static void setLastEstateFolder(const QString &folder);

    /// Control store server URL without password; empty = the embedded cluster.
    static QString databaseUrl();
    static void setDatabaseUrl(const QString &url);

    /// Keychain reference of the server password; empty = none.
    static QString databasePasswordRef();
    static void setDatabasePasswordRef(const QString &ref);

    /// Keychain reference to use for a server URL ("keychain:gatehouse/user@host:port/db").
    static QString passwordRefForUrl(const QString &url);

    /// UI language code ("de", "fr", "en"); empty = follow the system locale.
    static QString language();
    static void setLanguage(const QString &code);
};

} // namespace Gatehouse::Ui
