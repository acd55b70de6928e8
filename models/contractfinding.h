#pragma once

#include "sourcelocation.h"

#include <QString>

namespace Gatehouse::Models {

/// One way an Odoo database no longer matches an integration's data contract.
struct ContractFinding
{
    enum class Kind {
        MissingTable,      ///< the table is gone
        MissingColumn,     ///< the column is gone and nothing in the table looks like its new name
        ProbableRename,    ///< the column is gone and a similar column of a compatible type appeared
        TypeChanged,       ///< the column's type changed incompatibly
        TypeWidened,       ///< the column's type was widened (integer → bigint, …)
        BecameNotNull,     ///< NOT NULL without a default on a column the integration writes and may leave empty
        BecameNullable,    ///< the integration relies on NOT NULL, the column now allows NULL
        TableIsView,       ///< the table was turned into a view
        MissingForeignKey, ///< the foreign key the contract relies on is gone
        MissingRole,       ///< the contract's database role does not exist
        MissingPrivilege,  ///< the contract's database role lacks a privilege it needs
    };
    /// Breaking findings make the integration "broken"; warnings are shown, never block.
    enum class Severity { Breaking, Warning };

    Kind kind = Kind::MissingColumn;
    Severity severity = Severity::Breaking;
    QString integration;
    QString table;
    QString column;    ///< empty for table- and role-level findings
    QString expected;  ///< what the contract says (type, "table.column", privilege, …)
    QString actual;    ///< what the database has (type, the rename candidate, …)
    QString message;   ///< translated, says what broke and what to do about it
    SourceLocation location; ///< the contract line in the estate YAML

    bool isBreaking() const { return severity == Severity::Breaking; }
};

/// "missing-table", "probable-rename", … — the spelling used in JSON.
QString toString(ContractFinding::Kind kind);
/// "breaking" or "warning".
QString toString(ContractFinding::Severity severity);

} // namespace Gatehouse::Models
