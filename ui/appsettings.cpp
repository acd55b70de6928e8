#include "appsettings.h"

#include <QSettings>
#include <QUrl>

namespace Gatehouse::Ui {

namespace {
const QString kLastEstate = QStringLiteral("estate/lastFolder");
const QString kDatabaseUrl = QStringLiteral("controlStore/url");
const QString kPasswordRef = QStringLiteral("controlStore/passwordRef");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

QString AppSettings::lastEstateFolder()
{
    return QSettings().value(kLastEstate).toString();
}

void AppSettings::setLastEstateFolder(const QString &folder)
{
    QSettings().setValue(kLastEstate, folder);
}

QString AppSettings::databaseUrl()
{
    return QSettings().value(kDatabaseUrl).toString();
}

void AppSettings::setDatabaseUrl(const QString &url)
{
    // Whatever the user typed, a password inside the URL is never persisted.
    QUrl parsed(url, QUrl::TolerantMode);
    QString clean = url;
    if (parsed.isValid() && !parsed.password().isEmpty()) {
        parsed.setPassword({});
        clean = parsed.toString();
    }
    QSettings().setValue(kDatabaseUrl, clean);
}

QString AppSettings::databasePasswordRef()
{
    return QSettings().value(kPasswordRef).toString();
}

void AppSettings::setDatabasePasswordRef(const QString &ref)
{
    QSettings().setValue(kPasswordRef, ref);
}

QString AppSettings::passwordRefForUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    QString account = parsed.userName();
    if (!account.isEmpty())
        account += QLatin1Char('@');
    account += parsed.host();
    if (parsed.port() > 0)
        account += QLatin1Char(':') + QString::number(parsed.port());
    account += parsed.path(); // "/db"; the account may contain slashes
    return QStringLiteral("keychain:gatehouse/") + account;
}

QString AppSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

} // namespace Gatehouse::Ui
