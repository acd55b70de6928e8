#pragma once

// A private PostgreSQL with the demo estate's policy and one login per person, for the
// Changes area tests: alice and zoe request, bob and carol sit on the CAB, dave is the
// business owner, rita the release manager, adam the administrator.

#include "postgresfixture.h"

#include "models/estate.h"
#include "models/impactanalysis.h"
#include "services/controlstore.h"
#include "services/estateloader.h"

#include <QDir>
#include <QTest>

#include <map>
#include <memory>

namespace Gatehouse::Tests {

class ChangesFixture
{
public:
    bool start(QString *error)
    {
        const auto loaded = Services::EstateLoader::loadFolder(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
        if (loaded.hasErrors() || !loaded.estate) {
            *error = QStringLiteral("demo estate does not load");
            return false;
        }
        estate = loaded.estate;
        analysis = std::make_shared<Models::ImpactAnalysis>(estate);
        if (!postgres.start()) {
            *error = postgres.errorString();
            return false;
        }
        return true;
    }

    /// A fresh database with the people and the demo policy; forgets earlier stores.
    bool newDatabase(QString *error)
    {
        stores.clear();
        db = QStringLiteral("gh_changes_%1").arg(++counter);
        if (!postgres.createDatabase(db)) {
            *error = QStringLiteral("createdb failed");
            return false;
        }
        const auto connected = as(QString()).waitForConnection(std::chrono::seconds(60));
        if (!connected.ok()) {
            *error = connected.error().message;
            return false;
        }
        const std::pair<const char *, const char *> people[] = {
            {"alice", "requester"}, {"zoe", "requester"},        {"bob", "cab_member"}, {"carol", "cab_member"},
            {"dave", "business_owner"}, {"rita", "release_manager"}, {"adam", "admin"}};
        QString sql;
        for (const auto &[name, role] : people)
            sql += QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                  "CREATE ROLE %1 LOGIN; END IF; END $$; GRANT gatehouse_%2 TO %1;")
                       .arg(QLatin1String(name), QLatin1String(role));
        const auto done = postgres.query(db, sql);
        if (!done.ok()) {
            *error = done.error().message;
            return false;
        }
        const auto version = get(as(QStringLiteral("adam")).applyPolicy(Services::ControlStore::policyDocument(*estate)));
        if (!version.ok()) {
            *error = version.error().message;
            return false;
        }
        return true;
    }

    /// The control store as `user` (empty = the superuser), connected.
    Services::ControlStore &as(const QString &user)
    {
        auto &slot = stores[user];
        if (!slot) {
            slot = std::make_unique<Services::ControlStore>();
            Services::ControlStoreSettings settings;
            settings.url = user.isEmpty() ? postgres.url(db) : Services::ControlStore::urlForUser(postgres.url(db), user);
            settings.reconnectInitialDelay = std::chrono::milliseconds(50);
            settings.reconnectMaxDelay = std::chrono::milliseconds(200);
            slot->open(settings);
            slot->waitForConnection(std::chrono::seconds(30));
        }
        return *slot;
    }

    template<typename T>
    static Models::Result<T> get(const QFuture<Models::Result<T>> &future)
    {
        if (!waitFor(future, 60000))
            return Models::Result<T>::failure(QStringLiteral("timed out"));
        return future.result();
    }

    /// A change to production-eu by `requester` with a workload scope and rollback plan.
    Models::ChangeRequest draft(const QString &requester, const QString &title,
                                Models::ChangeType type = Models::ChangeType::Normal, int daysAhead = 9)
    {
        Models::ChangeRequest draft;
        draft.title = title;
        draft.environment = QStringLiteral("production-eu");
        draft.type = type;
        draft.workloads = {QStringLiteral("odoo-web")};
        draft.windowStart = QDateTime(QDate::currentDate().addDays(daysAhead), QTime(21, 0), Qt::UTC);
        draft.windowEnd = draft.windowStart.addSecs(5400);
        draft.windowTimeZone = QStringLiteral("Europe/Amsterdam");
        auto created = get(as(requester).createChange(draft));
        if (!created.ok())
            qFatal("createChange: %s", qPrintable(created.error().message));
        Models::ChangeScope scope;
        scope.workloads = {{QStringLiteral("odoo-web"), QStringLiteral("registry.local/odoo:17.0.4")}};
        scope.modules = {{QStringLiteral("stock"), QStringLiteral("17.0.1.4")}};
        scope.rollbackPlan = QStringLiteral("Redeploy odoo:17.0.3 and downgrade stock.");
        scope.rollbackCriteria = {{QStringLiteral("http-5xx-ratio"), QStringLiteral("sum(rate(http_5xx[5m]))"),
                                   QStringLiteral(">"), 0.02, 300, QStringLiteral("rollback")}};
        auto scoped = get(as(requester).setScope(created->id, scope, QStringLiteral("initial scope")));
        if (!scoped.ok())
            qFatal("setScope: %s", qPrintable(scoped.error().message));
        return scoped.value();
    }

    /// A change by `requester`, submitted and assessed by carol (risk 20).
    Models::ChangeRequest assessed(const QString &requester, const QString &title,
                                   Models::ChangeType type = Models::ChangeType::Normal, int daysAhead = 9)
    {
        const qint64 id = draft(requester, title, type, daysAhead).id;
        if (!get(as(requester).submit(id)).ok())
            qFatal("submit failed");
        const auto done = get(as(QStringLiteral("carol")).assess(id, 20, QStringLiteral("routine")));
        if (!done.ok())
            qFatal("assess: %s", qPrintable(done.error().message));
        return done.value();
    }

    /// Where screenshots and exported records go.
    static QString outputFolder()
    {
        const QString folder = QStringLiteral(GATEHOUSE_BINARY_DIR "/test-output/changes");
        QDir().mkpath(folder);
        return folder;
    }

    PostgresFixture postgres;
    Models::EstatePtr estate;
    std::shared_ptr<const Models::ImpactAnalysis> analysis;
    QString db;
    int counter = 0;
    std::map<QString, std::unique_ptr<Services::ControlStore>> stores;
};

} // namespace Gatehouse::Tests
