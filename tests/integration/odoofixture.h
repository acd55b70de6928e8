#pragma once

#include "postgresfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>

namespace Gatehouse::Tests {

/// Creates `database` in `pg` as an Odoo 17 database: tests/integration/odoo/odoo17_schema.sql,
/// odoo17_modules.sql and odoo17_roles.sql. Returns an error message, empty on success.
inline QString createOdooDatabase(PostgresFixture &pg, const QString &database)
{
    if (!pg.createDatabase(database))
        return pg.errorString();
    for (const char *file : {"odoo17_schema.sql", "odoo17_modules.sql", "odoo17_roles.sql"}) {
        QFile sql(QStringLiteral(GATEHOUSE_SOURCE_DIR "/tests/integration/odoo/") + QLatin1String(file));
        if (!sql.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read ") + sql.fileName();
        const auto result = pg.query(database, QString::fromUtf8(sql.readAll()));
        if (!result)
            return QLatin1String(file) + QStringLiteral(": ") + result.error().message;
    }
    return QString();
}

/// Copies resources/demo-estate into `target` with every environment's odooDatabase pointed
/// at 127.0.0.1:`port` (or `ports[environment]`), sslMode disable and no password reference.
inline bool copyDemoEstate(const QString &target, quint16 port, const QHash<QString, quint16> &ports = {})
{
    const QString source = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate");
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(source).relativeFilePath(path);
        const QString destination = target + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QString text = QString::fromUtf8(in.readAll());
        if (relative.startsWith(QLatin1String("environments/"))) {
            const QString environment = QFileInfo(relative).completeBaseName();
            // The odooDatabase entry is the only host/port of an environment file.
            text.replace(QRegularExpression(QStringLiteral("host: [^\\n]+")), QStringLiteral("host: 127.0.0.1"));
            text.replace(QRegularExpression(QStringLiteral("port: [0-9]+")),
                         QStringLiteral("port: ") + QString::number(ports.value(environment, port)));
            text.replace(QRegularExpression(QStringLiteral("sslMode: [a-z-]+")), QStringLiteral("sslMode: disable"));
            text.replace(QRegularExpression(QStringLiteral("\n *password: keychain:[^\n]*")), QString());
        }
        QFile out(destination);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(text.toUtf8());
    }
    return true;
}

} // namespace Gatehouse::Tests
