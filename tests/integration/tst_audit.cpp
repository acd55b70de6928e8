#include "postgresfixture.h"

#include "services/controlstore.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Gatehouse;
using Services::ControlStore;
using Services::ControlStoreSettings;

// The audit log's hash chain: tampering by a superuser is detected and pinpointed,
// by the store's API and by `gatehouse audit verify`.
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
            << QStringLiteral("INSERT INTO audit_log (id, at, actor, action, detail, prev_hash, hash) "
                              "SELECT 100, now(), 'gatehouse', 'change.approved', '{}', hash, "
                              "digest(hash || convert_to(gatehouse_audit_canonical(100, now(), 'gatehouse', "
                              "'change.approved', NULL, '{}'), 'UTF8'), 'sha256') FROM audit_log WHERE id = 10")
            << QList<qint64>{100};
    }

    void tamperingIsPinpointed()
    {
        QFETCH(QString, sql);
        QFETCH(QList<qint64>, brokenRows);
        tamper(sql);
        const auto report = get(m_store->verifyAuditChain());
        QVERIFY2(report.ok(), qPrintable(Tests::errorText(report)));
        QVERIFY(!report->intact());
        QList<qint64> rows;
        for (const auto &broken : report->breaks) {
            if (!rows.contains(broken.rowId))
                rows.append(broken.rowId);
        }
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, brokenRows);

        QVERIFY2(QFileInfo::exists(gatehouseBinary()), "bin/gatehouse is built before the tests run");
        QProcess command;
        command.start(gatehouseBinary(), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                                          m_postgres.url(m_db)});
        QVERIFY(command.waitForFinished(60000));
        QCOMPARE(command.exitCode(), 1);
        const QString out = QString::fromLocal8Bit(command.readAllStandardOutput());
        for (qint64 row : brokenRows)
            QVERIFY2(out.contains(QStringLiteral("row %1:").arg(row)), qPrintable(out));
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

    void appendsFromManyConnectionsStayChained()
    {
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
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
