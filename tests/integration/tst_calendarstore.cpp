// `gatehouse check-window` and `next-window` reading the other scheduled changes from
// a real control store (a private PostgreSQL): --database, the application's saved
// settings, an unreachable store (exit 3) and passwords that must never show.

#include "postgresfixture.h"

#include "services/controlstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Gatehouse;

namespace {

const QString kEstate = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

template<typename T>
Models::Result<T> get(const QFuture<Models::Result<T>> &future)
{
    if (!Tests::waitFor(future, 60000))
        return Models::Result<T>::failure(QStringLiteral("timed out"));
    return future.result();
}

} // namespace

class TestCalendarStore : public QObject
{
    Q_OBJECT

private:
    Tests::PostgresFixture m_postgres;
    QTemporaryDir m_config; // XDG_CONFIG_HOME of the commands: no settings unless a test writes them
    QString m_db = QStringLiteral("gh_calendar");
    qint64 m_changeId = 0;

    Run gatehouse(const QStringList &arguments, const QList<QPair<QString, QString>> &extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.remove(QStringLiteral("PGPASSWORD"));
        for (const auto &[key, value] : extraEnv)
            env.insert(key, value);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse"), arguments);
        Run run;
        if (!process.waitForFinished(90000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // bi-export on staging, 2027-06-08 10:00–11:00 UTC: overlaps the stored change.
    static QStringList checkArguments(const QString &start = QStringLiteral("2027-06-08T10:00:00Z"))
    {
        return {QStringLiteral("check-window"), QStringLiteral("--estate"), kEstate, QStringLiteral("--environment"),
                QStringLiteral("staging"), QStringLiteral("--integrations"), QStringLiteral("bi-export"),
                QStringLiteral("--start"), start, QStringLiteral("--duration"), QStringLiteral("PT1H"),
                QStringLiteral("--format"), QStringLiteral("json")};
    }

    void writeSavedSettings(const QString &url)
    {
        QDir().mkpath(m_config.filePath(QStringLiteral("Gatehouse")));
        QFile file(m_config.filePath(QStringLiteral("Gatehouse/Gatehouse.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[controlStore]\nurl=" + url.toUtf8() + "\n");
    }

    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort(); // closed again when the server goes
    }

    void verifyOverlapWithStoredChange(const Run &run)
    {
        QVERIFY2(run.exitCode == 1, qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.err));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("safe")).toBool(true), false);
        bool found = false;
        for (const QJsonValue &v : o.value(QLatin1String("conflicts")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("kind")).toString() == QLatin1String("overlapping-change")
                && c.value(QLatin1String("otherChange")).toInteger() == m_changeId)
                found = c.value(QLatin1String("severity")).toString() == QLatin1String("hard");
        }
        QVERIFY2(found, qPrintable(run.out));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse")), "build the gatehouse target first");
        QVERIFY(m_config.isValid());
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        QVERIFY(m_postgres.createDatabase(m_db));
        Services::ControlStore store;
        Services::ControlStoreSettings settings;
        settings.url = m_postgres.url(m_db);
        store.open(settings);
        QVERIFY(store.waitForConnection(std::chrono::seconds(60)).ok());
        // A change on staging that holds 09:00–11:00 UTC, and a rejected one that does not count.
        Models::ChangeRequest draft;
        draft.title = QStringLiteral("Stock module upgrade");
        draft.environment = QStringLiteral("staging");
        draft.integrations = {QStringLiteral("odoo-stock")};
        draft.windowStart = QDateTime(QDate(2027, 6, 8), QTime(9, 0), QTimeZone::utc());
        draft.windowEnd = draft.windowStart.addSecs(7200);
        draft.windowTimeZone = QStringLiteral("Europe/Amsterdam");
        const auto created = get(store.createChange(draft));
        QVERIFY2(created.ok(), qPrintable(Tests::errorText(created)));
        m_changeId = created->id;
        store.close();
    }

    // `gatehouse gate --estate`: the gates the environment's policy requires, with the
    // window judged against the calendar and the stored changes, as the Changes area shows
    // it; a gate whose source cannot be read is unknown and blocks, never passes.
    void gateCommandJudgesTheWindowFromTheEstate()
    {
        Services::ControlStore store;
        Services::ControlStoreSettings settings;
        settings.url = m_postgres.url(m_db);
        store.open(settings);
        QVERIFY(store.waitForConnection(std::chrono::seconds(60)).ok());
        // bi-export on staging two weeks after the stored change: no conflict.
        Models::ChangeRequest draft;
        draft.title = QStringLiteral("BI export fix");
        draft.environment = QStringLiteral("staging");
        draft.integrations = {QStringLiteral("bi-export")};
        draft.windowStart = QDateTime(QDate(2027, 6, 22), QTime(10, 0), QTimeZone::utc());
        draft.windowEnd = draft.windowStart.addSecs(3600);
        draft.windowTimeZone = QStringLiteral("Europe/Amsterdam");
        const auto clear = get(store.createChange(draft));
        QVERIFY2(clear.ok(), qPrintable(Tests::errorText(clear)));
        // The same inside the stored change's window on staging: the window gate fails.
        draft.windowStart = QDateTime(QDate(2027, 6, 8), QTime(9, 30), QTimeZone::utc());
        draft.windowEnd = draft.windowStart.addSecs(3600);
        const auto overlapping = get(store.createChange(draft));
        QVERIFY2(overlapping.ok(), qPrintable(Tests::errorText(overlapping)));
        store.close();

        auto gate = [this](qint64 id) {
            return gatehouse({QStringLiteral("gate"), QStringLiteral("--change"), QString::number(id),
                              QStringLiteral("--environment"), QStringLiteral("staging"), QStringLiteral("--estate"), kEstate,
                              QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"),
                              m_postgres.url(m_db)});
        };
        auto outcomes = [](const Run &run) {
            QHash<QString, QString> byGate;
            QStringList order;
            for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("gates")).toArray()) {
                const QJsonObject g = value.toObject();
                byGate.insert(g.value(QLatin1String("gate")).toString(), g.value(QLatin1String("outcome")).toString());
                order.append(g.value(QLatin1String("gate")).toString());
            }
            return std::make_pair(order, byGate);
        };
        const Run clearRun = gate(clear->id);
        QCOMPARE(clearRun.exitCode, 1); // not approved, contracts unreadable: blocked
        const auto [order, clearGates] = outcomes(clearRun);
        // staging.yaml: window, approvals, contracts, health; then the rollback plan.
        QCOMPARE(order, QStringList({QStringLiteral("window"), QStringLiteral("approvals"), QStringLiteral("contracts"),
                                     QStringLiteral("health"), QStringLiteral("rollback")}));
        QCOMPARE(clearGates.value(QStringLiteral("window")), QStringLiteral("pass"));
        // No Odoo database answers for staging here: unknown, not pass.
        QCOMPARE(clearGates.value(QStringLiteral("contracts")), QStringLiteral("unknown"));

        const Run overlapRun = gate(overlapping->id);
        QCOMPARE(overlapRun.exitCode, 1);
        QCOMPARE(outcomes(overlapRun).second.value(QStringLiteral("window")), QStringLiteral("fail"));
        QVERIFY2(overlapRun.out.contains(QStringLiteral("#%1").arg(m_changeId)), qPrintable(overlapRun.out));

        // An environment the estate does not have is bad input.
        const Run unknown = gatehouse({QStringLiteral("gate"), QStringLiteral("--change"), QString::number(clear->id),
                                       QStringLiteral("--environment"), QStringLiteral("nowhere"), QStringLiteral("--estate"), kEstate,
                                       QStringLiteral("--database"), m_postgres.url(m_db)});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("the estate has no environment nowhere")), qPrintable(unknown.err));
    }

    void withoutAStoreOnlyTheFileCounts()
    {
        const Run run = gatehouse(checkArguments());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }

    void databaseOptionReadsScheduledChanges()
    {
        const QStringList args = checkArguments() + QStringList{QStringLiteral("--database"), m_postgres.url(m_db)};
        // PGPASSWORD is how a pipeline passes the password; it never shows in the output.
        const Run run = gatehouse(args, {{QStringLiteral("PGPASSWORD"), QStringLiteral("s3cret-pipeline-pw")}});
        verifyOverlapWithStoredChange(run);
        QVERIFY(!run.out.contains(QStringLiteral("s3cret-pipeline-pw")));
        QVERIFY(!run.err.contains(QStringLiteral("s3cret-pipeline-pw")));
        // Right after the stored change the window is safe again.
        const Run after = gatehouse(checkArguments(QStringLiteral("2027-06-08T11:00:00Z"))
                                    + QStringList{QStringLiteral("--database"), m_postgres.url(m_db)});
        QVERIFY2(after.exitCode == 0, qPrintable(after.out + after.err));
    }

    void savedSettingsAreUsedWithoutTheOption()
    {
        writeSavedSettings(m_postgres.url(m_db));
        const Run run = gatehouse(checkArguments());
        QFile::remove(m_config.filePath(QStringLiteral("Gatehouse/Gatehouse.conf")));
        verifyOverlapWithStoredChange(run);
    }

    void nextWindowSkipsTheStoredChange()
    {
        const Run run = gatehouse({QStringLiteral("next-window"), QStringLiteral("--estate"), kEstate,
                                   QStringLiteral("--environment"), QStringLiteral("staging"),
                                   QStringLiteral("--integrations"), QStringLiteral("bi-export"),
                                   QStringLiteral("--duration"), QStringLiteral("PT1H"), QStringLiteral("--after"),
                                   QStringLiteral("2027-06-08T09:30:00Z"), QStringLiteral("--count"),
                                   QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--database"), m_postgres.url(m_db)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray proposals = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!proposals.isEmpty());
        const QDateTime storedEnd(QDate(2027, 6, 8), QTime(11, 0), QTimeZone::utc());
        for (const QJsonValue &value : proposals) {
            const QString start = value.toObject().value(QLatin1String("start")).toString();
            QVERIFY2(QDateTime::fromString(start, Qt::ISODate) >= storedEnd, qPrintable(start));
            // Every proposal passes the same check against the same store.
            const Run check = gatehouse(checkArguments(start) + QStringList{QStringLiteral("--database"), m_postgres.url(m_db)});
            QVERIFY2(check.exitCode == 0, qPrintable(start + QLatin1Char(' ') + check.out));
        }
    }

    // --change ID: a freeze with an override recorded for that change no longer blocks
    // it, in next-window and in check-window alike; other changes stay blocked.
    void recordedFreezeOverrideCountsForItsChange()
    {
        const auto done = m_postgres.query(m_db, QStringLiteral("CREATE ROLE rita LOGIN; GRANT gatehouse_release_manager TO rita;"));
        QVERIFY2(done.ok(), qPrintable(Tests::errorText(done)));
        Services::ControlStore store;
        Services::ControlStoreSettings settings;
        settings.url = m_postgres.url(m_db);
        store.open(settings);
        QVERIFY(store.waitForConnection(std::chrono::seconds(60)).ok());
        qint64 ids[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            Models::ChangeRequest draft;
            draft.title = QStringLiteral("UPS label format %1").arg(i);
            draft.environment = QStringLiteral("production-us");
            draft.integrations = {QStringLiteral("carrier-ups")};
            draft.windowStart = QDateTime(QDate(2027, 3, 10), QTime(14 + 2 * i, 0), QTimeZone::utc());
            draft.windowEnd = draft.windowStart.addSecs(3600);
            draft.windowTimeZone = QStringLiteral("America/Chicago");
            const auto created = get(store.createChange(draft));
            QVERIFY2(created.ok(), qPrintable(Tests::errorText(created)));
            ids[i] = created->id;
        }
        store.close();
        Services::ControlStore asRita;
        settings.url = Services::ControlStore::urlForUser(m_postgres.url(m_db), QStringLiteral("rita"));
        asRita.open(settings);
        QVERIFY(asRita.waitForConnection(std::chrono::seconds(60)).ok());
        const auto overridden = get(asRita.overrideFreeze(ids[0], QStringLiteral("peak-season"), QString(),
                                                         QStringLiteral("carrier changes its label format on Dec 1")));
        asRita.close();
        QVERIFY2(overridden.ok(), qPrintable(Tests::errorText(overridden)));

        const QString url = m_postgres.url(m_db);
        auto nextWindow = [&](qint64 id) {
            return gatehouse({QStringLiteral("next-window"), QStringLiteral("--estate"), kEstate, QStringLiteral("--change"),
                              QString::number(id), QStringLiteral("--duration"), QStringLiteral("PT1H"),
                              QStringLiteral("--after"), QStringLiteral("2026-12-01T00:00:00Z"), QStringLiteral("--count"),
                              QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--database"), url});
        };
        const QDateTime peakSeasonEnd(QDate(2027, 1, 4), QTime(23, 0), QTimeZone::utc());
        const QDateTime ledgerFreezeEnd(QDate(2027, 1, 15), QTime(23, 0), QTimeZone::utc());

        // The change with the override: proposals inside peak season, each accepted by
        // check-window for the same change, which names the override.
        const Run run = nextWindow(ids[0]);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray proposals = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(proposals.size(), 2);
        for (const QJsonValue &value : proposals) {
            const QString start = value.toObject().value(QLatin1String("start")).toString();
            QVERIFY2(QDateTime::fromString(start, Qt::ISODate) < peakSeasonEnd, qPrintable(start));
            const QStringList window{QStringLiteral("check-window"), QStringLiteral("--estate"), kEstate,
                                     QStringLiteral("--environment"), QStringLiteral("production-us"),
                                     QStringLiteral("--integrations"), QStringLiteral("carrier-ups"),
                                     QStringLiteral("--start"), start, QStringLiteral("--duration"), QStringLiteral("PT1H"),
                                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"), url};
            const Run check = gatehouse(window + QStringList{QStringLiteral("--change"), QString::number(ids[0])});
            QVERIFY2(check.exitCode == 0, qPrintable(start + QLatin1Char(' ') + check.out + check.err));
            bool reported = false;
            for (const QJsonValue &c : QJsonDocument::fromJson(check.out.toUtf8()).object().value(QLatin1String("conflicts")).toArray()) {
                const QJsonObject conflict = c.toObject();
                if (conflict.value(QLatin1String("rule")).toString() == QLatin1String("peak-season")) {
                    reported = conflict.value(QLatin1String("overridden")).toBool()
                        && conflict.value(QLatin1String("severity")).toString() == QLatin1String("soft")
                        && conflict.value(QLatin1String("overriddenBy")).toString() == QLatin1String("rita")
                        && conflict.value(QLatin1String("message")).toString().contains(QLatin1String("overridden by rita"));
                }
            }
            QVERIFY2(reported, qPrintable(check.out));
            // Without naming the change the freeze blocks, as it does for everyone else.
            const Run anyone = gatehouse(window);
            QVERIFY2(anyone.exitCode == 1, qPrintable(anyone.out + anyone.err));
        }

        // Without --start and --duration check-window checks the change's own window, which
        // does not overlap itself (the other change, two hours later, does not overlap it either).
        const Run own = gatehouse({QStringLiteral("check-window"), QStringLiteral("--estate"), kEstate,
                                   QStringLiteral("--change"), QString::number(ids[0]), QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--database"), url});
        QVERIFY2(own.exitCode == 0 || own.exitCode == 1, qPrintable(own.err));
        const QJsonObject ownResult = QJsonDocument::fromJson(own.out.toUtf8()).object();
        QCOMPARE(ownResult.value(QLatin1String("start")).toString(), QStringLiteral("2027-03-10T14:00:00Z"));
        QCOMPARE(ownResult.value(QLatin1String("end")).toString(), QStringLiteral("2027-03-10T15:00:00Z"));
        for (const QJsonValue &c : ownResult.value(QLatin1String("conflicts")).toArray())
            QVERIFY2(c.toObject().value(QLatin1String("kind")).toString() != QLatin1String("overlapping-change"), qPrintable(own.out));

        // The other change has no override: it waits for both freezes to end.
        const Run other = nextWindow(ids[1]);
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        for (const QJsonValue &value : QJsonDocument::fromJson(other.out.toUtf8()).array()) {
            const QString start = value.toObject().value(QLatin1String("start")).toString();
            QVERIFY2(QDateTime::fromString(start, Qt::ISODate) >= ledgerFreezeEnd, qPrintable(start));
        }
    }

    void changeOptionNeedsAKnownChange_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("withStore");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an id") << QStringLiteral("twelve") << true << QStringLiteral("--change: expected the id of a change");
        QTest::newRow("no such change") << QStringLiteral("999999") << true << QStringLiteral("has no change 999999");
        QTest::newRow("no store") << QStringLiteral("1") << false << QStringLiteral("--change needs a control store");
    }

    void changeOptionNeedsAKnownChange()
    {
        QFETCH(QString, change);
        QFETCH(bool, withStore);
        QFETCH(QString, message);
        QStringList args{QStringLiteral("next-window"), QStringLiteral("--estate"), kEstate, QStringLiteral("--change"),
                         change, QStringLiteral("--duration"), QStringLiteral("PT1H")};
        if (withStore)
            args += QStringList{QStringLiteral("--database"), m_postgres.url(m_db)};
        const Run run = gatehouse(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void unreachableStoreExitsThree_data()
    {
        QTest::addColumn<bool>("saved");
        QTest::newRow("--database") << false;
        QTest::newRow("saved settings") << true;
    }

    void unreachableStoreExitsThree()
    {
        QFETCH(bool, saved);
        const QString url = QStringLiteral("postgresql://gatehouse@127.0.0.1:%1/gatehouse").arg(closedPort());
        QStringList args = checkArguments() + QStringList{QStringLiteral("--connect-timeout"), QStringLiteral("2")};
        if (saved)
            writeSavedSettings(url);
        else
            args += QStringList{QStringLiteral("--database"), url};
        const Run run = gatehouse(args, {{QStringLiteral("PGPASSWORD"), QStringLiteral("never-printed-pw")}});
        QFile::remove(m_config.filePath(QStringLiteral("Gatehouse/Gatehouse.conf")));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("unreachable")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("never-printed-pw")));
        QVERIFY(!run.out.contains(QStringLiteral("never-printed-pw")));
    }

    void badInputStillExitsTwoBeforeTheStore()
    {
        // An unknown environment is bad input even when the store is unreachable.
        QStringList args = checkArguments();
        args[args.indexOf(QStringLiteral("staging"))] = QStringLiteral("no-such-environment");
        const Run run = gatehouse(args + QStringList{QStringLiteral("--database"),
                                                     QStringLiteral("postgresql://gatehouse@127.0.0.1:%1/x").arg(closedPort())});
        QCOMPARE(run.exitCode, 2);
    }

    void passwordInTheUrlIsRefusedUnechoed()
    {
        const Run run = gatehouse(checkArguments()
                                  + QStringList{QStringLiteral("--database"),
                                                QStringLiteral("postgresql://gatehouse:hunter2-secret@127.0.0.1:%1/%2")
                                                    .arg(m_postgres.port())
                                                    .arg(m_db)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("PGPASSWORD")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("hunter2-secret")));
        QVERIFY(!run.out.contains(QStringLiteral("hunter2-secret")));
    }
};

QTEST_GUILESS_MAIN(TestCalendarStore)
#include "tst_calendarstore.moc"
