#include "postgresfixture.h"

#include "services/controlstore.h"
#include "services/estateloader.h"
#include "services/storeerrors.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTranslator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <pqxx/pqxx>

#include <memory>
#include <vector>

using namespace Gatehouse;
using Models::ChangeRequest;
using Models::ChangeState;
using Services::ControlStore;
using Services::ControlStoreSettings;

// A stand-in for a translation: the control store's refusal sentences come back marked,
// so a test sees that a refusal went through the catalogue and with which parts.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString source = QString::fromUtf8(sourceText);
        if (qstrcmp(context, "StoreErrors") != 0 || !source.contains(QLatin1Char('%')) || source.startsWith(QLatin1Char('%')))
            return {};
        return QStringLiteral("[de] ") + source;
    }
    bool isEmpty() const override { return false; }
};

// The CAB's rules as the database enforces them, with one login role per person.
class TestApprovals : public QObject
{
    Q_OBJECT

private:
    Tests::PostgresFixture m_postgres;
    int m_databaseCounter = 0;
    QString m_db;
    std::map<QString, std::unique_ptr<ControlStore>> m_stores;

    static QString policyJson()
    {
        return QStringLiteral(
            R"({"tiers": {"production": {"approvals": [{"role": "cab-member", "count": 2}, {"role": "business-owner", "count": 1}],)"
            R"( "separationOfDuties": true, "riskCabThreshold": 30, "riskMaxScore": 80,)"
            R"( "emergency": {"allowed": true, "approvals": [{"role": "release-manager", "count": 1}], "postImplementationReviewSeconds": 172800}},)"
            R"( "staging": {"approvals": [{"role": "cab-member", "count": 5}], "separationOfDuties": true,)"
            R"( "freezeOverrideRoles": ["admin"]}},)"
            R"( "environments": {"production-eu": "production", "staging": "staging"}})");
    }

    void createPerson(const QString &name, const QStringList &roles)
    {
        QString sql = QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                     "CREATE ROLE %1 LOGIN; END IF; END $$;")
                          .arg(name);
        for (const QString &role : roles)
            sql += QStringLiteral("GRANT gatehouse_%1 TO %2;").arg(QString(role).replace(QLatin1Char('-'), QLatin1Char('_')), name);
        const auto done = m_postgres.query(m_db, sql);
        QVERIFY2(done.ok(), qPrintable(Tests::errorText(done)));
    }

    ControlStore &as(const QString &user)
    {
        auto &slot = m_stores[user];
        if (!slot) {
            slot = std::make_unique<ControlStore>();
            ControlStoreSettings settings;
            settings.url = user.isEmpty() ? m_postgres.url(m_db) : ControlStore::urlForUser(m_postgres.url(m_db), user);
            settings.reconnectInitialDelay = std::chrono::milliseconds(50);
            settings.reconnectMaxDelay = std::chrono::milliseconds(200);
            slot->open(settings);
        }
        return *slot;
    }

    template<typename T>
    static Models::Result<T> get(const QFuture<Models::Result<T>> &future)
    {
        if (!Tests::waitFor(future, 60000))
            return Models::Result<T>::failure(QStringLiteral("timed out"));
        return future.result();
    }

    QString scalar(const QString &sql) const { return m_postgres.scalar(m_db, sql); }

    // The demo estate's documents, the production policy given `overrides` (YAML lines
    // inserted after "separationOfDuties").
    static QList<QPair<QString, QByteArray>> demoEstateWithOverrides(const QByteArray &overrides)
    {
        const QString root = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate");
        QList<QPair<QString, QByteArray>> files;
        QDirIterator it(root, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            QByteArray content = file.readAll();
            const QString name = QDir(root).relativeFilePath(path);
            if (name == QLatin1String("policies/production.yaml"))
                content.replace(QByteArray("  separationOfDuties: true\n"), QByteArray(QByteArray("  separationOfDuties: true\n") + overrides));
            files.append({name, content});
        }
        return files;
    }

    // The refusal a person sees when `who` runs `call` (a control store request).
    template<typename T>
    static QString refusalOf(const Models::Result<T> &result)
    {
        return result.ok() ? QStringLiteral("(accepted)") : result.error().message;
    }

    ChangeRequest newChange(const QString &requester, const QString &environment = QStringLiteral("production-eu"),
                            Models::ChangeType type = Models::ChangeType::Normal)
    {
        ChangeRequest draft;
        draft.title = QStringLiteral("Upgrade stock to 17.0.3");
        draft.environment = environment;
        draft.type = type;
        draft.integrations = {QStringLiteral("odoo-stock")};
        draft.windowStart = QDateTime(QDate(2027, 3, 14), QTime(21, 0), Qt::UTC);
        draft.windowEnd = draft.windowStart.addSecs(3600);
        draft.windowTimeZone = QStringLiteral("Europe/Amsterdam");
        const auto created = get(as(requester).createChange(draft));
        if (!created)
            qFatal("createChange: %s", qPrintable(created.error().message));
        return created.value();
    }

    // A change by alice, submitted and assessed (risk 20) by carol.
    qint64 assessedChange(const QString &environment = QStringLiteral("production-eu"),
                          Models::ChangeType type = Models::ChangeType::Normal)
    {
        const qint64 id = newChange(QStringLiteral("alice"), environment, type).id;
        Models::ChangeScope scope;
        scope.workloads = {{QStringLiteral("odoo-web"), QStringLiteral("registry.local/odoo:17.0.3")}};
        scope.rollbackPlan = QStringLiteral("Redeploy 17.0.2");
        scope.rollbackCriteria = {{QStringLiteral("5xx"), QStringLiteral("sum(rate(x[5m]))"), QStringLiteral(">"), 0.02, 300,
                                   QStringLiteral("rollback")}};
        const auto scoped = get(as(QStringLiteral("alice")).setScope(id, scope, QStringLiteral("initial scope")));
        if (!scoped)
            qFatal("setScope: %s", qPrintable(scoped.error().message));
        if (!get(as(QStringLiteral("alice")).submit(id)))
            qFatal("submit failed");
        const auto assessed = get(as(QStringLiteral("carol")).assess(id, 20, QStringLiteral("routine")));
        if (!assessed)
            qFatal("assess: %s", qPrintable(assessed.error().message));
        return id;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString())); }

    void init()
    {
        m_stores.clear();
        m_db = QStringLiteral("gh_approvals_%1").arg(++m_databaseCounter);
        QVERIFY(m_postgres.createDatabase(m_db));
        // The superuser migrates and applies the policy (as an administrator would).
        QVERIFY(as(QString()).waitForConnection(std::chrono::seconds(30)).ok());
        createPerson(QStringLiteral("alice"), {QStringLiteral("requester")});
        createPerson(QStringLiteral("bob"), {QStringLiteral("cab-member")});
        createPerson(QStringLiteral("carol"), {QStringLiteral("cab-member")});
        createPerson(QStringLiteral("dave"), {QStringLiteral("business-owner")});
        createPerson(QStringLiteral("erin"), {QStringLiteral("cab-member"), QStringLiteral("business-owner")});
        createPerson(QStringLiteral("rita"), {QStringLiteral("release-manager")});
        createPerson(QStringLiteral("adam"), {QStringLiteral("admin")});
        createPerson(QStringLiteral("sam"), {QStringLiteral("support")});
        const auto version = get(as(QStringLiteral("adam")).applyPolicy(policyJson().toUtf8()));
        QVERIFY2(version.ok(), qPrintable(Tests::errorText(version)));
        QCOMPARE(version.value(), 1);
    }

    void cleanup() { m_stores.clear(); }

    void productionQuorumNeedsTwoCabAndOneBusinessOwner()
    {
        const qint64 id = assessedChange();
        auto first = get(as(QStringLiteral("bob")).approve(id, QStringLiteral("looks fine")));
        QVERIFY2(first.ok(), qPrintable(Tests::errorText(first)));
        QCOMPARE(Models::toString(first->state), Models::toString(ChangeState::Assessed));
        auto second = get(as(QStringLiteral("carol")).approve(id, QStringLiteral("ok")));
        QVERIFY2(second.ok(), qPrintable(Tests::errorText(second)));
        QCOMPARE(Models::toString(second->state), Models::toString(ChangeState::Assessed)); // still missing the business owner
        auto third = get(as(QStringLiteral("dave")).approve(id, QStringLiteral("business agrees")));
        QVERIFY2(third.ok(), qPrintable(Tests::errorText(third)));
        QCOMPARE(Models::toString(third->state), Models::toString(ChangeState::Approved));
        QCOMPARE(third->approvedPolicyVersion, 1);

        const auto approvals = get(as(QStringLiteral("bob")).approvals(id));
        QVERIFY(approvals.ok());
        QCOMPARE(approvals->size(), 3);
        QStringList roles;
        for (const auto &approval : approvals.value()) {
            QVERIFY(approval.isStanding());
            QCOMPARE(approval.policyVersion, 1);
            roles.append(approval.approver + QLatin1Char('=') + approval.role);
        }
        QCOMPARE(roles, (QStringList{QStringLiteral("bob=cab-member"), QStringLiteral("carol=cab-member"),
                                     QStringLiteral("dave=business-owner")}));
        QCOMPARE(scalar(QStringLiteral("SELECT detail->>'policy_version' FROM audit_log WHERE action = 'change.approved'")),
                 QStringLiteral("1"));
        // The approval that completed the quorum and the change's approval: appended
        // together, one after the other on one stripe, the second chained to the first.
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM (SELECT * FROM audit_log"
                                       " WHERE change_id = %1 ORDER BY id DESC LIMIT 2) AS last").arg(id)),
                 QStringLiteral("approval.recorded,change.approved"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1"
                                       " WHERE a.action = 'approval.recorded' AND a.detail->>'role' = 'business-owner'"
                                       " AND b.action = 'change.approved' AND b.stripe = a.stripe AND b.prev_hash = a.hash"
                                       " AND a.change_id = %1 AND b.change_id = %1").arg(id)),
                 QStringLiteral("1"));
        const auto chain = get(as(QStringLiteral("bob")).verifyAuditChain());
        QVERIFY2(chain.ok(), qPrintable(Tests::errorText(chain)));
        QVERIFY(chain->intact());
    }

    void separationOfDuties_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("expected");
        QTest::newRow("requester approves own change") << QStringLiteral("alice") << QStringLiteral("separation of duties");
        QTest::newRow("named implementer approves") << QStringLiteral("rita") << QStringLiteral("separation of duties");
        QTest::newRow("support has no approving role") << QStringLiteral("sam") << QStringLiteral("permission denied");
        QTest::newRow("one person, two roles, twice") << QStringLiteral("erin") << QStringLiteral("already approved");
    }

    void separationOfDuties()
    {
        QFETCH(QString, who);
        QFETCH(QString, expected);
        if (who == QLatin1String("alice"))
            createPerson(QStringLiteral("alice"), {QStringLiteral("cab-member")}); // even with the role
        const qint64 id = assessedChange();
        if (who == QLatin1String("rita")) {
            QVERIFY(m_postgres.query(m_db, QStringLiteral("UPDATE change_requests SET implementer = 'rita'")).ok());
            createPerson(QStringLiteral("rita"), {QStringLiteral("cab-member")});
        }
        if (who == QLatin1String("erin")) {
            const auto first = get(as(QStringLiteral("erin")).approve(id, QStringLiteral("as CAB")));
            QVERIFY2(first.ok(), qPrintable(Tests::errorText(first)));
        }
        const auto attempt = get(as(who).approve(id, QStringLiteral("let me"),
                                                 who == QLatin1String("erin") ? QStringLiteral("business-owner") : QString()));
        QVERIFY(!attempt.ok());
        QVERIFY2(attempt.error().message.contains(expected), qPrintable(attempt.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM approvals WHERE approver = '%1'").arg(who)),
                 who == QLatin1String("erin") ? QStringLiteral("1") : QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM change_requests")), QStringLiteral("assessed"));
        if (who == QLatin1String("alice"))
            QVERIFY(m_postgres.query(m_db, QStringLiteral("REVOKE gatehouse_cab_member FROM alice")).ok());
        if (who == QLatin1String("rita"))
            QVERIFY(m_postgres.query(m_db, QStringLiteral("REVOKE gatehouse_cab_member FROM rita")).ok());
    }

    // Refusals reach the person in their language, with the names, roles and ids filled
    // in (the English source text here, marked by a stand-in translation).
    void refusalsAreTranslated_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("expected"); // %1: the change id
        QTest::newRow("separation of duties")
            << QStringLiteral("alice") << QStringLiteral("production-eu")
            << QStringLiteral("[de] separation of duties: alice requested change %1 and "
                              "cannot approve it");
        QTest::newRow("no role the quorum asks for")
            << QStringLiteral("sam") << QStringLiteral("production-eu")
            << QStringLiteral("[de] permission denied: sam holds none of the roles the "
                              "production policy asks to approve (cab-member, business-owner)");
        QTest::newRow("freeze override by a role the policy does not name")
            << QStringLiteral("rita") << QStringLiteral("staging")
            << QStringLiteral("[de] permission denied: the staging policy (version 1) "
                              "lets only admin override a freeze, not release-manager");
        QTest::newRow("separation of duties, freeze override")
            << QStringLiteral("alice") << QStringLiteral("production-eu")
            << QStringLiteral("[de] separation of duties: alice cannot override a freeze "
                              "for their own change");
    }

    void refusalsAreTranslated()
    {
        QFETCH(QString, who);
        QFETCH(QString, environment);
        QFETCH(QString, expected);
        const bool freeze = QString::fromUtf8(QTest::currentDataTag()).contains(QLatin1String("freeze"));
        if (who == QLatin1String("alice"))
            createPerson(QStringLiteral("alice"), {QStringLiteral("cab-member"), QStringLiteral("release-manager")});
        const qint64 id = assessedChange(environment);
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QString message;
        if (freeze)
            message = refusalOf(get(as(who).overrideFreeze(id, QStringLiteral("peak-season"), QStringLiteral("release-manager"),
                                                           QStringLiteral("pallets are waiting"))));
        else
            message = refusalOf(get(as(who).approve(id, QStringLiteral("fine by me"))));
        QCoreApplication::removeTranslator(&translator);
        // Without a translation the person reads the English sentence.
        const QString again = freeze ? refusalOf(get(as(who).overrideFreeze(id, QStringLiteral("peak-season"),
                                                                            QStringLiteral("release-manager"),
                                                                            QStringLiteral("again"))))
                                     : refusalOf(get(as(who).approve(id, QStringLiteral("again"))));
        if (who == QLatin1String("alice"))
            QVERIFY(m_postgres.query(m_db, QStringLiteral("REVOKE gatehouse_cab_member, gatehouse_release_manager FROM alice")).ok());
        QCOMPARE(message, expected.arg(id));
        QCOMPARE(again, QString(expected.arg(id)).remove(QStringLiteral("[de] ")));
    }

    void scopeOrWindowChangeVoidsApprovals_data()
    {
        QTest::addColumn<bool>("scopeChange");
        QTest::newRow("scope") << true;
        QTest::newRow("window") << false;
    }

    void scopeOrWindowChangeVoidsApprovals()
    {
        QFETCH(bool, scopeChange);
        const qint64 id = assessedChange();
        for (const QString &who : {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")})
            QVERIFY(get(as(who).approve(id, QStringLiteral("ok"))).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM change_requests")), QStringLiteral("approved"));

        Models::Result<ChangeRequest> changed = ChangeRequest{};
        if (scopeChange) {
            Models::ChangeScope scope;
            scope.workloads = {{QStringLiteral("odoo-web"), QStringLiteral("registry.local/odoo:17.0.4")}};
            scope.rollbackPlan = QStringLiteral("Redeploy 17.0.2");
            changed = get(as(QStringLiteral("alice")).setScope(id, scope, QStringLiteral("newer image")));
        } else {
            const QDateTime start(QDate(2027, 3, 21), QTime(21, 0), Qt::UTC);
            changed = get(as(QStringLiteral("alice"))
                              .reschedule(id, start, start.addSecs(3600), QStringLiteral("Europe/Amsterdam"),
                                          QStringLiteral("carrier cutoff moved")));
        }
        QVERIFY2(changed.ok(), qPrintable(Tests::errorText(changed)));
        QCOMPARE(Models::toString(changed->state), Models::toString(ChangeState::Assessed));
        QCOMPARE(changed->approvedPolicyVersion, 0);
        const auto approvals = get(as(QStringLiteral("bob")).approvals(id));
        QCOMPARE(approvals->size(), 3);
        for (const auto &approval : approvals.value()) {
            QVERIFY(!approval.isStanding());
            QVERIFY(approval.voidReason.contains(scopeChange ? QStringLiteral("newer image")
                                                             : QStringLiteral("carrier cutoff moved")));
        }
        QVERIFY(scalar(QStringLiteral("SELECT detail->>'why' FROM audit_log WHERE action = 'approvals.voided'"))
                    .contains(scopeChange ? QStringLiteral("scope changed") : QStringLiteral("window changed")));
        // The same people may approve the new scope.
        QVERIFY(get(as(QStringLiteral("bob")).approve(id, QStringLiteral("again"))).ok());
    }

    void emergencyPathNeedsThePostImplementationReview()
    {
        const qint64 id = assessedChange(QStringLiteral("production-eu"), Models::ChangeType::Emergency);
        // The emergency policy: one release manager instead of the CAB quorum.
        auto approved = get(as(QStringLiteral("rita")).approve(id, QStringLiteral("outage, go")));
        QVERIFY2(approved.ok(), qPrintable(Tests::errorText(approved)));
        QCOMPARE(Models::toString(approved->state), Models::toString(ChangeState::Approved));
        QVERIFY(approved->reviewRequired);
        createPerson(QStringLiteral("otto"), {QStringLiteral("release-manager")});
        QVERIFY(get(as(QStringLiteral("otto")).schedule(id)).ok());
        QVERIFY(get(as(QStringLiteral("otto")).start(id)).ok());
        auto done = get(as(QStringLiteral("otto")).complete(id, QStringLiteral("fixed")));
        QVERIFY(done.ok());
        QVERIFY(done->reviewDueAt.isValid());
        QVERIFY(qAbs(done->reviewDueAt.secsTo(QDateTime::currentDateTimeUtc().addDays(2))) < 120);

        auto early = get(as(QStringLiteral("otto")).closeChange(id));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(QLatin1String("post-implementation review")), qPrintable(early.error().message));
        auto byRequester = get(as(QStringLiteral("alice")).review(id, QStringLiteral("fine")));
        QVERIFY(!byRequester.ok());
        auto reviewed = get(as(QStringLiteral("bob")).review(id, QStringLiteral("root cause: expired certificate")));
        QVERIFY2(reviewed.ok(), qPrintable(Tests::errorText(reviewed)));
        QCOMPARE(reviewed->reviewedBy, QStringLiteral("bob"));
        auto closed = get(as(QStringLiteral("otto")).closeChange(id));
        QVERIFY2(closed.ok(), qPrintable(Tests::errorText(closed)));
        QCOMPARE(Models::toString(closed->state), Models::toString(ChangeState::Closed));
    }

    void breakGlassExpires()
    {
        const qint64 id = assessedChange();
        // Sam (support) cannot override gates …
        auto refused = get(as(QStringLiteral("sam")).overrideGate(id, QStringLiteral("production-eu"),
                                                                  QStringLiteral("backup"), QStringLiteral("restore tested")));
        QVERIFY(!refused.ok());
        // … until an administrator grants release-manager for a short time.
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addMSecs(1500);
        auto granted = get(as(QStringLiteral("adam")).grantBreakGlass(QStringLiteral("sam"), QStringLiteral("release-manager"),
                                                                     QStringLiteral("incident 4711"), expiry));
        QVERIFY2(granted.ok(), qPrintable(Tests::errorText(granted)));
        auto roles = get(as(QStringLiteral("sam")).myRoles());
        QVERIFY(roles.ok());
        QCOMPARE(roles->size(), 2);
        auto used = get(as(QStringLiteral("sam")).overrideGate(id, QStringLiteral("production-eu"), QStringLiteral("backup"),
                                                               QStringLiteral("restore tested")));
        QVERIFY2(used.ok(), qPrintable(Tests::errorText(used)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'break-glass.used' AND actor = 'sam'")),
                 QStringLiteral("1"));
        // The database itself stops honouring it at the expiry.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiry.addMSecs(50), 5000);
        auto late = get(as(QStringLiteral("sam")).overrideGate(id, QStringLiteral("production-eu"), QStringLiteral("alerts"),
                                                               QStringLiteral("again")));
        QVERIFY(!late.ok());
        QVERIFY2(late.error().message.contains(QLatin1String("permission denied")), qPrintable(late.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM gate_overrides")), QStringLiteral("1"));
        // Nobody grants it to themselves, and only administrators grant it.
        QVERIFY(!get(as(QStringLiteral("rita")).grantBreakGlass(QStringLiteral("sam"), QStringLiteral("cab-member"),
                                                                QStringLiteral("x"), QDateTime::currentDateTimeUtc().addSecs(60)))
                     .ok());
    }

    void rogueClientIsRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("approve by UPDATE") << QStringLiteral("UPDATE change_requests SET state = 'approved'");
        QTest::newRow("insert approval") << QStringLiteral(
            "INSERT INTO approvals (change_id, approver, role, decision, change_revision) "
            "SELECT id, 'bob', 'cab-member', 'approve', 1 FROM change_requests");
        QTest::newRow("delete approvals") << QStringLiteral("DELETE FROM approvals");
        QTest::newRow("delete change") << QStringLiteral("DELETE FROM change_requests");
        QTest::newRow("forge audit row") << QStringLiteral("INSERT INTO audit_log (action, detail) VALUES ('change.approved', '{}')");
        QTest::newRow("reorder audit rows") << QStringLiteral("UPDATE audit_log SET id = id + 1000");
        QTest::newRow("erase audit") << QStringLiteral("DELETE FROM audit_log");
        QTest::newRow("append through the internal function")
            << QStringLiteral("SELECT gatehouse_audit_append('change.approved', 1, '{}')");
        QTest::newRow("append several through the internal function")
            << QStringLiteral("SELECT gatehouse_audit_append_each(1, ARRAY['change.approved'], ARRAY['{}'::jsonb])");
        QTest::newRow("move a chain head") << QStringLiteral("UPDATE audit_stripes SET last_hash = ''");
        QTest::newRow("change the stripes in use") << QStringLiteral("UPDATE audit_settings SET stripes_in_use = 64");
        QTest::newRow("void approvals directly") << QStringLiteral(
            "SELECT gatehouse_void_approvals(c, 'x') FROM change_requests c");
        QTest::newRow("approve own change") << QStringLiteral("SELECT gatehouse_approve(id, 'mine') FROM change_requests");
        QTest::newRow("new policy without admin")
            << QStringLiteral("SELECT gatehouse_apply_policy('{\"tiers\": {}, \"environments\": {}}')");
        QTest::newRow("become admin") << QStringLiteral("GRANT gatehouse_admin TO mallory");
        QTest::newRow("set role") << QStringLiteral("SET ROLE gatehouse_admin");
    }

    void rogueClientIsRefused()
    {
        QFETCH(QString, statement);
        // Mallory is a CAB member who requested a change and uses a plain libpqxx connection.
        createPerson(QStringLiteral("mallory"), {QStringLiteral("requester"), QStringLiteral("cab-member")});
        const qint64 id = newChange(QStringLiteral("mallory")).id;
        QVERIFY(get(as(QStringLiteral("mallory")).submit(id)).ok());
        QVERIFY(get(as(QStringLiteral("carol")).assess(id, 10)).ok());
        const QString before = scalar(QStringLiteral("SELECT string_agg(encode(hash, 'hex'), ',' ORDER BY id) FROM audit_log"));

        bool refused = false;
        QString message;
        try {
            pqxx::connection connection(
                ControlStore::urlForUser(m_postgres.url(m_db), QStringLiteral("mallory")).toStdString());
            pqxx::nontransaction tx(connection);
            tx.exec(statement.toStdString());
        } catch (const std::exception &error) {
            refused = true;
            message = QString::fromUtf8(error.what());
        }
        QVERIFY2(refused, qPrintable(statement));
        QVERIFY2(message.contains(QLatin1String("permission denied")) || message.contains(QLatin1String("separation of duties"))
                     || message.contains(QLatin1String("must have admin option")),
                 qPrintable(message));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM change_requests")), QStringLiteral("assessed"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM approvals")), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(encode(hash, 'hex'), ',' ORDER BY id) FROM audit_log")), before);
        QCOMPARE(scalar(QStringLiteral("SELECT pg_has_role('mallory', 'gatehouse_admin', 'MEMBER')")), QStringLiteral("f"));
    }

    void twentyApproversReachQuorumExactlyOnce()
    {
        const qint64 id = assessedChange(QStringLiteral("staging"));
        QStringList people;
        for (int i = 0; i < 20; ++i) {
            people.append(QStringLiteral("cab%1").arg(i, 2, 10, QLatin1Char('0')));
            createPerson(people.constLast(), {QStringLiteral("cab-member")});
        }
        for (const QString &person : people)
            QVERIFY(as(person).waitForConnection(std::chrono::seconds(30)).ok());
        QList<QFuture<Models::Result<ChangeRequest>>> futures;
        for (const QString &person : people)
            futures.append(as(person).approve(id, QStringLiteral("approve from ") + person));
        QStringList acknowledged;
        int reachedApproved = 0;
        for (qsizetype i = 0; i < futures.size(); ++i) {
            const auto result = get(futures[i]);
            if (result.ok()) {
                acknowledged.append(people[i]);
                reachedApproved += result->state == ChangeState::Approved ? 1 : 0;
            } else {
                QVERIFY2(result.error().message.contains(QLatin1String("approved")), qPrintable(result.error().message));
            }
        }
        QCOMPARE(acknowledged.size(), 5); // the staging quorum; later ones find it approved
        QCOMPARE(reachedApproved, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'change.approved'")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(approver, ',' ORDER BY approver) FROM approvals WHERE voided_at IS NULL")),
                 [&] { QStringList sorted = acknowledged; sorted.sort(); return sorted.join(QLatin1Char(',')); }());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'approval.recorded'")), QStringLiteral("5"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM change_requests")), QStringLiteral("approved"));
        const auto chain = get(as(QStringLiteral("bob")).verifyAuditChain());
        QVERIFY2(chain.ok(), qPrintable(Tests::errorText(chain)));
        QVERIFY(chain->intact());
    }

    // The role under which a freeze or a gate is overridden is checked by the database
    // against the applied policy, whatever a client claims.
    void rogueOverrideIsRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("statement"); // %1: the change id
        QTest::addColumn<QString>("expected");
        const QString freeze = QStringLiteral("SELECT gatehouse_override_freeze(%1, 'peak-season', %2, 'pallets are waiting')");
        const QString production = QStringLiteral("production-eu");
        QTest::newRow("support claims support") << QStringLiteral("sam") << production
                                                << freeze.arg(QStringLiteral("%1"), QStringLiteral("'support'"))
                                                << QStringLiteral("lets only release-manager or admin override a freeze");
        QTest::newRow("CAB member claims release manager")
            << QStringLiteral("bob") << production << freeze.arg(QStringLiteral("%1"), QStringLiteral("'release-manager'"))
            << QStringLiteral("permission denied: only release-manager");
        QTest::newRow("CAB member claims admin") << QStringLiteral("bob") << production
                                                 << freeze.arg(QStringLiteral("%1"), QStringLiteral("'admin'"))
                                                 << QStringLiteral("permission denied: only admin");
        QTest::newRow("made-up role") << QStringLiteral("bob") << production
                                      << freeze.arg(QStringLiteral("%1"), QStringLiteral("'superuser'"))
                                      << QStringLiteral("not superuser");
        QTest::newRow("claims nothing, holds no permitted role")
            << QStringLiteral("bob") << production << freeze.arg(QStringLiteral("%1"), QStringLiteral("NULL"))
            << QStringLiteral("holds none of these roles");
        QTest::newRow("release manager where the policy names only admin")
            << QStringLiteral("rita") << QStringLiteral("staging")
            << freeze.arg(QStringLiteral("%1"), QStringLiteral("'release-manager'"))
            << QStringLiteral("the staging policy (version 1) lets only admin override a freeze");
        QTest::newRow("requester overrides the freeze of their own change")
            << QStringLiteral("alice") << production << freeze.arg(QStringLiteral("%1"), QStringLiteral("'release-manager'"))
            << QStringLiteral("separation of duties");
        QTest::newRow("CAB member overrides a gate")
            << QStringLiteral("bob") << production
            << QStringLiteral("SELECT gatehouse_override_gate(%1, 'production-eu', 'backup', 'trust me')")
            << QStringLiteral("lets only release-manager override gates");
        QTest::newRow("approves claiming a role not held")
            << QStringLiteral("bob") << production << QStringLiteral("SELECT gatehouse_approve(%1, 'x', 'business-owner')")
            << QStringLiteral("permission denied: only business-owner");
    }

    void rogueOverrideIsRefused()
    {
        QFETCH(QString, who);
        QFETCH(QString, environment);
        QFETCH(QString, statement);
        QFETCH(QString, expected);
        if (who == QLatin1String("alice"))
            createPerson(QStringLiteral("alice"), {QStringLiteral("release-manager")}); // even with the role
        const qint64 id = assessedChange(environment);
        const QString before = scalar(QStringLiteral("SELECT string_agg(encode(hash, 'hex'), ',' ORDER BY id) FROM audit_log"));

        QString message;
        try {
            pqxx::connection connection(ControlStore::urlForUser(m_postgres.url(m_db), who).toStdString());
            pqxx::nontransaction tx(connection);
            tx.exec(statement.arg(id).toStdString());
        } catch (const std::exception &error) {
            message = QString::fromUtf8(error.what());
        }
        if (who == QLatin1String("alice"))
            QVERIFY(m_postgres.query(m_db, QStringLiteral("REVOKE gatehouse_release_manager FROM alice")).ok());
        QVERIFY2(!message.isEmpty(), qPrintable(statement + QStringLiteral(" was accepted")));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM freeze_overrides")), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM gate_overrides")), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM approvals")), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(encode(hash, 'hex'), ',' ORDER BY id) FROM audit_log")), before);
    }

    void freezeOverrideIsRecordedUnderThePermittedRole_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("claimed");
        QTest::addColumn<QString>("recorded");
        QTest::newRow("release manager, role named") << QStringLiteral("rita") << QStringLiteral("production-eu")
                                                     << QStringLiteral("release-manager") << QStringLiteral("release-manager");
        QTest::newRow("release manager, role left to the database")
            << QStringLiteral("rita") << QStringLiteral("production-eu") << QString() << QStringLiteral("release-manager");
        QTest::newRow("admin where the policy names only admin")
            << QStringLiteral("adam") << QStringLiteral("staging") << QString() << QStringLiteral("admin");
    }

    void freezeOverrideIsRecordedUnderThePermittedRole()
    {
        QFETCH(QString, who);
        QFETCH(QString, environment);
        QFETCH(QString, claimed);
        QFETCH(QString, recorded);
        const qint64 id = assessedChange(environment);
        const auto done = get(as(who).overrideFreeze(id, QStringLiteral("peak-season"), claimed,
                                                     QStringLiteral("carrier strike, stock must move")));
        QVERIFY2(done.ok(), qPrintable(Tests::errorText(done)));
        QCOMPARE(scalar(QStringLiteral("SELECT by_user || '=' || role FROM freeze_overrides")), who + QLatin1Char('=') + recorded);
        QCOMPARE(scalar(QStringLiteral("SELECT (detail->>'role') || ' v' || (detail->>'policy_version') FROM audit_log"
                                       " WHERE action = 'freeze.overridden'")),
                 recorded + QStringLiteral(" v1"));
    }

    // The estate's policy against the applied one: administrators apply it (versioned,
    // audited, once); everyone else is told it is out of date and stores nothing.
    void estatePolicyIsAppliedByAdministratorsOnly()
    {
        Models::Estate estate;
        Models::Environment production;
        production.name = QStringLiteral("production-eu");
        production.tier = Models::Tier::Production;
        estate.environments = {production};
        Models::Policy policy;
        policy.name = QStringLiteral("production");
        policy.tier = Models::Tier::Production;
        policy.approvals = {{QStringLiteral("cab-member"), 1}};
        estate.policies = {policy};
        const QByteArray document = ControlStore::policyDocument(estate);
        QVERIFY(document.contains("freezeOverrideRoles"));
        const QString auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

        // A CAB member sees the difference and cannot close it.
        ControlStore &bob = as(QStringLiteral("bob"));
        QSignalSpy outOfDate(&bob, &ControlStore::policyOutOfDate);
        const auto compared = get(bob.syncPolicy(document));
        QVERIFY2(compared.ok(), qPrintable(Tests::errorText(compared)));
        QCOMPARE(int(compared->outcome), int(Services::PolicySync::Outcome::OutOfDate));
        QCOMPARE(compared->version, 1);
        QVERIFY(!compared->mayApply);
        QVERIFY2(compared->message.contains(QLatin1String("version 1")), qPrintable(compared->message));
        QVERIFY(outOfDate.count() == 1 || outOfDate.wait(5000));
        QCOMPARE(outOfDate.constFirst().at(0).toInt(), 1);
        QCOMPARE(outOfDate.constFirst().at(1).toString(), compared->message);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM policy_versions")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);

        // An administrator applies it once.
        ControlStore &adam = as(QStringLiteral("adam"));
        QSignalSpy upToDate(&adam, &ControlStore::policyUpToDate);
        const auto applied = get(adam.syncPolicy(document));
        QVERIFY2(applied.ok(), qPrintable(Tests::errorText(applied)));
        QCOMPARE(int(applied->outcome), int(Services::PolicySync::Outcome::Applied));
        QCOMPARE(applied->previousVersion, 1);
        QCOMPARE(applied->version, 2);
        QVERIFY(applied->message.isEmpty());
        QVERIFY(upToDate.count() == 1 || upToDate.wait(5000));
        QCOMPARE(upToDate.constFirst().at(0).toInt(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT actor || ' v' || (detail->>'version') || ' after v' || (detail->>'previous_version')"
                                       " FROM audit_log WHERE action = 'policy.applied' ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("adam v2 after v1"));
        const QString auditAfter = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

        // The same document again, even written differently, is a no-op.
        const QByteArray reordered = QJsonDocument::fromJson(document).toJson(QJsonDocument::Indented);
        const auto again = get(adam.syncPolicy(reordered));
        QVERIFY2(again.ok(), qPrintable(Tests::errorText(again)));
        QCOMPARE(int(again->outcome), int(Services::PolicySync::Outcome::UpToDate));
        QCOMPARE(again->version, 2);
        const auto seenByBob = get(bob.comparePolicy(document));
        QCOMPARE(int(seenByBob->outcome), int(Services::PolicySync::Outcome::UpToDate));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM policy_versions")), QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditAfter);

        // The applied version now decides: one CAB approval suffices, and it is recorded.
        const qint64 id = assessedChange();
        const auto approved = get(bob.approve(id, QStringLiteral("ok")));
        QVERIFY2(approved.ok(), qPrintable(Tests::errorText(approved)));
        QCOMPARE(Models::toString(approved->state), Models::toString(ChangeState::Approved));
        QCOMPARE(approved->approvedPolicyVersion, 2);
    }

    // The estate names who may override a freeze; the database enforces exactly that
    // once the policy is applied.
    void estateOverrideRolesAreEnforced()
    {
        const auto loaded = Services::EstateLoader::loadDocuments(
            demoEstateWithOverrides("  overrides:\n    freeze: [admin]\n"),
            QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
        QVERIFY2(loaded.estate, qPrintable(loaded.diagnostics.isEmpty() ? QString() : loaded.diagnostics.first().toString()));
        const auto production = std::find_if(loaded.estate->policies.cbegin(), loaded.estate->policies.cend(),
                                             [](const Models::Policy &p) { return p.tier == Models::Tier::Production; });
        QVERIFY(production != loaded.estate->policies.cend());
        QCOMPARE(production->freezeOverrideRoles, QStringList{QStringLiteral("admin")});
        QCOMPARE(production->gateOverrideRoles, QStringList{QStringLiteral("release-manager")}); // not named: default

        const auto applied = get(as(QStringLiteral("adam")).syncPolicy(ControlStore::policyDocument(*loaded.estate)));
        QVERIFY2(applied.ok(), qPrintable(Tests::errorText(applied)));
        QCOMPARE(applied->version, 2);
        QCOMPARE(scalar(QStringLiteral("SELECT document->'tiers'->'production'->>'freezeOverrideRoles' FROM policy_versions"
                                       " WHERE version = 2")),
                 QStringLiteral("[\"admin\"]"));

        const qint64 id = assessedChange();
        const auto byReleaseManager = get(as(QStringLiteral("rita")).overrideFreeze(
            id, QStringLiteral("peak-season"), QStringLiteral("release-manager"), QStringLiteral("stock must move")));
        QCOMPARE(refusalOf(byReleaseManager),
                 QStringLiteral("permission denied: the production policy (version 2) "
                                "lets only admin override a freeze, not release-manager"));
        const auto unnamed = get(as(QStringLiteral("rita")).overrideFreeze(id, QStringLiteral("peak-season"), QString(),
                                                                           QStringLiteral("stock must move")));
        QCOMPARE(refusalOf(unnamed), QStringLiteral("permission denied: the production "
                                                    "policy (version 2) lets only admin override a freeze, and rita holds "
                                                    "none of these roles"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM freeze_overrides")), QStringLiteral("0"));

        const auto byAdmin = get(as(QStringLiteral("adam")).overrideFreeze(id, QStringLiteral("peak-season"), QString(),
                                                                           QStringLiteral("stock must move")));
        QVERIFY2(byAdmin.ok(), qPrintable(Tests::errorText(byAdmin)));
        QCOMPARE(scalar(QStringLiteral("SELECT by_user || '=' || role FROM freeze_overrides")), QStringLiteral("adam=admin"));
        QCOMPARE(scalar(QStringLiteral("SELECT (detail->>'role') || ' v' || (detail->>'policy_version') FROM audit_log"
                                       " WHERE action = 'freeze.overridden'")),
                 QStringLiteral("admin v2"));
    }

    // An empty list names nobody; a role the database does not know is an error at its
    // place in the file, and nothing is loaded.
    void estateOverrideRolesAreChecked_data()
    {
        QTest::addColumn<QByteArray>("overrides");
        QTest::addColumn<QString>("diagnostic"); // empty: loads
        QTest::addColumn<QStringList>("freeze");
        QTest::addColumn<QStringList>("gates");
        const QStringList defaultFreeze{QStringLiteral("release-manager"), QStringLiteral("admin")};
        QTest::newRow("not named") << QByteArray() << QString() << defaultFreeze
                                   << QStringList{QStringLiteral("release-manager")};
        QTest::newRow("nobody overrides gates") << QByteArray("  overrides: {gates: []}\n") << QString() << defaultFreeze
                                                << QStringList();
        QTest::newRow("both named")
            << QByteArray("  overrides:\n    freeze: [release-manager]\n    gates: [admin, release-manager]\n") << QString()
            << QStringList{QStringLiteral("release-manager")}
            << QStringList{QStringLiteral("admin"), QStringLiteral("release-manager")};
        QTest::newRow("unknown role")
            << QByteArray("  overrides:\n    freeze: [admin, release-manger]\n")
            << QStringLiteral("policies/production.yaml:14:21: error: 'spec.overrides.freeze[1]' must be one of cab-member, "
                              "business-owner, release-manager, support, admin, got 'release-manger'; did you mean "
                              "'release-manager'?")
            << QStringList() << QStringList();
        QTest::newRow("unknown key") << QByteArray("  overrides:\n    gate: [admin]\n")
                                     << QStringLiteral("policies/production.yaml:14:5: error: ") << QStringList()
                                     << QStringList();
    }

    void estateOverrideRolesAreChecked()
    {
        QFETCH(QByteArray, overrides);
        QFETCH(QString, diagnostic);
        QFETCH(QStringList, freeze);
        QFETCH(QStringList, gates);
        const auto loaded = Services::EstateLoader::loadDocuments(
            demoEstateWithOverrides(overrides), QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
        if (!diagnostic.isEmpty()) {
            QVERIFY(!loaded.estate);
            QCOMPARE(loaded.diagnostics.size(), 1);
            QVERIFY2(loaded.diagnostics.first().toString().startsWith(diagnostic),
                     qPrintable(loaded.diagnostics.first().toString()));
            return;
        }
        QVERIFY2(loaded.estate, qPrintable(loaded.diagnostics.isEmpty() ? QString() : loaded.diagnostics.first().toString()));
        for (const Models::Policy &policy : loaded.estate->policies) {
            if (policy.tier != Models::Tier::Production)
                continue;
            QCOMPARE(policy.freezeOverrideRoles, freeze);
            QCOMPARE(policy.gateOverrideRoles, gates);
        }
        // Whatever the estate says is what the database accepts as a policy.
        const auto applied = get(as(QStringLiteral("adam")).syncPolicy(ControlStore::policyDocument(*loaded.estate)));
        QVERIFY2(applied.ok(), qPrintable(Tests::errorText(applied)));
        QCOMPARE(applied->version, 2);
    }

    void concurrentAppliesOfOneDocumentStoreOneVersion()
    {
        createPerson(QStringLiteral("adele"), {QStringLiteral("admin")});
        const QByteArray document = policyJson().replace(QStringLiteral("\"count\": 5"), QStringLiteral("\"count\": 3")).toUtf8();
        QVERIFY(as(QStringLiteral("adam")).waitForConnection(std::chrono::seconds(30)).ok());
        QVERIFY(as(QStringLiteral("adele")).waitForConnection(std::chrono::seconds(30)).ok());
        auto first = as(QStringLiteral("adam")).syncPolicy(document);
        auto second = as(QStringLiteral("adele")).syncPolicy(document);
        const auto a = get(first);
        const auto b = get(second);
        QVERIFY2(a.ok() && b.ok(), qPrintable(Tests::errorText(a) + Tests::errorText(b)));
        QCOMPARE(a->version, 2);
        QCOMPARE(b->version, 2);
        // One of them applied it; the other found it applied.
        QSet<int> outcomes{int(a->outcome), int(b->outcome)};
        QCOMPARE(outcomes, (QSet<int>{int(Services::PolicySync::Outcome::Applied),
                                      int(Services::PolicySync::Outcome::UpToDate)}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM policy_versions")), QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'policy.applied'")), QStringLiteral("2"));
    }

    void malformedOverrideRolesAreRefused()
    {
        const QByteArray document = policyJson()
                                        .replace(QStringLiteral("\"freezeOverrideRoles\": [\"admin\"]"),
                                                 QStringLiteral("\"freezeOverrideRoles\": [\"everyone\"]"))
                                        .toUtf8();
        const auto refused = get(as(QStringLiteral("adam")).syncPolicy(document));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("freezeOverrideRoles must be a list of known roles")),
                 qPrintable(refused.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM policy_versions")), QStringLiteral("1"));
    }

    void hostileStringsAreStoredVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("injection") << QStringLiteral("'); UPDATE change_requests SET state = 'approved'; --");
        QTest::newRow("json breakers") << QStringLiteral("\"},{\"role\":\"admin\"} \\u0041 \\");
        QTest::newRow("scripts and emoji") << QStringLiteral("出荷 ✅ Zürich שָׁלוֹם 👩‍👩‍👧");
        QTest::newRow("control characters") << QStringLiteral("tab\tline\nret\r\x1b[31m");
        QTest::newRow("canonical separators") << QStringLiteral("3:abc;12:;:;");
    }

    void hostileStringsAreStoredVerbatim()
    {
        QFETCH(QString, text);
        const qint64 id = assessedChange();
        QVERIFY(get(as(QStringLiteral("bob")).approve(id, text)).ok());
        const auto comment = get(as(QStringLiteral("carol")).comment(id, text));
        QVERIFY2(comment.ok(), qPrintable(Tests::errorText(comment)));
        const auto comments = get(as(QStringLiteral("dave")).comments(id));
        QCOMPARE(comments->size(), 1);
        QCOMPARE(comments->constFirst().body, text);
        QCOMPARE(comments->constFirst().author, QStringLiteral("carol"));
        const auto approvals = get(as(QStringLiteral("dave")).approvals(id));
        QCOMPARE(approvals->constFirst().comment, text);
        Models::ChangeScope scope;
        scope.modules = {{text, text}};
        scope.rollbackPlan = text;
        QVERIFY(get(as(QStringLiteral("alice")).setScope(id, scope, text)).ok());
        const auto stored = get(as(QStringLiteral("bob")).scope(id));
        QCOMPARE(stored->modules.constFirst().name, text);
        QCOMPARE(stored->rollbackPlan, text);
        const auto chain = get(as(QStringLiteral("bob")).verifyAuditChain());
        QVERIFY2(chain.ok(), qPrintable(Tests::errorText(chain)));
        QVERIFY(chain->intact());
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM change_requests")), QStringLiteral("assessed"));
    }

    void infrastructureIsKeptApartFromApplicationChanges()
    {
        const qint64 id = newChange(QStringLiteral("alice")).id;
        Models::ChangeScope scope;
        scope.workloads = {{QStringLiteral("odoo-web"), QStringLiteral("odoo:17")}};
        scope.infrastructure = {{QStringLiteral("ingress"), QStringLiteral("new TLS terminator")}};
        const auto mixed = get(as(QStringLiteral("alice")).setScope(id, scope, QStringLiteral("both")));
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.error().message.contains(QLatin1String("kept apart")), qPrintable(mixed.error().message));
    }

    void othersSeeApprovalsLive()
    {
        const qint64 id = assessedChange();
        ControlStore &watcher = as(QStringLiteral("dave"));
        QVERIFY(watcher.waitForConnection(std::chrono::seconds(30)).ok());
        QSignalSpy changed(&watcher, &ControlStore::changesChanged);
        QVERIFY(get(as(QStringLiteral("bob")).approve(id, QStringLiteral("ok"))).ok());
        QVERIFY(changed.count() > 0 || changed.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
