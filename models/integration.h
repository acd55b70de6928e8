#pragma once

#include "estateenums.h"
#include "sourcelocation.h"
#include "timerule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

/// A trading partner an integration exchanges data with, and when.
struct Partner
{
    QString name;
    QString displayName;
    /// Transmission slots (e.g. EDI 850 at 22:00 America/Chicago daily).
    QList<TimeRule> schedule;
    SourceLocation location;
};

/// "This integration depends on that one": when `target` breaks, the owner
/// fails (sync) or degrades (async, batch).
struct Dependency
{
    QString target;
    DependencyMode mode = DependencyMode::Sync;
    QString description;
    SourceLocation location;
};

struct ContractColumn
{
    QString name;
    QString type; ///< PostgreSQL type name as information_schema spells it ("integer", "character varying", …)
    bool notNull = false; ///< the integration needs the column NOT NULL
    QString references;   ///< "table.column" when the integration relies on a foreign key
    SourceLocation location;
};

struct ContractTable
{
    QString name;
    QString access; ///< "read", "write" or "read-write"
    QList<ContractColumn> columns;
    SourceLocation location;
};

/// The tables and columns of the Odoo database an integration relies on.
struct DataContract
{
    QString databaseRole; ///< optional PostgreSQL role the integration connects as
    QList<ContractTable> tables;
};

struct Integration
{
    QString name;
    QString displayName;
    /// "odoo-module", "wms", "barcode", "edi", "payment", "tax", "marketplace", "bi", "carrier", "portal", …
    QString kind;
    Criticality criticality = Criticality::Medium;
    QString owner;
    QString description;
    /// For kind odoo-module: the technical module name and version (e.g. "stock", "17.0.1.3").
    QString odooModule;
    QString moduleVersion;
    QStringList processes;    ///< business processes carried, e.g. "order-to-cash"
    QStringList sites;        ///< sites served; empty = every site of the environments it runs in
    QStringList environments; ///< environments it runs in; empty = all
    QList<Partner> partners;
    QList<Dependency> dependencies;
    DataContract contract;
    QString healthQuery; ///< PromQL giving a success ratio 0..1
    /// Named secrets the integration uses, each a reference ("keychain:…"), never a value.
    QList<QPair<QString, QString>> credentials;
    SourceLocation location;
};

} // namespace Gatehouse::Models
