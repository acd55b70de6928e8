#include "contractevaluator.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Gatehouse::Models {

namespace {

QString canonicalType(const QString &type)
{
    QString t = type.trimmed().toLower();
    // "character varying(64)" and "numeric(12,2)" are the same contract type as without the modifier.
    const qsizetype paren = t.indexOf(QLatin1Char('('));
    if (paren >= 0) {
        const qsizetype close = t.indexOf(QLatin1Char(')'), paren);
        t = QString(t.left(paren) + (close >= 0 ? t.mid(close + 1) : QString())).simplified();
    }
    static const QHash<QString, QString> aliases{
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("serial"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("bigserial"), QStringLiteral("bigint")},
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("varchar"), QStringLiteral("character varying")},
        {QStringLiteral("char"), QStringLiteral("character")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("decimal"), QStringLiteral("numeric")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp without time zone")},
        {QStringLiteral("timestamptz"), QStringLiteral("timestamp with time zone")},
    };
    return aliases.value(t, t);
}

bool isText(const QString &t)
{
    return t == QLatin1String("character varying") || t == QLatin1String("text");
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

QString verbFor(const QString &access)
{
    if (access == QLatin1String("write"))
        return ContractEvaluator::tr("writes");
    if (access == QLatin1String("read-write"))
        return ContractEvaluator::tr("reads and writes");
    return ContractEvaluator::tr("reads");
}

bool writes(const QString &access)
{
    return access == QLatin1String("write") || access == QLatin1String("read-write");
}

struct Builder
{
    const Integration &integration;
    QList<ContractFinding> findings;

    void add(ContractFinding::Kind kind, ContractFinding::Severity severity, const ContractTable &table,
             const QString &column, const QString &expected, const QString &actual, const QString &message,
             const SourceLocation &location)
    {
        ContractFinding f;
        f.kind = kind;
        f.severity = severity;
        f.integration = integration.name;
        f.table = table.name;
        f.column = column;
        f.expected = expected;
        f.actual = actual;
        f.message = message;
        f.location = location;
        findings.append(f);
    }
};

void checkPrivileges(Builder &b, const ContractTable &table, const CatalogTable &catalog,
                     const SchemaSnapshot &snapshot)
{
    const QString &role = b.integration.contract.databaseRole;
    const QStringList privileges = ContractEvaluator::privilegesFor(table.access);
    for (const QString &privilege : privileges) {
        QStringList denied;
        int checked = 0;
        for (const ContractColumn &column : table.columns) {
            if (!catalog.column(column.name))
                continue;
            ++checked;
            const auto it = snapshot.privileges.constFind(
                SchemaSnapshot::privilegeKey(role, table.name, column.name, privilege));
            if (it != snapshot.privileges.constEnd() && !it.value())
                denied.append(column.name);
        }
        if (denied.isEmpty())
            continue;
        const QString message = denied.size() == checked
            ? ContractEvaluator::tr("Role \"%1\" lacks %2 on \"%3\": %4 %5 this table as that role. Grant it: "
                 "GRANT %2 ON %3 TO %1;")
                  .arg(role, privilege, table.name, b.integration.name, verbFor(table.access))
            : ContractEvaluator::tr("Role \"%1\" lacks %2 on column(s) %3 of \"%4\": %5 %6 them as that role. Grant it: "
                 "GRANT %2 (%7) ON %4 TO %1;")
                  .arg(role, privilege, denied.join(QStringLiteral(", ")), table.name, b.integration.name,
                       verbFor(table.access), denied.join(QStringLiteral(", ")));
        b.add(ContractFinding::Kind::MissingPrivilege, ContractFinding::Severity::Breaking, table,
              denied.size() == checked ? QString() : denied.join(QLatin1Char(',')), privilege, QString(), message,
              table.location);
    }
}

void checkColumn(Builder &b, const ContractTable &table, const ContractColumn &column, const CatalogTable &catalog,
                 const QSet<QString> &contractColumns)
{
    const CatalogColumn *actual = catalog.column(column.name);
    const QString &who = b.integration.name;
    if (!actual) {
        // A missing column with a similar new one of a compatible type is most likely a rename.
        const CatalogColumn *best = nullptr;
        int bestDistance = 0;
        for (const CatalogColumn &candidate : catalog.columns) {
            if (contractColumns.contains(candidate.name))
                continue;
            if (!column.type.isEmpty() && !ContractEvaluator::sameType(column.type, candidate.type)
                && !ContractEvaluator::widened(column.type, candidate.type))
                continue;
            if (!ContractEvaluator::similarName(column.name, candidate.name))
                continue;
            const int distance = editDistance(column.name, candidate.name);
            if (!best || distance < bestDistance) {
                best = &candidate;
                bestDistance = distance;
            }
        }
        if (best) {
            b.add(ContractFinding::Kind::ProbableRename, ContractFinding::Severity::Breaking, table, column.name,
                  column.type, best->name,
                  ContractEvaluator::tr("Column \"%1.%2\" is missing and \"%1.%3\" (%4) looks like its new name: a probable rename. "
                     "%5 %6 \"%2\": change it (and its contract) to use \"%3\", or rename the column back.")
                      .arg(table.name, column.name, best->name, best->type, who, verbFor(table.access)),
                  column.location);
        } else {
            b.add(ContractFinding::Kind::MissingColumn, ContractFinding::Severity::Breaking, table, column.name,
                  column.type, QString(),
                  ContractEvaluator::tr("Column \"%1.%2\" is missing: %3 %4 it. Restore the column, or change %3 and remove it "
                     "from the contract.")
                      .arg(table.name, column.name, who, verbFor(table.access)),
                  column.location);
        }
        return;
    }

    if (!column.type.isEmpty() && !ContractEvaluator::sameType(column.type, actual->type)) {
        if (ContractEvaluator::widened(column.type, actual->type)) {
            b.add(ContractFinding::Kind::TypeWidened, ContractFinding::Severity::Warning, table, column.name,
                  column.type, actual->type,
                  ContractEvaluator::tr("Column \"%1.%2\" was widened from %3 to %4: %5 keeps working until a value no longer "
                     "fits its %3; update the contract once %5 handles %4.")
                      .arg(table.name, column.name, column.type, actual->type, who),
                  column.location);
        } else {
            b.add(ContractFinding::Kind::TypeChanged, ContractFinding::Severity::Breaking, table, column.name,
                  column.type, actual->type,
                  ContractEvaluator::tr("Column \"%1.%2\" is now %3, the contract expects %4: %5 %6 it and will fail or misread "
                     "values. Restore the type, or adapt %5 and its contract.")
                      .arg(table.name, column.name, actual->type, column.type, who, verbFor(table.access)),
                  column.location);
        }
    }

    if (actual->notNull && !actual->hasDefault && !column.notNull && writes(table.access)) {
        b.add(ContractFinding::Kind::BecameNotNull, ContractFinding::Severity::Breaking, table, column.name,
              QStringLiteral("nullable"), QStringLiteral("not null"),
              ContractEvaluator::tr("Column \"%1.%2\" is NOT NULL without a default, but %3 writes \"%1\" and may leave it empty: "
                 "its inserts will be rejected. Add a default, or make %3 always fill it and mark it "
                 "notNull in the contract.")
                  .arg(table.name, column.name, who),
              column.location);
    }
    if (column.notNull && !actual->notNull && !catalog.isView()) {
        b.add(ContractFinding::Kind::BecameNullable, ContractFinding::Severity::Warning, table, column.name,
              QStringLiteral("not null"), QStringLiteral("nullable"),
              ContractEvaluator::tr("Column \"%1.%2\" now allows NULL, but %3 relies on it always having a value: check that %3 "
                 "copes with empty values.")
                  .arg(table.name, column.name, who),
              column.location);
    }

    if (!column.references.isEmpty() && !catalog.isView()) {
        const QString actualReference = catalog.foreignKeys.value(column.name);
        if (actualReference != column.references) {
            b.add(ContractFinding::Kind::MissingForeignKey, ContractFinding::Severity::Warning, table,
                  column.name, column.references, actualReference,
                  actualReference.isEmpty()
                      ? ContractEvaluator::tr("Column \"%1.%2\" no longer has a foreign key to %3: %4 relies on every value "
                           "pointing at an existing row. Restore the constraint.")
                            .arg(table.name, column.name, column.references, who)
                      : ContractEvaluator::tr("Column \"%1.%2\" now references %3 instead of %4: %5 relies on %4.")
                            .arg(table.name, column.name, actualReference, column.references, who),
                  column.location);
        }
    }
}

// A column the contract does not list cannot be set by the integration's inserts. One that
// is NOT NULL without a default only breaks them if it became so here: compared with the
// environment the change goes to next, where the integration works today.
void checkNewRequiredColumns(Builder &b, const ContractTable &table, const CatalogTable &catalog,
                             const QSet<QString> &contractColumns, const SchemaSnapshot &baseline,
                             const QString &baselineName)
{
    const CatalogTable *before = baseline.table(table.name);
    if (!before || before->isView())
        return;
    for (const CatalogColumn &column : catalog.columns) {
        if (contractColumns.contains(column.name) || !column.notNull || column.hasDefault)
            continue;
        const CatalogColumn *was = before->column(column.name);
        if (was && was->notNull && !was->hasDefault)
            continue;
        const QString wasText = !was          ? QStringLiteral("absent")
                                : was->notNull ? QStringLiteral("default")
                                               : QStringLiteral("nullable");
        QString message;
        if (!was)
            message = ContractEvaluator::tr("Column \"%1.%2\" is new and NOT NULL without a default (it does not exist in %3): "
                         "%4 writes \"%1\" without setting it, so its inserts will be rejected once this reaches %3. "
                         "Give the column a default, or make %4 fill it and add it to its contract.")
                          .arg(table.name, column.name, baselineName, b.integration.name);
        else
            message = ContractEvaluator::tr("Column \"%1.%2\" became NOT NULL without a default (in %3 it is %4): %5 writes "
                         "\"%1\" without setting it, so its inserts will be rejected once this reaches %3. Give the "
                         "column a default, or make %5 fill it and add it to its contract.")
                          .arg(table.name, column.name, baselineName,
                               was->notNull ? ContractEvaluator::tr("filled by a default")
                                            : ContractEvaluator::tr("nullable"),
                               b.integration.name);
        b.add(ContractFinding::Kind::BecameNotNull, ContractFinding::Severity::Breaking, table, column.name, wasText,
              QStringLiteral("not null"), message, table.location);
    }
}

} // namespace

QStringList ContractEvaluator::privilegesFor(const QString &access)
{
    if (access == QLatin1String("write"))
        return {QStringLiteral("INSERT"), QStringLiteral("UPDATE")};
    if (access == QLatin1String("read-write"))
        return {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE")};
    return {QStringLiteral("SELECT")};
}

bool ContractEvaluator::sameType(const QString &expected, const QString &actual)
{
    const QString e = canonicalType(expected);
    const QString a = canonicalType(actual);
    return e == a || (isText(e) && isText(a));
}

bool ContractEvaluator::widened(const QString &expected, const QString &actual)
{
    static const QHash<QString, QStringList> wider{
        {QStringLiteral("smallint"), {QStringLiteral("integer"), QStringLiteral("bigint"), QStringLiteral("numeric")}},
        {QStringLiteral("integer"), {QStringLiteral("bigint"), QStringLiteral("numeric")}},
        {QStringLiteral("bigint"), {QStringLiteral("numeric")}},
        {QStringLiteral("real"), {QStringLiteral("double precision")}},
        {QStringLiteral("character"), {QStringLiteral("character varying"), QStringLiteral("text")}},
        {QStringLiteral("date"), {QStringLiteral("timestamp without time zone")}},
    };
    return wider.value(canonicalType(expected)).contains(canonicalType(actual));
}

bool ContractEvaluator::similarName(const QString &missing, const QString &candidate)
{
    const QString a = missing.toLower();
    const QString b = candidate.toLower();
    if (a == b)
        return false;
    const qsizetype shorter = std::min(a.size(), b.size());
    if (editDistance(a, b) <= std::max<qsizetype>(2, shorter / 4))
        return true;
    qsizetype prefix = 0;
    while (prefix < shorter && a.at(prefix) == b.at(prefix))
        ++prefix;
    if (prefix >= 4 && prefix * 2 >= shorter)
        return true;
    if (shorter >= 4 && (a.contains(b) || b.contains(a)))
        return true;
    const QStringList wordsA = a.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    const QStringList wordsB = b.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    int shared = 0;
    for (const QString &w : wordsA) {
        if (w != QLatin1String("id") && wordsB.contains(w))
            ++shared;
    }
    return shared >= 2 && shared * 2 >= std::min(wordsA.size(), wordsB.size());
}

QList<const Integration *> ContractEvaluator::integrationsFor(const Estate &estate, const QString &environment)
{
    QList<const Integration *> out;
    for (const Integration &integration : estate.integrations) {
        if (integration.contract.tables.isEmpty())
            continue;
        if (!integration.environments.isEmpty() && !integration.environments.contains(environment))
            continue;
        out.append(&integration);
    }
    return out;
}

SchemaRequest ContractEvaluator::requestFor(const QList<const Integration *> &integrations)
{
    SchemaRequest request;
    QSet<QString> tables;
    QSet<QString> roles;
    for (const Integration *integration : integrations) {
        const QString &role = integration->contract.databaseRole;
        if (!role.isEmpty() && !roles.contains(role)) {
            roles.insert(role);
            request.roles.append(role);
        }
        for (const ContractTable &table : integration->contract.tables) {
            if (!tables.contains(table.name)) {
                tables.insert(table.name);
                request.tables.append(table.name);
            }
            if (role.isEmpty())
                continue;
            SchemaRequest::PrivilegeCheck check;
            check.role = role;
            check.table = table.name;
            for (const ContractColumn &column : table.columns)
                check.columns.append(column.name);
            check.privileges = privilegesFor(table.access);
            request.privilegeChecks.append(check);
        }
    }
    return request;
}

IntegrationContractResult ContractEvaluator::evaluate(const Integration &integration, const SchemaSnapshot &snapshot,
                                                     const SchemaSnapshot *baseline, const QString &baselineName)
{
    IntegrationContractResult result;
    result.integration = integration.name;
    result.displayName = integration.displayName.isEmpty() ? integration.name : integration.displayName;
    result.location = integration.location;

    Builder b{integration, {}};
    const QString &role = integration.contract.databaseRole;
    const bool roleExists = role.isEmpty() || snapshot.roles.contains(role);
    if (!roleExists) {
        ContractTable none;
        b.add(ContractFinding::Kind::MissingRole, ContractFinding::Severity::Breaking, none, QString(), role,
              QString(),
              ContractEvaluator::tr("Database role \"%1\" does not exist: %2 connects as it and cannot work. Create the role "
                 "and grant it what the contract lists, or fix databaseRole.")
                  .arg(role, integration.name),
              integration.contract.tables.isEmpty() ? integration.location
                                                    : integration.contract.tables.constFirst().location);
    }

    for (const ContractTable &table : integration.contract.tables) {
        ++result.tablesChecked;
        const CatalogTable *catalog = snapshot.table(table.name);
        if (!catalog) {
            b.add(ContractFinding::Kind::MissingTable, ContractFinding::Severity::Breaking, table, QString(),
                  table.access, QString(),
                  ContractEvaluator::tr("Table \"%1\" is missing: %2 %3 it. Restore the table (is the module that creates it "
                     "still installed?), or change %2 and its contract.")
                      .arg(table.name, integration.name, verbFor(table.access)),
                  table.location);
            continue;
        }
        if (catalog->isView()) {
            const bool blocks = writes(table.access) && !(catalog->viewInsertable && catalog->viewUpdatable);
            QString message;
            if (blocks)
                message = ContractEvaluator::tr("\"%1\" is now a view, not a table: %2 writes to it and its inserts and updates "
                             "will fail unless the view is made updatable. Write to the new underlying table "
                             "instead, or restore the table.")
                              .arg(table.name, integration.name);
            else if (writes(table.access))
                message = ContractEvaluator::tr("\"%1\" is now a view, not a table: PostgreSQL passes %2's inserts and updates "
                             "through to the table behind it, but constraints, triggers and locks now act on that "
                             "table; check its writes against staging.")
                              .arg(table.name, integration.name);
            else
                message = ContractEvaluator::tr("\"%1\" is now a view, not a table: %2 can still read it, but constraints and "
                             "indexes it relied on may be gone; check its queries.")
                              .arg(table.name, integration.name);
            b.add(ContractFinding::Kind::TableIsView,
                  blocks ? ContractFinding::Severity::Breaking : ContractFinding::Severity::Warning, table,
                  QString(), QStringLiteral("table"),
                  catalog->viewInsertable && catalog->viewUpdatable ? QStringLiteral("updatable view") : QStringLiteral("view"),
                  message, table.location);
        }
        QSet<QString> contractColumns;
        for (const ContractColumn &column : table.columns)
            contractColumns.insert(column.name);
        for (const ContractColumn &column : table.columns) {
            ++result.columnsChecked;
            checkColumn(b, table, column, *catalog, contractColumns);
        }
        if (baseline && writes(table.access) && !catalog->isView())
            checkNewRequiredColumns(b, table, *catalog, contractColumns, *baseline, baselineName);
        if (!role.isEmpty() && roleExists)
            checkPrivileges(b, table, *catalog, snapshot);
    }

    std::stable_sort(b.findings.begin(), b.findings.end(), [](const ContractFinding &x, const ContractFinding &y) {
        return x.isBreaking() && !y.isBreaking();
    });
    result.findings = b.findings;
    result.status = result.breakingCount() > 0 ? IntegrationContractResult::Status::Broken
                                               : IntegrationContractResult::Status::Ok;
    return result;
}

ContractReport ContractEvaluator::evaluate(const Estate &estate, const QString &environment,
                                           const SchemaSnapshot &snapshot, const SchemaSnapshot *baseline,
                                           const QString &baselineName)
{
    ContractReport report;
    report.environment = environment;
    report.source = snapshot.source;
    report.evaluatedAt = snapshot.readAt.isValid() ? snapshot.readAt : QDateTime::currentDateTimeUtc();
    for (const Integration *integration : integrationsFor(estate, environment))
        report.integrations.append(evaluate(*integration, snapshot, baseline, baselineName));
    if (baseline)
        report.baseline = baselineName;
    return report;
}

ContractReport ContractEvaluator::unreachable(const Estate &estate, const QString &environment,
                                              const QString &source, const QString &reason)
{
    ContractReport report;
    report.environment = environment;
    report.source = source;
    report.evaluatedAt = QDateTime::currentDateTimeUtc();
    report.unreachableReason = reason;
    for (const Integration *integration : integrationsFor(estate, environment)) {
        IntegrationContractResult result;
        result.integration = integration->name;
        result.displayName = integration->displayName.isEmpty() ? integration->name : integration->displayName;
        result.location = integration->location;
        result.status = IntegrationContractResult::Status::Unknown;
        result.reason = reason;
        report.integrations.append(result);
    }
    return report;
}

} // namespace Gatehouse::Models
