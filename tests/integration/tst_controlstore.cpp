#include "postgresfixture.h"

#include "services/controlstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <pqxx/pqxx>

#include <memory>

using namespace Gatehouse;
using Services::ControlStore;
using Services::ControlStoreSettings;
using State = Services::ControlStore::ConnectionState;

class TestControlStore : public QObject
{
    Q_OBJECT

private:
    Tests::PostgresFixture m_postgres;
    int m_databaseCounter = 0;

    QString freshDatabase()
    {
        const QString name = QStringLiteral("gh_test_%1").arg(++m_databaseCounter);
        if (!m_postgres.createDatabase(name))
            qFatal("cannot create database: %s", qPrintable(m_postgres.errorString()));
        return name;
    }

    ControlStoreSettings settingsFor(const QString &database) const
    {
        ControlStoreSettings settings;
        settings.url = m_postgres.url(database);
        settings.reconnectInitialDelay = std::chrono::milliseconds(50);
        settings.reconnectMaxDelay = std::chrono::milliseconds(200);
        settings.requestTimeout = std::chrono::milliseconds(20000);
        return settings;
    }

    static Models::ChangeRequest sampleChange()
    {
        Models::ChangeRequest change;
        change.title = QStringLiteral("Upgrade stock module");
        change.description = QStringLiteral("Moves stock to 17.0.3; wave picking unaffected.");
        change.environment = QStringLiteral("production-eu");
        change.type = Models::ChangeType::Emergency;
        change.integrations = {QStringLiteral("odoo-stock"), QStringLiteral("wms-connector")};
        change.workloads = {QStringLiteral("odoo-web"), QStringLiteral("queue-job-worker")};
        const QTimeZone amsterdam("Europe/Amsterdam");
        change.windowStart = QDateTime(QDate(2027, 3, 14), QTime(22, 30), amsterdam);
        change.windowEnd = QDateTime(QDate(2027, 3, 15), QTime(1, 15, 30, 250), amsterdam);
        change.windowTimeZone = QStringLiteral("Europe/Amsterdam");
        return change;
    }

    int count(const QString &database, const QString &table) const
    {
        return m_postgres.scalar(database, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }

    // A migrated store with a staging policy (one CAB approval), the login roles
    // gh_signal_requester and gh_signal_cab, and change 1 assessed, requested by the
    // former. Written by a plain session before any test store listens.
    QString assessedChangeDatabase()
    {
        const QString db = freshDatabase();
        {
            ControlStore migrator;
            migrator.open(settingsFor(db));
            if (!migrator.waitForConnection(std::chrono::seconds(20)).ok())
                return QString();
        }
        const auto setup = m_postgres.query(
            db, QStringLiteral(
                    "SELECT gatehouse_apply_policy('{\"tiers\": {\"staging\": {\"approvals\": [{\"role\": \"cab-member\","
                    " \"count\": 1}]}}, \"environments\": {\"staging\": \"staging\"}}');"
                    "DO $$ BEGIN"
                    " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gh_signal_requester') THEN"
                    "  CREATE ROLE gh_signal_requester LOGIN; END IF;"
                    " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gh_signal_cab') THEN"
                    "  CREATE ROLE gh_signal_cab LOGIN; END IF; END $$;"
                    "GRANT gatehouse_requester TO gh_signal_requester; GRANT gatehouse_cab_member TO gh_signal_cab;"
                    "SET SESSION AUTHORIZATION gh_signal_requester;"
                    "SELECT gatehouse_create_change('signals', '', 'staging', 'normal', '{}', '{}', now(),"
                    " now() + interval '1 hour', 'UTC');"
                    "SELECT gatehouse_submit(1);"
                    "RESET SESSION AUTHORIZATION;"
                    "SELECT gatehouse_assess(1, 10);"));
        if (!setup.ok()) {
            qWarning("setup failed: %s", qPrintable(setup.error().message));
            return QString();
        }
        return db;
    }

    std::string cabUrl(const QString &db) const
    {
        return ControlStore::urlForUser(m_postgres.url(db), QStringLiteral("gh_signal_cab")).toStdString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString())); }

    void migrationIsIdempotent()
    {
        const QString db = freshDatabase();
        for (int round = 0; round < 2; ++round) {
            ControlStore store;
            store.open(settingsFor(db));
            QTRY_COMPARE_WITH_TIMEOUT(store.connectionState(), State::Connected, 20000);
            auto version = store.schemaVersion();
            QVERIFY(Tests::waitFor(version));
            QVERIFY2(version.result().ok(), qPrintable(Tests::errorText(version.result())));
            QCOMPARE(version.result().value(), ControlStore::latestSchemaVersion());
        }
        QVERIFY(ControlStore::latestSchemaVersion() >= 1);
        QCOMPARE(count(db, QStringLiteral("schema_migrations")), ControlStore::latestSchemaVersion());
        QCOMPARE(
            m_postgres.scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'change_requests'")),
            QStringLiteral("1"));
    }

    void concurrentMigratorsMigrateOnce()
    {
        const QString db = freshDatabase();
        std::vector<std::unique_ptr<ControlStore>> stores;
        for (int i = 0; i < 4; ++i)
            stores.push_back(std::make_unique<ControlStore>());
        for (auto &store : stores)
            store->open(settingsFor(db));
        for (auto &store : stores)
            QTRY_COMPARE_WITH_TIMEOUT(store->connectionState(), State::Connected, 20000);
        for (auto &store : stores) {
            auto version = store->schemaVersion();
            QVERIFY(Tests::waitFor(version));
            QCOMPARE(version.result().value(), ControlStore::latestSchemaVersion());
        }
        QCOMPARE(count(db, QStringLiteral("schema_migrations")), ControlStore::latestSchemaVersion());
    }

    void changeRoundTrip()
    {
        const QString db = freshDatabase();
        ControlStore store;
        store.open(settingsFor(db));
        const Models::ChangeRequest draft = sampleChange();
        auto created = store.createChange(draft);
        QVERIFY(Tests::waitFor(created));
        QVERIFY2(created.result().ok(), qPrintable(Tests::errorText(created.result())));

        auto listed = store.listChanges();
        QVERIFY(Tests::waitFor(listed));
        QVERIFY(listed.result().ok());
        QCOMPARE(listed.result().value().size(), 1);
        const Models::ChangeRequest stored = listed.result().value().constFirst();
        QCOMPARE(stored.id, created.result().value().id);
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.title, draft.title);
        QCOMPARE(stored.description, draft.description);
        QCOMPARE(stored.requester, QStringLiteral("gatehouse"));
        QCOMPARE(stored.environment, draft.environment);
        QCOMPARE(Models::toString(stored.type), QStringLiteral("emergency"));
        QCOMPARE(stored.integrations, draft.integrations);
        QCOMPARE(stored.workloads, draft.workloads);
        QCOMPARE(stored.windowStart, draft.windowStart);
        QCOMPARE(stored.windowEnd, draft.windowEnd);
        QCOMPARE(stored.windowStart.timeSpec(), Qt::UTC);
        QCOMPARE(stored.windowStart.toString(Qt::ISODate), QStringLiteral("2027-03-14T21:30:00Z"));
        QCOMPARE(stored.windowTimeZone, QStringLiteral("Europe/Amsterdam"));
        QCOMPARE(Models::toString(stored.state), QStringLiteral("draft"));
        QCOMPARE(stored.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(stored.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(stored.updatedAt, stored.createdAt);

        auto audit = store.auditLog(stored.id);
        QVERIFY(Tests::waitFor(audit));
        QVERIFY(audit.result().ok());
        QCOMPARE(audit.result().value().size(), 1);
        const Models::AuditEntry entry = audit.result().value().constFirst();
        QCOMPARE(entry.action, QStringLiteral("change.created"));
        QCOMPARE(entry.changeId, stored.id);
        QCOMPARE(entry.actor, QStringLiteral("gatehouse"));
        QVERIFY(entry.detail.contains(draft.title));
    }

    void hostileStringsAreStoredVerbatim_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::newRow("quotes") << QStringLiteral("It's \"quoted\"") << QStringLiteral("'' \"\" `` '");
        QTest::newRow("sql injection") << QStringLiteral("'; DROP TABLE change_requests; --")
                                       << QStringLiteral("1' OR '1'='1'); DELETE FROM audit_log; --");
        QTest::newRow("backslashes") << QStringLiteral("C:\\temp\\new") << QStringLiteral("\\\\x00 \\' \\n E'\\\\'");
        QTest::newRow("control characters")
            << QStringLiteral("tab\there") << QStringLiteral("line\nbreak\r\nbell\a escape\x1b end\x7f");
        QTest::newRow("array syntax") << QStringLiteral("{a,b}") << QStringLiteral("{\"x\",NULL}");
        QTest::newRow("emoji and scripts")
            << QStringLiteral("Release 🚚📦 Zürich")
            << QStringLiteral("出荷 — ölçü — שָׁלוֹם 👩‍👩‍👧");
        QTest::newRow("1 MB") << QStringLiteral("Large description")
                              << QString(1024 * 1024 / 8, QLatin1Char('x')).repeated(8);
    }

    void hostileStringsAreStoredVerbatim()
    {
        QFETCH(QString, title);
        QFETCH(QString, description);
        const QString db = freshDatabase();
        ControlStore store;
        store.open(settingsFor(db));
        Models::ChangeRequest draft = sampleChange();
        draft.title = title;
        draft.description = description;
        draft.integrations = {title, QStringLiteral("a,b"), QStringLiteral("\"q\"")};
        auto created = store.createChange(draft);
        QVERIFY(Tests::waitFor(created));
        QVERIFY2(created.result().ok(), qPrintable(Tests::errorText(created.result())));
        auto listed = store.listChanges();
        QVERIFY(Tests::waitFor(listed));
        QVERIFY(listed.result().ok());
        QCOMPARE(listed.result().value().size(), 1);
        const auto stored = listed.result().value().constFirst();
        QCOMPARE(stored.title, title);
        QCOMPARE(stored.description.size(), description.size());
        QVERIFY(stored.description == description);
        QCOMPARE(stored.integrations, draft.integrations);
        QCOMPARE(count(db, QStringLiteral("change_requests")), 1);
        QCOMPARE(count(db, QStringLiteral("audit_log")), 1);
    }

    void failingWriteLeavesNothing_data()
    {
        QTest::addColumn<int>("mistake");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("window ends before it starts") << 0 << QStringLiteral("must end after it starts");
        QTest::newRow("empty window") << 1 << QStringLiteral("must end after it starts");
        QTest::newRow("blank title") << 2 << QStringLiteral("needs a title");
        QTest::newRow("NUL character") << 3 << QStringLiteral("NUL");
        QTest::newRow("audit record refused") << 4 << QStringLiteral("audit refused");
    }

    void failingWriteLeavesNothing()
    {
        QFETCH(int, mistake);
        QFETCH(QString, expectedMessage);
        const QString db = freshDatabase();
        ControlStore store;
        store.open(settingsFor(db));
        QTRY_COMPARE_WITH_TIMEOUT(store.connectionState(), State::Connected, 20000);
        Models::ChangeRequest draft = sampleChange();
        switch (mistake) {
        case 0:
            draft.windowEnd = draft.windowStart.addSecs(-60);
            break;
        case 1:
            draft.windowEnd = draft.windowStart;
            break;
        case 2:
            draft.title = QStringLiteral("   ");
            break;
        case 3:
            draft.description = QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after");
            break;
        case 4: {
            // The change row is written first; refusing its audit record must undo it.
            const auto trigger = m_postgres.query(
                db,
                QStringLiteral(
                    "CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RAISE EXCEPTION 'audit refused'; END $$;"
                    "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit();"));
            QVERIFY2(trigger.ok(), qPrintable(Tests::errorText(trigger)));
            break;
        }
        }
        auto created = store.createChange(draft);
        QVERIFY(Tests::waitFor(created));
        QVERIFY(!created.result().ok());
        QVERIFY2(created.result().error().message.contains(expectedMessage),
                 qPrintable(Tests::errorText(created.result())));
        QCOMPARE(count(db, QStringLiteral("change_requests")), 0);
        QCOMPARE(count(db, QStringLiteral("audit_log")), 0);

        // The connection is still good for the next write.
        if (mistake == 4)
            m_postgres.query(db, QStringLiteral("DROP TRIGGER refuse_audit ON audit_log"));
        auto next = store.createChange(sampleChange());
        QVERIFY(Tests::waitFor(next));
        QVERIFY2(next.result().ok(), qPrintable(Tests::errorText(next.result())));
    }

    void auditLogIsAppendOnly_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("update") << QStringLiteral("UPDATE audit_log SET actor = 'mallory'");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM audit_log");
        QTest::newRow("truncate") << QStringLiteral("TRUNCATE audit_log");
    }

    void auditLogIsAppendOnly()
    {
        QFETCH(QString, statement);
        const QString db = freshDatabase();
        ControlStore store;
        store.open(settingsFor(db));
        auto created = store.createChange(sampleChange());
        QVERIFY(Tests::waitFor(created));
        QVERIFY(created.result().ok());

        const auto attempt = m_postgres.query(db, statement);
        QVERIFY(!attempt.ok());
        QVERIFY2(attempt.error().message.contains(QLatin1String("append-only")), qPrintable(Tests::errorText(attempt)));
        QCOMPARE(count(db, QStringLiteral("audit_log")), 1);
        QCOMPARE(m_postgres.scalar(db, QStringLiteral("SELECT actor FROM audit_log")), QStringLiteral("gatehouse"));
        // Even the owner is refused by the trigger; ordinary roles lack the privilege too.
        QCOMPARE(m_postgres.scalar(db, QStringLiteral("SELECT has_table_privilege('public', 'audit_log', 'UPDATE')")),
                 QStringLiteral("f"));
    }

    // Another person's decision, as Gatehouse sends it (written, committed, then
    // announced on its own) and as any other client sends it (notified inside the
    // writing transaction): either way every listening Gatehouse hears of it and sees it.
    void otherPeoplesDecisionsReachEveryGatehouse_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("expectedState");
        QTest::addColumn<int>("expectedComments");
        QTest::newRow("Gatehouse approves") << QStringLiteral("gatehouse-approve") << QStringLiteral("approved") << 0;
        QTest::newRow("Gatehouse comments") << QStringLiteral("gatehouse-comment") << QStringLiteral("assessed") << 1;
        QTest::newRow("plain session approves") << QStringLiteral("plain-approve") << QStringLiteral("approved") << 0;
        QTest::newRow("plain session comments") << QStringLiteral("plain-comment") << QStringLiteral("assessed") << 1;
    }

    void otherPeoplesDecisionsReachEveryGatehouse()
    {
        QFETCH(QString, writer);
        QFETCH(QString, expectedState);
        QFETCH(int, expectedComments);
        const QString db = assessedChangeDatabase();
        QVERIFY(!db.isEmpty());

        ControlStore viewer;
        viewer.open(settingsFor(db));
        QVERIFY(viewer.waitForConnection(std::chrono::seconds(20)).ok());
        ControlStore cab;
        ControlStoreSettings cabSettings = settingsFor(db);
        cabSettings.url = ControlStore::urlForUser(cabSettings.url, QStringLiteral("gh_signal_cab"));
        cab.open(cabSettings);
        QVERIFY(cab.waitForConnection(std::chrono::seconds(20)).ok());
        QSignalSpy viewerHeard(&viewer, &ControlStore::changesChanged);
        QSignalSpy cabHeard(&cab, &ControlStore::changesChanged);

        if (writer.startsWith(QLatin1String("gatehouse"))) {
            const bool approve = writer == QLatin1String("gatehouse-approve");
            const QString error = approve ? Tests::errorText(Tests::await(cab.approve(1, QStringLiteral("fine"))))
                                          : Tests::errorText(Tests::await(cab.comment(1, QStringLiteral("looks fine"))));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // The writer's own window refreshes too.
            QVERIFY(cabHeard.count() > 0 || cabHeard.wait(10000));
        } else {
            // A client that never heard of announcing after commit: its transaction
            // notifies, nothing is left pending for later.
            pqxx::connection plain(cabUrl(db));
            pqxx::work tx(plain);
            tx.exec(writer == QLatin1String("plain-approve") ? "SELECT gatehouse_approve(1, 'fine')"
                                                               : "SELECT gatehouse_comment(1, 'looks fine')");
            QCOMPARE(QString::fromStdString(
                         tx.exec("SELECT coalesce(current_setting('gatehouse.announce_pending', true), '')")[0][0].c_str()),
                     QString());
            tx.commit();
        }
        QVERIFY(viewerHeard.count() > 0 || viewerHeard.wait(10000));
        const auto seen = Tests::await(viewer.change(1));
        QVERIFY2(seen.ok(), qPrintable(Tests::errorText(seen)));
        QCOMPARE(Models::toString(seen->state), expectedState);
        const auto comments = Tests::await(viewer.comments(1));
        QVERIFY2(comments.ok(), qPrintable(Tests::errorText(comments)));
        QCOMPARE(comments->size(), expectedComments);
    }

    // A session that announces after its commits leaves its signals pending until it
    // calls gatehouse_announce(); that call sends each once, and only an announce of its
    // own may skip waiting for its commit — never a transaction that wrote data.
    void announceSendsPendingSignalsOnceAndKeepsWritesDurable()
    {
        const QString db = assessedChangeDatabase();
        QVERIFY(!db.isEmpty());
        ControlStore viewer;
        viewer.open(settingsFor(db));
        QVERIFY(viewer.waitForConnection(std::chrono::seconds(20)).ok());
        QSignalSpy viewerHeard(&viewer, &ControlStore::changesChanged);

        pqxx::connection session(cabUrl(db));
        const auto scalar = [&session](const char *sql) {
            pqxx::nontransaction tx(session);
            const pqxx::field field = tx.exec(sql)[0][0];
            return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
        };
        const auto set = [&session](const char *sql) {
            pqxx::nontransaction tx(session);
            tx.exec(sql);
        };
        set("SET gatehouse.announce = 'after-commit'");
        set("SET synchronous_commit = on");
        // The approval inserts a row and updates the change: one signal pending for it.
        QCOMPARE(scalar("SELECT (gatehouse_approve(1, 'fine')).state"), QStringLiteral("approved"));
        QCOMPARE(scalar("SELECT current_setting('gatehouse.announce_pending', true)"), QStringLiteral("1"));
        // A comment written in the same transaction as the announce: the
        // data's commit must stay synchronous.
        {
            pqxx::work tx(session);
            tx.exec("SELECT gatehouse_comment(1, 'after the fact')");
            QCOMPARE(tx.exec("SELECT gatehouse_announce()")[0][0].as<int>(), 1);
            QCOMPARE(QString::fromUtf8(tx.exec("SHOW synchronous_commit")[0][0].c_str()), QStringLiteral("on"));
            tx.commit();
        }
        QVERIFY(viewerHeard.count() > 0 || viewerHeard.wait(10000));
        QCOMPARE(scalar("SELECT coalesce(current_setting('gatehouse.announce_pending', true), '')"), QString());
        QCOMPARE(scalar("SELECT gatehouse_announce()"), QStringLiteral("0"));

        // A rolled-back write leaves nothing pending; a forged payload is never sent.
        {
            pqxx::work tx(session);
            tx.exec("SELECT gatehouse_comment(1, 'withdrawn')");
            tx.abort();
        }
        QCOMPARE(scalar("SELECT coalesce(current_setting('gatehouse.announce_pending', true), '')"), QString());
        set("SET gatehouse.announce_pending = 'drop table,1'");
        {
            pqxx::nontransaction tx(session);
            QCOMPARE(tx.exec("SELECT gatehouse_announce()")[0][0].as<int>(), 1);
        }
    }

    void notifiesWhenAnotherClientChangesChanges()
    {
        const QString db = freshDatabase();
        ControlStore store;
        store.open(settingsFor(db));
        QTRY_COMPARE_WITH_TIMEOUT(store.connectionState(), State::Connected, 20000);
        QSignalSpy changed(&store, &ControlStore::changesChanged);
        const auto insert = m_postgres.query(
            db,
            QStringLiteral("INSERT INTO change_requests (title, environment, window_start, window_end) "
                           "VALUES ('from elsewhere', 'staging', now(), now() + interval '1 hour')"));
        QVERIFY2(insert.ok(), qPrintable(Tests::errorText(insert)));
        QVERIFY(changed.wait(10000));
    }

    void reconnectsAfterServerRestart()
    {
        const QString db = freshDatabase();
        ControlStore store;
        store.open(settingsFor(db));
        QTRY_COMPARE_WITH_TIMEOUT(store.connectionState(), State::Connected, 20000);
        QSignalSpy states(&store, &ControlStore::connectionStateChanged);

        QVERIFY2(m_postgres.stop(), qPrintable(m_postgres.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(store.connectionState(), State::Reconnecting, 10000);

        // Issued during the outage: waits for the connection instead of being dropped.
        auto created = store.createChange(sampleChange());
        QTest::qWait(0);
        QVERIFY(!created.isFinished());

        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(store.connectionState(), State::Connected, 20000);
        QVERIFY(Tests::waitFor(created));
        QVERIFY2(created.result().ok(), qPrintable(Tests::errorText(created.result())));
        QCOMPARE(count(db, QStringLiteral("change_requests")), 1);
        QCOMPARE(count(db, QStringLiteral("audit_log")), 1);
        bool sawReconnecting = false;
        for (const auto &args : states)
            sawReconnecting |= args.at(0).value<State>() == State::Reconnecting;
        QVERIFY(sawReconnecting);
    }

    void callsFailClearlyWhenTheServerStaysAway()
    {
        const QString db = freshDatabase();
        ControlStore store;
        ControlStoreSettings settings = settingsFor(db);
        settings.requestTimeout = std::chrono::milliseconds(300);
        store.open(settings);
        QTRY_COMPARE_WITH_TIMEOUT(store.connectionState(), State::Connected, 20000);
        QVERIFY(m_postgres.stop());
        QTRY_COMPARE_WITH_TIMEOUT(store.connectionState(), State::Reconnecting, 10000);
        auto listed = store.listChanges();
        QVERIFY(Tests::waitFor(listed, 10000));
        const bool ok = listed.result().ok();
        const QString message = ok ? QString() : listed.result().error().message;
        QVERIFY(m_postgres.start());
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("could not be reached in time")), qPrintable(message));
    }

    void descriptionNamesServerWithoutSecrets()
    {
        ControlStoreSettings settings;
        // Nothing listens on port 9: describing the target needs no connection.
        settings.url = QStringLiteral("postgresql://alice@127.0.0.1:9/gatehouse?sslmode=disable");
        ControlStore describer;
        describer.open(settings);
        QCOMPARE(describer.description(), QStringLiteral("server 127.0.0.1:9/gatehouse"));
        QVERIFY(!describer.isEmbedded());
        describer.close();
        QCOMPARE(describer.connectionState(), State::Disconnected);
    }

    void closedStoreRefusesCalls()
    {
        ControlStore store;
        auto listed = store.listChanges();
        QVERIFY(Tests::waitFor(listed));
        QVERIFY(!listed.result().ok());
        QVERIFY(listed.result().error().message.contains(QLatin1String("closed")));
    }
};

QTEST_GUILESS_MAIN(TestControlStore)
#include "tst_controlstore.moc"
