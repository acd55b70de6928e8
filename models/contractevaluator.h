#pragma once

#include "contractreport.h"
#include "estate.h"
#include "schemasnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatehouse::Models {

/// Checks integrations' data contracts against a catalog snapshot of an Odoo database.
/// Pure functions without I/O: the services read the snapshot, this decides what it means.
/// Any thread.
class ContractEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(ContractEvaluator)

public:
    /// The integrations that run in `environment` and have a contract with at least one table.
    static QList<const Integration *> integrationsFor(const Estate &estate, const QString &environment);
    /// What to read from the catalog to check `integrations`.
    static SchemaRequest requestFor(const QList<const Integration *> &integrations);
    /// The privileges a contract table's access needs: read → SELECT, write → INSERT and
    /// UPDATE, read-write → all three.
    static QStringList privilegesFor(const QString &access);

    /// Findings of one integration; status Ok or Broken. With a `baseline` (the catalog of
    /// the environment next on the promotion path, named `baselineName`), a column the
    /// contract does not list that is NOT NULL without a default here but was absent,
    /// nullable or defaulted there breaks an integration that writes its table: its inserts
    /// do not set the column.
    static IntegrationContractResult evaluate(const Integration &integration, const SchemaSnapshot &snapshot,
                                              const SchemaSnapshot *baseline = nullptr,
                                              const QString &baselineName = QString());
    /// Every contract of `environment` against `snapshot` (and `baseline`, as above).
    static ContractReport evaluate(const Estate &estate, const QString &environment, const SchemaSnapshot &snapshot,
                                   const SchemaSnapshot *baseline = nullptr, const QString &baselineName = QString());
    /// A report whose every result is Unknown because the database could not be read.
    static ContractReport unreachable(const Estate &estate, const QString &environment, const QString &source,
                                      const QString &reason);

    /// True when `actual` can stand in for `expected` without any change on the
    /// integration's side (same type, spelling aliases, varchar ↔ text).
    static bool sameType(const QString &expected, const QString &actual);
    /// True when `actual` is a widening of `expected` (integer → bigint, real → double precision, …).
    static bool widened(const QString &expected, const QString &actual);
    /// True when `candidate` looks like a renamed `missing` (edit distance, shared prefix, shared words).
    static bool similarName(const QString &missing, const QString &candidate);
};

} // namespace Gatehouse::Models
