#include "postgresfixture.h"

#include "services/controlstore.h"
#include "services/controlstoremigrations.h"

#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Gatehouse;
using Services::ControlStore;
using Services::ControlStoreSettings;

// The audit log's hash chains (one per stripe): tampering by a superuser is detected and
// pinpointed, by the store's API and by `gatehouse audit verify`; a store upgraded from the
// single chain verifies intact.
class TestAudit : public QObject
{
    Q_OBJECT

private:
    Tests::PostgresFixture m_postgres;
    int m_counter = 0;
    QString m_db;
    std::unique_ptr<ControlStore> m_store;

    template<typename T>
    static Models::Result<T> get(const QFuture<Models::Result<T>> &future)
    {
        if (!Tests::waitFor(future, 60000))
            return Models::Result<T>::failure(QStringLiteral("timed out"));
        return future.result();
    }

    QString scalar(const QString &sql) const { return m_postgres.scalar(m_db, sql); }

    // As superuser, bypassing the append-only trigger, the way an attacker with the
    // database's keys would.
    void tamper(const QString &sql)
    {
        const auto done = m_postgres.query(m_db, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;")
                                                     + sql
                                                     + QStringLiteral(";ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;"));
        QVERIFY2(done.ok(), qPrintable(Tests::errorText(done)));
    }

    static QString gatehouseBinary() { return QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse"); }

    // The rows the verification names, by the store's API and by `gatehouse audit verify`
    // (exit code 1, one "row N:" line per finding).
    void expectPinpointed(const QString &db, const QList<qint64> &brokenRows)
    {
        const auto report = get(m_store->verifyAuditChain());
        QVERIFY2(report.ok(), qPrintable(Tests::errorText(report)));
        QVERIFY(!report->intact());
        QList<qint64> rows;
        QStringList problems;
        for (const auto &broken : report->breaks) {
            problems.append(QString::number(broken.rowId) + QStringLiteral(": ") + broken.problem);
            if (!rows.contains(broken.rowId))
                rows.append(broken.rowId);
        }
        QCOMPARE(rows.constFirst(), *std::min_element(rows.cbegin(), rows.cend())); // lowest row first
        std::sort(rows.begin(), rows.end());
        QVERIFY2(rows == brokenRows, qPrintable(problems.join(QLatin1Char('\n'))));

        QVERIFY2(QFileInfo::exists(gatehouseBinary()), "bin/gatehouse is built before the tests run");
        QProcess command;
        command.start(gatehouseBinary(), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                                          m_postgres.url(db)});
        QVERIFY(command.waitForFinished(60000));
        QCOMPARE(command.exitCode(), 1);
        const QString out = QString::fromLocal8Bit(command.readAllStandardOutput());
        for (qint64 row : brokenRows)
            QVERIFY2(out.contains(QStringLiteral("row %1:").arg(row)), qPrintable(out));
    }

    // How many stripes sessions that connect from now on are handed (as the database's owner).
    void useStripes(int stripes)
    {
        const auto done = m_postgres.query(m_db, QStringLiteral("UPDATE audit_settings SET stripes_in_use = %1").arg(stripes));
        QVERIFY2(done.ok(), qPrintable(Tests::errorText(done)));
    }

    // Comments on change 1 from `sessions` more connections, `each` per connection one
    // connection after the other: each session appends to its own stripe.
    void appendFromMoreSessions(int sessions, int each)
    {
        for (int i = 0; i < sessions; ++i) {
            ControlStore store;
            ControlStoreSettings settings;
            settings.url = m_postgres.url(m_db);
            store.open(settings);
            QVERIFY(store.waitForConnection(std::chrono::seconds(30)).ok());
            for (int n = 0; n < each; ++n)
                QVERIFY(get(store.comment(1, QStringLiteral("session %1 note %2").arg(i).arg(n))).ok());
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString())); }

    void init()
    {
        m_db = QStringLiteral("gh_audit_%1").arg(++m_counter);
        QVERIFY(m_postgres.createDatabase(m_db));
        m_store = std::make_unique<ControlStore>();
        ControlStoreSettings settings;
        settings.url = m_postgres.url(m_db);
        m_store->open(settings);
        QVERIFY(m_store->waitForConnection(std::chrono::seconds(30)).ok());
        // Five changes, each with a comment: ten chained rows.
        for (int i = 0; i < 5; ++i) {
            Models::ChangeRequest draft;
            draft.title = QStringLiteral("Change %1").arg(i);
            draft.environment = QStringLiteral("staging");
            draft.windowStart = QDateTime(QDate(2027, 1, 10 + i), QTime(22, 0), Qt::UTC);
            draft.windowEnd = draft.windowStart.addSecs(1800);
            draft.windowTimeZone = QStringLiteral("UTC");
            const auto created = get(m_store->createChange(draft));
            QVERIFY2(created.ok(), qPrintable(Tests::errorText(created)));
            QVERIFY(get(m_store->comment(created->id, QStringLiteral("note ") + QString::number(i))).ok());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), QStringLiteral("10"));
    }

    void cleanup() { m_store.reset(); }

    void intactChainVerifies()
    {
        const auto report = get(m_store->verifyAuditChain());
        QVERIFY2(report.ok(), qPrintable(Tests::errorText(report)));
        QCOMPARE(report->rowsChecked, 10);
        QVERIFY(report->intact());
    }

    void tamperingIsPinpointed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QList<qint64>>("brokenRows");
        QTest::newRow("detail altered") << QStringLiteral("UPDATE audit_log SET detail = '{\"title\": \"harmless\"}' WHERE id = 3")
                                        << QList<qint64>{3};
        QTest::newRow("actor altered") << QStringLiteral("UPDATE audit_log SET actor = 'someone_else' WHERE id = 6")
                                       << QList<qint64>{6};
        QTest::newRow("time altered") << QStringLiteral("UPDATE audit_log SET at = at - interval '1 day' WHERE id = 2")
                                      << QList<qint64>{2};
        QTest::newRow("row deleted") << QStringLiteral("DELETE FROM audit_log WHERE id = 4") << QList<qint64>{5};
        QTest::newRow("rows swapped")
            << QStringLiteral("UPDATE audit_log SET id = -id WHERE id IN (7, 8);"
                              "UPDATE audit_log SET id = 15 + id WHERE id IN (-7, -8)")
            << QList<qint64>{7, 8};
        QTest::newRow("newest row deleted") << QStringLiteral("DELETE FROM audit_log WHERE id = 10") << QList<qint64>{10};
        QTest::newRow("row forged with a fresh hash")
            << QStringLiteral("INSERT INTO audit_log (id, at, actor, action, detail, stripe, prev_hash, hash) "
                              "SELECT 100, now(), 'gatehouse', 'change.approved', '{}', stripe, hash, "
                              "digest(hash || convert_to(gatehouse_audit_canonical(100, now(), 'gatehouse', "
                              "'change.approved', NULL, '{}', stripe), 'UTF8'), 'sha256') FROM audit_log WHERE id = 10")
            << QList<qint64>{100};
        QTest::newRow("row moved to another stripe")
            << QStringLiteral("UPDATE audit_log SET stripe = stripe % 64 + 1 WHERE id = 4") << QList<qint64>{4, 5};
    }

    void tamperingIsPinpointed()
    {
        QFETCH(QString, sql);
        QFETCH(QList<qint64>, brokenRows);
        // All ten rows were written by one session: one stripe.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT stripe) FROM audit_log")), QStringLiteral("1"));
        tamper(sql);
        expectPinpointed(m_db, brokenRows);
    }

    // Rows from several sessions in several stripes. Placeholders name rows of stripe S
    // (a stripe the ten first rows are not in, with at least three rows): {S} its number,
    // {S1} {S2} {S3} its first three rows, {Slast} its newest; {T} is the first rows'
    // stripe and {Tlast} its newest row (10).
    void tamperingAcrossStripesIsPinpointed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("brokenRows");
        QTest::newRow("middle row of a stripe deleted")
            << QStringLiteral("DELETE FROM audit_log WHERE id = {S2}") << QStringList{QStringLiteral("{S3}")};
        QTest::newRow("newest row of a stripe deleted")
            << QStringLiteral("DELETE FROM audit_log WHERE id = {Slast}") << QStringList{QStringLiteral("{Slast}")};
        QTest::newRow("all rows of a stripe deleted")
            << QStringLiteral("DELETE FROM audit_log WHERE stripe = {S}") << QStringList{QStringLiteral("{Slast}")};
        QTest::newRow("row moved to another stripe")
            << QStringLiteral("UPDATE audit_log SET stripe = {T} WHERE id = {S2}")
            << QStringList{QStringLiteral("{S2}"), QStringLiteral("{S3}")};
        QTest::newRow("rows of two stripes swapped")
            << QStringLiteral("UPDATE audit_log SET id = -id WHERE id IN ({Tlast}, {S1});"
                              "UPDATE audit_log SET id = CASE WHEN id = -{Tlast} THEN {S1} ELSE {Tlast} END WHERE id < 0")
            << QStringList{QStringLiteral("{Tlast}"), QStringLiteral("{S1}")};
        QTest::newRow("row detail altered")
            << QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE id = {S1}") << QStringList{QStringLiteral("{S1}")};
        QTest::newRow("row forged onto a stripe with a fresh hash")
            << QStringLiteral("INSERT INTO audit_log (id, at, actor, action, detail, stripe, prev_hash, hash) "
                              "SELECT 1000, now(), 'gatehouse', 'change.approved', '{}', stripe, hash, "
                              "digest(hash || convert_to(gatehouse_audit_canonical(1000, now(), 'gatehouse', "
                              "'change.approved', NULL, '{}', stripe), 'UTF8'), 'sha256') FROM audit_log WHERE id = {Slast}")
            << QStringList{QStringLiteral("1000")};
        QTest::newRow("stripe head moved back")
            << QStringLiteral("UPDATE audit_stripes SET last_id = {S2}, last_hash = (SELECT hash FROM audit_log WHERE id = {S2})"
                              " WHERE stripe = {S}")
            << QStringList{QStringLiteral("{Slast}")};
    }

    void tamperingAcrossStripesIsPinpointed()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, brokenRows);
        useStripes(64);
        appendFromMoreSessions(4, 3);
        QVERIFY(get(m_store->verifyAuditChain())->intact());

        QMap<QString, QString> names;
        names.insert(QStringLiteral("{T}"), scalar(QStringLiteral("SELECT stripe FROM audit_log WHERE id = 10")));
        names.insert(QStringLiteral("{Tlast}"), QStringLiteral("10"));
        const QString stripe = scalar(QStringLiteral("SELECT stripe FROM audit_log WHERE stripe <> {T} GROUP BY stripe"
                                                     " HAVING count(*) >= 3 ORDER BY min(id) LIMIT 1")
                                          .replace(QStringLiteral("{T}"), names.value(QStringLiteral("{T}"))));
        QVERIFY2(!stripe.isEmpty(), "the other sessions' rows are in other stripes");
        names.insert(QStringLiteral("{S}"), stripe);
        const auto ids = m_postgres.query(m_db, QStringLiteral("SELECT id FROM audit_log WHERE stripe = %1 ORDER BY id").arg(stripe));
        QVERIFY(ids.ok() && ids->size() >= 3);
        names.insert(QStringLiteral("{S1}"), ids->at(0).at(0));
        names.insert(QStringLiteral("{S2}"), ids->at(1).at(0));
        names.insert(QStringLiteral("{S3}"), ids->at(2).at(0));
        names.insert(QStringLiteral("{Slast}"), ids->constLast().at(0));
        QVERIFY(ids->constLast().at(0).toLongLong() < scalar(QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong());
        const auto resolve = [&names](QString text) {
            for (auto it = names.cbegin(); it != names.cend(); ++it)
                text.replace(it.key(), it.value());
            return text;
        };

        tamper(resolve(sql));
        QList<qint64> expected;
        for (const QString &row : std::as_const(brokenRows))
            expected.append(resolve(row).toLongLong());
        std::sort(expected.begin(), expected.end());
        expectPinpointed(m_db, expected);
    }

    // A store whose audit rows were written as one chain (schema 0007) is upgraded: the
    // old rows verify as stripe 0, new rows join stripes, and tampering with an old row is
    // still pinpointed.
    void upgradedStoreVerifies_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QList<qint64>>("brokenRows");
        QTest::newRow("untouched") << QString() << QList<qint64>{};
        QTest::newRow("old row altered") << QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")
                                         << QList<qint64>{2};
        QTest::newRow("old row deleted") << QStringLiteral("DELETE FROM audit_log WHERE id = 3") << QList<qint64>{4};
        QTest::newRow("newest old row deleted") << QStringLiteral("DELETE FROM audit_log WHERE id = 6")
                                                << QList<qint64>{6};
        QTest::newRow("old row moved into a stripe") << QStringLiteral("UPDATE audit_log SET stripe = 64 WHERE id = 3")
                                                     << QList<qint64>{3, 4};
    }

    void upgradedStoreVerifies()
    {
        QFETCH(QString, sql);
        QFETCH(QList<qint64>, brokenRows);
        const QString db = QStringLiteral("gh_audit_upgrade_%1").arg(++m_counter);
        QVERIFY(m_postgres.createDatabase(db));
        QString schema = QStringLiteral("CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL,"
                                        " applied_at timestamptz NOT NULL DEFAULT now());");
        for (const auto &migration : Services::ControlStoreMigrations::available()) {
            if (migration.version > 7)
                break;
            schema += migration.sql + QStringLiteral(";\nINSERT INTO schema_migrations (version, name) VALUES (%1, '%2');")
                                          .arg(migration.version)
                                          .arg(migration.name);
        }
        auto done = m_postgres.query(db, schema);
        QVERIFY2(done.ok(), qPrintable(Tests::errorText(done)));
        // Three changes with a comment each, written by 0007's single chain.
        done = m_postgres.query(db, QStringLiteral("SELECT gatehouse_comment((gatehouse_create_change('old ' || i, '', 'staging',"
                                                   " 'normal', '{}', '{}', now(), now() + interval '1 hour', 'UTC')).id, 'old note')"
                                                   " FROM generate_series(1, 3) AS i"));
        QVERIFY2(done.ok(), qPrintable(Tests::errorText(done)));
        QCOMPARE(m_postgres.scalar(db, QStringLiteral("SELECT last_id FROM audit_chain_head")), QStringLiteral("6"));

        m_store = std::make_unique<ControlStore>();
        ControlStoreSettings settings;
        settings.url = m_postgres.url(db);
        m_store->open(settings);
        QVERIFY(m_store->waitForConnection(std::chrono::seconds(30)).ok());
        QCOMPARE(get(m_store->schemaVersion()).value(), ControlStore::latestSchemaVersion());
        QCOMPARE(m_postgres.scalar(db, QStringLiteral("SELECT string_agg(DISTINCT stripe::text, ',') FROM audit_log")),
                 QStringLiteral("0"));
        // New rows after the upgrade, in the store's session's stripe.
        QVERIFY(get(m_store->comment(1, QStringLiteral("new note"))).ok());
        QVERIFY(get(m_store->comment(2, QStringLiteral("another new note"))).ok());
        QCOMPARE(m_postgres.scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE stripe > 0")), QStringLiteral("2"));

        if (sql.isEmpty()) {
            const auto report = get(m_store->verifyAuditChain());
            QVERIFY2(report.ok(), qPrintable(Tests::errorText(report)));
            QCOMPARE(report->rowsChecked, 8);
            QVERIFY2(report->intact(), report->intact() ? "" : qPrintable(report->breaks.constFirst().problem));
            return;
        }
        const auto tampered = m_postgres.query(
            db, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;") + sql
                    + QStringLiteral(";ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;"));
        QVERIFY2(tampered.ok(), qPrintable(Tests::errorText(tampered)));
        expectPinpointed(db, brokenRows);
    }

    // `gatehouse policy` compares the estate's policy with the applied one and applies
    // it once: one new version, one audited "policy.applied", the chain still intact.
    void policyCommandAppliesTheEstatePolicyOnce()
    {
        QVERIFY2(QFileInfo::exists(gatehouseBinary()), "bin/gatehouse is built before the tests run");
        const QString estate = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate");
        const auto policy = [&](const QStringList &arguments, QString *out = nullptr, QString *err = nullptr) {
            QProcess command;
            command.start(gatehouseBinary(), QStringList{QStringLiteral("policy")} + arguments);
            if (!command.waitForFinished(60000))
                return -1;
            if (out)
                *out = QString::fromUtf8(command.readAllStandardOutput());
            if (err)
                *err = QString::fromUtf8(command.readAllStandardError());
            return command.exitCode();
        };
        const QStringList where{QStringLiteral("--estate"), estate, QStringLiteral("--database"), m_postgres.url(m_db)};
        QString out;
        QString err;

        QCOMPARE(policy({QStringLiteral("status"), QStringLiteral("--database"), m_postgres.url(m_db)}), 2);
        QCOMPARE(policy(QStringList{QStringLiteral("status")} + where, &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("No policy has been applied")), qPrintable(err));
        QCOMPARE(policy(QStringList{QStringLiteral("apply")} + where, &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("version 1")), qPrintable(out + err));
        QCOMPARE(policy(QStringList{QStringLiteral("apply")} + where, &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("applies the estate's policy (version 1)")), qPrintable(out + err));
        QCOMPARE(policy(QStringList{QStringLiteral("status")} + where, &out, &err), 0);

        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM policy_versions")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'policy.applied'")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT document->'tiers'->'production'->'freezeOverrideRoles' FROM policy_versions")),
                 QStringLiteral("[\"release-manager\", \"admin\"]"));
        const auto report = get(m_store->verifyAuditChain());
        QVERIFY2(report.ok(), qPrintable(Tests::errorText(report)));
        QCOMPARE(report->rowsChecked, 11);
        QVERIFY(report->intact());
    }

    // Entries appended in one go (as an approval that completes its quorum appends its
    // two) are chained one after the other, as separate appends would be; a malformed
    // call writes nothing.
    void entriesAppendedTogetherStayChained()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT action FROM gatehouse_audit_append_each(1, ARRAY['test.one', 'test.two',"
                                       " 'test.three'], ARRAY['{\"n\": 1}'::jsonb, NULL, '{\"n\": 3}'::jsonb])")),
                 QStringLiteral("test.three"));
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(action || ' ' || detail::text, ',' ORDER BY id) FROM audit_log"
                                       " WHERE action LIKE 'test.%' AND change_id = 1")),
                 QStringLiteral("test.one {\"n\": 1},test.two {},test.three {\"n\": 3}"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1"
                                       " WHERE a.action LIKE 'test.%' AND b.action LIKE 'test.%'"
                                       " AND b.stripe = a.stripe AND b.prev_hash = a.hash")),
                 QStringLiteral("2"));
        const auto report = get(m_store->verifyAuditChain());
        QVERIFY2(report.ok(), qPrintable(Tests::errorText(report)));
        QCOMPARE(report->rowsChecked, 13);
        QVERIFY(report->intact());

        QVERIFY(scalar(QStringLiteral("SELECT gatehouse_audit_append_each(1, ARRAY['test.four', 'test.five'],"
                                      " ARRAY['{}'::jsonb])"))
                    .contains(QLatin1String("one detail per action")));
        QVERIFY(scalar(QStringLiteral("SELECT gatehouse_audit_append_each(1, '{}', '{}')"))
                    .contains(QLatin1String("at least one action")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), QStringLiteral("13"));

        // Tampering with the middle one is pinpointed like any other row.
        tamper(QStringLiteral("UPDATE audit_log SET detail = '{\"n\": 2}' WHERE action = 'test.two'"));
        expectPinpointed(m_db, {scalar(QStringLiteral("SELECT id FROM audit_log WHERE action = 'test.two'")).toLongLong()});
    }

    // A change keeps its audit record: not even the database's owner deletes it.
    void changesAreNeverDeleted()
    {
        QVERIFY(scalar(QStringLiteral("DELETE FROM change_requests WHERE id = 1")).contains(QLatin1String("changes are kept")));
        QVERIFY(scalar(QStringLiteral("TRUNCATE change_requests CASCADE")).contains(QLatin1String("changes are kept")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_requests")), QStringLiteral("5"));
    }

    void appendsFromManyConnectionsStayChained_data()
    {
        QTest::addColumn<int>("stripesInUse");
        QTest::addColumn<int>("stripesWritten");
        QTest::newRow("one stripe, as migrated") << 1 << 1;
        QTest::newRow("a stripe per session") << 64 << 9;
    }

    void appendsFromManyConnectionsStayChained()
    {
        QFETCH(int, stripesInUse);
        QFETCH(int, stripesWritten);
        useStripes(stripesInUse);
        std::vector<std::unique_ptr<ControlStore>> stores;
        QList<QFuture<Models::Result<Models::ChangeComment>>> futures;
        for (int i = 0; i < 8; ++i) {
            stores.push_back(std::make_unique<ControlStore>());
            ControlStoreSettings settings;
            settings.url = m_postgres.url(m_db);
            stores.back()->open(settings);
        }
        for (int round = 0; round < 10; ++round) {
            for (auto &store : stores)
                futures.append(store->comment(1, QStringLiteral("concurrent %1").arg(round)));
        }
        for (const auto &future : futures)
            QVERIFY(get(future).ok());
        const auto report = get(m_store->verifyAuditChain());
        QVERIFY(report.ok());
        QCOMPARE(report->rowsChecked, 90);
        QVERIFY(report->intact());
        // The first ten rows' session and the eight others: on one stripe, or each on its own.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT stripe) FROM audit_log")).toInt(), stripesWritten);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_stripes h USING (stripe)"
                                       " WHERE a.id = h.last_id AND a.hash = h.last_hash")),
                 QString::number(stripesWritten));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
