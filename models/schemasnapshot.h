#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

/// A column as the Odoo database's catalog describes it.
struct CatalogColumn
{
    QString name;
    QString type; ///< base type as information_schema spells it ("integer", "character varying", …)
    bool notNull = false;
    bool hasDefault = false; ///< a DEFAULT expression (serial ids have nextval(…))
};

/// A relation of the `public` schema: table, view, …, with its columns and single-column foreign keys.
struct CatalogTable
{
    enum class Kind { Table, PartitionedTable, View, MaterializedView, ForeignTable };

    QString name;
    Kind kind = Kind::Table;
    QList<CatalogColumn> columns; ///< in attribute order
    QHash<QString, QString> foreignKeys; ///< column → "table.column" it references
    /// For a view: whether PostgreSQL passes INSERTs and UPDATEs through to its base table
    /// (an automatically updatable view, or one with INSTEAD rules or triggers for them).
    bool viewInsertable = false;
    bool viewUpdatable = false;

    const CatalogColumn *column(const QString &columnName) const
    {
        for (const CatalogColumn &c : columns) {
            if (c.name == columnName)
                return &c;
        }
        return nullptr;
    }
    bool isView() const { return kind == Kind::View || kind == Kind::MaterializedView; }
};

/// What to read from a catalog for a set of contracts: the tables, and for each database
/// role the privileges to test on the contract's columns.
struct SchemaRequest
{
    struct PrivilegeCheck
    {
        QString role;
        QString table;
        QStringList columns;
        QStringList privileges; ///< "SELECT", "INSERT", "UPDATE"
    };

    QStringList tables;
    QStringList roles;
    QList<PrivilegeCheck> privilegeChecks;
};

/// The part of an Odoo database's catalog a contract check needs, read in one
/// read-only transaction. Plain data, safe to pass between threads.
struct SchemaSnapshot
{
    QHash<QString, CatalogTable> tables; ///< requested tables that exist, by name
    QSet<QString> roles;                 ///< requested roles that exist
    /// privilegeKey(role, table, column, privilege) → granted; only for existing columns.
    QHash<QString, bool> privileges;
    QString source; ///< "host:port/db" — never a user or password
    QDateTime readAt; ///< UTC
    QString serverVersion;

    static QString privilegeKey(const QString &role, const QString &table, const QString &column,
                                const QString &privilege)
    {
        return role + QLatin1Char('\n') + table + QLatin1Char('\n') + column + QLatin1Char('\n') + privilege;
    }
    const CatalogTable *table(const QString &name) const
    {
        const auto it = tables.constFind(name);
        return it == tables.constEnd() ? nullptr : &it.value();
    }
};

} // namespace Gatehouse::Models
